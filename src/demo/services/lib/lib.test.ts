/**
 * The services' building blocks in-process: the connection pool (timeouts,
 * live resize, leaks), the metrics registry (parseable exposition), trace
 * context propagation and the exporter's best effort, fault orders and
 * release bugs, and the shared work queue across two owners.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExposition } from '../../../sense/prometheus/exposition.js';
import { FaultState, parseBug, parseFaultOrder } from './faults.js';
import { Registry } from './metrics.js';
import { ConnectionPool, PoolTimeoutError } from './pool.js';
import { WorkQueue } from './queue.js';
import { formatTraceparent, parseTraceparent, Tracer } from './trace.js';

function pool(size: number, acquireTimeoutMs = 50) {
  const log: string[] = [];
  let n = 0;
  const p = new ConnectionPool({
    size,
    acquireTimeoutMs,
    create: () => {
      n++;
      log.push(`open ${n}`);
      return n;
    },
    destroy: (c) => log.push(`close ${c}`),
  });
  return { p, log };
}

describe('connection pool', () => {
  it('lends up to its size, makes the next wait, and times it out', async () => {
    const { p } = pool(2);
    const a = await p.acquire();
    await p.acquire();
    expect(p.exhausted).toBe(true);
    const waiting = p.acquire();
    expect(p.stats().waiting).toBe(1);
    await expect(waiting).rejects.toBeInstanceOf(PoolTimeoutError);
    expect(p.stats()).toMatchObject({ inUse: 2, waiting: 0, timeouts: 1 });
    const next = p.acquire();
    a.release();
    a.release(); // twice is once
    expect((await next).conn).toBe(a.conn);
    expect(p.stats().inUse).toBe(2);
    p.close();
  });

  it('heals a leak by a live resize that serves the waiters at once', async () => {
    const { p, log } = pool(2, 5_000);
    expect(p.leak(5)).toBe(2);
    const waiter = p.acquire();
    expect(p.stats()).toMatchObject({ size: 2, inUse: 2, leaked: 2, waiting: 1 });
    p.resize(4);
    const lease = await waiter;
    expect(p.stats()).toMatchObject({ size: 4, inUse: 3, waiting: 0 });
    lease.release();
    p.resize(2);
    // The idle surplus is closed; leaked connections stay lent out.
    expect(p.stats()).toMatchObject({ size: 2, inUse: 2, idle: 0 });
    expect(log).toContain('close 3');
    expect(() => p.resize(0)).toThrow(/≥ 1/);
    p.close();
  });

  it('leaks the connections busy at the time as they come back', async () => {
    const { p } = pool(3, 5_000);
    const busy = await p.acquire();
    expect(p.leak(3)).toBe(2);
    busy.release();
    // Every connection is gone: one caller at a quiet hour is enough to find it exhausted.
    expect(p.stats()).toMatchObject({ size: 3, inUse: 3, leaked: 3, idle: 0 });
    expect(p.exhausted).toBe(true);
    p.close();
  });
});

describe('metrics registry', () => {
  it('renders counters, gauges and histograms that the Prometheus parser reads back', () => {
    const m = new Registry();
    m.counter('http_requests_total', 'Requests');
    m.gauge('app_info', 'Version');
    m.histogram('http_server_duration_seconds', 'Latency', [0.1, 1]);
    m.inc('http_requests_total', { route: 'GET /a "quoted"\\' });
    m.inc('http_requests_total', { route: 'GET /a "quoted"\\' }, 2);
    m.set('app_info', { version: '1.0.0' }, 1);
    for (const v of [0.05, 0.5, 5]) m.observe('http_server_duration_seconds', { route: 'x' }, v);
    const parsed = parseExposition(m.render(), 'text');
    expect(parsed.errors).toEqual([]);
    const get = (name: string, le?: string) =>
      parsed.samples.find((s) => s.name === name && (le === undefined || s.labels.le === le));
    expect(get('http_requests_total')?.labels.route).toBe('GET /a "quoted"\\');
    expect(get('http_requests_total')?.value).toBe(3);
    expect(get('http_server_duration_seconds_bucket', '0.1')?.value).toBe(1);
    expect(get('http_server_duration_seconds_bucket', '1')?.value).toBe(2);
    expect(get('http_server_duration_seconds_bucket', '+Inf')?.value).toBe(3);
    expect(get('http_server_duration_seconds_sum')?.value).toBeCloseTo(5.55);
    expect(() => m.inc('nope_total')).toThrow(/not declared/);
    expect(() => m.set('http_requests_total', {}, 1)).toThrow(/is a counter/);
  });
});

describe('tracing', () => {
  it('propagates W3C trace context and rejects malformed headers', () => {
    const ctx = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
    expect(parseTraceparent(formatTraceparent(ctx))).toEqual(ctx);
    expect(parseTraceparent(undefined)).toBeUndefined();
    expect(parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7')).toBeUndefined();
    const tracer = new Tracer({ service: 's', version: '1' });
    const child = tracer.start('x', 'client', ctx);
    expect(child.context.traceId).toBe(ctx.traceId);
    expect(child.context.spanId).not.toBe(ctx.spanId);
  });

  it('never throws when the endpoint is down, and drops beyond its buffer', async () => {
    // A port that was just free: connection refused.
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const a = srv.address();
    const port = typeof a === 'object' && a ? a.port : 0;
    await new Promise((r) => srv.close(r));
    const tracer = new Tracer({
      service: 's',
      version: '1',
      endpoint: `http://127.0.0.1:${port}`,
      maxBuffer: 3,
    });
    for (let i = 0; i < 5; i++) tracer.start(`op ${i}`, 'server').end();
    expect(tracer.stats.dropped).toBe(2);
    await tracer.flush();
    expect(tracer.stats).toEqual({ exported: 0, dropped: 5, failedExports: 1 });
    await tracer.shutdown();
  });
});

describe('faults', () => {
  it('validates admin orders and release bugs', () => {
    expect(parseFaultOrder(new URLSearchParams('mode=latency&ms=250'))).toEqual({ mode: 'latency', ms: 250 });
    expect(parseFaultOrder(new URLSearchParams('mode=error'))).toEqual({ mode: 'error', rate: 1 });
    expect(() => parseFaultOrder(new URLSearchParams('mode=explode'))).toThrow(/modes are none, crash/);
    expect(parseBug('errors:0.4, latency:150')).toEqual({ errors: 0.4, latency: 150 });
    expect(parseBug(undefined)).toEqual({});
    expect(() => parseBug('errors:lots')).toThrow(/BUG='errors:lots'/);
    expect(() => parseBug('segfault:1')).toThrow(/BUG=/);
  });

  it('adds admin faults to the release bug; none clears the faults but not the bug', () => {
    const f = new FaultState({ bug: { errors: 0.2 } });
    f.apply({ mode: 'error', rate: 0.5 });
    f.apply({ mode: 'latency', ms: 100 });
    expect(f.snapshot()).toMatchObject({ errorRate: 0.7, latencyMs: 100, hang: false });
    f.apply({ mode: 'hang' });
    expect(f.apply({ mode: 'none' })).toEqual({
      hang: false,
      errorRate: 0.2,
      latencyMs: 0,
      leakMbPerS: 0,
      leakedMb: 0,
    });
    f.close();
  });
});

describe('work queue', () => {
  it('is shared by owners, hands each job out once, and takes back stale claims', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeostat-queue-'));
    let now = 1_000_000;
    const a = new WorkQueue(join(dir, 'q.db'), 'a', { staleMs: 1_000, now: () => now });
    const b = new WorkQueue(join(dir, 'q.db'), 'b', { staleMs: 1_000, now: () => now });
    try {
      for (let i = 0; i < 3; i++) a.enqueue({ order: `o${i}` });
      expect(b.stats(100)).toMatchObject({ depth: 3, inProgress: 0, workMs: 100 });
      const j1 = a.claim();
      const j2 = b.claim();
      expect(j1?.payload).toEqual({ order: 'o0' });
      expect(j2?.payload).toEqual({ order: 'o1' });
      b.complete(j2?.id ?? 0);
      expect(a.stats(100)).toMatchObject({ depth: 1, inProgress: 1 });
      now += 2_000; // a died holding o0
      expect(b.claim()?.payload).toEqual({ order: 'o0' });
      expect(b.releaseMine()).toBe(1);
      a.setWorkMs(1_500);
      expect(b.stats(100).workMs).toBe(1_500);
      a.setWorkMs(undefined);
      expect(b.stats(100).workMs).toBe(100);
    } finally {
      a.close();
      b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
