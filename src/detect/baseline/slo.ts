/**
 * SLO burn-rate alerting over an error ratio: the multiwindow, multi-burn-rate
 * rules of the SRE workbook (page at 14.4× over 1 h and 5 min, 6× over 6 h and
 * 30 min; ticket at 3× over 1 d and 2 h, 1× over 3 d and 6 h). Counts live in
 * a ring of fixed time buckets, so memory is bounded by the longest window.
 */

/** One alerting rule: both windows must burn faster than `factor`. */
export interface BurnRule {
  readonly name: string;
  readonly factor: number;
  readonly longMs: number;
  readonly shortMs: number;
  readonly severity: 'page' | 'ticket';
}

const MIN = 60_000;
const HOUR = 60 * MIN;

/** The SRE workbook's recommended rules for a 30-day SLO. */
export const DEFAULT_BURN_RULES: readonly BurnRule[] = [
  { name: 'fast', factor: 14.4, longMs: HOUR, shortMs: 5 * MIN, severity: 'page' },
  { name: 'medium', factor: 6, longMs: 6 * HOUR, shortMs: 30 * MIN, severity: 'page' },
  { name: 'slow', factor: 3, longMs: 24 * HOUR, shortMs: 2 * HOUR, severity: 'ticket' },
  { name: 'slowest', factor: 1, longMs: 72 * HOUR, shortMs: 6 * HOUR, severity: 'ticket' },
];

/** A firing rule with the burn rates that made it fire. */
export interface BurnAlert {
  readonly rule: string;
  readonly severity: 'page' | 'ticket';
  readonly longBurn: number;
  readonly shortBurn: number;
  readonly factor: number;
}

/**
 * Tracks good/bad events against an SLO objective and reports burning rules.
 * @example const b = new BurnRateTracker(0.999); b.record(now, 100, 3); b.alerts(now)
 */
export class BurnRateTracker {
  readonly #budget: number;
  readonly #rules: readonly BurnRule[];
  readonly #bucketMs: number;
  readonly #total: Float64Array;
  readonly #bad: Float64Array;
  readonly #stamp: Float64Array;

  /**
   * @param objective e.g. 0.999 for 99.9 % good events
   * @param bucketMs resolution of the windows (default 1 minute)
   */
  constructor(objective: number, rules: readonly BurnRule[] = DEFAULT_BURN_RULES, bucketMs = MIN) {
    if (!(objective > 0 && objective < 1))
      throw new RangeError(`SLO objective must be in (0, 1), got ${objective}`);
    this.#budget = 1 - objective;
    this.#rules = rules;
    this.#bucketMs = bucketMs;
    const longest = Math.max(...rules.map((r) => r.longMs));
    const size = Math.ceil(longest / bucketMs) + 1;
    this.#total = new Float64Array(size);
    this.#bad = new Float64Array(size);
    this.#stamp = new Float64Array(size).fill(-1);
  }

  /** Adds `total` events of which `bad` failed, at time `at`. */
  record(at: number, total: number, bad: number): void {
    const b = Math.floor(at / this.#bucketMs);
    const i = b % this.#total.length;
    if (this.#stamp[i] !== b) {
      this.#stamp[i] = b;
      this.#total[i] = 0;
      this.#bad[i] = 0;
    }
    this.#total[i] = (this.#total[i] as number) + total;
    this.#bad[i] = (this.#bad[i] as number) + bad;
  }

  /** Error ratio over the window ending at `at` divided by the error budget; 0 with no events. */
  burnRate(at: number, windowMs: number): number {
    const end = Math.floor(at / this.#bucketMs);
    const n = Math.min(Math.ceil(windowMs / this.#bucketMs), this.#total.length);
    let total = 0;
    let bad = 0;
    for (let b = end - n + 1; b <= end; b++) {
      const i = ((b % this.#total.length) + this.#total.length) % this.#total.length;
      if (this.#stamp[i] !== b) continue;
      total += this.#total[i] as number;
      bad += this.#bad[i] as number;
    }
    return total > 0 ? bad / total / this.#budget : 0;
  }

  /** Rules whose long and short windows both burn at or above their factor. */
  alerts(at: number): BurnAlert[] {
    const out: BurnAlert[] = [];
    for (const r of this.#rules) {
      const longBurn = this.burnRate(at, r.longMs);
      const shortBurn = this.burnRate(at, r.shortMs);
      if (longBurn >= r.factor && shortBurn >= r.factor) {
        out.push({ rule: r.name, severity: r.severity, longBurn, shortBurn, factor: r.factor });
      }
    }
    return out;
  }

  /** Bytes held by the bucket ring. */
  get stateBytes(): number {
    return this.#total.byteLength * 3;
  }
}
