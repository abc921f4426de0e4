/**
 * The Alertmanager webhook receiver (payload version 4). Firing alerts become
 * 'alert' signals (value 1); resolved alerts become signals with value 0 and
 * `attributes.status = 'resolved'`, which verification reads as evidence that
 * a symptom is gone. Alertmanager re-sends groups on every repeat interval, so
 * alerts are deduplicated on fingerprint + status + startsAt.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ComponentFactory } from '../../core/component.js';
import { parseComponentConfig } from '../../core/component.js';
import { HomeostatError } from '../../core/errors.js';
import { digest, newId, type Signal } from '../../model/index.js';
import { jsonBody, mediaType } from '../common/body.js';
import { DEFAULT_ENTITY_LABELS, entityOf } from '../common/entity.js';
import {
  ingestContext,
  jsonProblemWriter,
  overloaded,
  prepareIngest,
  type ReceiverDeps,
  rawBody,
} from '../common/http.js';
import { timestampProblem } from '../common/limits.js';
import { Problems, zodMessage } from '../common/problems.js';
import { type HttpReceiver, httpReceiver } from '../common/receiver.js';
import { TtlLru } from '../common/ttl-lru.js';

export const alertmanagerConfigSchema = z.object({
  path: z.string().startsWith('/').default('/api/v1/alerts/alertmanager'),
  entityLabels: z.array(z.string()).default([...DEFAULT_ENTITY_LABELS, 'instance']),
  dedupeTtlMs: z
    .number()
    .int()
    .positive()
    .default(24 * 3_600_000),
  dedupeCapacity: z.number().int().positive().default(10_000),
});
export type AlertmanagerConfig = z.infer<typeof alertmanagerConfigSchema>;

const labelSet = z.record(z.string(), z.string());
const time = z.iso.datetime({ offset: true });

const alertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: labelSet,
  annotations: labelSet.default({}),
  startsAt: time,
  // Alertmanager sends Go's zero time (0001-01-01T00:00:00Z) while an alert fires.
  endsAt: time.optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().optional(),
});

const payloadSchema = z.object({
  version: z.literal('4', { error: "version must be '4' (Alertmanager webhook payload v4)" }).optional(),
  groupKey: z.string().optional(),
  truncatedAlerts: z.number().int().nonnegative().optional(),
  status: z.enum(['firing', 'resolved']).optional(),
  receiver: z.string().optional(),
  externalURL: z.string().optional(),
  alerts: z.array(z.unknown()),
});

/** Options of the Alertmanager plugin. */
export interface AlertmanagerOptions extends ReceiverDeps, Partial<AlertmanagerConfig> {}

/**
 * The webhook route as a fastify plugin.
 * @example app.register(alertmanagerRoutes({ sink }))  // alertmanager.yml: url: http://homeostat:4318/api/v1/alerts/alertmanager
 */
export function alertmanagerRoutes(opts: AlertmanagerOptions): FastifyPluginAsync {
  const config = alertmanagerConfigSchema.parse({
    path: opts.path,
    entityLabels: opts.entityLabels,
    dedupeTtlMs: opts.dedupeTtlMs,
    dedupeCapacity: opts.dedupeCapacity,
  });
  const seen = new TtlLru(config.dedupeCapacity, config.dedupeTtlMs);
  return async (app) => {
    const ctx = ingestContext(opts);
    prepareIngest(app, ctx, jsonProblemWriter(ctx.limits));
    app.post(config.path, async (request, reply) => {
      const type = mediaType(request.headers['content-type']);
      if (type !== 'application/json') {
        throw new HomeostatError(
          'HST_UNSUPPORTED_MEDIA',
          `Content-Type '${type}' is not JSON; use application/json`,
        );
      }
      const parsed = payloadSchema.safeParse(jsonBody(rawBody(request)));
      if (!parsed.success) throw new HomeostatError('HST_INPUT_INVALID', zodMessage('', parsed.error.issues));
      const payload = parsed.data;
      const now = ctx.clock.now();
      const problems = new Problems();
      const signals: Signal[] = [];
      const keys: string[] = [];
      let duplicates = 0;
      for (const [i, raw] of payload.alerts.entries()) {
        const a = alertSchema.safeParse(raw);
        if (!a.success) {
          problems.reject(zodMessage(`alerts[${i}]`, a.error.issues));
          continue;
        }
        const alert = a.data;
        const fingerprint = alert.fingerprint || digest(JSON.stringify(Object.entries(alert.labels).sort()));
        const key = `${fingerprint}|${alert.status}|${alert.startsAt}`;
        if (seen.has(key, now) || keys.includes(key)) {
          duplicates++;
          continue;
        }
        const startsAt = Date.parse(alert.startsAt);
        const endsAt = alert.endsAt ? Date.parse(alert.endsAt) : Number.NaN;
        const resolved = alert.status === 'resolved';
        const at = resolved ? (endsAt > 0 ? endsAt : now) : startsAt;
        const bad = timestampProblem(at, now, ctx.limits);
        if (bad) {
          problems.reject(`alerts[${i}].${resolved ? 'endsAt' : 'startsAt'}: ${bad}`);
          continue;
        }
        keys.push(key);
        const { name: service, entity } = entityOf(alert.labels, config.entityLabels);
        signals.push({
          id: newId('signal', now),
          kind: 'alert',
          source: 'alertmanager',
          entity,
          name: alert.labels.alertname ?? 'alert',
          at,
          value: resolved ? 0 : 1,
          labels: alert.labels,
          attributes: {
            service,
            status: alert.status,
            fingerprint,
            startsAt,
            ...(endsAt > 0 ? { endsAt } : {}),
            annotations: alert.annotations,
            ...(alert.annotations.summary ? { summary: alert.annotations.summary } : {}),
            generatorURL: alert.generatorURL ?? '',
            receiver: payload.receiver ?? '',
            groupKey: payload.groupKey ?? '',
          },
        });
      }
      if (!ctx.gate.deliver(signals)) throw overloaded(ctx.limits);
      // Only alerts the sink took count as seen, so a refused batch is not lost on retry.
      for (const k of keys) seen.add(k, now);
      const summary = { accepted: signals.length, duplicates, rejected: problems.rejected };
      if (problems.any) {
        return reply.code(400).send({
          code: 'HST_INPUT_INVALID',
          message: `${problems.rejected} alerts rejected, ${signals.length} accepted: ${problems.message()}`,
          retryable: false,
          ...summary,
        });
      }
      return reply.code(200).send(summary);
    });
  };
}

/** The Alertmanager receiver as a component. */
export const alertmanagerReceiverFactory: ComponentFactory<AlertmanagerConfig, HttpReceiver, ReceiverDeps> = {
  type: 'alertmanager',
  stability: 'beta',
  configSchema: alertmanagerConfigSchema,
  defaultConfig: alertmanagerConfigSchema.parse({}),
  create(config, deps) {
    const cfg = parseComponentConfig(alertmanagerReceiverFactory, config);
    return httpReceiver('alertmanager', alertmanagerRoutes({ ...deps, ...cfg }));
  },
};
