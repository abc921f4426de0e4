/**
 * The entity graph: services, instances, hosts, databases and endpoints with
 * typed edges, plus the change events attached to entities. Diagnosis walks it
 * to tell a faulty dependency from the callers that merely suffer from it; the
 * API serves it as JSON.
 */
import type { ChangeEvent } from '../core/stages.js';
import { entityId } from '../model/ids.js';
import type { Entity, EntityKind } from '../model/index.js';
import { callsFromSpans, type SpanRecord } from './spans.js';

/** calls: A sends requests to B; uses: A depends on a resource B (database, queue);
 * runs-on: A is placed on host B; instance-of: A is a process/pod of service B. */
export type EdgeType = 'calls' | 'runs-on' | 'instance-of' | 'uses';

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly type: EdgeType;
  /** Call count or a configured weight; 1 when unknown. */
  readonly weight: number;
  /** Where the edge came from: 'traces', 'config', 'dependency-csv', … */
  readonly source: string;
}

export interface GraphJson {
  readonly nodes: readonly (Entity & { readonly changes: readonly ChangeEvent[] })[];
  readonly edges: readonly GraphEdge[];
}

/** Edge types along which a fault travels from a dependency to its dependents. */
const DEPENDENCY_EDGES: ReadonlySet<EdgeType> = new Set(['calls', 'uses', 'runs-on']);

/**
 * A mutable entity graph. Node ids are entity ids ('service:cart'); helpers
 * accept a bare name and resolve it to the service of that name.
 * @example const g = new EntityGraph(); g.addCall('frontend', 'cart'); g.dependencies('frontend') // ['service:cart']
 */
export class EntityGraph {
  readonly #nodes = new Map<string, Entity>();
  readonly #out = new Map<string, Map<string, GraphEdge>>();
  readonly #in = new Map<string, Map<string, GraphEdge>>();
  readonly #changes = new Map<string, ChangeEvent[]>();

  /** Adds (or relabels) an entity; returns its id. */
  addEntity(kind: EntityKind, name: string, labels: Record<string, string> = {}): string {
    const id = entityId(kind, name);
    const prev = this.#nodes.get(id);
    this.#nodes.set(id, { id, kind, name, labels: { ...(prev?.labels ?? {}), ...labels } });
    return id;
  }

  /** Adds an edge between two entity ids (both must exist); repeated edges add their weights. */
  addEdge(from: string, to: string, type: EdgeType, weight = 1, source = 'config'): void {
    if (!this.#nodes.has(from) || !this.#nodes.has(to)) {
      throw new Error(`edge ${from} -> ${to}: both entities must be added first`);
    }
    if (from === to) return;
    const key = `${type}\u0000${to}`;
    const out = this.#out.get(from) ?? new Map<string, GraphEdge>();
    const prev = out.get(key);
    const edge: GraphEdge = {
      from,
      to,
      type,
      weight: (prev?.weight ?? 0) + weight,
      source: prev?.source ?? source,
    };
    out.set(key, edge);
    this.#out.set(from, out);
    const inn = this.#in.get(to) ?? new Map<string, GraphEdge>();
    inn.set(`${type}\u0000${from}`, edge);
    this.#in.set(to, inn);
  }

  /** A call edge between two services, adding them if needed. */
  addCall(caller: string, callee: string, weight = 1, source = 'config'): void {
    const a = this.addEntity('service', caller);
    const b = this.addEntity('service', callee);
    this.addEdge(a, b, 'calls', weight, source);
  }

  /** Adds the services and call edges that the spans show (client/server parent links). */
  addSpans(spans: Iterable<SpanRecord>): void {
    for (const c of callsFromSpans(spans)) {
      this.addCall(c.caller, c.callee, c.count, 'traces');
      if (c.operation) {
        const ep = this.addEntity('endpoint', `${c.callee}:${c.operation}`, { service: c.callee });
        this.addEdge(ep, entityId('service', c.callee), 'instance-of', 1, 'traces');
      }
    }
  }

  /** Attaches a change event (deploy, config change, flag flip) to its entity. */
  addChange(change: ChangeEvent): void {
    const id = this.resolve(change.entity) ?? this.addEntity('service', change.entity);
    const list = this.#changes.get(id) ?? [];
    list.push(change);
    list.sort((a, b) => a.at - b.at);
    this.#changes.set(id, list);
  }

  /** Changes on an entity (or on every entity when omitted) within [since, until]. */
  changes(since: number, until: number, entity?: string): ChangeEvent[] {
    const ids = entity === undefined ? [...this.#changes.keys()] : [this.resolve(entity) ?? entity];
    const out: ChangeEvent[] = [];
    for (const id of ids)
      for (const c of this.#changes.get(id) ?? []) if (c.at >= since && c.at <= until) out.push(c);
    return out.sort((a, b) => a.at - b.at);
  }

  /** The id for an id or a bare service name; undefined when unknown. */
  resolve(idOrName: string): string | undefined {
    if (this.#nodes.has(idOrName)) return idOrName;
    const svc = entityId('service', idOrName);
    return this.#nodes.has(svc) ? svc : undefined;
  }

  entity(idOrName: string): Entity | undefined {
    const id = this.resolve(idOrName);
    return id === undefined ? undefined : this.#nodes.get(id);
  }

  get size(): number {
    return this.#nodes.size;
  }

  /** Entities of a kind (all when omitted). */
  entities(kind?: EntityKind): Entity[] {
    return [...this.#nodes.values()].filter((e) => kind === undefined || e.kind === kind);
  }

  edges(): GraphEdge[] {
    return [...this.#out.values()].flatMap((m) => [...m.values()]);
  }

  /**
   * What an entity depends on (callees, used resources, its host), transitively
   * up to `depth` hops (1 = direct), nearest first.
   */
  dependencies(idOrName: string, depth = 1): string[] {
    return this.#walk(idOrName, depth, this.#out, (e) => e.to);
  }

  /** Who depends on an entity (callers), transitively up to `depth` hops, nearest first. */
  dependents(idOrName: string, depth = 1): string[] {
    return this.#walk(idOrName, depth, this.#in, (e) => e.from);
  }

  /**
   * The shortest path of dependency edges from one entity to another (both ways
   * when `undirected`), as ids including both ends; undefined when none.
   */
  path(fromIdOrName: string, toIdOrName: string, undirected = false): string[] | undefined {
    const from = this.resolve(fromIdOrName);
    const to = this.resolve(toIdOrName);
    if (from === undefined || to === undefined) return undefined;
    const prev = new Map<string, string>([[from, from]]);
    let frontier = [from];
    while (frontier.length > 0 && !prev.has(to)) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const m of this.#neighbours(n, undirected)) {
          if (prev.has(m)) continue;
          prev.set(m, n);
          next.push(m);
        }
      }
      frontier = next;
    }
    if (!prev.has(to)) return undefined;
    const path = [to];
    while (path[0] !== from) path.unshift(prev.get(path[0] as string) as string);
    return path;
  }

  /** Hops between two entities ignoring direction; Infinity when unconnected. */
  distance(a: string, b: string): number {
    const p = this.path(a, b, true);
    return p === undefined ? Number.POSITIVE_INFINITY : p.length - 1;
  }

  /** Nodes (with their changes) and edges, for the API and the dashboard. */
  toJSON(): GraphJson {
    return {
      nodes: [...this.#nodes.values()].map((n) => ({ ...n, changes: this.#changes.get(n.id) ?? [] })),
      edges: this.edges(),
    };
  }

  #neighbours(id: string, undirected: boolean): string[] {
    const out = [...(this.#out.get(id)?.values() ?? [])]
      .filter((e) => DEPENDENCY_EDGES.has(e.type))
      .map((e) => e.to);
    if (!undirected) return out;
    const inn = [...(this.#in.get(id)?.values() ?? [])]
      .filter((e) => DEPENDENCY_EDGES.has(e.type))
      .map((e) => e.from);
    return [...out, ...inn];
  }

  #walk(
    idOrName: string,
    depth: number,
    adj: Map<string, Map<string, GraphEdge>>,
    next: (e: GraphEdge) => string,
  ): string[] {
    const start = this.resolve(idOrName);
    if (start === undefined) return [];
    const seen = new Set<string>([start]);
    const order: string[] = [];
    let frontier = [start];
    for (let d = 0; d < depth && frontier.length > 0; d++) {
      const nextFrontier: string[] = [];
      for (const n of frontier) {
        for (const e of adj.get(n)?.values() ?? []) {
          if (!DEPENDENCY_EDGES.has(e.type)) continue;
          const m = next(e);
          if (seen.has(m)) continue;
          seen.add(m);
          order.push(m);
          nextFrontier.push(m);
        }
      }
      frontier = nextFrontier;
    }
    return order;
  }
}
