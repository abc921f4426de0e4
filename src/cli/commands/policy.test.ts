import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerPolicy } from './policy.js';

async function run(args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    const program = new Command('homeostat').exitOverride();
    registerPolicy(program);
    await program.parseAsync(args, { from: 'user' });
    return { out, err, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = before;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('homeostat policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hst-cli-policy-'));

  it('check prints OK and the hash for a valid file', async () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, 'version: 1\nrules: [{ id: a, mode: deny }]\n');
    const r = await run(['policy', 'check', file]);
    expect(r.exitCode).toBe(0);
    expect(r.out).toMatch(new RegExp(`^OK ${file}\\nhash [0-9a-f]{64}\\n1 rules`));
  });

  it('check prints file:line: reason and exits 1 for an invalid file', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\nrules:\n  - id: a\n    mode: sometimes\n');
    const r = await run(['policy', 'check', file]);
    expect(r.exitCode).toBe(1);
    expect(r.err).toContain(`${file}:4:11: rules[0].mode:`);
    expect(r.out).toBe('');
  });

  it('schema prints the committed JSON Schema', async () => {
    const r = await run(['policy', 'schema']);
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../../schemas/policy.schema.json'),
      'utf8',
    );
    expect(r.out).toBe(committed);
    expect(JSON.parse(r.out).properties.rules.type).toBe('array');
  });
});
