/**
 * The series routes over real HTTP: samples recorded through the sink tap come
 * back with a trailing band, the engine's anomaly is marked on the nearest
 * sample, and the routes sit behind the same token auth as the rest of the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, newId, type Signal } from '../model/index.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import { TokenAuthority } from './auth.js';
import { chartable, indicatorOf, mountSeries, SeriesBook } from './series.js';
import { type ApiServer, createApiServer } from './server.js';

const TOKEN = 'viewer-token-series-0123456789';
const CART = entityId('service', 'cart');
const T0 = Date.now() - 120_000;

function metric(
  at: number,
  value: number,
  name = 'http_error_rate',
  labels: Record<string, string> = {},
): Signal {
  return { id: newId('signal', at), kind: 'metric', source: 'test', entity: CART, name, at, value, labels };
}

let dir: string;
let runtime: Runtime;
let api: ApiServer;
let url: string;
const book = new SeriesBook();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-series-'));
  runtime = await createRuntime({ dir, storeUrl: 'memory:' });
  const authority = TokenAuthority.fromConfig({ tokens: [{ name: 'vera', role: 'viewer', token: TOKEN }] });
  api = await createApiServer({
    runtime,
    tokens: authority,
    receivers: async (app) => mountSeries(app, { book, store: runtime.store, authority }),
  });
  url = await api.listen(0, '127.0.0.1');
  const sink = book.tap(() => true);
  // 40 calm samples around 1%, then a jump to 30% at the end.
  const samples = Array.from({ length: 40 }, (_, i) => metric(T0 + i * 1000, 1 + (i % 3) * 0.1));
  samples.push(metric(T0 + 40_000, 30));
  samples.push(metric(T0 + 1000, 5, 'latency_ms', { quantile: '0.99' }));
  sink(samples);
  await runtime.engine.reportAnomalies([
    {
      id: newId('anomaly', T0 + 40_200),
      entity: CART,
      indicator: 'http_error_rate',
      at: T0 + 40_200,
      score: 0.99,
      confidence: 0.9,
      detector: 'test',
      explanation: {
        observed: 30,
        expectedLow: 0.8,
        expectedHigh: 1.4,
        profile: 'test',
        support: 40,
        text: 'jump',
      },
      signalIds: [],
      fingerprint: 'cart/http_error_rate/up',
    },
  ]);
});

afterAll(async () => {
  await api?.close();
  await runtime?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, token = TOKEN) {
  const res = await fetch(url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('series routes', () => {
  it('lists the indicators recorded for an entity, labels included', async () => {
    const r = await get(`/api/v1/series/indicators?entity=${CART}`);
    expect(r.status).toBe(200);
    expect(r.body.indicators).toEqual(['http_error_rate', 'latency_ms{quantile=0.99}']);
    expect(indicatorOf({ name: 'x', labels: { b: '2', a: '1' } })).toBe('x{a=1,b=2}');
    // Where a sample came from is the entity's business, not the indicator's.
    expect(
      indicatorOf({ name: 'x', labels: { instance: 'h:1', job: 'demo', service: 'cart', a: '1' } }),
    ).toBe('x{a=1}');
  });

  it('returns samples with a trailing band; the jump lies outside it and carries the anomaly mark', async () => {
    const r = await get(`/api/v1/series?entity=${CART}&indicator=http_error_rate&since=${T0}`);
    expect(r.status).toBe(200);
    const points = r.body.points as { t: number; v: number; lo?: number; hi?: number; anomaly?: boolean }[];
    expect(points).toHaveLength(41);
    expect(points[0]?.lo).toBeUndefined();
    const last = points[40];
    expect(last?.v).toBe(30);
    expect(last?.hi).toBeLessThan(2);
    expect(last?.lo).toBeGreaterThan(0.5);
    expect(last?.anomaly).toBe(true);
    expect(points.filter((p) => p.anomaly)).toHaveLength(1);
    const calm = points[20];
    expect(
      calm && calm.lo !== undefined && calm.hi !== undefined && calm.v >= calm.lo && calm.v <= calm.hi,
    ).toBe(true);
  });

  it('honours since, and answers 401 without a token and 400 without an entity', async () => {
    const r = await get(`/api/v1/series?entity=${CART}&indicator=http_error_rate&since=${T0 + 35_000}`);
    expect((r.body.points as unknown[]).length).toBe(6);
    expect((await get(`/api/v1/series?entity=${CART}&indicator=http_error_rate`, '')).status).toBe(401);
    const bad = await get('/api/v1/series?indicator=x');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('entity');
  });

  it('charts gauges and rates, not histogram buckets or raw counters, the telling ones first', () => {
    expect(chartable('http_requests_total')).toBe(false);
    expect(chartable('http_requests_total:rate')).toBe(true);
    expect(chartable('http_server_duration_seconds_bucket')).toBe(false);
    expect(chartable('db_pool_in_use')).toBe(true);
    const book = new SeriesBook();
    const sig = (name: string, labels: Record<string, string> = {}) => ({
      id: `s-${name}`,
      kind: 'metric' as const,
      entity: 'service:a' as never,
      name,
      labels,
      value: 1,
      at: 1,
    });
    book.record([
      sig('process_resident_memory_bytes'),
      sig('http_server_duration_seconds_bucket', { le: '0.1' }),
      sig('db_pool_in_use'),
      sig('http_errors_total:rate'),
      sig('http_errors_total'),
    ] as never);
    expect(book.indicators('service:a')).toEqual([
      'http_errors_total:rate',
      'db_pool_in_use',
      'process_resident_memory_bytes',
    ]);
  });
});
