/**
 * The action contract. A healer pack registers remedies; each declares how to
 * apply, how to tell that it helped, and how to undo. The journal refers to a
 * remedy by name and stores only JSON parameters, so that after a crash the
 * engine can finish verification or undo from the journal alone.
 */
import type {
  Action,
  Entity,
  HealthReading,
  Hypothesis,
  Incident,
  Labels,
  Risk,
  Target,
} from '../model/index.js';
import type { Clock } from './clock.js';

/** A failure an actuator knows to be permanent (no retry helps) or retryable. */
export type FailureClass = 'permanent' | 'retryable';

export class ActuatorError extends Error {
  readonly failure: FailureClass;
  constructor(message: string, failure: FailureClass, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ActuatorError';
    this.failure = failure;
  }
}

/** What a remedy proposes for one incident: parameters and a target. */
export interface Proposal {
  readonly target: Target;
  readonly params: Readonly<Record<string, unknown>>;
  readonly description: string;
  /** Overrides the remedy's default verification window for this proposal. */
  readonly verifyWindowMs?: number;
  readonly confirmMs?: number;
}

export interface RemedyContext {
  readonly clock: Clock;
  /** Looks up an entity known to the engine (labels feed the policy). */
  entity(id: string): Entity | undefined;
  /** Actuators registered with the engine, by type. */
  actuator<T = unknown>(type: string): T;
  /** Structured log for the operator; never put secrets here. */
  log(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

export interface ApplyResult {
  /** What undo needs; stored in the journal. */
  readonly undoData?: Readonly<Record<string, unknown>>;
  readonly detail?: string;
}

export interface RemedyDefinition {
  /** Unique, stable name, e.g. 'infra.restart'. The journal refers to it. */
  readonly name: string;
  /** The class the policy matches on, e.g. 'restart', 'rollback-release'. */
  readonly actionClass: string;
  readonly risk: Risk;
  readonly description: string;
  /** Default verification window and confirmation period. */
  readonly verifyWindowMs?: number;
  readonly confirmMs?: number;
  /** Candidate proposals for a diagnosed incident; empty when the remedy does not fit. */
  propose(incident: Incident, hypothesis: Hypothesis, ctx: RemedyContext): Proposal[];
  /**
   * Does the change. Must be idempotent for the same action id: called again after
   * a crash between journal and apply, it must not apply twice.
   */
  apply(action: Action, ctx: RemedyContext): Promise<ApplyResult>;
  /** One reading of the health predicate; the executor calls it repeatedly within the window. */
  verify(action: Action, ctx: RemedyContext): Promise<HealthReading>;
  /** Reverts apply, using `action.undoData`. Must be idempotent. */
  undo(action: Action, ctx: RemedyContext): Promise<void>;
  /** Re-checks just before acting that the symptom still holds; false → the action is skipped. */
  stillNeeded?(action: Action, ctx: RemedyContext): Promise<boolean>;
}

/** The target class memory groups outcomes by: the entity kind plus a 'tier' or 'role' label if any. */
export function targetClass(target: Target): string {
  const tier = target.labels.tier ?? target.labels.role;
  return tier ? `${target.kind}/${tier}` : target.kind;
}

export function labelsMatch(want: Labels | undefined, have: Labels): boolean {
  if (!want) return true;
  for (const [k, v] of Object.entries(want)) if (have[k] !== v) return false;
  return true;
}
