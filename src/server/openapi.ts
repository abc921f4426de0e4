/**
 * The OpenAPI 3.1 document, generated from the route declarations and their
 * zod schemas (zod 4's JSON Schema output is draft 2020-12, which OpenAPI 3.1
 * uses as is). Every mounted API route is declared, so every route is
 * documented.
 */
import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../core/errors.js';
import { ROLES } from './auth.js';
import { type AnyRoute, NO_INPUT, openApiPath } from './route.js';
import { ErrorBody } from './schemas.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

/** One OpenAPI parameter per property of an object schema. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema || schema === NO_INPUT) return [];
  const js = jsonSchema(schema, 'input');
  const props = (js.properties ?? {}) as Record<string, Json>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function errorResponse(code: ErrorCode): Json {
  return {
    description: `${code}: ${ERRORS[code].message}`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
}

function responses(r: AnyRoute): Json {
  const produces = r.produces ?? 'application/json';
  const okSchema = produces === 'application/json' ? jsonSchema(r.response, 'output') : { type: 'string' };
  const out: Json = {
    [String(r.status ?? 200)]: { description: 'OK', content: { [produces]: { schema: okSchema } } },
  };
  const codes = new Set<ErrorCode>(r.errors ?? []);
  if (r.params || r.query || r.body) codes.add('HST_INPUT_INVALID');
  if (r.access !== 'public') codes.add('HST_UNAUTHENTICATED');
  if (r.access !== 'public' && r.access !== 'viewer') codes.add('HST_FORBIDDEN');
  // Several codes can share a status (403 forbidden / self-approval): list them together.
  const byStatus = new Map<number, ErrorCode[]>();
  for (const c of codes) byStatus.set(ERRORS[c].status, [...(byStatus.get(ERRORS[c].status) ?? []), c]);
  for (const [status, list] of byStatus) {
    const first = errorResponse(list[0] as ErrorCode);
    out[String(status)] = { ...first, description: list.map((c) => `${c}: ${ERRORS[c].message}`).join('; ') };
  }
  return out;
}

function operation(r: AnyRoute): Json {
  const role =
    r.access === 'public'
      ? 'No token needed.'
      : `Needs a token with role **${r.access}** or above (${ROLES.join(' < ')}).`;
  return {
    operationId: `${r.method.toLowerCase()}${openApiPath(r.url).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    tags: [r.tag],
    summary: r.summary,
    description: [r.description, role].filter(Boolean).join('\n\n'),
    ...(r.access === 'public' ? { security: [] } : {}),
    'x-homeostat-role': r.access,
    parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
    ...(r.body
      ? {
          requestBody: {
            required: false,
            content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
          },
        }
      : {}),
    responses: responses(r),
  };
}

/** A route some receiver plugin registered; documented by path, its wire format is the standard's. */
export interface ReceiverRoute {
  readonly method: string;
  readonly url: string;
}

function receiverOperation(r: ReceiverRoute, role: string | undefined): Json {
  return {
    tags: ['receivers'],
    summary: `Signal receiver: ${r.method} ${r.url}`,
    description: `Accepts signals in the standard wire format of this endpoint (OTLP/HTTP, Prometheus remote_write, Alertmanager webhook or CloudEvents); see docs/api.md. ${role ? `Needs a token with role **${role}** or above.` : 'No token needed.'}`,
    ...(role ? {} : { security: [] }),
    'x-homeostat-role': role ?? 'public',
    responses: {
      '2XX': { description: 'Accepted' },
      '4XX': { description: 'Rejected; the body says which field was wrong' },
      '429': { description: 'Too many requests in flight; retry after the Retry-After header' },
    },
  };
}

/**
 * The OpenAPI 3.1 document for routes mounted under `prefix`, and the receiver
 * routes mounted beside them.
 * @example buildOpenApi(routes, '/api/v1', '0.1.0').paths['/api/v1/incidents'].get.summary
 */
export function buildOpenApi(
  routes: readonly AnyRoute[],
  prefix: string,
  version: string,
  receivers: { readonly routes: readonly ReceiverRoute[]; readonly role?: string } = { routes: [] },
): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const p = `${prefix}${openApiPath(r.url)}`;
    paths[p] = { ...(paths[p] ?? {}), [r.method.toLowerCase()]: operation(r) };
  }
  for (const r of receivers.routes) {
    const p = openApiPath(r.url);
    paths[p] = { ...(paths[p] ?? {}), [r.method.toLowerCase()]: receiverOperation(r, receivers.role) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'homeostat API',
      version,
      description:
        'The JSON API of the homeostat self-healing engine: incidents, actions, approvals, the global pause, the ledger, memory, topology and policy. Errors are `{ "error": { "code", "message" } }`.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    tags: [...new Set([...routes.map((r) => r.tag), ...(receivers.routes.length ? ['receivers'] : [])])].map(
      (name) => ({ name }),
    ),
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: `A token from the server configuration; its name is the identity recorded in the ledger. Roles: ${ROLES.join(' < ')}.`,
        },
      },
      schemas: { Error: jsonSchema(ErrorBody, 'output') },
    },
  };
}
