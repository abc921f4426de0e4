/**
 * Corpus (fresh blind set): stock order ticket, real-estate agent CRM, bug
 * triage queue, package registry page, IoT device fleet, meal-kit plan
 * chooser, university course registration, co-working desk booking, DNS
 * records editor, fitness goals, e-signature envelope, recruiting pipeline,
 * expense report, mortgage calculator, wiki page history, game library,
 * school parent portal, car rental return, print shop order, bike-share
 * map, veterinary patient chart, payroll run, ad campaign settings and a
 * wedding RSVP.
 */
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- stock order ticket

const tradeV1 = page(
  'Trade — Ledgerline',
  `<header><a href="/" class="logo">Ledgerline</a><nav><a href="/portfolio">Portfolio</a><a href="/trade" class="active">Trade</a><a href="/research">Research</a><a href="/transfers">Transfers</a></nav>
<select id="account-switch" name="account"><option>Individual ••4821</option><option>Roth IRA ••0937</option></select></header>
<main><div class="row"><label for="symbol-input">Symbol</label><input id="symbol-input" name="symbol" value="NRDX"><button id="symbol-go">Get quote</button></div>
<section class="quote card"><h2>NRDX · Nordex Systems Inc.</h2>
<p><span id="last-price" class="last">142.18</span> <span class="chg up">+1.24 (+0.88%)</span></p>
<table><tr><th>Bid</th><td>142.17 × 300</td><th>Ask</th><td>142.19 × 200</td></tr>
<tr><th>Day range</th><td>140.02 – 142.66</td><th>Volume</th><td>3,218,440</td></tr></table></section>
<aside><div class="card"><h3>Buying power</h3><p id="buying-power">$18,402.55</p><p class="muted">Settled cash $12,110.00</p></div></aside>
<form id="order-ticket" class="card">
  <fieldset><legend>Action</legend>
    <label><input type="radio" name="side" id="side-buy" value="buy" checked> Buy</label>
    <label><input type="radio" name="side" id="side-sell" value="sell"> Sell</label>
    <label><input type="radio" name="side" id="side-short" value="short"> Sell short</label>
  </fieldset>
  <label for="qty">Quantity</label><input id="qty" name="quantity" type="number" value="10">
  <label for="order-type">Order type</label><select id="order-type" name="type"><option>Market</option><option selected>Limit</option><option>Stop</option><option>Stop limit</option></select>
  <label for="limit-price">Limit price</label><input id="limit-price" name="limit" value="141.50">
  <label for="tif">Time in force</label><select id="tif" name="tif"><option>Day</option><option>Good 'til canceled</option><option>Immediate or cancel</option></select>
  <label class="row"><input type="checkbox" id="ext-hours" name="extended"> Allow extended-hours trading</label>
  <p>Estimated cost: <strong id="est-cost">$1,415.00</strong></p>
  <div class="row"><button type="button" id="preview-order" class="btn btn-primary">Preview order</button><button type="reset" id="clear-ticket" class="btn">Clear</button></div>
</form>
<h3>Open orders</h3>
<table id="open-orders"><tr><th>Side</th><th>Symbol</th><th>Qty</th><th>Type</th><th>Price</th><th></th></tr>
<tr><td>Buy</td><td>NRDX</td><td>50</td><td>Limit</td><td>138.00</td><td><button class="cancel-order" data-order="o-7712">Cancel</button></td></tr>
<tr><td>Sell</td><td>KELP</td><td>20</td><td>Stop</td><td>61.50</td><td><button class="cancel-order" data-order="o-7713">Cancel</button></td></tr>
<tr><td>Buy</td><td>ORBT</td><td>10</td><td>Limit</td><td>22.10</td><td><button class="cancel-order" data-order="o-7720">Cancel</button></td></tr></table>
</main><footer>Quotes delayed 15 minutes. Securities offered through Ledgerline Brokerage LLC, member FINRA/SIPC.</footer>`,
);

const tradeV2 = page(
  'Trade — Ledgerline',
  `<header><a href="/" class="logo">Ledgerline</a><nav><a href="/portfolio">Portfolio</a><a href="/trade" class="active">Trade</a><a href="/research">Research</a><a href="/transfers">Transfers</a></nav>
<select class="acct" name="account"><option>Individual ••4821</option><option>Roth IRA ••0937</option></select></header>
<main><div class="grid"><section>
<div class="row"><input type="search" name="symbol" value="NRDX" aria-label="Search symbol or company" placeholder="Symbol or company"></div>
<section class="quote card"><h2>Nordex Systems Inc. <span class="muted">NRDX</span></h2>
<p class="quote__price"><span class="quote__last">142.18</span> <span class="quote__chg">+1.24 · 0.88%</span></p>
<div class="grid"><div>Bid <b>142.17</b> <span class="muted">× 300</span></div><div>Ask <b>142.19</b> <span class="muted">× 200</span></div><div>Range 140.02 – 142.66</div><div>Vol 3.22M</div></div></section>
<h3>Working orders</h3>
<div class="order-card card"><b>Buy 50 NRDX</b> <span class="muted">Limit @ 138.00 · Day</span> <button class="order-card__cancel" aria-label="Cancel order" data-id="7712">✕</button></div>
<div class="order-card card"><b>Buy 10 ORBT</b> <span class="muted">Limit @ 22.10 · GTC</span> <button class="order-card__cancel" aria-label="Cancel order" data-id="7720">✕</button></div>
<p class="muted">1 order filled today. <a href="/orders?status=filled">See history</a></p>
</section>
<form class="ticket card">
  <div role="radiogroup" aria-label="Side" class="row seg">
    <button type="button" role="radio" aria-checked="true" data-side="buy">Buy</button>
    <button type="button" role="radio" aria-checked="false" data-side="sell">Sell</button>
    <button type="button" role="radio" aria-checked="false" data-side="short">Short</button>
  </div>
  <label for="shares">Shares</label><input id="shares" name="quantity" type="number" value="10">
  <label for="orderType">Order type</label><select id="orderType" name="type"><option selected>Limit</option><option>Market</option><option>Stop</option></select>
  <label for="px">Price per share</label><input id="px" name="limit" value="141.50">
  <label for="duration">Duration</label><select id="duration" name="tif"><option>Day only</option><option>Until canceled (60 days)</option></select>
  <label class="row"><input type="checkbox" id="notify-fill" name="notify"> Notify me when filled</label>
  <p class="muted">Buying power $18,402.55</p>
  <p>Est. total <strong class="ticket__total">$1,415.00</strong></p>
  <button type="button" class="btn review">Review order</button>
  <button type="reset" class="link-btn" aria-label="Reset ticket">↺</button>
</form></div></main>
<footer>Real-time quotes. Securities offered through Ledgerline Brokerage LLC, member FINRA/SIPC.</footer>`,
);

const tradePair: PagePair = {
  name: 'stock-order-ticket',
  v1: tradeV1,
  v2: tradeV2,
  targets: [
    { selector: '#side-sell', expect: 'button[data-side="sell"]', change: 'radio became a segmented button' },
    {
      selector: '#ext-hours',
      expect: null,
      change: 'extended-hours option withdrawn; a notify checkbox sits in its place',
    },
    { selector: '#preview-order', expect: 'button.review', change: 'id removed, Preview → Review order' },
    {
      selector: 'button[data-order="o-7712"]',
      expect: '.order-card__cancel[data-id="7712"]',
      change: 'table row became a card, Cancel became a ✕ icon',
    },
    {
      selector: 'button[data-order="o-7713"]',
      expect: null,
      change: 'the KELP order filled and its row is gone; look-alike orders remain',
    },
    { selector: '#last-price', expect: '.quote__last', change: 'text readout: id → BEM class' },
  ],
};

// ---------------------------------------------------------------- real-estate agent CRM

const crmV1 = page(
  'Leads — Hearth CRM',
  `<header><a href="/" class="logo">Hearth</a><nav><a href="/leads" class="active">Leads</a><a href="/listings">Listings</a><a href="/showings">Showings</a><a href="/reports">Reports</a></nav><span class="muted">Dana Whitfield</span></header>
<main><h1>Leads <span class="badge">23</span></h1>
<div class="row filters"><input id="lead-search" type="text" placeholder="Search leads"><select id="stage-filter"><option>All stages</option><option>New</option><option>Contacted</option><option>Viewing</option><option>Offer</option></select>
<label class="row"><input type="checkbox" id="hot-only"> Hot leads only</label>
<button id="new-lead" class="btn btn-primary">New lead</button><a href="/leads/export.csv" id="export-leads">Export CSV</a></div>
<table class="leads"><tr><th></th><th>Name</th><th>Phone</th><th>Interested in</th><th>Stage</th><th>Last contact</th><th>Actions</th></tr>
<tr id="lead-102"><td><input type="checkbox" aria-label="Select Priya Raman"></td><td><a href="/leads/102">Priya Raman</a></td><td>(503) 555-0142</td><td>3 bd condo, Pearl District</td><td>Viewing</td><td>2 days ago</td><td><button class="btn-call">Call</button> <button class="btn-email">Email</button> <button class="btn-visit">Log visit</button></td></tr>
<tr id="lead-104"><td><input type="checkbox" aria-label="Select Tomás Ortega"></td><td><a href="/leads/104">Tomás Ortega</a></td><td>(503) 555-0198</td><td>Starter home under $450k</td><td>Contacted</td><td>Today</td><td><button class="btn-call">Call</button> <button class="btn-email">Email</button> <button class="btn-visit">Log visit</button></td></tr>
<tr id="lead-105"><td><input type="checkbox" aria-label="Select Gwen Abbott"></td><td><a href="/leads/105">Gwen Abbott</a></td><td>(971) 555-0107</td><td>Selling: 4 bd in Laurelhurst</td><td>New</td><td>5 days ago</td><td><button class="btn-call">Call</button> <button class="btn-email">Email</button> <button class="btn-visit">Log visit</button></td></tr>
<tr id="lead-107"><td><input type="checkbox" aria-label="Select Dmitri Volkov"></td><td><a href="/leads/107">Dmitri Volkov</a></td><td>(503) 555-0163</td><td>Duplex, investment</td><td>Offer</td><td>Yesterday</td><td><button class="btn-call">Call</button> <button class="btn-email">Email</button> <button class="btn-visit">Log visit</button></td></tr>
<tr id="lead-109"><td><input type="checkbox" aria-label="Select Lena Fischer"></td><td><a href="/leads/109">Lena Fischer</a></td><td>(360) 555-0120</td><td>Relocating from Denver</td><td>New</td><td>1 week ago</td><td><button class="btn-call">Call</button> <button class="btn-email">Email</button> <button class="btn-visit">Log visit</button></td></tr>
</table>
<p class="muted">Showing 5 of 23 leads · <a href="/leads?page=2">Next page</a></p></main>`,
);

const crmCard = (id: string, name: string, first: string, what: string, stage: string, when: string) =>
  `<article class="lead-card card" data-lead="${id}"><div class="row"><a href="/leads/${id}" class="lead-card__name">${name}</a><span class="badge">${stage}</span></div>
<p class="muted">${what} · Last touch ${when}</p>
<div class="row lead-card__actions"><button class="icon" aria-label="Call ${name}">☎</button><button class="icon" aria-label="Email ${name}">✉</button><a href="/leads/${id}/showings/new" class="log-showing">Log showing</a><span class="muted">${first}</span></div></article>`;

const crmV2 = page(
  'Leads — Hearth CRM',
  `<header><a href="/" class="logo">Hearth</a><nav><a href="/leads" class="active">Contacts</a><a href="/listings">Listings</a><a href="/showings">Showings</a><a href="/reports">Insights</a></nav><span class="muted">Dana Whitfield</span></header>
<main><div class="row"><h1>Contacts</h1><button class="add-contact btn-primary">+ Add contact</button><a href="/leads/import">Import</a></div>
<nav class="tabs"><a href="?stage=all" class="active">All</a><a href="?stage=new">New</a><a href="?stage=contacted">Contacted</a><a href="?stage=viewing">Viewing</a><a href="?stage=offer">Offer</a></nav>
<div class="row"><input type="search" name="q" placeholder="Name, phone or neighborhood"><label class="row"><input type="checkbox" role="switch" id="hot-switch"> Hot only</label><select name="sort"><option>Recently contacted</option><option>Name A–Z</option></select></div>
<div class="grid">
${crmCard('104', 'Tomás Ortega', 'Buyer', 'Starter home under $450k', 'Contacted', 'today')}
${crmCard('102', 'Priya Raman', 'Buyer', '3 bd condo, Pearl District', 'Viewing', '2 days ago')}
${crmCard('112', 'Aiko Tanaka', 'Seller', 'Townhouse in Sellwood', 'New', '3 days ago')}
${crmCard('105', 'Gwen Abbott', 'Seller', '4 bd in Laurelhurst', 'New', '5 days ago')}
${crmCard('109', 'Lena Fischer', 'Buyer', 'Relocating from Denver', 'New', '1 week ago')}
</div><p class="muted">5 of 23 · <a href="/leads?page=2">Load more</a></p></main>`,
);

const crmPair: PagePair = {
  name: 'agent-crm-leads',
  v1: crmV1,
  v2: crmV2,
  targets: [
    {
      selector: '#lead-search',
      expect: 'input[name="q"]',
      change: 'id removed, type=search, new placeholder',
    },
    {
      selector: '#new-lead',
      expect: 'button.add-contact',
      change: 'New lead → + Add contact, moved by the title',
    },
    { selector: '#export-leads', expect: null, change: 'export dropped; an Import link sits in its place' },
    {
      selector: '#lead-104 .btn-email',
      expect: '[aria-label="Email Tomás Ortega"]',
      change: 'table → cards, Email became an ✉ icon, rows re-sorted',
    },
    {
      selector: '#lead-107 .btn-call',
      expect: null,
      change: 'Dmitri converted and left the list; other leads remain',
    },
    {
      selector: '#lead-102 .btn-visit',
      expect: '[data-lead="102"] a.log-showing',
      change: 'button became a link, Log visit → Log showing',
    },
  ],
};

// ---------------------------------------------------------------- bug triage queue

const triageRow = (id: string, title: string, reporter: string, sev: string) =>
  `<tr data-bug="${id}"><td><input type="checkbox" aria-label="Select #${id}"></td><td><a href="/bugs/${id}">#${id} ${title}</a><br><span class="muted">reported by ${reporter}</span></td>
<td><select id="sev-${id}" name="sev-${id}"><option>S1</option><option>S2</option><option${sev === 'S3' ? ' selected' : ''}>S3</option><option>S4</option></select></td>
<td><select name="owner-${id}"><option>Unassigned</option><option>iOS team</option><option>Android team</option><option>Payments</option></select></td>
<td><button class="accept">Accept</button> <button class="close-bug">Close</button></td></tr>`;

const triageV1 = page(
  'Triage · Mobile app — Bugline',
  `<header><a href="/" class="logo">Bugline</a><nav><a href="/projects/mobile">Mobile app</a><a href="/triage" class="active">Triage</a><a href="/releases">Releases</a></nav><input type="search" placeholder="Jump to bug #"></header>
<main><div class="sidebar"><h4>Views</h4><a href="/triage/untriaged" id="view-untriaged">Untriaged</a><br><a href="/triage/needs-repro" id="view-needs-repro">Needs repro</a><br><a href="/triage/regressions" id="view-regressions">Regressions</a><br><a href="/triage/crashers" id="view-crashers">Crashers</a></div>
<section style="margin-left:220px"><h1>Untriaged <span class="badge">4</span></h1>
<div class="row"><button id="bulk-accept">Accept selected</button><button id="mark-dup">Mark as duplicate</button><button id="need-info">Request more info</button><span class="muted">0 selected</span></div>
<table><tr><th></th><th>Bug</th><th>Severity</th><th>Owner</th><th></th></tr>
${triageRow('4411', 'Crash when rotating on checkout', 'store review', 'S3')}
${triageRow('4415', 'Push notifications arrive twice', 'm.keller', 'S3')}
${triageRow('4418', 'Dark mode: unreadable badge text', 'beta feedback', 'S3')}
${triageRow('4420', 'Login spinner never stops on slow 3G', 'j.ng', 'S3')}
</table><p class="muted">Triage rotation this week: Hugo Brandt</p></section></main>`,
);

const triageItem = (id: string, title: string, reporter: string) =>
  `<li class="triage-item card" data-id="${id}"><div class="row"><input type="checkbox" aria-label="Select bug ${id}"><a href="/bugs/${id}">${title}</a><span class="muted">#${id} · ${reporter}</span></div>
<div class="row"><label>Priority <select name="priority-${id}"><option>P0</option><option>P1</option><option selected>P2</option><option>P3</option></select></label>
<label>Team <select name="team-${id}"><option>Unassigned</option><option>iOS</option><option>Android</option><option>Payments</option></select></label>
<button class="triage-item__accept">Accept</button><button class="triage-item__wontfix">Won't fix</button></div></li>`;

const triageV2 = page(
  'Triage · Mobile app — Bugline',
  `<header><a href="/" class="logo">Bugline</a><nav><a href="/projects/mobile">Mobile app</a><a href="/triage" class="active">Triage</a><a href="/releases">Releases</a></nav><input type="search" placeholder="Go to issue"></header>
<main><nav class="tabs row"><a href="/triage/untriaged" class="tab active">Inbox</a><a href="/triage/needs-repro" class="tab">Awaiting repro steps</a><a href="/triage/regressions" class="tab">Regressions</a><a href="/triage/top-crashes" class="tab">Top crashes</a></nav>
<h1>Inbox</h1>
<div class="row toolbar"><button class="accept-selected">Accept (0)</button><button class="move-project">Move to project…</button><button class="ask-reporter">Ask reporter for details</button></div>
<ul class="triage-list">
${triageItem('4420', 'Login spinner never stops on slow 3G', 'j.ng')}
${triageItem('4415', 'Push notifications arrive twice', 'm.keller')}
${triageItem('4411', 'Crash when rotating on checkout', 'store review')}
</ul><p class="muted">On triage duty: Hugo Brandt</p></main>`,
);

const triagePair: PagePair = {
  name: 'bug-triage',
  v1: triageV1,
  v2: triageV2,
  targets: [
    {
      selector: '#mark-dup',
      expect: null,
      change: 'duplicate action dropped; Move to project… took its slot',
    },
    {
      selector: '#need-info',
      expect: 'button.ask-reporter',
      change: 'reworded Request more info → Ask reporter for details',
    },
    {
      selector: 'tr[data-bug="4415"] .accept',
      expect: '[data-id="4415"] .triage-item__accept',
      change: 'rows became list cards, list reordered',
    },
    {
      selector: 'tr[data-bug="4418"] .close-bug',
      expect: null,
      change: 'bug fixed and gone; sibling bugs remain',
    },
    {
      selector: '#sev-4420',
      expect: 'select[name="priority-4420"]',
      change: 'Severity S1–S4 became Priority P0–P3, id removed',
    },
    {
      selector: '#view-needs-repro',
      expect: 'a.tab[href="/triage/needs-repro"]',
      change: 'sidebar link became a tab, reworded',
    },
  ],
};

// ---------------------------------------------------------------- package registry page

const pkgV1 = page(
  'tidewave — pkghub',
  `<header><a href="/" class="logo">pkghub</a><input id="pkg-search" type="search" placeholder="Search packages"><button id="pkg-search-go">Search</button><a href="/login">Sign in</a><a href="/signup">Sign up</a></header>
<main><aside><div class="card"><h4>Install</h4><div class="row"><code id="install-cmd">npm i tidewave</code><button id="copy-install" title="Copy">Copy</button></div>
<h4>Repository</h4><a id="repo-link" href="https://github.com/tidewave-js/tidewave">github.com/tidewave-js/tidewave</a>
<h4>Homepage</h4><a id="homepage-link" href="https://tidewave.dev">tidewave.dev</a>
<h4>Weekly downloads</h4><p id="weekly-dl">1,284,511</p>
<div class="grid"><div><h4>Version</h4><p>3.4.1</p></div><div><h4>License</h4><p>MIT</p></div><div><h4>Unpacked size</h4><p>412 kB</p></div><div><h4>Total files</h4><p>58</p></div></div>
<h4>Last publish</h4><p>9 days ago</p>
<h4>Collaborators</h4><p><a href="/~rlin">rlin</a> <a href="/~okafor">okafor</a></p>
<a href="/support?report=tidewave" id="report-pkg">Report malware</a></div></aside>
<h1>tidewave <span class="muted">3.4.1 • Public • Published 9 days ago</span></h1>
<nav class="row"><a id="tab-readme" href="?activeTab=readme" class="active">Readme</a><a id="tab-deps" href="?activeTab=dependencies">Dependencies (7)</a><a id="tab-dependents" href="?activeTab=dependents">Dependents (1,204)</a><a id="tab-versions" href="?activeTab=versions">Versions (42)</a></nav>
<article><h2>tidewave</h2><p>Streaming backpressure for Node and the browser, in 3 kB.</p>
<h3>Usage</h3><pre><code>import { flow } from 'tidewave';
const out = flow(source).throttle(64).pipe(sink);</code></pre>
<h3>Options</h3><ul><li><code>highWaterMark</code> — buffer size before pausing (default 16)</li><li><code>signal</code> — an AbortSignal to stop the flow</li></ul>
<p>See the <a href="https://tidewave.dev/guide">guide</a> and the <a href="https://tidewave.dev/changelog">changelog</a>.</p></article></main>`,
);

const pkgV2 = page(
  'tidewave — pkghub',
  `<header><a href="/" class="logo">pkghub</a><form role="search" class="row"><input type="search" name="q" aria-label="Search packages" placeholder="Search 3 million packages"><button type="submit" aria-label="Search">⌕</button></form><a href="/login">Log in</a></header>
<main><div class="pkg-head"><h1>tidewave</h1><p class="muted">v3.4.1 · MIT · published 9 days ago <span class="badge">✓ Provenance</span></p></div>
<nav class="tabs row"><a href="?activeTab=readme" class="tab active">Readme</a><a href="?activeTab=code" class="tab">Code <span class="badge">Beta</span></a><a href="?activeTab=dependencies" class="tab">7 Dependencies</a><a href="?activeTab=versions" class="tab">42 Versions</a></nav>
<aside class="pkg-side"><div class="card"><p class="muted">Install</p><div class="row"><code>npm i tidewave</code><button class="icon-btn" aria-label="Copy install command">⧉</button></div>
<p class="muted">Weekly downloads</p><p class="downloads-count">1,284,511</p>
<ul class="sidebar-links"><li><a href="https://github.com/tidewave-js/tidewave" class="meta-repo">Repository</a></li><li><a href="https://tidewave.dev">Homepage</a></li><li><a href="https://opencollective.com/tidewave">Fund this package</a></li></ul>
<div class="grid"><div>Unpacked size<br><b>412 kB</b></div><div>Files<br><b>58</b></div></div>
<p class="muted">Maintainers</p><p><a href="/~rlin">rlin</a> <a href="/~okafor">okafor</a></p></div></aside>
<article><h2>tidewave</h2><p>Streaming backpressure for Node and the browser, in 3 kB.</p>
<h3>Usage</h3><pre><code>import { flow } from 'tidewave';
const out = flow(source).throttle(64).pipe(sink);</code></pre>
<h3>Options</h3><ul><li><code>highWaterMark</code> — buffer size before pausing (default 16)</li><li><code>signal</code> — an AbortSignal to stop the flow</li></ul>
<p>See the <a href="https://tidewave.dev/guide">guide</a> and the <a href="https://tidewave.dev/changelog">changelog</a>.</p></article></main>
<footer class="row"><a href="/policies">Policies</a><a href="/support?report=tidewave" class="report">Report package</a><a href="/status">Status</a></footer>`,
);

const pkgPair: PagePair = {
  name: 'package-registry-page',
  v1: pkgV1,
  v2: pkgV2,
  targets: [
    {
      selector: '#copy-install',
      expect: '[aria-label="Copy install command"]',
      change: 'Copy text button became a ⧉ icon',
    },
    {
      selector: '#tab-versions',
      expect: 'a.tab[href="?activeTab=versions"]',
      change: 'Versions (42) → 42 Versions, id removed',
    },
    { selector: '#tab-dependents', expect: null, change: 'dependents tab dropped; a Code tab was added' },
    {
      selector: '#report-pkg',
      expect: 'footer a.report',
      change: 'moved to the footer, Report malware → Report package',
    },
    {
      selector: '#repo-link',
      expect: 'a.meta-repo',
      change: 'link text became "Repository", moved into a list',
    },
    { selector: '#weekly-dl', expect: '.downloads-count', change: 'text readout: id → class' },
  ],
};

// ---------------------------------------------------------------- IoT device fleet

const devRow = (id: string, model: string, fw: string, status: string, seen: string) =>
  `<tr id="dev-${id}"><td><a href="/devices/${id}">${id}</a></td><td>${model}</td><td>${fw}</td><td><span class="badge">${status}</span></td><td>${seen}</td>
<td><button class="reboot">Reboot</button> <button class="fw-update">Update firmware</button> <button class="locate">Locate</button></td></tr>`;

const fleetV1 = page(
  'Devices — Fleetmind',
  `<header><a href="/" class="logo">Fleetmind</a><nav><a href="/devices" class="active">Devices</a><a href="/firmware">Firmware</a><a href="/alerts">Alerts <span class="badge">3</span></a><a href="/settings">Settings</a></nav></header>
<main><h1>Devices</h1>
<div class="row"><label for="group">Site</label><select id="group"><option>All sites</option><option>Harbor warehouse</option><option>Main office</option></select>
<fieldset class="row"><legend>Status</legend><label><input type="radio" name="status" id="status-all" checked> All</label><label><input type="radio" name="status" id="status-online"> Online</label><label><input type="radio" name="status" id="status-offline"> Offline</label></fieldset>
<button id="add-device">Add device</button><button id="rollout">Push firmware 4.2.0 to all</button></div>
<table><tr><th>Device</th><th>Model</th><th>Firmware</th><th>Status</th><th>Last seen</th><th>Actions</th></tr>
${devRow('thermostat-lobby-01', 'TH-200', '4.1.3', 'Online', '1 min ago')}
${devRow('freezer-bay-3', 'FZ-Temp Pro', '4.0.9', 'Online', '30 s ago')}
${devRow('door-sensor-east', 'DS-10', '4.1.3', 'Offline', '2 h ago')}
${devRow('gateway-roof-a', 'GW-5G', '3.9.2', 'Online', '12 s ago')}
${devRow('camera-dock-2', 'CAM-4K', '4.0.9', 'Online', '4 s ago')}
</table><p class="muted">5 devices · 1 offline · 3 need firmware updates</p></main>`,
);

const devCard = (id: string, model: string, fw: string, status: string, seen: string) =>
  `<div class="device card" data-device="${id}"><div class="row"><a href="/devices/${id}"><b>${id}</b></a><span class="badge">${status}</span></div>
<p class="muted">${model} · fw ${fw} · seen ${seen}</p>
<div class="row device__tools"><button class="icon" aria-label="Restart ${id}">⟳</button><button class="icon" aria-label="Update firmware on ${id}">⤓</button><a href="/devices/${id}/logs">Logs</a></div></div>`;

const fleetV2 = page(
  'Devices — Fleetmind',
  `<header><a href="/" class="logo">Fleetmind</a><nav><a href="/devices" class="active">Fleet</a><a href="/firmware">Firmware</a><a href="/alerts">Alerts <span class="badge">3</span></a><a href="/settings">Settings</a></nav></header>
<main><div class="row"><h1>Fleet</h1><button class="provision btn-primary">Provision device</button><button data-action="rollout">Start rollout…</button></div>
<nav class="row chips"><a class="chip active" href="?status=any">Any status</a><a class="chip" href="?status=online">Online</a><a class="chip" href="?status=offline">Offline</a></nav>
<h2>Harbor warehouse</h2><div class="grid3">
${devCard('freezer-bay-3', 'FZ-Temp Pro', '4.0.9', 'Online', '30 s ago')}
${devCard('camera-dock-2', 'CAM-4K', '4.0.9', 'Online', '4 s ago')}
${devCard('door-sensor-east', 'DS-10', '4.1.3', 'Offline', '2 h ago')}
</div>
<h2>Main office</h2><div class="grid3">
${devCard('thermostat-lobby-01', 'TH-200', '4.1.3', 'Online', '1 min ago')}
</div><p class="muted">4 devices · 1 offline · gateway-roof-a was decommissioned on 3 Mar</p></main>`,
);

const fleetPair: PagePair = {
  name: 'device-fleet',
  v1: fleetV1,
  v2: fleetV2,
  targets: [
    {
      selector: '#rollout',
      expect: 'button[data-action="rollout"]',
      change: 'reworded, firmware version dropped from label',
    },
    {
      selector: '#dev-freezer-bay-3 .reboot',
      expect: '[aria-label="Restart freezer-bay-3"]',
      change: 'table → cards grouped by site, Reboot became a ⟳ icon "Restart"',
    },
    {
      selector: '#dev-freezer-bay-3 .locate',
      expect: null,
      change: 'Locate action removed from every device',
    },
    {
      selector: '#dev-gateway-roof-a .fw-update',
      expect: null,
      change: 'device decommissioned; other devices remain',
    },
    {
      selector: '#dev-camera-dock-2 .fw-update',
      expect: '[aria-label="Update firmware on camera-dock-2"]',
      change: 'text button became a ⤓ icon, card order changed',
    },
    {
      selector: '#status-offline',
      expect: 'a.chip[href="?status=offline"]',
      change: 'radio became a filter chip link',
    },
  ],
};

// ---------------------------------------------------------------- meal-kit plan chooser

const mealV1 = page(
  'Choose your plan — Forkful',
  `<header><a href="/" class="logo">Forkful</a><nav><a href="/menu">This week's menu</a><a href="/plans" class="active">Plans</a><a href="/gifts">Gift cards</a></nav><a href="/login">Log in</a></header>
<main><ol class="row steps"><li><b>Select plan</b></li><li>Register</li><li>Address</li><li>Checkout</li></ol>
<h1>Personalize your plan</h1><div class="grid"><section>
<h3>1. What are your preferences?</h3>
<div class="grid"><label><input type="checkbox" id="pref-meat" checked> Meat &amp; veggies</label><label><input type="checkbox" id="pref-veg"> Vegetarian</label>
<label><input type="checkbox" id="pref-fish"> Pescatarian</label><label><input type="checkbox" id="pref-family"> Family friendly</label>
<label><input type="checkbox" id="pref-lowcal"> Low calorie</label><label><input type="checkbox" id="pref-quick"> Quick &amp; easy</label></div>
<h3>2. Number of people</h3><div class="row"><label><input type="radio" name="people" id="people-2" checked> 2</label><label><input type="radio" name="people" id="people-4"> 4</label></div>
<h3>3. Recipes per week</h3><div class="row"><label><input type="radio" name="meals" id="meals-2"> 2</label><label><input type="radio" name="meals" id="meals-3" checked> 3</label><label><input type="radio" name="meals" id="meals-4"> 4</label><label><input type="radio" name="meals" id="meals-5"> 5</label><label><input type="radio" name="meals" id="meals-6"> 6</label></div>
</section><section class="card"><h3>Price summary</h3>
<p>3 meals for 2 people per week</p><p>6 total servings</p>
<table><tr><td>Box price</td><td>$59.94</td></tr><tr><td>Price per serving</td><td>$9.99</td></tr><tr><td>Shipping</td><td>$10.99</td></tr><tr><th>First box total</th><th id="first-box-total">$70.93</th></tr></table>
<div class="row"><input id="promo" name="promo" placeholder="Promo code"><button id="apply-promo">Apply</button></div>
<button id="select-plan" class="btn btn-primary">Select this plan</button></section></div></main>`,
);

const mealPref = (key: string, label: string, on = false) =>
  `<button type="button" class="pref" data-pref="${key}" aria-pressed="${on}">${label}</button>`;

const mealV2 = page(
  'Choose your plan — Forkful',
  `<header><a href="/" class="logo">Forkful</a><nav><a href="/menu">Menus</a><a href="/plans" class="active">Plans</a><a href="/gifts">Gift cards</a></nav><a href="/login">Sign in</a></header>
<main><p class="muted">Step 1 of 4 · Plan</p><h1>Build your box</h1><div class="grid"><section>
<h3>Pick as many as you like</h3>
<div class="row wrap">${mealPref('meat-veggies', 'Meat &amp; Veggies', true)}${mealPref('veggie', 'Veggie')}${mealPref('pescatarian', 'Pescatarian')}${mealPref('calorie-smart', 'Calorie Smart')}${mealPref('fast-fresh', 'Fast &amp; Fresh')}${mealPref('protein', 'High Protein')}</div>
<h3>Servings per meal</h3><div class="row seg"><button type="button" data-people="2" aria-pressed="true">2 people</button><button type="button" data-people="4" aria-pressed="false">4 people</button></div>
<h3>Meals per week</h3><div class="row seg"><button type="button" data-meals="2">2</button><button type="button" data-meals="3" aria-pressed="true">3</button><button type="button" data-meals="4">4</button><button type="button" data-meals="5">5</button></div>
</section><section class="card summary"><h3>Your box</h3>
<p>3 meals · 2 servings each</p>
<dl><dt>Box</dt><dd>$59.94</dd><dt>Per serving</dt><dd>$9.99</dd><dt>Shipping</dt><dd>$10.99</dd><dt>First box</dt><dd class="summary__total">$70.93</dd></dl>
<div class="row"><input name="voucher" placeholder="Gift or promo code"><button class="redeem">Redeem</button></div>
<button class="continue btn-primary">Continue to delivery</button></section></div></main>`,
);

const mealPair: PagePair = {
  name: 'meal-kit-plan',
  v1: mealV1,
  v2: mealV2,
  targets: [
    {
      selector: '#pref-lowcal',
      expect: 'button[data-pref="calorie-smart"]',
      change: 'checkbox → toggle button, Low calorie → Calorie Smart',
    },
    { selector: '#pref-family', expect: null, change: 'preference withdrawn; High Protein was added' },
    {
      selector: '#people-4',
      expect: 'button[data-people="4"]',
      change: 'radio → segmented button "4 people"',
    },
    { selector: '#promo', expect: 'input[name="voucher"]', change: 'renamed field and placeholder' },
    { selector: '#apply-promo', expect: 'button.redeem', change: 'Apply → Redeem' },
    {
      selector: '#select-plan',
      expect: 'button.continue',
      change: 'Select this plan → Continue to delivery',
    },
  ],
};

// ---------------------------------------------------------------- university course registration

const secRow = (crn: string, course: string, title: string, sec: string, when: string, seats: string) =>
  `<tr><td>${crn}</td><td>${course}</td><td>${title}</td><td>${sec}</td><td>${when}</td><td>${seats}</td><td><button id="crn-${crn}-add" class="add">Add</button></td></tr>`;

const regV1 = page(
  'Registration — Spring 2025 — Northfield University',
  `<header><a href="/" class="logo">Northfield Student Center</a><nav><a href="/schedule">My schedule</a><a href="/register" class="active">Registration</a><a href="/finances">Finances</a><a href="/holds">Holds (0)</a></nav></header>
<main><h1>Spring 2025 registration</h1><p class="muted">Your registration window opened Mar 4 at 8:00 AM.</p>
<form class="row" id="class-search"><label>Subject <select id="subject"><option>Computer Science</option><option>Mathematics</option><option>History</option></select></label>
<label>Course number <input id="course-number" size="6"></label><label class="row"><input type="checkbox" id="waitlist-opt"> Join waitlist when full</label><button id="search-classes">Search</button></form>
<table><tr><th>CRN</th><th>Course</th><th>Title</th><th>Sec</th><th>Days &amp; time</th><th>Seats</th><th></th></tr>
${secRow('40212', 'CS 210', 'Data Structures', '001', 'MWF 9:00–9:50', '12 / 40')}
${secRow('40213', 'CS 210', 'Data Structures', '002', 'TTh 11:00–12:15', '3 / 40')}
${secRow('51877', 'MATH 241', 'Calculus III', '001', 'MWF 13:00–13:50', '0 / 35')}
${secRow('62040', 'HIST 118', 'The Atlantic World', '001', 'TTh 14:00–15:15', '22 / 60')}
</table>
<section class="card"><h3>Registration cart</h3><ul>
<li>HIST 105 · Modern Europe · 3 cr <a href="#" id="drop-hist105">Drop</a></li>
<li>CS 201 · Discrete Math · 4 cr <a href="#" id="drop-cs201">Drop</a></li></ul>
<p>Total: <b>7 credits</b></p><button id="submit-reg" class="btn btn-primary">Register for 7 credits</button></section></main>`,
);

const regV2 = page(
  'Registration — Spring 2025 — Northfield University',
  `<header><a href="/" class="logo">Northfield Student Center</a><nav><a href="/schedule">Schedule</a><a href="/register" class="active">Register</a><a href="/finances">Account</a></nav></header>
<main><aside class="card plan"><h3>Planned schedule</h3><ul>
<li class="row">HIST 105 Modern Europe <span class="muted">3 cr</span><button class="icon" aria-label="Remove HIST 105 from plan">✕</button></li>
<li class="row">CS 201 Discrete Math <span class="muted">4 cr</span><button class="icon" aria-label="Remove CS 201 from plan">✕</button></li></ul>
<p>7 credits</p><button class="submit-registration btn-primary">Submit registration</button></aside>
<h1>Find classes</h1>
<form class="row" role="search"><label>Subject <select id="subj-filter"><option>All subjects</option><option>Computer Science</option><option>Mathematics</option><option>History</option></select></label>
<label>Catalog # <input name="catalog" size="6"></label><label class="row"><input type="checkbox" id="open-only"> Show open sections only</label><button class="find">Find classes</button></form>
<div class="course card"><h3>CS 210 — Data Structures</h3>
<div class="section row" data-crn="40212">Sec 001 · Mon/Wed/Fri 9:00–9:50 · 12 seats left <button class="add">Add to cart</button></div>
<div class="section row" data-crn="40290">Sec 003 · Tue/Thu 15:30–16:45 · 40 seats left <button class="add">Add to cart</button></div></div>
<div class="course card"><h3>HIST 118 — The Atlantic World</h3>
<div class="section row" data-crn="62040">Sec 001 · Tue/Thu 14:00–15:15 · 22 seats left <button class="add">Add to cart</button></div></div>
<div class="course card"><h3>MATH 241 — Calculus III</h3>
<div class="section row" data-crn="51877">Sec 001 · Mon/Wed/Fri 13:00–13:50 · Full <button class="add">Add to cart</button></div></div>
</main>`,
);

const regPair: PagePair = {
  name: 'course-registration',
  v1: regV1,
  v2: regV2,
  targets: [
    { selector: '#subject', expect: '#subj-filter', change: 'renamed id, "All subjects" option added' },
    {
      selector: '#crn-40212-add',
      expect: '[data-crn="40212"] button.add',
      change: 'table row became a section line in a course card, Add → Add to cart',
    },
    {
      selector: '#crn-40213-add',
      expect: null,
      change: 'section 002 cancelled; section 001 and a new 003 remain',
    },
    {
      selector: '#drop-hist105',
      expect: '[aria-label="Remove HIST 105 from plan"]',
      change: 'Drop link became a ✕ icon',
    },
    {
      selector: '#submit-reg',
      expect: 'button.submit-registration',
      change: 'credit count dropped from the label, moved to the side',
    },
    {
      selector: '#waitlist-opt',
      expect: null,
      change: 'waitlist option dropped; an "open sections only" checkbox took its place',
    },
  ],
};

// ---------------------------------------------------------------- co-working desk booking

const deskV1 = page(
  'Book a desk — Deskly',
  `<header><a href="/" class="logo">Deskly</a><nav><a href="/book" class="active">Book</a><a href="/bookings">My bookings</a><a href="/team">Team</a></nav><span>Hub: Canal Street</span></header>
<main><h1>Book a desk</h1><div class="row"><label>Date <input type="date" id="date" value="2025-03-11"></label>
<label>Floor <select id="floor-select"><option>Floor 2</option><option>Floor 3</option><option>Floor 5</option></select></label></div>
<fieldset class="row"><legend>Amenities</legend><label><input type="checkbox" id="amenity-dual"> Dual monitor</label><label><input type="checkbox" id="amenity-standing"> Standing desk</label><label><input type="checkbox" id="amenity-window"> Near window</label><label><input type="checkbox" id="amenity-quiet"> Quiet zone</label></fieldset>
<ul class="desks">
<li class="card row">Desk 2-14 · Dual monitor · Window <button id="book-2-14">Book</button></li>
<li class="card row">Desk 2-15 · Dual monitor <button id="book-2-15">Book</button></li>
<li class="card row">Desk 2-21 · Standing desk <button id="book-2-21">Book</button></li>
<li class="card row">Phone booth B · 1 person <button id="book-booth-b">Book</button></li>
<li class="card row">Meeting room Harbor · 6 people · Screen <button id="book-harbor">Request</button></li></ul>
<section class="card"><h3>Your upcoming bookings</h3>
<p>Tue 11 Mar · Desk 3-08 · all day <button id="checkin-3-08">Check in</button> <button id="cancel-3-08">Cancel</button></p>
<p class="muted">Check in by 10:30 or the desk is released.</p></section></main>`,
);

const deskTile = (desk: string, state: string) =>
  `<button class="desk-tile" data-desk="${desk}" aria-label="Desk ${desk}, ${state}">${desk}</button>`;

const deskV2 = page(
  'Book a desk — Deskly',
  `<header><a href="/" class="logo">Deskly</a><nav><a href="/book" class="active">Find a spot</a><a href="/bookings">Bookings</a><a href="/team">People</a></nav><span>Canal Street</span></header>
<main><div class="card today"><h3>Today</h3><p>Desk 3-08 · Floor 3 · all day</p><div class="row"><button class="arrive btn-primary">I'm here</button><button class="release">Release desk</button></div></div>
<div class="row"><input type="date" name="day" value="2025-03-11" aria-label="Day"><nav class="row tabs"><a href="?floor=2" class="active">2F</a><a href="?floor=3">3F</a><a href="?floor=5">5F</a></nav></div>
<div class="row filters"><label><input type="checkbox" id="f-dual"> Two screens</label><label><input type="checkbox" id="f-standing"> Sit/stand</label><label><input type="checkbox" id="f-window"> Window seat</label><label><input type="checkbox" id="f-focus"> Focus area</label></div>
<h2>Floor 2</h2><div class="grid3 floorplan">${deskTile('2-14', 'available')}${deskTile('2-15', 'available')}${deskTile('2-16', 'booked')}${deskTile('2-21', 'available')}${deskTile('Booth B', 'available')}</div>
<p class="muted">Meeting rooms are now booked from your calendar.</p>
<button class="reserve btn-primary">Reserve selected desk</button></main>`,
);

const deskPair: PagePair = {
  name: 'desk-booking',
  v1: deskV1,
  v2: deskV2,
  targets: [
    {
      selector: '#book-2-14',
      expect: 'button[data-desk="2-14"]',
      change: 'list of Book buttons became floor-plan tiles',
    },
    {
      selector: '#book-harbor',
      expect: null,
      change: 'meeting rooms moved to the calendar; no room row left',
    },
    { selector: '#amenity-quiet', expect: '#f-focus', change: 'Quiet zone → Focus area, renamed id' },
    { selector: '#amenity-window', expect: '#f-window', change: 'Near window → Window seat' },
    {
      selector: '#checkin-3-08',
      expect: 'button.arrive',
      change: "Check in → I'm here, moved to a Today card",
    },
    { selector: '#cancel-3-08', expect: 'button.release', change: 'Cancel → Release desk' },
  ],
};

// ---------------------------------------------------------------- DNS records editor

const dnsRow = (id: string, type: string, name: string, content: string, ttl: string) =>
  `<tr id="rec-${id}"><td>${type}</td><td>${name}</td><td><code>${content}</code></td><td>${ttl}</td><td><button class="edit">Edit</button> <button class="del">Delete</button></td></tr>`;

const dnsV1 = page(
  'DNS — harborlight.coffee',
  `<header><a href="/" class="logo">Registrar One</a><nav><a href="/domains" class="active">Domains</a><a href="/email">Email</a><a href="/billing">Billing</a></nav></header>
<main><p><a href="/domains">Domains</a> › harborlight.coffee › DNS</p><h1>DNS records</h1>
<div class="row"><button id="import-zone">Import zone file</button><button id="export-zone">Export</button><button id="dnssec">Enable DNSSEC</button></div>
<form id="add-record" class="row card"><label>Type <select id="rec-type"><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option></select></label>
<label>Name <input id="rec-name" placeholder="@"></label><label>Content <input id="rec-content" placeholder="IPv4 address"></label>
<label>TTL <select id="rec-ttl"><option>Auto</option><option>5 min</option><option>1 hr</option><option>1 day</option></select></label><button id="save-rec" type="submit">Save record</button></form>
<table><tr><th>Type</th><th>Name</th><th>Content</th><th>TTL</th><th></th></tr>
${dnsRow('a-root', 'A', '@', '203.0.113.24', 'Auto')}
${dnsRow('cname-www', 'CNAME', 'www', 'harborlight.coffee', 'Auto')}
${dnsRow('mx-1', 'MX', '@', '10 mail1.harbormail.net', '1 hr')}
${dnsRow('mx-2', 'MX', '@', '20 mail2.harbormail.net', '1 hr')}
${dnsRow('txt-spf', 'TXT', '@', 'v=spf1 include:harbormail.net ~all', 'Auto')}
${dnsRow('txt-dmarc', 'TXT', '_dmarc', 'v=DMARC1; p=quarantine', 'Auto')}
</table><p class="muted">Nameservers: ns1.registrarone.net, ns2.registrarone.net</p></main>`,
);

const dnsRow2 = (id: string, type: string, name: string, content: string, ttl: string) =>
  `<tr data-id="${id}"><td><span class="badge">${type}</span></td><td>${name}</td><td><code>${content}</code></td><td>${ttl}</td><td><button class="icon-edit" aria-label="Edit record">✎</button><button class="icon-trash" aria-label="Delete record">🗑</button></td></tr>`;

const dnsV2 = page(
  'DNS — harborlight.coffee',
  `<header><a href="/" class="logo">Registrar One</a><nav><a href="/domains" class="active">Domains</a><a href="/email">Email</a><a href="/billing">Billing</a></nav></header>
<main><p><a href="/domains">Domains</a> / harborlight.coffee</p><div class="row"><h1>DNS</h1><a href="/domains/harborlight.coffee/nameservers" class="btn">Nameservers</a></div>
<div class="grid"><section class="card"><h3>Add a record</h3><form class="record-form">
<label for="record-type">Type</label><select id="record-type" name="type"><option>A</option><option>AAAA</option><option>CNAME</option><option>MX</option><option>TXT</option><option>CAA</option></select>
<label for="record-host">Host</label><input id="record-host" name="host" placeholder="@ for root">
<label for="record-value">Points to</label><input id="record-value" name="value">
<label for="record-ttl">TTL</label><select id="record-ttl" name="ttl"><option>Automatic</option><option>5 minutes</option><option>1 hour</option><option>1 day</option></select>
<button type="submit" class="add-record">Add record</button></form></section>
<section class="card"><h3>Advanced</h3><ul class="menu"><li><a class="menu-item" href="/dns/import">Import BIND zone file</a></li><li><a class="menu-item" href="/dns/export">Download records</a></li></ul></section></div>
<table><tr><th>Type</th><th>Host</th><th>Value</th><th>TTL</th><th></th></tr>
${dnsRow2('a1', 'A', '@', '203.0.113.24', 'Auto')}
${dnsRow2('cn1', 'CNAME', 'www', 'harborlight.coffee', 'Auto')}
${dnsRow2('txt1', 'TXT', '@', 'v=spf1 include:harbormail.net ~all', 'Auto')}
${dnsRow2('txt2', 'TXT', '_dmarc', 'v=DMARC1; p=quarantine', 'Auto')}
${dnsRow2('mx1', 'MX', '@', '10 mail1.harbormail.net', '1 hr')}
</table></main>`,
);

const dnsPair: PagePair = {
  name: 'dns-records',
  v1: dnsV1,
  v2: dnsV2,
  targets: [
    { selector: '#rec-name', expect: '#record-host', change: 'Name → Host, form moved into a card' },
    { selector: '#rec-ttl', expect: '#record-ttl', change: 'renamed id, option labels spelled out' },
    { selector: '#save-rec', expect: 'button.add-record', change: 'Save record → Add record' },
    { selector: '#rec-mx-2 .del', expect: null, change: 'backup MX removed; the primary MX row remains' },
    {
      selector: '#rec-mx-1 .edit',
      expect: 'tr[data-id="mx1"] button.icon-edit',
      change: 'Edit became a ✎ icon with a generic label, rows regrouped',
    },
    {
      selector: '#import-zone',
      expect: 'a.menu-item[href="/dns/import"]',
      change: 'toolbar button moved into an Advanced menu as a link',
    },
  ],
};

// ---------------------------------------------------------------- fitness goals

const goalsV1 = page(
  'Goals — Stride',
  `<header><a href="/" class="logo">Stride</a><nav><a href="/today">Today</a><a href="/goals" class="active">Goals</a><a href="/friends">Friends</a><a href="/devices">Devices</a></nav></header>
<main><div class="grid3"><div class="card"><h4>Steps today</h4><p id="steps-today">6,482</p><p class="muted">of 10,000</p></div>
<div class="card"><h4>Active minutes this week</h4><p>96 / 150</p></div><div class="card"><h4>Sleep last night</h4><p>6 h 52 min</p></div></div>
<button id="share">Share progress</button>
<form id="goals-form" class="card"><h2>Activity</h2>
<label for="steps-goal">Daily step goal</label><input id="steps-goal" type="number" value="10000" step="500">
<label for="active-min">Weekly active minutes</label><input id="active-min" type="number" value="150">
<h2>Sleep</h2><label for="sleep-goal">Sleep goal</label><select id="sleep-goal"><option>7 hours</option><option selected>7.5 hours</option><option>8 hours</option></select>
<h2>Weight</h2><div class="row"><label>Current <input id="weight-now" value="82.4"></label><label>Target <input id="weight-target" value="76.0"></label></div>
<fieldset><legend>Pace</legend><label><input type="radio" name="pace" id="pace-slow" value="0.25"> Slow (0.25 kg / week)</label><label><input type="radio" name="pace" id="pace-moderate" value="0.5" checked> Moderate (0.5 kg / week)</label><label><input type="radio" name="pace" id="pace-aggressive" value="1"> Aggressive (1 kg / week)</label></fieldset>
<h2>Reminders</h2><label class="row"><input type="checkbox" id="move-remind" checked> Remind me to move every hour</label><label class="row"><input type="checkbox" id="bed-remind"> Bedtime reminder</label>
<div class="row"><button type="submit" id="save-goals">Save goals</button><button type="button" id="reset-goals">Reset to recommended</button></div></form></main>`,
);

const goalsV2 = page(
  'Goals — Stride',
  `<header><a href="/" class="logo">Stride</a><nav><a href="/today">Today</a><a href="/goals" class="active">Goals</a><a href="/friends">Community</a><a href="/devices">Devices</a></nav><button class="icon" aria-label="Share progress">⇪</button></header>
<main><h1>Your goals</h1><form class="goals">
<section class="card"><h2>Move</h2><p class="muted">6,482 steps today · 96 of 150 active minutes this week</p>
<label for="steps-target">Steps per day</label><div class="row"><button type="button" class="step-down" aria-label="Decrease steps">−</button><input id="steps-target" type="number" value="10000"><button type="button" class="step-up" aria-label="Increase steps">+</button></div>
<label for="weekly-active">Active minutes per week</label><input id="weekly-active" type="number" value="150">
<label class="row"><input type="checkbox" role="switch" id="inactivity-alerts" checked> Inactivity alerts</label></section>
<section class="card"><h2>Sleep</h2><label for="sleep-target">Time asleep</label><select id="sleep-target"><option>7 h</option><option selected>7 h 30 min</option><option>8 h</option></select>
<label class="row"><input type="checkbox" role="switch" id="wind-down"> Wind-down reminder</label></section>
<section class="card"><h2>Weight</h2><div class="row"><label>Now <input name="weight_now" value="82.4"></label><label>Goal <input name="weight_goal" value="76.0"></label></div>
<fieldset><legend>How fast?</legend><label><input type="radio" name="pace" value="0.25"> Relaxed — about 0.25 kg a week</label><label><input type="radio" name="pace" value="0.5" checked> Steady — about 0.5 kg a week</label></fieldset>
<p class="muted">Faster paces are no longer offered. <a href="/help/safe-weight-loss">Why?</a></p></section>
<button type="submit" class="update-goals btn-primary">Update goals</button></form></main>`,
);

const goalsPair: PagePair = {
  name: 'fitness-goals',
  v1: goalsV1,
  v2: goalsV2,
  targets: [
    {
      selector: '#pace-slow',
      expect: 'input[name="pace"][value="0.25"]',
      change: 'id removed, Slow → Relaxed',
    },
    { selector: '#pace-aggressive', expect: null, change: 'fastest pace withdrawn; the other paces remain' },
    { selector: '#move-remind', expect: '#inactivity-alerts', change: 'checkbox became a switch, reworded' },
    { selector: '#bed-remind', expect: '#wind-down', change: 'Bedtime reminder → Wind-down reminder' },
    { selector: '#save-goals', expect: 'button.update-goals', change: 'Save goals → Update goals' },
    {
      selector: '#share',
      expect: '[aria-label="Share progress"]',
      change: 'moved to the header as a ⇪ icon',
    },
  ],
};

// ---------------------------------------------------------------- e-signature envelope

const signV1 = page(
  'Review and sign — SignFlow',
  `<header><a href="/" class="logo">SignFlow</a><span>Master Services Agreement — Quillfield Ltd.</span>
<button id="finish" class="btn btn-primary">Finish</button><select id="other-actions"><option>Other actions</option><option>Assign to someone else</option><option>View history</option></select><button id="decline">Decline to sign</button><button id="download">Download PDF</button><button id="print">Print</button></header>
<main><div class="card"><label class="row"><input type="checkbox" id="consent"> I agree to use electronic records and signatures.</label><p class="muted">Please review the <a href="/disclosure">Electronic Record and Signature Disclosure</a>.</p></div>
<button id="next-field">Next field</button>
<article class="doc card"><h2>Master Services Agreement</h2>
<p>This Agreement is entered into between Quillfield Ltd. ("Client") and Northpaw Studio LLC ("Provider").</p>
<h3>1. Services</h3><p>Provider will deliver the services described in each Statement of Work.</p>
<h3>2. Fees</h3><p>Client will pay undisputed invoices within thirty (30) days.</p>
<p>Initials: <button id="init-1" class="field">Initial</button></p>
<h3>3. Term</h3><p>This Agreement begins on the Effective Date and continues for twelve (12) months.</p>
<div class="row"><span>Client signature:</span><button id="sig-1" class="field field-sig">Sign here</button><span>Date:</span><span id="date-signed" class="field">—</span></div>
<div class="row"><span>Title:</span><input id="signer-title" placeholder="Your title"></div></article>
<p class="muted">Envelope ID 5F1C-22A9-8E04 · Sent by Maya Chen (maya@northpaw.studio)</p>
<div class="row"><span>Page 1 of 3</span><a href="#page-2">Next page</a><select aria-label="Language"><option>English (US)</option><option>Deutsch</option><option>Français</option></select></div></main>
<footer class="row"><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a><a href="/help">Help &amp; support</a><span>© 2025 SignFlow, Inc.</span></footer>`,
);

const signV2 = page(
  'Review and sign — SignFlow',
  `<header><a href="/" class="logo">SignFlow</a><span>Master Services Agreement</span><span class="muted">from Maya Chen</span>
<div class="row"><button class="icon" aria-label="Zoom out">−</button><button class="icon" aria-label="Zoom in">+</button><button class="icon" aria-label="Download">⬇</button></div>
<button class="complete-signing btn-primary">Complete signing</button></header>
<main><aside class="card"><h4>More options</h4><ul class="menu"><li><a href="#reassign" class="menu-link">Assign to someone else</a></li><li><a href="#history" class="menu-link">Envelope history</a></li><li><a href="#decline" class="menu-link decline">Decline</a></li></ul></aside>
<div class="banner card"><label class="row"><input type="checkbox" id="esign-consent"> I consent to do business electronically and to receive documents electronically.</label><a href="/disclosure">Read the disclosure</a></div>
<button class="guide-tag">Start</button>
<article class="doc card"><h2>Master Services Agreement</h2>
<p>This Agreement is entered into between Quillfield Ltd. ("Client") and Northpaw Studio LLC ("Provider").</p>
<h3>1. Services</h3><p>Provider will deliver the services described in each Statement of Work.</p>
<h3>2. Fees</h3><p>Client will pay undisputed invoices within thirty (30) days.</p>
<h3>3. Term</h3><p>This Agreement begins on the Effective Date and continues for twelve (12) months.</p>
<div class="row"><span>Client signature:</span><button class="sig-field" data-field="signature">✍ Sign</button><span>Date:</span><span class="date-field">—</span></div>
<div class="row"><span>Title:</span><input name="signer_title" placeholder="Job title"></div></article>
<p class="muted">Envelope 5F1C-22A9-8E04</p><div class="row"><span>1 / 3</span><a href="#page-2">Next page</a></div></main>
<footer class="row"><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/help">Help</a><select aria-label="Language"><option>English (US)</option><option>Deutsch</option></select></footer>`,
);

const signPair: PagePair = {
  name: 'e-signature',
  v1: signV1,
  v2: signV2,
  targets: [
    {
      selector: '#finish',
      expect: 'button.complete-signing',
      change: 'Finish → Complete signing, moved to the end of the bar',
    },
    {
      selector: '#decline',
      expect: 'a.decline',
      change: 'button moved into a More options menu as "Decline"',
    },
    { selector: '#download', expect: '[aria-label="Download"]', change: 'Download PDF became a ⬇ icon' },
    { selector: '#print', expect: null, change: 'Print dropped; zoom buttons sit in its place' },
    { selector: '#sig-1', expect: 'button.sig-field', change: 'Sign here → ✍ Sign, id → data-field' },
    { selector: '#init-1', expect: null, change: 'initials no longer required' },
  ],
};

// ---------------------------------------------------------------- recruiting pipeline

const candRow = (key: string, name: string, stage: string, source: string, rating: string) =>
  `<tr id="cand-${key}"><td><a href="/candidates/${key}">${name}</a></td><td>${stage}</td><td>${source}</td><td>${rating}</td>
<td><button class="advance">Advance</button> <button class="schedule">Schedule interview</button> <button class="reject">Reject</button></td></tr>`;

const atsV1 = page(
  'Senior Backend Engineer — Hirewell',
  `<header><a href="/" class="logo">Hirewell</a><nav><a href="/jobs" class="active">Jobs</a><a href="/candidates">Candidates</a><a href="/calendar">Calendar</a><a href="/reports">Reports</a></nav></header>
<main><p><a href="/jobs">Jobs</a> › Senior Backend Engineer</p><h1>Senior Backend Engineer</h1><p class="muted">Engineering · Remote (EU) · Hiring manager: Oskar Lind</p>
<div class="row"><button id="add-cand">Add candidate</button><button id="share-job">Share job</button><a href="/jobs/88/edit" id="edit-job">Edit job posting</a></div>
<nav class="row"><a href="?stage=all" id="st-all">All (5)</a><a href="?stage=applied">Applied (2)</a><a href="?stage=screen">Phone screen (1)</a><a href="?stage=onsite">Onsite (1)</a><a href="?stage=offer">Offer (1)</a></nav>
<table><tr><th>Candidate</th><th>Stage</th><th>Source</th><th>Rating</th><th></th></tr>
${candRow('marisol', 'Marisol Duarte', 'Phone screen', 'LinkedIn', '★★★★☆')}
${candRow('kwame', 'Kwame Asante', 'Onsite', 'Referral — Ines P.', '★★★★★')}
${candRow('jonah', 'Jonah Pierce', 'Applied', 'Careers page', '—')}
${candRow('farah', 'Farah Siddiqui', 'Offer', 'Agency', '★★★★☆')}
${candRow('bao', 'Bao Nguyen', 'Applied', 'Careers page', '—')}
</table></main>`,
);

const atsCard = (key: string, name: string, source: string, extra: string) =>
  `<div class="cand card" data-cand="${key}"><a href="/candidates/${key}"><b>${name}</b></a><p class="muted">${source}</p>
<div class="row"><button class="move-forward">Move forward</button><button class="archive">Archive</button>${extra}</div></div>`;

const atsV2 = page(
  'Senior Backend Engineer — Hirewell',
  `<header><a href="/" class="logo">Hirewell</a><nav><a href="/jobs" class="active">Jobs</a><a href="/candidates">Talent</a><a href="/calendar">Interviews</a><a href="/reports">Analytics</a></nav></header>
<main><div class="row"><h1>Senior Backend Engineer</h1><a href="/jobs/88/edit" class="edit-job">Edit job</a><button class="icon" aria-label="Add candidate">＋</button></div>
<p class="muted">Engineering · Remote (EU) · Oskar Lind</p>
<div class="grid board" style="grid-template-columns:repeat(4,1fr)">
<section><h3>Applied · 1</h3>${atsCard('bao-nguyen', 'Bao Nguyen', 'Careers page', '<button class="book-interview">Book interview</button>')}</section>
<section><h3>Screen · 1</h3>${atsCard('marisol-duarte', 'Marisol Duarte', 'LinkedIn', '<button class="book-interview">Book interview</button>')}</section>
<section><h3>Onsite · 1</h3>${atsCard('kwame-asante', 'Kwame Asante', 'Referral', '<button class="book-interview">Book interview</button>')}</section>
<section><h3>Offer · 1</h3>${atsCard('farah-siddiqui', 'Farah Siddiqui', 'Agency', '<button class="send-offer">Send offer letter</button>')}</section>
</div><p class="muted">1 candidate withdrew this week.</p></main>`,
);

const atsPair: PagePair = {
  name: 'candidate-pipeline',
  v1: atsV1,
  v2: atsV2,
  targets: [
    { selector: '#add-cand', expect: '[aria-label="Add candidate"]', change: 'text button became a ＋ icon' },
    {
      selector: '#cand-kwame .advance',
      expect: '[data-cand="kwame-asante"] .move-forward',
      change: 'table → kanban columns, Advance → Move forward',
    },
    {
      selector: '#cand-jonah .advance',
      expect: null,
      change: 'candidate withdrew; another Applied candidate remains',
    },
    {
      selector: '#cand-marisol .reject',
      expect: '[data-cand="marisol-duarte"] .archive',
      change: 'Reject → Archive',
    },
    {
      selector: '#cand-bao .schedule',
      expect: '[data-cand="bao-nguyen"] .book-interview',
      change: 'Schedule interview → Book interview',
    },
    { selector: '#share-job', expect: null, change: 'share button dropped' },
  ],
};

// ---------------------------------------------------------------- expense report

const catSelect = (sel: string) =>
  ['Airfare', 'Lodging', 'Ground transport', 'Meals', 'Office & coworking']
    .map((c) => `<option${c === sel ? ' selected' : ''}>${c}</option>`)
    .join('');

const expRow = (n: string, date: string, merchant: string, cat: string, amount: string, receipt: boolean) =>
  `<tr id="line-${n}"><td>${date}</td><td>${merchant}</td><td><select name="cat-${n}">${catSelect(cat)}</select></td><td>${amount}</td>
<td>${receipt ? `<a href="/receipts/${n}" class="view-receipt">View</a>` : '<button class="attach">Attach receipt</button>'}</td><td><button class="remove" title="Remove line">✕</button></td></tr>`;

const expV1 = page(
  'Berlin offsite, March — Expensa',
  `<header><a href="/" class="logo">Expensa</a><nav><a href="/reports" class="active">Reports</a><a href="/cards">Cards</a><a href="/approvals">Approvals</a></nav></header>
<main><p><a href="/reports">Reports</a> › Draft</p>
<div class="grid"><label>Report name <input id="report-name" value="Berlin offsite, March"></label><label>Cost center <select id="cost-center"><option>ENG-210 Platform</option><option>ENG-230 Data</option><option>OPS-100 People</option></select></label></div>
<label>Business purpose <textarea id="purpose">Team planning offsite with the Berlin platform group.</textarea></label>
<table><tr><th>Date</th><th>Merchant</th><th>Category</th><th>Amount</th><th>Receipt</th><th></th></tr>
${expRow('1', '03 Mar', 'Lufthansa', 'Airfare', '€412.80', true)}
${expRow('2', '03 Mar', 'Hotel Amano Grand Central', 'Lodging', '€684.00', true)}
${expRow('3', '04 Mar', 'Taxi Berlin', 'Ground transport', '€38.50', false)}
${expRow('4', '05 Mar', 'Cookies Cream', 'Meals', '€297.30', false)}
${expRow('5', '06 Mar', 'Betahaus day pass', 'Office & coworking', '€50.00', true)}
</table>
<div class="row"><button id="add-line">Add expense</button><button id="add-mileage">Add mileage</button></div>
<p>Total: <strong id="report-total">€1,482.60</strong> · <span class="muted">2 receipts missing</span></p>
<div class="row"><button id="submit-report" class="btn btn-primary">Submit for approval</button><button id="save-draft">Save draft</button><button id="delete-report" class="danger">Delete report</button></div></main>`,
);

const expCard = (n: string, date: string, merchant: string, cat: string, amount: string, receipt: boolean) =>
  `<div class="expense card" data-line="${n}"><div class="row"><b>${merchant}</b><span class="muted">${date}</span><span class="amount">${amount}</span></div>
<div class="row"><select name="category-${n}" aria-label="Category">${catSelect(cat)}</select>${receipt ? '<span class="badge">Receipt ✓</span>' : `<button class="attach-receipt" aria-label="Attach receipt for ${merchant}">📎</button>`}<button class="icon" aria-label="Delete expense">🗑</button></div></div>`;

const expV2 = page(
  'Berlin offsite, March — Expensa',
  `<header><a href="/" class="logo">Expensa</a><nav><a href="/reports" class="active">Reports</a><a href="/cards">Cards</a><a href="/approvals">Approvals</a></nav></header>
<main><div class="row"><input class="report-title" value="Berlin offsite, March" aria-label="Report title"><span class="muted">All changes saved</span></div>
<div class="grid"><label>Charge to <select id="charge-to"><option>ENG-210 Platform</option><option>ENG-230 Data</option><option>OPS-100 People</option></select></label>
<label>Why was this spent? <textarea name="purpose">Team planning offsite with the Berlin platform group.</textarea></label></div>
<div class="row"><button class="new-expense">+ Expense</button><button class="scan">Scan receipt</button></div>
${expCard('1', '03 Mar', 'Lufthansa', 'Airfare', '€412.80', true)}
${expCard('2', '03 Mar', 'Hotel Amano Grand Central', 'Lodging', '€684.00', true)}
${expCard('4', '05 Mar', 'Cookies Cream', 'Meals', '€297.30', false)}
${expCard('5', '06 Mar', 'Betahaus day pass', 'Office & coworking', '€50.00', true)}
<div class="row summary"><span>Total</span><strong class="summary__total">€1,444.10</strong><span class="muted">1 receipt missing</span></div>
<div class="row"><button class="send-approver btn-primary">Send to approver</button><a href="#delete" class="danger-link">Delete report</a></div></main>`,
);

const expPair: PagePair = {
  name: 'expense-report',
  v1: expV1,
  v2: expV2,
  targets: [
    {
      selector: '#report-name',
      expect: 'input.report-title',
      change: 'labelled field became an inline title input',
    },
    {
      selector: '#line-4 .attach',
      expect: '[data-line="4"] .attach-receipt',
      change: 'rows → cards, Attach receipt became a 📎 icon',
    },
    { selector: '#line-3 .remove', expect: null, change: 'taxi line removed; the other lines remain' },
    { selector: '#add-mileage', expect: null, change: 'mileage dropped; Scan receipt took its slot' },
    {
      selector: '#submit-report',
      expect: 'button.send-approver',
      change: 'Submit for approval → Send to approver',
    },
    { selector: '#report-total', expect: '.summary__total', change: 'text readout moved into a summary row' },
  ],
};

// ---------------------------------------------------------------- mortgage calculator

const mortV1 = page(
  'Mortgage calculator — Cornerstone Bank',
  `<header><a href="/" class="logo">Cornerstone Bank</a><nav><a href="/mortgages" class="active">Mortgages</a><a href="/rates">Rates</a><a href="/refinance">Refinance</a><a href="/contact">Contact</a></nav></header>
<main><h1>Mortgage calculator</h1><div class="grid"><form id="calc-form">
<label for="home-price">Home price</label><input id="home-price" value="425,000">
<div class="row"><label for="down-payment">Down payment</label><input id="down-payment" value="85,000"><input id="down-pct" value="20" size="3"><span>%</span></div>
<label for="term">Loan term</label><select id="term"><option>30 years</option><option>20 years</option><option>15 years</option></select>
<label for="rate">Interest rate</label><input id="rate" value="6.375">
<label class="row"><input type="checkbox" id="include-tax" checked> Include taxes &amp; insurance</label>
<label class="row"><input type="checkbox" id="include-pmi"> Include PMI</label>
<div class="row"><button type="button" id="calc">Calculate</button><button type="reset" id="reset">Reset</button></div></form>
<section class="card"><h2>Monthly payment</h2><p id="monthly-payment">$2,581</p>
<table><tr><td>Principal &amp; interest</td><td>$2,121</td></tr><tr><td>Property taxes</td><td>$354</td></tr><tr><td>Homeowners insurance</td><td>$106</td></tr></table>
<a href="/apply/preapproval" id="preapproved" class="btn">Get pre-approved</a><br><a href="#schedule" id="amort-link">View amortization schedule</a><br><a href="/rates" id="compare">Compare today's rates</a></section></div>
<p class="muted">Estimates only. Your actual rate and payment may vary.</p></main>`,
);

const mortV2 = page(
  'Mortgage calculator — Cornerstone Bank',
  `<header><a href="/" class="logo">Cornerstone Bank</a><nav><a href="/mortgages" class="active">Home loans</a><a href="/rates">Today's rates</a><a href="/refinance">Refinance</a><a href="/contact">Talk to us</a></nav></header>
<main><h1>How much will my mortgage cost?</h1><div class="grid"><section class="card result">
<p class="muted">Estimated monthly payment</p><p class="result__payment">$2,581</p>
<div role="tablist" class="row"><button role="tab" aria-selected="true" id="tab-breakdown">Breakdown</button><button role="tab" aria-selected="false" id="tab-amortization">Amortization</button></div>
<ul><li>Principal &amp; interest $2,121</li><li>Taxes $354</li><li>Insurance $106</li></ul>
<a href="/apply/preapproval" class="cta-preapproval btn-primary">Start your pre-approval</a></section>
<form class="calc">
<label for="purchase-price">Purchase price</label><input id="purchase-price" value="425,000">
<label for="deposit-amount">Deposit</label><div class="row"><input id="deposit-amount" value="85,000"><input id="deposit-percent" value="20" size="3" aria-label="Deposit percent"></div>
<fieldset class="row"><legend>Term</legend><label><input type="radio" name="term" value="30" checked> 30-year</label><label><input type="radio" name="term" value="20"> 20-year</label><label><input type="radio" name="term" value="15"> 15-year</label><label><input type="radio" name="term" value="10"> 10-year</label></fieldset>
<label for="apr">Rate (APR %)</label><input id="apr" value="6.375">
<label class="row"><input type="checkbox" role="switch" id="taxes-toggle" checked> Add property tax and insurance</label>
<label class="row"><input type="checkbox" role="switch" id="pmi-toggle"> Add mortgage insurance (PMI)</label>
<a href="#" class="clear-all">Clear all</a></form></div>
<p class="muted">This calculator is for illustration. <a href="/rates">See current rates</a></p></main>`,
);

const mortPair: PagePair = {
  name: 'mortgage-calculator',
  v1: mortV1,
  v2: mortV2,
  targets: [
    { selector: '#home-price', expect: '#purchase-price', change: 'Home price → Purchase price' },
    { selector: '#down-payment', expect: '#deposit-amount', change: 'Down payment → Deposit' },
    { selector: '#calc', expect: null, change: 'calculation is live now; no button' },
    {
      selector: '#preapproved',
      expect: 'a.cta-preapproval',
      change: 'Get pre-approved → Start your pre-approval',
    },
    { selector: '#amort-link', expect: '#tab-amortization', change: 'link became a tab' },
    { selector: '#reset', expect: 'a.clear-all', change: 'Reset button → Clear all link' },
    {
      selector: '#monthly-payment',
      expect: '.result__payment',
      change: 'text readout moved to the top of a result card',
    },
  ],
};

// ---------------------------------------------------------------- wiki page history

const revRow = (n: string, when: string, who: string, summary: string, delta: string) =>
  `<tr id="rev-${n}"><td><input type="radio" name="from" value="${n}"><input type="radio" name="to" value="${n}"></td><td>${when}</td><td><a href="/users/${who.toLowerCase()}">${who}</a></td><td>${summary}</td><td>${delta}</td>
<td><a href="?rev=${n}" class="view">View</a> <button class="restore">Restore</button></td></tr>`;

const wikiV1 = page(
  'History: Laptop setup — Team Wiki',
  `<header><a href="/" class="logo">Team Wiki</a><input type="search" placeholder="Search wiki"><a href="/recent">Recent changes</a></header>
<main><p><a href="/wiki/onboarding">Onboarding</a> / Laptop setup</p>
<nav class="row"><a href="/wiki/laptop-setup" id="tab-read">Read</a><a href="/wiki/laptop-setup/edit" id="tab-edit">Edit</a><a href="/wiki/laptop-setup/history" id="tab-history" class="active">History</a><a href="/wiki/laptop-setup/talk" id="tab-talk">Talk</a></nav>
<h1>Revision history</h1>
<div class="row"><button id="compare">Compare selected revisions</button><button id="watch">Watch page</button><button id="export">Export history</button></div>
<table><tr><th>Compare</th><th>Date</th><th>Author</th><th>Summary</th><th>Size</th><th></th></tr>
${revRow('58', 'Today 09:14', 'Ana', 'Add Homebrew bundle step', '+412')}
${revRow('57', 'Yesterday 17:40', 'Mehmet', 'Update VPN client to 5.2', '+36')}
${revRow('56', '12 Mar 11:02', 'bot-linkcheck', 'Fix 3 broken links', '−8')}
${revRow('55', '10 Mar 15:27', 'Ana', 'Split SSH keys into its own section', '+1,204')}
${revRow('54', '2 Mar 08:55', 'Jordan', 'Initial page', '+3,880')}
</table><p class="muted">Older revisions are kept for 2 years.</p></main>`,
);

const revItem = (n: string, when: string, who: string, summary: string, delta: string) =>
  `<li class="rev card" data-rev="${n}"><div class="row"><input type="checkbox" aria-label="Select revision ${n}"><b>${summary}</b><span class="muted">${who} · ${when}</span><span class="badge">${delta}</span></div>
<div class="row"><a href="?rev=${n}" class="view-version">Open this version</a><button class="revert">Revert to this version</button></div></li>`;

const wikiV2 = page(
  'History: Laptop setup — Team Wiki',
  `<header><a href="/" class="logo">Team Wiki</a><input type="search" placeholder="Search pages"><a href="/recent">Activity</a></header>
<main><div class="row"><h1>Laptop setup</h1><button class="icon" aria-label="Follow page">☆</button></div>
<nav class="tabs row"><a href="/wiki/laptop-setup">Page</a><a href="/wiki/laptop-setup/edit">Edit</a><a href="/wiki/laptop-setup/history" class="active">Versions</a><a href="/wiki/laptop-setup/discussion">Discussion</a></nav>
<div class="row"><button class="compare-versions">Compare 2 versions</button><span class="muted">Pick two versions to compare</span></div>
<ol class="timeline">
${revItem('58', 'today 09:14', 'Ana', 'Add Homebrew bundle step', '+412')}
${revItem('57', 'yesterday 17:40', 'Mehmet', 'Update VPN client to 5.2', '+36')}
${revItem('55', '10 Mar', 'Ana', 'Split SSH keys into its own section', '+1,204')}
${revItem('54', '2 Mar', 'Jordan', 'Initial page', '+3,880')}
</ol><p class="muted">Bot edits are hidden. <a href="?bots=1">Show bot edits</a></p></main>`,
);

const wikiPair: PagePair = {
  name: 'wiki-history',
  v1: wikiV1,
  v2: wikiV2,
  targets: [
    {
      selector: '#compare',
      expect: 'button.compare-versions',
      change: 'reworded Compare selected revisions → Compare 2 versions',
    },
    {
      selector: '#rev-57 .restore',
      expect: '[data-rev="57"] .revert',
      change: 'table → timeline, Restore → Revert to this version',
    },
    {
      selector: '#rev-56 .restore',
      expect: null,
      change: 'bot revision hidden; neighbouring revisions remain',
    },
    {
      selector: '#watch',
      expect: '[aria-label="Follow page"]',
      change: 'Watch page became a ☆ icon "Follow page"',
    },
    { selector: '#export', expect: null, change: 'export dropped' },
    {
      selector: '#tab-talk',
      expect: 'a[href="/wiki/laptop-setup/discussion"]',
      change: 'Talk → Discussion, id removed',
    },
  ],
};

// ---------------------------------------------------------------- game library

const gameTile = (key: string, title: string, action: string, hours: string) =>
  `<div class="tile card" id="g-${key}"><div class="cover">${title}</div><p class="muted">${hours}</p>
<div class="row"><button class="${action.toLowerCase()}">${action}</button><a href="/library/${key}/properties" class="props">Properties</a><button class="uninstall">Uninstall</button></div></div>`;

const gamesV1 = page(
  'Library — Nimbus Games',
  `<header><a href="/" class="logo">Nimbus</a><nav><a href="/store">Store</a><a href="/library" class="active">Library</a><a href="/community">Community</a></nav><span>pixelwren</span></header>
<main><div class="sidebar"><h4>Collections</h4><a href="/library/c/favorites" id="col-favorites">Favorites</a><br><a href="/library/c/coop" id="col-coop">Co-op nights</a><br><a href="/library/c/unfinished" id="col-unfinished">Unfinished</a>
<hr><button id="add-game">Add a game</button><br><a href="/redeem" id="redeem">Redeem a code</a></div>
<section style="margin-left:220px"><div class="row"><input id="lib-search" placeholder="Search your library"><select id="lib-sort"><option>Recently played</option><option>A–Z</option><option>Install size</option></select><label class="row"><input type="checkbox" id="installed-only"> Installed only</label></div>
<div class="grid3">
${gameTile('starfall', 'Starfall Tactics', 'Play', '86 h played')}
${gameTile('harbor', 'Harbor Lights', 'Install', 'Never played')}
${gameTile('bakery', 'Dungeon Bakery', 'Play', '4 h played')}
${gameTile('rust', 'Rust &amp; Ruin', 'Update', '12 h played')}
${gameTile('gardens', 'Cloud Gardens', 'Install', '30 min played')}
</div></section></main>`,
);

const gameRow = (key: string, title: string, action: string, cls: string, hours: string) =>
  `<tr data-game="${key}"><td><b>${title}</b></td><td>${hours}</td><td><button class="${cls}">${action}</button></td><td><button class="icon" aria-label="Uninstall ${title}">🗑</button><a href="/library/${key}/properties" aria-label="Manage ${title}">⚙</a></td></tr>`;

const gamesV2 = page(
  'Library — Nimbus Games',
  `<header><a href="/" class="logo">Nimbus</a><nav><a href="/store">Store</a><a href="/library" class="active">Library</a><a href="/community">Community</a></nav><span>pixelwren</span></header>
<main><nav class="row shelves"><span class="muted">Shelves:</span><a href="/library/shelf/favorites">Favorites</a><a href="/library/shelf/coop">Co-op nights</a><a href="/library/shelf/in-progress">In progress</a><a href="/activate" class="activate-key">Activate a product key</a></nav>
<div class="row"><input type="search" name="filter" placeholder="Filter by title"><label>Sort <select id="sort-by"><option>Last played</option><option>Name</option><option>Size on disk</option></select></label><label class="row"><input type="checkbox" id="only-installed"> On this device</label></div>
<table class="games"><tr><th>Game</th><th>Play time</th><th></th><th></th></tr>
${gameRow('starfall-tactics', 'Starfall Tactics', 'Play', 'play', '86 h')}
${gameRow('rust-and-ruin', 'Rust &amp; Ruin', 'Update', 'update', '12 h')}
${gameRow('cloud-gardens', 'Cloud Gardens', 'Download', 'download', '30 min')}
${gameRow('harbor-lights', 'Harbor Lights', 'Download', 'download', '—')}
</table><p class="muted">1 game was refunded and removed from your library.</p></main>`,
);

const gamesPair: PagePair = {
  name: 'game-library',
  v1: gamesV1,
  v2: gamesV2,
  targets: [
    {
      selector: '#g-harbor .install',
      expect: 'tr[data-game="harbor-lights"] button.download',
      change: 'tiles → table rows, Install → Download, reordered',
    },
    { selector: '#g-bakery .play', expect: null, change: 'game refunded; other Play buttons remain' },
    {
      selector: '#g-starfall .uninstall',
      expect: '[aria-label="Uninstall Starfall Tactics"]',
      change: 'Uninstall became a 🗑 icon',
    },
    {
      selector: '#redeem',
      expect: 'a.activate-key',
      change: 'Redeem a code → Activate a product key, moved to the top',
    },
    {
      selector: '#col-unfinished',
      expect: 'a[href="/library/shelf/in-progress"]',
      change: 'Collections → Shelves, Unfinished → In progress',
    },
    { selector: '#lib-sort', expect: '#sort-by', change: 'renamed id, options reworded' },
  ],
};

// ---------------------------------------------------------------- school parent portal

const schoolV1 = page(
  'Parent portal — Maple Grove Elementary',
  `<header><a href="/" class="logo">Maple Grove Elementary</a><nav><a href="/home" class="active">Home</a><a href="/calendar">Calendar</a><a href="/lunch">Lunch</a><a href="/forms">Forms</a></nav>
<label>Student <select id="child-select"><option>Noah Kaminski — Grade 3</option><option>Ava Kaminski — Kindergarten</option></select></label></header>
<main><h1>Good morning, Beth</h1><div class="grid">
<section class="card"><h3>Attendance</h3><p>Present 41 of 43 days</p><button id="report-absence">Report an absence</button></section>
<section class="card"><h3>Lunch account</h3><p>Balance: <b id="lunch-balance">$12.40</b></p><button id="add-lunch">Add money</button> <a href="/lunch/menu" id="lunch-menu">This week's menu</a></section>
<section class="card"><h3>Action needed</h3><p>Field trip to Oregon Zoo · Apr 4</p><button id="sign-slip">Sign permission slip</button></section>
<section class="card"><h3>Conferences</h3><p>Spring conferences run Mar 24–27.</p><a href="/conferences" id="book-conf">Book parent-teacher conference</a></section></div>
<h2>Messages</h2><ul class="messages">
<li id="msg-okafor" class="card"><b>Ms. Okafor</b> — Reading log reminder: please sign this week's log. <button class="reply">Reply</button></li>
<li id="msg-reyes" class="card"><b>Coach Reyes</b> — Field day volunteers needed on May 16. <button class="reply">Reply</button></li>
<li id="msg-office" class="card"><b>Front office</b> — Picture day retakes are Thursday. <button class="reply">Reply</button></li></ul>
<h2>Grades</h2><table><tr><th>Subject</th><th>Term 2</th></tr><tr><td>Reading</td><td>Meets</td></tr><tr><td>Math</td><td>Exceeds</td></tr><tr><td>Science</td><td>Meets</td></tr></table></main>`,
);

const schoolV2 = page(
  'Parent portal — Maple Grove Elementary',
  `<header><a href="/" class="logo">Maple Grove</a><nav><a href="/home" class="active">Today</a><a href="/calendar">Calendar</a><a href="/lunch">Meals</a><a href="/forms">Forms &amp; payments</a></nav></header>
<main><div class="row kids" role="tablist"><button role="tab" aria-selected="true" class="kid">Noah · Gr 3</button><button role="tab" aria-selected="false" class="kid">Ava · K</button></div>
<h1>Hi Beth</h1><div class="grid3">
<div class="tile card"><h3>Attendance</h3><p>41 / 43 days</p><button class="notify-absence">Notify school of absence</button></div>
<div class="tile card"><h3>Meals</h3><p class="tile__balance">$12.40</p><button class="top-up">Top up</button></div>
<div class="tile card"><h3>To do</h3><p>Spring book fair · Mar 20</p><button class="pay-bookfair">Pay for book fair</button></div>
</div>
<p>Spring conferences run Mar 24–27. <a href="/conferences" class="schedule-meeting">Schedule a meeting with Noah's teacher</a></p>
<h2>Inbox</h2><div class="thread card" data-msg="office"><b>Front office</b><p>Picture day retakes are Thursday.</p><button class="reply-btn" aria-label="Reply">↩</button></div>
<div class="thread card" data-msg="okafor"><b>Ms. Okafor</b><p>Reading log reminder: please sign this week's log.</p><button class="reply-btn" aria-label="Reply">↩</button></div>
<h2>Progress</h2><ul><li>Reading — Meets</li><li>Math — Exceeds</li><li>Science — Meets</li></ul></main>`,
);

const schoolPair: PagePair = {
  name: 'parent-portal',
  v1: schoolV1,
  v2: schoolV2,
  targets: [
    {
      selector: '#report-absence',
      expect: 'button.notify-absence',
      change: 'Report an absence → Notify school of absence',
    },
    {
      selector: '#sign-slip',
      expect: null,
      change: 'permission slip done; a book-fair payment sits in its tile',
    },
    {
      selector: '#msg-okafor .reply',
      expect: '[data-msg="okafor"] .reply-btn',
      change: 'Reply became a ↩ icon, messages reordered',
    },
    { selector: '#msg-reyes .reply', expect: null, change: 'message expired; other messages remain' },
    {
      selector: '#book-conf',
      expect: 'a.schedule-meeting',
      change: 'link reworded and moved out of the cards',
    },
    { selector: '#lunch-balance', expect: '.tile__balance', change: 'text readout lost its label' },
  ],
};

// ---------------------------------------------------------------- car rental return

const returnV1 = page(
  'Return your car — Velo Rent',
  `<header><a href="/" class="logo">Velo Rent</a><nav><a href="/reservations" class="active">My rentals</a><a href="/locations">Locations</a><a href="/help">Help</a></nav></header>
<main><aside class="card"><h4>Trip summary</h4><p>Picked up: SFO Airport, Mar 8, 10:05 AM</p><p>Due back: Mar 12, 10:00 AM</p><p>Prepaid fuel: No</p><p>Estimated charges: <b>$286.40</b></p><a href="/reservations/RX-44817/receipt">View receipt</a></aside>
<h1>Return your vehicle</h1><p>Reservation <b>RX-44817</b> · Toyota Corolla Hybrid · plate 7KQD 219</p>
<form id="return-form" class="card">
<label for="return-loc">Return location</label><select id="return-loc"><option>SFO Airport — Level 3</option><option>Downtown — Mission St</option><option>Oakland — Broadway</option></select>
<label for="odometer">Odometer (miles)</label><input id="odometer" type="number" value="18422">
<fieldset class="row"><legend>Fuel level</legend><label><input type="radio" name="fuel" id="fuel-full" value="1"> Full</label><label><input type="radio" name="fuel" id="fuel-34" value="0.75"> 3/4</label><label><input type="radio" name="fuel" id="fuel-12" value="0.5"> 1/2</label><label><input type="radio" name="fuel" id="fuel-14" value="0.25"> 1/4</label></fieldset>
<div class="row"><span>Any new damage?</span><button type="button" id="report-damage">Report damage</button></div>
<label for="photos">Photos of the car</label><input type="file" id="photos" multiple>
<label class="row"><input type="checkbox" id="keys-dropbox"> I left the keys in the drop box</label>
<div class="row"><button type="submit" id="complete-return" class="btn btn-primary">Complete return</button><button type="button" id="extend">Extend rental instead</button></div></form>
<p class="muted">Late returns are charged by the hour after a 29-minute grace period.</p></main>`,
);

const returnV2 = page(
  'Return your car — Velo Rent',
  `<header><a href="/" class="logo">Velo Rent</a><nav><a href="/reservations" class="active">Trips</a><a href="/locations">Locations</a><a href="/help">Support</a></nav></header>
<main><h1>Drop-off</h1><p class="muted">RX-44817 · Toyota Corolla Hybrid · 7KQD 219</p>
<div class="card row"><span>Due back Mar 12, 10:00 AM</span><span>Est. <b>$286.40</b></span><a href="/reservations/RX-44817/receipt">Receipt</a></div>
<form class="return-steps">
<section class="card"><h3>1 · Where</h3><label for="dropoff-branch">Drop-off branch</label><select id="dropoff-branch"><option>Downtown — Mission St</option><option>Oakland — Broadway</option><option>SFO Airport — Level 3</option></select></section>
<section class="card"><h3>2 · Car condition</h3><label for="mileage">Mileage</label><input id="mileage" name="mileage" type="number" value="18422">
<p>Fuel</p><div class="row"><label><input type="radio" name="fuel_level" value="1"> Full tank</label><label><input type="radio" name="fuel_level" value="0.75"> Three quarters</label><label><input type="radio" name="fuel_level" value="0.5"> Half</label><label><input type="radio" name="fuel_level" value="0.25"> Quarter</label></div>
<button type="button" class="add-damage">+ Add a scratch or dent</button><label>Upload photos <input type="file" name="photos" multiple></label></section>
<section class="card"><h3>3 · Keys</h3><label class="row"><input type="checkbox" id="keys-left"> Keys are in the key drop</label></section>
<button type="submit" class="finish-return btn-primary">Finish drop-off</button><a href="/help/returns" class="help-link">Need help?</a></form></main>`,
);

const returnPair: PagePair = {
  name: 'rental-return',
  v1: returnV1,
  v2: returnV2,
  targets: [
    {
      selector: '#return-loc',
      expect: '#dropoff-branch',
      change: 'Return location → Drop-off branch, options reordered',
    },
    { selector: '#odometer', expect: '#mileage', change: 'Odometer (miles) → Mileage' },
    {
      selector: '#fuel-34',
      expect: 'input[name="fuel_level"][value="0.75"]',
      change: 'ids removed, 3/4 → Three quarters',
    },
    {
      selector: '#report-damage',
      expect: 'button.add-damage',
      change: 'Report damage → + Add a scratch or dent',
    },
    { selector: '#keys-dropbox', expect: '#keys-left', change: 'reworded checkbox in its own step' },
    {
      selector: '#complete-return',
      expect: 'button.finish-return',
      change: 'Complete return → Finish drop-off',
    },
    {
      selector: '#extend',
      expect: null,
      change: 'extend option dropped; a Need help? link sits in its place',
    },
  ],
};

// ---------------------------------------------------------------- print shop order

const printV1 = page(
  'Business cards — Inkpress',
  `<header><a href="/" class="logo">Inkpress</a><nav><a href="/cards" class="active">Business cards</a><a href="/flyers">Flyers</a><a href="/stickers">Stickers</a><a href="/signs">Signs</a></nav><a href="/cart">Cart (0)</a></header>
<main><h1>Business cards</h1><p class="muted">Premium printing, shipped in 5 business days.</p><div class="grid"><form id="configure">
<fieldset><legend>Size</legend><label><input type="radio" name="size" id="size-standard" checked> Standard 3.5" × 2"</label><label><input type="radio" name="size" id="size-square"> Square 2.5" × 2.5"</label><label><input type="radio" name="size" id="size-mini"> Mini 3" × 1"</label></fieldset>
<label for="paper">Paper</label><select id="paper"><option>Matte 16 pt</option><option>Glossy 14 pt</option><option>Recycled 14 pt</option><option>Linen 100 lb</option></select>
<fieldset><legend>Finishes</legend><label><input type="checkbox" id="rounded"> Rounded corners</label><label><input type="checkbox" id="spot-uv"> Spot UV</label><label><input type="checkbox" id="foil"> Gold foil</label></fieldset>
<label for="quantity">Quantity</label><select id="quantity"><option>100</option><option selected>250</option><option>500</option><option>1000</option></select>
<fieldset><legend>Turnaround</legend><label><input type="radio" name="turn" id="turn-standard" checked> Standard (5 days)</label><label><input type="radio" name="turn" id="turn-rush"> Rush (2 days)</label><label><input type="radio" name="turn" id="turn-nextday"> Next day</label></fieldset>
</form><section class="card"><h3>Your design</h3><button id="upload">Upload design</button><p>or</p><a href="/design/cards" id="design-online">Design online</a>
<p>Total <b id="price">$38.00</b> <span class="muted">($0.15 / card)</span></p>
<button id="add-to-cart" class="btn btn-primary">Add to cart</button><br><a href="/samples" id="sample-pack">Order a sample pack</a></section></div></main>`,
);

const printOpt = (group: string, value: string, label: string, hint: string, checked = false) =>
  `<label class="opt card"><input type="radio" name="${group}" value="${value}"${checked ? ' checked' : ''}> <b>${label}</b> <span class="muted">${hint}</span></label>`;

const printV2 = page(
  'Business cards — Inkpress',
  `<header><a href="/" class="logo">Inkpress</a><nav><a href="/cards" class="active">Cards</a><a href="/flyers">Flyers</a><a href="/stickers">Stickers &amp; labels</a><a href="/signs">Signs</a></nav><a href="/cart" aria-label="Basket">🧺 0</a></header>
<main><h1>Business cards</h1><div class="grid"><div>
<h3>Shape</h3><div class="grid">${printOpt('size', 'standard', 'Standard', '3.5 × 2 in', true)}${printOpt('size', 'square', 'Square', '2.5 × 2.5 in')}</div>
<h3>Stock</h3><select id="stock" name="paper"><option>Matte, 16 pt</option><option>Gloss, 14 pt</option><option>Recycled, 14 pt</option><option>Linen texture</option><option>Cotton, 32 pt</option></select>
<h3>Extras</h3><label><input type="checkbox" id="finish-rounded"> Rounded corners</label><label><input type="checkbox" id="finish-raised"> Raised gloss</label>
<h3>How many?</h3><select name="qty"><option>100</option><option selected>250</option><option>500</option><option>1000</option></select>
<h3>Production</h3>${printOpt('turnaround', 'standard', 'Standard', '5 business days', true)}${printOpt('turnaround', 'rush', 'Express', '2 business days')}
</div><aside class="card summary"><h3>Artwork</h3><button class="upload-artwork">Upload artwork</button><a href="/templates/cards" class="templates">Use a template</a>
<p class="summary__price">$38.00</p><button class="add-basket btn-primary">Add to basket</button><a href="/samples">Get a free sample pack</a></aside></div></main>`,
);

const printPair: PagePair = {
  name: 'print-order',
  v1: printV1,
  v2: printV2,
  targets: [
    { selector: '#size-mini', expect: null, change: 'mini size withdrawn' },
    {
      selector: '#size-square',
      expect: 'input[name="size"][value="square"]',
      change: 'radio became an option card, id removed',
    },
    { selector: '#spot-uv', expect: '#finish-raised', change: 'Spot UV → Raised gloss' },
    {
      selector: '#turn-nextday',
      expect: null,
      change: 'next-day turnaround withdrawn; Standard and Rush remain',
    },
    { selector: '#upload', expect: 'button.upload-artwork', change: 'Upload design → Upload artwork' },
    { selector: '#add-to-cart', expect: 'button.add-basket', change: 'Add to cart → Add to basket' },
  ],
};

// ---------------------------------------------------------------- bike-share map

const stationV1 = (key: string, name: string, bikes: string, docks: string) =>
  `<li id="st-${key}" class="card"><b>${name}</b><p class="muted">${bikes} bikes · ${docks} docks</p><button class="reserve">Reserve</button> <a href="/directions/${key}" class="directions">Directions</a></li>`;

const bikeV1 = page(
  'Find a bike — Pedal',
  `<header><a href="/" class="logo">Pedal</a><nav><a href="/map" class="active">Map</a><a href="/rides" id="ride-history">Ride history</a><a href="/account">Account</a></nav></header>
<main><aside><div class="card"><h4>Your pass</h4><p>Monthly · 12 days left</p><button id="renew">Renew pass</button></div>
<button id="scan-unlock" class="btn btn-primary">Scan to unlock</button></aside>
<div class="row"><input id="station-search" placeholder="Search stations"><label class="row"><input type="checkbox" id="ebikes"> E-bikes only</label><label class="row"><input type="checkbox" id="show-docks"> Show free docks</label></div>
<div class="map card" style="height:220px;position:relative"><span class="muted">Map</span><div style="position:absolute;right:8px;top:8px"><button id="zoom-in" title="Zoom in">+</button><br><button id="zoom-out" title="Zoom out">−</button><br><button id="locate">Locate me</button></div></div>
<ul class="stations">
${stationV1('canal-3rd', 'Canal St &amp; 3rd Ave', '7', '4')}
${stationV1('union-w', 'Union Square West', '2', '13')}
${stationV1('riverside-n', 'Riverside Park N', '11', '0')}
${stationV1('market-hall', 'Market Hall', '5', '6')}
</ul></main>`,
);

const stationV2 = (key: string, name: string, bikes: string, dist: string) =>
  `<li class="station card" data-station="${key}"><div class="row"><b>${name}</b><span class="muted">${dist}</span></div><p>${bikes} bikes available</p>
<div class="row"><button class="hold">Hold bike (10 min)</button><a href="/directions/${key}" class="icon" aria-label="Directions to ${name}">↗</a></div></li>`;

const bikeV2 = page(
  'Find a bike — Pedal',
  `<header><a href="/" class="logo">Pedal</a><nav><a href="/map" class="active">Ride</a><a href="/rides">Trips</a><a href="/account">Account</a></nav><button class="unlock btn-primary">Unlock a bike</button></header>
<main><div class="row"><input type="search" name="station" placeholder="Where to?"><button type="button" class="chip" aria-pressed="false">⚡ Electric</button><button type="button" class="chip" aria-pressed="false">Docks</button></div>
<div class="map card" style="height:220px;position:relative"><div style="position:absolute;right:8px;top:8px"><button class="map-ctl" aria-label="Zoom in">+</button><br><button class="map-ctl" aria-label="Zoom out">−</button><br><button class="map-ctl" aria-label="Show my location">⌖</button></div></div>
<ul class="stations">
${stationV2('market-hall', 'Market Hall', '5', '120 m')}
${stationV2('canal-3rd', 'Canal St &amp; 3rd Ave', '7', '350 m')}
${stationV2('riverside-n', 'Riverside Park N', '11', '900 m')}
</ul><p class="muted">Union Square West is closed for construction.</p>
<div class="card"><p>Monthly pass · 12 days left</p><a href="/passes/annual" class="upgrade">Upgrade to annual</a></div></main>`,
);

const bikePair: PagePair = {
  name: 'bike-share-map',
  v1: bikeV1,
  v2: bikeV2,
  targets: [
    {
      selector: '#st-canal-3rd .reserve',
      expect: '[data-station="canal-3rd"] .hold',
      change: 'Reserve → Hold bike (10 min), list re-sorted by distance',
    },
    { selector: '#st-union-w .reserve', expect: null, change: 'station closed; the other stations remain' },
    {
      selector: '#st-riverside-n .directions',
      expect: '[aria-label="Directions to Riverside Park N"]',
      change: 'text link became a ↗ icon',
    },
    { selector: '#locate', expect: '[aria-label="Show my location"]', change: 'Locate me became a ⌖ icon' },
    {
      selector: '#scan-unlock',
      expect: 'button.unlock',
      change: 'Scan to unlock → Unlock a bike, moved to the header',
    },
    { selector: '#renew', expect: null, change: 'Renew dropped; an Upgrade to annual link replaced it' },
  ],
};

// ---------------------------------------------------------------- veterinary patient chart

const vetV1 = page(
  'Biscuit — PawsVet',
  `<header><a href="/" class="logo">PawsVet</a><nav><a href="/schedule">Schedule</a><a href="/patients" class="active">Patients</a><a href="/inventory">Inventory</a></nav><input type="search" placeholder="Find patient or owner"></header>
<main><h1>Biscuit <span class="muted">Beagle · Male (neutered) · 6 y</span></h1><p>Owner: Ruth Delgado · (415) 555-0188 · ruth.d@example.com</p>
<div class="row"><button id="new-note">New visit note</button><button id="send-reminder">Send reminder to owner</button><button id="print-chart">Print chart</button></div>
<nav class="row"><a href="#overview" id="tab-overview" class="active">Overview</a><a href="#vaccines" id="tab-vaccines">Vaccinations</a><a href="#meds" id="tab-meds">Medications</a><a href="#visits" id="tab-visits">Visits</a><a href="#billing" id="tab-billing">Billing</a></nav>
<h2>Vaccinations</h2><table><tr><th>Vaccine</th><th>Last given</th><th>Due</th><th></th></tr>
<tr id="vax-rabies"><td>Rabies (3 yr)</td><td>2022-09-14</td><td>2025-09-14</td><td><button class="record">Record dose</button></td></tr>
<tr id="vax-dhpp"><td>DHPP</td><td>2024-02-02</td><td>2025-02-02</td><td><button class="record">Record dose</button></td></tr>
<tr id="vax-bordetella"><td>Bordetella</td><td>2024-08-20</td><td>2025-08-20</td><td><button class="record">Record dose</button></td></tr></table>
<h2>Medications</h2><table><tr><th>Drug</th><th>Dose</th><th>Refills left</th><th></th></tr>
<tr id="med-apoquel"><td>Apoquel 16 mg</td><td>1 tab daily</td><td>2</td><td><button class="refill">Refill</button> <button class="stop">Stop</button></td></tr>
<tr id="med-heartgard"><td>Heartgard Plus</td><td>1 chew monthly</td><td>5</td><td><button class="refill">Refill</button> <button class="stop">Stop</button></td></tr></table>
<div class="row"><label>Weight (kg) <input id="weight" value="13.2"></label><button id="log-weight">Log weight</button></div></main>`,
);

const vetV2 = page(
  'Biscuit — PawsVet',
  `<header><a href="/" class="logo">PawsVet</a><nav><a href="/schedule">Schedule</a><a href="/patients" class="active">Patients</a><a href="/inventory">Inventory</a></nav><input type="search" placeholder="Search patients"></header>
<main><div class="row"><h1>Biscuit</h1><span class="badge">Beagle</span><span class="muted">6 y · MN · 13.2 kg</span><button class="soap-note btn-primary">+ SOAP note</button><button class="icon" aria-label="Email owner a reminder">✉</button></div>
<p class="muted">Ruth Delgado · (415) 555-0188</p>
<nav class="tabs row"><a href="#summary" class="tab active">Summary</a><a href="#vaccines" class="tab">Vaccines</a><a href="#meds" class="tab">Prescriptions</a><a href="#history" class="tab">History</a></nav>
<div class="grid3">
<div class="card" data-vaccine="dhpp"><b>DHPP</b><p class="muted">Overdue since 2 Feb 2025</p><button class="record-dose">Give dose</button></div>
<div class="card" data-vaccine="bordetella"><b>Bordetella</b><p class="muted">Due 20 Aug 2025</p><button class="record-dose">Give dose</button></div>
<div class="card" data-vaccine="rabies"><b>Rabies · 3 yr</b><p class="muted">Due 14 Sep 2025</p><button class="record-dose">Give dose</button></div></div>
<h2>Prescriptions</h2><div class="card rx" data-rx="apoquel"><b>Apoquel 16 mg</b> · 1 tab daily · 2 refills <button class="request-refill">Request refill</button><button class="discontinue">Discontinue</button></div>
<p class="muted">Heartgard Plus was discontinued on 1 Mar.</p>
<div class="row"><input name="weight_kg" value="13.2" aria-label="Weight in kg"><button class="add-weight">Add weight</button></div></main>`,
);

const vetPair: PagePair = {
  name: 'vet-patient-chart',
  v1: vetV1,
  v2: vetV2,
  targets: [
    { selector: '#tab-billing', expect: null, change: 'billing tab removed from the chart' },
    {
      selector: '#vax-dhpp .record',
      expect: '[data-vaccine="dhpp"] .record-dose',
      change: 'rows → cards sorted by due date, Record dose → Give dose',
    },
    {
      selector: '#med-apoquel .refill',
      expect: '[data-rx="apoquel"] .request-refill',
      change: 'Refill → Request refill',
    },
    {
      selector: '#med-heartgard .stop',
      expect: null,
      change: 'medication discontinued; the Apoquel row remains',
    },
    { selector: '#new-note', expect: 'button.soap-note', change: 'New visit note → + SOAP note' },
    {
      selector: '#send-reminder',
      expect: '[aria-label="Email owner a reminder"]',
      change: 'text button became an ✉ icon',
    },
  ],
};

// ---------------------------------------------------------------- payroll run

const payRow = (key: string, name: string, hours: string, gross: string, net: string) =>
  `<tr id="emp-${key}" data-test="pay-row"><td>${name}</td><td>${hours}</td><td>${gross}</td><td>${net}</td><td><button class="edit">Edit</button> <button class="skip">Skip</button></td></tr>`;

const payV1 = page(
  'Run payroll — Tallypay',
  `<header><a href="/" class="logo">Tallypay</a><nav><a href="/payroll" class="active">Payroll</a><a href="/people">People</a><a href="/taxes">Taxes</a><a href="/reports">Reports</a></nav><span>Lantern Bakery LLC</span></header>
<main><h1>Run payroll</h1><p>Pay period Mar 1 – Mar 15, 2025 · 5 employees</p>
<div class="row"><label>Pay date <input type="date" id="pay-date" value="2025-03-20"></label><button id="import-hours">Import hours from Timeclock</button><button id="add-bonus">Add one-time bonus</button></div>
<table><tr><th>Employee</th><th>Hours</th><th>Gross</th><th>Net</th><th></th></tr>
${payRow('alvarez', 'Ruth Alvarez', '80.0', '$2,080.00', '$1,642.31')}
${payRow('osei', 'Sam Osei', '72.5', '$1,558.75', '$1,271.02')}
${payRow('holm', 'Ingrid Holm', '80.0', '$2,400.00', '$1,861.50')}
${payRow('bellini', 'Marco Bellini', '40.0', '$760.00', '$681.44')}
${payRow('mori', 'Yuki Mori', '64.0', '$1,216.00', '$1,003.90')}
</table>
<p>Total payroll cost: <b id="total-cost">$8,622.18</b></p>
<div class="row"><button id="preview-stubs">Preview pay stubs</button><button id="approve" class="btn btn-primary" data-test="approve-payroll">Approve payroll</button><button id="cancel-run">Cancel run</button></div></main>`,
);

const payV2 = edit(payV1, [
  [
    '<h1>Run payroll</h1>',
    '<ol class="row steps"><li><b>Hours &amp; earnings</b></li><li>Review</li><li>Submit</li></ol><h1>Hours &amp; earnings</h1>',
  ],
  [
    '<label>Pay date <input type="date" id="pay-date" value="2025-03-20"></label>',
    '<label>Payday <input type="date" id="payday" value="2025-03-20"></label>',
  ],
  [
    '<button id="import-hours">Import hours from Timeclock</button>',
    '<button class="sync-timesheets">Sync timesheets</button>',
  ],
  [
    '<button id="add-bonus">Add one-time bonus</button>',
    '<button class="add-reimbursement">Add reimbursement</button>',
  ],
  ['<th></th></tr>', '<th>Edit</th><th></th></tr>'],
  [
    payRow('alvarez', 'Ruth Alvarez', '80.0', '$2,080.00', '$1,642.31'),
    '<tr data-emp="alvarez"><td>Ruth Alvarez</td><td>80.0</td><td>$2,080.00</td><td>$1,642.31</td><td><button class="icon" aria-label="Edit pay for Ruth Alvarez">✎</button></td><td><a href="#" class="exclude">Exclude from this run</a></td></tr>',
  ],
  [
    payRow('osei', 'Sam Osei', '72.5', '$1,558.75', '$1,271.02'),
    '<tr data-emp="osei"><td>Sam Osei</td><td>72.5</td><td>$1,558.75</td><td>$1,271.02</td><td><button class="icon" aria-label="Edit pay for Sam Osei">✎</button></td><td><a href="#" class="exclude">Exclude from this run</a></td></tr>',
  ],
  [
    payRow('holm', 'Ingrid Holm', '80.0', '$2,400.00', '$1,861.50'),
    '<tr data-emp="holm"><td>Ingrid Holm</td><td>80.0</td><td>$2,400.00</td><td>$1,861.50</td><td><button class="icon" aria-label="Edit pay for Ingrid Holm">✎</button></td><td><a href="#" class="exclude">Exclude from this run</a></td></tr>',
  ],
  [payRow('bellini', 'Marco Bellini', '40.0', '$760.00', '$681.44'), ''],
  [
    payRow('mori', 'Yuki Mori', '64.0', '$1,216.00', '$1,003.90'),
    '<tr data-emp="mori"><td>Yuki Mori</td><td>64.0</td><td>$1,216.00</td><td>$1,003.90</td><td><button class="icon" aria-label="Edit pay for Yuki Mori">✎</button></td><td><a href="#" class="exclude">Exclude from this run</a></td></tr>',
  ],
  ['5 employees', '4 employees'],
  ['<b id="total-cost">$8,622.18</b>', '<b class="total-cost">$7,894.51</b>'],
  [
    '<button id="preview-stubs">Preview pay stubs</button><button id="approve" class="btn btn-primary" data-test="approve-payroll">Approve payroll</button><button id="cancel-run">Cancel run</button>',
    '<a href="#" class="discard-draft">Discard draft</a><button class="review-stubs">Review pay stubs</button><button class="submit-payroll btn-primary" data-test="submit-payroll">Submit payroll</button>',
  ],
]);

const payPair: PagePair = {
  name: 'payroll-run',
  v1: payV1,
  v2: payV2,
  targets: [
    {
      selector: '#import-hours',
      expect: 'button.sync-timesheets',
      change: 'Import hours from Timeclock → Sync timesheets',
    },
    {
      selector: '#add-bonus',
      expect: null,
      change: 'bonus button dropped; Add reimbursement took its place',
    },
    {
      selector: '#emp-osei .edit',
      expect: '[aria-label="Edit pay for Sam Osei"]',
      change: 'Edit became a ✎ icon',
    },
    { selector: '#emp-bellini .edit', expect: null, change: 'employee left; the other rows remain' },
    {
      selector: '#emp-holm .skip',
      expect: '[data-emp="holm"] a.exclude',
      change: 'Skip button → Exclude from this run link',
    },
    {
      selector: '[data-test="approve-payroll"]',
      expect: '[data-test="submit-payroll"]',
      change: 'test id and label changed to Submit payroll',
    },
    {
      selector: '#cancel-run',
      expect: 'a.discard-draft',
      change: 'Cancel run → Discard draft link, moved first',
    },
  ],
};

// ---------------------------------------------------------------- ad campaign settings

const adsV1 = page(
  'Spring sale — Settings — Adwise',
  `<header><a href="/" class="logo">Adwise</a><nav><a href="/campaigns" class="active">Campaigns</a><a href="/audiences">Audiences</a><a href="/billing">Billing</a><a href="/tools">Tools</a></nav><span>Account 482-119-3307</span></header>
<main><p><a href="/campaigns">All campaigns</a> › Spring sale</p><div class="row"><h1>Spring sale</h1><span class="badge">Enabled</span><button id="pause">Pause campaign</button></div>
<form id="campaign-settings">
<label for="camp-name">Campaign name</label><input id="camp-name" value="Spring sale">
<label for="daily-budget">Daily budget (USD)</label><input id="daily-budget" value="150.00">
<fieldset class="row"><legend>Delivery method</legend><label><input type="radio" name="delivery" id="delivery-standard" checked> Standard</label><label><input type="radio" name="delivery" id="delivery-accelerated"> Accelerated</label></fieldset>
<label for="bid-strategy">Bidding</label><select id="bid-strategy"><option>Maximize clicks</option><option>Target CPA</option><option>Manual CPC</option></select>
<div class="row"><label>Start date <input type="date" id="start" value="2025-03-15"></label><label>End date <input type="date" id="end" value="2025-04-15"></label></div>
<fieldset><legend>Networks</legend><label><input type="checkbox" id="net-partners" checked> Include search partners</label><label><input type="checkbox" id="net-display"> Include Display Network</label></fieldset>
<h3>Locations</h3><ul class="locations">
<li id="loc-us">United States <button type="button" class="remove">Remove</button></li>
<li id="loc-ca">Canada <button type="button" class="remove">Remove</button></li>
<li id="loc-uk">United Kingdom <button type="button" class="remove">Remove</button></li></ul>
<button type="button" id="add-location">Add location</button>
<button type="submit" id="save-camp" class="btn btn-primary">Save</button></form></main>`,
);

const adLoc = (name: string) =>
  `<li class="row chip">${name}<button type="button" class="icon" aria-label="Remove ${name}">✕</button></li>`;

const adsV2 = page(
  'Spring sale — Settings — Adwise',
  `<header><a href="/" class="logo">Adwise</a><nav><a href="/campaigns" class="active">Campaigns</a><a href="/audiences">Audiences</a><a href="/billing">Billing</a><a href="/tools">Tools &amp; settings</a></nav><span>482-119-3307</span></header>
<main><p><a href="/campaigns">Campaigns</a> / Spring sale</p><div class="row"><h1>Spring sale</h1><label class="row">Status <input type="checkbox" role="switch" aria-label="Campaign enabled" checked></label></div>
<form class="settings"><section class="card"><h3>Basics</h3><label for="campaign-title">Name</label><input id="campaign-title" value="Spring sale">
<div class="row"><label>Starts <input type="date" name="start" value="2025-03-15"></label><label>Ends <input type="date" name="end" value="2025-04-15"></label></div></section>
<section class="card"><h3>Budget &amp; bidding</h3><label for="avg-daily-budget">Average daily budget</label><input id="avg-daily-budget" value="150.00">
<p class="muted">You'll pay no more than 30.4 × your daily budget in a month.</p>
<label for="bidding">Bidding focus</label><select id="bidding"><option>Clicks</option><option>Conversions</option><option>Conversion value</option></select></section>
<section class="card"><h3>Where ads show</h3><label><input type="checkbox" name="search_partners" checked> Search partner sites</label><label><input type="checkbox" name="display_network"> Display Network</label>
<h4>Locations</h4><ul class="row">${adLoc('United States')}${adLoc('Australia')}${adLoc('United Kingdom')}</ul><a href="#locations" class="add-loc">+ Add locations</a></section>
<div class="row"><button type="submit" class="save-changes btn-primary">Save changes</button><a href="/campaigns">Cancel</a></div></form></main>`,
);

const adsPair: PagePair = {
  name: 'ad-campaign-settings',
  v1: adsV1,
  v2: adsV2,
  targets: [
    {
      selector: '#daily-budget',
      expect: '#avg-daily-budget',
      change: 'Daily budget → Average daily budget, moved into a card',
    },
    {
      selector: '#delivery-accelerated',
      expect: null,
      change: 'accelerated delivery deprecated; the delivery choice is gone',
    },
    { selector: '#net-display', expect: 'input[name="display_network"]', change: 'id removed, reworded' },
    { selector: '#loc-ca .remove', expect: null, change: 'Canada removed; Australia sits in its slot' },
    {
      selector: '#loc-uk .remove',
      expect: '[aria-label="Remove United Kingdom"]',
      change: 'Remove became a ✕ on a chip',
    },
    {
      selector: '#pause',
      expect: '[aria-label="Campaign enabled"]',
      change: 'Pause button became a status switch',
    },
    { selector: '#save-camp', expect: 'button.save-changes', change: 'Save → Save changes' },
  ],
};

// ---------------------------------------------------------------- wedding RSVP

const rsvpV1 = page(
  'RSVP — Elena &amp; Josh',
  `<header><a href="/" class="logo">Elena &amp; Josh</a><nav><a href="/story" id="nav-story">Our story</a><a href="/travel" id="nav-travel">Travel</a><a href="/registry" id="nav-registry">Registry</a><a href="/faq" id="nav-faq">FAQ</a><a href="/rsvp" class="active">RSVP</a></nav></header>
<main><h1>RSVP</h1><p>Kindly reply by May 1, 2025. We can't wait to celebrate with you in Sonoma!</p>
<div class="row"><label for="guest-name">Your full name</label><input id="guest-name" placeholder="As written on your invitation"><button id="find-invite">Find my invitation</button></div>
<form id="rsvp-form" class="card"><h3>Invitation for Priya &amp; Sam Whitaker</h3>
<fieldset><legend>Will you attend?</legend><label><input type="radio" name="attending" id="rsvp-yes"> Joyfully accepts</label><label><input type="radio" name="attending" id="rsvp-no"> Regretfully declines</label></fieldset>
<fieldset><legend>Which events?</legend><label><input type="checkbox" id="ev-welcome"> Welcome drinks · Friday</label><label><input type="checkbox" id="ev-ceremony" checked> Ceremony · Saturday</label><label><input type="checkbox" id="ev-reception" checked> Reception · Saturday</label><label><input type="checkbox" id="ev-brunch"> Farewell brunch · Sunday</label></fieldset>
<label for="meal">Dinner choice</label><select id="meal"><option>Braised beef short rib</option><option>Cedar-plank salmon</option><option>Wild mushroom risotto (v)</option></select>
<label for="diet">Allergies or dietary needs</label><textarea id="diet"></textarea>
<label for="plus-one">Plus-one's name</label><input id="plus-one">
<label for="song">Song request</label><input id="song" placeholder="What will get you on the dance floor?">
<button type="submit" id="send-rsvp" class="btn btn-primary">Send RSVP</button></form></main>`,
);

const rsvpV2 = edit(rsvpV1, [
  ['<a href="/story" id="nav-story">Our story</a>', '<a href="/story">Our story</a>'],
  ['<a href="/travel" id="nav-travel">Travel</a>', '<a href="/travel">Travel &amp; stay</a>'],
  ['<a href="/registry" id="nav-registry">Registry</a>', '<a href="/gifts">Gifts</a>'],
  ['<a href="/faq" id="nav-faq">FAQ</a>', '<a href="/faq">Q &amp; A</a>'],
  ['Kindly reply by May 1, 2025.', 'Please respond by May 1.'],
  [
    '<label for="guest-name">Your full name</label><input id="guest-name" placeholder="As written on your invitation"><button id="find-invite">Find my invitation</button>',
    '<input id="lookup-name" aria-label="Your name" placeholder="First and last name"><button class="lookup">Look up</button>',
  ],
  [
    '<label><input type="radio" name="attending" id="rsvp-yes"> Joyfully accepts</label><label><input type="radio" name="attending" id="rsvp-no"> Regretfully declines</label>',
    '<label><input type="radio" name="attending" id="accept"> Wouldn\'t miss it</label><label><input type="radio" name="attending" id="decline"> Can\'t make it</label>',
  ],
  ['<label><input type="checkbox" id="ev-welcome"> Welcome drinks · Friday</label>', ''],
  [
    '<label><input type="checkbox" id="ev-brunch"> Farewell brunch · Sunday</label>',
    '<label><input type="checkbox" id="event-sunday-brunch"> Sunday brunch</label>',
  ],
  [
    '<label for="song">Song request</label><input id="song" placeholder="What will get you on the dance floor?">',
    '',
  ],
  [
    '<label for="plus-one">Plus-one\'s name</label><input id="plus-one">',
    '<label for="guest2">Your guest\'s full name</label><input id="guest2">',
  ],
  [
    '<button type="submit" id="send-rsvp" class="btn btn-primary">Send RSVP</button>',
    '<button type="submit" class="submit-rsvp btn btn-primary">Submit response</button>',
  ],
]);

const rsvpPair: PagePair = {
  name: 'wedding-rsvp',
  v1: rsvpV1,
  v2: rsvpV2,
  targets: [
    {
      selector: '#guest-name',
      expect: '#lookup-name',
      change: 'visible label dropped, renamed id and placeholder',
    },
    { selector: '#find-invite', expect: 'button.lookup', change: 'Find my invitation → Look up' },
    { selector: '#rsvp-no', expect: '#decline', change: "Regretfully declines → Can't make it" },
    { selector: '#ev-welcome', expect: null, change: 'welcome drinks cancelled' },
    {
      selector: '#ev-brunch',
      expect: '#event-sunday-brunch',
      change: 'Farewell brunch · Sunday → Sunday brunch',
    },
    { selector: '#nav-registry', expect: 'a[href="/gifts"]', change: 'Registry → Gifts, new URL' },
  ],
};

/** The fresh blind set: 24 pairs from domains not used elsewhere in the corpus. */
export const FRESH_PAIRS: readonly PagePair[] = [
  tradePair,
  crmPair,
  triagePair,
  pkgPair,
  fleetPair,
  mealPair,
  regPair,
  deskPair,
  dnsPair,
  goalsPair,
  signPair,
  atsPair,
  expPair,
  mortPair,
  wikiPair,
  gamesPair,
  schoolPair,
  returnPair,
  printPair,
  bikePair,
  vetPair,
  payPair,
  adsPair,
  rsvpPair,
];
