/**
 * Node-side entry to the page collector: fingerprints the element a locator
 * resolved to, lists the visible candidate elements of a page, and outlines
 * an element before a screenshot. Everything the page returns is validated.
 */
import type { Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { COLLECTOR_SOURCE } from './collector-source.js';
import { type Fingerprint, fingerprintSchema } from './fingerprint.js';

type CollectorArg = { mode: 'one' } | { mode: 'all' } | { mode: 'mark'; xpath: string; color?: string };
type PageFn = (root: unknown, arg: CollectorArg) => unknown;

// Built once from source text so that its toString() is exactly that text.
const collector = new Function(`return ${COLLECTOR_SOURCE}`)() as PageFn;
const onPage = new Function(`return (arg) => (${COLLECTOR_SOURCE})(null, arg)`)() as (
  arg: CollectorArg,
) => unknown;

/**
 * Fingerprints the single element a locator resolves to.
 * @example const fp = await fingerprintOf(page.locator('#login'));
 */
export async function fingerprintOf(locator: Locator): Promise<Fingerprint> {
  const raw = await locator.evaluate(collector, { mode: 'one' } as CollectorArg);
  const parsed = fingerprintSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`the page gave a malformed fingerprint for ${locator}: ${whatsWrong(parsed.error)}`);
  return parsed.data;
}

/**
 * Every visible candidate element of the page's main frame, with the same fields as a fingerprint.
 * @example const candidates = await collectCandidates(page);
 */
export async function collectCandidates(page: Page): Promise<Fingerprint[]> {
  const raw = z.array(z.unknown()).parse(await page.evaluate(onPage, { mode: 'all' } as CollectorArg));
  // One element the collector could not read must not cost the others: it is left out, not the page,
  // and said so, since a left-out element cannot be healed to.
  const out: Fingerprint[] = [];
  const problems: string[] = [];
  for (const one of raw) {
    const parsed = fingerprintSchema.safeParse(one);
    if (parsed.success) out.push(parsed.data);
    else problems.push(whatsWrong(parsed.error));
  }
  if (problems.length > 0)
    process.emitWarning(
      `homeostat: ${problems.length} element${problems.length === 1 ? '' : 's'} of the page could not be read and ${problems.length === 1 ? 'was' : 'were'} left out of the candidates (first: ${problems[0]})`,
    );
  return out;
}

function whatsWrong(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'fingerprint'}: ${i.message}`).join('; ');
}

/** Outlines the element at `xpath` (for a screenshot); false when it is gone. */
export async function markElement(page: Page, xpath: string, color?: string): Promise<boolean> {
  const arg: CollectorArg = color ? { mode: 'mark', xpath, color } : { mode: 'mark', xpath };
  return (await page.evaluate(onPage, arg)) === true;
}
