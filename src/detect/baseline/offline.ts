/**
 * Running the baseline over a whole recorded series, point by point in time
 * order, exactly as it would run live (no look-ahead): used by
 * `homeostat detect` and the NAB benchmark.
 */
import {
  type BaselineOptions,
  DEFAULT_BASELINE_OPTIONS,
  type PointExplanation,
  SeriesBaseline,
} from './series.js';

/** Scores and confidences per point, and the explanation of every point scoring at least `explainAbove`. */
export interface OfflineResult {
  readonly scores: Float64Array;
  readonly confidences: Float64Array;
  readonly explained: ReadonlyMap<number, PointExplanation>;
}

/**
 * Scores each point of a series with a fresh baseline.
 * @example scoreSeries([t0, t1], [1, 2]).scores
 */
export function scoreSeries(
  timestamps: ArrayLike<number>,
  values: ArrayLike<number>,
  options: BaselineOptions = DEFAULT_BASELINE_OPTIONS,
  explainAbove = Number.POSITIVE_INFINITY,
): OfflineResult {
  const model = new SeriesBaseline(options);
  const n = timestamps.length;
  const scores = new Float64Array(n);
  const confidences = new Float64Array(n);
  const explained = new Map<number, PointExplanation>();
  for (let i = 0; i < n; i++) {
    const score = model.update(timestamps[i] as number, values[i] as number);
    scores[i] = score;
    confidences[i] = model.confidence;
    if (score >= explainAbove) explained.set(i, model.explain());
  }
  return { scores, confidences, explained };
}
