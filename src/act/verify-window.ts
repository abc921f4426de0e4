/**
 * Judging a verify predicate over a window: success as soon as the predicate
 * holds steadily for the confirmation period; failure when the window ends
 * without that, or at once when the state is worse than before the action.
 * NO_DATA never counts as success.
 */
import type { Clock } from '../core/clock.js';
import type { HealthReading, OutcomeReason } from '../model/index.js';

export interface WindowVerdict {
  readonly success: boolean;
  readonly reason: OutcomeReason;
  readonly detail: string;
  readonly readings: readonly HealthReading[];
}

export interface WindowOptions {
  readonly clock: Clock;
  /** Absolute time at which the window closes. */
  readonly deadline: number;
  readonly confirmMs: number;
  readonly tickMs: number;
  readonly read: () => Promise<HealthReading>;
  /** Checked between readings; a truthy value aborts with OPERATOR_ABORT. */
  readonly aborted?: () => string | undefined;
  /** Readings already taken before a restart (resumed windows keep their history). */
  readonly previous?: readonly HealthReading[];
  readonly onReading?: (reading: HealthReading) => void;
  /** At most this many readings are kept for the record (oldest dropped). */
  readonly keep?: number;
}

export async function judgeWindow(opts: WindowOptions): Promise<WindowVerdict> {
  const { clock, deadline, confirmMs, tickMs } = opts;
  const keep = opts.keep ?? 240;
  const readings: HealthReading[] = [...(opts.previous ?? [])];
  let healthySince: number | undefined;
  let sawData = readings.some((r) => r.status !== 'no-data');

  for (;;) {
    const abortedBy = opts.aborted?.();
    if (abortedBy) {
      return { success: false, reason: 'OPERATOR_ABORT', detail: `aborted by ${abortedBy}`, readings };
    }
    const now = clock.now();
    let reading: HealthReading;
    try {
      reading = await opts.read();
    } catch (err) {
      reading = {
        at: now,
        status: 'no-data',
        detail: `verify failed to read: ${String((err as Error)?.message ?? err)}`,
      };
    }
    readings.push(reading);
    if (readings.length > keep) readings.splice(0, readings.length - keep);
    opts.onReading?.(reading);

    if (reading.status === 'worse') {
      return {
        success: false,
        reason: 'VERIFY_FAILED',
        detail: `the state got worse after the action${reading.detail ? `: ${reading.detail}` : ''}`,
        readings,
      };
    }
    if (reading.status !== 'no-data') sawData = true;
    if (reading.status === 'healthy') {
      healthySince ??= reading.at;
      if (reading.at - healthySince >= confirmMs) {
        const held = Math.round((reading.at - healthySince) / 1000);
        return { success: true, reason: 'VERIFIED', detail: `healthy, held for ${held}s`, readings };
      }
    } else {
      healthySince = undefined;
    }

    const after = clock.now();
    if (after >= deadline) break;
    // The last sleep ends exactly at the deadline, so a late recovery still gets one look.
    await clock.sleep(Math.min(tickMs, deadline - after));
  }

  const last = readings[readings.length - 1];
  if (!sawData) {
    return {
      success: false,
      reason: 'NO_DATA',
      detail: 'no health data arrived within the window',
      readings,
    };
  }
  return {
    success: false,
    reason: 'VERIFY_FAILED',
    detail: `not healthy within the window (last: ${last?.status ?? 'none'}${last?.detail ? `, ${last.detail}` : ''})`,
    readings,
  };
}
