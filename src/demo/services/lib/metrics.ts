/**
 * A minimal Prometheus registry for the demo services: counters, gauges and
 * histograms with labels, rendered as text exposition 0.0.4. The services
 * have no npm dependency for this on purpose: each is a small, plain Node
 * process that a reader can follow end to end.
 */

export type MetricLabels = Readonly<Record<string, string>>;
type Kind = 'counter' | 'gauge' | 'histogram';

interface Series {
  readonly labels: MetricLabels;
  value: number;
  /** Histogram only: per-bucket (non-cumulative) counts, then sum. */
  buckets?: number[];
  sum?: number;
}

interface Family {
  readonly name: string;
  readonly help: string;
  readonly kind: Kind;
  readonly bounds: readonly number[];
  readonly series: Map<string, Series>;
}

/** Latency buckets in seconds, from 1 ms to 10 s. */
export const LATENCY_BUCKETS: readonly number[] = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

function key(labels: MetricLabels): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function escapeLabel(v: string): string {
  return v.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
}

function renderLabels(labels: MetricLabels, extra?: readonly [string, string]): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  if (extra) parts.push(`${extra[0]}="${escapeLabel(extra[1])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function num(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(v);
}

/**
 * A registry of metric families. Families must be declared before use, so a
 * typo in a metric name fails loudly in tests rather than silently exporting.
 * @example
 * const m = new Registry();
 * m.counter('http_requests_total', 'Requests served');
 * m.inc('http_requests_total', { route: '/x' });
 * m.render(); // '# HELP http_requests_total Requests served\n# TYPE …'
 */
export class Registry {
  readonly #families = new Map<string, Family>();
  readonly #collectors: (() => void)[] = [];

  counter(name: string, help: string): void {
    this.#declare(name, help, 'counter', []);
  }

  gauge(name: string, help: string): void {
    this.#declare(name, help, 'gauge', []);
  }

  histogram(name: string, help: string, bounds: readonly number[] = LATENCY_BUCKETS): void {
    this.#declare(
      name,
      help,
      'histogram',
      [...bounds].sort((a, b) => a - b),
    );
  }

  /** Runs before every render, to refresh gauges read from the process (memory, pool, queue). */
  onCollect(fn: () => void): void {
    this.#collectors.push(fn);
  }

  inc(name: string, labels: MetricLabels = {}, by = 1): void {
    const s = this.#series(name, 'counter', labels);
    s.value += by;
  }

  /** A counter kept elsewhere (e.g. by an exporter), published at its current total. */
  setTotal(name: string, labels: MetricLabels, total: number): void {
    const s = this.#series(name, 'counter', labels);
    s.value = Math.max(s.value, total);
  }

  set(name: string, labels: MetricLabels, value: number): void {
    this.#series(name, 'gauge', labels).value = value;
  }

  observe(name: string, labels: MetricLabels, value: number): void {
    const fam = this.#family(name, 'histogram');
    const s = this.#series(name, 'histogram', labels);
    const buckets = s.buckets ?? new Array<number>(fam.bounds.length + 1).fill(0);
    s.buckets = buckets;
    const i = fam.bounds.findIndex((b) => value <= b);
    buckets[i === -1 ? fam.bounds.length : i] = (buckets[i === -1 ? fam.bounds.length : i] ?? 0) + 1;
    s.sum = (s.sum ?? 0) + value;
    s.value += 1;
  }

  /** The current value of one series (0 when it was never touched); histograms give their count. */
  value(name: string, labels: MetricLabels = {}): number {
    return this.#families.get(name)?.series.get(key(labels))?.value ?? 0;
  }

  /** Text exposition format 0.0.4. */
  render(): string {
    for (const fn of this.#collectors) fn();
    const out: string[] = [];
    for (const f of this.#families.values()) {
      out.push(`# HELP ${f.name} ${f.help.replaceAll('\\', '\\\\').replaceAll('\n', '\\n')}`);
      out.push(`# TYPE ${f.name} ${f.kind}`);
      for (const s of f.series.values()) {
        if (f.kind !== 'histogram') {
          out.push(`${f.name}${renderLabels(s.labels)} ${num(s.value)}`);
          continue;
        }
        let cumulative = 0;
        f.bounds.forEach((b, i) => {
          cumulative += s.buckets?.[i] ?? 0;
          out.push(`${f.name}_bucket${renderLabels(s.labels, ['le', num(b)])} ${cumulative}`);
        });
        out.push(`${f.name}_bucket${renderLabels(s.labels, ['le', '+Inf'])} ${s.value}`);
        out.push(`${f.name}_sum${renderLabels(s.labels)} ${num(s.sum ?? 0)}`);
        out.push(`${f.name}_count${renderLabels(s.labels)} ${s.value}`);
      }
    }
    return `${out.join('\n')}\n`;
  }

  #declare(name: string, help: string, kind: Kind, bounds: readonly number[]): void {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) throw new Error(`bad metric name '${name}'`);
    const known = this.#families.get(name);
    if (known && known.kind !== kind) throw new Error(`metric '${name}' is already a ${known.kind}`);
    if (!known) this.#families.set(name, { name, help, kind, bounds, series: new Map() });
  }

  #family(name: string, kind: Kind): Family {
    const f = this.#families.get(name);
    if (!f) throw new Error(`metric '${name}' was not declared`);
    if (f.kind !== kind) throw new Error(`metric '${name}' is a ${f.kind}, not a ${kind}`);
    return f;
  }

  #series(name: string, kind: Kind, labels: MetricLabels): Series {
    const f = this.#family(name, kind);
    const k = key(labels);
    let s = f.series.get(k);
    if (!s) {
      s = { labels: { ...labels }, value: 0 };
      f.series.set(k, s);
    }
    return s;
  }
}

/**
 * Quantiles over a sliding window of recent observations, for p50/p95 gauges
 * that a detector can read without computing them from histogram buckets.
 * @example const w = new RecentWindow(30_000); w.add(Date.now(), 0.012); w.quantile(Date.now(), 0.95)
 */
export class RecentWindow {
  readonly #spanMs: number;
  readonly #max: number;
  #items: { at: number; v: number }[] = [];

  constructor(spanMs: number, max = 5_000) {
    this.#spanMs = spanMs;
    this.#max = max;
  }

  add(at: number, v: number): void {
    this.#items.push({ at, v });
    if (this.#items.length > this.#max) this.#items.splice(0, this.#items.length - this.#max);
  }

  /** The q-quantile of observations in the window; 0 when there are none (an idle service is fast). */
  quantile(now: number, q: number): number {
    const from = now - this.#spanMs;
    this.#items = this.#items.filter((i) => i.at >= from);
    if (this.#items.length === 0) return 0;
    const sorted = this.#items.map((i) => i.v).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  }
}
