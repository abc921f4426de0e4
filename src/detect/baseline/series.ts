/**
 * The behavioural baseline of one series, learned online, strictly in time
 * order. It keeps a robust level, a half-hourly daily profile and an
 * hour-of-week correction (used only when they predict better than the level
 * alone, which is how seasonality is detected), optionally a linear model on a
 * load series, and scores each point by how surprising its deviation is
 * compared with this series' own history of deviations — no static threshold.
 * A never-seen short shape (context.ts) adds to that surprise. A reported score
 * mutes what follows until it is beaten, and for `quietPoints` even then, so an
 * event is reported once, early.
 * All state lives in four typed arrays (about 2.1 KB per series).
 */
import { CONTEXT_WORDS, contextHash, seeContext } from './context.js';
import { dayLabel, gaussianTail, hourOfWeek, slotOfDay, weekLabel } from './stats.js';

/** Tunables shared by every series; nothing is set per series. */
export interface BaselineOptions {
  /** Points before scores reach full strength. */
  readonly warmupPoints: number;
  /** Points over which the level and scale forget (effective memory). */
  readonly levelMemory: number;
  /** Periods (days or weeks) over which a seasonal bin forgets. */
  readonly seasonMemory: number;
  /** Residuals beyond this many scales are clipped when learning (Huber). */
  readonly clip: number;
  /** Consecutive points beyond `clip` on one side that make a level shift. */
  readonly shiftPoints: number;
  /** Half-life, in points, of the memory of the last reported peak. */
  readonly peakHalfLife: number;
  /** Points over which the rarity of deviation sizes is learned. */
  readonly rarityMemory: number;
  /** Decades of rarity that map to a score of 0.5. */
  readonly squash: number;
  /** Weight of the rarity of the short-term average deviation (bursts) against single points. */
  readonly shortWeight: number;
  /** Clip of the hour-of-week correction, as a multiple of `clip`. */
  readonly seasonClip: number;
  /** Factor on scores that do not beat the recent peak. */
  readonly mute: number;
  /** How far (as a fraction of the remaining headroom) a score must beat the recent peak to be reported again. */
  readonly peakMargin: number;
  /** The recent-value model is used when its error is below this fraction of the others'. */
  readonly localGain: number;
  /** How fast the recent value follows the series. */
  readonly localRate: number;
  /** Weight of a record-breaking deviation (decades per doubling of the record). */
  readonly recordWeight: number;
  /** Shift of local time against UTC, for calendar profiles. */
  readonly utcOffsetMinutes: number;
  /** Bins across the range seen during warm-up, for shape contexts (see context.ts). */
  readonly contextBins: number;
  /** Weight of a never-seen shape context against the rarity of deviations. */
  readonly contextWeight: number;
  /** Points after a reported score during which higher scores only raise the remembered peak. */
  readonly quietPoints: number;
  /**
   * Half-lives, in days, of longer peak memories (each at least `peakHalfLife` points); none by
   * default. With some, a report keeps its full score only if it also beats their decayed peaks:
   * its score is multiplied by `longPeakFloor` + (1 − `longPeakFloor`) × the share it beats, so the
   * more recently something as large happened, the lower a report scores.
   */
  readonly longPeakDays: readonly number[];
  /** Share of a report's score kept when it beats none of the longer peak memories. */
  readonly longPeakFloor: number;
}

export const DEFAULT_BASELINE_OPTIONS: BaselineOptions = {
  warmupPoints: 300,
  levelMemory: 4000,
  seasonMemory: 4,
  clip: 5,
  shiftPoints: 8,
  peakHalfLife: 3000,
  rarityMemory: 8000,
  squash: 4,
  shortWeight: 1,
  seasonClip: 3,
  mute: 0,
  peakMargin: 0.05,
  localGain: 2,
  localRate: 0.5,
  recordWeight: 2,
  utcOffsetMinutes: 0,
  contextBins: 5,
  contextWeight: 0.5,
  quietPoints: 10,
  longPeakDays: [],
  longPeakFloor: 1,
};

// Scalar slots in `#s`.
const N = 0;
const LAST_AT = 1;
const DT = 2;
const LEVEL = 3;
const SCALE_N = 4; // mean |residual| against the level alone
const SCALE_S = 5; // mean |residual| against the seasonal prediction
const SCALE_L = 6; // mean |residual| against the load model
const MAX_A = 7;
const _VAR_A = 8;
const A_SHORT = 9;
const PEAK = 10;
const RUN = 11; // signed count of consecutive clipped residuals
const RUN_SUM = 12;
const L_MEAN = 13;
const V_MEAN = 14;
const COV = 15;
const L_VAR = 16;
const LOAD_N = 17;
const PRED = 18;
const SCALE = 19;
const SCORE = 20;
const CONF = 21;
const MODE = 22; // 0 level, 1 daily, 2 weekly, 3 load
const BIN = 23;
const SUPPORT = 24;
const OBS = 25;
const LOCAL = 26; // recent value, cleaned of spikes
const SCALE_R = 27; // mean |residual| against the recent value
const PREV_OFF = 28; // seasonal offset of the previous point
const LO = 29; // lowest value during warm-up, then the origin of the context bins
const HI = 30; // highest value during warm-up
const QUANTUM = 31; // width of a context bin, fixed at the end of warm-up
const BIN1 = 32; // bin of the previous value
const BIN2 = 33; // bin of the value before
const NOVEL_RATE = 34; // how often contexts have been new
const NOVEL = 35; // 1 when the last point's context was new
const QUIET = 36; // points since the last reported score
const SLOTS = 37;

const DAY_MS = 86_400_000;
const DAY_BINS = 48;
const WEEK_BINS = 168;
/** Mean absolute deviation of a normal variable is 0.798 σ. */
const MAD_TO_SIGMA = 1.2533;

/** Deviation sizes (in σ) at which exceedance rates are tracked. */
const LEVELS = [1.5, 2, 3, 4, 5, 6, 8, 10, 13, 17, 22, 30] as const;
/** Two-sided Gaussian rates: what a well-behaved series starts from. */
const PRIOR = LEVELS.map((l) => 2 * gaussianTail(l));

/** −log10 of how often |z| ≥ a has happened, interpolated between levels, Gaussian beyond the last. */
function rarity(rates: Float32Array, base: number, a: number, floor: number): number {
  if (a < (LEVELS[0] as number)) return 0;
  let k = 0;
  while (k + 1 < LEVELS.length && a >= (LEVELS[k + 1] as number)) k++;
  const lk = LEVELS[k] as number;
  const rk = Math.max(rates[base + k] as number, floor);
  if (k + 1 < LEVELS.length) {
    const next = Math.max(rates[base + k + 1] as number, floor);
    const f = (a - lk) / ((LEVELS[k + 1] as number) - lk);
    return -(Math.log10(rk) * (1 - f) + Math.log10(next) * f);
  }
  // Beyond the last level, never-seen sizes still order by size, slowly.
  return -Math.log10(rk) + Math.log10(a / lk);
}

function learnRarity(rates: Float32Array, base: number, a: number, alpha: number): void {
  for (let k = 0; k < LEVELS.length; k++) {
    const r = rates[base + k] as number;
    const hit = a >= (LEVELS[k] as number) ? 1 : 0;
    rates[base + k] = r + alpha * (hit - r);
  }
}

/** Why the last point scored what it did. */
export interface PointExplanation {
  readonly observed: number;
  readonly expectedLow: number;
  readonly expectedHigh: number;
  readonly profile: string;
  readonly support: number;
  /** The short shape ending at this point (its last three values, coarsely binned) had not been seen before. */
  readonly novelShape: boolean;
}

/**
 * One series' baseline.
 * @example const s = new SeriesBaseline(); const score = s.update(Date.now(), 42); s.explain();
 */
export class SeriesBaseline {
  readonly #s = new Float64Array(SLOTS);
  /** Per half-hour: offset, mean |residual|. */
  readonly #day = new Float32Array(DAY_BINS * 2);
  /** Per hour of week: correction on top of the daily offset. */
  readonly #week = new Float32Array(WEEK_BINS);
  readonly #dayCount = new Uint16Array(DAY_BINS);
  readonly #weekCount = new Uint16Array(WEEK_BINS);
  /** Exceedance rates of |z| at LEVELS, for single points then for the short average. */
  readonly #rare = Float32Array.from([...PRIOR, ...PRIOR]);
  /** Shape contexts seen (context.ts). */
  readonly #contexts = new Uint32Array(CONTEXT_WORDS);
  /** Decayed peaks of the longer memories (`longPeakDays`); null without them. */
  readonly #longPeaks: Float64Array | null;
  readonly #o: BaselineOptions;
  readonly #offsetMs: number;

  constructor(options: BaselineOptions = DEFAULT_BASELINE_OPTIONS) {
    this.#o = options;
    this.#offsetMs = options.utcOffsetMinutes * 60_000;
    this.#longPeaks = options.longPeakDays.length > 0 ? new Float64Array(options.longPeakDays.length) : null;
  }

  /** Bytes held in typed arrays by one series. */
  static readonly stateBytes =
    SLOTS * 8 +
    LEVELS.length * 8 +
    DAY_BINS * 2 * 4 +
    WEEK_BINS * 4 +
    DAY_BINS * 2 +
    WEEK_BINS * 2 +
    CONTEXT_WORDS * 4;

  /** Points seen. */
  get count(): number {
    return this.#s[N] as number;
  }

  /** Confidence of the last score in [0, 1]: how much history backs it. */
  get confidence(): number {
    return this.#s[CONF] as number;
  }

  /** The last score in [0, 1]. */
  get score(): number {
    return this.#s[SCORE] as number;
  }

  /** Learns one point and returns its anomaly score in [0, 1]. `load`, when given, conditions the expectation. */
  update(at: number, value: number, load?: number): number {
    const s = this.#s;
    const o = this.#o;
    const n = s[N] as number;
    if (n === 0) {
      s[LEVEL] = value;
      s[LAST_AT] = at;
    }
    const dt = at - (s[LAST_AT] as number);
    if (n > 0 && dt > 0) s[DT] = (s[DT] as number) === 0 ? dt : (s[DT] as number) * 0.99 + dt * 0.01;
    s[LAST_AT] = at;

    // Expectation: level, plus the seasonal profile, or the load model.
    const slot = slotOfDay(at, this.#offsetMs);
    const how = hourOfWeek(at, this.#offsetMs);
    const level = s[LEVEL] as number;
    const dc = this.#dayCount[slot] as number;
    const wc = this.#weekCount[how] as number;
    const dayRaw = this.#day[slot * 2] as number;
    const weekRaw = this.#week[how] as number;
    // Shrink young bins towards the level so one sample does not make a profile.
    const dayOff = (dayRaw * dc) / (dc + 1);
    const weekOff = (weekRaw * wc) / (wc + 1);
    const predN = level;
    const predS = level + dayOff + weekOff;
    const scaleN = s[SCALE_N] as number;
    const scaleS = s[SCALE_S] as number;
    const warm = n > o.warmupPoints / 2;
    // The recent value moves with the seasonal profile when there is one.
    const seasonal = warm && scaleS < 0.85 * scaleN;
    const off = dayOff + weekOff;
    const local = n === 0 ? value : (s[LOCAL] as number) + (seasonal ? off - (s[PREV_OFF] as number) : 0);
    const scaleR = s[SCALE_R] as number;
    // The model that has predicted best so far wins: that is how seasonality (or a wandering level) is detected.
    let mode = seasonal ? (wc >= 2 ? 2 : 1) : 0;
    let pred = mode === 0 ? predN : predS;
    let scale = mode === 0 ? scaleN : Math.max(scaleS, dc >= 3 ? (this.#day[slot * 2 + 1] as number) : 0);
    if (warm && scaleR < o.localGain * Math.min(scaleN, scaleS)) {
      mode = 4;
      pred = local;
      // Following the profile is only as good as the profile is at this hour.
      scale = seasonal && dc >= 3 ? scaleR + 0.5 * (this.#day[slot * 2 + 1] as number) : scaleR;
    }
    let predL = 0;
    const hasLoad = load !== undefined && Number.isFinite(load);
    if (hasLoad) {
      const lv = s[L_VAR] as number;
      const beta = lv > 0 ? (s[COV] as number) / lv : 0;
      predL = (s[V_MEAN] as number) + beta * (load - (s[L_MEAN] as number));
      if (
        (s[LOAD_N] as number) > o.warmupPoints / 2 &&
        (s[SCALE_L] as number) < 0.85 * Math.min(scaleN, scaleS)
      ) {
        mode = 3;
        pred = predL;
        scale = s[SCALE_L] as number;
      }
    }
    // A floor keeps flat series from turning rounding noise into alarms.
    const floor = 1e-9 + 1e-3 * Math.abs(level) + 0.1 * Math.min(scaleN, scaleS || scaleN);
    const sigma = Math.max(scale, floor) * MAD_TO_SIGMA;
    const r = value - pred;
    const z = r / sigma;
    const a = Math.min(Math.abs(z), 40);

    // Surprise: how rarely this series has deviated this much (point and short burst).
    const aShort = (s[A_SHORT] as number) * 0.7 + a * 0.3;
    // A rate below one event in the memory cannot be told apart from never.
    const rateFloor = 0.5 / Math.min(n + 1, o.rarityMemory);
    const decades = Math.max(
      rarity(this.#rare, 0, a, rateFloor),
      o.shortWeight * rarity(this.#rare, LEVELS.length, aShort, rateFloor),
    );
    // A deviation larger than any in recent memory is news however common deviations are.
    const record = s[MAX_A] as number;
    const news = record > 0 && n > 10 ? Math.max(0, Math.log2(a / record)) : 0;
    const novelty = this.#novelty(value, n);
    const total = decades + o.recordWeight * news + o.contextWeight * novelty;
    const raw = total / (total + o.squash);
    s[MAX_A] = Math.max(record * 0.5 ** (1 / o.rarityMemory), a);
    // Report a deviation once: until it is exceeded, a recent peak mutes what follows.
    const peak = (s[PEAK] as number) * 0.5 ** (1 / o.peakHalfLife);
    const ramp = Math.min(1, n / o.warmupPoints);
    const quiet = (s[QUIET] as number) + 1;
    let out = raw > peak + o.peakMargin * (1 - peak) && quiet > o.quietPoints ? raw : raw * o.mute;
    s[QUIET] = out > 0 && out === raw ? 0 : quiet;
    if (this.#longPeaks) out *= this.#longPeakShare(raw, raw * ramp, quiet > o.quietPoints, out > 0);
    out *= ramp;
    s[PEAK] = quiet > o.quietPoints ? Math.max(peak, raw * ramp) : peak;

    // Learning, with anomalies down-weighted (Huber clip) so they do not become normal.
    const lim = o.clip * sigma;
    const _rc = r > lim ? lim : Math.max(r, -lim);
    const alphaL = 1 / Math.min(n + 1, o.levelMemory);
    const rS = value - predS;
    const rSc = rS > lim ? lim : Math.max(rS, -lim);
    s[LEVEL] = level + alphaL * rSc;
    const perSlot = (s[DT] as number) > 0 ? Math.max(1, 1_800_000 / (s[DT] as number)) : 1;
    const alphaD = 1 / Math.min(dc + 1, o.seasonMemory * perSlot);
    this.#day[slot * 2] = dayRaw + alphaD * rSc;
    const absS = Math.min(Math.abs(rS), lim);
    const dayMad = this.#day[slot * 2 + 1] as number;
    this.#day[slot * 2 + 1] = dc === 0 ? absS : dayMad + alphaD * (absS - dayMad);
    if (dc < 65535) this.#dayCount[slot] = dc + 1;
    const alphaW = 1 / Math.min(wc + 1, o.seasonMemory * perSlot * 2);
    // The week correction may learn a recurring spike the level must not: a wider clip, so that a
    // weekly event becomes normal within a few weeks while a one-off moves its hour only a little.
    const wideLim = o.seasonClip * lim;
    // Only what the level and the daily slot have not already absorbed, or the hour overshoots.
    const rW = rS - (alphaD + alphaL) * rSc;
    this.#week[how] = weekRaw + alphaW * (rW > wideLim ? wideLim : Math.max(rW, -wideLim));
    if (wc < 65535) this.#weekCount[how] = wc + 1;
    const alphaS = 1 / Math.min(n + 1, o.levelMemory);
    const rN = value - predN;
    const rR = value - local;
    s[SCALE_R] =
      scaleR + alphaS * (Math.min(Math.abs(rR), Math.max(lim, o.clip * scaleR * MAD_TO_SIGMA)) - scaleR);
    const limR = o.clip * Math.max(scaleR * MAD_TO_SIGMA, floor);
    s[PREV_OFF] = off;
    s[LOCAL] = local + o.localRate * (rR > limR ? limR : Math.max(rR, -limR));
    s[SCALE_N] =
      scaleN + alphaS * (Math.min(Math.abs(rN), Math.max(lim, o.clip * scaleN * MAD_TO_SIGMA)) - scaleN);
    s[SCALE_S] =
      scaleS + alphaS * (Math.min(Math.abs(rS), Math.max(lim, o.clip * scaleS * MAD_TO_SIGMA)) - scaleS);
    if (hasLoad) this.#learnLoad(load, value, predL, lim);

    // Rarity learns at full weight: deviations this series makes often stop being news.
    const alphaR = 1 / Math.min(n + 1, o.rarityMemory);
    learnRarity(this.#rare, 0, a, alphaR);
    learnRarity(this.#rare, LEVELS.length, aShort, alphaR);
    s[A_SHORT] = aShort;

    // A lasting shift: after enough one-sided clipped points, move the level there.
    const run = s[RUN] as number;
    if (Math.abs(r) > lim) {
      const sameSide = (run > 0 && r > 0) || (run < 0 && r < 0);
      s[RUN] = sameSide ? run + Math.sign(r) : Math.sign(r);
      s[RUN_SUM] = sameSide ? (s[RUN_SUM] as number) + rS : rS;
      if (Math.abs(s[RUN] as number) >= o.shiftPoints) {
        s[LEVEL] = (s[LEVEL] as number) + (s[RUN_SUM] as number) / Math.abs(s[RUN] as number);
        s[RUN] = 0;
        s[RUN_SUM] = 0;
      }
    } else {
      s[RUN] = 0;
      s[RUN_SUM] = 0;
    }

    s[N] = n + 1;
    s[PRED] = pred;
    s[SCALE] = sigma;
    s[SCORE] = out;
    // The recent-value model riding a profile is explained by that profile.
    const shown = mode === 4 && seasonal ? (wc >= 2 ? 2 : 1) : mode;
    s[MODE] = shown;
    s[BIN] = shown === 2 ? how : slot;
    s[SUPPORT] = shown === 0 || shown === 4 ? n : shown === 3 ? (s[LOAD_N] as number) : shown === 2 ? wc : dc;
    s[OBS] = value;
    const support = s[SUPPORT] as number;
    s[CONF] = ramp * (support / (support + 3));
    return out;
  }

  /**
   * Decades of rarity of the shape context ending at this value: 0 when the context is known,
   * −log10 of how often contexts have been new when it is not.
   */
  #novelty(value: number, n: number): number {
    const s = this.#s;
    const warmup = this.#o.warmupPoints;
    if (n < warmup) {
      s[LO] = n === 0 ? value : Math.min(s[LO] as number, value);
      s[HI] = n === 0 ? value : Math.max(s[HI] as number, value);
      return 0;
    }
    if (n === warmup) {
      const width = ((s[HI] as number) - (s[LO] as number)) / this.#o.contextBins;
      s[QUANTUM] = width > 0 ? width : Math.abs(value) * 0.01 || 1;
    }
    const bin = Math.floor((value - (s[LO] as number)) / (s[QUANTUM] as number));
    const b1 = s[BIN1] as number;
    const b2 = s[BIN2] as number;
    s[BIN2] = b1;
    s[BIN1] = bin;
    // The first two contexts after warm-up are incomplete.
    if (n < warmup + 2) return 0;
    const novel = seeContext(this.#contexts, 0, contextHash(b2, b1, bin));
    s[NOVEL] = novel ? 1 : 0;
    const seen = n - warmup - 1;
    const memory = Math.min(seen, this.#o.rarityMemory);
    const rate = s[NOVEL_RATE] as number;
    s[NOVEL_RATE] = rate + ((novel ? 1 : 0) - rate) / memory;
    return novel ? -Math.log10(Math.max(rate, 0.5 / memory)) : 0;
  }

  /**
   * Decays and learns the longer peak memories; returns the factor on a report's score: the
   * floor plus the rest in proportion to how many of those peaks `raw` beats by the margin.
   */
  #longPeakShare(raw: number, learnt: number, learn: boolean, reported: boolean): number {
    const peaks = this.#longPeaks as Float64Array;
    const o = this.#o;
    const dt = this.#s[DT] as number;
    let beaten = 0;
    for (let j = 0; j < peaks.length; j++) {
      const days = o.longPeakDays[j] as number;
      const halfLife = Math.max(o.peakHalfLife, dt > 0 ? (days * DAY_MS) / dt : 0);
      const p = (peaks[j] as number) * 0.5 ** (1 / halfLife);
      if (raw > p + o.peakMargin * (1 - p)) beaten++;
      peaks[j] = learn ? Math.max(p, learnt) : p;
    }
    return reported ? o.longPeakFloor + (1 - o.longPeakFloor) * (beaten / peaks.length) : 1;
  }

  #learnLoad(load: number, value: number, predL: number, lim: number): void {
    const s = this.#s;
    const ln = (s[LOAD_N] as number) + 1;
    s[LOAD_N] = ln;
    const alpha = 1 / Math.min(ln, this.#o.levelMemory);
    const rL = value - predL;
    const scaleL = s[SCALE_L] as number;
    s[SCALE_L] = scaleL + alpha * (Math.min(Math.abs(rL), Math.max(lim, this.#o.clip * scaleL)) - scaleL);
    // Clip the value's pull on the regression like every other update.
    const v = rL > lim ? predL + lim : rL < -lim ? predL - lim : value;
    const dl = load - (s[L_MEAN] as number);
    s[L_MEAN] = (s[L_MEAN] as number) + alpha * dl;
    s[V_MEAN] = (s[V_MEAN] as number) + alpha * (v - (s[V_MEAN] as number));
    s[COV] = (s[COV] as number) + alpha * (dl * (v - (s[V_MEAN] as number)) - (s[COV] as number));
    s[L_VAR] = (s[L_VAR] as number) + alpha * (dl * (load - (s[L_MEAN] as number)) - (s[L_VAR] as number));
  }

  /** What the last point was compared with: the expected range (±3σ), the profile and its support. */
  explain(): PointExplanation {
    const s = this.#s;
    const mode = s[MODE] as number;
    const bin = s[BIN] as number;
    const profile =
      mode === 4
        ? 'recent'
        : mode === 0
          ? 'level'
          : mode === 1
            ? dayLabel(bin)
            : mode === 2
              ? weekLabel(bin)
              : 'load-conditioned';
    const pred = s[PRED] as number;
    const width = 3 * (s[SCALE] as number);
    return {
      observed: s[OBS] as number,
      expectedLow: pred - width,
      expectedHigh: pred + width,
      profile,
      support: s[SUPPORT] as number,
      novelShape: (s[NOVEL] as number) === 1,
    };
  }
}
