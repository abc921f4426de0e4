/**
 * `homeostat demo`: starts the demo system, breaks it on a seeded chaos
 * schedule, prints each incident's progress as it happens, and ends with an
 * MTTR table. Every step is in the ledger under the demo's folder.
 */
import type { Action, Incident } from '../model/index.js';
import { TERMINAL_INCIDENT_STATES } from '../model/index.js';
import { type ChaosEvent, chaosSchedule } from './chaos.js';
import { type DemoSystem, startDemoSystem } from './system.js';
import { Timeline } from './timeline.js';

export interface DemoOptions {
  readonly durationS: number;
  readonly seed: number;
  readonly dir: string;
  readonly faults?: readonly string[];
  readonly json: boolean;
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
  readonly healed_s: number | null;
  readonly state: string;
  readonly resolution: string | null;
}

export interface DemoReport {
  readonly duration_s: number;
  readonly faults: readonly FaultResult[];
  readonly healed: number;
  readonly escalated: number;
  readonly mttr_median_s: number | null;
  readonly ledger_ok: boolean;
  readonly ledger_entries: number;
}

export async function runDemo(opts: DemoOptions): Promise<DemoReport> {
  const t0 = Date.now();
  const timeline = new Timeline(opts.out, t0, !opts.json);
  const system = await startDemoSystem({ dir: opts.dir });
  const incidents = new Map<string, Incident>();
  const firstAnomalyAt = new Map<string, number>();
  system.bus.subscribe<Incident>('incident', (inc) => {
    incidents.set(inc.id, inc);
    const first = Math.min(...inc.anomalies.map((a) => a.at));
    if (Number.isFinite(first) && !firstAnomalyAt.has(inc.id)) firstAnomalyAt.set(inc.id, first);
    timeline.incident(inc);
  });
  system.bus.subscribe<Action>('action', (a) => timeline.action(a));

  const schedule = chaosSchedule({
    durationS: opts.durationS,
    seed: opts.seed,
    services: system.services.map((s) => s.name),
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  timeline.banner(system, schedule, opts.durationS);
  const injected: (ChaosEvent & { atMs: number })[] = [];
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
      injected.push({ ...ev, atMs: Date.now() });
      await system
        .inject(ev.service, ev.fault)
        .catch((err) => timeline.note(`could not inject: ${String(err)}`));
    }
    const end = t0 + opts.durationS * 1000;
    if (!stopped && Date.now() < end) await sleepUnless(end - Date.now(), () => stopped);
    // Let incidents already in verification finish, within reason.
    await settle(incidents, 30_000, () => stopped);
    return await report(system, injected, incidents, firstAnomalyAt, t0);
  } finally {
    timeline.note('shutting down the demo services…');
    await system.shutdown();
  }
}

async function report(
  system: DemoSystem,
  injected: readonly (ChaosEvent & { atMs: number })[],
  incidents: Map<string, Incident>,
  firstAnomalyAt: Map<string, number>,
  t0: number,
): Promise<DemoReport> {
  const used = new Set<string>();
  const faults: FaultResult[] = injected.map((ev) => {
    const inc = [...incidents.values()]
      .filter(
        (i) =>
          !used.has(i.id) &&
          i.entities.includes(`service:${ev.service}` as never) &&
          i.openedAt >= ev.atMs - 1000,
      )
      .sort((a, b) => a.openedAt - b.openedAt)[0];
    if (inc) used.add(inc.id);
    const detected = inc ? (firstAnomalyAt.get(inc.id) ?? inc.openedAt) : undefined;
    return {
      at_s: round1((ev.atMs - t0) / 1000),
      service: ev.service,
      fault: ev.fault,
      incident: inc?.id ?? null,
      detect_s: detected !== undefined ? round1((detected - ev.atMs) / 1000) : null,
      healed_s: inc?.state === 'healed' && inc.closedAt ? round1((inc.closedAt - ev.atMs) / 1000) : null,
      state: inc?.state ?? 'not detected',
      resolution: inc?.resolution ?? null,
    };
  });
  const healedTimes = faults.flatMap((f) => (f.healed_s !== null ? [f.healed_s] : [])).sort((a, b) => a - b);
  const verify = await system.runtime.ledger.verify();
  return {
    duration_s: round1((Date.now() - t0) / 1000),
    faults,
    healed: faults.filter((f) => f.state === 'healed').length,
    escalated: faults.filter((f) => f.state === 'escalated' || f.state === 'rolled-back').length,
    mttr_median_s: healedTimes.length
      ? (healedTimes[Math.floor((healedTimes.length - 1) / 2)] ?? null)
      : null,
    ledger_ok: verify.ok,
    ledger_entries: verify.count,
  };
}

async function settle(incidents: Map<string, Incident>, maxMs: number, stop: () => boolean): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until && !stop()) {
    const busy = [...incidents.values()].some(
      (i) => !TERMINAL_INCIDENT_STATES.has(i.state) && i.state !== 'awaiting-approval',
    );
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function sleepUnless(ms: number, stop: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && !stop())
    await new Promise((r) => setTimeout(r, Math.min(200, until - Date.now())));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
