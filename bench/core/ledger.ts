/**
 * Durable ledger appends per second into a real SQLite file with
 * synchronous=FULL: every append has resolved only once its batch is fsynced.
 * Many concurrent appenders let group commit share one fsync per batch (how
 * the engine writes under load); one appender alone shows the per-fsync floor.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../src/core/clock.js';
import { Ledger } from '../../src/ledger/ledger.js';
import { SqliteStore } from '../../src/store/sqlite.js';

export interface LedgerBenchOptions {
  /** Seconds of concurrent appending (default 3); the single-appender run takes a third of it. */
  readonly seconds?: number;
  /** A scratch folder for the database files. */
  readonly dir: string;
  /** Concurrent appenders (default 64). */
  readonly appenders?: number;
}

export interface LedgerBenchResult {
  /** Durable appends/s with concurrent appenders (group commit). */
  readonly ledger_appends_per_s: number;
  /** Durable appends/s from a single sequential appender. */
  readonly ledger_appends_single_per_s: number;
  readonly ledger_appenders: number;
  /** Mean entries per store transaction (one fsync each) in the concurrent run. */
  readonly ledger_batch_mean: number;
  /** Entries per second that `verify` re-hashes and checks. */
  readonly ledger_verify_per_s: number;
  readonly ledger_entries: number;
  readonly ledger_synchronous: 'FULL';
}

/** A payload the size of a typical decision entry (~300 bytes of JSON). */
function payload(i: number): Record<string, unknown> {
  return {
    rule: 'low-risk-auto',
    mode: 'auto',
    remedy: 'infra.restart',
    target: { entity: `service:svc-${i % 16}`, kind: 'service', labels: { env: 'prod', team: 'payments' } },
    confidence: 0.87,
    evidence: ['error rate 14% vs 0.2–1.1% (monday 09:00)', 'process exited with code 137'],
    n: i,
  };
}

async function run(
  dir: string,
  name: string,
  appenders: number,
  seconds: number,
): Promise<{ count: number; elapsed: number; batches: number; ledger: Ledger; store: SqliteStore }> {
  const store = new SqliteStore({ path: join(dir, `${name}.db`), synchronous: 'FULL' });
  await store.init();
  let batches = 0;
  const append = store.appendLedger.bind(store);
  store.appendLedger = (entries) => {
    batches++;
    return append(entries);
  };
  const ledger = new Ledger(store, systemClock, { policyHash: 'bench-policy' });
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async (w: number): Promise<void> => {
    while (performance.now() < end) {
      await ledger.append({ type: 'decision', incidentId: `inc-${w}`, payload: payload(count) });
      count++;
    }
  };
  await Promise.all(Array.from({ length: appenders }, (_, w) => worker(w)));
  return { count, elapsed: (performance.now() - start) / 1000, batches, ledger, store };
}

/**
 * Measures durable appends/s (concurrent and single) and verify throughput.
 * @example const r = await benchLedgerAppends({ seconds: 3, dir: mkdtempSync(join(tmpdir(), 'b-')) });
 */
export async function benchLedgerAppends(opts: LedgerBenchOptions): Promise<LedgerBenchResult> {
  const seconds = opts.seconds ?? 3;
  const appenders = Math.max(1, opts.appenders ?? 64);

  // A fresh sub-folder per call, so that repeated runs never append to an earlier chain.
  const dir = mkdtempSync(join(opts.dir, 'ledger-'));
  const many = await run(dir, 'concurrent', appenders, seconds);
  const verifyStart = performance.now();
  const report = await many.ledger.verify();
  const verifySeconds = (performance.now() - verifyStart) / 1000;
  await many.store.close();
  if (!report.ok || report.count !== many.count) {
    throw new Error(`bench ledger: the chain written does not verify: ${JSON.stringify(report.firstBad)}`);
  }

  const one = await run(dir, 'single', 1, seconds / 3);
  await one.store.close();

  return {
    ledger_appends_per_s: many.count / many.elapsed,
    ledger_appends_single_per_s: one.count / one.elapsed,
    ledger_appenders: appenders,
    ledger_batch_mean: many.count / Math.max(1, many.batches),
    ledger_verify_per_s: report.count / Math.max(verifySeconds, 1e-9),
    ledger_entries: many.count,
    ledger_synchronous: 'FULL',
  };
}
