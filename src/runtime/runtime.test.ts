/**
 * The assembled runtime against a real SQLite file and a real policy file:
 * rules by target label, auto+review, deny, the global pause through the flag
 * file, and a policy reload that fails and keeps the last valid policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemedyDefinition } from '../core/remedy.js';
import { entityId, type Incident, TERMINAL_INCIDENT_STATES } from '../model/index.js';
import { createRuntime, type Runtime } from './runtime.js';

const dirs: string[] = [];
const runtimes: Runtime[] = [];
afterEach(async () => {
  for (const rt of runtimes.splice(0)) await rt.shutdown();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const POLICY = `
version: 1
rules:
  - id: no-touching-regulated
    match: { target: { labels: { regulated: "true" } } }
    mode: deny
  - id: prod-restarts-reviewed
    match: { actionClass: [restart], target: { labels: { env: prod } } }
    mode: auto+review
limits: { perTarget: { cooldownMs: 0 } }
pauseFlagFile: PAUSE_FILE
`;

const remedy: RemedyDefinition = {
  name: 'test.restart',
  actionClass: 'restart',
  risk: 'low',
  description: 'restart',
  verifyWindowMs: 5_000,
  confirmMs: 0,
  propose: (_i, h) => [
    {
      target: { entity: h.entity, kind: 'service', labels: labelsOf(h.entity) },
      params: {},
      description: `restart ${h.entity}`,
    },
  ],
  apply: async () => ({}),
  verify: async () => ({ at: Date.now(), status: 'healthy' }),
  undo: async () => {},
};

function labelsOf(entity: string): Record<string, string> {
  if (entity.endsWith('billing')) return { env: 'prod', regulated: 'true' };
  if (entity.endsWith('api')) return { env: 'prod' };
  return { env: 'dev' };
}

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'homeostat-rt-'));
  dirs.push(dir);
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, POLICY.replace('PAUSE_FILE', join(dir, 'PAUSE')));
  const rt = await createRuntime({
    dir,
    policyFile,
    remedies: [remedy],
    verification: { tickMs: 20 },
    syncIntervalMs: 50,
  });
  runtimes.push(rt);
  await rt.engine.start();
  return { rt, dir, policyFile };
}

async function heal(rt: Runtime, service: string): Promise<Incident> {
  const entity = entityId('service', service);
  const inc = await rt.engine.openIncident({
    title: `${service} down`,
    domain: 'infra',
    entities: [entity],
    hypotheses: [
      { entity, cause: 'process-crashed', confidence: 0.9, evidence: [], summary: 'crashed', diagnoser: 't' },
    ],
  });
  for (let i = 0; i < 500; i++) {
    const cur = await rt.store.getIncident(inc.id);
    if (cur && (TERMINAL_INCIDENT_STATES.has(cur.state) || cur.state === 'awaiting-approval')) return cur;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('incident did not settle');
}

describe('runtime with a policy file', () => {
  it('applies rules by target label: auto, auto+review with a review record, deny', async () => {
    const { rt } = await setup();
    expect((await heal(rt, 'web')).state).toBe('healed');
    const reviewed = await heal(rt, 'api');
    expect(reviewed.state).toBe('healed');
    expect(await rt.store.listDocs('reviews')).toHaveLength(1);
    expect((await heal(rt, 'billing')).state).toBe('escalated');
    const decisions = (await rt.ledger.read(1, 1000))
      .filter((e) => e.type === 'decision')
      .map((e) => e.payload.rule);
    expect(decisions).toEqual(['default.low', 'prod-restarts-reviewed', 'no-touching-regulated']);
    expect((await rt.ledger.verify()).ok).toBe(true);
  });

  it('a pause flag file turns auto into approve, and the ledger records the pause', async () => {
    const { rt, dir } = await setup();
    await rt.engine.sync();
    writeFileSync(join(dir, 'PAUSE'), 'database migration\n');
    await rt.engine.sync();
    const inc = await heal(rt, 'web');
    expect(inc.state).toBe('awaiting-approval');
    const entries = await rt.ledger.read(1, 1000);
    expect(entries.find((e) => e.type === 'decision')?.payload.rule).toBe('default.low+paused');
    expect(entries.map((e) => e.type)).toContain('pause');
  });

  it('a broken policy reload keeps the last valid policy in force', async () => {
    const { rt, policyFile } = await setup();
    const before = rt.policy.current.hash;
    writeFileSync(policyFile, 'version: 1\nrules:\n  - id: x\n    mode: sometimes\n');
    const holder = rt.policy as { reload?: () => { ok: boolean } };
    expect(holder.reload?.().ok).toBe(false);
    expect(rt.policy.current.hash).toBe(before);
    expect((await heal(rt, 'web')).state).toBe('healed');
  });

  it('refuses two components of one kind with one name, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeostat-rt-'));
    dirs.push(dir);
    const detector = { name: 'probe', observe: () => [] };
    await expect(createRuntime({ dir, detectors: [detector, { ...detector }] })).rejects.toThrow(
      /detector 'probe' is already registered/,
    );
  });
});
