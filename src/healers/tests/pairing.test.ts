import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stablePairs } from './assign.js';
import { launchChromium } from './browser.js';
import { collectCandidates, fingerprintOf } from './collector.js';
import { features } from './features.js';
import { FINGERPRINT_VERSION, parseFingerprint } from './fingerprint.js';
import { match } from './matcher.js';
import { fp } from './testing.js';

describe('stablePairs', () => {
  it('never leaves apart two elements that resemble each other more than their partners', () => {
    // The largest total pairs them crosswise; but row 0 and column 0 prefer each other.
    expect(
      stablePairs(
        [
          [0.9, 0.8],
          [0.85, 0.1],
        ],
        0,
      ),
    ).toEqual([0, 1]);
    // A moved card (row 0) keeps its successor against a deleted look-alike (row 1).
    const moved = [
      [0.64, 0.56],
      [0.54, 0.42],
    ];
    expect(stablePairs(moved, 0.25)).toEqual([0, 1]);
  });

  it('leaves a row unpaired below the floor', () => {
    expect(stablePairs([[0.9], [0.7]], 0.25)).toEqual([0, -1]);
    expect(stablePairs([[0.2, 0.1]], 0.25)).toEqual([-1]);
    expect(stablePairs([], 0.25)).toEqual([]);
  });
});

describe('fingerprint v2', () => {
  it('reads a version 1 fingerprint with an empty container', () => {
    const { container: _, ...v1 } = { ...fp(), v: 1 };
    const parsed = parseFingerprint(v1, 'old.json');
    expect(parsed.v).toBe(1);
    expect(parsed.container).toBe('');
    expect(FINGERPRINT_VERSION).toBe(2);
  });

  it('compares container texts, and treats a missing container as no evidence', () => {
    const old = fp({ text: 'Edit', container: 'Billing address | 18 Harbour St' });
    expect(features(old, fp({ text: 'Edit', container: 'Payment method | Visa 4242' })).container).toBe(0);
    expect(features(old, fp({ text: 'Edit', container: 'Billing address | 18 Harbour St' })).container).toBe(
      1,
    );
    expect(features(fp({ text: 'Edit' }), fp({ text: 'Edit', container: 'x' })).container).toBe(0);
  });
});

describe('matching with the whole-page pairing', () => {
  const button = (text: string, y: number, n: number) =>
    fp({
      text,
      accessibleName: text,
      xpath: `/html[1]/body[1]/main[1]/div[1]/button[${n}]`,
      box: { x: 100 + 100 * n, y, width: 90, height: 30 },
    });

  it('heals to the candidate the pairing leaves for the target when its look-alike belongs to a sibling', () => {
    const accept = button('Accept all', 100, 1);
    const customize = button('Customize', 100, 2);
    // The redesign relabels both; "Allow all" took Customize's place, "Manage preferences" moved.
    const allow = { ...button('Allow all', 100, 2), classes: ['accept'] };
    const manage = button('Manage preferences', 100, 3);
    const r = match(customize, [allow, manage], { previous: [accept, customize], threshold: 0 });
    expect(r.best?.element).toBe(manage);
    expect(r.decision).toBe('heal');
  });

  it('refuses a deleted row’s button whose look-alikes are the other rows’ successors', () => {
    const row = (n: number, name: string) =>
      fp({
        text: 'Remove',
        accessibleName: 'Remove',
        xpath: `/html[1]/body[1]/main[1]/div[${n}]/button[1]`,
        box: { x: 20, y: 100 * n, width: 80, height: 30 },
        container: `${name} | $${10 * n}`,
      });
    const [a, b, c] = [row(1, 'Trail Runner'), row(2, 'Road Glide'), row(3, 'Sprint Pro')];
    const r = match(b, [row(1, 'Trail Runner'), { ...row(3, 'Sprint Pro'), xpath: '/x' }], {
      previous: [a, b, c],
    });
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('claimed');
  });
});

describe('collector', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records the text of the containing card (schema version 2)', async () => {
    const page = await browser.newPage();
    await page.setContent(`<main>
<section><h2>Payment method</h2><p>Visa ending 4242</p><button id="a">Edit</button></section>
<section><h2>Billing address</h2><p>18 Harbour St</p><button id="b">Edit</button></section></main>`);
    const a = await fingerprintOf(page.locator('#a'));
    const b = await fingerprintOf(page.locator('#b'));
    expect(a.v).toBe(2);
    expect(a.container).toContain('Payment method');
    expect(a.container).not.toContain('Billing');
    expect(b.container).toContain('Billing address');
    await page.close();
  });

  it('reads a form whose fields shadow its own properties (children, id, tagName, getAttribute…)', async () => {
    const page = await browser.newPage();
    // A form's named controls override the form's DOM properties; an image named "body" does the
    // same to the document's. The collector must read the real tree through all of it.
    await page.setContent(`<img name="body" alt=""><main><form id="foster" class="apply" action="/apply">
<h2>Your household</h2>
<label for="children">Number of children under 18</label><input id="children" name="children" type="number">
<input name="id" type="hidden"><input name="tagName" type="hidden"><input name="parentElement" type="hidden">
<input name="getAttribute" type="hidden"><input name="action" type="hidden"><input name="innerText" type="hidden">
<button id="send">Send application</button></form></main>`);
    const candidates = await collectCandidates(page);
    const field = candidates.find((c) => c.id === 'children');
    expect(field?.accessibleName).toBe('Number of children under 18');
    expect(field?.indexPath.every((i) => i >= 0)).toBe(true);
    const send = await fingerprintOf(page.locator('#send'));
    expect(send.ancestors[0]).toEqual({ tag: 'form', id: 'foster', classes: ['apply'] });
    expect(send.container).toContain('Your household');
    expect(send.xpath).toBe('/html[1]/body[1]/main[1]/form[1]/button[1]');
    await page.close();
  });

  it("records a list item's own text as the container of the button inside it", async () => {
    const page = await browser.newPage();
    await page.setContent(`<ul>
<li>United States <button>Remove</button></li>
<li id="ca">Canada <button>Remove</button></li>
<li>United Kingdom <button>Remove</button></li></ul>`);
    const ca = await fingerprintOf(page.locator('#ca button'));
    expect(ca.container).toBe('Canada');
    await page.close();
  });

  it('records the row, not the cell of actions, as the container of a row action', async () => {
    const page = await browser.newPage();
    await page.setContent(`<table>
<tr><td><a href="/leads/1">Priya Raman</a></td><td>Viewing</td><td><button>Call</button> <button id="p">Email</button></td></tr>
<tr><td><a href="/leads/2">Tomás Ortega</a></td><td>Contacted</td><td><button>Call</button> <button id="t">Email</button></td></tr></table>
<section><h2>Payment</h2><div class="actions"><button id="pay">Pay</button> <button>Cancel</button></div></section>`);
    const p = await fingerprintOf(page.locator('#p'));
    expect(p.container).toContain('Priya Raman');
    expect(p.container).not.toContain('Tomás');
    // No item around the group: the group (with the section's heading) stays the container.
    expect((await fingerprintOf(page.locator('#pay'))).container).toBe('Payment | Cancel');
    await page.close();
  });

  it('records the card, not its group of actions, as the container of a card action', async () => {
    const page = await browser.newPage();
    await page.setContent(`<div class="column"><h3>Onsite</h3>
<div class="card"><strong>Kwame Asante</strong><span>Referral</span>
<div class="actions"><button id="k">Move forward</button><button>Archive</button><button>Book interview</button></div></div>
<div class="card"><strong>Marisol Duarte</strong><span>LinkedIn</span>
<div class="actions"><button>Move forward</button><button>Archive</button><button>Book interview</button></div></div></div>
<nav class="toolbar"><button id="bold">Bold</button><button>Italic</button><button>Underline</button></nav>`);
    const k = await fingerprintOf(page.locator('#k'));
    expect(k.container).toContain('Kwame Asante');
    expect(k.container).not.toContain('Marisol');
    // Nothing but controls up the tree: the group of actions stays the container.
    expect((await fingerprintOf(page.locator('#bold'))).container).toBe('Italic | Underline');
    await page.close();
  });

  it('records a named group as the container of its buttons, and a row around it before the group', async () => {
    const page = await browser.newPage();
    await page.setContent(`<form><h2>Your details</h2><label>Full name <input></label><label>Email <input></label>
<label>Postcode <input></label><button type="button">Find address</button><p>Plot size</p>
<div role="group" aria-label="Plot size"><button type="button">Full · 250 m²</button><button type="button" id="half">Half · 125 m²</button><button type="button">Raised bed</button></div></form>
<table><tr><td>Alan Turing</td><td><div role="group" aria-label="Actions"><button id="edit">Edit</button><button>Delete</button></div></td></tr></table>`);
    expect((await fingerprintOf(page.locator('#half'))).container).toBe(
      'Plot size | Full · 250 m² | Raised bed',
    );
    expect((await fingerprintOf(page.locator('#edit'))).container).toBe('Alan Turing | Delete');
    await page.close();
  });

  it('records a repeated card as the container of its action when the other cards hold its look-alikes', async () => {
    const page = await browser.newPage();
    await page.setContent(`<h2>Similar homes</h2><div class="grid">
<div class="card"><p>2 bed, Dalston Lane</p><a href="/88213" id="dalston">View</a></div>
<div class="card"><p>2 bed, Well Street</p><a href="/88407">View</a></div></div>
<form><h2>Contact</h2><div class="row"><label for="n">Name</label><input id="n"></div>
<div class="row"><label for="e">Email</label><input id="e"></div></form>`);
    expect((await fingerprintOf(page.locator('#dalston'))).container).toBe('2 bed, Dalston Lane');
    // Fields of a form are not look-alikes of one another: the form stays the container.
    expect((await fingerprintOf(page.locator('#e'))).container).toBe('Contact | Name | Email');
    await page.close();
  });

  it("does not let a control's own label take its successor: a radio that became a button heals", async () => {
    // A label is text: it cannot succeed, nor claim, a control.
    const page = await browser.newPage();
    await page.setContent(`<form><fieldset><legend>Action</legend>
<label><input type="radio" name="side" id="buy"> Buy</label>
<label><input type="radio" name="side" id="sell"> Sell</label>
<label><input type="radio" name="side" id="short"> Sell short</label></fieldset>
<label for="qty">Shares</label><input id="qty" name="qty" value="10"></form>`);
    const sell = await fingerprintOf(page.locator('#sell'));
    const previous = await collectCandidates(page);
    await page.setContent(`<form><div role="group" aria-label="Action" class="segmented">
<button type="button">Buy</button><button type="button" class="on">Sell</button><button type="button">Short</button></div>
<label for="shares">Shares</label><input id="shares" name="qty" value="10"></form>`);
    const r = match(sell, await collectCandidates(page), { previous });
    expect(r.reason).not.toBe('claimed');
    expect(r.best?.element.text).toBe('Sell');
    expect(r.best?.element.tag).toBe('button');
    await page.close();
  });

  it('lists table rows as candidates: a list item that became a row ranks its row first', async () => {
    // A row holds no text of its own (its cells do), yet tests point at rows: getByRole('row').
    const page = await browser.newPage();
    await page.setContent(`<h2>Today</h2><ul id="history"><li>07:20 Meal bolus 4.5 U</li>
<li>10:05 Correction 0.8 U</li><li>12:40 Meal bolus 5.0 U</li></ul>`);
    const item = await fingerprintOf(page.locator('#history li:nth-child(2)'));
    const previous = await collectCandidates(page);
    await page.setContent(`<h2>Today</h2><table id="log"><tbody>
<tr><td>12:40</td><td>Meal bolus</td><td>5.0 U</td></tr><tr><td>10:05</td><td>Correction</td><td>0.8 U</td></tr>
<tr><td>07:20</td><td>Meal bolus</td><td>4.5 U</td></tr></tbody></table>`);
    const candidates = await collectCandidates(page);
    expect(candidates.filter((c) => c.tag === 'tr').map((c) => c.role)).toEqual(['row', 'row', 'row']);
    const r = match(item, candidates, { previous });
    expect(r.best?.element.tag).toBe('tr');
    expect(r.best?.element.text).toContain('Correction');
    await page.close();
  });

  it('lists a tile a test names by id or data attribute, though its text is all in its children', async () => {
    const page = await browser.newPage();
    const tiles = (litres: string) =>
      `<section id="kpis"><h1>Parlour</h1><p>Readings refresh every five minutes from the bulk tank sensor and the parlour controller.</p>
<div class="card" ${litres}><span>Milk today</span><h2>6,410 L</h2></div>
<div class="card" id="kpi-cows"><span>Cows milked</span><h2>212</h2></div>
<div class="card" data-v-7ba5bd90><span>Wash due</span><h2>14:00</h2></div>
<div id="export-bar"><button>Export readings</button></div></section>`;
    await page.setContent(tiles('id="kpi-litres"'));
    const tile = await fingerprintOf(page.locator('#kpi-litres'));
    const previous = await collectCandidates(page);
    await page.setContent(tiles('data-kpi="tank-volume"'));
    const candidates = await collectCandidates(page);
    const boxes = candidates.filter((c) => c.tag === 'div' || c.tag === 'section');
    // The tiles with an id or a data attribute; not the one with only a framework's mark (a data
    // attribute without a value), nor the wrapper of one button, nor the section, whose text is a screen's.
    expect(boxes.map((c) => c.text.split(' ').slice(0, 2).join(' '))).toEqual(['Milk today', 'Cows milked']);
    const r = match(tile, candidates, { previous });
    expect(r.best?.element.text).toBe('Milk today 6,410 L');
    await page.close();
  });

  it('lists a fieldset of radio buttons as one choice named by its legend: a select that became radios heals to it', async () => {
    const page = await browser.newPage();
    const form = (choice: string) => `<main><h1>New rule</h1><form id="rule">
<label for="rule-name">Rule name</label><input id="rule-name" name="name">
${choice}
<fieldset id="notify"><legend>Notify</legend><label><input type="radio" name="notify" value="mail"> Mail</label>
<label><input type="radio" name="notify" value="other"> Other</label><input name="notify-other" placeholder="Where"></fieldset>
<button id="save">Save rule</button></form></main>`;
    await page.setContent(
      form(`<label for="severity">Severity</label><select id="severity" name="severity">
<option>Low</option><option>Medium</option><option>High</option></select>`),
    );
    const select = await fingerprintOf(page.locator('#severity'));
    const previous = await collectCandidates(page);
    await page.setContent(
      form(`<fieldset class="chips"><legend>Severity</legend>
<label><input type="radio" name="sev" value="low"> Low</label><label><input type="radio" name="sev" value="medium"> Medium</label>
<label><input type="radio" name="sev" value="high"> High</label></fieldset>`),
    );
    const candidates = await collectCandidates(page);
    const groups = candidates.filter((c) => c.tag === 'fieldset');
    // The group of radios only; not the fieldset whose radios come with a text field of their own.
    expect(groups.map((c) => [c.role, c.accessibleName])).toEqual([['radiogroup', 'Severity']]);
    const r = match(select, candidates, { previous });
    expect(r.best?.element.tag).toBe('fieldset');
    expect(r.decision).toBe('heal');
    await page.close();
  });

  it('names the items of a closed <details> menu by what they say: a button moved into it heals there', async () => {
    const page = await browser.newPage();
    const toolbar = (actions: string) => `<main><h1>Role: deploy-bot</h1><p>Trusted by the CI account.</p>
<div class="toolbar">${actions}<button id="simulate">Simulate</button></div>
<table><tr><th>Policy</th><th></th></tr><tr><td>ReadOnlyAccess</td><td><button>Detach</button></td></tr></table></main>`;
    await page.setContent(
      toolbar('<button id="attach">Attach policies</button><button id="inline">Add inline policy</button>'),
    );
    const attach = await fingerprintOf(page.locator('#attach'));
    const previous = await collectCandidates(page);
    await page.setContent(
      toolbar(`<details class="menu"><summary>Add permissions</summary><div role="menu">
<button role="menuitem" data-testid="attach">Attach policies</button>
<button role="menuitem" data-testid="inline">Create inline policy</button></div></details>`),
    );
    const candidates = await collectCandidates(page);
    // Closed, the menu's items have boxes but no rendered text; their names are still their words.
    const items = candidates.filter((c) => c.role === 'menuitem');
    expect(items.map((c) => c.accessibleName)).toEqual(['Attach policies', 'Create inline policy']);
    const r = match(attach, candidates, { previous });
    expect(r.best?.element.testIds['data-testid']).toBe('attach');
    expect(r.decision).toBe('heal');
    await page.close();
  });

  it('judges each recorded element by its own content when two share an XPath missing from the old page', () => {
    const at = (x: number, text: string, xpath: string) =>
      fp({ text, accessibleName: text, xpath, box: { x, y: 100, width: 80, height: 30 } });
    const previous = [at(0, 'Help', '/html[1]/body[1]/a[1]')];
    const candidates = [at(100, 'Save', '/html[1]/body[1]/b[1]'), at(300, 'Delete', '/html[1]/body[1]/b[2]')];
    const xpath = '/html[1]/body[1]/main[1]/button[9]';
    const save = match(at(100, 'Save', xpath), candidates, { previous });
    const del = match(at(300, 'Delete', xpath), candidates, { previous });
    expect(save.best?.element.text).toBe('Save');
    expect(del.best?.element.text).toBe('Delete');
  });
});
