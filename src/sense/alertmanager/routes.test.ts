import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingSink, serve } from '../testkit.js';
import { alertmanagerRoutes } from './routes.js';

const iso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();
const alert = (status: 'firing' | 'resolved', fingerprint: string, startsAt: string, extra = {}) => ({
  status,
  labels: { alertname: 'HighErrorRate', service: 'checkout', severity: 'page' },
  annotations: { summary: 'errors above 5%' },
  startsAt,
  endsAt: status === 'resolved' ? iso() : '0001-01-01T00:00:00Z',
  generatorURL: 'http://prometheus/graph',
  fingerprint,
  ...extra,
});
const payload = (alerts: unknown[]) => ({
  version: '4',
  groupKey: '{}:{alertname="HighErrorRate"}',
  truncatedAlerts: 0,
  status: 'firing',
  receiver: 'homeostat',
  groupLabels: { alertname: 'HighErrorRate' },
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://alertmanager:9093',
  alerts,
});

describe('Alertmanager webhook receiver', () => {
  const rec = new RecordingSink();
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const s = await serve(alertmanagerRoutes({ sink: rec.sink }));
    url = `${s.url}/api/v1/alerts/alertmanager`;
    close = s.close;
  });
  afterAll(() => close());
  const post = (body: unknown, type = 'application/json') =>
    fetch(url, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': type },
    });

  it('turns firing alerts into signals and resolved ones into resolved evidence, deduplicating repeats', async () => {
    const started = iso(-60_000);
    const r1 = await post(payload([alert('firing', 'fp1', started)]));
    expect(r1.status).toBe(200);
    expect(await r1.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0 });
    const r2 = await post(payload([alert('firing', 'fp1', started)]));
    expect(await r2.json()).toEqual({ accepted: 0, duplicates: 1, rejected: 0 });
    const r3 = await post(payload([alert('resolved', 'fp1', started), alert('resolved', 'fp1', started)]));
    expect(await r3.json()).toEqual({ accepted: 1, duplicates: 1, rejected: 0 });
    // A new episode of the same alert (new startsAt) is a new signal.
    const r4 = await post(payload([alert('firing', 'fp1', iso(-1000))]));
    expect(await r4.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0 });
    expect(rec.signals.map((s) => [s.kind, s.name, s.entity, s.value, s.attributes?.status])).toEqual([
      ['alert', 'HighErrorRate', 'service:checkout', 1, 'firing'],
      ['alert', 'HighErrorRate', 'service:checkout', 0, 'resolved'],
      ['alert', 'HighErrorRate', 'service:checkout', 1, 'firing'],
    ]);
    expect(rec.signals[0]?.at).toBe(Date.parse(started));
    expect(rec.signals[0]?.attributes?.summary).toBe('errors above 5%');
  });

  it('keeps valid alerts and names the invalid ones', async () => {
    rec.signals.length = 0;
    const res = await post(
      payload([
        alert('firing', 'fp2', iso()),
        { ...alert('firing', 'fp3', iso()), status: 'pending' },
        alert('firing', 'fp4', 'yesterday'),
        alert('firing', 'fp5', '1990-01-01T00:00:00Z'),
      ]),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; accepted: number; rejected: number };
    expect(body.accepted).toBe(1);
    expect(body.rejected).toBe(3);
    expect(body.message).toContain('alerts[1].status');
    expect(body.message).toContain('alerts[2].startsAt');
    expect(body.message).toContain('alerts[3].startsAt: timestamp 1990');
    expect(rec.signals.length).toBe(1);
  });

  it('rejects a wrong payload version, bad JSON and non-JSON bodies', async () => {
    const v = await post({ ...payload([]), version: '3' });
    expect(v.status).toBe(400);
    expect(((await v.json()) as { message: string }).message).toContain("version: version must be '4'");
    const j = await post('{"alerts": [}');
    expect(j.status).toBe(400);
    expect(((await j.json()) as { message: string }).message).toContain('invalid JSON');
    const m = await post('alerts', 'text/plain');
    expect(m.status).toBe(415);
    const u = await fetch(url, {
      method: 'POST',
      body: Buffer.from([0x7b, 0xff, 0x7d]),
      headers: { 'content-type': 'application/json' },
    });
    expect(u.status).toBe(400);
    expect(((await u.json()) as { message: string }).message).toBe('request body: invalid UTF-8');
  });

  it('does not mark alerts as seen when the sink refuses them, so a retry is delivered', async () => {
    rec.signals.length = 0;
    rec.accepting = false;
    const a = alert('firing', 'fp9', iso());
    const r1 = await post(payload([a]));
    expect(r1.status).toBe(503);
    expect(r1.headers.get('retry-after')).toBe('5');
    rec.accepting = true;
    const r2 = await post(payload([a]));
    expect(await r2.json()).toEqual({ accepted: 1, duplicates: 0, rejected: 0 });
  });
});
