/**
 * The running side of one supervised service: its instance slots, how each
 * instance is launched from the current release and config revision, and
 * starting, stopping and health-checking them. Persistence, idempotency and
 * events belong to the supervisor; this module only runs processes.
 */
import { ActuatorError } from '../../../core/remedy.js';
import type { HealthReading } from '../../../model/index.js';
import { currentConfig, currentRelease } from './history.js';
import { type LaunchSpec, ProcessInstance } from './instance.js';
import { httpCall, portFree } from './probe.js';
import type { ConfigRevision, ExitInfo, LogLine, Release, ServiceState } from './types.js';

export interface ServiceHooks {
  readonly now: () => number;
  readonly onStarted: (instance: number, pid: number) => void;
  readonly onExit: (instance: number, pid: number, info: ExitInfo) => void;
  readonly onLog?: (instance: number, line: LogLine) => void;
}

const DEFAULT_STOP_TIMEOUT_MS = 5_000;
const DEFAULT_HEALTH_TIMEOUT_MS = 1_000;
const DEFAULT_LOG_LINES = 200;
/** A process that just died may hold its port a moment longer (the kernel closes sockets late). */
const PORT_GRACE_MS = 1_000;

async function portFreeSoon(port: number, graceMs: number): Promise<boolean> {
  const deadline = performance.now() + graceMs;
  for (;;) {
    if (await portFree(port)) return true;
    if (performance.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Replaces `{port}` in a URL template with an instance's port. */
export function fillPort(template: string, port: number | undefined): string {
  return port === undefined ? template : template.replaceAll('{port}', String(port));
}

export class SupervisedService {
  readonly state: ServiceState;
  readonly #hooks: ServiceHooks;
  readonly slots: ProcessInstance[] = [];
  #lock: Promise<unknown> = Promise.resolve();
  /** Operations running now (restart, deploy, config change, scale), and how many have begun. */
  #changing = 0;
  #changesBegun = 0;
  #closed = false;

  constructor(state: ServiceState, hooks: ServiceHooks) {
    this.state = state;
    this.#hooks = hooks;
  }

  get name(): string {
    return this.state.spec.name;
  }

  get release(): Release {
    return currentRelease(this.state);
  }

  get config(): ConfigRevision {
    return currentConfig(this.state);
  }

  /** Stops and starts every desired instance (after a release or config switch). */
  async restartAll(): Promise<void> {
    await this.stopAll();
    if (this.state.desired.running) await this.startAll();
  }

  /** Runs operations on this service one at a time, so a restart never races a deploy. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const guarded = async () => {
      this.#changing++;
      this.#changesBegun++;
      try {
        return await fn();
      } finally {
        this.#changing--;
      }
    };
    const run = this.#lock.then(guarded, guarded);
    this.#lock = run.catch(() => {});
    return run;
  }

  /** The port instance `i` listens on, if the service declares ports. */
  portOf(i: number): number | undefined {
    const { ports, portBase } = this.state.spec;
    if (ports?.[i] !== undefined) return ports[i];
    if (portBase !== undefined) return portBase + i;
    if (ports && ports.length > 0) {
      throw new ActuatorError(
        `service '${this.name}': no port for instance ${i} (ports lists ${ports.length}); add ports or set portBase`,
        'permanent',
      );
    }
    return undefined;
  }

  /** The environment of the service's release with the current config revision on top. */
  effectiveEnv(): Record<string, string> {
    return { ...(this.state.spec.env ?? {}), ...this.release.env, ...this.config.env };
  }

  launchSpec(i: number): LaunchSpec {
    const spec = this.state.spec;
    const base: Record<string, string> = {};
    if (spec.inheritEnv !== false) {
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined) base[k] = v;
    }
    const port = this.portOf(i);
    const env: Record<string, string> = {
      ...base,
      ...this.effectiveEnv(),
      HOMEOSTAT_SERVICE: this.name,
      HOMEOSTAT_VERSION: this.release.version,
      INSTANCE: String(i),
      ...(port !== undefined ? { PORT: String(port) } : {}),
    };
    const cwd = this.release.cwd ?? spec.cwd;
    return {
      argv: this.release.command,
      env,
      shell: spec.shell ?? false,
      ...(cwd !== undefined ? { cwd } : {}),
      ...(port !== undefined ? { port } : {}),
    };
  }

  #slot(i: number): ProcessInstance {
    let slot = this.slots[i];
    if (!slot) {
      const spec = this.state.spec;
      slot = new ProcessInstance({
        service: this.name,
        instance: i,
        stopSignal: (spec.stopSignal ?? 'SIGTERM') as NodeJS.Signals,
        stopTimeoutMs: spec.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS,
        logLines: spec.logLines ?? DEFAULT_LOG_LINES,
        now: this.#hooks.now,
        onExit: (info, pid) => this.#hooks.onExit(i, pid, info),
        ...(this.#hooks.onLog ? { onLog: (line: LogLine) => this.#hooks.onLog?.(i, line) } : {}),
      });
      this.slots[i] = slot;
    }
    return slot;
  }

  /** After this, nothing starts again: an operation still in flight during shutdown cannot leave a child behind. */
  close(): void {
    this.#closed = true;
  }

  /** Starts instance `i` unless it runs; checks its port first and waits for readiness if configured. */
  async startInstance(i: number): Promise<number | undefined> {
    if (this.#closed) {
      throw new ActuatorError(`service '${this.name}': the supervisor is shutting down`, 'permanent');
    }
    const slot = this.#slot(i);
    if (slot.running) return slot.pid;
    const launch = this.launchSpec(i);
    if (launch.port !== undefined && !(await portFreeSoon(launch.port, PORT_GRACE_MS))) {
      throw new ActuatorError(
        `service '${this.name}' instance ${i}: port ${launch.port} is in use; stop what holds it or change ports`,
        'retryable',
      );
    }
    const pid = await slot.start(launch);
    this.#hooks.onStarted(i, pid);
    await this.#waitReady(i, slot);
    return pid;
  }

  async #waitReady(i: number, slot: ProcessInstance): Promise<void> {
    const spec = this.state.spec;
    const timeoutMs = spec.readyTimeoutMs ?? 0;
    if (timeoutMs <= 0 || !spec.healthUrl) return;
    const url = fillPort(spec.healthUrl, this.portOf(i));
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (!slot.running) {
        const exit = slot.view().lastExit;
        const tail = slot
          .recentLogs(3)
          .map((l) => l.line)
          .join(' | ');
        throw new ActuatorError(
          `service '${this.name}' instance ${i} exited while starting (code ${exit?.code ?? '?'}, signal ${exit?.signal ?? 'none'}): ${tail}`,
          'permanent',
        );
      }
      const left = Math.max(1, Math.min(deadline - performance.now(), DEFAULT_HEALTH_TIMEOUT_MS));
      // Ready means answering at all: whether the answer is healthy is for verify to judge.
      if ((await httpCall(url, { timeoutMs: left })).status !== undefined) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new ActuatorError(
      `service '${this.name}' instance ${i}: not answering at ${url} within ${timeoutMs} ms after start`,
      'retryable',
    );
  }

  /** Starts every desired instance that is not running. */
  async startAll(): Promise<void> {
    for (let i = 0; i < this.state.desired.instances; i++) await this.startInstance(i);
  }

  /** Stops every instance (in parallel) and waits for all to exit. */
  async stopAll(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.stop()));
  }

  /** Stops and forgets the slots from `count` on (scale in). */
  async trimTo(count: number): Promise<void> {
    const extra = this.slots.slice(count);
    await Promise.all(extra.map((s) => s.stop()));
    this.slots.length = Math.min(this.slots.length, count);
  }

  killNow(): void {
    for (const s of this.slots) s.killNow();
  }

  /**
   * One health reading over all desired instances: healthy when every one
   * answers 2xx; unhealthy when any is down or failing; no-data without a
   * health URL (a process that merely runs proves nothing) and while an
   * operation is replacing instances.
   */
  async health(now: number): Promise<HealthReading> {
    const spec = this.state.spec;
    const want = this.state.desired.running ? this.state.desired.instances : 0;
    // Instances that a restart, deploy, config change or scale is replacing are not yet
    // meant to answer; the operation itself fails if they never come up.
    const changing = {
      at: now,
      status: 'no-data',
      detail: `service '${this.name}' is being changed`,
    } as const;
    if (this.#changing > 0) return changing;
    const begun = this.#changesBegun;
    const down = Array.from({ length: want }, (_, i) => i).filter((i) => !this.slots[i]?.running);
    if (!spec.healthUrl) {
      if (down.length > 0)
        return { at: now, status: 'unhealthy', value: 0, detail: `instances down: ${down}` };
      return { at: now, status: 'no-data', detail: `service '${this.name}' declares no healthUrl` };
    }
    if (want === 0) return { at: now, status: 'no-data', detail: `service '${this.name}' is stopped` };
    const timeoutMs = spec.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
    const urls = spec.healthUrl.includes('{port}')
      ? Array.from({ length: want }, (_, i) => fillPort(spec.healthUrl ?? '', this.portOf(i)))
      : [spec.healthUrl];
    const results = await Promise.all(urls.map((u) => httpCall(u, { timeoutMs })));
    if (this.#changing > 0 || this.#changesBegun !== begun) return changing;
    const ok = results.filter((r) => r.ok).length;
    const bad = results
      .map((r, i) => (r.ok ? undefined : `#${i}: ${r.status ?? r.error}`))
      .filter((x): x is string => x !== undefined);
    const allOk = ok === results.length && down.length === 0;
    return {
      at: now,
      status: allOk ? 'healthy' : 'unhealthy',
      value: ok / results.length,
      detail: allOk
        ? `${ok}/${results.length} healthy`
        : `${ok}/${results.length} healthy; ${bad.join(', ')}`,
    };
  }
}
