import { describe, expect, it } from 'vitest';
import { isCode } from '../core/errors.js';
import { canonicalJson, entryHash, GENESIS_HASH, REDACTED, redactSecrets } from './hash.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and matches JSON.stringify otherwise', () => {
    const a = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' }, u: undefined };
    const b = { a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson([undefined, Number.NaN, 'é\n', new Date(0)])).toBe(
      JSON.stringify([undefined, Number.NaN, 'é\n', new Date(0)]),
    );
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('entryHash', () => {
  const base = {
    seq: 1,
    at: 1000,
    type: 'signal',
    actor: 'engine',
    payload: { v: 1 },
    policyHash: 'none',
    prevHash: GENESIS_HASH,
  };

  it('is a sha256 hex digest that changes with every hashed field', () => {
    const h = entryHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...base, payload: { v: 1 } })).toBe(h);
    const variants = [
      { seq: 2 },
      { at: 1001 },
      { type: 'anomaly' },
      { actor: 'alice' },
      { payload: { v: 2 } },
      { policyHash: 'p2' },
      { prevHash: '1'.repeat(64) },
      { incidentId: 'inc-1' },
      { actionId: 'act-1' },
    ];
    for (const v of variants) expect(entryHash({ ...base, ...v }), JSON.stringify(v)).not.toBe(h);
  });

  it('treats an absent id like one that is undefined', () => {
    expect(entryHash({ ...base, incidentId: undefined })).toBe(entryHash(base));
  });
});

describe('redactSecrets', () => {
  it('replaces values under secret-looking keys at any depth', () => {
    const out = redactSecrets({
      service: 'checkout',
      token: 'abc',
      env: { API_KEY: 'k', 'x-api-key': 'k2', Password: { nested: 1 }, user: 'bob' },
      headers: [{ Authorization: 'Bearer zzz' }, { accept: 'json' }],
      clientSecret: 's',
    });
    expect(out).toEqual({
      service: 'checkout',
      token: REDACTED,
      env: { API_KEY: REDACTED, 'x-api-key': REDACTED, Password: REDACTED, user: 'bob' },
      headers: [{ Authorization: REDACTED }, { accept: 'json' }],
      clientSecret: REDACTED,
    });
  });

  it('scrubs credentials inside strings and leaves the input untouched', () => {
    const input = {
      log: 'GET / with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def ok',
      url: 'postgres://app:hunter2@db:5432/x',
    };
    const out = redactSecrets(input);
    expect(out.log).toBe(`GET / with Authorization: Bearer ${REDACTED} ok`);
    expect(out.url).toBe(`postgres://app:${REDACTED}@db:5432/x`);
    expect(input.url).toContain('hunter2');
  });

  it('refuses a cycle but accepts a repeated reference', () => {
    const shared = { a: 1 };
    expect(redactSecrets({ x: shared, y: shared })).toEqual({ x: { a: 1 }, y: { a: 1 } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let err: unknown;
    try {
      redactSecrets(cyclic);
    } catch (e) {
      err = e;
    }
    expect(isCode(err, 'HST_INPUT_INVALID')).toBe(true);
  });
});
