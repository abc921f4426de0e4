/**
 * The end of an action's story: while it runs, where it stands and an abort
 * button for operators; once verified, the readings in the window (chart) and
 * the outcome with its reason code, including whether it was undone.
 */
import { useState } from 'react';
import { describeError } from '../api/client.js';
import { useSession } from '../api/session.js';
import type { Action } from '../api/types.js';
import { VerificationChart } from '../charts/VerificationChart.js';
import { StateChip } from '../components/ui.js';
import { clock, duration } from '../format.js';

const RUNNING = new Set(['intent', 'applying', 'verifying']);

export function ActionOutcome({ action, undo }: { action: Action; undo: Action | undefined }) {
  const { client, can, bump } = useSession();
  const [error, setError] = useState<string | undefined>(undefined);
  const o = action.outcome;
  const running = RUNNING.has(action.state);

  async function abort() {
    try {
      await client.post(`/actions/${encodeURIComponent(action.id)}/abort`, {});
      bump('action', 'incident');
    } catch (err) {
      setError(describeError(err));
    }
  }

  return (
    <div className="outcome">
      {running ? (
        <div className="running">
          <span className="spinner" aria-hidden="true" />
          {action.state === 'verifying'
            ? `Verifying: watching health until ${action.verifyDeadline ? clock(action.verifyDeadline) : 'the deadline'}; no improvement by then means automatic rollback.`
            : 'Applying…'}
          {can('operator') ? (
            <button type="button" className="btn small tone-bad" onClick={abort}>
              Abort and undo
            </button>
          ) : null}
        </div>
      ) : null}
      {action.state === 'awaiting-approval' ? (
        <p className="muted">Waiting for approval before anything is changed.</p>
      ) : null}
      {o?.readings && o.readings.length > 0 ? (
        <VerificationChart
          readings={o.readings}
          {...(action.appliedAt !== undefined ? { appliedAt: action.appliedAt } : {})}
          {...(action.verifyDeadline !== undefined ? { deadline: action.verifyDeadline } : {})}
        />
      ) : null}
      {o ? (
        <div className={`verdict ${o.success ? 'ok' : 'bad'}`} data-testid="outcome">
          <StateChip
            state={o.success ? 'healed' : 'failed'}
            label={o.success ? 'verified' : 'not verified'}
          />
          <code className="reason-code">{o.reason}</code>
          <span>{o.detail}</span>
          {action.appliedAt ? (
            <span className="muted small">{duration(o.at - action.appliedAt)} after applying</span>
          ) : null}
          {o.undone !== undefined ? (
            <span className="muted small">
              {o.undone ? 'the change was undone' : 'undo failed: needs a person'}
            </span>
          ) : null}
        </div>
      ) : null}
      {undo ? (
        <div className="muted small">
          Rolled back by <code>{undo.remedy}</code> <StateChip state={undo.state} />
        </div>
      ) : null}
      {error ? (
        <div className="banner bad" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
