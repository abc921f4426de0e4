/**
 * Tracing for the demo services: W3C `traceparent` propagation, server and
 * client spans, and a best-effort OTLP/HTTP JSON exporter. Spans are batched
 * in a bounded buffer (the newest are dropped when it is full) and POSTed to
 * `{OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`; a homeostat that is down or slow
 * costs the service nothing but dropped spans.
 */
import { randomBytes } from 'node:crypto';

/** Identifies a span across processes. */
export interface SpanContext {
  /** 32 lower-case hex characters. */
  readonly traceId: string;
  /** 16 lower-case hex characters. */
  readonly spanId: string;
}

export type SpanKindName = 'server' | 'client' | 'internal' | 'producer';
type AttrValue = string | number | boolean;

const KIND_NUMBER: Record<SpanKindName, number> = { internal: 1, server: 2, client: 3, producer: 4 };
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * Reads a W3C traceparent header; undefined when absent or malformed (then the span starts a new trace).
 * @example parseTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')
 */
export function parseTraceparent(header: string | undefined): SpanContext | undefined {
  const m = TRACEPARENT.exec(header?.trim().toLowerCase() ?? '');
  if (!m || m[1] === 'ff' || /^0+$/.test(m[2] ?? '') || /^0+$/.test(m[3] ?? '')) return undefined;
  return { traceId: m[2] as string, spanId: m[3] as string };
}

/** @example formatTraceparent(span.context) // '00-<trace>-<span>-01' */
export function formatTraceparent(ctx: SpanContext): string {
  return `00-${ctx.traceId}-${ctx.spanId}-01`;
}

/** Wall-clock time in nanoseconds as a decimal string, as OTLP JSON wants int64. */
function nowNanos(): string {
  const ms = performance.timeOrigin + performance.now();
  return (BigInt(Math.floor(ms)) * 1_000_000n + BigInt(Math.floor((ms % 1) * 1_000_000))).toString();
}

function otlpValue(v: AttrValue): Record<string, unknown> {
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  return { stringValue: v };
}

function otlpAttrs(attrs: Readonly<Record<string, AttrValue>>): { key: string; value: unknown }[] {
  return Object.entries(attrs).map(([key, v]) => ({ key, value: otlpValue(v) }));
}

interface FinishedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly kind: number;
  readonly startTimeUnixNano: string;
  readonly endTimeUnixNano: string;
  readonly attributes: { key: string; value: unknown }[];
  readonly status: { code: number; message?: string };
}

/** A span in progress; `end` is idempotent. */
export interface ActiveSpan {
  readonly context: SpanContext;
  setAttribute(key: string, value: AttrValue): void;
  end(status?: 'ok' | 'error', message?: string): void;
}

export interface TracerOptions {
  readonly service: string;
  readonly version: string;
  /** Base OTLP endpoint, e.g. http://127.0.0.1:4318; without one spans are counted and dropped. */
  readonly endpoint?: string;
  readonly flushMs?: number;
  /** Most spans held while waiting for export. */
  readonly maxBuffer?: number;
  readonly exportTimeoutMs?: number;
}

/**
 * Starts spans and exports them in batches.
 * @example
 * const tracer = new Tracer({ service: 'orders', version: '1.0.0', endpoint: 'http://127.0.0.1:4318' });
 * const span = tracer.start('POST /orders', 'server', parseTraceparent(req.headers.traceparent));
 * span.end('ok');
 */
export class Tracer {
  readonly #o: TracerOptions;
  readonly #maxBuffer: number;
  #buffer: FinishedSpan[] = [];
  #timer: NodeJS.Timeout | undefined;
  #inFlight: Promise<void> | undefined;
  /** Counters for the service's own metrics. */
  readonly stats = { exported: 0, dropped: 0, failedExports: 0 };

  constructor(options: TracerOptions) {
    this.#o = options;
    this.#maxBuffer = options.maxBuffer ?? 2_048;
    if (options.endpoint) {
      this.#timer = setInterval(() => void this.flush(), options.flushMs ?? 1_000);
      this.#timer.unref();
    }
  }

  start(
    name: string,
    kind: SpanKindName,
    parent?: SpanContext,
    attributes: Readonly<Record<string, AttrValue>> = {},
  ): ActiveSpan {
    const context: SpanContext = {
      traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
      spanId: randomBytes(8).toString('hex'),
    };
    const start = nowNanos();
    const attrs: Record<string, AttrValue> = { ...attributes };
    let ended = false;
    return {
      context,
      setAttribute: (k, v) => {
        attrs[k] = v;
      },
      end: (status = 'ok', message) => {
        if (ended) return;
        ended = true;
        this.#record({
          traceId: context.traceId,
          spanId: context.spanId,
          parentSpanId: parent?.spanId ?? '',
          name,
          kind: KIND_NUMBER[kind],
          startTimeUnixNano: start,
          endTimeUnixNano: nowNanos(),
          attributes: otlpAttrs(attrs),
          status: status === 'ok' ? { code: 1 } : { code: 2, ...(message ? { message } : {}) },
        });
      },
    };
  }

  /** Sends what is buffered; never throws, and never runs two exports at once. */
  async flush(): Promise<void> {
    if (this.#inFlight) return this.#inFlight;
    if (!this.#o.endpoint || this.#buffer.length === 0) return;
    const batch = this.#buffer;
    this.#buffer = [];
    this.#inFlight = this.#post(batch).finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  /** Stops the timer and makes one last export attempt. */
  async shutdown(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#inFlight;
    await this.flush();
  }

  #record(span: FinishedSpan): void {
    if (!this.#o.endpoint) return;
    if (this.#buffer.length >= this.#maxBuffer) {
      this.stats.dropped++;
      return;
    }
    this.#buffer.push(span);
  }

  async #post(spans: FinishedSpan[]): Promise<void> {
    const body = {
      resourceSpans: [
        {
          resource: {
            attributes: otlpAttrs({ 'service.name': this.#o.service, 'service.version': this.#o.version }),
          },
          scopeSpans: [{ scope: { name: 'homeostat-demo', version: '1' }, spans }],
        },
      ],
    };
    const url = `${(this.#o.endpoint ?? '').replace(/\/$/, '')}/v1/traces`;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.#o.exportTimeoutMs ?? 2_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) this.stats.exported += spans.length;
      else {
        this.stats.failedExports++;
        this.stats.dropped += spans.length;
      }
    } catch {
      // Best effort by design: telemetry must never take the service down with it.
      this.stats.failedExports++;
      this.stats.dropped += spans.length;
    }
  }
}
