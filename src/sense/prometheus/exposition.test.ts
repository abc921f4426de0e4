import { describe, expect, it } from 'vitest';
import { parseExposition } from './exposition.js';

describe('exposition parser', () => {
  it('parses text format 0.0.4 with types, escapes, special values and ms timestamps', () => {
    const text = [
      '# HELP http_requests_total The total.',
      '# TYPE http_requests_total counter',
      'http_requests_total{method="post",code="200"} 1027 1395066363000',
      'http_requests_total{method="post",code="400",} 3 1395066363000',
      'msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9',
      '# TYPE rpc_duration_seconds summary',
      'rpc_duration_seconds{quantile="0.5"} NaN',
      'rpc_duration_seconds_sum 1.7560473e+07',
      '# TYPE h histogram',
      'h_bucket{le="+Inf"} 144320',
      'metric_without_timestamp_and_labels 12.47',
      'neg -Inf',
      '',
    ].join('\n');
    const { samples, errors } = parseExposition(text, 'text');
    expect(errors).toEqual([]);
    expect(samples[0]).toEqual({
      name: 'http_requests_total',
      family: 'http_requests_total',
      type: 'counter',
      labels: { method: 'post', code: '200' },
      value: 1027,
      timestampMs: 1395066363000,
    });
    expect(samples[1]?.labels).toEqual({ method: 'post', code: '400' });
    expect(samples[2]?.labels).toEqual({ path: 'C:\\DIR\\FILE.TXT', error: 'Cannot find file:\n"FILE.TXT"' });
    expect(samples[3]?.value).toBeNaN();
    expect(samples[4]).toMatchObject({ family: 'rpc_duration_seconds', type: 'summary', value: 1.7560473e7 });
    expect(samples[5]).toMatchObject({
      family: 'h',
      type: 'histogram',
      value: 144320,
      labels: { le: '+Inf' },
    });
    expect(samples[6]).toMatchObject({ type: 'unknown', value: 12.47 });
    expect(samples[7]?.value).toBe(-Infinity);
  });

  it('parses OpenMetrics: _total/_created, second timestamps, exemplars, # EOF', () => {
    const text = [
      '# TYPE foo counter',
      '# UNIT foo seconds',
      'foo_total{a="1"} 17.0 1520879607.789 # {trace_id="KOO5S4vxi0o"} 0.67',
      'foo_created{a="1"} 1520430000.123',
      '# TYPE acme_http_router_request_seconds summary',
      'acme_http_router_request_seconds_count{path="/api/v1"} 2',
      '{"my.dotted.metric", zone="eu"} 3',
      '# EOF',
    ].join('\n');
    const { samples, errors } = parseExposition(text, 'openmetrics');
    expect(errors).toEqual([]);
    expect(samples[0]).toMatchObject({
      name: 'foo_total',
      family: 'foo',
      type: 'counter',
      value: 17,
      timestampMs: 1520879607789,
    });
    expect(samples[1]).toMatchObject({ name: 'foo_created', family: 'foo' });
    expect(samples[2]).toMatchObject({ family: 'acme_http_router_request_seconds', type: 'summary' });
    expect(samples[3]).toMatchObject({ name: 'my.dotted.metric', labels: { zone: 'eu' }, value: 3 });
  });

  it('reports bad lines by number and keeps the good ones', () => {
    const text = ['good 1', 'bad{a="1" 2', 'also_bad xyz', 'bad2{a=1} 1', 'good2 2', 'x{a="1",a="2"} 1'].join(
      '\n',
    );
    const { samples, errors } = parseExposition(text, 'text');
    expect(samples.map((s) => s.name)).toEqual(['good', 'good2']);
    expect(errors[0]).toMatch(/^line 2: expected ',' or '}'/);
    expect(errors[1]).toBe("line 3: invalid value 'xyz' for also_bad");
    expect(errors[2]).toMatch(/^line 4: expected a quoted string/);
    expect(errors[3]).toBe("line 6: duplicate label 'a'");
  });

  it('requires # EOF in OpenMetrics and nothing after it, and enforces the sample limit', () => {
    expect(parseExposition('a 1\n', 'openmetrics').errors).toEqual([
      'missing # EOF at the end of the OpenMetrics exposition',
    ]);
    expect(parseExposition('# EOF\na 1\n', 'openmetrics').errors).toEqual(['line 2: content after # EOF']);
    const many = parseExposition('a 1\nb 2\nc 3\n', 'text', { maxSamples: 2 });
    expect(many.samples).toHaveLength(2);
    expect(many.errors[0]).toContain('more than 2 samples');
  });
});
