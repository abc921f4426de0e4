/**
 * A scripted remedy over a simulated target, for exercising the executor and
 * the engine without a real system: its effect (fixes, no effect, makes it
 * worse, leaves no data, throws) is chosen per test, and every apply and undo
 * is recorded. A reusable test double.
 */
import { ActuatorError, type FailureClass, type RemedyDefinition } from '../core/remedy.js';
import { entityId, type HealthReading, type Risk } from '../model/index.js';

export type Effect = 'fixes' | 'fixes-slowly' | 'no-effect' | 'worse' | 'no-data' | 'throws';

export interface SimulatedTarget {
  healthy: boolean;
  /** When set, readings say no-data. */
  silent: boolean;
  worse: boolean;
  /** Healthy from this time on (for 'fixes-slowly'). */
  healthyFrom?: number;
}

export interface ScriptedRemedyOptions {
  readonly name?: string;
  readonly actionClass?: string;
  readonly risk?: Risk;
  readonly cause?: string;
  readonly effect: () => Effect;
  readonly failure?: FailureClass;
  readonly verifyWindowMs?: number;
  readonly confirmMs?: number;
  readonly now: () => number;
  readonly slowMs?: number;
  readonly stillNeeded?: () => boolean;
}

export function scriptedRemedy(opts: ScriptedRemedyOptions): RemedyDefinition & {
  readonly target: SimulatedTarget;
  readonly applied: string[];
  readonly undone: string[];
} {
  const target: SimulatedTarget = { healthy: false, silent: false, worse: false };
  const applied: string[] = [];
  const undone: string[] = [];
  const cause = opts.cause ?? 'process-crashed';
  return {
    name: opts.name ?? 'test.restart',
    actionClass: opts.actionClass ?? 'restart',
    risk: opts.risk ?? 'low',
    description: 'a scripted remedy for tests',
    target,
    applied,
    undone,
    ...(opts.verifyWindowMs !== undefined ? { verifyWindowMs: opts.verifyWindowMs } : {}),
    ...(opts.confirmMs !== undefined ? { confirmMs: opts.confirmMs } : {}),
    propose(_incident, h) {
      if (h.cause !== cause) return [];
      return [
        {
          target: { entity: h.entity, kind: 'service', labels: { env: 'test' } },
          params: { service: h.entity },
          description: `restart ${h.entity}`,
        },
      ];
    },
    async apply(action) {
      if (applied.includes(action.id)) return { detail: 'already applied' };
      const effect = opts.effect();
      if (effect === 'throws')
        throw new ActuatorError('simulated actuator failure', opts.failure ?? 'permanent');
      applied.push(action.id);
      target.silent = effect === 'no-data';
      target.worse = effect === 'worse';
      target.healthy = effect === 'fixes';
      if (effect === 'fixes-slowly') target.healthyFrom = opts.now() + (opts.slowMs ?? 3000);
      return { undoData: { was: 'unhealthy' } };
    },
    async verify(): Promise<HealthReading> {
      const at = opts.now();
      if (target.silent) return { at, status: 'no-data' };
      if (target.worse) return { at, status: 'worse', detail: 'error rate doubled' };
      if (target.healthyFrom !== undefined && at >= target.healthyFrom) target.healthy = true;
      return { at, status: target.healthy ? 'healthy' : 'unhealthy' };
    },
    async undo(action) {
      if (!undone.includes(action.id)) undone.push(action.id);
      target.healthy = false;
      target.worse = false;
      target.silent = false;
    },
    ...(opts.stillNeeded ? { stillNeeded: async () => opts.stillNeeded?.() ?? true } : {}),
  };
}

export const TEST_ENTITY = entityId('service', 'checkout');
