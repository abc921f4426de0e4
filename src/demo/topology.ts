/**
 * The demo system's shape: seven services with tiers and dependencies, the
 * ports they listen on, and the `ServiceSpec`s the process supervisor runs
 * them from (command, env with peer URLs and the OTLP endpoint, health,
 * metrics and admin URLs, state folders, fulfilment's instance range).
 *
 *   gateway → catalog
 *   gateway → cart → orders → payments (→ external provider, not supervised)
 *                     orders → inventory (SQLite through a connection pool)
 *                     orders → fulfillment (a work queue drained by N instances)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceSpec } from '../act/actuators/process/types.js';

/** One demo service as the topology knows it. */
export interface DemoService {
  readonly name: DemoServiceName;
  readonly tier: 'edge' | 'app' | 'data' | 'worker';
  readonly dependsOn: readonly DemoServiceName[];
  readonly describe: string;
}

export type DemoServiceName =
  | 'gateway'
  | 'catalog'
  | 'cart'
  | 'orders'
  | 'payments'
  | 'inventory'
  | 'fulfillment';

/** The services, callers before callees. */
export const DEMO_TOPOLOGY: readonly DemoService[] = [
  { name: 'gateway', tier: 'edge', dependsOn: ['catalog', 'cart'], describe: 'the edge the load calls' },
  { name: 'catalog', tier: 'app', dependsOn: [], describe: 'product list' },
  { name: 'cart', tier: 'app', dependsOn: ['orders'], describe: 'baskets and checkout' },
  {
    name: 'orders',
    tier: 'app',
    dependsOn: ['inventory', 'payments', 'fulfillment'],
    describe: 'places orders',
  },
  { name: 'payments', tier: 'app', dependsOn: [], describe: 'charges, via an external provider' },
  { name: 'inventory', tier: 'data', dependsOn: [], describe: 'stock in SQLite behind a connection pool' },
  { name: 'fulfillment', tier: 'worker', dependsOn: [], describe: 'work queue and its workers' },
];

/** A call edge, with how the call travels. */
export interface DemoEdge {
  readonly from: DemoServiceName;
  readonly to: DemoServiceName;
  readonly via: 'http' | 'queue';
}

/** Every edge of the topology. */
export const DEMO_EDGES: readonly DemoEdge[] = DEMO_TOPOLOGY.flatMap((s) =>
  s.dependsOn.map((to) => ({
    from: s.name,
    to,
    via: to === 'fulfillment' ? ('queue' as const) : ('http' as const),
  })),
);

export interface DemoSpecOptions {
  /** The demo's folder: service state lives under `<dir>/state/<service>`. */
  readonly dir: string;
  /** Base OTLP/HTTP endpoint of homeostat, e.g. http://127.0.0.1:4318 (the services add /v1/traces). */
  readonly otlpEndpoint?: string;
  /** Consecutive ports from here; by default free ports chosen by the OS. */
  readonly basePort?: number;
  /** Only these services (their peers' URLs are still filled in). Default: all. */
  readonly only?: readonly DemoServiceName[];
  /** Fulfilment instances at start (default 1) and the most it may scale to (default 4). */
  readonly fulfillmentInstances?: number;
  readonly fulfillmentMaxInstances?: number;
  /** Env added to every service (e.g. LEAK_LIMIT_MB), then per service. */
  readonly env?: Readonly<Record<string, string>>;
  readonly serviceEnv?: Partial<Record<DemoServiceName, Readonly<Record<string, string>>>>;
}

/** A spec with what `homeostat.yaml` adds: labels for the policy, topology edges, the remedies allowed. */
export type DemoConfigService = ServiceSpec & {
  readonly labels: Record<string, string>;
  readonly dependsOn: string[];
  readonly remedies: string[];
};

/** Which remedies make sense where: scaling only for the workers, pool resizing only where the pool is. */
export const DEMO_REMEDIES: Readonly<Record<DemoServiceName, readonly string[]>> = {
  gateway: ['infra.restart', 'infra.rollback-release', 'infra.config-revert'],
  catalog: ['infra.restart', 'infra.rollback-release', 'infra.config-revert'],
  cart: ['infra.restart', 'infra.rollback-release', 'infra.config-revert'],
  orders: ['infra.restart', 'infra.rollback-release', 'infra.config-revert'],
  payments: ['infra.restart', 'infra.rollback-release', 'infra.config-revert'],
  inventory: [
    'infra.restart',
    'infra.pool-resize',
    'infra.rollback-release',
    'infra.config-revert',
    'infra.reset-state',
  ],
  fulfillment: ['infra.restart', 'infra.scale-out', 'infra.scale-in', 'infra.rollback-release'],
};

export interface DemoSpecs {
  readonly specs: ServiceSpec[];
  /** The same specs as `services` entries of a homeostat config (parse with `supervisedServiceSchema`). */
  readonly configServices: DemoConfigService[];
  readonly edges: readonly DemoEdge[];
  /** First port of each service (fulfillment's instance 0). */
  readonly ports: Readonly<Record<DemoServiceName, number>>;
  readonly services: readonly DemoService[];
  /** The file the payment provider's state is read from (see faults: upstream-latency). */
  readonly providerStateFile: string;
}

/** The program of a service: compiled JavaScript next to this module, or the TypeScript source under tsx. */
export function serviceCommand(name: DemoServiceName): string[] {
  const js = fileURLToPath(new URL(`./services/${name}.js`, import.meta.url));
  if (existsSync(js)) return [process.execPath, js];
  const ts = fileURLToPath(new URL(`./services/${name}.ts`, import.meta.url));
  return [process.execPath, '--import', 'tsx', ts];
}

/** A port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
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

/**
 * `count` distinct ports: consecutive from `basePort`, or free ones from the OS.
 * @example await allocatePorts(3, 7100) // [7100, 7101, 7102]
 */
export async function allocatePorts(count: number, basePort?: number): Promise<number[]> {
  if (basePort !== undefined) return Array.from({ length: count }, (_, i) => basePort + i);
  const out = new Set<number>();
  while (out.size < count) out.add(await freePort());
  return [...out];
}

/**
 * The supervisor specs of the demo services.
 * @example const { specs } = await demoServiceSpecs({ dir: '.homeostat/demo', otlpEndpoint: 'http://127.0.0.1:4318' });
 * const sup = new ProcessSupervisor({ services: specs }); await sup.start();
 */
export async function demoServiceSpecs(options: DemoSpecOptions): Promise<DemoSpecs> {
  const maxF = options.fulfillmentMaxInstances ?? 4;
  const startF = Math.min(maxF, options.fulfillmentInstances ?? 1);
  const slots = DEMO_TOPOLOGY.map((s) => (s.name === 'fulfillment' ? maxF : 1));
  const all = await allocatePorts(
    slots.reduce((a, b) => a + b, 0),
    options.basePort,
  );
  const portsOf = new Map<DemoServiceName, number[]>();
  let next = 0;
  DEMO_TOPOLOGY.forEach((s, i) => {
    portsOf.set(s.name, all.slice(next, next + (slots[i] ?? 1)));
    next += slots[i] ?? 1;
  });
  const first = (n: DemoServiceName) => portsOf.get(n)?.[0] ?? 0;
  const url = (n: DemoServiceName) => `http://127.0.0.1:${first(n)}`;
  const stateDir = (n: DemoServiceName) => join(options.dir, 'state', n);
  const providerStateFile = join(options.dir, 'external', 'payment-provider.json');
  mkdirSync(join(options.dir, 'external'), { recursive: true });

  const own: Record<DemoServiceName, Record<string, string>> = {
    gateway: { CATALOG_URL: url('catalog'), CART_URL: url('cart') },
    catalog: {},
    cart: { ORDERS_URL: url('orders') },
    orders: {
      INVENTORY_URL: url('inventory'),
      PAYMENTS_URL: url('payments'),
      FULFILLMENT_URL: url('fulfillment'),
      PAYMENTS_TIMEOUT_MS: '1000',
    },
    payments: { PROVIDER_STATE: providerStateFile, PROCESSING_MS: '15' },
    inventory: { STATE_DIR: stateDir('inventory'), POOL_SIZE: '4', POOL_ACQUIRE_TIMEOUT_MS: '250' },
    fulfillment: { STATE_DIR: stateDir('fulfillment'), WORK_MS: '100', WORKER_CONCURRENCY: '1' },
  };
  const wanted = new Set(options.only ?? DEMO_TOPOLOGY.map((s) => s.name));
  const specs: ServiceSpec[] = DEMO_TOPOLOGY.filter((s) => wanted.has(s.name)).map((s) => {
    const env: Record<string, string> = {
      SERVICE: s.name,
      VERSION: '1.0.0',
      ...(options.otlpEndpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: options.otlpEndpoint } : {}),
      ...options.env,
      ...own[s.name],
      ...options.serviceEnv?.[s.name],
    };
    const hasState = s.name === 'inventory' || s.name === 'fulfillment';
    if (hasState) mkdirSync(stateDir(s.name), { recursive: true });
    return {
      name: s.name,
      command: serviceCommand(s.name),
      env,
      version: '1.0.0',
      ports: portsOf.get(s.name) ?? [],
      healthUrl: 'http://127.0.0.1:{port}/health',
      metricsUrl: 'http://127.0.0.1:{port}/metrics',
      adminUrl: 'http://127.0.0.1:{port}/admin',
      ...(hasState ? { stateDir: stateDir(s.name) } : {}),
      healthTimeoutMs: 500,
      readyTimeoutMs: 10_000,
      stopTimeoutMs: 3_000,
      ...(s.name === 'fulfillment' ? { instances: startF, minInstances: 1, maxInstances: maxF } : {}),
    };
  });
  const ports = Object.fromEntries(DEMO_TOPOLOGY.map((s) => [s.name, first(s.name)])) as Record<
    DemoServiceName,
    number
  >;
  const configServices = specs.map((spec) => {
    const s = DEMO_TOPOLOGY.find((x) => x.name === spec.name) as DemoService;
    return {
      ...spec,
      labels: { tier: s.tier, env: 'demo' },
      dependsOn: s.dependsOn.filter((d) => wanted.has(d)),
      remedies: [...DEMO_REMEDIES[s.name]],
    };
  });
  return { specs, configServices, edges: DEMO_EDGES, ports, services: DEMO_TOPOLOGY, providerStateFile };
}
