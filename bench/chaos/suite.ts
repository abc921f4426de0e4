/**
 * `homeostat bench chaos`: runs the demo's chaos schedule against the real
 * demo system `--runs` times and reports, per fault class, the time from the
 * fault to detection, diagnosis, action and verified health (median and p90),
 * how often the root cause was ranked first, remediations during benign
 * spikes, and how many times a person had to step in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { fullScheduleS } from '../../src/demo/chaos.js';
import { type DemoReport, type FaultResult, runDemo } from '../../src/demo/run.js';
import { median, progress, progressDone, quantile, table, writeJson } from '../report.js';

interface ClassFigures {
  readonly injected: number;
  readonly healed: number;
  readonly detect_s_median: number | null;
  readonly diagnose_s_median: number | null;
  readonly act_s_median: number | null;
  readonly verified_s_median: number | null;
  readonly verified_s_p90: number | null;
  readonly root_cause_top1_rate: number;
}

function figures(results: readonly FaultResult[]): ClassFigures {
  const pick = (f: (r: FaultResult) => number | null) =>
    results.flatMap((r) => (f(r) === null ? [] : [f(r) as number]));
  const med = (xs: number[]) => (xs.length ? round(median(xs)) : null);
  const healed = pick((r) => r.healed_s);
  return {
    injected: results.length,
    healed: healed.length,
    detect_s_median: med(pick((r) => r.detect_s)),
    diagnose_s_median: med(pick((r) => r.diagnose_s)),
    act_s_median: med(pick((r) => r.act_s)),
    verified_s_median: med(healed),
    verified_s_p90: healed.length ? round(quantile(healed, 0.9)) : null,
    root_cause_top1_rate: results.length
      ? round(results.filter((r) => r.root_cause_top1).length / results.length)
      : 0,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A fault's class: the fault, or 'repeat' for one escalated as symptom masking. */
function classOf(r: FaultResult): string {
  return r.resolution?.startsWith('REPEAT_FAULT') ? `${r.fault} (repeat → masking)` : r.fault;
}

export async function chaosSuite(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench chaos')
    .description('MTTR per fault class on the real demo system')
    .option('--runs <n>', 'how many runs of the schedule', '1')
    .option('--duration <s>', 'seconds per run (the full schedule needs this)', String(fullScheduleS()))
    .option('--faults <list>', 'only these faults (comma-separated catalogue names)')
    .option('--approve-after <ms>', 'the simulated person approves pending requests after this long', '5000')
    .option('--seed <n>', 'seed of the first run (each run adds 1)', '1')
    .option('--json <file>', 'write the figures as JSON')
    .option('--keep <dir>', 'keep each run’s store and ledger in <dir>/run-N (default: temporary, removed)')
    .exitOverride()
    .parse(args, { from: 'user' });
  const opts = cmd.opts<{
    runs: string;
    duration: string;
    seed: string;
    json?: string;
    faults?: string;
    approveAfter: string;
    keep?: string;
  }>();
  const runs = Math.max(1, Number(opts.runs) || 1);
  const reports: DemoReport[] = [];
  for (let i = 0; i < runs; i++) {
    progress(`bench chaos: run ${i + 1}/${runs} (${opts.duration} s)…`);
    const dir = opts.keep ? join(opts.keep, `run-${i + 1}`) : mkdtempSync(join(tmpdir(), 'homeostat-chaos-'));
    if (opts.keep) rmSync(dir, { recursive: true, force: true });
    try {
      reports.push(
        await runDemo({
          durationS: Number(opts.duration) || fullScheduleS(),
          seed: (Number(opts.seed) || 1) + i,
          dir,
          port: 0,
          approveAfterMs: Math.max(0, Number(opts.approveAfter) || 0),
          ...(opts.faults ? { faults: opts.faults.split(',').map((f) => f.trim()) } : {}),
          quiet: true,
          onFault: (ev, n, of) =>
            progress(
              `bench chaos: run ${i + 1}/${runs}, fault ${n + 1}/${of} at ${Math.round(ev.atS)} s: ${ev.fault} on ${ev.service}`,
            ),
          out: process.stdout,
        }),
      );
    } finally {
      if (!opts.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  progressDone();

  const all = reports.flatMap((r) => r.faults);
  const byClass = new Map<string, FaultResult[]>();
  for (const r of all) byClass.set(classOf(r), [...(byClass.get(classOf(r)) ?? []), r]);
  const classes = Object.fromEntries([...byClass].map(([k, v]) => [k, figures(v)]));
  const result = {
    runs,
    duration_s: Number(opts.duration) || fullScheduleS(),
    classes,
    overall: figures(all.filter((r) => !classOf(r).includes('masking') && r.fault !== 'benign-spike')),
    false_remediations: reports.reduce((n, r) => n + r.false_remediations, 0),
    human_interventions: reports.reduce((n, r) => n + r.human_interventions, 0),
    escalations: reports.reduce((n, r) => n + r.escalated, 0),
    ledger_ok: reports.every((r) => r.ledger_ok),
  };
  process.stdout.write(
    `${table(
      [
        'fault class',
        'n',
        'healed',
        'detect s',
        'diagnose s',
        'act s',
        'verified s (median)',
        'verified s (p90)',
        'cause #1',
      ],
      Object.entries(classes).map(([k, c]) => [
        k,
        c.injected,
        c.healed,
        c.detect_s_median,
        c.diagnose_s_median,
        c.act_s_median,
        c.verified_s_median,
        c.verified_s_p90,
        c.root_cause_top1_rate,
      ]),
      2,
    )}\n\nfalse remediations during benign spikes: ${result.false_remediations}; human interventions: ${
      result.human_interventions
    }; escalations: ${result.escalations}; ledger ${result.ledger_ok ? 'verified' : 'BROKEN'}\n`,
  );
  if (opts.json) writeJson(opts.json, result);
}
