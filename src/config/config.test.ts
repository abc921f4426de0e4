import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCode } from '../core/errors.js';
import { loadConfig, parseConfigText, resolveSecret } from './load.js';
import { STARTER_CONFIG } from './starter.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fails(text: string): string {
  try {
    parseConfigText(text, 'homeostat.yaml');
  } catch (err) {
    expect(isCode(err, 'HST_CONFIG_INVALID')).toBe(true);
    return (err as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('homeostat.yaml', () => {
  it('the starter config that init writes is valid', () => {
    const c = parseConfigText(STARTER_CONFIG, 'homeostat.yaml');
    expect(c.server.port).toBe(7070);
    expect(c.services).toEqual([]);
  });

  it('names file, line and field for a wrong type', () => {
    const msg = fails('version: 1\nserver:\n  port: seventy\n');
    expect(msg).toMatch(/^homeostat\.yaml:3:9: server\.port: /);
  });

  it('names an unknown field, a YAML syntax error, and a service without a command', () => {
    expect(fails('version: 1\nsevrer: {}\n')).toMatch(/homeostat\.yaml:2:1: sevrer: unknown field 'sevrer'/);
    expect(fails('version: 1\nserver: [\n')).toMatch(/homeostat\.yaml:\d+:\d+: \(yaml\)/);
    expect(fails('version: 1\nservices:\n  - name: api\n')).toMatch(/services\[0\]\.command/);
  });

  it("refuses a token named 'engine'", () => {
    expect(fails('version: 1\nserver:\n  tokens:\n    - { name: engine, role: admin, token: x }\n')).toMatch(
      /engine/,
    );
  });

  it('resolves relative paths against the config file folder', () => {
    const file = join(dir, 'homeostat.yaml');
    writeFileSync(
      file,
      'version: 1\nstore: sqlite:./data/h.db\npolicy: policy.yaml\nservices:\n  - { name: api, command: [node, s.js], cwd: api }\n',
    );
    const c = loadConfig(file);
    expect(c.store).toBe(`sqlite:${join(dir, 'data/h.db')}`);
    expect(c.policy).toBe(join(dir, 'policy.yaml'));
    expect(c.services[0]?.cwd).toBe(join(dir, 'api'));
  });

  it('reads secrets from the environment and names a missing variable', () => {
    process.env.HST_TEST_TOKEN = 's3cret';
    expect(resolveSecret('env:HST_TEST_TOKEN', 'token')).toBe('s3cret');
    expect(() => resolveSecret('env:HST_NOPE_TOKEN', 'server.tokens[0]')).toThrow(
      /HST_NOPE_TOKEN is not set/,
    );
  });

  it('names a missing file', () => {
    expect(() => loadConfig(join(dir, 'nope.yaml'))).toThrow(/nope\.yaml: cannot read/);
  });
});
