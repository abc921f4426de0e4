/**
 * The Prometheus remote_write 1.0 receiver: POST /api/v1/write with a
 * snappy-compressed (block format) `prometheus.WriteRequest`. Valid samples are
 * kept even when others are rejected; the answer is then a 400 naming what was
 * wrong (remote_write does not retry 4xx, so nothing is sent twice). A refused
 * sink answers 503 with Retry-After, which Prometheus retries.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ComponentFactory } from '../../core/component.js';
import { parseComponentConfig } from '../../core/component.js';
import { HomeostatError } from '../../core/errors.js';
import { newId, type Signal } from '../../model/index.js';
import { decodeContentEncoding, mediaType } from '../common/body.js';
import { DEFAULT_ENTITY_LABELS, entityOf } from '../common/entity.js';
import {
  ingestContext,
  jsonProblemWriter,
  overloaded,
  prepareIngest,
  type ReceiverDeps,
  rawBody,
} from '../common/http.js';
import { type IngestLimits, timestampProblem } from '../common/limits.js';
import { Problems, zodMessage } from '../common/problems.js';
import { type HttpReceiver, httpReceiver } from '../common/receiver.js';
import { prometheusSchema } from '../proto/prometheus.js';
import { decodeToJson } from '../proto/tojson.js';

export const remoteWriteConfigSchema = z.object({
  path: z.string().startsWith('/').default('/api/v1/write'),
  /** Labels that name the entity, first present wins. */
  entityLabels: z.array(z.string()).default([...DEFAULT_ENTITY_LABELS]),
});
export type RemoteWriteConfig = z.infer<typeof remoteWriteConfigSchema>;

const seriesSchema = z.object({
  labels: z.array(z.object({ name: z.string().optional(), value: z.string().optional() })).optional(),
  samples: z
    .array(
      z.object({
        value: z.number().or(z.nan()).optional(),
        timestamp: z
          .string()
          .regex(/^-?\d+$/)
          .optional(),
      }),
    )
    .optional(),
});

/**
 * Converts a decoded WriteRequest (JSON shape) into signals, rejecting series
 * without a name or with duplicate labels, and samples with absurd timestamps.
 */
export function convertWriteRequest(
  request: Record<string, unknown>,
  now: number,
  limits: IngestLimits,
  entityLabels: readonly string[] = DEFAULT_ENTITY_LABELS,
): { signals: Signal[]; problems: Problems } {
  const signals: Signal[] = [];
  const problems = new Problems();
  const series = Array.isArray(request.timeseries) ? (request.timeseries as unknown[]) : [];
  for (const [i, raw] of series.entries()) {
    const path = `timeseries[${i}]`;
    const parsed = seriesSchema.safeParse(raw);
    if (!parsed.success) {
      problems.reject(zodMessage(path, parsed.error.issues));
      continue;
    }
    const samples = parsed.data.samples ?? [];
    const labels: Record<string, string> = {};
    let bad: string | undefined;
    for (const l of parsed.data.labels ?? []) {
      const name = l.name ?? '';
      if (name === '') bad = `${path}.labels: empty label name`;
      else if (Object.hasOwn(labels, name)) bad = `${path}.labels: duplicate label '${name}'`;
      else labels[name] = l.value ?? '';
    }
    const metric = labels.__name__;
    if (!bad && !metric) bad = `${path}.labels: missing __name__`;
    if (bad || !metric) {
      problems.reject(bad ?? `${path}: invalid`, samples.length);
      continue;
    }
    delete labels.__name__;
    const { name: service, entity } = entityOf(labels, entityLabels);
    for (const [j, s] of samples.entries()) {
      const value = s.value ?? 0;
      // NaN is how Prometheus marks a series stale; it carries no level.
      if (Number.isNaN(value)) continue;
      const at = Number(s.timestamp ?? 0);
      const problem = timestampProblem(at, now, limits);
      if (problem) {
        problems.reject(`${path}.samples[${j}].timestamp (${metric}): ${problem}`);
        continue;
      }
      signals.push({
        id: newId('signal', now),
        kind: 'metric',
        source: 'prometheus',
        entity,
        name: metric,
        at,
        value,
        labels,
        attributes: { service, via: 'remote_write' },
      });
    }
  }
  return { signals, problems };
}

/** Options of the remote_write plugin. */
export interface RemoteWriteOptions extends ReceiverDeps, Partial<RemoteWriteConfig> {}

/**
 * The remote_write route as a fastify plugin.
 * @example app.register(remoteWriteRoutes({ sink }))
 */
export function remoteWriteRoutes(opts: RemoteWriteOptions): FastifyPluginAsync {
  const config = remoteWriteConfigSchema.parse({ path: opts.path, entityLabels: opts.entityLabels });
  return async (app) => {
    const ctx = ingestContext(opts);
    prepareIngest(app, ctx, jsonProblemWriter(ctx.limits));
    app.post(config.path, async (request, reply) => {
      const header = request.headers['content-type'];
      const type = mediaType(header);
      if (type !== '' && type !== 'application/x-protobuf') {
        throw new HomeostatError(
          'HST_UNSUPPORTED_MEDIA',
          `Content-Type '${header}' is not remote_write; use application/x-protobuf`,
        );
      }
      if (/proto\s*=\s*"?io\.prometheus\.write\.v2/i.test(header ?? '')) {
        throw new HomeostatError(
          'HST_UNSUPPORTED_MEDIA',
          'remote_write 2.0 (io.prometheus.write.v2.Request) is not supported; send prometheus.WriteRequest (1.0)',
        );
      }
      // remote_write 1.0 always compresses with snappy; a missing header means snappy too.
      const encoding = request.headers['content-encoding'] ?? 'snappy';
      const body = decodeContentEncoding(
        rawBody(request),
        encoding,
        ['snappy'],
        ctx.limits.maxDecompressedBytes,
      );
      const decoded = decodeToJson(prometheusSchema(), 'prometheus.WriteRequest', body);
      const { signals, problems } = convertWriteRequest(
        decoded,
        ctx.clock.now(),
        ctx.limits,
        config.entityLabels,
      );
      if (!ctx.gate.deliver(signals)) throw overloaded(ctx.limits);
      if (problems.any) {
        return reply.code(400).send({
          code: 'HST_INPUT_INVALID',
          message: `${problems.rejected} samples rejected, ${signals.length} accepted: ${problems.message()}`,
          accepted: signals.length,
          rejected: problems.rejected,
          retryable: false,
        });
      }
      return reply.code(204).send();
    });
  };
}

/** The remote_write receiver as a component. */
export const remoteWriteReceiverFactory: ComponentFactory<RemoteWriteConfig, HttpReceiver, ReceiverDeps> = {
  type: 'prometheus_remote_write',
  stability: 'beta',
  configSchema: remoteWriteConfigSchema,
  defaultConfig: remoteWriteConfigSchema.parse({}),
  create(config, deps) {
    const cfg = parseComponentConfig(remoteWriteReceiverFactory, config);
    return httpReceiver('prometheus_remote_write', remoteWriteRoutes({ ...deps, ...cfg }));
  },
};
