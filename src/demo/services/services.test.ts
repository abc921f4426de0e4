/**
 * The whole demo topology as real processes under the real supervisor: a
 * checkout travels gateway → cart → orders → inventory/payments/fulfillment,
 * every service exposes parseable metrics, JSON logs, and traces that reach
 * an OTLP endpoint with parent/child links across services.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import { supervisedServiceSchema } from '../../config/schema.js';
import { DEFAULT_LIMITS } from '../../sense/common/limits.js';
import type { SpanRecord } from '../../sense/otlp/spans.js';
import { convertTraces } from '../../sense/otlp/traces.js';
import { parseExposition } from '../../sense/prometheus/exposition.js';
import { type DemoSpecs, demoServiceSpecs } from '../topology.js';

let dir: string;
let sup: ProcessSupervisor;
let demo: DemoSpecs;
let otlp: Server;
const bodies: unknown[] = [];

async function until<T>(
  what: string,
  fn: () => Promise<T | undefined> | T | undefined,
  ms = 8_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function metrics(service: string, instance = 0) {
  const res = await fetch(`http://127.0.0.1:${sup.port(service, instance)}/metrics`);
  expect(res.headers.get('content-type')).toContain('version=0.0.4');
  return parseExposition(await res.text(), 'text');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-demosvc-'));
  otlp = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((r) => otlp.listen(0, '127.0.0.1', () => r()));
  const addr = otlp.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  demo = await demoServiceSpecs({ dir, otlpEndpoint: `http://127.0.0.1:${port}`, fulfillmentInstances: 1 });
  sup = new ProcessSupervisor({ services: demo.specs });
  await sup.start();
}, 30_000);

afterAll(async () => {
  await sup?.shutdown();
  await new Promise((r) => otlp?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('demo services', () => {
  it('runs seven services with the documented topology', () => {
    expect(sup.names().sort()).toEqual(
      ['cart', 'catalog', 'fulfillment', 'gateway', 'inventory', 'orders', 'payments'].sort(),
    );
    expect(demo.edges).toContainEqual({ from: 'orders', to: 'inventory', via: 'http' });
    expect(demo.edges).toContainEqual({ from: 'orders', to: 'fulfillment', via: 'queue' });
    const f = demo.specs.find((s) => s.name === 'fulfillment');
    expect(f?.maxInstances).toBe(4);
    expect(f?.ports).toHaveLength(4);
    expect(new Set(demo.specs.flatMap((s) => s.ports ?? [])).size).toBe(10);
    // The same services as homeostat.yaml entries: valid config, with labels, edges and remedies.
    const parsed = demo.configServices.map((s) => supervisedServiceSchema.parse(s));
    expect(parsed.find((s) => s.name === 'orders')?.dependsOn).toEqual([
      'inventory',
      'payments',
      'fulfillment',
    ]);
    expect(parsed.find((s) => s.name === 'inventory')?.remedies).toContain('infra.pool-resize');
    expect(parsed.find((s) => s.name === 'fulfillment')?.labels).toEqual({ tier: 'worker', env: 'demo' });
  });

  it('carries a checkout from the gateway through every tier', async () => {
    const gw = `http://127.0.0.1:${demo.ports.gateway}`;
    const products = await fetch(`${gw}/api/products`);
    expect(products.status).toBe(200);
    expect(((await products.json()) as { products: unknown[] }).products.length).toBe(12);
    const added = await fetch(`${gw}/api/cart`, {
      method: 'POST',
      body: JSON.stringify({ user: 'u1', sku: 'sku-003', qty: 2 }),
    });
    expect(added.status).toBe(201);
    const before = await fetch(`http://127.0.0.1:${demo.ports.inventory}/stock?sku=sku-003`).then(
      (r) => r.json() as Promise<{ qty: number }>,
    );
    const checkout = await fetch(`${gw}/api/checkout`, {
      method: 'POST',
      body: JSON.stringify({ user: 'u1' }),
    });
    expect(checkout.status).toBe(201);
    const order = (await checkout.json()) as { order: string; amountCents: number };
    expect(order.amountCents).toBe(2_000);
    const after = await fetch(`http://127.0.0.1:${demo.ports.inventory}/stock?sku=sku-003`).then(
      (r) => r.json() as Promise<{ qty: number }>,
    );
    expect(after.qty).toBe(before.qty - 2);
    // The job reached the queue and a worker finished it.
    const processed = await until('the fulfilment job to be processed', async () => {
      const m = await metrics('fulfillment');
      const v = m.samples.find((s) => s.name === 'queue_jobs_processed_total')?.value ?? 0;
      return v >= 1 ? v : undefined;
    });
    expect(processed).toBeGreaterThanOrEqual(1);
    const bad = await fetch(`${gw}/api/checkout`, { method: 'POST', body: JSON.stringify({}) });
    expect(bad.status).toBe(400);
  });

  it('exposes request, error, latency, memory, version, pool and queue metrics', async () => {
    for (const name of sup.names()) {
      const m = await metrics(name);
      expect(m.errors).toEqual([]);
      const names = new Set(m.samples.map((s) => s.name));
      for (const want of [
        'process_resident_memory_bytes',
        'nodejs_heap_used_bytes',
        'http_in_flight_requests',
        'http_server_latency_p95_seconds',
        'app_info',
      ])
        expect(names, `${name} lacks ${want}`).toContain(want);
      expect(m.samples.find((s) => s.name === 'app_info')?.labels).toEqual({
        service: name,
        version: '1.0.0',
      });
    }
    const orders = await metrics('orders');
    const served = orders.samples.filter((s) => s.name === 'http_requests_total');
    expect(served.some((s) => s.labels.route === 'POST /orders' && s.labels.code === '201')).toBe(true);
    const buckets = orders.samples.filter((s) => s.name === 'http_server_duration_seconds_bucket');
    expect(buckets.find((s) => s.labels.le === '+Inf')?.value).toBeGreaterThanOrEqual(1);
    expect(
      orders.samples.some(
        (s) => s.name === 'http_client_duration_seconds_count' && s.labels.peer === 'payments',
      ),
    ).toBe(true);
    const inv = await metrics('inventory');
    const get = (n: string) => inv.samples.find((s) => s.name === n)?.value;
    expect(get('db_pool_size')).toBe(4);
    expect(get('db_pool_in_use')).toBe(0);
    expect(get('db_pool_acquired_total')).toBeGreaterThanOrEqual(1);
    const ful = await metrics('fulfillment');
    expect(ful.samples.find((s) => s.name === 'queue_depth')?.labels).toEqual({
      service: 'fulfillment',
      queue: 'fulfillment',
    });
  });

  it('logs structured JSON lines', () => {
    const lines = sup.logs('orders').filter((l) => l.stream === 'stdout');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      const rec = JSON.parse(l.line) as Record<string, unknown>;
      expect(Object.keys(rec).slice(0, 4)).toEqual(['ts', 'level', 'service', 'version']);
      expect(rec.service).toBe('orders');
      expect(typeof rec.msg).toBe('string');
    }
  });

  it('exports traces over OTLP/HTTP JSON, linked parent to child across services', async () => {
    const checkout = await fetch(`http://127.0.0.1:${demo.ports.gateway}/api/checkout`, {
      method: 'POST',
      body: JSON.stringify({ user: 'u2' }),
    });
    expect(checkout.status).toBe(201);
    const spans = await until('spans of one checkout from five services', () => {
      const all: SpanRecord[] = bodies.flatMap(
        (b) => convertTraces(b, Date.now(), DEFAULT_LIMITS).extras as SpanRecord[],
      );
      const root = all.filter((s) => s.service === 'gateway' && s.name === 'POST /api/checkout').at(-1);
      if (!root) return undefined;
      const trace = all.filter((s) => s.traceId === root.traceId);
      const services = new Set(trace.map((s) => s.service));
      // Services export in batches of their own: a child's span may arrive before its parent's.
      const ids = new Set(trace.map((s) => s.spanId));
      const whole = trace.every((s) => s.parentSpanId === '' || ids.has(s.parentSpanId));
      return whole &&
        ['gateway', 'cart', 'orders', 'payments', 'inventory', 'fulfillment'].every((s) => services.has(s))
        ? trace
        : undefined;
    });
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const paymentsServer = spans.find((s) => s.service === 'payments' && s.kind === 'server');
    const client = paymentsServer && byId.get(paymentsServer.parentSpanId);
    expect(client?.service).toBe('orders');
    expect(client?.kind).toBe('client');
    const ordersServer = client && byId.get(client.parentSpanId);
    expect(ordersServer?.service).toBe('orders');
    expect(ordersServer?.kind).toBe('server');
    expect(spans.filter((s) => s.parentSpanId === '')).toHaveLength(1);
  });
});
