import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCode } from '../core/errors.js';
import { openStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens the default relative sqlite path, creating its folder', async () => {
    const store = await openStore(undefined, { cwd: dir });
    expect(store.kind).toBe('sqlite');
    await store.putDoc('c', 'd', 1);
    await store.close();
    expect(existsSync(join(dir, '.homeostat', 'homeostat.db'))).toBe(true);
    const again = await openStore('sqlite:.homeostat/homeostat.db', { cwd: dir, create: false });
    expect(await again.getDoc('c', 'd')).toBe(1);
    await again.close();
  });

  it('opens absolute, in-memory and memory stores', async () => {
    const abs = await openStore(`sqlite://${join(dir, 'abs', 'x.db')}`);
    await abs.close();
    expect(existsSync(join(dir, 'abs', 'x.db'))).toBe(true);
    const mem = await openStore('sqlite::memory:');
    expect(mem.kind).toBe('sqlite');
    await mem.close();
    expect((await openStore('memory:')).kind).toBe('memory');
  });

  it('explains what is wrong with a store URL', async () => {
    const pg = await openStore('postgres://u:secret@db/h').catch((e) => e);
    expect(isCode(pg, 'HST_CONFIG_INVALID')).toBe(true);
    expect(pg.message).toMatch(/not available yet/);
    expect(pg.message).not.toContain('secret');
    expect(isCode(await openStore('mysql://x').catch((e) => e), 'HST_CONFIG_INVALID')).toBe(true);
    expect(isCode(await openStore('sqlite:').catch((e) => e), 'HST_CONFIG_INVALID')).toBe(true);
    const missing = await openStore('sqlite:nope/none.db', { cwd: dir, create: false }).catch((e) => e);
    expect(isCode(missing, 'HST_DATA_MISSING')).toBe(true);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });
});
