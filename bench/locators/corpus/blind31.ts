// Blind corpus 31 — theme: science and research tools (electronic lab notebooks, grant portals,
// telescope/beamline time requests, survey builders, biobanks, peer review, conference
// submission systems, dataset repositories).
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- 1. ELN entry (rewrite)
const elnEntryV1 = `<header><a href="/" class="logo">LabArchive</a><nav><a href="/notebooks">Notebooks</a><a href="/inventory">Inventory</a><a href="/protocols">Protocols</a></nav><input type="search" id="global-search" placeholder="Search entries"><a href="/account" class="avatar">MK</a></header>
<div class="sidebar"><h3>Notebook: CRISPR screens</h3><ul class="tree"><li><a href="/e/101">2024-03-11 Transfection</a></li><li class="active"><a href="/e/102">2024-03-12 Puromycin selection</a></li><li><a href="/e/103">2024-03-14 gDNA extraction</a></li></ul><button id="new-entry">+ New entry</button></div>
<main><div class="entry-head row"><input id="entry-title" value="Puromycin selection"><span class="badge">Draft</span><span class="muted">Last saved 10:42</span></div>
<div class="toolbar row"><button class="tb-bold" title="Bold">B</button><button class="tb-italic" title="Italic">I</button><button class="tb-table" title="Insert table">Table</button><button class="tb-image" title="Insert image">Image</button><button class="tb-chem" title="Insert chemical structure">Structure</button></div>
<div class="editor" contenteditable="true"><p>Cells plated at 2e5/well in 6-well plates. Puromycin added at 2 µg/mL 24 h post-transduction.</p><p>Untransduced control well fully dead by day 3.</p></div>
<section class="attachments"><h4>Attachments</h4><table><tr><th>File</th><th>Size</th><th></th></tr><tr><td>plate_map.xlsx</td><td>24 KB</td><td><a href="/f/1" class="dl">Download</a></td></tr><tr><td>gel_0312.tif</td><td>3.1 MB</td><td><a href="/f/2" class="dl">Download</a></td></tr></table><input type="file" id="attach-file"></section>
<section class="tags row"><label for="tag-input">Tags</label><input id="tag-input"><span class="tag">crispr</span><span class="tag">selection</span></section>
<div class="actions row"><button id="save-draft">Save draft</button><button id="sign-witness" class="primary">Sign &amp; request witness</button><button id="export-pdf">Export PDF</button></div>
</main>`;

const elnEntryV2 = `<div class="app-shell">
<nav class="topbar"><a href="/" class="brand">LabArchive</a><a href="/notebooks" aria-current="page">Notebooks</a><a href="/inventory">Inventory</a><a href="/protocols">Protocols</a><form role="search" class="row"><input type="search" name="q" aria-label="Search notebook"></form><button class="account-menu" aria-label="Account">MK</button></nav>
<div class="sidebar"><div class="nb-title">CRISPR screens</div><ol class="entry-list"><li><a href="/e/101">Transfection <small>11 Mar</small></a></li><li aria-current="true"><a href="/e/102">Puromycin selection <small>12 Mar</small></a></li><li><a href="/e/103">gDNA extraction <small>14 Mar</small></a></li></ol><button class="btn create-entry">Create entry</button></div>
<main>
<div class="entry-header row"><input name="title" class="title-field" aria-label="Entry title" value="Puromycin selection"><span class="status-pill">Draft</span><span class="autosave muted">Autosaved 10:42</span></div>
<div role="toolbar" aria-label="Formatting" class="row"><button aria-label="Bold" data-cmd="bold"><b>B</b></button><button aria-label="Italic" data-cmd="italic"><i>I</i></button><button aria-label="Insert table" data-cmd="table">▦</button><button aria-label="Insert image" data-cmd="image">🖼</button></div>
<div class="editor-body" contenteditable="true"><p>Cells plated at 2e5/well in 6-well plates. Puromycin added at 2 µg/mL 24 h post-transduction.</p><p>Untransduced control well fully dead by day 3.</p></div>
<section class="files"><h4>Files (2)</h4><ul><li data-file="plate_map.xlsx"><span>plate_map.xlsx</span> <span class="muted">24 KB</span> <a href="/f/1" download>Download</a></li><li data-file="gel_0312.tif"><span>gel_0312.tif</span> <span class="muted">3.1 MB</span> <a href="/f/2" download>Download</a></li></ul><label class="btn">Add files<input type="file" name="files" hidden></label></section>
<section class="meta row"><label for="entry-tags">Keywords</label><input id="entry-tags" placeholder="Add keyword"><span class="chip">crispr</span><span class="chip">selection</span></section>
<footer class="entry-actions row"><button class="btn save">Save</button><button class="btn btn-primary sign">Sign and submit for countersignature</button><button class="btn duplicate">Duplicate</button></footer>
</main></div>`;

// ---------------------------------------------------------------- 2. ELN protocol library (edit)
const protoRow = (id: string, name: string, ver: string, owner: string, when: string): string =>
  `<tr data-id="p-${id}"><td><a href="/protocols/${id}">${name}</a></td><td>${ver}</td><td>${owner}</td><td>${when}</td><td><button class="open">Open</button><button class="fork">Fork</button><button class="archive">Archive</button></td></tr>`;
const protoLibV1 = `<header><span class="logo">ProtoBase</span><nav><a href="/protocols" class="current">Protocols</a><a href="/runs">Runs</a><a href="/reagents">Reagents</a></nav></header>
<main>
<h1>Protocols</h1>
<div class="row filters"><input id="proto-search" type="search" placeholder="Search protocols"><select id="filter-category"><option>All categories</option><option>Molecular biology</option><option>Cell culture</option><option>Imaging</option></select><label><input type="checkbox" id="mine-only"> Only mine</label><button id="new-protocol" class="btn">New protocol</button></div>
<table id="protocols"><thead><tr><th>Name</th><th>Version</th><th>Owner</th><th>Updated</th><th>Actions</th></tr></thead><tbody>
${protoRow('17', 'Miniprep (column)', 'v3', 'R. Osei', '2 days ago')}
${protoRow('22', 'Western blot transfer', 'v7', 'L. Marchetti', '5 days ago')}
${protoRow('31', 'HEK293 passaging', 'v2', 'R. Osei', '3 weeks ago')}
${protoRow('40', 'Confocal z-stack acquisition', 'v1', 'A. Nakamura', '1 month ago')}
</tbody></table>
<div class="pager row"><button class="prev" disabled>Previous</button><span>Page 1 of 6</span><button class="next">Next</button></div>
</main>
<aside class="preview card"><h3>Preview</h3><p class="muted">Select a protocol to preview its steps.</p><button id="print-protocol">Print</button></aside>`;
const protoLibV2 = edit(protoLibV1, [
  [
    'id="proto-search" type="search" placeholder="Search protocols"',
    'id="protocol-query" type="search" placeholder="Search by name or step"',
  ],
  [
    '<select id="filter-category"><option>All categories</option><option>Molecular biology</option><option>Cell culture</option><option>Imaging</option></select>',
    '<div id="category-filter" role="radiogroup" aria-label="Category" class="row"><label><input type="radio" name="cat" checked> All</label><label><input type="radio" name="cat"> Molecular biology</label><label><input type="radio" name="cat"> Cell culture</label><label><input type="radio" name="cat"> Imaging</label></div>',
  ],
  ['<label><input type="checkbox" id="mine-only"> Only mine</label>', ''],
  ['<button id="new-protocol" class="btn">New protocol</button>', ''],
  [
    '<a href="/reagents">Reagents</a></nav>',
    '<a href="/reagents">Reagents</a></nav><a href="/protocols/new" class="btn btn-primary">Create protocol</a>',
  ],
  ['<table id="protocols">', '<table class="protocol-grid">'],
  ['<tr data-id="p-17">', '<tr data-protocol="p-17">'],
  ['<tr data-id="p-22">', '<tr data-protocol="p-22">'],
  ['<tr data-id="p-31">', '<tr data-protocol="p-31">'],
  ['<tr data-id="p-40">', '<tr data-protocol="p-40">'],
  [
    '<button class="prev" disabled>Previous</button>',
    '<button class="pg-prev" aria-label="Previous page" disabled>‹</button>',
  ],
  ['<button class="next">Next</button>', '<button class="pg-next" aria-label="Next page">›</button>'],
  ['<button id="print-protocol">Print</button>', '<button id="share-protocol">Copy share link</button>'],
]);

// ---------------------------------------------------------------- 3. Grant budget (rewrite)
const grantBudgetV1 = `<header><span class="logo">GrantGate</span><nav><a href="/applications">My applications</a><a href="/opportunities">Funding opportunities</a><a href="/help">Help</a></nav><span class="muted">Dr. P. Lindqvist</span></header>
<div class="sidebar"><ol class="steps"><li><a href="#applicant">1. Applicant</a></li><li><a href="#project">2. Project summary</a></li><li><a href="#personnel">3. Key personnel</a></li><li class="current"><a href="#budget">4. Budget</a></li><li><a href="#attachments">5. Attachments</a></li><li><a href="#review">6. Review &amp; submit</a></li></ol></div>
<main><h1>Budget — Year 1</h1><p class="muted">Enter costs for the first budget period. <a class="template-link" href="/static/budget-template.xlsx">Download budget template</a></p>
<form id="budget-form">
<h3>Senior/key personnel</h3>
<table id="personnel-table"><tr><th>Name</th><th>Role</th><th>Effort (%)</th><th>Base salary</th></tr>
<tr><td><input name="personnel[0][name]" value="Petra Lindqvist"></td><td><select name="personnel[0][role]"><option selected>PI</option><option>Co-I</option><option>Postdoc</option></select></td><td><input name="personnel[0][effort]" value="25"></td><td><input name="personnel[0][salary]" value="98000"></td></tr>
<tr><td><input name="personnel[1][name]" value="Tomás Reyes"></td><td><select name="personnel[1][role]"><option>PI</option><option selected>Co-I</option><option>Postdoc</option></select></td><td><input name="personnel[1][effort]" value="10"></td><td><input name="personnel[1][salary]" value="87000"></td></tr></table>
<button type="button" id="add-personnel">Add personnel</button>
<h3>Equipment</h3>
<table id="equipment-table"><tr><th>Item</th><th>Cost</th></tr><tr><td><input name="equipment[0][item]" value="Plate reader"></td><td><input name="equipment[0][cost]" value="42000"></td></tr></table>
<button type="button" id="add-equipment">Add equipment</button>
<h3>Indirect costs</h3>
<label for="indirect-rate">F&amp;A rate</label><select id="indirect-rate"><option>On-campus research 56%</option><option>Off-campus 26%</option><option>Waived</option></select>
<p>Total direct costs: <strong id="tdc">$176,250</strong></p>
<div class="row"><button type="button" id="back-step">Back</button><button type="submit" id="save-continue">Save &amp; continue</button></div>
</form></main>`;

const grantBudgetV2 = `<header class="portal-header"><a class="brand" href="/">GrantGate</a><nav aria-label="Primary"><a href="/applications">Applications</a><a href="/opportunities">Opportunities</a><a href="/support">Support</a></nav><button class="user-chip" aria-label="Account menu">PL</button></header>
<nav class="wizard-tabs row" role="tablist"><button role="tab" aria-selected="false">Applicant</button><button role="tab" aria-selected="false">Summary</button><button role="tab" aria-selected="false">People</button><button role="tab" aria-selected="true">Budget</button><button role="tab" aria-selected="false">Documents</button><button role="tab" aria-selected="false">Submit</button></nav>
<main class="budget-page">
<aside class="help card"><h4>Need help?</h4><p>Use the official spreadsheet to plan multi-year costs.</p><a href="/static/budget-template.xlsx">Budget workbook (.xlsx)</a></aside>
<h2>Budget period 1</h2>
<form class="budget" novalidate>
<fieldset><legend>Senior/key personnel</legend>
<div class="grid staff-row"><input name="staff.0.name" value="Petra Lindqvist" aria-label="Name"><select name="staff.0.role" aria-label="Role"><option selected>PI</option><option>Co-I</option><option>Postdoc</option></select><input name="staff.0.months" value="3.0" aria-label="Calendar months"><input name="staff.0.salary" value="98000" aria-label="Base salary"></div>
<div class="grid staff-row"><input name="staff.1.name" value="Tomás Reyes" aria-label="Name"><select name="staff.1.role" aria-label="Role"><option>PI</option><option selected>Co-I</option><option>Postdoc</option></select><input name="staff.1.months" value="1.2" aria-label="Calendar months"><input name="staff.1.salary" value="87000" aria-label="Base salary"></div>
<button type="button" class="add-member link-btn">+ Add team member</button></fieldset>
<fieldset><legend>Facilities &amp; administrative</legend><label for="fa-rate">Negotiated rate (%)</label><input id="fa-rate" type="number" value="56"><label><input type="checkbox" name="fa-waived"> Rate waived</label></fieldset>
<div class="summary row"><span>Direct costs</span><output class="direct-total">$134,250</output></div>
<div class="form-footer row"><button type="button" class="btn-secondary draft">Save as draft</button><button type="submit" class="btn-primary">Save and next</button></div>
</form></main>`;

// ---------------------------------------------------------------- 4. Grant applicant dashboard (edit)
const appCard = (id: string, title: string, scheme: string, due: string, status: string): string =>
  `<div class="card app" id="app-${id}"><h3>${title}</h3><p class="muted">${scheme} · Due ${due}</p><span class="badge">${status}</span><div class="row"><a href="/app/${id}/edit" class="continue">Continue</a><button class="withdraw">Withdraw</button><button class="invite">Invite collaborator</button></div></div>`;
const grantDashV1 = `<header><span class="logo">GrantGate</span><nav><a href="/applications" class="active">My applications</a><a href="/opportunities">Funding opportunities</a><a href="/help">Help</a></nav><button id="notif-bell" title="Notifications">🔔 3</button><a href="/profile" id="profile-link">Profile</a></header>
<main>
<div class="row"><h1>My applications</h1><a href="/opportunities" class="btn" id="start-new">Start new application</a></div>
<div class="tabs row"><a href="?s=active" class="tab selected">Active (3)</a><a href="?s=submitted" class="tab">Submitted (5)</a><a href="?s=awarded" class="tab">Awarded (2)</a><a href="?s=declined" class="tab">Declined (1)</a></div>
<div class="app-list">
${appCard('2291', 'Coastal sediment microbiome dynamics', 'Environmental Sciences Small Grants', '30 Apr', 'In progress — 60%')}
${appCard('2310', 'Open hardware for field spectroscopy', 'Research Infrastructure Seed Fund', '15 May', 'In progress — 20%')}
${appCard('2333', 'Early career fellowship: glacial hydrology', 'Early Career Fellowships', '2 Jun', 'Not started')}
</div>
<section class="deadlines card"><h3>Upcoming deadlines</h3><ul><li>30 Apr — Coastal sediment microbiome dynamics</li><li>15 May — Open hardware for field spectroscopy</li><li>2 Jun — Early career fellowship</li></ul><a href="/calendar.ics" id="subscribe-cal">Subscribe to calendar</a></section>
</main>
<footer>GrantGate · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`;
const grantDashV2 = edit(grantDashV1, [
  [
    '<button id="notif-bell" title="Notifications">🔔 3</button>',
    '<button class="icon-btn" aria-label="Notifications (3 unread)">🔔<span class="count">3</span></button>',
  ],
  [
    '<a href="/profile" id="profile-link">Profile</a>',
    '<details class="account"><summary>Account</summary><a href="/profile">Researcher profile</a><a href="/logout">Sign out</a></details>',
  ],
  [
    '<a href="/opportunities" class="btn" id="start-new">Start new application</a>',
    '<a href="/opportunities" class="btn primary">New application</a>',
  ],
  [
    '<div class="tabs row"><a href="?s=active" class="tab selected">Active (3)</a><a href="?s=submitted" class="tab">Submitted (5)</a><a href="?s=awarded" class="tab">Awarded (2)</a><a href="?s=declined" class="tab">Declined (1)</a></div>',
    '<div role="tablist" class="row"><button role="tab" aria-selected="true">Active · 3</button><button role="tab" aria-selected="false">Submitted · 5</button><button role="tab" aria-selected="false">Awarded · 2</button><button role="tab" aria-selected="false">Declined · 1</button></div>',
  ],
  ['id="app-2291"', 'data-app="2291"'],
  ['id="app-2310"', 'data-app="2310"'],
  ['id="app-2333"', 'data-app="2333"'],
  ['<button class="withdraw">Withdraw</button>', '<button class="duplicate">Duplicate</button>'],
  ['<button class="withdraw">Withdraw</button>', '<button class="duplicate">Duplicate</button>'],
  ['<button class="withdraw">Withdraw</button>', '<button class="duplicate">Duplicate</button>'],
  [
    '<button class="invite">Invite collaborator</button>',
    '<button class="share-access">Add collaborator</button>',
  ],
  [
    '<button class="invite">Invite collaborator</button>',
    '<button class="share-access">Add collaborator</button>',
  ],
  [
    '<button class="invite">Invite collaborator</button>',
    '<button class="share-access">Add collaborator</button>',
  ],
  ['<a href="/calendar.ics" id="subscribe-cal">Subscribe to calendar</a>', ''],
]);

// ---------------------------------------------------------------- 5. Telescope target list (rewrite)
const tgtRowV1 = (name: string, ra: string, dec: string, mag: string, exp: string): string =>
  `<tr><td><input type="checkbox" class="sel"></td><td>${name}</td><td>${ra}</td><td>${dec}</td><td>${mag}</td><td><input class="exp" value="${exp}"></td><td><select class="cfg"><option>R1200 / 0.7"</option><option>B600 / 1.0"</option></select></td><td><button class="vis">Visibility</button><button class="del">Remove</button></td></tr>`;
const tgtRowV2 = (name: string, key: string, ra: string, dec: string, mag: string, exp: string): string =>
  `<tr data-target="${name}"><td><input type="checkbox" aria-label="Select ${name}"></td><td>${name}</td><td>${ra} ${dec}</td><td>${mag}</td><td><input name="exptime" value="${exp}"> s</td><td><label><input type="radio" name="setup-${key}" checked> R1200</label><label><input type="radio" name="setup-${key}"> B600</label></td><td><button aria-label="Airmass chart for ${name}" class="airmass">📈</button><button aria-label="Delete ${name}" class="remove">🗑</button></td></tr>`;
const telescopeV1 = `<header><span class="logo">ObsPortal</span><nav><a href="/proposals">Proposals</a><a href="/cycle">Cycle 12 CfP</a><a href="/docs">Instrument docs</a></nav></header>
<main><h1>Proposal 12-0457: Targets</h1>
<div class="row"><label for="name-resolve">Target name</label><input id="name-resolve" placeholder="e.g. NGC 1275"><button id="resolve-btn">Resolve (SIMBAD)</button><button id="import-csv">Import CSV</button><a href="/etc" id="etc-link">Exposure time calculator</a></div>
<table id="target-table"><thead><tr><th><input type="checkbox" id="select-all"></th><th>Name</th><th>RA (J2000)</th><th>Dec (J2000)</th><th>V mag</th><th>Exposure (s)</th><th>Config</th><th></th></tr></thead><tbody>
${tgtRowV1('NGC 1275', '03:19:48.16', '+41:30:42.1', '12.6', '1800')}
${tgtRowV1('M87', '12:30:49.42', '+12:23:28.0', '8.6', '900')}
${tgtRowV1('Abell 2199', '16:28:38.50', '+39:33:06.0', '13.9', '2400')}
</tbody></table>
<div class="row"><button id="delete-selected">Delete selected</button><button id="plot-visibility">Plot visibility (all)</button></div>
<p>Total requested: <strong id="total-time">3.2 h</strong> including overheads</p>
<div class="row"><button id="prev-section">« Scientific justification</button><button id="next-section">Observing constraints »</button></div>
</main>`;
const telescopeV2 = `<nav class="topnav row"><a class="brand" href="/">ObsPortal</a><a href="/proposals">My proposals</a><a href="/cycle">Call for proposals</a><a href="/docs">Documentation</a></nav>
<main>
<h1>Targets <small class="muted">12-0457</small></h1>
<div class="card add-target"><form class="row" role="search"><input name="object" aria-label="Object name or coordinates" placeholder="Name or RA Dec"><button type="submit" class="lookup">Look up</button></form><button class="upload-list">Upload target list…</button></div>
<div class="bulk-bar row"><span class="muted">0 selected</span><button class="bulk-remove">Remove selected</button><button class="bulk-copy">Copy to another proposal</button></div>
<table class="targets"><thead><tr><th><input type="checkbox" aria-label="Select all targets"></th><th>Object</th><th>Coordinates</th><th>Mag (V)</th><th>Exp. time</th><th>Setup</th><th>Actions</th></tr></thead><tbody>
${tgtRowV2('NGC 1275', 'ngc1275', '03:19:48.16', '+41:30:42.1', '12.6', '1800')}
${tgtRowV2('M87', 'm87', '12:30:49.42', '+12:23:28.0', '8.6', '900')}
${tgtRowV2('Abell 2199', 'a2199', '16:28:38.50', '+39:33:06.0', '13.9', '2400')}
</tbody></table>
<div class="time-summary card"><span>Total incl. overheads</span> <strong class="hours">3.2 h</strong></div>
<div class="wizard-nav row"><a href="../justification" class="back">Back</a><a href="../constraints" class="btn primary">Continue</a></div>
</main>`;

// ---------------------------------------------------------------- 6. Beamtime request (edit)
const beamtimeV1 = `<header><span class="logo">UserOffice</span><nav><a href="/proposals">Proposals</a><a href="/experiments">Experiments</a><a href="/safety">Safety training</a></nav><span class="muted">Cycle 2025-II · closes 1 Mar</span></header>
<main><h1>Beamtime request</h1>
<form id="bt-form">
<label for="beamline">Beamline</label><select id="beamline"><option>I04 — MX microfocus</option><option>I22 — SAXS/WAXS</option><option>B18 — core EXAFS</option></select>
<label for="technique">Technique</label><select id="technique"><option>Crystallography</option><option>Small-angle scattering</option><option>XAS</option></select>
<div class="row"><label for="e-min">Energy min (keV)</label><input id="e-min" type="number" value="7"><label for="e-max">Energy max (keV)</label><input id="e-max" type="number" value="14"></div>
<label for="shifts">Shifts requested (8 h)</label><input id="shifts" type="number" value="6">
<fieldset id="sample-env"><legend>Sample environment</legend><label><input type="checkbox" name="env" value="cryo"> Cryostream (100 K)</label><label><input type="checkbox" name="env" value="furnace"> Furnace</label><label><input type="checkbox" name="env" value="humidity"> Humidity cell</label></fieldset>
<fieldset id="hazards"><legend>Sample hazards</legend><label><input type="radio" name="haz" value="none" checked> None</label><label><input type="radio" name="haz" value="bio"> Biological (BSL-2)</label><label><input type="radio" name="haz" value="chem"> Chemical</label><label><input type="radio" name="haz" value="rad"> Radioactive</label></fieldset>
<label for="unavailable">Dates unavailable</label><textarea id="unavailable" rows="2"></textarea>
<label><input type="checkbox" id="remote-access"> Remote access session</label>
<label for="prev-proposal">Continuation of proposal</label><input id="prev-proposal" placeholder="MX12345">
<div class="row"><button type="button" id="save-bt">Save</button><button type="button" id="check-feasibility">Request feasibility check</button><button type="submit" id="submit-bt">Submit request</button></div>
</form></main>`;
const beamtimeV2 = edit(beamtimeV1, [
  [
    '<label for="beamline">Beamline</label><select id="beamline">',
    '<label for="station">Instrument / beamline</label><select id="station">',
  ],
  [
    '<label for="e-max">Energy max (keV)</label><input id="e-max" type="number" value="14">',
    '<label>Upper energy (keV) <input name="energy_max_kev" type="number" value="14"></label>',
  ],
  [
    '<label for="shifts">Shifts requested (8 h)</label><input id="shifts" type="number" value="6">',
    '<label for="hours">Beamtime requested (hours)</label><input id="hours" type="number" step="8" value="48">',
  ],
  ['value="furnace"> Furnace', 'value="high-temp"> High-temperature furnace (to 1200 °C)'],
  [
    '<fieldset id="hazards"><legend>Sample hazards</legend><label><input type="radio" name="haz" value="none" checked> None</label><label><input type="radio" name="haz" value="bio"> Biological (BSL-2)</label><label><input type="radio" name="haz" value="chem"> Chemical</label><label><input type="radio" name="haz" value="rad"> Radioactive</label></fieldset>',
    '<label for="hazard-class">Sample hazards</label><select id="hazard-class"><option>None</option><option>Biological (BSL-2)</option><option>Chemical</option><option>Radioactive</option></select>',
  ],
  ['<label><input type="checkbox" id="remote-access"> Remote access session</label>', ''],
  [
    '<button type="button" id="check-feasibility">Request feasibility check</button>',
    '<button type="button" id="preview-pdf">Preview PDF</button>',
  ],
  [
    '<button type="submit" id="submit-bt">Submit request</button>',
    '<button type="submit" class="primary">Submit to panel</button>',
  ],
]);

// ---------------------------------------------------------------- 7. Survey question editor (rewrite)
const qToolsV1 =
  '<div class="q-tools"><button class="edit">Edit</button><button class="dup">Duplicate</button><button class="remove">Delete</button></div>';
const qToolsV2 = (n: number): string =>
  `<menu class="row"><li><button aria-label="Edit question ${n}">✎</button></li><li><button aria-label="Copy question ${n}">⧉</button></li><li><button aria-label="Delete question ${n}">🗑</button></li></menu>`;
const surveyEditorV1 = `<header><span class="logo">FormLab</span><input id="survey-name" value="Post-study participant questionnaire"><button id="preview-btn">Preview</button><button id="publish-btn">Publish</button></header>
<div class="sidebar"><h4>Add question</h4><ul class="palette"><li><button data-type="mc">Multiple choice</button></li><li><button data-type="likert">Likert scale</button></li><li><button data-type="text">Open text</button></li><li><button data-type="matrix">Matrix</button></li><li><button data-type="slider">Slider</button></li></ul></div>
<main><div class="canvas">
<div class="q card" id="q1"><span class="qnum">Q1</span><p>How clear were the study instructions?</p>${qToolsV1}</div>
<div class="q card" id="q2"><span class="qnum">Q2</span><p>Which sessions did you attend?</p><ul><li>Session A</li><li>Session B</li><li>Session C</li></ul>${qToolsV1}</div>
<div class="q card" id="q3"><span class="qnum">Q3</span><p>Any other comments?</p>${qToolsV1}</div>
<button id="add-page-break">Add page break</button>
</div></main>
<aside class="card settings"><h4>Q2 settings</h4><label><input type="checkbox" id="q-required" checked> Required</label><label><input type="checkbox" id="q-randomize"> Randomize option order</label><label for="q-min">Minimum selections</label><input id="q-min" type="number" value="1"><label for="q-logic">Display logic</label><select id="q-logic"><option>Always show</option><option>Show if Q1 = Very clear</option></select><button id="apply-settings">Apply</button></aside>`;
const surveyEditorV2 = `<div class="builder-top row"><a href="/surveys">← All surveys</a><input class="survey-title" aria-label="Survey title" value="Post-study participant questionnaire"><button class="btn" data-action="preview">Preview</button><button class="btn primary" data-action="publish">Publish survey</button></div>
<div class="builder grid3">
<section class="question-types"><h4>Question types</h4><div class="type-grid"><button class="qt" data-qtype="choice">Choice</button><button class="qt" data-qtype="rating">Rating scale</button><button class="qt" data-qtype="essay">Text entry</button><button class="qt" data-qtype="grid">Grid</button><button class="qt" data-qtype="ranking">Ranking</button></div></section>
<section class="survey-canvas">
<article class="question card" data-qid="q1"><div class="row"><b>1</b><span>How clear were the study instructions?</span></div>${qToolsV2(1)}</article>
<article class="question card" data-qid="q2"><div class="row"><b>2</b><span>Which sessions did you attend?</span></div><ul><li>Session A</li><li>Session B</li><li>Session C</li></ul>${qToolsV2(2)}</article>
<article class="question card" data-qid="q3"><div class="row"><b>3</b><span>Any other comments?</span></div>${qToolsV2(3)}</article>
<button class="insert-break">+ Page break</button>
</section>
<section class="question-settings"><h4>Question 2</h4><div class="row"><input type="checkbox" role="switch" id="toggle-required" checked><label for="toggle-required">Require an answer</label></div><div class="row"><input type="checkbox" role="switch" id="toggle-shuffle"><label for="toggle-shuffle">Shuffle choices</label></div><label for="min-choices">At least</label><input id="min-choices" type="number" value="1"><h5>Logic</h5><div role="radiogroup" class="row"><label><input type="radio" name="display" checked> Always show</label><label><input type="radio" name="display"> Show conditionally</label></div></section>
</div>`;

// ---------------------------------------------------------------- 8. Survey distribution (edit)
const surveyDistV1 = `<header><span class="logo">FormLab</span><nav><a href="/s/88/build">Build</a><a href="/s/88/distribute" class="active">Distribute</a><a href="/s/88/results">Results</a></nav></header>
<main><h1>Distribute: Post-study participant questionnaire</h1>
<section class="card" id="link-section"><h3>Anonymous link</h3><div class="row"><input id="share-url" readonly value="https://formlab.example/s/x8Kq2"><button id="copy-link">Copy</button><button id="qr-code">QR code</button></div></section>
<section class="card" id="email-section"><h3>Email invitations</h3><label for="panel-select">Contact list</label><select id="panel-select"><option>Cohort B participants (142)</option><option>Pilot group (18)</option></select><label for="email-subject">Subject</label><input id="email-subject" value="Your feedback on the study"><label for="email-body">Message</label><textarea id="email-body" rows="4">Dear participant, thank you for taking part in our study.</textarea><div class="row"><label for="send-at">Send at</label><input id="send-at" type="datetime-local"><button id="send-invites">Schedule invitations</button></div></section>
<section class="card" id="options-section"><h3>Response options</h3><label><input type="checkbox" id="prevent-dup" checked> Prevent multiple submissions</label><label><input type="checkbox" id="allow-back"> Allow back button</label><label><input type="checkbox" id="collect-ip"> Record IP addresses</label><label for="close-date">Close survey on</label><input id="close-date" type="date"><label for="quota">Response quota</label><input id="quota" type="number" value="150"></section>
<div class="row"><button id="save-dist">Save settings</button></div>
</main>`;
const surveyDistV2 = edit(surveyDistV1, [
  [
    '<button id="copy-link">Copy</button>',
    '<button class="copy" aria-label="Copy link to clipboard">📋</button>',
  ],
  ['<button id="qr-code">QR code</button>', '<button id="embed-code">Embed</button>'],
  [
    '<label for="panel-select">Contact list</label><select id="panel-select">',
    '<label for="recipient-list">Recipients</label><select id="recipient-list">',
  ],
  [
    '<label for="email-subject">Subject</label><input id="email-subject"',
    '<label for="msg-subject">Subject line</label><input id="msg-subject"',
  ],
  [
    '<button id="send-invites">Schedule invitations</button>',
    '<button class="primary">Schedule send</button>',
  ],
  [
    '<label><input type="checkbox" id="allow-back"> Allow back button</label>',
    '<label class="switch"><input type="checkbox" role="switch" name="backtrack"> Let respondents go back</label>',
  ],
  ['<label><input type="checkbox" id="collect-ip"> Record IP addresses</label>', ''],
  [
    '<label for="quota">Response quota</label><input id="quota"',
    '<label for="response-limit">Stop after this many responses</label><input id="response-limit"',
  ],
]);

// ---------------------------------------------------------------- 9. Biobank specimen catalog (rewrite)
const SPECIMENS: readonly (readonly [string, string, string, string, string, string])[] = [
  ['BR-004512', 'Serum', 'C50', '54 F', '0.5 mL', '2021-06-03'],
  ['BR-004533', 'Plasma (EDTA)', 'C18', '67 M', '1.0 mL', '2021-07-19'],
  ['BR-004601', 'FFPE block', 'C50', '48 F', '1 block', '2022-01-11'],
  ['BR-004622', 'DNA', 'E11', '59 M', '40 µg', '2022-02-28'],
];
const biobankV1 = `<header><span class="logo">BioRepo</span><nav><a href="/catalog" class="active">Specimen catalog</a><a href="/requests">My requests</a><a href="/studies">Studies</a></nav><a href="/cart" id="cart-link">Request cart (2)</a></header>
<div class="sidebar"><h4>Filter</h4>
<label for="f-type">Specimen type</label><select id="f-type"><option>Any</option><option>Serum</option><option>Plasma (EDTA)</option><option>FFPE block</option><option>DNA</option></select>
<fieldset><legend>Diagnosis</legend><label><input type="checkbox" name="dx" value="C50"> Breast carcinoma</label><label><input type="checkbox" name="dx" value="C18"> Colorectal carcinoma</label><label><input type="checkbox" name="dx" value="E11"> Type 2 diabetes</label></fieldset>
<label for="f-age-min">Donor age from</label><input id="f-age-min" type="number"><label for="f-age-max">to</label><input id="f-age-max" type="number">
<label><input type="checkbox" id="f-consent-genomic"> Genomic research consent</label>
<button id="apply-filters">Apply filters</button><a href="#" id="clear-filters">Clear</a></div>
<main><div class="row"><span id="result-count">1,284 specimens</span><select id="sort-by"><option>Sort: collection date</option><option>Sort: volume</option></select><button id="export-csv">Export CSV</button></div>
<table id="specimens"><tr><th>Specimen ID</th><th>Type</th><th>Diagnosis</th><th>Age/Sex</th><th>Volume</th><th>Collected</th><th></th></tr>
${SPECIMENS.map(([id, t, dx, as, vol, d]) => `<tr><td>${id}</td><td>${t}</td><td>${dx}</td><td>${as}</td><td>${vol}</td><td>${d}</td><td><button class="add-cart">Add to request</button></td></tr>`).join('\n')}
</table>
<div class="row"><a href="?p=2" class="next-page">Next page</a></div></main>`;
const biobankV2 = `<nav class="catalog-nav row"><a class="brand" href="/">BioRepo</a><a href="/catalog" aria-current="page">Browse specimens</a><a href="/requests">Requests</a><a href="/studies">Studies</a><a href="/cart" class="cart" aria-label="Request basket, 2 items">🧺 2</a></nav>
<main class="catalog">
<form class="facet-bar card" aria-label="Filters">
<div role="group" aria-label="Specimen type" class="row"><label><input type="radio" name="type" checked> Any</label><label><input type="radio" name="type" value="serum"> Serum</label><label><input type="radio" name="type" value="plasma"> Plasma</label><label><input type="radio" name="type" value="ffpe"> FFPE</label><label><input type="radio" name="type" value="dna"> DNA</label></div>
<label for="dx-search">Diagnosis (ICD-10)</label><input id="dx-search" list="dx-options" placeholder="Start typing a code or term"><datalist id="dx-options"><option value="C50 Breast carcinoma"><option value="C18 Colorectal carcinoma"><option value="E11 Type 2 diabetes"></datalist>
<div class="row"><label for="age-from">Age</label><input id="age-from" type="number" aria-label="Minimum age"><input id="age-to" type="number" aria-label="Maximum age"></div>
<div class="row"><button type="submit" class="btn">Search</button><button type="reset" class="link">Reset</button></div>
</form>
<div class="results-head row"><strong class="hits">1,284 results</strong><label>Order by <select name="order"><option>Collection date</option><option>Available volume</option></select></label><button class="save-search">Save this search</button></div>
<ul class="specimen-list">
${SPECIMENS.map(([id, t, dx, as, vol, d]) => `<li class="specimen card" data-specimen="${id}"><h4>${id}</h4><span class="badge">${t}</span> <span>${dx} · ${as} · ${vol} · ${d}</span> <button class="request">Request</button></li>`).join('\n')}
</ul>
<nav class="pagination row"><a href="?p=1" aria-current="page">1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2" rel="next">Next →</a></nav>
</main>`;

// ---------------------------------------------------------------- 10. Biobank freezer box (edit)
const BOX_ROWS = ['A', 'B', 'C', 'D', 'E'];
const BOX_COLS = [1, 2, 3, 4, 5];
const BOX_FULL: Record<string, string> = {
  A1: 'BR-004498-S01',
  A3: 'BR-004512-S02',
  B1: 'BR-004512-S03',
  B4: 'BR-004533-S01',
  C2: 'BR-004533-S02',
  C4: 'BR-004601-S01',
  D5: 'BR-004622-S01',
  E1: 'BR-004622-S02',
};
const boxTable = `<table class="box-grid"><tr><th></th>${BOX_COLS.map((c) => `<th>${c}</th>`).join('')}</tr>${BOX_ROWS.map(
  (r) =>
    `<tr><th>${r}</th>${BOX_COLS.map((c) => {
      const p = `${r}${c}`;
      return `<td><button class="well${BOX_FULL[p] ? ' full' : ''}" data-pos="${p}" title="${BOX_FULL[p] ?? 'empty'}">${p}</button></td>`;
    }).join('')}</tr>`,
).join('')}</table>`;
const boxMap = `<div class="box-map" role="grid" aria-label="Box 14 positions">${BOX_ROWS.map(
  (r) =>
    `<div role="row" class="row">${BOX_COLS.map((c) => {
      const p = `${r}${c}`;
      return `<button role="gridcell" class="slot${BOX_FULL[p] ? ' occupied' : ''}" data-slot="${p}" aria-label="${p} ${BOX_FULL[p] ?? 'empty'}">${BOX_FULL[p] ? '●' : '○'}</button>`;
    }).join('')}</div>`,
).join('')}</div>`;
const freezerV1 = `<header><span class="logo">BioRepo LIMS</span><nav><a href="/storage">Storage</a><a href="/aliquots">Aliquots</a><a href="/shipments">Shipments</a></nav></header>
<main><nav class="crumbs"><a href="/storage/f3">Freezer -80 #3</a> › <a href="/storage/f3/r2">Rack 2</a> › <span>Box 14</span></nav>
<div class="row"><h1>Box 14 (5×5)</h1><button id="print-box-label">Print box label</button><button id="move-box">Move box</button></div>
${boxTable}
<div class="card" id="well-detail"><h3>A3 — BR-004512-S02</h3><dl><dt>Type</dt><dd>Serum</dd><dt>Volume</dt><dd>250 µL</dd><dt>Freeze/thaw</dt><dd>1</dd></dl><div class="row"><button id="checkout-aliquot">Check out</button><button id="mark-depleted">Mark depleted</button><button id="history-btn">View history</button></div></div>
<label for="scan-input">Scan barcode</label><input id="scan-input" placeholder="Scan 2D tube barcode">
</main>`;
const freezerV2 = edit(freezerV1, [
  [
    '<a href="/shipments">Shipments</a></nav>',
    '<a href="/shipments">Shipments</a></nav><input name="barcode" type="search" aria-label="Scan or type a tube barcode" placeholder="Scan tube…">',
  ],
  [' › <a href="/storage/f3/r2">Rack 2</a>', ' › <span>Rack 2</span>'],
  [
    '<button id="print-box-label">Print box label</button>',
    '<button class="icon" aria-label="Print label">🖨</button>',
  ],
  [boxTable, boxMap],
  [
    '<dt>Freeze/thaw</dt><dd>1</dd></dl>',
    '<dt>Freeze/thaw</dt><dd>1</dd><dt>Chain of custody</dt><dd><a href="/aliquots/BR-004512-S02/audit" class="audit-trail">Audit trail</a></dd></dl>',
  ],
  [
    '<button id="checkout-aliquot">Check out</button>',
    '<button id="withdraw-aliquot" class="primary">Withdraw aliquot</button>',
  ],
  ['<button id="mark-depleted">Mark depleted</button>', '<button id="split-aliquot">Split aliquot</button>'],
  ['<button id="history-btn">View history</button>', ''],
  [
    '<label for="scan-input">Scan barcode</label><input id="scan-input" placeholder="Scan 2D tube barcode">',
    '',
  ],
]);

// ---------------------------------------------------------------- 11. Journal reviewer assignment (rewrite)
const REVIEWERS: readonly (readonly [string, string, string, string, string])[] = [
  ['kofi-mensah', 'Kofi Mensah', 'University of Ghana', '92', '1'],
  ['ingrid-solberg', 'Ingrid Solberg', 'NTNU', '88', '3'],
  ['arjun-rao', 'Arjun Rao', 'IISc Bangalore', '81', '0'],
];
const assignV1 = `<header><span class="logo">EditorialHub</span><nav><a href="/queue">Editor queue</a><a href="/manuscripts">All manuscripts</a><a href="/reports">Reports</a></nav><span>Handling editor: Dr. M. Okafor</span></header>
<main><h1>Assign reviewers</h1>
<div class="card" id="ms-summary"><h3>JGR-2025-0193 · "Seasonal nitrate flux in karst aquifers"</h3><p class="muted">Submitted 4 Feb · Original research · Corresponding author: H. Varga</p><a href="/ms/0193/pdf" id="view-pdf">View manuscript PDF</a></div>
<h3>Suggested reviewers</h3>
<table id="suggested"><tr><th>Name</th><th>Institution</th><th>Match</th><th>Active reviews</th><th></th></tr>
${REVIEWERS.map(([, n, inst, m, a]) => `<tr><td>${n}</td><td>${inst}</td><td>${m}%</td><td>${a}</td><td><button class="invite-btn">Invite</button><button class="conflict-btn">Flag conflict</button></td></tr>`).join('\n')}
</table>
<div class="row"><input id="reviewer-search" placeholder="Search reviewer database by name or keyword"><button id="search-reviewers">Search</button><button id="add-new-reviewer">Add new reviewer</button></div>
<h3>Author-excluded reviewers</h3><ul id="excluded"><li>P. Dubois (Univ. Lyon)</li></ul>
<form id="invite-options"><label for="review-due">Review due in</label><select id="review-due"><option>14 days</option><option selected>21 days</option><option>30 days</option></select><label for="letter-template">Invitation letter</label><select id="letter-template"><option>Standard invitation</option><option>Revised manuscript</option></select><label><input type="checkbox" id="cc-editor"> CC me on invitations</label><button type="submit" id="send-invitations">Send invitations</button></form>
</main>`;
const assignV2 = `<header class="eh-header row"><a href="/" class="brand">EditorialHub</a><nav><a href="/queue">My queue</a><a href="/manuscripts">Manuscripts</a><a href="/reports">Analytics</a></nav><span class="muted">M. Okafor</span></header>
<main class="grid">
<section class="candidates">
<h2>Reviewer candidates</h2>
<form role="search" class="row"><input type="search" name="reviewer_q" aria-label="Find reviewers by name, keyword or ORCID"><button class="find">Find</button><button type="button" class="filters-toggle">Filters</button></form>
${REVIEWERS.map(([k, n, inst, m, a]) => `<div class="candidate card" data-reviewer="${k}"><strong>${n}</strong> <span class="muted">${inst}</span> <span class="badge">${m}% match</span> <span>${a} active</span><div class="row"><button class="btn invite">Send invite</button><button class="btn-link coi">Conflict of interest</button></div></div>`).join('\n')}
</section>
<section class="panel">
<div class="card ms"><h3>JGR-2025-0193</h3><p>Seasonal nitrate flux in karst aquifers</p><a href="/ms/0193/pdf" class="btn">Open PDF</a> <a href="/ms/0193/history" class="btn">Version history</a></div>
<div class="card"><h4>Invitation settings</h4><span>Deadline</span><div id="due-days" role="radiogroup" aria-label="Review deadline" class="row"><label><input type="radio" name="due" value="14"> 14 d</label><label><input type="radio" name="due" value="21" checked> 21 d</label><label><input type="radio" name="due" value="30"> 30 d</label></div><label for="template">Template</label><select id="template"><option>Standard invitation</option><option>Revised manuscript</option></select><button class="btn primary send">Send invitations</button></div>
<div class="card"><h4>Do not invite</h4><ul><li>P. Dubois (Univ. Lyon)</li></ul></div>
</section></main>`;

// ---------------------------------------------------------------- 12. Reviewer report form (edit)
const opts15 = '<option>1</option><option>2</option><option>3</option><option>4</option><option>5</option>';
const reportV1 = `<header><span class="logo">EditorialHub</span><nav><a href="/reviewer">Reviewer centre</a><a href="/reviewer/history">Past reviews</a></nav></header>
<main><h1>Review: JGR-2025-0193</h1><p class="muted">Due 25 Feb · <a href="/ms/0193/pdf" id="ms-pdf">Manuscript PDF</a> · <a href="/ms/0193/si" id="ms-si">Supporting information</a></p>
<form id="review-form">
<fieldset id="recommendation"><legend>Recommendation</legend><label><input type="radio" name="rec" value="accept"> Accept</label><label><input type="radio" name="rec" value="minor"> Minor revision</label><label><input type="radio" name="rec" value="major"> Major revision</label><label><input type="radio" name="rec" value="reject"> Reject</label></fieldset>
<table id="ratings"><tr><th>Criterion</th><th>Rating</th></tr><tr><td>Originality</td><td><select name="r_originality">${opts15}</select></td></tr><tr><td>Methodology</td><td><select name="r_methods">${opts15}</select></td></tr><tr><td>Clarity</td><td><select name="r_clarity">${opts15}</select></td></tr></table>
<label for="comments-author">Comments to the author</label><textarea id="comments-author" rows="8"></textarea>
<label for="comments-editor">Confidential comments to the editor</label><textarea id="comments-editor" rows="4"></textarea>
<label for="attach-annotated">Annotated manuscript (optional)</label><input type="file" id="attach-annotated">
<label><input type="checkbox" id="reveal-identity"> Reveal my identity to the authors</label>
<label><input type="checkbox" id="willing-rereview" checked> I am willing to review a revised version</label>
<div class="row"><button type="button" id="save-review">Save draft</button><button type="button" id="decline-late">Request extension</button><button type="submit" id="submit-review">Submit review</button></div>
</form></main>`;
const reportV2 = edit(reportV1, [
  [
    '<fieldset id="recommendation"><legend>Recommendation</legend><label><input type="radio" name="rec" value="accept"> Accept</label><label><input type="radio" name="rec" value="minor"> Minor revision</label><label><input type="radio" name="rec" value="major"> Major revision</label><label><input type="radio" name="rec" value="reject"> Reject</label></fieldset>',
    '<label for="recommendation-select">Your recommendation</label><select id="recommendation-select"><option value="">Choose…</option><option value="accept">Accept as is</option><option value="minor">Minor revisions</option><option value="major">Major revisions</option><option value="reject">Reject</option></select>',
  ],
  ['<table id="ratings">', '<table class="criteria">'],
  ['<select name="r_methods">', '<select name="score_methodology">'],
  [
    '<td>Clarity</td><td><select name="r_clarity">',
    '<td>Presentation</td><td><select name="score_presentation">',
  ],
  [
    '<label for="comments-author">Comments to the author</label><textarea id="comments-author"',
    '<label for="report-authors">Report for the authors</label><textarea id="report-authors"',
  ],
  [
    '<label for="comments-editor">Confidential comments to the editor</label><textarea id="comments-editor" rows="4"></textarea>',
    '<label for="note-editor">Note to editor (not shared with authors)</label><textarea id="note-editor" rows="4"></textarea>',
  ],
  [
    '<label for="attach-annotated">Annotated manuscript (optional)</label><input type="file" id="attach-annotated">',
    '',
  ],
  [
    '<label><input type="checkbox" id="reveal-identity"> Reveal my identity to the authors</label>',
    '<label><input type="checkbox" id="publish-report"> Publish my report alongside the article</label>',
  ],
  [
    '<button type="submit" id="submit-review">Submit review</button>',
    '<button type="submit" class="primary">Send to editor</button>',
  ],
]);

// ---------------------------------------------------------------- 13. Conference paper submission (rewrite)
const confSubV1 = `<header><span class="logo">ConfSubmit</span><span>NLPConf 2025</span><nav><a href="/author">Author console</a><a href="/cfp">Call for papers</a></nav></header>
<main><h1>New submission</h1>
<form id="submission-form">
<label for="paper-title">Title</label><input id="paper-title">
<label for="abstract">Abstract</label><textarea id="abstract" rows="6"></textarea>
<label for="track">Track</label><select id="track"><option>Machine translation</option><option>Dialogue</option><option>Resources &amp; evaluation</option></select>
<label for="paper-type">Submission type</label><select id="paper-type"><option>Long paper (8 pages)</option><option>Short paper (4 pages)</option></select>
<h3>Authors</h3><table id="authors"><tr><th>#</th><th>Name</th><th>Email</th><th>Affiliation</th><th></th></tr>
<tr><td>1</td><td><input name="author_name_1" value="Lena Fischer"></td><td><input name="author_email_1" value="lena@uni.example"></td><td><input name="author_aff_1" value="TU Example"></td><td><button type="button" class="up">↑</button><button type="button" class="rm">✕</button></td></tr>
<tr><td>2</td><td><input name="author_name_2" value="Yusuf Demir"></td><td><input name="author_email_2" value="ydemir@inst.example"></td><td><input name="author_aff_2" value="Example Institute of Technology"></td><td><button type="button" class="up">↑</button><button type="button" class="rm">✕</button></td></tr></table>
<button type="button" id="add-author">Add author</button>
<label for="keywords">Keywords</label><input id="keywords">
<label for="pdf-upload">Paper PDF</label><input type="file" id="pdf-upload" accept="application/pdf">
<label for="supp-upload">Supplementary material (ZIP)</label><input type="file" id="supp-upload">
<label><input type="checkbox" id="anon-confirm"> I confirm the PDF is anonymized</label>
<label><input type="checkbox" id="policy-agree"> I agree to the dual-submission policy</label>
<div class="row"><button type="button" id="save-sub">Save</button><button type="submit" id="submit-paper">Submit paper</button></div>
</form></main>`;
const confSubV2 = `<nav class="cms-nav row"><a href="/" class="brand">ConfSubmit</a><span class="venue">NLPConf 2025</span><a href="/author">My submissions</a><a href="/cfp">CFP</a></nav>
<main>
<h1>Submit a paper</h1>
<form class="submission" novalidate>
<section class="card"><h2>Basics</h2><label for="sub-title">Paper title</label><input id="sub-title" name="title"><label for="sub-abstract">Abstract (max 250 words)</label><textarea id="sub-abstract" name="abstract" rows="6"></textarea><label for="sub-area">Research area</label><select id="sub-area" name="area"><option>Machine translation</option><option>Dialogue</option><option>Resources &amp; evaluation</option></select><span>Format</span><div class="row" role="radiogroup" aria-label="Paper format"><label><input type="radio" name="format" value="long" checked> Long</label><label><input type="radio" name="format" value="short"> Short</label></div></section>
<section class="card"><h2>Authors</h2><ol class="author-list">
<li class="author row" data-order="1"><input aria-label="Full name" value="Lena Fischer"><input aria-label="Email" type="email" value="lena@uni.example"><input aria-label="Affiliation" value="TU Example"><button type="button" aria-label="Remove author 1">✕</button></li>
<li class="author row" data-order="2"><input aria-label="Full name" value="Yusuf Demir"><input aria-label="Email" type="email" value="ydemir@inst.example"><input aria-label="Affiliation" value="Example Institute of Technology"><button type="button" aria-label="Remove author 2">✕</button></li>
</ol><button type="button" class="add-author-btn">+ Another author</button></section>
<section class="card"><h2>Files</h2><label for="main-pdf">Manuscript (PDF)</label><input id="main-pdf" type="file" accept="application/pdf"><label for="code-link">Code/data link</label><input id="code-link" type="url"></section>
<section class="card"><h2>Declarations</h2><label><input type="checkbox" name="anonymity"> The paper does not reveal author identities</label><label><input type="checkbox" name="dual_submission"> Not under review elsewhere</label></section>
<div class="row"><button type="submit" class="primary">Submit</button><button type="button" class="secondary">Save for later</button></div>
</form></main>`;

// ---------------------------------------------------------------- 14. PC bidding (edit)
const BID_PAPERS: readonly (readonly [string, string, string])[] = [
  ['112', 'Low-resource MT with pivot languages', 'MT'],
  ['118', 'Evaluating factuality of dialogue summaries', 'Dialogue'],
  ['131', 'A benchmark for code-switched speech', 'Resources'],
  ['146', 'Tokenizer-free morphology for Turkic languages', 'MT'],
];
const bidSelect = (id: string): string =>
  `<select class="bid" name="bid-${id}">${['—', 'Eager', 'Willing', 'In a pinch', 'Not willing', 'Conflict'].map((o) => `<option>${o}</option>`).join('')}</select>`;
const bidRadios = (id: string): string =>
  `<div class="bid-seg row" role="radiogroup" data-bid-group="${id}" aria-label="Bid for paper ${id}">${['Eager', 'Willing', 'Pinch', 'No', 'COI'].map((o) => `<label><input type="radio" name="bid-${id}" value="${o.toLowerCase()}"> ${o}</label>`).join('')}</div>`;
const biddingV1 = `<header><span class="logo">ConfSubmit</span><nav><a href="/pc">PC console</a><a href="/pc/bids" class="active">Bidding</a><a href="/pc/reviews">My reviews</a></nav><span class="muted">Bids due 12 Mar</span></header>
<main><h1>Paper bidding</h1>
<div class="row"><input id="bid-filter" placeholder="Filter by title or keyword"><label><input type="checkbox" id="only-unbid"> Show only papers without a bid</label><span id="bid-progress">14 / 40 bids entered</span></div>
<table id="bid-table"><tr><th>#</th><th>Title</th><th>Track</th><th>Bid</th><th></th></tr>
${BID_PAPERS.map(([id, t, tr]) => `<tr id="paper-${id}"><td>${id}</td><td><a href="/p/${id}">${t}</a></td><td>${tr}</td><td>${bidSelect(id)}</td><td><button class="abs-toggle">Abstract</button></td></tr>`).join('\n')}
</table>
<div class="row"><button id="save-bids">Save bids</button><button id="reset-bids">Reset</button><a href="/pc/bids/export" id="download-bids">Download my bids</a></div>
</main>`;
const absToggle = '<button class="abs-toggle">Abstract</button>';
const absDetails =
  '<details class="abstract"><summary>Show abstract</summary><p class="muted">Abstract loads on open.</p></details>';
const biddingV2 = edit(biddingV1, [
  [
    '<input id="bid-filter" placeholder="Filter by title or keyword">',
    '<input type="search" name="paper_filter" placeholder="Search papers">',
  ],
  [
    'id="only-unbid"> Show only papers without a bid',
    'id="hide-bid" checked> Hide papers I have already bid on',
  ],
  [
    '<span id="bid-progress">14 / 40 bids entered</span>',
    '<progress class="bid-meter" value="14" max="40" aria-label="Bids entered">14 of 40</progress>',
  ],
  ...BID_PAPERS.map(([id]) => [bidSelect(id), bidRadios(id)] as const),
  ...BID_PAPERS.map(() => [absToggle, absDetails] as const),
  ['<button id="save-bids">Save bids</button>', '<button id="review-conflicts">Review conflicts</button>'],
  ['<button id="reset-bids">Reset</button>', ''],
  [
    '<a href="/pc/bids/export" id="download-bids">Download my bids</a>',
    '<a href="/pc/bids/export.csv" class="btn" download>Export bids (CSV)</a>',
  ],
]);

// ---------------------------------------------------------------- 15. Dataset landing page (rewrite)
const DS_FILES: readonly (readonly [string, string])[] = [
  ['sm_hourly.csv', '412 MB'],
  ['stations.geojson', '88 KB'],
  ['README.md', '6 KB'],
];
const datasetV1 = `<header><span class="logo">OpenData Repository</span><nav><a href="/search">Search</a><a href="/deposit">Upload</a><a href="/communities">Communities</a></nav><a href="/login">Log in</a></header>
<main>
<div class="row"><span class="badge">Dataset</span><span class="badge">Open Access</span><span class="muted">Published 12 January 2025 · Version v2</span></div>
<h1 id="ds-title">Hourly soil moisture observations, Sierra Nevada transect 2019–2024</h1>
<p class="authors"><a href="/search?q=creator:Alvarez">Alvarez, M.</a>; <a href="/search?q=creator:Chen">Chen, J.</a>; <a href="/search?q=creator:Okonjo">Okonjo, B.</a></p>
<p>DOI: <a id="doi-link" href="https://doi.org/10.5281/od.884213">10.5281/od.884213</a></p>
<div class="description"><p>Volumetric soil water content at 5, 20 and 50 cm depth from 14 stations along an elevation transect.</p></div>
<h3>Files</h3><table id="files"><tr><th>Name</th><th>Size</th><th></th></tr>
${DS_FILES.map(([n, s]) => `<tr><td>${n}</td><td>${s}</td><td><a href="/files/${n}" class="file-dl">Download</a> <a href="#" class="file-preview">Preview</a></td></tr>`).join('\n')}
</table>
<a href="/records/884213/files.zip" id="download-all">Download all (412.1 MB)</a>
</main>
<aside class="card"><h4>Cite as</h4><select id="cite-style"><option>APA</option><option>BibTeX</option><option>Chicago</option></select><pre id="citation">Alvarez, M., Chen, J., &amp; Okonjo, B. (2025)</pre><button id="copy-citation">Copy</button>
<h4>Versions</h4><ul id="versions"><li><a href="/records/884213">v2</a> Jan 12, 2025</li><li><a href="/records/771002">v1</a> Mar 3, 2024</li></ul>
<h4>Stats</h4><p>1,204 views · 388 downloads</p>
<div class="row"><button id="share-record">Share</button><button id="export-meta">Export metadata</button></div>
<h4>License</h4><p><a href="https://creativecommons.org/licenses/by/4.0/" id="license-link">CC BY 4.0</a></p>
</aside>`;
const datasetV2 = `<nav class="site-nav row"><a class="brand" href="/">OpenData</a><form role="search"><input type="search" name="q" aria-label="Search records"></form><a href="/deposit" class="btn">New upload</a><a href="/communities">Communities</a><a href="/login" class="btn-outline">Sign in</a></nav>
<main class="record">
<div class="record-head"><div class="labels row"><span class="label">Dataset</span><span class="label green">Open</span></div><h1 class="record-title">Hourly soil moisture observations, Sierra Nevada transect 2019–2024</h1><ul class="creators row"><li><a href="/people/alvarez">Maria Alvarez</a></li><li><a href="/people/chen">Jun Chen</a></li><li><a href="/people/okonjo">Blessing Okonjo</a></li></ul><div class="row"><span class="muted">Version 2 of 2 · 12 Jan 2025</span><a class="doi-badge" href="https://doi.org/10.5281/od.884213">DOI 10.5281/od.884213</a></div></div>
<section class="abstract"><h2>Description</h2><p>Volumetric soil water content at 5, 20 and 50 cm depth from 14 stations along an elevation transect.</p></section>
<section class="files"><h2>Files <span class="muted">(3, 412.1 MB)</span></h2><div class="row"><a href="/records/884213/files.zip" class="btn primary">Download all</a></div><ul class="file-list">
${DS_FILES.map(([n, s]) => `<li data-name="${n}"><span>${n}</span> <span class="muted">${s}</span> <a href="/files/${n}" aria-label="Download ${n}">⬇</a></li>`).join('\n')}
</ul></section>
<section class="card"><h3>Citation</h3><div role="tablist" class="row"><button role="tab" aria-selected="true">APA</button><button role="tab" aria-selected="false">BibTeX</button><button role="tab" aria-selected="false">Chicago</button></div><blockquote class="cite-text">Alvarez, M., Chen, J., &amp; Okonjo, B. (2025)</blockquote><button class="copy-cite">Copy to clipboard</button></section>
<section class="card"><h3>Rights</h3><a href="https://creativecommons.org/licenses/by/4.0/" rel="license">Creative Commons Attribution 4.0</a></section>
<section class="card"><h3>Versions</h3><ol class="versions"><li><a href="/records/884213">Version 2</a> <span class="muted">12 Jan 2025</span></li><li><a href="/records/771002">Version 1</a> <span class="muted">3 Mar 2024</span></li></ol></section>
<div class="row"><button class="share">Share</button><button class="follow">Follow updates</button></div>
</main>`;

// ---------------------------------------------------------------- 16. Dataset deposit form (edit)
const depositV1 = `<header><span class="logo">OpenData Repository</span><nav><a href="/search">Search</a><a href="/deposit" class="active">Upload</a></nav><a href="/me">My uploads</a></header>
<main><h1>New upload</h1>
<section class="card" id="files-box"><h3>Files</h3><div class="dropzone">Drag files here or <button type="button" id="browse-files">browse</button></div><ul id="upload-list"><li>raw_counts.tsv <span class="muted">2.3 GB · 64%</span> <button class="cancel-up">Cancel</button></li><li>metadata.xlsx <span class="muted">42 KB · done</span> <button class="cancel-up">Remove</button></li></ul></section>
<form id="deposit-form">
<label for="resource-type">Resource type</label><select id="resource-type"><option>Dataset</option><option>Software</option><option>Image</option><option>Poster</option></select>
<label for="dep-title">Title</label><input id="dep-title">
<h4>Creators</h4><div class="row creator"><input name="creator_name" placeholder="Family, Given"><input name="creator_orcid" placeholder="ORCID"><input name="creator_aff" placeholder="Affiliation"></div><button type="button" id="add-creator">Add creator</button>
<label for="dep-desc">Description</label><textarea id="dep-desc" rows="5"></textarea>
<label for="license">License</label><select id="license"><option>CC BY 4.0</option><option>CC0 1.0</option><option>MIT</option></select>
<fieldset id="access"><legend>Access</legend><label><input type="radio" name="access" value="open" checked> Open</label><label><input type="radio" name="access" value="embargoed"> Embargoed</label><label><input type="radio" name="access" value="restricted"> Restricted</label></fieldset>
<label for="embargo-date">Embargo until</label><input id="embargo-date" type="date">
<label for="grant">Funding</label><input id="grant" placeholder="Search funders / grant numbers">
<label for="related-doi">Related publication DOI</label><input id="related-doi">
<label><input type="checkbox" id="reserve-doi"> Reserve a DOI now</label>
<div class="row"><button type="button" id="save-deposit">Save</button><button type="button" id="preview-deposit">Preview</button><button type="submit" id="publish-deposit">Publish</button></div>
</form></main>`;
const depositV2 = edit(depositV1, [
  [
    '<button type="button" id="browse-files">browse</button>',
    '<label class="link">choose files<input type="file" multiple hidden></label>',
  ],
  [
    '<label for="resource-type">Resource type</label><select id="resource-type">',
    '<label for="upload-type">What are you uploading?</label><select id="upload-type" name="upload_type">',
  ],
  [
    '<input name="creator_orcid" placeholder="ORCID">',
    '<input name="creator_identifier" placeholder="ORCID iD (0000-0000-0000-0000)">',
  ],
  [
    '<button type="button" id="add-creator">Add creator</button>',
    '<button type="button" class="add-person">Add another creator</button>',
  ],
  ['value="embargoed"> Embargoed', 'value="embargo"> Open after embargo'],
  ['<label for="related-doi">Related publication DOI</label><input id="related-doi">', ''],
  [
    '<label><input type="checkbox" id="reserve-doi"> Reserve a DOI now</label>',
    '<label><input type="checkbox" id="notify-community"> Submit to a community after publishing</label>',
  ],
  [
    '<button type="submit" id="publish-deposit">Publish</button>',
    '<button type="submit" class="primary" data-action="publish">Publish record</button>',
  ],
]);

// ---------------------------------------------------------------- 17. Core facility booking (rewrite)
const CAL_DAYS: readonly (readonly [string, string, string])[] = [
  ['mon', 'Mon', '10'],
  ['tue', 'Tue', '11'],
  ['wed', 'Wed', '12'],
  ['thu', 'Thu', '13'],
  ['fri', 'Fri', '14'],
];
const CAL_TIMES = ['08', '10', '13', '15'];
const CAL_TAKEN: Record<string, string> = {
  'mon-08': 'J. Park',
  'mon-13': 'S. Ahmed',
  'tue-10': 'Maintenance',
  'wed-08': 'L. Novak',
  'thu-15': 'J. Park',
  'fri-10': 'Training',
};
const calendarV1 = `<table id="calendar"><tr><th></th>${CAL_DAYS.map(([, d]) => `<th>${d}</th>`).join('')}</tr>${CAL_TIMES.map(
  (t) =>
    `<tr><th>${t}:00</th>${CAL_DAYS.map(([k]) => {
      const who = CAL_TAKEN[`${k}-${t}`];
      return who
        ? `<td class="booked">${who}</td>`
        : `<td><button class="book-slot" data-slot="${k}-${t}">Book</button></td>`;
    }).join('')}</tr>`,
).join('')}</table>`;
const calendarV2 = `<div class="grid3 days">${CAL_DAYS.map(
  ([k, d, n]) =>
    `<section class="day card" data-day="${k}"><h4>${d} ${n}</h4><ul>${CAL_TIMES.map((t) => {
      const who = CAL_TAKEN[`${k}-${t}`];
      return who
        ? `<li class="slot taken">${t}:00 · ${who}</li>`
        : `<li class="slot"><button data-start="2025-03-${n}T${t}:00">${t}:00 — Reserve</button></li>`;
    }).join('')}</ul></section>`,
).join('')}</div>`;
const bookingV1 = `<header><span class="logo">CoreBook</span><nav><a href="/instruments">Instruments</a><a href="/bookings">My bookings</a><a href="/billing">Billing</a></nav></header>
<main><div class="row"><label for="instrument">Instrument</label><select id="instrument"><option>Zeiss LSM 980 confocal</option><option>BD FACSymphony A5</option><option>Leica cryostat</option></select><button id="prev-week">‹ Prev</button><span id="week-label">10–14 Mar 2025</span><button id="next-week">Next ›</button><button id="today-btn">Today</button></div>
${calendarV1}
<div class="modal" id="booking-dialog"><h3>Book Zeiss LSM 980 — Wed 12 Mar 10:00</h3><label for="duration">Duration</label><select id="duration"><option>1 h</option><option>2 h</option><option>3 h</option></select><label for="project-code">Project / cost centre</label><input id="project-code" placeholder="e.g. BIO-4471"><label><input type="checkbox" id="assisted"> Staff-assisted session</label><label for="booking-notes">Notes</label><textarea id="booking-notes"></textarea><div class="row"><button id="cancel-booking">Cancel</button><button id="confirm-booking">Confirm booking</button></div></div>
</main>`;
const bookingV2 = `<header class="row"><a class="brand" href="/">CoreBook</a><nav><a href="/instruments">Equipment</a><a href="/bookings">Reservations</a><a href="/billing">Invoices</a></nav></header>
<main>
<div class="toolbar row"><div role="radiogroup" aria-label="Instrument" class="row"><label><input type="radio" name="inst" checked> LSM 980</label><label><input type="radio" name="inst"> FACSymphony</label><label><input type="radio" name="inst"> Cryostat</label></div><div class="week-nav row"><button aria-label="Previous week">‹</button><strong>Week of 10 Mar</strong><button aria-label="Next week">›</button></div><button class="jump-date">Pick date…</button></div>
${calendarV2}
<dialog open class="modal reserve"><h3>Reserve LSM 980</h3><p class="muted">Wed 12 Mar, 10:00</p><span>Length</span><div id="res-length" role="radiogroup" aria-label="Length" class="row"><label><input type="radio" name="len" value="60"> 1 h</label><label><input type="radio" name="len" value="120"> 2 h</label><label><input type="radio" name="len" value="180"> 3 h</label></div><label for="account">Billing account</label><input id="account" placeholder="Cost centre"><label for="res-comment">Comment for facility staff</label><textarea id="res-comment"></textarea><div class="row"><button class="btn primary" value="confirm">Reserve</button><button class="btn" value="cancel">Close</button></div></dialog>
</main>`;

// ---------------------------------------------------------------- 18. IRB amendment (edit)
const irbV1 = `<header><span class="logo">EthicsOnline</span><nav><a href="/studies">My studies</a><a href="/training">Human subjects training</a><a href="/forms">Forms</a></nav></header>
<main><h1>Amendment request — Study 2023-0412</h1>
<p class="muted">"Sleep and cognition in shift workers" · PI: Dr. A. Haddad · Approved until 30 Sep 2025</p>
<form id="amend-form">
<fieldset id="change-types"><legend>What is changing? (select all that apply)</legend><label><input type="checkbox" name="chg" value="personnel"> Study personnel</label><label><input type="checkbox" name="chg" value="procedures"> Procedures</label><label><input type="checkbox" name="chg" value="recruitment"> Recruitment materials</label><label><input type="checkbox" name="chg" value="consent"> Consent documents</label><label><input type="checkbox" name="chg" value="sites"> Study sites</label></fieldset>
<label for="summary">Summary of changes</label><textarea id="summary" rows="5"></textarea>
<label for="rationale">Rationale</label><textarea id="rationale" rows="3"></textarea>
<label for="risk-change">Does this change the risk level?</label><select id="risk-change"><option>No</option><option>Yes — increases risk</option><option>Yes — decreases risk</option></select>
<label><input type="checkbox" id="reconsent"> Currently enrolled participants must be re-consented</label>
<h3>Documents</h3><table id="docs"><tr><th>Document</th><th>Version</th><th></th></tr><tr><td>Consent form (tracked)</td><td>v4</td><td><button type="button" class="replace-doc">Replace</button></td></tr><tr><td>Recruitment flyer</td><td>v2</td><td><button type="button" class="replace-doc">Replace</button></td></tr></table>
<button type="button" id="upload-doc">Upload document</button>
<label for="pi-sign">PI attestation (type full name)</label><input id="pi-sign">
<div class="row"><button type="button" id="save-amend">Save</button><button type="button" id="route-dept">Route to department chair</button><button type="submit" id="submit-amend">Submit to IRB</button></div>
</form></main>`;
const irbV2 = edit(irbV1, [
  [
    'value="recruitment"> Recruitment materials',
    'value="recruitment_materials"> Advertising &amp; recruitment materials',
  ],
  [
    '<label for="summary">Summary of changes</label><textarea id="summary"',
    '<label for="amendment-summary">Describe the proposed changes</label><textarea id="amendment-summary"',
  ],
  [
    '<label for="risk-change">Does this change the risk level?</label><select id="risk-change"><option>No</option><option>Yes — increases risk</option><option>Yes — decreases risk</option></select>',
    '<fieldset class="risk"><legend>Effect on participant risk</legend><label><input type="radio" name="risk" value="none"> No change</label><label><input type="radio" name="risk" value="up"> Increases</label><label><input type="radio" name="risk" value="down"> Decreases</label></fieldset>',
  ],
  [
    '<input type="checkbox" id="reconsent"> Currently enrolled participants must be re-consented',
    '<input type="checkbox" name="reconsent_required"> Re-consent existing participants',
  ],
  ['<table id="docs">', '<table class="doc-table">'],
  [
    '<button type="button" class="replace-doc">Replace</button>',
    '<button type="button" class="new-version">Upload new version</button>',
  ],
  [
    '<button type="button" class="replace-doc">Replace</button>',
    '<button type="button" class="new-version">Upload new version</button>',
  ],
  [
    '<label for="pi-sign">PI attestation (type full name)</label><input id="pi-sign">',
    '<label for="pi-date">Attestation date</label><input id="pi-date" type="date">',
  ],
  ['<button type="button" id="route-dept">Route to department chair</button>', ''],
  [
    '<button type="submit" id="submit-amend">Submit to IRB</button>',
    '<button type="submit" class="primary">Submit amendment</button>',
  ],
]);

// ---------------------------------------------------------------- 19. Preprint moderation (rewrite)
const PREPRINTS: readonly (readonly [string, string, string, string])[] = [
  ['2503.01122', 'Single-cell atlas of axolotl limb regeneration', 'q-bio.GN', '09:14'],
  ['2503.01130', 'Spiking network models of grid-cell drift', 'q-bio.NC', '09:31'],
  ['2503.01157', 'Mechanics of bacterial biofilm wrinkling', 'physics.bio-ph', '10:02'],
  ['2503.01188', 'Long-read assembly of the Norway spruce genome', 'q-bio.GN', '10:47'],
];
const moderationV1 = `<header><span class="logo">xPreprints Moderation</span><nav><a href="/mod/queue" class="active">Queue</a><a href="/mod/flags">Flags</a><a href="/mod/stats">Stats</a></nav><span>Moderator: K. Ivanova</span></header>
<main><div class="row"><select id="subject-filter"><option>All subjects</option><option>q-bio.GN</option><option>q-bio.NC</option><option>physics.bio-ph</option></select><select id="status-filter"><option>Pending</option><option>On hold</option><option>Reclassified</option></select><button id="refresh-queue">Refresh</button></div>
<table id="queue"><tr><th><input type="checkbox" id="check-all"></th><th>ID</th><th>Title</th><th>Primary</th><th>Submitted</th><th>Actions</th></tr>
${PREPRINTS.map(([id, t, c, at]) => `<tr><td><input type="checkbox"></td><td>${id}</td><td><a href="/mod/${id}">${t}</a></td><td>${c}</td><td>${at}</td><td><button class="approve">Approve</button><button class="hold">Hold</button><button class="reclass">Reclassify</button></td></tr>`).join('\n')}
</table>
<div class="row"><button id="bulk-approve">Approve selected</button><button id="bulk-hold">Hold selected</button></div>
<div class="card" id="hold-reason"><h4>Hold reason</h4><select id="reason-select"><option>Not a research article</option><option>Inappropriate category</option><option>Incomplete or corrupted PDF</option><option>Possible duplicate</option></select><textarea id="note-to-author"></textarea><label><input type="checkbox" id="cc-admins"> CC site admins</label><button id="send-hold">Put on hold &amp; notify</button></div>
</main>`;
const moderationV2 = `<nav class="mod-nav row"><a class="brand" href="/">xPreprints</a><a href="/mod/queue" aria-current="page">Incoming</a><a href="/mod/flags">Reports</a><a href="/mod/stats">Metrics</a><span class="muted">K. Ivanova</span></nav>
<main>
<div class="filters row"><label>Category <select name="category"><option>All</option><option>q-bio.GN</option><option>q-bio.NC</option><option>physics.bio-ph</option></select></label><div role="tablist" class="row"><button role="tab" aria-selected="true">Pending</button><button role="tab" aria-selected="false">On hold</button><button role="tab" aria-selected="false">Reclassified</button></div><button class="search-mod">Search queue</button></div>
<div class="bulk row"><label><input type="checkbox" class="select-all"> Select all</label><button class="bulk-accept">Accept selected</button><button class="bulk-hold">Hold selected</button></div>
<ul class="submissions">
${PREPRINTS.map(([id, t, c, at]) => `<li class="sub card" data-arxiv="${id}"><input type="checkbox" aria-label="Select ${id}"><div><a href="/mod/${id}">${t}</a><div class="muted">${id} · ${c} · ${at}</div></div><div class="row"><button class="accept">Accept</button><button class="put-hold">Hold</button><button class="move-cat">Change category</button></div></li>`).join('\n')}
</ul>
<form class="card hold-form"><h4>Hold</h4><div role="radiogroup" class="reasons"><label><input type="radio" name="reason" value="not-research"> Not a research article</label><label><input type="radio" name="reason" value="category"> Inappropriate category</label><label><input type="radio" name="reason" value="pdf"> PDF problem</label><label><input type="radio" name="reason" value="duplicate"> Possible duplicate</label></div><textarea name="author_message" aria-label="Message to submitter"></textarea><button class="primary">Hold and email submitter</button></form>
</main>`;

// ---------------------------------------------------------------- 20. Reference manager (edit)
const REFS: readonly (readonly [string, string, string, string, string])[] = [
  ['smith2021', 'Deep mutational scanning of a viral polymerase', 'Smith et al.', '2021', 'Nature Methods'],
  [
    'okafor2019',
    'Bayesian phylogenetics with relaxed clocks',
    'Okafor &amp; Lee',
    '2019',
    'Systematic Biology',
  ],
  ['li2023', 'Protein language models for variant effect prediction', 'Li et al.', '2023', 'Cell Systems'],
  ['garcia2018', 'A practical guide to single-cell RNA-seq', 'García et al.', '2018', 'Genome Biology'],
];
const refmanV1 = `<header><span class="logo">CiteShelf</span><input id="lib-search" type="search" placeholder="Search library"><button id="sync-btn">Sync</button><a href="/settings" id="settings-link">Settings</a></header>
<div class="sidebar"><h4>My Library</h4><ul id="collections"><li><a href="/c/all">All references (812)</a></li><li><a href="/c/unfiled">Unfiled (44)</a></li><li><a href="/c/thesis">Thesis ch. 2</a></li><li><a href="/c/review">Review paper</a></li></ul><button id="new-collection">New collection</button><h4>Tags</h4><ul id="tags"><li><a href="/t/methods">methods</a></li><li><a href="/t/to-read">to-read</a></li></ul></div>
<main><div class="row toolbar"><button id="add-by-doi">Add by DOI</button><button id="import-bib">Import BibTeX</button><button id="export-bib">Export</button><button id="find-duplicates">Find duplicates</button></div>
<table id="refs"><tr><th>Title</th><th>Authors</th><th>Year</th><th>Journal</th><th></th></tr>
${REFS.map(([k, t, a, y, j]) => `<tr data-key="${k}"><td>${t}</td><td>${a}</td><td>${y}</td><td>${j}</td><td><a href="/pdf/${k}" class="open-pdf">PDF</a> <button class="cite">Cite</button></td></tr>`).join('\n')}
</table>
<div class="card" id="item-pane"><h3>Deep mutational scanning of a viral polymerase</h3><label for="item-notes">Notes</label><textarea id="item-notes"></textarea><label for="item-tags">Tags</label><input id="item-tags" value="methods"><button id="save-item">Save changes</button></div>
</main>`;
const refmanV2 = edit(refmanV1, [
  [
    '<button id="sync-btn">Sync</button>',
    '<button class="icon" aria-label="Synchronize library" title="Last synced 2 min ago">⟳</button>',
  ],
  [
    '<a href="/settings" id="settings-link">Settings</a>',
    '<a href="/settings" aria-label="Preferences" class="icon">⚙</a>',
  ],
  ['<a href="/c/all">', '<a href="/collections/all">'],
  ['<a href="/c/unfiled">', '<a href="/collections/unfiled">'],
  ['<a href="/c/thesis">', '<a href="/collections/thesis">'],
  ['<a href="/c/review">', '<a href="/collections/review">'],
  [
    '<button id="new-collection">New collection</button>',
    '<button class="add-collection" aria-label="New collection">＋</button>',
  ],
  ['<button id="export-bib">Export</button>', '<button id="share-library">Share</button>'],
  ['<button id="find-duplicates">Find duplicates</button>', ''],
  ...REFS.map(
    () =>
      ['<button class="cite">Cite</button>', '<button class="copy-citation">Copy citation</button>'] as const,
  ),
  [
    '<label for="item-notes">Notes</label><textarea id="item-notes"></textarea>',
    '<h4>Notes</h4><div class="note-editor" contenteditable="true" aria-label="Notes"></div>',
  ],
]);

// ---------------------------------------------------------------- 21. HPC allocation request (rewrite)
const hpcV1 = `<header><span class="logo">ResearchComputing</span><nav><a href="/allocations">Allocations</a><a href="/usage">Usage</a><a href="/docs">Docs</a><a href="/tickets">Support tickets</a></nav></header>
<main><h1>Request compute allocation</h1>
<form id="alloc-form">
<label for="project-name">Project name</label><input id="project-name">
<label for="pi-email">PI email</label><input id="pi-email" type="email">
<label for="alloc-type">Allocation type</label><select id="alloc-type"><option>Startup (50k SU)</option><option>Research (up to 2M SU)</option><option>Classroom</option></select>
<label for="cpu-hours">CPU core-hours</label><input id="cpu-hours" type="number">
<label for="gpu-hours">GPU hours</label><input id="gpu-hours" type="number">
<label for="storage-tb">Project storage (TB)</label><input id="storage-tb" type="number">
<fieldset><legend>Resources</legend><label><input type="checkbox" name="res" value="cpu-cluster"> Polaris CPU cluster</label><label><input type="checkbox" name="res" value="gpu-a100"> A100 GPU partition</label><label><input type="checkbox" name="res" value="bigmem"> Large-memory nodes</label></fieldset>
<label for="software">Key software</label><input id="software" placeholder="e.g. GROMACS, PyTorch">
<label for="justification">Resource justification</label><textarea id="justification" rows="6"></textarea>
<label for="members">Project members (usernames, comma separated)</label><input id="members">
<label><input type="checkbox" id="export-control"> Project involves export-controlled data</label>
<div class="row"><button type="button" id="estimate-su">Estimate SUs</button><button type="submit" id="request-alloc">Submit request</button></div>
</form></main>`;
const hpcV2 = `<nav class="rc-nav row"><a class="brand" href="/">Research Computing</a><a href="/allocations">Projects</a><a href="/usage">Usage reports</a><a href="/docs">User guide</a><a href="/tickets">Help desk</a></nav>
<main class="grid">
<form class="alloc-request">
<h1>New allocation request</h1>
<section class="card"><h2>Project</h2><label for="title">Project title</label><input id="title" name="project_title"><label for="pi">Principal investigator</label><input id="pi" name="pi" placeholder="Name or email"><span>Tier</span><div class="row tier-options" role="radiogroup" aria-label="Tier"><label class="card"><input type="radio" name="tier" value="startup"> Startup</label><label class="card"><input type="radio" name="tier" value="research"> Research</label><label class="card"><input type="radio" name="tier" value="education"> Education</label></div></section>
<section class="card"><h2>Resources</h2><table class="resource-table"><tr><th>Resource</th><th>Request</th></tr><tr><td>CPU (core-hours)</td><td><input name="cpu_core_hours" type="number"></td></tr><tr><td>GPU (A100 hours)</td><td><input name="gpu_hours" type="number"></td></tr><tr><td>Large-memory (node-hours)</td><td><input name="bigmem_hours" type="number"></td></tr><tr><td>Project storage (TB)</td><td><input name="storage_tb" type="number"></td></tr></table></section>
<section class="card"><h2>Justification</h2><textarea name="justification" aria-label="Describe your computational plan" rows="6"></textarea><label for="team">Team members</label><div class="row"><input id="team" placeholder="Add username"><button type="button" class="add-member">Add</button></div><label><input type="checkbox" name="notify"> Email me when the request is reviewed</label></section>
<div class="row"><button type="submit" class="btn-primary">Request allocation</button><button type="button" class="btn-link">Save draft</button></div>
</form>
<aside class="card estimate"><h3>Estimated cost</h3><p class="su-total">0 SU</p><p class="muted">Updates as you type.</p></aside>
</main>`;

// ---------------------------------------------------------------- 22. Mouse colony cage card (edit)
const MICE: readonly (readonly [string, string, string, string])[] = [
  ['M-4471', 'M', '2024-10-02', 'het'],
  ['F-4489', 'F', '2024-10-19', 'het'],
  ['F-4490', 'F', '2024-10-19', 'wt'],
];
const colonyV1 = `<header><span class="logo">ColonyTrack</span><nav><a href="/cages" class="active">Cages</a><a href="/mice">Animals</a><a href="/matings">Breeding</a><a href="/protocols">IACUC protocols</a></nav></header>
<main><nav class="crumbs"><a href="/rooms/b214">Room B214</a> › <a href="/racks/7">Rack 7</a> › <span>Cage 7-C3</span></nav>
<div class="row"><h1>Cage 7-C3</h1><span class="badge">Breeding</span><button id="print-card">Print cage card</button><button id="move-cage">Move cage</button></div>
<dl class="cage-info"><dt>Strain</dt><dd>C57BL/6J-Trem2<sup>em1</sup></dd><dt>Protocol</dt><dd><a href="/protocols/2022-118" id="protocol-link">2022-118</a></dd><dt>Set up</dt><dd>2025-01-06</dd></dl>
<table id="occupants"><tr><th>Ear tag</th><th>Sex</th><th>DOB</th><th>Genotype</th><th></th></tr>
${MICE.map(([t, s, d, g]) => `<tr data-tag="${t}"><td>${t}</td><td>${s}</td><td>${d}</td><td>${g}</td><td><button class="genotype-btn">Genotype</button><button class="wean-btn">Transfer</button></td></tr>`).join('\n')}
</table>
<div class="row"><button id="add-litter">Record litter</button><button id="add-animal">Add animal</button><button id="euthanize">Record euthanasia</button></div>
<label for="cage-note">Husbandry note</label><textarea id="cage-note"></textarea><button id="save-note">Add note</button>
</main>`;
const colonyV2 = edit(colonyV1, [
  [
    '<button id="print-card">Print cage card</button>',
    '<button class="icon" aria-label="Print cage card">🖨</button>',
  ],
  ['<button id="move-cage">Move cage</button>', '<button id="relocate">Change location</button>'],
  [
    '<a href="/protocols/2022-118" id="protocol-link">2022-118</a>',
    '<a href="/protocols/2022-118" class="protocol">IACUC 2022-118</a>',
  ],
  ...MICE.map(
    () =>
      [
        '<button class="genotype-btn">Genotype</button>',
        '<button class="geno">Enter genotype</button>',
      ] as const,
  ),
  ...MICE.map(
    () =>
      [
        '<button class="wean-btn">Transfer</button>',
        '<button class="transfer">Move to cage…</button>',
      ] as const,
  ),
  [
    '<button id="add-litter">Record litter</button>',
    '<button id="new-litter" class="primary">Log litter</button>',
  ],
  [
    '<button id="euthanize">Record euthanasia</button>',
    '<button id="request-necropsy">Request necropsy</button>',
  ],
  [
    '<textarea id="cage-note"></textarea><button id="save-note">Add note</button>',
    '<textarea id="cage-note" placeholder="Notes save automatically"></textarea>',
  ],
]);

// ---------------------------------------------------------------- 23. Conference travel grant (rewrite)
const travelV1 = `<header><span class="logo">MLConf 2025</span><nav><a href="/register">Registration</a><a href="/travel-grants" class="active">Travel grants</a><a href="/visa">Visa letters</a></nav></header>
<main><h1>Travel grant application</h1>
<form id="tg-form">
<label for="tg-name">Full name</label><input id="tg-name">
<label for="tg-email">Institutional email</label><input id="tg-email" type="email">
<label for="career-stage">Career stage</label><select id="career-stage"><option>Undergraduate</option><option>Master's student</option><option>PhD student</option><option>Postdoc</option></select>
<label for="paper-id">Accepted paper ID (if any)</label><input id="paper-id">
<label for="country">Travelling from</label><select id="country"><option>Nigeria</option><option>India</option><option>Brazil</option><option>Other</option></select>
<label for="est-cost">Estimated travel cost (USD)</label><input id="est-cost" type="number">
<fieldset><legend>Also requesting</legend><label><input type="checkbox" id="need-registration"> Registration fee waiver</label><label><input type="checkbox" id="need-childcare"> Childcare support</label><label><input type="checkbox" id="need-visa"> Visa invitation letter</label></fieldset>
<label for="statement">Statement of need (max 300 words)</label><textarea id="statement" rows="5"></textarea>
<label for="advisor-email">Advisor email for reference</label><input id="advisor-email" type="email">
<label for="cv-upload">CV (PDF)</label><input type="file" id="cv-upload">
<div class="row"><button type="reset" id="clear-form">Clear form</button><button type="submit" id="apply-tg">Apply</button></div>
</form></main>`;
const travelV2 = `<nav class="conf-nav row"><a class="brand" href="/">MLConf 2025</a><a href="/register">Register</a><a href="/travel-grants" aria-current="page">Financial aid</a><a href="/visa">Visa support</a></nav>
<main><h1>Apply for financial aid</h1>
<form class="aid-form">
<section class="card"><h2>About you</h2><div class="grid"><div><label for="applicant-name">Name</label><input id="applicant-name" autocomplete="name"></div><div><label for="applicant-email">Email (institutional)</label><input id="applicant-email" type="email"></div></div><span>I am a…</span><div class="row stage" role="radiogroup" aria-label="Career stage"><label><input type="radio" name="stage" value="ug"> Undergraduate</label><label><input type="radio" name="stage" value="ms"> Master's</label><label><input type="radio" name="stage" value="phd"> PhD</label><label><input type="radio" name="stage" value="postdoc"> Postdoc</label></div><label for="home-country">Country of residence</label><input id="home-country" list="countries"><datalist id="countries"><option value="Nigeria"><option value="India"><option value="Brazil"></datalist></section>
<section class="card"><h2>Support needed</h2><label for="travel-budget">Travel budget (USD)</label><input id="travel-budget" type="number"><div class="checks"><label><input type="checkbox" name="waiver"> Waive my registration fee</label><label><input type="checkbox" name="childcare"> Childcare at the venue</label><label><input type="checkbox" name="accessibility"> Accessibility accommodations</label></div></section>
<section class="card"><h2>Statement</h2><textarea name="statement" aria-label="Why do you need support?" rows="5"></textarea><label for="recommender">Recommender email</label><input id="recommender" type="email"><label for="cv">Upload CV</label><input id="cv" type="file"></section>
<div class="row"><button type="submit" class="btn primary">Submit application</button></div>
</form></main>`;

// ---------------------------------------------------------------- 24. Researcher ID settings (edit)
const visSelect =
  '<select class="visibility"><option>Everyone</option><option>Trusted parties</option><option>Only me</option></select>';
const profileV1 = `<header><span class="logo">ScholarID</span><nav><a href="/record">My record</a><a href="/settings" class="active">Account settings</a><a href="/help">Help</a></nav><button id="signout">Sign out</button></header>
<div class="sidebar"><ul class="settings-nav"><li><a href="#profile" class="on">Profile</a></li><li><a href="#emails">Emails</a></li><li><a href="#trusted">Trusted organizations</a></li><li><a href="#security">Security</a></li></ul></div>
<main>
<section id="profile" class="card"><h3>Profile</h3><label for="given-names">Given names</label><input id="given-names" value="Amara"><label for="family-name">Family name</label><input id="family-name" value="Nwosu"><label for="published-name">Published name</label><input id="published-name" value="A. C. Nwosu"><label for="bio">Biography</label><textarea id="bio"></textarea></section>
<section id="emails" class="card"><h3>Emails</h3><table><tr><td>a.nwosu@uni.example</td><td><span class="badge">Primary</span></td><td>${visSelect}</td></tr><tr><td>amara.n@mail.example</td><td><button class="make-primary">Make primary</button></td><td>${visSelect}</td></tr></table><input id="new-email" type="email" placeholder="Add an email address"><button id="add-email">Add</button></section>
<section id="trusted" class="card"><h3>Trusted organizations</h3><ul><li>Crossref Metadata Search <button class="revoke">Revoke access</button></li><li>University Research Portal <button class="revoke">Revoke access</button></li></ul></section>
<section id="security" class="card"><h3>Security</h3><button id="change-password">Change password</button><label><input type="checkbox" id="enable-2fa"> Two-factor authentication</label><button id="download-data">Download my data</button><button id="deactivate">Deactivate account</button></section>
<div class="row"><button id="save-settings">Save changes</button></div>
</main>`;
const profileV2 = edit(profileV1, [
  [
    '<label for="published-name">Published name</label><input id="published-name"',
    '<label for="credit-name">Name as it appears on publications</label><input id="credit-name"',
  ],
  [
    '<label for="bio">Biography</label><textarea id="bio"></textarea>',
    '<label for="about">About me</label><textarea id="about" maxlength="5000"></textarea>',
  ],
  [
    '<button class="make-primary">Make primary</button>',
    '<button class="set-primary" aria-label="Set amara.n@mail.example as primary">☆</button>',
  ],
  [
    visSelect,
    '<select class="privacy" aria-label="Who can see this"><option>Everyone</option><option>Trusted parties</option><option>Only me</option></select>',
  ],
  [
    visSelect,
    '<select class="privacy" aria-label="Who can see this"><option>Everyone</option><option>Trusted parties</option><option>Only me</option></select>',
  ],
  ['<button class="revoke">Revoke access</button>', '<button class="remove-access">Remove</button>'],
  ['<button class="revoke">Revoke access</button>', '<button class="remove-access">Remove</button>'],
  [
    '<label><input type="checkbox" id="enable-2fa"> Two-factor authentication</label>',
    '<button id="setup-2fa">Set up two-factor authentication</button>',
  ],
  [
    '<button id="download-data">Download my data</button>',
    '<button id="manage-sessions">Active sessions</button>',
  ],
  [
    '<div class="row"><button id="save-settings">Save changes</button></div>',
    '<p class="muted">Changes are saved automatically.</p>',
  ],
]);

const t = (selector: string, expect: string | null, change: string) => ({ selector, expect, change });

export const BLIND31_PAIRS: readonly PagePair[] = [
  {
    name: 'eln-notebook-entry-b31',
    v1: page('Puromycin selection — LabArchive', elnEntryV1),
    v2: page('Puromycin selection · LabArchive', elnEntryV2),
    targets: [
      t('#entry-title', 'input[name="title"]', 'title input lost its id, now named field with aria-label'),
      t(
        '.toolbar .tb-table',
        'button[data-cmd="table"]',
        'text toolbar button became icon button with aria-label',
      ),
      t('#save-draft', '.entry-actions .save', '"Save draft" shortened to "Save", id dropped'),
      t('#sign-witness', '.entry-actions .sign', 'witness request reworded as countersignature'),
      t('#tag-input', '#entry-tags', 'tags field renamed to keywords'),
      t('tr:nth-child(3) .dl', 'li[data-file="gel_0312.tif"] a', 'attachment table became file list'),
      t('.tb-chem', null, 'chemical structure tool removed'),
      t('#export-pdf', null, 'export removed; a Duplicate button now sits in its slot'),
    ],
  },
  {
    name: 'eln-protocol-library-b31',
    v1: page('Protocols — ProtoBase', protoLibV1),
    v2: page('Protocols — ProtoBase', protoLibV2),
    targets: [
      t('#proto-search', '#protocol-query', 'search id renamed, placeholder reworded'),
      t('#filter-category', '#category-filter', 'category select became radio group'),
      t('#new-protocol', 'header .btn-primary', 'create button moved to header as a link'),
      t('tr[data-id="p-22"] .fork', 'tr[data-protocol="p-22"] .fork', 'row attribute renamed'),
      t('tr[data-id="p-40"] a', 'tr[data-protocol="p-40"] a', 'row attribute renamed'),
      t('.next', '.pg-next', 'pager text button became chevron with aria-label'),
      t('#mine-only', null, 'owner filter removed'),
      t('#print-protocol', null, 'print removed; share-link button in its place'),
    ],
  },
  {
    name: 'grant-budget-section-b31',
    v1: page('Budget — GrantGate', grantBudgetV1),
    v2: page('Budget period 1 — GrantGate', grantBudgetV2),
    targets: [
      t('.steps .current a', '[role="tab"][aria-selected="true"]', 'sidebar step list became top tabs'),
      t(
        'input[name="personnel[1][effort]"]',
        'input[name="staff.1.months"]',
        'effort percent became calendar months, grid rows',
      ),
      t('#add-personnel', '.add-member', 'reworded "Add team member"'),
      t('#indirect-rate', '#fa-rate', 'rate select became numeric input'),
      t('#save-continue', '.form-footer .btn-primary', 'reworded "Save and next"'),
      t('a.template-link', 'aside.help a', 'template link moved to help aside and reworded'),
      t('#add-equipment', null, 'equipment section removed'),
      t('#back-step', null, 'back removed; Save as draft occupies its slot'),
    ],
  },
  {
    name: 'grant-applicant-dashboard-b31',
    v1: page('My applications — GrantGate', grantDashV1),
    v2: page('My applications — GrantGate', grantDashV2),
    targets: [
      t('#notif-bell', 'button[aria-label^="Notifications"]', 'bell lost id, gained aria-label'),
      t('#profile-link', '.account a[href="/profile"]', 'profile link moved into account menu'),
      t('#start-new', 'main a.primary', 'reworded "New application", id dropped'),
      t(
        'a[href="?s=submitted"]',
        '[role="tablist"] button:nth-child(2)',
        'link tabs became ARIA tab buttons',
      ),
      t('#app-2310 .continue', '[data-app="2310"] .continue', 'card id moved to data attribute'),
      t('#app-2333 .invite', '[data-app="2333"] .share-access', 'invite reworded "Add collaborator"'),
      t('#app-2291 .withdraw', null, 'withdraw removed from cards; Duplicate in its place'),
      t('#subscribe-cal', null, 'calendar subscription removed'),
    ],
  },
  {
    name: 'telescope-target-list-b31',
    v1: page('Targets — ObsPortal', telescopeV1),
    v2: page('Targets — ObsPortal', telescopeV2),
    targets: [
      t('#name-resolve', 'input[name="object"]', 'name field moved into search form'),
      t('#resolve-btn', '.lookup', 'reworded "Look up"'),
      t('#import-csv', '.upload-list', 'reworded "Upload target list…"'),
      t(
        '#target-table tbody tr:nth-child(2) .exp',
        'tr[data-target="M87"] input[name="exptime"]',
        'exposure input renamed',
      ),
      t(
        '#target-table tbody tr:nth-child(3) .del',
        'tr[data-target="Abell 2199"] .remove',
        'text button became trash icon',
      ),
      t('#next-section', '.wizard-nav .primary', 'next-section button became "Continue" link'),
      t('#plot-visibility', null, 'bulk visibility plot removed; Copy to another proposal in its slot'),
      t('#etc-link', null, 'exposure time calculator link removed'),
    ],
  },
  {
    name: 'beamline-beamtime-request-b31',
    v1: page('Beamtime request — UserOffice', beamtimeV1),
    v2: page('Beamtime request — UserOffice', beamtimeV2),
    targets: [
      t('#beamline', '#station', 'beamline select id and label renamed'),
      t('#e-max', 'input[name="energy_max_kev"]', 'energy input wrapped in label, id dropped'),
      t('#shifts', '#hours', 'shifts became hours'),
      t('input[value="furnace"]', 'input[value="high-temp"]', 'furnace option value and wording changed'),
      t('#hazards', '#hazard-class', 'hazard radios became a select'),
      t('#submit-bt', 'button[type="submit"]', 'reworded "Submit to panel"'),
      t('#remote-access', null, 'remote access option removed'),
      t('#check-feasibility', null, 'feasibility check removed; Preview PDF in its slot'),
    ],
  },
  {
    name: 'survey-question-editor-b31',
    v1: page('Edit survey — FormLab', surveyEditorV1),
    v2: page('Edit survey — FormLab', surveyEditorV2),
    targets: [
      t('#survey-name', 'input.survey-title', 'title input restyled, id dropped'),
      t('#publish-btn', '[data-action="publish"]', 'reworded "Publish survey"'),
      t('button[data-type="likert"]', 'button[data-qtype="rating"]', 'Likert renamed "Rating scale"'),
      t('#q2 .dup', '[data-qid="q2"] button[aria-label="Copy question 2"]', 'duplicate became icon "Copy"'),
      t('#q-randomize', '#toggle-shuffle', 'randomize checkbox became shuffle switch'),
      t('#q-required', '#toggle-required', 'required checkbox became switch'),
      t('button[data-type="slider"]', null, 'slider type removed; Ranking takes its slot'),
      t('#apply-settings', null, 'settings now apply live; Apply removed'),
    ],
  },
  {
    name: 'survey-distribution-settings-b31',
    v1: page('Distribute — FormLab', surveyDistV1),
    v2: page('Distribute — FormLab', surveyDistV2),
    targets: [
      t('#copy-link', 'button[aria-label="Copy link to clipboard"]', 'copy became icon button'),
      t('#panel-select', '#recipient-list', 'contact list renamed recipients'),
      t('#email-subject', '#msg-subject', 'subject id renamed'),
      t('#send-invites', '#email-section .primary', 'reworded "Schedule send"'),
      t('#allow-back', 'input[name="backtrack"]', 'checkbox became switch with new wording'),
      t('#quota', '#response-limit', 'quota reworded as response limit'),
      t('#qr-code', null, 'QR code removed; Embed button in its slot'),
      t('#collect-ip', null, 'IP recording option removed'),
    ],
  },
  {
    name: 'biobank-specimen-catalog-b31',
    v1: page('Specimen catalog — BioRepo', biobankV1),
    v2: page('Browse specimens — BioRepo', biobankV2),
    targets: [
      t('#f-type', 'div[aria-label="Specimen type"]', 'type select became radio group'),
      t('#f-age-max', '#age-to', 'age range ids renamed'),
      t('#apply-filters', '.facet-bar button[type="submit"]', 'reworded "Search"'),
      t('#cart-link', 'a.cart', 'cart link became basket icon'),
      t(
        '#specimens tr:nth-child(4) .add-cart',
        '[data-specimen="BR-004601"] .request',
        'table row became card, "Request"',
      ),
      t('.next-page', 'a[rel="next"]', 'next link moved into numbered pagination'),
      t('#export-csv', null, 'export removed; Save this search in its slot'),
      t('#f-consent-genomic', null, 'genomic consent filter removed'),
    ],
  },
  {
    name: 'biobank-freezer-box-b31',
    v1: page('Box 14 — BioRepo LIMS', freezerV1),
    v2: page('Box 14 — BioRepo LIMS', freezerV2),
    targets: [
      t('#print-box-label', 'button[aria-label="Print label"]', 'text button became printer icon'),
      t('button[data-pos="C4"]', '[data-slot="C4"]', 'grid table became ARIA grid, attribute renamed'),
      t(
        '.box-grid tr:nth-child(3) td:nth-child(2) button',
        '[data-slot="B1"]',
        'positional cell in table now ARIA grid cell',
      ),
      t('#checkout-aliquot', '#withdraw-aliquot', 'reworded "Withdraw aliquot"'),
      t('#history-btn', '.audit-trail', 'history button became audit trail link in details'),
      t('#scan-input', 'header input[name="barcode"]', 'scan field moved to header'),
      t('#mark-depleted', null, 'mark depleted removed; Split aliquot in its slot'),
      t('.crumbs a[href="/storage/f3/r2"]', null, 'rack breadcrumb no longer a link'),
    ],
  },
  {
    name: 'journal-reviewer-assignment-b31',
    v1: page('Assign reviewers — EditorialHub', assignV1),
    v2: page('Reviewer candidates — EditorialHub', assignV2),
    targets: [
      t('#reviewer-search', 'input[name="reviewer_q"]', 'search moved above candidates'),
      t('#search-reviewers', '.find', 'reworded "Find"'),
      t(
        '#suggested tr:nth-child(3) .invite-btn',
        '[data-reviewer="ingrid-solberg"] .invite',
        'table row became card',
      ),
      t(
        '#suggested tr:nth-child(4) .conflict-btn',
        '[data-reviewer="arjun-rao"] .coi',
        'reworded "Conflict of interest"',
      ),
      t('#review-due', '#due-days', 'due select became radios'),
      t('#send-invitations', '.send', 'submit moved to settings card'),
      t('#add-new-reviewer', null, 'add reviewer removed; Filters button in its slot'),
      t('#cc-editor', null, 'CC option removed'),
    ],
  },
  {
    name: 'reviewer-report-form-b31',
    v1: page('Review JGR-2025-0193 — EditorialHub', reportV1),
    v2: page('Review JGR-2025-0193 — EditorialHub', reportV2),
    targets: [
      t('#recommendation', '#recommendation-select', 'radio fieldset became select'),
      t('select[name="r_methods"]', 'select[name="score_methodology"]', 'rating name changed'),
      t(
        '#ratings tr:nth-child(4) select',
        'select[name="score_presentation"]',
        'table id dropped; clarity renamed presentation',
      ),
      t('#comments-author', '#report-authors', 'comment box renamed'),
      t('#comments-editor', '#note-editor', 'confidential comments reworded'),
      t('#submit-review', '#review-form button[type="submit"]', 'reworded "Send to editor"'),
      t('#attach-annotated', null, 'annotated upload removed'),
      t('#reveal-identity', null, 'identity option removed; publish-report checkbox in its slot'),
    ],
  },
  {
    name: 'conference-paper-submission-b31',
    v1: page('New submission — ConfSubmit', confSubV1),
    v2: page('Submit a paper — ConfSubmit', confSubV2),
    targets: [
      t('#paper-title', '#sub-title', 'title id renamed'),
      t('#track', '#sub-area', 'track renamed research area'),
      t('#paper-type', '[role="radiogroup"][aria-label="Paper format"]', 'type select became radio group'),
      t('input[name="author_email_2"]', 'li[data-order="2"] input[type="email"]', 'author table became list'),
      t('#add-author', '.add-author-btn', 'reworded "+ Another author"'),
      t('#anon-confirm', 'input[name="anonymity"]', 'declaration reworded'),
      t('#keywords', null, 'keywords removed'),
      t('#supp-upload', null, 'supplementary upload removed; code link field in its slot'),
    ],
  },
  {
    name: 'conference-pc-bidding-b31',
    v1: page('Bidding — ConfSubmit', biddingV1),
    v2: page('Bidding — ConfSubmit', biddingV2),
    targets: [
      t('#bid-filter', 'input[name="paper_filter"]', 'filter became search input'),
      t('#only-unbid', '#hide-bid', 'checkbox reworded'),
      t('#bid-progress', 'progress.bid-meter', 'text counter became progress bar'),
      t('select[name="bid-131"]', '[data-bid-group="131"]', 'bid select became segmented radios'),
      t('#paper-118 .abs-toggle', '#paper-118 summary', 'abstract toggle became details summary'),
      t('#download-bids', 'a[download]', 'reworded "Export bids (CSV)"'),
      t('#save-bids', null, 'bids autosave; Review conflicts in its slot'),
      t('#reset-bids', null, 'reset removed'),
    ],
  },
  {
    name: 'dataset-record-landing-b31',
    v1: page('Hourly soil moisture — OpenData Repository', datasetV1),
    v2: page('Hourly soil moisture — OpenData', datasetV2),
    targets: [
      t(
        '.authors a:nth-child(2)',
        '.creators a[href="/people/chen"]',
        'creator search link became profile link',
      ),
      t('#doi-link', 'a.doi-badge', 'DOI link became badge'),
      t(
        '#files tr:nth-child(2) .file-dl',
        'li[data-name="sm_hourly.csv"] a',
        'files table became list with icon links',
      ),
      t('#download-all', '.files a.primary', 'download all moved above file list'),
      t('#cite-style', '[role="tablist"]', 'citation style select became tabs'),
      t('#copy-citation', '.copy-cite', 'reworded "Copy to clipboard"'),
      t('#files tr:nth-child(3) .file-preview', null, 'file previews removed'),
      t('#export-meta', null, 'metadata export removed; Follow updates in its slot'),
    ],
  },
  {
    name: 'dataset-deposit-metadata-b31',
    v1: page('New upload — OpenData Repository', depositV1),
    v2: page('New upload — OpenData Repository', depositV2),
    targets: [
      t('#browse-files', '.dropzone label', 'browse button became file label'),
      t('#resource-type', '#upload-type', 'select renamed and reworded'),
      t('input[name="creator_orcid"]', 'input[name="creator_identifier"]', 'ORCID field renamed'),
      t('#add-creator', '.add-person', 'reworded "Add another creator"'),
      t('input[value="embargoed"]', 'input[value="embargo"]', 'embargo radio value changed'),
      t('#publish-deposit', '[data-action="publish"]', 'reworded "Publish record"'),
      t('#related-doi', null, 'related DOI field removed'),
      t('#reserve-doi', null, 'reserve DOI removed; community checkbox in its slot'),
    ],
  },
  {
    name: 'core-facility-instrument-booking-b31',
    v1: page('Book instrument — CoreBook', bookingV1),
    v2: page('Reserve equipment — CoreBook', bookingV2),
    targets: [
      t('#instrument', '[role="radiogroup"][aria-label="Instrument"]', 'instrument select became radios'),
      t('#next-week', 'button[aria-label="Next week"]', 'text button became chevron'),
      t(
        'button[data-slot="wed-10"]',
        'button[data-start="2025-03-12T10:00"]',
        'week table became day columns',
      ),
      t('#duration', '#res-length', 'duration select became radios'),
      t('#project-code', '#account', 'cost centre field renamed'),
      t('#confirm-booking', 'button[value="confirm"]', 'reworded "Reserve"'),
      t('#assisted', null, 'assisted-session option removed'),
      t('#today-btn', null, 'Today removed; Pick date… in its slot'),
    ],
  },
  {
    name: 'irb-protocol-amendment-b31',
    v1: page('Amendment — EthicsOnline', irbV1),
    v2: page('Amendment — EthicsOnline', irbV2),
    targets: [
      t(
        'input[value="recruitment"]',
        'input[value="recruitment_materials"]',
        'checkbox value and wording changed',
      ),
      t('#summary', '#amendment-summary', 'summary id and label renamed'),
      t('#risk-change', 'fieldset.risk', 'risk select became radio fieldset'),
      t('#reconsent', 'input[name="reconsent_required"]', 'checkbox id dropped, reworded'),
      t(
        '#docs tr:nth-child(3) .replace-doc',
        '.doc-table tr:nth-child(3) .new-version',
        'table id dropped; reworded "Upload new version"',
      ),
      t('#submit-amend', '#amend-form button[type="submit"]', 'reworded "Submit amendment"'),
      t('#route-dept', null, 'department routing removed'),
      t('#pi-sign', null, 'typed attestation removed; date input in its slot'),
    ],
  },
  {
    name: 'preprint-moderation-queue-b31',
    v1: page('Moderation queue — xPreprints', moderationV1),
    v2: page('Incoming — xPreprints', moderationV2),
    targets: [
      t('#subject-filter', 'select[name="category"]', 'subject filter renamed category'),
      t('#status-filter', '[role="tablist"]', 'status select became tabs'),
      t(
        '#queue tr:nth-child(3) .approve',
        '[data-arxiv="2503.01130"] .accept',
        'table row became card; approve reworded accept',
      ),
      t(
        '#queue tr:nth-child(5) .reclass',
        '[data-arxiv="2503.01188"] .move-cat',
        'reworded "Change category"',
      ),
      t('#reason-select', '.reasons', 'reason select became radios'),
      t('#send-hold', '.hold-form .primary', 'reworded "Hold and email submitter"'),
      t('#refresh-queue', null, 'refresh removed; Search queue in its slot'),
      t('#cc-admins', null, 'CC admins option removed'),
    ],
  },
  {
    name: 'reference-manager-library-b31',
    v1: page('Library — CiteShelf', refmanV1),
    v2: page('Library — CiteShelf', refmanV2),
    targets: [
      t('#sync-btn', 'button[aria-label="Synchronize library"]', 'text button became icon'),
      t('#settings-link', 'a[href="/settings"]', 'settings link became gear icon'),
      t('a[href="/c/thesis"]', 'a[href="/collections/thesis"]', 'collection URLs changed'),
      t('#new-collection', '.add-collection', 'button became plus icon'),
      t('tr[data-key="li2023"] .cite', 'tr[data-key="li2023"] .copy-citation', 'reworded "Copy citation"'),
      t('#item-notes', '.note-editor', 'notes textarea became rich-text editor'),
      t('#find-duplicates', null, 'duplicate finder removed'),
      t('#export-bib', null, 'export removed; Share button in its slot'),
    ],
  },
  {
    name: 'hpc-allocation-request-b31',
    v1: page('Request allocation — Research Computing', hpcV1),
    v2: page('New allocation request — Research Computing', hpcV2),
    targets: [
      t('#project-name', 'input[name="project_title"]', 'reworded "Project title"'),
      t('#pi-email', '#pi', 'PI email became PI lookup'),
      t('#alloc-type', '.tier-options', 'type select became tier radio cards'),
      t('#gpu-hours', 'input[name="gpu_hours"]', 'moved into resources table'),
      t('#storage-tb', 'input[name="storage_tb"]', 'moved into resources table'),
      t('#request-alloc', 'button.btn-primary', 'reworded "Request allocation"'),
      t('#software', null, 'software field removed'),
      t('#export-control', null, 'export-control checkbox removed; notify checkbox in its slot'),
    ],
  },
  {
    name: 'mouse-colony-cage-card-b31',
    v1: page('Cage 7-C3 — ColonyTrack', colonyV1),
    v2: page('Cage 7-C3 — ColonyTrack', colonyV2),
    targets: [
      t('#print-card', 'button[aria-label="Print cage card"]', 'text button became printer icon'),
      t('#move-cage', '#relocate', 'reworded "Change location"'),
      t('#protocol-link', 'dd a.protocol', 'id dropped, text prefixed'),
      t('tr[data-tag="F-4489"] .genotype-btn', 'tr[data-tag="F-4489"] .geno', 'reworded "Enter genotype"'),
      t('tr[data-tag="F-4490"] .wean-btn', 'tr[data-tag="F-4490"] .transfer', 'reworded "Move to cage…"'),
      t('#add-litter', '#new-litter', 'reworded "Log litter"'),
      t('#euthanize', null, 'euthanasia action removed; Request necropsy in its slot'),
      t('#save-note', null, 'notes autosave; button removed'),
    ],
  },
  {
    name: 'conference-travel-grant-b31',
    v1: page('Travel grants — MLConf 2025', travelV1),
    v2: page('Financial aid — MLConf 2025', travelV2),
    targets: [
      t('#tg-email', '#applicant-email', 'email id renamed'),
      t('#career-stage', '.stage', 'stage select became radios'),
      t('#country', '#home-country', 'country select became autocomplete input'),
      t('#need-childcare', 'input[name="childcare"]', 'checkbox reworded'),
      t('#statement', 'textarea[name="statement"]', 'statement textarea lost id'),
      t('#apply-tg', '.aid-form button[type="submit"]', 'reworded "Submit application"'),
      t('#paper-id', null, 'paper ID field removed'),
      t('#need-visa', null, 'visa checkbox removed; accessibility checkbox in its slot'),
    ],
  },
  {
    name: 'researcher-id-account-settings-b31',
    v1: page('Account settings — ScholarID', profileV1),
    v2: page('Account settings — ScholarID', profileV2),
    targets: [
      t('#published-name', '#credit-name', 'published name reworded'),
      t('#bio', '#about', 'biography renamed "About me"'),
      t('.make-primary', '.set-primary', 'text button became star icon'),
      t(
        '#emails tr:nth-child(2) .visibility',
        '#emails tr:nth-child(2) .privacy',
        'visibility select class renamed',
      ),
      t('#trusted li:nth-child(2) .revoke', '#trusted li:nth-child(2) .remove-access', 'reworded "Remove"'),
      t('#enable-2fa', '#setup-2fa', '2FA checkbox became setup button'),
      t('#download-data', null, 'data download removed; Active sessions in its slot'),
      t('#save-settings', null, 'autosave; save button removed'),
    ],
  },
];
