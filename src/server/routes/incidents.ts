/**
 * Incidents and actions: the list, one incident's whole story (actions,
 * approvals, ledger entries), one action, and the operator's abort of an
 * action being verified.
 */
import { z } from 'zod';
import { HomeostatError } from '../../core/errors.js';
import { TERMINAL_ACTION_STATES } from '../../model/index.js';
import { incidentLedger } from '../incident-ledger.js';
import { type AnyRoute, route } from '../route.js';
import { AbortResult, Action, IdParams, Incident, IncidentDetail, IncidentsQuery } from '../schemas.js';
import type { ApiDeps } from './deps.js';

/** Incident and action routes. */
export function incidentRoutes({ runtime }: ApiDeps): AnyRoute[] {
  const { store } = runtime;
  const action = async (id: string) => {
    const a = await store.getAction(id);
    if (!a) throw new HomeostatError('HST_NOT_FOUND', `no action ${id}`);
    return a;
  };
  return [
    route({
      method: 'GET',
      url: '/incidents',
      access: 'viewer',
      tag: 'incidents',
      summary: 'List incidents, newest first',
      query: IncidentsQuery,
      response: z.object({ incidents: z.array(Incident) }),
      handler: async ({ query }) => ({
        incidents: await store.listIncidents({
          ...(query.state ? { states: query.state } : {}),
          limit: query.limit,
        }),
      }),
    }),
    route({
      method: 'GET',
      url: '/incidents/:id',
      access: 'viewer',
      tag: 'incidents',
      summary: 'One incident with its actions, approval requests and ledger entries',
      params: IdParams,
      response: IncidentDetail,
      errors: ['HST_NOT_FOUND'],
      handler: async ({ params }) => {
        const incident = await store.getIncident(params.id);
        if (!incident) throw new HomeostatError('HST_NOT_FOUND', `no incident ${params.id}`);
        const actions = await store.listActions({ incidentId: incident.id });
        const approvals = (
          await Promise.all(actions.map((a) => store.listApprovals({ actionId: a.id })))
        ).flat();
        return { incident, actions, approvals, ledger: await incidentLedger(store, incident) };
      },
    }),
    route({
      method: 'GET',
      url: '/actions/:id',
      access: 'viewer',
      tag: 'incidents',
      summary: 'One action: remedy, target, policy rule, state and outcome with its health readings',
      params: IdParams,
      response: Action,
      errors: ['HST_NOT_FOUND'],
      handler: async ({ params }) => action(params.id),
    }),
    route({
      method: 'POST',
      url: '/actions/:id/abort',
      access: 'operator',
      tag: 'incidents',
      summary: 'Abort an action in progress: it is undone (OPERATOR_ABORT) and the incident goes to a person',
      params: IdParams,
      body: z.strictObject({ reason: z.string().max(4000).default('') }),
      response: AbortResult,
      status: 202,
      errors: ['HST_NOT_FOUND', 'HST_CONFLICT'],
      handler: async ({ params, body, principal }) => {
        const a = await action(params.id);
        const done = TERMINAL_ACTION_STATES.has(a.state);
        if (done || !runtime.engine.abort(a.id, principal.name)) {
          throw new HomeostatError(
            'HST_CONFLICT',
            `action ${a.id} is ${a.state}${done ? '' : ' and not running in this engine'}; only an action being applied or verified can be aborted`,
          );
        }
        await runtime.ledger.append({
          type: 'action.abort',
          incidentId: a.incidentId,
          actionId: a.id,
          actor: principal.name,
          payload: { reason: body.reason },
        });
        return { actionId: a.id, aborted: true as const, by: principal.name };
      },
    }),
  ];
}
