/**
 * The other half of scaling out: noticing when the extra instances are no
 * longer needed. A work queue that has stayed empty for a while, with fewer
 * workers needed for the jobs arriving than are running, is overprovisioned;
 * the anomaly names how many instances would do (at a target utilisation),
 * and `infra.scale-in` brings the service back to that, never below its
 * minimum. It reads the queue's own gauges, and the instance count from
 * whoever runs the service (the supervisor), since a scrape of one instance
 * cannot know how many siblings it has.
 */
import type { Detector } from '../../core/stages.js';
import { type Anomaly, digest, newId, type Signal } from '../../model/index.js';
import { METRIC } from './indicators.js';

/** Running and minimum instances of a service, if it is one we run. */
export type CapacityOf = (
  service: string,
) => { readonly instances: number; readonly min: number } | undefined;

export interface CapacityDetectorOptions {
  /** How long the queue must have stayed empty (default 20 s). */
  readonly quietMs?: number;
  /** Busy share of the workers to size for (default 0.6: room for a burst). */
  readonly targetUtilisation?: number;
}

/** The indicator of an overprovisioned service. */
export const OVERPROVISIONED_INDICATOR = METRIC.queueWorkers;

interface QueueState {
  idleSince?: number;
  workMs?: number;
  arrivalPerS?: number;
  workersPerInstance?: number;
  /** Instances when the last anomaly was raised: one per size, not one per scrape. */
  alertedAt?: number;
}

const serviceOf = (entity: string) => entity.slice(entity.indexOf(':') + 1);

export class CapacityDetector implements Detector {
  readonly name = 'infra.capacity';
  readonly #capacity: CapacityOf;
  readonly #quietMs: number;
  readonly #target: number;
  readonly #queues = new Map<string, QueueState>();

  constructor(capacity: CapacityOf, options: CapacityDetectorOptions = {}) {
    this.#capacity = capacity;
    this.#quietMs = options.quietMs ?? 20_000;
    this.#target = options.targetUtilisation ?? 0.6;
  }

  observe(signal: Signal): readonly Anomaly[] {
    if (signal.kind !== 'metric' || signal.value === undefined || !Number.isFinite(signal.value)) return [];
    const st = this.#queues.get(signal.entity) ?? {};
    this.#queues.set(signal.entity, st);
    switch (signal.name) {
      case METRIC.queueWorkMs:
        st.workMs = signal.value;
        return [];
      case `${METRIC.queueEnqueued}:rate`:
        st.arrivalPerS = signal.value;
        return [];
      case METRIC.queueWorkers:
        st.workersPerInstance = signal.value;
        return [];
      case METRIC.queueDepth:
        return this.#judge(signal, st);
      default:
        return [];
    }
  }

  #judge(signal: Signal, st: QueueState): Anomaly[] {
    if ((signal.value ?? 0) > 0) {
      st.idleSince = undefined;
      return [];
    }
    st.idleSince ??= signal.at;
    if (signal.at - st.idleSince < this.#quietMs) return [];
    if (st.workMs === undefined || st.arrivalPerS === undefined) return [];
    const cap = this.#capacity(serviceOf(signal.entity));
    if (!cap || cap.instances <= cap.min || st.alertedAt === cap.instances) return [];
    const perInstance = Math.max(1, st.workersPerInstance ?? 1);
    const busyWorkers = (st.arrivalPerS * st.workMs) / 1000;
    const needed = Math.max(cap.min, Math.ceil(busyWorkers / (perInstance * this.#target)));
    if (needed >= cap.instances) return [];
    st.alertedAt = cap.instances;
    const quietS = Math.round((signal.at - st.idleSince) / 1000);
    return [
      {
        id: newId('anomaly', signal.at),
        entity: signal.entity,
        indicator: OVERPROVISIONED_INDICATOR,
        at: signal.at,
        score: Math.min(1, 1 - needed / cap.instances),
        confidence: 0.9,
        detector: this.name,
        explanation: {
          observed: cap.instances,
          expectedLow: cap.min,
          expectedHigh: needed,
          profile: 'capacity',
          support: quietS,
          text: `${cap.instances} instances for ${st.arrivalPerS.toFixed(2)} jobs/s at ${Math.round(st.workMs)} ms a job (${busyWorkers.toFixed(2)} workers busy); the queue has been empty for ${quietS} s: ${needed} would do`,
        },
        signalIds: [signal.id],
        fingerprint: digest(signal.entity, OVERPROVISIONED_INDICATOR, 'over'),
        standalone: true,
      },
    ];
  }
}
