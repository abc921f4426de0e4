import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { isCode } from '../core/errors.js';
import { MemoryStore } from '../store/memory.js';
import { entryHash, exportCloudEvents, GENESIS_HASH, Ledger } from './ledger.js';

async function setup() {
  const store = new MemoryStore();
  await store.init();
  const clock = new ManualClock(1_700_000_000_000);
  return { store, clock, ledger: new Ledger(store, clock) };
}

describe('Ledger', () => {
  it('chains entries from the genesis hash, with the policy hash in force', async () => {
    const { store, clock, ledger } = await setup();
    expect(ledger.policyHash).toBe('none');
    const e1 = await ledger.append({ type: 'signal', payload: { v: 1 } });
    ledger.setPolicyHash('p1');
    await clock.advance(5);
    const e2 = await ledger.append({
      type: 'decision',
      incidentId: 'inc-1',
      actor: 'alice',
      payload: { rule: 'r' },
    });
    expect(e1).toMatchObject({
      seq: 1,
      at: 1_700_000_000_000,
      actor: 'engine',
      policyHash: 'none',
      prevHash: GENESIS_HASH,
    });
    expect(e2).toMatchObject({
      seq: 2,
      at: 1_700_000_000_005,
      actor: 'alice',
      incidentId: 'inc-1',
      policyHash: 'p1',
    });
    expect(e2.prevHash).toBe(e1.hash);
    const { hash, ...rest } = e2;
    expect(entryHash(rest)).toBe(hash);
    expect(await store.readLedger(1, 10)).toEqual([e1, e2]);
    expect(await ledger.read(2, 10)).toEqual([e2]);
    expect(await ledger.verify()).toEqual({ ok: true, count: 2, head: e2.hash });
  });

  it('group-commits concurrent appends in order, each resolving with its own entry', async () => {
    const { store, ledger } = await setup();
    const batches: number[] = [];
    const append = store.appendLedger.bind(store);
    store.appendLedger = async (entries) => {
      batches.push(entries.length);
      return append(entries);
    };
    const entries = await Promise.all(
      Array.from({ length: 50 }, (_, i) => ledger.append({ type: 'signal', payload: { i } })),
    );
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(entries.map((e) => e.payload.i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(batches).toEqual([50]);
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('stores exactly what it hashed: redacted, plain JSON', async () => {
    const { store, clock } = await setup();
    const ledger = new Ledger(store, clock, { redact: (p) => ({ ...p, email: '[hidden]' }) });
    const e = await ledger.append({
      type: 'action.intent',
      payload: { env: { DB_PASSWORD: 'hunter2' }, when: new Date(0), skip: undefined, email: 'a@b.c' },
    });
    expect(e.payload).toEqual({
      env: { DB_PASSWORD: '[REDACTED]' },
      when: '1970-01-01T00:00:00.000Z',
      email: '[hidden]',
    });
    expect(JSON.stringify(await store.readLedger(1, 1))).not.toContain('hunter2');
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('continues the chain of a store it did not write, and re-chains after another writer', async () => {
    const { store, clock, ledger } = await setup();
    await ledger.append({ type: 'a', payload: {} });
    const other = new Ledger(store, clock);
    await other.append({ type: 'b', payload: {} });
    const e3 = await ledger.append({ type: 'c', payload: {} });
    expect(e3.seq).toBe(3);
    expect(await ledger.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it('rejects the batch when the store fails, and recovers afterwards', async () => {
    const { store, ledger } = await setup();
    const append = store.appendLedger.bind(store);
    store.appendLedger = async () => {
      throw new Error('disk full');
    };
    await expect(ledger.append({ type: 'a', payload: {} })).rejects.toThrow('disk full');
    store.appendLedger = append;
    expect((await ledger.append({ type: 'a', payload: {} })).seq).toBe(1);
    const cyclic: Record<string, unknown> = {};
    cyclic.me = cyclic;
    const err = await ledger.append({ type: 'a', payload: cyclic }).catch((e) => e);
    expect(isCode(err, 'HST_INPUT_INVALID')).toBe(true);
  });

  it('exports CloudEvents 1.0 JSON lines', async () => {
    const { store, ledger } = await setup();
    await ledger.append({ type: 'incident.opened', incidentId: 'inc-1', payload: { title: 't' } });
    await ledger.append({ type: 'action.applied', actionId: 'act-1', payload: {} });
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => {
      text += c.toString();
    });
    expect(await exportCloudEvents(store, out, { pageSize: 1 })).toBe(2);
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const [first, second] = await store.readLedger(1, 2);
    expect(lines[0]).toEqual({
      specversion: '1.0',
      id: first?.hash,
      source: 'homeostat',
      type: 'dev.homeostat.ledger.incident.opened',
      time: '2023-11-14T22:13:20.000Z',
      datacontenttype: 'application/json',
      subject: 'inc-1',
      data: first,
      sequence: '1',
      policyhash: 'none',
      prevhash: GENESIS_HASH,
      actor: 'engine',
      incidentid: 'inc-1',
    });
    expect(lines[1]).toMatchObject({ subject: 'act-1', actionid: 'act-1', data: second, sequence: '2' });
    expect(Object.keys(lines[1]).every((k) => /^[a-z0-9]+$/.test(k))).toBe(true);
  });
});
