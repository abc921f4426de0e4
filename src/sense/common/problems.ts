/**
 * Collecting what was wrong with parts of a batch: a count of rejected items
 * and the first few reasons, each naming its field path. Bounded so that a
 * batch of a million bad points does not build a million-line message.
 */

/** How many distinct reasons a response lists before summarising. */
export const MAX_REASONS = 10;

export class Problems {
  rejected = 0;
  readonly reasons: string[] = [];
  #omitted = 0;

  /** Records `count` rejected items for one reason; a count of 0 is a warning. */
  reject(reason: string, count = 1): void {
    this.rejected += Math.max(0, count);
    if (this.reasons.length < MAX_REASONS) this.reasons.push(reason);
    else this.#omitted++;
  }

  /** True when anything was rejected or warned about. */
  get any(): boolean {
    return this.rejected > 0 || this.reasons.length > 0;
  }

  /** One line for a response: the reasons, then how many more were left out. */
  message(): string {
    const more = this.#omitted > 0 ? `; and ${this.#omitted} more` : '';
    return this.reasons.join('; ') + more;
  }
}

/** A dotted/bracketed path from a zod issue path, under `base`. */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

/** A readable summary of zod issues under `base`: "path: message; path: message". */
export function zodMessage(
  base: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  max = 3,
): string {
  const parts = issues.slice(0, max).map((i) => `${joinPath(base, i.path)}: ${i.message}`);
  if (issues.length > max) parts.push(`(${issues.length - max} more)`);
  return parts.join('; ');
}

/**
 * Counts the items under keys named in `leafKeys` anywhere inside `value`;
 * used to say how many points a structurally broken container held.
 */
export function countLeaves(value: unknown, leafKeys: ReadonlySet<string>, depth = 0): number {
  if (depth > 8 || value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) {
    let n = 0;
    for (const v of value) n += countLeaves(v, leafKeys, depth + 1);
    return n;
  }
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    if (leafKeys.has(k) && Array.isArray(v)) n += v.length;
    else n += countLeaves(v, leafKeys, depth + 1);
  }
  return n;
}
