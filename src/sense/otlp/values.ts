/**
 * The OTLP/JSON building blocks (AnyValue, KeyValue, Resource, scope, int64,
 * double, ids) as zod schemas, and their conversion to plain values, labels and
 * epoch milliseconds. Both encodings pass through these: protobuf is first
 * decoded into the same JSON shape (see proto/tojson.ts).
 */
import { z } from 'zod';
import type { EntityId, Labels } from '../../model/index.js';
import { entityId } from '../../model/index.js';

/** int64 per proto3 JSON: a decimal string or a number. */
export const int64 = z.union([
  z.string().regex(/^-?\d{1,20}$/, 'expected an integer (decimal string or number)'),
  // Not .int(): zod 4 limits that to safe integers, and nanosecond times exceed 2^53.
  z.number().refine(Number.isInteger, 'expected an integer'),
]);

const SPECIAL_DOUBLES: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Infinity,
  '-Infinity': -Infinity,
};

/** double per proto3 JSON: a number, a numeric string, or NaN/Infinity/-Infinity. */
export const double = z
  .custom<number | string>(
    (v) =>
      typeof v === 'number' ||
      (typeof v === 'string' && (v in SPECIAL_DOUBLES || (v.trim() !== '' && !Number.isNaN(Number(v))))),
    'expected a number',
  )
  .transform((v) => (typeof v === 'number' ? v : (SPECIAL_DOUBLES[v] ?? Number(v))));

export type AnyValueJson = {
  stringValue?: string | undefined;
  boolValue?: boolean | undefined;
  intValue?: string | number | undefined;
  doubleValue?: number | undefined;
  arrayValue?: { values?: AnyValueJson[] | undefined } | undefined;
  kvlistValue?: { values?: KeyValueJson[] | undefined } | undefined;
  bytesValue?: string | undefined;
};
export type KeyValueJson = { key: string; value?: AnyValueJson | undefined };

export const anyValue: z.ZodType<AnyValueJson> = z.lazy(() =>
  z.object({
    stringValue: z.string().optional(),
    boolValue: z.boolean().optional(),
    intValue: int64.optional(),
    doubleValue: double.optional(),
    arrayValue: z.object({ values: z.array(anyValue).optional() }).optional(),
    kvlistValue: z.object({ values: z.array(keyValue).optional() }).optional(),
    bytesValue: z.string().optional(),
  }),
) as z.ZodType<AnyValueJson>;

export const keyValue: z.ZodType<KeyValueJson> = z.lazy(() =>
  z.object({ key: z.string(), value: anyValue.optional() }),
) as z.ZodType<KeyValueJson>;

export const attributes = z.array(keyValue).optional();

export const resourceSchema = z.object({ attributes }).optional();

export const scopeSchema = z
  .object({ name: z.string().optional(), version: z.string().optional(), attributes })
  .optional();

/** Hex ids: empty (absent) or exactly `bytes` bytes. */
export function hexId(bytes: number) {
  return z
    .string()
    .regex(
      new RegExp(`^(?:[0-9a-fA-F]{${bytes * 2}})?$`),
      `expected ${bytes} bytes as ${bytes * 2} hex characters`,
    )
    .optional();
}

export type JsValue = string | number | boolean | null | JsValue[] | { [k: string]: JsValue };

/** An AnyValue as a plain JS value (bytes stay base64, int64 becomes a number). */
export function toJs(v: AnyValueJson | undefined): JsValue {
  if (v === undefined) return null;
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.arrayValue !== undefined) return (v.arrayValue.values ?? []).map(toJs);
  if (v.kvlistValue !== undefined) return attrsToObject(v.kvlistValue.values);
  if (v.bytesValue !== undefined) return v.bytesValue;
  return null;
}

/** KeyValues as a plain object; later duplicates win, as in most SDKs. */
export function attrsToObject(kvs: readonly KeyValueJson[] | undefined): { [k: string]: JsValue } {
  const out: { [k: string]: JsValue } = {};
  for (const kv of kvs ?? []) out[kv.key] = toJs(kv.value);
  return out;
}

/** KeyValues as string labels: scalars as text, structures as JSON. */
export function attrsToLabels(kvs: readonly KeyValueJson[] | undefined): Labels {
  const out: Record<string, string> = {};
  for (const kv of kvs ?? []) {
    const v = toJs(kv.value);
    out[kv.key] =
      typeof v === 'string' ? v : v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

/** The entity of a resource: its service.name, or OTel's default 'unknown_service'. */
export function serviceOf(resourceAttrs: { [k: string]: JsValue }): { name: string; entity: EntityId } {
  const raw = resourceAttrs['service.name'];
  const name = typeof raw === 'string' && raw !== '' ? raw : 'unknown_service';
  return { name, entity: entityId('service', name) };
}

/**
 * A JSON number of nanoseconds since the epoch is past 2^53 and only exact
 * to a few hundred nanoseconds: a whole millisecond may arrive as
 * 1764412345681999872. Flooring that would lose the millisecond; this much
 * of one is read as representation error, not as time.
 */
const NUMBER_NANOS_SLACK_MS = 0.001;

/** Nanoseconds since the epoch (int64 JSON) to milliseconds; 0 when absent. */
export function nanosToMs(v: string | number | undefined): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return Math.floor(v / 1e6 + NUMBER_NANOS_SLACK_MS);
  try {
    return Number(BigInt(v) / 1_000_000n);
  } catch {
    return Number.NaN;
  }
}
