/**
 * The incident book: every change to an incident goes through here, is
 * checked against the state machine, stored, and written to the ledger.
 * Changes to one incident are serialised so concurrent tasks cannot lose an
 * update.
 */
import type { AuditLog } from '../core/audit.js';
import type { Clock } from '../core/clock.js';
import type { Store } from '../core/store.js';
import {
  type Anomaly,
  digest,
  type EntityId,
  type Hypothesis,
  type Incident,
  type IncidentId,
  type IncidentState,
  TERMINAL_INCIDENT_STATES,
} from '../model/index.js';
import { symptomFingerprint } from './candidates.js';
import { assertTransition, canTransition } from './lifecycle.js';

export interface NewIncident {
  readonly id: IncidentId;
  readonly title: string;
  readonly domain: string;
  readonly anomalies?: readonly Anomaly[];
  readonly entities?: readonly string[];
  readonly hypotheses: readonly Hypothesis[];
  readonly fingerprint?: string;
}

/** How long before its handover an incident handed to a person may have been opened, for `load`. */
const HANDOVER_LOOKBACK_MS = 24 * 3600_000;

export class IncidentBook {
  readonly #store: Store;
  readonly #audit: AuditLog;
  readonly #clock: Clock;
  readonly #publish: (i: Incident) => void;
  /** Open incidents kept in memory for grouping. */
  readonly #open = new Map<string, Incident>();
  /**
   * Incidents handed to a person (escalated, rolled back) keep absorbing the
   * anomalies their fault goes on producing, so one unresolved fault is one
   * incident for the person, not a new one every probe.
   */
  readonly #withPerson = new Map<string, Incident>();
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(store: Store, audit: AuditLog, clock: Clock, publish: (i: Incident) => void) {
    this.#store = store;
    this.#audit = audit;
    this.#clock = clock;
    this.#publish = publish;
  }

  /**
   * Takes up what the store holds when the engine starts: the incidents
   * still open (an engine that stopped while verifying a heal must still
   * fold that fault's symptoms into it, not open a second incident), and
   * those handed to a person within the grouping window. Returns the open
   * ones, for the engine to drive on.
   */
  async load(now: number, windowMs: number): Promise<readonly Incident[]> {
    const open = await this.#store.listIncidents({
      states: ['open', 'diagnosed', 'awaiting-approval', 'acting', 'verifying'],
    });
    for (const inc of open) if (!this.#open.has(inc.id)) this.#open.set(inc.id, inc);
    // Queried by opening time: an incident may have been open a long while before it was handed over.
    const handed = await this.#store.listIncidents({
      states: ['escalated', 'rolled-back'],
      since: now - windowMs - HANDOVER_LOOKBACK_MS,
    });
    for (const inc of handed)
      if (now - (inc.closedAt ?? inc.updatedAt) <= windowMs && !this.#withPerson.has(inc.id))
        this.#withPerson.set(inc.id, inc);
    return open;
  }

  /**
   * The incident handed to a person within the window for this very fault
   * (the same symptom fingerprint: cause and entity), if there is one.
   */
  handedOver(fingerprint: string, now: number, windowMs: number): Incident | undefined {
    return this.groupable(now, windowMs).find(
      (i) => i.closedAt !== undefined && i.fingerprint === fingerprint,
    );
  }

  /**
   * Closes an incident as a repeat of a fault already with a person: its
   * anomalies are recorded against that incident, and it is dismissed with
   * a reference to it.
   */
  async foldInto(id: string, into: Incident): Promise<Incident> {
    const inc = await this.#require(id);
    for (const a of inc.anomalies) await this.addAnomaly(into.id, a);
    return this.move(id, 'dismissed', `the same fault is already with a person (incident ${into.id})`);
  }

  /** Open incidents and those recently handed to a person, for grouping new anomalies. */
  groupable(now: number, windowMs: number): Incident[] {
    for (const [id, inc] of this.#withPerson)
      if (now - (inc.closedAt ?? inc.updatedAt) > windowMs) this.#withPerson.delete(id);
    return [...this.#open.values(), ...this.#withPerson.values()];
  }

  async open(input: NewIncident): Promise<Incident> {
    const now = this.#clock.now();
    const anomalies = input.anomalies ?? [];
    const entities = [
      ...new Set([...(input.entities ?? []), ...anomalies.map((a) => a.entity)]),
    ] as EntityId[];
    const inc: Incident = {
      id: input.id,
      state: 'open',
      title: input.title,
      domain: input.domain,
      fingerprint:
        input.fingerprint ??
        (input.hypotheses[0]
          ? symptomFingerprint(input.hypotheses[0])
          : digest(...anomalies.map((a) => a.fingerprint))),
      entities,
      anomalies,
      hypotheses: input.hypotheses,
      openedAt: now,
      updatedAt: now,
    };
    await this.#store.putIncident(inc);
    this.#open.set(inc.id, inc);
    await this.#audit.append({
      type: 'incident.opened',
      incidentId: inc.id,
      payload: {
        title: inc.title,
        domain: inc.domain,
        fingerprint: inc.fingerprint,
        entities,
        anomalies: anomalies.map(anomalySummary),
      },
    });
    this.#publish(inc);
    return inc;
  }

  addAnomaly(id: string, anomaly: Anomaly): Promise<Incident | undefined> {
    return this.#serial(id, async () => {
      const inc = await this.#store.getIncident(id);
      if (!inc) return undefined;
      if (TERMINAL_INCIDENT_STATES.has(inc.state)) {
        // Already with a person: record the anomaly against it, change nothing else.
        await this.#audit.append({
          type: 'anomaly',
          incidentId: id,
          payload: { ...anomalySummary(anomaly), absorbed: true },
        });
        return inc;
      }
      const next: Incident = {
        ...inc,
        anomalies: [...inc.anomalies, anomaly].slice(-200),
        entities: inc.entities.includes(anomaly.entity) ? inc.entities : [...inc.entities, anomaly.entity],
        updatedAt: this.#clock.now(),
      };
      await this.#store.putIncident(next);
      this.#open.set(id, next);
      await this.#audit.append({ type: 'anomaly', incidentId: id, payload: anomalySummary(anomaly) });
      this.#publish(next);
      return next;
    });
  }

  diagnosed(id: string, hypotheses: readonly Hypothesis[]): Promise<Incident> {
    return this.#serial(id, async () => {
      const inc = await this.#require(id);
      const top = hypotheses[0];
      const next = await this.#write(inc, 'diagnosed', top ? `top cause: ${top.summary}` : 'diagnosed', {
        hypotheses,
        ...(top ? { fingerprint: symptomFingerprint(top) } : {}),
      });
      await this.#audit.append({
        type: 'diagnosis',
        incidentId: id,
        payload: {
          hypotheses: hypotheses.slice(0, 5).map((h) => ({
            id: h.id,
            entity: h.entity,
            indicator: h.indicator ?? null,
            cause: h.cause,
            confidence: h.confidence,
            summary: h.summary,
            diagnoser: h.diagnoser,
            evidence: h.evidence.map((e) => ({ kind: e.kind, description: e.description })),
          })),
        },
      });
      return next;
    });
  }

  move(id: string, to: IncidentState, why: string): Promise<Incident> {
    return this.#serial(id, async () => {
      const inc = await this.#require(id);
      if (inc.state === to) return inc;
      assertTransition(inc.state, to);
      return this.#write(inc, to, why);
    });
  }

  /** Moves only when the incident is in `from` (and the move is allowed); otherwise leaves it. */
  moveIf(id: string, from: IncidentState, to: IncidentState, why: string): Promise<Incident | undefined> {
    return this.#serial(id, async () => {
      const inc = await this.#store.getIncident(id);
      if (!inc || inc.state !== from || !canTransition(from, to)) return undefined;
      return this.#write(inc, to, why);
    });
  }

  /** Hands the incident to a person, with a reason code and the evidence for it. */
  async escalate(
    id: string,
    code: string,
    message: string,
    data: Record<string, unknown>,
  ): Promise<Incident> {
    await this.#audit.append({
      type: 'escalation',
      incidentId: id,
      payload: { reason: code, message, ...data },
    });
    return this.move(id, 'escalated', `${code}: ${message}`);
  }

  async #write(
    inc: Incident,
    to: IncidentState,
    why: string,
    patch: Partial<Incident> = {},
  ): Promise<Incident> {
    const now = this.#clock.now();
    const terminal = TERMINAL_INCIDENT_STATES.has(to);
    const next: Incident = {
      ...inc,
      ...patch,
      state: to,
      updatedAt: now,
      ...(to === 'acting' && inc.actedAt === undefined ? { actedAt: now } : {}),
      ...(terminal ? { closedAt: now, resolution: why } : {}),
    };
    await this.#store.putIncident(next);
    if (terminal) {
      this.#open.delete(inc.id);
      if (to === 'escalated' || to === 'rolled-back') this.#withPerson.set(inc.id, next);
    } else this.#open.set(inc.id, next);
    await this.#audit.append({
      type: 'incident.state',
      incidentId: inc.id,
      payload: { from: inc.state, to, why },
    });
    this.#publish(next);
    return next;
  }

  async #require(id: string): Promise<Incident> {
    const inc = await this.#store.getIncident(id);
    if (!inc) throw new Error(`incident ${id} is not in the store`);
    return inc;
  }

  #serial<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.#locks.get(id) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.#locks.set(id, tail);
    void tail.then(() => {
      if (this.#locks.get(id) === tail) this.#locks.delete(id);
    });
    return run;
  }
}

function anomalySummary(a: Anomaly): Record<string, unknown> {
  return {
    id: a.id,
    entity: a.entity,
    indicator: a.indicator,
    at: a.at,
    score: a.score,
    confidence: a.confidence,
    detector: a.detector,
    observed: a.explanation.observed,
    expected: [a.explanation.expectedLow, a.explanation.expectedHigh],
    text: a.explanation.text,
    signals: [...a.signalIds],
  };
}
