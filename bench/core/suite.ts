/**
 * `homeostat bench core`: durable ledger appends per second, policy decisions
 * per second (and median µs per decision), and the engine's own overhead per
 * incident through the loop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { progress, progressDone, table, writeJson } from '../report.js';
import { benchLedgerAppends } from './ledger.js';
import { benchLoopOverhead } from './loop.js';
import { benchPolicyDecisions } from './policy.js';

export async function coreSuite(args: readonly string[]): Promise<void> {
  const cmd = new Command('bench core')
    .description('ledger appends/s, policy decisions/s, loop overhead per incident')
    .option('--json <file>', 'write the figures as JSON')
    .option('--incidents <n>', 'incidents through the loop', '300')
    .option('--seconds <s>', 'seconds of ledger appending', '3')
    .exitOverride()
    .parse(args, { from: 'user' });
  const opts = cmd.opts<{ json?: string; incidents: string; seconds: string }>();

  progress('bench core: ledger appends…');
  const dir = mkdtempSync(join(tmpdir(), 'homeostat-bench-ledger-'));
  const ledger = await benchLedgerAppends({ seconds: Number(opts.seconds), dir }).finally(() =>
    rmSync(dir, { recursive: true, force: true }),
  );
  progress('bench core: policy decisions…');
  const policy = benchPolicyDecisions();
  progress('bench core: loop overhead…');
  const loop = await benchLoopOverhead({ incidents: Number(opts.incidents) });
  progressDone();

  const result = {
    ledger_appends_per_s: ledger.ledger_appends_per_s,
    policy_decisions_per_s: policy.policy_decisions_per_s,
    policy_decision_median_us: policy.policy_decision_median_us,
    loop_overhead_median_ms: loop.loop_overhead_median_ms,
    ledger,
    policy,
    loop,
  };
  process.stdout.write(
    `${table(
      ['figure', 'value', 'aim'],
      [
        ['durable ledger appends per second', Math.round(result.ledger_appends_per_s), '≥ 10,000'],
        ['policy decisions per second', Math.round(result.policy_decisions_per_s), ''],
        ['policy decision, median µs', result.policy_decision_median_us, '< 50'],
        ['loop overhead per incident, median ms', result.loop_overhead_median_ms, ''],
        ['loop overhead per incident, p90 ms', loop.loop_overhead_p90_ms, ''],
        ['ledger entries per incident', loop.ledger_entries_per_incident, ''],
      ],
    )}\n`,
  );
  if (opts.json) writeJson(opts.json, result);
}
