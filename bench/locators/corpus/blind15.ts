// Blind corpus 15, sealed: written without looking at the matcher.
// Domains: cold-storage receiving, EV charging operations, dental practice, law-firm conflicts, NGO donor pledges, youth football tournaments, rail track possessions, dairy herd records, university room timetabling, telescope proposals, ski rental, retail markdowns, telecom NOC tickets, podcast publishing, gauge calibration, grid outage management, treasury FX dealing, property underwriting, public housing waitlist, physiotherapy plans, courier proof of delivery, tenant maintenance, marina berths, translation agency.
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- 1
const dockV1 = page(
  'Receiving · Door 7 — ColdLink WMS',
  `<header><strong class="logo">ColdLink WMS</strong>
<nav class="main-nav"><a href="/dashboard">Dashboard</a><a href="/inbound" class="active">Inbound</a><a href="/outbound">Outbound</a><a href="/inventory">Inventory</a><a href="/yard">Yard</a><a href="/reports">Reports</a></nav>
<span class="user">R. Okafor · Site DC-04</span><button id="logout">Sign out</button></header>
<main>
<h1>Receiving — Door 7</h1>
<div class="card appt"><div class="row"><span class="muted">Appointment</span><strong>APT-558120</strong><span class="badge status-arrived">Arrived 06:42</span></div>
<p>Carrier: Polar Express Freight · Trailer TR-88213 · Driver: M. Haddad</p></div>
<form id="receipt-form" class="card">
<label for="po-number">PO number</label><input id="po-number" name="po" value="PO-4471902">
<label for="carrier">Carrier</label><select id="carrier" name="carrier"><option>Polar Express Freight</option><option>NorthCold Logistics</option><option>Glacier Haul Inc.</option></select>
<label for="trailer">Trailer no.</label><input id="trailer" name="trailer" value="TR-88213">
<label for="seal">Seal number</label><input id="seal" name="seal_no" value="SL-0093311">
<label for="reefer-temp">Reefer temperature</label><input id="reefer-temp" name="reefer_temp" type="number" value="-18.5">
<div class="row"><label><input type="radio" name="unit" value="C" checked> °C</label><label><input type="radio" name="unit" value="F"> °F</label></div>
<label><input type="checkbox" id="seal-intact" name="seal_intact" checked> Seal intact on arrival</label>
<label for="damaged-count">Damaged pallets</label><input id="damaged-count" name="damaged" type="number" value="0">
<label for="notes">Receiving notes</label><textarea id="notes" name="notes">Two pallets shrink-wrap loose, product OK.</textarea>
</form>
<h2>ASN lines</h2>
<table class="asn-lines"><thead><tr><th>SKU</th><th>Description</th><th>Expected</th><th>Received</th><th>Lot</th><th>Zone</th><th>Status</th></tr></thead><tbody>
<tr data-sku="FZ-10442"><td>FZ-10442</td><td>Frozen peas 2.5kg</td><td>48</td><td><input class="recv-qty" type="number" value="48"></td><td>L23-118</td><td>Freezer A</td><td><span class="badge">Match</span></td></tr>
<tr data-sku="FZ-20917"><td>FZ-20917</td><td>Vanilla ice cream 4L</td><td>30</td><td><input class="recv-qty" type="number" value="28"></td><td>L23-402</td><td>Freezer B</td><td><span class="badge">Short 2</span></td></tr>
<tr data-sku="CH-30051"><td>CH-30051</td><td>Greek yogurt 1kg</td><td>60</td><td><input class="recv-qty" type="number" value="60"></td><td>L23-077</td><td>Chiller 2</td><td><span class="badge">Match</span></td></tr>
<tr data-sku="CH-30388"><td>CH-30388</td><td>Fresh salmon fillet</td><td>22</td><td><input class="recv-qty" type="number" value="0"></td><td>—</td><td>Chiller 1</td><td><span class="badge">Pending</span></td></tr>
</tbody></table>
<div class="row actions"><button type="button" class="btn-secondary">Save draft</button><button type="button" class="btn-danger">Reject load</button><button type="submit" form="receipt-form" class="btn-primary">Complete receipt</button></div>
</main>
<footer>ColdLink WMS 5.2 · DC-04 Rotterdam · Support ext. 4410</footer>`,
);
const dockV2 = edit(dockV1, [
  ['<a href="/yard">Yard</a>', '<a href="/crossdock">Cross-dock</a>'],
  [
    '<label for="po-number">PO number</label><input id="po-number" name="po"',
    '<label for="purchaseOrder">PO #</label><input id="purchaseOrder" name="purchaseOrder"',
  ],
  [
    '<label for="reefer-temp">Reefer temperature</label><input id="reefer-temp" name="reefer_temp"',
    '<label for="trailer-temp">Trailer temp at door</label><input id="trailer-temp" name="readings.trailerTemp"',
  ],
  [
    '<label><input type="checkbox" id="seal-intact" name="seal_intact" checked> Seal intact on arrival</label>',
    '<div class="row"><button type="button" role="switch" aria-checked="true" id="sealOk" class="switch">On</button><span>Seal OK</span></div>',
  ],
  [
    '<label for="damaged-count">Damaged pallets</label><input id="damaged-count" name="damaged" type="number" value="0">',
    '<label for="pallet-count">Pallets on trailer</label><input id="pallet-count" name="pallets" type="number" value="22">',
  ],
  [
    '<tr data-sku="FZ-10442"><td>FZ-10442</td><td>Frozen peas 2.5kg</td><td>48</td><td><input class="recv-qty"',
    '<tr data-line="FZ-10442"><td>FZ-10442</td><td>Frozen peas 2.5kg</td><td>48</td><td><input class="qty-input"',
  ],
  ['<tr data-sku="FZ-20917">', '<tr data-line="FZ-20917">'],
  ['<input class="recv-qty" type="number" value="28">', '<input class="qty-input" type="number" value="28">'],
  ['<tr data-sku="CH-30051">', '<tr data-line="CH-30051">'],
  ['<input class="recv-qty" type="number" value="60">', '<input class="qty-input" type="number" value="60">'],
  ['<tr data-sku="CH-30388">', '<tr data-line="CH-30388">'],
  ['<input class="recv-qty" type="number" value="0">', '<input class="qty-input" type="number" value="0">'],
  [
    '<div class="row actions"><button type="button" class="btn-secondary">Save draft</button><button type="button" class="btn-danger">Reject load</button><button type="submit" form="receipt-form" class="btn-primary">Complete receipt</button></div>',
    '<div class="row actions"><button type="button" class="btn-secondary">Save draft</button><button type="submit" form="receipt-form" class="btn-primary btn-finish">✓ Finish receiving</button></div>',
  ],
  [
    '<footer>',
    '<footer><div class="row"><button type="button" id="refuse-btn" class="link-danger">Refuse trailer</button><span class="muted">Refusals notify the carrier automatically.</span></div>',
  ],
]);

// ---------------------------------------------------------------- 2
const evV1 = page(
  'Sites · Harbourside Car Park — VoltGrid Operator',
  `<header><span class="brand">VoltGrid Operator</span><nav><a href="/map">Map</a><a href="/sites" class="current">Sites</a><a href="/sessions">Sessions</a><a href="/tariffs">Tariffs</a><a href="/tickets">Tickets</a></nav><input type="search" id="global-search" placeholder="Search chargers, sessions…"><button class="icon-btn" aria-label="Notifications">🔔</button></header>
<main>
<div class="row"><h1 class="site-title">Harbourside Car Park</h1><span class="badge site-status">Online · 11/12</span></div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true" id="tab-chargers">Chargers</button><button role="tab" id="tab-sessions">Live sessions</button><button role="tab" id="tab-energy">Energy</button><button role="tab" id="tab-settings">Site settings</button></div>
<div class="toolbar row"><button data-testid="bulk-reset">Soft reset selected</button><button data-testid="bulk-unlock">Unlock connectors</button><button data-testid="export-csv">Export CSV</button><select data-testid="filter-status"><option>All statuses</option><option>Available</option><option>Charging</option><option>Faulted</option><option>Offline</option></select></div>
<table class="chargers"><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Charger</th><th>Model</th><th>Power</th><th>Status</th><th>Last heartbeat</th><th></th></tr></thead><tbody>
<tr id="cp-HB01"><td><input type="checkbox" aria-label="Select HB-01"></td><td>HB-01</td><td>Kempower S-Series</td><td>150 kW</td><td><span class="status charging">Charging</span></td><td>12 s ago</td><td><button class="row-action" data-testid="reset-HB01">Reset</button></td></tr>
<tr id="cp-HB02"><td><input type="checkbox" aria-label="Select HB-02"></td><td>HB-02</td><td>Kempower S-Series</td><td>150 kW</td><td><span class="status available">Available</span></td><td>9 s ago</td><td><button class="row-action" data-testid="reset-HB02">Reset</button></td></tr>
<tr id="cp-HB03"><td><input type="checkbox" aria-label="Select HB-03"></td><td>HB-03</td><td>Alpitronic HYC300</td><td>300 kW</td><td><span class="status faulted">Faulted · GroundFailure</span></td><td>4 min ago</td><td><button class="row-action" data-testid="reset-HB03">Reset</button></td></tr>
<tr id="cp-HB04"><td><input type="checkbox" aria-label="Select HB-04"></td><td>HB-04</td><td>Wallbox Supernova</td><td>60 kW</td><td><span class="status available">Available</span></td><td>15 s ago</td><td><button class="row-action" data-testid="reset-HB04">Reset</button></td></tr>
</tbody></table>
<aside class="card"><h3>Site load</h3><p>Current draw <strong id="site-load">212 kW</strong> of 400 kW</p><label for="load-cap">Dynamic load cap (kW)</label><input id="load-cap" type="number" value="380"><button id="apply-cap">Apply cap</button></aside>
<section class="card"><h3>Open tickets</h3><ul class="tickets"><li><a href="/tickets/T-2291">T-2291 HB-03 ground fault</a></li><li><a href="/tickets/T-2284">T-2284 Bay 6 signage damaged</a></li></ul><button id="new-ticket">New ticket</button></section>
</main>`,
);
const evV2 = page(
  'Harbourside Car Park — VoltGrid Operator',
  `<header><span class="brand">VoltGrid</span><nav><a href="/map">Map</a><a href="/sites" class="current">Sites</a><a href="/sessions">Sessions</a><a href="/pricing">Pricing</a><a href="/tickets">Tickets</a></nav><input type="search" id="omnisearch" placeholder="Search"><button class="icon-btn" aria-label="Alerts">🔔</button></header>
<main>
<div class="row"><h1 class="site-title">Harbourside Car Park</h1><span class="badge site-status">11 of 12 online</span></div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true" id="tab-chargers">Chargers</button><button role="tab" id="tab-live">Sessions</button><button role="tab" id="tab-energy">Energy</button><button role="tab" id="tab-config">Configuration</button></div>
<div class="toolbar row"><button data-testid="bulk-soft-reset">Reset selected</button><button data-testid="export-csv">Export CSV</button><select data-testid="status-filter"><option>All statuses</option><option>Available</option><option>Charging</option><option>Faulted</option><option>Offline</option></select></div>
<div class="grid charger-cards">
<div class="card" data-cp="HB01"><div class="row"><input type="checkbox" aria-label="Select HB-01"><strong>HB-01</strong><span class="status charging">Charging</span></div><p class="muted">Kempower S-Series · 150 kW · 12 s ago</p><div class="row"><button data-testid="cp-HB01-reset">Reset</button><button data-testid="cp-HB01-unlock">Unlock</button></div></div>
<div class="card" data-cp="HB02"><div class="row"><input type="checkbox" aria-label="Select HB-02"><strong>HB-02</strong><span class="status available">Available</span></div><p class="muted">Kempower S-Series · 150 kW · 9 s ago</p><div class="row"><button data-testid="cp-HB02-reset">Reset</button><button data-testid="cp-HB02-unlock">Unlock</button></div></div>
<div class="card" data-cp="HB03"><div class="row"><input type="checkbox" aria-label="Select HB-03"><strong>HB-03</strong><span class="status faulted">Faulted · GroundFailure</span></div><p class="muted">Alpitronic HYC300 · 300 kW · 4 min ago</p><div class="row"><button data-testid="cp-HB03-reset">Reset</button><button data-testid="cp-HB03-unlock">Unlock</button></div></div>
<div class="card" data-cp="HB04"><div class="row"><input type="checkbox" aria-label="Select HB-04"><strong>HB-04</strong><span class="status available">Available</span></div><p class="muted">Wallbox Supernova · 60 kW · 15 s ago</p><div class="row"><button data-testid="cp-HB04-reset">Reset</button><button data-testid="cp-HB04-unlock">Unlock</button></div></div>
</div>
<aside class="card"><h3>Site load</h3><p>Drawing <strong id="current-draw">212 kW</strong> / 400 kW</p><label for="max-site-kw">Max site power (kW)</label><input id="max-site-kw" type="number" value="380"><button id="save-limit">Save limit</button></aside>
<section class="card"><h3>Open tickets</h3><ul class="tickets"><li><a href="/tickets/T-2291">T-2291 HB-03 ground fault</a></li><li><a href="/tickets/T-2284">T-2284 Bay 6 signage damaged</a></li></ul></section>
</main>`,
);

// ---------------------------------------------------------------- 3
const dentalV1 = page(
  'Day sheet — Brightsmile Dental',
  `<div class="sidebar"><h2>Brightsmile</h2><ul class="side-menu"><li><a href="/schedule">Schedule</a></li><li><a href="/patients">Patients</a></li><li><a href="/charting">Charting</a></li><li><a href="/billing">Billing</a></li><li><a href="/recalls">Recalls</a></li><li><a href="/lab-cases">Lab cases</a></li></ul></div>
<main style="margin-left:220px">
<header><h1>Day sheet · Tue 14 May</h1><select id="operatory-filter" name="operatory"><option>All operatories</option><option>Op 1 — Dr. Lindqvist</option><option>Op 2 — Dr. Mbeki</option><option>Hyg 1 — K. Tran RDH</option></select><button class="btn-new-appt">+ New appointment</button></header>
<table id="day-sheet"><thead><tr><th>Time</th><th>Patient</th><th>Procedure</th><th>Provider</th><th>Status</th><th>Actions</th></tr></thead><tbody>
<tr><td>08:00</td><td><a href="/patients/10231">Alvarez, Sofia</a></td><td>D1110 Prophylaxis</td><td>K. Tran RDH</td><td><span class="appt-status confirmed">Confirmed</span></td><td><button class="checkin">Check in</button></td></tr>
<tr><td>08:30</td><td><a href="/patients/9982">Nakamura, Ken</a></td><td>D2740 Crown porcelain #30</td><td>Dr. Lindqvist</td><td><span class="appt-status seated">Seated</span></td><td><button class="checkout">Check out</button></td></tr>
<tr><td>09:15</td><td><a href="/patients/11802">O'Brien, Siobhan</a></td><td>D0150 Comprehensive exam</td><td>Dr. Mbeki</td><td><span class="appt-status unconfirmed">Unconfirmed</span></td><td><button class="send-reminder">Send reminder</button></td></tr>
<tr><td>10:00</td><td><a href="/patients/7720">Kowalski, Piotr</a></td><td>D3330 Root canal molar</td><td>Dr. Lindqvist</td><td><span class="appt-status confirmed">Confirmed</span></td><td><button class="checkin">Check in</button></td></tr>
</tbody></table>
<div class="grid">
<section class="card" id="patient-panel"><h2>Nakamura, Ken</h2><p>DOB 1979-03-22 · Delta Dental PPO · Balance <strong class="balance">€142.00</strong></p>
<label><input type="checkbox" id="medical-alert" checked> Medical alert: penicillin allergy</label>
<label for="chair-notes">Chairside notes</label><textarea id="chair-notes" name="chairNotes">Shade A2, temp crown cemented with TempBond.</textarea>
<div class="row"><button id="save-notes">Save notes</button><button id="print-rx">Print Rx</button></div></section>
<section class="card"><h2>Ledger</h2><table class="ledger"><tr><td>2024-04-02</td><td>D0274 Bitewings</td><td>€68.00</td></tr><tr><td>2024-04-02</td><td>Insurance payment</td><td>-€54.40</td></tr><tr><td>2024-05-14</td><td>D2740 Crown</td><td>€1,180.00</td></tr></table><button id="take-payment">Take payment</button><a href="/billing/statement/9982" class="stmt-link">Print statement</a></section>
</div>
</main>`,
);
const dentalV2 = edit(dentalV1, [
  [
    '<li><a href="/lab-cases">Lab cases</a></li>',
    '<li><a href="/lab">Lab</a></li><li><a href="/reports">Reports</a></li>',
  ],
  ['<select id="operatory-filter" name="operatory">', '<select id="chair-select" name="chair">'],
  [
    '<button class="btn-new-appt">+ New appointment</button>',
    '<button class="btn btn-primary" data-action="book">Book</button>',
  ],
  [
    '<button class="send-reminder">Send reminder</button>',
    '<button class="sms" title="Text patient">💬 Text</button>',
  ],
  [
    '<td><span class="appt-status seated">Seated</span></td><td><button class="checkout">Check out</button></td>',
    '<td><span class="appt-status seated">In chair</span></td><td><button class="complete-visit">Complete visit</button></td>',
  ],
  [
    '<label><input type="checkbox" id="medical-alert" checked> Medical alert: penicillin allergy</label>',
    '<label><input type="checkbox" id="photo-consent"> Consent to intraoral photos</label>',
  ],
  [
    '<label for="chair-notes">Chairside notes</label><textarea id="chair-notes" name="chairNotes">',
    '<label for="clinical-note">Clinical note</label><textarea id="clinical-note" name="note">',
  ],
  [
    '<div class="row"><button id="save-notes">Save notes</button><button id="print-rx">Print Rx</button></div>',
    '<div class="row"><button id="save-note">Save</button><button id="refer">Refer to specialist</button></div>',
  ],
  [
    '<button id="take-payment">Take payment</button><a href="/billing/statement/9982" class="stmt-link">Print statement</a>',
    '<div class="row"><button id="collect">Collect €142.00</button><button id="statement">📄 Statement</button></div>',
  ],
]);

const pairs01: PagePair[] = [
  {
    name: 'cold-storage-dock-receiving-15',
    v1: dockV1,
    v2: dockV2,
    targets: [
      {
        selector: '#po-number',
        expect: '#purchaseOrder',
        change: 'id and name renamed, label shortened to PO #',
      },
      {
        selector: '[name="reefer_temp"]',
        expect: '[name="readings.trailerTemp"]',
        change: 'field name namespaced, id and label reworded',
      },
      {
        selector: 'button:has-text("Complete receipt")',
        expect: 'button.btn-finish',
        change: 'relabelled with icon to Finish receiving',
      },
      { selector: '#seal-intact', expect: '#sealOk', change: 'checkbox replaced by a switch button' },
      {
        selector: '#damaged-count',
        expect: null,
        change: 'damaged pallets field dropped; a pallet count field now in its place',
      },
      {
        selector: 'text=Reject load',
        expect: '#refuse-btn',
        change: 'moved from action row to footer, relabelled Refuse trailer',
      },
      {
        selector: 'tr[data-sku="FZ-10442"] .recv-qty',
        expect: 'tr[data-line="FZ-10442"] input',
        change: 'row attribute and input class renamed',
      },
      {
        selector: 'a[href="/yard"]',
        expect: null,
        change: 'Yard nav link removed; Cross-dock link in its place',
      },
    ],
  },
  {
    name: 'ev-charging-site-operator-15',
    v1: evV1,
    v2: evV2,
    targets: [
      { selector: '#global-search', expect: '#omnisearch', change: 'id renamed, placeholder shortened' },
      {
        selector: '[data-testid="bulk-reset"]',
        expect: '[data-testid="bulk-soft-reset"]',
        change: 'test id and label changed',
      },
      {
        selector: '[data-testid="bulk-unlock"]',
        expect: null,
        change: 'bulk unlock removed from toolbar (only per-charger unlock now)',
      },
      {
        selector: '[data-testid="reset-HB03"]',
        expect: '[data-testid="cp-HB03-reset"]',
        change: 'table became cards; row reset button test id renamed',
      },
      { selector: '#cp-HB03 .status', expect: '[data-cp="HB03"] .status', change: 'table row became a card' },
      { selector: '#load-cap', expect: '#max-site-kw', change: 'id and label reworded' },
      {
        selector: 'role=tab[name="Site settings"]',
        expect: '#tab-config',
        change: 'tab renamed Configuration',
      },
      { selector: '#new-ticket', expect: null, change: 'new ticket button removed from the tickets card' },
    ],
  },
  {
    name: 'dental-practice-day-sheet-15',
    v1: dentalV1,
    v2: dentalV2,
    targets: [
      { selector: '#operatory-filter', expect: '#chair-select', change: 'id and name renamed' },
      {
        selector: '.btn-new-appt',
        expect: '[data-action="book"]',
        change: 'class replaced, relabelled Book',
      },
      { selector: 'button.send-reminder', expect: 'button.sms', change: 'reminder became icon Text button' },
      {
        selector: 'button:has-text("Check out")',
        expect: 'button.complete-visit',
        change: 'relabelled Complete visit',
      },
      {
        selector: '#medical-alert',
        expect: null,
        change: 'medical alert checkbox removed; a photo consent checkbox stands in its place',
      },
      { selector: '#chair-notes', expect: '#clinical-note', change: 'id, name and label renamed' },
      {
        selector: '#print-rx',
        expect: null,
        change: 'Print Rx removed; a Refer to specialist button in its place',
      },
      { selector: '#take-payment', expect: '#collect', change: 'relabelled with amount, wrapped in a row' },
    ],
  },
];

// ---------------------------------------------------------------- 4
const conflictV1 = page(
  'New matter intake — Harrow & Vale LLP',
  `<header><strong>Harrow &amp; Vale LLP</strong><nav><a href="/matters">Matters</a><a href="/intake" class="on">Intake</a><a href="/conflicts">Conflicts</a><a href="/time">Time entry</a><a href="/directory">Directory</a></nav><span>Paralegal: J. Whitcombe</span></header>
<main>
<h1>New matter intake</h1>
<ol class="steps"><li class="done">Client</li><li class="current">Parties &amp; conflicts</li><li>Engagement</li><li>Billing</li></ol>
<form id="intake-form">
<fieldset class="card"><legend>Matter</legend>
<label for="matter-name">Matter name</label><input id="matter-name" name="matter_name" value="Kestrel Foods v. Brightwater Packaging">
<label for="practice-area">Practice area</label><select id="practice-area" name="practice_area"><option>Commercial litigation</option><option>Employment</option><option>Real estate</option><option>IP &amp; technology</option></select>
<label for="responsible-partner">Responsible partner</label><select id="responsible-partner" name="partner"><option>A. Harrow</option><option>D. Vale</option><option>P. Sandoval</option></select>
<label><input type="checkbox" name="contingency" id="contingency"> Contingency fee arrangement</label>
</fieldset>
<fieldset class="card"><legend>Adverse &amp; related parties</legend>
<table class="parties"><thead><tr><th>Name</th><th>Role</th><th>Search result</th><th></th></tr></thead><tbody>
<tr><td>Brightwater Packaging Ltd</td><td>Adverse party</td><td><span class="hit">1 potential conflict</span></td><td><button type="button" class="view-hits">View hits</button></td></tr>
<tr><td>Marcus Dellinger</td><td>Adverse — director</td><td><span class="clear">Clear</span></td><td><button type="button" class="remove-party">Remove</button></td></tr>
<tr><td>Northgate Insurance plc</td><td>Related — insurer</td><td><span class="clear">Clear</span></td><td><button type="button" class="remove-party">Remove</button></td></tr>
</tbody></table>
<div class="row"><input id="party-name" name="party_name" placeholder="Party name"><select name="party_role"><option>Adverse party</option><option>Co-defendant</option><option>Related party</option><option>Witness</option></select><button type="button" id="add-party">Add party</button></div>
</fieldset>
<fieldset class="card"><legend>Conflict clearance</legend>
<label for="waiver-notes">Waiver / clearance notes</label><textarea id="waiver-notes" name="waiver_notes"></textarea>
<label><input type="checkbox" id="ethical-wall" name="ethical_wall"> Ethical wall required</label>
</fieldset>
<div class="row"><button type="button" id="back-step">Back</button><button type="button" id="run-search">Re-run conflict search</button><button type="submit" id="submit-for-review">Submit for conflicts review</button></div>
</form>
</main>
<footer>Matter intake v3 · Questions: conflicts@harrowvale.example</footer>`,
);
const conflictV2 = edit(conflictV1, [
  [
    '<li class="current">Parties &amp; conflicts</li>',
    '<li class="current">Parties</li><li>Conflict check</li>',
  ],
  [
    '<label for="matter-name">Matter name</label><input id="matter-name" name="matter_name"',
    '<label for="matterTitle">Matter title</label><input id="matterTitle" name="matterTitle"',
  ],
  [
    '<label for="responsible-partner">Responsible partner</label><select id="responsible-partner" name="partner">',
    '<label for="billing-partner">Billing partner</label><select id="billing-partner" name="billingPartner">',
  ],
  [
    '<label><input type="checkbox" name="contingency" id="contingency"> Contingency fee arrangement</label>',
    '<label for="intake-source">Referral source</label><select id="intake-source" name="source"><option>Existing client</option><option>Website</option><option>Referral</option></select>',
  ],
  [
    '<td><span class="hit">1 potential conflict</span></td><td><button type="button" class="view-hits">View hits</button></td>',
    '<td><span class="hit">1 potential conflict</span></td><td><button type="button" class="review-match" aria-label="Review matches">🔍 Review</button></td>',
  ],
  [
    '<div class="row"><input id="party-name" name="party_name" placeholder="Party name">',
    '<div class="row"><input id="new-party" name="partyName" placeholder="Search or add a person or company">',
  ],
  [
    '<button type="button" id="add-party">Add party</button>',
    '<button type="button" id="add-party-btn">+ Add</button>',
  ],
  [
    '<label><input type="checkbox" id="ethical-wall" name="ethical_wall"> Ethical wall required</label>',
    '<div class="row"><span>Ethical wall required</span><button type="button" role="switch" aria-checked="false" class="toggle" data-field="ethicalWall">Off</button></div>',
  ],
  [
    '<button type="button" id="run-search">Re-run conflict search</button><button type="submit" id="submit-for-review">Submit for conflicts review</button>',
    '<button type="submit" id="send-to-conflicts">Send to conflicts team</button>',
  ],
]);

// ---------------------------------------------------------------- 5
const pledgeV1 = page(
  'Pledge PL-20931 — Harvest Hope Foundation CRM',
  `<header><b>Harvest Hope CRM</b><nav><a href="/donors">Donors</a><a href="/pledges" aria-current="page">Pledges</a><a href="/campaigns">Campaigns</a><a href="/gift-aid">Gift Aid</a><a href="/events">Events</a></nav><button id="quick-add">Quick add</button></header>
<main>
<div class="row"><h1>Pledge PL-20931</h1><span class="badge pledge-status">Active</span><span class="muted">Donor: Eleanor &amp; Tom Ashworth (D-55812)</span></div>
<div class="grid">
<section class="card" id="pledge-details"><h2>Pledge details</h2>
<label for="pledge-amount">Total pledged (£)</label><input id="pledge-amount" name="amount" value="12000">
<label for="campaign">Campaign</label><select id="campaign" name="campaign_id"><option>Clean Water 2024</option><option>Winter Shelter Appeal</option><option>General Fund</option></select>
<label for="frequency">Instalment frequency</label><select id="frequency" name="frequency"><option>Monthly</option><option selected>Quarterly</option><option>Annually</option></select>
<label for="start-date">First instalment</label><input id="start-date" name="start" type="date" value="2024-04-01">
<label><input type="checkbox" id="gift-aid" name="gift_aid" checked> Gift Aid declaration on file</label>
<label><input type="checkbox" id="anonymous" name="anonymous"> Anonymous in public reports</label>
<button id="save-pledge">Save changes</button></section>
<section class="card"><h2>Schedule</h2>
<table class="schedule"><thead><tr><th>Due</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>01 Apr 2024</td><td>£1,000</td><td><span class="paid">Paid</span></td><td></td></tr>
<tr><td>01 Jul 2024</td><td>£1,000</td><td><span class="paid">Paid</span></td><td></td></tr>
<tr class="next-due"><td>01 Oct 2024</td><td>£1,000</td><td><span class="due">Due</span></td><td><button class="record-payment">Record payment</button></td></tr>
<tr><td>01 Jan 2025</td><td>£1,000</td><td><span class="scheduled">Scheduled</span></td><td><button class="skip">Skip</button></td></tr>
</tbody></table>
<p>Received to date: <strong id="received-total">£2,000</strong> of £12,000</p></section>
</div>
<section class="card"><h2>Acknowledgements</h2><div class="row"><button id="send-thankyou">Send thank-you letter</button><button id="send-receipt">Email tax receipt</button><a href="/pledges/PL-20931/letters">Letter history</a></div></section>
<div class="row"><button id="write-off" class="danger">Write off balance</button><button id="cancel-pledge" class="danger">Cancel pledge</button></div>
</main>`,
);
const pledgeV2 = page(
  'PL-20931 · Ashworth — Harvest Hope CRM',
  `<header><b>Harvest Hope CRM</b><nav><a href="/donors">Supporters</a><a href="/pledges" aria-current="page">Pledges</a><a href="/campaigns">Campaigns</a><a href="/gift-aid">Gift Aid</a><a href="/events">Events</a></nav><button id="quick-add">Quick add</button></header>
<main>
<div class="row"><h1>PL-20931 · Eleanor &amp; Tom Ashworth</h1><span class="chip chip-green">Active</span></div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Overview</button><button role="tab">Instalments</button><button role="tab">Communications</button></div>
<section class="card" id="overview"><h2>Overview</h2>
<div class="grid">
<div><label for="pledgeTotal">Pledge total (£)</label><input id="pledgeTotal" name="pledge.total" value="12000"></div>
<div><label for="appeal">Appeal</label><select id="appeal" name="appealId"><option>Clean Water 2024</option><option>Winter Shelter Appeal</option><option>General Fund</option></select></div>
<div><span id="freq-label">Pay</span><div role="radiogroup" aria-labelledby="freq-label" class="row"><label><input type="radio" name="cadence" value="monthly"> Monthly</label><label><input type="radio" name="cadence" value="quarterly" checked> Quarterly</label><label><input type="radio" name="cadence" value="annual"> Yearly</label></div></div>
<div><label for="firstDue">First payment</label><input id="firstDue" name="firstDue" type="date" value="2024-04-01"></div>
</div>
<label><input type="checkbox" id="giftAidEligible" name="giftAid" checked> Eligible for Gift Aid</label>
<div class="row"><button id="save">Save</button><button id="discard" class="ghost">Discard</button></div></section>
<section class="card"><h2>Instalments</h2><p>£2,000 of £12,000 received</p>
<ul class="instalments">
<li><span>01 Apr 2024 · £1,000</span> <span class="chip">Paid</span></li>
<li><span>01 Jul 2024 · £1,000</span> <span class="chip">Paid</span></li>
<li class="next-due"><span>01 Oct 2024 · £1,000</span> <span class="chip chip-amber">Due</span> <button class="mark-paid">Mark as paid</button></li>
<li><span>01 Jan 2025 · £1,000</span> <span class="chip">Scheduled</span> <button class="postpone">Postpone</button></li>
</ul></section>
<section class="card"><h2>Communications</h2><div class="row"><button id="thank-you">Thank donor</button><a href="/pledges/PL-20931/letters">Letter history</a></div></section>
<div class="row"><button id="end-pledge" class="danger">Cancel pledge</button></div>
</main>`,
);

// ---------------------------------------------------------------- 6
const cupV1 = page(
  'Registration — Lakeside Spring Cup 2024',
  `<header><span class="logo">TourneyDesk</span><nav><a href="/events/lsc24">Overview</a><a href="/events/lsc24/teams" class="active">Teams</a><a href="/events/lsc24/schedule">Schedule</a><a href="/events/lsc24/fields">Fields</a><a href="/events/lsc24/referees">Officials</a></nav><span>Director: C. Mendes</span></header>
<main>
<h1>Team registrations <small class="muted">(64 of 72 slots)</small></h1>
<div class="row filters"><input id="team-search" placeholder="Search teams or clubs"><select id="age-group" name="age"><option>All ages</option><option>U10 Boys</option><option>U10 Girls</option><option>U12 Boys</option><option>U12 Girls</option><option>U14 Boys</option></select><select id="pay-filter"><option>Any payment</option><option>Paid</option><option>Unpaid</option></select><button id="export-roster">Export rosters</button></div>
<table id="teams"><thead><tr><th><input type="checkbox" id="select-all"></th><th>Team</th><th>Club</th><th>Division</th><th>Coach</th><th>Roster</th><th>Payment</th><th></th></tr></thead><tbody>
<tr data-team-id="4411"><td><input type="checkbox"></td><td>Lakeside FC U12 Blue</td><td>Lakeside FC</td><td>U12 Boys · Gold</td><td>R. Patel</td><td>14/18</td><td><span class="pay paid">Paid</span></td><td><a class="edit-team" href="/teams/4411">Edit</a></td></tr>
<tr data-team-id="4419"><td><input type="checkbox"></td><td>Riverside United U12</td><td>Riverside United</td><td>U12 Boys · Silver</td><td>M. Kowalczyk</td><td>16/18</td><td><span class="pay unpaid">Unpaid</span></td><td><a class="edit-team" href="/teams/4419">Edit</a></td></tr>
<tr data-team-id="4502"><td><input type="checkbox"></td><td>North Shore Strikers G10</td><td>North Shore SC</td><td>U10 Girls</td><td>A. Fenwick</td><td>11/14</td><td><span class="pay paid">Paid</span></td><td><a class="edit-team" href="/teams/4502">Edit</a></td></tr>
<tr data-team-id="4530"><td><input type="checkbox"></td><td>Eastfield Eagles U14</td><td>Eastfield Youth</td><td>U14 Boys</td><td>T. Oduya</td><td>18/20</td><td><span class="pay partial">Deposit only</span></td><td><a class="edit-team" href="/teams/4530">Edit</a></td></tr>
</tbody></table>
<div class="row bulk"><button id="send-reminder">Email payment reminder</button><button id="assign-division">Assign division</button><button id="withdraw">Withdraw team</button></div>
<div class="modal" id="waitlist-panel"><h2>Waitlist (3)</h2><ol><li>Hillcrest Rovers U12</li><li>Bayview SC U10 Girls</li><li>Westbrook Wolves U14</li></ol><button id="promote-waitlist">Promote next team</button><label><input type="checkbox" id="auto-promote"> Auto-promote when a slot opens</label></div>
</main>`,
);
const cupV2 = edit(cupV1, [
  [
    '<a href="/events/lsc24/referees">Officials</a>',
    '<a href="/events/lsc24/referees">Referees</a><a href="/events/lsc24/payments">Payments</a>',
  ],
  [
    '<input id="team-search" placeholder="Search teams or clubs">',
    '<input id="q" type="search" placeholder="Search…" aria-label="Search teams">',
  ],
  ['<select id="age-group" name="age">', '<select id="division-filter" name="division">'],
  [
    '<select id="pay-filter"><option>Any payment</option><option>Paid</option><option>Unpaid</option></select><button id="export-roster">Export rosters</button>',
    '<div class="seg" role="group" aria-label="Payment"><button aria-pressed="true">All</button><button aria-pressed="false">Paid</button><button aria-pressed="false">Unpaid</button></div>',
  ],
  [
    '<tr data-team-id="4419"><td><input type="checkbox"></td><td>Riverside United U12</td><td>Riverside United</td><td>U12 Boys · Silver</td><td>M. Kowalczyk</td><td>16/18</td><td><span class="pay unpaid">Unpaid</span></td><td><a class="edit-team" href="/teams/4419">Edit</a></td></tr>',
    '<tr data-id="4419"><td><input type="checkbox"></td><td>Riverside United U12</td><td>Riverside United</td><td>U12 Boys · Silver</td><td>M. Kowalczyk</td><td>16/18</td><td><span class="pill pill-red">Balance due</span></td><td><a class="team-link" href="/teams/4419/manage">Manage</a></td></tr>',
  ],
  [
    '<button id="send-reminder">Email payment reminder</button><button id="assign-division">Assign division</button><button id="withdraw">Withdraw team</button>',
    '<button id="nudge-payment">Remind to pay</button><button id="move-division">Move to division…</button><button id="export-roster">Export rosters</button>',
  ],
  [
    '<button id="promote-waitlist">Promote next team</button><label><input type="checkbox" id="auto-promote"> Auto-promote when a slot opens</label>',
    '<button id="offer-slot">Offer slot to next team</button>',
  ],
]);

const pairs02: PagePair[] = [
  {
    name: 'law-firm-matter-conflict-intake-15',
    v1: conflictV1,
    v2: conflictV2,
    targets: [
      { selector: '#matter-name', expect: '#matterTitle', change: 'id, name and label renamed' },
      {
        selector: '[name="partner"]',
        expect: '#billing-partner',
        change: 'name and label changed to billing partner',
      },
      {
        selector: '#contingency',
        expect: null,
        change: 'contingency checkbox removed; a referral source select in its place',
      },
      {
        selector: 'button.view-hits',
        expect: 'button.review-match',
        change: 'relabelled icon Review with aria-label',
      },
      {
        selector: '[name="party_name"]',
        expect: '#new-party',
        change: 'name camelCased, placeholder reworded',
      },
      {
        selector: 'button:has-text("Add party")',
        expect: '#add-party-btn',
        change: 'shortened to + Add, id renamed',
      },
      {
        selector: '#ethical-wall',
        expect: '[data-field="ethicalWall"]',
        change: 'checkbox became a switch button',
      },
      { selector: '#run-search', expect: null, change: 're-run search button removed; only submit remains' },
    ],
  },
  {
    name: 'ngo-donor-pledge-record-15',
    v1: pledgeV1,
    v2: pledgeV2,
    targets: [
      {
        selector: '#pledge-amount',
        expect: '#pledgeTotal',
        change: 'id, name and label renamed, moved into a grid',
      },
      { selector: 'select[name="campaign_id"]', expect: '#appeal', change: 'campaign renamed appeal' },
      {
        selector: '#frequency',
        expect: 'input[name="cadence"][value="quarterly"]',
        change: 'select became a radio group',
      },
      { selector: '#anonymous', expect: null, change: 'anonymity option dropped' },
      { selector: '#save-pledge', expect: '#save', change: 'relabelled Save, id shortened' },
      {
        selector: 'tr.next-due .record-payment',
        expect: 'li.next-due .mark-paid',
        change: 'table became a list, relabelled Mark as paid',
      },
      { selector: '#send-receipt', expect: null, change: 'tax receipt button removed from communications' },
      { selector: '#cancel-pledge', expect: '#end-pledge', change: 'id renamed, write-off sibling removed' },
    ],
  },
  {
    name: 'youth-football-tournament-registrations-15',
    v1: cupV1,
    v2: cupV2,
    targets: [
      { selector: '#team-search', expect: '#q', change: 'id renamed, search type, placeholder shortened' },
      { selector: '#age-group', expect: '#division-filter', change: 'id and name renamed' },
      {
        selector: '#pay-filter',
        expect: 'button[aria-pressed="true"]',
        change: 'select became a segmented button group',
      },
      {
        selector: '[data-team-id="4419"] .edit-team',
        expect: 'tr[data-id="4419"] a.team-link',
        change: 'row attribute renamed, link relabelled Manage',
      },
      {
        selector: 'text=Email payment reminder',
        expect: '#nudge-payment',
        change: 'relabelled Remind to pay',
      },
      {
        selector: '#withdraw',
        expect: null,
        change: 'withdraw removed; export rosters moved into its place',
      },
      { selector: '#promote-waitlist', expect: '#offer-slot', change: 'relabelled Offer slot to next team' },
      { selector: '#auto-promote', expect: null, change: 'auto-promote option dropped' },
    ],
  },
];

// ---------------------------------------------------------------- 7
const possV1 = page(
  'Possession request PR-7731 — TrackAccess',
  `<header><strong>TrackAccess</strong><nav><a href="/requests">Requests</a><a href="/calendar">Possession calendar</a><a href="/isolations">Isolations</a><a href="/worksites">Worksites</a><a href="/help">Help</a></nav><span class="muted">Route: Western · Planner L. Adeyemi</span></header>
<main>
<h1>Possession request PR-7731 <span class="badge" id="req-status">Draft</span></h1>
<form id="possession-form" class="card">
<div class="grid">
<div><label for="line-ref">Line reference (ELR)</label><input id="line-ref" name="elr" value="MLN1"></div>
<div><label for="mileage-from">From mileage</label><input id="mileage-from" name="from_miles" value="112m 40ch"></div>
<div><label for="mileage-to">To mileage</label><input id="mileage-to" name="to_miles" value="114m 05ch"></div>
<div><label for="lines-affected">Lines</label><select id="lines-affected" name="lines" multiple><option selected>Up Main</option><option selected>Down Main</option><option>Up Relief</option><option>Down Relief</option></select></div>
<div><label for="start-dt">Start</label><input id="start-dt" name="start" type="datetime-local" value="2024-06-22T23:30"></div>
<div><label for="end-dt">End</label><input id="end-dt" name="end" type="datetime-local" value="2024-06-23T05:10"></div>
</div>
<label for="work-type">Work type</label><select id="work-type" name="work_type"><option>Track renewal</option><option>S&amp;C maintenance</option><option>OLE inspection</option><option>Vegetation clearance</option></select>
<label for="pic">Person in charge of possession (PICOP)</label><input id="pic" name="picop" value="G. Farrow (Sentinel 4471203)">
<label><input type="checkbox" id="ole-isolation" name="ole_iso" checked> OLE isolation required</label>
<label><input type="checkbox" id="engineering-trains" name="eng_trains" checked> Engineering trains in possession</label>
<label for="method-statement">Method statement summary</label><textarea id="method-statement" name="method">Replace 180 yds plain line rail, Up Main; tamp and stress.</textarea>
</form>
<section class="card"><h2>Worksites</h2><table id="worksites"><thead><tr><th>#</th><th>Limits</th><th>COSS</th><th>Marker boards</th><th></th></tr></thead><tbody>
<tr><td>WS1</td><td>112m 44ch – 113m 10ch</td><td>P. Nwosu</td><td>Placed</td><td><button class="ws-edit">Edit</button></td></tr>
<tr><td>WS2</td><td>113m 30ch – 113m 70ch</td><td>H. Brandt</td><td>Not placed</td><td><button class="ws-edit">Edit</button></td></tr>
</tbody></table><button id="add-worksite">Add worksite</button></section>
<div class="row"><button id="check-clashes">Check for clashes</button><button id="save-draft">Save draft</button><button id="submit-request" class="primary">Submit to route planning</button></div>
</main>`,
);
const possV2 = edit(possV1, [
  ['<a href="/isolations">Isolations</a>', '<a href="/isolations">OLE isolations</a>'],
  [
    '<div><label for="line-ref">Line reference (ELR)</label><input id="line-ref" name="elr" value="MLN1"></div>',
    '<div><label for="elr">ELR</label><input id="elr" name="location.elr" value="MLN1"></div>',
  ],
  [
    '<div><label for="mileage-from">From mileage</label><input id="mileage-from" name="from_miles"',
    '<div><label for="start-mileage">Start mileage</label><input id="start-mileage" name="location.start"',
  ],
  [
    '<div><label for="lines-affected">Lines</label><select id="lines-affected" name="lines" multiple><option selected>Up Main</option><option selected>Down Main</option><option>Up Relief</option><option>Down Relief</option></select></div>',
    '<fieldset><legend>Lines blocked</legend><label><input type="checkbox" name="lines" value="UM" checked> Up Main</label><label><input type="checkbox" name="lines" value="DM" checked> Down Main</label><label><input type="checkbox" name="lines" value="UR"> Up Relief</label><label><input type="checkbox" name="lines" value="DR"> Down Relief</label></fieldset>',
  ],
  [
    '<label for="pic">Person in charge of possession (PICOP)</label><input id="pic" name="picop"',
    '<label for="picop-name">PICOP</label><input id="picop-name" name="picop.name"',
  ],
  [
    '<label><input type="checkbox" id="engineering-trains" name="eng_trains" checked> Engineering trains in possession</label>',
    '<label><input type="checkbox" id="road-rail" name="rrv"> Road-rail vehicles on site</label>',
  ],
  [
    '<label for="method-statement">Method statement summary</label><textarea id="method-statement" name="method">Replace 180 yds plain line rail, Up Main; tamp and stress.</textarea>',
    '<label for="rams-upload">RAMS document (PDF)</label><input type="file" id="rams-upload" name="rams">',
  ],
  [
    '<div class="row"><button id="check-clashes">Check for clashes</button><button id="save-draft">Save draft</button><button id="submit-request" class="primary">Submit to route planning</button></div>',
    '<div class="row sticky-actions"><button id="save-draft">Save draft</button><button id="submit" class="primary">Submit</button></div>',
  ],
  [
    '<button id="add-worksite">Add worksite</button></section>',
    '<div class="row"><button id="add-worksite-btn">+ Worksite</button><button id="conflict-check">Run conflict check</button></div></section>',
  ],
]);

// ---------------------------------------------------------------- 8
const herdV1 = page(
  'Cow 2417 — HerdBook',
  `<header><span class="app">HerdBook</span><nav><a href="/herd">Herd</a><a href="/milking">Milking</a><a href="/breeding">Breeding</a><a href="/health">Health</a><a href="/feed">Feed</a></nav><span>Meadowbank Farm</span></header>
<main>
<div class="row"><h1>Cow 2417 "Bluebell"</h1><span class="badge lact">Lactation 3 · DIM 142</span><span class="badge repro">Pregnant 61 d</span></div>
<div class="grid3">
<div class="card kpi"><span class="muted">Yesterday</span><strong id="yield-yesterday">38.6 L</strong></div>
<div class="card kpi"><span class="muted">7-day avg</span><strong id="yield-7d">37.9 L</strong></div>
<div class="card kpi"><span class="muted">SCC (last test)</span><strong id="scc">142k</strong></div>
</div>
<section class="card"><h2>Milk records</h2>
<table class="milk"><thead><tr><th>Date</th><th>AM (L)</th><th>PM (L)</th><th>Conductivity</th><th>Flag</th></tr></thead><tbody>
<tr><td>14 May</td><td>19.8</td><td>18.8</td><td>4.9</td><td></td></tr>
<tr><td>13 May</td><td>19.2</td><td>18.4</td><td>5.0</td><td></td></tr>
<tr class="flagged"><td>12 May</td><td>17.1</td><td>18.0</td><td>6.2</td><td><span class="flag">High conductivity</span></td></tr>
</tbody></table>
<button id="add-milk-record">Add manual record</button></section>
<section class="card"><h2>Health event</h2>
<form id="health-form">
<label for="event-type">Event</label><select id="event-type" name="event"><option>Mastitis</option><option>Lameness</option><option>Ketosis</option><option>Vaccination</option></select>
<label for="quarter">Quarter</label><select id="quarter" name="quarter"><option>LF</option><option>RF</option><option>LR</option><option>RR</option></select>
<label for="treatment">Treatment</label><input id="treatment" name="treatment" value="Cefquinome intramammary">
<label for="withdrawal-days">Milk withdrawal (days)</label><input id="withdrawal-days" name="withdrawal" type="number" value="5">
<label><input type="checkbox" id="divert-milk" name="divert" checked> Divert milk to discard line</label>
<label><input type="checkbox" id="notify-vet" name="notify_vet"> Notify vet</label>
<button type="submit" id="log-event">Log health event</button>
</form></section>
<div class="row"><button id="mark-dry">Dry off</button><button id="move-group">Move group</button><button id="cull">Mark for cull</button></div>
</main>`,
);
const herdV2 = page(
  'Bluebell (2417) — HerdBook',
  `<header><span class="app">HerdBook</span><nav><a href="/herd">Animals</a><a href="/milking">Milking</a><a href="/breeding">Fertility</a><a href="/health">Health</a><a href="/feed">Rations</a></nav><span>Meadowbank Farm</span></header>
<main>
<div class="row"><h1>Bluebell <span class="muted">#2417</span></h1><span class="tag">L3 · 142 DIM</span><span class="tag tag-green">PD+ 61d</span>
<div class="menu row"><button id="dry-off">Dry off</button><button id="change-pen">Change pen</button></div></div>
<div class="grid3">
<div class="card stat" data-stat="yield-1d"><span class="muted">Last 24 h</span><strong>38.6 L</strong></div>
<div class="card stat" data-stat="yield-7d"><span class="muted">7-day average</span><strong>37.9 L</strong></div>
<div class="card stat" data-stat="scc"><span class="muted">Somatic cell count</span><strong>142k</strong></div>
</div>
<div class="grid">
<section class="card"><h2>Health</h2>
<form id="treatment-form">
<div role="radiogroup" aria-label="Condition" class="row"><label><input type="radio" name="condition" value="mastitis" checked> Mastitis</label><label><input type="radio" name="condition" value="lameness"> Lameness</label><label><input type="radio" name="condition" value="ketosis"> Ketosis</label><label><input type="radio" name="condition" value="vaccination"> Vaccination</label></div>
<label for="affected-quarter">Quarter</label><select id="affected-quarter" name="quarter"><option>LF</option><option>RF</option><option>LR</option><option>RR</option></select>
<label for="drug">Product</label><input id="drug" name="product" value="Cefquinome intramammary">
<label for="withhold">Withhold milk (days)</label><input id="withhold" name="withholdDays" type="number" value="5">
<label><input type="checkbox" id="notify-vet" name="notify_vet"> Notify vet</label>
<button type="submit" id="save-treatment">Save treatment</button>
</form></section>
<section class="card"><h2>Milkings</h2>
<table class="milk"><thead><tr><th>Date</th><th>AM</th><th>PM</th><th>EC</th><th>Alert</th></tr></thead><tbody>
<tr><td>14 May</td><td>19.8</td><td>18.8</td><td>4.9</td><td></td></tr>
<tr><td>13 May</td><td>19.2</td><td>18.4</td><td>5.0</td><td></td></tr>
<tr class="alert-row"><td>12 May</td><td>17.1</td><td>18.0</td><td>6.2</td><td><span class="tag tag-red">EC high</span></td></tr>
</tbody></table>
<button id="manual-entry">+ Manual entry</button></section>
</div>
</main>`,
);

// ---------------------------------------------------------------- 9
const roomV1 = page(
  'Room bookings — Campus Timetabling',
  `<header><strong>Campus Timetabling</strong><nav><a href="/rooms" class="active">Rooms</a><a href="/courses">Courses</a><a href="/exams">Exams</a><a href="/requests">My requests</a></nav><span>Faculty of Engineering · D. Osei</span></header>
<main>
<h1>Book a teaching room</h1>
<form id="room-search" class="card">
<div class="grid">
<div><label for="building">Building</label><select id="building" name="building"><option>Any</option><option>Hopkins Engineering</option><option>Marlowe Library</option><option>Chen Science Centre</option></select></div>
<div><label for="capacity">Minimum capacity</label><input id="capacity" name="min_capacity" type="number" value="60"></div>
<div><label for="date">Date</label><input id="date" name="date" type="date" value="2024-10-08"></div>
<div><label for="slot">Time slot</label><select id="slot" name="slot"><option>09:00–10:50</option><option selected>11:00–12:50</option><option>14:00–15:50</option><option>16:00–17:50</option></select></div>
</div>
<fieldset><legend>Features</legend><label><input type="checkbox" name="feat" value="projector" checked> Dual projector</label><label><input type="checkbox" name="feat" value="capture"> Lecture capture</label><label><input type="checkbox" name="feat" value="step"> Step-free access</label><label><input type="checkbox" name="feat" value="lab"> Wet lab benches</label></fieldset>
<label><input type="checkbox" id="recurring" name="recurring"> Repeat weekly for term</label>
<button type="submit" id="find-rooms">Find rooms</button>
</form>
<h2>Available rooms <span class="muted">(3)</span></h2>
<table id="results"><thead><tr><th>Room</th><th>Building</th><th>Capacity</th><th>Layout</th><th></th></tr></thead><tbody>
<tr><td>HE-1.14</td><td>Hopkins Engineering</td><td>80</td><td>Tiered</td><td><button class="book" data-room="HE-1.14">Book</button></td></tr>
<tr><td>HE-G.02</td><td>Hopkins Engineering</td><td>120</td><td>Tiered</td><td><button class="book" data-room="HE-G.02">Book</button></td></tr>
<tr><td>CS-2.30</td><td>Chen Science Centre</td><td>64</td><td>Flat, movable</td><td><button class="book" data-room="CS-2.30">Book</button></td></tr>
</tbody></table>
<section class="card"><h2>Booking details</h2>
<label for="module-code">Module code</label><input id="module-code" name="module" value="ENGR2041">
<label for="event-type">Activity</label><select id="event-type" name="activity"><option>Lecture</option><option>Tutorial</option><option>Lab</option><option>Exam</option></select>
<label for="booking-notes">Notes for facilities</label><textarea id="booking-notes" name="notes">Need wireless lapel mic.</textarea>
<div class="row"><button id="hold-room">Hold for 24 h</button><button id="confirm-booking">Confirm booking</button></div></section>
</main>`,
);
const roomV2 = edit(roomV1, [
  ['<a href="/requests">My requests</a>', '<a href="/requests">My bookings</a><a href="/help">Help</a>'],
  [
    '<div><label for="capacity">Minimum capacity</label><input id="capacity" name="min_capacity" type="number" value="60"></div>',
    '<div><label for="seats">Seats needed</label><input id="seats" name="seats" type="number" value="60"></div>',
  ],
  [
    '<div><label for="slot">Time slot</label><select id="slot" name="slot"><option>09:00–10:50</option><option selected>11:00–12:50</option><option>14:00–15:50</option><option>16:00–17:50</option></select></div>',
    '<div><label for="from-time">From</label><input id="from-time" name="from" type="time" value="11:00"></div><div><label for="to-time">Until</label><input id="to-time" name="to" type="time" value="12:50"></div>',
  ],
  [
    '<label><input type="checkbox" name="feat" value="capture"> Lecture capture</label>',
    '<label><input type="checkbox" name="feat" value="recording"> Recording (Panopto)</label>',
  ],
  [
    '<label><input type="checkbox" name="feat" value="lab"> Wet lab benches</label>',
    '<label><input type="checkbox" name="feat" value="hybrid"> Hybrid teaching kit</label>',
  ],
  [
    '<label><input type="checkbox" id="recurring" name="recurring"> Repeat weekly for term</label>\n<button type="submit" id="find-rooms">Find rooms</button>',
    '<label for="repeat">Repeat</label><select id="repeat" name="repeat"><option>Does not repeat</option><option>Weekly, teaching weeks 1–11</option><option>Fortnightly</option></select>\n<button type="submit" id="search-btn">Search</button>',
  ],
  [
    '<table id="results"><thead><tr><th>Room</th><th>Building</th><th>Capacity</th><th>Layout</th><th></th></tr></thead><tbody>',
    '<table id="room-results"><thead><tr><th>Room</th><th>Building</th><th>Seats</th><th>Layout</th><th></th></tr></thead><tbody>',
  ],
  [
    '<button class="book" data-room="HE-1.14">Book</button>',
    '<button class="select-room" data-room-code="HE-1.14">Select</button>',
  ],
  [
    '<button class="book" data-room="HE-G.02">Book</button>',
    '<button class="select-room" data-room-code="HE-G.02">Select</button>',
  ],
  [
    '<button class="book" data-room="CS-2.30">Book</button>',
    '<button class="select-room" data-room-code="CS-2.30">Select</button>',
  ],
  [
    '<label for="module-code">Module code</label><input id="module-code" name="module" value="ENGR2041">',
    '<label for="course">Course</label><input id="course" name="courseCode" value="ENGR2041" list="course-list">',
  ],
  [
    '<div class="row"><button id="hold-room">Hold for 24 h</button><button id="confirm-booking">Confirm booking</button></div>',
    '<div class="row"><button id="request-booking">Request booking</button></div>',
  ],
]);

const pairs03: PagePair[] = [
  {
    name: 'rail-track-possession-request-15',
    v1: possV1,
    v2: possV2,
    targets: [
      { selector: '#line-ref', expect: '#elr', change: 'id, name and label renamed' },
      {
        selector: '[name="from_miles"]',
        expect: '#start-mileage',
        change: 'name namespaced, label reworded',
      },
      {
        selector: '#lines-affected',
        expect: 'input[name="lines"][value="UM"]',
        change: 'multi-select became a checkbox fieldset',
      },
      {
        selector: '#method-statement',
        expect: null,
        change: 'method statement text removed; a RAMS file upload in its place',
      },
      {
        selector: '#engineering-trains',
        expect: null,
        change: 'engineering trains checkbox removed; a road-rail vehicles checkbox in its place',
      },
      {
        selector: 'button:has-text("Add worksite")',
        expect: '#add-worksite-btn',
        change: 'relabelled + Worksite',
      },
      {
        selector: '#check-clashes',
        expect: '#conflict-check',
        change: 'moved from bottom bar to worksites card, relabelled Run conflict check',
      },
      { selector: 'text=Submit to route planning', expect: '#submit', change: 'shortened to Submit' },
    ],
  },
  {
    name: 'dairy-cow-milk-health-record-15',
    v1: herdV1,
    v2: herdV2,
    targets: [
      {
        selector: '#yield-7d',
        expect: '[data-stat="yield-7d"] strong',
        change: 'kpi id moved to a data attribute on the card',
      },
      { selector: '#add-milk-record', expect: '#manual-entry', change: 'relabelled + Manual entry' },
      {
        selector: '#event-type',
        expect: 'input[name="condition"][value="mastitis"]',
        change: 'select became radio group',
      },
      { selector: '#withdrawal-days', expect: '#withhold', change: 'id, name and label renamed' },
      { selector: '#divert-milk', expect: null, change: 'divert milk option removed' },
      {
        selector: 'button:has-text("Log health event")',
        expect: '#save-treatment',
        change: 'relabelled Save treatment',
      },
      {
        selector: '#move-group',
        expect: '#change-pen',
        change: 'moved to header menu, relabelled Change pen',
      },
      { selector: '#cull', expect: null, change: 'cull button removed' },
    ],
  },
  {
    name: 'university-room-timetabling-15',
    v1: roomV1,
    v2: roomV2,
    targets: [
      { selector: '#capacity', expect: '#seats', change: 'id, name and label renamed' },
      { selector: '#slot', expect: '#from-time', change: 'slot select split into from/until time inputs' },
      {
        selector: 'input[value="capture"]',
        expect: 'input[value="recording"]',
        change: 'feature value and label renamed',
      },
      {
        selector: 'input[value="lab"]',
        expect: null,
        change: 'wet lab option removed; hybrid kit option in its place',
      },
      { selector: '#recurring', expect: '#repeat', change: 'checkbox became a repeat select' },
      {
        selector: 'button[data-room="HE-G.02"]',
        expect: 'button[data-room-code="HE-G.02"]',
        change: 'attribute renamed, relabelled Select',
      },
      { selector: '[name="module"]', expect: '#course', change: 'name and label renamed' },
      { selector: '#hold-room', expect: null, change: 'hold option removed; confirm became request' },
    ],
  },
];

// ---------------------------------------------------------------- 10
const scopeV1 = page(
  'Proposal 2025A-0147 — Observatory Proposal System',
  `<header><strong>OPS</strong><nav><a href="/proposals">My proposals</a><a href="/cfp">Call for proposals 2025A</a><a href="/itc">Integration time calculator</a><a href="/docs">Instrument docs</a></nav><span>PI: Dr. Ingrid Solberg</span></header>
<main>
<h1>2025A-0147: Dust lanes in edge-on spirals</h1>
<div class="tabs"><a class="tab active" href="#general">General</a><a class="tab" href="#targets">Targets</a><a class="tab" href="#technical">Technical</a><a class="tab" href="#team">Investigators</a></div>
<section class="card" id="general"><h2>General</h2>
<label for="title">Title</label><input id="title" name="title" value="Dust lanes in edge-on spirals">
<label for="abstract">Abstract</label><textarea id="abstract" name="abstract" rows="4">We propose deep NIR imaging of 14 edge-on spirals to map the vertical structure of dust lanes.</textarea>
<label for="category">Science category</label><select id="category" name="category"><option>Galaxies</option><option>Stars &amp; stellar populations</option><option>Exoplanets</option><option>Solar system</option></select>
<label><input type="checkbox" id="thesis" name="thesis" checked> Thesis project (student involvement)</label>
<label><input type="checkbox" id="long-term" name="long_term"> Long-term programme (multiple semesters)</label>
</section>
<section class="card" id="targets"><h2>Targets</h2>
<table class="target-list"><thead><tr><th>Name</th><th>RA</th><th>Dec</th><th>Mag (K)</th><th>Time (h)</th><th></th></tr></thead><tbody>
<tr><td>NGC 891</td><td>02:22:33.4</td><td>+42:20:57</td><td>7.0</td><td>2.5</td><td><button class="del-target" aria-label="Delete NGC 891">✕</button></td></tr>
<tr><td>NGC 4565</td><td>12:36:20.8</td><td>+25:59:16</td><td>6.1</td><td>2.0</td><td><button class="del-target" aria-label="Delete NGC 4565">✕</button></td></tr>
<tr><td>UGC 7321</td><td>12:17:34.0</td><td>+22:32:25</td><td>11.4</td><td>4.0</td><td><button class="del-target" aria-label="Delete UGC 7321">✕</button></td></tr>
</tbody></table>
<div class="row"><button id="add-target">Add target</button><button id="import-targets">Import from file</button><button id="resolve-simbad">Resolve via SIMBAD</button></div>
<p>Total requested: <strong id="total-hours">8.5 h</strong></p>
</section>
<section class="card" id="technical"><h2>Technical</h2>
<label for="instrument">Instrument</label><select id="instrument" name="instrument"><option>NIRI imager</option><option>GNIRS spectrograph</option><option>Optical CCD</option></select>
<label for="seeing">Max seeing (arcsec)</label><input id="seeing" name="seeing" value="0.8">
<label for="moon">Moon</label><select id="moon" name="moon"><option>Any</option><option>Grey</option><option>Dark</option></select>
</section>
<div class="row"><button id="validate">Validate proposal</button><button id="save">Save</button><button id="submit-proposal">Submit proposal</button></div>
</main>`,
);
const scopeV2 = edit(scopeV1, [
  ['<a href="/itc">Integration time calculator</a>', '<a href="/itc">Exposure calculator</a>'],
  [
    '<a class="tab" href="#team">Investigators</a>',
    '<a class="tab" href="#team">Team</a><a class="tab" href="#attachments">Attachments</a>',
  ],
  [
    '<label for="abstract">Abstract</label><textarea id="abstract" name="abstract" rows="4">',
    '<label for="summary">Scientific summary</label><textarea id="summary" name="scientificSummary" rows="6">',
  ],
  [
    '<label for="category">Science category</label><select id="category" name="category">',
    '<label for="sci-cat">Category</label><select id="sci-cat" name="scienceCategory">',
  ],
  [
    '<label><input type="checkbox" id="thesis" name="thesis" checked> Thesis project (student involvement)</label>',
    '<label><input type="checkbox" id="student-thesis" name="isThesis" checked> Part of a PhD/MSc thesis</label>',
  ],
  [
    '<label><input type="checkbox" id="long-term" name="long_term"> Long-term programme (multiple semesters)</label>',
    '<label><input type="checkbox" id="too" name="too"> Target of opportunity</label>',
  ],
  [
    '<tr><td>NGC 4565</td><td>12:36:20.8</td><td>+25:59:16</td><td>6.1</td><td>2.0</td><td><button class="del-target" aria-label="Delete NGC 4565">✕</button></td></tr>',
    '<tr><td>NGC 4565</td><td>12:36:20.8</td><td>+25:59:16</td><td>6.1</td><td>2.0</td><td><button class="icon-trash" aria-label="Remove NGC 4565">🗑</button></td></tr>',
  ],
  [
    '<div class="row"><button id="add-target">Add target</button><button id="import-targets">Import from file</button><button id="resolve-simbad">Resolve via SIMBAD</button></div>',
    '<div class="row"><button id="new-target">+ Target</button><button id="upload-targets">Upload list</button></div>',
  ],
  [
    '<p>Total requested: <strong id="total-hours">8.5 h</strong></p>',
    '<p class="sum">Requested time <strong class="sum-hours">8.5 h</strong> (incl. overheads)</p>',
  ],
  [
    '<label for="moon">Moon</label><select id="moon" name="moon"><option>Any</option><option>Grey</option><option>Dark</option></select>',
    '<span>Sky brightness</span><div role="radiogroup" class="row"><label><input type="radio" name="sky" value="any"> Any</label><label><input type="radio" name="sky" value="grey"> Grey</label><label><input type="radio" name="sky" value="dark" checked> Dark</label></div>',
  ],
  [
    '<div class="row"><button id="validate">Validate proposal</button><button id="save">Save</button><button id="submit-proposal">Submit proposal</button></div>',
    '<div class="row"><button id="check">Run checks</button><button id="save">Save</button><button id="submit-btn">Submit to TAC</button></div>',
  ],
]);

// ---------------------------------------------------------------- 11
const skiCss =
  'body{max-width:400px}main{padding:10px}header{flex-wrap:wrap}.tile{border:1px solid #ccc;border-radius:8px;padding:10px;margin:6px 0}.bottom-bar{position:sticky;bottom:0;background:#fff;display:flex;gap:6px;padding:8px}';
const skiV1 = page(
  'Rental RN-30318 — PeakRent counter',
  `<header><b>PeakRent</b><span class="muted">Shop: Val Blanc base</span><button id="menu-btn" aria-label="Menu">☰</button></header>
<main>
<h1>Rental RN-30318</h1>
<p class="muted">Customer: Lukas Brenner · 3 days · 12–14 Feb</p>
<div class="tile" id="skier-1"><h2>Lukas Brenner</h2>
<label for="height-1">Height (cm)</label><input id="height-1" name="skiers[0].height" value="182">
<label for="weight-1">Weight (kg)</label><input id="weight-1" name="skiers[0].weight" value="79">
<label for="ability-1">Skier type</label><select id="ability-1" name="skiers[0].type"><option>Type 1 (cautious)</option><option selected>Type 2 (moderate)</option><option>Type 3 (aggressive)</option></select>
<label for="boot-1">Boot sole length (mm)</label><input id="boot-1" name="skiers[0].bsl" value="315">
<p>DIN setting: <strong class="din" id="din-1">6.5</strong></p>
<label for="skis-1">Ski barcode</label><input id="skis-1" name="skiers[0].ski" value="SK-004412" class="scan-input"><button class="scan" aria-label="Scan ski">📷</button>
</div>
<div class="tile" id="skier-2"><h2>Mia Brenner (child)</h2>
<label for="height-2">Height (cm)</label><input id="height-2" name="skiers[1].height" value="131">
<label for="weight-2">Weight (kg)</label><input id="weight-2" name="skiers[1].weight" value="28">
<p>DIN setting: <strong class="din" id="din-2">3.0</strong></p>
<label><input type="checkbox" id="helmet-2" checked> Helmet included</label>
</div>
<div class="tile"><h2>Extras</h2><label><input type="checkbox" id="insurance" name="damage_waiver" checked> Damage waiver (€4/day)</label><label><input type="checkbox" id="locker" name="locker"> Locker rental</label></div>
<div class="tile"><p>Total <strong id="total">€186.00</strong></p><label><input type="checkbox" id="waiver-signed"> Customer signed liability waiver</label></div>
<div class="bottom-bar"><button id="add-skier">Add skier</button><button id="print-tags">Print tags</button><button id="checkout-btn">Take payment</button></div>
</main>`,
  skiCss,
);
const skiV2 = page(
  'RN-30318 — PeakRent',
  `<header><b>PeakRent</b><span class="muted">Val Blanc base</span><button id="nav-toggle" aria-label="Open navigation">☰</button></header>
<main>
<h1>Rental RN-30318</h1>
<p class="muted">Lukas Brenner · 12–14 Feb (3 days)</p>
<details open class="tile skier" data-skier="0"><summary>Lukas Brenner</summary>
<div class="row"><label for="s0-height">Height</label><input id="s0-height" name="height" value="182" inputmode="numeric"><span>cm</span></div>
<div class="row"><label for="s0-weight">Weight</label><input id="s0-weight" name="weight" value="79" inputmode="numeric"><span>kg</span></div>
<fieldset><legend>Skier type</legend><label><input type="radio" name="s0-type" value="1"> 1</label><label><input type="radio" name="s0-type" value="2" checked> 2</label><label><input type="radio" name="s0-type" value="3"> 3</label></fieldset>
<div class="row"><label for="s0-bsl">BSL</label><input id="s0-bsl" name="bsl" value="315"><span>mm</span></div>
<p>Release value (DIN) <output class="din-value">6.5</output></p>
<div class="row"><input id="s0-ski" name="ski" value="SK-004412" placeholder="Scan or type ski ID"><button class="camera" aria-label="Scan barcode">📷</button></div>
</details>
<details open class="tile skier" data-skier="1"><summary>Mia Brenner · child</summary>
<div class="row"><label for="s1-height">Height</label><input id="s1-height" name="height" value="131" inputmode="numeric"><span>cm</span></div>
<div class="row"><label for="s1-weight">Weight</label><input id="s1-weight" name="weight" value="28" inputmode="numeric"><span>kg</span></div>
<p>Release value (DIN) <output class="din-value">3.0</output></p>
<div class="row"><button role="switch" aria-checked="true" class="sw" id="s1-helmet">✓</button><span>Helmet</span></div>
</details>
<div class="tile"><h2>Add-ons</h2><label><input type="checkbox" id="addon-protect" name="protection" checked> Damage protection · €4/day</label><label><input type="checkbox" id="addon-goggles" name="goggles"> Goggles</label></div>
<div class="tile"><p>Total <strong class="grand-total">€186.00</strong></p><button id="sign-waiver">Sign waiver on tablet</button></div>
<div class="bottom-bar"><button id="new-skier" aria-label="Add skier">＋</button><button id="pay">Pay €186.00</button></div>
</main>`,
  skiCss,
);

// ---------------------------------------------------------------- 12
const mdV1 = page(
  'Markdown plan W32 — Store Ops Portal',
  `<header><strong>Store Ops</strong><nav><a href="/tasks">Tasks</a><a href="/pricing" class="sel">Pricing</a><a href="/planograms">Planograms</a><a href="/stock">Stock</a><a href="/staff">Staff</a></nav><select id="store-picker"><option>#0412 Leeds Kirkstall</option><option>#0415 Leeds Headingley</option></select></header>
<main>
<h1>Markdown plan — week 32</h1>
<div class="row"><span class="badge">42 lines</span><span class="badge">Avg depth 31%</span><span class="badge warn">6 below margin floor</span></div>
<div class="row toolbar"><input id="md-search" name="q" placeholder="Search by SKU or product"><select id="dept" name="department"><option>All departments</option><option>Womenswear</option><option>Menswear</option><option>Home</option><option>Beauty</option></select><label><input type="checkbox" id="only-floor"> Only below margin floor</label><button id="apply-filters">Apply</button></div>
<table class="md-lines"><thead><tr><th><input type="checkbox" aria-label="Select all lines"></th><th>SKU</th><th>Product</th><th>Stock</th><th>Was</th><th>Now</th><th>Depth</th><th>Label</th></tr></thead><tbody>
<tr data-sku="5012204"><td><input type="checkbox" class="pick"></td><td>5012204</td><td>Linen shirt, sage, M</td><td>23</td><td>£35.00</td><td><input class="now-price" value="24.50"></td><td>30%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td></tr>
<tr data-sku="5013390"><td><input type="checkbox" class="pick"></td><td>5013390</td><td>Chino shorts, navy, 34</td><td>41</td><td>£28.00</td><td><input class="now-price" value="16.80"></td><td>40%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td></tr>
<tr data-sku="6100127" class="below-floor"><td><input type="checkbox" class="pick"></td><td>6100127</td><td>Rattan lantern, large</td><td>9</td><td>£45.00</td><td><input class="now-price" value="18.00"></td><td>60%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td></tr>
<tr data-sku="7200455"><td><input type="checkbox" class="pick"></td><td>7200455</td><td>SPF50 sun lotion 200ml</td><td>64</td><td>£12.00</td><td><input class="now-price" value="9.00"></td><td>25%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td></tr>
</tbody></table>
<div class="row"><button id="print-labels">Print labels</button><button id="request-exception">Request margin exception</button><button id="reject-plan">Reject plan</button><button id="approve-plan" class="primary">Approve &amp; schedule</button></div>
<section class="card"><h2>Comments</h2><ul><li><b>Area manager:</b> Push garden lines harder this week.</li></ul><textarea id="comment" name="comment" placeholder="Add a comment"></textarea><button id="post-comment">Post</button></section>
</main>`,
);
const mdV2 = edit(mdV1, [
  ['<a href="/planograms">Planograms</a>', '<a href="/planograms">Space</a>'],
  [
    '<input id="md-search" name="q" placeholder="Search by SKU or product">',
    '<input id="line-filter" name="search" placeholder="SKU, product…">',
  ],
  [
    '<select id="dept" name="department"><option>All departments</option>',
    '<select id="category-filter" name="category"><option>All categories</option>',
  ],
  [
    '<label><input type="checkbox" id="only-floor"> Only below margin floor</label><button id="apply-filters">Apply</button>',
    '<button class="chip" aria-pressed="false" id="floor-chip">Below floor</button>',
  ],
  [
    '<th>Was</th><th>Now</th><th>Depth</th><th>Label</th>',
    '<th>Was</th><th>Reduced to</th><th>Depth</th><th>Margin</th>',
  ],
  [
    '<tr data-sku="5013390"><td><input type="checkbox" class="pick"></td><td>5013390</td><td>Chino shorts, navy, 34</td><td>41</td><td>£28.00</td><td><input class="now-price" value="16.80"></td><td>40%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td></tr>',
    '<tr data-row="5013390"><td><input type="checkbox" class="pick"></td><td>5013390</td><td>Chino shorts, navy, 34</td><td>41</td><td>£28.00</td><td><input class="price-cell" aria-label="New price for 5013390" value="16.80"></td><td>40%</td><td>22%</td></tr>',
  ],
  ['<tr data-sku="5012204">', '<tr data-row="5012204">'],
  [
    '<input class="now-price" value="24.50"></td><td>30%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td>',
    '<input class="price-cell" value="24.50"></td><td>30%</td><td>31%</td>',
  ],
  ['<tr data-sku="6100127" class="below-floor">', '<tr data-row="6100127" class="below-floor">'],
  [
    '<input class="now-price" value="18.00"></td><td>60%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td>',
    '<input class="price-cell" value="18.00"></td><td>60%</td><td>4%</td>',
  ],
  ['<tr data-sku="7200455">', '<tr data-row="7200455">'],
  [
    '<input class="now-price" value="9.00"></td><td>25%</td><td><select class="label-type"><option>Red A5</option><option>Shelf strip</option></select></td>',
    '<input class="price-cell" value="9.00"></td><td>25%</td><td>38%</td>',
  ],
  [
    '<div class="row"><button id="print-labels">Print labels</button><button id="request-exception">Request margin exception</button><button id="reject-plan">Reject plan</button><button id="approve-plan" class="primary">Approve &amp; schedule</button></div>',
    '<div class="row"><button id="print-labels">Print labels</button><button id="send-back">Send back to pricing</button><button id="approve" class="primary">Approve</button></div>',
  ],
  [
    '<textarea id="comment" name="comment" placeholder="Add a comment"></textarea><button id="post-comment">Post</button>',
    '<textarea id="note-input" name="body" placeholder="Write a note for the area manager"></textarea><button id="add-note">Add note</button>',
  ],
]);

const pairs04: PagePair[] = [
  {
    name: 'telescope-observing-proposal-15',
    v1: scopeV1,
    v2: scopeV2,
    targets: [
      { selector: '#abstract', expect: '#summary', change: 'renamed scientific summary' },
      { selector: '[name="category"]', expect: '#sci-cat', change: 'id, name and label renamed' },
      {
        selector: '#long-term',
        expect: null,
        change: 'long-term option removed; target-of-opportunity checkbox in its place',
      },
      {
        selector: 'button[aria-label="Delete NGC 4565"]',
        expect: 'button[aria-label="Remove NGC 4565"]',
        change: 'aria-label reworded, trash icon',
      },
      { selector: '#resolve-simbad', expect: null, change: 'SIMBAD resolve button removed' },
      { selector: '#total-hours', expect: '.sum-hours', change: 'id dropped for class, sentence reworded' },
      {
        selector: '#moon',
        expect: 'input[name="sky"][value="dark"]',
        change: 'select became radio group for sky brightness',
      },
      {
        selector: 'button:has-text("Submit proposal")',
        expect: '#submit-btn',
        change: 'relabelled Submit to TAC',
      },
    ],
  },
  {
    name: 'ski-rental-counter-phone-15',
    v1: skiV1,
    v2: skiV2,
    targets: [
      { selector: '#weight-1', expect: '#s0-weight', change: 'ids renumbered, unit moved out of label' },
      {
        selector: '[name="skiers[0].type"]',
        expect: 'input[name="s0-type"][value="2"]',
        change: 'select became radios 1/2/3',
      },
      {
        selector: '#din-1',
        expect: '[data-skier="0"] .din-value',
        change: 'strong became output, id dropped',
      },
      {
        selector: '#skier-1 .scan',
        expect: '[data-skier="0"] .camera',
        change: 'tile became details, button class renamed',
      },
      { selector: '#helmet-2', expect: '#s1-helmet', change: 'checkbox became a switch' },
      { selector: '#locker', expect: null, change: 'locker option removed; goggles option in its place' },
      { selector: '#print-tags', expect: null, change: 'print tags removed from bottom bar' },
      { selector: 'text=Take payment', expect: '#pay', change: 'relabelled Pay with amount' },
    ],
  },
  {
    name: 'retail-store-markdown-plan-15',
    v1: mdV1,
    v2: mdV2,
    targets: [
      { selector: '#md-search', expect: '#line-filter', change: 'id, name and placeholder changed' },
      { selector: '#dept', expect: '#category-filter', change: 'departments renamed categories' },
      { selector: '#only-floor', expect: '#floor-chip', change: 'checkbox became a toggle chip' },
      {
        selector: 'tr[data-sku="5013390"] .now-price',
        expect: 'tr[data-row="5013390"] .price-cell',
        change: 'row attribute and input class renamed',
      },
      {
        selector: 'tr[data-sku="6100127"] .label-type',
        expect: null,
        change: 'label type column removed; margin column in its place',
      },
      { selector: '#request-exception', expect: null, change: 'margin exception request removed' },
      {
        selector: 'button:has-text("Reject plan")',
        expect: '#send-back',
        change: 'relabelled Send back to pricing',
      },
      { selector: '#post-comment', expect: '#add-note', change: 'comments became notes' },
    ],
  },
];

// ---------------------------------------------------------------- 13
const nocV1 = page(
  'INC-0098812 — NetOps Trouble Tickets',
  `<header><strong>NetOps</strong><nav><a href="/incidents" class="active">Incidents</a><a href="/changes">Changes</a><a href="/inventory">Network inventory</a><a href="/oncall">On-call</a></nav><span class="muted">NOC shift B · T. Varga</span></header>
<main>
<div class="row"><h1>INC-0098812</h1><span class="sev sev-2">P2</span><span class="badge" id="inc-state">In progress</span></div>
<p class="summary">Fibre cut suspected — OLT-MAN-07 PON ports 3/1–3/4 down, ~410 subscribers affected</p>
<div class="grid">
<section class="card"><h2>Details</h2>
<label for="assignment-group">Assignment group</label><select id="assignment-group" name="assignment_group"><option>Access Network Field Ops</option><option>Core IP</option><option>Transmission</option></select>
<label for="assignee">Assignee</label><input id="assignee" name="assignee" value="K. Osei">
<label for="impact">Impact</label><select id="impact" name="impact"><option>1 - Widespread</option><option selected>2 - Significant</option><option>3 - Moderate</option></select>
<label for="cause-code">Cause code</label><select id="cause-code" name="cause"><option>Under investigation</option><option>Third-party damage</option><option>Equipment failure</option><option>Power</option></select>
<label><input type="checkbox" id="major-incident" name="major"> Declare major incident</label>
<label for="eta">Customer ETA</label><input id="eta" name="eta" value="2024-05-14 18:00">
</section>
<section class="card"><h2>Affected elements</h2>
<ul class="elements"><li><a href="/ne/OLT-MAN-07">OLT-MAN-07</a> <span class="state down">Down</span></li><li><a href="/ne/SPL-MAN-07-3A">SPL-MAN-07-3A</a> <span class="state unknown">Unknown</span></li><li><a href="/ne/ODF-MAN-02">ODF-MAN-02</a> <span class="state up">Up</span></li></ul>
<button id="link-element">Link network element</button>
<h3>Field dispatch</h3><p>Crew FX-12 · ETA on site 15:40</p><button id="dispatch-crew">Dispatch crew</button><button id="call-crew">Call crew lead</button>
</section>
</div>
<section class="card"><h2>Work notes</h2>
<ol class="timeline"><li><time>14:02</time> Alarm storm from OLT-MAN-07, 4 PON LOS.</li><li><time>14:09</time> Correlated with roadworks permit RW-2291 on Deansgate.</li></ol>
<textarea id="work-note" name="work_note" placeholder="Add work note (internal)"></textarea>
<label><input type="checkbox" id="customer-visible" name="visible"> Visible to customers</label>
<div class="row"><button id="add-note">Add note</button><button id="notify-subs">Notify affected subscribers</button></div>
</section>
<div class="row"><button id="escalate">Escalate</button><button id="resolve" class="primary">Resolve</button></div>
</main>`,
);
const nocV2 = page(
  'INC-0098812 · P2 — NetOps',
  `<header><strong>NetOps</strong><nav><a href="/incidents" class="active">Incidents</a><a href="/changes">Changes</a><a href="/inventory">Inventory</a><a href="/oncall">On-call</a><a href="/maps">Outage map</a></nav><span class="muted">Shift B · T. Varga</span></header>
<div class="row toolbar sticky"><h1>INC-0098812</h1><span class="sev sev-2">P2</span><span class="pill" data-testid="incident-state">In progress</span><button data-testid="escalate-btn">Escalate</button><button data-testid="resolve-btn" class="primary">Resolve incident</button></div>
<main>
<p class="summary">Fibre cut suspected — OLT-MAN-07 PON ports 3/1–3/4 down, ~410 subscribers affected</p>
<div class="grid">
<section class="card"><h2>Ownership</h2>
<label for="group">Team</label><select id="group" name="team"><option>Access Network Field Ops</option><option>Core IP</option><option>Transmission</option></select>
<label for="owner">Owner</label><input id="owner" name="owner" value="K. Osei">
<label for="impact-level">Impact</label><select id="impact-level" name="impactLevel"><option>Widespread</option><option selected>Significant</option><option>Moderate</option></select>
<label for="root-cause">Root cause</label><select id="root-cause" name="rootCause"><option>Under investigation</option><option>Third-party damage</option><option>Equipment failure</option><option>Power</option></select>
<label for="restore-eta">Estimated restoration</label><input id="restore-eta" name="restoreEta" value="2024-05-14 18:00">
</section>
<section class="card"><h2>Affected elements</h2>
<table class="elements"><tr><td><a href="/ne/OLT-MAN-07">OLT-MAN-07</a></td><td><span class="state down">Down</span></td></tr><tr><td><a href="/ne/SPL-MAN-07-3A">SPL-MAN-07-3A</a></td><td><span class="state unknown">Unknown</span></td></tr><tr><td><a href="/ne/ODF-MAN-02">ODF-MAN-02</a></td><td><span class="state up">Up</span></td></tr></table>
<button data-testid="add-ci">+ Add element</button>
<h3>Field dispatch</h3><p>Crew FX-12 · ETA on site 15:40</p><button data-testid="send-crew">Send field crew</button>
</section>
</div>
<section class="card"><h2>Activity</h2>
<ol class="timeline"><li><time>14:02</time> Alarm storm from OLT-MAN-07, 4 PON LOS.</li><li><time>14:09</time> Correlated with roadworks permit RW-2291 on Deansgate.</li></ol>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Internal note</button><button role="tab" aria-selected="false">Customer update</button></div>
<textarea data-testid="note-body" name="note" placeholder="Write an internal note…"></textarea>
<div class="row"><button data-testid="post-note">Post</button><button data-testid="sms-subscribers">Text affected subscribers</button></div>
</section>
</main>`,
);

// ---------------------------------------------------------------- 14
const podV1 = page(
  'Edit episode — Castwave Studio',
  `<header><span class="logo">Castwave Studio</span><nav><a href="/shows/ledger-lines">The Ledger Lines</a><a href="/shows/ledger-lines/episodes" class="current">Episodes</a><a href="/shows/ledger-lines/analytics">Analytics</a><a href="/shows/ledger-lines/monetize">Monetize</a><a href="/settings">Settings</a></nav><img class="avatar" alt="Priya Raman" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="28" height="28"></header>
<main>
<h1>Episode 87: The audit that wasn't</h1>
<div class="grid">
<div>
<label for="ep-title">Title</label><input id="ep-title" name="title" value="The audit that wasn't">
<label for="ep-number">Episode number</label><input id="ep-number" name="episode_number" type="number" value="87">
<label for="season">Season</label><input id="season" name="season" type="number" value="4">
<label for="ep-type">Episode type</label><select id="ep-type" name="episode_type"><option selected>Full</option><option>Trailer</option><option>Bonus</option></select>
<label for="show-notes">Show notes</label><textarea id="show-notes" name="description" rows="6">Forensic accountant Dana Whitlock on the audit that missed £40m.</textarea>
<label><input type="checkbox" id="explicit" name="explicit"> Explicit content</label>
<label for="keywords">Keywords</label><input id="keywords" name="keywords" value="accounting, fraud, audit">
</div>
<div>
<div class="card upload"><h3>Audio</h3><p>ledger-ep87-final.mp3 · 52:14 · 48.2 MB</p><button id="replace-audio">Replace file</button><button id="trim">Trim audio</button><a href="#" id="download-audio">Download</a></div>
<div class="card"><h3>Artwork</h3><p class="muted">Using show artwork</p><button id="upload-art">Upload episode artwork</button></div>
<div class="card"><h3>Chapters</h3><ul class="chapters"><li>00:00 Intro</li><li>03:12 Who is Dana?</li><li>19:40 The missing £40m</li></ul><button id="edit-chapters">Edit chapters</button></div>
<div class="card"><h3>Ad markers</h3><p>Pre-roll · 1 mid-roll at 24:30</p><button id="add-midroll">Add mid-roll</button></div>
</div>
</div>
<div class="row publish-bar"><label for="publish-at">Publish at</label><input id="publish-at" name="publish_at" type="datetime-local" value="2024-05-20T06:00"><button id="save-draft">Save draft</button><button id="schedule">Schedule</button><button id="publish-now" class="primary">Publish now</button></div>
</main>`,
);
const podV2 = edit(podV1, [
  [
    '<a href="/shows/ledger-lines/monetize">Monetize</a>',
    '<a href="/shows/ledger-lines/monetize">Sponsorships</a>',
  ],
  [
    '<label for="ep-title">Title</label><input id="ep-title" name="title"',
    '<label for="episode-title">Episode title</label><input id="episode-title" name="episode.title"',
  ],
  [
    '<label for="ep-number">Episode number</label><input id="ep-number" name="episode_number" type="number" value="87">\n<label for="season">Season</label><input id="season" name="season" type="number" value="4">',
    '<div class="row"><label for="s-num">S</label><input id="s-num" name="episode.season" type="number" value="4"><label for="e-num">E</label><input id="e-num" name="episode.number" type="number" value="87"></div>',
  ],
  [
    '<label for="ep-type">Episode type</label><select id="ep-type" name="episode_type"><option selected>Full</option><option>Trailer</option><option>Bonus</option></select>',
    '<div class="seg" role="radiogroup" aria-label="Type"><label><input type="radio" name="episode.type" value="full" checked> Full</label><label><input type="radio" name="episode.type" value="trailer"> Trailer</label><label><input type="radio" name="episode.type" value="bonus"> Bonus</label></div>',
  ],
  [
    '<label for="show-notes">Show notes</label><textarea id="show-notes" name="description" rows="6">',
    '<label for="description-editor">Description</label><textarea id="description-editor" class="rte" name="episode.description" rows="10">',
  ],
  [
    '<label><input type="checkbox" id="explicit" name="explicit"> Explicit content</label>\n<label for="keywords">Keywords</label><input id="keywords" name="keywords" value="accounting, fraud, audit">',
    '<div class="row"><span>Explicit</span><button type="button" role="switch" aria-checked="false" id="explicit-switch" class="switch">Off</button></div>',
  ],
  [
    '<button id="replace-audio">Replace file</button><button id="trim">Trim audio</button><a href="#" id="download-audio">Download</a>',
    '<button id="swap-audio">Upload new version</button><a href="#" id="download-audio">Download</a>',
  ],
  [
    '<button id="upload-art">Upload episode artwork</button>',
    '<button id="art-upload">Choose image</button>',
  ],
  ['<button id="edit-chapters">Edit chapters</button>', '<button id="chapters-btn">Edit chapters</button>'],
  [
    '<div class="card"><h3>Ad markers</h3><p>Pre-roll · 1 mid-roll at 24:30</p><button id="add-midroll">Add mid-roll</button></div>',
    '<div class="card"><h3>Transcript</h3><p>Auto-generated · 98% confidence</p><button id="edit-transcript">Edit transcript</button></div>',
  ],
  [
    '<div class="row publish-bar"><label for="publish-at">Publish at</label><input id="publish-at" name="publish_at" type="datetime-local" value="2024-05-20T06:00"><button id="save-draft">Save draft</button><button id="schedule">Schedule</button><button id="publish-now" class="primary">Publish now</button></div>',
    '<div class="row publish-bar"><label for="release">Release date</label><input id="release" name="episode.releaseAt" type="datetime-local" value="2024-05-20T06:00"><button id="save-draft">Save draft</button><button id="schedule-release">Schedule release</button><button id="go-live" class="primary">Publish</button></div>',
  ],
]);

// ---------------------------------------------------------------- 15
const gaugeV1 = page(
  'Calibration record — MetroCal QMS',
  `<header><strong>MetroCal</strong><nav><a href="/instruments">Instruments</a><a href="/due">Due list</a><a href="/records" class="active">Records</a><a href="/standards">Reference standards</a><a href="/nc">Nonconformances</a></nav><span>Lab: Plant 2 QC · Tech: B. Nakashima</span></header>
<main>
<h1>Calibration CR-24-1187</h1>
<div class="card"><div class="row"><b>Instrument:</b><span>Digital caliper 0–150 mm</span><b>Asset:</b><span id="asset-tag">GA-00731</span><b>Location:</b><span>Cell 4 — CNC turning</span></div><p class="muted">Interval 6 months · Last calibrated 2023-11-09 · Due 2024-05-09</p></div>
<form id="cal-form" class="card">
<div class="grid">
<div><label for="ref-standard">Reference standard</label><select id="ref-standard" name="standard"><option>Gauge block set GB-02 (Grade 0)</option><option>Gauge block set GB-05 (Grade 1)</option></select></div>
<div><label for="ambient">Ambient temp (°C)</label><input id="ambient" name="ambient_temp" value="20.3"></div>
<div><label for="humidity">Humidity (%RH)</label><input id="humidity" name="humidity" value="44"></div>
<div><label for="procedure">Procedure</label><input id="procedure" name="procedure" value="WI-CAL-014 rev C"></div>
</div>
<h2>Measurements</h2>
<table id="readings"><thead><tr><th>Nominal (mm)</th><th>As found</th><th>As left</th><th>Tolerance</th><th>Result</th></tr></thead><tbody>
<tr><td>10.000</td><td><input name="found_10" value="10.01"></td><td><input name="left_10" value="10.00"></td><td>±0.02</td><td><span class="res pass">Pass</span></td></tr>
<tr><td>50.000</td><td><input name="found_50" value="50.03"></td><td><input name="left_50" value="50.01"></td><td>±0.02</td><td><span class="res fail">Fail (as found)</span></td></tr>
<tr><td>100.000</td><td><input name="found_100" value="100.01"></td><td><input name="left_100" value="100.01"></td><td>±0.03</td><td><span class="res pass">Pass</span></td></tr>
<tr><td>150.000</td><td><input name="found_150" value="150.02"></td><td><input name="left_150" value="150.02"></td><td>±0.03</td><td><span class="res pass">Pass</span></td></tr>
</tbody></table>
<label><input type="checkbox" id="adjusted" name="adjusted" checked> Instrument adjusted</label>
<label><input type="checkbox" id="raise-nc" name="raise_nc" checked> Raise nonconformance for out-of-tolerance as found</label>
<label for="remarks">Remarks</label><textarea id="remarks" name="remarks">Jaw wear at 50 mm; cleaned and re-zeroed.</textarea>
<div class="row"><button type="button" id="attach-cert">Attach certificate</button><button type="button" id="quarantine">Quarantine instrument</button><button type="submit" id="sign-off">Sign off calibration</button></div>
</form>
</main>`,
);
const gaugeV2 = edit(gaugeV1, [
  ['<a href="/nc">Nonconformances</a>', '<a href="/nc">NCRs</a>'],
  [
    '<b>Asset:</b><span id="asset-tag">GA-00731</span>',
    '<b>Asset:</b><a class="asset-link" href="/instruments/GA-00731">GA-00731</a>',
  ],
  [
    '<div><label for="ref-standard">Reference standard</label><select id="ref-standard" name="standard">',
    '<div><label for="master">Master used</label><select id="master" name="masterId">',
  ],
  [
    '<div><label for="ambient">Ambient temp (°C)</label><input id="ambient" name="ambient_temp" value="20.3"></div>\n<div><label for="humidity">Humidity (%RH)</label><input id="humidity" name="humidity" value="44"></div>',
    '<div><label for="lab-temp">Lab temperature</label><input id="lab-temp" name="env.temperature" value="20.3"></div>\n<div><label for="lab-pressure">Barometric pressure (hPa)</label><input id="lab-pressure" name="env.pressure" value="1012"></div>',
  ],
  [
    '<td><input name="found_50" value="50.03"></td><td><input name="left_50" value="50.01"></td><td>±0.02</td><td><span class="res fail">Fail (as found)</span></td>',
    '<td><input name="readings[1].asFound" value="50.03"></td><td><input name="readings[1].asLeft" value="50.01"></td><td>±0.02</td><td><span class="verdict verdict-oot">Out of tolerance</span></td>',
  ],
  [
    '<label><input type="checkbox" id="adjusted" name="adjusted" checked> Instrument adjusted</label>\n<label><input type="checkbox" id="raise-nc" name="raise_nc" checked> Raise nonconformance for out-of-tolerance as found</label>',
    '<fieldset><legend>Outcome</legend><label><input type="radio" name="outcome" value="ok"> In tolerance, no adjustment</label><label><input type="radio" name="outcome" value="adjusted" checked> Adjusted and returned to service</label><label><input type="radio" name="outcome" value="scrap"> Scrap</label></fieldset>',
  ],
  [
    '<label for="remarks">Remarks</label><textarea id="remarks" name="remarks">',
    '<label for="tech-comments">Technician comments</label><textarea id="tech-comments" name="comments">',
  ],
  [
    '<div class="row"><button type="button" id="attach-cert">Attach certificate</button><button type="button" id="quarantine">Quarantine instrument</button><button type="submit" id="sign-off">Sign off calibration</button></div>',
    '<div class="row"><button type="button" id="attach-cert">Attach certificate</button><button type="button" id="hold-tag">Place on hold</button><button type="submit" id="esign">E-sign &amp; close</button></div>',
  ],
]);

const pairs05: PagePair[] = [
  {
    name: 'telecom-noc-incident-ticket-15',
    v1: nocV1,
    v2: nocV2,
    targets: [
      { selector: '#assignment-group', expect: '#group', change: 'renamed team, id and name changed' },
      { selector: '[name="cause"]', expect: '#root-cause', change: 'renamed root cause' },
      { selector: '#major-incident', expect: null, change: 'declare major incident checkbox removed' },
      {
        selector: '#link-element',
        expect: '[data-testid="add-ci"]',
        change: 'list became table; button relabelled + Add element, test id',
      },
      {
        selector: '#dispatch-crew',
        expect: '[data-testid="send-crew"]',
        change: 'relabelled Send field crew',
      },
      {
        selector: '#customer-visible',
        expect: null,
        change: 'visibility checkbox removed (tabs for note type instead)',
      },
      {
        selector: 'textarea[name="work_note"]',
        expect: '[data-testid="note-body"]',
        change: 'name and placeholder changed, test id added',
      },
      {
        selector: 'main > div.row:last-child #resolve',
        expect: '[data-testid="resolve-btn"]',
        change: 'moved to sticky top toolbar, relabelled Resolve incident',
      },
    ],
  },
  {
    name: 'podcast-episode-editor-15',
    v1: podV1,
    v2: podV2,
    targets: [
      { selector: '#ep-title', expect: '#episode-title', change: 'id, name and label renamed' },
      {
        selector: '#ep-number',
        expect: '#e-num',
        change: 'season and episode merged into one row, abbreviated labels',
      },
      {
        selector: '[name="episode_type"]',
        expect: 'input[name="episode.type"][value="full"]',
        change: 'select became segmented radio group',
      },
      {
        selector: '#show-notes',
        expect: '#description-editor',
        change: 'show notes renamed description, rich text editor class',
      },
      {
        selector: 'button:has-text("Trim audio")',
        expect: null,
        change: 'trim button removed from audio card',
      },
      { selector: '#upload-art', expect: '#art-upload', change: 'relabelled Choose image' },
      { selector: '#add-midroll', expect: null, change: 'ad markers card replaced by transcript card' },
      { selector: 'text=Publish now', expect: '#go-live', change: 'relabelled Publish' },
    ],
  },
  {
    name: 'gauge-calibration-record-15',
    v1: gaugeV1,
    v2: gaugeV2,
    targets: [
      { selector: '#asset-tag', expect: 'a.asset-link', change: 'span became a link' },
      {
        selector: '#raise-nc',
        expect: null,
        change: 'raise nonconformance checkbox removed; outcome radios stand there now',
      },
      { selector: '#humidity', expect: null, change: 'humidity dropped; barometric pressure in its place' },
      { selector: '[name="left_50"]', expect: '[name="readings[1].asLeft"]', change: 'input names indexed' },
      {
        selector: 'tr:nth-of-type(2) .res',
        expect: '.verdict-oot',
        change: 'result badge class and text changed',
      },
      {
        selector: '#adjusted',
        expect: 'input[name="outcome"][value="adjusted"]',
        change: 'checkbox became outcome radio',
      },
      { selector: '#quarantine', expect: '#hold-tag', change: 'relabelled Place on hold' },
      {
        selector: 'button:has-text("Sign off calibration")',
        expect: '#esign',
        change: 'relabelled E-sign & close',
      },
    ],
  },
];

// ---------------------------------------------------------------- 16
const omsV1 = page(
  'Outage OUT-24-55190 — GridView OMS',
  `<header><strong>GridView OMS</strong><nav><a href="/outages" class="active">Outages</a><a href="/crews">Crews</a><a href="/switching">Switching orders</a><a href="/calls">Trouble calls</a><a href="/storm">Storm mode</a></nav><span>Control room · Desk 3</span></header>
<main>
<div class="row"><h1>OUT-24-55190</h1><span class="badge" id="outage-state">Crew assigned</span><span class="badge">Feeder 12-KNL-04</span></div>
<div class="grid3">
<div class="card"><span class="muted">Customers out</span><strong id="cust-out">1,284</strong></div>
<div class="card"><span class="muted">Critical customers</span><strong id="critical">2 (dialysis)</strong></div>
<div class="card"><span class="muted">Started</span><strong>13:47</strong></div>
</div>
<section class="card"><h2>Predicted device</h2><p>Recloser RC-4471 (locked out) · Knollwood Rd / Pine St</p>
<label for="cause">Cause</label><select id="cause" name="cause"><option>Unknown</option><option>Tree contact</option><option>Vehicle hit pole</option><option>Equipment failure</option><option>Animal</option></select>
<label for="etr">Estimated restoration (ETR)</label><input id="etr" name="etr" type="time" value="17:30">
<label><input type="checkbox" id="etr-publish" name="publish_etr" checked> Publish ETR to outage map &amp; IVR</label>
<label for="dispatcher-notes">Dispatcher remarks</label><textarea id="dispatcher-notes" name="remarks">Caller reports large limb on line near #218.</textarea>
<button id="update-outage">Update outage</button></section>
<section class="card"><h2>Crews</h2><table id="crew-table"><thead><tr><th>Crew</th><th>Type</th><th>Status</th><th>ETA</th><th></th></tr></thead><tbody>
<tr><td>LN-07</td><td>Line crew (4)</td><td>En route</td><td>14:35</td><td><button class="crew-release">Release</button></td></tr>
<tr><td>TR-02</td><td>Tree crew (3)</td><td>Assigned</td><td>15:10</td><td><button class="crew-release">Release</button></td></tr>
</tbody></table>
<div class="row"><select id="add-crew-select"><option>DS-11 Damage assessor</option><option>LN-09 Line crew</option></select><button id="assign-crew">Assign crew</button></div></section>
<div class="row"><button id="merge-outage">Merge with other outage</button><button id="split-outage">Split</button><button id="restore-partial">Partial restoration</button><button id="restore-all" class="primary">All customers restored</button></div>
</main>`,
);
const omsV2 = page(
  'OUT-24-55190 — GridView OMS',
  `<header><strong>GridView</strong><nav><a href="/outages" class="active">Outages</a><a href="/crews">Crews</a><a href="/switching">Switching</a><a href="/calls">Calls</a><a href="/storm">Storm mode</a></nav><span>Control room · Desk 3</span></header>
<main>
<div class="row"><h1>OUT-24-55190</h1><span class="chip" data-field="status">Crew assigned</span><span class="chip">Feeder 12-KNL-04</span></div>
<dl class="stats row"><div><dt>Customers affected</dt><dd class="stat-customers">1,284</dd></div><div><dt>Life support</dt><dd class="stat-critical">2</dd></div><div><dt>Start</dt><dd>13:47</dd></div></dl>
<div class="grid">
<section class="card"><h2>Assessment</h2><p>Recloser RC-4471 (locked out) · Knollwood Rd / Pine St</p>
<label for="cause-code">Cause code</label><select id="cause-code" name="causeCode"><option>Unknown</option><option>Vegetation</option><option>Vehicle hit pole</option><option>Equipment failure</option><option>Wildlife</option></select>
<label for="restoration-time">Estimated restoration</label><input id="restoration-time" name="etr" type="time" value="17:30">
<label for="etr-confidence">ETR confidence</label><select id="etr-confidence" name="etrConfidence"><option>Low</option><option selected>Medium</option><option>High</option></select>
<label for="remarks">Remarks</label><textarea id="remarks" name="remarks">Caller reports large limb on line near #218.</textarea>
<button id="save-assessment">Save</button></section>
<section class="card"><h2>Crews</h2>
<div class="crew-card card"><b>LN-07</b> Line crew (4) · En route · ETA 14:35 <button class="unassign">Unassign</button></div>
<div class="crew-card card"><b>TR-02</b> Tree crew (3) · Assigned · ETA 15:10 <button class="unassign">Unassign</button></div>
<div class="row"><select id="crew-picker" aria-label="Crew"><option>DS-11 Damage assessor</option><option>LN-09 Line crew</option></select><button id="dispatch">Dispatch</button></div></section>
</div>
<div class="row"><button id="merge">Merge…</button><button id="partial-restore">Partial restore</button><button id="close-outage" class="primary">Mark restored</button></div>
</main>`,
);

// ---------------------------------------------------------------- 17
const fxV1 = page(
  'Deal capture — TreasuryOne',
  `<header><strong>TreasuryOne</strong><nav><a href="/deals/new" class="active">New deal</a><a href="/blotter">Blotter</a><a href="/positions">Positions</a><a href="/limits">Counterparty limits</a><a href="/settlements">Settlements</a></nav><span>Dealer: O. Lindgren · Entity: Nordhavn Shipping A/S</span></header>
<main>
<h1>FX forward</h1>
<div class="tabs"><button class="tab" id="tab-spot">Spot</button><button class="tab active" id="tab-forward">Forward</button><button class="tab" id="tab-swap">Swap</button><button class="tab" id="tab-ndf">NDF</button></div>
<form id="deal-form" class="card">
<div class="grid">
<div><label for="buy-ccy">Buy currency</label><select id="buy-ccy" name="buy_ccy"><option>USD</option><option selected>EUR</option><option>GBP</option><option>NOK</option></select></div>
<div><label for="sell-ccy">Sell currency</label><select id="sell-ccy" name="sell_ccy"><option selected>USD</option><option>EUR</option><option>GBP</option><option>DKK</option></select></div>
<div><label for="notional">Notional (buy)</label><input id="notional" name="notional" value="2,500,000.00"></div>
<div><label for="value-date">Value date</label><input id="value-date" name="value_date" type="date" value="2024-09-18"></div>
<div><label for="counterparty">Counterparty</label><select id="counterparty" name="cpty"><option>Danske Bank</option><option>Nordea</option><option>SEB</option><option>DNB</option></select></div>
<div><label for="rate">Dealt rate</label><input id="rate" name="rate" value="1.08745"></div>
</div>
<p>Limit usage with counterparty: <span class="limit-bar">62% of DKK 150m</span></p>
<label for="purpose">Hedge purpose</label><select id="purpose" name="purpose"><option>Forecast charter revenue</option><option>Vessel newbuild instalment</option><option>Intercompany loan</option></select>
<label><input type="checkbox" id="hedge-accounting" name="hedge_acc" checked> Designate for hedge accounting</label>
<label for="deal-comment">Comment</label><input id="deal-comment" name="comment" value="Q3 charter receipts, tranche 2">
</form>
<div class="row"><button id="get-quote">Request quotes</button><button id="price-check">Price check</button><button id="book-deal" class="primary">Book deal</button><button id="clear-form">Clear</button></div>
<h2>Today's deals</h2>
<table class="blotter"><thead><tr><th>Ref</th><th>Type</th><th>Pair</th><th>Notional</th><th>Rate</th><th>Status</th></tr></thead><tbody>
<tr><td>FX-240611-004</td><td>Spot</td><td>EUR/USD</td><td>1,000,000</td><td>1.07610</td><td><span class="st confirmed">Confirmed</span></td></tr>
<tr><td>FX-240611-007</td><td>Forward</td><td>USD/NOK</td><td>750,000</td><td>10.6420</td><td><span class="st pending">Awaiting confirmation</span></td></tr>
</tbody></table>
</main>`,
);
const fxV2 = edit(fxV1, [
  [
    '<a href="/limits">Counterparty limits</a>',
    '<a href="/limits">Limits</a><a href="/hedges">Hedge relationships</a>',
  ],
  [
    '<div class="tabs"><button class="tab" id="tab-spot">Spot</button><button class="tab active" id="tab-forward">Forward</button><button class="tab" id="tab-swap">Swap</button><button class="tab" id="tab-ndf">NDF</button></div>',
    '<div class="tabs" role="tablist"><button role="tab" aria-selected="false">Spot</button><button role="tab" aria-selected="true">Outright</button><button role="tab" aria-selected="false">Swap</button></div>',
  ],
  [
    '<div><label for="notional">Notional (buy)</label><input id="notional" name="notional" value="2,500,000.00"></div>',
    '<div><label for="amount">Amount</label><div class="row"><input id="amount" name="deal.amount" value="2,500,000.00"><select name="deal.amountSide" aria-label="Amount side"><option>Buy</option><option>Sell</option></select></div></div>',
  ],
  [
    '<div><label for="counterparty">Counterparty</label><select id="counterparty" name="cpty">',
    '<div><label for="bank">Bank</label><select id="bank" name="deal.bank">',
  ],
  [
    '<div><label for="rate">Dealt rate</label><input id="rate" name="rate" value="1.08745"></div>',
    '<div><label for="all-in-rate">All-in rate</label><input id="all-in-rate" name="deal.rate" value="1.08745"></div>',
  ],
  [
    '<label><input type="checkbox" id="hedge-accounting" name="hedge_acc" checked> Designate for hedge accounting</label>',
    '<label for="hedge-rel">Hedge relationship</label><select id="hedge-rel" name="deal.hedgeRelationship"><option>None</option><option selected>HR-2024-03 Charter revenue (cash flow)</option></select>',
  ],
  [
    '<label for="deal-comment">Comment</label><input id="deal-comment" name="comment" value="Q3 charter receipts, tranche 2">',
    '<label for="deal-comment">Comment</label><input id="deal-comment" name="deal.comment" value="Q3 charter receipts, tranche 2">',
  ],
  [
    '<div class="row"><button id="get-quote">Request quotes</button><button id="price-check">Price check</button><button id="book-deal" class="primary">Book deal</button><button id="clear-form">Clear</button></div>',
    '<div class="row"><button id="rfq">RFQ to banks</button><button id="execute" class="primary">Execute</button><button id="reset-form">Reset</button></div>',
  ],
  [
    '<td><span class="st pending">Awaiting confirmation</span></td>',
    '<td><span class="st st-amber">Unconfirmed</span></td>',
  ],
]);

// ---------------------------------------------------------------- 18
const uwV1 = page(
  'Submission SUB-884102 — Underwriting Workbench',
  `<header><strong>UW Workbench</strong><nav><a href="/queue">My queue</a><a href="/submissions" class="active">Submissions</a><a href="/referrals">Referrals</a><a href="/guidelines">Guidelines</a></nav><span>Underwriter: F. Castellano · Authority £10m</span></header>
<main>
<div class="row"><h1>Ashby Cold Stores Ltd — Commercial property</h1><span class="badge" id="sub-status">Quoted</span></div>
<p class="muted">Broker: Marsh Midlands (A. Chowdhury) · Inception 01/07/2024 · SUB-884102</p>
<div class="grid">
<section class="card"><h2>Risk</h2>
<label for="occupancy">Occupancy</label><select id="occupancy" name="occupancy"><option>Cold storage warehouse</option><option>General warehouse</option><option>Food processing</option></select>
<label for="construction">Construction</label><select id="construction" name="construction"><option>Composite panel (LPCB approved)</option><option>Composite panel (unapproved)</option><option>Brick / concrete</option></select>
<label for="tiv">Total insured value (£)</label><input id="tiv" name="tiv" value="18,400,000">
<label for="sprinklered">Sprinklers</label><select id="sprinklered" name="sprinklers"><option>Full, LPC rules</option><option>Partial</option><option>None</option></select>
<label><input type="checkbox" id="flood-zone" name="flood_zone"> Site in flood zone 3</label>
<label><input type="checkbox" id="survey-req" name="survey" checked> Risk survey required</label>
</section>
<section class="card"><h2>Pricing</h2>
<table class="pricing"><tr><td>Technical rate</td><td>0.142%</td></tr><tr><td>Technical premium</td><td>£26,128</td></tr><tr><td>Quoted premium</td><td><input id="quoted-premium" name="premium" value="28,500"></td></tr><tr><td>Rate adequacy</td><td><span class="adequacy ok">109%</span></td></tr></table>
<label for="deductible">Deductible (£)</label><select id="deductible" name="deductible"><option>10,000</option><option selected>25,000</option><option>50,000</option></select>
<label for="commission">Broker commission (%)</label><input id="commission" name="commission" value="15">
</section>
</div>
<section class="card"><h2>Subjectivities</h2><ul id="subjectivities"><li>Thermal imaging of electrical installation within 60 days <button class="remove-subj">Remove</button></li><li>Hot work permit system <button class="remove-subj">Remove</button></li></ul><button id="add-subjectivity">Add subjectivity</button></section>
<div class="row"><button id="refer-up">Refer to senior underwriter</button><button id="decline">Decline</button><button id="issue-quote">Re-issue quote</button><button id="bind" class="primary">Bind cover</button></div>
</main>`,
);
const uwV2 = edit(uwV1, [
  ['<a href="/guidelines">Guidelines</a>', '<a href="/guidelines">Appetite</a>'],
  [
    '<label for="occupancy">Occupancy</label><select id="occupancy" name="occupancy">',
    '<label for="trade">Trade / occupancy</label><select id="trade" name="risk.trade">',
  ],
  [
    '<label for="tiv">Total insured value (£)</label><input id="tiv" name="tiv"',
    '<label for="sum-insured">Sum insured (£)</label><input id="sum-insured" name="risk.sumInsured"',
  ],
  [
    '<label for="sprinklered">Sprinklers</label><select id="sprinklered" name="sprinklers"><option>Full, LPC rules</option><option>Partial</option><option>None</option></select>',
    '<fieldset><legend>Sprinkler protection</legend><label><input type="radio" name="risk.sprinklers" value="full" checked> Full (LPC)</label><label><input type="radio" name="risk.sprinklers" value="partial"> Partial</label><label><input type="radio" name="risk.sprinklers" value="none"> None</label></fieldset>',
  ],
  [
    '<label><input type="checkbox" id="flood-zone" name="flood_zone"> Site in flood zone 3</label>\n<label><input type="checkbox" id="survey-req" name="survey" checked> Risk survey required</label>',
    '<label><input type="checkbox" id="survey-needed" name="risk.surveyRequired" checked> Survey required</label>',
  ],
  [
    '<tr><td>Quoted premium</td><td><input id="quoted-premium" name="premium" value="28,500"></td></tr>',
    '<tr><td>Premium</td><td><input id="premium-input" name="pricing.premium" value="28,500"></td></tr>',
  ],
  [
    '<label for="commission">Broker commission (%)</label><input id="commission" name="commission" value="15">',
    '<label for="brokerage">Brokerage (%)</label><input id="brokerage" name="pricing.brokerage" value="15">',
  ],
  [
    '<div class="row"><button id="refer-up">Refer to senior underwriter</button><button id="decline">Decline</button><button id="issue-quote">Re-issue quote</button><button id="bind" class="primary">Bind cover</button></div>',
    '<div class="row"><button id="refer">Refer</button><button id="not-taken-up">Mark NTU</button><button id="issue-quote">Re-issue quote</button><button id="bind-policy" class="primary">Bind</button></div>',
  ],
]);

const pairs06: PagePair[] = [
  {
    name: 'grid-outage-management-15',
    v1: omsV1,
    v2: omsV2,
    targets: [
      {
        selector: '#cust-out',
        expect: '.stat-customers',
        change: 'kpi cards became a definition list, reworded',
      },
      { selector: '#cause', expect: '#cause-code', change: 'id, name and option texts changed' },
      { selector: '#etr', expect: '#restoration-time', change: 'id changed, label de-abbreviated' },
      {
        selector: '#etr-publish',
        expect: null,
        change: 'publish ETR checkbox removed; a confidence select in its place',
      },
      {
        selector: 'role=button[name="Update outage"]',
        expect: '#save-assessment',
        change: 'relabelled Save',
      },
      { selector: '#assign-crew', expect: '#dispatch', change: 'relabelled Dispatch' },
      { selector: '#split-outage', expect: null, change: 'split button removed' },
      {
        selector: 'button:has-text("All customers restored")',
        expect: '#close-outage',
        change: 'relabelled Mark restored',
      },
    ],
  },
  {
    name: 'treasury-fx-forward-deal-capture-15',
    v1: fxV1,
    v2: fxV2,
    targets: [
      {
        selector: '#tab-forward',
        expect: 'role=tab[name="Outright"]',
        change: 'tab renamed Outright, ids removed',
      },
      { selector: '#tab-ndf', expect: null, change: 'NDF tab removed' },
      { selector: '#notional', expect: '#amount', change: 'renamed amount, side select added' },
      { selector: '[name="cpty"]', expect: '#bank', change: 'counterparty renamed bank' },
      {
        selector: '#hedge-accounting',
        expect: '#hedge-rel',
        change: 'checkbox became a hedge relationship select',
      },
      { selector: '#price-check', expect: null, change: 'price check button removed' },
      { selector: 'text=Book deal', expect: '#execute', change: 'relabelled Execute' },
      { selector: '.st.pending', expect: '.st-amber', change: 'status class and text changed' },
    ],
  },
  {
    name: 'commercial-property-underwriting-15',
    v1: uwV1,
    v2: uwV2,
    targets: [
      { selector: '#occupancy', expect: '#trade', change: 'renamed trade / occupancy' },
      { selector: '[name="tiv"]', expect: '#sum-insured', change: 'TIV renamed sum insured' },
      {
        selector: '#sprinklered',
        expect: 'input[name="risk.sprinklers"][value="full"]',
        change: 'select became radios',
      },
      { selector: '#flood-zone', expect: null, change: 'flood zone checkbox removed' },
      { selector: '#quoted-premium', expect: '#premium-input', change: 'id, name and row label renamed' },
      { selector: '#commission', expect: '#brokerage', change: 'renamed brokerage' },
      {
        selector: 'button:has-text("Decline")',
        expect: null,
        change: 'decline removed; a Mark NTU button in its place',
      },
      { selector: '#bind', expect: '#bind-policy', change: 'relabelled Bind' },
    ],
  },
];

// ---------------------------------------------------------------- 19
const housingV1 = page(
  'Application HA-2023-08812 — Housing Register',
  `<header><strong>Northbridge Council · Housing Register</strong><nav><a href="/applications" class="active">Applications</a><a href="/lettings">Lettings</a><a href="/bidding">Choice-based bidding</a><a href="/reports">Reports</a></nav><span>Officer: S. Mwangi</span></header>
<main>
<h1>Application HA-2023-08812</h1>
<div class="card"><div class="row"><b>Lead applicant:</b><span>Amira Haddad</span><b>Household:</b><span>2 adults, 3 children</span><b>Band:</b><span class="band" id="current-band">Band B</span><b>Effective date:</b><span>03/08/2023</span></div></div>
<div class="tabs"><a href="#household" class="tab">Household</a><a href="#assessment" class="tab active">Assessment</a><a href="#documents" class="tab">Documents</a><a href="#bids" class="tab">Bids</a></div>
<section class="card" id="assessment"><h2>Housing need assessment</h2>
<fieldset><legend>Reasons for priority</legend>
<label><input type="checkbox" name="reason" value="overcrowding" checked> Overcrowding (lacking 1 bedroom)</label>
<label><input type="checkbox" name="reason" value="medical" checked> Medical need affecting housing</label>
<label><input type="checkbox" name="reason" value="homeless"> Statutory homeless duty</label>
<label><input type="checkbox" name="reason" value="local"> Local connection only</label>
</fieldset>
<label for="bedroom-need">Assessed bedroom need</label><select id="bedroom-need" name="bedrooms"><option>2 bed</option><option selected>3 bed</option><option>4 bed</option></select>
<label for="medical-panel">Medical panel outcome</label><select id="medical-panel" name="medical_outcome"><option>Not referred</option><option selected>Medium priority</option><option>High priority</option></select>
<label><input type="checkbox" id="adapted" name="adapted_property"> Requires adapted property</label>
<label for="officer-notes">Assessment notes</label><textarea id="officer-notes" name="notes">Family of 5 in 2-bed flat; child with asthma, damp reported.</textarea>
</section>
<section class="card"><h2>Documents</h2><table class="docs"><tr><td>Proof of ID — Amira Haddad</td><td><span class="verified">Verified</span></td></tr><tr><td>Tenancy agreement</td><td><span class="verified">Verified</span></td></tr><tr><td>GP letter</td><td><span class="missing">Requested 02/05</span></td><td><button class="chase-doc">Chase</button></td></tr></table></section>
<div class="row"><button id="recalc-band">Recalculate band</button><button id="suspend-app">Suspend application</button><button id="save-assessment">Save assessment</button><button id="send-decision" class="primary">Send decision letter</button></div>
</main>`,
);
const housingV2 = edit(housingV1, [
  ['<a href="/bidding">Choice-based bidding</a>', '<a href="/bidding">Bidding</a>'],
  [
    '<b>Band:</b><span class="band" id="current-band">Band B</span>',
    '<b>Priority:</b><span class="priority-pill" data-testid="priority-band">B</span>',
  ],
  [
    '<a href="#bids" class="tab">Bids</a>',
    '<a href="#bids" class="tab">Bids &amp; offers</a><a href="#history" class="tab">History</a>',
  ],
  [
    '<label><input type="checkbox" name="reason" value="medical" checked> Medical need affecting housing</label>',
    '<label><input type="checkbox" name="reason" value="health" checked> Health or disability</label>',
  ],
  [
    '<label><input type="checkbox" name="reason" value="local"> Local connection only</label>',
    '<label><input type="checkbox" name="reason" value="armed-forces"> Armed forces</label>',
  ],
  [
    '<label for="bedroom-need">Assessed bedroom need</label><select id="bedroom-need" name="bedrooms"><option>2 bed</option><option selected>3 bed</option><option>4 bed</option></select>',
    '<label for="bed-size">Property size</label><select id="bed-size" name="bedroomEntitlement"><option>2 bedrooms</option><option selected>3 bedrooms</option><option>4 bedrooms</option></select>',
  ],
  [
    '<label><input type="checkbox" id="adapted" name="adapted_property"> Requires adapted property</label>',
    '<label for="mobility">Mobility category</label><select id="mobility" name="mobility"><option>None</option><option>Step-free</option><option>Wheelchair (full)</option></select>',
  ],
  [
    '<label for="officer-notes">Assessment notes</label><textarea id="officer-notes" name="notes">',
    '<label for="case-notes">Case notes</label><textarea id="case-notes" name="caseNotes">',
  ],
  [
    '<td><button class="chase-doc">Chase</button></td>',
    '<td><button class="send-reminder">Send reminder</button></td>',
  ],
  [
    '<div class="row"><button id="recalc-band">Recalculate band</button><button id="suspend-app">Suspend application</button><button id="save-assessment">Save assessment</button><button id="send-decision" class="primary">Send decision letter</button></div>',
    '<div class="row"><button id="suspend">Suspend</button><button id="save">Save</button><button id="issue-decision" class="primary">Issue decision</button></div>',
  ],
]);

// ---------------------------------------------------------------- 20
const physioV1 = page(
  'Home exercise programme — PhysioPlan',
  `<header><strong>PhysioPlan</strong><nav><a href="/patients">Patients</a><a href="/programmes" class="active">Programmes</a><a href="/library">Exercise library</a><a href="/outcomes">Outcomes</a></nav><span>Clinician: R. de Vries, MCSP</span></header>
<main>
<div class="row"><h1>Programme for Jonas Weber</h1><span class="badge">Post-op ACL reconstruction · week 6</span></div>
<div class="row"><input id="exercise-search" placeholder="Search exercises" name="q"><select id="body-region" name="region"><option>All regions</option><option>Knee</option><option>Hip</option><option>Ankle</option><option>Core</option></select><button id="search-library">Search</button></div>
<ol class="exercise-list">
<li class="card exercise" id="ex-1"><h3>Straight leg raise</h3><div class="row"><label>Sets <input class="sets" name="ex1_sets" type="number" value="3"></label><label>Reps <input class="reps" name="ex1_reps" type="number" value="12"></label><label>Hold (s) <input class="hold" name="ex1_hold" type="number" value="3"></label></div><div class="row"><button class="move-up">Move up</button><button class="remove-ex">Remove</button></div></li>
<li class="card exercise" id="ex-2"><h3>Mini squat to 45°</h3><div class="row"><label>Sets <input class="sets" name="ex2_sets" type="number" value="3"></label><label>Reps <input class="reps" name="ex2_reps" type="number" value="10"></label><label>Hold (s) <input class="hold" name="ex2_hold" type="number" value="0"></label></div><div class="row"><button class="move-up">Move up</button><button class="remove-ex">Remove</button></div></li>
<li class="card exercise" id="ex-3"><h3>Single-leg balance, foam</h3><div class="row"><label>Sets <input class="sets" name="ex3_sets" type="number" value="3"></label><label>Reps <input class="reps" name="ex3_reps" type="number" value="1"></label><label>Hold (s) <input class="hold" name="ex3_hold" type="number" value="30"></label></div><div class="row"><button class="move-up">Move up</button><button class="remove-ex">Remove</button></div></li>
</ol>
<section class="card"><h2>Programme settings</h2>
<label for="frequency">Frequency</label><select id="frequency" name="frequency"><option>Daily</option><option selected>5× per week</option><option>3× per week</option></select>
<label for="duration">Duration (weeks)</label><input id="duration" name="weeks" type="number" value="4">
<label><input type="checkbox" id="pain-diary" name="pain_diary" checked> Ask patient to log pain score after sessions</label>
<label><input type="checkbox" id="video-links" name="videos" checked> Include exercise videos</label>
<label for="patient-message">Message to patient</label><textarea id="patient-message" name="message">Stop if sharp pain &gt; 5/10. See you Thursday.</textarea>
</section>
<div class="row"><button id="print-pdf">Print PDF</button><button id="save-template">Save as template</button><button id="send-app">Send to patient app</button></div>
</main>`,
);
const physioV2 = page(
  'Jonas Weber · HEP — PhysioPlan',
  `<header><strong>PhysioPlan</strong><nav><a href="/patients">Patients</a><a href="/programmes" class="active">Programmes</a><a href="/library">Library</a><a href="/outcomes">Outcomes</a></nav><span>R. de Vries, MCSP</span></header>
<div class="sidebar card"><h3>Add exercises</h3><input id="lib-search" type="search" placeholder="Find an exercise…" aria-label="Find an exercise"><p class="muted">Suggested for ACL-R week 6</p><ul class="lib-results"><li>Step-up, 15 cm <button class="add-ex">Add</button></li><li>Terminal knee extension <button class="add-ex">Add</button></li></ul></div>
<main style="margin-left:220px">
<div class="row"><h1>Jonas Weber</h1><span class="badge">ACL-R · week 6</span></div>
<table class="hep"><thead><tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Hold</th><th></th></tr></thead><tbody>
<tr data-exercise="slr"><td>Straight leg raise</td><td><input aria-label="Sets" name="items[0].sets" type="number" value="3"></td><td><input aria-label="Reps" name="items[0].reps" type="number" value="12"></td><td><input aria-label="Hold" name="items[0].hold" type="number" value="3"></td><td><button class="drag" aria-label="Reorder">⋮⋮</button><button class="trash" aria-label="Remove Straight leg raise">🗑</button></td></tr>
<tr data-exercise="mini-squat"><td>Mini squat to 45°</td><td><input aria-label="Sets" name="items[1].sets" type="number" value="3"></td><td><input aria-label="Reps" name="items[1].reps" type="number" value="10"></td><td><input aria-label="Hold" name="items[1].hold" type="number" value="0"></td><td><button class="drag" aria-label="Reorder">⋮⋮</button><button class="trash" aria-label="Remove Mini squat to 45°">🗑</button></td></tr>
<tr data-exercise="sl-balance"><td>Single-leg balance, foam</td><td><input aria-label="Sets" name="items[2].sets" type="number" value="3"></td><td><input aria-label="Reps" name="items[2].reps" type="number" value="1"></td><td><input aria-label="Hold" name="items[2].hold" type="number" value="30"></td><td><button class="drag" aria-label="Reorder">⋮⋮</button><button class="trash" aria-label="Remove Single-leg balance, foam">🗑</button></td></tr>
</tbody></table>
<section class="card"><h2>Schedule</h2>
<div class="row"><label for="times-per-week">Times per week</label><input id="times-per-week" name="timesPerWeek" type="number" value="5"><label for="weeks">for</label><input id="weeks" name="weeks" type="number" value="4"><span>weeks</span></div>
<div class="row"><span>Pain check-in after each session</span><button role="switch" aria-checked="true" id="pain-checkin" class="switch">On</button></div>
<label for="note-to-patient">Note for patient</label><textarea id="note-to-patient" name="patientNote">Stop if sharp pain &gt; 5/10. See you Thursday.</textarea>
</section>
<div class="row"><button id="download">Download PDF</button><button id="publish" class="primary">Share with patient</button></div>
</main>`,
);

// ---------------------------------------------------------------- 21
const podCss =
  'body{max-width:390px}main{padding:10px}header{justify-content:space-between}.stop{border:1px solid #ccc;border-radius:10px;padding:10px;margin:8px 0}.fab{position:sticky;bottom:8px;width:100%}';
const podlV1 = page(
  'Stop 14 of 38 — DropRoute Driver',
  `<header><button id="back" aria-label="Back">←</button><b>Stop 14 of 38</b><button id="call-dispatch" aria-label="Call dispatch">📞</button></header>
<main>
<div class="stop"><h1>Flat 3B, 27 Elm Grove</h1><p class="muted">Leicester LE2 1SX · Window 10:00–12:00</p><p>Recipient: <b>Hannah Ortiz</b> · 07700 900123</p><a href="tel:07700900123" class="call-recipient">Call recipient</a> · <a href="https://maps.example/?q=27+Elm+Grove" class="navigate">Navigate</a></div>
<div class="stop"><h2>Parcels (2)</h2>
<ul class="parcels"><li><label><input type="checkbox" class="parcel-check" value="DR7781220041GB" checked> DR7781220041GB · Small box</label></li><li><label><input type="checkbox" class="parcel-check" value="DR7781220058GB"> DR7781220058GB · Soft pack</label></li></ul>
<button id="scan-parcel">Scan parcel</button></div>
<div class="stop"><h2>Delivered to</h2>
<select id="delivered-to" name="delivered_to"><option>Recipient</option><option>Neighbour</option><option>Safe place</option><option>Reception / concierge</option></select>
<label for="recipient-name">Name of person</label><input id="recipient-name" name="received_by" value="Hannah Ortiz">
<label><input type="checkbox" id="age-check" name="age_verified"> Age verified (18+)</label>
<button id="take-photo">Take photo</button><button id="capture-signature">Capture signature</button></div>
<div class="stop"><label for="driver-note">Driver note</label><textarea id="driver-note" name="note" placeholder="e.g. left behind bin"></textarea></div>
<div class="row"><button id="fail-delivery" class="secondary">Unable to deliver</button><button id="complete-stop" class="fab primary">Complete stop</button></div>
</main>`,
  podCss,
);
const podlV2 = edit(podlV1, [
  [
    '<header><button id="back" aria-label="Back">←</button><b>Stop 14 of 38</b><button id="call-dispatch" aria-label="Call dispatch">📞</button></header>',
    '<header><button id="back" aria-label="Back">←</button><b>14 / 38</b><button id="help-btn" aria-label="Help and support">?</button></header>',
  ],
  [
    '<a href="tel:07700900123" class="call-recipient">Call recipient</a> · <a href="https://maps.example/?q=27+Elm+Grove" class="navigate">Navigate</a>',
    '<div class="row"><a href="tel:07700900123" class="btn contact" aria-label="Call Hannah">📞 Call</a><a href="https://maps.example/?q=27+Elm+Grove" class="btn directions">🧭 Directions</a></div>',
  ],
  [
    '<li><label><input type="checkbox" class="parcel-check" value="DR7781220058GB"> DR7781220058GB · Soft pack</label></li>',
    '<li><label><input type="checkbox" class="item-scan" value="DR7781220058GB"> …0058GB · Soft pack</label></li>',
  ],
  [
    '<input type="checkbox" class="parcel-check" value="DR7781220041GB" checked> DR7781220041GB',
    '<input type="checkbox" class="item-scan" value="DR7781220041GB" checked> …0041GB',
  ],
  [
    '<button id="scan-parcel">Scan parcel</button>',
    '<button id="scanner" aria-label="Open scanner">▣ Scan</button>',
  ],
  [
    '<select id="delivered-to" name="delivered_to"><option>Recipient</option><option>Neighbour</option><option>Safe place</option><option>Reception / concierge</option></select>',
    '<div role="radiogroup" aria-label="Handed to" class="row"><label><input type="radio" name="handover" value="recipient" checked> Recipient</label><label><input type="radio" name="handover" value="neighbour"> Neighbour</label><label><input type="radio" name="handover" value="safeplace"> Safe place</label></div>',
  ],
  [
    '<label for="recipient-name">Name of person</label><input id="recipient-name" name="received_by"',
    '<label for="handed-to-name">Received by</label><input id="handed-to-name" name="receivedBy"',
  ],
  [
    '<label><input type="checkbox" id="age-check" name="age_verified"> Age verified (18+)</label>\n<button id="take-photo">Take photo</button><button id="capture-signature">Capture signature</button>',
    '<button id="photo-pod">📷 Photo</button>',
  ],
  [
    '<label for="driver-note">Driver note</label><textarea id="driver-note" name="note"',
    '<label for="notes">Notes</label><textarea id="notes" name="deliveryNote"',
  ],
  [
    '<button id="fail-delivery" class="secondary">Unable to deliver</button><button id="complete-stop" class="fab primary">Complete stop</button>',
    '<button id="not-delivered" class="secondary">Can\'t deliver</button><button id="swipe-complete" class="fab primary">Delivered ✓</button>',
  ],
]);

const pairs07: PagePair[] = [
  {
    name: 'council-housing-register-assessment-15',
    v1: housingV1,
    v2: housingV2,
    targets: [
      {
        selector: '#current-band',
        expect: '[data-testid="priority-band"]',
        change: 'band label renamed priority, test id',
      },
      {
        selector: 'input[value="medical"]',
        expect: 'input[value="health"]',
        change: 'reason value and label reworded',
      },
      {
        selector: 'input[value="local"]',
        expect: null,
        change: 'local connection reason removed; armed forces option in its place',
      },
      { selector: '#bedroom-need', expect: '#bed-size', change: 'renamed property size' },
      { selector: '#adapted', expect: '#mobility', change: 'checkbox became mobility select' },
      { selector: 'button.chase-doc', expect: 'button.send-reminder', change: 'relabelled Send reminder' },
      { selector: '#recalc-band', expect: null, change: 'recalculate button removed' },
      {
        selector: 'text=Send decision letter',
        expect: '#issue-decision',
        change: 'relabelled Issue decision',
      },
    ],
  },
  {
    name: 'physio-home-exercise-programme-15',
    v1: physioV1,
    v2: physioV2,
    targets: [
      {
        selector: '#exercise-search',
        expect: '#lib-search',
        change: 'moved into a sidebar, placeholder reworded',
      },
      {
        selector: '#body-region',
        expect: null,
        change: 'body region filter removed from the exercise search',
      },
      {
        selector: '[name="ex2_reps"]',
        expect: '[name="items[1].reps"]',
        change: 'cards became table rows, names indexed',
      },
      {
        selector: '#ex-3 .remove-ex',
        expect: 'button[aria-label="Remove Single-leg balance, foam"]',
        change: 'text button became trash icon',
      },
      { selector: '#frequency', expect: '#times-per-week', change: 'select became number input' },
      { selector: '#pain-diary', expect: '#pain-checkin', change: 'checkbox became switch, reworded' },
      { selector: '#video-links', expect: null, change: 'include videos option removed' },
      {
        selector: 'button:has-text("Send to patient app")',
        expect: '#publish',
        change: 'relabelled Share with patient',
      },
    ],
  },
  {
    name: 'courier-proof-of-delivery-phone-15',
    v1: podlV1,
    v2: podlV2,
    targets: [
      {
        selector: '#call-dispatch',
        expect: null,
        change: 'call dispatch header button removed; a help button in its place',
      },
      { selector: 'a.navigate', expect: 'a.directions', change: 'link became button-styled Directions' },
      {
        selector: '.parcel-check[value="DR7781220058GB"]',
        expect: '.item-scan[value="DR7781220058GB"]',
        change: 'class renamed, label truncated',
      },
      { selector: '#scan-parcel', expect: '#scanner', change: 'icon button with aria-label' },
      {
        selector: '#delivered-to',
        expect: 'input[name="handover"][value="recipient"]',
        change: 'select became radio group',
      },
      { selector: '#recipient-name', expect: '#handed-to-name', change: 'id, name and label renamed' },
      { selector: '#capture-signature', expect: null, change: 'signature capture removed (photo only)' },
      { selector: 'text=Complete stop', expect: '#swipe-complete', change: 'relabelled Delivered ✓' },
    ],
  },
];

// ---------------------------------------------------------------- 22
const tenantCss =
  'body{max-width:380px}main{padding:12px}.sheet{border:1px solid #ccc;border-radius:12px;padding:12px;margin:10px 0}.tabbar{position:sticky;bottom:0;display:flex;justify-content:space-around;background:#fafafa;padding:8px}';
const tenantV1 = page(
  'Report a repair — Oakfield Living',
  `<header><b>Oakfield Living</b><button id="notifications" aria-label="Notifications">🔔 2</button></header>
<main>
<h1>Report a repair</h1>
<p class="muted">Flat 12, Canal Wharf, M4 6JR</p>
<form id="repair-form" class="sheet">
<label for="area">Where is the problem?</label><select id="area" name="area"><option>Kitchen</option><option selected>Bathroom</option><option>Bedroom</option><option>Living room</option><option>Communal area</option></select>
<label for="category">What's affected?</label><select id="category" name="category"><option>Leak / water</option><option>Heating / hot water</option><option>Electrics</option><option>Doors &amp; windows</option><option>Pests</option></select>
<label for="description">Describe the problem</label><textarea id="description" name="description">Water dripping from ceiling above the bath when upstairs showers.</textarea>
<label><input type="checkbox" id="urgent" name="urgent"> This is an emergency (no heat, no water, unsafe)</label>
<button type="button" id="add-photos">Add photos</button>
<label for="access">Access</label><select id="access" name="access"><option>I'll be home</option><option>Use spare key at office</option></select>
<label for="phone">Contact number</label><input id="phone" name="phone" type="tel" value="07700 900456">
<label><input type="checkbox" id="pets" name="pets"> I have pets</label>
<button type="submit" id="submit-repair">Submit request</button>
</form>
<div class="sheet"><h2>Open requests</h2><ul class="requests"><li><a href="/repairs/R-60921">R-60921 · Extractor fan</a> <span class="st">Scheduled 16 May</span></li><li><a href="/repairs/R-60410">R-60410 · Front door lock</a> <span class="st">Awaiting parts</span></li></ul></div>
</main>
<nav class="tabbar"><a href="/home">Home</a><a href="/repairs" class="active">Repairs</a><a href="/rent">Rent</a><a href="/messages">Messages</a><a href="/account">Account</a></nav>`,
  tenantCss,
);
const tenantV2 = page(
  'New repair — Oakfield Living',
  `<header><b>Oakfield</b><button id="bell" aria-label="Alerts, 2 unread">🔔</button></header>
<main>
<h1>New repair request</h1>
<p class="muted">Flat 12, Canal Wharf, M4 6JR</p>
<div class="sheet emergency-banner"><p>No heat, no water or feel unsafe? <a href="tel:08001234567" id="emergency-call">Call our 24h line</a></p></div>
<form id="request-step-1" class="sheet">
<h2>1. Location</h2>
<div role="radiogroup" aria-label="Room" class="row"><label><input type="radio" name="room" value="kitchen"> Kitchen</label><label><input type="radio" name="room" value="bathroom" checked> Bathroom</label><label><input type="radio" name="room" value="bedroom"> Bedroom</label><label><input type="radio" name="room" value="living"> Living room</label><label><input type="radio" name="room" value="communal"> Communal</label></div>
<label for="issue-type">Issue</label><select id="issue-type" name="issueType"><option>Leak / water</option><option>Heating / hot water</option><option>Electrics</option><option>Doors &amp; windows</option><option>Pests</option></select>
</form>
<form id="request-step-2" class="sheet">
<h2>2. Details</h2>
<label for="details">What's happening?</label><textarea id="details" name="details">Water dripping from ceiling above the bath when upstairs showers.</textarea>
<button type="button" id="attach" aria-label="Attach photos or video">📎 Attach</button>
<label for="contact-tel">Best phone number</label><input id="contact-tel" name="tel" type="tel" value="07700 900456">
<label for="preferred-time">Preferred time</label><select id="preferred-time" name="slot"><option>Morning</option><option>Afternoon</option><option>Any time</option></select>
<label><input type="checkbox" id="has-pets" name="hasPets"> Pets at home</label>
<button type="submit" id="send-request">Send</button>
</form>
<div class="sheet"><h2>Your requests</h2><ul class="requests"><li><a href="/repairs/R-60921">R-60921 · Extractor fan</a> <span class="st">Scheduled 16 May</span></li><li><a href="/repairs/R-60410">R-60410 · Front door lock</a> <span class="st">Awaiting parts</span></li></ul></div>
</main>
<nav class="tabbar"><a href="/home">Home</a><a href="/repairs" class="active">Repairs</a><a href="/payments">Payments</a><a href="/inbox">Inbox</a><a href="/account">Me</a></nav>`,
  tenantCss,
);

// ---------------------------------------------------------------- 23
const marinaV1 = page(
  'Berth planner — Port Solent Marina Office',
  `<header><strong>MarinaDesk</strong><nav><a href="/planner" class="active">Berth planner</a><a href="/arrivals">Arrivals</a><a href="/contracts">Annual contracts</a><a href="/fuel">Fuel dock</a><a href="/invoices">Invoices</a></nav><span>Harbour office · VHF 80</span></header>
<main>
<h1>Visitor berth booking</h1>
<div class="grid">
<form id="booking" class="card">
<label for="vessel-name">Vessel name</label><input id="vessel-name" name="vessel" value="Sea Wren II">
<label for="loa">Length overall (m)</label><input id="loa" name="loa" value="11.6">
<label for="beam">Beam (m)</label><input id="beam" name="beam" value="3.9">
<label for="draft">Draft (m)</label><input id="draft" name="draft" value="1.9">
<label for="vessel-type">Type</label><select id="vessel-type" name="type"><option selected>Sailing yacht</option><option>Motor yacht</option><option>Catamaran</option><option>RIB</option></select>
<label for="arrival">Arrival</label><input id="arrival" name="arrival" type="date" value="2024-07-19">
<label for="nights">Nights</label><input id="nights" name="nights" type="number" value="3">
<label for="skipper">Skipper</label><input id="skipper" name="skipper" value="Capt. Helen Marsh">
<label><input type="checkbox" id="shore-power" name="shore_power" checked> Shore power (16A)</label>
<label><input type="checkbox" id="raft-ok" name="rafting"> Happy to raft</label>
<button type="button" id="find-berth">Find berth</button>
</form>
<section class="card"><h2>Suggested berths</h2>
<table id="berths"><thead><tr><th>Berth</th><th>Pontoon</th><th>Max LOA</th><th>Depth</th><th>Rate/night</th><th></th></tr></thead><tbody>
<tr><td>C-14</td><td>C</td><td>12.0 m</td><td>3.0 m</td><td>£46.40</td><td><button class="allocate" data-berth="C-14">Allocate</button></td></tr>
<tr><td>D-03</td><td>D (hammerhead)</td><td>15.0 m</td><td>3.5 m</td><td>£58.00</td><td><button class="allocate" data-berth="D-03">Allocate</button></td></tr>
<tr><td>V-22</td><td>Visitors</td><td>12.5 m</td><td>2.4 m</td><td>£43.50</td><td><button class="allocate" data-berth="V-22">Allocate</button></td></tr>
</tbody></table>
<p>Estimated total: <strong id="est-total">£139.20</strong></p>
<div class="row"><button id="hold">Hold 2 h</button><button id="confirm" class="primary">Confirm booking</button><button id="send-pontoon-code">Send gate code</button></div>
</section>
</div>
</main>`,
);
const marinaV2 = edit(marinaV1, [
  ['<a href="/fuel">Fuel dock</a>', '<a href="/fuel">Fuel</a><a href="/weather">Tides &amp; weather</a>'],
  [
    '<label for="vessel-name">Vessel name</label><input id="vessel-name" name="vessel"',
    '<label for="boat">Boat name</label><input id="boat" name="boat.name"',
  ],
  [
    '<label for="loa">Length overall (m)</label><input id="loa" name="loa" value="11.6">\n<label for="beam">Beam (m)</label><input id="beam" name="beam" value="3.9">\n<label for="draft">Draft (m)</label><input id="draft" name="draft" value="1.9">',
    '<div class="grid3"><div><label for="dim-length">LOA</label><input id="dim-length" name="boat.length" value="11.6"></div><div><label for="dim-beam">Beam</label><input id="dim-beam" name="boat.beam" value="3.9"></div><div><label for="dim-draught">Draught</label><input id="dim-draught" name="boat.draught" value="1.9"></div></div>',
  ],
  [
    '<label for="arrival">Arrival</label><input id="arrival" name="arrival" type="date" value="2024-07-19">\n<label for="nights">Nights</label><input id="nights" name="nights" type="number" value="3">',
    '<label for="stay-from">Arriving</label><input id="stay-from" name="stay.from" type="date" value="2024-07-19">\n<label for="stay-to">Departing</label><input id="stay-to" name="stay.to" type="date" value="2024-07-22">',
  ],
  [
    '<label for="skipper">Skipper</label><input id="skipper" name="skipper" value="Capt. Helen Marsh">',
    '<label for="skipper">Skipper</label><input id="skipper" name="skipper" value="Capt. Helen Marsh">\n<label for="mmsi">MMSI</label><input id="mmsi" name="boat.mmsi" value="235098812">',
  ],
  [
    '<label><input type="checkbox" id="raft-ok" name="rafting"> Happy to raft</label>',
    '<label><input type="checkbox" id="water" name="water"> Fresh water hose</label>',
  ],
  [
    '<button type="button" id="find-berth">Find berth</button>',
    '<button type="button" id="check-availability">Check availability</button>',
  ],
  [
    '<button class="allocate" data-berth="D-03">Allocate</button>',
    '<button class="assign-berth" aria-label="Assign D-03">Assign</button>',
  ],
  [
    '<button class="allocate" data-berth="C-14">Allocate</button>',
    '<button class="assign-berth" aria-label="Assign C-14">Assign</button>',
  ],
  [
    '<button class="allocate" data-berth="V-22">Allocate</button>',
    '<button class="assign-berth" aria-label="Assign V-22">Assign</button>',
  ],
  [
    '<p>Estimated total: <strong id="est-total">£139.20</strong></p>',
    '<p class="quote">Quote <strong class="quote-amount">£139.20</strong> incl. VAT</p>',
  ],
  [
    '<div class="row"><button id="hold">Hold 2 h</button><button id="confirm" class="primary">Confirm booking</button><button id="send-pontoon-code">Send gate code</button></div>',
    '<div class="row"><button id="hold">Hold 2 h</button><button id="book-now" class="primary">Book berth</button></div>',
  ],
]);

// ---------------------------------------------------------------- 24
const xlV1 = page(
  'Job J-24-3391 — LinguaFlow TMS',
  `<header><strong>LinguaFlow TMS</strong><nav><a href="/jobs" class="active">Jobs</a><a href="/vendors">Linguists</a><a href="/clients">Clients</a><a href="/quotes">Quotes</a><a href="/tm">Translation memories</a></nav><span>PM: Chiara Bellini</span></header>
<main>
<div class="row"><h1>J-24-3391 · Medical device IFU</h1><span class="badge" id="job-status">In translation</span></div>
<p class="muted">Client: Corvell Medical GmbH · Source: English (UK) · 14,220 words · Due 31 May 17:00 CET</p>
<section class="card"><h2>Target languages</h2>
<table id="tasks"><thead><tr><th>Language</th><th>Linguist</th><th>Step</th><th>Progress</th><th>Due</th><th></th></tr></thead><tbody>
<tr data-lang="de-DE"><td>German</td><td>K. Hoffmann</td><td>Translation</td><td>72%</td><td>27 May</td><td><button class="reassign">Reassign</button></td></tr>
<tr data-lang="fr-FR"><td>French</td><td>É. Laurent</td><td>Revision</td><td>100%</td><td>29 May</td><td><button class="reassign">Reassign</button></td></tr>
<tr data-lang="it-IT"><td>Italian</td><td>— unassigned —</td><td>Translation</td><td>0%</td><td>27 May</td><td><button class="assign-linguist">Assign linguist</button></td></tr>
<tr data-lang="pl-PL"><td>Polish</td><td>M. Zielińska</td><td>Translation</td><td>38%</td><td>27 May</td><td><button class="reassign">Reassign</button></td></tr>
</tbody></table>
<button id="add-language">Add target language</button></section>
<div class="grid">
<section class="card"><h2>Workflow</h2>
<label for="workflow">Workflow template</label><select id="workflow" name="workflow"><option>Translation + Revision (ISO 17100)</option><option>Translation only</option><option>MT + post-editing</option></select>
<label><input type="checkbox" id="client-review" name="client_review" checked> Client in-country review</label>
<label><input type="checkbox" id="dtp" name="dtp"> DTP required</label>
<label for="tm">Translation memory</label><select id="tm" name="tm"><option>Corvell Medical master TM</option><option>Medical devices generic</option></select>
</section>
<section class="card"><h2>Files</h2><ul class="files"><li>IFU_Corvell_X3_v4.docx <a href="#" class="dl">Download</a></li><li>Glossary_Corvell.xlsx <a href="#" class="dl">Download</a></li></ul><button id="upload-ref">Upload reference</button><button id="run-qa">Run QA check</button></section>
</div>
<div class="row"><button id="put-on-hold">Put on hold</button><button id="message-linguists">Message all linguists</button><button id="deliver" class="primary">Deliver to client</button></div>
</main>`,
);
const xlV2 = edit(xlV1, [
  ['<a href="/vendors">Linguists</a>', '<a href="/vendors">Vendors</a>'],
  [
    '<span class="badge" id="job-status">In translation</span>',
    '<span class="tag tag-blue" data-testid="job-state">Translating</span>',
  ],
  [
    '<tr data-lang="it-IT"><td>Italian</td><td>— unassigned —</td><td>Translation</td><td>0%</td><td>27 May</td><td><button class="assign-linguist">Assign linguist</button></td></tr>',
    '<tr data-locale="it-IT"><td>Italian</td><td><select class="vendor-picker" aria-label="Choose linguist for Italian"><option>Select…</option><option>G. Ferraro</option><option>L. Russo</option></select></td><td>Translation</td><td>0%</td><td>27 May</td><td></td></tr>',
  ],
  [
    '<tr data-lang="fr-FR"><td>French</td><td>É. Laurent</td><td>Revision</td><td>100%</td><td>29 May</td><td><button class="reassign">Reassign</button></td></tr>',
    '<tr data-locale="fr-FR"><td>French</td><td>É. Laurent</td><td>Revision</td><td>100%</td><td>29 May</td><td><button class="change-vendor">Change</button></td></tr>',
  ],
  ['<button id="add-language">Add target language</button>', '<button id="add-locale">+ Language</button>'],
  [
    '<label for="workflow">Workflow template</label><select id="workflow" name="workflow">',
    '<label for="process">Process</label><select id="process" name="process">',
  ],
  [
    '<label><input type="checkbox" id="dtp" name="dtp"> DTP required</label>',
    '<label><input type="checkbox" id="certified" name="certified"> Certified translation</label>',
  ],
  [
    '<button id="upload-ref">Upload reference</button><button id="run-qa">Run QA check</button>',
    '<button id="upload-ref">Upload reference</button>',
  ],
  [
    '<div class="row"><button id="put-on-hold">Put on hold</button><button id="message-linguists">Message all linguists</button><button id="deliver" class="primary">Deliver to client</button></div>',
    '<div class="row"><button id="pause-job">Pause job</button><button id="broadcast">Message vendors</button><button id="deliver-files" class="primary">Deliver</button></div>',
  ],
]);

const pairs08: PagePair[] = [
  {
    name: 'tenant-repair-request-phone-15',
    v1: tenantV1,
    v2: tenantV2,
    targets: [
      {
        selector: '#area',
        expect: 'input[name="room"][value="bathroom"]',
        change: 'select became radio group in step 1',
      },
      { selector: '[name="category"]', expect: '#issue-type', change: 'id, name and label renamed' },
      { selector: '#description', expect: '#details', change: 'moved to step 2 form, renamed' },
      {
        selector: '#urgent',
        expect: null,
        change: 'emergency checkbox removed; emergency call banner instead',
      },
      { selector: '#add-photos', expect: '#attach', change: 'relabelled 📎 Attach with aria-label' },
      {
        selector: '#access',
        expect: null,
        change: 'access select removed; a preferred time select in its place',
      },
      { selector: 'button:has-text("Submit request")', expect: '#send-request', change: 'relabelled Send' },
      { selector: 'a[href="/rent"]', expect: 'a[href="/payments"]', change: 'tab bar item renamed Payments' },
    ],
  },
  {
    name: 'marina-visitor-berth-booking-15',
    v1: marinaV1,
    v2: marinaV2,
    targets: [
      { selector: '#vessel-name', expect: '#boat', change: 'renamed boat name' },
      {
        selector: '[name="draft"]',
        expect: '#dim-draught',
        change: 'dimensions grouped in a grid, draught spelling',
      },
      {
        selector: '#nights',
        expect: null,
        change: 'nights count removed; a departure date field in its place',
      },
      {
        selector: '#raft-ok',
        expect: null,
        change: 'rafting option removed; fresh water option in its place',
      },
      {
        selector: 'role=button[name="Find berth"]',
        expect: '#check-availability',
        change: 'relabelled Check availability',
      },
      {
        selector: 'button[data-berth="D-03"]',
        expect: 'button[aria-label="Assign D-03"]',
        change: 'data attribute dropped, relabelled Assign',
      },
      { selector: '#est-total', expect: '.quote-amount', change: 'total became quote' },
      {
        selector: '#confirm',
        expect: '#book-now',
        change: 'relabelled Book berth, gate code button removed',
      },
    ],
  },
  {
    name: 'translation-agency-job-tracker-15',
    v1: xlV1,
    v2: xlV2,
    targets: [
      {
        selector: '#job-status',
        expect: '[data-testid="job-state"]',
        change: 'badge became tag with test id, reworded',
      },
      {
        selector: 'tr[data-lang="it-IT"] .assign-linguist',
        expect: 'tr[data-locale="it-IT"] .vendor-picker',
        change: 'assign button became inline select',
      },
      {
        selector: 'tr[data-lang="fr-FR"] .reassign',
        expect: 'tr[data-locale="fr-FR"] .change-vendor',
        change: 'relabelled Change',
      },
      { selector: 'text=Add target language', expect: '#add-locale', change: 'shortened to + Language' },
      { selector: '#workflow', expect: '#process', change: 'renamed process' },
      {
        selector: '#dtp',
        expect: null,
        change: 'DTP option removed; certified translation option in its place',
      },
      { selector: '#run-qa', expect: null, change: 'QA check button removed' },
      { selector: '#message-linguists', expect: '#broadcast', change: 'relabelled Message vendors' },
    ],
  },
];

export const BLIND15_PAIRS: readonly PagePair[] = [
  ...pairs01,
  ...pairs02,
  ...pairs03,
  ...pairs04,
  ...pairs05,
  ...pairs06,
  ...pairs07,
  ...pairs08,
];
