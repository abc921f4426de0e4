/**
 * orders: places an order — reserves stock at inventory (whose connection
 * pool can run dry), charges at payments (within PAYMENTS_TIMEOUT_MS, the
 * setting a bad config change breaks), and enqueues a fulfilment job.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { dependencyFailed, main } from './lib/service.js';

const env = z
  .object({ PAYMENTS_TIMEOUT_MS: z.coerce.number().int().positive().default(1_000) })
  .parse(process.env);
const orderSchema = z.object({
  user: z.string().min(1),
  items: z.array(z.object({ sku: z.string().min(1), qty: z.number().int().min(1) })).min(1),
});

await main({
  name: 'orders',
  peers: ['inventory', 'payments', 'fulfillment'],
  routes: {
    'POST /orders': async (ctx) => {
      const p = orderSchema.safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: p.error.message } };
      const order = randomUUID();
      const reserved = await ctx.call('inventory', 'POST', '/reserve', {
        body: { order, items: p.data.items },
      });
      if (!reserved.ok) return dependencyFailed('inventory', reserved);
      if (reserved.status === 409) return { status: 409, body: { error: 'out of stock' } };
      const amountCents = p.data.items.reduce((n, i) => n + i.qty * 1_000, 0);
      const charged = await ctx.call('payments', 'POST', '/charge', {
        body: { order, amountCents },
        timeoutMs: env.PAYMENTS_TIMEOUT_MS,
      });
      if (!charged.ok) return dependencyFailed('payments', charged);
      const queued = await ctx.call('fulfillment', 'POST', '/jobs', { body: { order, items: p.data.items } });
      if (!queued.ok) return dependencyFailed('fulfillment', queued);
      return { status: 201, body: { order, amountCents } };
    },
  },
});
