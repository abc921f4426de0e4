/**
 * Finding one incident's ledger entries by binary search on time: exactly the
 * entries that name the incident, across page boundaries, and none of a
 * neighbour's, on a real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { Ledger } from '../ledger/ledger.js';
import type { Incident, IncidentId } from '../model/index.js';
import { openStore } from '../store/index.js';
import { incidentLedger } from './incident-ledger.js';

function incident(id: string, openedAt: number, closedAt?: number): Incident {
  return {
    id: id as IncidentId,
    state: closedAt === undefined ? 'open' : 'healed',
    title: id,
    domain: 'infra',
    fingerprint: id,
    entities: [],
    anomalies: [],
    hypotheses: [],
    openedAt,
    updatedAt: openedAt,
    ...(closedAt === undefined ? {} : { closedAt }),
  };
}

describe('incidentLedger', () => {
  it('returns exactly the entries of one incident, oldest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeostat-il-'));
    const store = await openStore(`sqlite:${join(dir, 'h.db')}`);
    try {
      const clock = new ManualClock(1_000_000);
      const ledger = new Ledger(store, clock);
      const writes: Promise<unknown>[] = [];
      // 3000 entries, one a second: 'a' lives from 1000 to 1999, 'b' from 1500 to the end.
      for (let i = 0; i < 3000; i++) {
        const at = 1_000_000 + i * 1000;
        const incidentId =
          i >= 1000 && i < 2000 && i % 3 === 0 ? 'inc_a' : i >= 1500 && i % 5 === 0 ? 'inc_b' : undefined;
        writes.push(
          ledger.append({ type: 'signal', at, payload: { i }, ...(incidentId ? { incidentId } : {}) }),
        );
      }
      await Promise.all(writes);
      const a = await incidentLedger(
        store,
        incident('inc_a', 1_000_000 + 1000 * 1000, 1_000_000 + 1999 * 1000),
      );
      const wantA = Array.from({ length: 1000 }, (_, k) => 1000 + k).filter((i) => i % 3 === 0);
      expect(a.map((e) => e.payload.i)).toEqual(wantA);
      const b = await incidentLedger(store, incident('inc_b', 1_000_000 + 1500 * 1000));
      expect(b.map((e) => e.payload.i)).toEqual(
        Array.from({ length: 1500 }, (_, k) => 1500 + k).filter(
          (i) => i % 5 === 0 && !(i < 2000 && i % 3 === 0),
        ),
      );
      expect(await incidentLedger(store, incident('inc_none', 5_000_000))).toEqual([]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
