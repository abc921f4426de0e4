/**
 * The audit ledger: pages of entries, a full chain verification, and an
 * export as CloudEvents JSON lines (streamed, so a long chain is never held
 * in memory).
 */
import { PassThrough } from 'node:stream';
import { exportCloudEvents } from '../../ledger/cloudevents.js';
import { type AnyRoute, route } from '../route.js';
import { ExportQuery, LedgerPage, LedgerQuery, VerifyReport } from '../schemas.js';
import type { ApiDeps } from './deps.js';

/** Ledger routes. */
export function ledgerRoutes({ runtime }: ApiDeps): AnyRoute[] {
  return [
    route({
      method: 'GET',
      url: '/ledger',
      access: 'viewer',
      tag: 'ledger',
      summary: 'Ledger entries from a sequence number on, oldest first',
      query: LedgerQuery,
      response: LedgerPage,
      handler: async ({ query }) => {
        const entries = await runtime.ledger.read(query.from, query.limit);
        const last = entries.at(-1);
        return {
          entries,
          next: last && entries.length === query.limit ? last.seq + 1 : null,
          count: await runtime.store.ledgerCount(),
        };
      },
    }),
    route({
      method: 'GET',
      url: '/ledger/verify',
      access: 'viewer',
      tag: 'ledger',
      summary: 'Verify the whole hash chain; names the first bad entry if any',
      description: 'Answers 200 either way; `ok` says whether the chain verifies.',
      response: VerifyReport,
      handler: () => runtime.ledger.verify(),
    }),
    route({
      method: 'GET',
      url: '/ledger/export',
      access: 'viewer',
      tag: 'ledger',
      summary: 'The ledger as CloudEvents 1.0, one JSON event per line',
      query: ExportQuery,
      response: LedgerPage,
      produces: 'application/x-ndjson',
      handler: async ({ query, reply }) => {
        const out = new PassThrough();
        reply.type('application/x-ndjson').header('cache-control', 'no-store');
        void reply.send(out);
        exportCloudEvents(runtime.store, out, { fromSeq: query.from }).then(
          () => out.end(),
          (err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))),
        );
        return undefined;
      },
    }),
  ];
}
