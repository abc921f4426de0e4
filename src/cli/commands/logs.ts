/**
 * `homeostat logs templates`: mines log templates offline from a file of
 * messages (one per line) or the `Content` column of a loghub structured CSV,
 * and writes `LineId,EventId,EventTemplate`, one row per input line, with each
 * line given the final template of its group.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { HomeostatError } from '../../core/errors.js';
import { csvLine, parseCsvObjects } from '../../detect/logs/csv.js';
import { mineAll } from '../../detect/logs/miner.js';

interface TemplatesOptions {
  input: string;
  output?: string;
  loghub?: boolean;
}

/** Lines and their ids: the file's lines (1-based), or a loghub CSV's LineId and Content. */
function readInput(file: string, loghub: boolean): { ids: string[]; lines: string[] } {
  if (!existsSync(file)) throw new HomeostatError('HST_INPUT_INVALID', `--input ${file}: no such file`);
  const text = readFileSync(file, 'utf8');
  if (loghub) {
    const { header, rows } = parseCsvObjects(text);
    if (!header.includes('Content')) {
      throw new HomeostatError(
        'HST_INPUT_INVALID',
        `${file}: no Content column (header: ${header.join(',')}); is it a loghub _structured.csv?`,
      );
    }
    return {
      ids: rows.map((r, i) => (r.LineId !== undefined && r.LineId !== '' ? r.LineId : String(i + 1))),
      lines: rows.map((r) => r.Content ?? ''),
    };
  }
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { ids: lines.map((_, i) => String(i + 1)), lines };
}

/** Registers `logs` (with its `templates` subcommand) on the program. */
export function registerLogs(program: Command): void {
  const logs = program.command('logs').description('log template mining on files');
  logs
    .command('templates')
    .description('mine templates: writes LineId,EventId,EventTemplate (parameters as <*>) per input line')
    .requiredOption('--input <file>', 'one log message per line (or a loghub structured CSV with --loghub)')
    .option('--output <file>', 'CSV to write (default: standard output)')
    .option('--loghub', 'read the Content column of a loghub _structured.csv')
    .action((o: TemplatesOptions) => {
      const { ids, lines } = readInput(o.input, o.loghub === true);
      const mined = mineAll(lines);
      const rows = ['LineId,EventId,EventTemplate'];
      for (let i = 0; i < lines.length; i++) {
        const m = mined[i];
        rows.push(csvLine([ids[i] ?? String(i + 1), `E${m?.templateId ?? 0}`, m?.template ?? '']));
      }
      const csv = `${rows.join('\n')}\n`;
      if (o.output) {
        writeFileSync(o.output, csv);
        process.stderr.write(
          `${lines.length} lines, ${new Set(mined.map((m) => m.templateId)).size} templates → ${o.output}\n`,
        );
      } else process.stdout.write(csv);
    });
}
