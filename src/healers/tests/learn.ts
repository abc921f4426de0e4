/**
 * Learning the matcher's model from labelled cases (pure; the benchmark fits
 * it on its development pairs, never on the held-out sets):
 *
 * 1. Feature weights by a conditional logit: for each case whose element
 *    survived, the probability softmax(w·f) of the intended candidate among
 *    all candidates is maximised (L2-penalised, weights kept ≥ 0 so each one
 *    reads as "how much this evidence counts").
 * 2. Confidence coefficients by a cost-weighted logistic regression on the
 *    winner's score, margin and claim and the decision evidence of evidence.ts
 *    (`CONFIDENCE_INPUTS`):
 *    positives are right winners;
 *    negatives are wrong winners, winners for deleted elements, and — to
 *    have enough of those — every surviving case again with its intended
 *    element removed from the page (a simulated deletion, with the same
 *    look-alikes around).
 */
import { NO_EVIDENCE } from './evidence.js';
import { FEATURES, features, pageContext } from './features.js';
import type { Fingerprint } from './fingerprint.js';
import { confidenceInputs, match } from './matcher.js';
import {
  CONFIDENCE_INPUTS,
  type ConfidenceCoefficients,
  type MatcherModel,
  sigmoid,
  type Weights,
} from './model.js';

/** The target of a case whose intended element the collector did not list as a candidate. */
export const UNLISTED = -1;

export interface LabelledCase {
  readonly old: Fingerprint;
  readonly candidates: readonly Fingerprint[];
  /** The old page's visible elements, when kept (enables claims and relative positions). */
  readonly previous?: readonly Fingerprint[];
  /**
   * Index of the intended candidate; null when the element was deleted; `UNLISTED` when it is on
   * the page but not among the candidates (a miss no ranking can mend: any heal is wrong).
   */
  readonly target: number | null;
  /** The page pair the case comes from: cases of one page are held out together when cross-validating. */
  readonly pair?: string;
}

export interface LearnOptions {
  /** L2 penalty on the feature weights (default 0.003, chosen by leave-one-pair-out cross-validation on the training pairs of an earlier split). */
  readonly lambda?: number;
  /** How much a wrong or false heal costs relative to an abstention on a right one (default 2). */
  readonly negativeCost?: number;
  /** Gradient steps (default 600). */
  readonly iterations?: number;
  /** Also train the confidence on each surviving target removed from its page (default true). */
  readonly simulatedDeletions?: boolean;
  /** Called after each page pair's cross-validated fit (one fit per pair: the slow part). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Adam steps on a parameter vector; `project` is applied after each step. */
function adam(
  x: number[],
  grad: (x: readonly number[]) => number[],
  iterations: number,
  rate: number,
  project: (v: number) => number = (v) => v,
): number[] {
  const m = x.map(() => 0);
  const v = x.map(() => 0);
  for (let t = 1; t <= iterations; t++) {
    const g = grad(x);
    for (let k = 0; k < x.length; k++) {
      const gk = g[k] ?? 0;
      m[k] = 0.9 * (m[k] ?? 0) + 0.1 * gk;
      v[k] = 0.999 * (v[k] ?? 0) + 0.001 * gk * gk;
      const mh = (m[k] ?? 0) / (1 - 0.9 ** t);
      const vh = (v[k] ?? 0) / (1 - 0.999 ** t);
      x[k] = project((x[k] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8));
    }
  }
  return x;
}

/** The feature vectors of one surviving case's candidates, row by row, and which row is intended. */
interface FeatureRows {
  readonly X: Float64Array;
  readonly n: number;
  readonly target: number;
}

/** The candidates' feature vectors of each case (undefined for a deleted element), computed once. */
function featureRows(cases: readonly LabelledCase[]): (FeatureRows | undefined)[] {
  const F = FEATURES.length;
  return cases.map((c) => {
    if (c.target === null || c.target === UNLISTED) return undefined;
    const ca = c.previous ? pageContext(c.previous) : undefined;
    const cb = c.previous ? pageContext(c.candidates) : undefined;
    const X = new Float64Array(c.candidates.length * F);
    c.candidates.forEach((b, j) => {
      const f = features(c.old, b, ca, cb);
      FEATURES.forEach((k, i) => {
        X[j * F + i] = f[k];
      });
    });
    return { X, n: c.candidates.length, target: c.target };
  });
}

/** Fits the feature weights on the cases whose element survived. */
export function fitWeights(cases: readonly LabelledCase[], options: LearnOptions = {}): Weights {
  return fitWeightsOn(featureRows(cases), options);
}

/** The conditional logit over precomputed feature rows (plain loops: it runs once per page pair). */
function fitWeightsOn(rows: readonly (FeatureRows | undefined)[], options: LearnOptions): Weights {
  const lambda = options.lambda ?? 0.003;
  const data = rows.filter((r): r is FeatureRows => r !== undefined);
  const F = FEATURES.length;
  const grad = (w: readonly number[]): number[] => {
    const g = new Array<number>(F).fill(0);
    for (const { X, n, target } of data) {
      const u = new Float64Array(n);
      let top = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < F; k++) s += (X[j * F + k] as number) * (w[k] as number);
        u[j] = s;
        if (s > top) top = s;
      }
      let z = 0;
      for (let j = 0; j < n; j++) {
        const e = Math.exp((u[j] as number) - top);
        u[j] = e;
        z += e;
      }
      for (let j = 0; j < n; j++) {
        const coef = (u[j] as number) / z - (j === target ? 1 : 0);
        for (let k = 0; k < F; k++) g[k] = (g[k] as number) + coef * (X[j * F + k] as number);
      }
    }
    return g.map((gk, k) => gk / Math.max(1, data.length) + 2 * lambda * (w[k] ?? 0));
  };
  const w = adam(new Array<number>(F).fill(0.5), grad, options.iterations ?? 600, 0.05, (v) =>
    Math.max(0, v),
  );
  return Object.fromEntries(FEATURES.map((k, i) => [k, round(w[i] ?? 0)])) as Weights;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Inputs of the confidence model, in the order of a row (`CONFIDENCE_INPUTS`). */
const INPUTS = CONFIDENCE_INPUTS.length;

/** One training row of the confidence model. */
interface Row {
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

function rowsOf(cases: readonly LabelledCase[], weights: Weights, simulate = true): Row[] {
  const probe: MatcherModel = {
    weights,
    confidence: Object.fromEntries(
      ['bias', ...CONFIDENCE_INPUTS].map((k) => [k, 0]),
    ) as unknown as ConfidenceCoefficients,
  };
  const rows: Row[] = [];
  const add = (c: LabelledCase, candidates: readonly Fingerprint[], target: number | null) => {
    const r = match(c.old, candidates, { model: probe, ...(c.previous ? { previous: c.previous } : {}) });
    // An element the page pairing leaves unpaired is refused by rule; the model is for the rest.
    if (!r.best || r.reason === 'claimed' || r.reason === 'incompatible' || r.reason === 'renamed') return;
    const y = target !== null && r.best.index === target ? 1 : 0;
    const x = confidenceInputs(r.best.score, r.margin, r.claim ?? 0, r.evidence ?? NO_EVIDENCE);
    rows.push({ x: CONFIDENCE_INPUTS.map((k) => x[k]), y });
  };
  for (const c of cases) {
    add(c, c.candidates, c.target);
    if (simulate && c.target !== null && c.target !== UNLISTED)
      add(
        c,
        c.candidates.filter((_, i) => i !== c.target),
        null,
      );
  }
  return rows;
}

/** Fits the confidence coefficients for given weights. */
export function fitConfidence(
  cases: readonly LabelledCase[],
  weights: Weights,
  options: LearnOptions = {},
): ConfidenceCoefficients {
  return fitRows(rowsOf(cases, weights, options.simulatedDeletions), options);
}

function fitRows(rows: readonly Row[], options: LearnOptions): ConfidenceCoefficients {
  const cost = options.negativeCost ?? 2;
  const k = INPUTS;
  const grad = (b: readonly number[]): number[] => {
    const g = new Array<number>(k + 1).fill(0);
    let total = 0;
    for (const { x, y } of rows) {
      let z = b[0] ?? 0;
      for (let i = 0; i < k; i++) z += (b[i + 1] ?? 0) * (x[i] ?? 0);
      const p = sigmoid(z);
      const wt = y === 1 ? 1 : cost;
      total += wt;
      const d = wt * (p - y);
      g[0] = (g[0] ?? 0) + d;
      for (let i = 0; i < k; i++) g[i + 1] = (g[i + 1] ?? 0) + d * (x[i] ?? 0);
    }
    // A light L2 penalty keeps the coefficients finite when the rows separate.
    return g.map((gi, i) => gi / Math.max(1, total) + (i === 0 ? 0 : 0.002 * (b[i] ?? 0)));
  };
  const [bias, ...b] = adam(new Array<number>(k + 1).fill(0), grad, options.iterations ?? 2000, 0.05);
  return {
    bias: round(bias ?? 0),
    ...Object.fromEntries(CONFIDENCE_INPUTS.map((name, i) => [name, round(b[i] ?? 0)])),
  } as ConfidenceCoefficients;
}

/**
 * Learns a whole model: weights first, then the confidence on top of them —
 * once for matching with the old page and once (`blind`) for matching without it.
 * When the cases name their page pairs, the confidence is fitted on
 * cross-validated rows — each pair scored with weights fitted on the other
 * pairs — so that it learns how scores look on pages the weights have not
 * seen, as they will in use (in-sample scores are too good to calibrate on).
 */
export function learnModel(cases: readonly LabelledCase[], options: LearnOptions = {}): MatcherModel {
  const features = featureRows(cases);
  const weights = fitWeightsOn(features, options);
  const pairs = [...new Set(cases.map((c) => c.pair).filter((p) => p !== undefined))];
  if (pairs.length < 3 || cases.some((c) => c.pair === undefined))
    return {
      weights,
      confidence: fitConfidence(cases, weights, options),
      blind: fitConfidence(cases.map(withoutOldPage), weights, options),
    };
  const rows: Row[] = [];
  const blind: Row[] = [];
  for (const [i, p] of pairs.entries()) {
    const held = cases.filter((c) => c.pair === p);
    const w = fitWeightsOn(
      features.filter((_, k) => cases[k]?.pair !== p),
      options,
    );
    rows.push(...rowsOf(held, w, options.simulatedDeletions));
    blind.push(...rowsOf(held.map(withoutOldPage), w, options.simulatedDeletions));
    options.onProgress?.(i + 1, pairs.length);
  }
  return { weights, confidence: fitRows(rows, options), blind: fitRows(blind, options) };
}

/** A case as the offline matcher sees it without --previous: no old page. */
function withoutOldPage({ previous: _, ...c }: LabelledCase): LabelledCase {
  return c;
}
