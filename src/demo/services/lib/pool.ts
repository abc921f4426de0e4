/**
 * A small connection pool, generic over the connection type (the inventory
 * service pools better-sqlite3 connections). It has a size that can change
 * live, an acquire timeout, FIFO waiters, and the counters a pool-exhaustion
 * diagnosis needs: in use, size, waiting, timeouts. `leak` holds connections
 * forever on purpose — the fault that a resize or a restart heals.
 */

/** A connection on loan; give it back with `release`. */
export interface Lease<C> {
  readonly conn: C;
  release(): void;
}

export interface PoolStats {
  readonly size: number;
  readonly inUse: number;
  readonly idle: number;
  readonly waiting: number;
  readonly leaked: number;
  readonly timeouts: number;
  readonly acquired: number;
}

/** Thrown when no connection frees up within the acquire timeout. */
export class PoolTimeoutError extends Error {
  constructor(ms: number, stats: PoolStats) {
    super(`no connection within ${ms} ms (in use ${stats.inUse}/${stats.size}, ${stats.waiting} waiting)`);
    this.name = 'PoolTimeoutError';
  }
}

export interface PoolOptions<C> {
  readonly size: number;
  readonly acquireTimeoutMs: number;
  readonly create: () => C;
  readonly destroy: (conn: C) => void;
}

interface Waiter<C> {
  readonly resolve: (lease: Lease<C>) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * @example
 * const pool = new ConnectionPool({ size: 4, acquireTimeoutMs: 200, create: () => new Database(f), destroy: (d) => d.close() });
 * const lease = await pool.acquire(); try { lease.conn.prepare('select 1').get(); } finally { lease.release(); }
 */
export class ConnectionPool<C> {
  readonly #o: PoolOptions<C>;
  #size: number;
  readonly #idle: C[] = [];
  readonly #busy = new Set<C>();
  readonly #leaked: Lease<C>[] = [];
  /** Connections a leak still means to take: those busy when it began, as they come back. */
  #leakPending = 0;
  readonly #waiters: Waiter<C>[] = [];
  #timeouts = 0;
  #acquired = 0;
  #closed = false;

  constructor(options: PoolOptions<C>) {
    if (!Number.isInteger(options.size) || options.size < 1)
      throw new Error(`pool size must be ≥ 1, got ${options.size}`);
    this.#o = options;
    this.#size = options.size;
  }

  stats(): PoolStats {
    return {
      size: this.#size,
      inUse: this.#busy.size,
      idle: this.#idle.length,
      waiting: this.#waiters.length,
      leaked: this.#leaked.length,
      timeouts: this.#timeouts,
      acquired: this.#acquired,
    };
  }

  /** Exhausted: every connection is lent out. */
  get exhausted(): boolean {
    return this.#busy.size >= this.#size;
  }

  acquire(): Promise<Lease<C>> {
    if (this.#closed) return Promise.reject(new Error('pool is closed'));
    const lease = this.#tryLease();
    if (lease) return Promise.resolve(lease);
    return new Promise((resolve, reject) => {
      const waiter: Waiter<C> = {
        resolve,
        timer: setTimeout(() => {
          const i = this.#waiters.indexOf(waiter);
          if (i >= 0) this.#waiters.splice(i, 1);
          this.#timeouts++;
          reject(new PoolTimeoutError(this.#o.acquireTimeoutMs, this.stats()));
        }, this.#o.acquireTimeoutMs),
      };
      this.#waiters.push(waiter);
    });
  }

  /** Changes the size live: growing serves waiters at once; shrinking closes surplus as it comes back. */
  resize(size: number): PoolStats {
    if (!Number.isInteger(size) || size < 1) throw new Error(`pool size must be ≥ 1, got ${size}`);
    this.#size = size;
    this.#leakPending = 0;
    while (this.#idle.length > 0 && this.#busy.size + this.#idle.length > size) {
      const c = this.#idle.pop();
      if (c !== undefined) this.#o.destroy(c);
    }
    this.#serveWaiters();
    return this.stats();
  }

  /**
   * Takes up to `count` connections (at most the pool's size) and never gives
   * them back: the bug of a code path that forgets to release. Connections
   * busy at the time are taken as they come back, so a quiet hour does not
   * leave the pool half-working. Returns how many it took at once.
   */
  leak(count: number): number {
    const wanted = Math.min(count, this.#size);
    let taken = 0;
    for (let i = 0; i < wanted; i++) {
      const lease = this.#tryLease();
      if (!lease) break;
      this.#leaked.push(lease);
      taken++;
    }
    this.#leakPending = wanted - taken;
    return taken;
  }

  close(): void {
    this.#closed = true;
    for (const w of this.#waiters.splice(0)) clearTimeout(w.timer);
    for (const c of [...this.#idle.splice(0), ...this.#busy]) this.#o.destroy(c);
    this.#busy.clear();
  }

  #tryLease(): Lease<C> | undefined {
    if (this.#busy.size >= this.#size) return undefined;
    const conn = this.#idle.pop() ?? this.#o.create();
    this.#busy.add(conn);
    this.#acquired++;
    let released = false;
    return {
      conn,
      release: () => {
        if (released) return;
        released = true;
        this.#giveBack(conn);
      },
    };
  }

  #giveBack(conn: C): void {
    this.#busy.delete(conn);
    if (this.#closed || this.#busy.size + this.#idle.length >= this.#size) this.#o.destroy(conn);
    else this.#idle.push(conn);
    while (this.#leakPending > 0) {
      const lease = this.#tryLease();
      if (!lease) break;
      this.#leaked.push(lease);
      this.#leakPending--;
    }
    this.#serveWaiters();
  }

  #serveWaiters(): void {
    while (this.#waiters.length > 0) {
      const lease = this.#tryLease();
      if (!lease) return;
      const w = this.#waiters.shift();
      if (!w) {
        lease.release();
        return;
      }
      clearTimeout(w.timer);
      w.resolve(lease);
    }
  }
}
