/**
 * The tamper-evident ledger: every step of the loop is appended here, each
 * entry carrying the previous entry's hash and the hash of the policy in
 * force. Appends go through one queue; appends that arrive while a batch is
 * being written are committed together in the next store transaction (group
 * commit), so many concurrent writers share one fsync.
 */
import type { AuditLog } from '../core/audit.js';
import type { Clock } from '../core/clock.js';
import { isCode } from '../core/errors.js';
import type { Store } from '../core/store.js';
import type { LedgerEntry, LedgerEntryType } from '../model/index.js';
import { entryHash, GENESIS_HASH, redactSecrets } from './hash.js';
import { type LedgerVerifyReport, type VerifyOptions, verifyEntries } from './verify.js';

export { type CloudEvent, type ExportOptions, exportCloudEvents, toCloudEvent } from './cloudevents.js';
export { canonicalJson, entryHash, GENESIS_HASH, redactSecrets } from './hash.js';
export type { LedgerFault, LedgerVerifyReport } from './verify.js';

export interface LedgerAppend {
  type: LedgerEntryType;
  incidentId?: string;
  actionId?: string;
  /** Default 'engine'. */
  actor?: string;
  payload: Record<string, unknown>;
  /** Default: the clock's now. */
  at?: number;
}

export type Redactor = (payload: Record<string, unknown>) => Record<string, unknown>;

export interface LedgerOptions {
  /** Hash of the policy in force; default 'none' until a policy is loaded. */
  policyHash?: string;
  /** Extra redaction, run before the built-in secret redaction (which always runs). */
  redact?: Redactor;
  /** Most entries per store transaction (default 1024). */
  maxBatch?: number;
}

interface Pending {
  readonly draft: Omit<LedgerEntry, 'seq' | 'prevHash' | 'hash'>;
  readonly resolve: (entry: LedgerEntry) => void;
  readonly reject: (err: unknown) => void;
}

const PAGE = 5000;

/**
 * @example
 * const ledger = new Ledger(store, systemClock, { policyHash });
 * await ledger.append({ type: 'decision', incidentId, payload: { rule: 'low-auto', mode: 'auto' } });
 * const report = await ledger.verify(); // { ok: true, count: 1, head: '…' }
 */
export class Ledger implements AuditLog {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #redact: Redactor | undefined;
  readonly #maxBatch: number;
  #policyHash: string;
  #head: { seq: number; hash: string } | undefined;
  #pending: Pending[] = [];
  #flushing = false;

  constructor(store: Store, clock: Clock, options: LedgerOptions = {}) {
    this.#store = store;
    this.#clock = clock;
    this.#policyHash = options.policyHash ?? 'none';
    this.#redact = options.redact;
    this.#maxBatch = Math.max(1, options.maxBatch ?? 1024);
  }

  /** Entries appended from now on carry this policy hash. */
  setPolicyHash(hash: string): void {
    this.#policyHash = hash;
  }

  get policyHash(): string {
    return this.#policyHash;
  }

  /**
   * Appends one entry and resolves once it is durable in the store. The payload
   * is redacted and normalised to plain JSON first: the stored entry is exactly
   * what was hashed.
   */
  append(entry: LedgerAppend): Promise<LedgerEntry> {
    let draft: Pending['draft'];
    try {
      const redacted = redactSecrets(this.#redact ? this.#redact(entry.payload) : entry.payload);
      draft = {
        at: entry.at ?? this.#clock.now(),
        type: entry.type,
        ...(entry.incidentId === undefined ? {} : { incidentId: entry.incidentId }),
        ...(entry.actionId === undefined ? {} : { actionId: entry.actionId }),
        actor: entry.actor ?? 'engine',
        payload: JSON.parse(JSON.stringify(redacted)) as Record<string, unknown>,
        policyHash: this.#policyHash,
      };
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise<LedgerEntry>((resolve, reject) => {
      this.#pending.push({ draft, resolve, reject });
      if (!this.#flushing) void this.#flush();
    });
  }

  /** Checks the whole chain in physical order and names the first bad entry. */
  verify(options: VerifyOptions = {}): Promise<LedgerVerifyReport> {
    return verifyEntries(this.#rows(), options);
  }

  /** Entries with seq >= fromSeq, at most `limit`. */
  read(fromSeq: number, limit: number): Promise<LedgerEntry[]> {
    return this.#store.readLedger(fromSeq, limit);
  }

  async *#rows(): AsyncIterable<LedgerEntry> {
    // Start below 1 so that a row forged with seq 0 or less is seen too.
    let from = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const page = await this.#store.readLedger(from, PAGE);
      yield* page;
      const last = page.at(-1);
      if (page.length < PAGE || !last || last.seq < from) return;
      from = last.seq + 1;
    }
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    try {
      while (this.#pending.length > 0) {
        // One macrotask turn lets every appender that is ready join this batch.
        await new Promise<void>((r) => setImmediate(r));
        await this.#commit(this.#pending.splice(0, this.#maxBatch));
      }
    } finally {
      this.#flushing = false;
    }
  }

  async #commit(batch: readonly Pending[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        let head = this.#head;
        if (!head) {
          const h = await this.#store.ledgerHead();
          head = h ? { seq: h.seq, hash: h.hash } : { seq: 0, hash: GENESIS_HASH };
        }
        const entries: LedgerEntry[] = [];
        let { seq, hash: prevHash } = head;
        for (const p of batch) {
          seq++;
          const unhashed = { ...p.draft, seq, prevHash };
          const hash = entryHash(unhashed);
          entries.push({ ...unhashed, hash });
          prevHash = hash;
        }
        await this.#store.appendLedger(entries);
        this.#head = { seq, hash: prevHash };
        batch.forEach((p, i) => {
          p.resolve(entries[i] as LedgerEntry);
        });
        return;
      } catch (err) {
        this.#head = undefined;
        // Another writer moved the head: re-chain once on top of it.
        if (attempt === 0 && isCode(err, 'HST_CONFLICT')) continue;
        for (const p of batch) p.reject(err);
        return;
      }
    }
  }
}
