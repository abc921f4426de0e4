/**
 * Runs the corpus in real Chromium and records, for every target, what the
 * matcher needs: the v1 fingerprint, the visible candidates of v2, and which
 * candidate is the intended element (none when the target was deleted).
 * Targets whose locator still resolves on v2 are not broken and are skipped.
 */
import type { Browser, Page } from 'playwright-core';
import { collectCandidates, fingerprintOf } from '../../src/healers/tests/collector.js';
import type { Fingerprint } from '../../src/healers/tests/fingerprint.js';
import { UNLISTED } from '../../src/healers/tests/learn.js';
import type { PagePair, Split } from './corpus/index.js';

/** One broken locator, ready for the matcher. */
export interface Case {
  readonly pair: string;
  /** Position of the pair in the list it was recorded from (the folds of cross-validation). */
  readonly pairIndex: number;
  readonly split: Split;
  readonly selector: string;
  readonly change: string;
  readonly old: Fingerprint;
  readonly candidates: readonly Fingerprint[];
  /** The visible elements of v1 (the snapshot kept with the fingerprint). */
  readonly previous: readonly Fingerprint[];
  /** Index of the intended element among the candidates; null when deleted; `UNLISTED` when not a candidate. */
  readonly target: number | null;
}

export interface Recording {
  readonly cases: Case[];
  /** Targets whose locator still resolved on v2 (controls). */
  readonly notBroken: number;
}

async function only(page: Page, selector: string, version: 'v1' | 'v2'): Promise<Fingerprint> {
  const loc = page.locator(selector);
  const n = await loc.count();
  if (n !== 1) throw new Error(`${version}: '${selector}' matches ${n} elements, expected 1`);
  return fingerprintOf(loc);
}

/** Records every target of the given pairs; `onPair` reports progress. */
export async function recordCorpus(
  browser: Browser,
  pairs: readonly PagePair[],
  onPair: (done: number, total: number) => void = () => {},
  split: Split = 'dev',
): Promise<Recording> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cases: Case[] = [];
  let notBroken = 0;
  try {
    for (const [i, pair] of pairs.entries()) {
      let recorded: Recording;
      try {
        recorded = await recordPair(page, pair, i, split);
      } catch (err) {
        throw new Error(`corpus ${pair.name}: ${err instanceof Error ? err.message : String(err)}`, {
          cause: err,
        });
      }
      cases.push(...recorded.cases);
      notBroken += recorded.notBroken;
      onPair(i + 1, pairs.length);
    }
  } finally {
    await page.close();
  }
  return { cases, notBroken };
}

/** Records one pair's broken targets; its errors say where, `recordCorpus` says which pair. */
async function recordPair(page: Page, pair: PagePair, i: number, split: Split): Promise<Recording> {
  const cases: Case[] = [];
  let notBroken = 0;
  await page.setContent(pair.v1);
  const olds: Fingerprint[] = [];
  for (const t of pair.targets) olds.push(await only(page, t.selector, 'v1'));
  const previous = await collectCandidates(page);
  await page.setContent(pair.v2);
  const candidates = await collectCandidates(page);
  for (const [k, t] of pair.targets.entries()) {
    const still = await page.locator(t.selector).count();
    if (still === 1) {
      if (t.expect === null) throw new Error(`deleted target '${t.selector}' still exists`);
      notBroken++;
      continue;
    }
    let target: number | null = null;
    if (t.expect !== null) {
      // An option of a select is operated through its select, which is what the collector lists.
      const named = await only(page, t.expect, 'v2');
      const want =
        named.tag === 'option'
          ? await only(page, `${t.expect} >> xpath=ancestor::select[1]`, 'v2').catch(() => named)
          : named;
      // Not listed (a table row without text of its own, say): the matcher's miss, not the corpus's.
      target = candidates.findIndex((c) => c.xpath === want.xpath);
      if (target < 0) target = UNLISTED;
    }
    const old = olds[k];
    if (!old) continue;
    cases.push({
      pair: pair.name,
      pairIndex: i,
      split,
      selector: t.selector,
      change: t.change,
      old,
      candidates,
      previous,
      target,
    });
  }
  return { cases, notBroken };
}
