/**
 * Reads metric files into a MetricFrame. Supported layouts:
 *  - a long CSV `timestamp,entity,indicator,value`;
 *  - one wide CSV per entity named `<entity>_metric.csv` (Nezha's per-pod files;
 *    the pod's hash suffixes are dropped so the entity is the service);
 *  - a wide CSV with a `ServiceName` column (a per-service series, e.g. the entry service);
 *  - edge CSVs `source_*.csv` / `destination_*.csv` whose columns are `caller_callee`
 *    (latency seen by the caller / by the callee), read only when `edges` is on.
 * A time column may be epoch seconds, epoch ms, or an ISO-like date; when a row has
 * both a readable date and an epoch that disagree by more than a day, the date wins
 * (one Nezha file carries epochs shifted by 200,000,000 s).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HomeostatError } from '../core/errors.js';
import { edgeName, MetricFrame } from './frame.js';

export interface ReadMetricsOptions {
  /** Read edge CSVs too (they reveal the topology, so a topology-unknown run leaves them out). */
  readonly edges?: boolean;
  /** Ignore samples after this time (epoch ms). */
  readonly until?: number;
}

const POD_SUFFIX = /-[a-z0-9]{6,10}-[a-z0-9]{5}$/;
const DATE_PREFIX = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d{1,3})?)/;
const DAY_MS = 86_400_000;

/** Service name of a Kubernetes pod name (`cart-5f6585d649-fnmft` → `cart`). */
export function serviceOfPod(pod: string): string {
  return pod.replace(POD_SUFFIX, '');
}

/** Epoch ms from epoch seconds, epoch ms or an ISO-like date; NaN if unreadable. */
export function parseTime(cell: string): number {
  const c = cell.trim();
  if (/^-?\d+(\.\d+)?$/.test(c)) {
    const n = Number(c);
    return n < 1e11 ? n * 1000 : n;
  }
  const m = DATE_PREFIX.exec(c);
  if (m) return Date.parse(`${m[1]}T${m[2]}Z`);
  const d = Date.parse(c);
  return Number.isFinite(d) ? d : Number.NaN;
}

/** Reads a metrics folder or a single long CSV file into a frame. */
export function readMetrics(
  path: string,
  opts: ReadMetricsOptions = {},
  frame = new MetricFrame(),
): MetricFrame {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.csv'))
          .sort()
          .map((f) => join(path, f))
      : [path];
  } catch (err) {
    throw new HomeostatError('HST_DATA_MISSING', `cannot read metrics at ${path}: ${(err as Error).message}`);
  }
  for (const f of files) readMetricFile(f, opts, frame);
  return frame;
}

function readMetricFile(file: string, opts: ReadMetricsOptions, frame: MetricFrame): void {
  const name = basename(file);
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const until = opts.until ?? Number.POSITIVE_INFINITY;
  if (lower.includes('entity') && lower.includes('indicator') && lower.includes('value')) {
    const [ti, ei, ii, vi] = ['timestamp', 'entity', 'indicator', 'value'].map((h) => lower.indexOf(h)) as [
      number,
      number,
      number,
      number,
    ];
    if (ti < 0)
      throw new HomeostatError('HST_INPUT_INVALID', `${file}:1: a long CSV needs a timestamp column`);
    for (let i = 1; i < lines.length; i++) {
      const c = (lines[i] as string).split(',');
      const at = parseTime(c[ti] ?? '');
      if (!Number.isFinite(at))
        throw new HomeostatError('HST_INPUT_INVALID', `${file}:${i + 1}: unreadable timestamp '${c[ti]}'`);
      if (at <= until) frame.add((c[ei] ?? '').trim(), (c[ii] ?? '').trim(), at, num(c[vi]));
    }
    return;
  }
  const edgeSide = /^source_/.test(name) ? 'client' : /^destination_/.test(name) ? 'server' : undefined;
  if (edgeSide && !opts.edges) return;
  const timeCols = lower
    .map((h, i) => (/^(time|timestamp|date|datetime)$/.test(h) ? i : -1))
    .filter((i) => i >= 0);
  if (timeCols.length === 0) return; // not a time series (e.g. dependency.csv)
  const serviceCol = lower.indexOf('servicename');
  const podCol = lower.indexOf('podname');
  const fileEntity = name.endsWith('_metric.csv')
    ? serviceOfPod(name.slice(0, -'_metric.csv'.length))
    : undefined;
  const skip = new Set([...timeCols, serviceCol, podCol]);
  const valueCols = header.map((_, i) => i).filter((i) => !skip.has(i));
  for (let i = 1; i < lines.length; i++) {
    const c = (lines[i] as string).split(',');
    const at = rowTime(c, timeCols);
    if (!Number.isFinite(at) || at > until) continue;
    for (const j of valueCols) {
      const col = header[j] as string;
      const v = num(c[j]);
      if (edgeSide) {
        const k = col.indexOf('_');
        if (k <= 0) continue;
        frame.add(edgeName(col.slice(0, k), col.slice(k + 1)), `${edgeSide}_latency_p50`, at, v);
      } else if (serviceCol >= 0) {
        frame.add((c[serviceCol] ?? '').trim().toLowerCase(), `Entry${col}`, at, v);
      } else {
        const entity =
          fileEntity ?? (podCol >= 0 ? serviceOfPod((c[podCol] ?? '').trim()) : basename(name, '.csv'));
        frame.add(entity, col, at, v);
      }
    }
  }
}

function rowTime(cells: readonly string[], timeCols: readonly number[]): number {
  const times = timeCols.map((i) => parseTime(cells[i] ?? '')).filter(Number.isFinite);
  const dated = timeCols.find((i) => DATE_PREFIX.test((cells[i] ?? '').trim()));
  const fromDate = dated === undefined ? Number.NaN : parseTime(cells[dated] ?? '');
  if (Number.isFinite(fromDate) && times.some((t) => Math.abs(t - fromDate) > DAY_MS)) return fromDate;
  // Prefer an epoch column (exact) when it agrees with the date.
  const epoch = timeCols.map((i) => cells[i] ?? '').find((c) => /^\d+(\.\d+)?$/.test(c.trim()));
  return epoch !== undefined ? parseTime(epoch) : (times[0] ?? Number.NaN);
}

function num(cell: string | undefined): number {
  if (cell === undefined) return Number.NaN;
  const t = cell.trim();
  if (t === '' || /^nan$/i.test(t)) return Number.NaN;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}
