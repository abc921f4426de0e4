/**
 * Blind corpus 19: redesigns of back-office, scientific, civic and hobby tools.
 */
import { edit, type PagePair, page } from './page.js';

// 1. Herbarium specimen transcription: old portal to a new digitisation app (full rewrite).
const HERBARIUM_V1 = page(
  'Transcribe specimen — Herbarium Digitisation Portal',
  `<header><a href="/" class="logo">HerbDigi</a>
<nav class="main-nav"><a href="/dashboard">Dashboard</a><a href="/transcribe" class="active">Transcribe</a><a href="/georef">Georeference</a><a href="/qa">QA queue</a><a href="/exports">Exports</a></nav>
<span class="user">m.okafor</span><a href="/logout">Log out</a></header>
<main>
<aside>
<h3>Recent transcriptions</h3>
<ul class="recent-list"><li><a href="/spec/K000812345">K000812345 Carex flacca</a></li><li><a href="/spec/K000812344">K000812344 Juncus effusus</a></li><li><a href="/spec/K000812341">K000812341 Luzula campestris</a></li></ul>
<p><a href="/help/shortcuts" class="shortcuts-link">Keyboard shortcuts</a></p>
<p><a href="/help/guide">Transcription guide</a></p>
</aside>
<h1>Specimen K000812346</h1>
<p class="muted">Batch: Cyperaceae drawer 14 · Imaged 2023-11-02</p>
<div class="image-panel">
<div class="toolbar"><button type="button">Zoom in</button><button type="button">Zoom out</button><button type="button">Rotate</button><button type="button">Fit</button></div>
<img src="/img/K000812346.jpg" alt="Herbarium sheet K000812346" width="400">
</div>
<form id="transcribeForm" action="/transcribe/K000812346" method="post">
<label for="sciName">Scientific name</label><input id="sciName" name="sci_name" type="text">
<label for="determiner">Determiner</label><input id="determiner" name="determiner" type="text">
<label for="collector">Collector</label><input id="collector" name="collector" type="text">
<label for="collNumber">Collector number</label><input id="collNumber" name="coll_number" type="text">
<fieldset><legend>Collection date</legend>
<div class="row"><select id="collDay" name="coll_day"><option>Day</option><option>1</option><option>2</option></select>
<select id="collMonth" name="coll_month"><option>Month</option><option>Jan</option><option>Feb</option></select>
<input id="collYear" name="coll_year" type="text" placeholder="Year"></div></fieldset>
<label for="country">Country</label><select id="country" name="country"><option>United Kingdom</option><option>Ireland</option><option>France</option></select>
<label for="locality">Locality</label><textarea id="locality" name="locality" rows="3"></textarea>
<div class="row"><label for="lat">Latitude</label><input id="lat" name="lat" type="text"><label for="lon">Longitude</label><input id="lon" name="lon" type="text"></div>
<label for="elevation">Elevation (m)</label><input id="elevation" name="elevation" type="number">
<label for="habitat">Habitat</label><textarea id="habitat" name="habitat" rows="2"></textarea>
<fieldset><legend>Phenology</legend>
<label><input type="checkbox" name="phen" value="flowering"> Flowering</label>
<label><input type="checkbox" name="phen" value="fruiting"> Fruiting</label>
<label><input type="checkbox" name="phen" value="sterile"> Sterile</label></fieldset>
<div class="row form-actions"><button type="submit" class="btn btn-save">Save draft</button><button type="submit" class="btn btn-submit-qa" name="action" value="qa">Submit for QA</button><button type="button" class="btn btn-skip">Skip specimen</button></div>
</form>
</main>
<footer>HerbDigi 2.4 · Royal Botanic collections · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>`,
);

const HERBARIUM_V2 = page(
  'K000812346 · Transcription · Specimen Studio',
  `<div class="app-shell">
<header class="topbar"><a href="/" class="brand">Specimen Studio</a>
<nav aria-label="Workflow"><a href="/queue">My queue</a><a href="/transcribe" aria-current="page">Transcribe</a><a href="/georeference">Georeference</a><a href="/review">Review</a><a href="/data/exports">Data exports</a></nav>
<button type="button" class="avatar" aria-label="Account menu">MO</button></header>
<div class="grid">
<section class="viewer" aria-label="Sheet image">
<div class="viewer-tools" role="toolbar" aria-label="Image tools">
<button type="button" class="icon-btn" aria-label="Zoom in" title="Zoom in">+</button>
<button type="button" class="icon-btn" aria-label="Zoom out" title="Zoom out">−</button>
<button type="button" class="icon-btn" aria-label="Rotate 90°" title="Rotate 90°">⟳</button>
<button type="button" class="icon-btn" aria-label="Fit to screen" title="Fit to screen">⤢</button>
<button type="button" class="icon-btn" aria-label="Show label only" title="Show label only">▭</button>
</div>
<img src="/iiif/K000812346/full/600,/0/default.jpg" alt="Sheet K000812346">
<p class="muted">Cyperaceae · drawer 14</p>
</section>
<section class="editor">
<h1>K000812346</h1>
<form class="dwc-form" method="post" action="/api/records/K000812346">
<div class="field"><label for="taxon">Taxon name (as on label)</label><input id="taxon" name="taxon" type="text" autocomplete="off" role="combobox" aria-expanded="false"></div>
<div class="field"><label for="typeStatus">Type status</label><select id="typeStatus" name="type_status"><option>Not a type</option><option>Holotype</option><option>Isotype</option><option>Syntype</option></select></div>
<div class="field"><label for="f-collector-primary">Recorded by</label><input id="f-collector-primary" name="recordedBy" type="text"></div>
<div class="field"><label for="f-collector-others">Additional collectors</label><input id="f-collector-others" name="recordedByOthers" type="text"></div>
<div class="field"><label for="f-record-number">Record number</label><input id="f-record-number" name="recordNumber" type="text"></div>
<div class="field"><label for="eventDate">Event date</label><input id="eventDate" name="eventDate" type="text" placeholder="YYYY-MM-DD or partial"></div>
<div class="field"><label for="countryCode">Country</label><select id="countryCode" name="countryCode"><option value="GB">United Kingdom</option><option value="IE">Ireland</option><option value="FR">France</option></select></div>
<div class="field"><label for="verbatimLocality">Verbatim locality</label><textarea id="verbatimLocality" name="verbatimLocality" rows="3"></textarea></div>
<div class="field"><label for="habitatText">Habitat</label><textarea id="habitatText" name="habitat" rows="2"></textarea></div>
<div class="row"><div class="field"><label for="decLat">Decimal latitude</label><input id="decLat" name="decimalLatitude" type="text"></div><div class="field"><label for="decLon">Decimal longitude</label><input id="decLon" name="decimalLongitude" type="text"></div></div>
<div class="field"><label for="elev">Elevation</label><input id="elev" name="minimumElevationInMeters" type="number"></div>
<div class="field"><label for="reproCondition">Reproductive condition</label><select id="reproCondition" name="reproductiveCondition"><option value="">—</option><option>flowering</option><option>fruiting</option><option>flowering and fruiting</option><option>sterile</option></select></div>
<div class="sticky-actions"><button type="submit" class="ghost">Save</button><button type="submit" data-testid="send-review" name="intent" value="review">Send to review</button><button type="button" class="ghost">Next specimen</button></div>
</form>
</section>
</div>
<footer class="app-footer">Specimen Studio · <a href="/privacy">Privacy</a> · <a href="/support">Support</a></footer>
</div>`,
);

const HERBARIUM: PagePair = {
  name: 'herbarium-specimen-digitisation-b19',
  v1: HERBARIUM_V1,
  v2: HERBARIUM_V2,
  targets: [
    {
      selector: '#sciName',
      expect: '#taxon',
      change: 'scientific name field renamed to taxon with autocomplete',
    },
    {
      selector: 'input[name="collector"]',
      expect: '#f-collector-primary',
      change: 'collector renamed "Recorded by"; additional-collectors field added below',
    },
    {
      selector: '.toolbar button:nth-child(3)',
      expect: 'button[aria-label="Rotate 90°"]',
      change: 'text toolbar button became icon button with aria-label; extra tool added',
    },
    {
      selector: '#determiner',
      expect: null,
      change: 'determiner field removed (handled elsewhere); type status select now in its slot',
    },
    {
      selector: 'button.btn-submit-qa',
      expect: '[data-testid="send-review"]',
      change: '"Submit for QA" reworded "Send to review", classes dropped',
    },
    { selector: 'a.shortcuts-link', expect: null, change: 'sidebar with shortcuts link removed' },
    {
      selector: 'textarea[name="locality"]',
      expect: '#verbatimLocality',
      change: 'locality renamed verbatim locality (Darwin Core terms)',
    },
    {
      selector: '#collYear',
      expect: '#eventDate',
      change: 'day/month/year fields merged into one event date input',
    },
  ],
};

// 2. Tide gauge QC console: incremental redesign (edit).
const TIDE_V1 = page(
  'Quality control — Tide Gauge Network',
  `<header><strong class="brand">TGN Ops</strong>
<nav><a href="/stations">Stations</a><a href="/qc" class="current">Quality control</a><a href="/datums">Datums</a><a href="/legacy/plots">Legacy plots</a><a href="/admin">Admin</a></nav>
<span class="muted">Signed in as duty officer</span></header>
<main>
<h1>Quality control</h1>
<form class="qc-filter row" action="/qc" method="get">
<label for="stationSelect">Station</label>
<select id="stationSelect" name="station"><option value="NEWL">Newlyn</option><option value="DOVR">Dover</option><option value="LIVE">Liverpool Gladstone Dock</option><option value="ABER">Aberdeen</option></select>
<label for="fromDate">From</label><input id="fromDate" name="from" type="date">
<label for="toDate">To</label><input id="toDate" name="to" type="date">
<button type="submit" class="apply-range">Apply</button>
</form>
<div class="summary row">
<span class="badge count-total">1,440 samples</span>
<span class="badge count-suspect">12 suspect</span>
<span class="badge count-bad">3 bad</span>
</div>
<div class="toolbar row">
<button type="button" id="runAutoQc">Run automatic QC</button>
<button type="button" id="exportCsv">Export CSV</button>
<button type="button" id="openChart">Open chart</button>
</div>
<h2>Flagged observations</h2>
<table class="flags-table">
<thead><tr><th>Time (UTC)</th><th>Observed (m)</th><th>Predicted (m)</th><th>Residual (m)</th><th>Test</th><th>Action</th></tr></thead>
<tbody>
<tr data-obs-id="88407"><td>2024-03-11 02:15</td><td>4.812</td><td>4.530</td><td>0.282</td><td>Spike</td><td><button type="button" class="btn-accept">Accept</button> <button type="button" class="btn-reject">Reject</button></td></tr>
<tr data-obs-id="88412"><td>2024-03-11 03:30</td><td>5.104</td><td>4.871</td><td>0.233</td><td>Rate of change</td><td><button type="button" class="btn-accept">Accept</button> <button type="button" class="btn-reject">Reject</button></td></tr>
<tr data-obs-id="88420"><td>2024-03-11 05:30</td><td>3.020</td><td>3.011</td><td>0.009</td><td>Flat line</td><td><button type="button" class="btn-accept">Accept</button> <button type="button" class="btn-reject">Reject</button></td></tr>
</tbody></table>
<h2>Thresholds</h2>
<form class="thresholds" action="/qc/thresholds" method="post">
<label for="spikeThr">Spike threshold (mm)</label><input id="spikeThr" name="spike_threshold" type="number" value="150">
<label for="rocThr">Rate of change (mm/min)</label><input id="rocThr" name="roc_threshold" type="number" value="20">
<label for="flatThr">Flat line samples</label><input id="flatThr" name="flat_threshold" type="number" value="6">
<label for="notes">Notes</label><textarea id="notes" name="notes" rows="3"></textarea>
<button type="submit" class="save-thresholds">Save thresholds</button>
</form>
</main>
<footer>Tide Gauge Network operations · data licensed OGL · <a href="/status">System status</a></footer>`,
);

const TIDE_V2 = edit(TIDE_V1, [
  ['<a href="/legacy/plots">Legacy plots</a>', ''],
  ['<label for="stationSelect">Station</label>', '<label for="station-picker">Tide gauge</label>'],
  ['<select id="stationSelect" name="station">', '<select id="station-picker" name="gauge">'],
  [
    '<button type="submit" class="apply-range">Apply</button>',
    '<button type="submit" class="btn primary">Update view</button>',
  ],
  [
    '<div class="summary row">\n<span class="badge count-total">1,440 samples</span>\n<span class="badge count-suspect">12 suspect</span>\n<span class="badge count-bad">3 bad</span>\n</div>',
    '',
  ],
  [
    '<h1>Quality control</h1>',
    '<div class="page-head row"><h1>Quality control</h1><span class="pill pill-total">1,440 samples</span><span class="pill pill-warn">12 suspect</span><span class="pill pill-bad">3 bad</span></div>',
  ],
  [
    '<button type="button" id="exportCsv">Export CSV</button>',
    '<button type="button" id="exportNetcdf">Export NetCDF</button>',
  ],
  [
    '<tbody>\n<tr data-obs-id="88407">',
    '<tbody>\n<tr data-obs-id="88403"><td>2024-03-11 01:00</td><td>4.101</td><td>4.122</td><td>-0.021</td><td>Gap</td><td><button type="button" class="act act-accept">Accept</button> <button type="button" class="act act-reject">Reject</button></td></tr>\n<tr data-obs-id="88407">',
  ],
  [
    '<button type="button" class="btn-accept">Accept</button> <button type="button" class="btn-reject">Reject</button>',
    '<button type="button" class="act act-accept">Accept</button> <button type="button" class="act act-reject">Reject</button>',
  ],
  [
    '<button type="button" class="btn-accept">Accept</button> <button type="button" class="btn-reject">Reject</button>',
    '<button type="button" class="act act-accept">Accept</button> <button type="button" class="act act-reject">Reject</button>',
  ],
  [
    '<button type="button" class="btn-accept">Accept</button> <button type="button" class="btn-reject">Reject</button>',
    '<button type="button" class="act act-accept">Accept</button> <button type="button" class="act act-reject">Reject</button>',
  ],
  [
    '<label for="spikeThr">Spike threshold (mm)</label><input id="spikeThr" name="spike_threshold"',
    '<label for="spikeLimit">Spike limit (mm)</label><input id="spikeLimit" name="spikeLimitMm"',
  ],
  [
    '<label for="notes">Notes</label><textarea id="notes" name="notes" rows="3"></textarea>',
    '<label for="qcComment">QC comment (logged with change)</label><textarea id="qcComment" name="qc_comment" rows="3"></textarea>',
  ],
]);

const TIDE: PagePair = {
  name: 'tide-gauge-qc-console-b19',
  v1: TIDE_V1,
  v2: TIDE_V2,
  targets: [
    {
      selector: '#stationSelect',
      expect: '#station-picker',
      change: 'station select renamed, label "Tide gauge"',
    },
    {
      selector: 'button.apply-range',
      expect: '.qc-filter button[type="submit"]',
      change: '"Apply" reworded "Update view", class replaced',
    },
    {
      selector: '.flags-table tbody tr:nth-child(2) .btn-accept',
      expect: 'tr[data-obs-id="88412"] .act-accept',
      change: 'new row inserted above; accept button classes renamed',
    },
    {
      selector: '#exportCsv',
      expect: null,
      change: 'CSV export dropped; NetCDF export now in same toolbar slot',
    },
    { selector: 'nav a[href="/legacy/plots"]', expect: null, change: 'legacy plots link removed' },
    {
      selector: '.summary .count-suspect',
      expect: '.page-head .pill-warn',
      change: 'summary badges moved into page heading as pills',
    },
    {
      selector: 'input[name="spike_threshold"]',
      expect: '#spikeLimit',
      change: 'threshold field renamed "Spike limit"',
    },
    { selector: 'textarea#notes', expect: 'textarea[name="qc_comment"]', change: 'notes renamed QC comment' },
  ],
};

// 3. Synchrotron beamline e-logbook: rebuilt as a single-page app (full rewrite).
const BEAMLOG_V1 = page(
  'I24 Logbook — shift 2024/07 B',
  `<header><a href="/" class="logo">eLog</a>
<nav><a href="/beamlines">Beamlines</a><a href="/logbooks/i24" class="active">I24 logbook</a><a href="/schedule">Schedule</a><a href="/safety">Safety</a></nav>
<a href="/account">My account</a></header>
<main>
<aside class="proposal-box">
<h3>Proposal mx31440</h3>
<p>PI: Dr R. Almeida</p>
<ul class="co-proposers"><li>J. Tanaka</li><li>S. Kowalski</li></ul>
<p>Status: <span id="beamCurrent" class="readout">299.8 mA</span></p>
<p>Mode: <span id="fillMode">Hybrid</span></p>
</aside>
<h1>I24 logbook — shift B</h1>
<p class="muted">Saturday 13 July · 08:00–16:00 · local contact: H. Reid</p>
<div class="row shift-tools"><a href="/logbooks/i24/shift/B/print" class="print-shift">Print shift summary</a><a href="/logbooks/i24/search">Search logbook</a></div>
<h2>Entries</h2>
<ul class="entries">
<li data-id="5531"><strong>14:02</strong> Beam dump — top-up resumed 14:20 <span class="badge">Machine</span> <a href="/entry/5531/edit" class="entry-edit">Edit</a> <a href="/entry/5531" class="entry-view">View</a></li>
<li data-id="5528"><strong>12:40</strong> Detector recalibrated, new dark images <span class="badge">Beamline</span> <a href="/entry/5528/edit" class="entry-edit">Edit</a> <a href="/entry/5528" class="entry-view">View</a></li>
<li data-id="5522"><strong>10:15</strong> Crystal 7 no diffraction, remounted <span class="badge">Experiment</span> <a href="/entry/5522/edit" class="entry-edit">Edit</a> <a href="/entry/5522" class="entry-view">View</a></li>
<li data-id="5519"><strong>08:05</strong> Hutch search complete, shutters enabled <span class="badge">Safety</span> <a href="/entry/5519/edit" class="entry-edit">Edit</a> <a href="/entry/5519" class="entry-view">View</a></li>
</ul>
<h2>New entry</h2>
<form id="newEntry" action="/logbooks/i24/entries" method="post">
<label for="entryCategory">Category</label>
<select id="entryCategory" name="category"><option>Experiment</option><option>Beamline</option><option>Machine</option><option>Safety</option></select>
<label for="entryTitle">Title</label><input id="entryTitle" name="entry_title" type="text">
<label for="entryBody">Details</label><textarea id="entryBody" name="entry_body" rows="5"></textarea>
<label><input type="checkbox" id="attachScreenshot" name="attach_screen"> Attach screen capture of control room display</label>
<button type="submit" id="postEntry">Post entry</button>
</form>
<h2>Handover checklist</h2>
<form class="handover" action="/logbooks/i24/handover" method="post">
<label><input type="checkbox" name="handover_checked" value="hutch"> Hutch searched and locked</label>
<label><input type="checkbox" name="dewar_checked" value="dewar"> Dewar filled</label>
<label><input type="checkbox" name="samples_checked" value="samples"> Samples returned to storage</label>
<button type="submit">Sign handover</button>
</form>
</main>
<footer>eLog · Light source facility · <a href="/help">Help</a></footer>`,
);

const BEAMLOG_V2 = page(
  'I24 · Shift B · Logbook',
  `<div id="root">
<header class="app-bar"><span class="app-title">Beamline Logbook</span>
<nav class="tabs"><a href="/i24/log" class="tab tab--active">Log</a><a href="/i24/schedule" class="tab">Schedule</a><a href="/i24/safety" class="tab">Safety</a><a href="/i24/search" class="tab">Search</a></nav>
<button type="button" aria-label="Account" class="icon">👤</button></header>
<div class="status-strip row"><span class="status-ring-current" title="Ring current">299.8 mA</span><span class="status-fill">Hybrid fill</span><span class="status-proposal">mx31440 · Dr R. Almeida</span><a href="/i24/shift/B/email" class="strip-link">Email shift summary</a></div>
<main class="log-main">
<section class="composer card" aria-labelledby="composer-h">
<h2 id="composer-h">Write to log</h2>
<form id="new-entry" method="post" action="/api/i24/entries">
<div role="radiogroup" aria-label="Entry type" class="segmented">
<label><input type="radio" name="type" value="experiment" checked> Experiment</label>
<label><input type="radio" name="type" value="beamline"> Beamline</label>
<label><input type="radio" name="type" value="machine"> Machine</label>
<label><input type="radio" name="type" value="safety"> Safety</label>
</div>
<label for="subject">Subject</label><input id="subject" name="subject" type="text">
<label for="body">Entry</label><textarea id="body" name="body" rows="4"></textarea>
<label for="files">Attach files</label><input id="files" name="files" type="file" multiple>
<div class="row"><button type="submit" data-testid="entry-submit">Add to logbook</button><button type="reset" class="secondary">Clear</button></div>
</form>
</section>
<section class="feed" aria-label="Entries">
<article class="entry card" data-entry="5534"><h3>15:30 Shift handover notes</h3><span class="chip">Safety</span><button type="button" aria-label="Edit entry" class="icon">✎</button></article>
<article class="entry card" data-entry="5531"><h3>14:02 Beam dump — top-up resumed 14:20</h3><span class="chip">Machine</span><button type="button" aria-label="Edit entry" class="icon">✎</button></article>
<article class="entry card" data-entry="5528"><h3>12:40 Detector recalibrated, new dark images</h3><span class="chip">Beamline</span><button type="button" aria-label="Edit entry" class="icon">✎</button></article>
<article class="entry card" data-entry="5522"><h3>10:15 Crystal 7 no diffraction, remounted</h3><span class="chip">Experiment</span><button type="button" aria-label="Edit entry" class="icon">✎</button></article>
<article class="entry card" data-entry="5519"><h3>08:05 Hutch search complete, shutters enabled</h3><span class="chip">Safety</span><button type="button" aria-label="Edit entry" class="icon">✎</button></article>
</section>
<section class="checklist card" aria-labelledby="chk-h">
<h2 id="chk-h">End of shift</h2>
<ul class="check-items">
<li><label><input type="checkbox" id="chk-hutch"> Hutch searched and locked</label></li>
<li><label><input type="checkbox" id="chk-dewar"> Dewar filled</label></li>
<li><label><input type="checkbox" id="chk-samples"> Samples returned to storage</label></li>
<li><label><input type="checkbox" id="chk-robot"> Sample changer parked</label></li>
</ul>
<button type="button" class="secondary">Sign off shift</button>
</section>
</main>
<footer class="foot">Light source facility · <a href="/help">Help</a></footer>
</div>`,
);

const BEAMLOG: PagePair = {
  name: 'beamline-shift-logbook-b19',
  v1: BEAMLOG_V1,
  v2: BEAMLOG_V2,
  targets: [
    {
      selector: '#entryCategory',
      expect: '[role="radiogroup"][aria-label="Entry type"]',
      change: 'category select became segmented radio group',
    },
    { selector: 'input[name="entry_title"]', expect: '#subject', change: 'title field renamed subject' },
    {
      selector: '#postEntry',
      expect: '[data-testid="entry-submit"]',
      change: '"Post entry" reworded "Add to logbook", id dropped',
    },
    {
      selector: '.entries li:first-child .entry-edit',
      expect: 'article[data-entry="5531"] button[aria-label="Edit entry"]',
      change: 'list became cards, edit link became icon button, new entry added on top',
    },
    {
      selector: '#beamCurrent',
      expect: '.status-ring-current',
      change: 'readout moved from sidebar to status strip',
    },
    {
      selector: 'a.print-shift',
      expect: null,
      change: 'print summary removed; "Email shift summary" link now nearby',
    },
    { selector: '.proposal-box .co-proposers', expect: null, change: 'co-proposer list dropped' },
    {
      selector: 'input[name="handover_checked"]',
      expect: '#chk-hutch',
      change: 'handover checklist rebuilt, names replaced by ids, item added',
    },
  ],
};

// 4. Seed bank germination test record: protocol update (edit).
const SEEDTEST_V1 = page(
  'Germination test — Seed Bank Curation',
  `<header><a href="/" class="logo">SeedCur</a>
<nav><a href="/accessions">Accessions</a><a href="/tests" class="active">Germination tests</a><a href="/cold-room">Cold room</a><a href="/reports">Reports</a></nav>
<span>Lab: Wakehurst</span></header>
<main>
<p class="legacy-warning">Still using spreadsheets? <a href="/tests/upload-xls">Use old spreadsheet upload</a></p>
<h1>Germination test GT-2024-0381</h1>
<form id="gtForm" action="/tests/GT-2024-0381" method="post">
<div class="grid">
<div><label for="accessionNo">Accession</label><input id="accessionNo" name="accession" type="text" value="0745213"></div>
<div><label for="taxonName">Taxon</label><input id="taxonName" name="taxon" type="text" value="Primula veris" readonly></div>
<div><label for="seedsSown">Seeds sown</label><input id="seedsSown" name="seeds_sown" type="number" value="50"></div>
<div><label for="startDate">Start date</label><input id="startDate" name="start_date" type="date"></div>
</div>
<fieldset><legend>Conditions</legend>
<label for="medium">Medium</label><select id="medium" name="medium"><option>1% agar</option><option>Filter paper</option><option>Sand</option></select>
<label for="pretreatment">Pre-treatment</label><select id="pretreatment" name="pretreatment"><option>None</option><option>Chipping</option><option>GA3 250 mg/l</option><option>Cold stratification 8 weeks</option></select>
<div class="row"><label for="tempDay">Day temperature (°C)</label><input id="tempDay" name="temp_day" type="number" value="25">
<label for="tempNight">Night temperature (°C)</label><input id="tempNight" name="temp_night" type="number" value="10"></div>
<label for="photoperiod">Photoperiod</label><select id="photoperiod" name="photoperiod"><option>8/16</option><option>12/12</option><option>Dark</option></select>
</fieldset>
<h2>Counts</h2>
<table class="counts">
<thead><tr><th>Scoring day</th><th>Germinated</th><th>Scored by</th></tr></thead>
<tbody>
<tr><td>Day 7</td><td><input name="count_day7" type="number"></td><td><input name="scorer_day7" type="text"></td></tr>
<tr><td>Day 14</td><td><input name="count_day14" type="number"></td><td><input name="scorer_day14" type="text"></td></tr>
<tr><td>Day 21</td><td><input name="count_day21" type="number"></td><td><input name="scorer_day21" type="text"></td></tr>
<tr><td>Day 28</td><td><input name="count_day28" type="number"></td><td><input name="scorer_day28" type="text"></td></tr>
</tbody></table>
<div class="grid">
<div><label for="abnormalCount">Abnormal seedlings</label><input id="abnormalCount" name="abnormal" type="number"></div>
<div><label for="emptyCount">Empty seeds (cut test)</label><input id="emptyCount" name="empty" type="number"></div>
</div>
<div class="result-box card"><span>Viability:</span> <strong class="viability-pct">—</strong></div>
<div class="row"><button type="button" id="btnCalc">Calculate viability</button><button type="submit" class="btn-save">Save test</button><a href="/tests">Cancel</a></div>
</form>
</main>
<footer>Seed bank curation system · <a href="/docs/protocols">Protocols</a></footer>`,
);

const SEEDTEST_V2 = edit(SEEDTEST_V1, [
  [
    '<p class="legacy-warning">Still using spreadsheets? <a href="/tests/upload-xls">Use old spreadsheet upload</a></p>\n',
    '',
  ],
  [
    '<label for="accessionNo">Accession</label><input id="accessionNo" name="accession"',
    '<label for="accession-id">Accession number</label><input id="accession-id" name="accession_id"',
  ],
  ['<select id="pretreatment" name="pretreatment">', '<select id="pretreat" name="pretreat_code">'],
  ['<label for="pretreatment">Pre-treatment</label>', '<label for="pretreat">Dormancy treatment</label>'],
  [
    '<label for="tempDay">Day temperature (°C)</label><input id="tempDay" name="temp_day"',
    '<label for="warmTemp">Warm phase (°C)</label><input id="warmTemp" name="warm_c"',
  ],
  [
    '<label for="tempNight">Night temperature (°C)</label><input id="tempNight" name="temp_night"',
    '<label for="coolTemp">Cool phase (°C)</label><input id="coolTemp" name="cool_c"',
  ],
  [
    '<tbody>\n<tr><td>Day 7</td>',
    '<tbody>\n<tr><td>Day 3</td><td><input name="germ[3]" type="number"></td><td><input name="scorer[3]" type="text"></td></tr>\n<tr><td>Day 7</td>',
  ],
  [
    '<input name="count_day7" type="number"></td><td><input name="scorer_day7"',
    '<input name="germ[7]" type="number"></td><td><input name="scorer[7]"',
  ],
  [
    '<input name="count_day14" type="number"></td><td><input name="scorer_day14"',
    '<input name="germ[14]" type="number"></td><td><input name="scorer[14]"',
  ],
  [
    '<input name="count_day21" type="number"></td><td><input name="scorer_day21"',
    '<input name="germ[21]" type="number"></td><td><input name="scorer[21]"',
  ],
  [
    '<input name="count_day28" type="number"></td><td><input name="scorer_day28"',
    '<input name="germ[28]" type="number"></td><td><input name="scorer[28]"',
  ],
  [
    '<label for="abnormalCount">Abnormal seedlings</label><input id="abnormalCount" name="abnormal"',
    '<label for="deadCount">Dead seeds (mouldy/soft)</label><input id="deadCount" name="dead"',
  ],
  [
    '<div class="result-box card"><span>Viability:</span> <strong class="viability-pct">—</strong></div>\n',
    '',
  ],
  [
    '<button type="button" id="btnCalc">Calculate viability</button>',
    '<button type="button" data-action="calc" class="btn">Recalculate</button><output id="viabilityResult" class="badge">— % viable</output>',
  ],
]);

const SEEDTEST: PagePair = {
  name: 'seed-bank-germination-test-b19',
  v1: SEEDTEST_V1,
  v2: SEEDTEST_V2,
  targets: [
    { selector: '#accessionNo', expect: '#accession-id', change: 'accession field id and name renamed' },
    {
      selector: 'select[name="pretreatment"]',
      expect: '#pretreat',
      change: 'pre-treatment relabelled dormancy treatment, renamed',
    },
    {
      selector: 'table.counts tbody tr:nth-child(2) input[type="number"]',
      expect: 'input[name="germ[14]"]',
      change: 'day-3 row inserted above; count inputs renamed',
    },
    {
      selector: '#btnCalc',
      expect: 'button[data-action="calc"]',
      change: '"Calculate viability" reworded "Recalculate", id dropped',
    },
    {
      selector: '#abnormalCount',
      expect: null,
      change: 'abnormal seedlings field removed; dead seeds field in its slot',
    },
    { selector: '.legacy-warning a', expect: null, change: 'spreadsheet upload banner removed' },
    {
      selector: 'input[name="temp_day"]',
      expect: '#warmTemp',
      change: 'day temperature relabelled warm phase, renamed',
    },
    {
      selector: '.result-box .viability-pct',
      expect: '#viabilityResult',
      change: 'result box removed; result shown as output beside button',
    },
  ],
};

// 5. Zebrafish facility tank map: table grid rebuilt as tile grid with drawer (full rewrite).
const FISHRACK_V1 = page(
  'Rack view — Aquatic Facility Manager',
  `<header><a href="/" class="logo">AquaFM</a>
<nav><a href="/racks" class="on">Racks</a><a href="/lines">Lines</a><a href="/crosses">Crosses</a><a href="/health">Health</a><a href="/reports">Reports</a></nav>
<a href="/me">Profile</a></header>
<main>
<h1>Rack view</h1>
<form class="row" action="/racks" method="get"><label for="rackSelect">Rack</label><select id="rackSelect" name="rack"><option>Room 2 · Rack A</option><option selected>Room 2 · Rack B</option><option>Room 3 · Rack C</option></select><button type="submit">Show</button></form>
<table class="rack-grid">
<thead><tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th></tr></thead>
<tbody>
<tr><th>A</th><td><a href="?tank=A1">A1 casper</a></td><td><a href="?tank=A2">A2 AB wt</a></td><td><a href="?tank=A3">A3 empty</a></td><td><a href="?tank=A4">A4 nacre</a></td></tr>
<tr><th>B</th><td><a href="?tank=B1">B1 Tg(kdrl:GFP)</a></td><td><a href="?tank=B2">B2 mitfa-/-</a></td><td><a href="?tank=B3">B3 Tg(mpx:mCherry)</a></td><td><a href="?tank=B4">B4 empty</a></td></tr>
<tr><th>C</th><td><a href="?tank=C1">C1 TL wt</a></td><td><a href="?tank=C2">C2 empty</a></td><td><a href="?tank=C3">C3 sox10 het</a></td><td><a href="?tank=C4">C4 casper</a></td></tr>
</tbody></table>
<div id="tankDetail" class="card">
<h2 class="line-name">Tg(mpx:mCherry)</h2>
<p>Tank B3 · Genotype: hemizygous · DOB 2024-02-14</p>
<form action="/tanks/B3" method="post">
<label for="fishCount">Fish in tank</label><input id="fishCount" name="fish_count" type="number" value="18">
<label for="tankSex">Sex</label><select id="tankSex" name="sex"><option>Mixed</option><option>Male</option><option>Female</option></select>
<label for="tankNote">Note</label><input id="tankNote" name="note" type="text">
<div class="row"><button type="submit" class="save-tank">Save</button><button type="button" class="split-tank">Split tank</button><button type="button" class="move-tank">Move</button><button type="button" class="euthanise">Euthanise</button><button type="button" class="print-label">Print label</button></div>
</form>
</div>
<h2>Feeding log</h2>
<table id="feedingLog"><thead><tr><th>Date</th><th>Feed</th><th>By</th></tr></thead>
<tbody><tr><td>Today 09:00</td><td>Gemma 300</td><td>KL</td></tr><tr><td>Today 14:00</td><td>Artemia</td><td>KL</td></tr></tbody></table>
</main>
<footer>AquaFM · Home Office project licence PP1234567 · <a href="/sop">SOPs</a></footer>`,
);

const FISHRACK_V2 = page(
  'Rack B · Room 2 — AquaFM',
  `<header class="hdr"><a href="/" class="hdr-logo">AquaFM</a>
<nav class="hdr-nav"><a href="/racks" aria-current="page">Racks</a><a href="/lines">Lines</a><a href="/crosses">Crosses</a><a href="/welfare">Welfare</a><a href="/reports">Reports</a></nav></header>
<main class="layout">
<div role="tablist" aria-label="Racks" class="rack-tabs">
<button role="tab" aria-selected="false">R2 · A</button><button role="tab" aria-selected="true">R2 · B</button><button role="tab" aria-selected="false">R3 · C</button>
</div>
<section class="tiles grid3" aria-label="Tanks in rack">
<button type="button" class="tile" data-tank="A1">A1<br>casper</button><button type="button" class="tile" data-tank="A2">A2<br>AB wt</button><button type="button" class="tile tile--empty" data-tank="A3">A3</button>
<button type="button" class="tile" data-tank="A4">A4<br>nacre</button><button type="button" class="tile" data-tank="B1">B1<br>Tg(kdrl:GFP)</button><button type="button" class="tile" data-tank="B2">B2<br>mitfa-/-</button>
<button type="button" class="tile tile--selected" data-tank="B3">B3<br>Tg(mpx:mCherry)</button><button type="button" class="tile tile--empty" data-tank="B4">B4</button><button type="button" class="tile" data-tank="C1">C1<br>TL wt</button>
<button type="button" class="tile tile--empty" data-tank="C2">C2</button><button type="button" class="tile" data-tank="C3">C3<br>sox10 het</button><button type="button" class="tile" data-tank="C4">C4<br>casper</button>
</section>
<aside class="drawer" aria-labelledby="drawer-title">
<h2 id="drawer-title">Tg(mpx:mCherry)</h2>
<dl><dt>Tank</dt><dd>B3</dd><dt>Genotype</dt><dd>hemizygous</dd><dt>DOB</dt><dd>2024-02-14</dd></dl>
<form method="post" action="/api/tanks/B3">
<label for="count-input">Count</label><input id="count-input" name="count" type="number" value="18">
<label for="sex-input">Sex</label><select id="sex-input" name="sex"><option>Mixed</option><option>Male</option><option>Female</option></select>
<label for="note-input">Note</label><input id="note-input" name="note" type="text">
<div class="row drawer-actions">
<button type="submit" class="primary">Save changes</button>
<button type="button" data-testid="tank-split">Split into new tanks</button>
<button type="button" data-testid="tank-move">Move</button>
<button type="button" data-testid="tank-death">Record death</button>
<button type="button" class="icon" title="Print label" aria-label="Print label">🖨</button>
</div>
</form>
</aside>
</main>
<footer class="ftr">AquaFM · <a href="/sop">SOPs</a></footer>`,
);

const FISHRACK: PagePair = {
  name: 'zebrafish-tank-map-b19',
  v1: FISHRACK_V1,
  v2: FISHRACK_V2,
  targets: [
    {
      selector: '#rackSelect',
      expect: '[role="tablist"][aria-label="Racks"]',
      change: 'rack select became tab strip',
    },
    {
      selector: 'table.rack-grid tbody tr:nth-child(2) td:nth-child(4) a',
      expect: '[data-tank="B3"]',
      change: 'table cell links became tile buttons in a flat grid',
    },
    { selector: '#tankDetail .line-name', expect: '#drawer-title', change: 'detail card became side drawer' },
    {
      selector: 'button.split-tank',
      expect: '[data-testid="tank-split"]',
      change: 'reworded "Split into new tanks", class replaced by test id',
    },
    {
      selector: 'button.print-label',
      expect: 'button[aria-label="Print label"]',
      change: 'text button became printer icon',
    },
    {
      selector: 'button.euthanise',
      expect: null,
      change: 'euthanise action removed; "Record death" button in the same slot',
    },
    { selector: '#feedingLog', expect: null, change: 'feeding log table removed from rack view' },
    {
      selector: 'input[name="fish_count"]',
      expect: '#count-input',
      change: 'fish count field renamed count',
    },
  ],
};

// 6. NMR walk-up queue: instrument software update (edit).
const NMRQ_V1 = page(
  'Walk-up queue — NMR Facility',
  `<header><a href="/" class="logo">NMR Facility</a>
<nav><a href="/queue" class="active">Queue</a><a href="/my-spectra">My spectra</a><a href="/bookings">Long bookings</a><a href="/billing">Billing</a></nav>
<span>Group: Hartley lab</span> <a href="/signout">Sign out</a></header>
<main>
<h1>Walk-up queue</h1>
<form class="row" action="/queue" method="get"><label for="spectrometer">Spectrometer</label>
<select id="spectrometer" name="spec"><option>AV-400 (autosampler)</option><option>AV-500 cryoprobe</option><option>NEO-600</option></select><button type="submit">Switch</button></form>
<table class="queue">
<thead><tr><th>Pos</th><th>Sample</th><th>Solvent</th><th>Experiments</th><th>Owner</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr data-slot="14"><td>14</td><td>JH-221-crude</td><td>CDCl3</td><td>1H</td><td>jhartley</td><td>Queued</td><td><button type="button" class="cancel">Cancel</button></td></tr>
<tr data-slot="15"><td>15</td><td>AP-07-purified</td><td>DMSO-d6</td><td>1H, 13C</td><td>apatel</td><td>Queued</td><td><button type="button" class="cancel">Cancel</button></td></tr>
<tr data-slot="16"><td>16</td><td>MK-3-frac2</td><td>CD3OD</td><td>1H, COSY</td><td>mkim</td><td>Queued</td><td><button type="button" class="cancel">Cancel</button></td></tr>
</tbody></table>
<h2>Submit a sample</h2>
<form id="submitSample" action="/queue" method="post">
<label for="sampleName">Sample name</label><input id="sampleName" name="sample_name" type="text">
<label for="solvent">Solvent</label><select id="solvent" name="solvent"><option>CDCl3</option><option>DMSO-d6</option><option>D2O</option><option>CD3OD</option></select>
<fieldset><legend>Experiments</legend>
<label><input type="checkbox" name="exp" value="proton"> 1H</label>
<label><input type="checkbox" name="exp" value="carbon"> 13C</label>
<label><input type="checkbox" name="exp" value="cosy"> COSY</label>
<label><input type="checkbox" name="exp" value="hsqc"> HSQC</label></fieldset>
<fieldset><legend>Priority</legend>
<label><input type="radio" name="priority" value="normal" checked> Normal</label>
<label><input type="radio" name="priority" value="dept"> Departmental</label>
<label><input type="radio" name="priority" value="urgent"> Urgent (charged)</label></fieldset>
<label for="sampleNotes">Notes for operator</label><textarea id="sampleNotes" name="notes" rows="2"></textarea>
<div class="row"><button type="submit" class="submit-sample">Add to queue</button><button type="button" id="printBarcode">Print barcode</button></div>
</form>
</main>
<footer>NMR Facility, Department of Chemistry · <a href="/rules">Queue rules</a></footer>`,
);

const NMRQ_V2 = edit(NMRQ_V1, [
  [
    '<label for="spectrometer">Spectrometer</label>\n<select id="spectrometer" name="spec">',
    '<label for="instrument">Instrument</label>\n<select id="instrument" name="instrument">',
  ],
  [
    '<tbody>\n<tr data-slot="14">',
    '<tbody>\n<tr data-slot="13" class="running"><td>13</td><td>SL-19-b</td><td>C6D6</td><td>zg30, hsqcedetgpsisp2.3</td><td>slee</td><td>Acquiring</td><td></td></tr>\n<tr data-slot="14">',
  ],
  [
    '<button type="button" class="cancel">Cancel</button>',
    '<button type="button" class="q-cancel" title="Remove from queue">Remove</button>',
  ],
  [
    '<button type="button" class="cancel">Cancel</button>',
    '<button type="button" class="q-cancel" title="Remove from queue">Remove</button>',
  ],
  [
    '<button type="button" class="cancel">Cancel</button>',
    '<button type="button" class="q-cancel" title="Remove from queue">Remove</button>',
  ],
  [
    '<label for="sampleName">Sample name</label><input id="sampleName" name="sample_name"',
    '<label for="sampleId">Sample ID (as on tube)</label><input id="sampleId" name="sampleId"',
  ],
  ['<select id="solvent" name="solvent">', '<select id="solventSel" name="solvent_code">'],
  ['<label for="solvent">Solvent</label>', '<label for="solventSel">Solvent</label>'],
  ['<legend>Experiments</legend>', '<legend>Parameter sets</legend>'],
  ['value="proton"> 1H', 'value="zg30"> 1H (zg30)'],
  ['value="carbon"> 13C', 'value="zgpg30"> 13C{1H} (zgpg30)'],
  ['value="cosy"> COSY', 'value="cosygpqf"> COSY (cosygpqf)'],
  ['value="hsqc"> HSQC', 'value="hsqcedetgpsisp2.3"> Edited HSQC'],
  [
    '<label><input type="radio" name="priority" value="dept"> Departmental</label>',
    '<label><input type="radio" name="priority" value="night"> Overnight</label>',
  ],
  [
    '<button type="submit" class="submit-sample">Add to queue</button><button type="button" id="printBarcode">Print barcode</button>',
    '<button type="submit" class="btn btn-primary">Queue sample</button>',
  ],
]);

const NMRQ: PagePair = {
  name: 'nmr-spectrometer-queue-b19',
  v1: NMRQ_V1,
  v2: NMRQ_V2,
  targets: [
    { selector: '#spectrometer', expect: '#instrument', change: 'select renamed instrument' },
    {
      selector: 'input[name="sample_name"]',
      expect: '#sampleId',
      change: 'sample name relabelled sample ID, renamed',
    },
    {
      selector: '.queue tbody tr:first-child .cancel',
      expect: 'tr[data-slot="14"] .q-cancel',
      change: 'running row inserted on top; Cancel reworded Remove, class renamed',
    },
    {
      selector: 'input[value="cosy"]',
      expect: 'input[value="cosygpqf"]',
      change: 'experiment values became pulse-program names',
    },
    { selector: 'select#solvent', expect: '#solventSel', change: 'solvent select id and name renamed' },
    {
      selector: 'input[name="priority"][value="dept"]',
      expect: null,
      change: 'departmental priority removed; overnight option in its slot',
    },
    { selector: '#printBarcode', expect: null, change: 'print barcode button removed' },
    {
      selector: 'button.submit-sample',
      expect: '#submitSample button[type="submit"]',
      change: '"Add to queue" reworded "Queue sample", class changed',
    },
  ],
};

// 7. Council street trading consent renewal: legacy form to GOV.UK design system (full rewrite).
const STREETTRADE_V1 = page(
  'Street trading consent renewal - Eastbridge Borough Council',
  `<header><a href="/" class="council-logo">Eastbridge Borough Council</a>
<nav><a href="/business">Business</a><a href="/licensing" class="selected">Licensing</a><a href="/planning">Planning</a><a href="/contact-us">Contact us</a></nav>
<form action="/search" class="row"><input type="search" name="q" placeholder="Search the site"><button type="submit">Go</button></form></header>
<main>
<aside><h3>Fees 2024/25</h3>
<table class="fees"><tr><td>Static pitch (annual)</td><td>£1,240</td></tr><tr><td>Mobile (annual)</td><td>£610</td></tr><tr><td>Occasional (per day)</td><td>£45</td></tr></table>
<p>Licensing team: 01632 960 443</p></aside>
<h1>Renew a street trading consent</h1>
<p>Fields marked * are required.</p>
<form id="stcForm" action="/licensing/stc/renew" method="post" enctype="multipart/form-data">
<label for="consentNo">Existing consent number *</label><input id="consentNo" name="consent_no" type="text">
<label for="traderName">Trader name *</label><input id="traderName" name="trader_name" type="text">
<label for="tradingAs">Trading name</label><input id="tradingAs" name="trading_as" type="text">
<label for="pitch">Pitch *</label><select id="pitch" name="pitch"><option>P01 Market Square north</option><option>P02 Market Square south</option><option>P07 Station Approach</option><option>Mobile (roaming)</option></select>
<fieldset><legend>Trading days *</legend>
<label><input type="checkbox" name="days" value="mon"> Mon</label><label><input type="checkbox" name="days" value="tue"> Tue</label><label><input type="checkbox" name="days" value="wed"> Wed</label><label><input type="checkbox" name="days" value="thu"> Thu</label><label><input type="checkbox" name="days" value="fri"> Fri</label><label><input type="checkbox" name="days" value="sat"> Sat</label><label><input type="checkbox" name="days" value="sun"> Sun</label></fieldset>
<label for="commodities">Commodities to be sold *</label><textarea id="commodities" name="commodities" rows="3"></textarea>
<label for="hygiene">Food hygiene rating</label><select id="hygiene" name="fhrs"><option>Not applicable</option><option>5</option><option>4</option><option>3 or below</option></select>
<label for="insExpiry">Public liability insurance expiry *</label><input id="insExpiry" name="ins_expiry" type="date">
<label for="insFile">Upload insurance certificate</label><input id="insFile" name="ins_file" type="file">
<fieldset><legend>Payment method</legend>
<label><input type="radio" name="pay_method" value="card"> Debit/credit card</label>
<label><input type="radio" name="pay_method" value="cheque"> Cheque (post to Licensing)</label></fieldset>
<label><input type="checkbox" id="declare" name="declare"> I declare the information given is true</label>
<div class="row"><input type="submit" class="submit-btn" value="Submit application"><a href="/licensing/stc/save" class="save-later">Save and return later</a></div>
</form>
</main>
<footer>© Eastbridge Borough Council · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy notice</a></footer>`,
);

const STREETTRADE_V2 = page(
  'Renew your street trading consent – Eastbridge Borough Council – GOV.UK',
  `<header class="govuk-header"><div class="govuk-header__container"><a href="/" class="govuk-header__link">Eastbridge Council</a><span class="govuk-header__service-name">Renew a street trading consent</span></div></header>
<div class="govuk-width-container">
<a href="/licensing" class="govuk-back-link">Back</a>
<main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-l">Renew your street trading consent</h1>
<form method="post" action="/stc/renew" novalidate>
<div class="govuk-form-group"><label class="govuk-label" for="consent-reference">Consent reference</label><div class="govuk-hint">For example, STC-2023-0412</div><input class="govuk-input" id="consent-reference" name="consentReference" type="text"></div>
<div class="govuk-form-group"><label class="govuk-label" for="full-name">Your full name</label><input class="govuk-input" id="full-name" name="fullName" type="text"></div>
<div class="govuk-form-group"><label class="govuk-label" for="business-name">Business name (if different)</label><input class="govuk-input" id="business-name" name="businessName" type="text"></div>
<div class="govuk-form-group"><label class="govuk-label" for="pitch-location">Where do you trade?</label><select class="govuk-select" id="pitch-location" name="pitchLocation"><option>P01 Market Square north</option><option>P02 Market Square south</option><option>P07 Station Approach</option><option>Mobile (roaming)</option></select></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Which days will you trade?</legend><div class="govuk-checkboxes">
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days" name="tradingDays" type="checkbox" value="monday"><label class="govuk-label" for="trading-days">Monday</label></div>
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days-2" name="tradingDays" type="checkbox" value="tuesday"><label class="govuk-label" for="trading-days-2">Tuesday</label></div>
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days-3" name="tradingDays" type="checkbox" value="wednesday"><label class="govuk-label" for="trading-days-3">Wednesday</label></div>
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days-4" name="tradingDays" type="checkbox" value="thursday"><label class="govuk-label" for="trading-days-4">Thursday</label></div>
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days-5" name="tradingDays" type="checkbox" value="friday"><label class="govuk-label" for="trading-days-5">Friday</label></div>
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days-6" name="tradingDays" type="checkbox" value="saturday"><label class="govuk-label" for="trading-days-6">Saturday</label></div>
<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="trading-days-7" name="tradingDays" type="checkbox" value="sunday"><label class="govuk-label" for="trading-days-7">Sunday</label></div>
</div></fieldset></div>
<div class="govuk-form-group"><label class="govuk-label" for="goods-description">What will you sell?</label><div class="govuk-hint">Describe all goods, including any hot food</div><textarea class="govuk-textarea" id="goods-description" name="goodsDescription" rows="4"></textarea></div>
<div class="govuk-form-group"><label class="govuk-label" for="fsa-reg">Food business registration number (if you sell food)</label><input class="govuk-input" id="fsa-reg" name="fsaRegistration" type="text"></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group"><legend class="govuk-fieldset__legend">When does your public liability insurance end?</legend>
<div class="govuk-date-input"><input class="govuk-input" id="ins-end-day" name="insEnd-day" inputmode="numeric" aria-label="Day"><input class="govuk-input" id="ins-end-month" name="insEnd-month" inputmode="numeric" aria-label="Month"><input class="govuk-input" id="ins-end-year" name="insEnd-year" inputmode="numeric" aria-label="Year"></div></fieldset></div>
<div class="govuk-form-group"><label class="govuk-label" for="insurance-certificate">Upload your insurance certificate</label><input class="govuk-file-upload" id="insurance-certificate" name="insuranceCertificate" type="file"></div>
<div class="govuk-form-group"><label class="govuk-label" for="stall-photo">Upload a photo of your stall or vehicle</label><input class="govuk-file-upload" id="stall-photo" name="stallPhoto" type="file"></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">How will you pay?</legend><div class="govuk-radios">
<div class="govuk-radios__item"><input class="govuk-radios__input" id="payment" name="payment" type="radio" value="card"><label class="govuk-label" for="payment">Card payment now</label></div>
<div class="govuk-radios__item"><input class="govuk-radios__input" id="payment-2" name="payment" type="radio" value="direct-debit"><label class="govuk-label" for="payment-2">Direct Debit in 12 instalments</label></div>
</div></fieldset></div>
<div class="govuk-form-group"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="declaration" name="declaration" type="checkbox" value="yes"><label class="govuk-label" for="declaration">I confirm the information I have given is correct</label></div></div>
<button type="submit" class="govuk-button" data-module="govuk-button">Continue to payment</button>
</form>
</main></div>
<footer class="govuk-footer"><a href="/accessibility" class="govuk-footer__link">Accessibility statement</a> <a href="/privacy" class="govuk-footer__link">Privacy</a> <a href="/cookies" class="govuk-footer__link">Cookies</a></footer>`,
);

const STREETTRADE: PagePair = {
  name: 'street-trading-consent-b19',
  v1: STREETTRADE_V1,
  v2: STREETTRADE_V2,
  targets: [
    {
      selector: '#consentNo',
      expect: '#consent-reference',
      change: 'consent number relabelled reference, GOV.UK ids',
    },
    {
      selector: 'select[name="pitch"]',
      expect: '#pitch-location',
      change: 'pitch select reworded as a question, renamed',
    },
    {
      selector: 'input[name="days"][value="sat"]',
      expect: '#trading-days-6',
      change: 'day checkboxes renamed with full day values and numbered ids',
    },
    {
      selector: 'textarea#commodities',
      expect: '#goods-description',
      change: '"Commodities" reworded "What will you sell?"',
    },
    {
      selector: 'input[type="file"]',
      expect: '#insurance-certificate',
      change: 'insurance upload renamed; second upload for stall photo added',
    },
    {
      selector: 'input[name="pay_method"][value="cheque"]',
      expect: null,
      change: 'cheque payment withdrawn; Direct Debit option in its slot',
    },
    { selector: 'a.save-later', expect: null, change: 'save and return later link removed' },
    {
      selector: 'input.submit-btn',
      expect: 'button.govuk-button',
      change: 'submit input became GOV.UK button "Continue to payment"',
    },
  ],
};

// 8. Works to protected trees (TPO) application: form revision (edit).
const TPO_V1 = page(
  'Apply for works to protected trees - Planning Portal',
  `<header><a href="/" class="logo">Northvale District Council</a>
<nav><a href="/planning">Planning</a><a href="/planning/trees" class="current">Trees</a><a href="/building-control">Building control</a><a href="/account">My applications</a></nav></header>
<main>
<aside class="help-box"><h3>Before you apply</h3><p>Check whether the tree is protected using the map.</p><a href="/planning/trees/map">Protected trees map</a><br><a href="/planning/trees/video" class="video-link">Watch guidance video</a></aside>
<h1>Works to trees protected by a Tree Preservation Order</h1>
<form id="tpoForm" action="/planning/trees/apply" method="post" enctype="multipart/form-data">
<h2>Site</h2>
<label for="tpoRef">TPO reference</label><input id="tpoRef" name="tpo_ref" type="text" placeholder="e.g. TPO/2011/04">
<label for="siteAddress">Site address</label><textarea id="siteAddress" name="site_address" rows="3"></textarea>
<label><input type="checkbox" id="conservationArea" name="in_ca"> Site is in a conservation area</label>
<h2>Trees and proposed works</h2>
<table class="trees">
<thead><tr><th>Tree no.</th><th>Species</th><th>Works</th><th>Reason</th></tr></thead>
<tbody>
<tr data-tree="T1"><td>T1</td><td><input name="species_1" value="Oak"></td><td><select class="works" name="works_1"><option>Crown reduction</option><option>Crown lift</option><option>Fell</option><option>Deadwood</option></select></td><td><input name="reason_1"></td></tr>
<tr data-tree="T2"><td>T2</td><td><input name="species_2" value="Beech"></td><td><select class="works" name="works_2"><option>Crown reduction</option><option>Crown lift</option><option>Fell</option><option>Deadwood</option></select></td><td><input name="reason_2"></td></tr>
<tr data-tree="T3"><td>T3</td><td><input name="species_3" value="Sycamore"></td><td><select class="works" name="works_3"><option>Crown reduction</option><option>Crown lift</option><option>Fell</option><option>Deadwood</option></select></td><td><input name="reason_3"></td></tr>
</tbody></table>
<button type="button" class="add-tree">+ Add another tree</button>
<h2>Supporting information</h2>
<label for="arbReport">Arboricultural report</label><input id="arbReport" name="arb_report" type="file">
<h2>Agent</h2>
<label for="agentName">Agent name</label><input id="agentName" name="agent_name" type="text">
<label for="agentEmail">Agent email</label><input id="agentEmail" name="agent_email" type="email">
<label for="agentPhone">Agent phone</label><input id="agentPhone" name="agent_phone" type="tel">
<div class="row"><button type="submit" name="action" value="save">Save draft</button><button type="submit" name="action" value="submit">Submit application</button></div>
</form>
</main>
<footer>Northvale District Council · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const TPO_V2 = edit(TPO_V1, [
  ['<br><a href="/planning/trees/video" class="video-link">Watch guidance video</a>', ''],
  [
    '<label for="tpoRef">TPO reference</label><input id="tpoRef" name="tpo_ref"',
    '<label for="tpo-number">Order number</label><input id="tpo-number" name="order_number"',
  ],
  [
    '<label><input type="checkbox" id="conservationArea" name="in_ca"> Site is in a conservation area</label>',
    '<label><input type="checkbox" id="dangerousTree" name="dangerous_exemption"> Tree is dead or dangerous (5 working days\' notice)</label>',
  ],
  ['<h2>Trees and proposed works</h2>', '<h2>Trees, groups and proposed works</h2>'],
  [
    '<tbody>\n<tr data-tree="T1">',
    '<tbody>\n<tr data-tree="G1"><td>G1</td><td><input name="species_g1" value="Mixed hawthorn"></td><td><select class="works-type" name="works_g1"><option>Crown reduction</option><option>Crown lift</option><option>Fell</option><option>Deadwood</option><option>Coppice</option></select></td><td><input name="reason_g1"></td></tr>\n<tr data-tree="T1">',
  ],
  ['<select class="works" name="works_1">', '<select class="works-type" name="works_1">'],
  ['<select class="works" name="works_2">', '<select class="works-type" name="works_2">'],
  ['<select class="works" name="works_3">', '<select class="works-type" name="works_3">'],
  [
    '<button type="button" class="add-tree">+ Add another tree</button>',
    '<button type="button" class="btn-secondary" data-action="add-row">Add tree or group</button>',
  ],
  [
    '<label for="arbReport">Arboricultural report</label><input id="arbReport" name="arb_report" type="file">',
    '<label for="supporting-docs">Supporting documents (arboricultural report, photos)</label><input id="supporting-docs" name="documents[]" type="file" multiple>',
  ],
  [
    '<label for="agentEmail">Agent email</label><input id="agentEmail" name="agent_email"',
    '<label for="agentEmail">Email address</label><input id="agentEmail" name="agent[email]"',
  ],
  [
    '<label for="agentName">Agent name</label><input id="agentName" name="agent_name"',
    '<label for="agentName">Name</label><input id="agentName" name="agent[name]"',
  ],
  [
    '<button type="submit" name="action" value="submit">Submit application</button>',
    '<button type="submit" name="action" value="send" class="btn-primary">Send to council</button>',
  ],
]);

const TPO: PagePair = {
  name: 'tree-preservation-order-works-b19',
  v1: TPO_V1,
  v2: TPO_V2,
  targets: [
    { selector: '#tpoRef', expect: '#tpo-number', change: 'TPO reference relabelled order number, renamed' },
    {
      selector: '.trees tbody tr:nth-child(2) select.works',
      expect: 'tr[data-tree="T2"] select',
      change: 'group row inserted above; works select class renamed',
    },
    {
      selector: 'button.add-tree',
      expect: 'button[data-action="add-row"]',
      change: 'reworded "Add tree or group", class replaced',
    },
    {
      selector: 'input[name="agent_email"]',
      expect: '#agentEmail',
      change: 'name attribute changed to nested form, label shortened',
    },
    {
      selector: '#conservationArea',
      expect: null,
      change: 'conservation area checkbox removed; dangerous-tree exemption checkbox in its place',
    },
    { selector: '.help-box .video-link', expect: null, change: 'guidance video link removed' },
    {
      selector: '#arbReport',
      expect: '#supporting-docs',
      change: 'single report upload became multi-file supporting documents',
    },
    {
      selector: 'button[name="action"][value="submit"]',
      expect: 'button[value="send"]',
      change: '"Submit application" reworded "Send to council", value changed',
    },
  ],
};

// 9. Public rights of way problem report: mobile-first rebuild (full rewrite).
const ROW_V1 = page(
  'Report a problem on a public right of way - Wessex County Council',
  `<header><a href="/" class="logo">Wessex County Council</a>
<nav><a href="/roads">Roads and transport</a><a href="/countryside" class="active">Countryside</a><a href="/waste">Waste</a><a href="/report">Report it</a></nav></header>
<main>
<aside><h3>Recent reports nearby</h3>
<ul class="recent-reports"><li>Footpath 12 Ashcombe — overgrown (in progress)</li><li>Bridleway 3 Lydford — gate (fixed)</li><li>Footpath 40 Ashcombe — signpost (logged)</li></ul>
<a href="/countryside/row/reports/map" class="all-reports-map">View all reports on map</a></aside>
<h1>Report a problem on a footpath or bridleway</h1>
<form id="rowReport" action="/countryside/row/report" method="post" enctype="multipart/form-data">
<fieldset><legend>The path</legend>
<label for="pathNumber">Path number (if known)</label><input id="pathNumber" name="path_number" type="text" placeholder="e.g. FP 12">
<label for="parish">Parish</label><select id="parish" name="parish"><option>Ashcombe</option><option>Lydford</option><option>Stoke Marden</option></select>
<label for="gridRef">Grid reference</label><div class="row"><input id="gridRef" name="grid_ref" type="text"><button type="button" class="locate-me">Use my location</button></div>
<div id="map" class="card">Map loading…</div></fieldset>
<fieldset><legend>The problem</legend>
<label for="problemType">Type of problem</label>
<select id="problemType" name="problem_type"><option value="veg">Overgrown vegetation</option><option value="gate">Locked or broken gate/stile</option><option value="sign">Missing signpost</option><option value="crop">Path ploughed or cropped</option><option value="animal">Dangerous animal</option><option value="other">Other</option></select>
<label for="problemDesc">Description</label><textarea id="problemDesc" name="description" rows="4"></textarea>
<label for="photos">Photos</label><input id="photos" name="photos" type="file" multiple></fieldset>
<fieldset><legend>Your details</legend>
<label for="name">Name</label><input id="name" name="name" type="text">
<label for="email">Email</label><input id="email" name="email" type="email">
<label for="phone">Phone</label><input id="phone" name="phone" type="tel">
<label><input type="checkbox" id="updatesOptIn" name="updates"> Keep me updated about this report</label></fieldset>
<button type="submit" class="report-submit">Report problem</button>
</form>
</main>
<footer>Wessex County Council · <a href="/privacy">Privacy</a> · <a href="/countryside/access-code">Countryside code</a></footer>`,
);

const ROW_V2 = page(
  'Path problem · Wessex Countryside',
  `<header class="site-head"><a href="/" class="site-logo" aria-label="Wessex County Council home">WCC</a><button type="button" class="menu-toggle" aria-expanded="false">Menu</button></header>
<main class="flow">
<h1>Tell us about a path problem</h1>
<form class="report" method="post" action="/api/row/reports" enctype="multipart/form-data">
<section class="card step">
<h2>Where is it?</h2>
<label for="location-text">Location (grid reference or what3words)</label>
<div class="row"><input id="location-text" name="location" type="text"><button type="button" class="icon-btn" aria-label="Use current location">◎</button></div>
<div class="map-embed" role="img" aria-label="Map of selected location"></div>
<label for="row-id">Path reference (on signpost, optional)</label><input id="row-id" name="rowId" type="text">
</section>
<section class="card step">
<h2>What's wrong?</h2>
<fieldset class="issue-type"><legend>Choose one</legend>
<label class="tile"><input type="radio" name="issue" value="vegetation"> Overgrown</label>
<label class="tile"><input type="radio" name="issue" value="furniture"> Gate or stile</label>
<label class="tile"><input type="radio" name="issue" value="signage"> Signpost</label>
<label class="tile"><input type="radio" name="issue" value="cropping"> Ploughed or cropped</label>
<label class="tile"><input type="radio" name="issue" value="livestock"> Livestock or dogs</label>
<label class="tile"><input type="radio" name="issue" value="other"> Something else</label>
</fieldset>
<label for="details">Details</label><textarea id="details" name="details" rows="4"></textarea>
<label for="photo-upload">Add photos</label><input id="photo-upload" name="images" type="file" accept="image/*" multiple>
</section>
<section class="card step">
<h2>About you</h2>
<label for="reporter-name">Name</label><input id="reporter-name" name="reporterName" type="text">
<label for="reporter-email">Email</label><input id="reporter-email" name="reporterEmail" type="email">
<label for="reporter-postcode">Postcode</label><input id="reporter-postcode" name="reporterPostcode" type="text">
<label class="switch"><input type="checkbox" role="switch" id="notify-switch" name="notify"> Email me progress updates</label>
</section>
<button type="submit" class="primary-cta">Send report</button>
</form>
</main>
<footer class="site-foot"><a href="/privacy">Privacy</a> <a href="/countryside/access-code">Countryside code</a></footer>`,
);

const ROW: PagePair = {
  name: 'right-of-way-obstruction-report-b19',
  v1: ROW_V1,
  v2: ROW_V2,
  targets: [
    {
      selector: '#pathNumber',
      expect: '#row-id',
      change: 'path number moved below map, relabelled path reference',
    },
    {
      selector: 'select#problemType',
      expect: 'fieldset.issue-type',
      change: 'problem type select became radio tiles',
    },
    {
      selector: '#gridRef',
      expect: '#location-text',
      change: 'grid reference field broadened to location, renamed',
    },
    {
      selector: 'button.locate-me',
      expect: 'button[aria-label="Use current location"]',
      change: 'text button became icon with aria-label',
    },
    {
      selector: 'input[name="photos"]',
      expect: '#photo-upload',
      change: 'photo input renamed images, relabelled',
    },
    { selector: '#phone', expect: null, change: 'phone field removed; postcode field in its slot' },
    { selector: 'a.all-reports-map', expect: null, change: 'sidebar with reports map link removed' },
    {
      selector: '#updatesOptIn',
      expect: '#notify-switch',
      change: 'opt-in checkbox became switch, reworded',
    },
  ],
};

// 10. Electoral register annual canvass response: form update (edit).
const CANVASS_V1 = page(
  'Household enquiry 2024 - Electoral Services',
  `<header><a href="/" class="logo">Hollins District Council</a>
<nav><a href="/elections">Elections</a><a href="/elections/register">Register to vote</a><a href="/elections/canvass" class="on">Annual canvass</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Respond to your household enquiry</h1>
<p class="muted">You must respond by law, even if nothing has changed.</p>
<form id="canvassForm" action="/elections/canvass/respond" method="post">
<fieldset><legend>Security code (from your letter)</legend>
<div class="row"><input id="securityCode1" name="code_part1" maxlength="4" size="4"> – <input id="securityCode2" name="code_part2" maxlength="4" size="4"></div></fieldset>
<p class="card">14 Orchard Rise, Hollins HL4 7QT <a href="/elections/canvass/wrong-address">Not your address?</a></p>
<h2>People on the register at this address</h2>
<table class="residents">
<thead><tr><th>Name</th><th>Nationality</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr data-elector="EL-20416"><td>Jane Morris</td><td>British</td><td>Registered</td><td><button type="button" class="edit-resident">Change</button> <button type="button" class="remove-resident">Remove</button></td></tr>
<tr data-elector="EL-20417"><td>Peter Morris</td><td>British</td><td>Registered</td><td><button type="button" class="edit-resident">Change</button> <button type="button" class="remove-resident">Remove</button></td></tr>
<tr data-elector="EL-20418"><td>Alan Reid</td><td>Irish</td><td>Registered</td><td><button type="button" class="edit-resident">Change</button> <button type="button" class="remove-resident">Remove</button></td></tr>
</tbody></table>
<button type="button" id="addResident">Add a new resident</button>
<label><input type="checkbox" id="nobodyEligible" name="nobody_eligible"> Nobody eligible to register lives here</label>
<label><input type="checkbox" id="openRegisterOptOut" name="open_optout"> Opt everyone out of the open register</label>
<label for="contactEmail">Your email (for confirmation)</label><input id="contactEmail" name="contact_email" type="email">
<label for="contactPhone">Your phone</label><input id="contactPhone" name="contact_phone" type="tel">
<div class="row"><input type="submit" value="Confirm"><a href="/elections/canvass/print" class="print-form">Print this form</a></div>
</form>
</main>
<footer>Electoral Registration Officer, Hollins District Council · <a href="/privacy/elections">Privacy notice</a></footer>`,
);

const CANVASS_V2 = edit(CANVASS_V1, [
  [
    '<fieldset><legend>Security code (from your letter)</legend>\n<div class="row"><input id="securityCode1" name="code_part1" maxlength="4" size="4"> – <input id="securityCode2" name="code_part2" maxlength="4" size="4"></div></fieldset>',
    '<label for="security-code">Security code</label><p class="hint">The 8-character code on your letter, without spaces</p><input id="security-code" name="securityCode" maxlength="8" autocomplete="off">',
  ],
  [
    '<tbody>\n<tr data-elector="EL-20416">',
    '<tbody>\n<tr data-elector="NEW-1" class="pending"><td>Chloe Morris</td><td>British</td><td>To be added (turns 16 in March)</td><td><button type="button" class="undo-add">Undo</button></td></tr>\n<tr data-elector="EL-20416">',
  ],
  [
    '<button type="button" class="edit-resident">Change</button> <button type="button" class="remove-resident">Remove</button>',
    '<button type="button" class="change-details">Change details</button> <button type="button" class="moved-out">Has moved out</button>',
  ],
  [
    '<button type="button" class="edit-resident">Change</button> <button type="button" class="remove-resident">Remove</button>',
    '<button type="button" class="change-details">Change details</button> <button type="button" class="moved-out">Has moved out</button>',
  ],
  [
    '<button type="button" class="edit-resident">Change</button> <button type="button" class="remove-resident">Remove</button>',
    '<button type="button" class="change-details">Change details</button> <button type="button" class="moved-out">Has moved out</button>',
  ],
  [
    '<button type="button" id="addResident">Add a new resident</button>',
    '<button type="button" class="secondary" data-action="add-person">Add someone who lives here</button>',
  ],
  [
    '<input type="checkbox" id="nobodyEligible" name="nobody_eligible">',
    '<input type="checkbox" id="no-eligible-residents" name="noEligible">',
  ],
  [
    '<label><input type="checkbox" id="openRegisterOptOut" name="open_optout"> Opt everyone out of the open register</label>',
    '<label><input type="checkbox" id="postalVoteInfo" name="postal_info"> Send everyone information about postal voting</label>',
  ],
  [
    '<label for="contactEmail">Your email (for confirmation)</label><input id="contactEmail" name="contact_email"',
    '<label for="respondent-email">Email address</label><input id="respondent-email" name="respondentEmail"',
  ],
  [
    '<input type="submit" value="Confirm"><a href="/elections/canvass/print" class="print-form">Print this form</a>',
    '<button type="submit" class="submit-response">Submit response</button>',
  ],
]);

const CANVASS: PagePair = {
  name: 'household-canvass-response-b19',
  v1: CANVASS_V1,
  v2: CANVASS_V2,
  targets: [
    {
      selector: '#securityCode1',
      expect: '#security-code',
      change: 'two-part security code merged into one field',
    },
    {
      selector: '.residents tbody tr:nth-child(2) .remove-resident',
      expect: 'tr[data-elector="EL-20417"] .moved-out',
      change: 'pending row added on top; Remove reworded "Has moved out"',
    },
    {
      selector: '#addResident',
      expect: 'button[data-action="add-person"]',
      change: 'reworded "Add someone who lives here", id dropped',
    },
    { selector: '#nobodyEligible', expect: '#no-eligible-residents', change: 'checkbox id and name renamed' },
    {
      selector: 'input[name="contact_email"]',
      expect: '#respondent-email',
      change: 'email field renamed, label shortened',
    },
    {
      selector: '#openRegisterOptOut',
      expect: null,
      change: 'open register opt-out removed; postal vote info checkbox in its place',
    },
    { selector: 'a.print-form', expect: null, change: 'print link removed' },
    {
      selector: 'input[type="submit"][value="Confirm"]',
      expect: 'button.submit-response',
      change: 'submit input became button "Submit response"',
    },
  ],
};

// 11. Sewer CCTV survey defect coding: desktop tool rebuilt as web workstation (full rewrite).
const SEWERCCTV_V1 = page(
  'Survey coding — DrainView',
  `<header><span class="logo">DrainView</span>
<nav><a href="/jobs">Jobs</a><a href="/surveys" class="active">Surveys</a><a href="/assets">Assets</a><a href="/reports">Reports</a></nav>
<span>Operator: T. Nwosu</span></header>
<main>
<h1>Survey S-88213 · Job 4471</h1>
<form class="survey-header grid" action="/surveys/S-88213/header" method="post">
<div><label for="pipeId">Pipe ID</label><input id="pipeId" name="pipe_id" value="SW-0412-0413"></div>
<div><label for="usMh">Upstream MH</label><input id="usMh" name="us_mh" value="SW0412"></div>
<div><label for="dsMh">Downstream MH</label><input id="dsMh" name="ds_mh" value="SW0413"></div>
<div><label for="diameter">Diameter (mm)</label><input id="diameter" name="diameter" type="number" value="225"></div>
<div><label for="materialSelect">Material</label><select id="materialSelect" name="material"><option>Vitrified clay</option><option>PVC</option><option>Concrete</option><option>Brick</option></select></div>
<div><label for="direction">Direction</label><select id="direction" name="direction"><option>Downstream</option><option>Upstream</option></select></div>
</form>
<div class="player card">
<video src="/media/S-88213.mp4" width="480"></video>
<div class="player-controls row"><button type="button" class="play">Play</button><button type="button" class="pause">Pause</button><button type="button" class="slow-mo">0.5×</button><button type="button" class="grab-frame">Grab frame</button><span class="chainage-readout">Chainage 12.4 m</span></div>
</div>
<h2>Observations</h2>
<table class="obs-table">
<thead><tr><th>Chainage</th><th>Code</th><th>Clock</th><th>%</th><th>Remarks</th><th></th></tr></thead>
<tbody>
<tr><td>0.0</td><td>WL</td><td></td><td>5</td><td>Water level</td><td><button type="button" class="del-obs">Delete</button></td></tr>
<tr><td>3.2</td><td>JDM</td><td>12</td><td></td><td>Joint displaced medium</td><td><button type="button" class="del-obs">Delete</button></td></tr>
<tr><td>12.4</td><td>FC</td><td>11–01</td><td></td><td>Fracture circumferential</td><td><button type="button" class="del-obs">Delete</button></td></tr>
<tr><td>18.9</td><td>RF</td><td>3–9</td><td>20</td><td>Roots fine</td><td><button type="button" class="del-obs">Delete</button></td></tr>
</tbody></table>
<h2>Add observation</h2>
<form id="addObs" class="row" action="/surveys/S-88213/obs" method="post">
<label for="obsChainage">Chainage</label><input id="obsChainage" name="chainage" type="number" step="0.1">
<label for="obsCode">Code</label><select id="obsCode" name="code"><option>FC</option><option>FL</option><option>CC</option><option>JDM</option><option>RF</option><option>DES</option></select>
<label for="clockFrom">Clock from</label><input id="clockFrom" name="clock_from" type="number" min="1" max="12">
<label for="clockTo">Clock to</label><input id="clockTo" name="clock_to" type="number" min="1" max="12">
<label for="obsRemarks">Remarks</label><input id="obsRemarks" name="remarks">
<button type="submit" class="add-obs">Add observation</button>
</form>
<div class="row survey-actions"><button type="button" id="finishSurvey">Finish survey</button><button type="button" id="genPdf">Generate PDF</button></div>
</main>
<footer>DrainView 5.2 · MSCC5 coding</footer>`,
);

const SEWERCCTV_V2 = page(
  'S-88213 · Coding workstation',
  `<div class="ws">
<header class="ws-top"><span class="ws-brand">DrainView Cloud</span>
<nav class="ws-nav"><a href="/jobs">Jobs</a><a href="/surveys" aria-current="page">Surveys</a><a href="/assets">Asset register</a></nav>
<div class="ws-tools" role="toolbar" aria-label="Survey"><button type="button" data-testid="complete-survey">Complete &amp; lock</button><button type="button" data-testid="export-xml">Export XML</button></div></header>
<div class="grid">
<section class="ws-video" aria-label="Video">
<video src="/media/S-88213.mp4"></video>
<div class="transport row" role="toolbar" aria-label="Playback"><button type="button" aria-label="Play">▶</button><button type="button" aria-label="Pause">⏸</button><button type="button" aria-label="Capture still">📷</button><output class="chainage">12.4 m</output></div>
<details class="pipe-meta" open><summary>Pipe details</summary>
<div class="grid3">
<label>Asset reference<input name="assetRef" value="SW-0412-0413"></label>
<label>Start node<input name="startNode" value="SW0412"></label>
<label>Finish node<input name="finishNode" value="SW0413"></label>
<label>Height/diameter<input name="heightMm" type="number" value="225"></label>
<label>Material<select name="materialCode"><option>VC</option><option>PVC</option><option>CO</option><option>BR</option></select></label>
<label>Survey direction<select name="surveyDirection"><option>D</option><option>U</option></select></label>
</div></details>
</section>
<section class="ws-coding" aria-label="Coding">
<form class="obs-entry" method="post" action="/api/surveys/S-88213/observations">
<label for="code-search">Defect code</label><input id="code-search" name="code" role="combobox" aria-label="Defect code" aria-autocomplete="list" placeholder="Type code or description">
<div class="row"><label for="dist">Distance (m)</label><input id="dist" name="distance" type="number" step="0.1"></div>
<div class="row"><label for="clockStart">Clock at</label><input id="clockStart" name="clockAt" type="number" min="1" max="12"><label for="clockEnd">to</label><input id="clockEnd" name="clockTo" type="number" min="1" max="12"></div>
<label for="pct">Percentage</label><input id="pct" name="percent" type="number">
<label for="remark">Remark</label><input id="remark" name="remark">
<button type="submit" class="btn-code">Code it</button>
</form>
<ol class="obs-list">
<li data-obs="o-0"><span>0.0 m</span> <b>ST</b> Start of survey <button type="button" aria-label="Delete observation" class="icon">🗑</button></li>
<li data-obs="o-1"><span>0.0 m</span> <b>WL</b> Water level 5% <button type="button" aria-label="Delete observation" class="icon">🗑</button></li>
<li data-obs="o-2"><span>3.2 m</span> <b>JDM</b> Joint displaced medium at 12 <button type="button" aria-label="Delete observation" class="icon">🗑</button></li>
<li data-obs="o-3"><span>12.4 m</span> <b>FC</b> Fracture circumferential 11–01 <button type="button" aria-label="Delete observation" class="icon">🗑</button></li>
<li data-obs="o-4"><span>18.9 m</span> <b>RF</b> Roots fine 3–9, 20% <button type="button" aria-label="Delete observation" class="icon">🗑</button></li>
</ol>
</section>
</div>
</div>`,
);

const SEWERCCTV: PagePair = {
  name: 'sewer-cctv-defect-coding-b19',
  v1: SEWERCCTV_V1,
  v2: SEWERCCTV_V2,
  targets: [
    {
      selector: '#pipeId',
      expect: 'input[name="assetRef"]',
      change: 'pipe ID relabelled asset reference inside collapsible panel, id dropped',
    },
    { selector: 'select#obsCode', expect: '#code-search', change: 'code select became searchable combobox' },
    {
      selector: 'input[name="clock_from"]',
      expect: '#clockStart',
      change: 'clock from relabelled "Clock at", renamed',
    },
    {
      selector: 'button.grab-frame',
      expect: 'button[aria-label="Capture still"]',
      change: 'text button became camera icon',
    },
    {
      selector: '.obs-table tbody tr:nth-child(3) .del-obs',
      expect: '[data-obs="o-3"] button[aria-label="Delete observation"]',
      change: 'table became list with start row added; delete became bin icon',
    },
    {
      selector: '#finishSurvey',
      expect: '[data-testid="complete-survey"]',
      change: 'moved to header toolbar, reworded "Complete & lock"',
    },
    {
      selector: '#genPdf',
      expect: null,
      change: 'PDF generation removed; XML export button in same toolbar slot',
    },
    { selector: '.player-controls .slow-mo', expect: null, change: 'slow-motion button removed' },
  ],
};

// 12. Print shop job ticket with imposition: MIS update (edit).
const PRINTJOB_V1 = page(
  'Job ticket 24-1187 — PressMIS',
  `<header><span class="logo">PressMIS</span>
<nav><a href="/estimates">Estimates</a><a href="/jobs" class="active">Jobs</a><a href="/schedule">Press schedule</a><a href="/stock">Paper stock</a><a href="/invoicing">Invoicing</a></nav>
<span>Prepress: D. Ferreira</span></header>
<main>
<div class="ticket-head row"><h1>Job <span class="job-no">24-1187</span></h1><span class="badge">Approved estimate</span></div>
<form id="jobTicket" action="/jobs/24-1187" method="post">
<div class="grid">
<div><label for="customer">Customer</label><input id="customer" name="customer" value="Fernhill Arts Centre"></div>
<div><label for="jobName">Job name</label><input id="jobName" name="job_name" value="Spring season brochure"></div>
<div><label for="jobQty">Quantity</label><input id="jobQty" name="qty" type="number" value="2500"></div>
<div><label for="dueDate">Due date</label><input id="dueDate" name="due" type="date"></div>
</div>
<fieldset><legend>Paper and press</legend>
<label for="stock">Stock</label><select id="stock" name="stock"><option>170gsm silk</option><option>130gsm gloss</option><option>300gsm uncoated board</option></select>
<label for="finSize">Finished size</label><select id="finSize" name="finished_size"><option>A5</option><option>A4</option><option>DL</option></select>
<label for="nup">Imposition</label><select id="nup" name="nup"><option>4-up</option><option>8-up work-and-turn</option><option>16pp signature</option></select>
<label><input type="radio" name="sides" value="simplex"> Single sided</label>
<label><input type="radio" name="sides" value="duplex" checked> Double sided</label></fieldset>
<fieldset><legend>Finishing</legend>
<label><input type="checkbox" name="finishing" value="trim" checked> Trim</label>
<label><input type="checkbox" name="finishing" value="fold"> Fold</label>
<label><input type="checkbox" name="finishing" value="saddle"> Saddle stitch</label>
<label><input type="checkbox" name="finishing" value="laminate"> Laminate cover</label></fieldset>
<fieldset class="proof-box"><legend>Proofing</legend>
<label><input type="checkbox" name="proof_pdf" checked> PDF proof sent</label>
<label><input type="checkbox" name="proof_hard"> Hard proof required</label></fieldset>
<label for="jobNotes">Notes for press</label><textarea id="jobNotes" name="notes" rows="3"></textarea>
<div class="row ticket-actions"><button type="submit" class="save-ticket">Save ticket</button><button type="button" id="sendToRip">Send to RIP</button><button type="button" id="duplicateJob">Duplicate job</button><button type="button" id="printTicket">Print ticket</button></div>
</form>
</main>
<footer>PressMIS 9 · Fernhill Print Ltd</footer>`,
);

const PRINTJOB_V2 = edit(PRINTJOB_V1, [
  [
    '<label for="jobQty">Quantity</label><input id="jobQty" name="qty"',
    '<label for="quantity">Run length</label><input id="quantity" name="run_length"',
  ],
  [
    '<label for="dueDate">Due date</label><input id="dueDate" name="due" type="date">',
    '<label for="due-date">Dispatch by</label><input id="due-date" name="dispatch_date" type="date"><input id="due-time" name="dispatch_time" type="time" aria-label="Dispatch time">',
  ],
  [
    '<label for="stock">Stock</label><select id="stock" name="stock">',
    '<label for="substrate">Substrate</label><select id="substrate" name="substrate">',
  ],
  [
    '<label><input type="radio" name="sides" value="simplex"> Single sided</label>',
    '<label><input type="radio" name="colours" value="4/0"> 4/0 (one side)</label>',
  ],
  [
    '<label><input type="radio" name="sides" value="duplex" checked> Double sided</label>',
    '<label><input type="radio" name="colours" value="4/4" checked> 4/4 (both sides)</label>\n<label><input type="radio" name="colours" value="4/1"> 4/1 (mono reverse)</label>',
  ],
  [
    '<label><input type="checkbox" name="finishing" value="saddle"> Saddle stitch</label>',
    '<label><input type="checkbox" name="finishing" value="saddle_stitch"> Saddle stitch (2 wires)</label>\n<label><input type="checkbox" name="finishing" value="pur_bind"> PUR bind</label>',
  ],
  ['<label><input type="checkbox" name="proof_hard"> Hard proof required</label>', ''],
  [
    '<label><input type="checkbox" name="proof_pdf" checked> PDF proof sent</label>',
    '<label><input type="checkbox" name="proof_pdf" checked> Soft proof approved online</label>',
  ],
  [
    '<button type="submit" class="save-ticket">Save ticket</button><button type="button" id="sendToRip">Send to RIP</button><button type="button" id="duplicateJob">Duplicate job</button><button type="button" id="printTicket">Print ticket</button>',
    '<button type="submit" class="btn save-ticket">Save</button><button type="button" class="btn btn-release">Release to prepress</button><button type="button" class="btn" id="splitJob">Split job</button><button type="button" class="btn" id="printTicket">Print ticket</button>',
  ],
]);

const PRINTJOB: PagePair = {
  name: 'print-imposition-job-ticket-b19',
  v1: PRINTJOB_V1,
  v2: PRINTJOB_V2,
  targets: [
    { selector: '#jobQty', expect: '#quantity', change: 'quantity relabelled run length, renamed' },
    { selector: 'select[name="stock"]', expect: '#substrate', change: 'stock relabelled substrate, renamed' },
    {
      selector: 'input[name="sides"][value="duplex"]',
      expect: 'input[name="colours"][value="4/4"]',
      change: 'sides radios became colour specs; 4/1 option added',
    },
    {
      selector: 'input[name="finishing"][value="saddle"]',
      expect: 'input[value="saddle_stitch"]',
      change: 'value renamed, label extended; PUR bind option added below',
    },
    {
      selector: '#sendToRip',
      expect: '.btn-release',
      change: '"Send to RIP" reworded "Release to prepress", id dropped',
    },
    {
      selector: '#duplicateJob',
      expect: null,
      change: 'duplicate job removed; "Split job" button in the same slot',
    },
    { selector: 'input[name="proof_hard"]', expect: null, change: 'hard proof option removed' },
    {
      selector: '#dueDate',
      expect: '#due-date',
      change: 'due date relabelled dispatch by, time field added',
    },
  ],
};

// 13. Air freight carrier rate card editor: rebuilt grid UI (full rewrite).
const RATECARD_V1 = page(
  'Rate card RC-2024-Q3 — CargoRates',
  `<header><span class="logo">CargoRates</span>
<nav><a href="/cards" class="active">Rate cards</a><a href="/customers">Customers</a><a href="/surcharges">Surcharges</a><a href="/quotes">Quotes</a></nav>
<a href="/settings">Settings</a></header>
<main>
<h1>Rate card RC-2024-Q3 <span class="badge">Draft</span></h1>
<p><a href="/cards/RC-2024-Q3/history" class="rate-history">View history</a></p>
<form id="rateCard" action="/cards/RC-2024-Q3" method="post">
<div class="grid">
<div><label for="cardName">Card name</label><input id="cardName" name="card_name" value="Q3 general cargo"></div>
<div><label for="currency">Currency</label><select id="currency" name="currency"><option>EUR</option><option>USD</option><option>GBP</option></select></div>
<div><label for="validFrom">Valid from</label><input id="validFrom" name="valid_from" type="date"></div>
<div><label for="validTo">Valid to</label><input id="validTo" name="valid_to" type="date"></div>
<div><label for="fuelPct">Fuel surcharge %</label><input id="fuelPct" name="fuel_pct" type="number" step="0.1"></div>
<div><label for="minCharge">Minimum charge</label><input id="minCharge" name="min_charge" type="number"></div>
</div>
<h2>Lanes</h2>
<table class="lanes">
<thead><tr><th>Origin</th><th>Destination</th><th>Mode</th><th>-45 kg</th><th>+45 kg</th><th>+100 kg</th><th>+300 kg</th><th></th></tr></thead>
<tbody>
<tr data-lane="LHR-JFK"><td>LHR</td><td>JFK</td><td>GCR</td><td><input class="rate-m45" value="4.10"></td><td><input class="rate-45" value="3.20"></td><td><input class="rate-100" value="2.75"></td><td><input class="rate-300" value="2.40"></td><td><button type="button" class="rm-lane">✕</button></td></tr>
<tr data-lane="FRA-ORD"><td>FRA</td><td>ORD</td><td>GCR</td><td><input class="rate-m45" value="3.95"></td><td><input class="rate-45" value="3.05"></td><td><input class="rate-100" value="2.60"></td><td><input class="rate-300" value="2.30"></td><td><button type="button" class="rm-lane">✕</button></td></tr>
<tr data-lane="AMS-ATL"><td>AMS</td><td>ATL</td><td>PER</td><td><input class="rate-m45" value="5.20"></td><td><input class="rate-45" value="4.40"></td><td><input class="rate-100" value="3.90"></td><td><input class="rate-300" value="3.50"></td><td><button type="button" class="rm-lane">✕</button></td></tr>
</tbody></table>
<div class="row"><button type="button" class="add-lane">Add lane</button><button type="button" id="importCsv">Import CSV</button></div>
<div class="row"><button type="submit" class="save-card">Save draft</button><button type="button" id="publishCard">Publish rate card</button></div>
</form>
</main>
<footer>CargoRates · IATA TACT compatible</footer>`,
);

const RATECARD_V2 = page(
  'Q3 general cargo · Rate cards',
  `<header class="topnav"><a href="/" class="mark">CargoRates</a>
<nav><a href="/cards" class="is-active">Rate cards</a><a href="/customers">Customers</a><a href="/surcharges">Surcharges</a><a href="/quotes">Quotes</a></nav></header>
<main class="editor">
<div class="editor-head row"><h1>Q3 general cargo</h1><span class="status status--draft">Draft</span>
<button type="button" class="btn-ghost">Save</button><button type="button" data-testid="publish-card" class="btn-solid">Publish to customers</button></div>
<section class="meta grid3" aria-label="Card settings">
<label>Card name<input name="title" value="Q3 general cargo"></label>
<label for="rc-currency">Currency</label><select id="rc-currency" name="ccy"><option>EUR</option><option>USD</option><option>GBP</option></select>
<label>Effective from<input name="effectiveFrom" type="date"></label>
<label>Effective until<input name="effectiveUntil" type="date"></label>
<label for="fuelSurcharge">Fuel surcharge (BAF) %</label><input id="fuelSurcharge" name="baf" type="number" step="0.1">
<label for="peakSurcharge">Peak season surcharge %</label><input id="peakSurcharge" name="pss" type="number" step="0.1">
</section>
<div class="grid-toolbar row"><button type="button" class="rc-add">+ Lane</button><button type="button" class="rc-import">Import CSV</button><input type="search" placeholder="Filter lanes" aria-label="Filter lanes"></div>
<div role="grid" class="lane-grid" aria-label="Lanes">
<div role="row" class="lane-grid__head"><span role="columnheader">Lane</span><span role="columnheader">Product</span><span role="columnheader">Min</span><span role="columnheader">N</span><span role="columnheader">45</span><span role="columnheader">100</span><span role="columnheader">300</span><span role="columnheader">500</span></div>
<div role="row" data-lane="AMS-ATL"><span role="gridcell">AMS → ATL</span><span role="gridcell">Perishable</span><input data-break="min" value="85"><input data-break="n" value="5.20"><input data-break="45" value="4.40"><input data-break="100" value="3.90"><input data-break="300" value="3.50"><input data-break="500" value="3.30"></div>
<div role="row" data-lane="FRA-ORD"><span role="gridcell">FRA → ORD</span><span role="gridcell">General</span><input data-break="min" value="70"><input data-break="n" value="3.95"><input data-break="45" value="3.05"><input data-break="100" value="2.60"><input data-break="300" value="2.30"><input data-break="500" value="2.15"></div>
<div role="row" data-lane="LHR-JFK"><span role="gridcell">LHR → JFK</span><span role="gridcell">General</span><input data-break="min" value="70"><input data-break="n" value="4.10"><input data-break="45" value="3.20"><input data-break="100" value="2.75"><input data-break="300" value="2.40"><input data-break="500" value="2.25"></div>
</div>
</main>
<footer class="foot">CargoRates</footer>`,
);

const RATECARD: PagePair = {
  name: 'freight-rate-card-editor-b19',
  v1: RATECARD_V1,
  v2: RATECARD_V2,
  targets: [
    { selector: '#currency', expect: '#rc-currency', change: 'currency select id and name renamed' },
    {
      selector: 'input[name="fuel_pct"]',
      expect: '#fuelSurcharge',
      change: 'fuel surcharge relabelled BAF, renamed',
    },
    {
      selector: 'table.lanes tbody tr:nth-child(2) input.rate-100',
      expect: '[data-lane="FRA-ORD"] input[data-break="100"]',
      change: 'table became ARIA grid, lanes re-sorted, break inputs keyed by data attribute',
    },
    {
      selector: 'button.add-lane',
      expect: 'button.rc-add',
      change: '"Add lane" shortened to "+ Lane", class renamed',
    },
    {
      selector: '#validFrom',
      expect: 'input[name="effectiveFrom"]',
      change: 'valid from relabelled effective from, id dropped',
    },
    {
      selector: '#publishCard',
      expect: '[data-testid="publish-card"]',
      change: 'moved to page header, reworded "Publish to customers"',
    },
    {
      selector: 'input[name="min_charge"]',
      expect: null,
      change: 'card-level minimum charge removed; peak season surcharge field in its slot',
    },
    { selector: 'a.rate-history', expect: null, change: 'history link removed' },
  ],
};

// 14. Card chargeback evidence submission: payment dashboard update (edit).
const CHARGEBACK_V1 = page(
  'Dispute dp_4R8k2 — Merchant Dashboard',
  `<header><span class="logo">PayDash</span>
<nav><a href="/payments">Payments</a><a href="/disputes" class="active">Disputes</a><a href="/payouts">Payouts</a><a href="/customers">Customers</a><a href="/developers">Developers</a></nav>
<a href="/account">Northwind Outdoors Ltd</a></header>
<main>
<h1>Respond to dispute</h1>
<div class="dispute-summary card">
<p>Amount: <strong>£249.00</strong> · Reason: <span class="reason-code">13.1 Merchandise not received</span></p>
<p>Respond by: <strong class="respond-by">26 Sep 2024</strong></p>
<p class="network-ref">Network reference: 74829102849102</p>
</div>
<form id="evidenceForm" action="/disputes/dp_4R8k2/evidence" method="post" enctype="multipart/form-data">
<label for="productType">Product type</label><select id="productType" name="product_type"><option>Physical goods</option><option>Digital product</option><option>Service</option></select>
<h2>Evidence</h2>
<ul class="evidence-list">
<li><label>Receipt or invoice <input type="file" name="ev_receipt"></label></li>
<li><label>Proof of shipping <input type="file" name="ev_shipping"></label></li>
<li><label>Customer communication <input type="file" name="ev_comms"></label></li>
<li><label>Refund policy <input type="file" name="ev_policy"></label></li>
</ul>
<label for="trackingNo">Tracking number</label><input id="trackingNo" name="tracking" type="text">
<label for="rebuttal">Why should you win this dispute?</label><textarea id="rebuttal" name="rebuttal" rows="5"></textarea>
<div class="row"><button type="submit" id="submitEvidence">Submit evidence</button><button type="button" class="accept-liability">Accept dispute</button><button type="button" class="save-draft">Save for later</button></div>
</form>
</main>
<footer>PayDash · <a href="/docs/disputes">Dispute guide</a></footer>`,
);

const CHARGEBACK_V2 = edit(CHARGEBACK_V1, [
  ['<p class="network-ref">Network reference: 74829102849102</p>\n', ''],
  [
    '<label for="productType">Product type</label><select id="productType" name="product_type"><option>Physical goods</option><option>Digital product</option><option>Service</option></select>',
    '<label for="fulfilment-type">What did the customer buy?</label><select id="fulfilment-type" name="fulfilment"><option>Shipped goods</option><option>Download or licence</option><option>In-person or online service</option></select>',
  ],
  ['<h2>Evidence</h2>', '<h2>Evidence (strongest first)</h2>'],
  [
    '<li><label>Receipt or invoice <input type="file" name="ev_receipt"></label></li>\n<li><label>Proof of shipping <input type="file" name="ev_shipping"></label></li>\n<li><label>Customer communication <input type="file" name="ev_comms"></label></li>\n<li><label>Refund policy <input type="file" name="ev_policy"></label></li>',
    '<li><label>Proof of delivery (carrier confirmation) <input type="file" id="ev-pod" name="evidence[proof_of_delivery]"></label></li>\n<li><label>Emails or chat with the customer <input type="file" id="ev-comms" name="evidence[customer_communication]"></label></li>\n<li><label>Receipt <input type="file" id="ev-receipt" name="evidence[receipt]"></label></li>\n<li><label>Terms of service <input type="file" id="ev-terms" name="evidence[terms]"></label></li>',
  ],
  [
    '<label for="rebuttal">Why should you win this dispute?</label><textarea id="rebuttal" name="rebuttal"',
    '<label for="dispute-narrative">Summary for the card issuer</label><textarea id="dispute-narrative" name="narrative"',
  ],
  [
    '<button type="submit" id="submitEvidence">Submit evidence</button><button type="button" class="accept-liability">Accept dispute</button>',
    '<button type="button" class="btn-concede">Accept and refund</button><button type="submit" id="submit-response">Submit response to issuer</button>',
  ],
]);

const CHARGEBACK: PagePair = {
  name: 'chargeback-evidence-pack-b19',
  v1: CHARGEBACK_V1,
  v2: CHARGEBACK_V2,
  targets: [
    {
      selector: '#rebuttal',
      expect: '#dispute-narrative',
      change: 'rebuttal reworded "Summary for the card issuer", renamed',
    },
    {
      selector: 'input[name="ev_shipping"]',
      expect: '#ev-pod',
      change: 'shipping proof relabelled proof of delivery, moved to top, renamed',
    },
    {
      selector: '.evidence-list li:nth-child(1) input[type="file"]',
      expect: 'input[name="evidence[receipt]"]',
      change: 'evidence list reordered strongest first; receipt now third',
    },
    {
      selector: 'button.accept-liability',
      expect: '.btn-concede',
      change: '"Accept dispute" reworded "Accept and refund", moved before submit',
    },
    {
      selector: '#submitEvidence',
      expect: '#submit-response',
      change: 'id renamed, reworded "Submit response to issuer"',
    },
    {
      selector: 'input[name="ev_policy"]',
      expect: null,
      change: 'refund policy upload removed; terms of service upload in its slot',
    },
    { selector: '.dispute-summary .network-ref', expect: null, change: 'network reference line removed' },
    {
      selector: 'select[name="product_type"]',
      expect: '#fulfilment-type',
      change: 'product type reworded as a question, options reworded',
    },
  ],
};

// 15. Making Tax Digital VAT return: accounting app redesign (full rewrite).
const VATRET_V1 = page(
  'VAT return — LedgerLight',
  `<header><span class="logo">LedgerLight</span>
<nav><a href="/dashboard">Dashboard</a><a href="/sales">Sales</a><a href="/purchases">Purchases</a><a href="/banking">Banking</a><a href="/vat" class="active">VAT</a><a href="/reports">Reports</a></nav>
<span>Kestrel Joinery Ltd</span></header>
<main>
<aside><h3>Obligations</h3><ul class="obligations"><li>Apr–Jun 2024 · due 7 Aug · <b>Open</b></li><li>Jan–Mar 2024 · filed</li><li>Oct–Dec 2023 · filed</li></ul></aside>
<h1>VAT return</h1>
<form id="vatReturn" action="/vat/return" method="post">
<div class="row"><label for="vatPeriod">Period</label><select id="vatPeriod" name="period"><option>1 Apr 2024 – 30 Jun 2024</option><option>1 Jan 2024 – 31 Mar 2024</option></select>
<button type="button" id="calcFromLedger">Calculate from ledger</button></div>
<label><input type="checkbox" id="includeAdjustments" name="adjustments"> Include error corrections under £10,000</label>
<table class="vat-boxes">
<thead><tr><th>Box</th><th>Description</th><th>Amount (£)</th></tr></thead>
<tbody>
<tr><td>1</td><td>VAT due on sales</td><td><input id="box1" name="box1" value="18,420.00"></td></tr>
<tr><td>2</td><td>VAT due on EU acquisitions</td><td><input id="box2" name="box2" value="0.00"></td></tr>
<tr><td>3</td><td>Total VAT due</td><td><input id="box3" name="box3" value="18,420.00" readonly></td></tr>
<tr><td>4</td><td>VAT reclaimed on purchases</td><td><input id="box4" name="box4" value="6,105.32"></td></tr>
<tr><td>5</td><td>Net VAT to pay</td><td><input id="box5" name="box5" value="12,314.68" readonly></td></tr>
<tr><td>6</td><td>Total sales excluding VAT</td><td><input id="box6" name="box6" value="92,100"></td></tr>
<tr><td>7</td><td>Total purchases excluding VAT</td><td><input id="box7" name="box7" value="30,527"></td></tr>
<tr><td>8</td><td>Supplies to EU</td><td><input id="box8" name="box8" value="0"></td></tr>
<tr><td>9</td><td>Acquisitions from EU</td><td><input id="box9" name="box9" value="0"></td></tr>
</tbody></table>
<label><input type="checkbox" id="declaration" name="declaration"> I confirm the information is true and complete</label>
<div class="row"><button type="submit" class="submit-hmrc">Submit to HMRC</button><a href="/vat/return.pdf" class="download-pdf">Download PDF</a><a href="/vat">Cancel</a></div>
</form>
</main>
<footer>LedgerLight · HMRC recognised software</footer>`,
);

const VATRET_V2 = page(
  'Apr–Jun 2024 VAT · LedgerLight',
  `<header class="shell-head"><a href="/" class="shell-logo">LedgerLight</a>
<nav class="shell-nav"><a href="/home">Home</a><a href="/money-in">Money in</a><a href="/money-out">Money out</a><a href="/bank">Bank</a><a href="/tax" aria-current="page">Tax</a></nav>
<button type="button" class="org-switch">Kestrel Joinery Ltd ▾</button></header>
<main class="tax-page">
<div class="tax-head row"><h1>VAT return</h1><label class="sr-only" for="period-key">VAT period</label><select id="period-key" name="periodKey"><option value="24A2">Apr–Jun 2024 (due 7 Aug)</option><option value="24A1">Jan–Mar 2024 (filed)</option></select>
<button type="button" class="icon-btn" title="Refresh from transactions" aria-label="Refresh from transactions">↻</button></div>
<label class="check"><input type="checkbox" name="flatRate"> Use flat rate scheme</label>
<form class="return-form" method="post" action="/api/vat/returns">
<section class="card"><h2>VAT you owe</h2>
<div class="line"><label>VAT on sales <span class="box-no">Box 1</span><input name="vatDueSales" value="18,420.00"></label></div>
<div class="line"><label>VAT on goods from EU (NI only) <span class="box-no">Box 2</span><input name="vatDueAcquisitions" value="0.00"></label></div>
<div class="line total"><span>Total VAT due <span class="box-no">Box 3</span></span><output name="totalVatDue">18,420.00</output></div>
</section>
<section class="card"><h2>VAT you reclaim</h2>
<div class="line"><label>VAT on purchases <span class="box-no">Box 4</span><input name="vatReclaimedCurrPeriod" value="6,105.32"></label></div>
<div class="line total"><span>To pay HMRC <span class="box-no">Box 5</span></span><output name="netVatDue">12,314.68</output></div>
</section>
<section class="card"><h2>Sales and purchases</h2>
<div class="line"><label>Sales before VAT <span class="box-no">Box 6</span><input name="totalValueSalesExVAT" value="92,100"></label></div>
<div class="line"><label>Purchases before VAT <span class="box-no">Box 7</span><input name="totalValuePurchasesExVAT" value="30,527"></label></div>
<div class="line"><label>Goods to EU (NI only) <span class="box-no">Box 8</span><input name="totalValueGoodsSuppliedExVAT" value="0"></label></div>
<div class="line"><label>Goods from EU (NI only) <span class="box-no">Box 9</span><input name="totalAcquisitionsExVAT" value="0"></label></div>
</section>
<label class="check"><input type="checkbox" name="finalised"> When I submit this return I confirm the figures are true and complete</label>
<div class="row"><button type="submit" data-testid="send-return" class="btn-primary">Send return</button><a href="/tax" class="btn-link">Back</a></div>
</form>
</main>
<footer class="shell-foot">LedgerLight</footer>`,
);

const VATRET: PagePair = {
  name: 'vat-return-submission-b19',
  v1: VATRET_V1,
  v2: VATRET_V2,
  targets: [
    {
      selector: 'select#vatPeriod',
      expect: '#period-key',
      change: 'period select moved into heading, obligations merged into options',
    },
    {
      selector: '#box4',
      expect: 'input[name="vatReclaimedCurrPeriod"]',
      change: 'box inputs renamed to API field names, table became cards',
    },
    {
      selector: 'table.vat-boxes tbody tr:nth-child(6) input',
      expect: 'input[name="totalValueSalesExVAT"]',
      change: 'box 6 moved into sales card, relabelled "Sales before VAT"',
    },
    {
      selector: '#calcFromLedger',
      expect: 'button[aria-label="Refresh from transactions"]',
      change: 'text button became refresh icon',
    },
    {
      selector: '#declaration',
      expect: 'input[name="finalised"]',
      change: 'declaration reworded, id dropped',
    },
    {
      selector: 'button.submit-hmrc',
      expect: '[data-testid="send-return"]',
      change: '"Submit to HMRC" reworded "Send return"',
    },
    {
      selector: '#includeAdjustments',
      expect: null,
      change: 'error corrections option removed; flat rate checkbox in its slot',
    },
    { selector: 'a.download-pdf', expect: null, change: 'PDF download link removed' },
  ],
};

// 16. Delegated authority bordereau upload: platform update to new data standard (edit).
const BDX_V1 = page(
  'Upload bordereau — DA Portal',
  `<header><span class="logo">DA Portal</span>
<nav><a href="/binders">Binders</a><a href="/bordereaux" class="active">Bordereaux</a><a href="/audits">Audits</a><a href="/queries">Queries</a></nav>
<span>Coverholder: Harbour Specialty MGA</span></header>
<main>
<h1>Upload a bordereau</h1>
<form id="bdxForm" action="/bordereaux/upload" method="post" enctype="multipart/form-data">
<label for="binderRef">Binding authority</label><select id="binderRef" name="binder"><option>B0621HSM2024001 Property</option><option>B0621HSM2024002 Marine cargo</option></select>
<label for="reportMonth">Reporting month</label><input id="reportMonth" name="month" type="month">
<fieldset><legend>Bordereau type</legend>
<label><input type="radio" name="bdx_type" value="risk"> Risk</label>
<label><input type="radio" name="bdx_type" value="premium"> Premium</label>
<label><input type="radio" name="bdx_type" value="claims"> Claims</label></fieldset>
<label for="mappingTemplate">Mapping template</label><select id="mappingTemplate" name="mapping_template"><option>HSM property v3</option><option>HSM cargo v2</option><option>Create new…</option></select>
<label for="bdxFile">Spreadsheet (.xlsx, .csv)</label><input id="bdxFile" name="bdx_file" type="file" accept=".xlsx,.csv">
<div class="row"><button type="button" id="validateBtn">Validate</button><button type="submit" id="submitToMA">Submit to managing agent</button></div>
</form>
<h2>Validation results</h2>
<p class="muted">412 rows · 3 errors · 5 warnings</p>
<table class="errors">
<thead><tr><th>Row</th><th>Field</th><th>Problem</th><th>Severity</th><th></th></tr></thead>
<tbody>
<tr data-row="37"><td>37</td><td>Inception date</td><td>After expiry date</td><td>Warning</td><td><a href="#r37" class="view-row">View</a></td></tr>
<tr data-row="118"><td>118</td><td>Sum insured</td><td>Exceeds binder limit</td><td>Error</td><td><a href="#r118" class="view-row">View</a></td></tr>
<tr data-row="204"><td>204</td><td>Postcode</td><td>Not recognised</td><td>Warning</td><td><a href="#r204" class="view-row">View</a></td></tr>
<tr data-row="377"><td>377</td><td>Premium</td><td>Missing</td><td>Error</td><td><a href="#r377" class="view-row">View</a></td></tr>
</tbody></table>
<p><a href="/bordereaux/errors.csv" class="error-report">Download error report (CSV)</a></p>
</main>
<footer>DA Portal · Lloyd's Coverholder Reporting Standards</footer>`,
);

const BDX_V2 = edit(BDX_V1, [
  [
    '<label for="binderRef">Binding authority</label><select id="binderRef" name="binder">',
    '<label for="contract-ref">Contract (UMR)</label><select id="contract-ref" name="umr">',
  ],
  ['<legend>Bordereau type</legend>', '<legend>What are you reporting?</legend>'],
  [
    '<label><input type="radio" name="bdx_type" value="risk"> Risk</label>\n<label><input type="radio" name="bdx_type" value="premium"> Premium</label>\n<label><input type="radio" name="bdx_type" value="claims"> Claims</label>',
    '<label><input type="radio" name="bordereau_type" value="risk_premium"> Risk and premium</label>\n<label><input type="radio" name="bordereau_type" value="claim"> Claims</label>',
  ],
  [
    '<label for="mappingTemplate">Mapping template</label><select id="mappingTemplate" name="mapping_template"><option>HSM property v3</option><option>HSM cargo v2</option><option>Create new…</option></select>',
    '<label for="reportCcy">Reporting currency</label><select id="reportCcy" name="settlement_ccy"><option>GBP</option><option>USD</option><option>EUR</option></select>',
  ],
  [
    '<label for="bdxFile">Spreadsheet (.xlsx, .csv)</label><input id="bdxFile" name="bdx_file" type="file" accept=".xlsx,.csv">',
    '<div id="upload-dropzone" class="card"><label for="bdx-upload">Drop your v5.2 file here or choose file</label><input id="bdx-upload" name="file" type="file" accept=".xlsx,.csv"></div>',
  ],
  [
    '<button type="button" id="validateBtn">Validate</button><button type="submit" id="submitToMA">Submit to managing agent</button>',
    '<button type="button" class="run-checks">Run checks</button><button type="submit" class="send-bdx">Send to syndicate</button>',
  ],
  [
    '<tbody>\n<tr data-row="37"><td>37</td><td>Inception date</td><td>After expiry date</td><td>Warning</td><td><a href="#r37" class="view-row">View</a></td></tr>\n<tr data-row="118"><td>118</td><td>Sum insured</td><td>Exceeds binder limit</td><td>Error</td><td><a href="#r118" class="view-row">View</a></td></tr>\n<tr data-row="204"><td>204</td><td>Postcode</td><td>Not recognised</td><td>Warning</td><td><a href="#r204" class="view-row">View</a></td></tr>\n<tr data-row="377"><td>377</td><td>Premium</td><td>Missing</td><td>Error</td><td><a href="#r377" class="view-row">View</a></td></tr>',
    '<tbody>\n<tr data-row="377"><td>377</td><td>Gross premium</td><td>Missing</td><td>Error</td><td><a href="#r377" class="goto-row">Go to row</a></td></tr>\n<tr data-row="118"><td>118</td><td>Sum insured</td><td>Exceeds contract limit</td><td>Error</td><td><a href="#r118" class="goto-row">Go to row</a></td></tr>\n<tr data-row="37"><td>37</td><td>Inception date</td><td>After expiry date</td><td>Warning</td><td><a href="#r37" class="goto-row">Go to row</a></td></tr>\n<tr data-row="204"><td>204</td><td>Postcode</td><td>Not recognised</td><td>Warning</td><td><a href="#r204" class="goto-row">Go to row</a></td></tr>',
  ],
  ['<p><a href="/bordereaux/errors.csv" class="error-report">Download error report (CSV)</a></p>\n', ''],
]);

const BDX: PagePair = {
  name: 'insurance-bordereau-upload-b19',
  v1: BDX_V1,
  v2: BDX_V2,
  targets: [
    {
      selector: '#binderRef',
      expect: '#contract-ref',
      change: 'binding authority relabelled contract (UMR), renamed',
    },
    {
      selector: 'input[name="bdx_type"][value="claims"]',
      expect: 'input[name="bordereau_type"][value="claim"]',
      change: 'radio group renamed; risk and premium merged into one option',
    },
    { selector: '#bdxFile', expect: '#bdx-upload', change: 'file input moved into drop zone, renamed' },
    {
      selector: '.errors tbody tr:nth-child(2) .view-row',
      expect: 'tr[data-row="118"] .goto-row',
      change: 'results re-sorted by severity; "View" reworded "Go to row"',
    },
    {
      selector: '#validateBtn',
      expect: 'button.run-checks',
      change: '"Validate" reworded "Run checks", id dropped',
    },
    {
      selector: 'select[name="mapping_template"]',
      expect: null,
      change: 'mapping template removed; reporting currency select in its slot',
    },
    { selector: 'a.error-report', expect: null, change: 'error report download removed' },
    {
      selector: '#submitToMA',
      expect: 'button.send-bdx',
      change: '"Submit to managing agent" reworded "Send to syndicate"',
    },
  ],
};

// 17. Dangerous goods note (IMDG) entry: forwarding portal rebuilt (full rewrite).
const DGN_V1 = page(
  'Dangerous Goods Note — ShipDocs',
  `<header><span class="logo">ShipDocs</span>
<nav><a href="/bookings">Bookings</a><a href="/docs" class="active">Documents</a><a href="/vgm">VGM</a><a href="/tracking">Tracking</a></nav>
<span>Shipper: Calder Coatings plc</span></header>
<main>
<p class="legacy-note">Paper DGNs are accepted until 31 March. <a href="/help/paper-dgn">Read more</a></p>
<h1>Dangerous Goods Note</h1>
<form id="dgnForm" action="/docs/dgn" method="post">
<div class="grid">
<div><label for="bookingRef">Booking reference</label><input id="bookingRef" name="booking_ref" value="MSKU-BK-771203"></div>
<div><label for="vessel">Vessel / voyage</label><input id="vessel" name="vessel" value="NORDIC STAR 412E"></div>
<div><label for="containerNo">Container number</label><input id="containerNo" name="container_no"></div>
<div><label for="pol">Port of loading</label><select id="pol" name="pol"><option>GBFXT Felixstowe</option><option>GBSOU Southampton</option></select></div>
</div>
<h2>Substance</h2>
<label for="unNumber">UN number</label><input id="unNumber" name="un_no" placeholder="UN1263">
<label for="psn">Proper shipping name</label><input id="psn" name="psn" value="PAINT">
<label for="dgClass">Class</label><select id="dgClass" name="class"><option>3</option><option>6.1</option><option>8</option><option>9</option></select>
<fieldset class="pg-group"><legend>Packing group</legend>
<label><input type="radio" name="packing_group" value="I"> I</label>
<label><input type="radio" name="packing_group" value="II"> II</label>
<label><input type="radio" name="packing_group" value="III"> III</label></fieldset>
<div class="row"><label for="pkgCount">Packages</label><input id="pkgCount" name="pkg_count" type="number"><label for="pkgType">Type</label><select id="pkgType" name="pkg_type"><option>Drums (1A1)</option><option>IBC (31HA1)</option><option>Boxes (4G)</option></select></div>
<label for="netQty">Net quantity (kg/L)</label><input id="netQty" name="net_qty" type="number">
<label for="flashPoint">Flash point (°C)</label><input id="flashPoint" name="flash_point" type="number">
<label><input type="checkbox" id="marinePollutant" name="mp"> Marine pollutant</label>
<button type="button" class="add-substance">Add another substance</button>
<h2>Declaration</h2>
<label for="declarant">Name of declarant</label><input id="declarant" name="declarant">
<div class="row"><button type="submit" class="save-dgn">Save</button><button type="button" id="sendCarrier">Submit to carrier</button></div>
</form>
</main>
<footer>ShipDocs · IMDG Code amendment 41-22</footer>`,
);

const DGN_V2 = page(
  'DGN · Booking MSKU-BK-771203',
  `<header class="bar"><a href="/" class="bar-logo">ShipDocs</a>
<nav class="bar-links"><a href="/bookings">Bookings</a><a href="/documents" class="is-current">Documents</a><a href="/vgm">VGM</a><a href="/track">Track</a></nav></header>
<main class="doc">
<h1>Dangerous goods declaration</h1>
<section class="card">
<h2>Shipment</h2>
<dl class="grid"><dt>Booking</dt><dd>MSKU-BK-771203</dd><dt>Vessel</dt><dd>NORDIC STAR 412E</dd></dl>
<label for="ctr">Container</label><input id="ctr" name="containerNumber">
<label for="loadPort">Load port</label><select id="loadPort" name="loadPort"><option>GBFXT Felixstowe</option><option>GBSOU Southampton</option></select>
</section>
<section class="card dg-line" data-line="1">
<h2>Line 1</h2>
<label for="un-lookup">UN number or substance</label><input id="un-lookup" name="unNumber" role="combobox" aria-autocomplete="list" placeholder="Search UN1263, paint…">
<div class="grid">
<div><label for="shippingName">Proper shipping name</label><input id="shippingName" name="properShippingName" value="PAINT"></div>
<div><label for="hazClass">Class / division</label><select id="hazClass" name="hazardClass"><option>3</option><option>6.1</option><option>8</option><option>9</option></select></div>
<div><label for="pg-select">Packing group</label><select id="pg-select" name="packingGroup"><option value="">None</option><option>I</option><option>II</option><option>III</option></select></div>
<div><label for="ctrlTemp">Control temperature (°C)</label><input id="ctrlTemp" name="controlTemp" type="number"></div>
<div><label for="outerPkgs">Outer packages</label><input id="outerPkgs" name="outerCount" type="number"></div>
<div><label for="outerType">Package type</label><select id="outerType" name="outerType"><option>1A1 steel drum</option><option>31HA1 IBC</option><option>4G fibreboard box</option></select></div>
<div><label for="netMass">Net mass / volume</label><input id="netMass" name="netQuantity" type="number"></div>
</div>
<label class="toggle"><input type="checkbox" role="switch" id="mp-toggle" name="marinePollutant"> Marine pollutant</label>
</section>
<button type="button" data-testid="add-dg-line" class="btn-outline">Add line</button>
<section class="card">
<h2>Declaration</h2>
<label for="signatory">Signatory</label><input id="signatory" name="signatory">
</section>
<div class="row actions"><button type="button" class="btn-outline">Save draft</button><button type="submit" class="transmit">Transmit to shipping line</button></div>
</main>
<footer class="bar-foot">ShipDocs</footer>`,
);

const DGN: PagePair = {
  name: 'hazmat-dangerous-goods-note-b19',
  v1: DGN_V1,
  v2: DGN_V2,
  targets: [
    { selector: '#unNumber', expect: '#un-lookup', change: 'UN number became searchable substance lookup' },
    { selector: 'input[name="psn"]', expect: '#shippingName', change: 'field renamed properShippingName' },
    { selector: 'fieldset.pg-group', expect: '#pg-select', change: 'packing group radios became a select' },
    { selector: '#marinePollutant', expect: '#mp-toggle', change: 'checkbox became switch, id renamed' },
    {
      selector: 'button.add-substance',
      expect: '[data-testid="add-dg-line"]',
      change: '"Add another substance" reworded "Add line"',
    },
    {
      selector: '#sendCarrier',
      expect: 'button.transmit',
      change: '"Submit to carrier" reworded "Transmit to shipping line"',
    },
    {
      selector: '#flashPoint',
      expect: null,
      change: 'flash point field removed; control temperature field in its slot',
    },
    { selector: '.legacy-note a', expect: null, change: 'paper DGN notice removed' },
  ],
};

// 18. Warehouse pallet label (SSCC) reprint station: WMS update (edit).
const SSCC_V1 = page(
  'Label reprint — WMS',
  `<header><span class="logo">StoreFlow WMS</span>
<nav><a href="/inbound">Inbound</a><a href="/outbound">Outbound</a><a href="/labels" class="active">Labels</a><a href="/inventory">Inventory</a></nav>
<span>Site: Daventry DC2 · Shift B</span></header>
<main>
<h1>Reprint pallet label</h1>
<form id="lookupForm" class="row" action="/labels/lookup" method="get">
<label for="ssccScan">SSCC</label><input id="ssccScan" name="sscc" autofocus>
<button type="submit" class="lookup">Look up</button></form>
<table class="pallet-info">
<tr><th>SSCC</th><td>(00) 0 5012345 000001234 5</td></tr>
<tr><th>SKU</th><td>884120 · Oat drink 1L x 6</td></tr>
<tr><th>Quantity</th><td>120 cases</td></tr>
<tr><th>Best before</th><td>14/02/2025</td></tr>
<tr><th>Destination</th><td>Store 2291 Leamington</td></tr>
</table>
<form id="reprintForm" action="/labels/reprint" method="post">
<label for="printerSelect">Printer</label><select id="printerSelect" name="printer"><option>ZT410 Dock 3</option><option>ZT410 Dock 7</option><option>ZT610 Returns</option></select>
<label for="copies">Copies</label><input id="copies" name="copies" type="number" value="2" min="1" max="4">
<fieldset><legend>Format</legend>
<label><input type="radio" name="label_format" value="gs1_4x6" checked> GS1 4×6 in</label>
<label><input type="radio" name="label_format" value="a5"> A5 laser</label></fieldset>
<label for="reprintReason">Reason</label><select id="reprintReason" name="reason"><option>Damaged label</option><option>Label not scanned</option><option>Pallet re-wrapped</option></select>
<div class="row"><button type="submit" class="do-reprint">Reprint label</button><button type="button" id="voidLabel">Void label</button></div>
</form>
<h2>Recent reprints</h2>
<table class="recent">
<thead><tr><th>SSCC</th><th>By</th><th>Time</th></tr></thead>
<tbody>
<tr><td><a href="/sscc/050123450000012345">…012345</a></td><td>jwalsh</td><td>10:42</td></tr>
<tr><td><a href="/sscc/050123450000012338">…012338</a></td><td>jwalsh</td><td>10:15</td></tr>
<tr><td><a href="/sscc/050123450000012290">…012290</a></td><td>pkaur</td><td>09:58</td></tr>
</tbody></table>
</main>
<footer>StoreFlow WMS 7.3</footer>`,
);

const SSCC_V2 = edit(SSCC_V1, [
  [
    '<label for="ssccScan">SSCC</label><input id="ssccScan" name="sscc" autofocus>',
    '<label for="scan-input" class="sr-only">SSCC</label><input id="scan-input" name="code" placeholder="Scan or type SSCC" autofocus>',
  ],
  [
    '<button type="submit" class="lookup">Look up</button>',
    '<button type="submit" class="btn-find" aria-label="Find pallet">🔍</button>',
  ],
  [
    '<label for="printerSelect">Printer</label><select id="printerSelect" name="printer">',
    '<label for="zebraPrinter">Print to</label><select id="zebraPrinter" name="printer_id">',
  ],
  [
    '<label for="copies">Copies</label><input id="copies" name="copies" type="number" value="2" min="1" max="4">',
    '<label for="copy-count">Copies</label><div class="stepper row"><button type="button" aria-label="Fewer copies">−</button><input id="copy-count" name="qty" type="number" value="2" min="1" max="4"><button type="button" aria-label="More copies">+</button></div>',
  ],
  [
    '<label><input type="radio" name="label_format" value="a5"> A5 laser</label>',
    '<label><input type="radio" name="label_format" value="gs1_4x4"> 4×4 in case label</label>',
  ],
  [
    '<label for="reprintReason">Reason</label><select id="reprintReason" name="reason">',
    '<label for="reasonCode">Reason code</label><select id="reasonCode" name="reason_code">',
  ],
  [
    '<button type="submit" class="do-reprint">Reprint label</button><button type="button" id="voidLabel">Void label</button>',
    '<button type="submit" class="btn btn-print">Print</button>',
  ],
  [
    '<h2>Recent reprints</h2>\n<table class="recent">\n<thead><tr><th>SSCC</th><th>By</th><th>Time</th></tr></thead>\n<tbody>\n<tr><td><a href="/sscc/050123450000012345">…012345</a></td><td>jwalsh</td><td>10:42</td></tr>\n<tr><td><a href="/sscc/050123450000012338">…012338</a></td><td>jwalsh</td><td>10:15</td></tr>\n<tr><td><a href="/sscc/050123450000012290">…012290</a></td><td>pkaur</td><td>09:58</td></tr>\n</tbody></table>',
    '<aside class="history"><h2>My reprints today</h2><ul class="recent-list"><li><a href="/sscc/050123450000012290">…012290</a> 09:58</li><li><a href="/sscc/050123450000012338">…012338</a> 10:15</li><li><a href="/sscc/050123450000012345">…012345</a> 10:42</li></ul></aside>',
  ],
]);

const SSCC: PagePair = {
  name: 'pallet-label-reprint-station-b19',
  v1: SSCC_V1,
  v2: SSCC_V2,
  targets: [
    {
      selector: '#ssccScan',
      expect: '#scan-input',
      change: 'scan field renamed, visible label replaced by placeholder',
    },
    {
      selector: '#printerSelect',
      expect: '#zebraPrinter',
      change: 'printer select relabelled "Print to", renamed',
    },
    {
      selector: 'input[name="copies"]',
      expect: '#copy-count',
      change: 'copies input wrapped in stepper with +/- buttons, renamed',
    },
    {
      selector: '#reprintReason',
      expect: 'select[name="reason_code"]',
      change: 'reason select relabelled reason code',
    },
    { selector: 'button.do-reprint', expect: '.btn-print', change: '"Reprint label" shortened to "Print"' },
    {
      selector: 'input[name="label_format"][value="a5"]',
      expect: null,
      change: 'A5 format removed; 4×4 case label option in its slot',
    },
    { selector: '#voidLabel', expect: null, change: 'void label button removed' },
    {
      selector: '.recent tbody tr:first-child a',
      expect: '.recent-list a[href="/sscc/050123450000012345"]',
      change: 'recent table became sidebar list in ascending time order',
    },
  ],
};

// 19. Stamp collection catalogue: hobbyist app relaunch (full rewrite).
const STAMPS_V1 = page(
  'Edit stamp — PhilaBook',
  `<header><a href="/" class="logo">PhilaBook</a>
<form action="/search" class="row"><input type="search" name="q" placeholder="Search my collection"><button type="submit">Search</button></form>
<nav><a href="/collection" class="active">Collection</a><a href="/wants">Want list</a><a href="/swaps">Swaps</a><a href="/forum">Forum</a></nav></header>
<main>
<div class="sidebar">
<h3>Albums</h3>
<ul class="album-list"><li><a href="/albums/gb-qv">GB Queen Victoria</a></li><li><a href="/albums/gb-machins">GB Machins</a></li><li><a href="/albums/cw-kgvi">Commonwealth KGVI</a></li><li><a href="/albums/thematic-birds">Thematic: birds</a></li></ul>
<a href="/albums/new">New album</a>
</div>
<h1>Edit stamp</h1>
<img src="/img/stamps/8812.jpg" alt="Stamp image" width="160">
<form id="stampForm" action="/stamps/8812" method="post" enctype="multipart/form-data">
<label for="country">Country</label><select id="country" name="country"><option>Great Britain</option><option>Australia</option><option>Canada</option></select>
<label for="sgNumber">SG number</label><input id="sgNumber" name="sg_no" value="X841">
<label for="issueYear">Year</label><input id="issueYear" name="year" type="number" value="1971">
<label for="denom">Denomination</label><input id="denom" name="denomination" value="½p">
<label for="condition">Condition</label><select id="condition" name="condition"><option>Mint never hinged</option><option>Mounted mint</option><option>Used</option><option>Fine used</option></select>
<label for="perf">Perforation</label><input id="perf" name="perf" value="15×14">
<label for="wmk">Watermark</label><input id="wmk" name="wmk" value="None">
<label for="albumPage">Album page</label><input id="albumPage" name="album_page" type="number" value="12">
<label for="qty">Quantity</label><input id="qty" name="qty" type="number" value="3">
<label for="paid">Price paid (£)</label><input id="paid" name="paid" type="number" step="0.01">
<label for="stampImg">Replace image</label><input id="stampImg" name="image" type="file">
<div class="row"><button type="submit" id="saveStamp">Save stamp</button><button type="button" class="want-list">Add to want list</button><button type="button" class="delete-stamp">Delete stamp</button></div>
</form>
</main>
<footer>PhilaBook · <a href="/about">About</a> · <a href="/catalogue-credits">Catalogue credits</a></footer>`,
);

const STAMPS_V2 = page(
  'X841 · ½p Machin · PhilaBook',
  `<header class="pb-head"><a href="/" class="pb-logo">PhilaBook</a>
<nav class="pb-nav"><a href="/collection" aria-current="page">My collection</a><a href="/wishlist">Wishlist</a><a href="/swaps">Swaps</a><a href="/community">Community</a></nav>
<input type="search" aria-label="Search" placeholder="Search"></header>
<div class="pb-layout">
<nav class="pb-albums" aria-label="Albums">
<a href="/albums">All stamps</a>
<a href="/albums/cw-kgvi">Commonwealth KGVI <span class="count">210</span></a>
<a href="/albums/gb-machins">GB Machins <span class="count">1,402</span></a>
<a href="/albums/gb-qv">GB Queen Victoria <span class="count">88</span></a>
<a href="/albums/thematic-birds">Thematic: birds <span class="count">64</span></a>
</nav>
<main class="pb-main">
<div class="stamp-head row"><img src="/img/stamps/8812.jpg" alt="½p Machin" width="120"><h1>½p turquoise-blue Machin</h1>
<button type="button" class="icon" aria-label="Add to wishlist">♡</button><button type="button" class="icon" aria-label="Share">⤴</button></div>
<form id="stamp-form" class="card" method="post" action="/api/stamps/8812">
<div class="grid">
<div><label for="catSystem">Catalogue</label><select id="catSystem" name="catalogue"><option>Stanley Gibbons</option><option>Scott</option><option>Michel</option></select></div>
<div><label for="catNumber">Catalogue number</label><input id="catNumber" name="catNo" value="X841"></div>
<div><label for="issuer">Issuing country</label><select id="issuer" name="issuer"><option>Great Britain</option><option>Australia</option><option>Canada</option></select></div>
<div><label for="year">Issue year</label><input id="year" name="issueYear" type="number" value="1971"></div>
<div><label for="faceValue">Face value</label><input id="faceValue" name="faceValue" value="½p"></div>
<div><label for="perforation">Perf</label><input id="perforation" name="perforation" value="15×14"></div>
<div><label for="watermark">Watermark</label><input id="watermark" name="watermark" value="None"></div>
<div><label for="plateNo">Plate / cylinder number</label><input id="plateNo" name="plate" type="text"></div>
<div><label for="copies">Copies owned</label><input id="copies" name="copies" type="number" value="3"></div>
<div><label for="cost">Cost</label><input id="cost" name="cost" type="number" step="0.01"></div>
</div>
<div role="radiogroup" aria-label="Condition" class="chips">
<label class="chip"><input type="radio" name="grade" value="MNH"> MNH</label><label class="chip"><input type="radio" name="grade" value="MM"> Mounted mint</label><label class="chip"><input type="radio" name="grade" value="U"> Used</label><label class="chip"><input type="radio" name="grade" value="FU"> Fine used</label><label class="chip"><input type="radio" name="grade" value="CTO"> CTO</label>
</div>
<label for="photo">Photo</label><input id="photo" name="photo" type="file" accept="image/*">
<div class="row"><button type="submit" class="btn-save">Save changes</button><a href="/collection" class="btn-link">Cancel</a></div>
</form>
</main>
</div>
<footer class="pb-foot"><a href="/about">About</a></footer>`,
);

const STAMPS: PagePair = {
  name: 'stamp-collection-catalogue-b19',
  v1: STAMPS_V1,
  v2: STAMPS_V2,
  targets: [
    {
      selector: '#sgNumber',
      expect: '#catNumber',
      change: 'SG number generalised to catalogue system + number',
    },
    {
      selector: 'select[name="condition"]',
      expect: '[role="radiogroup"][aria-label="Condition"]',
      change: 'condition select became chip radio group',
    },
    {
      selector: 'input[name="perf"]',
      expect: '#perforation',
      change: 'perforation field renamed, label shortened',
    },
    {
      selector: '.album-list li:nth-child(2) a',
      expect: '.pb-albums a[href="/albums/gb-machins"]',
      change: 'albums re-sorted alphabetically with counts, "All stamps" added first',
    },
    {
      selector: 'button.want-list',
      expect: 'button[aria-label="Add to wishlist"]',
      change: 'text button became heart icon, want list renamed wishlist',
    },
    {
      selector: '#saveStamp',
      expect: '#stamp-form .btn-save',
      change: '"Save stamp" reworded "Save changes", id dropped',
    },
    {
      selector: '#albumPage',
      expect: null,
      change: 'album page field removed; plate number field in its slot',
    },
    { selector: 'button.delete-stamp', expect: null, change: 'delete button removed from edit page' },
  ],
};

// 20. Church bell ringing performance record: submission form update (edit).
const PEAL_V1 = page(
  'Record a performance — PealBook',
  `<header><a href="/" class="logo">PealBook</a>
<nav><a href="/performances">Performances</a><a href="/towers">Towers</a><a href="/methods">Methods</a><a href="/my-ringing">My ringing</a></nav>
<a href="/login">Sign in</a></header>
<main>
<h1>Record a quarter peal or peal</h1>
<form id="pealForm" action="/performances/new" method="post">
<fieldset><legend>Where and when</legend>
<label for="tower">Tower</label><input id="tower" name="tower" placeholder="Place and dedication">
<label for="perfDate">Date</label><input id="perfDate" name="date" type="date">
<label for="tenorWeight">Tenor weight</label><input id="tenorWeight" name="tenor" placeholder="e.g. 12–2–4 in F"></fieldset>
<fieldset><legend>What was rung</legend>
<label for="changes">Changes</label><input id="changes" name="changes" type="number" value="1260">
<label for="method">Method(s)</label><input id="method" name="method" value="Grandsire Doubles">
<label for="duration">Duration</label><input id="duration" name="duration" placeholder="45 mins"></fieldset>
<h2>Ringers</h2>
<table class="ringers">
<thead><tr><th>Bell</th><th>Ringer</th><th>Conductor</th></tr></thead>
<tbody>
<tr><td>1</td><td><input class="ringer-name" name="ringer_1"></td><td><input type="radio" name="conductor" value="1"></td></tr>
<tr><td>2</td><td><input class="ringer-name" name="ringer_2"></td><td><input type="radio" name="conductor" value="2"></td></tr>
<tr><td>3</td><td><input class="ringer-name" name="ringer_3"></td><td><input type="radio" name="conductor" value="3"></td></tr>
<tr><td>4</td><td><input class="ringer-name" name="ringer_4"></td><td><input type="radio" name="conductor" value="4"></td></tr>
<tr><td>5</td><td><input class="ringer-name" name="ringer_5"></td><td><input type="radio" name="conductor" value="5"></td></tr>
<tr><td>6</td><td><input class="ringer-name" name="ringer_6"></td><td><input type="radio" name="conductor" value="6"></td></tr>
</tbody></table>
<label for="footnote">Footnote</label><textarea id="footnote" name="footnote" rows="3"></textarea>
<p><a href="/help/rw" class="ringing-world-link">Also send to The Ringing World</a></p>
<div class="row"><button type="submit" class="submit-bb">Submit to BellBoard</button><button type="submit" name="draft" value="1">Save draft</button></div>
</form>
</main>
<footer>PealBook · a ringers' community project</footer>`,
);

const PEAL_V2 = edit(PEAL_V1, [
  [
    '<label for="tower">Tower</label><input id="tower" name="tower" placeholder="Place and dedication">',
    '<label for="tower-search">Tower (place or Dove ID)</label><input id="tower-search" name="towerId" role="combobox" placeholder="Start typing a place">',
  ],
  [
    '<label for="tenorWeight">Tenor weight</label><input id="tenorWeight" name="tenor" placeholder="e.g. 12–2–4 in F">',
    '<label for="composer">Composer</label><input id="composer" name="composer" placeholder="e.g. traditional">',
  ],
  [
    '<label for="changes">Changes</label><input id="changes" name="changes"',
    '<label for="changeCount">Number of changes</label><input id="changeCount" name="change_count"',
  ],
  [
    '<thead><tr><th>Bell</th><th>Ringer</th><th>Conductor</th></tr></thead>',
    '<thead><tr><th>Bell</th><th>Ringer</th><th>Conducted</th></tr></thead>',
  ],
  [
    '<tr><td>1</td><td><input class="ringer-name" name="ringer_1"></td><td><input type="radio" name="conductor" value="1"></td></tr>',
    '<tr data-bell="1"><td>1</td><td><input class="ringer" name="ringers[1]" list="known-ringers"></td><td><input type="checkbox" name="conducted[1]"></td></tr>',
  ],
  [
    '<tr><td>2</td><td><input class="ringer-name" name="ringer_2"></td><td><input type="radio" name="conductor" value="2"></td></tr>',
    '<tr data-bell="2"><td>2</td><td><input class="ringer" name="ringers[2]" list="known-ringers"></td><td><input type="checkbox" name="conducted[2]"></td></tr>',
  ],
  [
    '<tr><td>3</td><td><input class="ringer-name" name="ringer_3"></td><td><input type="radio" name="conductor" value="3"></td></tr>',
    '<tr data-bell="3"><td>3</td><td><input class="ringer" name="ringers[3]" list="known-ringers"></td><td><input type="checkbox" name="conducted[3]"></td></tr>',
  ],
  [
    '<tr><td>4</td><td><input class="ringer-name" name="ringer_4"></td><td><input type="radio" name="conductor" value="4"></td></tr>',
    '<tr data-bell="4"><td>4</td><td><input class="ringer" name="ringers[4]" list="known-ringers"></td><td><input type="checkbox" name="conducted[4]"></td></tr>',
  ],
  [
    '<tr><td>5</td><td><input class="ringer-name" name="ringer_5"></td><td><input type="radio" name="conductor" value="5"></td></tr>',
    '<tr data-bell="5"><td>5</td><td><input class="ringer" name="ringers[5]" list="known-ringers"></td><td><input type="checkbox" name="conducted[5]"></td></tr>',
  ],
  [
    '<tr><td>6</td><td><input class="ringer-name" name="ringer_6"></td><td><input type="radio" name="conductor" value="6"></td></tr>',
    '<tr data-bell="6"><td>6</td><td><input class="ringer" name="ringers[6]" list="known-ringers"></td><td><input type="checkbox" name="conducted[6]"></td></tr>',
  ],
  [
    '<label for="footnote">Footnote</label><textarea id="footnote" name="footnote"',
    '<label for="footnotes">Footnotes (one per line)</label><textarea id="footnotes" name="footnotes"',
  ],
  ['<p><a href="/help/rw" class="ringing-world-link">Also send to The Ringing World</a></p>\n', ''],
  [
    '<button type="submit" class="submit-bb">Submit to BellBoard</button>',
    '<button type="submit" class="btn-publish">Post to BellBoard</button>',
  ],
]);

const PEAL: PagePair = {
  name: 'bell-ringing-peal-record-b19',
  v1: PEAL_V1,
  v2: PEAL_V2,
  targets: [
    { selector: '#tower', expect: '#tower-search', change: 'free-text tower became tower lookup combobox' },
    {
      selector: 'input[name="changes"]',
      expect: '#changeCount',
      change: 'changes relabelled "Number of changes", renamed',
    },
    {
      selector: '.ringers tbody tr:nth-child(3) input.ringer-name',
      expect: 'input[name="ringers[3]"]',
      change: 'ringer inputs renamed to array names, class changed',
    },
    {
      selector: 'input[name="conductor"][value="5"]',
      expect: 'input[name="conducted[5]"]',
      change: 'single conductor radio became per-bell checkbox',
    },
    { selector: '#footnote', expect: '#footnotes', change: 'footnote became multi-line footnotes, renamed' },
    {
      selector: 'button.submit-bb',
      expect: '.btn-publish',
      change: '"Submit to BellBoard" reworded "Post to BellBoard"',
    },
    {
      selector: '#tenorWeight',
      expect: null,
      change: 'tenor weight removed (taken from tower); composer field in its slot',
    },
    { selector: 'a.ringing-world-link', expect: null, change: 'Ringing World link removed' },
  ],
};

// 21. Pigeon racing club clocking and results: rebuilt as mobile-friendly app (full rewrite).
const PIGEON_V1 = page(
  'Race clocking — Loftline Club Manager',
  `<header><a href="/" class="logo">Loftline</a>
<nav><a href="/races" class="active">Races</a><a href="/birds">My birds</a><a href="/club">Club</a><a href="/federation">Federation</a></nav>
<span>Loft: T. Brennan (L-044)</span></header>
<main>
<h1>Clock in birds</h1>
<form id="raceForm" action="/races/clock" method="post">
<div class="grid">
<div><label for="raceSelect">Race</label><select id="raceSelect" name="race"><option>Young birds — Bourges 15 Sep</option><option>Young birds — Fougères 7 Sep</option></select></div>
<div><label for="marking">Marking station</label><select id="marking" name="marking_station"><option>Clubhouse</option><option>Ashton Legion</option></select></div>
<div><label for="libPoint">Liberation point</label><input id="libPoint" name="liberation_point" value="Bourges" readonly></div>
<div><label for="libTimeOld">Liberation time</label><input id="libTimeOld" name="liberation_time" type="time" value="06:45"></div>
</div>
<div class="row"><span class="clock-status">Clock: Benzing M1 · last synced 06:01</span><button type="button" id="verifyClock">Verify clock</button></div>
<h2>Clocked birds</h2>
<table class="clocked">
<thead><tr><th>Ring number</th><th>Arrival</th><th>Distance (yds)</th><th>Velocity (ypm)</th><th></th></tr></thead>
<tbody>
<tr><td class="ring-no">GB24N11870</td><td>15:02:11</td><td>761,420</td><td>1,532.4</td><td><button type="button" class="dq-bird">Disqualify</button></td></tr>
<tr><td class="ring-no">GB24N12345</td><td>14:58:40</td><td>761,420</td><td>1,543.3</td><td><button type="button" class="dq-bird">Disqualify</button></td></tr>
<tr><td class="ring-no">GB24N12402</td><td>15:20:05</td><td>761,420</td><td>1,477.9</td><td><button type="button" class="dq-bird">Disqualify</button></td></tr>
</tbody></table>
<div class="row"><button type="button" class="manual-clock">Add manual clocking</button><button type="submit" id="submitClocking">Submit clocking</button></div>
<p><a href="/races/bourges/result.pdf" class="result-sheet">Download result sheet (PDF)</a></p>
</form>
</main>
<footer>Loftline · RPRA rules apply</footer>`,
);

const PIGEON_V2 = page(
  'Bourges · Clocking',
  `<header class="app-top"><a href="/" class="app-logo">Loftline</a><button type="button" class="menu" aria-label="Menu">☰</button></header>
<main class="app">
<form method="post" action="/api/clockings">
<label for="race" class="sr-only">Race</label><select id="race" name="raceId" class="race-picker"><option>YB Bourges · 15 Sep</option><option>YB Fougères · 7 Sep</option></select>
<section class="card lib">
<p>Liberated at <strong>Bourges</strong></p>
<label for="libTime">Liberation</label><input id="libTime" name="liberatedAt" type="time" value="06:45">
<label for="convoyer">Convoyer</label><select id="convoyer" name="convoyer"><option>NWC Transporter 2</option><option>Club van</option></select>
</section>
<section class="card clock">
<span class="clock-state ok">ETS connected · 06:01</span>
<button type="button" class="sync-clock">Sync ETS clock</button>
</section>
<h2>Arrivals (fastest first)</h2>
<ul class="arrivals">
<li class="bird card" data-ring="GB24N12345"><span class="ring">GB24N12345</span> <span>14:58:40</span> <span class="vel">1,411.2 m/min</span> <button type="button" class="icon" aria-label="Bird options">⋯</button></li>
<li class="bird card" data-ring="GB24N11870"><span class="ring">GB24N11870</span> <span>15:02:11</span> <span class="vel">1,401.2 m/min</span> <button type="button" class="icon" aria-label="Bird options">⋯</button></li>
<li class="bird card" data-ring="GB24N12402"><span class="ring">GB24N12402</span> <span>15:20:05</span> <span class="vel">1,351.4 m/min</span> <button type="button" class="icon" aria-label="Bird options">⋯</button></li>
</ul>
<button type="button" data-testid="manual-entry" class="btn-ghost">Enter time manually</button>
<button type="submit" class="submit-times">Send times to club</button>
</form>
</main>
<nav class="tabbar"><a href="/races" aria-current="page">Races</a><a href="/birds">Birds</a><a href="/club">Club</a></nav>`,
);

const PIGEON: PagePair = {
  name: 'pigeon-race-clocking-b19',
  v1: PIGEON_V1,
  v2: PIGEON_V2,
  targets: [
    {
      selector: '#raceSelect',
      expect: 'select[name="raceId"]',
      change: 'race select moved to top, label hidden, renamed',
    },
    {
      selector: '.clocked tbody tr:nth-child(2) .ring-no',
      expect: '[data-ring="GB24N12345"] .ring',
      change: 'table became cards sorted fastest first',
    },
    {
      selector: '#verifyClock',
      expect: 'button.sync-clock',
      change: '"Verify clock" reworded "Sync ETS clock"',
    },
    {
      selector: 'button.manual-clock',
      expect: '[data-testid="manual-entry"]',
      change: 'reworded "Enter time manually"',
    },
    {
      selector: '#submitClocking',
      expect: 'button.submit-times',
      change: '"Submit clocking" reworded "Send times to club"',
    },
    {
      selector: 'input[name="liberation_time"]',
      expect: '#libTime',
      change: 'liberation time moved into card, renamed',
    },
    {
      selector: '#marking',
      expect: null,
      change: 'marking station select removed; convoyer select in its slot',
    },
    { selector: 'a.result-sheet', expect: null, change: 'PDF result sheet link removed' },
  ],
};

// 22. Orienteering event entry: entry system update (edit).
const ORIENT_V1 = page(
  'Enter: Cannock Chase Middle — O-Entry',
  `<header><a href="/" class="logo">O-Entry</a>
<nav><a href="/events" class="active">Events</a><a href="/results">Results</a><a href="/clubs">Clubs</a><a href="/my-entries">My entries</a></nav></header>
<main>
<h1>Cannock Chase Middle Distance</h1>
<p class="muted">Sunday 6 October · Level B · Entries close 29 September</p>
<form id="entryForm" action="/events/1188/enter" method="post">
<div class="grid">
<div><label for="firstName">First name</label><input id="firstName" name="first_name"></div>
<div><label for="lastName">Last name</label><input id="lastName" name="last_name"></div>
<div><label for="boNumber">BOF number</label><input id="boNumber" name="bof_no"></div>
<div><label for="club">Club</label><select id="club" name="club"><option>WCH</option><option>HOC</option><option>OD</option><option>Unattached</option></select></div>
<div><label for="ageClass">Age class</label><select id="ageClass" name="age_class"><option>M21</option><option>M45</option><option>W21</option><option>W45</option></select></div>
<div><label for="course">Course</label><select id="course" name="course"><option>Brown 6.2 km</option><option>Blue 5.1 km</option><option>Green 3.4 km</option></select></div>
</div>
<label for="siCard">SI card number</label><input id="siCard" name="si_card">
<label><input type="checkbox" name="hire_si" value="1"> Hire SI card (£2)</label>
<fieldset><legend>Start time preference</legend>
<label><input type="radio" name="start_pref" value="early"> Early</label>
<label><input type="radio" name="start_pref" value="middle"> Middle</label>
<label><input type="radio" name="start_pref" value="late"> Late</label></fieldset>
<label><input type="checkbox" name="car_share" id="carShare"> Offer car share</label>
<div class="fee-summary card"><span>Entry fee</span> <span class="fee-senior">£12.00</span> <span>Hire</span> <span class="fee-hire">£0.00</span> <strong class="fee-total">£12.00</strong></div>
<div class="row"><button type="submit" id="enterBtn">Enter</button><a href="/events/1188/enter?another=1" class="enter-another">Enter another person</a></div>
</form>
</main>
<footer>O-Entry · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>`,
);

const ORIENT_V2 = edit(ORIENT_V1, [
  [
    '<label for="boNumber">BOF number</label><input id="boNumber" name="bof_no">',
    '<label for="membership-number">British Orienteering / IOF number</label><input id="membership-number" name="membership_no">',
  ],
  [
    '<label for="ageClass">Age class</label><select id="ageClass" name="age_class">',
    '<label for="class-select">Class</label><select id="class-select" name="entry_class">',
  ],
  [
    '<label for="siCard">SI card number</label><input id="siCard" name="si_card">',
    '<label for="siac-number">SI card / SIAC number</label><input id="siac-number" name="chip_number" inputmode="numeric">',
  ],
  [
    '<label><input type="checkbox" name="hire_si" value="1"> Hire SI card (£2)</label>',
    '<label><input type="checkbox" id="hire-dibber" name="hire_chip" value="1"> I need to hire a dibber (£2)</label>',
  ],
  [
    '<label><input type="checkbox" name="car_share" id="carShare"> Offer car share</label>',
    '<label><input type="checkbox" name="volunteer" id="volunteerHelp"> I can help on the day (parking or start)</label>',
  ],
  [
    '<div class="fee-summary card"><span>Entry fee</span> <span class="fee-senior">£12.00</span> <span>Hire</span> <span class="fee-hire">£0.00</span> <strong class="fee-total">£12.00</strong></div>',
    '<dl class="order card"><dt>Senior entry</dt><dd>£12.00</dd><dt>Dibber hire</dt><dd>£0.00</dd><dt>Total</dt><dd id="order-total">£12.00</dd></dl>',
  ],
  [
    '<button type="submit" id="enterBtn">Enter</button><a href="/events/1188/enter?another=1" class="enter-another">Enter another person</a>',
    '<button type="submit" class="pay-cta">Continue to payment</button>',
  ],
]);

const ORIENT: PagePair = {
  name: 'orienteering-event-entry-b19',
  v1: ORIENT_V1,
  v2: ORIENT_V2,
  targets: [
    {
      selector: '#boNumber',
      expect: '#membership-number',
      change: 'BOF number broadened to membership number, renamed',
    },
    {
      selector: 'select[name="age_class"]',
      expect: '#class-select',
      change: 'age class relabelled class, renamed',
    },
    { selector: '#siCard', expect: '#siac-number', change: 'SI card field renamed chip number' },
    {
      selector: 'input[name="hire_si"]',
      expect: '#hire-dibber',
      change: 'hire checkbox reworded "hire a dibber", renamed',
    },
    { selector: '#enterBtn', expect: 'button.pay-cta', change: '"Enter" reworded "Continue to payment"' },
    {
      selector: '.fee-summary .fee-total',
      expect: '#order-total',
      change: 'fee summary became definition list',
    },
    {
      selector: '#carShare',
      expect: null,
      change: 'car share checkbox removed; volunteer checkbox in its slot',
    },
    { selector: 'a.enter-another', expect: null, change: 'enter another person link removed' },
  ],
};

// 23. Bonsai care journal: hobby app redesign (full rewrite).
const BONSAI_V1 = page(
  'Trident maple #3 — Bonsai Journal',
  `<header><a href="/" class="logo">Bonsai Journal</a>
<nav><a href="/trees" class="active">My trees</a><a href="/calendar">Calendar</a><a href="/species">Species guides</a><a href="/club">Club</a></nav>
<a href="/settings">Settings</a></header>
<main>
<aside><h3>Reminders</h3>
<ul class="reminders">
<li>Water — today <button type="button" class="snooze">Snooze</button></li>
<li>Fertilise — in 3 days <button type="button" class="snooze">Snooze</button></li>
<li>Check wire — in 2 weeks <button type="button" class="snooze">Snooze</button></li>
</ul>
<a href="/trees/3/journal.csv" class="export-journal">Export journal (CSV)</a></aside>
<h1>Trident maple #3</h1>
<form class="profile grid" action="/trees/3" method="post">
<div><label for="species">Species</label><input id="species" name="species" value="Acer buergerianum"></div>
<div><label for="style">Style</label><select id="style" name="style"><option>Informal upright</option><option>Broom</option><option>Cascade</option><option>Root over rock</option></select></div>
<div><label for="potDesc">Pot</label><input id="potDesc" name="pot" value="Tokoname oval 28 cm"></div>
<div><label for="treeAge">Approx. age</label><input id="treeAge" name="age" type="number" value="18"></div>
</form>
<h2>Log care</h2>
<form id="careForm" action="/trees/3/care" method="post" enctype="multipart/form-data">
<label for="careDate">Date</label><input id="careDate" name="date" type="date">
<fieldset><legend>What did you do?</legend>
<label><input type="checkbox" name="activity" value="watering"> Watering</label>
<label><input type="checkbox" name="activity" value="fertilising"> Fertilising</label>
<label><input type="checkbox" name="activity" value="pruning"> Pruning</label>
<label><input type="checkbox" name="activity" value="wiring"> Wiring</label>
<label><input type="checkbox" name="activity" value="repotting"> Repotting</label></fieldset>
<label for="careNotes">Notes</label><textarea id="careNotes" name="notes" rows="3"></textarea>
<label for="photoUpload">Photo</label><input id="photoUpload" name="photo" type="file">
<label for="nextReminder">Remind me again in</label><select id="nextReminder" name="remind"><option>Don't remind</option><option>1 week</option><option>1 month</option></select>
<button type="submit" id="logCare">Log care</button>
</form>
<h2>History</h2>
<ul class="timeline"><li>12 Aug — Pruning: cut back to two leaves</li><li>3 Jul — Fertilising: rapeseed cake</li><li>21 Mar — Repotting: 60/40 akadama/pumice</li></ul>
</main>
<footer>Bonsai Journal · made by hobbyists</footer>`,
);

const BONSAI_V2 = page(
  'Trident maple #3',
  `<header class="top"><a href="/" class="top-logo">Bonsai Journal</a>
<nav class="top-nav"><a href="/trees" aria-current="page">Trees</a><a href="/calendar">Calendar</a><a href="/guides">Guides</a></nav>
<button type="button" aria-label="Settings" class="icon">⚙</button></header>
<main class="tree-page">
<section class="tree-card card">
<h1>Trident maple #3</h1>
<div class="grid">
<label>Species<input name="species" value="Acer buergerianum"></label>
<label for="tree-style">Style</label><select id="tree-style" name="styleCode"><option>Moyogi (informal upright)</option><option>Hokidachi (broom)</option><option>Kengai (cascade)</option><option>Sekijoju (root over rock)</option></select>
<label>Pot<input name="pot" value="Tokoname oval 28 cm"></label>
<label>Age<input name="ageYears" type="number" value="18"></label>
</div>
</section>
<section class="upcoming card" aria-labelledby="up-h"><h2 id="up-h">Coming up</h2>
<ul class="due-list">
<li data-reminder="r-water">Water · today <button type="button" class="icon" aria-label="Snooze 1 week">💤</button> <button type="button" class="icon" aria-label="Mark done">✓</button></li>
<li data-reminder="r-fert">Feed · Fri <button type="button" class="icon" aria-label="Snooze 1 week">💤</button> <button type="button" class="icon" aria-label="Mark done">✓</button></li>
<li data-reminder="r-wire">Check wire · 28 Aug <button type="button" class="icon" aria-label="Snooze 1 week">💤</button> <button type="button" class="icon" aria-label="Mark done">✓</button></li>
</ul></section>
<section class="new-entry card" aria-labelledby="ne-h"><h2 id="ne-h">New entry</h2>
<form method="post" action="/api/trees/3/entries" enctype="multipart/form-data">
<input name="entryDate" type="date" aria-label="Date">
<div class="chips" role="group" aria-label="Work done">
<button type="button" class="chip" aria-pressed="false" data-activity="water">Water</button>
<button type="button" class="chip" aria-pressed="false" data-activity="feed">Feed</button>
<button type="button" class="chip" aria-pressed="false" data-activity="prune">Prune</button>
<button type="button" class="chip" aria-pressed="false" data-activity="defoliate">Defoliate</button>
<button type="button" class="chip" aria-pressed="false" data-activity="wire">Wire</button>
<button type="button" class="chip" aria-pressed="false" data-activity="repot">Repot</button>
</div>
<label for="entry-notes">What did you notice?</label><textarea id="entry-notes" name="body" rows="3"></textarea>
<label for="placement">Where is it now?</label><select id="placement" name="placement"><option>Bench</option><option>Greenhouse</option><option>Shade tunnel</option></select>
<label class="camera-btn">📷 Add photos<input type="file" name="photos" accept="image/*" multiple hidden></label>
<button type="submit" data-testid="save-entry">Save entry</button>
</form></section>
<section class="history"><h2>Journal</h2>
<article>12 Aug · Prune — cut back to two leaves</article><article>3 Jul · Feed — rapeseed cake</article><article>21 Mar · Repot — 60/40 akadama/pumice</article></section>
</main>`,
);

const BONSAI: PagePair = {
  name: 'bonsai-care-journal-b19',
  v1: BONSAI_V1,
  v2: BONSAI_V2,
  targets: [
    {
      selector: 'input[name="activity"][value="wiring"]',
      expect: 'button[data-activity="wire"]',
      change: 'activity checkboxes became toggle chips, "Defoliate" chip added beside',
    },
    {
      selector: '#careNotes',
      expect: '#entry-notes',
      change: 'notes reworded "What did you notice?", renamed',
    },
    {
      selector: '#logCare',
      expect: '[data-testid="save-entry"]',
      change: '"Log care" reworded "Save entry"',
    },
    { selector: 'select#style', expect: '#tree-style', change: 'style select renamed, Japanese style names' },
    {
      selector: '.reminders li:nth-child(2) .snooze',
      expect: '[data-reminder="r-fert"] button[aria-label="Snooze 1 week"]',
      change: 'reminders moved to card, snooze became icon beside new "done" icon',
    },
    {
      selector: '#photoUpload',
      expect: 'input[name="photos"]',
      change: 'photo input hidden inside camera label, multiple',
    },
    {
      selector: '#nextReminder',
      expect: null,
      change: 'manual reminder select removed; placement select in its slot',
    },
    { selector: 'a.export-journal', expect: null, change: 'CSV export link removed' },
  ],
};

// 24. Citizen weather station setup: settings page update (edit).
const WXSTN_V1 = page(
  'Station settings — Backyard Weather Network',
  `<header><a href="/" class="logo">Backyard Weather</a>
<nav><a href="/map">Map</a><a href="/stations" class="active">My stations</a><a href="/data">Data</a><a href="/community">Community</a></nav>
<a href="/account">Account</a></header>
<main>
<h1>Station settings: IKNARESB12</h1>
<form id="stationForm" action="/stations/IKNARESB12" method="post">
<fieldset><legend>About the station</legend>
<label for="stationName">Station name</label><input id="stationName" name="station_name" value="Knaresborough Hill Top">
<label for="hardware">Hardware</label><select id="hardware" name="hardware"><option>Davis Vantage Pro2</option><option>Ecowitt GW2000</option><option>Ambient WS-2902</option><option>Other / DIY</option></select>
<a href="/help/wiring" class="wiring-guide">Hardware wiring guide</a>
<label for="uploadInterval">Upload interval</label><select id="uploadInterval" name="interval"><option>1 minute</option><option>5 minutes</option><option>10 minutes</option></select></fieldset>
<fieldset><legend>Location</legend>
<div class="row"><label for="lat">Latitude</label><input id="lat" name="lat" value="54.0091"><label for="lon">Longitude</label><input id="lon" name="lon" value="-1.4692"></div>
<label for="elev">Elevation (m)</label><input id="elev" name="elevation" type="number" value="78">
<fieldset><legend>Siting</legend>
<label><input type="radio" name="siting" value="roof"> Roof</label>
<label><input type="radio" name="siting" value="garden" checked> Open garden</label>
<label><input type="radio" name="siting" value="wall"> Wall mounted</label></fieldset>
<label for="sensorHeight">Sensor height above ground (m)</label><input id="sensorHeight" name="sensor_height" type="number" step="0.1" value="1.5"></fieldset>
<fieldset class="api-box"><legend>Upload credentials</legend>
<p>Station key: <code class="station-key">••••••••3f9a</code></p>
<button type="button" class="copy-key">Copy</button> <button type="button" class="regen-key">Regenerate key</button></fieldset>
<label><input type="checkbox" id="shareWow" name="share_wow" checked> Also share observations with Met Office WOW</label>
<div class="row"><button type="submit" class="save-station">Save settings</button></div>
</form>
<div class="danger-zone card"><h2>Danger zone</h2><button type="button" id="deleteStation">Delete station</button></div>
</main>
<footer>Backyard Weather Network · <a href="/data-policy">Data policy</a></footer>`,
);

const WXSTN_V2 = edit(WXSTN_V1, [
  [
    '<label for="stationName">Station name</label><input id="stationName" name="station_name"',
    '<label for="station-label">Display name</label><input id="station-label" name="display_name"',
  ],
  [
    '<label for="hardware">Hardware</label><select id="hardware" name="hardware">',
    '<label for="device-model">Device model</label><select id="device-model" name="model">',
  ],
  ['\n<a href="/help/wiring" class="wiring-guide">Hardware wiring guide</a>', ''],
  [
    '<label for="uploadInterval">Upload interval</label><select id="uploadInterval" name="interval">',
    '<label for="cadence">Send readings every</label><select id="cadence" name="interval_seconds">',
  ],
  ['<legend>Siting</legend>', '<legend>Exposure</legend>'],
  [
    '<label><input type="radio" name="siting" value="roof"> Roof</label>',
    '<label><input type="radio" name="exposure" value="rooftop"> Rooftop mast</label>',
  ],
  [
    '<label><input type="radio" name="siting" value="garden" checked> Open garden</label>',
    '<label><input type="radio" name="exposure" value="open" checked> Open ground</label>',
  ],
  [
    '<label><input type="radio" name="siting" value="wall"> Wall mounted</label>',
    '<label><input type="radio" name="exposure" value="sheltered"> Sheltered / wall</label>',
  ],
  [
    '<button type="button" class="copy-key">Copy</button> <button type="button" class="regen-key">Regenerate key</button>',
    '<button type="button" class="copy-key" aria-label="Copy key">⧉</button> <button type="button" class="key-rotate">Rotate API key</button>',
  ],
  [
    '<label><input type="checkbox" id="shareWow" name="share_wow" checked> Also share observations with Met Office WOW</label>',
    '<label><input type="checkbox" id="shareCwop" name="share_cwop"> Also share observations with CWOP (APRS)</label>',
  ],
  [
    '<button type="button" id="deleteStation">Delete station</button>',
    '<button type="button" class="btn-danger" data-confirm="delete">Delete this station permanently</button>',
  ],
]);

const WXSTN: PagePair = {
  name: 'citizen-weather-station-setup-b19',
  v1: WXSTN_V1,
  v2: WXSTN_V2,
  targets: [
    {
      selector: '#stationName',
      expect: '#station-label',
      change: 'station name relabelled display name, renamed',
    },
    {
      selector: 'input[name="siting"][value="roof"]',
      expect: 'input[name="exposure"][value="rooftop"]',
      change: 'siting radios renamed exposure, values and labels reworded',
    },
    { selector: '#hardware', expect: '#device-model', change: 'hardware select relabelled device model' },
    {
      selector: 'button.regen-key',
      expect: 'button.key-rotate',
      change: '"Regenerate key" reworded "Rotate API key"',
    },
    {
      selector: '#uploadInterval',
      expect: 'select[name="interval_seconds"]',
      change: 'interval reworded "Send readings every", renamed',
    },
    {
      selector: '#deleteStation',
      expect: '.danger-zone button[data-confirm="delete"]',
      change: 'id dropped, reworded with "permanently"',
    },
    { selector: '#shareWow', expect: null, change: 'WOW sharing removed; CWOP sharing checkbox in its slot' },
    { selector: 'a.wiring-guide', expect: null, change: 'wiring guide link removed' },
  ],
};

export const BLIND19_PAIRS: readonly PagePair[] = [
  HERBARIUM,
  TIDE,
  BEAMLOG,
  SEEDTEST,
  FISHRACK,
  NMRQ,
  STREETTRADE,
  TPO,
  ROW,
  CANVASS,
  SEWERCCTV,
  PRINTJOB,
  RATECARD,
  CHARGEBACK,
  VATRET,
  BDX,
  DGN,
  SSCC,
  STAMPS,
  PEAL,
  PIGEON,
  ORIENT,
  BONSAI,
  WXSTN,
];
