/**
 * The process actuator as a component: configuration (validated with zod)
 * declares the services to supervise and where the supervisor keeps its
 * memory; `create` returns a `ProcessSupervisor` that the engine registers
 * under the type 'process', so remedies reach it with `ctx.actuator('process')`.
 */
import { z } from 'zod';
import type { Clock } from '../../../core/clock.js';
import { type ComponentFactory, parseComponentConfig } from '../../../core/component.js';
import type { Store } from '../../../core/store.js';
import { jsonFileState, memoryState, type SupervisorStateStore, storeDocState } from './state.js';
import { ProcessSupervisor } from './supervisor.js';
import { type SupervisorEvent, serviceSpecSchema } from './types.js';

export const processConfigSchema = z
  .object({
    services: z.array(serviceSpecSchema),
    /**
     * Where release history and desired state are kept: 'store' (a document in
     * the engine's Store, the default when one is given), a JSON file path, or
     * 'memory' (forgotten on exit).
     */
    state: z
      .union([z.literal('store'), z.literal('memory'), z.object({ file: z.string().min(1) })])
      .optional(),
    killChildrenOnExit: z.boolean(),
    appliedLimit: z.number().int().positive(),
  })
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.services.forEach((s, i) => {
      if (seen.has(s.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'name'],
          message: `duplicate service '${s.name}'`,
        });
      }
      seen.add(s.name);
    });
  });

export type ProcessConfig = z.infer<typeof processConfigSchema>;

/** What the engine hands the actuator. */
export interface ProcessDeps {
  readonly store?: Store;
  readonly clock?: Clock;
  readonly onEvent?: (event: SupervisorEvent) => void;
}

function stateFor(cfg: ProcessConfig, deps: ProcessDeps): SupervisorStateStore {
  const want = cfg.state ?? (deps.store ? 'store' : 'memory');
  if (want === 'memory') return memoryState();
  if (want === 'store') {
    if (!deps.store) throw new Error("process actuator: state 'store' needs the engine's store");
    return storeDocState(deps.store);
  }
  return jsonFileState(want.file);
}

/**
 * @example
 * const supervisor = processActuatorFactory.create({ services: [{ name: 'api', command: ['node', 'api.mjs'] }] }, { store });
 * await supervisor.start();
 */
export const processActuatorFactory: ComponentFactory<ProcessConfig, ProcessSupervisor, ProcessDeps> = {
  type: 'process',
  stability: 'experimental',
  configSchema: processConfigSchema,
  defaultConfig: { services: [], killChildrenOnExit: true, appliedLimit: 1000 },
  create(config, deps) {
    const cfg = parseComponentConfig(processActuatorFactory, config);
    return new ProcessSupervisor({
      services: cfg.services,
      state: stateFor(cfg, deps),
      killChildrenOnExit: cfg.killChildrenOnExit,
      appliedLimit: cfg.appliedLimit,
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.onEvent ? { onEvent: deps.onEvent } : {}),
    });
  },
};

export { eventToChange, eventToSignal, serviceEntity } from './signals.js';
export { jsonFileState, memoryState, type SupervisorStateStore, storeDocState } from './state.js';
export { type ConfigOptions, type OpOptions, type OpResult, ProcessSupervisor } from './supervisor.js';
export type { ReleaseInput, ServiceSpec, ServiceView, SupervisorEvent } from './types.js';
export { parseServiceSpec, serviceSpecSchema } from './types.js';
