/**
 * Ports for the sensing, detection and diagnosis stages. Each talks to the
 * next through the model types only.
 */
import type { Anomaly, Entity, Hypothesis, Incident, Signal } from '../model/index.js';
import type { Lifecycle } from './component.js';

/** Turns something outside (HTTP, files, scrapes) into signals. */
export interface Receiver extends Lifecycle {
  readonly type: string;
}

/** Where receivers deliver signals. Returns false when ingest is saturated (callers answer 429/503). */
export type SignalSink = (signals: readonly Signal[]) => boolean;

/** Judges signals against what is normal and emits anomalies. */
export interface Detector {
  readonly name: string;
  observe(signal: Signal): readonly Anomaly[];
}

/** A change that may explain an anomaly: a deploy, a config change, a flag flip. */
export interface ChangeEvent {
  readonly id: string;
  readonly entity: string;
  readonly kind: string;
  readonly at: number;
  readonly description: string;
  readonly data?: Readonly<Record<string, unknown>>;
  /** Set when homeostat's own action made the change (a rollback, a revert, a resize). */
  readonly actionId?: string;
}

/**
 * The changes still worth suspecting: per entity, its newest change, unless
 * homeostat's own action made it (a rollback or revert undoes what came before
 * it; a resize is a remedy, not a fault). Oldest first.
 * @example suspectChanges([deploy, revertByHomeostat]) // [] — the deploy no longer runs
 */
export function suspectChanges(changes: readonly ChangeEvent[]): ChangeEvent[] {
  const newest = new Map<string, ChangeEvent>();
  for (const c of changes) {
    const cur = newest.get(c.entity);
    if (!cur || c.at >= cur.at) newest.set(c.entity, c);
  }
  return [...newest.values()].filter((c) => c.actionId === undefined).sort((a, b) => a.at - b.at);
}

/** What a diagnoser may look at. */
export interface DiagnosisContext {
  readonly now: number;
  entity(id: string): Entity | undefined;
  /** Callees of an entity in the topology (what it depends on). */
  dependencies(id: string): readonly string[];
  /** Callers of an entity. */
  dependents(id: string): readonly string[];
  changes(since: number, until: number): readonly ChangeEvent[];
  /** Recent signals for an entity (newest last). */
  recentSignals(entity: string, since: number): readonly Signal[];
}

/** Ranks candidate causes for an incident; the engine merges hypotheses from every diagnoser. */
export interface Diagnoser {
  readonly name: string;
  diagnose(incident: Incident, ctx: DiagnosisContext): Promise<readonly Hypothesis[]>;
}
