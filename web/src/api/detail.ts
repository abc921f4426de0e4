/**
 * The answer of `GET /incidents/:id`: the incident with its actions, approvals
 * and ledger entries. Accepts the incident either under `incident` or spread at
 * the top level, so the panel does not hinge on the envelope.
 */
import { z } from 'zod';
import {
  type Action,
  ActionSchema,
  type Approval,
  ApprovalSchema,
  type Incident,
  IncidentSchema,
  type LedgerEntry,
  LedgerEntrySchema,
} from './types.js';

export interface IncidentDetail {
  readonly incident: Incident;
  readonly actions: Action[];
  readonly approvals: Approval[];
  readonly ledger: LedgerEntry[];
}

const listAt = <T>(obj: Record<string, unknown>, schema: z.ZodType<T>, ...keys: string[]): T[] => {
  for (const k of keys) {
    const parsed = z.array(schema).safeParse(obj[k]);
    if (parsed.success) return parsed.data;
  }
  return [];
};

export const IncidentDetailSchema: z.ZodType<IncidentDetail> = z
  .record(z.string(), z.unknown())
  .transform((obj, ctx) => {
    const inc = IncidentSchema.safeParse(obj.incident ?? obj);
    if (!inc.success) {
      ctx.addIssue({ code: 'custom', message: `not an incident: ${inc.error.message}` });
      return z.NEVER;
    }
    return {
      incident: inc.data,
      actions: listAt(obj, ActionSchema, 'actions'),
      approvals: listAt(obj, ApprovalSchema, 'approvals'),
      ledger: listAt(obj, LedgerEntrySchema, 'ledger', 'ledgerEntries', 'entries'),
    };
  });

/** The action that tells the story: the newest one that is not an undo, else the newest. */
export function mainAction(actions: readonly Action[]): Action | undefined {
  const forward = actions.filter((a) => !a.undoes);
  return forward[forward.length - 1] ?? actions[actions.length - 1];
}
