/**
 * An engine in a child process, for the crash-safety test. Its remedy's
 * effect lives in files under DIR, so that what it did survives a SIGKILL:
 * applies.log and undos.log count calls, `health` is the target's health.
 *
 *   node --import tsx engine-child.ts DIR start   opens an incident and heals it (the test kills it)
 *   node --import tsx engine-child.ts DIR resume  restarts: reconciles the journal, then reports
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RemedyDefinition } from '../../src/core/remedy.js';
import { entityId } from '../../src/model/index.js';
import { createRuntime } from '../../src/runtime/runtime.js';

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== 'start' && mode !== 'resume')) {
  process.stderr.write('usage: engine-child.ts DIR start|resume\n');
  process.exit(2);
}
const applyDelayMs = Number(process.env.APPLY_DELAY_MS ?? 0);
const target = entityId('service', 'checkout');
const lines = (f: string) =>
  existsSync(f) ? readFileSync(f, 'utf8').trim().split('\n').filter(Boolean) : [];

const remedy: RemedyDefinition = {
  name: 'test.file-restart',
  actionClass: 'restart',
  risk: 'low',
  description: 'a restart whose effect is a file',
  verifyWindowMs: 6_000,
  confirmMs: 300,
  propose: (_i, h) => [
    {
      target: { entity: h.entity, kind: 'service', labels: {} },
      params: {},
      description: 'restart checkout',
    },
  ],
  async apply(action) {
    if (lines(join(dir, 'applies.log')).includes(action.id)) return { detail: 'already applied' };
    appendFileSync(join(dir, 'applies.log'), `${action.id}\n`);
    process.stdout.write(`APPLYING ${action.id}\n`);
    if (applyDelayMs > 0) await new Promise((r) => setTimeout(r, applyDelayMs));
    return { undoData: { restarted: true } };
  },
  async verify() {
    const health = existsSync(join(dir, 'health')) ? readFileSync(join(dir, 'health'), 'utf8').trim() : '';
    return { at: Date.now(), status: health === 'healthy' ? 'healthy' : 'unhealthy' };
  },
  async undo(action) {
    appendFileSync(join(dir, 'undos.log'), `${action.id}\n`);
  },
};

const rt = await createRuntime({
  dir,
  remedies: [remedy],
  verification: { tickMs: 100 },
  log: (m, f) => process.stderr.write(`${m} ${JSON.stringify(f ?? {})}\n`),
});
rt.engine.upsertEntity({ id: target, kind: 'service', name: 'checkout', labels: {} });

if (mode === 'start') {
  await rt.engine.start();
  const inc = await rt.engine.openIncident({
    title: 'checkout crashed',
    domain: 'infra',
    entities: [target],
    hypotheses: [
      {
        entity: target,
        cause: 'process-crashed',
        confidence: 0.95,
        evidence: [{ kind: 'signal', description: 'exit code 1' }],
        summary: 'checkout crashed',
        diagnoser: 'test',
      },
    ],
  });
  process.stdout.write(`INCIDENT ${inc.id}\n`);
  // Wait to be killed.
  for (;;) {
    const [action] = await rt.store.listActions({ incidentId: inc.id });
    if (action?.state === 'verifying') process.stdout.write(`VERIFYING ${action.id}\n`);
    await new Promise((r) => setTimeout(r, 50));
  }
} else {
  await rt.engine.start();
  await rt.engine.idle();
  const [incident] = await rt.store.listIncidents({});
  const actions = await rt.store.listActions({});
  const report = await rt.ledger.verify();
  const entries = await rt.ledger.read(1, 10_000);
  process.stdout.write(
    `${JSON.stringify({
      incident: incident?.state,
      actions: actions.map((a) => ({ id: a.id, state: a.state, reason: a.outcome?.reason ?? null })),
      applies: lines(join(dir, 'applies.log')),
      undos: lines(join(dir, 'undos.log')),
      ledgerOk: report.ok,
      ledgerTypes: entries.map((e) => e.type),
    })}\n`,
  );
  await rt.shutdown();
}
