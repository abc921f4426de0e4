/**
 * Features of a (recorded element, candidate element) pair for the locator
 * matcher: one similarity in [0, 1] per kind of evidence a person would use
 * to recognise an element after a redesign — what it is (tag, role), what it
 * says (text, accessible name, any label), what it is called in the markup
 * (id, name, classes, test ids, href), and where it is (neighbour texts, the
 * text of its row, card or section, ancestors, XPath, position on the page and among its kind),
 * and whether it kept what told it apart from its look-alikes on the old page (twins.ts).
 *
 * A feature is 0 when the recorded element lacks the attribute, so that it
 * is the same for every candidate and cannot change the ranking.
 */
import { expandAbbreviations } from './abbreviations.js';
import { type Fingerprint, labelFields } from './fingerprint.js';
import { meaningSimilarity } from './lexicon.js';
import { ROLE_FAMILY } from './roles.js';
import { editSimilarity, geometric, jaccard, sizeSimilarity } from './similarity.js';
import { type Apart, keptApart, labelWords, twinsOf } from './twins.js';
import { words } from './words.js';

export { words } from './words.js';

/** The features, in a fixed order (the order of the learned weight vector). */
export const FEATURES = [
  'tag',
  'role',
  'id',
  'name',
  'classes',
  'text',
  'accessibleName',
  'label',
  'identifiers',
  'testId',
  'href',
  'placeholder',
  'type',
  'neighbors',
  'container',
  'ancestors',
  'xpath',
  'location',
  'position',
  'ordinal',
  'size',
  'distinct',
] as const;

export type Feature = (typeof FEATURES)[number];
export type FeatureVector = Record<Feature, number>;

/**
 * Where the elements of one page state are, for relative positions: the
 * page's extent and each element's rank among the page's elements of the
 * same role (or tag), keyed by XPath.
 */
export interface PageContext {
  readonly width: number;
  readonly height: number;
  readonly ordinal: ReadonlyMap<string, number>;
  /** The element's look-alike on this page and the words that told them apart (twins.ts). */
  readonly apart: (f: Fingerprint, outside?: boolean) => Apart | undefined;
}

const kindOf = (f: Fingerprint): string => f.role ?? f.tag;

const CONTEXTS = new WeakMap<readonly Fingerprint[], PageContext>();

/** The context of a list of elements (a page snapshot or a candidate list); one per list. */
export function pageContext(elements: readonly Fingerprint[]): PageContext {
  let ctx = CONTEXTS.get(elements);
  if (!ctx) {
    ctx = makeContext(elements);
    CONTEXTS.set(elements, ctx);
  }
  return ctx;
}

function makeContext(elements: readonly Fingerprint[]): PageContext {
  let width = 1;
  let height = 1;
  const byKind = new Map<string, string[]>();
  for (const e of elements) {
    width = Math.max(width, e.box.x + e.box.width);
    height = Math.max(height, e.box.y + e.box.height);
    const k = kindOf(e);
    const list = byKind.get(k) ?? [];
    list.push(e.xpath);
    byKind.set(k, list);
  }
  const ordinal = new Map<string, number>();
  for (const list of byKind.values())
    list.forEach((x, i) => {
      ordinal.set(x, list.length === 1 ? 0.5 : i / (list.length - 1));
    });
  return { width, height, ordinal, apart: twinsOf(elements) };
}

function bag(values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const v of values) for (const w of words(v)) out.add(w);
  return out;
}

/**
 * Text similarity on normalised words: the best of token Jaccard, character
 * edit similarity and likeness of meaning (lexicon.ts: "Cancel" / "Discard"),
 * also with abbreviations spelled out (abbreviations.ts: "AOV" / "Average order value").
 */
export function wordSimilarity(a: string, b: string): number {
  const ta = words(a);
  const tb = words(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const direct = Math.max(
    jaccard(new Set(ta), new Set(tb)),
    editSimilarity(ta.join(' '), tb.join(' ')),
    meaningSimilarity(a, b),
  );
  if (direct === 1) return direct;
  const ea = expandAbbreviations(a, b);
  const eb = expandAbbreviations(b, a);
  if (ea === undefined && eb === undefined) return direct;
  const xa = ea ?? a;
  const xb = eb ?? b;
  return Math.max(direct, jaccard(new Set(words(xa)), new Set(words(xb))), meaningSimilarity(xa, xb));
}

/** Every non-empty label of an element, each cut to 80 characters. */
function labelsOf(f: Fingerprint): string[] {
  return labelFields(f)
    .filter((s) => words(s).length > 0)
    .map((s) => s.slice(0, 80));
}

function bestPair(as: readonly string[], bs: readonly string[]): number {
  let best = 0;
  for (const a of as) for (const b of bs) best = Math.max(best, wordSimilarity(a, b));
  return best;
}

/**
 * The words of the recorded element's row or card that its own label did
 * not say: what names the item it belongs to ("Alan Turing" for the Edit
 * of his row). Memoised per fingerprint.
 */
function itemWords(f: Fingerprint): ReadonlySet<string> {
  let out = ITEM_WORDS.get(f);
  if (!out) {
    const own = labelWords(f);
    out = new Set(words(f.container).filter((w) => !own.has(w)));
    ITEM_WORDS.set(f, out);
  }
  return out;
}
const ITEM_WORDS = new WeakMap<Fingerprint, ReadonlySet<string>>();

/**
 * A label without the words that name the recorded element's item: a row's
 * "Edit" that became an icon named "Edit Alan Turing" says "Edit" of the
 * same row. Undefined when nothing is left out, or nothing would be left.
 * @example unqualified('Edit Alan Turing', new Set(words('Alan Turing'))) // 'Edit'
 */
export function unqualified(label: string, item: ReadonlySet<string>): string | undefined {
  if (item.size === 0) return undefined;
  const tokens = label.split(/\s+/).filter((t) => t.length > 0);
  const kept = tokens.filter((t) => {
    const w = words(t);
    return w.length === 0 || !w.every((x) => item.has(x));
  });
  if (kept.length === tokens.length || !kept.some((t) => words(t).length > 0)) return undefined;
  return kept.join(' ');
}

/** Labels, each also without its naming of the recorded element's item where it has one. */
function withUnqualified(labels: readonly string[], item: ReadonlySet<string>): string[] {
  return labels.flatMap((l) => {
    const bare = unqualified(l, item);
    return bare === undefined ? [l] : [l, bare];
  });
}

/** The path of a URL without scheme, host and query, for comparing links. */
function hrefPath(h: string): string {
  return h.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
}

/** Names the markup gives an element: id, name, classes, test ids and the href path. */
function identifiersOf(f: Fingerprint): Set<string> {
  const href = f.attributes.href;
  return bag([
    f.id ?? '',
    f.name ?? '',
    ...f.classes,
    ...Object.values(f.testIds),
    ...(href ? [hrefPath(href)] : []),
  ]);
}

const idSim = (a: string, b: string): number => (a === b ? 1 : 0.9 * jaccard(bag([a]), bag([b])));

function ancestorTokens(f: Fingerprint): Set<string> {
  const out = new Set<string>();
  for (const a of f.ancestors) {
    out.add(a.tag);
    for (const w of bag([a.id ?? '', ...a.classes])) out.add(`.${w}`);
  }
  return out;
}

const missing = (f: Fingerprint, ctx: PageContext | undefined): number =>
  ctx?.ordinal.get(f.xpath) ?? Number.NaN;

/**
 * The features of candidate `b` as the successor of recorded element `a`.
 * `ca` and `cb` are the contexts of the pages they come from; without them
 * the relative features are 0.
 * @example const f = features(old, cand, pageContext(previous), pageContext(candidates));
 */
export function features(a: Fingerprint, b: Fingerprint, ca?: PageContext, cb?: PageContext): FeatureVector {
  const la = labelsOf(a);
  const item = itemWords(a);
  const ida = identifiersOf(a);
  const ancA = ancestorTokens(a);
  const nA = bag(a.neighbors);
  const testA = Object.values(a.testIds);
  const testB = Object.values(b.testIds);
  const hrefA = a.attributes.href;
  const hrefB = b.attributes.href;
  const phA = a.attributes.placeholder;
  const phB = b.attributes.placeholder;
  const oa = missing(a, ca);
  const ob = missing(b, cb);
  return {
    tag: a.tag === b.tag ? 1 : 0,
    role: roleSimilarity(a.role, b.role),
    id: a.id && b.id ? idSim(a.id, b.id) : 0,
    name: a.name && b.name ? idSim(a.name, b.name) : 0,
    classes: a.classes.length ? jaccard(bag(a.classes), bag(b.classes)) : 0,
    text: a.text && b.text ? bestPair([a.text], withUnqualified([b.text], item)) : 0,
    accessibleName:
      a.accessibleName && b.accessibleName
        ? bestPair([a.accessibleName], withUnqualified([b.accessibleName], item))
        : 0,
    label: la.length ? bestPair(la, withUnqualified(labelsOf(b), item)) : 0,
    identifiers: ida.size ? jaccard(ida, identifiersOf(b)) : 0,
    testId:
      testA.length && testB.length ? Math.max(...testA.flatMap((x) => testB.map((y) => idSim(x, y)))) : 0,
    href:
      hrefA && hrefB
        ? Math.max(hrefA === hrefB ? 1 : 0, editSimilarity(hrefPath(hrefA), hrefPath(hrefB)))
        : 0,
    placeholder: phA && phB ? wordSimilarity(phA, phB) : 0,
    type: a.attributes.type !== undefined && a.attributes.type === b.attributes.type ? 1 : 0,
    neighbors: nA.size ? jaccard(nA, bag(b.neighbors)) : 0,
    container: a.container && b.container ? jaccard(bag([a.container]), bag([b.container])) : 0,
    ancestors: ancA.size ? jaccard(ancA, ancestorTokens(b)) : 0,
    xpath: editSimilarity(a.xpath, b.xpath),
    location: geometric(a.box, b.box),
    position: ca && cb ? relativePosition(a, ca, b, cb) : 0,
    ordinal: Number.isNaN(oa) || Number.isNaN(ob) || kindOf(a) !== kindOf(b) ? 0 : 1 - Math.abs(oa - ob),
    size: sizeSimilarity(a.box, b.box),
    distinct: ca ? (keptApart(ca.apart(a), ownWords(b), bag([b.container])) ?? 0) : 0,
  };
}

/**
 * Similarity of two roles: 1 when the same, half when of one family (chosen
 * on the training pairs of an earlier split), a quarter between choosing and
 * commanding (a radio restyled as a segmented button, a checkbox as a chip).
 */
export function roleSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const fa = ROLE_FAMILY[a];
  const fb = ROLE_FAMILY[b];
  if (fa !== undefined && fa === fb) return 0.5;
  return (fa === 'choose' && fb === 'command') || (fa === 'command' && fb === 'choose') ? 0.25 : 0;
}

/** Words of what an element says and what the markup calls it. */
export function ownWords(f: Fingerprint): Set<string> {
  const out = labelWords(f);
  for (const w of identifiersOf(f)) out.add(w);
  return out;
}

/** 1 at the same place relative to the page's extent, falling to 0 a quarter of the page away. */
function relativePosition(a: Fingerprint, ca: PageContext, b: Fingerprint, cb: PageContext): number {
  const ax = (a.box.x + a.box.width / 2) / ca.width;
  const ay = (a.box.y + a.box.height / 2) / ca.height;
  const bx = (b.box.x + b.box.width / 2) / cb.width;
  const by = (b.box.y + b.box.height / 2) / cb.height;
  return Math.max(0, 1 - Math.hypot(ax - bx, ay - by) / 0.25);
}
