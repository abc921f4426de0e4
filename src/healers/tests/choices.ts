/**
 * A radio button or checkbox that became an option of a select: a redesign
 * folds a group of choices into a dropdown. The choice then lives on as an
 * option, which the collector does not list (a closed select's options have
 * no boxes of their own); the test must operate the select and pick that
 * option. The pairing of the pages cannot see this — one select takes the
 * place of a whole group, which a one-to-one pairing calls claimed — so it is
 * a rule of its own, asked before the pairing.
 *
 * The option must be the choice's by its value (`value="plated"` kept) or its
 * words ("Plated three courses (£42pp)" → "Plated three courses — £42pp"),
 * and the select the group's by its name or label; two of these three, in
 * one select only. A choice that is still a choice on the new page did not
 * move, and a select that already offered the option on the old page is not
 * where it went.
 */

import { mainLabel } from './evidence.js';
import { wordSimilarity, words } from './features.js';
import type { Fingerprint } from './fingerprint.js';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface MovedChoice {
  /** The select among the candidates. */
  readonly index: number;
  readonly option: SelectOption;
  /** How many of the three signals (value, words, group) agree: 2 or 3. */
  readonly signals: number;
}

/** Below this, an option's words are not the choice's. */
const SAME_WORDS = 0.6;
/** From this, a choice of the new page says what the recorded one said: it did not move. */
const STILL_SAID = 0.8;
/** Values that say nothing of which choice it was. */
const GENERIC_VALUES = new Set(['', 'on', 'off', 'true', 'false', '1', '0', 'yes', 'no']);

/** Whether the element is one choice: a radio button or a checkbox. */
export function isChoice(f: Pick<Fingerprint, 'tag' | 'attributes' | 'role'>): boolean {
  const type = f.attributes.type ?? '';
  return (
    (f.tag === 'input' && (type === 'radio' || type === 'checkbox')) ||
    f.role === 'radio' ||
    f.role === 'checkbox'
  );
}

/**
 * Whether the select is the choice's group: its name shares a word with the
 * choice's (a radio group's name), or every word of its label is in the
 * choice's container (the group's legend).
 */
function sameGroup(choice: Fingerprint, select: Fingerprint): boolean {
  const a = new Set(words(choice.name ?? ''));
  const b = words(select.name ?? '');
  if (a.size > 0 && b.some((w) => a.has(w))) return true;
  const legend = new Set(words(choice.container));
  const label = words(select.accessibleName ?? '');
  return label.length > 0 && label.every((w) => legend.has(w));
}

/** The best option of a select for the choice, with the signals that say so. */
function bestOption(
  choice: Fingerprint,
  select: Fingerprint,
): { option: SelectOption; value: boolean; words: boolean } | undefined {
  const value = choice.attributes.value ?? '';
  const label = mainLabel(choice);
  let best: { option: SelectOption; value: boolean; words: boolean; sim: number } | undefined;
  for (const option of select.options ?? []) {
    const byValue = !GENERIC_VALUES.has(value.toLowerCase()) && option.value === value;
    const sim = label && option.label ? wordSimilarity(label, option.label) : 0;
    const byWords = sim >= SAME_WORDS;
    if (!byValue && !byWords) continue;
    const rank = Number(byValue) + sim;
    if (!best || rank > Number(best.value) + best.sim) best = { option, value: byValue, words: byWords, sim };
  }
  return best && { option: best.option, value: best.value, words: best.words };
}

/** Whether a select of the old page already offered an option like this one. */
function offeredBefore(choice: Fingerprint, previous: readonly Fingerprint[]): boolean {
  return previous.some((p) => p.tag === 'select' && bestOption(choice, p) !== undefined);
}

/** Whether the choice is still a choice on the new page: same words, or same name and value. */
function stillAChoice(choice: Fingerprint, candidates: readonly Fingerprint[]): boolean {
  const label = mainLabel(choice);
  const value = choice.attributes.value;
  return candidates.some(
    (c) =>
      isChoice(c) &&
      ((label !== '' && wordSimilarity(label, mainLabel(c)) >= STILL_SAID) ||
        (value !== undefined && c.attributes.value === value && c.name !== null && c.name === choice.name)),
  );
}

/**
 * The select a recorded choice moved into, with the option to pick; undefined
 * when it did not move into exactly one select.
 * @example choiceInSelect(radio('Plated', 'plated'), [select('Menu package', ['plated'])])?.option.value // 'plated'
 */
export function choiceInSelect(
  old: Fingerprint,
  candidates: readonly Fingerprint[],
  previous?: readonly Fingerprint[],
): MovedChoice | undefined {
  if (!isChoice(old) || stillAChoice(old, candidates)) return undefined;
  if (previous && offeredBefore(old, previous)) return undefined;
  const found: MovedChoice[] = [];
  candidates.forEach((c, index) => {
    if (c.tag !== 'select') return;
    const o = bestOption(old, c);
    if (!o) return;
    const signals = Number(o.value) + Number(o.words) + Number(sameGroup(old, c));
    if (signals >= 2) found.push({ index, option: o.option, signals });
  });
  return found.length === 1 ? found[0] : undefined;
}
