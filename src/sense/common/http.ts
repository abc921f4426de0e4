/**
 * Fastify plumbing every HTTP receiver shares: raw-body parsing (each receiver
 * decodes and decompresses itself, so that errors name the problem), the
 * in-flight cap checked before a body is read, and one mapping from any error
 * to a status, a message and Retry-After.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Clock, systemClock } from '../../core/clock.js';
import { errorMessage, HomeostatError } from '../../core/errors.js';
import type { SignalSink } from '../../core/stages.js';
import { IngestGate } from './gate.js';
import { type IngestLimits, ingestLimitsSchema } from './limits.js';

/** What every HTTP receiver is given. */
export interface ReceiverDeps {
  readonly sink: SignalSink;
  /** Shared across receivers on one server so the in-flight cap is global; made from `sink` if absent. */
  readonly gate?: IngestGate;
  readonly limits?: Partial<IngestLimits>;
  readonly clock?: Clock;
}

/** Resolved dependencies. */
export interface IngestContext {
  readonly gate: IngestGate;
  readonly limits: IngestLimits;
  readonly clock: Clock;
}

/** Fills defaults; the limits are validated (a bad limit is a config error). */
export function ingestContext(deps: ReceiverDeps): IngestContext {
  const limits = ingestLimitsSchema.parse(deps.limits ?? {});
  return {
    limits,
    gate: deps.gate ?? new IngestGate(deps.sink, limits.maxInFlight),
    clock: deps.clock ?? systemClock,
  };
}

/** An error as a receiver answers it. */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly retryable: boolean;
}

/** Writes a problem in the receiver's own format (OTLP answers with google.rpc.Status). */
export type ProblemWriter = (request: FastifyRequest, reply: FastifyReply, problem: Problem) => FastifyReply;

/** Maps anything thrown in a route to a Problem; unknown errors are 500s (they are bugs). */
export function toProblem(err: unknown, limits: IngestLimits): Problem {
  if (err instanceof HomeostatError) {
    return { status: err.status, code: err.code, message: err.message, retryable: err.retryable };
  }
  const status = (err as { statusCode?: unknown }).statusCode;
  const code = String((err as { code?: unknown }).code ?? '');
  if (status === 413) {
    return {
      status,
      code: 'HST_PAYLOAD_TOO_LARGE',
      message: `request body is larger than ${limits.bodyLimit} bytes (bodyLimit); send smaller batches`,
      retryable: false,
    };
  }
  if (status === 415) {
    return { status, code: 'HST_UNSUPPORTED_MEDIA', message: errorMessage(err), retryable: false };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: code || 'HST_INPUT_INVALID', message: errorMessage(err), retryable: false };
  }
  return {
    status: 500,
    code: 'HST_INTERNAL',
    message: `internal error: ${errorMessage(err)}`,
    retryable: true,
  };
}

/** Sets status and Retry-After for a problem; the writer adds the body. */
export function problemHead(reply: FastifyReply, problem: Problem, limits: IngestLimits): FastifyReply {
  reply.code(problem.status);
  if (problem.status === 429 || problem.status === 503) {
    reply.header('retry-after', String(limits.retryAfterSeconds));
  }
  return reply;
}

/** The default problem body: `{ code, message, retryable }` as JSON. */
export function jsonProblemWriter(limits: IngestLimits): ProblemWriter {
  return (_request, reply, problem) =>
    problemHead(reply, problem, limits).type('application/json').send({
      code: problem.code,
      message: problem.message,
      retryable: problem.retryable,
    });
}

/**
 * Installs raw-body parsing, the in-flight cap and the error handler on an
 * encapsulated plugin instance (routes registered in it only).
 */
export function prepareIngest(app: FastifyInstance, ctx: IngestContext, write: ProblemWriter): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: ctx.limits.bodyLimit },
    (_req, body, done) => {
      done(null, body);
    },
  );
  app.addHook('onRequest', async (request, reply) => {
    if (!ctx.gate.enter()) {
      const message = `too many requests in flight (limit ${ctx.limits.maxInFlight}); retry after ${ctx.limits.retryAfterSeconds}s`;
      return write(request, reply, { status: 429, code: 'HST_RATE_LIMITED', message, retryable: true });
    }
    // 'close' fires once the response is done or the client went away: the slot is always returned.
    reply.raw.once('close', () => ctx.gate.leave());
    return undefined;
  });
  app.setErrorHandler((err, request, reply) => {
    const problem = toProblem(err, ctx.limits);
    if (problem.status >= 500) request.log.error({ err }, 'receiver failed');
    return write(request, reply, problem);
  });
}

/** The request body as bytes (empty when there was none). */
export function rawBody(request: FastifyRequest): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

/** The error a receiver throws when the sink refuses a batch. */
export function overloaded(limits: IngestLimits): HomeostatError {
  return new HomeostatError(
    'HST_OVERLOADED',
    `ingest is saturated; retry after ${limits.retryAfterSeconds}s (nothing from this request was kept)`,
  );
}
