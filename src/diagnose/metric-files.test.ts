import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTime, readMetrics, serviceOfPod } from './metric-files.js';

describe('readMetrics', () => {
  it('reads per-pod files, trusting the date over an epoch that is off by years, and edge files on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-'));
    writeFileSync(
      join(dir, 'cart-579f59597d-wc2lz_metric.csv'),
      'Time,TimeStamp,PodName,CpuUsageRate(%)\n' +
        '2022-08-22 03:51:19.79 +0000 UTC m=+0.3,1861140279,cart-579f59597d-wc2lz,5\n' +
        '2022-08-22 03:52:19.78 +0000 UTC m=+60.2,1861140339,cart-579f59597d-wc2lz,\n',
    );
    writeFileSync(
      join(dir, 'source_50.csv'),
      'time,timestamp,web_cart\n2022-08-22 03:51:20 +0000 UTC,1661140280,0.004\n',
    );
    writeFileSync(join(dir, 'dependency.csv'), 'Source,Target,Weight\nweb,cart,1\n');
    const plain = readMetrics(dir);
    expect(plain.entities()).toEqual(['cart']);
    const cpu = plain.series('cart', 'CpuUsageRate(%)');
    expect(cpu?.t).toEqual([Date.parse('2022-08-22T03:51:19.790Z'), Date.parse('2022-08-22T03:52:19.780Z')]);
    expect(Number.isNaN(cpu?.v[1])).toBe(true);
    expect(plain.edges()).toEqual([]);
    const withEdges = readMetrics(dir, { edges: true });
    expect(withEdges.edges()).toEqual([{ caller: 'web', callee: 'cart' }]);
    expect(withEdges.series('web->cart', 'client_latency_p50')?.v).toEqual([0.004]);
  });

  it('reads a long CSV and drops samples after the cut-off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'long-'));
    const f = join(dir, 'm.csv');
    writeFileSync(f, 'timestamp,entity,indicator,value\n1000,a,cpu,1\n2000,a,cpu,2\n3000,a,cpu,3\n');
    expect(readMetrics(f, { until: 2_000_000 }).series('a', 'cpu')?.v).toEqual([1, 2]);
  });

  it('names services and times', () => {
    expect(serviceOfPod('productcatalogservice-668d5f85fb-wckp8')).toBe('productcatalogservice');
    expect(parseTime('1661140279')).toBe(1661140279000);
    expect(parseTime('2022-08-22T03:51:19Z')).toBe(Date.parse('2022-08-22T03:51:19Z'));
    expect(Number.isNaN(parseTime('soon'))).toBe(true);
  });
});
