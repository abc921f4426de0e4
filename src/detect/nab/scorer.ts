/**
 * NAB scoring, written from the benchmark's published rules: probationary
 * period, anomaly windows scored by a scaled sigmoid of the earliest detection,
 * false positives weighted by their distance past the preceding window, one
 * threshold per cost profile swept over the whole corpus, and normalisation
 * between the null and the perfect detector.
 */

/** Weights of one NAB cost profile. */
export interface CostProfile {
  readonly tpWeight: number;
  readonly fnWeight: number;
  readonly fpWeight: number;
}

export type ProfileName = 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';

/** NAB's three profiles (config/profiles.json). */
export const NAB_PROFILES: Readonly<Record<ProfileName, CostProfile>> = {
  standard: { tpWeight: 1, fnWeight: 1, fpWeight: 0.11 },
  reward_low_FP_rate: { tpWeight: 1, fnWeight: 1, fpWeight: 0.22 },
  reward_low_FN_rate: { tpWeight: 1, fnWeight: 2, fpWeight: 0.11 },
};

export const PROFILE_NAMES: readonly ProfileName[] = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'];

/** NAB's scaled sigmoid: 1 far before a point, 0 at it, −1 well after (clamped beyond 3). */
export function scaledSigmoid(x: number): number {
  if (x > 3) return -1;
  return 2 / (1 + Math.exp(5 * x)) - 1;
}

const MAX_TP = scaledSigmoid(-1);

/**
 * One file's rows after the probationary period, with what a detection at each
 * row would be worth before profile weights: inside a window the true-positive
 * value (1 at the window's left edge), outside the false-positive factor (≤ 0).
 */
export interface PreparedFile {
  readonly name: string;
  readonly scores: Float64Array;
  readonly value: Float64Array;
  /** Window number within the file for rows inside a window, else −1. */
  readonly window: Int32Array;
  readonly windowCount: number;
}

/** First `min(floor(0.15·n), 750)` rows are not scored. */
export function probationLength(n: number): number {
  return Math.min(Math.floor(0.15 * n), 750);
}

/**
 * Computes per-row sweep values for one file.
 * @param timestamps epoch ms, ascending
 * @param windows [start, end] in epoch ms, ascending and disjoint
 */
export function prepareFile(
  name: string,
  timestamps: ArrayLike<number>,
  scores: ArrayLike<number>,
  windows: readonly (readonly [number, number])[],
): PreparedFile {
  const n = timestamps.length;
  // Window edges as row indices; a window without rows cannot be scored and is dropped.
  const spans: { left: number; right: number }[] = [];
  for (const [start, end] of windows) {
    let left = 0;
    while (left < n && (timestamps[left] as number) < start) left++;
    let right = left - 1;
    while (right + 1 < n && (timestamps[right + 1] as number) <= end) right++;
    if (right >= left) spans.push({ left, right });
  }
  const probation = probationLength(n);
  const m = Math.max(0, n - probation);
  const outScores = new Float64Array(m);
  const value = new Float64Array(m);
  const window = new Int32Array(m).fill(-1);
  const seen = new Set<number>();
  let cur = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    while (cur < spans.length && i > (spans[cur] as { right: number }).right) prev = cur++;
    const span = spans[cur];
    let v: number;
    let w = -1;
    if (span && i >= span.left) {
      const width = span.right - span.left + 1;
      v = scaledSigmoid(-(span.right - i + 1) / width) / MAX_TP;
      w = cur;
    } else if (prev < 0) {
      v = -1;
    } else {
      const p = spans[prev] as { left: number; right: number };
      v = scaledSigmoid(Math.abs(p.right - i) / (p.right - p.left));
    }
    if (i >= probation) {
      const j = i - probation;
      outScores[j] = scores[i] as number;
      value[j] = v;
      window[j] = w;
      if (w >= 0) seen.add(w);
    }
  }
  // Windows entirely inside the probationary period are not counted, as in NAB.
  const renumber = new Map([...seen].sort((a, b) => a - b).map((w, k) => [w, k]));
  for (let j = 0; j < m; j++) {
    const w = window[j] as number;
    if (w >= 0) window[j] = renumber.get(w) as number;
  }
  return { name, scores: outScores, value, window, windowCount: seen.size };
}

/** The best threshold of one profile over a corpus, with raw and normalised scores. */
export interface ProfileResult {
  readonly profile: ProfileName;
  readonly threshold: number;
  readonly score: number;
  readonly normalized: number;
  readonly nullScore: number;
  readonly perfectScore: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Normalised score: 0 for the null detector, 100 for the perfect one. */
export function normalize(score: number, windows: number, profile: CostProfile): number {
  const nullScore = -profile.fnWeight * windows;
  const perfect = profile.tpWeight * windows;
  return (100 * (score - nullScore)) / (perfect - nullScore);
}

/**
 * Sweeps every distinct anomaly score as a threshold over the whole corpus and
 * keeps, per profile, the one with the highest summed score (a detection is a
 * row with score ≥ threshold).
 * @example optimizeThresholds(files).standard.normalized // e.g. 70.1
 */
export function optimizeThresholds(
  files: readonly PreparedFile[],
  profiles: readonly ProfileName[] = PROFILE_NAMES,
): Record<ProfileName, ProfileResult> {
  let total = 0;
  for (const f of files) total += f.scores.length;
  const scores = new Float64Array(total);
  const value = new Float64Array(total);
  const window = new Int32Array(total);
  let windows = 0;
  let k = 0;
  let maxScore = Number.NEGATIVE_INFINITY;
  for (const f of files) {
    for (let j = 0; j < f.scores.length; j++, k++) {
      const s = f.scores[j] as number;
      scores[k] = s;
      if (s > maxScore) maxScore = s;
      value[k] = f.value[j] as number;
      const w = f.window[j] as number;
      window[k] = w >= 0 ? windows + w : -1;
    }
    windows += f.windowCount;
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));

  const out = {} as Record<ProfileName, ProfileResult>;
  for (const name of profiles) {
    out[name] = sweep(name, NAB_PROFILES[name], scores, value, window, order, windows, maxScore);
  }
  return out;
}

function sweep(
  name: ProfileName,
  p: CostProfile,
  scores: Float64Array,
  value: Float64Array,
  window: Int32Array,
  order: Uint32Array,
  windows: number,
  maxScore: number,
): ProfileResult {
  const best = new Float64Array(windows).fill(Number.NaN);
  let score = -p.fnWeight * windows;
  let tp = 0;
  let fp = 0;
  let top = { threshold: Number.isFinite(maxScore) ? Math.max(1.1, maxScore + 1) : 1.1, score, tp, fp };
  let i = 0;
  while (i < order.length) {
    const threshold = scores[order[i] as number] as number;
    // All rows sharing a score cross the threshold together.
    while (i < order.length && scores[order[i] as number] === threshold) {
      const r = order[i] as number;
      const w = window[r] as number;
      if (w >= 0) {
        const v = p.tpWeight * (value[r] as number);
        const b = best[w] as number;
        if (Number.isNaN(b)) {
          score += v + p.fnWeight;
          best[w] = v;
          tp++;
        } else if (v > b) {
          score += v - b;
          best[w] = v;
        }
      } else {
        score += p.fpWeight * (value[r] as number);
        fp++;
      }
      i++;
    }
    if (score > top.score) top = { threshold, score, tp, fp };
  }
  return {
    profile: name,
    threshold: top.threshold,
    score: top.score,
    normalized: normalize(top.score, windows, p),
    nullScore: -p.fnWeight * windows,
    perfectScore: p.tpWeight * windows,
    tp: top.tp,
    fp: top.fp,
    fn: windows - top.tp,
  };
}

/** One file's raw score at a given threshold (for per-file or per-category tables). */
export function scoreFile(f: PreparedFile, p: CostProfile, threshold: number): number {
  const best = new Float64Array(f.windowCount).fill(Number.NaN);
  let score = 0;
  for (let j = 0; j < f.scores.length; j++) {
    if ((f.scores[j] as number) < threshold) continue;
    const w = f.window[j] as number;
    const v = f.value[j] as number;
    if (w < 0) score += p.fpWeight * v;
    else if (Number.isNaN(best[w] as number) || v > (best[w] as number)) best[w] = v;
  }
  for (const b of best) score += Number.isNaN(b) ? -p.fnWeight : p.tpWeight * b;
  return score;
}
