import { describe, expect, it } from 'vitest';
import type { Signal } from '../../model/index.js';
import { CapacityDetector } from './capacity-detector.js';
import { CauseDiagnoser } from './cause-diagnoser.js';

const T0 = 1_000_000;

function scrape(at: number, depth: number, arrivalPerS: number, workMs: number): Signal[] {
  const m = (name: string, value: number) =>
    ({
      id: `${name}-${at}`,
      kind: 'metric',
      source: 'prometheus',
      entity: 'service:fulfillment',
      name,
      at,
      value,
      labels: {},
    }) as unknown as Signal;
  return [
    m('queue_work_ms', workMs),
    m('queue_jobs_enqueued_total:rate', arrivalPerS),
    m('queue_workers', 1),
    m('queue_depth', depth),
  ];
}

describe('CapacityDetector', () => {
  it('finds the extra instances once the queue has stayed empty, and names how many would do', async () => {
    let instances = 4;
    const d = new CapacityDetector(() => ({ instances, min: 1 }), { quietMs: 10_000 });
    const seen = (at: number, depth: number, arrival = 1, work = 100) =>
      scrape(at, depth, arrival, work).flatMap((s) => d.observe(s));
    // Still draining: nothing.
    expect(seen(T0, 12)).toEqual([]);
    // Empty, but not for long enough yet.
    expect(seen(T0 + 1_000, 0)).toEqual([]);
    expect(seen(T0 + 9_000, 0)).toEqual([]);
    const [a] = seen(T0 + 11_000, 0);
    expect(a).toMatchObject({ entity: 'service:fulfillment', indicator: 'queue_workers' });
    expect(a?.explanation).toMatchObject({ observed: 4, expectedHigh: 1 });
    // Once per size: the next scrape says nothing new.
    expect(seen(T0 + 12_000, 0)).toEqual([]);
    const [h] = await new CauseDiagnoser().diagnose(
      {
        id: 'i',
        state: 'open',
        title: 't',
        domain: 'infra',
        fingerprint: 'f',
        entities: ['service:fulfillment'],
        anomalies: [a],
        hypotheses: [],
        openedAt: T0,
        updatedAt: T0,
      } as never,
      {
        now: T0 + 12_000,
        entity: () => undefined,
        dependencies: () => [],
        dependents: () => [],
        changes: () => [],
        recentSignals: () => [],
      },
    );
    expect(h).toMatchObject({ cause: 'overprovisioned', facts: { instances: 1 } });
    // At its minimum, or busy enough for all it runs, a service is left alone.
    instances = 1;
    expect(seen(T0 + 40_000, 0)).toEqual([]);
  });

  it('keeps the instances a steady load needs', () => {
    const d = new CapacityDetector(() => ({ instances: 3, min: 1 }), { quietMs: 5_000 });
    // 1.2 jobs/s at 1.5 s a job keeps 1.8 workers busy: at 60% that needs 3.
    const out = [0, 3_000, 6_000, 9_000].flatMap((t) =>
      scrape(T0 + t, 0, 1.2, 1500).flatMap((s) => d.observe(s)),
    );
    expect(out).toEqual([]);
  });
});
