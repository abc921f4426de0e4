/**
 * The supervisor's bookkeeping: the table of supervised services, loading and
 * saving it (with the applied action ids and live pids), reaping what a
 * crashed predecessor left running, restart-on-exit for services that ask for
 * it, and fanning events out to listeners. The public operations live in
 * `supervisor.ts`.
 */
import type { Clock } from '../../../core/clock.js';
import { ActuatorError } from '../../../core/remedy.js';
import { initialState, mergeSpec } from './history.js';
import { AppliedLog } from './once.js';
import { reapOrphans } from './reap.js';
import { SupervisedService } from './service.js';
import type { SupervisorStateStore } from './state.js';
import type { LogLine, ServiceSpec, ServiceState, SupervisorEvent, SupervisorState } from './types.js';

export interface TableOptions {
  readonly clock: Clock;
  readonly store: SupervisorStateStore;
  readonly appliedLimit?: number;
  readonly onEvent?: (event: SupervisorEvent) => void;
  /** Failures of background work (saving after an exit, restart-on-exit); default: ignored. */
  readonly onError?: (err: unknown) => void;
  /** Every line a child writes, as it arrives. */
  readonly onLog?: (service: string, instance: number, line: LogLine) => void;
}

export class ServiceTable {
  readonly applied: AppliedLog;
  readonly #o: TableOptions;
  readonly #services = new Map<string, SupervisedService>();
  readonly #listeners = new Set<(e: SupervisorEvent) => void>();
  #saving: Promise<void> = Promise.resolve();
  /** Set once shutdown begins: no more restarts on exit. */
  closing = false;

  constructor(options: TableOptions) {
    this.#o = options;
    this.applied = new AppliedLog(options.appliedLimit);
  }

  /** Loads the persisted table and kills children a crashed predecessor left behind. */
  async load(): Promise<void> {
    const saved = await this.#o.store.load();
    this.applied.load(saved?.applied ?? []);
    for (const [name, st] of Object.entries(saved?.services ?? {})) this.#adopt(st, name);
    const recorded = this.all().flatMap((svc) => svc.state.pids);
    for (const svc of this.all()) svc.state.pids = [];
    await reapOrphans(recorded);
  }

  /** Config meets history (see `mergeSpec`); a new service starts with its spec as release 1. */
  merge(spec: ServiceSpec): SupervisedService {
    const now = this.#o.clock.now();
    const existing = this.#services.get(spec.name);
    if (!existing) return this.#adopt(initialState(spec, now), spec.name);
    mergeSpec(existing.state, spec, now);
    return existing;
  }

  has(name: string): boolean {
    return this.#services.has(name);
  }

  names(): string[] {
    return [...this.#services.keys()];
  }

  all(): SupervisedService[] {
    return [...this.#services.values()];
  }

  /** The service by name. @throws ActuatorError (permanent) naming the known ones. */
  get(name: string): SupervisedService {
    const svc = this.#services.get(name);
    if (!svc) {
      const known = this.names().sort().join(', ') || '(none)';
      throw new ActuatorError(`no supervised service named '${name}'; known: ${known}`, 'permanent');
    }
    return svc;
  }

  on(listener: (event: SupervisorEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: SupervisorEvent): void {
    const all = this.#o.onEvent ? [this.#o.onEvent, ...this.#listeners] : [...this.#listeners];
    for (const listener of all) {
      try {
        listener(event);
      } catch (err) {
        // A listener's failure must not break supervision.
        this.#o.onError?.(err);
      }
    }
  }

  /** Saves the table; saves are serialised so the newest snapshot is written last. */
  persist(): Promise<void> {
    const snapshot = this.#snapshot();
    this.#saving = this.#saving.catch(() => {}).then(() => this.#o.store.save(snapshot));
    return this.#saving;
  }

  /** Waits for saves in flight. */
  async flushed(): Promise<void> {
    await this.#saving.catch((err) => this.#o.onError?.(err));
  }

  #persistInBackground(): void {
    this.persist().catch((err) => this.#o.onError?.(err));
  }

  #adopt(state: ServiceState, name: string): SupervisedService {
    const svc = new SupervisedService(state, {
      now: () => this.#o.clock.now(),
      ...(this.#o.onLog
        ? { onLog: (instance: number, line: LogLine) => this.#o.onLog?.(name, instance, line) }
        : {}),
      onStarted: (instance, pid) => {
        const version = svc.release.version;
        this.emit({ type: 'started', service: name, at: this.#o.clock.now(), instance, pid, version });
        this.#persistInBackground();
      },
      onExit: (instance, pid, info) => {
        this.emit({ type: 'exited', service: name, instance, pid, ...info });
        if (this.closing) return;
        this.#persistInBackground();
        if (!info.expected && state.spec.restartOnExit && state.desired.running) {
          this.#restartLater(svc, instance).catch((err) => this.#o.onError?.(err));
        }
      },
    });
    this.#services.set(name, svc);
    return svc;
  }

  /** Restart-on-exit with exponential backoff by the number of starts (250 ms doubling, capped at 30 s). */
  async #restartLater(svc: SupervisedService, instance: number): Promise<void> {
    const starts = svc.slots[instance]?.view().starts ?? 1;
    await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** Math.min(starts - 1, 7), 30_000)));
    if (this.closing || !svc.state.desired.running || instance >= svc.state.desired.instances) return;
    await svc.exclusive(() => svc.startInstance(instance));
  }

  #snapshot(): SupervisorState {
    const services: SupervisorState['services'] = {};
    for (const [name, svc] of this.#services) {
      const argv0 = svc.release.command[0] ?? '';
      svc.state.pids = svc.slots
        .filter((s) => s.pid !== undefined)
        .map((s) => ({ pid: s.pid as number, instance: s.instance, argv0 }));
      services[name] = structuredClone(svc.state);
    }
    return { version: 1, services, applied: this.applied.entries() };
  }
}
