/**
 * Chain verification over entries in the order the store physically keeps
 * them. Each entry must sit at its own seq (1, 2, 3, … with no gap and no
 * repeat), hash to its stored hash, and link to the hash of the entry before
 * it. The first entry that fails is named by seq and 1-based position.
 */
import type { LedgerEntry } from '../model/index.js';
import { entryHash, GENESIS_HASH } from './hash.js';

export type LedgerFault = 'hash-mismatch' | 'broken-link' | 'gap' | 'out-of-order' | 'duplicate';

export interface LedgerVerifyReport {
  readonly ok: boolean;
  /** Entries that verified (all of them when ok; those before the first bad one otherwise). */
  readonly count: number;
  /** Hash of the last entry that verified: record it elsewhere to detect a later truncation. */
  readonly head?: string;
  readonly firstBad?: {
    readonly seq: number;
    /** 1-based row number in physical order. */
    readonly position: number;
    readonly reason: LedgerFault;
    readonly detail: string;
  };
}

export interface VerifyOptions {
  /** Called every `progressEvery` entries with the number checked so far. */
  onProgress?(n: number): void;
  readonly progressEvery?: number;
  /**
   * A head hash recorded earlier (outside the store). A chain that verifies but
   * no longer contains it was truncated or rewritten from the start.
   */
  readonly anchor?: string;
}

/** How far around its stored seq a moved entry is looked for, to name a reorder as such. */
const MOVE_SEARCH = 16;

/**
 * Verifies a chain given in physical order.
 * @example const report = await verifyEntries(entries); if (!report.ok) console.log(report.firstBad);
 */
export async function verifyEntries(
  entries: AsyncIterable<LedgerEntry> | Iterable<LedgerEntry>,
  options: VerifyOptions = {},
): Promise<LedgerVerifyReport> {
  const every = options.progressEvery ?? 10_000;
  const it = (Symbol.asyncIterator in entries ? entries : toAsync(entries)) as AsyncIterable<LedgerEntry>;
  let count = 0;
  let prevHash = GENESIS_HASH;
  // The verified entry before the current one, kept so that an entry inserted just before a fault is named.
  let last: { seq: number; prevHash: string; hash: string } | undefined;
  let beforeLast: string | undefined;
  let anchorSeen = false;
  const iterator = it[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const e = next.value;
    const position = count + 1;
    const expected = count + 1;
    const bad = (reason: LedgerFault, detail: string): LedgerVerifyReport => ({
      ok: false,
      count,
      ...(last ? { head: last.hash } : {}),
      firstBad: { seq: e.seq, position, reason, detail },
    });
    // Two entries claiming the same predecessor: the earlier one was forged in.
    const inserted = (): LedgerVerifyReport | undefined =>
      last && e.prevHash === last.prevHash
        ? {
            ok: false,
            count: count - 1,
            ...(beforeLast ? { head: beforeLast } : {}),
            firstBad: {
              seq: last.seq,
              position: position - 1,
              reason: 'duplicate',
              detail: `seq ${last.seq} was inserted: the entry after it, originally seq ${last.seq}, follows the same predecessor`,
            },
          }
        : undefined;

    if (e.seq !== expected) {
      // A missing seq is a gap unless it turns up later, which makes this a reorder.
      const later = e.seq > expected ? await findSeq(iterator, expected) : undefined;
      await iterator.return?.();
      if (e.seq > expected) {
        return later === undefined
          ? bad(
              'gap',
              `expected seq ${expected} at position ${position}, found ${e.seq}: ${range(expected, e.seq)} missing`,
            )
          : bad(
              'out-of-order',
              `expected seq ${expected} at position ${position}, found ${e.seq}; seq ${expected} is stored later, at position ${position + later}`,
            );
      }
      return e.seq >= 1 && Number.isInteger(e.seq)
        ? bad('duplicate', `seq ${e.seq} appears again at position ${position} (first at position ${e.seq})`)
        : bad(
            'out-of-order',
            `seq ${e.seq} at position ${position} is outside the chain, which starts at seq 1`,
          );
    }

    const hash = entryHash(e);
    if (hash !== e.hash) {
      await iterator.return?.();
      const movedFrom = writtenAs(e);
      if (movedFrom === undefined) {
        return bad(
          'hash-mismatch',
          `seq ${e.seq}: the stored hash does not match the entry's content (altered entry)`,
        );
      }
      return (
        inserted() ??
        bad(
          'out-of-order',
          `seq ${e.seq}: this entry was written as seq ${movedFrom}; rows were moved or renumbered`,
        )
      );
    }
    if (e.prevHash !== prevHash) {
      await iterator.return?.();
      return (
        inserted() ??
        bad(
          'broken-link',
          `seq ${e.seq}: prevHash ${short(e.prevHash)} does not match the hash of ${count === 0 ? 'the genesis' : `seq ${count}`} (${short(prevHash)}); an entry before it was replaced or inserted`,
        )
      );
    }
    beforeLast = last?.hash;
    last = { seq: e.seq, prevHash: e.prevHash, hash };
    prevHash = hash;
    if (hash === options.anchor) anchorSeen = true;
    count++;
    if (options.onProgress && count % every === 0) options.onProgress(count);
  }
  options.onProgress?.(count);
  if (options.anchor !== undefined && !anchorSeen) {
    return {
      ok: false,
      count,
      ...(last ? { head: last.hash } : {}),
      firstBad: {
        seq: count + 1,
        position: count + 1,
        reason: 'gap',
        detail: `the anchored head ${short(options.anchor)} is not in the chain: entries were removed from the end, or the whole chain was rewritten`,
      },
    };
  }
  return { ok: true, count, ...(last ? { head: last.hash } : {}) };
}

/** The seq this entry's stored hash was computed with, if it is near its stored seq. */
function writtenAs(e: LedgerEntry): number | undefined {
  for (let d = 1; d <= MOVE_SEARCH; d++) {
    for (const seq of [e.seq + d, e.seq - d]) {
      if (seq >= 1 && entryHash({ ...e, seq }) === e.hash) return seq;
    }
  }
  return undefined;
}

/** Reads on until `seq` turns up; returns how many rows later, or undefined. */
async function findSeq(it: AsyncIterator<LedgerEntry>, seq: number): Promise<number | undefined> {
  for (let offset = 1; ; offset++) {
    const next = await it.next();
    if (next.done) return undefined;
    if (next.value.seq === seq) return offset;
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}

function range(from: number, toExclusive: number): string {
  return toExclusive - from === 1 ? `entry ${from} is` : `entries ${from}..${toExclusive - 1} are`;
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}
