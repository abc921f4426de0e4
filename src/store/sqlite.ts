/**
 * The embedded default Store: SQLite through better-sqlite3, in WAL mode.
 *
 * Durability: ledger appends commit with `ledgerSynchronous` (default FULL):
 * the WAL is fsynced before the call returns, and since the WAL is one file,
 * that also makes every earlier write durable. Other writes use `synchronous`
 * (default NORMAL: survives a process crash; a power cut may lose writes made
 * after the last ledger append). The executor appends the intent to the ledger
 * before acting, so a journaled intent is always on disk before its action
 * runs. OFF is for throwaway stores only.
 * better-sqlite3 is synchronous: each method does its work before resolving.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { errorMessage, HomeostatError } from '../core/errors.js';
import type { ActionQuery, HealRecord, IncidentQuery, Store } from '../core/store.js';
import type {
  Action,
  ApprovalRequest,
  ApprovalState,
  Incident,
  LedgerEntry,
  OutcomeStats,
} from '../model/index.js';
import { checkLedgerBatch } from './json.js';
import {
  eq,
  inList,
  type LedgerRow,
  type OutcomeRow,
  type Param,
  tail,
  toEntry,
  toStats,
} from './sqlite-rows.js';
import { migrate } from './sqlite-schema.js';

export type SqliteSynchronous = 'FULL' | 'NORMAL' | 'OFF';

export interface SqliteStoreOptions {
  /** A file path, or ':memory:'. The parent folder must exist (openStore creates it). */
  readonly path: string;
  /** Sync mode of ordinary writes; default 'NORMAL'. */
  readonly synchronous?: SqliteSynchronous;
  /** Sync mode of ledger appends; default 'FULL' (on disk when the call returns). */
  readonly ledgerSynchronous?: SqliteSynchronous;
  /** How long to wait for another process's write lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
}

/**
 * @example const store = new SqliteStore({ path: '.homeostat/homeostat.db' }); await store.init();
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly #o: Required<SqliteStoreOptions>;
  #db: Database.Database | undefined;
  #closed = false;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(options: SqliteStoreOptions) {
    this.#o = { synchronous: 'NORMAL', ledgerSynchronous: 'FULL', busyTimeoutMs: 5000, ...options };
  }

  /** Where the data lives, for messages. */
  get path(): string {
    return this.#o.path;
  }

  async init(): Promise<void> {
    if (this.#closed) throw new HomeostatError('HST_STORE', `sqlite ${this.#o.path}: the store is closed`);
    if (this.#db) return;
    this.#wrap('open', () => {
      if (this.#o.path !== ':memory:') mkdirSync(dirname(this.#o.path), { recursive: true });
      const db = new Database(this.#o.path, { timeout: this.#o.busyTimeoutMs });
      try {
        db.pragma('journal_mode = WAL');
        db.pragma(`synchronous = ${this.#o.synchronous}`);
        migrate(db, `sqlite ${this.#o.path}`);
      } catch (err) {
        db.close();
        throw err;
      }
      this.#db = db;
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#statements.clear();
    this.#db?.close();
    this.#db = undefined;
  }

  async putIncident(i: Incident): Promise<void> {
    this.#run(
      'INSERT INTO incidents (id, state, fingerprint, opened_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (id) DO UPDATE SET state = excluded.state, fingerprint = excluded.fingerprint, ' +
        'opened_at = excluded.opened_at, updated_at = excluded.updated_at, data = excluded.data',
      [i.id, i.state, i.fingerprint, i.openedAt, i.updatedAt, JSON.stringify(i)],
    );
  }

  async getIncident(id: string): Promise<Incident | undefined> {
    return this.#one<Incident>('SELECT data FROM incidents WHERE id = ?', [id]);
  }

  async listIncidents(q: IncidentQuery = {}): Promise<Incident[]> {
    const where: string[] = [];
    const params: Param[] = [];
    inList(where, params, 'state', q.states);
    eq(where, params, 'fingerprint', q.fingerprint);
    eq(where, params, 'opened_at', q.since, '>=');
    const sql = 'SELECT data FROM incidents' + tail(where, 'opened_at DESC, id DESC', q.limit, params);
    return this.#many<Incident>(sql, params);
  }

  async putAction(a: Action): Promise<void> {
    try {
      this.#run(
        'INSERT INTO actions (id, incident_id, state, remedy, target_entity, idempotency_key, created_at, data) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id, ' +
          'state = excluded.state, remedy = excluded.remedy, target_entity = excluded.target_entity, ' +
          'idempotency_key = excluded.idempotency_key, created_at = excluded.created_at, data = excluded.data',
        [
          a.id,
          a.incidentId,
          a.state,
          a.remedy,
          a.target.entity,
          a.idempotencyKey,
          a.createdAt,
          JSON.stringify(a),
        ],
      );
    } catch (err) {
      if (
        err instanceof HomeostatError &&
        /UNIQUE constraint failed: actions.idempotency_key/.test(err.message)
      ) {
        const other = await this.getActionByIdempotencyKey(a.idempotencyKey);
        throw new HomeostatError(
          'HST_IDEMPOTENCY_CONFLICT',
          `action ${a.id}: idempotency key '${a.idempotencyKey}' already belongs to action ${other?.id ?? '?'}`,
        );
      }
      throw err;
    }
  }

  async getAction(id: string): Promise<Action | undefined> {
    return this.#one<Action>('SELECT data FROM actions WHERE id = ?', [id]);
  }

  async getActionByIdempotencyKey(key: string): Promise<Action | undefined> {
    return this.#one<Action>('SELECT data FROM actions WHERE idempotency_key = ?', [key]);
  }

  async listActions(q: ActionQuery = {}): Promise<Action[]> {
    const where: string[] = [];
    const params: Param[] = [];
    eq(where, params, 'incident_id', q.incidentId);
    inList(where, params, 'state', q.states);
    eq(where, params, 'target_entity', q.targetEntity);
    eq(where, params, 'remedy', q.remedy);
    eq(where, params, 'created_at', q.since, '>=');
    return this.#many<Action>(
      'SELECT data FROM actions' + tail(where, 'created_at, id', q.limit, params),
      params,
    );
  }

  async putApproval(r: ApprovalRequest): Promise<void> {
    this.#run(
      'INSERT INTO approvals (id, action_id, state, created_at, data) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (id) DO UPDATE SET action_id = excluded.action_id, state = excluded.state, ' +
        'created_at = excluded.created_at, data = excluded.data',
      [r.id, r.actionId, r.state, r.createdAt, JSON.stringify(r)],
    );
  }

  async getApproval(id: string): Promise<ApprovalRequest | undefined> {
    return this.#one<ApprovalRequest>('SELECT data FROM approvals WHERE id = ?', [id]);
  }

  async listApprovals(
    q: { readonly state?: ApprovalState; readonly actionId?: string } = {},
  ): Promise<ApprovalRequest[]> {
    const where: string[] = [];
    const params: Param[] = [];
    eq(where, params, 'state', q.state);
    eq(where, params, 'action_id', q.actionId);
    const sql = 'SELECT data FROM approvals' + tail(where, 'created_at, id', undefined, params);
    return this.#many<ApprovalRequest>(sql, params);
  }

  async recordOutcome(
    key: { fingerprint: string; remedy: string; targetClass: string },
    success: boolean,
    at: number,
  ): Promise<OutcomeStats> {
    const s = success ? 1 : 0;
    const row = this.#wrap('recordOutcome', () =>
      this.#stmt(
        'INSERT INTO outcome_stats (fingerprint, remedy, target_class, successes, failures, last_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint, remedy, target_class) DO UPDATE SET ' +
          'successes = successes + excluded.successes, failures = failures + excluded.failures, ' +
          'last_at = max(last_at, excluded.last_at) RETURNING *',
      ).get(key.fingerprint, key.remedy, key.targetClass, s, 1 - s, at),
    ) as OutcomeRow;
    return toStats(row);
  }

  async listOutcomeStats(
    q: { readonly fingerprint?: string; readonly remedy?: string; readonly targetClass?: string } = {},
  ): Promise<OutcomeStats[]> {
    const where: string[] = [];
    const params: Param[] = [];
    eq(where, params, 'fingerprint', q.fingerprint);
    eq(where, params, 'remedy', q.remedy);
    eq(where, params, 'target_class', q.targetClass);
    const sql =
      'SELECT * FROM outcome_stats' + tail(where, 'fingerprint, remedy, target_class', undefined, params);
    return this.#all<OutcomeRow>(sql, params).map(toStats);
  }

  async recordHeal(h: HealRecord): Promise<void> {
    this.#run('INSERT INTO heals (fingerprint, target, remedy, action_id, at) VALUES (?, ?, ?, ?, ?)', [
      h.fingerprint,
      h.target,
      h.remedy,
      h.actionId,
      h.at,
    ]);
  }

  async listHeals(q: {
    readonly fingerprint: string;
    readonly target?: string;
    readonly since: number;
  }): Promise<HealRecord[]> {
    const where: string[] = [];
    const params: Param[] = [];
    eq(where, params, 'fingerprint', q.fingerprint);
    eq(where, params, 'target', q.target);
    eq(where, params, 'at', q.since, '>=');
    const sql =
      'SELECT fingerprint, target, remedy, action_id AS actionId, at FROM heals' +
      tail(where, 'at, id', undefined, params);
    return this.#all<HealRecord>(sql, params);
  }

  async appendLedger(entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const db = this.#open();
    const raise = this.#o.ledgerSynchronous !== this.#o.synchronous;
    if (raise) db.pragma(`synchronous = ${this.#o.ledgerSynchronous}`);
    try {
      this.#appendLedgerRows(db, entries);
    } finally {
      if (raise) db.pragma(`synchronous = ${this.#o.synchronous}`);
    }
  }

  #appendLedgerRows(db: Database.Database, entries: readonly LedgerEntry[]): void {
    this.#wrap('appendLedger', () =>
      db
        .transaction(() => {
          const head = this.#stmt('SELECT seq FROM ledger ORDER BY rowid DESC LIMIT 1').get() as
            | { seq: number }
            | undefined;
          checkLedgerBatch(
            head?.seq ?? 0,
            entries.map((e) => e.seq),
          );
          const insert = this.#stmt(
            'INSERT INTO ledger (seq, at, type, incident_id, action_id, actor, payload, policy_hash, prev_hash, hash) ' +
              'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          );
          for (const e of entries) {
            insert.run(
              e.seq,
              e.at,
              e.type,
              e.incidentId ?? null,
              e.actionId ?? null,
              e.actor,
              JSON.stringify(e.payload),
              e.policyHash,
              e.prevHash,
              e.hash,
            );
          }
        })
        .immediate(),
    );
  }

  async ledgerHead(): Promise<LedgerEntry | undefined> {
    const row = this.#all<LedgerRow>('SELECT * FROM ledger ORDER BY rowid DESC LIMIT 1', [])[0];
    return row && toEntry(row);
  }

  /** Rows in physical (rowid) order from `fromSeq`, so that a reordered or missing row is visible. */
  async readLedger(fromSeq: number, limit: number): Promise<LedgerEntry[]> {
    const sql = 'SELECT * FROM ledger WHERE rowid >= ? ORDER BY rowid LIMIT ?';
    return this.#all<LedgerRow>(sql, [fromSeq, Math.max(0, Math.floor(limit))]).map(toEntry);
  }

  async ledgerCount(): Promise<number> {
    return (this.#all<{ n: number }>('SELECT count(*) AS n FROM ledger', [])[0]?.n ?? 0) as number;
  }

  async putDoc(collection: string, id: string, doc: unknown): Promise<void> {
    if (doc === undefined)
      throw new HomeostatError('HST_INPUT_INVALID', `doc ${collection}/${id} is undefined`);
    this.#run(
      'INSERT INTO docs (collection, id, doc) VALUES (?, ?, ?) ON CONFLICT (collection, id) DO UPDATE SET doc = excluded.doc',
      [collection, id, JSON.stringify(doc)],
    );
  }

  async getDoc<T = unknown>(collection: string, id: string): Promise<T | undefined> {
    const row = this.#all<{ doc: string }>('SELECT doc FROM docs WHERE collection = ? AND id = ?', [
      collection,
      id,
    ])[0];
    return row && (JSON.parse(row.doc) as T);
  }

  async listDocs<T = unknown>(collection: string, idPrefix = ''): Promise<{ id: string; doc: T }[]> {
    // instr() = 1 is an exact prefix test, free of LIKE's wildcards and of character-counting differences.
    const sql = 'SELECT id, doc FROM docs WHERE collection = ? AND id >= ? AND instr(id, ?) = 1 ORDER BY id';
    return this.#all<{ id: string; doc: string }>(sql, [collection, idPrefix, idPrefix]).map((r) => ({
      id: r.id,
      doc: JSON.parse(r.doc) as T,
    }));
  }

  async deleteDoc(collection: string, id: string): Promise<void> {
    this.#run('DELETE FROM docs WHERE collection = ? AND id = ?', [collection, id]);
  }

  #open(): Database.Database {
    if (this.#db) return this.#db;
    const why = this.#closed ? 'the store is closed' : 'call init() first';
    throw new HomeostatError('HST_STORE', `sqlite ${this.#o.path}: ${why}`);
  }

  #stmt(sql: string): Database.Statement {
    const db = this.#open();
    let s = this.#statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      this.#statements.set(sql, s);
    }
    return s;
  }

  /** Runs `fn`, naming the store and the operation in any driver error. */
  #wrap<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof HomeostatError) throw err;
      throw new HomeostatError('HST_STORE', `sqlite ${this.#o.path}: ${what}: ${errorMessage(err)}`);
    }
  }

  #run(sql: string, params: Param[]): void {
    this.#wrap(sql.split(' ', 3).join(' '), () => this.#stmt(sql).run(...params));
  }

  #all<T>(sql: string, params: Param[]): T[] {
    return this.#wrap(sql.split(' ', 4).join(' '), () => this.#stmt(sql).all(...params) as T[]);
  }

  #one<T>(sql: string, params: Param[]): T | undefined {
    const row = this.#all<{ data: string }>(sql, params)[0];
    return row && (JSON.parse(row.data) as T);
  }

  #many<T>(sql: string, params: Param[]): T[] {
    return this.#all<{ data: string }>(sql, params).map((r) => JSON.parse(r.data) as T);
  }
}
