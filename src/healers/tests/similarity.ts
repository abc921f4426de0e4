/**
 * Per-attribute similarity functions for the locator matcher. Each returns a
 * value in [0, 1]; 1 means "the same". They are deliberately simple and
 * cheap, because a page may hold hundreds of candidates.
 */
import type { Box } from './fingerprint.js';

/** 1 when both strings are equal (case-insensitive, trimmed), else 0. */
export function exact(a: string, b: string): number {
  return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
}

const MAX_EDIT = 120;

/**
 * 1 − Levenshtein distance / longer length, on lower-cased strings cut to 120 characters.
 * @example editSimilarity('Sign in', 'Sign-in') // ≈ 0.857
 */
export function editSimilarity(a: string, b: string): number {
  const s = a.toLowerCase().slice(0, MAX_EDIT);
  const t = b.toLowerCase().slice(0, MAX_EDIT);
  if (s === t) return 1;
  if (s.length === 0 || t.length === 0) return 0;
  let prev = new Array<number>(t.length + 1);
  let cur = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - (prev[t.length] ?? 0) / Math.max(s.length, t.length);
}

/**
 * Word tokens of identifiers and text: splits camelCase, kebab-case, snake_case and
 * punctuation, lower-cases, and drops one-letter tokens.
 * @example tokens('loginSubmit-btn') // ['login', 'submit', 'btn']
 */
export function tokens(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\uffff]+/)
    .filter((t) => t.length > 1);
}

/** Jaccard index of two sets; 0 when both are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Jaccard index of the word tokens of two strings (or lists of strings). */
export function tokenJaccard(a: string | readonly string[], b: string | readonly string[]): number {
  const ta = new Set(typeof a === 'string' ? tokens(a) : a.flatMap(tokens));
  const tb = new Set(typeof b === 'string' ? tokens(b) : b.flatMap(tokens));
  return jaccard(ta, tb);
}

/** The better of edit similarity and token Jaccard: robust to both typos and reordered words. */
export function textSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return Math.max(editSimilarity(a, b), tokenJaccard(a, b));
}

/**
 * Similarity of two positions: 1 at the same centre, falling linearly to 0 at `scale` pixels apart.
 * @example geometric({x:0,y:0,width:10,height:10}, {x:30,y:40,width:10,height:10}, 100) // 0.5
 */
export function geometric(a: Box, b: Box, scale = 300): number {
  const dx = a.x + a.width / 2 - (b.x + b.width / 2);
  const dy = a.y + a.height / 2 - (b.y + b.height / 2);
  return Math.max(0, 1 - Math.hypot(dx, dy) / scale);
}

/** Similarity of sizes: the smaller area over the larger (1 for equal sizes). */
export function sizeSimilarity(a: Box, b: Box): number {
  const aa = Math.max(1, a.width * a.height);
  const ab = Math.max(1, b.width * b.height);
  return Math.min(aa, ab) / Math.max(aa, ab);
}
