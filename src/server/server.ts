/**
 * The HTTP server: the JSON API under /api/v1 (token auth, roles, OpenAPI),
 * the live event stream, the signal receivers on the same port, and the
 * dashboard's files at /. Fastify's logger stays off, so neither tokens nor
 * request headers are ever written anywhere.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyReply } from 'fastify';
import { VERSION } from '../cli/version.js';
import type { Bus } from '../core/bus.js';
import { ERRORS, type ErrorCode, HomeostatError } from '../core/errors.js';
import type { Runtime } from '../runtime/runtime.js';
import type { EntityGraph } from '../topology/graph.js';
import { type Role, TokenAuthority, type TokenConfig } from './auth.js';
import { EventHub } from './events.js';
import { buildOpenApi, type ReceiverRoute } from './openapi.js';
import { type AnyRoute, authHook, mountRoutes } from './route.js';
import { apiRoutes, openApiRoute } from './routes/index.js';
import { StaticFiles } from './static.js';

/** Every API route lives under this prefix. */
export const API_PREFIX = '/api/v1';

export interface ApiServerOptions {
  readonly runtime: Runtime;
  readonly graph?: EntityGraph;
  /** Token configuration (validated here), or an authority built already. */
  readonly tokens: TokenConfig | TokenAuthority;
  /** More API routes declared with `route()` (e.g. `seriesRoutes(...)`): mounted under the prefix with the same auth, and documented. */
  readonly routes?: readonly AnyRoute[];
  /** Receiver plugins (e.g. `ingestPlugin(...).plugin` from src/sense/server.ts), mounted at the root. */
  readonly receivers?: readonly FastifyPluginAsync[] | ((app: FastifyInstance) => Promise<void>);
  /** Token role the receivers require; default none (OTLP and Prometheus senders rarely carry tokens). */
  readonly receiversRole?: Role;
  /** Where 'incident', 'action' and 'approval' events come from for /events. */
  readonly bus?: Bus;
  /** Dashboard files, served at /, when the folder exists. */
  readonly staticDir?: string;
  /** Environment for `env:` tokens; default process.env. */
  readonly env?: NodeJS.ProcessEnv;
  readonly heartbeatMs?: number;
  readonly ledgerPollMs?: number;
  /** Where unexpected (5xx) errors are reported; never given request headers. */
  readonly log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void;
  /** Called on the fresh fastify instance before anything is registered (hooks, extra plugins). */
  readonly configure?: (app: FastifyInstance) => void;
  /** Largest JSON body accepted by the API; default 1 MiB. */
  readonly bodyLimit?: number;
}

export interface ApiServer {
  readonly app: FastifyInstance;
  readonly events: EventHub;
  /** Listens and returns the base URL, e.g. http://127.0.0.1:8080. */
  listen(port?: number, host?: string): Promise<string>;
  /** Ends event streams and closes the server. Safe twice. */
  close(): Promise<void>;
}

function codeFor(status: number): ErrorCode {
  if (status === 404) return 'HST_NOT_FOUND';
  if (status === 413) return 'HST_PAYLOAD_TOO_LARGE';
  if (status === 415) return 'HST_UNSUPPORTED_MEDIA';
  if (status === 429) return 'HST_RATE_LIMITED';
  if (status === 401) return 'HST_UNAUTHENTICATED';
  if (status === 403) return 'HST_FORBIDDEN';
  if (status >= 500) return 'HST_INTERNAL';
  return 'HST_INPUT_INVALID';
}

function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="homeostat"');
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

/**
 * Builds the server (not yet listening).
 * @example
 * const api = await createApiServer({ runtime, graph, bus, tokens: { tokens: [{ name: 'alice', role: 'approver', token: 'env:HOMEOSTAT_TOKEN_ALICE' }] } });
 * const url = await api.listen(8080, '127.0.0.1');
 */
export async function createApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const authority =
    opts.tokens instanceof TokenAuthority ? opts.tokens : TokenAuthority.fromConfig(opts.tokens, opts.env);
  const app = Fastify({ logger: false, bodyLimit: opts.bodyLimit ?? 1024 * 1024, return503OnClosing: true });
  opts.configure?.(app);
  const events = new EventHub({
    store: opts.runtime.store,
    ...(opts.bus ? { bus: opts.bus } : {}),
    ...(opts.heartbeatMs !== undefined ? { heartbeatMs: opts.heartbeatMs } : {}),
    ...(opts.ledgerPollMs !== undefined ? { ledgerPollMs: opts.ledgerPollMs } : {}),
  });
  const files = opts.staticDir ? await StaticFiles.open(opts.staticDir) : undefined;

  app.setErrorHandler((err, request, reply) => {
    if (err instanceof HomeostatError) return sendError(reply, err.status, err.code, err.message);
    const status =
      typeof (err as { statusCode?: unknown }).statusCode === 'number'
        ? (err as { statusCode: number }).statusCode
        : 500;
    const code = codeFor(status);
    if (status >= 500) {
      opts.log?.('API request failed', {
        method: request.method,
        route: request.routeOptions.url ?? null,
        error: err instanceof Error ? err.message : String(err),
      });
    }
    // Internal details stay inside; a client error says what fastify found wrong.
    const message = status >= 500 ? ERRORS[code].message : err instanceof Error ? err.message : String(err);
    return sendError(reply, status, code, message);
  });

  const deps = { runtime: opts.runtime, ...(opts.graph ? { graph: opts.graph } : {}), startedAt: Date.now() };
  const receiverRoutes: ReceiverRoute[] = [];
  let openapi: Record<string, unknown> | undefined;
  // Built on first request, once the receivers have registered their routes.
  const routes = [
    ...apiRoutes(deps, events),
    ...(opts.routes ?? []),
    openApiRoute(() => {
      openapi ??= buildOpenApi(routes, API_PREFIX, VERSION, {
        routes: receiverRoutes,
        ...(opts.receiversRole ? { role: opts.receiversRole } : {}),
      });
      return openapi;
    }),
  ];
  mountRoutes(app, API_PREFIX, routes, authority);

  if (opts.receivers) {
    const receivers = opts.receivers;
    await app.register(async (child) => {
      if (opts.receiversRole) child.addHook('onRequest', authHook(opts.receiversRole, authority));
      child.addHook('onRoute', (r) => {
        for (const method of [r.method].flat())
          if (method !== 'HEAD') receiverRoutes.push({ method, url: r.url });
      });
      if (typeof receivers === 'function') await receivers(child);
      else for (const plugin of receivers) await child.register(plugin);
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.raw.url ?? '/';
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    if (!files || !readOnly || url === '/api' || url.startsWith('/api/')) {
      return sendError(reply, 404, 'HST_NOT_FOUND', `no route ${request.method} ${url.split('?')[0]}`);
    }
    const found = await files.resolve(url);
    if (found === 'bad-request') return sendError(reply, 400, 'HST_INPUT_INVALID', 'the path is not valid');
    if (typeof found === 'string')
      return sendError(reply, 404, 'HST_NOT_FOUND', `no file ${url.split('?')[0]}`);
    reply
      .type(found.type)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', found.type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600');
    return reply.send(request.method === 'HEAD' ? undefined : found.open());
  });

  app.addHook('preClose', async () => events.closeAll());

  let closed = false;
  return {
    app,
    events,
    async listen(port = 0, host = '127.0.0.1') {
      const address = await app.listen({ port, host });
      return address.replace('[::1]', 'localhost');
    },
    async close() {
      if (closed) return;
      closed = true;
      events.closeAll();
      await app.close();
    },
  };
}
