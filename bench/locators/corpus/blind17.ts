/**
 * Blind corpus 17, sealed: written without looking at the matcher.
 * Domains: greenhouse propagation, warehouse cycle counts, gas pipeline nominations, vehicle registration renewal, radiology worklists, AML alert triage, stock photo licensing, manufacturing nonconformance (NCR), crop spray records, university add/drop, vivarium colony management, hotel banquet event orders, planogram shelf audits, cell tower ground leases, e-discovery review, humanitarian cash transfers, golf tee sheets, ferry vehicle check-in, home health visit scheduling, MLS listing editing, time-off approvals, city 311 intake, archaeological finds registers, apiary hive inspections.
 */
import { edit, type PagePair, page } from './page.js';

// 1. Horticulture: greenhouse propagation schedule
const greenV1 = page(
  'Propagation schedule — Glasshouse 3',
  `<header><strong>GrowPlan</strong><nav><a href="/houses">Houses</a><a href="/schedule" class="active">Schedule</a><a href="/stock">Seed stock</a><a href="/reports">Reports</a></nav><span class="muted">Marta Kowalski · Head grower</span></header>
<main>
<h1>Glasshouse 3 · Propagation</h1>
<div class="row toolbar"><button id="new-batch">New batch</button><button class="btn-export" data-testid="export-csv">Export CSV</button><a href="/schedule/labels" class="print-link">Print labels</a><span class="muted">Week 14 · 2 Apr – 8 Apr 2024</span></div>
<section class="card">
<h2>Sow a batch</h2>
<form id="sow-form">
<label for="crop">Crop / variety</label><select id="crop" name="crop"><option>Tomato 'Sungold'</option><option>Basil 'Genovese'</option><option>Lettuce 'Lollo Rosso'</option><option>Pepper 'Padron'</option></select>
<label for="sow-date">Sow date</label><input id="sow-date" type="date" name="sow_date" value="2024-04-03">
<label for="tray_size">Tray size</label><select name="tray_size" id="tray_size"><option>72 cell</option><option>128 cell</option><option>200 cell</option></select>
<label for="qty">Trays</label><input id="qty" type="number" name="trays" value="12">
<label>Bench</label><input name="bench" value="B-07">
<label><input type="checkbox" id="heat-mat" name="heat_mat" checked> Heat mat</label>
<label><input type="checkbox" id="misting" name="misting"> Misting cycle</label>
<label for="notes">Notes</label><textarea id="notes" name="notes">Top-dress with vermiculite.</textarea>
<div class="row"><button type="submit" data-testid="batch-save">Save batch</button><button type="button">Discard</button></div>
</form>
</section>
<section>
<h2>Batches this week</h2>
<table id="batches"><thead><tr><th>Batch</th><th>Crop</th><th>Sown</th><th>Trays</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td>P-2024-118</td><td>Tomato 'Sungold'</td><td>1 Apr</td><td>24</td><td><span class="status">Germinating</span></td><td><a href="/b/118">Open</a></td></tr>
<tr><td>P-2024-119</td><td>Basil 'Genovese'</td><td>2 Apr</td><td>40</td><td><span class="status">Sown</span></td><td><a href="/b/119">Open</a></td></tr>
<tr><td>P-2024-120</td><td>Lettuce 'Lollo Rosso'</td><td>2 Apr</td><td>18</td><td><span class="status">Pricking out</span></td><td><a href="/b/120">Open</a></td></tr>
<tr><td>P-2024-121</td><td>Pepper 'Padron'</td><td>3 Apr</td><td>10</td><td><span class="status">Sown</span></td><td><a href="/b/121">Open</a></td></tr>
</tbody></table>
</section>
</main>
<footer>GrowPlan 4.2 · Glasshouse climate last synced 08:12</footer>`,
);
const greenV2 = edit(greenV1, [
  [
    '<button class="btn-export" data-testid="export-csv">Export CSV</button><a href="/schedule/labels" class="print-link">Print labels</a>',
    '<button class="btn-archive" data-testid="archive-week">Archive week</button><details class="more" open><summary aria-label="More actions">⋯</summary><a href="/schedule/labels" class="menu-item" role="menuitem">Print tray labels</a><a href="/schedule/ical" class="menu-item" role="menuitem">Subscribe (iCal)</a></details>',
  ],
  [
    '<label for="sow-date">Sow date</label><input id="sow-date" type="date" name="sow_date" value="2024-04-03">',
    '<label for="sowingDate">Sowing date</label><input id="sowingDate" type="date" name="sowingDate" value="2024-04-03">',
  ],
  [
    '<label for="tray_size">Tray size</label><select name="tray_size" id="tray_size"><option>72 cell</option><option>128 cell</option><option>200 cell</option></select>',
    '<span id="tray-lbl">Tray format</span><button type="button" role="combobox" aria-labelledby="tray-lbl" aria-expanded="false" class="gp-select__trigger" id="tray-format">72 cell ▾</button>',
  ],
  [
    '<label><input type="checkbox" id="heat-mat" name="heat_mat" checked> Heat mat</label>',
    '<label><input type="checkbox" id="grow-light" name="grow_light" checked> Supplementary light</label>',
  ],
  [
    '<div class="row"><button type="submit" data-testid="batch-save">Save batch</button><button type="button">Discard</button></div>',
    '<div class="row form-actions"><button type="button" class="ghost">Cancel</button><button type="submit" class="primary" data-testid="propagation-submit">Create batch</button></div>',
  ],
  ['<table id="batches">', '<table id="week-batches" class="gp-table">'],
  [
    '<td><span class="status">Germinating</span></td>',
    '<td><span class="chip chip--green">Germinating</span></td>',
  ],
]);
const P01: PagePair = {
  name: 'greenhouse-propagation-schedule-17',
  v1: greenV1,
  v2: greenV2,
  targets: [
    { selector: '#sow-date', expect: '#sowingDate', change: 'id and name renamed, label reworded' },
    {
      selector: '[data-testid="batch-save"]',
      expect: '[data-testid="propagation-submit"]',
      change: 'test id renamed, relabelled Create batch, moved after Cancel',
    },
    {
      selector: 'select[name="tray_size"]',
      expect: '#tray-format',
      change: 'native select replaced by custom combobox button',
    },
    {
      selector: 'text=Print labels',
      expect: 'a[href="/schedule/labels"]',
      change: 'link moved into overflow menu and reworded',
    },
    {
      selector: '#batches tbody tr:nth-of-type(1) .status',
      expect: '#week-batches tbody tr:nth-of-type(1) .chip',
      change: 'status span restyled as chip, table id renamed',
    },
    {
      selector: 'role=button[name="Discard"]',
      expect: 'button.ghost',
      change: 'Discard relabelled Cancel and moved first',
    },
    {
      selector: '#heat-mat',
      expect: null,
      change: 'heat mat option removed; supplementary light checkbox now in its place',
    },
    {
      selector: '[data-testid="export-csv"]',
      expect: null,
      change: 'CSV export removed; Archive week button stands in its slot',
    },
  ],
};

// 2. Warehouse: handheld cycle count
const MOBILE_CSS =
  'body{max-width:390px;margin:0 auto}main{padding:10px}header{justify-content:space-between}ul{list-style:none;padding:0}li{border-bottom:1px solid #ddd;padding:8px 0}.tabbar{position:sticky;bottom:0;justify-content:space-around;border-top:1px solid #ccc}';
const countV1 = page(
  'Cycle count — DC Reno',
  `<header><a href="/tasks" class="back" aria-label="Back">‹</a><strong>Cycle count</strong><span class="badge">CC-55812</span></header>
<main>
<div class="card loc"><div class="muted">Location</div><h2 id="loc-code">14-03-B</h2><div class="muted">Zone PICK-A · Aisle 14 · Bay 03 · Level B</div></div>
<label for="scan-input">Scan item or LPN</label>
<input id="scan-input" name="barcode" autocomplete="off" placeholder="Scan barcode">
<ul class="count-list">
<li data-line="1"><div><strong>40211-NAV</strong> Fleece hoodie, navy, M</div><div class="row"><label>Qty</label><input class="qty" type="number" name="qty_1" value="18"><span class="muted">EA</span></div></li>
<li data-line="2"><div><strong>40211-BLK</strong> Fleece hoodie, black, M</div><div class="row"><label>Qty</label><input class="qty" type="number" name="qty_2" value=""><span class="muted">EA</span></div></li>
<li data-line="3"><div><strong>40212-GRY</strong> Fleece hoodie, grey, L</div><div class="row"><label>Qty</label><input class="qty" type="number" name="qty_3" value="6"><span class="muted">EA</span></div></li>
</ul>
<div class="card">
<label for="uom">Unit of measure</label><select id="uom" name="uom"><option>EA</option><option>Inner (6)</option><option>Case (24)</option></select>
<label><input type="checkbox" name="damaged"> Damaged stock in location</label>
<label for="cc-note">Comment</label><textarea id="cc-note" name="comment" rows="2"></textarea>
</div>
<div class="row actions"><button id="recount-btn" type="button">Recount</button><button data-testid="skip-location" type="button">Skip location</button><button type="submit" class="submit">Submit count</button></div>
<p class="muted">3 of 41 locations counted · started 06:42</p>
</main>
<nav class="tabbar"><a href="/tasks">Tasks</a><a href="/count" aria-current="page">Count</a><a href="/putaway">Putaway</a><a href="/me">Me</a></nav>`,
  MOBILE_CSS,
);
const countV2 = edit(countV1, [
  [
    '<header><a href="/tasks" class="back" aria-label="Back">‹</a><strong>Cycle count</strong><span class="badge">CC-55812</span></header>',
    '<header class="AppBar_root__k2Lq"><a href="/tasks" class="AppBar_back__9fD" aria-label="Back">‹</a><strong>Count CC-55812</strong><details class="AppBar_menu__p0" open><summary aria-label="Task menu">⋮</summary><button type="button" data-testid="loc-skip" class="Menu_item__a1">Skip bin</button><button type="button" class="Menu_item__a1">Report problem</button></details></header>',
  ],
  [
    '<label for="scan-input">Scan item or LPN</label>\n<input id="scan-input" name="barcode" autocomplete="off" placeholder="Scan barcode">',
    '<div class="ScanField_wrap__3xT"><label for="scanField">Scan SKU / LPN</label>\n<input id="scanField" name="scan" autocomplete="off" inputmode="none" placeholder="Waiting for scanner…"></div>',
  ],
  [
    '<li data-line="2"><div><strong>40211-BLK</strong> Fleece hoodie, black, M</div><div class="row"><label>Qty</label><input class="qty" type="number" name="qty_2" value=""><span class="muted">EA</span></div></li>',
    '<li data-sku="40211-BLK" class="CountRow_row__Zq"><div><strong>40211-BLK</strong> Fleece hoodie, black, M</div><div class="row Stepper_root__u7"><button type="button" aria-label="Decrease">−</button><input type="number" inputmode="numeric" aria-label="Counted quantity" value=""><button type="button" aria-label="Increase">+</button><span class="muted">EA</span></div></li>',
  ],
  [
    '<label for="uom">Unit of measure</label><select id="uom" name="uom"><option>EA</option><option>Inner (6)</option><option>Case (24)</option></select>\n',
    '',
  ],
  [
    '<label><input type="checkbox" name="damaged"> Damaged stock in location</label>',
    '<div class="row"><span id="dmg-lbl">Damaged stock in bin</span><button type="button" role="switch" aria-checked="false" aria-labelledby="dmg-lbl" id="damage-toggle" class="Switch_root__h4"></button></div>',
  ],
  [
    '<div class="row actions"><button id="recount-btn" type="button">Recount</button><button data-testid="skip-location" type="button">Skip location</button><button type="submit" class="submit">Submit count</button></div>',
    '<div class="row actions"><button type="button" class="Btn_secondary__c3">Add photo</button></div>\n<div class="footer-bar"><button type="submit" class="Btn_primary__d9">Confirm counts</button></div>',
  ],
  [
    '<nav class="tabbar"><a href="/tasks">Tasks</a><a href="/count" aria-current="page">Count</a><a href="/putaway">Putaway</a><a href="/me">Me</a></nav>',
    '<nav class="tabbar BottomNav_root__x1"><a href="/tasks">📋 Tasks</a><a href="/tasks/count" aria-current="page">🔢 Count</a><a href="/tasks/putaway">📦 Put away</a><a href="/profile">👤 Profile</a></nav>',
  ],
]);
const P02: PagePair = {
  name: 'warehouse-handheld-cycle-count-17',
  v1: countV1,
  v2: countV2,
  targets: [
    {
      selector: '#scan-input',
      expect: '#scanField',
      change: 'scan input renamed and wrapped, label reworded',
    },
    {
      selector: '.count-list li:nth-of-type(2) input.qty',
      expect: '[data-sku="40211-BLK"] input[type="number"]',
      change: 'quantity input moved into a stepper, class and name dropped',
    },
    {
      selector: 'button:has-text("Submit count")',
      expect: '.footer-bar button',
      change: 'relabelled Confirm counts, moved into sticky footer bar',
    },
    {
      selector: '[data-testid="skip-location"]',
      expect: '[data-testid="loc-skip"]',
      change: 'moved into app-bar overflow menu, relabelled Skip bin',
    },
    {
      selector: 'nav.tabbar a[href="/putaway"]',
      expect: 'a[href="/tasks/putaway"]',
      change: 'route changed, icon added, relabelled Put away',
    },
    {
      selector: 'input[name="damaged"]',
      expect: '#damage-toggle',
      change: 'checkbox replaced by switch button',
    },
    {
      selector: '#recount-btn',
      expect: null,
      change: 'recount removed from handheld; Add photo button now in its slot',
    },
    { selector: 'select#uom', expect: null, change: 'unit of measure selector dropped' },
  ],
};

// 3. Energy: natural gas pipeline nominations
const nomRow = (i: number, rec: string, del: string, qty: number) =>
  `<tr><td>${i}</td><td>${rec}</td><td>${del}</td><td>PKG 10</td><td><input class="nom-qty" name="qty_${i}" value="${qty}"></td><td><select name="rank_${i}"><option>1</option><option>2</option><option>3</option></select></td><td><button type="button" class="row-del" aria-label="Remove row ${i}">✕</button></td></tr>`;
const nomV1 = page(
  'Nominations — Transco Zone 6',
  `<header><strong>GasOps</strong><nav><a href="/noms" class="active">Nominations</a><a href="/imbalances">Imbalances</a><a href="/capacity">Capacity</a><a href="/invoices">Invoices</a></nav><span class="muted">Scheduler: R. Delgado</span></header>
<main>
<h1>Nomination entry</h1>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Entry</button><button role="tab">Confirmations</button><button role="tab">Cuts</button><button role="tab">History</button></div>
<form id="nom-header" class="grid">
<div><label for="gas-day">Gas day</label><input id="gas-day" type="date" value="2024-11-06"></div>
<div><label for="contract">Contract</label><select id="contract" name="contract"><option>FT-9921 (Firm)</option><option>IT-3310 (Interruptible)</option></select></div>
<fieldset><legend>Cycle</legend>
<label><input type="radio" name="cycle" value="TIM" checked> Timely</label>
<label><input type="radio" name="cycle" value="EVE"> Evening</label>
<label><input type="radio" name="cycle" value="ID1"> Intraday 1</label>
<label><input type="radio" name="cycle" value="ID2"> Intraday 2</label>
<label><input type="radio" name="cycle" value="ID3"> Intraday 3</label>
</fieldset>
<div><label><input type="checkbox" id="fax-confirm"> Fax confirmation to counterparty</label><a href="#" class="copy-prev">Copy previous gas day</a></div>
</form>
<table class="nom-grid"><thead><tr><th>#</th><th>Receipt point</th><th>Delivery point</th><th>Package</th><th>Qty (Dth)</th><th>Rank</th><th></th></tr></thead><tbody>
${nomRow(1, 'Station 165 (Pittsylvania)', 'PSE&amp;G Linden', 25000)}
${nomRow(2, 'Leidy Hub', 'Con Ed Manhattan', 18000)}
${nomRow(3, 'Station 210 Pool', 'NJNG Centerton', 12500)}
${nomRow(4, 'Marcus Hook', 'PECO Bryn Mawr', 8000)}
</tbody></table>
<div class="row"><button type="button" id="add-row">Add row</button><button type="button" id="btn-validate">Validate</button><button type="submit" class="primary">Submit nominations</button></div>
<p class="muted">Timely deadline 13:00 CCT · 1 h 12 m remaining</p>
</main>`,
);
const nomRow2 = (i: number, rec: string, del: string, qty: number) =>
  `<tr><td>${rec}</td><td>${del}</td><td>PKG 10</td><td class="fuel">1.84%</td><td><input class="qty-cell" name="rows[${i - 1}].dth" value="${qty}"></td><td><select name="rows[${i - 1}].rank"><option>1</option><option>2</option><option>3</option></select></td><td><button type="button" class="icon-btn" aria-label="Delete line">🗑</button></td></tr>`;
const nomV2 = page(
  'Nominations — Transco Zone 6',
  `<header><strong>GasOps</strong><nav><a href="/noms" class="active">Nominations</a><a href="/imbalances">Imbalances</a><a href="/capacity">Capacity</a><a href="/invoices">Invoices</a></nav><span class="muted">Scheduler: R. Delgado</span></header>
<main>
<div class="row"><h1>New nomination</h1><button type="button" class="icon-btn" aria-label="Copy from previous day" title="Copy from previous day">⧉</button></div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Entry</button><button role="tab">Confirmed qty</button><button role="tab">Cuts</button><button role="tab">Audit log</button></div>
<form id="nom-header" class="grid3">
<div><label>Gas day<input type="date" name="gasDay" value="2024-11-06"></label></div>
<div><label for="svc">Service agreement</label><select id="svc" name="svcAgreement"><option>FT-9921 (Firm)</option><option>IT-3310 (Interruptible)</option></select></div>
<div><span class="muted">Cycle</span><div class="segmented" role="radiogroup">
<label><input type="radio" name="nomCycle" value="timely" checked> Timely</label>
<label><input type="radio" name="nomCycle" value="id1"> ID1</label>
<label><input type="radio" name="nomCycle" value="id2"> ID2</label>
<label><input type="radio" name="nomCycle" value="id3"> ID3</label>
</div></div>
</form>
<table id="nom-table"><thead><tr><th>Receipt</th><th>Delivery</th><th>Package</th><th>Fuel</th><th>Dth</th><th>Rank</th><th></th></tr></thead><tbody>
${nomRow2(1, 'Station 165 (Pittsylvania)', 'PSE&amp;G Linden', 25000)}
${nomRow2(2, 'Leidy Hub', 'Con Ed Manhattan', 18000)}
${nomRow2(3, 'Station 210 Pool', 'NJNG Centerton', 12500)}
${nomRow2(4, 'Marcus Hook', 'PECO Bryn Mawr', 8000)}
</tbody></table>
<button type="button" class="link-btn">+ Add line</button>
</main>
<footer class="row"><span>Timely deadline 13:00 CCT · 1 h 12 m remaining</span><button type="button" data-action="check">Run checks</button><button type="submit" class="primary">Submit to pipeline</button></footer>`,
);
const P03: PagePair = {
  name: 'gas-pipeline-nomination-entry-17',
  v1: nomV1,
  v2: nomV2,
  targets: [
    {
      selector: '#gas-day',
      expect: 'input[name="gasDay"]',
      change: 'id removed, input nested in its label, name added',
    },
    {
      selector: 'select[name="contract"]',
      expect: '#svc',
      change: 'relabelled Service agreement, id and name renamed',
    },
    {
      selector: 'role=tab[name="Confirmations"]',
      expect: '[role="tab"]:nth-of-type(2)',
      change: 'tab renamed Confirmed qty',
    },
    {
      selector: '.nom-grid tbody tr:nth-of-type(3) td:nth-of-type(5) input',
      expect: '#nom-table tbody tr:nth-of-type(3) input.qty-cell',
      change: 'row-number column removed and fuel column added; input renamed',
    },
    {
      selector: 'button#btn-validate',
      expect: 'button[data-action="check"]',
      change: 'relabelled Run checks and moved to footer',
    },
    {
      selector: 'text=Copy previous gas day',
      expect: 'button[aria-label="Copy from previous day"]',
      change: 'text link became icon button beside heading',
    },
    {
      selector: 'input[value="EVE"]',
      expect: null,
      change: 'evening cycle withdrawn; ID1 now second option',
    },
    { selector: '#fax-confirm', expect: null, change: 'fax confirmation option removed' },
  ],
};

// 4. Public sector: vehicle registration renewal
const dmvV1 = page(
  'Renew vehicle registration',
  `<header><a href="/" class="logo">State DMV Online</a><nav><a href="/vehicles">Vehicles</a><a href="/licenses">Driver licenses</a><a href="/appointments">Appointments</a><a href="/help">Help</a></nav></header>
<main>
<a href="/vehicles" class="back-link">Back</a>
<h1>Renew your registration</h1>
<p>Renewal fee for passenger vehicles: <strong>$78.50</strong>. Your current registration expires on <strong>31 May 2024</strong>.</p>
<form id="renewal" action="/renew" method="post">
<fieldset><legend>Vehicle</legend>
<label for="plate">Plate number</label><input id="plate" name="plate" value="7KQM214">
<label for="vin5">Last 5 of VIN</label><input id="vin5" name="vin5" maxlength="5" value="83920">
<label for="zip">ZIP code</label><input id="zip" name="zip" value="95814">
</fieldset>
<fieldset><legend>Insurance</legend>
<label for="insurer">Insurance company</label><input id="insurer" name="insurer" value="Golden Bear Mutual">
<label for="policy">Policy number</label><input id="policy" name="policy" value="GBM-44-0192837">
<label><input type="checkbox" id="smog" name="smog" checked> Smog check completed within 90 days</label>
</fieldset>
<fieldset><legend>Renewal</legend>
<label for="term">Registration period</label><select id="term" name="term"><option value="12">1 year</option><option value="24">2 years</option></select>
<label><input type="checkbox" id="donate-organ" name="donate"> Add $2 donation to Donate Life</label>
<label for="email">Email for receipt</label><input id="email" type="email" name="email" value="l.nguyen@example.com">
</fieldset>
<div class="row"><button type="submit" class="btn-primary">Continue to payment</button><button type="button" onclick="print()">Print this page</button></div>
</form>
</main>
<footer>Department of Motor Vehicles · Privacy · Accessibility · Contact us</footer>`,
);
const dmvV2 = edit(dmvV1, [
  [
    '<a href="/vehicles" class="back-link">Back</a>',
    '<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Home</a> › <a href="/vehicles" class="ds-breadcrumb__link">My vehicles</a> › <span>Renewal</span></nav>',
  ],
  [
    '<form id="renewal" action="/renew" method="post">',
    '<ol class="steps"><li aria-current="step">Details</li><li>Review</li><li>Pay</li></ol>\n<form id="renewal" action="/renew" method="post" class="grid">',
  ],
  [
    '<label for="plate">Plate number</label><input id="plate" name="plate" value="7KQM214">',
    '<label for="plateNumber">License plate</label><input id="plateNumber" name="plateNumber" value="7KQM214" autocapitalize="characters">',
  ],
  [
    '<label for="vin5">Last 5 of VIN</label><input id="vin5" name="vin5" maxlength="5" value="83920">',
    '<label for="vinLast5">Last 5 characters of your VIN</label><input id="vinLast5" name="vinLast5" maxlength="5" value="83920"><span class="muted">Found on your windshield or title</span>',
  ],
  [
    '<label for="insurer">Insurance company</label><input id="insurer" name="insurer" value="Golden Bear Mutual">',
    '<label for="insurance-carrier">Insurance provider</label><select id="insurance-carrier" name="carrier"><option>Golden Bear Mutual</option><option>Pacific Shield</option><option>Allstate</option><option>Other…</option></select>',
  ],
  [
    '<label for="term">Registration period</label><select id="term" name="term">',
    '<div class="field"><label for="registrationTerm">Renew for</label><select id="registrationTerm" name="registrationTerm">',
  ],
  ['<option value="24">2 years</option></select>', '<option value="24">2 years</option></select></div>'],
  [
    '<label><input type="checkbox" id="donate-organ" name="donate"> Add $2 donation to Donate Life</label>',
    '<label><input type="checkbox" id="paperless" name="paperless" checked> Email me renewal reminders instead of mail</label>',
  ],
  [
    '<div class="row"><button type="submit" class="btn-primary">Continue to payment</button><button type="button" onclick="print()">Print this page</button></div>',
    '<div class="row"><button type="submit" class="ds-button ds-button--primary">Review &amp; pay</button></div>',
  ],
]);
const P04: PagePair = {
  name: 'dmv-registration-renewal-17',
  v1: dmvV1,
  v2: dmvV2,
  targets: [
    { selector: '#plate', expect: '#plateNumber', change: 'id and name renamed, label reworded' },
    { selector: '[name="vin5"]', expect: '[name="vinLast5"]', change: 'name renamed, hint added' },
    {
      selector: 'select#term',
      expect: '#registrationTerm',
      change: 'relabelled Renew for, wrapped in field div, id renamed',
    },
    {
      selector: '#insurer',
      expect: '#insurance-carrier',
      change: 'free-text input became a select of carriers',
    },
    {
      selector: 'button:has-text("Continue to payment")',
      expect: 'button.ds-button--primary',
      change: 'relabelled Review & pay, new design-system classes',
    },
    {
      selector: 'a.back-link',
      expect: 'a.ds-breadcrumb__link',
      change: 'back link replaced by breadcrumb link to My vehicles',
    },
    {
      selector: '#donate-organ',
      expect: null,
      change: 'donation option removed; paperless reminders checkbox in its place',
    },
    { selector: 'text=Print this page', expect: null, change: 'print button removed' },
  ],
};

// 5. Healthcare: radiology reading worklist
const rad = (acc: string, pt: string, mod: string, desc: string, pri: string, age: string) =>
  `<tr data-acc="${acc}"><td><input type="checkbox" aria-label="Select ${acc}"></td><td>${acc}</td><td>${pt}</td><td>${mod}</td><td>${desc}</td><td class="prio">${pri}</td><td>${age}</td><td><button type="button" class="open-study">Open</button></td></tr>`;
const radV1 = page(
  'Reading worklist',
  `<header><strong>RadDesk</strong><nav><a href="/worklist" class="active">Worklist</a><a href="/reports">My reports</a><a href="/peer">Peer review</a><a href="/templates">Templates</a></nav><span>Dr. A. Okafor · Neuro/Body</span><button id="logout">Sign out</button></header>
<div class="sidebar"><h3>Saved filters</h3><ul><li><a href="?f=mine">My unread</a></li><li><a href="?f=stat">STAT – all sites</a></li><li><a href="?f=ct">CT body</a></li><li><a href="?f=mr">MR neuro</a></li></ul></div>
<main>
<h1>Unread studies <span class="badge" id="unread-count">37</span></h1>
<div class="row filters"><input type="search" id="wl-search" placeholder="Search MRN, accession, name"><select id="modality"><option>All modalities</option><option>CT</option><option>MR</option><option>US</option><option>XR</option></select><select id="site"><option>All sites</option><option>Main campus</option><option>Northgate ED</option><option>Imaging Center West</option></select><label><input type="checkbox" id="stat-only"> STAT only</label><button id="refresh">Refresh</button></div>
<table id="worklist"><thead><tr><th></th><th>Accession</th><th>Patient</th><th>Mod</th><th>Description</th><th>Priority</th><th>Waiting</th><th></th></tr></thead><tbody>
${rad('A1049921', 'HARRIS, Joan (F 67)', 'CT', 'CT head w/o contrast', 'STAT', '0:14')}
${rad('A1049918', 'MBEKI, Samuel (M 44)', 'CT', 'CT abdomen/pelvis w/ contrast', 'Urgent', '0:41')}
${rad('A1049902', 'LINDQVIST, Eva (F 31)', 'MR', 'MR brain w/wo contrast', 'Routine', '2:05')}
${rad('A1049887', 'OSEI, Kwame (M 72)', 'XR', 'XR chest 2 views', 'Routine', '3:30')}
${rad('A1049880', 'TAN, Mei (F 58)', 'US', 'US abdomen complete', 'Routine', '4:12')}
</tbody></table>
<div class="row bulk"><button type="button" id="assign-me">Assign to me</button><button type="button" id="dictate">Start dictation</button><button type="button" class="btn-flag">Flag for teaching file</button></div>
</main>`,
);
const radV2 = edit(radV1, [
  [
    '<span>Dr. A. Okafor · Neuro/Body</span><button id="logout">Sign out</button>',
    '<details class="user-menu" open><summary>Dr. A. Okafor</summary><a href="/prefs">Preferences</a><button type="button" data-qa="sign-out">Log out</button></details>',
  ],
  [
    '<h1>Unread studies <span class="badge" id="unread-count">37</span></h1>',
    '<h1>Worklist</h1><div class="row counters"><span class="counter" data-qa="unread-total">Unread · 37</span><span class="counter">Dictated · 12</span></div>',
  ],
  [
    '<input type="search" id="wl-search" placeholder="Search MRN, accession, name">',
    '<input type="search" data-qa="worklist-query" placeholder="MRN / accession / patient">',
  ],
  [
    '<select id="modality"><option>All modalities</option>',
    '<select data-qa="filter-modality" aria-label="Modality"><option>Any modality</option>',
  ],
  [
    '<select id="site"><option>All sites</option><option>Main campus</option><option>Northgate ED</option><option>Imaging Center West</option></select>',
    '<select data-qa="filter-priority" aria-label="Priority"><option>Any priority</option><option>STAT</option><option>Urgent</option><option>Routine</option></select>',
  ],
  [
    '<label><input type="checkbox" id="stat-only"> STAT only</label><button id="refresh">Refresh</button>',
    '<button type="button" class="chip" aria-pressed="false" data-qa="stat-chip">STAT</button><button type="button" data-qa="refresh" aria-label="Refresh">⟳</button>',
  ],
  ['<table id="worklist">', '<table id="studies" class="wl-grid">'],
  ['<td class="prio">STAT</td>', '<td class="prio"><span class="tag tag-red">STAT</span></td>'],
  [
    '<div class="row bulk"><button type="button" id="assign-me">Assign to me</button><button type="button" id="dictate">Start dictation</button><button type="button" class="btn-flag">Flag for teaching file</button></div>',
    '<div class="row bulk"><button type="button" data-qa="claim">Claim selected</button><button type="button" data-qa="open-viewer">Open in viewer</button><button type="button" data-qa="dictate">Dictate</button></div>',
  ],
]);
const P05: PagePair = {
  name: 'radiology-reading-worklist-17',
  v1: radV1,
  v2: radV2,
  targets: [
    {
      selector: '#logout',
      expect: '[data-qa="sign-out"]',
      change: 'moved into user menu, relabelled Log out',
    },
    {
      selector: '#unread-count',
      expect: '[data-qa="unread-total"]',
      change: 'badge in heading became counter chip',
    },
    {
      selector: '#wl-search',
      expect: '[data-qa="worklist-query"]',
      change: 'id replaced by data-qa, placeholder reworded',
    },
    { selector: '#stat-only', expect: '[data-qa="stat-chip"]', change: 'checkbox became a toggle chip' },
    { selector: '#assign-me', expect: '[data-qa="claim"]', change: 'relabelled Claim selected' },
    {
      selector: 'button:has-text("Start dictation")',
      expect: '[data-qa="dictate"]',
      change: 'relabelled Dictate and moved after new Open in viewer button',
    },
    {
      selector: 'button.btn-flag',
      expect: null,
      change: 'teaching-file flag removed; Dictate now last in the bar',
    },
    {
      selector: 'select#site',
      expect: null,
      change: 'site filter dropped; a priority filter now sits in its place',
    },
  ],
};

// 6. Finance compliance: AML transaction-monitoring alert
const amlTx = (id: string, date: string, type: string, cp: string, amt: string, flag = '') =>
  `<tr data-id="${id}"><td>${id}</td><td>${date}</td><td>${type}</td><td>${cp}</td><td class="amount">${amt}</td><td>${flag}</td></tr>`;
const amlV1 = page(
  'Alert AL-2024-073311',
  `<header><strong>Sentinel AML</strong><nav><a href="/queue">My queue</a><a href="/alerts" class="active">Alerts</a><a href="/cases">Cases</a><a href="/sar">SAR filings</a></nav><span class="muted">Analyst: P. Vargas (L1)</span></header>
<main>
<div class="row"><h1>Alert AL-2024-073311</h1><span class="badge">Score 82</span><span class="badge">Open · 3 days</span></div>
<p>Rule <strong>STR-04 Structuring below CTR threshold</strong> · Customer <a href="/customers/110-448-201">Dariusz Nowicki Trading LLC</a> · Segment: Small business · Branch 0412 Elm Street</p>
<div role="tablist" class="tabs"><button role="tab" aria-selected="true">Transactions</button><button role="tab">Customer profile</button><button role="tab">Related alerts</button><button role="tab">Notes</button></div>
<table id="txn-table"><thead><tr><th>Txn</th><th>Date</th><th>Type</th><th>Counterparty / channel</th><th>Amount</th><th>Flag</th></tr></thead><tbody>
${amlTx('T-88207', '04 Mar 2024', 'Cash deposit', 'Branch 0412 teller', 'USD 9,500.00', '⚑')}
${amlTx('T-88213', '05 Mar 2024', 'Cash deposit', 'Branch 0388 teller', 'USD 9,800.00', '⚑')}
${amlTx('T-88230', '06 Mar 2024', 'Wire out', 'Baltic Timber SIA, Riga', 'USD 27,950.00')}
${amlTx('T-88244', '07 Mar 2024', 'Cash deposit', 'ATM 5521', 'USD 9,400.00', '⚑')}
</tbody></table>
<section class="card">
<h2>Disposition</h2>
<form id="dispo-form">
<label for="disposition">Disposition</label><select id="disposition" name="disposition"><option>Select…</option><option>Close – no suspicious activity</option><option>Escalate to L2 investigation</option><option>Recommend SAR</option></select>
<label for="narrative">Narrative</label><textarea id="narrative" name="narrative" rows="4">Three cash deposits just under USD 10,000 across two branches within four days, followed by outbound wire.</textarea>
<label><input type="checkbox" id="watchlist" name="watchlist"> Add customer to internal watchlist</label>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" class="primary">Submit disposition</button><button type="button" id="btn-reassign">Reassign</button></div>
</form>
</section>
</main>`,
);
const amlV2 = edit(amlV1, [
  [
    '<div class="row"><h1>Alert AL-2024-073311</h1><span class="badge">Score 82</span><span class="badge">Open · 3 days</span></div>',
    '<div class="row page-head"><h1>Alert AL-2024-073311</h1><span class="badge">Risk 82</span><span class="badge">Open · 3 days</span><span class="spacer"></span><button type="button" data-testid="alert-reassign" class="btn-outline">Reassign…</button><button type="button" class="btn-outline">Open case</button></div>',
  ],
  ['<button role="tab">Related alerts</button>', '<button role="tab">Linked alerts (3)</button>'],
  ['<table id="txn-table">', '<table class="txn-grid" aria-label="Transactions in scope">'],
  [
    '<tr data-id="T-88213"><td>T-88213</td><td>05 Mar 2024</td><td>Cash deposit</td><td>Branch 0388 teller</td><td class="amount">USD 9,800.00</td>',
    '<tr data-txn="T-88213"><td>T-88213</td><td>05 Mar 2024</td><td>Cash deposit</td><td>Branch 0388 teller</td><td class="amt num">USD 9,800.00</td>',
  ],
  ['<h2>Disposition</h2>', '<h2>Analyst decision</h2>'],
  [
    '<label for="disposition">Disposition</label><select id="disposition" name="disposition">',
    '<label for="decision">Decision</label><select id="decision" name="decision">',
  ],
  [
    '<label for="narrative">Narrative</label><textarea id="narrative" name="narrative" rows="4">',
    '<label for="rationale">Rationale</label><textarea id="rationale" name="rationale" rows="6">',
  ],
  [
    '<label><input type="checkbox" id="watchlist" name="watchlist"> Add customer to internal watchlist</label>',
    '<label><input type="checkbox" id="rfi" name="rfi"> Request information from branch</label>',
  ],
  [
    '<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" class="primary">Submit disposition</button><button type="button" id="btn-reassign">Reassign</button></div>',
    '<div class="row"><span class="muted">Draft autosaved 14:02</span><button type="submit" class="primary">Submit decision</button></div>',
  ],
]);
const P06: PagePair = {
  name: 'aml-structuring-alert-triage-17',
  v1: amlV1,
  v2: amlV2,
  targets: [
    { selector: '#disposition', expect: '#decision', change: 'renamed Decision, id and name changed' },
    { selector: 'textarea[name="narrative"]', expect: '#rationale', change: 'relabelled Rationale, renamed' },
    {
      selector: 'button:has-text("Submit disposition")',
      expect: '#dispo-form button[type="submit"]',
      change: 'relabelled Submit decision',
    },
    {
      selector: 'role=tab[name="Related alerts"]',
      expect: '[role="tablist"] button:nth-of-type(3)',
      change: 'tab renamed Linked alerts with count',
    },
    {
      selector: '#txn-table tr[data-id="T-88213"] .amount',
      expect: 'tr[data-txn="T-88213"] td.amt',
      change: 'table id dropped, row attribute and cell class renamed',
    },
    {
      selector: '#btn-reassign',
      expect: '[data-testid="alert-reassign"]',
      change: 'moved from form footer to page header toolbar',
    },
    {
      selector: '#watchlist',
      expect: null,
      change: 'watchlist option removed; branch RFI checkbox in its place',
    },
    { selector: '#save-draft', expect: null, change: 'manual draft save removed in favour of autosave' },
  ],
};

// 7. Media: stock photo licensing
const photoV1 = page(
  'Fishing boats at dawn, Nazaré — Stock photo 2290417',
  `<header><a href="/" class="logo">Lumen Stock</a><input type="search" name="q" placeholder="Search photos, vectors, video" aria-label="Search"><nav><a href="/pricing">Pricing</a><a href="/lightboxes">Lightboxes</a><a href="/account">Account</a></nav></header>
<main>
<div class="grid">
<figure class="preview"><img src="/p/2290417-comp.jpg" alt="Colourful fishing boats pulled up on the beach at dawn" width="460" height="306"><figcaption>ID 2290417 · © Rui Carvalho</figcaption></figure>
<div class="buy-panel">
<h1>Fishing boats at dawn, Nazaré</h1>
<p class="muted">by <a href="/contributors/ruicarvalho">Rui Carvalho</a> · 6000 × 4000 px</p>
<fieldset><legend>License</legend>
<label><input type="radio" name="license" value="standard" checked> Standard — $29</label>
<label><input type="radio" name="license" value="extended"> Extended — $99</label>
<label><input type="radio" name="license" value="editorial"> Editorial only — $19</label>
</fieldset>
<label for="size-select">Size</label><select id="size-select" name="size"><option>Small · 800 × 533</option><option>Medium · 2000 × 1333</option><option selected>Large · 4000 × 2667</option><option>Original · 6000 × 4000</option></select>
<div class="row"><button type="button" class="btn-cart">Add to cart</button><button type="button" id="add-lightbox">Add to lightbox</button></div>
<a href="/comp/2290417" class="comp-download">Download comp</a>
<div class="row share"><button type="button" data-testid="share-pinterest">Pin it</button><button type="button" data-testid="share-link">Copy link</button></div>
</div>
</div>
<h2>Keywords</h2>
<div class="keywords"><a href="/s?k=boats">boats</a><a href="/s?k=fishing">fishing</a><a href="/s?k=harbour">harbour</a><a href="/s?k=portugal">portugal</a><a href="/s?k=dawn">dawn</a><a href="/s?k=coast">coast</a></div>
<h2>Similar images</h2>
<div class="grid3"><a class="card" href="/p/2290420">Nets drying on the sand</a><a class="card" href="/p/2290388">Nazaré lighthouse at dusk</a><a class="card" href="/p/2180111">Fish auction, Peniche</a></div>
</main>
<footer>Lumen Stock · License agreement · Contributor program</footer>`,
);
const photoV2 = edit(photoV1, [
  [
    '<fieldset><legend>License</legend>\n<label><input type="radio" name="license" value="standard" checked> Standard — $29</label>\n<label><input type="radio" name="license" value="extended"> Extended — $99</label>\n<label><input type="radio" name="license" value="editorial"> Editorial only — $19</label>\n</fieldset>',
    '<div class="license-cards" role="group" aria-label="Choose a license"><button type="button" class="lic-card" data-license="standard" aria-pressed="true"><strong>Standard</strong><span>Web, social, print up to 500k copies</span><span>$29</span></button><button type="button" class="lic-card" data-license="enhanced" aria-pressed="false"><strong>Enhanced</strong><span>Merchandise, unlimited print runs</span><span>$99</span></button></div>',
  ],
  [
    '<label for="size-select">Size</label><select id="size-select" name="size">',
    '<label for="res">Resolution</label><select id="res" name="resolution">',
  ],
  [
    '<div class="row"><button type="button" class="btn-cart">Add to cart</button><button type="button" id="add-lightbox">Add to lightbox</button></div>',
    '<div class="row"><button type="button" class="sc-1x9kq btn-buy">Buy license</button><button type="button" class="sc-1x9kq icon" aria-label="Save to collection">♡</button></div>',
  ],
  [
    '<a href="/comp/2290417" class="comp-download">Download comp</a>',
    '<a href="/comp/2290417" class="preview-dl">Download watermarked preview</a>',
  ],
  [
    '<div class="row share"><button type="button" data-testid="share-pinterest">Pin it</button><button type="button" data-testid="share-link">Copy link</button></div>',
    '<div class="row share"><button type="button" data-testid="share-link">Copy link</button><button type="button" data-testid="share-email">Email</button></div>',
  ],
  [
    '<div class="keywords"><a href="/s?k=boats">boats</a><a href="/s?k=fishing">fishing</a><a href="/s?k=harbour">harbour</a><a href="/s?k=portugal">portugal</a><a href="/s?k=dawn">dawn</a><a href="/s?k=coast">coast</a></div>',
    '<div class="tags" role="list"><button type="button" role="listitem" data-q="boats">boats</button><button type="button" role="listitem" data-q="fishing">fishing</button><button type="button" role="listitem" data-q="harbor">harbor</button><button type="button" role="listitem" data-q="portugal">portugal</button><button type="button" role="listitem" data-q="sunrise">sunrise</button><button type="button" role="listitem" data-q="coast">coast</button></div>',
  ],
]);
const P07: PagePair = {
  name: 'stock-photo-license-checkout-17',
  v1: photoV1,
  v2: photoV2,
  targets: [
    {
      selector: 'input[value="extended"]',
      expect: 'button[data-license="enhanced"]',
      change: 'radio became a license card button, tier renamed Enhanced',
    },
    {
      selector: '#size-select',
      expect: 'select[name="resolution"]',
      change: 'relabelled Resolution, id and name renamed',
    },
    {
      selector: 'button:has-text("Add to cart")',
      expect: 'button.btn-buy',
      change: 'relabelled Buy license, generated class names',
    },
    {
      selector: '#add-lightbox',
      expect: 'button[aria-label="Save to collection"]',
      change: 'text button became heart icon button',
    },
    {
      selector: 'a.comp-download',
      expect: 'a.preview-dl',
      change: 'class renamed, reworded Download watermarked preview',
    },
    {
      selector: '.keywords a[href="/s?k=harbour"]',
      expect: 'button[data-q="harbor"]',
      change: 'keyword links became tag buttons, US spelling',
    },
    {
      selector: 'input[value="editorial"]',
      expect: null,
      change: 'editorial-only license removed from the page',
    },
    {
      selector: '[data-testid="share-pinterest"]',
      expect: null,
      change: 'Pinterest share removed; email share now in the row',
    },
  ],
};

// 8. Manufacturing: nonconformance report (NCR)
const ncrV1 = page(
  'NCR-24-0613 — Nonconformance',
  `<header><strong>QMS</strong><nav><a href="/ncr" class="active">NCRs</a><a href="/capa">CAPA</a><a href="/scar">Supplier CAR</a><a href="/audits">Audits</a></nav><span class="muted">J. Achterberg · Quality Engineer</span></header>
<main>
<h1>NCR-24-0613 <span class="badge">Draft</span></h1>
<form id="ncr-form">
<div class="grid">
<section class="card"><h2>Part</h2>
<label for="part-no">Part number</label><input id="part-no" name="part_no" value="HX-4410-02">
<label for="rev">Revision</label><input id="rev" name="rev" value="C">
<label for="lot">Lot / heat</label><input id="lot" name="lot" value="L24-1177">
<label for="qty-aff">Qty affected</label><input id="qty-aff" name="qty_affected" type="number" value="36">
<label for="wc">Work center</label><select id="wc" name="work_center"><option>CNC-3 (Mazak)</option><option>Deburr</option><option>Anodize (outside)</option><option>Final inspection</option></select>
</section>
<section class="card"><h2>Defect</h2>
<label for="defect_code">Defect code</label><select id="defect_code" name="defect_code"><option>D-101 Dimension out of tolerance</option><option>D-204 Surface finish</option><option>D-310 Burr / sharp edge</option><option>D-415 Wrong material</option></select>
<label for="desc">Description</label><textarea id="desc" name="description" rows="4">Bore Ø12.00 +0.018/-0 measured 12.031 on 36 of 120 pcs. Tool wear suspected on T14.</textarea>
<button type="button" class="attach">Attach photos</button>
<label><input type="checkbox" id="cust-notified" name="customer_notified"> Customer notified</label>
</section>
</div>
<section class="card"><h2>Disposition</h2>
<div class="row">
<label><input type="radio" name="disposition" value="uai"> Use as is</label>
<label><input type="radio" name="disposition" value="rework" checked> Rework</label>
<label><input type="radio" name="disposition" value="scrap"> Scrap</label>
<label><input type="radio" name="disposition" value="rts"> Return to supplier</label>
</div>
</section>
<section class="card"><h2>MRB approvals</h2>
<table id="mrb"><thead><tr><th>Role</th><th>Approver</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Quality</td><td>J. Achterberg</td><td>Pending</td><td><button type="button">Approve</button></td></tr>
<tr><td>Engineering</td><td>S. Idowu</td><td>Pending</td><td><button type="button">Approve</button></td></tr>
<tr><td>Production</td><td>K. Brandt</td><td>Pending</td><td><button type="button">Approve</button></td></tr>
</tbody></table>
</section>
<div class="row"><button type="button">Save</button><button type="submit" id="btn-submit-ncr">Submit NCR</button></div>
</form>
</main>`,
);
const ncrV2 = page(
  'NCR-24-0613 — Nonconformance',
  `<header><strong>QMS</strong><nav><a href="/ncr" class="active">NCRs</a><a href="/capa">CAPA</a><a href="/scar">Supplier CAR</a><a href="/audits">Audits</a></nav><span class="muted">J. Achterberg · Quality Engineer</span></header>
<main>
<div class="row"><h1>Nonconformance NCR-24-0613</h1><span class="badge status-draft">DRAFT</span><span class="spacer"></span><button type="button" class="q-btn q-btn--ghost">Save</button><button type="submit" form="ncr" class="q-btn q-btn--primary">Send to MRB</button></div>
<form id="ncr" class="grid">
<div>
<h2>Affected material</h2>
<div class="grid">
<div class="q-field"><label for="f-pn">Part #</label><input id="f-pn" name="partNumber" value="HX-4410-02"></div>
<div class="q-field"><label for="f-rev">Rev</label><input id="f-rev" name="revision" value="C"></div>
<div class="q-field"><label for="f-lot">Lot / heat no.</label><input id="f-lot" name="lotNumber" value="L24-1177"></div>
<div class="q-field"><label for="f-qty">Quantity</label><input id="f-qty" name="quantity" type="number" value="36"></div>
</div>
<div class="q-field"><label for="f-wc">Found at</label><select id="f-wc" name="workCenter"><option>CNC-3 (Mazak)</option><option>Deburr</option><option>Anodize (outside)</option><option>Final inspection</option></select></div>
<h2>What is wrong</h2>
<div class="q-field"><label for="defectCode">Defect</label><input id="defectCode" name="defectCode" list="defect-codes" value="D-101 Dimension out of tolerance"><datalist id="defect-codes"><option value="D-101 Dimension out of tolerance"></option><option value="D-204 Surface finish"></option><option value="D-310 Burr / sharp edge"></option><option value="D-415 Wrong material"></option></datalist></div>
<div class="q-field"><label for="f-desc">Details</label><textarea id="f-desc" name="details" rows="5">Bore Ø12.00 +0.018/-0 measured 12.031 on 36 of 120 pcs. Tool wear suspected on T14.</textarea></div>
<div class="dropzone"><button type="button" class="q-btn">Upload evidence</button><span class="muted">JPG, PNG or PDF · max 20 MB</span></div>
</div>
<div>
<h2>Disposition</h2>
<div role="radiogroup" aria-label="Disposition" class="stack">
<label><input type="radio" name="dispo" value="USE_AS_IS"> Use as is</label>
<label><input type="radio" name="dispo" value="REWORK" checked> Rework</label>
<label><input type="radio" name="dispo" value="SCRAP"> Scrap</label>
<label><input type="radio" name="dispo" value="DOWNGRADE"> Downgrade to B-stock</label>
</div>
<h2>Review board</h2>
<ul class="approvers">
<li class="approver" data-role="quality"><strong>Quality</strong> · J. Achterberg <span class="badge">Awaiting</span> <button type="button" class="approve">Sign off</button></li>
<li class="approver" data-role="engineering"><strong>Engineering</strong> · S. Idowu <span class="badge">Awaiting</span> <button type="button" class="approve">Sign off</button></li>
<li class="approver" data-role="production"><strong>Production</strong> · K. Brandt <span class="badge">Awaiting</span> <button type="button" class="approve">Sign off</button></li>
</ul>
</div>
</form>
</main>`,
);
const P08: PagePair = {
  name: 'machining-ncr-disposition-17',
  v1: ncrV1,
  v2: ncrV2,
  targets: [
    { selector: '#part-no', expect: '#f-pn', change: 'id/name renamed, label shortened to Part #' },
    {
      selector: 'select[name="defect_code"]',
      expect: '#defectCode',
      change: 'select became input with datalist',
    },
    {
      selector: 'input[name="disposition"][value="rework"]',
      expect: 'input[value="REWORK"]',
      change: 'radio name and values renamed, moved to side column',
    },
    {
      selector: '#mrb tbody tr:nth-of-type(2) button',
      expect: '.approver[data-role="engineering"] button',
      change: 'approval table became list, relabelled Sign off',
    },
    {
      selector: 'text=Attach photos',
      expect: '.dropzone button',
      change: 'relabelled Upload evidence inside dropzone',
    },
    {
      selector: '#btn-submit-ncr',
      expect: 'button.q-btn--primary',
      change: 'relabelled Send to MRB, moved to page header',
    },
    {
      selector: 'input[value="rts"]',
      expect: null,
      change: 'return-to-supplier option removed; downgrade option now in its place',
    },
    { selector: '#cust-notified', expect: null, change: 'customer notified checkbox dropped' },
  ],
};

// 9. Agriculture: crop protection spray application record (tablet in cab)
const sprayV1 = page(
  'Spray record — Field 12 North',
  `<header><strong>FieldBook</strong><nav><a href="/fields">Fields</a><a href="/records" class="active">Records</a><a href="/inventory">Chemical store</a><a href="/sync">Sync</a></nav></header>
<main>
<h1>New application record</h1>
<form class="spray" id="spray-record">
<label for="field">Field</label><select id="field" name="field"><option>Field 12 North (38.4 ha)</option><option>Field 14 Long Acre (22.1 ha)</option><option>Field 3 Home (9.7 ha)</option></select>
<label for="crop-stage">Crop / growth stage</label><input id="crop-stage" name="stage" value="Winter wheat · GS32">
<label for="product">Product</label><select id="product" name="product"><option>Prosaro (prothioconazole + tebuconazole)</option><option>Elatus Era</option><option>Cycocel 750</option></select>
<label for="rate">Rate (L/ha)</label><input id="rate" name="rate" type="number" step="0.01" value="0.8">
<label for="water">Water volume (L/ha)</label><input id="water" name="water_volume" type="number" value="200">
<label for="operator">Operator</label><input id="operator" name="operator" value="Tom Haywood (NPTC PA2/PA6)">
<label for="sprayer">Sprayer</label><select id="sprayer" name="sprayer"><option>Househam Harrier 24 m</option><option>Amazone UX 5201</option></select>
<fieldset><legend>Weather at application</legend>
<label for="wind">Wind speed (km/h)</label><input id="wind" name="wind" value="9">
<label for="wind-dir">Wind direction</label><select id="wind-dir" name="wind_dir"><option>N</option><option>NE</option><option>E</option><option>SE</option><option selected>SW</option><option>W</option></select>
<label for="temp">Temperature (°C)</label><input id="temp" name="temp" value="11">
</fieldset>
<label><input type="checkbox" id="lerap" name="lerap" checked> LERAP buffer zone observed</label>
<label><input type="checkbox" id="bee-alert" name="bee_alert"> Beekeepers notified</label>
<label for="remarks">Remarks</label><textarea id="remarks" name="remarks">Headlands sprayed last.</textarea>
<div class="row"><button type="button" id="use-gps">Use tractor GPS time</button><button type="submit" class="save-record">Save record</button></div>
</form>
</main>`,
  'main{max-width:760px}form{max-width:700px}',
);
const sprayV2 = edit(sprayV1, [
  [
    '<h1>New application record</h1>',
    '<h1>Log spraying</h1><p class="muted">Step 1 of 1 · synced 2 min ago</p>',
  ],
  [
    '<label for="field">Field</label><select id="field" name="field">',
    '<label for="fld">Field</label><select id="fld" name="fieldId">',
  ],
  [
    '<label for="crop-stage">Crop / growth stage</label><input id="crop-stage" name="stage" value="Winter wheat · GS32">',
    '<div class="row"><label for="crop">Crop</label><input id="crop" name="crop" value="Winter wheat"><label for="gs">BBCH / GS</label><input id="gs" name="growthStage" value="32"></div>',
  ],
  [
    '<label for="rate">Rate (L/ha)</label><input id="rate" name="rate" type="number" step="0.01" value="0.8">',
    '<label for="doseRate">Dose (L/ha)</label><input id="doseRate" name="doseRate" type="number" step="0.01" value="0.8">',
  ],
  [
    '<label for="sprayer">Sprayer</label><select id="sprayer" name="sprayer"><option>Househam Harrier 24 m</option><option>Amazone UX 5201</option></select>',
    '<span class="muted">Sprayer</span><div role="radiogroup" class="row"><label><input type="radio" name="machine" value="harrier" checked> Househam Harrier 24 m</label><label><input type="radio" name="machine" value="ux5201"> Amazone UX 5201</label></div>',
  ],
  [
    '<label for="wind">Wind speed (km/h)</label><input id="wind" name="wind" value="9">\n<label for="wind-dir">Wind direction</label><select id="wind-dir" name="wind_dir"><option>N</option><option>NE</option><option>E</option><option>SE</option><option selected>SW</option><option>W</option></select>',
    '<button type="button" class="fetch-wx">Fetch from weather station</button>\n<label for="windKph">Wind (km/h)</label><input id="windKph" name="windKph" value="9">\n<label for="humidity">Relative humidity (%)</label><input id="humidity" name="humidity" value="78">',
  ],
  [
    '<label><input type="checkbox" id="lerap" name="lerap" checked> LERAP buffer zone observed</label>',
    '<div class="row"><span id="buf-lbl">Buffer zone respected</span><button type="button" role="switch" aria-checked="true" id="bufferZone" aria-labelledby="buf-lbl" class="toggle"></button></div>',
  ],
  ['<label><input type="checkbox" id="bee-alert" name="bee_alert"> Beekeepers notified</label>', ''],
  [
    '<div class="row"><button type="button" id="use-gps">Use tractor GPS time</button><button type="submit" class="save-record">Save record</button></div>',
    '<div class="row sticky-actions"><button type="button" id="import-task">Import from ISOBUS task</button><button type="submit" class="btn-primary">Log application</button></div>',
  ],
]);
const P09: PagePair = {
  name: 'arable-spray-application-log-17',
  v1: sprayV1,
  v2: sprayV2,
  targets: [
    { selector: '#field', expect: '#fld', change: 'id and name renamed' },
    { selector: '#rate', expect: '#doseRate', change: 'relabelled Dose, id and name renamed' },
    {
      selector: 'select[name="sprayer"]',
      expect: 'div[role="radiogroup"]',
      change: 'select became radio group',
    },
    { selector: '#wind', expect: '#windKph', change: 'id renamed, moved below new weather-station button' },
    {
      selector: 'button.save-record',
      expect: '.sticky-actions button[type="submit"]',
      change: 'relabelled Log application, class changed',
    },
    { selector: '#lerap', expect: '#bufferZone', change: 'checkbox became switch, reworded' },
    {
      selector: '#wind-dir',
      expect: null,
      change: 'wind direction dropped; humidity field now in its place',
    },
    {
      selector: '#use-gps',
      expect: null,
      change: 'GPS time button removed; ISOBUS import button in its slot',
    },
  ],
};

// 10. Education: university course add/drop (phone)
const course = (code: string, title: string, sec: string, when: string, seats: string) =>
  `<li class="result"><div><strong>${code}</strong> ${title}</div><div class="muted">Sec ${sec} · ${when} · ${seats}</div><button type="button" class="add-btn" data-course="${code}">Add</button></li>`;
const regV1 = page(
  'Add / drop classes',
  `<header><strong>MyCampus</strong><button id="menu-btn" aria-label="Menu">☰</button></header>
<main>
<h1>Add / drop — Spring 2025</h1>
<label for="term">Term</label><select id="term" name="term"><option>Spring 2025</option><option>Summer 2025</option></select>
<p class="muted">Add/drop deadline: <strong>Jan 24</strong> · Enrolled: <span id="units">13</span> units (max 18)</p>
<h2>Enrolled</h2>
<table id="enrolled"><thead><tr><th>Class</th><th>Units</th><th></th></tr></thead><tbody>
<tr><td>CHEM 1A · Lec 002</td><td>4</td><td><button type="button" class="drop">Drop</button></td></tr>
<tr><td>MATH 53 · Lec 001</td><td>4</td><td><button type="button" class="drop">Drop</button></td></tr>
<tr><td>ENGLISH R1B · Sem 014</td><td>4</td><td><button type="button" class="drop">Drop</button></td></tr>
<tr><td>PE 11 · Swimming</td><td>1</td><td><button type="button" class="drop">Drop</button></td></tr>
</tbody></table>
<h2>Find classes</h2>
<div class="row"><input type="search" id="class-search" name="q" placeholder="Subject or course number" value="CS 61"><button type="button" id="search-go">Search</button></div>
<label><input type="checkbox" id="open-only" checked> Show open classes only</label>
<ul class="results">
${course('COMPSCI 61A', 'Structure and Interpretation of Computer Programs', '001', 'MWF 2–3pm', '41 seats')}
${course('COMPSCI 61B', 'Data Structures', '001', 'MWF 1–2pm', 'Waitlist 12')}
${course('COMPSCI 61C', 'Great Ideas in Computer Architecture', '001', 'TuTh 11–12:30', '8 seats')}
</ul>
<div class="row"><button type="button" id="validate">Validate schedule</button><button type="button" class="primary" id="enroll">Enroll in cart</button></div>
<a href="/advisor" id="advisor-link">Message my advisor</a>
</main>`,
  'body{max-width:400px;margin:0 auto}ul{list-style:none;padding:0}li{border-bottom:1px solid #ddd;padding:8px 0}',
);
const regV2 = edit(regV1, [
  [
    '<header><strong>MyCampus</strong><button id="menu-btn" aria-label="Menu">☰</button></header>',
    '<header><button class="nav-toggle" aria-label="Open navigation">☰</button><strong>MyCampus</strong><span class="avatar" aria-hidden="true">JL</span></header>',
  ],
  [
    '<label for="term">Term</label><select id="term" name="term"><option>Spring 2025</option><option>Summer 2025</option></select>',
    '<div role="tablist" class="term-tabs"><button role="tab" aria-selected="true">Spring 2025</button><button role="tab">Summer 2025</button></div>',
  ],
  ['<h1>Add / drop — Spring 2025</h1>', '<h1>Class schedule</h1>'],
  [
    'Enrolled: <span id="units">13</span> units (max 18)',
    'Units: <span class="units-count" data-testid="unit-total">13</span> / 18',
  ],
  [
    '<table id="enrolled"><thead><tr><th>Class</th><th>Units</th><th></th></tr></thead><tbody>\n<tr><td>CHEM 1A · Lec 002</td><td>4</td><td><button type="button" class="drop">Drop</button></td></tr>\n<tr><td>MATH 53 · Lec 001</td><td>4</td><td><button type="button" class="drop">Drop</button></td></tr>\n<tr><td>ENGLISH R1B · Sem 014</td><td>4</td><td><button type="button" class="drop">Drop</button></td></tr>\n<tr><td>PE 11 · Swimming</td><td>1</td><td><button type="button" class="drop">Drop</button></td></tr>\n</tbody></table>',
    '<div class="enrolled-cards">\n<div class="card" data-class="CHEM 1A"><strong>CHEM 1A</strong> Lec 002 · 4 units <button type="button" class="btn-remove" aria-label="Drop CHEM 1A">Remove</button><button type="button" class="btn-swap">Swap</button></div>\n<div class="card" data-class="MATH 53"><strong>MATH 53</strong> Lec 001 · 4 units <button type="button" class="btn-remove" aria-label="Drop MATH 53">Remove</button><button type="button" class="btn-swap">Swap</button></div>\n<div class="card" data-class="ENGLISH R1B"><strong>ENGLISH R1B</strong> Sem 014 · 4 units <button type="button" class="btn-remove" aria-label="Drop ENGLISH R1B">Remove</button><button type="button" class="btn-swap">Swap</button></div>\n<div class="card" data-class="PE 11"><strong>PE 11</strong> Swimming · 1 unit <button type="button" class="btn-remove" aria-label="Drop PE 11">Remove</button><button type="button" class="btn-swap">Swap</button></div>\n</div>',
  ],
  [
    '<div class="row"><input type="search" id="class-search" name="q" placeholder="Subject or course number" value="CS 61"><button type="button" id="search-go">Search</button></div>',
    '<form role="search" class="row"><input type="search" name="query" aria-label="Search classes" placeholder="e.g. COMPSCI 61" value="CS 61"><button type="submit" aria-label="Search">🔍</button></form>',
  ],
  [
    '<label><input type="checkbox" id="open-only" checked> Show open classes only</label>',
    '<div class="row"><span class="muted">Sort</span><select name="sort" aria-label="Sort results"><option>Course number</option><option>Open seats</option></select></div>',
  ],
  [
    '<button type="button" class="add-btn" data-course="COMPSCI 61B">Add</button>',
    '<button type="button" class="add-btn" data-course="COMPSCI 61B">Join waitlist</button>',
  ],
  [
    '<div class="row"><button type="button" id="validate">Validate schedule</button><button type="button" class="primary" id="enroll">Enroll in cart</button></div>\n<a href="/advisor" id="advisor-link">Message my advisor</a>',
    '<div class="row"><button type="button" class="primary" data-testid="enroll-submit">Enroll</button><button type="button" data-testid="schedule-check">Check conflicts</button></div>',
  ],
]);
const P10: PagePair = {
  name: 'university-add-drop-mobile-17',
  v1: regV1,
  v2: regV2,
  targets: [
    {
      selector: '#term',
      expect: '[role="tablist"] button[aria-selected="true"]',
      change: 'term select replaced by tabs',
    },
    {
      selector: '#units',
      expect: '[data-testid="unit-total"]',
      change: 'unit counter id replaced by test id',
    },
    {
      selector: '#enrolled tbody tr:nth-of-type(2) .drop',
      expect: '[data-class="MATH 53"] .btn-remove',
      change: 'table became cards, Drop relabelled Remove',
    },
    { selector: '#class-search', expect: 'input[name="query"]', change: 'search input renamed, id dropped' },
    {
      selector: '#enroll',
      expect: '[data-testid="enroll-submit"]',
      change: 'relabelled Enroll and moved first',
    },
    {
      selector: '#validate',
      expect: '[data-testid="schedule-check"]',
      change: 'relabelled Check conflicts, moved after Enroll',
    },
    {
      selector: '#open-only',
      expect: null,
      change: 'open-only filter removed; sort select now in its place',
    },
    {
      selector: 'text=Message my advisor',
      expect: null,
      change: 'advisor messaging link removed from the page',
    },
  ],
};

// 11. Science: vivarium cage card / colony management
const mouse = (tag: string, sex: string, dob: string, geno: string, status: string) =>
  `<tr><td>${tag}</td><td>${sex}</td><td>${dob}</td><td class="genotype">${geno}</td><td>${status}</td><td><input type="checkbox" aria-label="Select ${tag}"></td></tr>`;
const cageV1 = page(
  'Cage C-20931 — Colony',
  `<header><strong>ColonyTrack</strong><nav><a href="/colonies">Colonies</a><a href="/cages" class="active">Cages</a><a href="/protocols">Protocols</a><a href="/census">Census</a></nav><span class="muted">Vivarium B · Room 214</span></header>
<main>
<h1>Cage C-20931</h1>
<p><a href="/cages/C-20931/history">Breeding history</a> · <a href="/cages/C-20931/audit">Audit trail</a></p>
<div class="row toolbar"><button type="button" data-testid="print-card">Print card</button><button type="button">Transfer cage</button><button type="button" class="wean">Wean litter</button><button type="button" class="danger">Euthanize</button></div>
<div class="grid">
<section class="card"><h2>Cage details</h2>
<label for="strain">Strain</label><input id="strain" name="strain" value="C57BL/6J-Ai14 × Pvalb-Cre">
<label for="cage-protocol">IACUC protocol</label><select id="cage-protocol" name="protocol"><option>2023-0412 (Chen – interneuron circuits)</option><option>2022-0987 (Ruiz – husbandry)</option></select>
<label for="rack-slot">Rack / slot</label><input id="rack-slot" name="rack_slot" value="R7 · B4">
<label for="cage-type">Cage type</label><select id="cage-type" name="cage_type"><option>Breeding</option><option>Holding</option><option>Experimental</option></select>
<label><input type="checkbox" id="health-flag" name="health_flag"> Flag for veterinary health check</label>
</section>
<section class="card"><h2>Notes</h2><textarea name="notes" rows="6">Litter of 6 born 02/11. Dam nesting well.</textarea><button type="button" id="save-notes">Save notes</button></section>
</div>
<h2>Animals (4)</h2>
<table id="mice"><thead><tr><th>Ear tag</th><th>Sex</th><th>DOB</th><th>Genotype</th><th>Status</th><th></th></tr></thead><tbody>
${mouse('E-1041', 'F', '2024-09-30', 'Ai14 +/-', 'Breeder')}
${mouse('E-1042', 'M', '2024-09-28', 'Cre +/-', 'Breeder')}
${mouse('E-1043', 'F', '2024-12-01', 'Cre +/- ; Ai14 +/-', 'Experimental')}
${mouse('E-1044', 'F', '2024-12-01', 'Pending', 'Holding')}
</tbody></table>
</main>`,
);
const mouse2 = (tag: string, sex: string, dob: string, geno: string, status: string) =>
  `<tr data-tag="${tag}"><td><input type="checkbox" aria-label="Select ${tag}"></td><td>${tag}</td><td>${sex}</td><td>${dob}</td><td><span class="geno-badge">${geno}</span></td><td>${status}</td></tr>`;
const cageV2 = page(
  'Cage C-20931 — Colony',
  `<header><strong>ColonyTrack</strong><nav><a href="/colonies">Colonies</a><a href="/cages" class="active">Cages</a><a href="/protocols">Protocols</a><a href="/census">Census</a></nav><span class="muted">Vivarium B · Room 214</span></header>
<main>
<div class="row"><h1>C-20931</h1><span class="badge">Breeding</span><span class="spacer"></span><button type="button" data-testid="cage-card-print" aria-label="Print cage card">🖨 Card</button><button type="button" data-testid="cage-move">Move to rack…</button><button type="button" data-testid="cage-wean">Wean</button></div>
<div role="tablist"><button role="tab" aria-selected="true" aria-controls="panel-overview">Overview</button><button role="tab" aria-controls="panel-breeding">Breeding</button><button role="tab" aria-controls="panel-audit">Audit</button></div>
<div id="panel-overview" class="grid">
<section class="card"><h2>Details</h2>
<div class="field"><label for="c-strain">Strain</label><input id="c-strain" name="strain" value="C57BL/6J-Ai14 × Pvalb-Cre"></div>
<div class="field"><label for="c-proto">Protocol</label><select id="c-proto" name="iacucProtocol"><option>2023-0412 (Chen – interneuron circuits)</option><option>2022-0987 (Ruiz – husbandry)</option></select></div>
<div class="field"><label for="location-slot">Location</label><input id="location-slot" name="location" value="R7 · B4"></div>
<div class="field"><label for="c-type">Type</label><select id="c-type" name="cageType"><option>Breeding</option><option>Holding</option><option>Experimental</option></select></div>
<label><input type="checkbox" id="enrichment" name="enrichment" checked> Enrichment provided</label>
</section>
<section class="card"><h2>Notes</h2><textarea name="notes" rows="6">Litter of 6 born 02/11. Dam nesting well.</textarea><button type="button" id="save-notes">Save notes</button></section>
</div>
<h2>Animals <span class="badge">4</span></h2>
<table class="animals"><thead><tr><th></th><th>Tag</th><th>Sex</th><th>Born</th><th>Genotype</th><th>Use</th></tr></thead><tbody>
${mouse2('E-1041', 'F', '2024-09-30', 'Ai14 +/-', 'Breeder')}
${mouse2('E-1042', 'M', '2024-09-28', 'Cre +/-', 'Breeder')}
${mouse2('E-1043', 'F', '2024-12-01', 'Cre +/- ; Ai14 +/-', 'Experimental')}
${mouse2('E-1044', 'F', '2024-12-01', 'Pending', 'Holding')}
</tbody></table>
</main>`,
);
const P11: PagePair = {
  name: 'vivarium-cage-card-17',
  v1: cageV1,
  v2: cageV2,
  targets: [
    { selector: '#cage-protocol', expect: '#c-proto', change: 'relabelled Protocol, id and name renamed' },
    {
      selector: '[data-testid="print-card"]',
      expect: '[data-testid="cage-card-print"]',
      change: 'test id renamed, icon added, moved beside heading',
    },
    {
      selector: '#mice tbody tr:nth-of-type(3) td.genotype',
      expect: 'tr[data-tag="E-1043"] .geno-badge',
      change: 'genotype shown as badge, columns reordered',
    },
    {
      selector: 'button:has-text("Transfer cage")',
      expect: '[data-testid="cage-move"]',
      change: 'relabelled Move to rack…',
    },
    { selector: 'input[name="rack_slot"]', expect: '#location-slot', change: 'relabelled Location, renamed' },
    {
      selector: 'a:has-text("Breeding history")',
      expect: '[aria-controls="panel-breeding"]',
      change: 'link became a tab named Breeding',
    },
    {
      selector: '#health-flag',
      expect: null,
      change: 'health-check flag removed; enrichment checkbox in its place',
    },
    { selector: 'button.danger', expect: null, change: 'euthanize action removed from the cage page' },
  ],
};

// 12. Hospitality: hotel catering banquet event order (BEO)
const beoItem = (i: number, item: string, qty: number, price: string) =>
  `<tr><td>${item}</td><td><input name="items[${i}][qty]" value="${qty}" size="4"></td><td>${price}</td><td><a href="#" class="rm">remove</a></td></tr>`;
const beoV1 = page(
  'BEO 4471 — Halvorsen Pharma Leadership Dinner',
  `<header><strong>Catering Suite</strong><nav><a href="/events">Events</a><a href="/beo" class="active">BEOs</a><a href="/rooms">Function rooms</a><a href="/menus">Menus</a></nav><span class="muted">Grand Harbour Hotel</span></header>
<main>
<h1>BEO #4471</h1>
<p class="muted">Halvorsen Pharma · Leadership Dinner · Contact: Ingrid Solberg</p>
<form id="beo" class="grid">
<div>
<label for="ev-date">Event date</label><input id="ev-date" type="date" name="event_date" value="2025-03-14">
<label for="ev-time">Time</label><input id="ev-time" name="event_time" value="19:00 – 23:00">
<label for="room">Function room</label><select id="room" name="room"><option>Harbour Ballroom A</option><option>Harbour Ballroom B</option><option>Lighthouse Suite</option></select>
<label for="setup">Setup style</label><select id="setup" name="setup"><option>Banquet rounds of 10</option><option>Classroom</option><option>Theatre</option><option>U-shape</option></select>
<label for="gtd">Guaranteed guests</label><input id="gtd" name="guaranteed" type="number" value="120">
</div>
<div>
<fieldset><legend>AV</legend>
<label><input type="checkbox" name="av_projector" checked> Projector &amp; screen</label>
<label><input type="checkbox" name="av_lectern" checked> Lectern with mic</label>
<label><input type="checkbox" name="av_wireless"> 2 wireless handhelds</label>
<label><input type="checkbox" name="av_dancefloor"> Dance floor</label>
</fieldset>
<label for="dietary">Dietary notes</label><textarea id="dietary" name="dietary">4 vegan, 2 coeliac, 1 nut allergy (table 7).</textarea>
</div>
</form>
<h2>Menu</h2>
<table id="menu-items"><thead><tr><th>Item</th><th>Qty</th><th>Price</th><th></th></tr></thead><tbody>
${beoItem(0, 'Champagne reception (45 min)', 120, '€18.00')}
${beoItem(1, 'Seared scallops, pea purée', 120, '€16.50')}
${beoItem(2, 'Beef fillet, truffle jus', 112, '€38.00')}
${beoItem(3, 'Wild mushroom risotto (V)', 8, '€26.00')}
</tbody></table>
<button type="button" id="add-item">+ Add menu item</button>
<div class="row"><button type="button" id="beo-save">Save</button><button type="button" id="beo-send">Send to client</button><button type="button" id="beo-pdf">Generate PDF</button></div>
</main>`,
);
const beoV2 = edit(beoV1, [
  [
    '<h1>BEO #4471</h1>',
    '<div class="row"><h1>Banquet event order 4471</h1><span class="spacer"></span><button type="button" class="btn" data-cy="beo-export">Download PDF</button><button type="button" class="btn btn-primary" data-cy="beo-share">Email to client</button></div>',
  ],
  [
    '<label for="ev-date">Event date</label><input id="ev-date" type="date" name="event_date" value="2025-03-14">\n<label for="ev-time">Time</label><input id="ev-time" name="event_time" value="19:00 – 23:00">',
    '<div class="row"><label>Date <input type="date" name="eventDate" value="2025-03-14"></label><label>Time <input name="eventTime" value="19:00 – 23:00"></label></div>',
  ],
  [
    '<label for="setup">Setup style</label><select id="setup" name="setup"><option>Banquet rounds of 10</option><option>Classroom</option><option>Theatre</option><option>U-shape</option></select>',
    '<span class="muted">Room set</span><div class="setup-tiles row" role="group" aria-label="Room set"><button type="button" class="tile" aria-pressed="true" data-setup="rounds">◯ Rounds</button><button type="button" class="tile" aria-pressed="false" data-setup="classroom">▭ Classroom</button><button type="button" class="tile" aria-pressed="false" data-setup="theatre">⋮ Theatre</button><button type="button" class="tile" aria-pressed="false" data-setup="ushape">⊔ U-shape</button></div>',
  ],
  [
    '<label for="gtd">Guaranteed guests</label><input id="gtd" name="guaranteed" type="number" value="120">',
    '<label for="guarantee">Guarantee (covers)</label><input id="guarantee" name="guaranteeCovers" type="number" value="120"><span class="muted">Final numbers due 72 h before</span>',
  ],
  [
    '<label><input type="checkbox" name="av_wireless"> 2 wireless handhelds</label>\n<label><input type="checkbox" name="av_dancefloor"> Dance floor</label>',
    '<label><input type="checkbox" name="av_wireless"> 2 wireless handhelds</label>\n<label><input type="checkbox" name="av_uplighting"> Uplighting (amber)</label>',
  ],
  [
    '<label for="dietary">Dietary notes</label><textarea id="dietary" name="dietary">',
    '<label for="allergens">Allergens &amp; dietary requirements</label><textarea id="allergens" name="allergens">',
  ],
  [
    '<tr><td>Beef fillet, truffle jus</td><td><input name="items[2][qty]" value="112" size="4"></td>',
    '<tr><td>Beef fillet, truffle jus</td><td><input name="lines.2.quantity" value="112" size="4" class="qty-input"></td>',
  ],
  [
    '<button type="button" id="add-item">+ Add menu item</button>',
    '<p class="muted">Menu lines come from the selected package: <a href="/menus/spring-gala">Spring Gala 3-course</a></p>',
  ],
  [
    '<div class="row"><button type="button" id="beo-save">Save</button><button type="button" id="beo-send">Send to client</button><button type="button" id="beo-pdf">Generate PDF</button></div>',
    '<div class="row"><button type="button" data-cy="beo-save">Save changes</button></div>',
  ],
]);
const P12: PagePair = {
  name: 'hotel-banquet-event-order-17',
  v1: beoV1,
  v2: beoV2,
  targets: [
    { selector: '#setup', expect: '.setup-tiles', change: 'setup select became pictogram tile group' },
    { selector: '#gtd', expect: '#guarantee', change: 'relabelled Guarantee (covers), renamed' },
    {
      selector: '#ev-date',
      expect: 'input[name="eventDate"]',
      change: 'id dropped, input wrapped in its label in a row',
    },
    {
      selector: 'input[name="items[2][qty]"]',
      expect: 'input[name="lines.2.quantity"]',
      change: 'quantity input name format changed',
    },
    {
      selector: '#beo-send',
      expect: '[data-cy="beo-share"]',
      change: 'relabelled Email to client, moved to header',
    },
    {
      selector: 'button:has-text("Generate PDF")',
      expect: '[data-cy="beo-export"]',
      change: 'relabelled Download PDF, moved to header',
    },
    {
      selector: 'input[name="av_dancefloor"]',
      expect: null,
      change: 'dance floor option removed; uplighting checkbox in its place',
    },
    {
      selector: '#add-item',
      expect: null,
      change: 'ad-hoc menu lines removed; menu now comes from a package link',
    },
  ],
};

// 13. Retail back office: planogram shelf compliance audit (phone)
const shelf = (n: number, sku: string, name: string, facings: number) =>
  `<li class="facing-row" data-pos="${n}"><span class="pos">${n}</span><div><strong>${name}</strong><div class="muted">${sku} · ${facings} facings</div></div><select name="pos_${n}_status" class="facing-status"><option>OK</option><option>Out of stock</option><option>Wrong location</option><option>Missing label</option></select></li>`;
const pogV1 = page(
  'Shelf audit — Bay 22',
  `<header><a href="/audits" aria-label="Back to audits">←</a><strong>Store 0188 · Bay 22</strong><button type="button" id="sync-btn">Sync</button></header>
<main>
<div class="card"><div class="muted">Planogram</div><h1>Breakfast cereal 4ft · Shelf 3</h1><div class="muted">POG v2025.07 · effective 14 Jul</div></div>
<div class="row"><button type="button" id="take-photo">Take shelf photo</button><a href="/pog/22/3.pdf" class="pog-link">View planogram</a></div>
<ul class="facings">
${shelf(1, '5010029', 'Weetabix 24s', 3)}
${shelf(2, '5053827', 'Crunchy Nut 500g', 2)}
${shelf(3, '5000127', 'Shreddies 500g', 2)}
${shelf(4, '7613035', 'Cheerios 375g', 2)}
${shelf(5, '5010477', 'Own-brand bran flakes 750g', 3)}
</ul>
<label for="compliance">Compliance score</label><input id="compliance" name="score" type="range" min="0" max="100" value="80">
<label><input type="checkbox" id="price-check" name="price_check" checked> Shelf-edge labels checked against POS</label>
<label><input type="checkbox" id="facing-up" name="faced_up"> Shelf faced up after audit</label>
<label for="audit-notes">Notes for store manager</label><textarea id="audit-notes" name="notes">Cheerios sitting on Shreddies label.</textarea>
<button type="submit" class="btn-submit" id="finish-audit">Finish audit</button>
</main>
<nav class="tabbar"><a href="/home">Home</a><a href="/audits" aria-current="page">Audits</a><a href="/tasks">Tasks</a></nav>`,
  'body{max-width:390px;margin:0 auto}ul{list-style:none;padding:0}.facing-row{display:flex;gap:8px;align-items:center;border-bottom:1px solid #ddd;padding:6px 0}.tabbar{justify-content:space-around}',
);
const pogV2 = edit(pogV1, [
  [
    '<button type="button" id="sync-btn">Sync</button></header>',
    '<span class="sync-state" title="All changes synced">●</span></header>',
  ],
  [
    '<div class="row"><button type="button" id="take-photo">Take shelf photo</button><a href="/pog/22/3.pdf" class="pog-link">View planogram</a></div>',
    '<div class="row"><button type="button" class="fab" aria-label="Capture shelf image">📷</button><a href="/pog/22/3.pdf" class="pog-link">Open POG</a></div>',
  ],
  [
    '<select name="pos_2_status" class="facing-status"><option>OK</option><option>Out of stock</option><option>Wrong location</option><option>Missing label</option></select>',
    '<div class="status-pills" role="radiogroup" aria-label="Position 2 status"><button type="button" role="radio" aria-checked="true">OK</button><button type="button" role="radio" aria-checked="false">OOS</button><button type="button" role="radio" aria-checked="false">Misplaced</button><button type="button" role="radio" aria-checked="false">No label</button></div>',
  ],
  [
    '<label for="compliance">Compliance score</label><input id="compliance" name="score" type="range" min="0" max="100" value="80">',
    '<label for="score-input">Compliance %</label><input id="score-input" name="compliancePct" type="number" min="0" max="100" value="80">',
  ],
  [
    '<label><input type="checkbox" id="price-check" name="price_check" checked> Shelf-edge labels checked against POS</label>',
    '<label><input type="checkbox" id="sel-check" name="selVerified" checked> SEL prices verified</label>',
  ],
  [
    '<label><input type="checkbox" id="facing-up" name="faced_up"> Shelf faced up after audit</label>',
    '<label><input type="checkbox" id="gap-scan" name="gap_scan"> Gap scan completed</label>',
  ],
  ['<label for="audit-notes">Notes for store manager</label>', '<label for="audit-notes">Notes</label>'],
  [
    '<button type="submit" class="btn-submit" id="finish-audit">Finish audit</button>',
    '<div class="bottom-actions"><button type="button" class="secondary">Save for later</button><button type="submit" class="primary" data-test="audit-complete">Complete</button></div>',
  ],
]);
const P13: PagePair = {
  name: 'planogram-shelf-audit-mobile-17',
  v1: pogV1,
  v2: pogV2,
  targets: [
    {
      selector: '#take-photo',
      expect: 'button[aria-label="Capture shelf image"]',
      change: 'text button became camera icon button',
    },
    { selector: 'a:has-text("View planogram")', expect: 'a.pog-link', change: 'link relabelled Open POG' },
    {
      selector: 'select[name="pos_2_status"]',
      expect: '[aria-label="Position 2 status"]',
      change: 'status select became pill radiogroup',
    },
    { selector: '#compliance', expect: '#score-input', change: 'range slider became number input, renamed' },
    { selector: '#price-check', expect: '#sel-check', change: 'reworded to SEL prices verified, renamed' },
    {
      selector: '#finish-audit',
      expect: '[data-test="audit-complete"]',
      change: 'relabelled Complete, next to new Save for later',
    },
    {
      selector: '#facing-up',
      expect: null,
      change: 'faced-up checkbox removed; gap-scan checkbox in its place',
    },
    {
      selector: '#sync-btn',
      expect: null,
      change: 'manual sync button removed; passive sync indicator instead',
    },
  ],
};

// 14. Telecoms: cell tower site lease management
const towerV1 = page(
  'Site NY-ALB-0317 — Lease',
  `<header><strong>SiteLedger</strong><nav><a href="/sites" class="active">Sites</a><a href="/leases">Leases</a><a href="/payments">Rent payments</a><a href="/applications">Collocation apps</a></nav><span class="muted">Lease admin: D. Fairbanks</span></header>
<div class="sidebar"><h3>NY-ALB-0317</h3><ul><li><a href="#overview">Overview</a></li><li><a href="#lease" class="current">Lease</a></li><li><a href="#tenants">Tenants</a></li><li><a href="#structural">Structural</a></li><li><a href="#docs">Documents</a></li></ul></div>
<main>
<h1>Ground lease — Van Alstyne Farm</h1>
<div class="grid">
<section class="card"><h2>Terms</h2>
<label for="lessor">Lessor</label><input id="lessor" name="lessor" value="Van Alstyne Family Trust">
<label for="commence">Commencement</label><input id="commence" type="date" name="commencement" value="2009-06-01">
<label for="expiry">Current term expires</label><input id="expiry" type="date" name="expiry" value="2029-05-31">
<label for="rent">Monthly rent (USD)</label><input id="rent" name="monthly_rent" value="2,150.00">
<label for="escalator">Escalator</label><select id="escalator" name="escalator"><option>3% annual</option><option>CPI-U</option><option>10% every 5 years</option></select>
<label><input type="checkbox" id="rofr" name="rofr" checked> Right of first refusal</label>
</section>
<section class="card"><h2>Renewals</h2>
<table class="renewals"><thead><tr><th>Option</th><th>Term</th><th>Notice by</th><th>Status</th></tr></thead><tbody>
<tr><td>1</td><td>2014–2019</td><td>2014-03-01</td><td>Exercised</td></tr>
<tr><td>2</td><td>2019–2024</td><td>2019-03-01</td><td>Exercised</td></tr>
<tr><td>3</td><td>2024–2029</td><td>2024-03-01</td><td>Exercised</td></tr>
<tr><td>4</td><td>2029–2034</td><td>2029-03-01</td><td><span class="status-open">Open</span></td></tr>
</tbody></table>
<button type="button" id="exercise-option">Exercise next option</button>
</section>
</div>
<section class="card"><h2>Tenants on structure</h2>
<table id="tenants"><thead><tr><th>Carrier</th><th>Rad center</th><th>Antennas</th><th>Rev share</th></tr></thead><tbody>
<tr><td>Verizon</td><td>148 ft</td><td>12</td><td>—</td></tr><tr><td>T-Mobile</td><td>135 ft</td><td>9</td><td>25%</td></tr><tr><td>Dish Wireless</td><td>122 ft</td><td>6</td><td>25%</td></tr>
</tbody></table>
</section>
<div class="row"><button type="button" id="save-lease">Save changes</button><button type="button" id="buyout-calc">Buyout calculator</button><button type="button" id="email-lessor">Email lessor</button></div>
</main>`,
);
const towerV2 = edit(towerV1, [
  [
    '<li><a href="#lease" class="current">Lease</a></li>',
    '<li><a href="#lease" class="current">Ground lease</a></li>',
  ],
  [
    '<h1>Ground lease — Van Alstyne Farm</h1>',
    '<div class="row"><h1>Van Alstyne Farm</h1><span class="badge">Ground lease</span><span class="spacer"></span><button type="button" data-test-id="lease-save">Save</button><button type="button" data-test-id="lease-contact">Contact landlord</button></div>',
  ],
  [
    '<label for="lessor">Lessor</label><input id="lessor" name="lessor" value="Van Alstyne Family Trust">',
    '<label for="landlord">Landlord</label><input id="landlord" name="landlord" value="Van Alstyne Family Trust">',
  ],
  [
    '<label for="expiry">Current term expires</label><input id="expiry" type="date" name="expiry" value="2029-05-31">',
    '<label for="termEnd">Term end</label><input id="termEnd" type="date" name="termEnd" value="2029-05-31">',
  ],
  [
    '<label for="rent">Monthly rent (USD)</label><input id="rent" name="monthly_rent" value="2,150.00">',
    '<label for="rent-amt">Rent</label><div class="row"><input id="rent-amt" name="rentAmount" value="2,150.00"><select name="rentPeriod" aria-label="Rent period"><option>per month</option><option>per year</option></select></div>',
  ],
  [
    '<label><input type="checkbox" id="rofr" name="rofr" checked> Right of first refusal</label>',
    '<label><input type="checkbox" id="coterminous" name="coterminous"> Coterminous with tenant leases</label>',
  ],
  [
    '<td>2029-03-01</td><td><span class="status-open">Open</span></td>',
    '<td>2029-03-01</td><td><span class="pill pill-warning">Available</span></td>',
  ],
  [
    '<button type="button" id="exercise-option">Exercise next option</button>',
    '<button type="button" class="btn-link" data-test-id="renewal-exercise">Exercise option 4</button>',
  ],
  [
    '<div class="row"><button type="button" id="save-lease">Save changes</button><button type="button" id="buyout-calc">Buyout calculator</button><button type="button" id="email-lessor">Email lessor</button></div>',
    '',
  ],
]);
const P14: PagePair = {
  name: 'cell-tower-ground-lease-17',
  v1: towerV1,
  v2: towerV2,
  targets: [
    { selector: '#lessor', expect: '#landlord', change: 'relabelled Landlord, renamed' },
    { selector: 'input[name="expiry"]', expect: '#termEnd', change: 'relabelled Term end, renamed' },
    { selector: '#rent', expect: '#rent-amt', change: 'relabelled Rent, period select added beside it' },
    {
      selector: '.renewals .status-open',
      expect: '.renewals .pill-warning',
      change: 'status Open restyled as Available pill',
    },
    {
      selector: '#exercise-option',
      expect: '[data-test-id="renewal-exercise"]',
      change: 'relabelled Exercise option 4, link-styled',
    },
    {
      selector: 'button:has-text("Email lessor")',
      expect: '[data-test-id="lease-contact"]',
      change: 'relabelled Contact landlord, moved to header',
    },
    { selector: '#rofr', expect: null, change: 'ROFR checkbox removed; coterminous checkbox in its place' },
    { selector: '#buyout-calc', expect: null, change: 'buyout calculator button removed' },
  ],
};

// 15. Legal: e-discovery document review
const edV1 = page(
  'Review — Batch 0412 — DOC-00188231',
  `<header><strong>ReviewPoint</strong><nav><a href="/batches" class="active">My batches</a><a href="/search">Search</a><a href="/productions">Productions</a></nav><span class="muted">Matter: Kessler v. Orion Logistics · Reviewer: A. Whitfield</span></header>
<main>
<div class="row"><a href="/doc/00188230" id="prev-doc">‹ Previous</a><span>Document 14 of 250</span><a href="/doc/00188232" id="next-doc">Next ›</a></div>
<div class="grid">
<section class="viewer card"><h2>DOC-00188231</h2><p class="muted">Email · From: r.osei@orionlog.com · To: m.kessler@orionlog.com · 12 Feb 2021 09:14</p><p>Subject: RE: Q1 route rebates — please keep this between us</p><p>Marcus, the Henderson numbers need to move before the audit. Call me, don't email.</p>
<div class="row"><button type="button" id="toggle-highlights">Hide hits</button><button type="button" id="native-view">Open native</button></div></section>
<section class="coding card"><h2>Coding</h2>
<fieldset><legend>Responsiveness</legend>
<label><input type="radio" name="resp" value="R" checked> Responsive</label>
<label><input type="radio" name="resp" value="NR"> Not responsive</label>
<label><input type="radio" name="resp" value="TECH"> Technical issue</label>
</fieldset>
<fieldset><legend>Privilege</legend>
<label><input type="checkbox" name="priv_ac"> Attorney–client</label>
<label><input type="checkbox" name="priv_wp"> Work product</label>
</fieldset>
<label for="issues">Issue tags</label><select id="issues" name="issues" multiple size="4"><option selected>Rebate scheme</option><option>Audit interference</option><option>Henderson account</option><option>Document destruction</option></select>
<label><input type="checkbox" id="hot-doc" name="hot"> Hot document</label>
<label for="rev-comment">Reviewer comment</label><textarea id="rev-comment" name="comment"></textarea>
<div class="row"><button type="button" class="save-next">Save &amp; next</button><button type="button" class="save-only">Save</button><button type="button" id="escalate-qc">Send to QC</button></div>
</section>
</div>
</main>`,
);
const edV2 = page(
  'Review — Batch 0412 — DOC-00188231',
  `<header><strong>ReviewPoint</strong><nav><a href="/batches" class="active">My batches</a><a href="/search">Search</a><a href="/productions">Productions</a></nav><span class="muted">Kessler v. Orion Logistics</span></header>
<main>
<div class="grid">
<section class="viewer card">
<div class="viewer-toolbar row"><button type="button" aria-label="Previous document" data-nav="prev">◀</button><span>14 / 250</span><button type="button" aria-label="Next document" data-nav="next">▶</button><span class="spacer"></span><label class="row"><input type="checkbox" role="switch" id="hits-switch" checked> Highlight search hits</label><button type="button" data-nav="native">Download native</button></div>
<h2>DOC-00188231</h2><p class="muted">Email · From: r.osei@orionlog.com · To: m.kessler@orionlog.com · 12 Feb 2021 09:14</p><p>Subject: RE: Q1 route rebates — please keep this between us</p><p>Marcus, the Henderson numbers need to move before the audit. Call me, don't email.</p></section>
<section class="coding-panel card"><h2>Coding layout: First-level review</h2>
<div class="field"><label for="cf-resp">Responsiveness</label><select id="cf-resp" name="cf_responsive"><option selected>Responsive</option><option>Not responsive</option><option>Needs further review</option></select></div>
<div class="field"><span class="muted">Privilege</span>
<label><input type="checkbox" name="cf_priv" value="ac"> Attorney–client privilege</label>
<label><input type="checkbox" name="cf_priv" value="wp"> Attorney work product</label>
<label><input type="checkbox" name="cf_priv" value="ci"> Common interest</label></div>
<div class="field"><span class="muted">Issues</span><div class="tag-input"><span class="tag">Rebate scheme ✕</span><input name="cf_issues" placeholder="Add issue…" aria-label="Add issue tag"></div></div>
<div class="field"><label for="cf-note">Notes</label><textarea id="cf-note" name="cf_note"></textarea></div>
<div class="row"><button type="button" class="btn-primary" data-action="save-advance">Save and next</button><button type="button" data-action="save">Save</button></div>
</section>
</div>
</main>`,
);
const P15: PagePair = {
  name: 'ediscovery-first-level-review-17',
  v1: edV1,
  v2: edV2,
  targets: [
    {
      selector: '#next-doc',
      expect: '[data-nav="next"]',
      change: 'text link became arrow icon button in viewer toolbar',
    },
    {
      selector: '#toggle-highlights',
      expect: '#hits-switch',
      change: 'toggle button became labelled switch',
    },
    {
      selector: 'input[name="resp"][value="NR"]',
      expect: '#cf-resp',
      change: 'responsiveness radios collapsed into one select',
    },
    {
      selector: 'input[name="priv_wp"]',
      expect: 'input[name="cf_priv"][value="wp"]',
      change: 'checkbox renamed, label reworded',
    },
    { selector: '#issues', expect: 'input[name="cf_issues"]', change: 'multi-select became tag input' },
    {
      selector: 'button.save-next',
      expect: '[data-action="save-advance"]',
      change: 'relabelled Save and next, class changed',
    },
    { selector: '#hot-doc', expect: null, change: 'hot document flag removed from the coding layout' },
    {
      selector: 'role=button[name="Send to QC"]',
      expect: null,
      change: 'send-to-QC action removed; only save buttons remain',
    },
  ],
};

// 16. NGO: humanitarian cash-transfer beneficiary registration (tablet)
const cashV1 = page(
  'Register household',
  `<header><strong>AidReg</strong><span class="muted">Camp Kakuma 4 · Enumerator: Grace Atieno · Offline (12 queued)</span></header>
<main>
<h1>New household registration</h1>
<form id="hh-form">
<h2>Head of household</h2>
<label for="hoh-name">Full name</label><input id="hoh-name" name="hoh_name" value="Nyakuol Deng Majok">
<label for="hoh-dob">Date of birth</label><input id="hoh-dob" type="date" name="hoh_dob" value="1988-01-01">
<label for="hoh-sex">Sex</label><select id="hoh-sex" name="hoh_sex"><option>Female</option><option>Male</option></select>
<label for="id-type">ID document</label><select id="id-type" name="id_type"><option>UNHCR proof of registration</option><option>National ID</option><option>None</option></select>
<label for="id-no">Document number</label><input id="id-no" name="id_number" value="KAK-22-048311">
<label for="phone">Mobile number (M-Pesa)</label><input id="phone" type="tel" name="phone" value="+254 712 448 019">
<h2>Household</h2>
<label for="hh-size">Household size</label><input id="hh-size" type="number" name="hh_size" value="7">
<label for="u5">Children under 5</label><input id="u5" type="number" name="under5" value="2">
<label><input type="checkbox" name="disability" id="disability"> Member with disability</label>
<label><input type="checkbox" name="pregnant" id="plw"> Pregnant or lactating woman</label>
<label for="shelter">Shelter type</label><select id="shelter" name="shelter"><option>Tent</option><option selected>Mud brick</option><option>Iron sheet</option></select>
<div class="row"><button type="button" id="capture-photo">Capture photo</button><button type="button" id="fingerprint">Scan fingerprints</button></div>
<label><input type="checkbox" id="consent" name="consent" checked> Beneficiary gave informed consent to data processing</label>
<div class="row"><button type="button" id="save-draft-hh">Save draft</button><button type="submit" id="register">Register household</button></div>
</form>
</main>`,
  'main{max-width:800px}form{max-width:560px}',
);
const cashV2 = edit(cashV1, [
  [
    '<h1>New household registration</h1>',
    '<h1>Household intake</h1><ol class="stepper row"><li>Head</li><li>Members</li><li>Biometrics</li><li>Consent</li></ol>',
  ],
  [
    '<label for="hoh-name">Full name</label><input id="hoh-name" name="hoh_name" value="Nyakuol Deng Majok">',
    '<div class="row"><label for="given">Given name</label><input id="given" name="givenName" value="Nyakuol"><label for="family">Family name</label><input id="family" name="familyName" value="Deng Majok"></div>',
  ],
  [
    '<label for="hoh-sex">Sex</label><select id="hoh-sex" name="hoh_sex"><option>Female</option><option>Male</option></select>',
    '<span class="muted">Sex</span><div class="row" role="radiogroup" aria-label="Sex"><label><input type="radio" name="sex" value="F" checked> Female</label><label><input type="radio" name="sex" value="M"> Male</label></div>',
  ],
  [
    '<label for="phone">Mobile number (M-Pesa)</label><input id="phone" type="tel" name="phone" value="+254 712 448 019">',
    '<label for="wallet">Mobile money number</label><input id="wallet" type="tel" name="walletMsisdn" value="+254 712 448 019"><select name="walletProvider" aria-label="Provider"><option>M-Pesa</option><option>Airtel Money</option></select>',
  ],
  [
    '<label for="hh-size">Household size</label><input id="hh-size" type="number" name="hh_size" value="7">',
    '<label for="members">Number of members</label><input id="members" type="number" name="memberCount" value="7" min="1">',
  ],
  [
    '<label for="u5">Children under 5</label><input id="u5" type="number" name="under5" value="2">',
    '<label for="hh-elderly">Members over 60</label><input id="hh-elderly" type="number" name="over60" value="1">',
  ],
  [
    '<label><input type="checkbox" name="pregnant" id="plw"> Pregnant or lactating woman</label>',
    '<label><input type="checkbox" name="plw" id="plw-flag"> Pregnant / lactating member</label>',
  ],
  [
    '<label for="shelter">Shelter type</label><select id="shelter" name="shelter"><option>Tent</option><option selected>Mud brick</option><option>Iron sheet</option></select>\n',
    '',
  ],
  [
    '<div class="row"><button type="button" id="capture-photo">Capture photo</button><button type="button" id="fingerprint">Scan fingerprints</button></div>',
    '<div class="row biometrics"><button type="button" class="bio-btn" data-kind="face">📷 Photo</button><button type="button" class="bio-btn" data-kind="iris">👁 Iris scan</button></div>',
  ],
  [
    '<div class="row"><button type="button" id="save-draft-hh">Save draft</button><button type="submit" id="register">Register household</button></div>',
    '<div class="row"><button type="button" id="save-draft-hh">Save draft</button><button type="submit" class="primary" data-testid="hh-submit">Submit registration</button></div>',
  ],
]);
const P16: PagePair = {
  name: 'cash-transfer-household-intake-17',
  v1: cashV1,
  v2: cashV2,
  targets: [
    {
      selector: '#hoh-sex',
      expect: '[role="radiogroup"][aria-label="Sex"]',
      change: 'sex select became radio group',
    },
    {
      selector: 'input[name="phone"]',
      expect: '#wallet',
      change: 'relabelled mobile money number, provider select added',
    },
    { selector: '#plw', expect: '#plw-flag', change: 'checkbox renamed and reworded' },
    {
      selector: '#capture-photo',
      expect: '.bio-btn[data-kind="face"]',
      change: 'relabelled Photo with icon, id dropped',
    },
    {
      selector: 'button:has-text("Register household")',
      expect: '[data-testid="hh-submit"]',
      change: 'relabelled Submit registration',
    },
    { selector: '#hh-size', expect: '#members', change: 'relabelled Number of members, renamed' },
    {
      selector: '#fingerprint',
      expect: null,
      change: 'fingerprint capture removed; iris scan button now in its place',
    },
    { selector: '#u5', expect: null, change: 'under-5 count removed; over-60 count now in its place' },
  ],
};

// 17. Sports: golf club tee sheet (pro shop)
const tee = (t: string, players: string, holes: string, status: string) =>
  `<tr><td class="time">${t}</td><td>${players}</td><td>${holes}</td><td class="st">${status}</td><td><button type="button" class="checkin">Check in</button></td></tr>`;
const golfV1 = page(
  'Tee sheet — Saturday 12 April',
  `<header><strong>Fairway POS</strong><nav><a href="/teesheet" class="active">Tee sheet</a><a href="/members">Members</a><a href="/shop">Pro shop</a><a href="/carts">Carts</a></nav><span class="muted">Westbrook Golf Club · Starter: Liam</span></header>
<main>
<div class="row"><button type="button" id="prev-day">‹</button><h1>Saturday, 12 April 2025</h1><button type="button" id="next-day">›</button><select id="course" name="course"><option>Championship (18)</option><option>Academy (9)</option></select><label><input type="checkbox" id="show-blocked"> Show blocked times</label></div>
<table id="tee-sheet"><thead><tr><th>Time</th><th>Players</th><th>Holes</th><th>Status</th><th></th></tr></thead><tbody>
${tee('07:30', 'Harper, Mills, Quinn, O’Rourke', '18', 'Checked in')}
${tee('07:40', 'Patel, Patel', '18', 'Booked')}
${tee('07:50', 'Members’ comp (4)', '18', 'Booked')}
${tee('08:00', 'Visitor: Chen + 2', '18', 'Booked')}
${tee('08:10', '—', '—', 'Open')}
</tbody></table>
<section class="card" id="booking-panel"><h2>New booking · 08:10</h2>
<label for="lead">Lead player</label><input id="lead" name="lead_player" placeholder="Member name or number" value="Dunne, Aoife (M-2211)">
<label for="players">Players</label><select id="players" name="players"><option>1</option><option>2</option><option selected>3</option><option>4</option></select>
<label for="holes">Holes</label><select id="holes" name="holes"><option>9</option><option selected>18</option></select>
<label><input type="checkbox" id="cart" name="cart" checked> Buggy required</label>
<label><input type="checkbox" id="caddie" name="caddie"> Caddie requested</label>
<label for="green-fee">Green fee</label><input id="green-fee" name="green_fee" value="£0.00 (member)">
<div class="row"><button type="button" id="book">Book tee time</button><button type="button" id="clear-booking">Clear</button></div>
</section>
</main>`,
);
const golfV2 = edit(golfV1, [
  [
    '<div class="row"><button type="button" id="prev-day">‹</button><h1>Saturday, 12 April 2025</h1><button type="button" id="next-day">›</button><select id="course" name="course"><option>Championship (18)</option><option>Academy (9)</option></select><label><input type="checkbox" id="show-blocked"> Show blocked times</label></div>',
    '<div class="row"><h1>Tee sheet</h1><input type="date" aria-label="Date" value="2025-04-12"><div role="tablist" class="course-tabs"><button role="tab" aria-selected="true" data-course="champ">Championship</button><button role="tab" aria-selected="false" data-course="academy">Academy</button></div><button type="button" class="btn-today">Today</button></div>',
  ],
  ['<table id="tee-sheet">', '<table class="ts-grid" data-testid="tee-grid">'],
  [
    '<tr><td class="time">07:40</td><td>Patel, Patel</td><td>18</td><td class="st">Booked</td><td><button type="button" class="checkin">Check in</button></td></tr>',
    '<tr><td class="time">07:40</td><td>Patel, Patel</td><td>18</td><td class="st"><span class="status status--booked">Reserved</span></td><td><button type="button" class="arrive-btn">Arrived</button></td></tr>',
  ],
  [
    '<section class="card" id="booking-panel"><h2>New booking · 08:10</h2>',
    '<section class="card drawer" id="reserve-drawer"><h2>Reserve 08:10</h2>',
  ],
  [
    '<label for="lead">Lead player</label><input id="lead" name="lead_player" placeholder="Member name or number" value="Dunne, Aoife (M-2211)">',
    '<label for="booker">Booked by</label><input id="booker" name="bookedBy" role="combobox" placeholder="Search members…" value="Dunne, Aoife (M-2211)">',
  ],
  [
    '<label for="players">Players</label><select id="players" name="players"><option>1</option><option>2</option><option selected>3</option><option>4</option></select>',
    '<span class="muted">Players</span><div class="row qty-stepper" role="group" aria-label="Players"><button type="button" aria-label="Fewer players">−</button><output id="player-count">3</output><button type="button" aria-label="More players">+</button></div>',
  ],
  [
    '<label><input type="checkbox" id="cart" name="cart" checked> Buggy required</label>',
    '<label class="row"><button type="button" role="switch" aria-checked="true" id="buggy-switch"></button> Buggy</label>',
  ],
  [
    '<label><input type="checkbox" id="caddie" name="caddie"> Caddie requested</label>',
    '<label><input type="checkbox" id="trolley" name="trolley"> Electric trolley hire</label>',
  ],
  [
    '<div class="row"><button type="button" id="book">Book tee time</button><button type="button" id="clear-booking">Clear</button></div>',
    '<div class="row"><button type="button" id="clear-booking">Reset</button><button type="button" class="primary" data-testid="reserve-confirm">Confirm reservation</button></div>',
  ],
]);
const P17: PagePair = {
  name: 'golf-club-tee-sheet-17',
  v1: golfV1,
  v2: golfV2,
  targets: [
    { selector: '#course', expect: '[role="tablist"].course-tabs', change: 'course select became tabs' },
    {
      selector: '#tee-sheet tbody tr:nth-of-type(2) .checkin',
      expect: '.ts-grid tbody tr:nth-of-type(2) .arrive-btn',
      change: 'Check in relabelled Arrived, class and table id changed',
    },
    { selector: '#lead', expect: '#booker', change: 'relabelled Booked by, became member combobox' },
    { selector: 'select[name="players"]', expect: '.qty-stepper', change: 'player select became stepper' },
    { selector: '#cart', expect: '#buggy-switch', change: 'checkbox became switch' },
    {
      selector: 'button:has-text("Book tee time")',
      expect: '[data-testid="reserve-confirm"]',
      change: 'relabelled Confirm reservation, moved after Reset',
    },
    {
      selector: '#caddie',
      expect: null,
      change: 'caddie request removed; trolley hire checkbox in its place',
    },
    { selector: '#show-blocked', expect: null, change: 'blocked-times toggle removed from the header' },
  ],
};

// 18. Transport: ferry port vehicle check-in booth (phone/tablet)
const ferryV1 = page(
  'Check-in — 14:30 Holyhead → Dublin',
  `<header><strong>PortCheck</strong><span class="muted">Booth 3 · Sailing HD1430 · Stena Adventurer</span></header>
<main>
<div class="row"><label for="booking-ref">Booking ref</label><input id="booking-ref" name="ref" value="SL7K2Q"><button type="button" id="lookup">Find</button><button type="button" id="anpr">Read plate</button></div>
<section class="card"><h2>Booking SL7K2Q</h2>
<p>Lead: Mr Owen Pritchard · 2 adults, 1 child · Dog: yes</p>
<label for="reg">Registration</label><input id="reg" name="vehicle_reg" value="CU19 XKR">
<label for="veh-type">Vehicle type</label><select id="veh-type" name="vehicle_type"><option>Car</option><option selected>Car + caravan</option><option>Motorhome</option><option>Motorcycle</option><option>Van</option></select>
<label for="veh-len">Length (m)</label><input id="veh-len" name="length_m" value="11.2">
<label for="veh-height">Height over 1.85 m</label><select id="veh-height" name="over_height"><option>No</option><option selected>Yes</option></select>
<label><input type="checkbox" id="lpg" name="lpg" checked> Carrying LPG (cylinders isolated)</label>
<label><input type="checkbox" id="roof-box" name="roof_box"> Roof box / bikes on roof</label>
<label for="lane">Lane</label><select id="lane" name="lane"><option>Lane 4 (cars)</option><option selected>Lane 9 (high vehicles)</option><option>Lane 12 (freight)</option></select>
</section>
<div class="row"><button type="button" id="print-hanger">Print hanger</button><button type="button" id="print-boarding">Print boarding cards</button><button type="submit" id="checkin-btn">Check in</button></div>
<p class="muted">Checked in 212 of 388 vehicles · Gate closes 14:00</p>
</main>`,
  'body{max-width:600px;margin:0 auto}',
);
const ferryV2 = page(
  'Check-in — 14:30 Holyhead → Dublin',
  `<header><strong>PortCheck</strong><span class="muted">Booth 3 · HD1430</span><span class="badge">212 / 388</span></header>
<main>
<form class="row lookup" role="search"><input name="bookingRef" aria-label="Booking reference" placeholder="Booking reference" value="SL7K2Q"><button type="submit" class="icon" aria-label="Search booking">🔍</button><button type="button" class="icon" aria-label="Scan booking QR">▦</button></form>
<section class="card vehicle"><h2>SL7K2Q · Pritchard</h2>
<p>2 adults, 1 child · 🐕 Pet on board</p>
<div class="grid">
<div><label for="v-reg">Reg. plate</label><input id="v-reg" name="reg" value="CU19 XKR"></div>
<div><label for="v-cat">Category</label><select id="v-cat" name="category"><option>Car</option><option selected>Car + caravan</option><option>Motorhome</option><option>Motorcycle</option><option>Van</option></select></div>
<div><label for="v-len">Overall length</label><input id="v-len" name="lengthMetres" value="11.2"><span class="muted">m</span></div>
<div><label for="v-ht">Height (m)</label><input id="v-ht" name="heightMetres" value="2.6"></div>
</div>
<fieldset><legend>Dangerous goods</legend><label><input type="checkbox" id="dg-lpg" name="dg" value="lpg" checked> LPG</label><label><input type="checkbox" id="dg-fuel" name="dg" value="fuel"> Spare fuel cans</label></fieldset>
<span class="muted">Lane</span><div class="lane-picker row" role="radiogroup" aria-label="Lane"><button type="button" role="radio" aria-checked="false">4</button><button type="button" role="radio" aria-checked="true">9</button><button type="button" role="radio" aria-checked="false">12</button></div>
</section>
<div class="row actions"><button type="button" class="secondary" data-print="boarding">Boarding cards</button><button type="submit" class="primary" data-action="checkin">Check in vehicle</button></div>
</main>`,
  'body{max-width:600px;margin:0 auto}',
);
const P18: PagePair = {
  name: 'ferry-vehicle-check-in-booth-17',
  v1: ferryV1,
  v2: ferryV2,
  targets: [
    {
      selector: '#booking-ref',
      expect: 'input[name="bookingRef"]',
      change: 'label replaced by aria-label, id dropped',
    },
    {
      selector: '#lookup',
      expect: 'button[aria-label="Search booking"]',
      change: 'Find button became search icon',
    },
    {
      selector: 'input[name="vehicle_reg"]',
      expect: '#v-reg',
      change: 'relabelled Reg. plate, renamed, in grid',
    },
    {
      selector: '#veh-height',
      expect: '#v-ht',
      change: 'yes/no over-height select became numeric height input',
    },
    { selector: '#lpg', expect: '#dg-lpg', change: 'moved into dangerous goods fieldset, reworded' },
    {
      selector: 'select[name="lane"]',
      expect: '.lane-picker',
      change: 'lane select became button radio group',
    },
    {
      selector: '#print-hanger',
      expect: null,
      change: 'mirror hanger printing removed; boarding cards button now first',
    },
    {
      selector: '#anpr',
      expect: null,
      change: 'plate-reading button removed; QR scan button stands in the lookup bar',
    },
  ],
};

// 19. Healthcare: home health nurse visit scheduling
const visit = (id: string, pt: string, addr: string, disc: string, time: string, clin: string) =>
  `<tr id="v-${id}"><td><a href="/patients/${id}">${pt}</a></td><td>${addr}</td><td>${disc}</td><td>${time}</td><td>${clin}</td><td><button type="button" class="reassign">Reassign</button></td></tr>`;
const hhV1 = page(
  'Visit schedule — Tue 18 Mar',
  `<header><strong>CareRoute</strong><nav><a href="/schedule" class="active">Schedule</a><a href="/patients">Patients</a><a href="/clinicians">Clinicians</a><a href="/oasis">OASIS</a><a href="/billing">Billing</a></nav><span class="muted">Scheduler: Brenda Cho · North Metro branch</span></header>
<main>
<h1>Tuesday 18 March</h1>
<div class="row filters"><label for="disc-filter">Discipline</label><select id="disc-filter"><option>All</option><option>SN</option><option>PT</option><option>OT</option><option>HHA</option></select><label for="clin-filter">Clinician</label><select id="clin-filter"><option>All clinicians</option><option>Rosa Jimenez, RN</option><option>Tom Becker, PT</option><option>Ama Boateng, LPN</option></select><button type="button" id="optimize">Optimize routes</button><button type="button" id="map-view">Map view</button></div>
<table id="visits"><thead><tr><th>Patient</th><th>Address</th><th>Visit</th><th>Time</th><th>Clinician</th><th></th></tr></thead><tbody>
${visit('40112', 'Alvarez, Rosa', '1123 Birch Ln, Anoka', 'SN – wound care', '08:30', 'Rosa Jimenez, RN')}
${visit('40187', 'Greene, Harold', '77 Lakeview Ct, Coon Rapids', 'PT – eval', '09:15', 'Tom Becker, PT')}
${visit('40203', 'Nakamura, Jun', '5400 Main St #210, Fridley', 'SN – INR draw', '10:00', 'Ama Boateng, LPN')}
${visit('40219', 'O’Brien, Kathleen', '19 Elm Dr, Blaine', 'SN – recert OASIS', '11:30', 'Rosa Jimenez, RN')}
</tbody></table>
<section class="card"><h2>Add visit</h2>
<form id="add-visit">
<label for="patient">Patient</label><input id="patient" name="patient" value="Nakamura, Jun (MRN 40203)">
<label for="visit-type">Visit type</label><select id="visit-type" name="visit_type"><option>SN – skilled nursing</option><option>PT – physical therapy</option><option>OT – occupational therapy</option><option>HHA – aide</option></select>
<label for="visit-date">Date</label><input id="visit-date" type="date" name="date" value="2025-03-20">
<label for="window">Time window</label><select id="window" name="window"><option>08:00–10:00</option><option>10:00–12:00</option><option>13:00–15:00</option></select>
<label><input type="checkbox" id="interpreter" name="interpreter"> Interpreter needed (Japanese)</label>
<label><input type="checkbox" id="call-ahead" name="call_ahead" checked> Call patient 30 min ahead</label>
<div class="row"><button type="submit" id="schedule-visit">Schedule visit</button><button type="reset">Reset</button></div>
</form>
</section>
</main>`,
);
const hhV2 = edit(hhV1, [
  [
    '<h1>Tuesday 18 March</h1>',
    '<div class="row"><h1>Schedule</h1><span class="muted">Tue 18 Mar 2025</span><span class="spacer"></span><button type="button" class="btn btn-primary" data-qa="new-visit">+ New visit</button></div>',
  ],
  [
    '<label for="disc-filter">Discipline</label><select id="disc-filter"><option>All</option><option>SN</option><option>PT</option><option>OT</option><option>HHA</option></select>',
    '<div class="chips" role="group" aria-label="Discipline"><button type="button" aria-pressed="true">All</button><button type="button" aria-pressed="false">SN</button><button type="button" aria-pressed="false">PT</button><button type="button" aria-pressed="false">OT</button><button type="button" aria-pressed="false">HHA</button></div>',
  ],
  [
    '<button type="button" id="optimize">Optimize routes</button><button type="button" id="map-view">Map view</button>',
    '<button type="button" data-qa="auto-route">Auto-route</button><div role="tablist"><button role="tab" aria-selected="true">List</button><button role="tab" aria-selected="false" data-qa="map-tab">Map</button></div>',
  ],
  ['<table id="visits">', '<table class="visit-table">'],
  [
    '<td>SN – INR draw</td><td>10:00</td><td>Ama Boateng, LPN</td><td><button type="button" class="reassign">Reassign</button></td>',
    '<td>SN – INR draw</td><td>10:00</td><td>Ama Boateng, LPN</td><td><button type="button" class="row-action" aria-label="Change clinician for Nakamura, Jun">Change clinician</button></td>',
  ],
  ['<section class="card"><h2>Add visit</h2>', '<section class="card"><h2>New visit</h2>'],
  [
    '<label for="window">Time window</label><select id="window" name="window"><option>08:00–10:00</option><option>10:00–12:00</option><option>13:00–15:00</option></select>',
    '<label for="start-time">Preferred start</label><input id="start-time" type="time" name="startTime" value="08:00">',
  ],
  [
    '<label><input type="checkbox" id="interpreter" name="interpreter"> Interpreter needed (Japanese)</label>',
    '<label><input type="checkbox" id="telehealth" name="telehealth"> Telehealth visit</label>',
  ],
  [
    '<label><input type="checkbox" id="call-ahead" name="call_ahead" checked> Call patient 30 min ahead</label>\n',
    '',
  ],
  [
    '<div class="row"><button type="submit" id="schedule-visit">Schedule visit</button><button type="reset">Reset</button></div>',
    '<div class="row"><button type="reset">Clear form</button><button type="submit" data-qa="visit-save">Save visit</button></div>',
  ],
]);
const P19: PagePair = {
  name: 'home-health-visit-scheduler-17',
  v1: hhV1,
  v2: hhV2,
  targets: [
    {
      selector: '#disc-filter',
      expect: '[aria-label="Discipline"]',
      change: 'discipline select became chip group',
    },
    { selector: '#optimize', expect: '[data-qa="auto-route"]', change: 'relabelled Auto-route' },
    { selector: 'text=Map view', expect: '[data-qa="map-tab"]', change: 'button became Map tab' },
    {
      selector: '#v-40203 .reassign',
      expect: '[aria-label="Change clinician for Nakamura, Jun"]',
      change: 'Reassign relabelled Change clinician, class changed',
    },
    {
      selector: '#schedule-visit',
      expect: '[data-qa="visit-save"]',
      change: 'relabelled Save visit, moved after Clear form',
    },
    {
      selector: '#interpreter',
      expect: null,
      change: 'interpreter flag removed; telehealth checkbox now in its place',
    },
    {
      selector: 'select#window',
      expect: '#start-time',
      change: 'time-window select became preferred start time input',
    },
    { selector: '#call-ahead', expect: null, change: 'call-ahead option removed' },
  ],
};

// 20. Real estate: MLS listing editor
const mlsV1 = page(
  'Edit listing 24-118832 — 418 Maple Ridge Dr',
  `<header><strong>NorthStar MLS</strong><nav><a href="/listings" class="active">My listings</a><a href="/search">Search</a><a href="/cma">CMA</a><a href="/showings">Showings</a></nav><span class="muted">Agent: Priya Raman · Lakeside Realty</span></header>
<main>
<h1>Edit listing 24-118832</h1>
<div class="tabs"><a href="#general" class="tab active">General</a><a href="#rooms" class="tab">Rooms</a><a href="#photos" class="tab">Photos (24)</a><a href="#remarks" class="tab">Remarks</a><a href="#showing" class="tab">Showing instructions</a></div>
<form id="listing-form" class="grid">
<div>
<label for="list-price">List price</label><input id="list-price" name="ListPrice" value="489,900">
<label for="status">Status</label><select id="status" name="StandardStatus"><option>Coming soon</option><option selected>Active</option><option>Pending</option><option>Closed</option></select>
<label for="beds">Bedrooms</label><input id="beds" name="BedroomsTotal" type="number" value="4">
<label for="baths">Full baths</label><input id="baths" name="BathroomsFull" type="number" value="2">
<label for="sqft">Finished sq ft</label><input id="sqft" name="LivingArea" value="2,640">
<label for="yr">Year built</label><input id="yr" name="YearBuilt" value="1998">
</div>
<div>
<label for="pub-remarks">Public remarks</label><textarea id="pub-remarks" name="PublicRemarks" rows="6">Sun-filled 4BR colonial on a quiet cul-de-sac backing onto conservation land. Updated kitchen with quartz counters.</textarea>
<label for="priv-remarks">Agent-only remarks</label><textarea id="priv-remarks" name="PrivateRemarks" rows="3">Sellers prefer 45-day close.</textarea>
<label><input type="checkbox" name="VirtualTour" id="vt"> Virtual tour available</label>
<label><input type="checkbox" name="IDXOptIn" id="idx" checked> Display on IDX sites</label>
<label><input type="checkbox" name="AVMBlock" id="avm"> Block automated valuations</label>
</div>
</form>
<div class="row"><button type="button" id="save-listing">Save</button><button type="button" id="preview">Preview</button><button type="button" id="withdraw">Withdraw listing</button><a href="/listings/24-118832/history" id="price-history">Price history</a></div>
</main>`,
);
const mlsV2 = edit(mlsV1, [
  [
    '<h1>Edit listing 24-118832</h1>',
    '<div class="row"><h1>418 Maple Ridge Dr</h1><span class="badge">MLS# 24-118832</span><span class="spacer"></span><button type="button" data-cy="listing-preview">👁 Preview</button><button type="button" class="MuiButton-root MuiButton-contained" data-cy="listing-save">Save changes</button></div>',
  ],
  ['<a href="#remarks" class="tab">Remarks</a>', '<a href="#remarks" class="tab">Descriptions</a>'],
  [
    '<a href="#showing" class="tab">Showing instructions</a>',
    '<a href="#showing" class="tab">Showings</a><a href="#history" class="tab" data-cy="tab-history">History</a>',
  ],
  [
    '<label for="list-price">List price</label><input id="list-price" name="ListPrice" value="489,900">',
    '<label for="ListPrice-input">Price</label><div class="MuiInputBase-root row"><span>$</span><input id="ListPrice-input" class="MuiInputBase-input" inputmode="numeric" value="489,900"></div>',
  ],
  [
    '<label for="status">Status</label><select id="status" name="StandardStatus">',
    '<label for="mls-status">Listing status</label><select id="mls-status" name="MlsStatus">',
  ],
  [
    '<label for="baths">Full baths</label><input id="baths" name="BathroomsFull" type="number" value="2">',
    '<label for="bathsTotal">Bathrooms (total)</label><input id="bathsTotal" name="BathroomsTotalInteger" type="number" value="3">',
  ],
  [
    '<label for="pub-remarks">Public remarks</label><textarea id="pub-remarks" name="PublicRemarks" rows="6">',
    '<label for="desc-public">Property description</label><textarea id="desc-public" name="PublicRemarks" class="MuiInputBase-input" rows="8">',
  ],
  [
    '<label><input type="checkbox" name="AVMBlock" id="avm"> Block automated valuations</label>',
    '<label><input type="checkbox" name="AllowComments" id="comments"> Allow consumer comments</label>',
  ],
  [
    '<div class="row"><button type="button" id="save-listing">Save</button><button type="button" id="preview">Preview</button><button type="button" id="withdraw">Withdraw listing</button><a href="/listings/24-118832/history" id="price-history">Price history</a></div>',
    '<details class="danger-zone" open><summary>More actions</summary><button type="button" class="MuiButton-root MuiButton-outlinedError" data-cy="listing-withdraw">Withdraw</button></details>',
  ],
]);
const P20: PagePair = {
  name: 'mls-listing-editor-17',
  v1: mlsV1,
  v2: mlsV2,
  targets: [
    {
      selector: '#list-price',
      expect: '#ListPrice-input',
      change: 'relabelled Price, wrapped with currency adornment, name dropped',
    },
    {
      selector: 'select[name="StandardStatus"]',
      expect: '#mls-status',
      change: 'relabelled Listing status, renamed',
    },
    {
      selector: '#pub-remarks',
      expect: '#desc-public',
      change: 'relabelled Property description, id changed',
    },
    {
      selector: '#save-listing',
      expect: '[data-cy="listing-save"]',
      change: 'relabelled Save changes, moved to header',
    },
    {
      selector: 'button:has-text("Withdraw listing")',
      expect: '[data-cy="listing-withdraw"]',
      change: 'relabelled Withdraw, moved into danger zone',
    },
    { selector: '#price-history', expect: '[data-cy="tab-history"]', change: 'link became History tab' },
    {
      selector: '#baths',
      expect: null,
      change: 'full-baths field removed; total bathrooms field now in its place',
    },
    { selector: '#avm', expect: null, change: 'AVM block removed; consumer comments checkbox in its place' },
  ],
};

// 21. HR: leave / PTO request approvals (manager)
const leave = (id: string, who: string, type: string, dates: string, days: string, bal: string) =>
  `<tr data-request="${id}"><td><input type="checkbox" name="sel" value="${id}" aria-label="Select ${who}"></td><td>${who}</td><td>${type}</td><td>${dates}</td><td>${days}</td><td>${bal}</td><td><button type="button" class="approve-btn">Approve</button><button type="button" class="deny-btn">Deny</button></td></tr>`;
const ptoV1 = page(
  'Time-off approvals',
  `<header><strong>PeopleHub</strong><nav><a href="/me">Me</a><a href="/team" class="active">My team</a><a href="/calendar">Team calendar</a><a href="/policies">Policies</a></nav><span class="muted">Manager: Hannah Lindgren</span></header>
<main>
<h1>Pending time-off requests <span class="badge" id="pending-count">5</span></h1>
<div class="row"><select id="type-filter" name="type"><option>All leave types</option><option>Vacation</option><option>Sick</option><option>Parental</option><option>Unpaid</option></select><input type="search" id="emp-search" placeholder="Filter by employee"><label><input type="checkbox" id="overlap-only"> Only overlapping requests</label></div>
<table id="requests"><thead><tr><th></th><th>Employee</th><th>Type</th><th>Dates</th><th>Days</th><th>Balance after</th><th></th></tr></thead><tbody>
${leave('LR-3011', 'Jonas Eriksson', 'Vacation', '14–25 Jul', '10', '8.5')}
${leave('LR-3014', 'Maya Fischer', 'Vacation', '21–25 Jul', '5', '12')}
${leave('LR-3019', 'Kofi Mensah', 'Sick', '3 Jun', '1', '—')}
${leave('LR-3022', 'Lena Novak', 'Unpaid', '1–12 Sep', '10', '—')}
${leave('LR-3025', 'Arjun Mehta', 'Parental', '1 Oct – 31 Dec', '65', '—')}
</tbody></table>
<div class="row"><button type="button" id="bulk-approve">Approve selected</button><button type="button" id="bulk-deny">Deny selected</button><button type="button" id="export-xls">Export to Excel</button></div>
<section class="card"><h2>Comment to employee</h2><textarea id="mgr-comment" name="comment" rows="3" placeholder="Optional message included in the notification"></textarea><label><input type="checkbox" id="notify-hr" name="notify_hr"> Copy HR business partner</label></section>
</main>`,
);
const leave2 = (id: string, who: string, type: string, dates: string, days: string, bal: string) =>
  `<article class="req-card" data-id="${id}"><header class="row"><input type="checkbox" aria-label="Select ${who}"><strong>${who}</strong><span class="badge">${type}</span></header><p>${dates} · ${days} days · balance after: ${bal}</p><div class="row"><button type="button" class="btn-approve" aria-label="Approve ${who}">✓ Approve</button><button type="button" class="btn-decline" aria-label="Decline ${who}">✕ Decline</button></div></article>`;
const ptoV2 = page(
  'Time-off approvals',
  `<header><strong>PeopleHub</strong><nav><a href="/me">Me</a><a href="/team" class="active">My team</a><a href="/calendar">Team calendar</a><a href="/policies">Policies</a></nav><span class="muted">Manager: Hannah Lindgren</span></header>
<main>
<div class="row"><h1>Approvals</h1><span class="count-pill" data-testid="approvals-pending">5 waiting</span></div>
<div class="row"><div role="tablist"><button role="tab" aria-selected="true">All</button><button role="tab">Vacation</button><button role="tab">Sick</button><button role="tab">Parental</button><button role="tab">Unpaid</button></div><input type="search" name="employee" aria-label="Search employees" placeholder="Search people"><button type="button" aria-pressed="false" class="toggle-chip">Conflicts only</button></div>
<div class="req-list">
${leave2('LR-3011', 'Jonas Eriksson', 'Vacation', '14–25 Jul', '10', '8.5')}
${leave2('LR-3014', 'Maya Fischer', 'Vacation', '21–25 Jul', '5', '12')}
${leave2('LR-3019', 'Kofi Mensah', 'Sick', '3 Jun', '1', '—')}
${leave2('LR-3022', 'Lena Novak', 'Unpaid', '1–12 Sep', '10', '—')}
${leave2('LR-3025', 'Arjun Mehta', 'Parental', '1 Oct – 31 Dec', '65', '—')}
</div>
<div class="bulk-bar row"><span>0 selected</span><button type="button" data-testid="bulk-approve">Approve all selected</button><button type="button" data-testid="bulk-decline">Decline all selected</button></div>
<section class="card"><h2>Message</h2><textarea name="managerNote" rows="3" aria-label="Message to employee" placeholder="Added to the approval email"></textarea></section>
</main>`,
);
const P21: PagePair = {
  name: 'manager-time-off-approvals-17',
  v1: ptoV1,
  v2: ptoV2,
  targets: [
    {
      selector: '#pending-count',
      expect: '[data-testid="approvals-pending"]',
      change: 'count badge became pill with text',
    },
    { selector: '#type-filter', expect: '[role="tablist"]', change: 'leave type select became tabs' },
    {
      selector: '#overlap-only',
      expect: '.toggle-chip',
      change: 'checkbox became Conflicts only toggle chip',
    },
    {
      selector: 'tr[data-request="LR-3014"] .approve-btn',
      expect: '[data-id="LR-3014"] .btn-approve',
      change: 'table became cards, icon added',
    },
    {
      selector: 'tr[data-request="LR-3022"] .deny-btn',
      expect: '[data-id="LR-3022"] .btn-decline',
      change: 'table became cards, Deny relabelled Decline',
    },
    {
      selector: '#mgr-comment',
      expect: 'textarea[name="managerNote"]',
      change: 'renamed, heading reworded, id dropped',
    },
    { selector: '#export-xls', expect: null, change: 'Excel export removed from bulk bar' },
    { selector: '#notify-hr', expect: null, change: 'copy-HR option removed' },
  ],
};

// 22. Public sector: city 311 service request intake (call-center agent)
const srV1 = page(
  '311 — New service request',
  `<header><strong>City of Millbrook 311</strong><nav><a href="/requests/new" class="active">New request</a><a href="/requests">Search requests</a><a href="/kb">Knowledge base</a></nav><span class="muted">Agent: D. Kowalczyk · Line 4 · Call 00:03:12</span></header>
<aside class="card"><h3>Nearby open requests</h3><ul><li><a href="/sr/25-088112">25-088112 Pothole · 40 m</a></li><li><a href="/sr/25-087990">25-087990 Streetlight out · 120 m</a></li></ul><button type="button" id="link-dup">Link as duplicate</button></aside>
<main>
<h1>New service request</h1>
<form id="sr-form">
<label for="category">Category</label><select id="category" name="category"><option>Streets – Pothole</option><option>Streets – Streetlight out</option><option>Sanitation – Missed pickup</option><option>Parks – Graffiti</option><option>Animals – Dead animal</option></select>
<label for="address">Location</label><input id="address" name="address" value="2215 Hawthorne Ave">
<label for="cross-street">Cross street</label><input id="cross-street" name="cross_street" value="at 23rd St">
<label for="desc">Description</label><textarea id="desc" name="description" rows="4">Large pothole in eastbound lane, approx. 2 ft wide, caller reports tire damage.</textarea>
<label for="priority">Priority</label><select id="priority" name="priority"><option>Standard</option><option selected>High</option><option>Emergency</option></select>
<fieldset><legend>Caller</legend>
<label for="caller-name">Name</label><input id="caller-name" name="caller_name" value="Renée Albright">
<label for="caller-phone">Phone</label><input id="caller-phone" name="caller_phone" value="(555) 014-2231">
<label><input type="checkbox" id="anon" name="anonymous"> Caller wishes to remain anonymous</label>
<label><input type="checkbox" id="sms-updates" name="sms" checked> Text status updates to caller</label>
</fieldset>
<div class="row"><button type="submit" id="create-sr">Create request</button><button type="button" id="transfer-call">Transfer to department</button><button type="button" id="cancel-sr">Cancel</button></div>
</form>
</main>`,
);
const srV2 = edit(srV1, [
  [
    '<h1>New service request</h1>',
    '<h1>Create a request</h1><div class="row"><button type="button" class="mode" aria-pressed="true">Phone intake</button><button type="button" class="mode" aria-pressed="false">Walk-in</button></div>',
  ],
  [
    '<label for="category">Category</label><select id="category" name="category">',
    '<label for="sr-type">Request type</label><select id="sr-type" name="requestType">',
  ],
  [
    '<label for="address">Location</label><input id="address" name="address" value="2215 Hawthorne Ave">\n<label for="cross-street">Cross street</label><input id="cross-street" name="cross_street" value="at 23rd St">',
    '<label for="geo-address">Address or intersection</label><div class="row"><input id="geo-address" name="location" role="combobox" aria-autocomplete="list" value="2215 Hawthorne Ave &amp; 23rd St"><button type="button" aria-label="Pick on map">📍</button></div>',
  ],
  [
    '<label for="desc">Description</label><textarea id="desc" name="description" rows="4">',
    '<label for="details">What is the issue?</label><textarea id="details" name="details" rows="4">',
  ],
  [
    '<label for="priority">Priority</label><select id="priority" name="priority"><option>Standard</option><option selected>High</option><option>Emergency</option></select>',
    '<label><input type="checkbox" id="urgent" name="urgent" checked> Hazard to public safety (urgent)</label>',
  ],
  [
    '<label><input type="checkbox" id="anon" name="anonymous"> Caller wishes to remain anonymous</label>',
    '<label for="caller-email">Email</label><input id="caller-email" type="email" name="caller_email" value="">',
  ],
  [
    '<label><input type="checkbox" id="sms-updates" name="sms" checked> Text status updates to caller</label>',
    '<span class="muted">Send updates by</span><div class="row" role="radiogroup" aria-label="Updates"><label><input type="radio" name="notify" value="sms" checked> SMS</label><label><input type="radio" name="notify" value="email"> Email</label><label><input type="radio" name="notify" value="none"> None</label></div>',
  ],
  [
    '<div class="row"><button type="submit" id="create-sr">Create request</button><button type="button" id="transfer-call">Transfer to department</button><button type="button" id="cancel-sr">Cancel</button></div>',
    '<div class="row"><button type="button" id="cancel-sr">Discard</button><button type="submit" class="btn-primary" data-testid="sr-submit">Submit &amp; get ticket #</button></div>',
  ],
  [
    '<button type="button" id="link-dup">Link as duplicate</button>',
    '<button type="button" data-testid="merge-dup">Attach to existing</button>',
  ],
]);
const P22: PagePair = {
  name: 'city-311-request-intake-17',
  v1: srV1,
  v2: srV2,
  targets: [
    { selector: '#category', expect: '#sr-type', change: 'relabelled Request type, renamed' },
    {
      selector: 'input[name="address"]',
      expect: '#geo-address',
      change: 'address and cross street merged into geocoding combobox',
    },
    { selector: '#desc', expect: '#details', change: 'relabelled What is the issue?, renamed' },
    {
      selector: 'button:has-text("Create request")',
      expect: '[data-testid="sr-submit"]',
      change: 'relabelled Submit & get ticket #, moved last',
    },
    { selector: '#link-dup', expect: '[data-testid="merge-dup"]', change: 'relabelled Attach to existing' },
    {
      selector: '#sms-updates',
      expect: '[aria-label="Updates"] input[value="sms"]',
      change: 'checkbox became SMS option of a radio group',
    },
    { selector: '#anon', expect: null, change: 'anonymous option removed; email field now in its place' },
    { selector: '#transfer-call', expect: null, change: 'transfer button removed from the form' },
  ],
};

// 23. Science/heritage: archaeological excavation finds register
const find = (no: string, ctx: string, mat: string, desc: string, bag: string) =>
  `<tr><td class="find-no">${no}</td><td>${ctx}</td><td>${mat}</td><td>${desc}</td><td>${bag}</td><td><a href="/finds/${no}/edit" class="edit-find">Edit</a></td></tr>`;
const digV1 = page(
  'Finds register — Site WHB24, Trench 3',
  `<header><strong>DigLog</strong><nav><a href="/contexts">Contexts</a><a href="/finds" class="active">Finds</a><a href="/samples">Samples</a><a href="/drawings">Drawings</a><a href="/matrix">Harris matrix</a></nav><span class="muted">Whitby Headland 2024 · Site code WHB24</span></header>
<main>
<h1>Small finds · Trench 3</h1>
<section class="card"><h2>Record a find</h2>
<form id="find-form" class="grid">
<div><label for="sf-no">SF number</label><input id="sf-no" name="sf_number" value="SF 0347" readonly></div>
<div><label for="context">Context</label><select id="context" name="context"><option>(3012) dark silty fill of pit [3011]</option><option>(3015) mortar spread</option><option>(3020) cobbled surface</option></select></div>
<div><label for="material">Material</label><select id="material" name="material"><option>Copper alloy</option><option>Iron</option><option>Bone / antler</option><option>Glass</option><option>Ceramic</option></select></div>
<div><label for="object">Object type</label><input id="object" name="object_type" value="Strap-end"></div>
<div><label for="easting">Easting</label><input id="easting" name="easting" value="490112.384"></div>
<div><label for="northing">Northing</label><input id="northing" name="northing" value="511203.772"></div>
<div><label for="level">Level (m OD)</label><input id="level" name="level" value="51.84"></div>
<div><label for="finder">Found by</label><input id="finder" name="finder" value="Sian Parry"></div>
<div><label><input type="checkbox" id="xray" name="xray"> Send for X-ray</label><label><input type="checkbox" id="treasure" name="treasure"> Potential Treasure Act case</label></div>
<div><label for="find-desc">Description</label><textarea id="find-desc" name="description">Decorated copper-alloy strap-end, ring-and-dot motif, riveted split end.</textarea></div>
</form>
<div class="row"><button type="button" id="take-total-station">Get TS reading</button><button type="button" id="save-find">Save find</button><button type="button" id="print-bag-label">Print bag label</button></div>
</section>
<h2>Register</h2>
<table id="finds"><thead><tr><th>SF</th><th>Context</th><th>Material</th><th>Description</th><th>Bag</th><th></th></tr></thead><tbody>
${find('0344', '3012', 'Iron', 'Nail, square-section shank', 'B-1180')}
${find('0345', '3012', 'Ceramic', 'Whitby-type ware rim sherd', 'B-1181')}
${find('0346', '3015', 'Bone / antler', 'Comb fragment, double-sided', 'B-1182')}
</tbody></table>
</main>`,
);
const digV2 = edit(digV1, [
  ['<h1>Small finds · Trench 3</h1>', '<h1>Finds</h1><p class="muted">Trench 3 · 3 registered today</p>'],
  ['<section class="card"><h2>Record a find</h2>', '<section class="card"><h2>New small find</h2>'],
  [
    '<div><label for="context">Context</label><select id="context" name="context"><option>(3012) dark silty fill of pit [3011]</option><option>(3015) mortar spread</option><option>(3020) cobbled surface</option></select></div>',
    '<div><label for="ctx-no">Context no.</label><input id="ctx-no" name="contextNumber" list="ctx-list" value="3012"><datalist id="ctx-list"><option value="3012"></option><option value="3015"></option><option value="3020"></option></datalist></div>',
  ],
  [
    '<div><label for="object">Object type</label><input id="object" name="object_type" value="Strap-end"></div>',
    '<div><label for="objtype">Object (thesaurus term)</label><input id="objtype" name="objectTerm" value="STRAP END"></div>',
  ],
  [
    '<div><label for="easting">Easting</label><input id="easting" name="easting" value="490112.384"></div>\n<div><label for="northing">Northing</label><input id="northing" name="northing" value="511203.772"></div>\n<div><label for="level">Level (m OD)</label><input id="level" name="level" value="51.84"></div>',
    '<fieldset class="coords"><legend>3D position</legend><div class="grid3"><label>E <input name="x" value="490112.384"></label><label>N <input name="y" value="511203.772"></label><label>Z (m OD) <input name="z" value="51.84"></label></div><button type="button" data-action="ts-read">Import from total station</button></fieldset>',
  ],
  [
    '<div><label for="finder">Found by</label><input id="finder" name="finder" value="Sian Parry"></div>',
    '<div><label for="finder">Found by</label><input id="finder" name="finder" value="Sian Parry"></div><div><label for="method">Recovery method</label><select id="method" name="recovery"><option>Hand excavation</option><option>Sieving</option><option>Metal detector</option></select></div>',
  ],
  [
    '<div><label><input type="checkbox" id="xray" name="xray"> Send for X-ray</label><label><input type="checkbox" id="treasure" name="treasure"> Potential Treasure Act case</label></div>',
    '<div><label><input type="checkbox" id="conserve" name="conservation"> Needs conservation</label></div>',
  ],
  [
    '<div class="row"><button type="button" id="take-total-station">Get TS reading</button><button type="button" id="save-find">Save find</button><button type="button" id="print-bag-label">Print bag label</button></div>',
    '<div class="row"><button type="button" data-action="save">Register find</button><button type="button" data-action="label">Print label</button></div>',
  ],
  ['<table id="finds">', '<table class="register">'],
  [
    '<td><a href="/finds/0345/edit" class="edit-find">Edit</a></td>',
    '<td><a href="/finds/0345/edit" class="icon-link" aria-label="Edit SF 0345">✎</a></td>',
  ],
]);
const P23: PagePair = {
  name: 'excavation-small-finds-register-17',
  v1: digV1,
  v2: digV2,
  targets: [
    { selector: '#context', expect: '#ctx-no', change: 'context select became number input with datalist' },
    {
      selector: 'input[name="object_type"]',
      expect: '#objtype',
      change: 'relabelled to thesaurus term, renamed',
    },
    {
      selector: '#northing',
      expect: 'input[name="y"]',
      change: 'moved into 3D position fieldset, labelled N, renamed y',
    },
    {
      selector: '#take-total-station',
      expect: '[data-action="ts-read"]',
      change: 'relabelled Import from total station, moved into coordinates fieldset',
    },
    {
      selector: 'button:has-text("Save find")',
      expect: '[data-action="save"]',
      change: 'relabelled Register find',
    },
    {
      selector: '#finds tbody tr:nth-of-type(2) .edit-find',
      expect: '[aria-label="Edit SF 0345"]',
      change: 'Edit text link became pencil icon link',
    },
    {
      selector: '#treasure',
      expect: null,
      change: 'Treasure Act flag removed; conservation checkbox in its place',
    },
    {
      selector: 'label:has-text("Send for X-ray") input',
      expect: null,
      change: 'X-ray request removed from the find form',
    },
  ],
};

// 24. Agriculture: apiary hive inspection (phone, in the field)
const beeV1 = page(
  'Inspection — Hive 07, Orchard apiary',
  `<header><a href="/apiaries/orchard" aria-label="Back">←</a><strong>Hive 07</strong><span class="badge">Orchard apiary</span></header>
<main>
<p class="muted">Last inspected 9 days ago · Queen marked blue (2023) · Buckfast</p>
<form id="inspection">
<label for="insp-date">Date</label><input id="insp-date" type="datetime-local" name="inspected_at" value="2025-05-18T11:20">
<label for="temperament">Temperament</label><select id="temperament" name="temperament"><option>Calm</option><option selected>Nervous</option><option>Defensive</option></select>
<fieldset><legend>Queen status</legend>
<label><input type="radio" name="queen" value="seen" checked> Queen seen</label>
<label><input type="radio" name="queen" value="eggs"> Eggs seen, no queen</label>
<label><input type="radio" name="queen" value="none"> No sign of queen</label>
</fieldset>
<label for="brood-frames">Frames of brood</label><input id="brood-frames" type="number" name="brood_frames" value="6">
<label for="stores">Stores</label><select id="stores" name="stores"><option>Low</option><option selected>Adequate</option><option>Heavy</option></select>
<label><input type="checkbox" id="queen-cells" name="queen_cells"> Queen cells present</label>
<label><input type="checkbox" id="varroa" name="varroa_check"> Varroa drop count done</label>
<label for="mite-count">Mites per day</label><input id="mite-count" name="mites" type="number" value="3">
<label for="supers">Supers on</label><input id="supers" name="supers" type="number" value="2">
<label for="actions">Actions taken</label><textarea id="actions" name="actions">Added second super. Cleared brace comb.</textarea>
<button type="button" id="voice-note">Record voice note</button>
<div class="row"><button type="submit" id="save-insp">Save inspection</button><button type="button" id="next-hive">Next hive ›</button></div>
</form>
</main>`,
  'body{max-width:380px;margin:0 auto}fieldset{display:flex;flex-direction:column}',
);
const beeV2 = page(
  'Inspection — Hive 07, Orchard apiary',
  `<header><a href="/apiaries/orchard" aria-label="Back">←</a><strong>Orchard · Hive 07</strong><button type="button" class="icon" aria-label="Dictate note">🎙</button></header>
<main>
<p class="muted">Last inspection: 9 May · Buckfast queen (blue, 2023)</p>
<form id="insp" class="stack">
<label for="when">When</label><input id="when" type="datetime-local" name="when" value="2025-05-18T11:20">
<span class="muted">Colony temper</span>
<div class="seg row" role="radiogroup" aria-label="Colony temper"><button type="button" role="radio" aria-checked="false">😊 Calm</button><button type="button" role="radio" aria-checked="true">😬 Nervous</button><button type="button" role="radio" aria-checked="false">😠 Defensive</button></div>
<span class="muted">Queen</span>
<div class="seg row" role="radiogroup" aria-label="Queen"><button type="button" role="radio" aria-checked="true" data-v="seen">Seen</button><button type="button" role="radio" aria-checked="false" data-v="eggs">Eggs only</button><button type="button" role="radio" aria-checked="false" data-v="none">Not found</button></div>
<div class="row"><label for="brood">Brood frames</label><button type="button" aria-label="Less brood">−</button><input id="brood" name="broodFrames" type="number" value="6"><button type="button" aria-label="More brood">+</button></div>
<label for="food">Honey &amp; pollen stores</label><select id="food" name="foodStores"><option>Low</option><option selected>Adequate</option><option>Heavy</option></select>
<div class="row"><span>Queen cells</span><button type="button" role="switch" aria-checked="false" id="qc-switch" aria-label="Queen cells"></button></div>
<div class="row"><span>Swarm cells capped</span><button type="button" role="switch" aria-checked="false" id="swarm-switch" aria-label="Swarm cells capped"></button></div>
<label for="mites-day">Varroa (mites/day)</label><input id="mites-day" name="mitesPerDay" type="number" value="3">
<label for="notes">Notes &amp; actions</label><textarea id="notes" name="notes">Added second super. Cleared brace comb.</textarea>
<div class="row sticky"><button type="button" class="secondary" data-go="next">Skip to hive 08</button><button type="submit" class="primary" data-go="save">Done</button></div>
</form>
</main>`,
  'body{max-width:380px;margin:0 auto}.stack{display:flex;flex-direction:column;gap:8px}',
);
const P24: PagePair = {
  name: 'apiary-hive-inspection-mobile-17',
  v1: beeV1,
  v2: beeV2,
  targets: [
    {
      selector: '#temperament',
      expect: '[aria-label="Colony temper"]',
      change: 'select became emoji segmented control',
    },
    {
      selector: 'input[name="queen"][value="eggs"]',
      expect: '[data-v="eggs"]',
      change: 'radio became segmented button, reworded Eggs only',
    },
    { selector: '#brood-frames', expect: '#brood', change: 'renamed, wrapped with stepper buttons' },
    { selector: '#queen-cells', expect: '#qc-switch', change: 'checkbox became switch' },
    {
      selector: 'button:has-text("Record voice note")',
      expect: 'button[aria-label="Dictate note"]',
      change: 'moved to header as microphone icon',
    },
    { selector: '#save-insp', expect: '[data-go="save"]', change: 'relabelled Done, in sticky bar' },
    { selector: '#supers', expect: null, change: 'supers count removed from inspection' },
    {
      selector: '#varroa',
      expect: null,
      change: 'varroa drop-count checkbox removed; mites per day field kept',
    },
  ],
};

export const BLIND17_PAIRS: readonly PagePair[] = [
  P01,
  P02,
  P03,
  P04,
  P05,
  P06,
  P07,
  P08,
  P09,
  P10,
  P11,
  P12,
  P13,
  P14,
  P15,
  P16,
  P17,
  P18,
  P19,
  P20,
  P21,
  P22,
  P23,
  P24,
];
