/**
 * Evidence of calls that stopped, from per-service workload: when a service
 * that only one caller calls loses its traffic while that caller's own traffic
 * holds, the caller fails before it makes the call (an exception or an early
 * return in its code). Code faults leave CPU and latency nearly untouched, so
 * this is often their only trace in metrics.
 */
import type { EntityGraph } from '../topology/graph.js';
import type { MetricFrame } from './frame.js';
import { classifyIndicator } from './indicators.js';
import { median } from './robust.js';
import { RANK_WEIGHTS, raise, round, type Score } from './score.js';

/** Where the baseline and the post-onset samples are. */
export interface SilenceWindow {
  readonly baselineFrom: number;
  /** The baseline ends here. */
  readonly windowFrom: number;
  readonly onset: number;
  readonly at: number;
}

/**
 * The share of an entity's workload lost after the onset:
 * 1 − mean(samples in [onset, at]) / median(baseline), clamped to [0, 1];
 * undefined without a traffic indicator or baseline traffic.
 * @example workloadDrop(frame, 'emailservice', w) // 1 when it receives no calls any more
 */
export function workloadDrop(frame: MetricFrame, entity: string, w: SilenceWindow): number | undefined {
  const ind = frame.indicators(entity).find((i) => classifyIndicator(i).role === 'traffic');
  const s = ind === undefined ? undefined : frame.series(entity, ind);
  if (!s) return undefined;
  const base: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < s.t.length; i++) {
    const t = s.t[i] as number;
    const v = s.v[i] as number;
    if (!Number.isFinite(v)) continue;
    if (t >= w.baselineFrom && t < w.windowFrom) base.push(v);
    else if (t >= w.onset && t <= w.at) after.push(v);
  }
  const m = median(base);
  if (!(m > 0) || after.length === 0) return undefined;
  const mean = after.reduce((a, b) => a + b, 0) / after.length;
  return Math.min(1, Math.max(0, 1 - mean / m));
}

/**
 * Raises callers whose exclusive callees went quiet. A callee with several
 * callers is left out: its lost traffic cannot be pinned on one of them.
 */
export function addSilenceEvidence(
  frame: MetricFrame,
  graph: EntityGraph,
  scores: Map<string, Score>,
  w: SilenceWindow,
): void {
  const drops = new Map<string, number | undefined>();
  const drop = (e: string): number | undefined => {
    if (!drops.has(e)) drops.set(e, workloadDrop(frame, e, w));
    return drops.get(e);
  };
  for (const s of scores.values()) {
    const own = drop(s.entity) ?? 0;
    let lost = 0;
    let via: string | undefined;
    for (const depId of graph.dependencies(s.entity, 1)) {
      const dep = graph.entity(depId);
      if (dep?.kind !== 'service' || graph.dependents(depId, 1).length !== 1) continue;
      const d = drop(dep.name);
      if (d !== undefined && d - own > lost) {
        lost = d - own;
        via = dep.name;
      }
    }
    const v = RANK_WEIGHTS.silencedCalls * lost;
    if (!via || lost < RANK_WEIGHTS.silencedMin || v <= s.base) continue;
    raise(s, v, 'silenced', {
      kind: 'signal',
      description: `${via}, which only ${s.entity} calls, lost ${Math.round(lost * 100)}% of its traffic while ${s.entity}'s own traffic held: ${s.entity} fails before it calls`,
      weight: v,
      data: { callee: via, lostShare: round(lost), callerLostShare: round(own) },
    });
  }
}
