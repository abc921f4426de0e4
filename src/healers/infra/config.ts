/**
 * Config remedies over the supervisor's config revisions.
 * `infra.config-revert` (medium risk) restores the config before a bad change.
 * `infra.pool-resize` (low risk) enlarges an exhausted connection pool: live
 * through the service's admin API when it declares one (`PUT {adminUrl}/pool`,
 * body `{"size": n}`), and always as a config revision (`POOL_SIZE`), so the
 * new size survives the next restart. Both undo by restoring the config
 * revision they started from.
 */
import { z } from 'zod';
import { httpCall } from '../../act/actuators/process/probe.js';
import { fillPort } from '../../act/actuators/process/service.js';
import type { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import { ActuatorError, type RemedyDefinition } from '../../core/remedy.js';
import type { Action } from '../../model/index.js';
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

const revertParams = z.object({
  service: z.string().min(1),
  fromRevision: z.number().int().positive(),
  toRevision: z.number().int().positive(),
});

/** Restores config revision `revision` unless its env is already in force. */
async function restoreConfig(
  sup: ProcessSupervisor,
  service: string,
  revision: number,
  actionId: string,
  restart = true,
) {
  const state = sup.inspect(service);
  const want = state.configs.find((c) => c.revision === revision)?.env;
  const have = state.configs.find((c) => c.revision === state.currentConfig)?.env;
  if (want && have && JSON.stringify(sortKeys(want)) === JSON.stringify(sortKeys(have))) return;
  await sup.revertConfig(service, revision, { actionId, restart });
}

function sortKeys(env: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Hypothesis facts it reads: `configRevision`, the suspect revision (default:
 * the current one); the remedy reverts to the revision before it.
 */
export function configRevertRemedy(options: InfraOptions = {}): RemedyDefinition {
  return {
    name: 'infra.config-revert',
    actionClass: 'config-revert',
    risk: 'medium',
    description: 'revert a service to the config revision before a bad change',
    ...windows(options, 30_000, 3_000),
    propose(_incident, hypothesis, ctx) {
      const f = matchService(hypothesis, ['bad-config'], ctx, options);
      if (!f) return [];
      const state = f.sup.inspect(f.service);
      const suspect = fact(hypothesis, 'configRevision') ?? state.currentConfig;
      const before = state.configs.filter((c) => c.revision < suspect).at(-1);
      if (!before) return [];
      const changed = state.configs.find((c) => c.revision === suspect)?.change ?? {};
      const keys = Object.keys(changed).join(', ') || 'no keys';
      return [
        {
          target: f.target,
          params: { service: f.service, fromRevision: state.currentConfig, toRevision: before.revision },
          description: `revert ${f.service} config to revision ${before.revision} (undoes revision ${suspect}: ${keys})`,
        },
      ];
    },
    async apply(action, ctx) {
      const p = params(revertParams, action);
      await restoreConfig(supervisor(ctx, options), p.service, p.toRevision, action.id);
      return {
        undoData: { revision: p.fromRevision },
        detail: `${p.service}: config of revision ${p.toRevision} restored`,
      };
    },
    verify(action, ctx) {
      return readHealth(params(revertParams, action).service, action, ctx, options);
    },
    async undo(action, ctx) {
      const p = params(revertParams, action);
      await restoreConfig(supervisor(ctx, options), p.service, p.fromRevision, undoId(action));
    },
  };
}

const poolParams = z.object({
  service: z.string().min(1),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
  fromRevision: z.number().int().positive(),
  live: z.boolean(),
});

/** Sets the pool size on every instance through the admin API. */
async function resizeLive(sup: ProcessSupervisor, service: string, size: number): Promise<void> {
  const st = sup.inspect(service);
  const admin = st.spec.adminUrl;
  if (!admin) return;
  const count = st.desired.running ? st.desired.instances : 0;
  for (let i = 0; i < count; i++) {
    const url = `${fillPort(admin, sup.port(service, i)).replace(/\/$/, '')}/pool`;
    const r = await httpCall(url, { method: 'PUT', body: JSON.stringify({ size }), timeoutMs: 2_000 });
    if (!r.ok) {
      const permanent = r.status !== undefined && r.status >= 400 && r.status < 500;
      throw new ActuatorError(
        `${service} instance ${i}: PUT ${url} failed (${r.status ?? r.error})`,
        permanent ? 'permanent' : 'retryable',
      );
    }
  }
}

/**
 * Hypothesis facts it reads: `poolSize` (current size, when the env does not
 * say), `targetPoolSize`, `maxPoolSize`. Default: double, capped.
 */
export function poolResizeRemedy(options: InfraOptions = {}): RemedyDefinition {
  const current = (a: Action) => params(poolParams, a);
  return {
    name: 'infra.pool-resize',
    actionClass: 'pool-resize',
    risk: 'low',
    description: 'enlarge an exhausted connection pool (POOL_SIZE), live when the service has an admin API',
    ...windows(options, 30_000, 2_000),
    propose(_incident, hypothesis, ctx) {
      const f = matchService(hypothesis, ['pool-exhausted'], ctx, options);
      if (!f) return [];
      const state = f.sup.inspect(f.service);
      const from = Number(f.sup.env(f.service).POOL_SIZE ?? fact(hypothesis, 'poolSize') ?? Number.NaN);
      if (!Number.isInteger(from) || from < 1) return [];
      const max = fact(hypothesis, 'maxPoolSize') ?? options.maxPoolSize ?? 64;
      const to = Math.min(max, fact(hypothesis, 'targetPoolSize') ?? from * 2);
      if (!(to > from)) return [];
      const live = state.spec.adminUrl !== undefined;
      return [
        {
          target: f.target,
          params: { service: f.service, from, to, fromRevision: state.currentConfig, live },
          description: `resize ${f.service} pool ${from} → ${to}${live ? ' (live, via admin API)' : ' (restart)'}`,
        },
      ];
    },
    async apply(action, ctx) {
      const p = current(action);
      const sup = supervisor(ctx, options);
      // Live resize needs no restart; the revision keeps the size for the next one.
      await sup.setEnv(p.service, { POOL_SIZE: String(p.to) }, { actionId: action.id, restart: !p.live });
      if (p.live) await resizeLive(sup, p.service, p.to);
      return {
        undoData: { revision: p.fromRevision, size: p.from },
        detail: `${p.service}: pool ${p.from} → ${p.to}`,
      };
    },
    verify(action, ctx) {
      return readHealth(current(action).service, action, ctx, options);
    },
    async undo(action, ctx) {
      const p = current(action);
      const sup = supervisor(ctx, options);
      await restoreConfig(sup, p.service, p.fromRevision, undoId(action), !p.live);
      if (p.live) await resizeLive(sup, p.service, p.from);
    },
  };
}
