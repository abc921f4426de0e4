/**
 * Strict protobuf decoding into the OTLP/proto3 JSON shape (camelCase names,
 * int64 as decimal strings, trace/span ids as hex, other bytes as base64), so
 * that the protobuf and JSON encodings share one validator downstream.
 * Invalid UTF-8 in a string field is an error that names the field path.
 */
import protobuf from 'protobufjs';
import { errorMessage, HomeostatError } from '../../core/errors.js';
import { utf8 } from '../common/body.js';
import type { Schema, Type } from './schema.js';

/** Nesting beyond this (AnyValue inside AnyValue …) is refused rather than recursed. */
export const MAX_DEPTH = 64;

const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const HEX_ID = /(?:^|[a-z])(traceId|spanId)$|^(traceId|spanId|parentSpanId)$/i;

/**
 * Decodes `bytes` as message `typeName`, then converts it to the JSON shape.
 * @example decodeToJson(otlpSchema(), OTLP_TYPES.tracesRequest, body)
 */
export function decodeToJson(schema: Schema, typeName: string, bytes: Uint8Array): Record<string, unknown> {
  const strict = schema.strict.lookupType(typeName);
  const canonical = schema.canonical.lookupType(typeName);
  let message: protobuf.Message;
  try {
    message = strict.decode(bytes);
  } catch (err) {
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `malformed protobuf (${canonical.name}): ${errorMessage(err)}`,
    );
  }
  return walk(canonical, message as unknown as Record<string, unknown>, '', 0);
}

function walk(
  type: Type,
  msg: Record<string, unknown>,
  path: string,
  depth: number,
): Record<string, unknown> {
  if (depth > MAX_DEPTH) {
    throw new HomeostatError(
      'HST_INPUT_INVALID',
      `${path || '(root)'}: nested deeper than ${MAX_DEPTH} levels`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (!Object.hasOwn(msg, field.name)) continue;
    const value = msg[field.name];
    const at = path ? `${path}.${field.name}` : field.name;
    if (field.repeated) {
      if (!Array.isArray(value) || value.length === 0) continue;
      out[field.name] = value.map((v: unknown, i) => convert(field, v, `${at}[${i}]`, depth));
    } else if (value !== null && value !== undefined) {
      out[field.name] = convert(field, value, at, depth);
    }
  }
  return out;
}

function convert(field: protobuf.Field, value: unknown, path: string, depth: number): unknown {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    return walk(resolved, value as Record<string, unknown>, path, depth + 1);
  }
  if (resolved instanceof protobuf.Enum) return Number(value);
  if (field.type === 'string') return utf8(value as Uint8Array, path);
  if (field.type === 'bytes') {
    const buf = Buffer.from(value as Uint8Array);
    return HEX_ID.test(field.name) ? buf.toString('hex') : buf.toString('base64');
  }
  if (INT64.has(field.type)) return String(value);
  return value;
}
