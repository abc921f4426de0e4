/**
 * Scores the matcher on labelled cases (a fingerprint, the candidates of the
 * changed page, and which candidate is right — or none when the element was
 * deleted), and learns attribute weights on a training set by coordinate
 * ascent. Used by the benchmark; pure, so it is testable without a browser.
 */
import type { Fingerprint } from './fingerprint.js';
import { ATTRIBUTES, DEFAULT_WEIGHTS, type MatchOptions, match, rank, type Weights } from './matcher.js';

export interface LabelledCase {
  readonly old: Fingerprint;
  readonly candidates: readonly Fingerprint[];
  /** The old page's visible elements, when kept (enables the mutual-match check). */
  readonly previous?: readonly Fingerprint[];
  /** Index of the intended candidate; null when the element was deleted. */
  readonly target: number | null;
}

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

/** What happened to one case. */
export function outcomeOf(c: LabelledCase, options: MatchOptions = {}): CaseOutcome {
  const r = match(c.old, c.candidates, c.previous ? { ...options, previous: c.previous } : options);
  if (c.target === null) return r.decision === 'heal' ? 'false-heal' : 'rejected';
  if (r.decision !== 'heal') return 'abstain';
  return r.best?.index === c.target ? 'correct' : 'wrong';
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/** Healing metrics over cases at one setting. */
export function evaluate(cases: readonly LabelledCase[], options: MatchOptions = {}): Metrics {
  let correct = 0;
  let wrong = 0;
  let abstain = 0;
  let falseHeal = 0;
  let top1 = 0;
  let present = 0;
  let deleted = 0;
  for (const c of cases) {
    const o = outcomeOf(c, options);
    if (c.target === null) {
      deleted++;
      if (o === 'false-heal') falseHeal++;
      continue;
    }
    present++;
    if (o === 'correct') correct++;
    else if (o === 'wrong') wrong++;
    else abstain++;
    if (rank(c.old, c.candidates, options.weights ?? DEFAULT_WEIGHTS)[0]?.index === c.target) top1++;
  }
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

/**
 * A training objective: right heals count, wrong heals and false heals on
 * deleted elements cost three times as much (a wrong heal hides a bug).
 */
function objective(cases: readonly LabelledCase[], options: MatchOptions): number {
  const m = evaluate(cases, options);
  return m.accuracy - 3 * m.wrong_heal_rate - 3 * m.false_heal_rate_deleted + 0.1 * m.top1_accuracy;
}

/**
 * Learns weights by coordinate ascent from `start`: each weight in turn is
 * scaled by a few factors and the best objective on `train` is kept.
 * Use on a training split only.
 */
export function learnWeights(
  train: readonly LabelledCase[],
  start: Weights = DEFAULT_WEIGHTS,
  options: Omit<MatchOptions, 'weights'> = {},
  rounds = 3,
): Weights {
  let best: Record<(typeof ATTRIBUTES)[number], number> = { ...start };
  let bestScore = objective(train, { ...options, weights: best });
  const factors = [0, 0.5, 0.75, 1.5, 2];
  for (let r = 0; r < rounds; r++) {
    let improved = false;
    for (const a of ATTRIBUTES) {
      for (const f of factors) {
        const trial = { ...best, [a]: f === 0 ? 0 : Math.max(0.05, best[a] * f) };
        const s = objective(train, { ...options, weights: trial });
        if (s > bestScore + 1e-9) {
          best = trial;
          bestScore = s;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return best;
}
