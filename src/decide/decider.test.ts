import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import type { EntityId } from '../model/index.js';
import { MemoryStore } from '../store/memory.js';
import { PolicyDecider } from './decider.js';
import { PauseSwitch } from './pause.js';
import type { AutonomyOverride } from './policy.js';
import { PolicyHolder } from './policy-holder.js';

describe('PolicyDecider', () => {
  it('decides with the policy in force, the pause and memory overrides', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hst-decider-'));
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, 'version: 1\n');
    const holder = PolicyHolder.open(file);
    const store = new MemoryStore();
    await store.init();
    const pause = new PauseSwitch(store, new ManualClock(0), { flagFile: join(dir, 'PAUSE') });
    let overrides: AutonomyOverride[] = [];
    const decider = new PolicyDecider({ policy: holder, pause, overrides: async () => overrides });
    const input = {
      remedy: 'infra.restart',
      actionClass: 'restart',
      risk: 'low' as const,
      target: { entity: 'service:a' as EntityId, kind: 'service', labels: {} },
      confidence: 0.9,
      now: 0,
    };

    expect(await decider.decide(input)).toMatchObject({ mode: 'auto', ruleId: 'default.low' });
    const firstHash = decider.policyHash;

    writeFileSync(file, 'version: 1\ndefaults: { low: auto+review }\n');
    holder.reload();
    expect(decider.policyHash).not.toBe(firstHash);
    expect((await decider.decide(input)).mode).toBe('auto+review');

    overrides = [{ id: 'masking:x', target: 'service:a', mode: 'approve', reason: 'repeat', at: 1 }];
    expect(await decider.decide(input)).toMatchObject({ mode: 'approve', ruleId: 'override.masking:x' });

    overrides = [];
    await pause.pause('alice', 'maintenance');
    expect(await decider.decide(input)).toMatchObject({ mode: 'approve', ruleId: 'default.low+paused' });
  });
});
