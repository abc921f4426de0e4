import { describe, expect, it } from 'vitest';
import { deviation } from './robust.js';

const MIN = 60_000;

/** 60 baseline minutes at `level` with a small alternating wiggle, then `window` values. */
function series(level: number, window: readonly number[]): { t: number[]; v: number[] } {
  const v = [...Array.from({ length: 60 }, (_, i) => level * (1 + (i % 2 ? 0.02 : -0.02))), ...window];
  return { t: v.map((_, i) => i * MIN), v };
}

const W = { baselineFrom: 0, windowFrom: 60 * MIN, until: 64 * MIN } as const;

describe('deviation', () => {
  it('with persistence 2, ignores a single spike but keeps a deviation that holds', () => {
    const spike = series(10, [10, 30, 10, 10, 10]);
    expect(deviation(spike, { ...W, direction: 'up' }).z).toBeGreaterThan(10);
    expect(deviation(spike, { ...W, direction: 'up', persistence: 2 }).z).toBeLessThan(1);
    const held = series(10, [10, 30, 28, 10, 10]);
    expect(deviation(held, { ...W, direction: 'up', persistence: 2 }).z).toBeGreaterThan(10);
  });

  it('measures a success-rate drop in percentage points when given an absolute floor', () => {
    const flat = { t: series(100, []).t, v: series(100, []).v.map(() => 100) };
    const s = { t: [...flat.t, 60 * MIN, 61 * MIN], v: [...flat.v, 95, 95] };
    // Relative to 10% of 100, a drop to 95 looks small …
    expect(deviation(s, { ...W, direction: 'down' }).z).toBeCloseTo(0.5, 5);
    // … in points of error rate it is large.
    expect(deviation(s, { ...W, direction: 'down', absoluteFloor: 1 }).z).toBeCloseTo(5, 5);
  });

  it('does not let an earlier error burst in the baseline hide a new one', () => {
    const v = Array.from({ length: 60 }, (_, i) => (i >= 20 && i < 28 ? 50 : 100));
    const s = { t: [...v.map((_, i) => i * MIN), 60 * MIN, 61 * MIN], v: [...v, 95, 95] };
    expect(deviation(s, { ...W, direction: 'down', absoluteFloor: 1 }).z).toBeCloseTo(5, 5);
  });
});
