import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { isCode } from '../core/errors.js';
import { storeContract } from './contract.js';
import { ledgerEntryFixture } from './fixtures.js';
import { SqliteStore } from './sqlite.js';
import { SCHEMA_VERSION } from './sqlite-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-sqlite-'));
let n = 0;
const freshPath = () => join(dir, `store-${++n}`, 'homeostat.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string, synchronous?: 'FULL' | 'NORMAL' | 'OFF'): Promise<SqliteStore> {
  const store = new SqliteStore({ path, ...(synchronous ? { synchronous } : {}) });
  await store.init();
  return store;
}

storeContract('sqlite file', () => open(freshPath()), {
  persistent: () => {
    const path = freshPath();
    return () => open(path);
  },
});

storeContract('sqlite :memory:', () => open(':memory:'));

describe('SqliteStore', () => {
  it('uses WAL, FULL sync by default, and records the schema version', async () => {
    const path = freshPath();
    const store = await open(path);
    await store.close();
    const db = new Database(path);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const v = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number };
      expect(v.v).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
    const again = await open(path, 'NORMAL');
    await again.close();
  });

  it('refuses a database written by a newer schema', async () => {
    const path = freshPath();
    await (await open(path)).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION + 1);
    db.close();
    const err = await open(path).catch((e) => e);
    expect(isCode(err, 'HST_STORE')).toBe(true);
    expect(String(err.message)).toMatch(/newer/);
  });

  it('reads ledger rows in physical order, so SQL tampering stays visible', async () => {
    const path = freshPath();
    const store = await open(path);
    await store.appendLedger([1, 2, 3, 4].map((s) => ledgerEntryFixture(s)));
    const db = new Database(path);
    db.prepare('UPDATE ledger SET seq = 10 WHERE seq = 2').run();
    db.close();
    expect((await store.readLedger(1, 100)).map((e) => e.seq)).toEqual([1, 3, 4, 10]);
    expect((await store.ledgerHead())?.seq).toBe(10);
    const err = await store.appendLedger([ledgerEntryFixture(5)]).catch((e) => e);
    expect(isCode(err, 'HST_CONFLICT')).toBe(true);
    await store.close();
  });

  it('names the file when used before init or after close', async () => {
    const path = freshPath();
    const store = new SqliteStore({ path });
    await store.close();
    const err = await store.getDoc('a', 'b').catch((e) => e);
    expect(isCode(err, 'HST_STORE')).toBe(true);
    expect(String((err as Error).message)).toContain(path);
  });
});
