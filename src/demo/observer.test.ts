import { describe, expect, it } from 'vitest';
import { MemoryBus } from '../core/bus.js';
import type { Incident } from '../model/index.js';
import { IncidentObserver } from './observer.js';

const T = 1_000_000;

function incident(
  id: string,
  openedAt: number,
  entities: string[],
  state: Incident['state'],
  cause?: string,
) {
  return {
    id,
    state,
    title: id,
    domain: 'infra',
    fingerprint: id,
    entities,
    anomalies: [{ at: openedAt, entity: entities[0] }],
    hypotheses: cause ? [{ entity: entities[0], cause, confidence: 0.9 }] : [],
    openedAt,
    updatedAt: openedAt,
    ...(state === 'healed' ? { closedAt: openedAt + 3_000, resolution: 'VERIFIED' } : {}),
  } as unknown as Incident;
}

describe('IncidentObserver', () => {
  it('gives each incident to the latest fault before it, so a spike does not take the crash after it', () => {
    const bus = new MemoryBus();
    const obs = new IncidentObserver(bus);
    // A crash of catalog 25 s into a benign spike on the gateway; the incident involves both.
    bus.publish(
      'incident',
      incident('crash', T + 25_100, ['service:catalog', 'service:gateway'], 'healed', 'process-crashed'),
    );
    const [spike, crash] = obs.outcomes([
      { service: 'gateway', fault: 'benign-spike', at: T, benign: true },
      { service: 'catalog', fault: 'crash', at: T + 25_000, expectedCause: 'process-crashed' },
    ]);
    expect(spike?.incident).toBeUndefined();
    expect(crash?.incident?.id).toBe('crash');
    expect(crash?.rootCauseTop1).toBe(true);
    expect(crash?.verifiedS).toBeCloseTo(3.1, 5);
    obs.close();
  });

  it('leaves a fault without an incident when the only one came much later', () => {
    const bus = new MemoryBus();
    const obs = new IncidentObserver(bus);
    bus.publish('incident', incident('late', T + 120_000, ['service:orders'], 'open'));
    const [bad] = obs.outcomes([{ service: 'orders', fault: 'bad-config', at: T }]);
    expect(bad?.incident).toBeUndefined();
    obs.close();
  });
});
