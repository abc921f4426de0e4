/**
 * The executor with a kill switch. It journals the intent before acting,
 * applies, judges the verify predicate within the window, and undoes
 * automatically when the action did not help. A rollback is never itself
 * rolled back. After a crash, `reconcile` finishes every unfinished intent
 * from the journal alone; no action is ever applied twice.
 */
import type { AuditLog } from '../core/audit.js';
import type { Clock } from '../core/clock.js';
import type { Registry } from '../core/component.js';
import { errorMessage } from '../core/errors.js';
import { ActuatorError, type RemedyContext, type RemedyDefinition } from '../core/remedy.js';
import type { Store } from '../core/store.js';
import {
  type Action,
  type ActionState,
  type HealthReading,
  type Outcome,
  type OutcomeReason,
  TERMINAL_ACTION_STATES,
} from '../model/index.js';
import { judgeWindow } from './verify-window.js';

export interface ExecutorOptions {
  readonly store: Store;
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly remedies: Registry<RemedyDefinition>;
  readonly context: RemedyContext;
  /** Interval between verify readings. */
  readonly tickMs?: number;
  /** Longest an apply or undo may take. */
  readonly applyTimeoutMs?: number;
  /** Retries of an apply or undo that failed with a retryable error. */
  readonly maxRetries?: number;
  /** Called whenever an action reaches a terminal state (also for reconciled ones). */
  readonly onSettled?: (action: Action) => void | Promise<void>;
  /** Called on every state change (for live views). */
  readonly onChange?: (action: Action) => void;
}

const ACTIVE: readonly ActionState[] = ['intent', 'applying', 'verifying', 'undoing'];

export class Executor {
  readonly #o: Required<Omit<ExecutorOptions, 'onSettled' | 'onChange'>> &
    Pick<ExecutorOptions, 'onSettled' | 'onChange'>;
  readonly #aborts = new Map<string, string>();
  readonly #running = new Map<string, Promise<Action>>();

  constructor(options: ExecutorOptions) {
    this.#o = { tickMs: 1000, applyTimeoutMs: 30_000, maxRetries: 2, ...options };
  }

  /**
   * Runs a new action through journal → apply → verify → (undo). The action
   * arrives in state 'intent'; its idempotency key must be new.
   */
  run(action: Action): Promise<Action> {
    const existing = this.#running.get(action.id);
    if (existing) return existing;
    const p = this.#run(action).finally(() => this.#running.delete(action.id));
    this.#running.set(action.id, p);
    return p;
  }

  /** Asks a running verification to stop and undo (OPERATOR_ABORT). */
  abort(actionId: string, by: string): boolean {
    if (!this.#running.has(actionId)) return false;
    this.#aborts.set(actionId, by);
    return true;
  }

  /** Resolves when every action in flight has settled. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running.values()]);
  }

  get inFlight(): number {
    return this.#running.size;
  }

  /**
   * Finishes what a previous process left unfinished: an intent never applied is
   * skipped; an action that was applying or verifying resumes its window from the
   * journal (deadline passed → undo); an undo in progress is completed.
   */
  async reconcile(): Promise<Action[]> {
    const open = await this.#o.store.listActions({ states: ACTIVE });
    const resumed: Promise<Action>[] = [];
    for (const action of open) {
      if (this.#running.has(action.id)) continue;
      await this.#o.audit.append({
        type: 'reconcile',
        incidentId: action.incidentId,
        actionId: action.id,
        payload: {
          state: action.state,
          remedy: action.remedy,
          verifyDeadline: action.verifyDeadline ?? null,
        },
      });
      const p = this.#resume(action).finally(() => this.#running.delete(action.id));
      this.#running.set(action.id, p);
      resumed.push(p);
    }
    return Promise.all(resumed);
  }

  async #resume(action: Action): Promise<Action> {
    const remedy = this.#o.remedies.get(action.remedy);
    switch (action.state) {
      case 'intent':
        return this.#settle(
          action,
          'skipped',
          undefined,
          'the engine stopped before applying; nothing was applied',
        );
      case 'undoing':
        return this.#undo(action, remedy, {
          reason: action.outcome?.reason ?? 'VERIFY_FAILED',
          detail: `${action.outcome?.detail ?? 'undo'} (undo completed after restart)`,
          readings: action.outcome?.readings ?? [],
        });
      default: {
        // 'applying' or 'verifying': apply may have happened; never apply again, judge what is there.
        const deadline = action.verifyDeadline ?? this.#o.clock.now();
        if (this.#o.clock.now() >= deadline) {
          return this.#undo(action, remedy, {
            reason: 'TIMEOUT',
            detail: 'the verification window ended while the engine was down',
            readings: [],
          });
        }
        const verifying = await this.#save(action, { state: 'verifying' });
        return this.#verifyThenSettle(verifying, remedy);
      }
    }
  }

  async #run(input: Action): Promise<Action> {
    const { store, audit, clock } = this.#o;
    const remedy = this.#o.remedies.get(input.remedy);
    const dup = await store.getActionByIdempotencyKey(input.idempotencyKey);
    if (dup && dup.id !== input.id) {
      // Same effect requested twice: report the first one rather than applying again.
      return dup;
    }
    let action: Action = { ...input, state: 'intent' };
    await store.putAction(action);
    this.#o.onChange?.(action);

    if (remedy.stillNeeded) {
      let needed = true;
      try {
        needed = await remedy.stillNeeded(action, this.#o.context);
      } catch {
        needed = true; // cannot tell: the diagnosis stands
      }
      if (!needed)
        return this.#settle(action, 'skipped', undefined, 'the symptom no longer holds; not applied');
    }

    // 'applying' is stored before the intent is ledgered: the ledger append is the
    // durable commit point (FULL sync), so once apply can have started, the journal
    // on disk says so, and a restart will judge rather than re-apply.
    const start = clock.now();
    action = await this.#save(action, {
      state: 'applying',
      appliedAt: start,
      verifyDeadline: start + this.#o.applyTimeoutMs + action.verifyWindowMs,
    });
    await audit.append({
      type: 'action.intent',
      incidentId: action.incidentId,
      actionId: action.id,
      payload: {
        remedy: action.remedy,
        actionClass: action.actionClass,
        risk: action.risk,
        target: action.target,
        params: action.params,
        idempotencyKey: action.idempotencyKey,
        mode: action.mode,
        ruleId: action.ruleId,
        verifyWindowMs: action.verifyWindowMs,
      },
    });
    let undoData: Readonly<Record<string, unknown>> | undefined;
    let applyDetail: string | undefined;
    try {
      const result = await this.#withRetries(() => remedy.apply(action, this.#o.context), 'apply');
      undoData = result.undoData;
      applyDetail = result.detail;
    } catch (err) {
      const failure = err instanceof ActuatorError ? err.failure : 'permanent';
      const reason: OutcomeReason = isTimeout(err) ? 'TIMEOUT' : 'ACTUATOR_ERROR';
      return this.#undo(action, remedy, {
        reason,
        detail: `apply failed (${failure}): ${errorMessage(err)}`,
        readings: [],
      });
    }
    const applied = clock.now();
    action = await this.#save(action, {
      state: 'verifying',
      ...(undoData ? { undoData } : {}),
      verifyDeadline: applied + action.verifyWindowMs,
    });
    await audit.append({
      type: 'action.applied',
      incidentId: action.incidentId,
      actionId: action.id,
      payload: { detail: applyDetail ?? null, undoData: undoData ?? null, tookMs: applied - start },
    });
    return this.#verifyThenSettle(action, remedy);
  }

  async #verifyThenSettle(action: Action, remedy: RemedyDefinition): Promise<Action> {
    const verdict = await judgeWindow({
      clock: this.#o.clock,
      deadline: action.verifyDeadline ?? this.#o.clock.now(),
      confirmMs: action.confirmMs,
      tickMs: this.#o.tickMs,
      read: () => remedy.verify(action, this.#o.context),
      aborted: () => this.#aborts.get(action.id),
    });
    this.#aborts.delete(action.id);
    await this.#o.audit.append({
      type: 'action.verify',
      incidentId: action.incidentId,
      actionId: action.id,
      payload: {
        success: verdict.success,
        reason: verdict.reason,
        detail: verdict.detail,
        readings: verdict.readings.length,
        last: verdict.readings[verdict.readings.length - 1] ?? null,
      },
    });
    if (verdict.success) {
      return this.#settle(
        action,
        'succeeded',
        this.#outcome(action, verdict.reason, true, verdict.detail, verdict.readings),
      );
    }
    return this.#undo(action, remedy, verdict);
  }

  async #undo(
    action: Action,
    remedy: RemedyDefinition,
    why: { reason: OutcomeReason; detail: string; readings: readonly HealthReading[] },
  ): Promise<Action> {
    const pending = this.#outcome(action, why.reason, false, why.detail, why.readings);
    const undoing = await this.#save(action, { state: 'undoing', outcome: pending });
    try {
      await this.#withRetries(() => remedy.undo(undoing, this.#o.context), 'undo');
    } catch (err) {
      // The rollback failed: nothing more is tried automatically; a person must look.
      await this.#o.audit.append({
        type: 'action.undo',
        incidentId: action.incidentId,
        actionId: action.id,
        payload: { ok: false, error: errorMessage(err) },
      });
      return this.#settle(undoing, 'failed', {
        ...pending,
        undone: false,
        detail: `${why.detail}; undo failed: ${errorMessage(err)}`,
      });
    }
    await this.#o.audit.append({
      type: 'action.undo',
      incidentId: action.incidentId,
      actionId: action.id,
      payload: { ok: true },
    });
    return this.#settle(undoing, 'rolled-back', { ...pending, undone: true });
  }

  async #settle(
    action: Action,
    state: ActionState,
    outcome: Outcome | undefined,
    detail?: string,
  ): Promise<Action> {
    const final = await this.#save(action, {
      state,
      ...(outcome ? { outcome } : {}),
      ...(detail && !outcome ? { description: `${action.description} — ${detail}` } : {}),
    });
    await this.#o.audit.append({
      type: 'outcome',
      incidentId: final.incidentId,
      actionId: final.id,
      payload: {
        state,
        reason: outcome?.reason ?? null,
        success: outcome?.success ?? false,
        undone: outcome?.undone ?? false,
        detail: outcome?.detail ?? detail ?? null,
      },
    });
    if (TERMINAL_ACTION_STATES.has(state)) await this.#o.onSettled?.(final);
    return final;
  }

  #outcome(
    action: Action,
    reason: OutcomeReason,
    success: boolean,
    detail: string,
    readings: readonly HealthReading[],
  ): Outcome {
    return {
      actionId: action.id,
      reason,
      success,
      at: this.#o.clock.now(),
      detail,
      readings: readings.slice(-120),
    };
  }

  async #save(action: Action, patch: Partial<Action>): Promise<Action> {
    const next = { ...action, ...patch } as Action;
    await this.#o.store.putAction(next);
    this.#o.onChange?.(next);
    return next;
  }

  async #withRetries<T>(fn: () => Promise<T>, what: string): Promise<T> {
    let attempt = 0;
    for (;;) {
      try {
        return await withTimeout(fn(), this.#o.applyTimeoutMs, what);
      } catch (err) {
        const retryable = err instanceof ActuatorError && err.failure === 'retryable';
        if (!retryable || attempt >= this.#o.maxRetries) throw err;
        attempt++;
        await this.#o.clock.sleep(Math.min(250 * 2 ** attempt, 5_000));
      }
    }
  }
}

class TimeoutError extends Error {}

function isTimeout(err: unknown): boolean {
  return err instanceof TimeoutError;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
