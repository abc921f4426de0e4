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
 * Fits a Platt map by damped Newton's method on (raw probability, was it right)
 * pairs, with a weak prior towards the identity so that few cases cannot produce
 * an extreme map. Each step is halved until the penalised loss falls, so nearly
 * separable data (most top hypotheses right) cannot make the fit diverge.
 * @example fitPlatt([{ p: 0.9, correct: true }, { p: 0.2, correct: false }])
 */
export function fitPlatt(samples: readonly { readonly p: number; readonly correct: boolean }[]): PlattMap {
  const prior = 0.5;
  const xs = samples.map((s) => ({ x: logit(s.p), y: s.correct ? 1 : 0 }));
  const loss = (a: number, b: number): number => {
    let l = 0.5 * prior * ((a - 1) ** 2 + b ** 2);
    for (const { x, y } of xs) {
      const z = a * x + b;
      // log(1 + e^z) − y·z, computed without overflow.
      l += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
    }
    return l;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = prior * (a - 1);
    let gb = prior * b;
    let haa = prior;
    let hab = 0;
    let hbb = prior;
    for (const { x, y } of xs) {
      const q = sigmoid(a * x + b);
      const r = q - y;
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
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (next > current) break;
    a -= step * da;
    b -= step * db;
    const done = current - next < 1e-12;
    current = next;
    if (done) break;
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
