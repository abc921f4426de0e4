/**
 * Calls from one demo service to another: a client span whose context goes
 * along as `traceparent`, a hard timeout, client metrics per peer, and a
 * failure classified by reason (timeout, refused, status), so an upstream
 * service can tell "my dependency failed" from "I failed".
 */
import type { Logger } from './log.js';
import type { Registry } from './metrics.js';
import { RecentWindow } from './metrics.js';
import { formatTraceparent, type SpanContext, type Tracer } from './trace.js';

/** The answer of a peer, or why there was none. */
export type PeerReply =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  | {
      readonly ok: false;
      readonly reason: 'timeout' | 'refused' | 'status' | 'network';
      readonly status?: number;
      readonly body?: unknown;
      readonly message: string;
    };

export interface CallOptions {
  readonly body?: unknown;
  readonly timeoutMs?: number;
}

/** Declares the client metric families on a registry. */
export function declareClientMetrics(m: Registry): void {
  m.counter('http_client_requests_total', 'Calls made to peer services, by outcome');
  m.counter('http_client_errors_total', 'Failed calls to peer services, by reason');
  m.histogram('http_client_duration_seconds', 'Duration of calls to peer services');
  m.gauge('http_client_latency_p95_seconds', 'p95 duration of calls to each peer over the last 30 s');
}

function reasonOf(err: unknown): 'timeout' | 'refused' | 'network' {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
  if (e.cause?.code === 'ECONNREFUSED') return 'refused';
  return 'network';
}

/**
 * Makes traced, measured calls to named peers.
 * @example const peers = new PeerClient({ service: 'cart', peers: { orders: 'http://127.0.0.1:7003' }, tracer, metrics, log });
 * const r = await peers.call(span.context, 'orders', 'POST', '/orders', { body: { items } });
 */
export class PeerClient {
  readonly #service: string;
  readonly #peers: Readonly<Record<string, string>>;
  readonly #tracer: Tracer;
  readonly #m: Registry;
  readonly #log: Logger;
  readonly #defaultTimeoutMs: number;
  readonly #windows = new Map<string, RecentWindow>();

  constructor(o: {
    readonly service: string;
    readonly peers: Readonly<Record<string, string>>;
    readonly tracer: Tracer;
    readonly metrics: Registry;
    readonly log: Logger;
    readonly defaultTimeoutMs?: number;
  }) {
    this.#service = o.service;
    this.#peers = o.peers;
    this.#tracer = o.tracer;
    this.#m = o.metrics;
    this.#log = o.log;
    this.#defaultTimeoutMs = o.defaultTimeoutMs ?? 2_000;
    this.#m.onCollect(() => {
      const now = Date.now();
      for (const [peer, w] of this.#windows) {
        this.#m.set(
          'http_client_latency_p95_seconds',
          { service: this.#service, peer },
          w.quantile(now, 0.95),
        );
      }
    });
  }

  async call(
    parent: SpanContext,
    peer: string,
    method: string,
    path: string,
    opts: CallOptions = {},
  ): Promise<PeerReply> {
    const base = this.#peers[peer];
    if (!base) throw new Error(`${this.#service}: no URL for peer '${peer}' (set ${peer.toUpperCase()}_URL)`);
    const span = this.#tracer.start(`${method} ${path}`, 'client', parent, {
      'peer.service': peer,
      'http.request.method': method,
      'url.full': `${base}${path}`,
    });
    const started = performance.now();
    const timeoutMs = opts.timeoutMs ?? this.#defaultTimeoutMs;
    let reply: PeerReply;
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', traceparent: formatTraceparent(span.context) },
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      const body = text ? safeJson(text) : undefined;
      span.setAttribute('http.response.status_code', res.status);
      reply =
        res.status < 500
          ? { ok: true, status: res.status, body }
          : {
              ok: false,
              reason: 'status',
              status: res.status,
              body,
              message: `${peer} answered ${res.status}`,
            };
    } catch (err) {
      const reason = reasonOf(err);
      reply = {
        ok: false,
        reason,
        message:
          reason === 'timeout'
            ? `${peer} did not answer within ${timeoutMs} ms`
            : `${peer} unreachable (${reason})`,
      };
    }
    const seconds = (performance.now() - started) / 1000;
    const labels = { service: this.#service, peer };
    this.#m.observe('http_client_duration_seconds', labels, seconds);
    this.#window(peer).add(Date.now(), seconds);
    this.#m.inc('http_client_requests_total', { ...labels, outcome: reply.ok ? 'ok' : 'error' });
    if (!reply.ok) {
      this.#m.inc('http_client_errors_total', { ...labels, reason: reply.reason });
      // A stable template: the variable parts are fields.
      this.#log.error('call to peer failed', {
        peer,
        reason: reply.reason,
        status: reply.status,
        path,
        trace_id: span.context.traceId,
      });
    }
    span.end(reply.ok ? 'ok' : 'error', reply.ok ? undefined : reply.message);
    return reply;
  }

  #window(peer: string): RecentWindow {
    let w = this.#windows.get(peer);
    if (!w) {
      w = new RecentWindow(30_000);
      this.#windows.set(peer, w);
    }
    return w;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
