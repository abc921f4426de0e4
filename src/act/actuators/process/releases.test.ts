import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ActuatorError } from '../../../core/remedy.js';
import { MemoryStore } from '../../../store/memory.js';
import { httpCall } from './probe.js';
import { jsonFileState, storeDocState } from './state.js';
import { ProcessSupervisor, type SupervisorOptions } from './supervisor.js';
import { fixtureSpec, freePortRange, pidAlive } from './testing.js';
import type { ServiceSpec, SupervisorEvent } from './types.js';

const running: ProcessSupervisor[] = [];
const dir = mkdtempSync(join(tmpdir(), 'homeostat-sup-'));

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.shutdown()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function boot(specs: (base: number) => ServiceSpec[], opts: Omit<SupervisorOptions, 'services'> = {}) {
  const base = await freePortRange(3);
  const events: SupervisorEvent[] = [];
  const sup = new ProcessSupervisor({ ...opts, services: specs(base), onEvent: (e) => events.push(e) });
  running.push(sup);
  await sup.start();
  return { sup, base, events };
}

async function env(port: number): Promise<Record<string, string>> {
  const r = await httpCall(`http://127.0.0.1:${port}/env`, { timeoutMs: 1_000 });
  return (JSON.parse(r.body ?? '{}') as { env: Record<string, string> }).env;
}

async function failureOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return err instanceof ActuatorError ? err.failure : `not an ActuatorError: ${String(err)}`;
}

const v1 = (b: number) => [fixtureSpec('api', b, { version: 'v1', env: { VERSION: 'v1', MODE: 'old' } })];

describe('ProcessSupervisor: releases', () => {
  it('deploys a new release and rolls back to the previous command, env and version', async () => {
    const { sup, base, events } = await boot(v1);
    expect((await env(base)).VERSION).toBe('v1');

    const d = await sup.deploy('api', { version: 'v2', env: { VERSION: 'v2', MODE: 'new' } });
    expect(d).toMatchObject({ revision: 2, previousRevision: 1, version: 'v2', previousVersion: 'v1' });
    expect(await env(base)).toMatchObject({ VERSION: 'v2', MODE: 'new' });
    expect(sup.status('api').version).toBe('v2');

    const r = await sup.rollback('api');
    expect(r).toMatchObject({ fromVersion: 'v2', toVersion: 'v1', toRevision: 1 });
    expect(await env(base)).toMatchObject({ VERSION: 'v1', MODE: 'old' });
    expect(sup.status('api')).toMatchObject({ version: 'v1', releaseRevision: 1 });
    expect(sup.inspect('api').releases.map((x) => x.version)).toEqual(['v1', 'v2']);
    expect(
      events.filter((e) => e.type === 'deployed' || e.type === 'rolled-back').map((e) => e.type),
    ).toEqual(['deployed', 'rolled-back']);

    // Back to the bad release by revision (what undoing a rollback does).
    await sup.rollback('api', { toRevision: 2 });
    expect((await env(base)).VERSION).toBe('v2');
  });

  it('refuses a rollback with no earlier release, permanently', async () => {
    const { sup } = await boot(v1);
    const err = (await sup.rollback('api').catch((e: unknown) => e)) as ActuatorError;
    expect(err).toBeInstanceOf(ActuatorError);
    expect(err.failure).toBe('permanent');
    expect(err.message).toMatch(/no release before the current one/);
  });

  it('rolls back to a named version', async () => {
    const { sup } = await boot(v1);
    await sup.deploy('api', { version: 'v2', env: { VERSION: 'v2' } });
    await sup.deploy('api', { version: 'v3', env: { VERSION: 'v3' } });
    expect((await sup.rollback('api', { toVersion: 'v1' })).toRevision).toBe(1);
    expect(await failureOf(sup.rollback('api', { toVersion: 'v9' }))).toBe('permanent');
  });
});

describe('ProcessSupervisor: config revisions', () => {
  it('sets env as a new revision and reverts to an earlier one', async () => {
    const { sup, base, events } = await boot(v1);
    const s = await sup.setEnv('api', { POOL_SIZE: '9', FEATURE_X: 'on' });
    expect(s).toEqual({ revision: 2, previousRevision: 1 });
    expect(await env(base)).toMatchObject({ POOL_SIZE: '9', FEATURE_X: 'on' });

    await sup.setEnv('api', { FEATURE_X: null });
    expect((await env(base)).FEATURE_X).toBeUndefined();

    const r = await sup.revertConfig('api', 1);
    expect(r).toEqual({ revision: 4, previousRevision: 3 });
    const after = await env(base);
    expect(after.POOL_SIZE).toBeUndefined();
    expect(after.VERSION).toBe('v1');
    const last = events.filter((e) => e.type === 'config-changed').at(-1);
    expect(last).toMatchObject({ revertedTo: 1, change: { POOL_SIZE: null } });
    expect(await failureOf(sup.revertConfig('api', 99))).toBe('permanent');
  });
});

describe('ProcessSupervisor: scaling', () => {
  it('scales out on consecutive ports and back in, stopping the newest instances', async () => {
    const { sup, base, events } = await boot(v1);
    expect(await sup.scale('api', 3)).toEqual({ from: 1, to: 3 });
    const view = sup.status('api');
    expect(view.instances.map((i) => i.port)).toEqual([base, base + 1, base + 2]);
    const pids = view.instances.map((i) => i.pid as number);
    expect((await env(base + 2)).INSTANCE).toBe('2');
    expect(await sup.health('api')).toMatchObject({ status: 'healthy', value: 1 });

    await sup.scale('api', 1);
    expect(sup.status('api').instances).toHaveLength(1);
    expect(pidAlive(pids[0] as number)).toBe(true);
    expect(pidAlive(pids[1] as number)).toBe(false);
    expect(pidAlive(pids[2] as number)).toBe(false);
    expect(events.filter((e) => e.type === 'scaled')).toHaveLength(2);
    expect(sup.endpoints('api')).toEqual([
      {
        instance: 0,
        port: base,
        healthUrl: `http://127.0.0.1:${base}/health`,
        metricsUrl: `http://127.0.0.1:${base}/metrics`,
        adminUrl: `http://127.0.0.1:${base}/admin`,
      },
    ]);
  });

  it('refuses, before changing anything, to scale beyond the declared ports', async () => {
    const { sup, base } = await boot((b) => [
      { ...fixtureSpec('api', b), portBase: undefined, ports: [b, b + 1] },
    ]);
    expect(await failureOf(sup.scale('api', 3))).toBe('permanent');
    expect(sup.status('api').desired.instances).toBe(1);
    await sup.scale('api', 2);
    expect(sup.status('api').instances.map((i) => i.port)).toEqual([base, base + 1]);
  });
});

describe('ProcessSupervisor: idempotency', () => {
  it('restarts once for the same action id, even when called concurrently', async () => {
    const { sup, events } = await boot(v1);
    const [a, b] = await Promise.all([
      sup.restart('api', { actionId: 'act_1' }),
      sup.restart('api', { actionId: 'act_1' }),
    ]);
    expect(a.pids).toEqual(b.pids);
    const c = await sup.restart('api', { actionId: 'act_1' });
    expect(c.repeated).toBe(true);
    expect(c.pids).toEqual(a.pids);
    expect(events.filter((e) => e.type === 'restarted')).toHaveLength(1);
    const err = (await sup.stop('api', { actionId: 'act_1' }).catch((e: unknown) => e)) as ActuatorError;
    expect(err.failure).toBe('permanent');
  });
});

describe('ProcessSupervisor: persistence', () => {
  it('remembers releases, config, desired state and applied ids across restarts (JSON file)', async () => {
    const file = join(dir, 'state.json');
    const first = await boot(v1, { state: jsonFileState(file) });
    await first.sup.deploy('api', { version: 'v2', env: { VERSION: 'v2' } }, { actionId: 'act_d' });
    await first.sup.setEnv('api', { POOL_SIZE: '7' });
    await first.sup.scale('api', 2);
    await first.sup.shutdown();
    expect(JSON.parse(readFileSync(file, 'utf8')).services.api.currentRelease).toBe(2);

    const sup = new ProcessSupervisor({ services: v1(first.base), state: jsonFileState(file) });
    running.push(sup);
    await sup.start();
    expect(sup.status('api')).toMatchObject({ version: 'v2', configRevision: 2, desired: { instances: 2 } });
    expect((await env(first.base + 1)).POOL_SIZE).toBe('7');
    const again = await sup.deploy('api', { version: 'v2' }, { actionId: 'act_d' });
    expect(again.repeated).toBe(true);
    expect((await sup.rollback('api')).toVersion).toBe('v1');
  });

  it('reaps the children of a predecessor that died without shutting down (Store doc)', async () => {
    const store = new MemoryStore();
    const base = await freePortRange(1);
    const crashed = new ProcessSupervisor({
      services: [fixtureSpec('api', base)],
      state: storeDocState(store),
      killChildrenOnExit: false,
    });
    await crashed.start();
    const [orphan] = crashed.status('api').instances.map((i) => i.pid as number);
    // `crashed` is abandoned as if killed -9: its child still runs and holds the port.
    const sup = new ProcessSupervisor({ services: [fixtureSpec('api', base)], state: storeDocState(store) });
    running.push(sup);
    await sup.start();
    expect(pidAlive(orphan as number)).toBe(false);
    expect((await sup.health('api')).status).toBe('healthy');
    expect(sup.status('api').instances[0]?.pid).not.toBe(orphan);
    await crashed.shutdown();
  });

  it('a newly configured version becomes a new release on start', async () => {
    const file = join(dir, 'state2.json');
    const first = await boot(v1, { state: jsonFileState(file) });
    await first.sup.shutdown();
    const spec = fixtureSpec('api', first.base, { version: 'v5', env: { VERSION: 'v5' } });
    const sup = new ProcessSupervisor({ services: [spec], state: jsonFileState(file) });
    running.push(sup);
    await sup.start();
    expect(sup.inspect('api').releases.map((r) => r.version)).toEqual(['v1', 'v5']);
    expect((await env(first.base)).VERSION).toBe('v5');
  });
});
