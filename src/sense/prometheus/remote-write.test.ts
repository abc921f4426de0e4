import { compress } from 'snappyjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prometheusSchema } from '../proto/prometheus.js';
import { RecordingSink, serve } from '../testkit.js';
import { remoteWriteRoutes } from './remote-write.js';

const WriteRequest = prometheusSchema().canonical.lookupType('prometheus.WriteRequest');
const encode = (obj: Record<string, unknown>) =>
  compress(Buffer.from(WriteRequest.encode(WriteRequest.fromObject(obj)).finish()));
const series = (name: string, labels: Record<string, string>, samples: [number, number][]) => ({
  labels: [
    { name: '__name__', value: name },
    ...Object.entries(labels).map(([n, v]) => ({ name: n, value: v })),
  ],
  samples: samples.map(([value, timestamp]) => ({ value, timestamp })),
});
const HEADERS = {
  'content-type': 'application/x-protobuf',
  'content-encoding': 'snappy',
  'x-prometheus-remote-write-version': '0.1.0',
};

describe('Prometheus remote_write receiver', () => {
  const rec = new RecordingSink();
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const s = await serve(
      remoteWriteRoutes({ sink: rec.sink, limits: { maxDecompressedBytes: 1024 * 1024 } }),
    );
    url = `${s.url}/api/v1/write`;
    close = s.close;
  });
  afterAll(() => close());

  it('decodes snappy protobuf series into metric signals and answers 204', async () => {
    rec.signals.length = 0;
    const now = Date.now();
    const body = encode({
      timeseries: [
        series('http_requests_total', { job: 'api', code: '500' }, [
          [3, now - 1000],
          [5, now],
        ]),
        series('up', { job: 'db', instance: 'db:9100' }, [[1, now]]),
      ],
    });
    const res = await fetch(url, { method: 'POST', body, headers: HEADERS });
    expect(res.status).toBe(204);
    expect(rec.signals.map((s) => [s.name, s.entity, s.value, s.at])).toEqual([
      ['http_requests_total', 'service:api', 3, now - 1000],
      ['http_requests_total', 'service:api', 5, now],
      ['up', 'service:db', 1, now],
    ]);
    expect(rec.signals[0]?.labels).toEqual({ job: 'api', code: '500' });
  });

  it('keeps valid samples and names the rejected ones in a 400', async () => {
    rec.signals.length = 0;
    const now = Date.now();
    const body = encode({
      timeseries: [
        series('ok_metric', { job: 'api' }, [
          [1, now],
          [2, 1000],
        ]),
        { labels: [{ name: 'job', value: 'x' }], samples: [{ value: 1, timestamp: now }] },
      ],
    });
    const res = await fetch(url, { method: 'POST', body, headers: HEADERS });
    expect(res.status).toBe(400);
    const msg = (await res.json()) as { message: string; accepted: number; rejected: number };
    expect(msg.accepted).toBe(1);
    expect(msg.rejected).toBe(2);
    expect(msg.message).toContain('timeseries[0].samples[1].timestamp (ok_metric): timestamp 1970');
    expect(msg.message).toContain('timeseries[1].labels: missing __name__');
    expect(rec.signals.map((s) => s.value)).toEqual([1]);
  });

  it('rejects bad snappy, bad protobuf, bombs and wrong media types with clear 4xx', async () => {
    const notSnappy = await fetch(url, {
      method: 'POST',
      body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1]),
      headers: HEADERS,
    });
    expect(notSnappy.status).toBe(400);
    expect(((await notSnappy.json()) as { message: string }).message).toContain('not valid snappy');
    const badProto = await fetch(url, {
      method: 'POST',
      body: compress(Buffer.from([0x0a, 0x20, 0x01])),
      headers: HEADERS,
    });
    expect(badProto.status).toBe(400);
    expect(((await badProto.json()) as { message: string }).message).toContain('malformed protobuf');
    const bomb = await fetch(url, {
      method: 'POST',
      body: compress(Buffer.alloc(2 * 1024 * 1024)),
      headers: HEADERS,
    });
    expect(bomb.status).toBe(413);
    const v2 = await fetch(url, {
      method: 'POST',
      body: encode({}),
      headers: { ...HEADERS, 'content-type': 'application/x-protobuf;proto=io.prometheus.write.v2.Request' },
    });
    expect(v2.status).toBe(415);
    const json = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(415);
  });

  it('answers 503 with Retry-After when the sink is saturated', async () => {
    rec.accepting = false;
    const res = await fetch(url, {
      method: 'POST',
      body: encode({ timeseries: [series('m', { job: 'a' }, [[1, Date.now()]])] }),
      headers: HEADERS,
    });
    rec.accepting = true;
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
  });
});
