/**
 * What the engine needs from the decide stage, as narrow interfaces. The
 * policy, governor and approval service in `src/decide/` satisfy them; the
 * wiring in `assemble.ts` adapts one to the other, so the engine never
 * depends on their internals.
 */
import type {
  Action,
  ApprovalRequest,
  Decision,
  DecisionInput,
  GuardJournalEntry,
  Hypothesis,
} from '../model/index.js';

export type { Decision, DecisionInput, GuardJournalEntry };

/** Maps an action to a mode, with pause and autonomy overrides applied. */
export interface Decider {
  /** Hash of the policy version in force; recorded with every ledger entry. */
  readonly policyHash: string;
  decide(input: DecisionInput): Promise<Decision>;
}

export type GuardVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'BUDGET_EXCEEDED' | 'LOCKED' | 'COOLDOWN';
      readonly detail: string;
      readonly retryAt?: number;
    };

/** Blast radius, per-target locks, rate limits and cooldowns. */
export interface Guard {
  /** Checks and, when allowed, takes the target's lock and a concurrency slot for this action. */
  acquire(input: {
    readonly target: string;
    readonly remedy: string;
    readonly actionId: string;
    readonly now: number;
  }): GuardVerdict;
  /** Gives back the lock and the slot; `applied` counts towards rate limits and cooldowns. */
  release(input: {
    readonly target: string;
    readonly remedy: string;
    readonly actionId: string;
    readonly applied: boolean;
    readonly now: number;
  }): void;
  /** Rebuilds the guards from the journal when the engine starts (decide/guards.ts). */
  restore?(entries: readonly GuardJournalEntry[]): void;
  /** How far back `restore` needs the journal, in ms. */
  memoryMs?(): number;
}

export interface ApprovalGate {
  request(
    action: Action,
    hypothesis: Hypothesis | undefined,
    requiredApprovals: number,
  ): Promise<ApprovalRequest>;
  vote(
    id: string,
    vote: { readonly by: string; readonly decision: 'approve' | 'reject'; readonly reason: string },
  ): Promise<ApprovalRequest>;
  /** Marks every pending request past its expiry as expired and returns them. */
  expire(now: number): Promise<ApprovalRequest[]>;
}
