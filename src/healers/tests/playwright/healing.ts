/**
 * `healing(page, options)`: a thin wrapper over a playwright-core page whose
 * locators heal themselves. Actions resolve the locator through the healer,
 * act on the element, and report the step's result for verification.
 */
import type { Locator, Page } from 'playwright-core';
import { systemClock } from '../../../core/clock.js';
import { COLLECTIONS, type DocStore, MapDocStore } from '../doc-store.js';
import type { HealEvent } from '../events.js';
import type { HealReporter } from '../reporter.js';
import { giveValue, revealInDetails, selectValue } from './adapt.js';
import { callSite } from './call-site.js';
import { type LocatorSpec, type ResolveContext, type Resolved, resolveWithHealing } from './resolve.js';

export interface HealingOptions {
  /** Where fingerprints, proposals and events are kept; default an in-memory map. */
  readonly store?: DocStore;
  /** Writes heals to the ledger and applies symptom masking; without one, heals are not audited. */
  readonly reporter?: HealReporter;
  /** The test file locators are keyed by; default the caller's file from the stack. */
  readonly testFile?: string;
  readonly threshold?: number;
  /**
   * A locator that fails while its best candidate reaches this confidence
   * (below the heal threshold) files a source fix for review (default 0.2;
   * 1 files none). The step still fails.
   */
  readonly suggestThreshold?: number;
  readonly minMargin?: number;
  /** How long to wait for the written locator before healing (default 2000 ms). */
  readonly waitMs?: number;
  /** Where to save screenshots of healed and failed locators, element outlined. */
  readonly screenshotDir?: string;
  readonly now?: () => number;
}

type RoleName = Parameters<Page['getByRole']>[0];

/**
 * A page whose locators heal.
 * @example
 * const h = healing(page, { store, reporter });
 * await h.locator('#login-btn').click();
 * await h.finish(true); // the test passed: verifies the heals
 */
export class HealingPage {
  readonly page: Page;
  readonly events: HealEvent[] = [];
  readonly #ctx: ResolveContext;
  readonly #options: HealingOptions;
  readonly #heals = new Set<string>();
  #seq = 0;

  constructor(page: Page, options: HealingOptions = {}) {
    this.page = page;
    this.#options = options;
    const store = options.store ?? new MapDocStore();
    const now = options.now ?? (() => systemClock.now());
    this.#ctx = {
      page,
      store,
      reporter: options.reporter,
      threshold: options.threshold,
      suggestThreshold: options.suggestThreshold,
      minMargin: options.minMargin,
      waitMs: options.waitMs ?? 2000,
      screenshotDir: options.screenshotDir,
      now,
      onEvent: (e) => {
        this.events.push(e);
        void store
          .putDoc(COLLECTIONS.events, `${e.at}-${String(this.#seq++).padStart(4, '0')}`, e)
          .catch(() => {});
      },
    };
  }

  /** A healing locator for a CSS, text or XPath selector. */
  locator(selector: string): HealingLocator {
    return this.#make(selector, (p) => p.locator(selector));
  }

  getByRole(role: RoleName, options: { name?: string; exact?: boolean } = {}): HealingLocator {
    const sel = `role=${role}${options.name !== undefined ? `[name=${JSON.stringify(options.name)}]` : ''}`;
    return this.#make(sel, (p) => p.getByRole(role, options));
  }

  getByTestId(testId: string): HealingLocator {
    return this.#make(testId, (p) => p.getByTestId(testId));
  }

  getByLabel(text: string, options: { exact?: boolean } = {}): HealingLocator {
    return this.#make(text, (p) => p.getByLabel(text, options));
  }

  /** Reports the test's result for every heal made through this page (the verification). */
  async finish(passed: boolean, detail = passed ? 'test passed' : 'test failed'): Promise<void> {
    const reporter = this.#options.reporter;
    if (!reporter) return;
    for (const id of this.#heals) await reporter.reportVerified(id, { stage: 'test', passed, detail });
    this.#heals.clear();
  }

  #make(selector: string, make: (p: Page) => Locator): HealingLocator {
    const site = this.#options.testFile
      ? { file: this.#options.testFile, line: callSite().line }
      : callSite();
    const spec: LocatorSpec = { selector, testFile: site.file, line: site.line, make };
    return new HealingLocator(this, spec);
  }

  /** @internal */
  async resolve(spec: LocatorSpec): Promise<Resolved> {
    const r = await resolveWithHealing(this.#ctx, spec);
    if (r.healId) this.#heals.add(r.healId);
    return r;
  }

  /** @internal */
  async verifyStep(r: Resolved, passed: boolean, detail: string): Promise<void> {
    if (r.healId && this.#options.reporter) {
      await this.#options.reporter.reportVerified(r.healId, { stage: 'step', passed, detail });
      if (!passed) this.#heals.delete(r.healId);
    }
  }
}

/** The calls that operate the element, as a person would (the others read it). */
const ACTIONS = new Set(['click', 'dblclick', 'fill', 'press', 'check', 'uncheck', 'hover', 'selectOption']);

/** A locator that heals when it no longer resolves to exactly one element. */
export class HealingLocator {
  readonly #owner: HealingPage;
  readonly spec: LocatorSpec;

  constructor(owner: HealingPage, spec: LocatorSpec) {
    this.#owner = owner;
    this.spec = spec;
  }

  /** The Playwright locator to use now: the written one, or the healed element. */
  async resolve(): Promise<Locator> {
    return (await this.#owner.resolve(this.spec)).locator;
  }

  /** Clicks the element; a radio button or checkbox healed to the select it became an option of gets that option picked. */
  click(options?: Parameters<Locator['click']>[0]): Promise<void> {
    return this.#act('click', (l, healed) =>
      healed?.option !== undefined ? giveValue(l, healed.option, 'select') : l.click(options),
    );
  }
  dblclick(options?: Parameters<Locator['dblclick']>[0]): Promise<void> {
    return this.#act('dblclick', (l) => l.dblclick(options));
  }
  /** Fills the field; a healed field that became a select or a group of radio buttons gets the option so labelled. */
  fill(value: string, options?: Parameters<Locator['fill']>[1]): Promise<void> {
    return this.#act('fill', (l, healed) =>
      healed ? giveValue(l, value, healed.field, options) : l.fill(value, options),
    );
  }
  press(key: string, options?: Parameters<Locator['press']>[1]): Promise<void> {
    return this.#act('press', (l) => l.press(key, options));
  }
  /** Checks the element; a radio button or checkbox healed to the select it became an option of gets that option picked. */
  check(options?: Parameters<Locator['check']>[0]): Promise<void> {
    return this.#act('check', (l, healed) =>
      healed?.option !== undefined ? giveValue(l, healed.option, 'select') : l.check(options),
    );
  }
  uncheck(options?: Parameters<Locator['uncheck']>[0]): Promise<void> {
    return this.#act('uncheck', (l) => l.uncheck(options));
  }
  hover(options?: Parameters<Locator['hover']>[0]): Promise<void> {
    return this.#act('hover', (l) => l.hover(options));
  }
  /** Selects the option; a healed select that became a text box is filled, a group of radio buttons checked. */
  selectOption(values: string | string[]): Promise<string[]> {
    return this.#act('selectOption', (l, healed) =>
      healed ? selectValue(l, values, healed.field) : l.selectOption(values),
    );
  }
  textContent(): Promise<string | null> {
    return this.#act('textContent', (l) => l.textContent());
  }
  innerText(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: mirrors Playwright's Locator.innerText on purpose.
    return this.#act('innerText', (l) => l.innerText());
  }
  inputValue(): Promise<string> {
    return this.#act('inputValue', (l) => l.inputValue());
  }
  getAttribute(name: string): Promise<string | null> {
    return this.#act('getAttribute', (l) => l.getAttribute(name));
  }
  isVisible(): Promise<boolean> {
    return this.#act('isVisible', (l) => l.isVisible());
  }
  /** Whether the element is checked; for a choice healed to a select, whether its option is the one picked. */
  isChecked(): Promise<boolean> {
    return this.#act('isChecked', async (l, healed) =>
      healed?.option !== undefined ? (await l.inputValue()) === healed.option : l.isChecked(),
    );
  }

  async #act<T>(name: string, fn: (l: Locator, healed: Resolved['healed']) => Promise<T>): Promise<T> {
    const r = await this.#owner.resolve(this.spec);
    try {
      // Only to act on it: reading a healed element (its text, whether it is visible) leaves the page as it is.
      if (r.healed && ACTIONS.has(name)) await revealInDetails(r.locator);
      const out = await fn(r.locator, r.healed);
      await this.#owner.verifyStep(r, true, `${name} on the healed element passed`);
      return out;
    } catch (err) {
      await this.#owner.verifyStep(r, false, `${name} on the healed element failed: ${String(err)}`);
      throw err;
    }
  }
}

/**
 * Wraps a playwright-core page so that its locators heal.
 * @example const h = healing(page, { store, testFile: 'tests/login.spec.ts' }); await h.locator('#email').fill('a@b.c');
 */
export function healing(page: Page, options: HealingOptions = {}): HealingPage {
  return new HealingPage(page, options);
}
