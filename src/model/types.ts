/**
 * The shared vocabulary of every stage: what flows from sense to memory.
 * Types only, no behaviour. Times are epoch milliseconds (number) everywhere.
 */
import type { ActionId, AnomalyId, ApprovalId, EntityId, HypothesisId, IncidentId, SignalId } from './ids.js';

export type Labels = Readonly<Record<string, string>>;

/** Anything observed: a metric sample, a log line, a span, an alert, a change event, a probe result. */
export type SignalKind = 'metric' | 'log' | 'trace' | 'alert' | 'change' | 'probe' | 'test' | 'job';

export interface Signal {
  readonly id: SignalId;
  readonly kind: SignalKind;
  /** Which receiver produced it, e.g. 'prometheus', 'otlp', 'alertmanager', 'process'. */
  readonly source: string;
  readonly entity: EntityId;
  /** The indicator or event name, e.g. 'http_error_rate', 'process_exit', 'deploy'. */
  readonly name: string;
  readonly at: number;
  readonly value?: number;
  readonly labels: Labels;
  /** Free-form detail: a log line, an alert annotation, a change's old/new values. */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

export type EntityKind =
  | 'service'
  | 'process'
  | 'host'
  | 'database'
  | 'endpoint'
  | 'queue'
  | 'test'
  | 'job'
  | 'pipeline'
  | 'repository'
  | (string & {});

export interface Entity {
  readonly id: EntityId;
  readonly kind: EntityKind;
  readonly name: string;
  readonly labels: Labels;
}

/** Why a value was judged abnormal; enough for a person to check it. */
export interface AnomalyExplanation {
  readonly observed: number;
  readonly expectedLow: number;
  readonly expectedHigh: number;
  /** e.g. 'monday 09:00', 'load-conditioned', 'slo-burn', 'new-template'. */
  readonly profile: string;
  /** How many past observations back the expectation. */
  readonly support: number;
  readonly text: string;
}

export interface Anomaly {
  readonly id: AnomalyId;
  readonly entity: EntityId;
  readonly indicator: string;
  readonly at: number;
  /** In [0, 1]: how unusual. */
  readonly score: number;
  /** In [0, 1]: how much history backs the score. */
  readonly confidence: number;
  readonly detector: string;
  readonly explanation: AnomalyExplanation;
  readonly signalIds: readonly SignalId[];
  /** Stable across recurrences of the same symptom: same entity, indicator, direction. */
  readonly fingerprint: string;
  /**
   * An observation rather than a symptom of a fault (e.g. idle capacity): it gets an incident
   * of its own, which neither takes in nor joins the anomalies of faults nearby.
   */
  readonly standalone?: boolean;
}

export type IncidentState =
  | 'open'
  | 'diagnosed'
  | 'awaiting-approval'
  | 'acting'
  | 'verifying'
  | 'healed'
  | 'rolled-back'
  | 'escalated'
  | 'dismissed';

export const TERMINAL_INCIDENT_STATES: ReadonlySet<IncidentState> = new Set([
  'healed',
  'rolled-back',
  'escalated',
  'dismissed',
]);

export interface Incident {
  readonly id: IncidentId;
  readonly state: IncidentState;
  readonly title: string;
  /** Healer pack that owns it, e.g. 'infra', 'tests'. */
  readonly domain: string;
  /** Symptom fingerprint, used by memory and symptom-masking detection. */
  readonly fingerprint: string;
  readonly entities: readonly EntityId[];
  readonly anomalies: readonly Anomaly[];
  readonly hypotheses: readonly Hypothesis[];
  readonly openedAt: number;
  readonly updatedAt: number;
  /** When a remedy first started acting on it (a neighbour's later symptom is its echo only for a while). */
  readonly actedAt?: number;
  readonly closedAt?: number;
  /** Why it ended where it did, e.g. 'VERIFIED', 'REPEAT_FAULT', 'no remedy'. */
  readonly resolution?: string;
}

export type EvidenceKind =
  | 'deviation'
  | 'onset'
  | 'topology'
  | 'change'
  | 'signal'
  | 'memory'
  | 'log'
  | 'similarity'
  | 'text';

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly description: string;
  /** Weight this evidence had in the hypothesis' score, if the diagnoser scores. */
  readonly weight?: number;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface Hypothesis {
  readonly id: HypothesisId;
  readonly incidentId: IncidentId;
  /** The suspected root-cause entity and indicator. */
  readonly entity: EntityId;
  readonly indicator?: string;
  /** Machine-readable cause class that remedies match on, e.g. 'process-crashed', 'bad-release'. */
  readonly cause: string;
  /** Calibrated probability in [0, 1] that this hypothesis is right. */
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
  /** A short text a person reads. */
  readonly summary: string;
  readonly diagnoser: string;
  /** Parameters the diagnoser found that remedies may use (e.g. the release to roll back to). */
  readonly facts?: Readonly<Record<string, unknown>>;
}

export type Risk = 'low' | 'medium' | 'high';

export const RISKS: readonly Risk[] = ['low', 'medium', 'high'];

/** What an action is done to. Labels feed the policy (env=prod, regulated=true, …). */
export interface Target {
  readonly entity: EntityId;
  readonly kind: EntityKind;
  readonly labels: Labels;
}

export type PolicyMode = 'auto' | 'auto+review' | 'approve' | 'deny';

/** What the policy decides on. `now` matters for maintenance windows. */
export interface DecisionInput {
  readonly remedy: string;
  readonly actionClass: string;
  readonly risk: Risk;
  readonly target: Target;
  /** Calibrated confidence of the diagnosis in [0, 1]. */
  readonly confidence: number;
  readonly now: number;
}

/** A mode, and the policy rule that gave it (recorded in the ledger with every decision). */
export interface Decision {
  readonly mode: PolicyMode;
  /** e.g. 'default.low', 'no-prod-restarts', 'maintenance.nightly', '+paused' when the pause applied. */
  readonly ruleId: string;
  readonly reason: string;
  /** Approvals needed when the mode is approve; 0 otherwise. */
  readonly requiredApprovals: number;
}

export type ActionState =
  | 'proposed'
  | 'awaiting-approval'
  | 'intent'
  | 'applying'
  | 'verifying'
  | 'undoing'
  | 'succeeded'
  | 'rolled-back'
  | 'failed'
  | 'rejected'
  | 'skipped';

export const TERMINAL_ACTION_STATES: ReadonlySet<ActionState> = new Set([
  'succeeded',
  'rolled-back',
  'failed',
  'rejected',
  'skipped',
]);

/** One concrete use of a remedy on a target; this is what the journal records. */
export interface Action {
  readonly id: ActionId;
  readonly incidentId: IncidentId;
  readonly hypothesisId?: HypothesisId;
  /** Registered remedy name, e.g. 'infra.restart'. The journal refers to the remedy by this name. */
  readonly remedy: string;
  readonly actionClass: string;
  readonly risk: Risk;
  readonly target: Target;
  /** JSON-serialisable parameters; all the remedy needs to apply, verify and undo after a restart. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Same key, same effect: a second apply with this key is refused. */
  readonly idempotencyKey: string;
  readonly state: ActionState;
  readonly mode: PolicyMode;
  /** The policy rule that gave the mode. */
  readonly ruleId: string;
  readonly description: string;
  readonly createdAt: number;
  readonly appliedAt?: number;
  readonly verifyDeadline?: number;
  readonly verifyWindowMs: number;
  readonly confirmMs: number;
  /** What apply returned that undo needs (e.g. the previous release). */
  readonly undoData?: Readonly<Record<string, unknown>>;
  /** Set when this action reverts another: a rollback is never itself rolled back. */
  readonly undoes?: ActionId;
  readonly outcome?: Outcome;
}

/**
 * An action as the guards see it in the journal: what they need to rebuild
 * locks, rate limits and cooldowns after a restart (decide/guards.ts).
 */
export interface GuardJournalEntry {
  readonly target: string;
  readonly remedy: string;
  readonly actionId: string;
  /** When its change was applied; absent when it never was. */
  readonly appliedAt?: number;
  /** Applying, verifying or undoing: it holds its target until it settles (and is counted then). */
  readonly running: boolean;
}

export type OutcomeReason =
  | 'VERIFIED'
  | 'VERIFY_FAILED'
  | 'NO_DATA'
  | 'TIMEOUT'
  | 'OPERATOR_ABORT'
  | 'BUDGET_EXCEEDED'
  | 'REPEAT_FAULT'
  | 'ACTUATOR_ERROR';

export interface Outcome {
  readonly actionId: ActionId;
  readonly reason: OutcomeReason;
  readonly success: boolean;
  readonly at: number;
  readonly detail: string;
  /** Whether the undo ran and succeeded, when the action was reverted. */
  readonly undone?: boolean;
  /** Health readings taken inside the verification window (for the chart). */
  readonly readings?: readonly HealthReading[];
}

/** One judgement of a verify predicate. 'worse' means the action made things worse than before. */
export type HealthStatus = 'healthy' | 'unhealthy' | 'worse' | 'no-data';

export interface HealthReading {
  readonly at: number;
  readonly status: HealthStatus;
  readonly value?: number;
  readonly detail?: string;
}

export type ApprovalState = 'pending' | 'approved' | 'rejected' | 'expired';

export interface ApprovalVote {
  readonly by: string;
  readonly decision: 'approve' | 'reject';
  readonly reason: string;
  readonly at: number;
}

export interface ApprovalRequest {
  readonly id: ApprovalId;
  readonly actionId: ActionId;
  readonly incidentId: IncidentId;
  readonly state: ApprovalState;
  /** The exact change proposed, diagnosis and evidence, as shown to the approver. */
  readonly proposal: {
    readonly remedy: string;
    readonly description: string;
    readonly target: Target;
    readonly params: Readonly<Record<string, unknown>>;
    readonly risk: Risk;
    readonly hypothesis?: Hypothesis;
  };
  readonly requiredApprovals: number;
  readonly votes: readonly ApprovalVote[];
  readonly createdAt: number;
  readonly expiresAt: number;
  /** Identity that proposed it; it may never approve its own proposal. */
  readonly requestedBy: string;
}

/** Every kind of ledger entry; the chain records the loop in this vocabulary. */
export type LedgerEntryType =
  | 'signal'
  | 'anomaly'
  | 'incident.opened'
  | 'incident.state'
  | 'diagnosis'
  | 'decision'
  | 'approval.requested'
  | 'approval.vote'
  | 'approval.resolved'
  | 'action.intent'
  | 'action.applied'
  | 'action.verify'
  | 'action.undo'
  | 'outcome'
  | 'escalation'
  | 'autonomy.promoted'
  | 'autonomy.demoted'
  | 'policy.loaded'
  | 'pause'
  | 'resume'
  | 'reconcile'
  | (string & {});

export interface LedgerEntry {
  /** 1-based position in the chain. */
  readonly seq: number;
  readonly at: number;
  readonly type: LedgerEntryType;
  readonly incidentId?: string;
  readonly actionId?: string;
  /** Who did it: 'engine', or a human identity. */
  readonly actor: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Hash of the policy version in force when the entry was written. */
  readonly policyHash: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** What memory knows of one (symptom fingerprint, remedy, target class). */
export interface OutcomeStats {
  readonly fingerprint: string;
  readonly remedy: string;
  readonly targetClass: string;
  readonly successes: number;
  readonly failures: number;
  readonly lastAt: number;
}
