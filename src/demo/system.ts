/**
 * The demo system: small real HTTP services run as child processes under the
 * process supervisor, wired to a homeostat runtime (probe detector, cause
 * diagnoser, infra remedies). `faults` injects chaos into the running services.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { eventToChange, eventToSignal } from '../act/actuators/process/signals.js';
import { ProcessSupervisor } from '../act/actuators/process/supervisor.js';
import type { ServiceSpec } from '../act/actuators/process/types.js';
import { MemoryBus } from '../core/bus.js';
import { HomeostatError } from '../core/errors.js';
import { CauseDiagnoser } from '../healers/infra/cause-diagnoser.js';
import { ProbeDetector } from '../healers/infra/probe-detector.js';
import { createInfraRemedies } from '../healers/infra/remedies.js';
import { ChangeLog, HealthProber } from '../healers/infra/supervisor-signals.js';
import { entityId } from '../model/index.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import { demoPolicy } from './policy.js';

export interface DemoServiceDef {
  readonly name: string;
  readonly tier: string;
  readonly dependsOn: readonly string[];
}

/** gateway → catalog; gateway → cart → orders. */
export const DEMO_SERVICES: readonly DemoServiceDef[] = [
  { name: 'gateway', tier: 'edge', dependsOn: ['catalog', 'cart'] },
  { name: 'catalog', tier: 'backend', dependsOn: [] },
  { name: 'cart', tier: 'backend', dependsOn: ['orders'] },
  { name: 'orders', tier: 'backend', dependsOn: [] },
];

export interface DemoSystem {
  readonly runtime: Runtime;
  readonly supervisor: ProcessSupervisor;
  readonly bus: MemoryBus;
  readonly services: readonly DemoServiceDef[];
  port(service: string): number | undefined;
  /** Injects a fault through the service's admin endpoint. */
  inject(service: string, fault: 'crash' | 'hang' | 'error' | 'none'): Promise<void>;
  shutdown(): Promise<void>;
}

export interface DemoSystemOptions {
  readonly dir: string;
  readonly probeIntervalMs?: number;
  readonly log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void;
}

/** The service program: compiled JavaScript next to this file, or the TypeScript source under tsx. */
function serviceCommand(): string[] {
  const js = fileURLToPath(new URL('./services/app-service.js', import.meta.url));
  if (existsSync(js)) return [process.execPath, js];
  const ts = fileURLToPath(new URL('./services/app-service.ts', import.meta.url));
  return [process.execPath, '--import', 'tsx', ts];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startDemoSystem(options: DemoSystemOptions): Promise<DemoSystem> {
  const bus = new MemoryBus((err, topic) =>
    options.log?.(`bus handler failed on ${topic}`, { error: String(err) }),
  );
  const changes = new ChangeLog();
  const edges = new Map(
    DEMO_SERVICES.map((s) => [
      entityId('service', s.name) as string,
      s.dependsOn.map((d) => entityId('service', d) as string),
    ]),
  );
  const topology = {
    dependencies: (e: string) => edges.get(e) ?? [],
    dependents: (e: string) => [...edges].filter(([, deps]) => deps.includes(e)).map(([k]) => k),
    changes: (since: number, until: number) => changes.between(since, until),
  };

  let runtime: Runtime | undefined;
  const supervisor = new ProcessSupervisor({
    onEvent: (e) => {
      const change = eventToChange(e);
      if (change) changes.add(change);
      runtime?.engine.ingest([eventToSignal(e)]);
    },
  });
  const command = serviceCommand();
  const specs: ServiceSpec[] = [];
  for (const s of DEMO_SERVICES) {
    const port = await freePort();
    specs.push({
      name: s.name,
      command,
      env: { SERVICE: s.name, VERSION: '1.0.0' },
      version: '1.0.0',
      ports: [port],
      healthUrl: 'http://127.0.0.1:{port}/health',
      metricsUrl: 'http://127.0.0.1:{port}/metrics',
      healthTimeoutMs: 500,
      readyTimeoutMs: 5_000,
      stopTimeoutMs: 2_000,
    });
  }

  runtime = await createRuntime({
    dir: options.dir,
    policy: demoPolicy(),
    bus,
    remedies: createInfraRemedies({ verifyWindowMs: 20_000, confirmMs: 2_000 }),
    detectors: [new ProbeDetector({ failuresBeforeAnomaly: 2 })],
    diagnosers: [new CauseDiagnoser()],
    actuators: new Map([['process', supervisor]]),
    topology,
    verification: { tickMs: 500 },
    diagnoseDelayMs: 300,
    groupWindowMs: 10_000,
    ...(options.log ? { log: options.log } : {}),
  });
  for (const s of DEMO_SERVICES) {
    runtime.engine.upsertEntity({
      id: entityId('service', s.name),
      kind: 'service',
      name: s.name,
      labels: { tier: s.tier, env: 'demo' },
    });
  }
  await supervisor.start();
  for (const spec of specs) await supervisor.add(spec, { start: true });
  await runtime.engine.start();

  const rt = runtime;
  const prober = new HealthProber(
    supervisor,
    rt.clock,
    (signals) => rt.engine.ingest(signals),
    options.probeIntervalMs ?? 1000,
  );
  prober.start();

  return {
    runtime: rt,
    supervisor,
    bus,
    services: DEMO_SERVICES,
    port: (service) => supervisor.port(service),
    async inject(service, fault) {
      const port = supervisor.port(service);
      if (!port) throw new HomeostatError('HST_NOT_FOUND', `no running instance of ${service}`);
      const res = await fetch(`http://127.0.0.1:${port}/admin/fault?mode=${fault}`, {
        signal: AbortSignal.timeout(2_000),
      }).catch(() => undefined);
      if (res && !res.ok)
        throw new HomeostatError('HST_INPUT_INVALID', `${service} refused fault ${fault}: ${res.status}`);
    },
    async shutdown() {
      await prober.shutdown();
      await rt.shutdown();
      await supervisor.shutdown();
    },
  };
}
