import { describe, expect, it } from 'vitest';
import { HomeostatError } from '../../core/errors.js';
import { entityId } from '../../model/ids.js';
import type { Signal, SignalId } from '../../model/index.js';
import { baselineFactory } from './detector.js';

const MIN = 60_000;
const T0 = Date.UTC(2024, 0, 1);

function metric(i: number, name: string, value: number, labels: Record<string, string> = {}): Signal {
  return {
    id: `sig_${name}_${i}` as SignalId,
    kind: 'metric',
    source: 'test',
    entity: entityId('service', 'checkout'),
    name,
    at: T0 + i * MIN,
    value,
    labels,
  };
}

describe('BaselineDetector', () => {
  it('validates its config and names the field', () => {
    expect(() => baselineFactory.create({ alertThreshold: 2 }, {})).toThrow(HomeostatError);
    expect(() => baselineFactory.create({ alertThreshold: 2 }, {})).toThrow(/alertThreshold/);
  });

  it('keys series by entity, indicator and labels and turns a spike into an explained anomaly', () => {
    const d = baselineFactory.create({}, {});
    const wobble = (i: number) => Math.sin(i * 1.7) * 2;
    for (let i = 0; i < 1500; i++) {
      expect(d.observe(metric(i, 'latency_ms', 100 + wobble(i), { route: '/pay' }))).toEqual([]);
      d.observe(metric(i, 'latency_ms', 300 + wobble(i), { route: '/cart' }));
    }
    expect(d.seriesCount).toBe(2);
    // 300 is normal for /cart but not for /pay.
    const anomalies = d.observe(metric(1500, 'latency_ms', 300, { route: '/pay' }));
    expect(anomalies).toHaveLength(1);
    const a = anomalies[0]!;
    expect(a.indicator).toBe('latency_ms');
    expect(a.score).toBeGreaterThanOrEqual(0.5);
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.signalIds).toEqual(['sig_latency_ms_1500']);
    expect(a.explanation.observed).toBe(300);
    expect(a.explanation.expectedHigh).toBeLessThan(150);
    expect(a.explanation.text).toMatch(/latency_ms on service:checkout was 300/);
    // Same entity, indicator and direction give the same fingerprint.
    const d2 = baselineFactory.create({}, {});
    for (let i = 0; i < 1500; i++) d2.observe(metric(i, 'latency_ms', 100 + wobble(i), { route: '/pay' }));
    expect(d2.observe(metric(1500, 'latency_ms', 250, { route: '/pay' }))[0]?.fingerprint).toBe(
      a.fingerprint,
    );
  });

  it('conditions an indicator on a load indicator of the same entity', () => {
    const d = baselineFactory.create({ conditionOn: [{ indicator: 'latency_ms', load: 'rps' }] }, {});
    for (let i = 0; i < 3000; i++) {
      const rps = 200 + 180 * Math.sin(i / 37) * Math.cos(i / 113);
      d.observe(metric(i, 'rps', rps));
      d.observe(metric(i, 'latency_ms', 10 + 0.5 * rps + Math.sin(i * 1.3)));
    }
    d.observe(metric(3000, 'rps', 30));
    const out = d.observe(metric(3000, 'latency_ms', 10 + 0.5 * 370));
    expect(out).toHaveLength(1);
    expect(out[0]?.explanation.profile).toBe('load-conditioned');
  });

  it('ignores non-metric signals', () => {
    const d = baselineFactory.create({}, {});
    expect(d.observe({ ...metric(0, 'deploy', 1), kind: 'change' })).toEqual([]);
    expect(d.seriesCount).toBe(0);
  });
});
