/**
 * Heal events: one per locator that failed at run time, whether it was
 * healed or not. They feed the HTML and markdown report.
 */
import { z } from 'zod';

export const healEventSchema = z.object({
  at: z.number(),
  key: z.string(),
  testFile: z.string(),
  line: z.number().int().nullable(),
  selector: z.string(),
  url: z.string(),
  /** healed: used another element; ambiguous: several fit equally; failed: none fits or healing was refused. */
  outcome: z.enum(['healed', 'ambiguous', 'failed']),
  failure: z.enum(['no-match', 'ambiguous']),
  reason: z.string(),
  chosen: z
    .object({
      element: z.string(),
      xpath: z.string(),
      score: z.number(),
      margin: z.number(),
      confidence: z.number(),
    })
    .optional(),
  candidates: z.array(z.object({ element: z.string(), score: z.number() })),
  replacement: z.string().optional(),
  proposalId: z.string().optional(),
  screenshot: z.string().optional(),
});

export type HealEvent = z.infer<typeof healEventSchema>;
