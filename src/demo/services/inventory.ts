/**
 * inventory: reserves stock in a SQLite database through a real connection
 * pool (POOL_SIZE connections, POOL_ACQUIRE_TIMEOUT_MS to get one). The pool
 * can be resized live (`PUT /admin/pool {"size": n}`, what `infra.pool-resize`
 * calls) and can be made to leak (`POST /admin/pool/leak?count=n`): leaked
 * connections stay lent out until a resize makes room or a restart drops them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Registry } from './lib/metrics.js';
import { ConnectionPool, PoolTimeoutError } from './lib/pool.js';
import { main } from './lib/service.js';

type Db = InstanceType<typeof Database>;

const env = z
  .object({
    STATE_DIR: z.string().min(1),
    POOL_SIZE: z.coerce.number().int().min(1).max(256).default(4),
    POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().positive().default(250),
    QUERY_MS: z.coerce.number().int().min(0).default(5),
  })
  .parse(process.env);

mkdirSync(env.STATE_DIR, { recursive: true });
const file = join(env.STATE_DIR, 'inventory.db');
try {
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.exec('CREATE TABLE IF NOT EXISTS stock (sku TEXT PRIMARY KEY, qty INTEGER NOT NULL)');
  const seed = setup.prepare('INSERT OR IGNORE INTO stock (sku, qty) VALUES (?, ?)');
  for (let i = 1; i <= 24; i++) seed.run(`sku-${String(i).padStart(3, '0')}`, 1_000);
  setup.close();
} catch (err) {
  // A database that cannot be opened will not open on the next start either: say why, and stop.
  const e = err as { code?: string; message?: string };
  process.stdout.write(
    `${JSON.stringify({ ts: new Date().toISOString(), level: 'error', service: 'inventory', msg: 'fatal: cannot open the database', code: e.code ?? null, error: e.message ?? String(err), file })}\n`,
  );
  process.exit(78);
}

const pool = new ConnectionPool<Db>({
  size: env.POOL_SIZE,
  acquireTimeoutMs: env.POOL_ACQUIRE_TIMEOUT_MS,
  create: () => {
    const db = new Database(file);
    db.pragma('busy_timeout = 2000');
    return db;
  },
  destroy: (db) => db.close(),
});

let metrics: Registry | undefined;
/** Timeouts in the last few seconds make the service unhealthy: waiting is normal, giving up is not. */
const recentTimeouts: number[] = [];
/** Database errors (a corrupt file, a full disk) in the last few seconds make it unhealthy too. */
const recentDbErrors: number[] = [];

/** A SQLite error, logged with its code so a person (and a diagnoser) can see what broke. */
function dbError(err: unknown, log: { error(msg: string, f?: Record<string, string | null>): void }) {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e.code !== 'string' || !e.code.startsWith('SQLITE_')) return undefined;
  recentDbErrors.push(Date.now());
  log.error('database error', { code: e.code, error: String(e.message ?? '') });
  return { status: 500, body: { error: `database error ${e.code}` }, cause: 'local' as const };
}
const reserveSchema = z.object({
  order: z.string().min(1),
  items: z.array(z.object({ sku: z.string().min(1), qty: z.number().int().min(1) })).min(1),
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function reserve(db: Db, items: readonly { sku: string; qty: number }[]): boolean {
  return db
    .transaction(() => {
      for (const it of items) {
        // Restock instead of running out: the demo is about faults, not about a sold-out shop.
        db.prepare('UPDATE stock SET qty = qty + 1000 WHERE sku = ? AND qty < ?').run(it.sku, it.qty + 10);
        const r = db
          .prepare('UPDATE stock SET qty = qty - ? WHERE sku = ? AND qty >= ?')
          .run(it.qty, it.sku, it.qty);
        if (r.changes === 0) return false;
      }
      return true;
    })
    .immediate();
}

await main({
  name: 'inventory',
  metrics: (m) => {
    metrics = m;
    m.gauge('db_pool_size', 'Connections the pool may hold');
    m.gauge('db_pool_in_use', 'Connections lent out now');
    m.gauge('db_pool_idle', 'Open connections not lent out');
    m.gauge('db_pool_waiting', 'Requests waiting for a connection');
    m.counter('db_pool_timeouts_total', 'Requests that gave up waiting for a connection');
    m.counter('db_pool_acquired_total', 'Connections lent out');
    m.onCollect(() => {
      const s = pool.stats();
      m.set('db_pool_size', { service: 'inventory' }, s.size);
      m.set('db_pool_in_use', { service: 'inventory' }, s.inUse);
      m.set('db_pool_idle', { service: 'inventory' }, s.idle);
      m.set('db_pool_waiting', { service: 'inventory' }, s.waiting);
    });
  },
  health: () => {
    const s = pool.stats();
    while (recentTimeouts.length && (recentTimeouts[0] ?? 0) < Date.now() - 5_000) recentTimeouts.shift();
    while (recentDbErrors.length && (recentDbErrors[0] ?? 0) < Date.now() - 5_000) recentDbErrors.shift();
    const ok = !(pool.exhausted && recentTimeouts.length > 0) && recentDbErrors.length === 0;
    return {
      ok,
      detail: {
        pool: { size: s.size, inUse: s.inUse, waiting: s.waiting, timeouts: s.timeouts },
        dbErrors: recentDbErrors.length,
      },
    };
  },
  shutdown: () => pool.close(),
  routes: {
    'POST /reserve': async (ctx) => {
      const p = reserveSchema.safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: p.error.message } };
      let lease: Awaited<ReturnType<typeof pool.acquire>>;
      try {
        lease = await pool.acquire();
      } catch (err) {
        if (!(err instanceof PoolTimeoutError)) throw err;
        recentTimeouts.push(Date.now());
        metrics?.inc('db_pool_timeouts_total', { service: 'inventory' });
        ctx.log.error('connection pool exhausted', { ...pool.stats(), trace_id: ctx.span.context.traceId });
        return { status: 503, body: { error: err.message }, cause: 'local' };
      }
      metrics?.inc('db_pool_acquired_total', { service: 'inventory' });
      try {
        const ok = reserve(lease.conn, p.data.items);
        // The query's I/O time: the connection stays busy while the database works.
        if (env.QUERY_MS > 0) await sleep(env.QUERY_MS);
        return ok
          ? { status: 201, body: { order: p.data.order, reserved: true } }
          : { status: 409, body: { error: 'out of stock' } };
      } catch (err) {
        const answer = dbError(err, ctx.log);
        if (!answer) throw err;
        return answer;
      } finally {
        lease.release();
      }
    },
    'GET /stock': async (ctx) => {
      const sku = ctx.query.get('sku') ?? '';
      const lease = await pool.acquire();
      try {
        const row = lease.conn.prepare('SELECT qty FROM stock WHERE sku = ?').get(sku) as
          | { qty: number }
          | undefined;
        return row ? { body: { sku, qty: row.qty } } : { status: 404, body: { error: 'no such sku' } };
      } finally {
        lease.release();
      }
    },
  },
  admin: {
    'GET /admin/pool': () => ({ body: pool.stats() }),
    'PUT /admin/pool': (ctx) => {
      const p = z.object({ size: z.number().int().min(1).max(256) }).safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: 'body must be {"size": n} with 1 ≤ n ≤ 256' } };
      const stats = pool.resize(p.data.size);
      ctx.log.warn('pool resized', { size: p.data.size });
      return { body: stats };
    },
    'POST /admin/pool/leak': (ctx) => {
      const count = Number(ctx.query.get('count') ?? pool.stats().size);
      if (!Number.isInteger(count) || count < 1)
        return { status: 400, body: { error: 'count must be a positive integer' } };
      const leaked = pool.leak(count);
      ctx.log.warn('connections leaked', { count: leaked });
      return { body: { taken: leaked, ...pool.stats() } };
    },
  },
});
