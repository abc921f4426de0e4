/**
 * The entity graph drawn with cytoscape: callers above the services they call,
 * each node filled with its health (green healthy, amber degraded, red failing,
 * grey unknown). Clicking a node selects it, so its metrics can be shown.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { TopologyEdge, TopologyNode } from '../api/types.js';
import { COLORS } from './plot-style.js';

const HEALTH_FILL: Record<string, string> = {
  healthy: '#d9f2e4',
  degraded: '#fdecc8',
  failing: '#fbd5d5',
};
const HEALTH_BORDER: Record<string, string> = {
  healthy: COLORS.ok,
  degraded: COLORS.warn,
  failing: COLORS.bad,
};

export function TopologyGraph({
  nodes,
  edges,
  selected,
  onSelect,
}: {
  nodes: readonly TopologyNode[];
  edges: readonly TopologyEdge[];
  selected?: string;
  onSelect(id: string): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const shape = JSON.stringify([nodes.map((n) => n.id), edges.map((e) => [e.from, e.to])]);

  // Rebuilt only when the graph's shape changes; health is restyled in place below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shape` stands for nodes and edges.
  useEffect(() => {
    if (!box.current) return;
    const ids = new Set(nodes.map((n) => n.id));
    const c = cytoscape({
      container: box.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind } })),
        ...edges
          .filter((e) => ids.has(e.from) && ids.has(e.to))
          .map((e) => ({
            data: { id: `${e.from}->${e.to}:${e.type}`, source: e.from, target: e.to, type: e.type },
          })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-valign': 'center',
            'font-size': 13,
            'font-family': 'system-ui, sans-serif',
            color: COLORS.ink,
            shape: 'round-rectangle',
            width: 'label',
            height: 34,
            'padding-left': '14px',
            'padding-right': '14px',
            'background-color': '#eef1f5',
            'border-width': 2,
            'border-color': COLORS.idle,
          },
        },
        { selector: 'node[kind = "database"]', style: { shape: 'barrel' } },
        {
          selector: 'node:selected',
          style: {
            'border-width': 4,
            'underlay-color': COLORS.line,
            'underlay-opacity': 0.15,
            'underlay-padding': 6,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#b8c0cc',
            'target-arrow-color': '#b8c0cc',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
      ],
      layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, padding: 16 },
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    c.on('tap', 'node', (e) => select.current(e.target.id()));
    cy.current = c;
    return () => {
      c.destroy();
      cy.current = null;
    };
  }, [shape]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    for (const n of nodes) {
      const el = c.getElementById(n.id);
      const h = n.health ?? 'unknown';
      el.style({
        'background-color': HEALTH_FILL[h] ?? '#eef1f5',
        'border-color': HEALTH_BORDER[h] ?? COLORS.idle,
      });
      el.data('health', h);
    }
    c.nodes().unselect();
    if (selected) c.getElementById(selected).select();
  });

  return <div ref={box} className="topology" data-testid="topology-graph" />;
}
