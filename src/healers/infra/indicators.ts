/**
 * The indicators the infra metric detector judges, each from one scrape frame
 * and the series' own recent history. A judge returns a verdict (abnormal or
 * not, the observed value, the expected range and why) or undefined when the
 * frame says nothing about it (no requests, no pool). Only saturation facts
 * (pool in use = size with waiters) are structural; every other threshold is
 * a band learned from the series itself, with a relative floor so that a
 * series that never moved does not make every wiggle extreme.
 */
import type { Frame } from './scrape-frame.js';

export interface Verdict {
  readonly abnormal: boolean;
  readonly observed: number;
  readonly expectedLow: number;
  readonly expectedHigh: number;
  readonly support: number;
  /** In [0, 1]. */
  readonly score: number;
  readonly profile: string;
  readonly text: string;
  /** Abnormal, but explained by a dependency that is itself in trouble: not a cause here. */
  readonly explainedBy?: string;
  /** Teaches the baseline this observation; called only while the series is judged normal. */
  readonly learn?: () => void;
  /** Frames the verdict must hold before an anomaly (default: the detector's persistence). */
  readonly persistence?: number;
  readonly facts?: Readonly<Record<string, unknown>>;
}

/**
 * Seconds a work queue's backlog may take to drain before the queue counts as saturated;
 * scaling out aims to drain it within the same horizon.
 */
export const QUEUE_DRAIN_HORIZON_S = 15;

/** Metric names, as the demo services and most Node/Prometheus clients expose them. */
export const METRIC = {
  requests: 'http_requests_total',
  errors: 'http_errors_total',
  duration: 'http_server_duration_seconds',
  clientDuration: 'http_client_duration_seconds',
  clientErrors: 'http_client_errors_total',
  rss: 'process_resident_memory_bytes',
  poolSize: 'db_pool_size',
  poolInUse: 'db_pool_in_use',
  poolWaiting: 'db_pool_waiting',
  poolTimeouts: 'db_pool_timeouts_total',
  queueDepth: 'queue_depth',
  queueAge: 'queue_oldest_age_seconds',
  queueProcessed: 'queue_jobs_processed_total',
  queueEnqueued: 'queue_jobs_enqueued_total',
  queueWorkMs: 'queue_work_ms',
  queueWorkers: 'queue_workers',
} as const;

/** Upper binomial tail P(X ≥ k) for X ~ Bin(n, p): how surprising k failures of n are at rate p. */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let term = (1 - p) ** n;
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= ((n - i) / (i + 1)) * (p / (1 - p));
  }
  return Math.max(0, 1 - below);
}

const fmtMs = (s: number) => `${Math.round(s * 1000)} ms`;
const fmtMb = (b: number) => `${(b / 1_048_576).toFixed(1)} MB`;
const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

export { fmtMb, fmtMs, pct };

/** The sums of a few consecutive frames of one target, for indicators too sparse to judge per scrape. */
export interface Window {
  readonly frames: readonly Frame[];
  sum(f: (frame: Frame) => number | undefined): number;
  sumBy(f: (frame: Frame) => Map<string, number>): Map<string, number>;
  readonly seconds: number;
}

export function windowOf(frames: readonly Frame[]): Window {
  return {
    frames,
    sum: (f) => frames.reduce((n, fr) => n + (f(fr) ?? 0), 0),
    sumBy: (f) => {
      const out = new Map<string, number>();
      for (const fr of frames) for (const [k, v] of f(fr)) out.set(k, (out.get(k) ?? 0) + v);
      return out;
    },
    seconds: frames.reduce((n, fr) => n + fr.dt, 0),
  };
}
