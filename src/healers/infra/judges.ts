/**
 * One judge per symptom class of the infra metric detector: latency (load
 * conditioned, net of calls to monitored peers), errors per request (binomial
 * surprise over the learned error ratio), a steady rise of resident memory
 * (Theil–Sen slope over the learned slope band), pool saturation (structural),
 * and a queue that will not drain. Each reads a window of recent frames of
 * one target and that target's learned bands.
 */
import { binomialTail, fmtMb, fmtMs, METRIC, pct, type Verdict, type Window } from './indicators.js';
import { History, theilSen } from './robust.js';
import type { Frame } from './scrape-frame.js';

/** What judges may ask about the rest of the system. */
export interface JudgeContext {
  /** Whether the peer is a service this detector watches (its latency is judged on its own). */
  monitored(peer: string): boolean;
  /** Whether the peer is down or abnormal right now. */
  troubled(peer: string): boolean;
  /** Sum over every instance of the entity of a counter's latest rate per second. */
  entityRate(name: string): number;
}

export interface JudgeOptions {
  /** Band half-width in robust standard deviations. */
  readonly k: number;
  /** Observations a band needs before it judges. */
  readonly warmup: number;
  /** Seconds a backlog may need to drain before the queue counts as saturated. */
  readonly drainHorizonS: number;
  /** Smallest rise of mean latency over its typical value that counts: below it no user notices. */
  readonly minLatencyRiseS: number;
  /** Requests a latency window needs before it is judged. */
  readonly minLatencyRequests: number;
}

/** The learned bands of one target. */
export class TargetBaselines {
  readonly latency = new History(180);
  readonly clientTime = new History(180);
  readonly requestRate = new History(180);
  readonly errorRatio = new History(180);
  readonly rssSlope = new History(180);
  readonly poolSaturated = new History(180);
  readonly queueDepth = new History(180);
  readonly queueAge = new History(180);
  rss: { t: number; v: number }[] = [];
  startTime: number | undefined;
}

const score = (observed: number, high: number, scale: number) =>
  Math.min(1, Math.max(0, (observed - high) / Math.max(scale * 4, 1e-12)) + 0.5);

/** The verdict while a band is still learning: never abnormal, and it learns. */
function warmingUp(observed: number, support: number, learn: () => void): Verdict {
  return {
    abnormal: false,
    observed,
    expectedLow: 0,
    expectedHigh: 0,
    support,
    score: 0,
    profile: 'warm-up',
    text: 'learning',
    learn,
  };
}

export function judgeLatency(
  w: Window,
  b: TargetBaselines,
  o: JudgeOptions,
  ctx: JudgeContext,
): Verdict | undefined {
  const count = w.sum((f) => f.delta(`${METRIC.duration}_count`));
  // Too few requests say nothing either way: no verdict, so an episode in progress neither
  // ends nor grows on silence (a restart verified on two quiet seconds is not verified).
  if (count < Math.max(1, o.minLatencyRequests) || w.seconds <= 0) return undefined;
  const mean = w.sum((f) => f.delta(`${METRIC.duration}_sum`)) / count;
  const byPeer = w.sumBy((f) => f.deltaBy(`${METRIC.clientDuration}_sum`, 'peer'));
  let client = 0;
  let topPeer: string | undefined;
  let topTime = 0;
  for (const [peer, seconds] of byPeer) {
    if (!ctx.monitored(peer)) continue;
    client += seconds / count;
    if (seconds > topTime) {
      topTime = seconds;
      topPeer = peer;
    }
  }
  const rate = w.sum((f) => f.delta(METRIC.requests)) / w.seconds;
  const lat = b.latency.band(o.k, 0.25, 0.002);
  const cli = b.clientTime.band(o.k, 0.25, 0.002);
  const req = b.requestRate.band(o.k, 0.1, 0.1);
  const learn = () => {
    b.latency.add(mean);
    b.clientTime.add(client);
    b.requestRate.add(rate);
  };
  if (!lat || !req || lat.support < o.warmup) {
    return warmingUp(mean, lat?.support ?? 0, learn);
  }
  // Load conditioning: more requests than usual may queue; the band widens in proportion.
  const load = Math.max(1, rate / Math.max(req.median, 1e-9));
  const high = Math.max(lat.high, 2 * lat.median) * load;
  const abnormal = mean > high && mean - lat.median >= o.minLatencyRiseS;
  const profile = load > 1.2 ? 'load-conditioned' : 'recent-history';
  const loadText = load > 1.2 ? ` at ${load.toFixed(1)}× the usual request rate` : '';
  let explainedBy: string | undefined;
  if (abnormal && topPeer) {
    const rise = mean - lat.median;
    const clientRise = client - (cli?.median ?? 0);
    if (clientRise >= 0.5 * rise) explainedBy = topPeer;
  }
  return {
    abnormal,
    observed: mean,
    expectedLow: Math.max(0, lat.low),
    expectedHigh: high,
    support: lat.support,
    score: score(mean, high, lat.scale),
    profile,
    text: `mean latency ${fmtMs(mean)} over ${Math.round(count)} requests, expected ≤ ${fmtMs(high)}${loadText} (typical ${fmtMs(lat.median)})${explainedBy ? `; ${fmtMs(client)} of it waiting for ${explainedBy}` : ''}`,
    ...(explainedBy ? { explainedBy } : {}),
    learn,
    persistence: 2,
  };
}

export function judgeErrors(
  w: Window,
  b: TargetBaselines,
  o: JudgeOptions,
  ctx: JudgeContext,
): Verdict | undefined {
  const requests = w.sum((f) => f.delta(METRIC.requests));
  if (requests < 1) return undefined;
  const errors = w.sum((f) => f.delta(METRIC.errors));
  const local = w.sum((f) => f.delta(METRIC.errors, (l) => l.cause !== 'dependency'));
  const ratio = errors / requests;
  const band = b.errorRatio.band(o.k, 0, 0);
  const learn = () => b.errorRatio.add(ratio);
  if (!band || band.support < o.warmup) {
    return warmingUp(ratio, band?.support ?? 0, learn);
  }
  const p0 = Math.min(0.5, Math.max(band.median, 0.001));
  const surprise = binomialTail(Math.round(errors), Math.round(requests), p0);
  // Errors must be surprising for the request count and large enough to matter (5 points above normal).
  const high = p0 + 0.05;
  const abnormal = errors >= 2 && ratio >= high && surprise < 1e-4;
  const fromDeps = errors - local > local;
  let explainedBy: string | undefined;
  let via = '';
  if (abnormal && fromDeps) {
    const peers = [...w.sumBy((f) => f.deltaBy(METRIC.clientErrors, 'peer'))].sort((a, c) => c[1] - a[1]);
    const top = peers[0]?.[0];
    if (top) via = `; mostly failed calls to ${top}`;
    if (top && ctx.monitored(top) && ctx.troubled(top)) explainedBy = top;
  }
  return {
    abnormal,
    observed: ratio,
    expectedLow: 0,
    expectedHigh: high,
    support: band.support,
    score: Math.min(1, 0.5 + -Math.log10(Math.max(surprise, 1e-12)) / 24),
    profile: 'error-ratio',
    text: `${Math.round(errors)} of ${Math.round(requests)} requests failed (${pct(ratio)}; ${Math.round(local)} here, ${Math.round(errors - local)} in dependencies), normal ≤ ${pct(high)}, p=${surprise.toExponential(1)}${via}`,
    ...(explainedBy ? { explainedBy } : {}),
    learn,
    // A caller's errors wait one scrape, so the failing dependency is seen first.
    persistence: fromDeps ? 2 : 1,
  };
}

export function judgeMemory(frame: Frame, b: TargetBaselines, o: JudgeOptions): Verdict | undefined {
  const v = frame.gauge(METRIC.rss);
  if (v === undefined) return undefined;
  // A new process starts its own trend (its warm-up is not a leak).
  const start = frame.gauge('process_start_time_seconds');
  if (frame.restarted || (start !== undefined && b.startTime !== undefined && start !== b.startTime))
    b.rss = [];
  if (start !== undefined) b.startTime = start;
  b.rss.push({ t: frame.at / 1000, v });
  if (b.rss.length > 60) b.rss.shift();
  // A leak rises scrape after scrape; a heap between two collections rises for a few, and a
  // young Node process grows its old generation in bursts of ten seconds or so (2–4 MB/s)
  // that then plateau. So the slope must be steep over the last eight scrapes and over the
  // eight before them: a sustained rise, not one burst.
  const n = 8;
  if (b.rss.length < n + 2) return undefined;
  const slopeOf = (points: readonly { t: number; v: number }[]) =>
    theilSen(
      points.map((p) => p.t),
      points.map((p) => p.v),
    );
  const last = b.rss.slice(-n);
  const slope = slopeOf(last);
  const before = b.rss.length >= 2 * n ? slopeOf(b.rss.slice(-2 * n, -n)) : undefined;
  const first = last[0] as { v: number };
  const growth = v - first.v;
  const monotone = last.every((p, i) => i === 0 || p.v >= (last[i - 1] as { v: number }).v);
  const level = b.rss[0]?.v ?? v;
  const band = b.rssSlope.band(o.k, 0, 0.005 * level);
  const learn = () => b.rssSlope.add(slope);
  if (!band || band.support < o.warmup) {
    return warmingUp(slope, band?.support ?? 0, learn);
  }
  const sustained = before !== undefined && before > band.high;
  const abnormal = slope > band.high && sustained && monotone && growth >= 0.1 * level;
  return {
    abnormal,
    observed: v,
    expectedLow: 0,
    expectedHigh: level + band.high * n,
    support: band.support,
    score: score(slope, band.high, band.scale),
    profile: 'trend',
    text: `resident memory rising ${fmtMb(slope)}/s over the last ${n} scrapes and ${fmtMb(before ?? 0)}/s over the ${n} before (now ${fmtMb(v)}, ${fmtMb(growth)} more), normal slope ≤ ${fmtMb(band.high)}/s`,
    // A steep slope not yet sustained may be a leak's first seconds: not taught as normal.
    ...(slope > band.high ? {} : { learn }),
    persistence: 2,
  };
}

export function judgePool(frame: Frame, b: TargetBaselines): Verdict | undefined {
  const size = frame.gauge(METRIC.poolSize);
  const inUse = frame.gauge(METRIC.poolInUse);
  if (size === undefined || inUse === undefined || size <= 0) return undefined;
  const waiting = frame.gauge(METRIC.poolWaiting) ?? 0;
  const timeouts = frame.delta(METRIC.poolTimeouts) ?? 0;
  const saturated = inUse >= size;
  const hot =
    b.poolSaturated.size > 0 ? b.poolSaturated.values().reduce((a, c) => a + c, 0) / b.poolSaturated.size : 0;
  // A pool that is often full by design must also be turning requests away.
  const pressure = hot > 0.2 ? timeouts > 0 : waiting > 0 || timeouts > 0;
  return {
    abnormal: saturated,
    observed: inUse,
    expectedLow: 0,
    expectedHigh: size - 1,
    support: b.poolSaturated.size,
    score: pressure ? 1 : 0.7,
    profile: 'saturation',
    text: `connection pool exhausted: ${inUse} of ${size} in use, ${waiting} waiting, ${timeouts} acquire timeouts since the last scrape (full in ${(100 * hot).toFixed(0)}% of recent scrapes)`,
    learn: () => b.poolSaturated.add(saturated ? 1 : 0),
    persistence: pressure ? 1 : 3,
    facts: { poolSize: size, inUse, waiting, timeouts },
  };
}

export function judgeQueue(
  frame: Frame,
  b: TargetBaselines,
  o: JudgeOptions,
  ctx: JudgeContext,
): Verdict | undefined {
  const depth = frame.gauge(METRIC.queueDepth);
  if (depth === undefined) return undefined;
  const age = frame.gauge(METRIC.queueAge) ?? 0;
  const d = b.queueDepth.band(o.k, 0.25, 1);
  const a = b.queueAge.band(o.k, 0.25, 0.5);
  const learn = () => {
    b.queueDepth.add(depth);
    b.queueAge.add(age);
  };
  if (!d || !a || d.support < o.warmup) {
    return warmingUp(depth, d?.support ?? 0, learn);
  }
  const processed = ctx.entityRate(METRIC.queueProcessed);
  const drainS = depth / Math.max(processed, 1e-3);
  const abnormal = depth > d.high && age > a.high && drainS > o.drainHorizonS;
  return {
    abnormal,
    observed: depth,
    expectedLow: 0,
    expectedHigh: d.high,
    support: d.support,
    score: score(depth, d.high, d.scale),
    profile: 'recent-history',
    text: `queue depth ${depth} (normal ≤ ${d.high.toFixed(1)}), oldest job ${age.toFixed(1)} s (normal ≤ ${a.high.toFixed(1)} s); at ${processed.toFixed(2)} jobs/s it needs ${Number.isFinite(drainS) ? Math.round(drainS) : '∞'} s to drain`,
    learn,
    persistence: 2,
  };
}
