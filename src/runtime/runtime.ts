/**
 * Assembles an engine from its parts: store, ledger, policy (with reload),
 * pause switch, governor, approvals and memory. Healer packs hand in their
 * detectors, diagnosers, remedies and actuators; nothing here knows a domain.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Bus } from '../core/bus.js';
import { type Clock, systemClock } from '../core/clock.js';
import { Registry } from '../core/component.js';
import { errorMessage } from '../core/errors.js';
import type { RemedyDefinition } from '../core/remedy.js';
import type { Detector, Diagnoser } from '../core/stages.js';
import type { Store } from '../core/store.js';
import { ApprovalService } from '../decide/approvals.js';
import { PolicyDecider } from '../decide/decider.js';
import { Governor } from '../decide/guards.js';
import { PauseSwitch } from '../decide/pause.js';
import { Policy } from '../decide/policy.js';
import { PolicyHolder } from '../decide/policy-holder.js';
import { Engine, type Topology } from '../engine/engine.js';
import { Ledger } from '../ledger/ledger.js';
import { Memory } from '../memory/memory.js';
import { openStore } from '../store/index.js';

export interface RuntimeOptions {
  /** Folder for the default SQLite store and the pause flag file. */
  readonly dir?: string;
  /** Store URL; default `sqlite:<dir>/homeostat.db`. */
  readonly storeUrl?: string;
  /** Policy YAML, watched and reloaded; default: the built-in conservative policy. */
  readonly policyFile?: string;
  /** A policy already parsed (used when no file is given), e.g. the demo's. */
  readonly policy?: Policy;
  readonly clock?: Clock;
  readonly remedies?: readonly RemedyDefinition[];
  readonly diagnosers?: readonly Diagnoser[];
  readonly detectors?: readonly Detector[];
  readonly actuators?: ReadonlyMap<string, unknown>;
  readonly topology?: Topology;
  readonly bus?: Bus;
  readonly verification?: {
    readonly windowMs?: number;
    readonly confirmMs?: number;
    readonly tickMs?: number;
  };
  readonly groupWindowMs?: number;
  readonly diagnoseDelayMs?: number;
  /** How long an unexplained incident waits for related evidence before escalating. */
  readonly diagnosisPatienceMs?: number;
  readonly syncIntervalMs?: number;
  readonly log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void;
}

export interface Runtime {
  readonly engine: Engine;
  readonly store: Store;
  readonly ledger: Ledger;
  readonly policy: { readonly current: Policy };
  readonly pause: PauseSwitch;
  readonly approvals: ApprovalService;
  readonly memory: Memory;
  readonly governor: Governor;
  readonly clock: Clock;
  /** Stops the engine, the policy watcher and the store. Safe twice. */
  shutdown(): Promise<void>;
}

export async function createRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  // Every component by its name: two with one name is a configuration error, said before anything opens.
  const remedies = new Registry<RemedyDefinition>('remedy');
  for (const r of options.remedies ?? []) remedies.register(r.name, r);
  const detectors = new Registry<Detector>('detector');
  for (const d of options.detectors ?? []) detectors.register(d.name, d);
  const diagnosers = new Registry<Diagnoser>('diagnoser');
  for (const d of options.diagnosers ?? []) diagnosers.register(d.name, d);

  const dir = resolve(options.dir ?? '.homeostat');
  mkdirSync(dir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const store = await openStore(options.storeUrl ?? `sqlite:${resolve(dir, 'homeostat.db')}`);

  const ledger = new Ledger(store, clock);
  let holder: PolicyHolder | undefined;
  let policy: { current: Policy };
  if (options.policyFile) {
    holder = PolicyHolder.open(options.policyFile, {
      onEvent: (e) => {
        if (e.type === 'loaded') {
          ledger.setPolicyHash(e.policy.hash);
          void ledger
            .append({
              type: 'policy.loaded',
              payload: { file: e.file, hash: e.policy.hash, previous: e.previousHash ?? null },
            })
            .catch((err) => log('ledger append failed', { error: errorMessage(err) }));
          applyPolicy(e.policy);
        } else {
          log('policy reload rejected; the last valid policy stays in force', { error: e.error.message });
          void ledger
            .append({
              type: 'policy.rejected',
              payload: { file: e.file, error: e.error.message, kept: e.keptHash },
            })
            .catch(() => {});
        }
      },
    });
    holder.watch();
    policy = holder;
  } else {
    policy = { current: options.policy ?? Policy.defaults() };
  }
  ledger.setPolicyHash(policy.current.hash);

  const doc = policy.current.doc;
  const pause = new PauseSwitch(store, clock, {
    flagFile: resolve(doc.pauseFlagFile ?? resolve(dir, 'PAUSE')),
  });
  const governor = new Governor(doc.limits, clock);
  const approvals = new ApprovalService(store, clock, { expiresAfterMs: doc.approvals.expiresAfterMs });
  const memory = new Memory({
    store,
    clock,
    audit: ledger,
    masking: { repeats: doc.symptomMasking.repeats, windowMs: doc.symptomMasking.windowMs },
    promotions: doc.autonomy,
  });
  function applyPolicy(p: Policy): void {
    governor.setLimits(p.doc.limits);
    approvals.setExpiresAfterMs(p.doc.approvals.expiresAfterMs);
    memory.setPromotionRules(p.doc.autonomy);
    pause.setFlagFile(resolve(p.doc.pauseFlagFile));
  }
  const decider = new PolicyDecider({ policy, pause, overrides: () => memory.overrides() });

  const engine = new Engine({
    store,
    audit: ledger,
    clock,
    decider,
    guard: governor,
    approvals,
    memory,
    remedies,
    diagnosers: diagnosers.values(),
    detectors: detectors.values(),
    ...(options.actuators ? { actuators: options.actuators } : {}),
    ...(options.topology ? { topology: options.topology } : {}),
    ...(options.bus ? { bus: options.bus } : {}),
    verification: {
      windowMs: options.verification?.windowMs ?? doc.verification.defaultWindowMs,
      confirmMs: options.verification?.confirmMs ?? doc.verification.confirmMs,
      tickMs: options.verification?.tickMs ?? 1000,
    },
    ...(options.groupWindowMs !== undefined ? { groupWindowMs: options.groupWindowMs } : {}),
    ...(options.diagnoseDelayMs !== undefined ? { diagnoseDelayMs: options.diagnoseDelayMs } : {}),
    ...(options.diagnosisPatienceMs !== undefined
      ? { diagnosisPatienceMs: options.diagnosisPatienceMs }
      : {}),
    log,
    pause,
    ...(options.syncIntervalMs !== undefined ? { syncIntervalMs: options.syncIntervalMs } : {}),
  });

  let closed = false;
  return {
    engine,
    store,
    ledger,
    policy,
    pause,
    approvals,
    memory,
    governor,
    clock,
    async shutdown() {
      if (closed) return;
      closed = true;
      holder?.close();
      await engine.shutdown();
      await store.close();
    },
  };
}
