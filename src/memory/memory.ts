/**
 * Learning and memory. Every outcome is counted per (symptom fingerprint,
 * remedy, target class); a Beta posterior ranks candidate remedies, so what
 * works is preferred and what fails is demoted. The same symptom healed again
 * and again is symptom masking: it escalates and demotes that remedy to
 * `approve` for that target. Autonomy is promoted only by an explicit policy
 * rule, and every promotion and demotion is written to the ledger.
 */
import type { AuditLog } from '../core/audit.js';
import type { Clock } from '../core/clock.js';
import type { Store } from '../core/store.js';
import type { OutcomeStats, PolicyMode, Risk } from '../model/index.js';

/** A change of mode that memory imposes on top of the policy rules. */
export interface AutonomyOverride {
  readonly id: string;
  readonly remedy?: string;
  readonly actionClass?: string;
  /** Entity id; absent means every target. */
  readonly target?: string;
  readonly mode: PolicyMode;
  readonly kind: 'promotion' | 'demotion';
  readonly reason: string;
  readonly at: number;
}

export interface PromotionRule {
  readonly id: string;
  readonly match: {
    readonly actionClass?: readonly string[];
    readonly risk?: readonly Risk[];
    readonly remedy?: readonly string[];
  };
  readonly after: { readonly verifiedSuccesses: number; readonly maxFailures: number };
  readonly promoteTo: PolicyMode;
}

export interface MemoryOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly masking?: { readonly repeats: number; readonly windowMs: number };
  readonly promotions?: readonly PromotionRule[];
}

export interface RankedCandidate<T> {
  readonly candidate: T;
  /** Posterior mean success probability, Beta(1 + successes, 1 + failures). */
  readonly score: number;
  readonly successes: number;
  readonly failures: number;
}

export interface MaskingVerdict {
  readonly masking: boolean;
  readonly heals: number;
  readonly windowMs: number;
}

const COLLECTION = 'autonomy';

/** Posterior mean of a Beta(1+s, 1+f): a uniform prior, so an untried remedy scores 0.5. */
export function posteriorMean(successes: number, failures: number): number {
  return (1 + successes) / (2 + successes + failures);
}

export class Memory {
  readonly #o: MemoryOptions;
  #promotions: readonly PromotionRule[];

  constructor(options: MemoryOptions) {
    this.#o = options;
    this.#promotions = options.promotions ?? [];
  }

  get masking(): { repeats: number; windowMs: number } {
    return this.#o.masking ?? { repeats: 3, windowMs: 24 * 3600_000 };
  }

  /** Promotion rules come from the policy; a reload replaces them. */
  setPromotionRules(rules: readonly PromotionRule[]): void {
    this.#promotions = rules;
  }

  /**
   * Orders candidates by what worked before for this symptom, best first.
   * Ties keep the caller's order (the diagnoser's preference).
   */
  async rank<T>(
    fingerprint: string,
    candidates: readonly T[],
    key: (c: T) => { remedy: string; targetClass: string },
  ): Promise<RankedCandidate<T>[]> {
    const stats = await this.#o.store.listOutcomeStats({ fingerprint });
    const ranked = candidates.map((candidate, index) => {
      const k = key(candidate);
      const s = stats.find((x) => x.remedy === k.remedy && x.targetClass === k.targetClass);
      const successes = s?.successes ?? 0;
      const failures = s?.failures ?? 0;
      return { candidate, score: posteriorMean(successes, failures), successes, failures, index };
    });
    ranked.sort((a, b) => b.score - a.score || a.index - b.index);
    return ranked.map(({ index: _index, ...r }) => r);
  }

  /** Has this symptom been healed on this target `repeats` times within the window already? */
  async checkMasking(fingerprint: string, target: string): Promise<MaskingVerdict> {
    const { repeats, windowMs } = this.masking;
    const heals = await this.#o.store.listHeals({
      fingerprint,
      target,
      since: this.#o.clock.now() - windowMs,
    });
    return { masking: heals.length >= repeats, heals: heals.length, windowMs };
  }

  /**
   * Records one verified or failed outcome, and applies the promotion rules.
   * Returns the stats after the update.
   */
  async recordOutcome(input: {
    readonly fingerprint: string;
    readonly remedy: string;
    readonly actionClass: string;
    readonly risk: Risk;
    readonly targetClass: string;
    readonly target: string;
    readonly actionId: string;
    readonly incidentId: string;
    readonly success: boolean;
  }): Promise<OutcomeStats> {
    const now = this.#o.clock.now();
    const stats = await this.#o.store.recordOutcome(
      { fingerprint: input.fingerprint, remedy: input.remedy, targetClass: input.targetClass },
      input.success,
      now,
    );
    if (input.success) {
      await this.#o.store.recordHeal({
        fingerprint: input.fingerprint,
        target: input.target,
        remedy: input.remedy,
        actionId: input.actionId,
        at: now,
      });
      await this.#maybePromote(input);
    } else {
      await this.#revokePromotions(input);
    }
    return stats;
  }

  /** Demotes a remedy to `approve` for one target (symptom masking), once. */
  async demote(input: {
    readonly remedy: string;
    readonly target: string;
    readonly reason: string;
    readonly incidentId?: string;
  }): Promise<AutonomyOverride | undefined> {
    const id = `demote:${input.remedy}:${input.target}`;
    if (await this.#o.store.getDoc(COLLECTION, id)) return undefined;
    const override: AutonomyOverride = {
      id,
      remedy: input.remedy,
      target: input.target,
      mode: 'approve',
      kind: 'demotion',
      reason: input.reason,
      at: this.#o.clock.now(),
    };
    await this.#o.store.putDoc(COLLECTION, id, override);
    await this.#o.audit.append({
      type: 'autonomy.demoted',
      ...(input.incidentId ? { incidentId: input.incidentId } : {}),
      payload: { ...override },
    });
    return override;
  }

  /** Removes a demotion or promotion by hand (a person decided the root cause is fixed). */
  async clearOverride(id: string, by: string): Promise<boolean> {
    const existing = await this.#o.store.getDoc<AutonomyOverride>(COLLECTION, id);
    if (!existing) return false;
    await this.#o.store.deleteDoc(COLLECTION, id);
    await this.#o.audit.append({
      type: existing.kind === 'promotion' ? 'autonomy.demoted' : 'autonomy.promoted',
      actor: by,
      payload: { cleared: id, was: { ...existing } },
    });
    return true;
  }

  async overrides(): Promise<AutonomyOverride[]> {
    return (await this.#o.store.listDocs<AutonomyOverride>(COLLECTION)).map((d) => d.doc);
  }

  async #maybePromote(input: {
    remedy: string;
    actionClass: string;
    risk: Risk;
    incidentId: string;
  }): Promise<void> {
    for (const rule of this.#promotions) {
      if (!ruleMatches(rule, input)) continue;
      const id = `promote:${rule.id}:${input.remedy}`;
      if (await this.#o.store.getDoc(COLLECTION, id)) continue;
      const all = await this.#o.store.listOutcomeStats({ remedy: input.remedy });
      const successes = all.reduce((n, s) => n + s.successes, 0);
      const failures = all.reduce((n, s) => n + s.failures, 0);
      if (successes < rule.after.verifiedSuccesses || failures > rule.after.maxFailures) continue;
      const override: AutonomyOverride = {
        id,
        remedy: input.remedy,
        mode: rule.promoteTo,
        kind: 'promotion',
        reason: `rule ${rule.id}: ${successes} verified successes, ${failures} failures`,
        at: this.#o.clock.now(),
      };
      await this.#o.store.putDoc(COLLECTION, id, override);
      await this.#o.audit.append({
        type: 'autonomy.promoted',
        incidentId: input.incidentId,
        payload: { ...override, rule: rule.id },
      });
    }
  }

  async #revokePromotions(input: { remedy: string; incidentId: string; actionId: string }): Promise<void> {
    for (const o of await this.overrides()) {
      if (o.kind !== 'promotion' || o.remedy !== input.remedy) continue;
      await this.#o.store.deleteDoc(COLLECTION, o.id);
      await this.#o.audit.append({
        type: 'autonomy.demoted',
        incidentId: input.incidentId,
        actionId: input.actionId,
        payload: { revoked: o.id, reason: 'a promoted remedy failed', was: { ...o } },
      });
    }
  }
}

function ruleMatches(
  rule: PromotionRule,
  input: { remedy: string; actionClass: string; risk: Risk },
): boolean {
  const m = rule.match;
  if (m.remedy && !m.remedy.includes(input.remedy)) return false;
  if (m.actionClass && !m.actionClass.includes(input.actionClass)) return false;
  if (m.risk && !m.risk.includes(input.risk)) return false;
  return true;
}
