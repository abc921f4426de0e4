/**
 * Value handling shared by the stores: every store keeps JSON, so values are
 * copied through JSON in and out. The in-memory double does the same, so that
 * a value that would not survive SQLite (a Date, a Map, undefined in an array)
 * behaves identically in tests and in production.
 */
import { HomeostatError } from '../core/errors.js';

/**
 * A deep copy through JSON: what a store gives back for what it was given.
 * @example jsonCopy({ a: undefined, b: [1] }) // { b: [1] }
 */
export function jsonCopy<T>(value: T): T {
  if (value === undefined) return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Applies a query's limit; undefined means no limit. */
export function applyLimit<T>(rows: T[], limit: number | undefined): T[] {
  if (limit === undefined) return rows;
  return rows.slice(0, Math.max(0, Math.floor(limit)));
}

/**
 * Checks that a batch of ledger entries follows the head without a gap or a
 * duplicate; every store enforces this the same way.
 */
export function checkLedgerBatch(headSeq: number, seqs: readonly number[]): void {
  let expected = headSeq + 1;
  for (const seq of seqs) {
    if (seq !== expected) {
      const what = seq <= headSeq ? 'duplicate' : seq < expected ? 'duplicate within the batch' : 'gap';
      throw new HomeostatError(
        'HST_CONFLICT',
        `ledger append rejected (${what}): expected seq ${expected} after head ${headSeq}, got ${seq}`,
        { expected, got: seq, head: headSeq },
      );
    }
    expected++;
  }
}
