/**
 * The API's wire shapes as zod schemas: request inputs are parsed with them at
 * the edge, and the OpenAPI document is generated from the same schemas, so
 * the document cannot drift from what the server accepts. Response schemas
 * describe the model types for readers of the document; they are loose
 * (extra fields allowed) because the model may grow.
 */
import { z } from 'zod';
import { ROLES } from './auth.js';

export const INCIDENT_STATES = [
  'open',
  'diagnosed',
  'awaiting-approval',
  'acting',
  'verifying',
  'healed',
  'rolled-back',
  'escalated',
  'dismissed',
] as const;

const Id = z.string().trim().min(1).max(200);

/** `:id` path parameter. */
export const IdParams = z.strictObject({ id: Id.describe('The id, as returned by a list endpoint') });

const Limit = (dflt: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).describe(`At most this many (1–${max})`);

export const IncidentsQuery = z.strictObject({
  state: z
    .string()
    .optional()
    .describe(`One state or a comma-separated list: ${INCIDENT_STATES.join(', ')}`)
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === '') return undefined;
      const parts = s.split(',').map((p) => p.trim());
      const bad = parts.filter((p) => !(INCIDENT_STATES as readonly string[]).includes(p));
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown state '${bad.join("', '")}'; expected one of ${INCIDENT_STATES.join(', ')}`,
        });
        return z.NEVER;
      }
      return parts as (typeof INCIDENT_STATES)[number][];
    }),
  limit: Limit(100, 1000),
});

export const ApprovalsQuery = z.strictObject({
  state: z.enum(['pending', 'approved', 'rejected', 'expired']).optional(),
});

export const LedgerQuery = z.strictObject({
  from: z.coerce.number().int().min(1).default(1).describe('First sequence number (1-based)'),
  limit: Limit(100, 1000),
});

export const ExportQuery = z.strictObject({
  from: z.coerce.number().int().min(1).default(1).describe('First sequence number (1-based)'),
});

export const EventsQuery = z.strictObject({
  access_token: z
    .string()
    .optional()
    .describe('The token, for clients such as EventSource that cannot send headers'),
});

/** A vote. The voter is the token's identity; a `by` field is refused rather than ignored. */
export const VoteBody = z.strictObject({
  reason: z.string().max(4000).default('').describe('Why; recorded in the ledger'),
});

export const PauseBody = z.strictObject({
  reason: z.string().trim().min(1, 'say why the engine is paused').max(4000),
});

export const EmptyBody = z.strictObject({});

// ---- responses (documentation) ----

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('A stable HST_* code'),
    message: z.string().describe('What was wrong, where, and what to do'),
  }),
});

const Labels = z.record(z.string(), z.string());
const Target = z.looseObject({ entity: z.string(), kind: z.string(), labels: Labels });

export const Hypothesis = z.looseObject({
  id: z.string(),
  entity: z.string(),
  indicator: z.string().optional(),
  cause: z.string(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(
    z.looseObject({ kind: z.string(), description: z.string(), weight: z.number().optional() }),
  ),
  summary: z.string(),
  diagnoser: z.string(),
});

export const Incident = z.looseObject({
  id: z.string(),
  state: z.enum(INCIDENT_STATES),
  title: z.string(),
  domain: z.string(),
  fingerprint: z.string(),
  entities: z.array(z.string()),
  anomalies: z.array(
    z.looseObject({ id: z.string(), entity: z.string(), indicator: z.string(), at: z.number() }),
  ),
  hypotheses: z.array(Hypothesis),
  openedAt: z.number().describe('Epoch ms'),
  updatedAt: z.number(),
  actedAt: z.number().optional().describe('When a remedy first started acting on it'),
  closedAt: z.number().optional(),
  resolution: z.string().optional(),
});

export const Action = z.looseObject({
  id: z.string(),
  incidentId: z.string(),
  remedy: z.string(),
  actionClass: z.string(),
  risk: z.enum(['low', 'medium', 'high']),
  target: Target,
  params: z.record(z.string(), z.unknown()),
  state: z.string(),
  mode: z.enum(['auto', 'auto+review', 'approve', 'deny']),
  ruleId: z.string().describe('The policy rule that gave the mode'),
  description: z.string(),
  createdAt: z.number(),
  outcome: z
    .looseObject({ reason: z.string(), success: z.boolean(), at: z.number(), detail: z.string() })
    .optional(),
});

export const Approval = z.looseObject({
  id: z.string(),
  actionId: z.string(),
  incidentId: z.string(),
  state: z.enum(['pending', 'approved', 'rejected', 'expired']),
  proposal: z.looseObject({ remedy: z.string(), description: z.string(), target: Target }),
  requiredApprovals: z.number().int(),
  votes: z.array(
    z.object({ by: z.string(), decision: z.enum(['approve', 'reject']), reason: z.string(), at: z.number() }),
  ),
  createdAt: z.number(),
  expiresAt: z.number(),
  requestedBy: z.string(),
});

export const LedgerEntry = z.looseObject({
  seq: z.number().int(),
  at: z.number(),
  type: z.string(),
  incidentId: z.string().optional(),
  actionId: z.string().optional(),
  actor: z.string(),
  payload: z.record(z.string(), z.unknown()),
  policyHash: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});

export const IncidentDetail = z.object({
  incident: Incident,
  actions: z.array(Action),
  approvals: z.array(Approval),
  ledger: z.array(LedgerEntry).describe('Ledger entries that name this incident, oldest first'),
});

export const PauseStatus = z.looseObject({
  paused: z.boolean(),
  sources: z.array(z.enum(['store', 'flag-file'])),
  by: z.string().optional(),
  reason: z.string().optional(),
  since: z.number().optional(),
  flagFile: z.string(),
});

export const AbortResult = z.object({ actionId: z.string(), aborted: z.literal(true), by: z.string() });

export const LedgerPage = z.object({
  entries: z.array(LedgerEntry),
  next: z.number().int().nullable().describe('`from` for the next page; null at the head'),
  count: z.number().int().describe('Entries stored'),
});

export const VerifyReport = z.looseObject({
  ok: z.boolean(),
  count: z.number().int(),
  head: z.string().optional(),
  firstBad: z
    .object({ seq: z.number(), position: z.number(), reason: z.string(), detail: z.string() })
    .optional(),
});

const RateStats = z.object({
  remedy: z.string(),
  targetClass: z.string(),
  successes: z.number().int(),
  failures: z.number().int(),
  successRate: z.number().nullable().describe('successes / (successes + failures); null when untried'),
  lastAt: z.number(),
});

export const MemoryReport = z.object({
  byRemedy: z.array(RateStats).describe('Per remedy and target class, over every symptom'),
  bySymptom: z.array(RateStats.extend({ fingerprint: z.string() })),
  overrides: z.array(
    z.looseObject({
      id: z.string(),
      mode: z.string(),
      kind: z.enum(['promotion', 'demotion']),
      reason: z.string(),
    }),
  ),
});

export const Entity = z.looseObject({ id: z.string(), kind: z.string(), name: z.string(), labels: Labels });

export const Topology = z.object({
  nodes: z.array(
    Entity.extend({
      health: z.enum(['healthy', 'degraded', 'failing']),
      incidents: z.array(z.string()).describe('Open incidents that involve this node'),
      changes: z.array(z.looseObject({ id: z.string(), kind: z.string(), at: z.number() })),
    }),
  ),
  edges: z.array(
    z.object({ from: z.string(), to: z.string(), type: z.string(), weight: z.number(), source: z.string() }),
  ),
});

export const PolicySummary = z.object({
  hash: z.string(),
  file: z.string(),
  defaults: z.object({ low: z.string(), medium: z.string(), high: z.string() }),
  rules: z.array(
    z.looseObject({
      id: z.string(),
      mode: z.string(),
      description: z.string().optional(),
      match: z.unknown(),
    }),
  ),
  maintenanceWindows: z.array(z.looseObject({ id: z.string(), mode: z.string() })),
  autonomy: z.array(z.looseObject({ id: z.string(), promoteTo: z.string() })),
  approvals: z.looseObject({ expiresAfterMs: z.number(), requiredForHigh: z.number() }),
});

export const Health = z.object({ status: z.literal('ok'), uptimeMs: z.number() });

export const Me = z.object({ name: z.string(), role: z.enum(ROLES), anonymous: z.boolean() });

export const Entities = z.object({ entities: z.array(Entity) });

export const Cleared = z.object({ id: z.string(), cleared: z.literal(true) });
