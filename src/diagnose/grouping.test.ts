import { describe, expect, it } from 'vitest';
import type { Anomaly, AnomalyId, EntityId } from '../model/index.js';
import { EntityGraph } from '../topology/graph.js';
import { groupAnomalies } from './grouping.js';

const anomaly = (id: string, entity: string, at: number): Anomaly => ({
  id: id as AnomalyId,
  entity: entity as EntityId,
  indicator: 'latency',
  at,
  score: 0.9,
  confidence: 0.9,
  detector: 'test',
  explanation: { observed: 1, expectedLow: 0, expectedHigh: 0.5, profile: 'test', support: 10, text: '' },
  signalIds: [],
  fingerprint: `${entity}/latency`,
});

describe('groupAnomalies', () => {
  const g = new EntityGraph();
  g.addCall('frontend', 'checkout');
  g.addCall('checkout', 'db');
  g.addCall('batch', 'queue');

  it('joins anomalies close in time and connected, even through a chain', () => {
    const groups = groupAnomalies(
      [
        anomaly('a1', 'service:db', 0),
        anomaly('a2', 'service:checkout', 30_000),
        anomaly('a3', 'service:frontend', 60_000),
      ],
      g,
      { windowMs: 60_000, maxHops: 1 },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.entities).toEqual(['service:db', 'service:checkout', 'service:frontend']);
  });

  it('keeps unconnected or distant-in-time anomalies apart', () => {
    const groups = groupAnomalies(
      [
        anomaly('a1', 'service:db', 0),
        anomaly('a2', 'service:queue', 10_000),
        anomaly('a3', 'service:checkout', 600_000),
        anomaly('a4', 'service:db', 20_000),
      ],
      g,
      { windowMs: 60_000, maxHops: 2 },
    );
    expect(groups.map((x) => x.anomalies.map((a) => a.id))).toEqual([['a1', 'a4'], ['a2'], ['a3']]);
  });

  it('respects maxHops and works without a graph (same entity only)', () => {
    const list = [anomaly('a1', 'service:db', 0), anomaly('a2', 'service:frontend', 1000)];
    expect(groupAnomalies(list, g, { windowMs: 60_000, maxHops: 1 })).toHaveLength(2);
    expect(groupAnomalies(list, g, { windowMs: 60_000, maxHops: 2 })).toHaveLength(1);
    expect(groupAnomalies(list, undefined, { windowMs: 60_000, maxHops: 5 })).toHaveLength(2);
  });
});
