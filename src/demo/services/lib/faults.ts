/**
 * The in-process fault mechanics every demo service shares, driven by
 * `/admin/fault?mode=…` and by the release's `BUG` env. Faults set through
 * the admin API live in memory, so a restart clears them — as a restart does
 * for the real faults they imitate (a wedged event loop, a leak, a stuck
 * cache). A bad release carries its bug in its env, so only a rollback clears it.
 */
import { z } from 'zod';

/** What a request must suffer now. */
export interface FaultSnapshot {
  readonly hang: boolean;
  /** Share of requests (0..1) answered with a 500 by this service's own code. */
  readonly errorRate: number;
  /** Added to every request this service serves. */
  readonly latencyMs: number;
  readonly leakMbPerS: number;
  readonly leakedMb: number;
}

const bugSchema = z.object({
  errors: z.coerce.number().min(0).max(1).optional(),
  latency: z.coerce.number().int().min(0).max(60_000).optional(),
});

/** A release's bug, parsed from `BUG`, e.g. `errors:0.4` or `errors:0.2,latency:150`. */
export type ReleaseBug = z.infer<typeof bugSchema>;

/**
 * Parses `BUG`; an unknown or malformed bug is a startup error, like a typo in any config.
 * @example parseBug('errors:0.4') // { errors: 0.4 }
 */
export function parseBug(value: string | undefined): ReleaseBug {
  if (!value?.trim()) return {};
  const entries = value.split(',').map((part) => {
    const [k, v] = part.split(':').map((s) => s.trim());
    return [k ?? '', v ?? ''];
  });
  const parsed = bugSchema.strict().safeParse(Object.fromEntries(entries));
  if (!parsed.success) {
    throw new Error(`BUG='${value}': expected e.g. 'errors:0.4' or 'latency:150' (${parsed.error.message})`);
  }
  return parsed.data;
}

const adminSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('crash'), code: z.coerce.number().int().min(1).max(255).default(70) }),
  z.object({ mode: z.literal('hang') }),
  z.object({ mode: z.literal('error'), rate: z.coerce.number().min(0).max(1).default(1) }),
  z.object({ mode: z.literal('latency'), ms: z.coerce.number().int().min(0).max(60_000).default(400) }),
  z.object({ mode: z.literal('leak'), mbPerS: z.coerce.number().min(0.1).max(64).default(8) }),
]);

/** A fault order from the admin API. */
export type FaultOrder = z.infer<typeof adminSchema>;

/**
 * Validates `/admin/fault` query parameters.
 * @example parseFaultOrder(new URLSearchParams('mode=latency&ms=300')) // { mode: 'latency', ms: 300 }
 */
export function parseFaultOrder(params: URLSearchParams): FaultOrder {
  const parsed = adminSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const known = 'none, crash, hang, error[&rate], latency[&ms], leak[&mbPerS]';
    throw new Error(`bad fault order '${params.toString()}': modes are ${known}`);
  }
  return parsed.data;
}

const CHUNK_MB = 1;

/**
 * One service's fault state. Orders accumulate (latency and a leak can run
 * together); `none` clears every admin fault but not the release's bug.
 * @example const f = new FaultState({ bug: parseBug(process.env.BUG) }); f.apply({ mode: 'hang' });
 */
export class FaultState {
  readonly #bug: ReleaseBug;
  readonly #leakLimitMb: number;
  #hang = false;
  #errorRate = 0;
  #latencyMs = 0;
  #leakMbPerS = 0;
  #leakTimer: NodeJS.Timeout | undefined;
  // Held on purpose: this array is the leak.
  readonly #leaked: Buffer[] = [];

  constructor(opts: { readonly bug?: ReleaseBug; readonly leakLimitMb?: number } = {}) {
    this.#bug = opts.bug ?? {};
    this.#leakLimitMb = opts.leakLimitMb ?? 400;
  }

  /** Applies an order; `crash` is the caller's to carry out (it must answer first). */
  apply(order: FaultOrder): FaultSnapshot {
    switch (order.mode) {
      case 'none':
        this.#hang = false;
        this.#errorRate = 0;
        this.#latencyMs = 0;
        this.#stopLeak();
        // Release the leaked memory too: "none" means the service is as new.
        this.#leaked.length = 0;
        break;
      case 'hang':
        this.#hang = true;
        break;
      case 'error':
        this.#errorRate = order.rate;
        break;
      case 'latency':
        this.#latencyMs = order.ms;
        break;
      case 'leak':
        this.#startLeak(order.mbPerS);
        break;
      case 'crash':
        break;
    }
    return this.snapshot();
  }

  snapshot(): FaultSnapshot {
    return {
      hang: this.#hang,
      errorRate: Math.min(1, this.#errorRate + (this.#bug.errors ?? 0)),
      latencyMs: this.#latencyMs + (this.#bug.latency ?? 0),
      leakMbPerS: this.#leakMbPerS,
      leakedMb: this.#leaked.length * CHUNK_MB,
    };
  }

  /** Stops background work (the leak timer) so the process can exit. */
  close(): void {
    this.#stopLeak();
  }

  #startLeak(mbPerS: number): void {
    this.#stopLeak();
    this.#leakMbPerS = mbPerS;
    const everyMs = Math.max(10, Math.round(1000 / (mbPerS / CHUNK_MB)));
    this.#leakTimer = setInterval(() => {
      if (this.#leaked.length * CHUNK_MB >= this.#leakLimitMb) return;
      // alloc (not allocUnsafe) writes every page, so the leak shows in RSS, not only in virtual size.
      this.#leaked.push(Buffer.alloc(CHUNK_MB * 1024 * 1024, 1));
    }, everyMs);
    this.#leakTimer.unref();
  }

  #stopLeak(): void {
    if (this.#leakTimer) clearInterval(this.#leakTimer);
    this.#leakTimer = undefined;
    this.#leakMbPerS = 0;
  }
}
