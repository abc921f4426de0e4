import { describe, expect, it } from 'vitest';
import { EntityGraph } from '../topology/graph.js';
import { MetricFrame } from './frame.js';
import { rankCauses } from './rank.js';
import { workloadDrop } from './silence.js';

const MIN = 60_000;
const FAULT = 90 * MIN;
const AT = FAULT + 3 * MIN;

/** frontend → checkout → email: a code fault in checkout stops its calls to email. */
function shop(
  checkoutTrafficAfter: number,
  emailTrafficAfter: number,
): { frame: MetricFrame; graph: EntityGraph } {
  const frame = new MetricFrame();
  const wiggle = (m: number) => 1 + 0.05 * Math.sin(m);
  for (let m = 0; m <= 93; m++) {
    const t = m * MIN;
    const after = t >= FAULT;
    frame.add('frontend', 'PodWorkload(Ops)', t, 10 * wiggle(m));
    frame.add('frontend', 'CpuUsageRate(%)', t, 20 * wiggle(m + 1));
    frame.add('checkout', 'PodWorkload(Ops)', t, (after ? checkoutTrafficAfter : 1) * wiggle(m + 2));
    frame.add('checkout', 'CpuUsageRate(%)', t, 5 * wiggle(m + 3));
    frame.add('email', 'PodWorkload(Ops)', t, (after ? emailTrafficAfter : 1) * wiggle(m + 4));
    frame.add('email', 'CpuUsageRate(%)', t, 2 * wiggle(m + 5));
  }
  const graph = new EntityGraph();
  graph.addCall('frontend', 'checkout');
  graph.addCall('checkout', 'email');
  return { frame, graph };
}

describe('silenced calls', () => {
  it('measures the share of traffic lost after the onset', () => {
    const { frame } = shop(1, 0);
    const w = { baselineFrom: 0, windowFrom: FAULT - MIN, onset: FAULT, at: AT };
    expect(workloadDrop(frame, 'email', w)).toBe(1);
    expect(workloadDrop(frame, 'checkout', w)).toBeLessThan(0.1);
    expect(workloadDrop(frame, 'nobody', w)).toBeUndefined();
  });

  it('blames the caller whose only-callee went quiet while its own traffic held', () => {
    const { frame, graph } = shop(1, 0);
    const ranked = rankCauses(frame, { at: AT, onset: FAULT, graph });
    expect(ranked[0]?.entity).toBe('checkout');
    expect(ranked[0]?.cause).toBe('error-rate');
    const ev = ranked[0]?.evidence[0];
    expect(ev?.kind).toBe('signal');
    expect(ev?.data?.callee).toBe('email');
    expect(ev?.description).toMatch(/only checkout calls/);
  });

  it('does not blame a caller that lost as much traffic itself', () => {
    const { frame, graph } = shop(0, 0);
    const ranked = rankCauses(frame, { at: AT, onset: FAULT, graph });
    const checkout = ranked.find((r) => r.entity === 'checkout');
    expect(checkout?.evidence.some((e) => e.data?.callee === 'email')).toBe(false);
  });

  it('needs the topology: without it nobody is blamed for calls it stopped', () => {
    const { frame } = shop(1, 0);
    const ranked = rankCauses(frame, { at: AT, onset: FAULT });
    expect(ranked.flatMap((r) => r.evidence).some((e) => e.data?.callee !== undefined)).toBe(false);
  });
});
