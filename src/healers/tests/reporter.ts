/**
 * How a runtime heal goes through the loop. The locator wrapper reports each
 * heal before using the healed element and each verification after; the
 * reporter decides whether the heal may proceed (symptom masking stops a
 * locator that is healed again and again while its patch is not applied)
 * and writes the steps to the ledger: signal → diagnosis → decision →
 * action → verification → outcome. The engine can stand behind the same
 * interface later; `LedgerHealReporter` needs only the store and the ledger.
 */
import type { AuditLog } from '../../core/audit.js';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../core/store.js';
import { newId } from '../../model/ids.js';
import { keyId } from './doc-store.js';
import type { Fingerprint } from './fingerprint.js';
import { describeElement } from './fingerprint.js';
import type { Attribute } from './matcher.js';

/** One runtime heal, as the wrapper saw it. */
export interface HealReport {
  readonly key: string;
  readonly testFile: string;
  readonly line: number | null;
  readonly selector: string;
  readonly url: string;
  /** Why the locator failed. */
  readonly failure: 'no-match' | 'ambiguous';
  readonly chosen: Fingerprint;
  readonly score: number;
  readonly margin: number;
  readonly confidence: number;
  /** Similarity per attribute: the evidence for the choice. */
  readonly evidence: Partial<Record<Attribute, number>>;
  readonly runnersUp: readonly { readonly element: string; readonly score: number }[];
  /** The evidence that moved the confidence most, in words (explain.ts). */
  readonly why?: readonly string[];
  /** Whether a source patch for this locator has been applied already. */
  readonly patchApplied: boolean;
}

export interface HealVerdict {
  /** False: do not use the healed element; fail the step. */
  readonly allowed: boolean;
  /** Refers to this heal in `reportVerified`. */
  readonly healId: string;
  readonly reason: string;
  readonly escalated: boolean;
}

export interface Verification {
  /** 'step': the action on the healed element; 'test': the whole test. */
  readonly stage: 'step' | 'test';
  readonly passed: boolean;
  readonly detail: string;
}

/** The adapter between the locator healer and the core loop. */
export interface HealReporter {
  reportHeal(report: HealReport): Promise<HealVerdict>;
  reportVerified(healId: string, verification: Verification): Promise<void>;
}

export interface LedgerHealReporterOptions {
  readonly store: Pick<Store, 'listHeals' | 'recordHeal'>;
  readonly audit: AuditLog;
  readonly clock: Clock;
  /** Heals of one locator within the window before it escalates (default 3 in 7 days). */
  readonly masking?: { readonly repeats: number; readonly windowMs: number };
}

/** The remedy name the ledger and memory know runtime heals by. */
export const RUNTIME_HEAL = 'tests.locator.runtime-heal';

/** The symptom fingerprint of a broken locator. */
export function symptomOf(key: string): string {
  return `tests.locator:${keyId(key)}`;
}

interface Pending {
  readonly incidentId: string;
  readonly report: HealReport;
  stepPassed: boolean;
}

/**
 * Writes every heal to the ledger and applies symptom masking from the store's heal records.
 * @example const reporter = new LedgerHealReporter({ store, audit: new Ledger(store, systemClock), clock: systemClock });
 */
export class LedgerHealReporter implements HealReporter {
  readonly #o: LedgerHealReporterOptions;
  readonly #pending = new Map<string, Pending>();

  constructor(options: LedgerHealReporterOptions) {
    this.#o = options;
  }

  async reportHeal(report: HealReport): Promise<HealVerdict> {
    const { audit, clock, store } = this.#o;
    const { repeats, windowMs } = this.#o.masking ?? { repeats: 3, windowMs: 7 * 24 * 3600_000 };
    const now = clock.now();
    const fingerprint = symptomOf(report.key);
    const incidentId = newId('incident', now);
    const actionId = newId('action', now);
    const chosen = describeElement(report.chosen);
    const title = `broken locator ${report.selector} in ${report.testFile}`;
    await audit.append({
      type: 'signal',
      incidentId,
      payload: { kind: 'test', name: 'locator.broken', failure: report.failure, ...where(report) },
    });
    await audit.append({
      type: 'incident.opened',
      incidentId,
      payload: { domain: 'tests', title, fingerprint, entity: `test:${report.testFile}` },
    });
    await audit.append({
      type: 'diagnosis',
      incidentId,
      payload: {
        cause: 'locator-drift',
        confidence: report.confidence,
        summary: `${report.selector} now designates ${chosen} (score ${report.score.toFixed(3)}, margin ${report.margin.toFixed(3)})`,
        evidence: report.evidence,
        ...(report.why ? { why: report.why } : {}),
        runnersUp: report.runnersUp,
        chosen: { xpath: report.chosen.xpath, element: chosen },
      },
    });
    const heals = await store.listHeals({ fingerprint, target: report.key, since: now - windowMs });
    if (heals.length >= repeats && !report.patchApplied) {
      const reason = `symptom masking: ${report.selector} was healed ${heals.length} times in ${Math.round(windowMs / 3600_000)} h and its patch is not applied; apply or reject the proposal (homeostat tests heal)`;
      await audit.append({
        type: 'escalation',
        incidentId,
        payload: { reason: 'REPEAT_FAULT', detail: reason, heals: heals.length },
      });
      return { allowed: false, healId: actionId, reason, escalated: true };
    }
    await audit.append({
      type: 'decision',
      incidentId,
      actionId,
      payload: {
        remedy: RUNTIME_HEAL,
        actionClass: 'runtime-heal',
        risk: 'low',
        mode: 'auto',
        ruleId: 'tests.runtime-heal.low',
        confidence: report.confidence,
      },
    });
    await audit.append({
      type: 'action.applied',
      incidentId,
      actionId,
      payload: { remedy: RUNTIME_HEAL, detail: `used ${chosen} for ${report.selector}`, target: report.key },
    });
    this.#pending.set(actionId, { incidentId, report, stepPassed: false });
    return {
      allowed: true,
      healId: actionId,
      reason: 'confident heal to a unique element',
      escalated: false,
    };
  }

  async reportVerified(healId: string, v: Verification): Promise<void> {
    const p = this.#pending.get(healId);
    if (!p) return;
    const { audit, clock, store } = this.#o;
    if (v.stage === 'step') {
      p.stepPassed = v.passed;
      await audit.append({
        type: 'action.verify',
        incidentId: p.incidentId,
        actionId: healId,
        payload: { stage: 'step', passed: v.passed, detail: v.detail },
      });
      if (v.passed) return;
    }
    this.#pending.delete(healId);
    const success = v.passed && (v.stage === 'test' ? p.stepPassed : false);
    await audit.append({
      type: 'outcome',
      incidentId: p.incidentId,
      actionId: healId,
      payload: {
        remedy: RUNTIME_HEAL,
        reason: success ? 'VERIFIED' : 'VERIFY_FAILED',
        success,
        detail: v.detail,
      },
    });
    if (success) {
      await store.recordHeal({
        fingerprint: symptomOf(p.report.key),
        target: p.report.key,
        remedy: RUNTIME_HEAL,
        actionId: healId,
        at: clock.now(),
      });
    }
  }
}

function where(r: HealReport): Record<string, unknown> {
  return { testFile: r.testFile, line: r.line, selector: r.selector, url: r.url };
}
