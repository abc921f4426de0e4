/**
 * Evidence from call-edge series: the latency a caller sees towards a callee,
 * and calls that went silent (the edge's series turned empty).
 */
import type { EntityGraph } from '../topology/graph.js';
import { edgeName, type MetricFrame } from './frame.js';
import { classifyIndicator } from './indicators.js';
import { type DevFn, type IndicatorDeviation, RANK_WEIGHTS, raise, round, type Score } from './score.js';

/**
 * Edge series: the latency a caller sees towards a callee, and calls that went
 * silent. Slow calls into one callee from its callers point at the callee
 * (slow or delayed); slow calls out of one caller to most of its callees point
 * at the caller (its own network or CPU), and those edges then say nothing
 * about the callees. Calls a caller stopped making point at the caller failing
 * before it reaches them.
 */
export function addEdgeEvidence(
  frame: MetricFrame,
  graph: EntityGraph,
  scores: Map<string, Score>,
  dev: DevFn,
): void {
  interface EdgeDev {
    readonly caller: string;
    readonly callee: string;
    readonly d?: IndicatorDeviation;
    readonly missing: number;
    readonly strength: number;
  }
  const edges: EdgeDev[] = [];
  for (const { caller, callee } of frame.edges()) {
    if (graph.resolve(callee) === undefined && graph.resolve(caller) === undefined) continue;
    const name = edgeName(caller, callee);
    let best: IndicatorDeviation | undefined;
    let missing = 0;
    for (const ind of frame.indicators(name)) {
      const cls = classifyIndicator(ind);
      const d = dev(name, ind, cls);
      if (!d) continue;
      missing = Math.max(missing, d.dev.missingRise);
      if (cls.role === 'client-latency' && (!best || d.strength > best.strength)) best = d;
    }
    // An edge that went silent is not a slow edge; its few remaining samples mislead.
    const strength = best && missing < 0.3 ? best.strength : 0;
    edges.push({ caller, callee, missing, strength, ...(best ? { d: best } : {}) });
  }
  const callerSide = new Set<string>();
  for (const caller of new Set(edges.map((e) => e.caller))) {
    const out = edges.filter((e) => e.caller === caller);
    const slow = out.filter((e) => e.strength >= RANK_WEIGHTS.anomalous);
    if (out.length < 2 || slow.length / out.length < 0.6) continue;
    // One much slower edge among them points at that callee instead (it drags the others).
    const sorted = out.map((e) => e.strength).sort((a, b) => a - b);
    if ((sorted[sorted.length >> 1] as number) < 0.5 * (sorted[sorted.length - 1] as number)) continue;
    callerSide.add(caller);
    const mean = out.reduce((a, e) => a + e.strength, 0) / out.length;
    promote(scores, caller, mean, 'slow-outgoing', slow, {
      kind: 'topology',
      description: `${caller} sees slower calls to ${slow.length} of its ${out.length} dependencies: the common factor is ${caller} itself`,
    });
  }
  for (const callee of new Set(edges.map((e) => e.callee))) {
    const inc = edges.filter((e) => e.callee === callee && !callerSide.has(e.caller));
    if (inc.length === 0) continue;
    const mean = inc.reduce((a, e) => a + e.strength, 0) / inc.length;
    const slow = inc.filter((e) => e.strength >= RANK_WEIGHTS.anomalous);
    promote(scores, callee, mean, 'callers-see', slow, {
      kind: 'topology',
      description: `callers see slower calls to ${callee} on ${slow.length} of ${inc.length} incoming edge(s)`,
    });
  }
  for (const caller of new Set(edges.map((e) => e.caller))) {
    const m = edges.filter((e) => e.caller === caller).reduce((a, e) => (e.missing > a.missing ? e : a));
    const v = RANK_WEIGHTS.missingCalls * m.missing;
    const s = scores.get(caller);
    if (!s || v <= s.base) continue;
    raise(s, v, 'missing-calls', {
      kind: 'signal',
      description: `${caller} stopped making calls to ${m.callee} (${Math.round(m.missing * 100)}% of recent samples empty): requests fail before reaching it`,
      weight: v,
      data: { edge: edgeName(caller, m.callee), missingShare: round(m.missing) },
    });
  }
}

function promote(
  scores: Map<string, Score>,
  entity: string,
  strength: number,
  reason: 'callers-see' | 'slow-outgoing',
  slow: readonly { readonly d?: IndicatorDeviation; readonly strength: number }[],
  ev: { kind: 'topology'; description: string },
): void {
  const s = scores.get(entity);
  const top = slow.reduce<IndicatorDeviation | undefined>(
    (a, e) => (e.d && (!a || e.d.strength > a.strength) ? e.d : a),
    undefined,
  );
  if (!s || !top || strength <= s.base) return;
  s.base = strength;
  s.score = strength;
  s.reason = reason;
  s.top = { ...top, entity, cls: { ...top.cls, cause: 'network' } };
  s.evidence.unshift({
    ...ev,
    weight: strength,
    data: {
      edges: slow.flatMap((e) =>
        e.d
          ? [{ edge: e.d.entity, z: round(e.d.dev.z), observed: e.d.dev.observed, median: e.d.dev.median }]
          : [],
      ),
    },
  });
  if (top.dev.onsetAt !== undefined) s.onsetAt = Math.min(s.onsetAt ?? top.dev.onsetAt, top.dev.onsetAt);
}
