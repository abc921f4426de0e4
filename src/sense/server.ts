/**
 * All HTTP receivers on one fastify instance: OTLP/HTTP, Prometheus
 * remote_write, the Alertmanager webhook and CloudEvents, sharing one ingest
 * gate (one in-flight cap) and one set of limits. `ingestPlugin` mounts them on
 * an existing server (the engine's); `createIngestServer` makes a server of its own.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../core/clock.js';
import { HomeostatError } from '../core/errors.js';
import type { SignalSink } from '../core/stages.js';
import { alertmanagerConfigSchema, alertmanagerRoutes } from './alertmanager/routes.js';
import { cloudEventsConfigSchema, cloudEventsRoutes } from './cloudevents/routes.js';
import { IngestGate } from './common/gate.js';
import { ingestLimitsSchema } from './common/limits.js';
import { zodMessage } from './common/problems.js';
import { otlpConfigSchema, otlpRoutes } from './otlp/routes.js';
import type { SpanListener } from './otlp/spans.js';
import { remoteWriteConfigSchema, remoteWriteRoutes } from './prometheus/remote-write.js';

/** Each receiver's config, or `false` to leave it off. */
export const ingestServerConfigSchema = z.object({
  limits: ingestLimitsSchema.default(ingestLimitsSchema.parse({})),
  otlp: otlpConfigSchema.or(z.literal(false)).default(otlpConfigSchema.parse({})),
  remoteWrite: remoteWriteConfigSchema.or(z.literal(false)).default(remoteWriteConfigSchema.parse({})),
  alertmanager: alertmanagerConfigSchema.or(z.literal(false)).default(alertmanagerConfigSchema.parse({})),
  cloudevents: cloudEventsConfigSchema.or(z.literal(false)).default(cloudEventsConfigSchema.parse({})),
});
export type IngestServerConfig = z.infer<typeof ingestServerConfigSchema>;

export interface IngestOptions {
  readonly sink: SignalSink;
  /** Validated with ingestServerConfigSchema; omitted fields take defaults. */
  readonly config?: unknown;
  readonly clock?: Clock;
  readonly onSpans?: SpanListener;
}

/** Parses the receivers' config, naming the field on error. */
export function parseIngestConfig(config: unknown): IngestServerConfig {
  const parsed = ingestServerConfigSchema.safeParse(config ?? {});
  if (!parsed.success) {
    throw new HomeostatError('HST_CONFIG_INVALID', `receivers: ${zodMessage('', parsed.error.issues)}`);
  }
  return parsed.data;
}

/**
 * Every enabled HTTP receiver as one plugin, sharing a gate.
 * @example await engineServer.register(ingestPlugin({ sink: engine.ingest }).plugin)
 */
export function ingestPlugin(opts: IngestOptions): { plugin: FastifyPluginAsync; gate: IngestGate } {
  const config = parseIngestConfig(opts.config);
  const gate = new IngestGate(opts.sink, config.limits.maxInFlight);
  const deps = { sink: opts.sink, gate, limits: config.limits, ...(opts.clock ? { clock: opts.clock } : {}) };
  const plugin: FastifyPluginAsync = async (app) => {
    if (config.otlp)
      await app.register(
        otlpRoutes({ ...deps, ...config.otlp, ...(opts.onSpans ? { onSpans: opts.onSpans } : {}) }),
      );
    if (config.remoteWrite) await app.register(remoteWriteRoutes({ ...deps, ...config.remoteWrite }));
    if (config.alertmanager) await app.register(alertmanagerRoutes({ ...deps, ...config.alertmanager }));
    if (config.cloudevents) await app.register(cloudEventsRoutes({ ...deps, ...config.cloudevents }));
  };
  return { plugin, gate };
}

/** A standalone ingest server. */
export interface IngestServer {
  readonly app: FastifyInstance;
  readonly gate: IngestGate;
  /** Listens (port 0 = any free port) and returns the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Safe twice. */
  close(): Promise<void>;
}

/**
 * A fastify server with every enabled receiver mounted.
 * @example const s = await createIngestServer({ sink }); const url = await s.listen(4318)
 */
export async function createIngestServer(opts: IngestOptions): Promise<IngestServer> {
  const { plugin, gate } = ingestPlugin(opts);
  const app = Fastify({ logger: false });
  await app.register(plugin);
  let closed = false;
  return {
    app,
    gate,
    listen: (port = 0, host = '127.0.0.1') => app.listen({ port, host }),
    close: async () => {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
}
