/**
 * Classifies what kind of fault an infra incident is, from the evidence on
 * the suspect entity, most specific first: an exhausted connection pool, a
 * saturated work queue, a memory leak (the metric detector's structural and
 * trend symptoms, or the pool's own gauges); an error or latency rise right
 * after a deploy (bad release) or a config change (bad config); a process
 * that exited (crashed) or runs but does not answer (hung); and a latency
 * rise of its own (latency). Remedies match on these cause classes. Entity
 * ranking across a topology is the RCA diagnoser's job; this one names the
 * cause on the entities the incident involves, and prefers the deepest of
 * several slow services (a caller's latency is its callee's symptom).
 */
import {
  type ChangeEvent,
  type Diagnoser,
  type DiagnosisContext,
  suspectChanges,
} from '../../core/stages.js';
import { type Evidence, type Hypothesis, type Incident, newId, type Signal } from '../../model/index.js';
import { OVERPROVISIONED_INDICATOR } from './capacity-detector.js';
import { METRIC, QUEUE_DRAIN_HORIZON_S } from './indicators.js';

export interface CauseDiagnoserOptions {
  /** A deploy or config change this long before the first anomaly counts as a suspect (default 3 min). */
  readonly changeLookbackMs?: number;
  /**
   * Seconds a queue's backlog may take to drain: scaling out aims to drain it within them. Give
   * the metric detector's (`MetricDetector.drainHorizonS`), so that the scale-out drains within
   * the horizon that made the queue count as saturated (default 15).
   */
  readonly drainHorizonS?: number;
}

/** The cause classes this diagnoser names, by the remedy that treats them. */
export const INFRA_CAUSES = {
  poolExhausted: 'pool-exhausted',
  saturatedQueue: 'saturated-queue',
  memoryLeak: 'memory-leak',
  badRelease: 'bad-release',
  badConfig: 'bad-config',
  crashed: 'process-crashed',
  hung: 'process-hung',
  latency: 'latency',
} as const;

/** Indicators that an error or latency rise shows on, which a change may explain. */
const CHANGE_SYMPTOMS = new Set([METRIC.errors, METRIC.duration, 'health', 'process_exit', 'log_burst']);

export class CauseDiagnoser implements Diagnoser {
  readonly name = 'infra.cause';
  readonly #lookback: number;
  readonly #drainHorizonS: number;

  constructor(options: CauseDiagnoserOptions = {}) {
    this.#lookback = options.changeLookbackMs ?? 3 * 60_000;
    this.#drainHorizonS = options.drainHorizonS ?? QUEUE_DRAIN_HORIZON_S;
  }

  async diagnose(incident: Incident, ctx: DiagnosisContext): Promise<readonly Hypothesis[]> {
    const onset = Math.min(...incident.anomalies.map((a) => a.at), ctx.now);
    const slow = new Set(
      incident.anomalies.filter((a) => a.indicator === METRIC.duration).map((a) => a.entity as string),
    );
    const out: Hypothesis[] = [];
    for (const entity of incident.entities) {
      const anomalies = incident.anomalies.filter((a) => a.entity === entity);
      if (anomalies.length === 0) continue;
      const signals = ctx.recentSignals(entity, onset - 60_000);
      const changes = suspectChanges(ctx.changes(onset - this.#lookback, ctx.now)).filter(
        (c) => c.entity === entity && c.at <= onset + 60_000,
      );
      const evidence: Evidence[] = anomalies.slice(0, 5).map((a) => ({
        kind: 'deviation',
        description: `${a.indicator}: ${a.explanation.text}`,
        data: { indicator: a.indicator, at: a.at, observed: a.explanation.observed },
      }));
      const h = classify({
        entity,
        indicators: new Set(anomalies.map((a) => a.indicator)),
        signals,
        changes,
        onset,
        evidence,
        deeperSlow: deeper(entity, slow, ctx),
        enoughInstances: anomalies.find((a) => a.indicator === OVERPROVISIONED_INDICATOR)?.explanation
          .expectedHigh,
        drainHorizonS: this.#drainHorizonS,
      });
      if (h) out.push({ ...h, id: newId('hypothesis'), incidentId: incident.id, diagnoser: this.name });
    }
    return out.sort((a, b) => b.confidence - a.confidence);
  }
}

type Draft = Omit<Hypothesis, 'id' | 'incidentId' | 'diagnoser'>;

interface Case {
  readonly entity: string;
  readonly indicators: ReadonlySet<string>;
  readonly signals: readonly Signal[];
  readonly changes: readonly ChangeEvent[];
  readonly onset: number;
  readonly evidence: readonly Evidence[];
  /** A dependency (direct or further down) that is slow too, if any. */
  readonly deeperSlow: string | undefined;
  /** When the capacity detector found it overprovisioned: the instances that would do. */
  readonly enoughInstances?: number | undefined;
  readonly drainHorizonS: number;
}

/** The newest value of a metric, summed over the label sets of its newest scrape. */
function latest(signals: readonly Signal[], name: string): number | undefined {
  let at = Number.NEGATIVE_INFINITY;
  let sum: number | undefined;
  for (const s of signals) {
    if (s.kind !== 'metric' || s.name !== name || s.value === undefined) continue;
    if (s.at > at) {
      at = s.at;
      sum = 0;
    }
    if (s.at === at) sum = (sum ?? 0) + s.value;
  }
  return sum;
}

/**
 * What storage engines say when the bytes on disk are not what they wrote: SQLite's
 * NOTADB/CORRUPT, "malformed" images, checksum and page errors. A restart reopens the
 * same bytes; only fresh (or restored) state helps.
 */
const CORRUPTION =
  /SQLITE_(?:CORRUPT|NOTADB)|database disk image is malformed|file is not a database|checksum mismatch|corrupt(?:ed|ion)?\b/i;

/** The newest log line of the entity whose message or fields say its stored state is corrupt. */
function corruptionLine(signals: readonly Signal[]): string | undefined {
  for (let i = signals.length - 1; i >= 0; i--) {
    const s = signals[i];
    if (s?.kind !== 'log') continue;
    const text = `${String(s.attributes?.message ?? '')} ${JSON.stringify(s.attributes?.fields ?? {})}`;
    if (CORRUPTION.test(text)) return text.trim();
  }
  return undefined;
}

function classify(c: Case): Draft | undefined {
  const base = { entity: c.entity as Hypothesis['entity'] };
  const has = (i: string) => c.indicators.has(i);
  const corrupt = corruptionLine(c.signals);
  if (corrupt) {
    return {
      ...base,
      cause: 'corrupt-state',
      indicator: 'log',
      confidence: 0.9,
      evidence: [
        ...c.evidence,
        {
          kind: 'signal',
          description: `the service logs that its stored state is unreadable: ${corrupt.slice(0, 200)}`,
        },
      ],
      summary: `${c.entity}'s local state is corrupt: a restart would reopen the same bytes`,
    };
  }
  const size = latest(c.signals, METRIC.poolSize);
  const inUse = latest(c.signals, METRIC.poolInUse);
  const poolFull = size !== undefined && inUse !== undefined && size > 0 && inUse >= size;
  if (has(METRIC.poolInUse) || (poolFull && (latest(c.signals, METRIC.poolWaiting) ?? 0) > 0)) {
    return {
      ...base,
      cause: INFRA_CAUSES.poolExhausted,
      indicator: METRIC.poolInUse,
      confidence: 0.95,
      evidence: [
        ...c.evidence,
        { kind: 'signal', description: `${inUse ?? '?'} of ${size ?? '?'} pool connections in use` },
      ],
      summary: `${c.entity}'s connection pool is exhausted (${inUse ?? '?'} of ${size ?? '?'} in use)`,
      facts: size !== undefined ? { poolSize: size } : {},
    };
  }
  if (c.enoughInstances !== undefined && c.indicators.size === 1) {
    return {
      ...base,
      cause: 'overprovisioned',
      indicator: OVERPROVISIONED_INDICATOR,
      confidence: 0.9,
      evidence: [...c.evidence],
      summary: `${c.entity} runs more instances than its work needs: ${c.enoughInstances} would do`,
      facts: { instances: c.enoughInstances },
    };
  }
  if (has(METRIC.queueDepth)) {
    const depth = latest(c.signals, METRIC.queueDepth) ?? 0;
    const workMs = latest(c.signals, METRIC.queueWorkMs);
    const workers = latest(c.signals, METRIC.queueWorkers);
    const arrival = latest(c.signals, `${METRIC.queueEnqueued}:rate`) ?? 0;
    const perInstance = workMs && workers ? (workers * 1000) / workMs : undefined;
    // Enough instances to keep up with arrivals and drain the backlog within the horizon that
    // made the queue count as saturated (a quiet hour's backlog still needs draining).
    const instances = perInstance ? Math.ceil((arrival + depth / c.drainHorizonS) / perInstance) : undefined;
    return {
      ...base,
      cause: INFRA_CAUSES.saturatedQueue,
      indicator: METRIC.queueDepth,
      confidence: 0.9,
      evidence: [...c.evidence],
      summary: `${c.entity}'s work queue is saturated (${depth} waiting, ${arrival.toFixed(2)} jobs/s arriving${perInstance ? `, ${perInstance.toFixed(2)} jobs/s per instance` : ''})`,
      facts: { depth, ...(instances !== undefined ? { instances } : {}) },
    };
  }
  if (has(METRIC.rss)) {
    return {
      ...base,
      cause: INFRA_CAUSES.memoryLeak,
      indicator: METRIC.rss,
      confidence: 0.9,
      evidence: [...c.evidence],
      summary: `${c.entity} leaks memory: resident memory keeps rising`,
    };
  }
  // The newest change to what runs; a rollback since a deploy means the deploy no longer runs.
  const latestChange = [...c.changes]
    .reverse()
    .find((x) => ['deploy', 'config', 'rollback'].includes(x.kind));
  const change = latestChange?.kind === 'rollback' ? undefined : latestChange;
  if (change && [...c.indicators].some((i) => CHANGE_SYMPTOMS.has(i))) {
    const isDeploy = change.kind === 'deploy';
    const seconds = Math.max(0, Math.round((c.onset - change.at) / 1000));
    return {
      ...base,
      cause: isDeploy ? INFRA_CAUSES.badRelease : INFRA_CAUSES.badConfig,
      indicator: [...c.indicators][0] ?? 'health',
      confidence: 0.9,
      evidence: [
        ...c.evidence,
        {
          kind: 'change',
          description: `${change.description} ${seconds} s before the first anomaly`,
          data: { ...change },
        },
      ],
      summary: `${isDeploy ? 'the release' : 'the config change'} on ${c.entity} preceded the fault: ${change.description}`,
      facts: {
        change: change.id,
        ...(change.data ?? {}),
        ...(!isDeploy && typeof change.data?.revision === 'number'
          ? { configRevision: change.data.revision }
          : {}),
      },
    };
  }
  const exits = c.signals.filter(
    (s) => s.kind === 'probe' && s.name === 'process_exit' && s.labels.expected !== 'true',
  );
  const lastExit = exits[exits.length - 1];
  if (lastExit || has('process_exit')) {
    const code = lastExit?.attributes?.code ?? null;
    return {
      ...base,
      cause: INFRA_CAUSES.crashed,
      indicator: 'process_exit',
      confidence: 0.95,
      evidence: [
        ...c.evidence,
        {
          kind: 'signal',
          description: `the process exited (code ${String(code)}, signal ${String(lastExit?.attributes?.signal ?? null)})`,
          data: { code, logTail: lastExit?.attributes?.logTail ?? null },
        },
      ],
      summary: `${c.entity} crashed (exit code ${String(code)})`,
    };
  }
  if (has('health') && !answeredDegraded(c.signals)) {
    return {
      ...base,
      cause: INFRA_CAUSES.hung,
      indicator: 'health',
      confidence: 0.8,
      evidence: [
        ...c.evidence,
        { kind: 'signal', description: 'the process runs but its health endpoint does not answer' },
      ],
      summary: `${c.entity} is running but not answering its health checks`,
    };
  }
  if (has(METRIC.duration)) {
    const confidence = c.deeperSlow ? 0.4 : 0.8;
    return {
      ...base,
      cause: INFRA_CAUSES.latency,
      indicator: METRIC.duration,
      confidence,
      evidence: [
        ...c.evidence,
        ...(c.deeperSlow
          ? [
              {
                kind: 'topology' as const,
                description: `${c.deeperSlow}, which ${c.entity} depends on, is slow too`,
              },
            ]
          : []),
      ],
      summary: `${c.entity} is slow on its own (not waiting for a monitored dependency)`,
    };
  }
  return undefined;
}

/** The newest health reading answered with an HTTP status (e.g. 503 degraded): alive, not hung. */
function answeredDegraded(signals: readonly Signal[]): boolean {
  const health = signals.filter((s) => s.kind === 'probe' && s.name === 'health');
  const detail = String(health[health.length - 1]?.attributes?.detail ?? '');
  return /#\d+: [1-5]\d\d\b/.test(detail);
}

/** A slow entity among the dependencies of `entity` (breadth first, a few hops), if any. */
function deeper(entity: string, slow: ReadonlySet<string>, ctx: DiagnosisContext): string | undefined {
  const seen = new Set([entity]);
  let frontier = [entity];
  for (let hop = 0; hop < 4 && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const e of frontier) {
      for (const d of ctx.dependencies(e)) {
        if (seen.has(d)) continue;
        if (slow.has(d)) return d;
        seen.add(d);
        next.push(d);
      }
    }
    frontier = next;
  }
  return undefined;
}
