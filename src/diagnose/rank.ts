/**
 * Root-cause ranking over metric series and (when known) the topology.
 * Each entity gets a score from four kinds of evidence:
 *  - robust deviation of its own cause indicators (CPU, memory, server latency, errors, …),
 *    and, for call edges, the latency its callers see when calling it (a slow or delayed
 *    dependency shows there even when its own metrics look calm), and calls it stopped making;
 *  - topology: an entity whose anomaly is explained by an anomalous dependency is discounted
 *    (callers suffer; the dependency is the cause);
 *  - onset order: the earliest anomalous onset gets a bonus;
 *  - changes (deploy, config, flag) on the entity shortly before the onset.
 * No labels are used here; weights are fixed constants documented below.
 */
import type { ChangeEvent } from '../core/stages.js';
import type { Evidence } from '../model/index.js';
import type { EntityGraph } from '../topology/graph.js';
import { edgeName, type MetricFrame } from './frame.js';
import { classifyIndicator, type IndicatorClass } from './indicators.js';
import { type Deviation, deviation } from './robust.js';

export interface RankOptions {
  /** Data cut-off: the detection point. Nothing after it is read. */
  readonly at: number;
  /** Estimated onset of the incident (may be off by a minute or two). */
  readonly onset: number;
  /** Baseline length before the window (default 60 min). */
  readonly baselineMs?: number;
  /** The window starts this long before the onset estimate (default 120 s), absorbing onset error. */
  readonly leadMs?: number;
  /** Topology; undefined means unknown: ranking then uses the metrics alone. */
  readonly graph?: EntityGraph;
  readonly changes?: readonly ChangeEvent[];
  /** How long before the onset a change still counts (default 15 min). */
  readonly changeLookbackMs?: number;
  /** Only rank these entities (default: every entity with series). */
  readonly candidates?: readonly string[];
}

export interface IndicatorDeviation {
  readonly entity: string;
  readonly indicator: string;
  readonly cls: IndicatorClass;
  readonly dev: Deviation;
  /** Compressed strength, log(1 + max(z, 0)). */
  readonly strength: number;
}

export interface RankedCause {
  readonly entity: string;
  readonly indicator: string;
  readonly cause: string;
  readonly score: number;
  readonly onsetAt?: number;
  readonly evidence: readonly Evidence[];
  readonly summary: string;
}

/** Weights of the score terms; fixed, not fitted on labels. */
export const RANK_WEIGHTS = {
  /** Share of the weaker of (self, dependency) removed when a dependency explains a latency symptom. */
  explainedDiscount: 0.6,
  /** A went-silent outgoing call (missing data) counts like this many log-z units per unit share. */
  missingCalls: 5,
  /** Bonus for the earliest onset among anomalous entities. */
  earliestOnset: 0.3,
  /** Bonus for a change on the entity shortly before the onset. */
  change: 1,
  /** Strength from which an entity counts as anomalous (≈ z 3.5). */
  anomalous: Math.log1p(3.5),
} as const;

const SYMPTOM_ROLES = new Set(['latency', 'client-latency', 'traffic', 'network', 'other', 'host']);

interface Score {
  entity: string;
  base: number;
  top?: IndicatorDeviation;
  reason: 'own' | 'callers-see' | 'slow-outgoing' | 'missing-calls';
  evidence: Evidence[];
  onsetAt?: number;
  score: number;
}

/**
 * Ranks candidate root causes, best first.
 * @example rankCauses(frame, { at: det, onset: det - 180_000, graph })[0]?.entity
 */
export function rankCauses(frame: MetricFrame, opts: RankOptions): RankedCause[] {
  const lead = opts.leadMs ?? 120_000;
  const windowFrom = opts.onset - lead;
  const baselineFrom = windowFrom - (opts.baselineMs ?? 3_600_000);
  const dev = (entity: string, indicator: string, cls: IndicatorClass): IndicatorDeviation | undefined => {
    const s = frame.series(entity, indicator);
    if (!s) return undefined;
    const d = deviation(s, { baselineFrom, windowFrom, until: opts.at, direction: cls.direction });
    return { entity, indicator, cls, dev: d, strength: Math.log1p(Math.max(0, d.z)) };
  };
  const entities = opts.candidates ? [...opts.candidates] : frame.entities();
  const scores = new Map<string, Score>();
  const clientSymptom = new Map<string, number>();
  for (const e of entities) {
    let top: IndicatorDeviation | undefined;
    let best = 0;
    let client = 0;
    let onsetAt: number | undefined;
    for (const ind of frame.indicators(e)) {
      const cls = classifyIndicator(ind);
      const d = dev(e, ind, cls);
      if (!d) continue;
      if (cls.role === 'client-latency') {
        client = Math.max(client, d.strength);
        continue;
      }
      const s = cls.weight * d.strength;
      if (s >= RANK_WEIGHTS.anomalous * cls.weight && d.dev.onsetAt !== undefined) {
        onsetAt = onsetAt === undefined ? d.dev.onsetAt : Math.min(onsetAt, d.dev.onsetAt);
      }
      if (s > best) {
        best = s;
        top = d;
      }
    }
    clientSymptom.set(e, client);
    const evidence: Evidence[] = top ? [deviationEvidence(top, best)] : [];
    scores.set(e, {
      entity: e,
      base: best,
      reason: 'own',
      evidence,
      score: best,
      ...(top ? { top } : {}),
      ...(onsetAt !== undefined ? { onsetAt } : {}),
    });
  }
  if (opts.graph) addEdgeEvidence(frame, opts.graph, scores, dev);
  if (opts.graph) discountExplained(opts.graph, scores);
  addOnsetBonus(scores);
  addChangeBonus(scores, opts);
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || a.entity.localeCompare(b.entity))
    .map((s) => toRanked(s));
}

type DevFn = (entity: string, indicator: string, cls: IndicatorClass) => IndicatorDeviation | undefined;

/**
 * Edge series: the latency a caller sees towards a callee, and calls that went
 * silent. Slow calls into one callee from its callers point at the callee
 * (slow or delayed); slow calls out of one caller to most of its callees point
 * at the caller (its own network or CPU), and those edges then say nothing
 * about the callees. Calls a caller stopped making point at the caller failing
 * before it reaches them.
 */
function addEdgeEvidence(
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
    s.base = v;
    s.score = v;
    s.reason = 'missing-calls';
    s.evidence.unshift({
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

/** An entity whose symptom a dependency explains loses part of its score. */
function discountExplained(graph: EntityGraph, scores: Map<string, Score>): void {
  const base = new Map([...scores].map(([k, s]) => [k, s.base]));
  for (const s of scores.values()) {
    if (s.reason === 'slow-outgoing' || s.reason === 'missing-calls' || !s.top) continue;
    if (s.reason === 'own' && !SYMPTOM_ROLES.has(s.top.cls.role)) continue;
    let explainer: string | undefined;
    let ex = 0;
    for (const depId of graph.dependencies(s.entity, 1)) {
      const dep = graph.entity(depId)?.name ?? depId;
      const b = base.get(dep) ?? 0;
      if (b > ex) {
        ex = b;
        explainer = dep;
      }
    }
    if (!explainer || ex < RANK_WEIGHTS.anomalous || ex < 0.5 * s.base) continue;
    const cut = RANK_WEIGHTS.explainedDiscount * Math.min(s.base, ex);
    s.score -= cut;
    s.evidence.push({
      kind: 'topology',
      description: `${s.entity} depends on ${explainer}, which is anomalous too; its ${s.top.indicator} is likely a symptom`,
      weight: -cut,
      data: {
        dependency: explainer,
        dependencyStrength: round(ex),
        path: graph.path(s.entity, explainer) ?? [],
      },
    });
  }
}

function addOnsetBonus(scores: Map<string, Score>): void {
  const anomalous = [...scores.values()].filter(
    (s) => s.base >= RANK_WEIGHTS.anomalous && s.onsetAt !== undefined,
  );
  if (anomalous.length < 2) return;
  const first = Math.min(...anomalous.map((s) => s.onsetAt as number));
  for (const s of anomalous) {
    if (s.onsetAt !== first) continue;
    s.score += RANK_WEIGHTS.earliestOnset;
    s.evidence.push({
      kind: 'onset',
      description: `${s.entity} was among the first to turn anomalous (${new Date(first).toISOString()})`,
      weight: RANK_WEIGHTS.earliestOnset,
      data: { onsetAt: first, anomalousEntities: anomalous.length },
    });
  }
}

function addChangeBonus(scores: Map<string, Score>, opts: RankOptions): void {
  const since = opts.onset - (opts.changeLookbackMs ?? 900_000);
  for (const c of opts.changes ?? []) {
    if (c.at < since || c.at > opts.at) continue;
    const name = opts.graph?.entity(c.entity)?.name ?? c.entity.replace(/^service:/, '');
    const s = scores.get(name) ?? scores.get(c.entity);
    if (!s) continue;
    s.score += RANK_WEIGHTS.change;
    s.evidence.push({
      kind: 'change',
      description: `${c.kind} on ${s.entity} at ${new Date(c.at).toISOString()} shortly before the onset: ${c.description}`,
      weight: RANK_WEIGHTS.change,
      data: { changeId: c.id, kind: c.kind, at: c.at },
    });
  }
}

function deviationEvidence(d: IndicatorDeviation, weight: number): Evidence {
  return {
    kind: 'deviation',
    description: `${d.indicator} on ${d.entity} reached ${fmt(d.dev.observed)} against a baseline median of ${fmt(d.dev.median)} (robust z ${d.dev.z.toFixed(1)}, ${d.dev.support} baseline samples)`,
    weight,
    data: {
      indicator: d.indicator,
      observed: d.dev.observed,
      median: d.dev.median,
      scale: d.dev.scale,
      z: round(d.dev.z),
      peakAt: d.dev.peakAt,
      support: d.dev.support,
    },
  };
}

function toRanked(s: Score): RankedCause {
  const indicator = s.top?.indicator ?? '';
  const cause = s.reason === 'missing-calls' ? 'error-rate' : (s.top?.cls.cause ?? 'unknown');
  const lead = s.evidence[0]?.description ?? 'no deviation found';
  return {
    entity: s.entity,
    indicator,
    cause,
    score: s.score,
    ...(s.onsetAt !== undefined ? { onsetAt: s.onsetAt } : {}),
    evidence: s.evidence,
    summary: `${s.entity} (${cause}): ${lead}`,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function fmt(x: number): string {
  return Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x);
}
