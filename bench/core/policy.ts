/**
 * Policy decision speed, for `homeostat bench core`: a realistic policy (30
 * rules over labels, classes, remedies and confidence; maintenance windows in
 * three time zones; autonomy overrides; some decisions while paused) decides
 * for a seeded stream of proposals across a simulated week.
 */

import { mulberry32 } from '../../src/core/prng.js';
import { type AutonomyOverride, type DecisionInput, Policy } from '../../src/decide/policy.js';
import type { EntityId, PolicyMode, Risk, Target } from '../../src/model/index.js';
import { median, quantile } from '../report.js';

export interface PolicyBenchOptions {
  /** Decisions in the throughput loop. Default 500,000. */
  readonly decisions?: number;
  /** Individually timed decisions for the median and p99. Default 100,000. */
  readonly samples?: number;
  readonly seed?: number;
  /** Progress lines for long runs (e.g. the suite's stderr reporter). */
  readonly onProgress?: (message: string) => void;
}

export interface PolicyBenchResult {
  readonly policy_decisions_per_s: number;
  readonly policy_decision_median_us: number;
  readonly policy_decision_p99_us: number;
  readonly policy_load_ms: number;
  readonly policy_rules: number;
  readonly policy_maintenance_windows: number;
  readonly policy_decisions: number;
  /** How the decisions came out, to show the workload exercises every path. */
  readonly policy_modes: Readonly<Record<PolicyMode, number>>;
}

const ENVS = ['prod', 'staging', 'dev', 'preprod'];
const TEAMS = ['payments', 'search', 'platform', 'data', 'web', 'mobile'];
const KINDS = ['service', 'database', 'queue', 'job', 'test', 'pipeline'];
const CLASSES = [
  'restart',
  'scale',
  'resize-pool',
  'rollback-release',
  'config-fix',
  'retry-job',
  'quarantine-test',
  'heal-locator',
  'restore-batch',
  'patch-code',
];
const RISKS: Risk[] = ['low', 'medium', 'high'];

/** The benchmark policy as YAML: 30 rules, 4 maintenance windows. */
export function benchPolicyYaml(): string {
  const rules: string[] = [
    `  - { id: regulated-deny-high, match: { risk: [high], target: { labels: { regulated: true } } }, mode: deny }`,
    `  - { id: regulated-two, match: { target: { labels: { regulated: true } } }, mode: approve, approvers: 2 }`,
    `  - { id: never-drop, match: { actionClass: [drop-data, truncate] }, mode: deny }`,
    `  - { id: code-patch, match: { actionClass: [patch-code] }, mode: approve, approvers: 2 }`,
  ];
  for (const team of TEAMS) {
    rules.push(
      `  - { id: ${team}-prod-restart, match: { actionClass: [restart], target: { labels: { env: prod, team: ${team} } }, minConfidence: 0.85 }, mode: auto }`,
      `  - { id: ${team}-prod-high, match: { risk: [high], target: { labels: { env: [prod, preprod], team: ${team} } } }, mode: approve }`,
      `  - { id: ${team}-scale, match: { actionClass: [scale, resize-pool], target: { labels: { team: ${team} }, kind: [service, queue] } }, mode: auto+review }`,
    );
  }
  rules.push(
    `  - { id: ci-retry, match: { remedy: [ci.retry-fresh-runner], actionClass: [retry-job] }, mode: auto }`,
    `  - { id: ci-quarantine, match: { remedy: [ci.quarantine-flaky] }, mode: auto+review }`,
    `  - { id: tests-heal, match: { actionClass: [heal-locator], minConfidence: 0.7 }, mode: auto }`,
    `  - { id: pipelines-restore, match: { actionClass: [restore-batch], target: { kind: [pipeline] } }, mode: auto }`,
    `  - { id: db-config, match: { actionClass: [config-fix], target: { kind: [database] } }, mode: approve }`,
    `  - { id: staging-anything, match: { target: { labels: { env: [staging, dev] } }, risk: [low, medium] }, mode: auto }`,
    `  - { id: low-confidence, match: { risk: [medium, high] }, mode: approve }`,
    `  - { id: rollback-prod, match: { actionClass: [rollback-release], target: { labels: { env: prod } }, minConfidence: 0.9 }, mode: auto+review }`,
  );
  return [
    'version: 1',
    'rules:',
    ...rules,
    'maintenanceWindows:',
    `  - { id: db-backup, target: { kind: [database] }, start: "02:00", end: "04:00", timezone: UTC, mode: deny }`,
    `  - { id: eu-freeze, target: { labels: { env: prod, region: eu } }, days: [fri], start: "16:00", end: "09:00", timezone: Europe/Berlin, mode: approve }`,
    `  - { id: us-freeze, target: { labels: { env: prod, region: us } }, days: [fri], start: "15:00", end: "08:00", timezone: America/New_York, mode: approve }`,
    `  - { id: apac-night, target: { labels: { region: apac } }, days: [mon, tue, wed, thu, fri], start: "23:00", end: "05:00", timezone: Asia/Tokyo, mode: approve }`,
    'autonomy:',
    `  - { id: promote-restart, match: { actionClass: [restart], risk: [medium] }, after: { verifiedSuccesses: 10 }, promoteTo: auto }`,
    '',
  ].join('\n');
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function workload(seed: number, n: number): { inputs: DecisionInput[]; overrides: AutonomyOverride[] } {
  const r = mulberry32(seed);
  const targets: Target[] = [];
  for (let i = 0; i < 300; i++) {
    const kind = pick(r, KINDS);
    const labels: Record<string, string> = {
      env: pick(r, ENVS),
      team: pick(r, TEAMS),
      region: pick(r, ['eu', 'us', 'apac']),
      tier: pick(r, ['web', 'api', 'worker']),
    };
    if (r() < 0.1) labels.regulated = 'true';
    targets.push({ entity: `${kind}:t${i}` as EntityId, kind, labels });
  }
  const overrides: AutonomyOverride[] = [];
  for (let i = 0; i < 20; i++) {
    const t = pick(r, targets);
    overrides.push({
      id: `masking:${i}`,
      target: t.entity,
      remedy: 'infra.restart',
      mode: 'approve',
      reason: 'symptom masking',
      at: i,
    });
  }
  overrides.push({
    id: 'promote-restart',
    actionClass: 'restart',
    mode: 'auto',
    reason: '10 verified successes',
    at: 99,
  });
  const start = Date.UTC(2024, 0, 1);
  const inputs: DecisionInput[] = [];
  for (let i = 0; i < n; i++) {
    const actionClass = pick(r, CLASSES);
    inputs.push({
      remedy: r() < 0.3 ? 'infra.restart' : `pack.${actionClass}`,
      actionClass,
      risk: pick(r, RISKS),
      target: pick(r, targets),
      confidence: r(),
      // A simulated week, so windows open and close.
      now: start + Math.floor((i / n) * 7 * 86_400_000),
    });
  }
  return { inputs, overrides };
}

/**
 * Measures policy decisions: throughput over a tight loop and per-call latency
 * (median, p99; the timer's own cost, tens of ns, is included).
 * @example const r = benchPolicyDecisions({ decisions: 100_000 }); r.policy_decision_median_us
 */
export function benchPolicyDecisions(opts: PolicyBenchOptions = {}): PolicyBenchResult {
  const decisions = opts.decisions ?? 500_000;
  const samples = opts.samples ?? 100_000;
  const say = opts.onProgress ?? (() => {});
  const yaml = benchPolicyYaml();
  const t0 = process.hrtime.bigint();
  const policy = Policy.parse(yaml, '<bench>');
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const { inputs, overrides } = workload(opts.seed ?? 42, 20_000);
  const stateFor = (i: number) => (i % 50 === 0 ? { paused: true, overrides } : { overrides });
  const modes: Record<PolicyMode, number> = { auto: 0, 'auto+review': 0, approve: 0, deny: 0 };

  say('policy: warming up');
  for (let i = 0; i < Math.min(decisions, 50_000); i++) {
    policy.decide(inputs[i % inputs.length] as DecisionInput, stateFor(i));
  }

  say(`policy: ${decisions.toLocaleString('en-US')} decisions`);
  const loopStart = process.hrtime.bigint();
  for (let i = 0; i < decisions; i++) {
    modes[policy.decide(inputs[i % inputs.length] as DecisionInput, stateFor(i)).mode]++;
  }
  const loopNs = Number(process.hrtime.bigint() - loopStart);

  say(`policy: timing ${samples.toLocaleString('en-US')} single decisions`);
  const times: number[] = new Array(samples);
  for (let i = 0; i < samples; i++) {
    const input = inputs[i % inputs.length] as DecisionInput;
    const state = stateFor(i);
    const s = process.hrtime.bigint();
    policy.decide(input, state);
    times[i] = Number(process.hrtime.bigint() - s) / 1000;
  }

  return {
    policy_decisions_per_s: Math.round(decisions / (loopNs / 1e9)),
    policy_decision_median_us: median(times),
    policy_decision_p99_us: quantile(times, 0.99),
    policy_load_ms: loadMs,
    policy_rules: policy.doc.rules.length,
    policy_maintenance_windows: policy.doc.maintenanceWindows.length,
    policy_decisions: decisions,
    policy_modes: modes,
  };
}
