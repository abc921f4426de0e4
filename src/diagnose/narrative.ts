/**
 * Optional language-model narrative: a few sentences explaining the ranked
 * hypotheses FROM their evidence, for a person. Off by default. The model gets
 * a frozen copy of the hypotheses and returns text only, so it can never
 * change the ranking, the confidence or the evidence.
 */
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText } from 'ai';
import { HomeostatError } from '../core/errors.js';
import type { Hypothesis } from '../model/index.js';
import { narrativeConfigSchema } from './narrative-config.js';

export { type NarrativeConfig, narrativeConfigSchema } from './narrative-config.js';

export interface Narrative {
  readonly text: string;
  readonly model: string;
  readonly usage?: { readonly inputTokens?: number; readonly outputTokens?: number };
}

const SYSTEM = [
  'You explain a root-cause diagnosis to an on-call engineer.',
  'Use only the evidence given. Do not invent signals, numbers or causes.',
  'Do not reorder or re-score the hypotheses; the ranking is final.',
  'Write at most five short sentences, plain text.',
].join(' ');

/** The prompt: the ranked hypotheses with their evidence, as compact JSON. */
export function narrativePrompt(hypotheses: readonly Hypothesis[]): string {
  const view = hypotheses.map((h, i) => ({
    rank: i + 1,
    entity: h.entity,
    cause: h.cause,
    indicator: h.indicator,
    confidence: Math.round(h.confidence * 100) / 100,
    evidence: h.evidence.map((e) => ({ kind: e.kind, description: e.description, data: e.data })),
  }));
  return `Ranked hypotheses (best first):\n${JSON.stringify(view, null, 1)}\n\nExplain why the first is most likely, citing its evidence.`;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/**
 * Writes the narrative. Returns undefined when disabled. The hypotheses are
 * deep-copied and frozen before the model code sees them.
 * @example await writeNarrative(hypotheses, { enabled: true, provider: 'openai-compatible', baseURL, model: 'llama3' })
 */
export async function writeNarrative(
  hypotheses: readonly Hypothesis[],
  config: unknown,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Narrative | undefined> {
  const parsed = narrativeConfigSchema.safeParse(config);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new HomeostatError(
      'HST_CONFIG_INVALID',
      `narrative: ${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'}`,
    );
  }
  const cfg = parsed.data;
  if (!cfg.enabled || hypotheses.length === 0) return undefined;
  const apiKey = cfg.apiKeyEnv ? env[cfg.apiKeyEnv] : undefined;
  if (cfg.apiKeyEnv && !apiKey) {
    throw new HomeostatError(
      'HST_CONFIG_INVALID',
      `narrative: environment variable ${cfg.apiKeyEnv} is not set`,
    );
  }
  const model =
    cfg.provider === 'anthropic'
      ? createAnthropic({ ...(cfg.baseURL ? { baseURL: cfg.baseURL } : {}), ...(apiKey ? { apiKey } : {}) })(
          cfg.model,
        )
      : createOpenAICompatible({
          name: 'homeostat-narrative',
          baseURL: cfg.baseURL ?? 'http://127.0.0.1:11434/v1',
          ...(apiKey ? { apiKey } : {}),
        }).chatModel(cfg.model);
  const frozen = deepFreeze(structuredClone(hypotheses) as Hypothesis[]);
  const result = await generateText({
    model,
    system: SYSTEM,
    prompt: narrativePrompt(frozen),
    maxOutputTokens: cfg.maxOutputTokens,
    maxRetries: 0,
    abortSignal: AbortSignal.timeout(cfg.timeoutMs),
  });
  return {
    text: result.text.trim(),
    model: cfg.model,
    usage: {
      ...(result.usage.inputTokens !== undefined ? { inputTokens: result.usage.inputTokens } : {}),
      ...(result.usage.outputTokens !== undefined ? { outputTokens: result.usage.outputTokens } : {}),
    },
  };
}
