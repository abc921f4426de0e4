/**
 * Abbreviations in labels. A redesign that spells out "AOV" as "Average
 * order value", "DOB" as "Date of birth" or the tab "MID" as "Midfielders"
 * kept the field and its meaning; the words share no token, so without
 * this the two labels look unrelated. Only a word written in capitals is
 * read as an abbreviation — "Add" is not short for "Address" — and not in a
 * label written in capitals throughout ("SAVE CHANGES" is styling).
 */

/** Words that an acronym may or may not give a letter to ("Date of birth" is DOB). */
const GLUE = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'at', 'by', 'a', '&']);

const ACRONYM = /^[A-Z]{2,5}$/;
/** A cheap first test: most labels hold no two capitals in a row. */
const TWO_CAPITALS = /[A-Z]{2}/;

/** The raw words of a label, in order, with their case. */
function tokens(label: string): string[] {
  return label.split(/[^A-Za-z0-9&\u00c0-\u024f]+/).filter((t) => t.length > 0);
}

/** The capitalised abbreviations of a label; none when the whole label is in capitals and says more than one word. */
function abbreviationsIn(ts: readonly string[]): string[] {
  const lettered = ts.filter((t) => /[A-Za-z]/.test(t));
  const shouting = lettered.length > 1 && lettered.every((t) => t === t.toUpperCase());
  return shouting ? [] : ts.filter((t) => ACRONYM.test(t));
}

/**
 * Whether `short` is a contraction of `word`: its letters appear in order in
 * the word, starting with its first letter ("FWD" in "Forwards", "QTY" in
 * "Quantity"). Only a contraction with no vowel after its first letter
 * counts: "NEW" and "MID" are also words or prefixes ("Newsletter"), which
 * the lexicon may join where they are meant.
 */
function shortFor(short: string, word: string): boolean {
  const s = short.toLowerCase();
  if (/[aeiou]/.test(s.slice(1))) return false;
  const w = word.toLowerCase();
  if (w.length < s.length + 2 || s[0] !== w[0] || word === word.toUpperCase()) return false;
  let i = 0;
  for (const ch of w) if (ch === s[i]) i++;
  return i === s.length;
}

/** The run of `words` whose initials spell `acronym`, with or without the glue words; undefined when none. */
function spelledOut(acronym: string, words: readonly string[]): string[] | undefined {
  const want = acronym.toLowerCase();
  for (let start = 0; start < words.length; start++) {
    if ((words[start] ?? '')[0]?.toLowerCase() !== want[0] || GLUE.has((words[start] ?? '').toLowerCase()))
      continue;
    for (const skipGlue of [false, true]) {
      let k = 0;
      let end = start;
      for (; end < words.length && k < want.length; end++) {
        const w = words[end] ?? '';
        if (skipGlue && GLUE.has(w.toLowerCase())) continue;
        if (w[0]?.toLowerCase() !== want[k]) break;
        k++;
      }
      if (k === want.length) return words.slice(start, end);
    }
  }
  return undefined;
}

/**
 * `label` with each of its abbreviations that `other` spells out replaced by
 * the words `other` spells it with; undefined when it has none.
 * @example expandAbbreviations('AOV', 'Average order value') // 'Average order value'
 * @example expandAbbreviations('MID', 'Midfielders') // 'Midfielders'
 */
export function expandAbbreviations(label: string, other: string): string | undefined {
  if (!TWO_CAPITALS.test(label)) return undefined;
  const own = tokens(label);
  const short = abbreviationsIn(own);
  if (short.length === 0) return undefined;
  const theirs = tokens(other);
  let changed = false;
  const out = own.map((t) => {
    if (!short.includes(t)) return t;
    const run = spelledOut(t, theirs) ?? theirs.filter((w) => shortFor(t, w)).slice(0, 1);
    if (run.length === 0 || run.some((w) => w === t)) return t;
    changed = true;
    return run.join(' ');
  });
  return changed ? out.join(' ') : undefined;
}
