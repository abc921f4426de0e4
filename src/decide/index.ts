/** The decide stage: policy, guards, approvals and the global pause (re-exports only). */
export * from './approvals.js';
export * from './decider.js';
export * from './guards.js';
export * from './pause.js';
export * from './policy.js';
export * from './policy-holder.js';
export * from './policy-parse.js';
export * from './policy-schema.js';
