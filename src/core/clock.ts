/**
 * Time is injected, never read deep inside logic, so that windows, cooldowns and
 * seasonality are exact and fast in tests.
 */

export interface Clock {
  now(): number;
  /** Resolves after `ms` of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** Wall-clock time. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock that moves only when told; `advance` wakes every sleeper whose time
 * has come, in order.
 * @example const c = new ManualClock(0); const p = c.sleep(100); await c.advance(100); await p;
 */
export class ManualClock implements Clock {
  #now: number;
  #sleepers: { until: number; wake: () => void }[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      this.#sleepers.push({ until: this.#now + Math.max(0, ms), wake });
    });
  }

  /** Moves time forward, waking sleepers in time order and letting each run before the next. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    for (;;) {
      this.#sleepers.sort((a, b) => a.until - b.until);
      const next = this.#sleepers[0];
      if (!next || next.until > end) break;
      this.#sleepers.shift();
      this.#now = Math.max(this.#now, next.until);
      next.wake();
      await flush();
    }
    this.#now = end;
    await flush();
  }

  get pendingSleepers(): number {
    return this.#sleepers.length;
  }
}

/** Lets queued promise callbacks run. */
export async function flush(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => setImmediate(r));
}
