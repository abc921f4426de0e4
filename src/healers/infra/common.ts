/**
 * What every infra remedy shares: finding the supervisor and the supervised
 * service a hypothesis points at, parsing journaled parameters, and the health
 * probe that verify reads. The probe is injectable per service, so a demo can
 * plug in "error rate back inside baseline" instead of the health endpoint.
 */
import type { z } from 'zod';
import type { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import { errorMessage } from '../../core/errors.js';
import { ActuatorError, type RemedyContext } from '../../core/remedy.js';
import type { Action, HealthReading, Hypothesis, Target } from '../../model/index.js';

/**
 * One reading of whether a service is healthy after an action. The default
 * reads the service's health endpoint through the supervisor.
 * @example const errorRateProbe: HealthProbe = async (service, _a, ctx) => ({ at: ctx.clock.now(), status: rate(service) < 0.01 ? 'healthy' : 'unhealthy' });
 */
export type HealthProbe = (service: string, action: Action, ctx: RemedyContext) => Promise<HealthReading>;

export interface InfraOptions {
  /** Probes by service name; they win over `probe`. */
  readonly probes?: Readonly<Record<string, HealthProbe>>;
  /** The probe for services without their own; default: the supervisor's health check. */
  readonly probe?: HealthProbe;
  /** The actuator type the supervisor is registered under (default 'process'). */
  readonly actuator?: string;
  /** Overrides of the remedies' verification windows. */
  readonly verifyWindowMs?: number;
  readonly confirmMs?: number;
  /** Largest pool `infra.pool-resize` proposes (default 64). */
  readonly maxPoolSize?: number;
  /** Most instances `infra.scale-out` proposes when the service sets no maxInstances (default 8). */
  readonly maxInstances?: number;
}

/** The supervisor from the context, or undefined when none is registered. */
export function findSupervisor(ctx: RemedyContext, options: InfraOptions): ProcessSupervisor | undefined {
  try {
    return ctx.actuator<ProcessSupervisor>(options.actuator ?? 'process');
  } catch {
    return undefined;
  }
}

/** The supervisor, for apply/verify/undo: its absence is a permanent failure. */
export function supervisor(ctx: RemedyContext, options: InfraOptions): ProcessSupervisor {
  const sup = findSupervisor(ctx, options);
  if (!sup) {
    throw new ActuatorError(
      `no '${options.actuator ?? 'process'}' actuator is registered; infra remedies need the process supervisor`,
      'permanent',
    );
  }
  return sup;
}

/** The service name of an entity id: 'service:api' and 'process:api' both name 'api'. */
export function serviceName(entity: string): string {
  const i = entity.indexOf(':');
  return i >= 0 ? entity.slice(i + 1) : entity;
}

/**
 * The supervised service a hypothesis is about, with the supervisor, when the
 * hypothesis' cause is one of `causes`; otherwise undefined (the remedy does not fit).
 */
export function matchService(
  hypothesis: Hypothesis,
  causes: readonly string[],
  ctx: RemedyContext,
  options: InfraOptions,
): { sup: ProcessSupervisor; service: string; target: Target } | undefined {
  if (!causes.includes(hypothesis.cause)) return undefined;
  const sup = findSupervisor(ctx, options);
  const service = serviceName(hypothesis.entity);
  if (!sup?.has(service)) return undefined;
  const entity = ctx.entity(hypothesis.entity);
  return {
    sup,
    service,
    target: { entity: hypothesis.entity, kind: entity?.kind ?? 'service', labels: entity?.labels ?? {} },
  };
}

/** Parses journaled parameters; a malformed journal entry is a permanent failure. */
export function params<T>(schema: z.ZodType<T>, action: Action, what: 'params' | 'undoData' = 'params'): T {
  const parsed = schema.safeParse(what === 'params' ? action.params : (action.undoData ?? {}));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ActuatorError(
    `${action.remedy} action ${action.id}: ${what}.${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
    'permanent',
  );
}

/** A number from hypothesis facts, if present and finite. */
export function fact(hypothesis: Hypothesis, key: string): number | undefined {
  const v = hypothesis.facts?.[key];
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** A string from hypothesis facts, if present. */
export function factText(hypothesis: Hypothesis, key: string): string | undefined {
  const v = hypothesis.facts?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * One verify reading for a service: the injected probe or the health check,
 * stamped with the engine's clock (the window is judged on that clock). A probe
 * that throws reads as no-data, never as healthy.
 */
export async function readHealth(
  service: string,
  action: Action,
  ctx: RemedyContext,
  options: InfraOptions,
): Promise<HealthReading> {
  const probe = options.probes?.[service] ?? options.probe;
  try {
    const reading = probe
      ? await probe(service, action, ctx)
      : await supervisor(ctx, options).health(service);
    return { ...reading, at: ctx.clock.now() };
  } catch (err) {
    return { at: ctx.clock.now(), status: 'no-data', detail: `probe failed: ${errorMessage(err)}` };
  }
}

/** The action id an undo passes to the supervisor, distinct from the apply's. */
export function undoId(action: Action): string {
  return `${action.id}:undo`;
}

/** Window defaults with the options' overrides. */
export function windows(
  options: InfraOptions,
  verifyWindowMs: number,
  confirmMs: number,
): { verifyWindowMs: number; confirmMs: number } {
  return {
    verifyWindowMs: options.verifyWindowMs ?? verifyWindowMs,
    confirmMs: options.confirmMs ?? confirmMs,
  };
}
