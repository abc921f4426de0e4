import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { isCode } from '../../core/errors.js';
import { Ledger } from '../../ledger/ledger.js';
import { openStore } from '../../store/index.js';
import { runAuditExport, runAuditVerify } from './audit.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = { out: '', err: '' };
  stdout.on('data', (c: Buffer) => {
    text.out += c.toString();
  });
  stderr.on('data', (c: Buffer) => {
    text.err += c.toString();
  });
  return { io: { stdout, stderr, cwd: dir }, text };
}

/** A store with `count` ledger entries, opened by relative URL from `dir`. */
async function ledgerFile(count: number): Promise<{ url: string; path: string; head: string }> {
  const rel = `db-${++n}/homeostat.db`;
  const store = await openStore(`sqlite:${rel}`, { cwd: dir });
  const ledger = new Ledger(store, new ManualClock(1_000), { policyHash: 'p' });
  let head = '';
  for (let i = 0; i < count; i++)
    head = (await ledger.append({ type: 'signal', incidentId: 'inc-1', payload: { i } })).hash;
  await store.close();
  return { url: `sqlite:${rel}`, path: join(dir, rel), head };
}

describe('homeostat audit verify', () => {
  it('exits 0 on an intact ledger and prints the head', async () => {
    const { url, head } = await ledgerFile(5);
    const { io, text } = capture();
    expect(await runAuditVerify({ store: url }, io)).toBe(0);
    expect(text.out).toBe(`ledger ok: 5 entries verified, head ${head}\n`);
  });

  it('exits 1 and names the first bad entry, in text and JSON', async () => {
    const { url, path } = await ledgerFile(6);
    const db = new Database(path);
    db.prepare(`UPDATE ledger SET payload = '{"i":99}' WHERE seq = 4`).run();
    db.close();
    const text = capture();
    expect(await runAuditVerify({ store: url }, text.io)).toBe(1);
    expect(text.text.out).toMatch(/^ledger BROKEN at seq 4 \(position 4\): hash-mismatch\n/);
    const json = capture();
    expect(await runAuditVerify({ store: url, json: true }, json.io)).toBe(1);
    expect(JSON.parse(json.text.out)).toMatchObject({
      store: url,
      ok: false,
      count: 3,
      firstBad: { seq: 4, position: 4, reason: 'hash-mismatch' },
    });
  });

  it('detects a truncated tail against an anchor', async () => {
    const { url, path, head } = await ledgerFile(4);
    const db = new Database(path);
    db.prepare('DELETE FROM ledger WHERE seq = 4').run();
    db.close();
    const { io } = capture();
    expect(await runAuditVerify({ store: url }, io)).toBe(0);
    const anchored = capture();
    expect(await runAuditVerify({ store: url, anchor: head }, anchored.io)).toBe(1);
    expect(anchored.text.out).toMatch(/not in the chain/);
  });

  it('refuses a missing store or a bad option instead of creating an empty ledger', async () => {
    const { io } = capture();
    expect(
      isCode(await runAuditVerify({ store: 'sqlite:none/x.db' }, io).catch((e) => e), 'HST_DATA_MISSING'),
    ).toBe(true);
    const bad = await runAuditVerify({ store: 'memory:', anchor: 'xyz' }, io).catch((e) => e);
    expect(isCode(bad, 'HST_INPUT_INVALID')).toBe(true);
    expect(bad.message).toMatch(/--anchor/);
  });
});

describe('homeostat audit export', () => {
  it('writes CloudEvents JSON lines to stdout or a file', async () => {
    const { url } = await ledgerFile(3);
    const out = capture();
    expect(await runAuditExport({ store: url }, out.io)).toBe(0);
    const events = out.text.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => [e.specversion, e.type, e.sequence, e.subject])).toEqual([
      ['1.0', 'dev.homeostat.ledger.signal', '1', 'inc-1'],
      ['1.0', 'dev.homeostat.ledger.signal', '2', 'inc-1'],
      ['1.0', 'dev.homeostat.ledger.signal', '3', 'inc-1'],
    ]);
    const file = capture();
    expect(
      await runAuditExport({ store: url, output: 'out/audit.jsonl', from: '2', source: 'urn:x' }, file.io),
    ).toBe(0);
    const lines = readFileSync(join(dir, 'out/audit.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).data.seq)).toEqual([2, 3]);
    expect(JSON.parse(lines[0] ?? '{}').source).toBe('urn:x');
    expect(file.text.err).toMatch(/exported 2 ledger entries/);
  });
});
