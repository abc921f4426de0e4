/**
 * Blind corpus 13, sealed: written without looking at the matcher.
 *
 * Domains: freight dispatch (logistics), lab sample intake (LIMS), building
 * permit wizard (public sector), hotel housekeeping (mobile), manufacturing
 * work order (MES), accounts-payable approval queue (finance back-office),
 * subtitle editor (media production), irrigation scheduling (agriculture),
 * youth soccer referee assignment (sports), water meter reading (utilities,
 * mobile), food bank volunteer signup (non-profit), veterinary patient chart,
 * aircraft maintenance task card (aviation MRO), quay crane planning (port),
 * interlibrary loan dialog (library), court e-filing settings (legal), radio
 * playout log (broadcast), museum collections record (cultural heritage),
 * adverse event report (clinical trials), wind farm SCADA alarms (energy),
 * claims adjuster inspection (insurance, mobile), school bus route planner
 * (education), brewery batch log (craft brewing), fire apparatus daily check
 * (public safety, mobile).
 */
import { edit, type PagePair, page } from './page.js';

const PHONE_CSS = `
.phone{max-width:390px;margin:0 auto;border:1px solid #ccc;min-height:640px;font-size:15px}
.topbar,.appbar{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:10px 12px;background:#1f3a4d;color:#fff}
.topbar a,.appbar a{color:#fff}
.topbar h1,.appbar h1{font-size:18px;margin:0}
.phone section{padding:10px 12px}
.phone label{display:block;padding:4px 0}
.phone input,.phone select,.phone textarea{width:90%}
.tabbar,.bottom-nav{display:flex;justify-content:space-around;padding:12px 0;border-top:1px solid #ccc}
.chips,.segmented{display:flex;gap:6px;padding:8px 12px;flex-wrap:wrap}
.room{border-bottom:1px solid #ddd;padding:10px 12px;list-style:none}
.room-list{margin:0;padding:0}
.wide{display:block;width:92%;margin:10px auto;padding:10px}
.icon,.icon-btn,.fab{min-width:32px;min-height:32px}
`;

// ---------------------------------------------------------------------------
// 1. Freight dispatch load board (logistics, data table)

function loadRow(id: string, from: string, to: string, at: string, equip: string, rate: string): string {
  return `<tr data-load="${id}"><td>${id}</td><td>${from}</td><td>${to}</td><td>${at}</td><td>${equip}</td><td>${rate}</td><td><select name="driver-${id}"><option>Unassigned</option><option>M. Diaz</option><option>T. Nguyen</option><option>S. Brooks</option></select></td><td><button class="assign-btn">Assign</button></td></tr>`;
}

const FREIGHT_ROW_4 = loadRow('L-40214', 'Elgin, IL', 'Milwaukee, WI', '11:00', 'Dry van', '$640');

const freightV1 = page(
  'Load board — HaulDesk',
  `<header><strong>HaulDesk</strong><nav><a href="/board">Board</a><a href="/drivers">Drivers</a><a href="/lanes">Lanes</a><a href="/settlements">Settlements</a></nav><span class="muted">Dispatcher: R. Okafor</span></header>
<main>
<h1 id="board-title">Load board — Tuesday, 14 May</h1>
<p class="muted">42 open loads · 9 drivers available · last sync 07:42</p>
<div class="row" id="board-filters">
<label for="f-origin">Origin</label><input id="f-origin" name="origin" placeholder="City or ZIP">
<label for="f-equip">Equipment</label><select id="f-equip" name="equipment"><option>Any</option><option>Dry van</option><option>Reefer</option><option>Flatbed</option></select>
<label><input type="checkbox" id="f-hazmat" name="hazmat"> Hazmat only</label>
<button id="apply-filters">Apply</button>
<a href="/board?reset=1" class="reset-link">Clear filters</a>
</div>
<table id="loads">
<thead><tr><th>Load #</th><th>Origin</th><th>Destination</th><th>Pickup</th><th>Equipment</th><th>Rate</th><th>Driver</th><th></th></tr></thead>
<tbody>
${loadRow('L-40211', 'Joliet, IL', 'Columbus, OH', '08:00', 'Dry van', '$1,420')}
${loadRow('L-40212', 'Gary, IN', 'Louisville, KY', '09:30', 'Reefer', '$1,180')}
${loadRow('L-40213', 'Aurora, IL', 'Des Moines, IA', '10:15', 'Flatbed', '$1,960')}
${FREIGHT_ROW_4}
${loadRow('L-40215', 'Cicero, IL', 'Indianapolis, IN', '13:45', 'Reefer', '$1,050')}
</tbody></table>
<div class="row"><a href="/board?page=2">Next page</a><span class="muted">Rates shown are linehaul, excluding fuel surcharge.</span></div>
</main>
<footer>HaulDesk TMS 4.2 · Support: dispatch-help@hauldesk.example</footer>`,
);

const freightV2 = edit(freightV1, [
  ['<a href="/settlements">Settlements</a>', '<a href="/invoices">Invoices</a>'],
  ['<h1 id="board-title">Load board — Tuesday, 14 May</h1>', '<h1>Open loads — Tue 14 May</h1>'],
  [
    '<label for="f-equip">Equipment</label><select id="f-equip" name="equipment">',
    '<label for="equipment-filter">Trailer type</label><select id="equipment-filter" name="trailer">',
  ],
  [
    '<label><input type="checkbox" id="f-hazmat" name="hazmat"> Hazmat only</label>',
    '<span class="row"><button type="button" role="switch" aria-checked="false" id="hazmat-toggle" class="switch">Hazmat</button></span>',
  ],
  [
    '<button id="apply-filters">Apply</button>\n<a href="/board?reset=1" class="reset-link">Clear filters</a>',
    '<button id="filters-submit" class="btn-primary">Search loads</button>\n<button type="button" class="ghost" data-action="reset">Reset</button><button type="button" class="ghost" data-action="save-view">Save view</button>',
  ],
  [FREIGHT_ROW_4 + '\n', ''],
  ...Array.from({ length: 4 }, () => ['<tr data-load=', '<tr data-row-id='] as const),
  ...Array.from(
    { length: 4 },
    () =>
      ['<button class="assign-btn">Assign</button>', '<button class="btn btn-sm">Dispatch</button>'] as const,
  ),
]);

// ---------------------------------------------------------------------------
// 2. LIMS sample intake (science lab, form)

const LIMS_ASIDE = `<aside class="card"><h3>Recent batches</h3><ul><li><a href="/batches/B-2207">B-2207 · 24 serum</a></li><li><a href="/batches/B-2206">B-2206 · 12 tissue</a></li><li><a href="/batches/B-2205">B-2205 · 48 plasma</a></li></ul></aside>`;

const LIMS_STORAGE = `<fieldset><legend>Storage</legend>
<label><input type="radio" name="storage" id="storage-4" value="4"> 4 °C</label>
<label><input type="radio" name="storage" id="storage-20" value="-20"> −20 °C</label>
<label><input type="radio" name="storage" id="storage-80" value="-80"> −80 °C</label>
</fieldset>`;

const limsV1 = page(
  'Register samples — BenchLIMS',
  `<header><strong>BenchLIMS</strong><nav><a href="/samples">Samples</a><a href="/batches">Batches</a><a href="/freezers">Freezers</a><a href="/reports">Reports</a></nav><span class="muted">Lab: Molecular Epidemiology · J. Park</span></header>
<main>
${LIMS_ASIDE}
<h1>Register samples</h1>
<p class="muted">Fields marked * are required. Barcodes are generated after registration.</p>
<form id="intake">
<label for="project">Project code *</label><input id="project" name="project" placeholder="e.g. EPI-031">
<label for="sample-type">Sample type *</label><select id="sample-type" name="sample_type"><option>Serum</option><option>Plasma</option><option>Whole blood</option><option>Tissue (FFPE)</option><option>Soil</option></select>
<label for="collected">Collection date *</label><input id="collected" type="date" name="collected_on">
${LIMS_STORAGE}
<label for="aliquots">Number of aliquots</label><input id="aliquots" type="number" name="aliquots" min="1" value="2">
<label for="notes">Notes</label><textarea id="notes" name="notes" rows="3"></textarea>
<label><input type="checkbox" id="biohazard" name="bsl2"> Biohazard (BSL-2)</label>
<label><input type="checkbox" id="print-labels" name="print_labels" checked> Print barcode labels</label>
<div class="row"><button type="submit" class="primary">Register</button><button type="button" id="save-draft">Save draft</button><a href="/samples">Cancel</a></div>
</form>
</main>
<footer>BenchLIMS 2.8 · 21 CFR Part 11 audit trail enabled</footer>`,
);

const limsV2 = edit(limsV1, [
  [
    '<span class="muted">Lab: Molecular Epidemiology · J. Park</span></header>',
    '<span class="muted">Lab: Molecular Epidemiology · J. Park</span><button type="button" id="draft-btn">Save as draft</button></header>',
  ],
  [LIMS_ASIDE, ''],
  ['<form id="intake">', '<form id="sample-intake-form">'],
  ['<input id="project" name="project"', '<input id="projectCode" name="projectCode"'],
  ['<label for="project">', '<label for="projectCode">'],
  [
    LIMS_STORAGE,
    `<div role="radiogroup" aria-label="Storage temperature" class="row"><span>Storage</span><button type="button" role="radio" aria-checked="false" data-value="4">4 °C</button><button type="button" role="radio" aria-checked="false" data-value="-20">−20 °C</button><button type="button" role="radio" aria-checked="false" data-value="-80">−80 °C</button><button type="button" role="radio" aria-checked="false" data-value="ln2">LN₂ vapour</button></div>`,
  ],
  [
    '<label for="aliquots">Number of aliquots</label><input id="aliquots" type="number" name="aliquots"',
    '<label for="aliquot-count">Aliquot count</label><input id="aliquot-count" type="number" name="aliquot_count"',
  ],
  [
    '<label for="notes">Notes</label><textarea id="notes" name="notes"',
    '<label for="handling">Handling notes</label><textarea id="handling" name="handling_notes"',
  ],
  [
    '<label><input type="checkbox" id="print-labels" name="print_labels" checked> Print barcode labels</label>',
    '<label><input type="checkbox" id="email-coc" name="email_coc"> Email chain-of-custody PDF</label>',
  ],
  [
    '<button type="submit" class="primary">Register</button><button type="button" id="save-draft">Save draft</button>',
    '<button type="submit" class="btn btn--filled">Register samples</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 3. Building permit wizard, step 2 (public sector)

const PERMIT_TYPES = `<fieldset><legend>Type of work</legend>
<label><input type="radio" name="work_type" id="work-new" value="new"> New construction</label>
<label><input type="radio" name="work_type" id="work-addition" value="addition"> Addition</label>
<label><input type="radio" name="work_type" id="work-alteration" value="alteration"> Alteration / remodel</label>
<label><input type="radio" name="work_type" id="work-demolition" value="demolition"> Demolition</label>
</fieldset>`;

const permitV1 = page(
  'Residential building permit — ePermits',
  `<header><strong>City of Marlow · ePermits</strong><nav><a href="/permits">My applications</a><a href="/inspections">Inspections</a><a href="/help">Help</a></nav></header>
<main>
<h1>Residential building permit</h1>
<ol class="steps row"><li>1. Applicant</li><li class="current">2. Project details</li><li>3. Site &amp; plans</li><li>4. Review &amp; submit</li></ol>
<form id="permit-step2">
${PERMIT_TYPES}
<label for="description">Describe the work</label><textarea id="description" name="description" rows="3"></textarea>
<label for="est-cost">Estimated cost of construction ($)</label><input id="est-cost" name="estimated_cost" inputmode="decimal">
<p class="muted">Permit fees are calculated from the estimated cost.</p>
<label for="license">Contractor license number</label><input id="license" name="contractor_license">
<label><input type="checkbox" id="owner-builder" name="owner_builder"> I am the owner-builder (no licensed contractor)</label>
<label for="parcel">Parcel number (APN)</label><input id="parcel" name="apn" placeholder="000-000-000">
<div class="row"><button type="button" class="back">Back</button><button type="submit" class="next">Continue</button><a href="/permits/save" id="save-later">Save and finish later</a></div>
</form>
</main>
<footer>Questions? Call the Permit Center at (555) 010-2200, Mon–Fri 8–4.</footer>`,
);

const permitV2 = edit(permitV1, [
  ['<li>4. Review &amp; submit</li></ol>', '<li>4. Fees</li><li>5. Review &amp; submit</li></ol>'],
  [
    PERMIT_TYPES,
    `<fieldset class="choice-cards"><legend>What kind of work is this?</legend>
<label class="choice card"><input type="radio" name="workType" id="type-new" value="new"> New building</label>
<label class="choice card"><input type="radio" name="workType" id="type-addition" value="addition"> Addition</label>
<label class="choice card"><input type="radio" name="workType" id="type-alteration" value="alteration"> Remodel / alteration</label>
<label class="choice card"><input type="radio" name="workType" id="type-repair" value="repair"> Repair or replacement</label>
</fieldset>
<p class="muted">Demolition now requires a separate permit application.</p>`,
  ],
  [
    '<label for="est-cost">Estimated cost of construction ($)</label><input id="est-cost" name="estimated_cost"',
    '<label for="valuation">Valuation of work (USD)</label><input id="valuation" name="valuation"',
  ],
  [
    '<label for="license">Contractor license number</label><input id="license" name="contractor_license">',
    '<label for="license">State contractor license #</label><input id="license" name="licenseNumber">',
  ],
  [
    '<label><input type="checkbox" id="owner-builder" name="owner_builder"> I am the owner-builder (no licensed contractor)</label>\n',
    '',
  ],
  [
    '<button type="button" class="back">Back</button><button type="submit" class="next">Continue</button><a href="/permits/save" id="save-later">Save and finish later</a>',
    '<a href="/permits/new/applicant" class="link-back">← Applicant</a><button type="button" id="save-draft">Save draft</button><button type="submit" data-action="next">Next: Site &amp; plans</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 4. Hotel housekeeping room board (hospitality, phone)

const HK_ROOMS_V1 = `<div class="rooms">
<div class="room" data-room="301"><strong>301</strong> <span class="badge">Dirty · Checkout</span><p class="muted">King · Guest departed 10:12</p><button class="btn-start">Start cleaning</button></div>
<div class="room" data-room="302"><strong>302</strong> <span class="badge">Occupied · DND</span><p class="muted">Twin · Do not disturb until 12:00</p><button class="btn-later">Retry later</button></div>
<div class="room" data-room="303"><strong>303</strong> <span class="badge">Clean</span><p class="muted">King · Cleaned 09:40</p><button class="btn-inspect">Inspect</button></div>
<div class="room" data-room="304"><strong>304</strong> <span class="badge">Dirty · Stayover</span><p class="muted">Queen · Linen change</p><button class="btn-start">Start cleaning</button></div>
<div class="room" data-room="305"><strong>305</strong> <span class="badge">Dirty · Checkout</span><p class="muted">Suite · Guest departed 09:58</p><button class="btn-start">Start cleaning</button></div>
</div>`;

const HK_ROOMS_V2 = `<ul class="room-list">
<li class="room" data-room-id="305"><strong>305</strong> Suite <span class="badge">Departure</span> <span class="muted">out 09:58</span> <button class="primary-sm">Start</button></li>
<li class="room" data-room-id="301"><strong>301</strong> King <span class="badge">Departure</span> <span class="muted">out 10:12</span> <button class="primary-sm">Start</button></li>
<li class="room" data-room-id="302"><strong>302</strong> Twin <span class="badge">DND</span> <span class="muted">until 12:00</span> <button class="secondary-sm">Snooze 1 h</button></li>
<li class="room" data-room-id="303"><strong>303</strong> King <span class="badge">Clean</span> <span class="muted">09:40</span> <button class="secondary-sm">Check room</button></li>
<li class="room" data-room-id="306"><strong>306</strong> Queen <span class="badge">Stayover</span> <span class="muted">linen change</span> <button class="primary-sm">Start</button></li>
</ul>`;

const hkV1 = page(
  'Floor 3 — HouseKeep',
  `<div class="phone">
<div class="topbar"><h1>Floor 3</h1><span>Maria L. · 07:00–15:00</span></div>
<div class="chips"><button id="chip-all" class="chip active">All (8)</button><button id="chip-dirty" class="chip">Dirty (4)</button><button id="chip-checkout" class="chip">Checkout (2)</button></div>
${HK_ROOMS_V1}
<section><button id="report-issue">Report maintenance issue</button></section>
<div class="tabbar"><a href="#rooms">Rooms</a><a href="#tasks">Tasks</a><a href="#lost">Lost &amp; found</a><a href="#me">Profile</a></div>
</div>`,
  PHONE_CSS,
);

const hkV2 = edit(hkV1, [
  [
    '<div class="topbar"><h1>Floor 3</h1><span>Maria L. · 07:00–15:00</span></div>',
    '<header class="appbar"><h1>3rd floor</h1><span>Maria · Shift A</span><button aria-label="Report issue" class="fab">⚠</button></header>',
  ],
  [
    '<div class="chips"><button id="chip-all" class="chip active">All (8)</button><button id="chip-dirty" class="chip">Dirty (4)</button><button id="chip-checkout" class="chip">Checkout (2)</button></div>',
    '<div role="group" aria-label="Filter rooms" class="segmented"><button data-filter="all" aria-pressed="true">All</button><button data-filter="dirty" aria-pressed="false">Needs cleaning</button><button data-filter="checkout" aria-pressed="false">Departures</button><button data-filter="stayover" aria-pressed="false">Stayovers</button></div>',
  ],
  [HK_ROOMS_V1, HK_ROOMS_V2],
  ['<section><button id="report-issue">Report maintenance issue</button></section>\n', ''],
  [
    '<div class="tabbar"><a href="#rooms">Rooms</a><a href="#tasks">Tasks</a><a href="#lost">Lost &amp; found</a><a href="#me">Profile</a></div>',
    '<nav class="bottom-nav"><a href="/rooms">Rooms</a><a href="/tasks">My tasks</a><a href="/supplies">Supplies</a><a href="/me">Me</a></nav>',
  ],
]);

// ---------------------------------------------------------------------------
// 5. Manufacturing work order (MES)

const MES_OPS_V1 = `<table id="operations"><thead><tr><th>Op</th><th>Work center</th><th>Description</th><th>Std. time</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>10</td><td>SAW-01</td><td>Cut blanks to length</td><td>0.8 min</td><td>Ready</td><td><button class="clock-on">Clock on</button></td></tr>
<tr><td>20</td><td>WELD-03</td><td>Weld gusset</td><td>2.5 min</td><td>Waiting</td><td><button class="clock-on">Clock on</button></td></tr>
<tr><td>30</td><td>PAINT-1</td><td>Powder coat, black</td><td>1.1 min</td><td>Waiting</td><td><button class="clock-on">Clock on</button></td></tr>
<tr><td>40</td><td>QC-2</td><td>Final inspection, 1 in 50</td><td>0.4 min</td><td>Waiting</td><td><button class="clock-on">Clock on</button></td></tr>
</tbody></table>`;

const MES_OPS_V2 = `<div id="ops" class="grid">
<div class="card op" data-op="10"><h3>10 · Cut blanks</h3><p class="muted">SAW-01 · 0.8 min · Ready</p><button class="btn start-op">Start op</button></div>
<div class="card op" data-op="20"><h3>20 · Weld gusset</h3><p class="muted">WELD-03 · 2.5 min · Waiting</p><button class="btn start-op">Start op</button></div>
<div class="card op" data-op="30"><h3>30 · Powder coat</h3><p class="muted">PAINT-1 · 1.1 min · Waiting</p><button class="btn start-op">Start op</button></div>
<div class="card op" data-op="35"><h3>35 · Pack &amp; label</h3><p class="muted">PACK-1 · 0.3 min · Waiting</p><button class="btn start-op">Start op</button></div>
</div>
<p class="muted">Final inspection moved to receiving QC (ECN-4471).</p>`;

const mesV1 = page(
  'WO-88213 — FloorPilot MES',
  `<header><strong>FloorPilot MES</strong><nav><a href="/orders">Work orders</a><a href="/routings">Routings</a><a href="/quality">Quality</a><a href="/andon">Andon</a></nav><span class="muted">Plant 2 · Line B</span></header>
<main>
<h1>Work order WO-88213</h1>
<dl class="grid"><dt>Part</dt><dd>BRK-220 Mounting bracket, 6061-T6</dd><dt>Quantity</dt><dd>1,200 pcs</dd><dt>Due</dt><dd>17 May, 2nd shift</dd><dt>Status</dt><dd><span class="badge">Planned</span></dd></dl>
<div class="row" id="wo-actions"><button id="release-btn">Release to floor</button><button id="print-traveler">Print traveler</button><button id="hold-btn">Hold</button></div>
<h2>Operations</h2>
${MES_OPS_V1}
<h2>Report scrap</h2>
<form id="scrap-form"><label for="scrap-qty">Quantity</label><input id="scrap-qty" name="scrap_qty" type="number">
<label for="scrap-reason">Reason</label><select id="scrap-reason" name="reason"><option>Dimensional</option><option>Weld porosity</option><option>Coating defect</option><option>Material</option></select>
<button id="log-scrap" type="submit">Log scrap</button></form>
</main>`,
);

const mesV2 = edit(mesV1, [
  [
    '<main>\n<h1>Work order WO-88213</h1>',
    '<main>\n<aside class="card"><h3>Exceptions</h3><p class="muted">Holds notify the line lead.</p><button class="btn-warning">Put on hold</button> <button class="btn-link">Split order</button></aside>\n<h1>WO-88213 · BRK-220</h1>',
  ],
  [
    '<div class="row" id="wo-actions"><button id="release-btn">Release to floor</button><button id="print-traveler">Print traveler</button><button id="hold-btn">Hold</button></div>',
    '<div class="row toolbar"><button data-action="release" class="btn-primary">Release</button><button id="print-labels">Print labels</button></div>',
  ],
  [MES_OPS_V1, MES_OPS_V2],
  [
    '<label for="scrap-qty">Quantity</label><input id="scrap-qty" name="scrap_qty" type="number">',
    '<label for="scrapQuantity">Scrapped quantity</label><input id="scrapQuantity" name="scrapQuantity" type="number">',
  ],
  [
    '<label for="scrap-reason">Reason</label><select id="scrap-reason" name="reason">',
    '<label for="reasonCode">Defect code</label><select id="reasonCode" name="reasonCode">',
  ],
  [
    '<button id="log-scrap" type="submit">Log scrap</button>',
    '<button type="submit" class="btn">Record scrap</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 6. Accounts-payable approval queue (finance back-office)

function apRowV1(inv: string, vendor: string, amount: string, due: string, gl: string): string {
  return `<tr id="row-${inv}"><td><input type="checkbox" aria-label="Select ${inv}"></td><td>${vendor}</td><td>${inv}</td><td>${amount}</td><td>${due}</td><td>${gl}</td><td><button class="btn-approve">Approve</button> <button class="btn-reject">Reject</button></td></tr>`;
}
function apRowV2(inv: string, vendor: string, amount: string, due: string, gl: string): string {
  return `<tr data-invoice="${inv}" class="border-b"><td><input type="checkbox" aria-label="Select ${inv}"></td><td>${vendor}</td><td class="font-mono">${inv}</td><td class="text-right">${amount}</td><td>${due}</td><td>${gl}</td><td><button class="text-green-700">Approve</button> <button class="text-red-700" aria-label="Reject ${inv}">✕</button></td></tr>`;
}
const AP_ROWS: readonly (readonly [string, string, string, string, string])[] = [
  ['INV-7728', 'Acme Packaging', '$4,812.00', 'May 20', '5010'],
  ['INV-7731', 'Brightline Freight', '$12,300.50', 'May 18', '5200'],
  ['INV-7740', 'Coastal Office Supply', '$318.44', 'May 25', '6120'],
  ['INV-7752', 'Delta Electric Co.', '$2,045.10', 'May 30', '6300'],
];

const apV1 = page(
  'Approval queue — Ledgerline AP',
  `<header><strong>Ledgerline AP</strong><nav><a href="/ap/queue">Approval queue</a><a href="/ap/vendors">Vendors</a><a href="/ap/payments">Payment runs</a><a href="/ap/reports">Reports</a></nav><span class="muted">Controller view</span></header>
<main>
<h1>Invoices awaiting approval</h1>
<p class="muted">You can approve invoices up to $25,000. Larger amounts route to the CFO.</p>
<div class="row"><input id="inv-search" placeholder="Search vendor or invoice"><label for="entity-filter">Entity</label><select id="entity-filter"><option>All entities</option><option>Northwind US</option><option>Northwind UK</option></select><button id="bulk-approve">Approve selected</button><button id="export-csv">Export CSV</button></div>
<table id="ap-queue" class="table"><thead><tr><th><input type="checkbox" id="select-all" aria-label="Select all"></th><th>Vendor</th><th>Invoice</th><th>Amount</th><th>Due</th><th>GL</th><th>Actions</th></tr></thead><tbody>
${AP_ROWS.map((r) => apRowV1(...r)).join('\n')}
</tbody></table>
<div class="pagination row"><a href="?p=1" class="prev">Previous</a><span>Page 1 of 6</span><a href="?p=2" class="next">Next</a></div>
</main>`,
);

const apV2 = edit(apV1, [
  [
    '<input id="inv-search" placeholder="Search vendor or invoice">',
    '<input type="search" class="w-64 rounded border px-2" placeholder="Vendor or invoice #" aria-label="Search invoices">',
  ],
  [
    '<label for="entity-filter">Entity</label><select id="entity-filter">',
    '<label for="entity">Legal entity</label><select id="entity" name="entity">',
  ],
  [
    '<button id="bulk-approve">Approve selected</button><button id="export-csv">Export CSV</button>',
    '<button data-bulk="approve" class="bg-green-600 text-white px-3">Approve selected</button><button data-bulk="hold" class="px-3">Hold selected</button><button id="export-erp" class="px-3">Sync to ERP</button>',
  ],
  ...AP_ROWS.map((r) => [apRowV1(...r), r[0] === 'INV-7740' ? '' : apRowV2(...r)] as const),
  [
    '<div class="pagination row"><a href="?p=1" class="prev">Previous</a><span>Page 1 of 6</span><a href="?p=2" class="next">Next</a></div>',
    '<nav aria-label="Pagination" class="flex gap-2"><button aria-label="Previous page">‹</button><span>1 / 6</span><button aria-label="Next page">›</button></nav>',
  ],
]);

// ---------------------------------------------------------------------------
// 7. Subtitle editor (media production, desktop app)

function cue(n: number, tin: string, tout: string, who: string, text: string): string {
  return `<tr><td>${n}</td><td>${tin}</td><td>${tout}</td><td>${who}</td><td>${text}</td></tr>`;
}

const subV1 = page(
  'Harbour Lights 103 — CueCraft',
  `<header><strong>CueCraft</strong><span class="muted">Project: “Harbour Lights” ep. 3 · 00:42:17 · 412 cues</span><a href="/projects">All projects</a></header>
<main>
<div class="row toolbar" id="toolbar"><button id="btn-play">Play</button><button id="btn-split">Split cue</button><button id="btn-merge">Merge cues</button><button id="btn-shift">Shift timing…</button><button id="btn-spell">Spellcheck</button></div>
<div class="lang-tabs row"><a href="#" data-lang="en" class="active">English</a><a href="#" data-lang="es">Spanish</a><a href="#" data-lang="fr">French</a></div>
<table id="cues"><thead><tr><th>#</th><th>In</th><th>Out</th><th>Speaker</th><th>Text</th></tr></thead><tbody>
${cue(41, '00:03:12.040', '00:03:14.200', 'NORA', 'You said the tide would turn by now.')}
${cue(42, '00:03:14.560', '00:03:17.300', 'ELIAS', 'I said it would turn. I never said when.')}
${cue(43, '00:03:17.880', '00:03:20.100', 'NORA', 'It turned. Just not for us.')}
${cue(44, '00:03:21.400', '00:03:23.050', 'HARBOURMASTER', '[over radio] Lights on the breakwater, now.')}
${cue(45, '00:03:24.000', '00:03:26.720', 'ELIAS', 'Go. I’ll bring the boat round.')}
</tbody></table>
<section class="card" id="cue-editor"><h2>Cue 43</h2>
<div class="row"><label for="cue-start">Start</label><input id="cue-start" value="00:03:17.880"><label for="cue-end">End</label><input id="cue-end" value="00:03:20.100"></div>
<label for="cue-speaker">Speaker</label> <select id="cue-speaker"><option>NORA</option><option>ELIAS</option><option>HARBOURMASTER</option></select>
<p><label for="cue-text">Text</label></p><textarea id="cue-text" rows="2" cols="50">It turned. Just not for us.</textarea>
<p class="muted">12 chars/sec · max 42 per line</p>
<button id="apply-cue">Apply</button></section>
</main>`,
);

const subV2 = edit(subV1, [
  [
    '<div class="row toolbar" id="toolbar"><button id="btn-play">Play</button><button id="btn-split">Split cue</button><button id="btn-merge">Merge cues</button><button id="btn-shift">Shift timing…</button><button id="btn-spell">Spellcheck</button></div>',
    '<div class="row toolbar" role="toolbar" aria-label="Editing"><button aria-label="Play" class="icon">▶</button><button aria-label="Split cue at playhead" class="icon">✂</button><button aria-label="Insert cue" class="icon">＋</button><button aria-label="Shift timing" class="icon">⇆</button><button aria-label="Check spelling" class="icon">abc✓</button></div>',
  ],
  [
    '<div class="lang-tabs row"><a href="#" data-lang="en" class="active">English</a><a href="#" data-lang="es">Spanish</a><a href="#" data-lang="fr">French</a></div>',
    '<div role="tablist" class="row"><button role="tab" data-locale="en" aria-selected="true">EN</button><button role="tab" data-locale="es" aria-selected="false">ES</button><button role="tab" data-locale="de" aria-selected="false">DE</button><button class="icon" aria-label="Add language">＋</button></div>',
  ],
  [
    '<label for="cue-start">Start</label><input id="cue-start"',
    '<label for="in">In</label><input id="in" name="in"',
  ],
  [
    '<label for="cue-end">End</label><input id="cue-end"',
    '<label for="out">Out</label><input id="out" name="out"',
  ],
  [
    '<p><label for="cue-text">Text</label></p><textarea id="cue-text"',
    '<p><label for="cueText">Subtitle text</label></p><textarea id="cueText" name="cueText"',
  ],
  [
    '<button id="apply-cue">Apply</button>',
    '<div class="row"><button class="update-cue">Update cue</button><button class="revert">Revert</button></div>',
  ],
]);

// ---------------------------------------------------------------------------
// 8. Irrigation scheduling (agriculture dashboard)

const IRR_CARDS = `<div class="grid3">
<div class="card zone" id="card-north"><h3>North pivot</h3><p>Soil moisture: 18% <span class="badge">Dry</span></p><p class="muted">Next: today 21:00 · 45 min</p><button class="run-now">Run now</button> <button class="skip-next">Skip next</button></div>
<div class="card zone" id="card-orchard"><h3>Orchard block B</h3><p>Soil moisture: 26% <span class="badge">OK</span></p><p class="muted">Next: tomorrow 05:30 · 30 min</p><button class="run-now">Run now</button> <button class="skip-next">Skip next</button></div>
<div class="card zone" id="card-greenhouse"><h3>Greenhouse 2</h3><p>Soil moisture: 34% <span class="badge">Wet</span></p><p class="muted">Next: today 16:00 · 10 min</p><button class="run-now">Run now</button> <button class="skip-next">Skip next</button></div>
</div>`;

const IRR_TABLE = `<table id="zones"><thead><tr><th>Zone</th><th>Moisture</th><th>Next run</th><th></th></tr></thead><tbody>
<tr data-zone="north-pivot"><td>North pivot</td><td>18% · Dry</td><td>Today 21:00 (45 min)</td><td><button class="start">Start watering</button> <button class="skip">Skip next cycle</button></td></tr>
<tr data-zone="orchard-b"><td>Orchard block B</td><td>26% · OK</td><td>Tomorrow 05:30 (30 min)</td><td><button class="start">Start watering</button> <button class="skip">Skip next cycle</button></td></tr>
<tr data-zone="greenhouse-2"><td>Greenhouse 2</td><td>34% · Wet</td><td>Drip timer (controller GH-2)</td><td><button class="start">Start watering</button> <button class="pause">Pause zone</button></td></tr>
</tbody></table>`;

const DAYS = [
  ['mon', 'Mon', 'Monday'],
  ['tue', 'Tue', 'Tuesday'],
  ['wed', 'Wed', 'Wednesday'],
  ['thu', 'Thu', 'Thursday'],
  ['fri', 'Fri', 'Friday'],
  ['sat', 'Sat', 'Saturday'],
  ['sun', 'Sun', 'Sunday'],
] as const;
const IRR_DAYS_V1 = `<fieldset><legend>Repeat on</legend>${DAYS.map(([k, s]) => `<label><input type="checkbox" id="day-${k}"> ${s}</label>`).join(' ')}</fieldset>`;
const IRR_DAYS_V2 = `<div role="group" aria-label="Repeat on" class="row"><span>Repeat</span>${DAYS.map(([k, , l]) => `<button type="button" data-day="${k}" aria-label="${l}" aria-pressed="false">${l[0]}</button>`).join('')}</div>`;

const irrV1 = page(
  'Zones — FieldWater',
  `<header><strong>FieldWater</strong><nav><a href="/zones">Zones</a><a href="/schedules">Schedules</a><a href="/usage">Water use</a></nav><span class="muted">Hollister Ranch · 3 controllers online</span></header>
<main>
<section class="card" id="weather"><h2>Weather</h2><p>Today 31 °C, wind 12 km/h, 0 mm rain forecast · ET₀ 6.8 mm</p><button id="rain-delay">Enable rain delay (24 h)</button> <a href="/weather" id="forecast-link">View 10-day forecast</a></section>
${IRR_CARDS}
<h2>New schedule</h2>
<form id="schedule-form"><label for="zone">Zone</label><select id="zone"><option>North pivot</option><option>Orchard block B</option><option>Greenhouse 2</option></select>
<label for="start">Start time</label><input id="start" type="time" value="05:30">
<label for="duration">Duration (minutes)</label><input id="duration" type="number" value="30">
${IRR_DAYS_V1}
<button id="add-schedule" type="submit">Add schedule</button></form>
</main>`,
);

const irrV2 = edit(irrV1, [
  [
    '<button id="rain-delay">Enable rain delay (24 h)</button> <a href="/weather" id="forecast-link">View 10-day forecast</a>',
    '<button type="button" role="switch" aria-checked="false" id="rain-delay-toggle">Rain delay · 24 h</button>',
  ],
  [IRR_CARDS, IRR_TABLE],
  [
    '<label for="duration">Duration (minutes)</label><input id="duration" type="number" value="30">',
    '<label for="runtime">Run time (min)</label><input id="runtime" name="runtime_min" type="number" value="30">',
  ],
  [IRR_DAYS_V1, IRR_DAYS_V2],
  [
    '<button id="add-schedule" type="submit">Add schedule</button>',
    '<button type="submit" class="btn-primary">Save schedule</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 9. Youth soccer referee assignment (sports admin)

const REFS =
  '<option>—</option><option>A. Kowalski</option><option>B. Osei</option><option>C. Ferreira</option><option>D. Lin</option><option>E. Haddad</option>';
const GAMES = [
  ['G-114', 'Sat 08:30', 'Field 2', 'Rockets v Comets', 'U10'],
  ['G-115', 'Sat 10:00', 'Field 1', 'Strikers v Lightning', 'U14'],
  ['G-116', 'Sat 11:30', 'Field 1', 'Hawks v Tigers', 'U12'],
  ['G-117', 'Sun 09:00', 'Field 3', 'Galaxy v Thunder', 'U12'],
] as const;
function gameV1([id, at, field, match, age]: (typeof GAMES)[number]): string {
  return `<tr data-game="${id}"><td>${id}</td><td>${at}</td><td>${field}</td><td>${match}</td><td>${age}</td><td><select name="center-${id}">${REFS}</select></td><td><select name="ar1-${id}">${REFS}</select></td><td><select name="ar2-${id}">${REFS}</select></td><td><button class="publish">Publish</button></td></tr>`;
}
function gameV2([id, at, field, match, age]: (typeof GAMES)[number]): string {
  return `<tr data-game="${id}"><td>${id}</td><td>${at}</td><td>${field}</td><td>${match}</td><td>${age}</td><td><select name="games[${id}].center" aria-label="Referee">${REFS}</select></td><td><select name="games[${id}].assistant" aria-label="Assistant referee">${REFS}</select></td><td><button class="btn-publish">Publish</button></td></tr>`;
}
const REF_AGES_V1 = `<span>Age group:</span><label><input type="radio" name="age" id="age-all" checked> All</label><label><input type="radio" name="age" id="age-u10"> U10</label><label><input type="radio" name="age" id="age-u12"> U12</label><label><input type="radio" name="age" id="age-u14"> U14</label>`;
const REF_AGES_V2 = `<div class="segmented row" role="group" aria-label="Age group"><button data-age="all" aria-pressed="true">All ages</button><button data-age="U10" aria-pressed="false">U10</button><button data-age="U12" aria-pressed="false">U12</button><button data-age="U14" aria-pressed="false">U14</button></div>`;

const refV1 = page(
  'Assignments — Valley Youth Soccer',
  `<header><strong>Valley Youth Soccer · Referee Admin</strong><nav><a href="/games">Games</a><a href="/referees">Referees</a><a href="/availability">Availability</a><a href="/pay">Pay sheets</a></nav></header>
<main>
<h1 id="schedule-heading">Weekend assignments — May 18–19</h1>
<div class="row">${REF_AGES_V1}
<button id="auto-assign">Auto-assign</button><button id="notify-refs">Notify referees</button></div>
<table id="games"><thead><tr><th>Game</th><th>Kickoff</th><th>Field</th><th>Match</th><th>Age</th><th>Center</th><th>AR1</th><th>AR2</th><th></th></tr></thead><tbody>
${GAMES.map(gameV1).join('\n')}
</tbody></table>
<p class="muted">Unassigned slots are highlighted. Referees receive assignments by email and app push.</p>
</main>`,
);

const refV2 = edit(refV1, [
  [
    '<h1 id="schedule-heading">Weekend assignments — May 18–19</h1>',
    '<h1 class="page-title">Referee assignments · May 18–19</h1>',
  ],
  [REF_AGES_V1, REF_AGES_V2],
  [
    '<button id="auto-assign">Auto-assign</button><button id="notify-refs">Notify referees</button>',
    '<button id="import-arbiter">Import from Arbiter</button><button id="send-assignments" class="primary">Send assignments</button>',
  ],
  ['<th>Center</th><th>AR1</th><th>AR2</th>', '<th>Referee</th><th>AR</th>'],
  ...GAMES.map((g) => [gameV1(g), gameV2(g)] as const),
  [
    '<p class="muted">Unassigned slots are highlighted.',
    '<p class="muted">From this season, small-sided and U12+ games use one assistant referee. Unassigned slots are highlighted.',
  ],
]);

// ---------------------------------------------------------------------------
// 10. Water meter reading route (utilities, phone)

const meterV1 = page(
  'Route 14 — MeterRun',
  `<div class="phone">
<div class="topbar"><span>Route 14</span><strong>37 of 112</strong><a href="/route" id="route-list">List</a></div>
<section class="meter">
<h2>Acct 44-10937</h2><p>118 Larkspur Ln · side yard, left of gate</p>
<p class="muted">Meter 7781203 · previous 04 Apr: 18,442 m³ · avg 22 m³/mo</p>
<label for="reading">Current reading</label><input id="reading" inputmode="numeric" placeholder="00000">
<label for="access-status">Access</label><select id="access-status"><option>OK</option><option>Dog in yard</option><option>Locked gate</option><option>Meter buried</option><option>Vehicle over lid</option></select>
<label><input type="checkbox" id="leak"> Leak suspected (dial moving)</label>
<label for="notes">Notes</label><textarea id="notes" rows="2"></textarea>
<div class="row"><button id="photo-btn">Take photo</button><button id="skip-meter">Skip meter</button></div>
<button id="save-next" class="wide">Save &amp; next</button>
</section>
<div class="tabbar"><a href="/map" id="open-map">Map</a><a href="/route">Route</a><a href="/sync">Sync (3)</a></div>
</div>`,
  PHONE_CSS,
);

const meterV2 = edit(meterV1, [
  [
    '<label for="reading">Current reading</label><input id="reading" inputmode="numeric" placeholder="00000">',
    '<label for="access">Access to meter</label><select id="access" name="access"><option>Clear</option><option>Dog in yard</option><option>Locked gate</option><option>Lid buried</option><option>Vehicle over lid</option></select>\n<label for="meter-reading">Reading (m³)</label><input id="meter-reading" name="meterReading" inputmode="numeric" placeholder="00000">',
  ],
  [
    '<label for="access-status">Access</label><select id="access-status"><option>OK</option><option>Dog in yard</option><option>Locked gate</option><option>Meter buried</option><option>Vehicle over lid</option></select>\n',
    '',
  ],
  [
    '<label><input type="checkbox" id="leak"> Leak suspected (dial moving)</label>',
    '<div class="row"><span>Possible leak</span><button type="button" role="switch" aria-checked="false" aria-label="Possible leak">Off</button></div>',
  ],
  [
    '<label for="notes">Notes</label><textarea id="notes" rows="2">',
    '<label for="field-note">Note for office</label><textarea id="field-note" name="fieldNote" rows="2">',
  ],
  [
    '<div class="row"><button id="photo-btn">Take photo</button><button id="skip-meter">Skip meter</button></div>\n<button id="save-next" class="wide">Save &amp; next</button>\n</section>',
    '<div class="row"><button aria-label="Add photo" class="icon">📷</button><button id="flag-revisit">Flag for revisit</button></div>\n</section>\n<footer><button class="primary-cta wide">Next meter →</button></footer>',
  ],
  ['<a href="/map" id="open-map">Map</a>', ''],
]);

// ---------------------------------------------------------------------------
// 11. Food bank volunteer shift signup (non-profit)

const FB_SHIFTS_V1 = `<table id="shifts"><thead><tr><th>Day</th><th>Shift</th><th>Time</th><th>Location</th><th>Spots left</th><th></th></tr></thead><tbody>
<tr data-shift="s1"><td>Sat 25 May</td><td>Warehouse sorting</td><td>9:00–12:00</td><td>Main warehouse</td><td>6</td><td><button>Sign up</button></td></tr>
<tr data-shift="s2"><td>Sat 25 May</td><td>Mobile pantry</td><td>13:00–16:00</td><td>Lincoln Elementary lot</td><td>3</td><td><button>Sign up</button></td></tr>
<tr data-shift="s3"><td>Sun 26 May</td><td>Warehouse sorting</td><td>9:00–12:00</td><td>Main warehouse</td><td>10</td><td><button>Sign up</button></td></tr>
<tr data-shift="s4"><td>Wed 29 May</td><td>Senior home delivery</td><td>10:00–13:00</td><td>Drivers needed</td><td>2</td><td><button>Sign up</button></td></tr>
</tbody></table>`;

const FB_SHIFTS_V2 = `<div class="grid" id="shift-cards">
<article class="card" data-shift-id="s1"><h3>Warehouse sorting</h3><p>Sat 25 May · 9:00–12:00 · Main warehouse</p><p class="muted">6 spots left</p><button>Join shift</button></article>
<article class="card" data-shift-id="s2"><h3>Mobile pantry</h3><p>Sat 25 May · 13:00–16:00 · Lincoln Elementary lot</p><p class="muted">3 spots left</p><button>Join shift</button></article>
<article class="card" data-shift-id="s3"><h3>Warehouse sorting</h3><p>Sun 26 May · 9:00–12:00 · Main warehouse</p><p class="muted">10 spots left</p><button>Join shift</button></article>
<article class="card" data-shift-id="s5"><h3>Kids’ snack packing</h3><p>Thu 30 May · 16:00–18:00 · Community room</p><p class="muted">8 spots left · ages 12+</p><button>Join shift</button></article>
</div>`;

const fbV1 = page(
  'Volunteer — Eastside Community Food Bank',
  `<header><strong>Eastside Community Food Bank</strong><nav><a href="/give">Donate</a><a href="/volunteer">Volunteer</a><a href="/get-help">Get food</a><a href="/about">About</a></nav></header>
<main>
<h1>Volunteer shifts</h1>
<p>Pick a shift and tell us who’s coming. Groups of more than 8, please <a href="/groups">contact our coordinator</a>.</p>
${FB_SHIFTS_V1}
<h2>Your details</h2>
<form id="volunteer-form"><label for="vol-name">Full name</label><input id="vol-name" name="name">
<label for="vol-email">Email</label><input id="vol-email" name="email">
<label for="vol-phone">Mobile phone</label><input id="vol-phone" name="phone">
<label for="group-size">How many people (including you)?</label><input id="group-size" type="number" min="1" max="8" value="1">
<label><input type="checkbox" id="minor"> I am under 18</label>
<label><input type="checkbox" id="remind-email" checked> Email me a reminder the day before</label>
<button id="confirm-signup" type="submit">Confirm signup</button></form>
<p><a class="handbook" href="/docs/volunteer-handbook.pdf">Volunteer handbook (PDF)</a></p>
</main>
<footer>Eastside Community Food Bank is a 501(c)(3) nonprofit · EIN 00-0000000</footer>`,
);

const fbV2 = edit(fbV1, [
  [
    '<a href="/about">About</a></nav></header>',
    '<a href="/about">About</a></nav><a href="/docs/volunteer-handbook.pdf" class="header-link">Handbook</a></header>',
  ],
  [FB_SHIFTS_V1, FB_SHIFTS_V2],
  [
    '<label for="vol-email">Email</label><input id="vol-email" name="email">',
    '<label for="email">Email address</label><input id="email" type="email" name="email" autocomplete="email">',
  ],
  [
    '<label for="group-size">How many people (including you)?</label><input id="group-size" type="number" min="1" max="8" value="1">',
    '<label for="party">Party size</label><select id="party" name="party_size"><option>Just me</option><option>2</option><option>3</option><option>4</option><option>5–8</option></select>',
  ],
  [
    '<label><input type="checkbox" id="minor"> I am under 18</label>',
    '<label><input type="checkbox" name="is_minor"> Volunteer is under 18 (guardian must attend)</label>',
  ],
  [
    '<label><input type="checkbox" id="remind-email" checked> Email me a reminder the day before</label>',
    '<label><input type="checkbox" id="remind-sms" checked> Text me a reminder the day before</label>',
  ],
  [
    '<button id="confirm-signup" type="submit">Confirm signup</button>',
    '<button type="submit" class="btn-primary">Complete registration</button>',
  ],
  ['<p><a class="handbook" href="/docs/volunteer-handbook.pdf">Volunteer handbook (PDF)</a></p>\n', ''],
]);

// ---------------------------------------------------------------------------
// 12. Veterinary patient chart (clinic PMS)

const VAX_V1 = `<tbody>
<tr><td>Rabies (3-year)</td><td>12 Jun 2022</td><td>12 Jun 2025</td><td><button class="record-dose">Record dose</button></td></tr>
<tr><td>DHPP</td><td>03 Mar 2023</td><td>03 Mar 2024 <span class="badge">Overdue</span></td><td><button class="record-dose">Record dose</button></td></tr>
<tr><td>Bordetella (intranasal)</td><td>03 Mar 2023</td><td>03 Mar 2024 <span class="badge">Overdue</span></td><td><button class="record-dose">Record dose</button></td></tr>
<tr><td>Leptospirosis</td><td>20 Sep 2023</td><td>20 Sep 2024</td><td><button class="record-dose">Record dose</button></td></tr>
</tbody>`;
const VAX_V2 = `<tbody>
<tr data-vaccine="dhpp"><td>DHPP</td><td>03 Mar 2023</td><td>03 Mar 2024 <span class="badge">Overdue</span></td><td><button class="btn-sm">Log dose</button></td></tr>
<tr data-vaccine="lepto"><td>Leptospirosis</td><td>20 Sep 2023</td><td>20 Sep 2024</td><td><button class="btn-sm">Log dose</button></td></tr>
<tr data-vaccine="rabies"><td>Rabies (3-year)</td><td>12 Jun 2022</td><td>12 Jun 2025</td><td><button class="btn-sm">Log dose</button></td></tr>
</tbody>`;

const vetV1 = page(
  'Biscuit — PawTrack',
  `<header><strong>PawTrack PMS</strong><nav><a href="/schedule">Schedule</a><a href="/patients">Patients</a><a href="/inventory">Inventory</a><a href="/billing">Billing</a></nav><span class="muted">Dr. A. Whitford · Room 2</span></header>
<main>
<div id="patient-header" class="row"><h1 class="patient-name">Biscuit</h1><span class="badge">Canine · Beagle · M/N · 6 y</span><span class="muted">Owner: Gail Hendricks · (555) 014-7781</span></div>
<div class="tabs row"><a href="#overview" id="tab-overview">Overview</a><a href="#vaccines" id="tab-vaccines" class="active">Vaccines</a><a href="#labs" id="tab-labs">Lab results</a><a href="#invoices" id="tab-invoices">Invoices</a></div>
<section id="vaccines"><h2>Vaccination history</h2>
<table id="vax"><thead><tr><th>Vaccine</th><th>Last given</th><th>Due</th><th></th></tr></thead>${VAX_V1}</table></section>
<div class="grid">
<section class="card"><h3>Vitals</h3><label for="weight-kg">Weight (kg)</label> <input id="weight-kg" value="13.4"> <label for="temp-c">Temp (°C)</label> <input id="temp-c" value="38.6"></section>
<section class="card"><h3>Allergies</h3><ul class="allergies"><li>Chicken protein <a href="#" class="remove">Remove</a></li><li>Penicillin <a href="#" class="remove">Remove</a></li></ul><button id="add-allergy">Add allergy</button></section>
</div>
<button id="add-soap">Add SOAP note</button>
</main>`,
);

const vetV2 = edit(vetV1, [
  [
    '<h1 class="patient-name">Biscuit</h1><span class="badge">Canine · Beagle · M/N · 6 y</span><span class="muted">Owner: Gail Hendricks · (555) 014-7781</span></div>',
    '<h1>Biscuit</h1><span class="badge">Canine · Beagle · M/N · 6 y</span><span class="muted">Owner: Gail Hendricks · (555) 014-7781</span><button class="new-note">New note</button></div>',
  ],
  [
    '<div class="tabs row"><a href="#overview" id="tab-overview">Overview</a><a href="#vaccines" id="tab-vaccines" class="active">Vaccines</a><a href="#labs" id="tab-labs">Lab results</a><a href="#invoices" id="tab-invoices">Invoices</a></div>',
    '<div role="tablist" class="row"><button role="tab" data-tab="overview" aria-selected="false">Overview</button><button role="tab" data-tab="immunizations" aria-selected="true">Immunizations</button><button role="tab" data-tab="labs" aria-selected="false">Diagnostics</button><button role="tab" data-tab="documents" aria-selected="false">Documents</button></div>',
  ],
  ['<h2>Vaccination history</h2>', '<h2>Immunizations <span class="muted">sorted by due date</span></h2>'],
  [VAX_V1, VAX_V2],
  [
    '<label for="weight-kg">Weight (kg)</label> <input id="weight-kg" value="13.4">',
    '<label for="weight">Body weight</label> <input id="weight" name="weight" value="13.4"><span class="muted">kg</span>',
  ],
  [
    '<li>Chicken protein <a href="#" class="remove">Remove</a></li><li>Penicillin <a href="#" class="remove">Remove</a></li>',
    '<li>Chicken protein <button class="icon" aria-label="Delete allergy: Chicken protein">🗑</button></li><li>Penicillin <button class="icon" aria-label="Delete allergy: Penicillin">🗑</button></li>',
  ],
  ['<button id="add-soap">Add SOAP note</button>\n', ''],
]);

// ---------------------------------------------------------------------------
// 13. Aircraft maintenance task card (aviation MRO)

const TC_STEPS = [
  'Jack aircraft at MLG jacking point per AMM 07-11-00.',
  'Remove axle nut retaining bolt and axle nut.',
  'Remove wheel assembly; inspect axle sleeve for scoring.',
  'Install new wheel assembly; torque axle nut in two stages.',
  'Lower aircraft and check tire pressure at ambient.',
];
const TC_STEPS_V1 = `<ol id="steps">
${TC_STEPS.map((t, i) => `<li>${t} <label><input type="checkbox" id="step-${i + 1}-done"> Done</label> <input id="step-${i + 1}-stamp" placeholder="Inspector stamp" size="10"></li>`).join('\n')}
</ol>`;
const TC_STEPS_V2 = `<table id="step-table"><thead><tr><th>#</th><th>Instruction</th><th>Done</th></tr></thead><tbody>
${TC_STEPS.map((t, i) => `<tr data-step="${i + 1}"><td>${i + 1}</td><td>${t}</td><td><input type="checkbox" aria-label="Step ${i + 1} done"></td></tr>`).join('\n')}
</tbody></table>
<p class="muted">Inspector stamps are applied electronically in the RII section.</p>`;

const TC_PART_PIN = `<tr data-pn="MS24665-302"><td>MS24665-302</td><td>Cotter pin, axle nut</td><td>2</td><td>120 on hand</td><td><button class="req-stores">Request from stores</button></td></tr>`;

const tcV1 = page(
  'TC-32-41 — AeroTrace',
  `<header><strong>AeroTrace MRO</strong><nav><a href="/wp">Work packages</a><a href="/cards">Task cards</a><a href="/stores">Stores</a><a href="/tooling">Tooling</a></nav><span class="muted">N417RX · A320-214 · Weekly check</span></header>
<main>
<h1>TC-32-41 Main landing gear tire change (LH outboard)</h1>
<p class="muted">AMM 32-41-11-000-801 · Zone 731 · Est. 1.5 h · RII: No</p>
<h2>Steps</h2>
${TC_STEPS_V1}
<h2>Parts</h2>
<table id="parts"><thead><tr><th>P/N</th><th>Description</th><th>Qty</th><th>Stock</th><th></th></tr></thead><tbody>
<tr data-pn="301-4522-01"><td>301-4522-01</td><td>Tire, main 46x17R20</td><td>1</td><td>4 on hand</td><td><button class="req-stores">Request from stores</button></td></tr>
<tr data-pn="M83248-1-214"><td>M83248-1-214</td><td>O-ring, wheel half</td><td>1</td><td>0 · on order</td><td><button class="req-stores">Request from stores</button></td></tr>
${TC_PART_PIN}
</tbody></table>
<form id="signoff-form"><label for="torque">Axle nut torque (in-lb)</label><input id="torque" name="torque">
<label for="mech-cert">Mechanic certificate #</label><input id="mech-cert" name="cert">
<div class="row"><button id="signoff" type="submit">Sign off</button><button id="raise-nrc" type="button">Raise non-routine card</button></div></form>
</main>`,
);

const tcV2 = edit(tcV1, [
  [TC_STEPS_V1, TC_STEPS_V2],
  [
    '<tr data-pn="301-4522-01"><td>301-4522-01</td><td>Tire, main 46x17R20</td><td>1</td><td>4 on hand</td><td><button class="req-stores">Request from stores</button></td></tr>',
    '<tr data-part="301-4522-01"><td>301-4522-01</td><td>Tire, main 46x17R20</td><td>1</td><td>4 on hand</td><td><button class="order">Order part</button></td></tr>',
  ],
  [
    '<tr data-pn="M83248-1-214"><td>M83248-1-214</td><td>O-ring, wheel half</td><td>1</td><td>0 · on order</td><td><button class="req-stores">Request from stores</button></td></tr>',
    '<tr data-part="M83248-1-214"><td>M83248-1-214</td><td>O-ring, wheel half</td><td>1</td><td>0 · on order</td><td><button class="order">Order part</button></td></tr>',
  ],
  [
    TC_PART_PIN,
    '<tr data-part="D23189000-5"><td>D23189000-5</td><td>Retaining washer, axle nut</td><td>1</td><td>16 on hand</td><td><button class="order">Order part</button></td></tr>',
  ],
  [
    '<label for="torque">Axle nut torque (in-lb)</label><input id="torque" name="torque">',
    '<label for="torque-nm">Axle nut torque (N·m)</label><input id="torque-nm" name="torque_nm">',
  ],
  [
    '<label for="mech-cert">Mechanic certificate #</label><input id="mech-cert" name="cert">',
    '<label for="cert-no">A&amp;P certificate no.</label><input id="cert-no" name="certificateNo">',
  ],
  [
    '<button id="signoff" type="submit">Sign off</button><button id="raise-nrc" type="button">Raise non-routine card</button>',
    '<button type="submit" class="sign-off">Mechanic sign-off</button><button type="button" data-action="nrc">Create NRC</button><button type="button" data-action="defer">Defer (MEL)</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 14. Quay crane planning (port terminal) — full restructure

const GANGS = '<option>Gang A</option><option>Gang B</option><option>Gang C</option><option>Gang D</option>';

const quayV1 = page(
  'MSC AURORA 214E — QuayPlan',
  `<header><strong>QuayPlan</strong><nav><a href="/berth">Berth schedule</a><a href="/cranes">Cranes</a><a href="/yard">Yard</a><a href="/reefer">Reefers</a></nav><span class="muted">Terminal 4 · Shift 2 (14:00–22:00)</span></header>
<main>
<aside class="card"><h3>Support</h3><label for="lashing-gang">Lashing gang</label> <select id="lashing-gang"><option>L1</option><option>L2</option><option>L3</option></select><br><label for="pilot">Pilot boarding</label> <input id="pilot" value="13:10" size="6"></aside>
<h1 id="vessel-title">MSC AURORA · Voy 214E</h1>
<p class="muted">Berth 7 · ETA 13:40 · 1,842 moves (1,010 discharge / 832 load)</p>
<h2>Crane assignment</h2>
<table id="cranes"><thead><tr><th>Crane</th><th>Bays</th><th>Gang</th><th>Start</th><th>Moves</th></tr></thead><tbody>
<tr data-qc="QC01"><td>QC01</td><td>02–18</td><td><select>${GANGS}</select></td><td><input type="time" value="14:00"></td><td>612</td></tr>
<tr data-qc="QC02"><td>QC02</td><td>20–38</td><td><select>${GANGS}</select></td><td><input type="time" value="14:00"></td><td>640</td></tr>
<tr data-qc="QC03"><td>QC03</td><td>40–62</td><td><select>${GANGS}</select></td><td><input type="time" value="14:30"></td><td>590</td></tr>
</tbody></table>
<div class="row"><button id="recalc">Recalculate sequence</button><button id="publish">Publish plan</button></div>
<h2>Reefer alerts</h2>
<ul class="reefer-alerts"><li>MSCU4410282 · set −18 °C, reading −12.4 °C <button>Acknowledge</button></li><li>TGHU8831045 · power off 14 min <button>Acknowledge</button></li></ul>
</main>`,
);

const quayV2 = page(
  'MSC AURORA 214E — QuayPlan',
  `<header><strong>QuayPlan</strong><span class="muted">T4 · Shift 2</span><span style="flex:1"></span><button id="send-tos" class="primary">Send to TOS</button></header>
<div class="sidebar"><nav class="side" style="flex-direction:column;align-items:flex-start"><a href="/berth">Berths</a><a href="/cranes" aria-current="page">Cranes</a><a href="/yard">Yard</a><a href="/reefer">Reefers</a></nav></div>
<main style="margin-left:220px">
<h1 class="vessel">MSC AURORA <span class="muted">214E</span></h1>
<p class="muted">Berth 7 · ETA 13:40 · 1,842 moves</p>
<div class="grid3">
<div class="card" data-crane="QC01"><h3>QC01</h3><p>Bays 02–18 · 612 moves</p><label>Gang <select>${GANGS}</select></label><br><label>Start <input type="time" value="14:00"></label></div>
<div class="card" data-crane="QC02"><h3>QC02</h3><p>Bays 20–38 · 640 moves</p><label>Gang <select>${GANGS}</select></label><br><label>Start <input type="time" value="14:00"></label></div>
<div class="card" data-crane="QC04"><h3>QC04</h3><p>Bays 40–62 · 590 moves</p><label>Gang <select>${GANGS}</select></label><br><label>Start <input type="time" value="14:30"></label><p class="muted">Replaces QC03 (spreader repair)</p></div>
</div>
<div class="row"><button data-cmd="resequence">Re-sequence</button><button data-cmd="balance">Balance gangs</button></div>
<h2>Reefer alarms</h2>
<ul class="alerts"><li data-cntr="MSCU4410282">MSCU4410282 · −12.4 °C (set −18) <button>Ack</button></li><li data-cntr="TGHU8831045">TGHU8831045 · no power 14 min <button>Ack</button></li></ul>
<section class="card"><h3>Pilot</h3><label for="pilot-time">Boarding</label> <input id="pilot-time" value="13:10" size="6"></section>
</main>`,
);

// ---------------------------------------------------------------------------
// 15. Interlibrary loan request dialog (public library)

const ILL_FORMATS_V1 = `<fieldset><legend>Format</legend>
<label><input type="radio" name="format" id="fmt-book" value="book" checked> Book</label>
<label><input type="radio" name="format" id="fmt-article" value="article"> Journal article</label>
<label><input type="radio" name="format" id="fmt-chapter" value="chapter"> Chapter</label>
<label><input type="radio" name="format" id="fmt-microfilm" value="microfilm"> Microfilm</label>
</fieldset>`;
const ILL_FORMATS_V2 = `<fieldset><legend>What do you need?</legend>
<label><input type="radio" name="format" id="format-book" value="book" checked> Whole book</label>
<label><input type="radio" name="format" id="format-chapter" value="chapter"> Book chapter (scan)</label>
<label><input type="radio" name="format" id="format-article" value="article"> Article (scan)</label>
<label><input type="radio" name="format" id="format-digital" value="digital"> Digitized thesis or report</label>
</fieldset>`;

const illV1 = page(
  'Interlibrary loan — Riverbend Public Library',
  `<header><strong>Riverbend Public Library</strong><nav><a href="/catalog">Catalog</a><a href="/account">My account</a><a href="/events">Events</a></nav></header>
<main>
<p class="muted">My account › Requests</p>
<div class="modal" role="dialog" aria-labelledby="ill-heading">
<div class="row"><h2 id="ill-heading">Request an item from another library</h2><button class="modal-close" aria-label="Close">×</button></div>
<p class="muted">Interlibrary loans usually arrive in 7–14 days. Limit 5 active requests.</p>
<form id="ill-form">
<label for="ill-title">Title</label><input id="ill-title" name="title">
<label for="ill-author">Author / editor</label><input id="ill-author" name="author">
<label for="ill-isbn">ISBN or ISSN</label><input id="ill-isbn" name="isbn">
${ILL_FORMATS_V1}
<label for="need-by">Not needed after</label><input id="need-by" type="date" name="need_by">
<label for="pickup">Pickup location</label><select id="pickup" name="pickup"><option>Main Library</option><option>Eastgate Branch</option><option>Hillcrest Branch</option></select>
<label><input type="checkbox" id="copyright-ok"> I have read the copyright notice (17 U.S.C. 108)</label>
<div class="row"><button type="submit" class="primary">Submit request</button><button type="button" class="cancel">Cancel</button></div>
</form></div>
</main>`,
);

const illV2 = edit(illV1, [
  [
    '<button class="modal-close" aria-label="Close">×</button>',
    '<button class="icon-btn" aria-label="Close dialog">✕</button>',
  ],
  [
    '<label for="ill-title">Title</label><input id="ill-title" name="title">',
    '<label for="item-title">Title of book or article</label><input id="item-title" name="itemTitle">',
  ],
  [
    '<label for="ill-isbn">ISBN or ISSN</label><input id="ill-isbn" name="isbn">',
    '<label for="identifier">ISBN, ISSN or DOI (optional)</label><input id="identifier" name="identifier">',
  ],
  [ILL_FORMATS_V1, ILL_FORMATS_V2],
  [
    '<label for="need-by">Not needed after</label><input id="need-by" type="date" name="need_by">',
    '<label for="deadline">I need it by</label><input id="deadline" type="date" name="deadline">',
  ],
  [
    '<label for="pickup">Pickup location</label><select id="pickup" name="pickup">',
    '<label for="branch">Pick up at</label><select id="branch" name="pickupBranch">',
  ],
  [
    '<label><input type="checkbox" id="copyright-ok"> I have read the copyright notice (17 U.S.C. 108)</label>',
    '<p class="muted">By sending this request you accept the <a href="/copyright">copyright notice</a>.</p>',
  ],
  [
    '<button type="submit" class="primary">Submit request</button><button type="button" class="cancel">Cancel</button>',
    '<button type="submit" class="btn-solid">Send request</button><a href="/account/requests" class="btn-text">Cancel</a>',
  ],
]);

// ---------------------------------------------------------------------------
// 16. Court e-filing account settings (legal)

const COURT_NOTIFY_V1 = `<label><input type="checkbox" id="n-accepted" checked> Email me when a filing is accepted</label>
<label><input type="checkbox" id="n-rejected" checked> Email me when a filing is rejected</label>
<label><input type="checkbox" id="n-digest"> Daily docket digest</label>
<label for="digest-time">Digest delivery time</label><select id="digest-time"><option>6:00 AM</option><option>7:00 AM</option><option>8:00 AM</option></select>
<label><input type="checkbox" id="n-hearing-sms"> Text alerts for upcoming hearings</label>`;

function sw(key: string, label: string, on: boolean): string {
  return `<div class="row"><button type="button" role="switch" aria-checked="${on}" data-key="${key}" aria-label="${label}">${on ? 'On' : 'Off'}</button><span>${label}</span></div>`;
}
const COURT_NOTIFY_V2 = [
  sw('filing_accepted', 'Filing accepted', true),
  sw('filing_rejected', 'Filing rejected (with clerk’s reason)', true),
  sw('weekly_digest', 'Weekly docket digest (Mondays, 7 AM)', false),
  sw('hearing_sms', 'SMS reminder 24 h before hearings', false),
].join('\n');

const courtV1 = page(
  'Account settings — eFile County Courts',
  `<header><strong>eFile County Courts</strong><nav><a href="/filings">Filings</a><a href="/cases">Cases</a><a href="/service">E-service</a></nav><span class="muted">K. Ramirez, Esq.</span></header>
<div class="sidebar"><nav class="settings-nav" style="flex-direction:column;align-items:flex-start"><a href="#profile">Profile</a><a href="#firm">Firm</a><a href="#contacts">Service contacts</a><a href="#notifications">Notifications</a><a href="#payment">Payment accounts</a></nav></div>
<main style="margin-left:220px">
<h1>Account settings</h1>
<section id="profile" class="card"><h2>Profile</h2><label for="bar-number">State bar number</label> <input id="bar-number" value="291044"> <label for="display-name">Display name</label> <input id="display-name" value="Katherine Ramirez"></section>
<section id="notifications" class="card"><h2>Notifications</h2>
<form id="notify-form">
${COURT_NOTIFY_V1}
<button id="save-prefs" type="submit">Save preferences</button>
</form></section>
<p><a href="/filings/history.csv" id="history-link">Download filing history</a></p>
</main>`,
);

const courtV2 = edit(courtV1, [
  [
    '<span class="muted">K. Ramirez, Esq.</span></header>',
    '<button type="button" data-export="history">Export filing history</button><span class="muted">K. Ramirez, Esq.</span></header>',
  ],
  ['<nav class="settings-nav"', '<nav class="side-nav"'],
  ['<a href="#payment">Payment accounts</a>', '<a href="#billing">Billing &amp; fees</a>'],
  [
    '<label for="bar-number">State bar number</label> <input id="bar-number" value="291044">',
    '<label for="bar-id">Attorney bar ID</label> <input id="bar-id" name="barId" value="291044">',
  ],
  [COURT_NOTIFY_V1, COURT_NOTIFY_V2],
  [
    '<button id="save-prefs" type="submit">Save preferences</button>',
    '<button type="submit" class="btn btn-primary">Save changes</button>',
  ],
  ['<p><a href="/filings/history.csv" id="history-link">Download filing history</a></p>\n', ''],
]);

// ---------------------------------------------------------------------------
// 17. Radio station playout log (broadcast)

const LOG_ITEMS = [
  ['i1', '14:00:00', 'Jingle', 'Top of hour ID', '—', '0:10'],
  ['i2', '14:00:10', 'Song', 'Chaise Longue', 'Wet Leg', '3:16'],
  ['i3', '14:03:26', 'Song', 'Belinda Says', 'Alvvays', '3:45'],
  ['i4', '14:07:11', 'Spot', 'May sales event', 'Rivera Honda', '0:30'],
  ['i5', '14:07:41', 'Liner', 'Afternoon drive with Dee', '—', '0:08'],
  ['i6', '14:07:49', 'Song', 'Running Up That Hill', 'Kate Bush', '4:58'],
] as const;
type LogItem = (typeof LOG_ITEMS)[number];
function logV1([id, t, type, title, who, len]: LogItem): string {
  return `<tr data-item="${id}"><td>${t}</td><td>${type}</td><td>${title}</td><td>${who}</td><td>${len}</td><td><button class="move-up" title="Move up">▲</button> <button class="remove">Remove</button></td></tr>`;
}
function logV2([id, t, type, title, who, len]: LogItem): string {
  return `<tr data-id="${id}" draggable="true"><td><span class="drag-handle" aria-label="Drag to reorder">⋮⋮</span></td><td>${t}</td><td>${type}</td><td>${title}</td><td>${who}</td><td>${len}</td><td><button class="icon" aria-label="Delete ${title}">🗑</button></td></tr>`;
}

const radioV1 = page(
  'Log editor — OnAir Scheduler',
  `<header><strong>OnAir Scheduler</strong><nav><a href="/log">Log editor</a><a href="/library">Music library</a><a href="/traffic">Traffic</a><a href="/reconcile">Reconcile</a></nav><span class="muted">KXRB 98.1 · Thu 16 May</span></header>
<main>
<aside class="card"><h3>Library</h3><input id="lib-search" placeholder="Search title or artist"><ul class="results"><li>Fleet Foxes – Mykonos 4:35 <button>Add</button></li><li>Khruangbin – Maria También 3:08 <button>Add</button></li><li>Big Thief – Vampire Empire 3:52 <button>Add</button></li></ul></aside>
<h2 class="hour-title">14:00 hour · Afternoon Drive</h2>
<p class="muted">Hour length 59:48 · target 60:00 · 3 spot breaks</p>
<div class="row"><button id="insert-break">Insert break</button><button id="autofill">Auto-fill hour</button></div>
<table id="log"><thead><tr><th>Time</th><th>Type</th><th>Title</th><th>Artist / client</th><th>Len</th><th></th></tr></thead><tbody>
${LOG_ITEMS.map(logV1).join('\n')}
</tbody></table>
</main>`,
);

const radioV2 = edit(radioV1, [
  [
    '<input id="lib-search" placeholder="Search title or artist"><ul class="results">',
    '<input name="q" type="search" placeholder="Find music" aria-label="Find music"><ul class="library-results">',
  ],
  [
    '<li>Fleet Foxes – Mykonos 4:35 <button>Add</button></li>',
    '<li data-track="t41">Fleet Foxes – Mykonos 4:35 <button>+ Add to log</button></li>',
  ],
  [
    '<li>Khruangbin – Maria También 3:08 <button>Add</button></li>',
    '<li data-track="t88">Khruangbin – Maria También 3:08 <button>+ Add to log</button></li>',
  ],
  [
    '<li>Big Thief – Vampire Empire 3:52 <button>Add</button></li>',
    '<li data-track="t93">Big Thief – Vampire Empire 3:52 <button>+ Add to log</button></li>',
  ],
  [
    '<h2 class="hour-title">14:00 hour · Afternoon Drive</h2>',
    '<h2 id="hour-heading">Afternoon Drive — 14:00</h2>',
  ],
  [
    '<div class="row"><button id="insert-break">Insert break</button><button id="autofill">Auto-fill hour</button></div>',
    '<div class="row toolbar"><button id="add-ad-break">Add ad break</button><button id="add-liner">Add liner</button><button data-action="autofill">Fill hour</button></div>',
  ],
  ['<th>Time</th><th>Type</th>', '<th></th><th>Time</th><th>Type</th>'],
  ...LOG_ITEMS.map((it) => [logV1(it), it[0] === 'i5' ? '' : logV2(it)] as const),
]);

// ---------------------------------------------------------------------------
// 18. Museum collections record (cultural heritage)

const MUSEUM_CONDITION_V1 = `<label><input type="radio" name="condition" id="cond-good" checked> Good</label><label><input type="radio" name="condition" id="cond-fair"> Fair</label><label><input type="radio" name="condition" id="cond-poor"> Poor</label>`;
const MUSEUM_CONDITION_V2 = `<label><input type="radio" name="condition" value="excellent"> Excellent</label><label><input type="radio" name="condition" value="good" checked> Good</label><label><input type="radio" name="condition" value="fair"> Fair</label><label><input type="radio" name="condition" value="unstable"> Unstable — needs conservation</label>`;
const THUMBS_V1 = `<ul class="thumbs row"><li><img alt="Bowl, top view" width="80" height="60"> <button class="set-primary">Set as primary</button></li><li><img alt="Bowl, profile" width="80" height="60"> <button class="set-primary">Set as primary</button></li><li><img alt="Bowl, base with mark" width="80" height="60"> <button class="set-primary">Set as primary</button></li></ul>`;
const THUMBS_V2 = `<div class="row gallery"><figure data-image="img-1"><img alt="Bowl, top view" width="80" height="60"><figcaption><button>★ Primary</button></figcaption></figure><figure data-image="img-2"><img alt="Bowl, profile" width="80" height="60"><figcaption><button>Make primary</button></figcaption></figure><figure data-image="img-3"><img alt="Bowl, base with mark" width="80" height="60"><figcaption><button>Make primary</button></figcaption></figure></div>`;

const museumV1 = page(
  '1987.44.12 — CollectionsBase',
  `<header><strong>CollectionsBase</strong><nav><a href="/objects">Objects</a><a href="/people">People &amp; orgs</a><a href="/locations">Locations</a><a href="/loans">Loans</a></nav></header>
<main>
<h1>1987.44.12 — Ceremonial bowl</h1>
<div class="row"><button id="save-record" class="primary">Save record</button><button id="duplicate">Duplicate</button><button id="delete-record">Delete record</button></div>
<form id="object-form" class="grid" style="max-width:none;display:grid">
<div><label for="obj-number">Object number</label> <input id="obj-number" value="1987.44.12"></div>
<div><label for="obj-title">Title</label> <input id="obj-title" value="Ceremonial bowl"></div>
<div><label for="maker">Maker</label> <input id="maker" value="Unknown, Shipibo-Conibo"></div>
<div><label for="date-made">Date made</label> <input id="date-made" value="ca. 1920–1940"></div>
<div><label for="materials">Materials</label> <input id="materials" value="earthenware; slip; resin"></div>
<div><span>Dimensions (cm)</span> <input id="dim-h" size="4" value="14.2" aria-label="Height"><input id="dim-w" size="4" value="31.0" aria-label="Width"><input id="dim-d" size="4" value="31.0" aria-label="Depth"></div>
<div><label for="location">Current location</label> <select id="location"><option>Store B, bay 4, shelf 2</option><option>Gallery 3, case 7</option><option>Conservation lab</option></select></div>
<div><span>Condition</span> ${MUSEUM_CONDITION_V1}</div>
<div><label><input type="checkbox" id="on-display"> On display</label></div>
<div><label for="provenance">Provenance</label><br><textarea id="provenance" rows="3" cols="40">Collected by R. Alvarez, Ucayali River, 1961; gift of the Alvarez family, 1987.</textarea></div>
</form>
<h2>Images</h2>
${THUMBS_V1}
</main>`,
);

const museumV2 = edit(museumV1, [
  [
    '<div class="row"><button id="save-record" class="primary">Save record</button><button id="duplicate">Duplicate</button><button id="delete-record">Delete record</button></div>',
    '<div class="row"><button id="save-record" class="primary">Save</button><button id="new-loan">Create loan record</button></div>',
  ],
  [
    '<label for="obj-title">Title</label> <input id="obj-title" value="Ceremonial bowl">',
    '<label for="title">Object name / title</label> <input id="title" name="title" value="Ceremonial bowl">',
  ],
  [
    '<label for="date-made">Date made</label> <input id="date-made"',
    '<label for="production-date">Production date</label> <input id="production-date" name="productionDate"',
  ],
  [
    '<input id="dim-h" size="4" value="14.2" aria-label="Height"><input id="dim-w" size="4" value="31.0" aria-label="Width"><input id="dim-d" size="4" value="31.0" aria-label="Depth">',
    '<input name="heightCm" size="4" value="14.2" aria-label="Height (cm)"> × <input name="widthCm" size="4" value="31.0" aria-label="Width (cm)"> × <input name="depthCm" size="4" value="31.0" aria-label="Depth (cm)">',
  ],
  [MUSEUM_CONDITION_V1, MUSEUM_CONDITION_V2],
  [
    '<div><label><input type="checkbox" id="on-display"> On display</label></div>',
    '<div><label for="display-status">Display status</label> <select id="display-status" name="displayStatus"><option>In storage</option><option>On display</option><option>On loan</option></select></div>',
  ],
  [
    THUMBS_V1,
    `${THUMBS_V2}\n<section class="card danger-zone"><h3>Danger zone</h3><p class="muted">Deaccessioned objects must go through committee review first.</p><button>Delete this record</button></section>`,
  ],
]);

// ---------------------------------------------------------------------------
// 19. Adverse event report (clinical trial EDC)

const aeV1 = page(
  'Adverse event — TrialDesk EDC',
  `<header><strong>TrialDesk EDC</strong><nav><a href="/subjects">Subjects</a><a href="/visits">Visits</a><a href="/queries">Queries (4)</a></nav><span class="muted">Study ONC-2207 · Site 014 · CRC: L. Baptiste</span></header>
<main>
<h1>Adverse event report</h1>
<p class="muted">Report serious adverse events to the sponsor within 24 hours of awareness.</p>
<form id="ae-form">
<label for="subject-id">Subject ID</label><input id="subject-id" value="014-0032">
<label for="ae-term">Event term (verbatim)</label><input id="ae-term">
<label for="onset">Onset date</label><input id="onset" type="date">
<fieldset><legend>Severity</legend><label><input type="radio" name="severity" id="sev-mild"> Mild</label><label><input type="radio" name="severity" id="sev-moderate"> Moderate</label><label><input type="radio" name="severity" id="sev-severe"> Severe</label></fieldset>
<fieldset><legend>Serious?</legend><label><input type="radio" name="serious" id="serious-yes"> Yes</label><label><input type="radio" name="serious" id="serious-no"> No</label></fieldset>
<label for="relationship">Relationship to study drug</label><select id="relationship"><option>Not related</option><option>Unlikely</option><option>Possible</option><option>Probable</option><option>Definite</option></select>
<label for="action">Action taken with study drug</label><select id="action"><option>None</option><option>Dose reduced</option><option>Interrupted</option><option>Withdrawn</option></select>
<label for="narrative">Narrative</label><textarea id="narrative" rows="4"></textarea>
<label><input type="checkbox" id="irb-reported"> Reported to IRB</label>
<div class="row"><button id="submit-sponsor" type="submit">Submit to sponsor</button><button id="ae-draft" type="button">Save draft</button></div>
</form>
</main>`,
);

const aeV2 = edit(aeV1, [
  [
    '<label for="subject-id">Subject ID</label><input id="subject-id" value="014-0032">',
    '<label for="subject">Subject number</label><input id="subject" name="subjectNumber" value="014-0032" readonly>',
  ],
  [
    '<label for="onset">Onset date</label><input id="onset" type="date">',
    '<div class="row"><label for="onset-date">Start date</label><input id="onset-date" name="onsetDate" type="date"><label for="end-date">End date</label><input id="end-date" name="endDate" type="date"></div>',
  ],
  [
    '<fieldset><legend>Severity</legend><label><input type="radio" name="severity" id="sev-mild"> Mild</label><label><input type="radio" name="severity" id="sev-moderate"> Moderate</label><label><input type="radio" name="severity" id="sev-severe"> Severe</label></fieldset>',
    '<label for="grade">CTCAE grade</label><select id="grade" name="ctcaeGrade"><option>Grade 1</option><option>Grade 2</option><option>Grade 3</option><option>Grade 4</option><option>Grade 5</option></select>',
  ],
  [
    '<fieldset><legend>Serious?</legend><label><input type="radio" name="serious" id="serious-yes"> Yes</label><label><input type="radio" name="serious" id="serious-no"> No</label></fieldset>',
    '<fieldset><legend>Does the event meet SAE criteria?</legend><label><input type="radio" name="sae" value="N"> No</label><label><input type="radio" name="sae" value="Y"> Yes — complete SAE form</label></fieldset>',
  ],
  [
    '<label for="relationship">Relationship to study drug</label><select id="relationship">',
    '<label for="causality">Causality (investigator assessment)</label><select id="causality" name="causality">',
  ],
  [
    '<label for="narrative">Narrative</label><textarea id="narrative" rows="4"></textarea>',
    '<label for="ae-narrative">Event description</label><textarea id="ae-narrative" name="narrative" rows="4"></textarea>',
  ],
  ['<label><input type="checkbox" id="irb-reported"> Reported to IRB</label>\n', ''],
  [
    '<button id="submit-sponsor" type="submit">Submit to sponsor</button><button id="ae-draft" type="button">Save draft</button>',
    '<button id="ae-draft" type="button">Save draft</button><button type="submit" class="submit">Submit AE report</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 20. Wind farm SCADA alarm console (energy)

const WTGS = [
  ['WTG-01', 'Running · 3.1 MW'],
  ['WTG-02', 'Running · 2.9 MW'],
  ['WTG-03', 'Running · 3.3 MW'],
  ['WTG-04', 'Fault · 0.0 MW'],
  ['WTG-05', 'Running · 3.0 MW'],
  ['WTG-06', 'Curtailed · 1.8 MW'],
  ['WTG-07', 'Stopped (maintenance)'],
  ['WTG-08', 'Running · 3.2 MW'],
] as const;
const TILES_V1 = `<div class="grid3" id="tiles">${WTGS.map(([id, s]) => `<div class="tile card" data-wtg="${id}">${id} · ${s}</div>`).join('')}</div>`;
const TILES_V2 = `<div class="grid3" id="fleet">${WTGS.filter(([id]) => id !== 'WTG-07')
  .map(([id, s]) => `<div class="wtg-tile card" data-turbine="${id}"><strong>${id}</strong> ${s}</div>`)
  .join('')}</div>`;
const ALARMS = [
  ['a1042', '14:19:51', 'WTG-04', 'E-2104', 'Pitch system fault, blade B', 'Critical'],
  ['a1041', '14:02:13', 'WTG-02', 'W-0310', 'Gearbox oil temperature high', 'Warning'],
  ['a1039', '13:47:30', 'WTG-06', 'I-0007', 'Grid frequency deviation, curtailment active', 'Info'],
] as const;
type Alarm = (typeof ALARMS)[number];
const alarmV1 = ([id, t, wtg, code, d, sev]: Alarm) =>
  `<tr data-alarm="${id}"><td>${t}</td><td>${wtg}</td><td>${code}</td><td>${d}</td><td>${sev}</td><td><button class="ack">Ack</button> <button class="shelve">Shelve</button></td></tr>`;
const alarmV2 = ([id, t, wtg, code, d, sev]: Alarm) =>
  `<tr data-alarm-id="${id}"><td>${t}</td><td>${wtg}</td><td>${code}</td><td>${d}</td><td>${sev}</td><td><button class="btn-ack">Acknowledge</button> <button class="btn-suppress">Suppress 1 h</button></td></tr>`;

const scadaV1 = page(
  'Alarms — GridWatch SCADA',
  `<header><strong>GridWatch SCADA</strong><nav><a href="/overview">Overview</a><a href="/alarms">Alarms</a><a href="/trends">Trends</a><a href="/reports">Reports</a></nav><span class="muted">Cold Ridge Wind · 8 × 3.6 MW · 14:22:05</span></header>
<main>
${TILES_V1}
<div class="row" id="alarm-toolbar"><label for="sev-filter">Severity</label><select id="sev-filter"><option>All</option><option>Critical</option><option>Warning</option><option>Info</option></select><button id="ack-all">Ack all</button><button id="export-log">Export log</button></div>
<table id="alarms"><thead><tr><th>Time</th><th>Turbine</th><th>Code</th><th>Description</th><th>Severity</th><th></th></tr></thead><tbody>
${ALARMS.map(alarmV1).join('\n')}
</tbody></table>
<section class="card" id="detail"><h2>WTG-04 control</h2><p>State: Fault · Wind 11.2 m/s · Nacelle 248°</p><label for="yaw-target">Yaw to (°)</label> <input id="yaw-target" type="number" value="250"><div class="row"><button id="stop-turbine">Stop turbine</button><button id="reset-fault">Reset fault</button></div></section>
</main>`,
);

const scadaV2 = edit(scadaV1, [
  ['Cold Ridge Wind · 8 × 3.6 MW', 'Cold Ridge Wind · 7 × 3.6 MW'],
  [TILES_V1, TILES_V2],
  [
    '<label for="sev-filter">Severity</label><select id="sev-filter">',
    '<label for="severity">Priority</label><select id="severity" name="severity">',
  ],
  [
    '<button id="ack-all">Ack all</button><button id="export-log">Export log</button>',
    '<button id="acknowledge-visible">Acknowledge all visible</button><button id="open-trends">Open trend viewer</button>',
  ],
  ...ALARMS.map((a) => [alarmV1(a), alarmV2(a)] as const),
  [
    '<label for="yaw-target">Yaw to (°)</label> <input id="yaw-target" type="number" value="250">',
    '<label for="heading">Target heading (°)</label> <input id="heading" name="heading" type="number" value="250">',
  ],
  [
    '<button id="stop-turbine">Stop turbine</button><button id="reset-fault">Reset fault</button>',
    '<button id="stop-turbine">Stop WTG-04</button><button class="icon" aria-label="Reset fault">↺</button><button class="icon" aria-label="Start turbine">▶</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 21. Claims adjuster field inspection (insurance, phone)

const DAMAGE_V1 = `<label><input type="checkbox" id="dmg-roof" checked> Roof</label>
<label><input type="checkbox" id="dmg-siding"> Siding</label>
<label><input type="checkbox" id="dmg-windows"> Windows</label>
<label><input type="checkbox" id="dmg-gutters" checked> Gutters</label>
<label><input type="checkbox" id="dmg-interior"> Interior / water</label>`;
const DAMAGE_V2 = `<div class="chips"><button data-damage="roof" aria-pressed="true">Roof &amp; gutters</button><button data-damage="siding" aria-pressed="false">Siding</button><button data-damage="windows" aria-pressed="false">Windows</button><button data-damage="interior" aria-pressed="false">Interior / water</button><button data-damage="fence" aria-pressed="false">Fence</button></div>`;

const claimV1 = page(
  'CLM-2291 — FieldAdjust',
  `<div class="phone">
<div class="topbar"><a href="/claims">‹ Claims</a><strong>CLM-2291</strong><span>Sync ✓</span></div>
<section class="claim-summary"><h2>Hail damage — 4410 Prairie View Dr</h2><p class="muted">Policy HO-3 · Insured: Dana Whitlock · Loss date 08 May</p>
<div class="row"><a id="call-insured" href="tel:+15550104477">Call insured</a><a id="navigate" href="https://maps.example/?q=4410+Prairie+View">Navigate</a></div></section>
<div class="tabs row"><a href="#details" class="active">Details</a><a href="#photos">Photos (12)</a><a href="#estimates">Estimates</a><a href="#notes">Notes</a></div>
<section id="details"><h3>Damage observed</h3>
${DAMAGE_V1}
<label for="roof-squares">Roof area (squares)</label><input id="roof-squares" value="28">
<button id="add-line">Add estimate line</button>
<button id="submit-inspection" class="wide">Submit inspection</button></section>
</div>`,
  PHONE_CSS,
);

const claimV2 = edit(claimV1, [
  [
    '<div class="row"><a id="call-insured" href="tel:+15550104477">Call insured</a><a id="navigate" href="https://maps.example/?q=4410+Prairie+View">Navigate</a></div>',
    '<div class="row"><a class="icon-btn" href="tel:+15550104477" aria-label="Call policyholder">📞</a><a class="icon-btn" href="sms:+15550104477" aria-label="Text policyholder">💬</a></div>',
  ],
  [
    '<div class="tabs row"><a href="#details" class="active">Details</a><a href="#photos">Photos (12)</a><a href="#estimates">Estimates</a><a href="#notes">Notes</a></div>',
    '<div role="tablist" class="segmented"><button role="tab" aria-controls="panel-details" aria-selected="true">Details</button><button role="tab" aria-controls="panel-photos" aria-selected="false">Photos · 12</button><button role="tab" aria-controls="panel-estimate" aria-selected="false">Estimate</button><button role="tab" aria-controls="panel-notes" aria-selected="false">Notes</button></div>',
  ],
  ['<section id="details">', '<section id="panel-details" role="tabpanel">'],
  [DAMAGE_V1, DAMAGE_V2],
  [
    '<button id="add-line">Add estimate line</button>',
    '<button class="fab" aria-label="Add line item">＋ Line item</button>',
  ],
  [
    '<button id="submit-inspection" class="wide">Submit inspection</button>',
    '<button data-action="finish" class="wide">Finish inspection</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 22. School bus route planner (K-12 transportation)

const STOPS = [
  ['s-201', 'Maple Ave &amp; 3rd St', '6:52', 7],
  ['s-204', 'Cedar Ridge Apartments (front gate)', '6:58', 12],
  ['s-205', 'Hillview Rd &amp; Orchard Ln', '7:04', 4],
  ['s-207', 'Old Mill Rd mailbox cluster', '7:09', 3],
  ['s-209', 'Pine Hollow Middle School', '7:25', 0],
] as const;
type Stop = (typeof STOPS)[number];
const stopV1 = ([id, name, t, n]: Stop, i: number) =>
  `<tr data-stop="${id}"><td>${i + 1}</td><td>${name}</td><td>${t}</td><td>${n}</td><td><button class="edit">Edit</button> <button class="remove">Remove</button></td></tr>`;
const stopV2 = ([id, name, t, n]: Stop, i: number) =>
  `<tr data-stop-id="${id}"><td>${i + 1}</td><td>${name}</td><td>${t}</td><td>${n}</td><td><button class="edit-stop">Edit</button> <button class="delete-stop">Delete stop</button></td></tr>`;
const BUS_ROUTES_V1 = `<ul class="route-list"><li><a href="/routes/3A" data-route="3A">Route 3A · AM</a></li><li><a href="/routes/3B" data-route="3B">Route 3B · PM</a></li><li><a href="/routes/7" data-route="7" class="active">Route 7 · AM</a></li><li><a href="/routes/12" data-route="12">Route 12 · AM</a></li></ul>`;
const BUS_ROUTES_V2 = `<nav class="routes" style="flex-direction:column;align-items:flex-start;background:none"><a href="/routes/3A" data-route-id="3A">3A (AM)</a><a href="/routes/3B" data-route-id="3B">3B (PM)</a><a href="/routes/7" data-route-id="7" aria-current="page">7 (AM)</a><a href="/routes/14" data-route-id="14">14 (AM)</a></nav>`;
const BUS_ADD_V1 = `<h2>Add stop</h2>
<form id="add-stop-form"><label for="new-stop-address">Address or intersection</label><input id="new-stop-address"><label for="new-stop-time">Pickup time</label><input id="new-stop-time" type="time"><button id="add-stop" type="submit">Add</button></form>`;
const DRIVERS = '<option>H. Cole</option><option>P. Sandoval</option><option>R. Mbeki</option>';

const busV1 = page(
  'Route 7 — RouteWise K-12',
  `<header><strong>RouteWise K-12</strong><nav><a href="/routes">Routes</a><a href="/students">Students</a><a href="/fleet">Fleet</a><a href="/drivers">Drivers</a></nav><span class="muted">Pine Hollow USD · 2024–25</span></header>
<div class="sidebar"><h3>Routes</h3>${BUS_ROUTES_V1}</div>
<main style="margin-left:220px">
<h1>Route 7 · AM</h1>
<div class="row"><label for="driver">Driver</label><select id="driver">${DRIVERS}</select><label for="bus">Bus</label><select id="bus"><option>#22 (72 pass.)</option><option>#31 (48 pass.)</option></select><button id="optimize">Optimize route</button></div>
<table id="stops"><thead><tr><th>#</th><th>Stop</th><th>Time</th><th>Students</th><th></th></tr></thead><tbody>
${STOPS.map(stopV1).join('\n')}
</tbody></table>
${BUS_ADD_V1}
</main>`,
);

const busV2 = edit(busV1, [
  [BUS_ROUTES_V1, BUS_ROUTES_V2],
  [
    '<main style="margin-left:220px">\n<h1>Route 7 · AM</h1>',
    '<main style="margin-left:220px">\n<aside class="card"><h3>New stop</h3><form id="stop-form"><label for="stop-address">Address</label><input id="stop-address" name="stopAddress"><label for="stop-time">Time</label><input id="stop-time" type="time"><button type="submit">Add stop</button></form></aside>\n<div class="row"><h1>Route 7 · AM</h1><label for="driver-id">Driver</label><select id="driver-id" name="driverId">' +
      DRIVERS +
      '</select></div>',
  ],
  [
    `<label for="driver">Driver</label><select id="driver">${DRIVERS}</select><label for="bus">Bus</label>`,
    '<label for="bus">Bus</label>',
  ],
  ['<button id="optimize">Optimize route</button>', '<button id="suggest-order">Suggest stop order</button>'],
  ...STOPS.map((s, i) => [stopV1(s, i), s[0] === 's-207' ? '' : stopV2(s, i > 3 ? i - 1 : i)] as const),
  [BUS_ADD_V1, ''],
]);

// ---------------------------------------------------------------------------
// 23. Brewery batch log (craft brewing)

const READINGS = [
  ['r1', '07 May', '1.058', '19.0', '5.1', '60'],
  ['r2', '08 May', '1.041', '19.5', '4.6', '45'],
  ['r3', '09 May', '1.028', '20.0', '4.4', '38'],
  ['r4', '10 May', '1.019', '20.5', '4.3', '30'],
] as const;
type Reading = (typeof READINGS)[number];
const readingV1 = ([, d, g, t, ph]: Reading) =>
  `<tr><td>${d}</td><td>${g}</td><td>${t}</td><td>${ph}</td><td><button class="edit">Edit</button></td></tr>`;
const readingV2 = ([id, d, g, t, , o2]: Reading) =>
  `<tr data-reading="${id}"><td>${d}</td><td>${g}</td><td>${t}</td><td>${o2}</td><td><button class="icon" aria-label="Edit reading">✎</button></td></tr>`;

const brewV1 = page(
  'B-0912 Hazy IPA — BrewLog',
  `<header><strong>BrewLog</strong><nav><a href="/batches">Batches</a><a href="/recipes">Recipes</a><a href="/tanks">Tanks</a><a href="/inventory">Inventory</a></nav><span class="muted">Three Rivers Brewing · Cellar</span></header>
<main>
<h1>B-0912 · Hazy IPA</h1>
<p class="muted">FV-3 · brewed 06 May · OG 1.066 · target FG 1.014 · yeast: London III</p>
<div class="row" id="batch-actions"><button id="dry-hop">Dry hop added</button><button id="transfer">Transfer to brite tank</button><button id="dump">Dump batch</button></div>
<h2>Fermentation readings</h2>
<table id="readings"><thead><tr><th>Date</th><th>Gravity (SG)</th><th>Temp (°C)</th><th>pH</th><th></th></tr></thead><tbody>
${READINGS.map(readingV1).join('\n')}
</tbody></table>
<form id="reading-form"><h3>Add reading</h3><label for="r-gravity">Gravity (SG)</label><input id="r-gravity" placeholder="1.0xx"><label for="r-temp">Temperature (°C)</label><input id="r-temp"><label for="r-ph">pH</label><input id="r-ph"><button id="log-reading" type="submit">Log reading</button></form>
</main>`,
);

const brewV2 = edit(brewV1, [
  [
    '<div class="row" id="batch-actions"><button id="dry-hop">Dry hop added</button><button id="transfer">Transfer to brite tank</button><button id="dump">Dump batch</button></div>',
    '<div class="row toolbar"><button data-action="transfer" class="btn-primary">Transfer…</button><button data-action="crash">Start cold crash</button></div>',
  ],
  [
    '<th>Gravity (SG)</th><th>Temp (°C)</th><th>pH</th>',
    '<th>Gravity (°P)</th><th>Temp (°C)</th><th>DO (ppb)</th>',
  ],
  ...READINGS.map((r) => [readingV1(r), readingV2(r)] as const),
  [
    '<label for="r-gravity">Gravity (SG)</label><input id="r-gravity" placeholder="1.0xx">',
    '<label for="gravity">Gravity (°P)</label><input id="gravity" name="gravity" placeholder="e.g. 4.8">',
  ],
  [
    '<label for="r-temp">Temperature (°C)</label><input id="r-temp">',
    '<label for="temp">Temp (°C)</label><input id="temp" name="tempC">',
  ],
  [
    '<label for="r-ph">pH</label><input id="r-ph">',
    '<label for="do-ppb">Dissolved O₂ (ppb)</label><input id="do-ppb" name="dissolvedOxygen">',
  ],
  [
    '<button id="log-reading" type="submit">Log reading</button></form>',
    '<button type="submit" class="btn">Add reading</button></form>\n<section class="card danger"><h3>Discard</h3><p class="muted">Dumped batches are written off in inventory.</p><button>Dump batch</button></section>',
  ],
]);

// ---------------------------------------------------------------------------
// 24. Fire apparatus daily check (public safety, phone)

const RIG_ITEMS = [
  ['tires', 'Tire pressure &amp; condition'],
  ['fluids', 'Fluids (oil, coolant, DEF)'],
  ['lights', 'Lights &amp; sirens'],
  ['scba', 'SCBA (4 bottles ≥ 4,000 psi)'],
  ['pump', 'Pump test / primer'],
] as const;
const RIG_ITEMS_V2 = [
  ['tires', 'Tires'],
  ['fluids', 'Fluids (oil, coolant, DEF)'],
  ['lights', 'Lights &amp; sirens'],
  ['scba', 'SCBA bottles (4 × ≥ 4,000 psi)'],
  ['ladder', 'Ground ladders secured'],
] as const;
const RIG_CHECKS_V1 = RIG_ITEMS.map(
  ([k, l]) =>
    `<fieldset data-item="${k}"><legend>${l}</legend><label><input type="radio" name="${k}" id="${k}-pass"> Pass</label><label><input type="radio" name="${k}" id="${k}-fail"> Fail</label></fieldset>`,
).join('\n');
const RIG_CHECKS_V2 = RIG_ITEMS_V2.map(
  ([k, l]) =>
    `<div class="row check-item" data-item="${k}"><span style="flex:1">${l}</span><button type="button" data-result="ok">OK</button><button type="button" data-result="issue">Issue</button></div>`,
).join('\n');

const rigV1 = page(
  'Engine 12 daily check — StationLog',
  `<div class="phone">
<div class="topbar"><strong>Engine 12 — Daily check</strong><span>Station 4 · B shift</span></div>
<section>
<form id="rig-check" style="max-width:none">
<label for="crew-select">Checked by</label><select id="crew-select"><option>FF J. Alvarez</option><option>FF K. Osei</option><option>ENG M. Tran</option></select>
<label for="odometer">Odometer (mi)</label><input id="odometer" inputmode="numeric" value="48213">
<label for="fuel">Fuel level</label><select id="fuel"><option>Full</option><option>3/4</option><option>1/2</option><option>Below 1/2</option></select>
${RIG_CHECKS_V1}
<button type="button" id="report-defect">Report defect</button>
<button type="submit" id="submit-check">Submit check</button>
</form>
</section>
</div>`,
  PHONE_CSS,
);

const rigV2 = edit(rigV1, [
  [
    '<span>Station 4 · B shift</span></div>',
    '<span>Stn 4 · B</span><button type="button" aria-label="Report defect" class="icon">⚠</button></div>',
  ],
  [
    '<label for="crew-select">Checked by</label><select id="crew-select"><option>FF J. Alvarez</option><option>FF K. Osei</option><option>ENG M. Tran</option></select>',
    '<p class="muted">Checked by FF J. Alvarez (from today’s roster)</p>',
  ],
  [
    '<label for="odometer">Odometer (mi)</label><input id="odometer" inputmode="numeric" value="48213">',
    '<label for="mileage">Mileage</label><input id="mileage" name="mileage" inputmode="numeric" value="48213">',
  ],
  [
    '<label for="fuel">Fuel level</label><select id="fuel"><option>Full</option><option>3/4</option><option>1/2</option><option>Below 1/2</option></select>',
    '<label for="fuel-level">Fuel (E ▸ F)</label><input id="fuel-level" name="fuelLevel" type="range" min="0" max="4" value="4">',
  ],
  [RIG_CHECKS_V1, RIG_CHECKS_V2],
  [
    '<button type="button" id="report-defect">Report defect</button>\n<button type="submit" id="submit-check">Submit check</button>\n</form>\n</section>',
    '</form>\n</section>\n<footer><button type="submit" form="rig-check" class="wide">Complete check</button></footer>',
  ],
]);

// ---------------------------------------------------------------------------

export const BLIND13_PAIRS: readonly PagePair[] = [
  {
    name: 'freight-dispatch-load-board',
    v1: freightV1,
    v2: freightV2,
    targets: [
      {
        selector: '#apply-filters',
        expect: '#filters-submit',
        change: 'filter submit renamed id, relabelled Apply → Search loads',
      },
      { selector: '#f-hazmat', expect: '#hazmat-toggle', change: 'hazmat checkbox became a switch button' },
      {
        selector: 'tr[data-load="L-40213"] .assign-btn',
        expect: 'tr[data-row-id="L-40213"] button',
        change: 'row attribute renamed, Assign → Dispatch, utility classes',
      },
      { selector: '#board-title', expect: 'h1', change: 'heading lost its id and was reworded' },
      {
        selector: 'a.reset-link',
        expect: '[data-action="reset"]',
        change: 'Clear filters link became a Reset button next to a new Save view button',
      },
      {
        selector: '#f-equip',
        expect: 'select[name="trailer"]',
        change: 'equipment select renamed (id, name, label Trailer type)',
      },
      {
        selector: 'tr[data-load="L-40214"] .assign-btn',
        expect: null,
        change: 'load row cancelled and removed; other rows stay',
      },
      {
        selector: 'nav a[href="/settlements"]',
        expect: null,
        change: 'Settlements nav link removed, Invoices link in its slot',
      },
    ],
  },
  {
    name: 'lims-sample-intake',
    v1: limsV1,
    v2: limsV2,
    targets: [
      {
        selector: 'form#intake input[name=project]',
        expect: '#sample-intake-form input[name="projectCode"]',
        change: 'form id and field name camelCased',
      },
      {
        selector: '#storage-80',
        expect: 'button[data-value="-80"]',
        change: 'storage radios became a segmented radiogroup with an added LN₂ option',
      },
      { selector: '#aliquots', expect: '#aliquot-count', change: 'relabelled Aliquot count, id renamed' },
      {
        selector: 'button.primary',
        expect: '#sample-intake-form button[type=submit]',
        change: 'BEM classes, Register → Register samples',
      },
      {
        selector: '#save-draft',
        expect: '#draft-btn',
        change: 'Save draft moved from form footer to header',
      },
      {
        selector: 'textarea#notes',
        expect: 'textarea[name="handling_notes"]',
        change: 'Notes → Handling notes, id renamed',
      },
      {
        selector: '#print-labels',
        expect: null,
        change: 'print labels checkbox removed; email chain-of-custody checkbox in its place',
      },
      { selector: 'aside li:nth-child(2) a', expect: null, change: 'recent batches side panel removed' },
    ],
  },
  {
    name: 'building-permit-wizard-step2',
    v1: permitV1,
    v2: permitV2,
    targets: [
      {
        selector: '#work-alteration',
        expect: '#type-alteration',
        change: 'radio cards with new ids, relabelled Remodel / alteration',
      },
      { selector: '#est-cost', expect: '#valuation', change: 'Estimated cost → Valuation of work' },
      {
        selector: 'input[name=contractor_license]',
        expect: 'input[name="licenseNumber"]',
        change: 'field name camelCased, label reworded',
      },
      {
        selector: 'button.next',
        expect: 'button[data-action=next]',
        change: 'Continue → Next: Site & plans, class dropped',
      },
      {
        selector: 'button.back',
        expect: 'a.link-back',
        change: 'Back button became a link naming the previous step',
      },
      {
        selector: '#save-later',
        expect: '#save-draft',
        change: 'Save and finish later link became Save draft button',
      },
      {
        selector: '#work-demolition',
        expect: null,
        change: 'Demolition option dropped; Repair option in its slot',
      },
      { selector: '#owner-builder', expect: null, change: 'owner-builder checkbox removed' },
    ],
  },
  {
    name: 'hotel-housekeeping-phone',
    v1: hkV1,
    v2: hkV2,
    targets: [
      {
        selector: '[data-room="301"] .btn-start',
        expect: '[data-room-id="301"] button',
        change: 'room cards became list rows, reordered; Start cleaning → Start',
      },
      {
        selector: '#chip-dirty',
        expect: 'button[data-filter=dirty]',
        change: 'chips became segmented control; Dirty → Needs cleaning',
      },
      {
        selector: '.tabbar a[href="#tasks"]',
        expect: 'a[href="/tasks"]',
        change: 'tab bar became nav with routes; Tasks → My tasks',
      },
      {
        selector: '#report-issue',
        expect: 'button[aria-label="Report issue"]',
        change: 'report button moved to app bar as icon button',
      },
      { selector: '.topbar h1', expect: 'header h1', change: 'top bar became header; Floor 3 → 3rd floor' },
      {
        selector: '[data-room="303"] .btn-inspect',
        expect: '[data-room-id="303"] button',
        change: 'Inspect → Check room',
      },
      {
        selector: '.tabbar a[href="#lost"]',
        expect: null,
        change: 'Lost & found tab removed; Supplies tab in its slot',
      },
      {
        selector: '[data-room="304"] .btn-start',
        expect: null,
        change: 'room 304 gone from the board; room 306 added',
      },
    ],
  },
  {
    name: 'mes-work-order',
    v1: mesV1,
    v2: mesV2,
    targets: [
      {
        selector: '#operations tr:nth-child(2) button.clock-on',
        expect: '[data-op="20"] button',
        change: 'operations table became cards; Clock on → Start op',
      },
      {
        selector: '#release-btn',
        expect: 'button[data-action=release]',
        change: 'Release to floor → Release, id dropped',
      },
      {
        selector: '#hold-btn',
        expect: 'aside button.btn-warning',
        change: 'Hold moved to an Exceptions side panel as Put on hold',
      },
      {
        selector: 'input[name=scrap_qty]',
        expect: 'input[name="scrapQuantity"]',
        change: 'scrap quantity renamed',
      },
      { selector: '#scrap-reason', expect: 'select[name="reasonCode"]', change: 'Reason → Defect code' },
      {
        selector: '#log-scrap',
        expect: '#scrap-form button[type=submit]',
        change: 'Log scrap → Record scrap, id dropped',
      },
      {
        selector: '#print-traveler',
        expect: null,
        change: 'Print traveler removed; Print labels in its place',
      },
      {
        selector: '#operations tr:nth-child(4) button.clock-on',
        expect: null,
        change: 'final inspection op removed from routing; pack op added',
      },
    ],
  },
  {
    name: 'ap-invoice-approval-queue',
    v1: apV1,
    v2: apV2,
    targets: [
      {
        selector: '#inv-search',
        expect: 'input[type=search]',
        change: 'search input lost id, utility classes',
      },
      {
        selector: '#bulk-approve',
        expect: 'button[data-bulk=approve]',
        change: 'bulk approve id → data attribute; Hold selected added next to it',
      },
      {
        selector: '#row-INV-7731 .btn-approve',
        expect: 'tr[data-invoice="INV-7731"] button.text-green-700',
        change: 'row id → data attribute, utility classes',
      },
      {
        selector: '#row-INV-7731 .btn-reject',
        expect: 'button[aria-label="Reject INV-7731"]',
        change: 'Reject became an icon button',
      },
      {
        selector: '.pagination a.next',
        expect: 'button[aria-label="Next page"]',
        change: 'pagination links became icon buttons',
      },
      {
        selector: '#entity-filter',
        expect: 'select[name=entity]',
        change: 'Entity → Legal entity, id renamed',
      },
      { selector: '#export-csv', expect: null, change: 'Export CSV removed; Sync to ERP in its slot' },
      {
        selector: '#row-INV-7740 input[type=checkbox]',
        expect: null,
        change: 'invoice row removed from queue',
      },
    ],
  },
  {
    name: 'subtitle-editor-13',
    v1: subV1,
    v2: subV2,
    targets: [
      {
        selector: '#btn-split',
        expect: 'button[aria-label="Split cue at playhead"]',
        change: 'toolbar became icon buttons',
      },
      { selector: '#btn-play', expect: 'button[aria-label="Play"]', change: 'Play became an icon button' },
      { selector: '#cue-start', expect: 'input[name="in"]', change: 'Start → In' },
      { selector: '#cue-text', expect: 'textarea[name="cueText"]', change: 'Text → Subtitle text' },
      {
        selector: '.lang-tabs a[data-lang=es]',
        expect: '[role=tab][data-locale=es]',
        change: 'language links became tabs with ISO codes',
      },
      {
        selector: '#apply-cue',
        expect: 'button.update-cue',
        change: 'Apply → Update cue, Revert added next to it',
      },
      { selector: '#btn-merge', expect: null, change: 'Merge cues removed; Insert cue in its slot' },
      {
        selector: '.lang-tabs a[data-lang=fr]',
        expect: null,
        change: 'French track dropped; German tab in its slot',
      },
    ],
  },
  {
    name: 'irrigation-zones',
    v1: irrV1,
    v2: irrV2,
    targets: [
      {
        selector: '#card-orchard .run-now',
        expect: 'tr[data-zone="orchard-b"] button.start',
        change: 'zone cards became table rows; Run now → Start watering',
      },
      {
        selector: '#card-north .skip-next',
        expect: 'tr[data-zone="north-pivot"] button.skip',
        change: 'Skip next → Skip next cycle',
      },
      {
        selector: '#day-wed',
        expect: 'button[data-day=wed]',
        change: 'weekday checkboxes became letter toggle buttons',
      },
      {
        selector: '#duration',
        expect: 'input[name="runtime_min"]',
        change: 'Duration (minutes) → Run time (min)',
      },
      {
        selector: '#add-schedule',
        expect: '#schedule-form button[type=submit]',
        change: 'Add schedule → Save schedule',
      },
      { selector: '#rain-delay', expect: '#rain-delay-toggle', change: 'rain delay button became a switch' },
      {
        selector: '#card-greenhouse .skip-next',
        expect: null,
        change: 'greenhouse zone lost skip; Pause zone in its slot',
      },
      { selector: '#forecast-link', expect: null, change: 'forecast link removed' },
    ],
  },
  {
    name: 'youth-soccer-referee-assignments',
    v1: refV1,
    v2: refV2,
    targets: [
      {
        selector: '#age-u12',
        expect: 'button[data-age="U12"]',
        change: 'age radios became segmented buttons',
      },
      { selector: '#notify-refs', expect: '#send-assignments', change: 'Notify referees → Send assignments' },
      {
        selector: 'select[name="center-G-115"]',
        expect: 'select[name="games[G-115].center"]',
        change: 'form field naming scheme changed',
      },
      {
        selector: 'select[name="ar1-G-115"]',
        expect: 'select[name="games[G-115].assistant"]',
        change: 'AR1 column became the single AR column',
      },
      {
        selector: 'tr[data-game="G-116"] .publish',
        expect: 'tr[data-game="G-116"] button.btn-publish',
        change: 'button class renamed',
      },
      { selector: '#schedule-heading', expect: 'h1.page-title', change: 'heading id → class, reworded' },
      {
        selector: '#auto-assign',
        expect: null,
        change: 'Auto-assign removed; Import from Arbiter in its slot',
      },
      {
        selector: 'select[name="ar2-G-115"]',
        expect: null,
        change: 'second assistant referee column dropped',
      },
    ],
  },
  {
    name: 'water-meter-reading-phone',
    v1: meterV1,
    v2: meterV2,
    targets: [
      {
        selector: '#reading',
        expect: 'input[name="meterReading"]',
        change: 'Current reading → Reading (m³), moved below access',
      },
      {
        selector: '#access-status',
        expect: 'select[name=access]',
        change: 'access select moved above reading, renamed',
      },
      { selector: '#leak', expect: 'button[role=switch]', change: 'leak checkbox became a switch' },
      {
        selector: '#photo-btn',
        expect: 'button[aria-label="Add photo"]',
        change: 'Take photo became camera icon button',
      },
      {
        selector: '#save-next',
        expect: 'footer button.primary-cta',
        change: 'Save & next → Next meter in sticky footer',
      },
      { selector: 'textarea#notes', expect: 'textarea[name="fieldNote"]', change: 'Notes → Note for office' },
      { selector: '#skip-meter', expect: null, change: 'Skip meter removed; Flag for revisit in its slot' },
      { selector: '#open-map', expect: null, change: 'Map tab removed' },
    ],
  },
  {
    name: 'food-bank-volunteer-signup',
    v1: fbV1,
    v2: fbV2,
    targets: [
      {
        selector: '#shifts tr[data-shift="s2"] button',
        expect: '[data-shift-id="s2"] button',
        change: 'shift table became cards; Sign up → Join shift',
      },
      {
        selector: '#vol-email',
        expect: 'input[type=email]',
        change: 'email input id renamed, typed as email',
      },
      {
        selector: '#group-size',
        expect: 'select[name="party_size"]',
        change: 'number input became Party size select',
      },
      { selector: '#minor', expect: 'input[name="is_minor"]', change: 'checkbox reworded, id dropped' },
      {
        selector: '#confirm-signup',
        expect: '#volunteer-form button[type=submit]',
        change: 'Confirm signup → Complete registration',
      },
      {
        selector: 'a.handbook',
        expect: 'header a.header-link',
        change: 'handbook link moved into header as Handbook',
      },
      {
        selector: '#remind-email',
        expect: null,
        change: 'email reminder removed; text reminder checkbox in its place',
      },
      {
        selector: '#shifts tr[data-shift="s4"] button',
        expect: null,
        change: 'senior delivery shift removed; snack packing shift added',
      },
    ],
  },
  {
    name: 'vet-patient-chart-13',
    v1: vetV1,
    v2: vetV2,
    targets: [
      {
        selector: '#tab-vaccines',
        expect: '[role=tab][data-tab=immunizations]',
        change: 'tab links became tabs; Vaccines → Immunizations',
      },
      {
        selector: '#vax tr:nth-child(2) .record-dose',
        expect: 'tr[data-vaccine=dhpp] button',
        change: 'rows resorted by due date; Record dose → Log dose',
      },
      {
        selector: '#weight-kg',
        expect: 'input[name=weight]',
        change: 'Weight (kg) → Body weight with unit suffix',
      },
      {
        selector: '#add-soap',
        expect: 'button.new-note',
        change: 'Add SOAP note → New note, moved into patient header',
      },
      {
        selector: '.allergies li:nth-child(1) a.remove',
        expect: 'button[aria-label="Delete allergy: Chicken protein"]',
        change: 'Remove link became trash icon button',
      },
      { selector: 'h1.patient-name', expect: '#patient-header h1', change: 'heading class dropped' },
      { selector: '#tab-invoices', expect: null, change: 'Invoices tab removed; Documents tab in its slot' },
      {
        selector: '#vax tr:nth-child(3) .record-dose',
        expect: null,
        change: 'Bordetella vaccine row removed',
      },
    ],
  },
  {
    name: 'mro-task-card',
    v1: tcV1,
    v2: tcV2,
    targets: [
      {
        selector: '#step-3-done',
        expect: 'tr[data-step="3"] input[type=checkbox]',
        change: 'steps list became table, ids dropped',
      },
      {
        selector: '#parts tr[data-pn="301-4522-01"] .req-stores',
        expect: 'tr[data-part="301-4522-01"] button',
        change: 'Request from stores → Order part',
      },
      { selector: '#torque', expect: 'input[name="torque_nm"]', change: 'torque units changed, id renamed' },
      {
        selector: '#mech-cert',
        expect: 'input[name="certificateNo"]',
        change: 'Mechanic certificate # → A&P certificate no.',
      },
      { selector: '#signoff', expect: 'button.sign-off', change: 'Sign off → Mechanic sign-off' },
      {
        selector: '#raise-nrc',
        expect: 'button[data-action=nrc]',
        change: 'Raise non-routine card → Create NRC; Defer added next to it',
      },
      {
        selector: '#parts tr[data-pn="MS24665-302"] .req-stores',
        expect: null,
        change: 'cotter pin part row removed; retaining washer row in its place',
      },
      { selector: '#step-5-stamp', expect: null, change: 'per-step inspector stamp inputs removed' },
    ],
  },
  {
    name: 'quay-crane-plan',
    v1: quayV1,
    v2: quayV2,
    targets: [
      {
        selector: '#cranes tr[data-qc=QC01] select',
        expect: '[data-crane=QC01] select',
        change: 'crane table became cards in a full restructure',
      },
      {
        selector: '#cranes tr[data-qc=QC02] input[type=time]',
        expect: '[data-crane=QC02] input[type=time]',
        change: 'start time moved into crane card',
      },
      {
        selector: '#recalc',
        expect: 'button[data-cmd=resequence]',
        change: 'Recalculate sequence → Re-sequence',
      },
      { selector: '#publish', expect: '#send-tos', change: 'Publish plan → Send to TOS, moved into header' },
      {
        selector: '.reefer-alerts li:first-child button',
        expect: 'li[data-cntr=MSCU4410282] button',
        change: 'alerts list renamed; Acknowledge → Ack',
      },
      { selector: '#vessel-title', expect: 'h1.vessel', change: 'vessel heading id → class, reworded' },
      {
        selector: '#cranes tr[data-qc=QC03] select',
        expect: null,
        change: 'QC03 withdrawn; QC04 card in its place',
      },
      { selector: '#lashing-gang', expect: null, change: 'lashing gang select removed' },
    ],
  },
  {
    name: 'interlibrary-loan-dialog',
    v1: illV1,
    v2: illV2,
    targets: [
      {
        selector: '#ill-title',
        expect: 'input[name="itemTitle"]',
        change: 'Title → Title of book or article',
      },
      {
        selector: '#fmt-chapter',
        expect: '#format-chapter',
        change: 'format radios reordered and relabelled',
      },
      { selector: '#need-by', expect: 'input[type=date]', change: 'Not needed after → I need it by' },
      { selector: '#pickup', expect: 'select[name="pickupBranch"]', change: 'Pickup location → Pick up at' },
      {
        selector: '.modal-close',
        expect: 'button[aria-label="Close dialog"]',
        change: 'close button class and label changed',
      },
      {
        selector: 'button.primary',
        expect: '#ill-form button[type=submit]',
        change: 'Submit request → Send request; Cancel became a link',
      },
      {
        selector: '#fmt-microfilm',
        expect: null,
        change: 'Microfilm option removed; digitized thesis option in its slot',
      },
      {
        selector: '#copyright-ok',
        expect: null,
        change: 'copyright checkbox replaced by implicit-consent text',
      },
    ],
  },
  {
    name: 'court-efiling-settings',
    v1: courtV1,
    v2: courtV2,
    targets: [
      { selector: '#n-accepted', expect: '[data-key=filing_accepted]', change: 'checkbox became switch row' },
      {
        selector: '#n-rejected',
        expect: '[data-key=filing_rejected]',
        change: 'checkbox became switch row, reworded',
      },
      {
        selector: '#n-hearing-sms',
        expect: '[data-key=hearing_sms]',
        change: 'Text alerts → SMS reminder switch',
      },
      {
        selector: '.settings-nav a[href="#payment"]',
        expect: 'a[href="#billing"]',
        change: 'Payment accounts → Billing & fees',
      },
      {
        selector: '#save-prefs',
        expect: '#notify-form button[type=submit]',
        change: 'Save preferences → Save changes',
      },
      {
        selector: '#bar-number',
        expect: 'input[name="barId"]',
        change: 'State bar number → Attorney bar ID',
      },
      {
        selector: '#n-digest',
        expect: null,
        change: 'daily digest removed; weekly digest switch in its slot',
      },
      { selector: '#digest-time', expect: null, change: 'digest time select removed' },
    ],
  },
  {
    name: 'radio-playout-log-13',
    v1: radioV1,
    v2: radioV2,
    targets: [
      {
        selector: '#log tr[data-item="i3"] .remove',
        expect: 'tr[data-id="i3"] button',
        change: 'Remove became trash icon button',
      },
      {
        selector: '#insert-break',
        expect: '#add-ad-break',
        change: 'Insert break → Add ad break; Add liner added next to it',
      },
      { selector: '#autofill', expect: 'button[data-action=autofill]', change: 'Auto-fill hour → Fill hour' },
      {
        selector: '#lib-search',
        expect: 'input[name=q]',
        change: 'library search id dropped, placeholder reworded',
      },
      {
        selector: '.results li:nth-child(2) button',
        expect: 'li[data-track=t88] button',
        change: 'results list renamed; Add → + Add to log',
      },
      { selector: 'h2.hour-title', expect: '#hour-heading', change: 'hour heading class → id, reworded' },
      {
        selector: '#log tr[data-item="i3"] .move-up',
        expect: null,
        change: 'move-up button replaced by a drag handle',
      },
      { selector: '#log tr[data-item="i5"] .remove', expect: null, change: 'liner row removed from the log' },
    ],
  },
  {
    name: 'museum-object-record',
    v1: museumV1,
    v2: museumV2,
    targets: [
      { selector: '#obj-title', expect: 'input[name=title]', change: 'Title → Object name / title' },
      {
        selector: '#date-made',
        expect: 'input[name="productionDate"]',
        change: 'Date made → Production date',
      },
      { selector: '#dim-h', expect: 'input[name="heightCm"]', change: 'dimension inputs lost ids' },
      {
        selector: '#on-display',
        expect: 'select[name="displayStatus"]',
        change: 'On display checkbox became Display status select',
      },
      {
        selector: '#delete-record',
        expect: '.danger-zone button',
        change: 'Delete moved to a danger zone card at the bottom',
      },
      {
        selector: '.thumbs li:nth-child(2) .set-primary',
        expect: 'figure[data-image="img-2"] button',
        change: 'thumbnail list became figures; Set as primary → Make primary',
      },
      { selector: '#duplicate', expect: null, change: 'Duplicate removed; Create loan record in its slot' },
      { selector: '#cond-poor', expect: null, change: 'Poor condition dropped; Unstable option in its slot' },
    ],
  },
  {
    name: 'clinical-adverse-event-form',
    v1: aeV1,
    v2: aeV2,
    targets: [
      {
        selector: '#subject-id',
        expect: 'input[name="subjectNumber"]',
        change: 'Subject ID → Subject number, read-only',
      },
      {
        selector: '#onset',
        expect: 'input[name="onsetDate"]',
        change: 'Onset date → Start date; End date added next to it',
      },
      {
        selector: '#serious-yes',
        expect: 'input[name=sae][value=Y]',
        change: 'serious radios renamed and reordered',
      },
      {
        selector: '#relationship',
        expect: 'select[name=causality]',
        change: 'Relationship to study drug → Causality',
      },
      { selector: '#narrative', expect: '#ae-narrative', change: 'Narrative → Event description' },
      {
        selector: '#submit-sponsor',
        expect: 'button.submit',
        change: 'Submit to sponsor → Submit AE report, swapped with Save draft',
      },
      { selector: '#irb-reported', expect: null, change: 'IRB checkbox removed' },
      { selector: '#sev-severe', expect: null, change: 'severity radios replaced by CTCAE grade select' },
    ],
  },
  {
    name: 'wind-farm-scada-alarms',
    v1: scadaV1,
    v2: scadaV2,
    targets: [
      {
        selector: '#alarms tr[data-alarm=a1042] .ack',
        expect: 'tr[data-alarm-id=a1042] button.btn-ack',
        change: 'Ack → Acknowledge, classes renamed',
      },
      {
        selector: '#alarms tr[data-alarm=a1042] .shelve',
        expect: 'tr[data-alarm-id=a1042] button.btn-suppress',
        change: 'Shelve → Suppress 1 h',
      },
      { selector: '#ack-all', expect: '#acknowledge-visible', change: 'Ack all → Acknowledge all visible' },
      { selector: '#sev-filter', expect: 'select[name=severity]', change: 'Severity → Priority' },
      {
        selector: '#reset-fault',
        expect: 'button[aria-label="Reset fault"]',
        change: 'Reset fault became icon button next to a new Start icon',
      },
      { selector: '#yaw-target', expect: 'input[name=heading]', change: 'Yaw to → Target heading' },
      { selector: '#export-log', expect: null, change: 'Export log removed; Open trend viewer in its slot' },
      { selector: '.tile[data-wtg="WTG-07"]', expect: null, change: 'decommissioned turbine tile removed' },
    ],
  },
  {
    name: 'claims-inspection-phone',
    v1: claimV1,
    v2: claimV2,
    targets: [
      {
        selector: 'a#call-insured',
        expect: 'a[href^="tel:"]',
        change: 'Call insured became phone icon link',
      },
      {
        selector: '.tabs a[href="#photos"]',
        expect: '[role=tab][aria-controls=panel-photos]',
        change: 'tab links became segmented tabs',
      },
      {
        selector: '#dmg-roof',
        expect: 'button[data-damage=roof]',
        change: 'damage checkboxes became chips; Roof → Roof & gutters',
      },
      {
        selector: '#dmg-windows',
        expect: 'button[data-damage=windows]',
        change: 'damage checkbox became chip',
      },
      { selector: '#add-line', expect: 'button.fab', change: 'Add estimate line → + Line item' },
      {
        selector: '#submit-inspection',
        expect: 'button[data-action=finish]',
        change: 'Submit inspection → Finish inspection',
      },
      { selector: '#dmg-gutters', expect: null, change: 'Gutters merged into roof chip; Fence chip added' },
      {
        selector: '#navigate',
        expect: null,
        change: 'Navigate link removed; Text policyholder icon in its slot',
      },
    ],
  },
  {
    name: 'school-bus-route-planner',
    v1: busV1,
    v2: busV2,
    targets: [
      {
        selector: '.route-list a[data-route="3B"]',
        expect: 'a[data-route-id="3B"]',
        change: 'route list became nav, labels shortened',
      },
      {
        selector: '#stops tr[data-stop=s-204] .edit',
        expect: 'tr[data-stop-id=s-204] button.edit-stop',
        change: 'row attribute and button class renamed',
      },
      {
        selector: '#new-stop-address',
        expect: 'input[name="stopAddress"]',
        change: 'add-stop form moved to side panel',
      },
      { selector: '#add-stop', expect: 'aside button[type=submit]', change: 'Add → Add stop, in side panel' },
      { selector: '#optimize', expect: '#suggest-order', change: 'Optimize route → Suggest stop order' },
      {
        selector: '#driver',
        expect: 'select[name="driverId"]',
        change: 'driver select moved next to heading',
      },
      {
        selector: '.route-list a[data-route="12"]',
        expect: null,
        change: 'Route 12 merged away; Route 14 in its slot',
      },
      { selector: '#stops tr[data-stop=s-207] .remove', expect: null, change: 'stop removed from route' },
    ],
  },
  {
    name: 'brewery-batch-log',
    v1: brewV1,
    v2: brewV2,
    targets: [
      {
        selector: '#r-gravity',
        expect: 'input[name=gravity]',
        change: 'gravity units changed SG → °P, id renamed',
      },
      { selector: '#r-temp', expect: 'input[name="tempC"]', change: 'Temperature → Temp, id renamed' },
      {
        selector: '#log-reading',
        expect: '#reading-form button[type=submit]',
        change: 'Log reading → Add reading',
      },
      {
        selector: '#transfer',
        expect: 'button[data-action=transfer]',
        change: 'Transfer to brite tank → Transfer…',
      },
      { selector: '#dump', expect: '.danger button', change: 'Dump batch moved to a discard card' },
      {
        selector: '#readings tr:nth-child(2) .edit',
        expect: 'tr[data-reading=r2] button',
        change: 'Edit became pencil icon button',
      },
      { selector: '#r-ph', expect: null, change: 'pH input removed; dissolved O₂ input in its slot' },
      { selector: '#dry-hop', expect: null, change: 'Dry hop added button removed' },
    ],
  },
  {
    name: 'fire-apparatus-daily-check-phone',
    v1: rigV1,
    v2: rigV2,
    targets: [
      {
        selector: '#lights-pass',
        expect: '[data-item=lights] button[data-result=ok]',
        change: 'Pass/Fail radios became OK/Issue buttons',
      },
      {
        selector: '#scba-fail',
        expect: '[data-item=scba] button[data-result=issue]',
        change: 'Fail radio became Issue button',
      },
      { selector: '#fuel', expect: 'input[name="fuelLevel"]', change: 'fuel select became a range slider' },
      { selector: '#odometer', expect: 'input[name=mileage]', change: 'Odometer (mi) → Mileage' },
      {
        selector: '#report-defect',
        expect: 'button[aria-label="Report defect"]',
        change: 'Report defect moved to top bar as icon',
      },
      {
        selector: '#submit-check',
        expect: 'footer button',
        change: 'Submit check → Complete check, in footer',
      },
      { selector: '#pump-pass', expect: null, change: 'pump test item removed; ladder item in its slot' },
      { selector: '#crew-select', expect: null, change: 'crew select replaced by roster text' },
    ],
  },
];
