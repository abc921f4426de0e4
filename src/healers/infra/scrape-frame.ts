/**
 * Reassembles scraped metric signals into one frame per target and scrape
 * (entity + `instance` label + timestamp), so indicators that combine series
 * (errors per request, latency net of calls to peers, pool in use vs size)
 * are computed from one consistent snapshot. A frame completes when as many
 * samples arrived as the scrape's `up` probe announced, or at the latest
 * when the same target's next scrape begins.
 */
import type { EntityId, Signal, SignalId } from '../../model/index.js';

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** One scrape of one target, with the previous scrape for deltas. */
export class Frame {
  readonly entity: EntityId;
  readonly instance: string;
  readonly at: number;
  /** Seconds since the previous frame of the same target; 0 for the first. */
  readonly dt: number;
  readonly up: boolean;
  readonly signalIds: readonly SignalId[];
  readonly #now: ReadonlyMap<string, Sample>;
  readonly #prev: ReadonlyMap<string, Sample> | undefined;

  constructor(
    entity: EntityId,
    instance: string,
    at: number,
    up: boolean,
    samples: ReadonlyMap<string, Sample>,
    previous: Frame | undefined,
    signalIds: readonly SignalId[],
  ) {
    this.entity = entity;
    this.instance = instance;
    this.at = at;
    this.up = up;
    this.#now = samples;
    this.#prev = previous?.up ? previous.#now : undefined;
    this.dt = previous ? (at - previous.at) / 1000 : 0;
    this.signalIds = signalIds;
  }

  has(name: string): boolean {
    for (const s of this.#now.values()) if (s.name === name) return true;
    return false;
  }

  /** Sum of a gauge over its label sets; undefined when absent. */
  gauge(name: string): number | undefined {
    let sum: number | undefined;
    for (const s of this.#now.values()) if (s.name === name) sum = (sum ?? 0) + s.value;
    return sum;
  }

  /** True when the process restarted since the previous frame (its start time moved). */
  get restarted(): boolean {
    if (!this.#prev) return false;
    const now = this.gauge('process_start_time_seconds');
    let before: number | undefined;
    for (const s of this.#prev.values()) if (s.name === 'process_start_time_seconds') before = s.value;
    return now !== undefined && before !== undefined && now !== before;
  }

  /**
   * Increase of a cumulative series since the previous frame, summed over its
   * label sets (optionally only those `where` accepts); a drop counts as a
   * counter reset. Undefined without a previous frame.
   */
  delta(name: string, where?: (labels: Readonly<Record<string, string>>) => boolean): number | undefined {
    if (!this.#prev) return undefined;
    let sum = 0;
    for (const [key, s] of this.#now) {
      if (s.name !== name || (where && !where(s.labels))) continue;
      const p = this.#prev.get(key);
      sum += p === undefined ? s.value : s.value >= p.value ? s.value - p.value : s.value;
    }
    return sum;
  }

  /** Increases by the value of one label (e.g. client call time by `peer`). */
  deltaBy(name: string, label: string): Map<string, number> {
    const out = new Map<string, number>();
    if (!this.#prev) return out;
    for (const [key, s] of this.#now) {
      if (s.name !== name) continue;
      const v = s.labels[label];
      if (v === undefined) continue;
      const p = this.#prev.get(key);
      const d = p === undefined ? s.value : s.value >= p.value ? s.value - p.value : s.value;
      out.set(v, (out.get(v) ?? 0) + d);
    }
    return out;
  }
}

interface Pending {
  readonly entity: EntityId;
  readonly instance: string;
  readonly at: number;
  up: boolean;
  expected: number | undefined;
  received: number;
  readonly samples: Map<string, Sample>;
  readonly ids: SignalId[];
}

/**
 * Collects signals into frames.
 * @example const a = new FrameAssembler(); for (const s of signals) for (const f of a.add(s)) judge(f);
 */
export class FrameAssembler {
  readonly #pending = new Map<string, Pending>();
  readonly #last = new Map<string, Frame>();

  /** Adds one signal; returns the frames it completed (usually none, at most two). */
  add(signal: Signal): Frame[] {
    const isUp = signal.kind === 'probe' && signal.name === 'up' && signal.source === 'prometheus';
    if (!isUp && signal.kind !== 'metric') return [];
    if (signal.attributes?.type === 'rate') return [];
    const instance = signal.labels.instance ?? '';
    const key = `${signal.entity}|${instance}`;
    const out: Frame[] = [];
    let p = this.#pending.get(key);
    const last = this.#last.get(key);
    if (last && signal.at <= last.at && !p) return [];
    if (p && p.at !== signal.at) {
      if (signal.at < p.at) return [];
      out.push(this.#complete(key, p));
      p = undefined;
    }
    if (!p) {
      p = {
        entity: signal.entity,
        instance,
        at: signal.at,
        up: true,
        expected: undefined,
        received: 0,
        samples: new Map(),
        ids: [],
      };
      this.#pending.set(key, p);
    }
    if (isUp) {
      p.up = (signal.value ?? 0) >= 1;
      const n = Number(signal.attributes?.samples);
      p.expected = Number.isFinite(n) ? n : undefined;
      if (p.ids.length < 4) p.ids.push(signal.id);
    } else if (
      !signal.name.endsWith('_bucket') &&
      signal.value !== undefined &&
      Number.isFinite(signal.value)
    ) {
      // Buckets count towards completeness but are not kept: means come from _sum and _count.
      const sk = `${signal.name}${JSON.stringify(signal.labels)}`;
      p.samples.set(sk, { name: signal.name, labels: signal.labels, value: signal.value });
      if (p.ids.length < 4) p.ids.push(signal.id);
    }
    p.received++;
    if (p.expected !== undefined && p.received > p.expected) out.push(this.#complete(key, p));
    return out;
  }

  #complete(key: string, p: Pending): Frame {
    this.#pending.delete(key);
    const frame = new Frame(p.entity, p.instance, p.at, p.up, p.samples, this.#last.get(key), p.ids);
    this.#last.set(key, frame);
    return frame;
  }
}
