/**
 * OTLP logs → one 'log' signal per record, with the body as
 * `attributes.message`. Records use time, else observed time, else the
 * receive time; implausible times and malformed ids reject the record alone.
 */
import { z } from 'zod';
import { newId } from '../../model/index.js';
import { timestampProblem } from '../common/limits.js';
import { zodMessage } from '../common/problems.js';
import { type Converted, convertRequest, type ItemContext, type Shape } from './convert.js';
import { anyValue, attributes, attrsToObject, hexId, int64, nanosToMs, toJs } from './values.js';

const recordSchema = z.object({
  timeUnixNano: int64.optional(),
  observedTimeUnixNano: int64.optional(),
  severityNumber: z.number().int().min(0).max(24, 'severityNumber must be 0..24').optional(),
  severityText: z.string().optional(),
  body: anyValue.optional(),
  attributes,
  traceId: hexId(16),
  spanId: hexId(8),
  eventName: z.string().optional(),
});

export const LOGS_SHAPE: Shape = {
  resources: 'resourceLogs',
  scopes: 'scopeLogs',
  items: 'logRecords',
  leaves: new Set(['logRecords']),
};

const SEVERITY = ['unspecified', 'trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

/** OTLP severity number (1..24, four per level) to a level word. */
export function severityLevel(n: number | undefined): string {
  if (!n) return 'unspecified';
  return SEVERITY[Math.min(6, Math.floor((n - 1) / 4) + 1)] ?? 'unspecified';
}

/**
 * Converts an ExportLogsServiceRequest (JSON shape) into log signals.
 * @example convertLogs(req, Date.now(), DEFAULT_LIMITS).signals[0].attributes.message
 */
export function convertLogs(request: unknown, now: number, limits: ItemContext['limits']): Converted<never> {
  return convertRequest<never>(request, LOGS_SHAPE, now, limits, (raw, ctx, out) => {
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) return out.problems.reject(zodMessage(ctx.path, parsed.error.issues));
    const r = parsed.data;
    const time = nanosToMs(r.timeUnixNano);
    const observed = nanosToMs(r.observedTimeUnixNano);
    const field = time ? 'timeUnixNano' : 'observedTimeUnixNano';
    const at = time || observed || ctx.now;
    const bad = timestampProblem(at, ctx.now, ctx.limits);
    if (bad) return out.problems.reject(`${ctx.path}.${field}: ${bad}`);
    const body = toJs(r.body);
    const message = typeof body === 'string' ? body : body === null ? '' : JSON.stringify(body);
    const level = r.severityText?.toLowerCase() || severityLevel(r.severityNumber);
    out.signals.push({
      id: newId('signal', ctx.now),
      kind: 'log',
      source: 'otlp',
      entity: ctx.entity,
      name: r.eventName || 'log',
      at,
      ...(r.severityNumber ? { value: r.severityNumber } : {}),
      labels: { level },
      attributes: {
        service: ctx.service,
        message,
        ...(body !== null && typeof body === 'object' ? { body } : {}),
        severityNumber: r.severityNumber ?? 0,
        severityText: r.severityText ?? '',
        traceId: r.traceId?.toLowerCase() ?? '',
        spanId: r.spanId?.toLowerCase() ?? '',
        logAttributes: attrsToObject(r.attributes),
        scope: ctx.scope,
        resource: ctx.resource,
      },
    });
  });
}
