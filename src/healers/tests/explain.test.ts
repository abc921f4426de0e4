import { describe, expect, it } from 'vitest';
import { NO_EVIDENCE } from './evidence.js';
import { explainConfidence } from './explain.js';
import { DEFAULT_MODEL, type MatchResult, match } from './matcher.js';
import type { MatcherModel } from './model.js';
import { fp } from './testing.js';

/** A match result with the given evidence, as `match` would return it. */
function result(evidence: Partial<typeof NO_EVIDENCE>, claim?: number): MatchResult {
  const best = { index: 0, element: fp({ text: 'Garage' }), score: 0.5, parts: {} } as unknown as NonNullable<
    MatchResult['best']
  >;
  return {
    decision: 'abstain',
    reason: 'below-threshold',
    best,
    margin: 0.3,
    confidence: 0.4,
    threshold: 0.5,
    top: [best],
    evidence: { ...NO_EVIDENCE, ...evidence },
    ...(claim !== undefined ? { claim } : {}),
  };
}

describe('explaining a confidence', () => {
  it('names the evidence that moved it most, strongest first, with its direction', () => {
    // Fixed coefficients, so that the order tested is the explanation's, not a refit's:
    // pulls +1.5 (unique), −1.2 (echo), 1.5 × (0 − 0.5) = −0.75 (label).
    const model: MatcherModel = {
      ...DEFAULT_MODEL,
      confidence: { ...DEFAULT_MODEL.confidence, unique: 1.5, echo: -1.2, label: 1.5 },
    };
    const why = explainConfidence(result({ label: 0, unique: 1, echo: 1 }, -0.01), model);
    expect(why).toEqual([
      '+ the only one of its kind on both pages',
      '− the recorded label is still on the page, on another element',
      '− the labels share little (0.00)',
    ]);
    expect(explainConfidence(result({ label: 0, unique: 1, echo: 1 }, -0.01), model, 1)).toHaveLength(1);
  });

  it('says when the winner links to another page than the recorded link', () => {
    const model: MatcherModel = {
      ...DEFAULT_MODEL,
      confidence: { ...DEFAULT_MODEL.confidence, elsewhere: -0.9 },
    };
    expect(explainConfidence(result({ elsewhere: 1 }), model)).toEqual([
      '− it links to another page than the recorded link',
    ]);
  });

  it('leaves out what barely moved it, and has nothing to say without a winner', () => {
    // An unknown label (0.5) and no other evidence: nothing notable.
    expect(explainConfidence(result({}, 0))).toEqual([]);
    const { best: _, ...none } = result({ unique: 1 });
    expect(explainConfidence(none)).toEqual([]);
  });

  it('says when the winner looks like the successor of another old element', () => {
    const why = explainConfidence(result({ anchor: 1 }, 0.3));
    // The kept name pulls harder (1.8 in log-odds) than a claim of 0.3 (−1.1): it comes first.
    expect(why).toEqual([
      '+ it kept an id, name, test id or link that only the recorded element had',
      '− it resembles another element of the old page more than the recorded one (by 0.30)',
    ]);
  });

  it('weighs with the coefficients that decided: the blind ones without the old page', () => {
    const model: MatcherModel = {
      ...DEFAULT_MODEL,
      blind: { ...DEFAULT_MODEL.confidence, head: -2 },
    };
    expect(explainConfidence(result({ head: 1 }, 0), model)).toEqual([
      "+ its label kept the recorded label's first word",
    ]);
    expect(explainConfidence(result({ head: 1 }), model)).toEqual([
      "− its label kept the recorded label's first word",
    ]);
  });

  it('explains a real match: a relabelled select, the only one on both pages', () => {
    const select = (name: string, xpath: string) =>
      fp({ tag: 'select', role: 'combobox', accessibleName: name, text: `${name} North South`, xpath });
    const save = fp({ text: 'Save', accessibleName: 'Save', xpath: '/html[1]/body[1]/main[1]/button[2]' });
    const depot = select('Depot', '/html[1]/body[1]/main[1]/select[1]');
    const garage = select('Garage', '/html[1]/body[1]/header[1]/select[1]');
    const r = match(depot, [garage, save], { previous: [depot, save] });
    expect(r.best?.element).toBe(garage);
    expect(explainConfidence(r)).toContain('+ the only one of its kind on both pages');
  });
});
