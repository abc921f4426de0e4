/**
 * Minimal stand-ins for the decide stage, for engine tests that are not about
 * policy: a decider by risk only, a guard that only locks targets, and an
 * approval gate with N-of-1 semantics. The real ones live in `src/decide/`.
 */
import { HomeostatError } from '../core/errors.js';
import type { ApprovalGate, Decider, Decision, DecisionInput, Guard, GuardVerdict } from '../engine/ports.js';
import {
  type Action,
  type ApprovalRequest,
  type Hypothesis,
  newId,
  type PolicyMode,
} from '../model/index.js';

export function riskDecider(modes: Partial<Record<'low' | 'medium' | 'high', PolicyMode>> = {}): Decider {
  const m = { low: 'auto', medium: 'auto+review', high: 'approve', ...modes } as const;
  return {
    policyHash: 'test-policy',
    async decide(input: DecisionInput): Promise<Decision> {
      return {
        mode: m[input.risk],
        ruleId: `default.${input.risk}`,
        reason: 'by risk',
        requiredApprovals: 1,
      };
    },
  };
}

export class LockGuard implements Guard {
  readonly locks = new Map<string, string>();
  acquire(input: { target: string; actionId: string }): GuardVerdict {
    const holder = this.locks.get(input.target);
    if (holder && holder !== input.actionId) {
      return { ok: false, reason: 'LOCKED', detail: `${input.target} is locked by ${holder}` };
    }
    this.locks.set(input.target, input.actionId);
    return { ok: true };
  }
  release(input: { target: string; actionId: string }): void {
    if (this.locks.get(input.target) === input.actionId) this.locks.delete(input.target);
  }
}

export class SimpleApprovals implements ApprovalGate {
  readonly requests = new Map<string, ApprovalRequest>();
  constructor(
    readonly now: () => number,
    readonly ttlMs = 60_000,
  ) {}

  async request(
    action: Action,
    hypothesis: Hypothesis | undefined,
    required: number,
  ): Promise<ApprovalRequest> {
    const r: ApprovalRequest = {
      id: newId('approval'),
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
      requiredApprovals: required,
      votes: [],
      createdAt: this.now(),
      expiresAt: this.now() + this.ttlMs,
      requestedBy: 'engine',
    };
    this.requests.set(r.id, r);
    return r;
  }

  async vote(
    id: string,
    v: { by: string; decision: 'approve' | 'reject'; reason: string },
  ): Promise<ApprovalRequest> {
    const r = this.requests.get(id);
    if (!r) throw new HomeostatError('HST_NOT_FOUND', id);
    if (v.by === r.requestedBy) throw new HomeostatError('HST_SELF_APPROVAL');
    const votes = [...r.votes, { ...v, at: this.now() }];
    const approvals = votes.filter((x) => x.decision === 'approve').length;
    const state =
      v.decision === 'reject' ? 'rejected' : approvals >= r.requiredApprovals ? 'approved' : 'pending';
    const next = { ...r, votes, state } as ApprovalRequest;
    this.requests.set(id, next);
    return next;
  }

  async expire(now: number): Promise<ApprovalRequest[]> {
    const out: ApprovalRequest[] = [];
    for (const r of this.requests.values()) {
      if (r.state === 'pending' && r.expiresAt <= now) {
        const e = { ...r, state: 'expired' } as ApprovalRequest;
        this.requests.set(r.id, e);
        out.push(e);
      }
    }
    return out;
  }
}
