import { describe, expect, it } from 'vitest';
import { bootstrap, type Tally, tally } from './interval.js';

const cluster = (right: number, present: number, falseHeals: number, deleted: number): Tally => ({
  right,
  present,
  falseHeals,
  deleted,
});

describe('bootstrap intervals over clusters', () => {
  it('counts outcomes: abstentions and wrong heals are present targets, rejections deleted ones', () => {
    expect(tally(['correct', 'wrong', 'abstain', 'false-heal', 'rejected', 'correct'])).toEqual({
      right: 2,
      present: 4,
      falseHeals: 1,
      deleted: 2,
    });
  });

  it('gives a zero-width interval when every cluster is alike', () => {
    const same = Array.from({ length: 10 }, () => cluster(3, 4, 1, 2));
    const i = bootstrap(same, { resamples: 200 });
    expect(i.accuracy).toEqual([0.75, 0.75]);
    expect(i.false_heal_rate_deleted).toEqual([0.5, 0.5]);
  });

  it('brackets the pooled rate, widens as clusters disagree, and replays with its seed', () => {
    const calm = Array.from({ length: 20 }, (_, k) =>
      cluster(k % 2 === 0 ? 7 : 8, 10, k % 4 === 0 ? 1 : 0, 4),
    );
    const wild = Array.from({ length: 20 }, (_, k) =>
      cluster(k % 2 === 0 ? 2 : 10, 10, k % 4 === 0 ? 4 : 0, 4),
    );
    const a = bootstrap(calm);
    const b = bootstrap(wild);
    const pooledCalm = 150 / 200;
    expect(a.accuracy[0]).toBeLessThan(pooledCalm);
    expect(a.accuracy[1]).toBeGreaterThan(pooledCalm);
    expect(b.accuracy[1] - b.accuracy[0]).toBeGreaterThan(2 * (a.accuracy[1] - a.accuracy[0]));
    expect(b.false_heal_rate_deleted[1] - b.false_heal_rate_deleted[0]).toBeGreaterThan(
      a.false_heal_rate_deleted[1] - a.false_heal_rate_deleted[0],
    );
    expect(bootstrap(wild)).toEqual(b);
    expect(bootstrap(wild, { seed: 2 })).not.toEqual(b);
  });

  it('refuses what it cannot resample, naming it', () => {
    expect(() => bootstrap([])).toThrow(/no clusters/);
    expect(() => bootstrap([cluster(1, 1, 0, 0)], { resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrap([cluster(1, 1, 0, 0)], { level: 1 })).toThrow(/level/);
  });
});
