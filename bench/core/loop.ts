/**
 * The engine's own overhead per incident: open → diagnose → decide → journal
 * → apply → verify → outcome, against a real SQLite store and the hash-chained
 * ledger, with a remedy that is healthy at once and no confirmation period, so
 * that what is timed is the loop and not a verification window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryBus } from '../../src/core/bus.js';
import type { RemedyDefinition } from '../../src/core/remedy.js';
import { entityId, type Incident, TERMINAL_INCIDENT_STATES } from '../../src/model/index.js';
import { createRuntime } from '../../src/runtime/runtime.js';
import { median, quantile } from '../report.js';

export interface LoopBenchResult {
  readonly incidents: number;
  readonly loop_overhead_median_ms: number;
  readonly loop_overhead_p90_ms: number;
  readonly ledger_entries_per_incident: number;
}

const instantRemedy: RemedyDefinition = {
  name: 'bench.restart',
  actionClass: 'restart',
  risk: 'low',
  description: 'a restart that is healthy at once',
  verifyWindowMs: 10_000,
  confirmMs: 0,
  propose: (_i, h) => [
    { target: { entity: h.entity, kind: 'service', labels: {} }, params: { n: 1 }, description: 'restart' },
  ],
  apply: async () => ({ undoData: {} }),
  verify: async () => ({ at: Date.now(), status: 'healthy' }),
  undo: async () => {},
};

export async function benchLoopOverhead(opts: { incidents?: number } = {}): Promise<LoopBenchResult> {
  const n = opts.incidents ?? 300;
  const dir = mkdtempSync(join(tmpdir(), 'homeostat-bench-loop-'));
  const bus = new MemoryBus();
  const waiters = new Map<string, (inc: Incident) => void>();
  bus.subscribe<Incident>('incident', (inc) => {
    if (TERMINAL_INCIDENT_STATES.has(inc.state)) waiters.get(inc.id)?.(inc);
  });
  const rt = await createRuntime({ dir, bus, remedies: [instantRemedy], verification: { tickMs: 1 } });
  try {
    await rt.engine.start();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      // A different entity each time, so symptom masking and cooldowns do not interfere.
      const entity = entityId('service', `svc-${i}`);
      const t0 = performance.now();
      let done!: (inc: Incident) => void;
      const finished = new Promise<Incident>((r) => {
        done = r;
      });
      const inc = await rt.engine.openIncident({
        title: 'bench',
        domain: 'bench',
        entities: [entity],
        hypotheses: [
          {
            entity,
            cause: 'process-crashed',
            confidence: 0.9,
            evidence: [],
            summary: 'crashed',
            diagnoser: 'bench',
          },
        ],
      });
      waiters.set(inc.id, done);
      const current = await rt.store.getIncident(inc.id);
      const final = current && TERMINAL_INCIDENT_STATES.has(current.state) ? current : await finished;
      times.push(performance.now() - t0);
      waiters.delete(inc.id);
      if (final.state !== 'healed')
        throw new Error(`bench incident ended ${final.state}: ${final.resolution}`);
    }
    const entries = await rt.store.ledgerCount();
    return {
      incidents: n,
      loop_overhead_median_ms: median(times),
      loop_overhead_p90_ms: quantile(times, 0.9),
      ledger_entries_per_incident: entries / n,
    };
  } finally {
    await rt.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}
