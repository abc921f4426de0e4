/**
 * CAD OSE (cad.ts) over a value range that is re-cut rarely, with the detector relearnt from the
 * recent past after each re-cut: strictly streaming, and close to the published entry, which was
 * given each file's min and max in advance.
 *
 * CAD cuts values into eight levels across a range. With a running min / max every new extreme
 * re-cuts the levels, so the contexts learnt until then describe other levels; on NAB that cost
 * about 18 points. Here a value outside the current range widens it by `margin` × the width seen
 * so far on that side (so re-cuts become rare: about 7 per NAB file), and the detector is rebuilt
 * on the new levels by replaying the last `replay` values (each replayed value was seen before
 * the current one; nothing is looked ahead). The rest period (no score for `restPeriod` steps after
 * a raw score of at least `restThreshold`) runs across rebuilds.
 *
 * Offline only (`homeostat detect`, `bench nab`): memory is the replay buffer (8 B × `replay`) plus
 * CAD's contexts, which grow with the series.
 */
import { type CadOptions, ContextualDetector, DEFAULT_CAD_OPTIONS } from './cad.js';

/** How the range is re-cut and relearnt. */
export interface RescaleOptions {
  /** Recent values replayed into a rebuilt detector. */
  readonly replay: number;
  /** Headroom added beyond a new extreme, as a fraction of the range seen so far. */
  readonly margin: number;
}

/**
 * Replay 1,000 values, margin 0.5. On NAB (with the ensemble) replays of 500…3,000 and margins of
 * 0.5…1 score within 0.7 points of each other; a margin of 0.25 re-cuts more often and loses 2.
 */
export const DEFAULT_RESCALE_OPTIONS: RescaleOptions = { replay: 1000, margin: 0.5 };

/**
 * CAD OSE with a rarely re-cut range.
 * @example const cad = new RescalingContextualDetector(); const score = cad.update(42);
 */
export class RescalingContextualDetector {
  readonly #cad: CadOptions;
  readonly #inner: CadOptions;
  readonly #o: RescaleOptions;
  #detector: ContextualDetector | null = null;
  /** Ring buffer of the last `replay` values. */
  readonly #recent: Float64Array;
  #head = 0;
  #filled = 0;
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;
  #lo = 0;
  #hi = 0;
  /** Steps since the last raw score of at least `restThreshold` (starts silenced, as CAD does). */
  #sinceHigh = 0;
  #raw = 0;
  #rebuilds = 0;

  constructor(cad: CadOptions = DEFAULT_CAD_OPTIONS, options: RescaleOptions = DEFAULT_RESCALE_OPTIONS) {
    this.#cad = cad;
    // The rest period is applied here, across rebuilds; the inner detectors report raw scores.
    this.#inner = { ...cad, restPeriod: 0 };
    this.#o = options;
    this.#recent = new Float64Array(Math.max(0, Math.floor(options.replay)));
  }

  /** Times the range was cut (the first cut included). */
  get rebuilds(): number {
    return this.#rebuilds;
  }

  /** The last score before the rest period was applied. */
  get raw(): number {
    return this.#raw;
  }

  /** Contexts learnt by the current detector. */
  get contexts(): number {
    return this.#detector?.contexts ?? 0;
  }

  /** Scores one value, then learns it; returns its anomaly score in [0, 1]. */
  update(value: number): number {
    if (!Number.isFinite(value)) return 0;
    this.#min = Math.min(this.#min, value);
    this.#max = Math.max(this.#max, value);
    const first = this.#detector === null;
    if (first || value < this.#lo || value > this.#hi || !(this.#hi > this.#lo)) {
      const pad = this.#o.margin * (this.#max - this.#min);
      const lo = first || value < this.#lo ? this.#min - pad : this.#lo;
      const hi = first || value > this.#hi ? this.#max + pad : this.#hi;
      if (first || lo !== this.#lo || hi !== this.#hi) this.#rebuild(lo, hi);
    }
    const raw = (this.#detector as ContextualDetector).update(value);
    this.#remember(value);
    this.#raw = raw;
    const out = this.#sinceHigh >= this.#cad.restPeriod ? raw : 0;
    this.#sinceHigh = raw >= this.#cad.restThreshold ? 0 : this.#sinceHigh + 1;
    return out;
  }

  #rebuild(lo: number, hi: number): void {
    this.#lo = lo;
    this.#hi = hi;
    this.#rebuilds++;
    const detector = new ContextualDetector(this.#inner, [lo, hi]);
    const size = this.#recent.length;
    for (let k = this.#filled; k > 0; k--)
      detector.update(this.#recent[(this.#head - k + size) % size] as number);
    this.#detector = detector;
  }

  #remember(value: number): void {
    const size = this.#recent.length;
    if (size === 0) return;
    this.#recent[this.#head] = value;
    this.#head = (this.#head + 1) % size;
    this.#filled = Math.min(this.#filled + 1, size);
  }
}
