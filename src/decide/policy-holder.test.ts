import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PolicyEvent, PolicyHolder } from './policy-holder.js';

const V1 = 'version: 1\ndefaults: { low: auto }\n';
const V2 = 'version: 1\ndefaults: { low: approve }\n';
const BAD = 'version: 1\ndefaults:\n  low: sometimes\n';

function fixture(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'hst-holder-'));
  const file = join(dir, 'policy.yaml');
  writeFileSync(file, text);
  const events: PolicyEvent[] = [];
  return { dir, file, events };
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('PolicyHolder', () => {
  it('loads, reloads, and keeps the last valid policy when a reload is invalid', () => {
    const { file, events } = fixture(V1);
    const holder = PolicyHolder.open(file, { onEvent: (e) => events.push(e) });
    const first = holder.current;
    expect(first.doc.defaults.low).toBe('auto');
    expect(events.map((e) => e.type)).toEqual(['loaded']);

    writeFileSync(file, BAD);
    const bad = holder.reload();
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toContain(`${file}:3:8: defaults.low:`);
    expect(holder.current).toBe(first);
    expect(holder.lastError?.code).toBe('HST_POLICY_INVALID');
    expect(events[1]).toMatchObject({ type: 'rejected', keptHash: first.hash });

    writeFileSync(file, V2);
    const good = holder.reload();
    expect(good).toMatchObject({ ok: true, changed: true });
    expect(holder.current.doc.defaults.low).toBe('approve');
    expect(holder.lastError).toBeUndefined();
    expect(events[2]).toMatchObject({ type: 'loaded', previousHash: first.hash });

    // Same content: no event, no change.
    expect(holder.reload()).toMatchObject({ ok: true, changed: false });
    expect(events).toHaveLength(3);
  });

  it('refuses to open an invalid file, naming file and line', () => {
    const { file } = fixture(BAD);
    expect(() => PolicyHolder.open(file)).toThrow(`${file}:3:8`);
  });

  it('keeps the policy when the file disappears', () => {
    const { file, dir } = fixture(V1);
    const holder = PolicyHolder.open(file);
    renameSync(file, join(dir, 'moved.yaml'));
    const r = holder.reload();
    expect(!r.ok && r.error.message).toMatch(/cannot read/);
    expect(holder.current.doc.defaults.low).toBe('auto');
  });

  it('watches the file, including atomic replacement by rename', async () => {
    const { file, dir, events } = fixture(V1);
    const holder = PolicyHolder.open(file, { onEvent: (e) => events.push(e), debounceMs: 20 });
    holder.watch();
    try {
      writeFileSync(file, BAD);
      await until(() => events.some((e) => e.type === 'rejected'));
      const tmp = join(dir, '.policy.yaml.tmp');
      writeFileSync(tmp, V2);
      renameSync(tmp, file);
      await until(() => holder.current.doc.defaults.low === 'approve');
      expect(events.at(-1)?.type).toBe('loaded');
    } finally {
      holder.close();
      holder.close();
    }
  });
});
