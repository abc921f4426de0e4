/**
 * One incident told as a story, top to bottom in the order the engine worked:
 * what was seen, what it concluded and how sure it was, which policy rule
 * decided and in which mode, what it did, how it checked, and how it ended.
 */
import { mainAction } from '../api/detail.js';
import type { Action, Approval, Incident, LedgerEntry } from '../api/types.js';
import { ApprovalCard } from '../components/ApprovalCard.js';
import type { ReasonRequest } from '../components/ReasonDialog.js';
import { StageProgress } from '../components/StageProgress.js';
import { KeyValues, ModeChip, RiskChip, StateChip } from '../components/ui.js';
import { clock, duration, entityName, percent } from '../format.js';
import { ActionOutcome } from './ActionOutcome.js';
import { IncidentTimeline } from './IncidentTimeline.js';

export function IncidentStory({
  incident,
  actions,
  approvals,
  ledger,
  ask,
}: {
  incident: Incident;
  actions: readonly Action[];
  approvals: readonly Approval[];
  ledger: readonly LedgerEntry[];
  ask(r: ReasonRequest): void;
}) {
  const action = mainAction(actions);
  const undo = action ? actions.find((a) => a.undoes === action.id) : undefined;
  const [top, ...others] = [...incident.hypotheses].sort((a, b) => b.confidence - a.confidence);
  const decision = [...ledger].reverse().find((e) => e.type === 'decision');
  const pending = approvals.filter((a) => a.state === 'pending');
  const closed = incident.closedAt !== undefined;

  return (
    <div
      className="story"
      data-testid="incident-story"
      data-incident-id={incident.id}
      data-state={incident.state}
    >
      <header className="story-head">
        <div className="story-title">
          <h2>{incident.title}</h2>
          <StateChip state={incident.state} />
        </div>
        <div className="muted">
          {incident.domain} · opened {clock(incident.openedAt)}
          {closed ? ` · closed after ${duration((incident.closedAt ?? 0) - incident.openedAt)}` : ''}
          {incident.resolution ? ` · ${incident.resolution}` : ''}
        </div>
        <StageProgress state={incident.state} {...(action ? { actionState: action.state } : {})} />
      </header>

      {pending.map((a) => (
        <ApprovalCard key={a.id} approval={a} ask={ask} showIncidentLink={false} />
      ))}

      <section className="step">
        <h3>
          <span className="step-n">1</span> Detected
        </h3>
        {incident.anomalies.length === 0 ? (
          <p className="muted">Opened directly by a healer (no metric anomaly attached).</p>
        ) : (
          <ul className="evidence">
            {incident.anomalies.slice(0, 8).map((a) => (
              <li key={a.id}>
                <strong>{entityName(a.entity)}</strong> · {a.indicator}:{' '}
                {a.explanation ? (
                  <>
                    observed <b>{fmt(a.explanation.observed)}</b>, expected {fmt(a.explanation.expectedLow)}–
                    {fmt(a.explanation.expectedHigh)}
                  </>
                ) : (
                  `score ${a.score.toFixed(2)}`
                )}{' '}
                <span className="muted small">at {clock(a.at)}</span>
              </li>
            ))}
            {incident.anomalies.length > 8 ? (
              <li className="muted">and {incident.anomalies.length - 8} more anomalies</li>
            ) : null}
          </ul>
        )}
      </section>

      <section className="step">
        <h3>
          <span className="step-n">2</span> Diagnosis
        </h3>
        {top ? (
          <>
            <p className="hypothesis">
              <strong>{top.summary}</strong>
            </p>
            <div className="confidence" title="calibrated confidence">
              <div className="bar">
                <div style={{ width: percent(top.confidence) }} />
              </div>
              <span>{percent(top.confidence)} confident</span>
              <span className="muted small">
                cause <code>{top.cause}</code> on {entityName(top.entity)} · by {top.diagnoser}
              </span>
            </div>
            {top.evidence.length > 0 ? (
              <ul className="evidence">
                {top.evidence.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: evidence has no id and never reorders.
                  <li key={i}>
                    <span className="chip outline tone-idle">{e.kind}</span> {e.description}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No evidence items recorded.</p>
            )}
            {others.length > 0 ? (
              <details>
                <summary>{others.length} other hypotheses</summary>
                <ul>
                  {others.map((h) => (
                    <li key={h.id}>
                      {percent(h.confidence)} · {h.summary}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        ) : (
          <p className="muted">{closed ? 'No cause was found.' : 'Diagnosing…'}</p>
        )}
      </section>

      <section className="step">
        <h3>
          <span className="step-n">3</span> Decision
        </h3>
        {action ? (
          <p>
            Policy rule <code data-testid="decision-rule">{action.ruleId}</code> chose{' '}
            <ModeChip mode={action.mode} /> <RiskChip risk={action.risk} />
            {typeof decision?.payload.reason === 'string' ? (
              <span className="muted"> — {decision.payload.reason}</span>
            ) : null}
          </p>
        ) : decision ? (
          <p>
            Policy rule <code>{String(decision.payload.rule)}</code> chose{' '}
            <ModeChip mode={String(decision.payload.mode)} />
          </p>
        ) : (
          <p className="muted">{closed ? 'No remedy was proposed.' : 'Not decided yet.'}</p>
        )}
      </section>

      <section className="step">
        <h3>
          <span className="step-n">4</span> Action and verification
        </h3>
        {action ? (
          <>
            <div className="action-line">
              <StateChip state={action.state} /> <strong>{action.description}</strong>{' '}
              <span className="muted">
                (<code>{action.remedy}</code> on {entityName(action.target.entity)})
              </span>
            </div>
            <KeyValues values={action.params} />
            <ActionOutcome action={action} undo={undo} />
          </>
        ) : (
          <p className="muted">No action taken.</p>
        )}
      </section>

      <IncidentTimeline entries={ledger} />
    </div>
  );
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(2);
}
