/**
 * Holds the policy in force and reloads it from its file. A reload that fails
 * keeps the last valid policy in force and reports why; the engine turns the
 * events into 'policy.loaded' ledger entries (and an operator warning).
 */
import { type FSWatcher, watch as fsWatch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { errorMessage, HomeostatError } from '../core/errors.js';
import { Policy } from './policy.js';

/** What happened on a (re)load. */
export type PolicyEvent =
  | {
      readonly type: 'loaded';
      readonly file: string;
      readonly policy: Policy;
      /** Hash of the policy it replaced; absent on the first load. */
      readonly previousHash?: string;
    }
  | {
      readonly type: 'rejected';
      readonly file: string;
      readonly error: HomeostatError;
      /** Hash of the policy that stays in force. */
      readonly keptHash: string;
    };

export type ReloadResult =
  | { readonly ok: true; readonly policy: Policy; readonly changed: boolean }
  | { readonly ok: false; readonly error: HomeostatError; readonly kept: Policy };

export interface PolicyHolderOptions {
  /** Called on every load that changes the policy, and on every rejected reload. */
  readonly onEvent?: (event: PolicyEvent) => void;
  /** Quiet time after the last file change before `watch` reloads (editors write in bursts). Default 200 ms. */
  readonly debounceMs?: number;
}

function asPolicyError(err: unknown, file: string): HomeostatError {
  if (err instanceof HomeostatError) return err;
  return new HomeostatError('HST_POLICY_INVALID', `${file}:1:1: (file): ${errorMessage(err)}`);
}

/**
 * The policy in force, reloadable.
 * @example
 * const holder = PolicyHolder.open('policy.yaml', { onEvent: (e) => ledger.append({ type: 'policy.loaded', payload: {...} }) });
 * holder.watch();
 * holder.current.decide(input);
 */
export class PolicyHolder {
  readonly file: string;
  #current: Policy;
  #lastError: HomeostatError | undefined;
  readonly #onEvent: (event: PolicyEvent) => void;
  readonly #debounceMs: number;
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;

  private constructor(file: string, policy: Policy, opts: PolicyHolderOptions) {
    this.file = file;
    this.#current = policy;
    this.#onEvent = opts.onEvent ?? (() => {});
    this.#debounceMs = opts.debounceMs ?? 200;
  }

  /** Loads `file`; throws HST_POLICY_INVALID when it is invalid (there is nothing to fall back to). */
  static open(file: string, opts: PolicyHolderOptions = {}): PolicyHolder {
    const path = resolve(file);
    const holder = new PolicyHolder(path, Policy.load(path), opts);
    holder.#emit({ type: 'loaded', file: path, policy: holder.#current });
    return holder;
  }

  /** The policy in force. */
  get current(): Policy {
    return this.#current;
  }

  /** Why the last reload was rejected, until a reload succeeds. */
  get lastError(): HomeostatError | undefined {
    return this.#lastError;
  }

  /** Re-reads the file. Invalid → the current policy stays in force and the error is returned. */
  reload(): ReloadResult {
    let next: Policy;
    try {
      next = Policy.load(this.file);
    } catch (err) {
      const error = asPolicyError(err, this.file);
      this.#lastError = error;
      this.#emit({ type: 'rejected', file: this.file, error, keptHash: this.#current.hash });
      return { ok: false, error, kept: this.#current };
    }
    this.#lastError = undefined;
    const previous = this.#current;
    if (next.hash === previous.hash) return { ok: true, policy: previous, changed: false };
    this.#current = next;
    this.#emit({ type: 'loaded', file: this.file, policy: next, previousHash: previous.hash });
    return { ok: true, policy: next, changed: true };
  }

  /**
   * Reloads when the file changes. Watches the folder, not the file, because
   * editors often replace a file (rename) rather than write it in place.
   */
  watch(): void {
    if (this.#watcher) return;
    const name = basename(this.file);
    this.#watcher = fsWatch(dirname(this.file), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.reload();
      }, this.#debounceMs);
    });
  }

  /** Stops watching; safe to call twice or without watch. */
  close(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watcher?.close();
    this.#watcher = undefined;
  }

  #emit(event: PolicyEvent): void {
    try {
      this.#onEvent(event);
    } catch {
      // A failing listener must not leave the holder half-updated.
    }
  }
}
