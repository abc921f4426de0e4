import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { remedyContract } from '../../act/actuators/contract.js';
import { fixtureSpec } from '../../act/actuators/process/testing.js';
import { resetStateRemedy } from './reset-state.js';
import { diagnosis, infraContractFixture, infraRig } from './testing.js';

const root = mkdtempSync(join(tmpdir(), 'homeostat-reset-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

remedyContract('infra.reset-state (corrupt state)', async () => {
  const stateDir = join(root, 'api-state');
  mkdirSync(stateDir);
  writeFileSync(join(stateDir, 'corrupt'), 'x');
  writeFileSync(join(stateDir, 'data.db'), 'precious');
  const rig = await infraRig((b) => [fixtureSpec('api', b, { stateDir, env: { STATE_DIR: stateDir } })]);
  return infraContractFixture({
    rig,
    remedy: resetStateRemedy(),
    service: 'api',
    cause: 'corrupt-state',
    snapshot: async () => (existsSync(stateDir) ? readdirSync(stateDir).sort() : null),
  });
});

describe('infra.reset-state', () => {
  it('is high risk, needs a declared state folder, and deletes nothing', async () => {
    const rig = await infraRig((b) => [fixtureSpec('api', b)]);
    try {
      const remedy = resetStateRemedy();
      expect(remedy.risk).toBe('high');
      const d = diagnosis('api', 'corrupt-state');
      expect(remedy.propose(d.incident, d.hypothesis, rig.ctx)).toEqual([]);
    } finally {
      await rig.close();
    }
    // The contract run above left the corrupt state back in place and the fresh folder beside it.
    const names = readdirSync(root).sort();
    expect(names[0]).toBe('api-state');
    expect(names.some((n) => n.startsWith('api-state.discarded-'))).toBe(true);
    expect(readdirSync(join(root, 'api-state')).sort()).toEqual(['corrupt', 'data.db']);
  });
});
