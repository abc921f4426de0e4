/**
 * The topology as the dashboard draws it: graph nodes and edges, with each
 * node's health derived from the incidents still open or recently escalated. Entities named by an
 * incident but missing from the graph are added, so no fault is invisible.
 */
import type { ChangeEvent } from '../../core/stages.js';
import { type Entity, type EntityId, type Incident, TERMINAL_INCIDENT_STATES } from '../../model/index.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { EntityGraph, GraphEdge } from '../../topology/graph.js';

export type NodeHealth = 'healthy' | 'degraded' | 'failing';

export interface TopologyNode extends Entity {
  readonly health: NodeHealth;
  readonly incidents: readonly string[];
  readonly changes: readonly ChangeEvent[];
}

const OPEN_STATES = (
  [
    'open',
    'diagnosed',
    'awaiting-approval',
    'acting',
    'verifying',
    'healed',
    'rolled-back',
    'escalated',
    'dismissed',
  ] as const
).filter((s) => !TERMINAL_INCIDENT_STATES.has(s));

const WORSE: Readonly<Record<NodeHealth, number>> = { healthy: 0, degraded: 1, failing: 2 };

/** How long an incident handed to a person keeps its cause marked on the graph. */
export const WITH_PERSON_MS = 10 * 60_000;

/**
 * Health per entity id: the suspected cause of an open incident fails, the rest is
 * degraded; the cause of an incident recently handed to a person (escalated, rolled
 * back) is degraded too — nobody healed it, so it must not look healthy.
 */
export function healthFromIncidents(
  incidents: readonly Incident[],
  withPerson: readonly Incident[] = [],
): Map<string, { health: NodeHealth; incidents: string[] }> {
  const out = new Map<string, { health: NodeHealth; incidents: string[] }>();
  const mark = (entity: string, health: NodeHealth, incident: string) => {
    const cur = out.get(entity) ?? { health: 'healthy' as NodeHealth, incidents: [] };
    if (WORSE[health] > WORSE[cur.health]) cur.health = health;
    if (!cur.incidents.includes(incident)) cur.incidents.push(incident);
    out.set(entity, cur);
  };
  for (const inc of withPerson) {
    const cause = inc.hypotheses[0]?.entity ?? inc.anomalies[0]?.entity;
    if (cause !== undefined) mark(cause, 'degraded', inc.id);
  }
  for (const inc of incidents) {
    const cause = inc.hypotheses[0]?.entity;
    for (const e of inc.entities) mark(e, cause === undefined ? 'failing' : 'degraded', inc.id);
    if (cause !== undefined) mark(cause, 'failing', inc.id);
  }
  return out;
}

function entityFromId(id: string): Entity {
  const at = id.indexOf(':');
  return at > 0
    ? { id: id as EntityId, kind: id.slice(0, at), name: id.slice(at + 1), labels: {} }
    : { id: id as EntityId, kind: 'unknown', name: id, labels: {} };
}

/** Nodes with health, and edges. */
export async function topologyWithHealth(
  runtime: Runtime,
  graph: EntityGraph | undefined,
): Promise<{ nodes: TopologyNode[]; edges: GraphEdge[] }> {
  const open = await runtime.store.listIncidents({ states: OPEN_STATES, limit: 1000 });
  const handedOver = await runtime.store.listIncidents({
    states: ['escalated', 'rolled-back'],
    since: runtime.clock.now() - WITH_PERSON_MS,
    limit: 1000,
  });
  const health = healthFromIncidents(
    open,
    handedOver.filter((i) => (i.closedAt ?? i.updatedAt) >= runtime.clock.now() - WITH_PERSON_MS),
  );
  const json = graph?.toJSON();
  const nodes = new Map<string, Entity & { changes: readonly ChangeEvent[] }>();
  for (const n of json?.nodes ?? []) nodes.set(n.id, n);
  for (const e of runtime.engine.entities()) if (!nodes.has(e.id)) nodes.set(e.id, { ...e, changes: [] });
  for (const id of health.keys()) if (!nodes.has(id)) nodes.set(id, { ...entityFromId(id), changes: [] });
  return {
    nodes: [...nodes.values()].map((n) => {
      const h = health.get(n.id);
      return { ...n, health: h?.health ?? 'healthy', incidents: h?.incidents ?? [] };
    }),
    edges: [...(json?.edges ?? [])],
  };
}
