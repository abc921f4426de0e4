import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerDiagnose } from './diagnose.js';

const MIN = 60_000;
const T0 = Date.parse('2024-05-01T10:00:00Z');

/** A long CSV: db latency jumps at minute 60; api and web follow as symptoms. */
function fixture(): { metrics: string; topology: string } {
  const dir = mkdtempSync(join(tmpdir(), 'diag-'));
  const rows = ['timestamp,entity,indicator,value'];
  for (let m = 0; m <= 63; m++) {
    const t = new Date(T0 + m * MIN).toISOString();
    const wiggle = 1 + 0.05 * Math.sin(m * 1.7);
    const f = m >= 60;
    rows.push(`${t},db,server_latency_p90,${0.01 * wiggle + (f ? 0.08 : 0)}`);
    rows.push(`${t},api,server_latency_p90,${0.1 * wiggle + (f ? 0.4 : 0)}`);
    rows.push(`${t},web,server_latency_p90,${0.2 * wiggle + (f ? 0.5 : 0)}`);
    rows.push(`${t},web,cpu_usage,${30 * wiggle}`);
  }
  const metrics = join(dir, 'metrics.csv');
  writeFileSync(metrics, `${rows.join('\n')}\n`);
  const topology = join(dir, 'topology.yaml');
  writeFileSync(topology, 'edges:\n  - { from: web, to: api }\n  - { from: api, to: db }\n');
  return { metrics, topology };
}

async function run(args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const program = new Command('homeostat').exitOverride();
    registerDiagnose(program);
    await program.parseAsync(['diagnose', ...args], { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('homeostat diagnose', () => {
  it('ranks the slow dependency first and prints JSON with confidence and evidence', async () => {
    const { metrics, topology } = fixture();
    const at = new Date(T0 + 63 * MIN).toISOString();
    const out = JSON.parse(
      await run(['--metrics', metrics, '--topology', topology, '--at', at, '--json']),
    ) as {
      topology: { known: boolean };
      causes: { entity: string; cause: string; confidence: number; evidence: { kind: string }[] }[];
    };
    expect(out.topology.known).toBe(true);
    expect(out.causes[0]?.entity).toBe('db');
    expect(out.causes[0]?.cause).toBe('latency');
    expect(out.causes[0]?.confidence).toBeGreaterThan(out.causes[1]?.confidence ?? 1);
    expect(out.causes[0]?.evidence[0]?.kind).toBe('deviation');
  });

  it('prints a readable list and says when the topology is unknown; accepts epoch seconds', async () => {
    const { metrics } = fixture();
    const text = await run(['--metrics', metrics, '--at', String((T0 + 63 * MIN) / 1000), '--top', '2']);
    expect(text).toMatch(/topology unknown/);
    expect(text).toMatch(/^1\. \w+ {2}latency {2}confidence 0\.\d\d/m);
    expect(text).not.toMatch(/^3\./m);
  });

  it('rejects an unreadable time with the flag named', async () => {
    const { metrics } = fixture();
    await expect(run(['--metrics', metrics, '--at', 'yesterday'])).rejects.toThrow(/--at 'yesterday'/);
  });
});
