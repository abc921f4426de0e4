/**
 * Ingest limits shared by every receiver: how large a request may be, how many
 * may be in flight, and which timestamps are plausible. Bounded on purpose so
 * that a flood of telemetry can never grow memory without limit.
 */
import { z } from 'zod';

/** 2000-01-01T00:00:00Z: anything older is a unit mistake (seconds read as ms, etc.). */
export const MIN_PLAUSIBLE_MS = Date.UTC(2000, 0, 1);

export const ingestLimitsSchema = z.object({
  /** Largest request body accepted, in bytes, as it arrives on the wire (compressed). */
  bodyLimit: z
    .number()
    .int()
    .positive()
    .default(4 * 1024 * 1024),
  /** Largest body after gzip/deflate/snappy decompression; guards against decompression bombs. */
  maxDecompressedBytes: z
    .number()
    .int()
    .positive()
    .default(32 * 1024 * 1024),
  /** Requests being read or decoded at once across the receivers sharing a gate. */
  maxInFlight: z.number().int().positive().default(64),
  /** Seconds a client should wait after a 429/503 before retrying. */
  retryAfterSeconds: z.number().int().positive().default(5),
  /** Points further than this in the future are rejected. */
  maxFutureMs: z.number().int().nonnegative().default(86_400_000),
  /** Points older than this (epoch ms) are rejected. */
  minTimestampMs: z.number().int().default(MIN_PLAUSIBLE_MS),
});

export type IngestLimits = z.infer<typeof ingestLimitsSchema>;

/** The default limits, fully populated. */
export const DEFAULT_LIMITS: IngestLimits = ingestLimitsSchema.parse({});

/**
 * Why a timestamp is implausible, or undefined when it is fine.
 * @example timestampProblem(5, Date.now(), DEFAULT_LIMITS) // 'timestamp 1970-01-01T00:00:00.005Z is before 2000-01-01'
 */
export function timestampProblem(ms: number, now: number, limits: IngestLimits): string | undefined {
  if (!Number.isFinite(ms)) return `timestamp ${ms} is not a finite number`;
  if (ms < limits.minTimestampMs) {
    return `timestamp ${iso(ms)} is before ${new Date(limits.minTimestampMs).toISOString().slice(0, 10)}`;
  }
  if (ms > now + limits.maxFutureMs) {
    return `timestamp ${iso(ms)} is more than ${Math.round(limits.maxFutureMs / 3_600_000)}h in the future`;
  }
  return undefined;
}

function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
}
