/**
 * The infra remedies through the real executor, against real processes: the
 * whole journal → apply → verify window → (undo) path with short windows.
 */
import { describe, expect, it } from 'vitest';
import { actionFor } from '../../act/actuators/contract.js';
import { httpCall } from '../../act/actuators/process/probe.js';
import { fixtureSpec, waitFor } from '../../act/actuators/process/testing.js';
import { Executor } from '../../act/executor.js';
import { systemClock } from '../../core/clock.js';
import { Registry } from '../../core/component.js';
import type { RemedyDefinition } from '../../core/remedy.js';
import { MemoryStore } from '../../store/memory.js';
import { RecordingAudit } from '../../testing/recording-audit.js';
import { registerInfraRemedies } from './remedies.js';
import { diagnosis, type InfraRig, infraRig } from './testing.js';

function executorFor(rig: InfraRig) {
  const remedies = new Registry<RemedyDefinition>('remedy');
  registerInfraRemedies(remedies, { verifyWindowMs: 1_500, confirmMs: 300 });
  const audit = new RecordingAudit(() => Date.now());
  const store = new MemoryStore();
  const executor = new Executor({
    store,
    audit,
    clock: systemClock,
    remedies,
    context: rig.ctx,
    tickMs: 100,
  });
  /** Proposes with `remedy` for the diagnosis and runs the first proposal to its end. */
  const heal = async (
    remedy: string,
    service: string,
    cause: string,
    facts: Record<string, unknown> = {},
  ) => {
    const def = remedies.get(remedy);
    const { incident, hypothesis } = diagnosis(service, cause, facts);
    const [proposal] = def.propose(incident, hypothesis, rig.ctx);
    if (!proposal) throw new Error(`${remedy} proposed nothing`);
    return executor.run(actionFor(def, proposal, incident, hypothesis, Date.now()));
  };
  return { heal, audit, store };
}

describe('infra remedies through the executor', () => {
  it('a crashed service is restarted and verified healthy', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b)]);
    try {
      await httpCall(`http://127.0.0.1:${rig.base}/admin/crash`, { timeoutMs: 1_000 });
      await waitFor(() => rig.sup.status('api').instances[0]?.status === 'exited', 'the crash');
      const { heal, audit } = executorFor(rig);
      const done = await heal('infra.restart', 'api', 'process-crashed');
      expect(done.state).toBe('succeeded');
      expect(done.outcome?.reason).toBe('VERIFIED');
      expect(audit.types()).toEqual(['action.intent', 'action.applied', 'action.verify', 'outcome']);
      expect(rig.sup.status('api').instances[0]?.status).toBe('running');
    } finally {
      await rig.close();
    }
  });

  it('a restart cannot fix a bad release: the kill switch ends it, then the rollback heals', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b, { version: 'v1' })]);
    try {
      await rig.sup.deploy('api', { version: 'v2', env: { FAULT: 'error' } });
      const { heal } = executorFor(rig);
      const wrong = await heal('infra.restart', 'api', 'process-crashed');
      expect(wrong.state).toBe('rolled-back');
      expect(wrong.outcome).toMatchObject({ reason: 'VERIFY_FAILED', undone: true });
      expect(rig.sup.status('api').version).toBe('v2');

      const right = await heal('infra.rollback-release', 'api', 'bad-release', { version: 'v2' });
      expect(right.state).toBe('succeeded');
      expect(right.undoData).toEqual({ revision: 2 });
      expect(rig.sup.status('api').version).toBe('v1');
    } finally {
      await rig.close();
    }
  });

  it('a config revert that does not help is undone: the config is back as it was', async () => {
    const rig = await infraRig((b) => [fixtureSpec('db', b, { env: { POOL_SIZE: '2', MIN_POOL: '4' } })]);
    try {
      await rig.sup.setEnv('db', { FEATURE_X: 'on' });
      const { heal } = executorFor(rig);
      const revert = await heal('infra.config-revert', 'db', 'bad-config');
      expect(revert.state).toBe('rolled-back');
      expect(rig.sup.env('db').FEATURE_X).toBe('on');
      const resize = await heal('infra.pool-resize', 'db', 'pool-exhausted');
      expect(resize.state).toBe('succeeded');
      expect(rig.sup.env('db').POOL_SIZE).toBe('4');
    } finally {
      await rig.close();
    }
  });
});
