/**
 * Tamper detection on a real SQLite file: each test edits the ledger table
 * with plain SQL, as an intruder with file access would, and checks that
 * verify fails and names the entry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { SqliteStore } from '../store/sqlite.js';
import { entryHash } from './hash.js';
import { Ledger, type LedgerVerifyReport } from './ledger.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Writes a 10-entry ledger to a new file, lets `tamper` edit it with SQL, and verifies. */
async function tamperAndVerify(tamper: (db: Database.Database) => void): Promise<LedgerVerifyReport> {
  const path = join(dir, `ledger-${++n}.db`);
  const store = new SqliteStore({ path });
  await store.init();
  const ledger = new Ledger(store, new ManualClock(1000), { policyHash: 'p1' });
  for (let i = 1; i <= 10; i++) {
    await ledger.append({
      type: 'signal',
      incidentId: `inc-${i % 3}`,
      payload: { i, nested: { ok: i % 2 === 0 } },
    });
  }
  expect(await ledger.verify()).toMatchObject({ ok: true, count: 10 });
  await store.close();

  const db = new Database(path);
  try {
    tamper(db);
  } finally {
    db.close();
  }

  const reopened = new SqliteStore({ path });
  await reopened.init();
  try {
    return await new Ledger(reopened, new ManualClock(0)).verify();
  } finally {
    await reopened.close();
  }
}

describe('ledger tamper detection on a SQLite file', () => {
  it('detects an edited payload', async () => {
    const r = await tamperAndVerify((db) => {
      db.prepare(`UPDATE ledger SET payload = '{"i":5,"nested":{"ok":true}}' WHERE seq = 5`).run();
    });
    expect(r).toMatchObject({
      ok: false,
      count: 4,
      firstBad: { seq: 5, position: 5, reason: 'hash-mismatch' },
    });
  });

  it('detects an edited actor or policy hash', async () => {
    const actor = await tamperAndVerify((db) =>
      db.prepare(`UPDATE ledger SET actor = 'mallory' WHERE seq = 2`).run(),
    );
    expect(actor.firstBad).toMatchObject({ seq: 2, reason: 'hash-mismatch' });
    const policy = await tamperAndVerify((db) =>
      db.prepare(`UPDATE ledger SET policy_hash = 'x' WHERE seq = 9`).run(),
    );
    expect(policy.firstBad).toMatchObject({ seq: 9, position: 9 });
  });

  it('detects a deleted row', async () => {
    const r = await tamperAndVerify((db) => db.prepare('DELETE FROM ledger WHERE seq = 4').run());
    expect(r).toMatchObject({ ok: false, count: 3, firstBad: { seq: 5, position: 4, reason: 'gap' } });
    expect(r.firstBad?.detail).toMatch(/entry 4 is missing/);
  });

  it('detects a forged row inserted at the end', async () => {
    const r = await tamperAndVerify((db) => {
      const head = db.prepare('SELECT hash FROM ledger WHERE seq = 10').get() as { hash: string };
      db.prepare(
        `INSERT INTO ledger (seq, at, type, actor, payload, policy_hash, prev_hash, hash)
         VALUES (11, 2000, 'approval.vote', 'mallory', '{"decision":"approve"}', 'p1', ?, ?)`,
      ).run(head.hash, 'e'.repeat(64));
    });
    expect(r).toMatchObject({
      ok: false,
      count: 10,
      firstBad: { seq: 11, position: 11, reason: 'hash-mismatch' },
    });
  });

  it('detects a forged row inserted in the middle with a valid hash and renumbered successors', async () => {
    const r = await tamperAndVerify((db) => {
      db.prepare('UPDATE ledger SET seq = seq + 1000 WHERE seq >= 6').run();
      db.prepare('UPDATE ledger SET seq = seq - 999 WHERE seq >= 1000').run();
      const prev = db.prepare('SELECT hash FROM ledger WHERE seq = 5').get() as { hash: string };
      const forged = {
        seq: 6,
        at: 1000,
        type: 'approval.vote',
        actor: 'mallory',
        payload: { decision: 'approve' },
        policyHash: 'p1',
        prevHash: prev.hash,
      };
      db.prepare(
        `INSERT INTO ledger (seq, at, type, actor, payload, policy_hash, prev_hash, hash)
         VALUES (6, 1000, 'approval.vote', 'mallory', ?, 'p1', ?, ?)`,
      ).run(JSON.stringify(forged.payload), prev.hash, entryHash(forged));
    });
    expect(r).toMatchObject({ ok: false, count: 5, firstBad: { seq: 6, position: 6, reason: 'duplicate' } });
  });

  it('detects two swapped rows', async () => {
    const r = await tamperAndVerify((db) => {
      db.prepare('UPDATE ledger SET seq = -1 WHERE seq = 7').run();
      db.prepare('UPDATE ledger SET seq = 7 WHERE seq = 8').run();
      db.prepare('UPDATE ledger SET seq = 8 WHERE seq = -1').run();
    });
    expect(r).toMatchObject({
      ok: false,
      count: 6,
      firstBad: { seq: 7, position: 7, reason: 'out-of-order' },
    });
    expect(r.firstBad?.detail).toMatch(/written as seq 8/);
  });

  it('detects a row moved to a new seq', async () => {
    const r = await tamperAndVerify((db) => db.prepare('UPDATE ledger SET seq = 50 WHERE seq = 3').run());
    expect(r.firstBad).toMatchObject({ seq: 4, position: 3, reason: 'gap' });
  });
});
