import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../model/index.js';
import { entryHash, GENESIS_HASH } from './hash.js';
import { verifyEntries } from './verify.js';

/** A valid chain of n entries, built the way the Ledger builds it. */
function chain(n: number): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = {
      seq,
      at: 1000 + seq,
      type: 'signal',
      actor: 'engine',
      payload: { n: seq },
      policyHash: 'p',
      prevHash,
    };
    const hash = entryHash(e);
    out.push({ ...e, hash });
    prevHash = hash;
  }
  return out;
}

/** Re-hashes an entry after an edit, as a forger who knows the algorithm would. */
function rehash(e: Omit<LedgerEntry, 'hash'>): LedgerEntry {
  return { ...e, hash: entryHash(e) };
}

describe('verifyEntries', () => {
  it('accepts an intact chain and an empty one', async () => {
    const c = chain(25);
    const seen: number[] = [];
    const report = await verifyEntries(c, { onProgress: (n) => seen.push(n), progressEvery: 10 });
    expect(report).toEqual({ ok: true, count: 25, head: c[24]?.hash });
    expect(seen).toEqual([10, 20, 25]);
    expect(await verifyEntries([])).toEqual({ ok: true, count: 0 });
  });

  it('names an altered entry (hash mismatch)', async () => {
    const c = chain(5);
    c[2] = { ...c[2]!, payload: { n: 99 } };
    const r = await verifyEntries(c);
    expect(r).toMatchObject({ ok: false, count: 2, head: c[1]?.hash });
    expect(r.firstBad).toMatchObject({ seq: 3, position: 3, reason: 'hash-mismatch' });
  });

  it('names the entry after one that was altered and re-hashed (broken link)', async () => {
    const c = chain(5);
    c[1] = rehash({ ...c[1]!, payload: { n: 'forged' } });
    const r = await verifyEntries(c);
    expect(r.firstBad).toMatchObject({ seq: 3, position: 3, reason: 'broken-link' });
  });

  it('names a deleted entry (gap)', async () => {
    const c = chain(5);
    c.splice(1, 1);
    const r = await verifyEntries(c);
    expect(r.firstBad).toMatchObject({ seq: 3, position: 2, reason: 'gap' });
    expect(r.firstBad?.detail).toMatch(/entry 2 is missing/);
  });

  it('names an inserted entry (duplicate seq, or an entry outside the chain)', async () => {
    const c = chain(5);
    c.splice(3, 0, rehash({ ...c[2]!, payload: { n: 'forged' } }));
    expect((await verifyEntries(c)).firstBad).toMatchObject({ seq: 3, position: 4, reason: 'duplicate' });
    const d = chain(3);
    d.unshift(rehash({ ...d[0]!, seq: 0 }));
    expect((await verifyEntries(d)).firstBad).toMatchObject({ seq: 0, position: 1, reason: 'out-of-order' });
  });

  it('names reordered entries, whether the seqs moved with them or not', async () => {
    const c = chain(6);
    [c[2], c[3]] = [c[3]!, c[2]!];
    const r = await verifyEntries(c);
    expect(r.firstBad).toMatchObject({ seq: 4, position: 3, reason: 'out-of-order' });
    expect(r.firstBad?.detail).toMatch(/seq 3 is stored later, at position 4/);
    // Rows swapped but seqs renumbered to look in order (what a SQL UPDATE of seq does).
    const d = chain(6);
    d[2] = { ...d[3]!, seq: 3 };
    d[3] = { ...chain(6)[2]!, seq: 4 };
    const s = await verifyEntries(d);
    expect(s.firstBad).toMatchObject({ seq: 3, position: 3, reason: 'out-of-order' });
    expect(s.firstBad?.detail).toMatch(/written as seq 4/);
  });
});

describe('verifyEntries on forged insertions', () => {
  it('names an entry forged into the middle with renumbering, not the one after it', async () => {
    const c = chain(6);
    const forged = rehash({ ...c[3]!, payload: { n: 'forged' }, prevHash: c[2]!.hash });
    const tail = c.slice(3).map((e) => ({ ...e, seq: e.seq + 1 }));
    const tampered = [...c.slice(0, 3), forged, ...tail];
    const r = await verifyEntries(tampered);
    expect(r).toMatchObject({ ok: false, count: 3, head: c[2]?.hash });
    expect(r.firstBad).toMatchObject({ seq: 4, position: 4, reason: 'duplicate' });
  });

  it('names an appended entry whose hash or link is forged', async () => {
    const c = chain(4);
    const fake = { ...c[3]!, seq: 5, prevHash: c[3]!.hash, hash: 'f'.repeat(64) };
    expect((await verifyEntries([...c, fake])).firstBad).toMatchObject({
      seq: 5,
      position: 5,
      reason: 'hash-mismatch',
    });
    const unlinked = rehash({ ...c[3]!, seq: 5, prevHash: '1'.repeat(64) });
    expect((await verifyEntries([...c, unlinked])).firstBad).toMatchObject({ seq: 5, reason: 'broken-link' });
  });
});

describe('verifyEntries with an anchor', () => {
  it('detects a truncated tail that a bare chain cannot show', async () => {
    const c = chain(6);
    const anchor = c[5]!.hash;
    expect((await verifyEntries(c, { anchor })).ok).toBe(true);
    expect((await verifyEntries([...c, ...chain(8).slice(6)], { anchor: c[3]!.hash })).ok).toBe(true);
    const r = await verifyEntries(c.slice(0, 4), { anchor });
    expect(r).toMatchObject({ ok: false, count: 4, firstBad: { seq: 5, position: 5, reason: 'gap' } });
  });
});
