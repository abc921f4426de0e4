/**
 * The RCA diagnoser the engine calls: it reads recent metric signals of the
 * incident's entities and their neighbours from the DiagnosisContext, ranks
 * candidate causes, and returns hypotheses with calibrated confidence and
 * their evidence chain.
 */
import { z } from 'zod';
import { type ComponentFactory, parseComponentConfig } from '../core/component.js';
import { type Diagnoser, type DiagnosisContext, suspectChanges } from '../core/stages.js';
import { newId } from '../model/ids.js';
import type { EntityId, Hypothesis, Incident } from '../model/index.js';
import { EntityGraph } from '../topology/graph.js';
import { calibrate, softmax } from './calibrate.js';
import { MetricFrame } from './frame.js';
import { rankCauses } from './rank.js';

/** Names of cumulative series (counters, histogram parts), which deviation analysis cannot read. */
const CUMULATIVE = /(?:_total|_sum|_count|_bucket|_created)$/;

export const rcaConfigSchema = z.object({
  /** Baseline length before the onset window. */
  baselineMs: z.number().int().positive().default(3_600_000),
  /** The window starts this long before the earliest anomaly, absorbing onset error. */
  leadMs: z.number().int().nonnegative().default(60_000),
  changeLookbackMs: z.number().int().nonnegative().default(900_000),
  maxHypotheses: z.number().int().positive().default(5),
  /** Topology hops around the incident's entities that are also candidates. */
  neighbourhood: z.number().int().nonnegative().default(2),
  temperature: z.number().positive().default(0.5),
  /**
   * Platt map from raw softmax share to probability. The default was fitted on the top hypotheses of
   * both Nezha days (the benchmark reports the cross-day fit honestly).
   */
  platt: z.object({ a: z.number(), b: z.number() }).default({ a: 0.311, b: 1.411 }),
  /** Baseline samples a series needs before its deviation is evidence. */
  minBaselineSamples: z.number().int().min(1).default(10),
  /**
   * Name a cause only on entities the incident has anomalies on; elsewhere say where, not
   * what (`unknown`), so a ranking never sends a remedy to a service nobody saw misbehave.
   */
  prescribeOnlyAnomalous: z.boolean().default(true),
  /**
   * Never name a cause, only where: for engines whose domain diagnosers classify causes
   * from richer evidence (a crash, a pool, a change); the ranking's evidence then joins
   * theirs on the same entity.
   */
  locateOnly: z.boolean().default(false),
  /** Confidence is multiplied by this on entities no detector saw misbehave. */
  unobservedWeight: z.number().min(0).max(1).default(0.5),
});
export type RcaConfig = z.infer<typeof rcaConfigSchema>;

/**
 * Root-cause diagnoser over metrics and topology.
 * @example const d = rcaDiagnoserFactory.create({}, {}); await d.diagnose(incident, ctx)
 */
export class RcaDiagnoser implements Diagnoser {
  readonly name = 'rca';
  readonly #cfg: RcaConfig;

  constructor(config: RcaConfig) {
    this.#cfg = config;
  }

  async diagnose(incident: Incident, ctx: DiagnosisContext): Promise<readonly Hypothesis[]> {
    if (incident.anomalies.length === 0 && incident.entities.length === 0) return [];
    const onset = incident.anomalies.length
      ? Math.min(...incident.anomalies.map((a) => a.at))
      : incident.openedAt;
    const since = onset - this.#cfg.leadMs - this.#cfg.baselineMs;
    const graph = new EntityGraph();
    const ids = new Set<string>([...incident.entities, ...incident.anomalies.map((a) => a.entity)]);
    let frontier = [...ids];
    for (let hop = 0; hop < this.#cfg.neighbourhood; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of [...ctx.dependencies(id), ...ctx.dependents(id)]) {
          if (!ids.has(n)) {
            ids.add(n);
            next.push(n);
          }
        }
      }
      frontier = next;
    }
    const nameOf = new Map<string, string>();
    const idOf = new Map<string, string>();
    for (const id of ids) {
      const e = ctx.entity(id);
      const name = e?.name ?? id;
      nameOf.set(id, name);
      idOf.set(name, id);
      graph.addEntity(e?.kind ?? 'service', name, { ...(e?.labels ?? {}) });
    }
    for (const id of ids) {
      for (const dep of ctx.dependencies(id)) {
        if (!ids.has(dep)) continue;
        const a =
          graph.resolve(nameOf.get(id) as string) ?? graph.addEntity('service', nameOf.get(id) as string);
        const b =
          graph.resolve(nameOf.get(dep) as string) ?? graph.addEntity('service', nameOf.get(dep) as string);
        graph.addEdge(a, b, 'calls', 1, 'context');
      }
    }
    const frame = new MetricFrame();
    for (const id of ids) {
      for (const s of ctx.recentSignals(id, since)) {
        if (s.kind !== 'metric' || s.value === undefined || s.at > ctx.now) continue;
        // Counters only climb: their rates (`<name>:rate`) carry what they say.
        if (CUMULATIVE.test(s.name)) continue;
        frame.add(nameOf.get(id) as string, s.name, s.at, s.value);
      }
    }
    const ranked = rankCauses(frame, {
      at: ctx.now,
      onset,
      baselineMs: this.#cfg.baselineMs,
      leadMs: this.#cfg.leadMs,
      graph,
      changes: suspectChanges(ctx.changes(onset - this.#cfg.changeLookbackMs, ctx.now)),
      changeLookbackMs: this.#cfg.changeLookbackMs,
      candidates: [...ids].map((id) => nameOf.get(id) as string),
      minBaselineSamples: this.#cfg.minBaselineSamples,
    });
    const anomalous = new Set<string>(incident.anomalies.map((a) => a.entity));
    // No deviation anywhere is no evidence: say nothing rather than be certain of 'unknown'.
    const scored = ranked.filter((r) => r.score > 0);
    if (scored.length === 0) return [];
    const p = softmax(
      scored.map((r) => r.score),
      this.#cfg.temperature,
    );
    return scored.slice(0, this.#cfg.maxHypotheses).map((r, i) => {
      const entity = (idOf.get(r.entity) ?? r.entity) as EntityId;
      const seen = anomalous.has(entity);
      const prescribe = !this.#cfg.locateOnly && (!this.#cfg.prescribeOnlyAnomalous || seen);
      return {
        id: newId('hypothesis', ctx.now),
        incidentId: incident.id,
        entity,
        ...(r.indicator ? { indicator: r.indicator } : {}),
        cause: prescribe ? r.cause : 'unknown',
        confidence: calibrate(this.#cfg.platt, p[i] ?? 0) * (seen ? 1 : this.#cfg.unobservedWeight),
        evidence: r.evidence,
        summary: r.summary,
        diagnoser: this.name,
        facts: { rank: i + 1, score: r.score, ...(r.onsetAt !== undefined ? { onsetAt: r.onsetAt } : {}) },
      };
    });
  }
}

/** Component factory: `{ type, stability, configSchema, defaultConfig, create }`. */
export const rcaDiagnoserFactory: ComponentFactory<RcaConfig, RcaDiagnoser> = {
  type: 'rca',
  stability: 'experimental',
  configSchema: rcaConfigSchema as z.ZodType<RcaConfig>,
  defaultConfig: rcaConfigSchema.parse({}),
  create(config: unknown): RcaDiagnoser {
    return new RcaDiagnoser(parseComponentConfig(rcaDiagnoserFactory, config));
  },
};
