import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import type { EntityId } from '../model/index.js';
import { MemoryStore } from '../store/memory.js';
import { PAUSE_DOC, PauseSwitch } from './pause.js';
import { Policy } from './policy.js';

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'hst-pause-'));
  const flagFile = join(dir, '.homeostat', 'PAUSE');
  const store = new MemoryStore();
  await store.init();
  const clock = new ManualClock(5000);
  return { dir, flagFile, store, pause: new PauseSwitch(store, clock, { flagFile }) };
}

describe('PauseSwitch', () => {
  it('pauses and resumes through the store, recording who and why', async () => {
    const { pause, store } = await setup();
    expect(await pause.isPaused()).toBe(false);
    const s = await pause.pause('alice', 'database migration');
    expect(s).toMatchObject({
      paused: true,
      sources: ['store'],
      by: 'alice',
      reason: 'database migration',
      since: 5000,
    });
    expect(await store.getDoc(PAUSE_DOC.collection, PAUSE_DOC.id)).toMatchObject({
      paused: true,
      by: 'alice',
    });
    // Another switch over the same store sees it (CLI process vs engine).
    const other = new PauseSwitch(store, new ManualClock(0), { flagFile: '/nonexistent/PAUSE' });
    expect(await other.isPaused()).toBe(true);
    const r = await pause.resume('bob');
    expect(r).toMatchObject({ paused: false, cleared: ['store'] });
    expect(await pause.isPaused()).toBe(false);
    await expect(pause.pause('  ', 'x')).rejects.toMatchObject({ code: 'HST_INPUT_INVALID' });
  });

  it('pauses while the flag file exists; resume removes it', async () => {
    const { pause, flagFile } = await setup();
    mkdirSync(join(flagFile, '..'), { recursive: true });
    writeFileSync(flagFile, 'disk full on db-1\n');
    expect(await pause.status()).toMatchObject({
      paused: true,
      sources: ['flag-file'],
      by: 'flag-file',
      reason: 'disk full on db-1',
    });
    await pause.pause('alice', 'also');
    expect((await pause.status()).sources).toEqual(['store', 'flag-file']);
    const r = await pause.resume('alice');
    expect(r.cleared).toEqual(['store', 'flag-file']);
    expect(existsSync(flagFile)).toBe(false);
    expect(await pause.isPaused()).toBe(false);
  });

  it('an empty flag file pauses too, and an unreadable store doc errs on paused', async () => {
    const { pause, flagFile, store } = await setup();
    mkdirSync(join(flagFile, '..'), { recursive: true });
    writeFileSync(flagFile, '');
    expect((await pause.status()).reason).toContain('exists');
    await pause.resume('ops');
    await store.putDoc(PAUSE_DOC.collection, PAUSE_DOC.id, { paused: 'yes' });
    expect(await pause.isPaused()).toBe(true);
  });

  it('feeds the policy: a paused engine needs approval for auto actions', async () => {
    const { pause } = await setup();
    const policy = Policy.defaults();
    const input = {
      remedy: 'r',
      actionClass: 'restart',
      risk: 'low' as const,
      target: { entity: 'service:a' as EntityId, kind: 'service', labels: {} },
      confidence: 1,
      now: 0,
    };
    await pause.pause('alice', 'x');
    expect(policy.decide(input, { paused: await pause.isPaused() }).mode).toBe('approve');
    await pause.resume('alice');
    expect(policy.decide(input, { paused: await pause.isPaused() }).mode).toBe('auto');
  });
});
