/**
 * The chaos schedule: which fault of the catalogue hits which service when.
 * One fault at a time, each given the time its heal usually takes, so every
 * incident can be told apart; catalog crashes again and again so symptom
 * masking shows (the fourth crash escalates instead of being healed). Seeded
 * jitter moves the faults a little between runs.
 */
import { mulberry32 } from '../core/prng.js';
import { FAULT_NAMES, type FaultName, faultByName } from './faults/index.js';

export interface ChaosEvent {
  readonly atS: number;
  readonly service: string;
  readonly fault: FaultName;
  /** When the world outside undoes the fault by itself (e.g. the provider recovers), if it does. */
  readonly clearAtS?: number;
}

export interface ChaosOptions {
  readonly durationS: number;
  readonly seed: number;
  /** Only these faults (catalogue names). */
  readonly faults?: readonly string[];
  /** Seconds before the first fault, for the baselines to learn the quiet system. */
  readonly warmupS?: number;
}

/** The order of a full run, and the seconds each step needs before the next fault. */
const SCRIPT: readonly { fault: FaultName; service?: string; gapS: number; clearAfterS?: number }[] = [
  { fault: 'crash', service: 'catalog', gapS: 15 },
  { fault: 'pool-exhaustion', gapS: 20 },
  { fault: 'hang', service: 'cart', gapS: 20 },
  { fault: 'benign-spike', gapS: 25 },
  { fault: 'crash', service: 'catalog', gapS: 15 },
  { fault: 'latency', service: 'payments', gapS: 25 },
  { fault: 'memory-leak', service: 'cart', gapS: 30 },
  { fault: 'crash', service: 'catalog', gapS: 15 },
  // The slow carrier recovers after a minute; the extra workers are then scaled back in.
  { fault: 'saturated-queue', gapS: 30, clearAfterS: 60 },
  { fault: 'bad-config', gapS: 25 },
  // The fourth crash of catalog in a day: symptom masking, handed to a person.
  { fault: 'crash', service: 'catalog', gapS: 15 },
  // The provider recovers by itself a while after the kill switch gave up.
  { fault: 'upstream-latency', gapS: 55, clearAfterS: 50 },
  // Payments is regulated: its rollback waits for an approver.
  { fault: 'bad-release', service: 'payments', gapS: 45 },
  // Only a reset on an empty state folder helps: high risk, so it waits for an approver too.
  { fault: 'corrupt-state', gapS: 40 },
];

/** Seconds the full schedule needs, with time at the end for the last heal to be verified. */
export function fullScheduleS(warmupS = 20): number {
  return warmupS + SCRIPT.reduce((s, e) => s + e.gapS, 0) + 10;
}

export function chaosSchedule(opts: ChaosOptions): ChaosEvent[] {
  const wanted = opts.faults?.length ? new Set(opts.faults) : undefined;
  if (wanted) {
    const unknown = [...wanted].filter((f) => !(FAULT_NAMES as readonly string[]).includes(f));
    if (unknown.length)
      throw new Error(
        `unknown fault(s) in --faults: ${unknown.join(', ')}; known: ${FAULT_NAMES.join(', ')}`,
      );
  }
  const steps = SCRIPT.filter((s) => !wanted || wanted.has(s.fault));
  const rand = mulberry32(opts.seed);
  const events: ChaosEvent[] = [];
  let at = opts.warmupS ?? 20;
  for (const step of steps) {
    // Leave the last fault its whole gap to be healed and verified before the run ends.
    if (at + step.gapS > opts.durationS) break;
    const jitter = Math.round(rand() * 3 * 10) / 10;
    const atS = at + jitter;
    events.push({
      atS,
      fault: step.fault,
      service: step.service ?? faultByName(step.fault).target,
      ...(step.clearAfterS ? { clearAtS: atS + step.clearAfterS } : {}),
    });
    at += step.gapS;
  }
  return events;
}
