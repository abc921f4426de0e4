import { describe, expect, it } from 'vitest';
import { BurnRateTracker } from './slo.js';

const MIN = 60_000;

describe('BurnRateTracker', () => {
  it('pages on a fast burn in both windows and stays quiet within budget', () => {
    const b = new BurnRateTracker(0.999);
    let at = 0;
    // Two hours at 0.05 % errors: half the budget rate.
    for (; at < 120 * MIN; at += MIN) b.record(at, 10_000, 5);
    expect(b.burnRate(at - MIN, 60 * MIN)).toBeCloseTo(0.5, 5);
    expect(b.alerts(at - MIN)).toEqual([]);
    // Ten minutes at 2 % errors: 20× the budget in the short window.
    for (let i = 0; i < 10; i++, at += MIN) b.record(at, 10_000, 200);
    const now = at - MIN;
    expect(b.burnRate(now, 5 * MIN)).toBeCloseTo(20, 5);
    // 1 h window: 50 min at 0.5× and 10 min at 20× → 3.75×, below 14.4: no fast page yet.
    expect(b.alerts(now).map((a) => a.rule)).not.toContain('fast');
    for (let i = 0; i < 50; i++, at += MIN) b.record(at, 10_000, 200);
    const fired = b.alerts(at - MIN);
    expect(fired.map((a) => a.rule)).toContain('fast');
    expect(fired.find((a) => a.rule === 'fast')?.severity).toBe('page');
  });

  it('forgets buckets older than its longest window and rejects a bad objective', () => {
    const b = new BurnRateTracker(0.99);
    b.record(0, 100, 100);
    expect(b.burnRate(0, 5 * MIN)).toBeCloseTo(100, 5);
    expect(b.burnRate(4 * 24 * 60 * MIN, 72 * 60 * MIN)).toBe(0);
    expect(() => new BurnRateTracker(1)).toThrow(/objective/);
  });
});
