import { gzipSync } from 'node:zlib';
import { compress } from 'snappyjs';
import { describe, expect, it } from 'vitest';
import { OTLP_TYPES, otlpSchema } from '../../src/sense/proto/otlp.js';
import { prometheusSchema } from '../../src/sense/proto/prometheus.js';
import { createIngestServer } from '../../src/sense/server.js';
import { RecordingSink } from '../../src/sense/testkit.js';
import { int, mulberry32, mutate, mutateJson, randomBytes } from './prng.js';
import { forProto, LOGS, METRICS, TRACES, WRITE } from './samples.js';

const encode = (root: ReturnType<typeof otlpSchema>['canonical'], typeName: string, obj: object) => {
  const t = root.lookupType(typeName);
  return Buffer.from(t.encode(t.fromObject(forProto(obj) as object)).finish());
};
const otlp = otlpSchema().canonical;

interface Seed {
  readonly path: string;
  readonly json?: object;
  readonly proto?: Buffer;
  readonly types: readonly string[];
  readonly encodings: readonly (string | undefined)[];
}

const SEEDS: readonly Seed[] = [
  {
    path: '/v1/metrics',
    json: METRICS,
    proto: encode(otlp, OTLP_TYPES.metricsRequest, METRICS),
    types: ['application/json', 'application/x-protobuf'],
    encodings: [undefined, 'gzip'],
  },
  {
    path: '/v1/logs',
    json: LOGS,
    proto: encode(otlp, OTLP_TYPES.logsRequest, LOGS),
    types: ['application/json', 'application/x-protobuf'],
    encodings: [undefined, 'gzip'],
  },
  {
    path: '/v1/traces',
    json: TRACES,
    proto: encode(otlp, OTLP_TYPES.tracesRequest, TRACES),
    types: ['application/json', 'application/x-protobuf'],
    encodings: [undefined, 'gzip'],
  },
  {
    path: '/api/v1/write',
    proto: encode(prometheusSchema().canonical, 'prometheus.WriteRequest', WRITE),
    types: ['application/x-protobuf'],
    encodings: ['snappy'],
  },
  {
    path: '/api/v1/alerts/alertmanager',
    json: {
      version: '4',
      receiver: 'r',
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'A', job: 'j' },
          startsAt: new Date().toISOString(),
          fingerprint: 'f',
        },
      ],
    },
    types: ['application/json'],
    encodings: [undefined],
  },
  {
    path: '/api/v1/events',
    json: [{ specversion: '1.0', id: '1', source: 's', type: 'dev.homeostat.change.deploy', subject: 'api' }],
    types: ['application/cloudevents-batch+json'],
    encodings: [undefined],
  },
];

const OTHER_TYPES = [
  'text/plain',
  'application/cloudevents+json',
  '',
  'application/json; charset=latin1',
  'multipart/form-data',
];

describe('ingest server fuzzing (seeded)', () => {
  it('answers every random or mutated request with 2xx/4xx and keeps serving', async () => {
    const rng = mulberry32(0xf00d);
    const rec = new RecordingSink();
    const server = await createIngestServer({ sink: rec.sink, config: { limits: { bodyLimit: 64 * 1024 } } });
    const url = await server.listen();
    const bad: string[] = [];
    try {
      for (let i = 0; i < 300; i++) {
        const seed = SEEDS[int(rng, SEEDS.length)]!;
        const type =
          rng() < 0.1 ? OTHER_TYPES[int(rng, OTHER_TYPES.length)]! : seed.types[int(rng, seed.types.length)]!;
        const encoding = seed.encodings[int(rng, seed.encodings.length)];
        const useProto = type === 'application/x-protobuf' && seed.proto;
        let body: Buffer =
          useProto && seed.proto
            ? rng() < 0.7
              ? mutate(rng, seed.proto)
              : randomBytes(rng, 200)
            : rng() < 0.6
              ? Buffer.from(JSON.stringify(mutateJson(rng, seed.json ?? {})))
              : mutate(rng, Buffer.from(JSON.stringify(seed.json ?? {})));
        if (encoding === 'gzip' && rng() < 0.8) body = gzipSync(body);
        if (encoding === 'snappy' && rng() < 0.8) body = Buffer.from(compress(body));
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (encoding) headers['content-encoding'] = encoding;
        const res = await fetch(`${url}${seed.path}`, { method: 'POST', body, headers });
        await res.arrayBuffer();
        if (res.status >= 500 || res.status < 200)
          bad.push(`#${i} ${seed.path} ${type} ${encoding}: ${res.status}`);
      }
      const ok = await fetch(`${url}/v1/logs`, {
        method: 'POST',
        body: JSON.stringify(LOGS),
        headers: { 'content-type': 'application/json' },
      });
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
    expect(bad).toEqual([]);
    expect(server.gate.stats.inFlight).toBe(0);
  });
});
