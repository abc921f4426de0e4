/**
 * Every fault of the catalogue against real demo services under the real
 * supervisor: the symptom shows where the catalogue says it does, and the
 * expected remedy's action (restart, pool resize, scale-out, rollback, config
 * revert) removes it — except for upstream-latency, where a restart cannot.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import { parseExposition } from '../../sense/prometheus/exposition.js';
import { type DemoSpecs, demoServiceSpecs } from '../topology.js';
import { FAULT_NAMES, FAULTS, type FaultContext, faultByName } from './index.js';

let dir: string;
let sup: ProcessSupervisor;
let demo: DemoSpecs;
let ctx: FaultContext;

const base = (s: string, i = 0) => `http://127.0.0.1:${sup.port(s, i)}`;

async function until<T>(what: string, fn: () => Promise<T | undefined>, ms = 8_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function metric(service: string, name: string, labels: Record<string, string> = {}, instance = 0) {
  const text = await fetch(`${base(service, instance)}/metrics`, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.text(),
  );
  return parseExposition(text, 'text')
    .samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((n, s) => n + s.value, 0);
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
const charge = () => post(`${base('payments')}/charge`, { order: 'o', amountCents: 100 });
const order = () => post(`${base('orders')}/orders`, { user: 'u', items: [{ sku: 'sku-001', qty: 1 }] });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-faults-'));
  demo = await demoServiceSpecs({
    dir,
    only: ['catalog', 'payments', 'inventory', 'orders', 'fulfillment'],
    env: { LEAK_LIMIT_MB: '64' },
  });
  sup = new ProcessSupervisor({ services: demo.specs });
  await sup.start();
  ctx = { supervisor: sup, providerStateFile: demo.providerStateFile };
}, 30_000);

afterAll(async () => {
  await sup?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

describe('fault catalogue', () => {
  it('describes every fault with its cause and remedy', () => {
    expect(FAULT_NAMES).toHaveLength(11);
    for (const name of FAULT_NAMES) {
      const f = faultByName(name);
      expect(f.name).toBe(name);
      expect(f.targets).toContain(f.target);
    }
    expect(FAULTS['upstream-latency'].remedyHelps).toBe(false);
    expect(FAULTS['benign-spike'].expectedRemedy).toBeNull();
    expect(() => faultByName('meteor')).toThrow(/known: crash, hang/);
  });

  it('memory-leak: resident memory grows until a restart', async () => {
    const before = await metric('catalog', 'process_resident_memory_bytes');
    await FAULTS['memory-leak'].inject(ctx);
    const grown = await until('RSS to grow by 16 MB', async () => {
      const now = await metric('catalog', 'process_resident_memory_bytes');
      return now - before > 16 * 1024 * 1024 ? now : undefined;
    });
    await sup.restart('catalog');
    expect(await metric('catalog', 'process_resident_memory_bytes')).toBeLessThan(grown);
  });

  it('hang: the process runs but answers nothing, probes included', async () => {
    await FAULTS.hang.inject(ctx, 'catalog');
    const h = await fetch(`${base('catalog')}/health`, { signal: AbortSignal.timeout(500) }).catch(
      (e: Error) => e,
    );
    expect(h).toBeInstanceOf(Error);
    expect((await sup.health('catalog')).status).not.toBe('healthy');
    expect(sup.status('catalog').instances[0]?.status).toBe('running');
    await FAULTS.hang.clear?.(ctx, 'catalog');
    expect((await fetch(`${base('catalog')}/health`)).status).toBe(200);
  });

  it('crash: the process exits non-zero', async () => {
    const pid = sup.status('catalog').instances[0]?.pid;
    await FAULTS.crash.inject(ctx, 'catalog');
    const exit = await until('catalog to exit', async () => {
      const i = sup.status('catalog').instances[0];
      return i?.status === 'exited' && i.lastExit ? i.lastExit : undefined;
    });
    expect(exit.code).toBe(70);
    expect(exit.expected).toBe(false);
    await sup.restart('catalog');
    expect(sup.status('catalog').instances[0]?.pid).not.toBe(pid);
  });

  it('pool-exhaustion: in_use = size, acquisitions time out; a live resize heals', async () => {
    await FAULTS['pool-exhaustion'].inject(ctx);
    expect((await order()).status).toBe(502);
    expect(await metric('inventory', 'db_pool_in_use')).toBe(4);
    expect(await metric('inventory', 'db_pool_size')).toBe(4);
    expect(await metric('inventory', 'db_pool_timeouts_total')).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${base('inventory')}/health`)).status).toBe(503);
    const resized = await fetch(`${base('inventory')}/admin/pool`, { method: 'PUT', body: '{"size":8}' });
    expect(resized.status).toBe(200);
    expect((await order()).status).toBe(201);
    expect((await fetch(`${base('inventory')}/health`)).status).toBe(200);
  });

  it('saturated-queue: depth grows beyond one worker, and more instances drain it', async () => {
    await FAULTS['saturated-queue'].inject(ctx);
    expect(await metric('fulfillment', 'queue_depth')).toBeGreaterThanOrEqual(35);
    await sup.scale('fulfillment', 4);
    await until('every new instance to work off the shared queue', async () => {
      const done = await Promise.all(
        [1, 2, 3].map((i) => metric('fulfillment', 'queue_jobs_processed_total', {}, i)),
      );
      return done.every((n) => n >= 1) ? done : undefined;
    });
    expect(await metric('fulfillment', 'queue_depth')).toBeLessThan(38);
    await FAULTS['saturated-queue'].clear?.(ctx);
    await until('the backlog to drain', async () =>
      (await metric('fulfillment', 'queue_depth')) === 0 ? true : undefined,
    );
    await sup.scale('fulfillment', 1);
  });

  it('bad-release: 1.1.0 fails charges; a rollback restores 1.0.0', async () => {
    await FAULTS['bad-release'].inject(ctx);
    expect(await metric('payments', 'app_info', { version: '1.1.0' })).toBe(1);
    const codes = await Promise.all(Array.from({ length: 30 }, () => charge().then((r) => r.status)));
    expect(codes.filter((c) => c === 500).length).toBeGreaterThan(0);
    expect(await metric('payments', 'http_errors_total', { cause: 'local' })).toBeGreaterThan(0);
    await sup.rollback('payments');
    expect(await metric('payments', 'app_info', { version: '1.0.0' })).toBe(1);
    const after = await Promise.all(Array.from({ length: 20 }, () => charge().then((r) => r.status)));
    expect(after.every((c) => c === 201)).toBe(true);
  });

  it('bad-config: a 5 ms payments timeout fails every order; a config revert heals', async () => {
    expect((await order()).status).toBe(201);
    await FAULTS['bad-config'].inject(ctx);
    expect((await order()).status).toBe(504);
    expect(await metric('orders', 'http_client_errors_total', { peer: 'payments', reason: 'timeout' })).toBe(
      1,
    );
    await FAULTS['bad-config'].clear?.(ctx);
    expect(sup.env('orders').PAYMENTS_TIMEOUT_MS).toBe('1000');
    expect((await order()).status).toBe(201);
  });

  it('latency: added in-process, so a restart of payments removes it', async () => {
    await FAULTS.latency.inject(ctx);
    const t0 = performance.now();
    expect((await charge()).status).toBe(201);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(390);
    await sup.restart('payments');
    expect(await metric('payments', 'http_server_duration_seconds_sum')).toBe(0);
    await charge();
    expect(await metric('payments', 'http_server_duration_seconds_sum')).toBeLessThan(0.4);
  });

  it('upstream-latency: the provider is slow, and restarting payments does not help', async () => {
    // 0.55, not 0.6: a 600 ms timer may fire a fraction of a millisecond early by the high-resolution clock.
    const provider = { service: 'payments', peer: 'provider' };
    await FAULTS['upstream-latency'].inject(ctx);
    await new Promise((r) => setTimeout(r, 600)); // payments re-reads the provider state twice a second
    await charge();
    expect(await metric('payments', 'http_client_duration_seconds_sum', provider)).toBeGreaterThanOrEqual(
      0.55,
    );
    await sup.restart('payments');
    await charge();
    expect(await metric('payments', 'http_client_duration_seconds_sum', provider)).toBeGreaterThanOrEqual(
      0.55,
    );
    await FAULTS['upstream-latency'].clear?.(ctx);
    await sup.restart('payments');
    await charge();
    expect(await metric('payments', 'http_client_duration_seconds_sum', provider)).toBeLessThan(0.1);
  });

  it('corrupt-state: the database file is garbage; only a fresh state folder heals', async () => {
    expect((await order()).status).toBe(201);
    await FAULTS['corrupt-state'].inject(ctx);
    const failed = await until('orders to fail', async () => {
      const r = await order();
      return r.status >= 500 ? r.status : undefined;
    });
    expect(failed).toBe(502);
    expect((await fetch(`${base('inventory')}/health`)).status).toBe(503);
    const logged = sup.logs('inventory').map((l) => l.line);
    expect(logged.some((l) => l.includes('"database error"') && l.includes('SQLITE_NOTADB'))).toBe(true);
    // What infra.reset-state does: the broken folder moves aside (kept), the service starts empty.
    const stateDir = sup.inspect('inventory').spec.stateDir ?? '';
    renameSync(stateDir, `${stateDir}.aside-test`);
    await sup.restart('inventory', { actionId: 'test-reset' });
    expect((await order()).status).toBe(201);
    expect((await fetch(`${base('inventory')}/health`)).status).toBe(200);
  });

  it('benign-spike: needs the load generator and only raises its load', async () => {
    await expect(FAULTS['benign-spike'].inject(ctx)).rejects.toThrow(/no load generator/);
    const calls: unknown[] = [];
    await FAULTS['benign-spike'].inject({ ...ctx, load: { benignSpike: (o) => calls.push(o) } });
    expect(calls).toEqual([{ factor: 3, durationMs: 20_000 }]);
  });
});
