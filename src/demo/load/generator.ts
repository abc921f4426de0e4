/**
 * The demo's load generator: real HTTP requests to the gateway at a rate that
 * follows the simulated week of `seasonality.ts`, compressed (one simulated
 * day in `dayLengthMs` of real time, four minutes by default). It is open
 * loop, as real users are: arrivals come on schedule whether or not the
 * system keeps up, and those beyond the concurrency bound are shed and
 * counted. Seeded: the same seed gives the same arrivals, mix and users.
 */
import { type Clock, systemClock } from '../../core/clock.js';
import { mulberry32, type Rng } from '../../core/prng.js';
import {
  DAY_MS,
  SIM_EPOCH,
  type SpikeWindow,
  scheduledSpikes,
  seasonalFactor,
  simPoint,
  spikeFactor,
} from './seasonality.js';

export interface LoadOptions {
  /** Base URL of the gateway, e.g. http://127.0.0.1:7100. */
  readonly target: string;
  readonly seed: number;
  /** Requests per second at an ordinary weekday's busiest hour (default 12). */
  readonly baseRps?: number;
  /** Real milliseconds per simulated day (default 240 000: a day in four minutes). */
  readonly dayLengthMs?: number;
  /** Simulated start, hours after Monday 00:00 (default 6: the Monday-morning rush comes soon). */
  readonly startHour?: number;
  /** Most requests in flight; arrivals beyond are shed (default 32). */
  readonly concurrency?: number;
  /** Scheduled benign spikes per simulated day, on average (default 1; 0 for none). */
  readonly spikesPerDay?: number;
  readonly tickMs?: number;
  readonly timeoutMs?: number;
  /** Share of browse / add-to-cart / checkout requests (default 0.7 / 0.2 / 0.1). */
  readonly mix?: { readonly browse: number; readonly cart: number; readonly checkout: number };
  readonly users?: number;
  readonly clock?: Clock;
}

/** What the dashboard shows about the load. */
export interface LoadStatus {
  readonly running: boolean;
  /** Simulated time, ISO 8601. */
  readonly simTime: string;
  readonly simDay: string;
  readonly simHour: number;
  /** Target rate now, with any spike. */
  readonly rateRps: number;
  /** Seasonal rate without spikes. */
  readonly seasonalRps: number;
  readonly spiking: boolean;
  readonly sent: number;
  readonly ok: number;
  readonly failed: number;
  readonly shed: number;
  readonly inFlight: number;
}

export type RequestKind = 'browse' | 'cart' | 'checkout';

/**
 * @example
 * const load = new LoadGenerator({ target: 'http://127.0.0.1:7100', seed: 1 });
 * load.start(); … load.benignSpike(); … await load.stop();
 */
export class LoadGenerator {
  readonly #o: Required<Omit<LoadOptions, 'clock' | 'mix'>> & Pick<LoadOptions, 'mix'>;
  readonly #clock: Clock;
  readonly #rand: Rng;
  #startedAt = 0;
  #running = false;
  #loop: Promise<void> | undefined;
  /** Ends the loop's current sleep at once: stop() must not wait for a clock that may never move. */
  #wake: (() => void) | undefined;
  #carry = 0;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #spikes: SpikeWindow[] = [];
  #spikeDaysPlanned = -1;
  readonly #counts = { sent: 0, ok: 0, failed: 0, shed: 0 };
  readonly #byKind: Record<RequestKind, number> = { browse: 0, cart: 0, checkout: 0 };

  constructor(options: LoadOptions) {
    this.#o = {
      baseRps: 12,
      dayLengthMs: 240_000,
      startHour: 6,
      concurrency: 32,
      spikesPerDay: 1,
      tickMs: 100,
      timeoutMs: 5_000,
      users: 200,
      ...options,
      target: options.target.replace(/\/$/, ''),
    };
    if (!(this.#o.baseRps > 0) || !(this.#o.dayLengthMs > 0))
      throw new Error('baseRps and dayLengthMs must be > 0');
    this.#clock = options.clock ?? systemClock;
    this.#rand = mulberry32(options.seed);
  }

  /** Simulated time at real time `t` (this clock's ms). */
  simTimeAt(t: number): number {
    const elapsed = this.#running || this.#startedAt ? t - this.#startedAt : 0;
    return SIM_EPOCH + this.#o.startHour * 3_600_000 + (elapsed * DAY_MS) / this.#o.dayLengthMs;
  }

  /** Target rate at real time `t`: seasonal rate times any spike in progress. */
  rateAt(t: number): number {
    this.#planSpikes(t);
    const spike = this.#spikes.reduce((f, s) => f * spikeFactor(s, t), 1);
    return this.#o.baseRps * seasonalFactor(this.simTimeAt(t)) * spike;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#startedAt = this.#clock.now();
    this.#loop = this.#run();
  }

  /** Stops scheduling and waits for requests in flight (each ends by its timeout at worst). */
  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    await Promise.allSettled([...this.#inFlight]);
  }

  /**
   * A benign spike starting now: `factor` times the load for `durationMs` of real time.
   * Nothing is wrong with the system; a healer should leave it alone.
   */
  benignSpike(options: { factor?: number; durationMs?: number } = {}): SpikeWindow {
    const now = this.#clock.now();
    const spike: SpikeWindow = {
      startMs: now,
      endMs: now + (options.durationMs ?? 20_000),
      factor: options.factor ?? 3,
      source: 'manual',
    };
    this.#spikes.push(spike);
    return spike;
  }

  /** Every spike so far and those planned for the current simulated day, in real time. */
  spikes(): readonly SpikeWindow[] {
    this.#planSpikes(this.#clock.now());
    return [...this.#spikes].sort((a, b) => a.startMs - b.startMs);
  }

  /** Requests made so far by kind (arrivals that were not shed). */
  sentByKind(): Readonly<Record<RequestKind, number>> {
    return { ...this.#byKind };
  }

  status(): LoadStatus {
    const now = this.#clock.now();
    const sim = this.simTimeAt(now);
    const p = simPoint(sim);
    const rate = this.rateAt(now);
    const seasonal = this.#o.baseRps * seasonalFactor(sim);
    return {
      running: this.#running,
      simTime: new Date(sim).toISOString(),
      simDay: p.dayName,
      simHour: Math.round(p.hour * 100) / 100,
      rateRps: Math.round(rate * 100) / 100,
      seasonalRps: Math.round(seasonal * 100) / 100,
      spiking: this.#spikes.some((s) => now >= s.startMs && now < s.endMs),
      ...this.#counts,
      inFlight: this.#inFlight.size,
    };
  }

  async #run(): Promise<void> {
    let last = this.#clock.now();
    while (this.#running) {
      await Promise.race([
        this.#clock.sleep(this.#o.tickMs),
        new Promise<void>((r) => {
          this.#wake = r;
        }),
      ]);
      if (!this.#running) break;
      const now = this.#clock.now();
      // Rate at the middle of the interval: the integral of a smooth curve, to first order.
      this.#carry += (this.rateAt((last + now) / 2) * (now - last)) / 1000;
      last = now;
      while (this.#carry >= 1) {
        this.#carry -= 1;
        this.#arrive();
      }
    }
  }

  #arrive(): void {
    const kind = this.#pickKind();
    const user = `user-${Math.floor(this.#rand() * this.#o.users)}`;
    const sku = `sku-${String(1 + Math.floor(this.#rand() * 24)).padStart(3, '0')}`;
    if (this.#inFlight.size >= this.#o.concurrency) {
      this.#counts.shed++;
      return;
    }
    this.#counts.sent++;
    this.#byKind[kind]++;
    const p = this.#send(kind, user, sku).finally(() => this.#inFlight.delete(p));
    this.#inFlight.add(p);
  }

  #pickKind(): RequestKind {
    const mix = this.#o.mix ?? { browse: 0.7, cart: 0.2, checkout: 0.1 };
    const total = mix.browse + mix.cart + mix.checkout;
    const r = this.#rand() * total;
    return r < mix.browse ? 'browse' : r < mix.browse + mix.cart ? 'cart' : 'checkout';
  }

  async #send(kind: RequestKind, user: string, sku: string): Promise<void> {
    const t = this.#o.target;
    const init: RequestInit = { signal: AbortSignal.timeout(this.#o.timeoutMs) };
    const req =
      kind === 'browse'
        ? fetch(`${t}/api/products`, init)
        : fetch(`${t}/api/${kind}`, {
            ...init,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(kind === 'cart' ? { user, sku, qty: 1 } : { user }),
          });
    try {
      const res = await req;
      await res.arrayBuffer();
      if (res.status < 500) this.#counts.ok++;
      else this.#counts.failed++;
    } catch {
      this.#counts.failed++;
    }
  }

  /** Maps the scheduled spikes of each simulated day reached so far into real time, once per day. */
  #planSpikes(t: number): void {
    if (this.#o.spikesPerDay <= 0 || !this.#startedAt) return;
    const day = simPoint(this.simTimeAt(t)).day;
    for (let d = this.#spikeDaysPlanned + 1; d <= day; d++) {
      for (const s of scheduledSpikes(this.#o.seed, d, this.#o.spikesPerDay)) {
        const startMs = this.#realAt(s.startSim);
        this.#spikes.push({
          startMs,
          endMs: startMs + (s.durationSim * this.#o.dayLengthMs) / DAY_MS,
          factor: s.factor,
          source: 'scheduled',
        });
      }
    }
    this.#spikeDaysPlanned = Math.max(this.#spikeDaysPlanned, day);
  }

  #realAt(simMs: number): number {
    const simStart = SIM_EPOCH + this.#o.startHour * 3_600_000;
    return this.#startedAt + ((simMs - simStart) * this.#o.dayLengthMs) / DAY_MS;
  }
}
