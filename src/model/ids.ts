/**
 * Typed identifiers. Ids are plain strings at run time; the brand keeps an
 * IncidentId from being passed where an ActionId is expected.
 */
import { createHash, randomBytes } from 'node:crypto';

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SignalId = Brand<string, 'SignalId'>;
export type EntityId = Brand<string, 'EntityId'>;
export type AnomalyId = Brand<string, 'AnomalyId'>;
export type IncidentId = Brand<string, 'IncidentId'>;
export type HypothesisId = Brand<string, 'HypothesisId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type ApprovalId = Brand<string, 'ApprovalId'>;

const PREFIX = {
  signal: 'sig',
  anomaly: 'ano',
  incident: 'inc',
  hypothesis: 'hyp',
  action: 'act',
  approval: 'apr',
} as const;

type Prefixed = keyof typeof PREFIX;
type IdOf<K extends Prefixed> = K extends 'signal'
  ? SignalId
  : K extends 'anomaly'
    ? AnomalyId
    : K extends 'incident'
      ? IncidentId
      : K extends 'hypothesis'
        ? HypothesisId
        : K extends 'action'
          ? ActionId
          : ApprovalId;

/**
 * A new random id, sortable by creation time (millisecond timestamp in base36 first).
 * @example newId('incident') // 'inc_lx2k9a0f_3f9a1c2b7d'
 */
export function newId<K extends Prefixed>(kind: K, nowMs: number = Date.now()): IdOf<K> {
  const time = nowMs.toString(36).padStart(9, '0');
  return `${PREFIX[kind]}_${time}_${randomHex10()}` as IdOf<K>;
}

// Ids are minted per signal on the ingest path: draw randomness in bulk, not per id.
const POOL_IDS = 4096;
let pool = randomBytes(5 * POOL_IDS);
let poolAt = 0;

function randomHex10(): string {
  if (poolAt >= pool.length) {
    pool = randomBytes(5 * POOL_IDS);
    poolAt = 0;
  }
  const hex = pool.toString('hex', poolAt, poolAt + 5);
  poolAt += 5;
  return hex;
}

/**
 * A stable entity id from its kind and name, so that every receiver names the
 * same service the same way.
 * @example entityId('service', 'checkout') // 'service:checkout'
 */
export function entityId(kind: string, name: string): EntityId {
  return `${kind}:${name}` as EntityId;
}

/** A short, stable digest of the given parts (hex, 16 chars); used for fingerprints. */
export function digest(...parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 16);
}
