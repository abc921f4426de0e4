/**
 * What infra diagnosis reads besides metrics: a bounded log of change events
 * (deploys, config changes) and a prober that reads every supervised
 * service's health on an interval. Supervisor events themselves become
 * signals through `eventToSignal` in the process actuator.
 */
import { serviceEntity } from '../../act/actuators/process/signals.js';
import type { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import type { Clock } from '../../core/clock.js';
import type { ChangeEvent } from '../../core/stages.js';
import { newId, type Signal } from '../../model/index.js';

/** A bounded, time-ordered log of change events; serves the topology's `changes` query. */
export class ChangeLog {
  readonly #events: ChangeEvent[] = [];
  readonly #max: number;

  constructor(max = 10_000) {
    this.#max = max;
  }

  add(e: ChangeEvent): void {
    this.#events.push(e);
    if (this.#events.length > this.#max) this.#events.shift();
  }

  between(since: number, until: number): ChangeEvent[] {
    return this.#events.filter((e) => e.at >= since && e.at <= until);
  }
}

/**
 * Reads each supervised service's health on an interval and hands the
 * readings to `emit` as `health` probe signals (1 healthy, 0 not).
 */
export class HealthProber {
  readonly #supervisor: ProcessSupervisor;
  readonly #clock: Clock;
  readonly #emit: (signals: Signal[]) => void;
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #busy = false;

  constructor(
    supervisor: ProcessSupervisor,
    clock: Clock,
    emit: (signals: Signal[]) => void,
    intervalMs = 1000,
  ) {
    this.#supervisor = supervisor;
    this.#clock = clock;
    this.#emit = emit;
    this.#intervalMs = intervalMs;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.probeOnce(), this.#intervalMs);
    this.#timer.unref();
  }

  async probeOnce(): Promise<Signal[]> {
    if (this.#busy) return [];
    this.#busy = true;
    try {
      const signals: Signal[] = [];
      for (const name of this.#supervisor.names()) {
        const r = await this.#supervisor.health(name);
        if (r.status === 'no-data') continue;
        const at = this.#clock.now();
        signals.push({
          id: newId('signal', at),
          kind: 'probe',
          source: 'health',
          entity: serviceEntity(name),
          name: 'health',
          at,
          value: r.status === 'healthy' ? 1 : 0,
          labels: {},
          attributes: { status: r.status, detail: r.detail ?? null },
        });
      }
      if (signals.length > 0) this.#emit(signals);
      return signals;
    } finally {
      this.#busy = false;
    }
  }

  async shutdown(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
