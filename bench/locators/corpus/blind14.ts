/**
 * Blind corpus 14, sealed: written without looking at the matcher.
 *
 * Domains: insurance claims adjusting, hospital pharmacy verification, airline
 * crew rostering, broadcast playout scheduling, veterinary clinic records,
 * library circulation desk, utility meter reading (phone), construction site
 * diary, recruiting pipeline, wine cellar inventory, court e-filing, telecom
 * number porting, museum collections management, payroll pay runs, fleet
 * telematics, mobile banking (phone), fitness class booking (phone), property
 * maintenance work orders, clinical lab specimen accessioning, customs import
 * declarations, school gradebook, restaurant host stand, grant application
 * review, parking enforcement handheld (phone).
 */
import { edit, type PagePair, page } from './page.js';

const SWITCH_CSS =
  '.switch{display:inline-block;width:38px;height:22px;border-radius:11px;border:1px solid #888;background:#ddd;padding:0;vertical-align:middle}.switch[aria-checked="true"]{background:#2a7}';
const PHONE_CSS =
  'body{max-width:390px;margin:0 auto}main{padding:12px}form{max-width:none}.row{flex-wrap:wrap}';

// 1. Insurance claims — adjuster's claim workbench
const claimV1 = page(
  'CLM-2024-08812 · ClaimDesk',
  `<header><strong>ClaimDesk</strong><nav><a href="/queue">My queue</a><a href="/claims">Claims</a><a href="/reports">Reports</a></nav><span class="muted">J. Okafor — Adjuster II</span></header>
<main>
<h1 id="claim-title">Claim CLM-2024-08812</h1>
<p class="muted">Auto — collision · Policy PA-449102 · Reported 12 Mar 2024 · Deductible $500</p>
<div class="row"><span class="badge" id="status-badge">Under review</span><span class="badge">Reserve $4,200.00</span><span class="badge">Litigation: none</span></div>
<div class="grid">
<section class="card"><h2>Claimant</h2><p>Marisol Vega<br>+1 (602) 555-0143<br>mvega@example.net</p><a href="/contacts/88120">Open contact</a></section>
<section class="card"><h2>Loss details</h2><p>Rear-ended at W Camelback Rd &amp; N 19th Ave. Other party cited. Vehicle drivable.</p><a href="/claims/CLM-2024-08812/loss">Edit loss details</a></section>
</div>
<section class="card"><h2>Line items</h2>
<table id="line-items"><thead><tr><th>Item</th><th>Category</th><th>Claimed</th><th>Approved</th><th></th></tr></thead>
<tbody>
<tr><td>Rear bumper cover</td><td>Parts</td><td>$1,150.00</td><td>$1,150.00</td><td><button class="edit-line">Edit</button></td></tr>
<tr><td>Body labor 6.5 h</td><td>Labor</td><td>$585.00</td><td>$520.00</td><td><button class="edit-line">Edit</button></td></tr>
<tr><td>Rental car, 9 days</td><td>Rental</td><td>$405.00</td><td>—</td><td><button class="edit-line">Edit</button></td></tr>
<tr><td>Tow to shop</td><td>Towing</td><td>$140.00</td><td>$140.00</td><td><button class="edit-line">Edit</button></td></tr>
</tbody></table>
<button id="add-line">Add line item</button>
</section>
<section class="card"><h2>Decision</h2>
<form id="decision-form">
<label>Outcome <select name="outcome"><option>Approve</option><option>Partially approve</option><option>Deny</option></select></label>
<label>Reason code <select name="reason_code"><option>R01 — Covered loss</option><option>R07 — Amount exceeds estimate</option><option>R12 — Not covered by policy</option></select></label>
<label>Notes to claimant <textarea name="claimant_notes" rows="3"></textarea></label>
<label><input type="checkbox" name="siu_referral"> Refer to SIU (special investigations)</label>
<div class="row"><button type="submit" class="btn-primary">Submit decision</button><button type="button" id="save-draft">Save draft</button></div>
</form>
</section>
<section class="card"><h2>Documents</h2><ul><li><a href="/d/1">Police report.pdf</a></li><li><a href="/d/2">Repair estimate.pdf</a></li><li><a href="/d/3">Photos (14)</a></li></ul><button id="request-docs">Request documents</button></section>
</main>
<footer>ClaimDesk 7.4 · <a href="/help">Help</a></footer>`,
);

const claimV2 = edit(claimV1, [
  ['</style>', `${SWITCH_CSS}</style>`],
  ['<span class="badge" id="status-badge">Under review</span>', '<span class="status-pill">In review</span>'],
  [
    `<tbody>
<tr><td>Rear bumper cover</td>`,
    `<tbody>
<tr><td>Body labor 6.5 h</td><td>Labor</td><td>$585.00</td><td>$520.00</td><td><button class="row-action" aria-label="Edit Body labor 6.5 h">✎</button></td></tr>
<tr><td>Rear bumper cover</td>`,
  ],
  [
    '<button class="edit-line">Edit</button></td></tr>',
    '<button class="row-action" aria-label="Edit Rear bumper cover">✎</button></td></tr>',
  ],
  [
    '<tr><td>Body labor 6.5 h</td><td>Labor</td><td>$585.00</td><td>$520.00</td><td><button class="edit-line">Edit</button></td></tr>\n',
    '',
  ],
  [
    '<button class="edit-line">Edit</button></td></tr>',
    '<button class="row-action" aria-label="Edit Rental car, 9 days">✎</button></td></tr>',
  ],
  [
    '<button class="edit-line">Edit</button></td></tr>',
    '<button class="row-action" aria-label="Edit Tow to shop">✎</button></td></tr>',
  ],
  [
    '<button id="add-line">Add line item</button>',
    '<p class="muted">Line items sync from the shop estimate and are read-only here.</p>',
  ],
  [
    '<label>Reason code <select name="reason_code">',
    '<label>Decision reason <select name="decision_reason">',
  ],
  [
    '<label><input type="checkbox" name="siu_referral"> Refer to SIU (special investigations)</label>',
    '<div class="row"><button type="button" role="switch" aria-checked="false" class="switch" id="siu-toggle" aria-label="Refer to SIU"></button><span>Refer to SIU (special investigations)</span></div>',
  ],
  [
    '<button type="submit" class="btn-primary">Submit decision</button><button type="button" id="save-draft">Save draft</button>',
    '<button type="submit" class="btn btn-cta" data-testid="decision-submit">Send for approval</button><button type="button" id="save-decision-draft">Save as draft</button>',
  ],
  [
    '<button id="request-docs">Request documents</button>',
    '<button id="upload-docs">Upload documents</button>',
  ],
]);

// 2. Hospital pharmacy — order verification queue (migrated to a card-based UI)
const rxV1 = page(
  'Verification queue · RxVerify',
  `<header><strong>RxVerify</strong><nav><a href="/queue">Verification queue</a><a href="/dispense">Dispensing</a><a href="/controlled">Controlled substances</a><a href="/formulary">Formulary</a></nav><span>PharmD: L. Moreno</span></header>
<main>
<h1>Verification queue</h1>
<div class="row" id="queue-filters">
<label>Unit <select id="unit-filter"><option>All units</option><option>4 West — Med/Surg</option><option>ICU</option><option>Pediatrics</option></select></label>
<label><input type="checkbox" id="stat-only"> STAT only</label>
<input type="search" id="queue-search" placeholder="Patient or MRN">
<button id="refresh-queue">Refresh</button>
</div>
<table id="orders">
<thead><tr><th>Priority</th><th>Patient</th><th>MRN</th><th>Medication</th><th>Dose / route</th><th>Ordered by</th><th>Actions</th></tr></thead>
<tbody>
<tr><td><span class="badge">STAT</span></td><td>Harlan, Ruth</td><td>00482915</td><td>Vancomycin</td><td>1.25 g IV q12h</td><td>Dr. Patel</td><td><button class="verify">Verify</button> <button class="reject">Reject</button></td></tr>
<tr><td><span class="badge">Routine</span></td><td>Chen, Wei</td><td>00399120</td><td>Metoprolol tartrate</td><td>25 mg PO BID</td><td>Dr. Alvarez</td><td><button class="verify">Verify</button> <button class="reject">Reject</button></td></tr>
<tr><td><span class="badge">Routine</span></td><td>Okonkwo, Ada</td><td>00511873</td><td>Enoxaparin</td><td>40 mg SC daily</td><td>Dr. Patel</td><td><button class="verify">Verify</button> <button class="reject">Reject</button></td></tr>
<tr><td><span class="badge">Routine</span></td><td>Brennan, Liam</td><td>00520044</td><td>Ondansetron</td><td>4 mg IV q8h PRN</td><td>Dr. Alvarez</td><td><button class="verify">Verify</button> <button class="reject">Reject</button></td></tr>
</tbody></table>
<section class="card" id="interaction-panel"><h2>Interaction check — Harlan, Ruth</h2><p>Moderate: vancomycin + piperacillin-tazobactam — increased risk of acute kidney injury. Monitor SCr daily.</p><div class="row"><button id="override-interaction">Override with reason</button><button id="call-prescriber">Page prescriber</button></div></section>
</main>
<footer>Pharmacy informatics · ext. 4410 · <a href="/help">Help</a></footer>`,
);

const rxV2 = page(
  'Pending verification · RxVerify',
  `<header class="topbar"><span class="brand">RxVerify</span><nav class="topnav"><a href="/queue" aria-current="page">Verify</a><a href="/dispense">Dispense</a><a href="/cs">CII–CV vault</a><a href="/formulary">Formulary</a></nav><span class="user">L. Moreno, PharmD</span></header>
<main class="content">
<div class="page-head row"><h1>Pending verification</h1><span class="badge">4 orders</span><span class="live muted">● Live · updated 12 s ago</span></div>
<div class="filter-bar row">
<select data-testid="unit-select" aria-label="Nursing unit"><option>All units</option><option>4 West — Med/Surg</option><option>ICU</option><option>Pediatrics</option></select>
<button type="button" role="switch" aria-checked="false" data-testid="stat-toggle" class="switch" aria-label="STAT orders only"></button><span>STAT only</span>
<input type="search" name="q" placeholder="Search patient, MRN or drug">
</div>
<div class="order-list">
<article class="order-card" data-testid="order-00482915"><div class="row"><span class="prio prio-stat">STAT</span><strong>Harlan, Ruth</strong><span class="muted">MRN 00482915 · 4 West</span></div><h3 class="drug">Vancomycin</h3><p class="sig">1.25 g IV q12h · Dr. Patel</p><div class="row"><button class="btn-approve">Approve</button><button class="btn-return">Return to prescriber</button></div></article>
<article class="order-card" data-testid="order-00520044"><div class="row"><span class="prio">Routine</span><strong>Brennan, Liam</strong><span class="muted">MRN 00520044 · ICU</span></div><h3 class="drug">Ondansetron</h3><p class="sig">4 mg IV q8h PRN nausea · Dr. Alvarez</p><div class="row"><button class="btn-approve">Approve</button><button class="btn-return">Return to prescriber</button></div></article>
<article class="order-card" data-testid="order-00399120"><div class="row"><span class="prio">Routine</span><strong>Chen, Wei</strong><span class="muted">MRN 00399120 · 4 West</span></div><h3 class="drug">Metoprolol tartrate</h3><p class="sig">25 mg PO BID · Dr. Alvarez</p><div class="row"><button class="btn-approve">Approve</button><button class="btn-return">Return to prescriber</button></div></article>
<article class="order-card" data-testid="order-00511873"><div class="row"><span class="prio">Routine</span><strong>Okonkwo, Ada</strong><span class="muted">MRN 00511873 · Pediatrics</span></div><h3 class="drug">Enoxaparin</h3><p class="sig">40 mg SC daily · Dr. Patel</p><div class="row"><button class="btn-approve">Approve</button><button class="btn-return">Return to prescriber</button></div></article>
</div>
<section class="card drawer" aria-label="Interaction check"><h2>Interactions · Harlan, Ruth</h2><p><strong>Moderate:</strong> vancomycin + piperacillin-tazobactam — increased risk of acute kidney injury. Monitor SCr daily.</p><div class="row"><button class="btn-warning" data-testid="interaction-override">Override…</button><button class="btn-secondary">Add clinical note</button></div></section>
</main>
<footer>Pharmacy informatics · ext. 4410 · <a href="/help">Help</a></footer>`,
  `${SWITCH_CSS}.order-card{border:1px solid #ddd;border-radius:6px;padding:10px;margin:8px 0}.prio-stat{background:#c22;color:#fff;padding:2px 6px;border-radius:4px}`,
);

// 3. Airline crew rostering
const rosterV1 = page(
  'Roster · CrewOps',
  `<header><strong>CrewOps</strong><nav><a href="/roster">Roster</a><a href="/pairings">Pairings</a><a href="/reserve">Reserve</a><a href="/fatigue">Fatigue</a></nav></header>
<main>
<aside class="card"><h3>Legality</h3><p>2 crew over 100 h / 28 days. 1 crew below minimum rest.</p><a href="/fatigue/report" id="legality-report">View legality report</a><button id="run-legality">Re-run checks</button></aside>
<h1>Roster — Base LHR, May 2024</h1>
<div role="tablist" class="tabs row"><button role="tab" id="tab-captains" aria-selected="true">Captains</button><button role="tab" id="tab-fo" aria-selected="false">First officers</button><button role="tab" id="tab-cabin" aria-selected="false">Cabin crew</button></div>
<div class="row"><label>Fleet <select name="fleet"><option>A320 family</option><option>B787</option></select></label><label>Week <input type="week" name="week" value="2024-W19"></label><button class="btn-secondary" id="export-roster">Export CSV</button></div>
<table class="roster">
<thead><tr><th>Crew ID</th><th>Name</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Block hrs</th><th></th></tr></thead>
<tbody>
<tr><td>C10442</td><td>Haddad, Sami</td><td>BA0117</td><td>OFF</td><td>RSV</td><td>BA0286</td><td>BA0286</td><td>31.5</td><td><a href="#" class="swap">Swap</a></td></tr>
<tr><td>C10918</td><td>Lindqvist, Eva</td><td>BA0283</td><td>BA0283</td><td>OFF</td><td>OFF</td><td>BA0011</td><td>42.0</td><td><a href="#" class="swap">Swap</a></td></tr>
<tr><td>C11203</td><td>Mensah, Kofi</td><td>RSV</td><td>RSV</td><td>BA0117</td><td>OFF</td><td>OFF</td><td>27.0</td><td><a href="#" class="swap">Swap</a></td></tr>
<tr><td>C09871</td><td>Ross, Aileen</td><td>OFF</td><td>BA0015</td><td>BA0015</td><td>SIM</td><td>RSV</td><td>38.5</td><td><a href="#" class="swap">Swap</a></td></tr>
</tbody></table>
<section class="card"><h2>Unassigned pairings</h2>
<ul class="pairings">
<li><strong>P-4471</strong> LHR–JFK–LHR · 2 days · report 09:40 <button class="assign" data-pairing="P-4471">Assign</button></li>
<li><strong>P-4502</strong> LHR–ATH–LHR · 1 day · report 06:15 <button class="assign" data-pairing="P-4502">Assign</button></li>
<li><strong>P-4488</strong> LHR–NRT–LHR · 3 days · report 13:05 <button class="assign" data-pairing="P-4488">Assign</button></li>
</ul></section>
</main>`,
);

const rosterV2 = edit(rosterV1, [
  [
    '<a href="/fatigue">Fatigue</a></nav>',
    '<a href="/fatigue">Fatigue</a></nav><a href="/roster/export.csv" class="download-link">Download .csv</a>',
  ],
  [
    '<a href="/fatigue/report" id="legality-report">View legality report</a><button id="run-legality">Re-run checks</button>',
    '<a href="/compliance/ftl" id="ftl-report">FTL compliance report</a><button id="subscribe-alerts">Subscribe to alerts</button>',
  ],
  [
    '<div role="tablist" class="tabs row"><button role="tab" id="tab-captains" aria-selected="true">Captains</button><button role="tab" id="tab-fo" aria-selected="false">First officers</button><button role="tab" id="tab-cabin" aria-selected="false">Cabin crew</button></div>',
    '<div class="segmented row" role="radiogroup" aria-label="Crew rank"><label><input type="radio" name="rank" value="cpt" checked> CPT</label><label><input type="radio" name="rank" value="fo"> F/O</label><label><input type="radio" name="rank" value="cc"> Cabin</label></div>',
  ],
  ['<label>Fleet <select name="fleet">', '<label>Aircraft type <select name="aircraft_type">'],
  ['<button class="btn-secondary" id="export-roster">Export CSV</button>', ''],
  [
    `<tbody>
<tr><td>C10442</td><td>Haddad, Sami</td><td>BA0117</td><td>OFF</td><td>RSV</td><td>BA0286</td><td>BA0286</td><td>31.5</td><td><a href="#" class="swap">Swap</a></td></tr>
<tr><td>C10918</td><td>Lindqvist, Eva</td><td>BA0283</td><td>BA0283</td><td>OFF</td><td>OFF</td><td>BA0011</td><td>42.0</td><td><a href="#" class="swap">Swap</a></td></tr>
<tr><td>C11203</td><td>Mensah, Kofi</td><td>RSV</td><td>RSV</td><td>BA0117</td><td>OFF</td><td>OFF</td><td>27.0</td><td><a href="#" class="swap">Swap</a></td></tr>
<tr><td>C09871</td><td>Ross, Aileen</td><td>OFF</td><td>BA0015</td><td>BA0015</td><td>SIM</td><td>RSV</td><td>38.5</td><td><a href="#" class="swap">Swap</a></td></tr>
</tbody>`,
    `<tbody>
<tr><td>C10918</td><td>Lindqvist, Eva</td><td>BA0283</td><td>BA0283</td><td>OFF</td><td>OFF</td><td>BA0011</td><td>42.0</td><td><button class="swap-btn">Request swap</button></td></tr>
<tr><td>C09871</td><td>Ross, Aileen</td><td>OFF</td><td>BA0015</td><td>BA0015</td><td>SIM</td><td>RSV</td><td>38.5</td><td><button class="swap-btn">Request swap</button></td></tr>
<tr><td>C10442</td><td>Haddad, Sami</td><td>BA0117</td><td>OFF</td><td>RSV</td><td>BA0286</td><td>BA0286</td><td>31.5</td><td><button class="swap-btn">Request swap</button></td></tr>
<tr><td>C11203</td><td>Mensah, Kofi</td><td>RSV</td><td>RSV</td><td>BA0117</td><td>OFF</td><td>OFF</td><td>27.0</td><td><button class="swap-btn">Request swap</button></td></tr>
</tbody>`,
  ],
  ['<th>Block hrs</th>', '<th>Block hrs ▼</th>'],
  [
    '<button class="assign" data-pairing="P-4471">Assign</button>',
    '<button class="assign" data-pairing-id="P-4471">Assign crew</button>',
  ],
  [
    '<li><strong>P-4502</strong> LHR–ATH–LHR · 1 day · report 06:15 <button class="assign" data-pairing="P-4502">Assign</button></li>',
    '<li><strong>P-4519</strong> LHR–LIS–LHR · 1 day · report 06:50 <button class="assign" data-pairing-id="P-4519">Assign crew</button></li>',
  ],
  [
    '<button class="assign" data-pairing="P-4488">Assign</button>',
    '<button class="assign" data-pairing-id="P-4488">Assign crew</button>',
  ],
]);

// 4. Broadcast playout scheduling (rebuilt on a new design system)
const playoutV1 = page(
  'Channel schedule · Playout Planner',
  `<header><strong>Playout Planner</strong><nav><a href="/schedule">Schedule</a><a href="/library">Media library</a><a href="/traffic">Traffic</a><a href="/asrun">As-run logs</a></nav></header>
<main>
<h1>Channel schedule</h1>
<div class="row"><label>Channel <select id="channel"><option>Northway One</option><option>Northway Two</option><option>Northway Kids</option></select></label><label>Date <input type="date" id="sched-date" value="2024-06-14"></label><button id="auto-fill">Auto-fill gaps</button><a href="/compliance" class="compliance">Check compliance</a><button id="publish-epg" class="btn-primary">Publish to EPG</button></div>
<table class="rundown"><thead><tr><th>Start</th><th>Programme</th><th>Type</th><th>Duration</th><th>Rating</th><th>Actions</th></tr></thead>
<tbody>
<tr><td>18:00</td><td class="title">Regional News</td><td>Live</td><td>00:30:00</td><td>—</td><td><button class="replace">Replace</button> <button class="lock">Lock</button></td></tr>
<tr><td>18:30</td><td class="title">Garden Rescue S4E2</td><td>Tape</td><td>00:30:00</td><td>PG</td><td><button class="replace">Replace</button> <button class="lock">Lock</button></td></tr>
<tr><td>19:00</td><td class="title">Quiz Night Live</td><td>Live</td><td>01:00:00</td><td>PG</td><td><button class="replace">Replace</button> <button class="lock">Lock</button></td></tr>
<tr><td>20:00</td><td class="title">The Harbour S2E5</td><td>Tape</td><td>01:00:00</td><td>15</td><td><button class="replace">Replace</button> <button class="lock">Lock</button></td></tr>
<tr><td>21:00</td><td class="title">Coastal Walks</td><td>Tape</td><td>00:30:00</td><td>U</td><td><button class="replace">Replace</button> <button class="lock">Lock</button></td></tr>
<tr><td>21:30</td><td class="title">Late Debate</td><td>Live</td><td>00:45:00</td><td>PG</td><td><button class="replace">Replace</button> <button class="lock">Lock</button></td></tr>
</tbody></table>
<section class="card"><h2 class="breaks-title">Ad breaks</h2><p>14 breaks · 38:20 sold of 42:00 available</p><a href="/traffic/breaks">Open break planner</a></section>
</main>`,
);

const playoutV2 = page(
  'Schedule · Playout Planner',
  `<header class="app-bar"><span class="logo">Playout Planner</span><nav><a href="/schedule" aria-current="page">Schedule</a><a href="/library">Media</a><a href="/traffic">Traffic</a><a href="/asrun">As-run</a></nav></header>
<main>
<div class="row"><h1>Schedule</h1><span class="muted">Draft · last edited by T. Quinn 10:42</span></div>
<div class="toolbar row"><label>Channel <select id="channel-picker"><option>Northway One</option><option>Northway Two</option><option>Northway Kids</option></select></label><label>Transmission date <input type="date" name="tx_date" value="2024-06-14"></label><button id="run-compliance">Run Ofcom checks</button><button data-testid="epg-send" class="btn-primary">Send to EPG</button></div>
<table class="grid-table"><thead><tr><th>Start</th><th>Programme</th><th>Source</th><th>Duration</th><th>Cert.</th><th></th></tr></thead><tbody>
<tr data-slot="1800"><td>18:00</td><td class="prog-name">Regional News</td><td>Live — Studio B</td><td>00:25:00</td><td>—</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 18:00 Regional News">🔒</button></td></tr>
<tr data-slot="1825"><td>18:25</td><td class="prog-name">Weather</td><td>Live — Studio B</td><td>00:05:00</td><td>—</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 18:25 Weather">🔒</button></td></tr>
<tr data-slot="1830"><td>18:30</td><td class="prog-name">Garden Rescue S4E2</td><td>File</td><td>00:30:00</td><td>PG</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 18:30 Garden Rescue S4E2">🔒</button></td></tr>
<tr data-slot="1900"><td>19:00</td><td class="prog-name">Quiz Night Live</td><td>Live — Studio A</td><td>01:00:00</td><td>PG</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 19:00 Quiz Night Live">🔒</button></td></tr>
<tr data-slot="2000"><td>20:00</td><td class="prog-name">The Harbour S2E5</td><td>File</td><td>01:00:00</td><td>15</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 20:00 The Harbour S2E5">🔒</button></td></tr>
<tr data-slot="2100"><td>21:00</td><td class="prog-name">Wildlife SOS S1E3</td><td>File</td><td>00:30:00</td><td>U</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 21:00 Wildlife SOS S1E3">🔒</button></td></tr>
<tr data-slot="2130"><td>21:30</td><td class="prog-name">Late Debate</td><td>Live — Studio A</td><td>00:45:00</td><td>PG</td><td><button class="row-replace">Replace</button> <button class="icon-btn" aria-label="Lock 21:30 Late Debate">🔒</button></td></tr>
</tbody></table>
<section class="card"><h2 id="breaks-heading">Commercial breaks</h2><p>14 breaks · 38:20 sold of 42:00 available</p><a href="/traffic/breaks">Open break planner</a></section>
</main>`,
);

// 5. Veterinary clinic — patient record
const vetV1 = page(
  'Biscuit · PawChart',
  `<header><strong>PawChart</strong><nav><a href="/today">Today</a><a href="/patients">Patients</a><a href="/billing">Billing</a><a href="/inventory">Inventory</a></nav></header>
<main>
<div class="row"><h1 id="patient-name">Biscuit</h1><span class="badge allergy-flag">Allergy: penicillin</span></div>
<p class="muted">Canine · Beagle · Male neutered · 7 y 2 m · Owner: Dana Whitfield (+44 7700 900412)</p>
<div class="grid">
<section class="card"><h2>Today's visit</h2>
<form id="visit-form">
<label>Reason for visit <input name="reason" value="Limping, left hind"></label>
<label>Weight (kg) <input name="weight_kg" type="number" step="0.1" value="14.2"></label>
<label>Temperature (°C) <input name="temp_c" type="number" step="0.1" value="38.6"></label>
<label>Body condition score <select name="bcs"><option>3/9</option><option>4/9</option><option selected>5/9</option><option>6/9</option><option>7/9</option></select></label>
<label>SOAP notes <textarea id="soap-notes" rows="5"></textarea></label>
<div class="row"><button type="submit">Save visit</button><button type="button" id="book-followup">Book follow-up</button></div>
</form></section>
<section class="card"><h2>Vaccinations</h2>
<ul id="vax-list">
<li>DHPP — due 02 Apr 2024 <button class="mark-given">Mark given</button></li>
<li>Leptospirosis — due 15 May 2024 <button class="mark-given">Mark given</button></li>
<li>Rabies — due 11 Nov 2025 <button class="mark-given">Mark given</button></li>
<li>Kennel cough — due 02 Apr 2024 <button class="mark-given">Mark given</button></li>
</ul></section>
</div>
<section class="card"><h2>Prescriptions</h2>
<table><thead><tr><th>Drug</th><th>Dose</th><th>Duration</th></tr></thead><tbody><tr><td>Meloxicam 1.5 mg/ml oral susp.</td><td>0.1 mg/kg SID</td><td>14 days</td></tr><tr><td>Gabapentin 100 mg caps</td><td>1 cap BID</td><td>7 days</td></tr></tbody></table>
<div class="row"><button id="new-rx">New prescription</button><button id="print-rx">Print prescription</button><button id="email-owner">Email owner</button></div></section>
<section class="card" id="insurance"><h2>Insurance</h2><p>PetGuard Lifetime · Policy PG-7781230</p><button id="verify-coverage">Verify coverage</button></section>
</main>`,
);

const vetV2 = edit(vetV1, [
  ['<span class="badge allergy-flag">Allergy: penicillin</span>', ''],
  [
    '<p class="muted">Canine · Beagle',
    '<div class="row alerts"><span class="alert-chip">⚠ Penicillin allergy</span></div><p class="muted">Canine · Beagle',
  ],
  [
    '<label>Weight (kg) <input name="weight_kg" type="number" step="0.1" value="14.2"></label>',
    '<div class="row"><label>Weight <input name="weight" type="number" step="0.1" value="14.2"></label><select name="weight_unit" aria-label="Unit"><option>kg</option><option>lb</option></select></div>',
  ],
  [
    '<label>SOAP notes <textarea id="soap-notes" rows="5"></textarea></label>',
    '<label>Clinical notes (SOAP) <textarea name="clinical_notes" rows="6"></textarea></label>',
  ],
  [
    '<button type="button" id="book-followup">Book follow-up</button>',
    '<button type="button" data-testid="schedule-recheck">Schedule recheck</button>',
  ],
  [
    `<ul id="vax-list">
<li>DHPP — due 02 Apr 2024 <button class="mark-given">Mark given</button></li>
<li>Leptospirosis — due 15 May 2024 <button class="mark-given">Mark given</button></li>
<li>Rabies — due 11 Nov 2025 <button class="mark-given">Mark given</button></li>
<li>Kennel cough — due 02 Apr 2024 <button class="mark-given">Mark given</button></li>
</ul>`,
    `<table id="vaccinations"><thead><tr><th>Vaccine</th><th>Due</th><th></th></tr></thead><tbody>
<tr data-vaccine="dhpp"><td>DHPP</td><td class="overdue">02 Apr 2024</td><td><button class="record-dose">Record dose</button></td></tr>
<tr data-vaccine="kc"><td>Kennel cough (Bb)</td><td class="overdue">02 Apr 2024</td><td><button class="record-dose">Record dose</button></td></tr>
<tr data-vaccine="lepto"><td>Leptospirosis (L4)</td><td>15 May 2024</td><td><button class="record-dose">Record dose</button></td></tr>
<tr data-vaccine="rabies"><td>Rabies</td><td>11 Nov 2025</td><td><button class="record-dose">Record dose</button></td></tr>
</tbody></table>`,
  ],
  [
    '<button id="print-rx">Print prescription</button><button id="email-owner">Email owner</button>',
    '<button class="icon-btn" title="Print prescription" aria-label="Print prescription">🖨</button><button id="sms-owner">Text owner</button>',
  ],
  [
    '<section class="card" id="insurance"><h2>Insurance</h2><p>PetGuard Lifetime · Policy PG-7781230</p><button id="verify-coverage">Verify coverage</button></section>',
    '',
  ],
  [
    '</style>',
    '.alert-chip{background:#fde2e2;color:#a11;padding:3px 8px;border-radius:10px;font-weight:bold}</style>',
  ],
]);

// 6. Library circulation desk
const libV1 = page(
  'Circulation desk · Circulate',
  `<header><strong>Circulate</strong><nav><a href="/desk">Desk</a><a href="/holds">Holds</a><a href="/returns">Returns</a><a href="/patrons">Patrons</a></nav><span class="muted">Branch: Eastgate</span></header>
<main>
<h1>Circulation desk</h1>
<div class="grid">
<section class="card"><h2>Patron</h2>
<label>Patron barcode <input id="patron-barcode" placeholder="2 1234 00…"></label>
<p><strong>Theo Lindgren</strong> · Adult · expires 30 Sep 2025</p>
<p>Outstanding fines: <span id="fines-total">$3.40</span></p>
<div class="row"><button id="waive-fine">Waive fines</button><button id="take-payment">Take payment</button><a href="/patrons/220391">Edit patron</a></div>
</section>
<section class="card"><h2>Check out item</h2>
<label>Item barcode <input id="item-barcode" placeholder="3 1234 00…"></label>
<label>Loan period <select name="loan_period"><option>Standard (21 days)</option><option>Short (7 days)</option><option>Reference (in-library)</option></select></label>
<div class="row"><button class="checkout">Check out</button><button id="print-receipt">Print receipt</button></div>
</section>
</div>
<section class="card"><h2>Current loans (4)</h2>
<table id="loans"><thead><tr><th>Title</th><th>Barcode</th><th>Due</th><th>Renewals</th><th></th></tr></thead><tbody>
<tr><td>The Overstory</td><td>31234001129</td><td>18 Jun</td><td>0/2</td><td><button class="renew">Renew</button></td></tr>
<tr><td>Braiding Sweetgrass</td><td>31234000871</td><td>04 Jun</td><td>1/2</td><td><button class="renew">Renew</button></td></tr>
<tr><td>Piranesi</td><td>31234002244</td><td>25 Jun</td><td>0/2</td><td><button class="renew">Renew</button></td></tr>
<tr><td>A Psalm for the Wild-Built</td><td>31234001930</td><td>11 Jun</td><td>2/2</td><td><button class="renew" disabled>Renew</button></td></tr>
</tbody></table>
<button id="renew-all">Renew all</button>
</section>
<section class="card" id="notes"><h2>Desk notes</h2><p class="muted">No notes for this patron.</p><button id="add-note">Add note</button></section>
</main>`,
);

const libV2 = edit(libV1, [
  [
    '<label>Patron barcode <input id="patron-barcode" placeholder="2 1234 00…">',
    '<label>Library card <input name="patron_id" placeholder="Scan library card">',
  ],
  [
    '<p>Outstanding fines: <span id="fines-total">$3.40</span></p>',
    '<p>Charges outstanding: <span class="charges-amount">$3.40</span></p>',
  ],
  [
    '<div class="row"><button id="waive-fine">Waive fines</button><button id="take-payment">Take payment</button>',
    '<div class="row"><button id="take-payment">Take payment</button><button data-action="waive">Waive charges</button>',
  ],
  ['<section class="card"><h2>Check out item</h2>', '<section class="card"><h2>Issue item</h2>'],
  ['<input id="item-barcode"', '<input id="scan-item"'],
  [
    '<button class="checkout">Check out</button><button id="print-receipt">Print receipt</button>',
    '<button class="issue-btn">Issue</button><button id="email-receipt">Email receipt</button>',
  ],
  [
    `<tbody>
<tr><td>The Overstory</td><td>31234001129</td><td>18 Jun</td><td>0/2</td><td><button class="renew">Renew</button></td></tr>
<tr><td>Braiding Sweetgrass</td><td>31234000871</td><td>04 Jun</td><td>1/2</td><td><button class="renew">Renew</button></td></tr>
<tr><td>Piranesi</td><td>31234002244</td><td>25 Jun</td><td>0/2</td><td><button class="renew">Renew</button></td></tr>
<tr><td>A Psalm for the Wild-Built</td><td>31234001930</td><td>11 Jun</td><td>2/2</td><td><button class="renew" disabled>Renew</button></td></tr>
</tbody>`,
    `<tbody>
<tr><td>Braiding Sweetgrass</td><td>31234000871</td><td>04 Jun</td><td>1/2</td><td><a href="#" class="renew-link">Renew</a></td></tr>
<tr><td>A Psalm for the Wild-Built</td><td>31234001930</td><td>11 Jun</td><td>2/2</td><td><span class="muted">Limit reached</span></td></tr>
<tr><td>The Overstory</td><td>31234001129</td><td>18 Jun</td><td>0/2</td><td><a href="#" class="renew-link">Renew</a></td></tr>
<tr><td>Piranesi</td><td>31234002244</td><td>25 Jun</td><td>0/2</td><td><a href="#" class="renew-link">Renew</a></td></tr>
</tbody>`,
  ],
  [
    '<section class="card" id="notes"><h2>Desk notes</h2><p class="muted">No notes for this patron.</p><button id="add-note">Add note</button></section>',
    '',
  ],
]);

// 7. Utility meter reading — field handheld (phone), rebuilt app
const meterV1 = page(
  'Stop 23 · MeterRoute',
  `<header><button id="menu-btn" aria-label="Menu">☰</button><strong>MeterRoute</strong><span class="badge" id="sync-status">Synced</span></header>
<main>
<p class="muted">Route R-14 · Stop 23 of 61</p>
<h1 class="premise">14 Alder Crescent</h1>
<p>Meter <strong>E-0049182</strong> · Electric, single rate · Access: side gate, dog on site</p>
<section class="card"><h2>Enter reading</h2>
<form id="reading-form">
<label>Current reading (kWh) <input name="reading" inputmode="numeric" id="reading-input"></label>
<p class="muted">Last reading 48 211 on 12 Feb · expected 48 650–49 100</p>
<label>Read type <select name="read_type"><option>Actual</option><option>Customer supplied</option><option>Estimated</option></select></label>
<label><input type="checkbox" name="photo_taken"> Photo of register taken</label>
<label>Comments <textarea name="comments" rows="2"></textarea></label>
<button type="submit" class="btn-primary">Save reading</button>
</form></section>
<section class="card"><h2>Can't read meter?</h2>
<div class="row"><button class="noaccess" data-reason="no-access">No access</button><button class="noaccess" data-reason="dog">Dog</button><button class="noaccess" data-reason="damaged">Meter damaged</button></div>
<p><button id="leave-card">Leave calling card</button></p>
</section>
<nav class="stops"><a href="/stop/22" id="prev-stop">‹ Stop 22</a><a href="/route/R-14" id="route-map">Route map</a><a href="/stop/24" id="next-stop">Stop 24 ›</a></nav>
</main>`,
  PHONE_CSS,
);

const meterV2 = page(
  '14 Alder Crescent · MeterRoute',
  `<header class="appbar"><button class="icon-btn" aria-label="Open menu">☰</button><strong>MeterRoute</strong><span class="sync-dot" title="All readings synced">● Synced</span></header>
<main>
<div class="stop-head"><p class="muted">R-14 · 23/61</p><h1>14 Alder Crescent</h1><p>E-0049182 · Elec single rate</p><p class="access-note">⚠ Side gate · dog on site</p></div>
<form class="reading-card card">
<label for="kwh">Register reading</label>
<input id="kwh" name="kwh" inputmode="numeric" placeholder="kWh">
<p class="muted">Expected 48 650–49 100 (last 48 211, 12 Feb)</p>
<label>Source <select name="readType"><option>Actual (meter reader)</option><option>Customer own read</option><option>Estimate</option></select></label>
<div class="row"><span>Register photo taken</span><button type="button" role="switch" aria-checked="false" class="switch" id="photo-switch" aria-label="Register photo taken"></button></div>
<label>Notes <textarea name="notes" rows="2"></textarea></label>
</form>
<section class="card"><h2>No read</h2><div class="row"><button class="chip" data-code="NOACC">No access</button><button class="chip" data-code="DOG">Dog on premises</button><button class="chip" data-code="DMG">Meter damaged</button><button class="chip" data-code="LOCK">Meter box locked</button></div>
<p><button id="call-customer">Call customer</button></p></section>
<div class="sticky-footer"><button class="btn-submit" data-testid="submit-read">Submit read</button></div>
<nav class="stepper"><a href="/stop/22" class="prev">‹ Prev</a><a href="/stop/24" class="next">Next ›</a></nav>
</main>`,
  `${PHONE_CSS}${SWITCH_CSS}.chip{border-radius:14px;border:1px solid #999;background:#fff}.btn-submit{width:100%;padding:12px;font-size:16px}.stepper{justify-content:space-between}`,
);

// 8. Construction site diary
const diaryV1 = page(
  'Daily diary · SiteLog',
  `<header><strong>SiteLog</strong><nav><a href="/projects">Projects</a><a href="/diary">Daily diary</a><a href="/rfis">RFIs</a><a href="/snags">Snag list</a></nav></header>
<main>
<h1>Daily diary — Riverside Block C</h1>
<p class="muted">Thursday 6 June 2024 · Site manager: Gareth Pryce</p>
<div class="grid">
<section class="card"><h2>Weather</h2>
<label>Conditions <select name="weather"><option>Dry</option><option>Light rain</option><option>Heavy rain</option><option>High wind</option></select></label>
<label>Temp AM (°C) <input name="temp_am" type="number" value="11"></label>
<label>Temp PM (°C) <input name="temp_pm" type="number" value="17"></label>
<label><input type="checkbox" name="work_stopped"> Work stopped due to weather</label>
</section>
<section class="card"><h2>Labour on site</h2>
<table id="labour"><thead><tr><th>Contractor</th><th>Trade</th><th>Operatives</th><th>Hours</th></tr></thead><tbody>
<tr><td>Kelso Groundworks</td><td>Groundworks</td><td><input name="ops_kelso" type="number" value="6" size="3"></td><td>8</td></tr>
<tr><td>Brightline Electrical</td><td>M&amp;E</td><td><input name="ops_brightline" type="number" value="3" size="3"></td><td>8</td></tr>
<tr><td>Oakfield Scaffolding</td><td>Scaffold</td><td><input name="ops_oakfield" type="number" value="4" size="3"></td><td>6</td></tr>
</tbody></table>
<button id="add-contractor">Add contractor</button>
</section>
</div>
<section class="card"><h2>Activities &amp; progress</h2><textarea name="activities" rows="4" cols="60"></textarea></section>
<section class="card"><h2>Deliveries</h2><ul id="deliveries"><li>08:20 — Ready-mix concrete C32/40, 18 m³ <a href="#" class="log-ticket">Attach ticket</a></li><li>10:45 — Rebar, 2.4 t <a href="#" class="log-ticket">Attach ticket</a></li></ul></section>
<section class="card"><h2>Health &amp; safety</h2><label>Incidents <select name="incidents"><option>None</option><option>Near miss</option><option>First aid</option><option>RIDDOR reportable</option></select></label> <button id="open-incident">Open incident form</button></section>
<div class="row"><button id="save-diary" class="btn-primary">Save diary</button><button id="sign-off">Sign off day</button><button id="copy-yesterday">Copy from yesterday</button></div>
</main>`,
);

const diaryV2 = edit(diaryV1, [
  ['<label>Conditions <select name="weather">', '<label>Weather <select name="weather_conditions">'],
  [
    '<label><input type="checkbox" name="work_stopped"> Work stopped due to weather</label>',
    '<label><input type="checkbox" name="weather_delay"> Weather delay (lost time)</label>',
  ],
  [
    '<tbody>\n<tr><td>Kelso Groundworks</td><td>Groundworks</td><td><input name="ops_kelso" type="number" value="6" size="3"></td>',
    '<tbody>\n<tr><td>Apex Concrete Pumping</td><td>Concrete</td><td><input name="operatives[apex]" type="number" value="2" size="3"></td><td>5</td></tr>\n<tr><td>Kelso Groundworks</td><td>Groundworks</td><td><input name="operatives[kelso]" type="number" value="6" size="3"></td>',
  ],
  ['<input name="ops_brightline"', '<input name="operatives[brightline]"'],
  ['<input name="ops_oakfield"', '<input name="operatives[oakfield]"'],
  [
    '<button id="add-contractor">Add contractor</button>',
    '<button id="add-contractor-row">+ Contractor</button>',
  ],
  [
    '<h2>Activities &amp; progress</h2><textarea name="activities"',
    '<h2>Work carried out</h2><textarea name="work_progress"',
  ],
  [
    '<section class="card"><h2>Health &amp; safety</h2><label>Incidents <select name="incidents"><option>None</option><option>Near miss</option><option>First aid</option><option>RIDDOR reportable</option></select></label> <button id="open-incident">Open incident form</button></section>',
    '<section class="card"><h2>Permits</h2><label>Permits to work issued <select name="permits"><option>None</option><option>Hot works</option><option>Excavation</option><option>Working at height</option></select></label> <button id="open-permit">New permit</button></section>',
  ],
  [
    '<button id="sign-off">Sign off day</button><button id="copy-yesterday">Copy from yesterday</button>',
    '<button class="btn-submit">Submit for PM approval</button>',
  ],
]);

// 9. Recruiting pipeline — kanban board replaced by a table view
const hireV1 = page(
  'Pipeline · Hireflow',
  `<header><strong>Hireflow</strong><nav><a href="/jobs">Jobs</a><a href="/pipeline">Pipeline</a><a href="/interviews">Interviews</a><a href="/offers">Offers</a></nav></header>
<main>
<h1>Senior Data Engineer — pipeline</h1>
<div class="row"><select id="job-select"><option>Senior Data Engineer (REQ-2291)</option><option>Product Designer (REQ-2304)</option></select><input id="candidate-search" placeholder="Search candidates"><button id="add-candidate" class="btn-primary">Add candidate</button><button id="bulk-email">Bulk email</button></div>
<div class="board">
<section class="column" id="col-applied"><h2>Applied <span class="badge">3</span></h2>
<div class="cand" data-id="c-8812"><strong>Priya Raman</strong><p class="muted">Referral · 6 yrs</p><button class="advance">Advance</button> <button class="reject">Reject</button></div>
<div class="cand" data-id="c-8820"><strong>Tomás Ibarra</strong><p class="muted">LinkedIn · 4 yrs</p><button class="advance">Advance</button> <button class="reject">Reject</button></div>
<div class="cand" data-id="c-8834"><strong>Grace Kim</strong><p class="muted">Careers site · 8 yrs</p><button class="advance">Advance</button> <button class="reject">Reject</button></div>
</section>
<section class="column" id="col-screen"><h2>Phone screen <span class="badge">2</span></h2>
<div class="cand" data-id="c-8790"><strong>Marcus Bell</strong><p class="muted">Referral · 5 yrs</p><button class="advance">Advance</button> <button class="reject">Reject</button></div>
<div class="cand" data-id="c-8801"><strong>Yuki Tanaka</strong><p class="muted">Careers site · 7 yrs</p><button class="advance">Advance</button> <button class="reject">Reject</button></div>
</section>
<section class="column" id="col-onsite"><h2>Onsite <span class="badge">1</span></h2>
<div class="cand" data-id="c-8755"><strong>Olu Adeyemi</strong><p class="muted">Agency · 9 yrs</p><button class="advance">Advance</button> <button class="reject">Reject</button><br><a href="/scorecards/c-8755" class="scorecard">Scorecards (3/4)</a></div>
</section>
<section class="column" id="col-offer"><h2>Offer <span class="badge">0</span></h2><p class="muted">No candidates</p></section>
</div>
</main>`,
  '.board{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.cand{border:1px solid #ddd;padding:8px;margin:6px 0}',
);

const hireV2 = page(
  'Senior Data Engineer · Hireflow',
  `<header><strong>Hireflow</strong><nav><a href="/jobs">Jobs</a><a href="/candidates">Candidates</a><a href="/interviews">Interviews</a><a href="/offers">Offers</a></nav></header>
<main>
<h1>Senior Data Engineer</h1>
<p class="muted">REQ-2291 · Hiring manager: Ana Dobrev · 6 active candidates</p>
<div class="toolbar row"><select name="requisition" aria-label="Requisition"><option>Senior Data Engineer (REQ-2291)</option><option>Product Designer (REQ-2304)</option></select><input type="search" name="q" placeholder="Name, email or skill"><button data-testid="new-candidate" class="btn-primary">New candidate</button><button data-testid="export-csv">Export</button></div>
<div role="tablist" class="stage-tabs row"><button role="tab" id="stage-all" aria-selected="true">All (6)</button><button role="tab" id="stage-applied" aria-selected="false">Applied (3)</button><button role="tab" id="stage-screen" aria-selected="false">Phone screen (2)</button><button role="tab" id="stage-onsite" aria-selected="false">Onsite (1)</button><button role="tab" id="stage-offer" aria-selected="false">Offer (0)</button></div>
<table class="pipeline"><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Candidate</th><th>Stage</th><th>Source</th><th>Experience</th><th>Actions</th></tr></thead><tbody>
<tr data-candidate="c-8755"><td><input type="checkbox" aria-label="Select Olu Adeyemi"></td><td><a href="/candidates/c-8755">Olu Adeyemi</a></td><td>Onsite</td><td>Agency</td><td>9 yrs</td><td><button class="move-next">Move to Offer</button> <button class="decline">Decline</button></td></tr>
<tr data-candidate="c-8790"><td><input type="checkbox" aria-label="Select Marcus Bell"></td><td><a href="/candidates/c-8790">Marcus Bell</a></td><td>Phone screen</td><td>Referral</td><td>5 yrs</td><td><button class="move-next">Move to Onsite</button> <button class="decline">Decline</button></td></tr>
<tr data-candidate="c-8801"><td><input type="checkbox" aria-label="Select Yuki Tanaka"></td><td><a href="/candidates/c-8801">Yuki Tanaka</a></td><td>Phone screen</td><td>Careers site</td><td>7 yrs</td><td><button class="move-next">Move to Onsite</button> <button class="decline">Decline</button></td></tr>
<tr data-candidate="c-8812"><td><input type="checkbox" aria-label="Select Priya Raman"></td><td><a href="/candidates/c-8812">Priya Raman</a></td><td>Applied</td><td>Referral</td><td>6 yrs</td><td><button class="move-next">Move to Phone screen</button> <button class="decline">Decline</button></td></tr>
<tr data-candidate="c-8820"><td><input type="checkbox" aria-label="Select Tomás Ibarra"></td><td><a href="/candidates/c-8820">Tomás Ibarra</a></td><td>Applied</td><td>LinkedIn</td><td>4 yrs</td><td><button class="move-next">Move to Phone screen</button> <button class="decline">Decline</button></td></tr>
<tr data-candidate="c-8834"><td><input type="checkbox" aria-label="Select Grace Kim"></td><td><a href="/candidates/c-8834">Grace Kim</a></td><td>Applied</td><td>Careers site</td><td>8 yrs</td><td><button class="move-next">Move to Phone screen</button> <button class="decline">Decline</button></td></tr>
</tbody></table>
</main>`,
);

// 10. Wine cellar inventory — table turned into cards
const cellarV1 = page(
  'Cellar · CellarBook',
  `<header><strong>CellarBook</strong><nav><a href="/cellar">Cellar</a><a href="/tastings">Tasting notes</a><a href="/purchases">Purchases</a><a href="/reports">Valuation</a></nav></header>
<main>
<h1>Cellar inventory</h1>
<div class="row"><label>Region <select id="region-filter"><option>All regions</option><option>Bordeaux</option><option>Burgundy</option><option>Rioja</option><option>Barossa</option></select></label><label><input type="checkbox" id="ready-only"> Ready to drink</label><button id="add-wine" class="btn-primary">Add bottles</button></div>
<table id="cellar"><thead><tr><th>Wine</th><th>Vintage</th><th>Bin</th><th>Qty</th><th>Drink window</th><th>Value</th><th></th></tr></thead><tbody>
<tr><td>Château Talbot, Saint-Julien</td><td>2016</td><td>A-03</td><td>6</td><td>2024–2040</td><td>£390</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>
<tr><td>Domaine Faiveley Mercurey 1er Cru</td><td>2019</td><td>B-11</td><td>3</td><td>2023–2030</td><td>£105</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>
<tr><td>La Rioja Alta Viña Ardanza Reserva</td><td>2015</td><td>C-02</td><td>12</td><td>2022–2035</td><td>£420</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>
<tr><td>Torbreck The Struie</td><td>2018</td><td>D-07</td><td>2</td><td>2024–2032</td><td>£84</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>
</tbody></table>
<div class="grid"><section class="card"><h2>Cellar summary</h2><p>23 bottles · Est. value <strong id="total-value">£999</strong></p><a href="/reports/insurance" id="insurance-report">Insurance valuation report</a></section>
<section class="card"><h2>Bins</h2><p>38 of 120 bins occupied</p><button id="print-bin-labels">Print bin labels</button></section></div>
</main>`,
);

const cellarV2 = edit(cellarV1, [
  ['</style>', `${SWITCH_CSS}.wine{border:1px solid #ccc;border-radius:6px;padding:10px}</style>`],
  ['<label>Region <select id="region-filter">', '<label>Region <select name="region">'],
  [
    '<label><input type="checkbox" id="ready-only"> Ready to drink</label><button id="add-wine" class="btn-primary">Add bottles</button>',
    '<span>In drinking window</span><button type="button" role="switch" aria-checked="false" class="switch" id="ready-switch" aria-label="In drinking window"></button><button id="add-bottles" class="btn-primary">Add to cellar</button>',
  ],
  [
    '<table id="cellar"><thead><tr><th>Wine</th><th>Vintage</th><th>Bin</th><th>Qty</th><th>Drink window</th><th>Value</th><th></th></tr></thead><tbody>',
    '<div class="grid" id="cellar-cards">',
  ],
  [
    '<tr><td>Château Talbot, Saint-Julien</td><td>2016</td><td>A-03</td><td>6</td><td>2024–2040</td><td>£390</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>',
    '<article class="wine" data-wine="talbot-2016"><h3>Château Talbot 2016</h3><p class="muted">Saint-Julien · Bin A-03</p><p>6 btl · Drink 2024–2040 · £390</p><div class="row"><button class="consume">Log a bottle</button><button class="relocate">Move bin</button></div></article>',
  ],
  [
    '<tr><td>Domaine Faiveley Mercurey 1er Cru</td><td>2019</td><td>B-11</td><td>3</td><td>2023–2030</td><td>£105</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>',
    '<article class="wine" data-wine="faiveley-2019"><h3>Domaine Faiveley Mercurey 1er Cru 2019</h3><p class="muted">Burgundy · Bin B-11</p><p>3 btl · Drink 2023–2030 · £105</p><div class="row"><button class="consume">Log a bottle</button><button class="relocate">Move bin</button></div></article>',
  ],
  [
    '<tr><td>La Rioja Alta Viña Ardanza Reserva</td><td>2015</td><td>C-02</td><td>12</td><td>2022–2035</td><td>£420</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>',
    '<article class="wine" data-wine="ardanza-2015"><h3>La Rioja Alta Viña Ardanza Reserva 2015</h3><p class="muted">Rioja · Bin C-02</p><p>12 btl · Drink 2022–2035 · £420</p><div class="row"><button class="consume">Log a bottle</button><button class="relocate">Move bin</button></div></article>',
  ],
  [
    '<tr><td>Torbreck The Struie</td><td>2018</td><td>D-07</td><td>2</td><td>2024–2032</td><td>£84</td><td><button class="drink">Drink one</button> <button class="move">Move</button></td></tr>\n</tbody></table>',
    '<article class="wine" data-wine="struie-2018"><h3>Torbreck The Struie 2018</h3><p class="muted">Barossa · Bin D-07</p><p>2 btl · Drink 2024–2032 · £84</p><div class="row"><button class="consume">Log a bottle</button><button class="relocate">Move bin</button></div></article>\n</div>',
  ],
  [
    '<p>23 bottles · Est. value <strong id="total-value">£999</strong></p><a href="/reports/insurance" id="insurance-report">Insurance valuation report</a>',
    '<p>23 bottles</p><p>Cellar value <strong class="summary-value">£999</strong></p>',
  ],
  [
    '<button id="print-bin-labels">Print bin labels</button>',
    '<button id="export-bin-map">Export bin map</button>',
  ],
]);

// 11. Court e-filing — one long form split into numbered sections
const efileV1 = page(
  'File into existing case · eFile',
  `<header><strong>eFile State Courts</strong><nav><a href="/filings">My filings</a><a href="/new">New filing</a><a href="/cases">Case search</a><a href="/payments">Payments</a></nav><span class="muted">Attorney: R. Castellanos (Bar #284411)</span></header>
<main>
<aside class="card"><h3>Filing fee</h3><p id="fee-amount">$333.00</p><a href="/fees" id="fee-schedule">Fee schedule</a></aside>
<h1>File into existing case</h1>
<form id="filing-form">
<label>Court <select name="court"><option>Superior Court — Maricopa County</option><option>Superior Court — Pima County</option></select></label>
<label>Case number <input name="case_number" placeholder="CV2024-012345"></label>
<label>Filing type <select name="filing_type"><option>Motion</option><option>Response</option><option>Notice of appearance</option><option>Stipulation</option></select></label>
<fieldset><legend>Filing on behalf of</legend><label><input type="radio" name="party" value="plaintiff"> Plaintiff</label><label><input type="radio" name="party" value="defendant"> Defendant</label></fieldset>
<label>Lead document <input type="file" name="lead_doc"></label>
<label>Document title <input name="doc_title"></label>
<label><input type="checkbox" name="sealed"> File under seal</label>
<label><input type="checkbox" name="fee_waiver"> Request fee waiver/deferral</label>
<fieldset><legend>Serve electronically</legend>
<label><input type="checkbox" name="serve" value="harmon"> Harmon &amp; Reyes LLP (counsel for defendant)</label>
<label><input type="checkbox" name="serve" value="ag"> Office of the Attorney General</label></fieldset>
<div class="row"><button type="submit" class="btn-primary">Submit filing</button><button type="button" id="save-draft">Save draft</button><a href="/filings" id="cancel">Cancel</a></div>
</form>
</main>`,
);

const efileV2 = page(
  'Subsequent filing · eFile',
  `<header><strong>eFile State Courts</strong><nav><a href="/filings">My filings</a><a href="/new">Start a filing</a><a href="/cases">Find a case</a><a href="/payments">Payments</a></nav><span class="muted">R. Castellanos · Bar #284411</span></header>
<main>
<h1>Subsequent filing</h1>
<p class="muted">File documents into a case that already exists. Fields marked * are required.</p>
<form id="efile" class="sections">
<section class="card"><h2>1. Case</h2>
<label>Court location * <select name="courtLocation"><option>Maricopa County Superior Court</option><option>Pima County Superior Court</option></select></label>
<label>Case number * <input id="case-no" name="caseNumber" placeholder="CV2024-012345"></label>
<fieldset><legend>You represent *</legend><label><input type="radio" name="filingParty" value="PLT"> Plaintiff / Petitioner</label><label><input type="radio" name="filingParty" value="DEF"> Defendant / Respondent</label></fieldset>
</section>
<section class="card"><h2>2. Documents</h2>
<label>Document type * <select name="documentType"><option>Motion</option><option>Response / Opposition</option><option>Notice of appearance</option><option>Stipulation</option></select></label>
<label>Lead document (text-searchable PDF) * <input type="file" name="leadDocument" accept="application/pdf"></label>
<label>Document title * <input name="documentTitle"></label>
<label><input type="checkbox" name="confidential"> Confidential — lodge under seal</label>
<label><input type="checkbox" name="expedite"> Request expedited processing</label>
</section>
<section class="card"><h2>3. Service</h2><p class="muted">Select the service contacts who receive this filing electronically.</p>
<table><thead><tr><th></th><th>Contact</th><th>Role</th></tr></thead><tbody>
<tr data-contact="harmon"><td><input type="checkbox" aria-label="Serve Harmon &amp; Reyes LLP"></td><td>Harmon &amp; Reyes LLP</td><td>Counsel for defendant</td></tr>
<tr data-contact="ag"><td><input type="checkbox" aria-label="Serve Office of the Attorney General"></td><td>Office of the Attorney General</td><td>Interested party</td></tr>
</tbody></table></section>
<section class="card"><h2>4. Fees &amp; submit</h2><p>Filing fee: <strong class="fee">$333.00</strong></p><div class="row"><a href="/filings">Cancel</a><button type="button" class="btn-secondary">Save draft</button><button type="submit" class="btn btn--primary" data-testid="review-submit">Review and submit</button></div></section>
</form>
</main>`,
  'form.sections{max-width:560px}',
);

// 12. Telecom number porting — port-in request
const portV1 = page(
  'New port-in · CarrierHub',
  `<header><strong>CarrierHub</strong><nav><a href="/orders">Orders</a><a href="/port-in">Port-in</a><a href="/inventory">Number inventory</a><a href="/e911">E911</a></nav></header>
<main>
<h1>New port-in request</h1>
<p class="muted">Customer: Brightwater Dental Group · Account 7730-2291</p>
<section class="card"><h2>Numbers to port</h2>
<div class="row"><textarea id="number-input" rows="3" placeholder="One number per line"></textarea><button id="validate-numbers">Validate numbers</button></div>
<table id="numbers"><thead><tr><th>Number</th><th>Current carrier</th><th>Rate center</th><th>Portable</th><th></th></tr></thead><tbody>
<tr><td>+1 480 555 0191</td><td>Lumen</td><td>PHOENIX</td><td><span class="badge">Yes</span></td><td><button class="remove">Remove</button></td></tr>
<tr><td>+1 480 555 0192</td><td>Lumen</td><td>PHOENIX</td><td><span class="badge">Yes</span></td><td><button class="remove">Remove</button></td></tr>
<tr><td>+1 480 555 0177</td><td>Lumen</td><td>SCOTTSDALE</td><td><span class="badge">Check</span></td><td><button class="remove">Remove</button></td></tr>
</tbody></table></section>
<section class="card"><h2>Losing carrier details</h2>
<form id="port-form">
<label>Losing carrier <select name="losing_carrier"><option>Lumen</option><option>Cox Business</option><option>Verizon</option><option>Other</option></select></label>
<label>Account number <input name="account_number"></label>
<label>Port-out PIN <input name="pin" type="password"></label>
<label>Authorized name <input name="auth_name"></label>
<label>Service address <input name="service_address"></label>
<label>Requested FOC date <input type="date" name="foc_date"></label>
<label><input type="checkbox" name="loa_signed"> Signed LOA on file</label>
<div class="row"><button type="submit" class="btn-primary">Submit port request</button><button type="button" id="save-port-draft">Save draft</button></div>
</form></section>
<section class="card"><h2>CSR</h2><p class="muted">Customer service record not requested.</p><button id="request-csr">Request CSR</button></section>
</main>`,
);

const portV2 = edit(portV1, [
  ['</style>', `${SWITCH_CSS}</style>`],
  [
    '<button id="validate-numbers">Validate numbers</button>',
    '<button id="check-portability">Check portability</button>',
  ],
  [
    `<tbody>
<tr><td>+1 480 555 0191</td><td>Lumen</td><td>PHOENIX</td><td><span class="badge">Yes</span></td><td><button class="remove">Remove</button></td></tr>
<tr><td>+1 480 555 0192</td><td>Lumen</td><td>PHOENIX</td><td><span class="badge">Yes</span></td><td><button class="remove">Remove</button></td></tr>
<tr><td>+1 480 555 0177</td><td>Lumen</td><td>SCOTTSDALE</td><td><span class="badge">Check</span></td><td><button class="remove">Remove</button></td></tr>
</tbody>`,
    `<tbody>
<tr><td>+1 480 555 0177</td><td>Lumen</td><td>SCOTTSDALE</td><td><span class="badge">Check</span></td><td><button class="icon-remove" aria-label="Remove +1 480 555 0177">✕</button></td></tr>
<tr><td>+1 480 555 0191</td><td>Lumen</td><td>PHOENIX</td><td><span class="badge">Yes</span></td><td><button class="icon-remove" aria-label="Remove +1 480 555 0191">✕</button></td></tr>
<tr><td>+1 480 555 0192</td><td>Lumen</td><td>PHOENIX</td><td><span class="badge">Yes</span></td><td><button class="icon-remove" aria-label="Remove +1 480 555 0192">✕</button></td></tr>
</tbody>`,
  ],
  [
    '<label>Port-out PIN <input name="pin" type="password"></label>',
    '<label>Transfer PIN / passcode <input name="transfer_pin" type="password"></label>',
  ],
  [
    '<label>Service address <input name="service_address"></label>',
    '<label>Billing telephone number (BTN) <input name="btn"></label>',
  ],
  [
    '<label>Requested FOC date <input type="date" name="foc_date"></label>',
    '<label>Desired due date <input type="date" name="desired_due_date"></label>',
  ],
  [
    '<label><input type="checkbox" name="loa_signed"> Signed LOA on file</label>',
    '<div class="row"><button type="button" role="switch" aria-checked="false" class="switch" id="loa-switch" aria-label="Letter of authorization signed"></button><span>Letter of authorization (LOA) signed</span></div>',
  ],
  [
    '<div class="row"><button type="submit" class="btn-primary">Submit port request</button><button type="button" id="save-port-draft">Save draft</button></div>',
    '<div class="row"><button type="button" id="save-port-draft">Save draft</button></div>',
  ],
  [
    '<section class="card"><h2>CSR</h2><p class="muted">Customer service record not requested.</p><button id="request-csr">Request CSR</button></section>\n</main>',
    '</main>\n<footer class="row"><span>3 numbers · Lumen → CarrierHub</span><button type="submit" form="port-form" class="cta">Submit to carrier</button></footer>',
  ],
]);

// 13. Museum collections management — object record, new CMS
const museumV1 = page(
  '1987.114.3 · Collections (staff)',
  `<header><strong>Collections Online (staff)</strong><nav><a href="/objects">Objects</a><a href="/loans">Loans</a><a href="/exhibitions">Exhibitions</a><a href="/conservation">Conservation</a></nav></header>
<main>
<p class="muted"><a href="/objects">Objects</a> › 1987.114.3</p>
<h1 id="object-title">Tea bowl with hare's-fur glaze</h1>
<div class="tabs row"><a href="#summary" class="tab">Summary</a><a href="#provenance" class="tab">Provenance</a><a href="#condition" class="tab">Condition</a><a href="#rights" class="tab">Rights &amp; reproduction</a></div>
<div class="grid">
<section class="card"><h2>Cataloguing</h2>
<form id="catalogue-form">
<label>Object name <input name="object_name" value="Tea bowl (chawan)"></label>
<label>Maker <input name="maker" value="Unknown, Jian kilns"></label>
<label>Date <input name="date_made" value="Southern Song dynasty, 1127–1279"></label>
<label>Medium <input name="medium" value="Stoneware with iron glaze"></label>
<label>Dimensions <input name="dimensions" value="H 6.8 cm × Diam 12.2 cm"></label>
<label>Department <select name="department"><option>Asian Art</option><option>Decorative Arts</option><option>Antiquities</option></select></label>
<button type="submit">Save record</button>
</form></section>
<section class="card"><h2>Location</h2>
<p>Current: <strong id="current-location">Store B, Bay 4, Shelf 2</strong></p>
<p class="muted">Normal location: Gallery 12, Case 3</p>
<button id="record-move">Record movement</button>
<h3>Movement history</h3>
<table><tbody><tr><td>02 Feb 2024</td><td>Gallery 12 → Store B</td><td>A. Nkemelu</td></tr><tr><td>14 Sep 2021</td><td>Conservation lab → Gallery 12</td><td>S. Farrow</td></tr></tbody></table>
</section></div>
<section class="card"><h2>Images</h2><div class="row"><img src="data:," alt="Tea bowl, three-quarter view" width="120" height="90"><img src="data:," alt="Tea bowl, interior" width="120" height="90"></div><div class="row"><button id="upload-image">Upload image</button><label><input type="checkbox" id="publish-online"> Publish on collections website</label></div></section>
<div class="row"><button id="request-loan">Create loan request</button><button id="deaccession">Start deaccession</button></div>
</main>`,
);

const museumV2 = page(
  "Tea bowl with hare's-fur glaze · Colltrack",
  `<header><strong>Colltrack</strong><nav><a href="/objects">Objects</a><a href="/loans">Loans</a><a href="/exhibitions">Exhibitions</a><a href="/conservation">Conservation</a><a href="/media">Media</a></nav></header>
<main>
<p class="crumbs muted"><a href="/objects">Objects</a> / 1987.114.3</p>
<div class="row object-head"><div><h1>Tea bowl with hare's-fur glaze</h1><p class="muted">1987.114.3 · Asian Art</p></div><div class="row"><button data-testid="move-object">Move object</button><button data-testid="new-loan">New outgoing loan</button></div></div>
<div role="tablist" class="tab-list row"><button role="tab" id="tab-overview" aria-selected="true">Overview</button><button role="tab" id="tab-provenance" aria-selected="false">Provenance</button><button role="tab" id="tab-exhibitions" aria-selected="false">Exhibition history</button><button role="tab" id="tab-condition" aria-selected="false">Condition &amp; conservation</button><button role="tab" id="tab-rights" aria-selected="false">Rights</button></div>
<div class="grid">
<form class="card"><h2>Identification</h2>
<label>Object name <input name="objectName" value="Tea bowl (chawan)"></label>
<label>Artist/maker <input name="creator" value="Unknown, Jian kilns"></label>
<label>Production date <input name="production_date" value="Southern Song dynasty, 1127–1279"></label>
<label>Materials &amp; technique <input name="materials" value="Stoneware with iron glaze"></label>
<label>Dimensions <input name="dimensions_text" value="H 6.8 cm × Diam 12.2 cm"></label>
<button type="submit" class="btn-primary">Save</button>
</form>
<section class="card"><h2>Location</h2><dl><dt>Current</dt><dd class="loc-now">Store B › Bay 4 › Shelf 2</dd><dt>Home location</dt><dd>Gallery 12 › Case 3</dd></dl>
<h3>Movements</h3>
<table><tbody><tr><td>02 Feb 2024</td><td>Gallery 12 → Store B</td><td>A. Nkemelu</td></tr><tr><td>14 Sep 2021</td><td>Conservation lab → Gallery 12</td><td>S. Farrow</td></tr></tbody></table></section>
</div>
<section class="card"><h2>Media</h2><div class="row"><img src="data:," alt="Tea bowl, three-quarter view" width="120" height="90"><img src="data:," alt="Tea bowl, interior" width="120" height="90"></div><div class="row"><button id="request-photo">Request photography</button><span>Visible on website</span><button type="button" role="switch" aria-checked="false" class="switch" id="web-visibility" aria-label="Visible on website"></button></div></section>
</main>`,
  SWITCH_CSS,
);

// 14. Payroll — monthly pay run review
const payV1 = page(
  'Pay run June 2024 · PayrollPro',
  `<header><strong>PayrollPro</strong><nav><a href="/runs">Pay runs</a><a href="/employees">Employees</a><a href="/leave">Leave</a><a href="/filings">Tax filings</a></nav><span class="muted">Northbridge Logistics Ltd</span></header>
<main>
<h1>Pay run — Monthly, June 2024</h1>
<p class="muted">Period 01–30 Jun · Pay date 28 Jun · 5 employees</p>
<div class="grid3"><div class="card"><p class="muted">Gross pay</p><p class="stat" id="gross-total">£19,840.00</p></div><div class="card"><p class="muted">Employer NIC</p><p class="stat">£2,137.74</p></div><div class="card"><p class="muted">Net pay</p><p class="stat" id="net-total">£15,112.58</p></div></div>
<table id="payslips"><thead><tr><th>Employee</th><th>Tax code</th><th>Gross</th><th>PAYE</th><th>NI</th><th>Pension</th><th>Net</th><th></th></tr></thead><tbody>
<tr><td>Akhtar, Samira</td><td>1257L</td><td>£4,250.00</td><td>£598.60</td><td>£238.64</td><td>£170.00</td><td>£3,242.76</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Doyle, Conor</td><td>1257L</td><td>£3,100.00</td><td>£368.60</td><td>£146.64</td><td>£124.00</td><td>£2,460.76</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Fernandes, Rui</td><td>BR</td><td>£1,240.00</td><td>£248.00</td><td>£0.00</td><td>£49.60</td><td>£942.40</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Kowalska, Ewa</td><td>1257L</td><td>£5,600.00</td><td>£1,138.60</td><td>£328.64</td><td>£224.00</td><td>£3,908.76</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Mbeki, Thandi</td><td>1100L</td><td>£5,650.00</td><td>£1,221.40</td><td>£332.64</td><td>£226.00</td><td>£3,869.96</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
</tbody></table>
<div class="row"><button id="add-adjustment">Add one-off payment</button><button id="recalculate">Recalculate</button></div>
<section class="card"><h2>Approval</h2><label>Approver note <textarea name="approver_note" rows="2" cols="50"></textarea></label><div class="row"><button class="btn-primary" id="approve-run">Approve pay run</button><button id="download-bacs">Download BACS file</button></div></section>
</main>`,
  '.stat{font-size:20px;font-weight:bold;margin:4px 0}',
);

const payV2 = edit(payV1, [
  ['· 5 employees', '· 6 employees (1 starter)'],
  ['<p class="stat" id="gross-total">', '<p class="stat" data-testid="kpi-gross">'],
  [
    `<tbody>
<tr><td>Akhtar, Samira</td><td>1257L</td><td>£4,250.00</td><td>£598.60</td><td>£238.64</td><td>£170.00</td><td>£3,242.76</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Doyle, Conor</td><td>1257L</td><td>£3,100.00</td><td>£368.60</td><td>£146.64</td><td>£124.00</td><td>£2,460.76</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Fernandes, Rui</td><td>BR</td><td>£1,240.00</td><td>£248.00</td><td>£0.00</td><td>£49.60</td><td>£942.40</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Kowalska, Ewa</td><td>1257L</td><td>£5,600.00</td><td>£1,138.60</td><td>£328.64</td><td>£224.00</td><td>£3,908.76</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
<tr><td>Mbeki, Thandi</td><td>1100L</td><td>£5,650.00</td><td>£1,221.40</td><td>£332.64</td><td>£226.00</td><td>£3,869.96</td><td><a href="#" class="payslip">Payslip</a> <button class="hold">Hold</button></td></tr>
</tbody>`,
    `<tbody>
<tr><td>Akhtar, Samira</td><td>1257L</td><td>£4,250.00</td><td>£598.60</td><td>£238.64</td><td>£170.00</td><td>£3,242.76</td><td><button class="preview-payslip">Preview</button> <button class="pause-pay">Pause pay</button></td></tr>
<tr><td>Doyle, Conor</td><td>1257L</td><td>£3,100.00</td><td>£368.60</td><td>£146.64</td><td>£124.00</td><td>£2,460.76</td><td><button class="preview-payslip">Preview</button> <button class="pause-pay">Pause pay</button></td></tr>
<tr><td>Ellis, Jordan <span class="badge">Starter</span></td><td>1257L M1</td><td>£1,450.00</td><td>£38.60</td><td>£22.64</td><td>£0.00</td><td>£1,388.76</td><td><button class="preview-payslip">Preview</button> <button class="pause-pay">Pause pay</button></td></tr>
<tr><td>Fernandes, Rui</td><td>BR</td><td>£1,240.00</td><td>£248.00</td><td>£0.00</td><td>£49.60</td><td>£942.40</td><td><button class="preview-payslip">Preview</button> <button class="pause-pay">Pause pay</button></td></tr>
<tr><td>Kowalska, Ewa</td><td>1257L</td><td>£5,600.00</td><td>£1,138.60</td><td>£328.64</td><td>£224.00</td><td>£3,908.76</td><td><button class="preview-payslip">Preview</button> <button class="pause-pay">Pause pay</button></td></tr>
<tr><td>Mbeki, Thandi</td><td>1100L</td><td>£5,650.00</td><td>£1,221.40</td><td>£332.64</td><td>£226.00</td><td>£3,869.96</td><td><button class="preview-payslip">Preview</button> <button class="pause-pay">Pause pay</button></td></tr>
</tbody>`,
  ],
  [
    '<button id="add-adjustment">Add one-off payment</button><button id="recalculate">Recalculate</button>',
    '<button id="add-adhoc">Add ad-hoc pay item</button><button id="import-timesheets">Import timesheets</button>',
  ],
  [
    '<label>Approver note <textarea name="approver_note" rows="2" cols="50"></textarea></label>',
    '<label>Comment for approver <textarea name="note" rows="2" cols="50"></textarea></label>',
  ],
  [
    '<button class="btn-primary" id="approve-run">Approve pay run</button><button id="download-bacs">Download BACS file</button>',
    '<button class="btn-primary" id="submit-for-approval">Send for approval</button><span class="muted">The bank file is submitted automatically once approved.</span>',
  ],
]);

// 15. Fleet telematics — live fleet, split list/detail rebuild
const fleetV1 = page(
  'Live fleet · FleetSense',
  `<header><strong>FleetSense</strong><nav><a href="/live">Live map</a><a href="/vehicles">Vehicles</a><a href="/drivers">Drivers</a><a href="/alerts">Alerts</a><a href="/reports">Reports</a></nav></header>
<main>
<h1>Live fleet</h1>
<div class="row"><label>Depot <select id="depot"><option>All depots</option><option>Leeds</option><option>Wakefield</option><option>Bradford</option></select></label><input id="reg-search" placeholder="Registration"><label><input type="checkbox" id="show-idle"> Show idle vehicles</label></div>
<table id="vehicles"><thead><tr><th>Reg</th><th>Driver</th><th>Status</th><th>Speed</th><th>Last update</th><th></th></tr></thead><tbody>
<tr><td>YK21 HBV</td><td>P. Sandhu</td><td><span class="badge">Moving</span></td><td>48 mph</td><td>12 s ago</td><td><button class="track">Track</button> <a href="/trips/YK21HBV" class="trips">Trips</a></td></tr>
<tr><td>YJ70 ODL</td><td>K. Walsh</td><td><span class="badge">Idle</span></td><td>0 mph</td><td>2 min ago</td><td><button class="track">Track</button> <a href="/trips/YJ70ODL" class="trips">Trips</a></td></tr>
<tr><td>YC19 FMA</td><td>—</td><td><span class="badge">Parked</span></td><td>0 mph</td><td>1 h ago</td><td><button class="track">Track</button> <a href="/trips/YC19FMA" class="trips">Trips</a></td></tr>
<tr><td>YE22 TRX</td><td>M. Osei</td><td><span class="badge">Moving</span></td><td>61 mph</td><td>8 s ago</td><td><button class="track">Track</button> <a href="/trips/YE22TRX" class="trips">Trips</a></td></tr>
</tbody></table>
<div class="grid">
<section class="card" id="vehicle-panel"><h2>YK21 HBV — Ford Transit Custom</h2><p>Odometer 84,112 mi · Fuel 62% · Next service 90,000 mi</p><div class="row"><button id="msg-driver">Message driver</button><button id="immobilise" class="danger">Immobilise</button></div><label><input type="checkbox" id="geofence-alerts" checked> Alert when leaving depot geofence</label></section>
<section class="card"><h2>Alerts</h2><ul id="alerts"><li>Harsh braking — YE22 TRX, A64 <button class="ack">Acknowledge</button></li><li>Speeding 71 in 60 — YE22 TRX, M62 <button class="ack">Acknowledge</button></li><li>Idling 25 min — YJ70 ODL, Wakefield <button class="ack">Acknowledge</button></li></ul></section>
</div>
</main>`,
);

const fleetV2 = page(
  'Live · FleetSense',
  `<header><strong>FleetSense</strong><nav><a href="/live">Live</a><a href="/vehicles">Vehicles</a><a href="/drivers">Drivers</a><a href="/alerts">Alerts</a><a href="/reports">Reports</a></nav></header>
<main class="split">
<div class="list-pane">
<h1>Live fleet <span class="badge">4 vehicles</span></h1>
<div class="row"><select name="depot" aria-label="Depot"><option>All depots</option><option>Leeds</option><option>Wakefield</option><option>Bradford</option></select><input type="search" name="vrm" placeholder="Search VRM or driver"></div>
<div class="row"><button class="chip" aria-pressed="true">Moving (2)</button><button class="chip" aria-pressed="false">Idle (1)</button><button class="chip" aria-pressed="false">Parked (1)</button></div>
<article class="veh" data-vrm="YE22TRX"><strong>YE22 TRX</strong> <span class="badge">Moving · 61 mph</span><p class="muted">M. Osei · 8 s ago</p><button class="follow">Follow on map</button></article>
<article class="veh" data-vrm="YK21HBV"><strong>YK21 HBV</strong> <span class="badge">Moving · 48 mph</span><p class="muted">P. Sandhu · 12 s ago</p><button class="follow">Follow on map</button></article>
<article class="veh" data-vrm="YJ70ODL"><strong>YJ70 ODL</strong> <span class="badge">Idle</span><p class="muted">K. Walsh · 2 min ago</p><button class="follow">Follow on map</button></article>
<article class="veh" data-vrm="YC19FMA"><strong>YC19 FMA</strong> <span class="badge">Parked</span><p class="muted">Unassigned · 1 h ago</p><button class="follow">Follow on map</button></article>
</div>
<div class="detail-pane">
<section class="card"><h2>YK21 HBV</h2><p class="muted">Ford Transit Custom · Leeds depot</p><p>84,112 mi · Fuel 62% · Service due at 90,000 mi</p><div class="row"><button class="icon-btn" aria-label="Message driver">✉</button><button id="share-location">Share location</button></div><div class="row"><span>Depot geofence alerts</span><button type="button" role="switch" aria-checked="true" class="switch" id="geofence-switch" aria-label="Depot geofence alerts"></button></div></section>
<section class="card"><h2>Alerts</h2><table><thead><tr><th>Severity</th><th>Event</th><th>Vehicle</th><th></th></tr></thead><tbody>
<tr data-alert="spd-771"><td><span class="badge">High</span></td><td>Speeding 71 in 60, M62</td><td>YE22 TRX</td><td><button class="ack-btn">Acknowledge</button></td></tr>
<tr data-alert="hb-769"><td><span class="badge">Medium</span></td><td>Harsh braking, A64</td><td>YE22 TRX</td><td><button class="ack-btn">Acknowledge</button></td></tr>
<tr data-alert="idle-772"><td><span class="badge">Low</span></td><td>Idling 25 min, Wakefield</td><td>YJ70 ODL</td><td><button class="ack-btn">Acknowledge</button></td></tr>
</tbody></table></section>
</div>
</main>`,
  `${SWITCH_CSS}.split{display:grid;grid-template-columns:1fr 1fr;gap:16px}.veh{border:1px solid #ddd;padding:8px;margin:6px 0}.chip{border-radius:14px}`,
);

// 16. Mobile banking — home screen (phone)
const bankV1 = page(
  'Home · Fernleaf Bank',
  `<header><button aria-label="Open menu" id="menu">☰</button><strong>Fernleaf Bank</strong><button id="notif" aria-label="Notifications">🔔</button></header>
<main>
<section class="card" id="current-acct"><p class="muted">Everyday Current ··4821</p><p class="balance" id="balance">£2,418.56</p><p class="muted">Available £2,918.56 incl. overdraft</p>
<div class="row"><button id="btn-pay">Pay</button><button id="btn-transfer">Transfer</button><button id="btn-card">Card</button></div></section>
<h2>Recent transactions</h2>
<ul id="txns">
<li><span>Tesco Express</span><span class="amt">−£12.40</span></li>
<li><span>Salary — Harwood Ltd</span><span class="amt">+£2,650.00</span></li>
<li><span>TfL Travel</span><span class="amt">−£8.10</span></li>
<li><span>Pret A Manger</span><span class="amt">−£6.45</span></li>
</ul>
<a href="/transactions" id="see-all">See all transactions</a>
<section class="card"><h2>Savings pots</h2><p>Holiday <strong>£640.00</strong> of £1,200</p><button id="add-to-pot">Add money</button></section>
<section class="card"><h2>Quick settings</h2><label><input type="checkbox" id="freeze-card"> Freeze debit card</label><br><label><input type="checkbox" id="gambling-block"> Block gambling payments</label></section>
</main>
<nav class="tabbar"><a href="/home">Home</a><a href="/payments">Payments</a><a href="/cards">Cards</a><a href="/help">Help</a></nav>`,
  `${PHONE_CSS}.tabbar{justify-content:space-around}.balance{font-size:28px;font-weight:bold;margin:4px 0}#txns,#activity{list-style:none;padding:0}#txns li,#activity li{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}`,
);

const bankV2 = edit(bankV1, [
  [
    '</style>',
    `${SWITCH_CSS}.setting{display:flex;justify-content:space-between;align-items:center;padding:6px 0}</style>`,
  ],
  ['<p class="balance" id="balance">', '<p class="balance balance-amount">'],
  [
    '<div class="row"><button id="btn-pay">Pay</button><button id="btn-transfer">Transfer</button><button id="btn-card">Card</button></div>',
    '<div class="row quick-actions"><button data-testid="qa-send" aria-label="Send money">↗ Send</button><button data-testid="qa-move" aria-label="Move money">⇄ Move</button><button data-testid="qa-topup" aria-label="Add money">＋ Add</button></div>',
  ],
  ['<h2>Recent transactions</h2>', '<h2>Activity</h2>'],
  [
    '<ul id="txns">',
    '<ul id="activity">\n<li class="pending"><span>Uber Eats · pending</span><span class="amt">−£18.20</span></li>',
  ],
  [
    '<a href="/transactions" id="see-all">See all transactions</a>',
    '<a href="/transactions" class="link-more">View all</a>',
  ],
  ['<button id="add-to-pot">Add money</button>', '<button class="pot-add">Top up pot</button>'],
  [
    '<label><input type="checkbox" id="freeze-card"> Freeze debit card</label><br><label><input type="checkbox" id="gambling-block"> Block gambling payments</label>',
    '<div class="setting"><span>Freeze card</span><button type="button" role="switch" aria-checked="false" class="switch" id="freeze-toggle" aria-label="Freeze card"></button></div>',
  ],
]);

// 17. Fitness class booking (phone), rebuilt app
const gymV1 = page(
  'Book a class · Pulse Studios',
  `<header><strong>Pulse Studios</strong><span class="badge" id="credits">8 credits left</span></header>
<main>
<h1>Book a class</h1>
<div role="tablist" class="days row"><button role="tab" id="day-mon" aria-selected="true">Mon 10</button><button role="tab" id="day-tue" aria-selected="false">Tue 11</button><button role="tab" id="day-wed" aria-selected="false">Wed 12</button><button role="tab" id="day-thu" aria-selected="false">Thu 13</button></div>
<p><label>Studio <select id="studio"><option>All studios</option><option>Shoreditch</option><option>Canary Wharf</option></select></label></p>
<ul class="classes">
<li class="class-item"><div><strong>06:30 Reformer Pilates</strong><p class="muted">Shoreditch · with Aisha · 50 min</p></div><button class="book">Book</button></li>
<li class="class-item"><div><strong>07:15 HIIT Burn</strong><p class="muted">Canary Wharf · with Dom · 45 min</p></div><button class="book">Book</button></li>
<li class="class-item full"><div><strong>12:30 Spin 45</strong><p class="muted">Shoreditch · with Lena · Full</p></div><button class="waitlist">Join waitlist</button></li>
<li class="class-item"><div><strong>18:00 Vinyasa Flow</strong><p class="muted">Shoreditch · with Marco · 60 min</p></div><button class="book">Book</button></li>
<li class="class-item"><div><strong>19:15 Boxing Fundamentals</strong><p class="muted">Canary Wharf · with Jay · 45 min</p></div><button class="book">Book</button></li>
</ul>
<a href="/timetable.pdf" id="pdf-timetable">Download timetable (PDF)</a>
</main>
<nav class="bottom"><a href="/classes">Classes</a><a href="/bookings">My bookings</a><a href="/membership">Membership</a><a href="/profile">Profile</a></nav>`,
  `${PHONE_CSS}.classes{list-style:none;padding:0}.class-item{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding:6px 0}.bottom{justify-content:space-around}`,
);

const gymV2 = page(
  'Classes · Pulse',
  `<header class="top"><strong>Pulse</strong><span class="credit-pill">8 credits</span><a href="/profile" aria-label="Profile">👤</a></header>
<main>
<h1>Classes</h1>
<div class="row date-strip"><button class="date-chip" data-date="2024-06-10" aria-pressed="true">Mon<br>10</button><button class="date-chip" data-date="2024-06-11" aria-pressed="false">Tue<br>11</button><button class="date-chip" data-date="2024-06-12" aria-pressed="false">Wed<br>12</button><button class="date-chip" data-date="2024-06-13" aria-pressed="false">Thu<br>13</button><button class="date-chip" data-date="2024-06-14" aria-pressed="false">Fri<br>14</button></div>
<p><label>Location <select name="location"><option>All locations</option><option>Shoreditch</option><option>Canary Wharf</option></select></label></p>
<div class="class-list">
<article class="class-card" data-class-id="ref-0630"><p class="muted">06:30 · 50 min</p><h3>Reformer Pilates</h3><p class="muted">Aisha · Shoreditch</p><button class="btn-book">Reserve</button></article>
<article class="class-card" data-class-id="hiit-0715"><p class="muted">07:15 · 45 min</p><h3>HIIT Burn</h3><p class="muted">Dom · Canary Wharf</p><button class="btn-book">Reserve</button></article>
<article class="class-card" data-class-id="spin-1230"><p class="muted">12:30 · 45 min · Full</p><h3>Spin 45</h3><p class="muted">Lena · Shoreditch</p><button class="btn-waitlist">Join waitlist</button></article>
<article class="class-card" data-class-id="mob-1730"><p class="muted">17:30 · 30 min</p><h3>Mobility &amp; Stretch</h3><p class="muted">Aisha · Canary Wharf</p><button class="btn-book">Reserve</button></article>
<article class="class-card" data-class-id="vin-1800"><p class="muted">18:00 · 60 min</p><h3>Vinyasa Flow</h3><p class="muted">Marco · Shoreditch</p><button class="btn-book">Reserve</button></article>
<article class="class-card" data-class-id="box-1915"><p class="muted">19:15 · 45 min</p><h3>Boxing Fundamentals</h3><p class="muted">Jay · Canary Wharf</p><button class="btn-book">Reserve</button></article>
</div>
</main>
<nav class="tabbar"><a href="/classes" aria-current="page">Classes</a><a href="/me/bookings">Bookings</a><a href="/shop">Shop</a><a href="/profile">Profile</a></nav>`,
  `${PHONE_CSS}.class-card{border:1px solid #e3e3e3;border-radius:8px;padding:8px 10px;margin:8px 0}.class-card h3{margin:2px 0}.credit-pill{background:#111;color:#fff;border-radius:12px;padding:2px 8px}.tabbar{justify-content:space-around}`,
);

// 18. Property management — maintenance work order
const woV1 = page(
  'WO-10388 · Keystone PM',
  `<header><strong>Keystone PM</strong><nav><a href="/dashboard">Dashboard</a><a href="/properties">Properties</a><a href="/workorders">Work orders</a><a href="/vendors">Vendors</a><a href="/tenants">Tenants</a></nav></header>
<main>
<p class="muted"><a href="/workorders">Work orders</a> / WO-10388</p>
<h1>WO-10388 · Leaking kitchen faucet</h1>
<p>Maple Court Apartments, Unit 3B · Reported by tenant Jerome Watts on 03 Jun 2024</p>
<div class="grid">
<section class="card"><h2>Details</h2>
<form id="wo-form">
<label>Status <select name="status"><option>New</option><option selected>Assigned</option><option>In progress</option><option>On hold</option><option>Completed</option></select></label>
<label>Priority <select name="priority"><option>Low</option><option selected>Normal</option><option>High</option><option>Emergency</option></select></label>
<label>Category <select name="category"><option>Plumbing</option><option>Electrical</option><option>HVAC</option><option>Appliance</option></select></label>
<label>Vendor <select name="vendor"><option>— In-house technician —</option><option selected>Rapid Rooter Plumbing</option><option>Summit Mechanical</option></select></label>
<label>Not-to-exceed amount <input name="nte" value="250.00"></label>
<label><input type="checkbox" name="entry_permission" checked> Permission to enter</label>
<button type="submit" class="save">Save changes</button>
</form></section>
<section class="card"><h2>Tenant</h2><p>Jerome Watts<br>(503) 555-0178</p><button id="call-tenant">Call</button>
<h2>Photos</h2><div class="row"><a href="/p/1">IMG_2041.jpg</a><a href="/p/2">IMG_2042.jpg</a></div></section>
</div>
<section class="card"><h2>Activity</h2>
<ol id="activity"><li>03 Jun 09:14 — Created via tenant portal</li><li>03 Jun 11:02 — Assigned to Rapid Rooter Plumbing</li></ol>
<label>Comment <textarea id="comment-box" rows="3" cols="60"></textarea></label>
<label><input type="checkbox" id="notify-tenant"> Also notify tenant</label>
<div class="row"><button id="post-comment">Post comment</button></div>
</section>
<div class="row"><button id="schedule-visit" class="btn-primary">Schedule visit</button><button id="close-wo">Close work order</button></div>
</main>`,
);

const woV2 = edit(woV1, [
  [
    '<label>Priority <select name="priority"><option>Low</option><option selected>Normal</option><option>High</option><option>Emergency</option></select></label>',
    '<label>Due date <input type="date" name="due_date" value="2024-06-07"></label>',
  ],
  ['<label>Vendor <select name="vendor">', '<label>Assigned to <select name="assignee">'],
  [
    '<label>Not-to-exceed amount <input name="nte" value="250.00"></label>',
    '<label>Approval limit (NTE) <input name="approval_limit" value="250.00"></label>',
  ],
  [
    '<button type="submit" class="save">Save changes</button>',
    '<button type="submit" class="btn-save">Save</button>',
  ],
  [
    '<button id="call-tenant">Call</button>',
    '<a href="tel:+15035550178" class="tenant-phone">Call tenant</a>',
  ],
  ['<label>Comment <textarea id="comment-box"', '<label>Message <textarea name="message"'],
  [
    '<label><input type="checkbox" id="notify-tenant"> Also notify tenant</label>',
    '<fieldset class="row"><legend>Visibility</legend><label><input type="radio" name="visibility" value="internal" checked> Internal note</label><label><input type="radio" name="visibility" value="tenant"> Visible to tenant</label></fieldset>',
  ],
  ['<button id="post-comment">Post comment</button>', '<button id="send-message">Send</button>'],
  [
    '<div class="row"><button id="schedule-visit" class="btn-primary">Schedule visit</button><button id="close-wo">Close work order</button></div>',
    '<div class="row"><button id="book-appointment" class="btn-primary">Book appointment</button></div>',
  ],
]);

// 19. Clinical lab — specimen accessioning, new LIMS front end
const limsV1 = page(
  'Accession specimen · LabTrack LIMS',
  `<header><strong>LabTrack LIMS</strong><nav><a href="/accession">Accessioning</a><a href="/worklists">Worklists</a><a href="/results">Results</a><a href="/qc">QC</a></nav><span class="muted">Bench: Central receiving</span></header>
<main>
<h1>Accession specimen</h1>
<div class="row"><label>Requisition # <input id="req-scan" placeholder="Scan barcode"></label><button id="lookup-req">Look up</button></div>
<div class="grid">
<section class="card"><h2>Patient</h2>
<label>Last name <input name="last_name" value="Okafor"></label>
<label>First name <input name="first_name" value="Chidi"></label>
<label>DOB <input name="dob" type="date" value="1979-04-22"></label>
<label>Ordering provider <input name="provider" value="Dr. H. Lindqvist"></label>
</section>
<section class="card"><h2>Tests ordered</h2>
<label><input type="checkbox" name="test" value="CBC" checked> CBC with differential</label><br>
<label><input type="checkbox" name="test" value="CMP" checked> Comprehensive metabolic panel</label><br>
<label><input type="checkbox" name="test" value="LIPID"> Lipid panel</label><br>
<label><input type="checkbox" name="test" value="A1C"> Hemoglobin A1c</label><br>
<label><input type="checkbox" name="test" value="TSH"> TSH</label>
</section></div>
<section class="card"><h2>Specimen</h2>
<div class="row"><label>Specimen type <select name="specimen_type"><option>Whole blood (EDTA)</option><option>Serum (SST)</option><option>Urine</option></select></label><label>Collected <input type="datetime-local" name="collected_at"></label><label>Tubes <input type="number" name="tube_count" value="2"></label></div>
<label><input type="checkbox" id="fasting"> Patient fasting</label>
</section>
<div class="row"><button id="accession-btn" class="btn-primary">Accession</button><button id="print-labels">Print labels</button><button id="reject-specimen">Reject specimen…</button></div>
</main>`,
);

const limsV2 = page(
  'Receive specimen · LabTrack',
  `<header><strong>LabTrack</strong><nav><a href="/receive">Receiving</a><a href="/worklists">Worklists</a><a href="/results">Results</a><a href="/qc">QC</a><a href="/storage">Storage</a></nav><span class="muted">Central receiving · bench 2</span></header>
<main>
<div class="row"><h1>Receive specimen</h1><span class="badge">Queue: 17</span></div>
<p><label>Requisition / order # <input name="requisition" placeholder="Scan or type, then Enter" size="30"></label></p>
<div class="grid">
<section class="card"><h2>Patient &amp; order</h2>
<label>Family name <input name="familyName" value="Okafor"></label>
<label>Given name <input name="givenName" value="Chidi"></label>
<label>Date of birth <input name="birthDate" type="date" value="1979-04-22"></label>
<label>Ordering clinician <input name="orderingClinician" value="Dr. H. Lindqvist"></label>
</section>
<section class="card"><h2>Orderables</h2>
<label><input type="checkbox" name="orderables" value="58410-2" checked> CBC w/ auto diff <span class="muted">58410-2</span></label><br>
<label><input type="checkbox" name="orderables" value="24323-8" checked> CMP <span class="muted">24323-8</span></label><br>
<label><input type="checkbox" name="orderables" value="57698-3"> Lipid panel <span class="muted">57698-3</span></label><br>
<label><input type="checkbox" name="orderables" value="4548-4"> HbA1c <span class="muted">4548-4</span></label><br>
<label><input type="checkbox" name="orderables" value="3016-3"> TSH <span class="muted">3016-3</span></label>
</section></div>
<section class="card"><h2>Container</h2>
<div class="row"><label>Container / specimen <select name="container"><option>Lavender top — EDTA whole blood</option><option>Gold top — SST serum</option><option>Sterile cup — urine</option></select></label><label>Collection date/time <input type="datetime-local" name="collection_datetime"></label><label>Tube count <input type="number" name="tubes" value="2"></label></div>
<label><input type="checkbox" id="hemolyzed"> Hemolyzed on receipt</label>
</section>
<div class="row"><button data-testid="receive" class="btn-primary">Receive &amp; accession</button><button class="icon-btn" title="Print tube labels" aria-label="Print tube labels">🏷</button><button id="reject-specimen">Reject…</button></div>
</main>`,
);

// 20. Customs import declaration — freight forwarder
const customsV1 = page(
  'Import declaration SHP-55120 · BorderLink',
  `<header><strong>BorderLink</strong><nav><a href="/shipments">Shipments</a><a href="/declarations">Declarations</a><a href="/tariff">Tariff lookup</a><a href="/guarantees">Guarantees</a></nav></header>
<main>
<h1>Import declaration — SHP-55120</h1>
<p class="muted">Sea freight · MSCU 4419082 · Felixstowe · ETA 17 Jun 2024</p>
<section class="card"><h2>Header</h2><div class="grid">
<label>Importer EORI <input name="importer_eori" value="GB123456789000"></label>
<label>Declarant <input name="declarant" value="BorderLink Forwarding Ltd"></label>
<label>Incoterm <select name="incoterm"><option>FOB</option><option selected>CIF</option><option>DAP</option><option>DDP</option></select></label>
<label>Procedure code <input name="cpc" value="4000 000"></label>
<label>Port of entry <select name="port"><option>Felixstowe (GBFXT)</option><option>Southampton (GBSOU)</option><option>London Gateway (GBLGP)</option></select></label>
<label>Invoice currency <select name="currency"><option>USD</option><option>EUR</option><option>CNY</option></select></label>
</div></section>
<section class="card"><h2>Goods items</h2>
<table id="goods"><thead><tr><th>#</th><th>Commodity code</th><th>Description</th><th>Origin</th><th>Net mass (kg)</th><th>Value</th><th></th></tr></thead><tbody>
<tr><td>1</td><td>8516 60 10 00</td><td>Induction hobs</td><td>CN</td><td>1,240</td><td>$18,600</td><td><a href="#" class="edit-item">Edit</a></td></tr>
<tr><td>2</td><td>8418 10 20 00</td><td>Fridge-freezers</td><td>CN</td><td>3,880</td><td>$41,200</td><td><a href="#" class="edit-item">Edit</a></td></tr>
<tr><td>3</td><td>8450 11 11 00</td><td>Washing machines</td><td>TR</td><td>2,150</td><td>$22,950</td><td><a href="#" class="edit-item">Edit</a></td></tr>
</tbody></table>
<div class="row"><button id="add-item">Add goods item</button><button id="import-invoice">Import from invoice (CSV)</button></div>
</section>
<section class="card"><h2>Documents</h2><ul><li>Commercial invoice INV-88120.pdf</li><li>Bill of lading MSCU4419082.pdf</li></ul><button id="attach-doc">Attach document</button></section>
<div class="row"><button id="calc-duties">Calculate duties</button><button class="btn-primary" id="submit-cds">Submit to CDS</button></div>
</main>`,
);

const customsV2 = edit(customsV1, [
  [
    '<label>Importer EORI <input name="importer_eori"',
    '<label>Importer EORI number <input name="importerEori"',
  ],
  [
    '<label>Incoterm <select name="incoterm">',
    '<label>Delivery terms (Incoterms® 2020) <select name="delivery_terms">',
  ],
  [
    '<label>Procedure code <input name="cpc" value="4000 000">',
    '<label>Customs procedure code (CPC) <input name="procedure_code" value="4000 000">',
  ],
  [
    '<label>Invoice currency <select name="currency"><option>USD</option><option>EUR</option><option>CNY</option></select></label>',
    '<label>Valuation method <select name="valuation_method"><option>1 — Transaction value</option><option>2 — Identical goods</option><option>6 — Fall-back</option></select></label>',
  ],
  [
    `<tbody>
<tr><td>1</td><td>8516 60 10 00</td><td>Induction hobs</td><td>CN</td><td>1,240</td><td>$18,600</td><td><a href="#" class="edit-item">Edit</a></td></tr>
<tr><td>2</td><td>8418 10 20 00</td><td>Fridge-freezers</td><td>CN</td><td>3,880</td><td>$41,200</td><td><a href="#" class="edit-item">Edit</a></td></tr>
<tr><td>3</td><td>8450 11 11 00</td><td>Washing machines</td><td>TR</td><td>2,150</td><td>$22,950</td><td><a href="#" class="edit-item">Edit</a></td></tr>
</tbody>`,
    `<tbody>
<tr><td>2</td><td>8418 10 20 00</td><td>Fridge-freezers</td><td>CN</td><td>3,880</td><td>USD 41,200</td><td><button class="item-edit" aria-label="Edit item 2">✎</button></td></tr>
<tr><td>3</td><td>8450 11 11 00</td><td>Washing machines</td><td>TR</td><td>2,150</td><td>USD 22,950</td><td><button class="item-edit" aria-label="Edit item 3">✎</button></td></tr>
<tr><td>1</td><td>8516 60 10 00</td><td>Induction hobs</td><td>CN</td><td>1,240</td><td>USD 18,600</td><td><button class="item-edit" aria-label="Edit item 1">✎</button></td></tr>
</tbody>`,
  ],
  ['<th>Value</th>', '<th>Value ▼</th>'],
  [
    '<div class="row"><button id="add-item">Add goods item</button><button id="import-invoice">Import from invoice (CSV)</button></div>',
    '<div class="row"><button id="add-goods-line">+ Add item</button></div>',
  ],
  [
    '<button id="calc-duties">Calculate duties</button>',
    '<button id="estimate-duty">Estimate duty &amp; VAT</button>',
  ],
  [
    '<button class="btn-primary" id="submit-cds">Submit to CDS</button>',
    '<button class="btn-primary" id="lodge-declaration">Lodge declaration</button>',
  ],
]);

// 21. School gradebook — teacher view, rebuilt
const gradeV1 = page(
  '9B Science · Gradebook',
  `<header><strong>Gradebook</strong><nav><a href="/classes">My classes</a><a href="/attendance">Attendance</a><a href="/gradebook">Gradebook</a><a href="/reports">Report cards</a></nav><span class="muted">Ms. Adeyemi · Room 114</span></header>
<main>
<h1>Year 9 Science — 9B</h1>
<div class="row"><label>Class <select id="class-select"><option>9B Science</option><option>9D Science</option><option>11A Chemistry</option></select></label><label>Term <select id="term-select"><option>Autumn</option><option selected>Spring</option><option>Summer</option></select></label><button id="add-assignment">Add assignment</button></div>
<table id="grades"><thead><tr><th>Student</th><th>Forces quiz</th><th>Lab report: circuits</th><th>Mid-term test</th><th>Average</th></tr></thead><tbody>
<tr><td>Ali, Hamza</td><td><input name="g-1-1" value="14/20" size="6"></td><td><input name="g-1-2" value="B" size="6"></td><td><input name="g-1-3" value="62%" size="6"></td><td>B−</td></tr>
<tr><td>Brooks, Ellie</td><td><input name="g-2-1" value="18/20" size="6"></td><td><input name="g-2-2" value="A" size="6"></td><td><input name="g-2-3" value="81%" size="6"></td><td>A</td></tr>
<tr><td>Chowdhury, Rina</td><td><input name="g-3-1" value="16/20" size="6"></td><td><input name="g-3-2" value="B+" size="6"></td><td><input name="g-3-3" value="74%" size="6"></td><td>B+</td></tr>
<tr><td>Dunn, Kieran</td><td><input name="g-4-1" value="11/20" size="6"></td><td><input name="g-4-2" value="C" size="6"></td><td><input name="g-4-3" value="55%" size="6"></td><td>C+</td></tr>
</tbody></table>
<section class="card"><h2>Comment for Brooks, Ellie</h2><textarea id="student-comment" rows="3" cols="60"></textarea><br><label><input type="checkbox" id="share-parent"> Share with parents/guardians</label></section>
<div class="row"><button class="btn-primary" id="publish">Publish grades</button><button id="export-sis">Export to SIS</button><button id="email-parents">Email parents</button></div>
</main>`,
);

const gradeV2 = page(
  'Grades · 9B Science',
  `<header><strong>Gradebook</strong><nav><a href="/classes">Classes</a><a href="/attendance">Attendance</a><a href="/gradebook" aria-current="page">Grades</a><a href="/reports">Reports</a></nav><span class="muted">Ms. Adeyemi</span></header>
<main>
<div class="row"><h1>9B Science</h1><span class="badge">Spring term</span></div>
<div class="toolbar row"><label>Section <select name="section"><option>9B Science</option><option>9D Science</option><option>11A Chemistry</option></select></label><label>Category <select name="category"><option>All categories</option><option>Homework</option><option>Tests</option><option>Practicals</option></select></label><button data-testid="new-assessment">New assessment</button></div>
<table class="gradebook"><thead><tr><th>Student</th><th>Forces quiz</th><th>Circuits practical</th><th>Mid-term test</th><th>Overall</th></tr></thead><tbody>
<tr><th scope="row">Ali, Hamza</th><td><input data-student="s-1031" data-assessment="forces" value="14/20" size="6" aria-label="Ali, Hamza – Forces quiz"></td><td><input data-student="s-1031" data-assessment="circuits" value="B" size="6" aria-label="Ali, Hamza – Circuits practical"></td><td><input data-student="s-1031" data-assessment="midterm" value="62%" size="6" aria-label="Ali, Hamza – Mid-term test"></td><td>B−</td></tr>
<tr><th scope="row">Brooks, Ellie</th><td><input data-student="s-1042" data-assessment="forces" value="18/20" size="6" aria-label="Brooks, Ellie – Forces quiz"></td><td><input data-student="s-1042" data-assessment="circuits" value="A" size="6" aria-label="Brooks, Ellie – Circuits practical"></td><td><input data-student="s-1042" data-assessment="midterm" value="81%" size="6" aria-label="Brooks, Ellie – Mid-term test"></td><td>A</td></tr>
<tr><th scope="row">Chowdhury, Rina</th><td><input data-student="s-1057" data-assessment="forces" value="16/20" size="6" aria-label="Chowdhury, Rina – Forces quiz"></td><td><input data-student="s-1057" data-assessment="circuits" value="B+" size="6" aria-label="Chowdhury, Rina – Circuits practical"></td><td><input data-student="s-1057" data-assessment="midterm" value="74%" size="6" aria-label="Chowdhury, Rina – Mid-term test"></td><td>B+</td></tr>
<tr><th scope="row">Dunn, Kieran</th><td><input data-student="s-1063" data-assessment="forces" value="11/20" size="6" aria-label="Dunn, Kieran – Forces quiz"></td><td><input data-student="s-1063" data-assessment="circuits" value="C" size="6" aria-label="Dunn, Kieran – Circuits practical"></td><td><input data-student="s-1063" data-assessment="midterm" value="55%" size="6" aria-label="Dunn, Kieran – Mid-term test"></td><td>C+</td></tr>
</tbody></table>
<section class="card"><h2>Feedback · Brooks, Ellie</h2><textarea name="feedback" rows="3" cols="60"></textarea><div class="row"><span>Visible to guardians</span><button type="button" role="switch" aria-checked="false" class="switch" id="guardian-visible" aria-label="Visible to guardians"></button></div></section>
<div class="row"><button class="btn-release">Release to students</button><button id="sync-sis">Sync to SIS</button></div>
</main>`,
  SWITCH_CSS,
);

// 22. Restaurant host stand — tonight's reservations
const hostV1 = page(
  'Tonight · HostStand',
  `<header><strong>HostStand</strong><nav><a href="/tonight">Tonight</a><a href="/floor">Floor plan</a><a href="/guests">Guests</a><a href="/shifts">Shifts</a></nav><span class="muted">Osteria Lume · Fri 14 Jun</span></header>
<main>
<h1>Tonight's reservations</h1>
<div class="row"><span class="badge">Covers booked: 86</span><span class="badge" id="waitlist-count">Waitlist: 3</span><input id="res-search" placeholder="Guest name or phone"></div>
<table id="reservations"><thead><tr><th>Time</th><th>Guest</th><th>Party</th><th>Table</th><th>Notes</th><th></th></tr></thead><tbody>
<tr><td>18:00</td><td>Nakamura</td><td>2</td><td>T4</td><td>Anniversary</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>18:15</td><td>Oduya</td><td>4</td><td>T11</td><td>High chair</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>18:30</td><td>Fitzgerald</td><td>6</td><td>T20+21</td><td>Nut allergy</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>18:30</td><td>Lam</td><td>2</td><td>Bar 3</td><td></td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>19:00</td><td>Rossi</td><td>3</td><td>T7</td><td>Regular — prefers window</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
</tbody></table>
<section class="card"><h2>Walk-in / waitlist</h2>
<form id="walkin-form">
<input name="guest_name" placeholder="Name">
<label>Party size <select name="party_size"><option>1</option><option selected>2</option><option>3</option><option>4</option><option>5</option><option>6+</option></select></label>
<input name="phone" placeholder="Mobile">
<label><input type="checkbox" name="sms_ready"> Text when table is ready</label>
<button type="submit" id="add-waitlist">Add to waitlist</button>
</form></section>
<div class="row"><button id="print-sheet">Print covers sheet</button><a href="/floor" id="open-floor">Open floor plan</a></div>
</main>`,
);

const hostV2 = edit(hostV1, [
  [
    '<span class="badge" id="waitlist-count">Waitlist: 3</span>',
    '<span class="badge queue-count">Queue: 3</span>',
  ],
  [
    '<input id="res-search" placeholder="Guest name or phone">',
    '<input type="search" name="q" placeholder="Search guests">',
  ],
  [
    `<tbody>
<tr><td>18:00</td><td>Nakamura</td><td>2</td><td>T4</td><td>Anniversary</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>18:15</td><td>Oduya</td><td>4</td><td>T11</td><td>High chair</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>18:30</td><td>Fitzgerald</td><td>6</td><td>T20+21</td><td>Nut allergy</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>18:30</td><td>Lam</td><td>2</td><td>Bar 3</td><td></td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
<tr><td>19:00</td><td>Rossi</td><td>3</td><td>T7</td><td>Regular — prefers window</td><td><button class="seat">Seat</button> <button class="noshow">No-show</button></td></tr>
</tbody>`,
    `<tbody>
<tr><td>18:00</td><td>Nakamura</td><td>2</td><td>T4</td><td>Anniversary</td><td><button class="btn-seat">Seat now</button> <button class="icon-text" aria-label="Text Nakamura">💬</button></td></tr>
<tr><td>18:00</td><td>Quinn</td><td>2</td><td>T5</td><td></td><td><button class="btn-seat">Seat now</button> <button class="icon-text" aria-label="Text Quinn">💬</button></td></tr>
<tr><td>18:15</td><td>Oduya</td><td>4</td><td>T11</td><td>High chair</td><td><button class="btn-seat">Seat now</button> <button class="icon-text" aria-label="Text Oduya">💬</button></td></tr>
<tr><td>18:30</td><td>Fitzgerald</td><td>6</td><td>T20+21</td><td>Nut allergy</td><td><button class="btn-seat">Seat now</button> <button class="icon-text" aria-label="Text Fitzgerald">💬</button></td></tr>
<tr><td>18:30</td><td>Lam</td><td>2</td><td>Bar 3</td><td></td><td><button class="btn-seat">Seat now</button> <button class="icon-text" aria-label="Text Lam">💬</button></td></tr>
<tr><td>19:00</td><td>Rossi</td><td>3</td><td>T7</td><td>Regular — prefers window</td><td><button class="btn-seat">Seat now</button> <button class="icon-text" aria-label="Text Rossi">💬</button></td></tr>
</tbody>`,
  ],
  ['<h2>Walk-in / waitlist</h2>', '<h2>Walk-ins</h2>'],
  [
    '<label>Party size <select name="party_size"><option>1</option><option selected>2</option><option>3</option><option>4</option><option>5</option><option>6+</option></select></label>',
    '<label>Covers <input type="number" name="covers" min="1" max="20" value="2"></label>',
  ],
  [
    '<label><input type="checkbox" name="sms_ready"> Text when table is ready</label>',
    '<label><input type="checkbox" name="notify_sms"> SMS guest when ready</label>',
  ],
  [
    '<button type="submit" id="add-waitlist">Add to waitlist</button>',
    '<button type="submit" class="btn-primary">Add to queue</button>',
  ],
  ['<button id="print-sheet">Print covers sheet</button>', ''],
]);

// 23. Grant application review — reviewer scoring form, rebuilt
const grantV1 = page(
  'Review GA-2024-0173 · GrantDesk',
  `<header><strong>GrantDesk</strong><nav><a href="/assigned">Assigned to me</a><a href="/panels">Panels</a><a href="/guidelines">Guidelines</a></nav><span class="muted">Reviewer: Dr. F. Almeida</span></header>
<main>
<h1>Review: Community Water Literacy Program</h1>
<p class="muted">Application GA-2024-0173 · Applicant: Riverbend Youth Trust · Requested $148,500 over 2 years</p>
<div class="grid">
<section class="card"><h2>Application materials</h2><ul><li><a href="/a/0173/narrative.pdf" id="narrative-link">Project narrative (12 pp)</a></li><li><a href="/a/0173/budget.xlsx">Budget workbook</a></li><li><a href="/a/0173/letters.pdf">Letters of support (4)</a></li></ul></section>
<section class="card"><h2>Budget summary</h2><table><tbody><tr><td>Personnel</td><td>$92,000</td></tr><tr><td>Materials</td><td>$21,300</td></tr><tr><td>Evaluation</td><td>$14,800</td></tr><tr><td>Indirect (15%)</td><td>$20,400</td></tr></tbody></table></section>
</div>
<form id="review-form" class="card">
<label><input type="checkbox" name="coi_none"> I have no conflict of interest with this applicant</label>
<label>Significance (1–5) <select name="score_significance"><option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select></label>
<label>Approach (1–5) <select name="score_approach"><option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select></label>
<label>Organizational capacity (1–5) <select name="score_capacity"><option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select></label>
<label>Strengths <textarea name="strengths" rows="3"></textarea></label>
<label>Weaknesses <textarea name="weaknesses" rows="3"></textarea></label>
<fieldset><legend>Recommendation</legend><label><input type="radio" name="rec" value="fund"> Fund</label><label><input type="radio" name="rec" value="conditional"> Fund with conditions</label><label><input type="radio" name="rec" value="decline"> Do not fund</label></fieldset>
<div class="row"><button type="submit" class="btn-primary">Submit review</button><button type="button" id="save-review">Save and finish later</button></div>
</form>
</main>`,
);

const grantV2 = page(
  'Community Water Literacy Program · GrantDesk',
  `<header><strong>GrantDesk</strong><nav><a href="/assigned">My reviews</a><a href="/panels">Panels</a><a href="/guidelines">Reviewer guide</a></nav><span class="muted">Dr. F. Almeida</span></header>
<main>
<aside class="card"><h3>Application files</h3><ul><li><a href="/a/0173/narrative.pdf">Narrative</a></li><li><a href="/a/0173/budget.xlsx">Budget</a></li><li><a href="/a/0173/letters.pdf">Support letters</a></li></ul>
<h3>Budget</h3><table><tbody><tr><td>Personnel</td><td>$92,000</td></tr><tr><td>Materials</td><td>$21,300</td></tr><tr><td>Evaluation</td><td>$14,800</td></tr><tr><td>Indirect</td><td>$20,400</td></tr></tbody></table></aside>
<h1>Community Water Literacy Program</h1>
<p class="muted">GA-2024-0173 · Riverbend Youth Trust · $148,500 / 24 months</p>
<form class="review card">
<label><input type="checkbox" id="coi-attest"> I confirm I have no conflicts of interest with this applicant or its staff</label>
<table class="rubric"><thead><tr><th>Criterion</th><th>Score (1–5)</th></tr></thead><tbody>
<tr><td>Significance</td><td><input type="number" min="1" max="5" name="significance_score"></td></tr>
<tr><td>Approach &amp; feasibility</td><td><input type="number" min="1" max="5" name="approach_score"></td></tr>
<tr><td>Equity &amp; inclusion</td><td><input type="number" min="1" max="5" name="equity_score"></td></tr>
</tbody></table>
<label>Strengths <textarea name="strengths" rows="3"></textarea></label>
<label>Concerns / risks <textarea name="concerns" rows="3"></textarea></label>
<fieldset><legend>Overall recommendation</legend><label><input type="radio" name="recommendation" value="fund"> Fund</label><label><input type="radio" name="recommendation" value="fund_conditions"> Fund with conditions</label><label><input type="radio" name="recommendation" value="no_fund"> Do not fund</label></fieldset>
<div class="row"><span class="muted">All changes saved</span><button type="submit" class="btn btn--primary" data-testid="submit-review">Submit to panel</button></div>
</form>
</main>`,
);

// 24. Parking enforcement — civil enforcement officer handheld (phone)
const pcnV1 = page(
  'New PCN · CEO Handheld',
  `<header><a href="/round" id="back" aria-label="Back">‹</a><strong>CEO Handheld</strong><span class="badge" id="officer">CEO 0417</span></header>
<main>
<h1>New PCN</h1>
<p class="muted">Beat 7 · Zone CPZ-K · 14:22</p>
<form id="pcn-form">
<label>VRM <input name="vrm" id="vrm" autocapitalize="characters"></label>
<button type="button" id="check-permit">Check permits</button>
<label>Make <select name="make"><option>Ford</option><option>Vauxhall</option><option>Volkswagen</option><option>Toyota</option><option>Other</option></select></label>
<label>Colour <select name="colour"><option>Black</option><option>White</option><option>Silver</option><option>Blue</option><option>Red</option></select></label>
<label>Street <select name="street"><option>Kingsland Road</option><option>Dalston Lane</option><option>Ridley Road</option></select></label>
<label>Contravention <select name="code"><option>01 — Restricted street during prescribed hours</option><option>12 — Resident bay without permit</option><option>30 — Longer than permitted</option><option>40 — Disabled bay without badge</option></select></label>
<div class="row"><button type="button" id="start-obs">Start observation</button><span id="obs-timer">00:00</span></div>
<label><input type="checkbox" name="driver_present"> Driver present / drove away</label>
<label>Notes <textarea name="notes" rows="2"></textarea></label>
<div class="row"><button type="button" id="take-photo">Take photo (0)</button><button type="button" id="add-voice">Voice note</button></div>
<button type="submit" class="btn-primary" id="issue-pcn">Issue PCN</button>
<a href="/round" id="cancel-pcn">Cancel</a>
</form>
</main>`,
  PHONE_CSS,
);

const pcnV2 = edit(pcnV1, [
  ['</style>', `${SWITCH_CSS}</style>`],
  [
    '<label>VRM <input name="vrm" id="vrm" autocapitalize="characters"></label>\n<button type="button" id="check-permit">Check permits</button>',
    '<div class="row"><label>Vehicle registration <input name="registration" autocapitalize="characters"></label><button type="button" class="icon-btn" aria-label="Check permits and exemptions">🔍</button></div>',
  ],
  [
    '<label>Make <select name="make"><option>Ford</option><option>Vauxhall</option><option>Volkswagen</option><option>Toyota</option><option>Other</option></select></label>',
    '<p class="muted">Make/model (DVLA): —</p>',
  ],
  [
    '<label>Contravention <select name="code">',
    '<label>Contravention code <select name="contravention_code">',
  ],
  [
    '<button type="button" id="start-obs">Start observation</button>',
    '<button type="button" id="obs-start">Start obs timer</button>',
  ],
  [
    '<label><input type="checkbox" name="driver_present"> Driver present / drove away</label>',
    '<div class="row"><span>Driver present</span><button type="button" role="switch" aria-checked="false" class="switch" id="driver-switch" aria-label="Driver present"></button></div>',
  ],
  [
    '<button type="button" id="add-voice">Voice note</button>',
    '<button type="button" id="add-video">Video</button>',
  ],
  [
    '<button type="submit" class="btn-primary" id="issue-pcn">Issue PCN</button>',
    '<button type="submit" class="btn-primary" id="serve-pcn">Serve PCN</button>',
  ],
]);

export const BLIND14_PAIRS: readonly PagePair[] = [
  {
    name: 'insurance claim workbench: decision form relabelled, line items re-sorted',
    v1: claimV1,
    v2: claimV2,
    targets: [
      {
        selector: 'button.btn-primary',
        expect: '[data-testid="decision-submit"]',
        change: 'submit relabelled to "Send for approval", class and test id changed',
      },
      {
        selector: '#save-draft',
        expect: '#save-decision-draft',
        change: 'id renamed, label "Save as draft"',
      },
      {
        selector: 'tbody tr:nth-child(2) .edit-line',
        expect: 'button[aria-label="Edit Body labor 6.5 h"]',
        change: 'rows sorted by category; text button became icon button with aria-label',
      },
      { selector: 'input[name="siu_referral"]', expect: '#siu-toggle', change: 'checkbox became a switch' },
      {
        selector: 'select[name="reason_code"]',
        expect: 'select[name="decision_reason"]',
        change: 'renamed and relabelled "Decision reason"',
      },
      {
        selector: '#status-badge',
        expect: '.status-pill',
        change: 'badge restyled, id dropped, text "In review"',
      },
      {
        selector: '#request-docs',
        expect: null,
        change: 'request documents replaced by "Upload documents" in the same slot',
      },
      { selector: '#add-line', expect: null, change: 'line items made read-only; add button removed' },
    ],
  },
  {
    name: 'hospital pharmacy verification queue: table migrated to order cards',
    v1: rxV1,
    v2: rxV2,
    targets: [
      {
        selector: '#unit-filter',
        expect: '[data-testid="unit-select"]',
        change: 'id dropped for test id, label moved to aria-label',
      },
      { selector: '#stat-only', expect: '[data-testid="stat-toggle"]', change: 'checkbox became a switch' },
      { selector: '#queue-search', expect: 'input[name="q"]', change: 'id dropped, placeholder widened' },
      {
        selector: 'tbody tr:nth-child(2) .verify',
        expect: '[data-testid="order-00399120"] .btn-approve',
        change: 'rows became cards in a new order; "Verify" relabelled "Approve"',
      },
      {
        selector: 'tbody tr:nth-child(3) td:nth-child(4)',
        expect: '[data-testid="order-00511873"] .drug',
        change: 'medication cell became a card heading',
      },
      {
        selector: '#override-interaction',
        expect: '[data-testid="interaction-override"]',
        change: 'relabelled "Override…", id replaced by test id',
      },
      { selector: '#refresh-queue', expect: null, change: 'manual refresh removed; queue is live' },
      {
        selector: '#call-prescriber',
        expect: null,
        change: '"Page prescriber" replaced by "Add clinical note" in the same slot',
      },
    ],
  },
  {
    name: 'airline crew roster: rank tabs to segmented radios, rows sorted by block hours',
    v1: rosterV1,
    v2: rosterV2,
    targets: [
      {
        selector: '#tab-fo',
        expect: 'input[name="rank"][value="fo"]',
        change: 'tabs became a radio segmented control with abbreviations (F/O)',
      },
      {
        selector: '#export-roster',
        expect: 'a.download-link',
        change: 'export button moved to header as a "Download .csv" link',
      },
      {
        selector: 'select[name="fleet"]',
        expect: 'select[name="aircraft_type"]',
        change: 'renamed and relabelled "Aircraft type"',
      },
      {
        selector: 'tbody tr:nth-child(3) .swap',
        expect: 'tbody tr:nth-child(4) .swap-btn',
        change: 'rows re-sorted; swap link became "Request swap" button',
      },
      {
        selector: 'button[data-pairing="P-4471"]',
        expect: 'button[data-pairing-id="P-4471"]',
        change: 'data attribute renamed, label "Assign crew"',
      },
      {
        selector: '#legality-report',
        expect: '#ftl-report',
        change: 'relabelled "FTL compliance report", new id and href',
      },
      {
        selector: '#run-legality',
        expect: null,
        change: 're-run button replaced by "Subscribe to alerts" in the same slot',
      },
      {
        selector: 'button[data-pairing="P-4502"]',
        expect: null,
        change: 'pairing P-4502 no longer unassigned; P-4519 appears in its place',
      },
    ],
  },
  {
    name: 'broadcast playout schedule: rebuilt grid, inserted slot, pulled programme',
    v1: playoutV1,
    v2: playoutV2,
    targets: [
      {
        selector: '#publish-epg',
        expect: '[data-testid="epg-send"]',
        change: 'relabelled "Send to EPG", id replaced by test id',
      },
      { selector: '#channel', expect: '#channel-picker', change: 'id renamed' },
      {
        selector: 'tbody tr:nth-child(4) td.title',
        expect: 'tr[data-slot="2000"] .prog-name',
        change: 'new row inserted above; title cell class renamed',
      },
      {
        selector: 'tbody tr:nth-child(2) .lock',
        expect: 'button[aria-label="Lock 18:30 Garden Rescue S4E2"]',
        change: 'lock became an icon button; rows shifted',
      },
      {
        selector: 'a.compliance',
        expect: '#run-compliance',
        change: 'link became a button "Run Ofcom checks"',
      },
      {
        selector: 'h2.breaks-title',
        expect: '#breaks-heading',
        change: 'heading relabelled "Commercial breaks"',
      },
      { selector: '#auto-fill', expect: null, change: 'auto-fill removed' },
      {
        selector: 'tbody tr:nth-child(5) .replace',
        expect: null,
        change: 'that programme was pulled; a different programme now occupies the 21:00 slot',
      },
    ],
  },
  {
    name: 'veterinary patient record: vaccination list to table, alerts banner',
    v1: vetV1,
    v2: vetV2,
    targets: [
      {
        selector: '.allergy-flag',
        expect: '.alert-chip',
        change: 'allergy badge moved to an alerts row and restyled',
      },
      {
        selector: 'input[name="weight_kg"]',
        expect: 'input[name="weight"]',
        change: 'renamed; unit select added next to it',
      },
      {
        selector: '#soap-notes',
        expect: 'textarea[name="clinical_notes"]',
        change: 'id dropped, relabelled "Clinical notes (SOAP)"',
      },
      {
        selector: '#book-followup',
        expect: '[data-testid="schedule-recheck"]',
        change: 'relabelled "Schedule recheck"',
      },
      {
        selector: '#vax-list li:nth-child(2) .mark-given',
        expect: 'tr[data-vaccine="lepto"] .record-dose',
        change: 'list became a table re-sorted by due date; "Mark given" → "Record dose"',
      },
      {
        selector: '#print-rx',
        expect: 'button[title="Print prescription"]',
        change: 'became an icon-only button',
      },
      { selector: '#email-owner', expect: null, change: 'email replaced by "Text owner" in the same slot' },
      { selector: '#verify-coverage', expect: null, change: 'insurance section removed' },
    ],
  },
  {
    name: 'library circulation desk: UK "issue" terminology, loans sorted by due date',
    v1: libV1,
    v2: libV2,
    targets: [
      {
        selector: '#patron-barcode',
        expect: 'input[name="patron_id"]',
        change: 'relabelled "Library card", id dropped',
      },
      { selector: '#item-barcode', expect: '#scan-item', change: 'id renamed' },
      { selector: 'button.checkout', expect: 'button.issue-btn', change: '"Check out" relabelled "Issue"' },
      {
        selector: 'tbody tr:nth-child(1) .renew',
        expect: '#loans tbody tr:nth-child(3) .renew-link',
        change: 'rows sorted by due date; renew became a link',
      },
      { selector: '#fines-total', expect: '.charges-amount', change: 'fines renamed "charges", id dropped' },
      {
        selector: '#waive-fine',
        expect: '[data-action="waive"]',
        change: 'relabelled "Waive charges" and moved after payment',
      },
      {
        selector: '#print-receipt',
        expect: null,
        change: 'print receipt replaced by "Email receipt" in the same slot',
      },
      { selector: '#add-note', expect: null, change: 'desk notes section removed' },
    ],
  },
  {
    name: 'meter reading handheld (phone): rebuilt app with chips and sticky submit',
    v1: meterV1,
    v2: meterV2,
    targets: [
      { selector: '#reading-input', expect: '#kwh', change: 'renamed, relabelled "Register reading"' },
      {
        selector: 'select[name="read_type"]',
        expect: 'select[name="readType"]',
        change: 'renamed, relabelled "Source"',
      },
      { selector: 'input[name="photo_taken"]', expect: '#photo-switch', change: 'checkbox became a switch' },
      {
        selector: 'button.btn-primary',
        expect: '[data-testid="submit-read"]',
        change: '"Save reading" → "Submit read" in sticky footer',
      },
      {
        selector: 'button[data-reason="dog"]',
        expect: 'button[data-code="DOG"]',
        change: 'reason buttons became chips with codes; "Dog on premises"',
      },
      { selector: '#next-stop', expect: 'a.next', change: 'relabelled "Next ›", id dropped' },
      {
        selector: '#leave-card',
        expect: null,
        change: 'calling card replaced by "Call customer" in the same slot',
      },
      { selector: '#route-map', expect: null, change: 'route map link removed from the stop navigation' },
    ],
  },
  {
    name: 'construction site diary: renamed fields, H&S card repurposed for permits',
    v1: diaryV1,
    v2: diaryV2,
    targets: [
      {
        selector: 'select[name="weather"]',
        expect: 'select[name="weather_conditions"]',
        change: 'renamed, relabelled "Weather"',
      },
      {
        selector: 'input[name="work_stopped"]',
        expect: 'input[name="weather_delay"]',
        change: 'renamed, relabelled "Weather delay (lost time)"',
      },
      {
        selector: 'input[name="ops_brightline"]',
        expect: 'input[name="operatives[brightline]"]',
        change: 'array-style names; a new contractor row inserted above',
      },
      {
        selector: '#add-contractor',
        expect: '#add-contractor-row',
        change: 'id renamed, label "+ Contractor"',
      },
      {
        selector: 'textarea[name="activities"]',
        expect: 'textarea[name="work_progress"]',
        change: 'renamed, section "Work carried out"',
      },
      {
        selector: '#sign-off',
        expect: 'button.btn-submit',
        change: 'sign-off became "Submit for PM approval"',
      },
      { selector: '#copy-yesterday', expect: null, change: 'copy-from-yesterday removed' },
      {
        selector: 'select[name="incidents"]',
        expect: null,
        change: 'incidents select replaced by a "Permits to work" select in the same card slot',
      },
    ],
  },
  {
    name: 'recruiting pipeline: kanban board replaced by a table with stage tabs',
    v1: hireV1,
    v2: hireV2,
    targets: [
      {
        selector: '#add-candidate',
        expect: '[data-testid="new-candidate"]',
        change: 'relabelled "New candidate", test id',
      },
      { selector: '#candidate-search', expect: 'input[name="q"]', change: 'id dropped, search type' },
      { selector: '#job-select', expect: 'select[name="requisition"]', change: 'id dropped for name' },
      {
        selector: '[data-id="c-8801"] .advance',
        expect: 'tr[data-candidate="c-8801"] .move-next',
        change: 'card became table row; "Advance" → "Move to Onsite"',
      },
      {
        selector: '[data-id="c-8820"] .reject',
        expect: 'tr[data-candidate="c-8820"] .decline',
        change: 'card became table row; "Reject" → "Decline"',
      },
      { selector: '#col-screen h2', expect: '#stage-screen', change: 'column heading became a stage tab' },
      { selector: '#bulk-email', expect: null, change: 'bulk email replaced by "Export" in the same slot' },
      { selector: '.scorecard', expect: null, change: 'scorecard link not shown in list view' },
    ],
  },
  {
    name: 'wine cellar inventory: table to cards, summary trimmed',
    v1: cellarV1,
    v2: cellarV2,
    targets: [
      { selector: '#region-filter', expect: 'select[name="region"]', change: 'id dropped for name' },
      {
        selector: '#ready-only',
        expect: '#ready-switch',
        change: 'checkbox became a switch "In drinking window"',
      },
      { selector: '#add-wine', expect: '#add-bottles', change: 'id renamed, relabelled "Add to cellar"' },
      {
        selector: 'tbody tr:nth-child(3) .drink',
        expect: 'article[data-wine="ardanza-2015"] .consume',
        change: 'row became card; "Drink one" → "Log a bottle"',
      },
      {
        selector: 'tbody tr:nth-child(4) .move',
        expect: 'article[data-wine="struie-2018"] .relocate',
        change: 'row became card; "Move" → "Move bin"',
      },
      { selector: '#total-value', expect: '.summary-value', change: 'id dropped, relabelled "Cellar value"' },
      {
        selector: '#print-bin-labels',
        expect: null,
        change: 'print labels replaced by "Export bin map" in the same slot',
      },
      { selector: '#insurance-report', expect: null, change: 'insurance report link removed' },
    ],
  },
  {
    name: 'court e-filing: single form split into numbered sections, service list to table',
    v1: efileV1,
    v2: efileV2,
    targets: [
      {
        selector: 'input[name="case_number"]',
        expect: '#case-no',
        change: 'camelCase name, required marker',
      },
      {
        selector: 'select[name="filing_type"]',
        expect: 'select[name="documentType"]',
        change: 'relabelled "Document type", moved to Documents section',
      },
      {
        selector: 'input[name="party"][value="defendant"]',
        expect: 'input[name="filingParty"][value="DEF"]',
        change: 'radio renamed with codes, "Defendant / Respondent"',
      },
      {
        selector: 'input[name="sealed"]',
        expect: 'input[name="confidential"]',
        change: 'relabelled "Confidential — lodge under seal"',
      },
      {
        selector: 'input[name="serve"][value="ag"]',
        expect: 'tr[data-contact="ag"] input[type="checkbox"]',
        change: 'service checkboxes moved into a table',
      },
      {
        selector: 'button.btn-primary',
        expect: '[data-testid="review-submit"]',
        change: '"Submit filing" → "Review and submit", new class',
      },
      {
        selector: 'input[name="fee_waiver"]',
        expect: null,
        change: 'fee waiver checkbox replaced by "Request expedited processing"',
      },
      { selector: '#fee-schedule', expect: null, change: 'fee schedule link removed' },
    ],
  },
  {
    name: 'telecom port-in request: renamed fields, submit moved to footer',
    v1: portV1,
    v2: portV2,
    targets: [
      {
        selector: '#validate-numbers',
        expect: '#check-portability',
        change: 'relabelled "Check portability"',
      },
      {
        selector: 'tbody tr:nth-child(2) .remove',
        expect: 'button[aria-label="Remove +1 480 555 0192"]',
        change: 'rows sorted; remove became an icon button',
      },
      {
        selector: 'input[name="pin"]',
        expect: 'input[name="transfer_pin"]',
        change: 'relabelled "Transfer PIN / passcode"',
      },
      {
        selector: 'input[name="foc_date"]',
        expect: 'input[name="desired_due_date"]',
        change: 'jargon changed: FOC date → desired due date',
      },
      {
        selector: 'input[name="loa_signed"]',
        expect: '#loa-switch',
        change: 'checkbox became a switch, LOA spelled out',
      },
      {
        selector: 'button.btn-primary',
        expect: 'footer button.cta',
        change: 'moved into a sticky footer as "Submit to carrier"',
      },
      {
        selector: 'input[name="service_address"]',
        expect: null,
        change: 'service address replaced by BTN input in the same slot',
      },
      { selector: '#request-csr', expect: null, change: 'CSR section removed' },
    ],
  },
  {
    name: 'museum object record: new collections CMS, tabs as buttons, publish toggle',
    v1: museumV1,
    v2: museumV2,
    targets: [
      {
        selector: 'input[name="maker"]',
        expect: 'input[name="creator"]',
        change: 'relabelled "Artist/maker"',
      },
      {
        selector: 'input[name="date_made"]',
        expect: 'input[name="production_date"]',
        change: 'relabelled "Production date"',
      },
      {
        selector: '#record-move',
        expect: '[data-testid="move-object"]',
        change: 'moved to header actions as "Move object"',
      },
      {
        selector: '.tabs a:nth-child(3)',
        expect: '#tab-condition',
        change: 'link tabs became role=tab buttons; a tab inserted before; "Condition & conservation"',
      },
      {
        selector: '#publish-online',
        expect: '#web-visibility',
        change: 'checkbox became a switch "Visible on website"',
      },
      { selector: '#current-location', expect: '.loc-now', change: 'location moved into a definition list' },
      { selector: '#deaccession', expect: null, change: 'deaccession action removed from the record page' },
      {
        selector: '#upload-image',
        expect: null,
        change: 'upload replaced by "Request photography" in the same slot',
      },
    ],
  },
  {
    name: 'payroll pay run: starter row inserted, approval flow changed',
    v1: payV1,
    v2: payV2,
    targets: [
      { selector: '#gross-total', expect: '[data-testid="kpi-gross"]', change: 'id replaced by test id' },
      {
        selector: 'tbody tr:nth-child(2) .payslip',
        expect: 'tbody tr:nth-child(2) .preview-payslip',
        change: 'payslip link became "Preview" button',
      },
      {
        selector: 'tbody tr:nth-child(4) .hold',
        expect: 'tbody tr:nth-child(5) .pause-pay',
        change: 'new starter row shifts rows; "Hold" → "Pause pay"',
      },
      { selector: '#add-adjustment', expect: '#add-adhoc', change: 'relabelled "Add ad-hoc pay item"' },
      { selector: '#approve-run', expect: '#submit-for-approval', change: 'relabelled "Send for approval"' },
      {
        selector: 'textarea[name="approver_note"]',
        expect: 'textarea[name="note"]',
        change: 'relabelled "Comment for approver"',
      },
      {
        selector: '#recalculate',
        expect: null,
        change: 'recalculate replaced by "Import timesheets" in the same slot',
      },
      { selector: '#download-bacs', expect: null, change: 'bank file download removed (auto-submitted)' },
    ],
  },
  {
    name: 'fleet telematics: table to list/detail split, alerts to severity table',
    v1: fleetV1,
    v2: fleetV2,
    targets: [
      { selector: '#depot', expect: 'select[name="depot"]', change: 'id dropped, label moved to aria-label' },
      { selector: '#reg-search', expect: 'input[name="vrm"]', change: 'search by VRM or driver' },
      {
        selector: 'tbody tr:nth-child(4) .track',
        expect: 'article[data-vrm="YE22TRX"] .follow',
        change: 'row became card sorted first; "Track" → "Follow on map"',
      },
      {
        selector: '#msg-driver',
        expect: 'button[aria-label="Message driver"]',
        change: 'became an icon button',
      },
      { selector: '#geofence-alerts', expect: '#geofence-switch', change: 'checkbox became a switch' },
      {
        selector: '#alerts li:nth-child(2) .ack',
        expect: 'tr[data-alert="spd-771"] .ack-btn',
        change: 'alerts list became a table sorted by severity',
      },
      {
        selector: '#immobilise',
        expect: null,
        change: 'immobilise replaced by "Share location" in the same slot',
      },
      { selector: 'tbody tr:nth-child(2) .trips', expect: null, change: 'per-vehicle trips link removed' },
    ],
  },
  {
    name: 'mobile banking home (phone): quick actions renamed, activity list',
    v1: bankV1,
    v2: bankV2,
    targets: [
      { selector: '#btn-pay', expect: '[data-testid="qa-send"]', change: '"Pay" → "Send" icon quick action' },
      {
        selector: '#btn-transfer',
        expect: '[data-testid="qa-move"]',
        change: '"Transfer" → "Move" icon quick action',
      },
      { selector: '#balance', expect: '.balance-amount', change: 'id dropped' },
      {
        selector: '#txns li:nth-child(3) .amt',
        expect: '#activity li:nth-child(4) .amt',
        change: 'list renamed "Activity"; pending item inserted at top',
      },
      { selector: '#see-all', expect: 'a.link-more', change: 'relabelled "View all"' },
      { selector: '#freeze-card', expect: '#freeze-toggle', change: 'checkbox became a switch' },
      {
        selector: '#btn-card',
        expect: null,
        change: 'card quick action replaced by "Add" (add money) in the same slot',
      },
      { selector: '#gambling-block', expect: null, change: 'gambling block setting removed from home' },
    ],
  },
  {
    name: 'fitness class booking (phone): rebuilt app, date chips, class cards',
    v1: gymV1,
    v2: gymV2,
    targets: [
      { selector: '#credits', expect: '.credit-pill', change: 'badge restyled, "8 credits"' },
      {
        selector: '#day-tue',
        expect: 'button[data-date="2024-06-11"]',
        change: 'day tabs became date chips',
      },
      { selector: '#studio', expect: 'select[name="location"]', change: 'relabelled "Location"' },
      {
        selector: '.classes li:nth-child(4) .book',
        expect: '[data-class-id="vin-1800"] .btn-book',
        change: 'list became cards; class inserted before; "Book" → "Reserve"',
      },
      { selector: '.waitlist', expect: '.btn-waitlist', change: 'class renamed' },
      {
        selector: 'nav.bottom a:nth-child(2)',
        expect: 'a[href="/me/bookings"]',
        change: 'bottom nav rebuilt; "My bookings" → "Bookings"',
      },
      { selector: '#pdf-timetable', expect: null, change: 'PDF timetable link removed' },
      {
        selector: 'nav.bottom a:nth-child(3)',
        expect: null,
        change: 'Membership tab replaced by "Shop" in the same position',
      },
    ],
  },
  {
    name: 'property maintenance work order: priority replaced by due date, comment visibility',
    v1: woV1,
    v2: woV2,
    targets: [
      {
        selector: 'input[name="nte"]',
        expect: 'input[name="approval_limit"]',
        change: 'relabelled "Approval limit (NTE)"',
      },
      { selector: 'button.save', expect: 'button.btn-save', change: 'class renamed, label "Save"' },
      {
        selector: '#call-tenant',
        expect: 'a.tenant-phone',
        change: 'button became a tel: link "Call tenant"',
      },
      { selector: '#comment-box', expect: 'textarea[name="message"]', change: 'relabelled "Message"' },
      {
        selector: '#notify-tenant',
        expect: 'input[name="visibility"][value="tenant"]',
        change: 'checkbox became a visibility radio group',
      },
      { selector: '#schedule-visit', expect: '#book-appointment', change: 'relabelled "Book appointment"' },
      {
        selector: 'select[name="priority"]',
        expect: null,
        change: 'priority select replaced by a due date input in the same slot',
      },
      { selector: '#close-wo', expect: null, change: 'close button removed (completion via status)' },
    ],
  },
  {
    name: 'lab specimen accessioning: new LIMS front end with LOINC orderables',
    v1: limsV1,
    v2: limsV2,
    targets: [
      {
        selector: '#req-scan',
        expect: 'input[name="requisition"]',
        change: 'relabelled "Requisition / order #"',
      },
      {
        selector: 'input[name="test"][value="A1C"]',
        expect: 'input[name="orderables"][value="4548-4"]',
        change: 'test codes replaced by LOINC codes; "HbA1c"',
      },
      {
        selector: 'select[name="specimen_type"]',
        expect: 'select[name="container"]',
        change: 'relabelled "Container / specimen"',
      },
      {
        selector: 'input[name="collected_at"]',
        expect: 'input[name="collection_datetime"]',
        change: 'renamed, "Collection date/time"',
      },
      {
        selector: '#accession-btn',
        expect: '[data-testid="receive"]',
        change: 'relabelled "Receive & accession"',
      },
      {
        selector: '#print-labels',
        expect: 'button[title="Print tube labels"]',
        change: 'became an icon-only button',
      },
      {
        selector: '#fasting',
        expect: null,
        change: 'fasting checkbox replaced by "Hemolyzed on receipt" in the same slot',
      },
      { selector: '#lookup-req', expect: null, change: 'look-up button removed (lookup on scan)' },
    ],
  },
  {
    name: 'customs import declaration: goods re-sorted by value, CDS wording',
    v1: customsV1,
    v2: customsV2,
    targets: [
      {
        selector: 'input[name="importer_eori"]',
        expect: 'input[name="importerEori"]',
        change: 'camelCase name, "EORI number"',
      },
      {
        selector: 'select[name="incoterm"]',
        expect: 'select[name="delivery_terms"]',
        change: 'relabelled "Delivery terms (Incoterms® 2020)"',
      },
      {
        selector: 'tbody tr:nth-child(2) .edit-item',
        expect: 'button[aria-label="Edit item 2"]',
        change: 'rows sorted by value; edit link became icon button',
      },
      { selector: '#add-item', expect: '#add-goods-line', change: 'relabelled "+ Add item"' },
      { selector: '#calc-duties', expect: '#estimate-duty', change: 'relabelled "Estimate duty & VAT"' },
      { selector: '#submit-cds', expect: '#lodge-declaration', change: 'relabelled "Lodge declaration"' },
      {
        selector: 'select[name="currency"]',
        expect: null,
        change: 'currency select replaced by "Valuation method" select in the same slot',
      },
      { selector: '#import-invoice', expect: null, change: 'CSV import removed' },
    ],
  },
  {
    name: 'school gradebook: rebuilt table with data attributes, release flow',
    v1: gradeV1,
    v2: gradeV2,
    targets: [
      { selector: '#class-select', expect: 'select[name="section"]', change: 'relabelled "Section"' },
      {
        selector: '#add-assignment',
        expect: '[data-testid="new-assessment"]',
        change: 'relabelled "New assessment"',
      },
      {
        selector: 'input[name="g-2-3"]',
        expect: 'input[data-student="s-1042"][data-assessment="midterm"]',
        change: 'grade inputs keyed by student and assessment ids',
      },
      { selector: '#student-comment', expect: 'textarea[name="feedback"]', change: 'comment → "Feedback"' },
      {
        selector: '#share-parent',
        expect: '#guardian-visible',
        change: 'checkbox became a switch "Visible to guardians"',
      },
      {
        selector: '#publish',
        expect: 'button.btn-release',
        change: '"Publish grades" → "Release to students"',
      },
      {
        selector: '#term-select',
        expect: null,
        change: 'term select replaced by a "Category" select in the same slot',
      },
      { selector: '#email-parents', expect: null, change: 'email parents removed' },
    ],
  },
  {
    name: 'restaurant host stand: new reservation row, walk-in queue wording',
    v1: hostV1,
    v2: hostV2,
    targets: [
      {
        selector: 'tbody tr:nth-child(3) .seat',
        expect: 'tbody tr:nth-child(4) .btn-seat',
        change: 'row inserted above; "Seat" → "Seat now"',
      },
      {
        selector: 'select[name="party_size"]',
        expect: 'input[name="covers"]',
        change: 'party size select became a "Covers" number input',
      },
      {
        selector: 'input[name="sms_ready"]',
        expect: 'input[name="notify_sms"]',
        change: 'renamed, "SMS guest when ready"',
      },
      {
        selector: '#add-waitlist',
        expect: '#walkin-form button[type="submit"]',
        change: '"Add to waitlist" → "Add to queue", id dropped',
      },
      { selector: '#res-search', expect: 'input[name="q"]', change: 'id dropped, search type' },
      { selector: '#waitlist-count', expect: '.queue-count', change: 'waitlist → queue' },
      {
        selector: 'tbody tr:nth-child(5) .noshow',
        expect: null,
        change: 'no-show buttons replaced by "Text guest" icon buttons in the same slot',
      },
      { selector: '#print-sheet', expect: null, change: 'print covers sheet removed' },
    ],
  },
  {
    name: 'grant review scoring form: rubric table, autosave',
    v1: grantV1,
    v2: grantV2,
    targets: [
      { selector: 'input[name="coi_none"]', expect: '#coi-attest', change: 'reworded attestation checkbox' },
      {
        selector: 'select[name="score_approach"]',
        expect: 'input[name="approach_score"]',
        change: 'score select became a number input in a rubric table',
      },
      {
        selector: 'textarea[name="weaknesses"]',
        expect: 'textarea[name="concerns"]',
        change: 'relabelled "Concerns / risks"',
      },
      {
        selector: 'input[name="rec"][value="conditional"]',
        expect: 'input[name="recommendation"][value="fund_conditions"]',
        change: 'radio group renamed',
      },
      {
        selector: 'button.btn-primary',
        expect: '[data-testid="submit-review"]',
        change: '"Submit review" → "Submit to panel"',
      },
      {
        selector: '#narrative-link',
        expect: 'a[href="/a/0173/narrative.pdf"]',
        change: 'moved to a side panel, relabelled "Narrative"',
      },
      {
        selector: 'select[name="score_capacity"]',
        expect: null,
        change: 'capacity criterion replaced by "Equity & inclusion" in the same slot',
      },
      { selector: '#save-review', expect: null, change: 'save button removed; autosave' },
    ],
  },
  {
    name: 'parking enforcement handheld (phone): DVLA lookup, switch, icon permit check',
    v1: pcnV1,
    v2: pcnV2,
    targets: [
      {
        selector: '#vrm',
        expect: 'input[name="registration"]',
        change: 'VRM spelled out as "Vehicle registration"',
      },
      {
        selector: '#check-permit',
        expect: 'button[aria-label="Check permits and exemptions"]',
        change: 'became an icon button beside the input',
      },
      {
        selector: 'select[name="code"]',
        expect: 'select[name="contravention_code"]',
        change: 'renamed, "Contravention code"',
      },
      { selector: '#start-obs', expect: '#obs-start', change: 'id renamed, "Start obs timer"' },
      {
        selector: 'input[name="driver_present"]',
        expect: '#driver-switch',
        change: 'checkbox became a switch',
      },
      { selector: '#issue-pcn', expect: '#serve-pcn', change: '"Issue PCN" → "Serve PCN"' },
      { selector: 'select[name="make"]', expect: null, change: 'make select removed (filled from DVLA)' },
      { selector: '#add-voice', expect: null, change: 'voice note replaced by "Video" in the same slot' },
    ],
  },
];
