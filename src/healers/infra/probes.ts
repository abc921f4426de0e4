/**
 * Ready-made health probes that verify a remedy by the service's own metrics
 * rather than its health endpoint: "error ratio back under a bound" over the
 * counters a service exposes, or a judgement of one gauge. They scrape every
 * instance's metricsUrl through the supervisor and plug into any infra remedy
 * via `InfraOptions.probes` / `probe`.
 */
import { httpCall } from '../../act/actuators/process/probe.js';
import type { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import type { RemedyContext } from '../../core/remedy.js';
import type { HealthReading, HealthStatus, Labels } from '../../model/index.js';
import { parseExposition } from '../../sense/prometheus/exposition.js';
import { type HealthProbe, type InfraOptions, supervisor } from './common.js';

/** Sums of the wanted series over every instance, or why there are none. */
async function scrapeSums(
  sup: ProcessSupervisor,
  service: string,
  names: readonly string[],
  labels: Labels | undefined,
  timeoutMs: number,
): Promise<{ sums: Map<string, number> } | { error: string }> {
  const urls = sup
    .endpoints(service)
    .map((e) => e.metricsUrl)
    .filter((u): u is string => u !== undefined);
  if (urls.length === 0) return { error: `service '${service}' declares no metricsUrl` };
  const sums = new Map<string, number>();
  for (const url of urls) {
    const r = await httpCall(url, { timeoutMs });
    if (!r.ok || r.body === undefined) return { error: `scrape of ${url} failed (${r.status ?? r.error})` };
    for (const s of parseExposition(r.body, 'text').samples) {
      if (!names.includes(s.name)) continue;
      if (labels && Object.entries(labels).some(([k, v]) => s.labels[k] !== v)) continue;
      sums.set(s.name, (sums.get(s.name) ?? 0) + s.value);
    }
  }
  return { sums };
}

export interface RatioProbeOptions {
  /** Counter of bad events, e.g. 'errors_total'. */
  readonly numerator: string;
  /** Counter of all events, e.g. 'requests_total'. */
  readonly denominator: string;
  /** Healthy while the ratio over the last interval is at most this. */
  readonly max: number;
  /** Fewer new events than this in an interval is no evidence: no-data. Default 1. */
  readonly minEvents?: number;
  readonly labels?: Labels;
  readonly timeoutMs?: number;
  readonly options?: InfraOptions;
}

/**
 * "Error ratio back inside its bound": the ratio of two counters' increases
 * between consecutive readings of the same action. The first reading only sets
 * the starting point (no-data); a counter that went down (a restart) counts
 * from zero, as Prometheus' rate() does.
 * @example createInfraRemedies({ probes: { orders: errorRatioProbe({ numerator: 'errors_total', denominator: 'requests_total', max: 0.01 }) } })
 */
export function errorRatioProbe(opts: RatioProbeOptions): HealthProbe {
  const last = new Map<string, { num: number; den: number }>();
  return async (service, action, ctx) => {
    const key = `${action.id}/${service}`;
    const at = ctx.clock.now();
    const got = await scrapeSums(
      supervisor(ctx, opts.options ?? {}),
      service,
      [opts.numerator, opts.denominator],
      opts.labels,
      opts.timeoutMs ?? 1_000,
    );
    if ('error' in got) return { at, status: 'no-data', detail: got.error };
    const now = { num: got.sums.get(opts.numerator) ?? 0, den: got.sums.get(opts.denominator) ?? 0 };
    const prev = last.get(key);
    last.set(key, now);
    if (!prev) return { at, status: 'no-data', detail: 'first scrape: starting point for the ratio' };
    const dNum = now.num >= prev.num ? now.num - prev.num : now.num;
    const dDen = now.den >= prev.den ? now.den - prev.den : now.den;
    if (dDen < (opts.minEvents ?? 1)) return { at, status: 'no-data', detail: `only ${dDen} new events` };
    const ratio = dNum / dDen;
    const status: HealthStatus = ratio <= opts.max ? 'healthy' : 'unhealthy';
    return {
      at,
      status,
      value: ratio,
      detail: `${opts.numerator}/${opts.denominator} = ${fmt(ratio)} (max ${opts.max})`,
    };
  };
}

export interface GaugeProbeOptions {
  /** Series name, e.g. 'queue_depth'. Summed over instances. */
  readonly metric: string;
  /** Judges the summed value. */
  readonly judge: (value: number, service: string, ctx: RemedyContext) => HealthStatus;
  readonly labels?: Labels;
  readonly timeoutMs?: number;
  readonly options?: InfraOptions;
}

/**
 * A probe over one gauge summed over the service's instances.
 * @example gaugeProbe({ metric: 'queue_depth', judge: (v) => (v < 100 ? 'healthy' : 'unhealthy') })
 */
export function gaugeProbe(opts: GaugeProbeOptions): HealthProbe {
  return async (service, _action, ctx): Promise<HealthReading> => {
    const at = ctx.clock.now();
    const got = await scrapeSums(
      supervisor(ctx, opts.options ?? {}),
      service,
      [opts.metric],
      opts.labels,
      opts.timeoutMs ?? 1_000,
    );
    if ('error' in got) return { at, status: 'no-data', detail: got.error };
    const value = got.sums.get(opts.metric);
    if (value === undefined) return { at, status: 'no-data', detail: `no series '${opts.metric}'` };
    return { at, status: opts.judge(value, service, ctx), value, detail: `${opts.metric} = ${fmt(value)}` };
  };
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}
