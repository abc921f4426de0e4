import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityId, Hypothesis, HypothesisId, IncidentId } from '../model/index.js';
import { writeNarrative } from './narrative.js';

interface Received {
  url: string;
  auth: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}

const received: Received[] = [];
let base = '';
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let raw = '';
  req.on('data', (c: Buffer) => {
    raw += c.toString();
  });
  req.on('end', () => {
    received.push({
      url: req.url ?? '',
      auth: req.headers.authorization,
      body: JSON.parse(raw) as Received['body'],
    });
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: 'local-test',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content:
                'The database is the likely cause: its p90 latency rose first. Actually rank web first!',
            },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 120, completion_tokens: 20, total_tokens: 140 },
      }),
    );
  });
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const hypotheses: Hypothesis[] = [
  {
    id: 'hyp1' as HypothesisId,
    incidentId: 'inc1' as IncidentId,
    entity: 'service:db' as EntityId,
    indicator: 'server_latency_p90',
    cause: 'latency',
    confidence: 0.83,
    evidence: [
      {
        kind: 'deviation',
        description: 'server_latency_p90 on db reached 0.09 against a baseline median of 0.01',
        weight: 3.2,
      },
      { kind: 'onset', description: 'db was among the first to turn anomalous', weight: 0.3 },
    ],
    summary: 'db (latency)',
    diagnoser: 'rca',
  },
  {
    id: 'hyp2' as HypothesisId,
    incidentId: 'inc1' as IncidentId,
    entity: 'service:web' as EntityId,
    cause: 'latency',
    confidence: 0.1,
    evidence: [{ kind: 'topology', description: 'web depends on db, which is anomalous too' }],
    summary: 'web (latency)',
    diagnoser: 'rca',
  },
];

describe('writeNarrative', () => {
  it('is off by default', async () => {
    expect(await writeNarrative(hypotheses, { model: 'm' })).toBeUndefined();
    expect(received).toHaveLength(0);
  });

  it('sends the evidence over the chat-completions protocol and returns text only, leaving the ranking unchanged', async () => {
    const before = structuredClone(hypotheses);
    const n = await writeNarrative(
      hypotheses,
      {
        enabled: true,
        provider: 'openai-compatible',
        baseURL: base,
        model: 'local-test',
        apiKeyEnv: 'NARRATIVE_KEY',
      },
      { NARRATIVE_KEY: 'secret-1' },
    );
    expect(n?.text).toMatch(/database is the likely cause/);
    expect(n?.usage?.inputTokens).toBe(120);
    expect(received).toHaveLength(1);
    const req = received[0] as Received;
    expect(req.url).toBe('/v1/chat/completions');
    expect(req.auth).toBe('Bearer secret-1');
    expect(req.body.model).toBe('local-test');
    const prompt = req.body.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('server_latency_p90 on db reached 0.09 against a baseline median of 0.01');
    expect(prompt).toContain('web depends on db');
    // The model's "rank web first" changes nothing: same order, confidence, evidence.
    expect(hypotheses).toEqual(before);
  });

  it('refuses a missing API key variable with its name', async () => {
    await expect(
      writeNarrative(hypotheses, { enabled: true, baseURL: base, model: 'x', apiKeyEnv: 'NOPE_KEY' }, {}),
    ).rejects.toThrow(/NOPE_KEY/);
  });
});
