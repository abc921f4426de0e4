/**
 * The ledger's hash chain and its hygiene: canonical JSON, the entry hash, and
 * the redaction that keeps secrets out of an append-only record (a secret that
 * reaches the ledger can never be removed without breaking the chain).
 */
import { createHash } from 'node:crypto';
import { HomeostatError } from '../core/errors.js';
import type { LedgerEntry } from '../model/index.js';

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level, so that equal values always
 * serialise to the same bytes. Undefined object members are dropped and
 * non-finite numbers become null, exactly as JSON.stringify does.
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      throw new HomeostatError('HST_INPUT_INVALID', 'a ledger payload cannot hold a bigint; use a string');
    case 'object': {
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return write(withJson.toJSON());
      if (Array.isArray(value)) return `[${value.map((v) => write(v) ?? 'null').join(',')}]`;
      const parts: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const v = write((value as Record<string, unknown>)[key]);
        if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}

/** The hashed fields of an entry: everything but the hash itself. */
export type UnhashedEntry = Omit<LedgerEntry, 'hash'>;

/**
 * sha256 (hex) of the canonical JSON of {seq, at, type, incidentId, actionId,
 * actor, payload, policyHash, prevHash}; absent ids hash as null.
 */
export function entryHash(e: UnhashedEntry): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at,
    type: e.type,
    incidentId: e.incidentId ?? null,
    actionId: e.actionId ?? null,
    actor: e.actor,
    payload: e.payload,
    policyHash: e.policyHash,
    prevHash: e.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

/** Keys whose values are secrets wherever they appear in a payload. */
export const SECRET_KEY = /token|secret|password|passwd|authorization|cookie|api[-_]?key|private[-_]?key/i;

export const REDACTED = '[REDACTED]';

const BEARER = /\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@/\s]+@/gi;

/**
 * A copy of the payload with secrets replaced by '[REDACTED]': values under
 * secret-looking keys (at any depth), bearer/basic credentials inside strings,
 * and passwords inside URLs.
 * @example redactSecrets({ user: 'a', apiKey: 'k' }) // { user: 'a', apiKey: '[REDACTED]' }
 */
export function redactSecrets(payload: Record<string, unknown>): Record<string, unknown> {
  return redactValue(payload, new WeakSet()) as Record<string, unknown>;
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string')
    return value.replace(BEARER, `$1 ${REDACTED}`).replace(URL_PASSWORD, `$1${REDACTED}@`);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value))
    throw new HomeostatError('HST_INPUT_INVALID', 'a ledger payload cannot contain a cycle');
  seen.add(value);
  try {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return redactValue(withJson.toJSON(), seen);
    if (Array.isArray(value)) return value.map((v) => redactValue(v, seen));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? REDACTED : redactValue(v, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}
