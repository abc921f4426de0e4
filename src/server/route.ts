/**
 * One declaration per API route: method, path, required role, zod schemas for
 * params, query and body, the documented response, and the handler. The same
 * declaration mounts the route (authentication first, then validation) and
 * writes its part of the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ErrorCode, HomeostatError } from '../core/errors.js';
import { ANONYMOUS, type Principal, type Role, roleAtLeast, type TokenAuthority } from './auth.js';

/** Who may call a route: anyone, or a token of at least this role. */
export type Access = Role | 'public';

export const NO_INPUT = z.strictObject({});
type NoInput = typeof NO_INPUT;

export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly principal: Principal;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface RouteDef<
  P extends z.ZodType = NoInput,
  Q extends z.ZodType = NoInput,
  B extends z.ZodType = NoInput,
> {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the API prefix, fastify style: `/incidents/:id`. */
  readonly url: string;
  readonly access: Access;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** The success response, for the document. */
  readonly response: z.ZodType;
  /** Content type of the success response; default application/json. */
  readonly produces?: string;
  /** Status of the success response; default 200. */
  readonly status?: number;
  /** Error codes this route may answer with, beyond authentication and validation. */
  readonly errors?: readonly ErrorCode[];
  /** Accept the token from the `access_token` query parameter too (for EventSource). */
  readonly tokenInQuery?: boolean;
  /** Returns the JSON body, or undefined when it has answered through `reply` itself. */
  handler(ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<unknown>;
}

/** A route with its input types erased, for lists of routes. */
export type AnyRoute = RouteDef<z.ZodType, z.ZodType, z.ZodType>;

/** Declares a route, keeping its input types for the handler. */
export function route<
  P extends z.ZodType = NoInput,
  Q extends z.ZodType = NoInput,
  B extends z.ZodType = NoInput,
>(def: RouteDef<P, Q, B>): AnyRoute {
  return def as unknown as AnyRoute;
}

/** `/incidents/:id` → `/incidents/{id}` (OpenAPI path templating). */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function fieldPath(where: string, path: readonly PropertyKey[]): string {
  let out = where;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

/** Parses one part of the request, or throws HST_INPUT_INVALID naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const text = parsed.error.issues
    .slice(0, 5)
    .map((i) => {
      if (i.code === 'unrecognized_keys') {
        const why = i.keys.includes('by') ? ' (the identity comes from the token, never from the body)' : '';
        return i.keys.map((k) => `${fieldPath(where, [...i.path, k])}: unknown field${why}`).join('; ');
      }
      return `${fieldPath(where, i.path)}: ${i.message}`;
    })
    .join('; ');
  throw new HomeostatError('HST_INPUT_INVALID', text);
}

const principals = new WeakMap<FastifyRequest, Principal>();

/** The principal a request was authenticated as (after the route's auth hook ran). */
export function principalOf(request: FastifyRequest): Principal | undefined {
  return principals.get(request);
}

/**
 * The authentication hook for one access level. Missing token: 401, unless the
 * route is a GET for viewers and anonymous reading is on. Wrong token: 401.
 * Too weak a role: 403.
 */
export function authHook(access: Access, authority: TokenAuthority, tokenInQuery = false) {
  return async (request: FastifyRequest): Promise<void> => {
    if (access === 'public') return;
    let header = request.headers.authorization;
    if (header === undefined && tokenInQuery) {
      const q = request.query as Record<string, unknown> | undefined;
      if (typeof q?.access_token === 'string' && q.access_token !== '') header = `Bearer ${q.access_token}`;
    }
    let principal = authority.authenticate(header);
    if (!principal) {
      const readOnly = request.method === 'GET' || request.method === 'HEAD';
      if (readOnly && access === 'viewer' && authority.allowAnonymousRead) principal = ANONYMOUS;
      else
        throw new HomeostatError(
          'HST_UNAUTHENTICATED',
          `${request.method} ${request.routeOptions.url ?? request.url} needs a token: send "Authorization: Bearer <token>"`,
        );
    }
    if (!roleAtLeast(principal.role, access)) {
      throw new HomeostatError(
        'HST_FORBIDDEN',
        `${request.method} ${request.routeOptions.url ?? request.url} needs the ${access} role; '${principal.name}' is a ${principal.role}`,
      );
    }
    principals.set(request, principal);
  };
}

/** Mounts routes under `prefix` with authentication, validation and the handler. */
export function mountRoutes(
  app: FastifyInstance,
  prefix: string,
  routes: readonly AnyRoute[],
  authority: TokenAuthority,
): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: `${prefix}${r.url}`,
      onRequest: authHook(r.access, authority, r.tokenInQuery),
      handler: async (request, reply) => {
        const params = parseInput(r.params ?? NO_INPUT, request.params, 'path');
        const query = parseInput(r.query ?? NO_INPUT, request.query, 'query');
        const body = parseInput(r.body ?? NO_INPUT, request.body, 'body');
        const principal = principals.get(request) ?? ANONYMOUS;
        const out = await r.handler({ params, query, body, principal, request, reply });
        if (reply.sent || out === undefined) return reply;
        reply.code(r.status ?? 200);
        return out;
      },
    });
  }
}
