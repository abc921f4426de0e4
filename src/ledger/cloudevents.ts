/**
 * Ledger export as JSON lines, one CloudEvents 1.0 event per entry (structured
 * content mode), so that any CloudEvents consumer or SIEM can ingest the audit
 * trail. The event data is the whole entry, hashes included, so that the chain
 * can be re-verified from the export alone.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Store } from '../core/store.js';
import type { LedgerEntry } from '../model/index.js';

export interface CloudEvent {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly time?: string;
  readonly datacontenttype: 'application/json';
  readonly subject?: string;
  readonly data: LedgerEntry;
  /** Extension attributes (CloudEvents names: lowercase letters and digits). */
  readonly sequence: string;
  readonly policyhash: string;
  readonly prevhash: string;
  readonly actor: string;
  readonly incidentid?: string;
  readonly actionid?: string;
}

export interface ExportOptions {
  /** The CloudEvents source (a URI reference); default 'homeostat'. */
  readonly source?: string;
  /** First seq to export; default 1. */
  readonly fromSeq?: number;
  readonly pageSize?: number;
  onProgress?(n: number): void;
}

/**
 * One ledger entry as a CloudEvent. The id is the entry's hash: unique, and
 * stable across repeated exports.
 * @example toCloudEvent(entry).type // 'dev.homeostat.ledger.action.intent'
 */
export function toCloudEvent(entry: LedgerEntry, source = 'homeostat'): CloudEvent {
  const time = new Date(entry.at);
  const subject = entry.incidentId ?? entry.actionId;
  return {
    specversion: '1.0',
    id: entry.hash,
    source,
    type: `dev.homeostat.ledger.${entry.type}`,
    ...(Number.isNaN(time.getTime()) ? {} : { time: time.toISOString() }),
    datacontenttype: 'application/json',
    ...(subject === undefined ? {} : { subject }),
    data: entry,
    sequence: String(entry.seq),
    policyhash: entry.policyHash,
    prevhash: entry.prevHash,
    actor: entry.actor,
    ...(entry.incidentId === undefined ? {} : { incidentid: entry.incidentId }),
    ...(entry.actionId === undefined ? {} : { actionid: entry.actionId }),
  };
}

/**
 * Writes every entry from `fromSeq` on as one JSON line each, honouring the
 * stream's backpressure; resolves with the number of events written. The
 * stream is left open.
 * @example const n = await exportCloudEvents(store, process.stdout);
 */
export async function exportCloudEvents(
  store: Store,
  out: Writable,
  options: ExportOptions = {},
): Promise<number> {
  const pageSize = options.pageSize ?? 2000;
  let from = options.fromSeq ?? 1;
  let n = 0;
  for (;;) {
    const page = await store.readLedger(from, pageSize);
    if (page.length === 0) break;
    const text = page.map((e) => `${JSON.stringify(toCloudEvent(e, options.source))}\n`).join('');
    if (!out.write(text)) await once(out, 'drain');
    n += page.length;
    options.onProgress?.(n);
    const last = page.at(-1) as LedgerEntry;
    if (page.length < pageSize || last.seq < from) break;
    from = last.seq + 1;
  }
  return n;
}
