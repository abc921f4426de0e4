/**
 * Guesses what an indicator measures from its name, so that ranking knows
 * which deviations can be a cause on the entity itself (CPU, memory, server
 * latency, errors) and which are symptoms of a dependency (client latency),
 * and so that a hypothesis names a cause class remedies can match on.
 */
import type { Direction } from './robust.js';

export type IndicatorRole =
  | 'resource'
  | 'latency'
  | 'client-latency'
  | 'errors'
  | 'network'
  | 'traffic'
  | 'host'
  | 'other';

export interface IndicatorClass {
  readonly role: IndicatorRole;
  /** Cause class for a hypothesis, e.g. 'cpu-saturation', 'latency', 'error-rate', 'memory', 'network'. */
  readonly cause: string;
  readonly direction: Direction;
  /** How much a deviation of this indicator counts as evidence against the entity itself. */
  readonly weight: number;
  /**
   * Smallest deviation unit in the indicator's own units, replacing the relative floor.
   * Error indicators have one: a success rate of 100% has no spread, and 10% of 100 would
   * hide a drop to 95%, which is a large error rate for a service that had none.
   */
  readonly scaleFloor?: number;
}

/**
 * Classifies an indicator by name. Unknown names count a little, in both directions.
 * @example classifyIndicator('CpuUsageRate(%)') // { role: 'resource', cause: 'cpu-saturation', … }
 */
export function classifyIndicator(name: string): IndicatorClass {
  const n = name.toLowerCase();
  const latency = /latency|duration|response.?time|\brt\b|p50|p9\d/.test(n);
  if (/^node|host/.test(n)) return { role: 'host', cause: hostCause(n), direction: 'up', weight: 0.3 };
  if (/success/.test(n))
    return { role: 'errors', cause: 'error-rate', direction: 'down', weight: 1, scaleFloor: errorUnit(n) };
  if (/error|fail|exception|5xx|crash|restart/.test(n))
    return { role: 'errors', cause: 'error-rate', direction: 'up', weight: 1, scaleFloor: errorUnit(n) };
  if (latency && /client|outbound|source/.test(n))
    return { role: 'client-latency', cause: 'latency', direction: 'up', weight: 0 };
  if (latency) return { role: 'latency', cause: 'latency', direction: 'up', weight: 1 };
  if (/cpu|thrott/.test(n)) return { role: 'resource', cause: 'cpu-saturation', direction: 'up', weight: 1 };
  if (/mem|heap|rss|oom/.test(n)) return { role: 'resource', cause: 'memory', direction: 'up', weight: 0.8 };
  if (/disk|fs_|filesystem|iops/.test(n))
    return { role: 'resource', cause: 'disk', direction: 'up', weight: 0.8 };
  if (/network|net_|bytes|packet|tcp|retrans|drop/.test(n))
    return { role: 'network', cause: 'network', direction: 'both', weight: 0.5 };
  if (/workload|ops|qps|rps|throughput|requests?\b|count/.test(n))
    return { role: 'traffic', cause: 'traffic', direction: 'both', weight: 0.4 };
  return { role: 'other', cause: 'unknown', direction: 'both', weight: 0.3 };
}

/** One percentage point for a percentage, 0.01 for a ratio, one event for a count. */
function errorUnit(n: string): number {
  if (/%|pct|percent/.test(n)) return 1;
  return /rate|ratio/.test(n) ? 0.01 : 1;
}

function hostCause(n: string): string {
  if (/cpu/.test(n)) return 'cpu-saturation';
  if (/mem/.test(n)) return 'memory';
  if (/net|bytes/.test(n)) return 'network';
  return 'host';
}
