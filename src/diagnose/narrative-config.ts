/** Configuration of the optional language-model narrative (kept apart so configuration loads without the model SDKs). */
import { z } from 'zod';

export const narrativeConfigSchema = z.object({
  enabled: z.boolean().default(false),
  provider: z.enum(['openai-compatible', 'anthropic']).default('openai-compatible'),
  /** e.g. http://127.0.0.1:11434/v1 for a local server. */
  baseURL: z.string().url().optional(),
  model: z.string().min(1),
  /** Name of the environment variable holding the API key (never the key itself). */
  apiKeyEnv: z.string().min(1).optional(),
  maxOutputTokens: z.number().int().positive().default(400),
  timeoutMs: z.number().int().positive().default(30_000),
});
export type NarrativeConfig = z.infer<typeof narrativeConfigSchema>;
