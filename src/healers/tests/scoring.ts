/**
 * The matcher's score of one candidate as the successor of one recorded
 * element: the weighted mean similarity over the evidence the recorded
 * element has (1 = identical). Shared by the ranking (matcher.ts) and the
 * whole-page pairing (pairing.ts).
 */
import { FEATURES, type Feature, type FeatureVector, features, type PageContext } from './features.js';
import { type Fingerprint, isControl } from './fingerprint.js';
import type { Weights } from './model.js';

/** Similarity of each feature; features the old element lacks are left out. */
export function compare(
  old: Fingerprint,
  cand: Fingerprint,
  ctxOld?: PageContext,
  ctxCand?: PageContext,
): Partial<Record<Feature, number>> {
  const f = features(old, cand, ctxOld, ctxCand);
  const self = features(old, old, ctxOld, ctxOld);
  const p: Partial<Record<Feature, number>> = {};
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
 * the weighted mean similarity over the evidence the old element has. A
 * control's successor is a control and text's is text: a heading, cell or
 * label that says a control's words scores 0 for it, and the other way
 * round. In the corpus no control ever became text nor text a control;
 * such text outranked the relabelled control, and in the whole-page
 * pairing an old label or table cell took the control that succeeded the
 * recorded one ("Message" took the button "Send message").
 */
export function scorer(
  old: Fingerprint,
  weights: Weights,
  ctxOld?: PageContext,
  ctxCand?: PageContext,
): (cand: Fingerprint) => { score: number; parts: Partial<Record<Feature, number>> } {
  const self = features(old, old, ctxOld, ctxOld);
  const norm = utility(self, weights);
  const control = isControl(old);
  return (cand) => {
    // Not compared at all: the whole-page pairing scores every old element against every candidate.
    if (control !== isControl(cand)) return { score: 0, parts: {} };
    const f = features(old, cand, ctxOld, ctxCand);
    const parts: Partial<Record<Feature, number>> = {};
    for (const k of FEATURES) if (self[k] > 0) parts[k] = f[k];
    return { score: norm > 0 ? utility(f, weights) / norm : 0, parts };
  };
}
