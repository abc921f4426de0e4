/**
 * The policy: maps an action proposal (remedy, class, risk, target labels,
 * confidence) to a mode — auto, auto+review, approve or deny — and names the
 * rule that gave it, for the ledger. Conditions are compiled once at load, so
 * `decide` is a few set lookups.
 *
 * Order of evaluation (each step can only act as documented in docs/policy.md):
 *  1. the first matching rule, else the default for the risk ('default.<risk>');
 *  2. autonomy overrides from memory: demotions (stricter) win over promotions;
 *     among one kind the most specific wins. A promotion never lifts a deny, nor
 *     an explicit rule that requires approval;
 *  3. an open maintenance window for the target: its mode, if stricter;
 *  4. the global pause: every mode except deny becomes approve ('+paused').
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { errorMessage, HomeostatError } from '../core/errors.js';
import type { Decision as BaseDecision, DecisionInput, PolicyMode, Risk, Target } from '../model/index.js';
import { compileMatch, compileWindow, type MatchInput, type Predicate } from './matchers.js';
import { parsePolicyText } from './policy-parse.js';
import type { MaintenanceWindow, PolicyDoc, PolicyRule } from './policy-schema.js';

/** The policy's decision: the engine's, plus the hash of the policy that made it. */
export interface Decision extends BaseDecision {
  /** Hash of the policy that decided. */
  readonly policyHash: string;
}
export type { DecisionInput };

/**
 * A change of autonomy that memory made from evidence: a demotion (symptom
 * masking → approve for that target and action) or a promotion (an autonomy
 * rule reached). Omitted fields match anything.
 */
export interface AutonomyOverride {
  /** Stable id for the ledger, e.g. the autonomy rule id or 'masking:<fingerprint>'. */
  readonly id?: string;
  readonly remedy?: string;
  readonly actionClass?: string;
  /** Entity id of the target. */
  readonly target?: string;
  readonly mode: PolicyMode;
  readonly reason: string;
  readonly at: number;
}

/** Engine state that affects decisions. */
export interface DecisionState {
  readonly paused?: boolean;
  readonly overrides?: readonly AutonomyOverride[];
}

/** Strictness order: a higher number gives the engine less freedom. */
export const STRICTNESS: Readonly<Record<PolicyMode, number>> = {
  auto: 0,
  'auto+review': 1,
  approve: 2,
  deny: 3,
};

interface CompiledRule {
  readonly rule: PolicyRule;
  readonly test: Predicate<MatchInput>;
}

interface CompiledWindow {
  readonly window: MaintenanceWindow;
  readonly open: (target: Target, at: number) => boolean;
}

/** JSON with object keys sorted, so equal documents hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function specificity(o: AutonomyOverride): number {
  return (
    (o.target !== undefined ? 4 : 0) +
    (o.remedy !== undefined ? 2 : 0) +
    (o.actionClass !== undefined ? 1 : 0)
  );
}

/** True when `a` should win over `b` among overrides of one kind. */
function preferred(a: AutonomyOverride, b: AutonomyOverride): boolean {
  const sa = specificity(a);
  const sb = specificity(b);
  if (sa !== sb) return sa > sb;
  const ta = STRICTNESS[a.mode];
  const tb = STRICTNESS[b.mode];
  if (ta !== tb) return ta > tb;
  return a.at > b.at;
}

/**
 * A loaded, validated, compiled policy. Immutable; a reload builds a new one.
 * @example
 * const policy = Policy.load('homeostat.policy.yaml');
 * const d = policy.decide({ remedy: 'infra.restart', actionClass: 'restart', risk: 'low', target, confidence: 0.9, now: Date.now() });
 * if (d.mode === 'auto') { ... }
 */
export class Policy {
  /** The validated document with every default filled in. */
  readonly doc: PolicyDoc;
  /** sha256 (hex) of the canonical JSON of the normalized document. */
  readonly hash: string;
  /** Where it was read from, or '<inline>'. */
  readonly file: string;
  readonly #rules: readonly CompiledRule[];
  readonly #windows: readonly CompiledWindow[];

  private constructor(doc: PolicyDoc, file: string) {
    this.doc = doc;
    this.file = file;
    this.hash = createHash('sha256').update(canonicalJson(doc)).digest('hex');
    this.#rules = doc.rules.map((rule) => ({ rule, test: compileMatch(rule.match) }));
    this.#windows = doc.maintenanceWindows.map((window) => ({ window, open: compileWindow(window) }));
  }

  /** Parses YAML text; throws HST_POLICY_INVALID with `file:line:col: path: reason`. */
  static parse(text: string, file = '<inline>'): Policy {
    return new Policy(parsePolicyText(text, file), file);
  }

  /** Reads and parses a policy file. */
  static load(file: string): Policy {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new HomeostatError(
        'HST_POLICY_INVALID',
        `${file}:1:1: (file): cannot read: ${errorMessage(err)}`,
        {
          file,
          line: 1,
          col: 1,
        },
      );
    }
    return Policy.parse(text, file);
  }

  /** The conservative built-in policy: low → auto, medium → auto+review, high → approve. */
  static defaults(): Policy {
    return Policy.parse('version: 1\n', '<defaults>');
  }

  /** Maintenance windows open for `target` at `at`. */
  openWindows(target: Target, at: number): MaintenanceWindow[] {
    return this.#windows.filter((w) => w.open(target, at)).map((w) => w.window);
  }

  /** Decides the mode for one proposed action. Pure: same input and state, same decision. */
  decide(input: DecisionInput, state?: DecisionState): Decision {
    let rule: PolicyRule | undefined;
    for (const r of this.#rules) {
      if (r.test(input)) {
        rule = r.rule;
        break;
      }
    }
    let mode: PolicyMode = rule ? rule.mode : this.doc.defaults[input.risk];
    let ruleId = rule ? rule.id : `default.${input.risk}`;
    let reason = rule ? `rule '${rule.id}' matched` : `no rule matched; default for ${input.risk} risk`;

    const overrides = state?.overrides;
    if (overrides && overrides.length > 0) {
      const o = this.#pickOverride(overrides, input, mode, rule);
      if (o) {
        const kind = STRICTNESS[o.mode] > STRICTNESS[mode] ? 'demoted' : 'promoted';
        reason = `${kind} from ${mode} (${ruleId}): ${o.reason}`;
        ruleId = `override.${o.id ?? kind}`;
        mode = o.mode;
      }
    }

    for (const w of this.#windows) {
      if (
        STRICTNESS[w.window.mode] >= STRICTNESS[mode] &&
        mode !== 'deny' &&
        w.open(input.target, input.now)
      ) {
        reason = `maintenance window '${w.window.id}' is open (instead of ${mode} by ${ruleId})`;
        ruleId = `maintenance.${w.window.id}`;
        mode = w.window.mode;
        if (mode === 'deny') break;
      }
    }

    if (state?.paused && mode !== 'deny') {
      if (mode !== 'approve') reason = `paused (instead of ${mode}); ${reason}`;
      else reason = `paused; ${reason}`;
      ruleId = `${ruleId}+paused`;
      mode = 'approve';
    }

    return {
      mode,
      ruleId,
      reason,
      requiredApprovals: this.#approvals(mode, input.risk, rule),
      policyHash: this.hash,
    };
  }

  #approvals(mode: PolicyMode, risk: Risk, rule: PolicyRule | undefined): number {
    if (mode !== 'approve') return 0;
    if (rule?.approvers !== undefined) return rule.approvers;
    return risk === 'high' ? this.doc.approvals.requiredForHigh : 1;
  }

  #pickOverride(
    overrides: readonly AutonomyOverride[],
    input: DecisionInput,
    base: PolicyMode,
    rule: PolicyRule | undefined,
  ): AutonomyOverride | undefined {
    // A promotion may lift defaults and explicit auto+review rules, never deny or an explicit approve.
    const promotable = base !== 'deny' && !(rule && rule.mode === 'approve');
    let demotion: AutonomyOverride | undefined;
    let promotion: AutonomyOverride | undefined;
    for (const o of overrides) {
      if (o.target !== undefined && o.target !== input.target.entity) continue;
      if (o.remedy !== undefined && o.remedy !== input.remedy) continue;
      if (o.actionClass !== undefined && o.actionClass !== input.actionClass) continue;
      const delta = STRICTNESS[o.mode] - STRICTNESS[base];
      if (delta > 0) {
        if (!demotion || preferred(o, demotion)) demotion = o;
      } else if (delta < 0 && promotable) {
        if (!promotion || preferred(o, promotion)) promotion = o;
      }
    }
    return demotion ?? promotion;
  }
}
