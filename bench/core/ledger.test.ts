import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchLedgerAppends } from './ledger.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-bench-ledger-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchLedgerAppends', () => {
  it('appends a verifiable chain and reports the figures the issue names', async () => {
    const r = await benchLedgerAppends({ seconds: 0.3, dir, appenders: 8 });
    expect(r.ledger_entries).toBeGreaterThan(0);
    expect(r.ledger_appends_per_s).toBeGreaterThan(0);
    expect(r.ledger_appends_single_per_s).toBeGreaterThan(0);
    expect(r.ledger_batch_mean).toBeGreaterThanOrEqual(1);
    expect(r.ledger_batch_mean).toBeLessThanOrEqual(8);
    expect(r).toMatchObject({ ledger_appenders: 8, ledger_synchronous: 'FULL' });
  });
});
