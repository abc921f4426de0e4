/**
 * `infra.scale-out` and `infra.scale-in` (low risk): more worker instances for
 * a saturated queue, fewer when the service is overprovisioned. Both carry
 * the instance counts in their parameters, so undo returns to the exact count
 * they started from. Verify uses the injected probe for the service when one
 * is given (e.g. "queue depth back inside baseline"), else the health check.
 */
import { z } from 'zod';
import type { RemedyDefinition } from '../../core/remedy.js';
import {
  fact,
  type InfraOptions,
  matchService,
  params,
  readHealth,
  supervisor,
  undoId,
  windows,
} from './common.js';

const scaleParams = z.object({
  service: z.string().min(1),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
});

function scaleRemedy(direction: 'out' | 'in', options: InfraOptions): RemedyDefinition {
  const cause = direction === 'out' ? 'saturated-queue' : 'overprovisioned';
  return {
    name: `infra.scale-${direction}`,
    actionClass: `scale-${direction}`,
    risk: 'low',
    description:
      direction === 'out'
        ? 'start more instances of a service whose work queue is saturated'
        : 'stop surplus instances of an overprovisioned service',
    ...windows(options, 60_000, 5_000),
    propose(_incident, hypothesis, ctx) {
      const f = matchService(hypothesis, [cause], ctx, options);
      if (!f) return [];
      const { spec, desired } = f.sup.inspect(f.service);
      if (!desired.running) return [];
      const from = desired.instances;
      const wanted = fact(hypothesis, 'instances');
      const to =
        direction === 'out'
          ? Math.min(spec.maxInstances ?? options.maxInstances ?? 8, wanted ?? from + 1)
          : Math.max(spec.minInstances ?? 1, wanted ?? from - 1);
      if (direction === 'out' ? to <= from : to >= from) return [];
      return [
        {
          target: f.target,
          params: { service: f.service, from, to },
          description: `scale ${f.service} ${direction} ${from} → ${to} instances`,
        },
      ];
    },
    async apply(action, ctx) {
      const p = params(scaleParams, action);
      const r = await supervisor(ctx, options).scale(p.service, p.to, { actionId: action.id });
      return { undoData: { instances: p.from }, detail: `${p.service}: ${r.from} → ${r.to} instances` };
    },
    verify(action, ctx) {
      return readHealth(params(scaleParams, action).service, action, ctx, options);
    },
    async undo(action, ctx) {
      const p = params(scaleParams, action);
      const sup = supervisor(ctx, options);
      if (sup.inspect(p.service).desired.instances === p.from) return;
      await sup.scale(p.service, p.from, { actionId: undoId(action) });
    },
  };
}

/**
 * Hypothesis facts it reads: `instances`, the count wanted (capped by the
 * service's maxInstances, else options.maxInstances, else 8).
 */
export function scaleOutRemedy(options: InfraOptions = {}): RemedyDefinition {
  return scaleRemedy('out', options);
}

/** Hypothesis facts it reads: `instances`, the count wanted (never below minInstances, default 1). */
export function scaleInRemedy(options: InfraOptions = {}): RemedyDefinition {
  return scaleRemedy('in', options);
}
