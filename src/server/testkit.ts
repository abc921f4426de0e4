/**
 * A real runtime (SQLite in a temporary folder, the real policy, approvals and
 * ledger) with a scripted remedy, behind a real API server on 127.0.0.1, plus
 * a small fetch helper. Shared by the server's tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryBus } from '../core/bus.js';
import { Policy } from '../decide/policy.js';
import { entityId, type Incident, type Risk } from '../model/index.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import { type Effect, scriptedRemedy } from '../testing/scripted-remedy.js';
import type { TokenConfig } from './auth.js';
import { type ApiServer, type ApiServerOptions, createApiServer } from './server.js';

/** One token per role, long enough to be accepted. */
export const TOKENS = {
  viewer: 'viewer-token-0123456789abcdef',
  operator: 'operator-token-0123456789abcdef',
  approver: 'approver-token-0123456789abcdef',
  approver2: 'approver2-token-0123456789abcdef',
  admin: 'admin-token-0123456789abcdef',
} as const;

export const TOKEN_CONFIG: TokenConfig = {
  tokens: [
    { name: 'vera', role: 'viewer', token: TOKENS.viewer },
    { name: 'otto', role: 'operator', token: TOKENS.operator },
    { name: 'alice', role: 'approver', token: TOKENS.approver },
    { name: 'bob', role: 'approver', token: TOKENS.approver2 },
    { name: 'root', role: 'admin', token: TOKENS.admin },
  ],
};

export interface Kit {
  readonly dir: string;
  readonly runtime: Runtime;
  readonly bus: MemoryBus;
  readonly api: ApiServer;
  readonly url: string;
  readonly remedy: ReturnType<typeof scriptedRemedy>;
  /** fetch against the server with an optional bearer token. */
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown },
  ): Promise<{ status: number; body: unknown; headers: Headers; text: string }>;
  /** Opens an incident whose hypothesis the scripted remedy fits. */
  incident(service?: string): Promise<Incident>;
  /** Polls the store until the incident satisfies `until`. */
  waitFor(id: string, until: (i: Incident) => boolean): Promise<Incident>;
  close(): Promise<void>;
}

export async function startKit(
  opts: { risk?: Risk; effect?: Effect; server?: Partial<Omit<ApiServerOptions, 'runtime'>> } = {},
): Promise<Kit> {
  const dir = mkdtempSync(join(tmpdir(), 'homeostat-api-'));
  const bus = new MemoryBus();
  const remedy = scriptedRemedy({
    effect: () => opts.effect ?? 'fixes',
    now: () => Date.now(),
    slowMs: 60_000,
    risk: opts.risk ?? 'high',
    verifyWindowMs: 5_000,
    confirmMs: 50,
  });
  const policy = Policy.parse(
    `version: 1\nlimits: { perTarget: { cooldownMs: 0 } }\npauseFlagFile: ${JSON.stringify(join(dir, 'PAUSE'))}\n`,
    'api-test-policy.yaml',
  );
  const runtime = await createRuntime({
    dir,
    storeUrl: `sqlite:${join(dir, 'homeostat.db')}`,
    policy,
    bus,
    remedies: [remedy],
    verification: { tickMs: 20 },
    syncIntervalMs: 50,
  });
  await runtime.engine.start();
  const api = await createApiServer({ runtime, bus, tokens: TOKEN_CONFIG, ...opts.server });
  const url = await api.listen(0, '127.0.0.1');
  return {
    dir,
    runtime,
    bus,
    api,
    url,
    remedy,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = {};
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      if (o.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${url}${path}`, {
        method,
        headers,
        ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: res.status, body, headers: res.headers, text };
    },
    async incident(service = 'checkout') {
      const entity = entityId('service', service);
      return runtime.engine.openIncident({
        title: `${service} crashed`,
        domain: 'infra',
        entities: [entity],
        hypotheses: [
          {
            entity,
            cause: 'process-crashed',
            confidence: 0.9,
            evidence: [{ kind: 'signal', description: 'process exited with code 1' }],
            summary: `${service} crashed`,
            diagnoser: 'test',
          },
        ],
      });
    },
    async waitFor(id, until) {
      for (let i = 0; i < 300; i++) {
        const inc = await runtime.store.getIncident(id);
        if (inc && until(inc)) return inc;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`incident ${id} stayed ${(await runtime.store.getIncident(id))?.state}`);
    },
    async close() {
      await api.close();
      await runtime.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
