/**
 * `infra.reset-state` (high risk: waits for approval under the default
 * policy): restarts a service on an empty state folder when its local state
 * is corrupt. Nothing is deleted: the old folder is moved aside, and undo
 * moves it back, so even this drastic remedy can be reverted.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { z } from 'zod';
import { ActuatorError, type RemedyDefinition } from '../../core/remedy.js';
import type { Action } from '../../model/index.js';
import { type InfraOptions, matchService, params, readHealth, supervisor, windows } from './common.js';

const resetParams = z.object({ service: z.string().min(1), stateDir: z.string().min(1) });

/** Where the corrupt state goes; derived from the action id, so a repeat finds it. */
export function asidePath(stateDir: string, action: Action): string {
  return `${stateDir.replace(/\/+$/, '')}.aside-${action.id}`;
}

export function resetStateRemedy(options: InfraOptions = {}): RemedyDefinition {
  return {
    name: 'infra.reset-state',
    actionClass: 'reset-state',
    risk: 'high',
    description: 'restart a service on a fresh state folder, moving its corrupt state aside (kept for undo)',
    ...windows(options, 60_000, 5_000),
    propose(_incident, hypothesis, ctx) {
      const f = matchService(hypothesis, ['corrupt-state'], ctx, options);
      const stateDir = f?.sup.inspect(f.service).spec.stateDir;
      if (!f || !stateDir) return [];
      return [
        {
          target: f.target,
          params: { service: f.service, stateDir },
          description: `reset ${f.service}: move ${stateDir} aside and restart on an empty state folder`,
        },
      ];
    },
    async apply(action, ctx) {
      const p = params(resetParams, action);
      const sup = supervisor(ctx, options);
      const aside = asidePath(p.stateDir, action);
      await sup.stop(p.service, { actionId: `${action.id}:stop` });
      if (!existsSync(aside)) {
        if (!existsSync(p.stateDir)) {
          throw new ActuatorError(`${p.service}: state folder ${p.stateDir} does not exist`, 'permanent');
        }
        await rename(p.stateDir, aside);
      }
      await mkdir(p.stateDir, { recursive: true });
      await sup.startService(p.service, { actionId: `${action.id}:start` });
      return {
        undoData: { aside },
        detail: `${p.service}: state moved to ${aside}; restarted on an empty folder`,
      };
    },
    verify(action, ctx) {
      return readHealth(params(resetParams, action).service, action, ctx, options);
    },
    async undo(action, ctx) {
      const p = params(resetParams, action);
      const aside = asidePath(p.stateDir, action);
      if (!existsSync(aside)) return; // never moved, or already moved back
      const sup = supervisor(ctx, options);
      await sup.stop(p.service, { actionId: `${action.id}:undo-stop` });
      // The fresh folder is kept too, under its own name: undo deletes nothing either.
      if (existsSync(p.stateDir))
        await rename(p.stateDir, `${p.stateDir.replace(/\/+$/, '')}.discarded-${action.id}`);
      await rename(aside, p.stateDir);
      await sup.startService(p.service, { actionId: `${action.id}:undo-start` });
    },
  };
}
