import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../detect/logs/csv.js';
import { registerLogs } from './logs.js';

async function run(args: string[]): Promise<void> {
  const program = new Command('homeostat').exitOverride();
  registerLogs(program);
  await program.parseAsync(['logs', 'templates', ...args], { from: 'user' });
}

describe('homeostat logs templates', () => {
  it('writes LineId,EventId,EventTemplate for every line of a plain log, quoting as needed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logs-'));
    const input = join(dir, 'app.log');
    writeFileSync(
      input,
      [
        'Accepted connection from 10.0.0.1, port 5000',
        'Accepted connection from 10.0.0.2, port 5001',
        'worker "alpha" stopped',
        '',
        'Accepted connection from 10.0.0.3, port 5002',
      ].join('\n'),
    );
    const output = join(dir, 'out.csv');
    await run(['--input', input, '--output', output]);
    const rows = parseCsv(readFileSync(output, 'utf8'));
    expect(rows[0]).toEqual(['LineId', 'EventId', 'EventTemplate']);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r[0])).toEqual(['LineId', '1', '2', '3', '4', '5']);
    expect(rows[1]?.[2]).toBe('Accepted connection from <*>, port <*>');
    expect(rows[5]?.[1]).toBe(rows[1]?.[1]);
    expect(rows[3]?.[2]).toBe('worker "alpha" stopped');
    expect(readFileSync(output, 'utf8')).toContain('"Accepted connection from <*>, port <*>"');
  });

  it('reads the Content column of a loghub structured CSV with --loghub', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logs-'));
    const input = join(dir, 'x_structured.csv');
    writeFileSync(
      input,
      [
        'LineId,Level,Content,EventId,EventTemplate',
        '7,INFO,"Got exception while serving blk_1 to /10.0.0.1:",E1,x',
        '8,INFO,"Got exception while serving blk_2 to /10.0.0.2:",E1,x',
        '9,WARN,"Verification succeeded for blk_3",E2,y',
      ].join('\n'),
    );
    const output = join(dir, 'out.csv');
    await run(['--input', input, '--output', output, '--loghub']);
    const rows = parseCsv(readFileSync(output, 'utf8'));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['7', '8', '9']);
    expect(rows[1]?.[2]).toBe('Got exception while serving <*> to <*>:');
    expect(rows[3]?.[2]).toBe('Verification succeeded for <*>');
    await expect(run(['--input', join(dir, 'missing.csv')])).rejects.toThrow(/no such file/);
    writeFileSync(join(dir, 'bad.csv'), 'a,b\n1,2\n');
    await expect(run(['--input', join(dir, 'bad.csv'), '--loghub'])).rejects.toThrow(/no Content column/);
  });
});
