import { describe, expect, it } from 'vitest';
import { nanosToMs } from './values.js';

describe('nanosToMs', () => {
  it('keeps the millisecond of a nanosecond time sent as a JSON number, which is not exact past 2^53', () => {
    const lost: number[] = [];
    for (let ms = 1_764_412_345_678; ms < 1_764_412_347_678; ms++) {
      if (nanosToMs(Number(BigInt(ms) * 1_000_000n)) !== ms) lost.push(ms);
    }
    expect(lost).toEqual([]);
  });

  it('floors a time between two milliseconds, as a string or a number', () => {
    expect(nanosToMs('1764412345678999999')).toBe(1_764_412_345_678);
    expect(nanosToMs(1_500_000)).toBe(1);
    expect(nanosToMs('1500000')).toBe(1);
  });

  it('reads an absent time as 0 and a malformed one as NaN', () => {
    expect(nanosToMs(undefined)).toBe(0);
    expect(nanosToMs('soon')).toBeNaN();
  });
});
