/**
 * Log templates as engine signals. Every log signal is mined into a template;
 * per entity and per interval the detector counts lines per template and
 * hands those counts on as metric signals (so the behavioural baselines learn
 * template rates), and it raises an anomaly, with example lines as evidence,
 * when a never-seen template appears after warm-up or an error-looking
 * template bursts above its own recent rate.
 */
import { z } from 'zod';
import type { Detector, SignalSink } from '../../core/stages.js';
import { type Anomaly, digest, type EntityId, newId, type Signal, type SignalId } from '../../model/index.js';
import { minerConfigSchema, TemplateMiner } from './miner.js';

/** Detector configuration. */
export const logTemplateDetectorConfigSchema = z.object({
  miner: minerConfigSchema.partial().default({}),
  /** Length of a counting interval. */
  intervalMs: z.number().int().positive().default(60_000),
  /** Time after an entity's first line during which new templates are learnt silently. */
  warmupMs: z
    .number()
    .int()
    .nonnegative()
    .default(15 * 60_000),
  /** An error template bursts when its interval count reaches this many times its recent rate… */
  burstFactor: z.number().min(1).default(5),
  /** …and at least this many lines. */
  minBurst: z.number().int().min(1).default(5),
  /** Smoothing of the per-interval rate (weight of the newest interval). */
  alpha: z.number().gt(0).lte(1).default(0.3),
  /** Example lines kept as evidence per anomaly. */
  examples: z.number().int().min(1).default(3),
  /** Templates tracked per entity; the least recently seen are forgotten. */
  maxTemplatesPerEntity: z.number().int().min(1).default(2_000),
});

export type LogTemplateDetectorConfig = z.infer<typeof logTemplateDetectorConfigSchema>;

/** Name of the per-interval count signal this detector emits. */
export const TEMPLATE_COUNT_SIGNAL = 'log_template_count';

const ERROR_WORDS =
  /\b(?:error|errors|fatal|critical|panic|severe|exception|fail|failed|failure)\b|[a-z]Exception\b/i;
const ERROR_LEVELS = /^(?:err|error|fatal|crit|critical|alert|emerg|emergency|severe|panic|e|f)$/i;

interface Example {
  readonly id: SignalId;
  readonly line: string;
}

interface TemplateStats {
  count: number;
  rate: number;
  intervals: number;
  examples: Example[];
  alerted: boolean;
}

interface EntityState {
  readonly start: number;
  interval: number;
  lines: number;
  readonly templates: Map<number, TemplateStats>;
}

/** The message of a log signal, from `attributes.message` or `attributes.body`. */
export function logMessage(signal: Signal): string | undefined {
  const a = signal.attributes;
  const m = a?.message ?? a?.body;
  return typeof m === 'string' ? m : undefined;
}

function isErrorLine(signal: Signal, template: string): boolean {
  const level =
    signal.labels.level ?? signal.labels.severity ?? signal.attributes?.level ?? signal.attributes?.severity;
  if (typeof level === 'string' && ERROR_LEVELS.test(level)) return true;
  return ERROR_WORDS.test(template);
}

/**
 * Detector for signals of kind 'log'.
 * @example
 * const d = new LogTemplateDetector({ warmupMs: 0 }, (counts) => bus.publish(counts));
 * const anomalies = d.observe(logSignal);
 */
export class LogTemplateDetector implements Detector {
  readonly name = 'log-templates';
  readonly config: LogTemplateDetectorConfig;
  readonly miner: TemplateMiner;
  readonly #sink: SignalSink | undefined;
  readonly #entities = new Map<string, EntityState>();

  constructor(config: Partial<z.input<typeof logTemplateDetectorConfigSchema>> = {}, sink?: SignalSink) {
    this.config = logTemplateDetectorConfigSchema.parse(config);
    this.miner = new TemplateMiner(this.config.miner);
    this.#sink = sink;
  }

  observe(signal: Signal): readonly Anomaly[] {
    if (signal.kind !== 'log') return [];
    const message = logMessage(signal);
    if (message === undefined) return [];
    const state = this.#state(signal.entity, signal.at);
    const mined = this.miner.add(message);
    const id = mined.templateId;
    state.lines++;
    let stats = state.templates.get(id);
    if (stats) state.templates.delete(id);
    else stats = { count: 0, rate: 0, intervals: 0, examples: [], alerted: false };
    state.templates.set(id, stats);
    if (state.templates.size > this.config.maxTemplatesPerEntity) {
      const oldest = state.templates.keys().next();
      if (!oldest.done) state.templates.delete(oldest.value);
    }
    stats.count++;
    if (stats.examples.length < this.config.examples) stats.examples.push({ id: signal.id, line: message });
    const warm = signal.at - state.start >= this.config.warmupMs;
    if (!warm) return [];
    if (mined.created) return [this.#newTemplate(signal, mined.template, message, state)];
    if (stats.alerted || !isErrorLine(signal, mined.template)) return [];
    const expected = Math.max(stats.rate, 1) * this.config.burstFactor;
    if (stats.count < this.config.minBurst || stats.count < expected) return [];
    stats.alerted = true;
    return [this.#burst(signal, mined.template, stats, state)];
  }

  /** Closes every entity's open interval up to `now` and emits its counts. */
  flush(now: number): Signal[] {
    const out: Signal[] = [];
    for (const [entity, state] of this.#entities)
      out.push(...this.#roll(entity, state, Math.floor(now / this.config.intervalMs) + 1));
    if (out.length > 0) this.#sink?.(out);
    return out;
  }

  #state(entity: EntityId, at: number): EntityState {
    const interval = Math.floor(at / this.config.intervalMs);
    let state = this.#entities.get(entity);
    if (!state) {
      state = { start: at, interval, lines: 0, templates: new Map() };
      this.#entities.set(entity, state);
      return state;
    }
    if (interval > state.interval) {
      const counts = this.#roll(entity, state, interval);
      if (counts.length > 0) this.#sink?.(counts);
    }
    return state;
  }

  /** Emits the closed interval's counts and folds them (and any empty intervals since) into the rates. */
  #roll(entity: string, state: EntityState, interval: number): Signal[] {
    const out: Signal[] = [];
    const at = (state.interval + 1) * this.config.intervalMs;
    const gap = Math.min(interval - state.interval - 1, 50);
    const a = this.config.alpha;
    for (const [id, s] of state.templates) {
      if (s.count > 0 || s.rate > 0) {
        out.push({
          id: newId('signal', at),
          kind: 'metric',
          source: this.name,
          entity: entity as EntityId,
          name: TEMPLATE_COUNT_SIGNAL,
          at,
          value: s.count,
          labels: { template_id: String(id) },
          attributes: { template: this.miner.template(id) ?? '' },
        });
      }
      s.rate = s.intervals === 0 ? s.count : a * s.count + (1 - a) * s.rate;
      for (let k = 0; k < gap; k++) s.rate *= 1 - a;
      s.intervals += 1 + gap;
      s.count = 0;
      s.alerted = false;
      s.examples = [];
    }
    state.interval = interval;
    return out;
  }

  #newTemplate(signal: Signal, template: string, line: string, state: EntityState): Anomaly {
    return this.#anomaly(signal, template, 'new-template', {
      observed: 1,
      expectedHigh: 0,
      score: 1,
      confidence: Math.min(1, (signal.at - state.start) / Math.max(1, 4 * this.config.warmupMs)),
      support: state.lines,
      text: `never-seen log template after warm-up: "${template}"; example: ${JSON.stringify(line)}`,
      ids: [signal.id],
    });
  }

  #burst(signal: Signal, template: string, s: TemplateStats, state: EntityState): Anomaly {
    const examples = s.examples.map((e) => JSON.stringify(e.line)).join('; ');
    return this.#anomaly(signal, template, 'error-burst', {
      observed: s.count,
      expectedHigh: s.rate,
      score: 1 - Math.max(s.rate, 1) / s.count,
      confidence: Math.min(1, s.intervals / 10),
      support: state.lines,
      text: `error template "${template}" logged ${s.count} times this interval against a recent rate of ${s.rate.toFixed(1)}; examples: ${examples}`,
      ids: [...new Set([...s.examples.map((e) => e.id), signal.id])],
    });
  }

  #anomaly(
    signal: Signal,
    template: string,
    profile: 'new-template' | 'error-burst',
    f: {
      observed: number;
      expectedHigh: number;
      score: number;
      confidence: number;
      support: number;
      text: string;
      ids: SignalId[];
    },
  ): Anomaly {
    return {
      id: newId('anomaly', signal.at),
      entity: signal.entity,
      indicator: `log_template:${digest(template)}`,
      at: signal.at,
      score: Math.max(0, Math.min(1, f.score)),
      confidence: Math.max(0, Math.min(1, f.confidence)),
      detector: this.name,
      explanation: {
        observed: f.observed,
        expectedLow: 0,
        expectedHigh: f.expectedHigh,
        profile,
        support: f.support,
        text: f.text,
      },
      signalIds: f.ids,
      fingerprint: digest(signal.entity, 'log-template', template, profile),
    };
  }
}
