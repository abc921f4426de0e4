/**
 * Root-cause ranking over metric series and (when known) the topology.
 * Each entity gets a score from these kinds of evidence:
 *  - robust deviation of its own indicators (CPU, memory, server latency, errors, …),
 *    held for at least two samples, so one stray spike does not count;
 *  - call edges: the latency callers see when calling it (a slow or delayed dependency
 *    shows there even when its own metrics look calm), and calls it stopped making
 *    (edge-evidence.ts); callees that only it calls losing their traffic while its own
 *    traffic holds (silence.ts: code faults that fail before the next call);
 *  - topology: an entity whose symptom (latency, traffic, errors it reports) is explained
 *    by an anomalous dependency is discounted, but a cause on the entity itself (CPU,
 *    memory) is never explained away;
 *  - onset order: the earliest anomalous onset gets a bonus;
 *  - changes (deploy, config, flag) on the entity shortly before the onset.
 * No labels are used here; weights are fixed constants (score.ts).
 */
import type { ChangeEvent } from '../core/stages.js';
import type { Evidence } from '../model/index.js';
import type { EntityGraph } from '../topology/graph.js';
import { addEdgeEvidence } from './edge-evidence.js';
import type { MetricFrame } from './frame.js';
import { classifyIndicator, type IndicatorClass } from './indicators.js';
import { deviation } from './robust.js';
import {
  deviationEvidence,
  type IndicatorDeviation,
  RANK_WEIGHTS,
  round,
  type Score,
  SYMPTOM_ROLES,
} from './score.js';
import { addSilenceEvidence } from './silence.js';

export { type IndicatorDeviation, RANK_WEIGHTS } from './score.js';

export interface RankOptions {
  /** Data cut-off: the detection point. Nothing after it is read. */
  readonly at: number;
  /** Estimated onset of the incident (may be off by a minute). */
  readonly onset: number;
  /** Baseline length before the window (default 60 min). */
  readonly baselineMs?: number;
  /** The window starts this long before the onset estimate (default 60 s), absorbing onset error. */
  readonly leadMs?: number;
  /** Topology; undefined means unknown: ranking then uses the metrics alone. */
  readonly graph?: EntityGraph;
  readonly changes?: readonly ChangeEvent[];
  /** How long before the onset a change still counts (default 15 min). */
  readonly changeLookbackMs?: number;
  /** Only rank these entities (default: every entity with series). */
  readonly candidates?: readonly string[];
  /**
   * Baseline samples a series needs before its deviation counts (default 1). Online, right
   * after start-up or a restart, a series may have only a few: a z-score over two samples
   * is not evidence.
   */
  readonly minBaselineSamples?: number;
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

/** Default lead of the window before the onset estimate: the onset may be a minute early or late. */
export const DEFAULT_LEAD_MS = 60_000;

/**
 * Ranks candidate root causes, best first.
 * @example rankCauses(frame, { at: det, onset: det - 180_000, graph })[0]?.entity
 */
export function rankCauses(frame: MetricFrame, opts: RankOptions): RankedCause[] {
  const windowFrom = opts.onset - (opts.leadMs ?? DEFAULT_LEAD_MS);
  const baselineFrom = windowFrom - (opts.baselineMs ?? 3_600_000);
  const dev = (entity: string, indicator: string, cls: IndicatorClass): IndicatorDeviation | undefined => {
    const s = frame.series(entity, indicator);
    if (!s) return undefined;
    const d = deviation(s, {
      baselineFrom,
      windowFrom,
      until: opts.at,
      direction: cls.direction,
      persistence: RANK_WEIGHTS.persistence,
      ...(cls.scaleFloor !== undefined ? { absoluteFloor: cls.scaleFloor } : {}),
    });
    if (d.support < (opts.minBaselineSamples ?? 1)) return undefined;
    return { entity, indicator, cls, dev: d, strength: Math.log1p(Math.max(0, d.z)) };
  };
  const scores = new Map<string, Score>();
  for (const e of opts.candidates ? [...opts.candidates] : frame.entities()) {
    scores.set(e, ownScore(frame, e, dev));
  }
  if (opts.graph) {
    addEdgeEvidence(frame, opts.graph, scores, dev);
    addSilenceEvidence(frame, opts.graph, scores, {
      baselineFrom,
      windowFrom,
      onset: opts.onset,
      at: opts.at,
    });
    discountExplained(opts.graph, scores);
  }
  addOnsetBonus(scores);
  addChangeBonus(scores, opts);
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || a.entity.localeCompare(b.entity))
    .map((s) => toRanked(s));
}

/** The entity's own evidence: its strongest indicator deviation (client latency is left to the edges). */
function ownScore(
  frame: MetricFrame,
  e: string,
  dev: (entity: string, indicator: string, cls: IndicatorClass) => IndicatorDeviation | undefined,
): Score {
  let top: IndicatorDeviation | undefined;
  let best = 0;
  let own: { d: IndicatorDeviation; strength: number } | undefined;
  let onsetAt: number | undefined;
  const devs: IndicatorDeviation[] = [];
  for (const ind of frame.indicators(e)) {
    const cls = classifyIndicator(ind);
    if (cls.role === 'client-latency') continue;
    const d = dev(e, ind, cls);
    if (d) devs.push(d);
  }
  for (const d of consensus(devs)) {
    const cls = d.cls;
    const s = cls.weight * d.strength;
    if (s >= RANK_WEIGHTS.anomalous * cls.weight && d.dev.onsetAt !== undefined) {
      onsetAt = onsetAt === undefined ? d.dev.onsetAt : Math.min(onsetAt, d.dev.onsetAt);
    }
    if (s > best) {
      best = s;
      top = d;
    }
    if (!SYMPTOM_ROLES.has(cls.role) && s > (own?.strength ?? 0)) own = { d, strength: s };
  }
  return {
    entity: e,
    base: best,
    reason: 'own',
    evidence: top ? [deviationEvidence(top, best)] : [],
    score: best,
    ...(top ? { top } : {}),
    ...(own ? { own } : {}),
    ...(onsetAt !== undefined ? { onsetAt } : {}),
  };
}

/** An entity whose symptom a dependency explains loses part of its score. */
function discountExplained(graph: EntityGraph, scores: Map<string, Score>): void {
  const base = new Map([...scores].map(([k, s]) => [k, s.base]));
  for (const s of scores.values()) {
    if (s.reason === 'slow-outgoing' || s.reason === 'missing-calls' || s.reason === 'silenced') continue;
    if (!s.top) continue;
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
    // A cause on the entity itself (CPU, memory, its own errors) is not explained away.
    if (s.own && s.own.d !== s.top && s.own.strength > s.score - cut) {
      s.evidence.unshift(deviationEvidence(s.own.d, s.own.strength));
      s.score = s.own.strength;
      s.top = s.own.d;
      s.reason = 'own';
      continue;
    }
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

/** Percentiles of one distribution (…P90, …P95, …P99) form a family. */
const PERCENTILE = /p(50|75|90|95|99|999)\b|p(50|75|90|95|99|999)(?=[(_])/i;

/**
 * One deviation per percentile family: the member with the median strength. A fault
 * moves the whole latency distribution; a lone tail percentile that jumps is noise,
 * and taking the largest of three correlated percentiles would count it three times.
 */
function consensus(devs: readonly IndicatorDeviation[]): IndicatorDeviation[] {
  const families = new Map<string, IndicatorDeviation[]>();
  const out: IndicatorDeviation[] = [];
  for (const d of devs) {
    if (!PERCENTILE.test(d.indicator)) {
      out.push(d);
      continue;
    }
    const key = d.indicator.replace(PERCENTILE, 'P*');
    families.set(key, [...(families.get(key) ?? []), d]);
  }
  for (const members of families.values()) {
    const sorted = [...members].sort((a, b) => a.strength - b.strength);
    out.push(sorted[(sorted.length - 1) >> 1] as IndicatorDeviation);
  }
  return out;
}

function addOnsetBonus(scores: Map<string, Score>): void {
  const anomalous = [...scores.values()].filter(
    (s) => s.base >= RANK_WEIGHTS.anomalous && s.onsetAt !== undefined,
  );
  if (anomalous.length < 2) return;
  const first = Math.min(...anomalous.map((s) => s.onsetAt as number));
  const leaders = anomalous.filter((s) => s.onsetAt === first);
  // Samples of all entities share the same minute grid, so a tie says nothing about order.
  if (leaders.length > 1) return;
  for (const s of leaders) {
    s.score += RANK_WEIGHTS.earliestOnset;
    s.evidence.push({
      kind: 'onset',
      description: `${s.entity} was the first to turn anomalous (${new Date(first).toISOString()})`,
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

function toRanked(s: Score): RankedCause {
  const indicator = s.top?.indicator ?? '';
  const cause =
    s.reason === 'missing-calls' || s.reason === 'silenced' ? 'error-rate' : (s.top?.cls.cause ?? 'unknown');
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
