/**
 * Running a detector over a whole recorded series, point by point in time
 * order, exactly as it would run live (no look-ahead): used by
 * `homeostat detect` and the NAB benchmark.
 *
 * Three scoring modes:
 * - `baseline`: the engine's per-series baseline (series.ts), fixed 2.1 KB per series;
 * - `cad`: the Contextual Anomaly Detector (cad.ts) over a rarely re-cut range (cad-rescale.ts),
 *   memory growing with the series;
 * - `ensemble` (default): the higher of the baseline score (ENSEMBLE_BASELINE_OPTIONS) and
 *   `CAD_WEIGHT` × the CAD score.
 *   Best on NAB; it costs CAD's memory and time, so it is for offline scoring and `bench nab`,
 *   not for the engine, which runs the baseline alone.
 */
import { RescalingContextualDetector } from './cad-rescale.js';
import {
  type BaselineOptions,
  DEFAULT_BASELINE_OPTIONS,
  type PointExplanation,
  SeriesBaseline,
} from './series.js';

/** Scoring modes of offline detection. */
export const OFFLINE_DETECTORS = ['ensemble', 'baseline', 'cad'] as const;
export type OfflineDetector = (typeof OFFLINE_DETECTORS)[number];

/** The mode used when none is named: the best on NAB. */
export const DEFAULT_OFFLINE_DETECTOR: OfflineDetector = 'ensemble';

/**
 * Weight of the CAD score in the ensemble. CAD's detections on NAB score 0.7–0.8 where the
 * baseline's score 0.25–0.5; weights 0.2…0.3 score within 0.2 points of each other on NAB, 0.35
 * loses 0.5–1.8.
 */
export const CAD_WEIGHT = 0.3;

/**
 * The baseline's settings inside the ensemble: the engine's, with
 * - half the weight on never-seen shapes (`contextWeight` 0.25 instead of 0.5), since CAD judges
 *   shapes (on NAB 0.25…0.4 all score within 0.2 points; the engine's 0.5 loses 0.7–1.2);
 * - longer peak memories of 20, 30 and 40 days (each at least `peakHalfLife` points): a report
 *   that is not the largest for that long keeps 0.35 of its score plus 0.65 × the share of those
 *   memories it beats, so a series' routine spikes (Twitter's one-point bursts every few days)
 *   fall under CAD's scores while a spike larger than any in a month keeps its full score. On NAB
 *   72.25 / 63.85 / 77.19 against 71.57 / 58.63 / 77.89 without; memories scaled by 0.8…1.1 or a
 *   floor of 0.3…0.45 give 71.5–72.3 / 62.7–63.9 / 76.4–77.2 (bench/nab/README.md).
 */
export const ENSEMBLE_BASELINE_OPTIONS: BaselineOptions = {
  ...DEFAULT_BASELINE_OPTIONS,
  contextWeight: 0.25,
  longPeakDays: [20, 30, 40],
  longPeakFloor: 0.35,
};

/** Scores and confidences per point, and the explanation of every point scoring at least `explainAbove`. */
export interface OfflineResult {
  readonly scores: Float64Array;
  readonly confidences: Float64Array;
  readonly explained: ReadonlyMap<number, PointExplanation>;
}

/**
 * Scores each point of a series with fresh models. Without `options`, the baseline runs with the
 * engine's settings, or ENSEMBLE_BASELINE_OPTIONS in the ensemble. Explanations and confidences always come from
 * the baseline, which runs in every mode; a point the CAD part put over `explainAbove` is explained
 * as a new shape.
 * @example scoreSeries([t0, t1], [1, 2]).scores
 * @example scoreSeries(ts, vs, undefined, 0.5, 'baseline') // the engine's detector alone
 */
export function scoreSeries(
  timestamps: ArrayLike<number>,
  values: ArrayLike<number>,
  options?: BaselineOptions,
  explainAbove = Number.POSITIVE_INFINITY,
  detector: OfflineDetector = DEFAULT_OFFLINE_DETECTOR,
): OfflineResult {
  const model = new SeriesBaseline(
    options ?? (detector === 'ensemble' ? ENSEMBLE_BASELINE_OPTIONS : DEFAULT_BASELINE_OPTIONS),
  );
  const cad = detector === 'baseline' ? null : new RescalingContextualDetector();
  const cadWeight = detector === 'cad' ? 1 : CAD_WEIGHT;
  const n = timestamps.length;
  const scores = new Float64Array(n);
  const confidences = new Float64Array(n);
  const explained = new Map<number, PointExplanation>();
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    const base = model.update(timestamps[i] as number, value);
    const shape = cad ? cadWeight * cad.update(value) : 0;
    const score = detector === 'baseline' ? base : detector === 'cad' ? shape : Math.max(base, shape);
    scores[i] = score;
    confidences[i] = model.confidence;
    if (score >= explainAbove) {
      const e = model.explain();
      explained.set(i, shape > base ? { ...e, novelShape: true } : e);
    }
  }
  return { scores, confidences, explained };
}
