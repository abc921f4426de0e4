/**
 * The engine: one loop for every domain. An incident moves
 * open → diagnosed → (awaiting-approval) → acting → verifying →
 * healed | rolled-back | escalated | dismissed, driven by components
 * registered by name. The engine knows no domain: healer packs bring
 * detectors, diagnosers and remedies.
 */
import { Executor } from '../act/executor.js';
import type { AuditLog } from '../core/audit.js';
import type { Bus } from '../core/bus.js';
import type { Clock } from '../core/clock.js';
import type { Registry } from '../core/component.js';
import { errorMessage, HomeostatError } from '../core/errors.js';
import { type RemedyContext, type RemedyDefinition, targetClass } from '../core/remedy.js';
import type { ChangeEvent, Detector, Diagnoser, DiagnosisContext } from '../core/stages.js';
import type { Store } from '../core/store.js';
import type { Memory } from '../memory/memory.js';
import {
  type Action,
  type ActionState,
  type Anomaly,
  type ApprovalRequest,
  type Entity,
  type Hypothesis,
  type Incident,
  type IncidentId,
  newId,
  type Signal,
  TERMINAL_INCIDENT_STATES,
} from '../model/index.js';
import { buildAction, type Candidate, gatherCandidates, symptomFingerprint } from './candidates.js';
import { IncidentBook } from './incident-book.js';
import { detectAll, findGroup, RecentSignals } from './intake.js';
import type { ApprovalGate, Decider, Guard, GuardJournalEntry } from './ports.js';

export interface Topology {
  dependencies(entity: string): readonly string[];
  dependents(entity: string): readonly string[];
  changes(since: number, until: number): readonly ChangeEvent[];
}

export interface EngineOptions {
  readonly store: Store;
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly decider: Decider;
  readonly guard: Guard;
  readonly approvals: ApprovalGate;
  readonly memory: Memory;
  readonly remedies: Registry<RemedyDefinition>;
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
  /** Anomalies this close in time (and connected) join one incident. */
  readonly groupWindowMs?: number;
  /** Wait this long after an incident opens for related anomalies before diagnosing. */
  readonly diagnoseDelayMs?: number;
  /**
   * How long an incident no diagnoser can explain yet stays open, re-diagnosed as
   * related anomalies join it, before it escalates (default 0: at once). The first
   * symptom is often not the telling one: an error log line comes before the exit.
   */
  readonly diagnosisPatienceMs?: number;
  /**
   * Signals kept per entity for diagnosers to read (default 2000, newest kept) and entities
   * tracked (default 1000, the first seen forgotten first): a scrape of a service can bring
   * a hundred samples, and a diagnoser wants a few minutes of them.
   */
  readonly recentSignals?: { readonly perEntity?: number; readonly maxEntities?: number };
  /** Longest wait for a busy target or a cooldown before escalating. */
  readonly maxGuardWaitMs?: number;
  readonly applyTimeoutMs?: number;
  readonly log?: (message: string, fields?: Readonly<Record<string, unknown>>) => void;
  /** The global pause, so that a pause set from another process is written to the ledger. */
  readonly pause?: {
    status(): Promise<{ readonly paused: boolean; readonly by?: string; readonly reason?: string }>;
  };
  /** How often approvals and the pause are synchronised with the store (other processes vote there). */
  readonly syncIntervalMs?: number;
}

export interface OpenIncidentInput {
  readonly title: string;
  readonly domain: string;
  readonly anomalies?: readonly Anomaly[];
  readonly entities?: readonly string[];
  /** Domains that diagnose themselves (e.g. a locator healer) hand their hypotheses in. */
  readonly hypotheses?: readonly Omit<Hypothesis, 'id' | 'incidentId'>[];
  readonly fingerprint?: string;
}

export class Engine {
  readonly #o: EngineOptions;
  readonly #entities = new Map<string, Entity>();
  readonly #recent: RecentSignals;
  readonly #book: IncidentBook;
  readonly #executor: Executor;
  readonly #tasks = new Set<Promise<unknown>>();
  readonly #context: RemedyContext;
  #timer: NodeJS.Timeout | undefined;
  readonly #resolving = new Set<string>();
  /** Open incidents waiting for evidence a diagnoser can explain: id → when to give up. */
  readonly #awaitingEvidence = new Map<string, number>();
  /** Per incident, the drive in progress; a new drive runs after it, never beside it. */
  readonly #drives = new Map<string, Promise<void>>();
  #paused: boolean | undefined;
  #syncing: Promise<void> | undefined;
  #intake: Promise<unknown> = Promise.resolve();
  #started = false;
  #stopped = false;

  constructor(options: EngineOptions) {
    this.#o = options;
    this.#recent = new RecentSignals(options.recentSignals?.perEntity, options.recentSignals?.maxEntities);
    const log = options.log ?? (() => {});
    this.#context = {
      clock: options.clock,
      entity: (id) => this.#entities.get(id),
      actuator: <T>(type: string) => {
        const a = options.actuators?.get(type);
        if (a === undefined)
          throw new HomeostatError('HST_UNKNOWN_COMPONENT', `no actuator of type '${type}'`);
        return a as T;
      },
      log,
    };
    this.#book = new IncidentBook(options.store, options.audit, options.clock, (i) =>
      options.bus?.publish('incident', i),
    );
    this.#executor = new Executor({
      store: options.store,
      audit: options.audit,
      clock: options.clock,
      remedies: options.remedies,
      context: this.#context,
      tickMs: options.verification?.tickMs ?? 1000,
      applyTimeoutMs: options.applyTimeoutMs ?? 30_000,
      onChange: (a) => this.#onActionChange(a),
      onSettled: (a) => this.#onSettled(a),
    });
  }

  /** Reconciles unfinished intents from the journal, re-drives stalled incidents, starts the expiry timer. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const open = await this.#book.load(this.#o.clock.now(), this.#o.groupWindowMs ?? DEFAULT_GROUP_WINDOW_MS);
    await this.#restoreGuard();
    this.#track(this.#executor.reconcile());
    for (const inc of open)
      if (inc.state === 'open' || inc.state === 'diagnosed') this.#track(this.#drive(inc.id));
    this.#timer = setInterval(() => this.#track(this.sync()), this.#o.syncIntervalMs ?? 1000);
    this.#timer.unref();
  }

  /**
   * Gives the guards back what the journal knows, before anything resumes:
   * the actions applied within their memory count towards rate limits and
   * cooldowns again, and the actions still running hold their targets.
   */
  async #restoreGuard(): Promise<void> {
    const guard = this.#o.guard;
    if (!guard.restore) return;
    const since = this.#o.clock.now() - (guard.memoryMs?.() ?? 0) - APPROVAL_WAIT_MS;
    const running = await this.#o.store.listActions({ states: RUNNING_STATES });
    const recent = await this.#o.store.listActions({ since });
    const seen = new Set(running.map((a) => a.id));
    guard.restore([
      ...running.map((a) => journalEntry(a, true)),
      ...recent.filter((a) => !seen.has(a.id)).map((a) => journalEntry(a, false)),
    ]);
  }

  /** Stops timers and waits for running work. Safe before start and twice. */
  async shutdown(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.idle();
  }

  /** Resolves when nothing is in flight (tests and benchmarks). */
  async idle(): Promise<void> {
    while (this.#tasks.size > 0) await Promise.allSettled([...this.#tasks]);
    await this.#executor.idle();
  }

  get context(): RemedyContext {
    return this.#context;
  }

  upsertEntity(entity: Entity): void {
    this.#entities.set(entity.id, entity);
  }

  entities(): Entity[] {
    return [...this.#entities.values()];
  }

  /** Feeds signals through the detectors; anomalies open or join incidents. */
  ingest(signals: readonly Signal[]): Anomaly[] {
    const found: Anomaly[] = [];
    for (const s of signals) {
      this.#recent.add(s);
      found.push(
        ...detectAll(this.#o.detectors ?? [], s, (d, err) =>
          this.#o.log?.(`detector ${d} failed`, { error: errorMessage(err) }),
        ),
      );
    }
    if (found.length > 0) this.#track(this.reportAnomalies(found));
    return found;
  }

  /**
   * Groups anomalies into incidents (same or neighbouring entity, close in time). Batches
   * are grouped one after another: two symptoms of one fault arriving together (the error
   * line and the exit) must not each open an incident.
   */
  reportAnomalies(anomalies: readonly Anomaly[]): Promise<Incident[]> {
    const run = this.#intake.then(() => this.#group(anomalies));
    this.#intake = run.catch(() => undefined);
    return run;
  }

  async #group(anomalies: readonly Anomaly[]): Promise<Incident[]> {
    const touched = new Map<string, Incident>();
    for (const a of anomalies) {
      const windowMs = this.#o.groupWindowMs ?? DEFAULT_GROUP_WINDOW_MS;
      const candidates = this.#book.groupable(this.#o.clock.now(), windowMs);
      const groupId = findGroup(a, candidates, (e) => this.#neighbours(e), windowMs);
      if (groupId) {
        const inc = await this.#book.addAnomaly(groupId, a);
        if (inc && !TERMINAL_INCIDENT_STATES.has(inc.state)) touched.set(inc.id, inc);
        if (inc && this.#awaitingEvidence.has(inc.id)) this.#driveSerially(inc.id);
        continue;
      }
      const inc = await this.openIncident({
        title: incidentTitle(a),
        domain: 'infra',
        anomalies: [a],
      });
      touched.set(inc.id, inc);
    }
    return [...touched.values()];
  }

  /** Opens an incident directly and drives it through the loop. */
  async openIncident(input: OpenIncidentInput): Promise<Incident> {
    const id = newId('incident', this.#o.clock.now());
    const hypotheses = (input.hypotheses ?? []).map((h) => ({
      ...h,
      id: newId('hypothesis'),
      incidentId: id,
    }));
    const inc = await this.#book.open({ ...input, id, hypotheses });
    const delay = input.hypotheses?.length ? 0 : (this.#o.diagnoseDelayMs ?? 0);
    this.#track(
      (async () => {
        if (delay > 0) await this.#o.clock.sleep(delay);
        await this.#drive(id);
      })(),
    );
    return inc;
  }

  incident(id: string): Promise<Incident | undefined> {
    return this.#o.store.getIncident(id);
  }

  /** A vote from a person. The engine identity can never approve. */
  async vote(
    approvalId: string,
    by: string,
    decision: 'approve' | 'reject',
    reason: string,
  ): Promise<ApprovalRequest> {
    const after = await this.#o.approvals.vote(approvalId, { by, decision, reason });
    await this.#o.audit.append({
      type: 'approval.vote',
      incidentId: after.incidentId,
      actionId: after.actionId,
      actor: by,
      payload: { approvalId, decision, reason, state: after.state },
    });
    if (after.state !== 'pending') await this.#resolveApproval(after);
    return after;
  }

  /** Expired requests count as denied. */
  async expireApprovals(): Promise<void> {
    for (const req of await this.#o.approvals.expire(this.#o.clock.now())) await this.#resolveApproval(req);
  }

  /**
   * Picks up what other processes wrote to the store: votes cast with the CLI,
   * expired requests, and pause changes (each written to the ledger).
   */
  async sync(): Promise<void> {
    // One sync at a time: two overlapping ones would both see a pause change and log it twice.
    if (this.#syncing) return this.#syncing;
    this.#syncing = this.#syncOnce().finally(() => {
      this.#syncing = undefined;
    });
    return this.#syncing;
  }

  async #syncOnce(): Promise<void> {
    const now = this.#o.clock.now();
    for (const [id, deadline] of this.#awaitingEvidence) if (now >= deadline) this.#driveSerially(id);
    await this.expireApprovals();
    for (const action of await this.#o.store.listActions({ states: ['awaiting-approval'] })) {
      const [req] = await this.#o.store.listApprovals({ actionId: action.id });
      if (req && req.state !== 'pending') await this.#resolveApproval(req);
    }
    if (this.#o.pause) {
      const status = await this.#o.pause.status();
      if (this.#paused !== undefined && status.paused !== this.#paused) {
        await this.#o.audit.append({
          type: status.paused ? 'pause' : 'resume',
          actor: status.by ?? 'unknown',
          payload: { reason: status.reason ?? null },
        });
      }
      this.#paused = status.paused;
    }
  }

  /** Stops a verification in progress; the action is undone (OPERATOR_ABORT). */
  abort(actionId: string, by: string): boolean {
    return this.#executor.abort(actionId, by);
  }

  async #resolveApproval(req: ApprovalRequest): Promise<void> {
    if (this.#resolving.has(req.actionId)) return;
    const pending = await this.#o.store.getAction(req.actionId);
    if (pending?.state !== 'awaiting-approval') return;
    this.#resolving.add(req.actionId);
    try {
      await this.#resolveApprovalOnce(req);
    } finally {
      this.#resolving.delete(req.actionId);
    }
  }

  async #resolveApprovalOnce(req: ApprovalRequest): Promise<void> {
    await this.#o.audit.append({
      type: 'approval.resolved',
      incidentId: req.incidentId,
      actionId: req.actionId,
      payload: { approvalId: req.id, state: req.state, votes: req.votes.map((v) => ({ ...v })) },
    });
    const action = await this.#o.store.getAction(req.actionId);
    if (action?.state !== 'awaiting-approval') return;
    if (req.state === 'approved') {
      // Leave 'awaiting-approval' before returning, so a concurrent sync cannot act twice.
      const approved: Action = { ...action, state: 'proposed' };
      await this.#o.store.putAction(approved);
      this.#track(this.#act(approved));
      return;
    }
    await this.#o.store.putAction({ ...action, state: 'rejected' });
    await this.#book.move(req.incidentId, 'escalated', `approval ${req.state}`);
  }

  /** Drives an incident again once any drive of it in progress has finished. */
  #driveSerially(id: string): void {
    const before = this.#drives.get(id) ?? Promise.resolve();
    const next = before.then(() => this.#drive(id));
    this.#drives.set(id, next);
    void next.finally(() => {
      if (this.#drives.get(id) === next) this.#drives.delete(id);
    });
    this.#track(next);
  }

  async #drive(id: IncidentId | string): Promise<void> {
    try {
      await this.#driveUnsafe(id);
    } catch (err) {
      this.#o.log?.('incident failed in the engine', { incident: id, error: errorMessage(err) });
      await this.#book.move(id, 'escalated', `engine error: ${errorMessage(err)}`).catch(() => {});
    }
  }

  async #driveUnsafe(id: IncidentId | string): Promise<void> {
    let inc = await this.#o.store.getIncident(id);
    if (!inc || TERMINAL_INCIDENT_STATES.has(inc.state)) return;
    const gather = (i: Incident) =>
      gatherCandidates(i, this.#o.remedies.values(), this.#context, this.#o.memory, (m, f) =>
        this.#o.log?.(m, f),
      );
    let candidates: Awaited<ReturnType<typeof gather>> | undefined;
    if (inc.state === 'open') {
      const given = inc.hypotheses.length > 0;
      const hypotheses = given ? inc.hypotheses : await this.#diagnose(inc);
      // Until its patience runs out, an incident nothing explains, or explains with nothing
      // anyone can act on, waits for the symptom that tells (re-diagnosed as anomalies join).
      const deadline = inc.openedAt + (this.#o.diagnosisPatienceMs ?? 0);
      const patient = !given && this.#o.clock.now() < deadline && !this.#stopped;
      if (patient && hypotheses.length > 0) candidates = await gather({ ...inc, hypotheses });
      if (patient && (candidates?.length ?? 0) === 0) {
        this.#awaitingEvidence.set(inc.id, deadline);
        return;
      }
      this.#awaitingEvidence.delete(inc.id);
      if (hypotheses.length === 0) {
        await this.#book.move(id, 'escalated', 'no hypothesis explains the anomalies');
        return;
      }
      inc = await this.#book.diagnosed(id, hypotheses);
      // A neighbour's symptom of a fault already handed to a person (a caller's errors while the
      // service it calls stays broken) is that fault again: one page for it, not two.
      const handed = this.#book.handedOver(
        inc.fingerprint,
        this.#o.clock.now(),
        this.#o.groupWindowMs ?? DEFAULT_GROUP_WINDOW_MS,
      );
      if (handed) {
        await this.#book.foldInto(inc.id, handed);
        return;
      }
    }
    if (inc.state !== 'diagnosed') return;
    candidates ??= await gather(inc);
    const first = candidates[0];
    if (!first) {
      await this.#book.move(id, 'escalated', 'no registered remedy fits the diagnosis');
      return;
    }
    await this.#decideAndAct(inc, first);
  }

  async #diagnose(inc: Incident): Promise<Hypothesis[]> {
    const ctx = this.#diagnosisContext();
    const all: Hypothesis[] = [];
    for (const d of this.#o.diagnosers ?? []) {
      try {
        all.push(...(await d.diagnose(inc, ctx)));
      } catch (err) {
        this.#o.log?.(`diagnoser ${d.name} failed`, { error: errorMessage(err) });
      }
    }
    return mergeHypotheses(all);
  }

  async #decideAndAct(inc: Incident, c: Candidate): Promise<void> {
    const { remedy, proposal, hypothesis } = c;
    const fingerprint = symptomFingerprint(hypothesis);
    const masking = await this.#o.memory.checkMasking(fingerprint, proposal.target.entity);
    if (masking.masking) {
      await this.#o.memory.demote({
        remedy: remedy.name,
        target: proposal.target.entity,
        reason: `symptom ${hypothesis.cause} on ${proposal.target.entity} healed ${masking.heals} times within ${Math.round(masking.windowMs / 3600_000)} h`,
        incidentId: inc.id,
      });
      await this.#book.escalate(
        inc.id,
        'REPEAT_FAULT',
        'needs a root-cause fix: the same fault keeps coming back',
        {
          heals: masking.heals,
          remedy: remedy.name,
          target: proposal.target.entity,
        },
      );
      return;
    }
    const decision = await this.#o.decider.decide({
      remedy: remedy.name,
      actionClass: remedy.actionClass,
      risk: remedy.risk,
      target: proposal.target,
      confidence: hypothesis.confidence,
      now: this.#o.clock.now(),
    });
    const action = buildAction(inc, c, decision, this.#o.clock.now(), this.#o.verification);
    await this.#o.audit.append({
      type: 'decision',
      incidentId: inc.id,
      actionId: action.id,
      payload: {
        remedy: remedy.name,
        actionClass: remedy.actionClass,
        risk: remedy.risk,
        target: proposal.target,
        confidence: hypothesis.confidence,
        hypothesis: hypothesis.id,
        mode: decision.mode,
        rule: decision.ruleId,
        reason: decision.reason,
        rankScore: c.score,
        alternatives: c.alternatives,
      },
    });
    if (decision.mode === 'deny') {
      await this.#book.escalate(inc.id, 'DENIED', `policy rule ${decision.ruleId} denies ${remedy.name}`, {});
      return;
    }
    if (decision.mode === 'approve') {
      const waiting: Action = { ...action, state: 'awaiting-approval' };
      await this.#o.store.putAction(waiting);
      const req = await this.#o.approvals.request(waiting, hypothesis, decision.requiredApprovals);
      await this.#o.audit.append({
        type: 'approval.requested',
        incidentId: inc.id,
        actionId: action.id,
        payload: {
          approvalId: req.id,
          required: req.requiredApprovals,
          expiresAt: req.expiresAt,
          proposal: { ...req.proposal },
        },
      });
      await this.#book.move(inc.id, 'awaiting-approval', `waiting for ${req.requiredApprovals} approval(s)`);
      this.#o.bus?.publish('approval', req);
      return;
    }
    if (decision.mode === 'auto+review') {
      await this.#o.store.putDoc('reviews', action.id, {
        actionId: action.id,
        incidentId: inc.id,
        state: 'pending',
        at: this.#o.clock.now(),
      });
      await this.#o.audit.append({
        type: 'review.requested',
        incidentId: inc.id,
        actionId: action.id,
        payload: { rule: decision.ruleId },
      });
    }
    await this.#act(action);
  }

  async #act(action: Action): Promise<void> {
    const start = this.#o.clock.now();
    const maxWait = this.#o.maxGuardWaitMs ?? 600_000;
    for (;;) {
      const now = this.#o.clock.now();
      const verdict = this.#o.guard.acquire({
        target: action.target.entity,
        remedy: action.remedy,
        actionId: action.id,
        now,
      });
      if (verdict.ok) break;
      const retryAt = verdict.retryAt ?? now + 1000;
      if (verdict.reason === 'BUDGET_EXCEEDED' || retryAt - start > maxWait) {
        await this.#o.store.putAction({ ...action, state: 'skipped' });
        await this.#o.audit.append({
          type: 'outcome',
          incidentId: action.incidentId,
          actionId: action.id,
          payload: { state: 'skipped', reason: 'BUDGET_EXCEEDED', success: false, detail: verdict.detail },
        });
        await this.#book.escalate(action.incidentId, 'BUDGET_EXCEEDED', verdict.detail, {
          guard: verdict.reason,
        });
        return;
      }
      await this.#o.clock.sleep(Math.max(10, retryAt - now));
    }
    await this.#book.move(action.incidentId, 'acting', `${action.remedy} on ${action.target.entity}`);
    await this.#executor.run({ ...action, state: 'intent' });
  }

  #onActionChange(action: Action): void {
    this.#o.bus?.publish('action', action);
    if (action.state === 'verifying') {
      this.#track(this.#book.moveIf(action.incidentId, 'acting', 'verifying', 'applied; verifying'));
    }
  }

  async #onSettled(action: Action): Promise<void> {
    const applied = action.state !== 'skipped';
    this.#o.guard.release({
      target: action.target.entity,
      remedy: action.remedy,
      actionId: action.id,
      applied,
      now: this.#o.clock.now(),
    });
    const inc = await this.#o.store.getIncident(action.incidentId);
    if (!inc) return;
    const hypothesis = inc.hypotheses.find((h) => h.id === action.hypothesisId) ?? inc.hypotheses[0];
    if (action.state === 'skipped') {
      await this.#book.move(inc.id, 'dismissed', 'the symptom cleared before acting');
      return;
    }
    const success = action.state === 'succeeded';
    if (hypothesis && action.outcome?.reason !== 'OPERATOR_ABORT') {
      await this.#o.memory.recordOutcome({
        fingerprint: symptomFingerprint(hypothesis),
        remedy: action.remedy,
        actionClass: action.actionClass,
        risk: action.risk,
        targetClass: targetClass(action.target),
        target: action.target.entity,
        actionId: action.id,
        incidentId: inc.id,
        success,
      });
    }
    if (success) {
      await this.#book.moveIf(inc.id, 'acting', 'verifying', 'applied; verifying');
      await this.#book.move(inc.id, 'healed', action.outcome?.reason ?? 'VERIFIED');
      return;
    }
    const reason = action.outcome?.reason ?? 'VERIFY_FAILED';
    await this.#book.move(inc.id, 'rolled-back', reason);
    await this.#o.audit.append({
      type: 'escalation',
      incidentId: inc.id,
      actionId: action.id,
      payload: {
        reason,
        detail: action.outcome?.detail ?? null,
        undone: action.outcome?.undone ?? false,
        message: `${action.remedy} did not help and was ${action.outcome?.undone ? 'undone' : 'NOT undone'}; a person must look`,
      },
    });
  }

  #diagnosisContext(): DiagnosisContext {
    const topo = this.#o.topology;
    return {
      now: this.#o.clock.now(),
      entity: (id) => this.#entities.get(id),
      dependencies: (id) => topo?.dependencies(id) ?? [],
      dependents: (id) => topo?.dependents(id) ?? [],
      changes: (since, until) => topo?.changes(since, until) ?? [],
      recentSignals: (entity, since) => this.#recent.since(entity, since),
    };
  }

  #neighbours(entity: string): readonly string[] {
    const topo = this.#o.topology;
    if (!topo) return [];
    return [...topo.dependencies(entity), ...topo.dependents(entity)];
  }

  #track<T>(p: Promise<T>): void {
    const guarded = p.catch((err) => this.#o.log?.('engine task failed', { error: errorMessage(err) }));
    this.#tasks.add(guarded);
    void guarded.finally(() => this.#tasks.delete(guarded));
  }
}

/** Anomalies this close in time (and in the topology) join one incident. */
const DEFAULT_GROUP_WINDOW_MS = 60_000;

/**
 * How long before it was applied an action may have been created: it may
 * have waited for approval. The journal is queried by creation time.
 */
const APPROVAL_WAIT_MS = 24 * 3600_000;

/** States of an action that has started and not settled: it holds its target. */
const RUNNING_STATES: readonly ActionState[] = ['applying', 'verifying', 'undoing'];

function journalEntry(a: Action, running: boolean): GuardJournalEntry {
  return {
    target: a.target.entity,
    remedy: a.remedy,
    actionId: a.id,
    running,
    ...(a.appliedAt !== undefined ? { appliedAt: a.appliedAt } : {}),
  };
}

/**
 * Hypotheses best first. When one diagnoser names only the entity (cause
 * `unknown`, e.g. a topology ranking) and another names a cause on that same
 * entity, they are one claim: the specific one stands, carrying the other's
 * evidence, so a ranking's confidence in *where* never hides *what*.
 */
export function mergeHypotheses(all: readonly Hypothesis[]): Hypothesis[] {
  const specific = new Map<string, Hypothesis>();
  for (const h of all) {
    if (h.cause === 'unknown') continue;
    const best = specific.get(h.entity);
    if (!best || h.confidence > best.confidence) specific.set(h.entity, h);
  }
  const absorbed = new Map<string, Hypothesis['evidence'][number][]>();
  const out: Hypothesis[] = [];
  for (const h of all) {
    const claim = h.cause === 'unknown' ? specific.get(h.entity) : undefined;
    if (claim) absorbed.set(claim.id, [...(absorbed.get(claim.id) ?? []), ...h.evidence]);
    else out.push(h);
  }
  return out
    .map((h) => {
      const more = absorbed.get(h.id);
      return more ? { ...h, evidence: [...h.evidence, ...more].slice(0, 20) } : h;
    })
    .sort((a, b) => b.confidence - a.confidence);
}

/** A title a person can read: what the first anomaly saw (its explanation, cut at 100 characters), and where. */
export function incidentTitle(a: Anomaly): string {
  const what = a.explanation.text.trim() || `${a.indicator} abnormal`;
  return `${what.length > 100 ? `${what.slice(0, 99)}…` : what} on ${a.entity}`;
}
