/**
 * Reads the Nezha Online Boutique data set in place: the days, their injected
 * faults, the per-pod metrics, and the topology from dependency.csv and traces.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { MetricFrame } from '../../src/diagnose/frame.js';
import { readMetrics, serviceOfPod } from '../../src/diagnose/metric-files.js';
import { EntityGraph } from '../../src/topology/graph.js';
import { graphFromDependencyCsv } from '../../src/topology/load.js';
import type { SpanRecord } from '../../src/topology/spans.js';

export interface Fault {
  readonly day: string;
  /** Epoch ms. */
  readonly at: number;
  readonly service: string;
  readonly type: string;
}

export interface Day {
  readonly name: string;
  readonly faults: readonly Fault[];
  readonly frame: MetricFrame;
  /** Undefined when topology is unknown (no dependency.csv and no traces, or disabled). */
  readonly graph?: EntityGraph;
  readonly topologySources: readonly string[];
}

const faultListSchema = z.record(
  z.string(),
  z.array(
    z.object({
      inject_timestamp: z.union([z.string(), z.number()]),
      inject_pod: z.string(),
      inject_type: z.string(),
    }),
  ),
);

/** The repository root (the folder whose package.json is named homeostat). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'homeostat') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const DEFAULT_DATA = (): string => resolve(repoRoot(), '../shared/datasets/nezha-online-boutique');

/** Day folders (those holding a `<day>-fault_list.json`). */
export function listDays(data: string): string[] {
  return readdirSync(data)
    .filter((d) => statSync(join(data, d)).isDirectory() && existsSync(join(data, d, `${d}-fault_list.json`)))
    .sort();
}

export function readFaults(data: string, day: string): Fault[] {
  const raw = faultListSchema.parse(
    JSON.parse(readFileSync(join(data, day, `${day}-fault_list.json`), 'utf8')),
  );
  return Object.values(raw)
    .flat()
    .map((f) => ({
      day,
      at: Number(f.inject_timestamp) * 1000,
      service: serviceOfPod(f.inject_pod),
      type: f.inject_type,
    }))
    .sort((a, b) => a.at - b.at);
}

/** Spans from Nezha trace CSVs (TraceID,SpanID,ParentID,PodName,OperationName,StartTimeUnixNano,EndTimeUnixNano,…). */
export function readTraceSpans(dir: string): SpanRecord[] {
  const spans: SpanRecord[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv'))) {
    const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/);
    const h = (lines[0] ?? '').split(',');
    const col = (n: string) => h.indexOf(n);
    const [ti, si, pi, podi, oi, sti, eni] = [
      'TraceID',
      'SpanID',
      'ParentID',
      'PodName',
      'OperationName',
      'StartTimeUnixNano',
      'EndTimeUnixNano',
    ].map(col) as [number, number, number, number, number, number, number];
    for (const line of lines.slice(1)) {
      if (!line) continue;
      const c = line.split(',');
      const parent = c[pi] ?? '';
      spans.push({
        traceId: c[ti] ?? '',
        spanId: c[si] ?? '',
        ...(parent && parent !== 'root' ? { parentSpanId: parent } : {}),
        service: serviceOfPod(c[podi] ?? ''),
        kind: 'unspecified',
        name: c[oi] ?? '',
        start: Number(c[sti]) / 1e6,
        end: Number(c[eni]) / 1e6,
        status: 'unset',
      });
    }
  }
  return spans;
}

/** Loads one day; topology from dependency.csv and traces unless `noTopology` or both are absent. */
export function loadDay(data: string, day: string, noTopology: boolean): Day {
  const metricDir = join(data, day, 'metric');
  const dep = join(metricDir, 'dependency.csv');
  const traceDir = join(data, day, 'trace');
  const sources: string[] = [];
  let graph: EntityGraph | undefined;
  if (!noTopology) {
    if (existsSync(dep)) {
      graph = graphFromDependencyCsv(readFileSync(dep, 'utf8'), new EntityGraph(), dep);
      sources.push('dependency.csv');
    }
    if (existsSync(traceDir)) {
      graph ??= new EntityGraph();
      const spans = readTraceSpans(traceDir);
      graph.addSpans(spans);
      sources.push(`traces (${spans.length} spans)`);
    }
  }
  const frame = readMetrics(metricDir, { edges: graph !== undefined });
  return {
    name: day,
    faults: readFaults(data, day),
    frame,
    ...(graph ? { graph } : {}),
    topologySources: sources,
  };
}
