import { describe, expect, it } from 'vitest';
import { type ChangeEvent, suspectChanges } from './stages.js';

const change = (entity: string, at: number, kind: string, actionId?: string): ChangeEvent => ({
  id: `${entity}-${at}`,
  entity,
  kind,
  at,
  description: `${kind} on ${entity}`,
  ...(actionId ? { actionId } : {}),
});

describe('suspectChanges', () => {
  it('keeps each entity’s newest change, unless homeostat made it', () => {
    const deploy = change('service:payments', 10, 'deploy');
    const config = change('service:orders', 20, 'config');
    const revert = change('service:orders', 30, 'config', 'act_1');
    const older = change('service:cart', 5, 'config');
    const newer = change('service:cart', 25, 'deploy');
    expect(suspectChanges([deploy, config, revert, older, newer]).map((c) => c.id)).toEqual([
      'service:payments-10',
      'service:cart-25',
    ]);
  });
});
