/**
 * The locator matcher: finds the element a stored fingerprint describes among
 * the candidates of a changed page, in the manner of Similo / VON Similo
 * (Nass et al.): every attribute is compared with its own similarity
 * function, the weighted similarities are summed, and the best candidate
 * wins. Unlike them it may also say "I do not know": it heals only when the
 * best candidate is both good enough and clearly ahead of the runner-up.
 */
import type { Fingerprint } from './fingerprint.js';
import {
  editSimilarity,
  exact,
  geometric,
  jaccard,
  sizeSimilarity,
  textSimilarity,
  tokenJaccard,
} from './similarity.js';

/** The compared attributes; docs/fingerprint.md explains each comparison. */
export const ATTRIBUTES = [
  'tag',
  'id',
  'name',
  'classes',
  'text',
  'role',
  'accessibleName',
  'attributes',
  'testId',
  'xpath',
  'location',
  'size',
  'neighbors',
  'ancestors',
] as const;

export type Attribute = (typeof ATTRIBUTES)[number];
export type Weights = Readonly<Record<Attribute, number>>;

/**
 * Default weights. They start from Similo's (1.5 for the strong identifiers
 * and visible text, 0.5 for the weak structural ones), give test ids and the
 * accessible name the weight of ids, and were then adjusted by hand looking
 * only at the training split of the benchmark corpus (bench/locators).
 */
export const DEFAULT_WEIGHTS: Weights = {
  tag: 1.5,
  id: 1.5,
  name: 1.5,
  classes: 0.5,
  text: 1.5,
  role: 1.0,
  accessibleName: 1.5,
  attributes: 1.0,
  testId: 2.0,
  xpath: 0.5,
  location: 0.5,
  size: 0.5,
  neighbors: 1.5,
  ancestors: 0.5,
};

/** Heal only at or above this confidence (see `confidenceOf`). */
export const DEFAULT_THRESHOLD = 0.5;
/** Heal only when the best score beats the runner-up by at least this much: a unique element. */
export const DEFAULT_MIN_MARGIN = 0.02;
/** How much better another old element must fit the chosen one to claim it. */
const CLAIM_MARGIN = 0.02;
/** The margin at which the runner-up no longer lowers the confidence. */
const FULL_MARGIN = 0.1;

export interface MatchOptions {
  readonly weights?: Weights;
  readonly threshold?: number;
  readonly minMargin?: number;
  /** How many of the best candidates to report (default 5). */
  readonly top?: number;
  /**
   * The visible elements of the page when the fingerprint was recorded. When
   * given, the chosen element must map back to the old element rather than to
   * another element of the old page (a mutual best match); this is what stops
   * a deleted button from being "healed" to its surviving sibling.
   */
  readonly previous?: readonly Fingerprint[];
}

export interface ScoredCandidate {
  /** Position in the candidate list. */
  readonly index: number;
  readonly element: Fingerprint;
  /** Weighted mean similarity in [0, 1]. */
  readonly score: number;
  /** Similarity per attribute that the old fingerprint has (the evidence). */
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
  /** Score discounted by a small margin; the threshold applies to it. */
  readonly confidence: number;
  readonly threshold: number;
  /** The best candidates, best first. */
  readonly top: readonly ScoredCandidate[];
  /** With `previous`: the old element the best candidate resembles more than the target, if any. */
  readonly claimedBy?: ScoredCandidate;
}

/**
 * Confidence of a heal from score and margin: the score itself when the
 * runner-up is at least 0.1 behind, down to half the score when it ties.
 * It is "calibrated-ish": on the training split, heals with confidence ≥ 0.5 were
 * all right (see `homeostat bench locators` for the test split).
 */
export function confidenceOf(score: number, margin: number): number {
  return score * Math.min(1, 0.5 + margin / (2 * FULL_MARGIN));
}

/** Similarity of each attribute the old fingerprint has; absent attributes are left out. */
export function compare(old: Fingerprint, cand: Fingerprint): Partial<Record<Attribute, number>> {
  const p: Partial<Record<Attribute, number>> = {};
  p.tag = exact(old.tag, cand.tag);
  if (old.id) p.id = cand.id ? Math.max(exact(old.id, cand.id), 0.8 * tokenJaccard(old.id, cand.id)) : 0;
  if (old.name)
    p.name = cand.name ? Math.max(exact(old.name, cand.name), 0.8 * tokenJaccard(old.name, cand.name)) : 0;
  if (old.classes.length) p.classes = jaccard(new Set(old.classes), new Set(cand.classes));
  if (old.text) p.text = textSimilarity(old.text, cand.text);
  if (old.role) p.role = cand.role ? exact(old.role, cand.role) : 0;
  if (old.accessibleName) p.accessibleName = textSimilarity(old.accessibleName, cand.accessibleName ?? '');
  const keys = Object.keys(old.attributes);
  if (keys.length) {
    let sum = 0;
    for (const k of keys) {
      const v = cand.attributes[k];
      if (v !== undefined)
        sum += textSimilarity(old.attributes[k] ?? '', v) || exact(old.attributes[k] ?? '', v);
    }
    p.attributes = sum / keys.length;
  }
  const oldIds = Object.values(old.testIds);
  if (oldIds.length) {
    const candIds = Object.values(cand.testIds);
    let best = 0;
    for (const a of oldIds)
      for (const b of candIds) best = Math.max(best, exact(a, b) || 0.8 * tokenJaccard(a, b));
    p.testId = best;
  }
  p.xpath = editSimilarity(old.xpath, cand.xpath);
  p.location = geometric(old.box, cand.box);
  p.size = sizeSimilarity(old.box, cand.box);
  if (old.neighbors.length) p.neighbors = tokenJaccard(old.neighbors, cand.neighbors);
  if (old.ancestors.length) {
    const d = (a: Fingerprint['ancestors'][number]) => [
      a.tag,
      ...(a.id ? [`#${a.id}`] : []),
      ...a.classes.map((c) => `.${c}`),
    ];
    p.ancestors = jaccard(new Set(old.ancestors.flatMap(d)), new Set(cand.ancestors.flatMap(d)));
  }
  return p;
}

/** Weighted mean of the parts, over the attributes present. */
export function weightedScore(parts: Partial<Record<Attribute, number>>, weights: Weights): number {
  let num = 0;
  let den = 0;
  for (const a of ATTRIBUTES) {
    const s = parts[a];
    if (s === undefined) continue;
    num += weights[a] * s;
    den += weights[a];
  }
  return den === 0 ? 0 : num / den;
}

/** Scores every candidate, best first (ties keep document order). */
export function rank(
  old: Fingerprint,
  candidates: readonly Fingerprint[],
  weights: Weights,
): ScoredCandidate[] {
  const scored = candidates.map((element, index) => {
    const parts = compare(old, element);
    return { index, element, parts, score: weightedScore(parts, weights) };
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored;
}

/**
 * Decides whether the old element is among the candidates, and which one.
 * @example
 * const r = match(stored.fingerprint, await collectCandidates(page));
 * if (r.decision === 'heal') await page.locator(`xpath=${r.best.element.xpath}`).click();
 */
export function match(
  old: Fingerprint,
  candidates: readonly Fingerprint[],
  options: MatchOptions = {},
): MatchResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minMargin = options.minMargin ?? DEFAULT_MIN_MARGIN;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const ranked = rank(old, candidates, weights);
  const top = ranked.slice(0, options.top ?? 5);
  if (!ranked[0])
    return { decision: 'abstain', reason: 'no-candidates', margin: 0, confidence: 0, threshold, top };
  const { pool, claimedBy } = options.previous
    ? unclaimed(old, ranked, options.previous, weights)
    : { pool: ranked, claimedBy: undefined };
  const [best, runnerUp] = pool;
  if (!best) {
    const first = ranked[0];
    return {
      decision: 'abstain',
      reason: 'claimed',
      best: first,
      margin: 0,
      confidence: 0,
      threshold,
      top,
      ...(claimedBy ? { claimedBy } : {}),
    };
  }
  const margin = best.score - (runnerUp?.score ?? 0);
  const confidence = confidenceOf(best.score, margin);
  const base = { best, margin, confidence, threshold, top, ...(runnerUp ? { runnerUp } : {}) };
  if (margin < minMargin) return { ...base, decision: 'abstain', reason: 'ambiguous' };
  if (confidence < threshold) return { ...base, decision: 'abstain', reason: 'below-threshold' };
  return { ...base, decision: 'heal', reason: 'confident' };
}

/** How many of the best candidates the mutual check looks at. */
const CLAIM_DEPTH = 8;

/**
 * The ranked candidates without those that another element of the old page
 * claims (they resemble that element more than the target), looking at the
 * best few; the rest keep their order. The first claimant is returned for
 * the report.
 */
function unclaimed(
  old: Fingerprint,
  ranked: readonly ScoredCandidate[],
  previous: readonly Fingerprint[],
  weights: Weights,
): { pool: ScoredCandidate[]; claimedBy: ScoredCandidate | undefined } {
  const pool: ScoredCandidate[] = [];
  let claimedBy: ScoredCandidate | undefined;
  for (const [i, c] of ranked.entries()) {
    if (i >= CLAIM_DEPTH) {
      pool.push(c);
      if (pool.length >= 2) break;
      continue;
    }
    const by = claimant(old, c, previous, weights);
    if (by) claimedBy ??= by;
    else pool.push(c);
    if (pool.length >= 2) break;
  }
  return { pool, claimedBy };
}

/**
 * The element of the old page that the chosen candidate resembles more than
 * it resembles the old target, if any. The old target itself is recognised
 * by its XPath in the old snapshot.
 */
function claimant(
  old: Fingerprint,
  chosen: ScoredCandidate,
  previous: readonly Fingerprint[],
  weights: Weights,
): ScoredCandidate | undefined {
  const back = rank(chosen.element, previous, weights);
  const self = back.find((b) => b.element.xpath === old.xpath);
  const selfScore = self?.score ?? weightedScore(compare(chosen.element, old), weights);
  const other = back.find((b) => b.element.xpath !== old.xpath);
  return other && other.score > selfScore + CLAIM_MARGIN ? other : undefined;
}
