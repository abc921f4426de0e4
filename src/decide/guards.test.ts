import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { Governor } from './guards.js';
import { Policy } from './policy.js';

function governor(limits = '') {
  const policy = Policy.parse(`version: 1\n${limits}`);
  const clock = new ManualClock(0);
  return { clock, gov: new Governor(policy.doc.limits, clock) };
}

const A = { target: 'service:a', remedy: 'infra.restart' };

describe('Governor', () => {
  it('locks a target to one action; the holder may re-lock and must unlock', () => {
    const { gov } = governor();
    expect(gov.tryLock('service:a', 'act-1')).toEqual({ ok: true });
    const second = gov.tryLock('service:a', 'act-2');
    expect(second).toMatchObject({ ok: false, reason: 'LOCKED' });
    expect(!second.ok && second.detail).toContain('act-1');
    expect(gov.check({ ...A, actionId: 'act-2' })).toMatchObject({ ok: false, reason: 'LOCKED' });
    expect(gov.check({ ...A, actionId: 'act-1' })).toEqual({ ok: true });
    expect(gov.tryLock('service:a', 'act-1').ok).toBe(true);
    expect(gov.unlock('service:a', 'act-2')).toBe(false);
    expect(gov.unlock('service:a', 'act-1')).toBe(true);
    expect(gov.tryLock('service:a', 'act-2').ok).toBe(true);
    expect(gov.holder('service:a')).toBe('act-2');
  });

  it('caps actions in flight at maxConcurrentActions', () => {
    const { gov } = governor('limits: { maxConcurrentActions: 2 }\n');
    expect(gov.acquire({ target: 't1', remedy: 'r', actionId: 'a1' }).ok).toBe(true);
    expect(gov.acquire({ target: 't2', remedy: 'r', actionId: 'a2' }).ok).toBe(true);
    expect(gov.acquire({ target: 't3', remedy: 'r', actionId: 'a3' })).toMatchObject({
      ok: false,
      reason: 'BUDGET_EXCEEDED',
    });
    expect(gov.inFlight()).toBe(2);
    gov.unlock('t1', 'a1');
    expect(gov.acquire({ target: 't3', remedy: 'r', actionId: 'a3' }).ok).toBe(true);
  });

  it('rate-limits per target in a sliding window', async () => {
    const { gov, clock } = governor(
      'limits: { perTarget: { rateLimit: { max: 2, perMs: 1000 }, cooldownMs: 0 } }\n',
    );
    gov.recordApplied({ ...A, remedy: 'r1' });
    await clock.advance(100);
    gov.recordApplied({ ...A, remedy: 'r2' });
    const held = gov.check({ ...A, remedy: 'r3' });
    expect(held).toMatchObject({ ok: false, reason: 'BUDGET_EXCEEDED', retryAt: 1000 });
    // Another target is not affected.
    expect(gov.check({ target: 'service:b', remedy: 'r3' }).ok).toBe(true);
    await clock.advance(899);
    expect(gov.check({ ...A, remedy: 'r3' }).ok).toBe(false);
    await clock.advance(1);
    expect(gov.check({ ...A, remedy: 'r3' }).ok).toBe(true);
  });

  it('backs off exponentially between repeated heals, capped, and resets after quiet', async () => {
    const { gov, clock } = governor(
      'limits: { perTarget: { cooldownMs: 1000, backoffFactor: 2, maxCooldownMs: 5000, backoffResetMs: 20000, rateLimit: { max: 100, perMs: 1000 } } }\n',
    );
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      gov.recordApplied(A);
      const g = gov.check(A);
      expect(g).toMatchObject({ ok: false, reason: 'COOLDOWN' });
      const until = g.ok ? 0 : (g.retryAt ?? 0);
      waits.push(until - clock.now());
      await clock.advance(until - clock.now() - 1);
      expect(gov.check(A).ok).toBe(false);
      await clock.advance(1);
      expect(gov.check(A).ok).toBe(true);
    }
    expect(waits).toEqual([1000, 2000, 4000, 5000, 5000]);
    // Another remedy on the same target has its own cooldown.
    gov.recordApplied(A);
    expect(gov.check({ ...A, remedy: 'infra.scale' }).ok).toBe(true);
    // After a quiet period the backoff starts over.
    await clock.advance(20_001);
    gov.recordApplied(A);
    expect(gov.cooldownUntil(A.target, A.remedy)).toBe(clock.now() + 1000);
  });

  it('takes new limits on reload and keeps its state', () => {
    const { gov } = governor('limits: { maxConcurrentActions: 1 }\n');
    expect(gov.tryLock('t1', 'a1').ok).toBe(true);
    expect(gov.tryLock('t2', 'a2').ok).toBe(false);
    gov.setLimits(Policy.parse('version: 1\nlimits: { maxConcurrentActions: 2 }\n').doc.limits);
    expect(gov.tryLock('t2', 'a2').ok).toBe(true);
    expect(gov.holder('t1')).toBe('a1');
  });
});

describe('Governor as the engine guard', () => {
  it('release unlocks, and counts only applied actions', () => {
    const { gov, clock } = governor('limits: { perTarget: { cooldownMs: 1000 } }\n');
    expect(gov.acquire({ ...A, actionId: 'a1', now: clock.now() }).ok).toBe(true);
    gov.release({ ...A, actionId: 'a1', applied: false, now: clock.now() });
    expect(gov.inFlight()).toBe(0);
    expect(gov.check(A).ok).toBe(true);
    expect(gov.acquire({ ...A, actionId: 'a2' }).ok).toBe(true);
    gov.release({ ...A, actionId: 'a2', applied: true, now: 500 });
    expect(gov.check({ ...A, now: 1499 })).toMatchObject({ ok: false, reason: 'COOLDOWN', retryAt: 1500 });
    expect(gov.check({ ...A, now: 1500 }).ok).toBe(true);
  });

  it('rebuilds from the journal after a restart: applied actions count again, running ones hold their targets', async () => {
    const { gov, clock } = governor(
      'limits: { maxConcurrentActions: 1, perTarget: { rateLimit: { max: 2, perMs: 60000 }, cooldownMs: 1000, maxCooldownMs: 5000 } }\n',
    );
    await clock.advance(100_000);
    gov.restore([
      // Applied twice within the rate window, the last 500 ms ago: rate-limited and cooling down.
      { target: 'service:a', remedy: 'infra.restart', actionId: 'old-1', appliedAt: 50_000, running: false },
      { target: 'service:a', remedy: 'infra.restart', actionId: 'old-2', appliedAt: 99_500, running: false },
      // Never applied (skipped or rejected): counts for nothing.
      { target: 'service:b', remedy: 'infra.restart', actionId: 'old-3', running: false },
      // Still verifying when the engine stopped, and one past the blast radius: both hold their targets.
      { target: 'service:c', remedy: 'infra.restart', actionId: 'live-1', appliedAt: 99_000, running: true },
      { target: 'service:d', remedy: 'infra.restart', actionId: 'live-2', running: true },
    ]);
    expect(gov.check({ target: 'service:a', remedy: 'infra.restart' })).toMatchObject({
      ok: false,
      reason: 'BUDGET_EXCEEDED',
    });
    expect(gov.cooldownUntil('service:a', 'infra.restart')).toBeGreaterThan(100_000);
    expect(gov.cooldownUntil('service:b', 'infra.restart')).toBeUndefined();
    expect(gov.holder('service:c')).toBe('live-1');
    expect(gov.holder('service:d')).toBe('live-2');
    expect(gov.tryLock('service:c', 'new')).toMatchObject({ ok: false, reason: 'LOCKED' });
    // A running action is counted once, when it settles.
    expect(gov.cooldownUntil('service:c', 'infra.restart')).toBeUndefined();
    gov.release({ target: 'service:c', remedy: 'infra.restart', actionId: 'live-1', applied: true });
    expect(gov.cooldownUntil('service:c', 'infra.restart')).toBe(101_000);
    expect(gov.memoryMs()).toBe(60_000);
  });

  it('replays the journal in the order the heals happened, whatever order it is read in', async () => {
    const { gov, clock } = governor(
      'limits: { perTarget: { cooldownMs: 1000, backoffFactor: 2, maxCooldownMs: 100000, backoffResetMs: 10000, rateLimit: { max: 100, perMs: 1000 } } }\n',
    );
    await clock.advance(100_000);
    // Newest first, as the store lists them; 50 s of quiet between the two ended the first streak.
    gov.restore([
      { target: 'service:a', remedy: 'infra.restart', actionId: 'new', appliedAt: 99_000, running: false },
      { target: 'service:a', remedy: 'infra.restart', actionId: 'old', appliedAt: 49_000, running: false },
    ]);
    // One heal in the current streak: the first cooldown, not a doubled one.
    expect(gov.cooldownUntil('service:a', 'infra.restart')).toBe(100_000);
  });
});
