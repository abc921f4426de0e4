import { describe, expect, it } from 'vitest';
import { pool } from './index.js';

const metrics = (present: number, deleted: number, correct: number, wrong: number, falseHeals: number) => ({
  present,
  deleted,
  accuracy: correct / present,
  wrong_heal_rate: wrong / present,
  abstain_rate: (present - correct - wrong) / present,
  false_heal_rate_deleted: deleted === 0 ? 0 : falseHeals / deleted,
  top1_accuracy: (correct + wrong) / present,
});

describe('pooling the metrics of disjoint case sets', () => {
  it('weights each set by its own counts, not by set', () => {
    const p = pool([metrics(100, 37, 70, 1, 1), metrics(3, 0, 0, 0, 0)]);
    expect(p.present).toBe(103);
    expect(p.deleted).toBe(37);
    expect(p.accuracy).toBeCloseTo(70 / 103, 12);
    expect(p.wrong_heal_rate).toBeCloseTo(1 / 103, 12);
    expect(p.abstain_rate).toBeCloseTo(32 / 103, 12);
    expect(p.false_heal_rate_deleted).toBeCloseTo(1 / 37, 12);
  });

  it('gives zero rates, not NaN, for nothing', () => {
    expect(pool([]).accuracy).toBe(0);
    expect(pool([metrics(5, 0, 5, 0, 0)]).false_heal_rate_deleted).toBe(0);
  });
});
