/**
 * From a diagnosis to candidate actions: every registered remedy proposes
 * what it can for each hypothesis; memory orders them by what worked before
 * for this symptom; the best becomes the action the policy judges.
 */

import { errorMessage } from '../core/errors.js';
import { type Proposal, type RemedyContext, type RemedyDefinition, targetClass } from '../core/remedy.js';
import type { Memory } from '../memory/memory.js';
import { digest } from '../model/ids.js';
import { type Action, type Hypothesis, type Incident, newId } from '../model/index.js';
import type { Decision } from './ports.js';

export interface Candidate {
  readonly remedy: RemedyDefinition;
  readonly proposal: Proposal;
  readonly hypothesis: Hypothesis;
  /** Memory's posterior success probability for this symptom and remedy. */
  readonly score: number;
  /** The others that were considered, for the record. */
  readonly alternatives: readonly { remedy: string; target: string; score: number }[];
}

/** The symptom as memory knows it: the cause class on the entity, whatever incident it came in. */
export function symptomFingerprint(h: Pick<Hypothesis, 'cause' | 'entity'>): string {
  return digest('symptom', h.cause, h.entity);
}

/**
 * Candidates for the most confident hypothesis that any remedy can address,
 * best first. Hypotheses are tried in confidence order.
 */
export async function gatherCandidates(
  incident: Incident,
  remedies: readonly RemedyDefinition[],
  ctx: RemedyContext,
  memory: Memory,
  log: (message: string, fields?: Readonly<Record<string, unknown>>) => void,
): Promise<Candidate[]> {
  const ordered = [...incident.hypotheses].sort((a, b) => b.confidence - a.confidence);
  for (const hypothesis of ordered) {
    const raw: { remedy: RemedyDefinition; proposal: Proposal }[] = [];
    for (const remedy of remedies) {
      try {
        for (const proposal of remedy.propose(incident, hypothesis, ctx)) raw.push({ remedy, proposal });
      } catch (err) {
        log(`remedy ${remedy.name} failed to propose`, { error: errorMessage(err) });
      }
    }
    if (raw.length === 0) continue;
    const ranked = await memory.rank(symptomFingerprint(hypothesis), raw, (c) => ({
      remedy: c.remedy.name,
      targetClass: targetClass(c.proposal.target),
    }));
    const alternatives = ranked.map((r) => ({
      remedy: r.candidate.remedy.name,
      target: r.candidate.proposal.target.entity,
      score: round3(r.score),
    }));
    return ranked.map((r) => ({ ...r.candidate, hypothesis, score: r.score, alternatives }));
  }
  return [];
}

/** The journaled form of a candidate under a decision. */
export function buildAction(
  incident: Incident,
  c: Candidate,
  decision: Decision,
  now: number,
  verification?: { readonly windowMs?: number; readonly confirmMs?: number },
): Action {
  const { remedy, proposal, hypothesis } = c;
  return {
    id: newId('action', now),
    incidentId: incident.id,
    hypothesisId: hypothesis.id,
    remedy: remedy.name,
    actionClass: remedy.actionClass,
    risk: remedy.risk,
    target: proposal.target,
    params: proposal.params,
    idempotencyKey: digest(incident.id, remedy.name, proposal.target.entity, stableJson(proposal.params)),
    state: 'proposed',
    mode: decision.mode,
    ruleId: decision.ruleId,
    description: proposal.description,
    createdAt: now,
    verifyWindowMs: proposal.verifyWindowMs ?? remedy.verifyWindowMs ?? verification?.windowMs ?? 120_000,
    confirmMs: proposal.confirmMs ?? remedy.confirmMs ?? verification?.confirmMs ?? 5_000,
  };
}

/** JSON with sorted keys, so equal parameters give equal keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
