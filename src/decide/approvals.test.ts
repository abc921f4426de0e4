import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { type ErrorCode, HomeostatError } from '../core/errors.js';
import type { Hypothesis, HypothesisId, IncidentId } from '../model/index.js';
import { actionFixture } from '../store/fixtures.js';
import { MemoryStore } from '../store/memory.js';
import { ApprovalService } from './approvals.js';

const hypothesis: Hypothesis = {
  id: 'hyp-1' as HypothesisId,
  incidentId: 'inc-1' as IncidentId,
  entity: actionFixture({ id: 'x' }).target.entity,
  cause: 'bad-release',
  confidence: 0.82,
  evidence: [{ kind: 'change', description: 'deploy v2 at 10:01, errors from 10:02' }],
  summary: 'release v2 broke checkout',
  diagnoser: 'change-correlation',
};

async function setup(expiresAfterMs = 60_000) {
  const store = new MemoryStore();
  await store.init();
  const clock = new ManualClock(1_000_000);
  return { store, clock, approvals: new ApprovalService(store, clock, { expiresAfterMs }) };
}

async function code(p: Promise<unknown>): Promise<ErrorCode> {
  try {
    await p;
  } catch (err) {
    if (err instanceof HomeostatError) return err.code;
    throw err;
  }
  throw new Error('expected a HomeostatError');
}

describe('ApprovalService', () => {
  it('stores the exact proposal with diagnosis and evidence, once per action', async () => {
    const { store, approvals } = await setup();
    const action = actionFixture({ id: 'act-1', risk: 'high', params: { to: 'v1' } });
    const req = await approvals.request(action, hypothesis, 2);
    expect(req).toMatchObject({
      state: 'pending',
      actionId: 'act-1',
      requiredApprovals: 2,
      requestedBy: 'engine',
      createdAt: 1_000_000,
      expiresAt: 1_060_000,
      proposal: { remedy: 'infra.restart', params: { to: 'v1' }, risk: 'high', target: action.target },
    });
    expect(req.proposal.hypothesis?.evidence[0]?.description).toContain('deploy v2');
    expect(await store.getApproval(req.id)).toEqual(req);
    expect((await approvals.request(action, hypothesis, 2)).id).toBe(req.id);
    expect(await approvals.pending()).toHaveLength(1);
    expect(await code(approvals.request(action, hypothesis, 0))).toBe('HST_INPUT_INVALID');
  });

  it('needs N approvals out of many voters', async () => {
    const { approvals } = await setup();
    const req = await approvals.request(actionFixture({ id: 'act-2' }), hypothesis, 2);
    const one = await approvals.vote(req.id, { by: 'alice', decision: 'approve', reason: 'ok' });
    expect(one.state).toBe('pending');
    const two = await approvals.vote(req.id, { by: 'bob', decision: 'approve', reason: 'agreed' });
    expect(two.state).toBe('approved');
    expect(two.votes.map((v) => [v.by, v.reason])).toEqual([
      ['alice', 'ok'],
      ['bob', 'agreed'],
    ]);
    expect(await code(approvals.vote(req.id, { by: 'carol', decision: 'approve' }))).toBe(
      'HST_APPROVAL_CLOSED',
    );
    expect(await approvals.pending()).toHaveLength(0);
  });

  it('refuses self-approval and any vote by the engine', async () => {
    const { approvals } = await setup();
    const byEngine = await approvals.request(actionFixture({ id: 'act-3' }), hypothesis, 1);
    expect(await code(approvals.vote(byEngine.id, { by: 'engine', decision: 'approve' }))).toBe(
      'HST_SELF_APPROVAL',
    );
    expect(await code(approvals.vote(byEngine.id, { by: ' Engine ', decision: 'reject' }))).toBe(
      'HST_SELF_APPROVAL',
    );
    const byAlice = await approvals.request(actionFixture({ id: 'act-4' }), undefined, 1, 'alice');
    expect(await code(approvals.vote(byAlice.id, { by: 'alice', decision: 'approve' }))).toBe(
      'HST_SELF_APPROVAL',
    );
    expect((await approvals.get(byAlice.id))?.votes).toHaveLength(0);
    // Withdrawing one's own proposal is allowed.
    expect(
      (await approvals.vote(byAlice.id, { by: 'alice', decision: 'reject', reason: 'withdrawn' })).state,
    ).toBe('rejected');
  });

  it('refuses duplicate votes and rejects on any reject', async () => {
    const { approvals } = await setup();
    const req = await approvals.request(actionFixture({ id: 'act-5' }), hypothesis, 3);
    await approvals.vote(req.id, { by: 'alice', decision: 'approve' });
    expect(await code(approvals.vote(req.id, { by: 'ALICE', decision: 'approve' }))).toBe(
      'HST_DUPLICATE_VOTE',
    );
    const rejected = await approvals.vote(req.id, { by: 'bob', decision: 'reject', reason: 'wrong target' });
    expect(rejected.state).toBe('rejected');
    expect(await code(approvals.vote(req.id, { by: 'carol', decision: 'approve' }))).toBe(
      'HST_APPROVAL_CLOSED',
    );
  });

  it('validates votes and unknown ids', async () => {
    const { approvals } = await setup();
    const req = await approvals.request(actionFixture({ id: 'act-6' }), hypothesis, 1);
    expect(await code(approvals.vote(req.id, { by: '  ', decision: 'approve' }))).toBe('HST_INPUT_INVALID');
    const bogus = { by: 'bob', decision: 'maybe' } as unknown as { by: string; decision: 'approve' };
    expect(await code(approvals.vote(req.id, bogus))).toBe('HST_INPUT_INVALID');
    expect(await code(approvals.vote('apr_nope', { by: 'bob', decision: 'approve' }))).toBe('HST_NOT_FOUND');
  });

  it('expires pending requests (expiry = deny) and closes them to votes', async () => {
    const { clock, approvals } = await setup(60_000);
    const early = await approvals.request(actionFixture({ id: 'act-7' }), hypothesis, 1);
    await clock.advance(30_000);
    const late = await approvals.request(actionFixture({ id: 'act-8' }), hypothesis, 1);
    const decided = await approvals.request(actionFixture({ id: 'act-9' }), hypothesis, 1);
    await approvals.vote(decided.id, { by: 'alice', decision: 'approve' });
    await clock.advance(30_000);
    // At its expiry instant the early one can no longer be voted on, and is left for expire().
    expect(await code(approvals.vote(early.id, { by: 'bob', decision: 'approve' }))).toBe(
      'HST_APPROVAL_CLOSED',
    );
    const expired = await approvals.expire();
    expect(expired.map((r) => [r.id, r.state])).toEqual([[early.id, 'expired']]);
    expect((await approvals.pending()).map((r) => r.id)).toEqual([late.id]);
    expect((await approvals.get(decided.id))?.state).toBe('approved');
    expect(await approvals.expire(clock.now() + 30_000)).toHaveLength(1);
    expect(await approvals.expire(clock.now() + 30_000)).toHaveLength(0);
  });

  it('serializes concurrent votes so none is lost', async () => {
    const { approvals } = await setup();
    const req = await approvals.request(actionFixture({ id: 'act-10' }), hypothesis, 5);
    const names = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(names.map((by) => approvals.vote(req.id, { by, decision: 'approve' })));
    const final = await approvals.get(req.id);
    expect(final?.votes.map((v) => v.by).sort()).toEqual(names);
    expect(final?.state).toBe('approved');
  });
});
