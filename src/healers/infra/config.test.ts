import { describe, expect, it } from 'vitest';
import { remedyContract } from '../../act/actuators/contract.js';
import { httpCall } from '../../act/actuators/process/probe.js';
import { fixtureSpec } from '../../act/actuators/process/testing.js';
import { configRevertRemedy, poolResizeRemedy } from './config.js';
import { diagnosis, infraContractFixture, infraRig, starts } from './testing.js';

remedyContract('infra.config-revert (bad config)', async () => {
  const rig = await infraRig((b) => [fixtureSpec('api', b)]);
  await rig.sup.setEnv('api', { FEATURE_X: 'on' });
  await rig.sup.setEnv('api', { FAULT: 'error' });
  return infraContractFixture({
    rig,
    remedy: configRevertRemedy(),
    service: 'api',
    cause: 'bad-config',
    snapshot: async () => rig.sup.env('api'),
  });
});

async function livePool(port: number): Promise<number> {
  const r = await httpCall(`http://127.0.0.1:${port}/admin/pool`, { timeoutMs: 1_000 });
  return (JSON.parse(r.body ?? '{}') as { size: number }).size;
}

remedyContract('infra.pool-resize (live, through the admin API)', async () => {
  const rig = await infraRig((b) => [fixtureSpec('db', b, { env: { POOL_SIZE: '2', MIN_POOL: '4' } })]);
  return infraContractFixture({
    rig,
    remedy: poolResizeRemedy(),
    service: 'db',
    cause: 'pool-exhausted',
    snapshot: async () => ({ env: rig.sup.env('db').POOL_SIZE, live: await livePool(rig.base) }),
    // A live resize restarts nothing and records one config revision, however often it is applied.
    effects: () => starts(rig.sup, 'db') * 1000 + rig.sup.inspect('db').configs.length,
  });
});

describe('infra.config-revert', () => {
  it('reverts to the revision before a named suspect and says what it undoes', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b, { readyTimeoutMs: 0 })]);
    try {
      await rig.sup.setEnv('api', { MODE: 'a' }, { restart: false });
      await rig.sup.setEnv('api', { FEATURE_Y: 'on' }, { restart: false });
      await rig.sup.setEnv('api', { MODE: 'b' }, { restart: false });
      const d = diagnosis('api', 'bad-config', { configRevision: 3 });
      expect(configRevertRemedy().propose(d.incident, d.hypothesis, rig.ctx)[0]).toMatchObject({
        params: { service: 'api', fromRevision: 4, toRevision: 2 },
        description: 'revert api config to revision 2 (undoes revision 3: FEATURE_Y)',
      });
      const none = diagnosis('api', 'bad-config', { configRevision: 1 });
      expect(configRevertRemedy().propose(none.incident, none.hypothesis, rig.ctx)).toEqual([]);
    } finally {
      await rig.close();
    }
  });
});

describe('infra.pool-resize', () => {
  it('without an admin API, resizes through a config revision and a restart, capped', async () => {
    const rig = await infraRig((b) => [
      fixtureSpec('db', b, { adminUrl: undefined, env: { POOL_SIZE: '40', MIN_POOL: '50' } }),
    ]);
    try {
      const remedy = poolResizeRemedy();
      const d = diagnosis('db', 'pool-exhausted');
      const [p] = remedy.propose(d.incident, d.hypothesis, rig.ctx);
      expect(p?.params).toMatchObject({ from: 40, to: 64, live: false });
      const action = {
        id: 'act_pool',
        remedy: remedy.name,
        params: p?.params ?? {},
      } as unknown as Parameters<typeof remedy.apply>[0];
      const before = starts(rig.sup, 'db');
      await remedy.apply(action, rig.ctx);
      expect(starts(rig.sup, 'db')).toBe(before + 1);
      expect(await livePool(rig.base)).toBe(64);
      expect((await remedy.verify(action, rig.ctx)).status).toBe('healthy');
      await remedy.undo(action, rig.ctx);
      expect(await livePool(rig.base)).toBe(40);
      const capped = diagnosis('db', 'pool-exhausted', { maxPoolSize: 40 });
      expect(remedy.propose(capped.incident, capped.hypothesis, rig.ctx)).toEqual([]);
    } finally {
      await rig.close();
    }
  });
});
