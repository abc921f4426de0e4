import { describe, expect, it } from 'vitest';
import { type EntityId, newId, type Signal, type SignalId } from '../../model/index.js';
import { LogTemplateDetector, TEMPLATE_COUNT_SIGNAL } from './signals.js';

const MIN = 60_000;
const API = 'service:api' as EntityId;

function log(at: number, message: string, labels: Record<string, string> = {}): Signal {
  return {
    id: newId('signal', at) as SignalId,
    kind: 'log',
    source: 'file',
    entity: API,
    name: 'log',
    at,
    labels,
    attributes: { message },
  };
}

describe('LogTemplateDetector', () => {
  it('learns templates silently during warm-up, then flags a never-seen template with the line as evidence', () => {
    const d = new LogTemplateDetector({ warmupMs: 10 * MIN });
    for (let i = 0; i < 60; i++) {
      expect(d.observe(log(i * 10_000, `GET /items/${i} 200 in ${i}ms`))).toEqual([]);
      expect(d.observe(log(i * 10_000 + 1, `cache hit for key item-${i}`))).toEqual([]);
    }
    // A known template after warm-up is not an anomaly.
    expect(d.observe(log(11 * MIN, 'GET /items/9 200 in 3ms'))).toEqual([]);
    const line = 'connection pool exhausted, 0 of 20 connections free';
    const [a, ...rest] = d.observe(log(11 * MIN + 5, line));
    expect(rest).toEqual([]);
    expect(a?.explanation.profile).toBe('new-template');
    expect(a?.entity).toBe(API);
    expect(a?.explanation.text).toContain(line);
    expect(a?.signalIds).toHaveLength(1);
    // Body works as well as message; non-log signals are ignored.
    const body: Signal = {
      ...log(11 * MIN + 6, ''),
      attributes: { body: 'totally different shutdown notice' },
    };
    expect(d.observe(body)[0]?.explanation.profile).toBe('new-template');
    expect(d.observe({ ...log(11 * MIN + 7, 'x'), kind: 'metric' })).toEqual([]);
  });

  it('raises a burst when an error template exceeds its recent rate, once per interval, with example lines', () => {
    const counts: Signal[] = [];
    const d = new LogTemplateDetector({ warmupMs: 5 * MIN, burstFactor: 5, minBurst: 5 }, (s) => {
      counts.push(...s);
      return true;
    });
    // Ten quiet minutes: one timeout error a minute next to normal traffic.
    for (let m = 0; m < 10; m++) {
      d.observe(log(m * MIN, `request ${m} served`));
      expect(d.observe(log(m * MIN + 10, `ERROR upstream timeout after ${m + 100}ms`))).toEqual([]);
    }
    const out = [];
    for (let k = 0; k < 8; k++)
      out.push(...d.observe(log(10 * MIN + k * 1000, `ERROR upstream timeout after ${k + 200}ms`)));
    expect(out).toHaveLength(1);
    const burst = out[0];
    expect(burst?.explanation.profile).toBe('error-burst');
    expect(burst?.explanation.observed).toBe(5);
    expect(burst?.explanation.expectedHigh).toBeCloseTo(1, 5);
    expect(burst?.explanation.text).toContain('ERROR upstream timeout after 200ms');
    expect(burst?.signalIds.length).toBeGreaterThanOrEqual(3);
    // The same volume of a non-error template does not alert.
    for (let k = 0; k < 8; k++)
      expect(d.observe(log(10 * MIN + 20_000 + k, `request ${k} served`))).toEqual([]);
    // Per-interval counts went to the sink for the baselines.
    const timeouts = counts.filter((c) => String(c.attributes?.template).startsWith('ERROR upstream'));
    expect(timeouts.map((c) => c.value)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(
      timeouts.every((c) => c.kind === 'metric' && c.name === TEMPLATE_COUNT_SIGNAL && c.entity === API),
    ).toBe(true);
    const flushed = d.flush(11 * MIN);
    expect(flushed.find((c) => String(c.attributes?.template).startsWith('ERROR'))?.value).toBe(8);
  });
});
