/**
 * A healed field may be of another kind than the one the test was written
 * for: a select that became a text box with suggestions, or a group of
 * radio buttons; a text box that became a select; a radio button that became
 * an option of a select. The matcher heals across
 * these (`givesValue`), so the wrapper gives the field its value the way its
 * new kind takes it (`valueFieldOf` of the healed element's fingerprint),
 * instead of failing the step on an action the element cannot take.
 */
import type { Locator } from 'playwright-core';
import type { ValueField } from '../fingerprint.js';

// The shapes read in the page (the project compiles without the DOM library).
interface PageOption {
  readonly value: string;
  readonly label: string;
}
interface PageRadio {
  readonly value: string;
  readonly labels: ArrayLike<{ readonly textContent: string | null }> | null;
  getAttribute(name: string): string | null;
}

/** Picks, in a select, the option whose label or value is `value`. */
async function pick(select: Locator, value: string): Promise<void> {
  const values = await select.evaluate(
    (el, v) =>
      Array.from((el as unknown as { options: ArrayLike<PageOption> }).options)
        .filter((o) => o.value === v || o.label.trim().toLowerCase() === v.trim().toLowerCase())
        .map((o) => o.value),
    value,
  );
  const chosen = values[0];
  if (chosen === undefined) throw new Error(`the healed select has no option labelled or valued '${value}'`);
  await select.selectOption(chosen);
}

/** Checks, in a group of radio buttons, the one whose label or value is `value`. */
async function choose(group: Locator, value: string): Promise<void> {
  const index = await group.evaluate((el, v) => {
    const want = v.trim().toLowerCase();
    const radios = Array.from(el.querySelectorAll('input[type="radio"]') as unknown as ArrayLike<PageRadio>);
    const said = (r: PageRadio) =>
      (r.labels?.[0]?.textContent ?? r.getAttribute('aria-label') ?? '').trim().toLowerCase();
    return radios.findIndex((r) => r.value === v || said(r) === want);
  }, value);
  if (index < 0) throw new Error(`the healed group of radio buttons has none labelled or valued '${value}'`);
  await group.locator('input[type="radio"]').nth(index).check();
}

/** `fill(value)` on a healed field of the given kind (`valueFieldOf` of its fingerprint). */
export async function giveValue(
  l: Locator,
  value: string,
  field: ValueField | undefined,
  options?: Parameters<Locator['fill']>[1],
): Promise<void> {
  if (field === 'select') return pick(l, value);
  if (field === 'radios') return choose(l, value);
  return l.fill(value, options);
}

/** `selectOption(values)` on a healed field of the given kind; returns the values chosen. */
export async function selectValue(
  l: Locator,
  values: string | string[],
  field: ValueField | undefined,
): Promise<string[]> {
  const [one, ...more] = typeof values === 'string' ? [values] : values;
  // Several values, or no field of another kind: what the test wrote.
  if (one === undefined || more.length > 0 || field === undefined || field === 'select')
    return l.selectOption(values);
  if (field === 'radios') await choose(l, one);
  else await l.fill(one);
  return [one];
}

/**
 * Opens the closed `<details>` around a healed element — a menu or a
 * collapsed section the redesign moved it into — by clicking their
 * summaries, outermost first, as a person would before using it. Elements
 * in a closed `<details>` are found by the matcher (they keep their text)
 * but cannot be acted on until it opens.
 */
export async function revealInDetails(l: Locator, depth = 3): Promise<void> {
  for (let i = 0; i < depth; i++) {
    const summary = l.locator('xpath=ancestor::details[not(@open)][last()]/summary');
    if ((await summary.count()) === 0) return;
    await summary.first().click();
  }
}
