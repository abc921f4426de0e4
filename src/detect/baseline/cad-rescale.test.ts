import { describe, expect, it } from 'vitest';
import { ContextualDetector, DEFAULT_CAD_OPTIONS } from './cad.js';
import { RescalingContextualDetector } from './cad-rescale.js';

/** A repeating saw-tooth over eight levels. */
const saw = (i: number) => (i % 8) * 10;

describe('RescalingContextualDetector', () => {
  it('re-cuts the range rarely: a slow rise re-cuts a logarithmic number of times', () => {
    const cad = new RescalingContextualDetector();
    for (let i = 0; i < 5000; i++) cad.update(i);
    expect(cad.rebuilds).toBeLessThan(30);
  });

  it('keeps what it learnt across a re-cut: the pattern stays predicted after a new extreme', () => {
    const cad = new RescalingContextualDetector();
    for (let i = 0; i < 2000; i++) cad.update(saw(i));
    const before = cad.rebuilds;
    // A spike far above the range re-cuts it; it is news.
    expect(cad.update(1000)).toBeGreaterThan(0.5);
    expect(cad.rebuilds).toBe(before + 1);
    // Once the rest period is over, the saw-tooth (relearnt on the new levels) is known again.
    let late = 0;
    for (let i = 0; i < 300; i++) {
      const s = cad.update(saw(i));
      if (i >= 200) late = Math.max(late, s);
    }
    expect(late).toBe(0);
  });

  it('scores like CAD over the same fixed range until the first re-cut', () => {
    const values = Array.from({ length: 600 }, (_, i) => (i === 0 ? 0 : i === 1 ? 70 : saw(i)));
    const rescaling = new RescalingContextualDetector();
    // The range after the first two values: [0, 70] widened by half its width on the upper side.
    const plain = new ContextualDetector(DEFAULT_CAD_OPTIONS, [0, 105]);
    const a: number[] = [];
    const b: number[] = [];
    for (const v of values) {
      a.push(rescaling.update(v));
      b.push(plain.update(v));
    }
    expect(rescaling.rebuilds).toBe(2);
    // The first two values were cut differently; a few steps later the contexts agree.
    expect(a.slice(200)).toEqual(b.slice(200));
  });

  it('ignores non-finite values and stays within [0, 1]', () => {
    const cad = new RescalingContextualDetector();
    for (let i = 0; i < 500; i++) {
      const s = cad.update(i % 50 === 0 ? Number.NaN : Math.sin(i / 5) * 10 + (i % 7));
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
