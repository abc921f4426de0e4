/**
 * The chaos schedule: which fault hits which service when. Seeded, so a run
 * can be repeated; one service is crashed again and again so that symptom
 * masking shows (the fourth crash escalates instead of being healed).
 */
import { mulberry32 } from '../core/prng.js';

export type DemoFault = 'crash' | 'hang';
export const DEMO_FAULTS: readonly DemoFault[] = ['crash', 'hang'];

export interface ChaosEvent {
  readonly atS: number;
  readonly service: string;
  readonly fault: DemoFault;
}

export interface ChaosOptions {
  readonly durationS: number;
  readonly seed: number;
  readonly services: readonly string[];
  readonly faults?: readonly string[];
  /** Seconds between faults. */
  readonly spacingS?: number;
}

export function chaosSchedule(opts: ChaosOptions): ChaosEvent[] {
  const faults = (opts.faults?.length ? opts.faults : DEMO_FAULTS).filter((f): f is DemoFault =>
    (DEMO_FAULTS as readonly string[]).includes(f),
  );
  if (faults.length === 0) throw new Error(`no known fault in --faults; known: ${DEMO_FAULTS.join(', ')}`);
  const rand = mulberry32(opts.seed);
  const spacing = opts.spacingS ?? 10;
  const repeatOffender = opts.services[1] ?? opts.services[0] ?? 'catalog';
  const events: ChaosEvent[] = [];
  let i = 0;
  // Leave time at the end for the last heal to be verified.
  for (let at = 5; at <= opts.durationS - 20; at += spacing, i++) {
    const fault = faults[i % faults.length] ?? 'crash';
    // Every crash hits the same service, so symptom masking builds up: the fourth escalates.
    const others = opts.services.filter((s) => s !== repeatOffender);
    const service =
      fault === 'crash' ? repeatOffender : (others[Math.floor(rand() * others.length)] ?? repeatOffender);
    events.push({ atS: at, service, fault });
  }
  return events;
}
