/**
 * The bounded front door of ingest: a cap on requests in flight and a guarded
 * call into the sink. When either says "full", receivers answer 429/503 with
 * Retry-After (the retryable codes of OTLP and remote_write) instead of queueing.
 */
import type { SignalSink } from '../../core/stages.js';
import type { Signal } from '../../model/index.js';

/** Counters a gate keeps; useful for self-monitoring and tests. */
export interface GateStats {
  inFlight: number;
  /** Requests turned away because too many were in flight. */
  throttled: number;
  /** Batches the sink refused (it returned false or threw). */
  refused: number;
  /** Signals the sink accepted. */
  delivered: number;
}

/**
 * Shared by all receivers on one server so that the cap is global.
 * @example const gate = new IngestGate(sink, 64); if (!gate.enter()) reply429(); try { gate.deliver(signals) } finally { gate.leave() }
 */
export class IngestGate {
  readonly #sink: SignalSink;
  readonly #maxInFlight: number;
  readonly stats: GateStats = { inFlight: 0, throttled: 0, refused: 0, delivered: 0 };

  constructor(sink: SignalSink, maxInFlight: number) {
    this.#sink = sink;
    this.#maxInFlight = maxInFlight;
  }

  /** Takes a slot; false when the cap is reached (the caller must not call leave). */
  enter(): boolean {
    if (this.stats.inFlight >= this.#maxInFlight) {
      this.stats.throttled++;
      return false;
    }
    this.stats.inFlight++;
    return true;
  }

  leave(): void {
    if (this.stats.inFlight > 0) this.stats.inFlight--;
  }

  /**
   * Hands signals to the sink. An empty batch is trivially accepted. A sink that
   * throws is treated as saturated: the client retries rather than losing data.
   */
  deliver(signals: readonly Signal[]): boolean {
    if (signals.length === 0) return true;
    let ok: boolean;
    try {
      ok = this.#sink(signals);
    } catch {
      ok = false;
    }
    if (ok) this.stats.delivered += signals.length;
    else this.stats.refused++;
    return ok;
  }
}
