import { compress } from 'snappyjs';
import { describe, expect, it } from 'vitest';
import { HomeostatError } from '../../src/core/errors.js';
import { eventToSignal } from '../../src/sense/cloudevents/convert.js';
import { decodeContentEncoding, jsonBody } from '../../src/sense/common/body.js';
import { DEFAULT_LIMITS } from '../../src/sense/common/limits.js';
import { convertLogs } from '../../src/sense/otlp/logs.js';
import { convertMetrics } from '../../src/sense/otlp/metrics.js';
import { convertTraces } from '../../src/sense/otlp/traces.js';
import { parseExposition } from '../../src/sense/prometheus/exposition.js';
import { convertWriteRequest } from '../../src/sense/prometheus/remote-write.js';
import { OTLP_TYPES, otlpSchema } from '../../src/sense/proto/otlp.js';
import { prometheusSchema } from '../../src/sense/proto/prometheus.js';
import { decodeToJson } from '../../src/sense/proto/tojson.js';
import { int, mulberry32, mutate, mutateJson, randomBytes } from './prng.js';
import { forProto, LOGS, METRICS, TRACES, WRITE } from './samples.js';

const ITERATIONS = 1500;
const NOW = Date.now();

/** Runs `fn`; only a 4xx HomeostatError may escape. Returns the failure text, if any. */
function check(label: string, fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof HomeostatError && err.status >= 400 && err.status < 500) return undefined;
    return `${label}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
  }
}

const otlp = otlpSchema();
const encode = (typeName: string, obj: object, root = otlp.canonical) => {
  const t = root.lookupType(typeName);
  return t.encode(t.fromObject(forProto(obj) as object)).finish();
};

const TARGETS = [
  {
    type: OTLP_TYPES.metricsRequest,
    convert: convertMetrics,
    seed: encode(OTLP_TYPES.metricsRequest, METRICS),
    json: METRICS,
  },
  {
    type: OTLP_TYPES.logsRequest,
    convert: convertLogs,
    seed: encode(OTLP_TYPES.logsRequest, LOGS),
    json: LOGS,
  },
  {
    type: OTLP_TYPES.tracesRequest,
    convert: convertTraces,
    seed: encode(OTLP_TYPES.tracesRequest, TRACES),
    json: TRACES,
  },
];

describe('decoder fuzzing (seeded)', () => {
  it('starts from seeds that decode cleanly in both encodings', () => {
    for (const t of TARGETS) {
      const fromProto = t.convert(decodeToJson(otlp, t.type, t.seed), NOW, DEFAULT_LIMITS);
      const fromJson = t.convert(t.json, NOW, DEFAULT_LIMITS);
      expect(fromProto.problems.message()).toBe('');
      expect(fromProto.signals.length).toBeGreaterThan(0);
      expect(fromJson.signals.map((s) => [s.name, s.value])).toEqual(
        fromProto.signals.map((s) => [s.name, s.value]),
      );
    }
  });

  it('OTLP protobuf decoding + conversion throws nothing but 4xx on random and mutated bytes', () => {
    const rng = mulberry32(0x5eed01);
    const failures: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t = TARGETS[i % TARGETS.length]!;
      const bytes = rng() < 0.3 ? randomBytes(rng, 256) : mutate(rng, t.seed);
      const f = check(`iteration ${i} ${t.type} ${bytes.toString('hex').slice(0, 80)}`, () =>
        t.convert(decodeToJson(otlp, t.type, bytes), NOW, DEFAULT_LIMITS),
      );
      if (f) failures.push(f);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('OTLP JSON conversion throws nothing but 4xx on type-mutated and byte-mutated JSON', () => {
    const rng = mulberry32(0x5eed02);
    const failures: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t = TARGETS[i % TARGETS.length]!;
      const text = JSON.stringify(t.json);
      const input =
        rng() < 0.5 ? Buffer.from(JSON.stringify(mutateJson(rng, t.json))) : mutate(rng, Buffer.from(text));
      const f = check(`iteration ${i} ${input.toString().slice(0, 120)}`, () =>
        t.convert(jsonBody(input), NOW, DEFAULT_LIMITS),
      );
      if (f) failures.push(f);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('remote_write snappy + protobuf decoding throws nothing but 4xx', () => {
    const rng = mulberry32(0x5eed03);
    const prom = prometheusSchema();
    const seed = Buffer.from(compress(Buffer.from(encode('prometheus.WriteRequest', WRITE, prom.canonical))));
    const raw = Buffer.from(encode('prometheus.WriteRequest', WRITE, prom.canonical));
    const failures: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const pick = int(rng, 3);
      const body =
        pick === 0 ? randomBytes(rng, 128) : pick === 1 ? mutate(rng, seed) : compress(mutate(rng, raw));
      const f = check(`iteration ${i} ${body.toString('hex').slice(0, 80)}`, () => {
        const bytes = decodeContentEncoding(body, 'snappy', ['snappy'], 1 << 20);
        convertWriteRequest(decodeToJson(prom, 'prometheus.WriteRequest', bytes), NOW, DEFAULT_LIMITS);
      });
      if (f) failures.push(f);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('gzip decoding of random and truncated input throws nothing but 4xx', () => {
    const rng = mulberry32(0x5eed04);
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const body =
        rng() < 0.5
          ? randomBytes(rng, 64)
          : mutate(rng, Buffer.from('1f8b0800000000000003cb48cdc9c90700863ba6103a000000', 'hex'));
      const f = check(`iteration ${i}`, () =>
        decodeContentEncoding(body, rng() < 0.5 ? 'gzip' : 'deflate', ['gzip', 'deflate'], 1 << 16),
      );
      if (f) failures.push(f);
    }
    expect(failures).toEqual([]);
  });

  it('the exposition parser never throws, whatever the text', () => {
    const rng = mulberry32(0x5eed05);
    const seed = Buffer.from(
      '# TYPE a counter\na_total{x="1\\n",y="\\""} 1 123\n# TYPE b histogram\nb_bucket{le="+Inf"} 3 # {t="1"} 1\n{"q.n",z="2"} NaN\n# EOF\n',
    );
    for (let i = 0; i < ITERATIONS; i++) {
      const text = (rng() < 0.2 ? randomBytes(rng, 200) : mutate(rng, seed)).toString('utf8');
      const format = rng() < 0.5 ? 'text' : 'openmetrics';
      const r = parseExposition(text, format);
      expect(Array.isArray(r.samples) && Array.isArray(r.errors)).toBe(true);
    }
  });

  it('CloudEvent conversion never throws on mutated events', () => {
    const rng = mulberry32(0x5eed06);
    const seed = {
      specversion: '1.0',
      id: '1',
      source: 's',
      type: 'dev.homeostat.change.deploy',
      subject: 'api',
      time: new Date(NOW).toISOString(),
      data: { service: 'api', version: 'v2' },
    };
    for (let i = 0; i < ITERATIONS; i++) {
      const r = eventToSignal(mutateJson(rng, seed), 'event', NOW, DEFAULT_LIMITS, 'dev.homeostat.change.');
      expect(['signal', 'ignored', 'rejected']).toContain(r.kind);
    }
  });
});
