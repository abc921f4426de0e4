/**
 * Small, valid model objects for store tests: each builder takes the fields a
 * test cares about and fills the rest with plausible values.
 */
import type {
  Action,
  ActionId,
  ApprovalId,
  ApprovalRequest,
  EntityId,
  Incident,
  IncidentId,
  LedgerEntry,
} from '../model/index.js';

/** An incident opened at `openedAt` (default 1000) with no anomalies. */
export function incidentFixture(over: Omit<Partial<Incident>, 'id'> & { id: string }): Incident {
  const openedAt = over.openedAt ?? 1000;
  return {
    state: 'open',
    title: `incident ${over.id}`,
    domain: 'infra',
    fingerprint: 'fp-a',
    entities: ['service:checkout' as EntityId],
    anomalies: [],
    hypotheses: [],
    updatedAt: openedAt,
    ...over,
    id: over.id as IncidentId,
    openedAt,
  };
}

/** An action in state 'intent' on service:checkout, with a key derived from its id. */
export function actionFixture(
  over: Omit<Partial<Action>, 'id' | 'incidentId'> & { id: string; incidentId?: string },
): Action {
  return {
    remedy: 'infra.restart',
    actionClass: 'restart',
    risk: 'low',
    target: { entity: 'service:checkout' as EntityId, kind: 'service', labels: { env: 'prod' } },
    params: { service: 'checkout', nested: { attempts: [1, 2] } },
    idempotencyKey: `key-${over.id}`,
    state: 'intent',
    mode: 'auto',
    ruleId: 'default-low',
    description: 'restart checkout',
    createdAt: 1000,
    verifyWindowMs: 120_000,
    confirmMs: 5_000,
    ...over,
    id: over.id as ActionId,
    incidentId: (over.incidentId ?? 'inc-1') as IncidentId,
  };
}

/** A pending approval request for `actionId`, needing one approval. */
export function approvalFixture(
  over: Omit<Partial<ApprovalRequest>, 'id' | 'actionId'> & { id: string; actionId: string },
): ApprovalRequest {
  return {
    incidentId: 'inc-1' as IncidentId,
    state: 'pending',
    proposal: {
      remedy: 'infra.rollback',
      description: 'roll back checkout to v1',
      target: { entity: 'service:checkout' as EntityId, kind: 'service', labels: {} },
      params: { to: 'v1' },
      risk: 'high',
    },
    requiredApprovals: 1,
    votes: [],
    createdAt: 1000,
    expiresAt: 61_000,
    requestedBy: 'engine',
    ...over,
    id: over.id as ApprovalId,
    actionId: over.actionId as ActionId,
  };
}

/**
 * A ledger entry with placeholder hashes: stores keep entries as given and
 * never check hashes (that is the ledger's job).
 */
export function ledgerEntryFixture(seq: number, over: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    seq,
    at: 1000 + seq,
    type: 'signal',
    actor: 'engine',
    payload: { n: seq, nested: { list: [seq, 'x'], flag: true, nothing: null } },
    policyHash: 'p'.repeat(64),
    prevHash: String(seq - 1).padStart(64, '0'),
    hash: String(seq).padStart(64, '0'),
    ...over,
  };
}
