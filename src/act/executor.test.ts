import { describe, expect, it } from 'vitest';
import { flush, ManualClock } from '../core/clock.js';
import { Registry } from '../core/component.js';
import type { RemedyContext, RemedyDefinition } from '../core/remedy.js';
import { type Action, type ActionId, type IncidentId, newId } from '../model/index.js';
import { MemoryStore } from '../store/memory.js';
import { RecordingAudit } from '../testing/recording-audit.js';
import { type Effect, scriptedRemedy, TEST_ENTITY } from '../testing/scripted-remedy.js';
import { Executor } from './executor.js';

function setup(effect: Effect | (() => Effect), opts: { verifyWindowMs?: number; confirmMs?: number } = {}) {
  const clock = new ManualClock(1_000_000);
  const store = new MemoryStore();
  const audit = new RecordingAudit(() => clock.now());
  const remedy = scriptedRemedy({
    effect: typeof effect === 'function' ? effect : () => effect,
    now: () => clock.now(),
    ...opts,
  });
  const remedies = new Registry<RemedyDefinition>('remedy').register(remedy.name, remedy);
  const settled: Action[] = [];
  const context: RemedyContext = {
    clock,
    entity: () => undefined,
    actuator: () => {
      throw new Error('none');
    },
    log: () => {},
  };
  const make = () =>
    new Executor({
      store,
      audit,
      clock,
      remedies,
      context,
      tickMs: 1000,
      onSettled: (a) => void settled.push(a),
    });
  const executor = make();
  return { clock, store, audit, remedy, executor, settled, make };
}

function action(overrides: Partial<Action> = {}): Action {
  const id = newId('action');
  return {
    id,
    incidentId: 'inc_test' as IncidentId,
    remedy: 'test.restart',
    actionClass: 'restart',
    risk: 'low',
    target: { entity: TEST_ENTITY, kind: 'service', labels: {} },
    params: { service: TEST_ENTITY },
    idempotencyKey: `key-${id}`,
    state: 'intent',
    mode: 'auto',
    ruleId: 'default.low',
    description: 'restart checkout',
    createdAt: 0,
    verifyWindowMs: 10_000,
    confirmMs: 2_000,
    ...overrides,
  };
}

/** Advances the manual clock until the promise settles. */
async function drive<T>(clock: ManualClock, p: Promise<T>, stepMs = 500, maxSteps = 1000): Promise<T> {
  let done = false;
  let value: T | undefined;
  let error: unknown;
  p.then(
    (v) => {
      done = true;
      value = v;
    },
    (e) => {
      done = true;
      error = e;
    },
  );
  for (let i = 0; i < maxSteps && !done; i++) {
    await flush();
    if (!done) await clock.advance(stepMs);
  }
  if (!done) throw new Error('did not settle');
  if (error) throw error;
  return value as T;
}

describe('Executor', () => {
  it('keeps a remedy that helps, once it holds for the confirmation period', async () => {
    const t = setup('fixes');
    const start = t.clock.now();
    const done = await drive(t.clock, t.executor.run(action()));
    expect(done.state).toBe('succeeded');
    expect(done.outcome?.reason).toBe('VERIFIED');
    expect(t.remedy.undone).toEqual([]);
    expect(t.clock.now() - start).toBeGreaterThanOrEqual(2000);
    expect(t.clock.now() - start).toBeLessThan(10_000);
    expect(t.audit.types()).toEqual(['action.intent', 'action.applied', 'action.verify', 'outcome']);
    expect(t.settled).toHaveLength(1);
  });

  it('undoes a remedy that does not help when the window ends (kill switch)', async () => {
    const t = setup('no-effect');
    const start = t.clock.now();
    const done = await drive(t.clock, t.executor.run(action()));
    expect(done.state).toBe('rolled-back');
    expect(done.outcome?.reason).toBe('VERIFY_FAILED');
    expect(done.outcome?.undone).toBe(true);
    expect(t.remedy.undone).toEqual([done.id]);
    expect(t.clock.now() - start).toBeGreaterThanOrEqual(10_000);
    expect(t.audit.types()).toContain('action.undo');
  });

  it('never counts missing data as success', async () => {
    const t = setup('no-data');
    const done = await drive(t.clock, t.executor.run(action()));
    expect(done.state).toBe('rolled-back');
    expect(done.outcome?.reason).toBe('NO_DATA');
    expect(t.remedy.undone).toHaveLength(1);
  });

  it('undoes at once when the state gets worse, without waiting for the window', async () => {
    const t = setup('worse');
    const start = t.clock.now();
    const done = await drive(t.clock, t.executor.run(action({ verifyWindowMs: 60_000 })));
    expect(done.state).toBe('rolled-back');
    expect(done.outcome?.reason).toBe('VERIFY_FAILED');
    expect(done.outcome?.detail).toMatch(/worse/);
    expect(t.clock.now() - start).toBeLessThan(5_000);
  });

  it('classifies an actuator failure and undoes any partial effect', async () => {
    const t = setup('throws');
    const done = await drive(t.clock, t.executor.run(action()));
    expect(done.state).toBe('rolled-back');
    expect(done.outcome?.reason).toBe('ACTUATOR_ERROR');
    expect(done.outcome?.detail).toMatch(/permanent/);
  });

  it('retries a retryable actuator failure before giving up', async () => {
    let calls = 0;
    const t = setup('fixes');
    const remedy = scriptedRemedy({
      effect: () => (++calls < 3 ? 'throws' : 'fixes'),
      failure: 'retryable',
      now: () => t.clock.now(),
    });
    const remedies = new Registry<RemedyDefinition>('remedy').register(remedy.name, remedy);
    const ex = new Executor({
      store: t.store,
      audit: t.audit,
      clock: t.clock,
      remedies,
      context: { clock: t.clock, entity: () => undefined, actuator: () => ({}) as never, log: () => {} },
      maxRetries: 2,
    });
    const done = await drive(t.clock, ex.run(action()));
    expect(calls).toBe(3);
    expect(done.state).toBe('succeeded');
  });

  it('requires health to hold steadily, not a single healthy reading', async () => {
    let n = 0;
    const t = setup('fixes');
    t.remedy.verify = async () => ({ at: t.clock.now(), status: n++ % 2 === 0 ? 'healthy' : 'unhealthy' });
    const done = await drive(t.clock, t.executor.run(action()));
    expect(done.state).toBe('rolled-back');
    expect(done.outcome?.reason).toBe('VERIFY_FAILED');
  });

  it('stops and undoes on operator abort', async () => {
    const t = setup('no-effect');
    const a = action({ verifyWindowMs: 60_000 });
    const p = t.executor.run(a);
    for (let i = 0; i < 4; i++) await t.clock.advance(500);
    expect(t.executor.abort(a.id, 'alice')).toBe(true);
    const done = await drive(t.clock, p);
    expect(done.outcome?.reason).toBe('OPERATOR_ABORT');
    expect(done.state).toBe('rolled-back');
  });

  it('applies an idempotency key once', async () => {
    const t = setup('fixes');
    const a = action({ idempotencyKey: 'same' });
    const first = await drive(t.clock, t.executor.run(a));
    const second = await drive(t.clock, t.executor.run({ ...action(), idempotencyKey: 'same' }));
    expect(second.id).toBe(first.id);
    expect(t.remedy.applied).toHaveLength(1);
  });

  it('skips the action when the symptom cleared just before acting', async () => {
    const clock = new ManualClock(0);
    const t = setup('fixes');
    const remedy = scriptedRemedy({
      effect: () => 'fixes',
      now: () => clock.now(),
      stillNeeded: () => false,
    });
    const ex = new Executor({
      store: t.store,
      audit: t.audit,
      clock,
      remedies: new Registry<RemedyDefinition>('remedy').register(remedy.name, remedy),
      context: { clock, entity: () => undefined, actuator: () => ({}) as never, log: () => {} },
    });
    const done = await drive(clock, ex.run(action()));
    expect(done.state).toBe('skipped');
    expect(remedy.applied).toHaveLength(0);
  });
});

describe('Executor.reconcile after a crash', () => {
  async function journal(t: ReturnType<typeof setup>, patch: Partial<Action>): Promise<Action> {
    const a = action(patch);
    await t.store.putAction(a);
    return a;
  }

  it('resumes a verification window from the journal without applying again', async () => {
    const t = setup('fixes');
    t.remedy.target.healthy = true;
    const a = await journal(t, { state: 'verifying', verifyDeadline: t.clock.now() + 8_000 });
    const [done] = await drive(t.clock, t.make().reconcile());
    expect(done?.id).toBe(a.id);
    expect(done?.state).toBe('succeeded');
    expect(t.remedy.applied).toHaveLength(0);
    expect(t.audit.types()[0]).toBe('reconcile');
  });

  it('undoes when the window is still unhealthy at its journaled deadline', async () => {
    const t = setup('fixes');
    const a = await journal(t, { state: 'applying', verifyDeadline: t.clock.now() + 5_000 });
    const [done] = await drive(t.clock, t.make().reconcile());
    expect(done?.state).toBe('rolled-back');
    expect(t.remedy.applied).toHaveLength(0);
    expect(t.remedy.undone).toEqual([a.id]);
  });

  it('undoes with TIMEOUT when the window ended while the engine was down', async () => {
    const t = setup('fixes');
    await journal(t, { state: 'verifying', verifyDeadline: t.clock.now() - 1 });
    const [done] = await drive(t.clock, t.make().reconcile());
    expect(done?.outcome?.reason).toBe('TIMEOUT');
    expect(done?.state).toBe('rolled-back');
  });

  it('skips an intent that was never applied, and completes an interrupted undo', async () => {
    const t = setup('fixes');
    const never = await journal(t, { state: 'intent' });
    const undoing = await journal(t, {
      state: 'undoing',
      outcome: {
        actionId: 'x' as ActionId,
        reason: 'VERIFY_FAILED',
        success: false,
        at: 0,
        detail: 'no help',
      },
    });
    const done = await drive(t.clock, t.make().reconcile());
    const byId = new Map(done.map((d) => [d.id, d]));
    expect(byId.get(never.id)?.state).toBe('skipped');
    expect(byId.get(undoing.id)?.state).toBe('rolled-back');
    expect(t.remedy.applied).toHaveLength(0);
    expect(t.remedy.undone).toEqual([undoing.id]);
  });
});
