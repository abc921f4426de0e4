/**
 * At-most-once operations keyed by action id. The engine may call an apply
 * again after a crash between journal and apply; the supervisor answers such a
 * repeat from this log instead of restarting twice. The log is persisted with
 * the supervisor's state and bounded.
 */
import { ActuatorError } from '../../../core/remedy.js';
import type { AppliedOp } from './types.js';

/** What an idempotent operation returns; `repeated` marks a call answered from memory. */
export type OpResult<T> = T & { readonly repeated?: boolean };

export class AppliedLog {
  #entries: AppliedOp[] = [];
  readonly #inflight = new Map<string, Promise<unknown>>();
  readonly #limit: number;

  constructor(limit = 1000) {
    this.#limit = limit;
  }

  /** Replaces the log with persisted entries. */
  load(entries: readonly AppliedOp[]): void {
    this.#entries = [...entries];
  }

  entries(): AppliedOp[] {
    return [...this.#entries];
  }

  /**
   * Runs `fn` once per action id. A repeat returns the first result with
   * `repeated: true`; a concurrent repeat waits for the first run. Reusing an id
   * for another operation is a permanent error. `done` runs after a success,
   * before the result is returned (the caller persists there).
   */
  async once<T extends object>(
    op: string,
    actionId: string | undefined,
    at: () => number,
    fn: () => Promise<T>,
    done: () => Promise<void>,
  ): Promise<OpResult<T>> {
    const run = async (): Promise<T> => {
      const result = await fn();
      if (actionId !== undefined)
        this.#remember({ actionId, op, at: at(), result: { ...result } as Record<string, unknown> });
      await done();
      return result;
    };
    if (actionId === undefined) return run();
    const prior = this.#entries.find((a) => a.actionId === actionId);
    if (prior) {
      if (prior.op !== op) {
        throw new ActuatorError(
          `action id '${actionId}' was already used for ${prior.op}, not ${op}`,
          'permanent',
        );
      }
      return { ...(prior.result as T), repeated: true };
    }
    const pending = this.#inflight.get(actionId) as Promise<T> | undefined;
    if (pending) return pending.then((r) => ({ ...r, repeated: true }));
    const p = run().finally(() => this.#inflight.delete(actionId));
    this.#inflight.set(actionId, p);
    return p;
  }

  #remember(entry: AppliedOp): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
  }
}
