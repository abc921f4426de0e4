/**
 * The pairing of a whole old page with a new one: every old element scored
 * against every candidate (the matcher's weighted similarity), then a
 * one-to-one pairing. The matcher asks it who succeeds the recorded element,
 * and how much each candidate resembles the other old elements. The pairing
 * is the stable one (assign.ts): an old and a new
 * element that each resemble the other more than their partners are never
 * left apart. (The pairing of largest total similarity, tried before, gave a
 * moved item's place to a deleted look-alike when that made the sum larger.)
 * Pairings are cached per (old page, new page, weights), because every broken
 * locator of a page shares one.
 */
import { stablePairs } from './assign.js';
import { type PageContext, pageContext } from './features.js';
import type { Fingerprint } from './fingerprint.js';
import type { Weights } from './model.js';
import { scorer } from './scoring.js';

/** Pairs below this similarity are not worth making: the old element counts as deleted. */
export const PAIRING_FLOOR = 0.25;

export class Pairing {
  /** similarity[i][j]: old element i (of `previous`) against candidate j. */
  readonly similarity: readonly (readonly number[])[];
  /** The candidate each old element is paired with, or -1. */
  readonly partner: readonly number[];
  /** The old element each candidate is paired with, or -1. */
  readonly owner: readonly number[];
  readonly ctxOld: PageContext;
  readonly ctxCand: PageContext;

  constructor(
    readonly previous: readonly Fingerprint[],
    readonly candidates: readonly Fingerprint[],
    weights: Weights,
  ) {
    this.ctxOld = pageContext(previous);
    this.ctxCand = pageContext(candidates);
    this.similarity = previous.map((a) => {
      const s = scorer(a, weights, this.ctxOld, this.ctxCand);
      return candidates.map((c) => s(c).score);
    });
    this.partner = stablePairs(this.similarity, PAIRING_FLOOR);
    const owner = new Array<number>(candidates.length).fill(-1);
    this.partner.forEach((j, i) => {
      if (j >= 0) owner[j] = i;
    });
    this.owner = owner;
  }

  /** The old element with this XPath, or -1. */
  indexOf(old: Fingerprint): number {
    return this.previous.findIndex((p) => p.xpath === old.xpath);
  }

  /** The old element other than `except` that resembles candidate `j` most, and how much. */
  closestOther(j: number, except: number): { index: number; score: number } {
    let index = -1;
    let score = 0;
    this.similarity.forEach((row, i) => {
      if (i !== except && (row[j] ?? 0) > score) {
        score = row[j] ?? 0;
        index = i;
      }
    });
    return { index, score };
  }
}

const cache = new WeakMap<
  readonly Fingerprint[],
  WeakMap<readonly Fingerprint[], WeakMap<Weights, Pairing>>
>();

/**
 * The pairing of two pages, with the recorded element added to the old page
 * when the snapshot lacks it.
 * @example const p = pairing(stored.page, candidates, DEFAULT_WEIGHTS);
 */
export function pairing(
  previous: readonly Fingerprint[],
  candidates: readonly Fingerprint[],
  weights: Weights,
): Pairing {
  let byCand = cache.get(previous);
  if (!byCand) {
    byCand = new WeakMap();
    cache.set(previous, byCand);
  }
  let byWeights = byCand.get(candidates);
  if (!byWeights) {
    byWeights = new WeakMap();
    byCand.set(candidates, byWeights);
  }
  let p = byWeights.get(weights);
  if (!p) {
    p = new Pairing(previous, candidates, weights);
    byWeights.set(weights, p);
  }
  return p;
}
