/**
 * The `homeostat` command as a user runs it: a real child process against a
 * real SQLite file. audit verify passes on an intact ledger and, after a row is
 * edited behind the engine's back, fails with exit 1 naming the entry; the
 * human commands vote and pause through the same store.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { Ledger } from '../../src/ledger/ledger.js';
import { openStore } from '../../src/store/index.js';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');
let dir: string;
let db: string;

function homeostat(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOMEOSTAT_USER: '' },
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-cli-'));
  db = join(dir, 'homeostat.db');
  const store = await openStore(`sqlite:${db}`);
  const ledger = new Ledger(store, systemClock, { policyHash: 'p1' });
  for (let i = 0; i < 5; i++)
    await ledger.append({ type: 'decision', payload: { n: i, rule: 'default.low' } });
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('homeostat CLI', () => {
  it('audit verify passes on an intact ledger', () => {
    const r = homeostat('audit', 'verify', '--store', `sqlite:${db}`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/5 entries/);
  });

  it('audit verify fails and names the first altered entry', () => {
    const raw = new Database(db);
    raw.prepare('UPDATE ledger SET payload = ? WHERE seq = 3').run(JSON.stringify({ n: 2, rule: 'forged' }));
    raw.close();
    const r = homeostat('audit', 'verify', '--store', `sqlite:${db}`, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { ok: boolean; firstBad: { seq: number } };
    expect(report.ok).toBe(false);
    expect(report.firstBad.seq).toBe(3);
  });

  it('audit export writes CloudEvents JSON lines', () => {
    const r = homeostat('audit', 'export', '--store', `sqlite:${db}`);
    expect(r.code).toBe(0);
    const events = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      source: expect.any(String),
      type: expect.stringMatching(/decision/),
    });
  });

  it('refuses a vote without an identity, and an unknown approval, with clear errors', () => {
    const anon = homeostat('approve', 'apr_nope', '--store', `sqlite:${db}`);
    expect(anon.code).toBe(1);
    expect(anon.err).toMatch(/identity/);
    const unknown = homeostat('approve', 'apr_nope', '--as', 'alice', '--store', `sqlite:${db}`);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/apr_nope/);
  });

  it('pauses and resumes through the store', () => {
    const paused = homeostat('pause', '--as', 'alice', '--reason', 'migration', '--store', `sqlite:${db}`);
    expect(paused.code).toBe(0);
    expect(paused.out).toMatch(/paused by alice \(migration\)/);
    expect(homeostat('pause', '--status', '--store', `sqlite:${db}`).out).toMatch(/paused by alice/);
    expect(homeostat('resume', '--as', 'alice', '--store', `sqlite:${db}`).out).toMatch(/resumed/);
  });

  it('names a missing store file instead of creating an empty one for audit', () => {
    const r = homeostat('audit', 'verify', '--store', `sqlite:${join(dir, 'nope.db')}`);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/nope\.db/);
  });
});
