import { edit, type PagePair, page } from './page.js';

// 1. CNC machine controller: tool offset table (edited redesign).
const cncV1 = page(
  'Tool offsets — HMC-04',
  `<header><strong class="machine-name">HMC-04 · Makino a61nx</strong><span class="badge" id="ctrl-mode">MEM</span><span class="muted">Operator: J. Keane</span><a href="/logout">Log out</a></header>
<nav class="mainnav"><a href="/programs">Programs</a><a href="/tools" class="active">Tool table</a><a href="/work-offsets">Work offsets</a><a href="/alarms">Alarms <span class="badge">2</span></a><a href="/diagnostics">Diagnostics</a></nav>
<main>
<h1>Tool offsets</h1>
<div class="row toolbar">
<input type="search" id="tool-filter" placeholder="Filter tools">
<select id="pocket-group"><option>All pockets</option><option>Magazine A</option><option>Magazine B</option></select>
<button id="btn-measure-all">Measure all</button>
<button id="btn-import-presetter">Import from presetter</button>
<button id="btn-export-csv">Export CSV</button>
</div>
<table id="tool-table">
<thead><tr><th>T</th><th>Pocket</th><th>Description</th><th>Length (H)</th><th>Radius (D)</th><th>Wear</th><th>Life</th><th></th></tr></thead>
<tbody>
<tr data-tool="1"><td>T1</td><td>A01</td><td>Ø80 face mill</td><td>182.404</td><td>40.000</td><td>-0.012</td><td>64%</td><td><button class="edit-offset">Edit</button></td></tr>
<tr data-tool="2"><td>T2</td><td>A02</td><td>Ø12 carbide end mill</td><td>131.220</td><td>6.000</td><td>-0.004</td><td>22%</td><td><button class="edit-offset">Edit</button></td></tr>
<tr data-tool="3"><td>T3</td><td>A03</td><td>Ø8.5 drill</td><td>148.917</td><td>4.250</td><td>0.000</td><td>81%</td><td><button class="edit-offset">Edit</button></td></tr>
<tr data-tool="4"><td>T4</td><td>A04</td><td>M10 tap</td><td>139.662</td><td>5.000</td><td>0.000</td><td>47%</td><td><button class="edit-offset">Edit</button></td></tr>
<tr data-tool="5"><td>T5</td><td>B01</td><td>Ø6 ball nose</td><td>122.085</td><td>3.000</td><td>-0.008</td><td>12%</td><td><button class="edit-offset">Edit</button></td></tr>
</tbody>
</table>
<section class="card" id="wear-panel"><h2>Apply wear compensation</h2>
<form id="wear-form">
<label>Tool <select name="tool_no"><option>T1</option><option>T2</option><option>T3</option><option>T4</option><option>T5</option></select></label>
<label>Axis <select name="wear_axis"><option>Length</option><option>Radius</option></select></label>
<label>Amount (mm) <input name="wear_amount" type="number" step="0.001"></label>
<label><input type="checkbox" name="incremental" checked> Incremental</label>
<button type="submit" class="btn-apply">Apply</button>
</form>
</section>
<aside class="card"><h3>Spindle</h3><p>Current tool: <b id="current-tool">T3</b></p><p>Load: 12%</p><button id="btn-unclamp">Unclamp tool</button></aside>
</main>
<footer>Controller firmware 7.2.1 · <a href="/help/offsets">Offset help</a></footer>`,
);
const cncV2 = edit(cncV1, [
  [
    '<a href="/logout">Log out</a></header>',
    '<a href="/alarms" class="alarm-bell" aria-label="Alarms">🔔<span class="badge">2</span></a><a href="/logout">Log out</a></header>',
  ],
  ['<a href="/alarms">Alarms <span class="badge">2</span></a>', ''],
  [
    '<input type="search" id="tool-filter" placeholder="Filter tools">',
    '<input type="search" class="tt-search" placeholder="Search T# or description">',
  ],
  [
    '<button id="btn-measure-all">Measure all</button>',
    '<button id="btn-probe-tools">Probe all tools</button>',
  ],
  ['<button id="btn-export-csv">Export CSV</button>', '<button id="btn-send-dnc">Send to DNC</button>'],
  [
    '<td>47%</td><td><button class="edit-offset">Edit</button></td>',
    '<td>47%</td><td><button class="icon-btn" aria-label="Edit T4 offsets">✎</button></td>',
  ],
  [
    '<td>12%</td><td><button class="edit-offset">Edit</button></td>',
    '<td>12%</td><td><button class="icon-btn" aria-label="Edit T5 offsets">✎</button></td>',
  ],
  [
    '<label>Amount (mm) <input name="wear_amount" type="number" step="0.001"></label>',
    '<label>Correction (mm) <input name="delta" type="number" step="0.001"></label>',
  ],
  ['<b id="current-tool">T3</b>', '<b class="spindle-tool">T3</b>'],
  ['<button id="btn-unclamp">Unclamp tool</button>', '<p class="muted">Spindle orient: OK</p>'],
]);

const cncPair: PagePair = {
  name: 'cnc-tool-offset-table-b21',
  v1: cncV1,
  v2: cncV2,
  targets: [
    {
      selector: '#btn-measure-all',
      expect: '#btn-probe-tools',
      change: 'id renamed, label reworded to probe',
    },
    { selector: '#btn-export-csv', expect: null, change: 'CSV export removed; DNC send button in same slot' },
    { selector: '#btn-unclamp', expect: null, change: 'manual unclamp removed from spindle panel' },
    {
      selector: 'tr[data-tool="4"] .edit-offset',
      expect: 'button[aria-label="Edit T4 offsets"]',
      change: 'text button replaced by pencil icon with aria-label',
    },
    {
      selector: 'input[name="wear_amount"]',
      expect: 'input[name="delta"]',
      change: 'field renamed and relabelled',
    },
    { selector: '#current-tool', expect: '.spindle-tool', change: 'id replaced by class' },
    { selector: '#tool-filter', expect: 'input.tt-search', change: 'id dropped, placeholder reworded' },
    {
      selector: '.mainnav a[href="/alarms"]',
      expect: 'header a.alarm-bell',
      change: 'alarms link moved from nav to header bell icon',
    },
  ],
};

// 2. Injection moulding setup sheet (complete rewrite).
const moldV1 = page(
  'Setup sheet 4471 — MoldTrack',
  `<header><span class="logo">MoldTrack</span><nav><a href="/jobs">Jobs</a><a href="/setup-sheets" class="active">Setup sheets</a><a href="/molds">Molds</a><a href="/materials">Materials</a><a href="/reports">Reports</a></nav><span class="muted">Process tech: R. Alvarez</span></header>
<main>
<h1>Setup sheet — Mold 4471 (Bezel, 2-cav)</h1>
<p class="muted">Rev C · Resin: PC/ABS Bayblend T85 · Status: Draft</p>
<form id="setup-form" action="/setup-sheets/4471" method="post">
<fieldset><legend>Machine</legend>
<label>Press <select name="press"><option>Engel 150t #3</option><option>Engel 150t #4</option><option>Arburg 220t #7</option></select></label>
<label>Shot size (mm) <input name="shot_size" value="48"></label>
<label>Clamp tonnage (t) <input name="clamp_tonnage" value="120"></label>
</fieldset>
<fieldset><legend>Temperatures (°C)</legend>
<table class="temps">
<tr><th>Nozzle</th><td><input name="temp_nozzle" value="265"></td></tr>
<tr><th>Zone 1</th><td><input name="temp_z1" value="260"></td></tr>
<tr><th>Zone 2</th><td><input name="temp_z2" value="255"></td></tr>
<tr><th>Zone 3</th><td><input name="temp_z3" value="245"></td></tr>
<tr><th>Zone 4 (feed)</th><td><input name="temp_z4" value="230"></td></tr>
<tr><th>Mold A side</th><td><input name="mold_a" value="80"></td></tr>
<tr><th>Mold B side</th><td><input name="mold_b" value="75"></td></tr>
</table>
</fieldset>
<fieldset><legend>Injection &amp; hold</legend>
<label>Injection speed (mm/s) <input name="inj_speed" value="60"></label>
<label>Injection pressure limit (bar) <input name="inj_pressure" value="1400"></label>
<label>Hold pressure (bar) <input name="hold_pressure" value="650"></label>
<label>Hold time (s) <input name="hold_time" value="6.5"></label>
<label>Back pressure (bar) <input name="back_pressure" value="8"></label>
<label>Cooling time (s) <input name="cool_time" value="18"></label>
<label><input type="checkbox" name="decoupled"> Decoupled molding (DII)</label>
</fieldset>
<label>Notes <textarea name="notes" rows="3"></textarea></label>
<div class="row">
<button type="button" id="save-draft">Save draft</button>
<button type="submit" id="submit-approval">Submit for approval</button>
<button type="button" id="print-sheet">Print</button>
<a href="/setup-sheets/4471/copy?from=B" class="copy-prev">Copy from previous revision</a>
</div>
</form>
<section class="card"><h2>Revision history</h2>
<ul id="rev-list">
<li>Rev C — draft, R. Alvarez, 12 Mar</li>
<li>Rev B — approved, K. Osei, 02 Feb</li>
<li>Rev A — approved, K. Osei, 14 Nov</li>
</ul>
</section>
</main>
<footer>MoldTrack 3.8 · <a href="/support">Support</a></footer>`,
);
const moldV2 = page(
  'Mold 4471 · Process sheet',
  `<div class="ps-shell">
<header class="ps-top"><a href="/" class="ps-brand">MoldTrack</a><a href="/jobs">Jobs</a><a href="/process-sheets" aria-current="page">Process sheets</a><a href="/tools">Tools</a><a href="/resins">Resins</a><a href="/analytics">Analytics</a><button class="ps-avatar" aria-label="Account menu">RA</button></header>
<main class="ps-main">
<div class="row ps-title"><h1>Process sheet · 4471 Bezel (2-cav)</h1><span class="badge">Rev C draft</span>
<button class="ps-icon" title="Print setup sheet">🖨</button>
<button class="ps-btn ghost" data-testid="save">Save</button>
<button class="ps-btn primary" data-testid="request-signoff">Request sign-off</button></div>
<div role="tablist" class="ps-tabs"><button role="tab" aria-selected="true">Machine</button><button role="tab">Barrel</button><button role="tab">Process</button><button role="tab">Notes</button></div>
<section class="ps-panel" aria-label="Machine">
<div class="ps-field"><span>Press</span><button type="button" class="ps-combobox" data-testid="press-picker" aria-haspopup="listbox">Engel 150t #3 ▾</button></div>
<div class="ps-field"><span>Shot size</span><input aria-label="Shot size (mm)" value="48"></div>
<div class="ps-field"><span>Clamp force</span><input aria-label="Clamp force (t)" value="120"></div>
</section>
<section class="ps-panel grid" aria-label="Barrel">
<div class="ps-field"><span>Nozzle</span><input aria-label="Nozzle (°C)" value="265"></div>
<div class="ps-field"><span>Zone 1</span><input aria-label="Barrel zone 1 (°C)" value="260"></div>
<div class="ps-field"><span>Zone 2</span><input aria-label="Barrel zone 2 (°C)" value="255"></div>
<div class="ps-field"><span>Zone 3</span><input aria-label="Barrel zone 3 (°C)" value="245"></div>
<div class="ps-field"><span>Feed throat</span><input aria-label="Feed throat (°C)" value="230"></div>
<div class="ps-field"><span>Moving half</span><input aria-label="Moving half (°C)" value="80"></div>
<div class="ps-field"><span>Fixed half</span><input aria-label="Fixed half (°C)" value="75"></div>
</section>
<section class="ps-panel" aria-label="Process">
<div class="ps-field"><label for="fill-speed">Fill speed (mm/s)</label><input id="fill-speed" value="60"></div>
<div class="ps-field"><label for="fill-plim">Fill pressure limit (bar)</label><input id="fill-plim" value="1400"></div>
<div class="ps-field"><label for="pack-pressure">Pack/hold pressure (bar)</label><input id="pack-pressure" value="650"></div>
<div class="ps-field"><label for="pack-time">Pack/hold time (s)</label><input id="pack-time" value="6.5"></div>
<div class="ps-field"><label for="screw-rpm">Screw RPM</label><input id="screw-rpm" value="90"></div>
<div class="ps-field"><label for="cool">Cooling (s)</label><input id="cool" value="18"></div>
<label class="ps-switch"><input type="checkbox" role="switch"> Scientific molding (decoupled II)</label>
</section>
<section class="ps-panel" aria-label="Notes"><textarea id="setup-notes" rows="4" placeholder="Setup notes for the next shift"></textarea></section>
<section class="ps-panel"><h2>Revisions</h2>
<table class="rev-table"><thead><tr><th>Rev</th><th>State</th><th>By</th><th>Date</th></tr></thead><tbody>
<tr data-rev="A"><td>A</td><td>Approved</td><td>K. Osei</td><td>14 Nov</td></tr>
<tr data-rev="B"><td>B</td><td>Approved</td><td>K. Osei</td><td>02 Feb</td></tr>
<tr data-rev="C"><td>C</td><td>Draft</td><td>R. Alvarez</td><td>12 Mar</td></tr>
</tbody></table>
</section>
</main>
<footer class="ps-foot">MoldTrack 4.0 · <a href="/help">Help centre</a></footer>
</div>`,
);

const moldPair: PagePair = {
  name: 'injection-moulding-setup-sheet-b21',
  v1: moldV1,
  v2: moldV2,
  targets: [
    {
      selector: 'select[name="press"]',
      expect: 'button[data-testid="press-picker"]',
      change: 'native select became custom combobox button',
    },
    {
      selector: 'input[name="temp_z3"]',
      expect: 'input[aria-label="Barrel zone 3 (°C)"]',
      change: 'table row to grid tile, name dropped for aria-label',
    },
    { selector: 'input[name="hold_time"]', expect: '#pack-time', change: 'renamed pack/hold time with id' },
    {
      selector: 'input[name="back_pressure"]',
      expect: null,
      change: 'back pressure removed; screw RPM field sits in its slot',
    },
    {
      selector: '#submit-approval',
      expect: 'button[data-testid="request-signoff"]',
      change: 'moved to title bar, reworded to request sign-off',
    },
    {
      selector: '#print-sheet',
      expect: 'button[title="Print setup sheet"]',
      change: 'text button became printer icon',
    },
    { selector: 'a.copy-prev', expect: null, change: 'copy-from-previous link dropped' },
    {
      selector: '#rev-list li:first-child',
      expect: 'tr[data-rev="C"]',
      change: 'list became table sorted oldest first',
    },
  ],
};

// 3. Andon line status board (edited redesign).
const andonV1 = page(
  'Line 3 Andon — Final Assembly',
  `<header><strong>Line 3 · Final Assembly</strong><span id="line-clock">14:32</span><span class="badge" id="shift-label">B shift</span><a href="/andon/settings">Settings</a></header>
<nav><a href="/andon/line-1">Line 1</a><a href="/andon/line-2">Line 2</a><a href="/andon/line-3" class="active">Line 3</a><a href="/andon/history">History</a><a href="/andon/reports">Reports</a></nav>
<main>
<div class="row" id="shift-kpis"><div class="card" id="shift-target">Target: 412</div><div class="card" id="shift-actual">Actual: 377</div><div class="card" id="takt">Takt: 58 s</div></div>
<section class="grid3 stations">
<div class="station card" data-st="10"><h3>ST10 Sub-frame</h3><span class="badge">Running</span></div>
<div class="station card" data-st="20"><h3>ST20 Harness</h3><span class="badge">Running</span></div>
<div class="station card" data-st="30"><h3>ST30 Dash install</h3><span class="badge">Material call</span><button class="ack">Acknowledge</button></div>
<div class="station card" data-st="40"><h3>ST40 Seats</h3><span class="badge">Quality call</span><button class="ack">Acknowledge</button></div>
<div class="station card" data-st="50"><h3>ST50 Glazing</h3><span class="badge">Running</span></div>
<div class="station card" data-st="60"><h3>ST60 Wheels</h3><span class="badge">Maintenance call</span><button class="ack">Acknowledge</button></div>
</section>
<h2>Active calls</h2>
<table id="active-calls">
<thead><tr><th>Station</th><th>Type</th><th>Raised</th><th>Elapsed</th><th>Responder</th><th></th></tr></thead>
<tbody>
<tr data-call="C-1180"><td>ST30</td><td>Material</td><td>14:21</td><td>11 min</td><td>—</td><td><button class="escalate">Escalate</button><button class="resolve">Resolve</button></td></tr>
<tr data-call="C-1181"><td>ST60</td><td>Maintenance</td><td>14:26</td><td>6 min</td><td>D. Price</td><td><button class="escalate">Escalate</button><button class="resolve">Resolve</button></td></tr>
<tr data-call="C-1182"><td>ST40</td><td>Quality</td><td>14:30</td><td>2 min</td><td>—</td><td><button class="escalate">Escalate</button><button class="resolve">Resolve</button></td></tr>
</tbody>
</table>
<section class="card"><h2>Raise a call</h2>
<form id="raise-form">
<label>Station <select name="station"><option>ST10</option><option>ST20</option><option>ST30</option><option>ST40</option><option>ST50</option><option>ST60</option></select></label>
<label>Type <select name="call_type"><option value="material">Material</option><option value="quality">Quality</option><option value="maintenance">Maintenance</option><option value="supervisor">Supervisor</option></select></label>
<label>Comment <textarea name="comment" rows="2"></textarea></label>
<button type="submit" id="raise-call-btn">Raise call</button>
</form>
</section>
</main>
<footer>Andon v2.3 · Plant Sunderland</footer>`,
);
const andonV2 = edit(andonV1, [
  ['<span id="line-clock">14:32</span>', '<time class="hdr-clock">14:32</time>'],
  ['<a href="/andon/history">History</a>', '<a href="/andon/history">Call log</a>'],
  ['<div class="card" id="shift-target">Target: 412</div>', ''],
  [
    '<span class="badge">Quality call</span><button class="ack">Acknowledge</button>',
    '<span class="badge">Quality call</span><button class="btn-respond">Respond</button>',
  ],
  [
    '<tbody>\n<tr data-call="C-1180">',
    '<tbody>\n<tr data-call="C-1183"><td>ST20</td><td>Material</td><td>14:31</td><td>1 min</td><td>—</td><td><button class="reassign">Reassign</button><button class="resolve">Resolve</button></td></tr>\n<tr data-call="C-1180">',
  ],
  [
    '<td>D. Price</td><td><button class="escalate">Escalate</button>',
    '<td>D. Price</td><td><button class="reassign">Reassign</button>',
  ],
  ['<select name="call_type">', '<select name="category">'],
  [
    '<textarea name="comment" rows="2"></textarea>',
    '<textarea name="details" rows="2" placeholder="What is needed?"></textarea>',
  ],
  [
    '<button type="submit" id="raise-call-btn">Raise call</button>',
    '<button type="submit" class="btn-andon">Pull andon</button>',
  ],
]);

const andonPair: PagePair = {
  name: 'andon-line-status-board-b21',
  v1: andonV1,
  v2: andonV2,
  targets: [
    {
      selector: '.station[data-st="40"] .ack',
      expect: '.station[data-st="40"] .btn-respond',
      change: 'acknowledge reworded to respond, class renamed',
    },
    {
      selector: '#active-calls tbody tr:nth-child(2) .resolve',
      expect: 'tr[data-call="C-1181"] .resolve',
      change: 'new call inserted at top shifts rows down',
    },
    {
      selector: 'tr[data-call="C-1181"] .escalate',
      expect: null,
      change: 'escalate removed; reassign button in same slot',
    },
    { selector: '#shift-target', expect: null, change: 'shift target tile removed' },
    { selector: 'select[name="call_type"]', expect: 'select[name="category"]', change: 'select renamed' },
    {
      selector: 'textarea[name="comment"]',
      expect: 'textarea[name="details"]',
      change: 'renamed, placeholder added',
    },
    { selector: '#raise-call-btn', expect: 'button.btn-andon', change: 'id dropped, reworded to pull andon' },
    {
      selector: '#line-clock',
      expect: 'time.hdr-clock',
      change: 'span with id became time element with class',
    },
  ],
};

// 4. OEE shift report (complete rewrite, BI-style front end).
const oeeV1 = page(
  'OEE shift report',
  `<header><span class="logo">PlantView</span><nav><a href="/dashboard">Dashboard</a><a href="/oee" class="active">OEE</a><a href="/downtime">Downtime</a><a href="/scrap">Scrap</a><a href="/admin">Admin</a></nav></header>
<main>
<h1>OEE shift report</h1>
<form id="report-filters" class="row">
<label>Line <select id="line"><option>Press line 1</option><option>Press line 2</option><option>Weld cell 4</option></select></label>
<label>Shift <select id="shift"><option>Early</option><option>Late</option><option>Night</option></select></label>
<label>Date <input type="date" id="report-date" value="2024-03-14"></label>
<button type="submit" id="run-report">Run report</button>
</form>
<div class="row kpis">
<div class="card kpi" id="kpi-availability"><span class="label">Availability</span><span class="value">86.4%</span></div>
<div class="card kpi" id="kpi-performance"><span class="label">Performance</span><span class="value">91.2%</span></div>
<div class="card kpi" id="kpi-quality"><span class="label">Quality</span><span class="value">98.7%</span></div>
<div class="card kpi" id="kpi-oee"><span class="label">OEE</span><span class="value">77.8%</span></div>
<div class="card kpi" id="teep-tile"><span class="label">TEEP</span><span class="value">61.0%</span></div>
</div>
<h2>Downtime by reason</h2>
<table id="downtime-table">
<thead><tr><th>Reason</th><th>Occurrences</th><th>Minutes</th></tr></thead>
<tbody>
<tr><td>Die change</td><td>2</td><td>38</td></tr>
<tr><td>Coil change</td><td>3</td><td>21</td></tr>
<tr><td>Changeover</td><td>1</td><td>44</td></tr>
<tr><td>Sensor fault</td><td>4</td><td>12</td></tr>
<tr><td>No operator</td><td>1</td><td>9</td></tr>
</tbody>
</table>
<div class="row exports"><button id="export-pdf">Export PDF</button><button id="export-xlsx">Export Excel</button></div>
<section class="comments card"><h2>Shift comments</h2><textarea rows="3"></textarea><button class="post-comment">Post</button></section>
</main>
<footer>PlantView 5.2 · Data refreshed 14:05</footer>`,
);
const oeeV2 = page(
  'OEE · Press line 1',
  `<div id="root"><div class="css-1t0kq">
<header class="css-8ha2v"><a class="css-y1l0" href="/">PlantView</a><a class="css-q9x1" href="/overview">Overview</a><a class="css-q9x1" aria-current="page" href="/oee">OEE</a><a class="css-q9x1" href="/losses">Losses</a><a class="css-q9x1" href="/quality">Quality</a><a class="css-q9x1" href="/settings">Settings</a></header>
<main class="css-m3p0">
<h1 class="css-h7u2">Shift performance</h1>
<div class="css-f1lt" data-testid="filters">
<button class="css-chip" aria-haspopup="listbox">Line: Press line 1</button>
<div role="radiogroup" aria-label="Shift" class="css-seg"><label><input type="radio" name="shift" checked> Early</label><label><input type="radio" name="shift"> Late</label><label><input type="radio" name="shift"> Night</label></div>
<input type="date" class="css-date" aria-label="Day" value="2024-03-14">
<button class="css-b1" data-testid="apply-filters">Apply filters</button>
</div>
<dl class="css-kp">
<div data-metric="oee" class="css-kp1"><dt>OEE</dt><dd>77.8%</dd></div>
<div data-metric="availability" class="css-kp1"><dt>Availability</dt><dd>86.4%</dd></div>
<div data-metric="performance" class="css-kp1"><dt>Performance</dt><dd>91.2%</dd></div>
<div data-metric="quality" class="css-kp1"><dt>Quality</dt><dd>98.7%</dd></div>
</dl>
<h2 class="css-h7u3">Top losses</h2>
<ol class="css-pareto">
<li data-reason="changeover" class="css-pl"><span>Changeover</span><span class="mins">44 min</span><span class="css-n">1×</span></li>
<li data-reason="die-change" class="css-pl"><span>Die change</span><span class="mins">38 min</span><span class="css-n">2×</span></li>
<li data-reason="coil-change" class="css-pl"><span>Coil change</span><span class="mins">21 min</span><span class="css-n">3×</span></li>
<li data-reason="sensor-fault" class="css-pl"><span>Sensor fault</span><span class="mins">12 min</span><span class="css-n">4×</span></li>
<li data-reason="no-operator" class="css-pl"><span>No operator</span><span class="mins">9 min</span><span class="css-n">1×</span></li>
</ol>
<div class="css-act"><a class="css-b2" href="/oee/report-2024-03-14-early.pdf" download>Download PDF</a><button class="css-b2">Share link</button></div>
<section class="css-notes"><h2 class="css-h7u3">Notes</h2><textarea class="css-ta" placeholder="Add shift note" rows="3"></textarea><button class="css-b1">Save note</button></section>
</main>
<footer class="css-ft">PlantView · updated 2 min ago</footer>
</div></div>`,
);

const oeePair: PagePair = {
  name: 'oee-shift-report-b21',
  v1: oeeV1,
  v2: oeeV2,
  targets: [
    {
      selector: '#kpi-availability .value',
      expect: '[data-metric="availability"] dd',
      change: 'KPI cards became description list, order changed',
    },
    {
      selector: '#run-report',
      expect: 'button[data-testid="apply-filters"]',
      change: 'reworded, hashed classes',
    },
    {
      selector: 'select#shift',
      expect: 'div[role="radiogroup"][aria-label="Shift"]',
      change: 'select became segmented radio group',
    },
    {
      selector: '#downtime-table tbody tr:nth-child(3) td:last-child',
      expect: 'li[data-reason="changeover"] .mins',
      change: 'table became Pareto list sorted by minutes',
    },
    { selector: '#export-pdf', expect: 'a[download]', change: 'button became download link' },
    { selector: '#export-xlsx', expect: null, change: 'Excel export removed; share-link button in its slot' },
    {
      selector: '.comments textarea',
      expect: 'textarea[placeholder="Add shift note"]',
      change: 'section renamed to notes, placeholder added',
    },
    { selector: '#teep-tile', expect: null, change: 'TEEP tile dropped' },
  ],
};

// 5. SPC control chart review (edited redesign).
const spcV1 = page(
  'SPC — Bore Ø22 H7',
  `<header><strong>QualiSPC</strong><nav><a href="/charts" class="active">Charts</a><a href="/characteristics">Characteristics</a><a href="/gauges">Gauges</a><a href="/capability">Capability</a></nav><span class="muted">Quality eng.: P. Novak</span></header>
<main>
<div class="row chart-toolbar">
<label>Characteristic <select id="char-select"><option>Bore Ø22 H7 — OP30</option><option>Flatness face A — OP20</option><option>Thread depth M8 — OP40</option></select></label>
<label>Subgroup size <input id="subgroup-size" type="number" value="5"></label>
<button title="Zoom in">+</button><button title="Zoom out">−</button>
<button id="recalc-limits">Recalculate limits</button>
<a href="/charts/881/raw.csv" class="download-raw">Download raw data</a>
</div>
<div class="card chart" id="xbar-chart"><h2>X̄ – R chart</h2><p class="muted">UCL 22.0164 · CL 22.0105 · LCL 22.0046</p><svg width="600" height="180" role="img" aria-label="X-bar chart"></svg></div>
<section class="card" id="rules"><h2>Run rules</h2>
<label><input type="checkbox" name="rule_1" checked> Rule 1 — point beyond 3σ</label>
<label><input type="checkbox" name="rule_2" checked> Rule 2 — 2 of 3 beyond 2σ</label>
<label><input type="checkbox" name="rule_3"> Rule 3 — 4 of 5 beyond 1σ</label>
<label><input type="checkbox" name="rule_4"> Rule 4 — 8 in a row one side</label>
</section>
<h2>Out-of-control points</h2>
<table id="ooc-table">
<thead><tr><th>#</th><th>Time</th><th>Value</th><th>Rule</th><th>Cause</th></tr></thead>
<tbody>
<tr data-pt="9"><td>9</td><td>08:40</td><td>22.0171</td><td>1</td><td>Tool wear <button class="edit-cause">Edit</button></td></tr>
<tr data-pt="17"><td>17</td><td>10:20</td><td>22.0168</td><td>2</td><td><button class="assign-cause">Assign cause</button></td></tr>
<tr data-pt="23"><td>23</td><td>11:35</td><td>22.0039</td><td>1</td><td><button class="assign-cause">Assign cause</button></td></tr>
</tbody>
</table>
</main>
<footer>QualiSPC 9 · <a href="/help/rules">About run rules</a></footer>`,
);
const spcV2 = edit(spcV1, [
  [
    '<span class="muted">Quality eng.: P. Novak</span></header>',
    '<select id="characteristic" aria-label="Characteristic"><option>Bore Ø22 H7 — OP30</option><option>Flatness face A — OP20</option><option>Thread depth M8 — OP40</option></select><span class="muted">Quality eng.: P. Novak</span></header>',
  ],
  [
    '<label>Characteristic <select id="char-select"><option>Bore Ø22 H7 — OP30</option><option>Flatness face A — OP20</option><option>Thread depth M8 — OP40</option></select></label>\n',
    '',
  ],
  ['<input id="subgroup-size" type="number" value="5">', '<input name="n" type="number" value="5">'],
  ['<button title="Zoom in">+</button>', '<button aria-label="Zoom in">+</button>'],
  ['<button title="Zoom out">−</button>', '<button aria-label="Zoom out">−</button>'],
  [
    '<button id="recalc-limits">Recalculate limits</button>',
    '<button id="btn-recompute-limits">Recompute limits</button>',
  ],
  ['<a href="/charts/881/raw.csv" class="download-raw">Download raw data</a>\n', ''],
  ['<h2>Run rules</h2>', '<h2>Nelson rules</h2>'],
  ['name="rule_1" checked> Rule 1', 'name="we1" checked> Rule 1'],
  ['name="rule_2" checked> Rule 2', 'name="we2" checked> Rule 2'],
  ['name="rule_3"> Rule 3', 'name="we3"> Rule 3'],
  [
    '<label><input type="checkbox" name="rule_4"> Rule 4 — 8 in a row one side</label>',
    '<label><input type="checkbox" name="we5"> Rule 5 — 6 points trending</label>',
  ],
  [
    '<td>2</td><td><button class="assign-cause">Assign cause</button></td>',
    '<td>2</td><td><select name="cause-17"><option>Select cause…</option><option>Tool wear</option><option>Thermal drift</option><option>Gauge error</option></select></td>',
  ],
  [
    '<td>1</td><td><button class="assign-cause">Assign cause</button></td>',
    '<td>1</td><td><select name="cause-23"><option>Select cause…</option><option>Tool wear</option><option>Thermal drift</option><option>Gauge error</option></select></td>',
  ],
]);

const spcPair: PagePair = {
  name: 'spc-control-chart-review-b21',
  v1: spcV1,
  v2: spcV2,
  targets: [
    {
      selector: '#recalc-limits',
      expect: '#btn-recompute-limits',
      change: 'id renamed, recalculate → recompute',
    },
    { selector: 'input[name="rule_2"]', expect: 'input[name="we2"]', change: 'checkbox renamed' },
    {
      selector: 'input[name="rule_4"]',
      expect: null,
      change: 'rule 4 dropped; rule 5 checkbox takes its place',
    },
    {
      selector: 'tr[data-pt="17"] .assign-cause',
      expect: 'select[name="cause-17"]',
      change: 'assign button became inline cause select',
    },
    { selector: '#subgroup-size', expect: 'input[name="n"]', change: 'id removed, name added' },
    {
      selector: '.chart-toolbar button[title="Zoom in"]',
      expect: 'button[aria-label="Zoom in"]',
      change: 'title swapped for aria-label',
    },
    { selector: 'a.download-raw', expect: null, change: 'raw data download removed' },
    {
      selector: '#char-select',
      expect: '#characteristic',
      change: 'moved from toolbar into header, id renamed',
    },
  ],
};

// 6. CMMS preventive maintenance plan (complete rewrite).
const pmV1 = page(
  'PM plan PM-0412 — FixTrak CMMS',
  `<header><span class="logo">FixTrak CMMS</span><nav><a href="/work-orders">Work orders</a><a href="/pm" class="active">PM plans</a><a href="/assets">Assets</a><a href="/inventory">Inventory</a><a href="/reports">Reports</a></nav><a href="/account">M. Duarte</a></header>
<main>
<h1>PM-0412 · Quarterly service — Air compressor AC-2</h1>
<div class="asset-meta row"><span>Asset: AC-2 Atlas Copco GA37</span><span>Location: Utility room B</span><span class="criticality badge">Criticality A</span></div>
<form id="pm-form">
<div class="grid">
<label>Frequency <select name="frequency"><option>Monthly</option><option selected>Quarterly</option><option>Semi-annual</option><option>Annual</option></select></label>
<label>Trade <select name="trade"><option>Mechanical</option><option>Electrical</option><option>Instrumentation</option></select></label>
<label>Lead time (days) <input name="lead_days" value="7"></label>
<label><input type="checkbox" name="downtime_required" checked> Requires downtime</label>
</div>
<h2>Tasks</h2>
<table id="tasks">
<thead><tr><th>Step</th><th>Instruction</th><th>Est. min</th><th>Sign-off</th></tr></thead>
<tbody>
<tr><td>1</td><td><input class="step-text" value="Isolate and lock out compressor"></td><td><input class="step-min" value="10"></td><td><input type="checkbox" checked></td></tr>
<tr><td>2</td><td><input class="step-text" value="Replace air filter element"></td><td><input class="step-min" value="15"></td><td><input type="checkbox"></td></tr>
<tr><td>3</td><td><input class="step-text" value="Replace oil separator"></td><td><input class="step-min" value="40"></td><td><input type="checkbox"></td></tr>
<tr><td>4</td><td><input class="step-text" value="Check belt tension and motor bearings"></td><td><input class="step-min" value="20"></td><td><input type="checkbox"></td></tr>
<tr><td>5</td><td><input class="step-text" value="Restore, test run, record pressures"></td><td><input class="step-min" value="15"></td><td><input type="checkbox" checked></td></tr>
</tbody>
</table>
<button type="button" id="add-step">Add step</button>
<h2>Parts kit</h2>
<table id="parts-kit">
<thead><tr><th>Part</th><th>Description</th><th>Qty</th></tr></thead>
<tbody>
<tr data-part="AF-2901"><td>AF-2901</td><td>Air filter element</td><td><input class="qty" value="1"></td></tr>
<tr data-part="OS-2906"><td>OS-2906</td><td>Oil separator</td><td><input class="qty" value="1"></td></tr>
<tr data-part="BRG-6205"><td>BRG-6205</td><td>Bearing 6205-2RS</td><td><input class="qty" value="2"></td></tr>
</tbody>
</table>
<div class="row">
<button type="button" id="save-plan">Save</button>
<button type="button" id="activate-plan">Activate plan</button>
<button type="button" id="duplicate-plan">Duplicate</button>
</div>
</form>
</main>
<footer>FixTrak CMMS 11.4</footer>`,
);
const pmV2 = page(
  'Quarterly service · AC-2 · FixTrak',
  `<header class="ft-bar"><a href="/" class="ft-logo">FixTrak</a><a href="/work">Work</a><a href="/schedules" aria-current="page">Schedules</a><a href="/assets">Assets</a><a href="/parts">Parts</a><a href="/insights">Insights</a><button class="ft-user" aria-label="Profile">MD</button></header>
<main class="ft-main">
<div class="ft-head"><p class="muted">Schedule PM-0412</p><h1>Quarterly service — Air compressor AC-2</h1><p class="muted">Atlas Copco GA37 · Utility room B</p></div>
<div class="ft-cols">
<section class="ft-left">
<div class="card ft-when">
<label>Repeats every <input type="number" name="interval_value" value="3"> <select name="interval_unit"><option>weeks</option><option selected>months</option></select></label>
<label>Craft <input list="trades" name="craft" value="Mechanical"></label><datalist id="trades"><option value="Mechanical"><option value="Electrical"><option value="Instrumentation"></datalist>
<label>Generate work order <input name="lead" value="7"> days ahead</label>
<div class="row"><span>Requires machine shutdown</span><button type="button" role="switch" aria-checked="true" aria-label="Requires machine shutdown" class="ft-toggle"></button></div>
</div>
<h2>Checklist</h2>
<ol class="task-cards">
<li class="card"><textarea rows="2">Isolate and lock out compressor</textarea><input aria-label="Minutes" value="10"><label><input type="checkbox" checked> Needs sign-off</label></li>
<li class="card"><textarea rows="2">Drain condensate and check auto-drain</textarea><input aria-label="Minutes" value="5"><label><input type="checkbox"> Needs sign-off</label></li>
<li class="card"><textarea rows="2">Replace air filter element</textarea><input aria-label="Minutes" value="15"><label><input type="checkbox"> Needs sign-off</label></li>
<li class="card"><textarea rows="2">Replace oil separator</textarea><input aria-label="Minutes" value="40"><label><input type="checkbox"> Needs sign-off</label></li>
<li class="card"><textarea rows="2">Check belt tension and motor bearings</textarea><input aria-label="Minutes" value="20"><label><input type="checkbox"> Needs sign-off</label></li>
<li class="card"><textarea rows="2">Restore, test run, record pressures</textarea><input aria-label="Minutes" value="15"><label><input type="checkbox" checked> Needs sign-off</label></li>
</ol>
<button type="button" data-action="add-task" class="ft-link">+ Task</button>
</section>
<aside class="ft-right card"><h2>Parts</h2>
<ul class="ft-parts">
<li data-sku="AF-2901"><span>Air filter element</span><input type="number" value="1" aria-label="Quantity"></li>
<li data-sku="OS-2906"><span>Oil separator</span><input type="number" value="1" aria-label="Quantity"></li>
<li data-sku="BRG-6205"><span>Bearing 6205-2RS</span><input type="number" value="2" aria-label="Quantity"></li>
</ul>
<button type="button" class="ft-link">Add part</button>
</aside>
</div>
<div class="ft-actions row"><button type="button" id="archive">Archive plan</button><button type="button" id="save">Save changes</button><button type="button" id="publish" class="ft-primary">Publish schedule</button></div>
</main>
<footer class="ft-foot">FixTrak · <a href="/status">System status</a></footer>`,
);

const pmPair: PagePair = {
  name: 'cmms-preventive-maintenance-plan-b21',
  v1: pmV1,
  v2: pmV2,
  targets: [
    {
      selector: 'select[name="trade"]',
      expect: 'input[name="craft"]',
      change: 'select became datalist input, relabelled craft',
    },
    {
      selector: '#tasks tbody tr:nth-child(3) .step-text',
      expect: 'ol.task-cards li:nth-child(4) textarea',
      change: 'table rows became cards; new step inserted before',
    },
    {
      selector: '#add-step',
      expect: 'button[data-action="add-task"]',
      change: 'id dropped, reworded + Task',
    },
    { selector: '#activate-plan', expect: '#publish', change: 'activate reworded publish schedule, moved' },
    { selector: '#duplicate-plan', expect: null, change: 'duplicate removed; archive button in action bar' },
    {
      selector: 'input[name="downtime_required"]',
      expect: 'button[role="switch"][aria-label="Requires machine shutdown"]',
      change: 'checkbox became toggle switch',
    },
    {
      selector: '#parts-kit tr[data-part="BRG-6205"] input.qty',
      expect: 'li[data-sku="BRG-6205"] input',
      change: 'parts table moved to side panel list',
    },
    { selector: '.asset-meta .criticality', expect: null, change: 'criticality badge removed from header' },
  ],
};

// 7. Vibration route data collector (phone, edited redesign).
const vibV1 = page(
  'Route R-07 · Vibration',
  `<header class="app-bar"><a href="#menu" class="route-menu">Menu</a><strong>Route R-07 Cooling water</strong><span class="badge">4/12</span></header>
<div id="offline-banner" class="muted">Offline — readings will sync when connected</div>
<main>
<section class="card point-card">
<h1>P-101 Pump · DE bearing · Horizontal</h1>
<p class="muted">Last: 2.8 mm/s (Good) · 14 Feb</p>
<form id="reading-form">
<label>Overall velocity (mm/s) <input name="velocity_rms" type="number" step="0.1"></label>
<label>Acceleration (g pk) <input name="accel_pk" type="number" step="0.01"></label>
<label>Bearing temp (°C) <input name="temp_c" type="number"></label>
<label>Condition <select name="condition"><option>Good</option><option>Alert</option><option>Danger</option></select></label>
<label>Note <textarea name="note" rows="2"></textarea></label>
<button type="button" id="btn-photo">Add photo</button>
<div class="row">
<button type="button" id="btn-prev-point">Previous</button>
<button type="button" id="skip-point">Skip</button>
<button type="submit" id="btn-next-point">Next point</button>
</div>
</form>
</section>
<h2>Points on route</h2>
<ul class="point-list">
<li data-point="P-101-NDE-H">P-101 NDE H ✓</li>
<li data-point="P-101-NDE-V">P-101 NDE V ✓</li>
<li data-point="P-101-DE-V">P-101 DE V ✓</li>
<li data-point="P-101-DE-H">P-101 DE H ←</li>
<li data-point="M-101-NDE-H">M-101 NDE H</li>
<li data-point="M-101-DE-H">M-101 DE H</li>
<li data-point="P-102-NDE-H">P-102 NDE H</li>
<li data-point="P-102-DE-H">P-102 DE H</li>
</ul>
</main>
<footer class="tab-bar"><a href="/routes">Routes</a><a href="/sync">Sync</a><a href="/settings">Settings</a></footer>`,
);
const vibV2 = edit(vibV1, [
  ['<a href="#menu" class="route-menu">Menu</a>', '<button class="icon" aria-label="Route menu">☰</button>'],
  ['<div id="offline-banner" class="muted">Offline — readings will sync when connected</div>\n', ''],
  [
    '<label>Overall velocity (mm/s) <input name="velocity_rms" type="number" step="0.1"></label>',
    '<label>Velocity (mm/s RMS) <input name="v_rms" inputmode="decimal"></label>',
  ],
  [
    '<label>Acceleration (g pk) <input name="accel_pk" type="number" step="0.01"></label>',
    '<label>Acceleration (g peak) <input name="a_pk" inputmode="decimal"></label>',
  ],
  [
    '<label>Bearing temp (°C) <input name="temp_c" type="number"></label>',
    '<label>Envelope (gE) <input name="env_ge" inputmode="decimal"></label>',
  ],
  [
    '<label>Condition <select name="condition"><option>Good</option><option>Alert</option><option>Danger</option></select></label>',
    '<div role="radiogroup" aria-label="Condition" class="cond-chips"><button role="radio" aria-checked="true">Good</button><button role="radio">Alert</button><button role="radio">Danger</button></div>',
  ],
  [
    '<button type="button" id="btn-photo">Add photo</button>',
    '<button type="button" class="icon" aria-label="Attach photo">📷</button>',
  ],
  [
    '<button type="button" id="btn-prev-point">Previous</button>',
    '<button type="button" class="nav-prev">‹ Back</button>',
  ],
  ['<button type="button" id="skip-point">Skip</button>\n', ''],
  [
    '<button type="submit" id="btn-next-point">Next point</button>',
    '<button type="submit" id="save-next">Save &amp; next</button>',
  ],
  ['<li data-point="P-101-NDE-H">P-101 NDE H ✓</li>\n', ''],
  [
    '<li data-point="P-101-DE-H">P-101 DE H ←</li>',
    '<li data-point="P-101-DE-H">P-101 DE H ←</li>\n<li data-point="P-101-NDE-H">P-101 NDE H ✓</li>',
  ],
]);

const vibPair: PagePair = {
  name: 'vibration-route-readings-b21',
  v1: vibV1,
  v2: vibV2,
  targets: [
    { selector: '#btn-next-point', expect: '#save-next', change: 'reworded save & next, id renamed' },
    {
      selector: 'input[name="velocity_rms"]',
      expect: 'input[name="v_rms"]',
      change: 'renamed, label reworded',
    },
    {
      selector: 'input[name="temp_c"]',
      expect: null,
      change: 'temperature removed; envelope reading in its slot',
    },
    {
      selector: 'select[name="condition"]',
      expect: '[role="radiogroup"][aria-label="Condition"]',
      change: 'select became chip radio group',
    },
    {
      selector: '#btn-photo',
      expect: 'button[aria-label="Attach photo"]',
      change: 'text became camera icon',
    },
    {
      selector: '.point-list li:nth-child(4)',
      expect: 'li[data-point="P-101-DE-H"]',
      change: 'route list reordered',
    },
    { selector: '#offline-banner', expect: null, change: 'offline banner removed' },
    {
      selector: 'a.route-menu',
      expect: 'button[aria-label="Route menu"]',
      change: 'text link became hamburger button',
    },
  ],
};

// 8. PLC tag browser (complete rewrite of an engineering tool).
const plcV1 = page(
  'Tag browser — PackLine_PLC',
  `<header><strong>CtrlStudio 12</strong><span class="muted">Project: PackLine_PLC.acd</span><span class="badge" id="conn-state">Offline</span></header>
<nav class="row toolbar">
<button id="go-online">Go online</button>
<button id="upload-btn">Upload</button>
<button id="download-btn">Download</button>
<button id="force-enable">Enable forces</button>
<button id="cross-ref">Cross reference</button>
</nav>
<div class="sidebar">
<ul class="tree">
<li><a href="#ctrl">Controller PackLine_PLC</a>
<ul>
<li class="program"><a href="#prog-MainProgram">MainProgram</a></li>
<li class="program"><a href="#prog-Packaging">Packaging</a></li>
<li class="program"><a href="#prog-Palletiser">Palletiser</a></li>
<li class="program"><a href="#prog-Alarms">Alarms</a></li>
</ul></li>
</ul>
</div>
<main>
<div class="row">
<input name="tag_filter" placeholder="Filter tags…">
<label>Radix <select name="radix"><option>Decimal</option><option>Hex</option><option>Binary</option></select></label>
<label><input type="checkbox" name="show_controller_scope"> Show controller-scoped</label>
</div>
<table id="tag-grid">
<thead><tr><th>Name</th><th>Type</th><th>Value</th><th>Description</th><th></th></tr></thead>
<tbody>
<tr data-tag="Conv1_Run"><td>Conv1_Run</td><td>BOOL</td><td>1</td><td>Infeed conveyor running</td><td><button class="write-btn">Write</button></td></tr>
<tr data-tag="Conv1_Speed_SP"><td>Conv1_Speed_SP</td><td>REAL</td><td>0.85</td><td>Infeed speed setpoint (m/s)</td><td><button class="write-btn">Write</button></td></tr>
<tr data-tag="Conv1_Speed_PV"><td>Conv1_Speed_PV</td><td>REAL</td><td>0.84</td><td>Infeed speed actual (m/s)</td><td><button class="write-btn">Write</button></td></tr>
<tr data-tag="Case_Count"><td>Case_Count</td><td>DINT</td><td>18244</td><td>Cases since reset</td><td><button class="write-btn">Write</button></td></tr>
<tr data-tag="Glue_Temp_SP"><td>Glue_Temp_SP</td><td>REAL</td><td>175.0</td><td>Hot-melt temperature setpoint</td><td><button class="write-btn">Write</button></td></tr>
<tr data-tag="Estop_OK"><td>Estop_OK</td><td>BOOL</td><td>1</td><td>E-stop chain healthy</td><td><button class="write-btn">Write</button></td></tr>
</tbody>
</table>
<section class="card"><h2>Write value</h2>
<p>Tag: <b id="write-tag-name">Conv1_Speed_SP</b></p>
<input id="write-value-input" value="0.85">
<button id="confirm-write">Write to controller</button>
</section>
</main>
<footer>CtrlStudio 12.0.4 · Comm path: AB_ETHIP-1\\10.10.4.20</footer>`,
);
const plcV2 = page(
  'PackLine_PLC · Tags',
  `<div class="ide">
<header class="ide-title"><span>CtrlStudio Next</span><span class="muted">PackLine_PLC</span><span class="ide-status" data-state="offline">● Offline</span></header>
<div class="ide-cmds row" role="toolbar" aria-label="Controller">
<button data-cmd="connect">Connect</button>
<button data-cmd="upload" title="Upload from controller">⇧</button>
<button data-cmd="download" title="Download to controller">⇩</button>
<button data-cmd="compare">Compare</button>
<button data-cmd="xref">Find references</button>
</div>
<aside class="ide-explorer">
<div role="tree" aria-label="Project explorer">
<div role="treeitem" data-node="Controller" aria-expanded="true">PackLine_PLC</div>
<div role="treeitem" data-node="MainProgram">MainProgram</div>
<div role="treeitem" data-node="Packaging">Packaging</div>
<div role="treeitem" data-node="Palletiser">Palletiser</div>
<div role="treeitem" data-node="Alarms">Alarms</div>
<div role="treeitem" data-node="Recipes">Recipes</div>
</div>
</aside>
<main class="ide-editor">
<div class="row"><input type="search" aria-label="Filter tags" placeholder="Search name or description"><label><input type="checkbox"> Include controller scope</label></div>
<div role="grid" class="tag-table">
<div role="row" class="hdr"><span role="columnheader">Tag</span><span role="columnheader">Data type</span><span role="columnheader">Live value</span><span role="columnheader">Comment</span><span role="columnheader"></span></div>
<div role="row" data-row-id="Case_Count"><span role="gridcell">Case_Count</span><span role="gridcell">DINT</span><span role="gridcell">18244</span><span role="gridcell">Cases since reset</span><span role="gridcell"><button aria-label="Write value">✎</button></span></div>
<div role="row" data-row-id="Conv1_Run"><span role="gridcell">Conv1_Run</span><span role="gridcell">BOOL</span><span role="gridcell">1</span><span role="gridcell">Infeed conveyor running</span><span role="gridcell"><button aria-label="Write value">✎</button></span></div>
<div role="row" data-row-id="Conv1_Speed_PV"><span role="gridcell">Conv1_Speed_PV</span><span role="gridcell">REAL</span><span role="gridcell">0.84</span><span role="gridcell">Infeed speed actual (m/s)</span><span role="gridcell"><button aria-label="Write value">✎</button></span></div>
<div role="row" data-row-id="Conv1_Speed_SP"><span role="gridcell">Conv1_Speed_SP</span><span role="gridcell">REAL</span><span role="gridcell">0.85</span><span role="gridcell">Infeed speed setpoint (m/s)</span><span role="gridcell"><button aria-label="Write value">✎</button></span></div>
<div role="row" data-row-id="Estop_OK"><span role="gridcell">Estop_OK</span><span role="gridcell">BOOL</span><span role="gridcell">1</span><span role="gridcell">E-stop chain healthy</span><span role="gridcell"><button aria-label="Write value">✎</button></span></div>
<div role="row" data-row-id="Glue_Temp_SP"><span role="gridcell">Glue_Temp_SP</span><span role="gridcell">REAL</span><span role="gridcell">175.0</span><span role="gridcell">Hot-melt temperature setpoint</span><span role="gridcell"><button aria-label="Write value">✎</button></span></div>
</div>
<div role="dialog" aria-label="Write tag value" class="modal">
<h2>Write Conv1_Speed_SP</h2>
<label>New value <input name="newValue" value="0.85"></label>
<div class="row"><button class="ghost">Cancel</button><button class="primary">Write</button></div>
</div>
</main>
<footer class="ide-status-bar">CtrlStudio Next 1.3 · 10.10.4.20</footer>
</div>`,
);

const plcPair: PagePair = {
  name: 'plc-tag-browser-b21',
  v1: plcV1,
  v2: plcV2,
  targets: [
    { selector: '#go-online', expect: 'button[data-cmd="connect"]', change: 'go online reworded connect' },
    {
      selector: '#tag-grid tr[data-tag="Conv1_Speed_SP"] .write-btn',
      expect: '[data-row-id="Conv1_Speed_SP"] button[aria-label="Write value"]',
      change: 'table became ARIA grid sorted by name, icon button',
    },
    { selector: '#force-enable', expect: null, change: 'forces button removed; compare button in its slot' },
    {
      selector: 'input[name="tag_filter"]',
      expect: 'input[aria-label="Filter tags"]',
      change: 'name dropped, search type with aria-label',
    },
    {
      selector: '.tree a[href="#prog-Packaging"]',
      expect: '[role="treeitem"][data-node="Packaging"]',
      change: 'nested list became ARIA tree',
    },
    {
      selector: '#download-btn',
      expect: 'button[title="Download to controller"]',
      change: 'text button became icon with title',
    },
    { selector: 'select[name="radix"]', expect: null, change: 'radix selector dropped' },
    {
      selector: '#write-value-input',
      expect: 'input[name="newValue"]',
      change: 'panel became dialog, id to name',
    },
  ],
};

// 9. Engineering BOM revision editor (edited redesign).
const bomV1 = page(
  'BOM 100-2231 Rev C',
  `<header><span class="logo">PartVault PLM</span><nav><a href="/parts">Parts</a><a href="/boms" class="active">BOMs</a><a href="/changes">Changes</a><a href="/documents">Documents</a></nav><a href="/me">S. Iyer</a></header>
<main>
<aside class="card where-used"><h3>Where used</h3><ul><li><a href="/parts/900-0012">900-0012 Gateway assy</a></li><li><a href="/parts/900-0007">900-0007 Controller assy</a></li><li><a href="/parts/900-0031">900-0031 Sensor hub</a></li></ul></aside>
<h1>100-2231 · Main PCBA</h1>
<p>Revision <span id="rev-label" class="badge">C (working)</span> · Lifecycle: In work · Owner: S. Iyer</p>
<div class="row">
<button id="btn-add-line">Add line</button>
<button id="import-csv">Import CSV</button>
<button id="btn-compare">Compare revisions</button>
<button id="btn-release">Release</button>
</div>
<table id="bom-lines">
<thead><tr><th>Find</th><th>Part number</th><th>Description</th><th>Qty</th><th>UoM</th><th>Ref des</th><th></th></tr></thead>
<tbody>
<tr data-find="10" data-pn="PCB-2231-C"><td>10</td><td>PCB-2231-C</td><td><input class="line-desc" name="desc-10" value="Bare board, 6-layer"></td><td><input name="qty-10" value="1"></td><td><select name="uom-10"><option>EA</option><option>M</option></select></td><td></td><td><button class="del-line">✕</button></td></tr>
<tr data-find="20" data-pn="MCU-STM32G4"><td>20</td><td>MCU-STM32G4</td><td><input class="line-desc" name="desc-20" value="MCU STM32G474 LQFP64"></td><td><input name="qty-20" value="1"></td><td><select name="uom-20"><option>EA</option><option>M</option></select></td><td>U1</td><td><button class="del-line">✕</button></td></tr>
<tr data-find="30" data-pn="CAP-100N-0402"><td>30</td><td>CAP-100N-0402</td><td><input class="line-desc" name="desc-30" value="Cap 100nF 16V X7R 0402"></td><td><input name="qty-30" value="24"></td><td><select name="uom-30"><option>EA</option><option>M</option></select></td><td>C1–C24</td><td><button class="del-line">✕</button></td></tr>
<tr data-find="40" data-pn="RES-10K-0603"><td>40</td><td>RES-10K-0603</td><td><input class="line-desc" name="desc-40" value="Res 10k 1% 0603"></td><td><input name="qty-40" value="8"></td><td><select name="uom-40"><option>EA</option><option>M</option></select></td><td>R1–R8</td><td><button class="del-line">✕</button></td></tr>
<tr data-find="50" data-pn="CON-USB-C"><td>50</td><td>CON-USB-C</td><td><input class="line-desc" name="desc-50" value="Connector USB-C receptacle"></td><td><input name="qty-50" value="1"></td><td><select name="uom-50"><option>EA</option><option>M</option></select></td><td>J1</td><td><button class="del-line">✕</button></td></tr>
</tbody>
</table>
<p class="muted">5 lines · Est. cost $18.42</p>
</main>
<footer>PartVault PLM 2023.2</footer>`,
);
const bomV2 = edit(bomV1, [
  [
    '<ul><li><a href="/parts/900-0012">900-0012 Gateway assy</a></li><li><a href="/parts/900-0007">900-0007 Controller assy</a></li>',
    '<ul><li><a href="/parts/900-0007">900-0007 Controller assy</a></li><li><a href="/parts/900-0012">900-0012 Gateway assy</a></li>',
  ],
  [
    '<h1>100-2231 · Main PCBA</h1>',
    '<div class="row"><h1>100-2231 · Main PCBA</h1><button id="diff-rev" class="link">Diff vs Rev B</button></div>',
  ],
  ['<span id="rev-label" class="badge">C (working)</span>', '<span class="rev-chip">C · working</span>'],
  ['<button id="import-csv">Import CSV</button>\n', ''],
  ['<button id="btn-compare">Compare revisions</button>\n', ''],
  [
    '<button id="btn-release">Release</button>',
    '<button id="btn-submit-release">Submit for release</button>',
  ],
  ['name="desc-10"', 'name="lines[10].description"'],
  ['name="qty-10"', 'name="lines[10].quantity"'],
  ['name="uom-10"', 'name="lines[10].uom"'],
  ['name="desc-20"', 'name="lines[20].description"'],
  ['name="qty-20"', 'name="lines[20].quantity"'],
  ['name="uom-20"', 'name="lines[20].uom"'],
  ['name="desc-30"', 'name="lines[30].description"'],
  ['name="qty-30"', 'name="lines[30].quantity"'],
  ['name="uom-30"', 'name="lines[30].uom"'],
  [
    '<tr data-find="40" data-pn="RES-10K-0603"><td>40</td><td>RES-10K-0603</td><td><input class="line-desc" name="desc-40" value="Res 10k 1% 0603"></td><td><input name="qty-40" value="8"></td><td><select name="uom-40">',
    '<tr data-find="40" data-pn="RES-4K7-0603"><td>40</td><td>RES-4K7-0603</td><td><input class="line-desc" name="lines[40].description" value="Res 4k7 1% 0603"></td><td><input name="lines[40].quantity" value="6"></td><td><select name="lines[40].uom">',
  ],
  ['name="desc-50"', 'name="lines[50].description"'],
  ['name="qty-50"', 'name="lines[50].quantity"'],
  ['name="uom-50"', 'name="lines[50].uom"'],
  ['<p class="muted">5 lines · Est. cost $18.42</p>', '<p class="muted">5 lines · Est. cost $18.17</p>'],
]);

const bomPair: PagePair = {
  name: 'bom-revision-editor-b21',
  v1: bomV1,
  v2: bomV2,
  targets: [
    {
      selector: 'input[name="qty-30"]',
      expect: 'input[name="lines[30].quantity"]',
      change: 'form field names moved to indexed model paths',
    },
    {
      selector: 'tr[data-pn="RES-10K-0603"] .line-desc',
      expect: null,
      change: '10k resistor line replaced by 4k7 part at same find number',
    },
    { selector: '#btn-release', expect: '#btn-submit-release', change: 'reworded submit for release' },
    { selector: '#btn-compare', expect: '#diff-rev', change: 'moved next to title, reworded diff vs rev B' },
    {
      selector: '.where-used li:first-child a',
      expect: '.where-used a[href="/parts/900-0012"]',
      change: 'where-used list re-sorted',
    },
    { selector: '#import-csv', expect: null, change: 'CSV import removed' },
    {
      selector: 'select[name="uom-20"]',
      expect: 'select[name="lines[20].uom"]',
      change: 'name changed to model path',
    },
    { selector: '#rev-label', expect: '.rev-chip', change: 'id removed, chip class' },
  ],
};

// 10. Engineering change order (complete rewrite into numbered sections).
const ecoV1 = page(
  'New ECO — PartVault',
  `<header><span class="logo">PartVault PLM</span><nav><a href="/parts">Parts</a><a href="/boms">BOMs</a><a href="/changes" class="active">Changes</a><a href="/documents">Documents</a></nav><a href="/me">S. Iyer</a></header>
<main>
<h1>New engineering change order</h1>
<form id="eco-form" action="/changes" method="post">
<label>Title <input name="eco_title" required></label>
<label>Reason <select name="reason_code"><option>Cost reduction</option><option>Obsolescence</option><option>Field failure</option><option>Customer request</option></select></label>
<label>Description of change <textarea name="eco_desc" rows="4"></textarea></label>
<label>Estimated cost impact ($) <input id="cost-impact" name="cost_impact"></label>
<h2>Affected items</h2>
<table id="affected">
<thead><tr><th>Item</th><th>From rev</th><th>To rev</th><th></th></tr></thead>
<tbody>
<tr><td>100-2231 Main PCBA</td><td>B</td><td>C</td><td><a href="#" class="rm-item">Remove</a></td></tr>
<tr><td>RES-4K7-0603</td><td>—</td><td>A</td><td><a href="#" class="rm-item">Remove</a></td></tr>
</tbody>
</table>
<button type="button" id="add-affected-item">Add affected item</button>
<fieldset><legend>Inventory disposition</legend>
<label><input type="radio" name="disp" value="use_as_is"> Use as is</label>
<label><input type="radio" name="disp" value="rework"> Rework</label>
<label><input type="radio" name="disp" value="scrap"> Scrap</label>
</fieldset>
<h2>Approvers</h2>
<ul id="approvers">
<li data-user="mchen">M. Chen (Engineering) <button type="button" class="remove">Remove</button></li>
<li data-user="rbose">R. Bose (Quality) <button type="button" class="remove">Remove</button></li>
<li data-user="tkale">T. Kale (Supply chain) <button type="button" class="remove">Remove</button></li>
</ul>
<div class="row"><button type="button" id="eco-save">Save</button><button type="submit" id="eco-submit">Submit ECO</button></div>
</form>
</main>
<footer>PartVault PLM 2023.2</footer>`,
);
const ecoV2 = page(
  'Create change · PartVault',
  `<header class="pv-nav"><a href="/" class="pv-logo">PartVault</a><a href="/items">Items</a><a href="/changes" aria-current="page">Changes</a><a href="/files">Files</a><a href="/projects">Projects</a><span class="pv-user">SI</span></header>
<main class="pv-page">
<h1>Create change</h1>
<ol class="pv-steps"><li>Summary</li><li>Items</li><li>Disposition</li><li>Workflow</li></ol>
<form class="pv-form">
<section><h2>1. Summary</h2>
<label for="change-summary">Change summary</label><input id="change-summary" required>
<label for="reason">Why is this change needed?</label><select id="reason"><option>Reduce cost</option><option>Component end-of-life</option><option>Field issue</option><option>Customer request</option><option>Regulatory</option></select>
<label for="details">Details</label><textarea id="details" rows="5"></textarea>
</section>
<section><h2>2. Items</h2>
<ul class="pv-items">
<li class="card">100-2231 Main PCBA <span class="badge">B → C</span><button type="button" aria-label="Remove 100-2231">✕</button></li>
<li class="card">RES-4K7-0603 <span class="badge">new → A</span><button type="button" aria-label="Remove RES-4K7-0603">✕</button></li>
</ul>
<button type="button" data-testid="add-item">Add part</button>
</section>
<section><h2>3. Stock disposition</h2>
<label><input type="radio" name="disposition" value="RTV"> Return to supplier</label>
<label><input type="radio" name="disposition" value="REWORK"> Rework</label>
<label><input type="radio" name="disposition" value="SCRAP"> Scrap</label>
</section>
<section><h2>4. Workflow</h2>
<table class="pv-approvers"><thead><tr><th>Approver</th><th>Role</th><th></th></tr></thead><tbody>
<tr data-approver="mchen"><td>M. Chen</td><td>Engineering</td><td><button type="button" aria-label="Remove approver">✕</button></td></tr>
<tr data-approver="rbose"><td>R. Bose</td><td>Quality</td><td><button type="button" aria-label="Remove approver">✕</button></td></tr>
<tr data-approver="tkale"><td>T. Kale</td><td>Supply chain</td><td><button type="button" aria-label="Remove approver">✕</button></td></tr>
</tbody></table>
<button type="button" class="pv-link">Add approver</button>
</section>
<div class="pv-actions row"><button type="button" class="pv-secondary">Save draft</button><button type="submit" class="pv-primary">Route for approval</button></div>
</form>
</main>
<footer class="pv-foot">PartVault · <a href="/help/changes">Change management help</a></footer>`,
);

const ecoPair: PagePair = {
  name: 'engineering-change-order-b21',
  v1: ecoV1,
  v2: ecoV2,
  targets: [
    {
      selector: 'input[name="eco_title"]',
      expect: '#change-summary',
      change: 'title relabelled change summary',
    },
    {
      selector: 'select[name="reason_code"]',
      expect: 'select#reason',
      change: 'name to id, question-style label, options reworded',
    },
    {
      selector: 'input[name="disp"][value="rework"]',
      expect: 'input[name="disposition"][value="REWORK"]',
      change: 'radio group renamed, values upper-cased',
    },
    {
      selector: 'input[name="disp"][value="use_as_is"]',
      expect: null,
      change: 'use-as-is option removed; return-to-supplier radio first in group',
    },
    {
      selector: '#add-affected-item',
      expect: 'button[data-testid="add-item"]',
      change: 'reworded add part, test id',
    },
    {
      selector: '#approvers li[data-user="mchen"] .remove',
      expect: 'tr[data-approver="mchen"] button[aria-label="Remove approver"]',
      change: 'approver list became table, text button to icon',
    },
    { selector: '#eco-submit', expect: 'button.pv-primary', change: 'reworded route for approval' },
    { selector: '#cost-impact', expect: null, change: 'cost impact field removed' },
  ],
};

// 11. First article inspection report, AS9102 form 3 (edited redesign).
const faiRow = (b: string, req: string, tol: string) =>
  `<tr data-balloon="${b}"><td>${b}</td><td>${req} (${tol})</td><td><input name="result-${b}"></td><td><select name="pf-${b}"><option>Pass</option><option>Fail</option></select></td><td><input class="gauge-id"></td></tr>`;
const faiRowV2 = (b: string, req: string, tol: string) =>
  `<tr data-balloon="${b}"><td>${b}</td><td>${req} (${tol})</td><td><input name="actual-${b}"></td><td><span class="auto-status muted">—</span></td><td><input class="gauge" placeholder="Gauge ID"></td></tr>`;
const faiRows = [
  ['1', 'Overall length 84.00', '±0.10'],
  ['2', 'Bore Ø12.00 H7', '+0.018/0'],
  ['3', 'Thread M6x1.0-6H', 'Go/No-go'],
  ['4', 'Flatness face A', '0.02'],
  ['5', 'Position of holes 4x Ø6.6', 'Ø0.15 |A|B|C|'],
  ['6', 'Surface finish Ra', '1.6 max'],
  ['7', 'Chamfer 0.5x45°', '±0.2'],
] as const;
const faiV1 = page(
  'FAI — 7741-203 Bracket',
  `<header><span class="logo">QMS Online</span><nav><a href="/ncr">NCRs</a><a href="/fai" class="active">First article</a><a href="/capa">CAPA</a></nav><span class="muted">Inspector: H. Berg</span></header>
<main>
<h1>First article inspection — Form 3 (characteristic accountability)</h1>
<form id="fai-form">
<div class="grid">
<label>Part number <input name="part_no" value="7741-203"></label>
<label>Drawing rev <input name="drawing_rev" value="D"></label>
<label>Serial / lot <input id="serial-no" value="L24-0311"></label>
</div>
<fieldset><legend>Reason for FAI</legend>
<label><input type="checkbox" id="chk-reason-new"> New part</label>
<label><input type="checkbox" id="chk-reason-design"> Design change</label>
<label><input type="checkbox" id="chk-reason-process"> Manufacturing process change</label>
<label><input type="checkbox" id="chk-reason-lapse"> Lapse in production (2 years)</label>
</fieldset>
<table class="char-table">
<thead><tr><th>Balloon</th><th>Requirement / tolerance</th><th>Result</th><th>Pass/Fail</th><th>Gauge</th></tr></thead>
<tbody>
${faiRows.map(([b, r, t]) => faiRow(b, r, t)).join('\n')}
</tbody>
</table>
<div class="row">
<button type="button" id="attach-cmm">Attach CMM report</button>
<button type="button" id="save-fai">Save</button>
<button type="submit" id="sign-form">Sign &amp; complete</button>
</div>
</form>
</main>
<footer>QMS Online · AS9102 Rev B templates</footer>`,
);
const faiV2 = edit(faiV1, [
  [
    '<label>Drawing rev <input name="drawing_rev" value="D"></label>',
    '<label>Drawing revision <input name="dwg_revision" value="D"></label>',
  ],
  [
    '<label>Serial / lot <input id="serial-no" value="L24-0311"></label>',
    '<label>Serial / lot <input name="serial" value="L24-0311"></label>',
  ],
  [
    '<label><input type="checkbox" id="chk-reason-lapse"> Lapse in production (2 years)</label>',
    '<label><input type="checkbox" id="chk-reason-event"> Natural or man-made event</label>',
  ],
  ['<th>Pass/Fail</th>', '<th>Status</th>'],
  [
    faiRows.map(([b, r, t]) => faiRow(b, r, t)).join('\n'),
    [
      faiRowV2('1', 'Overall length 84.00', '±0.10'),
      faiRowV2('2', 'Bore Ø12.00 H7', '+0.018/0'),
      faiRowV2('2A', 'Bore depth 18.0', '±0.1'),
      ...faiRows.slice(2).map(([b, r, t]) => faiRowV2(b, r, t)),
    ].join('\n'),
  ],
  [
    '<button type="button" id="attach-cmm">Attach CMM report</button>',
    '<button type="button" id="upload-cmm-report">Upload CMM results</button>',
  ],
  [
    '<button type="submit" id="sign-form">Sign &amp; complete</button>',
    '<button type="submit" id="complete-fai">Complete FAI</button>',
  ],
]);

const faiPair: PagePair = {
  name: 'first-article-inspection-report-b21',
  v1: faiV1,
  v2: faiV2,
  targets: [
    {
      selector: 'input[name="result-7"]',
      expect: 'input[name="actual-7"]',
      change: 'result fields renamed actual',
    },
    {
      selector: 'select[name="pf-6"]',
      expect: null,
      change: 'manual pass/fail select replaced by computed status',
    },
    {
      selector: '#chk-reason-lapse',
      expect: null,
      change: 'lapse-in-production reason removed; new event reason in same slot',
    },
    { selector: '#attach-cmm', expect: '#upload-cmm-report', change: 'id and wording changed' },
    { selector: '#sign-form', expect: '#complete-fai', change: 'sign & complete reworded complete FAI' },
    {
      selector: '.char-table tbody tr:nth-child(5) .gauge-id',
      expect: 'tr[data-balloon="5"] .gauge',
      change: 'balloon 2A row inserted above; gauge class renamed',
    },
    {
      selector: 'input[name="drawing_rev"]',
      expect: 'input[name="dwg_revision"]',
      change: 'renamed, label expanded',
    },
    { selector: '#serial-no', expect: 'input[name="serial"]', change: 'id replaced by name' },
  ],
};

// 12. DC nutrunner torque controller web UI (complete rewrite).
const tqV1 = page(
  'TC-4000 Controller — Parameter sets',
  `<header><strong>TC-4000</strong><span class="muted">Station 3B · Tool S/N 88214</span><span class="badge" id="tool-state">Ready</span></header>
<nav><a href="/psets" class="active">Parameter sets</a><a href="/results">Results</a><a href="/io">I/O</a><a href="/network">Network</a><a href="/system">System</a></nav>
<div class="sidebar"><h3>Psets</h3>
<ul id="pset-list">
<li data-pset="1"><a href="/psets/1">1 — M6 bracket</a></li>
<li data-pset="2"><a href="/psets/2">2 — M8 hinge</a></li>
<li data-pset="3" class="selected"><a href="/psets/3">3 — M10 seat rail</a></li>
<li data-pset="4"><a href="/psets/4">4 — M12 subframe</a></li>
</ul></div>
<main>
<h1>Pset 3 — M10 seat rail</h1>
<form id="pset-form">
<fieldset><legend>Torque</legend>
<label>Target (Nm) <input name="torque_target" value="48.0"></label>
<label>Min (Nm) <input name="torque_min" value="44.0"></label>
<label>Max (Nm) <input name="torque_max" value="52.0"></label>
</fieldset>
<fieldset><legend>Angle</legend>
<label>Min (°) <input name="angle_min" value="20"></label>
<label>Max (°) <input name="angle_max" value="180"></label>
</fieldset>
<fieldset><legend>Rundown</legend>
<label>Speed (rpm) <input name="rundown_speed" value="350"></label>
<label><input type="checkbox" name="soft_start" checked> Soft start</label>
</fieldset>
<label>Batch size <input id="batch-count" value="4"></label>
<div class="row"><button type="button" id="save-pset">Save</button><button type="button" id="send-to-tool">Send to tool</button><button type="button" id="print-label">Print label</button></div>
</form>
<h2>Last results</h2>
<table id="results">
<thead><tr><th>#</th><th>Time</th><th>Torque</th><th>Angle</th><th>Status</th></tr></thead>
<tbody>
<tr data-result="48214"><td>48214</td><td>10:41:07</td><td>48.3</td><td>96</td><td class="status">OK</td></tr>
<tr data-result="48213"><td>48213</td><td>10:41:02</td><td>53.1</td><td>71</td><td class="status">NOK</td></tr>
<tr data-result="48212"><td>48212</td><td>10:40:58</td><td>47.9</td><td>102</td><td class="status">OK</td></tr>
</tbody>
</table>
</main>
<footer>Firmware 5.1.2 · 192.168.10.31</footer>`,
);
const tqV2 = page(
  'Station 3B · Tightening programs',
  `<header class="tc-top"><span class="tc-logo">TC-4000</span><span>Station 3B</span><span class="tc-pill ok">● Ready</span><a href="/login" class="tc-user">Engineer</a></header>
<div class="tc-layout">
<nav class="tc-side"><a href="/programs" aria-current="page">Programs</a><a href="/results">Results</a><a href="/inputs-outputs">Inputs/outputs</a><a href="/connectivity">Connectivity</a><a href="/maintenance">Maintenance</a><a href="/settings">Settings</a></nav>
<main class="tc-main">
<div role="tablist" class="tc-tabs">
<button role="tab" data-pset="1">P1 M6 bracket</button>
<button role="tab" data-pset="2">P2 M8 hinge</button>
<button role="tab" data-pset="3" aria-selected="true">P3 M10 seat rail</button>
<button role="tab" data-pset="4">P4 M12 subframe</button>
<button role="tab" data-pset="5">P5 M10 seat rail (rework)</button>
</div>
<section class="tc-card"><h2>Final torque</h2>
<div class="row"><label for="tq-lo">Lower limit</label><input id="tq-lo" value="44.0"><label for="tq-nom">Nominal torque (Nm)</label><input id="tq-nom" value="48.0"><label for="tq-hi">Upper limit</label><input id="tq-hi" value="52.0"></div>
</section>
<section class="tc-card"><h2>Angle monitoring</h2>
<div class="row"><label for="ang-lo">Lower limit (°)</label><input id="ang-lo" value="20"><label for="ang-hi">Upper limit (°)</label><input id="ang-hi" value="180"></div>
</section>
<section class="tc-card"><h2>Strategy</h2>
<label for="speed">Rundown speed (rpm)</label><input id="speed" value="350">
<label><input type="checkbox" name="reverse_after"> Reverse after tightening</label>
<label for="batch">Batch size</label><input id="batch" name="batchSize" value="4">
</section>
<div class="tc-actions row"><button class="tc-secondary">Discard</button><button class="tc-secondary">Save</button><button class="tc-primary" data-testid="apply-pset">Apply to tool</button></div>
<h2>Recent tightenings</h2>
<ul class="tc-results">
<li data-result="48212"><span>#48212</span><span>47.9 Nm / 102°</span><span class="tc-pill ok">OK</span></li>
<li data-result="48213"><span>#48213</span><span>53.1 Nm / 71°</span><span class="tc-pill nok">NOK</span></li>
<li data-result="48214"><span>#48214</span><span>48.3 Nm / 96°</span><span class="tc-pill ok">OK</span></li>
</ul>
</main>
</div>
<footer class="tc-foot">Firmware 6.0.0</footer>`,
);

const tqPair: PagePair = {
  name: 'nutrunner-torque-controller-b21',
  v1: tqV1,
  v2: tqV2,
  targets: [
    {
      selector: '#pset-list li[data-pset="3"]',
      expect: 'button[role="tab"][data-pset="3"]',
      change: 'sidebar list became tab strip, extra pset added',
    },
    {
      selector: 'input[name="torque_target"]',
      expect: '#tq-nom',
      change: 'target renamed nominal, moved to middle of row',
    },
    { selector: 'input[name="torque_min"]', expect: '#tq-lo', change: 'min relabelled lower limit' },
    {
      selector: 'input[name="soft_start"]',
      expect: null,
      change: 'soft start option removed; reverse-after checkbox in same place',
    },
    {
      selector: '#send-to-tool',
      expect: 'button[data-testid="apply-pset"]',
      change: 'reworded apply to tool',
    },
    {
      selector: '#results tbody tr:nth-child(2) .status',
      expect: 'li[data-result="48213"] .nok',
      change: 'results table became list, oldest first',
    },
    { selector: '#batch-count', expect: 'input[name="batchSize"]', change: 'id changed, name added' },
    { selector: '#print-label', expect: null, change: 'label printing removed' },
  ],
};

// 13. E-kanban replenishment board (edited redesign).
const kbCard = (id: string, part: string, desc: string, bin: string, status: string) =>
  `<div class="kb-card card" data-card="${id}"><h3>${part}</h3><p>${desc}</p><p class="muted">Bin qty ${bin} · ${status}</p><button class="trigger">Trigger</button></div>`;
const kbV1 = page(
  'E-Kanban — Supermarket S2',
  `<header><span class="logo">FlowKanban</span><nav><a href="/board" class="active">Board</a><a href="/loops">Loops</a><a href="/suppliers">Suppliers</a><a href="/signals">Signals</a></nav><a href="/loop-settings" id="loop-settings">Loop settings</a></header>
<main>
<div class="row">
<label>Area <select name="area"><option>Supermarket S1</option><option selected>Supermarket S2</option><option>Line-side L4</option></select></label>
<label>Supplier <select id="filter-supplier"><option>All</option><option>Würth</option><option>Bossard</option><option>In-house</option></select></label>
<input id="scan-input" placeholder="Scan kanban barcode">
<button id="print-cards">Print cards</button>
</div>
<section class="grid3" id="kb-board">
${kbCard('KB-0131', 'M8x25 hex bolt', 'Zinc flake, 8.8', '500', 'Full')}
${kbCard('KB-0142', 'M8 flange nut', 'Serrated, zinc', '1000', 'Empty')}
${kbCard('KB-0157', 'Cable tie 200mm', 'Black, UV', '100', 'Full')}
${kbCard('KB-0188', 'Grommet 22mm', 'EPDM blind', '250', 'Empty')}
${kbCard('KB-0190', 'Clip, harness', 'Christmas tree', '400', 'In transit')}
${kbCard('KB-0203', 'Washer M8', 'Form A, zinc', '1000', 'Full')}
</section>
<h2>Recent signals</h2>
<table id="signal-log">
<thead><tr><th>Card</th><th>Time</th><th>By</th><th></th></tr></thead>
<tbody>
<tr><td>KB-0142</td><td>09:12</td><td>Scanner 4</td><td><button class="cancel">Cancel</button></td></tr>
<tr><td>KB-0188</td><td>08:57</td><td>L. Moreau</td><td><button class="cancel">Cancel</button></td></tr>
<tr><td>KB-0190</td><td>07:30</td><td>Scanner 2</td><td></td></tr>
</tbody>
</table>
</main>
<footer>FlowKanban 4.2</footer>`,
);
const kbV2 = edit(kbV1, [
  ['<a href="/loop-settings" id="loop-settings">Loop settings</a>', '<a href="/help">Help</a>'],
  ['<select name="area">', '<select name="supermarket">'],
  ['<label>Supplier <select id="filter-supplier">', '<label>Vendor <select id="vendor">'],
  [
    '<input id="scan-input" placeholder="Scan kanban barcode">',
    '<input name="barcode" placeholder="Scan card" autofocus>',
  ],
  ['<button id="print-cards">Print cards</button>', '<button id="reprint-labels">Reprint labels</button>'],
  [
    kbCard('KB-0142', 'M8 flange nut', 'Serrated, zinc', '1000', 'Empty'),
    '<div class="kb-card card" data-card="KB-0142"><h3>M8 flange nut</h3><p>Serrated, zinc</p><p class="muted">Bin qty 1000 · Empty</p><button class="request">Request refill</button></div>',
  ],
  [
    kbCard('KB-0188', 'Grommet 22mm', 'EPDM blind', '250', 'Empty'),
    kbCard('KB-0195', 'Grommet 25mm', 'EPDM blind', '250', 'Empty'),
  ],
  [
    '<tr><td>KB-0142</td><td>09:12</td><td>Scanner 4</td><td><button class="cancel">Cancel</button></td></tr>',
    '<tr><td>KB-0142</td><td>09:12</td><td>Scanner 4</td><td><a href="#undo-0142" class="undo">Undo</a></td></tr>',
  ],
  [
    '<tr><td>KB-0188</td><td>08:57</td><td>L. Moreau</td><td><button class="cancel">Cancel</button></td></tr>',
    '<tr><td>KB-0188</td><td>08:57</td><td>L. Moreau</td><td><a href="#undo-0188" class="undo">Undo</a></td></tr>',
  ],
]);

const kbPair: PagePair = {
  name: 'e-kanban-replenishment-b21',
  v1: kbV1,
  v2: kbV2,
  targets: [
    { selector: '#scan-input', expect: 'input[name="barcode"]', change: 'id dropped, placeholder shortened' },
    {
      selector: '.kb-card[data-card="KB-0142"] .trigger',
      expect: '.kb-card[data-card="KB-0142"] .request',
      change: 'trigger reworded request refill',
    },
    {
      selector: '.kb-card[data-card="KB-0188"] .trigger',
      expect: null,
      change: 'loop retired; card for a similar grommet sits in its place',
    },
    { selector: 'select[name="area"]', expect: 'select[name="supermarket"]', change: 'select renamed' },
    {
      selector: '#signal-log tbody tr:first-child .cancel',
      expect: 'a[href="#undo-0142"]',
      change: 'cancel button became undo link',
    },
    { selector: '#print-cards', expect: '#reprint-labels', change: 'id and wording changed' },
    {
      selector: '#loop-settings',
      expect: null,
      change: 'settings link removed from header; help link in its place',
    },
    {
      selector: '#filter-supplier',
      expect: 'select#vendor',
      change: 'supplier filter relabelled vendor, id renamed',
    },
  ],
};

// 14. Paint booth recipe editor (complete rewrite).
const paintV1 = page(
  'Recipe 2207 — Topcoat booth 2',
  `<header><span class="logo">PaintLine Supervisor</span><nav><a href="/recipes" class="active">Recipes</a><a href="/booths">Booths</a><a href="/robots">Robots</a><a href="/quality">Film build</a><a href="/alarms">Alarms</a></nav></header>
<main>
<h1>Recipe 2207 · Basecoat — Booth 2</h1>
<form id="recipe-form">
<label>Colour <select name="colour_code"><option>NH-731P Crystal Black</option><option selected>R-81 Flame Red</option><option>B-593M Aegean Blue</option></select></label>
<fieldset><legend>Booth environment</legend>
<label>Booth temperature (°C) <input name="booth_temp" value="23"></label>
<label>Relative humidity (%) <input name="booth_rh" value="65"></label>
<label>Downdraft (m/s) <input name="downdraft" value="0.35"></label>
</fieldset>
<fieldset><legend>Applicator (robot bell)</legend>
<label>Fluid flow (cc/min) <input name="fluid_flow" value="260"></label>
<label>Bell speed (krpm) <input name="bell_speed" value="45"></label>
<label>Shaping air (Nl/min) <input name="shaping_air" value="180"></label>
<label>Atomising air (bar) <input name="atomising_air" value="2.5"></label>
</fieldset>
<fieldset><legend>Flash &amp; bake</legend>
<label>Flash-off (min) <input name="flash_off" value="5"></label>
<label>Oven temperature (°C) <input name="bake_temp" value="140"></label>
<label>Bake time (min) <input name="bake_time" value="20"></label>
</fieldset>
<div class="row"><button type="button" id="btn-save">Save</button><button type="button" id="btn-compare">Compare with active</button><button type="button" id="btn-download-plc">Download to PLC</button></div>
</form>
<h2>Versions</h2>
<table id="recipe-versions">
<thead><tr><th>Version</th><th>Saved</th><th>By</th><th></th></tr></thead>
<tbody>
<tr><td>v15</td><td>11 Mar</td><td>A. Lund</td><td><a href="/recipes/2207/v15" class="restore">Restore</a></td></tr>
<tr><td>v14</td><td>02 Mar</td><td>A. Lund</td><td><a href="/recipes/2207/v14" class="restore">Restore</a></td></tr>
<tr><td>v13</td><td>18 Feb</td><td>J. Tan</td><td><a href="/recipes/2207/v13" class="restore">Restore</a></td></tr>
</tbody>
</table>
</main>
<footer>PaintLine Supervisor 3.3</footer>`,
);
const paintV2 = page(
  'Booth 2 · Basecoat recipe 2207',
  `<header class="pl-head"><span class="pl-logo">PaintLine</span><a href="/recipes" aria-current="page">Recipes</a><a href="/booths">Booths</a><a href="/applicators">Applicators</a><a href="/film-build">Film build</a><a href="/events">Events</a><button class="pl-bell" aria-label="Alarms">🔔</button></header>
<main class="pl-main">
<h1>Basecoat recipe 2207 <span class="badge">Booth 2</span></h1>
<div class="pl-colour"><label for="colour">Colour</label><input id="colour" list="colours" value="R-81 Flame Red"><datalist id="colours"><option value="NH-731P Crystal Black"><option value="R-81 Flame Red"><option value="B-593M Aegean Blue"></datalist></div>
<div class="grid3">
<section class="card"><h2>Air</h2>
<label for="booth-t">Temperature °C</label><input id="booth-t" value="23">
<label for="booth-h">Humidity %RH</label><input id="booth-h" value="65">
<label for="airflow-down">Downdraft velocity m/s</label><input id="airflow-down" value="0.35">
</section>
<section class="card"><h2>Bell</h2>
<input aria-label="Paint flow (cc/min)" value="260">
<input aria-label="Bell speed (krpm)" value="45">
<input id="shaping-air-nl" aria-label="Shaping air (Nl/min)" value="180">
<input aria-label="Electrostatic voltage (kV)" value="70">
</section>
<section class="card"><h2>Oven</h2>
<input aria-label="Flash-off (min)" value="5">
<input aria-label="Metal temperature (°C)" value="140">
<input aria-label="Time at temperature (min)" value="20">
</section>
</div>
<div class="pl-actions row"><button class="pl-secondary">Save draft</button><button class="pl-primary" data-testid="push-recipe">Push to line</button></div>
<h2>History</h2>
<ul class="pl-history">
<li data-version="v15">v15 · 11 Mar · A. Lund <button class="restore">Roll back</button></li>
<li data-version="v14">v14 · 02 Mar · A. Lund <button class="restore">Roll back</button></li>
<li data-version="v13">v13 · 18 Feb · J. Tan <button class="restore">Roll back</button></li>
</ul>
</main>
<footer class="pl-foot">PaintLine 4 · <a href="/docs">Docs</a></footer>`,
);

const paintPair: PagePair = {
  name: 'paint-booth-recipe-editor-b21',
  v1: paintV1,
  v2: paintV2,
  targets: [
    {
      selector: 'select[name="colour_code"]',
      expect: '#colour',
      change: 'select became searchable datalist input',
    },
    {
      selector: 'input[name="bell_speed"]',
      expect: 'input[aria-label="Bell speed (krpm)"]',
      change: 'labels moved into aria-label, card layout',
    },
    { selector: 'input[name="shaping_air"]', expect: '#shaping-air-nl', change: 'name replaced by id' },
    {
      selector: 'input[name="atomising_air"]',
      expect: null,
      change: 'atomising air removed; electrostatic kV field in its position',
    },
    {
      selector: '#btn-download-plc',
      expect: 'button[data-testid="push-recipe"]',
      change: 'download to PLC reworded push to line',
    },
    { selector: '#btn-compare', expect: null, change: 'compare with active dropped' },
    {
      selector: '#recipe-versions tbody tr:nth-child(3) a.restore',
      expect: 'li[data-version="v13"] button.restore',
      change: 'version table became list, restore link became roll back button',
    },
    {
      selector: 'input[name="downdraft"]',
      expect: '#airflow-down',
      change: 'relabelled downdraft velocity, id only',
    },
  ],
};

// 15. Compressed-air leak survey (phone, edited redesign).
const leakV1 = page(
  'Leak survey — Building 3',
  `<header class="app-bar"><a href="/surveys" class="back">‹ Surveys</a><strong>Leak survey · Building 3</strong><span class="badge">6 tagged</span></header>
<main>
<form id="leak-form">
<label>Tag number <input name="tag_no" value="L-0417"></label>
<label>Location <input name="location" placeholder="e.g. Press 4, rear manifold"></label>
<label>Component <select name="component"><option>Fitting</option><option>Hose</option><option>Valve</option><option>Cylinder</option><option>FRL</option><option>Quick coupler</option></select></label>
<label>Ultrasonic reading (dB) <input name="db_level" type="number"></label>
<label>Distance (cm) <input name="distance_cm" type="number"></label>
<p>Estimated loss: <span id="est-loss">— l/min</span></p>
<fieldset><legend>Priority</legend>
<label><input type="radio" name="priority" value="high"> High</label>
<label><input type="radio" name="priority" value="medium"> Medium</label>
<label><input type="radio" name="priority" value="low"> Low</label>
</fieldset>
<button type="button" id="add-photo">Add photo</button>
<label><input type="checkbox" id="repair-now"> Repaired during survey</label>
<div class="row"><button type="submit" id="save-tag">Save tag</button><button type="submit" id="save-new">Save &amp; new</button></div>
</form>
<h2>Tagged this survey</h2>
<ul class="leak-list">
<li data-tag="L-0411">L-0411 · Press 2 FRL · 8 l/min <a href="/leaks/L-0411" class="edit">Edit</a></li>
<li data-tag="L-0412">L-0412 · Welder 6 hose · 22 l/min <a href="/leaks/L-0412" class="edit">Edit</a></li>
<li data-tag="L-0413">L-0413 · Conveyor blow-off · 40 l/min <a href="/leaks/L-0413" class="edit">Edit</a></li>
<li data-tag="L-0414">L-0414 · Press 4 valve · 12 l/min <a href="/leaks/L-0414" class="edit">Edit</a></li>
<li data-tag="L-0415">L-0415 · Robot 3 coupler · 6 l/min <a href="/leaks/L-0415" class="edit">Edit</a></li>
<li data-tag="L-0416">L-0416 · Dryer bypass · 15 l/min <a href="/leaks/L-0416" class="edit">Edit</a></li>
</ul>
</main>
<footer class="tab-bar"><a href="/surveys">Surveys</a><a href="/map">Map</a><a href="/sync">Sync</a></footer>`,
);
const leakV2 = edit(leakV1, [
  [
    '<label>Tag number <input name="tag_no" value="L-0417"></label>',
    '<label>Tag # <input name="tag" value="L-0417"></label>',
  ],
  ['<select name="component">', '<select name="leak_source">'],
  ['<option>FRL</option>', '<option>Filter/regulator</option>'],
  [
    '<label>Distance (cm) <input name="distance_cm" type="number"></label>',
    '<label>Line pressure (bar) <input name="line_bar" type="number"></label>',
  ],
  [
    '<p>Estimated loss: <span id="est-loss">— l/min</span></p>',
    '<p>Estimated loss <output class="est-loss">— l/min</output></p>',
  ],
  [
    '<label><input type="radio" name="priority" value="high"> High</label>\n<label><input type="radio" name="priority" value="medium"> Medium</label>\n<label><input type="radio" name="priority" value="low"> Low</label>',
    '<label><input type="radio" name="priority" value="P1"> P1 – fix this week</label>\n<label><input type="radio" name="priority" value="P2"> P2 – next shutdown</label>\n<label><input type="radio" name="priority" value="P3"> P3 – monitor</label>',
  ],
  [
    '<button type="button" id="add-photo">Add photo</button>',
    '<button type="button" aria-label="Take photo" class="icon">📷</button>',
  ],
  ['<label><input type="checkbox" id="repair-now"> Repaired during survey</label>\n', ''],
  [
    '<div class="row"><button type="submit" id="save-tag">Save tag</button><button type="submit" id="save-new">Save &amp; new</button></div>',
    '<div class="row sticky"><button type="submit" data-action="save-next">Save, tag next</button><button type="submit" data-action="save">Save leak</button></div>',
  ],
  [
    '<li data-tag="L-0411">L-0411 · Press 2 FRL · 8 l/min <a href="/leaks/L-0411" class="edit">Edit</a></li>\n<li data-tag="L-0412">L-0412 · Welder 6 hose · 22 l/min <a href="/leaks/L-0412" class="edit">Edit</a></li>\n<li data-tag="L-0413">L-0413 · Conveyor blow-off · 40 l/min <a href="/leaks/L-0413" class="edit">Edit</a></li>\n<li data-tag="L-0414">L-0414 · Press 4 valve · 12 l/min <a href="/leaks/L-0414" class="edit">Edit</a></li>\n<li data-tag="L-0415">L-0415 · Robot 3 coupler · 6 l/min <a href="/leaks/L-0415" class="edit">Edit</a></li>\n<li data-tag="L-0416">L-0416 · Dryer bypass · 15 l/min <a href="/leaks/L-0416" class="edit">Edit</a></li>',
    '<li data-tag="L-0416">L-0416 · Dryer bypass · 15 l/min <a href="/leaks/L-0416" class="edit">Edit</a></li>\n<li data-tag="L-0415">L-0415 · Robot 3 coupler · 6 l/min <a href="/leaks/L-0415" class="edit">Edit</a></li>\n<li data-tag="L-0414">L-0414 · Press 4 valve · 12 l/min <a href="/leaks/L-0414" class="edit">Edit</a></li>\n<li data-tag="L-0413">L-0413 · Conveyor blow-off · 40 l/min <a href="/leaks/L-0413" class="edit">Edit</a></li>\n<li data-tag="L-0412">L-0412 · Welder 6 hose · 22 l/min <a href="/leaks/L-0412" class="edit">Edit</a></li>\n<li data-tag="L-0411">L-0411 · Press 2 filter/regulator · 8 l/min <a href="/leaks/L-0411" class="edit">Edit</a></li>',
  ],
]);

const leakPair: PagePair = {
  name: 'compressed-air-leak-survey-b21',
  v1: leakV1,
  v2: leakV2,
  targets: [
    { selector: 'input[name="tag_no"]', expect: 'input[name="tag"]', change: 'renamed, label shortened' },
    {
      selector: 'select[name="component"]',
      expect: 'select[name="leak_source"]',
      change: 'renamed, option reworded',
    },
    {
      selector: 'input[name="distance_cm"]',
      expect: null,
      change: 'distance field removed; line pressure field in its slot',
    },
    { selector: '#est-loss', expect: 'output.est-loss', change: 'span with id became output element' },
    {
      selector: 'input[name="priority"][value="high"]',
      expect: 'input[name="priority"][value="P1"]',
      change: 'priority values recoded P1–P3 with descriptions',
    },
    { selector: '#repair-now', expect: null, change: 'repaired-during-survey checkbox removed' },
    {
      selector: '#save-tag',
      expect: 'button[data-action="save"]',
      change: 'id dropped, reworded, now second in sticky bar',
    },
    {
      selector: '.leak-list li:nth-child(2) a.edit',
      expect: 'li[data-tag="L-0412"] a.edit',
      change: 'list re-sorted newest first',
    },
  ],
};

// 16. MRO storeroom parts issue counter (complete rewrite).
const storeV1 = page(
  'Storeroom issue — Counter 1',
  `<header><span class="logo">FixTrak Stores</span><nav><a href="/issue" class="active">Issue</a><a href="/receive">Receive</a><a href="/returns">Returns</a><a href="/cycle-count">Cycle count</a><a href="/reorder">Reorder</a></nav><span class="muted">Storekeeper: B. Walsh</span></header>
<main>
<div class="row"><label>Work order <input id="wo-lookup" placeholder="WO number"></label><button id="wo-find">Find</button></div>
<div class="card" id="wo-panel"><b>WO-58812</b> · Replace conveyor C4 drive belt · Asset C4 · Tech: D. Price</div>
<div class="row"><input name="part_query" placeholder="Search parts"><button id="part-search">Search</button></div>
<table id="part-results">
<thead><tr><th>SKU</th><th>Description</th><th>Bin</th><th>On hand</th><th></th></tr></thead>
<tbody>
<tr data-sku="BLT-A42"><td>BLT-A42</td><td>V-belt A42</td><td>R3-S2-B4</td><td>6</td><td><button class="add">Add</button></td></tr>
<tr data-sku="BRG-6205"><td>BRG-6205</td><td>Bearing 6205-2RS</td><td>R1-S4-B1</td><td>14</td><td><button class="add">Add</button></td></tr>
<tr data-sku="FLT-0442"><td>FLT-0442</td><td>Hydraulic filter 10µ</td><td>R5-S1-B2</td><td>3</td><td><button class="add">Add</button></td></tr>
<tr data-sku="GRS-EP2"><td>GRS-EP2</td><td>Grease EP2 400g</td><td>R2-S1-B6</td><td>22</td><td><button class="add">Add</button></td></tr>
</tbody>
</table>
<h2>Items to issue</h2>
<table id="cart">
<thead><tr><th>SKU</th><th>Description</th><th>Qty</th><th></th></tr></thead>
<tbody>
<tr><td>BRG-6205</td><td>Bearing 6205-2RS</td><td><input class="qty" value="2"></td><td><a href="#" class="remove">Remove</a></td></tr>
<tr><td>BLT-A42</td><td>V-belt A42</td><td><input class="qty" value="1"></td><td><a href="#" class="remove">Remove</a></td></tr>
</tbody>
</table>
<div class="grid">
<label>Issue to <select name="issued_to"><option>D. Price</option><option>S. Okafor</option><option>L. Haines</option></select></label>
<label>Cost centre <input name="cost_centre" value="4410-MAINT"></label>
</div>
<div class="row"><button id="issue-btn">Issue parts</button><button id="clear-cart">Clear</button><button id="print-pick">Print pick slip</button></div>
</main>
<footer>FixTrak Stores 11.4</footer>`,
);
const storeV2 = page(
  'Issue parts · Stores',
  `<header class="pos-top"><span class="pos-brand">FixTrak</span><span>Stores counter 1</span><a href="/stores/receive">Receive</a><a href="/stores/returns">Returns</a><a href="/stores/counts">Counts</a><span class="pos-user">BW</span></header>
<div class="pos">
<section class="pos-left">
<input type="search" class="pos-wo" placeholder="Work order or asset" value="WO-58812">
<p class="muted">Replace conveyor C4 drive belt · D. Price</p>
<input type="search" class="pos-find" placeholder="Find a part by SKU, name or bin">
<div class="pos-results grid">
<article class="card" data-sku="BLT-A42"><h3>V-belt A42</h3><p class="muted">BLT-A42 · R3-S2-B4 · 6 in stock</p><button aria-label="Add to issue">+</button></article>
<article class="card" data-sku="BRG-6205"><h3>Bearing 6205-2RS</h3><p class="muted">BRG-6205 · R1-S4-B1 · 14 in stock</p><button aria-label="Add to issue">+</button></article>
<article class="card" data-sku="FLT-0442"><h3>Hydraulic filter 10µ</h3><p class="muted">FLT-0442 · R5-S1-B2 · 3 in stock</p><button aria-label="Add to issue">+</button></article>
<article class="card" data-sku="FLT-0443"><h3>Hydraulic filter 25µ</h3><p class="muted">FLT-0443 · R5-S1-B3 · 5 in stock</p><button aria-label="Add to issue">+</button></article>
<article class="card" data-sku="GRS-EP2"><h3>Grease EP2 400g</h3><p class="muted">GRS-EP2 · R2-S1-B6 · 22 in stock</p><button aria-label="Add to issue">+</button></article>
</div>
</section>
<aside class="pos-cart card">
<div class="row"><h2>Issue</h2><button aria-label="Empty cart">🗑</button></div>
<ul class="pos-lines">
<li data-sku="BRG-6205">Bearing 6205-2RS <input type="number" value="2" aria-label="Quantity"><button aria-label="Remove line">✕</button></li>
<li data-sku="BLT-A42">V-belt A42 <input type="number" value="1" aria-label="Quantity"><button aria-label="Remove line">✕</button></li>
</ul>
<label>Technician <input name="badge" placeholder="Scan technician badge"></label>
<label>Reason <select name="reason"><option>Planned work</option><option>Breakdown</option><option>Stock transfer</option></select></label>
<button type="submit" class="pos-primary">Issue 3 items</button>
</aside>
</div>
<footer class="pos-foot">FixTrak 12</footer>`,
);

const storePair: PagePair = {
  name: 'storeroom-parts-issue-b21',
  v1: storeV1,
  v2: storeV2,
  targets: [
    { selector: '#wo-lookup', expect: 'input.pos-wo', change: 'id dropped, placeholder reworded' },
    {
      selector: '#part-results tr[data-sku="FLT-0442"] .add',
      expect: 'article[data-sku="FLT-0442"] button',
      change: 'result rows became cards with + icon; similar filter added next to it',
    },
    {
      selector: 'select[name="issued_to"]',
      expect: 'input[name="badge"]',
      change: 'technician select replaced by badge scan field',
    },
    {
      selector: 'input[name="cost_centre"]',
      expect: null,
      change: 'cost centre removed (from WO); reason select in its slot',
    },
    {
      selector: '#issue-btn',
      expect: 'button.pos-primary',
      change: 'moved into cart panel, label includes count',
    },
    { selector: '#print-pick', expect: null, change: 'pick slip printing removed' },
    {
      selector: '#cart tbody tr:nth-child(2) input.qty',
      expect: 'li[data-sku="BLT-A42"] input',
      change: 'cart table became list in side panel',
    },
    {
      selector: '#clear-cart',
      expect: 'button[aria-label="Empty cart"]',
      change: 'text button became bin icon',
    },
  ],
};

// 17. Boiler water treatment daily log (edited redesign).
const boilerV1 = page(
  'Boiler 2 — daily water test',
  `<header><span class="logo">UtilityLog</span><nav><a href="/boilers" class="active">Boilers</a><a href="/chillers">Chillers</a><a href="/cooling-towers">Cooling towers</a><a href="/compressors">Compressors</a></nav><span class="muted">Site: Ashford plant</span></header>
<main>
<h1>Daily water test — Boiler 2 (4 MW fire-tube)</h1>
<form id="water-form">
<div class="row"><label>Date <input type="date" name="test_date" value="2024-03-14"></label><label>Tested by <select name="tested_by"><option>G. Harris</option><option>P. Lin</option><option>Contractor</option></select></label></div>
<table id="params">
<thead><tr><th>Parameter</th><th>Target</th><th>Reading</th></tr></thead>
<tbody>
<tr><td>TDS (ppm)</td><td>2000–3000</td><td><input name="tds"></td></tr>
<tr><td>pH</td><td>10.5–11.5</td><td><input name="ph"></td></tr>
<tr><td>Sulphite (ppm)</td><td>30–60</td><td><input name="sulphite"></td></tr>
<tr><td>Total hardness (ppm CaCO₃)</td><td>&lt; 2</td><td><input name="hardness"></td></tr>
<tr><td>P alkalinity (ppm)</td><td>200–400</td><td><input name="p_alk"></td></tr>
<tr><td>Condensate return (%)</td><td>—</td><td><input name="cond_return"></td></tr>
</tbody>
</table>
<fieldset><legend>Blowdown</legend>
<label><input type="checkbox" name="bottom_bd"> Bottom blowdown done</label>
<label>TDS valve setpoint (µS/cm) <input name="tds_setpoint" value="4000"></label>
</fieldset>
<h2>Chemical dosing</h2>
<table id="dosing">
<thead><tr><th>Product</th><th>Pump stroke %</th><th>Tank level %</th></tr></thead>
<tbody>
<tr data-product="OS-200"><td>OS-200 oxygen scavenger</td><td><input class="stroke" value="35"></td><td><input class="level" value="60"></td></tr>
<tr data-product="AL-110"><td>AL-110 alkalinity builder</td><td><input class="stroke" value="20"></td><td><input class="level" value="45"></td></tr>
</tbody>
</table>
<div class="row"><button type="submit" id="save-reading">Save reading</button><button type="button" id="flag-oor">Flag out of range</button><a href="/boilers/2/trends" class="trends">View trends</a></div>
</form>
<h2>Previous readings</h2>
<table id="history">
<thead><tr><th>Date</th><th>TDS</th><th>pH</th><th>Sulphite</th><th>By</th></tr></thead>
<tbody>
<tr data-date="2024-03-11"><td>11 Mar</td><td>2450</td><td>11.0</td><td>42</td><td>G. Harris</td></tr>
<tr data-date="2024-03-12"><td>12 Mar</td><td>2610</td><td>11.1</td><td>38</td><td>G. Harris</td></tr>
<tr data-date="2024-03-13"><td>13 Mar</td><td>3120</td><td>11.3</td><td>29</td><td>P. Lin</td></tr>
</tbody>
</table>
</main>
<footer>UtilityLog 2.9 · BG04 guidance</footer>`,
);
const boilerV2 = edit(boilerV1, [
  [
    '<span class="muted">Site: Ashford plant</span></header>',
    '<a href="/boilers/2/trends">Trends</a><span class="muted">Site: Ashford plant</span></header>',
  ],
  ['<input name="tds">', '<input name="tds_ppm" inputmode="numeric">'],
  [
    '<tr><td>P alkalinity (ppm)</td><td>200–400</td><td><input name="p_alk"></td></tr>',
    '<tr><td>M alkalinity (ppm)</td><td>300–700</td><td><input name="m_alk"></td></tr>',
  ],
  [
    '<label><input type="checkbox" name="bottom_bd"> Bottom blowdown done</label>',
    '<label><input type="checkbox" name="blowdown_bottom"> Bottom blowdown carried out this shift</label>',
  ],
  ['<input class="stroke" value="35">', '<input class="pump-stroke" value="35">'],
  ['<input class="stroke" value="20">', '<input class="pump-stroke" value="20">'],
  [
    '<div class="row"><button type="submit" id="save-reading">Save reading</button><button type="button" id="flag-oor">Flag out of range</button><a href="/boilers/2/trends" class="trends">View trends</a></div>',
    '<div class="row"><button type="submit" id="submit-log">Submit log</button></div>',
  ],
  [
    '<tr data-date="2024-03-11"><td>11 Mar</td><td>2450</td><td>11.0</td><td>42</td><td>G. Harris</td></tr>\n<tr data-date="2024-03-12"><td>12 Mar</td><td>2610</td><td>11.1</td><td>38</td><td>G. Harris</td></tr>\n<tr data-date="2024-03-13"><td>13 Mar</td><td>3120</td><td>11.3</td><td>29</td><td>P. Lin</td></tr>',
    '<tr data-date="2024-03-13"><td>13 Mar</td><td>3120</td><td>11.3</td><td>29</td><td>P. Lin</td></tr>\n<tr data-date="2024-03-12"><td>12 Mar</td><td>2610</td><td>11.1</td><td>38</td><td>G. Harris</td></tr>\n<tr data-date="2024-03-11"><td>11 Mar</td><td>2450</td><td>11.0</td><td>42</td><td>G. Harris</td></tr>',
  ],
]);

const boilerPair: PagePair = {
  name: 'boiler-water-treatment-log-b21',
  v1: boilerV1,
  v2: boilerV2,
  targets: [
    {
      selector: 'input[name="tds"]',
      expect: 'input[name="tds_ppm"]',
      change: 'input renamed with unit suffix',
    },
    {
      selector: 'input[name="p_alk"]',
      expect: null,
      change: 'P alkalinity test dropped; M alkalinity row in same position',
    },
    {
      selector: 'input[name="bottom_bd"]',
      expect: 'input[name="blowdown_bottom"]',
      change: 'checkbox renamed, label reworded',
    },
    { selector: '#save-reading', expect: '#submit-log', change: 'save reading reworded submit log' },
    { selector: '#flag-oor', expect: null, change: 'manual out-of-range flag removed' },
    {
      selector: '#dosing tr[data-product="OS-200"] .stroke',
      expect: 'tr[data-product="OS-200"] .pump-stroke',
      change: 'class renamed',
    },
    {
      selector: 'a.trends',
      expect: 'header a[href="/boilers/2/trends"]',
      change: 'trend link moved to header',
    },
    {
      selector: '#history tbody tr:last-child',
      expect: 'tr[data-date="2024-03-13"]',
      change: 'history re-sorted newest first',
    },
  ],
};

// 18. Overhead crane pre-use check (phone, complete rewrite).
const craneItem = (name: string, label: string) =>
  `<tr><td>${label}</td><td><label><input type="radio" name="${name}" value="pass"> Pass</label></td><td><label><input type="radio" name="${name}" value="fail"> Fail</label></td></tr>`;
const craneItemV2 = (key: string, label: string) =>
  `<li class="_ci_3k" data-item="${key}"><p class="_cl_9a">${label}</p><div class="_seg_1q"><button type="button" aria-pressed="false" data-value="ok">OK</button><button type="button" aria-pressed="false" data-value="defect">Defect</button></div></li>`;
const craneV1 = page(
  'Pre-use check — OHC-3',
  `<header class="app-bar"><a href="/equipment" class="back">‹ Back</a><strong>Pre-use check</strong></header>
<main>
<h1>Overhead crane OHC-3 (10 t) — Bay 2</h1>
<form id="crane-check">
<label>Operator <input name="operator" value="T. Murphy"></label>
<label>Shift <select name="shift"><option>Days</option><option>Lates</option><option>Nights</option></select></label>
<label>Hour meter <input name="hour_meter" type="number"></label>
<table class="checklist">
<thead><tr><th>Item</th><th></th><th></th></tr></thead>
<tbody>
${craneItem('hook', 'Hook &amp; safety latch')}
${craneItem('rope', 'Wire rope / chain condition')}
${craneItem('pendant', 'Pendant controls &amp; e-stop')}
${craneItem('upper_limit', 'Upper limit switch')}
${craneItem('warning', 'Travel warning horn / light')}
${craneItem('load_chart', 'Load chart / SWL visible')}
</tbody>
</table>
<label>Comments <textarea name="comments" rows="2"></textarea></label>
<label><input type="checkbox" id="declare"> I confirm the crane is safe to use</label>
<button type="submit" id="submit-check">Submit</button>
<a href="/defects/new?asset=OHC-3" class="report-defect">Report a defect</a>
</form>
</main>
<footer class="tab-bar"><a href="/checks">Checks</a><a href="/equipment">Equipment</a><a href="/profile">Profile</a></footer>`,
);
const craneV2 = page(
  'OHC-3 · Daily check',
  `<div class="_app_7x">
<header class="_top_2m"><button class="_ico_4r" aria-label="Back">‹</button><span>OHC-3 · 10 t · Bay 2</span><button class="_ico_4r" aria-label="More options">⋮</button></header>
<main class="_main_0p">
<h1 class="_h_8s">Daily check</h1>
<div class="_fields_5e">
<label for="op-name">Operator</label><input id="op-name" value="T. Murphy">
<label>Shift <select name="shift"><option>Days</option><option>Lates</option><option>Nights</option></select></label>
<input inputmode="decimal" aria-label="Hours reading" placeholder="Hours">
</div>
<ol class="_list_6c">
${craneItemV2('hook', 'Hook and safety catch')}
${craneItemV2('rope', 'Rope / chain — no kinks, broken wires, wear')}
${craneItemV2('pendant', 'Pendant buttons and emergency stop')}
${craneItemV2('upper-limit', 'Hoist upper limit cuts out')}
${craneItemV2('warning', 'Travel horn and beacon')}
${craneItemV2('remote-battery', 'Radio remote battery charged')}
</ol>
<textarea class="_ta_1d" placeholder="Anything else to report?" rows="2"></textarea>
<label class="_chk_2z"><input type="checkbox" id="fit-for-use"> Crane is fit for use</label>
<button type="submit" class="_cta_9w">Submit check</button>
</main>
<nav class="_tabs_3b"><a href="/checks">Checks</a><a href="/equipment">Equipment</a><a href="/me">Me</a></nav>
</div>`,
);

const cranePair: PagePair = {
  name: 'overhead-crane-pre-use-check-b21',
  v1: craneV1,
  v2: craneV2,
  targets: [
    {
      selector: 'input[name="hook"][value="fail"]',
      expect: '[data-item="hook"] button[data-value="defect"]',
      change: 'pass/fail radios became OK/defect toggle buttons',
    },
    {
      selector: 'input[name="upper_limit"][value="pass"]',
      expect: '[data-item="upper-limit"] button[data-value="ok"]',
      change: 'radio to toggle, item reworded',
    },
    {
      selector: 'input[name="load_chart"][value="pass"]',
      expect: null,
      change: 'load chart item removed; remote battery item last in list',
    },
    {
      selector: 'input[name="hour_meter"]',
      expect: 'input[aria-label="Hours reading"]',
      change: 'name dropped, aria-label',
    },
    { selector: '#declare', expect: '#fit-for-use', change: 'declaration shortened, id renamed' },
    { selector: '#submit-check', expect: 'button._cta_9w', change: 'hashed class, reworded submit check' },
    { selector: 'a.report-defect', expect: null, change: 'separate defect link removed' },
    { selector: 'input[name="operator"]', expect: '#op-name', change: 'name replaced by id with label for' },
  ],
};

// 19. Laser cutter nesting queue (edited redesign).
const nestRow = (
  job: string,
  nest: string,
  mat: string,
  t: string,
  sheets: string,
  time: string,
  due: string,
) =>
  `<tr data-job="${job}"><td>${job}</td><td>${nest}</td><td>${mat}</td><td>${t}</td><td>${sheets}</td><td>${time}</td><td class="due">${due}</td><td><button class="move-up" title="Move up">↑</button><button class="move-down" title="Move down">↓</button><button class="hold">Hold</button></td></tr>`;
const nestRowV2 = (
  job: string,
  nest: string,
  mat: string,
  t: string,
  sheets: string,
  time: string,
  due: string,
) =>
  `<tr data-job="${job}"><td><span class="drag-handle" aria-label="Drag to reorder">⋮⋮</span></td><td>${job}</td><td>${nest}</td><td>${mat}</td><td>${t}</td><td>${sheets}</td><td>${time}</td><td class="due">${due}</td><td><button class="btn-hold">Put on hold</button></td></tr>`;
const nestJobs: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ['N-3317', 'Brackets_KX-4', 'S355', '8 mm', '3', '1h 12m', 'Today 14:00'],
  ['N-3318', 'Guard panels', 'DC01', '2 mm', '6', '48m', 'Today 16:00'],
  ['N-3319', 'Base plates', 'S355', '15 mm', '2', '1h 40m', 'Tomorrow'],
  ['N-3321', 'Enclosure set B', '304 SS', '1.5 mm', '4', '55m', 'Tomorrow'],
  ['N-3322', 'Gussets mixed', 'S355', '8 mm', '1', '22m', 'Fri'],
];
const nestV1 = page(
  'Laser 2 — Nest queue',
  `<header><span class="logo">CutFlow</span><nav><a href="/queue" class="active">Queue</a><a href="/nests">Nests</a><a href="/sheets">Sheet stock</a><a href="/remnants">Remnants</a><a href="/reports">Reports</a></nav></header>
<main>
<aside class="card"><h3>Sheet stock</h3><ul class="stock-list">
<li data-sheet="S355-8">S355 8 mm 3000×1500 · <span class="qty">14</span></li>
<li data-sheet="S355-15">S355 15 mm 3000×1500 · <span class="qty">5</span></li>
<li data-sheet="DC01-2">DC01 2 mm 2500×1250 · <span class="qty">40</span></li>
<li data-sheet="304-1.5">304 1.5 mm 2500×1250 · <span class="qty">9</span></li>
</ul></aside>
<div class="card" id="machine-status"><h2>Laser 2 — TruLaser 3030 (6 kW)</h2><p>State: <b>Cutting</b> · Job N-3316 · 62%</p></div>
<div class="row toolbar">
<label>Material <select name="material_filter"><option>All</option><option>S355</option><option>DC01</option><option>304 SS</option></select></label>
<button id="start-next">Start next</button>
<button id="pause">Pause machine</button>
<button id="import-nests">Import nests</button>
</div>
<table id="queue">
<thead><tr><th>Job</th><th>Nest</th><th>Material</th><th>Thk</th><th>Sheets</th><th>Est. time</th><th>Due</th><th></th></tr></thead>
<tbody>
${nestJobs.map((j) => nestRow(...j)).join('\n')}
</tbody>
</table>
</main>
<footer>CutFlow 7.1 · Connected to Laser 2</footer>`,
);
const nestV2 = edit(nestV1, [
  [
    '<a href="/reports">Reports</a></nav></header>',
    '<a href="/reports">Reports</a></nav><a href="/nests/import" class="btn">Upload nests</a></header>',
  ],
  ['<span class="qty">14</span>', '<span class="count">14</span>'],
  ['<span class="qty">5</span>', '<span class="count">5</span>'],
  ['<span class="qty">40</span>', '<span class="count">40</span>'],
  ['<span class="qty">9</span>', '<span class="count">9</span>'],
  ['<select name="material_filter">', '<select name="mat">'],
  ['<button id="start-next">Start next</button>', '<button id="run-next">Run next nest</button>'],
  ['<button id="pause">Pause machine</button>\n', ''],
  ['<button id="import-nests">Import nests</button>\n', ''],
  ['<tr><th>Job</th>', '<tr><th></th><th>Job</th>'],
  [
    nestJobs.map((j) => nestRow(...j)).join('\n'),
    [
      nestRowV2('N-3324', 'Rush — hinge plates', 'S355', '8 mm', '1', '18m', 'Today 12:00'),
      ...nestJobs.map((j) => nestRowV2(...j)),
    ].join('\n'),
  ],
]);

const nestPair: PagePair = {
  name: 'laser-cutter-nesting-queue-b21',
  v1: nestV1,
  v2: nestV2,
  targets: [
    { selector: '#start-next', expect: '#run-next', change: 'reworded run next nest, id renamed' },
    {
      selector: 'tr[data-job="N-3318"] .hold',
      expect: 'tr[data-job="N-3318"] .btn-hold',
      change: 'hold reworded put on hold, class renamed',
    },
    {
      selector: 'tr[data-job="N-3321"] .move-up',
      expect: null,
      change: 'arrow buttons removed; drag handle occupies row instead',
    },
    { selector: 'select[name="material_filter"]', expect: 'select[name="mat"]', change: 'select renamed' },
    {
      selector: '#import-nests',
      expect: 'header a[href="/nests/import"]',
      change: 'moved to header as upload link',
    },
    {
      selector: '#queue tbody tr:nth-child(2) td.due',
      expect: 'tr[data-job="N-3318"] td.due',
      change: 'rush job inserted at top, drag column added',
    },
    { selector: '#pause', expect: null, change: 'pause machine button removed' },
    {
      selector: '.stock-list li[data-sheet="S355-8"] .qty',
      expect: 'li[data-sheet="S355-8"] .count',
      change: 'class renamed',
    },
  ],
};

// 20. 5S workplace audit scorecard (complete rewrite).
const sSection = (key: string, title: string, hint: string) =>
  `<fieldset class="s-section"><legend>${title}</legend><p class="muted">${hint}</p><label>Score <select name="score_${key}"><option>0</option><option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select></label><label>Comment <textarea name="comment_${key}" rows="2"></textarea></label></fieldset>`;
const sSectionV2 = (key: string, title: string, hint: string) =>
  `<section class="card s-card" data-s="${key}"><h2>${title}</h2><p class="muted">${hint}</p><div role="radiogroup" aria-label="${title} score" class="scale">${[1, 2, 3, 4, 5].map((n) => `<label><input type="radio" name="${key}" value="${n}"> ${n}</label>`).join('')}</div><textarea rows="2" placeholder="Findings"></textarea></section>`;
const fiveSV1 = page(
  '5S audit',
  `<header><span class="logo">LeanBoard</span><nav><a href="/audits" class="active">Audits</a><a href="/actions">Actions</a><a href="/areas">Areas</a><a href="/trends">Trends</a></nav></header>
<main>
<h1>5S audit</h1>
<form id="five-s">
<div class="grid">
<label>Area <select name="area"><option>Machining cell 2</option><option>Assembly line 1</option><option>Goods in</option><option>Tool crib</option></select></label>
<label>Auditor <input name="auditor" value="N. Shah"></label>
<label>Date <input type="date" name="audit_date" value="2024-03-14"></label>
</div>
${sSection('sort', 'Sort', 'Unneeded items removed from the area')}
${sSection('set', 'Set in order', 'A place for everything, labelled')}
${sSection('shine', 'Shine', 'Area and equipment clean, leaks addressed')}
${sSection('standardise', 'Standardise', 'Standards displayed and followed')}
${sSection('sustain', 'Sustain', 'Audits done, actions closed on time')}
<label>Photos <input type="file" name="photos" multiple></label>
<p>Total: <b id="total-score">0</b> / 25</p>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="submit-audit">Submit audit</button><a href="/audits/compare?area=mc2" class="compare-last">Compare with last audit</a></div>
</form>
</main>
<footer>LeanBoard 2.0</footer>`,
);
const fiveSV2 = page(
  'Audit · Machining cell 2',
  `<header class="lb-top"><span class="lb-logo">LeanBoard</span><a href="/audits" aria-current="page">Audits</a><a href="/actions">Actions</a><a href="/areas">Areas</a><a href="/insights">Insights</a><span class="lb-user">NS</span></header>
<main class="lb-main">
<div class="lb-head"><h1>New 5S audit</h1><span class="muted">Auditor: N. Shah · 14 Mar 2024</span></div>
<div class="grid">
<label for="audit-area">Area</label><select id="audit-area"><option>Machining cell 2</option><option>Assembly line 1</option><option>Goods in</option><option>Tool crib</option><option>Paint kitchen</option></select>
<label for="area-owner">Area owner</label><input id="area-owner" placeholder="Team leader">
</div>
${sSectionV2('sort', '1 · Sort', 'Only what is needed is in the area')}
${sSectionV2('set-in-order', '2 · Set in order', 'Shadow boards, labels, floor markings')}
${sSectionV2('shine', '3 · Shine', 'Clean, inspected, leaks fixed')}
${sSectionV2('standardise', '4 · Standardise', 'Visual standards in place')}
${sSectionV2('sustain', '5 · Sustain', 'Previous actions closed')}
<div class="lb-photos"><span>Evidence</span><input type="file" accept="image/*" capture="environment" multiple></div>
<div class="lb-foot row"><span>Score <output name="total">0</output>/25</span><button type="button" class="lb-secondary">Save for later</button><button type="submit" data-testid="finish-audit" class="lb-primary">Finish audit</button></div>
</main>`,
);

const fiveSPair: PagePair = {
  name: '5s-audit-scorecard-b21',
  v1: fiveSV1,
  v2: fiveSV2,
  targets: [
    {
      selector: 'select[name="score_shine"]',
      expect: '[data-s="shine"] [role="radiogroup"]',
      change: 'score select became 1–5 radio scale',
    },
    {
      selector: 'textarea[name="comment_set"]',
      expect: '[data-s="set-in-order"] textarea',
      change: 'comment renamed findings, name dropped',
    },
    {
      selector: 'input[name="auditor"]',
      expect: null,
      change: 'auditor taken from login; area owner field in its slot',
    },
    { selector: '#total-score', expect: 'output[name="total"]', change: 'moved to sticky footer as output' },
    {
      selector: '#submit-audit',
      expect: 'button[data-testid="finish-audit"]',
      change: 'submit audit reworded finish audit',
    },
    { selector: 'a.compare-last', expect: null, change: 'compare link removed' },
    { selector: 'select[name="area"]', expect: 'select#audit-area', change: 'name to id, option added' },
    {
      selector: 'input[name="photos"]',
      expect: 'input[type="file"]',
      change: 'relabelled evidence, camera capture',
    },
  ],
};

// 21. Heat-treatment furnace profile editor (edited redesign).
const segRow = (n: string, type: string, sp: string, rate: string, time: string) =>
  `<tr><td>${n}</td><td>${type}</td><td><input name="sp-${n}" value="${sp}"></td><td><input name="rate-${n}" value="${rate}"></td><td><input name="time-${n}" value="${time}"></td><td><input type="checkbox" name="gsoak-${n}"></td><td><button type="button" class="del-seg">Delete</button></td></tr>`;
const segRowV2 = (n: string, type: string, sp: string, rate: string, time: string) =>
  `<tr><td>${n}</td><td>${type}</td><td><input name="seg${n}_setpoint" value="${sp}"></td><td><input name="seg${n}_rate" value="${rate}"></td><td><input name="seg${n}_time" value="${time}"></td><td><input name="seg${n}_holdback" value="10"></td><td><button type="button" class="icon" aria-label="Delete step ${n}">🗑</button></td></tr>`;
const segs: readonly (readonly [string, string, string, string, string])[] = [
  ['1', 'Ramp', '650', '10', '—'],
  ['2', 'Soak', '650', '—', '30'],
  ['3', 'Ramp', '925', '8', '—'],
  ['4', 'Soak', '925', '—', '240'],
  ['5', 'Ramp', '850', '5', '—'],
];
const htV1 = page(
  'Furnace profile — Carburise 0.8 mm',
  `<header><span class="logo">ThermoSuite</span><nav><a href="/furnaces">Furnaces</a><a href="/profiles" class="active">Profiles</a><a href="/loads">Loads</a><a href="/pyrometry">Pyrometry (AMS 2750)</a></nav><span class="muted">Metallurgist: C. Ward</span></header>
<main>
<h1>Profile HT-118 · Gas carburise, case depth 0.8 mm</h1>
<form id="profile-form">
<fieldset><legend>Atmosphere</legend>
<label>Type <select name="atmosphere"><option>Endothermic</option><option>Nitrogen-methanol</option><option>Vacuum (LPC)</option></select></label>
<label>Carbon potential (%C) <input name="carbon_potential" value="1.10"></label>
<label>Gas flow (m³/h) <input name="gas_flow" value="14"></label>
</fieldset>
<h2>Segments</h2>
<table id="segments">
<thead><tr><th>#</th><th>Type</th><th>Setpoint °C</th><th>Rate °C/min</th><th>Time min</th><th>Guaranteed soak</th><th></th></tr></thead>
<tbody>
${segs.map((s) => segRow(...s)).join('\n')}
</tbody>
</table>
<button type="button" id="add-segment">Add segment</button>
<fieldset><legend>Quench</legend>
<label>Medium <select name="quench_medium"><option>Oil</option><option>Polymer</option><option>Gas (N₂)</option></select></label>
<label>Oil temp (°C) <input name="oil_temp" value="60"></label>
<label>Agitation <select name="agitation"><option>Low</option><option selected>High</option></select></label>
</fieldset>
<div class="row"><button type="button" id="validate-profile">Validate</button><button type="button" id="save-profile">Save</button><button type="button" id="load-furnace">Load to furnace</button></div>
</form>
</main>
<footer>ThermoSuite 8 · Furnace IQ-3</footer>`,
);
const htV2 = edit(htV1, [
  ['<select name="atmosphere">', '<select name="atmosphere_type">'],
  ['<h2>Segments</h2>', '<h2>Steps</h2>'],
  ['<th>Guaranteed soak</th>', '<th>Holdback ±°C</th>'],
  [segs.map((s) => segRow(...s)).join('\n'), segs.map((s) => segRowV2(...s)).join('\n')],
  [
    '<button type="button" id="add-segment">Add segment</button>',
    '<button type="button" class="add-step">+ Add step</button>',
  ],
  [
    '<label>Oil temp (°C) <input name="oil_temp" value="60"></label>',
    '<label>Oil temperature (°C) <input name="quench_oil_temp" value="60"></label>',
  ],
  [
    '<div class="row"><button type="button" id="validate-profile">Validate</button><button type="button" id="save-profile">Save</button><button type="button" id="load-furnace">Load to furnace</button></div>',
    '<div class="row"><button type="button" id="save-profile">Save</button><button type="button" id="send-to-controller">Send to controller</button></div>',
  ],
]);

const htPair: PagePair = {
  name: 'heat-treat-furnace-profile-b21',
  v1: htV1,
  v2: htV2,
  targets: [
    {
      selector: 'input[name="sp-3"]',
      expect: 'input[name="seg3_setpoint"]',
      change: 'segment fields renamed',
    },
    {
      selector: 'input[name="gsoak-3"]',
      expect: null,
      change: 'guaranteed soak column replaced by holdback band input in same cell',
    },
    { selector: '#load-furnace', expect: '#send-to-controller', change: 'reworded send to controller' },
    {
      selector: 'select[name="atmosphere"]',
      expect: 'select[name="atmosphere_type"]',
      change: 'select renamed',
    },
    { selector: '#add-segment', expect: 'button.add-step', change: 'segment → step, id dropped' },
    {
      selector: '#segments tbody tr:nth-child(4) .del-seg',
      expect: 'button[aria-label="Delete step 4"]',
      change: 'delete text became bin icon with aria-label',
    },
    { selector: '#validate-profile', expect: null, change: 'manual validate removed' },
    {
      selector: 'input[name="oil_temp"]',
      expect: 'input[name="quench_oil_temp"]',
      change: 'renamed, label spelled out',
    },
  ],
};

// 22. Spur/helical gear pair design calculator (complete rewrite).
const gearV1 = page(
  'Gear pair calculator',
  `<header><span class="logo">EngCalc</span><nav><a href="/gears" class="active">Gears</a><a href="/shafts">Shafts</a><a href="/bearings">Bearings</a><a href="/bolts">Bolted joints</a><a href="/springs">Springs</a></nav><a href="/projects">My projects</a></header>
<main>
<h1>Cylindrical gear pair (ISO 6336)</h1>
<form id="gear-form">
<div class="grid">
<label>Module m (mm) <input id="module" value="3"></label>
<label>Pressure angle <select id="pressure-angle"><option>14.5°</option><option selected>20°</option><option>25°</option></select></label>
<label>Pinion teeth z1 <input id="z1" value="19"></label>
<label>Gear teeth z2 <input id="z2" value="57"></label>
<label>Helix angle β (°) <input id="helix" value="15"></label>
<label>Face width b (mm) <input id="face-width" value="40"></label>
<label>Profile shift x1 <input id="x1" value="0.25"></label>
<label>Power (kW) <input id="power" value="22"></label>
<label>Pinion speed (rpm) <input id="rpm" value="1470"></label>
<label>Pinion material <select name="mat_pinion"><option>18CrNiMo7-6 case hardened</option><option>42CrMo4 nitrided</option></select></label>
<label>Gear material <select name="mat_gear"><option>18CrNiMo7-6 case hardened</option><option>42CrMo4 nitrided</option><option>C45 through hardened</option></select></label>
</div>
<div class="row"><button type="submit" id="calc">Calculate</button><button type="reset" id="reset">Reset</button></div>
</form>
<h2>Results</h2>
<table id="results">
<tbody>
<tr><th>Centre distance a</th><td>118.02 mm</td></tr>
<tr><th>Gear ratio u</th><td>3.000</td></tr>
<tr><th>Transverse contact ratio εα</th><td>1.58</td></tr>
<tr><th>Bending safety S<sub>F</sub> (pinion)</th><td>2.41</td></tr>
<tr><th>Contact safety S<sub>H</sub></th><td>1.27</td></tr>
</tbody>
</table>
<div class="row"><a href="/gears/report.pdf" class="export-pdf">Export PDF</a><button id="save-project">Save to project</button></div>
</main>
<footer>EngCalc 2024.1 · Results are indicative</footer>`,
);
const gearV2 = page(
  'Gear pair · EngCalc',
  `<header class="ec-top"><a href="/" class="ec-logo">EngCalc</a><a href="/calc/gears" aria-current="page">Gears</a><a href="/calc/shafts">Shafts</a><a href="/calc/bearings">Bearings</a><a href="/calc/bolts">Bolts</a><a href="/calc/springs">Springs</a><a href="/workspace" class="ec-right">Workspace</a></header>
<main class="ec-main">
<div class="row"><h1>Gear pair</h1><span class="badge">ISO 6336-2019</span><button class="ec-ghost" data-testid="export-report">Export report</button><button class="ec-primary">Save</button></div>
<div class="grid">
<section class="card"><h2>Geometry</h2>
<input aria-label="Normal module mn (mm)" value="3">
<select name="alpha_n" aria-label="Normal pressure angle"><option>14.5°</option><option selected>20°</option><option>22.5°</option><option>25°</option></select>
<input name="pinion.teeth" aria-label="Pinion teeth" value="19">
<input name="gear.teeth" aria-label="Wheel teeth" value="57">
<input name="beta" aria-label="Helix angle (°)" value="15">
<input name="b" aria-label="Face width (mm)" value="40">
<input name="jn" aria-label="Backlash jn (mm)" value="0.12">
</section>
<section class="card"><h2>Load &amp; material</h2>
<input name="P" aria-label="Power (kW)" value="22">
<input name="n1" aria-label="Pinion speed (rpm)" value="1470">
<label for="pinion-material">Pinion</label><select id="pinion-material"><option>18CrNiMo7-6 case hardened</option><option>42CrMo4 nitrided</option></select>
<label for="gear-material">Wheel</label><select id="gear-material"><option>18CrNiMo7-6 case hardened</option><option>42CrMo4 nitrided</option><option>C45 through hardened</option></select>
</section>
</div>
<h2>Results <span class="muted">(updated live)</span></h2>
<div class="grid3 ec-results">
<div class="card" data-result="centre-distance"><span>Centre distance</span><b class="val">118.02 mm</b></div>
<div class="card" data-result="ratio"><span>Ratio</span><b class="val">3.000</b></div>
<div class="card" data-result="overlap-ratio"><span>Overlap ratio εβ</span><b class="val">1.10</b></div>
<div class="card" data-result="contact-ratio"><span>Contact ratio εα</span><b class="val">1.58</b></div>
<div class="card" data-result="sf-pinion"><span>S<sub>F</sub> pinion</span><b class="val">2.41</b></div>
<div class="card" data-result="sh"><span>S<sub>H</sub></span><b class="val">1.27</b></div>
</div>
</main>
<footer class="ec-foot">EngCalc 2025 · <a href="/methods">Calculation methods</a></footer>`,
);

const gearPair: PagePair = {
  name: 'gear-pair-design-calculator-b21',
  v1: gearV1,
  v2: gearV2,
  targets: [
    {
      selector: '#module',
      expect: 'input[aria-label="Normal module mn (mm)"]',
      change: 'id dropped, normal module wording',
    },
    { selector: '#z2', expect: 'input[name="gear.teeth"]', change: 'gear → wheel, model-path name' },
    { selector: '#pressure-angle', expect: 'select[name="alpha_n"]', change: 'id to name, option added' },
    { selector: '#x1', expect: null, change: 'profile shift input removed; backlash field in its slot' },
    { selector: '#calc', expect: null, change: 'calculate button removed, results update live' },
    {
      selector: '#results tr:nth-child(3) td',
      expect: '[data-result="contact-ratio"] .val',
      change: 'results table became cards with an extra overlap ratio before',
    },
    {
      selector: 'a.export-pdf',
      expect: 'button[data-testid="export-report"]',
      change: 'link became button in title bar',
    },
    { selector: 'select[name="mat_gear"]', expect: '#gear-material', change: 'relabelled wheel, id only' },
  ],
};

// 23. Supplier PPAP submission portal (edited redesign).
const ppapRow = (el: string, label: string, req: string, status: string) =>
  `<tr data-el="${el}"><td>${label}</td><td>${req}</td><td class="status">${status}</td><td><button type="button" class="upload">Upload</button></td></tr>`;
const ppapRowV2 = (el: string, label: string, req: string, status: string) =>
  `<tr data-el="${el}"><td>${label}</td><td>${req}</td><td class="status">${status}</td><td><button type="button" class="attach">Attach file</button></td></tr>`;
const ppapEls: readonly (readonly [string, string, string, string])[] = [
  ['design-records', 'Design records', 'Yes', 'Uploaded'],
  ['eng-change', 'Engineering change documents', 'Yes', 'Uploaded'],
  ['cust-eng-approval', 'Customer engineering approval', 'If required', 'Missing'],
  ['dfmea', 'Design FMEA', 'Yes', 'Uploaded'],
  ['process-flow', 'Process flow diagram', 'Yes', 'Uploaded'],
  ['pfmea', 'Process FMEA', 'Yes', 'Missing'],
  ['control-plan', 'Control plan', 'Yes', 'Uploaded'],
  ['msa', 'Measurement system analysis', 'Yes', 'Missing'],
  ['dimensional', 'Dimensional results', 'Yes', 'Uploaded'],
  ['material-tests', 'Material / performance test results', 'Yes', 'Missing'],
  ['psw', 'Part submission warrant', 'Yes', 'Draft'],
];
const ppapV1 = page(
  'PPAP — 55120-AA Housing',
  `<header><span class="logo">SupplierLink</span><nav><a href="/rfqs">RFQs</a><a href="/orders">Orders</a><a href="/ppap" class="active">PPAP</a><a href="/scorecard">Scorecard</a><a href="/quality-alerts">Quality alerts</a></nav><span class="muted">Precision Castings Ltd</span></header>
<main>
<h1>PPAP submission — 55120-AA Housing, rear cover</h1>
<form id="ppap-form">
<div class="grid">
<label>Submission level <select name="ppap_level"><option>Level 1</option><option>Level 2</option><option selected>Level 3</option><option>Level 4</option><option>Level 5</option></select></label>
<label>Reason for submission <select name="submission_reason"><option>Initial submission</option><option>Engineering change</option><option>Tooling transfer</option><option>Sub-supplier change</option></select></label>
<label>Supplier contact email <input name="contact_email" value="quality@precisioncastings.example"></label>
<label>Customer buyer <input name="buyer" value="E. Lindqvist" readonly></label>
</div>
<h2>Required elements</h2>
<table id="elements">
<thead><tr><th>Element</th><th>Required</th><th>Status</th><th></th></tr></thead>
<tbody>
${ppapEls.map((e) => ppapRow(...e)).join('\n')}
</tbody>
</table>
<div class="row"><button type="button" id="save-ppap">Save</button><button type="submit" id="submit-ppap">Submit PPAP</button><a href="/ppap/psw-template.docx" class="psw-template">Download PSW template</a></div>
</form>
</main>
<footer>SupplierLink · AIAG PPAP 4th edition</footer>`,
);
const ppapElsV2: readonly (readonly [string, string, string, string])[] = [
  ...ppapEls.slice(0, 2),
  ['csr', 'Customer-specific requirements', 'Yes', 'Missing'],
  ...ppapEls.slice(3, 7),
  ['aar', 'Appearance approval report', 'If required', 'Missing'],
  ...ppapEls.slice(7),
];
const ppapV2 = edit(ppapV1, [
  ['<select name="ppap_level">', '<select name="submission_level">'],
  ['<select name="submission_reason">', '<select id="reason">'],
  [
    '<label>Supplier contact email <input name="contact_email" value="quality@precisioncastings.example"></label>',
    '<label>Quality contact <input type="email" name="supplier_contact" value="quality@precisioncastings.example"></label>',
  ],
  [ppapEls.map((e) => ppapRow(...e)).join('\n'), ppapElsV2.map((e) => ppapRowV2(...e)).join('\n')],
  [
    '<div class="row"><button type="button" id="save-ppap">Save</button><button type="submit" id="submit-ppap">Submit PPAP</button><a href="/ppap/psw-template.docx" class="psw-template">Download PSW template</a></div>',
    '<div class="row"><button type="button" id="save-ppap">Save progress</button><button type="submit" id="submit-to-customer">Submit to customer</button></div>',
  ],
]);

const ppapPair: PagePair = {
  name: 'supplier-ppap-submission-b21',
  v1: ppapV1,
  v2: ppapV2,
  targets: [
    {
      selector: 'tr[data-el="pfmea"] .upload',
      expect: 'tr[data-el="pfmea"] .attach',
      change: 'upload reworded attach file, class renamed',
    },
    {
      selector: 'tr[data-el="cust-eng-approval"] .upload',
      expect: null,
      change: 'element dropped; customer-specific requirements row in its place',
    },
    {
      selector: 'select[name="ppap_level"]',
      expect: 'select[name="submission_level"]',
      change: 'select renamed',
    },
    { selector: '#submit-ppap', expect: '#submit-to-customer', change: 'reworded submit to customer' },
    { selector: 'a.psw-template', expect: null, change: 'PSW template download removed' },
    {
      selector: 'input[name="contact_email"]',
      expect: 'input[name="supplier_contact"]',
      change: 'renamed quality contact, email type',
    },
    {
      selector: '#elements tbody tr:nth-child(9) .status',
      expect: 'tr[data-el="dimensional"] .status',
      change: 'appearance approval row inserted earlier',
    },
    { selector: 'select[name="submission_reason"]', expect: 'select#reason', change: 'name replaced by id' },
  ],
};

// 24. Robot cell program manager (complete rewrite).
const robotV1 = page(
  'Robot cell RC-5 — Programs',
  `<header><strong>CellView</strong><span>RC-5 · R-2000iC/165F</span><span class="badge" id="mode-indicator">AUTO</span><a href="/logout">Log out</a></header>
<nav><a href="/programs" class="active">Programs</a><a href="/io">I/O</a><a href="/alarms">Alarm history</a><a href="/registers">Registers</a><a href="/maintenance">Maintenance</a></nav>
<main>
<div class="card" id="run-status"><p>Running: <b>MAIN</b> line 42 · Cycle 38.2 s</p>
<label>Speed override <input type="range" id="override" min="1" max="100" value="80"></label></div>
<div class="row toolbar"><button id="start-cycle">Start cycle</button><button id="stop-cycle">Stop at end of cycle</button><button id="backup-all">Backup all</button></div>
<table id="program-table">
<thead><tr><th>Program</th><th>Comment</th><th>Modified</th><th>Size</th><th></th></tr></thead>
<tbody>
<tr data-prog="MAIN"><td>MAIN</td><td class="comment">Cell sequence</td><td>02 Mar 09:14</td><td>4 KB</td><td><button class="load">Load</button></td></tr>
<tr data-prog="PICK_PLACE_A"><td>PICK_PLACE_A</td><td class="comment">Pick from conveyor A</td><td>13 Mar 16:40</td><td>12 KB</td><td><button class="load">Load</button></td></tr>
<tr data-prog="PICK_PLACE_B"><td>PICK_PLACE_B</td><td class="comment">Pick from conveyor B</td><td>11 Mar 08:05</td><td>12 KB</td><td><button class="load">Load</button></td></tr>
<tr data-prog="PALLET_PATTERN"><td>PALLET_PATTERN</td><td class="comment">5-layer interlock</td><td>28 Feb 13:22</td><td>9 KB</td><td><button class="load">Load</button></td></tr>
<tr data-prog="HOME"><td>HOME</td><td class="comment">Return to home</td><td>10 Jan 10:00</td><td>1 KB</td><td><button class="load">Load</button></td></tr>
</tbody>
</table>
<label>Upload program (.TP/.LS) <input type="file" name="program_file"></label>
<h2>I/O monitor</h2>
<table id="io-table">
<thead><tr><th>Signal</th><th>Comment</th><th>State</th><th></th></tr></thead>
<tbody>
<tr data-io="DI[10]"><td>DI[10]</td><td>Part present A</td><td>ON</td><td><button class="force">Force</button></td></tr>
<tr data-io="DI[12]"><td>DI[12]</td><td>Gripper closed</td><td>OFF</td><td><button class="force">Force</button></td></tr>
<tr data-io="DO[3]"><td>DO[3]</td><td>Vacuum on</td><td>OFF</td><td><button class="force">Force</button></td></tr>
</tbody>
</table>
</main>
<footer>CellView 2.4 · Controller 10.0.5.12</footer>`,
);
const robotV2 = page(
  'RC-5 · CellView',
  `<div class="hmi">
<header class="hmi-bar"><span class="hmi-logo">CellView</span><span class="hmi-cell">RC-5</span><span class="hmi-mode">AUTO</span><span class="hmi-run">MAIN · line 42</span><button class="hmi-user" aria-label="User">👤</button></header>
<nav class="hmi-nav"><a href="/programs" aria-current="page">Programs</a><a href="/signals">Signals</a><a href="/events">Events</a><a href="/data">Data</a><a href="/service">Service</a></nav>
<main class="hmi-main">
<div class="hmi-controls row">
<button data-action="cycle-start" class="hmi-go">Cycle start</button>
<button data-action="cycle-stop" class="hmi-stop">Cycle stop</button>
<button data-action="restore" class="hmi-secondary">Restore</button>
<div class="hmi-stepper"><button aria-label="Decrease override">−</button><input type="number" aria-label="Speed override %" value="80"><button aria-label="Increase override">+</button></div>
</div>
<ul class="hmi-programs">
<li class="card" data-program="PICK_PLACE_A"><b>PICK_PLACE_A</b><span class="desc">Pick from conveyor A</span><span class="muted">13 Mar</span><button class="select-prog">Select</button></li>
<li class="card" data-program="PICK_PLACE_B"><b>PICK_PLACE_B</b><span class="desc">Pick from conveyor B</span><span class="muted">11 Mar</span><button class="select-prog">Select</button></li>
<li class="card" data-program="MAIN"><b>MAIN</b><span class="desc">Cell sequence</span><span class="muted">02 Mar</span><button class="select-prog">Select</button></li>
<li class="card" data-program="PALLET_PATTERN"><b>PALLET_PATTERN</b><span class="desc">5-layer interlock</span><span class="muted">28 Feb</span><button class="select-prog">Select</button></li>
<li class="card" data-program="HOME"><b>HOME</b><span class="desc">Return to home</span><span class="muted">10 Jan</span><button class="select-prog">Select</button></li>
</ul>
<h2>Signals</h2>
<ul class="hmi-io">
<li data-signal="DI10">DI10 Part present A <span class="on">●</span><button aria-label="Force DI10">⚡</button></li>
<li data-signal="DI12">DI12 Gripper closed <span class="off">○</span><button aria-label="Force DI12">⚡</button></li>
<li data-signal="DO3">DO3 Vacuum on <span class="off">○</span><button aria-label="Force DO3">⚡</button></li>
</ul>
</main>
<footer class="hmi-foot">CellView 3.0</footer>
</div>`,
);

const robotPair: PagePair = {
  name: 'robot-cell-program-manager-b21',
  v1: robotV1,
  v2: robotV2,
  targets: [
    {
      selector: '#program-table tr[data-prog="PICK_PLACE_A"] .load',
      expect: '[data-program="PICK_PLACE_A"] button.select-prog',
      change: 'table became cards, load reworded select',
    },
    {
      selector: '#start-cycle',
      expect: 'button[data-action="cycle-start"]',
      change: 'id dropped, reworded cycle start',
    },
    {
      selector: '#backup-all',
      expect: null,
      change: 'backup moved out; restore button in same toolbar slot',
    },
    {
      selector: 'input#override',
      expect: 'input[aria-label="Speed override %"]',
      change: 'range slider became number stepper',
    },
    { selector: 'input[name="program_file"]', expect: null, change: 'program upload removed' },
    {
      selector: '#io-table tr[data-io="DI[12]"] .force',
      expect: 'button[aria-label="Force DI12"]',
      change: 'I/O table became list, force text became icon',
    },
    { selector: '#mode-indicator', expect: '.hmi-mode', change: 'badge id replaced by class' },
    {
      selector: '#program-table tbody tr:first-child td.comment',
      expect: '[data-program="MAIN"] .desc',
      change: 'programs re-sorted by modified date',
    },
  ],
};

export const BLIND21_PAIRS: readonly PagePair[] = [
  cncPair,
  moldPair,
  andonPair,
  oeePair,
  spcPair,
  pmPair,
  vibPair,
  plcPair,
  bomPair,
  ecoPair,
  faiPair,
  tqPair,
  kbPair,
  paintPair,
  leakPair,
  storePair,
  boilerPair,
  cranePair,
  nestPair,
  fiveSPair,
  htPair,
  gearPair,
  ppapPair,
  robotPair,
];
