/**
 * The Store port: everything the engine keeps. SQLite is the embedded default;
 * PostgreSQL stands behind the same interface. Every implementation passes the
 * contract suite in `src/store/contract.ts`.
 */
import type {
  Action,
  ActionState,
  ApprovalRequest,
  ApprovalState,
  Incident,
  IncidentState,
  LedgerEntry,
  OutcomeStats,
} from '../model/index.js';

export interface IncidentQuery {
  readonly states?: readonly IncidentState[];
  readonly fingerprint?: string;
  readonly since?: number;
  readonly limit?: number;
}

export interface ActionQuery {
  readonly incidentId?: string;
  readonly states?: readonly ActionState[];
  readonly targetEntity?: string;
  readonly remedy?: string;
  readonly since?: number;
  readonly limit?: number;
}

/** One heal applied for a symptom on a target; symptom masking counts these. */
export interface HealRecord {
  readonly fingerprint: string;
  readonly target: string;
  readonly remedy: string;
  readonly actionId: string;
  readonly at: number;
}

export interface Store {
  readonly kind: string;
  /** Creates the schema if needed; idempotent. */
  init(): Promise<void>;
  /** Safe before init and twice. */
  close(): Promise<void>;

  putIncident(incident: Incident): Promise<void>;
  getIncident(id: string): Promise<Incident | undefined>;
  /** Newest first. */
  listIncidents(query?: IncidentQuery): Promise<Incident[]>;

  /** The journal: an action is written (state 'intent') before anything is applied. */
  putAction(action: Action): Promise<void>;
  getAction(id: string): Promise<Action | undefined>;
  getActionByIdempotencyKey(key: string): Promise<Action | undefined>;
  /** Oldest first. */
  listActions(query?: ActionQuery): Promise<Action[]>;

  putApproval(request: ApprovalRequest): Promise<void>;
  getApproval(id: string): Promise<ApprovalRequest | undefined>;
  listApprovals(query?: {
    readonly state?: ApprovalState;
    readonly actionId?: string;
  }): Promise<ApprovalRequest[]>;

  /** Adds one outcome to (fingerprint, remedy, targetClass) and returns the new counts. */
  recordOutcome(
    key: { fingerprint: string; remedy: string; targetClass: string },
    success: boolean,
    at: number,
  ): Promise<OutcomeStats>;
  listOutcomeStats(query?: {
    readonly fingerprint?: string;
    readonly remedy?: string;
    readonly targetClass?: string;
  }): Promise<OutcomeStats[]>;

  recordHeal(heal: HealRecord): Promise<void>;
  listHeals(query: {
    readonly fingerprint: string;
    readonly target?: string;
    readonly since: number;
  }): Promise<HealRecord[]>;

  /** Appends fully formed entries whose seq follows the head; rejects a gap or a duplicate seq. */
  appendLedger(entries: readonly LedgerEntry[]): Promise<void>;
  ledgerHead(): Promise<LedgerEntry | undefined>;
  /** Entries with seq >= fromSeq, in seq order (physical order for verification). */
  readLedger(fromSeq: number, limit: number): Promise<LedgerEntry[]>;
  /** The number of stored ledger rows. */
  ledgerCount(): Promise<number>;

  /** Small typed documents for healers and engine state (pause flag, autonomy overrides, fingerprints). */
  putDoc(collection: string, id: string, doc: unknown): Promise<void>;
  getDoc<T = unknown>(collection: string, id: string): Promise<T | undefined>;
  listDocs<T = unknown>(collection: string, idPrefix?: string): Promise<{ id: string; doc: T }[]>;
  deleteDoc(collection: string, id: string): Promise<void>;
}
