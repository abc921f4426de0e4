/**
 * The fulfilment work queue: a SQLite table in the service's state folder that
 * every fulfilment instance shares. Any instance accepts jobs; every instance
 * runs workers that claim one job at a time, so draining capacity grows with
 * the instance count — which is why scale-out heals a saturated queue. The
 * per-job work time lives in the same database, so a "fulfilment slowed down"
 * fault reaches instances started later too. Claims of a dead instance are
 * taken back after `staleMs`.
 */
import Database from 'better-sqlite3';

type Db = InstanceType<typeof Database>;

export interface QueueStats {
  /** Jobs waiting for a worker. */
  readonly depth: number;
  /** Jobs claimed and being worked on (by any instance). */
  readonly inProgress: number;
  /** Age of the oldest waiting job, in seconds (0 when none wait). */
  readonly oldestAgeS: number;
  /** Milliseconds of work per job, shared by every instance. */
  readonly workMs: number;
}

/**
 * @example const q = new WorkQueue('/tmp/state/queue.db', 'instance-0'); q.enqueue({ order: 'o1' }); q.claim();
 */
export class WorkQueue {
  readonly #db: Db;
  readonly #owner: string;
  readonly #staleMs: number;
  readonly #now: () => number;

  constructor(
    file: string,
    owner: string,
    opts: { readonly staleMs?: number; readonly now?: () => number } = {},
  ) {
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        payload TEXT NOT NULL,
        enqueued_at INTEGER NOT NULL,
        claimed_by TEXT,
        claimed_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS jobs_waiting ON jobs (claimed_by, id);
      CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    this.#owner = owner;
    this.#staleMs = opts.staleMs ?? 10_000;
    this.#now = opts.now ?? Date.now;
  }

  enqueue(payload: unknown): number {
    const r = this.#db
      .prepare('INSERT INTO jobs (payload, enqueued_at) VALUES (?, ?)')
      .run(JSON.stringify(payload), this.#now());
    return Number(r.lastInsertRowid);
  }

  /** Claims the oldest waiting job (taking back stale claims first); undefined when none wait. */
  claim(): { id: number; payload: unknown } | undefined {
    const now = this.#now();
    const tx = this.#db.transaction(() => {
      this.#db
        .prepare(
          'UPDATE jobs SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by IS NOT NULL AND claimed_at < ?',
        )
        .run(now - this.#staleMs);
      return this.#db
        .prepare(
          `UPDATE jobs SET claimed_by = ?, claimed_at = ?
           WHERE id = (SELECT id FROM jobs WHERE claimed_by IS NULL ORDER BY id LIMIT 1)
           RETURNING id, payload`,
        )
        .get(this.#owner, now) as { id: number; payload: string } | undefined;
    });
    const row = tx.immediate();
    return row ? { id: row.id, payload: JSON.parse(row.payload) as unknown } : undefined;
  }

  /** The job is done: it leaves the queue. */
  complete(id: number): void {
    this.#db.prepare('DELETE FROM jobs WHERE id = ? AND claimed_by = ?').run(id, this.#owner);
  }

  /** Gives back every job this owner holds (a graceful stop), so no work waits out the stale timeout. */
  releaseMine(): number {
    return this.#db
      .prepare('UPDATE jobs SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = ?')
      .run(this.#owner).changes;
  }

  get workMs(): number {
    const row = this.#db.prepare("SELECT value FROM settings WHERE key = 'work_ms'").get() as
      | { value: string }
      | undefined;
    return row ? Number(row.value) : Number.NaN;
  }

  /** Sets the work time of every instance (the shared setting wins over each instance's default). */
  setWorkMs(ms: number | undefined): void {
    if (ms === undefined) this.#db.prepare("DELETE FROM settings WHERE key = 'work_ms'").run();
    else
      this.#db
        .prepare(
          "INSERT INTO settings (key, value) VALUES ('work_ms', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(String(ms));
  }

  stats(defaultWorkMs: number): QueueStats {
    const w = this.#db
      .prepare(
        `SELECT SUM(claimed_by IS NULL) AS depth, SUM(claimed_by IS NOT NULL) AS busy,
                MIN(CASE WHEN claimed_by IS NULL THEN enqueued_at END) AS oldest FROM jobs`,
      )
      .get() as { depth: number | null; busy: number | null; oldest: number | null };
    const shared = this.workMs;
    return {
      depth: w.depth ?? 0,
      inProgress: w.busy ?? 0,
      oldestAgeS: w.oldest === null ? 0 : Math.max(0, (this.#now() - w.oldest) / 1000),
      workMs: Number.isFinite(shared) ? shared : defaultWorkMs,
    };
  }

  close(): void {
    this.#db.close();
  }
}
