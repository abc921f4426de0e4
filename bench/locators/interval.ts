/**
 * How far the pooled held-out figures could move on other pages or with
 * other writers: a percentile bootstrap that resamples whole clusters —
 * pairs (other pages like these) or held-out sets (other writers). The
 * targets of one page fail together, and so do the pages of one writer;
 * resampling targets one by one would give intervals that are too narrow.
 */
import { mulberry32 } from '../../src/core/prng.js';
import type { CaseOutcome } from '../../src/healers/tests/evaluate.js';

/** The counts of one cluster, from which pooled rates are summed. */
export interface Tally {
  readonly right: number;
  readonly present: number;
  readonly falseHeals: number;
  readonly deleted: number;
}

/** [low, high] of a rate. */
export type Interval = readonly [number, number];

export interface Intervals {
  readonly accuracy: Interval;
  readonly false_heal_rate_deleted: Interval;
}

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly seed?: number;
  /** Coverage of the interval (default 0.95). */
  readonly level?: number;
}

/** The counts of a cluster's outcomes. */
export function tally(outcomes: readonly CaseOutcome[]): Tally {
  let right = 0;
  let present = 0;
  let falseHeals = 0;
  let deleted = 0;
  for (const o of outcomes) {
    if (o === 'false-heal' || o === 'rejected') {
      deleted++;
      if (o === 'false-heal') falseHeals++;
    } else {
      present++;
      if (o === 'correct') right++;
    }
  }
  return { right, present, falseHeals, deleted };
}

/** The value below which a share `q` of the sorted values lie (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

/**
 * Percentile-bootstrap intervals of pooled accuracy and false-heal rate:
 * each resample draws as many clusters as there are, with replacement, and
 * pools their counts. Seeded, so a run's intervals replay exactly.
 * @example bootstrap(pairs.map((p) => tally(outcomesOf(p)))).accuracy // [0.71, 0.75]
 */
export function bootstrap(clusters: readonly Tally[], options: BootstrapOptions = {}): Intervals {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  if (clusters.length === 0) throw new Error('bootstrap: no clusters to resample');
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new Error(`bootstrap: resamples must be a positive whole number, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new Error(`bootstrap: level must be in (0, 1), got ${level}`);
  const rand = mulberry32(options.seed ?? 1);
  const accuracy: number[] = [];
  const falseHeals: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let right = 0;
    let present = 0;
    let fh = 0;
    let deleted = 0;
    for (let k = 0; k < clusters.length; k++) {
      const c = clusters[Math.floor(rand() * clusters.length)] as Tally;
      right += c.right;
      present += c.present;
      fh += c.falseHeals;
      deleted += c.deleted;
    }
    accuracy.push(present === 0 ? 0 : right / present);
    falseHeals.push(deleted === 0 ? 0 : fh / deleted);
  }
  const tail = (1 - level) / 2;
  const bounds = (xs: number[]): Interval => {
    xs.sort((a, b) => a - b);
    return [quantile(xs, tail), quantile(xs, 1 - tail)];
  };
  return { accuracy: bounds(accuracy), false_heal_rate_deleted: bounds(falseHeals) };
}
