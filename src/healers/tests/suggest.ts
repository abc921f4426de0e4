/**
 * The replacement locator proposed for a healed one: the most robust form
 * that is unique on the current page and still designates the healed
 * element — a test id, then role and accessible name, then label, then the
 * most stable CSS. Every choice is checked against the live page.
 */
import type { Locator, Page } from 'playwright-core';
import type { Fingerprint } from './fingerprint.js';

export type Replacement =
  | { readonly kind: 'testid'; readonly testId: string }
  | { readonly kind: 'role'; readonly role: string; readonly name: string }
  | { readonly kind: 'label'; readonly label: string }
  | { readonly kind: 'css'; readonly selector: string };

// True when the locator's element is the one at xpath (built from source: see collector-source.ts).
const sameElement = new Function(
  'return (el, xp) => el === document.evaluate(xp, document, null, 9, null).singleNodeValue',
)() as (el: unknown, xp: string) => boolean;

/** A TypeScript string literal in single quotes. */
export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * The method call that replaces `.locator('<old>')` in a test, without the receiver.
 * @example replacementCode({ kind: 'role', role: 'button', name: 'Sign in' }) // "getByRole('button', { name: 'Sign in', exact: true })"
 */
export function replacementCode(r: Replacement): string {
  switch (r.kind) {
    case 'testid':
      return `getByTestId(${quote(r.testId)})`;
    case 'role':
      return `getByRole(${quote(r.role)}, { name: ${quote(r.name)}, exact: true })`;
    case 'label':
      return `getByLabel(${quote(r.label)}, { exact: true })`;
    case 'css':
      return `locator(${quote(r.selector)})`;
  }
}

/** The live locator for a replacement. */
export function replacementLocator(page: Page, r: Replacement): Locator {
  switch (r.kind) {
    case 'testid':
      return page.getByTestId(r.testId);
    case 'role':
      // biome-ignore lint/suspicious/noExplicitAny: Playwright types the role as a string union.
      return page.getByRole(r.role as any, { name: r.name, exact: true });
    case 'label':
      return page.getByLabel(r.label, { exact: true });
    case 'css':
      return page.locator(r.selector);
  }
}

const GENERATED = /\d{3,}|[0-9a-f]{8,}|^(ember|react|mui|radix|headlessui)[-_:]/i;
const cssIdent = (s: string): string => s.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
const cssString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Candidate replacements for an element, most robust first (not yet checked). */
export function replacementCandidates(fp: Fingerprint): Replacement[] {
  const out: Replacement[] = [];
  const testId = fp.testIds['data-testid'];
  if (testId) out.push({ kind: 'testid', testId });
  if (fp.role && fp.accessibleName && fp.role !== 'presentation') {
    out.push({ kind: 'role', role: fp.role, name: fp.accessibleName });
  }
  if (['input', 'select', 'textarea'].includes(fp.tag) && fp.accessibleName) {
    out.push({ kind: 'label', label: fp.accessibleName });
  }
  if (fp.id && !GENERATED.test(fp.id)) out.push({ kind: 'css', selector: `#${cssIdent(fp.id)}` });
  for (const [k, v] of Object.entries(fp.testIds))
    out.push({ kind: 'css', selector: `[${k}=${cssString(v)}]` });
  if (fp.name) out.push({ kind: 'css', selector: `${fp.tag}[name=${cssString(fp.name)}]` });
  for (const k of ['aria-label', 'href', 'placeholder', 'title', 'alt']) {
    const v = fp.attributes[k];
    if (v) out.push({ kind: 'css', selector: `${fp.tag}[${k}=${cssString(v)}]` });
  }
  const stable = fp.classes.filter((c) => !GENERATED.test(c));
  if (stable.length) out.push({ kind: 'css', selector: `${fp.tag}.${stable.map(cssIdent).join('.')}` });
  const parent = fp.ancestors[0];
  if (parent?.id && stable.length) {
    out.push({
      kind: 'css',
      selector: `#${cssIdent(parent.id)} ${fp.tag}.${stable.map(cssIdent).join('.')}`,
    });
  }
  return out;
}

/**
 * The first replacement that is unique on the page and resolves to the
 * element at `fp.xpath`; an XPath selector when none is.
 * @example const r = await suggestReplacement(page, healed.element);
 */
export async function suggestReplacement(page: Page, fp: Fingerprint): Promise<Replacement> {
  for (const r of replacementCandidates(fp)) {
    const loc = replacementLocator(page, r);
    try {
      if ((await loc.count()) !== 1) continue;
      if (await loc.evaluate(sameElement, fp.xpath)) return r;
    } catch {
      // An unusual selector the engine rejects is simply not a candidate.
    }
  }
  return { kind: 'css', selector: `xpath=${fp.xpath}` };
}
