import { describe, expect, it } from 'vitest';
import { CAD_WEIGHT, ENSEMBLE_BASELINE_OPTIONS, scoreSeries } from './offline.js';
import { SeriesBaseline } from './series.js';

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
