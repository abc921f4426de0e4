import { describe, expect, it } from 'vitest';
import { DEFAULT_BASELINE_OPTIONS, SeriesBaseline } from './series.js';

const MIN = 60_000;
const STEP = 5 * MIN;
/** 2024-01-01 was a Monday. */
const MONDAY = Date.UTC(2024, 0, 1);

/** Deterministic noise in [-1, 1]. */
function noise(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return (x / 2 ** 32) * 2 - 1;
  };
}

/** Traffic with a daily shape and a Monday 09:00–11:00 spike to 500. */
function traffic(at: number, rnd: () => number): number {
  const d = new Date(at);
  const hour = d.getUTCHours() + d.getUTCMinutes() / 60;
  const monday = d.getUTCDay() === 1;
  if (monday && hour >= 9 && hour < 11) return 500 + 10 * rnd();
  return 100 + 30 * Math.sin(((hour - 6) / 24) * 2 * Math.PI) + 5 * rnd();
}

describe('SeriesBaseline', () => {
  it('does not alert on the predictable Monday-morning spike but alerts on the same volume on Tuesday at 3 a.m.', () => {
    const m = new SeriesBaseline();
    const rnd = noise(1);
    const weeks = 4;
    let at = MONDAY;
    for (; at < MONDAY + weeks * 7 * 24 * 60 * MIN; at += STEP) m.update(at, traffic(at, rnd));
    // Week 5, Monday: the spike comes as every week.
    let mondayMax = 0;
    let profile = '';
    for (; at < MONDAY + (weeks * 7 + 1) * 24 * 60 * MIN; at += STEP) {
      const s = m.update(at, traffic(at, rnd));
      const h = new Date(at).getUTCHours();
      if (h >= 9 && h < 11) {
        mondayMax = Math.max(mondayMax, s);
        if (h === 9) profile = m.explain().profile;
      }
    }
    expect(mondayMax).toBeLessThan(0.5);
    expect(profile).toBe('mon 09:00');
    // Tuesday: normal until 03:00, then the Monday volume.
    const tuesday3 = MONDAY + (weeks * 7 + 1) * 24 * 60 * MIN + 3 * 60 * MIN;
    for (; at < tuesday3; at += STEP) expect(m.update(at, traffic(at, rnd))).toBeLessThan(0.5);
    const s = m.update(at, 500);
    expect(s).toBeGreaterThanOrEqual(0.5);
    const e = m.explain();
    expect(e.observed).toBe(500);
    expect(e.expectedHigh).toBeLessThan(200);
    expect(e.expectedLow).toBeLessThan(e.expectedHigh);
    expect(e.support).toBeGreaterThan(10);
    expect(m.confidence).toBeGreaterThan(0.5);
  });

  it('is robust to outliers: isolated spikes neither shift the expectation nor widen it much', () => {
    const m = new SeriesBaseline();
    const rnd = noise(2);
    let at = MONDAY;
    for (let i = 0; i < 2000; i++, at += MIN) m.update(at, 50 + rnd());
    m.update(at, 50);
    const before = m.explain();
    for (let i = 0; i < 2000; i++, at += MIN) m.update(at, i % 200 === 100 ? 5000 : 50 + rnd());
    m.update(at, 50);
    const after = m.explain();
    expect(Math.abs((after.expectedLow + after.expectedHigh) / 2 - 50)).toBeLessThan(1);
    expect(after.expectedHigh - after.expectedLow).toBeLessThan(
      3 * (before.expectedHigh - before.expectedLow),
    );
    expect(after.expectedHigh).toBeLessThan(60);
  });

  it('adapts after a lasting level shift: alerts at the onset, then the new level is normal', () => {
    const m = new SeriesBaseline();
    const rnd = noise(3);
    let at = MONDAY;
    for (let i = 0; i < 2000; i++, at += MIN) m.update(at, 20 + rnd());
    const onset = m.update(at, 80 + rnd());
    at += MIN;
    expect(onset).toBeGreaterThanOrEqual(0.5);
    let late = 0;
    for (let i = 1; i < 1000; i++, at += MIN) {
      const s = m.update(at, 80 + rnd());
      if (i > 100) late = Math.max(late, s);
    }
    expect(late).toBeLessThan(0.3);
    const e = m.explain();
    expect(e.expectedLow).toBeLessThan(80);
    expect(e.expectedHigh).toBeGreaterThan(80);
  });

  it('conditions on load: latency that follows the request rate is normal, the same latency at low load is not', () => {
    const m = new SeriesBaseline();
    const rnd = noise(4);
    let at = MONDAY;
    const latency = (load: number) => 10 + 0.5 * load;
    for (let i = 0; i < 3000; i++, at += MIN) {
      // Load wanders between 20 and 380 without a calendar pattern.
      const load = 200 + 180 * Math.sin(i / 37) * Math.cos(i / 113);
      m.update(at, latency(load) + rnd(), load);
    }
    const normalHigh = m.update(at, latency(370), 370);
    expect(normalHigh).toBeLessThan(0.5);
    expect(m.explain().profile).toBe('load-conditioned');
    at += MIN;
    for (let i = 0; i < 50; i++, at += MIN) m.update(at, latency(30) + rnd(), 30);
    const abnormal = m.update(at, latency(370), 30);
    expect(abnormal).toBeGreaterThanOrEqual(0.5);
    expect(m.explain().expectedHigh).toBeLessThan(latency(370));
  });

  it('scores a shape it has never seen even when every value is within the usual range', () => {
    // A rising sawtooth 0…9 for a long while, then the same values falling.
    const run = (contextWeight: number) => {
      const m = new SeriesBaseline({ ...DEFAULT_BASELINE_OPTIONS, contextWeight });
      const rnd = noise(5);
      let at = MONDAY;
      for (let i = 0; i < 12_000; i++, at += MIN) m.update(at, (i % 10) + 0.1 * rnd());
      let max = 0;
      let novel = false;
      for (let i = 0; i < 20; i++, at += MIN) {
        max = Math.max(max, m.update(at, 9 - (i % 10) + 0.1 * rnd()));
        novel ||= m.explain().novelShape;
      }
      return { max, novel };
    };
    const withContext = run(DEFAULT_BASELINE_OPTIONS.contextWeight);
    const without = run(0);
    expect(withContext.novel).toBe(true);
    expect(withContext.max).toBeGreaterThan(without.max + 0.1);
    // Once learned, the rising sawtooth itself adds nothing to the score.
    const late = (contextWeight: number) => {
      const m = new SeriesBaseline({ ...DEFAULT_BASELINE_OPTIONS, contextWeight });
      let at = MONDAY;
      let max = 0;
      for (let i = 0; i < 12_000; i++, at += MIN) {
        const s = m.update(at, i % 10);
        if (i > 2000) max = Math.max(max, s);
      }
      return max;
    };
    expect(late(DEFAULT_BASELINE_OPTIONS.contextWeight)).toBeLessThanOrEqual(late(0) + 1e-9);
  });

  it('reports a growing burst once: higher scores right after a report stay quiet', () => {
    const run = (quietPoints: number) => {
      const m = new SeriesBaseline({ ...DEFAULT_BASELINE_OPTIONS, quietPoints });
      const rnd = noise(6);
      let at = MONDAY;
      for (let i = 0; i < 3000; i++, at += MIN) m.update(at, 50 + rnd());
      let reports = 0;
      let first = 0;
      for (const v of [53, 75, 200, 1000]) {
        const s = m.update(at, v);
        at += MIN;
        if (s > 0) reports++;
        if (first === 0) first = s;
      }
      return { reports, first };
    };
    const quiet = run(DEFAULT_BASELINE_OPTIONS.quietPoints);
    expect(quiet.first).toBeGreaterThan(0.3);
    expect(quiet.reports).toBe(1);
    expect(run(0).reports).toBeGreaterThan(1);
  });

  it('keeps its state small', () => {
    expect(SeriesBaseline.stateBytes).toBeLessThan(4096);
  });
});
