/**
 * The demo system end to end: real services under the supervisor, a real
 * crash and a real hang injected, healed by the engine through the whole loop,
 * with an intact ledger.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSystem, startDemoSystem } from '../../src/demo/system.js';
import type { Incident } from '../../src/model/index.js';

let dir: string;
let system: DemoSystem;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-demo-'));
  system = await startDemoSystem({ dir, port: 0, probeIntervalMs: 300, load: { baseRps: 4 } });
}, 30_000);

afterAll(async () => {
  await system?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

async function healedIncidentFor(service: string, since: number): Promise<Incident> {
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    const incidents = await system.runtime.store.listIncidents({ since });
    const mine = incidents.find((i) => i.entities.includes(`service:${service}` as never));
    if (mine && ['healed', 'rolled-back', 'escalated', 'dismissed'].includes(mine.state)) return mine;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no closed incident for ${service}`);
}

describe('demo system', () => {
  it('heals a crashed service with a verified restart', async () => {
    const t = Date.now();
    const pidBefore = system.supervisor.status('catalog').instances[0]?.pid;
    await system.inject('crash', 'catalog');
    const inc = await healedIncidentFor('catalog', t - 1);
    expect(inc.state).toBe('healed');
    expect(inc.hypotheses[0]?.cause).toBe('process-crashed');
    const after = system.supervisor.status('catalog').instances[0]?.pid;
    expect(after).toBeDefined();
    expect(after).not.toBe(pidBefore);
    const res = await fetch(`http://127.0.0.1:${system.port('catalog')}/health`);
    expect(res.ok).toBe(true);
  });

  it('heals a hung service that still runs but stopped answering', async () => {
    const t = Date.now();
    await system.inject('hang', 'cart');
    const inc = await healedIncidentFor('cart', t - 1);
    expect(inc.state).toBe('healed');
    expect(inc.hypotheses[0]?.cause).toBe('process-hung');
  });

  it('leaves an intact ledger that records the whole loop', async () => {
    const report = await system.runtime.ledger.verify();
    expect(report.ok).toBe(true);
    const types = new Set((await system.runtime.ledger.read(1, 10_000)).map((e) => e.type));
    for (const t of [
      'incident.opened',
      'diagnosis',
      'decision',
      'action.intent',
      'action.applied',
      'action.verify',
      'outcome',
    ]) {
      expect(types).toContain(t);
    }
  });
});
