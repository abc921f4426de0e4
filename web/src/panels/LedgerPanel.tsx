/**
 * The audit ledger: the newest entries of the hash chain and a live check of
 * the whole chain (`audit verify`), re-run whenever something new is appended.
 */
import { z } from 'zod';
import { useResource } from '../api/resource.js';
import { LedgerEntrySchema, VerifyReportSchema } from '../api/types.js';
import { Card, Empty, ErrorBanner } from '../components/ui.js';
import { clock } from '../format.js';
import { describeEntry } from './ledger-words.js';

const PAGE = 60;
const CountSchema = z.looseObject({ count: z.number() });
const PageSchema = z.looseObject({ entries: z.array(LedgerEntrySchema), count: z.number().optional() });

export function LedgerPanel() {
  const head = useResource('/ledger?limit=1', CountSchema, ['ledger'], undefined, 1000);
  const count = head.data?.count;
  const from = count === undefined ? undefined : Math.max(1, count - PAGE + 1);
  const page = useResource(
    from === undefined ? undefined : `/ledger?from=${from}&limit=${PAGE}`,
    PageSchema,
    ['ledger'],
  );
  const entries = [...(page.data?.entries ?? [])].reverse();

  return (
    <div className="stack">
      <VerifyStatus />
      <Card
        title={`Audit ledger${count !== undefined ? ` · ${count} entries` : ''}`}
        aside={<span className="muted small">newest first</span>}
      >
        <ErrorBanner error={head.error ?? page.error} />
        {!page.data && !head.error && !page.error ? <div className="muted">Loading entries…</div> : null}
        {page.data && entries.length === 0 ? (
          <Empty title="The ledger is empty">Every signal, decision and action will be recorded here.</Empty>
        ) : null}
        {entries.length > 0 ? (
          <table className="table ledger">
            <thead>
              <tr>
                <th>#</th>
                <th>time</th>
                <th>type</th>
                <th>actor</th>
                <th>what</th>
                <th>hash</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td>{clock(e.at)}</td>
                  <td>
                    <code>{e.type}</code>
                  </td>
                  <td>{e.actor}</td>
                  <td className="wrap">
                    {describeEntry(e)}
                    {e.incidentId ? (
                      <a
                        className="link small ledger-link"
                        href={`#/incidents/${encodeURIComponent(e.incidentId)}`}
                      >
                        incident →
                      </a>
                    ) : null}
                  </td>
                  <td>
                    <code className="hash">{e.hash.slice(0, 10)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Card>
    </div>
  );
}

/** The chain check as a banner: green when every entry verifies, red naming the first bad one. */
export function VerifyStatus() {
  // A verify reads the whole chain: at most every 3 s however busy the ledger is.
  const v = useResource('/ledger/verify', VerifyReportSchema, ['ledger'], 30_000, 3000);
  const r = v.data;
  if (v.error) return <ErrorBanner error={v.error} />;
  if (!r) return <div className="verify idle">Checking the ledger chain…</div>;
  return r.ok ? (
    <div className="verify ok" data-testid="ledger-verify" data-ok="true">
      <b>✓ Ledger verified</b> —{' '}
      {r.count === 0 ? 'empty so far' : `all ${r.count} entries hash-chain correctly`}
      {r.head ? (
        <>
          ; head <code>{r.head.slice(0, 12)}</code>
        </>
      ) : null}
      .
    </div>
  ) : (
    <div className="verify bad" data-testid="ledger-verify" data-ok="false" role="alert">
      <b>✕ Ledger tampered or damaged</b> — first bad entry #{r.firstBad?.seq} ({r.firstBad?.reason}):{' '}
      {r.firstBad?.detail}. {r.count} entries before it verify.
    </div>
  );
}
