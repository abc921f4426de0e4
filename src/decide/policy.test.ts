import { describe, expect, it } from 'vitest';
import type { EntityId, Risk, Target } from '../model/index.js';
import { type DecisionInput, Policy } from './policy.js';

const prod: Target = {
  entity: 'service:checkout' as EntityId,
  kind: 'service',
  labels: { env: 'prod', tier: 'web' },
};
const staging: Target = { entity: 'service:cart' as EntityId, kind: 'service', labels: { env: 'staging' } };
const regulated: Target = {
  entity: 'database:ledger' as EntityId,
  kind: 'database',
  labels: { env: 'prod', regulated: 'true' },
};

// Monday 2024-01-01 is a Monday; 10:00 UTC.
const MON_10 = Date.UTC(2024, 0, 1, 10, 0);

function input(over: Partial<DecisionInput> = {}): DecisionInput {
  return {
    remedy: 'infra.restart',
    actionClass: 'restart',
    risk: 'low',
    target: staging,
    confidence: 0.9,
    now: MON_10,
    ...over,
  };
}

const POLICY = `
version: 1
rules:
  - id: regulated-never
    match: { target: { labels: { regulated: true } } }
    mode: deny
  - id: prod-high
    match: { risk: [high], target: { labels: { env: prod } } }
    mode: approve
    approvers: 2
  - id: prod-restart-confident
    match: { actionClass: [restart], target: { labels: { env: [prod, preprod] } }, minConfidence: 0.8 }
    mode: auto
  - id: prod-restart
    match: { actionClass: [restart], target: { labels: { env: prod } } }
    mode: auto+review
  - id: scale-anywhere
    match: { remedy: [infra.scale] }
    mode: auto+review
  - id: rollback-by-kind
    match: { actionClass: [rollback], target: { kind: [service] } }
    mode: approve
approvals: { requiredForHigh: 3 }
`;

describe('Policy.decide', () => {
  const policy = Policy.parse(POLICY, 'test.yaml');

  it('gives each mode from the first matching rule', () => {
    expect(policy.decide(input({ target: regulated })).mode).toBe('deny');
    const high = policy.decide(input({ risk: 'high', target: prod }));
    expect(high).toMatchObject({ mode: 'approve', ruleId: 'prod-high', requiredApprovals: 2 });
    expect(policy.decide(input({ target: prod }))).toMatchObject({
      mode: 'auto',
      ruleId: 'prod-restart-confident',
    });
    expect(policy.decide(input({ remedy: 'infra.scale', actionClass: 'scale' }))).toMatchObject({
      mode: 'auto+review',
      ruleId: 'scale-anywhere',
      requiredApprovals: 0,
    });
  });

  it('stops at the first match even when a later rule also matches', () => {
    // regulated is also env=prod and restart: the deny rule comes first.
    expect(policy.decide(input({ target: regulated })).ruleId).toBe('regulated-never');
  });

  it('skips a rule whose minConfidence is not reached', () => {
    expect(policy.decide(input({ target: prod, confidence: 0.8 })).ruleId).toBe('prod-restart-confident');
    const d = policy.decide(input({ target: prod, confidence: 0.79 }));
    expect(d).toMatchObject({ mode: 'auto+review', ruleId: 'prod-restart' });
    expect(policy.decide(input({ target: prod, confidence: Number.NaN })).ruleId).toBe('prod-restart');
  });

  it('matches label lists, entity kinds, and stringifies YAML scalars', () => {
    const preprod: Target = { ...prod, labels: { env: 'preprod' } };
    expect(policy.decide(input({ target: preprod })).ruleId).toBe('prod-restart-confident');
    expect(policy.decide(input({ actionClass: 'rollback' })).ruleId).toBe('rollback-by-kind');
    const job: Target = { ...staging, kind: 'job' };
    expect(policy.decide(input({ actionClass: 'rollback', target: job })).ruleId).toBe('default.low');
  });

  it('falls back to conservative defaults by risk', () => {
    const d = Policy.defaults();
    const modes = (['low', 'medium', 'high'] as Risk[]).map((risk) => d.decide(input({ risk })));
    expect(modes.map((m) => m.mode)).toEqual(['auto', 'auto+review', 'approve']);
    expect(modes.map((m) => m.ruleId)).toEqual(['default.low', 'default.medium', 'default.high']);
    expect(modes[2]?.requiredApprovals).toBe(1);
    expect(policy.decide(input({ risk: 'high' }))).toMatchObject({
      ruleId: 'default.high',
      requiredApprovals: 3,
    });
  });

  it('lets the policy override defaults partially', () => {
    const p = Policy.parse('version: 1\ndefaults: { low: approve }\n');
    expect(p.decide(input({ risk: 'low' })).mode).toBe('approve');
    expect(p.decide(input({ risk: 'medium' })).mode).toBe('auto+review');
  });

  it('pause turns auto and auto+review into approve and keeps deny', () => {
    const paused = { paused: true };
    expect(policy.decide(input({ target: prod }), paused)).toMatchObject({
      mode: 'approve',
      ruleId: 'prod-restart-confident+paused',
      requiredApprovals: 1,
    });
    expect(policy.decide(input({ remedy: 'infra.scale' }), paused).mode).toBe('approve');
    expect(policy.decide(input({ target: regulated }), paused)).toMatchObject({
      mode: 'deny',
      ruleId: 'regulated-never',
    });
    expect(policy.decide(input({ risk: 'high', target: prod }), paused)).toMatchObject({
      mode: 'approve',
      ruleId: 'prod-high+paused',
      requiredApprovals: 2,
    });
  });

  it('hash is stable across key order and changes with content', () => {
    const a = Policy.parse('version: 1\ndefaults: { low: auto, high: deny }\n');
    const b = Policy.parse('defaults:\n  high: deny\n  low: auto\nversion: 1\n');
    const c = Policy.parse('version: 1\ndefaults: { high: approve }\n');
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
    // Defaults are part of the normalized document.
    expect(Policy.parse('version: 1\n').hash).toBe(Policy.defaults().hash);
  });
});

describe('maintenance windows', () => {
  const policy = Policy.parse(`
version: 1
maintenanceWindows:
  - id: nightly
    target: { labels: { env: prod } }
    days: [mon, tue, wed, thu, fri]
    start: "22:00"
    end: "02:00"
    timezone: Europe/Berlin
    mode: deny
  - id: weekend
    days: [sat, sun]
    start: "00:00"
    end: "24:00"
    mode: approve
`);
  const at = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);

  it('is open inside the local window, past midnight, and only for covered targets', () => {
    // Mon 2024-01-01 22:30 Berlin = 21:30 UTC (winter, +1).
    const d = policy.decide(input({ target: prod, now: at(2024, 1, 1, 21, 30) }));
    expect(d).toMatchObject({ mode: 'deny', ruleId: 'maintenance.nightly' });
    // Tue 01:59 Berlin = 00:59 UTC: still the Monday window.
    expect(policy.decide(input({ target: prod, now: at(2024, 1, 2, 0, 59) })).mode).toBe('deny');
    // Tue 02:00 Berlin: closed.
    expect(policy.decide(input({ target: prod, now: at(2024, 1, 2, 1, 0) })).mode).toBe('auto');
    // Staging is not covered.
    expect(policy.decide(input({ target: staging, now: at(2024, 1, 1, 21, 30) })).mode).toBe('auto');
  });

  it('follows the days in the window zone, not UTC', () => {
    // Fri 22:30 Berlin (open, Friday listed) → Sat 01:30 Berlin is still Friday's window.
    expect(policy.decide(input({ target: prod, now: at(2024, 1, 5, 21, 30) })).mode).toBe('deny');
    expect(policy.decide(input({ target: prod, now: at(2024, 1, 6, 0, 30) })).ruleId).toBe(
      'maintenance.nightly',
    );
    // Sun 22:30 Berlin: Sunday is not listed for nightly, but the weekend window (UTC) is open.
    const sun = policy.decide(input({ target: prod, now: at(2024, 1, 7, 21, 30) }));
    expect(sun).toMatchObject({ mode: 'approve', ruleId: 'maintenance.weekend' });
    // Sun 23:30 UTC = Mon 00:30 Berlin: Sunday's nightly does not exist; weekend (UTC Sunday) still open.
    expect(policy.decide(input({ target: prod, now: at(2024, 1, 7, 23, 30) })).ruleId).toBe(
      'maintenance.weekend',
    );
    // Mon 00:30 UTC = Mon 01:30 Berlin, Sunday not listed → closed, weekend over.
    expect(policy.decide(input({ target: prod, now: at(2024, 1, 8, 0, 30) })).ruleId).toBe('default.low');
  });

  it('follows daylight saving time', () => {
    // Summer (+2): Mon 2024-07-01 22:30 Berlin = 20:30 UTC.
    expect(policy.decide(input({ target: prod, now: at(2024, 7, 1, 20, 30) })).mode).toBe('deny');
    // 21:30 UTC on a winter Monday was open; 19:30 UTC in summer (21:30 local) is not.
    expect(policy.decide(input({ target: prod, now: at(2024, 7, 1, 19, 30) })).mode).toBe('auto');
  });

  it('never loosens: a window in approve keeps a deny rule', () => {
    const p = Policy.parse(`
version: 1
rules: [{ id: never, match: { actionClass: [drop] }, mode: deny }]
maintenanceWindows: [{ id: all, start: "00:00", end: "24:00", mode: approve }]
`);
    expect(p.decide(input({ actionClass: 'drop' }))).toMatchObject({ mode: 'deny', ruleId: 'never' });
    expect(p.decide(input())).toMatchObject({ mode: 'approve', ruleId: 'maintenance.all' });
    expect(p.openWindows(staging, MON_10).map((w) => w.id)).toEqual(['all']);
  });
});

describe('autonomy overrides', () => {
  const policy = Policy.parse(`
version: 1
rules:
  - { id: no-drop, match: { actionClass: [drop] }, mode: deny }
  - { id: ask-migrate, match: { actionClass: [migrate] }, mode: approve }
`);
  const base = { at: 1, reason: 'test' };

  it('demotes a target+action after symptom masking', () => {
    const overrides = [
      {
        ...base,
        id: 'masking:abc',
        remedy: 'infra.restart',
        target: 'service:cart',
        mode: 'approve' as const,
      },
    ];
    const d = policy.decide(input(), { overrides });
    expect(d).toMatchObject({ mode: 'approve', ruleId: 'override.masking:abc', requiredApprovals: 1 });
    // Another target is unaffected.
    expect(policy.decide(input({ target: prod }), { overrides }).mode).toBe('auto');
  });

  it('promotes defaults but never an explicit deny or approve rule', () => {
    const overrides = [{ ...base, id: 'promote-any', mode: 'auto' as const }];
    expect(policy.decide(input({ risk: 'medium' }), { overrides })).toMatchObject({
      mode: 'auto',
      ruleId: 'override.promote-any',
    });
    expect(policy.decide(input({ actionClass: 'drop' }), { overrides }).ruleId).toBe('no-drop');
    expect(policy.decide(input({ actionClass: 'migrate' }), { overrides }).ruleId).toBe('ask-migrate');
  });

  it('prefers a demotion over any promotion, and the most specific of each', () => {
    const overrides = [
      {
        ...base,
        id: 'promote-specific',
        remedy: 'infra.restart',
        target: 'service:cart',
        mode: 'auto' as const,
      },
      { ...base, id: 'demote-broad', actionClass: 'restart', mode: 'approve' as const },
      {
        ...base,
        id: 'demote-specific',
        actionClass: 'restart',
        target: 'service:cart',
        mode: 'auto+review' as const,
      },
    ];
    expect(policy.decide(input({ risk: 'low' }), { overrides }).ruleId).toBe('override.demote-specific');
    expect(policy.decide(input({ target: prod }), { overrides }).ruleId).toBe('override.demote-broad');
  });

  it('a demoted action while paused stays approve', () => {
    const overrides = [{ ...base, id: 'x', mode: 'deny' as const }];
    expect(policy.decide(input(), { overrides, paused: true })).toMatchObject({
      mode: 'deny',
      ruleId: 'override.x',
    });
  });
});
