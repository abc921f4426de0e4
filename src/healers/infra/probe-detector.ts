/**
 * Detects the binary symptoms that need no baseline: a supervised process
 * exited, or its health endpoint stopped answering. Consecutive failures are
 * required for health probes so one slow answer does not open an incident.
 */
import type { Detector } from '../../core/stages.js';
import { type Anomaly, digest, newId, type Signal } from '../../model/index.js';

export interface ProbeDetectorOptions {
  /** Consecutive failed health probes before an anomaly. */
  readonly failuresBeforeAnomaly?: number;
}

/** Signals this detector understands (emitted by the process supervisor and the health prober). */
export const PROBE_SIGNALS = { health: 'health', exit: 'process_exit' } as const;

export class ProbeDetector implements Detector {
  readonly name = 'probe';
  readonly #needed: number;
  readonly #failures = new Map<string, number>();

  constructor(options: ProbeDetectorOptions = {}) {
    this.#needed = Math.max(1, options.failuresBeforeAnomaly ?? 2);
  }

  observe(signal: Signal): readonly Anomaly[] {
    if (signal.kind !== 'probe') return [];
    if (signal.name === PROBE_SIGNALS.exit) {
      // A stop or restart that someone asked for is not a symptom.
      if (signal.labels.expected === 'true') return [];
      this.#failures.delete(signal.entity);
      const code = signal.attributes?.code ?? null;
      const sig = signal.attributes?.signal ?? null;
      return [
        this.#anomaly(
          signal,
          'process_exit',
          0,
          `process exited (code ${String(code)}, signal ${String(sig)})`,
        ),
      ];
    }
    if (signal.name !== PROBE_SIGNALS.health) return [];
    if ((signal.value ?? 0) >= 1) {
      this.#failures.delete(signal.entity);
      return [];
    }
    const n = (this.#failures.get(signal.entity) ?? 0) + 1;
    this.#failures.set(signal.entity, n);
    if (n !== this.#needed) return [];
    const status = String(signal.attributes?.status ?? 'unhealthy');
    return [
      this.#anomaly(
        signal,
        'health',
        signal.value ?? 0,
        `health probe failed ${n} times in a row (${status})`,
      ),
    ];
  }

  #anomaly(signal: Signal, indicator: string, observed: number, text: string): Anomaly {
    return {
      id: newId('anomaly', signal.at),
      entity: signal.entity,
      indicator,
      at: signal.at,
      score: 1,
      confidence: 1,
      detector: this.name,
      explanation: {
        observed,
        expectedLow: 1,
        expectedHigh: 1,
        profile: 'probe',
        support: this.#needed,
        text,
      },
      signalIds: [signal.id],
      fingerprint: digest(signal.entity, indicator, 'down'),
    };
  }
}
