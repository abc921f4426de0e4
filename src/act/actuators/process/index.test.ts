import { describe, expect, it } from 'vitest';
import { isCode } from '../../../core/errors.js';
import { MemoryStore } from '../../../store/memory.js';
import { eventToChange, eventToSignal, processActuatorFactory } from './index.js';
import { STATE_COLLECTION } from './state.js';
import { fixtureSpec, freePortRange } from './testing.js';
import type { SupervisorEvent } from './types.js';

describe('supervisor events as signals', () => {
  it('never carry a secret-looking config value', () => {
    const event: SupervisorEvent = {
      type: 'config-changed',
      service: 'db',
      at: 1,
      revision: 2,
      change: { DB_PASSWORD: 'hunter2', API_TOKEN: 't', POOL_SIZE: '8', OLD_SECRET: null },
    };
    const want = { DB_PASSWORD: '[redacted]', API_TOKEN: '[redacted]', POOL_SIZE: '8', OLD_SECRET: null };
    expect(eventToSignal(event).attributes?.change).toEqual(want);
    expect(eventToChange(event)?.data?.change).toEqual(want);
    expect(JSON.stringify(eventToSignal(event))).not.toMatch(/hunter2/);
  });
});

describe('processActuatorFactory', () => {
  it('has the component shape', () => {
    expect(processActuatorFactory.type).toBe('process');
    expect(processActuatorFactory.configSchema.safeParse(processActuatorFactory.defaultConfig).success).toBe(
      true,
    );
  });

  it('validates the config before anything else, naming the field', () => {
    const dup = {
      services: [
        { name: 'a', command: ['x'] },
        { name: 'a', command: ['y'] },
      ],
    };
    const err = (() => {
      try {
        processActuatorFactory.create(dup, {});
      } catch (e) {
        return e;
      }
    })();
    expect(isCode(err, 'HST_CONFIG_INVALID')).toBe(true);
    expect(String((err as Error).message)).toMatch(/services\.1\.name: duplicate service 'a'/);
    expect(() => processActuatorFactory.create({ services: [{ name: 'a', command: 'node' }] }, {})).toThrow(
      /services\.0\.command/,
    );
  });

  it('keeps its state in the engine store and reports events as signals', async () => {
    const store = new MemoryStore();
    const base = await freePortRange(1);
    const events: SupervisorEvent[] = [];
    const sup = processActuatorFactory.create(
      { services: [fixtureSpec('api', base, { version: 'v1' })] },
      { store, onEvent: (e) => events.push(e) },
    );
    try {
      await sup.start();
      await sup.deploy('api', { version: 'v2' }, { actionId: 'act_x' });
      const doc = await store.getDoc<{ services: Record<string, { currentRelease: number }> }>(
        STATE_COLLECTION,
        'default',
      );
      expect(doc?.services.api?.currentRelease).toBe(2);
    } finally {
      await sup.shutdown();
    }
    const signals = events.map(eventToSignal);
    expect(signals.find((s) => s.name === 'process_start')).toMatchObject({
      kind: 'probe',
      source: 'process',
      entity: 'service:api',
      labels: { service: 'api', instance: '0', version: 'v1' },
    });
    expect(signals.find((s) => s.name === 'deploy')).toMatchObject({
      kind: 'change',
      attributes: { version: 'v2', previousVersion: 'v1', actionId: 'act_x' },
    });
    expect(signals.find((s) => s.name === 'process_exit')).toMatchObject({ labels: { expected: 'true' } });
    const changes = events.map(eventToChange).filter((c) => c !== undefined);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'deploy',
        entity: 'service:api',
        description: 'api: deployed v2 (was v1)',
      }),
    ]);
  });
});
