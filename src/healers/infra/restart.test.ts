import { describe, expect, it } from 'vitest';
import { remedyContract } from '../../act/actuators/contract.js';
import { httpCall } from '../../act/actuators/process/probe.js';
import { fixtureSpec, waitFor } from '../../act/actuators/process/testing.js';
import { restartRemedy } from './restart.js';
import { diagnosis, infraContractFixture, infraRig } from './testing.js';

remedyContract('infra.restart (crashed service)', async () => {
  const rig = await infraRig((b) => [fixtureSpec('api', b)]);
  await httpCall(`http://127.0.0.1:${rig.base}/admin/crash`, { timeoutMs: 1_000 });
  await waitFor(() => rig.sup.status('api').instances[0]?.status === 'exited', 'the crash');
  return infraContractFixture({
    rig,
    remedy: restartRemedy(),
    service: 'api',
    cause: 'process-crashed',
    undoRestores: false,
    snapshot: async () => rig.sup.status('api').instances.map((i) => ({ pid: i.pid, status: i.status })),
  });
});

describe('infra.restart', () => {
  it('heals a hung service; stillNeeded sees a healthy one as healed', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b, { healthTimeoutMs: 200 })]);
    try {
      const remedy = restartRemedy();
      const { incident, hypothesis } = diagnosis('api', 'process-hung');
      await httpCall(`http://127.0.0.1:${rig.base}/admin/fault?mode=hang`, { timeoutMs: 1_000 });
      const [proposal] = remedy.propose(incident, hypothesis, rig.ctx);
      expect(proposal?.description).toBe('restart api (1 instance; process-hung)');
      const action = {
        id: 'act_hung',
        params: proposal?.params ?? {},
        remedy: remedy.name,
      } as unknown as Parameters<typeof remedy.apply>[0];
      expect(await remedy.stillNeeded?.(action, rig.ctx)).toBe(true);
      const unhealthy = await remedy.verify(action, rig.ctx);
      expect(unhealthy.status).toBe('unhealthy');
      expect(unhealthy.detail).toMatch(/timeout/);
      const r = await remedy.apply(action, rig.ctx);
      expect(r.detail).toMatch(/^restarted api: pids \d+ → \d+$/);
      expect((await remedy.verify(action, rig.ctx)).status).toBe('healthy');
      expect(await remedy.stillNeeded?.(action, rig.ctx)).toBe(false);
    } finally {
      await rig.close();
    }
  });

  it('proposes nothing for a service the supervisor does not run, or without a supervisor', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b)]);
    try {
      const remedy = restartRemedy();
      const other = diagnosis('billing', 'process-crashed');
      expect(remedy.propose(other.incident, other.hypothesis, rig.ctx)).toEqual([]);
      const mine = diagnosis('api', 'process-crashed');
      const noActuator = {
        ...rig.ctx,
        actuator: () => {
          throw new Error('none');
        },
      };
      expect(remedy.propose(mine.incident, mine.hypothesis, noActuator)).toEqual([]);
      expect(remedy.propose(mine.incident, mine.hypothesis, rig.ctx)[0]?.target).toEqual({
        entity: 'service:api',
        kind: 'service',
        labels: { env: 'test' },
      });
    } finally {
      await rig.close();
    }
  });
});
