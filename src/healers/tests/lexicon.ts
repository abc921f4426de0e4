/**
 * The words interface writers swap for one another. A redesign that relabels
 * "Cancel" as "Discard" or "Careers" as "Jobs" kept the control and changed
 * its wording; nothing in the markup says so, only the meaning of the words.
 * This lexicon is that meaning for the small vocabulary of controls and
 * navigation: each group holds labels that name the same action or place in
 * an interface, so that a label whose words all have a counterpart of the
 * same group reads as the same label.
 *
 * Groups are deliberately narrow: "Cancel" (abandon what you were doing) and
 * "Delete" (destroy something) are different actions although a dictionary
 * lists them as synonyms, and so are "Share" and "Copy link". A word may
 * belong to several groups ("discard" a draft is deleting it, "discard"
 * changes is cancelling); two labels match when they share a group, never by
 * a chain of groups.
 */
import { LEXICON_GROUPS } from './lexicon-groups.js';
import { words } from './words.js';

/** Entry (normalised words joined by spaces) → the groups it belongs to. */
const ENTRIES = new Map<string, number[]>();
/** The longest entry, in words, for phrase matching. */
let LONGEST = 1;

for (const [g, line] of LEXICON_GROUPS.trim()
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .entries()) {
  for (const raw of line.split(','))
    for (const key of entryKeys(raw)) {
      const groups = ENTRIES.get(key) ?? [];
      if (!groups.includes(g)) groups.push(g);
      ENTRIES.set(key, groups);
      LONGEST = Math.max(LONGEST, key.split(' ').length);
    }
}

/**
 * The normalised forms of an entry. Normalising is not idempotent for words
 * in -ing: "Settings" is read as "setting" and "setting" as "sett", so an
 * entry written "cookie setting" also stands for the label "Cookie settings".
 */
function entryKeys(raw: string): string[] {
  const keys = [words(raw).join(' '), words(raw.replace(/ing\b/g, 'ings')).join(' ')];
  return [...new Set(keys.filter((k) => k.length > 0))];
}

/** A label read as units: the longest lexicon phrase at each point, else the word itself. */
interface Unit {
  readonly text: string;
  readonly groups: readonly number[];
}

function unitsOf(ws: readonly string[], longest = LONGEST): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < ws.length; ) {
    let taken = 1;
    let groups: readonly number[] = [];
    for (let n = Math.min(longest, ws.length - i); n >= 1; n--) {
      const found = ENTRIES.get(ws.slice(i, i + n).join(' '));
      if (found) {
        taken = n;
        groups = found;
        break;
      }
    }
    out.push({ text: ws.slice(i, i + taken).join(' '), groups });
    i += taken;
  }
  return out;
}

/** Memo of a label's units: a page's labels are compared with every candidate's. */
const UNITS = new Map<string, Unit[]>();

function unitsFor(label: string): Unit[] {
  let u = UNITS.get(label);
  if (!u) {
    if (UNITS.size > 50_000) UNITS.clear();
    u = unitsOf(words(label));
    UNITS.set(label, u);
  }
  return u;
}

const alike = (a: Unit, b: Unit): boolean => a.text === b.text || a.groups.some((g) => b.groups.includes(g));

/**
 * How alike two labels are in meaning: the share of the units of both (words,
 * or lexicon phrases) that have a counterpart in the other — the same word,
 * or one of a common group. 1 for "Cancel" / "Discard"; 2/3 for "Save" /
 * "Update email"; 0 for "Cancel" / "Delete address". A phrase with no
 * counterpart is read again word by word: "Book parent-teacher conference"
 * still shares "teacher" with "Schedule a meeting with the teacher".
 * @example meaningSimilarity('Careers', 'Jobs') // 1
 */
export function meaningSimilarity(a: string, b: string): number {
  const ua = unitsFor(a);
  const ub = unitsFor(b);
  if (ua.length === 0 || ub.length === 0) return 0;
  const xa = loosened(ua, ub);
  const xb = loosened(ub, ua);
  const matchedA = xa.filter((x) => xb.some((y) => alike(x, y))).length;
  const matchedB = xb.filter((y) => xa.some((x) => alike(x, y))).length;
  return (matchedA + matchedB) / (xa.length + xb.length);
}

/** The units of a label with each phrase that has no counterpart among `other` split into its words. */
function loosened(units: readonly Unit[], other: readonly Unit[]): readonly Unit[] {
  if (!units.some((u) => u.text.includes(' ') && !other.some((o) => alike(u, o)))) return units;
  return units.flatMap((u) =>
    u.text.includes(' ') && !other.some((o) => alike(u, o)) ? unitsOf(u.text.split(' '), 1) : [u],
  );
}

/**
 * Word → the entries that say what an entry holding it says: the group mates
 * of each entry it is part of, each as its words. Built once, as `saidIn`
 * runs for every distinguishing word of every candidate of a page.
 */
const MATES = new Map<string, string[][]>();
{
  const members = new Map<number, string[]>();
  for (const [key, groups] of ENTRIES)
    for (const g of groups) members.set(g, [...(members.get(g) ?? []), key]);
  for (const [entry, groups] of ENTRIES) {
    const mates = new Set<string>();
    for (const g of groups) for (const m of members.get(g) ?? []) if (m !== entry) mates.add(m);
    for (const w of new Set(entry.split(' '))) {
      const known = new Set((MATES.get(w) ?? []).map((m) => m.join(' ')));
      const added = [...mates].filter((m) => !known.has(m)).map((m) => m.split(' '));
      MATES.set(w, [...(MATES.get(w) ?? []), ...added]);
    }
  }
}

/**
 * Whether a set of normalised words says what the word `w` said, in other
 * words: some lexicon entry holding `w` ("careers", or "sign" of "sign up")
 * has a group mate whose words are all in the set ("jobs"; "subscribe").
 * @example saidIn(new Set(['release', 'note']), 'changelog') // true
 */
export function saidIn(set: ReadonlySet<string>, w: string): boolean {
  return (MATES.get(w) ?? []).some((mate) => mate.every((x) => set.has(x)));
}
