/**
 * The receivers from src/sense mounted on the API's port: signals arrive
 * without a token by default, need one when configured, sit beside the API's
 * own routes (GET /api/v1/events is the stream, POST /api/v1/events the
 * CloudEvents receiver), and appear in the OpenAPI document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ingestPlugin } from '../sense/server.js';
import { RecordingSink } from '../sense/testkit.js';
import { type Kit, startKit, TOKENS } from './testkit.js';

const kits: Kit[] = [];
afterEach(async () => {
  for (const k of kits.splice(0)) await k.close();
});

const ALERT = {
  version: '4',
  status: 'firing',
  receiver: 'homeostat',
  groupLabels: {},
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://alertmanager',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'HighErrorRate', service: 'cart' },
      annotations: { summary: 'errors' },
      startsAt: '2026-11-02T10:00:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      fingerprint: 'abc',
    },
  ],
};

async function postAlert(url: string, token?: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/alerts/alertmanager`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(ALERT),
  });
  return res.status;
}

describe('receivers on the API port', () => {
  it('accept signals without a token by default, next to the API, and are documented', async () => {
    const rec = new RecordingSink();
    const k = await startKit({ server: { receivers: [ingestPlugin({ sink: rec.sink }).plugin] } });
    kits.push(k);
    expect(await postAlert(k.url)).toBe(200);
    expect(rec.signals.length).toBeGreaterThan(0);
    const ce = await fetch(`${k.url}/api/v1/events`, {
      method: 'POST',
      body: '[]',
      headers: { 'content-type': 'application/cloudevents-batch+json' },
    });
    expect(ce.status).toBe(202);
    expect((await k.call('GET', '/api/v1/incidents', { token: TOKENS.viewer })).status).toBe(200);
    const doc = (await k.call('GET', '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.paths['/api/v1/alerts/alertmanager']?.post).toMatchObject({ 'x-homeostat-role': 'public' });
    expect(doc.paths['/v1/traces']?.post).toBeDefined();
    expect(Object.keys(doc.paths['/api/v1/events'] ?? {}).sort()).toEqual(['get', 'post']);
  });

  it('need a token of the configured role when receiversRole is set', async () => {
    const rec = new RecordingSink();
    const k = await startKit({
      server: { receivers: [ingestPlugin({ sink: rec.sink }).plugin], receiversRole: 'operator' },
    });
    kits.push(k);
    expect(await postAlert(k.url)).toBe(401);
    expect(await postAlert(k.url, TOKENS.viewer)).toBe(403);
    expect(rec.signals).toHaveLength(0);
    expect(await postAlert(k.url, TOKENS.operator)).toBe(200);
    expect(rec.signals.length).toBeGreaterThan(0);
  });
});
