/**
 * `homeostat serve` on a user's configuration: a real supervised process, the
 * receivers on one port, and the engine healing a crash end to end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { type Served, serve } from '../../src/serve/serve.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/services/service.mjs');
let dir: string;
let served: Served;
let port: number;
/** A local stand-in for a hosted model: it speaks the OpenAI chat-completions wire protocol. */
let llm: Server;
const prompts: string[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-serve-'));
  port = await freePort();
  llm = createHttpServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString();
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as { messages: { content: string }[] };
      prompts.push(body.messages.map((m) => m.content).join('\n'));
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 1,
          model: 'local',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: 'api exited; a restart fits.' },
              finish_reason: 'stop',
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    });
  });
  await new Promise<void>((r) => llm.listen(0, '127.0.0.1', r));
  const llmUrl = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`;
  writeFileSync(
    join(dir, 'homeostat.yaml'),
    `version: 1
store: sqlite:./state/homeostat.db
server:
  port: 0
  tokens: [{ name: ana, role: viewer, token: 'viewer-token-0123456789' }]
services:
  - name: api
    command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(FIXTURE)}]
    ports: [${port}]
    healthUrl: "http://127.0.0.1:{port}/health"
    readyTimeoutMs: 5000
    labels: { env: test }
    remedies: [infra.restart]
detection: { probeIntervalMs: 300, probeFailures: 2 }
verification: { windowMs: 15000, confirmMs: 500 }
narrative: { enabled: true, provider: openai-compatible, baseURL: "${llmUrl}", model: local }
`,
  );
  served = await serve(loadConfig(join(dir, 'homeostat.yaml')));
}, 30_000);

afterAll(async () => {
  await served?.shutdown();
  await new Promise((r) => llm?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('homeostat serve', () => {
  it('serves the API on the same port, behind token authentication', async () => {
    expect((await fetch(`${served.url}/api/v1/incidents`)).status).toBe(401);
    const ok = await fetch(`${served.url}/api/v1/incidents`, {
      headers: { authorization: 'Bearer viewer-token-0123456789' },
    });
    expect(ok.status).toBe(200);
    const spec = (await (
      await fetch(`${served.url}/api/v1/openapi.json`, {
        headers: { authorization: 'Bearer viewer-token-0123456789' },
      })
    ).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toContain('/api/v1/series');
    // A viewer cannot pause the engine.
    const pause = await fetch(`${served.url}/api/v1/pause`, {
      method: 'POST',
      headers: { authorization: 'Bearer viewer-token-0123456789', 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'test' }),
    });
    expect(pause.status).toBe(403);
  });

  it('receives change events on its one port', async () => {
    const res = await fetch(`${served.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json' },
      body: JSON.stringify({
        specversion: '1.0',
        id: 'deploy-1',
        source: 'ci',
        type: 'dev.homeostat.change.deploy',
        subject: 'api',
        data: { service: 'api', version: '1.2.0' },
      }),
    });
    expect(res.status).toBeLessThan(300);
  });

  it('heals a crash of a supervised service, only with the remedies the config allows', async () => {
    const t = Date.now();
    await fetch(`http://127.0.0.1:${port}/admin/crash`).catch(() => undefined);
    const store = served.host.runtime.store;
    let inc: Awaited<ReturnType<typeof store.listIncidents>>[number] | undefined;
    for (let i = 0; i < 200 && !(inc && ['healed', 'escalated', 'rolled-back'].includes(inc.state)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      inc = (await store.listIncidents({ since: t - 1 }))[0];
    }
    expect(inc?.state).toBe('healed');
    const [action] = await store.listActions({ incidentId: inc?.id });
    expect(action?.remedy).toBe('infra.restart');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).ok).toBe(true);
    // The configured model explained the diagnosis from its evidence, into the ledger beside it.
    let narrative: { payload: Record<string, unknown> } | undefined;
    for (let i = 0; i < 50 && !narrative; i++) {
      narrative = (await served.host.runtime.ledger.read(1, 10_000)).find(
        (e) => e.type === 'diagnosis.narrative' && e.incidentId === inc?.id,
      );
      if (!narrative) await new Promise((r) => setTimeout(r, 100));
    }
    expect(narrative?.payload.text).toBe('api exited; a restart fits.');
    expect(prompts.some((p) => p.includes('process-crashed'))).toBe(true);
  });
});
