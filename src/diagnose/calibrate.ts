/**
 * Confidence calibration. Ranking scores are turned into a raw probability
 * (softmax over candidates), then a Platt map σ(a·logit(p) + b) fitted on
 * labelled cases makes "0.8" mean right about 80% of the time. Fit on one
 * data set, evaluate on another.
 */

export interface PlattMap {
  readonly a: number;
  readonly b: number;
}

/** The identity map (no calibration). */
export const IDENTITY_PLATT: PlattMap = { a: 1, b: 0 };

/**
 * Softmax of scores with a temperature: the raw share of belief per candidate.
 * @example softmax([2, 1, 0]) // [0.665, 0.245, 0.09]
 */
export function softmax(scores: readonly number[], temperature = 1): number[] {
  if (scores.length === 0) return [];
  const m = Math.max(...scores);
  const e = scores.map((s) => Math.exp((s - m) / temperature));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Applies a Platt map to a raw probability. */
export function calibrate(map: PlattMap, p: number): number {
  return sigmoid(map.a * logit(p) + map.b);
}

/**
 * Fits a Platt map by Newton's method on (raw probability, was it right) pairs,
 * with a weak prior towards the identity so that few cases cannot produce an
 * extreme map.
 */
export function fitPlatt(samples: readonly { readonly p: number; readonly correct: boolean }[]): PlattMap {
  let a = 1;
  let b = 0;
  const prior = 0.5;
  for (let iter = 0; iter < 50; iter++) {
    let ga = prior * (a - 1);
    let gb = prior * b;
    let haa = prior;
    let hab = 0;
    let hbb = prior;
    for (const s of samples) {
      const x = logit(s.p);
      const q = sigmoid(a * x + b);
      const r = q - (s.correct ? 1 : 0);
      const w = q * (1 - q);
      ga += r * x;
      gb += r;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

export interface CalibrationBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Mean stated confidence in the bin. */
  readonly confidence: number;
  /** Share of the bin that was right. */
  readonly accuracy: number;
}

/** Groups (confidence, correct) pairs into equal-width bins. Empty bins are kept with count 0. */
export function calibrationTable(
  samples: readonly { readonly p: number; readonly correct: boolean }[],
  bins = 5,
): CalibrationBin[] {
  const out: CalibrationBin[] = [];
  for (let i = 0; i < bins; i++) {
    const from = i / bins;
    const to = (i + 1) / bins;
    const inBin = samples.filter((s) => s.p >= from && (i === bins - 1 ? s.p <= to : s.p < to));
    const n = inBin.length;
    out.push({
      from,
      to,
      count: n,
      confidence: n ? inBin.reduce((a, s) => a + s.p, 0) / n : Number.NaN,
      accuracy: n ? inBin.filter((s) => s.correct).length / n : Number.NaN,
    });
  }
  return out;
}

/** Expected calibration error: count-weighted mean |confidence − accuracy|. */
export function expectedCalibrationError(table: readonly CalibrationBin[]): number {
  const n = table.reduce((a, b) => a + b.count, 0);
  if (n === 0) return Number.NaN;
  return table.reduce((a, b) => a + (b.count ? (b.count / n) * Math.abs(b.confidence - b.accuracy) : 0), 0);
}
