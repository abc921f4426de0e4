/**
 * The OTLP/HTTP receiver: POST /v1/metrics, /v1/logs and /v1/traces in
 * `application/x-protobuf` or `application/json`, optionally gzip/deflate
 * encoded. Answers follow the OTLP spec: the Export*ServiceResponse in the
 * request's encoding, with partialSuccess when part of a batch was rejected;
 * errors are a google.rpc.Status; 429/503 carry Retry-After.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ComponentFactory } from '../../core/component.js';
import { parseComponentConfig } from '../../core/component.js';
import { HomeostatError } from '../../core/errors.js';
import { decodeContentEncoding, jsonBody, mediaType } from '../common/body.js';
import {
  ingestContext,
  overloaded,
  type ProblemWriter,
  prepareIngest,
  problemHead,
  type ReceiverDeps,
  rawBody,
} from '../common/http.js';
import type { IngestLimits } from '../common/limits.js';
import { type HttpReceiver, httpReceiver } from '../common/receiver.js';
import { OTLP_TYPES, otlpSchema } from '../proto/otlp.js';
import { decodeToJson } from '../proto/tojson.js';
import type { Converted } from './convert.js';
import { convertLogs } from './logs.js';
import { convertMetrics } from './metrics.js';
import type { SpanListener } from './spans.js';
import { convertTraces } from './traces.js';

export const otlpConfigSchema = z.object({
  metricsPath: z.string().startsWith('/').default('/v1/metrics'),
  logsPath: z.string().startsWith('/').default('/v1/logs'),
  tracesPath: z.string().startsWith('/').default('/v1/traces'),
});
export type OtlpConfig = z.infer<typeof otlpConfigSchema>;

/** Options of the OTLP plugin. */
export interface OtlpOptions extends ReceiverDeps, Partial<OtlpConfig> {
  /** Called with the accepted spans of each request (after the sink took their signals). */
  readonly onSpans?: SpanListener;
}

type Format = 'protobuf' | 'json';

interface Endpoint {
  readonly requestType: string;
  readonly responseType: string;
  readonly rejectedField: 'rejectedDataPoints' | 'rejectedLogRecords' | 'rejectedSpans';
  readonly convert: (req: unknown, now: number, limits: IngestLimits) => Converted<unknown>;
}

const ENDPOINTS = {
  metrics: {
    requestType: OTLP_TYPES.metricsRequest,
    responseType: OTLP_TYPES.metricsResponse,
    rejectedField: 'rejectedDataPoints',
    convert: convertMetrics,
  },
  logs: {
    requestType: OTLP_TYPES.logsRequest,
    responseType: OTLP_TYPES.logsResponse,
    rejectedField: 'rejectedLogRecords',
    convert: convertLogs,
  },
  traces: {
    requestType: OTLP_TYPES.tracesRequest,
    responseType: OTLP_TYPES.tracesResponse,
    rejectedField: 'rejectedSpans',
    convert: convertTraces,
  },
} as const satisfies Record<string, Endpoint>;

/** gRPC status codes for the google.rpc.Status body, by HTTP status. */
const GRPC_CODE: Record<number, number> = { 400: 3, 413: 8, 415: 3, 429: 8, 500: 13, 503: 14 };

function formatOf(request: FastifyRequest): Format | undefined {
  const type = mediaType(request.headers['content-type']);
  if (type === 'application/x-protobuf') return 'protobuf';
  if (type === 'application/json') return 'json';
  return undefined;
}

function statusWriter(limits: IngestLimits): ProblemWriter {
  return (request, reply, problem) => {
    problemHead(reply, problem, limits);
    const status = { code: GRPC_CODE[problem.status] ?? 2, message: problem.message };
    if (formatOf(request) === 'protobuf') {
      const type = otlpSchema().canonical.lookupType(OTLP_TYPES.status);
      return reply
        .type('application/x-protobuf')
        .send(Buffer.from(type.encode(type.fromObject(status)).finish()));
    }
    return reply.type('application/json').send(status);
  };
}

/**
 * The OTLP/HTTP routes as a fastify plugin.
 * @example app.register(otlpRoutes({ sink, onSpans: (s) => topology.add(s) }))
 */
export function otlpRoutes(opts: OtlpOptions): FastifyPluginAsync {
  const config = otlpConfigSchema.parse({
    metricsPath: opts.metricsPath,
    logsPath: opts.logsPath,
    tracesPath: opts.tracesPath,
  });
  return async (app) => {
    const ctx = ingestContext(opts);
    prepareIngest(app, ctx, statusWriter(ctx.limits));
    const paths = { metrics: config.metricsPath, logs: config.logsPath, traces: config.tracesPath };
    for (const [signal, endpoint] of Object.entries(ENDPOINTS)) {
      app.post(paths[signal as keyof typeof paths], async (request, reply) => {
        const format = formatOf(request);
        if (!format) {
          throw new HomeostatError(
            'HST_UNSUPPORTED_MEDIA',
            `Content-Type '${request.headers['content-type'] ?? ''}' is not OTLP; use application/x-protobuf or application/json`,
          );
        }
        const body = decodeContentEncoding(
          rawBody(request),
          request.headers['content-encoding'],
          ['gzip', 'deflate'],
          ctx.limits.maxDecompressedBytes,
        );
        const decoded =
          format === 'protobuf'
            ? decodeToJson(otlpSchema(), endpoint.requestType, body)
            : body.length === 0
              ? {}
              : jsonBody(body);
        const result = endpoint.convert(decoded, ctx.clock.now(), ctx.limits);
        if (result.signals.length === 0 && result.problems.rejected > 0) {
          throw new HomeostatError(
            'HST_INPUT_INVALID',
            `every item was rejected: ${result.problems.message()}`,
          );
        }
        if (!ctx.gate.deliver(result.signals)) throw overloaded(ctx.limits);
        if (signal === 'traces' && opts.onSpans && result.extras.length > 0) {
          try {
            opts.onSpans(result.extras as Parameters<SpanListener>[0]);
          } catch (err) {
            request.log.warn({ err }, 'onSpans listener failed');
          }
        }
        const response = result.problems.any
          ? {
              partialSuccess: {
                [endpoint.rejectedField]: result.problems.rejected,
                errorMessage: result.problems.message(),
              },
            }
          : {};
        if (format === 'json') return reply.code(200).type('application/json').send(response);
        const type = otlpSchema().canonical.lookupType(endpoint.responseType);
        return reply
          .code(200)
          .type('application/x-protobuf')
          .send(Buffer.from(type.encode(type.fromObject(response)).finish()));
      });
    }
  };
}

/** Dependencies of the OTLP component. */
export interface OtlpDeps extends ReceiverDeps {
  readonly onSpans?: SpanListener;
}

/** The OTLP receiver as a component. */
export const otlpReceiverFactory: ComponentFactory<OtlpConfig, HttpReceiver, OtlpDeps> = {
  type: 'otlp',
  stability: 'beta',
  configSchema: otlpConfigSchema,
  defaultConfig: otlpConfigSchema.parse({}),
  create(config, deps) {
    const cfg = parseComponentConfig(otlpReceiverFactory, config);
    return httpReceiver('otlp', otlpRoutes({ ...deps, ...cfg }));
  },
};
