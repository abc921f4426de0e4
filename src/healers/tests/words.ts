/**
 * The words of a label, id or class list, normalised so that a redesign's
 * change of case, separator or inflection does not count as a change of
 * wording.
 */

const STOP = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'your',
  'my',
  'by',
  'with',
]);

/**
 * Normalised word tokens: camelCase and kebab split, lower-cased, symbols and
 * emoji dropped, a plural or verb ending removed, stop words dropped.
 * @example words('Add-to-cart Buttons') // ['add', 'cart', 'button']
 */
export function words(s: string): string[] {
  let w = WORDS.get(s);
  if (!w) {
    if (WORDS.size > 50_000) WORDS.clear();
    w = tokenise(s);
    WORDS.set(s, w);
  }
  return w;
}

/** Memo of `words`: the same labels are compared many times across a page. */
const WORDS = new Map<string, string[]>();

function tokenise(s: string): string[] {
  return clockTimes(s)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter((t) => t.length > 0 && !STOP.has(t))
    .map((t) => stem(spelling(t)));
}

/**
 * Times of day as one 24-hour word, so that a slot relabelled from "09:40"
 * to "9:40am" is the same slot and "3:30 pm" is not "11:30".
 * @example clockTimes('Arrive 9:40am') // 'Arrive 0940h'
 */
export function clockTimes(s: string): string {
  return s.replace(
    /\b(\d{1,2})([:.])(\d{2})(?:\s*([ap])\.?\s?m\b\.?)?/gi,
    (whole, h: string, sep: string, m: string, ap?: string) => {
      // "3.50" is a price; "10.30 am" is a time.
      if (sep === '.' && !ap) return whole;
      let hour = Number(h);
      if (hour > 23 || Number(m) > 59) return whole;
      if (ap) {
        if (hour > 12 || hour === 0) return whole;
        hour = (hour % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
      }
      return `${String(hour).padStart(2, '0')}${m}h`;
    },
  );
}

/**
 * British and American spellings read alike: "Minimise" and "Minimize",
 * "Centre" and "Center", "Catalogue" and "Catalog".
 */
function spelling(t: string): string {
  for (const [longerThan, pattern, american] of SPELLINGS)
    if (t.length > longerThan && pattern.test(t)) return t.replace(pattern, american);
  return t;
}

/** Each rule applies to words longer than its number, so that "rise" and "hour" stay as they are. */
const SPELLINGS: readonly (readonly [number, RegExp, string])[] = [
  [5, /is(e|ation|ing|ed)$/, 'iz$1'],
  [5, /tre$/, 'ter'],
  [6, /ogue$/, 'og'],
  [5, /([^aeiou])our(ite|able|ed|ing|s)?$/, '$1or$2'],
  // British doubles the l of these before an ending ("cancelled", "labelling"); American does not.
  [
    6,
    /^(cancel|label|travel|model|fuel|level|channel|tunnel|counsel|dial|signal|total)l(ed|ing|er)$/,
    '$1$2',
  ],
];

function stem(t: string): string {
  if (t.length > 5 && t.endsWith('ing')) return t.slice(0, -3);
  if (t.length > 4 && t.endsWith('ed')) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss')) return t.slice(0, -1);
  return t;
}
