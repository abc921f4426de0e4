/**
 * The demo system: the seven demo services as a homeostat configuration,
 * run by the same `serve` a user runs on their own system (supervisor,
 * scrapes, receivers, API and dashboard on one port), plus a seasonal load
 * on the gateway and the fault catalogue to break things with. Nothing here
 * is special to the engine: it sees a config and real processes.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ProcessSupervisor } from '../act/actuators/process/supervisor.js';
import { configSchema, type HomeostatConfig } from '../config/schema.js';
import type { MemoryBus } from '../core/bus.js';
import type { Policy } from '../decide/policy.js';
import type { Runtime } from '../runtime/runtime.js';
import { type Served, serve } from '../serve/serve.js';
import { type FaultContext, type FaultName, faultByName } from './faults/index.js';
import { LoadGenerator, type LoadOptions } from './load/generator.js';
import { demoPolicy } from './policy.js';
import { type DemoService, type DemoSpecs, demoServiceSpecs, freePort } from './topology.js';

export interface DemoSystem {
  readonly served: Served;
  readonly runtime: Runtime;
  readonly supervisor: ProcessSupervisor;
  readonly bus: MemoryBus;
  readonly services: readonly DemoService[];
  readonly specs: DemoSpecs;
  readonly config: HomeostatConfig;
  readonly load: LoadGenerator;
  /** Base URL of homeostat (API, dashboard, receivers). */
  readonly url: string;
  /** Tokens made up for this run: paste one into the dashboard (or open `signInUrl`) to act. */
  readonly tokens: Readonly<Record<'operator' | 'approver', string>>;
  signInUrl(role: 'operator' | 'approver'): string;
  port(service: string): number | undefined;
  /** Injects a fault of the catalogue into a service (default: the fault's usual target). */
  inject(fault: FaultName, service?: string): Promise<void>;
  shutdown(): Promise<void>;
}

export interface DemoSystemOptions {
  readonly dir: string;
  /** homeostat's port; default 7070 when free, otherwise any free port. */
  readonly port?: number;
  readonly seed?: number;
  readonly probeIntervalMs?: number;
  readonly scrapeIntervalMs?: number;
  readonly verifyWindowMs?: number;
  readonly policy?: Policy;
  /** Load generator settings; `false` for no load at all. */
  readonly load?: Partial<Omit<LoadOptions, 'target'>> | false;
  readonly log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void;
  /** The dashboard build to serve; default the package's dist/web. */
  readonly staticDir?: string;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A token for this run only: long and random, so nobody guesses it while the demo runs. */
const freshToken = () => randomBytes(18).toString('base64url');

/** The demo's homeostat.yaml, as data. */
export function demoConfig(
  specs: DemoSpecs,
  opts: {
    dir: string;
    port: number;
    tokens: Readonly<Record<'operator' | 'approver', string>>;
    probeIntervalMs?: number;
    scrapeIntervalMs?: number;
    verifyWindowMs?: number;
  },
): HomeostatConfig {
  const scrapeMs = opts.scrapeIntervalMs ?? 1_000;
  return configSchema.parse({
    version: 1,
    store: `sqlite:${join(opts.dir, 'homeostat.db')}`,
    server: {
      host: '127.0.0.1',
      port: opts.port,
      // Anyone on this machine may watch; acting needs one of the printed tokens.
      allowAnonymousRead: true,
      tokens: [
        { name: 'demo-operator', role: 'operator', token: opts.tokens.operator },
        { name: 'demo-approver', role: 'approver', token: opts.tokens.approver },
      ],
    },
    services: specs.configServices.map((s) =>
      // Payments moves money: the policy makes every change to it wait for a person.
      s.name === 'payments' ? { ...s, labels: { ...s.labels, regulated: 'true' } } : s,
    ),
    scrape: {
      intervalMs: scrapeMs,
      timeoutMs: Math.min(scrapeMs, 800),
      targets: specs.configServices.map((s) => ({
        url: (s.metricsUrl ?? '').replace('{port}', String(s.ports?.[0] ?? 0)),
        job: 'demo',
        labels: { service: s.name },
      })),
    },
    detection: {
      probeIntervalMs: opts.probeIntervalMs ?? 1_000,
      probeFailures: 2,
      // The services' start-up lines are learnt in the first seconds; a day compresses to minutes.
      logs: { warmupMs: 15_000, intervalMs: 5_000 },
    },
    // Each remedy's own window (restart 30 s, rollback and scaling 60 s) unless told otherwise.
    ...(opts.verifyWindowMs ? { verification: { windowMs: opts.verifyWindowMs } } : {}),
  });
}

export async function startDemoSystem(options: DemoSystemOptions): Promise<DemoSystem> {
  const port = options.port ?? ((await isFree(7070)) ? 7070 : await freePort());
  const url = `http://127.0.0.1:${port}`;
  const specs = await demoServiceSpecs({ dir: options.dir, otlpEndpoint: url });
  const tokens = { operator: freshToken(), approver: freshToken() };
  const config = demoConfig(specs, {
    dir: options.dir,
    port,
    tokens,
    ...(options.probeIntervalMs ? { probeIntervalMs: options.probeIntervalMs } : {}),
    ...(options.scrapeIntervalMs ? { scrapeIntervalMs: options.scrapeIntervalMs } : {}),
    ...(options.verifyWindowMs ? { verifyWindowMs: options.verifyWindowMs } : {}),
  });
  const served = await serve(config, {
    dir: options.dir,
    policy: options.policy ?? demoPolicy(),
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const { supervisor } = served.host;
  const load = new LoadGenerator({
    target: `http://127.0.0.1:${specs.ports.gateway}`,
    seed: options.seed ?? 1,
    // Enough checkouts that a fault deep in the order path shows within seconds, even at night.
    baseRps: 20,
    mix: { browse: 0.5, cart: 0.25, checkout: 0.25 },
    ...(options.load || {}),
  });
  if (options.load !== false) load.start();
  const ctx: FaultContext = { supervisor, providerStateFile: specs.providerStateFile, load };

  let stopped = false;
  return {
    served,
    runtime: served.host.runtime,
    supervisor,
    bus: served.host.bus,
    services: specs.services,
    specs,
    config,
    load,
    url: served.url,
    tokens,
    signInUrl: (role) => `${served.url}/#token=${encodeURIComponent(tokens[role])}`,
    port: (service) => supervisor.port(service),
    inject: (fault, service) => faultByName(fault).inject(ctx, service),
    async shutdown() {
      if (stopped) return;
      stopped = true;
      await load.stop();
      await served.shutdown();
    },
  };
}
