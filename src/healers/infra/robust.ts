/**
 * Small robust statistics for the infra metric detector: median, MAD,
 * Theil–Sen slope, and a bounded history that learns a series' normal level
 * from its own recent past. Kept here (not shared with detect/baseline) so the
 * detector's behaviour does not move when another stage tunes its baselines.
 */

/** Median of the values; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median absolute deviation scaled to σ for normal data (×1.4826); NaN for none. */
export function mad(values: readonly number[], med = median(values)): number {
  return 1.4826 * median(values.map((v) => Math.abs(v - med)));
}

/**
 * Theil–Sen slope: the median of the pairwise slopes, robust to a few outliers.
 * @example theilSen([0, 1, 2, 3], [1, 3, 5, 7]) // 2
 */
export function theilSen(t: readonly number[], v: readonly number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < t.length; i++) {
    for (let j = i + 1; j < t.length; j++) {
      const dt = (t[j] as number) - (t[i] as number);
      if (dt !== 0) slopes.push(((v[j] as number) - (v[i] as number)) / dt);
    }
  }
  return median(slopes);
}

/** The normal range of a series, as learned from its history. */
export interface Band {
  readonly median: number;
  /** Robust spread (MAD, floored), in the series' units. */
  readonly scale: number;
  readonly low: number;
  readonly high: number;
  /** Observations behind it. */
  readonly support: number;
}

/**
 * A bounded window of a series' normal values. Values are added only while
 * the series is judged normal, so a fault does not teach the baseline that
 * the fault is normal (the band stays frozen through an episode).
 * @example const h = new History(120); for (const v of quiet) h.add(v); h.band(4, 0.1)?.high
 */
export class History {
  readonly #max: number;
  #values: number[] = [];

  constructor(max = 120) {
    this.#max = max;
  }

  get size(): number {
    return this.#values.length;
  }

  add(v: number): void {
    if (!Number.isFinite(v)) return;
    this.#values.push(v);
    if (this.#values.length > this.#max) this.#values.splice(0, this.#values.length - this.#max);
  }

  clear(): void {
    this.#values = [];
  }

  values(): readonly number[] {
    return this.#values;
  }

  /**
   * The band median ± k·scale, where scale is the MAD floored at `relFloor`
   * of the median and at `absFloor`, so a flat series does not make every
   * wiggle extreme. Undefined before any value.
   */
  band(k: number, relFloor: number, absFloor = 0): Band | undefined {
    if (this.#values.length === 0) return undefined;
    const med = median(this.#values);
    const scale = Math.max(mad(this.#values, med), relFloor * Math.abs(med), absFloor, 1e-12);
    return {
      median: med,
      scale,
      low: med - k * scale,
      high: med + k * scale,
      support: this.#values.length,
    };
  }
}
