/**
 * `infra.rollback-release` (low risk): returns a service from a bad release
 * to the one before it. The target release is fixed when the remedy proposes,
 * so the journal says exactly which release will run; undo returns to the
 * release that was rolled back from.
 */
import { z } from 'zod';
import type { RemedyDefinition } from '../../core/remedy.js';
import {
  factText,
  type InfraOptions,
  matchService,
  params,
  readHealth,
  supervisor,
  undoId,
  windows,
} from './common.js';

const rollbackParams = z.object({
  service: z.string().min(1),
  fromRevision: z.number().int().positive(),
  fromVersion: z.string(),
  toRevision: z.number().int().positive(),
  toVersion: z.string(),
});

/**
 * Hypothesis facts it reads: `version` (or `badVersion`), the suspect release —
 * the remedy proposes only while that release runs; `toVersion`, a release to
 * return to instead of the previous one.
 * @example rollbackReleaseRemedy().propose(incident, { ...h, cause: 'bad-release', facts: { version: 'v2' } }, ctx)
 */
export function rollbackReleaseRemedy(options: InfraOptions = {}): RemedyDefinition {
  return {
    name: 'infra.rollback-release',
    actionClass: 'rollback-release',
    risk: 'low',
    description: 'roll a service back from a bad release to the previous one',
    ...windows(options, 60_000, 5_000),
    propose(_incident, hypothesis, ctx) {
      const f = matchService(hypothesis, ['bad-release'], ctx, options);
      if (!f) return [];
      const state = f.sup.inspect(f.service);
      const current = state.releases.find((r) => r.revision === state.currentRelease);
      if (!current) return [];
      const suspect = factText(hypothesis, 'version') ?? factText(hypothesis, 'badVersion');
      if (suspect !== undefined && suspect !== current.version) return [];
      const want = factText(hypothesis, 'toVersion');
      const others = state.releases.filter((r) => r.revision !== current.revision);
      const target =
        want !== undefined
          ? others.filter((r) => r.version === want).at(-1)
          : others.filter((r) => r.revision < current.revision).at(-1);
      if (!target) return [];
      return [
        {
          target: f.target,
          params: {
            service: f.service,
            fromRevision: current.revision,
            fromVersion: current.version,
            toRevision: target.revision,
            toVersion: target.version,
          },
          description: `roll ${f.service} back from ${current.version} to ${target.version}`,
        },
      ];
    },
    async apply(action, ctx) {
      const p = params(rollbackParams, action);
      const sup = supervisor(ctx, options);
      const undoData = { revision: p.fromRevision };
      // Already there (a retry after the switch, or a repeat): applying again would fail to find a target.
      if (sup.status(p.service).releaseRevision === p.toRevision) {
        return { undoData, detail: `${p.service} already runs ${p.toVersion}` };
      }
      const r = await sup.rollback(p.service, { actionId: action.id, toRevision: p.toRevision });
      return { undoData, detail: `${p.service}: ${r.fromVersion} → ${r.toVersion}` };
    },
    verify(action, ctx) {
      return readHealth(params(rollbackParams, action).service, action, ctx, options);
    },
    async undo(action, ctx) {
      // From params, not undoData: an apply that failed half-way returned none but may have switched.
      const p = params(rollbackParams, action);
      const sup = supervisor(ctx, options);
      if (sup.status(p.service).releaseRevision === p.fromRevision) return;
      await sup.rollback(p.service, { actionId: undoId(action), toRevision: p.fromRevision });
    },
  };
}
