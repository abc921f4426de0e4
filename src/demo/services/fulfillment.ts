/**
 * fulfillment: a work queue and its workers. Orders enqueue jobs (`POST
 * /jobs`) on any instance; every instance runs WORKER_CONCURRENCY workers
 * that drain the shared SQLite queue in STATE_DIR, each job taking the shared
 * work time (WORK_MS unless `PUT /admin/queue {"workMs": n}` overrides it for
 * all instances). When jobs arrive faster than the instances can work, the
 * depth grows; more instances (`infra.scale-out`) drain it. Queue gauges are
 * reported by instance 0 alone, so that sums over instances stay right.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Registry } from './lib/metrics.js';
import { WorkQueue } from './lib/queue.js';
import { main } from './lib/service.js';

const env = z
  .object({
    STATE_DIR: z.string().min(1),
    INSTANCE: z.coerce.number().int().min(0).default(0),
    WORK_MS: z.coerce.number().int().min(0).default(100),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  })
  .parse(process.env);

mkdirSync(env.STATE_DIR, { recursive: true });
const queue = new WorkQueue(join(env.STATE_DIR, 'queue.db'), `instance-${env.INSTANCE}-${process.pid}`);
const labels = { service: 'fulfillment', queue: 'fulfillment' };
let metrics: Registry | undefined;
let stopping = false;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function worker(): Promise<void> {
  while (!stopping) {
    const job = queue.claim();
    if (!job) {
      await sleep(100);
      continue;
    }
    // Picking, packing and labelling: time, not CPU, so capacity scales with workers.
    await sleep(queue.stats(env.WORK_MS).workMs);
    if (stopping) return; // a graceful stop gives the job back (releaseMine)
    queue.complete(job.id);
    metrics?.inc('queue_jobs_processed_total', labels);
  }
}
const workers = Array.from({ length: env.WORKER_CONCURRENCY }, () => worker());

await main({
  name: 'fulfillment',
  metrics: (m) => {
    metrics = m;
    m.counter('queue_jobs_enqueued_total', 'Jobs accepted by this instance');
    m.counter('queue_jobs_processed_total', 'Jobs finished by this instance');
    m.gauge('queue_workers', 'Workers running in this instance');
    m.set('queue_workers', labels, env.WORKER_CONCURRENCY);
    if (env.INSTANCE === 0) {
      m.gauge('queue_depth', 'Jobs waiting for a worker (whole queue)');
      m.gauge('queue_in_progress', 'Jobs being worked on (whole queue)');
      m.gauge('queue_oldest_age_seconds', 'Age of the oldest waiting job');
      m.gauge('queue_work_ms', 'Work time per job in force');
      m.onCollect(() => {
        const s = queue.stats(env.WORK_MS);
        m.set('queue_depth', labels, s.depth);
        m.set('queue_in_progress', labels, s.inProgress);
        m.set('queue_oldest_age_seconds', labels, s.oldestAgeS);
        m.set('queue_work_ms', labels, s.workMs);
      });
    }
  },
  shutdown: async () => {
    stopping = true;
    await Promise.race([Promise.all(workers), sleep(1_000)]);
    queue.releaseMine();
    queue.close();
  },
  routes: {
    'POST /jobs': (ctx) => {
      const p = z
        .object({ order: z.string().min(1) })
        .passthrough()
        .safeParse(ctx.body);
      if (!p.success) return { status: 400, body: { error: p.error.message } };
      const id = queue.enqueue(p.data);
      metrics?.inc('queue_jobs_enqueued_total', labels);
      return { status: 202, body: { job: id } };
    },
    'GET /queue': () => ({ body: queue.stats(env.WORK_MS) }),
  },
  admin: {
    'GET /admin/queue': () => ({ body: queue.stats(env.WORK_MS) }),
    'PUT /admin/queue': (ctx) => {
      const p = z.object({ workMs: z.number().int().min(0).max(60_000).nullable() }).safeParse(ctx.body);
      if (!p.success)
        return { status: 400, body: { error: 'body must be {"workMs": n} or {"workMs": null}' } };
      queue.setWorkMs(p.data.workMs ?? undefined);
      ctx.log.warn('work time changed', { workMs: p.data.workMs });
      return { body: queue.stats(env.WORK_MS) };
    },
    'POST /admin/queue/backlog': (ctx) => {
      const count = Number(ctx.query.get('count') ?? 100);
      if (!Number.isInteger(count) || count < 1 || count > 100_000)
        return { status: 400, body: { error: 'count must be 1..100000' } };
      for (let i = 0; i < count; i++) queue.enqueue({ order: `backlog-${i}` });
      return { body: queue.stats(env.WORK_MS) };
    },
  },
});
