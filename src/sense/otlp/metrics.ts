/**
 * OTLP metrics → signals. Gauges and sums become one signal per point; a
 * histogram becomes its Prometheus-style series (`_count`, `_sum`, cumulative
 * `_bucket{le}`), a summary `_count`, `_sum` and one series per quantile, an
 * exponential histogram `_count` and `_sum`. Points with an implausible
 * timestamp or inconsistent buckets are rejected one by one.
 */
import { z } from 'zod';
import type { Labels, Signal } from '../../model/index.js';
import { newId } from '../../model/index.js';
import { timestampProblem } from '../common/limits.js';
import { zodMessage } from '../common/problems.js';
import { type Converted, convertRequest, type ItemContext, type Shape } from './convert.js';
import { attributes, attrsToLabels, double, int64, nanosToMs } from './values.js';

const points = z.array(z.unknown()).optional();
const metricSchema = z.object({
  name: z.string().min(1, 'metric name must not be empty'),
  unit: z.string().optional(),
  gauge: z.object({ dataPoints: points }).optional(),
  sum: z
    .object({
      dataPoints: points,
      aggregationTemporality: z.number().int().optional(),
      isMonotonic: z.boolean().optional(),
    })
    .optional(),
  histogram: z.object({ dataPoints: points, aggregationTemporality: z.number().int().optional() }).optional(),
  exponentialHistogram: z
    .object({ dataPoints: points, aggregationTemporality: z.number().int().optional() })
    .optional(),
  summary: z.object({ dataPoints: points }).optional(),
});

const time = { startTimeUnixNano: int64.optional(), timeUnixNano: int64.optional() };
const flags = z.number().int().optional();
const numberPoint = z.object({
  attributes,
  ...time,
  asDouble: double.optional(),
  asInt: int64.optional(),
  flags,
});
const histogramPoint = z.object({
  attributes,
  ...time,
  count: int64.optional(),
  sum: double.optional(),
  bucketCounts: z.array(int64).optional(),
  explicitBounds: z.array(double).optional(),
  flags,
});
const expHistogramPoint = z.object({
  attributes,
  ...time,
  count: int64.optional(),
  sum: double.optional(),
  flags,
});
const summaryPoint = z.object({
  attributes,
  ...time,
  count: int64.optional(),
  sum: double.optional(),
  quantileValues: z.array(z.object({ quantile: double.optional(), value: double.optional() })).optional(),
  flags,
});

/** Data point flag: the point carries no value (a staleness marker); it is skipped, not rejected. */
const NO_RECORDED_VALUE = 1;

export const METRICS_SHAPE: Shape = {
  resources: 'resourceMetrics',
  scopes: 'scopeMetrics',
  items: 'metrics',
  leaves: new Set(['dataPoints']),
};

/**
 * Converts an ExportMetricsServiceRequest (JSON shape) into metric signals.
 * @example convertMetrics(JSON.parse(body), Date.now(), DEFAULT_LIMITS).signals
 */
export function convertMetrics(
  request: unknown,
  now: number,
  limits: ItemContext['limits'],
): Converted<never> {
  return convertRequest<never>(request, METRICS_SHAPE, now, limits, (raw, ctx, out) => {
    const m = metricSchema.safeParse(raw);
    if (!m.success) {
      const n = countPoints(raw);
      out.problems.reject(zodMessage(ctx.path, m.error.issues), n);
      return;
    }
    const metric = m.data;
    const base = { metric: metric.name, unit: metric.unit ?? '', scope: ctx.scope, resource: ctx.resource };
    // Non-finite values (NaN staleness markers, ±Inf) are legal in OTLP but carry no level to learn.
    const emit = (name: string, at: number, value: number, labels: Labels, type: string, extra = {}) => {
      if (!Number.isFinite(value)) return;
      out.signals.push(signal(ctx, name, at, value, labels, { ...base, type, ...extra }));
    };
    const each = <T extends { timeUnixNano?: string | number | undefined; flags?: number | undefined }>(
      list: readonly unknown[] | undefined,
      schema: z.ZodType<T>,
      key: string,
      use: (p: T, at: number, path: string) => string | undefined,
    ) => {
      for (const [i, rawPoint] of (list ?? []).entries()) {
        const path = `${ctx.path}.${key}.dataPoints[${i}]`;
        const p = schema.safeParse(rawPoint);
        if (!p.success) {
          out.problems.reject(zodMessage(path, p.error.issues));
          continue;
        }
        if (((p.data.flags ?? 0) & NO_RECORDED_VALUE) !== 0) continue;
        const at = nanosToMs(p.data.timeUnixNano);
        const bad = timestampProblem(at, ctx.now, ctx.limits);
        const problem = bad ? `${path}.timeUnixNano: ${bad}` : use(p.data, at, path);
        if (problem) out.problems.reject(problem);
      }
    };
    const sumMeta = metric.sum
      ? { monotonic: metric.sum.isMonotonic ?? false, temporality: metric.sum.aggregationTemporality ?? 0 }
      : undefined;
    each(metric.gauge?.dataPoints, numberPoint, 'gauge', (p, at) => {
      emit(metric.name, at, pointValue(p), attrsToLabels(p.attributes), 'gauge');
      return undefined;
    });
    each(metric.sum?.dataPoints, numberPoint, 'sum', (p, at) => {
      emit(metric.name, at, pointValue(p), attrsToLabels(p.attributes), 'sum', sumMeta);
      return undefined;
    });
    each(metric.histogram?.dataPoints, histogramPoint, 'histogram', (p, at, path) => {
      const counts = (p.bucketCounts ?? []).map(Number);
      const bounds = p.explicitBounds ?? [];
      if (counts.length > 0 && counts.length !== bounds.length + 1) {
        return `${path}.bucketCounts: has ${counts.length} entries for ${bounds.length} explicitBounds; expected ${bounds.length + 1}`;
      }
      const labels = attrsToLabels(p.attributes);
      emit(`${metric.name}_count`, at, Number(p.count ?? 0), labels, 'histogram');
      if (p.sum !== undefined) emit(`${metric.name}_sum`, at, p.sum, labels, 'histogram');
      let cumulative = 0;
      counts.forEach((c, i) => {
        cumulative += c;
        const le = i < bounds.length ? String(bounds[i]) : '+Inf';
        emit(`${metric.name}_bucket`, at, cumulative, { ...labels, le }, 'histogram');
      });
      return undefined;
    });
    each(metric.exponentialHistogram?.dataPoints, expHistogramPoint, 'exponentialHistogram', (p, at) => {
      const labels = attrsToLabels(p.attributes);
      emit(`${metric.name}_count`, at, Number(p.count ?? 0), labels, 'exponential_histogram');
      if (p.sum !== undefined) emit(`${metric.name}_sum`, at, p.sum, labels, 'exponential_histogram');
      return undefined;
    });
    each(metric.summary?.dataPoints, summaryPoint, 'summary', (p, at) => {
      const labels = attrsToLabels(p.attributes);
      emit(`${metric.name}_count`, at, Number(p.count ?? 0), labels, 'summary');
      if (p.sum !== undefined) emit(`${metric.name}_sum`, at, p.sum, labels, 'summary');
      for (const q of p.quantileValues ?? []) {
        emit(metric.name, at, q.value ?? 0, { ...labels, quantile: String(q.quantile ?? 0) }, 'summary');
      }
      return undefined;
    });
  });
}

function pointValue(p: { asDouble?: number | undefined; asInt?: string | number | undefined }): number {
  if (p.asDouble !== undefined) return p.asDouble;
  if (p.asInt !== undefined) return Number(p.asInt);
  return 0;
}

function signal(
  ctx: ItemContext,
  name: string,
  at: number,
  value: number,
  labels: Labels,
  attrs: Record<string, unknown>,
): Signal {
  return {
    id: newId('signal', ctx.now),
    kind: 'metric',
    source: 'otlp',
    entity: ctx.entity,
    name,
    at,
    value,
    labels,
    attributes: { service: ctx.service, ...attrs },
  };
}

function countPoints(raw: unknown): number {
  if (raw === null || typeof raw !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(raw)) {
    if (v !== null && typeof v === 'object' && Array.isArray((v as { dataPoints?: unknown }).dataPoints)) {
      n += ((v as { dataPoints: unknown[] }).dataPoints ?? []).length;
    }
  }
  return n;
}
