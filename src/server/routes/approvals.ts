/**
 * Approval requests and votes. The voter is always the token's identity; the
 * approval service refuses the engine and the proposer (self-approval), a
 * second vote by the same person, and votes on closed requests.
 */
import { z } from 'zod';
import { HomeostatError } from '../../core/errors.js';
import { type AnyRoute, route } from '../route.js';
import { Approval, ApprovalsQuery, IdParams, VoteBody } from '../schemas.js';
import type { ApiDeps } from './deps.js';

/** Approval routes. */
export function approvalRoutes({ runtime }: ApiDeps): AnyRoute[] {
  const vote = (decision: 'approve' | 'reject') =>
    route({
      method: 'POST',
      url: `/approvals/:id/${decision}`,
      access: 'approver',
      tag: 'approvals',
      summary:
        decision === 'approve'
          ? 'Approve a pending request as the token’s identity; the action runs once enough approvals are in'
          : 'Reject a pending request as the token’s identity; the action does not run and the incident escalates',
      description:
        'The voter is the identity of the token. A `by` field in the body is refused. The engine, and whoever proposed the action, can never approve it.',
      params: IdParams,
      body: VoteBody,
      response: Approval,
      errors: ['HST_NOT_FOUND', 'HST_SELF_APPROVAL', 'HST_APPROVAL_CLOSED', 'HST_DUPLICATE_VOTE'],
      handler: async ({ params, body, principal }) => {
        if (!(await runtime.approvals.get(params.id))) {
          throw new HomeostatError('HST_NOT_FOUND', `no approval request ${params.id}`);
        }
        return runtime.engine.vote(params.id, principal.name, decision, body.reason);
      },
    });
  return [
    route({
      method: 'GET',
      url: '/approvals',
      access: 'viewer',
      tag: 'approvals',
      summary:
        'List approval requests (e.g. ?state=pending), with the exact proposal, diagnosis and evidence',
      query: ApprovalsQuery,
      response: z.object({ approvals: z.array(Approval) }),
      handler: async ({ query }) => ({
        approvals: await runtime.store.listApprovals(query.state ? { state: query.state } : {}),
      }),
    }),
    route({
      method: 'GET',
      url: '/approvals/:id',
      access: 'viewer',
      tag: 'approvals',
      summary: 'One approval request with its votes',
      params: IdParams,
      response: Approval,
      errors: ['HST_NOT_FOUND'],
      handler: async ({ params }) => {
        const req = await runtime.approvals.get(params.id);
        if (!req) throw new HomeostatError('HST_NOT_FOUND', `no approval request ${params.id}`);
        return req;
      },
    }),
    vote('approve'),
    vote('reject'),
  ];
}
