/**
 * The engine-facing baseline detector: one `SeriesBaseline` per series (keyed
 * by entity, indicator and labels), optional load conditioning between two
 * indicators of the same entity, and anomalies for points whose score reaches
 * the alert threshold.
 */
import { z } from 'zod';
import { type ComponentFactory, parseComponentConfig } from '../../core/component.js';
import type { Detector } from '../../core/stages.js';
import { digest, newId } from '../../model/ids.js';
import type { Anomaly, Signal } from '../../model/index.js';
import { type BaselineOptions, DEFAULT_BASELINE_OPTIONS, SeriesBaseline } from './series.js';

const OptionsSchema = z
  .object({
    warmupPoints: z.number().int().positive(),
    levelMemory: z.number().int().positive(),
    seasonMemory: z.number().positive(),
    clip: z.number().positive(),
    shiftPoints: z.number().int().positive(),
    peakHalfLife: z.number().positive(),
    rarityMemory: z.number().int().positive(),
    squash: z.number().positive(),
    mute: z.number().min(0).max(1),
    peakMargin: z.number().min(0).max(1),
    localGain: z.number().positive(),
    localRate: z.number().min(0).max(1),
    recordWeight: z.number().min(0),
    utcOffsetMinutes: z.number().int().min(-840).max(840),
    contextBins: z.number().int().positive(),
    contextWeight: z.number().min(0),
    quietPoints: z.number().int().min(0),
  })
  .partial();

/** Configuration of the `baseline` detector. */
export const BaselineConfigSchema = z.object({
  /** Points scoring at or above this become anomalies. */
  alertThreshold: z.number().min(0).max(1),
  /** Points with less confidence than this never alert (too little history). */
  minConfidence: z.number().min(0).max(1),
  /** Series beyond this many are ignored, to bound memory. */
  maxSeries: z.number().int().positive(),
  options: OptionsSchema,
  /** Indicators judged against a load indicator of the same entity, e.g. latency against request rate. */
  conditionOn: z.array(z.object({ indicator: z.string().min(1), load: z.string().min(1) })),
});

export type BaselineConfig = z.infer<typeof BaselineConfigSchema>;

export const DEFAULT_BASELINE_CONFIG: BaselineConfig = {
  alertThreshold: 0.5,
  minConfidence: 0.5,
  maxSeries: 1_000_000,
  options: {},
  conditionOn: [],
};

/** Stable key of a series: entity, indicator and sorted labels. */
export function seriesKey(entity: string, name: string, labels: Readonly<Record<string, string>>): string {
  const keys = Object.keys(labels);
  if (keys.length === 0) return `${entity}\u0000${name}`;
  keys.sort();
  return `${entity}\u0000${name}\u0000${keys.map((k) => `${k}=${labels[k]}`).join(',')}`;
}

/**
 * Judges metric signals against their learned baselines.
 * @example const d = baselineFactory.create({ alertThreshold: 0.6 }, {}); d.observe(signal)
 */
export class BaselineDetector implements Detector {
  readonly name = 'baseline';
  readonly #config: BaselineConfig;
  readonly #options: BaselineOptions;
  readonly #series = new Map<string, SeriesBaseline>();
  /** Latest value of each load series, by the key of the series it conditions. */
  readonly #loads = new Map<string, number>();
  readonly #loadOf = new Map<string, string>();
  readonly #conditions = new Map<string, string>();

  constructor(config: BaselineConfig) {
    this.#config = config;
    this.#options = { ...DEFAULT_BASELINE_OPTIONS, ...config.options } as BaselineOptions;
    for (const c of config.conditionOn) {
      this.#conditions.set(c.indicator, c.load);
      this.#loadOf.set(c.load, c.indicator);
    }
  }

  /** Series tracked so far. */
  get seriesCount(): number {
    return this.#series.size;
  }

  observe(signal: Signal): readonly Anomaly[] {
    if (signal.kind !== 'metric' || signal.value === undefined || !Number.isFinite(signal.value)) return [];
    const conditioned = this.#loadOf.get(signal.name);
    if (conditioned !== undefined) {
      this.#loads.set(seriesKey(signal.entity, conditioned, signal.labels), signal.value);
    }
    const key = seriesKey(signal.entity, signal.name, signal.labels);
    let model = this.#series.get(key);
    if (!model) {
      if (this.#series.size >= this.#config.maxSeries) return [];
      model = new SeriesBaseline(this.#options);
      this.#series.set(key, model);
    }
    const load = this.#conditions.has(signal.name) ? this.#loads.get(key) : undefined;
    const score = model.update(signal.at, signal.value, load);
    if (score < this.#config.alertThreshold || model.confidence < this.#config.minConfidence) return [];
    const { novelShape, ...e } = model.explain();
    const direction = e.observed > e.expectedHigh ? 'up' : e.observed < e.expectedLow ? 'down' : 'shape';
    const anomaly: Anomaly = {
      id: newId('anomaly', signal.at),
      entity: signal.entity,
      indicator: signal.name,
      at: signal.at,
      score,
      confidence: model.confidence,
      detector: this.name,
      explanation: {
        ...e,
        text:
          `${signal.name} on ${signal.entity} was ${fmt(e.observed)}, expected ${fmt(e.expectedLow)}…${fmt(e.expectedHigh)} ` +
          `for '${e.profile}' (backed by ${e.support} observations)` +
          (novelShape ? '; the recent shape of the series was new' : ''),
      },
      signalIds: [signal.id],
      fingerprint: digest(signal.entity, signal.name, direction),
    };
    return [anomaly];
  }
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

/** Component factory of the baseline detector. */
export const baselineFactory: ComponentFactory<BaselineConfig, BaselineDetector> = {
  type: 'baseline',
  stability: 'experimental',
  configSchema: BaselineConfigSchema,
  defaultConfig: DEFAULT_BASELINE_CONFIG,
  create(config: unknown): BaselineDetector {
    return new BaselineDetector(parseComponentConfig(baselineFactory, config));
  },
};
