import { describe, expect, it } from 'vitest';
import { calibrate, calibrationTable, expectedCalibrationError, fitPlatt, softmax } from './calibrate.js';

describe('Platt calibration', () => {
  it('maps an over-confident raw probability down to the observed hit rate', () => {
    // Raw 0.9, right only 60% of the time; raw 0.1, right 5% of the time.
    const samples = [
      ...Array.from({ length: 100 }, (_, i) => ({ p: 0.9, correct: i < 60 })),
      ...Array.from({ length: 100 }, (_, i) => ({ p: 0.1, correct: i < 5 })),
    ];
    const map = fitPlatt(samples);
    expect(calibrate(map, 0.9)).toBeGreaterThan(0.5);
    expect(calibrate(map, 0.9)).toBeLessThan(0.7);
    expect(calibrate(map, 0.1)).toBeLessThan(0.12);
  });

  it('stays finite and increasing on nearly separable data (most top hypotheses right)', () => {
    // The shape of a ranking benchmark's candidates: many wrong ones near 0, most
    // top ones right near 1, a few confident mistakes. Plain Newton steps diverge here.
    const samples: { p: number; correct: boolean }[] = [];
    const add = (n: number, p: number, correct: boolean) => {
      for (let i = 0; i < n; i++) samples.push({ p, correct });
    };
    add(99, 1e-5, false);
    add(2, 1e-4, true);
    add(25, 0.05, false);
    add(6, 0.12, false);
    add(1, 0.33, false);
    add(3, 0.3, true);
    add(5, 0.85, true);
    add(2, 0.985, false);
    add(22, 0.999, true);
    const map = fitPlatt(samples);
    expect(Number.isFinite(map.a) && Number.isFinite(map.b)).toBe(true);
    expect(map.a).toBeGreaterThan(0);
    expect(map.a).toBeLessThan(5);
    // 22 of 24 candidates at raw 0.985–0.999 were right: calibrated near that rate.
    expect(calibrate(map, 0.999)).toBeGreaterThan(0.8);
    expect(calibrate(map, 0.999)).toBeLessThan(0.999);
    expect(calibrate(map, 0.05)).toBeLessThan(0.2);
  });

  it('bins confidences and measures the calibration error', () => {
    const table = calibrationTable(
      [
        { p: 0.9, correct: true },
        { p: 0.9, correct: false },
        { p: 0.1, correct: false },
      ],
      5,
    );
    expect(table[4]).toMatchObject({ count: 2, accuracy: 0.5 });
    expect(table[0]).toMatchObject({ count: 1, accuracy: 0 });
    expect(expectedCalibrationError(table)).toBeCloseTo((2 / 3) * 0.4 + (1 / 3) * 0.1, 6);
    expect(softmax([1, 1])).toEqual([0.5, 0.5]);
  });
});
