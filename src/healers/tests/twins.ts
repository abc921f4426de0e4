/**
 * Look-alikes on one page: for an element, the other element of the page it
 * looks most like by form (same tag; ancestors, classes, size, role and
 * type), and the words that tell the two apart — what the element says
 * that its twin does not, and the words of its row or card that the twin's
 * lacks. Among look-alike siblings (cards, rows, tabs, options) these words
 * are the element's identity: the "Connect" of the Slack card is told from
 * the "Connect" of the GitHub card only by "Slack".
 */
import { type Fingerprint, labelFields } from './fingerprint.js';
import { saidIn } from './lexicon.js';
import { jaccard, sizeSimilarity } from './similarity.js';
import { words } from './words.js';

/** The twin of an element and what told them apart, as normalised words. */
export interface Apart {
  readonly twin: Fingerprint;
  /** Words of the element's own label (text, accessible name, placeholder, aria-label, title, alt) the twin's lacks. */
  readonly byLabel: readonly string[];
  /** Words of the element's container the twin's container lacks, other than either one's label. */
  readonly byContainer: readonly string[];
}

/** Words of what an element says (not its surroundings). */
export function labelWords(f: Fingerprint): Set<string> {
  return new Set(words(labelFields(f).join(' ')));
}

function formOf(f: Fingerprint): { anc: Set<string>; cls: Set<string> } {
  const anc = new Set<string>();
  for (const a of f.ancestors) {
    anc.add(`<${a.tag}>`);
    for (const w of words([a.id ?? '', ...a.classes].join(' '))) anc.add(w);
  }
  return { anc, cls: new Set(words(f.classes.join(' '))) };
}

/** How alike two elements of the same tag look, in [0, 1] (content left out). */
function formSimilarity(
  a: Fingerprint,
  b: Fingerprint,
  fa: ReturnType<typeof formOf>,
  fb: ReturnType<typeof formOf>,
) {
  const cls = fa.cls.size === 0 && fb.cls.size === 0 ? 1 : jaccard(fa.cls, fb.cls);
  const anc = fa.anc.size === 0 && fb.anc.size === 0 ? 1 : jaccard(fa.anc, fb.anc);
  const role = a.role === b.role ? 1 : 0;
  const type = a.attributes.type === b.attributes.type ? 1 : 0;
  return (cls + anc + role + type + sizeSimilarity(a.box, b.box)) / 5;
}

/** Below this form similarity two elements are not look-alikes. */
const MIN_FORM = 0.5;

/**
 * A lookup of each element's twin on a page; computed on first use per
 * element. With `outside`, the twin is sought among the elements of other
 * containers only (the same kind of item in another group: the "Yes" of
 * another question).
 * @example const apart = twinsOf(stored.page); apart(stored.fingerprint)?.byLabel
 */
export function twinsOf(
  page: readonly Fingerprint[],
): (f: Fingerprint, outside?: boolean) => Apart | undefined {
  const memo = new Map<string, Apart | undefined>();
  const forms = new Map<Fingerprint, ReturnType<typeof formOf>>();
  const form = (f: Fingerprint) => {
    let x = forms.get(f);
    if (!x) {
      x = formOf(f);
      forms.set(f, x);
    }
    return x;
  };
  return (f, outside = false) => {
    const key = `${outside ? 'o' : 'i'}${f.xpath}`;
    if (memo.has(key)) return memo.get(key);
    let twin: Fingerprint | undefined;
    let best = MIN_FORM;
    let nearest = Number.POSITIVE_INFINITY;
    for (const p of page) {
      if (p.xpath === f.xpath || p.tag !== f.tag || (outside && p.container === f.container)) continue;
      const s = formSimilarity(f, p, form(f), form(p));
      const d = Math.hypot(p.box.x - f.box.x, p.box.y - f.box.y);
      // Equally alike: the nearest one is the sibling.
      if (s > best + 1e-9 || (Math.abs(s - best) <= 1e-9 && twin && d < nearest)) {
        best = s;
        twin = p;
        nearest = d;
      }
    }
    let apart: Apart | undefined;
    if (twin) {
      const own = labelWords(f);
      const twinOwn = labelWords(twin);
      const twinContainer = new Set(words(twin.container));
      apart = {
        twin,
        byLabel: [...own].filter((w) => !twinOwn.has(w)),
        byContainer: [...new Set(words(f.container))].filter(
          (w) => !twinContainer.has(w) && !own.has(w) && !twinOwn.has(w),
        ),
      };
    }
    memo.set(key, apart);
    return apart;
  };
}

/**
 * The share of the words that told an element apart from its twin that a
 * candidate still has (label words among its own words — label and names —,
 * container words in either); undefined when nothing told them apart.
 */
export function keptApart(
  apart: Apart | undefined,
  ownOfCand: ReadonlySet<string>,
  containerOfCand: ReadonlySet<string>,
): number | undefined {
  if (!apart) return undefined;
  const told = apart.byLabel.length + apart.byContainer.length;
  if (told === 0) return undefined;
  const kept =
    apart.byLabel.filter((w) => hasWord(ownOfCand, w)).length +
    apart.byContainer.filter((w) => hasWord(ownOfCand, w) || hasWord(containerOfCand, w)).length;
  return kept / told;
}

/** Shortest word that may stand for a longer one it begins ("depart" for "departure"). */
const MIN_STEM = 4;

/**
 * Whether a set of words still holds `w`: the word itself, a word it begins
 * or that begins it ("Depart" → "Departure"), or two words it is made of
 * ("Fullscreen" → "Full screen"), or words that say the same in an
 * interface (lexicon.ts: "Careers" → "Jobs", "Sign up" → "Subscribe").
 * @example hasWord(new Set(['full', 'screen']), 'fullscreen') // true
 */
export function hasWord(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w) || saidIn(set, w)) return true;
  for (const x of set) {
    const [short, long] = x.length < w.length ? [x, w] : [w, x];
    if (short.length >= MIN_STEM && long.startsWith(short)) return true;
  }
  for (let i = 2; i <= w.length - 2; i++) if (set.has(w.slice(0, i)) && set.has(w.slice(i))) return true;
  return false;
}
