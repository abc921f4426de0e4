/**
 * `homeostat demo`: starts the demo system, breaks it on a seeded chaos
 * schedule, prints each incident's progress as it happens, and ends with an
 * MTTR table. Every step is in the ledger under the demo's folder.
 */
import type { Action, Incident } from '../model/index.js';
import { type ChaosEvent, chaosSchedule } from './chaos.js';
import { type FaultOutcome, IncidentObserver, type InjectedFault } from './observer.js';
import { startDemoSystem } from './system.js';
import { Timeline } from './timeline.js';

export interface DemoOptions {
  readonly durationS: number;
  readonly seed: number;
  readonly dir: string;
  readonly faults?: readonly string[];
  /** No live timeline (the report is still returned). */
  readonly quiet: boolean;
  readonly out: NodeJS.WritableStream;
  /** Resolves when the user asks to stop (Ctrl-C). */
  readonly stopSignal?: Promise<void>;
}

export interface FaultResult {
  readonly at_s: number;
  readonly service: string;
  readonly fault: string;
  readonly incident: string | null;
  readonly detect_s: number | null;
  readonly diagnose_s: number | null;
  readonly act_s: number | null;
  readonly healed_s: number | null;
  readonly root_cause_top1: boolean;
  readonly state: string;
  readonly resolution: string | null;
}

export interface DemoReport {
  readonly duration_s: number;
  readonly faults: readonly FaultResult[];
  readonly healed: number;
  readonly escalated: number;
  readonly mttr_median_s: number | null;
  readonly false_remediations: number;
  readonly human_interventions: number;
  readonly ledger_ok: boolean;
  readonly ledger_entries: number;
}

export async function runDemo(opts: DemoOptions): Promise<DemoReport> {
  const t0 = Date.now();
  const timeline = new Timeline(opts.out, t0, !opts.quiet);
  const system = await startDemoSystem({ dir: opts.dir });
  const observer = new IncidentObserver(system.bus);
  system.bus.subscribe<Incident>('incident', (inc) => timeline.incident(inc));
  system.bus.subscribe<Action>('action', (a) => timeline.action(a));

  const schedule = chaosSchedule({
    durationS: opts.durationS,
    seed: opts.seed,
    services: system.services.map((s) => s.name),
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  timeline.banner(system, schedule, opts.durationS);
  const injected: InjectedFault[] = [];
  let stopped = false;
  void opts.stopSignal?.then(() => {
    stopped = true;
  });

  try {
    for (const ev of schedule) {
      const wait = t0 + ev.atS * 1000 - Date.now();
      if (wait > 0) await sleepUnless(wait, () => stopped);
      if (stopped) break;
      timeline.inject(ev);
      injected.push({
        service: ev.service,
        fault: ev.fault,
        at: Date.now(),
        expectedCause: expectedCause(ev),
      });
      await system
        .inject(ev.service, ev.fault)
        .catch((err) => timeline.note(`could not inject: ${String(err)}`));
    }
    const end = t0 + opts.durationS * 1000;
    if (!stopped && Date.now() < end) await sleepUnless(end - Date.now(), () => stopped);
    // Let incidents already in verification finish, within reason.
    const until = Date.now() + 30_000;
    while (observer.busy() && Date.now() < until && !stopped) await new Promise((r) => setTimeout(r, 250));
    const outcomes = observer.outcomes(injected);
    const verify = await system.runtime.ledger.verify();
    return summarize(outcomes, observer.remediationsOutside(injected, 60_000).length, t0, verify);
  } finally {
    observer.close();
    timeline.note('shutting down the demo services…');
    await system.shutdown();
  }
}

function expectedCause(ev: ChaosEvent): string {
  return ev.fault === 'crash' ? 'process-crashed' : 'process-hung';
}

function summarize(
  outcomes: readonly FaultOutcome[],
  falseRemediations: number,
  t0: number,
  verify: { ok: boolean; count: number },
): DemoReport {
  const faults: FaultResult[] = outcomes.map((o) => ({
    at_s: round1((o.fault.at - t0) / 1000) ?? 0,
    service: o.fault.service,
    fault: o.fault.fault,
    incident: o.incident?.id ?? null,
    detect_s: round1(o.detectS),
    diagnose_s: round1(o.diagnoseS),
    act_s: round1(o.actS),
    healed_s: round1(o.verifiedS),
    root_cause_top1: o.rootCauseTop1,
    state: o.incident?.state ?? 'not detected',
    resolution: o.incident?.resolution ?? null,
  }));
  const healedTimes = faults.flatMap((f) => (f.healed_s !== null ? [f.healed_s] : [])).sort((a, b) => a - b);
  return {
    duration_s: round1((Date.now() - t0) / 1000) ?? 0,
    faults,
    healed: faults.filter((f) => f.state === 'healed').length,
    escalated: faults.filter((f) => f.state === 'escalated' || f.state === 'rolled-back').length,
    mttr_median_s: healedTimes.length
      ? (healedTimes[Math.floor((healedTimes.length - 1) / 2)] ?? null)
      : null,
    false_remediations: falseRemediations,
    human_interventions: outcomes.reduce((n, o) => n + o.humanInterventions, 0),
    ledger_ok: verify.ok,
    ledger_entries: verify.count,
  };
}

async function sleepUnless(ms: number, stop: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && !stop())
    await new Promise((r) => setTimeout(r, Math.min(200, until - Date.now())));
}

function round1(x: number | undefined): number | null {
  return x === undefined ? null : Math.round(x * 10) / 10;
}
