/**
 * The live event stream over real HTTP: an incident opened in the engine
 * reaches a connected client as an SSE event, so do new ledger entries and
 * heartbeats; the token may come as a query parameter for EventSource; a
 * client that goes away is cleaned up.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type Kit, startKit, TOKENS } from './testkit.js';

const kits: Kit[] = [];
afterEach(async () => {
  for (const k of kits.splice(0)) await k.close();
});

interface Stream {
  readonly status: number;
  /** Resolves with the text received so far once it matches. */
  until(re: RegExp): Promise<string>;
  close(): void;
}

function connect(base: string, path: string, headers: Record<string, string> = {}): Promise<Stream> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, headers }, (res) => {
      let text = '';
      const waiters: { re: RegExp; done: (t: string) => void }[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        for (const w of [...waiters]) if (w.re.test(text)) w.done(text);
      });
      resolve({
        status: res.statusCode ?? 0,
        until: (re) =>
          new Promise((done, fail) => {
            if (re.test(text)) return done(text);
            const t = setTimeout(() => fail(new Error(`no ${re} in: ${text}`)), 5000);
            waiters.push({
              re,
              done: (s) => {
                clearTimeout(t);
                done(s);
              },
            });
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err);
    });
    req.end();
  });
}

describe('GET /api/v1/events', () => {
  it('delivers incident, approval and ledger events, and heartbeats', async () => {
    const k = await startKit({ server: { heartbeatMs: 50, ledgerPollMs: 20 } });
    kits.push(k);
    const s = await connect(k.url, '/api/v1/events', { authorization: `Bearer ${TOKENS.viewer}` });
    expect(s.status).toBe(200);
    await s.until(/event: hello/);
    const inc = await k.incident();
    const text = await s.until(new RegExp(`event: incident\\ndata: \\{"id":"${inc.id}"`));
    expect(text).toContain('"state":"open"');
    await s.until(/event: approval\ndata: /);
    await s.until(new RegExp(`event: ledger\\ndata: .*"type":"incident.opened","incidentId":"${inc.id}"`));
    await s.until(/: heartbeat \d+/);
    s.close();
    for (let i = 0; i < 100 && k.api.events.clients > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(k.api.events.clients).toBe(0);
  });

  it('takes the token from access_token for EventSource, and refuses a stream without one', async () => {
    const k = await startKit();
    kits.push(k);
    const denied = await fetch(`${k.url}/api/v1/events`);
    expect(denied.status).toBe(401);
    const wrong = await fetch(`${k.url}/api/v1/events?access_token=wrong-token-wrong-token`);
    expect(wrong.status).toBe(401);
    const s = await connect(k.url, `/api/v1/events?access_token=${TOKENS.viewer}`);
    expect(s.status).toBe(200);
    await s.until(/event: hello/);
    // The server closes open streams when it shuts down, rather than hanging.
    await k.api.close();
    expect(k.api.events.clients).toBe(0);
  });
});
