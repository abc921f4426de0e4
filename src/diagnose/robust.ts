/**
 * Robust deviation of a series around a detection point: median and MAD of a
 * baseline before the suspected onset, and the largest deviation inside a
 * window that starts well before the onset, so that an onset estimate that is
 * off by a minute or two changes little.
 */
import type { Series } from './frame.js';

export type Direction = 'up' | 'down' | 'both';

export interface DeviationWindow {
  /** Baseline: samples in [baselineFrom, windowFrom). */
  readonly baselineFrom: number;
  /** Window: samples in [windowFrom, until]. */
  readonly windowFrom: number;
  readonly until: number;
  readonly direction: Direction;
  /** Smallest scale as a fraction of the baseline median, so flat series do not explode. */
  readonly relativeFloor?: number;
  /** Smallest scale in the series' units; when given it replaces the relative floor. */
  readonly absoluteFloor?: number;
  /** z at which a sample counts as anomalous (onset). */
  readonly onsetZ?: number;
  /**
   * Report the k-th largest z of the window (default 1, the largest): with 2, a deviation
   * must hold for two samples, so one stray spike of a noisy series does not count.
   */
  readonly persistence?: number;
}

export interface Deviation {
  /** k-th largest signed robust z in the window (in the given direction, k = persistence); 0 without data. */
  readonly z: number;
  readonly peakAt: number;
  /** First window sample at or above onsetZ; undefined if none. */
  readonly onsetAt?: number;
  readonly median: number;
  readonly scale: number;
  readonly observed: number;
  /** Baseline samples that back the median. */
  readonly support: number;
  /** Share of window samples without data minus that share in the baseline (a series that went silent). */
  readonly missingRise: number;
}

/** Median of finite values; NaN for none. */
export function median(values: readonly number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Linear-interpolated quantile of finite values; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

/** Scaled median absolute deviation (≈ σ for normal data). */
export function mad(values: readonly number[], med = median(values)): number {
  return 1.4826 * median(values.map((v) => Math.abs(v - med)));
}

/**
 * The robust deviation of a series in a window against its baseline.
 * @example deviation({ t: [0, 1, 2, 3], v: [1, 1, 1, 9] }, { baselineFrom: 0, windowFrom: 3, until: 3, direction: 'up' }).z
 */
export function deviation(s: Series, w: DeviationWindow): Deviation {
  const base: number[] = [];
  let baseMissing = 0;
  let baseCount = 0;
  const win: { t: number; v: number }[] = [];
  for (let i = 0; i < s.t.length; i++) {
    const t = s.t[i] as number;
    const v = s.v[i] as number;
    if (t >= w.baselineFrom && t < w.windowFrom) {
      baseCount++;
      if (Number.isFinite(v)) base.push(v);
      else baseMissing++;
    } else if (t >= w.windowFrom && t <= w.until) {
      win.push({ t, v });
    }
  }
  const med = median(base);
  const floor = w.absoluteFloor ?? (w.relativeFloor ?? 0.1) * Math.abs(med);
  // A series that is flat with routine spikes has a tiny MAD; its own upper quartile
  // says how far it normally strays, so spikes of the usual
  // size do not look extreme. Not so with an absolute floor (error rates): there the
  // tail is earlier incidents, and a new error burst must not hide behind them.
  const spread = mad(base, med);
  const tail =
    spread < floor && w.absoluteFloor === undefined
      ? (0.5 * Math.abs(quantile(base, w.direction === 'down' ? 0.25 : 0.75) - med)) / 0.6745
      : 0;
  const scale = Math.max(spread, tail, floor, 1e-9);
  const winMissing = win.filter((p) => !Number.isFinite(p.v)).length;
  const missingRise = win.length > 0 && baseCount > 0 ? winMissing / win.length - baseMissing / baseCount : 0;
  const none: Deviation = {
    z: 0,
    peakAt: w.until,
    median: med,
    scale,
    observed: med,
    support: base.length,
    missingRise,
  };
  if (base.length === 0 || win.length === 0) return none;
  const onsetZ = w.onsetZ ?? 3;
  const zs: number[] = [];
  let best = Number.NEGATIVE_INFINITY;
  let peakAt = w.until;
  let observed = med;
  let onsetAt: number | undefined;
  for (const p of win) {
    if (!Number.isFinite(p.v)) continue;
    const raw = (p.v - med) / scale;
    const z = w.direction === 'up' ? raw : w.direction === 'down' ? -raw : Math.abs(raw);
    zs.push(z);
    if (z > best) {
      best = z;
      peakAt = p.t;
      observed = p.v;
    }
    if (onsetAt === undefined && z >= onsetZ) onsetAt = p.t;
  }
  if (!Number.isFinite(best)) return none;
  zs.sort((a, b) => b - a);
  return {
    z: zs[Math.min(w.persistence ?? 1, zs.length) - 1] as number,
    peakAt,
    median: med,
    scale,
    observed,
    support: base.length,
    missingRise,
    ...(onsetAt !== undefined ? { onsetAt } : {}),
  };
}
