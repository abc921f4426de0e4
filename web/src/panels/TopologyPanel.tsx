/**
 * The system at a glance: the topology graph coloured by health, and the
 * metrics of the selected entity with their expected bands and anomalies.
 */
import { z } from 'zod';
import { useResource } from '../api/resource.js';
import { TopologyEdgeSchema, TopologyNodeSchema } from '../api/types.js';
import { TopologyGraph } from '../charts/TopologyGraph.js';
import { Card, Empty, ErrorBanner } from '../components/ui.js';
import { MetricsCard } from './MetricsCard.js';

const TopologySchema = z.looseObject({
  nodes: z.array(TopologyNodeSchema),
  edges: z.array(TopologyEdgeSchema).catch([]),
});

export function TopologyPanel({
  entity,
  onSelect,
}: {
  entity: string | undefined;
  onSelect(id: string): void;
}) {
  const topo = useResource('/topology', TopologySchema, ['incident', 'topology'], 15_000);
  const nodes = topo.data?.nodes ?? [];
  const counts = { healthy: 0, degraded: 0, failing: 0 };
  for (const n of nodes) if (n.health && n.health in counts) counts[n.health as keyof typeof counts]++;
  const current = entity ?? nodes.find((n) => n.health === 'failing')?.id ?? nodes[0]?.id;

  return (
    <div className="stack">
      <Card
        title="Topology"
        testId="topology-panel"
        aside={
          <span className="legend">
            <span className="swatch tone-ok" /> healthy {counts.healthy}
            <span className="swatch tone-warn" /> degraded {counts.degraded}
            <span className="swatch tone-bad" /> failing {counts.failing}
          </span>
        }
      >
        <ErrorBanner error={topo.error} />
        {topo.data && nodes.length === 0 ? (
          <Empty title="No entities known yet">
            Services appear here once they are configured or seen in traces and metrics.
          </Empty>
        ) : null}
        {nodes.length > 0 ? (
          <TopologyGraph
            nodes={nodes}
            edges={topo.data?.edges ?? []}
            onSelect={onSelect}
            {...(current ? { selected: current } : {})}
          />
        ) : null}
        <p className="muted small">
          Arrows point from a caller to what it depends on. Click a node to see its metrics.
        </p>
      </Card>
      {current ? <MetricsCard entity={current} /> : null}
    </div>
  );
}
