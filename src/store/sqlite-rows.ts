/**
 * Row mapping and query building for the SQLite store: ledger rows to
 * entries, and optional filters to WHERE clauses with bound parameters (never
 * values spliced into SQL).
 */
import type { LedgerEntry, OutcomeStats } from '../model/index.js';

export interface LedgerRow {
  seq: number;
  at: number;
  type: string;
  incident_id: string | null;
  action_id: string | null;
  actor: string;
  payload: string;
  policy_hash: string;
  prev_hash: string;
  hash: string;
}

export type OutcomeRow = {
  fingerprint: string;
  remedy: string;
  target_class: string;
  successes: number;
  failures: number;
  last_at: number;
};

export type Param = string | number | null;

export function toEntry(r: LedgerRow): LedgerEntry {
  return {
    seq: r.seq,
    at: r.at,
    type: r.type,
    ...(r.incident_id === null ? {} : { incidentId: r.incident_id }),
    ...(r.action_id === null ? {} : { actionId: r.action_id }),
    actor: r.actor,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    policyHash: r.policy_hash,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export function toStats(r: OutcomeRow): OutcomeStats {
  return {
    fingerprint: r.fingerprint,
    remedy: r.remedy,
    targetClass: r.target_class,
    successes: r.successes,
    failures: r.failures,
    lastAt: r.last_at,
  };
}

/** Appends `col IN (…)` for a list filter; an empty list matches nothing. */
export function inList(
  where: string[],
  params: Param[],
  col: string,
  values: readonly string[] | undefined,
): void {
  if (values === undefined) return;
  where.push(`${col} IN (SELECT value FROM json_each(?))`);
  params.push(JSON.stringify(values));
}

export function eq(
  where: string[],
  params: Param[],
  col: string,
  value: string | number | undefined,
  op = '=',
): void {
  if (value === undefined) return;
  where.push(`${col} ${op} ?`);
  params.push(value);
}

export function tail(
  where: readonly string[],
  order: string,
  limit: number | undefined,
  params: Param[],
): string {
  let sql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  sql += ` ORDER BY ${order}`;
  if (limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(Math.max(0, Math.floor(limit)));
  }
  return sql;
}
