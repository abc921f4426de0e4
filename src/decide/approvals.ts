/**
 * Approval requests: the exact proposed change with its diagnosis and
 * evidence, waiting for N people to approve it. Any reject closes it; expiry
 * counts as deny; the engine can never approve its own proposal.
 *
 * Votes in one process are serialized; votes from several processes against
 * one store rely on the store (a vote re-reads the request before writing).
 * Ledger entries are the engine's job: every method returns the updated
 * request, which carries the votes and the final state.
 */
import { z } from 'zod';
import type { Clock } from '../core/clock.js';
import { HomeostatError } from '../core/errors.js';
import type { Store } from '../core/store.js';
import {
  type Action,
  type ApprovalRequest,
  type ApprovalVote,
  type Hypothesis,
  newId,
} from '../model/index.js';

/** The identity of the engine itself; it proposes and may never vote. */
export const ENGINE_IDENTITY = 'engine';

/** A vote as it arrives from the CLI or the API. */
export const VoteInputSchema = z.strictObject({
  by: z.string().trim().min(1, 'an identity is required').max(200),
  decision: z.enum(['approve', 'reject']),
  reason: z.string().max(4000).default(''),
});

export type VoteInput = z.input<typeof VoteInputSchema>;

export interface ApprovalServiceOptions {
  /** A pending request expires (= deny) this long after it was made. Default 1 h (the policy's approvals.expiresAfterMs). */
  readonly expiresAfterMs?: number;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Creates, votes on and expires approval requests through the Store port.
 * @example
 * const approvals = new ApprovalService(store, systemClock, { expiresAfterMs: policy.doc.approvals.expiresAfterMs });
 * const req = await approvals.request(action, hypothesis, decision.requiredApprovals);
 * const after = await approvals.vote(req.id, { by: 'alice', decision: 'approve', reason: 'looks right' });
 * if (after.state === 'approved') { ... }
 */
export class ApprovalService {
  readonly #store: Store;
  readonly #clock: Clock;
  #expiresAfterMs: number;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: Store, clock: Clock, opts: ApprovalServiceOptions = {}) {
    this.#store = store;
    this.#clock = clock;
    this.#expiresAfterMs = opts.expiresAfterMs ?? 3_600_000;
  }

  /** Applies a reloaded policy's expiry to requests made from now on. */
  setExpiresAfterMs(ms: number): void {
    this.#expiresAfterMs = ms;
  }

  /**
   * Asks for approval of `action`. Idempotent per action: while a request for the
   * same action is pending, that request is returned (so a restart does not ask twice).
   */
  async request(
    action: Action,
    hypothesis: Hypothesis | undefined,
    requiredApprovals: number,
    requestedBy: string = ENGINE_IDENTITY,
  ): Promise<ApprovalRequest> {
    if (!Number.isInteger(requiredApprovals) || requiredApprovals < 1) {
      throw new HomeostatError(
        'HST_INPUT_INVALID',
        `requiredApprovals must be a whole number >= 1, got ${requiredApprovals}`,
      );
    }
    return this.#serial(async () => {
      const open = await this.#store.listApprovals({ actionId: action.id, state: 'pending' });
      if (open[0]) return open[0];
      const now = this.#clock.now();
      const req: ApprovalRequest = {
        id: newId('approval', now),
        actionId: action.id,
        incidentId: action.incidentId,
        state: 'pending',
        proposal: {
          remedy: action.remedy,
          description: action.description,
          target: action.target,
          params: action.params,
          risk: action.risk,
          ...(hypothesis ? { hypothesis } : {}),
        },
        requiredApprovals,
        votes: [],
        createdAt: now,
        expiresAt: now + this.#expiresAfterMs,
        requestedBy,
      };
      await this.#store.putApproval(req);
      return req;
    });
  }

  /**
   * Records one vote. Approved once approvals reach the required number; any
   * reject rejects. Refuses: the engine voting (HST_SELF_APPROVAL), the requester
   * approving their own proposal (HST_SELF_APPROVAL; they may still reject it),
   * a second vote by the same identity (HST_DUPLICATE_VOTE), and votes on a
   * request that is no longer pending or has run out of time (HST_APPROVAL_CLOSED).
   */
  async vote(id: string, input: VoteInput): Promise<ApprovalRequest> {
    const parsed = VoteInputSchema.safeParse(input);
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'vote'}: ${i.message}`).join('; ');
      throw new HomeostatError('HST_INPUT_INVALID', `invalid vote on ${id}: ${why}`);
    }
    const { by, decision, reason } = parsed.data;
    return this.#serial(async () => {
      const req = await this.#store.getApproval(id);
      if (!req) throw new HomeostatError('HST_NOT_FOUND', `no approval request ${id}`);
      const now = this.#clock.now();
      // Left pending on purpose: expire() marks it and hands it to the engine for the ledger.
      if (req.state === 'pending' && now >= req.expiresAt) throw closed(id, 'expired', req.expiresAt);
      if (req.state !== 'pending') throw closed(id, req.state);
      if (same(by, ENGINE_IDENTITY)) {
        throw new HomeostatError('HST_SELF_APPROVAL', `the engine may not vote on approval requests (${id})`);
      }
      if (decision === 'approve' && same(by, req.requestedBy)) {
        throw new HomeostatError(
          'HST_SELF_APPROVAL',
          `${by} proposed ${id} and may not approve it; ask someone else`,
        );
      }
      if (req.votes.some((v) => same(v.by, by))) {
        throw new HomeostatError('HST_DUPLICATE_VOTE', `${by} has already voted on ${id}`);
      }
      const votes: ApprovalVote[] = [...req.votes, { by, decision, reason, at: now }];
      const approvals = votes.filter((v) => v.decision === 'approve').length;
      const state = votes.some((v) => v.decision === 'reject')
        ? 'rejected'
        : approvals >= req.requiredApprovals
          ? 'approved'
          : 'pending';
      const next: ApprovalRequest = { ...req, votes, state };
      await this.#store.putApproval(next);
      return next;
    });
  }

  /** Marks pending requests whose time is up as expired (expiry = deny) and returns them. */
  async expire(now: number = this.#clock.now()): Promise<ApprovalRequest[]> {
    return this.#serial(async () => {
      const out: ApprovalRequest[] = [];
      for (const req of await this.#store.listApprovals({ state: 'pending' })) {
        if (now < req.expiresAt) continue;
        const next: ApprovalRequest = { ...req, state: 'expired' };
        await this.#store.putApproval(next);
        out.push(next);
      }
      return out;
    });
  }

  /** Requests still waiting for votes (including any whose time is up but not yet expired). */
  async pending(): Promise<ApprovalRequest[]> {
    return this.#store.listApprovals({ state: 'pending' });
  }

  async get(id: string): Promise<ApprovalRequest | undefined> {
    return this.#store.getApproval(id);
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

function closed(id: string, state: string, at?: number): HomeostatError {
  const when = at === undefined ? '' : ` at ${new Date(at).toISOString()}`;
  return new HomeostatError(
    'HST_APPROVAL_CLOSED',
    `approval request ${id} is ${state}${when}; votes are closed`,
    {
      id,
      state,
    },
  );
}
