import { describe, expect, it } from 'vitest';
import { flush, ManualClock } from '../core/clock.js';
import { Registry } from '../core/component.js';
import type { RemedyDefinition } from '../core/remedy.js';
import type { Diagnoser } from '../core/stages.js';
import { ApprovalService } from '../decide/approvals.js';
import { PolicyDecider } from '../decide/decider.js';
import { Governor } from '../decide/guards.js';
import { Policy } from '../decide/policy.js';
import { Memory } from '../memory/memory.js';
import { type Action, type Anomaly, digest, type Incident, newId, type PolicyMode } from '../model/index.js';
import { MemoryStore } from '../store/memory.js';
import { RecordingAudit } from '../testing/recording-audit.js';
import { type Effect, scriptedRemedy, TEST_ENTITY } from '../testing/scripted-remedy.js';
import { Engine, mergeHypotheses } from './engine.js';

const diagnoser: Diagnoser = {
  name: 'test',
  async diagnose(incident) {
    const a = incident.anomalies[0];
    if (!a) return [];
    return [
      {
        id: newId('hypothesis'),
        incidentId: incident.id,
        entity: a.entity,
        indicator: a.indicator,
        cause: a.indicator === 'mystery' ? 'unknown' : 'process-crashed',
        confidence: 0.9,
        evidence: [{ kind: 'signal', description: 'process exited with code 1' }],
        summary: `${a.entity} crashed`,
        diagnoser: 'test',
      },
    ];
  },
};

function anomaly(at: number, indicator = 'up'): Anomaly {
  return {
    id: newId('anomaly'),
    entity: TEST_ENTITY,
    indicator,
    at,
    score: 1,
    confidence: 1,
    detector: 'test',
    explanation: {
      observed: 0,
      expectedLow: 1,
      expectedHigh: 1,
      profile: 'probe',
      support: 10,
      text: 'down',
    },
    signalIds: [],
    fingerprint: digest(TEST_ENTITY, indicator),
  };
}

function setup(
  opts: {
    effect?: () => Effect;
    risk?: 'low' | 'medium' | 'high';
    modes?: Record<string, PolicyMode>;
    diagnoser?: Diagnoser;
    patienceMs?: number;
    pause?: { status(): Promise<{ paused: boolean; by?: string }> };
    /** A restarted engine: the journal and the clock of an earlier one, and the policy's limits. */
    restartOf?: { store: MemoryStore; clock: ManualClock };
    limits?: string;
  } = {},
) {
  const clock = opts.restartOf?.clock ?? new ManualClock(Date.UTC(2026, 10, 2, 10));
  const store = opts.restartOf?.store ?? new MemoryStore();
  const audit = new RecordingAudit(() => clock.now());
  const remedy = scriptedRemedy({
    effect: opts.effect ?? (() => 'fixes'),
    now: () => clock.now(),
    risk: opts.risk ?? 'low',
    verifyWindowMs: 20_000,
    confirmMs: 2_000,
  });
  const remedies = new Registry<RemedyDefinition>('remedy').register(remedy.name, remedy);
  const m = { low: 'auto', medium: 'auto+review', high: 'approve', ...opts.modes };
  const policy = Policy.parse(
    `version: 1\ndefaults: { low: ${m.low}, medium: ${m.medium}, high: ${m.high} }\nlimits: ${opts.limits ?? '{ perTarget: { cooldownMs: 0 } }'}\n`,
    'engine-test-policy.yaml',
  );
  const approvals = new ApprovalService(store, clock, { expiresAfterMs: 60_000 });
  const memory = new Memory({ store, clock, audit, masking: { repeats: 3, windowMs: 24 * 3600_000 } });
  const guard = new Governor(policy.doc.limits, clock);
  const engine = new Engine({
    store,
    audit,
    clock,
    decider: new PolicyDecider({ policy: { current: policy }, overrides: () => memory.overrides() }),
    guard,
    approvals,
    memory,
    remedies,
    diagnosers: [opts.diagnoser ?? diagnoser],
    verification: { tickMs: 1000 },
    ...(opts.patienceMs !== undefined ? { diagnosisPatienceMs: opts.patienceMs } : {}),
    ...(opts.pause ? { pause: opts.pause } : {}),
  });
  return { clock, store, audit, remedy, approvals, memory, engine, guard };
}

async function settle(
  t: ReturnType<typeof setup>,
  id: string,
  until: (i: Incident) => boolean,
): Promise<Incident> {
  for (let i = 0; i < 400; i++) {
    await flush();
    const inc = await t.store.getIncident(id);
    if (inc && until(inc)) return inc;
    await t.clock.advance(500);
  }
  throw new Error(`incident ${id} did not settle: ${(await t.store.getIncident(id))?.state}`);
}

const terminal = (i: Incident) => ['healed', 'rolled-back', 'escalated', 'dismissed'].includes(i.state);

/** Explains an incident only once it holds a probe anomaly ('up'); log anomalies alone explain nothing. */
const probeOnly: Diagnoser = {
  name: 'probe-only',
  async diagnose(incident) {
    const a = incident.anomalies.find((x) => x.indicator === 'up');
    if (!a) return [];
    return diagnoser.diagnose({ ...incident, anomalies: [a] }, undefined as never);
  },
};

describe('mergeHypotheses', () => {
  const h = (id: string, entity: string, cause: string, confidence: number) =>
    ({
      id,
      incidentId: 'i',
      entity,
      indicator: 'x',
      cause,
      confidence,
      evidence: [{ kind: 'signal', description: id }],
      summary: id,
      diagnoser: 'd',
    }) as never;

  it('lets a specific cause on an entity stand for a ranking that only names the entity', () => {
    const merged = mergeHypotheses([
      h('rca', 'service:orders', 'unknown', 0.99),
      h('cause', 'service:orders', 'bad-config', 0.85),
      h('other', 'service:cart', 'unknown', 0.6),
    ]);
    expect(merged.map((x) => [x.id, x.cause])).toEqual([
      ['cause', 'bad-config'],
      ['other', 'unknown'],
    ]);
    expect(merged[0]?.evidence.map((e) => e.description)).toEqual(['cause', 'rca']);
  });
});

describe('Engine loop', () => {
  it('groups two symptoms of one fault that arrive together into one incident', async () => {
    const t = setup();
    const now = t.clock.now();
    const [a, b] = await Promise.all([
      t.engine.reportAnomalies([anomaly(now, 'log_template')]),
      t.engine.reportAnomalies([anomaly(now, 'up')]),
    ]);
    expect(a?.[0]?.id).toBeDefined();
    expect(b?.[0]?.id).toBe(a?.[0]?.id);
    expect(await t.store.listIncidents({})).toHaveLength(1);
  });

  it('writes a pause set from elsewhere to the ledger once, however many syncs overlap', async () => {
    let paused = false;
    const t = setup({
      pause: {
        status: async () => {
          await new Promise((r) => setTimeout(r, 5));
          return { paused, by: 'ana' };
        },
      },
    });
    await t.engine.sync();
    paused = true;
    await Promise.all([t.engine.sync(), t.engine.sync(), t.engine.sync()]);
    await t.engine.sync();
    expect(t.audit.ofType('pause')).toHaveLength(1);
    expect(t.audit.ofType('pause')[0]?.actor).toBe('ana');
  });

  it('keeps an unexplained incident open for related evidence, then diagnoses and heals it', async () => {
    const t = setup({ diagnoser: probeOnly, patienceMs: 10_000 });
    const [inc] = await t.engine.reportAnomalies([anomaly(t.clock.now(), 'log_template')]);
    if (!inc) throw new Error('no incident');
    await flush();
    await t.clock.advance(2_000);
    await t.engine.sync();
    expect((await t.store.getIncident(inc.id))?.state).toBe('open');
    // The exit that explains the error line arrives: same incident, now diagnosed and healed.
    const [again] = await t.engine.reportAnomalies([anomaly(t.clock.now(), 'up')]);
    expect(again?.id).toBe(inc.id);
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('healed');
    expect(done.hypotheses[0]?.cause).toBe('process-crashed');
  });

  it('escalates an incident nothing explains once its patience has run out', async () => {
    const t = setup({ diagnoser: probeOnly, patienceMs: 10_000 });
    const [inc] = await t.engine.reportAnomalies([anomaly(t.clock.now(), 'log_template')]);
    if (!inc) throw new Error('no incident');
    await flush();
    await t.clock.advance(5_000);
    await t.engine.sync();
    await flush();
    expect((await t.store.getIncident(inc.id))?.state).toBe('open');
    await t.clock.advance(6_000);
    await t.engine.sync();
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('escalated');
    expect(done.resolution).toBe('no hypothesis explains the anomalies');
  });

  it('heals a low-risk fault automatically and records every step', async () => {
    const t = setup();
    const inc = await t.engine.openIncident({
      title: 'checkout down',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('healed');
    // When it started acting is kept with the incident, so that it outlives a restart.
    expect(done.actedAt).toBeGreaterThanOrEqual(done.openedAt);
    expect(done.actedAt).toBeLessThanOrEqual(done.closedAt ?? 0);
    const types = t.audit.types();
    for (const step of [
      'incident.opened',
      'diagnosis',
      'decision',
      'action.intent',
      'action.applied',
      'action.verify',
      'outcome',
    ]) {
      expect(types).toContain(step);
    }
    const decision = t.audit.ofType('decision')[0];
    expect(decision?.payload.rule).toBe('default.low');
    const states = t.audit.ofType('incident.state').map((e) => e.payload.to);
    expect(states).toEqual(['diagnosed', 'acting', 'verifying', 'healed']);
  });

  it('keeps its guards across a restart: a heal applied before it still cools down, a running action holds its target', async () => {
    const t = setup();
    const inc = await t.engine.openIncident({
      title: 'checkout down',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    expect((await settle(t, inc.id, terminal)).state).toBe('healed');
    const [healed] = await t.store.listActions({ incidentId: inc.id });
    await t.engine.shutdown();
    // An action the engine was verifying when it stopped.
    const live = {
      ...(healed as Action),
      id: newId('action'),
      idempotencyKey: 'live',
      state: 'verifying' as const,
    };
    await t.store.putAction(live);
    const again = setup({ restartOf: t, limits: '{ perTarget: { cooldownMs: 600000 } }' });
    expect(again.guard.cooldownUntil(TEST_ENTITY, 'test.restart')).toBeUndefined();
    await again.engine.start();
    expect(again.guard.cooldownUntil(TEST_ENTITY, 'test.restart')).toBeGreaterThan(t.clock.now());
    expect(again.guard.holder(TEST_ENTITY)).toBe(live.id);
    // Its verification window ended while the engine was down: it is judged, settles and lets go.
    for (let i = 0; i < 100 && again.guard.holder(TEST_ENTITY) !== undefined; i++) {
      await flush();
      await t.clock.advance(1000);
    }
    expect(again.guard.holder(TEST_ENTITY)).toBeUndefined();
    await again.engine.shutdown();
  });

  it('takes up the incidents it left open when it restarts: a symptom of the fault it was verifying joins that incident', async () => {
    const t = setup();
    const now = t.clock.now();
    const verifying: Incident = {
      id: newId('incident', now - 5_000),
      state: 'verifying',
      title: 'checkout down',
      domain: 'infra',
      fingerprint: digest(TEST_ENTITY, 'up'),
      entities: [TEST_ENTITY],
      anomalies: [anomaly(now - 5_000)],
      hypotheses: [],
      openedAt: now - 5_000,
      updatedAt: now - 4_000,
      actedAt: now - 4_000,
    };
    await t.store.putIncident(verifying);
    await t.engine.start();
    const touched = await t.engine.reportAnomalies([anomaly(now)]);
    expect(touched.map((i) => i.id)).toEqual([verifying.id]);
    expect(await t.store.listIncidents()).toHaveLength(1);
    await t.engine.shutdown();
  });

  it('rolls back a remedy that does not help and escalates', async () => {
    const t = setup({ effect: () => 'no-effect' });
    const inc = await t.engine.openIncident({
      title: 'x',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('rolled-back');
    expect(t.remedy.undone).toHaveLength(1);
    expect(t.audit.ofType('escalation')[0]?.payload.reason).toBe('VERIFY_FAILED');
    const stats = await t.store.listOutcomeStats({ remedy: 'test.restart' });
    expect(stats[0]?.failures).toBe(1);
  });

  it('waits for approval on high risk; a person approves and it heals', async () => {
    const t = setup({ risk: 'high' });
    const inc = await t.engine.openIncident({
      title: 'x',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    await settle(t, inc.id, (i) => i.state === 'awaiting-approval');
    expect(t.remedy.applied).toHaveLength(0);
    const [req] = await t.approvals.pending();
    await expect(t.engine.vote(req!.id, 'engine', 'approve', 'me')).rejects.toThrow(/engine may not vote/);
    await t.engine.vote(req!.id, 'alice', 'approve', 'looks right');
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('healed');
    expect(t.audit.ofType('approval.vote')[0]?.actor).toBe('alice');
  });

  it('treats an expired approval as a denial', async () => {
    const t = setup({ risk: 'high' });
    const inc = await t.engine.openIncident({
      title: 'x',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    await settle(t, inc.id, (i) => i.state === 'awaiting-approval');
    await t.clock.advance(61_000);
    await t.engine.expireApprovals();
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('escalated');
    expect(done.resolution).toMatch(/expired/);
    expect(t.remedy.applied).toHaveLength(0);
  });

  it('escalates without acting when the policy denies', async () => {
    const t = setup({ modes: { low: 'deny' } });
    const inc = await t.engine.openIncident({
      title: 'x',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('escalated');
    expect(t.remedy.applied).toHaveLength(0);
  });

  it('folds a second incident of a fault already with a person into the first, not a second page', async () => {
    const t = setup({ modes: { low: 'deny' } });
    const first = await t.engine.openIncident({
      title: 'checkout down',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    expect((await settle(t, first.id, terminal)).state).toBe('escalated');
    // The same fault seen through another symptom (a log burst) seconds later: diagnosed to the same cause.
    const again = await t.engine.openIncident({
      title: 'errors in the log',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now(), 'log_burst')],
    });
    const folded = await settle(t, again.id, terminal);
    expect(folded.state).toBe('dismissed');
    expect(folded.resolution).toContain(first.id);
    const absorbed = t.audit.ofType('anomaly').filter((e) => e.incidentId === first.id);
    expect(absorbed.map((e) => e.payload.indicator)).toContain('log_burst');
    expect(t.audit.ofType('escalation').filter((e) => e.incidentId === again.id)).toHaveLength(0);
    // Once the window has passed, the fault coming back is a new incident for a person again.
    await t.clock.advance(120_000);
    const later = await t.engine.openIncident({
      title: 'checkout down again',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    expect((await settle(t, later.id, terminal)).state).toBe('escalated');
  });

  it('escalates when no remedy fits the diagnosis', async () => {
    const t = setup();
    const inc = await t.engine.openIncident({
      title: 'x',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now(), 'mystery')],
    });
    const done = await settle(t, inc.id, terminal);
    expect(done.state).toBe('escalated');
    expect(done.resolution).toMatch(/no registered remedy/);
  });

  it('escalates the same fault healed three times as symptom masking and demotes the remedy', async () => {
    const t = setup();
    for (let i = 0; i < 3; i++) {
      const inc = await t.engine.openIncident({
        title: 'x',
        domain: 'infra',
        anomalies: [anomaly(t.clock.now())],
      });
      expect((await settle(t, inc.id, terminal)).state).toBe('healed');
      await t.clock.advance(60_000);
    }
    const fourth = await t.engine.openIncident({
      title: 'x',
      domain: 'infra',
      anomalies: [anomaly(t.clock.now())],
    });
    const done = await settle(t, fourth.id, terminal);
    expect(done.state).toBe('escalated');
    expect(done.resolution).toMatch(/REPEAT_FAULT/);
    expect(t.remedy.applied).toHaveLength(3);
    const overrides = await t.memory.overrides();
    expect(overrides).toEqual([
      expect.objectContaining({
        kind: 'demotion',
        mode: 'approve',
        remedy: 'test.restart',
        target: TEST_ENTITY,
      }),
    ]);
    expect(t.audit.types()).toContain('autonomy.demoted');

    // The fault goes on producing its anomaly: it joins the escalated incident, not a new one.
    await t.engine.reportAnomalies([anomaly(t.clock.now() + 1_000)]);
    expect(await t.store.listIncidents({ since: fourth.openedAt })).toHaveLength(1);
    expect(t.audit.ofType('anomaly').at(-1)?.payload.absorbed).toBe(true);
  });

  it('groups anomalies on the same entity into one incident', async () => {
    const t = setup({ risk: 'high' });
    const [first] = await t.engine.reportAnomalies([anomaly(t.clock.now())]);
    const [second] = await t.engine.reportAnomalies([anomaly(t.clock.now() + 5_000, 'latency')]);
    expect(second?.id).toBe(first?.id);
    expect((await t.store.getIncident(first!.id))?.anomalies).toHaveLength(2);
  });
});
