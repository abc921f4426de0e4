import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createIngestServer } from './server.js';
import { RecordingSink } from './testkit.js';

describe('ingest server', () => {
  it('mounts every receiver on one port with one gate', async () => {
    const rec = new RecordingSink();
    const server = await createIngestServer({ sink: rec.sink });
    const url = await server.listen();
    try {
      const json = { 'content-type': 'application/json' };
      const otlp = await fetch(`${url}/v1/logs`, { method: 'POST', body: '{}', headers: json });
      expect(otlp.status).toBe(200);
      const am = await fetch(`${url}/api/v1/alerts/alertmanager`, {
        method: 'POST',
        body: JSON.stringify({ version: '4', alerts: [] }),
        headers: json,
      });
      expect(am.status).toBe(200);
      const ce = await fetch(`${url}/api/v1/events`, {
        method: 'POST',
        body: '[]',
        headers: { 'content-type': 'application/cloudevents-batch+json' },
      });
      expect(ce.status).toBe(202);
      const rw = await fetch(`${url}/api/v1/write`, {
        method: 'POST',
        body: new Uint8Array([0]),
        headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' },
      });
      expect(rw.status).toBe(204);
    } finally {
      await server.close();
      await server.close();
    }
  });

  it('leaves disabled receivers off and rejects bad config naming the field', async () => {
    const server = await createIngestServer({ sink: () => true, config: { otlp: false } });
    const url = await server.listen();
    const res = await fetch(`${url}/v1/logs`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(404);
    await server.close();
    await expect(
      createIngestServer({ sink: () => true, config: { limits: { bodyLimit: -1 } } }),
    ).rejects.toThrow(/receivers: limits\.bodyLimit/);
  });

  it('answers 429 with Retry-After when too many requests are in flight, then frees the slot', async () => {
    const server = await createIngestServer({
      sink: () => true,
      config: { limits: { maxInFlight: 1, retryAfterSeconds: 2 } },
    });
    const url = await server.listen();
    const { port } = new URL(url);
    // A client that sends headers and half a body, then stalls: it holds the only slot.
    const stalled = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/logs',
      headers: { 'content-type': 'application/json', 'content-length': '2' },
    });
    const stalledDone = new Promise<number>((resolve, reject) => {
      stalled.on('response', (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      stalled.on('error', reject);
    });
    stalled.write('{');
    await new Promise((r) => setTimeout(r, 100));
    expect(server.gate.stats.inFlight).toBe(1);
    const busy = await fetch(`${url}/api/v1/events`, {
      method: 'POST',
      body: '[]',
      headers: { 'content-type': 'application/cloudevents-batch+json' },
    });
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('2');
    stalled.end('}');
    expect(await stalledDone).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.gate.stats.inFlight).toBe(0);
    const ok = await fetch(`${url}/api/v1/events`, {
      method: 'POST',
      body: '[]',
      headers: { 'content-type': 'application/cloudevents-batch+json' },
    });
    expect(ok.status).toBe(202);
    await server.close();
  });
});
