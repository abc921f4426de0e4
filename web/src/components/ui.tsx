/**
 * Small building blocks every panel uses: state chips, the empty state that
 * says what is going on, the error banner that tells 401 from 403, and a card.
 */
import type { ReactNode } from 'react';
import { describeError } from '../api/client.js';
import { stateLabel, type Tone, toneOf } from '../format.js';

/** A coloured pill for an incident, action or approval state. */
export function StateChip({ state, label }: { state: string; label?: string }) {
  return (
    <span className={`chip tone-${toneOf(state)}`} data-state={state}>
      {label ?? stateLabel(state)}
    </span>
  );
}

const RISK_TONE: Record<string, Tone> = { low: 'ok', medium: 'warn', high: 'bad' };

export function RiskChip({ risk }: { risk: string }) {
  return <span className={`chip outline tone-${RISK_TONE[risk] ?? 'idle'}`}>{risk} risk</span>;
}

const MODE_TONE: Record<string, Tone> = { auto: 'ok', 'auto+review': 'ok', approve: 'warn', deny: 'bad' };

export function ModeChip({ mode }: { mode: string }) {
  return <span className={`chip outline tone-${MODE_TONE[mode] ?? 'idle'}`}>mode: {mode}</span>;
}

/** Says plainly why a list is empty, and what would fill it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <div className="empty-title">{title}</div>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="banner bad" role="alert">
      {describeError(error)}
    </div>
  );
}

export function Card({
  title,
  aside,
  children,
  className,
  testId,
}: {
  title: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={`card ${className ?? ''}`} data-testid={testId}>
      <header className="card-head">
        <h2>{title}</h2>
        {aside ? <div className="card-aside">{aside}</div> : null}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

/** A key/value list for parameters and facts. */
export function KeyValues({ values }: { values: Readonly<Record<string, unknown>> }) {
  const entries = Object.entries(values);
  if (entries.length === 0) return <span className="muted">none</span>;
  return (
    <dl className="kv">
      {entries.map(([k, v]) => (
        <div key={k} className="kv-item">
          <dt>{k}</dt>
          <dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
