/**
 * The load generator against a real local HTTP server: its arrivals follow
 * the seasonal curve hour by hour (manual clock, a compressed day), the same
 * seed replays the same requests, concurrency stays bounded, spikes raise the
 * rate only while they last, and stop() leaves nothing running.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { LoadGenerator } from './generator.js';
import { DAY_MS, dailyShape, SIM_EPOCH, scheduledSpikes, seasonalFactor } from './seasonality.js';

const HOUR = 3_600_000;
let server: Server;
let target: string;
const hits: string[] = [];
let holdMs = 0;
let current = 0;
let maxConcurrent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    current++;
    maxConcurrent = Math.max(maxConcurrent, current);
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    setTimeout(() => {
      current--;
      res.statusCode = req.url === '/api/products' ? 200 : 201;
      res.end('{}');
    }, holdMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.address();
  target = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});

afterAll(() => new Promise((r) => server.close(r)));

const until = async (cond: () => boolean) => {
  const deadline = Date.now() + 5_000;
  while (!cond() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

describe('seasonality', () => {
  it('has quiet nights, busy days, lighter weekends and a Monday-morning rush', () => {
    const at = (day: number, hour: number) => seasonalFactor(SIM_EPOCH + day * DAY_MS + hour * HOUR);
    expect(at(1, 3)).toBeLessThan(0.2);
    expect(at(1, 11)).toBeGreaterThan(0.95);
    expect(at(1, 8)).toBeLessThan(at(1, 10));
    expect(at(0, 9)).toBeGreaterThan(1.5 * at(1, 9));
    expect(at(5, 11) / at(1, 11)).toBeCloseTo(0.65, 5);
    expect(at(6, 11) / at(1, 11)).toBeCloseTo(0.55, 5);
    expect(at(7, 9)).toBeCloseTo(at(0, 9), 10); // a week later, the same Monday
  });

  it('schedules the same benign spikes for the same seed, in the daytime', () => {
    expect(scheduledSpikes(7, 3, 1.5)).toEqual(scheduledSpikes(7, 3, 1.5));
    expect(scheduledSpikes(7, 3, 2)).not.toEqual(scheduledSpikes(8, 3, 2));
    const spikes = [0, 1, 2, 3, 4, 5, 6].flatMap((d) => scheduledSpikes(11, d, 1));
    expect(spikes).toHaveLength(7);
    for (const s of spikes) {
      const hour = ((s.startSim - SIM_EPOCH) % DAY_MS) / HOUR;
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour).toBeLessThan(21);
      expect(s.factor).toBeGreaterThanOrEqual(2);
    }
    expect(scheduledSpikes(11, 0, 0)).toEqual([]);
  });
});

describe('load generator', () => {
  async function compressedDay(seed: number) {
    const clock = new ManualClock(1_000_000);
    // One simulated hour per real second; Tuesday, so no Monday rush.
    const load = new LoadGenerator({
      target,
      seed,
      clock,
      baseRps: 20,
      dayLengthMs: 24_000,
      startHour: 24,
      spikesPerDay: 0,
      concurrency: 10_000,
    });
    const perHour: number[] = [];
    load.start();
    for (let h = 0; h < 24; h++) {
      const before = load.status().sent;
      await clock.advance(1_000);
      perHour.push(load.status().sent - before);
    }
    const status = load.status();
    await load.stop();
    return { perHour, status, kinds: load.sentByKind() };
  }

  it('sends real requests whose hourly count follows the curve, and replays with its seed', async () => {
    hits.length = 0;
    const a = await compressedDay(42);
    expect(a.status.simDay).toBe('Wed');
    a.perHour.forEach((n, h) => {
      const expected = 20 * dailyShape(h + 0.5);
      expect(Math.abs(n - expected), `hour ${h}: ${n} vs ${expected.toFixed(2)}`).toBeLessThanOrEqual(1.5);
    });
    expect(a.perHour[3]).toBeLessThan(a.perHour[11] ?? 0);
    await until(() => hits.length >= a.status.sent);
    expect(hits).toHaveLength(a.status.sent);
    expect(a.status.failed).toBe(0);
    expect(hits.filter((h) => h === 'GET /api/products').length).toBe(a.kinds.browse);
    expect(hits.filter((h) => h === 'POST /api/checkout').length).toBe(a.kinds.checkout);
    expect(a.kinds.browse).toBeGreaterThan(a.kinds.cart);
    expect(a.kinds.cart).toBeGreaterThan(a.kinds.checkout);
    const b = await compressedDay(42);
    expect(b.perHour).toEqual(a.perHour);
    expect(b.kinds).toEqual(a.kinds);
    const c = await compressedDay(43);
    expect(c.kinds).not.toEqual(a.kinds);
  });

  it('raises the rate during a benign spike and reports it', async () => {
    const clock = new ManualClock(0);
    const load = new LoadGenerator({ target, seed: 1, clock, spikesPerDay: 0, dayLengthMs: 3_600_000 });
    load.start();
    const base = load.rateAt(clock.now() + 5_000);
    load.benignSpike({ factor: 3, durationMs: 10_000 });
    await clock.advance(5_000);
    expect(load.status().spiking).toBe(true);
    expect(load.rateAt(clock.now()) / base).toBeCloseTo(3, 1);
    await clock.advance(6_000);
    expect(load.status().spiking).toBe(false);
    expect(load.spikes()).toHaveLength(1);
    await load.stop();
  });

  it('keeps within its concurrency bound, sheds the excess, and stops cleanly', async () => {
    hits.length = 0;
    maxConcurrent = 0;
    holdMs = 150;
    const load = new LoadGenerator({
      target,
      seed: 5,
      baseRps: 200,
      concurrency: 3,
      spikesPerDay: 0,
      startHour: 35,
    });
    load.start();
    await until(() => load.status().shed > 5);
    await load.stop();
    const sent = hits.length;
    expect(load.status()).toMatchObject({ running: false, inFlight: 0 });
    expect(maxConcurrent).toBeLessThanOrEqual(3);
    expect(load.status().sent).toBe(sent);
    await new Promise((r) => setTimeout(r, 200));
    expect(hits.length).toBe(sent);
    holdMs = 0;
  });
});
