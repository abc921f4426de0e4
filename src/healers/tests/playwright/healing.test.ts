import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../core/clock.js';
import { Ledger } from '../../../ledger/index.js';
import { MemoryStore } from '../../../store/index.js';
import { launchChromium } from '../browser.js';
import { COLLECTIONS } from '../doc-store.js';
import { applyProposal, decideProposal, listProposals, planProposal } from '../proposals.js';
import { LedgerHealReporter } from '../reporter.js';
import { healing } from './healing.js';
import { LocatorHealError } from './resolve.js';

const V1 = `<main><h1>Sign in</h1><form>
<label for="email">Email</label><input id="email" name="email">
<label for="pw">Password</label><input id="pw" type="password" name="password">
<button id="login-btn" class="btn">Log in</button>
<a href="/forgot" id="forgot">Forgot password?</a></form>
<ul><li><button class="rm">Remove</button> Apples</li><li><button class="rm">Remove</button> Pears</li></ul></main>`;

const V2 = `<main><h1>Sign in</h1><form class="auth">
<label for="user-email">Email</label><input id="user-email" name="email">
<label for="user-pw">Password</label><input id="user-pw" type="password" name="password">
<button class="button primary" data-testid="signin">Sign in</button>
</form>
<ul><li><button class="rm">Remove</button> Apples</li><li><button class="rm">Remove</button> Pears</li></ul></main>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function setup() {
  const store = new MemoryStore();
  await store.init();
  const clock = new ManualClock(1_700_000_000_000);
  const ledger = new Ledger(store, clock);
  const reporter = new LedgerHealReporter({
    store,
    audit: ledger,
    clock,
    masking: { repeats: 2, windowMs: 3600_000 },
  });
  const opts = { store, reporter, testFile: 'tests/login.spec.ts', waitMs: 0, now: () => clock.now() };
  return { store, ledger, reporter, opts, clock };
}

describe('healing locators in real Chromium', () => {
  it('fails a step it is not sure enough to heal and files the best candidate for review', async () => {
    const { store, ledger, opts } = await setup();
    // The relabel heals at the default threshold; with a stricter one it is only worth a review.
    const strict = { ...opts, threshold: 0.99, suggestThreshold: 0.2 };
    await page.setContent(V1);
    await healing(page, strict).locator('#login-btn').isVisible();
    await page.setContent(V2);
    const h = healing(page, strict);
    const err = await h
      .locator('#login-btn')
      .click()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocatorHealError);
    expect((err as Error).message).toMatch(/below the threshold 0\.99/);
    expect((err as Error).message).toContain(
      "Proposed for review, not used at run time: getByTestId('signin')",
    );

    const [p] = await listProposals(store);
    expect(p).toMatchObject({
      origin: 'suggested',
      heals: 0,
      state: 'proposed',
      code: "getByTestId('signin')",
    });
    // The reviewer is told what the confidence rested on, for and against.
    expect(p?.why.length).toBeGreaterThan(0);
    expect(p?.why.every((w) => /^[+−] /.test(w))).toBe(true);
    expect((err as Error).message).toContain(`homeostat tests heal --approve ${p?.id}`);
    expect(h.events[0]).toMatchObject({ outcome: 'failed', proposalId: p?.id });
    // Nothing was done at run time, so nothing is audited as an action.
    expect((await ledger.read(1, 100)).map((e) => e.type)).not.toContain('action.applied');

    // Above the suggestion threshold only: the failure files nothing.
    const { store: quiet, opts: quietOpts } = await setup();
    await page.setContent(V1);
    await healing(page, { ...quietOpts, threshold: 0.99, suggestThreshold: 1 })
      .locator('#login-btn')
      .isVisible();
    await page.setContent(V2);
    await expect(
      healing(page, { ...quietOpts, threshold: 0.99, suggestThreshold: 1 })
        .locator('#login-btn')
        .click(),
    ).rejects.toThrow(/not healed/);
    expect(await listProposals(quiet)).toEqual([]);
  });

  it('files no suggestion for an element the page pairing finds deleted, however low the suggestion threshold', async () => {
    const { store, opts } = await setup();
    await page.setContent(V1);
    await healing(page, opts).locator('#forgot').isVisible();
    await page.setContent(V2);
    const h = healing(page, { ...opts, suggestThreshold: 0 });
    await expect(h.locator('#forgot').click()).rejects.toThrow(LocatorHealError);
    expect(h.events[0]?.reason).toMatch(/looks deleted/);
    expect(await listProposals(store)).toEqual([]);
  });

  it('records on v1, heals a renamed and relabeled button on v2, and audits the heal', async () => {
    const { store, ledger, opts } = await setup();
    await page.setContent(V1);
    const h1 = healing(page, opts);
    await h1.locator('#email').fill('ada@example.com');
    expect(await h1.locator('#login-btn').textContent()).toBe('Log in');
    expect(await store.getDoc(COLLECTIONS.locators, 'tests/login.spec.ts::#login-btn')).toBeDefined();

    await page.setContent(V2);
    const h2 = healing(page, opts);
    await h2.locator('#email').fill('grace@example.com');
    expect(await page.locator('#user-email').inputValue()).toBe('grace@example.com');
    expect(await h2.locator('#login-btn').textContent()).toBe('Sign in');
    await h2.finish(true);

    expect(h2.events.map((e) => e.outcome)).toEqual(['healed', 'healed']);
    const entries = await ledger.read(1, 100);
    const types = entries.map((e) => e.type);
    expect(types).toContain('diagnosis');
    // The diagnosis says in words what the heal rested on, each reason marked for or against.
    const why = entries
      .filter((e) => e.type === 'diagnosis')
      .flatMap((e) => (e.payload as { why?: string[] }).why ?? []);
    expect(why.length).toBeGreaterThan(0);
    expect(why.every((w) => /^[+−] /.test(w))).toBe(true);
    expect(types).toContain('action.applied');
    expect(types.filter((t) => t === 'outcome')).toHaveLength(2);
    expect((await ledger.verify()).ok).toBe(true);

    const proposals = await listProposals(store);
    const btn = proposals.find((p) => p.selector === '#login-btn');
    expect(btn?.code).toBe("getByTestId('signin')");
    expect(proposals.find((p) => p.selector === '#email')?.code).toBe(
      "getByRole('textbox', { name: 'Email', exact: true })",
    );
  });

  it('fails with the candidates and their scores when the target was deleted', async () => {
    const { opts } = await setup();
    await page.setContent(V1);
    await healing(page, opts).locator('#forgot').isVisible();
    await page.setContent(V2);
    const h = healing(page, opts);
    const err = await h
      .locator('#forgot')
      .click()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocatorHealError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/#forgot matches no element \(tests\/login\.spec\.ts:\d+\); not healed/);
    expect(msg).toMatch(/Best candidates:\n {2}1\. .+ score 0\.\d{3}/);
    expect(h.events[0]?.outcome).not.toBe('healed');
  });

  it('says which word made the best candidate another element when it refuses it', async () => {
    const { opts } = await setup();
    const prefs = (id: string, label: string) => `<main><h1>Power cut updates</h1><form>
<label><input type="checkbox" id="${id}"> ${label}</label>
<label><input type="checkbox" id="post"> Post me a letter</label>
<button>Save preferences</button></form></main>`;
    await page.setContent(prefs('sms-updates', 'Send me text updates'));
    await healing(page, opts).locator('#sms-updates').isVisible();
    // Text updates were dropped; an email option took their place.
    await page.setContent(prefs('email-updates', 'Email me updates'));
    const err = await healing(page, opts)
      .locator('#sms-updates')
      .check()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocatorHealError);
    expect((err as Error).message).toContain(
      'not healed: the best candidate is another element: "text" became "email", another of the same kind',
    );
  });

  it('abstains when the written locator became ambiguous and the candidates tie', async () => {
    const { opts } = await setup();
    const row = '<li><button class="rm">Remove</button> Item</li>';
    await page.setContent(`<ul>${row}</ul>`);
    await healing(page, opts).locator('.rm').isVisible();
    await page.setContent(`<ul>${row}${row}</ul>`);
    const h = healing(page, opts);
    const err = await h
      .locator('.rm')
      .click()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocatorHealError);
    expect((err as Error).message).toMatch(/\.rm matches 2 elements .*not healed: ambiguous/);
    expect(h.events[0]?.outcome).toBe('ambiguous');
    expect(h.events[0]?.candidates.length).toBeGreaterThanOrEqual(2);
  });

  it('escalates a locator healed again and again while its patch is not applied', async () => {
    const { opts, ledger, clock } = await setup();
    await page.setContent(V1);
    await healing(page, opts).locator('#pw').isVisible();
    await page.setContent(V2);
    for (let i = 0; i < 2; i++) {
      const h = healing(page, opts);
      await h.locator('#pw').fill('secret');
      await h.finish(true);
      await clock.advance(60_000);
    }
    const err = await healing(page, opts)
      .locator('#pw')
      .fill('secret')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocatorHealError);
    expect((err as Error).message).toMatch(/symptom masking/);
    expect((await ledger.read(1, 200)).some((e) => e.type === 'escalation')).toBe(true);
  });

  it('proposes a patch, shows the diff and applies it only once approved', async () => {
    const { store, opts } = await setup();
    const dir = mkdtempSync(join(tmpdir(), 'hst-heal-'));
    const file = join(dir, 'login.spec.ts');
    const source = [
      "import { test } from '@playwright/test';",
      '',
      "test('signs in', async ({ page }) => {",
      "  await page.locator('#email').fill('a@b.c');",
      "  await page.locator('#login-btn').click();",
      '});',
      '',
    ].join('\n');
    writeFileSync(file, source);
    await page.setContent(V1);
    await healing(page, { ...opts, testFile: file })
      .locator('#login-btn')
      .isVisible();
    await page.setContent(V2);
    await healing(page, { ...opts, testFile: file })
      .locator('#login-btn')
      .click();

    const [p] = await listProposals(store);
    if (!p) throw new Error('no proposal');
    const plan = planProposal(p);
    expect(plan.diff).toContain("-  await page.locator('#login-btn').click();");
    expect(plan.diff).toContain("+  await page.getByTestId('signin').click();");
    await expect(applyProposal(store, p, 1)).rejects.toThrow(/approve it first/);
    const approved = await decideProposal(store, p.id, 'approved', 'reviewer', 2);
    await applyProposal(store, approved, 3);
    expect(readFileSync(file, 'utf8')).toBe(
      source.replace("page.locator('#login-btn')", "page.getByTestId('signin')"),
    );
    expect((await listProposals(store))[0]?.state).toBe('applied');
  });
  it('gives a healed field its value the way its new kind takes it: a select that became a text box or radios, a text box that became a select', async () => {
    const form = (country: string, size: string) => `<main><h1>Shipping</h1><form>
<label for="name">Full name</label><input id="name" name="name">
${country}
${size}
<button id="ship">Ship it</button></form></main>`;
    const select = (id: string) =>
      `<label for="${id}">Country</label><select id="${id}"><option value="">Choose</option><option value="fr">France</option><option value="de">Germany</option></select>`;
    const { opts } = await setup();
    await page.setContent(
      form(select('country'), '<label for="size">Parcel size</label><input id="size" name="size">'),
    );
    const h1 = healing(page, opts);
    await h1.locator('#country').selectOption('fr');
    await h1.locator('#size').fill('Large');

    // The select became a text box with suggestions; the text box became a select.
    await page.setContent(
      form(
        '<label for="dest">Country</label><input id="dest" name="destination" list="countries"><datalist id="countries"><option value="France"></option></datalist>',
        '<label for="parcel">Parcel size</label><select id="parcel"><option>Small</option><option>Large</option></select>',
      ),
    );
    const h2 = healing(page, opts);
    expect(await h2.locator('#country').selectOption('France')).toEqual(['France']);
    await h2.locator('#size').fill('Large');
    expect(await page.locator('#dest').inputValue()).toBe('France');
    expect(await page.locator('#parcel').inputValue()).toBe('Large');
    expect(h2.events.map((e) => e.outcome)).toEqual(['healed', 'healed']);

    // The select became a group of radio buttons: the one labelled or valued so is checked —
    // also by a wrapper that audits nothing (no reporter).
    await page.setContent(
      form(
        `<fieldset id="where"><legend>Country</legend><label><input type="radio" name="c" value="fr"> France</label>
<label><input type="radio" name="c" value="de"> Germany</label></fieldset>`,
        '<label for="size">Parcel size</label><input id="size" name="size">',
      ),
    );
    const { reporter: _audits, ...unaudited } = opts;
    const h3 = healing(page, unaudited);
    await h3.locator('#country').selectOption('Germany');
    expect(await page.locator('input[value="de"]').isChecked()).toBe(true);
    // An option the new field does not have fails the step, naming the value.
    await expect(h3.locator('#country').selectOption('Spain')).rejects.toThrow(
      /none labelled or valued 'Spain'/,
    );
  });
  it('heals a radio button that became an option of a select to the select, picking that option', async () => {
    const page1 = `<main><h1>Catering quote</h1><form>
<fieldset id="package"><legend>Package</legend>
<label><input type="radio" name="package" value="buffet"> Hot buffet (£26pp)</label>
<label><input type="radio" name="package" value="plated"> Plated three courses (£42pp)</label>
<label><input type="radio" name="package" value="bbq"> BBQ (£24pp)</label></fieldset>
<label for="guests">Guests</label><input id="guests" type="number">
<button id="quote">Get quote</button></form></main>`;
    const page2 = `<main><h1>Catering quote</h1><form>
<label for="pkg">Menu package</label><select id="pkg" name="package"><option value="buffet">Hot buffet — £26pp</option>
<option value="plated">Plated three courses — £42pp</option><option value="bbq">BBQ — £24pp</option></select>
<label for="guests">Guests</label><input id="guests" type="number">
<button id="quote">Get quote</button></form></main>`;
    const { opts, store } = await setup();
    await page.setContent(page1);
    const h1 = healing(page, opts);
    await h1.locator('#package input[value="plated"]').check();
    await h1.locator('#package input[value="bbq"]').click();

    await page.setContent(page2);
    const h2 = healing(page, opts);
    await h2.locator('#package input[value="plated"]').check();
    expect(await page.locator('#pkg').inputValue()).toBe('plated');
    expect(await h2.locator('#package input[value="plated"]').isChecked()).toBe(true);
    await h2.locator('#package input[value="bbq"]').click();
    expect(await page.locator('#pkg').inputValue()).toBe('bbq');
    expect(await h2.locator('#package input[value="plated"]').isChecked()).toBe(false);
    expect(h2.events.map((e) => e.outcome)).toEqual(['healed', 'healed', 'healed', 'healed']);
    const proposals = await listProposals(store);
    const plated = proposals.find((p) => p.selector === '#package input[value="plated"]');
    expect(plated).toMatchObject({ option: 'plated' });
    expect(plated?.why.join(' ')).toContain('Plated three courses — £42pp');
  });
  it('opens the closed menu a healed button moved into before clicking it, and only to act on it', async () => {
    const toolbar = (actions: string) => `<main><h1>Role: deploy-bot</h1><p>Trusted by the CI account.</p>
<div class="toolbar">${actions}<button id="simulate">Simulate</button></div><p id="log"></p></main>`;
    const { store, opts } = await setup();
    await page.setContent(
      toolbar('<button id="attach">Attach policies</button><button id="inline">Add inline policy</button>'),
    );
    await healing(page, opts).locator('#attach').isVisible();
    await page.setContent(
      toolbar(`<details class="menu"><summary>Add permissions</summary><div role="menu">
<button role="menuitem" data-testid="attach" onclick="document.getElementById('log').textContent='attached'">Attach policies</button>
<button role="menuitem" data-testid="inline">Create inline policy</button></div></details>`),
    );
    const h = healing(page, opts);
    // Reading the healed element does not open the menu.
    expect(await h.locator('#attach').textContent()).toBe('Attach policies');
    expect(await page.locator('details.menu').getAttribute('open')).toBeNull();
    await h.locator('#attach').click({ timeout: 5000 });
    expect(await page.locator('#log').textContent()).toBe('attached');
    expect(h.events.map((e) => e.outcome)).toEqual(['healed', 'healed']);
    // The proposed patch opens the menu too, with a locator of its summary.
    const [p] = await listProposals(store);
    expect(p?.opens).toHaveLength(1);
    expect(p?.opens?.[0]).toBe(`locator('summary:has-text("Add permissions")')`);
  });
});
