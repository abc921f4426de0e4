/**
 * Incident grouping: anomalies close in time AND connected in the topology
 * form one group (union-find), so a slow database and the services that wait
 * on it open one incident, not one per metric.
 */
import type { Anomaly } from '../model/index.js';
import type { EntityGraph } from '../topology/graph.js';

export interface GroupingOptions {
  /** Two anomalies at most this far apart in time may join (ms). */
  readonly windowMs: number;
  /** …and at most this many topology hops apart (0 = same entity only). */
  readonly maxHops: number;
}

export interface AnomalyGroup {
  readonly anomalies: readonly Anomaly[];
  /** Distinct entities, in order of first anomaly. */
  readonly entities: readonly string[];
  readonly start: number;
  readonly end: number;
}

class UnionFind {
  readonly #parent: number[];
  constructor(n: number) {
    this.#parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.#parent[r] !== r) r = this.#parent[r] as number;
    let x = i;
    while (this.#parent[x] !== r) {
      const next = this.#parent[x] as number;
      this.#parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups anomalies; entities missing from the graph join only anomalies of the
 * same entity. Groups come out ordered by their first anomaly.
 * @example groupAnomalies(anomalies, graph, { windowMs: 300_000, maxHops: 2 })
 */
export function groupAnomalies(
  anomalies: readonly Anomaly[],
  graph: EntityGraph | undefined,
  opts: GroupingOptions,
): AnomalyGroup[] {
  const list = [...anomalies].sort((a, b) => a.at - b.at);
  const uf = new UnionFind(list.length);
  const dist = new Map<string, number>();
  const hops = (a: string, b: string): number => {
    if (a === b) return 0;
    if (!graph) return Number.POSITIVE_INFINITY;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let d = dist.get(key);
    if (d === undefined) {
      d = graph.distance(a, b);
      dist.set(key, d);
    }
    return d;
  };
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Anomaly;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j] as Anomaly;
      if (b.at - a.at > opts.windowMs) break;
      if (hops(a.entity, b.entity) <= opts.maxHops) uf.union(i, j);
    }
  }
  const groups = new Map<number, Anomaly[]>();
  list.forEach((a, i) => {
    const r = uf.find(i);
    groups.set(r, [...(groups.get(r) ?? []), a]);
  });
  return [...groups.values()]
    .map((g) => ({
      anomalies: g,
      entities: [...new Set(g.map((a) => a.entity as string))],
      start: g[0]?.at ?? 0,
      end: g[g.length - 1]?.at ?? 0,
    }))
    .sort((x, y) => x.start - y.start);
}
