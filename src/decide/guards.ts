/**
 * Guards that hold back an action the policy allowed: one action per target at
 * a time (locks), a blast radius (actions in flight), a per-target rate limit,
 * and a cooldown between repeated heals of the same (target, remedy) that
 * grows exponentially while the heals keep coming.
 *
 * State lives in memory, in one process. After a restart the engine rebuilds
 * it from the journal (`restore`): the actions applied within `memoryMs`
 * count again towards the rate limit and the cooldown, and the actions still
 * running hold their targets again — otherwise a restart would reset every
 * limit, and a new action could start on a target whose last one is still
 * being verified.
 */
import type { Clock } from '../core/clock.js';
import type { GuardJournalEntry } from '../model/index.js';
import type { PolicyLimits } from './policy-schema.js';

/** Why a guard held an action back (these are also outcome reason codes where relevant). */
export type GuardReason = 'BUDGET_EXCEEDED' | 'LOCKED' | 'COOLDOWN';

export type GuardResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: GuardReason; readonly detail: string; readonly retryAt?: number };

/** What the guards look at. `actionId` makes checks by a lock holder pass its own lock. */
export interface GuardInput {
  /** Target entity id. */
  readonly target: string;
  readonly remedy: string;
  readonly actionId?: string;
  /** The caller's time; default the governor's clock. */
  readonly now?: number;
}

/** The end of an action: its lock goes back, and an applied action counts towards limits. */
export interface ReleaseInput {
  readonly target: string;
  readonly remedy: string;
  readonly actionId: string;
  /** True when the change was applied (feeds the rate limit and the cooldown). */
  readonly applied: boolean;
  readonly now?: number;
}

export interface AppliedRecord {
  readonly target: string;
  readonly remedy: string;
  /** When it was applied; default now. */
  readonly at?: number;
}

interface Streak {
  last: number;
  count: number;
}

const OK: GuardResult = { ok: true };

/**
 * Enforces the policy's `limits`.
 * @example
 * const gov = new Governor(policy.doc.limits, clock);
 * const g = gov.acquire({ target: 'service:checkout', remedy: 'infra.restart', actionId });
 * if (!g.ok) skip(g.reason, g.detail);
 * else try { await apply(); applied = true; } finally { gov.release({ target, remedy, actionId, applied }); }
 */
export class Governor {
  #limits: PolicyLimits;
  readonly #clock: Clock;
  /** target → action id holding it. */
  readonly #locks = new Map<string, string>();
  /** target → apply times inside the rate window, oldest first. */
  readonly #applied = new Map<string, number[]>();
  /** `target\0remedy` → the current run of repeated heals. */
  readonly #streaks = new Map<string, Streak>();

  constructor(limits: PolicyLimits, clock: Clock) {
    this.#limits = limits;
    this.#clock = clock;
  }

  /** Takes a reloaded policy's limits; state (locks, history) is kept. */
  setLimits(limits: PolicyLimits): void {
    this.#limits = limits;
  }

  /** Whether an action could start now; changes nothing. */
  check(input: GuardInput): GuardResult {
    const now = input.now ?? this.#clock.now();
    const lock = this.#lockCheck(input.target, input.actionId);
    if (!lock.ok) return lock;
    const { rateLimit } = this.#limits.perTarget;
    const times = this.#recent(input.target, now);
    if (times.length >= rateLimit.max) {
      const retryAt = (times[0] ?? now) + rateLimit.perMs;
      return {
        ok: false,
        reason: 'BUDGET_EXCEEDED',
        detail: `${input.target} had ${times.length} actions within ${rateLimit.perMs} ms (limit ${rateLimit.max})`,
        retryAt,
      };
    }
    const until = this.cooldownUntil(input.target, input.remedy);
    if (until !== undefined && now < until) {
      const streak = this.#streaks.get(key(input.target, input.remedy));
      return {
        ok: false,
        reason: 'COOLDOWN',
        detail: `${input.remedy} on ${input.target} ran ${streak?.count ?? 1} time(s) in a row; cooling down until ${new Date(until).toISOString()}`,
        retryAt: until,
      };
    }
    return OK;
  }

  /** `check`, then the lock, in one step: use this right before acting. */
  acquire(input: GuardInput & { readonly actionId: string }): GuardResult {
    const g = this.check(input);
    if (!g.ok) return g;
    return this.tryLock(input.target, input.actionId);
  }

  /**
   * Locks `target` for `actionId`, respecting the blast radius. Re-locking by the
   * holder succeeds (a restarted engine re-locks its unfinished actions).
   */
  tryLock(target: string, actionId: string): GuardResult {
    const g = this.#lockCheck(target, actionId);
    if (!g.ok) return g;
    this.#locks.set(target, actionId);
    return OK;
  }

  /** Releases the lock if `actionId` holds it; returns whether it did. */
  unlock(target: string, actionId: string): boolean {
    if (this.#locks.get(target) !== actionId) return false;
    this.#locks.delete(target);
    return true;
  }

  /** Ends an action: unlocks, and records it when it was applied. */
  release(input: ReleaseInput): void {
    if (input.applied) {
      this.recordApplied({ target: input.target, remedy: input.remedy, at: input.now ?? this.#clock.now() });
    }
    this.unlock(input.target, input.actionId);
  }

  /** Records that a remedy was applied to a target: feeds the rate limit and the cooldown. */
  recordApplied(rec: AppliedRecord): void {
    const at = rec.at ?? this.#clock.now();
    const times = this.#recent(rec.target, at);
    times.push(at);
    times.sort((a, b) => a - b);
    this.#applied.set(rec.target, times);
    const k = key(rec.target, rec.remedy);
    const streak = this.#streaks.get(k);
    if (streak && at - streak.last <= this.#resetMs()) {
      streak.count += 1;
      streak.last = Math.max(streak.last, at);
    } else this.#streaks.set(k, { last: at, count: 1 });
    if (this.#streaks.size > 10_000) this.#prune(at);
  }

  /**
   * When the cooldown after the last heal of (target, remedy) ends, if one is
   * running: `cooldownMs * backoffFactor^(n-1)`, capped at `maxCooldownMs`, where
   * n counts heals in a row (a quiet period of `backoffResetMs` starts over).
   */
  cooldownUntil(target: string, remedy: string): number | undefined {
    const streak = this.#streaks.get(key(target, remedy));
    if (!streak) return undefined;
    const { cooldownMs, backoffFactor, maxCooldownMs } = this.#limits.perTarget;
    const ms = Math.min(cooldownMs * backoffFactor ** (streak.count - 1), maxCooldownMs);
    return streak.last + ms;
  }

  /**
   * Rebuilds the state from the journal after a restart. A running action
   * takes its target's lock even past the blast radius (it is in flight
   * already) and is counted when it settles, through `release`; a settled
   * action that was applied counts from the time it was applied, oldest
   * first, as it happened (a streak is told by the gaps between heals).
   */
  restore(entries: readonly GuardJournalEntry[]): void {
    const applied: { target: string; remedy: string; at: number }[] = [];
    for (const e of entries) {
      if (e.running) this.#locks.set(e.target, e.actionId);
      else if (e.appliedAt !== undefined)
        applied.push({ target: e.target, remedy: e.remedy, at: e.appliedAt });
    }
    for (const rec of applied.sort((a, b) => a.at - b.at)) this.recordApplied(rec);
  }

  /** How far back `restore` needs the journal: the rate window, or a cooldown streak and its longest cooldown. */
  memoryMs(): number {
    const p = this.#limits.perTarget;
    return Math.max(p.rateLimit.perMs, this.#resetMs() + p.maxCooldownMs);
  }

  /** Actions currently holding a lock. */
  inFlight(): number {
    return this.#locks.size;
  }

  /** Who holds the lock on `target`, if anyone. */
  holder(target: string): string | undefined {
    return this.#locks.get(target);
  }

  #lockCheck(target: string, actionId: string | undefined): GuardResult {
    const holder = this.#locks.get(target);
    if (holder !== undefined && holder !== actionId) {
      return { ok: false, reason: 'LOCKED', detail: `${target} is locked by action ${holder}` };
    }
    if (holder === undefined && this.#locks.size >= this.#limits.maxConcurrentActions) {
      return {
        ok: false,
        reason: 'BUDGET_EXCEEDED',
        detail: `${this.#locks.size} actions in flight (maxConcurrentActions ${this.#limits.maxConcurrentActions})`,
      };
    }
    return OK;
  }

  /** Apply times for `target` inside the rate window ending at `now` (pruned in place). */
  #recent(target: string, now: number): number[] {
    const times = this.#applied.get(target);
    if (!times) return [];
    const from = now - this.#limits.perTarget.rateLimit.perMs;
    let i = 0;
    while (i < times.length && (times[i] ?? 0) <= from) i++;
    if (i > 0) times.splice(0, i);
    if (times.length === 0) this.#applied.delete(target);
    return times;
  }

  #resetMs(): number {
    const p = this.#limits.perTarget;
    return p.backoffResetMs ?? 2 * p.maxCooldownMs;
  }

  #prune(now: number): void {
    const reset = this.#resetMs();
    for (const [k, s] of this.#streaks) if (now - s.last > reset) this.#streaks.delete(k);
  }
}

function key(target: string, remedy: string): string {
  return `${target}\u0000${remedy}`;
}
