/**
 * The parameters of the locator matcher: a weight per feature (how much each
 * kind of evidence counts when ranking candidates) and a small logistic
 * model that turns the winner's score, its lead over the runner-up,
 * whether another old element claims it, whether it kept what told the
 * recorded element apart, how alike their labels are, and whether the two
 * are one of a kind, share the label's first word or left that label on
 * another element (evidence.ts) into a probability that the heal is right. They are learned from the benchmark's development pairs
 * (`homeostat bench locators --learn --write`) and kept as data in
 * `learned-model.ts`; see docs/fingerprint.md.
 */
import { FEATURES, type Feature } from './features.js';

export type Weights = Readonly<Record<Feature, number>>;

/** Coefficients of the confidence model: confidence = σ(bias + Σ coefficient × input). */
export interface ConfidenceCoefficients {
  readonly bias: number;
  /** The winner's score (weighted mean similarity, 0–1). */
  readonly score: number;
  /** Winner's score minus the runner-up's. */
  readonly margin: number;
  /**
   * How much more the winner resembles another element of the old page than
   * the recorded one (negative when the recorded one is its closest old element).
   */
  readonly claim: number;
  /** 1 when the winner kept a name (id, test id, name, link) only the recorded element had. */
  readonly anchor: number;
  /** The recorded element's look-alike score times the share of what told them apart that the winner lacks. */
  readonly contrast: number;
  /** The best similarity between any label of the recorded element and of the winner (0.5 when unknown). */
  readonly label: number;
  /** 1 when the two are each the only one of their kind on their page. */
  readonly unique: number;
  /** 1 when the winner's label kept the first meaningful word of the recorded one's. */
  readonly head: number;
  /** 1 when another element of the new page carries the recorded element's label. */
  readonly echo: number;
  /** 1 when both are links and the winner leads to another page than the recorded link did. */
  readonly elsewhere: number;
}

/** The inputs of the confidence model, in the order of a learning row. */
export const CONFIDENCE_INPUTS = [
  'score',
  'margin',
  'claim',
  'anchor',
  'contrast',
  'label',
  'unique',
  'head',
  'echo',
  'elsewhere',
] as const satisfies readonly Exclude<keyof ConfidenceCoefficients, 'bias'>[];

/** One value per input of the confidence model. */
export type ConfidenceInputs = Readonly<Record<(typeof CONFIDENCE_INPUTS)[number], number>>;

/** The log-odds of a right heal: bias + Σ coefficient × input, over every input of `CONFIDENCE_INPUTS`. */
export function logOdds(c: ConfidenceCoefficients, x: ConfidenceInputs): number {
  return CONFIDENCE_INPUTS.reduce((sum, k) => sum + c[k] * x[k], c.bias);
}

/**
 * The coefficients that decide a match: `blind` when the old page is not
 * known and the model has them, so that evidence the page would give is not
 * read as present.
 */
export function coefficientsFor(model: MatcherModel, withOldPage: boolean): ConfidenceCoefficients {
  return withOldPage || !model.blind ? model.confidence : model.blind;
}

export interface MatcherModel {
  readonly weights: Weights;
  /** The confidence when the old page is known (the playwright fixture, `tests match --previous`). */
  readonly confidence: ConfidenceCoefficients;
  /**
   * The confidence without the old page (`tests match` alone): no pairing,
   * claim, anchor or contrast, so it is calibrated on its own. Falls back to
   * `confidence` when absent.
   */
  readonly blind?: ConfidenceCoefficients;
}

/** Checks that a model has a finite weight for every feature (a stale data file fails loudly). */
export function checkModel(m: MatcherModel): MatcherModel {
  for (const f of FEATURES) {
    const w = m.weights[f];
    if (typeof w !== 'number' || !Number.isFinite(w)) throw new Error(`matcher model: no weight for '${f}'`);
  }
  const check = (name: string, c: ConfidenceCoefficients) => {
    for (const k of ['bias', ...CONFIDENCE_INPUTS] as const)
      if (typeof c[k] !== 'number' || !Number.isFinite(c[k]))
        throw new Error(`matcher model: ${name}.${k} is not a number`);
  };
  check('confidence', m.confidence);
  if (m.blind) check('blind', m.blind);
  return m;
}

/** The logistic function. */
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
