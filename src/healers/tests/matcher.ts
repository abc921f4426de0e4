/**
 * The locator matcher: finds the element a stored fingerprint describes among
 * the candidates of a changed page, in the manner of Similo / VON Similo
 * (Nass et al.): every kind of evidence is compared with its own similarity
 * function (features.ts), the weighted similarities are summed, and the best
 * candidate wins. Unlike them it may also say "I do not know": it heals only
 * when a learned confidence — from the winner's score, its lead over the
 * runner-up, whether the winner is really the successor of another element
 * of the old page, and whether it kept what told the recorded element apart
 * (evidence.ts) — reaches the threshold.
 */
import { choiceInSelect, type SelectOption } from './choices.js';
import { becameMany, type Evidence, evidenceOf, mainLabel, NO_EVIDENCE, renaming } from './evidence.js';
import { FEATURES, type Feature, pageContext } from './features.js';
import { type Fingerprint, givesValue, isControl, takesInput } from './fingerprint.js';
import { LEARNED_MODEL } from './learned-model.js';
import {
  type ConfidenceInputs,
  checkModel,
  coefficientsFor,
  logOdds,
  type MatcherModel,
  sigmoid,
  type Weights,
} from './model.js';
import { pairing } from './pairing.js';
import { OPTION_ROLES } from './roles.js';
import { scorer } from './scoring.js';

export type { Weights } from './model.js';
export { compare, scorer } from './scoring.js';

/** The compared attributes (the features); docs/fingerprint.md explains each comparison. */
export const ATTRIBUTES = FEATURES;
export type Attribute = Feature;

/** The model learned on the benchmark's development pairs (learned-model.ts). */
export const DEFAULT_MODEL: MatcherModel = checkModel(LEARNED_MODEL);
export const DEFAULT_WEIGHTS: Weights = DEFAULT_MODEL.weights;

/** Heal only at or above this confidence: the confidence model is a probability of a right heal. */
export const DEFAULT_THRESHOLD = 0.5;
/**
 * Below the heal threshold but at least this confident, a failed locator's
 * best candidate is proposed as a source fix for review (not used at run
 * time). Chosen on the development pairs: about half of such proposals are
 * the intended element, and a person judges each one.
 */
export const DEFAULT_SUGGEST_THRESHOLD = 0.2;
/**
 * Whether a refused match is worth a proposal for review: refused only for
 * want of confidence (never by a rule — deleted, ambiguous, incompatible,
 * renamed), and at least `floor` confident.
 */
export function suggestsReview(r: MatchResult, floor = DEFAULT_SUGGEST_THRESHOLD): boolean {
  return r.reason === 'below-threshold' && r.best !== undefined && r.confidence >= floor;
}

/**
 * Below this label similarity a reworded option is another option (`optionRenamed`).
 * Chosen on the development pairs: of the checkboxes and radios healed there
 * with less, five were deleted options whose slot a new one took, one the same
 * option reworded ("Remember this device for 30 days" → "Trust this browser").
 */
export const OPTION_LABEL_FLOOR = 0.4;

/**
 * Whether the winner is another option: a checkbox or radio is what its label
 * says, so one whose label has little in common with the winner's (no
 * lexicon group joins them) and that kept no name of its own (no anchor) is
 * more often a new option in a deleted one's place — "Request a read
 * receipt" → "Confidential mode" — than the same one reworded.
 */
export function optionRenamed(old: Fingerprint, evidence: Evidence): boolean {
  const option =
    OPTION_ROLES.has(old.role ?? '') || ['checkbox', 'radio'].includes(old.attributes.type ?? '');
  return option && evidence.label < OPTION_LABEL_FLOOR && evidence.anchor === 0;
}

/** Heal only when the best score beats the runner-up by at least this much: a unique element. */
export const DEFAULT_MIN_MARGIN = 0.005;

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

export type MatchReason =
  | 'confident'
  | 'below-threshold'
  | 'ambiguous'
  | 'claimed'
  | 'incompatible'
  | 'renamed'
  | 'no-candidates';

export interface MatchResult {
  readonly decision: 'heal' | 'abstain';
  readonly reason: MatchReason;
  readonly best?: ScoredCandidate;
  readonly runnerUp?: ScoredCandidate;
  /** best.score − runnerUp.score (best.score when there is no runner-up). */
  readonly margin: number;
  /** With `previous`: how much more the winner resembles another old element than the target. */
  readonly claim?: number;
  /** The decision evidence (evidence.ts): anchor and contrast need `previous`, the label similarity does not. */
  readonly evidence?: Evidence;
  /** Probability that healing to `best` is right; the threshold applies to it. */
  readonly confidence: number;
  readonly threshold: number;
  /** The best candidates, best first. */
  readonly top: readonly ScoredCandidate[];
  /** With `previous`: the old element the winner resembles most, when it is not the target. */
  readonly claimedBy?: ScoredCandidate;
  /** Why a rule refused the best candidate, in words (reason `renamed`). */
  readonly detail?: string;
  /** When the recorded radio button or checkbox became an option of the healed select: the option to pick (choices.ts). */
  readonly option?: SelectOption;
}

/** The confidence model's inputs for a winner: its score, margin and claim (clamped), and the evidence. */
export function confidenceInputs(
  score: number,
  margin: number,
  claim = 0,
  evidence: Evidence = NO_EVIDENCE,
): ConfidenceInputs {
  return { score, margin, claim: clampClaim(claim), ...evidence };
}

/**
 * Confidence of a heal: the confidence model's probability that the winner
 * is the intended element, from its score, its margin over the runner-up,
 * its claim and the evidence of evidence.ts (0 when the old page is not known).
 * @example confidenceOf(0.8, 0.3, -0.4) // close to 1
 */
export function confidenceOf(
  score: number,
  margin: number,
  claim = 0,
  model = DEFAULT_MODEL,
  evidence: Evidence = NO_EVIDENCE,
): number {
  return sigmoid(logOdds(model.confidence, confidenceInputs(score, margin, claim, evidence)));
}

/** Claims beyond ±0.5 say nothing more. */
export const clampClaim = (x: number): number => Math.max(-0.5, Math.min(0.5, x));

/**
 * Scores every candidate that can succeed the recorded element, best first
 * (ties keep document order). A control's successor is a control, and
 * text's is text (scoring.ts): neither is a candidate for the other.
 */
export function rank(
  old: Fingerprint,
  candidates: readonly Fingerprint[],
  weights: Weights = DEFAULT_WEIGHTS,
  previous?: readonly Fingerprint[],
): ScoredCandidate[] {
  const ctxOld = previous ? pageContext(previous) : undefined;
  const ctxCand = previous ? pageContext(candidates) : undefined;
  const score = scorer(old, weights, ctxOld, ctxCand);
  const control = isControl(old);
  const scored = candidates.flatMap((element, index) =>
    control !== isControl(element) ? [] : [{ index, element, ...score(element) }],
  );
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored;
}

/** How many of the best candidates are checked for look-alikes of the winner. */
const LOOKALIKE_DEPTH = 5;

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
      f.container,
      [...f.neighbors].sort(),
    ]);
  return key(a) === key(b);
}

/**
 * The old page as the pairing sees it for one recorded element: with the
 * element in it when the snapshot lacks it. Memoised per page and
 * fingerprint, so that the pairing's cache, keyed by the page array, holds
 * across calls.
 */
const PAIRED_PAGES = new WeakMap<readonly Fingerprint[], WeakMap<Fingerprint, readonly Fingerprint[]>>();

function pageWith(old: Fingerprint, previous: readonly Fingerprint[]): readonly Fingerprint[] {
  if (previous.some((p) => p.xpath === old.xpath)) return previous;
  let byOld = PAIRED_PAGES.get(previous);
  if (!byOld) {
    byOld = new WeakMap();
    PAIRED_PAGES.set(previous, byOld);
  }
  let page = byOld.get(old);
  if (!page) {
    page = [...previous, old];
    byOld.set(old, page);
  }
  return page;
}

/** What the whole-page pairing says about the recorded element. */
interface Paired {
  /** The candidate paired with the recorded element; undefined when it is left unpaired. */
  readonly winner?: ScoredCandidate;
  readonly claim: number;
  readonly claimedBy?: ScoredCandidate;
  /** Candidates that no other old element is paired with. */
  readonly free: (index: number) => boolean;
}

function paired(
  old: Fingerprint,
  previous: readonly Fingerprint[],
  candidates: readonly Fingerprint[],
  ranked: readonly ScoredCandidate[],
  weights: Weights,
): Paired {
  const prev = pageWith(old, previous);
  const p = pairing(prev, candidates, weights);
  const t = p.indexOf(old);
  const free = (j: number) => {
    const o = p.owner[j] ?? -1;
    return o < 0 || o === t;
  };
  const other = (i: number, j: number): ScoredCandidate => {
    const a = prev[i] as Fingerprint;
    return { index: i, element: a, ...scorer(a, weights, p.ctxOld, p.ctxCand)(candidates[j] as Fingerprint) };
  };
  const j = p.partner[t] ?? -1;
  const winner = ranked.find((r) => r.index === j);
  if (!winner) {
    // Unpaired: the recorded element's look-alikes are other old elements' successors, or too unlike it.
    const top = ranked[0];
    if (!top) return { claim: 0, free };
    const o = p.owner[top.index] ?? -1;
    if (o < 0) return { claim: 0, free };
    const by = other(o, top.index);
    return { claim: by.score - top.score, claimedBy: by, free };
  }
  const c = p.closestOther(j, t);
  return {
    winner,
    claim: c.score - winner.score,
    ...(c.index >= 0 && c.score > winner.score ? { claimedBy: other(c.index, j) } : {}),
    free,
  };
}

/**
 * Decides whether the old element is among the candidates, and which one.
 * With the old page (`previous`), the winner is the candidate the
 * whole-page pairing gives the recorded element (pairing.ts); without it,
 * the best-scoring candidate.
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
  const first = ranked[0];
  if (!first)
    return { decision: 'abstain', reason: 'no-candidates', margin: 0, confidence: 0, threshold, top };
  const moved = choiceInSelect(old, candidates, options.previous);
  const select = moved && ranked.find((r) => r.index === moved.index);
  if (moved && select) {
    const runnerUp = ranked.find((r) => r.index !== select.index);
    return atThreshold(
      {
        decision: 'heal',
        reason: 'confident',
        best: select,
        margin: select.score - (runnerUp?.score ?? 0),
        // Two of the three signals, or all three: the rule's own measure, not the model's.
        confidence: moved.signals / 3,
        threshold,
        top,
        option: moved.option,
        ...(runnerUp ? { runnerUp } : {}),
      },
      threshold,
    );
  }
  let best = first;
  let free = (_: number) => true;
  let claim: number | undefined;
  let claimedBy: ScoredCandidate | undefined;
  if (options.previous) {
    const p = paired(old, options.previous, candidates, ranked, model.weights);
    free = p.free;
    claim = p.claim;
    claimedBy = p.claimedBy;
    if (!p.winner) {
      const margin = first.score - (ranked[1]?.score ?? 0);
      return {
        decision: 'abstain',
        reason: 'claimed',
        best: first,
        margin,
        claim,
        confidence: 0,
        threshold,
        top,
        ...(ranked[1] ? { runnerUp: ranked[1] } : {}),
        ...(claimedBy ? { claimedBy } : {}),
      };
    }
    best = p.winner;
  }
  // The lead that matters is over the best runner-up that is nobody else's successor.
  const rivals = ranked.filter((r) => r.index !== best.index && free(r.index));
  const runnerUp = rivals[0];
  const margin = best.score - (runnerUp?.score ?? 0);
  const evidence = evidenceOf(old, best.element, candidates, options.previous, model.weights);
  const calibrated = { ...model, confidence: coefficientsFor(model, options.previous !== undefined) };
  const confidence = confidenceOf(best.score, margin, claim ?? 0, calibrated, evidence);
  const base = {
    best,
    margin,
    confidence,
    threshold,
    top,
    ...(runnerUp ? { runnerUp } : {}),
    ...(claim !== undefined ? { claim } : {}),
    evidence,
    ...(claimedBy ? { claimedBy } : {}),
  };
  if (
    margin < minMargin ||
    rivals.slice(0, LOOKALIKE_DEPTH).some((r) => sameContent(r.element, best.element)) ||
    (options.previous && becameMany(old, best.element, options.previous, candidates))
  )
    return { ...base, decision: 'abstain', reason: 'ambiguous' };
  // A field a test types into is not the button that replaced it, nor the other way round; it
  // may have become a field of another kind that holds the same value (a select, a slider).
  if (takesInput(old) !== takesInput(best.element) && !(givesValue(old) && givesValue(best.element)))
    return { ...base, decision: 'abstain', reason: 'incompatible' };
  const other =
    renaming(old, best.element) ??
    (optionRenamed(old, evidence)
      ? `an option reworded beyond recognition ("${mainLabel(old).slice(0, 60)}" → "${mainLabel(best.element).slice(0, 60)}") that kept no id or name`
      : undefined);
  if (other !== undefined) return { ...base, decision: 'abstain', reason: 'renamed', detail: other };
  return atThreshold({ ...base, decision: 'heal', reason: 'confident' }, threshold);
}

/**
 * The same match decided at another threshold: only the last check, the
 * confidence against the threshold, depends on it, so a benchmark sweeping
 * thresholds matches each case once.
 */
export function atThreshold(r: MatchResult, threshold: number): MatchResult {
  if (r.reason !== 'confident' && r.reason !== 'below-threshold') return { ...r, threshold };
  const heal = r.confidence >= threshold;
  return {
    ...r,
    threshold,
    decision: heal ? 'heal' : 'abstain',
    reason: heal ? 'confident' : 'below-threshold',
  };
}
