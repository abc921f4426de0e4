/**
 * Detects the metric faults of supervised services from scraped Prometheus
 * signals (entity `service:<name>`, one target per instance): latency,
 * errors per request, a memory leak, an exhausted connection pool, a
 * saturated work queue. Each target's normal is learned from its own recent
 * history (median and MAD, frozen while a symptom lasts), warm within
 * seconds. A symptom must hold for a scrape or two before it becomes an
 * anomaly, and is reported once per episode; a caller's latency or errors
 * that a troubled dependency explains are not reported on the caller, so
 * the deepest anomalous service is the one an incident starts from.
 */
import type { Detector } from '../../core/stages.js';
import { type Anomaly, digest, newId, type Signal } from '../../model/index.js';
import type { Verdict } from './indicators.js';
import { METRIC, QUEUE_DRAIN_HORIZON_S, windowOf } from './indicators.js';
import {
  type JudgeContext,
  type JudgeOptions,
  judgeErrors,
  judgeLatency,
  judgeMemory,
  judgePool,
  judgeQueue,
  TargetBaselines,
} from './judges.js';
import { type Frame, FrameAssembler } from './scrape-frame.js';

export interface MetricDetectorOptions {
  /** Band half-width in robust standard deviations (default 4). */
  readonly k?: number;
  /** Scrapes a band needs before it judges (default 6). */
  readonly warmup?: number;
  /** Normal scrapes in a row that end an episode (default 3). */
  readonly recover?: number;
  /** Seconds a backlog may need to drain before a queue counts as saturated (default 15). */
  readonly drainHorizonS?: number;
  /** Smallest latency rise over the typical mean that counts (default 0.05 s: less, no user notices). */
  readonly minLatencyRiseS?: number;
  /** Requests a latency window needs before it is judged (default 2). */
  readonly minLatencyRequests?: number;
}

/** A symptom in progress on an entity. */
export interface Episode {
  readonly entity: string;
  readonly instance: string;
  readonly indicator: string;
  readonly since: number;
  readonly verdict: Verdict;
}

interface EpisodeState {
  /** The latest verdict was abnormal, explained by a dependency or not. */
  symptom: boolean;
  streak: number;
  ok: number;
  active: boolean;
  since: number;
  last?: Verdict;
}

interface Target {
  readonly baselines: TargetBaselines;
  readonly frames: Frame[];
  readonly episodes: Map<string, EpisodeState>;
  last?: Frame;
  rates: Map<string, number>;
}

/** Indicators, by the metric name anomalies carry. */
const INDICATORS = {
  latency: METRIC.duration,
  errors: METRIC.errors,
  memory: METRIC.rss,
  pool: METRIC.poolInUse,
  queue: METRIC.queueDepth,
} as const;

/**
 * @example const metrics = new MetricDetector(); createRuntime({ detectors: [new ProbeDetector(), metrics], … })
 */
/** Frames kept per target: the longest error window. */
const MAX_FRAMES = 10;

/**
 * The frames an error ratio is judged over: the last three, or more while they hold fewer
 * than 8 requests (up to ten), so a quiet service's errors are still judged on enough calls
 * — at night, three seconds of checkouts may be two requests, and two failures prove little.
 */
export function errorWindow(frames: readonly Frame[]): readonly Frame[] {
  let requests = 0;
  for (let i = frames.length - 1; i >= 0; i--) {
    requests += frames[i]?.delta(METRIC.requests) ?? 0;
    const n = frames.length - i;
    if (n >= 3 && requests >= 8) return frames.slice(i);
  }
  return frames;
}

export class MetricDetector implements Detector {
  readonly name = 'infra.metrics';
  readonly #o: JudgeOptions & { recover: number };
  readonly #frames = new FrameAssembler();
  readonly #targets = new Map<string, Target>();
  readonly #entities = new Map<string, Set<string>>();

  constructor(options: MetricDetectorOptions = {}) {
    this.#o = {
      k: options.k ?? 4,
      warmup: options.warmup ?? 6,
      recover: options.recover ?? 3,
      drainHorizonS: options.drainHorizonS ?? QUEUE_DRAIN_HORIZON_S,
      minLatencyRiseS: options.minLatencyRiseS ?? 0.05,
      minLatencyRequests: options.minLatencyRequests ?? 2,
    };
  }

  /** Seconds a queue's backlog may take to drain before the queue counts as saturated. */
  get drainHorizonS(): number {
    return this.#o.drainHorizonS;
  }

  observe(signal: Signal): readonly Anomaly[] {
    const out: Anomaly[] = [];
    for (const frame of this.#frames.add(signal)) out.push(...this.#judge(frame));
    return out;
  }

  /** Symptoms in progress on an entity (`service:<name>`), for diagnosis and verification. */
  active(entity: string): Episode[] {
    const out: Episode[] = [];
    for (const key of this.#entities.get(entity) ?? []) {
      const t = this.#targets.get(key);
      for (const [indicator, e] of t?.episodes ?? []) {
        if (e.active && e.last)
          out.push({
            entity,
            instance: key.slice(entity.length + 1),
            indicator,
            since: e.since,
            verdict: e.last,
          });
      }
    }
    return out;
  }

  /** Down (last scrape failed) or showing any abnormal indicator right now. */
  troubled(entity: string): boolean {
    for (const key of this.#entities.get(entity) ?? []) {
      const t = this.#targets.get(key);
      if (!t) continue;
      if (t.last && !t.last.up) return true;
      for (const e of t.episodes.values()) if (e.active || e.symptom) return true;
    }
    return false;
  }

  #target(frame: Frame): Target {
    const key = `${frame.entity}|${frame.instance}`;
    let t = this.#targets.get(key);
    if (!t) {
      t = { baselines: new TargetBaselines(), frames: [], episodes: new Map(), rates: new Map() };
      this.#targets.set(key, t);
      const keys = this.#entities.get(frame.entity) ?? new Set();
      keys.add(key);
      this.#entities.set(frame.entity, keys);
    }
    return t;
  }

  #judge(frame: Frame): Anomaly[] {
    const t = this.#target(frame);
    t.last = frame;
    if (!frame.up || frame.dt <= 0) return [];
    t.frames.push(frame);
    if (t.frames.length > MAX_FRAMES) t.frames.shift();
    for (const name of [METRIC.queueProcessed, METRIC.queueEnqueued]) {
      const d = frame.delta(name);
      if (d !== undefined) t.rates.set(name, d / frame.dt);
    }
    const ctx: JudgeContext = {
      monitored: (peer) => this.#entities.has(`service:${peer}`),
      troubled: (peer) => this.troubled(`service:${peer}`),
      entityRate: (name) => this.#entityRate(frame.entity, name),
    };
    const b = t.baselines;
    const verdicts: [string, Verdict | undefined][] = [
      [INDICATORS.pool, judgePool(frame, b)],
      [INDICATORS.queue, judgeQueue(frame, b, this.#o, ctx)],
      [INDICATORS.memory, judgeMemory(frame, b, this.#o)],
      [INDICATORS.errors, judgeErrors(windowOf(errorWindow(t.frames)), b, this.#o, ctx)],
      [INDICATORS.latency, judgeLatency(windowOf(t.frames.slice(-2)), b, this.#o, ctx)],
    ];
    const out: Anomaly[] = [];
    for (const [indicator, v] of verdicts) {
      if (!v) continue;
      const a = this.#step(t, frame, indicator, v);
      if (a) out.push(a);
    }
    return out;
  }

  /** Advances one indicator's episode; returns the anomaly that opens an episode. */
  #step(
    t: Target,
    frame: Frame,
    indicator: string,
    v: Verdict & { learn?: () => void },
  ): Anomaly | undefined {
    let e = t.episodes.get(indicator);
    if (!e) {
      e = { symptom: false, streak: 0, ok: 0, active: false, since: 0 };
      t.episodes.set(indicator, e);
    }
    e.symptom = v.abnormal;
    if (v.abnormal) {
      e.ok = 0;
      if (v.explainedBy) {
        // A symptom of a dependency: neither a cause here nor something to learn as normal.
        e.streak = 0;
        return undefined;
      }
      e.streak++;
      if (e.active) {
        e.last = v;
        return undefined;
      }
      if (e.streak < (v.persistence ?? 1)) return undefined;
      e.active = true;
      e.since = frame.at;
      e.last = v;
      return this.#anomaly(frame, indicator, v);
    }
    e.streak = 0;
    if (e.active) {
      e.ok++;
      if (e.ok < this.#o.recover) return undefined;
      e.active = false;
    }
    v.learn?.();
    return undefined;
  }

  #entityRate(entity: string, name: string): number {
    let sum = 0;
    for (const key of this.#entities.get(entity) ?? []) sum += this.#targets.get(key)?.rates.get(name) ?? 0;
    return sum;
  }

  #anomaly(frame: Frame, indicator: string, v: Verdict): Anomaly {
    return {
      id: newId('anomaly', frame.at),
      entity: frame.entity,
      indicator,
      at: frame.at,
      score: v.score,
      confidence: Math.min(1, 0.5 + v.support / 60),
      detector: this.name,
      explanation: {
        observed: v.observed,
        expectedLow: v.expectedLow,
        expectedHigh: v.expectedHigh,
        profile: v.profile,
        support: v.support,
        text: v.text,
      },
      signalIds: [...frame.signalIds],
      fingerprint: digest(frame.entity, indicator, 'up'),
    };
  }
}
