/**
 * The skeleton every demo service runs on: a node:http server whose routes
 * are instrumented (request, error and latency metrics, a server span joined
 * to the caller's trace, JSON logs), `/health`, `/metrics`, the shared fault
 * mechanics on `/admin/fault`, graceful shutdown on SIGTERM, and an exit when
 * the parent dies so a killed demo leaves no orphans.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { declareClientMetrics, PeerClient, type PeerReply } from './client.js';
import { FaultState, parseBug, parseFaultOrder } from './faults.js';
import { createLogger, type Logger } from './log.js';
import { RecentWindow, Registry } from './metrics.js';
import { type ActiveSpan, parseTraceparent, Tracer } from './trace.js';

/** What a handler sees of one request. */
export interface RequestContext {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly span: ActiveSpan;
  readonly log: Logger;
  /** A traced call to a named peer (URL from `<PEER>_URL`). */
  call(
    peer: string,
    method: string,
    path: string,
    opts?: { body?: unknown; timeoutMs?: number },
  ): Promise<PeerReply>;
}

/** A handler's answer. `cause` says whose fault a 5xx is: this service's or a dependency's. */
export interface Reply {
  readonly status?: number;
  readonly body: unknown;
  readonly cause?: 'local' | 'dependency';
}

export type Handler = (ctx: RequestContext) => Promise<Reply> | Reply;

/** One demo service. Route keys are `'<METHOD> <path>'`, matched exactly. */
export interface ServiceDefinition {
  readonly name: string;
  readonly routes: Readonly<Record<string, Handler>>;
  /** Extra admin routes, e.g. `'PUT /admin/pool'`; never subject to faults. */
  readonly admin?: Readonly<Record<string, Handler>>;
  /** Peer names this service calls; each needs `<NAME>_URL` in the env. */
  readonly peers?: readonly string[];
  /** Declares and refreshes service-specific metrics. */
  readonly metrics?: (m: Registry) => void;
  /** Own health beyond "answers and is not failing": e.g. an exhausted pool. */
  readonly health?: () => { readonly ok: boolean; readonly detail?: Record<string, unknown> };
  readonly shutdown?: () => Promise<void> | void;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(0),
  VERSION: z.string().optional(),
  HOMEOSTAT_VERSION: z.string().optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  BUG: z.string().optional(),
  LEAK_LIMIT_MB: z.coerce.number().int().positive().default(400),
  CALL_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
});

/** A running service, for the entry file and tests. */
export interface RunningService {
  readonly port: number;
  readonly log: Logger;
  readonly metrics: Registry;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error(`body over ${MAX_BODY} bytes`));
      else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        reject(new Error('body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  if (res.writableEnded || res.destroyed) return;
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Error-ratio window over which a service calls itself degraded. */
const HEALTH_WINDOW_MS = 10_000;

/**
 * Starts a service from its definition and the process env.
 * @example await runService({ name: 'catalog', routes: { 'GET /products': () => ({ body: [] }) } });
 */
export async function runService(def: ServiceDefinition, rawEnv = process.env): Promise<RunningService> {
  const env = envSchema.parse(rawEnv);
  const version = env.VERSION ?? env.HOMEOSTAT_VERSION ?? '1.0.0';
  const service = def.name;
  const log = createLogger(service, version);
  const faults = new FaultState({ bug: parseBug(env.BUG), leakLimitMb: env.LEAK_LIMIT_MB });
  const tracer = new Tracer({
    service,
    version,
    ...(env.OTEL_EXPORTER_OTLP_ENDPOINT ? { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT } : {}),
  });
  const m = new Registry();
  declareServerMetrics(m);
  declareClientMetrics(m);
  def.metrics?.(m);
  const peers: Record<string, string> = {};
  for (const p of def.peers ?? []) {
    const url = rawEnv[`${p.toUpperCase()}_URL`];
    if (!url) throw new Error(`${service}: ${p.toUpperCase()}_URL is not set; it names the ${p} service`);
    peers[p] = url.replace(/\/$/, '');
  }
  const client = new PeerClient({
    service,
    peers,
    tracer,
    metrics: m,
    log,
    defaultTimeoutMs: env.CALL_TIMEOUT_MS,
  });
  const latency = new RecentWindow(30_000);
  const outcomes: { at: number; localError: boolean }[] = [];
  let inFlight = 0;
  const labels = { service };

  m.onCollect(() => {
    const mem = process.memoryUsage();
    const now = Date.now();
    m.set('process_resident_memory_bytes', labels, mem.rss);
    m.set('nodejs_heap_used_bytes', labels, mem.heapUsed);
    m.set('http_in_flight_requests', labels, inFlight);
    m.set('http_server_latency_p50_seconds', labels, latency.quantile(now, 0.5));
    m.set('http_server_latency_p95_seconds', labels, latency.quantile(now, 0.95));
    m.set('app_info', { service, version }, 1);
    m.setTotal('otlp_spans_exported_total', labels, tracer.stats.exported);
    m.setTotal('otlp_spans_dropped_total', labels, tracer.stats.dropped);
  });
  m.set('process_start_time_seconds', labels, Math.floor(Date.now() / 1000));

  const localErrorRatio = (): { ratio: number; requests: number } => {
    const from = Date.now() - HEALTH_WINDOW_MS;
    while (outcomes.length && (outcomes[0]?.at ?? 0) < from) outcomes.shift();
    const bad = outcomes.filter((o) => o.localError).length;
    return { ratio: outcomes.length ? bad / outcomes.length : 0, requests: outcomes.length };
  };

  async function serve(req: IncomingMessage, res: ServerResponse, route: string, handler: Handler, url: URL) {
    inFlight++;
    const started = performance.now();
    const span = tracer.start(
      route,
      'server',
      parseTraceparent(req.headers.traceparent as string | undefined),
      {
        'http.request.method': req.method ?? 'GET',
        'url.path': url.pathname,
      },
    );
    let reply: Reply;
    try {
      const f = faults.snapshot();
      if (f.latencyMs > 0) await new Promise((r) => setTimeout(r, f.latencyMs));
      if (f.errorRate > 0 && Math.random() < f.errorRate) {
        reply = { status: 500, body: { error: 'internal error' }, cause: 'local' };
      } else {
        const body = await readBody(req);
        reply = await handler({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          body,
          span,
          log,
          call: (peer, method, path, opts) => client.call(span.context, peer, method, path, opts),
        });
      }
    } catch (err) {
      reply = { status: 500, body: { error: (err as Error).message }, cause: 'local' };
    }
    const status = reply.status ?? 200;
    const seconds = (performance.now() - started) / 1000;
    const failed = status >= 500;
    const cause = reply.cause ?? 'local';
    m.inc('http_requests_total', { service, route, code: String(status) });
    m.observe('http_server_duration_seconds', { service, route }, seconds);
    latency.add(Date.now(), seconds);
    outcomes.push({ at: Date.now(), localError: failed && cause === 'local' });
    // Trimmed here too: nobody may be reading /health, and the window must not grow without bound.
    if (outcomes.length > 1_000) localErrorRatio();
    if (failed) {
      m.inc('http_errors_total', { service, route, cause });
      log.error('request failed', { route, status, cause, trace_id: span.context.traceId });
    }
    span.setAttribute('http.response.status_code', status);
    span.end(failed ? 'error' : 'ok');
    inFlight--;
    send(res, status, reply.body);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    if (url.pathname === '/admin/fault') {
      try {
        const order = parseFaultOrder(url.searchParams);
        const snapshot = faults.apply(order);
        log.warn('fault injected', { mode: order.mode });
        send(res, 200, { service, fault: order.mode, ...snapshot });
        if (order.mode === 'crash') {
          log.error('fatal: simulated crash', { code: order.code });
          setTimeout(() => process.exit(order.code), 20);
        }
      } catch (err) {
        send(res, 400, { error: (err as Error).message });
      }
      return;
    }
    const admin = def.admin?.[route];
    if (admin) {
      void Promise.resolve()
        .then(async () =>
          admin({
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.searchParams,
            body: await readBody(req),
            span: tracer.start(route, 'internal'),
            log,
            call: () => Promise.reject(new Error('admin routes make no calls')),
          }),
        )
        .then((r) => send(res, r.status ?? 200, r.body))
        .catch((err: Error) => send(res, 400, { error: err.message }));
      return;
    }
    // A hung process keeps its sockets open and never answers, probes included.
    if (faults.snapshot().hang) return;
    if (url.pathname === '/metrics') return send(res, 200, m.render(), 'text/plain; version=0.0.4');
    if (url.pathname === '/health') {
      const own = def.health?.() ?? { ok: true };
      const errs = localErrorRatio();
      const failing = errs.requests >= 4 && errs.ratio >= 0.25;
      const ok = own.ok && !failing;
      return send(res, ok ? 200 : 503, {
        status: ok ? 'ok' : 'degraded',
        service,
        version,
        errorRatio: Math.round(errs.ratio * 1000) / 1000,
        ...own.detail,
      });
    }
    const handler = def.routes[route];
    if (!handler) return send(res, 404, { error: `no route ${route}` });
    void serve(req, res, route, handler, url);
  });
  server.keepAliveTimeout = 5_000;

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, '127.0.0.1', () => {
      const a = server.address();
      resolve(typeof a === 'object' && a ? a.port : env.PORT);
    });
  });
  log.info('listening', { port, pid: process.pid });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      faults.close();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      // Hung or slow requests must not hold the shutdown hostage.
      setTimeout(() => server.closeAllConnections(), 1_000).unref();
      await closed;
      await def.shutdown?.();
      await Promise.race([tracer.shutdown(), new Promise((r) => setTimeout(r, 1_000))]);
    })();
    return closing;
  };
  return { port, log, metrics: m, close };
}

function declareServerMetrics(m: Registry): void {
  m.counter('http_requests_total', 'Requests served, by route and status code');
  m.counter('http_errors_total', 'Requests answered with a 5xx, by cause (local or dependency)');
  m.histogram('http_server_duration_seconds', 'Duration of requests served');
  m.gauge('http_server_latency_p50_seconds', 'Median request duration over the last 30 s');
  m.gauge('http_server_latency_p95_seconds', 'p95 request duration over the last 30 s');
  m.gauge('http_in_flight_requests', 'Requests being served now');
  m.gauge('process_resident_memory_bytes', 'Resident set size of the process');
  m.gauge('nodejs_heap_used_bytes', 'V8 heap in use');
  m.gauge('process_start_time_seconds', 'Start time of the process since the Unix epoch');
  m.gauge('app_info', 'The running version of the service');
  m.counter('otlp_spans_exported_total', 'Spans accepted by the OTLP endpoint');
  m.counter('otlp_spans_dropped_total', 'Spans dropped (buffer full or endpoint down)');
}

/**
 * Runs a service as the main program: starts it, exits non-zero if it cannot
 * start, stops cleanly on SIGTERM/SIGINT, and exits when the parent dies.
 * @example await main({ name: 'catalog', routes: { … } });
 */
export async function main(def: ServiceDefinition): Promise<void> {
  let running: RunningService;
  try {
    running = await runService(def);
  } catch (err) {
    process.stdout.write(
      `${JSON.stringify({ ts: new Date().toISOString(), level: 'error', service: def.name, msg: 'startup failed', error: (err as Error).message })}\n`,
    );
    process.exit(78);
  }
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 500).unref();
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      running.log.info('stopping', { signal: sig });
      void running.close().then(() => process.exit(0));
    });
  }
}

/**
 * The reply for a failed call to a peer: 504 on timeout, else 502, counted as a dependency's fault.
 * @example const r = await ctx.call('payments', 'POST', '/charge'); if (!r.ok) return dependencyFailed('payments', r);
 */
export function dependencyFailed(peer: string, r: Extract<PeerReply, { ok: false }>): Reply {
  return {
    status: r.reason === 'timeout' ? 504 : 502,
    body: { error: `${peer}: ${r.message}` },
    cause: 'dependency',
  };
}
