import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HomeostatError } from '../core/errors.js';
import { Policy } from './policy.js';
import { policyJsonSchemaText } from './policy-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'hst-policy-'));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function loadError(file: string): HomeostatError {
  try {
    Policy.load(file);
  } catch (err) {
    if (err instanceof HomeostatError) return err;
    throw err;
  }
  throw new Error(`${file} loaded without error`);
}

describe('malformed policy files', () => {
  it('reports a YAML syntax error with file and line', () => {
    const file = write('syntax.yaml', 'version: 1\nrules:\n  - id: a\n    mode: [auto\n');
    const err = loadError(file);
    expect(err.code).toBe('HST_POLICY_INVALID');
    expect(err.message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: \\(yaml\\): `),
    );
    expect(err.details?.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a duplicate YAML key', () => {
    const err = loadError(write('dupkey.yaml', 'version: 1\nversion: 1\n'));
    expect(err.message).toContain('dupkey.yaml:2:');
  });

  it('names the line of an unknown mode', () => {
    const file = write(
      'mode.yaml',
      'version: 1\nrules:\n  - id: a\n    mode: auto\n  - id: b\n    mode: yolo\n',
    );
    const err = loadError(file);
    expect(err.message).toContain(`${file}:6:11: rules[1].mode: `);
    expect(err.message).toContain('auto+review');
  });

  it('names the second occurrence of a duplicate rule id', () => {
    const file = write(
      'dup.yaml',
      'version: 1\nrules:\n  - id: same\n    mode: auto\n  - id: same\n    mode: deny\n',
    );
    const err = loadError(file);
    expect(err.message).toBe(`${file}:5:9: rules[1].id: duplicate id 'same' (first used at rules[0])`);
  });

  it('names a wrong type, an unknown field and a bad time, each at its line', () => {
    const file = write(
      'types.yaml',
      [
        'version: 1',
        'limits:',
        '  maxConcurrentActions: three',
        'rules:',
        '  - id: r',
        '    mode: auto',
        '    match: { riks: [low] }',
        'maintenanceWindows:',
        '  - { id: w, start: "25:00", end: "02:00", mode: deny, timezone: Mars/Olympus }',
        '',
      ].join('\n'),
    );
    const err = loadError(file);
    const lines = err.message.split('\n');
    expect(lines[0]).toMatch(/types\.yaml:3:25: limits\.maxConcurrentActions: .*number/);
    expect(lines[1]).toBe(`${file}:7:14: rules[0].match.riks: unknown field 'riks'`);
    expect(
      lines.some((l) => l.includes(':9:') && l.includes('maintenanceWindows[0].start: must be HH:MM')),
    ).toBe(true);
    expect(
      lines.some((l) => l.includes(':9:') && l.includes('maintenanceWindows[0].timezone: must be an IANA')),
    ).toBe(true);
  });

  it('points a missing field at its parent and rejects equal start and end', () => {
    const file = write('missing.yaml', 'version: 1\nrules:\n  - id: r\n    match: {}\n');
    expect(loadError(file).message).toContain(`${file}:3:5: rules[0].mode: `);
    const w = write(
      'window.yaml',
      'version: 1\nmaintenanceWindows:\n  - { id: w, start: "02:00", end: "02:00", mode: deny }\n',
    );
    expect(loadError(w).message).toContain('maintenanceWindows[0].end: start and end must differ');
  });

  it('rejects an empty document, a wrong version, and an unreadable file', () => {
    expect(loadError(write('empty.yaml', '')).message).toContain(
      'empty.yaml:1:1: (root): a policy is a YAML mapping',
    );
    expect(loadError(write('v2.yaml', 'version: 2\n')).message).toContain('v2.yaml:1:10: version: ');
    expect(loadError(join(dir, 'nope.yaml')).message).toMatch(/nope\.yaml:1:1: \(file\): cannot read/);
  });
});

describe('shipped policy files', () => {
  const root = resolve(import.meta.dirname, '../..');

  it('examples/policy.yaml is valid', () => {
    const p = Policy.load(join(root, 'examples/policy.yaml'));
    expect(p.doc.rules.length).toBeGreaterThan(3);
  });

  it('schemas/policy.schema.json is current', () => {
    const committed = readFileSync(join(root, 'schemas/policy.schema.json'), 'utf8');
    expect(
      committed === policyJsonSchemaText(),
      'schemas/policy.schema.json is stale; regenerate: homeostat policy schema > schemas/policy.schema.json',
    ).toBe(true);
  });
});
