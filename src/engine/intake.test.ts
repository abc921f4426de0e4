import { describe, expect, it } from 'vitest';
import { type Anomaly, digest, type EntityId } from '../model/index.js';
import { findGroup, type GroupCandidate } from './intake.js';

const T = Date.UTC(2026, 10, 28, 12);

function anomaly(entity: string, at = T): Anomaly {
  return {
    id: `anomaly_${entity}_${at}` as Anomaly['id'],
    entity: entity as EntityId,
    indicator: 'health',
    at,
    score: 1,
    confidence: 1,
    detector: 'test',
    explanation: { observed: 0, expectedLow: 1, expectedHigh: 1, profile: 'probe', support: 3, text: 'down' },
    signalIds: [],
    fingerprint: digest(entity, 'health'),
  };
}

/** orders → payments, orders → inventory. */
const neighbours = (e: string): string[] =>
  ({
    'service:orders': ['service:payments', 'service:inventory'],
    'service:payments': ['service:orders'],
    'service:inventory': ['service:orders'],
  })[e] ?? [];

describe('findGroup', () => {
  const open: GroupCandidate = { id: 'open', entities: ['service:payments'], openedAt: T - 5_000 };
  const escalated: GroupCandidate = {
    id: 'escalated',
    entities: ['service:inventory', 'service:orders'],
    openedAt: T - 30_000,
    closedAt: T - 10_000,
    anomalies: [
      { entity: 'service:inventory' as EntityId, fingerprint: digest('service:inventory', 'health') },
    ],
  };

  it('joins an open incident on the same entity or a neighbour within the window', () => {
    expect(findGroup(anomaly('service:payments'), [open], neighbours, 60_000)).toBe('open');
    expect(findGroup(anomaly('service:orders'), [open], neighbours, 60_000)).toBe('open');
    expect(findGroup(anomaly('service:orders', T + 120_000), [open], neighbours, 60_000)).toBeUndefined();
    // Its own entity's later symptoms join it for as long as it is open (e.g. waiting for approval).
    expect(findGroup(anomaly('service:payments', T + 120_000), [open], neighbours, 60_000)).toBe('open');
    expect(findGroup(anomaly('service:gateway'), [open], neighbours, 60_000)).toBeUndefined();
  });

  it('stops taking neighbours a few seconds after a remedy starts acting on the incident', () => {
    const acting: GroupCandidate = { ...open, id: 'acting', actedAt: T - 2_000 };
    // The callers' errors while payments restarts are the action's echo.
    expect(findGroup(anomaly('service:orders'), [acting], neighbours, 60_000)).toBe('acting');
    // Twenty seconds into verifying, orders failing is a new fault (a bad config), not this one.
    expect(findGroup(anomaly('service:orders', T + 20_000), [acting], neighbours, 60_000)).toBeUndefined();
    // The incident's own service still reports into it: verification must see it.
    expect(findGroup(anomaly('service:payments', T + 20_000), [acting], neighbours, 60_000)).toBe('acting');
  });

  it('folds only the escalated fault going on into an incident with a person, not a new fault', () => {
    expect(findGroup(anomaly('service:inventory'), [escalated], neighbours, 60_000)).toBe('escalated');
    // A different symptom on the same service (a bad release after a slow provider) is a new fault.
    const other = {
      ...anomaly('service:inventory'),
      indicator: 'errors',
      fingerprint: digest('x', 'errors'),
    };
    expect(findGroup(other, [escalated], neighbours, 60_000)).toBeUndefined();
    // orders is among its entities (a caller that suffered), but no anomaly of its own is there.
    expect(findGroup(anomaly('service:orders'), [escalated], neighbours, 60_000)).toBeUndefined();
    expect(findGroup(anomaly('service:payments'), [escalated], neighbours, 60_000)).toBeUndefined();
  });

  it('keeps a standalone observation (idle capacity) apart from faults, both ways', () => {
    const idle = { ...anomaly('service:payments'), standalone: true };
    expect(findGroup(idle, [open], neighbours, 60_000)).toBeUndefined();
    const capacity: GroupCandidate = { ...open, id: 'capacity', anomalies: [idle] };
    expect(findGroup(anomaly('service:payments'), [capacity], neighbours, 60_000)).toBeUndefined();
  });
});
