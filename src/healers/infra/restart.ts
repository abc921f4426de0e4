/**
 * `infra.restart` (low risk): restarts every instance of a supervised service
 * that crashed, hung, leaks memory or is slow on its own (latency: lock
 * contention, GC thrash — a restart clears that, though not a slow external
 * provider, which verification then shows). Its undo is a documented no-op: a
 * restart cannot be taken back, and stopping the fresh processes would only
 * make things worse; when the restart did not help, the executor's undo
 * leaves the service as it is and the incident escalates.
 */
import { z } from 'zod';
import type { RemedyDefinition } from '../../core/remedy.js';
import { type InfraOptions, matchService, params, readHealth, supervisor, windows } from './common.js';

const CAUSES = ['process-crashed', 'process-hung', 'memory-leak', 'latency'] as const;

const restartParams = z.object({ service: z.string().min(1), cause: z.string() });

/**
 * @example registry.register('infra.restart', restartRemedy({ probes: { api: errorRateProbe } }));
 */
export function restartRemedy(options: InfraOptions = {}): RemedyDefinition {
  return {
    name: 'infra.restart',
    actionClass: 'restart',
    risk: 'low',
    description: 'restart every instance of a crashed, hung, leaking or slow service',
    ...windows(options, 30_000, 3_000),
    propose(_incident, hypothesis, ctx) {
      const f = matchService(hypothesis, CAUSES, ctx, options);
      if (!f) return [];
      const n = f.sup.status(f.service).desired.instances;
      return [
        {
          target: f.target,
          params: { service: f.service, cause: hypothesis.cause },
          description: `restart ${f.service} (${n} instance${n === 1 ? '' : 's'}; ${hypothesis.cause})`,
        },
      ];
    },
    async apply(action, ctx) {
      const p = params(restartParams, action);
      const r = await supervisor(ctx, options).restart(p.service, { actionId: action.id });
      return {
        undoData: { previousPids: r.previousPids, pids: r.pids },
        detail: `${r.repeated ? 'already restarted' : 'restarted'} ${p.service}: pids ${r.previousPids.join(',') || 'none'} → ${r.pids.join(',')}`,
      };
    },
    verify(action, ctx) {
      return readHealth(params(restartParams, action).service, action, ctx, options);
    },
    async undo() {
      // Deliberately nothing: see the module comment.
    },
    async stillNeeded(action, ctx) {
      const p = params(restartParams, action);
      // A leak or slowness does not show on the health endpoint; only a crash or hang can be seen to have passed.
      if (p.cause === 'memory-leak' || p.cause === 'latency') return true;
      return (await readHealth(p.service, action, ctx, options)).status !== 'healthy';
    },
  };
}
