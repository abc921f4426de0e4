/**
 * A simple, exported span record: what topology building and diagnosis need
 * from a trace span, independent of OTLP's wire shape.
 */

export type SpanKind = 'server' | 'client' | 'internal' | 'producer' | 'consumer';
export type SpanStatus = 'ok' | 'error' | 'unset';

/**
 * One finished span.
 * @example { traceId: '5b8e…', spanId: 'eee1…', parentSpanId: '', service: 'checkout', kind: 'server', name: 'GET /cart', startMs: 1, endMs: 3, status: 'ok', attributes: {} }
 */
export interface SpanRecord {
  /** 32 lower-case hex characters. */
  readonly traceId: string;
  /** 16 lower-case hex characters. */
  readonly spanId: string;
  /** '' for a root span. */
  readonly parentSpanId: string;
  /** The resource's service.name. */
  readonly service: string;
  readonly kind: SpanKind;
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly status: SpanStatus;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** Receives spans as they arrive (e.g. the topology builder). */
export type SpanListener = (spans: readonly SpanRecord[]) => void;

/** OTLP SpanKind numbers; 0 (unspecified) is treated as internal, as the spec suggests. */
export const SPAN_KINDS: readonly SpanKind[] = [
  'internal',
  'internal',
  'server',
  'client',
  'producer',
  'consumer',
];

/** OTLP StatusCode numbers. */
export const SPAN_STATUSES: readonly SpanStatus[] = ['unset', 'ok', 'error'];
