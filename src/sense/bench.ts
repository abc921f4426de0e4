/**
 * `homeostat bench ingest`: how fast the receivers turn wire data into
 * signals, per format, on one core (decode + validate + convert), and end to
 * end over loopback HTTP. Lives beside the receivers; bench/index.ts registers it.
 */
import { Command } from 'commander';
import { compress } from 'snappyjs';
import { progress, progressDone, table, writeJson } from '../../bench/report.js';
import { decodeContentEncoding } from './common/body.js';
import { DEFAULT_LIMITS } from './common/limits.js';
import { convertMetrics } from './otlp/metrics.js';
import { convertTraces } from './otlp/traces.js';
import { parseExposition } from './prometheus/exposition.js';
import { convertWriteRequest } from './prometheus/remote-write.js';
import { OTLP_TYPES, otlpSchema } from './proto/otlp.js';
import { prometheusSchema } from './proto/prometheus.js';
import { decodeToJson } from './proto/tojson.js';
import { createIngestServer } from './server.js';

interface Row {
  readonly format: string;
  readonly items: number;
  readonly seconds: number;
  readonly per_s: number;
}

const now = BigInt(Date.now()) * 1_000_000n;

function metricsRequest(points: number): object {
  const dataPoints = Array.from({ length: points }, (_, i) => ({
    attributes: [
      { key: 'route', value: { stringValue: `/r/${i % 50}` } },
      { key: 'code', value: { stringValue: i % 7 === 0 ? '500' : '200' } },
    ],
    timeUnixNano: String(now + BigInt(i)),
    asDouble: i * 0.5,
  }));
  return {
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bench' } }] },
        scopeMetrics: [{ metrics: [{ name: 'latency', gauge: { dataPoints } }] }],
      },
    ],
  };
}

function tracesRequest(spans: number, hexIds: boolean): object {
  const id = (n: number, bytes: number) => {
    const hex = n.toString(16).padStart(bytes * 2, '0');
    return hexIds ? hex : Buffer.from(hex, 'hex');
  };
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bench' } }] },
        scopeSpans: [
          {
            spans: Array.from({ length: spans }, (_, i) => ({
              traceId: id(i + 1, 16),
              spanId: id(i + 1, 8),
              name: `GET /r/${i % 50}`,
              kind: 2,
              startTimeUnixNano: String(now),
              endTimeUnixNano: String(now + 1_000_000n),
              status: { code: 1 },
            })),
          },
        ],
      },
    ],
  };
}

function time(format: string, total: number, batch: number, run: () => void): Row {
  const rounds = Math.max(1, Math.ceil(total / batch));
  run(); // warm-up: schema parsing and JIT
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { format, items: rounds * batch, seconds, per_s: (rounds * batch) / seconds };
}

/** The `ingest` benchmark suite. */
export async function ingestBench(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench ingest')
    .description('receiver throughput: decode + validate + convert, per format, and OTLP over loopback HTTP')
    .option('--points <n>', 'items per format', (v) => Number.parseInt(v, 10), 200_000)
    .option('--batch <n>', 'items per request', (v) => Number.parseInt(v, 10), 1_000)
    .option('--json <file>', 'write the figures as JSON')
    .parse([...args], { from: 'user' });
  const { points, batch, json } = cmd.opts<{ points: number; batch: number; json?: string }>();
  const otlp = otlpSchema();
  const enc = (type: string, obj: object, root = otlp.canonical) => {
    const t = root.lookupType(type);
    return t.encode(t.fromObject(obj)).finish();
  };
  const rows: Row[] = [];
  const metricsJsonText = JSON.stringify(metricsRequest(batch));
  const metricsProto = enc(OTLP_TYPES.metricsRequest, metricsRequest(batch));
  progress('otlp metrics protobuf');
  rows.push(
    time('otlp metrics protobuf', points, batch, () =>
      convertMetrics(decodeToJson(otlp, OTLP_TYPES.metricsRequest, metricsProto), Date.now(), DEFAULT_LIMITS),
    ),
  );
  progress('otlp metrics json');
  rows.push(
    time('otlp metrics json', points, batch, () =>
      convertMetrics(JSON.parse(metricsJsonText), Date.now(), DEFAULT_LIMITS),
    ),
  );
  const tracesProto = enc(OTLP_TYPES.tracesRequest, tracesRequest(batch, false));
  progress('otlp traces protobuf');
  rows.push(
    time('otlp traces protobuf', points, batch, () =>
      convertTraces(decodeToJson(otlp, OTLP_TYPES.tracesRequest, tracesProto), Date.now(), DEFAULT_LIMITS),
    ),
  );
  const prom = prometheusSchema();
  const nowMs = String(Date.now());
  const write = compress(
    Buffer.from(
      enc(
        'prometheus.WriteRequest',
        {
          timeseries: Array.from({ length: batch }, (_, i) => ({
            labels: [
              { name: '__name__', value: 'http_requests_total' },
              { name: 'job', value: 'api' },
              { name: 'route', value: `/r/${i}` },
            ],
            samples: [{ value: i, timestamp: nowMs }],
          })),
        },
        prom.canonical,
      ),
    ),
  );
  progress('remote_write');
  rows.push(
    time('prometheus remote_write (snappy+protobuf)', points, batch, () => {
      const bytes = decodeContentEncoding(write, 'snappy', ['snappy'], 1 << 26);
      convertWriteRequest(decodeToJson(prom, 'prometheus.WriteRequest', bytes), Date.now(), DEFAULT_LIMITS);
    }),
  );
  const exposition = `# TYPE http_requests_total counter\n${Array.from(
    { length: batch },
    (_, i) => `http_requests_total{route="/r/${i}",code="200"} ${i}`,
  ).join('\n')}\n`;
  progress('exposition');
  rows.push(
    time('prometheus text exposition parse', points, batch, () => parseExposition(exposition, 'text')),
  );

  progress('otlp over http');
  let received = 0;
  const server = await createIngestServer({
    sink: (s) => {
      received += s.length;
      return true;
    },
  });
  const url = await server.listen();
  const requests = Math.max(1, Math.ceil(points / batch));
  const body = Buffer.from(metricsProto);
  const t0 = process.hrtime.bigint();
  const CONCURRENCY = 8;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests) {
        next++;
        const res = await fetch(`${url}/v1/metrics`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/x-protobuf' },
        });
        await res.arrayBuffer();
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await server.close();
  rows.push({
    format: 'otlp metrics protobuf over HTTP (8 clients)',
    items: received,
    seconds,
    per_s: received / seconds,
  });
  progressDone();

  console.log(
    table(
      ['format', 'items', 'seconds', 'items/s'],
      rows.map((r) => [r.format, r.items, r.seconds, Math.round(r.per_s)]),
    ),
  );
  if (json) {
    const key = (f: string) =>
      f
        .replace(/\(.*?\)/g, '')
        .trim()
        .replace(/[^a-z0-9]+/gi, '_')
        .toLowerCase();
    writeJson(json, {
      batch,
      node: process.version,
      formats: Object.fromEntries(
        rows.map((r) => [key(r.format), { items: r.items, seconds: r.seconds, items_per_s: r.per_s }]),
      ),
    });
  }
}
