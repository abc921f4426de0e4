/**
 * The global pause: read it, set it, clear it. A change is written to the
 * ledger right away, with the token's identity as the actor.
 */
import { type AnyRoute, route } from '../route.js';
import { PauseBody, PauseStatus } from '../schemas.js';
import type { ApiDeps } from './deps.js';

/** Pause routes. */
export function controlRoutes({ runtime }: ApiDeps): AnyRoute[] {
  return [
    route({
      method: 'GET',
      url: '/pause',
      access: 'viewer',
      tag: 'control',
      summary: 'Whether the engine is paused, by whom, why and since when',
      response: PauseStatus,
      handler: () => runtime.pause.status(),
    }),
    route({
      method: 'POST',
      url: '/pause',
      access: 'operator',
      tag: 'control',
      summary: 'Pause: every policy mode except deny becomes approve until resumed',
      body: PauseBody,
      response: PauseStatus,
      handler: async ({ body, principal }) => {
        // The engine writes a pause change to the ledger when its sync sees one:
        // sync before (so it knows the old state) and after (so it records it now).
        await runtime.engine.sync();
        const status = await runtime.pause.pause(principal.name, body.reason);
        await runtime.engine.sync();
        return status;
      },
    }),
    route({
      method: 'POST',
      url: '/resume',
      access: 'operator',
      tag: 'control',
      summary: 'Resume: clears the pause in the store and removes the pause flag file',
      response: PauseStatus,
      handler: async ({ principal }) => {
        await runtime.engine.sync();
        const { cleared: _cleared, ...status } = await runtime.pause.resume(principal.name);
        await runtime.engine.sync();
        return status;
      },
    }),
  ];
}
