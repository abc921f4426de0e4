/**
 * Pending approvals: every change the policy would not let the engine make on
 * its own, with what it would do and why, for an approver to decide.
 */
import { listOf } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { ApprovalSchema } from '../api/types.js';
import { ApprovalCard } from '../components/ApprovalCard.js';
import type { ReasonRequest } from '../components/ReasonDialog.js';
import { Card, Empty, ErrorBanner } from '../components/ui.js';

export function ApprovalsPanel({ ask }: { ask(r: ReasonRequest): void }) {
  const pending = useResource('/approvals?state=pending', listOf(ApprovalSchema, 'approvals'), [
    'approval',
    'incident',
  ]);
  const list = pending.data ?? [];
  return (
    <Card title="Pending approvals" testId="approvals-panel">
      <ErrorBanner error={pending.error} />
      {pending.data && list.length === 0 ? (
        <Empty title="Nothing waits for a person">
          Changes whose policy mode is <b>approve</b> (high risk, low confidence, or while paused) appear here
          before anything is done.
        </Empty>
      ) : null}
      {list.map((a) => (
        <ApprovalCard key={a.id} approval={a} ask={ask} />
      ))}
    </Card>
  );
}

/** The number of pending approvals, for the tab badge. */
export function usePendingCount(): number {
  const pending = useResource('/approvals?state=pending', listOf(ApprovalSchema, 'approvals'), [
    'approval',
    'incident',
  ]);
  return pending.data?.length ?? 0;
}
