import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntityGraph } from './graph.js';
import { graphFromDependencyCsv, loadTopologyFile } from './load.js';
import { callsFromSpans, type SpanRecord } from './spans.js';

const span = (
  id: string,
  parent: string | undefined,
  service: string,
  kind: SpanRecord['kind'],
  name = 'op',
): SpanRecord => ({
  traceId: 't1',
  spanId: id,
  ...(parent ? { parentSpanId: parent } : {}),
  service,
  kind,
  name,
  start: 0,
  end: 1,
  status: id === 's5' ? 'error' : 'ok',
});

describe('EntityGraph from spans', () => {
  const spans = [
    span('s1', undefined, 'frontend', 'server', 'GET /'),
    span('s2', 's1', 'frontend', 'client', 'Cart/Get'),
    span('s3', 's2', 'cart', 'server', 'Cart/Get'),
    span('s4', 's3', 'cart', 'client', 'redis GET'),
    span('s5', 's4', 'redis', 'server', 'GET'),
  ];

  it('derives caller → callee from client/server parent links, counting errors', () => {
    const calls = callsFromSpans(spans);
    expect(calls.map((c) => `${c.caller}->${c.callee}`).sort()).toEqual(['cart->redis', 'frontend->cart']);
    expect(calls.find((c) => c.callee === 'redis')?.errors).toBe(1);
  });

  it('answers dependencies, dependents, paths and distance', () => {
    const g = new EntityGraph();
    g.addSpans(spans);
    expect(g.dependencies('frontend')).toEqual(['service:cart']);
    expect(g.dependencies('frontend', 2)).toEqual(['service:cart', 'service:redis']);
    expect(g.dependents('redis', 3)).toEqual(['service:cart', 'service:frontend']);
    expect(g.path('frontend', 'redis')).toEqual(['service:frontend', 'service:cart', 'service:redis']);
    expect(g.path('redis', 'frontend')).toBeUndefined();
    expect(g.distance('redis', 'frontend')).toBe(2);
    const json = g.toJSON();
    expect(json.edges.filter((e) => e.type === 'calls')).toHaveLength(2);
    expect(json.nodes.some((n) => n.kind === 'endpoint' && n.name === 'cart:Cart/Get')).toBe(true);
  });

  it('attaches change events to entities and filters them by time', () => {
    const g = new EntityGraph();
    g.addCall('frontend', 'cart');
    g.addChange({ id: 'c1', entity: 'cart', kind: 'deploy', at: 1000, description: 'v2' });
    g.addChange({ id: 'c2', entity: 'service:frontend', kind: 'flag', at: 5000, description: 'beta on' });
    expect(g.changes(0, 2000).map((c) => c.id)).toEqual(['c1']);
    expect(g.changes(0, 9000, 'frontend').map((c) => c.id)).toEqual(['c2']);
    expect(g.toJSON().nodes.find((n) => n.id === 'service:cart')?.changes).toHaveLength(1);
  });
});

describe('topology files', () => {
  it('reads a dependency CSV, taking IPv4 targets as hosts', () => {
    const g = graphFromDependencyCsv('Source,Target,Weight\nfrontend,cart,3\ncart,10.0.0.7,1\n');
    expect(g.dependencies('frontend')).toEqual(['service:cart']);
    expect(g.dependencies('cart')).toEqual(['host:10.0.0.7']);
    expect(g.edges().find((e) => e.type === 'calls')?.weight).toBe(3);
  });

  it('reads a YAML edge list and rejects a malformed one with the field named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'topo-'));
    const ok = join(dir, 't.yaml');
    writeFileSync(ok, 'edges:\n  - { from: api, to: db, type: uses }\n  - { from: web, to: api }\n');
    const g = loadTopologyFile(ok);
    expect(g.entity('database:db')?.kind).toBe('database');
    expect(g.path('web', 'database:db')).toEqual(['service:web', 'service:api', 'database:db']);
    const bad = join(dir, 'b.json');
    writeFileSync(bad, JSON.stringify({ edges: [{ from: 'a' }] }));
    expect(() => loadTopologyFile(bad)).toThrow(/edges\.0\.to/);
  });
});
