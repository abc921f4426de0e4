/**
 * The main page: the incidents, newest first, each with its progress through
 * the loop, and the selected incident's story beside the list. Active incidents
 * stay on top of the list so nothing that needs attention scrolls away.
 */
import { listOf } from '../api/client.js';
import { IncidentDetailSchema } from '../api/detail.js';
import { useResource } from '../api/resource.js';
import { type Incident, IncidentSchema } from '../api/types.js';
import { IncidentStrip } from '../components/IncidentStrip.js';
import type { ReasonRequest } from '../components/ReasonDialog.js';
import { StageProgress } from '../components/StageProgress.js';
import { Empty, ErrorBanner, StateChip } from '../components/ui.js';
import { ago, duration, entityName } from '../format.js';
import { IncidentStory } from './IncidentStory.js';

const TERMINAL = new Set(['healed', 'rolled-back', 'escalated', 'dismissed']);
const LIVE_TOPICS = ['incident', 'action', 'approval'];

export function IncidentsPanel({
  selected,
  ask,
}: {
  selected: string | undefined;
  ask(r: ReasonRequest): void;
}) {
  const list = useResource('/incidents?limit=100', listOf(IncidentSchema, 'incidents'), LIVE_TOPICS);
  const incidents = list.data ?? [];
  const active = incidents.filter((i) => !TERMINAL.has(i.state));
  const closed = incidents.filter((i) => TERMINAL.has(i.state));
  const current = selected ?? active[0]?.id ?? closed[0]?.id;

  if (list.data && incidents.length === 0) {
    return (
      <div className="card" data-testid="incident-list">
        <Empty title="No incidents — everything looks normal">
          homeostat is watching. When a signal leaves its normal range, an incident appears here within
          seconds and moves through detect → diagnose → decide → act → verify, live.
        </Empty>
      </div>
    );
  }

  return (
    <>
      <IncidentStrip incidents={incidents} now={Date.now()} />
      <div className="incidents-layout">
        <aside className="incident-list" data-testid="incident-list">
          <ErrorBanner error={list.error} />
          {active.length > 0 ? <h3 className="list-head">Active ({active.length})</h3> : null}
          {active.map((i) => (
            <IncidentRow key={i.id} incident={i} selected={i.id === current} />
          ))}
          {closed.length > 0 ? <h3 className="list-head">Closed ({closed.length})</h3> : null}
          {closed.map((i) => (
            <IncidentRow key={i.id} incident={i} selected={i.id === current} />
          ))}
        </aside>
        <div className="incident-detail">
          {current ? (
            <Story id={current} ask={ask} />
          ) : list.error ? null : (
            <StoryPlaceholder loading={!list.data} />
          )}
        </div>
      </div>
    </>
  );
}

function IncidentRow({ incident: i, selected }: { incident: Incident; selected: boolean }) {
  const took = i.closedAt !== undefined ? duration(i.closedAt - i.openedAt) : undefined;
  return (
    <a
      className={`incident-row ${selected ? 'selected' : ''}`}
      href={`#/incidents/${encodeURIComponent(i.id)}`}
      data-testid="incident-row"
      data-state={i.state}
      data-incident-id={i.id}
    >
      <div className="row-top">
        <StateChip state={i.state} />
        <span className="muted small">{ago(i.openedAt)}</span>
      </div>
      <div className="row-title">{i.title}</div>
      <div className="row-bottom">
        <StageProgress state={i.state} compact />
        <span className="muted small">
          {i.entities.slice(0, 3).map(entityName).join(', ')}
          {took ? ` · ${took}` : ''}
        </span>
      </div>
    </a>
  );
}

function Story({ id, ask }: { id: string; ask(r: ReasonRequest): void }) {
  const detail = useResource(`/incidents/${encodeURIComponent(id)}`, IncidentDetailSchema, LIVE_TOPICS);
  if (detail.error && !detail.data) return <ErrorBanner error={detail.error} />;
  if (!detail.data) return <div className="muted pad">Loading incident…</div>;
  const d = detail.data;
  return (
    <IncidentStory
      incident={d.incident}
      actions={d.actions}
      approvals={d.approvals}
      ledger={d.ledger}
      ask={ask}
    />
  );
}

function StoryPlaceholder({ loading }: { loading: boolean }) {
  return loading ? (
    <div className="muted pad">Loading…</div>
  ) : (
    <Empty title="Nothing to show yet">Select an incident on the left to read its story.</Empty>
  );
}
