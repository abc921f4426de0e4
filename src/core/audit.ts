/**
 * The port through which every stage writes to the audit ledger. The
 * hash-chained implementation lives in `src/ledger/`; anything with this
 * shape (a recording test double, say) can stand in.
 */
import type { LedgerEntry, LedgerEntryType } from '../model/index.js';

export interface AuditRecord {
  readonly type: LedgerEntryType;
  readonly incidentId?: string;
  readonly actionId?: string;
  /** 'engine' unless a person did it. */
  readonly actor?: string;
  readonly payload: Record<string, unknown>;
  readonly at?: number;
}

export interface AuditLog {
  append(record: AuditRecord): Promise<LedgerEntry>;
}
