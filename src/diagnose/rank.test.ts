import { describe, expect, it } from 'vitest';
import type { DiagnosisContext } from '../core/stages.js';
import type { Anomaly, AnomalyId, EntityId, Incident, IncidentId, Signal, SignalId } from '../model/index.js';
import { EntityGraph } from '../topology/graph.js';
import { rcaDiagnoserFactory } from './diagnoser.js';
import { MetricFrame } from './frame.js';
import { rankCauses } from './rank.js';

const MIN = 60_000;
const FAULT = 120 * MIN; // fault starts at minute 120
const AT = FAULT + 3 * MIN;

/** Deterministic noise in [-1, 1]. */
function noise(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return (x / 0xffffffff) * 2 - 1;
  };
}

/** 2 hours of 1-minute samples; `effect(minute)` adds to the level from the fault on. */
function series(
  frame: MetricFrame,
  entity: string,
  indicator: string,
  level: number,
  effect = 0,
  seed = 1,
): void {
  const n = noise(seed);
  for (let m = 0; m <= 125; m++) {
    const t = m * MIN;
    frame.add(entity, indicator, t, level * (1 + 0.05 * n()) + (t >= FAULT ? effect : 0));
  }
}

/** frontend → checkout → db; the database is slow; callers' latency rises with it. */
function chain(): { frame: MetricFrame; graph: EntityGraph } {
  const frame = new MetricFrame();
  series(frame, 'db', 'server_latency_p90', 0.01, 0.05, 1);
  series(frame, 'db', 'cpu_usage', 20, 0, 2);
  series(frame, 'checkout', 'server_latency_p90', 0.1, 0.3, 3);
  series(frame, 'checkout', 'cpu_usage', 10, 0, 4);
  series(frame, 'frontend', 'server_latency_p90', 0.2, 0.6, 5);
  series(frame, 'frontend', 'cpu_usage', 30, 0, 6);
  const graph = new EntityGraph();
  graph.addCall('frontend', 'checkout');
  graph.addCall('checkout', 'db');
  return { frame, graph };
}

describe('rankCauses', () => {
  it('puts the deep anomalous dependency above the callers that suffer from it', () => {
    const { frame, graph } = chain();
    const ranked = rankCauses(frame, { at: AT, onset: FAULT, graph });
    expect(ranked[0]?.entity).toBe('db');
    expect(ranked[0]?.cause).toBe('latency');
    const checkout = ranked.find((r) => r.entity === 'checkout');
    expect(checkout?.evidence.some((e) => e.kind === 'topology' && /depends on db/.test(e.description))).toBe(
      true,
    );
  });

  it('without topology, callers keep their full score and carry no topology evidence', () => {
    const { frame, graph } = chain();
    const noGraph = rankCauses(frame, { at: AT, onset: FAULT });
    const withGraph = rankCauses(frame, { at: AT, onset: FAULT, graph });
    const score = (r: typeof noGraph, e: string) => r.find((x) => x.entity === e)?.score ?? 0;
    expect(score(noGraph, 'checkout')).toBeGreaterThan(score(withGraph, 'checkout'));
    expect(score(noGraph, 'db')).toBeCloseTo(score(withGraph, 'db'), 6);
    expect(noGraph.flatMap((r) => r.evidence).some((e) => e.kind === 'topology')).toBe(false);
  });

  it('gives a change shortly before the onset a boost and cites it', () => {
    const frame = new MetricFrame();
    series(frame, 'a', 'cpu_usage', 10, 5, 11);
    series(frame, 'b', 'cpu_usage', 10, 5, 12);
    const change = { id: 'c1', entity: 'b', kind: 'deploy', at: FAULT - 2 * MIN, description: 'release 1.4' };
    const before = rankCauses(frame, { at: AT, onset: FAULT });
    const after = rankCauses(frame, { at: AT, onset: FAULT, changes: [change] });
    const scoreB = (r: typeof before) => r.find((x) => x.entity === 'b')?.score ?? 0;
    expect(scoreB(after)).toBeGreaterThan(scoreB(before));
    expect(after[0]?.entity).toBe('b');
    expect(after[0]?.evidence.some((e) => e.kind === 'change' && e.data?.changeId === 'c1')).toBe(true);
    // A change long before the onset does not count.
    const old = { ...change, at: FAULT - 60 * MIN };
    expect(scoreB(rankCauses(frame, { at: AT, onset: FAULT, changes: [old] }))).toBe(scoreB(before));
  });

  it('keeps the same answer when the onset estimate is off by ±60 s', () => {
    const { frame, graph } = chain();
    for (const off of [-60_000, 0, 60_000]) {
      expect(rankCauses(frame, { at: AT, onset: FAULT + off, graph })[0]?.entity).toBe('db');
    }
  });

  it('never explains away a cause on the entity itself (CPU) with an anomalous dependency', () => {
    const { frame, graph } = chain();
    // checkout's CPU saturates too: its latency is the db's symptom, its CPU is not.
    series(frame, 'checkout', 'cpu_saturation_pct', 10, 4, 21);
    const checkout = rankCauses(frame, { at: AT, onset: FAULT, graph }).find((r) => r.entity === 'checkout');
    expect(checkout?.indicator).toBe('cpu_saturation_pct');
    expect(checkout?.cause).toBe('cpu-saturation');
    expect(checkout?.evidence.some((e) => e.kind === 'topology' && (e.weight ?? 0) < 0)).toBe(false);
  });

  it('discounts errors a caller reports when its dependency is anomalous', () => {
    const { frame, graph } = chain();
    series(frame, 'frontend', 'SuccessRate(%)', 100, -3, 22);
    const frontend = rankCauses(frame, { at: AT, onset: FAULT, graph }).find((r) => r.entity === 'frontend');
    expect(frontend?.evidence.some((e) => e.kind === 'topology' && /depends on/.test(e.description))).toBe(
      true,
    );
  });

  it('counts a latency distribution that moves, not a lone tail percentile that jumps', () => {
    const frame = new MetricFrame();
    series(frame, 'a', 'LatencyP90(s)', 0.1, 0, 31);
    series(frame, 'a', 'LatencyP95(s)', 0.12, 0, 32);
    series(frame, 'a', 'LatencyP99(s)', 0.15, 3, 33);
    series(frame, 'b', 'LatencyP90(s)', 0.1, 0.2, 34);
    series(frame, 'b', 'LatencyP95(s)', 0.12, 0.2, 35);
    series(frame, 'b', 'LatencyP99(s)', 0.15, 0.2, 36);
    const ranked = rankCauses(frame, { at: AT, onset: FAULT });
    expect(ranked[0]?.entity).toBe('b');
    expect(ranked.find((r) => r.entity === 'a')?.indicator).not.toBe('LatencyP99(s)');
  });

  it('gives the onset bonus only to an entity that turned anomalous strictly first', () => {
    const frame = new MetricFrame();
    series(frame, 'early', 'cpu_usage', 10, 0, 41);
    series(frame, 'late', 'cpu_usage', 10, 0, 42);
    // 'early' rises one minute before 'late'; both stay up.
    for (const [e, from] of [
      ['early', FAULT - MIN],
      ['late', FAULT],
    ] as const) {
      const s = frame.series(e, 'cpu_usage');
      s?.t.forEach((t, i) => {
        if (t >= from) (s.v as number[])[i] = 30;
      });
    }
    const ranked = rankCauses(frame, { at: AT, onset: FAULT });
    expect(ranked[0]?.entity).toBe('early');
    expect(ranked[0]?.evidence.some((e) => e.kind === 'onset')).toBe(true);
    expect(ranked[1]?.evidence.some((e) => e.kind === 'onset')).toBe(false);
    // The same rise at the same minute on both: no order, no bonus.
    const tie = new MetricFrame();
    series(tie, 'x', 'cpu_usage', 10, 20, 43);
    series(tie, 'y', 'cpu_usage', 10, 20, 44);
    expect(
      rankCauses(tie, { at: AT, onset: FAULT }).some((r) => r.evidence.some((e) => e.kind === 'onset')),
    ).toBe(false);
  });

  it('reads nothing after the cut-off', () => {
    const { frame, graph } = chain();
    // A huge spike after `at` on frontend must not change anything.
    frame.add('frontend', 'cpu_usage', AT + MIN, 1e6);
    expect(rankCauses(frame, { at: AT, onset: FAULT, graph })[0]?.entity).toBe('db');
  });
});

describe('RcaDiagnoser', () => {
  it('diagnoses an incident from the context and returns calibrated hypotheses with evidence', async () => {
    const { frame } = chain();
    const signals: Signal[] = [];
    let k = 0;
    for (const e of frame.entities()) {
      for (const ind of frame.indicators(e)) {
        const s = frame.series(e, ind);
        s?.t.forEach((t, i) => {
          signals.push({
            id: `sig${k++}` as SignalId,
            kind: 'metric',
            source: 'test',
            entity: `service:${e}` as EntityId,
            name: ind,
            at: t,
            value: s.v[i] as number,
            labels: {},
          });
        });
      }
    }
    const deps: Record<string, string[]> = {
      'service:frontend': ['service:checkout'],
      'service:checkout': ['service:db'],
    };
    const ctx: DiagnosisContext = {
      now: AT,
      entity: (id) => ({ id: id as EntityId, kind: 'service', name: id.replace('service:', ''), labels: {} }),
      dependencies: (id) => deps[id] ?? [],
      dependents: (id) => Object.keys(deps).filter((k2) => deps[k2]?.includes(id)),
      changes: () => [],
      recentSignals: (entity, since) => signals.filter((s) => s.entity === entity && s.at >= since),
    };
    const anomaly: Anomaly = {
      id: 'a1' as AnomalyId,
      entity: 'service:frontend' as EntityId,
      indicator: 'server_latency_p90',
      at: FAULT + MIN,
      score: 0.9,
      confidence: 0.9,
      detector: 'test',
      explanation: {
        observed: 0.8,
        expectedLow: 0,
        expectedHigh: 0.3,
        profile: 'test',
        support: 100,
        text: '',
      },
      signalIds: [],
      fingerprint: 'f',
    };
    const incident: Incident = {
      id: 'inc1' as IncidentId,
      state: 'open',
      title: 'slow frontend',
      domain: 'infra',
      fingerprint: 'f',
      entities: ['service:frontend' as EntityId],
      anomalies: [anomaly],
      hypotheses: [],
      openedAt: FAULT + MIN,
      updatedAt: FAULT + MIN,
    };
    const d = rcaDiagnoserFactory.create({ maxHypotheses: 3, prescribeOnlyAnomalous: false }, {});
    const hs = await d.diagnose(incident, ctx);
    expect(hs).toHaveLength(3);
    expect(hs[0]?.entity).toBe('service:db');
    expect(hs[0]?.cause).toBe('latency');
    // By default it locates the deeper cause but prescribes nothing there: no detector saw db misbehave.
    const cautious = await rcaDiagnoserFactory.create({ maxHypotheses: 3 }, {}).diagnose(incident, ctx);
    expect(cautious[0]?.entity).toBe('service:db');
    expect(cautious[0]?.cause).toBe('unknown');
    expect(hs[0]?.incidentId).toBe('inc1');
    expect(hs[0]?.confidence).toBeGreaterThan(hs[1]?.confidence ?? 1);
    for (const h of hs) {
      expect(h.confidence).toBeGreaterThanOrEqual(0);
      expect(h.confidence).toBeLessThanOrEqual(1);
    }
    expect(hs[0]?.evidence.find((e) => e.kind === 'deviation')?.data?.indicator).toBe('server_latency_p90');
    expect(() => rcaDiagnoserFactory.create({ maxHypotheses: 0 }, {})).toThrow(/maxHypotheses/);
  });
});
