/**
 * An in-memory Store: the reusable test double of the Store port. It passes the
 * same contract suite as SQLite, and copies every value through JSON in and
 * out, so a caller can neither mutate stored state by accident nor rely on
 * values that a real store would not keep.
 */
import { HomeostatError } from '../core/errors.js';
import type { ActionQuery, HealRecord, IncidentQuery, Store } from '../core/store.js';
import type {
  Action,
  ApprovalRequest,
  ApprovalState,
  Incident,
  LedgerEntry,
  OutcomeStats,
} from '../model/index.js';
import { applyLimit, checkLedgerBatch, jsonCopy } from './json.js';

type OutcomeKey = { fingerprint: string; remedy: string; targetClass: string };

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Keeps everything in maps; nothing survives the process.
 * @example const store = new MemoryStore(); await store.init(); await store.putIncident(incident);
 */
export class MemoryStore implements Store {
  readonly kind = 'memory';
  #closed = false;
  #incidents = new Map<string, Incident>();
  #actions = new Map<string, Action>();
  #approvals = new Map<string, ApprovalRequest>();
  #outcomes = new Map<string, OutcomeStats>();
  #heals: HealRecord[] = [];
  #ledger: LedgerEntry[] = [];
  #docs = new Map<string, Map<string, string>>();

  /** Nothing to create; a MemoryStore is usable right after construction. */
  async init(): Promise<void> {
    this.#open();
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  async putIncident(incident: Incident): Promise<void> {
    this.#open();
    this.#incidents.set(incident.id, jsonCopy(incident));
  }

  async getIncident(id: string): Promise<Incident | undefined> {
    this.#open();
    return jsonCopy(this.#incidents.get(id));
  }

  async listIncidents(query: IncidentQuery = {}): Promise<Incident[]> {
    this.#open();
    const rows = [...this.#incidents.values()].filter(
      (i) =>
        (query.states === undefined || query.states.includes(i.state)) &&
        (query.fingerprint === undefined || i.fingerprint === query.fingerprint) &&
        (query.since === undefined || i.openedAt >= query.since),
    );
    rows.sort((a, b) => b.openedAt - a.openedAt || byString(b.id, a.id));
    return applyLimit(rows, query.limit).map(jsonCopy);
  }

  async putAction(action: Action): Promise<void> {
    this.#open();
    for (const other of this.#actions.values()) {
      if (other.idempotencyKey === action.idempotencyKey && other.id !== action.id) {
        throw new HomeostatError(
          'HST_IDEMPOTENCY_CONFLICT',
          `action ${action.id}: idempotency key '${action.idempotencyKey}' already belongs to action ${other.id}`,
        );
      }
    }
    this.#actions.set(action.id, jsonCopy(action));
  }

  async getAction(id: string): Promise<Action | undefined> {
    this.#open();
    return jsonCopy(this.#actions.get(id));
  }

  async getActionByIdempotencyKey(key: string): Promise<Action | undefined> {
    this.#open();
    for (const a of this.#actions.values()) if (a.idempotencyKey === key) return jsonCopy(a);
    return undefined;
  }

  async listActions(query: ActionQuery = {}): Promise<Action[]> {
    this.#open();
    const rows = [...this.#actions.values()].filter(
      (a) =>
        (query.incidentId === undefined || a.incidentId === query.incidentId) &&
        (query.states === undefined || query.states.includes(a.state)) &&
        (query.targetEntity === undefined || a.target.entity === query.targetEntity) &&
        (query.remedy === undefined || a.remedy === query.remedy) &&
        (query.since === undefined || a.createdAt >= query.since),
    );
    rows.sort((a, b) => a.createdAt - b.createdAt || byString(a.id, b.id));
    return applyLimit(rows, query.limit).map(jsonCopy);
  }

  async putApproval(request: ApprovalRequest): Promise<void> {
    this.#open();
    this.#approvals.set(request.id, jsonCopy(request));
  }

  async getApproval(id: string): Promise<ApprovalRequest | undefined> {
    this.#open();
    return jsonCopy(this.#approvals.get(id));
  }

  async listApprovals(
    query: { readonly state?: ApprovalState; readonly actionId?: string } = {},
  ): Promise<ApprovalRequest[]> {
    this.#open();
    const rows = [...this.#approvals.values()].filter(
      (r) =>
        (query.state === undefined || r.state === query.state) &&
        (query.actionId === undefined || r.actionId === query.actionId),
    );
    rows.sort((a, b) => a.createdAt - b.createdAt || byString(a.id, b.id));
    return rows.map(jsonCopy);
  }

  async recordOutcome(key: OutcomeKey, success: boolean, at: number): Promise<OutcomeStats> {
    this.#open();
    const k = JSON.stringify([key.fingerprint, key.remedy, key.targetClass]);
    const old = this.#outcomes.get(k);
    const next: OutcomeStats = {
      fingerprint: key.fingerprint,
      remedy: key.remedy,
      targetClass: key.targetClass,
      successes: (old?.successes ?? 0) + (success ? 1 : 0),
      failures: (old?.failures ?? 0) + (success ? 0 : 1),
      lastAt: Math.max(old?.lastAt ?? at, at),
    };
    this.#outcomes.set(k, next);
    return { ...next };
  }

  async listOutcomeStats(query: Partial<OutcomeKey> = {}): Promise<OutcomeStats[]> {
    this.#open();
    const rows = [...this.#outcomes.values()].filter(
      (s) =>
        (query.fingerprint === undefined || s.fingerprint === query.fingerprint) &&
        (query.remedy === undefined || s.remedy === query.remedy) &&
        (query.targetClass === undefined || s.targetClass === query.targetClass),
    );
    rows.sort(
      (a, b) =>
        byString(a.fingerprint, b.fingerprint) ||
        byString(a.remedy, b.remedy) ||
        byString(a.targetClass, b.targetClass),
    );
    return rows.map((s) => ({ ...s }));
  }

  async recordHeal(heal: HealRecord): Promise<void> {
    this.#open();
    this.#heals.push(jsonCopy(heal));
  }

  async listHeals(query: {
    readonly fingerprint: string;
    readonly target?: string;
    readonly since: number;
  }): Promise<HealRecord[]> {
    this.#open();
    const rows = this.#heals.filter(
      (h) =>
        h.fingerprint === query.fingerprint &&
        (query.target === undefined || h.target === query.target) &&
        h.at >= query.since,
    );
    // A stable sort keeps insertion order among heals at the same instant, as SQLite's rowid does.
    return rows.sort((a, b) => a.at - b.at).map(jsonCopy);
  }

  async appendLedger(entries: readonly LedgerEntry[]): Promise<void> {
    this.#open();
    checkLedgerBatch(
      this.#ledger.at(-1)?.seq ?? 0,
      entries.map((e) => e.seq),
    );
    for (const e of entries) this.#ledger.push(jsonCopy(e));
  }

  async ledgerHead(): Promise<LedgerEntry | undefined> {
    this.#open();
    return jsonCopy(this.#ledger.at(-1));
  }

  async readLedger(fromSeq: number, limit: number): Promise<LedgerEntry[]> {
    this.#open();
    const out: LedgerEntry[] = [];
    for (const e of this.#ledger) {
      if (out.length >= limit) break;
      if (e.seq >= fromSeq) out.push(jsonCopy(e));
    }
    return out;
  }

  async ledgerCount(): Promise<number> {
    this.#open();
    return this.#ledger.length;
  }

  async putDoc(collection: string, id: string, doc: unknown): Promise<void> {
    this.#open();
    if (doc === undefined)
      throw new HomeostatError('HST_INPUT_INVALID', `doc ${collection}/${id} is undefined`);
    const c = this.#docs.get(collection) ?? new Map<string, string>();
    this.#docs.set(collection, c);
    c.set(id, JSON.stringify(doc));
  }

  async getDoc<T = unknown>(collection: string, id: string): Promise<T | undefined> {
    this.#open();
    const text = this.#docs.get(collection)?.get(id);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async listDocs<T = unknown>(collection: string, idPrefix = ''): Promise<{ id: string; doc: T }[]> {
    this.#open();
    const c = this.#docs.get(collection);
    if (!c) return [];
    return [...c.entries()]
      .filter(([id]) => id.startsWith(idPrefix))
      .sort(([a], [b]) => byString(a, b))
      .map(([id, text]) => ({ id, doc: JSON.parse(text) as T }));
  }

  async deleteDoc(collection: string, id: string): Promise<void> {
    this.#open();
    this.#docs.get(collection)?.delete(id);
  }

  #open(): void {
    if (this.#closed) throw new HomeostatError('HST_STORE', 'the memory store is closed');
  }
}
