import { describe, expect, it } from 'vitest';
import type { ChangeEvent, DiagnosisContext } from '../../core/stages.js';
import type { Anomaly, Incident, Signal } from '../../model/index.js';
import { CauseDiagnoser } from './cause-diagnoser.js';
import { MetricDetector } from './metric-detector.js';

const NOW = 1_000_000;

function anomaly(entity: string, indicator: string, at = NOW - 1_000): Anomaly {
  return {
    id: `anomaly_${entity}_${indicator}`,
    entity,
    indicator,
    at,
    score: 1,
    confidence: 1,
    detector: 'test',
    explanation: {
      observed: 1,
      expectedLow: 0,
      expectedHigh: 0,
      profile: 'p',
      support: 10,
      text: `${indicator} up`,
    },
    signalIds: [],
    fingerprint: `${entity}${indicator}`,
  } as unknown as Anomaly;
}

function incident(anomalies: Anomaly[]): Incident {
  return {
    id: 'incident_1',
    state: 'open',
    title: 't',
    domain: 'infra',
    fingerprint: 'f',
    entities: [...new Set(anomalies.map((a) => a.entity))],
    anomalies,
    hypotheses: [],
    openedAt: NOW,
    updatedAt: NOW,
  } as unknown as Incident;
}

const metric = (entity: string, name: string, value: number): Signal =>
  ({
    id: 's',
    kind: 'metric',
    source: 'prometheus',
    entity,
    name,
    at: NOW - 500,
    value,
    labels: {},
  }) as unknown as Signal;

function context(
  o: { changes?: ChangeEvent[]; signals?: Signal[]; deps?: Record<string, string[]> } = {},
): DiagnosisContext {
  return {
    now: NOW,
    entity: () => undefined,
    dependencies: (id) => o.deps?.[id] ?? [],
    dependents: () => [],
    changes: (since, until) => (o.changes ?? []).filter((c) => c.at >= since && c.at <= until),
    recentSignals: (e, since) => (o.signals ?? []).filter((s) => s.entity === e && s.at >= since),
  };
}

const diagnose = (anomalies: Anomaly[], ctx = context()) =>
  new CauseDiagnoser().diagnose(incident(anomalies), ctx);

describe('CauseDiagnoser', () => {
  it('names an exhausted pool from the pool gauges, even when a failing health probe came first', async () => {
    const signals = [
      metric('service:inventory', 'db_pool_size', 4),
      metric('service:inventory', 'db_pool_in_use', 4),
      metric('service:inventory', 'db_pool_waiting', 2),
    ];
    const [h] = await diagnose([anomaly('service:inventory', 'health')], context({ signals }));
    expect(h).toMatchObject({ cause: 'pool-exhausted', entity: 'service:inventory', facts: { poolSize: 4 } });
  });

  it('names corrupt local state from what the service logs, ahead of a crash or a failing probe', async () => {
    const log = (message: string, fields: Record<string, string>) =>
      ({
        id: 'l',
        kind: 'log',
        source: 'process',
        entity: 'service:inventory',
        name: 'log',
        at: NOW - 400,
        labels: { level: 'error' },
        attributes: { message, fields },
      }) as unknown as Signal;
    const signals = [log('database error', { code: 'SQLITE_NOTADB', error: 'file is not a database' })];
    const [h] = await diagnose(
      [anomaly('service:inventory', 'health'), anomaly('service:inventory', 'log_template:abc')],
      context({ signals }),
    );
    expect(h).toMatchObject({ cause: 'corrupt-state', entity: 'service:inventory' });
    expect(h?.evidence.at(-1)?.description).toContain('SQLITE_NOTADB');
    // An ordinary error line is no such evidence.
    const plain = [log('request failed', { route: 'POST /reserve', status: '500' })];
    const [other] = await diagnose([anomaly('service:inventory', 'health')], context({ signals: plain }));
    expect(other?.cause).not.toBe('corrupt-state');
  });

  it('names a saturated queue with the instances needed to drain it', async () => {
    const e = 'service:fulfillment';
    const signals = [
      metric(e, 'queue_depth', 40),
      metric(e, 'queue_work_ms', 1500),
      metric(e, 'queue_workers', 1),
      metric(e, 'queue_jobs_enqueued_total:rate', 1.2),
    ];
    const [h] = await diagnose([anomaly(e, 'queue_depth')], context({ signals }));
    expect(h?.cause).toBe('saturated-queue');
    // 1.2 jobs/s arriving plus 40 to drain within 15 s, at 0.67 jobs/s an instance.
    expect(h?.facts?.instances).toBe(6);
    // At night nothing arrives, but the backlog alone still needs more than one worker.
    const quiet = signals.map((s) => (s.name.endsWith(':rate') ? { ...s, value: 0 } : s));
    const [q] = await diagnose([anomaly(e, 'queue_depth')], context({ signals: quiet }));
    expect(q?.facts?.instances).toBe(4);
    // Within the horizon the detector judged it by: 40 to drain within 60 s needs fewer.
    const patient = new CauseDiagnoser({
      drainHorizonS: new MetricDetector({ drainHorizonS: 60 }).drainHorizonS,
    });
    const [p] = await patient.diagnose(incident([anomaly(e, 'queue_depth')]), context({ signals }));
    expect(p?.facts?.instances).toBe(3);
  });

  it('names a memory leak', async () => {
    const [h] = await diagnose([anomaly('service:cart', 'process_resident_memory_bytes')]);
    expect(h?.cause).toBe('memory-leak');
  });

  it('blames a deploy or config change that shortly preceded an error rise, unless it was rolled back', async () => {
    const deploy = {
      id: 'c1',
      entity: 'service:payments',
      kind: 'deploy',
      at: NOW - 10_000,
      description: 'deployed 1.1.0',
    };
    const [h] = await diagnose(
      [anomaly('service:payments', 'http_errors_total')],
      context({ changes: [deploy] }),
    );
    expect(h?.cause).toBe('bad-release');
    const config = {
      id: 'c2',
      entity: 'service:orders',
      kind: 'config',
      at: NOW - 5_000,
      description: 'rev 2',
      data: { revision: 2 },
    };
    const [c] = await diagnose(
      [anomaly('service:orders', 'http_errors_total')],
      context({ changes: [config] }),
    );
    expect(c).toMatchObject({ cause: 'bad-config', facts: { configRevision: 2 } });
    const rollback = { ...deploy, id: 'c3', kind: 'rollback', at: NOW - 5_000 };
    const [l] = await diagnose(
      [anomaly('service:payments', 'http_server_duration_seconds')],
      context({ changes: [deploy, rollback] }),
    );
    expect(l?.cause).toBe('latency');
  });

  it('prefers the deepest of several slow services', async () => {
    const deps = { 'service:gateway': ['service:cart'], 'service:cart': ['service:payments'] };
    const hs = await diagnose(
      [
        anomaly('service:gateway', 'http_server_duration_seconds'),
        anomaly('service:payments', 'http_server_duration_seconds'),
      ],
      context({ deps }),
    );
    expect(hs[0]).toMatchObject({ entity: 'service:payments', cause: 'latency' });
    expect(hs[1]?.confidence).toBeLessThan(hs[0]?.confidence ?? 0);
  });

  it('keeps crash and hang, but a health endpoint that answers 503 is not hung', async () => {
    const exit = {
      ...metric('service:catalog', 'process_exit', 70),
      kind: 'probe',
      labels: { expected: 'false' },
      attributes: { code: 70 },
    } as Signal;
    expect(
      (await diagnose([anomaly('service:catalog', 'process_exit')], context({ signals: [exit] })))[0]?.cause,
    ).toBe('process-crashed');
    expect((await diagnose([anomaly('service:cart', 'health')]))[0]?.cause).toBe('process-hung');
    const degraded = {
      ...metric('service:cart', 'health', 0),
      kind: 'probe',
      attributes: { detail: '0/1 healthy; #0: 503' },
    } as Signal;
    expect(await diagnose([anomaly('service:cart', 'health')], context({ signals: [degraded] }))).toEqual([]);
  });
});
