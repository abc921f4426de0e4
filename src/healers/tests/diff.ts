/**
 * A small unified diff over lines (longest common subsequence), enough to
 * show a reviewer what a locator patch changes.
 */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function ops(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: ' ', line: a[i] ?? '', a: i++, b: j++ });
    } else if (i < n && (j >= m || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      // Deletions before insertions, as diff(1) prints them.
      out.push({ kind: '-', line: a[i] ?? '', a: i++, b: j });
    } else {
      out.push({ kind: '+', line: b[j] ?? '', a: i, b: j++ });
    }
  }
  return out;
}

/**
 * A unified diff of two texts with `context` lines around each change; '' when equal.
 * @example unifiedDiff(before, after, 'a/login.spec.ts', 'b/login.spec.ts')
 */
export function unifiedDiff(
  before: string,
  after: string,
  fromName: string,
  toName: string,
  context = 3,
): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  const all = ops(a, b);
  const changed = all.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const lo = Math.max(0, k - context);
    const hi = Math.min(all.length - 1, k + context);
    const last = hunks[hunks.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else hunks.push([lo, hi]);
  }
  const lines = [`--- ${fromName}`, `+++ ${toName}`];
  for (const [lo, hi] of hunks) {
    const part = all.slice(lo, hi + 1);
    const first = part[0];
    if (!first) continue;
    const aLen = part.filter((o) => o.kind !== '+').length;
    const bLen = part.filter((o) => o.kind !== '-').length;
    const aStart = aLen === 0 ? first.a : first.a + 1;
    const bStart = bLen === 0 ? first.b : first.b + 1;
    lines.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`);
    for (const o of part) lines.push(`${o.kind}${o.line}`);
  }
  return `${lines.join('\n')}\n`;
}
