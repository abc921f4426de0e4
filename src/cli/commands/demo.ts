/**
 * `homeostat demo` — what `npm start` runs: the whole loop against real local
 * services, a live timeline, and an MTTR table at the end.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { table } from '../../../bench/report.js';
import { HomeostatError } from '../../core/errors.js';
import { fullScheduleS } from '../../demo/chaos.js';
import { FAULT_NAMES } from '../../demo/faults/index.js';
import { type DemoReport, runDemo } from '../../demo/run.js';

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new HomeostatError('HST_INPUT_INVALID', `--${name} must be a positive whole number, got '${v}'`);
  return n;
}

function portNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `--port must be a whole number from 0 to 65535, got '${v}'`,
    );
  return n;
}

export function printMttr(report: DemoReport, out: NodeJS.WritableStream): void {
  out.write('\nMTTR — seconds from the fault to each stage\n');
  out.write(
    `${table(
      ['t (s)', 'service', 'fault', 'detected', 'diagnosed', 'acted', 'healed', 'cause #1', 'outcome'],
      report.faults.map((f) => [
        f.at_s,
        f.service,
        f.fault,
        f.detect_s,
        f.diagnose_s,
        f.act_s,
        f.healed_s,
        f.root_cause_top1 ? 'yes' : 'no',
        f.resolution ? `${f.state}: ${f.resolution}` : f.state,
      ]),
      1,
    )}\n`,
  );
  const mttr = report.mttr_median_s ?? '—';
  out.write(
    `\n${report.healed} healed, ${report.escalated} handed to a person, ${report.false_remediations} false remediations; ` +
      `median fault-to-healed ${mttr} s; ledger ${report.ledger_ok ? 'verified' : 'BROKEN'} (${report.ledger_entries} entries)\n`,
  );
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'heal a real local system live: services break on a schedule, homeostat detects, diagnoses, heals, verifies',
    )
    .option(
      '--duration <s>',
      'how long to run, in seconds (the full chaos schedule needs about 7 min)',
      String(fullScheduleS()),
    )
    .option('--seed <n>', 'seed of the chaos schedule', '1')
    .option('--faults <list>', `comma-separated faults to inject (${FAULT_NAMES.join(', ')})`)
    .option('--port <n>', 'port of the dashboard, API and receivers (default 7070, or any free one)')
    .option('--dir <dir>', 'folder for the store and ledger', '.homeostat/demo')
    .option('--keep', 'keep the previous demo run’s store instead of starting fresh')
    .option('--no-ui', 'no live timeline (the MTTR table is still printed)')
    .option('--json', 'print the report as JSON instead of tables')
    .action(
      async (opts: {
        duration: string;
        seed: string;
        faults?: string;
        port?: string;
        dir: string;
        keep?: boolean;
        ui: boolean;
        json?: boolean;
      }) => {
        const dir = resolve(opts.dir);
        if (!opts.keep) rmSync(dir, { recursive: true, force: true });
        let stop!: () => void;
        const stopSignal = new Promise<void>((r) => {
          stop = r;
        });
        const onSigint = () => {
          process.stderr.write('\nstopping… (Ctrl-C again to force)\n');
          process.off('SIGINT', onSigint);
          stop();
        };
        process.on('SIGINT', onSigint);
        process.on('SIGTERM', onSigint);
        const report = await runDemo({
          durationS: positiveInt('duration', opts.duration),
          seed: Number(opts.seed) || 1,
          dir,
          ...(opts.port !== undefined ? { port: portNumber(opts.port) } : {}),
          ...(opts.faults ? { faults: opts.faults.split(',').map((f) => f.trim()) } : {}),
          quiet: Boolean(opts.json) || !opts.ui,
          out: process.stdout,
          stopSignal,
        });
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else printMttr(report, process.stdout);
        process.stdout.write(
          `\nstore and ledger: ${dir} — try: npx homeostat incidents --store sqlite:${dir}/homeostat.db\n`,
        );
      },
    );
}
