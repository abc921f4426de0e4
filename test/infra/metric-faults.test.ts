/**
 * The metric faults of the demo catalogue against the seven real demo
 * services under the real supervisor, with seasonal load, scraped by the real
 * Scraper into the infra MetricDetector: each fault shows as an anomaly on the
 * service the catalogue names, the CauseDiagnoser names the expected cause,
 * and the infra remedies propose the expected remedy. A benign load spike
 * produces no anomaly at all. The detector learns everything it knows about
 * the services in the few seconds before the first fault.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventToChange } from '../../src/act/actuators/process/signals.js';
import { ProcessSupervisor } from '../../src/act/actuators/process/supervisor.js';
import { systemClock } from '../../src/core/clock.js';
import type { RemedyContext } from '../../src/core/remedy.js';
import type { ChangeEvent, DiagnosisContext } from '../../src/core/stages.js';
import { FAULTS, type FaultContext, type FaultName } from '../../src/demo/faults/index.js';
import { LoadGenerator } from '../../src/demo/load/index.js';
import { DEMO_TOPOLOGY, type DemoSpecs, demoServiceSpecs } from '../../src/demo/topology.js';
import { RecentSignals } from '../../src/engine/intake.js';
import { CauseDiagnoser } from '../../src/healers/infra/cause-diagnoser.js';
import { MetricDetector } from '../../src/healers/infra/metric-detector.js';
import { createInfraRemedies } from '../../src/healers/infra/remedies.js';
import type { Anomaly, Entity, Incident } from '../../src/model/index.js';
import { Scraper, scraperConfigSchema } from '../../src/sense/prometheus/scraper.js';

let dir: string;
let sup: ProcessSupervisor;
let demo: DemoSpecs;
let load: LoadGenerator;
let scraper: Scraper;
let ctx: FaultContext;
const detector = new MetricDetector();
const recent = new RecentSignals(5_000);
const changes: ChangeEvent[] = [];
const anomalies: Anomaly[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const entity = (name: string) => `service:${name}`;

/** Waits for the first anomaly after `since` that `match` accepts; undefined after `ms`. */
async function anomalyAfter(since: number, match: (a: Anomaly) => boolean, ms = 12_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const a = anomalies.find((x) => x.at >= since && match(x));
    if (a || Date.now() > deadline) return a;
    await sleep(100);
  }
}

function diagnosisContext(): DiagnosisContext {
  const deps = new Map(DEMO_TOPOLOGY.map((s) => [entity(s.name), s.dependsOn.map(entity)]));
  return {
    now: Date.now(),
    entity: (id) => ({ id, kind: 'service', name: id.slice(8), labels: {} }) as Entity,
    dependencies: (id) => deps.get(id) ?? [],
    dependents: (id) => [...deps].filter(([, d]) => d.includes(id)).map(([e]) => e),
    changes: (since, until) => changes.filter((c) => c.at >= since && c.at <= until),
    recentSignals: (e, since) => recent.since(e, since),
  };
}

/** What the engine would make of the anomaly: the cause, and the remedies that fit it. */
async function diagnose(a: Anomaly) {
  const incident = {
    id: 'incident_test',
    state: 'open',
    title: 't',
    domain: 'infra',
    fingerprint: 'f',
    entities: [a.entity],
    anomalies: [a],
    hypotheses: [],
    openedAt: a.at,
    updatedAt: a.at,
  } as unknown as Incident;
  const [top] = await new CauseDiagnoser().diagnose(incident, diagnosisContext());
  const rctx: RemedyContext = {
    clock: systemClock,
    entity: (id) => ({ id, kind: 'service', name: id.slice(8), labels: {} }) as Entity,
    actuator: <T>() => sup as T,
    log: () => undefined,
  };
  const remedies = top
    ? createInfraRemedies()
        .filter((r) => r.propose(incident, top, rctx).length > 0)
        .map((r) => r.name)
    : [];
  return { top, remedies };
}

/** Injects a fault and returns the first anomaly on its target, with the diagnosis. */
async function inject(name: FaultName, service: string, indicator: string, withinMs?: number) {
  const t0 = Date.now();
  await FAULTS[name].inject(ctx, service);
  const a = await anomalyAfter(
    t0,
    (x) => x.entity === entity(service) && x.indicator === indicator,
    withinMs,
  );
  expect(a, `${name}: no ${indicator} anomaly on ${service}`).toBeDefined();
  const found = a as Anomaly;
  console.info(
    `${name}: detected ${((found.at - t0) / 1000).toFixed(1)} s after injection — ${found.explanation.text}`,
  );
  return { anomaly: found, t0, ...(await diagnose(found)) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-infra-'));
  demo = await demoServiceSpecs({ dir, env: { LEAK_LIMIT_MB: '320' } });
  sup = new ProcessSupervisor({
    services: demo.specs,
    onEvent: (e) => {
      const c = eventToChange(e);
      if (c) changes.push(c);
    },
  });
  await sup.start();
  const targets = demo.specs.flatMap((s) =>
    sup
      .endpoints(s.name)
      .map((e) => ({ url: e.metricsUrl as string, job: 'demo', labels: { service: s.name } })),
  );
  scraper = new Scraper(scraperConfigSchema.parse({ intervalMs: 1_000, timeoutMs: 900, targets }), {
    sink: (signals) => {
      for (const s of signals) {
        recent.add(s);
        anomalies.push(...detector.observe(s));
      }
      return true;
    },
  });
  // Midday, a day lasting a real day: a steady rate to learn from.
  load = new LoadGenerator({
    target: `http://127.0.0.1:${demo.ports.gateway}`,
    seed: 11,
    baseRps: 16,
    startHour: 11,
    dayLengthMs: 86_400_000,
    spikesPerDay: 0,
  });
  ctx = {
    supervisor: sup,
    providerStateFile: demo.providerStateFile,
    load: { benignSpike: (o) => load.benignSpike({ ...o, durationMs: 8_000 }) },
  };
  load.start();
  await scraper.start();
  await sleep(10_000);
}, 60_000);

afterAll(async () => {
  await scraper?.shutdown();
  await load?.stop();
  await sup?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

describe('metric faults on the real demo services', () => {
  it('benign-spike: three times the load leaves every service normal', async () => {
    const t0 = Date.now();
    await FAULTS['benign-spike'].inject(ctx);
    await sleep(10_000);
    expect(
      anomalies.filter((a) => a.at >= t0).map((a) => `${a.entity} ${a.indicator}: ${a.explanation.text}`),
    ).toEqual([]);
  }, 20_000);

  it('latency: payments is the slow one, callers are not blamed; restart proposed', async () => {
    const r = await inject('latency', 'payments', 'http_server_duration_seconds');
    expect(r.top?.cause).toBe('latency');
    expect(r.remedies).toContain('infra.restart');
    await sleep(2_000);
    const callers = anomalies.filter((a) => a.at >= r.t0 && a.entity !== entity('payments'));
    expect(callers.map((a) => `${a.entity} ${a.indicator}`)).toEqual([]);
    await FAULTS.latency.clear?.(ctx, 'payments');
  }, 30_000);

  it('pool-exhaustion: inventory pool exhausted; pool resize proposed and it heals', async () => {
    const r = await inject('pool-exhaustion', 'inventory', 'db_pool_in_use');
    expect(r.top?.cause).toBe('pool-exhausted');
    expect(r.remedies).toContain('infra.pool-resize');
    await fetch(`${sup.endpoints('inventory')[0]?.adminUrl}/pool`, {
      method: 'PUT',
      body: JSON.stringify({ size: 8 }),
      headers: { 'content-type': 'application/json' },
    });
    await sleep(4_000);
    expect(detector.active(entity('inventory')).map((e) => e.indicator)).not.toContain('db_pool_in_use');
  }, 30_000);

  it('saturated-queue: fulfillment backlog; scale-out proposed', async () => {
    const r = await inject('saturated-queue', 'fulfillment', 'queue_depth');
    expect(r.top?.cause).toBe('saturated-queue');
    expect(
      r.remedies,
      JSON.stringify({ facts: r.top?.facts, desired: sup.inspect('fulfillment').desired }),
    ).toContain('infra.scale-out');
    expect(Number(r.top?.facts?.instances)).toBeGreaterThan(1);
    await FAULTS['saturated-queue'].clear?.(ctx);
  }, 30_000);

  it('memory-leak: catalog memory climbs; restart proposed', async () => {
    // A leak must have risen at nearly every one of 16 scrapes (a burst of growth is not one).
    const r = await inject('memory-leak', 'catalog', 'process_resident_memory_bytes', 24_000);
    expect(r.top?.cause).toBe('memory-leak');
    expect(r.remedies).toContain('infra.restart');
    await sup.restart('catalog');
  }, 45_000);

  it('bad-config: orders errors right after its config change; config revert proposed', async () => {
    const r = await inject('bad-config', 'orders', 'http_errors_total');
    expect(r.top?.cause).toBe('bad-config');
    expect(r.remedies).toContain('infra.config-revert');
    await FAULTS['bad-config'].clear?.(ctx);
  }, 30_000);

  it('bad-release: payments errors right after the deploy; rollback proposed', async () => {
    const r = await inject('bad-release', 'payments', 'http_errors_total');
    expect(r.top?.cause).toBe('bad-release');
    expect(r.remedies).toContain('infra.rollback-release');
    await FAULTS['bad-release'].clear?.(ctx);
  }, 30_000);

  it('upstream-latency: payments slow (its provider); latency, restart proposed', async () => {
    await sleep(3_000);
    const r = await inject('upstream-latency', 'payments', 'http_server_duration_seconds');
    expect(r.top?.cause).toBe('latency');
    expect(r.remedies).toContain('infra.restart');
    await FAULTS['upstream-latency'].clear?.(ctx);
  }, 30_000);
});
