/**
 * Crash safety: the engine is killed with SIGKILL while an action is being
 * applied or verified, then restarted on the same SQLite file. Start-up must
 * reconcile the unfinished intent (resume the window, or undo), never apply
 * twice, and leave an intact ledger that records the reconciliation.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CHILD = join(import.meta.dirname, 'engine-child.ts');
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(dir: string, mode: 'start' | 'resume', env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const waitFor = (pattern: RegExp, ms = 20_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const t0 = Date.now();
      const tick = () => {
        const m = out.match(pattern);
        if (m) return resolve(m);
        if (child.exitCode !== null) return reject(new Error(`child exited: ${err}`));
        if (Date.now() - t0 > ms)
          return reject(new Error(`timed out waiting for ${pattern}; stdout: ${out}; stderr: ${err}`));
        setTimeout(tick, 20);
      };
      tick();
    });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, waitFor, exited, output: () => out, errors: () => err };
}

interface Summary {
  incident: string;
  actions: { id: string; state: string; reason: string | null }[];
  applies: string[];
  undos: string[];
  ledgerOk: boolean;
  ledgerTypes: string[];
}

async function crashThenResume(killAt: RegExp, healthAfterCrash: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'homeostat-crash-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'health'), 'unhealthy');
  const first = run(dir, 'start', env);
  await first.waitFor(killAt);
  first.child.kill('SIGKILL');
  await first.exited;
  writeFileSync(join(dir, 'health'), healthAfterCrash);
  const second = run(dir, 'resume');
  const m = await second.waitFor(/^\{.*\}$/m, 30_000);
  expect(await second.exited).toBe(0);
  return JSON.parse(m[0]) as Summary;
}

describe('crash safety (SIGKILL mid-action)', () => {
  it('resumes the verification window from the journal and heals without applying again', async () => {
    const s = await crashThenResume(/VERIFYING act_/, 'healthy');
    expect(s.applies).toHaveLength(1);
    expect(s.undos).toHaveLength(0);
    expect(s.actions).toEqual([expect.objectContaining({ state: 'succeeded', reason: 'VERIFIED' })]);
    expect(s.incident).toBe('healed');
    expect(s.ledgerOk).toBe(true);
    expect(s.ledgerTypes).toContain('reconcile');
    expect(s.ledgerTypes.filter((t) => t === 'action.intent')).toHaveLength(1);
  });

  it('undoes after restart when the resumed window ends unhealthy', async () => {
    const s = await crashThenResume(/VERIFYING act_/, 'unhealthy');
    expect(s.applies).toHaveLength(1);
    expect(s.undos).toEqual(s.applies);
    expect(s.actions).toEqual([expect.objectContaining({ state: 'rolled-back', reason: 'VERIFY_FAILED' })]);
    expect(s.incident).toBe('rolled-back');
    expect(s.ledgerOk).toBe(true);
    expect(s.ledgerTypes).toEqual(expect.arrayContaining(['reconcile', 'action.undo', 'escalation']));
  });

  it('never re-applies an action killed in the middle of apply', async () => {
    const s = await crashThenResume(/APPLYING act_/, 'healthy', { APPLY_DELAY_MS: '3000' });
    expect(s.applies).toHaveLength(1);
    expect(s.actions[0]?.state).toBe('succeeded');
    expect(s.incident).toBe('healed');
    expect(s.ledgerOk).toBe(true);
  });
});
