/**
 * `homeostat demo`: starts the demo system, breaks it on a seeded chaos
 * schedule, prints each incident's progress as it happens, and ends with an
 * MTTR table. Every step is in the ledger under the demo's folder.
 */
import type { Action, ApprovalRequest, Incident } from '../model/index.js';
import { type ChaosEvent, chaosSchedule } from './chaos.js';
import { faultByName } from './faults/index.js';
import { type FaultOutcome, IncidentObserver, type InjectedFault } from './observer.js';
import { type DemoSystem, startDemoSystem } from './system.js';
import { Timeline } from './timeline.js';

export interface DemoOptions {
  readonly durationS: number;
  readonly seed: number;
  readonly dir: string;
  readonly faults?: readonly string[];
  /** homeostat's port (default 7070 when free). */
  readonly port?: number;
  /** No live timeline (the report is still returned). */
  readonly quiet: boolean;
  readonly out: NodeJS.WritableStream;
  /** Resolves when the user asks to stop (Ctrl-C). */
  readonly stopSignal?: Promise<void>;
  /**
   * Plays the person at the dashboard: approves each pending request this long after it
   * appears, through the API with the approver token (benchmarks; each counts as a human
   * intervention). Off by default: in the demo a person clicks, or the request expires.
   */
  readonly approveAfterMs?: number;
  /** Told of each fault as it is injected (a benchmark's progress line). */
  readonly onFault?: (ev: ChaosEvent, index: number, of: number) => void;
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
  const schedule = chaosSchedule({
    durationS: opts.durationS,
    seed: opts.seed,
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  timeline.note('starting the demo services…');
  const system = await startDemoSystem({
    dir: opts.dir,
    seed: opts.seed,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
  });
  const observer = new IncidentObserver(system.bus);
  const unsubscribe = [
    system.bus.subscribe<Incident>('incident', (inc) => timeline.incident(inc)),
    system.bus.subscribe<Action>('action', (a) => timeline.action(a)),
    system.bus.subscribe<ApprovalRequest>('approval', (req) => {
      timeline.approval(req, system.signInUrl('approver'));
      if (opts.approveAfterMs !== undefined && req.state === 'pending')
        setTimeout(() => void approveAsPerson(system, req.id), opts.approveAfterMs).unref();
    }),
  ];
  timeline.banner(system, schedule, opts.durationS);
  const injected: InjectedFault[] = [];
  const clears: { atS: number; ev: ChaosEvent }[] = [];
  let stopped = false;
  void opts.stopSignal?.then(() => {
    stopped = true;
  });
  const runClears = async (untilS: number) => {
    for (const c of clears.filter((x) => x.atS <= untilS)) {
      clears.splice(clears.indexOf(c), 1);
      timeline.note(`the world recovers: ${c.ev.fault} on ${c.ev.service} ends by itself`);
      await faultByName(c.ev.fault)
        .clear?.(
          { supervisor: system.supervisor, providerStateFile: system.specs.providerStateFile },
          c.ev.service,
        )
        .catch(() => undefined);
    }
  };

  try {
    for (const ev of schedule) {
      while (!stopped && Date.now() < t0 + ev.atS * 1000) {
        await sleepUnless(Math.min(500, t0 + ev.atS * 1000 - Date.now()), () => stopped);
        await runClears((Date.now() - t0) / 1000);
      }
      if (stopped) break;
      const def = faultByName(ev.fault);
      timeline.inject(ev, def.describe);
      opts.onFault?.(ev, injected.length, schedule.length);
      injected.push({
        service: ev.service,
        fault: ev.fault,
        at: Date.now(),
        ...(def.expectedCause ? { expectedCause: def.expectedCause } : {}),
        ...(def.expectedCause === null ? { benign: true } : {}),
      });
      if (ev.clearAtS !== undefined) clears.push({ atS: ev.clearAtS, ev });
      await system
        .inject(ev.fault, ev.service)
        .catch((err) => timeline.note(`could not inject: ${String(err)}`));
    }
    const end = t0 + opts.durationS * 1000;
    while (!stopped && Date.now() < end) {
      await sleepUnless(Math.min(500, end - Date.now()), () => stopped);
      await runClears((Date.now() - t0) / 1000);
    }
    // Let incidents already in verification finish, within reason.
    const until = Date.now() + 30_000;
    while (observer.busy() && Date.now() < until && !stopped) await new Promise((r) => setTimeout(r, 250));
    const outcomes = observer.outcomes(injected);
    const verify = await system.runtime.ledger.verify();
    return summarize(outcomes, observer.remediationsOutside(injected, 90_000).length, t0, verify);
  } finally {
    for (const u of unsubscribe) u();
    observer.close();
    timeline.note('shutting down the demo services…');
    await system.shutdown();
  }
}

/** Approves a pending request through the HTTP API, as the person holding the approver token would. */
async function approveAsPerson(system: DemoSystem, id: string): Promise<void> {
  await fetch(`${system.url}/api/v1/approvals/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
    headers: { authorization: `Bearer ${system.tokens.approver}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'checked the diagnosis and the proposed change' }),
  }).catch(() => undefined);
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
