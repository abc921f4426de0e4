import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTLP_TYPES, otlpSchema } from '../proto/otlp.js';
import { RecordingSink, serve } from '../testkit.js';
import { otlpRoutes } from './routes.js';
import type { SpanRecord } from './spans.js';

const NOW_NS = BigInt(Date.now()) * 1_000_000n;
const ns = (offsetMs = 0) => String(NOW_NS + BigInt(offsetMs) * 1_000_000n);
const root = otlpSchema().canonical;
const encode = (typeName: string, obj: Record<string, unknown>) => {
  const t = root.lookupType(typeName);
  return Buffer.from(t.encode(t.fromObject(obj)).finish());
};
const decode = (typeName: string, bytes: ArrayBuffer) =>
  root
    .lookupType(typeName)
    .toObject(root.lookupType(typeName).decode(new Uint8Array(bytes)), { longs: Number });

const resource = (service: string) => ({
  attributes: [{ key: 'service.name', value: { stringValue: service } }],
});

const metricsRequest = (timeNs: string) => ({
  resourceMetrics: [
    {
      resource: resource('checkout'),
      scopeMetrics: [
        {
          scope: { name: 'test' },
          metrics: [
            {
              name: 'http.requests',
              sum: {
                isMonotonic: true,
                aggregationTemporality: 2,
                dataPoints: [
                  {
                    attributes: [{ key: 'route', value: { stringValue: '/cart' } }],
                    timeUnixNano: timeNs,
                    asInt: '42',
                  },
                ],
              },
            },
            { name: 'cpu', gauge: { dataPoints: [{ timeUnixNano: timeNs, asDouble: 0.5 }] } },
            {
              name: 'latency',
              histogram: {
                dataPoints: [
                  {
                    timeUnixNano: timeNs,
                    count: '6',
                    sum: 12.5,
                    bucketCounts: ['1', '2', '3'],
                    explicitBounds: [1, 5],
                  },
                ],
              },
            },
            {
              name: 'rt',
              summary: {
                dataPoints: [
                  {
                    timeUnixNano: timeNs,
                    count: '3',
                    sum: 3,
                    quantileValues: [{ quantile: 0.99, value: 2 }],
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
});

const span = (id: string, startOffsetMs: number, extra: Record<string, unknown> = {}) => ({
  traceId: Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex'),
  spanId: Buffer.from(id, 'hex'),
  name: 'GET /cart',
  kind: 2,
  startTimeUnixNano: ns(startOffsetMs),
  endTimeUnixNano: ns(startOffsetMs + 25),
  status: { code: 2, message: 'boom' },
  ...extra,
});

describe('OTLP/HTTP receiver', () => {
  const rec = new RecordingSink();
  const spans: SpanRecord[] = [];
  let url = '';
  let close = async () => {};

  beforeAll(async () => {
    const s = await serve(
      otlpRoutes({ sink: rec.sink, onSpans: (b) => spans.push(...b), limits: { bodyLimit: 64 * 1024 } }),
    );
    url = s.url;
    close = s.close;
  });
  afterAll(() => close());

  const post = (path: string, body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${url}${path}`, { method: 'POST', body, headers });

  it('accepts protobuf metrics of every data kind and answers with an empty protobuf response', async () => {
    rec.signals.length = 0;
    const body = encode(OTLP_TYPES.metricsRequest, metricsRequest(ns()));
    const res = await post('/v1/metrics', body, { 'content-type': 'application/x-protobuf' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-protobuf');
    expect(decode(OTLP_TYPES.metricsResponse, await res.arrayBuffer())).toEqual({});
    const sum = rec.named('http.requests')[0];
    expect(sum?.value).toBe(42);
    expect(sum?.entity).toBe('service:checkout');
    expect(sum?.labels).toEqual({ route: '/cart' });
    expect(Math.abs((sum?.at ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(rec.named('cpu')[0]?.value).toBe(0.5);
    expect(rec.named('latency_bucket').map((s) => [s.labels.le, s.value])).toEqual([
      ['1', 1],
      ['5', 3],
      ['+Inf', 6],
    ]);
    expect(rec.named('latency_sum')[0]?.value).toBe(12.5);
    expect(rec.named('rt').map((s) => s.labels.quantile)).toEqual(['0.99']);
  });

  it('accepts gzip JSON metrics with int64 as strings or numbers', async () => {
    rec.signals.length = 0;
    const req = metricsRequest(ns());
    const json = JSON.stringify(req).replace('"asInt":"42"', '"asInt":42');
    const res = await post('/v1/metrics', gzipSync(json), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect(rec.named('http.requests')[0]?.value).toBe(42);
  });

  it('keeps the valid points and reports the rest as partial success', async () => {
    rec.signals.length = 0;
    const req = metricsRequest(ns());
    const points = req.resourceMetrics[0]!.scopeMetrics[0]!.metrics[1]!.gauge!.dataPoints as unknown[];
    points.push({ timeUnixNano: '5000000', asDouble: 1 }, { timeUnixNano: ns(3 * 86_400_000), asDouble: 2 });
    const res = await post('/v1/metrics', JSON.stringify(req), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      partialSuccess: { rejectedDataPoints: number; errorMessage: string };
    };
    expect(body.partialSuccess.rejectedDataPoints).toBe(2);
    expect(body.partialSuccess.errorMessage).toContain(
      'resourceMetrics[0].scopeMetrics[0].metrics[1].gauge.dataPoints[1].timeUnixNano: timestamp 1970',
    );
    expect(body.partialSuccess.errorMessage).toContain('in the future');
    expect(rec.named('cpu').map((s) => s.value)).toEqual([0.5]);
  });

  it('reports partial success in protobuf for a bad histogram point', async () => {
    const req = metricsRequest(ns());
    const h = req.resourceMetrics[0]!.scopeMetrics[0]!.metrics[2]!.histogram!.dataPoints[0]!;
    h.bucketCounts = ['1'];
    const res = await post('/v1/metrics', encode(OTLP_TYPES.metricsRequest, req), {
      'content-type': 'application/x-protobuf',
    });
    expect(res.status).toBe(200);
    const body = decode(OTLP_TYPES.metricsResponse, await res.arrayBuffer()) as {
      partialSuccess: { rejectedDataPoints: number; errorMessage: string };
    };
    expect(body.partialSuccess.rejectedDataPoints).toBe(1);
    expect(body.partialSuccess.errorMessage).toContain('bucketCounts: has 1 entries for 2 explicitBounds');
  });

  it('accepts traces in protobuf and JSON and hands span records to the listener', async () => {
    rec.signals.length = 0;
    spans.length = 0;
    const proto = {
      resourceSpans: [
        {
          resource: resource('cart'),
          scopeSpans: [
            {
              spans: [span('0102030405060708', 0, { parentSpanId: Buffer.from('1111111111111111', 'hex') })],
            },
          ],
        },
      ],
    };
    const r1 = await post('/v1/traces', encode(OTLP_TYPES.tracesRequest, proto), {
      'content-type': 'application/x-protobuf',
    });
    expect(r1.status).toBe(200);
    const json = {
      resourceSpans: [
        {
          resource: resource('cart'),
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '0102030405060708090A0B0C0D0E0F10',
                  spanId: 'aaaaaaaaaaaaaaaa',
                  name: 'SELECT',
                  kind: 3,
                  startTimeUnixNano: Number(ns()),
                  endTimeUnixNano: ns(10),
                },
                {
                  traceId: 'xyz',
                  spanId: 'aaaaaaaaaaaaaaaa',
                  startTimeUnixNano: ns(),
                  endTimeUnixNano: ns(),
                },
              ],
            },
          ],
        },
      ],
    };
    const r2 = await post('/v1/traces', JSON.stringify(json), { 'content-type': 'application/json' });
    expect(r2.status).toBe(200);
    const b2 = (await r2.json()) as { partialSuccess: { rejectedSpans: number; errorMessage: string } };
    expect(b2.partialSuccess.rejectedSpans).toBe(1);
    expect(b2.partialSuccess.errorMessage).toContain('spans[1].traceId: expected 16 bytes');
    expect(spans.map((s) => [s.service, s.kind, s.status, s.name, s.parentSpanId])).toEqual([
      ['cart', 'server', 'error', 'GET /cart', '1111111111111111'],
      ['cart', 'client', 'unset', 'SELECT', ''],
    ]);
    expect(spans[1]?.traceId).toBe('0102030405060708090a0b0c0d0e0f10');
    expect(spans[0]!.endMs - spans[0]!.startMs).toBe(25);
    expect(rec.signals.filter((s) => s.kind === 'trace').map((s) => s.value)).toEqual([25, 10]);
  });

  it('accepts logs in protobuf and JSON with the body as the message', async () => {
    rec.signals.length = 0;
    const logs = {
      resourceLogs: [
        {
          resource: resource('billing'),
          scopeLogs: [
            {
              logRecords: [
                { timeUnixNano: ns(), severityNumber: 17, body: { stringValue: 'payment failed' } },
                {
                  observedTimeUnixNano: ns(),
                  body: { kvlistValue: { values: [{ key: 'a', value: { intValue: 1 } }] } },
                },
              ],
            },
          ],
        },
      ],
    };
    const r1 = await post('/v1/logs', encode(OTLP_TYPES.logsRequest, logs), {
      'content-type': 'application/x-protobuf',
    });
    expect(r1.status).toBe(200);
    const r2 = await post('/v1/logs', JSON.stringify(logs), { 'content-type': 'application/json' });
    expect(r2.status).toBe(200);
    const messages = rec.signals.map((s) => [s.entity, s.labels.level, s.attributes?.message]);
    expect(messages).toEqual([
      ['service:billing', 'error', 'payment failed'],
      ['service:billing', 'unspecified', '{"a":1}'],
      ['service:billing', 'error', 'payment failed'],
      ['service:billing', 'unspecified', '{"a":1}'],
    ]);
  });

  it('rejects invalid UTF-8 in a protobuf string with a 400 naming the field', async () => {
    const good = encode(OTLP_TYPES.logsRequest, {
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ severityText: 'INFO' }] }] }],
    });
    const idx = good.indexOf(Buffer.from('INFO'));
    good[idx] = 0xff;
    const res = await post('/v1/logs', good, { 'content-type': 'application/x-protobuf' });
    expect(res.status).toBe(400);
    const status = decode(OTLP_TYPES.status, await res.arrayBuffer()) as { code: number; message: string };
    expect(status.code).toBe(3);
    expect(status.message).toBe('resourceLogs[0].scopeLogs[0].logRecords[0].severityText: invalid UTF-8');
  });

  it('answers 400, 413 and 415 with messages that name the problem', async () => {
    const bad = await post('/v1/traces', Buffer.from([0x0a, 0xff, 0xff, 0x01]), {
      'content-type': 'application/x-protobuf',
    });
    expect(bad.status).toBe(400);
    expect((decode(OTLP_TYPES.status, await bad.arrayBuffer()) as { message: string }).message).toContain(
      'malformed protobuf',
    );
    const json = await post('/v1/logs', '{"resourceLogs": [', { 'content-type': 'application/json' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { message: string }).message).toContain('invalid JSON');
    const wrong = await post('/v1/logs', '{"resourceLogs": 5}', { 'content-type': 'application/json' });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { message: string }).message).toContain('resourceLogs');
    const big = await post('/v1/logs', 'x'.repeat(70 * 1024), { 'content-type': 'application/json' });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { message: string }).message).toContain('bodyLimit');
    const bomb = await post('/v1/logs', gzipSync(Buffer.alloc(40 * 1024 * 1024)), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(bomb.status).toBe(413);
    const media = await post('/v1/logs', 'hello', { 'content-type': 'text/plain' });
    expect(media.status).toBe(415);
    expect(((await media.json()) as { message: string }).message).toContain('application/x-protobuf');
  });

  it('answers 503 with Retry-After when the sink is saturated, and recovers', async () => {
    rec.accepting = false;
    const body = JSON.stringify(metricsRequest(ns()));
    const res = await post('/v1/metrics', body, { 'content-type': 'application/json' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as { code: number }).code).toBe(14);
    rec.accepting = true;
    const ok = await post('/v1/metrics', body, { 'content-type': 'application/json' });
    expect(ok.status).toBe(200);
  });
});
