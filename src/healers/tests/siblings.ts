/**
 * Siblings: different things of one kind that interfaces list side by side —
 * notification channels, days, file formats, payment methods, name parts. A
 * label that became another by swapping one sibling for another ("Send me
 * text updates" → "Email me updates", "Export PDF" → "Export CSV", "Show
 * leave" → "Show overtime") names another element: the redesign deleted the
 * old one and put a new one of the same kind in its place. The lexicon says
 * which wordings are the same thing; the sibling sets say which are
 * different things of one kind. Toggle states (Mute / Unmute) are not
 * siblings: a toggle changes its label as its state changes.
 */

import { meaningSimilarity } from './lexicon.js';
import { SIBLING_SETS } from './sibling-sets.js';
import { words } from './words.js';

/** Item (normalised words joined by spaces) → the sets it belongs to. */
const ITEMS = new Map<string, number[]>();
let LONGEST = 1;

for (const [set, line] of SIBLING_SETS.trim()
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .entries()) {
  for (const raw of line.split(',')) {
    const key = words(raw).join(' ');
    // Amounts and counts change with prices and stock: a number is no item's identity here.
    if (key === '' || /^[0-9 ]+$/.test(key)) continue;
    const sets = ITEMS.get(key) ?? [];
    if (!sets.includes(set)) sets.push(set);
    ITEMS.set(key, sets);
    LONGEST = Math.max(LONGEST, key.split(' ').length);
  }
}

/** The sibling items a run of normalised words holds: every phrase of it that is an item. */
function itemsIn(ws: readonly string[]): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>();
  for (let i = 0; i < ws.length; i++)
    for (let n = 1; n <= Math.min(LONGEST, ws.length - i); n++) {
      const key = ws.slice(i, i + n).join(' ');
      const sets = ITEMS.get(key);
      if (sets) out.set(key, sets);
    }
  return out;
}

/**
 * The sibling of `before` that `after` swapped for another, as the pair of
 * items (normalised words): an item of a sibling set that `before` says and
 * `after` does not, where `after` says another item of that set that
 * `before` did not. Undefined when there is none.
 * @example siblingSwap('Send me text updates', 'Email me updates') // ['text', 'email']
 * @example siblingSwap('Download PDF', 'Download') // undefined: nothing took its place
 */
export function siblingSwap(before: string, after: string): readonly [string, string] | undefined {
  // What the lexicon reads as one label is one, whatever its words ("Email us" / "Send us a message").
  if (meaningSimilarity(before, after) === 1) return undefined;
  const a = itemsIn(words(before));
  const b = itemsIn(words(after));
  for (const [item, sets] of a) {
    if (b.has(item)) continue;
    for (const [other, theirs] of b)
      if (
        !a.has(other) &&
        !covers(item, other) &&
        theirs.some((s) => sets.includes(s)) &&
        // The lexicon knows better: what it joins is one thing ("Profile" / "Account").
        meaningSimilarity(item, other) === 0
      )
        return [item, other];
  }
  return undefined;
}

/** Whether one item is part of the other ("card" of "gift card"): a longer name of it, not a sibling. */
function covers(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${long} `.includes(` ${short} `);
}
