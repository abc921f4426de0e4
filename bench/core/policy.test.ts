import { describe, expect, it } from 'vitest';
import { Policy } from '../../src/decide/policy.js';
import { benchPolicyDecisions, benchPolicyYaml } from './policy.js';

describe('benchPolicyDecisions', () => {
  it('runs a valid 30-rule policy through every mode and reports the issue fields', () => {
    expect(Policy.parse(benchPolicyYaml()).doc.rules).toHaveLength(30);
    const r = benchPolicyDecisions({ decisions: 5000, samples: 1000 });
    expect(r.policy_decisions).toBe(5000);
    expect(Object.values(r.policy_modes).reduce((a, b) => a + b, 0)).toBe(5000);
    for (const mode of ['auto', 'auto+review', 'approve', 'deny'] as const) {
      expect(r.policy_modes[mode]).toBeGreaterThan(0);
    }
    expect(Number.isFinite(r.policy_decisions_per_s)).toBe(true);
    expect(Number.isFinite(r.policy_decision_median_us)).toBe(true);
    expect(r.policy_decision_p99_us).toBeGreaterThanOrEqual(r.policy_decision_median_us);
  });
});
