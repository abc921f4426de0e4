/**
 * One approval request as an approver sees it: the exact change proposed, why
 * (the diagnosis and its confidence), the risk, the votes so far, and the
 * approve / reject buttons — shown only to tokens whose role may vote.
 */
import { useSession } from '../api/session.js';
import type { Approval } from '../api/types.js';
import { ago, clock, entityName, percent } from '../format.js';
import type { ReasonRequest } from './ReasonDialog.js';
import { KeyValues, RiskChip, StateChip } from './ui.js';

export function ApprovalCard({
  approval,
  ask,
  showIncidentLink = true,
}: {
  approval: Approval;
  ask(request: ReasonRequest): void;
  showIncidentLink?: boolean;
}) {
  const { client, can, bump, who } = useSession();
  const p = approval.proposal;
  const h = p.hypothesis;
  const pending = approval.state === 'pending';
  const mayVote = can('approver');
  const approvals = approval.votes.filter((v) => v.decision === 'approve').length;

  const vote = (decision: 'approve' | 'reject') =>
    ask({
      title: `${decision === 'approve' ? 'Approve' : 'Reject'}: ${p.description}`,
      confirm: decision === 'approve' ? 'Approve' : 'Reject',
      tone: decision === 'approve' ? 'ok' : 'bad',
      placeholder: decision === 'approve' ? 'e.g. checked the diff, safe to roll out' : 'e.g. wrong target',
      async run(reason) {
        await client.post(`/approvals/${encodeURIComponent(approval.id)}/${decision}`, { reason });
        bump('approval', 'incident', 'action', 'ledger');
      },
    });

  return (
    <article className="approval" data-testid="approval" data-approval-id={approval.id}>
      <div className="approval-head">
        <StateChip state={approval.state} />
        <RiskChip risk={p.risk} />
        <strong className="approval-title">{p.description}</strong>
      </div>
      <div className="approval-grid">
        <div>
          <div className="label">remedy</div>
          <code>{p.remedy}</code> on <strong>{entityName(p.target.entity)}</strong>
        </div>
        <div>
          <div className="label">parameters</div>
          <KeyValues values={p.params} />
        </div>
        {h ? (
          <div className="span2">
            <div className="label">because</div>
            {h.summary} <span className="muted">(confidence {percent(h.confidence)})</span>
          </div>
        ) : null}
        <div>
          <div className="label">votes</div>
          {approvals} of {approval.requiredApprovals} approval{approval.requiredApprovals === 1 ? '' : 's'}
          {approval.votes.map((v) => (
            <div key={`${v.by}${v.at}`} className="muted small">
              {v.by} {v.decision === 'approve' ? 'approved' : 'rejected'}: “{v.reason}”
            </div>
          ))}
        </div>
        <div>
          <div className="label">asked</div>
          {ago(approval.createdAt)} · expires at {clock(approval.expiresAt)}
        </div>
      </div>
      {pending ? (
        <div className="approval-actions">
          {mayVote ? (
            <>
              <button type="button" className="btn primary tone-ok" onClick={() => vote('approve')}>
                Approve…
              </button>
              <button type="button" className="btn tone-bad" onClick={() => vote('reject')}>
                Reject…
              </button>
            </>
          ) : (
            <span className="muted" data-testid="approval-no-role">
              {who.role === 'anonymous'
                ? 'Enter an approver token to vote.'
                : `Your role (${who.role}) cannot approve; an approver or admin must.`}
            </span>
          )}
          {showIncidentLink ? (
            <a className="link" href={`#/incidents/${encodeURIComponent(approval.incidentId)}`}>
              open incident →
            </a>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
