import { describe, expect, it } from 'vitest';
import { parseSeriesCsv, parseTimestamp } from './csv.js';

describe('series CSV', () => {
  it('reads NAB, ISO and epoch timestamps as UTC milliseconds', () => {
    const t = Date.UTC(2014, 3, 1, 0, 5, 0);
    expect(parseTimestamp('2014-04-01 00:05:00')).toBe(t);
    expect(parseTimestamp('2014-04-01T00:05:00Z')).toBe(t);
    expect(parseTimestamp(String(t / 1000))).toBe(t);
    expect(parseTimestamp(String(t))).toBe(t);
    expect(parseTimestamp('yesterday')).toBeNaN();
  });

  it('skips bad rows naming their line and keeps the good ones', () => {
    const text =
      'timestamp,value\n2014-04-01 00:00:00,1\nnope,2\n2014-04-01 00:10:00,x\n2014-04-01 00:15:00,4\n';
    const { rows, problems } = parseSeriesCsv(text, 'f.csv');
    expect(rows.map((r) => r.value)).toEqual([1, 4]);
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^f\.csv:3: unreadable timestamp 'nope'/);
    expect(problems[1]).toMatch(/^f\.csv:4: value 'x'/);
  });
});
