/**
 * The shape of the demo's traffic over a simulated week: quiet nights, a
 * late-morning and an afternoon peak, a lighter evening, weekends at about
 * 60%, and the Monday-morning rush everyone sees on real systems. Benign
 * spikes (a newsletter, a mention on the radio) ride on top. All of it is a
 * pure function of simulated time, so a baseline learner sees the same curve
 * on every run and tests can check it exactly.
 */
import { mulberry32 } from '../../core/prng.js';

const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;
/** 2024-01-01 was a Monday: simulated weeks start there, so day 0 is a Monday. */
export const SIM_EPOCH = Date.UTC(2024, 0, 1);
export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

function bump(x: number, centre: number, width: number): number {
  return Math.exp(-0.5 * ((x - centre) / width) ** 2);
}

function rawDaily(h: number): number {
  return 0.15 + 0.85 * bump(h, 11, 1.8) + 0.75 * bump(h, 15.5, 1.8) + 0.35 * bump(h, 20.5, 1.5);
}

/** The busiest value of the raw curve, so that the shape peaks at exactly 1. */
const DAILY_MAX = Math.max(...Array.from({ length: 24 * 60 }, (_, m) => rawDaily(m / 60)));

/**
 * Daily shape in (0, 1]: 1 at the busiest minute of an ordinary weekday, with
 * a late-morning peak, a lunch dip, an afternoon peak and a lighter evening.
 * @example dailyShape(3) // ≈ 0.15 (night); dailyShape(11) // ≈ 1
 */
export function dailyShape(hour: number): number {
  return rawDaily(((hour % 24) + 24) % 24) / DAILY_MAX;
}

/** Weekdays 1, Saturday 0.65, Sunday 0.55 (day 0 = Monday). */
export function weeklyFactor(day: number): number {
  const d = ((Math.floor(day) % 7) + 7) % 7;
  return d === 5 ? 0.65 : d === 6 ? 0.55 : 1;
}

/** The Monday-morning rush: up to +80% around 09:00 on Mondays, nothing otherwise. */
export function mondayRush(day: number, hour: number): number {
  const d = ((Math.floor(day) % 7) + 7) % 7;
  return d === 0 ? 0.8 * bump(hour, 9, 0.75) : 0;
}

/** Where a simulated instant falls. */
export interface SimPoint {
  /** Days since SIM_EPOCH (0 = the first Monday). */
  readonly day: number;
  readonly dayName: (typeof DAY_NAMES)[number];
  /** Fractional hour of the day. */
  readonly hour: number;
}

export function simPoint(simMs: number): SimPoint {
  const since = simMs - SIM_EPOCH;
  const day = Math.floor(since / DAY_MS);
  const hour = (since - day * DAY_MS) / HOUR;
  return { day, dayName: DAY_NAMES[((day % 7) + 7) % 7] ?? 'Mon', hour };
}

/**
 * Seasonal multiplier of the base rate at a simulated instant (no spikes).
 * @example seasonalFactor(SIM_EPOCH + 9 * 3_600_000) // Monday 09:00: ≈ 1.6
 */
export function seasonalFactor(simMs: number): number {
  const p = simPoint(simMs);
  return dailyShape(p.hour) * weeklyFactor(p.day) * (1 + mondayRush(p.day, p.hour));
}

/** A spike in real time: `factor` at full height, ramping up and down over a fifth of its length each way. */
export interface SpikeWindow {
  readonly startMs: number;
  readonly endMs: number;
  readonly factor: number;
  readonly source: 'manual' | 'scheduled';
}

/** The multiplier of a spike at `t` (1 outside it). */
export function spikeFactor(spike: SpikeWindow, t: number): number {
  if (t < spike.startMs || t >= spike.endMs) return 1;
  const len = spike.endMs - spike.startMs;
  const ramp = len / 5;
  const edge = Math.min(t - spike.startMs, spike.endMs - t);
  const height = ramp > 0 ? Math.min(1, edge / ramp) : 1;
  return 1 + (spike.factor - 1) * height;
}

/**
 * Benign spikes the generator schedules by itself: for each simulated day, a
 * seeded number of spikes (on average `perDay`) between 09:00 and 21:00, each
 * 2–3× for 3–6% of a day. Returned in simulated time; the generator maps them
 * to real time.
 * @example scheduledSpikes(42, 0, 1) // the spikes of the first Monday for seed 42
 */
export function scheduledSpikes(
  seed: number,
  day: number,
  perDay: number,
): { startSim: number; durationSim: number; factor: number }[] {
  if (perDay <= 0) return [];
  // One generator per (seed, day): the spikes of a day never depend on which days were looked at before.
  const rand = mulberry32((seed ^ Math.imul(day + 1, 0x9e3779b1)) >>> 0);
  const whole = Math.floor(perDay);
  const count = whole + (rand() < perDay - whole ? 1 : 0);
  const out: { startSim: number; durationSim: number; factor: number }[] = [];
  for (let i = 0; i < count; i++) {
    const hour = 9 + rand() * 12;
    out.push({
      startSim: SIM_EPOCH + day * DAY_MS + hour * HOUR,
      durationSim: (0.03 + rand() * 0.03) * DAY_MS,
      factor: 2 + rand(),
    });
  }
  return out.sort((a, b) => a.startSim - b.startSim);
}
