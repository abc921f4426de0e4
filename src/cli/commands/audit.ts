/**
 * `homeostat audit verify|export`: the auditor's side of the ledger. verify
 * exits 0 when the chain is intact and 1 when it is broken, naming the first
 * bad entry; export writes CloudEvents JSON lines.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { systemClock } from '../../core/clock.js';
import { HomeostatError } from '../../core/errors.js';
import { exportCloudEvents, Ledger } from '../../ledger/ledger.js';
import { DEFAULT_STORE_URL, openStore } from '../../store/index.js';

/** Where the commands write; tests pass their own streams. */
export interface AuditIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Resolves relative store paths and output files; default process.cwd(). */
  readonly cwd?: string;
}

const STDIO: AuditIo = { stdout: process.stdout, stderr: process.stderr };

const VerifyOptions = z.object({
  store: z.string().min(1),
  json: z.boolean().default(false),
  anchor: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a 64-digit hex hash printed by an earlier verify')
    .optional(),
});

const ExportOptions = z.object({
  store: z.string().min(1),
  output: z.string().min(1).optional(),
  from: z.coerce.number().int().min(1).default(1),
  source: z.string().min(1).default('homeostat'),
});

function parse<T>(schema: z.ZodType<T>, raw: unknown, command: string): T {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new HomeostatError('HST_INPUT_INVALID', `${command}: --${issue?.path.join('.')}: ${issue?.message}`);
}

/**
 * Verifies the ledger of a store; resolves with the process exit code.
 * @example const code = await runAuditVerify({ store: 'sqlite:./.homeostat/homeostat.db' }, STDIO);
 */
export async function runAuditVerify(raw: Record<string, unknown>, io: AuditIo): Promise<number> {
  const o = parse(VerifyOptions, raw, 'audit verify');
  const store = await openStore(o.store, { create: false, ...(io.cwd ? { cwd: io.cwd } : {}) });
  try {
    const ledger = new Ledger(store, systemClock);
    const report = await ledger.verify({
      ...(o.anchor ? { anchor: o.anchor } : {}),
      progressEvery: 100_000,
      onProgress: (n) => {
        if (n > 0 && n % 100_000 === 0) io.stderr.write(`verified ${n.toLocaleString('en-US')} entries…\n`);
      },
    });
    if (o.json) {
      io.stdout.write(`${JSON.stringify({ store: o.store, ...report }, null, 2)}\n`);
    } else if (report.ok) {
      const head = report.head ? `, head ${report.head}` : '';
      io.stdout.write(`ledger ok: ${report.count.toLocaleString('en-US')} entries verified${head}\n`);
    } else {
      const bad = report.firstBad;
      io.stdout.write(
        `ledger BROKEN at seq ${bad?.seq} (position ${bad?.position}): ${bad?.reason}\n` +
          `  ${bad?.detail}\n` +
          `  ${report.count.toLocaleString('en-US')} ${report.count === 1 ? 'entry' : 'entries'} before it verified${report.head ? `; last good hash ${report.head}` : ''}\n`,
      );
    }
    return report.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

/**
 * Writes the ledger as CloudEvents JSON lines to a file or stdout; resolves with the exit code.
 * @example await runAuditExport({ store: 'sqlite:./.homeostat/homeostat.db', output: 'audit.jsonl' }, STDIO);
 */
export async function runAuditExport(raw: Record<string, unknown>, io: AuditIo): Promise<number> {
  const o = parse(ExportOptions, raw, 'audit export');
  const store = await openStore(o.store, { create: false, ...(io.cwd ? { cwd: io.cwd } : {}) });
  try {
    if (!o.output) {
      await exportCloudEvents(store, io.stdout, { fromSeq: o.from, source: o.source });
      return 0;
    }
    const file = resolve(io.cwd ?? process.cwd(), o.output);
    await mkdir(dirname(file), { recursive: true });
    const out = createWriteStream(file);
    const n = await exportCloudEvents(store, out, { fromSeq: o.from, source: o.source });
    out.end();
    await finished(out);
    io.stderr.write(`exported ${n.toLocaleString('en-US')} ledger entries to ${file}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Registers `homeostat audit verify` and `homeostat audit export`. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('verify or export the tamper-evident ledger');
  const storeOption = ['--store <url>', 'store URL (sqlite:<path>, sqlite::memory:, memory:)'] as const;
  const defaultStore = process.env.HOMEOSTAT_STORE ?? DEFAULT_STORE_URL;
  audit
    .command('verify')
    .description(
      'check the hash chain; exit 1 and name the first bad entry if anything was altered, removed, inserted or reordered',
    )
    .option(...storeOption, defaultStore)
    .option('--json', 'print the report as JSON', false)
    .option(
      '--anchor <hash>',
      'a head hash recorded earlier; fail if the chain no longer contains it (truncation)',
    )
    .action(async (opts: Record<string, unknown>) => {
      process.exitCode = await runAuditVerify(opts, STDIO);
    });
  audit
    .command('export')
    .description('write the ledger as CloudEvents 1.0 JSON lines')
    .option(...storeOption, defaultStore)
    .option('--output <file>', 'write to this file instead of stdout')
    .option('--from <seq>', 'first seq to export', '1')
    .option('--source <uri>', 'CloudEvents source attribute', 'homeostat')
    .action(async (opts: Record<string, unknown>) => {
      process.exitCode = await runAuditExport(opts, STDIO);
    });
}
