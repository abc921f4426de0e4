import { describe, expect, it } from 'vitest';
import { ContextualDetector, DEFAULT_CAD_OPTIONS } from './cad.js';

/** A repeating saw-tooth over eight levels. */
const saw = (i: number) => (i % 8) * 10;

describe('ContextualDetector (CAD OSE)', () => {
  it('stays silent during the first rest period and scores within [0, 1]', () => {
    const cad = new ContextualDetector();
    for (let i = 0; i < 400; i++) {
      const s = cad.update(Math.sin(i) * 50 + (i % 13));
      if (i < DEFAULT_CAD_OPTIONS.restPeriod) expect(s).toBe(0);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('learns a repeating pattern until it is fully predicted, then scores a new shape', () => {
    const cad = new ContextualDetector();
    let late = 0;
    for (let i = 0; i < 2000; i++) {
      const s = cad.update(saw(i));
      if (i >= 1500) late = Math.max(late, s);
    }
    expect(late).toBe(0);
    const learnt = cad.contexts;
    // The saw-tooth runs backwards: every value is in range, only the order is new.
    let novel = 0;
    for (let i = 0; i < 8; i++) novel = Math.max(novel, cad.update(70 - (i % 8) * 10));
    expect(novel).toBeGreaterThan(0.5);
    expect(cad.contexts).toBeGreaterThan(learnt);
  });

  it('mutes the rest period after a high score, then reports again', () => {
    const cad = new ContextualDetector({ ...DEFAULT_CAD_OPTIONS, restPeriod: 20 });
    for (let i = 0; i < 1000; i++) cad.update(saw(i));
    const scores: number[] = [];
    const raws: number[] = [];
    for (let i = 0; i < 60; i++) {
      scores.push(cad.update(i % 2 === 0 ? 5 : 65));
      raws.push(cad.raw);
    }
    const first = raws.findIndex((r) => r >= DEFAULT_CAD_OPTIONS.restThreshold);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(scores[first]).toBe(raws[first]);
    for (let k = first + 1; k <= first + 20 && k < scores.length; k++) expect(scores[k]).toBe(0);
  });

  it('treats a constant series as fully known', () => {
    const cad = new ContextualDetector();
    let max = 0;
    for (let i = 0; i < 500; i++) max = Math.max(max, cad.update(3));
    expect(max).toBe(0);
  });

  it('cuts values across a fixed range when given one, clamping values beyond it', () => {
    const cad = new ContextualDetector(DEFAULT_CAD_OPTIONS, [0, 70]);
    for (let i = 0; i < 1000; i++) cad.update(saw(i));
    const before = cad.contexts;
    // Far above the range: clamped to the top level, which the saw-tooth visits every 8 points.
    cad.update(1e6);
    expect(cad.contexts - before).toBeLessThan(50);
  });
});
