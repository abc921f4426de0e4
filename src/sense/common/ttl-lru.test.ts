import { describe, expect, it } from 'vitest';
import { TtlLru } from './ttl-lru.js';

describe('TtlLru', () => {
  it('remembers keys for ttl and forgets them after', () => {
    const s = new TtlLru(10, 100);
    s.add('a', 0);
    expect(s.has('a', 99)).toBe(true);
    expect(s.has('a', 100)).toBe(false);
    expect(s.size).toBe(0);
  });

  it('never holds more than its capacity, dropping the oldest', () => {
    const s = new TtlLru(3, 1_000);
    for (let i = 0; i < 10; i++) s.add(`k${i}`, i);
    expect(s.size).toBe(3);
    expect(s.has('k6', 10)).toBe(false);
    expect(['k7', 'k8', 'k9'].every((k) => s.has(k, 10))).toBe(true);
  });
});
