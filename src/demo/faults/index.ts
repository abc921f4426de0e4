/**
 * The demo's fault catalogue: each fault the chaos schedule can inject into
 * the running demo services, how it is injected (admin API, a release, a
 * config change, the world outside), the cause homeostat should name, and the
 * remedy that should heal it — or, for `upstream-latency`, why no remedy can.
 * Pure data plus small functions over the supervisor; no timing of its own.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { ProcessSupervisor } from '../../act/actuators/process/supervisor.js';
import type { DemoServiceName } from '../topology.js';

/** What a fault needs to reach the system. */
export interface FaultContext {
  readonly supervisor: ProcessSupervisor;
  /** The payment provider's state file (`DemoSpecs.providerStateFile`), for `upstream-latency`. */
  readonly providerStateFile?: string;
  /** The load generator, for `benign-spike`. */
  readonly load?: { benignSpike(options?: { factor?: number; durationMs?: number }): unknown };
}

export type FaultName =
  | 'crash'
  | 'hang'
  | 'latency'
  | 'memory-leak'
  | 'pool-exhaustion'
  | 'saturated-queue'
  | 'bad-release'
  | 'bad-config'
  | 'upstream-latency'
  | 'corrupt-state'
  | 'benign-spike';

/** One fault of the catalogue. */
export interface FaultDefinition {
  readonly name: FaultName;
  readonly describe: string;
  /** The service it hits unless the schedule names another. */
  readonly target: DemoServiceName;
  /** Which services it can hit meaningfully. */
  readonly targets: readonly DemoServiceName[];
  /** What a user sees. */
  readonly symptom: string;
  /** The series on the target where the fault shows first: what a cause classifier should look at. */
  readonly indicators: readonly string[];
  /** The cause class a diagnosis should name; null when there is nothing to heal. */
  readonly expectedCause: string | null;
  /** The remedy that should be applied; null when none should be. */
  readonly expectedRemedy: string | null;
  /** False when the expected remedy is tried but cannot help (kill switch, then escalation). */
  readonly remedyHelps: boolean;
  inject(ctx: FaultContext, target?: string): Promise<void>;
  /** Undoes the fault by hand (tests, the end of a run); absent when a remedy is the only way back. */
  clear?(ctx: FaultContext, target?: string): Promise<void>;
}

async function admin(
  ctx: FaultContext,
  service: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const base = ctx.supervisor.endpoints(service)[0]?.adminUrl;
  if (!base) throw new Error(`fault: service '${service}' has no adminUrl`);
  const res = await fetch(`${base.replace(/\/$/, '')}${path}`, {
    method,
    ...(body !== undefined
      ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
      : {}),
    signal: AbortSignal.timeout(3_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`fault: ${method} ${path} on ${service} answered ${res.status}: ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const fault = (ctx: FaultContext, service: string, query: string) =>
  admin(ctx, service, 'POST', `/fault?${query}`).catch((err: unknown) => {
    // A crash order may lose its answer to the exit: that is the fault working.
    if (!query.startsWith('mode=crash')) throw err;
  });

/** The release currently deployed, to derive a new one from. */
function currentRelease(sup: ProcessSupervisor, service: string) {
  const st = sup.inspect(service);
  const r = st.releases.find((x) => x.revision === st.currentRelease);
  if (!r) throw new Error(`fault: ${service} has no current release`);
  return r;
}

/**
 * Every fault, by name.
 * @example await FAULTS['pool-exhaustion'].inject({ supervisor });
 */
export const FAULTS: Readonly<Record<FaultName, FaultDefinition>> = {
  crash: {
    name: 'crash',
    describe: 'the process exits with code 70',
    target: 'catalog',
    targets: ['gateway', 'catalog', 'cart', 'orders', 'payments', 'inventory'],
    symptom: 'process exit; callers get connection refused',
    indicators: ['up', 'process_exit'],
    expectedCause: 'process-crashed',
    expectedRemedy: 'infra.restart',
    remedyHelps: true,
    inject: (ctx, t = 'catalog') => fault(ctx, t, 'mode=crash').then(() => undefined),
  },
  hang: {
    name: 'hang',
    describe: 'the process runs but answers nothing, not even /health or /metrics',
    target: 'cart',
    targets: ['gateway', 'catalog', 'cart', 'orders', 'payments', 'inventory'],
    symptom: 'health probe times out; callers time out',
    indicators: ['up', 'http_in_flight_requests'],
    expectedCause: 'process-hung',
    expectedRemedy: 'infra.restart',
    remedyHelps: true,
    inject: (ctx, t = 'cart') => fault(ctx, t, 'mode=hang').then(() => undefined),
    clear: (ctx, t = 'cart') => fault(ctx, t, 'mode=none').then(() => undefined),
  },
  latency: {
    name: 'latency',
    describe: '+400 ms on every payments request (in-process: lock contention, GC thrash)',
    target: 'payments',
    targets: ['payments', 'inventory', 'catalog'],
    symptom: 'p95 latency up at payments, and as client latency at orders, cart and gateway',
    indicators: ['http_server_latency_p95_seconds', 'http_server_duration_seconds'],
    expectedCause: 'latency',
    expectedRemedy: 'infra.restart',
    remedyHelps: true,
    inject: (ctx, t = 'payments') => fault(ctx, t, 'mode=latency&ms=400').then(() => undefined),
    clear: (ctx, t = 'payments') => fault(ctx, t, 'mode=none').then(() => undefined),
  },
  'memory-leak': {
    name: 'memory-leak',
    describe: 'the process keeps 8 MB more every second (up to LEAK_LIMIT_MB)',
    target: 'catalog',
    targets: ['gateway', 'catalog', 'cart', 'orders', 'payments', 'inventory'],
    symptom: 'process_resident_memory_bytes grows steadily',
    indicators: ['process_resident_memory_bytes'],
    expectedCause: 'memory-leak',
    expectedRemedy: 'infra.restart',
    remedyHelps: true,
    inject: (ctx, t = 'catalog') => fault(ctx, t, 'mode=leak&mbPerS=8').then(() => undefined),
    clear: (ctx, t = 'catalog') => fault(ctx, t, 'mode=none').then(() => undefined),
  },
  'pool-exhaustion': {
    name: 'pool-exhaustion',
    describe: 'inventory leaks every connection of its pool; reservations wait, then time out',
    target: 'inventory',
    targets: ['inventory'],
    symptom: 'db_pool_in_use = db_pool_size, db_pool_timeouts_total rising, 503 from inventory, 502 upstream',
    indicators: ['db_pool_in_use', 'db_pool_size', 'db_pool_waiting', 'db_pool_timeouts_total'],
    expectedCause: 'pool-exhausted',
    expectedRemedy: 'infra.pool-resize',
    remedyHelps: true,
    inject: (ctx, t = 'inventory') => admin(ctx, t, 'POST', '/pool/leak').then(() => undefined),
  },
  'saturated-queue': {
    name: 'saturated-queue',
    describe: 'fulfilment work slows to 1.5 s a job (a slow carrier API) with a 40-job backlog',
    target: 'fulfillment',
    targets: ['fulfillment'],
    symptom: 'queue_depth and queue_oldest_age_seconds grow; more workers drain them',
    indicators: ['queue_depth', 'queue_oldest_age_seconds'],
    expectedCause: 'saturated-queue',
    expectedRemedy: 'infra.scale-out',
    remedyHelps: true,
    inject: async (ctx, t = 'fulfillment') => {
      await admin(ctx, t, 'PUT', '/queue', { workMs: 1_500 });
      await admin(ctx, t, 'POST', '/queue/backlog?count=40');
    },
    clear: (ctx, t = 'fulfillment') => admin(ctx, t, 'PUT', '/queue', { workMs: null }).then(() => undefined),
  },
  'bad-release': {
    name: 'bad-release',
    describe: 'payments 1.1.0 is deployed with a bug that fails 40% of charges',
    target: 'payments',
    targets: ['payments', 'catalog', 'inventory', 'orders'],
    symptom: 'error rate up right after a deploy; app_info{version="1.1.0"}',
    indicators: ['http_errors_total', 'app_info'],
    expectedCause: 'bad-release',
    expectedRemedy: 'infra.rollback-release',
    remedyHelps: true,
    inject: async (ctx, t = 'payments') => {
      const r = currentRelease(ctx.supervisor, t);
      await ctx.supervisor.deploy(t, {
        version: '1.1.0',
        env: { ...r.env, VERSION: '1.1.0', BUG: 'errors:0.4' },
      });
    },
    clear: async (ctx, t = 'payments') => {
      if (currentRelease(ctx.supervisor, t).env.BUG) await ctx.supervisor.rollback(t);
    },
  },
  'bad-config': {
    name: 'bad-config',
    describe: 'orders gets PAYMENTS_TIMEOUT_MS=5, shorter than any charge takes',
    target: 'orders',
    targets: ['orders'],
    symptom: 'every order fails with 504 (payments timeout) right after a config change',
    indicators: ['http_client_errors_total', 'http_errors_total'],
    expectedCause: 'bad-config',
    expectedRemedy: 'infra.config-revert',
    remedyHelps: true,
    inject: (ctx, t = 'orders') =>
      ctx.supervisor.setEnv(t, { PAYMENTS_TIMEOUT_MS: '5' }).then(() => undefined),
    clear: async (ctx, t = 'orders') => {
      const st = ctx.supervisor.inspect(t);
      const before = st.configs.filter((c) => c.revision < st.currentConfig).at(-1);
      if (before && ctx.supervisor.env(t).PAYMENTS_TIMEOUT_MS === '5')
        await ctx.supervisor.revertConfig(t, before.revision);
    },
  },
  'upstream-latency': {
    name: 'upstream-latency',
    describe:
      'the external payment provider answers 600 ms slower; it is outside the demo, so restarting payments cannot help',
    target: 'payments',
    targets: ['payments'],
    symptom: 'p95 latency up at payments and its callers; payments\' client latency to "provider" up',
    indicators: ['http_server_latency_p95_seconds', 'http_client_duration_seconds'],
    expectedCause: 'latency',
    expectedRemedy: 'infra.restart',
    remedyHelps: false,
    inject: async (ctx) => {
      const file = ctx.providerStateFile;
      if (!file) throw new Error('fault upstream-latency: no providerStateFile in the fault context');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ latencyMs: 600 }));
    },
    clear: async (ctx) => {
      if (ctx.providerStateFile) rmSync(ctx.providerStateFile, { force: true });
    },
  },
  'corrupt-state': {
    name: 'corrupt-state',
    describe:
      "inventory's SQLite file is overwritten by a disk fault; a restart reopens the same broken file",
    target: 'inventory',
    targets: ['inventory'],
    symptom:
      "every reservation fails with SQLITE_NOTADB; inventory's health goes red; a restart cannot even open the file",
    indicators: ['health', 'log: database error'],
    expectedCause: 'corrupt-state',
    expectedRemedy: 'infra.reset-state',
    remedyHelps: true,
    inject: async (ctx, t = 'inventory') => {
      const dir = ctx.supervisor.inspect(t).spec.stateDir;
      if (!dir) throw new Error(`fault corrupt-state: ${t} has no stateDir`);
      const file = join(dir, `${t}.db`);
      // Garbage over the database, its write-ahead log and its shared index, as a failing disk
      // leaves them. Overwritten in place, never truncated: the live connections map the index.
      for (const part of [file, `${file}-wal`, `${file}-shm`]) {
        if (!existsSync(part)) continue;
        const size = Math.min(statSync(part).size || 8192, 65_536);
        const fd = openSync(part, 'r+');
        try {
          writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, 0);
        } finally {
          closeSync(fd);
        }
      }
    },
  },
  'benign-spike': {
    name: 'benign-spike',
    describe: 'load triples for 20 s — a marketing e-mail, not a fault',
    target: 'gateway',
    targets: ['gateway'],
    symptom: 'request rate up everywhere, latency a little up; no error rise',
    indicators: ['http_requests_total'],
    expectedCause: null,
    expectedRemedy: null,
    remedyHelps: false,
    inject: async (ctx) => {
      if (!ctx.load) throw new Error('fault benign-spike: no load generator in the fault context');
      ctx.load.benignSpike({ factor: 3, durationMs: 20_000 });
    },
  },
};

/** Fault names in catalogue order. */
export const FAULT_NAMES: readonly FaultName[] = Object.keys(FAULTS) as FaultName[];

/**
 * Looks a fault up by name, with a helpful error.
 * @example faultByName('hang').expectedRemedy // 'infra.restart'
 */
export function faultByName(name: string): FaultDefinition {
  const f = (FAULTS as Record<string, FaultDefinition | undefined>)[name];
  if (!f) throw new Error(`unknown fault '${name}'; known: ${FAULT_NAMES.join(', ')}`);
  return f;
}
