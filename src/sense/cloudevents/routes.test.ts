import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordingSink, serve } from '../testkit.js';
import { cloudEventsRoutes } from './routes.js';

let n = 0;
const event = (extra: Record<string, unknown> = {}) => ({
  specversion: '1.0',
  id: `evt-${++n}`,
  source: 'ci/github',
  type: 'dev.homeostat.change.deploy',
  subject: 'checkout',
  time: new Date().toISOString(),
  datacontenttype: 'application/json',
  data: { version: 'v42', previous: 'v41' },
  ...extra,
});

describe('CloudEvents receiver', () => {
  const rec = new RecordingSink();
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const s = await serve(cloudEventsRoutes({ sink: rec.sink }));
    url = `${s.url}/api/v1/events`;
    close = s.close;
  });
  afterAll(() => close());
  const post = (body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', body, headers });

  it('accepts structured mode and turns a deploy into a change signal', async () => {
    rec.signals.length = 0;
    const e = event();
    const res = await post(JSON.stringify(e), {
      'content-type': 'application/cloudevents+json; charset=utf-8',
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1, ignored: 0, duplicates: 0, rejected: 0 });
    const s = rec.signals[0];
    expect([s?.kind, s?.name, s?.entity, s?.at]).toEqual([
      'change',
      'deploy',
      'service:checkout',
      Date.parse(e.time),
    ]);
    expect(s?.attributes?.data).toEqual({ version: 'v42', previous: 'v41' });
    // The same source+id again is a duplicate.
    const again = await post(JSON.stringify(e), { 'content-type': 'application/cloudevents+json' });
    expect(await again.json()).toEqual({ accepted: 0, ignored: 0, duplicates: 1, rejected: 0 });
  });

  it('accepts binary mode with ce-* headers and the body as data', async () => {
    rec.signals.length = 0;
    const res = await post(JSON.stringify({ service: 'payments', flag: 'new-checkout', on: true }), {
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': 'flag-1',
      'ce-source': 'flags%2Fprod',
      'ce-type': 'dev.homeostat.change.flag',
    });
    expect(res.status).toBe(202);
    const s = rec.signals[0];
    expect([s?.name, s?.entity, s?.labels.source]).toEqual(['flag', 'service:payments', 'flags/prod']);
  });

  it('takes the valid events of a batch, ignores ones without an entity, and names what is missing', async () => {
    rec.signals.length = 0;
    const batch = [
      event({ type: 'dev.homeostat.change.config', subject: 'cart' }),
      { specversion: '1.0', type: 'x' },
      event({ type: 'com.example.build.finished', subject: undefined }),
      event({ type: 'dev.homeostat.change.deploy', subject: undefined }),
      event({ specversion: '0.3' }),
      event({ time: '1999-12-31T00:00:00Z' }),
      event({ type: 'com.example.scaled', subject: 'db' }),
      42,
    ];
    const res = await post(JSON.stringify(batch), { 'content-type': 'application/cloudevents-batch+json' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, unknown> & { message: string };
    expect(body).toMatchObject({ accepted: 2, ignored: 1, rejected: 5 });
    expect(body.message).toContain('events[1]: missing required attribute(s) id, source');
    expect(body.message).toContain('events[3]: dev.homeostat.change.deploy needs a subject or data.service');
    expect(body.message).toContain("events[4].specversion: specversion must be '1.0'");
    expect(body.message).toContain('events[5].time: timestamp 1999');
    expect(body.message).toContain('events[7]: an event must be a JSON object');
    expect(rec.signals.map((s) => [s.name, s.entity])).toEqual([
      ['config', 'service:cart'],
      ['com.example.scaled', 'service:db'],
    ]);
  });

  it('answers 415 for plain JSON without ce headers and 400 for broken batches', async () => {
    const plain = await post('{}', { 'content-type': 'application/json' });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { message: string }).message).toContain('ce-specversion');
    const notArray = await post('{}', { 'content-type': 'application/cloudevents-batch+json' });
    expect(notArray.status).toBe(400);
    expect(((await notArray.json()) as { message: string }).message).toBe(
      'a batch must be a JSON array of events',
    );
    const broken = await post('[{', { 'content-type': 'application/cloudevents-batch+json' });
    expect(broken.status).toBe(400);
  });
});
