import { describe, expect, it } from 'vitest';
import { CONTEXT_BITS, CONTEXT_WORDS, contextHash, seeContext } from './context.js';

describe('context memory', () => {
  it('reports a context as new once, then as known', () => {
    const bits = new Uint32Array(CONTEXT_WORDS);
    const h = contextHash(1, 2, 3);
    expect(seeContext(bits, 0, h)).toBe(true);
    expect(seeContext(bits, 0, h)).toBe(false);
    expect(seeContext(bits, 0, h)).toBe(false);
  });

  it('tells the order of values apart', () => {
    expect(contextHash(1, 2, 3)).not.toBe(contextHash(3, 2, 1));
    expect(contextHash(0, 0, 1)).not.toBe(contextHash(0, 1, 0));
  });

  it('keeps contexts in use across generations and forgets those not seen for long', () => {
    const bits = new Uint32Array(CONTEXT_WORDS);
    const kept = contextHash(-5, -5, -5);
    const forgotten = Array.from({ length: 20 }, (_, k) => contextHash(-7, -7, -7 - k));
    seeContext(bits, 0, kept);
    for (const h of forgotten) seeContext(bits, 0, h);
    // Many distinct contexts fill several generations; `kept` keeps recurring meanwhile.
    let novel = 0;
    for (let i = 0; i < 4 * CONTEXT_BITS; i++) {
      if (seeContext(bits, 0, contextHash(i, i + 1, i + 2))) novel++;
      if (i % 50 === 0) seeContext(bits, 0, kept);
    }
    // One hash per context: some new contexts collide with remembered ones.
    expect(novel).toBeGreaterThan(2 * CONTEXT_BITS);
    expect(seeContext(bits, 0, kept)).toBe(false);
    // Most of the early contexts are new again (a few collide with bits set since).
    expect(forgotten.filter((h) => seeContext(bits, 0, h)).length).toBeGreaterThan(10);
  });
});
