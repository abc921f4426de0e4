/**
 * The log-file receiver: follows one or more files (rotation-safe, see
 * logs/follower.ts) and turns each line into a 'log' signal with
 * `attributes.message`. When the sink is saturated the read lines are held
 * (one poll's worth per file at most) and no more is read until they are
 * taken: the file on disk is the buffer, so memory stays bounded.
 */
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { type Clock, systemClock } from '../core/clock.js';
import type { ComponentFactory } from '../core/component.js';
import { parseComponentConfig } from '../core/component.js';
import type { Receiver, SignalSink } from '../core/stages.js';
import type { Signal } from '../model/index.js';
import { FileFollower } from './logs/follower.js';
import { type LineSource, lineToSignal } from './logs/line.js';

export const logFileSchema = z.object({
  path: z.string().min(1),
  /** The service the lines belong to; otherwise a `service` field in JSON lines, else the file name. */
  service: z.string().min(1).optional(),
  labels: z.record(z.string(), z.string()).default({}),
});

export const logTailConfigSchema = z.object({
  files: z.array(logFileSchema).default([]),
  pollMs: z.number().int().positive().default(500),
  /** Where to begin in a file that exists at start-up; files created later are always read from the start. */
  startAt: z.enum(['end', 'beginning']).default('end'),
  maxLineBytes: z
    .number()
    .int()
    .positive()
    .default(16 * 1024),
  maxBytesPerPoll: z
    .number()
    .int()
    .positive()
    .default(4 * 1024 * 1024),
  parseJson: z.boolean().default(true),
});
export type LogTailConfig = z.infer<typeof logTailConfigSchema>;

export interface LogTailDeps {
  readonly sink: SignalSink;
  readonly clock?: Clock;
}

interface Followed {
  readonly follower: FileFollower;
  readonly source: LineSource;
  /** Lines the sink refused, retried before reading more. */
  pending: Signal[] | undefined;
}

/**
 * @example const t = logTailFactory.create({ files: [{ path: '/var/log/api.log', service: 'api' }] }, { sink }); await t.start()
 */
export class LogTailer implements Receiver {
  readonly type = 'logtail';
  readonly config: LogTailConfig;
  readonly #sink: SignalSink;
  readonly #clock: Clock;
  readonly #files: Followed[];
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #polling: Promise<number> | undefined;

  constructor(config: LogTailConfig, deps: LogTailDeps) {
    this.config = config;
    this.#sink = deps.sink;
    this.#clock = deps.clock ?? systemClock;
    this.#files = config.files.map((f) => ({
      follower: new FileFollower(f.path, config),
      source: {
        file: f.path,
        ...(f.service ? { service: f.service } : {}),
        fallbackService: basename(f.path, extname(f.path)),
        labels: f.labels,
        parseJson: config.parseJson,
      },
      pending: undefined,
    }));
  }

  /** Opens the files (positioning at the end when startAt is 'end') and polls on an interval. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    await this.poll();
    const tick = async () => {
      await this.poll();
      if (this.#running) this.#timer = setTimeout(tick, this.config.pollMs);
    };
    this.#timer = setTimeout(tick, this.config.pollMs);
  }

  async shutdown(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#polling;
    await Promise.all(this.#files.map((f) => f.follower.close()));
  }

  /** Reads every file once and delivers; returns how many lines the sink took. Polls never overlap. */
  poll(): Promise<number> {
    this.#polling ??= this.#pollAll().finally(() => {
      this.#polling = undefined;
    });
    return this.#polling;
  }

  async #pollAll(): Promise<number> {
    let delivered = 0;
    for (const f of this.#files) {
      if (!f.pending) {
        const now = this.#clock.now();
        const lines = await f.follower.poll().catch(() => []);
        if (lines.length > 0) f.pending = lines.map((l) => lineToSignal(l.text, l.truncated, f.source, now));
      }
      if (!f.pending) continue;
      let ok: boolean;
      try {
        ok = this.#sink(f.pending);
      } catch {
        ok = false;
      }
      if (ok) {
        delivered += f.pending.length;
        f.pending = undefined;
      }
    }
    return delivered;
  }

  /** Total rotations seen across files. */
  get rotations(): number {
    return this.#files.reduce((n, f) => n + f.follower.rotations, 0);
  }
}

/** The log tailer as a component. */
export const logTailFactory: ComponentFactory<LogTailConfig, LogTailer, LogTailDeps> = {
  type: 'logtail',
  stability: 'beta',
  configSchema: logTailConfigSchema,
  defaultConfig: logTailConfigSchema.parse({}),
  create(config, deps) {
    return new LogTailer(parseComponentConfig(logTailFactory, config), deps);
  },
};
