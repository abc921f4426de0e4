/**
 * Everything the dashboard's browser tests stand on, all real: the web app
 * built by Vite into a temporary folder, a runtime on SQLite with two scripted
 * remedies (a low-risk restart the policy runs on its own, a high-risk
 * rollback that waits for approval), the API server serving the build, a
 * topology and metric series to draw, and Debian's Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { MemoryBus } from '../../src/core/bus.js';
import { Policy } from '../../src/decide/policy.js';
import { launchChromium } from '../../src/healers/tests/browser.js';
import { type Anomaly, entityId, type Incident, newId, type Signal } from '../../src/model/index.js';
import { createRuntime, type Runtime } from '../../src/runtime/runtime.js';
import { TokenAuthority } from '../../src/server/auth.js';
import { mountSeries, SeriesBook } from '../../src/server/series.js';
import { type ApiServer, createApiServer } from '../../src/server/server.js';
import { scriptedRemedy } from '../../src/testing/scripted-remedy.js';
import { EntityGraph } from '../../src/topology/graph.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export const TOKENS = {
  viewer: 'viewer-token-browser-0123456789',
  operator: 'operator-token-browser-0123456789',
  approver: 'approver-token-browser-0123456789',
} as const;

export interface Harness {
  readonly url: string;
  readonly runtime: Runtime;
  /** The SQLite file of the runtime (for tampering with the ledger). */
  readonly dbPath: string;
  readonly browser: Browser;
  /** A browser page signed in with the token of a role, or a literal token (stored as the dashboard stores it). */
  page(role: keyof typeof TOKENS | { token: string }): Promise<Page>;
  /** Opens an incident the low-risk restart fits ('process-crashed') or the high-risk rollback ('bad-release'). */
  incident(service: string, cause: 'process-crashed' | 'bad-release'): Promise<Incident>;
  /** fetch against the API with a role's token. */
  call(
    method: string,
    path: string,
    role: keyof typeof TOKENS,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** Builds the dashboard into a temporary folder (never touching dist/web, which a running demo may serve). */
export async function buildWeb(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

function anomaly(
  entity: string,
  indicator: string,
  at: number,
  observed: number,
  lo: number,
  hi: number,
): Anomaly {
  return {
    id: newId('anomaly', at),
    entity: entity as Anomaly['entity'],
    indicator,
    at,
    score: 0.98,
    confidence: 0.9,
    detector: 'baseline',
    explanation: {
      observed,
      expectedLow: lo,
      expectedHigh: hi,
      profile: 'weekday 14:00',
      support: 120,
      text: '',
    },
    signalIds: [],
    fingerprint: `${entity}/${indicator}/up`,
  };
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'homeostat-browser-'));
  const web = join(dir, 'web');
  const browserPromise = launchChromium();
  await buildWeb(web);

  const bus = new MemoryBus();
  const now = () => Date.now();
  const restart = scriptedRemedy({
    name: 'infra.restart',
    actionClass: 'restart',
    risk: 'low',
    cause: 'process-crashed',
    effect: () => 'fixes-slowly',
    slowMs: 1200,
    now,
    verifyWindowMs: 8000,
    confirmMs: 300,
  });
  const rollback = scriptedRemedy({
    name: 'infra.rollback-release',
    actionClass: 'rollback-release',
    risk: 'high',
    cause: 'bad-release',
    effect: () => 'fixes',
    now,
    verifyWindowMs: 8000,
    confirmMs: 300,
  });
  const policy = Policy.parse(
    `version: 1\nlimits: { perTarget: { cooldownMs: 0 } }\npauseFlagFile: ${JSON.stringify(join(dir, 'PAUSE'))}\n`,
    'browser-test-policy.yaml',
  );
  const runtime = await createRuntime({
    dir,
    storeUrl: `sqlite:${join(dir, 'homeostat.db')}`,
    policy,
    bus,
    remedies: [restart, rollback],
    verification: { tickMs: 100 },
    syncIntervalMs: 100,
  });
  await runtime.engine.start();

  const graph = new EntityGraph();
  graph.addCall('gateway', 'catalog');
  graph.addCall('gateway', 'cart');
  graph.addCall('cart', 'orders');
  graph.addCall('orders', 'payments');
  graph.addCall('orders', 'inventory');
  const book = new SeriesBook();
  const t0 = now() - 5 * 60_000;
  const samples: Signal[] = [];
  for (let i = 0; i < 300; i++) {
    const at = t0 + i * 1000;
    const spike = i >= 280 ? 25 : 0;
    for (const [svc, base] of [
      ['payments', 0.8],
      ['orders', 1.2],
    ] as const) {
      const value = base + 0.3 * Math.sin(i / 9) + (svc === 'orders' ? spike : 0);
      samples.push({
        id: newId('signal', at),
        kind: 'metric',
        source: 'prometheus',
        entity: entityId('service', svc),
        name: 'http_error_rate_pct',
        at,
        value,
        labels: {},
      });
    }
  }
  book.record(samples);

  const authority = TokenAuthority.fromConfig({
    tokens: [
      { name: 'vera', role: 'viewer', token: TOKENS.viewer },
      { name: 'otto', role: 'operator', token: TOKENS.operator },
      { name: 'alice', role: 'approver', token: TOKENS.approver },
    ],
  });
  const api: ApiServer = await createApiServer({
    runtime,
    graph,
    bus,
    tokens: authority,
    staticDir: web,
    heartbeatMs: 5000,
    ledgerPollMs: 300,
    receivers: async (app) => mountSeries(app, { book, store: runtime.store, authority }),
  });
  const url = await api.listen(0, '127.0.0.1');
  const browser = await browserPromise;
  const contexts: BrowserContext[] = [];

  return {
    url,
    runtime,
    dbPath: join(dir, 'homeostat.db'),
    browser,
    async page(role) {
      const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      contexts.push(ctx);
      const token = typeof role === 'string' ? TOKENS[role] : role.token;
      await ctx.addInitScript({
        content: `localStorage.setItem('homeostat.token', ${JSON.stringify(token)});`,
      });
      const page = await ctx.newPage();
      page.setDefaultTimeout(8000);
      await page.goto(url);
      return page;
    },
    async incident(service, cause) {
      const entity = entityId('service', service);
      const at = now();
      const release = cause === 'bad-release';
      return runtime.engine.openIncident({
        title: release ? `${service}: error rate up after release v42` : `${service} stopped answering`,
        domain: 'infra',
        entities: [entity],
        anomalies: [
          release
            ? anomaly(entity, 'http_error_rate_pct', at - 1500, 25.3, 0.4, 1.6)
            : anomaly(entity, 'probe_up', at - 1500, 0, 1, 1),
        ],
        hypotheses: [
          {
            entity,
            cause,
            confidence: release ? 0.87 : 0.94,
            summary: release
              ? `release v42 of ${service} raised the error rate from 1% to 25%`
              : `${service} process exited (code 137) and no longer answers its health probe`,
            diagnoser: 'rca',
            evidence: release
              ? [
                  {
                    kind: 'change',
                    description: `deploy of ${service} v42 at ${new Date(at - 60_000).toLocaleTimeString()}, 58 s before the onset`,
                    weight: 0.5,
                  },
                  {
                    kind: 'deviation',
                    description: 'http_error_rate_pct 25.3% vs expected 0.4–1.6%',
                    weight: 0.4,
                  },
                  {
                    kind: 'topology',
                    description: `callers of ${service} degrade; its dependencies are healthy`,
                    weight: 0.1,
                  },
                ]
              : [
                  { kind: 'signal', description: 'process_exit code=137 (killed)', weight: 0.7 },
                  { kind: 'deviation', description: 'probe_up 0 vs expected 1 for 3 probes', weight: 0.3 },
                ],
          },
        ],
      });
    },
    async call(method, path, role, body) {
      const res = await fetch(url + path, {
        method,
        headers: {
          authorization: `Bearer ${TOKENS[role]}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      return { status: res.status, body: parsed };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await api.close();
      await runtime.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
