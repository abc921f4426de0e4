/**
 * The global pause: while on, every policy mode except deny becomes approve.
 * Two switches, either of which pauses: a document in the store (set through
 * the CLI or the API, with who and why) and a flag file an operator can create
 * with `touch` when nothing else answers. Resume clears both.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../core/clock.js';
import { HomeostatError } from '../core/errors.js';
import type { Store } from '../core/store.js';

/** Where the pause document lives in the store. */
export const PAUSE_DOC = { collection: 'engine', id: 'pause' } as const;

const PauseDocSchema = z.object({
  paused: z.boolean(),
  by: z.string(),
  reason: z.string().default(''),
  at: z.number(),
});

export type PauseDoc = z.output<typeof PauseDocSchema>;

export type PauseSource = 'store' | 'flag-file';

/** What the pause looks like now, for `homeostat pause --status`, the API and the dashboard. */
export interface PauseStatus {
  readonly paused: boolean;
  /** Which switches are on. */
  readonly sources: readonly PauseSource[];
  /** Who paused; when not paused, who resumed last. */
  readonly by?: string;
  readonly reason?: string;
  /** When it was paused (store time, else the flag file's mtime). */
  readonly since?: number;
  readonly flagFile: string;
}

/** What a resume switched off, for the ledger. */
export interface ResumeResult extends PauseStatus {
  readonly cleared: readonly PauseSource[];
}

export interface PauseSwitchOptions {
  /** The policy's `pauseFlagFile`, resolved against the working directory by the caller. */
  readonly flagFile: string;
}

function identity(by: string, what: string): string {
  const id = by.trim();
  if (!id) throw new HomeostatError('HST_INPUT_INVALID', `${what} needs an identity (who is doing it)`);
  return id;
}

/**
 * The global pause switch.
 * @example
 * const pause = new PauseSwitch(store, clock, { flagFile: resolve(policy.doc.pauseFlagFile) });
 * await pause.pause('alice', 'database migration');
 * policy.decide(input, { paused: await pause.isPaused() });
 */
export class PauseSwitch {
  readonly #store: Store;
  readonly #clock: Clock;
  #flagFile: string;

  constructor(store: Store, clock: Clock, opts: PauseSwitchOptions) {
    this.#store = store;
    this.#clock = clock;
    this.#flagFile = opts.flagFile;
  }

  /** Follows a reloaded policy's `pauseFlagFile`. */
  setFlagFile(file: string): void {
    this.#flagFile = file;
  }

  /** Pauses the engine; returns the new status. */
  async pause(by: string, reason: string): Promise<PauseStatus> {
    const doc: PauseDoc = { paused: true, by: identity(by, 'pause'), reason, at: this.#clock.now() };
    await this.#store.putDoc(PAUSE_DOC.collection, PAUSE_DOC.id, doc);
    return this.status();
  }

  /** Resumes: clears the store switch and removes the flag file. */
  async resume(by: string): Promise<ResumeResult> {
    const who = identity(by, 'resume');
    const before = await this.status();
    await this.#store.putDoc(PAUSE_DOC.collection, PAUSE_DOC.id, {
      paused: false,
      by: who,
      reason: '',
      at: this.#clock.now(),
    } satisfies PauseDoc);
    if (before.sources.includes('flag-file')) rmSync(this.#flagFile, { force: true });
    return { ...(await this.status()), cleared: before.sources };
  }

  /** True when either switch is on. */
  async isPaused(): Promise<boolean> {
    return (await this.status()).paused;
  }

  async status(): Promise<PauseStatus> {
    const raw = await this.#store.getDoc(PAUSE_DOC.collection, PAUSE_DOC.id);
    const parsed = raw === undefined ? undefined : PauseDocSchema.safeParse(raw);
    // An unreadable pause document errs on the safe side: paused.
    const doc: PauseDoc | undefined =
      parsed === undefined
        ? undefined
        : parsed.success
          ? parsed.data
          : { paused: true, by: 'unknown', reason: 'the pause document in the store is unreadable', at: 0 };
    const flag = this.#readFlag();
    const sources: PauseSource[] = [];
    if (doc?.paused) sources.push('store');
    if (flag) sources.push('flag-file');
    const base = { paused: sources.length > 0, sources, flagFile: this.#flagFile };
    if (doc?.paused) return { ...base, by: doc.by, reason: doc.reason, since: doc.at };
    if (flag) return { ...base, by: 'flag-file', reason: flag.reason, since: flag.since };
    // Not paused: who lifted it last, so that the resume is recorded with its actor.
    return doc ? { ...base, by: doc.by } : base;
  }

  #readFlag(): { reason: string; since: number } | undefined {
    let since: number;
    try {
      since = statSync(this.#flagFile).mtimeMs;
    } catch {
      return undefined;
    }
    // The file's first line, if any, is the reason; an unreadable file still pauses.
    let reason = '';
    try {
      reason = readFileSync(this.#flagFile, 'utf8').split('\n')[0]?.trim() ?? '';
    } catch {}
    return { reason: reason || `flag file ${this.#flagFile} exists`, since };
  }
}
