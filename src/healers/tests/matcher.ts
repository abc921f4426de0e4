/**
 * The locator matcher: finds the element a stored fingerprint describes among
 * the candidates of a changed page, in the manner of Similo / VON Similo
 * (Nass et al.): every kind of evidence is compared with its own similarity
 * function (features.ts), the weighted similarities are summed, and the best
 * candidate wins. Unlike them it may also say "I do not know": it heals only
 * when a learned confidence — from the winner's score, its lead over the
 * runner-up, and whether the winner is really the successor of another
 * element of the old page — reaches the threshold.
 */
import {
  FEATURES,
  type Feature,
  type FeatureVector,
  features,
  type PageContext,
  pageContext,
} from './features.js';
import type { Fingerprint } from './fingerprint.js';
import { LEARNED_MODEL } from './learned-model.js';
import { checkModel, type MatcherModel, sigmoid, type Weights } from './model.js';

export type { Weights } from './model.js';

/** The compared attributes (the features); docs/fingerprint.md explains each comparison. */
export const ATTRIBUTES = FEATURES;
export type Attribute = Feature;

/** The model learned on the benchmark's training split (learned-model.ts). */
export const DEFAULT_MODEL: MatcherModel = checkModel(LEARNED_MODEL);
export const DEFAULT_WEIGHTS: Weights = DEFAULT_MODEL.weights;

/** Heal only at or above this confidence: the confidence model is a probability of a right heal. */
export const DEFAULT_THRESHOLD = 0.5;
/** Heal only when the best score beats the runner-up by at least this much: a unique element. */
export const DEFAULT_MIN_MARGIN = 0.005;
/** A candidate that resembles another old element by this much more than the target is that element's. */
export const CLAIM_MARGIN = 0;

export interface MatchOptions {
  /** Feature weights and confidence coefficients (default: the learned model). */
  readonly model?: MatcherModel;
  readonly threshold?: number;
  readonly minMargin?: number;
  /** How many of the best candidates to report (default 5). */
  readonly top?: number;
  /**
   * The visible elements of the page when the fingerprint was recorded. When
   * given, the winner must not be the successor of another element of the
   * old page (it must not resemble that element clearly more than the
   * target); this is what stops a deleted button from being "healed" to its
   * surviving sibling. It also enables the relative-position features.
   */
  readonly previous?: readonly Fingerprint[];
}

export interface ScoredCandidate {
  /** Position in the candidate list. */
  readonly index: number;
  readonly element: Fingerprint;
  /** Weighted mean similarity in [0, 1] over the evidence the old element has (1 = identical). */
  readonly score: number;
  /** Similarity per feature that the old fingerprint has (the evidence). */
  readonly parts: Partial<Record<Attribute, number>>;
}

export type MatchReason = 'confident' | 'below-threshold' | 'ambiguous' | 'claimed' | 'no-candidates';

export interface MatchResult {
  readonly decision: 'heal' | 'abstain';
  readonly reason: MatchReason;
  readonly best?: ScoredCandidate;
  readonly runnerUp?: ScoredCandidate;
  /** best.score − runnerUp.score (best.score when there is no runner-up). */
  readonly margin: number;
  /** With `previous`: how much more the winner resembles another old element than the target. */
  readonly claim?: number;
  /** Probability that healing to `best` is right; the threshold applies to it. */
  readonly confidence: number;
  readonly threshold: number;
  /** The best candidates, best first. */
  readonly top: readonly ScoredCandidate[];
  /** With `previous`: the old element the winner resembles most, when it is not the target. */
  readonly claimedBy?: ScoredCandidate;
}

/**
 * Confidence of a heal: the confidence model's probability that the winner
 * is the intended element, from its score, its margin over the runner-up and
 * its claim (0 when the old page is not known).
 * @example confidenceOf(0.8, 0.3, -0.4) // close to 1
 */
export function confidenceOf(score: number, margin: number, claim = 0, model = DEFAULT_MODEL): number {
  const c = model.confidence;
  return sigmoid(c.bias + c.score * score + c.margin * margin + c.claim * clampClaim(claim));
}

/** Claims beyond ±0.5 say nothing more. */
export const clampClaim = (x: number): number => Math.max(-0.5, Math.min(0.5, x));

/** Similarity of each feature; features the old element lacks are left out. */
export function compare(
  old: Fingerprint,
  cand: Fingerprint,
  ctxOld?: PageContext,
  ctxCand?: PageContext,
): Partial<Record<Attribute, number>> {
  const f = features(old, cand, ctxOld, ctxCand);
  const self = features(old, old, ctxOld, ctxOld);
  const p: Partial<Record<Attribute, number>> = {};
  for (const k of FEATURES) if (self[k] > 0) p[k] = f[k];
  return p;
}

const utility = (f: FeatureVector, w: Weights): number => {
  let u = 0;
  for (const k of FEATURES) u += w[k] * f[k];
  return u;
};

/**
 * A scorer for one recorded element: score(c) = w·f(old, c) / w·f(old, old),
 * the weighted mean similarity over the evidence the old element has.
 */
export function scorer(
  old: Fingerprint,
  weights: Weights,
  ctxOld?: PageContext,
  ctxCand?: PageContext,
): (cand: Fingerprint) => { score: number; parts: Partial<Record<Attribute, number>> } {
  const self = features(old, old, ctxOld, ctxOld);
  const norm = utility(self, weights);
  return (cand) => {
    const f = features(old, cand, ctxOld, ctxCand);
    const parts: Partial<Record<Attribute, number>> = {};
    for (const k of FEATURES) if (self[k] > 0) parts[k] = f[k];
    return { score: norm > 0 ? utility(f, weights) / norm : 0, parts };
  };
}

/** Scores every candidate, best first (ties keep document order). */
export function rank(
  old: Fingerprint,
  candidates: readonly Fingerprint[],
  weights: Weights = DEFAULT_WEIGHTS,
  previous?: readonly Fingerprint[],
): ScoredCandidate[] {
  const ctxOld = previous ? pageContext(previous) : undefined;
  const ctxCand = previous ? pageContext(candidates) : undefined;
  const score = scorer(old, weights, ctxOld, ctxCand);
  const scored = candidates.map((element, index) => ({ index, element, ...score(element) }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored;
}

/** How many of the best candidates are checked for claims. */
const CLAIM_DEPTH = 5;

/**
 * Claims of other old elements on candidates, in the manner of a mutual best
 * match: an old element `a` (not the target) claims a candidate when that
 * candidate is `a`'s own best match on the new page. The claim is how much
 * more the candidate resembles `a` than the target; a candidate nobody else
 * takes gets min(0, best other resemblance − resemblance to the target).
 */
export class Claims {
  readonly #scorers = new Map<
    number,
    (c: Fingerprint) => { score: number; parts: Partial<Record<Attribute, number>> }
  >();
  readonly #bestOf = new Map<number, number>();
  constructor(
    readonly old: Fingerprint,
    readonly previous: readonly Fingerprint[],
    readonly candidates: readonly Fingerprint[],
    readonly weights: Weights,
    readonly ctxOld: PageContext,
    readonly ctxCand: PageContext,
  ) {}

  #scorer(i: number) {
    let s = this.#scorers.get(i);
    if (!s) {
      const a = this.previous[i] as Fingerprint;
      s = scorer(a, this.weights, this.ctxOld, this.ctxCand);
      this.#scorers.set(i, s);
    }
    return s;
  }

  /** The best score old element `i` reaches on the new page. */
  #best(i: number): number {
    let b = this.#bestOf.get(i);
    if (b === undefined) {
      const s = this.#scorer(i);
      b = 0;
      for (const c of this.candidates) b = Math.max(b, s(c).score);
      this.#bestOf.set(i, b);
    }
    return b;
  }

  /** The claim on `cand` and the old element that makes it. */
  of(cand: ScoredCandidate): { claim: number; by?: ScoredCandidate } {
    const others: ScoredCandidate[] = [];
    for (const [index, a] of this.previous.entries()) {
      if (a.xpath === this.old.xpath) continue;
      others.push({ index, element: a, ...this.#scorer(index)(cand.element) });
    }
    others.sort((x, y) => y.score - x.score);
    const first = others[0];
    if (!first) return { claim: -1 };
    for (const o of others.slice(0, CLAIM_DEPTH)) {
      if (o.score >= this.#best(o.index) - 1e-9) return { claim: o.score - cand.score, by: o };
    }
    return { claim: Math.min(0, first.score - cand.score) };
  }
}

/**
 * Two elements that differ only in where they are (a duplicated row): which
 * one is meant cannot be told from the element, so the match is ambiguous.
 */
function sameContent(a: Fingerprint, b: Fingerprint): boolean {
  const key = (f: Fingerprint) =>
    JSON.stringify([
      f.tag,
      f.id,
      f.name,
      f.classes,
      f.text,
      f.accessibleName,
      f.attributes,
      f.testIds,
      [...f.neighbors].sort(),
    ]);
  return key(a) === key(b);
}

/**
 * Decides whether the old element is among the candidates, and which one.
 * @example
 * const r = match(stored.fingerprint, await collectCandidates(page), { previous: stored.page });
 * if (r.decision === 'heal') await page.locator(`xpath=${r.best.element.xpath}`).click();
 */
export function match(
  old: Fingerprint,
  candidates: readonly Fingerprint[],
  options: MatchOptions = {},
): MatchResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minMargin = options.minMargin ?? DEFAULT_MIN_MARGIN;
  const model = options.model ?? DEFAULT_MODEL;
  const ranked = rank(old, candidates, model.weights, options.previous);
  const top = ranked.slice(0, options.top ?? 5);
  const [best, runnerUp] = ranked;
  if (!best)
    return { decision: 'abstain', reason: 'no-candidates', margin: 0, confidence: 0, threshold, top };
  let margin = best.score - (runnerUp?.score ?? 0);
  let claim: number | undefined;
  let claimedBy: ScoredCandidate | undefined;
  if (options.previous) {
    const claims = new Claims(
      old,
      options.previous,
      candidates,
      model.weights,
      pageContext(options.previous),
      pageContext(candidates),
    );
    const c = claims.of(best);
    claim = c.claim;
    if (c.by && c.claim > 0) claimedBy = c.by;
    // The lead that matters is over the best runner-up that is nobody else's.
    const free = ranked.slice(1, CLAIM_DEPTH + 1).find((r) => claims.of(r).claim <= 0);
    margin = best.score - (free?.score ?? ranked[CLAIM_DEPTH + 1]?.score ?? 0);
  }
  const confidence = confidenceOf(best.score, margin, claim ?? 0, model);
  const base = {
    best,
    margin,
    confidence,
    threshold,
    top,
    ...(runnerUp ? { runnerUp } : {}),
    ...(claim !== undefined ? { claim } : {}),
    ...(claimedBy ? { claimedBy } : {}),
  };
  if (claim !== undefined && claim > CLAIM_MARGIN) return { ...base, decision: 'abstain', reason: 'claimed' };
  if (
    margin < minMargin ||
    ranked.slice(1, CLAIM_DEPTH + 1).some((r) => sameContent(r.element, best.element))
  )
    return { ...base, decision: 'abstain', reason: 'ambiguous' };
  if (confidence < threshold) return { ...base, decision: 'abstain', reason: 'below-threshold' };
  return { ...base, decision: 'heal', reason: 'confident' };
}
