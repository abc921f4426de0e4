/**
 * Change events as CloudEvents 1.0 over HTTP: structured mode
 * (`application/cloudevents+json`), batched mode
 * (`application/cloudevents-batch+json`) and binary mode (`ce-*` headers, the
 * body is `data`). Deploys, config changes and flag flips
 * (`dev.homeostat.change.<what>`), and any event whose `subject` or
 * `data.service` names an entity, become 'change' signals; other events are
 * acknowledged and ignored. Each event is checked on its own.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ComponentFactory } from '../../core/component.js';
import { parseComponentConfig } from '../../core/component.js';
import { HomeostatError } from '../../core/errors.js';
import type { Signal } from '../../model/index.js';
import { jsonBody, mediaType, utf8 } from '../common/body.js';
import {
  ingestContext,
  jsonProblemWriter,
  overloaded,
  prepareIngest,
  type ReceiverDeps,
  rawBody,
} from '../common/http.js';
import { Problems } from '../common/problems.js';
import { type HttpReceiver, httpReceiver } from '../common/receiver.js';
import { TtlLru } from '../common/ttl-lru.js';
import { eventToSignal } from './convert.js';

export const cloudEventsConfigSchema = z.object({
  path: z.string().startsWith('/').default('/api/v1/events'),
  /** Type prefix of homeostat's own change events; the rest of the type is the signal name. */
  changePrefix: z.string().default('dev.homeostat.change.'),
  dedupeTtlMs: z.number().int().positive().default(3_600_000),
  dedupeCapacity: z.number().int().positive().default(10_000),
});
export type CloudEventsConfig = z.infer<typeof cloudEventsConfigSchema>;

const STRUCTURED = 'application/cloudevents+json';
const BATCH = 'application/cloudevents-batch+json';

/** Binary mode: attributes from `ce-*` headers (percent-decoded), data from the body. */
function binaryEvent(request: FastifyRequest, body: Buffer, type: string): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!name.startsWith('ce-') || typeof value !== 'string') continue;
    try {
      event[name.slice(3)] = decodeURIComponent(value);
    } catch {
      throw new HomeostatError('HST_INPUT_INVALID', `header ${name}: invalid percent-encoding`);
    }
  }
  if (type) event.datacontenttype = request.headers['content-type'];
  if (body.length > 0) {
    event.data =
      type === 'application/json' || type.endsWith('+json') ? jsonBody(body, 'data') : utf8(body, 'data');
  }
  return event;
}

/** Options of the CloudEvents plugin. */
export interface CloudEventsOptions extends ReceiverDeps, Partial<CloudEventsConfig> {}

/**
 * The CloudEvents route as a fastify plugin.
 * @example app.register(cloudEventsRoutes({ sink }))  // POST /api/v1/events
 */
export function cloudEventsRoutes(opts: CloudEventsOptions): FastifyPluginAsync {
  const config = cloudEventsConfigSchema.parse({
    path: opts.path,
    changePrefix: opts.changePrefix,
    dedupeTtlMs: opts.dedupeTtlMs,
    dedupeCapacity: opts.dedupeCapacity,
  });
  const seen = new TtlLru(config.dedupeCapacity, config.dedupeTtlMs);
  return async (app) => {
    const ctx = ingestContext(opts);
    prepareIngest(app, ctx, jsonProblemWriter(ctx.limits));
    app.post(config.path, async (request, reply) => {
      const type = mediaType(request.headers['content-type']);
      const body = rawBody(request);
      let events: unknown[];
      let single = false;
      if (type === BATCH) {
        const parsed = jsonBody(body);
        if (!Array.isArray(parsed))
          throw new HomeostatError('HST_INPUT_INVALID', 'a batch must be a JSON array of events');
        events = parsed;
      } else if (type === STRUCTURED) {
        events = [jsonBody(body)];
        single = true;
      } else if (request.headers['ce-specversion'] !== undefined) {
        events = [binaryEvent(request, body, type)];
        single = true;
      } else {
        throw new HomeostatError(
          'HST_UNSUPPORTED_MEDIA',
          `Content-Type '${type}' without ce-* headers is not a CloudEvent; use ${STRUCTURED}, ${BATCH} or binary mode with ce-specversion, ce-id, ce-source, ce-type`,
        );
      }
      const now = ctx.clock.now();
      const problems = new Problems();
      const signals: Signal[] = [];
      const keys: string[] = [];
      let ignored = 0;
      let duplicates = 0;
      for (const [i, raw] of events.entries()) {
        const result = eventToSignal(
          raw,
          single ? 'event' : `events[${i}]`,
          now,
          ctx.limits,
          config.changePrefix,
        );
        if (result.kind === 'rejected') problems.reject(result.reason);
        else if (result.kind === 'ignored') ignored++;
        else if (seen.has(result.key, now) || keys.includes(result.key)) duplicates++;
        else {
          keys.push(result.key);
          signals.push(result.signal);
        }
      }
      if (!ctx.gate.deliver(signals)) throw overloaded(ctx.limits);
      for (const k of keys) seen.add(k, now);
      const summary = { accepted: signals.length, ignored, duplicates, rejected: problems.rejected };
      if (problems.any) {
        return reply.code(400).send({
          code: 'HST_INPUT_INVALID',
          message: `${problems.rejected} events rejected, ${signals.length} accepted: ${problems.message()}`,
          retryable: false,
          ...summary,
        });
      }
      return reply.code(202).send(summary);
    });
  };
}

/** The CloudEvents receiver as a component. */
export const cloudEventsReceiverFactory: ComponentFactory<CloudEventsConfig, HttpReceiver, ReceiverDeps> = {
  type: 'cloudevents',
  stability: 'beta',
  configSchema: cloudEventsConfigSchema,
  defaultConfig: cloudEventsConfigSchema.parse({}),
  create(config, deps) {
    const cfg = parseComponentConfig(cloudEventsReceiverFactory, config);
    return httpReceiver('cloudevents', cloudEventsRoutes({ ...deps, ...cfg }));
  },
};
