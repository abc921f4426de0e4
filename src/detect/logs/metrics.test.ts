import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv, parseCsvObjects } from './csv.js';
import { groupingAccuracy, parsingAccuracy } from './metrics.js';

describe('GA and PA', () => {
  it('GA counts a line only when its predicted group equals its true group exactly', () => {
    // truth: A = {0,1,2}, B = {3,4}, C = {5}
    const truth = ['A', 'A', 'A', 'B', 'B', 'C'];
    // group 1 = {0,1,2} correct (3 lines); group 2 = {3} and 3 = {4} split B (wrong);
    // group 4 = {5} correct.
    expect(groupingAccuracy(truth, [1, 1, 1, 2, 3, 4])).toBeCloseTo(4 / 6, 12);
    // merging B and C into one group loses all three lines.
    expect(groupingAccuracy(truth, [1, 1, 1, 2, 2, 2])).toBeCloseTo(3 / 6, 12);
    expect(groupingAccuracy(truth, ['x', 'x', 'x', 'y', 'y', 'z'])).toBe(1);
  });

  it('PA compares template strings, normalising only whitespace', () => {
    const truth = ['open <*> now', 'close <*>', 'a <*> <*>'];
    expect(parsingAccuracy(truth, ['open  <*> now ', 'close <*>', 'a <*>'])).toBeCloseTo(2 / 3, 12);
    expect(parsingAccuracy(truth, ['open <*> now', 'close x', 'a <*>'])).toBeCloseTo(1 / 3, 12);
  });
});

describe('CSV', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks, and quotes on output', () => {
    const text = 'LineId,Content\r\n1,"a, b"\r\n2,"say ""hi""\nthere"\n3,plain\n';
    expect(parseCsv(text)).toEqual([
      ['LineId', 'Content'],
      ['1', 'a, b'],
      ['2', 'say "hi"\nthere'],
      ['3', 'plain'],
    ]);
    expect(parseCsvObjects(text).rows[1]).toEqual({ LineId: '2', Content: 'say "hi"\nthere' });
    expect(csvLine(['1', 'E2', 'x, "y"'])).toBe('1,E2,"x, ""y"""');
    expect(parseCsv(`${csvLine(['a,b', 'c"d'])}\n`)).toEqual([['a,b', 'c"d']]);
  });
});
