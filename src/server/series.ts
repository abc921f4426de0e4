/**
 * Metric series for the dashboard's charts: `GET /api/v1/series` (one
 * indicator of one entity since a time, with the band a trailing baseline
 * expects and the points where the engine detected an anomaly) and
 * `GET /api/v1/series/indicators` (what is recorded for an entity). The
 * engine keeps no history of raw samples, so a SeriesBook taps the signal
 * sink and keeps a bounded window per series.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SignalSink } from '../core/stages.js';
import type { Store } from '../core/store.js';
import type { Signal } from '../model/index.js';
import type { TokenAuthority } from './auth.js';
import { type AnyRoute, mountRoutes, route } from './route.js';

/** One sample with its expected band; `anomaly` when the engine flagged this indicator here. */
export interface SeriesPoint {
  readonly t: number;
  readonly v: number;
  readonly lo?: number;
  readonly hi?: number;
  readonly anomaly?: boolean;
}

export interface SeriesBookOptions {
  /** Samples kept per series; default 2000. */
  readonly perSeries?: number;
  /** Series kept at most (oldest dropped first); default 5000. */
  readonly maxSeries?: number;
  /** Trailing samples the band is computed from; default 30. */
  readonly baselineWindow?: number;
  /** Band half-width in robust standard deviations (1.4826·MAD); default 3. */
  readonly k?: number;
}

/** Labels that name where a sample came from, not what it measures: the entity already says it. */
const IDENTITY_LABELS: ReadonlySet<string> = new Set(['instance', 'job', 'service', 'exported_service']);

/** The name a series is known by: the metric name, plus its labels (other than identity labels) when it has any. */
export function indicatorOf(signal: Pick<Signal, 'name' | 'labels'>): string {
  const keys = Object.keys(signal.labels)
    .filter((k) => !IDENTITY_LABELS.has(k))
    .sort();
  if (keys.length === 0) return signal.name;
  return `${signal.name}{${keys.map((k) => `${k}=${signal.labels[k]}`).join(',')}}`;
}

/**
 * Whether a series is worth a chart: histogram buckets and raw counters are not (a
 * counter only climbs; its `:rate` says what happens), nor are creation timestamps.
 */
export function chartable(name: string): boolean {
  if (name.endsWith(':rate')) return true;
  return !/(_bucket|_total|_count|_sum|_created)$/.test(name);
}

/** Chart order: what a person looks at first when something is wrong. */
const PRIORITY: readonly RegExp[] = [
  /^(up|health)\b/,
  /error/,
  /^http_requests_total:rate/,
  /latency|duration/,
  /pool|queue/,
  /memory|resident/,
];

function priority(indicator: string): number {
  const i = PRIORITY.findIndex((re) => re.test(indicator));
  return i < 0 ? PRIORITY.length : i;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Recent metric samples per (entity, indicator), with a robust trailing band.
 * @example
 * const book = new SeriesBook();
 * const sink = book.tap((signals) => { engine.ingest(signals); return true; });
 * book.points('service:cart', 'http_error_rate', Date.now() - 900_000);
 */
export class SeriesBook {
  readonly #series = new Map<string, Map<string, { t: number; v: number }[]>>();
  readonly #perSeries: number;
  readonly #maxSeries: number;
  readonly #window: number;
  readonly #k: number;
  #count = 0;

  constructor(options: SeriesBookOptions = {}) {
    this.#perSeries = options.perSeries ?? 2000;
    this.#maxSeries = options.maxSeries ?? 5000;
    this.#window = options.baselineWindow ?? 30;
    this.#k = options.k ?? 3;
  }

  /** Keeps the metric samples among `signals` (others are ignored). */
  record(signals: readonly Signal[]): void {
    for (const s of signals) {
      if (s.kind !== 'metric' || typeof s.value !== 'number' || !Number.isFinite(s.value)) continue;
      if (!chartable(s.name)) continue;
      let byIndicator = this.#series.get(s.entity);
      if (!byIndicator) {
        byIndicator = new Map();
        this.#series.set(s.entity, byIndicator);
      }
      const key = indicatorOf(s);
      let list = byIndicator.get(key);
      if (!list) {
        if (this.#count >= this.#maxSeries) this.#dropOldest();
        list = [];
        byIndicator.set(key, list);
        this.#count++;
      }
      // Receivers deliver nearly in order; keep the list sorted for the band and the range.
      let i = list.length;
      while (i > 0 && (list[i - 1]?.t ?? 0) > s.at) i--;
      list.splice(i, 0, { t: s.at, v: s.value });
      if (list.length > this.#perSeries) list.splice(0, list.length - this.#perSeries);
    }
  }

  /** A sink that records and then hands the signals on. */
  tap(next: SignalSink): SignalSink {
    return (signals) => {
      this.record(signals);
      return next(signals);
    };
  }

  /** Entities with recorded series. */
  entities(): string[] {
    return [...this.#series.keys()].sort();
  }

  /** Indicators recorded for an entity, the telling ones (health, errors, traffic, latency) first. */
  indicators(entity: string): string[] {
    return [...(this.#series.get(entity)?.keys() ?? [])].sort(
      (a, b) => priority(a) - priority(b) || a.localeCompare(b),
    );
  }

  /** Samples since `since`, each with the band of the samples before it (when there are enough). */
  points(entity: string, indicator: string, since: number): SeriesPoint[] {
    const list = this.#series.get(entity)?.get(indicator) ?? [];
    const out: SeriesPoint[] = [];
    const minSupport = Math.min(5, this.#window);
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (!p || p.t < since) continue;
      const past = list.slice(Math.max(0, i - this.#window), i).map((q) => q.v);
      if (past.length < minSupport) {
        out.push({ t: p.t, v: p.v });
        continue;
      }
      past.sort((a, b) => a - b);
      const m = median(past);
      const mad = median(past.map((x) => Math.abs(x - m)).sort((a, b) => a - b));
      // A flat history has no spread; allow a small relative tolerance instead of a zero-width band.
      const half = Math.max(this.#k * 1.4826 * mad, Math.abs(m) * 0.05, 1e-9);
      out.push({ t: p.t, v: p.v, lo: m - half, hi: m + half });
    }
    return out;
  }

  #dropOldest(): void {
    const first = this.#series.keys().next().value;
    if (first === undefined) return;
    this.#count -= this.#series.get(first)?.size ?? 0;
    this.#series.delete(first);
  }
}

/** Marks, for every anomaly the engine recorded on this series, the sample nearest in time. */
export function markAnomalies(
  points: readonly SeriesPoint[],
  anomalies: readonly { readonly at: number }[],
  maxGapMs: number,
): SeriesPoint[] {
  const out = points.map((p) => ({ ...p }));
  for (const a of anomalies) {
    let best = -1;
    let gap = Number.POSITIVE_INFINITY;
    out.forEach((p, i) => {
      const d = Math.abs(p.t - a.at);
      if (d < gap) {
        gap = d;
        best = i;
      }
    });
    const hit = out[best];
    if (hit && gap <= maxGapMs) out[best] = { ...hit, anomaly: true };
  }
  return out;
}

const Since = z.coerce.number().int().min(0).describe('Epoch milliseconds; default: 15 minutes ago');

export const SeriesQuery = z.strictObject({
  entity: z.string().min(1).describe("Entity id, e.g. 'service:cart'"),
  indicator: z.string().min(1).describe('Indicator name as listed by /series/indicators'),
  since: Since.optional(),
});

const SeriesAnswer = z.object({
  entity: z.string(),
  indicator: z.string(),
  points: z.array(
    z.object({
      t: z.number(),
      v: z.number(),
      lo: z.number().optional(),
      hi: z.number().optional(),
      anomaly: z.boolean().optional(),
    }),
  ),
});

/** The series routes, declared like every other API route (authenticated, validated, documented). */
export function seriesRoutes(book: SeriesBook, store: Store, now: () => number = Date.now): AnyRoute[] {
  return [
    route({
      method: 'GET',
      url: '/series/indicators',
      access: 'viewer',
      tag: 'metrics',
      summary: 'The indicators recorded for an entity (for the metric charts)',
      query: z.strictObject({ entity: z.string().min(1) }),
      response: z.object({ entity: z.string(), indicators: z.array(z.string()) }),
      handler: async ({ query }) => ({ entity: query.entity, indicators: book.indicators(query.entity) }),
    }),
    route({
      method: 'GET',
      url: '/series',
      access: 'viewer',
      tag: 'metrics',
      summary: 'One indicator of one entity over time, with the expected band and the detected anomalies',
      description:
        '`lo`/`hi` is the band a robust baseline (median ± 3·1.4826·MAD of the 30 samples before) expects; `anomaly` marks the sample nearest to each anomaly the engine recorded on this entity and indicator.',
      query: SeriesQuery,
      response: SeriesAnswer,
      handler: async ({ query }) => {
        const since = query.since ?? now() - 15 * 60_000;
        const points = book.points(query.entity, query.indicator, since);
        const incidents = await store.listIncidents({ since: since - 60 * 60_000, limit: 500 });
        const anomalies = incidents
          .flatMap((i) => i.anomalies)
          .filter(
            (a) =>
              a.entity === query.entity &&
              (a.indicator === query.indicator || query.indicator.startsWith(`${a.indicator}{`)) &&
              a.at >= since,
          );
        return {
          entity: query.entity,
          indicator: query.indicator,
          points: markAnomalies(points, anomalies, 30_000),
        };
      },
    }),
  ];
}

/** Mounts the series routes on an app (e.g. through createApiServer's `receivers` hook) with the API's auth. */
export function mountSeries(
  app: FastifyInstance,
  opts: {
    readonly book: SeriesBook;
    readonly store: Store;
    readonly authority: TokenAuthority;
    readonly prefix?: string;
  },
): void {
  mountRoutes(app, opts.prefix ?? '/api/v1', seriesRoutes(opts.book, opts.store), opts.authority);
}
