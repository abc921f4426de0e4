/**
 * The ledger entries that name one incident. The store keeps the ledger in
 * sequence order with (nearly) increasing times, so the first entry near the
 * incident's opening is found by binary search on seq, and the scan stops a
 * while after the incident closed instead of reading the whole chain.
 */
import type { Store } from '../core/store.js';
import type { Incident, LedgerEntry } from '../model/index.js';

/** Entries are written with the clock of the moment; allow for a little disorder. */
const SLACK_MS = 60_000;
/** Anomalies absorbed after an incident closes arrive within a grouping window. */
const AFTER_CLOSE_MS = 10 * 60_000;
const PAGE = 1000;
/** Most entries returned for one incident; the newest are dropped beyond it. */
export const MAX_INCIDENT_ENTRIES = 2000;

async function firstSeqAtOrAfter(store: Store, at: number): Promise<number> {
  const head = await store.ledgerHead();
  if (!head) return 1;
  let lo = 1;
  let hi = head.seq + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const [e] = await store.readLedger(mid, 1);
    if (!e) return lo;
    if (e.at < at) lo = e.seq + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Entries whose incidentId is the incident's, oldest first.
 * @example const entries = await incidentLedger(runtime.store, incident);
 */
export async function incidentLedger(store: Store, incident: Incident): Promise<LedgerEntry[]> {
  const end = incident.closedAt === undefined ? Number.POSITIVE_INFINITY : incident.closedAt + AFTER_CLOSE_MS;
  let from = await firstSeqAtOrAfter(store, incident.openedAt - SLACK_MS);
  const out: LedgerEntry[] = [];
  for (;;) {
    const page = await store.readLedger(from, PAGE);
    for (const e of page) {
      if (e.at > end + SLACK_MS) return out;
      if (e.incidentId === incident.id) out.push(e);
      if (out.length >= MAX_INCIDENT_ENTRIES) return out;
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last) return out;
    from = last.seq + 1;
  }
}
