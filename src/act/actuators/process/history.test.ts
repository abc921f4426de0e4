import { describe, expect, it } from 'vitest';
import { ActuatorError } from '../../../core/remedy.js';
import {
  appendConfig,
  appendRelease,
  envDiff,
  initialState,
  MAX_CONFIGS,
  MAX_RELEASES,
  mergeSpec,
  patchEnv,
  rollbackTarget,
} from './history.js';

const spec = { name: 'api', command: ['node', 'a.mjs'], version: 'v1', env: { A: '1' } };

describe('release history', () => {
  it('builds each release on the current one and rolls back by order, version or revision', () => {
    const st = initialState(spec, 0);
    appendRelease(st, { version: 'v2', env: { A: '2' } }, 1);
    appendRelease(st, { version: 'v3', command: ['node', 'b.mjs'] }, 2);
    expect(st.releases.map((r) => [r.revision, r.version, r.command[1], r.env.A])).toEqual([
      [1, 'v1', 'a.mjs', '1'],
      [2, 'v2', 'a.mjs', '2'],
      [3, 'v3', 'b.mjs', '2'],
    ]);
    expect(rollbackTarget(st, {}).revision).toBe(2);
    expect(rollbackTarget(st, { toVersion: 'v1' }).revision).toBe(1);
    expect(rollbackTarget(st, { toRevision: 1 }).version).toBe('v1');
    st.currentRelease = 1;
    expect(() => rollbackTarget(st, {})).toThrow(ActuatorError);
    expect(() => rollbackTarget(st, { toRevision: 1 })).toThrow(/no revision 1/);
  });

  it('keeps a bounded history and never drops the current release', () => {
    const st = initialState(spec, 0);
    for (let i = 2; i <= MAX_RELEASES + 10; i++) appendRelease(st, { version: `v${i}` }, i);
    expect(st.releases).toHaveLength(MAX_RELEASES);
    expect(st.releases.at(-1)?.revision).toBe(st.currentRelease);
    expect(st.releases[0]?.revision).toBe(11);
    for (let i = 0; i < MAX_CONFIGS + 5; i++)
      appendConfig(st, { N: String(i) }, { N: String(i) }, undefined, i);
    expect(st.configs).toHaveLength(MAX_CONFIGS);
    expect(st.configs.at(-1)?.revision).toBe(st.currentConfig);
  });

  it('lets history win over configuration, except for a version never seen', () => {
    const st = initialState(spec, 0);
    appendRelease(st, { version: 'v2' }, 1);
    st.currentRelease = 1; // rolled back by the engine
    expect(mergeSpec(st, { ...spec, version: 'v2' }, 2)).toBe(false);
    expect(st.currentRelease).toBe(1);
    expect(mergeSpec(st, { ...spec, version: 'v3', healthUrl: 'http://x/health' }, 3)).toBe(true);
    expect(st.currentRelease).toBe(3);
    expect(st.spec.healthUrl).toBe('http://x/health');
  });
});

describe('config env', () => {
  it('patches with null removing a key, and diffs two envs as a patch', () => {
    expect(patchEnv({ A: '1', B: '2' }, { A: null, C: '3' })).toEqual({ B: '2', C: '3' });
    expect(envDiff({ A: '1', B: '2' }, { B: '3', C: '4' })).toEqual({ A: null, B: '3', C: '4' });
  });
});
