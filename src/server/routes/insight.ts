/**
 * What the engine knows: memory (outcomes per remedy and target class, and
 * autonomy overrides), the topology coloured by health, the policy in force,
 * and the entities it has seen.
 */
import { HomeostatError } from '../../core/errors.js';
import type { Entity, OutcomeStats } from '../../model/index.js';
import { type AnyRoute, route } from '../route.js';
import { Cleared, Entities, IdParams, MemoryReport, PolicySummary, Topology } from '../schemas.js';
import type { ApiDeps } from './deps.js';
import { topologyWithHealth } from './topology.js';

function rate(successes: number, failures: number): number | null {
  const n = successes + failures;
  return n === 0 ? null : successes / n;
}

/** Sums outcome counts over symptoms, per (remedy, target class). */
export function byRemedy(stats: readonly OutcomeStats[]) {
  const groups = new Map<
    string,
    { remedy: string; targetClass: string; successes: number; failures: number; lastAt: number }
  >();
  for (const s of stats) {
    const key = `${s.remedy}\u0000${s.targetClass}`;
    const g = groups.get(key) ?? {
      remedy: s.remedy,
      targetClass: s.targetClass,
      successes: 0,
      failures: 0,
      lastAt: 0,
    };
    g.successes += s.successes;
    g.failures += s.failures;
    g.lastAt = Math.max(g.lastAt, s.lastAt);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, successRate: rate(g.successes, g.failures) }))
    .sort((a, b) => a.remedy.localeCompare(b.remedy) || a.targetClass.localeCompare(b.targetClass));
}

/** Insight routes. */
export function insightRoutes(deps: ApiDeps): AnyRoute[] {
  const { runtime, graph } = deps;
  return [
    route({
      method: 'GET',
      url: '/memory',
      access: 'viewer',
      tag: 'memory',
      summary: 'Outcome statistics (success rate per remedy and target class) and autonomy overrides',
      response: MemoryReport,
      handler: async () => {
        const stats = await runtime.store.listOutcomeStats();
        return {
          byRemedy: byRemedy(stats),
          bySymptom: stats.map((s) => ({ ...s, successRate: rate(s.successes, s.failures) })),
          overrides: await runtime.memory.overrides(),
        };
      },
    }),
    route({
      method: 'DELETE',
      url: '/memory/overrides/:id',
      access: 'admin',
      tag: 'memory',
      summary: 'Clear an autonomy promotion or demotion (e.g. the root cause of a masked symptom was fixed)',
      params: IdParams,
      response: Cleared,
      errors: ['HST_NOT_FOUND'],
      handler: async ({ params, principal }) => {
        if (!(await runtime.memory.clearOverride(params.id, principal.name))) {
          throw new HomeostatError('HST_NOT_FOUND', `no autonomy override ${params.id}`);
        }
        return { id: params.id, cleared: true as const };
      },
    }),
    route({
      method: 'GET',
      url: '/topology',
      access: 'viewer',
      tag: 'topology',
      summary: 'The entity graph; each node has a health from the open incidents that involve it',
      description:
        'failing: the suspected root cause of an open incident (or an entity of one not yet diagnosed); degraded: involved in an open incident; healthy: otherwise.',
      response: Topology,
      handler: async () => topologyWithHealth(runtime, graph),
    }),
    route({
      method: 'GET',
      url: '/policy',
      access: 'viewer',
      tag: 'policy',
      summary: 'The policy in force: hash, file, defaults by risk, and its rules',
      response: PolicySummary,
      handler: async () => {
        const p = runtime.policy.current;
        return {
          hash: p.hash,
          file: p.file,
          defaults: p.doc.defaults,
          rules: p.doc.rules,
          maintenanceWindows: p.doc.maintenanceWindows,
          autonomy: p.doc.autonomy,
          approvals: p.doc.approvals,
        };
      },
    }),
    route({
      method: 'GET',
      url: '/entities',
      access: 'viewer',
      tag: 'topology',
      summary: 'Every entity the engine or the topology knows',
      response: Entities,
      handler: async () => {
        const all = new Map<string, Entity>();
        for (const e of graph?.entities() ?? []) all.set(e.id, e);
        for (const e of runtime.engine.entities()) all.set(e.id, e);
        return { entities: [...all.values()].sort((a, b) => a.id.localeCompare(b.id)) };
      },
    }),
  ];
}
