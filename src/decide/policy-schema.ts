/**
 * The policy file's shape, as a zod schema. This is the single source of
 * truth: the TypeScript type, the JSON Schema for editors
 * (`schemas/policy.schema.json`) and the field reference in `docs/policy.md`
 * all follow from it. Defaults are conservative: anything not written down
 * gets the stricter behaviour.
 */
import { z } from 'zod';

/** How much autonomy an action gets, from most to least autonomous. */
export const PolicyModeSchema = z
  .enum(['auto', 'auto+review', 'approve', 'deny'])
  .describe(
    'auto: act now; auto+review: act now and ask a person to review afterwards; approve: wait for approval; deny: never act',
  );

export const RiskSchema = z.enum(['low', 'medium', 'high']).describe('Risk level declared by the remedy');

/** A label value to match: one value, or a list of accepted values. YAML scalars (true, 3) count as their text. */
const LabelValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export const LabelMatchSchema = z
  .record(z.string(), z.union([LabelValueSchema, z.array(LabelValueSchema).min(1)]))
  .describe('Every listed label must be present on the target with this value (or one of these values)');

/** Which targets a rule or window applies to; every given field must match. */
export const TargetMatchSchema = z
  .strictObject({
    labels: LabelMatchSchema.optional(),
    kind: z.array(z.string().min(1)).min(1).optional().describe('Entity kinds, e.g. [service, database]'),
    entity: z.array(z.string().min(1)).min(1).optional().describe('Entity ids, e.g. [service:checkout]'),
  })
  .describe('Target selector: labels, kinds and entity ids; all given fields must match');

/** What a rule matches. Omitted fields match anything; list fields match any listed value. */
export const MatchSchema = z
  .strictObject({
    actionClass: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Action classes, e.g. [restart, scale]'),
    risk: z.array(RiskSchema).min(1).optional(),
    remedy: z.array(z.string().min(1)).min(1).optional().describe('Remedy names, e.g. [infra.restart]'),
    target: TargetMatchSchema.optional(),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('The rule matches only when the diagnosis confidence is at least this'),
  })
  .describe('Conditions; omitted fields match anything');

export const RuleSchema = z
  .strictObject({
    id: z.string().min(1).describe('Unique rule id; recorded in the ledger with every decision'),
    description: z.string().optional(),
    match: MatchSchema.prefault({}),
    mode: PolicyModeSchema,
    approvers: z
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('Approvals required (N of the eligible approvers) when the mode is approve'),
  })
  .describe('A policy rule; the first rule that matches decides');

export const DefaultsSchema = z
  .strictObject({
    low: PolicyModeSchema.default('auto'),
    medium: PolicyModeSchema.default('auto+review'),
    high: PolicyModeSchema.default('approve'),
  })
  .describe('Mode by risk when no rule matches');

export const RateLimitSchema = z
  .strictObject({
    max: z.int().min(1).describe('At most this many actions per target…'),
    perMs: z.int().min(1).describe('…within this sliding window (ms)'),
  })
  .describe('Per-target rate limit');

export const PerTargetSchema = z
  .strictObject({
    rateLimit: RateLimitSchema.prefault({ max: 5, perMs: 3_600_000 }),
    cooldownMs: z
      .int()
      .min(0)
      .default(30_000)
      .describe('Wait after a heal before the same remedy runs again'),
    backoffFactor: z
      .number()
      .min(1)
      .default(2)
      .describe('Each repeat multiplies the cooldown: cooldownMs * backoffFactor^(n-1)'),
    maxCooldownMs: z.int().min(0).default(600_000).describe('Upper bound of the backed-off cooldown'),
    backoffResetMs: z
      .int()
      .min(1)
      .optional()
      .describe('A quiet period this long resets the backoff (default: 2 * maxCooldownMs)'),
  })
  .describe('Limits per target entity');

export const LimitsSchema = z
  .strictObject({
    maxConcurrentActions: z.int().min(1).default(3).describe('Blast radius: actions in flight at once'),
    perTarget: PerTargetSchema.prefault({}),
  })
  .describe('Blast radius, rate limits and cooldowns');

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const DaySchema = z.enum(DAYS);

const START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** True when `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const MaintenanceWindowSchema = z
  .strictObject({
    id: z.string().min(1),
    description: z.string().optional(),
    target: TargetMatchSchema.optional().describe('Targets the window covers; omitted = every target'),
    days: z
      .array(DaySchema)
      .min(1)
      .default([...DAYS])
      .describe('Days on which the window starts (local to timezone); default every day'),
    start: z.string().regex(START_TIME, 'must be HH:MM (00:00–23:59)').describe('Local start time, HH:MM'),
    end: z
      .string()
      .regex(END_TIME, 'must be HH:MM (00:00–24:00)')
      .describe('Local end time, HH:MM; earlier than start means the window runs past midnight'),
    timezone: z
      .string()
      .refine(isTimeZone, 'must be an IANA time zone such as UTC or Europe/Berlin')
      .default('UTC'),
    mode: z.enum(['deny', 'approve']).describe('Mode while the window is open (only ever stricter)'),
  })
  .refine((w) => w.start !== w.end, {
    message: 'start and end must differ (use 00:00 to 24:00 for a whole day)',
    path: ['end'],
  })
  .describe('A time window during which actions on the covered targets are denied or need approval');

export const ApprovalsSchema = z
  .strictObject({
    expiresAfterMs: z
      .int()
      .min(1000)
      .default(3_600_000)
      .describe('A pending request expires (= deny) after this'),
    requiredForHigh: z.int().min(1).max(100).default(1).describe('Approvals needed for high risk by default'),
  })
  .describe('Approval requests');

export const AutonomyRuleSchema = z
  .strictObject({
    id: z.string().min(1),
    description: z.string().optional(),
    match: MatchSchema.omit({ minConfidence: true }).prefault({}),
    after: z.strictObject({
      verifiedSuccesses: z.int().min(1).describe('Verified successes needed for the promotion'),
      maxFailures: z.int().min(0).default(0).describe('At most this many failures in the same history'),
    }),
    promoteTo: z.enum(['auto', 'auto+review']),
  })
  .describe('Promotion by evidence: memory applies it when the outcome counts are reached');

export const SymptomMaskingSchema = z
  .strictObject({
    repeats: z.int().min(2).default(3).describe('Heals of the same symptom fingerprint…'),
    windowMs: z.int().min(1).default(86_400_000).describe('…within this window escalate instead of healing'),
  })
  .describe('Repeated healing of the same fault escalates and demotes the action to approve');

export const VerificationSchema = z
  .strictObject({
    defaultWindowMs: z.int().min(1).default(120_000).describe('Verification window when a remedy sets none'),
    confirmMs: z.int().min(0).default(10_000).describe('How long health must hold to count as verified'),
  })
  .describe('Verification defaults');

/** The whole policy document. */
export const PolicySchema = z
  .strictObject({
    version: z.literal(1).describe('Format version; always 1'),
    defaults: DefaultsSchema.prefault({}),
    rules: z.array(RuleSchema).default([]),
    limits: LimitsSchema.prefault({}),
    maintenanceWindows: z.array(MaintenanceWindowSchema).default([]),
    approvals: ApprovalsSchema.prefault({}),
    autonomy: z.array(AutonomyRuleSchema).default([]),
    symptomMasking: SymptomMaskingSchema.prefault({}),
    verification: VerificationSchema.prefault({}),
    pauseFlagFile: z
      .string()
      .min(1)
      .default('.homeostat/PAUSE')
      .describe('While this file exists every mode except deny becomes approve'),
  })
  .superRefine((doc, ctx) => {
    for (const key of ['rules', 'maintenanceWindows', 'autonomy'] as const) {
      const seen = new Map<string, number>();
      doc[key].forEach((item, i) => {
        const first = seen.get(item.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'id'],
            message: `duplicate id '${item.id}' (first used at ${key}[${first}])`,
          });
        } else seen.set(item.id, i);
      });
    }
  })
  .describe('homeostat policy: which actions may run, how, and when');

/** A validated policy document with every default filled in. */
export type PolicyDoc = z.output<typeof PolicySchema>;
export type PolicyRule = PolicyDoc['rules'][number];
export type PolicyMatch = PolicyRule['match'];
export type TargetMatch = z.output<typeof TargetMatchSchema>;
export type MaintenanceWindow = PolicyDoc['maintenanceWindows'][number];
export type PolicyLimits = PolicyDoc['limits'];
export type AutonomyRule = PolicyDoc['autonomy'][number];
export type Day = z.output<typeof DaySchema>;

/**
 * The JSON Schema of the policy file for editors (input shape: defaults are optional).
 * @example writeFileSync('schemas/policy.schema.json', policyJsonSchemaText())
 */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicySchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return { ...schema, title: 'homeostat policy' };
}

/** The committed form of the JSON Schema: pretty-printed with a trailing newline. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
