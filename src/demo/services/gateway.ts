/**
 * gateway: the edge service the load generator calls. It fans out to catalog
 * (browsing) and cart (basket and checkout), so every fault deeper in the
 * system shows here first as a symptom — which is why the root cause must be
 * found further down, not at the gateway.
 */
import { z } from 'zod';
import { dependencyFailed, main, type Reply } from './lib/service.js';

const itemSchema = z.object({
  user: z.string().min(1),
  sku: z.string().min(1),
  qty: z.number().int().min(1).max(99),
});
const userSchema = z.object({ user: z.string().min(1) });

function bad(err: z.ZodError): Reply {
  return {
    status: 400,
    body: { error: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') },
  };
}

await main({
  name: 'gateway',
  peers: ['catalog', 'cart'],
  routes: {
    'GET /api/products': async (ctx) => {
      const r = await ctx.call('catalog', 'GET', '/products?limit=12');
      return r.ok ? { status: r.status, body: r.body } : dependencyFailed('catalog', r);
    },
    'POST /api/cart': async (ctx) => {
      const p = itemSchema.safeParse(ctx.body);
      if (!p.success) return bad(p.error);
      const r = await ctx.call('cart', 'POST', '/items', { body: p.data });
      return r.ok ? { status: r.status, body: r.body } : dependencyFailed('cart', r);
    },
    'POST /api/checkout': async (ctx) => {
      const p = userSchema.safeParse(ctx.body);
      if (!p.success) return bad(p.error);
      const r = await ctx.call('cart', 'POST', '/checkout', { body: p.data, timeoutMs: 5_000 });
      return r.ok ? { status: r.status, body: r.body } : dependencyFailed('cart', r);
    },
  },
});
