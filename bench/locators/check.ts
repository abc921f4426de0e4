/**
 * Checks a corpus file the way the recorder will use it, without the matcher,
 * so that a corpus writer — who must not run the benchmark on a sealed set —
 * can find its mistakes: every locator unique on the old page, every intended
 * element unique on the new one, and no target's locator resolving to one
 * element of the new page (a locator that still resolves is not broken, and
 * the recorder skips it as a control — silently, so a set would shrink; one
 * that matches several is broken, as Playwright's strict mode refuses it —
 * record.ts applies the same rule).
 *
 *   npx tsx bench/locators/check.ts FILE EXPORT [--quiet]
 *
 * `--quiet` prints counts only, for sealed files whose content must not be shown.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../src/healers/tests/browser.js';
import type { PagePair } from './corpus/page.js';

export interface CorpusReport {
  readonly pairs: number;
  readonly targets: number;
  readonly deleted: number;
  /** One line per problem, naming the pair and the locator. */
  readonly problems: string[];
}

/** How many elements the selector matches, or why it is not a selector. */
async function matches(page: Page, selector: string): Promise<number | string> {
  try {
    return await page.locator(selector).count();
  } catch (err) {
    return `is not a valid selector (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
  }
}

/** The problem with a locator that must match one element, or undefined. */
function notOne(where: string, what: string, selector: string, n: number | string): string | undefined {
  if (n === 1) return undefined;
  return typeof n === 'string'
    ? `${where}: ${what} '${selector}' ${n}`
    : `${where}: ${what} '${selector}' matches ${n} elements, expected 1`;
}

/** Every problem the recorder would stop on, or silently mis-record, in these pairs. */
export async function checkPairs(page: Page, pairs: readonly PagePair[]): Promise<CorpusReport> {
  const problems: string[] = [];
  const seen = new Set<string>();
  let targets = 0;
  let deleted = 0;
  for (const pair of pairs) {
    if (seen.has(pair.name)) problems.push(`${pair.name}: the name is used twice`);
    seen.add(pair.name);
    if (pair.v1 === pair.v2) problems.push(`${pair.name}: v2 is v1 unchanged`);
    const add = (problem: string | undefined) => {
      if (problem) problems.push(problem);
    };
    await page.setContent(pair.v1);
    for (const t of pair.targets)
      add(notOne(`${pair.name} v1`, 'locator', t.selector, await matches(page, t.selector)));
    await page.setContent(pair.v2);
    for (const t of pair.targets) {
      targets++;
      if (t.expect !== null) {
        add(notOne(`${pair.name} v2`, 'intended element', t.expect, await matches(page, t.expect)));
        if ((await matches(page, t.selector)) === 1)
          problems.push(
            `${pair.name} v2: locator '${t.selector}' still resolves (not broken: the benchmark skips it as an unbroken control)`,
          );
        continue;
      }
      deleted++;
      if ((await matches(page, t.selector)) === 1)
        problems.push(
          `${pair.name} v2: deleted target '${t.selector}' still resolves (a locator that resolves is not broken)`,
        );
    }
  }
  return { pairs: pairs.length, targets, deleted, problems };
}

async function main(argv: readonly string[]): Promise<number> {
  const [file, exportName] = argv.filter((a) => !a.startsWith('--'));
  if (!file || !exportName) {
    console.error('usage: npx tsx bench/locators/check.ts FILE EXPORT [--quiet]');
    return 2;
  }
  const pairs: unknown = (await import(pathToFileURL(resolve(file)).href))[exportName];
  if (!Array.isArray(pairs)) {
    console.error(`${file} exports no array named ${exportName}`);
    return 2;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const report = await checkPairs(page, pairs as PagePair[]);
    if (!argv.includes('--quiet')) for (const p of report.problems) console.log(p);
    console.log(
      `${report.pairs} pairs, ${report.targets} targets (${report.deleted} deleted), ${report.problems.length} problems`,
    );
    return report.problems.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = await main(process.argv.slice(2));
