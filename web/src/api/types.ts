/**
 * The shapes the dashboard reads from the homeostat API, parsed with zod at the
 * edge. Objects are loose (unknown fields pass through) so that the API can grow
 * without breaking an older dashboard; only the fields drawn on screen are typed.
 */
import { z } from 'zod';

const Labels = z.record(z.string(), z.string()).catch({});

export const EvidenceSchema = z.looseObject({
  kind: z.string(),
  description: z.string(),
  weight: z.number().optional(),
});

export const HypothesisSchema = z.looseObject({
  id: z.string(),
  entity: z.string(),
  indicator: z.string().optional(),
  cause: z.string(),
  confidence: z.number(),
  summary: z.string(),
  diagnoser: z.string(),
  evidence: z.array(EvidenceSchema).catch([]),
});

export const AnomalySchema = z.looseObject({
  id: z.string(),
  entity: z.string(),
  indicator: z.string(),
  at: z.number(),
  score: z.number(),
  detector: z.string(),
  explanation: z
    .looseObject({
      observed: z.number(),
      expectedLow: z.number(),
      expectedHigh: z.number(),
      text: z.string(),
    })
    .optional(),
});

export const IncidentStates = [
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

export const IncidentSchema = z.looseObject({
  id: z.string(),
  state: z.string(),
  title: z.string(),
  domain: z.string(),
  fingerprint: z.string().optional(),
  entities: z.array(z.string()).catch([]),
  anomalies: z.array(AnomalySchema).catch([]),
  hypotheses: z.array(HypothesisSchema).catch([]),
  openedAt: z.number(),
  updatedAt: z.number(),
  actedAt: z.number().optional(),
  closedAt: z.number().optional(),
  resolution: z.string().optional(),
});

export const HealthReadingSchema = z.looseObject({
  at: z.number(),
  status: z.string(),
  value: z.number().optional(),
  detail: z.string().optional(),
});

export const TargetSchema = z.looseObject({ entity: z.string(), kind: z.string(), labels: Labels });

export const ActionSchema = z.looseObject({
  id: z.string(),
  incidentId: z.string(),
  remedy: z.string(),
  actionClass: z.string(),
  risk: z.string(),
  target: TargetSchema,
  params: z.record(z.string(), z.unknown()).catch({}),
  state: z.string(),
  mode: z.string(),
  ruleId: z.string(),
  description: z.string(),
  createdAt: z.number(),
  appliedAt: z.number().optional(),
  verifyDeadline: z.number().optional(),
  verifyWindowMs: z.number().optional(),
  undoes: z.string().optional(),
  outcome: z
    .looseObject({
      reason: z.string(),
      success: z.boolean(),
      at: z.number(),
      detail: z.string(),
      undone: z.boolean().optional(),
      readings: z.array(HealthReadingSchema).optional(),
    })
    .optional(),
});

export const ApprovalSchema = z.looseObject({
  id: z.string(),
  actionId: z.string(),
  incidentId: z.string(),
  state: z.string(),
  proposal: z.looseObject({
    remedy: z.string(),
    description: z.string(),
    target: TargetSchema,
    params: z.record(z.string(), z.unknown()).catch({}),
    risk: z.string(),
    hypothesis: HypothesisSchema.optional(),
  }),
  requiredApprovals: z.number(),
  votes: z
    .array(z.looseObject({ by: z.string(), decision: z.string(), reason: z.string(), at: z.number() }))
    .catch([]),
  createdAt: z.number(),
  expiresAt: z.number(),
  requestedBy: z.string().optional(),
});

export const LedgerEntrySchema = z.looseObject({
  seq: z.number(),
  at: z.number(),
  type: z.string(),
  incidentId: z.string().optional(),
  actionId: z.string().optional(),
  actor: z.string(),
  payload: z.record(z.string(), z.unknown()).catch({}),
  hash: z.string(),
});

export const VerifyReportSchema = z.looseObject({
  ok: z.boolean(),
  count: z.number(),
  head: z.string().optional(),
  firstBad: z
    .looseObject({ seq: z.number(), position: z.number(), reason: z.string(), detail: z.string() })
    .optional(),
});

export const PauseSchema = z.looseObject({
  paused: z.boolean(),
  by: z.string().optional(),
  reason: z.string().optional(),
  since: z.number().optional(),
  sources: z.array(z.string()).optional(),
});

export const OutcomeStatSchema = z.looseObject({
  fingerprint: z.string().optional(),
  remedy: z.string(),
  targetClass: z.string(),
  successes: z.number(),
  failures: z.number(),
  successRate: z.number().nullable().optional(),
  lastAt: z.number().optional(),
});

export const OverrideSchema = z.looseObject({
  id: z.string(),
  remedy: z.string().optional(),
  actionClass: z.string().optional(),
  target: z.string().optional(),
  mode: z.string(),
  kind: z.string(),
  reason: z.string(),
  at: z.number(),
});

export const TopologyNodeSchema = z.looseObject({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  health: z.string().optional(),
});

export const TopologyEdgeSchema = z.looseObject({ from: z.string(), to: z.string(), type: z.string() });

export const SeriesPointSchema = z.looseObject({
  t: z.number(),
  v: z.number().nullable(),
  lo: z.number().nullable().optional(),
  hi: z.number().nullable().optional(),
  anomaly: z.boolean().optional(),
});

export const IdentitySchema = z.looseObject({ name: z.string(), role: z.string() });

export type Incident = z.infer<typeof IncidentSchema>;
export type Hypothesis = z.infer<typeof HypothesisSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type VerifyReport = z.infer<typeof VerifyReportSchema>;
export type Pause = z.infer<typeof PauseSchema>;
export type OutcomeStat = z.infer<typeof OutcomeStatSchema>;
export type Override = z.infer<typeof OverrideSchema>;
export type TopologyNode = z.infer<typeof TopologyNodeSchema>;
export type TopologyEdge = z.infer<typeof TopologyEdgeSchema>;
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;
export type HealthReading = z.infer<typeof HealthReadingSchema>;
export type Identity = z.infer<typeof IdentitySchema>;
