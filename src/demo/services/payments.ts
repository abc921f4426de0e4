/**
 * payments: charges an order. A deep dependency: latency added here shows up
 * in orders, cart and the gateway. It also calls an external payment provider
 * that homeostat does not supervise, imitated by a file (PROVIDER_STATE) that
 * may say the provider is slow — restarting payments cannot fix that, which is
 * the demo's "remedy that does not help".
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { Registry } from './lib/metrics.js';
import { main } from './lib/service.js';

const env = z
  .object({
    PROCESSING_MS: z.coerce.number().int().min(0).default(15),
    PROVIDER_STATE: z.string().optional(),
  })
  .parse(process.env);

const providerSchema = z.object({ latencyMs: z.number().int().min(0).max(60_000) });
let provider = { latencyMs: 0, checkedAt: 0, mtimeMs: -1 };

/** The provider's current latency; the file is re-read at most twice a second. */
function providerLatencyMs(): number {
  const file = env.PROVIDER_STATE;
  if (!file) return 0;
  const now = Date.now();
  if (now - provider.checkedAt < 500) return provider.latencyMs;
  provider.checkedAt = now;
  try {
    const mtimeMs = statSync(file).mtimeMs;
    if (mtimeMs !== provider.mtimeMs) {
      const parsed = providerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      provider = { latencyMs: parsed.success ? parsed.data.latencyMs : 0, checkedAt: now, mtimeMs };
    }
  } catch {
    provider = { latencyMs: 0, checkedAt: now, mtimeMs: -1 };
  }
  return provider.latencyMs;
}

const chargeSchema = z.object({ order: z.string().min(1), amountCents: z.number().int().min(0) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let metrics: Registry | undefined;

await main({
  name: 'payments',
  metrics: (m) => {
    metrics = m;
  },
  routes: {
    'POST /charge': async (ctx) => {
      const p = chargeSchema.safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: p.error.message } };
      // Work time with a little jitter, so latency has a spread to learn a baseline from.
      await sleep(env.PROCESSING_MS * (0.7 + Math.random() * 0.6));
      // The provider call, measured like any client call so that a slow provider is visible as such.
      const ext = providerLatencyMs();
      const t0 = performance.now();
      if (ext > 0) {
        ctx.span.setAttribute('provider.latency_ms', ext);
        await sleep(ext);
      }
      metrics?.observe(
        'http_client_duration_seconds',
        { service: 'payments', peer: 'provider' },
        (performance.now() - t0) / 1000,
      );
      return {
        status: 201,
        body: { charge: randomUUID(), order: p.data.order, amountCents: p.data.amountCents },
      };
    },
  },
});
