import { describe, expect, it } from 'vitest';
import type { Hypothesis, Incident } from '../../model/index.js';
import { healthFromIncidents } from './topology.js';

function incident(id: string, state: Incident['state'], entities: string[], cause?: string): Incident {
  return {
    id,
    state,
    title: id,
    domain: 'infra',
    fingerprint: id,
    entities,
    anomalies: [],
    hypotheses: cause
      ? [{ entity: cause, cause: 'process-crashed', confidence: 0.9 } as unknown as Hypothesis]
      : [],
    openedAt: 0,
    updatedAt: 0,
  } as unknown as Incident;
}

describe('healthFromIncidents', () => {
  it('fails the suspected cause of an open incident and degrades the rest', () => {
    const h = healthFromIncidents([incident('i1', 'verifying', ['service:a', 'service:b'], 'service:b')]);
    expect(h.get('service:b')?.health).toBe('failing');
    expect(h.get('service:a')?.health).toBe('degraded');
  });

  it('keeps the cause of an escalated incident from looking healthy', () => {
    const h = healthFromIncidents([], [incident('i2', 'escalated', ['service:c'], 'service:c')]);
    expect(h.get('service:c')).toEqual({ health: 'degraded', incidents: ['i2'] });
    // An open incident on the same entity is still the worse verdict.
    const both = healthFromIncidents(
      [incident('i3', 'open', ['service:c'])],
      [incident('i2', 'escalated', ['service:c'], 'service:c')],
    );
    expect(both.get('service:c')?.health).toBe('failing');
  });
});
