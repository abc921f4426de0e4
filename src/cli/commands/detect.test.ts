import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAD_WEIGHT } from '../../detect/baseline/offline.js';
import { runDetect } from './detect.js';

function series(): string {
  const lines = ['timestamp,value'];
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 0; i < 1200; i++) {
    const ts = new Date(t0 + i * 300_000).toISOString().replace('T', ' ').slice(0, 19);
    lines.push(`${ts},${i === 1000 ? 900 : 100 + Math.sin(i * 1.3) * 3}`);
    if (i === 500) lines.push('garbage,1');
  }
  return `${lines.join('\n')}\n`;
}

describe('homeostat detect', () => {
  it('writes one scored row per valid input row in order, skips bad lines by name, and summarises', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hst-detect-'));
    const input = join(dir, 'in.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, series());
    const warnings: string[] = [];
    const stdout = runDetect({ input, output, json: true, threshold: '0.5', top: '3' }, (l) =>
      warnings.push(l),
    );
    expect(warnings).toEqual([expect.stringMatching(/in\.csv:503: unreadable timestamp 'garbage'/)]);
    const out = readFileSync(output, 'utf8').trim().split('\n');
    expect(out[0]).toBe('timestamp,value,anomaly_score');
    expect(out).toHaveLength(1201);
    expect(out[1]).toMatch(/^2024-01-01 00:00:00,100,0\.\d{6}$/);
    const summary = JSON.parse(stdout) as {
      rows: number;
      anomalies: number;
      top: { timestamp: string; explanation: { observed: number } }[];
    };
    expect(summary.rows).toBe(1200);
    expect(summary.anomalies).toBeGreaterThanOrEqual(1);
    expect(summary.top[0]?.explanation.observed).toBe(900);
  });

  it('fails clearly when no row is valid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hst-detect-'));
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'timestamp,value\nx,y\n');
    expect(() => runDetect({ input, threshold: '0.5', top: '3' }, () => {})).toThrow(/no valid/);
  });

  it('scores with the detector asked for, and names a detector it does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hst-detect-'));
    const input = join(dir, 'in.csv');
    writeFileSync(input, series());
    const score = (detector: string) =>
      runDetect({ input, threshold: '0.5', top: '3', detector }, () => undefined)
        .trim()
        .split('\n')
        .map((l) => l.split(',')[2]);
    const baseline = score('baseline');
    const ensemble = score('ensemble');
    const cad = score('cad');
    expect(baseline).toHaveLength(ensemble.length);
    expect(cad).toHaveLength(ensemble.length);
    // The ensemble is the larger of its baseline and the weighted shape score, point by point.
    for (let i = 1; i < cad.length; i++)
      expect(Number(ensemble[i])).toBeGreaterThanOrEqual(CAD_WEIGHT * Number(cad[i]) - 1e-6);
    expect(ensemble).not.toEqual(baseline);
    expect(() => score('magic')).toThrow(/--detector must be one of ensemble, baseline, cad, got 'magic'/);
  });
});
