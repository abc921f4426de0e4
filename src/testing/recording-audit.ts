/**
 * A recording AuditLog: keeps entries in memory, with the same sequencing the
 * real ledger has but no hashing. A reusable test double.
 */
import type { AuditLog, AuditRecord } from '../core/audit.js';
import type { LedgerEntry } from '../model/index.js';

export class RecordingAudit implements AuditLog {
  readonly entries: LedgerEntry[] = [];
  readonly #now: () => number;

  constructor(now: () => number = () => 0) {
    this.#now = now;
  }

  async append(r: AuditRecord): Promise<LedgerEntry> {
    const e: LedgerEntry = {
      seq: this.entries.length + 1,
      at: r.at ?? this.#now(),
      type: r.type,
      ...(r.incidentId ? { incidentId: r.incidentId } : {}),
      ...(r.actionId ? { actionId: r.actionId } : {}),
      actor: r.actor ?? 'engine',
      payload: r.payload,
      policyHash: 'test',
      prevHash: '',
      hash: '',
    };
    this.entries.push(e);
    return e;
  }

  types(): string[] {
    return this.entries.map((e) => e.type);
  }

  ofType(type: string): LedgerEntry[] {
    return this.entries.filter((e) => e.type === type);
  }
}
