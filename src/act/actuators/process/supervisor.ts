/**
 * The local process supervisor, homeostat's first actuator. It runs services
 * as real child processes and remembers, across engine restarts, what it ran:
 * each service's release history (deploy, roll back), its config revisions
 * (set, revert), and the desired state (running, instance count). Every
 * mutating operation takes an optional action id and is applied at most once
 * per id. Failures are `ActuatorError`s classified permanent or retryable.
 */
import { type Clock, systemClock } from '../../../core/clock.js';
import { ActuatorError } from '../../../core/remedy.js';
import type { HealthReading } from '../../../model/index.js';
import { appendConfig, appendRelease, configRevision, envDiff, patchEnv, rollbackTarget } from './history.js';
import type { OpResult } from './once.js';
import { fillPort, type SupervisedService } from './service.js';
import { memoryState, type SupervisorStateStore } from './state.js';
import { ServiceTable } from './table.js';
import type {
  LogLine,
  ReleaseInput,
  ServiceSpec,
  ServiceState,
  ServiceView,
  SupervisorEvent,
} from './types.js';
import { parseServiceSpec } from './types.js';

export interface SupervisorOptions {
  /** Services from configuration; persisted history wins over them (see `start`). */
  readonly services?: readonly ServiceSpec[];
  /** Where history and desired state are kept; in memory by default. */
  readonly state?: SupervisorStateStore;
  readonly clock?: Clock;
  readonly onEvent?: (event: SupervisorEvent) => void;
  /** Every line a child writes to stdout or stderr, as it arrives (a log shipper's hook). */
  readonly onLog?: (service: string, instance: number, line: LogLine) => void;
  /** SIGKILL every child when this process exits (default true). */
  readonly killChildrenOnExit?: boolean;
  /** How many applied action ids to remember (default 1000). */
  readonly appliedLimit?: number;
  /** Failures of background work (saving after an exit, restart-on-exit, listeners). */
  readonly onError?: (err: unknown) => void;
}

/** Options every mutating operation accepts. */
export interface OpOptions {
  /** Same id twice: the operation happens once; the second call returns the first result. */
  readonly actionId?: string;
}

export interface ConfigOptions extends OpOptions {
  /** Restart onto the new config (default true). */
  readonly restart?: boolean;
}

export type { OpResult };

/** Where one instance of a service answers. */
export interface InstanceEndpoints {
  readonly instance: number;
  readonly port?: number;
  readonly healthUrl?: string;
  readonly metricsUrl?: string;
  readonly adminUrl?: string;
}

/**
 * @example
 * const sup = new ProcessSupervisor({ services: [{ name: 'api', command: ['node', 'api.mjs'], healthUrl: 'http://127.0.0.1:8080/health' }] });
 * await sup.start();
 * await sup.restart('api', { actionId: 'act_1' });
 * await sup.shutdown();
 */
export class ProcessSupervisor {
  readonly #o: SupervisorOptions;
  readonly #clock: Clock;
  readonly #t: ServiceTable;
  #started = false;
  #closing: Promise<void> | undefined;
  readonly #exitHook = (): void => this.killAllNow();

  constructor(options: SupervisorOptions = {}) {
    this.#o = options;
    this.#clock = options.clock ?? systemClock;
    this.#t = new ServiceTable({
      clock: this.#clock,
      store: options.state ?? memoryState(),
      ...(options.appliedLimit !== undefined ? { appliedLimit: options.appliedLimit } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
      ...(options.onLog ? { onLog: options.onLog } : {}),
    });
  }

  /**
   * Loads persisted state, reaps children a crashed predecessor left behind,
   * and starts every service whose desired state is running. For a configured
   * service with history, the history wins; a configured version not in the
   * history is deployed as a new release. When a service fails to start, the
   * others are still started and the first failure is thrown; call `shutdown`.
   */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    await this.#t.load();
    for (const spec of this.#o.services ?? []) this.#t.merge(parseServiceSpec(spec));
    if (this.#o.killChildrenOnExit !== false) process.on('exit', this.#exitHook);
    await this.#t.persist();
    const failures: unknown[] = [];
    for (const svc of this.#t.all()) {
      if (!svc.state.desired.running) continue;
      await svc.exclusive(() => svc.startAll()).catch((err) => failures.push(err));
    }
    if (failures.length > 0) throw failures[0];
  }

  /** Adds a service at run time; starts it when the supervisor runs. Refuses a duplicate name. */
  async add(input: ServiceSpec, opts: { readonly start?: boolean } = {}): Promise<void> {
    const spec = parseServiceSpec(input);
    if (this.#t.has(spec.name)) {
      throw new ActuatorError(`service '${spec.name}' is already supervised`, 'permanent');
    }
    const svc = this.#t.merge(spec);
    svc.state.desired.running = opts.start !== false;
    await this.#t.persist();
    if (this.#started && svc.state.desired.running) await svc.exclusive(() => svc.startAll());
  }

  has(name: string): boolean {
    return this.#t.has(name);
  }

  names(): string[] {
    return this.#t.names();
  }

  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: (event: SupervisorEvent) => void): () => void {
    return this.#t.on(listener);
  }

  /** Starts every instance of the service that is not running. */
  startService(name: string, opts: OpOptions = {}): Promise<OpResult<{ pids: number[] }>> {
    return this.#op(name, 'start', opts, async (svc) => {
      svc.state.desired.running = true;
      await svc.startAll();
      return { pids: this.#pids(svc) };
    });
  }

  /** Stops every instance and records that the service should stay down. */
  stop(name: string, opts: OpOptions = {}): Promise<OpResult<{ stopped: number }>> {
    return this.#op(name, 'stop', opts, async (svc) => {
      svc.state.desired.running = false;
      const stopped = svc.slots.filter((s) => s.running).length;
      await svc.stopAll();
      this.#t.emit({ type: 'stopped', service: name, at: this.#clock.now(), ...actionOf(opts) });
      return { stopped };
    });
  }

  /** Stops and starts every instance (also starts a service that crashed or was stopped). */
  restart(name: string, opts: OpOptions = {}): Promise<OpResult<{ pids: number[]; previousPids: number[] }>> {
    return this.#op(name, 'restart', opts, async (svc) => {
      const previousPids = this.#pids(svc);
      svc.state.desired.running = true;
      await svc.stopAll();
      await svc.startAll();
      this.#t.emit({
        type: 'restarted',
        service: name,
        at: this.#clock.now(),
        instances: svc.state.desired.instances,
        ...actionOf(opts),
      });
      return { pids: this.#pids(svc), previousPids };
    });
  }

  /** Switches to a new release and restarts onto it (if the service runs). */
  deploy(
    name: string,
    release: ReleaseInput,
    opts: OpOptions = {},
  ): Promise<
    OpResult<{ revision: number; previousRevision: number; version: string; previousVersion: string }>
  > {
    return this.#op(name, 'deploy', opts, async (svc) => {
      const prev = svc.release;
      const next = appendRelease(svc.state, release, this.#clock.now());
      await svc.restartAll();
      this.#t.emit({
        type: 'deployed',
        service: name,
        at: this.#clock.now(),
        version: next.version,
        revision: next.revision,
        previousVersion: prev.version,
        ...actionOf(opts),
      });
      return {
        revision: next.revision,
        previousRevision: prev.revision,
        version: next.version,
        previousVersion: prev.version,
      };
    });
  }

  /**
   * Returns to an earlier release: `toRevision` exactly, else the newest with
   * `toVersion`, else the one before the current. Permanent error when there is none.
   */
  rollback(
    name: string,
    opts: OpOptions & { readonly toVersion?: string; readonly toRevision?: number } = {},
  ): Promise<OpResult<{ fromRevision: number; toRevision: number; fromVersion: string; toVersion: string }>> {
    return this.#op(name, 'rollback', opts, async (svc) => {
      const from = svc.release;
      const target = rollbackTarget(svc.state, opts);
      svc.state.currentRelease = target.revision;
      await svc.restartAll();
      this.#t.emit({
        type: 'rolled-back',
        service: name,
        at: this.#clock.now(),
        fromVersion: from.version,
        toVersion: target.version,
        revision: target.revision,
        ...actionOf(opts),
      });
      return {
        fromRevision: from.revision,
        toRevision: target.revision,
        fromVersion: from.version,
        toVersion: target.version,
      };
    });
  }

  /** Records a config revision (null removes a key) and restarts onto it unless `restart` is false. */
  setEnv(
    name: string,
    patch: Readonly<Record<string, string | null>>,
    opts: ConfigOptions = {},
  ): Promise<OpResult<{ revision: number; previousRevision: number }>> {
    return this.#op(name, 'set-env', opts, (svc) =>
      this.#newConfig(svc, patchEnv(svc.config.env, patch), { ...patch }, undefined, opts),
    );
  }

  /** Restores the env of an earlier config revision as a new revision, and restarts onto it. */
  revertConfig(
    name: string,
    toRevision: number,
    opts: ConfigOptions = {},
  ): Promise<OpResult<{ revision: number; previousRevision: number }>> {
    return this.#op(name, 'revert-config', opts, (svc) => {
      const target = configRevision(svc.state, toRevision);
      const change = envDiff(svc.config.env, target.env);
      return this.#newConfig(svc, { ...target.env }, change, toRevision, opts);
    });
  }

  /** Sets the number of instances: starts new ones or stops the highest-numbered ones. */
  scale(
    name: string,
    instances: number,
    opts: OpOptions = {},
  ): Promise<OpResult<{ from: number; to: number }>> {
    return this.#op(name, 'scale', opts, async (svc) => {
      if (!Number.isInteger(instances) || instances < 0) {
        throw new ActuatorError(`service '${name}': cannot scale to ${instances} instances`, 'permanent');
      }
      const from = svc.state.desired.instances;
      // Every new instance needs a port before any starts: no half-applied scale for a config gap.
      for (let i = from; i < instances; i++) svc.portOf(i);
      svc.state.desired.instances = instances;
      if (instances < from) await svc.trimTo(instances);
      else if (svc.state.desired.running) await svc.startAll();
      this.#t.emit({
        type: 'scaled',
        service: name,
        at: this.#clock.now(),
        from,
        to: instances,
        ...actionOf(opts),
      });
      return { from, to: instances };
    });
  }

  /** One health reading (GET of the health URL of every instance, with a timeout). */
  health(name: string): Promise<HealthReading> {
    return this.#get(name).health(this.#clock.now());
  }

  status(name: string): ServiceView {
    const svc = this.#get(name);
    return {
      name,
      version: svc.release.version,
      releaseRevision: svc.release.revision,
      configRevision: svc.config.revision,
      desired: { ...svc.state.desired },
      instances: svc.slots.map((s) => s.view()),
    };
  }

  /** A copy of the service's persisted state: spec, releases, config revisions, desired state. */
  inspect(name: string): ServiceState {
    return structuredClone(this.#get(name).state);
  }

  /** The env the service's instances get from its release and config (before PORT and INSTANCE). */
  env(name: string): Record<string, string> {
    return this.#get(name).effectiveEnv();
  }

  /** Each desired instance's port and URLs (health, metrics, admin), e.g. as scrape targets. */
  endpoints(name: string): InstanceEndpoints[] {
    const svc = this.#get(name);
    const { healthUrl, metricsUrl, adminUrl } = svc.state.spec;
    return Array.from({ length: svc.state.desired.instances }, (_, instance) => {
      const port = svc.portOf(instance);
      return {
        instance,
        ...(port !== undefined ? { port } : {}),
        ...(healthUrl ? { healthUrl: fillPort(healthUrl, port) } : {}),
        ...(metricsUrl ? { metricsUrl: fillPort(metricsUrl, port) } : {}),
        ...(adminUrl ? { adminUrl: fillPort(adminUrl, port) } : {}),
      };
    });
  }

  /** The port instance `i` listens on, if the service declares ports. */
  port(name: string, instance = 0): number | undefined {
    return this.#get(name).portOf(instance);
  }

  /** The newest log lines of one instance, or of all instances merged by time. */
  logs(name: string, opts: { readonly instance?: number; readonly limit?: number } = {}): LogLine[] {
    const svc = this.#get(name);
    const slots = opts.instance === undefined ? svc.slots : [svc.slots[opts.instance]].filter((s) => s);
    const lines = slots.flatMap((s) => s?.recentLogs(opts.limit) ?? []).sort((a, b) => a.at - b.at);
    return opts.limit === undefined ? lines : lines.slice(-opts.limit);
  }

  /** Stops every child (stop signal, then SIGKILL); safe before start and twice. Desired state is kept. */
  shutdown(): Promise<void> {
    this.#closing ??= (async () => {
      this.#t.closing = true;
      process.off('exit', this.#exitHook);
      for (const svc of this.#t.all()) svc.close();
      await Promise.all(this.#t.all().map((s) => s.stopAll()));
      // An operation in flight may have started a child between the two; it is stopped once the op ends.
      await Promise.all(this.#t.all().map((s) => s.exclusive(() => s.stopAll())));
      if (this.#started) await this.#t.persist();
      await this.#t.flushed();
    })();
    return this.#closing;
  }

  /** Synchronous SIGKILL of every child; used when the process exits. */
  killAllNow(): void {
    for (const svc of this.#t.all()) svc.killNow();
  }

  #get(name: string): SupervisedService {
    return this.#t.get(name);
  }

  #op<T extends object>(
    name: string,
    op: string,
    opts: OpOptions,
    fn: (svc: SupervisedService) => Promise<T>,
  ): Promise<OpResult<T>> {
    if (this.#closing) {
      return Promise.reject(new ActuatorError('the process supervisor is shut down', 'permanent'));
    }
    let svc: SupervisedService;
    try {
      svc = this.#get(name);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.#t.applied.once(
      `${op}:${name}`,
      opts.actionId,
      () => this.#clock.now(),
      () => svc.exclusive(() => fn(svc)),
      () => this.#t.persist(),
    );
  }

  async #newConfig(
    svc: SupervisedService,
    env: Record<string, string>,
    change: Record<string, string | null>,
    revertedTo: number | undefined,
    opts: ConfigOptions,
  ): Promise<{ revision: number; previousRevision: number }> {
    const previousRevision = svc.config.revision;
    const { revision } = appendConfig(svc.state, env, change, revertedTo, this.#clock.now());
    if (opts.restart !== false) await svc.restartAll();
    this.#t.emit({
      type: 'config-changed',
      service: svc.name,
      at: this.#clock.now(),
      revision,
      change,
      ...(revertedTo !== undefined ? { revertedTo } : {}),
      ...actionOf(opts),
    });
    return { revision, previousRevision };
  }

  #pids(svc: SupervisedService): number[] {
    return svc.slots.map((s) => s.pid).filter((p): p is number => p !== undefined);
  }
}

function actionOf(opts: OpOptions): { actionId?: string } {
  return opts.actionId !== undefined ? { actionId: opts.actionId } : {};
}
