/**
 * The recent incidents (up to the last hour) on one time axis: each a bar from when it was
 * detected to when it closed (or now), coloured by how it ended, so that
 * overlaps, durations and repeats are visible at a glance. A bar links to its story.
 */
import type { Incident } from '../api/types.js';
import { clock, duration, stateLabel, toneOf } from '../format.js';

const MAX_SPAN_MS = 60 * 60_000;
const MIN_SPAN_MS = 2 * 60_000;
const ROW_H = 14;
const GAP = 4;
const MAX_ROWS = 4;

/** Packs intervals into rows greedily so that bars in one row never overlap. */
export function packRows(items: readonly { start: number; end: number }[]): number[] {
  const rowEnds: number[] = [];
  return items.map(({ start, end }) => {
    let row = rowEnds.findIndex((e) => e < start);
    if (row < 0) row = rowEnds.length < MAX_ROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = end;
    return row;
  });
}

export function IncidentStrip({ incidents, now }: { incidents: readonly Incident[]; now: number }) {
  const shown = incidents
    .filter((i) => (i.closedAt ?? now) >= now - MAX_SPAN_MS)
    .sort((a, b) => a.openedAt - b.openedAt);
  if (shown.length === 0) return null;
  // The axis fits what there is, so that incidents of seconds are not slivers on an hour.
  const earliest = shown[0]?.openedAt ?? now;
  const span = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, (now - earliest) * 1.1));
  const from = now - span;
  const bars = shown.map((i) => ({ i, start: Math.max(i.openedAt, from), end: i.closedAt ?? now }));
  const rows = packRows(bars);
  const height = (Math.max(...rows) + 1) * (ROW_H + GAP);
  const x = (t: number) => ((t - from) / span) * 1000;
  const ticks = [1, 0.75, 0.5, 0.25, 0].map((f) => f * span);

  return (
    <div className="strip" data-testid="incident-strip">
      <svg
        viewBox={`0 0 1000 ${height + 16}`}
        preserveAspectRatio="none"
        role="img"
        aria-label="recent incidents on a time axis"
      >
        {ticks.map((m) => (
          <g key={m}>
            <line
              x1={x(now - m * 60_000)}
              x2={x(now - m * 60_000)}
              y1={0}
              y2={height}
              className="strip-grid"
            />
          </g>
        ))}
        {bars.map(({ i, start, end }, k) => (
          <a key={i.id} href={`#/incidents/${encodeURIComponent(i.id)}`}>
            <rect
              x={x(start)}
              y={(rows[k] ?? 0) * (ROW_H + GAP)}
              width={Math.max(4, x(end) - x(start))}
              height={ROW_H}
              rx={3}
              className={`strip-bar tone-${toneOf(i.state)}`}
            >
              <title>
                {`${i.title} — ${stateLabel(i.state)}; detected ${clock(i.openedAt)}${i.closedAt ? `, closed after ${duration(i.closedAt - i.openedAt)}` : ', still open'}`}
              </title>
            </rect>
          </a>
        ))}
      </svg>
      <div className="strip-axis">
        {ticks.map((ago) => (
          <span key={ago}>
            {ago === 0
              ? 'now'
              : `−${ago >= 300_000 ? `${Math.round(ago / 60_000)} min` : `${Math.round(ago / 1000)} s`}`}
          </span>
        ))}
      </div>
    </div>
  );
}
