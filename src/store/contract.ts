/**
 * The Store contract: one vitest suite that every Store implementation runs
 * unchanged (memory, SQLite, and later PostgreSQL). It states what the engine
 * relies on: orderings, filters, idempotency keys, atomic gap-free ledger
 * appends, and that values are copied rather than shared.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCode } from '../core/errors.js';
import type { Store } from '../core/store.js';
import { actionFixture, approvalFixture, incidentFixture, ledgerEntryFixture } from './fixtures.js';

/** Opens a store at one fixed location each time it is called (for the reopen test). */
export type StoreOpener = () => Promise<Store>;

export interface StoreContractOptions {
  /** For durable stores: returns an opener bound to a fresh location; the suite opens it twice. */
  readonly persistent?: () => StoreOpener;
}

/**
 * Registers the contract suite for one implementation. `make` returns a fresh,
 * empty, initialised store for each test.
 * @example storeContract('memory', async () => { const s = new MemoryStore(); await s.init(); return s; });
 */
export function storeContract(
  name: string,
  make: () => Promise<Store>,
  options: StoreContractOptions = {},
): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('init is idempotent and close is safe twice', async () => {
      await store.init();
      await store.putDoc('c', 'a', { v: 1 });
      await store.init();
      expect(await store.getDoc('c', 'a')).toEqual({ v: 1 });
      await store.close();
      await store.close();
      store = await make();
    });

    describe('incidents', () => {
      it('puts, gets, replaces, and copies values', async () => {
        const inc = incidentFixture({ id: 'inc-1', resolution: undefined });
        await store.putIncident(inc);
        expect(await store.getIncident('inc-1')).toEqual(inc);
        expect(await store.getIncident('nope')).toBeUndefined();
        const got = await store.getIncident('inc-1');
        (got as { title: string }).title = 'mutated';
        expect((await store.getIncident('inc-1'))?.title).toBe('incident inc-1');
        await store.putIncident({ ...inc, state: 'healed', closedAt: 5000, resolution: 'VERIFIED' });
        expect(await store.getIncident('inc-1')).toMatchObject({ state: 'healed', closedAt: 5000 });
        expect(await store.listIncidents()).toHaveLength(1);
      });

      it('lists newest first with state, fingerprint, since and limit filters', async () => {
        await store.putIncident(
          incidentFixture({ id: 'i1', openedAt: 100, fingerprint: 'a', state: 'open' }),
        );
        await store.putIncident(
          incidentFixture({ id: 'i2', openedAt: 300, fingerprint: 'b', state: 'healed' }),
        );
        await store.putIncident(
          incidentFixture({ id: 'i3', openedAt: 200, fingerprint: 'a', state: 'acting' }),
        );
        await store.putIncident(
          incidentFixture({ id: 'i4', openedAt: 400, fingerprint: 'a', state: 'escalated' }),
        );
        const ids = async (q?: Parameters<Store['listIncidents']>[0]) =>
          (await store.listIncidents(q)).map((i) => i.id);
        expect(await ids()).toEqual(['i4', 'i2', 'i3', 'i1']);
        expect(await ids({ states: ['open', 'acting'] })).toEqual(['i3', 'i1']);
        expect(await ids({ states: [] })).toEqual([]);
        expect(await ids({ fingerprint: 'a' })).toEqual(['i4', 'i3', 'i1']);
        expect(await ids({ since: 200 })).toEqual(['i4', 'i2', 'i3']);
        expect(await ids({ fingerprint: 'a', since: 150, limit: 1 })).toEqual(['i4']);
        expect(await ids({ limit: 0 })).toEqual([]);
      });
    });

    describe('actions', () => {
      it('puts, gets, and finds by idempotency key', async () => {
        const a = actionFixture({ id: 'a1', idempotencyKey: 'k1' });
        await store.putAction(a);
        expect(await store.getAction('a1')).toEqual(a);
        expect(await store.getActionByIdempotencyKey('k1')).toEqual(a);
        expect(await store.getActionByIdempotencyKey('k2')).toBeUndefined();
        await store.putAction({ ...a, state: 'succeeded', undoData: { release: 'v1' } });
        expect(await store.getActionByIdempotencyKey('k1')).toMatchObject({ id: 'a1', state: 'succeeded' });
      });

      it('refuses a second action with the same idempotency key', async () => {
        await store.putAction(actionFixture({ id: 'a1', idempotencyKey: 'same' }));
        const err = await store
          .putAction(actionFixture({ id: 'a2', idempotencyKey: 'same' }))
          .catch((e) => e);
        expect(isCode(err, 'HST_IDEMPOTENCY_CONFLICT')).toBe(true);
        expect(await store.getAction('a2')).toBeUndefined();
      });

      it('lists oldest first with filters', async () => {
        const other = { entity: 'service:cart', kind: 'service', labels: {} } as const;
        await store.putAction(
          actionFixture({ id: 'a3', createdAt: 300, state: 'verifying', remedy: 'infra.scale' }),
        );
        await store.putAction(actionFixture({ id: 'a1', createdAt: 100, state: 'intent' }));
        await store.putAction(
          actionFixture({ id: 'a2', createdAt: 200, state: 'succeeded', incidentId: 'inc-2' }),
        );
        await store.putAction(actionFixture({ id: 'a4', createdAt: 400, target: other as never }));
        const ids = async (q?: Parameters<Store['listActions']>[0]) =>
          (await store.listActions(q)).map((a) => a.id);
        expect(await ids()).toEqual(['a1', 'a2', 'a3', 'a4']);
        expect(await ids({ incidentId: 'inc-2' })).toEqual(['a2']);
        expect(await ids({ states: ['intent', 'verifying'] })).toEqual(['a1', 'a3', 'a4']);
        expect(await ids({ targetEntity: 'service:cart' })).toEqual(['a4']);
        expect(await ids({ remedy: 'infra.scale' })).toEqual(['a3']);
        expect(await ids({ since: 200, limit: 2 })).toEqual(['a2', 'a3']);
      });
    });

    it('keeps approvals and lists them by state and action', async () => {
      await store.putApproval(approvalFixture({ id: 'p1', actionId: 'a1', createdAt: 200 }));
      await store.putApproval(approvalFixture({ id: 'p2', actionId: 'a2', createdAt: 100 }));
      expect((await store.getApproval('p1'))?.proposal.params).toEqual({ to: 'v1' });
      expect(await store.getApproval('p3')).toBeUndefined();
      expect((await store.listApprovals()).map((p) => p.id)).toEqual(['p2', 'p1']);
      const vote = { by: 'alice', decision: 'approve', reason: 'ok', at: 300 } as const;
      await store.putApproval(
        approvalFixture({ id: 'p1', actionId: 'a1', state: 'approved', votes: [vote] }),
      );
      expect((await store.listApprovals({ state: 'pending' })).map((p) => p.id)).toEqual(['p2']);
      expect(await store.listApprovals({ actionId: 'a1' })).toMatchObject([{ id: 'p1', votes: [vote] }]);
      expect(await store.listApprovals({ state: 'approved', actionId: 'a2' })).toEqual([]);
    });

    it('accumulates outcome statistics per key', async () => {
      const key = { fingerprint: 'fp', remedy: 'infra.restart', targetClass: 'service' };
      expect(await store.recordOutcome(key, true, 100)).toEqual({
        ...key,
        successes: 1,
        failures: 0,
        lastAt: 100,
      });
      await store.recordOutcome(key, true, 200);
      expect(await store.recordOutcome(key, false, 300)).toEqual({
        ...key,
        successes: 2,
        failures: 1,
        lastAt: 300,
      });
      await store.recordOutcome({ ...key, remedy: 'infra.rollback' }, false, 400);
      await store.recordOutcome({ ...key, fingerprint: 'other' }, true, 500);
      expect(await store.listOutcomeStats()).toHaveLength(3);
      expect(await store.listOutcomeStats({ fingerprint: 'fp' })).toEqual([
        { ...key, remedy: 'infra.restart', successes: 2, failures: 1, lastAt: 300 },
        { ...key, remedy: 'infra.rollback', successes: 0, failures: 1, lastAt: 400 },
      ]);
      expect(await store.listOutcomeStats({ remedy: 'infra.restart', targetClass: 'service' })).toHaveLength(
        2,
      );
      expect(await store.listOutcomeStats({ targetClass: 'host' })).toEqual([]);
    });

    it('answers heal window queries', async () => {
      const heal = { fingerprint: 'fp', target: 'service:a', remedy: 'infra.restart', actionId: 'x', at: 0 };
      await store.recordHeal({ ...heal, actionId: 'h1', at: 100 });
      await store.recordHeal({ ...heal, actionId: 'h2', at: 200 });
      await store.recordHeal({ ...heal, actionId: 'h3', at: 300, target: 'service:b' });
      await store.recordHeal({ ...heal, actionId: 'h4', at: 400, fingerprint: 'other' });
      const ids = async (q: Parameters<Store['listHeals']>[0]) =>
        (await store.listHeals(q)).map((h) => h.actionId);
      expect(await ids({ fingerprint: 'fp', since: 0 })).toEqual(['h1', 'h2', 'h3']);
      expect(await ids({ fingerprint: 'fp', since: 200 })).toEqual(['h2', 'h3']);
      expect(await ids({ fingerprint: 'fp', target: 'service:a', since: 150 })).toEqual(['h2']);
      expect(await store.listHeals({ fingerprint: 'fp', since: 300 })).toEqual([
        { ...heal, actionId: 'h3', at: 300, target: 'service:b' },
      ]);
    });

    describe('ledger', () => {
      it('appends, reads in seq order, and reports head and count', async () => {
        expect(await store.ledgerHead()).toBeUndefined();
        expect(await store.ledgerCount()).toBe(0);
        expect(await store.readLedger(1, 10)).toEqual([]);
        const e1 = ledgerEntryFixture(1, { incidentId: 'inc-1', actionId: 'act-1', actor: 'alice' });
        await store.appendLedger([e1]);
        await store.appendLedger([ledgerEntryFixture(2), ledgerEntryFixture(3), ledgerEntryFixture(4)]);
        expect(await store.ledgerCount()).toBe(4);
        expect(await store.ledgerHead()).toEqual(ledgerEntryFixture(4));
        expect((await store.readLedger(1, 1))[0]).toEqual(e1);
        const page = await store.readLedger(2, 2);
        expect(page).toEqual([ledgerEntryFixture(2), ledgerEntryFixture(3)]);
        // Absent optional fields stay absent: the hash is computed over them.
        expect('incidentId' in (page[0] ?? {})).toBe(false);
        expect((await store.readLedger(4, 100)).map((e) => e.seq)).toEqual([4]);
        expect(await store.readLedger(5, 100)).toEqual([]);
        await store.appendLedger([]);
        expect(await store.ledgerCount()).toBe(4);
      });

      it('rejects gaps and duplicates atomically', async () => {
        const conflict = async (seqs: number[]) => {
          const err = await store.appendLedger(seqs.map((s) => ledgerEntryFixture(s))).catch((e) => e);
          expect(isCode(err, 'HST_CONFLICT'), `seqs ${seqs.join(',')} should be refused`).toBe(true);
        };
        await conflict([2]);
        await conflict([0]);
        await store.appendLedger([ledgerEntryFixture(1), ledgerEntryFixture(2)]);
        await conflict([2]);
        await conflict([1]);
        await conflict([4]);
        await conflict([3, 5]);
        await conflict([3, 4, 4]);
        expect(await store.ledgerCount()).toBe(2);
        expect((await store.ledgerHead())?.seq).toBe(2);
        await store.appendLedger([ledgerEntryFixture(3)]);
        expect(await store.ledgerCount()).toBe(3);
      });
    });

    it('keeps documents by collection and id', async () => {
      await store.putDoc('autonomy', 'svc:a', { mode: 'approve', n: [1, 2] });
      await store.putDoc('autonomy', 'svc:b', { mode: 'auto' });
      await store.putDoc('autonomy', 'svc%_c', 'a string doc');
      await store.putDoc('autonomy', 'host:a', 42);
      await store.putDoc('pause', 'svc:a', true);
      expect(await store.getDoc('autonomy', 'svc:a')).toEqual({ mode: 'approve', n: [1, 2] });
      expect(await store.getDoc('autonomy', 'nope')).toBeUndefined();
      expect(await store.getDoc('pause', 'svc:a')).toBe(true);
      expect((await store.listDocs('autonomy')).map((d) => d.id)).toEqual([
        'host:a',
        'svc%_c',
        'svc:a',
        'svc:b',
      ]);
      expect(await store.listDocs('autonomy', 'svc:')).toEqual([
        { id: 'svc:a', doc: { mode: 'approve', n: [1, 2] } },
        { id: 'svc:b', doc: { mode: 'auto' } },
      ]);
      expect((await store.listDocs('autonomy', 'svc%')).map((d) => d.id)).toEqual(['svc%_c']);
      expect(await store.listDocs('empty')).toEqual([]);
      await store.putDoc('autonomy', 'svc:b', { mode: 'approve' });
      expect(await store.getDoc('autonomy', 'svc:b')).toEqual({ mode: 'approve' });
      await store.deleteDoc('autonomy', 'svc:a');
      await store.deleteDoc('autonomy', 'never-there');
      expect(await store.getDoc('autonomy', 'svc:a')).toBeUndefined();
      expect(await store.getDoc('pause', 'svc:a')).toBe(true);
    });

    // Only durable stores promise this; an in-memory store does not register the test at all.
    const persistent = options.persistent;
    if (persistent)
      it('keeps everything when reopened', async () => {
        const open = persistent();
        const first = await open();
        await first.putIncident(incidentFixture({ id: 'inc-9' }));
        await first.putAction(actionFixture({ id: 'a9', idempotencyKey: 'k9' }));
        await first.recordOutcome({ fingerprint: 'f', remedy: 'r', targetClass: 't' }, true, 1);
        await first.appendLedger([ledgerEntryFixture(1), ledgerEntryFixture(2)]);
        await first.putDoc('c', 'd', { ok: true });
        await first.close();
        const again = await open();
        try {
          expect((await again.getIncident('inc-9'))?.id).toBe('inc-9');
          expect((await again.getActionByIdempotencyKey('k9'))?.id).toBe('a9');
          expect(await again.listOutcomeStats()).toHaveLength(1);
          expect(await again.ledgerHead()).toEqual(ledgerEntryFixture(2));
          expect(await again.getDoc('c', 'd')).toEqual({ ok: true });
          await again.appendLedger([ledgerEntryFixture(3)]);
          expect(await again.ledgerCount()).toBe(3);
        } finally {
          await again.close();
        }
      });
  });
}
