/**
 * The decide stage as the engine sees it: the policy in force, the global
 * pause and memory's autonomy overrides folded into one asynchronous
 * `decide`. It matches the engine's Decider port by shape, so this folder does
 * not depend on the engine.
 */
import type { AutonomyOverride, Decision, DecisionInput, Policy } from './policy.js';

export interface PolicyDeciderDeps {
  /** Where the policy in force comes from: a PolicyHolder, or `{ current: policy }`. */
  readonly policy: { readonly current: Policy };
  /** The global pause (a PauseSwitch); omitted = never paused. */
  readonly pause?: { isPaused(): Promise<boolean> };
  /** Memory's current promotions and demotions; omitted = none. */
  readonly overrides?: () => readonly AutonomyOverride[] | Promise<readonly AutonomyOverride[]>;
}

/**
 * Decides with pause and overrides applied, always against the policy in force.
 * @example
 * const decider = new PolicyDecider({ policy: holder, pause, overrides: () => memory.overrides() });
 * const d = await decider.decide(input); // d.ruleId goes into the ledger, with decider.policyHash
 */
export class PolicyDecider {
  readonly #deps: PolicyDeciderDeps;

  constructor(deps: PolicyDeciderDeps) {
    this.#deps = deps;
  }

  /** Hash of the policy in force now. */
  get policyHash(): string {
    return this.#deps.policy.current.hash;
  }

  async decide(input: DecisionInput): Promise<Decision> {
    const [paused, overrides] = await Promise.all([
      this.#deps.pause ? this.#deps.pause.isPaused() : false,
      this.#deps.overrides ? this.#deps.overrides() : [],
    ]);
    return this.#deps.policy.current.decide(input, { paused, overrides });
  }
}
