/**
 * Seeded randomness for fuzz tests (mulberry32): every failure can be replayed
 * from its seed and iteration.
 */

import { mulberry32, type Rng } from '../../src/core/prng.js';

export { mulberry32, type Rng };

export const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

export function randomBytes(rng: Rng, max: number): Buffer {
  const out = Buffer.alloc(int(rng, max + 1));
  for (let i = 0; i < out.length; i++) out[i] = int(rng, 256);
  return out;
}

/** A few structural mutations of valid input: flip, insert, delete, truncate, duplicate. */
export function mutate(rng: Rng, input: Uint8Array): Buffer {
  let b = Buffer.from(input);
  const rounds = 1 + int(rng, 4);
  for (let r = 0; r < rounds; r++) {
    const at = b.length === 0 ? 0 : int(rng, b.length);
    switch (int(rng, 5)) {
      case 0:
        if (b.length > 0) b[at] = int(rng, 256);
        break;
      case 1:
        b = Buffer.concat([b.subarray(0, at), Buffer.from([int(rng, 256)]), b.subarray(at)]);
        break;
      case 2:
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + int(rng, 8))]);
        break;
      case 3:
        b = b.subarray(0, at);
        break;
      default: {
        const len = int(rng, 16);
        b = Buffer.concat([b.subarray(0, at + len), b.subarray(at, at + len), b.subarray(at + len)]);
      }
    }
  }
  return b;
}

/** Replaces random JSON values with values of the wrong type, deeply. */
export function mutateJson(rng: Rng, value: unknown, depth = 0): unknown {
  const WRONG: unknown[] = [
    null,
    0,
    -1,
    1e308,
    'x',
    '',
    true,
    [],
    {},
    '12345678901234567890123',
    'NaN',
    [1, 'a'],
  ];
  if (rng() < 0.08) return WRONG[int(rng, WRONG.length)];
  if (depth > 12) return value;
  if (Array.isArray(value)) return value.map((v) => mutateJson(rng, v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (rng() < 0.05) continue;
      out[k] = mutateJson(rng, v, depth + 1);
    }
    return out;
  }
  return value;
}
