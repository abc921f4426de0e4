import { describe, expect, it } from 'vitest';
import { defaultNabDir, loadResults, loadWindows } from './corpus.js';
import { NAB_PROFILES, optimizeThresholds, prepareFile, scaledSigmoid, scoreFile } from './scorer.js';

const MIN = 60_000;
const times = (n: number) => Array.from({ length: n }, (_, i) => i * MIN);

describe('NAB scorer rules', () => {
  it('gives a full point to a detection at the left edge of a window and nothing for a late one', () => {
    const n = 1000;
    const win: [number, number][] = [[500 * MIN, 599 * MIN]];
    const early = Array.from({ length: n }, (_, i) => (i === 500 ? 1 : 0));
    const late = Array.from({ length: n }, (_, i) => (i === 599 ? 1 : 0));
    const e = prepareFile('a', times(n), early, win);
    const l = prepareFile('b', times(n), late, win);
    expect(scoreFile(e, NAB_PROFILES.standard, 0.5)).toBeCloseTo(1, 10);
    const lateScore = scoreFile(l, NAB_PROFILES.standard, 0.5);
    expect(lateScore).toBeCloseTo(scaledSigmoid(-1 / 100) / scaledSigmoid(-1), 10);
    expect(lateScore).toBeLessThan(0.05);
    // A missed window costs fnWeight.
    expect(scoreFile(e, NAB_PROFILES.reward_low_FN_rate, 2)).toBe(-2);
  });

  it('weights a false positive by its distance past the preceding window', () => {
    const n = 1000;
    const win: [number, number][] = [[300 * MIN, 399 * MIN]];
    const just = Array.from({ length: n }, (_, i) => (i === 300 || i === 405 ? 1 : 0));
    const far = Array.from({ length: n }, (_, i) => (i === 300 || i === 900 ? 1 : 0));
    const before = Array.from({ length: n }, (_, i) => (i === 300 || i === 200 ? 1 : 0));
    const p = NAB_PROFILES.standard;
    const s = (xs: number[]) => scoreFile(prepareFile('x', times(n), xs, win), p, 0.5) - 1;
    expect(s(just)).toBeCloseTo(0.11 * scaledSigmoid(6 / 99), 10);
    expect(s(far)).toBeCloseTo(-0.11, 10);
    expect(s(before)).toBeCloseTo(-0.11, 10);
  });

  it('skips the probationary period and only counts the earliest detection in a window', () => {
    const n = 1000; // probation = 150 rows
    const win: [number, number][] = [[400 * MIN, 499 * MIN]];
    const xs = Array.from({ length: n }, (_, i) => (i === 10 || i === 450 || i === 451 || i === 460 ? 1 : 0));
    const f = prepareFile('x', times(n), xs, win);
    expect(f.scores.length).toBe(850);
    const expected = scaledSigmoid(-(499 - 450 + 1) / 100) / scaledSigmoid(-1);
    expect(scoreFile(f, NAB_PROFILES.standard, 0.5)).toBeCloseTo(expected, 10);
  });

  it('picks the corpus threshold that maximises the summed score', () => {
    const n = 1000;
    const win: [number, number][] = [[400 * MIN, 499 * MIN]];
    // 0.9 hits the window early; 0.7 adds three far false positives.
    const xs = Array.from({ length: n }, (_, i) =>
      i === 400 ? 0.9 : i === 800 || i === 850 || i === 900 ? 0.7 : 0,
    );
    const r = optimizeThresholds([prepareFile('x', times(n), xs, win)]);
    expect(r.standard.threshold).toBe(0.9);
    expect(r.standard.score).toBeCloseTo(1, 10);
    expect(r.standard.normalized).toBeCloseTo(100, 10);
    expect(r.standard.fp).toBe(0);
  });
});

describe('NAB scorer on the shipped Numenta HTM results', () => {
  it('reproduces 70.10 standard, 63.21 low-FP and 74.32 low-FN within 0.05', () => {
    const nab = defaultNabDir();
    const windows = loadWindows(nab);
    expect(windows.size).toBe(58);
    const files = loadResults(`${nab}/reference-results`, 'numenta', windows);
    expect(files.reduce((a, f) => a + f.windowCount, 0)).toBe(116);
    const r = optimizeThresholds(files);
    expect(Math.abs(r.standard.normalized - 70.1)).toBeLessThan(0.05);
    expect(Math.abs(r.reward_low_FP_rate.normalized - 63.21)).toBeLessThan(0.05);
    expect(Math.abs(r.reward_low_FN_rate.normalized - 74.32)).toBeLessThan(0.05);
  });
});
