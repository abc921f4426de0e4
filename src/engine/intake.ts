/**
 * Intake: signals in, anomalies out, anomalies grouped into incidents. Keeps
 * a bounded window of recent signals per entity for diagnosers to read.
 */
import type { Detector } from '../core/stages.js';
import type { Anomaly, Signal } from '../model/index.js';

/** A bounded per-entity memory of recent signals (newest last). */
export class RecentSignals {
  readonly #byEntity = new Map<string, Signal[]>();
  readonly #perEntity: number;
  readonly #maxEntities: number;

  constructor(perEntity = 2_000, maxEntities = 1_000) {
    this.#perEntity = perEntity;
    this.#maxEntities = maxEntities;
  }

  add(signal: Signal): void {
    let list = this.#byEntity.get(signal.entity);
    if (!list) {
      if (this.#byEntity.size >= this.#maxEntities) {
        const oldest = this.#byEntity.keys().next().value;
        if (oldest !== undefined) this.#byEntity.delete(oldest);
      }
      list = [];
      this.#byEntity.set(signal.entity, list);
    }
    list.push(signal);
    // Trimmed in chunks: one splice per quarter of the capacity, not one per signal.
    if (list.length > this.#perEntity * 1.25) list.splice(0, list.length - this.#perEntity);
  }

  since(entity: string, since: number): readonly Signal[] {
    return (this.#byEntity.get(entity) ?? []).filter((s) => s.at >= since);
  }
}

/** Runs every detector on a signal; a detector that throws is reported, never fatal. */
export function detectAll(
  detectors: readonly Detector[],
  signal: Signal,
  onError: (detector: string, err: unknown) => void,
): Anomaly[] {
  const out: Anomaly[] = [];
  for (const d of detectors) {
    try {
      out.push(...d.observe(signal));
    } catch (err) {
      onError(d.name, err);
    }
  }
  return out;
}

/** How long after a remedy starts a neighbour's symptom may still be its echo. */
export const ACTION_ECHO_MS = 10_000;

export interface GroupCandidate {
  readonly id: string;
  readonly entities: readonly string[];
  readonly openedAt: number;
  /** Set for incidents already handed to a person (escalated, rolled back). */
  readonly closedAt?: number;
  /** When a remedy started acting on it, if one has. */
  readonly actedAt?: number;
  readonly anomalies?: readonly Pick<Anomaly, 'entity' | 'fingerprint' | 'standalone'>[];
}

/**
 * Picks the incident an anomaly belongs to: an open one opened within the
 * window that already involves the anomaly's entity or a direct neighbour of
 * it in the topology; or one handed to a person with anomalies on this very
 * entity — its fault going on. A fault next door to an escalated incident is
 * not folded into it: it gets its own chance to be healed. Undefined means a
 * new incident.
 */
export function findGroup(
  anomaly: Anomaly,
  open: readonly GroupCandidate[],
  neighbours: (entity: string) => readonly string[],
  windowMs: number,
): string | undefined {
  if (anomaly.standalone) return undefined;
  const near = new Set([anomaly.entity, ...neighbours(anomaly.entity)]);
  let best: GroupCandidate | undefined;
  for (const inc of open) {
    if (inc.anomalies?.some((a) => a.standalone)) continue;
    if (inc.closedAt !== undefined) {
      // The book forgets these a window after they were handed over; their age does not matter.
      // Only the same symptom going on joins: a new fault on that service deserves its own chance.
      if (!inc.anomalies?.some((a) => a.entity === anomaly.entity && a.fingerprint === anomaly.fingerprint))
        continue;
    } else if (!inc.entities.includes(anomaly.entity)) {
      // An incident still open (waiting for a person, verifying) takes every later symptom of
      // its own entities; a neighbour's symptom joins only while the incident is young.
      if (anomaly.at - inc.openedAt > windowMs || inc.openedAt - anomaly.at > windowMs) continue;
      // Once a remedy acts, a neighbour's later symptom is the echo of the action (callers
      // failing while the service restarts) only for a few seconds; after that it is a new
      // fault, and folding it into an incident that is verifying another fix would lose it.
      if (inc.actedAt !== undefined && anomaly.at - inc.actedAt > ACTION_ECHO_MS) continue;
      if (!inc.entities.some((e) => near.has(e))) continue;
    }
    if (!best || inc.openedAt > best.openedAt) best = inc;
  }
  return best?.id;
}
