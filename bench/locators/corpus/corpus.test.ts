import { describe, expect, it } from 'vitest';
import { foldOf, HOLDOUT_PAIRS, HOLDOUT_SETS, PAIRS } from './index.js';

describe('locator corpus', () => {
  it('names every pair once, across the development and held-out pairs', () => {
    const names = [...PAIRS, ...HOLDOUT_SETS.flatMap((s) => s.pairs)].map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the held-out pairs out of the development pairs', () => {
    const dev = new Set(PAIRS.map((p) => p.name));
    const held = HOLDOUT_SETS.flatMap((s) => s.pairs);
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter((p) => dev.has(p.name))).toEqual([]);
  });

  it('reports every held-out pair in exactly one set', () => {
    const inSets = HOLDOUT_SETS.flatMap((s) => s.pairs.map((p) => p.name));
    expect(new Set(inSets).size).toBe(inSets.length);
    expect(inSets).toEqual(expect.arrayContaining(HOLDOUT_PAIRS.map((p) => p.name)));
  });

  it('deals the development pairs into folds of nearly equal size', () => {
    const sizes = [0, 0, 0, 0, 0];
    PAIRS.forEach((_, i) => {
      sizes[foldOf(i, 5)] = (sizes[foldOf(i, 5)] ?? 0) + 1;
    });
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(() => foldOf(0, 1)).toThrow(/folds must be an integer ≥ 2/);
  });

  it('gives every target a locator, a change and, unless deleted, the element meant', () => {
    for (const p of [...PAIRS, ...HOLDOUT_SETS.flatMap((s) => s.pairs)]) {
      expect(p.targets.length, p.name).toBeGreaterThan(0);
      for (const t of p.targets) {
        expect(t.selector.trim(), p.name).not.toBe('');
        expect(t.change.trim(), `${p.name} ${t.selector}`).not.toBe('');
        if (t.expect !== null) expect(t.expect.trim(), `${p.name} ${t.selector}`).not.toBe('');
      }
    }
  });
});
