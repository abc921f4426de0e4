/**
 * The ledger entries of one incident as a timeline: every step the engine and
 * people took, in order, with who did it. This is the audit trail in words.
 */
import type { LedgerEntry } from '../api/types.js';
import { clock } from '../format.js';
import { describeEntry } from './ledger-words.js';

export function IncidentTimeline({ entries }: { entries: readonly LedgerEntry[] }) {
  if (entries.length === 0) return null;
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  return (
    <section className="step">
      <h3>Timeline (from the audit ledger)</h3>
      <ol className="timeline">
        {sorted.map((e) => (
          <li key={e.seq} className={`tl-${e.type.replace(/\./g, '-')}`}>
            <span className="tl-time">{clock(e.at)}</span>
            <span className="tl-type">{e.type}</span>
            <span className="tl-text">{describeEntry(e)}</span>
            {e.actor !== 'engine' ? <span className="tl-actor">by {e.actor}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
