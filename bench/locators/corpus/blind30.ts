// Blind corpus 30 — manufacturing and industrial operations: factory floor dashboards, machine
// maintenance work orders, quality inspection, warehouse bin management, supplier purchase orders,
// safety incident reports, shift scheduling, IoT sensor consoles.
import { edit, type PagePair, page } from './page.js';

// 1 — CMMS work order detail (full rewrite)
const woV1 = page(
  'WO-10482 · PlantCMMS',
  `<header><strong>PlantCMMS</strong><nav><a href="/dashboard" class="nav-dash">Dashboard</a><a href="/work-orders" class="nav-wo active">Work orders</a><a href="/assets" class="nav-assets">Assets</a><a href="/parts" class="nav-parts">Parts</a><a href="/reports" class="nav-reports">Reports</a></nav><span class="user">J. Okafor</span></header>
<main>
<aside id="asset-history"><h3>Asset history</h3><ul><li>WO-10311 Belt replaced — 12 Mar</li><li>WO-10207 Lubrication PM — 02 Feb</li><li>WO-10150 Sensor fault — 19 Jan</li></ul><a href="/assets/CNV-04/history">Full history</a></aside>
<h1>Work order WO-10482</h1>
<p><span class="badge status-open">Open</span> <span class="muted">Created 14 Apr 2024 by M. Reyes</span></p>
<form id="wo-form">
<label for="wo-asset">Asset</label><select id="wo-asset" name="asset"><option>CNV-04 Infeed conveyor</option><option>PRS-02 Hydraulic press</option><option>CMP-01 Air compressor</option></select>
<label for="wo-type">Type</label><select id="wo-type" name="type"><option>Corrective</option><option>Preventive</option><option>Inspection</option></select>
<label for="wo-priority">Priority</label><select id="wo-priority" name="priority"><option>P1 – Line down</option><option>P2 – Urgent</option><option>P3 – Planned</option></select>
<label for="wo-failure">Failure code</label><input id="wo-failure" name="failure_code" value="MECH-BRG">
<label for="wo-desc">Problem description</label><textarea id="wo-desc" name="description">Grinding noise from tail pulley bearing.</textarea>
<label for="wo-tech">Assigned technician</label><select id="wo-tech" name="technician"><option>D. Nowak</option><option>S. Patel</option></select>
<label for="wo-date">Scheduled</label><input id="wo-date" type="date" name="scheduled" value="2024-04-15">
<label for="wo-hours">Estimated hours</label><input id="wo-hours" type="number" name="est_hours" value="3">
</form>
<h2>Parts</h2>
<table id="parts-table"><thead><tr><th>Part no.</th><th>Description</th><th>Qty</th><th></th></tr></thead><tbody>
<tr><td>6204-2RS</td><td>Deep groove ball bearing</td><td>2</td><td><button class="remove-part">Remove</button></td></tr>
<tr><td>V-B52</td><td>V-belt B52</td><td>1</td><td><button class="remove-part">Remove</button></td></tr>
<tr><td>GR-EP2</td><td>EP2 grease cartridge</td><td>1</td><td><button class="remove-part">Remove</button></td></tr>
</tbody></table>
<button id="add-part" type="button">Add part</button>
<div class="row actions"><button id="btn-save">Save</button><button id="btn-complete">Complete</button><button id="btn-print">Print</button><button id="btn-cancel-wo">Cancel work order</button></div>
</main>
<footer>PlantCMMS 7.2 · Site: Leeds</footer>`,
);
const woV2 = page(
  'Replace tail pulley bearing · PlantCMMS',
  `<div class="topbar row"><a class="brand" href="/">PlantCMMS</a><ul class="menu row"><li><a href="/home">Home</a></li><li><a href="/jobs" aria-current="page">Jobs</a></li><li><a href="/equipment">Equipment</a></li><li><a href="/inventory/spares">Spares</a></li><li><a href="/analytics">Analytics</a></li></ul><button class="avatar" aria-label="Account: J. Okafor">JO</button></div>
<main class="job">
<div class="job-head"><p class="crumbs"><a href="/jobs">Jobs</a> / WO-10482</p><h1>Replace tail pulley bearing</h1><span class="pill pill-open">Open</span>
<div class="row job-actions"><button class="btn" data-action="save">Save changes</button><button class="btn" data-action="clone">Duplicate</button><button class="btn btn-danger" data-action="void">Void job</button></div></div>
<div class="grid">
<section class="card"><h2>Details</h2>
<div class="field"><label for="equipment">Equipment</label><select id="equipment" name="equipmentId"><option>CNV-04 Infeed conveyor</option><option>PRS-02 Hydraulic press</option><option>CMP-01 Air compressor</option></select></div>
<div class="field"><label for="job-kind">Job type</label><select id="job-kind" name="kind"><option>Breakdown</option><option>Planned maintenance</option><option>Inspection</option></select></div>
<div class="field"><label for="urgency">Priority</label><select id="urgency" name="urgency"><option>Critical – line stopped</option><option>High</option><option>Normal</option></select></div>
<div class="field"><label for="cause">Cause code</label><input id="cause" name="causeCode" value="MECH-BRG"></div>
<div class="field"><label for="problem">What's wrong?</label><textarea id="problem" name="problem">Grinding noise from tail pulley bearing.</textarea></div>
</section>
<section class="card"><h2>Planning</h2>
<div class="field"><label for="assignee">Assignee</label><select id="assignee" name="assignee"><option>D. Nowak</option><option>S. Patel</option></select></div>
<div class="field"><label for="due">Due date</label><input id="due" type="date" name="dueDate" value="2024-04-15"></div>
<div class="field"><label for="labour-estimate">Labour estimate (h)</label><input id="labour-estimate" type="number" name="labourHours" value="3"></div>
</section>
</div>
<section class="card"><h2>Spares used</h2><ul class="spares">
<li><span class="sku">6204-2RS</span> Deep groove ball bearing × 2 <button class="icon" aria-label="Remove Deep groove ball bearing">✕</button></li>
<li><span class="sku">V-B52</span> V-belt B52 × 1 <button class="icon" aria-label="Remove V-belt B52">✕</button></li>
<li><span class="sku">GR-EP2</span> EP2 grease cartridge × 1 <button class="icon" aria-label="Remove EP2 grease cartridge">✕</button></li>
</ul><button class="btn-link" type="button">+ Add spare</button></section>
<div class="sticky-footer row"><span class="muted">Last saved 2 min ago</span><button class="btn btn-primary" id="close-out">Close out job</button></div>
</main>`,
);

// 2 — CMMS asset register (edit)
const assetRow = (tag: string, desc: string, area: string, crit: string, status: string) =>
  `<tr data-tag="${tag}"><td><input type="checkbox" class="row-select" aria-label="Select ${tag}"></td><td><a href="/assets/${tag}">${tag}</a></td><td>${desc}</td><td>${area}</td><td>${crit}</td><td><span class="badge">${status}</span></td><td><button class="btn-edit">Edit</button> <button class="btn-meter">Log meter</button></td></tr>`;
const assetsV1 = page(
  'Asset register · AssetHub',
  `<header><strong>AssetHub</strong><nav><a href="/assets">Assets</a><a href="/locations">Locations</a><a href="/meters">Meters</a><a href="/pm">PM schedules</a></nav><span class="muted">Plant: Győr</span></header>
<main>
<h1>Asset register</h1>
<div class="row filters"><input id="asset-search" type="search" placeholder="Search assets" name="q"><select id="filter-area" name="area"><option>All areas</option><option>Press shop</option><option>Paint line</option><option>Assembly</option></select><select id="filter-crit" name="criticality"><option>Any criticality</option><option>A</option><option>B</option><option>C</option></select><label><input type="checkbox" id="show-retired"> Show retired</label><button id="apply-filters">Apply</button></div>
<div class="row"><button id="new-asset">New asset</button><button id="import-csv">Import CSV</button><button id="export-xlsx">Export</button></div>
<table id="asset-table"><thead><tr><th><input type="checkbox" id="select-all" aria-label="Select all"></th><th>Tag</th><th>Description</th><th>Area</th><th>Criticality</th><th>Status</th><th></th></tr></thead><tbody>
${assetRow('PRS-01', '800 t transfer press', 'Press shop', 'A', 'Running')}
${assetRow('PRS-02', '400 t hydraulic press', 'Press shop', 'A', 'Down')}
${assetRow('WLD-07', 'Robot spot welder cell 7', 'Assembly', 'B', 'Running')}
${assetRow('OVN-01', 'Paint cure oven', 'Paint line', 'A', 'Running')}
${assetRow('CMP-03', 'Screw compressor 75 kW', 'Utilities', 'B', 'Standby')}
</tbody></table>
<div class="row pager"><button id="prev-page" disabled>Previous</button><span>Page 1 of 12</span><button id="next-page">Next</button></div>
</main>
<footer>AssetHub · 583 assets</footer>`,
);
const assetsV2 = edit(assetsV1, [
  ['<a href="/pm">PM schedules</a>', '<a href="/maintenance/plans">Maintenance plans</a>'],
  [
    'id="asset-search" type="search" placeholder="Search assets"',
    'id="asset-query" type="search" placeholder="Search by tag or description"',
  ],
  [
    '<select id="filter-area" name="area"><option>All areas</option>',
    '<select id="filter-zone" name="zone" aria-label="Zone"><option>All zones</option>',
  ],
  [
    '<label><input type="checkbox" id="show-retired"> Show retired</label>',
    '<label><input type="checkbox" id="include-decommissioned"> Include decommissioned</label>',
  ],
  ['<button id="apply-filters">Apply</button>', ''],
  [
    '<button id="new-asset">New asset</button>',
    '<button id="create-asset" class="primary">+ Add asset</button>',
  ],
  ['<button id="export-xlsx">Export</button>', '<button id="print-labels">Print QR labels</button>'],
  [
    '<div class="row pager"><button id="prev-page" disabled>Previous</button><span>Page 1 of 12</span><button id="next-page">Next</button></div>',
    '<nav class="pager" aria-label="Pagination"><a rel="prev" aria-disabled="true">‹ Prev</a><span>1 / 12</span><a rel="next" href="?page=2">Next ›</a></nav>',
  ],
]);

// 3 — OEE line dashboard (full rewrite)
const lineRow = (id: string, product: string, state: string, oee: string, good: string) =>
  `<tr data-line="${id}"><td>${id}</td><td>${product}</td><td>${state}</td><td>${oee}</td><td>${good}</td><td><a class="details" href="/line?id=${id}">Details</a></td></tr>`;
const lineCard = (
  id: string,
  n: string,
  product: string,
  state: string,
  oee: string,
  good: number,
  target: number,
) =>
  `<article class="card line-card"><h3><a href="/lines/${id}">Line ${n}</a></h3><p>${product} · <span class="state">${state}</span></p><p>OEE ${oee}</p><progress value="${good}" max="${target}"></progress></article>`;
const oeeV1 = page(
  'LineView — OEE',
  `<header><strong>LineView</strong><select id="plant-select"><option>Plant 1 – Monterrey</option><option>Plant 2 – Saltillo</option></select><select id="shift-filter"><option>Shift A</option><option>Shift B</option><option>Shift C</option></select><button id="btn-refresh">Refresh</button><button id="btn-fullscreen">Fullscreen</button></header>
<main>
<div class="grid kpis">
<div class="card kpi" id="kpi-oee"><h3>OEE</h3><span class="value">71.4%</span></div>
<div class="card kpi" id="kpi-avail"><h3>Availability</h3><span class="value">86.0%</span></div>
<div class="card kpi" id="kpi-perf"><h3>Performance</h3><span class="value">88.2%</span></div>
<div class="card kpi" id="kpi-qual"><h3>Quality</h3><span class="value">94.1%</span></div>
</div>
<h2>Lines</h2>
<table id="line-table"><thead><tr><th>Line</th><th>Product</th><th>State</th><th>OEE</th><th>Good / Target</th><th></th></tr></thead><tbody>
${lineRow('L1', '500 ml PET', 'Running', '78%', '11,204 / 12,000')}
${lineRow('L2', '1.5 l PET', 'Stopped', '52%', '4,310 / 8,000')}
${lineRow('L3', '330 ml can', 'Running', '81%', '38,900 / 42,000')}
${lineRow('L4', '250 ml glass', 'Changeover', '64%', '7,120 / 10,000')}
${lineRow('L5', '2 l PET', 'Running', '73%', '5,870 / 7,000')}
</tbody></table>
<a id="view-trend" href="/trend">View 7-day trend</a>
<h2>Active alerts</h2>
<ul id="alerts"><li><span>L2 filler jam — 6 min</span> <button class="ack">Acknowledge</button></li><li><span>L4 low label stock</span> <button class="ack">Acknowledge</button></li><li><span>L5 speed loss 12%</span> <button class="ack">Acknowledge</button></li></ul>
</main>`,
);
const oeeV2 = page(
  'Line performance · LineView',
  `<div class="appbar row"><span class="logo">LineView</span><div class="toolbar row"><select aria-label="Site" name="site"><option>Monterrey</option><option>Saltillo</option></select><select name="crew" aria-label="Crew"><option>Crew A (06–14)</option><option>Crew B (14–22)</option><option>Crew C (22–06)</option></select><button class="icon" title="Reload data">⟳</button><button class="icon">Download PNG</button></div></div>
<main class="board">
<section class="metrics grid">
<div class="metric" data-metric="oee"><span class="label">Overall OEE</span><strong>71.4%</strong></div>
<div class="metric" data-metric="availability"><span class="label">Availability</span><strong>86.0%</strong></div>
<div class="metric" data-metric="performance"><span class="label">Performance</span><strong>88.2%</strong></div>
<div class="metric" data-metric="quality"><span class="label">Quality rate</span><strong>94.1%</strong></div>
</section>
<section class="alarm-strip"><h2>Alarms</h2>
<div class="alarm row"><p>Filler jam on L2 — 6 min</p><button aria-label="Acknowledge L2 filler jam">✓</button></div>
<div class="alarm row"><p>Label stock low on L4</p><button aria-label="Acknowledge L4 label stock">✓</button></div>
<div class="alarm row"><p>L5 running 12% under rate</p><button aria-label="Acknowledge L5 speed loss">✓</button></div>
</section>
<section class="lines grid3">
${lineCard('L1', '1', '500 ml PET', 'Running', '78%', 11204, 12000)}
${lineCard('L2', '2', '1.5 l PET', 'Stopped', '52%', 4310, 8000)}
${lineCard('L3', '3', '330 ml can', 'Running', '81%', 38900, 42000)}
${lineCard('L4', '4', '250 ml glass', 'Changeover', '64%', 7120, 10000)}
${lineCard('L5', '5', '2 l PET', 'Running', '73%', 5870, 7000)}
</section>
</main>`,
);

// 4 — Nonconformance report form (edit)
const ncrV1 = page(
  'New NCR · QMS',
  `<header><strong>QMS</strong><nav><a href="/ncr">NCRs</a><a href="/capa">CAPA</a><a href="/audits">Audits</a><a href="/docs">Documents</a></nav></header>
<main><h1>New nonconformance report</h1>
<form id="ncr-form">
<fieldset><legend>Part</legend>
<label for="part-number">Part number</label><input id="part-number" name="part_number">
<label for="lot-number">Lot / batch</label><input id="lot-number" name="lot">
<label for="qty-inspected">Quantity inspected</label><input id="qty-inspected" type="number" name="qty_inspected">
<label for="qty-rejected">Quantity rejected</label><input id="qty-rejected" type="number" name="qty_rejected">
</fieldset>
<fieldset><legend>Defect</legend>
<label for="defect-type">Defect type</label><select id="defect-type" name="defect_type"><option>Dimensional</option><option>Cosmetic</option><option>Material</option><option>Functional</option></select>
<label for="detected-at">Detected at</label><select id="detected-at" name="detected_at"><option>Incoming inspection</option><option>In-process</option><option>Final inspection</option><option>Customer</option></select>
<label for="defect-desc">Description</label><textarea id="defect-desc" name="description"></textarea>
<label for="photos">Photos</label><input id="photos" type="file" name="photos" multiple>
</fieldset>
<fieldset><legend>Disposition</legend>
<label><input type="radio" name="disposition" value="rework"> Rework</label>
<label><input type="radio" name="disposition" value="scrap"> Scrap</label>
<label><input type="radio" name="disposition" value="uai"> Use as is</label>
<label><input type="radio" name="disposition" value="rts"> Return to supplier</label>
</fieldset>
<label><input type="checkbox" id="notify-supplier" name="notify_supplier"> Notify supplier quality engineer</label>
<div class="row"><button type="submit" id="submit-ncr">Submit NCR</button><button type="button" id="save-draft">Save draft</button><a href="/ncr" id="cancel-link">Cancel</a></div>
</form></main>`,
);
const ncrV2 = edit(ncrV1, [
  [
    '<label for="lot-number">Lot / batch</label><input id="lot-number" name="lot">',
    '<label for="batch-id">Batch / heat number</label><input id="batch-id" name="batch">',
  ],
  [
    '<label for="qty-rejected">Quantity rejected</label><input id="qty-rejected" type="number" name="qty_rejected">',
    '<label for="qty-nc">Quantity nonconforming</label><input id="qty-nc" type="number" name="qty_nc">',
  ],
  [
    '<label for="photos">Photos</label><input id="photos" type="file" name="photos" multiple>',
    '<label for="evidence">Evidence (photos, CMM reports)</label><input id="evidence" type="file" name="attachments" multiple>',
  ],
  ['value="uai"> Use as is', 'value="use-as-is"> Use as is (concession)'],
  [
    '<label><input type="radio" name="disposition" value="rts"> Return to supplier</label>',
    '<label><input type="radio" name="disposition" value="regrade"> Regrade</label>',
  ],
  [
    '</fieldset>\n<label><input type="checkbox" id="notify-supplier" name="notify_supplier"> Notify supplier quality engineer</label>',
    '<label><input type="checkbox" id="sqe-notify" name="notify_sqe"> Email the supplier quality engineer</label>\n</fieldset>',
  ],
  [
    '<button type="submit" id="submit-ncr">Submit NCR</button><button type="button" id="save-draft">Save draft</button><a href="/ncr" id="cancel-link">Cancel</a>',
    '<button type="reset">Discard</button><span class="muted">Draft saved automatically</span><button type="submit" class="btn-primary">Raise NCR</button>',
  ],
]);

// 5 — Warehouse bin locations (full rewrite)
const binRow = (bin: string, sku: string, qty: number, cap: number, status: string) =>
  `<tr id="bin-${bin}"><td>${bin}</td><td>${sku}</td><td>${qty}</td><td>${cap}</td><td><span class="badge">${status}</span></td><td><button class="move">Move stock</button> <button class="block">Block</button></td></tr>`;
const locCard = (bin: string, sku: string, qty: number, cap: number) =>
  `<div class="card loc" data-loc="${bin}"><h3>${bin}</h3><p>${sku} · ${qty}/${cap}</p><details class="kebab"><summary aria-label="Actions for ${bin}">⋯</summary><button class="relocate">Relocate</button><button class="hold">Put on hold</button></details></div>`;
const binsV1 = page(
  'Bins · WMS',
  `<header><strong>WMS</strong><nav><a href="/inbound">Inbound</a><a href="/bins" class="current">Bins</a><a href="/outbound">Outbound</a><a href="/counts">Counts</a></nav></header>
<div class="sidebar"><h3>Zones</h3><ul id="zone-list"><li><a href="?zone=A">Zone A – Ambient</a></li><li><a href="?zone=B">Zone B – Bulk</a></li><li><a href="?zone=C">Zone C – Chilled</a></li><li><a href="?zone=Q">Quarantine</a></li></ul></div>
<main><h1>Bins — Zone A</h1>
<div class="row"><input id="bin-search" placeholder="Bin or SKU"><button id="btn-create-bin">Create bin</button><button id="btn-print-labels">Print labels</button><button id="btn-cycle-count">Start cycle count</button></div>
<table id="bins"><thead><tr><th>Bin</th><th>SKU</th><th>Qty</th><th>Capacity</th><th>Status</th><th></th></tr></thead><tbody>
${binRow('A-01-01-A', 'SKU-44802', 40, 200, 'Active')}
${binRow('A-01-02-B', 'SKU-44810', 120, 200, 'Active')}
${binRow('A-01-03-A', '—', 0, 200, 'Empty')}
${binRow('A-02-01-A', 'SKU-51007', 75, 80, 'Active')}
${binRow('A-02-02-C', 'SKU-51011', 12, 80, 'Active')}
</tbody></table>
<p class="muted">Showing 5 of 1,284 bins</p></main>`,
);
const binsV2 = page(
  'Storage locations · WMS',
  `<header class="wms-top row"><span>WMS</span><nav class="tabs row"><a href="/receiving">Receiving</a><a href="/storage/locations" aria-current="page">Locations</a><a href="/shipping">Shipping</a><a href="/inventory-counts">Counts</a></nav></header>
<main><div class="row"><h1>Storage locations</h1><label>Zone <select name="zone"><option>A – Ambient</option><option>B – Bulk</option><option>C – Chilled</option></select></label></div>
<div class="row toolbar"><input type="search" aria-label="Find location or item" name="find"><button class="primary">New location</button><button>Export CSV</button><button data-cmd="count">Count selected</button></div>
<div class="grid3 loc-grid">
${locCard('A-01-01-A', 'SKU-44802', 40, 200)}
${locCard('A-01-02-B', 'SKU-44810', 120, 200)}
${locCard('A-01-03-A', 'empty', 0, 200)}
${locCard('A-02-01-A', 'SKU-51007', 75, 80)}
${locCard('A-02-02-C', 'SKU-51011', 12, 80)}
</div></main>`,
);

// 6 — Supplier purchase order editor (edit)
const poV1 = page(
  'PO-7781 · Procurement',
  `<header><strong>Procure</strong><nav><a href="/requisitions">Requisitions</a><a href="/po">Purchase orders</a><a href="/suppliers">Suppliers</a><a href="/invoices">Invoices</a></nav></header>
<main><h1>Purchase order PO-7781 <span class="badge">Draft</span></h1>
<div class="grid">
<div><label for="po-supplier">Supplier</label><select id="po-supplier" name="supplier"><option>Bossard UK Ltd</option><option>SKF Distribution</option><option>RS Components</option></select></div>
<div><label for="po-date">Order date</label><input id="po-date" type="date" name="order_date" value="2024-05-02"></div>
<div><label for="need-by">Need-by date</label><input id="need-by" type="date" name="need_by" value="2024-05-20"></div>
<div><label for="incoterms">Incoterms</label><select id="incoterms" name="incoterms"><option>EXW</option><option>FCA</option><option>DAP</option><option>DDP</option></select></div>
<div><label for="payment-terms">Payment terms</label><select id="payment-terms" name="payment_terms"><option>Net 30</option><option>Net 60</option><option>2/10 Net 30</option></select></div>
<div><label for="ship-to">Ship to</label><select id="ship-to" name="ship_to"><option>Plant 2 goods-in, Dock 4</option><option>Central stores</option></select></div>
</div>
<h2>Lines</h2>
<table id="po-lines"><thead><tr><th>#</th><th>Item</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Total</th><th></th></tr></thead><tbody>
<tr><td>1</td><td>M8×25 hex bolt A2 (box 200)</td><td><input type="number" value="10" aria-label="Quantity line 1"></td><td>BOX</td><td>£14.20</td><td>£142.00</td><td><button class="line-delete">Delete</button></td></tr>
<tr><td>2</td><td>6205-2Z bearing</td><td><input type="number" value="24" aria-label="Quantity line 2"></td><td>EA</td><td>£6.85</td><td>£164.40</td><td><button class="line-delete">Delete</button></td></tr>
<tr><td>3</td><td>Loctite 243, 50 ml</td><td><input type="number" value="6" aria-label="Quantity line 3"></td><td>EA</td><td>£18.90</td><td>£113.40</td><td><button class="line-delete">Delete</button></td></tr>
</tbody></table>
<button id="add-line">Add line</button>
<p class="totals">Subtotal £419.80 · VAT £83.96 · <strong>Total £503.76</strong></p>
<div class="row"><button id="save-po">Save draft</button><button id="submit-approval">Submit for approval</button><button id="email-supplier">Email to supplier</button><button id="delete-po">Delete</button></div>
</main>`,
);
const poV2 = edit(poV1, [
  [
    '<select id="po-supplier" name="supplier"><option>Bossard UK Ltd</option><option>SKF Distribution</option><option>RS Components</option></select>',
    '<input id="vendor" name="vendor" role="combobox" list="vendor-list" value="Bossard UK Ltd"><datalist id="vendor-list"><option value="Bossard UK Ltd"></option><option value="SKF Distribution"></option><option value="RS Components"></option></datalist>',
  ],
  ['<label for="po-supplier">Supplier</label>', '<label for="vendor">Vendor</label>'],
  [
    '<label for="incoterms">Incoterms</label><select id="incoterms" name="incoterms">',
    '<label for="delivery-terms">Delivery terms (Incoterms 2020)</label><select id="delivery-terms" name="delivery_terms">',
  ],
  [
    '<div><label for="payment-terms">Payment terms</label><select id="payment-terms" name="payment_terms"><option>Net 30</option><option>Net 60</option><option>2/10 Net 30</option></select></div>',
    '<div><span class="muted">Payment terms: Net 30 (from supplier record)</span></div>',
  ],
  [
    '<button class="line-delete">Delete</button>',
    '<button class="icon" aria-label="Remove line 1">🗑</button>',
  ],
  [
    '<button class="line-delete">Delete</button>',
    '<button class="icon" aria-label="Remove line 2">🗑</button>',
  ],
  [
    '<button class="line-delete">Delete</button>',
    '<button class="icon" aria-label="Remove line 3">🗑</button>',
  ],
  ['<button id="add-line">Add line</button>', '<a href="#" class="add-row">+ Add item</a>'],
  [
    '<button id="submit-approval">Submit for approval</button><button id="email-supplier">Email to supplier</button><button id="delete-po">Delete</button>',
    '<button id="send-approval">Send for approval</button><button id="duplicate-po">Duplicate</button><details class="more"><summary>More</summary><button class="danger" id="po-delete">Delete purchase order</button></details>',
  ],
]);

const PART_A: readonly PagePair[] = [
  {
    name: 'cmms-work-order-detail-b30',
    v1: woV1,
    v2: woV2,
    targets: [
      {
        selector: '#wo-desc',
        expect: '#problem',
        change: 'description textarea renamed, relabelled "What\'s wrong?"',
      },
      {
        selector: '#btn-complete',
        expect: '#close-out',
        change: '"Complete" became "Close out job" in a sticky footer',
      },
      {
        selector: '#btn-print',
        expect: null,
        change: 'print removed; a Duplicate button now sits in the action row',
      },
      {
        selector: 'a.nav-parts',
        expect: 'a[href="/inventory/spares"]',
        change: 'Parts nav link became "Spares" under inventory',
      },
      {
        selector: '#parts-table tbody tr:nth-child(2) .remove-part',
        expect: 'button[aria-label="Remove V-belt B52"]',
        change: 'parts table became a list with icon remove buttons',
      },
      {
        selector: 'input[name="est_hours"]',
        expect: '#labour-estimate',
        change: 'estimated hours moved to a Planning card, renamed',
      },
      { selector: '#asset-history', expect: null, change: 'asset history sidebar dropped' },
      {
        selector: '#btn-cancel-wo',
        expect: 'button[data-action="void"]',
        change: '"Cancel work order" became "Void job" in the header',
      },
    ],
  },
  {
    name: 'cmms-asset-register-b30',
    v1: assetsV1,
    v2: assetsV2,
    targets: [
      { selector: '#asset-search', expect: '#asset-query', change: 'search box id and placeholder changed' },
      { selector: '#apply-filters', expect: null, change: 'filters now apply live; Apply button removed' },
      {
        selector: '#export-xlsx',
        expect: null,
        change: 'Export removed; Print QR labels button in its place',
      },
      { selector: '#new-asset', expect: '#create-asset', change: '"New asset" became "+ Add asset"' },
      { selector: '#filter-area', expect: 'select[name="zone"]', change: 'area filter renamed zone' },
      {
        selector: '#show-retired',
        expect: '#include-decommissioned',
        change: 'checkbox reworded "Include decommissioned"',
      },
      {
        selector: 'a[href="/pm"]',
        expect: 'a[href="/maintenance/plans"]',
        change: 'PM schedules link renamed Maintenance plans',
      },
      { selector: '#next-page', expect: 'a[rel="next"]', change: 'pager button became a link' },
    ],
  },
  {
    name: 'oee-line-dashboard-b30',
    v1: oeeV1,
    v2: oeeV2,
    targets: [
      {
        selector: '#plant-select',
        expect: 'select[name="site"]',
        change: 'plant picker became an unlabelled Site select in toolbar',
      },
      {
        selector: '#shift-filter',
        expect: 'select[name="crew"]',
        change: 'shift filter renamed crew, options reworded',
      },
      {
        selector: '#btn-refresh',
        expect: 'button[title="Reload data"]',
        change: 'refresh became an icon button',
      },
      { selector: '#btn-fullscreen', expect: null, change: 'fullscreen removed; Download PNG in its slot' },
      {
        selector: '#kpi-oee .value',
        expect: '[data-metric="oee"] strong',
        change: 'KPI tile rebuilt as metric block',
      },
      {
        selector: '#line-table tr[data-line="L3"] a.details',
        expect: 'a[href="/lines/L3"]',
        change: 'line table became cards with title links',
      },
      {
        selector: '#alerts li:first-child .ack',
        expect: 'button[aria-label="Acknowledge L2 filler jam"]',
        change: 'alert list became an alarm strip with icon acknowledge buttons',
      },
      { selector: '#view-trend', expect: null, change: 'trend link removed' },
    ],
  },
  {
    name: 'quality-ncr-form-b30',
    v1: ncrV1,
    v2: ncrV2,
    targets: [
      { selector: '#lot-number', expect: '#batch-id', change: 'lot field renamed batch / heat number' },
      {
        selector: 'input[name="qty_rejected"]',
        expect: 'input[name="qty_nc"]',
        change: 'rejected qty renamed nonconforming',
      },
      {
        selector: 'input[value="uai"]',
        expect: 'input[value="use-as-is"]',
        change: 'radio value spelled out',
      },
      {
        selector: 'input[name="disposition"][value="rts"]',
        expect: null,
        change: 'Return to supplier removed; Regrade radio in its slot',
      },
      { selector: '#save-draft', expect: null, change: 'drafts now autosave' },
      {
        selector: '#submit-ncr',
        expect: '#ncr-form button[type="submit"]',
        change: 'submit lost its id, reworded "Raise NCR", moved last',
      },
      {
        selector: '#notify-supplier',
        expect: '#sqe-notify',
        change: 'checkbox moved into disposition fieldset and reworded',
      },
      {
        selector: '#cancel-link',
        expect: 'button[type="reset"]',
        change: 'Cancel link became a Discard reset button',
      },
    ],
  },
  {
    name: 'warehouse-bin-locations-b30',
    v1: binsV1,
    v2: binsV2,
    targets: [
      { selector: '#bin-search', expect: 'input[name="find"]', change: 'search box rebuilt' },
      {
        selector: '#btn-create-bin',
        expect: '.toolbar button.primary',
        change: '"Create bin" became "New location"',
      },
      {
        selector: '#btn-print-labels',
        expect: null,
        change: 'label printing removed; Export CSV button in its slot',
      },
      {
        selector: '#btn-cycle-count',
        expect: 'button[data-cmd="count"]',
        change: 'cycle count reworded "Count selected"',
      },
      {
        selector: '#bin-A-01-02-B .move',
        expect: '[data-loc="A-01-02-B"] .relocate',
        change: 'table rows became cards with a kebab menu',
      },
      {
        selector: '#bin-A-02-01-A .block',
        expect: '[data-loc="A-02-01-A"] .hold',
        change: 'Block reworded "Put on hold" inside a menu',
      },
      { selector: 'a.current', expect: 'a[aria-current="page"]', change: 'Bins tab renamed Locations' },
      {
        selector: '#zone-list a[href="?zone=Q"]',
        expect: null,
        change: 'zone sidebar replaced by a select without quarantine',
      },
    ],
  },
  {
    name: 'supplier-purchase-order-b30',
    v1: poV1,
    v2: poV2,
    targets: [
      { selector: '#po-supplier', expect: '#vendor', change: 'supplier select became a vendor combobox' },
      { selector: '#incoterms', expect: '#delivery-terms', change: 'incoterms renamed delivery terms' },
      {
        selector: '#po-lines tr:nth-child(2) .line-delete',
        expect: 'button[aria-label="Remove line 2"]',
        change: 'line delete became icon button',
      },
      {
        selector: '#email-supplier',
        expect: null,
        change: 'Email to supplier removed; Duplicate button in its slot',
      },
      { selector: '#delete-po', expect: '#po-delete', change: 'Delete moved into a More menu' },
      { selector: '#submit-approval', expect: '#send-approval', change: 'reworded "Send for approval"' },
      {
        selector: '#payment-terms',
        expect: null,
        change: 'payment terms now read-only text from supplier record',
      },
      { selector: '#add-line', expect: 'a.add-row', change: 'Add line button became "+ Add item" link' },
    ],
  },
];

// 7 — Safety incident report (full rewrite)
const incV1 = page(
  'Report an incident · SafeSite',
  `<header><strong>SafeSite EHS</strong><nav><a href="/incidents">Incidents</a><a href="/observations">Observations</a><a href="/permits">Permits</a><a href="/training">Training</a></nav></header>
<main><h1>Report an incident</h1>
<form id="incident-form">
<fieldset><legend>Incident type</legend>
<label><input type="radio" name="incident_type" value="injury"> Injury</label>
<label><input type="radio" name="incident_type" value="near_miss"> Near miss</label>
<label><input type="radio" name="incident_type" value="property"> Property damage</label>
<label><input type="radio" name="incident_type" value="environmental"> Environmental</label>
</fieldset>
<label for="incident-datetime">Date and time</label><input id="incident-datetime" type="datetime-local" name="occurred">
<label for="location">Location</label><select id="location" name="location"><option>Press shop</option><option>Warehouse</option><option>Loading dock</option><option>Paint line</option><option>Office</option></select>
<label for="what-happened">What happened?</label><textarea id="what-happened" name="description"></textarea>
<label for="injured-name">Injured person</label><input id="injured-name" name="injured_person">
<label for="body-part">Body part affected</label><select id="body-part" name="body_part"><option>Head</option><option>Hand / fingers</option><option>Back</option><option>Leg / foot</option><option>Eye</option></select>
<label><input type="checkbox" id="first-aid" name="first_aid"> First aid given</label>
<label for="witnesses">Witnesses</label><textarea id="witnesses" name="witnesses"></textarea>
<label for="immediate-actions">Immediate actions taken</label><textarea id="immediate-actions" name="actions"></textarea>
<div class="row"><button type="submit" id="btn-submit-report">Submit report</button><button type="button" id="btn-save-draft">Save draft</button><button type="button" id="btn-print-form">Print blank form</button></div>
</form>
<p class="muted">In an emergency call 999 first.</p></main>`,
);
const incV2 = page(
  'New safety event · SafeSite',
  `<div class="shell row"><span class="logo">SafeSite</span><a href="/events">Events</a><a href="/observe">Safety walks</a><a href="/ptw">Permits to work</a><a href="/learn">Learning</a></div>
<main>
<div class="banner card"><strong>Emergency?</strong> Call 999 before filling this in.</div>
<h1>Log a safety event</h1>
<form class="event-form" action="/events" method="post">
<section class="card"><h2>1. What kind of event?</h2>
<div class="row seg">
<input type="radio" id="kind-injury" name="eventKind" value="injury"><label for="kind-injury">Someone was hurt</label>
<input type="radio" id="kind-close-call" name="eventKind" value="close-call"><label for="kind-close-call">Close call</label>
<input type="radio" id="kind-damage" name="eventKind" value="damage"><label for="kind-damage">Equipment or property damage</label>
<input type="radio" id="kind-spill" name="eventKind" value="spill"><label for="kind-spill">Spill or release</label>
</div></section>
<section class="card"><h2>2. When and where</h2>
<div class="grid"><label>When <input type="datetime-local" name="occurredAt"></label>
<label>Area <select name="area"><option>Press shop</option><option>Warehouse</option><option>Loading dock</option><option>Paint line</option><option>Offices</option></select></label></div></section>
<section class="card"><h2>3. Details</h2>
<label>Describe the event <textarea name="narrative" rows="4"></textarea></label>
<label>Who was involved? <input name="personInvolved" placeholder="Name or badge number"></label>
<label>Part of body <select name="injuryLocation"><option>Not applicable</option><option>Head</option><option>Hand / fingers</option><option>Back</option><option>Leg / foot</option><option>Eye</option></select></label>
<label class="switch"><input type="checkbox" role="switch" name="firstAidGiven"> First aid was given</label>
<label>What did you do straight away? <textarea name="containment" rows="3"></textarea></label>
</section>
<div class="row form-actions"><button type="button" class="ghost">Save for later</button><button type="button" class="ghost">Copy link</button><button type="submit" class="primary">Send report</button></div>
</form></main>`,
);

// 8 — Shift roster planner (edit)
const rosterRow = (op: string, name: string, cells: string[]) =>
  `<tr data-op="${op}"><th scope="row">${name}</th>${cells.map((c) => `<td>${c}</td>`).join('')}<td><button class="swap">Swap</button></td></tr>`;
const rosterV1 = page(
  'Roster · ShiftPlan',
  `<header><strong>ShiftPlan</strong><nav><a href="/roster">Roster</a><a href="/leave">Leave</a><a href="/skills">Skills matrix</a><a href="/reports">Reports</a></nav></header>
<main>
<aside id="leave-panel"><h3>Leave requests</h3><ul id="leave-requests"><li>K. Sato · 14–16 May <button class="approve">Approve</button> <button class="decline">Decline</button></li><li>P. Ionescu · 21 May <button class="approve">Approve</button> <button class="decline">Decline</button></li></ul></aside>
<h1>Week 20 · Moulding hall</h1>
<div class="row toolbar"><button id="prev-week">Previous week</button><button id="next-week">Next week</button><select id="team-filter" name="team"><option>All teams</option><option>Team Red</option><option>Team Blue</option></select><button id="copy-last-week">Copy last week</button><button id="auto-fill">Auto-fill</button><button id="publish-roster">Publish</button></div>
<table id="roster"><thead><tr><th>Operator</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th></th></tr></thead><tbody>
${rosterRow('op-11', 'A. Mensah', ['Early', 'Early', 'Late', 'Late', 'Off'])}
${rosterRow('op-17', 'K. Sato', ['Night', 'Night', 'Off', 'Leave', 'Leave'])}
${rosterRow('op-23', 'P. Ionescu', ['Late', 'Late', 'Early', 'Early', 'Early'])}
${rosterRow('op-31', 'R. Dubois', ['Off', 'Early', 'Early', 'Night', 'Night'])}
</tbody></table>
<p>Overtime this week: <span id="overtime-total">14 h</span></p>
</main>`,
);
const rosterV2 = edit(rosterV1, [
  [
    '<button class="approve">Approve</button>',
    '<button class="icon ok" aria-label="Approve leave for K. Sato">✓</button>',
  ],
  [
    '<button class="approve">Approve</button>',
    '<button class="icon ok" aria-label="Approve leave for P. Ionescu">✓</button>',
  ],
  [
    '<h1>Week 20 · Moulding hall</h1>',
    '<div class="row"><h1>Week 20 · Moulding hall</h1><span class="badge">Overtime <span id="ot-hours">14 h</span></span></div>',
  ],
  [
    '<button id="prev-week">Previous week</button><button id="next-week">Next week</button>',
    '<button id="week-back" aria-label="Previous week">‹</button><button id="week-forward" aria-label="Next week">›</button>',
  ],
  [
    '<select id="team-filter" name="team"><option>All teams</option>',
    '<select id="crew-filter" name="crew" aria-label="Crew"><option>All crews</option>',
  ],
  [
    '<button id="copy-last-week">Copy last week</button><button id="auto-fill">Auto-fill</button>',
    '<button id="clear-week">Clear week</button>',
  ],
  [
    '<button id="publish-roster">Publish</button>',
    '<button id="publish" class="primary">Publish to crew</button>',
  ],
  ['<tr data-op="op-11">', '<tr data-operator="op-11">'],
  ['<tr data-op="op-17">', '<tr data-operator="op-17">'],
  ['<tr data-op="op-23">', '<tr data-operator="op-23">'],
  ['<tr data-op="op-31">', '<tr data-operator="op-31">'],
  ['<p>Overtime this week: <span id="overtime-total">14 h</span></p>\n', ''],
]);

// 9 — IoT sensor console (full rewrite)
const devRow = (id: string, type: string, gw: string, reading: string, batt: string, status: string) =>
  `<tr data-dev="${id}"><td>${id}</td><td>${type}</td><td>${gw}</td><td>${reading}</td><td>${batt}</td><td>${status}</td><td><button class="configure">Configure</button> <button class="mute">Mute</button></td></tr>`;
const sensorCard = (id: string, type: string, reading: string, batt: string, status: string) =>
  `<li class="sensor card" data-sensor="${id}"><div class="row"><strong>${id}</strong><span class="badge">${status}</span></div><p>${type} · ${reading}</p><p class="muted">Battery ${batt}</p><div class="row"><a class="settings" href="/sensors/${id}/settings">Settings</a><button class="icon" aria-label="Silence ${id}">🔕</button></div></li>`;
const iotV1 = page(
  'Devices · SenseFloor',
  `<header><strong>SenseFloor</strong><nav><a href="/devices">Devices</a><a href="/gateways">Gateways</a><a href="/rules">Alert rules</a></nav></header>
<main>
<div class="row"><input id="device-search" placeholder="Search devices"><select id="gateway-filter"><option>All gateways</option><option>GW-HALL-1</option><option>GW-HALL-2</option></select><button id="add-device">Add device</button><button id="bulk-firmware">Bulk firmware update</button></div>
<table id="devices"><thead><tr><th>ID</th><th>Type</th><th>Gateway</th><th>Last reading</th><th>Battery</th><th>Status</th><th></th></tr></thead><tbody>
${devRow('TMP-0192', 'Temperature', 'GW-HALL-1', '41.2 °C', '88%', 'OK')}
${devRow('VIB-0031', 'Vibration', 'GW-HALL-1', '7.9 mm/s', '63%', 'Alarm')}
${devRow('PRS-0007', 'Pressure', 'GW-HALL-2', '6.1 bar', '91%', 'OK')}
${devRow('HUM-0044', 'Humidity', 'GW-HALL-2', '48 %RH', '12%', 'Low battery')}
</tbody></table>
<section class="card" id="thresholds"><h2>Thresholds — VIB-0031</h2>
<label for="high-alarm">High alarm</label><input id="high-alarm" type="number" value="7.1">
<label for="low-alarm">Low alarm</label><input id="low-alarm" type="number" value="0">
<label for="sample-interval">Sample interval</label><select id="sample-interval"><option>10 s</option><option>1 min</option><option>5 min</option></select>
<button id="save-thresholds">Save thresholds</button></section>
</main>`,
);
const iotV2 = page(
  'Sensors · SenseFloor',
  `<div class="rail sidebar"><span class="logo">SenseFloor</span><a href="/sensors">Sensors</a><a href="/network">Network</a><a href="/automations">Automations</a></div>
<main>
<div class="row head"><h1>Sensors</h1><input type="search" aria-label="Filter sensors"><button data-act="provision" class="primary">Provision sensor</button><button data-act="export">Export readings</button></div>
<ul class="sensor-list grid">
${sensorCard('TMP-0192', 'Temperature', '41.2 °C', '88%', 'Normal')}
${sensorCard('VIB-0031', 'Vibration', '7.9 mm/s', '63%', 'Alarm')}
${sensorCard('PRS-0007', 'Pressure', '6.1 bar', '91%', 'Normal')}
${sensorCard('HUM-0044', 'Humidity', '48 %RH', '12%', 'Battery low')}
</ul>
<form class="card limits"><h2>Alert limits for VIB-0031</h2>
<div class="grid"><label>Upper limit <input type="number" name="upperLimit" value="7.1"></label><label>Lower limit <input type="number" name="lowerLimit" value="0"></label></div>
<label>Report every <select name="reportingPeriod"><option>10 seconds</option><option>1 minute</option><option>5 minutes</option></select></label>
<button type="submit">Apply limits</button></form>
</main>`,
);

// 10 — SPC control chart (edit)
const spcV1 = page(
  'SPC · QualityNet',
  `<header><strong>QualityNet</strong><nav><a href="/spc">SPC</a><a href="/msa">MSA</a><a href="/capability">Capability</a><a href="/plans">Control plans</a></nav></header>
<main><h1>Control chart</h1>
<div class="row"><label for="characteristic">Characteristic</label><select id="characteristic" name="characteristic"><option>Bore Ø 22.00 ±0.02</option><option>Flange thickness 6.5</option><option>Surface Ra</option></select>
<label for="date-from">From</label><input id="date-from" type="date" value="2024-05-01"><label for="date-to">To</label><input id="date-to" type="date" value="2024-05-14"></div>
<fieldset class="row"><legend>Chart type</legend>
<label><input type="radio" name="chart" value="xbar-r" checked> X̄–R</label>
<label><input type="radio" name="chart" value="imr"> I–MR</label>
<label><input type="radio" name="chart" value="p"> p chart</label></fieldset>
<div class="row"><label for="subgroup-size">Subgroup size</label><input id="subgroup-size" type="number" name="subgroup" value="5"><label><input type="checkbox" id="show-spec-limits" checked> Show spec limits</label></div>
<div class="card chart"><svg width="600" height="200" role="img" aria-label="X-bar chart"><polyline points="0,100 60,90 120,110 180,95" fill="none" stroke="#333"></polyline></svg></div>
<table id="limits"><thead><tr><th></th><th>UCL</th><th>CL</th><th>LCL</th></tr></thead><tbody><tr><th>X̄</th><td>22.012</td><td>22.001</td><td>21.990</td></tr><tr><th>R</th><td>0.040</td><td>0.019</td><td>0</td></tr></tbody></table>
<button id="recalc-limits">Recalculate limits</button>
<h2>Out-of-control points</h2>
<ol id="ooc-list"><li>Point 12 — beyond UCL <button class="add-note">Add note</button></li><li>Point 37 — 8 in a row above CL <button class="add-note">Add note</button></li><li>Point 41 — beyond LCL <button class="add-note">Add note</button></li></ol>
<div class="row"><button id="export-pdf">Export PDF</button><button id="export-csv">Export CSV</button></div>
</main>`,
);
const spcV2 = edit(spcV1, [
  [
    '<label for="characteristic">Characteristic</label><select id="characteristic" name="characteristic">',
    '<label for="feature">Feature</label><select id="feature" name="feature">',
  ],
  [
    '<label for="date-to">To</label><input id="date-to" type="date"',
    '<label for="range-end">Until</label><input id="range-end" type="date"',
  ],
  ['value="imr"> I–MR', 'value="i-mr"> Individuals / moving range'],
  [
    '<label for="subgroup-size">Subgroup size</label><input id="subgroup-size" type="number" name="subgroup" value="5"><label><input type="checkbox" id="show-spec-limits" checked> Show spec limits</label>',
    '<label for="sample-size">Sample size (n)</label><input id="sample-size" type="number" name="n" value="5">',
  ],
  [
    '<button id="recalc-limits">Recalculate limits</button>',
    '<button id="recompute">Recompute control limits</button>',
  ],
  [
    '<li>Point 37 — 8 in a row above CL <button class="add-note">Add note</button></li>',
    '<li>Point 37 — run of 8 above centre line <button class="icon" aria-label="Annotate point 37">✎</button></li>',
  ],
  [
    '<button id="export-pdf">Export PDF</button>',
    '<button id="subscribe-alerts">Subscribe to alerts</button>',
  ],
]);

// 11 — Lockout/tagout permit (full rewrite)
const lotoV1 = page(
  'LOTO permit · SafeSite',
  `<header><strong>SafeSite</strong><nav><a href="/loto">LOTO</a><a href="/hot-work">Hot work</a><a href="/confined-space">Confined space</a></nav></header>
<main><h1>Lockout / tagout permit</h1>
<form id="loto-form">
<label for="loto-equipment">Equipment</label><select id="loto-equipment" name="equipment"><option>PRS-02 Hydraulic press</option><option>CNV-04 Infeed conveyor</option><option>RBT-12 Palletiser robot</option></select>
<fieldset><legend>Energy sources</legend>
<label><input type="checkbox" id="energy-electrical" checked> Electrical</label>
<label><input type="checkbox" id="energy-pneumatic"> Pneumatic</label>
<label><input type="checkbox" id="energy-hydraulic" checked> Hydraulic</label>
<label><input type="checkbox" id="energy-gravity"> Gravity / stored mechanical</label>
<label><input type="checkbox" id="energy-thermal"> Thermal</label>
</fieldset>
<table id="iso-table"><thead><tr><th>Isolation point</th><th>Method</th><th>Lock no.</th></tr></thead><tbody>
<tr><td>MCC-3 breaker 14</td><td>Breaker lock</td><td><input class="lock-no" value="L-0881"></td></tr>
<tr><td>Hydraulic valve HV-2</td><td>Valve cover</td><td><input class="lock-no" value=""></td></tr>
<tr><td>Accumulator bleed</td><td>Tag only</td><td><input class="lock-no" value=""></td></tr>
</tbody></table>
<h2>Authorised employees</h2><ul id="employees"><li>D. Nowak</li><li>S. Patel</li></ul><button type="button" id="add-employee">Add employee</button>
<label><input type="checkbox" id="zero-energy"> Zero energy state verified (try-start)</label>
<div class="row"><button type="submit" id="issue-permit">Issue permit</button><button type="button" id="save-template">Save as template</button><button type="button" id="print-tags">Print tags</button></div>
</form></main>`,
);
const lotoV2 = page(
  'Isolation certificate · SafeSite',
  `<div class="topbar row"><span class="logo">SafeSite</span><a href="/isolations">Isolations</a><a href="/hot-work">Hot work</a><a href="/confined-space">Confined spaces</a></div>
<main><h1>Isolation certificate</h1>
<form class="cert" method="post">
<div class="card"><label>Machine <select name="machine"><option>Hydraulic press PRS-02</option><option>Infeed conveyor CNV-04</option><option>Palletiser robot RBT-12</option></select></label></div>
<div class="card"><h2>Hazardous energy present</h2><div class="grid">
<label><input type="checkbox" name="hazards" value="electrical" checked> Electrical</label>
<label><input type="checkbox" name="hazards" value="compressed-air"> Compressed air</label>
<label><input type="checkbox" name="hazards" value="hydraulic" checked> Hydraulic</label>
<label><input type="checkbox" name="hazards" value="stored-mechanical"> Stored mechanical / gravity</label>
<label><input type="checkbox" name="hazards" value="heat"> Heat / steam</label>
</div></div>
<div class="card"><h2>Isolation points</h2>
<div class="iso row"><span>MCC-3 breaker 14 — breaker lock</span><input name="lock-1" aria-label="Lock number for MCC-3 breaker 14" value="L-0881"></div>
<div class="iso row"><span>Hydraulic valve HV-2 — valve cover</span><input name="lock-2" aria-label="Lock number for hydraulic valve HV-2"></div>
<div class="iso row"><span>Accumulator bleed — tag only</span><input name="lock-3" aria-label="Lock number for accumulator bleed"></div>
</div>
<div class="card"><h2>People working under this certificate</h2><p>D. Nowak, S. Patel</p><button type="button" class="add-person">+ Add person</button></div>
<label class="card"><input type="checkbox" id="verify-zero"> I have tried to start the machine and confirmed zero energy</label>
<div class="row"><button type="button">Request review</button><button type="submit" class="primary">Issue certificate</button></div>
</form></main>`,
);

// 12 — Goods receipt with incoming inspection (edit)
const grnV1 = page(
  'Goods receipt · WMS',
  `<header><strong>WMS</strong><nav><a href="/receiving">Receiving</a><a href="/putaway">Put-away</a><a href="/returns">Returns</a></nav></header>
<main><h1>Goods receipt</h1>
<div class="row"><label for="po-lookup">PO number</label><input id="po-lookup" placeholder="PO-" value="PO-7781"><button id="btn-load-po">Load</button></div>
<p>Supplier: <strong>Bossard UK Ltd</strong> · Expected 20 May</p>
<div class="grid"><div><label for="delivery-note">Delivery note no.</label><input id="delivery-note" name="delivery_note"></div><div><label for="carrier">Carrier</label><input id="carrier" name="carrier"></div></div>
<table id="grn-lines"><thead><tr><th>Line</th><th>Item</th><th>Ordered</th><th>Received</th><th>Inspect</th></tr></thead><tbody>
<tr><td>1</td><td>M8×25 hex bolt A2</td><td>10</td><td><input class="rcv-qty" name="qty_1" type="number"></td><td><input type="checkbox" name="inspect_1"></td></tr>
<tr><td>2</td><td>6205-2Z bearing</td><td>24</td><td><input class="rcv-qty" name="qty_2" type="number"></td><td><input type="checkbox" name="inspect_2" checked></td></tr>
<tr><td>3</td><td>Loctite 243, 50 ml</td><td>6</td><td><input class="rcv-qty" name="qty_3" type="number"></td><td><input type="checkbox" name="inspect_3"></td></tr>
</tbody></table>
<div class="card"><h2>Incoming inspection</h2><label for="sample-size">Sample size (AQL 1.0)</label><input id="sample-size" type="number" value="8"><label for="insp-notes">Notes</label><textarea id="insp-notes"></textarea></div>
<div class="row"><button id="btn-receive">Receive</button><button id="btn-quarantine">Quarantine</button><button id="btn-print-grn">Print GRN</button></div>
</main>`,
);
const grnV2 = edit(grnV1, [
  [
    '<label for="po-lookup">PO number</label><input id="po-lookup" placeholder="PO-" value="PO-7781"><button id="btn-load-po">Load</button>',
    '<label for="po-number">Purchase order</label><input id="po-number" placeholder="Scan or type PO" value="PO-7781"><button id="btn-load-po">Find</button>',
  ],
  [
    '<div class="grid"><div><label for="delivery-note">Delivery note no.</label><input id="delivery-note" name="delivery_note"></div><div><label for="carrier">Carrier</label><input id="carrier" name="carrier"></div></div>',
    '<div><label for="dn-ref">Supplier delivery note</label><input id="dn-ref" name="dn_ref"></div>',
  ],
  [
    '<input class="rcv-qty" name="qty_1" type="number">',
    '<input class="qty-in" name="received_1" type="number" inputmode="numeric">',
  ],
  [
    '<input class="rcv-qty" name="qty_2" type="number">',
    '<input class="qty-in" name="received_2" type="number" inputmode="numeric">',
  ],
  [
    '<input class="rcv-qty" name="qty_3" type="number">',
    '<input class="qty-in" name="received_3" type="number" inputmode="numeric">',
  ],
  [
    '<label for="sample-size">Sample size (AQL 1.0)</label><input id="sample-size" type="number" value="8">',
    '<label for="aql-sample">Units to sample (AQL 1.0, level II)</label><input id="aql-sample" type="number" value="8">',
  ],
  [
    '<button id="btn-receive">Receive</button><button id="btn-quarantine">Quarantine</button><button id="btn-print-grn">Print GRN</button>',
    '<button id="post-receipt" class="primary">Post receipt</button><button id="btn-hold">Move to QA hold</button><button id="btn-photo">Add photo</button>',
  ],
]);

const PART_B: readonly PagePair[] = [
  {
    name: 'ehs-incident-report-b30',
    v1: incV1,
    v2: incV2,
    targets: [
      {
        selector: 'input[name="incident_type"][value="near_miss"]',
        expect: '#kind-close-call',
        change: 'near miss reworded "Close call" in a segmented control',
      },
      {
        selector: '#incident-datetime',
        expect: 'input[name="occurredAt"]',
        change: 'date-time input moved into a When/Where card',
      },
      { selector: '#location', expect: 'select[name="area"]', change: 'location select renamed Area' },
      {
        selector: '#body-part',
        expect: 'select[name="injuryLocation"]',
        change: 'body part select reworded "Part of body"',
      },
      {
        selector: '#first-aid',
        expect: 'input[name="firstAidGiven"]',
        change: 'checkbox restyled as a switch',
      },
      { selector: '#witnesses', expect: null, change: 'witnesses field dropped from the first report' },
      {
        selector: '#btn-print-form',
        expect: null,
        change: 'print blank form removed; Copy link button in its slot',
      },
      {
        selector: '#btn-submit-report',
        expect: '.event-form button[type="submit"]',
        change: 'submit reworded "Send report"',
      },
    ],
  },
  {
    name: 'shift-roster-planner-b30',
    v1: rosterV1,
    v2: rosterV2,
    targets: [
      { selector: '#prev-week', expect: '#week-back', change: 'previous-week button became an arrow icon' },
      { selector: '#publish-roster', expect: '#publish', change: 'reworded "Publish to crew"' },
      {
        selector: '#copy-last-week',
        expect: null,
        change: 'copy last week removed; Clear week button in its slot',
      },
      { selector: '#auto-fill', expect: null, change: 'auto-fill removed' },
      { selector: '#team-filter', expect: '#crew-filter', change: 'team filter renamed crew' },
      {
        selector: 'tr[data-op="op-17"] .swap',
        expect: 'tr[data-operator="op-17"] .swap',
        change: 'row attribute renamed',
      },
      {
        selector: '#leave-requests li:nth-child(1) .approve',
        expect: 'button[aria-label="Approve leave for K. Sato"]',
        change: 'approve became icon buttons',
      },
      {
        selector: '#overtime-total',
        expect: '#ot-hours',
        change: 'overtime counter moved into a badge beside the title',
      },
    ],
  },
  {
    name: 'iot-sensor-console-b30',
    v1: iotV1,
    v2: iotV2,
    targets: [
      {
        selector: '#device-search',
        expect: 'input[aria-label="Filter sensors"]',
        change: 'search rebuilt in page header',
      },
      {
        selector: '#add-device',
        expect: 'button[data-act="provision"]',
        change: '"Add device" became "Provision sensor"',
      },
      {
        selector: '#bulk-firmware',
        expect: null,
        change: 'bulk firmware removed; Export readings button in its slot',
      },
      {
        selector: 'tr[data-dev="TMP-0192"] .configure',
        expect: '[data-sensor="TMP-0192"] a.settings',
        change: 'row became a card; Configure button became a Settings link',
      },
      {
        selector: 'tr[data-dev="VIB-0031"] .mute',
        expect: 'button[aria-label="Silence VIB-0031"]',
        change: 'Mute became an icon button',
      },
      {
        selector: '#high-alarm',
        expect: 'input[name="upperLimit"]',
        change: 'high alarm reworded upper limit',
      },
      {
        selector: '#sample-interval',
        expect: 'select[name="reportingPeriod"]',
        change: 'sample interval reworded "Report every"',
      },
      { selector: '#gateway-filter', expect: null, change: 'gateway filter removed' },
    ],
  },
  {
    name: 'spc-control-chart-b30',
    v1: spcV1,
    v2: spcV2,
    targets: [
      { selector: '#characteristic', expect: '#feature', change: 'characteristic select renamed Feature' },
      {
        selector: 'input[value="imr"]',
        expect: 'input[value="i-mr"]',
        change: 'radio value and label spelled out',
      },
      { selector: '#subgroup-size', expect: '#sample-size', change: 'subgroup size renamed sample size (n)' },
      { selector: '#show-spec-limits', expect: null, change: 'spec limits toggle removed' },
      { selector: '#recalc-limits', expect: '#recompute', change: 'reworded "Recompute control limits"' },
      {
        selector: '#ooc-list li:nth-child(2) .add-note',
        expect: 'button[aria-label="Annotate point 37"]',
        change: 'Add note became an icon button',
      },
      { selector: '#export-pdf', expect: null, change: 'PDF export removed; Subscribe button in its slot' },
      { selector: '#date-to', expect: '#range-end', change: 'To date renamed Until' },
    ],
  },
  {
    name: 'loto-isolation-permit-b30',
    v1: lotoV1,
    v2: lotoV2,
    targets: [
      {
        selector: '#loto-equipment',
        expect: 'select[name="machine"]',
        change: 'equipment select renamed Machine',
      },
      {
        selector: '#energy-pneumatic',
        expect: 'input[value="compressed-air"]',
        change: 'pneumatic reworded "Compressed air" in a checkbox group',
      },
      {
        selector: '#iso-table tr:nth-child(2) input.lock-no',
        expect: 'input[name="lock-2"]',
        change: 'isolation table became rows of labelled inputs',
      },
      { selector: '#add-employee', expect: 'button.add-person', change: 'reworded "+ Add person"' },
      { selector: '#zero-energy', expect: '#verify-zero', change: 'verification checkbox reworded' },
      { selector: '#issue-permit', expect: 'button[type="submit"]', change: 'permit renamed certificate' },
      { selector: '#print-tags', expect: null, change: 'tag printing removed' },
      {
        selector: '#save-template',
        expect: null,
        change: 'templates removed; Request review button in its slot',
      },
    ],
  },
  {
    name: 'goods-receipt-inspection-b30',
    v1: grnV1,
    v2: grnV2,
    targets: [
      { selector: '#po-lookup', expect: '#po-number', change: 'PO lookup renamed' },
      { selector: '#delivery-note', expect: '#dn-ref', change: 'delivery note field renamed' },
      {
        selector: 'input[name="qty_1"]',
        expect: 'input[name="received_1"]',
        change: 'received qty inputs renamed',
      },
      { selector: '#carrier', expect: null, change: 'carrier field removed' },
      { selector: '#btn-quarantine', expect: '#btn-hold', change: 'reworded "Move to QA hold"' },
      { selector: '#btn-print-grn', expect: null, change: 'print GRN removed; Add photo button in its slot' },
      { selector: '#btn-receive', expect: '#post-receipt', change: 'reworded "Post receipt"' },
      { selector: '#sample-size', expect: '#aql-sample', change: 'sample size reworded' },
    ],
  },
];

// 13 — Production order queue (full rewrite)
const prodRow = (po: string, seq: number, product: string, qty: string, due: string, status: string) =>
  `<tr data-po="${po}"><td>${seq}</td><td>${po}</td><td>${product}</td><td>${qty}</td><td>${due}</td><td>${status}</td><td><button class="start">Start</button> <button class="hold">Hold</button> <a class="details" href="/production-orders/view?po=${po}">Details</a></td></tr>`;
const orderCard = (
  po: string,
  product: string,
  qty: string,
  due: string,
  primary: string,
  secondary: string,
) =>
  `<article class="card order" data-order="${po}"><h4><a href="/orders/${po}">${po}</a></h4><p>${product} · ${qty}</p><p class="muted">Due ${due}</p><div class="row">${primary}${secondary}</div></article>`;
const prodV1 = page(
  'Production orders · MES',
  `<header><strong>MES</strong><nav><a href="/orders">Production orders</a><a href="/dispatch">Dispatch list</a><a href="/genealogy">Genealogy</a><a href="/labour">Labour</a></nav></header>
<main><h1>Production orders</h1>
<div class="row"><label for="wc-filter">Work center</label><select id="wc-filter"><option>All work centers</option><option>WC-10 Injection moulding</option><option>WC-20 Assembly</option><option>WC-30 Packing</option></select><input id="order-search" placeholder="Order or item"><label><input type="checkbox" id="show-completed"> Show completed</label></div>
<div class="row"><button id="release-orders">Release orders</button><button id="resequence">Resequence</button></div>
<table id="orders"><thead><tr><th>Seq</th><th>Order</th><th>Item</th><th>Qty</th><th>Due</th><th>Status</th><th></th></tr></thead><tbody>
${prodRow('PO-55102', 1, 'Housing H-220 black', '4,000', '16 May', 'Released')}
${prodRow('PO-55104', 2, 'Cover C-18 grey', '2,500', '16 May', 'Released')}
${prodRow('PO-55107', 3, 'Clip K-4', '20,000', '17 May', 'Running')}
${prodRow('PO-55110', 4, 'Housing H-220 white', '3,000', '18 May', 'Planned')}
</tbody></table>
</main>`,
);
const prodV2 = page(
  'Order board · MES',
  `<div class="appbar row"><span class="logo">MES</span><a href="/board">Order board</a><a href="/dispatch">Dispatch</a><a href="/traceability">Traceability</a><a href="/time">Time &amp; labour</a></div>
<main><div class="row"><h1>Order board</h1><select name="workCenter" aria-label="Work center"><option>Every work center</option><option>Moulding (WC-10)</option><option>Assembly (WC-20)</option><option>Packing (WC-30)</option></select><input type="search" name="search" placeholder="Search orders"></div>
<div class="row"><button class="primary" data-action="release">Release to floor</button><button data-action="travellers">Print travellers</button></div>
<div class="grid3 lanes">
<section class="lane"><h3>Released</h3>
${orderCard('PO-55102', 'Housing H-220 black', '4,000 pcs', '16 May', '<button class="begin">Begin run</button>', '')}
${orderCard('PO-55104', 'Cover C-18 grey', '2,500 pcs', '16 May', '<button class="begin">Begin run</button>', '')}
</section>
<section class="lane"><h3>Running</h3>
${orderCard('PO-55107', 'Clip K-4', '20,000 pcs', '17 May', '<button class="pause">Pause</button>', '<button class="finish">Report complete</button>')}
</section>
<section class="lane"><h3>Planned</h3>
${orderCard('PO-55110', 'Housing H-220 white', '3,000 pcs', '18 May', '', '')}
</section>
</div></main>`,
);

// 14 — Spare parts storeroom (edit)
const spareRow = (part: string, desc: string, bin: string, onHand: number, minMax: string) =>
  `<tr data-part="${part}"><td>${part}</td><td>${desc}</td><td>${bin}</td><td>${onHand}</td><td>${minMax}</td><td><button class="request" value="${part}">Request</button> <button class="reorder" value="${part}">Reorder</button></td></tr>`;
const sparesV1 = page(
  'Storeroom · PlantCMMS',
  `<header><strong>PlantCMMS</strong><nav><a href="/storeroom">Storeroom</a><a href="/purchasing">Purchasing</a><a href="/work-orders">Work orders</a></nav></header>
<aside id="basket"><h3>Request basket (2)</h3><ul><li>BRG-6204 × 2</li><li>BELT-B52 × 1</li></ul><label for="wo-ref">Work order</label><input id="wo-ref" placeholder="WO-"><div class="row"><button id="basket-checkout">Checkout</button><button id="basket-clear">Clear</button></div></aside>
<main><h1>Storeroom catalogue</h1>
<div class="row"><input id="parts-search" placeholder="Search parts"><select id="category" name="category"><option>All categories</option><option>Bearings</option><option>Belts</option><option>Seals</option><option>Electrical</option></select><label><input type="checkbox" id="in-stock-only"> In stock only</label></div>
<table id="parts"><thead><tr><th>Part</th><th>Description</th><th>Bin</th><th>On hand</th><th>Min / max</th><th></th></tr></thead><tbody>
${spareRow('BRG-6204', 'Ball bearing 6204-2RS', 'S1-04-B', 14, '6 / 20')}
${spareRow('BRG-6205', 'Ball bearing 6205-2Z', 'S1-04-C', 3, '6 / 20')}
${spareRow('SEAL-3040', 'Oil seal 30×40×7', 'S2-11-A', 0, '4 / 12')}
${spareRow('BELT-B52', 'V-belt B52', 'S3-01-A', 5, '2 / 6')}
${spareRow('FUSE-10A', 'Fuse 10 A gG 10×38', 'S4-02-D', 40, '20 / 60')}
</tbody></table></main>`,
);
const sparesV2 = edit(sparesV1, [
  ['<h3>Request basket (2)</h3>', '<h3>Your request (2 items)</h3>'],
  [
    '<label for="wo-ref">Work order</label><input id="wo-ref" placeholder="WO-">',
    '<label for="charge-wo">Charge to work order</label><input id="charge-wo" name="workOrder" placeholder="WO-">',
  ],
  [
    '<div class="row"><button id="basket-checkout">Checkout</button><button id="basket-clear">Clear</button></div>',
    '<button id="submit-request" class="primary">Submit request</button>',
  ],
  [
    '<input id="parts-search" placeholder="Search parts">',
    '<input id="catalogue-search" type="search" placeholder="Part number, description or OEM ref">',
  ],
  [
    '<select id="category" name="category"><option>All categories</option>',
    '<select id="family" name="family" aria-label="Family"><option>All families</option>',
  ],
  [
    '<label><input type="checkbox" id="in-stock-only"> In stock only</label>',
    '<label><input type="checkbox" id="available-only"> Available now</label>',
  ],
  ...['BRG-6204', 'BRG-6205', 'SEAL-3040', 'BELT-B52', 'FUSE-10A'].map(
    (p) =>
      [
        `<button class="request" value="${p}">Request</button>`,
        `<button class="icon add" value="${p}" aria-label="Add ${p} to request">＋</button>`,
      ] as const,
  ),
  ...['BRG-6204', 'BRG-6205', 'SEAL-3040', 'BELT-B52', 'FUSE-10A'].map(
    (p) =>
      [
        `<button class="reorder" value="${p}">Reorder</button>`,
        `<button class="where-used" value="${p}">Where used</button>`,
      ] as const,
  ),
]);

// 15 — Gauge calibration register (full rewrite)
const gaugeRow = (id: string, desc: string, loc: string, last: string, due: string, status: string) =>
  `<tr data-gauge="${id}"><td>${id}</td><td>${desc}</td><td>${loc}</td><td>${last}</td><td>${due}</td><td>${status}</td><td><button class="record-cal">Record calibration</button> <button class="retire">Retire</button></td></tr>`;
const instrRow = (id: string, desc: string, due: string, status: string) =>
  `<li class="instrument row" data-instrument="${id}"><span class="mono">${id}</span><span>${desc}</span><span class="badge">${status}</span><span class="muted">due ${due}</span><button class="log-cal">Log result</button></li>`;
const calV1 = page(
  'Gauges · CalTrack',
  `<header><strong>CalTrack</strong><nav><a href="/gauges">Gauges</a><a href="/standards">Reference standards</a><a href="/labs">External labs</a></nav></header>
<main><h1>Gauge register</h1>
<div class="row"><input id="gauge-search" placeholder="Gauge ID"><select id="gauge-status-filter"><option>All</option><option>Due</option><option>Overdue</option><option>OK</option></select><button id="add-gauge">Add gauge</button><button id="export-certs">Export certificates</button></div>
<table id="gauges"><thead><tr><th>ID</th><th>Description</th><th>Location</th><th>Last cal.</th><th>Due</th><th>Status</th><th></th></tr></thead><tbody>
${gaugeRow('MIC-0042', 'Micrometer 0–25 mm', 'Cell 3', '12 Nov 2023', '12 May 2024', 'Overdue')}
${gaugeRow('CAL-0107', 'Vernier caliper 150 mm', 'QC lab', '02 Feb 2024', '02 Aug 2024', 'OK')}
${gaugeRow('PIN-0310', 'Pin gauge set 1–10 mm', 'Cell 1', '20 Jan 2024', '20 Jul 2024', 'OK')}
${gaugeRow('TRQ-0015', 'Torque wrench 5–25 Nm', 'Assembly', '01 Dec 2023', '01 Jun 2024', 'Due')}
</tbody></table>
<form id="cal-form" class="card"><h2>Record calibration — MIC-0042</h2>
<label for="as-found">As-found reading</label><input id="as-found" name="as_found">
<label for="as-left">As-left reading</label><input id="as-left" name="as_left">
<label for="standard-used">Reference standard</label><select id="standard-used"><option>Gauge block set GB-01</option><option>Setting ring SR-25</option></select>
<div class="row"><label><input type="radio" name="result" value="pass"> Pass</label><label><input type="radio" name="result" value="fail"> Fail</label></div>
<label for="cert-upload">Certificate</label><input id="cert-upload" type="file">
<button id="save-cal" type="submit">Save</button></form>
</main>`,
);
const calV2 = page(
  'Instruments · CalTrack',
  `<div class="topbar row"><span class="logo">CalTrack</span><a href="/instruments">Instruments</a><a href="/masters">Masters</a><a href="/vendors">Cal. vendors</a></div>
<main><div class="row"><h1>Measuring instruments</h1><button class="add-instrument primary">Register instrument</button><button class="import">Import from CSV</button></div>
<div class="row"><input type="search" aria-label="Search instruments"><label>Calibration state <select name="calState"><option>Any</option><option>Due soon</option><option>Overdue</option><option>In calibration</option></select></label></div>
<ul class="instruments">
${instrRow('MIC-0042', 'Micrometer 0–25 mm', '12 May 2024', 'Overdue')}
${instrRow('CAL-0107', 'Vernier caliper 150 mm', '02 Aug 2024', 'In cal')}
${instrRow('PIN-0310', 'Pin gauge set 1–10 mm', '20 Jul 2024', 'In cal')}
${instrRow('TRQ-0015', 'Torque wrench 5–25 Nm', '01 Jun 2024', 'Due soon')}
</ul>
<form class="card" id="result-form"><h2>Calibration result · MIC-0042</h2>
<div class="grid"><label>Before adjustment <input name="beforeAdjustment"></label><label>After adjustment <input name="afterAdjustment"></label></div>
<label>Master used <select name="master"><option>Gauge block set GB-01</option><option>Setting ring SR-25</option></select></label>
<fieldset class="row"><legend>Outcome</legend><label><input type="radio" name="outcome" value="in-tolerance"> In tolerance</label><label><input type="radio" name="outcome" value="out-of-tolerance"> Out of tolerance</label><label><input type="radio" name="outcome" value="adjusted"> Adjusted</label></fieldset>
<label>Attach certificate <input type="file" name="certificate"></label>
<button type="submit">Save result</button></form>
</main>`,
);

// 16 — Downtime reason coding terminal (edit)
const evRow = (ev: string, start: string, dur: string, state: string) =>
  `<tr data-ev="${ev}"><td>${start}</td><td>${dur}</td><td>${state}</td><td><button class="select-ev">Select</button></td></tr>`;
const dtV1 = page(
  'Downtime · Operator terminal',
  `<header><strong>Line terminal</strong><select id="line-select" name="line"><option>Line 3 – Extrusion</option><option>Line 4 – Extrusion</option></select><span class="muted">Operator: L. Hughes</span></header>
<main><h1>Uncoded stops</h1>
<table id="events"><thead><tr><th>Start</th><th>Duration</th><th>State</th><th></th></tr></thead><tbody>
${evRow('e-1', '06:42', '4 min', 'Uncoded')}
${evRow('e-2', '08:15', '17 min', 'Uncoded')}
${evRow('e-3', '09:03', '2 min', 'Uncoded')}
</tbody></table>
<section class="card" id="coding"><h2>Stop at 08:15 (17 min)</h2>
<div class="grid3" id="reasons"><button id="reason-mechanical">Mechanical</button><button id="reason-electrical">Electrical</button><button id="reason-material">Material shortage</button><button id="reason-changeover">Changeover</button><button id="reason-quality">Quality</button><button id="reason-planned">Planned stop</button></div>
<label for="comment">Comment</label><textarea id="comment"></textarea>
<div class="row"><button id="confirm-reason">Confirm</button><button id="split-event">Split event</button><button id="undo-last">Undo last</button></div>
</section></main>`,
);
const dtV2 = edit(dtV1, [
  ['<select id="line-select" name="line">', '<select id="asset-select" name="asset" aria-label="Line">'],
  ...['e-1', 'e-2', 'e-3'].map((e) => [`<tr data-ev="${e}">`, `<tr data-event="${e}">`] as const),
  ...['e-1', 'e-2', 'e-3'].map(
    () => ['<button class="select-ev">Select</button>', '<button class="pick">Code it</button>'] as const,
  ),
  ['<button id="reason-changeover">Changeover</button>', '<button id="rc-setup">Setup / changeover</button>'],
  [
    '<button id="reason-planned">Planned stop</button>',
    '<button id="rc-utility">Utilities (air, power, water)</button>',
  ],
  [
    '<label for="comment">Comment</label><textarea id="comment"></textarea>',
    '<label for="event-note">Note for maintenance</label><textarea id="event-note"></textarea>',
  ],
  [
    '<div class="row"><button id="confirm-reason">Confirm</button><button id="split-event">Split event</button><button id="undo-last">Undo last</button></div>',
    '<div class="row"><button id="split">Split…</button><button id="save-reason" class="primary">Save reason</button></div>',
  ],
]);

// 17 — Operator shift handover (full rewrite)
const hoV1 = page(
  'Shift handover · MES',
  `<header><strong>MES</strong><nav><a href="/handover">Handover</a><a href="/logbook">Logbook</a><a href="/orders">Orders</a></nav></header>
<main><h1>Shift handover — Line 2</h1>
<form id="handover">
<div class="grid"><div><label for="outgoing-op">Outgoing operator</label><select id="outgoing-op"><option>T. Walsh</option><option>B. Ahmed</option></select></div><div><label for="incoming-op">Incoming operator</label><select id="incoming-op"><option>B. Ahmed</option><option>C. Lopez</option></select></div></div>
<h2>Production</h2>
<div class="grid"><div><label for="good-count">Good count</label><input id="good-count" type="number" value="9420"></div><div><label for="scrap-count">Scrap count</label><input id="scrap-count" type="number" value="86"></div><div><label for="downtime-min">Downtime (min)</label><input id="downtime-min" type="number" value="35"></div></div>
<h2>Open issues</h2>
<ul id="issues"><li><label><input type="checkbox"> Label printer skipping</label></li><li><label><input type="checkbox"> Hopper level sensor intermittent</label></li><li><label><input type="checkbox"> Guard door 3 interlock sticky</label></li></ul>
<button type="button" id="add-issue">Add issue</button>
<label for="safety-notes">Safety observations</label><textarea id="safety-notes"></textarea>
<label><input type="checkbox" id="signoff"> I confirm this handover is accurate</label>
<div class="row"><button type="submit" id="submit-handover">Submit handover</button><button type="button" id="print-handover">Print</button></div>
</form></main>`,
);
const hoV2 = page(
  'Handover · Line 2 · MES',
  `<div class="bar row"><span class="logo">MES</span><a href="/shift/handover">Handover</a><a href="/shift/log">Shift log</a><a href="/orders">Orders</a></div>
<main><h1>Hand over Line 2</h1>
<form class="handover-v2">
<section class="card row"><label>Handed over by <select name="handedOverBy"><option>T. Walsh</option><option>B. Ahmed</option></select></label><label>Taken over by <select name="receivedBy"><option>B. Ahmed</option><option>C. Lopez</option></select></label></section>
<section class="card"><h2>Output this shift</h2><p class="muted">Downtime is pulled from the line automatically: 35 min.</p>
<div class="grid"><label>Good parts <input type="number" name="goodParts" value="9420"></label><label>Rejects <input type="number" name="rejects" value="86"></label></div></section>
<section class="card"><h2>Carry-over issues</h2>
<div class="issue row"><span>Label printer skipping</span><input type="checkbox" aria-label="Mark resolved: Label printer skipping"></div>
<div class="issue row"><span>Hopper level sensor intermittent</span><input type="checkbox" aria-label="Mark resolved: Hopper level sensor intermittent"></div>
<div class="issue row"><span>Guard door 3 interlock sticky</span><input type="checkbox" aria-label="Mark resolved: Guard door 3 interlock sticky"></div>
<button type="button" class="new-issue">+ New issue</button></section>
<section class="card"><label>Anything unsafe? <textarea name="safety"></textarea></label></section>
<label><input type="checkbox" name="confirm"> The details above are correct</label>
<div class="row"><button type="button">Email supervisor</button><button type="submit" class="primary">Hand over</button></div>
</form></main>`,
);

// 18 — Supplier scorecard (edit)
const kpiRow = (kpi: string, label: string, value: string, target: string) =>
  `<tr data-kpi="${kpi}"><td>${label}</td><td>${value}</td><td>${target}</td><td><a class="trend" href="/trend?kpi=${kpi}">Trend</a></td></tr>`;
const scoreV1 = page(
  'Supplier scorecard · Procure',
  `<header><strong>Procure</strong><nav><a href="/suppliers">Suppliers</a><a href="/scorecards">Scorecards</a><a href="/scar">SCAR</a></nav></header>
<main><h1>Supplier scorecard</h1>
<div class="row"><label for="supplier-pick">Supplier</label><select id="supplier-pick"><option>Nordic Castings AB</option><option>Bossard UK Ltd</option><option>Kunststoff Weber GmbH</option></select><label for="period">Period</label><select id="period" name="period"><option>Q1 2024</option><option>Q4 2023</option><option>Q3 2023</option></select></div>
<table id="metrics"><thead><tr><th>Metric</th><th>Actual</th><th>Target</th><th></th></tr></thead><tbody>
${kpiRow('otd', 'On-time delivery', '91.5%', '≥ 95%')}
${kpiRow('ppm', 'Defects (PPM)', '412', '≤ 250')}
${kpiRow('resp', 'Responsiveness', '4.1 / 5', '≥ 4')}
${kpiRow('cost', 'Cost reduction', '1.2%', '≥ 2%')}
</tbody></table>
<label for="overall-rating">Overall rating</label><select id="overall-rating"><option>A – Preferred</option><option>B – Approved</option><option>C – Conditional</option><option>D – Disqualified</option></select>
<label for="reviewer-comments">Reviewer comments</label><textarea id="reviewer-comments"></textarea>
<div class="row"><button id="request-capa">Request CAPA</button><button id="send-scorecard">Send scorecard</button><button id="download-pdf">Download PDF</button></div>
</main>`,
);
const scoreV2 = edit(scoreV1, [
  [
    '<label for="supplier-pick">Supplier</label><select id="supplier-pick">',
    '<label for="vendor-pick">Vendor</label><select id="vendor-pick">',
  ],
  ['<select id="period" name="period">', '<select id="quarter" name="quarter">'],
  ...['otd', 'ppm', 'resp', 'cost'].map(
    (k) =>
      [
        `<a class="trend" href="/trend?kpi=${k}">Trend</a>`,
        `<a href="/suppliers/trend/${k}">View trend</a>`,
      ] as const,
  ),
  [
    '<label for="overall-rating">Overall rating</label><select id="overall-rating">',
    '<label for="grade">Supplier grade</label><select id="grade" name="grade">',
  ],
  [
    '<label for="reviewer-comments">Reviewer comments</label><textarea id="reviewer-comments"></textarea>\n',
    '',
  ],
  [
    '<button id="request-capa">Request CAPA</button><button id="send-scorecard">Send scorecard</button><button id="download-pdf">Download PDF</button>',
    '<button id="raise-scar">Raise SCAR</button><button id="schedule-review">Schedule review</button><a id="pdf-link" href="/scorecards/export.pdf">PDF</a>',
  ],
]);

// 19 — SCADA alarm console (full rewrite)
const alarmRow = (id: string, prio: string, tag: string, msg: string, time: string, state: string) =>
  `<tr data-alarm="${id}"><td>${prio}</td><td>${tag}</td><td>${msg}</td><td>${time}</td><td>${state}</td><td><button class="ack">Ack</button></td></tr>`;
const alarmItem = (id: string, sev: string, tag: string, msg: string, time: string) =>
  `<li class="alarm-item sev-${sev}" data-alarm-id="${id}"><span class="sev">${sev}</span><span class="tag">${tag}</span><span>${msg}</span><time>${time}</time><button class="ack-one" aria-label="Acknowledge ${tag}">Acknowledge</button></li>`;
const scadaV1 = page(
  'Alarms · HMI',
  `<header><strong>HMI Alarm Summary</strong><select id="area-filter"><option>All areas</option><option>Boiler house</option><option>Filling</option><option>CIP</option></select><select id="prio-filter"><option>All priorities</option><option>1 – Critical</option><option>2 – High</option><option>3 – Low</option></select></header>
<main>
<div class="row toolbar"><button id="ack-all">Ack all</button><button id="silence-horn">Silence horn</button><button id="pause-updates">Pause updates</button><button id="export-alarms">Export</button></div>
<table id="alarm-table"><thead><tr><th>Prio</th><th>Tag</th><th>Message</th><th>Time</th><th>State</th><th></th></tr></thead><tbody>
${alarmRow('A-3311', '1', 'BLR1_PT101', 'Boiler 1 steam pressure high-high', '10:41:07', 'Active')}
${alarmRow('A-3314', '2', 'FIL_LT204', 'Product tank level low', '10:38:52', 'Active')}
${alarmRow('A-3317', '2', 'CIP_TT310', 'CIP return temp below setpoint', '10:22:15', 'Active')}
${alarmRow('A-3320', '3', 'CMP2_RUN', 'Compressor 2 runtime exceeded', '09:58:40', 'Returned')}
</tbody></table>
<section class="card" id="alarm-detail"><h2>A-3317 CIP_TT310</h2><p>CIP return temperature 68 °C, setpoint 75 °C.</p>
<label for="shelve-duration">Shelve for</label><select id="shelve-duration"><option>15 min</option><option>1 h</option><option>8 h</option></select><button id="shelve">Shelve</button></section>
</main>`,
);
const scadaV2 = page(
  'Alarm summary · HMI',
  `<div class="hmi-top row"><span class="logo">HMI</span><label>Area <select name="area"><option>All</option><option>Boiler house</option><option>Filling</option><option>CIP</option></select></label><label>Severity <select name="severity"><option>All</option><option>Critical</option><option>High</option><option>Low</option></select></label>
<button data-cmd="ack-page">Acknowledge visible</button><button aria-label="Silence audible alarm" class="icon">🔇</button><button data-cmd="history">Show history</button></div>
<main class="row">
<ul class="alarm-list">
${alarmItem('A-3311', 'critical', 'BLR1_PT101', 'Boiler 1 steam pressure high-high', '10:41:07')}
${alarmItem('A-3314', 'high', 'FIL_LT204', 'Product tank level low', '10:38:52')}
${alarmItem('A-3317', 'high', 'CIP_TT310', 'CIP return temp below setpoint', '10:22:15')}
${alarmItem('A-3320', 'low', 'CMP2_RUN', 'Compressor 2 runtime exceeded', '09:58:40')}
</ul>
<aside class="inspector"><h2>CIP_TT310</h2><p>Return temperature 68 °C (setpoint 75 °C).</p>
<label>Suppress for <select name="shelveFor"><option>15 minutes</option><option>1 hour</option><option>Rest of shift</option></select></label><button data-cmd="shelve">Suppress alarm</button></aside>
</main>`,
);

// 20 — Forklift pre-use checklist (edit)
const checks: readonly (readonly [string, string])[] = [
  ['horn', 'Horn'],
  ['brakes', 'Service and parking brakes'],
  ['forks', 'Forks and carriage'],
  ['chains', 'Mast chains'],
  ['lights', 'Lights and beacon'],
  ['seatbelt', 'Seatbelt'],
  ['leaks', 'Hydraulic leaks'],
];
const checkRow = ([key, label]: readonly [string, string]) =>
  `<tr><td>${label}</td><td><label><input type="radio" name="${key}" value="pass"> Pass</label></td><td><label><input type="radio" name="${key}" value="fail"> Fail</label></td></tr>`;
const mheV1 = page(
  'Pre-use check · FleetSafe',
  `<header><strong>FleetSafe</strong><nav><a href="/checks">Daily checks</a><a href="/defects">Defects</a><a href="/fleet">Fleet</a></nav></header>
<main><h1>Forklift pre-use check</h1>
<form id="mhe-check">
<div class="grid"><div><label for="truck-id">Truck</label><select id="truck-id" name="truck"><option>FLT-07 Linde E20</option><option>FLT-09 Toyota 8FBE</option><option>RT-02 Reach truck</option></select></div>
<div><label for="hour-meter">Hour meter</label><input id="hour-meter" type="number" name="hour_meter"></div>
<div><label for="fuel-level">Battery / fuel level</label><select id="fuel-level" name="fuel"><option>Full</option><option>3/4</option><option>1/2</option><option>1/4</option></select></div></div>
<table id="checklist"><thead><tr><th>Item</th><th></th><th></th></tr></thead><tbody>
${checks.map(checkRow).join('\n')}
</tbody></table>
<label for="comments">Comments</label><textarea id="comments" name="comments"></textarea>
<label for="op-badge">Operator badge</label><input id="op-badge" name="operator">
<div class="row"><button type="submit" id="submit-check">Submit</button><a href="/defects/new" id="report-defect">Report a defect</a></div>
</form></main>`,
);
const mheV2 = edit(mheV1, [
  [
    '<label for="truck-id">Truck</label><select id="truck-id" name="truck">',
    '<label for="mhe-unit">Unit</label><select id="mhe-unit" name="unit">',
  ],
  [
    '<label for="hour-meter">Hour meter</label><input id="hour-meter" type="number" name="hour_meter">',
    '<label for="hours-reading">Hours reading</label><input id="hours-reading" type="number" name="hours" inputmode="numeric">',
  ],
  [
    '<div><label for="fuel-level">Battery / fuel level</label><select id="fuel-level" name="fuel"><option>Full</option><option>3/4</option><option>1/2</option><option>1/4</option></select></div>',
    '',
  ],
  [checkRow(['seatbelt', 'Seatbelt']), checkRow(['presence_sensor', 'Operator presence sensor'])],
  ...checks.flatMap(([key]) => {
    const k = key === 'seatbelt' ? 'presence_sensor' : key;
    return [
      [`name="${k}" value="pass"> Pass`, `name="check_${k}" value="ok"> OK`],
      [`name="${k}" value="fail"> Fail`, `name="check_${k}" value="defect"> Defect`],
    ] as const;
  }),
  [
    '<label for="op-badge">Operator badge</label><input id="op-badge" name="operator">',
    '<label for="badge-scan">Operator</label><input id="badge-scan" name="badge" placeholder="Scan badge">',
  ],
  [
    '<button type="submit" id="submit-check">Submit</button><a href="/defects/new" id="report-defect">Report a defect</a>',
    '<button type="button" id="raise-defect">Raise defect</button><button type="submit" id="submit-checklist" class="primary">Submit checklist</button>',
  ],
]);

// 21 — CAPA record (full rewrite)
const capaV1 = page(
  'CAPA-0219 · QMS',
  `<header><strong>QMS</strong><nav><a href="/ncr">NCRs</a><a href="/capa">CAPA</a><a href="/audits">Audits</a></nav></header>
<main><h1>CAPA-0219 <span class="badge">Investigation</span></h1>
<form id="capa-form">
<label for="capa-title">Title</label><input id="capa-title" value="Bore oversize on H-220 housings">
<div class="grid"><div><label for="capa-source">Source</label><select id="capa-source"><option>NCR</option><option>Internal audit</option><option>Customer complaint</option></select></div><div><label for="linked-ncr">Linked NCR</label><input id="linked-ncr" value="NCR-1187"></div></div>
<label for="rca-method">Root cause method</label><select id="rca-method"><option>5 Why</option><option>Fishbone</option><option>8D</option></select>
<h2>5 Why</h2>
<label for="why-1">Why 1</label><input id="why-1" value="Bore cut oversize">
<label for="why-2">Why 2</label><input id="why-2" value="Boring bar deflected">
<label for="why-3">Why 3</label><input id="why-3" value="Insert worn beyond limit">
<label for="why-4">Why 4</label><input id="why-4">
<label for="why-5">Why 5</label><input id="why-5">
<h2>Actions</h2>
<table id="actions-table"><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>
<tr><td>Add tool-life counter to OP20</td><td>R. Singh</td><td>31 May</td><td><select class="status"><option>Open</option><option>Done</option></select></td></tr>
<tr><td>Update control plan CP-220</td><td>E. Berg</td><td>07 Jun</td><td><select class="status"><option>Open</option><option>Done</option></select></td></tr>
</tbody></table>
<button type="button" id="add-action">Add action</button>
<label><input type="checkbox" id="verify-effective"> Effectiveness verified</label>
<div class="row"><button type="submit" id="save-capa">Save</button><button type="button" id="close-capa">Close CAPA</button><button type="button" id="escalate">Escalate</button></div>
</form></main>`,
);
const capaV2 = page(
  'Bore oversize on H-220 housings · QMS',
  `<div class="topbar row"><span class="logo">QMS</span><a href="/nonconformances">Nonconformances</a><a href="/corrective-actions">Corrective actions</a><a href="/audits">Audits</a></div>
<main><div class="row"><h1>Bore oversize on H-220 housings</h1><span class="pill">CAPA-0219 · Investigating</span><button class="ghost" data-action="watch">Watch</button></div>
<form class="capa">
<section class="card grid"><label>Origin <select name="origin"><option>Nonconformance</option><option>Internal audit</option><option>Customer complaint</option></select></label><label>Related record <input name="relatedRecord" value="NCR-1187"></label></section>
<section class="card"><h2>Root cause — ask why</h2>
<textarea aria-label="Why 1" name="why1">Bore cut oversize</textarea>
<textarea aria-label="Why 2" name="why2">Boring bar deflected</textarea>
<textarea aria-label="Why 3" name="why3">Insert worn beyond limit</textarea>
<textarea aria-label="Why 4" name="why4"></textarea>
<textarea aria-label="Why 5" name="why5"></textarea></section>
<section class="card"><h2>Tasks</h2>
<div class="task row"><span>Add tool-life counter to OP20</span><span>R. Singh · 31 May</span><select name="action-1-state" aria-label="State"><option>To do</option><option>In progress</option><option>Done</option></select></div>
<div class="task row"><span>Update control plan CP-220</span><span>E. Berg · 07 Jun</span><select name="action-2-state" aria-label="State"><option>To do</option><option>In progress</option><option>Done</option></select></div>
<button type="button" class="add-task">+ Task</button></section>
<label><input type="checkbox" name="effective"> Verified effective (30 days without recurrence)</label>
<div class="row"><button type="submit">Save</button><button type="button" data-action="close">Close corrective action</button></div>
</form></main>`,
);

// 22 — Put-away task queue on a handheld (edit)
const taskItem = (task: string, lpn: string, sku: string, bin: string) =>
  `<li data-task="${task}"><p><strong>${lpn}</strong> · ${sku}</p><p>To bin <b>${bin}</b></p><div class="row"><button class="confirm" data-for="${task}">Confirm</button><button class="skip" data-for="${task}">Skip</button></div></li>`;
const putV1 = page(
  'Put-away · RF',
  `<header><strong>RF Put-away</strong><span id="task-count" class="badge">4 tasks</span><button id="btn-refresh">Refresh</button><button id="btn-logout">Log out</button></header>
<main>
<label for="lpn-scan">Scan LPN</label><input id="lpn-scan" autofocus>
<ul id="tasks">
${taskItem('T-880', 'LPN 00912', 'SKU-44802', 'A-01-01-A')}
${taskItem('T-881', 'LPN 00913', 'SKU-44810', 'A-01-02-B')}
${taskItem('T-882', 'LPN 00914', 'SKU-51007', 'A-02-01-A')}
${taskItem('T-883', 'LPN 00915', 'SKU-51011', 'A-02-02-C')}
</ul>
<label for="override-bin">Override bin</label><input id="override-bin">
<button id="btn-exceptions">Exceptions</button>
</main>`,
);
const putV2 = edit(putV1, [
  [
    '<span id="task-count" class="badge">4 tasks</span><button id="btn-refresh">Refresh</button><button id="btn-logout">Log out</button>',
    '<button class="icon" aria-label="Refresh tasks">⟳</button><details class="menu"><summary aria-label="Menu">☰</summary><button id="sign-out">Sign out</button></details>',
  ],
  [
    '<label for="lpn-scan">Scan LPN</label><input id="lpn-scan" autofocus>',
    '<label for="scan-input">Scan pallet label</label><input id="scan-input" autofocus inputmode="none">',
  ],
  ...['T-880', 'T-881', 'T-882', 'T-883'].flatMap(
    (t) =>
      [
        [
          `<button class="confirm" data-for="${t}">Confirm</button>`,
          `<button class="done" data-for="${t}">Put away</button>`,
        ],
        [
          `<button class="skip" data-for="${t}">Skip</button>`,
          `<button class="info" data-for="${t}">Details</button>`,
        ],
      ] as const,
  ),
  [
    '<label for="override-bin">Override bin</label><input id="override-bin">',
    '<label for="dest-bin">Different bin?</label><input id="dest-bin" name="dest_bin">',
  ],
  [
    '<button id="btn-exceptions">Exceptions</button>',
    '<button id="report-problem">Report a problem</button>',
  ],
]);

// 23 — Energy metering dashboard (full rewrite)
const meterRow = (id: string, area: string, kwh: string, peak: string, pf: string) =>
  `<tr data-meter="${id}"><td>${id}</td><td>${area}</td><td>${kwh}</td><td>${peak}</td><td>${pf}</td><td><button class="set-budget">Set budget</button></td></tr>`;
const meterCard = (id: string, area: string, kwh: string, peak: string) =>
  `<div class="card meter" data-meter-id="${id}"><h3>${area}</h3><p class="muted">${id}</p><p><strong>${kwh}</strong> kWh today · peak ${peak} kW</p><button class="budget">Budget…</button></div>`;
const enV1 = page(
  'Energy · PowerWatch',
  `<header><strong>PowerWatch</strong><select id="site"><option>Leeds</option><option>Wakefield</option></select></header>
<main><h1>Energy overview</h1>
<div class="row"><label for="range-from">From</label><input id="range-from" type="date" value="2024-05-13"><label for="range-to">To</label><input id="range-to" type="date" value="2024-05-19"><label><input type="checkbox" id="compare"> Compare with previous period</label><label><input type="checkbox" id="co2-toggle"> Show CO₂e</label><button id="download-csv">Download CSV</button></div>
<table id="meters"><thead><tr><th>Meter</th><th>Area</th><th>kWh today</th><th>Peak kW</th><th>PF</th><th></th></tr></thead><tbody>
${meterRow('M-MAIN', 'Site incomer', '18,240', '1,120', '0.94')}
${meterRow('M-COMP', 'Compressed air', '4,610', '310', '0.88')}
${meterRow('M-PRESS', 'Press shop', '6,980', '720', '0.91')}
${meterRow('M-HVAC', 'HVAC', '2,150', '160', '0.96')}
</tbody></table>
<form id="alert-settings" class="card"><h2>Demand alerts</h2><label for="peak-limit">Peak demand limit (kW)</label><input id="peak-limit" type="number" value="1200"><label for="alert-email">Send alerts to</label><input id="alert-email" type="email" value="energy@plant.example"><button id="save-alerts">Save</button></form>
</main>`,
);
const enV2 = page(
  'Energy · PowerWatch',
  `<div class="topbar row"><span class="logo">PowerWatch</span><label>Facility <select name="facility"><option>Leeds</option><option>Wakefield</option></select></label><button class="ghost">Share dashboard</button></div>
<main><div class="row filters"><label>Start <input type="date" name="start" value="2024-05-13"></label><label>End <input type="date" name="end" value="2024-05-19"></label><label class="switch"><input type="checkbox" role="switch" name="comparePrevious"> vs. previous period</label></div>
<div class="grid meters">
${meterCard('M-MAIN', 'Site incomer', '18,240', '1,120')}
${meterCard('M-COMP', 'Compressed air', '4,610', '310')}
${meterCard('M-PRESS', 'Press shop', '6,980', '720')}
${meterCard('M-HVAC', 'HVAC', '2,150', '160')}
</div>
<details class="card" open><summary>Notifications</summary><form><label>Alert me above <input type="number" name="demandLimitKw" value="1200"> kW</label><label>Email <input type="email" name="notify" value="energy@plant.example"></label><button type="submit">Save notifications</button></form></details>
</main>`,
);

// 24 — Tool crib checkout (edit)
const toolRow = (id: string, desc: string, status: string) =>
  `<tr data-tool="${id}"><td>${id}</td><td>${desc}</td><td>${status}</td><td><button class="checkout">Check out</button></td></tr>`;
const cribV1 = page(
  'Tool crib · CribMaster',
  `<header><strong>CribMaster</strong><nav><a href="/crib">Crib</a><a href="/kits">Kits</a><a href="/overdue">Overdue</a></nav></header>
<main><h1>Tool crib — Maintenance workshop</h1>
<div class="row"><label for="badge">Employee badge</label><input id="badge"><input id="tool-search" name="q" placeholder="Search tools"></div>
<table id="tools"><thead><tr><th>Tool</th><th>Description</th><th>Status</th><th></th></tr></thead><tbody>
${toolRow('TW-104', 'Torque wrench 40–200 Nm', 'Available')}
${toolRow('TW-118', 'Torque wrench 5–25 Nm', 'Available')}
${toolRow('MM-022', 'Multimeter Fluke 87V', 'Available')}
${toolRow('PB-005', 'Bearing puller set', 'In calibration')}
</tbody></table>
<div class="row"><label for="due-back">Due back</label><input id="due-back" type="date"></div>
<h2>Checked out to you</h2>
<ul id="out-list"><li>TW-204 Torque multiplier <button class="return">Return</button> <button class="extend">Extend</button></li><li>LD-011 Laser alignment kit <button class="return">Return</button> <button class="extend">Extend</button></li></ul>
<div class="row"><label for="return-condition">Condition on return</label><select id="return-condition"><option>Good</option><option>Damaged</option><option>Needs calibration</option></select></div>
<div class="row"><button id="print-receipt">Print receipt</button><button id="extend-loan">Extend all loans</button></div>
</main>`,
);
const cribV2 = edit(cribV1, [
  [
    '<label for="badge">Employee badge</label><input id="badge">',
    '<label for="employee-badge">Badge</label><input id="employee-badge" placeholder="Tap or scan badge">',
  ],
  [
    '<input id="tool-search" name="q" placeholder="Search tools">',
    '<input id="find-tool" name="toolQuery" type="search" placeholder="Tool ID or name">',
  ],
  ...['TW-104', 'TW-118', 'MM-022', 'PB-005'].map(
    () => ['<button class="checkout">Check out</button>', '<button class="issue">Issue</button>'] as const,
  ),
  [
    '<label for="due-back">Due back</label><input id="due-back" type="date">',
    '<label for="return-by">Return by</label><input id="return-by" type="date">',
  ],
  [
    'TW-204 Torque multiplier <button class="return">Return</button>',
    'TW-204 Torque multiplier <button class="icon" aria-label="Return TW-204">↩</button>',
  ],
  [
    'LD-011 Laser alignment kit <button class="return">Return</button>',
    'LD-011 Laser alignment kit <button class="icon" aria-label="Return LD-011">↩</button>',
  ],
  [
    '<label for="return-condition">Condition on return</label><select id="return-condition">',
    '<label for="cond">Returned in</label><select id="cond" name="condition">',
  ],
  [
    '<button id="print-receipt">Print receipt</button><button id="extend-loan">Extend all loans</button>',
    '<button id="email-receipt">Email receipt</button>',
  ],
]);

const PART_C: readonly PagePair[] = [
  {
    name: 'mes-production-order-board-b30',
    v1: prodV1,
    v2: prodV2,
    targets: [
      {
        selector: '#wc-filter',
        expect: 'select[name="workCenter"]',
        change: 'work center filter moved beside the title',
      },
      {
        selector: '#release-orders',
        expect: 'button[data-action="release"]',
        change: 'reworded "Release to floor"',
      },
      {
        selector: '#resequence',
        expect: null,
        change: 'resequence removed; Print travellers button in its slot',
      },
      {
        selector: 'tr[data-po="PO-55102"] .start',
        expect: '[data-order="PO-55102"] button.begin',
        change: 'table became kanban lanes; Start reworded "Begin run"',
      },
      {
        selector: 'tr[data-po="PO-55107"] .hold',
        expect: '[data-order="PO-55107"] button.pause',
        change: 'Hold reworded Pause',
      },
      {
        selector: 'tr[data-po="PO-55104"] a.details',
        expect: 'a[href="/orders/PO-55104"]',
        change: 'details link became the card title',
      },
      { selector: '#show-completed', expect: null, change: 'show completed toggle removed' },
      { selector: '#order-search', expect: 'input[name="search"]', change: 'search rebuilt' },
    ],
  },
  {
    name: 'maintenance-storeroom-catalogue-b30',
    v1: sparesV1,
    v2: sparesV2,
    targets: [
      {
        selector: '#parts-search',
        expect: '#catalogue-search',
        change: 'search renamed, placeholder reworded',
      },
      { selector: '#category', expect: '#family', change: 'category select renamed family' },
      { selector: '#in-stock-only', expect: '#available-only', change: 'reworded "Available now"' },
      {
        selector: 'tr[data-part="BRG-6205"] .request',
        expect: 'button[aria-label="Add BRG-6205 to request"]',
        change: 'Request became an icon add button',
      },
      {
        selector: 'tr[data-part="SEAL-3040"] .reorder',
        expect: null,
        change: 'reorder removed from rows; Where used button in its slot',
      },
      {
        selector: '#basket-checkout',
        expect: '#submit-request',
        change: 'Checkout reworded "Submit request"',
      },
      { selector: '#wo-ref', expect: 'input[name="workOrder"]', change: 'work order field renamed' },
      { selector: '#basket-clear', expect: null, change: 'clear basket removed' },
    ],
  },
  {
    name: 'gauge-calibration-register-b30',
    v1: calV1,
    v2: calV2,
    targets: [
      {
        selector: '#gauge-status-filter',
        expect: 'select[name="calState"]',
        change: 'status filter relabelled "Calibration state"',
      },
      {
        selector: '#add-gauge',
        expect: 'button.add-instrument',
        change: 'reworded "Register instrument", moved to title row',
      },
      {
        selector: '#export-certs',
        expect: null,
        change: 'certificate export removed; Import from CSV button in its slot',
      },
      {
        selector: 'tr[data-gauge="MIC-0042"] .record-cal',
        expect: '[data-instrument="MIC-0042"] .log-cal',
        change: 'table became a list; reworded "Log result"',
      },
      {
        selector: 'tr[data-gauge="CAL-0107"] .retire',
        expect: null,
        change: 'retire action removed from the list',
      },
      {
        selector: '#as-found',
        expect: 'input[name="beforeAdjustment"]',
        change: 'reworded "Before adjustment"',
      },
      {
        selector: 'input[name="result"][value="fail"]',
        expect: 'input[value="out-of-tolerance"]',
        change: 'pass/fail became in/out of tolerance',
      },
      {
        selector: '#save-cal',
        expect: '#result-form button[type="submit"]',
        change: 'reworded "Save result"',
      },
    ],
  },
  {
    name: 'downtime-reason-terminal-b30',
    v1: dtV1,
    v2: dtV2,
    targets: [
      { selector: '#reason-changeover', expect: '#rc-setup', change: 'reworded "Setup / changeover"' },
      {
        selector: '#reason-planned',
        expect: null,
        change: 'planned stop removed; Utilities reason in its slot',
      },
      { selector: '#comment', expect: '#event-note', change: 'comment reworded "Note for maintenance"' },
      { selector: '#split-event', expect: '#split', change: 'reworded "Split…"' },
      {
        selector: '#confirm-reason',
        expect: '#save-reason',
        change: 'Confirm reworded "Save reason", moved last',
      },
      {
        selector: 'tr[data-ev="e-2"] .select-ev',
        expect: 'tr[data-event="e-2"] .pick',
        change: 'row select reworded "Code it"',
      },
      { selector: '#line-select', expect: 'select[name="asset"]', change: 'line select renamed' },
      { selector: '#undo-last', expect: null, change: 'undo removed' },
    ],
  },
  {
    name: 'operator-shift-handover-b30',
    v1: hoV1,
    v2: hoV2,
    targets: [
      {
        selector: '#outgoing-op',
        expect: 'select[name="handedOverBy"]',
        change: 'reworded "Handed over by"',
      },
      { selector: '#incoming-op', expect: 'select[name="receivedBy"]', change: 'reworded "Taken over by"' },
      { selector: '#scrap-count', expect: 'input[name="rejects"]', change: 'scrap reworded rejects' },
      {
        selector: '#issues li:nth-child(2) input[type=checkbox]',
        expect: 'input[aria-label="Mark resolved: Hopper level sensor intermittent"]',
        change: 'issue list became rows with labelled checkboxes',
      },
      { selector: '#add-issue', expect: 'button.new-issue', change: 'reworded "+ New issue"' },
      { selector: '#safety-notes', expect: 'textarea[name="safety"]', change: 'reworded "Anything unsafe?"' },
      {
        selector: '#print-handover',
        expect: null,
        change: 'print removed; Email supervisor button in its slot',
      },
      { selector: '#downtime-min', expect: null, change: 'downtime now pulled from the line automatically' },
    ],
  },
  {
    name: 'supplier-scorecard-b30',
    v1: scoreV1,
    v2: scoreV2,
    targets: [
      { selector: '#supplier-pick', expect: '#vendor-pick', change: 'supplier renamed vendor' },
      { selector: '#period', expect: 'select[name="quarter"]', change: 'period select renamed quarter' },
      {
        selector: '#metrics tr[data-kpi="ppm"] a.trend',
        expect: 'a[href="/suppliers/trend/ppm"]',
        change: 'trend links lost their class and moved URL',
      },
      { selector: '#request-capa', expect: '#raise-scar', change: 'reworded "Raise SCAR"' },
      {
        selector: '#send-scorecard',
        expect: null,
        change: 'send removed; Schedule review button in its slot',
      },
      { selector: '#download-pdf', expect: '#pdf-link', change: 'download button became a PDF link' },
      { selector: '#overall-rating', expect: '#grade', change: 'rating reworded "Supplier grade"' },
      { selector: '#reviewer-comments', expect: null, change: 'comments removed' },
    ],
  },
  {
    name: 'scada-alarm-summary-b30',
    v1: scadaV1,
    v2: scadaV2,
    targets: [
      {
        selector: '#ack-all',
        expect: 'button[data-cmd="ack-page"]',
        change: 'reworded "Acknowledge visible"',
      },
      {
        selector: '#silence-horn',
        expect: 'button[aria-label="Silence audible alarm"]',
        change: 'became an icon button',
      },
      { selector: '#pause-updates', expect: null, change: 'pause removed; Show history button in its slot' },
      {
        selector: 'tr[data-alarm="A-3317"] .ack',
        expect: '[data-alarm-id="A-3317"] .ack-one',
        change: 'alarm table became a list',
      },
      {
        selector: '#prio-filter',
        expect: 'select[name="severity"]',
        change: 'priority filter reworded severity',
      },
      {
        selector: '#shelve',
        expect: 'button[data-cmd="shelve"]',
        change: 'Shelve reworded "Suppress alarm" in a side inspector',
      },
      { selector: '#shelve-duration', expect: 'select[name="shelveFor"]', change: 'reworded "Suppress for"' },
      { selector: '#export-alarms', expect: null, change: 'export removed' },
    ],
  },
  {
    name: 'forklift-pre-use-check-b30',
    v1: mheV1,
    v2: mheV2,
    targets: [
      { selector: '#truck-id', expect: '#mhe-unit', change: 'truck select renamed unit' },
      { selector: '#hour-meter', expect: '#hours-reading', change: 'reworded "Hours reading"' },
      {
        selector: 'input[name="brakes"][value="fail"]',
        expect: 'input[name="check_brakes"][value="defect"]',
        change: 'radio names prefixed, Fail reworded Defect',
      },
      {
        selector: 'input[name="seatbelt"][value="fail"]',
        expect: null,
        change: 'seatbelt item replaced by operator presence sensor',
      },
      { selector: '#fuel-level', expect: null, change: 'fuel level now from telematics' },
      { selector: '#report-defect', expect: '#raise-defect', change: 'defect link became a button' },
      { selector: '#op-badge', expect: '#badge-scan', change: 'reworded, scan placeholder' },
      { selector: '#submit-check', expect: '#submit-checklist', change: 'reworded "Submit checklist"' },
    ],
  },
  {
    name: 'capa-corrective-action-b30',
    v1: capaV1,
    v2: capaV2,
    targets: [
      { selector: '#capa-source', expect: 'select[name="origin"]', change: 'source reworded origin' },
      { selector: '#linked-ncr', expect: 'input[name="relatedRecord"]', change: 'reworded "Related record"' },
      { selector: '#why-3', expect: 'textarea[name="why3"]', change: 'why inputs became textareas' },
      {
        selector: '#actions-table tr:nth-child(2) select.status',
        expect: 'select[name="action-2-state"]',
        change: 'action table became task rows',
      },
      { selector: '#add-action', expect: 'button.add-task', change: 'reworded "+ Task"' },
      {
        selector: '#close-capa',
        expect: 'button[data-action="close"]',
        change: 'reworded "Close corrective action"',
      },
      { selector: '#rca-method', expect: null, change: 'method choice removed; 5 Why only' },
      { selector: '#escalate', expect: null, change: 'escalate removed; Watch button near the title' },
    ],
  },
  {
    name: 'rf-putaway-task-queue-b30',
    v1: putV1,
    v2: putV2,
    targets: [
      { selector: '#lpn-scan', expect: '#scan-input', change: 'reworded "Scan pallet label"' },
      {
        selector: '#tasks li[data-task="T-881"] .confirm',
        expect: 'button.done[data-for="T-881"]',
        change: 'Confirm reworded "Put away"',
      },
      {
        selector: '#tasks li[data-task="T-882"] .skip',
        expect: null,
        change: 'skip removed; Details button in its slot',
      },
      { selector: '#override-bin', expect: '#dest-bin', change: 'reworded "Different bin?"' },
      {
        selector: '#btn-refresh',
        expect: 'button[aria-label="Refresh tasks"]',
        change: 'became an icon button',
      },
      { selector: '#btn-exceptions', expect: '#report-problem', change: 'reworded "Report a problem"' },
      { selector: '#btn-logout', expect: '#sign-out', change: 'moved into a hamburger menu' },
      { selector: '#task-count', expect: null, change: 'task count badge removed' },
    ],
  },
  {
    name: 'energy-metering-dashboard-b30',
    v1: enV1,
    v2: enV2,
    targets: [
      { selector: '#site', expect: 'select[name="facility"]', change: 'site reworded facility' },
      { selector: '#range-from', expect: 'input[name="start"]', change: 'From reworded Start' },
      { selector: '#compare', expect: 'input[name="comparePrevious"]', change: 'checkbox became a switch' },
      {
        selector: 'tr[data-meter="M-COMP"] .set-budget',
        expect: '[data-meter-id="M-COMP"] .budget',
        change: 'table became cards',
      },
      {
        selector: '#peak-limit',
        expect: 'input[name="demandLimitKw"]',
        change: 'moved into Notifications panel',
      },
      { selector: '#alert-email', expect: 'input[type="email"]', change: 'reworded Email' },
      {
        selector: '#download-csv',
        expect: null,
        change: 'CSV download removed; Share dashboard button instead',
      },
      { selector: '#co2-toggle', expect: null, change: 'CO₂e toggle removed' },
    ],
  },
  {
    name: 'tool-crib-checkout-b30',
    v1: cribV1,
    v2: cribV2,
    targets: [
      { selector: '#badge', expect: '#employee-badge', change: 'badge field renamed' },
      { selector: '#tool-search', expect: 'input[name="toolQuery"]', change: 'search renamed' },
      {
        selector: 'tr[data-tool="TW-118"] .checkout',
        expect: 'tr[data-tool="TW-118"] .issue',
        change: 'Check out reworded Issue',
      },
      {
        selector: '#out-list li:nth-child(1) .return',
        expect: 'button[aria-label="Return TW-204"]',
        change: 'Return became an icon button',
      },
      { selector: '#due-back', expect: '#return-by', change: 'reworded "Return by"' },
      { selector: '#return-condition', expect: '#cond', change: 'reworded "Returned in"' },
      {
        selector: '#print-receipt',
        expect: null,
        change: 'print receipt removed; Email receipt button in its slot',
      },
      { selector: '#extend-loan', expect: null, change: 'extend all removed' },
    ],
  },
];

export const BLIND30_PAIRS: readonly PagePair[] = [...PART_A, ...PART_B, ...PART_C];
