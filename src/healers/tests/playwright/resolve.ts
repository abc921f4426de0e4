/**
 * Resolution with healing: a locator that resolves to exactly one element
 * records its fingerprint; one that resolves to none or to several is
 * healed from the stored fingerprint when the matcher is confident and the
 * reporter allows it, and otherwise fails with the best candidates.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { HomeostatError } from '../../../core/errors.js';
import { collectCandidates, fingerprintOf, markElement } from '../collector.js';
import { COLLECTIONS, type DocStore, keyId } from '../doc-store.js';
import type { HealEvent } from '../events.js';
import { explainConfidence } from '../explain.js';
import {
  describeElement,
  type Fingerprint,
  type LocatorRecord,
  locatorRecordSchema,
  takesInput,
  type ValueField,
  valueFieldOf,
} from '../fingerprint.js';
import { type MatchResult, match, type ScoredCandidate, suggestsReview } from '../matcher.js';
import { getProposal, type Proposal, upsertProposal } from '../proposals.js';
import type { HealReporter } from '../reporter.js';
import { type Replacement, replacementCode, suggestReplacement } from '../suggest.js';

/** A failed locator that could not be healed; the message lists the best candidates. */
export class LocatorHealError extends HomeostatError {
  readonly event: HealEvent;
  constructor(message: string, event: HealEvent) {
    super('HST_NOT_FOUND', message, { key: event.key, outcome: event.outcome });
    this.name = 'LocatorHealError';
    this.event = event;
  }
}

export interface ResolveContext {
  readonly page: Page;
  readonly store: DocStore;
  readonly reporter: HealReporter | undefined;
  readonly threshold: number | undefined;
  /** A failure whose best candidate reaches this confidence files a proposal for review (default DEFAULT_SUGGEST_THRESHOLD). */
  readonly suggestThreshold: number | undefined;
  readonly minMargin: number | undefined;
  readonly waitMs: number;
  readonly screenshotDir: string | undefined;
  readonly now: () => number;
  readonly onEvent: (e: HealEvent) => void;
}

export interface LocatorSpec {
  /** The selector text as written in the test (the store key and the patch anchor). */
  readonly selector: string;
  readonly testFile: string;
  readonly line: number | null;
  make(page: Page): Locator;
}

export interface Resolved {
  readonly locator: Locator;
  /**
   * Set when the locator was healed (audited or not): how the healed element
   * takes a value, when it is a field, and the value of the option to pick
   * when a radio button or checkbox became an option of the healed select.
   */
  readonly healed?: { readonly field?: ValueField; readonly option?: string };
  /** Set when the locator was healed and a reporter audits it: the reporter's id for verification. */
  readonly healId?: string;
}

const same = (a: Fingerprint, b: Fingerprint): boolean =>
  a.xpath === b.xpath && a.text === b.text && a.id === b.id && a.accessibleName === b.accessibleName;

/** Resolves a locator, healing it when it fails. */
export async function resolveWithHealing(ctx: ResolveContext, spec: LocatorSpec): Promise<Resolved> {
  const key = `${spec.testFile}::${spec.selector}`;
  const loc = spec.make(ctx.page);
  let n = await loc.count();
  if (n === 0 && ctx.waitMs > 0) {
    await loc
      .first()
      .waitFor({ state: 'attached', timeout: ctx.waitMs })
      .catch(() => undefined);
    n = await loc.count();
  }
  if (n === 1) {
    await record(ctx, spec, key, loc);
    return { locator: loc };
  }
  return heal(ctx, spec, key, n === 0 ? 'no-match' : 'ambiguous', n);
}

async function record(ctx: ResolveContext, spec: LocatorSpec, key: string, loc: Locator): Promise<void> {
  const fingerprint = await fingerprintOf(loc);
  const prev = await loadRecord(ctx.store, key);
  // The page snapshot is the expensive part: take it when the element is new or changed.
  const page =
    prev?.page && same(prev.fingerprint, fingerprint) ? prev.page : await collectCandidates(ctx.page);
  const rec: LocatorRecord = {
    key,
    testFile: spec.testFile,
    line: spec.line,
    selector: spec.selector,
    url: ctx.page.url(),
    recordedAt: ctx.now(),
    fingerprint,
    page,
  };
  await ctx.store.putDoc(COLLECTIONS.locators, key, rec);
}

async function loadRecord(store: DocStore, key: string): Promise<LocatorRecord | undefined> {
  const raw = await store.getDoc(COLLECTIONS.locators, key);
  if (raw === undefined) return undefined;
  const parsed = locatorRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

async function heal(
  ctx: ResolveContext,
  spec: LocatorSpec,
  key: string,
  failure: 'no-match' | 'ambiguous',
  count: number,
): Promise<Resolved> {
  const what = failure === 'no-match' ? 'matches no element' : `matches ${count} elements`;
  const base = {
    at: ctx.now(),
    key,
    testFile: spec.testFile,
    line: spec.line,
    selector: spec.selector,
    url: ctx.page.url(),
    failure,
  };
  const rec = await loadRecord(ctx.store, key);
  if (!rec) {
    const event: HealEvent = {
      ...base,
      outcome: 'failed',
      reason: 'no fingerprint recorded',
      candidates: [],
    };
    ctx.onEvent(event);
    throw new LocatorHealError(
      `locator ${spec.selector} ${what} (${where(spec)}); no fingerprint was recorded for it, so it cannot be healed`,
      event,
    );
  }
  const candidates = await collectCandidates(ctx.page);
  const result = match(rec.fingerprint, candidates, {
    ...(ctx.threshold !== undefined ? { threshold: ctx.threshold } : {}),
    ...(ctx.minMargin !== undefined ? { minMargin: ctx.minMargin } : {}),
    ...(rec.page ? { previous: rec.page } : {}),
  });
  const listed = result.top.map((c) => ({ element: describeElement(c.element), score: round(c.score) }));
  const chosen = result.best
    ? {
        element: describeElement(result.best.element),
        xpath: result.best.element.xpath,
        score: round(result.best.score),
        margin: round(result.margin),
        confidence: round(result.confidence),
      }
    : undefined;
  if (result.decision !== 'heal' || !result.best) {
    const outcome = result.reason === 'ambiguous' ? 'ambiguous' : 'failed';
    const suggestion = await suggest(ctx, spec, key, result);
    const shot = await screenshot(ctx, key, result.best?.element.xpath, '#f59e0b');
    const event: HealEvent = {
      ...base,
      outcome,
      reason: reasonText(result),
      candidates: listed,
      ...(chosen ? { chosen } : {}),
      ...(suggestion ? { replacement: suggestion.code, proposalId: suggestion.id } : {}),
      ...(shot ? { screenshot: shot } : {}),
    };
    ctx.onEvent(event);
    const review = suggestion
      ? `\nProposed for review, not used at run time: ${suggestion.code} (approve it with homeostat tests heal --approve ${suggestion.id})`
      : '';
    throw new LocatorHealError(failMessage(spec, what, result) + review, event);
  }
  const best = result.best;
  const replacement = await suggestReplacement(ctx.page, best.element);
  const prevProposal = await getProposal(ctx.store, keyId(key));
  let healId: string | undefined;
  if (ctx.reporter) {
    const verdict = await ctx.reporter.reportHeal({
      key,
      testFile: spec.testFile,
      line: spec.line,
      selector: spec.selector,
      url: ctx.page.url(),
      failure,
      chosen: best.element,
      score: best.score,
      margin: result.margin,
      confidence: result.confidence,
      evidence: best.parts,
      why: explainConfidence(result),
      runnersUp: listed.slice(1),
      patchApplied: prevProposal?.state === 'applied',
    });
    if (!verdict.allowed) {
      const event: HealEvent = {
        ...base,
        outcome: 'failed',
        reason: verdict.reason,
        candidates: listed,
        ...(chosen ? { chosen } : {}),
      };
      ctx.onEvent(event);
      throw new LocatorHealError(
        `locator ${spec.selector} ${what} (${where(spec)}); healing refused: ${verdict.reason}`,
        event,
      );
    }
    healId = verdict.healId;
  }
  const proposal = await fileProposal(ctx, spec, key, best, result, replacement, 'healed');
  const shot = await screenshot(ctx, key, best.element.xpath, '#16a34a');
  ctx.onEvent({
    ...base,
    outcome: 'healed',
    reason: reasonText(result),
    candidates: listed,
    ...(chosen ? { chosen } : {}),
    replacement: replacementCode(replacement),
    proposalId: proposal.id,
    ...(shot ? { screenshot: shot } : {}),
  });
  const locator = ctx.page.locator(`xpath=${best.element.xpath}`);
  return { locator, healed: takesWhat(best, result), ...(healId ? { healId } : {}) };
}

/** How the healed element takes what the test gives it: its kind of field, and the option a recorded choice became. */
function takesWhat(best: ScoredCandidate, result: MatchResult): NonNullable<Resolved['healed']> {
  const field = valueFieldOf(best.element);
  return { ...(field ? { field } : {}), ...(result.option ? { option: result.option.value } : {}) };
}

/**
 * Locators of the summaries of the closed `<details>` around an element,
 * outermost first: what the patched test must click open before using it.
 */
async function closedMenusAround(page: Page, element: Fingerprint): Promise<string[]> {
  const summaries = page
    .locator(`xpath=${element.xpath}`)
    .locator('xpath=ancestor::details[not(@open)]/summary');
  const codes: string[] = [];
  const n = await summaries.count();
  for (let i = 0; i < n; i++) {
    const fp = await fingerprintOf(summaries.nth(i));
    const said = (fp.accessibleName ?? fp.text).trim();
    // A summary has no role Playwright's getByRole knows; its words name it.
    const byText: Replacement = { kind: 'css', selector: `summary:has-text(${JSON.stringify(said)})` };
    const unique = said !== '' && (await page.locator(byText.selector).count()) === 1;
    codes.push(replacementCode(unique ? byText : await suggestReplacement(page, fp)));
  }
  return codes;
}

/** Files (or refreshes) the source-patch proposal for a locator. */
async function fileProposal(
  ctx: ResolveContext,
  spec: LocatorSpec,
  key: string,
  best: ScoredCandidate,
  result: MatchResult,
  replacement: Replacement,
  origin: Proposal['origin'],
): Promise<Proposal> {
  const opens = await closedMenusAround(ctx.page, best.element);
  return upsertProposal(
    ctx.store,
    {
      key,
      testFile: spec.testFile,
      line: spec.line,
      selector: spec.selector,
      replacement,
      element: describeElement(best.element),
      ...takesWhat(best, result),
      ...(opens.length > 0 ? { opens } : {}),
      score: best.score,
      confidence: result.confidence,
      why: explainConfidence(result),
      origin,
    },
    ctx.now(),
  );
}

/** Files the best candidate of a failure as a proposal for review when `suggestsReview` says it is worth one. */
async function suggest(
  ctx: ResolveContext,
  spec: LocatorSpec,
  key: string,
  result: MatchResult,
): Promise<Proposal | undefined> {
  const best = result.best;
  if (!best || !suggestsReview(result, ctx.suggestThreshold)) return undefined;
  const replacement = await suggestReplacement(ctx.page, best.element);
  return fileProposal(ctx, spec, key, best, result, replacement, 'suggested');
}

function where(spec: LocatorSpec): string {
  return spec.line === null ? spec.testFile : `${spec.testFile}:${spec.line}`;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The evidence behind a confidence, as a parenthesis for a message. */
function why(r: MatchResult): string {
  const reasons = explainConfidence(r);
  return reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
}

function reasonText(r: MatchResult): string {
  switch (r.reason) {
    case 'confident':
      return `confidence ${r.confidence.toFixed(3)} ≥ ${r.threshold}, margin ${r.margin.toFixed(3)} over the runner-up${why(r)}`;
    case 'ambiguous':
      return `ambiguous: the best two candidates score within ${r.margin.toFixed(3)} of each other`;
    case 'below-threshold':
      return `confidence ${r.confidence.toFixed(3)} is below the threshold ${r.threshold}${why(r)}`;
    case 'claimed':
      return 'every close candidate matches another element of the recorded page better (the target looks deleted)';
    case 'incompatible':
      return r.best && takesInput(r.best.element)
        ? 'the best candidate takes typed input and the recorded element did not'
        : 'the recorded element took typed input and the best candidate does not';
    case 'renamed':
      return `the best candidate is another element: ${r.detail ?? 'it names something the recorded label did not'}`;
    case 'no-candidates':
      return 'the page has no visible candidate elements';
  }
}

function failMessage(spec: LocatorSpec, what: string, r: MatchResult): string {
  const lines = r.top.map(
    (c, i) =>
      `  ${i + 1}. ${describeElement(c.element)}  score ${c.score.toFixed(3)}  (xpath=${c.element.xpath})`,
  );
  return [
    `locator ${spec.selector} ${what} (${where(spec)}); not healed: ${reasonText(r)}.`,
    'Best candidates:',
    ...lines,
  ].join('\n');
}

async function screenshot(
  ctx: ResolveContext,
  key: string,
  xpath: string | undefined,
  color: string,
): Promise<string | undefined> {
  if (!ctx.screenshotDir) return undefined;
  try {
    mkdirSync(ctx.screenshotDir, { recursive: true });
    if (xpath) await markElement(ctx.page, xpath, color);
    const file = join(ctx.screenshotDir, `${keyId(key)}-${ctx.now()}.png`);
    await ctx.page.screenshot({ path: file });
    return file;
  } catch {
    // A screenshot is a courtesy for the report; its failure must not fail the step.
    return undefined;
  }
}
