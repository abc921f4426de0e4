/**
 * A small in-memory table of metric series: entity → indicator → (time, value).
 * Call edges carry their own series under the entity name `caller->callee`.
 * Diagnosis reads only what is at or before its cut-off time.
 */

/** One series, times in epoch ms ascending; NaN marks a sample with no data. */
export interface Series {
  readonly t: readonly number[];
  readonly v: readonly number[];
}

const EDGE_SEP = '->';

/** The entity name of a call edge's series. */
export function edgeName(caller: string, callee: string): string {
  return `${caller}${EDGE_SEP}${callee}`;
}

/** Splits an edge entity name; undefined for a plain entity. */
export function parseEdge(name: string): { caller: string; callee: string } | undefined {
  const i = name.indexOf(EDGE_SEP);
  if (i <= 0) return undefined;
  return { caller: name.slice(0, i), callee: name.slice(i + EDGE_SEP.length) };
}

/**
 * Metric series by entity and indicator.
 * @example const f = new MetricFrame(); f.add('cart', 'cpu', 0, 0.5); f.series('cart', 'cpu')
 */
export class MetricFrame {
  readonly #data = new Map<string, Map<string, { t: number[]; v: number[]; sorted: boolean }>>();

  /** Appends one sample. Out-of-order samples are fine; series sort on read. */
  add(entity: string, indicator: string, at: number, value: number): void {
    let byInd = this.#data.get(entity);
    if (!byInd) {
      byInd = new Map();
      this.#data.set(entity, byInd);
    }
    let s = byInd.get(indicator);
    if (!s) {
      s = { t: [], v: [], sorted: true };
      byInd.set(indicator, s);
    }
    const last = s.t[s.t.length - 1];
    if (last !== undefined && at < last) s.sorted = false;
    s.t.push(at);
    s.v.push(value);
  }

  /** Plain entities (not call edges). */
  entities(): string[] {
    return [...this.#data.keys()].filter((e) => parseEdge(e) === undefined).sort();
  }

  /** Call edges that have series, as caller/callee pairs. */
  edges(): { caller: string; callee: string }[] {
    return [...this.#data.keys()].flatMap((e) => {
      const p = parseEdge(e);
      return p ? [p] : [];
    });
  }

  indicators(entity: string): string[] {
    return [...(this.#data.get(entity)?.keys() ?? [])];
  }

  series(entity: string, indicator: string): Series | undefined {
    const s = this.#data.get(entity)?.get(indicator);
    if (!s) return undefined;
    if (!s.sorted) {
      const idx = s.t.map((_, i) => i).sort((a, b) => (s.t[a] as number) - (s.t[b] as number));
      s.t = idx.map((i) => s.t[i] as number);
      s.v = idx.map((i) => s.v[i] as number);
      s.sorted = true;
    }
    return s;
  }

  /** Earliest and latest sample time over every series. */
  span(): { from: number; to: number } | undefined {
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const byInd of this.#data.values()) {
      for (const s of byInd.values()) {
        for (const t of s.t) {
          if (t < from) from = t;
          if (t > to) to = t;
        }
      }
    }
    return from <= to ? { from, to } : undefined;
  }
}
