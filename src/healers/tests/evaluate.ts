/**
 * Scores the matcher on labelled cases (a fingerprint, the candidates of the
 * changed page, and which candidate is right — or none when the element was
 * deleted). Used by the benchmark and by learning; pure, so it is testable
 * without a browser.
 */
import type { LabelledCase } from './learn.js';
import {
  atThreshold,
  DEFAULT_MODEL,
  DEFAULT_SUGGEST_THRESHOLD,
  DEFAULT_THRESHOLD,
  type MatchOptions,
  type MatchResult,
  match,
  suggestsReview,
} from './matcher.js';

export type { LabelledCase } from './learn.js';

export interface Metrics {
  /** Broken locators whose element still exists. */
  readonly present: number;
  /** Broken locators whose element was deleted. */
  readonly deleted: number;
  /** Healed to the intended element / present. */
  readonly accuracy: number;
  /** Healed to another element / present. */
  readonly wrong_heal_rate: number;
  /** Abstained / present. */
  readonly abstain_rate: number;
  /** Healed to anything / deleted. */
  readonly false_heal_rate_deleted: number;
  /** Best candidate is the intended one, ignoring the threshold (what Similo reports). */
  readonly top1_accuracy: number;
}

export type CaseOutcome = 'correct' | 'wrong' | 'abstain' | 'false-heal' | 'rejected';

/** What happened to one case, and whether its best candidate was the intended one. */
export function outcomeOf(c: LabelledCase, options: MatchOptions = {}): CaseOutcome {
  return judge(c, matchCase(c, options)).outcome;
}

const matchCase = (c: LabelledCase, options: MatchOptions): MatchResult =>
  match(c.old, c.candidates, c.previous ? { ...options, previous: c.previous } : options);

function judge(c: LabelledCase, r: MatchResult): { outcome: CaseOutcome; top1: boolean } {
  const top1 = c.target !== null && r.best?.index === c.target;
  if (c.target === null) return { outcome: r.decision === 'heal' ? 'false-heal' : 'rejected', top1 };
  if (r.decision !== 'heal') return { outcome: 'abstain', top1 };
  return { outcome: top1 ? 'correct' : 'wrong', top1 };
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/** Healing metrics over cases at one setting. */
export function evaluate(cases: readonly LabelledCase[], options: MatchOptions = {}): Metrics {
  return evaluateAt(cases, [options.threshold ?? DEFAULT_THRESHOLD], options)[0] as Metrics;
}

/** Healing metrics at each threshold, each case matched once (`atThreshold`). */
export function evaluateAt(
  cases: readonly LabelledCase[],
  thresholds: readonly number[],
  options: MatchOptions = {},
): Metrics[] {
  return metricsAt(cases, matchCases(cases, options), thresholds);
}

/** Each case matched once, with the default model unless told: what every threshold is judged from. */
export function matchCases(cases: readonly LabelledCase[], options: MatchOptions = {}): MatchResult[] {
  const opts = { model: DEFAULT_MODEL, ...options };
  return cases.map((c) => matchCase(c, opts));
}

/** Healing metrics at each threshold, from the cases' matches (`matchCases`). */
export function metricsAt(
  cases: readonly LabelledCase[],
  results: readonly MatchResult[],
  thresholds: readonly number[],
): Metrics[] {
  return thresholds.map((t) =>
    metricsOf(
      cases,
      results.map((r) => atThreshold(r, t)),
    ),
  );
}

/** What happened to each case at a threshold, from the cases' matches (`matchCases`). */
export function outcomesAt(
  cases: readonly LabelledCase[],
  results: readonly MatchResult[],
  threshold: number,
): CaseOutcome[] {
  return cases.map((c, i) => judge(c, atThreshold(results[i] as MatchResult, threshold)).outcome);
}

function metricsOf(cases: readonly LabelledCase[], results: readonly MatchResult[]): Metrics {
  let correct = 0;
  let wrong = 0;
  let abstain = 0;
  let falseHeal = 0;
  let top1 = 0;
  let present = 0;
  let deleted = 0;
  cases.forEach((c, i) => {
    const j = judge(c, results[i] as MatchResult);
    if (c.target === null) {
      deleted++;
      if (j.outcome === 'false-heal') falseHeal++;
      return;
    }
    present++;
    if (j.outcome === 'correct') correct++;
    else if (j.outcome === 'wrong') wrong++;
    else abstain++;
    if (j.top1) top1++;
  });
  return {
    present,
    deleted,
    accuracy: ratio(correct, present),
    wrong_heal_rate: ratio(wrong, present),
    abstain_rate: ratio(abstain, present),
    false_heal_rate_deleted: ratio(falseHeal, deleted),
    top1_accuracy: ratio(top1, present),
  };
}

/** What the proposals for review filed on failures would be worth (resolve.ts files them). */
export interface ReviewMetrics {
  readonly suggest_threshold: number;
  /** Not healed, and the intended element proposed for review / present. */
  readonly suggested_right_rate: number;
  /** Not healed, and another element proposed / present. */
  readonly suggested_wrong_rate: number;
  /** A proposal filed for a deleted element / deleted. */
  readonly suggested_deleted_rate: number;
  /** Right proposals / all proposals. */
  readonly precision: number;
}

/**
 * The proposals for review that failures would file: a case the matcher
 * refused only for want of confidence, whose confidence still reaches the
 * suggestion threshold.
 */
export function evaluateSuggestions(
  cases: readonly LabelledCase[],
  options: MatchOptions & { readonly suggestThreshold?: number } = {},
): ReviewMetrics {
  const floor = options.suggestThreshold ?? DEFAULT_SUGGEST_THRESHOLD;
  const opts = { model: DEFAULT_MODEL, ...options };
  let right = 0;
  let wrong = 0;
  let onDeleted = 0;
  let present = 0;
  let deleted = 0;
  for (const c of cases) {
    if (c.target === null) deleted++;
    else present++;
    const r = matchCase(c, opts);
    if (!suggestsReview(r, floor)) continue;
    if (c.target === null) onDeleted++;
    else if (r.best?.index === c.target) right++;
    else wrong++;
  }
  return {
    suggest_threshold: floor,
    suggested_right_rate: ratio(right, present),
    suggested_wrong_rate: ratio(wrong, present),
    suggested_deleted_rate: ratio(onDeleted, deleted),
    precision: ratio(right, right + wrong + onDeleted),
  };
}
