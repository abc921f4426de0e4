import { describe, expect, it } from 'vitest';
import { LogRing, MAX_LINE_CHARS } from './ring.js';

describe('LogRing', () => {
  it('splits chunks into lines and holds a fragment until its newline', () => {
    const r = new LogRing(10, () => 5);
    r.push('stdout', 'a\nb');
    expect(r.lines().map((l) => l.line)).toEqual(['a']);
    r.push('stdout', 'c\r\n');
    r.push('stderr', 'err');
    r.flush();
    expect(r.lines()).toEqual([
      { at: 5, stream: 'stdout', line: 'a' },
      { at: 5, stream: 'stdout', line: 'bc' },
      { at: 5, stream: 'stderr', line: 'err' },
    ]);
  });

  it('keeps only the newest lines and cuts long ones, also without a newline', () => {
    const r = new LogRing(3, () => 0);
    for (let i = 0; i < 7; i++) r.push('stdout', `${i}\n`);
    expect(r.lines().map((l) => l.line)).toEqual(['4', '5', '6']);
    expect(r.lines(2).map((l) => l.line)).toEqual(['5', '6']);
    r.push('stdout', 'x'.repeat(MAX_LINE_CHARS * 3));
    const last = r.lines().at(-1)?.line ?? '';
    expect(last.length).toBeLessThan(MAX_LINE_CHARS + 10);
    expect(last.endsWith('…[cut]')).toBe(true);
    expect(r.size).toBe(3);
  });
});
