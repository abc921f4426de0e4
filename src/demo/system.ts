/**
 * The demo system: small real HTTP services run as child processes under the
 * process supervisor, wired to a homeostat runtime (probe detector, cause
 * diagnoser, infra remedies). `faults` injects chaos into the running services.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessSupervisor } from '../act/actuators/process/supervisor.js';
import { configSchema, type SupervisedService, supervisedServiceSchema } from '../config/schema.js';
import type { MemoryBus } from '../core/bus.js';
import { HomeostatError } from '../core/errors.js';
import type { Runtime } from '../runtime/runtime.js';
import { createHost } from '../serve/host.js';
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
  const command = serviceCommand();
  const services: SupervisedService[] = [];
  for (const s of DEMO_SERVICES) {
    const port = await freePort();
    services.push(
      supervisedServiceSchema.parse({
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
        labels: { tier: s.tier, env: 'demo' },
        dependsOn: [...s.dependsOn],
      }),
    );
  }
  const config = configSchema.parse({
    version: 1,
    store: `sqlite:${join(options.dir, 'homeostat.db')}`,
    services,
    detection: { probeIntervalMs: options.probeIntervalMs ?? 1000, probeFailures: 2 },
    verification: { windowMs: 20_000, confirmMs: 2_000 },
  });
  const host = await createHost({
    config,
    dir: options.dir,
    policy: demoPolicy(),
    ...(options.log ? { log: options.log } : {}),
  });
  await host.start();
  const { supervisor } = host;

  return {
    runtime: host.runtime,
    supervisor,
    bus: host.bus,
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
    shutdown: () => host.shutdown(),
  };
}
