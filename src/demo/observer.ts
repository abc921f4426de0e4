/**
 * Watches incidents go by on the bus and keeps, for each, when it reached
 * every stage (detected, diagnosed, acting, verifying, closed) and what the
 * top hypothesis was — the raw material of the MTTR table and the chaos
 * benchmark. Matches injected faults to the incidents they caused.
 */
import type { Bus } from '../core/bus.js';
import { type Action, type Incident, TERMINAL_INCIDENT_STATES } from '../model/index.js';

export interface IncidentTrack {
  readonly id: string;
  entities: readonly string[];
  readonly openedAt: number;
  detectedAt: number;
  diagnosedAt?: number;
  actingAt?: number;
  verifyingAt?: number;
  approvalAt?: number;
  closedAt?: number;
  state: Incident['state'];
  resolution?: string;
  topEntity?: string;
  topCause?: string;
  remedies: string[];
}

export interface InjectedFault {
  readonly service: string;
  readonly fault: string;
  readonly at: number;
  /** The cause class a correct diagnosis names. */
  readonly expectedCause?: string;
  /** Benign events (load spikes) must not cause remediation. */
  readonly benign?: boolean;
}

export interface FaultOutcome {
  readonly fault: InjectedFault;
  readonly incident?: IncidentTrack;
  readonly detectS?: number;
  readonly diagnoseS?: number;
  readonly actS?: number;
  readonly verifiedS?: number;
  /** Root cause ranked first: right entity (and the expected cause when one is given). */
  readonly rootCauseTop1: boolean;
  readonly humanInterventions: number;
}

/** An incident opened this long after a fault is not that fault's. */
const MATCH_WINDOW_MS = 60_000;

export class IncidentObserver {
  readonly tracks = new Map<string, IncidentTrack>();
  readonly #unsubscribe: (() => void)[] = [];

  constructor(bus: Bus) {
    this.#unsubscribe.push(bus.subscribe<Incident>('incident', (inc) => this.#onIncident(inc)));
    this.#unsubscribe.push(bus.subscribe<Action>('action', (a) => this.#onAction(a)));
  }

  close(): void {
    for (const u of this.#unsubscribe.splice(0)) u();
  }

  /** True while any incident is still moving (awaiting a person does not count). */
  busy(): boolean {
    return [...this.tracks.values()].some(
      (t) => !TERMINAL_INCIDENT_STATES.has(t.state) && t.state !== 'awaiting-approval',
    );
  }

  /**
   * Pairs each injected fault with its incident: every incident belongs to the latest fault
   * injected before it (within a minute) on a service it involves — a crash right after a
   * load spike is the crash's, not the spike's — and each fault takes its first incident.
   */
  outcomes(faults: readonly InjectedFault[]): FaultOutcome[] {
    const mine = new Map<InjectedFault, IncidentTrack>();
    for (const t of [...this.tracks.values()].sort((a, b) => a.openedAt - b.openedAt)) {
      const owner = faults
        .filter(
          (f) =>
            t.entities.includes(`service:${f.service}`) &&
            t.openedAt >= f.at - 500 &&
            t.openedAt - f.at <= (f.benign ? 30_000 : MATCH_WINDOW_MS),
        )
        .sort((a, b) => b.at - a.at)[0];
      if (owner && !mine.has(owner)) mine.set(owner, t);
    }
    return faults.map((fault) => {
      const entity = `service:${fault.service}`;
      const incident = mine.get(fault);
      const since = (t?: number) => (t === undefined ? undefined : Math.max(0, (t - fault.at) / 1000));
      const healed = incident?.state === 'healed';
      return {
        fault,
        ...(incident ? { incident } : {}),
        ...(incident ? { detectS: since(incident.detectedAt) } : {}),
        ...(incident?.diagnosedAt ? { diagnoseS: since(incident.diagnosedAt) } : {}),
        ...(incident?.actingAt ? { actS: since(incident.actingAt) } : {}),
        ...(healed ? { verifiedS: since(incident.closedAt) } : {}),
        rootCauseTop1:
          incident?.topEntity === entity &&
          (!fault.expectedCause || incident.topCause === fault.expectedCause),
        humanInterventions: incident?.approvalAt !== undefined ? 1 : 0,
      };
    });
  }

  /** Incidents that acted on something while no fault was injected near them (false remediations). */
  remediationsOutside(faults: readonly InjectedFault[], windowMs: number): IncidentTrack[] {
    const real = faults.filter((f) => !f.benign);
    return [...this.tracks.values()].filter(
      (t) =>
        t.actingAt !== undefined &&
        !real.some(
          (f) =>
            t.entities.includes(`service:${f.service}`) &&
            t.openedAt >= f.at - 500 &&
            t.openedAt - f.at <= windowMs,
        ),
    );
  }

  #onIncident(inc: Incident): void {
    const now = Date.now();
    let t = this.tracks.get(inc.id);
    if (!t) {
      const first = Math.min(...inc.anomalies.map((a) => a.at));
      t = {
        id: inc.id,
        entities: inc.entities,
        openedAt: inc.openedAt,
        detectedAt: Number.isFinite(first) ? first : inc.openedAt,
        state: inc.state,
        remedies: [],
      };
      this.tracks.set(inc.id, t);
    }
    t.state = inc.state;
    // Follow-on anomalies pull more entities into an incident as it goes.
    t.entities = inc.entities;
    if (inc.resolution) t.resolution = inc.resolution;
    const top = inc.hypotheses[0];
    if (top) {
      t.topEntity = top.entity;
      t.topCause = top.cause;
    }
    if (inc.state === 'diagnosed') t.diagnosedAt ??= now;
    if (inc.state === 'awaiting-approval') t.approvalAt ??= now;
    if (inc.state === 'acting') t.actingAt ??= now;
    if (inc.state === 'verifying') t.verifyingAt ??= now;
    if (TERMINAL_INCIDENT_STATES.has(inc.state)) t.closedAt ??= inc.closedAt ?? now;
  }

  #onAction(a: Action): void {
    const t = this.tracks.get(a.incidentId);
    if (t && a.state === 'intent' && !t.remedies.includes(a.remedy)) t.remedies.push(a.remedy);
  }
}
