/**
 * One instance slot of a supervised service: spawns its child (without a shell
 * unless asked), captures its output into a bounded ring, records how it
 * exited, and stops it with the configured signal, escalating to SIGKILL.
 * Each child leads its own process group so that stopping it also stops
 * whatever it spawned.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { ActuatorError } from '../../../core/remedy.js';
import { LogRing } from './ring.js';
import type { ExitInfo, InstanceStatus, InstanceView, LogLine } from './types.js';

export interface LaunchSpec {
  readonly argv: readonly string[];
  readonly cwd?: string;
  readonly env: Readonly<Record<string, string>>;
  readonly shell: boolean;
  readonly port?: number;
}

export interface InstanceOptions {
  readonly service: string;
  readonly instance: number;
  readonly stopSignal: NodeJS.Signals;
  readonly stopTimeoutMs: number;
  readonly logLines: number;
  readonly now: () => number;
  readonly onExit: (info: ExitInfo, pid: number) => void;
  readonly onLog?: (line: LogLine) => void;
}

/** spawn errors that no retry can fix. */
const PERMANENT_SPAWN = new Set(['ENOENT', 'EACCES', 'ENOTDIR', 'EISDIR', 'ENOEXEC', 'EPERM']);

/**
 * Sends a signal to a whole process group; a group that is already gone is
 * fine. Never falls back to the bare pid: once the leader is reaped, its pid
 * may belong to someone else.
 */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * A slot that can run one child at a time; restarts reuse the slot so its log
 * ring and exit history survive a crash.
 */
export class ProcessInstance {
  readonly #o: InstanceOptions;
  readonly logs: LogRing;
  #child: ChildProcess | undefined;
  #status: InstanceStatus = 'exited';
  #startedAt: number | undefined;
  #starts = 0;
  #lastExit: ExitInfo | undefined;
  #stopping = false;
  #exited: Promise<void> = Promise.resolve();
  #port: number | undefined;

  constructor(options: InstanceOptions) {
    this.#o = options;
    this.logs = new LogRing(options.logLines, options.now, options.onLog);
  }

  get instance(): number {
    return this.#o.instance;
  }

  get pid(): number | undefined {
    return this.#status === 'exited' ? undefined : this.#child?.pid;
  }

  get running(): boolean {
    return this.#status === 'running' || this.#status === 'starting';
  }

  /** Spawns the child; resolves with its pid once the OS has started it. */
  start(launch: LaunchSpec): Promise<number> {
    if (this.running) throw new Error(`instance ${this.#o.service}#${this.#o.instance} is already running`);
    const [file, ...args] = launch.argv;
    if (!file) throw new ActuatorError(`service '${this.#o.service}' has an empty command`, 'permanent');
    this.#status = 'starting';
    this.#stopping = false;
    this.#port = launch.port;
    let child: ChildProcess;
    try {
      child = spawn(file, args, {
        cwd: launch.cwd,
        env: launch.env,
        shell: launch.shell,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      this.#status = 'exited';
      throw new ActuatorError(
        `service '${this.#o.service}': cannot spawn '${file}': ${String(err)}`,
        'permanent',
        {
          cause: err,
        },
      );
    }
    this.#child = child;
    child.stdout?.setEncoding('utf8').on('data', (c: string) => this.logs.push('stdout', c));
    child.stderr?.setEncoding('utf8').on('data', (c: string) => this.logs.push('stderr', c));
    let settleExit: () => void = () => {};
    this.#exited = new Promise<void>((r) => {
      settleExit = r;
    });
    return new Promise<number>((resolve, reject) => {
      child.once('spawn', () => {
        this.#status = 'running';
        this.#startedAt = this.#o.now();
        this.#starts++;
        resolve(child.pid ?? -1);
      });
      // `on`, not `once`: a second 'error' without a listener would crash the supervisor.
      child.on('error', (err: NodeJS.ErrnoException) => {
        if (this.#status !== 'starting') return; // errors after spawn (a failed kill) are not start failures
        this.#status = 'exited';
        settleExit();
        const code = err.code ?? 'UNKNOWN';
        const where = launch.cwd ? ` in ${launch.cwd}` : '';
        reject(
          new ActuatorError(
            `service '${this.#o.service}': cannot start '${file}'${where} (${code}); check the command and cwd`,
            PERMANENT_SPAWN.has(code) ? 'permanent' : 'retryable',
            { cause: err },
          ),
        );
      });
      child.once('exit', (code, signal) => {
        const info: ExitInfo = { code, signal, at: this.#o.now(), expected: this.#stopping };
        this.#lastExit = info;
        this.#status = 'exited';
        // Stragglers the child left in its group are stopped with it.
        if (child.pid) signalGroup(child.pid, 'SIGKILL');
        settleExit();
        this.#o.onExit(info, child.pid ?? -1);
      });
      child.once('close', () => this.logs.flush());
    });
  }

  /** Stops the child: the stop signal, then SIGKILL after the timeout. Safe when not running. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child?.pid || this.#status === 'exited') return this.#exited;
    this.#stopping = true;
    this.#status = 'stopping';
    signalGroup(child.pid, this.#o.stopSignal);
    let timer: NodeJS.Timeout | undefined;
    const escalated = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (child.pid) signalGroup(child.pid, 'SIGKILL');
        resolve();
      }, this.#o.stopTimeoutMs);
    });
    await Promise.race([this.#exited, escalated]);
    clearTimeout(timer);
    await this.#exited;
  }

  /** Synchronous last resort for process exit: SIGKILL the group now. */
  killNow(): void {
    const pid = this.pid;
    if (pid) {
      this.#stopping = true;
      signalGroup(pid, 'SIGKILL');
    }
  }

  /** Resolves when the current child (if any) has exited. */
  exited(): Promise<void> {
    return this.#exited;
  }

  view(): InstanceView {
    const pid = this.pid;
    return {
      instance: this.#o.instance,
      status: this.#status,
      starts: this.#starts,
      ...(pid !== undefined ? { pid } : {}),
      ...(this.#port !== undefined ? { port: this.#port } : {}),
      ...(this.#startedAt !== undefined ? { startedAt: this.#startedAt } : {}),
      ...(this.#lastExit ? { lastExit: this.#lastExit } : {}),
    };
  }

  recentLogs(limit?: number): LogLine[] {
    return this.logs.lines(limit);
  }
}
