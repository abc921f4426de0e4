/**
 * The demo's policy: the conservative defaults, with cooldowns short enough
 * for a demo that compresses hours into minutes. Symptom masking is on: the
 * same fault healed three times in a day escalates. A release rollback on a
 * regulated service (payments) waits for an approver.
 */
import { Policy } from '../decide/policy.js';

export const DEMO_POLICY_YAML = `
version: 1
defaults: { low: auto, medium: auto+review, high: approve }
rules:
  - id: regulated-needs-approval
    description: Payments moves money; any change to a regulated service waits for a person.
    match: { target: { labels: { regulated: 'true' } }, actionClass: [rollback-release, config-revert, reset-state] }
    mode: approve
  - id: demo-restarts
    description: Restarting a demo service is safe when the diagnosis is solid.
    match: { actionClass: [restart], minConfidence: 0.7 }
    mode: auto
limits:
  maxConcurrentActions: 3
  perTarget:
    rateLimit: { max: 10, perMs: 3600000 }
    cooldownMs: 2000
    backoffFactor: 2
    maxCooldownMs: 20000
symptomMasking: { repeats: 3, windowMs: 86400000 }
approvals: { expiresAfterMs: 600000 }
`;

export function demoPolicy(): Policy {
  return Policy.parse(DEMO_POLICY_YAML, 'demo-policy.yaml');
}
