import { describe, expect, it } from 'vitest';
import { isCode } from '../core/errors.js';
import { storeContract } from './contract.js';
import { actionFixture } from './fixtures.js';
import { MemoryStore } from './memory.js';

storeContract('memory', async () => {
  const store = new MemoryStore();
  await store.init();
  return store;
});

describe('MemoryStore', () => {
  it('does not share state with what callers pass in', async () => {
    const store = new MemoryStore();
    const action = actionFixture({ id: 'a1' });
    await store.putAction(action);
    (action.params as Record<string, unknown>).service = 'mutated';
    expect((await store.getAction('a1'))?.params.service).toBe('checkout');
  });

  it('refuses work once closed', async () => {
    const store = new MemoryStore();
    await store.close();
    const err = await store.getDoc('c', 'd').catch((e) => e);
    expect(isCode(err, 'HST_STORE')).toBe(true);
  });
});
