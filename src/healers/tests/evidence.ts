/**
 * Evidence for the heal-or-abstain decision, beyond how similar the winner
 * is: what the recorded element had that told it apart, and whether the
 * winner kept it. Two kinds:
 *
 * - an **anchor**: the winner carries one of the recorded element's stable
 *   names — id, test id, name or link target — exactly, and no other
 *   element of the old page had that name. A redesign that keeps such a
 *   name meant to keep the element.
 * - a **contrast**: the words that told the recorded element apart from its
 *   look-alike on the old page (twins.ts: its own label, and the text of its
 *   row or card that the look-alike's lacked) are missing from the winner. A look-alike slot that now says something else entirely is
 *   more often another item than the same one relabeled: the "Connect" of
 *   the Slack card is not the "Connect" of the GitHub card, and a "Van"
 *   checkbox is not the "Electric" one that took its place.
 *
 * Both need the old page (`previous`); without it they are 0. A third
 * input needs only the two elements: the **label** similarity, how alike
 * the best-matching labels of the two are (0.5, "unknown", when the
 * recorded element has no label). Three more weigh a relabel against a
 * replacement where no lexicon knows the words:
 *
 * - **unique**: the recorded element was the only one of its kind (tag,
 *   role, input type) on the old page and the winner is the only one of
 *   that kind on the new page — the page's one date field, one select, one
 *   file upload stays that, whatever it is now called (needs the old page).
 * - **head**: the winner's label kept the first word that carried meaning in
 *   the recorded element's ("Share ETA" → "Share tracking link").
 * - **echo**: the recorded element's label is still on the new page, on
 *   another element than the winner — the name lives on elsewhere, so the
 *   winner is less likely to be what it became.
 */
import { features, ownWords, pageContext, words } from './features.js';
import type { Fingerprint } from './fingerprint.js';
import type { Weights } from './model.js';
import { scorer } from './scoring.js';
import { siblingSwap } from './siblings.js';
import { hasWord, keptApart } from './twins.js';

export interface Evidence {
  /** 1 when the winner kept a name that only the recorded element had on the old page, else 0. */
  readonly anchor: number;
  /**
   * How alike the recorded element's look-alike on the old page is (the
   * matcher's score of the twin, 0–1) times the share of the words that told
   * them apart which the winner lacks — the larger of this for its twin
   * anywhere and its twin in another container; 0 when nothing told them
   * apart or there was no look-alike.
   */
  readonly contrast: number;
  /** The best similarity between any label of the recorded element and of the winner; 0.5 when the former has none. */
  readonly label: number;
  /** 1 when the recorded element and the winner are each the only one of their (same) kind on their page, else 0. */
  readonly unique: number;
  /** 1 when the winner's label kept the first meaningful word of the recorded element's, else 0. */
  readonly head: number;
  /** 1 when another candidate than the winner carries the recorded element's label, else 0. */
  readonly echo: number;
  /** 1 when both are links and the winner leads to another page than the recorded link did, else 0. */
  readonly elsewhere: number;
}

/** The inputs when nothing is known beyond score and margin. */
export const NO_EVIDENCE: Evidence = {
  anchor: 0,
  contrast: 0,
  label: 0.5,
  unique: 0,
  head: 0,
  echo: 0,
  elsewhere: 0,
};

/** The link target without scheme, host, query or fragment; undefined for in-page and script links. */
function linkTarget(href: string | undefined): string | undefined {
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return undefined;
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return path === '' || path === '/' ? undefined : path;
}

/** The stable names of an element, as `kind:value` keys. */
export function namesOf(f: Fingerprint): string[] {
  const out: string[] = [];
  if (f.id) out.push(`id:${f.id}`);
  // Radio buttons share their name with the whole group, so it names none of them.
  if (f.name && f.attributes.type !== 'radio') out.push(`name:${f.name}`);
  for (const v of Object.values(f.testIds)) out.push(`testid:${v}`);
  const link = linkTarget(f.attributes.href);
  if (link) out.push(`href:${link}`);
  return out;
}

/**
 * The names compared for an anchor: an id, name or test id by its value
 * alone (an id that became a name or a test id still names the element), a
 * link by its path.
 */
function anchorKeys(f: Fingerprint): string[] {
  const keys = namesOf(f).map((k) => k.replace(/^(id|name|testid):/, 'name:'));
  return [...new Set(keys)];
}

/**
 * The decision evidence about healing `old` to `winner`, one of `candidates`.
 * @example
 * const e = evidenceOf(stored.fingerprint, result.best.element, candidates, stored.page, DEFAULT_WEIGHTS);
 * // e.anchor === 1: the winner kept the old element's test id
 */
export function evidenceOf(
  old: Fingerprint,
  winner: Fingerprint,
  candidates: readonly Fingerprint[],
  previous: readonly Fingerprint[] | undefined,
  weights: Weights,
): Evidence {
  const label = labelSimilarity(old, winner);
  const head = keptHead(old, winner) ? 1 : 0;
  const echo = echoed(old, winner, candidates) ? 1 : 0;
  const elsewhere = leadsElsewhere(old, winner) ? 1 : 0;
  if (!previous) return { ...NO_EVIDENCE, label, head, echo, elsewhere };
  const unique = onlyOfKind(old, winner, previous, candidates) ? 1 : 0;
  const mine = anchorKeys(old);
  const theirs = new Set(anchorKeys(winner));
  const others = previous.filter((p) => p.xpath !== old.xpath);
  const anchor = mine.some((k) => theirs.has(k) && !others.some((p) => anchorKeys(p).includes(k))) ? 1 : 0;

  const ctx = pageContext(previous);
  const score = scorer(old, weights, ctx, ctx);
  const winnerOwn = ownWords(winner);
  const winnerContainer = new Set(words(winner.container));
  let contrast = 0;
  // Its twin anywhere, and its twin in another group (the "Yes" of another question): the larger contrast counts.
  for (const apart of [ctx.apart(old), ctx.apart(old, true)]) {
    const kept = keptApart(apart, winnerOwn, winnerContainer);
    if (apart && kept !== undefined) contrast = Math.max(contrast, score(apart.twin).score * (1 - kept));
  }
  return { anchor, contrast, label, unique, head, echo, elsewhere };
}

/**
 * Whether two links lead to different pages: neither path is the other's
 * start and they end differently. A link keeps its destination through a
 * relabel ("Use a backup code" → "Try another way", both /login/backup), or
 * goes one level deeper (/eligibility → /eligibility/quiz); a link that now
 * leads elsewhere is another link in the old one's place.
 */
export function leadsElsewhere(old: Fingerprint, winner: Fingerprint): boolean {
  const a = linkTarget(old.attributes.href);
  const b = linkTarget(winner.attributes.href);
  if (!a || !b || a === b) return false;
  const trim = (p: string) => p.replace(/\/+$/, '');
  const [x, y] = [trim(a), trim(b)];
  if (x.startsWith(`${y}/`) || y.startsWith(`${x}/`)) return false;
  return x.split('/').at(-1) !== y.split('/').at(-1);
}

/** What kind of element this is, as far as a page's one-of-a-kind goes. */
const kindOf = (f: Fingerprint): string => `${f.tag}|${f.role ?? ''}|${f.attributes.type ?? ''}`;

/** Whether both are of one kind and each the only one of it on its page (the old page with the recorded element in it). */
export function onlyOfKind(
  old: Fingerprint,
  winner: Fingerprint,
  previous: readonly Fingerprint[],
  candidates: readonly Fingerprint[],
): boolean {
  const kind = kindOf(old);
  if (kindOf(winner) !== kind) return false;
  const others = previous.filter((p) => p.xpath !== old.xpath && kindOf(p) === kind).length;
  return others === 0 && candidates.filter((c) => kindOf(c) === kind).length === 1;
}

/** Filler that says nothing about which element a label names (bare numbers are skipped as well). */
const EMPTY_WORDS = new Set([
  'me',
  'i',
  'you',
  'it',
  'this',
  'that',
  'is',
  'are',
  'be',
  'all',
  'new',
  'when',
  'if',
  'at',
  'from',
  'our',
  'we',
  'us',
  'up',
  'out',
]);

function meaningfulWords(f: Fingerprint): string[] {
  return words(mainLabel(f)).filter((w) => !EMPTY_WORDS.has(w) && !/^\d+$/.test(w));
}

/** Whether the winner's label still has the recorded label's first meaningful word. */
export function keptHead(old: Fingerprint, winner: Fingerprint): boolean {
  const first = meaningfulWords(old)[0];
  return first !== undefined && meaningfulWords(winner).includes(first);
}

/** Whether a candidate other than the winner says exactly what the recorded element said. */
export function echoed(old: Fingerprint, winner: Fingerprint, candidates: readonly Fingerprint[]): boolean {
  const said = words(mainLabel(old)).join(' ');
  return said !== '' && candidates.some((c) => c !== winner && words(mainLabel(c)).join(' ') === said);
}

function labelSimilarity(old: Fingerprint, winner: Fingerprint): number {
  const own = features(old, old);
  return own.label > 0 ? features(old, winner).label : NO_EVIDENCE.label;
}

/**
 * Whether one element became several alike and the recorded one cannot say
 * which: it had no look-alike on the old page, the winner has one on the new
 * page, and none of the words that tell the winner from it (its own label,
 * its row or card) were the recorded element's. A code field split into six
 * digit boxes is not healed to "Digit 3"; a checkbox that became a
 * "Monthly / Yearly" pair still heals to "Yearly" when it said "annually (save 20%)".
 */
export function becameMany(
  old: Fingerprint,
  winner: Fingerprint,
  previous: readonly Fingerprint[],
  candidates: readonly Fingerprint[],
): boolean {
  if (pageContext(previous).apart(old)) return false;
  const apart = pageContext(candidates).apart(winner);
  const kept = keptApart(apart, ownWords(old), new Set(words(old.container)));
  return kept === 0;
}

/**
 * The names in a label: capitalised words after its first word, and words
 * with an inner capital ("PayPal"), in a label that is not capitalised
 * throughout ("Add To Cart" names nothing).
 * @example namesIn('Pay with Apple Pay') // ['Apple', 'Pay']
 */
export function namesIn(label: string): string[] {
  const raw = label.split(/[^A-Za-z0-9\u00c0-\u024f]+/).filter((w) => w.length > 0);
  if (!raw.some((w) => /^[a-z]/.test(w))) return [];
  return raw.filter((w, i) => (i > 0 && /^[A-Z][a-z]/.test(w)) || /^[A-Z][a-z]+[A-Z]/.test(w));
}

/** What an element is called: its accessible name, else its text. */
export const mainLabel = (f: Fingerprint): string => f.accessibleName ?? f.text;

/**
 * Why the winner names something else, in words; undefined when it does
 * not. Either the recorded element's label named a brand, person, place or
 * product that the winner's label lacks, and the winner's names one the
 * recorded label lacked — or it swapped one thing of a kind for another
 * (siblings.ts: "Send me text updates" → "Email me updates"). Names and
 * kinds are what tell items apart; "Pay with PayPal" that became "Pay with
 * Apple Pay" is another payment method, not the same one relabeled.
 * @example renaming(payPal, applePay) // '"PayPal" became "Apple Pay"'
 */
export function renaming(old: Fingerprint, winner: Fingerprint): string | undefined {
  const oldLabel = mainLabel(old);
  const newLabel = mainLabel(winner);
  const oldWords = new Set(words(oldLabel));
  const newWords = new Set(words(newLabel));
  const oldNames = namesIn(oldLabel);
  const newNames = namesIn(newLabel);
  const lost = oldNames.some((n) => !words(n).every((w) => hasWord(newWords, w)));
  const gained = newNames.some((n) => !words(n).every((w) => hasWord(oldWords, w)));
  if (lost && gained) return `"${oldNames.join(' ')}" became "${newNames.join(' ')}"`;
  const swap = siblingSwap(oldLabel, newLabel);
  return swap ? `"${swap[0]}" became "${swap[1]}", another of the same kind` : undefined;
}
