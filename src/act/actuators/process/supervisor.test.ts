import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ActuatorError } from '../../../core/remedy.js';
import { httpCall } from './probe.js';
import { ProcessSupervisor, type SupervisorOptions } from './supervisor.js';
import { FIXTURE_SERVICE, fixtureSpec, freePortRange, pidAlive, waitFor } from './testing.js';
import type { ServiceSpec, SupervisorEvent } from './types.js';

const running: ProcessSupervisor[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.shutdown()));
});

async function boot(
  specs: (base: number) => ServiceSpec[],
  opts: Omit<SupervisorOptions, 'services'> = {},
  ports = 3,
) {
  const base = await freePortRange(ports);
  const events: SupervisorEvent[] = [];
  const sup = new ProcessSupervisor({ ...opts, services: specs(base), onEvent: (e) => events.push(e) });
  running.push(sup);
  await sup.start();
  return { sup, base, events };
}

const pidsOf = (sup: ProcessSupervisor, name: string): number[] =>
  sup
    .status(name)
    .instances.map((i) => i.pid)
    .filter((p): p is number => p !== undefined);

describe('ProcessSupervisor: lifecycle', () => {
  it('starts, restarts with a new pid, and stops a real child', async () => {
    const { sup, events } = await boot((b) => [fixtureSpec('api', b)]);
    expect((await sup.health('api')).status).toBe('healthy');
    const [first] = pidsOf(sup, 'api');
    expect(first).toBeDefined();

    const r = await sup.restart('api');
    expect(r.previousPids).toEqual([first]);
    expect(r.pids[0]).not.toBe(first);
    expect(pidAlive(first as number)).toBe(false);
    expect((await sup.health('api')).status).toBe('healthy');
    expect(events.map((e) => e.type)).toContain('restarted');

    await sup.stop('api');
    expect(pidsOf(sup, 'api')).toEqual([]);
    expect(pidAlive(r.pids[0] as number)).toBe(false);
    expect(sup.status('api').desired.running).toBe(false);
    const exit = events.find((e) => e.type === 'exited' && e.pid === r.pids[0]);
    expect(exit).toMatchObject({ type: 'exited', expected: true });
  });

  it('gives no health verdict while a change replaces the instances', async () => {
    const { sup } = await boot((b) => [fixtureSpec('api', b)]);
    const restart = sup.setEnv('api', { FLAG: 'on' });
    // The old instance is being stopped and the new one is not up yet: neither is a symptom.
    const during = await sup.health('api');
    expect(during).toMatchObject({ status: 'no-data', detail: "service 'api' is being changed" });
    await restart;
    expect((await sup.health('api')).status).toBe('healthy');
  });

  it('captures an unexpected exit code and does not restart by itself', async () => {
    const { sup, base, events } = await boot((b) => [fixtureSpec('api', b)]);
    await httpCall(`http://127.0.0.1:${base}/admin/crash?code=7`, { timeoutMs: 1_000 });
    await waitFor(() => events.some((e) => e.type === 'exited'), 'the exit event');
    const exit = events.find((e) => e.type === 'exited');
    expect(exit).toMatchObject({ code: 7, signal: null, expected: false, service: 'api', instance: 0 });
    expect(sup.status('api').instances[0]?.lastExit?.code).toBe(7);
    const h = await sup.health('api');
    expect(h.status).toBe('unhealthy');
    await new Promise((r) => setTimeout(r, 300));
    expect(pidsOf(sup, 'api')).toEqual([]);
  });

  it('restarts on exit only when asked to (restartOnExit)', async () => {
    const { sup, base } = await boot((b) => [fixtureSpec('api', b, { restartOnExit: true })]);
    const [first] = pidsOf(sup, 'api');
    await httpCall(`http://127.0.0.1:${base}/admin/crash`, { timeoutMs: 1_000 });
    await waitFor(async () => (pidsOf(sup, 'api')[0] ?? first) !== first, 'a new pid');
    await waitFor(async () => (await sup.health('api')).status === 'healthy', 'healthy again');
  });

  it('records the signal of a killed child', async () => {
    const { sup, events } = await boot((b) => [fixtureSpec('api', b)]);
    const [pid] = pidsOf(sup, 'api');
    process.kill(pid as number, 'SIGKILL');
    await waitFor(() => events.some((e) => e.type === 'exited'), 'the exit event');
    expect(events.find((e) => e.type === 'exited')).toMatchObject({ code: null, signal: 'SIGKILL' });
  });

  it('keeps only the newest log lines, bounded', async () => {
    const { sup } = await boot((b) => [fixtureSpec('api', b, { env: { LOG_LINES: '500' }, logLines: 50 })]);
    await waitFor(() => sup.logs('api').some((l) => l.line.startsWith('listening on')), 'the listening line');
    const lines = sup.logs('api');
    expect(lines.length).toBe(50);
    expect(lines.at(-1)?.line).toMatch(/^listening on \d+/);
    expect(lines.at(-2)?.line).toBe('log line 499');
    expect(lines.some((l) => l.line === 'log line 0')).toBe(false);
    expect(sup.logs('api', { limit: 3 })).toHaveLength(3);
  });

  it('shutdown stops everything, escalating to SIGKILL, and is safe twice', async () => {
    const { sup } = await boot(
      (b) => [
        fixtureSpec('a', b, { instances: 2 }),
        fixtureSpec('stubborn', b + 2, { env: { IGNORE_SIGTERM: '1' }, stopTimeoutMs: 300 }),
      ],
      {},
      3,
    );
    const pids = [...pidsOf(sup, 'a'), ...pidsOf(sup, 'stubborn')];
    expect(pids).toHaveLength(3);
    await sup.shutdown();
    await sup.shutdown();
    for (const pid of pids) expect(pidAlive(pid)).toBe(false);
    const err = await sup.restart('a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActuatorError);
  });

  it('shutdown while a restart is in flight leaves no child behind', async () => {
    // A stubborn child keeps the restart waiting in its stop phase while shutdown runs.
    const { sup } = await boot((b) => [
      fixtureSpec('api', b, { env: { IGNORE_SIGTERM: '1' }, stopTimeoutMs: 300 }),
    ]);
    const seen = new Set(pidsOf(sup, 'api'));
    sup.on((e) => {
      if (e.type === 'started') seen.add(e.pid);
    });
    const restarting = sup.restart('api').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 30));
    await sup.shutdown();
    await restarting;
    for (const pid of seen) expect(pidAlive(pid)).toBe(false);
  });

  it('shutdown before start is safe', async () => {
    const sup = new ProcessSupervisor();
    await sup.shutdown();
  });
});

describe('ProcessSupervisor: errors are classified', () => {
  it('a missing executable is permanent', async () => {
    const sup = new ProcessSupervisor({ services: [{ name: 'ghost', command: ['/no/such/binary-xyz'] }] });
    running.push(sup);
    const err = await sup.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActuatorError);
    expect((err as ActuatorError).failure).toBe('permanent');
    expect((err as ActuatorError).message).toMatch(/ENOENT/);
  });

  it('an unknown service is permanent and names the known ones', async () => {
    const { sup } = await boot((b) => [fixtureSpec('api', b)]);
    const err = (await sup.restart('nope').catch((e: unknown) => e)) as ActuatorError;
    expect(err.failure).toBe('permanent');
    expect(err.message).toMatch(/known: api/);
  });

  it('a busy port is retryable', async () => {
    const { sup, base } = await boot((b) => [fixtureSpec('api', b)]);
    await sup.stop('api');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(base, '127.0.0.1', r));
    try {
      const err = (await sup.startService('api').catch((e: unknown) => e)) as ActuatorError;
      expect(err).toBeInstanceOf(ActuatorError);
      expect(err.failure).toBe('retryable');
      expect(err.message).toMatch(/port .* in use/);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('a service that never answers is a retryable health timeout', async () => {
    const base = await freePortRange(1);
    const spec = fixtureSpec('slow', base, {
      env: { FAULT: 'hang' },
      readyTimeoutMs: 400,
      healthTimeoutMs: 100,
    });
    const sup = new ProcessSupervisor({ services: [spec] });
    running.push(sup);
    const err = (await sup.start().catch((e: unknown) => e)) as ActuatorError;
    expect(err.failure).toBe('retryable');
    expect(err.message).toMatch(/not answering/);
  });

  it('a child that exits while starting is permanent and quotes its log', async () => {
    const base = await freePortRange(1);
    const sup = new ProcessSupervisor({
      services: [fixtureSpec('crashy', base, { env: { FAULT: 'crash' } })],
    });
    running.push(sup);
    const err = (await sup.start().catch((e: unknown) => e)) as ActuatorError;
    expect(err.failure).toBe('permanent');
    expect(err.message).toMatch(/exited while starting \(code 3.*crashing on start/);
  });

  it('rejects an invalid spec with the field named', async () => {
    const sup = new ProcessSupervisor();
    const err = await sup.add({ name: 'x', command: [] }).catch((e: unknown) => e);
    expect(String(err)).toMatch(/service 'x': command/);
  });

  it('runs a command without a shell: metacharacters stay literal', async () => {
    const sup = new ProcessSupervisor({
      services: [
        { name: 'echo', command: [process.execPath, '-e', 'console.log(process.argv[1])', '$HOME;ls'] },
      ],
    });
    running.push(sup);
    await sup.start();
    await waitFor(() => sup.logs('echo').length > 0, 'output');
    expect(sup.logs('echo')[0]?.line).toBe('$HOME;ls');
    expect(FIXTURE_SERVICE).toMatch(/service\.mjs$/);
  });
});
