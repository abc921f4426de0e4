import { describe, expect, it } from 'vitest';
import { CAD_WEIGHT, ENSEMBLE_BASELINE_OPTIONS, scoreSeries } from './offline.js';
import { type BaselineOptions, SeriesBaseline } from './series.js';

function series(n: number): { ts: number[]; vs: number[] } {
  const t0 = Date.UTC(2024, 0, 1);
  const ts: number[] = [];
  const vs: number[] = [];
  for (let i = 0; i < n; i++) {
    ts.push(t0 + i * 300_000);
    // A steady wave that reverses its order for a while: no value is out of range.
    const k = i >= 1500 && i < 1530 ? 7 - (i % 8) : i % 8;
    vs.push(100 + k * 5 + (i === 1800 ? 400 : 0));
  }
  return { ts, vs };
}

describe('scoreSeries modes', () => {
  const { ts, vs } = series(2000);
  const base = scoreSeries(ts, vs, undefined, 0.4, 'baseline');
  const cad = scoreSeries(ts, vs, undefined, 0.4, 'cad');
  const ens = scoreSeries(ts, vs, undefined, 0.4);
  const ensBase = scoreSeries(ts, vs, ENSEMBLE_BASELINE_OPTIONS, 0.4, 'baseline');

  it('ensemble is the higher of its baseline and the weighted CAD score, point by point', () => {
    for (let i = 0; i < ts.length; i++) {
      expect(ens.scores[i]).toBeCloseTo(
        Math.max(ensBase.scores[i] as number, CAD_WEIGHT * (cad.scores[i] as number)),
        12,
      );
      expect(ens.confidences[i]).toBe(ensBase.confidences[i]);
    }
  });

  it('the baseline mode is the engine baseline unchanged; the spike is explained by it in every mode', () => {
    const engine = new SeriesBaseline();
    for (let i = 0; i < ts.length; i++)
      expect(base.scores[i]).toBe(engine.update(ts[i] as number, vs[i] as number));
    expect(base.explained.get(1800)?.observed).toBe(500);
    expect(ens.explained.get(1800)?.observed).toBe(500);
  });

  it('the CAD part sees a reversed order that the baseline does not report', () => {
    const window = (s: Float64Array) => Math.max(...s.slice(1500, 1530));
    expect(window(cad.scores)).toBeGreaterThan(0.5);
    expect(window(ens.scores)).toBeGreaterThanOrEqual(window(ensBase.scores));
  });
});

describe("the ensemble's longer peak memories", () => {
  /**
   * Scores of one-point spikes on 5-minute noise (10 ± 4): a routine 25 every other day from day 30
   * to day 54, then 60 on day 58.
   */
  function spikes(options: BaselineOptions): number[] {
    const m = new SeriesBaseline(options);
    const t0 = Date.UTC(2024, 0, 1);
    const perDay = 288;
    const at = new Map<number, number>();
    for (let day = 30; day <= 54; day += 2) at.set(day * perDay, 25);
    at.set(58 * perDay, 60);
    const out: number[] = [];
    let x = 7;
    for (let i = 0; i <= 58 * perDay; i++) {
      x = (x * 1664525 + 1013904223) >>> 0;
      const spike = at.get(i);
      const s = m.update(t0 + i * 300_000, spike ?? 10 + (x / 2 ** 32) * 8 - 4);
      if (spike !== undefined) out.push(s);
    }
    return out;
  }
  const withLong = spikes(ENSEMBLE_BASELINE_OPTIONS);
  const without = spikes({ ...ENSEMBLE_BASELINE_OPTIONS, longPeakDays: [] });
  const routine = (s: number[]) => s.slice(0, -1);

  it('routine spikes no larger than those of the last weeks mostly fall under 0.3; the engine rule reports them', () => {
    const reported = (s: number[]) => routine(s).filter((x) => x >= 0.3).length;
    expect(reported(without)).toBeGreaterThanOrEqual(10);
    expect(reported(withLong)).toBeLessThanOrEqual(reported(without) / 2);
    // Lowered by at most the floor: the floor plus the share of the longer peaks it beat.
    const floor = ENSEMBLE_BASELINE_OPTIONS.longPeakFloor;
    routine(withLong).forEach((s, k) => {
      expect(s).toBeGreaterThanOrEqual(floor * (without[k] as number) - 1e-12);
      expect(s).toBeLessThanOrEqual(without[k] as number);
    });
  });

  it('the first spike and one larger than any in the last weeks keep their full score', () => {
    expect(withLong[0]).toBe(without[0]);
    expect(withLong.at(-1)).toBeGreaterThan(0.55);
    expect(withLong.at(-1)).toBe(without.at(-1));
  });
});
