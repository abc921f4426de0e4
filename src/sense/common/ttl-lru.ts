/**
 * A bounded set with expiry, for deduplication: at most `capacity` keys, each
 * remembered for `ttlMs`. The oldest key goes first when full, so memory stays
 * fixed however many distinct keys arrive.
 */

/**
 * @example const seen = new TtlLru(10_000, 3_600_000); if (!seen.has(k, now)) { seen.add(k, now) }
 */
export class TtlLru {
  readonly #capacity: number;
  readonly #ttlMs: number;
  /** Insertion order is age order: Map iterates oldest first. */
  readonly #expiry = new Map<string, number>();

  constructor(capacity: number, ttlMs: number) {
    this.#capacity = Math.max(1, capacity);
    this.#ttlMs = ttlMs;
  }

  /** True when `key` was added less than ttlMs before `now`. */
  has(key: string, now: number): boolean {
    const until = this.#expiry.get(key);
    if (until === undefined) return false;
    if (until <= now) {
      this.#expiry.delete(key);
      return false;
    }
    return true;
  }

  /** Remembers `key` from `now`, evicting expired then oldest keys to stay within capacity. */
  add(key: string, now: number): void {
    this.#expiry.delete(key);
    this.#expiry.set(key, now + this.#ttlMs);
    for (const [k, until] of this.#expiry) {
      if (this.#expiry.size <= this.#capacity && until > now) break;
      this.#expiry.delete(k);
    }
  }

  get size(): number {
    return this.#expiry.size;
  }
}
