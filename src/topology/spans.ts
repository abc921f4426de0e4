/**
 * A minimal span record, the subset of an OTLP span the topology needs. The
 * OTLP receiver (or a trace file reader) maps its input to this shape; the
 * graph derives caller → callee edges from it.
 */
import { z } from 'zod';

/** Span kinds as OTLP names them, lower-cased. */
export const SPAN_KINDS = ['internal', 'server', 'client', 'producer', 'consumer', 'unspecified'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** One span; times are epoch milliseconds. */
export interface SpanRecord {
  readonly traceId: string;
  readonly spanId: string;
  /** Empty or undefined for a root span. */
  readonly parentSpanId?: string;
  /** The service (or process) that emitted the span. */
  readonly service: string;
  readonly kind: SpanKind;
  /** Operation name, e.g. 'hipstershop.CartService/GetCart'. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** 'ok', 'error' or 'unset'. */
  readonly status: 'ok' | 'error' | 'unset';
}

/** Validates spans arriving from outside (files, HTTP). */
export const spanRecordSchema = z.object({
  traceId: z.string().min(1),
  spanId: z.string().min(1),
  parentSpanId: z.string().optional(),
  service: z.string().min(1),
  kind: z.enum(SPAN_KINDS).default('unspecified'),
  name: z.string().default(''),
  start: z.number().finite(),
  end: z.number().finite(),
  status: z.enum(['ok', 'error', 'unset']).default('unset'),
});

/** A call from one service to another seen in traces, with how often and how it went. */
export interface SpanCall {
  readonly caller: string;
  readonly callee: string;
  /** The callee's operation, when known. */
  readonly operation: string;
  readonly count: number;
  readonly errors: number;
}

/**
 * Derives service-to-service calls from spans: a span whose parent belongs to
 * another service is a call from the parent's service to the span's service.
 * This covers both instrumentation styles: a client span in the caller with a
 * server child in the callee, and (when client spans are missing) a server
 * span whose parent is any span of the caller.
 * @example callsFromSpans(spans) // [{ caller: 'frontend', callee: 'cartservice', … }]
 */
export function callsFromSpans(spans: Iterable<SpanRecord>): SpanCall[] {
  const byId = new Map<string, SpanRecord>();
  const list: SpanRecord[] = [];
  for (const s of spans) {
    byId.set(`${s.traceId}/${s.spanId}`, s);
    list.push(s);
  }
  const calls = new Map<
    string,
    { caller: string; callee: string; operation: string; count: number; errors: number }
  >();
  for (const s of list) {
    if (!s.parentSpanId) continue;
    const parent = byId.get(`${s.traceId}/${s.parentSpanId}`);
    if (!parent || parent.service === s.service) continue;
    const key = `${parent.service}\u0000${s.service}\u0000${s.name}`;
    const c = calls.get(key) ?? {
      caller: parent.service,
      callee: s.service,
      operation: s.name,
      count: 0,
      errors: 0,
    };
    c.count++;
    if (s.status === 'error' || parent.status === 'error') c.errors++;
    calls.set(key, c);
  }
  return [...calls.values()];
}
