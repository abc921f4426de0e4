/**
 * OTLP traces → one 'trace' signal per span (value = duration in ms) plus a
 * SpanRecord for listeners. Spans with missing or malformed ids, implausible
 * times or an end before the start are rejected one by one.
 */
import { z } from 'zod';
import { newId } from '../../model/index.js';
import { timestampProblem } from '../common/limits.js';
import { zodMessage } from '../common/problems.js';
import { type Converted, convertRequest, type ItemContext, type Shape } from './convert.js';
import { SPAN_KINDS, SPAN_STATUSES, type SpanRecord } from './spans.js';
import { attributes, attrsToObject, hexId, int64, nanosToMs } from './values.js';

const spanSchema = z.object({
  traceId: hexId(16),
  spanId: hexId(8),
  parentSpanId: hexId(8),
  name: z.string().optional(),
  kind: z.number().int().min(0).max(5, 'span kind must be 0..5').optional(),
  startTimeUnixNano: int64.optional(),
  endTimeUnixNano: int64.optional(),
  attributes,
  status: z
    .object({ message: z.string().optional(), code: z.number().int().min(0).max(2).optional() })
    .optional(),
});

export const TRACES_SHAPE: Shape = {
  resources: 'resourceSpans',
  scopes: 'scopeSpans',
  items: 'spans',
  leaves: new Set(['spans']),
};

const ZERO = /^0*$/;

/**
 * Converts an ExportTraceServiceRequest (JSON shape) into signals and span records.
 * @example const { signals, extras: spans } = convertTraces(req, Date.now(), DEFAULT_LIMITS)
 */
export function convertTraces(
  request: unknown,
  now: number,
  limits: ItemContext['limits'],
): Converted<SpanRecord> {
  return convertRequest<SpanRecord>(request, TRACES_SHAPE, now, limits, (raw, ctx, out) => {
    const parsed = spanSchema.safeParse(raw);
    if (!parsed.success) return out.problems.reject(zodMessage(ctx.path, parsed.error.issues));
    const s = parsed.data;
    if (!s.traceId || ZERO.test(s.traceId))
      return out.problems.reject(`${ctx.path}.traceId: missing or all zero`);
    if (!s.spanId || ZERO.test(s.spanId))
      return out.problems.reject(`${ctx.path}.spanId: missing or all zero`);
    const startMs = nanosToMs(s.startTimeUnixNano);
    const endMs = nanosToMs(s.endTimeUnixNano);
    const bad = timestampProblem(startMs, ctx.now, ctx.limits);
    if (bad) return out.problems.reject(`${ctx.path}.startTimeUnixNano: ${bad}`);
    if (endMs < startMs) return out.problems.reject(`${ctx.path}.endTimeUnixNano: before startTimeUnixNano`);
    const badEnd = timestampProblem(endMs, ctx.now, ctx.limits);
    if (badEnd) return out.problems.reject(`${ctx.path}.endTimeUnixNano: ${badEnd}`);
    const record: SpanRecord = {
      traceId: s.traceId.toLowerCase(),
      spanId: s.spanId.toLowerCase(),
      parentSpanId: s.parentSpanId && !ZERO.test(s.parentSpanId) ? s.parentSpanId.toLowerCase() : '',
      service: ctx.service,
      kind: SPAN_KINDS[s.kind ?? 0] ?? 'internal',
      name: s.name ?? '',
      startMs,
      endMs,
      status: SPAN_STATUSES[s.status?.code ?? 0] ?? 'unset',
      attributes: attrsToObject(s.attributes),
    };
    out.extras.push(record);
    out.signals.push({
      id: newId('signal', ctx.now),
      kind: 'trace',
      source: 'otlp',
      entity: ctx.entity,
      name: record.name,
      at: startMs,
      value: endMs - startMs,
      labels: { 'span.kind': record.kind, status: record.status },
      attributes: {
        service: ctx.service,
        traceId: record.traceId,
        spanId: record.spanId,
        parentSpanId: record.parentSpanId,
        endMs,
        statusMessage: s.status?.message ?? '',
        scope: ctx.scope,
        spanAttributes: record.attributes,
        resource: ctx.resource,
      },
    });
  });
}
