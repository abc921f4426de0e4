/**
 * Prometheus-style scraping: every interval each target's /metrics is fetched
 * (OpenMetrics preferred, text 0.0.4 accepted) with a timeout and a body cap,
 * parsed, and delivered as signals: one `up` probe per target (0 on any
 * failure, with the reason), the samples with target labels attached, and for
 * counters a derived `<name>:rate` per second between two scrapes.
 */
import { z } from 'zod';
import { type Clock, systemClock } from '../../core/clock.js';
import type { ComponentFactory } from '../../core/component.js';
import { parseComponentConfig } from '../../core/component.js';
import { errorMessage } from '../../core/errors.js';
import type { Receiver, SignalSink } from '../../core/stages.js';
import { newId, type Signal } from '../../model/index.js';
import { utf8 } from '../common/body.js';
import { DEFAULT_ENTITY_LABELS, entityOf } from '../common/entity.js';
import { DEFAULT_LIMITS, timestampProblem } from '../common/limits.js';
import { type ParsedSample, parseExposition } from './exposition.js';

export const scrapeTargetSchema = z.object({
  url: z.url(),
  job: z.string().min(1).default('scrape'),
  labels: z.record(z.string(), z.string()).default({}),
});
export type ScrapeTarget = z.infer<typeof scrapeTargetSchema>;

export const scraperConfigSchema = z
  .object({
    intervalMs: z.number().int().positive().default(15_000),
    timeoutMs: z.number().int().positive().default(10_000),
    targets: z.array(scrapeTargetSchema).default([]),
    /** A scrape with more samples fails (up=0), as Prometheus' sample_limit. */
    sampleLimit: z.number().int().positive().default(50_000),
    /** Largest exposition read, in bytes. */
    bodyLimit: z
      .number()
      .int()
      .positive()
      .default(16 * 1024 * 1024),
    counterRates: z.boolean().default(true),
    entityLabels: z.array(z.string()).default([...DEFAULT_ENTITY_LABELS]),
  })
  .refine((c) => c.timeoutMs <= c.intervalMs, {
    message: 'timeoutMs must not exceed intervalMs',
    path: ['timeoutMs'],
  });
export type ScraperConfig = z.infer<typeof scraperConfigSchema>;

export interface ScraperDeps {
  readonly sink: SignalSink;
  readonly clock?: Clock;
}

/** What one scrape of one target gave. */
export interface ScrapeResult {
  readonly target: string;
  readonly up: boolean;
  readonly samples: number;
  readonly error?: string;
  /** False when the sink refused the batch (it is dropped: the next scrape brings fresh values). */
  readonly delivered: boolean;
}

const ACCEPT = 'application/openmetrics-text;version=1.0.0;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1';

type Prev = Map<string, { value: number; at: number }>;

/**
 * Scrapes targets on an interval.
 * @example const s = scraperFactory.create({ targets: [{ url: 'http://127.0.0.1:9100/metrics', job: 'node' }] }, { sink }); await s.start()
 */
export class Scraper implements Receiver {
  readonly type = 'prometheus_scrape';
  readonly config: ScraperConfig;
  readonly #sink: SignalSink;
  readonly #clock: Clock;
  readonly #prev = new Map<string, Prev>();
  #timer: NodeJS.Timeout | undefined;
  #abort = new AbortController();
  #running = false;

  constructor(config: ScraperConfig, deps: ScraperDeps) {
    this.config = config;
    this.#sink = deps.sink;
    this.#clock = deps.clock ?? systemClock;
  }

  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#abort = new AbortController();
    const tick = async () => {
      await this.scrapeAll();
      if (this.#running) this.#timer = setTimeout(tick, this.config.intervalMs);
    };
    this.#timer = setTimeout(tick, 0);
  }

  async shutdown(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort.abort();
  }

  /** Scrapes every target once, concurrently. */
  scrapeAll(): Promise<ScrapeResult[]> {
    return Promise.all(this.config.targets.map((t) => this.scrape(t)));
  }

  /** Scrapes one target and delivers its signals. Never throws. */
  async scrape(target: ScrapeTarget): Promise<ScrapeResult> {
    const stopped = this.#abort.signal;
    const at = this.#clock.now();
    const url = new URL(target.url);
    const base: Record<string, string> = { ...target.labels, job: target.job, instance: url.host };
    let samples: ParsedSample[] = [];
    let error: string | undefined;
    try {
      const { text, openMetrics } = await this.#fetch(target.url);
      const parsed = parseExposition(text, openMetrics ? 'openmetrics' : 'text', {
        maxSamples: this.config.sampleLimit,
      });
      samples = parsed.samples;
      if (parsed.errors.length > 0) error = `invalid exposition: ${parsed.errors.join('; ')}`;
    } catch (err) {
      error = errorMessage(err);
    }
    // A scrape cut short by shutdown says nothing of the target: an `up = 0` now would read as an outage.
    if (stopped.aborted)
      return { target: target.url, up: false, samples: 0, delivered: false, error: 'the scraper shut down' };
    const signals = this.#toSignals(target, base, samples, at);
    const durationMs = this.#clock.now() - at;
    const { name: service, entity } = entityOf(base, this.config.entityLabels);
    signals.unshift({
      id: newId('signal', at),
      kind: 'probe',
      source: 'prometheus',
      entity,
      name: 'up',
      at,
      value: error ? 0 : 1,
      labels: base,
      attributes: {
        service,
        url: target.url,
        durationMs,
        samples: samples.length,
        ...(error ? { error } : {}),
      },
    });
    let delivered: boolean;
    try {
      delivered = this.#sink(signals);
    } catch {
      delivered = false;
    }
    return {
      target: target.url,
      up: !error,
      samples: samples.length,
      delivered,
      ...(error ? { error } : {}),
    };
  }

  async #fetch(url: string): Promise<{ text: string; openMetrics: boolean }> {
    const signal = AbortSignal.any([this.#abort.signal, AbortSignal.timeout(this.config.timeoutMs)]);
    let res: Response;
    try {
      res = await fetch(url, {
        headers: {
          accept: ACCEPT,
          'x-prometheus-scrape-timeout-seconds': String(this.config.timeoutMs / 1000),
        },
        signal,
      });
    } catch (err) {
      if (signal.aborted) throw new Error(`scrape timed out after ${this.config.timeoutMs}ms`);
      const cause = (err as { cause?: unknown }).cause;
      throw new Error(`scrape failed: ${errorMessage(cause ?? err)}`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`scrape answered HTTP ${res.status}`);
    }
    const bytes = await readCapped(res, this.config.bodyLimit, signal);
    const openMetrics = (res.headers.get('content-type') ?? '').includes('application/openmetrics-text');
    return { text: utf8(bytes, 'exposition'), openMetrics };
  }

  #toSignals(
    target: ScrapeTarget,
    base: Record<string, string>,
    samples: ParsedSample[],
    at: number,
  ): Signal[] {
    const signals: Signal[] = [];
    const prev: Prev = this.#prev.get(target.url) ?? new Map();
    const next: Prev = new Map();
    for (const s of samples) {
      // _created carries a start time, not a level.
      if (s.name.endsWith('_created') && s.family !== s.name) continue;
      if (!Number.isFinite(s.value)) continue;
      const t = s.timestampMs ?? at;
      if (timestampProblem(t, at, DEFAULT_LIMITS)) continue;
      const labels: Record<string, string> = { ...base };
      for (const [k, v] of Object.entries(s.labels)) labels[k in base ? `exported_${k}` : k] = v;
      const { name: service, entity } = entityOf(labels, this.config.entityLabels);
      const common = { kind: 'metric' as const, source: 'prometheus', entity, labels };
      signals.push({
        id: newId('signal', at),
        ...common,
        name: s.name,
        at: t,
        value: s.value,
        attributes: { service, type: s.type },
      });
      if (!this.config.counterRates || s.type !== 'counter') continue;
      const key = `${s.name}${JSON.stringify(s.labels)}`;
      next.set(key, { value: s.value, at: t });
      const p = prev.get(key);
      if (p && t > p.at) {
        // A drop means the counter restarted from zero.
        const increase = s.value >= p.value ? s.value - p.value : s.value;
        const rate = increase / ((t - p.at) / 1000);
        signals.push({
          id: newId('signal', at),
          ...common,
          name: `${s.name}:rate`,
          at: t,
          value: rate,
          attributes: { service, type: 'rate', of: s.name },
        });
      }
    }
    // Only series seen in this scrape are kept, so memory follows the target's size.
    this.#prev.set(target.url, next);
    return signals;
  }
}

async function readCapped(res: Response, limit: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await res.body?.cancel();
    throw new Error(`exposition is larger than ${limit} bytes (bodyLimit)`);
  }
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new Error(`exposition is larger than ${limit} bytes (bodyLimit)`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (signal.aborted) throw new Error('scrape timed out while reading the body');
    throw err;
  }
  return Buffer.concat(chunks);
}

/** The scraper as a component. */
export const scraperFactory: ComponentFactory<ScraperConfig, Scraper, ScraperDeps> = {
  type: 'prometheus_scrape',
  stability: 'beta',
  configSchema: scraperConfigSchema,
  defaultConfig: scraperConfigSchema.parse({}),
  create(config, deps) {
    return new Scraper(parseComponentConfig(scraperFactory, config), deps);
  },
};
