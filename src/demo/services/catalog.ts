/**
 * catalog: the product list the gateway shows. A leaf service with no
 * dependencies (a crash or a leak here is its own fault, never inherited).
 */
import { main } from './lib/service.js';

const PRODUCTS = Array.from({ length: 24 }, (_, i) => ({
  sku: `sku-${String(i + 1).padStart(3, '0')}`,
  name: `Product ${i + 1}`,
  priceCents: 500 + ((i * 379) % 4_500),
}));

await main({
  name: 'catalog',
  routes: {
    'GET /products': (ctx) => {
      const limit = Math.min(PRODUCTS.length, Number(ctx.query.get('limit') ?? 12) || 12);
      return { body: { products: PRODUCTS.slice(0, limit) } };
    },
    'GET /product': (ctx) => {
      const p = PRODUCTS.find((x) => x.sku === ctx.query.get('sku'));
      return p ? { body: p } : { status: 404, body: { error: 'no such product' } };
    },
  },
});
