/**
 * The working score of one candidate cause while ranking, the weights of the
 * score terms, and helpers shared by the evidence passes (own deviation, call
 * edges, silenced calls, topology discount).
 */
import type { Evidence } from '../model/index.js';
import type { IndicatorClass } from './indicators.js';
import type { Deviation } from './robust.js';

export interface IndicatorDeviation {
  readonly entity: string;
  readonly indicator: string;
  readonly cls: IndicatorClass;
  readonly dev: Deviation;
  /** Compressed strength, log(1 + max(z, 0)). */
  readonly strength: number;
}

/** Weights of the score terms; fixed by reasoning about the signals, not fitted on labels. */
export const RANK_WEIGHTS = {
  /** Share of the weaker of (self, dependency) removed when a dependency explains a symptom. */
  explainedDiscount: 0.6,
  /** A went-silent outgoing call (missing data) counts like this many log-z units per unit share. */
  missingCalls: 5,
  /** A callee's lost traffic (share 0–1) counts like this many log-z units against its only caller. */
  silencedCalls: 4,
  /** Smallest lost share of a callee's traffic that counts as calls that stopped. */
  silencedMin: 0.3,
  /** Bonus for the one entity that turned anomalous before every other. */
  earliestOnset: 0.3,
  /** Bonus for a change on the entity shortly before the onset. */
  change: 1,
  /** Strength from which an entity counts as anomalous (≈ z 3.5). */
  anomalous: Math.log1p(3.5),
  /**
   * A deviation must hold for this many window samples: the k-th largest z is used,
   * so one stray spike of a noisy series does not outrank a fault that persists.
   */
  persistence: 2,
} as const;

/**
 * Roles whose deviation on an entity may be a symptom of a dependency: latency, traffic,
 * network, and errors (a caller reports the errors of the callee that fails).
 * Resource roles (CPU, memory, disk) are causes on the entity itself.
 */
export const SYMPTOM_ROLES: ReadonlySet<string> = new Set([
  'latency',
  'client-latency',
  'traffic',
  'network',
  'other',
  'host',
  'errors',
]);

export type ScoreReason = 'own' | 'callers-see' | 'slow-outgoing' | 'missing-calls' | 'silenced';

/** Mutable per-entity state while the evidence passes run. */
export interface Score {
  entity: string;
  base: number;
  top?: IndicatorDeviation;
  /** The strongest deviation of an indicator that is a cause on the entity itself (not a symptom). */
  own?: { readonly d: IndicatorDeviation; readonly strength: number };
  reason: ScoreReason;
  evidence: Evidence[];
  onsetAt?: number;
  score: number;
}

export type DevFn = (
  entity: string,
  indicator: string,
  cls: IndicatorClass,
) => IndicatorDeviation | undefined;

/** Replaces an entity's score with a stronger piece of evidence (placed first in its chain). */
export function raise(s: Score, value: number, reason: ScoreReason, ev: Evidence): void {
  s.base = value;
  s.score = value;
  s.reason = reason;
  s.evidence.unshift(ev);
}

export function deviationEvidence(d: IndicatorDeviation, weight: number): Evidence {
  return {
    kind: 'deviation',
    description: `${d.indicator} on ${d.entity} reached ${fmt(d.dev.observed)} against a baseline median of ${fmt(d.dev.median)} (robust z ${d.dev.z.toFixed(1)}, ${d.dev.support} baseline samples)`,
    weight,
    data: {
      indicator: d.indicator,
      observed: d.dev.observed,
      median: d.dev.median,
      scale: d.dev.scale,
      z: round(d.dev.z),
      peakAt: d.dev.peakAt,
      support: d.dev.support,
    },
  };
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function fmt(x: number): string {
  return Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x);
}
