import { describe, expect, it } from 'vitest';
import { HOLDOUT_PAIRS, PAIRS, splitOf } from './index.js';

describe('locator corpus', () => {
  it('names every pair once, across the development and held-out pairs', () => {
    const names = [...PAIRS, ...HOLDOUT_PAIRS].map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the held-out pairs out of the pairs that train and test', () => {
    const dev = new Set(PAIRS.map((p) => p.name));
    expect(HOLDOUT_PAIRS.length).toBeGreaterThan(0);
    expect(HOLDOUT_PAIRS.filter((p) => dev.has(p.name))).toEqual([]);
  });

  it('trains on every third pair only', () => {
    const train = PAIRS.filter((_, i) => splitOf(i) === 'train').length;
    expect(train).toBe(Math.ceil(PAIRS.length / 3));
  });

  it('gives every target a locator, a change and, unless deleted, the element meant', () => {
    for (const p of [...PAIRS, ...HOLDOUT_PAIRS]) {
      expect(p.targets.length, p.name).toBeGreaterThan(0);
      for (const t of p.targets) {
        expect(t.selector.trim(), p.name).not.toBe('');
        expect(t.change.trim(), `${p.name} ${t.selector}`).not.toBe('');
        if (t.expect !== null) expect(t.expect.trim(), `${p.name} ${t.selector}`).not.toBe('');
      }
    }
  });
});
