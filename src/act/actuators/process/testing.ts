/**
 * Test helpers for code that drives the process supervisor: the path of the
 * tiny fixture HTTP service, free loopback ports, and a spec for the fixture.
 * Reusable by every test that needs a real supervised service.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceSpec } from './types.js';

/** The folder holding the homeostat package.json, found by walking up from this module. */
export function repoRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name;
      if (name === 'homeostat') return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the homeostat package root above this module');
    dir = up;
  }
}

/** The fixture service: /health, /metrics, and an admin API to crash, hang or fail it. */
export const FIXTURE_SERVICE = join(repoRoot(), 'test/fixtures/services/service.mjs');

/** One port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** `count` consecutive free ports (for `portBase`). */
export async function freePortRange(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen({ port, exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/**
 * A spec running the fixture service on `portBase`, with short timeouts so tests stay fast.
 * @example const spec = fixtureSpec('api', await freePortRange(1), { env: { VERSION: 'v1' } });
 */
export function fixtureSpec(
  name: string,
  portBase: number,
  overrides: Partial<ServiceSpec> = {},
): ServiceSpec {
  return {
    name,
    command: [process.execPath, FIXTURE_SERVICE],
    portBase,
    healthUrl: 'http://127.0.0.1:{port}/health',
    metricsUrl: 'http://127.0.0.1:{port}/metrics',
    adminUrl: 'http://127.0.0.1:{port}/admin',
    stopTimeoutMs: 1_000,
    readyTimeoutMs: 3_000,
    healthTimeoutMs: 300,
    ...overrides,
  };
}

/** True while a pid exists (signal 0 probes without sending anything). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `check` holds, polling; throws with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 3_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
