/**
 * Every API route, in one list: the server mounts it and the OpenAPI document
 * is generated from it, so a route cannot exist undocumented.
 */

import { z } from 'zod';
import type { EventHub } from '../events.js';
import { type AnyRoute, route } from '../route.js';
import { EventsQuery, Health, Me } from '../schemas.js';
import { approvalRoutes } from './approvals.js';
import { controlRoutes } from './control.js';
import type { ApiDeps } from './deps.js';
import { incidentRoutes } from './incidents.js';
import { insightRoutes } from './insight.js';
import { ledgerRoutes } from './ledger.js';

export type { ApiDeps } from './deps.js';

function metaRoutes(deps: ApiDeps, events: EventHub): AnyRoute[] {
  return [
    route({
      method: 'GET',
      url: '/health',
      access: 'public',
      tag: 'meta',
      summary: 'Liveness: the server answers',
      response: Health,
      handler: async () => ({ status: 'ok' as const, uptimeMs: Date.now() - deps.startedAt }),
    }),
    route({
      method: 'GET',
      url: '/me',
      access: 'viewer',
      tag: 'meta',
      summary: 'The identity and role of the token (so a client can show only what it may do)',
      response: Me,
      handler: async ({ principal }) => ({ ...principal }),
    }),
    route({
      method: 'GET',
      url: '/events',
      access: 'viewer',
      tag: 'meta',
      summary: 'Live events (Server-Sent Events): incident, action, approval, ledger; a heartbeat every 15 s',
      description:
        'Each event is `event: <topic>` with the JSON object as `data`. EventSource cannot send headers, so this route also accepts the token as `?access_token=`; prefer the header where the client allows it.',
      query: EventsQuery,
      tokenInQuery: true,
      response: z.string(),
      produces: 'text/event-stream',
      handler: async ({ reply }) => {
        reply.hijack();
        events.attach(reply.raw);
        return undefined;
      },
    }),
  ];
}

/** The OpenAPI document itself, public so that tools can read it before they have a token. */
export function openApiRoute(doc: () => unknown): AnyRoute {
  return route({
    method: 'GET',
    url: '/openapi.json',
    access: 'public',
    tag: 'meta',
    summary: 'This OpenAPI 3.1 document',
    response: z.record(z.string(), z.unknown()),
    handler: async () => doc(),
  });
}

/** Every route of the API, relative to its prefix. */
export function apiRoutes(deps: ApiDeps, events: EventHub): AnyRoute[] {
  return [
    ...metaRoutes(deps, events),
    ...incidentRoutes(deps),
    ...approvalRoutes(deps),
    ...controlRoutes(deps),
    ...ledgerRoutes(deps),
    ...insightRoutes(deps),
  ];
}
