import { describe, expect, it } from 'vitest';
import { remedyContract } from '../../act/actuators/contract.js';
import { fixtureSpec } from '../../act/actuators/process/testing.js';
import { rollbackReleaseRemedy } from './release.js';
import { diagnosis, infraContractFixture, infraRig } from './testing.js';

const v1 = (b: number) => [fixtureSpec('api', b, { version: 'v1', env: { VERSION: 'v1' } })];

remedyContract('infra.rollback-release (bad release)', async () => {
  const rig = await infraRig(v1);
  // v2 answers its health check with 500: a bad release.
  await rig.sup.deploy('api', { version: 'v2', env: { VERSION: 'v2', FAULT: 'error' } });
  return infraContractFixture({
    rig,
    remedy: rollbackReleaseRemedy(),
    service: 'api',
    cause: 'bad-release',
    facts: { version: 'v2' },
    snapshot: async () => {
      const s = rig.sup.status('api');
      return { version: s.version, revision: s.releaseRevision, env: rig.sup.env('api') };
    },
  });
});

describe('infra.rollback-release', () => {
  it('proposes only while the suspect release runs and an earlier one exists', async () => {
    const rig = await infraRig(v1);
    try {
      const remedy = rollbackReleaseRemedy();
      const d = diagnosis('api', 'bad-release', { version: 'v2' });
      expect(remedy.propose(d.incident, d.hypothesis, rig.ctx)).toEqual([]);
      await rig.sup.deploy('api', { version: 'v2', env: { VERSION: 'v2' } });
      await rig.sup.deploy('api', { version: 'v3', env: { VERSION: 'v3' } });
      expect(remedy.propose(d.incident, d.hypothesis, rig.ctx)).toEqual([]);
      const v3 = diagnosis('api', 'bad-release', { version: 'v3' });
      expect(remedy.propose(v3.incident, v3.hypothesis, rig.ctx)[0]).toMatchObject({
        params: { service: 'api', fromRevision: 3, fromVersion: 'v3', toRevision: 2, toVersion: 'v2' },
        description: 'roll api back from v3 to v2',
      });
      const toV1 = diagnosis('api', 'bad-release', { toVersion: 'v1' });
      expect(remedy.propose(toV1.incident, toV1.hypothesis, rig.ctx)[0]?.params).toMatchObject({
        toRevision: 1,
      });
    } finally {
      await rig.close();
    }
  });
});
