/**
 * Test helpers for the infra remedies: a real supervisor running the fixture
 * service, a remedy context that hands it out as the 'process' actuator, and
 * the incident and hypothesis a diagnoser would produce for one service.
 */

import type { RemedyFixture } from '../../act/actuators/contract.js';
import { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import { freePortRange } from '../../act/actuators/process/testing.js';
import type { ServiceSpec } from '../../act/actuators/process/types.js';
import { systemClock } from '../../core/clock.js';
import type { RemedyContext, RemedyDefinition } from '../../core/remedy.js';
import {
  type Action,
  entityId,
  type Hypothesis,
  type HypothesisId,
  type Incident,
  type IncidentId,
} from '../../model/index.js';

/** A running supervisor and a context whose 'process' actuator is that supervisor. */
export interface InfraRig {
  readonly sup: ProcessSupervisor;
  readonly base: number;
  readonly ctx: RemedyContext;
  close(): Promise<void>;
}

/** Starts the given services (ports from `base`) under a fresh supervisor. */
export async function infraRig(specs: (base: number) => ServiceSpec[], ports = 3): Promise<InfraRig> {
  const base = await freePortRange(ports);
  const sup = new ProcessSupervisor({ services: specs(base) });
  await sup.start();
  const ctx: RemedyContext = {
    clock: systemClock,
    entity: (id) => ({
      id: id as ReturnType<typeof entityId>,
      kind: 'service',
      name: id,
      labels: { env: 'test' },
    }),
    actuator: <T>(type: string): T => {
      if (type !== 'process') throw new Error(`no actuator '${type}'`);
      return sup as T;
    },
    log: () => {},
  };
  return { sup, base, ctx, close: () => sup.shutdown() };
}

/** The incident and hypothesis a diagnoser would give for `cause` on `service`. */
export function diagnosis(
  service: string,
  cause: string,
  facts: Record<string, unknown> = {},
): { incident: Incident; hypothesis: Hypothesis } {
  const incidentId = `inc_${service}_${cause}` as IncidentId;
  const entity = entityId('service', service);
  const hypothesis: Hypothesis = {
    id: `hyp_${service}_${cause}` as HypothesisId,
    incidentId,
    entity,
    cause,
    confidence: 0.9,
    evidence: [{ kind: 'signal', description: `test evidence for ${cause}` }],
    summary: `${service}: ${cause}`,
    diagnoser: 'test',
    facts,
  };
  const incident: Incident = {
    id: incidentId,
    state: 'diagnosed',
    title: `${service} ${cause}`,
    domain: 'infra',
    fingerprint: `fp-${service}-${cause}`,
    entities: [entity],
    anomalies: [],
    hypotheses: [hypothesis],
    openedAt: 0,
    updatedAt: 0,
  };
  return { incident, hypothesis };
}

/** How many times any instance of the service was started (a repeated apply must not add one). */
export function starts(sup: ProcessSupervisor, service: string): number {
  return sup.status(service).instances.reduce((n, i) => n + i.starts, 0);
}

/** Points an action at a service nobody supervises. */
export function foreignService(action: Action): Action {
  return { ...action, params: { ...action.params, service: 'no-such-service' } };
}

/**
 * A contract fixture for an infra remedy over a rig: the hypothesis names
 * `cause` on `service`; the unrelated one names another cause.
 */
export function infraContractFixture(opts: {
  readonly rig: InfraRig;
  readonly remedy: RemedyDefinition;
  readonly service: string;
  readonly cause: string;
  readonly facts?: Record<string, unknown>;
  readonly snapshot: () => Promise<unknown>;
  readonly undoRestores?: boolean;
  readonly effects?: () => number;
}): RemedyFixture {
  const { incident, hypothesis } = diagnosis(opts.service, opts.cause, opts.facts);
  return {
    remedy: opts.remedy,
    ctx: opts.rig.ctx,
    incident,
    hypothesis,
    unrelated: { ...hypothesis, cause: 'something-else' },
    snapshot: opts.snapshot,
    undoRestores: opts.undoRestores ?? true,
    effects: opts.effects ?? (() => starts(opts.rig.sup, opts.service)),
    foreign: foreignService,
    healthyWithinMs: 5_000,
    close: opts.rig.close,
  };
}
