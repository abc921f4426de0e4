import { edit, type PagePair, page } from './page.js';

// 1. Probate estate inventory — full rewrite (legacy practice system -> React app)
const probateV1 = page(
  'Estate of Margaret Ellis — Assets | Harcourt Probate',
  `<header><a href="/" class="logo">Harcourt Probate</a>
<nav class="top-nav"><a href="/matters">Matters</a><a href="/estates" class="active">Estates</a><a href="/trust-ledger">Trust ledger</a><a href="/reports">Reports</a></nav>
<span class="user">J. Okafor</span><a href="/logout">Sign out</a></header>
<main>
<aside class="estate-summary">
<h3>Estate summary</h3>
<dl><dt>Deceased</dt><dd>Margaret Anne Ellis</dd><dt>Date of death</dt><dd>03/02/2024</dd><dt>Grant type</dt><dd>Probate (will)</dd><dt>Grant reference</dt><dd class="grant-ref">PA-2024-118842</dd><dt>Executors</dt><dd><ul class="executors"><li>David Ellis</li><li>Susan Ward</li></ul></dd></dl>
<a href="/estates/4471/edit" class="edit-summary">Edit estate details</a>
</aside>
<h1>Estate of Margaret Ellis</h1>
<p class="muted">Matter 4471 · Fee earner J. Okafor</p>
<ul class="tabs row"><li><a href="#assets" class="tab active">Assets</a></li><li><a href="#liabilities" class="tab">Liabilities</a></li><li><a href="#distributions" class="tab">Distributions</a></li><li><a href="#iht" class="tab">Inheritance tax</a></li></ul>
<table class="assets">
<thead><tr><th>Description</th><th>Category</th><th>Value at death</th><th>Source</th><th></th></tr></thead>
<tbody>
<tr><td>14 Elm Road, Harrogate</td><td>Property</td><td>£385,000.00</td><td>RICS valuation</td><td><a href="/estates/4471/assets/201/edit" class="act-edit">Edit</a></td></tr>
<tr><td>Barclays current account ****2291</td><td>Bank account</td><td>£12,480.16</td><td>Bank letter</td><td><a href="/estates/4471/assets/202/edit" class="act-edit">Edit</a></td></tr>
<tr><td>NS&amp;I Premium Bonds</td><td>Savings</td><td>£50,000.00</td><td>NS&amp;I statement</td><td><a href="/estates/4471/assets/203/edit" class="act-edit">Edit</a></td></tr>
<tr><td>Vanguard Stocks &amp; Shares ISA</td><td>Investments</td><td>£41,207.55</td><td>Broker valuation</td><td><a href="/estates/4471/assets/204/edit" class="act-edit">Edit</a></td></tr>
<tr><td>Toyota Yaris 2019</td><td>Vehicle</td><td>£9,200.00</td><td>Estimate</td><td><a href="/estates/4471/assets/205/edit" class="act-edit">Edit</a></td></tr>
<tr><td>Household contents</td><td>Chattels</td><td>£3,500.00</td><td>Estimate</td><td><a href="/estates/4471/assets/206/edit" class="act-edit">Edit</a></td></tr>
</tbody></table>
<div class="totals"><p>Gross estate: <strong id="gross-estate">£501,387.71</strong></p><p>Liabilities: <strong id="total-liabilities">£6,812.40</strong></p><p>Net estate: <strong id="net-estate">£494,575.31</strong></p></div>
<div class="actions row"><button id="btn-export-iht" type="button">Export IHT400 schedule</button><button id="print-inventory" type="button">Print inventory</button></div>
<h2>Add asset</h2>
<form id="add-asset-form" action="/estates/4471/assets" method="post">
<label for="asset-desc">Description</label><input id="asset-desc" name="asset_description" type="text">
<label for="asset-cat">Category</label><select id="asset-cat" name="asset_category"><option>Property</option><option>Bank account</option><option>Savings</option><option>Investments</option><option>Vehicle</option><option>Chattels</option><option>Other</option></select>
<label for="asset-value">Value at date of death (£)</label><input id="asset-value" name="asset_value" type="text">
<label for="asset-source">Valuation source</label><select id="asset-source" name="valuation_source"><option>Estimate</option><option>Bank letter</option><option>RICS valuation</option><option>Broker valuation</option><option>NS&amp;I statement</option></select>
<label><input type="checkbox" id="joint-owned" name="joint_owned"> Jointly owned</label>
<label for="asset-notes">Notes</label><textarea id="asset-notes" name="asset_notes"></textarea>
<div class="row"><button type="submit" class="btn-primary">Save asset</button><button type="reset">Cancel</button></div>
</form>
</main>
<footer>© 2024 Harcourt Probate Ltd · <a href="/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const probateV2 = page(
  'Assets · Ellis, Margaret Anne — Harcourt',
  `<div id="root"><header class="hp-Header_root__x81Ka"><a href="/" aria-label="Harcourt home" class="hp-Logo__k2"><svg width="20" height="20"></svg></a>
<nav class="hp-Nav__q9" aria-label="Primary"><a href="/matters">Matters</a><a href="/estates" aria-current="page">Estates</a><a href="/ledger">Client ledger</a><a href="/insights">Insights</a></nav>
<button class="hp-Avatar__z1" aria-label="Account menu">JO</button></header>
<div class="hp-Layout__w2">
<section class="hp-Summary__p0" data-testid="estate-summary">
<h2>Margaret Anne Ellis</h2>
<div class="hp-KV__a1"><span>Died</span><span>3 February 2024</span></div>
<div class="hp-KV__a1"><span>Grant</span><span>Probate (will)</span></div>
<div class="hp-KV__a1"><span>Matter ref</span><span data-testid="matter-ref">PRB-4471</span></div>
<div class="hp-KV__a1"><span>Executors</span><span>David Ellis, Susan Ward</span></div>
<a href="/estates/4471/details" class="hp-Link__m3">Estate details</a>
</section>
<div class="hp-Main__r4">
<div class="hp-Toolbar__t5 row"><h1>Assets</h1>
<button type="button" data-testid="download-iht" class="hp-Btn__b6">Download IHT400 schedules</button>
<button type="button" data-testid="send-to-executors" class="hp-Btn__b6">Send to executors</button></div>
<div role="tablist" class="hp-Tabs__u7 row"><button role="tab" id="tab-assets" aria-selected="true">Assets</button><button role="tab" id="tab-debts" aria-selected="false">Debts &amp; funeral costs</button><button role="tab" id="tab-beneficiaries" aria-selected="false">Beneficiaries</button><button role="tab" id="tab-tax" aria-selected="false">IHT</button></div>
<div class="hp-Cards__c8">
<article class="card" data-asset-id="201"><h3>14 Elm Road, Harrogate</h3><p class="muted">Property · RICS valuation</p><p class="hp-Amount__v9">£385,000.00</p><div class="row"><button type="button" aria-label="Edit asset" class="hp-Icon__e1">✎</button><button type="button" aria-label="Remove asset" class="hp-Icon__e1">🗑</button></div></article>
<article class="card" data-asset-id="203"><h3>NS&amp;I Premium Bonds</h3><p class="muted">Savings · NS&amp;I statement</p><p class="hp-Amount__v9">£50,000.00</p><div class="row"><button type="button" aria-label="Edit asset" class="hp-Icon__e1">✎</button><button type="button" aria-label="Remove asset" class="hp-Icon__e1">🗑</button></div></article>
<article class="card" data-asset-id="204"><h3>Vanguard Stocks &amp; Shares ISA</h3><p class="muted">Investments · Broker valuation</p><p class="hp-Amount__v9">£41,207.55</p><div class="row"><button type="button" aria-label="Edit asset" class="hp-Icon__e1">✎</button><button type="button" aria-label="Remove asset" class="hp-Icon__e1">🗑</button></div></article>
<article class="card" data-asset-id="202"><h3>Barclays current account ****2291</h3><p class="muted">Bank account · Bank letter</p><p class="hp-Amount__v9">£12,480.16</p><div class="row"><button type="button" aria-label="Edit asset" class="hp-Icon__e1">✎</button><button type="button" aria-label="Remove asset" class="hp-Icon__e1">🗑</button></div></article>
<article class="card" data-asset-id="205"><h3>Toyota Yaris 2019</h3><p class="muted">Vehicle · Estimate</p><p class="hp-Amount__v9">£9,200.00</p><div class="row"><button type="button" aria-label="Edit asset" class="hp-Icon__e1">✎</button><button type="button" aria-label="Remove asset" class="hp-Icon__e1">🗑</button></div></article>
<article class="card" data-asset-id="206"><h3>Household contents</h3><p class="muted">Chattels · Estimate</p><p class="hp-Amount__v9">£3,500.00</p><div class="row"><button type="button" aria-label="Edit asset" class="hp-Icon__e1">✎</button><button type="button" aria-label="Remove asset" class="hp-Icon__e1">🗑</button></div></article>
</div>
<dl class="hp-Totals__s2"><dt>Gross estate</dt><dd data-testid="gross-estate-value">£501,387.71</dd><dt>Debts</dt><dd data-testid="debts-value">£6,812.40</dd><dt>Net estate</dt><dd data-testid="net-estate-value">£494,575.31</dd></dl>
<form class="hp-Form__f3" aria-labelledby="new-asset-h"><h2 id="new-asset-h">New asset</h2>
<label>What is it?<input name="description" type="text"></label>
<label>Type<select name="category"><option>Property</option><option>Bank account</option><option>Savings</option><option>Investments</option><option>Vehicle</option><option>Chattels</option><option>Other</option></select></label>
<label>Value on the date of death<input name="valueAtDeath" inputmode="decimal" type="text"></label>
<label>Valued by<input role="combobox" aria-label="Valuation source" name="valuedBy" list="sources" type="text"></label>
<div class="row"><span>Jointly owned</span><button type="button" role="switch" aria-checked="false" aria-label="Jointly owned" class="hp-Switch__k4"></button></div>
<label>Notes<textarea name="notes"></textarea></label>
<div class="row"><button type="submit" class="hp-Btn__b6 hp-Btn--primary__b7">Add asset</button><button type="button" class="hp-Btn__b6">Discard</button></div>
</form>
</div></div>
<footer class="hp-Footer__o5">Harcourt Probate · <a href="/help">Help centre</a> · <a href="/privacy">Privacy</a></footer></div>`,
);

// 2. Contract clause playbook — edited
const playbookV1 = page(
  'Limitation of liability — Commercial MSA playbook | Clausewise',
  `<header><strong class="brand">Clausewise</strong><nav><a href="/contracts">Contracts</a><a href="/playbooks" class="current">Playbooks</a><a href="/templates">Templates</a><a href="/approvals">Approvals</a></nav><input type="search" id="global-search" placeholder="Search contracts"><a href="/account">R. Mensah</a></header>
<div class="sidebar">
<h3>Commercial MSA playbook</h3>
<ul id="clause-list">
<li><a href="/playbooks/12/clauses/1" class="clause-link selected">Limitation of liability</a></li>
<li><a href="/playbooks/12/clauses/2" class="clause-link">Indemnities</a></li>
<li><a href="/playbooks/12/clauses/3" class="clause-link">Governing law</a></li>
<li><a href="/playbooks/12/clauses/4" class="clause-link">Confidentiality</a></li>
<li><a href="/playbooks/12/clauses/5" class="clause-link">Termination for convenience</a></li>
<li><a href="/playbooks/12/clauses/6" class="clause-link">Data protection</a></li>
<li><a href="/playbooks/12/clauses/7" class="clause-link">Assignment</a></li>
</ul>
<button id="add-clause" type="button">+ Add clause</button>
</div>
<main>
<h1>Limitation of liability</h1>
<p class="muted">Last edited 12 Mar 2024 by R. Mensah · Version 7</p>
<form id="clause-form">
<label for="standard-position">Standard position</label>
<textarea id="standard-position" name="standard_position">Each party's aggregate liability is capped at 100% of fees paid in the preceding 12 months.</textarea>
<h3>Fallback positions</h3>
<ol class="fallbacks">
<li class="fallback"><span>Cap at 150% of annual fees</span> <button type="button" class="fb-remove">Remove</button></li>
<li class="fallback"><span>Cap at 200% of annual fees, data breach carve-out at £5m</span> <button type="button" class="fb-remove">Remove</button></li>
</ol>
<button type="button" id="add-fallback">Add fallback</button>
<label for="escalation">Escalate deviations to</label><select id="escalation" name="escalation_approver"><option>Head of Legal</option><option>General Counsel</option><option>CFO</option></select>
<fieldset class="risk"><legend>Risk rating</legend>
<label><input type="radio" name="risk" value="low"> Low</label>
<label><input type="radio" name="risk" value="medium" checked> Medium</label>
<label><input type="radio" name="risk" value="high"> High</label></fieldset>
<label for="clause-tags">Tags</label><input id="clause-tags" name="tags" value="liability, cap">
<label><input type="checkbox" name="negotiable" id="negotiable" checked> Negotiable by commercial team</label>
<div class="row form-actions"><button type="submit" class="btn save-draft">Save draft</button><button type="button" class="btn primary" id="publish">Publish to playbook</button><button type="button" class="btn danger" id="delete-clause">Delete clause</button></div>
</form>
<h2>Version history</h2>
<table id="versions"><thead><tr><th>Version</th><th>Date</th><th>Editor</th><th>Summary</th><th></th></tr></thead>
<tbody>
<tr><td>7</td><td>12 Mar 2024</td><td>R. Mensah</td><td>Added data breach carve-out</td><td><a href="/playbooks/12/clauses/1/v/7">View</a></td></tr>
<tr><td>6</td><td>02 Feb 2024</td><td>L. Chen</td><td>Raised cap to 100%</td><td><a href="/playbooks/12/clauses/1/v/6">View</a> <a href="/playbooks/12/clauses/1/v/6/restore" class="restore">Restore</a></td></tr>
<tr><td>5</td><td>19 Dec 2023</td><td>L. Chen</td><td>Initial import</td><td><a href="/playbooks/12/clauses/1/v/5">View</a> <a href="/playbooks/12/clauses/1/v/5/restore" class="restore">Restore</a></td></tr>
</tbody></table>
</main>
<footer>Clausewise · <a href="/support">Support</a> · <a href="/status">Status</a></footer>`,
);

const playbookV2 = edit(playbookV1, [
  [
    '<a href="/playbooks/12/clauses/1" class="clause-link selected">',
    '<a href="/playbooks/12/clauses/1" class="clause-link is-active" aria-current="page">',
  ],
  [
    '<ol class="fallbacks">',
    '<ol class="fallbacks">\n<li class="fallback"><span>Cap at 125% of annual fees</span> <button type="button" class="fb-remove">Remove</button></li>',
  ],
  [
    '<button type="button" id="add-fallback">Add fallback</button>',
    '<button type="button" class="link add-fallback">Add another fallback position</button>',
  ],
  [
    '<label for="escalation">Escalate deviations to</label><select id="escalation" name="escalation_approver">',
    '<label for="approver">Approver for deviations</label><select id="approver" name="approver">',
  ],
  [
    '<label for="clause-tags">Tags</label><input id="clause-tags" name="tags" value="liability, cap">',
    '<label for="clause-note">Internal note</label><input id="clause-note" name="internal_note" value="">',
  ],
  ['id="publish">Publish to playbook</button>', 'id="publish-clause">Publish</button>'],
  ['id="delete-clause">Delete clause</button>', 'id="archive-clause">Archive clause</button>'],
  ['<table id="versions">', '<table id="version-history">'],
  [
    '<tbody>\n<tr><td>7</td>',
    '<tbody>\n<tr><td>8</td><td>Today</td><td>R. Mensah</td><td>Draft — unsaved changes</td><td><a href="/playbooks/12/clauses/1/v/8">View</a></td></tr>\n<tr><td>7</td>',
  ],
  [
    '<a href="/playbooks/12/clauses/1/v/6/restore" class="restore">Restore</a>',
    '<a href="/playbooks/12/clauses/1/v/6/restore" class="restore">Revert to this</a>',
  ],
]);

// 3. Litigation hold notice — full rewrite
const holdV1 = page(
  'Hold M-2023-0192 | LegalHold Pro',
  `<header><span class="logo">LegalHold Pro</span><nav><a href="/holds" class="on">Holds</a><a href="/custodians">Custodians</a><a href="/templates">Templates</a><a href="/audit">Audit log</a></nav><a href="/me">K. Lindqvist</a></header>
<main>
<div class="hold-meta" style="float:right;width:240px">
<p><b>Matter owner:</b> K. Lindqvist</p>
<p><b>Outside counsel:</b> <a class="counsel" href="/firms/baker-finch">Baker &amp; Finch LLP</a></p>
<p><b>Created:</b> 14 Nov 2023</p>
</div>
<h1>Hold: Apex Freight v. Northwind Logistics</h1>
<p class="muted">M-2023-0192 · Status: <span class="status-active">Active</span></p>
<h2>Hold notice</h2>
<form id="notice-form">
<label for="notice-subject">Subject</label><input id="notice-subject" name="subject" value="Legal hold: preserve documents relating to Apex Freight">
<label for="notice-body">Notice text</label><textarea id="notice-body" name="body" rows="6">You are receiving this notice because you may hold information relevant to...</textarea>
<label for="reminder-frequency">Reminder frequency</label><select id="reminder-frequency" name="reminder_frequency"><option>None</option><option>Weekly</option><option selected>Monthly</option><option>Quarterly</option></select>
<label><input type="checkbox" id="require-ack" name="require_ack" checked> Require acknowledgement</label>
<label for="escalate-days">Escalate to manager after (days)</label><input id="escalate-days" name="escalate_days" type="number" value="10">
<fieldset><legend>Data sources to preserve</legend>
<label><input type="checkbox" name="src_email" checked> Email (Exchange)</label>
<label><input type="checkbox" name="src_teams" checked> Teams chats</label>
<label><input type="checkbox" name="src_sharepoint"> SharePoint sites</label>
<label><input type="checkbox" name="src_laptop"> Laptop image</label>
</fieldset>
<div class="row"><button type="button" id="save-notice">Save notice</button><button type="submit" id="issue-hold">Issue to custodians</button></div>
</form>
<h2>Custodians</h2>
<div class="row"><input id="custodian-search" placeholder="Search directory"><button type="button" id="add-custodian">Add</button></div>
<table id="custodians"><thead><tr><th>Name</th><th>Department</th><th>Email</th><th>Status</th><th>Acknowledged</th><th>Actions</th></tr></thead>
<tbody>
<tr><td>Priya Shah</td><td>Finance</td><td>pshah@apexfreight.com</td><td>Acknowledged</td><td>15 Nov 2023</td><td><button class="btn-remind">Remind</button> <button class="btn-release">Release</button></td></tr>
<tr><td>Tom Becker</td><td>Logistics</td><td>tbecker@apexfreight.com</td><td>Pending</td><td>—</td><td><button class="btn-remind">Remind</button> <button class="btn-release">Release</button></td></tr>
<tr><td>Aisha Karim</td><td>IT</td><td>akarim@apexfreight.com</td><td>Acknowledged</td><td>16 Nov 2023</td><td><button class="btn-remind">Remind</button> <button class="btn-release">Release</button></td></tr>
<tr><td>Liam O'Neill</td><td>Sales</td><td>loneill@apexfreight.com</td><td>Pending</td><td>—</td><td><button class="btn-remind">Remind</button> <button class="btn-release">Release</button></td></tr>
<tr><td>Mei Tanaka</td><td>Legal operations</td><td>mtanaka@apexfreight.com</td><td>Released</td><td>20 Nov 2023</td><td></td></tr>
</tbody></table>
</main>
<footer>LegalHold Pro v4.2 · <a href="/docs">Documentation</a></footer>`,
);

const holdV2 = page(
  'Apex Freight v. Northwind Logistics · Holds',
  `<div class="app"><nav class="lh-rail" aria-label="Main"><a href="/holds" aria-current="page" title="Holds">⚖</a><a href="/people" title="People">👥</a><a href="/templates" title="Templates">📄</a><a href="/activity" title="Activity">🕑</a></nav>
<div class="lh-page">
<header class="lh-head"><div><p class="muted">M-2023-0192 · <span class="badge">Active</span></p><h1>Apex Freight v. Northwind Logistics</h1>
<p>Owner K. Lindqvist · Outside counsel <a href="/firms/baker-finch">Baker &amp; Finch LLP</a></p></div>
<div class="row"><button type="button" data-testid="preview-notice">Preview notice</button><button type="button" data-testid="send-hold-notice" class="primary">Send notice</button></div></header>
<section class="lh-section" aria-label="Notice"><h2>Notice</h2><p class="muted" role="status">All changes saved</p>
<div class="lh-field"><label for="f-subj">Email subject</label><input id="f-subj" name="noticeSubject" value="Legal hold: preserve documents relating to Apex Freight"></div>
<div class="lh-field"><label for="f-body">Message</label><textarea id="f-body" name="noticeBody" rows="8">You are receiving this notice because you may hold information relevant to...</textarea></div>
<div class="grid">
<div class="lh-field"><label for="f-cad">Remind custodians every</label><select id="f-cad" name="reminderCadence"><option>Never</option><option>Week</option><option selected>Month</option><option>Quarter</option></select></div>
<div class="lh-field"><label for="f-max">Stop reminders after (count)</label><input id="f-max" name="maxReminders" type="number" value="6"></div>
</div>
<label class="row"><input type="checkbox" data-testid="ack-toggle" checked> Custodians must acknowledge</label>
<div class="lh-field"><span>Preserve</span><div class="row lh-chips">
<button type="button" class="lh-chip" data-source="email" aria-pressed="true">Exchange mail</button>
<button type="button" class="lh-chip" data-source="teams" aria-pressed="true">Teams</button>
<button type="button" class="lh-chip" data-source="sharepoint" aria-pressed="false">SharePoint</button>
<button type="button" class="lh-chip" data-source="onedrive" aria-pressed="false">OneDrive</button>
<button type="button" class="lh-chip" data-source="endpoint" aria-pressed="false">Laptop image</button>
</div></div>
</section>
<section class="lh-section" aria-label="Custodians"><div class="row"><h2>Custodians (5)</h2><input type="search" aria-label="Add people" placeholder="Add people by name or email"></div>
<ul class="lh-people">
<li class="lh-person" data-status="pending"><span class="lh-avatar">LO</span><div><strong>Liam O'Neill</strong><p class="muted">Sales · Not acknowledged</p></div><button type="button" aria-label="Send reminder to Liam O'Neill" class="lh-icon">🔔</button><button type="button" aria-label="Release Liam O'Neill" class="lh-icon">↩</button></li>
<li class="lh-person" data-status="pending"><span class="lh-avatar">TB</span><div><strong>Tom Becker</strong><p class="muted">Logistics · Not acknowledged</p></div><button type="button" aria-label="Send reminder to Tom Becker" class="lh-icon">🔔</button><button type="button" aria-label="Release Tom Becker" class="lh-icon">↩</button></li>
<li class="lh-person" data-status="ack"><span class="lh-avatar">PS</span><div><strong>Priya Shah</strong><p class="muted">Finance · Acknowledged 15 Nov</p></div><button type="button" aria-label="Send reminder to Priya Shah" class="lh-icon">🔔</button><button type="button" aria-label="Release Priya Shah" class="lh-icon">↩</button></li>
<li class="lh-person" data-status="ack"><span class="lh-avatar">AK</span><div><strong>Aisha Karim</strong><p class="muted">IT · Acknowledged 16 Nov</p></div><button type="button" aria-label="Send reminder to Aisha Karim" class="lh-icon">🔔</button><button type="button" aria-label="Release Aisha Karim" class="lh-icon">↩</button></li>
<li class="lh-person" data-status="released"><span class="lh-avatar">MT</span><div><strong>Mei Tanaka</strong><p class="muted">Legal operations · Released 20 Nov</p></div></li>
</ul></section>
<footer class="muted">LegalHold · <a href="/docs">Docs</a></footer>
</div></div>`,
);

// 4. Law firm time entry — edited
const timeV1 = page(
  'Today — TimeCapture',
  `<header><b>TimeCapture</b><nav><a href="/time" class="sel">Time</a><a href="/matters">Matters</a><a href="/expenses">Expenses</a><a href="/prebills">Pre-bills</a></nav><span class="who">A. Dubois (Associate)</span></header>
<main>
<div class="timer card row"><span id="timer-display">00:42:10</span><button type="button" id="timer-toggle">Pause</button><button type="button" id="timer-reset">Reset</button><span class="muted">Running on 10442-003</span></div>
<h1>New time entry</h1>
<form id="time-entry" method="post" action="/time">
<label for="matter-no">Matter number</label><input id="matter-no" name="matter_number" placeholder="e.g. 10442-003">
<label for="work-date">Date</label><input id="work-date" name="work_date" type="date" value="2024-04-17">
<label for="task-code">Task code</label><select id="task-code" name="utbms_task"><option value="L110">L110 Fact investigation</option><option value="L120">L120 Analysis/strategy</option><option value="L210">L210 Pleadings</option><option value="L310">L310 Written discovery</option></select>
<label for="activity-code">Activity code</label><select id="activity-code" name="utbms_activity"><option value="A101">A101 Plan and prepare</option><option value="A102">A102 Research</option><option value="A103">A103 Draft/revise</option><option value="A104">A104 Review/analyze</option><option value="A106">A106 Communicate (client)</option></select>
<label for="hours">Hours (tenths)</label><input id="hours" name="hours" type="number" step="0.1">
<label for="narrative">Narrative</label><textarea id="narrative" name="narrative" rows="3"></textarea>
<label><input type="checkbox" id="billable" name="billable" checked> Billable</label>
<label><input type="checkbox" id="no-charge" name="no_charge"> Show as no charge on invoice</label>
<div class="row"><button type="submit" class="btn-save">Save entry</button><button type="submit" class="btn-save-new" name="and_new" value="1">Save &amp; new</button><button type="reset">Clear</button></div>
</form>
<h2>Today's entries</h2>
<table class="entries"><thead><tr><th>Matter</th><th>Client</th><th>Task</th><th>Hours</th><th>Narrative</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td>10442-003</td><td>Orion Biotech</td><td>L120</td><td>1.2</td><td>Review expert report on damages</td><td>Draft</td><td><a href="/time/881/edit" class="edit">Edit</a> <a href="/time/881/delete" class="del">Delete</a></td></tr>
<tr><td>10442-003</td><td>Orion Biotech</td><td>L310</td><td>2.0</td><td>Draft responses to second set of interrogatories</td><td>Draft</td><td><a href="/time/884/edit" class="edit">Edit</a> <a href="/time/884/delete" class="del">Delete</a></td></tr>
<tr><td>20871-001</td><td>Castell Homes</td><td>L210</td><td>1.5</td><td>Revise defence and counterclaim</td><td>Draft</td><td><a href="/time/887/edit" class="edit">Edit</a> <a href="/time/887/delete" class="del">Delete</a></td></tr>
<tr><td>00001-900</td><td>Firm (internal)</td><td>—</td><td>0.8</td><td>Associate training: e-disclosure</td><td>Non-billable</td><td><a href="/time/890/edit" class="edit">Edit</a> <a href="/time/890/delete" class="del">Delete</a></td></tr>
</tbody></table>
<p>Billable today: <b>4.7</b> · Non-billable: <b>0.8</b> · Target: 7.0</p>
<button type="button" id="submit-day">Release time for billing</button>
</main>
<footer>TimeCapture 2019 · <a href="/help">Help</a></footer>`,
);

const timeV2 = edit(timeV1, [
  ['<button type="button" id="timer-reset">Reset</button>', ''],
  [
    '<label for="matter-no">Matter number</label><input id="matter-no" name="matter_number" placeholder="e.g. 10442-003">',
    '<label for="matter-search">Matter</label><input id="matter-search" role="combobox" aria-autocomplete="list" name="matter" placeholder="Search matter or client">',
  ],
  [
    '<label for="activity-code">Activity code</label><select id="activity-code" name="utbms_activity">',
    '<label for="activity">Activity</label><select id="activity" name="activity_code">',
  ],
  [
    '<label for="hours">Hours (tenths)</label><input id="hours" name="hours" type="number" step="0.1">',
    '<label for="duration">Duration</label><input id="duration" name="duration" type="text" placeholder="0.0 or 1h30m">',
  ],
  [
    '<label><input type="checkbox" id="no-charge" name="no_charge"> Show as no charge on invoice</label>',
    '<label><input type="checkbox" id="confidential" name="confidential"> Confidential narrative (hide from client)</label>',
  ],
  [
    '<button type="submit" class="btn-save-new" name="and_new" value="1">Save &amp; new</button>',
    '<button type="submit" class="btn-secondary" data-action="save-new">Save and start another</button>',
  ],
  [
    '<tr><td>10442-003</td><td>Orion Biotech</td><td>L120</td><td>1.2</td><td>Review expert report on damages</td><td>Draft</td><td><a href="/time/881/edit" class="edit">Edit</a> <a href="/time/881/delete" class="del">Delete</a></td></tr>\n<tr><td>10442-003</td><td>Orion Biotech</td><td>L310</td><td>2.0</td><td>Draft responses to second set of interrogatories</td><td>Draft</td><td><a href="/time/884/edit" class="edit">Edit</a> <a href="/time/884/delete" class="del">Delete</a></td></tr>\n<tr><td>20871-001</td><td>Castell Homes</td><td>L210</td><td>1.5</td><td>Revise defence and counterclaim</td><td>Draft</td><td><a href="/time/887/edit" class="edit">Edit</a> <a href="/time/887/delete" class="del">Delete</a></td></tr>\n<tr><td>00001-900</td><td>Firm (internal)</td><td>—</td><td>0.8</td><td>Associate training: e-disclosure</td><td>Non-billable</td><td><a href="/time/890/edit" class="edit">Edit</a> <a href="/time/890/delete" class="del">Delete</a></td></tr>',
    '<tr><td>00001-900</td><td>Firm (internal)</td><td>—</td><td>0.8</td><td>Associate training: e-disclosure</td><td>Non-billable</td><td><a href="/time/890/edit" class="edit">Edit</a> <a href="/time/890/delete" class="del" aria-label="Delete entry">🗑</a></td></tr>\n<tr><td>20871-001</td><td>Castell Homes</td><td>L210</td><td>1.5</td><td>Revise defence and counterclaim</td><td>Draft</td><td><a href="/time/887/edit" class="edit">Edit</a> <a href="/time/887/delete" class="del" aria-label="Delete entry">🗑</a></td></tr>\n<tr><td>10442-003</td><td>Orion Biotech</td><td>L310</td><td>2.0</td><td>Draft responses to second set of interrogatories</td><td>Draft</td><td><a href="/time/884/edit" class="edit">Edit</a> <a href="/time/884/delete" class="del" aria-label="Delete entry">🗑</a></td></tr>\n<tr><td>10442-003</td><td>Orion Biotech</td><td>L120</td><td>1.2</td><td>Review expert report on damages</td><td>Draft</td><td><a href="/time/881/edit" class="edit">Edit</a> <a href="/time/881/delete" class="del" aria-label="Delete entry">🗑</a></td></tr>',
  ],
  [
    '<button type="button" id="submit-day">Release time for billing</button>',
    '<div class="row"><button type="button" id="release-day">Submit day</button><a href="/time/week" class="btn">View week</a></div>',
  ],
]);

const PAIRS_A: PagePair[] = [
  {
    name: 'probate-estate-inventory-b25',
    v1: probateV1,
    v2: probateV2,
    targets: [
      {
        selector: '#asset-value',
        expect: 'input[name="valueAtDeath"]',
        change: 'form rebuilt, field name changed, label reworded',
      },
      {
        selector: '#btn-export-iht',
        expect: '[data-testid="download-iht"]',
        change: 'moved to toolbar, id dropped, reworded',
      },
      {
        selector: 'table.assets tbody tr:nth-child(3) .act-edit',
        expect: '[data-asset-id="203"] button[aria-label="Edit asset"]',
        change: 'table to cards sorted by value, text link to icon button',
      },
      { selector: '#joint-owned', expect: 'button[role="switch"]', change: 'checkbox became switch' },
      {
        selector: '#print-inventory',
        expect: null,
        change: 'print removed; a different send button in the same slot',
      },
      {
        selector: '.grant-ref',
        expect: null,
        change: 'grant reference dropped; matter ref shown in its place',
      },
      {
        selector: 'a[href="#liabilities"]',
        expect: '#tab-debts',
        change: 'anchor tabs to button tabs, renamed',
      },
      {
        selector: '#net-estate',
        expect: '[data-testid="net-estate-value"]',
        change: 'totals to definition list with test ids',
      },
    ],
  },
  {
    name: 'contract-clause-playbook-b25',
    v1: playbookV1,
    v2: playbookV2,
    targets: [
      { selector: '#publish', expect: '#publish-clause', change: 'id renamed, label shortened' },
      { selector: '#delete-clause', expect: null, change: 'delete replaced by archive in same slot' },
      {
        selector: 'ol.fallbacks li:nth-child(2) .fb-remove',
        expect: 'ol.fallbacks li:nth-child(3) .fb-remove',
        change: 'new fallback inserted above',
      },
      { selector: '#escalation', expect: '#approver', change: 'id/name renamed, label reworded' },
      {
        selector: '#clause-tags',
        expect: null,
        change: 'tags removed; internal note field in same position',
      },
      {
        selector: '#versions tbody tr:nth-child(2) .restore',
        expect: '#version-history tbody tr:nth-child(3) .restore',
        change: 'table id renamed, draft row inserted, link reworded',
      },
      {
        selector: '.clause-link.selected',
        expect: 'a[aria-current="page"]',
        change: 'selected class replaced by aria-current',
      },
      { selector: '#add-fallback', expect: 'button.add-fallback', change: 'id dropped, reworded' },
    ],
  },
  {
    name: 'litigation-hold-notice-b25',
    v1: holdV1,
    v2: holdV2,
    targets: [
      {
        selector: '#issue-hold',
        expect: '[data-testid="send-hold-notice"]',
        change: 'moved to page header, reworded',
      },
      {
        selector: '#custodians tbody tr:nth-child(2) .btn-remind',
        expect: 'button[aria-label="Send reminder to Tom Becker"]',
        change: 'table to list sorted by status, icon button',
      },
      {
        selector: '#reminder-frequency',
        expect: 'select[name="reminderCadence"]',
        change: 'renamed, options reworded',
      },
      {
        selector: '#require-ack',
        expect: '[data-testid="ack-toggle"]',
        change: 'id removed, label reworded',
      },
      {
        selector: 'input[name="src_teams"]',
        expect: '[data-source="teams"]',
        change: 'checkbox to toggle chip',
      },
      {
        selector: '#escalate-days',
        expect: null,
        change: 'escalation removed; different numeric field in same slot',
      },
      { selector: '#save-notice', expect: null, change: 'autosave replaced explicit save' },
      {
        selector: '.hold-meta a.counsel',
        expect: 'header a[href="/firms/baker-finch"]',
        change: 'meta box merged into header',
      },
    ],
  },
  {
    name: 'law-firm-time-entry-b25',
    v1: timeV1,
    v2: timeV2,
    targets: [
      { selector: '#hours', expect: '#duration', change: 'hours field became free-form duration' },
      {
        selector: '#no-charge',
        expect: null,
        change: 'no-charge option removed; different checkbox in same slot',
      },
      {
        selector: '.btn-save-new',
        expect: 'button[data-action="save-new"]',
        change: 'class changed, reworded',
      },
      { selector: '#activity-code', expect: '#activity', change: 'id and name renamed' },
      { selector: '#timer-reset', expect: null, change: 'reset removed from timer' },
      {
        selector: '.entries tbody tr:nth-child(3) .del',
        expect: '.entries tbody tr:nth-child(2) .del',
        change: 'rows reversed, text to icon',
      },
      { selector: '#submit-day', expect: '#release-day', change: 'id renamed, reworded, wrapped' },
      { selector: '#matter-no', expect: '#matter-search', change: 'plain input to combobox' },
    ],
  },
];

// 5. Patent docket deadlines — full rewrite
const docketV1 = page(
  'Deadlines — DocketIQ',
  `<header><span class="logo">DocketIQ</span><nav><a href="/docket" class="active">Docket</a><a href="/families">Families</a><a href="/annuities">Annuities</a><a href="/reports">Reports</a></nav><span>Hollis &amp; Marr IP</span><a href="/logout">Log out</a></header>
<main>
<h1>Upcoming deadlines</h1>
<form id="filters" class="row" style="max-width:none;flex-direction:row;flex-wrap:wrap">
<label for="f-jurisdiction">Jurisdiction</label><select id="f-jurisdiction" name="jurisdiction"><option>All</option><option>US</option><option>EP</option><option>GB</option><option>JP</option><option>PCT</option></select>
<label for="f-type">Deadline type</label><select id="f-type" name="type"><option>All</option><option>Office action response</option><option>Renewal / annuity</option><option>National phase entry</option><option>Examination request</option></select>
<label for="f-attorney">Responsible attorney</label><select id="f-attorney" name="attorney"><option>Anyone</option><option>H. Patel</option><option>M. Ross</option><option>K. Sato</option></select>
<label for="f-due">Due within</label><select id="f-due" name="due_within"><option>7 days</option><option selected>90 days</option><option>1 year</option></select>
<label><input type="checkbox" id="f-completed" name="include_completed"> Include completed</label>
<button type="submit" id="apply-filters">Apply</button><a href="/docket" class="reset-filters">Reset</a>
</form>
<p class="row"><a href="/docket?view=list" class="view-list active">List</a> | <a href="/docket?view=calendar" class="view-cal">Calendar</a></p>
<table id="docket-table"><thead><tr><th>Case ref</th><th>Title</th><th>Jurisdiction</th><th>Action</th><th>Due</th><th>Attorney</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td><a href="/cases/P-1021-US">P-1021-US</a></td><td>Modular heat exchanger</td><td>US</td><td>Response to non-final office action</td><td>02/05/2024</td><td>H. Patel</td><td>Open</td><td><button class="mark-done">Done</button> <button class="extend">Extend</button></td></tr>
<tr><td><a href="/cases/P-1021-EP">P-1021-EP</a></td><td>Modular heat exchanger</td><td>EP</td><td>Rule 71(3) approval of text</td><td>09/05/2024</td><td>H. Patel</td><td>Open</td><td><button class="mark-done">Done</button> <button class="extend">Extend</button></td></tr>
<tr><td><a href="/cases/P-0877-GB">P-0877-GB</a></td><td>Sensor housing</td><td>GB</td><td>Renewal fee (year 5)</td><td>14/05/2024</td><td>M. Ross</td><td>Open</td><td><button class="mark-done">Done</button></td></tr>
<tr><td><a href="/cases/P-1103-WO">P-1103-WO</a></td><td>Battery thermal coupling</td><td>PCT</td><td>National phase entry (30 months)</td><td>01/06/2024</td><td>H. Patel</td><td>Open</td><td><button class="mark-done">Done</button></td></tr>
<tr><td><a href="/cases/P-0950-JP">P-0950-JP</a></td><td>Valve actuator</td><td>JP</td><td>Request for examination</td><td>20/06/2024</td><td>K. Sato</td><td>Open</td><td><button class="mark-done">Done</button> <button class="extend">Extend</button></td></tr>
<tr><td><a href="/cases/P-0877-US">P-0877-US</a></td><td>Sensor housing</td><td>US</td><td>Maintenance fee (7.5 yr)</td><td>11/07/2024</td><td>M. Ross</td><td>Open</td><td><button class="mark-done">Done</button></td></tr>
</tbody></table>
<div class="row"><button type="button" id="export-csv">Export CSV</button><button type="button" id="print-docket">Print</button><button type="button" id="email-report">Email weekly report</button></div>
</main>
<footer>DocketIQ 3.8 · Dates shown in DD/MM/YYYY · <a href="/support">Support</a></footer>`,
);

const docketV2 = page(
  'Docket · Hollis & Marr IP',
  `<header class="dk-top"><a href="/" class="dk-brand">DocketIQ</a><nav class="dk-nav"><a href="/docket" aria-current="page">Deadlines</a><a href="/families">Patent families</a><a href="/renewals">Renewals</a><a href="/analytics">Analytics</a></nav><button aria-label="Notifications">🔔</button><button aria-label="Profile">HM</button></header>
<main class="dk-main">
<div class="row dk-titlebar"><h1>Deadlines</h1><div class="dk-seg" role="group" aria-label="View"><button type="button" aria-label="List view" aria-pressed="true">☰</button><button type="button" aria-label="Calendar view" aria-pressed="false">📅</button></div>
<button type="button" data-testid="email-summary">Email weekly summary</button><button type="button" data-testid="export">Export…</button></div>
<div class="dk-filterbar row" role="search">
<div class="dk-chips" role="group" aria-label="Jurisdiction"><button type="button" class="dk-chip" aria-pressed="true">All</button><button type="button" class="dk-chip">US</button><button type="button" class="dk-chip">EP</button><button type="button" class="dk-chip">GB</button><button type="button" class="dk-chip">JP</button><button type="button" class="dk-chip">WO</button></div>
<select aria-label="Deadline type" name="kind"><option>Any type</option><option>Office action</option><option>Renewal</option><option>National phase</option><option>Examination</option></select>
<label for="owner-filter">Owner</label><select id="owner-filter" name="owner"><option>Anyone</option><option>Hema Patel</option><option>Martin Ross</option><option>Kenji Sato</option></select>
<select aria-label="Horizon" name="horizon"><option>Next 7 days</option><option selected>Next 90 days</option><option>Next 12 months</option></select>
<label class="row"><input type="checkbox" role="switch" name="showCompleted"> Show completed</label>
<button type="button" data-testid="clear-filters">Clear all</button>
</div>
<section class="dk-group"><h2>May 2024</h2>
<div class="dk-row card" data-case="P-1021-US"><input type="checkbox" aria-label="Mark complete"><a href="/cases/P-1021-US">P-1021-US</a><span>Modular heat exchanger</span><span class="badge">US</span><span>Response to non-final office action</span><time datetime="2024-05-02">2 May</time><span>HP</span><button type="button" class="dk-extend">Request extension</button></div>
<div class="dk-row card" data-case="P-1021-EP"><input type="checkbox" aria-label="Mark complete"><a href="/cases/P-1021-EP">P-1021-EP</a><span>Modular heat exchanger</span><span class="badge">EP</span><span>Rule 71(3) approval of text</span><time datetime="2024-05-09">9 May</time><span>HP</span><button type="button" class="dk-extend">Request extension</button></div>
<div class="dk-row card" data-case="P-0877-GB"><input type="checkbox" aria-label="Mark complete"><a href="/cases/P-0877-GB">P-0877-GB</a><span>Sensor housing</span><span class="badge">GB</span><span>Renewal fee (year 5)</span><time datetime="2024-05-14">14 May</time><span>MR</span></div>
</section>
<section class="dk-group"><h2>June 2024</h2>
<div class="dk-row card" data-case="P-1103-WO"><input type="checkbox" aria-label="Mark complete"><a href="/cases/P-1103-WO">P-1103-WO</a><span>Battery thermal coupling</span><span class="badge">WO</span><span>National phase entry (30 months)</span><time datetime="2024-06-01">1 Jun</time><span>HP</span></div>
<div class="dk-row card" data-case="P-0950-JP"><input type="checkbox" aria-label="Mark complete"><a href="/cases/P-0950-JP">P-0950-JP</a><span>Valve actuator</span><span class="badge">JP</span><span>Request for examination</span><time datetime="2024-06-20">20 Jun</time><span>KS</span><button type="button" class="dk-extend">Request extension</button></div>
</section>
<section class="dk-group"><h2>July 2024</h2>
<div class="dk-row card" data-case="P-0877-US"><input type="checkbox" aria-label="Mark complete"><a href="/cases/P-0877-US">P-0877-US</a><span>Sensor housing</span><span class="badge">US</span><span>Maintenance fee (7.5 yr)</span><time datetime="2024-07-11">11 Jul</time><span>MR</span></div>
</section>
</main>
<footer class="dk-foot">DocketIQ · <a href="/support">Get help</a></footer>`,
);

// 6. Conveyancing completion statement — edited
const completionV1 = page(
  'Completion statement — 27 Chapel Lane | CaseFlow Conveyancing',
  `<header><span class="logo">CaseFlow</span><nav><a href="/cases" class="on">Cases</a><a href="/tasks">Tasks</a><a href="/post">Post</a><a href="/accounts">Accounts</a></nav><span>Fee earner: G. Howell</span></header>
<main>
<h1>Completion statement</h1>
<p class="muted">Case 5521 · Purchase of 27 Chapel Lane, Didsbury M20 · Clients: Mr &amp; Mrs Adeyemi · Completion 24/05/2024</p>
<table id="statement"><thead><tr><th>Item</th><th>Debit (£)</th><th>Credit (£)</th><th></th></tr></thead>
<tbody>
<tr><td class="desc">Purchase price</td><td class="amt">425,000.00</td><td></td><td></td></tr>
<tr><td class="desc">Deposit paid on exchange</td><td></td><td class="amt">42,500.00</td><td></td></tr>
<tr><td class="desc">Mortgage advance (Nationwide)</td><td></td><td class="amt">340,000.00</td><td></td></tr>
<tr><td class="desc">Stamp Duty Land Tax</td><td class="amt">8,750.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>
<tr><td class="desc">HM Land Registry fee</td><td class="amt">150.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>
<tr><td class="desc">Local authority search</td><td class="amt">168.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>
<tr><td class="desc">Our professional fee</td><td class="amt">1,250.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>
<tr><td class="desc">VAT on our fee</td><td class="amt">250.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>
<tr><td class="desc">Bankruptcy searches</td><td class="amt">12.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>
</tbody>
<tfoot><tr><th>Balance required from you</th><th id="balance-required">53,080.00</th><th></th><th></th></tr></tfoot></table>
<h2>Add a line</h2>
<div class="row"><input id="line-desc" placeholder="Description"><input id="line-amount" placeholder="Amount"><select id="line-side" name="side"><option>Debit</option><option>Credit</option></select><button type="button" id="add-line">Add</button></div>
<div class="card"><h3>Client funds</h3>
<p>Funds received to date: <b id="funds-received">£5,000.00</b></p>
<p>Balance outstanding: <b id="balance-due">£48,080.00</b></p>
<div class="bank-details"><p>Pay to: CaseFlow Law LLP client account</p><p>Sort code 20-45-77 <button type="button" class="copy-sort">Copy</button></p><p>Account 60318854 <button type="button" class="copy-acc">Copy</button></p><p>Reference 5521-ADEYEMI</p></div>
</div>
<label><input type="checkbox" id="include-sdlt-note" checked> Include SDLT explanatory note</label>
<div class="row"><button type="button" id="send-statement">Send to client</button><button type="button" id="download-pdf">Download PDF</button><button type="button" id="approve-statement">Approve (supervisor)</button></div>
</main>
<footer>CaseFlow Conveyancing · SRA regulated · <a href="/help">Help</a></footer>`,
);

const completionV2 = edit(completionV1, [
  [
    '<tr><td class="desc">Our professional fee</td>',
    '<tr><td class="desc">Lender telegraphic transfer fee</td><td class="amt">40.00</td><td></td><td><a href="#" class="line-edit">Edit</a></td></tr>\n<tr><td class="desc">Our professional fee</td>',
  ],
  ['<th id="balance-required">53,080.00</th>', '<th id="balance-required">53,120.00</th>'],
  [
    '<select id="line-side" name="side"><option>Debit</option><option>Credit</option></select>',
    '<select id="line-type" name="direction"><option>Payable by client</option><option>Payable to client</option></select>',
  ],
  [
    '<p>Balance outstanding: <b id="balance-due">£48,080.00</b></p>',
    '<p class="kv"><span>Still to pay</span> <b data-field="balance">£48,120.00</b></p>',
  ],
  [
    '<p>Sort code 20-45-77 <button type="button" class="copy-sort">Copy</button></p><p>Account 60318854 <button type="button" class="copy-acc">Copy</button></p>',
    '<p>Sort code 20-45-77 <button type="button" class="copy" aria-label="Copy sort code">⧉</button></p><p>Account 60318854 <button type="button" class="copy" aria-label="Copy account number">⧉</button></p>',
  ],
  [
    '<label><input type="checkbox" id="include-sdlt-note" checked> Include SDLT explanatory note</label>\n',
    '',
  ],
  [
    '<button type="button" id="send-statement">Send to client</button><button type="button" id="download-pdf">Download PDF</button><button type="button" id="approve-statement">Approve (supervisor)</button>',
    '<button type="button" id="share-portal">Email to client via portal</button><a href="/cases/5521/completion-statement.pdf" class="btn" download>PDF</a><button type="button" id="request-review">Request supervisor review</button>',
  ],
]);

// 7. Open house visitor register (tablet kiosk) — full rewrite
const openHouseV1 = page(
  'Open house sign-in — 8 Willow Crescent',
  `<header><img src="/img/brightmove.png" alt="Brightmove Estates" class="agency-logo"><span>Open house · Saturday 11am–1pm</span></header>
<main>
<div class="property-head card">
<h1>8 Willow Crescent, Bishopston</h1>
<p class="price">Guide price £650,000</p>
<ul class="highlights"><li>4 bedrooms</li><li>2 bathrooms</li><li>EPC rating C</li><li>Freehold</li></ul>
<p>Hosted by Chloe Barnes · <a id="brochure-link" href="/listings/8-willow-crescent/brochure.pdf">Download brochure</a></p>
</div>
<h2>Please sign in</h2>
<form id="signin-form" method="post" action="/openhouse/3391/visitors">
<div class="grid"><div><label for="first-name">First name</label><input id="first-name" name="first_name" required></div>
<div><label for="last-name">Last name</label><input id="last-name" name="last_name" required></div></div>
<label for="email">Email</label><input id="email" name="email" type="email">
<label for="phone">Mobile</label><input id="phone" name="phone" type="tel">
<fieldset><legend>Are you working with an agent?</legend>
<label><input type="radio" name="has_agent" value="yes"> Yes</label>
<label><input type="radio" name="has_agent" value="no" checked> No</label></fieldset>
<label for="agent-name">Agent's name (if yes)</label><input id="agent-name" name="agent_name">
<label for="heard-from">How did you hear about this home?</label><select id="heard-from" name="heard_from"><option>Rightmove</option><option>Zoopla</option><option>Brightmove website</option><option>For sale board</option><option>Social media</option><option>Other</option></select>
<label><input type="checkbox" id="mip" name="mortgage_in_principle"> I have a mortgage in principle</label>
<label><input type="checkbox" id="chain" name="property_to_sell"> I have a property to sell</label>
<label><input type="checkbox" id="marketing-consent" name="marketing"> Send me similar properties</label>
<button type="submit" id="sign-in-btn">Sign in</button>
</form>
<h2>Today's visitors</h2>
<ul id="visitor-log">
<li>11:02 · R. Hughes <a href="#" class="remove-visitor">Remove</a></li>
<li>11:09 · S. &amp; P. Novak <a href="#" class="remove-visitor">Remove</a></li>
<li>11:15 · D. Osei <a href="#" class="remove-visitor">Remove</a></li>
</ul>
</main>
<footer><a href="/agent" id="agent-mode">Agent login</a> · <a href="/privacy">Privacy notice</a></footer>`,
);

const openHouseV2 = page(
  'Welcome · 8 Willow Crescent',
  `<div class="kiosk"><div class="kx-hero"><img src="/img/8-willow-hero.jpg" alt="Front of 8 Willow Crescent"><div class="kx-hero-text"><h1>Welcome to 8 Willow Crescent</h1><p>Guide price £650,000 · 4 bed · 2 bath · EPC C · Freehold</p></div></div>
<div class="kx-body grid">
<form class="kx-card" method="post" action="/api/openhouse/3391/checkins">
<h2>Check in</h2><p class="muted">Takes 30 seconds. Chloe from Brightmove will say hello.</p>
<label>Full name<input name="fullName" autocomplete="name" required></label>
<label>Email address<input type="email" autocomplete="email" name="emailAddress"></label>
<label>Mobile number<input type="tel" autocomplete="tel" name="mobile"></label>
<div class="kx-q"><span>Already working with an agent?</span><div class="kx-seg row" role="radiogroup"><button type="button" role="radio" aria-checked="false" data-testid="agent-yes">Yes</button><button type="button" role="radio" aria-checked="true" data-testid="agent-no">No</button></div></div>
<label>Where did you find us?<select name="leadSource"><option>Rightmove</option><option>Zoopla</option><option>Our website</option><option>The board outside</option><option>Instagram / Facebook</option><option>Something else</option></select></label>
<label class="row"><input type="checkbox" name="cashBuyer"> I'm a cash buyer</label>
<label class="row"><input type="checkbox" name="hasPropertyToSell"> I have a home to sell first</label>
<label class="row"><input type="checkbox" name="alerts"> Email me homes like this</label>
<button type="submit" class="kx-primary">Check in</button>
</form>
<aside class="kx-side card">
<h3>Take it home</h3><img src="/qr/8-willow.png" alt="QR code for brochure" width="120">
<a href="/listings/8-willow-crescent/brochure.pdf" class="kx-link">Get the brochure</a>
<p class="muted">12 visitors so far today</p>
<a href="/book?listing=8-willow-crescent" class="kx-link">Book a private viewing</a>
</aside>
</div>
<footer class="kx-foot"><a href="/privacy">How we use your details</a> · <a href="/staff" aria-label="Staff area">⚙</a></footer></div>`,
);

// 8. Rental application screening — edited
const rentalAppV1 = page(
  'Application A-7731 | LetDesk',
  `<header><span class="logo">LetDesk</span><nav><a href="/properties">Properties</a><a href="/applications" class="active">Applications</a><a href="/tenancies">Tenancies</a><a href="/maintenance">Maintenance</a></nav><span>Harbour Lettings</span></header>
<main>
<h1>Application A-7731 — Flat 3, 41 Harbour Street</h1>
<p class="muted">Rent £995 pcm · Move-in 01/06/2024 · Received 18/04/2024</p>
<div class="grid">
<div class="card applicant">
<h2>Applicant</h2>
<p><b>Name:</b> Joanna Pereira</p><p><b>Email:</b> j.pereira@example.com</p><p><b>Phone:</b> 07700 900418</p>
<p><b>Current address:</b> 12 Mill Road, Southampton</p>
<p><b>Employer:</b> Solent Marine Ltd</p><p><b>Salary:</b> £38,500</p><p><b>Affordability:</b> <span class="ratio">3.2× rent</span></p>
<div class="row"><button type="button" id="run-credit-check">Run credit check</button><button type="button" id="verify-income">Verify income (Open Banking)</button></div>
</div>
<div class="card compliance">
<h2>Compliance</h2>
<label for="rtr-doc">Right to rent document</label><select id="rtr-doc" name="right_to_rent_document"><option>British passport</option><option>Share code (online check)</option><option>Irish passport</option><option>Other</option></select>
<label for="rtr-date">Date checked</label><input id="rtr-date" type="date" name="rtr_date">
<label><input type="checkbox" id="deposit-received" name="holding_deposit"> Holding deposit (£229) received</label>
</div>
</div>
<h2>References</h2>
<table id="references"><thead><tr><th>Type</th><th>Referee</th><th>Contact</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td>Employer</td><td>Solent Marine Ltd (HR)</td><td>hr@solentmarine.co.uk</td><td>Received</td><td><a href="/refs/1/view" class="view-ref">View</a></td></tr>
<tr><td>Previous landlord</td><td>P. Ward</td><td>pward@example.com</td><td>Awaiting</td><td><button type="button" class="resend">Resend request</button></td></tr>
<tr><td>Guarantor</td><td>—</td><td>—</td><td>Not required</td><td></td></tr>
</tbody></table>
<label for="agent-notes">Notes</label><textarea id="agent-notes" name="notes" rows="3"></textarea>
<div class="row decision"><button type="button" id="approve-app">Approve</button><button type="button" id="request-info">Request more information</button><button type="button" id="hold-app">Put on hold</button><button type="button" id="decline-app">Decline</button></div>
</main>
<footer>LetDesk · Client money protected · <a href="/help">Help</a></footer>`,
);

const rentalAppV2 = edit(rentalAppV1, [
  [
    '<button type="button" id="run-credit-check">Run credit check</button>',
    '<button type="button" id="start-referencing">Start credit &amp; ID check</button>',
  ],
  [
    '<button type="button" id="verify-income">Verify income (Open Banking)</button>',
    '<button type="button" id="request-payslips">Request payslips</button>',
  ],
  [
    '<label for="rtr-doc">Right to rent document</label><select id="rtr-doc" name="right_to_rent_document">',
    '<label>Right to rent evidence<select name="right_to_rent_document">',
  ],
  [
    '<option>Other</option></select>\n<label for="rtr-date">',
    '<option>Other</option></select></label>\n<label for="rtr-date">',
  ],
  [
    '<label><input type="checkbox" id="deposit-received" name="holding_deposit"> Holding deposit (£229) received</label>',
    '<p>Holding deposit £229: <span class="badge">Not received</span> <button type="button" data-action="deposit-received">Mark as received</button></p>',
  ],
  [
    '<table id="references"><thead><tr><th>Type</th><th>Referee</th><th>Contact</th><th>Status</th><th></th></tr></thead>\n<tbody>\n<tr><td>Employer</td><td>Solent Marine Ltd (HR)</td><td>hr@solentmarine.co.uk</td><td>Received</td><td><a href="/refs/1/view" class="view-ref">View</a></td></tr>\n<tr><td>Previous landlord</td><td>P. Ward</td><td>pward@example.com</td><td>Awaiting</td><td><button type="button" class="resend">Resend request</button></td></tr>\n<tr><td>Guarantor</td><td>—</td><td>—</td><td>Not required</td><td></td></tr>\n</tbody></table>',
    '<ul class="ref-list">\n<li data-ref="landlord" class="card"><b>Previous landlord</b> · P. Ward · pward@example.com · <span class="badge">Waiting 4 days</span> <button type="button">Chase referee</button></li>\n<li data-ref="employer" class="card"><b>Employer</b> · Solent Marine Ltd (HR) · <span class="badge">Complete</span> <a href="/refs/1/view">Open reference</a></li>\n</ul>',
  ],
  [
    '<label for="agent-notes">Notes</label><textarea id="agent-notes" name="notes" rows="3"></textarea>',
    '<label for="internal-notes">Internal notes (not shared with applicant)</label><textarea id="internal-notes" name="notes" rows="3"></textarea>',
  ],
  [
    '<button type="button" id="approve-app">Approve</button><button type="button" id="request-info">Request more information</button><button type="button" id="hold-app">Put on hold</button><button type="button" id="decline-app">Decline</button>',
    '<button type="button" id="reject" class="btn-danger">Reject</button><button type="button" id="request-info">Ask applicant for more info</button><button type="button" id="approve-app">Approve &amp; offer tenancy</button>',
  ],
]);

const PAIRS_B: PagePair[] = [
  {
    name: 'patent-docket-deadlines-b25',
    v1: docketV1,
    v2: docketV2,
    targets: [
      {
        selector: '#f-attorney',
        expect: '#owner-filter',
        change: 'filter relabelled Owner, full names in options',
      },
      {
        selector: '#apply-filters',
        expect: null,
        change: 'filters apply instantly; Clear all button now in that slot',
      },
      {
        selector: '.reset-filters',
        expect: '[data-testid="clear-filters"]',
        change: 'link to button, reworded',
      },
      {
        selector: '#docket-table tbody tr:first-child .extend',
        expect: '[data-case="P-1021-US"] .dk-extend',
        change: 'table to grouped rows, reworded',
      },
      {
        selector: '#docket-table tbody tr:nth-child(3) .mark-done',
        expect: '[data-case="P-0877-GB"] input[type="checkbox"]',
        change: 'Done button became a checkbox',
      },
      { selector: '#print-docket', expect: null, change: 'print removed' },
      {
        selector: '#email-report',
        expect: '[data-testid="email-summary"]',
        change: 'moved to title bar, reworded',
      },
      {
        selector: 'a.view-cal',
        expect: 'button[aria-label="Calendar view"]',
        change: 'text link to icon toggle',
      },
    ],
  },
  {
    name: 'conveyancing-completion-statement-b25',
    v1: completionV1,
    v2: completionV2,
    targets: [
      { selector: '#send-statement', expect: '#share-portal', change: 'id renamed, reworded' },
      {
        selector: '#approve-statement',
        expect: null,
        change: 'approve removed; request review button in same slot',
      },
      {
        selector: 'button.copy-sort',
        expect: 'button[aria-label="Copy sort code"]',
        change: 'text to icon, class generalised',
      },
      { selector: '#line-side', expect: '#line-type', change: 'id renamed, options reworded' },
      {
        selector: '#statement tbody tr:nth-child(7) .line-edit',
        expect: '#statement tbody tr:nth-child(8) .line-edit',
        change: 'row inserted above',
      },
      { selector: '#include-sdlt-note', expect: null, change: 'option removed' },
      { selector: '#balance-due', expect: '[data-field="balance"]', change: 'id dropped, label reworded' },
      { selector: '#download-pdf', expect: 'a[download]', change: 'button to download link, shortened' },
    ],
  },
  {
    name: 'open-house-visitor-register-b25',
    v1: openHouseV1,
    v2: openHouseV2,
    targets: [
      {
        selector: '#first-name',
        expect: 'input[name="fullName"]',
        change: 'first/last merged into full name',
      },
      { selector: '#email', expect: 'input[type="email"]', change: 'id removed, label wraps input' },
      {
        selector: 'input[name="has_agent"][value="yes"]',
        expect: '[data-testid="agent-yes"]',
        change: 'radio to segmented button',
      },
      { selector: '#heard-from', expect: 'select[name="leadSource"]', change: 'renamed, options reworded' },
      {
        selector: '#mip',
        expect: null,
        change: 'mortgage question removed; cash buyer checkbox in its place',
      },
      { selector: '#sign-in-btn', expect: 'form button[type="submit"]', change: 'reworded Check in' },
      {
        selector: '#brochure-link',
        expect: 'a[href="/listings/8-willow-crescent/brochure.pdf"]',
        change: 'moved to side card, reworded',
      },
      {
        selector: '#visitor-log li:nth-child(2) .remove-visitor',
        expect: null,
        change: 'visitor list removed from kiosk',
      },
    ],
  },
  {
    name: 'rental-application-screening-b25',
    v1: rentalAppV1,
    v2: rentalAppV2,
    targets: [
      { selector: '#run-credit-check', expect: '#start-referencing', change: 'id renamed, reworded' },
      {
        selector: '#verify-income',
        expect: null,
        change: 'open banking removed; payslip request in same slot',
      },
      {
        selector: '#references tbody tr:nth-child(2) .resend',
        expect: '[data-ref="landlord"] button',
        change: 'table to list, reordered, reworded',
      },
      {
        selector: '#rtr-doc',
        expect: 'select[name="right_to_rent_document"]',
        change: 'id dropped, label reworded',
      },
      {
        selector: '#deposit-received',
        expect: 'button[data-action="deposit-received"]',
        change: 'checkbox became a button',
      },
      { selector: '#hold-app', expect: null, change: 'hold option removed' },
      { selector: '#decline-app', expect: '#reject', change: 'renamed Reject, moved first' },
      { selector: '#agent-notes', expect: '#internal-notes', change: 'id renamed, label reworded' },
    ],
  },
];

// 9. Service charge budget (block management) — full rewrite
const scBudgetV1 = page(
  'Service charge budget 2024/25 — Riverside Court | BlockPro',
  `<header><span class="logo">BlockPro</span><nav><a href="/developments">Developments</a><a href="/leaseholders">Leaseholders</a><a href="/budgets" class="active">Budgets</a><a href="/arrears">Arrears</a><a href="/works">Major works</a></nav><span>Meridian Property Management</span></header>
<main>
<aside class="card s20"><b>Section 20 alert</b><p>Lift refurbishment is estimated at over £250 per leaseholder. Consultation is required.</p><a href="/developments/88/s20/new" class="s20-link">Start Section 20 consultation</a></aside>
<h1>Service charge budget 2024/25</h1>
<p class="muted">Riverside Court · 42 flats · Year end 31 March · Status: Draft</p>
<table id="budget-lines"><thead><tr><th>Schedule</th><th>Heading</th><th>2023/24 actual</th><th>2024/25 budget</th><th>Variance</th><th></th></tr></thead>
<tbody>
<tr><td>Block</td><td>Cleaning of common parts</td><td>6,200</td><td><input class="amt" name="budget[cleaning]" value="6600"></td><td>+6.5%</td><td><a href="#" class="del-line">Delete</a></td></tr>
<tr><td>Block</td><td>Lift maintenance</td><td>3,900</td><td><input class="amt" name="budget[lift]" value="4300"></td><td>+10.3%</td><td><a href="#" class="del-line">Delete</a></td></tr>
<tr><td>Estate</td><td>Buildings insurance</td><td>18,400</td><td><input class="amt" name="budget[insurance]" value="21100"></td><td>+14.7%</td><td><a href="#" class="del-line">Delete</a></td></tr>
<tr><td>Block</td><td>Door entry system</td><td>850</td><td><input class="amt" name="budget[door_entry]" value="900"></td><td>+5.9%</td><td><a href="#" class="del-line">Delete</a></td></tr>
<tr><td>Estate</td><td>Gardening</td><td>4,100</td><td><input class="amt" name="budget[gardening]" value="4100"></td><td>0%</td><td><a href="#" class="del-line">Delete</a></td></tr>
<tr><td>Estate</td><td>Management fee</td><td>10,080</td><td><input class="amt" name="budget[management]" value="10500"></td><td>+4.2%</td><td><a href="#" class="del-line">Delete</a></td></tr>
<tr><td>Reserve</td><td>Reserve fund contribution</td><td>12,000</td><td><input class="amt" name="budget[reserve]" value="15000"></td><td>+25%</td><td><a href="#" class="del-line">Delete</a></td></tr>
</tbody>
<tfoot><tr><th colspan="3">Total</th><th id="budget-total">62,500</th><th colspan="2">Average per flat: <span id="avg-per-unit">£1,488</span></th></tr></tfoot></table>
<h2>Add heading</h2>
<div class="row"><select id="new-schedule"><option>Block</option><option>Estate</option><option>Reserve</option></select><input id="new-heading" placeholder="Heading"><input id="new-amount" placeholder="Amount"><button type="button" id="add-heading">Add</button></div>
<h2>Apportionment</h2>
<label for="apportion-method">Method</label><select id="apportion-method" name="apportionment_method"><option>Per lease percentage</option><option>Equal shares</option><option>By floor area</option></select>
<label><input type="checkbox" id="round-demands" name="round_demands" checked> Round demands to nearest pound</label>
<div class="row"><button type="button" id="save-budget">Save</button><button type="button" id="send-consultation">Send to leaseholders for comment</button><button type="button" id="approve-budget">Approve budget</button><button type="button" id="issue-demands">Issue half-yearly demands</button></div>
</main>
<footer>BlockPro · <a href="/help">Help</a> · RICS Service Charge Code guidance</footer>`,
);

const scBudgetV2 = page(
  'Riverside Court · Budget 2024/25',
  `<div class="bm-App"><header class="bm-Top"><a href="/" class="bm-Logo">BlockPro</a><nav class="bm-Nav"><a href="/sites">Sites</a><a href="/people">Leaseholders</a><a href="/finance/budgets" aria-current="page">Finance</a><a href="/works">Works</a></nav><div class="bm-User">Meridian PM</div></header>
<main class="bm-Main">
<div role="alert" class="bm-Banner"><span>Section 20: lift refurbishment exceeds £250 per leaseholder.</span><button type="button" class="bm-Banner__action">Begin consultation</button></div>
<div class="bm-Head"><div><p class="muted">Riverside Court · 42 units · YE 31/03</p><h1>Budget 2024/25</h1></div>
<ol class="bm-Steps row"><li class="bm-Step is-current">Draft</li><li class="bm-Step">Consultation</li><li class="bm-Step">Approved</li><li class="bm-Step">Demands</li></ol></div>
<div class="bm-Actions row"><button type="button" data-testid="share-draft">Share draft with leaseholders</button><button type="button" data-testid="approve" class="bm-Primary">Approve</button><a href="/finance/demands?site=88" class="bm-Link">Go to demands</a></div>
<div role="grid" class="bm-Grid" aria-label="Budget lines">
<div role="row" class="bm-Row bm-Row--head"><span role="columnheader">Cost heading</span><span role="columnheader">Last year</span><span role="columnheader">This year</span><span role="columnheader">Change</span></div>
<div role="rowgroup" aria-label="Block costs"><div class="bm-Group">Block costs</div>
<div role="row" class="bm-Row"><span role="gridcell">Cleaning of common parts</span><span role="gridcell">£6,200</span><span role="gridcell"><input aria-label="Cleaning of common parts budget 2024/25" value="6600"></span><span role="gridcell">+6.5%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
<div role="row" class="bm-Row"><span role="gridcell">Lift maintenance</span><span role="gridcell">£3,900</span><span role="gridcell"><input aria-label="Lift maintenance budget 2024/25" value="4300"></span><span role="gridcell">+10.3%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
<div role="row" class="bm-Row"><span role="gridcell">Door entry system</span><span role="gridcell">£850</span><span role="gridcell"><input aria-label="Door entry system budget 2024/25" value="900"></span><span role="gridcell">+5.9%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
</div>
<div role="rowgroup" aria-label="Estate costs"><div class="bm-Group">Estate costs</div>
<div role="row" class="bm-Row"><span role="gridcell">Buildings insurance</span><span role="gridcell">£18,400</span><span role="gridcell"><input aria-label="Buildings insurance budget 2024/25" value="21100"></span><span role="gridcell">+14.7%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
<div role="row" class="bm-Row"><span role="gridcell">Gardening</span><span role="gridcell">£4,100</span><span role="gridcell"><input aria-label="Gardening budget 2024/25" value="4100"></span><span role="gridcell">0%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
<div role="row" class="bm-Row"><span role="gridcell">Management fee</span><span role="gridcell">£10,080</span><span role="gridcell"><input aria-label="Management fee budget 2024/25" value="10500"></span><span role="gridcell">+4.2%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
</div>
<div role="rowgroup" aria-label="Reserve fund"><div class="bm-Group">Reserve fund</div>
<div role="row" class="bm-Row"><span role="gridcell">Reserve fund contribution</span><span role="gridcell">£12,000</span><span role="gridcell"><input aria-label="Reserve fund contribution budget 2024/25" value="15000"></span><span role="gridcell">+25%</span><button type="button" aria-label="Remove line" class="bm-Icon">✕</button></div>
</div>
<div role="row" class="bm-Row bm-Row--total"><span role="gridcell">Total</span><span role="gridcell">£55,530</span><span role="gridcell" data-testid="total-budget">£62,500</span><span role="gridcell">≈ £1,488 / unit</span></div>
</div>
<button type="button" class="bm-Add">+ Add cost heading</button>
<section class="bm-Card card"><h2>How costs are split</h2>
<label>Split costs by<select name="apportionment"><option>Lease percentage</option><option>Equally</option><option>Floor area (m²)</option></select></label>
<label class="row"><input type="checkbox" name="vatBreakdown"> Show VAT breakdown on demands</label>
</section>
</main>
<footer class="bm-Foot">BlockPro · <a href="/help">Help centre</a></footer></div>`,
);

// 10. Property valuation comparables — edited
const valuationV1 = page(
  'Valuation V-20931 — 19 Beech Avenue | ValuerDesk',
  `<header><span class="logo">ValuerDesk</span><nav><a href="/jobs" class="on">Jobs</a><a href="/comparables">Comparables</a><a href="/reports">Reports</a><a href="/settings">Settings</a></nav><span>S. Adebayo MRICS</span></header>
<main>
<h1>19 Beech Avenue, Kenilworth CV8</h1>
<p class="muted">Job V-20931 · Secured lending valuation for Coventry Building Society · Inspected 16/04/2024</p>
<div class="card subject"><h2>Subject property</h2>
<p>Semi-detached house · 3 bedrooms · 96 m² GIA · Built c. 1965 · Freehold</p>
<label for="subject-condition">Condition</label><select id="subject-condition" name="condition"><option>Good</option><option selected>Average</option><option>Below average</option></select>
</div>
<h2>Comparable evidence</h2>
<div class="row"><input id="comp-search" placeholder="Search sold prices"><button type="button" id="add-comp">Add</button><label><input type="checkbox" id="show-map"> Show on map</label></div>
<table id="comps"><thead><tr><th>Use</th><th>Address</th><th>Sold</th><th>Price</th><th>m²</th><th>£/m²</th><th>Adj. %</th><th>Adjusted</th><th></th></tr></thead>
<tbody>
<tr><td><input type="checkbox" class="include" checked></td><td>23 Beech Avenue</td><td>11/2023</td><td>£372,500</td><td>94</td><td>3,963</td><td><input class="adj" value="0" size="3"></td><td>£372,500</td><td><a href="#" class="remove-comp" aria-label="Remove 23 Beech Avenue">Remove</a></td></tr>
<tr><td><input type="checkbox" class="include" checked></td><td>7 Oak Close</td><td>01/2024</td><td>£395,000</td><td>101</td><td>3,911</td><td><input class="adj" value="-3" size="3"></td><td>£383,150</td><td><a href="#" class="remove-comp" aria-label="Remove 7 Oak Close">Remove</a></td></tr>
<tr><td><input type="checkbox" class="include"></td><td>41 Elm Grove</td><td>06/2023</td><td>£345,000</td><td>90</td><td>3,833</td><td><input class="adj" value="5" size="3"></td><td>£362,250</td><td><a href="#" class="remove-comp" aria-label="Remove 41 Elm Grove">Remove</a></td></tr>
<tr><td><input type="checkbox" class="include" checked></td><td>2 Birch Lane</td><td>02/2024</td><td>£410,000</td><td>108</td><td>3,796</td><td><input class="adj" value="-6" size="3"></td><td>£385,400</td><td><a href="#" class="remove-comp" aria-label="Remove 2 Birch Lane">Remove</a></td></tr>
<tr><td><input type="checkbox" class="include" checked></td><td>15 Beech Avenue</td><td>09/2023</td><td>£368,000</td><td>96</td><td>3,833</td><td><input class="adj" value="2" size="3"></td><td>£375,360</td><td><a href="#" class="remove-comp" aria-label="Remove 15 Beech Avenue">Remove</a></td></tr>
</tbody></table>
<h2>Reconciliation</h2>
<p>Indicated range: £372,500 – £385,400</p>
<label for="market-value">Market value (£)</label><input id="market-value" name="market_value" value="380000">
<label for="value-basis">Basis of value</label><select id="value-basis" name="value_basis"><option>Market value</option><option>Market rent</option><option>180-day restricted marketing</option></select>
<label for="valuer-comments">Valuer's comments</label><textarea id="valuer-comments" name="comments" rows="4"></textarea>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="button" id="preview-report">Preview report</button><button type="button" id="request-second-opinion">Request second opinion</button><button type="button" id="sign-report">Sign and issue</button></div>
</main>
<footer>ValuerDesk · RICS Red Book compliant templates · <a href="/help">Help</a></footer>`,
);

const valuationV2 = edit(valuationV1, [
  ['<select id="subject-condition" name="condition">', '<select id="condition" name="condition">'],
  ['<label for="subject-condition">Condition</label>', '<label for="condition">Overall condition</label>'],
  [
    '<input id="comp-search" placeholder="Search sold prices"><button type="button" id="add-comp">Add</button><label><input type="checkbox" id="show-map"> Show on map</label>',
    '<input id="comp-lookup" placeholder="Add comparable by address or UPRN"><button type="button" id="add-comp">Add</button><button type="button" id="map-toggle" aria-pressed="false">Map view</button>',
  ],
  [
    '<tr><td><input type="checkbox" class="include"></td><td>41 Elm Grove</td><td>06/2023</td><td>£345,000</td><td>90</td><td>3,833</td><td><input class="adj" value="5" size="3"></td><td>£362,250</td><td><a href="#" class="remove-comp" aria-label="Remove 41 Elm Grove">Remove</a></td></tr>\n',
    '',
  ],
  [
    '<p>Indicated range: £372,500 – £385,400</p>',
    '<p>Indicated range: £372,500 – £385,400 (4 comparables)</p>',
  ],
  [
    '<label for="market-value">Market value (£)</label><input id="market-value" name="market_value" value="380000">',
    '<label for="opinion-of-value">Opinion of value (£)</label><input id="opinion-of-value" name="opinion_of_value" value="380000">',
  ],
  [
    '<label for="value-basis">Basis of value</label><select id="value-basis" name="value_basis">',
    '<label>Basis of value<select name="basis_of_value">',
  ],
  [
    '<option>180-day restricted marketing</option></select>',
    '<option>180-day restricted marketing</option></select></label>',
  ],
  ['<button type="button" id="request-second-opinion">Request second opinion</button>', ''],
  [
    '<button type="button" id="sign-report">Sign and issue</button>',
    '<button type="button" id="issue-report" class="primary">Issue report</button>',
  ],
]);

// 11. Motor first notification of loss — full rewrite
const fnolV1 = page(
  'Report a car accident — Northgate Insurance',
  `<header><span class="logo">Northgate Insurance</span><nav><a href="/policies">My policies</a><a href="/claims" class="active">Claims</a><a href="/documents">Documents</a><a href="/help">Help</a></nav><a href="/logout">Log out</a></header>
<main>
<aside><div class="card"><h3>Need help?</h3><p>Call our 24/7 claims line</p><a href="tel:08005550199" class="call-us">0800 555 0199</a></div>
<div class="card"><p>Windscreen only?</p><a href="/claims/glass" class="glass-link">Use our windscreen fast track</a></div></aside>
<h1>Report an accident</h1>
<form id="fnol" method="post" action="/claims/new">
<h2>Policy</h2>
<label for="policy-no">Policy number</label><input id="policy-no" name="policy_number" value="NGM-3318204" readonly>
<label for="vehicle-reg">Vehicle</label><select id="vehicle-reg" name="vehicle"><option>KX19 LMO — Ford Focus</option><option>WP68 RTA — Nissan Qashqai</option></select>
<h2>Incident</h2>
<label for="incident-date">Date</label><input id="incident-date" name="incident_date" type="date">
<label for="incident-time">Time</label><input id="incident-time" name="incident_time" type="time">
<label for="incident-location">Location</label><input id="incident-location" name="location">
<label for="incident-type">What happened?</label><select id="incident-type" name="incident_type"><option>Collision with another vehicle</option><option>Hit a parked vehicle</option><option>Hit an object</option><option>Theft</option><option>Vandalism</option></select>
<label for="incident-desc">Description</label><textarea id="incident-desc" name="description" rows="4"></textarea>
<fieldset><legend>Was anyone injured?</legend><label><input type="radio" name="injuries" value="yes"> Yes</label><label><input type="radio" name="injuries" value="no"> No</label></fieldset>
<fieldset><legend>Was another vehicle involved?</legend><label><input type="radio" name="third_party" value="yes"> Yes</label><label><input type="radio" name="third_party" value="no"> No</label></fieldset>
<label for="tp-reg">Other vehicle registration</label><input id="tp-reg" name="tp_registration">
<label for="tp-insurer">Other driver's insurer</label><input id="tp-insurer" name="tp_insurer">
<label><input type="checkbox" id="police-attended" name="police_attended"> Police attended</label>
<label for="crime-ref">Crime / incident reference</label><input id="crime-ref" name="crime_reference">
<fieldset><legend>Can the car be driven?</legend><label><input type="radio" name="driveable" value="yes"> Yes</label><label><input type="radio" name="driveable" value="no"> No</label></fieldset>
<label for="photo-upload">Photos</label><input id="photo-upload" name="photos" type="file" multiple>
<label for="contact-pref">How should we contact you?</label><select id="contact-pref" name="contact"><option>Phone</option><option>Email</option><option>SMS</option></select>
<label><input type="checkbox" id="declaration" name="declaration"> I confirm the information is true and complete</label>
<div class="row"><button type="submit" id="submit-claim">Submit claim</button><button type="button" id="save-later">Save for later</button></div>
</form>
</main>
<footer>Northgate Insurance plc · Authorised and regulated by the FCA · <a href="/complaints">Complaints</a></footer>`,
);

const fnolV2 = page(
  'Make a claim · Northgate',
  `<div class="ng-shell"><header class="ng-header"><a href="/" class="ng-logo" aria-label="Northgate home">N</a><nav class="ng-nav"><a href="/account">Account</a><a href="/claims" aria-current="page">Claims</a><a href="/docs">Documents</a></nav><a href="tel:08005550199" class="ng-phone" aria-label="Call claims line">📞</a></header>
<main class="ng-main">
<div class="ng-callout"><p>Just a chipped or cracked windscreen?</p><a href="/claims/glass">Claim with AutoGlass instead</a></div>
<h1>Tell us what happened</h1>
<form class="ng-form" data-qa="claim-form">
<section class="ng-section"><h2>Your car</h2>
<p>Policy <b>NGM-3318204</b></p>
<div class="ng-field"><label>Which car?</label><div class="ng-radios"><label><input type="radio" name="vehicleId" value="kx19lmo"> Ford Focus · KX19 LMO</label><label><input type="radio" name="vehicleId" value="wp68rta"> Nissan Qashqai · WP68 RTA</label></div></div>
<div class="ng-field"><label>Can it be driven?</label><div class="ng-radios"><label><input type="radio" name="isDriveable" value="true"> Yes</label><label><input type="radio" name="isDriveable" value="false"> No</label></div></div>
</section>
<section class="ng-section"><h2>The incident</h2>
<div class="grid"><div class="ng-field"><label>When?</label><input type="datetime-local" data-qa="incident-when"></div>
<div class="ng-field"><label>Where did it happen?</label><input data-qa="incident-where" placeholder="Road, town or postcode"><button type="button" class="ng-link">Use my location</button></div></div>
<div class="ng-field"><label>What kind of incident?</label><select data-qa="incident-kind"><option>Crash with another vehicle</option><option>Hit a parked car</option><option>Hit something else</option><option>Stolen</option><option>Vandalised</option></select></div>
<div class="ng-field"><label>In your own words</label><textarea data-qa="incident-story" rows="5"></textarea></div>
</section>
<section class="ng-section"><h2>Other people</h2>
<div class="ng-field"><label>Was anyone hurt?</label><div class="ng-radios"><label><input type="radio" name="anyoneHurt" value="true"> Yes</label><label><input type="radio" name="anyoneHurt" value="false"> No</label></div></div>
<div class="ng-field"><label>Was another vehicle involved?</label><div class="ng-radios"><label><input type="radio" name="otherVehicle" value="true"> Yes</label><label><input type="radio" name="otherVehicle" value="false"> No</label></div></div>
<div class="grid"><div class="ng-field"><label>Their registration</label><input data-qa="tp-reg"></div><div class="ng-field"><label>Their insurer (if known)</label><input data-qa="tp-insurer"></div></div>
<label class="row"><input type="checkbox" name="hasDashcam"> I have dashcam footage</label>
<div class="ng-field"><label>Police reference number (if you have one)</label><input name="policeReference"></div>
</section>
<section class="ng-section"><h2>Photos</h2><div class="ng-drop"><input type="file" multiple accept="image/*" aria-label="Add photos"><p>Drag photos here or browse</p></div></section>
<section class="ng-section"><h2>Check and send</h2>
<div class="ng-field"><label>Best way to reach you</label><select name="contactChannel"><option>Call me</option><option>Email me</option><option>Text me</option></select></div>
<label class="row"><input type="checkbox" name="confirmTrue"> Everything I've told you is true</label>
<div class="row"><a href="/claims" class="ng-secondary">Cancel</a><button type="submit" data-qa="submit" class="ng-primary">Send my claim</button></div>
</section>
</form>
</main>
<footer class="ng-footer">Northgate Insurance plc · FCA regulated · <a href="/complaints">Make a complaint</a></footer></div>`,
);

// 12. Life policy beneficiary change — edited
const beneficiaryV1 = page(
  'Change beneficiaries — Policy LF-448812 | Ardent Life',
  `<header><span class="logo">Ardent Life</span><nav><a href="/overview">Overview</a><a href="/policies" class="current">Policies</a><a href="/payments">Payments</a><a href="/documents">Documents</a><a href="/messages">Messages <span class="badge">2</span></a></nav><a href="/profile">Daniel Okoro</a></header>
<main>
<p><a href="/policies/LF-448812">← Back to policy</a></p>
<h1>Change beneficiaries</h1>
<p class="muted">Level term life cover · £250,000 · Policy LF-448812</p>
<table id="beneficiaries"><thead><tr><th>Name</th><th>Relationship</th><th>Date of birth</th><th>Share (%)</th><th></th></tr></thead>
<tbody>
<tr><td>Adaeze Okoro</td><td>Spouse</td><td>14/08/1986</td><td><input class="share" name="share_1" value="50" size="3"></td><td><a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a></td></tr>
<tr><td>Grace Okoro</td><td>Child</td><td>02/03/2012</td><td><input class="share" name="share_2" value="25" size="3"></td><td><a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a></td></tr>
<tr><td>Samuel Okoro</td><td>Child</td><td>21/10/2015</td><td><input class="share" name="share_3" value="25" size="3"></td><td><a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a></td></tr>
</tbody>
<tfoot><tr><th colspan="3">Total</th><th id="share-total">100%</th><th></th></tr></tfoot></table>
<h2>Add a beneficiary</h2>
<form id="add-beneficiary">
<label for="ben-name">Full name</label><input id="ben-name" name="name">
<label for="ben-rel">Relationship</label><select id="ben-rel" name="relationship"><option>Spouse / civil partner</option><option>Child</option><option>Parent</option><option>Sibling</option><option>Other</option></select>
<label for="ben-dob">Date of birth</label><input id="ben-dob" name="dob" type="date">
<label for="ben-share">Share (%)</label><input id="ben-share" name="share" type="number">
<button type="button" id="add-ben">Add beneficiary</button>
</form>
<div class="card">
<label><input type="checkbox" id="write-in-trust" name="trust"> Write this policy in trust</label>
<p><a href="/help/trusts" class="trust-guide">What is a trust?</a></p>
<label><input type="checkbox" id="contingent-toggle" name="contingent"> Name contingent beneficiaries</label>
</div>
<div class="row"><button type="button" id="submit-change">Submit changes</button><button type="button" id="download-form">Download paper form</button><a href="/policies/LF-448812" id="cancel-change">Cancel</a></div>
</main>
<footer>Ardent Life Assurance Ltd · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const beneficiaryV2 = edit(beneficiaryV1, [
  [
    '<input class="share" name="share_1" value="50" size="3"></td><td><a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a>',
    '<input class="share" name="beneficiaries[0].share" value="50" size="3"></td><td><a href="#" class="edit">Edit</a> <button type="button" class="icon" aria-label="Remove Adaeze Okoro">✕</button>',
  ],
  [
    '<input class="share" name="share_2" value="25" size="3"></td><td><a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a>',
    '<input class="share" name="beneficiaries[1].share" value="25" size="3"></td><td><a href="#" class="edit">Edit</a> <button type="button" class="icon" aria-label="Remove Grace Okoro">✕</button>',
  ],
  [
    '<input class="share" name="share_3" value="25" size="3"></td><td><a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a>',
    '<input class="share" name="beneficiaries[2].share" value="25" size="3"></td><td><a href="#" class="edit">Edit</a> <button type="button" class="icon" aria-label="Remove Samuel Okoro">✕</button>',
  ],
  ['<th id="share-total">100%</th>', '<th><output name="total">100%</output></th>'],
  [
    '<label for="ben-rel">Relationship</label><select id="ben-rel" name="relationship"><option>Spouse / civil partner</option><option>Child</option><option>Parent</option><option>Sibling</option><option>Other</option></select>',
    '<label for="relationship">How are they related to you?</label><select id="relationship" name="relationship_type"><option>Husband, wife or civil partner</option><option>Son or daughter</option><option>Mother or father</option><option>Brother or sister</option><option>Someone else</option></select>',
  ],
  [
    '<label><input type="checkbox" id="write-in-trust" name="trust"> Write this policy in trust</label>\n<p><a href="/help/trusts" class="trust-guide">What is a trust?</a></p>',
    '<p><a href="/trusts/apply?policy=LF-448812" class="btn">Start a trust application</a></p>\n<p><a href="/help/trusts" class="help-link">Learn about trusts</a></p>',
  ],
  [
    '<label><input type="checkbox" id="contingent-toggle" name="contingent"> Name contingent beneficiaries</label>',
    '<label><input type="checkbox" id="backup-beneficiaries" name="contingent"> Add backup beneficiaries (if a beneficiary dies before you)</label>',
  ],
  [
    '<button type="button" id="submit-change">Submit changes</button><button type="button" id="download-form">Download paper form</button>',
    '<button type="button" id="review-changes" class="primary">Continue to review</button>',
  ],
]);

const PAIRS_C: PagePair[] = [
  {
    name: 'service-charge-budget-b25',
    v1: scBudgetV1,
    v2: scBudgetV2,
    targets: [
      {
        selector: 'input[name="budget[insurance]"]',
        expect: 'input[aria-label="Buildings insurance budget 2024/25"]',
        change: 'table to grouped grid, input name dropped',
      },
      {
        selector: '#apportion-method',
        expect: 'select[name="apportionment"]',
        change: 'moved to card, relabelled, options reworded',
      },
      {
        selector: '#round-demands',
        expect: null,
        change: 'rounding option removed; VAT breakdown checkbox in its place',
      },
      {
        selector: '#send-consultation',
        expect: '[data-testid="share-draft"]',
        change: 'moved to action bar, reworded',
      },
      { selector: '#approve-budget', expect: '[data-testid="approve"]', change: 'shortened, moved to top' },
      {
        selector: '#issue-demands',
        expect: null,
        change: 'demands moved to another page; link with similar wording in slot',
      },
      {
        selector: 'a.s20-link',
        expect: 'button.bm-Banner__action',
        change: 'side box to alert banner, link to button, reworded',
      },
      {
        selector: '#budget-total',
        expect: '[data-testid="total-budget"]',
        change: 'tfoot to grid total row',
      },
    ],
  },
  {
    name: 'property-valuation-comparables-b25',
    v1: valuationV1,
    v2: valuationV2,
    targets: [
      { selector: '#market-value', expect: '#opinion-of-value', change: 'id, name and label renamed' },
      {
        selector: 'a[aria-label="Remove 41 Elm Grove"]',
        expect: null,
        change: 'that comparable row removed; next row slides into place',
      },
      { selector: '#show-map', expect: '#map-toggle', change: 'checkbox became toggle button' },
      {
        selector: '#value-basis',
        expect: 'select[name="basis_of_value"]',
        change: 'id dropped, name renamed',
      },
      { selector: '#request-second-opinion', expect: null, change: 'second opinion removed' },
      { selector: '#sign-report', expect: '#issue-report', change: 'renamed, reworded' },
      { selector: '#comp-search', expect: '#comp-lookup', change: 'id renamed, placeholder reworded' },
      {
        selector: '#comps tbody tr:nth-child(5) .adj',
        expect: '#comps tbody tr:nth-child(4) .adj',
        change: 'row above removed',
      },
    ],
  },
  {
    name: 'motor-fnol-claim-b25',
    v1: fnolV1,
    v2: fnolV2,
    targets: [
      {
        selector: '#incident-location',
        expect: '[data-qa="incident-where"]',
        change: 'ids to data-qa, relabelled, location button added',
      },
      {
        selector: 'input[name="third_party"][value="yes"]',
        expect: 'input[name="otherVehicle"][value="true"]',
        change: 'radio renamed, boolean values',
      },
      { selector: '#tp-insurer', expect: '[data-qa="tp-insurer"]', change: 'id to data-qa, relabelled' },
      { selector: '#crime-ref', expect: 'input[name="policeReference"]', change: 'renamed and relabelled' },
      {
        selector: '#police-attended',
        expect: null,
        change: 'police checkbox removed; dashcam checkbox in same slot',
      },
      { selector: '#save-later', expect: null, change: 'save for later removed' },
      { selector: '#submit-claim', expect: '[data-qa="submit"]', change: 'reworded' },
      {
        selector: 'a.glass-link',
        expect: 'a[href="/claims/glass"]',
        change: 'moved from sidebar to callout, reworded',
      },
    ],
  },
  {
    name: 'life-policy-beneficiary-change-b25',
    v1: beneficiaryV1,
    v2: beneficiaryV2,
    targets: [
      {
        selector: 'input[name="share_2"]',
        expect: 'input[name="beneficiaries[1].share"]',
        change: 'input name restructured',
      },
      { selector: '#ben-rel', expect: '#relationship', change: 'id/name renamed, options reworded' },
      {
        selector: '#write-in-trust',
        expect: null,
        change: 'trust checkbox removed; link to separate application instead',
      },
      { selector: 'a.trust-guide', expect: 'a.help-link', change: 'class renamed, reworded' },
      {
        selector: '#contingent-toggle',
        expect: '#backup-beneficiaries',
        change: 'id renamed, plain-English label',
      },
      { selector: '#download-form', expect: null, change: 'paper form removed' },
      { selector: '#submit-change', expect: '#review-changes', change: 'review step introduced' },
      {
        selector: '#beneficiaries tbody tr:nth-child(3) .remove',
        expect: 'button[aria-label="Remove Samuel Okoro"]',
        change: 'text link to icon button',
      },
    ],
  },
];

// 13. Pet insurance claim — full rewrite
const petClaimV1 = page(
  'Make a vet claim | PawSure',
  `<header><span class="logo">PawSure</span><nav><a href="/pets">My pets</a><a href="/policy">Policy</a><a href="/claims" class="active">Claims</a><a href="/vets">Vet finder</a></nav><a href="/logout">Sign out</a></header>
<main>
<aside class="card"><h3>Your cover this year</h3><p>Excess remaining: <b>£99.00</b></p><p>Vet fees remaining: <b id="benefit-remaining">£3,450.00</b></p><a href="/policy/wording.pdf" class="policy-wording">Read policy wording</a></aside>
<h1>Make a claim</h1>
<form id="claim-form" method="post" action="/claims" enctype="multipart/form-data">
<label for="pet-select">Which pet?</label><select id="pet-select" name="pet"><option>Biscuit (Cocker Spaniel)</option><option>Mochi (British Shorthair)</option></select>
<label for="vet-practice">Vet practice</label><div class="row"><input id="vet-practice" name="vet_practice"><button type="button" id="find-vet">Find practice</button></div>
<div class="grid"><div><label for="treat-start">Treatment started</label><input id="treat-start" name="treatment_start" type="date"></div><div><label for="treat-end">Treatment ended</label><input id="treat-end" name="treatment_end" type="date"></div></div>
<label for="condition">Condition or injury</label><input id="condition" name="condition">
<fieldset><legend>Is this a new condition?</legend><label><input type="radio" name="condition_status" value="new"> New</label><label><input type="radio" name="condition_status" value="ongoing"> Continuing from a previous claim</label></fieldset>
<label for="invoice-total">Invoice total (£)</label><input id="invoice-total" name="invoice_total">
<label for="invoice-file">Vet invoice</label><input id="invoice-file" name="invoice" type="file">
<label for="history-file">Clinical history (last 12 months)</label><input id="history-file" name="history" type="file">
<fieldset><legend>Who should we pay?</legend><label><input type="radio" name="pay_to" value="vet"> Pay my vet</label><label><input type="radio" name="pay_to" value="me"> Pay me</label></fieldset>
<div class="grid"><div><label for="sort-code">Sort code</label><input id="sort-code" name="sort_code"></div><div><label for="account-number">Account number</label><input id="account-number" name="account_number"></div></div>
<label><input type="checkbox" id="declare" name="declaration"> I declare the information given is correct</label>
<div class="row"><button type="submit" id="submit-claim-btn">Submit claim</button><a href="/claims/vet-request" id="vet-direct-link">Ask my vet to complete this claim</a></div>
</form>
<h2>Recent claims</h2>
<table id="recent-claims"><thead><tr><th>Reference</th><th>Pet</th><th>Condition</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td>CL-20417</td><td>Mochi</td><td>Dental extraction</td><td>Paid</td><td><a href="/claims/CL-20417">View</a></td></tr>
<tr><td>CL-20931</td><td>Biscuit</td><td>Ear infection</td><td>Assessing</td><td><a href="/claims/CL-20931">View</a></td></tr>
</tbody></table>
</main>
<footer>PawSure is a trading name of Harlow Pet Insurance Ltd · <a href="/complaints">Complaints</a></footer>`,
);

const petClaimV2 = page(
  'New claim — PawSure',
  `<div class="ps-root"><header class="ps-bar"><a href="/" class="ps-logo">PawSure</a><nav class="ps-tabs"><a href="/pets">Pets</a><a href="/claims" aria-current="page">Claims</a><a href="/vets">Find a vet</a></nav><button class="ps-avatar" aria-label="Account">CB</button></header>
<main class="ps-main grid">
<div>
<h1>Claim for vet treatment</h1>
<form class="ps-form" method="post" action="/api/claims">
<fieldset class="ps-pets"><legend>Who was treated?</legend>
<label class="ps-petcard card"><input type="radio" name="petId" value="biscuit"><img src="/pets/biscuit.jpg" alt="" width="48">Biscuit</label>
<label class="ps-petcard card"><input type="radio" name="petId" value="mochi"><img src="/pets/mochi.jpg" alt="" width="48">Mochi</label></fieldset>
<label>Your vet practice<input role="combobox" name="practiceId" placeholder="Start typing the practice name or postcode"></label>
<div class="grid"><label>First treatment date<input type="date" name="from"></label><label>Last treatment date<input type="date" name="to"></label></div>
<label>What was wrong?<input name="conditionName" placeholder="e.g. ear infection"></label>
<fieldset><legend>Have we paid for this condition before?</legend><label><input type="radio" name="isContinuation" value="false"> No, it's new</label><label><input type="radio" name="isContinuation" value="true"> Yes, it's ongoing</label></fieldset>
<label>Total on invoice<input name="amountClaimed" inputmode="decimal" placeholder="£"></label>
<div class="ps-drop card"><p>Vet invoice</p><input type="file" name="invoiceFile"></div>
<div class="ps-drop card"><p>Clinical history — 12 months</p><input type="file" name="clinicalHistory"></div>
<fieldset class="ps-payee"><legend>Where should the money go?</legend>
<label class="card"><input type="radio" name="payee" value="practice"> Pay the vet directly</label>
<label class="card"><input type="radio" name="payee" value="policyholder"> Pay it to me</label></fieldset>
<div class="grid"><label>Sort code<input name="sortCode" autocomplete="off"></label><label>Account number<input name="accountNumber" autocomplete="off"></label></div>
<label class="row"><input type="checkbox" name="agree"> The details I've given are true</label>
<div class="row"><button type="submit" class="ps-primary">Send claim</button><a href="/claims/track" class="ps-link">Track an existing claim</a></div>
</form>
</div>
<aside class="ps-side">
<div class="card"><h3>Left to claim this policy year</h3><p>Vet fee cover left <b data-testid="vet-fees-left">£3,450.00</b></p><p>Excess left £99.00</p></div>
<div class="card"><h3>Your recent claims</h3><ul class="ps-claims">
<li data-claim="CL-20931">Biscuit · Ear infection · <span class="badge">Assessing</span> <a href="/claims/CL-20931">Details</a></li>
<li data-claim="CL-20417">Mochi · Dental extraction · <span class="badge">Paid</span> <a href="/claims/CL-20417">Details</a></li>
</ul></div>
</aside>
</main>
<footer class="ps-foot"><a href="/documents/policy-wording.pdf">Policy wording</a> · <a href="/complaints">Complaints</a> · Harlow Pet Insurance Ltd</footer></div>`,
);

// 14. Reinsurance treaty setup — edited
const treatyV1 = page(
  'Property Cat XoL 2025 — TreatyHub',
  `<header><span class="logo">TreatyHub</span><nav><a href="/treaties" class="active">Treaties</a><a href="/placements">Placements</a><a href="/bordereaux">Bordereaux</a><a href="/claims">Claims</a><a href="/admin">Admin</a></nav><span>Calder Mutual · Reinsurance team</span></header>
<main>
<h1>Property Catastrophe XoL 2025</h1>
<p class="muted">Draft · Last saved 09:42 by F. Gallagher</p>
<h2>General</h2>
<div class="grid">
<div><label for="treaty-name">Treaty name</label><input id="treaty-name" name="name" value="Property Cat XoL 2025"></div>
<div><label for="treaty-type">Treaty type</label><select id="treaty-type" name="type"><option>Quota share</option><option>Surplus</option><option>Per risk XoL</option><option selected>Catastrophe XoL</option></select></div>
<div><label for="inception">Inception</label><input id="inception" name="inception" type="date" value="2025-01-01"></div>
<div><label for="expiry">Expiry</label><input id="expiry" name="expiry" type="date" value="2025-12-31"></div>
<div><label for="currency">Currency</label><select id="currency" name="currency"><option>GBP</option><option>EUR</option><option>USD</option></select></div>
<div><label for="broker">Broker</label><select id="broker" name="broker"><option>Gallagher Re</option><option>Aon</option><option>Guy Carpenter</option></select></div>
</div>
<label for="brokerage">Brokerage (%)</label><input id="brokerage" name="brokerage" value="10">
<h2>Layers</h2>
<table id="layers"><thead><tr><th>Layer</th><th>Retention</th><th>Limit</th><th>Rate on line (%)</th><th>Premium</th></tr></thead>
<tbody>
<tr><td>Layer 1</td><td>£10m</td><td>£10m</td><td><input class="rol" value="18.5" size="4"></td><td>£1,850,000</td></tr>
<tr><td>Layer 2</td><td>£20m</td><td>£20m</td><td><input class="rol" value="9.0" size="4"></td><td>£1,800,000</td></tr>
<tr><td>Layer 3</td><td>£40m</td><td>£40m</td><td><input class="rol" value="4.25" size="4"></td><td>£1,700,000</td></tr>
</tbody></table>
<button type="button" id="add-layer">Add layer</button>
<h2>Reinsurer panel</h2>
<table id="panel"><thead><tr><th>Reinsurer</th><th>Written line (%)</th><th>Signed line (%)</th></tr></thead>
<tbody>
<tr><td>Hannover Re</td><td><input class="written" value="25" size="3"></td><td><input class="signed" value="22.5" size="4"></td></tr>
<tr><td>Munich Re</td><td><input class="written" value="20" size="3"></td><td><input class="signed" value="18" size="4"></td></tr>
<tr><td>Swiss Re</td><td><input class="written" value="20" size="3"></td><td><input class="signed" value="18" size="4"></td></tr>
<tr><td>Lloyd's Syndicate 2001</td><td><input class="written" value="30" size="3"></td><td><input class="signed" value="27" size="4"></td></tr>
<tr><td>PartnerRe</td><td><input class="written" value="16" size="3"></td><td><input class="signed" value="14.5" size="4"></td></tr>
</tbody></table>
<h2>Clauses</h2>
<label><input type="checkbox" id="hours-clause" checked> Hours clause (168 hours)</label>
<label><input type="checkbox" id="ecoxl"> ECO / XPL cover</label>
<label><input type="checkbox" id="cyber-excl" checked> Cyber exclusion (LMA5403)</label>
<div class="row"><button type="button" id="save-treaty">Save</button><button type="button" id="validate-treaty">Validate</button><button type="button" id="clone-treaty">Clone from 2024</button><button type="button" id="bind-treaty">Bind</button></div>
</main>
<footer>TreatyHub · <a href="/audit">Audit trail</a></footer>`,
);

const treatyV2 = edit(treatyV1, [
  [
    '<div><label for="treaty-type">Treaty type</label><select id="treaty-type" name="type">',
    '<div><label for="contract-type">Contract type</label><select id="contract-type" name="contract_type">',
  ],
  [
    '<div><label for="broker">Broker</label><select id="broker" name="broker"><option>Gallagher Re</option><option>Aon</option><option>Guy Carpenter</option></select></div>\n</div>\n<label for="brokerage">Brokerage (%)</label><input id="brokerage" name="brokerage" value="10">',
    '<div><label for="broker">Broker</label><select id="broker" name="broker"><option>Gallagher Re</option><option>Aon</option><option>Guy Carpenter</option></select></div>\n<div><label for="brokerage-pct">Brokerage</label><input id="brokerage-pct" name="brokerage_pct" value="10"> %</div>\n</div>',
  ],
  [
    '<tr><td>Layer 1</td><td>£10m</td><td>£10m</td><td><input class="rol" value="18.5" size="4"></td><td>£1,850,000</td></tr>\n<tr><td>Layer 2</td><td>£20m</td><td>£20m</td><td><input class="rol" value="9.0" size="4"></td><td>£1,800,000</td></tr>\n<tr><td>Layer 3</td><td>£40m</td><td>£40m</td><td><input class="rol" value="4.25" size="4"></td><td>£1,700,000</td></tr>',
    '<tr><td>Layer 3</td><td>£40m</td><td>£40m</td><td><input class="rol" value="4.25" size="4"></td><td>£1,700,000</td></tr>\n<tr><td>Layer 2</td><td>£20m</td><td>£20m</td><td><input class="rol" value="9.0" size="4"></td><td>£1,800,000</td></tr>\n<tr><td>Layer 1</td><td>£10m</td><td>£10m</td><td><input class="rol" value="18.5" size="4"></td><td>£1,850,000</td></tr>',
  ],
  ['<th>Layer</th><th>Retention</th>', '<th>Layer (top down)</th><th>Retention</th>'],
  [
    '<tr><td>Munich Re</td>',
    '<tr><td>Lloyd\'s Syndicate 2001</td><td><input class="written" value="30" size="3"></td><td><input class="signed" value="27" size="4"></td></tr>\n<tr><td>Munich Re</td>',
  ],
  [
    '<tr><td>Lloyd\'s Syndicate 2001</td><td><input class="written" value="30" size="3"></td><td><input class="signed" value="27" size="4"></td></tr>\n<tr><td>PartnerRe</td>',
    '<tr><td>PartnerRe</td>',
  ],
  ['<th>Written line (%)</th>', '<th>Written line (%) ▼</th>'],
  [
    '<label><input type="checkbox" id="hours-clause" checked> Hours clause (168 hours)</label>\n<label><input type="checkbox" id="ecoxl"> ECO / XPL cover</label>',
    '<label><input type="checkbox" id="hours-clause-168" name="hours_clause" checked> 168-hour event clause</label>\n<label><input type="checkbox" id="terror-excl"> Terrorism exclusion (NMA2920)</label>',
  ],
  ['<button type="button" id="clone-treaty">Clone from 2024</button>', ''],
  [
    '<button type="button" id="bind-treaty">Bind</button>',
    '<button type="button" id="bind" class="primary">Bind &amp; issue contract</button>',
  ],
]);

// 15. Travel insurance medical screening — full rewrite
const medScreenV1 = page(
  'Medical screening — Step 3 of 5 | VoyageCover',
  `<header><span class="logo">VoyageCover</span><ol class="steps row"><li>Trip</li><li>Travellers</li><li class="current">Medical</li><li>Cover</li><li>Pay</li></ol><a href="tel:03300001234">0330 000 1234</a></header>
<main>
<h1>Tell us about medical conditions</h1>
<p><a href="/help/medical-screening" class="help-screening">Why do we ask this?</a></p>
<ul class="traveller-tabs row"><li><a href="#helen" class="traveller-tab active">Helen Price</a></li><li><a href="#robert" class="traveller-tab">Robert Price</a></li></ul>
<section id="helen">
<h2>Helen Price (68)</h2>
<fieldset class="q"><legend>1. In the last 2 years, have you been prescribed medication or received treatment?</legend><label><input type="radio" name="q1_helen" value="yes" checked> Yes</label><label><input type="radio" name="q1_helen" value="no"> No</label></fieldset>
<fieldset class="q"><legend>2. Are you awaiting tests, treatment or results?</legend><label><input type="radio" name="q2_helen" value="yes"> Yes</label><label><input type="radio" name="q2_helen" value="no" checked> No</label></fieldset>
<fieldset class="q"><legend>3. Have you been given a terminal prognosis?</legend><label><input type="radio" name="q3_helen" value="yes"> Yes</label><label><input type="radio" name="q3_helen" value="no" checked> No</label></fieldset>
<fieldset class="q"><legend>4. Have you had treatment for cancer in the last 5 years?</legend><label><input type="radio" name="q4_helen" value="yes"> Yes</label><label><input type="radio" name="q4_helen" value="no" checked> No</label></fieldset>
<h3>Conditions declared</h3>
<ul id="conditions">
<li>Type 2 diabetes (tablets) <a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a></li>
<li>High blood pressure <a href="#" class="edit">Edit</a> <a href="#" class="remove">Remove</a></li>
</ul>
<div class="row"><input id="condition-search" placeholder="Start typing a condition"><button type="button" id="add-condition">Add condition</button></div>
</section>
<div class="card premium"><p>Base premium: £84.20</p><p>Medical: <b id="medical-uplift">+£36.50</b></p><p>Total: <b id="total-premium">£120.70</b></p></div>
<div class="row"><button type="button" id="back-step">Back</button><button type="button" id="save-quote">Save quote</button><button type="button" id="continue-step">Continue to cover options</button></div>
</main>
<footer>VoyageCover Ltd · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>`,
);

const medScreenV2 = page(
  'Health questions · VoyageCover',
  `<div class="vc"><header class="vc-head"><a href="/" class="vc-logo">VoyageCover</a><div class="vc-progress" role="progressbar" aria-valuenow="3" aria-valuemax="5">Step 3 of 5 · Health</div><a href="tel:03300001234" class="vc-help">Need help? Call us</a></header>
<main class="vc-main">
<h1>Health questions</h1><p class="muted">Answer for each traveller. It only takes a couple of minutes.</p>
<div class="vc-acc">
<button type="button" aria-expanded="true" aria-controls="panel-helen" class="vc-acc-btn">Helen Price · 68</button>
<div id="panel-helen" class="vc-panel">
<div class="vc-q card"><p>Prescribed medicine or treated for anything in the last 2 years?</p><div class="row"><input type="radio" id="helen-treated-yes" name="helen.treated" checked><label for="helen-treated-yes">Yes</label><input type="radio" id="helen-treated-no" name="helen.treated"><label for="helen-treated-no">No</label></div></div>
<div class="vc-q card"><p>Waiting for tests, surgery or results?</p><div class="row"><input type="radio" id="helen-awaiting-yes" name="helen.awaiting"><label for="helen-awaiting-yes">Yes</label><input type="radio" id="helen-awaiting-no" name="helen.awaiting" checked><label for="helen-awaiting-no">No</label></div></div>
<div class="vc-q card"><p>Travelling against the advice of a doctor?</p><div class="row"><input type="radio" id="helen-advice-yes" name="helen.againstAdvice"><label for="helen-advice-yes">Yes</label><input type="radio" id="helen-advice-no" name="helen.againstAdvice" checked><label for="helen-advice-no">No</label></div></div>
<div class="vc-q card"><p>Any cancer treatment in the last 5 years?</p><div class="row"><input type="radio" id="helen-cancer-yes" name="helen.cancer"><label for="helen-cancer-yes">Yes</label><input type="radio" id="helen-cancer-no" name="helen.cancer" checked><label for="helen-cancer-no">No</label></div></div>
<div class="vc-conditions"><p>Conditions you've told us about</p>
<span class="vc-chip">High blood pressure <button type="button" aria-label="Remove High blood pressure">×</button></span>
<span class="vc-chip">Type 2 diabetes (tablets) <button type="button" aria-label="Remove Type 2 diabetes (tablets)">×</button></span>
<input role="combobox" aria-label="Add a condition" placeholder="e.g. asthma"></div>
</div>
<button type="button" aria-expanded="false" aria-controls="panel-robert" class="vc-acc-btn">Robert Price · 71</button>
<div id="panel-robert" class="vc-panel" hidden></div>
</div>
<aside class="vc-price card"><p>Your price so far</p><p>Trip cover £84.20</p><p>Health cover <b data-testid="screening-uplift">£36.50</b></p><p class="vc-total">£120.70</p></aside>
<div class="row vc-nav"><a href="/quote/travellers" class="vc-back">Back</a><button type="button" class="vc-save">Email me this quote</button><button type="button" class="vc-next">Next: choose cover</button></div>
</main>
<footer class="vc-foot">VoyageCover Ltd · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer></div>`,
);

// 16. Payslip viewer — edited
const payslipV1 = page(
  'Payslip March 2024 — PeoplePortal',
  `<header><span class="logo">PeoplePortal</span><nav><a href="/home">Home</a><a href="/pay" class="active">Pay</a><a href="/time-off">Time off</a><a href="/documents">Documents</a><a href="/profile">Profile</a></nav><span>Ruth Achterberg</span></header>
<main>
<h1>Payslip</h1>
<div class="row"><label for="period">Pay period</label><select id="period" name="period"><option>March 2024</option><option>February 2024</option><option>January 2024</option><option>December 2023</option></select><button type="button" id="view-period">Go</button></div>
<div class="grid3 summary">
<div class="card"><p>Gross pay</p><b id="gross">£3,912.50</b></div>
<div class="card"><p>Deductions</p><b id="total-deductions">£1,241.87</b></div>
<div class="card"><p>Net pay</p><b id="net-pay">£2,670.63</b></div>
</div>
<div class="grid">
<table id="earnings"><thead><tr><th>Earnings</th><th>Hours</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Basic salary</td><td>—</td><td class="amt">£3,416.67</td></tr>
<tr><td>Overtime 1.5×</td><td>8.0</td><td class="amt">£262.80</td></tr>
<tr><td>Shift allowance</td><td>—</td><td class="amt">£120.00</td></tr>
<tr><td>Bonus</td><td>—</td><td class="amt">£113.03</td></tr>
</tbody></table>
<table id="deductions"><thead><tr><th>Deductions</th><th>Amount</th></tr></thead>
<tbody>
<tr><td>Income tax (PAYE)</td><td class="amt">£571.40</td></tr>
<tr><td>National Insurance</td><td class="amt">£229.67</td></tr>
<tr><td>Pension (salary sacrifice)</td><td class="amt">£195.63</td></tr>
<tr><td>Student loan (Plan 2)</td><td class="amt">£95.17</td></tr>
<tr><td>Cycle to work</td><td class="amt">£150.00</td></tr>
</tbody></table>
</div>
<dl class="details"><dt>Tax code</dt><dd id="tax-code">1257L</dd><dt>NI number</dt><dd>QQ ** ** 56 C</dd><dt>Payment date</dt><dd>28/03/2024</dd></dl>
<h2>Year to date</h2>
<p>Taxable pay £44,520.11 · Tax £7,118.40 · NI £2,947.02</p>
<div class="row"><button type="button" id="download-pdf">Download PDF</button><button type="button" id="print-payslip">Print</button><button type="button" id="email-payslip">Email to me</button></div>
<p><a href="/documents/p60/2023" class="p60-link">P60 for 2022/23</a> · <a href="/payroll/query?slip=2024-03" class="query-link">Query this payslip</a></p>
</main>
<footer>PeoplePortal · Northbank Hospitals NHS Trust payroll</footer>`,
);

const payslipV2 = edit(payslipV1, [
  [
    '<label for="period">Pay period</label><select id="period" name="period">',
    '<label for="payslip-select">Showing payslip for</label><select id="payslip-select" name="payslip">',
  ],
  ['<button type="button" id="view-period">Go</button>', ''],
  [
    '<div class="card"><p>Net pay</p><b id="net-pay">£2,670.63</b></div>',
    '<div class="card"><p>Take-home pay</p><strong class="net" data-testid="net-pay">£2,670.63</strong></div>',
  ],
  [
    '<tr><td>Pension (salary sacrifice)</td><td class="amt">£195.63</td></tr>',
    '<tr><td>Pension (salary sacrifice)</td><td class="amt">£195.63</td></tr>\n<tr><td>Give As You Earn</td><td class="amt">£10.00</td></tr>',
  ],
  [
    '<div class="card"><p>Deductions</p><b id="total-deductions">£1,241.87</b></div>',
    '<div class="card"><p>Deductions</p><b id="total-deductions">£1,251.87</b></div>',
  ],
  ['<dt>Tax code</dt><dd id="tax-code">1257L</dd>', '<dt>Tax code</dt><dd data-field="tax-code">1257L</dd>'],
  [
    '<button type="button" id="print-payslip">Print</button><button type="button" id="email-payslip">Email to me</button>',
    '<button type="button" id="share-lender">Share with a lender</button><button type="button" id="send-personal">Send to my personal email</button>',
  ],
  [
    '<a href="/documents/p60/2023" class="p60-link">P60 for 2022/23</a> · <a href="/payroll/query?slip=2024-03" class="query-link">Query this payslip</a>',
    '<a href="/documents/tax-forms?type=p60" class="docs-link">Year-end tax forms (P60)</a> · <a href="/help/payroll/new?payslip=2024-03" class="ask-payroll">Ask payroll a question</a>',
  ],
]);

const PAIRS_D: PagePair[] = [
  {
    name: 'pet-insurance-claim-b25',
    v1: petClaimV1,
    v2: petClaimV2,
    targets: [
      {
        selector: 'input[name="pay_to"][value="vet"]',
        expect: 'input[name="payee"][value="practice"]',
        change: 'radio renamed and relabelled as card',
      },
      { selector: '#invoice-total', expect: 'input[name="amountClaimed"]', change: 'renamed, relabelled' },
      { selector: '#find-vet', expect: null, change: 'find button removed; practice field became combobox' },
      {
        selector: '#history-file',
        expect: 'input[name="clinicalHistory"]',
        change: 'upload moved into drop card',
      },
      {
        selector: '#vet-direct-link',
        expect: null,
        change: 'vet-completes option removed; tracking link in same slot',
      },
      {
        selector: '#benefit-remaining',
        expect: '[data-testid="vet-fees-left"]',
        change: 'side card reworded',
      },
      {
        selector: 'a.policy-wording',
        expect: 'a[href="/documents/policy-wording.pdf"]',
        change: 'moved to footer, new URL',
      },
      {
        selector: '#recent-claims tbody tr:nth-child(2) a',
        expect: 'li[data-claim="CL-20931"] a',
        change: 'table to list, reordered, reworded',
      },
    ],
  },
  {
    name: 'reinsurance-treaty-setup-b25',
    v1: treatyV1,
    v2: treatyV2,
    targets: [
      { selector: '#treaty-type', expect: '#contract-type', change: 'id/name renamed, relabelled' },
      {
        selector: '#layers tbody tr:nth-child(3) input.rol',
        expect: '#layers tbody tr:first-child input.rol',
        change: 'layers listed top down',
      },
      {
        selector: '#panel tbody tr:nth-child(4) .signed',
        expect: '#panel tbody tr:nth-child(2) .signed',
        change: 'panel sorted by written line',
      },
      { selector: '#hours-clause', expect: '#hours-clause-168', change: 'id renamed, reworded' },
      { selector: '#ecoxl', expect: null, change: 'ECO/XPL removed; different clause checkbox in same slot' },
      { selector: '#clone-treaty', expect: null, change: 'clone removed' },
      { selector: '#bind-treaty', expect: '#bind', change: 'id renamed, reworded' },
      { selector: '#brokerage', expect: '#brokerage-pct', change: 'moved into grid next to broker' },
    ],
  },
  {
    name: 'travel-insurance-medical-screening-b25',
    v1: medScreenV1,
    v2: medScreenV2,
    targets: [
      {
        selector: 'input[name="q2_helen"][value="yes"]',
        expect: '#helen-awaiting-yes',
        change: 'question reworded, new naming',
      },
      {
        selector: 'input[name="q3_helen"][value="yes"]',
        expect: null,
        change: 'terminal prognosis question replaced by different question in same slot',
      },
      {
        selector: '#conditions li:nth-child(2) .remove',
        expect: 'button[aria-label="Remove High blood pressure"]',
        change: 'list to chips, reordered, icon',
      },
      {
        selector: '#condition-search',
        expect: 'input[aria-label="Add a condition"]',
        change: 'search plus button became combobox',
      },
      {
        selector: '#medical-uplift',
        expect: '[data-testid="screening-uplift"]',
        change: 'relabelled Health cover',
      },
      { selector: '#save-quote', expect: 'button.vc-save', change: 'reworded as email quote' },
      {
        selector: '.traveller-tabs a[href="#robert"]',
        expect: 'button[aria-controls="panel-robert"]',
        change: 'tabs became accordion',
      },
      { selector: 'a.help-screening', expect: null, change: 'explanation link removed' },
    ],
  },
  {
    name: 'payslip-viewer-b25',
    v1: payslipV1,
    v2: payslipV2,
    targets: [
      { selector: '#period', expect: '#payslip-select', change: 'renamed, relabelled' },
      { selector: '#view-period', expect: null, change: 'Go button removed; auto-load' },
      { selector: '#net-pay', expect: '[data-testid="net-pay"]', change: 'relabelled take-home pay' },
      {
        selector: '#deductions tbody tr:nth-child(4) td.amt',
        expect: '#deductions tbody tr:nth-child(5) td.amt',
        change: 'row inserted above',
      },
      { selector: '#print-payslip', expect: null, change: 'print removed; share button in same slot' },
      { selector: '#email-payslip', expect: '#send-personal', change: 'renamed, reworded' },
      { selector: 'a.p60-link', expect: 'a.docs-link', change: 'reworded, new URL' },
      { selector: '#tax-code', expect: '[data-field="tax-code"]', change: 'id to data attribute' },
    ],
  },
];

// 17. Performance review form — full rewrite
const reviewV1 = page(
  'Annual review 2023/24 — Marcus Lee | TalentTrack',
  `<header><span class="logo">TalentTrack</span><nav><a href="/team">My team</a><a href="/reviews" class="active">Reviews</a><a href="/goals">Goals</a><a href="/feedback">Feedback</a><a href="/reports">Reports</a></nav><span>Farah Iqbal</span></header>
<main>
<h1>Annual review: Marcus Lee</h1>
<p class="muted">Senior Data Analyst · Manager Farah Iqbal · Period Apr 2023 – Mar 2024 · Status: Manager assessment</p>
<p><a href="/reviews/5521/360/attach" class="attach-360">Attach 360° feedback</a></p>
<h2>Objectives</h2>
<table id="objectives"><thead><tr><th>Objective</th><th>Weight</th><th>Self rating</th><th>Manager rating</th></tr></thead>
<tbody>
<tr><td>Migrate finance reporting to dbt</td><td>30%</td><td>Exceeds</td><td><select class="mgr-rating" name="rating_obj_1"><option>Exceeds</option><option>Meets</option><option>Partially meets</option><option>Not met</option></select></td></tr>
<tr><td>Reduce dashboard load time below 3s</td><td>20%</td><td>Meets</td><td><select class="mgr-rating" name="rating_obj_2"><option>Exceeds</option><option>Meets</option><option>Partially meets</option><option>Not met</option></select></td></tr>
<tr><td>Mentor two junior analysts</td><td>20%</td><td>Meets</td><td><select class="mgr-rating" name="rating_obj_3"><option>Exceeds</option><option>Meets</option><option>Partially meets</option><option>Not met</option></select></td></tr>
<tr><td>Deliver customer churn model</td><td>30%</td><td>Partially meets</td><td><select class="mgr-rating" name="rating_obj_4"><option>Exceeds</option><option>Meets</option><option>Partially meets</option><option>Not met</option></select></td></tr>
</tbody></table>
<h2>Competencies</h2>
<fieldset><legend>Communication</legend><label><input type="radio" name="comp_communication" value="1">1</label><label><input type="radio" name="comp_communication" value="2">2</label><label><input type="radio" name="comp_communication" value="3">3</label><label><input type="radio" name="comp_communication" value="4">4</label><label><input type="radio" name="comp_communication" value="5">5</label></fieldset>
<fieldset><legend>Collaboration</legend><label><input type="radio" name="comp_collaboration" value="1">1</label><label><input type="radio" name="comp_collaboration" value="2">2</label><label><input type="radio" name="comp_collaboration" value="3">3</label><label><input type="radio" name="comp_collaboration" value="4">4</label><label><input type="radio" name="comp_collaboration" value="5">5</label></fieldset>
<fieldset><legend>Technical depth</legend><label><input type="radio" name="comp_technical" value="1">1</label><label><input type="radio" name="comp_technical" value="2">2</label><label><input type="radio" name="comp_technical" value="3">3</label><label><input type="radio" name="comp_technical" value="4">4</label><label><input type="radio" name="comp_technical" value="5">5</label></fieldset>
<h2>Overall</h2>
<label for="overall-rating">Overall rating</label><select id="overall-rating" name="overall_rating"><option>Exceeds expectations</option><option>Meets expectations</option><option>Partially meets expectations</option><option>Does not meet expectations</option></select>
<label><input type="checkbox" id="promo-ready" name="promotion_ready"> Ready for promotion</label>
<label for="manager-summary">Manager summary</label><textarea id="manager-summary" name="summary" rows="4"></textarea>
<label for="dev-plan">Development plan</label><textarea id="dev-plan" name="development_plan" rows="3"></textarea>
<div class="row"><button type="button" id="save-review">Save draft</button><button type="button" id="share-employee">Share with employee</button><button type="button" id="submit-calibration">Submit for calibration</button></div>
</main>
<footer>TalentTrack · <a href="/help">Help</a></footer>`,
);

const reviewV2 = page(
  'Marcus Lee · Year-end review',
  `<div class="tt-app"><aside class="tt-nav sidebar"><a href="/" class="tt-brand">TalentTrack</a><a href="/team">Team</a><a href="/cycles" aria-current="page">Review cycles</a><a href="/goals">Goals</a><a href="/feedback">Feedback</a><a href="/insights">Insights</a></aside>
<main class="tt-main">
<div class="tt-head row"><img src="/avatars/mlee.png" alt="" width="40"><div><h1>Marcus Lee</h1><p class="muted">Senior Data Analyst · FY24 year-end review · Step 2 of 4: Manager assessment</p></div>
<div class="tt-head-actions row"><button type="button" data-testid="release-to-employee">Release to Marcus</button><button type="button" data-testid="send-calibration" class="tt-primary">Send to calibration</button></div></div>
<section class="tt-card card"><h2>Overall</h2>
<label>Overall performance<select name="overallRating"><option>Outstanding</option><option>Strong</option><option>Developing</option><option>Below expectations</option></select></label>
<label class="row"><input type="checkbox" name="retentionRisk"> At risk of leaving</label>
<label>Summary for Marcus<textarea name="managerSummary" rows="4"></textarea></label>
</section>
<section class="tt-card card"><h2>Goals</h2>
<div class="tt-goal card"><h3>Migrate finance reporting to dbt</h3><p class="muted">Weight 30% · Self: Exceeds</p><select aria-label="Manager rating: Migrate finance reporting to dbt"><option>Outstanding</option><option>Strong</option><option>Developing</option><option>Not met</option></select></div>
<div class="tt-goal card"><h3>Deliver customer churn model</h3><p class="muted">Weight 30% · Self: Partially meets</p><select aria-label="Manager rating: Deliver customer churn model"><option>Outstanding</option><option>Strong</option><option>Developing</option><option>Not met</option></select></div>
<div class="tt-goal card"><h3>Reduce dashboard load time below 3s</h3><p class="muted">Weight 20% · Self: Meets</p><select aria-label="Manager rating: Reduce dashboard load time below 3s"><option>Outstanding</option><option>Strong</option><option>Developing</option><option>Not met</option></select></div>
<div class="tt-goal card"><h3>Mentor two junior analysts</h3><p class="muted">Weight 20% · Self: Meets</p><select aria-label="Manager rating: Mentor two junior analysts"><option>Outstanding</option><option>Strong</option><option>Developing</option><option>Not met</option></select></div>
</section>
<section class="tt-card card"><h2>How they work</h2>
<div class="tt-scale" role="radiogroup" aria-label="Communication"><span>Communication</span><input type="radio" name="competency.communication" value="1"><input type="radio" name="competency.communication" value="2"><input type="radio" name="competency.communication" value="3"><input type="radio" name="competency.communication" value="4"><input type="radio" name="competency.communication" value="5"></div>
<div class="tt-scale" role="radiogroup" aria-label="Collaboration"><span>Collaboration</span><input type="radio" name="competency.collaboration" value="1"><input type="radio" name="competency.collaboration" value="2"><input type="radio" name="competency.collaboration" value="3"><input type="radio" name="competency.collaboration" value="4"><input type="radio" name="competency.collaboration" value="5"></div>
<div class="tt-scale" role="radiogroup" aria-label="Technical depth"><span>Technical depth</span><input type="radio" name="competency.technical" value="1"><input type="radio" name="competency.technical" value="2"><input type="radio" name="competency.technical" value="3"><input type="radio" name="competency.technical" value="4"><input type="radio" name="competency.technical" value="5"></div>
</section>
<section class="tt-card card"><h2>Growth &amp; development</h2><textarea name="growthPlan" rows="4" placeholder="What should Marcus focus on next year?"></textarea></section>
<p class="muted" role="status">Draft saved automatically</p>
</main></div>`,
);

// 18. Right to work check — edited
const rtwV1 = page(
  'Right to work check — Tomasz Nowak | HRNest',
  `<header><span class="logo">HRNest</span><nav><a href="/people">People</a><a href="/onboarding" class="active">Onboarding</a><a href="/compliance">Compliance</a><a href="/reports">Reports</a></nav><span>HR: Bethany Cole</span></header>
<main>
<aside class="card"><h3>Onboarding checklist</h3><ol><li><a href="/onboarding/771/contract">Contract signed</a> ✓</li><li><a href="/onboarding/771/rtw">Right to work</a></li><li><a href="/onboarding/771/bank">Bank details</a></li><li><a href="/onboarding/771/p45">P45 / starter checklist</a></li><li><a href="/onboarding/771/equipment">Equipment</a></li></ol></aside>
<h1>Right to work check</h1>
<p class="muted">New starter: Tomasz Nowak · Warehouse Operative · Start date 06/05/2024</p>
<form id="rtw-form">
<fieldset><legend>Type of check</legend>
<label><input type="radio" name="check_type" value="manual"> Manual (original documents)</label>
<label><input type="radio" name="check_type" value="online" checked> Online (Home Office share code)</label>
<label><input type="radio" name="check_type" value="idvt"> Digital identity provider (IDVT)</label></fieldset>
<label for="doc-type">Document type</label><select id="doc-type" name="document_type"><option>UK passport</option><option>Irish passport</option><option>Biometric residence permit</option><option selected>EU Settlement Scheme (share code)</option><option>Birth certificate + NI letter</option></select>
<div class="row"><div><label for="share-code">Share code</label><input id="share-code" name="share_code"></div><div><label for="rtw-dob">Date of birth</label><input id="rtw-dob" name="dob" type="date"></div><button type="button" id="check-online">Check online (GOV.UK)</button></div>
<label for="doc-expiry">Permission expires</label><input id="doc-expiry" name="expiry" type="date">
<label for="doc-upload">Upload evidence (PDF)</label><input id="doc-upload" name="evidence" type="file">
<div class="grid"><div><label for="checked-by">Checked by</label><select id="checked-by" name="checked_by"><option>Bethany Cole</option><option>Imran Qureshi</option><option>Lucy Barton</option></select></div><div><label for="check-date">Date of check</label><input id="check-date" name="check_date" type="date"></div></div>
<label><input type="checkbox" id="follow-up" name="follow_up"> Follow-up check required</label>
<label for="follow-up-date">Follow-up date</label><input id="follow-up-date" name="follow_up_date" type="date">
<fieldset><legend>Outcome</legend>
<label><input type="radio" name="outcome" value="pass"> Pass</label>
<label><input type="radio" name="outcome" value="refer"> Refer to Employer Checking Service</label>
<label><input type="radio" name="outcome" value="fail"> Fail</label></fieldset>
<label for="rtw-notes">Notes</label><textarea id="rtw-notes" name="notes"></textarea>
<div class="row"><button type="button" id="save-rtw">Save</button><button type="button" id="complete-rtw">Mark check complete</button><button type="button" id="print-record">Print record</button></div>
</form>
</main>
<footer>HRNest · Guidance: Employer's guide to right to work checks · <a href="/help">Help</a></footer>`,
);

const rtwV2 = edit(rtwV1, [
  [
    '<label for="doc-type">Document type</label><select id="doc-type" name="document_type">',
    '<label for="document">Evidence type</label><select id="document" name="document_type">',
  ],
  [
    '<label for="share-code">Share code</label><input id="share-code" name="share_code">',
    '<label for="share-code-input">Share code</label><input id="share-code-input" name="share_code" placeholder="e.g. W6X 7K2 9HJ">',
  ],
  [
    '<button type="button" id="check-online">Check online (GOV.UK)</button>',
    '<button type="button" id="verify-share-code">Verify share code</button>',
  ],
  [
    '<label for="checked-by">Checked by</label><select id="checked-by" name="checked_by">',
    '<label for="checker">Check carried out by</label><select id="checker" name="checker">',
  ],
  ['<label><input type="checkbox" id="follow-up" name="follow_up"> Follow-up check required</label>\n', ''],
  [
    '<label for="follow-up-date">Follow-up date</label>',
    '<label for="follow-up-date">Follow-up check due (leave blank if none)</label>',
  ],
  [
    '<label><input type="radio" name="outcome" value="pass"> Pass</label>\n<label><input type="radio" name="outcome" value="refer"> Refer to Employer Checking Service</label>\n<label><input type="radio" name="outcome" value="fail"> Fail</label>',
    '<label><input type="radio" name="rtw_outcome" value="confirmed"> Right to work confirmed</label>\n<label><input type="radio" name="rtw_outcome" value="ecs"> Needs Employer Checking Service request</label>\n<label><input type="radio" name="rtw_outcome" value="none"> No right to work</label>',
  ],
  [
    '<button type="button" id="complete-rtw">Mark check complete</button><button type="button" id="print-record">Print record</button>',
    '<button type="button" class="primary" data-step="complete">Complete check</button><button type="button" id="email-starter">Email new starter</button>',
  ],
]);

// 19. Benefits open enrollment — full rewrite
const enrollV1 = page(
  'Open enrollment 2025 | BenefitsHub',
  `<header><span class="logo">BenefitsHub</span><nav><a href="/home">Home</a><a href="/benefits" class="active">Benefits</a><a href="/pay">Pay</a><a href="/time">Time</a><a href="/documents">Documents</a></nav><span>Jordan Alvarez</span></header>
<main>
<div class="card notice">Open enrollment closes <b>November 15, 2024</b>. Elections take effect January 1, 2025.</div>
<h1>Open enrollment 2025</h1>
<h2>Medical</h2>
<table id="medical-plans"><thead><tr><th></th><th>Plan</th><th>Per paycheck</th><th>Deductible</th><th>Out-of-pocket max</th></tr></thead>
<tbody>
<tr><td><input type="radio" name="medical_plan" value="ppo500" checked></td><td>PPO 500</td><td>$142.10</td><td>$500</td><td>$3,000</td></tr>
<tr><td><input type="radio" name="medical_plan" value="hdhp2000"></td><td>HDHP 2000 with HSA</td><td>$61.40</td><td>$2,000</td><td>$4,500</td></tr>
<tr><td><input type="radio" name="medical_plan" value="hmo"></td><td>HMO Select</td><td>$98.75</td><td>$0</td><td>$2,500</td></tr>
<tr><td><input type="radio" name="medical_plan" value="waive"></td><td>Waive medical coverage</td><td>$0.00</td><td>—</td><td>—</td></tr>
</tbody></table>
<p><a href="/docs/sbc-2025.pdf" class="sbc-link">Summary of Benefits and Coverage (PDF)</a> · <button type="button" id="compare-plans">Compare plans</button></p>
<label for="coverage-level">Coverage level</label><select id="coverage-level" name="coverage_level"><option>Employee only</option><option>Employee + spouse</option><option>Employee + child(ren)</option><option selected>Family</option></select>
<h2>Dental &amp; vision</h2>
<fieldset><legend>Dental</legend><label><input type="radio" name="dental_plan" value="basic"> Basic</label><label><input type="radio" name="dental_plan" value="enhanced" checked> Enhanced</label><label><input type="radio" name="dental_plan" value="waive"> Waive</label></fieldset>
<label><input type="checkbox" id="vision-enroll" name="vision" checked> Enroll in vision ($4.20 per paycheck)</label>
<h2>Dependents</h2>
<table id="dependents"><thead><tr><th>Name</th><th>Relationship</th><th>Date of birth</th><th>Covered</th></tr></thead>
<tbody>
<tr><td>Elena Alvarez</td><td>Spouse</td><td>07/22/1988</td><td><input type="checkbox" checked></td></tr>
<tr><td>Mateo Alvarez</td><td>Child</td><td>03/14/2016</td><td><input type="checkbox" checked></td></tr>
</tbody></table>
<button type="button" id="add-dependent">Add dependent</button>
<h2>Spending accounts</h2>
<label for="hsa-amount">HSA contribution per paycheck ($)</label><input id="hsa-amount" name="hsa" type="number">
<label for="fsa-amount">Dependent care FSA annual election ($)</label><input id="fsa-amount" name="dcfsa" type="number">
<label for="supp-life">Supplemental life insurance</label><select id="supp-life" name="supp_life"><option>None</option><option>1× salary</option><option>2× salary</option><option>3× salary</option></select>
<p>Your cost per paycheck: <b id="paycheck-total">$176.40</b></p>
<div class="row"><button type="button" id="save-elections">Save</button><button type="button" id="submit-elections">Submit elections</button></div>
</main>
<footer>BenefitsHub · Questions? benefits@northfieldlabs.com</footer>`,
);

const enrollV2 = page(
  'Choose your 2025 benefits',
  `<div class="bh-root"><header class="bh-top"><a href="/" class="bh-logo">BenefitsHub</a><nav><a href="/">Home</a><a href="/benefits" aria-current="page">Benefits</a><a href="/pay">Pay</a><a href="/documents">Documents</a></nav><span class="bh-user">JA</span></header>
<main class="bh-main">
<div class="bh-banner" role="status">Enrollment closes Nov 15 · Coverage starts Jan 1, 2025</div>
<h1>Choose your 2025 benefits</h1>
<section class="bh-step"><h2>1. Who's covered</h2>
<label class="row card"><input type="checkbox" checked disabled> Jordan Alvarez (you)</label>
<label class="row card"><input type="checkbox" name="cover" value="elena" checked> Elena Alvarez · Spouse</label>
<label class="row card"><input type="checkbox" name="cover" value="mateo" checked> Mateo Alvarez · Child</label>
<a href="/benefits/dependents/new" class="bh-link">+ Add a family member</a>
</section>
<section class="bh-step"><h2>2. Medical plan</h2>
<div class="grid">
<div class="bh-plan card"><h3>PPO 500</h3><p>$142.10 / paycheck</p><p class="muted">$500 deductible · $3,000 OOP max</p><button type="button" data-plan="ppo500" aria-pressed="true">Selected</button></div>
<div class="bh-plan card"><h3>HDHP 2000 + HSA</h3><p>$61.40 / paycheck</p><p class="muted">$2,000 deductible · $4,500 OOP max</p><button type="button" data-plan="hdhp2000" aria-pressed="false">Select</button></div>
<div class="bh-plan card"><h3>HMO Select</h3><p>$98.75 / paycheck</p><p class="muted">$0 deductible · $2,500 OOP max</p><button type="button" data-plan="hmo" aria-pressed="false">Select</button></div>
<div class="bh-plan card"><h3>No medical</h3><p>$0.00</p><p class="muted">I have coverage elsewhere</p><button type="button" data-plan="waive" aria-pressed="false">Select</button></div>
</div></section>
<section class="bh-step"><h2>3. Dental &amp; vision</h2>
<div class="row" role="radiogroup" aria-label="Dental"><label><input type="radio" name="dental" value="basic"> Dental Basic</label><label><input type="radio" name="dental" value="enhanced" checked> Dental Plus</label><label><input type="radio" name="dental" value="none"> No dental</label></div>
<label class="row"><input type="checkbox" role="switch" name="vision" checked> Vision · $4.20 / paycheck</label>
</section>
<section class="bh-step"><h2>4. Save for health &amp; care</h2>
<div class="grid"><label>HSA<input type="number" aria-label="HSA contribution per paycheck" placeholder="$ per paycheck"></label>
<label>Dependent care FSA<input type="number" aria-label="Dependent care FSA yearly amount" placeholder="$ per year"></label></div>
<label>Extra life insurance<select name="supplementalLife"><option>No extra cover</option><option>1× salary</option><option>2× salary</option><option>3× salary</option></select></label>
</section>
<div class="bh-footerbar row"><span>Per paycheck <b data-testid="per-paycheck-total">$176.40</b></span><button type="button" class="bh-secondary">Save for later</button><button type="button" class="bh-primary">Review &amp; submit</button></div>
</main>
<footer class="bh-foot"><a href="/docs/sbc-2025.pdf">Plan documents (SBC)</a> · benefits@northfieldlabs.com</footer></div>`,
);

// 20. Payroll attachment of earnings order — edited
const aeoV1 = page(
  'Attachment of earnings — Ryan Colby | PayrollOne',
  `<header><span class="logo">PayrollOne</span><nav><a href="/employees" class="on">Employees</a><a href="/pay-runs">Pay runs</a><a href="/deductions">Deductions</a><a href="/reports">Reports</a><a href="/settings">Settings</a></nav><span>Harwood Engineering Ltd</span></header>
<main>
<p><a href="/employees/E10482">← Ryan Colby (E10482)</a></p>
<h1>Attachment of earnings order</h1>
<form id="aeo-form">
<div class="grid">
<div><label for="order-type">Order type</label><select id="order-type" name="order_type"><option>AEO (County Court)</option><option>Council tax AEO</option><option>Child maintenance DEO</option><option>Direct Earnings Attachment (DWP)</option></select></div>
<div><label for="issuer">Issued by</label><input id="issuer" name="issuer" value="County Court Business Centre"></div>
<div><label for="order-ref">Order reference</label><input id="order-ref" name="order_reference" value="K9QZ4471"></div>
<div><label for="received-date">Date received</label><input id="received-date" name="received" type="date"></div>
<div><label for="start-run">Start from pay run</label><select id="start-run" name="start_run"><option>May 2024 (monthly)</option><option>June 2024 (monthly)</option></select></div>
<div><label for="payee">Pay deductions to</label><select id="payee" name="payee"><option>CAPS (Centralised Attachment of Earning Payments)</option><option>Local council</option><option>Child Maintenance Service</option></select></div>
</div>
<div class="grid3">
<div><label for="ndr">Normal deduction rate (£)</label><input id="ndr" name="ndr" value="120.00"></div>
<div><label for="per">Protected earnings rate (£)</label><input id="per" name="per" value="1,150.00"></div>
<div><label for="total-debt">Total to collect (£)</label><input id="total-debt" name="total" value="2,460.00"></div>
</div>
<fieldset><legend>Priority</legend><label><input type="radio" name="priority" value="priority"> Priority order</label><label><input type="radio" name="priority" value="non_priority" checked> Non-priority order</label></fieldset>
<label><input type="checkbox" id="admin-fee" name="admin_fee" checked> Deduct £1 admin fee per deduction</label>
<label for="aeo-notes">Notes</label><textarea id="aeo-notes" name="notes"></textarea>
<div class="row"><button type="button" id="save-order">Save</button><button type="button" id="suspend-order">Suspend</button><button type="button" id="end-order">End order</button><button type="button" id="letter">Generate employee letter</button></div>
</form>
<h2>Deduction history</h2>
<table id="aeo-history"><thead><tr><th>Pay date</th><th>Net pay</th><th>Deducted</th><th>Shortfall carried</th><th>Balance</th></tr></thead>
<tbody>
<tr><td>31/01/2024</td><td>£1,402.18</td><td>£121.00</td><td class="shortfall">£0.00</td><td>£2,340.00</td></tr>
<tr><td>29/02/2024</td><td>£1,231.54</td><td>£82.54</td><td class="shortfall">£38.46</td><td>£2,258.46</td></tr>
<tr><td>28/03/2024</td><td>£1,398.90</td><td>£159.46</td><td class="shortfall">£0.00</td><td>£2,100.00</td></tr>
<tr><td>30/04/2024</td><td>£1,405.02</td><td>£121.00</td><td class="shortfall">£0.00</td><td>£1,980.00</td></tr>
</tbody></table>
</main>
<footer>PayrollOne · HMRC RTI recognised · <a href="/help">Help</a></footer>`,
);

const aeoV2 = edit(aeoV1, [
  [
    '<div><label for="order-ref">Order reference</label><input id="order-ref" name="order_reference" value="K9QZ4471"></div>',
    '<div><label for="case-number">Court case number</label><input id="case-number" name="case_number" value="K9QZ4471"></div>',
  ],
  [
    '<div><label for="ndr">Normal deduction rate (£)</label><input id="ndr" name="ndr" value="120.00"></div>',
    '<div><label for="deduction-amount">Deduction amount per period (£)</label><input id="deduction-amount" name="deduction_amount" value="120.00"></div>',
  ],
  [
    '<div><label for="per">Protected earnings rate (£)</label><input id="per" name="per" value="1,150.00"></div>',
    '<div><label for="protected-earnings">Protected earnings (£)</label><input id="protected-earnings" name="protected_earnings" value="1,150.00"></div>',
  ],
  [
    '<label><input type="radio" name="priority" value="priority"> Priority order</label><label><input type="radio" name="priority" value="non_priority" checked> Non-priority order</label>',
    '<label><input type="radio" name="order_priority" value="non_priority" checked> Non-priority</label><label><input type="radio" name="order_priority" value="priority"> Priority (shortfalls carried forward)</label>',
  ],
  [
    '<label><input type="checkbox" id="admin-fee" name="admin_fee" checked> Deduct £1 admin fee per deduction</label>',
    '<label for="admin-fee-option">Employer admin fee</label><select id="admin-fee-option" name="admin_fee"><option>None</option><option selected>£1 per deduction</option></select>',
  ],
  [
    '<button type="button" id="suspend-order">Suspend</button><button type="button" id="end-order">End order</button><button type="button" id="letter">Generate employee letter</button>',
    '<button type="button" id="vary-order">Vary order</button><button type="button" id="end-order">End order</button>',
  ],
  [
    '<tr><td>31/01/2024</td><td>£1,402.18</td><td>£121.00</td><td class="shortfall">£0.00</td><td>£2,340.00</td></tr>\n<tr><td>29/02/2024</td><td>£1,231.54</td><td>£82.54</td><td class="shortfall">£38.46</td><td>£2,258.46</td></tr>\n<tr><td>28/03/2024</td><td>£1,398.90</td><td>£159.46</td><td class="shortfall">£0.00</td><td>£2,100.00</td></tr>\n<tr><td>30/04/2024</td><td>£1,405.02</td><td>£121.00</td><td class="shortfall">£0.00</td><td>£1,980.00</td></tr>',
    '<tr><td>30/04/2024</td><td>£1,405.02</td><td>£121.00</td><td class="shortfall">£0.00</td><td>£1,980.00</td></tr>\n<tr><td>28/03/2024</td><td>£1,398.90</td><td>£159.46</td><td class="shortfall">£0.00</td><td>£2,100.00</td></tr>\n<tr><td>29/02/2024</td><td>£1,231.54</td><td>£82.54</td><td class="shortfall">£38.46</td><td>£2,258.46</td></tr>\n<tr><td>31/01/2024</td><td>£1,402.18</td><td>£121.00</td><td class="shortfall">£0.00</td><td>£2,340.00</td></tr>',
  ],
  ['<th>Pay date</th>', '<th>Pay date (newest first)</th>'],
]);

const PAIRS_E: PagePair[] = [
  {
    name: 'performance-review-form-b25',
    v1: reviewV1,
    v2: reviewV2,
    targets: [
      {
        selector: 'select[name="rating_obj_2"]',
        expect: 'select[aria-label="Manager rating: Reduce dashboard load time below 3s"]',
        change: 'table to goal cards sorted by weight',
      },
      {
        selector: 'input[name="comp_collaboration"][value="4"]',
        expect: 'input[name="competency.collaboration"][value="4"]',
        change: 'radio group renamed, labels dropped',
      },
      {
        selector: '#overall-rating',
        expect: 'select[name="overallRating"]',
        change: 'moved to top card, options reworded',
      },
      {
        selector: '#promo-ready',
        expect: null,
        change: 'promotion flag removed; retention risk checkbox in its place',
      },
      {
        selector: '#share-employee',
        expect: '[data-testid="release-to-employee"]',
        change: 'moved to header, reworded',
      },
      { selector: '#dev-plan', expect: 'textarea[name="growthPlan"]', change: 'own card, relabelled' },
      { selector: 'a.attach-360', expect: null, change: '360 attachment removed' },
      {
        selector: '#submit-calibration',
        expect: '[data-testid="send-calibration"]',
        change: 'moved to header, reworded',
      },
    ],
  },
  {
    name: 'right-to-work-check-b25',
    v1: rtwV1,
    v2: rtwV2,
    targets: [
      { selector: '#doc-type', expect: '#document', change: 'id renamed, relabelled' },
      { selector: '#check-online', expect: '#verify-share-code', change: 'id renamed, reworded' },
      { selector: '#print-record', expect: null, change: 'print removed; email button in same slot' },
      {
        selector: 'input[name="outcome"][value="refer"]',
        expect: 'input[name="rtw_outcome"][value="ecs"]',
        change: 'radio name/value/label changed',
      },
      { selector: '#follow-up', expect: null, change: 'follow-up checkbox removed' },
      { selector: '#checked-by', expect: '#checker', change: 'id/name renamed, relabelled' },
      { selector: '#complete-rtw', expect: 'button[data-step="complete"]', change: 'id dropped, reworded' },
      { selector: '#share-code', expect: '#share-code-input', change: 'id renamed, placeholder added' },
    ],
  },
  {
    name: 'benefits-open-enrollment-b25',
    v1: enrollV1,
    v2: enrollV2,
    targets: [
      {
        selector: 'input[name="medical_plan"][value="hdhp2000"]',
        expect: 'button[data-plan="hdhp2000"]',
        change: 'radio table to plan cards with select buttons',
      },
      {
        selector: '#coverage-level',
        expect: null,
        change: 'coverage tier select removed; per-person checkboxes instead',
      },
      {
        selector: '#vision-enroll',
        expect: 'input[name="vision"]',
        change: 'checkbox to switch, id dropped',
      },
      {
        selector: '#hsa-amount',
        expect: 'input[aria-label="HSA contribution per paycheck"]',
        change: 'id/name dropped, FSA neighbour',
      },
      { selector: '#compare-plans', expect: null, change: 'compare removed; cards side by side' },
      {
        selector: '#add-dependent',
        expect: 'a[href="/benefits/dependents/new"]',
        change: 'button to link, moved to top, reworded',
      },
      {
        selector: '#paycheck-total',
        expect: '[data-testid="per-paycheck-total"]',
        change: 'sticky footer bar',
      },
      { selector: 'a.sbc-link', expect: 'a[href="/docs/sbc-2025.pdf"]', change: 'moved to footer, reworded' },
    ],
  },
  {
    name: 'payroll-attachment-order-b25',
    v1: aeoV1,
    v2: aeoV2,
    targets: [
      { selector: '#ndr', expect: '#deduction-amount', change: 'jargon replaced, id renamed' },
      { selector: '#per', expect: '#protected-earnings', change: 'id renamed' },
      { selector: '#admin-fee', expect: '#admin-fee-option', change: 'checkbox became select' },
      { selector: '#suspend-order', expect: null, change: 'suspend removed; vary order button in same slot' },
      { selector: '#letter', expect: null, change: 'letter generation removed' },
      {
        selector: 'input[name="priority"][value="priority"]',
        expect: 'input[name="order_priority"][value="priority"]',
        change: 'renamed, reordered, relabelled',
      },
      {
        selector: '#aeo-history tbody tr:nth-child(2) td.shortfall',
        expect: '#aeo-history tbody tr:nth-child(3) td.shortfall',
        change: 'history sorted newest first',
      },
      { selector: '#order-ref', expect: '#case-number', change: 'id renamed, relabelled' },
    ],
  },
];

// 21. Fixed asset register — full rewrite
const assetsV1 = page(
  'Fixed assets | LedgerWorks',
  `<header><span class="logo">LedgerWorks</span><nav><a href="/dashboard">Dashboard</a><a href="/sales">Sales</a><a href="/purchases">Purchases</a><a href="/accounting" class="active">Accounting</a><a href="/reports">Reports</a></nav><span>Kestrel Fabrication Ltd</span></header>
<nav class="subnav"><a href="/accounting/coa">Chart of accounts</a><a href="/accounting/journals">Manual journals</a><a href="/accounting/assets" class="active">Fixed assets</a><a href="/accounting/bank-rules">Bank rules</a></nav>
<main>
<h1>Fixed assets</h1>
<p class="last-run muted">Depreciation last run to 31 Mar 2024</p>
<div class="row"><button type="button" id="new-asset">New asset</button><button type="button" id="run-depreciation">Run depreciation</button><button type="button" id="import-assets">Import</button></div>
<div class="row tabs"><a href="?status=registered" class="tab active">Registered (6)</a><a href="?status=draft" class="tab">Draft (3)</a><a href="?status=disposed" class="tab">Sold / disposed (4)</a></div>
<div class="row"><input id="asset-search" placeholder="Search by name or number"><select id="asset-type-filter" name="type"><option>All asset types</option><option>Computer equipment</option><option>Plant &amp; machinery</option><option>Leasehold improvements</option><option>Motor vehicles</option><option>Fixtures &amp; fittings</option></select></div>
<table id="asset-register"><thead><tr><th>Asset no.</th><th>Name</th><th>Type</th><th>Purchased</th><th>Cost</th><th>Method</th><th>NBV</th><th></th></tr></thead>
<tbody>
<tr><td>FA-0101</td><td>MacBook Pro 16"</td><td>Computer equipment</td><td>12/01/2023</td><td>2,499.00</td><td>SL 3 yrs</td><td>1,457.75</td><td><a href="#" class="dispose">Dispose</a> <a href="#" class="revalue">Revalue</a></td></tr>
<tr><td>FA-0102</td><td>Hitachi forklift</td><td>Plant &amp; machinery</td><td>03/06/2021</td><td>18,750.00</td><td>RB 25%</td><td>7,906.00</td><td><a href="#" class="dispose">Dispose</a> <a href="#" class="revalue">Revalue</a></td></tr>
<tr><td>FA-0103</td><td>Office fit-out</td><td>Leasehold improvements</td><td>01/09/2020</td><td>42,000.00</td><td>SL 10 yrs</td><td>26,950.00</td><td><a href="#" class="dispose">Dispose</a> <a href="#" class="revalue">Revalue</a></td></tr>
<tr><td>FA-0104</td><td>Ford Transit van</td><td>Motor vehicles</td><td>18/11/2022</td><td>31,200.00</td><td>RB 20%</td><td>23,088.00</td><td><a href="#" class="dispose">Dispose</a> <a href="#" class="revalue">Revalue</a></td></tr>
<tr><td>FA-0105</td><td>Dell PowerEdge server</td><td>Computer equipment</td><td>22/02/2022</td><td>7,860.00</td><td>SL 5 yrs</td><td>4,454.00</td><td><a href="#" class="dispose">Dispose</a> <a href="#" class="revalue">Revalue</a></td></tr>
<tr><td>FA-0106</td><td>Boardroom furniture</td><td>Fixtures &amp; fittings</td><td>07/07/2023</td><td>5,400.00</td><td>SL 7 yrs</td><td>4,821.43</td><td><a href="#" class="dispose">Dispose</a> <a href="#" class="revalue">Revalue</a></td></tr>
</tbody>
<tfoot><tr><td colspan="4">Totals</td><td id="total-cost">107,709.00</td><td></td><td id="total-nbv">68,677.18</td><td></td></tr></tfoot></table>
</main>
<footer>LedgerWorks · <a href="/help/fixed-assets">Fixed asset help</a></footer>`,
);

const assetsV2 = page(
  'Assets — Kestrel Fabrication Ltd',
  `<div class="lw"><header class="lw-bar"><a href="/" class="lw-logo">LedgerWorks</a><nav class="lw-menu"><a href="/home">Home</a><a href="/sales">Sales</a><a href="/purchases">Purchases</a><a href="/accounting" aria-current="page">Accounting</a><a href="/reports">Reports</a></nav><button class="lw-org">Kestrel Fabrication Ltd ▾</button></header>
<main class="lw-main">
<div class="lw-title row"><h1>Assets</h1><a href="/assets/new" class="lw-btn lw-btn--primary">+ Add asset</a>
<button type="button" data-testid="run-depreciation" class="lw-btn">Depreciate to 30 Apr 2024</button><button type="button" data-testid="rollback-depreciation" class="lw-btn">Roll back depreciation</button></div>
<p class="muted">Depreciated to 31 Mar 2024</p>
<div role="tablist" class="lw-tabs row"><button role="tab" id="tab-registered" aria-selected="true">Registered</button><button role="tab" id="tab-draft" aria-selected="false">Drafts <span class="badge">3</span></button><button role="tab" id="tab-disposed" aria-selected="false">Sold &amp; disposed <span class="badge">4</span></button></div>
<div class="lw-filters row"><input type="search" aria-label="Search assets" placeholder="Search"><select aria-label="Asset type"><option>Any type</option><option>Computer equipment</option><option>Plant &amp; machinery</option><option>Leasehold improvements</option><option>Motor vehicles</option><option>Fixtures &amp; fittings</option></select></div>
<table class="lw-table"><thead><tr><th>Asset</th><th>Type</th><th>Bought</th><th>Cost</th><th>Book value</th><th></th></tr></thead>
<tbody>
<tr data-asset="FA-0103"><td><a href="/assets/FA-0103">Office fit-out</a><div class="muted">FA-0103 · SL 10 yrs</div></td><td>Leasehold improvements</td><td>1 Sep 2020</td><td>£42,000.00</td><td>£26,950.00</td><td><button type="button" class="fa-edit">Edit</button><button type="button" class="fa-dispose">Sell or dispose</button></td></tr>
<tr data-asset="FA-0104"><td><a href="/assets/FA-0104">Ford Transit van</a><div class="muted">FA-0104 · RB 20%</div></td><td>Motor vehicles</td><td>18 Nov 2022</td><td>£31,200.00</td><td>£23,088.00</td><td><button type="button" class="fa-edit">Edit</button><button type="button" class="fa-dispose">Sell or dispose</button></td></tr>
<tr data-asset="FA-0102"><td><a href="/assets/FA-0102">Hitachi forklift</a><div class="muted">FA-0102 · RB 25%</div></td><td>Plant &amp; machinery</td><td>3 Jun 2021</td><td>£18,750.00</td><td>£7,906.00</td><td><button type="button" class="fa-edit">Edit</button><button type="button" class="fa-dispose">Sell or dispose</button></td></tr>
<tr data-asset="FA-0106"><td><a href="/assets/FA-0106">Boardroom furniture</a><div class="muted">FA-0106 · SL 7 yrs</div></td><td>Fixtures &amp; fittings</td><td>7 Jul 2023</td><td>£5,400.00</td><td>£4,821.43</td><td><button type="button" class="fa-edit">Edit</button><button type="button" class="fa-dispose">Sell or dispose</button></td></tr>
<tr data-asset="FA-0105"><td><a href="/assets/FA-0105">Dell PowerEdge server</a><div class="muted">FA-0105 · SL 5 yrs</div></td><td>Computer equipment</td><td>22 Feb 2022</td><td>£7,860.00</td><td>£4,454.00</td><td><button type="button" class="fa-edit">Edit</button><button type="button" class="fa-dispose">Sell or dispose</button></td></tr>
<tr data-asset="FA-0101"><td><a href="/assets/FA-0101">MacBook Pro 16"</a><div class="muted">FA-0101 · SL 3 yrs</div></td><td>Computer equipment</td><td>12 Jan 2023</td><td>£2,499.00</td><td>£1,457.75</td><td><button type="button" class="fa-edit">Edit</button><button type="button" class="fa-dispose">Sell or dispose</button></td></tr>
</tbody></table>
<dl class="lw-totals row"><dt>Cost</dt><dd data-testid="total-cost">£107,709.00</dd><dt>Book value</dt><dd data-testid="total-book-value">£68,677.18</dd></dl>
</main>
<footer class="lw-foot"><a href="/help/assets">Help with assets</a></footer></div>`,
);

// 22. Accruals manual journal — edited
const journalV1 = page(
  'New manual journal | LedgerWorks',
  `<header><span class="logo">LedgerWorks</span><nav><a href="/dashboard">Dashboard</a><a href="/sales">Sales</a><a href="/purchases">Purchases</a><a href="/accounting" class="active">Accounting</a><a href="/reports">Reports</a></nav><span>Kestrel Fabrication Ltd</span></header>
<main>
<h1>New manual journal</h1>
<form id="journal-form" style="max-width:none">
<div class="grid3">
<div><label for="narration">Narration</label><input id="narration" name="narration" value="Month-end accruals March 2024"></div>
<div><label for="journal-date">Date</label><input id="journal-date" name="date" type="date" value="2024-03-31"></div>
<div><label for="journal-ref">Reference</label><input id="journal-ref" name="reference" value="ACC-2403"></div>
</div>
<div class="row"><label><input type="checkbox" id="auto-reverse" name="auto_reverse" checked> Auto-reverse this journal</label><label for="reversal-date">on</label><input id="reversal-date" name="reversal_date" type="date" value="2024-04-01"></div>
<label for="tax-mode">Default tax</label><select id="tax-mode" name="tax_mode"><option>Tax exclusive</option><option>Tax inclusive</option><option selected>No tax</option></select>
<table id="journal-lines"><thead><tr><th>Description</th><th>Account</th><th>Debit</th><th>Credit</th><th></th></tr></thead>
<tbody>
<tr><td><input class="line-desc" value="Audit fee accrual FY24"></td><td><select class="account"><option>6200 Audit &amp; accountancy</option></select></td><td><input class="debit" value="12,500.00"></td><td><input class="credit" value=""></td><td></td></tr>
<tr><td><input class="line-desc" value="Audit fee accrual FY24"></td><td><select class="account"><option>2150 Accruals</option></select></td><td><input class="debit" value=""></td><td><input class="credit" value="12,500.00"></td><td></td></tr>
<tr><td><input class="line-desc" value="Utilities accrual March"></td><td><select class="account"><option>6400 Light &amp; heat</option></select></td><td><input class="debit" value="3,240.00"></td><td><input class="credit" value=""></td><td></td></tr>
<tr><td><input class="line-desc" value="Utilities accrual March"></td><td><select class="account"><option>2150 Accruals</option></select></td><td><input class="debit" value=""></td><td><input class="credit" value="3,240.00"></td><td></td></tr>
</tbody>
<tfoot><tr><td colspan="2">Total</td><td id="total-debit">15,740.00</td><td id="total-credit">15,740.00</td><td colspan="2">Out of balance: <span id="out-of-balance">0.00</span></td></tr></tfoot></table>
<button type="button" id="add-line">Add a new line</button>
<label for="attach-file">Attach supporting documents</label><input id="attach-file" type="file" multiple>
<label><input type="checkbox" id="show-on-cash" name="show_on_cash"> Show journal on cash basis reports</label>
<div class="row"><button type="button" id="post-journal">Post</button><button type="button" id="save-draft">Save as draft</button><button type="button" id="save-template">Save as template</button><a href="/accounting/journals" id="cancel-journal">Cancel</a></div>
</form>
</main>
<footer>LedgerWorks · <a href="/help/journals">Journal help</a></footer>`,
);

const journalV2 = edit(journalV1, [
  [
    '<label><input type="checkbox" id="auto-reverse" name="auto_reverse" checked> Auto-reverse this journal</label><label for="reversal-date">on</label>',
    '<label><input type="checkbox" id="reverse-toggle" name="reverse" checked> Reverse automatically</label><label for="reversal-date">Reversal date</label>',
  ],
  [
    '<label for="tax-mode">Default tax</label><select id="tax-mode" name="tax_mode">',
    '<label for="amounts-are">Amounts are</label><select id="amounts-are" name="line_amount_types">',
  ],
  [
    '<tbody>\n<tr><td><input class="line-desc" value="Audit fee accrual FY24">',
    '<tbody>\n<tr><td><input class="line-desc" value="Legal fees accrual — lease renewal"></td><td><select class="account"><option>6250 Legal fees</option></select></td><td><input class="debit" value="1,800.00"></td><td><input class="credit" value=""></td><td></td></tr>\n<tr><td><input class="line-desc" value="Legal fees accrual — lease renewal"></td><td><select class="account"><option>2150 Accruals</option></select></td><td><input class="debit" value=""></td><td><input class="credit" value="1,800.00"></td><td></td></tr>\n<tr><td><input class="line-desc" value="Audit fee accrual FY24">',
  ],
  [
    '<td id="total-debit">15,740.00</td><td id="total-credit">15,740.00</td><td colspan="2">Out of balance: <span id="out-of-balance">0.00</span></td>',
    '<td id="total-debit">17,540.00</td><td id="total-credit">17,540.00</td><td colspan="2">Difference <span data-role="difference">0.00</span></td>',
  ],
  [
    '<button type="button" id="add-line">Add a new line</button>',
    '<button type="button" class="add-row">+ Line</button>',
  ],
  [
    '<label><input type="checkbox" id="show-on-cash" name="show_on_cash"> Show journal on cash basis reports</label>\n',
    '',
  ],
  [
    '<button type="button" id="post-journal">Post</button><button type="button" id="save-draft">Save as draft</button><button type="button" id="save-template">Save as template</button>',
    '<button type="button" name="action" value="post" class="primary">Approve &amp; post</button><button type="button" id="save-draft">Save as draft</button><button type="button" id="copy-previous">Copy from previous journal</button>',
  ],
]);

// 23. Chart of accounts editor — full rewrite
const coaV1 = page(
  'Chart of accounts | BrightBooks',
  `<header><span class="logo">BrightBooks</span><nav><a href="/dashboard">Dashboard</a><a href="/business">Business</a><a href="/accounting" class="active">Accounting</a><a href="/tax">Tax</a><a href="/contacts">Contacts</a></nav><span>Pennant Design Studio</span></header>
<main>
<h1>Chart of accounts</h1>
<div class="row"><button type="button" id="add-account">Add account</button><button type="button" id="add-bank">Add bank account</button><button type="button" id="print-pdf">Print PDF</button><button type="button" id="import-coa">Import</button><button type="button" id="export-coa">Export</button></div>
<ul class="row type-tabs"><li><a href="?type=all" class="on">All accounts</a></li><li><a href="?type=asset">Assets</a></li><li><a href="?type=liability">Liabilities</a></li><li><a href="?type=equity">Equity</a></li><li><a href="?type=revenue">Revenue</a></li><li><a href="?type=expense">Expenses</a></li></ul>
<table id="coa-table"><thead><tr><th>Code</th><th>Name</th><th>Type</th><th>Tax rate</th><th></th></tr></thead>
<tbody>
<tr><td>200</td><td>Sales</td><td>Revenue</td><td>20% (VAT on income)</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>260</td><td>Other revenue</td><td>Revenue</td><td>20% (VAT on income)</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>310</td><td>Cost of goods sold</td><td>Direct costs</td><td>20% (VAT on expenses)</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>400</td><td>Advertising</td><td>Overhead</td><td>20% (VAT on expenses)</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>404</td><td>Bank fees</td><td>Overhead</td><td>No VAT</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>408</td><td>Cleaning</td><td>Overhead</td><td>20% (VAT on expenses)</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>412</td><td>Consulting &amp; accounting</td><td>Overhead</td><td>20% (VAT on expenses)</td><td><a href="#" class="edit">Edit</a></td></tr>
<tr><td>429</td><td>General expenses</td><td>Overhead</td><td>20% (VAT on expenses)</td><td><a href="#" class="edit">Edit</a></td></tr>
</tbody></table>
<div class="modal" id="edit-account">
<h2>Edit account: 404 Bank fees</h2>
<label for="acc-code">Code</label><input id="acc-code" name="code" value="404">
<label for="acc-name">Name</label><input id="acc-name" name="name" value="Bank fees">
<label for="acc-type">Account type</label><select id="acc-type" name="type"><option>Overhead</option><option>Direct costs</option><option>Revenue</option><option>Current asset</option></select>
<label for="acc-tax">Tax rate</label><select id="acc-tax" name="tax_rate"><option>No VAT</option><option>20% (VAT on expenses)</option><option>Exempt expenses</option></select>
<label for="acc-desc">Description</label><textarea id="acc-desc" name="description">Bank charges and card processing fees</textarea>
<label><input type="checkbox" id="show-in-expense" name="expense_claims"> Show in expense claims</label>
<label><input type="checkbox" id="enable-payments" name="enable_payments"> Enable payments to this account</label>
<div class="row"><button type="button" id="save-account">Save</button><button type="button" id="archive-account">Archive</button><button type="button" id="delete-account">Delete</button></div>
</div>
</main>
<footer>BrightBooks · <a href="/help/coa">Help</a></footer>`,
);

const coaV2 = page(
  'Accounts · Pennant Design Studio',
  `<div class="bb"><header class="bb-top"><a href="/" class="bb-logo">BrightBooks</a><nav><a href="/home">Home</a><a href="/accounting" aria-current="page">Accounting</a><a href="/tax">Tax</a><a href="/contacts">Contacts</a></nav><span class="bb-org">Pennant Design Studio</span></header>
<div class="bb-split">
<section class="bb-list">
<div class="row"><h1>Accounts</h1><button type="button" class="bb-primary">New account</button><button type="button" class="bb-menu" aria-label="More actions">⋯</button></div>
<input type="search" aria-label="Find an account" placeholder="Find by code or name">
<div class="bb-chips row"><button type="button" data-type="all" aria-pressed="true">All</button><button type="button" data-type="asset">Assets</button><button type="button" data-type="liability">Liabilities</button><button type="button" data-type="equity">Equity</button><button type="button" data-type="revenue">Income</button><button type="button" data-type="expense">Expenses</button></div>
<ul class="bb-accounts">
<li data-code="200"><button type="button" class="coa-row">200 · Sales <span class="muted">Income · £184,220.00</span></button></li>
<li data-code="260"><button type="button" class="coa-row">260 · Other revenue <span class="muted">Income · £2,140.00</span></button></li>
<li data-code="310"><button type="button" class="coa-row">310 · Cost of goods sold <span class="muted">Direct costs · £41,008.50</span></button></li>
<li data-code="400"><button type="button" class="coa-row">400 · Advertising <span class="muted">Overhead · £6,310.00</span></button></li>
<li data-code="404" class="is-selected"><button type="button" class="coa-row" aria-current="true">404 · Bank fees <span class="muted">Overhead · £412.80</span></button></li>
<li data-code="408"><button type="button" class="coa-row">408 · Cleaning <span class="muted">Overhead · £1,860.00</span></button></li>
<li data-code="412"><button type="button" class="coa-row">412 · Consulting &amp; accounting <span class="muted">Overhead · £4,750.00</span></button></li>
<li data-code="429"><button type="button" class="coa-row">429 · General expenses <span class="muted">Overhead · £980.25</span></button></li>
</ul>
</section>
<aside class="bb-drawer" aria-label="Account details">
<h2>Bank fees</h2>
<div class="grid"><label>Code<input name="accountCode" value="404"></label><label>Name<input name="accountName" value="Bank fees"></label></div>
<label>Type<select name="accountType"><option>Overhead</option><option>Direct costs</option><option>Income</option><option>Current asset</option></select></label>
<label>Default tax<select name="defaultTaxRate"><option>No VAT</option><option>20% VAT on purchases</option><option>Exempt</option></select></label>
<label>Notes<textarea name="notes">Bank charges and card processing fees</textarea></label>
<div class="row"><span>Available in expense claims</span><button type="button" role="switch" aria-checked="false" data-testid="allow-expense-claims"></button></div>
<div class="row"><span>Allow payments to this account</span><button type="button" role="switch" aria-checked="false" data-testid="allow-payments"></button></div>
<div class="row bb-drawer-actions"><button type="button" class="bb-primary">Save changes</button><button type="button" data-action="archive">Archive account</button><a href="/accounting/accounts/404/transactions" class="bb-link">View transactions</a></div>
</aside>
</div>
<footer class="bb-foot"><a href="/help/accounts">Help</a></footer></div>`,
);

// 24. Intercompany reconciliation — edited
const icReconV1 = page(
  'Intercompany reconciliation — March 2024 | ConsolidateIQ',
  `<header><span class="logo">ConsolidateIQ</span><nav><a href="/close">Close</a><a href="/consolidation">Consolidation</a><a href="/intercompany" class="active">Intercompany</a><a href="/reports">Reports</a></nav><span>Group Finance · N. Varga</span></header>
<main>
<h1>Intercompany reconciliation</h1>
<div class="row"><label for="entity-a">Entity</label><select id="entity-a" name="entity_a"><option>Tessaly UK Ltd</option><option>Tessaly GmbH</option></select>
<label for="entity-b">Counterparty</label><select id="entity-b" name="entity_b"><option>Tessaly Ireland DAC</option><option>Tessaly Inc</option></select>
<label for="period-select">Period</label><select id="period-select" name="period"><option>Mar 2024</option><option>Feb 2024</option></select>
<button type="button" id="load-pair">Load</button></div>
<div class="grid3 summary"><div class="card"><p>Receivable per UK</p><b>€1,204,380.00</b></div><div class="card"><p>Payable per Ireland</p><b>€1,158,230.00</b></div><div class="card"><p>Difference</p><b id="ic-difference">€46,150.00</b></div></div>
<div class="row"><label for="tolerance">Tolerance (EUR)</label><input id="tolerance" name="tolerance" value="250" size="6"><button type="button" id="auto-match">Auto-match</button></div>
<h2>Unmatched items</h2>
<table id="unmatched"><thead><tr><th></th><th>Entity</th><th>Date</th><th>Reference</th><th>Description</th><th>Amount (EUR)</th><th>Suggested match</th></tr></thead>
<tbody>
<tr><td><input type="checkbox" name="sel" value="INV-UK-2231"></td><td>UK</td><td>28/03/2024</td><td>INV-UK-2231</td><td>Management recharge Q1</td><td>45,000.00</td><td>PUR-IE-0981 (−150.00)</td></tr>
<tr><td><input type="checkbox" name="sel" value="PUR-IE-0981"></td><td>IE</td><td>31/03/2024</td><td>PUR-IE-0981</td><td>Mgmt recharge Q1 2024</td><td>44,850.00</td><td>INV-UK-2231 (+150.00)</td></tr>
<tr><td><input type="checkbox" name="sel" value="INV-UK-2240"></td><td>UK</td><td>29/03/2024</td><td>INV-UK-2240</td><td>IT licences March</td><td>6,120.00</td><td>—</td></tr>
<tr><td><input type="checkbox" name="sel" value="PAY-IE-1103"></td><td>IE</td><td>27/03/2024</td><td>PAY-IE-1103</td><td>Payment to UK</td><td>30,000.00</td><td>RCPT-UK-778</td></tr>
<tr><td><input type="checkbox" name="sel" value="RCPT-UK-778"></td><td>UK</td><td>02/04/2024</td><td>RCPT-UK-778</td><td>Receipt from IE</td><td>30,000.00</td><td>PAY-IE-1103</td></tr>
</tbody></table>
<div class="row"><button type="button" id="match-selected">Match selected</button><button type="button" id="create-adjustment">Create adjusting journal</button><button type="button" id="send-counterparty">Send query to counterparty</button><button type="button" id="export-recon">Export to Excel</button></div>
<p><a href="/intercompany/matched?pair=uk-ie&amp;period=2024-03" class="matched-link">View 38 matched items</a></p>
<button type="button" id="signoff">Sign off reconciliation</button>
</main>
<footer>ConsolidateIQ · <a href="/help">Help</a></footer>`,
);

const icReconV2 = edit(icReconV1, [
  [
    '<option>Feb 2024</option></select>\n<button type="button" id="load-pair">Load</button></div>',
    '<option>Feb 2024</option></select></div>',
  ],
  [
    '<div class="card"><p>Difference</p><b id="ic-difference">€46,150.00</b></div>',
    '<div class="card"><p>Unreconciled difference</p><b data-metric="difference">€46,150.00</b></div>',
  ],
  [
    '<label for="tolerance">Tolerance (EUR)</label><input id="tolerance" name="tolerance" value="250" size="6"><button type="button" id="auto-match">Auto-match</button>',
    '<label for="match-tolerance">Match tolerance (±EUR)</label><input id="match-tolerance" name="match_tolerance" value="250" size="6"><button type="button" id="run-rules">Run matching rules</button>',
  ],
  [
    '<tr><td><input type="checkbox" name="sel" value="INV-UK-2231"></td><td>UK</td><td>28/03/2024</td><td>INV-UK-2231</td><td>Management recharge Q1</td><td>45,000.00</td><td>PUR-IE-0981 (−150.00)</td></tr>\n<tr><td><input type="checkbox" name="sel" value="PUR-IE-0981"></td><td>IE</td><td>31/03/2024</td><td>PUR-IE-0981</td><td>Mgmt recharge Q1 2024</td><td>44,850.00</td><td>INV-UK-2231 (+150.00)</td></tr>\n<tr><td><input type="checkbox" name="sel" value="INV-UK-2240"></td><td>UK</td><td>29/03/2024</td><td>INV-UK-2240</td><td>IT licences March</td><td>6,120.00</td><td>—</td></tr>\n<tr><td><input type="checkbox" name="sel" value="PAY-IE-1103"></td><td>IE</td><td>27/03/2024</td><td>PAY-IE-1103</td><td>Payment to UK</td><td>30,000.00</td><td>RCPT-UK-778</td></tr>\n<tr><td><input type="checkbox" name="sel" value="RCPT-UK-778"></td><td>UK</td><td>02/04/2024</td><td>RCPT-UK-778</td><td>Receipt from IE</td><td>30,000.00</td><td>PAY-IE-1103</td></tr>',
    '<tr><td><input type="checkbox" name="items" value="INV-UK-2231"></td><td>UK</td><td>28/03/2024</td><td>INV-UK-2231</td><td>Management recharge Q1</td><td>45,000.00</td><td>PUR-IE-0981 (−150.00)</td></tr>\n<tr><td><input type="checkbox" name="items" value="PAY-IE-1103"></td><td>IE</td><td>27/03/2024</td><td>PAY-IE-1103</td><td>Payment to UK</td><td>30,000.00</td><td>RCPT-UK-778</td></tr>\n<tr><td><input type="checkbox" name="items" value="RCPT-UK-778"></td><td>UK</td><td>02/04/2024</td><td>RCPT-UK-778</td><td>Receipt from IE</td><td>30,000.00</td><td>PAY-IE-1103</td></tr>\n<tr><td><input type="checkbox" name="items" value="PUR-IE-0981"></td><td>IE</td><td>31/03/2024</td><td>PUR-IE-0981</td><td>Mgmt recharge Q1 2024</td><td>44,850.00</td><td>INV-UK-2231 (+150.00)</td></tr>\n<tr><td><input type="checkbox" name="items" value="INV-UK-2240"></td><td>UK</td><td>29/03/2024</td><td>INV-UK-2240</td><td>IT licences March</td><td>6,120.00</td><td>—</td></tr>',
  ],
  ['<th>Suggested match</th>', '<th>Suggested match ▾</th>'],
  [
    '<button type="button" id="match-selected">Match selected</button><button type="button" id="create-adjustment">Create adjusting journal</button><button type="button" id="send-counterparty">Send query to counterparty</button>',
    '<button type="button" data-action="match">Match</button><button type="button" id="post-difference">Post difference to journal</button><button type="button" id="add-comment">Add comment</button>',
  ],
]);

const PAIRS_F: PagePair[] = [
  {
    name: 'fixed-asset-register-b25',
    v1: assetsV1,
    v2: assetsV2,
    targets: [
      {
        selector: '#run-depreciation',
        expect: '[data-testid="run-depreciation"]',
        change: 'reworded with date; rollback button added beside',
      },
      {
        selector: '#asset-register tbody tr:nth-child(4) .dispose',
        expect: 'tr[data-asset="FA-0104"] .fa-dispose',
        change: 'rows sorted by cost, link to button, reworded',
      },
      {
        selector: '#asset-register tbody tr:nth-child(2) .revalue',
        expect: null,
        change: 'revaluation removed; edit button in same slot',
      },
      {
        selector: '#asset-type-filter',
        expect: 'select[aria-label="Asset type"]',
        change: 'id/name dropped',
      },
      {
        selector: 'a.tab[href="?status=disposed"]',
        expect: '#tab-disposed',
        change: 'link tabs to button tabs, reworded',
      },
      { selector: '#import-assets', expect: null, change: 'import removed' },
      {
        selector: '#total-nbv',
        expect: '[data-testid="total-book-value"]',
        change: 'tfoot to summary list, relabelled',
      },
      { selector: '#new-asset', expect: 'a[href="/assets/new"]', change: 'button to link, reworded' },
    ],
  },
  {
    name: 'accruals-journal-entry-b25',
    v1: journalV1,
    v2: journalV2,
    targets: [
      { selector: '#auto-reverse', expect: '#reverse-toggle', change: 'id renamed, reworded' },
      {
        selector: '#journal-lines tbody tr:nth-child(3) input.debit',
        expect: '#journal-lines tbody tr:nth-child(5) input.debit',
        change: 'two lines inserted above',
      },
      { selector: '#tax-mode', expect: '#amounts-are', change: 'id/name renamed, relabelled' },
      {
        selector: '#save-template',
        expect: null,
        change: 'template removed; copy-previous button in same slot',
      },
      { selector: '#show-on-cash', expect: null, change: 'cash basis option removed' },
      { selector: '#post-journal', expect: 'button[value="post"]', change: 'id dropped, reworded' },
      { selector: '#add-line', expect: 'button.add-row', change: 'id dropped, shortened' },
      { selector: '#out-of-balance', expect: '[data-role="difference"]', change: 'relabelled difference' },
    ],
  },
  {
    name: 'chart-of-accounts-editor-b25',
    v1: coaV1,
    v2: coaV2,
    targets: [
      { selector: '#acc-name', expect: 'input[name="accountName"]', change: 'modal to drawer, renamed' },
      {
        selector: '#acc-tax',
        expect: 'select[name="defaultTaxRate"]',
        change: 'relabelled, options reworded',
      },
      {
        selector: '#enable-payments',
        expect: '[data-testid="allow-payments"]',
        change: 'checkbox to switch; sibling switch for expense claims',
      },
      { selector: '#delete-account', expect: null, change: 'delete removed; transactions link in that slot' },
      { selector: '#print-pdf', expect: null, change: 'print removed; actions collapsed to menu' },
      {
        selector: 'a[href="?type=expense"]',
        expect: 'button[data-type="expense"]',
        change: 'tab links to filter chips',
      },
      {
        selector: '#coa-table tbody tr:nth-child(6) .edit',
        expect: 'li[data-code="408"] .coa-row',
        change: 'table to list, whole row clickable',
      },
      {
        selector: '#archive-account',
        expect: 'button[data-action="archive"]',
        change: 'id dropped, reworded',
      },
    ],
  },
  {
    name: 'intercompany-reconciliation-b25',
    v1: icReconV1,
    v2: icReconV2,
    targets: [
      { selector: '#tolerance', expect: '#match-tolerance', change: 'id/name renamed, relabelled' },
      { selector: '#auto-match', expect: '#run-rules', change: 'id renamed, reworded' },
      { selector: '#match-selected', expect: 'button[data-action="match"]', change: 'id dropped, shortened' },
      { selector: '#create-adjustment', expect: '#post-difference', change: 'id renamed, reworded' },
      {
        selector: '#send-counterparty',
        expect: null,
        change: 'counterparty query removed; comment button in same slot',
      },
      { selector: '#load-pair', expect: null, change: 'load button removed; loads on change' },
      {
        selector: 'input[name="sel"][value="PUR-IE-0981"]',
        expect: 'input[name="items"][value="PUR-IE-0981"]',
        change: 'checkbox name changed, rows re-sorted',
      },
      {
        selector: '#ic-difference',
        expect: '[data-metric="difference"]',
        change: 'id to data attribute, relabelled',
      },
    ],
  },
];

export const BLIND25_PAIRS: readonly PagePair[] = [
  ...PAIRS_A,
  ...PAIRS_B,
  ...PAIRS_C,
  ...PAIRS_D,
  ...PAIRS_E,
  ...PAIRS_F,
];
