/**
 * Contextual Anomaly Detector (CAD OSE, Smirnov & Pashkov; the "CAD OSE" entry of the NAB
 * scoreboard), written here from its published description, strictly streaming.
 *
 * Each value is cut into `2^bits` levels across a range: a fixed one given at construction
 * (values beyond it are clamped), or else the range seen so far (running min / max, no
 * look-ahead; cad-rescale.ts does better by re-cutting rarely and relearning); each bit of the
 * level is a sensor fact. A context pairs a left semi-context (the
 * previous step's facts: sensor facts and the contexts then active, as "neuron" facts) with a
 * right semi-context (this step's sensor facts). Contexts are learnt online: every step stores
 * the full pair (a zero-level context) and the crossings of stored zero-level contexts with the
 * current facts, left parts bounded to `maxLeftFacts` facts. The score of a step is the share of
 * the contexts whose left part was fully present that did not come true, plus the share of
 * potentially new contexts that really were new; a step whose sensor facts were all predicted
 * scores 0. After a score of at least `restThreshold`, the next `restPeriod` steps report 0.
 *
 * Memory grows with the number of distinct contexts (unbounded, as in the original), so this is
 * an offline / per-file scoring mode (`homeostat detect`, `bench nab`), not the engine's
 * per-series baseline (series.ts, fixed 2.1 KB).
 */

/** Tunables of CAD OSE; the defaults are those published with the NAB entry. */
export interface CadOptions {
  /** Bits of the discretised value (levels = 2^bits). */
  readonly bits: number;
  /** Contexts activated per step at most (the "neurons" carried to the next left part). */
  readonly maxActive: number;
  /** Longest left part of a learnt (crossed) context. */
  readonly maxLeftFacts: number;
  /** A raw score at or above this silences the following `restPeriod` steps. */
  readonly restThreshold: number;
  /** Steps silenced after a raw score of at least `restThreshold`. */
  readonly restPeriod: number;
}

/**
 * CAD OSE's published settings. The rest period is the detector's own default (30); NAB ran it
 * with a fifth of the probationary period (150 on a full-length file), which needs the file's
 * length. On NAB with the re-cut range (cad-rescale.ts) rests of 10…50 score alike, 150 loses
 * about 5 points.
 */
export const DEFAULT_CAD_OPTIONS: CadOptions = {
  bits: 3,
  maxActive: 15,
  maxLeftFacts: 7,
  restThreshold: 0.75,
  restPeriod: 30,
};

/** Neuron facts (active contexts) are numbered after every sensor fact. */
const NEURON_BASE = 1 << 8;

interface Semi {
  /** Facts of the semi-context, ascending. */
  readonly facts: readonly number[];
  /** Number of facts. */
  readonly size: number;
  /** Facts of the semi-context present in the last crossing. */
  crossed: number[];
  /** Contexts using this left semi-context, by right semi-context id (left semi-contexts only). */
  readonly contexts: Map<number, number> | null;
  /** The same contexts as parallel lists, for fast iteration. */
  readonly rightIds: number[];
  readonly contextIds: number[];
}

/**
 * Dictionary of contexts and the two semi-context dictionaries, with the facts index that
 * crosses semi-contexts with the current facts.
 */
class ContextMemory {
  readonly #maxLeft: number;
  readonly #keys: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  readonly #semis: [Semi[], Semi[]] = [[], []];
  readonly #byFact: [Map<number, number[]>, Map<number, number[]>] = [new Map(), new Map()];
  /** Semi-contexts touched by the last crossing, per side, in creation order. */
  #crossed: [number[], number[]] = [[], []];
  // Per context: right facts predicted, of them seen, activations, right id, zero-level flag, left id.
  readonly #predicted: number[] = [];
  readonly #hits: number[] = [];
  readonly #activations: number[] = [];
  readonly #right: number[] = [];
  readonly #zero: number[] = [];
  readonly #left: number[] = [];
  /** The zero-level context created this step, left out of this step's activation. */
  #fresh = -1;

  constructor(maxLeft: number) {
    this.#maxLeft = maxLeft;
  }

  get size(): number {
    return this.#right.length;
  }

  #semi(side: 0 | 1, facts: readonly number[]): number {
    const key = facts.join(',');
    const known = this.#keys[side].get(key);
    if (known !== undefined) return known;
    const id = this.#semis[side].length;
    this.#keys[side].set(key, id);
    this.#semis[side].push({
      facts: facts.slice(),
      size: facts.length,
      crossed: [],
      contexts: side === 0 ? new Map() : null,
      rightIds: [],
      contextIds: [],
    });
    const index = this.#byFact[side];
    for (const f of facts) {
      const list = index.get(f);
      if (list) list.push(id);
      else index.set(f, [id]);
    }
    return id;
  }

  /** Stores a context; true when it was new. A zero-level context is marked as one either way. */
  store(left: readonly number[], right: readonly number[], zero: boolean): boolean {
    const l = this.#semi(0, left);
    const r = this.#semi(1, right);
    const semi = this.#semis[0][l] as Semi;
    const contexts = semi.contexts as Map<number, number>;
    const known = contexts.get(r);
    if (known !== undefined) {
      if (zero) this.#zero[known] = 1;
      return false;
    }
    const id = this.#right.length;
    contexts.set(r, id);
    semi.rightIds.push(r);
    semi.contextIds.push(id);
    this.#predicted.push(0);
    this.#hits.push(0);
    this.#activations.push(0);
    this.#right.push(r);
    this.#zero.push(zero ? 1 : 0);
    this.#left.push(l);
    if (zero) this.#fresh = id;
    return true;
  }

  /** Marks which facts of each semi-context on one side are present. */
  cross(side: 0 | 1, facts: readonly number[]): void {
    const semis = this.#semis[side];
    for (const id of this.#crossed[side]) (semis[id] as Semi).crossed = [];
    const touched: number[] = [];
    const index = this.#byFact[side];
    for (const f of facts) {
      const list = index.get(f);
      if (!list) continue;
      for (const id of list) {
        const s = semis[id] as Semi;
        if (s.crossed.length === 0) touched.push(id);
        s.crossed.push(f);
      }
    }
    touched.sort((a, b) => a - b);
    this.#crossed[side] = touched;
  }

  /**
   * After crossing the right side with this step's sensor facts: updates the prediction record of
   * every context whose left part was fully present at the last left crossing, and returns the
   * contexts that came true (with their activation counts), how many were selected, and the
   * crossings of zero-level contexts that may be new contexts (only when `learn`).
   */
  activate(learn: boolean): {
    active: number[];
    selected: number;
    potential: [number[], number[]][];
  } {
    const active: number[] = [];
    const potential: [number[], number[]][] = [];
    let selected = 0;
    const lefts = this.#semis[0];
    const rights = this.#semis[1];
    for (const lid of this.#crossed[0]) {
      const left = lefts[lid] as Semi;
      const full = left.crossed.length === left.size;
      const canLearn = learn && left.crossed.length <= this.#maxLeft;
      const rids = left.rightIds;
      const cids = left.contextIds;
      for (let k = 0; k < cids.length; k++) {
        const cid = cids[k] as number;
        if (cid === this.#fresh) continue;
        const rid = rids[k] as number;
        const right = rights[rid] as Semi;
        const present = right.crossed.length;
        if (full) {
          selected++;
          this.#predicted[cid] = (this.#predicted[cid] as number) + right.size;
          if (present > 0) {
            this.#hits[cid] = (this.#hits[cid] as number) + present;
            if (present === right.size) {
              this.#activations[cid] = (this.#activations[cid] as number) + 1;
              active.push(cid);
            } else if (this.#zero[cid] === 1 && canLearn) {
              potential.push([left.crossed.slice(), right.crossed.slice()]);
            }
          }
        } else if (this.#zero[cid] === 1 && present > 0 && canLearn) {
          potential.push([left.crossed.slice(), right.crossed.slice()]);
        }
      }
    }
    this.#fresh = -1;
    return { active, selected, potential };
  }

  /**
   * After crossing the left side with this step's left facts: the sensor facts predicted by the
   * contexts, among those whose left part is fully present, that have predicted best so far.
   */
  predict(): Set<number> {
    let best = 0;
    let chosen: number[] = [];
    const lefts = this.#semis[0];
    for (const lid of this.#crossed[0]) {
      const left = lefts[lid] as Semi;
      if (left.crossed.length !== left.size) continue;
      for (const cid of left.contextIds) {
        const p = this.#predicted[cid] as number;
        const w = p > 0 ? (this.#hits[cid] as number) / p : 0;
        if (w > best) {
          best = w;
          chosen = [cid];
        } else if (w === best) {
          chosen.push(cid);
        }
      }
    }
    const out = new Set<number>();
    const rights = this.#semis[1];
    for (const cid of chosen) for (const f of (rights[this.#right[cid] as number] as Semi).facts) out.add(f);
    return out;
  }

  /** Activation count of a context, and its left and right ids (for ordering). */
  rank(cid: number): [number, number, number] {
    return [this.#activations[cid] as number, this.#left[cid] as number, this.#right[cid] as number];
  }
}

/**
 * CAD OSE over one series.
 * @example const cad = new ContextualDetector(); const score = cad.update(42);
 */
export class ContextualDetector {
  readonly #o: CadOptions;
  readonly #memory: ContextMemory;
  readonly #levels: number;
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;
  readonly #fixed: boolean = false;
  #leftFacts: number[] = [];
  #predicted = new Set<number>();
  /** Steps since the last raw score of at least `restThreshold` (starts silenced). */
  #sinceHigh = 0;
  #raw = 0;

  /**
   * @param range a fixed [min, max] to cut values across (values beyond it are clamped); without
   *   it, the range seen so far.
   */
  constructor(options: CadOptions = DEFAULT_CAD_OPTIONS, range?: readonly [number, number]) {
    this.#o = options;
    if (range) {
      this.#min = range[0];
      this.#max = range[1];
      this.#fixed = true;
    }
    this.#memory = new ContextMemory(options.maxLeftFacts);
    this.#levels = 2 ** options.bits - 1;
  }

  /** Contexts learnt so far. */
  get contexts(): number {
    return this.#memory.size;
  }

  /** The last score before the rest period was applied. */
  get raw(): number {
    return this.#raw;
  }

  /** Learns one value and returns its anomaly score in [0, 1]. */
  update(value: number): number {
    if (!Number.isFinite(value)) return 0;
    if (!this.#fixed) {
      this.#min = Math.min(this.#min, value);
      this.#max = Math.max(this.#max, value);
    }
    const range = this.#max - this.#min;
    const step = (range > 0 ? range : this.#levels) / this.#levels;
    const level = Math.max(0, Math.min(this.#levels, Math.floor((value - this.#min) / step)));
    const sensors: number[] = [];
    for (let b = 0; b < this.#o.bits; b++) sensors.push(b * 2 + ((level >> b) & 1));

    let unpredicted = false;
    for (const f of sensors) if (!this.#predicted.has(f)) unpredicted = true;
    const [selectedActive, addedNew] = this.#step(sensors);
    const raw = unpredicted ? (1 - selectedActive + addedNew) / 2 : 0;
    this.#raw = raw;
    const out = this.#sinceHigh >= this.#o.restPeriod ? raw : 0;
    this.#sinceHigh = raw >= this.#o.restThreshold ? 0 : this.#sinceHigh + 1;
    return out;
  }

  /** One step of context learning; returns the share of selected contexts that came true and the share of new contexts. */
  #step(sensors: number[]): [number, number] {
    const memory = this.#memory;
    const left = this.#leftFacts;
    let learn = false;
    let potentialCount = 0;
    const unique = new Set<string>();
    if (left.length > 0) {
      learn = memory.store(left, sensors, true);
      unique.add(`${left.join(',')}|${sensors.join(',')}`);
    }
    memory.cross(1, sensors);
    const { active, selected, potential } = memory.activate(learn);
    for (const [l, r] of potential) unique.add(`${l.join(',')}|${r.join(',')}`);
    potentialCount = unique.size;
    const selectedActive = selected > 0 ? active.length / selected : 0;

    // The contexts activated most often (ties by their left, then right part) become neuron facts.
    const ranked = active.map((cid) => [cid, ...memory.rank(cid)] as const);
    ranked.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    const neurons = ranked.slice(-this.#o.maxActive).map((r) => NEURON_BASE + r[0]);
    neurons.sort((a, b) => a - b);
    const nextLeft = [...sensors, ...neurons];
    this.#leftFacts = nextLeft;

    let added = 0;
    for (const [l, r] of potential) if (memory.store(l, r, false)) added++;
    memory.cross(0, nextLeft);
    this.#predicted = memory.predict();
    if (learn) added++;
    return [selectedActive, learn && potentialCount > 0 ? added / potentialCount : 0];
  }
}
