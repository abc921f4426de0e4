/**
 * The remedy/actuator contract: one vitest suite that every remedy runs
 * against a real target (a real process, a real cluster, a real file). It
 * states what the executor relies on: proposals only for the cause they fit,
 * JSON-only parameters (the journal is all there is after a crash), apply
 * idempotent on the action id, verify never healthy before the fix, undo
 * idempotent and restoring, and a foreign target failing permanently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActuatorError,
  type Proposal,
  type RemedyContext,
  type RemedyDefinition,
} from '../../core/remedy.js';
import {
  type Action,
  type HealthReading,
  type Hypothesis,
  type Incident,
  newId,
  RISKS,
} from '../../model/index.js';

/** One prepared target for a remedy, broken in the way `hypothesis` says. */
export interface RemedyFixture {
  readonly remedy: RemedyDefinition;
  readonly ctx: RemedyContext;
  readonly incident: Incident;
  /** A diagnosis the remedy must propose for. */
  readonly hypothesis: Hypothesis;
  /** A diagnosis it must not propose for (another cause, or an unknown target). */
  readonly unrelated: Hypothesis;
  /** The target's observable state: apply changes it, undo restores it (unless `undoRestores` is false). */
  snapshot(): Promise<unknown>;
  /** False only for a remedy whose undo is a documented no-op (e.g. a restart). */
  readonly undoRestores: boolean;
  /** Counts the effects apply causes (e.g. process starts), to show that a repeat causes none. */
  effects(): Promise<number> | number;
  /** The same action aimed at a target that does not exist. */
  foreign(action: Action): Action;
  /** How long verify may take to read healthy after apply (default 5 s). */
  readonly healthyWithinMs?: number;
  close(): Promise<void>;
}

/** A journal copy: what the executor has after a restart. */
function journal<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The action the engine would build from a proposal.
 * @example const action = actionFor(remedy, proposal, incident, hypothesis, Date.now());
 */
export function actionFor(
  remedy: RemedyDefinition,
  proposal: Proposal,
  incident: Incident,
  hypothesis: Hypothesis,
  now: number,
): Action {
  const id = newId('action', now);
  return {
    id,
    incidentId: incident.id,
    hypothesisId: hypothesis.id,
    remedy: remedy.name,
    actionClass: remedy.actionClass,
    risk: remedy.risk,
    target: proposal.target,
    params: proposal.params,
    idempotencyKey: `${remedy.name}:${proposal.target.entity}:${id}`,
    state: 'intent',
    mode: 'auto',
    ruleId: 'contract',
    description: proposal.description,
    createdAt: now,
    verifyWindowMs: proposal.verifyWindowMs ?? remedy.verifyWindowMs ?? 60_000,
    confirmMs: proposal.confirmMs ?? remedy.confirmMs ?? 0,
  };
}

async function readUntilHealthy(
  remedy: RemedyDefinition,
  action: Action,
  ctx: RemedyContext,
  withinMs: number,
): Promise<HealthReading[]> {
  const readings: HealthReading[] = [];
  const deadline = Date.now() + withinMs;
  for (;;) {
    const r = await remedy.verify(journal(action), ctx);
    readings.push(r);
    if (r.status === 'healthy' || Date.now() >= deadline) return readings;
    await new Promise((res) => setTimeout(res, 50));
  }
}

/**
 * Registers the contract suite for one remedy. `setup` runs once; the tests
 * run in order and the last one changes the target.
 * @example remedyContract('infra.restart', async () => ({ remedy, ctx, incident, hypothesis, … }));
 */
export function remedyContract(name: string, setup: () => Promise<RemedyFixture>): void {
  describe(`Remedy contract: ${name}`, () => {
    let fx: RemedyFixture;
    let proposals: Proposal[];
    beforeAll(async () => {
      fx = await setup();
      proposals = fx.remedy.propose(fx.incident, fx.hypothesis, fx.ctx);
    });
    afterAll(async () => {
      await fx?.close();
    });

    it('declares a name, a class and a risk level', () => {
      expect(fx.remedy.name).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
      expect(fx.remedy.actionClass.length).toBeGreaterThan(0);
      expect(RISKS).toContain(fx.remedy.risk);
    });

    it('proposes for its cause only, with JSON-only parameters', () => {
      expect(proposals.length).toBeGreaterThan(0);
      for (const p of proposals) {
        expect(journal(p.params)).toEqual(p.params);
        expect(p.target.entity).toBe(fx.hypothesis.entity);
        expect(p.description.length).toBeGreaterThan(0);
      }
      expect(fx.remedy.propose(fx.incident, fx.unrelated, fx.ctx)).toEqual([]);
    });

    it('fails permanently on a target that does not exist', async () => {
      const action = fx.foreign(
        actionFor(fx.remedy, proposals[0] as Proposal, fx.incident, fx.hypothesis, 0),
      );
      const err = await fx.remedy.apply(journal(action), fx.ctx).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ActuatorError);
      expect((err as ActuatorError).failure).toBe('permanent');
    });

    it('applies once per action id, verifies healthy, and undoes idempotently from the journal alone', async () => {
      const before = await fx.snapshot();
      const proposal = proposals[0] as Proposal;
      const action = actionFor(fx.remedy, proposal, fx.incident, fx.hypothesis, fx.ctx.clock.now());

      const early = await fx.remedy.verify(journal(action), fx.ctx);
      expect(early.status).not.toBe('healthy');
      expect(typeof early.at).toBe('number');

      const result = await fx.remedy.apply(journal(action), fx.ctx);
      expect(journal(result.undoData ?? {})).toEqual(result.undoData ?? {});
      const afterApply = await fx.snapshot();
      const effects = await fx.effects();
      await fx.remedy.apply(journal(action), fx.ctx);
      expect(await fx.effects()).toBe(effects);
      expect(await fx.snapshot()).toEqual(afterApply);

      const readings = await readUntilHealthy(fx.remedy, action, fx.ctx, fx.healthyWithinMs ?? 5_000);
      expect(readings.at(-1)?.status, JSON.stringify(readings.slice(-3))).toBe('healthy');

      const applied = journal<Action>({
        ...action,
        state: 'undoing',
        ...(result.undoData ? { undoData: result.undoData } : {}),
      });
      await fx.remedy.undo(applied, fx.ctx);
      const afterUndo = await fx.snapshot();
      await fx.remedy.undo(journal(applied), fx.ctx);
      expect(await fx.snapshot()).toEqual(afterUndo);
      if (fx.undoRestores) expect(afterUndo).toEqual(before);
      else expect(afterUndo).toEqual(afterApply);
    });
  });
}
