/**
 * The API end to end over real HTTP: a real runtime with a high-risk scripted
 * remedy; an incident appears, waits for approval, a viewer cannot approve, an
 * approver can and it heals; writes need a token and the right role; the
 * pause, the ledger and bad input behave as documented.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TERMINAL_INCIDENT_STATES } from '../model/index.js';
import { createApiServer } from './server.js';
import { type Kit, startKit, TOKENS } from './testkit.js';

const kits: Kit[] = [];
afterEach(async () => {
  for (const k of kits.splice(0)) await k.close();
});

async function kit(opts?: Parameters<typeof startKit>[0]): Promise<Kit> {
  const k = await startKit(opts);
  kits.push(k);
  return k;
}

type Obj = Record<string, unknown>;
const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe('approvals through the API', () => {
  it('an incident waits for approval; a viewer cannot approve; an approver approves and it heals', async () => {
    const k = await kit();
    const inc = await k.incident();
    await k.waitFor(inc.id, (i) => i.state === 'awaiting-approval');

    const list = await k.call('GET', '/api/v1/incidents?state=awaiting-approval', { token: TOKENS.viewer });
    expect(list.status).toBe(200);
    expect((list.body as { incidents: Obj[] }).incidents.map((i) => i.id)).toEqual([inc.id]);

    const pending = await k.call('GET', '/api/v1/approvals?state=pending', { token: TOKENS.viewer });
    const [req] = (pending.body as { approvals: Obj[] }).approvals;
    expect(req?.incidentId).toBe(inc.id);
    const id = String(req?.id);

    const byViewer = await k.call('POST', `/api/v1/approvals/${id}/approve`, {
      token: TOKENS.viewer,
      body: { reason: 'looks fine' },
    });
    expect(byViewer.status).toBe(403);
    expect(errorOf(byViewer.body).code).toBe('HST_FORBIDDEN');

    const byOperator = await k.call('POST', `/api/v1/approvals/${id}/approve`, {
      token: TOKENS.operator,
      body: {},
    });
    expect(byOperator.status).toBe(403);

    const anonymous = await k.call('POST', `/api/v1/approvals/${id}/approve`, { body: {} });
    expect(anonymous.status).toBe(401);
    expect(errorOf(anonymous.body).code).toBe('HST_UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);

    const wrongToken = await k.call('POST', `/api/v1/approvals/${id}/approve`, {
      token: 'not-a-real-token-at-all-xxxx',
      body: {},
    });
    expect(wrongToken.status).toBe(401);

    const impersonate = await k.call('POST', `/api/v1/approvals/${id}/approve`, {
      token: TOKENS.approver,
      body: { reason: 'ok', by: 'engine' },
    });
    expect(impersonate.status).toBe(400);
    expect(errorOf(impersonate.body).message).toMatch(
      /body\.by: unknown field \(the identity comes from the token/,
    );

    const ok = await k.call('POST', `/api/v1/approvals/${id}/approve`, {
      token: TOKENS.approver,
      body: { reason: 'restart is safe' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'approved', votes: [{ by: 'alice', decision: 'approve' }] });

    const healed = await k.waitFor(inc.id, (i) => TERMINAL_INCIDENT_STATES.has(i.state));
    expect(healed.state).toBe('healed');
    expect(k.remedy.applied).toHaveLength(1);

    const again = await k.call('POST', `/api/v1/approvals/${id}/reject`, {
      token: TOKENS.approver2,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(errorOf(again.body).code).toBe('HST_APPROVAL_CLOSED');

    const detail = await k.call('GET', `/api/v1/incidents/${inc.id}`, { token: TOKENS.viewer });
    expect(detail.status).toBe(200);
    const d = detail.body as { incident: Obj; actions: Obj[]; approvals: Obj[]; ledger: Obj[] };
    expect(d.incident.state).toBe('healed');
    expect(d.actions.map((a) => a.state)).toEqual(['succeeded']);
    expect(d.approvals.map((a) => a.state)).toEqual(['approved']);
    const votes = d.ledger.filter((e) => e.type === 'approval.vote');
    expect(votes.map((e) => e.actor)).toEqual(['alice']);
    expect(d.ledger.every((e) => e.incidentId === inc.id)).toBe(true);
    expect(d.ledger.map((e) => e.type)).toContain('outcome');

    const action = await k.call('GET', `/api/v1/actions/${String(d.actions[0]?.id)}`, {
      token: TOKENS.viewer,
    });
    expect(action.body).toMatchObject({ state: 'succeeded', ruleId: 'default.high' });

    // No secret reaches the ledger.
    const ledger = await k.call('GET', '/api/v1/ledger?limit=1000', { token: TOKENS.viewer });
    for (const t of Object.values(TOKENS)) expect(ledger.text).not.toContain(t);
  });

  it('a reject stops the action and escalates; a second vote by the same person is refused', async () => {
    const k = await kit();
    const inc = await k.incident();
    await k.waitFor(inc.id, (i) => i.state === 'awaiting-approval');
    const [req] = await k.runtime.approvals.pending();
    const rejected = await k.call('POST', `/api/v1/approvals/${String(req?.id)}/reject`, {
      token: TOKENS.admin,
      body: { reason: 'not during the sale' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', votes: [{ by: 'root', decision: 'reject' }] });
    expect((await k.waitFor(inc.id, (i) => TERMINAL_INCIDENT_STATES.has(i.state))).state).toBe('escalated');
    expect(k.remedy.applied).toHaveLength(0);
  });

  it('refuses a token named after the engine, so the engine can never approve', async () => {
    const k = await kit();
    await expect(
      createApiServer({
        runtime: k.runtime,
        tokens: { tokens: [{ name: 'Engine', role: 'admin', token: 'a-long-enough-secret-123' }] },
      }),
    ).rejects.toThrow(/tokens\[0\]\.name: 'engine' and 'anonymous' are reserved/);
  });
});

describe('operator controls', () => {
  it('pause and resume by an operator, recorded in the ledger with the identity; a viewer may not', async () => {
    const k = await kit({ risk: 'low' });
    const denied = await k.call('POST', '/api/v1/pause', { token: TOKENS.viewer, body: { reason: 'x' } });
    expect(denied.status).toBe(403);
    const anonymous = await k.call('POST', '/api/v1/pause', { body: { reason: 'x' } });
    expect(anonymous.status).toBe(401);
    const noReason = await k.call('POST', '/api/v1/pause', { token: TOKENS.operator, body: {} });
    expect(noReason.status).toBe(400);
    expect(errorOf(noReason.body).message).toMatch(/^body\.reason: /);

    const paused = await k.call('POST', '/api/v1/pause', {
      token: TOKENS.operator,
      body: { reason: 'database migration' },
    });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ paused: true, by: 'otto', reason: 'database migration' });
    expect((await k.call('GET', '/api/v1/pause', { token: TOKENS.viewer })).body).toMatchObject({
      paused: true,
    });

    // While paused, a low-risk action waits for a person.
    const inc = await k.incident();
    const waiting = await k.waitFor(inc.id, (i) => i.state === 'awaiting-approval');
    expect(waiting.state).toBe('awaiting-approval');

    const resumed = await k.call('POST', '/api/v1/resume', { token: TOKENS.operator });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ paused: false });

    const entries = (await k.runtime.ledger.read(1, 1000)).filter(
      (e) => e.type === 'pause' || e.type === 'resume',
    );
    expect(entries.map((e) => [e.type, e.actor])).toEqual([
      ['pause', 'otto'],
      ['resume', 'otto'],
    ]);
  });

  it('an operator aborts an action being verified: it is undone and the ledger names who', async () => {
    const k = await kit({ risk: 'low', effect: 'fixes-slowly' });
    const inc = await k.incident();
    await k.waitFor(inc.id, (i) => i.state === 'verifying');
    const [action] = await k.runtime.store.listActions({ incidentId: inc.id });
    const res = await k.call('POST', `/api/v1/actions/${String(action?.id)}/abort`, {
      token: TOKENS.operator,
      body: { reason: 'wrong service' },
    });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ actionId: action?.id, aborted: true, by: 'otto' });
    const done = await k.waitFor(inc.id, (i) => TERMINAL_INCIDENT_STATES.has(i.state));
    expect(done.state).toBe('rolled-back');
    expect(k.remedy.undone).toEqual([action?.id]);
    const after = await k.call('GET', `/api/v1/actions/${String(action?.id)}`, { token: TOKENS.viewer });
    expect(after.body).toMatchObject({ outcome: { reason: 'OPERATOR_ABORT' } });
    const entry = (await k.runtime.ledger.read(1, 1000)).find((e) => e.type === 'action.abort');
    expect(entry).toMatchObject({
      actor: 'otto',
      actionId: action?.id,
      payload: { reason: 'wrong service' },
    });
  });

  it('abort answers 404 for an unknown action and 409 for one that is not running', async () => {
    const k = await kit({ risk: 'low' });
    const missing = await k.call('POST', '/api/v1/actions/act_nope/abort', {
      token: TOKENS.operator,
      body: {},
    });
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe('HST_NOT_FOUND');
    const inc = await k.incident();
    await k.waitFor(inc.id, (i) => i.state === 'healed');
    const [action] = await k.runtime.store.listActions({ incidentId: inc.id });
    const late = await k.call('POST', `/api/v1/actions/${String(action?.id)}/abort`, {
      token: TOKENS.operator,
    });
    expect(late.status).toBe(409);
    expect(errorOf(late.body).message).toMatch(/is succeeded/);
    const byViewer = await k.call('POST', `/api/v1/actions/${String(action?.id)}/abort`, {
      token: TOKENS.viewer,
    });
    expect(byViewer.status).toBe(403);
  });
});

describe('reading', () => {
  it('ledger pages, verify and a CloudEvents export', async () => {
    const k = await kit({ risk: 'low' });
    const inc = await k.incident();
    await k.waitFor(inc.id, (i) => i.state === 'healed');
    const page = await k.call('GET', '/api/v1/ledger?from=1&limit=3', { token: TOKENS.viewer });
    const p = page.body as { entries: Obj[]; next: number | null; count: number };
    expect(p.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(p.next).toBe(4);
    expect(p.count).toBeGreaterThan(3);

    const verify = await k.call('GET', '/api/v1/ledger/verify', { token: TOKENS.viewer });
    expect(verify.body).toMatchObject({ ok: true, count: p.count });

    const exported = await k.call('GET', '/api/v1/ledger/export', { token: TOKENS.viewer });
    expect(exported.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = exported.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Obj);
    expect(lines).toHaveLength(p.count);
    expect(lines[0]).toMatchObject({ specversion: '1.0', sequence: '1' });
  });

  it('memory, topology health, policy and entities', async () => {
    const k = await kit({ risk: 'low' });
    const inc = await k.incident('cart');
    await k.waitFor(inc.id, (i) => i.state === 'healed');
    const memory = await k.call('GET', '/api/v1/memory', { token: TOKENS.viewer });
    expect((memory.body as { byRemedy: Obj[] }).byRemedy).toEqual([
      expect.objectContaining({ remedy: 'test.restart', successes: 1, failures: 0, successRate: 1 }),
    ]);
    const policy = await k.call('GET', '/api/v1/policy', { token: TOKENS.viewer });
    expect(policy.body).toMatchObject({ hash: k.runtime.policy.current.hash, file: 'api-test-policy.yaml' });
    expect((policy.body as { defaults: Obj }).defaults).toEqual({
      low: 'auto',
      medium: 'auto+review',
      high: 'approve',
    });

    // An open incident colours its root cause failing.
    k.remedy.target.healthy = false;
    const kit2 = await kit();
    const open = await kit2.incident('payments');
    await kit2.waitFor(open.id, (i) => i.state === 'awaiting-approval');
    const topo = await kit2.call('GET', '/api/v1/topology', { token: TOKENS.viewer });
    const nodes = (topo.body as { nodes: Obj[] }).nodes;
    expect(nodes).toContainEqual(
      expect.objectContaining({ id: 'service:payments', health: 'failing', incidents: [open.id] }),
    );
    const entities = await kit2.call('GET', '/api/v1/entities', { token: TOKENS.viewer });
    expect(entities.status).toBe(200);
  });

  it('bad input names the field, unknown ids are 404, reads need a token unless anonymous reading is on', async () => {
    const k = await kit();
    const bad = await k.call('GET', '/api/v1/incidents?state=burning&limit=5', { token: TOKENS.viewer });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body)).toMatchObject({ code: 'HST_INPUT_INVALID' });
    expect(errorOf(bad.body).message).toMatch(/^query\.state: unknown state 'burning'/);
    const badLimit = await k.call('GET', '/api/v1/ledger?limit=0', { token: TOKENS.viewer });
    expect(errorOf(badLimit.body).message).toMatch(/^query\.limit: /);
    const notJson = await fetch(`${k.url}/api/v1/pause`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.operator}`, 'content-type': 'application/json' },
      body: '{"reason":',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('HST_INPUT_INVALID');
    const notJsonType = await fetch(`${k.url}/api/v1/pause`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.operator}`, 'content-type': 'application/xml' },
      body: '<pause/>',
    });
    expect(notJsonType.status).toBe(415);
    expect(((await notJsonType.json()) as { error: { code: string } }).error.code).toBe(
      'HST_UNSUPPORTED_MEDIA',
    );
    const huge = await k.call('POST', '/api/v1/pause', {
      token: TOKENS.operator,
      body: { reason: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(errorOf(huge.body).code).toBe('HST_PAYLOAD_TOO_LARGE');

    expect((await k.call('GET', '/api/v1/incidents/inc_nope', { token: TOKENS.viewer })).status).toBe(404);
    expect((await k.call('GET', '/api/v1/actions/act_nope', { token: TOKENS.viewer })).status).toBe(404);
    const unknownRoute = await k.call('GET', '/api/v1/nothing-here', { token: TOKENS.viewer });
    expect(unknownRoute.status).toBe(404);
    expect(errorOf(unknownRoute.body).code).toBe('HST_NOT_FOUND');

    expect((await k.call('GET', '/api/v1/incidents')).status).toBe(401);
    expect((await k.call('GET', '/api/v1/health')).body).toMatchObject({ status: 'ok' });
    expect((await k.call('GET', '/api/v1/me', { token: TOKENS.approver })).body).toEqual({
      name: 'alice',
      role: 'approver',
      anonymous: false,
    });

    const demo = await kit({ server: { tokens: { tokens: [], allowAnonymousRead: true } } });
    expect((await demo.call('GET', '/api/v1/incidents')).status).toBe(200);
    expect((await demo.call('GET', '/api/v1/me')).body).toMatchObject({ name: 'anonymous', role: 'viewer' });
    expect((await demo.call('POST', '/api/v1/pause', { body: { reason: 'x' } })).status).toBe(401);
  });
});

describe('secrets', () => {
  it('never reach stdout, stderr or the error log; a 500 says nothing of its cause to the client', async () => {
    const logged: string[] = [];
    const k = await kit({ server: { log: (m, f) => logged.push(`${m} ${JSON.stringify(f)}`) } });
    const written: string[] = [];
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    const store = k.runtime.store;
    const original = store.listIncidents.bind(store);
    try {
      store.listIncidents = async () => {
        throw new Error('disk I/O error at /var/lib/homeostat.db');
      };
      const failed = await k.call('GET', '/api/v1/incidents', { token: TOKENS.admin });
      expect(failed.status).toBe(500);
      expect(errorOf(failed.body)).toEqual({
        code: 'HST_INTERNAL',
        message: 'an unexpected error in homeostat; see its log',
      });
      await k.call('POST', '/api/v1/pause', { token: TOKENS.operator, body: { reason: 'maintenance' } });
      await k.call('GET', '/api/v1/pause', { token: 'a-wrong-token-but-secret-looking' });
    } finally {
      store.listIncidents = original;
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(logged).toEqual([expect.stringContaining('disk I/O error')]);
    const everything = [...logged, ...written].join('\n');
    for (const t of [...Object.values(TOKENS), 'a-wrong-token-but-secret-looking'])
      expect(everything).not.toContain(t);
  });
});
