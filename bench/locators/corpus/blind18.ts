/**
 * Blind corpus 18, sealed: written without looking at the matcher.
 * Domains: apiary inspections, seismic station service, greenhouse climate, ham radio contest logging, timber cruising, bird point counts, lockout/tagout, dog licensing, snow plow routes, cryo-EM booking, radiosonde launches, pest control visits, pottery kilns, aquarium water tests, textile dye house, archaeological excavation, passport counters, welding procedures, feedlot bunk calls, climbing gym route setting, race timing, geocaching, glucose logbook, avalanche observations.
 */
import { edit, type PagePair, page } from './page.js';

const PHONE = `body{max-width:400px;margin:0 auto;background:#fafafa}main{padding:12px}
.app-bar{display:flex;justify-content:space-between;align-items:center;padding:8px 12px;background:#234;color:#fff}
.app-bar h1{font-size:17px;margin:0}.icon-btn{background:none;border:0;color:inherit;font-size:20px;min-width:32px;min-height:32px}
.tabbar{position:sticky;bottom:0;display:flex;justify-content:space-around;background:#fff;border-top:1px solid #ddd;padding:8px}
fieldset{border:1px solid #ddd;margin:8px 0;display:flex;flex-direction:column;gap:6px}
.fab{position:fixed;right:16px;bottom:64px;width:52px;height:52px;border-radius:26px;background:#1a7f5a;color:#fff;font-size:24px;border:0}
.chip{display:inline-block;border:1px solid #aaa;border-radius:14px;padding:4px 10px;background:#fff}
.chip[aria-pressed="true"]{background:#1a7f5a;color:#fff}
.switch{border:1px solid #888;border-radius:12px;padding:4px 10px;background:#fff}
.switch[aria-checked="true"]{background:#1a7f5a;color:#fff}`;

// 1. Apiary: hive inspection on a phone
const apiaryV1 = page(
  'Hive 14 inspection',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Hive 14 · Orchard Yard</h1><button class="icon-btn" aria-label="Hive menu">⋮</button></header>
<main>
<div class="row"><span class="badge" id="queen-status">Queen right</span><span class="muted">Last inspected 12 May 2024</span></div>
<form id="inspection-form">
<fieldset><legend>Colony</legend>
<label>Frames of bees <input type="number" name="frames_bees" value="8"></label>
<label>Frames of brood <input type="number" name="frames_brood" value="5"></label>
<label><input type="checkbox" name="eggs_seen" checked> Eggs seen</label>
<label><input type="checkbox" name="queen_seen"> Queen seen</label>
<label><input type="checkbox" name="queen_cells"> Queen cells present</label>
<label>Temperament <select name="temperament"><option>Calm</option><option>Nervous</option><option>Aggressive</option></select></label>
</fieldset>
<fieldset><legend>Stores &amp; health</legend>
<label>Honey stores <select name="stores"><option>Low</option><option selected>Adequate</option><option>Heavy</option></select></label>
<label>Varroa count (48h board) <input type="number" name="varroa_count" value="12"></label>
<label><input type="checkbox" name="chalkbrood"> Chalkbrood</label>
<label><input type="checkbox" name="dwv"> Deformed wings</label>
</fieldset>
<fieldset><legend>Actions taken</legend>
<label><input type="checkbox" name="added_super"> Added super</label>
<label><input type="checkbox" name="fed_syrup"> Fed syrup</label>
<label>Treatment <select name="treatment"><option>None</option><option>Oxalic acid</option><option>Formic (MAQS)</option><option>Apivar</option></select></label>
<label>Notes <textarea name="notes" rows="3">Brood pattern spotty on frame 4.</textarea></label>
</fieldset>
<div class="row"><button type="button" id="btn-photo">Add photo</button><button type="button" id="btn-draft">Save draft</button><button type="submit" id="btn-save-inspection">Save inspection</button></div>
</form>
<section class="card"><h2>Previous inspections</h2><ul class="history">
<li><a href="/hives/14/inspections/221">12 May — 7 frames, treated</a></li>
<li><a href="/hives/14/inspections/208">28 Apr — 6 frames</a></li>
<li><a href="/hives/14/inspections/190">14 Apr — 5 frames, fed</a></li>
</ul></section>
</main>
<nav class="tabbar"><a href="/yards">Yards</a><a href="/hives" class="active">Hives</a><a href="/tasks">Tasks</a><a href="/harvest">Harvest</a></nav>`,
  PHONE,
);
const apiaryV2 = edit(apiaryV1, [
  [
    '<button class="icon-btn" aria-label="Hive menu">⋮</button></header>',
    '<div class="row"><button class="icon-btn" aria-label="More options">⋮</button><button class="icon-btn done" id="done-btn" form="inspection-form" type="submit">Done</button></div></header>',
  ],
  [
    '<span class="badge" id="queen-status">Queen right</span>',
    '<span class="badge badge--ok" data-testid="queen-state">👑 Queenright</span>',
  ],
  [
    '<label>Frames of bees <input type="number" name="frames_bees" value="8"></label>',
    '<label>Bee frames <input type="number" inputmode="numeric" name="colony.framesBees" value="8"></label>',
  ],
  [
    '<label>Frames of brood <input type="number" name="frames_brood" value="5"></label>',
    '<label>Brood frames <input type="number" inputmode="numeric" name="colony.framesBrood" value="5"></label>',
  ],
  [
    '<label><input type="checkbox" name="queen_seen"> Queen seen</label>',
    '<div class="row"><span>Queen spotted</span><button type="button" class="switch" role="switch" aria-checked="false" id="sw-queen" aria-label="Queen spotted">Off</button></div>',
  ],
  [
    '<label>Varroa count (48h board) <input type="number" name="varroa_count" value="12"></label>',
    '<label>Mite drop (48 h) <input type="number" inputmode="numeric" name="miteDrop" value="12"></label>',
  ],
  [
    '<label><input type="checkbox" name="chalkbrood"> Chalkbrood</label>',
    '<label><input type="checkbox" name="sacbrood"> Sacbrood</label>',
  ],
  [
    '<div class="row"><button type="button" id="btn-photo">Add photo</button><button type="button" id="btn-draft">Save draft</button><button type="submit" id="btn-save-inspection">Save inspection</button></div>',
    '<div class="row"><button type="button" id="btn-photo">📷 Photo</button><span class="muted">Changes are saved automatically</span></div>',
  ],
]);

// 2. Seismic network: field service visit
const seismicV1 = page(
  'Service visit BKR3',
  `<header><strong>SeisNet Field Ops</strong><nav><a href="/stations">Stations</a><a href="/visits" class="active">Visits</a><a href="/inventory">Inventory</a><a href="/telemetry">Telemetry</a></nav><span class="user">R. Okafor</span></header>
<main>
<h1>Service visit — Station BKR3 (Baker Ridge)</h1>
<p class="muted">Network XN · Lat 46.8512 Lon -121.7603 · Elev 1,842 m</p>
<div class="grid">
<section class="card"><h2>Visit</h2>
<form id="visit">
<label>Visit date <input type="date" id="visit-date" value="2024-06-18"></label>
<label>Technician <select id="tech"><option>R. Okafor</option><option>L. Brandt</option><option>M. Yazzie</option></select></label>
<label>Reason <select id="reason"><option>Scheduled maintenance</option><option>Data outage</option><option>Battery failure</option><option>Vandalism</option></select></label>
<label>Battery voltage (V) <input id="batt-v" type="number" step="0.1" value="12.6"></label>
<label>Vault temperature (°C) <input id="vault-temp" type="number" value="4.5"></label>
<label><input type="checkbox" id="gps-ok" checked> GPS lock verified</label>
<label><input type="checkbox" id="mass-center"> Mass re-centred</label>
</form></section>
<section class="card"><h2>Channels</h2>
<table class="channels"><thead><tr><th>Channel</th><th>Sensor</th><th>Gain</th><th>Latency</th><th>Status</th></tr></thead><tbody>
<tr><td>HHZ</td><td>Trillium 120</td><td>1</td><td>2.1 s</td><td><span class="st ok">OK</span></td></tr>
<tr><td>HHN</td><td>Trillium 120</td><td>1</td><td>2.1 s</td><td><span class="st ok">OK</span></td></tr>
<tr><td>HHE</td><td>Trillium 120</td><td>1</td><td>48.0 s</td><td><span class="st warn">Lagging</span></td></tr>
<tr><td>HNZ</td><td>Episensor</td><td>1</td><td>—</td><td><span class="st bad">Dead</span></td></tr>
</tbody></table>
<button class="btn-secondary" id="run-calib">Run calibration pulse</button>
</section>
</div>
<section class="card"><h2>Parts used</h2>
<div class="row"><input id="part-search" placeholder="Search part no."><button id="add-part">Add part</button></div>
<ul id="parts"><li>Deep-cycle battery 100Ah × 1 <button class="link remove">Remove</button></li><li>Cable gland M20 × 2 <button class="link remove">Remove</button></li></ul>
</section>
<label>Field notes <textarea id="field-notes" rows="4">Snow load on solar panel; cleared. HNZ connector corroded.</textarea></label>
<div class="row actions"><button id="cancel-visit">Cancel</button><button id="submit-visit" class="primary">Submit visit report</button></div>
</main>
<footer>SeisNet Field Ops 4.2 · Data centre sync 09:14 UTC</footer>`,
);
const seismicV2 = edit(seismicV1, [
  [
    '<label>Battery voltage (V) <input id="batt-v" type="number" step="0.1" value="12.6"></label>',
    '<label>Battery (V) <input id="battery-voltage" type="number" step="0.1" value="12.6"></label>',
  ],
  [
    '<label>Vault temperature (°C) <input id="vault-temp" type="number" value="4.5"></label>',
    '<label>Enclosure humidity (%) <input id="enclosure-rh" type="number" value="62"></label>',
  ],
  [
    '<label><input type="checkbox" id="mass-center"> Mass re-centred</label>',
    '<div class="row"><span>Masses centred</span><button type="button" role="switch" aria-checked="false" data-testid="toggle-mass-recenter">No</button></div>',
  ],
  [
    '<section class="card"><h2>Channels</h2>\n<table class="channels">',
    '<section class="card"><div class="row" id="channels-toolbar"><h2>Channels</h2><button class="cal-btn" title="Send calibration pulse">⚡ Calibrate</button><button class="refresh-btn">Refresh</button></div>\n<table class="channels">',
  ],
  ['<span class="st bad">Dead</span>', '<span class="pill pill-danger">No data</span>'],
  ['<button class="btn-secondary" id="run-calib">Run calibration pulse</button>\n', ''],
  [
    '<input id="part-search" placeholder="Search part no."><button id="add-part">Add part</button>',
    '<input id="part-search" placeholder="Part no. or description"><button id="parts-add" aria-label="Add part to visit">＋ Part</button>',
  ],
  [
    '<button id="cancel-visit">Cancel</button><button id="submit-visit" class="primary">Submit visit report</button>',
    '<button id="save-draft-visit">Save as draft</button><button id="btn-submit-report" class="primary">Submit report</button>',
  ],
]);

// 3. Greenhouse climate control: zones table becomes cards
const greenhouseV1 = page(
  'Climate · Range 2',
  `<header><strong>AgroClima</strong><nav><a href="/overview">Overview</a><a href="/zones" class="active">Zones</a><a href="/irrigation-log">Fertigation</a><a href="/energy">Energy</a><a href="/reports">Reports</a></nav><span>Westland Growers · Range 2</span></header>
<main>
<h1>Climate zones</h1>
<table id="zones"><thead><tr><th>Zone</th><th>Crop</th><th>Air °C</th><th>RH %</th><th>CO₂ ppm</th><th>Vents</th><th></th></tr></thead><tbody>
<tr data-zone="A"><td>A</td><td>Tomato ‘Merlice’</td><td>21.4</td><td>78</td><td>820</td><td>12%</td><td><button class="edit-zone">Edit</button></td></tr>
<tr data-zone="B"><td>B</td><td>Cucumber ‘Proloog’</td><td>23.1</td><td>84</td><td>790</td><td>20%</td><td><button class="edit-zone">Edit</button></td></tr>
<tr data-zone="C"><td>C</td><td>Sweet pepper ‘Gialte’</td><td>20.8</td><td>72</td><td>805</td><td>8%</td><td><button class="edit-zone">Edit</button></td></tr>
<tr data-zone="D"><td>D</td><td>Propagation</td><td>24.0</td><td>90</td><td>600</td><td>0%</td><td><button class="edit-zone">Edit</button></td></tr>
</tbody></table>
<div class="grid">
<section class="card" id="setpoints"><h2>Setpoints — Zone B</h2>
<form>
<label>Day temperature (°C) <input id="sp-day" type="number" value="22.5"></label>
<label>Night temperature (°C) <input id="sp-night" type="number" value="19.0"></label>
<label>Max humidity (%) <input id="sp-rh" type="number" value="85"></label>
<label>CO₂ target (ppm) <input id="sp-co2" type="number" value="800"></label>
<label><input type="checkbox" id="misting" checked> Misting enabled</label>
<label>Shade screen <select id="shade"><option>Auto (radiation)</option><option>Closed</option><option>Open</option></select></label>
<button type="button" class="primary">Apply setpoints</button>
</form></section>
<section class="card"><h2>Active alarms</h2>
<ul class="alarms"><li>Zone B: RH above 85% for 20 min <button class="ack">Acknowledge</button></li><li>Boiler 2: flue temperature high <button class="ack">Acknowledge</button></li></ul>
<button id="ack-all">Acknowledge all</button>
</section>
</div>
</main>`,
);
const greenhouseV2 = page(
  'Climate · Range 2',
  `<header><strong>AgroClima</strong><nav><a href="/overview">Overview</a><a href="/zones" class="active">Climate</a><a href="/irrigation-log">Fertigation</a><a href="/energy">Energy</a><a href="/reports">Reports</a></nav><span>Westland Growers · Range 2</span></header>
<main>
<h1>Climate zones</h1>
<div class="grid3 zone-cards">
<article class="card" data-zone-id="A"><h3>Zone A</h3><p>Tomato ‘Merlice’</p><p>21.4 °C · 78% RH · 820 ppm</p><p class="muted">Vents 12%</p><a href="#zone-A" class="adjust-link">Adjust</a></article>
<article class="card" data-zone-id="B"><h3>Zone B</h3><p>Cucumber ‘Proloog’</p><p>23.1 °C · 84% RH · 790 ppm</p><p class="muted">Vents 20%</p><a href="#zone-B" class="adjust-link">Adjust</a></article>
<article class="card" data-zone-id="C"><h3>Zone C</h3><p>Sweet pepper ‘Gialte’</p><p>20.8 °C · 72% RH · 805 ppm</p><p class="muted">Vents 8%</p><a href="#zone-C" class="adjust-link">Adjust</a></article>
<article class="card" data-zone-id="D"><h3>Zone D</h3><p>Propagation</p><p>24.0 °C · 90% RH · 600 ppm</p><p class="muted">Vents 0%</p><a href="#zone-D" class="adjust-link">Adjust</a></article>
</div>
<div class="grid">
<section class="card" id="zone-panel"><h2>Zone B · targets</h2>
<form>
<label>Day °C <input name="setpoints.dayTemp" type="number" value="22.5"></label>
<label>Night °C <input name="setpoints.nightTemp" type="number" value="19.0"></label>
<label>Humidity ceiling (%) <input name="setpoints.rhMax" type="number" value="85"></label>
<label>Vent opening limit (%) <input name="setpoints.ventMax" type="number" value="40"></label>
<div class="row"><span>Misting</span><button type="button" role="switch" aria-checked="true" aria-label="Misting">On</button></div>
<button type="button" id="apply-btn" class="primary">Apply</button>
</form></section>
<section class="card"><h2>Screens</h2>
<label>Shade screen mode <select name="shadeScreen"><option>Auto (radiation)</option><option>Closed</option><option>Open</option></select></label>
<label>Energy screen mode <select name="energyScreen"><option>Auto (outside temp)</option><option>Closed</option><option>Open</option></select></label>
</section>
</div>
<section class="card"><h2 id="alerts-heading">Alerts (2)</h2>
<ul class="alarms"><li>Zone B: RH above 85% for 20 min <button class="ack">Acknowledge</button></li><li>Boiler 2: flue temperature high <button class="ack">Acknowledge</button></li></ul>
</section>
</main>`,
);

// 4. Ham radio contest logger
const hamV1 = page(
  'Field Day log — W7QRP',
  `<header><strong>QSOlog</strong><span>ARRL Field Day 2024 · W7QRP · 2A WWA</span><nav><a href="/log" class="active">Log</a><a href="/spots">Spots</a><a href="/stats">Stats</a><a href="/setup">Setup</a></nav></header>
<main>
<section class="card entry"><h2>New contact</h2>
<div class="row">
<label>Call <input id="call" name="call" autocomplete="off" value="K6XYZ"></label>
<label>RST sent <input name="rst_s" value="59" size="3"></label>
<label>RST rcvd <input name="rst_r" value="59" size="3"></label>
<label>Exchange <input id="exch" value="1D SDG"></label>
</div>
<div class="row">
<label>Band <select id="band"><option>160</option><option>80</option><option>40</option><option selected>20</option><option>15</option><option>10</option></select></label>
<label>Mode <select id="mode"><option>CW</option><option selected>SSB</option><option>FT8</option></select></label>
<span class="badge dupe-check">Not a dupe</span>
<button id="wipe">Wipe</button>
<button class="primary">Log QSO</button>
</div>
</section>
<div class="grid">
<section class="card"><h2>Recent contacts</h2>
<table id="recent"><thead><tr><th>UTC</th><th>Call</th><th>Band</th><th>Mode</th><th>Exch</th></tr></thead><tbody>
<tr><td>19:42</td><td>N0AX</td><td>20</td><td>SSB</td><td>3A MN</td></tr>
<tr><td>19:40</td><td>VE3RZ</td><td>20</td><td>SSB</td><td>1E ON</td></tr>
<tr><td>19:37</td><td>W1AW</td><td>20</td><td>SSB</td><td>2F CT</td></tr>
</tbody></table>
<p>Rate: <strong>84/hr</strong> · Total 612 QSOs · 1,224 pts</p>
<button id="export-cabrillo">Export Cabrillo</button>
</section>
<section class="card"><h2>Cluster spots</h2>
<table id="spots"><tbody>
<tr data-call="DL1ABC"><td>14.205</td><td>DL1ABC</td><td>CQ FD</td><td><button class="work-btn">Work</button></td></tr>
<tr data-call="JA1NUT"><td>14.231</td><td>JA1NUT</td><td>599</td><td><button class="work-btn">Work</button></td></tr>
<tr data-call="KH6LC"><td>21.300</td><td>KH6LC</td><td>strong</td><td><button class="work-btn">Work</button></td></tr>
</tbody></table>
</section>
</div>
</main>`,
);
const hamV2 = page(
  'Field Day log — W7QRP',
  `<header><strong>QSOlog</strong><span>ARRL Field Day 2024 · W7QRP · 2A WWA</span><nav><a href="/log" class="active">Log</a><a href="/spots">Spots</a><a href="/stats">Stats</a><a href="/setup">Setup</a></nav></header>
<main>
<form class="card entry-bar" data-testid="qso-entry"><div class="row entry-tools"><strong>Entry</strong><span class="badge dupe-check">✓ new</span><button type="button" title="Clear (Esc)" class="icon">⌫</button></div>
<div class="row">
<label>Callsign <input id="qso-call" name="callsign" autocomplete="off" value="K6XYZ"></label>
<label>Sent <input name="rstSent" value="59" size="3"></label>
<label>Serial <input name="serial" value="613" size="4"></label>
<label>Exch. <input data-testid="exchange-input" value="1D SDG"></label>
</div>
<div class="row">
<label>Band <select name="band"><option>160</option><option>80</option><option>40</option><option selected>20</option><option>15</option><option>10</option></select></label>
<label>Mode <select name="mode"><option>CW</option><option selected>SSB</option><option>FT8</option></select></label>
<button type="submit" class="primary">Log (Enter)</button>
</div>
</form>
<div class="grid">
<section class="card"><h2>Last 3</h2>
<table id="recent"><thead><tr><th>UTC</th><th>Call</th><th>Band</th><th>Mode</th><th>Exch</th></tr></thead><tbody>
<tr><td>19:42</td><td>N0AX</td><td>20</td><td>SSB</td><td>3A MN</td></tr>
<tr><td>19:40</td><td>VE3RZ</td><td>20</td><td>SSB</td><td>1E ON</td></tr>
<tr><td>19:37</td><td>W1AW</td><td>20</td><td>SSB</td><td>2F CT</td></tr>
</tbody></table>
<p>Rate: <strong>84/hr</strong> · Total 612 QSOs · 1,224 pts</p>
</section>
<section class="card"><h2>Spots</h2>
<ul class="spot-list">
<li data-spot="DL1ABC"><strong>DL1ABC</strong> 14.205 <span class="muted">CQ FD</span> <button>Tune &amp; work</button></li>
<li data-spot="JA1NUT"><strong>JA1NUT</strong> 14.231 <span class="muted">599</span> <button>Tune &amp; work</button></li>
<li data-spot="KH6LC"><strong>KH6LC</strong> 21.300 <span class="muted">strong</span> <button>Tune &amp; work</button></li>
</ul>
</section>
</div>
</main>`,
);

// 5. Timber cruise: plot tally on a phone
const cruiseV1 = page(
  'Cruise · Stand 22-B',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Stand 22-B · Plot 7 of 30</h1><button class="icon-btn" id="gps-fix" title="Get GPS fix">⌖</button></header>
<main>
<section class="card plot-header">
<label>Plot # <input id="plot-no" type="number" value="7"></label>
<label>BAF <select id="baf"><option>10</option><option selected>20</option><option>40</option></select></label>
<label>Slope (%) <input id="slope" type="number" value="18"></label>
<p class="muted">GPS: 44.0521, -123.0868 ± 4 m</p>
</section>
<h2>Trees (3)</h2>
<div class="tree-list">
<div class="tree card" id="tree-1"><strong>#1</strong>
<label>Species <select name="species"><option selected>DF Douglas-fir</option><option>WH Western hemlock</option><option>RA Red alder</option></select></label>
<label>DBH (in) <input name="dbh" type="number" value="22.4"></label><label>Height (ft) <input name="ht" type="number" value="118"></label>
<button class="remove">Remove</button></div>
<div class="tree card" id="tree-2"><strong>#2</strong>
<label>Species <select name="species"><option>DF Douglas-fir</option><option selected>WH Western hemlock</option><option>RA Red alder</option></select></label>
<label>DBH (in) <input name="dbh" type="number" value="14.1"></label><label>Height (ft) <input name="ht" type="number" value="92"></label>
<button class="remove">Remove</button></div>
<div class="tree card" id="tree-3"><strong>#3</strong>
<label>Species <select name="species"><option>DF Douglas-fir</option><option>WH Western hemlock</option><option selected>RA Red alder</option></select></label>
<label>DBH (in) <input name="dbh" type="number" value="9.8"></label><label>Height (ft) <input name="ht" type="number" value="64"></label>
<button class="remove">Remove</button></div>
</div>
<button id="add-tree">Add tree</button>
<div class="row"><button id="skip-plot">Skip plot</button><button id="next-plot" class="primary">Next plot →</button></div>
</main>
<nav class="tabbar"><a href="/cruise/map">Map</a><a href="/cruise/plots" class="active">Plots</a><a href="/cruise/summary">Summary</a><a href="/cruise/sync">Sync</a></nav>`,
  PHONE,
);
const cruiseV2 = page(
  'Cruise · Stand 22-B',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>22-B · Plot 7/30</h1><button class="icon-btn" aria-label="Capture GPS">📍</button></header>
<main>
<section class="card plot-header">
<div class="row"><label>Plot <input name="plotNumber" type="number" value="7"></label>
<fieldset class="baf"><legend>BAF</legend><label><input type="radio" name="baf" value="10"> 10</label><label><input type="radio" name="baf" value="20" checked> 20</label><label><input type="radio" name="baf" value="40"> 40</label></fieldset></div>
<p class="muted">Slope 18% (from DEM) · 44.0521, -123.0868 ± 4 m</p>
<button class="chip" id="flag-plot">⚑ Flag plot</button>
</section>
<h2>Tally · 3 trees</h2>
<ul class="trees">
<li class="card" data-tree="1"><div class="row"><strong>1</strong><select name="sp" aria-label="Species"><option selected>DF</option><option>WH</option><option>RA</option></select>
<input name="dbh_in" type="number" aria-label="DBH" value="22.4"><input name="ht_ft" type="number" aria-label="Height" value="118">
<button class="icon-btn" aria-label="Delete tree 1">🗑</button></div></li>
<li class="card" data-tree="2"><div class="row"><strong>2</strong><select name="sp" aria-label="Species"><option>DF</option><option selected>WH</option><option>RA</option></select>
<input name="dbh_in" type="number" aria-label="DBH" value="14.1"><input name="ht_ft" type="number" aria-label="Height" value="92">
<button class="icon-btn" aria-label="Delete tree 2">🗑</button></div></li>
<li class="card" data-tree="3"><div class="row"><strong>3</strong><select name="sp" aria-label="Species"><option>DF</option><option>WH</option><option selected>RA</option></select>
<input name="dbh_in" type="number" aria-label="DBH" value="9.8"><input name="ht_ft" type="number" aria-label="Height" value="64">
<button class="icon-btn" aria-label="Delete tree 3">🗑</button></div></li>
</ul>
<button class="primary" id="next-plot-btn">Save &amp; next</button>
</main>
<button class="fab" aria-label="New tree record">＋</button>
<nav class="tabbar"><a href="/cruise/map">Map</a><a href="/cruise/plots" class="active">Plots</a><a href="/cruise/summary">Summary</a><a href="/cruise/sync">Sync</a></nav>`,
  PHONE,
);

// 6. Bird point count survey on a phone
const birdV1 = page(
  'Point count',
  `<header class="app-bar"><h1>Point count</h1><span class="timer-display">07:42</span></header>
<main>
<section class="card">
<label>Observer <input id="observer" value="T. Lindqvist" readonly></label>
<label>Point ID <input id="point-id" value="BBS-114-23"></label>
<label>Start time <input type="time" id="start" value="06:12"></label>
<label>Wind (Beaufort) <select name="wind"><option>0 Calm</option><option selected>1 Light air</option><option>2 Light breeze</option><option>3 Gentle breeze</option></select></label>
<label>Noise <select name="noise"><option>0 None</option><option selected>1 Slight</option><option>2 Moderate</option><option>3 Loud</option></select></label>
</section>
<section class="card">
<input id="species-search" placeholder="Search species">
<ul class="tally">
<li data-species="AMRO"><span>American Robin</span> <button class="dec">−</button> <b>3</b> <button class="inc">+</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
<li data-species="NOCA"><span>Northern Cardinal</span> <button class="dec">−</button> <b>2</b> <button class="inc">+</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
<li data-species="REVI"><span>Red-eyed Vireo</span> <button class="dec">−</button> <b>1</b> <button class="inc">+</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
<li data-species="SOSP"><span>Song Sparrow</span> <button class="dec">−</button> <b>4</b> <button class="inc">+</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
</ul>
</section>
<div class="row"><button id="pause-count">Pause</button><button id="end-count" class="primary">End count</button></div>
</main>
<nav class="tabbar"><a href="/route">Route</a><a href="/count" class="active">Count</a><a href="/checklists">Checklists</a></nav>`,
  PHONE,
);
const birdV2 = page(
  'Point count',
  `<header class="app-bar"><h1>Point count</h1><span id="countdown" role="timer">07:42</span></header>
<main>
<section class="card">
<label>Observer <input id="observer" value="T. Lindqvist" readonly></label>
<label>Point <input name="pointCode" value="BBS-114-23"></label>
<label>Start <input type="time" name="startTime" value="06:12"></label>
<label>Wind (Bft) <input type="range" name="windBft" min="0" max="6" value="1"> <output>1</output></label>
<label>Sky cover <select name="sky"><option>Clear</option><option selected>Partly cloudy</option><option>Overcast</option><option>Fog</option></select></label>
</section>
<section class="card">
<input type="search" placeholder="Add species…" aria-label="Add species">
<ul class="tally">
<li data-code="AMRO"><span>American Robin</span> <b>3</b> <button aria-label="Add one American Robin">＋1</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
<li data-code="NOCA"><span>Northern Cardinal</span> <b>2</b> <button aria-label="Add one Northern Cardinal">＋1</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
<li data-code="REVI"><span>Red-eyed Vireo</span> <b>1</b> <button aria-label="Add one Red-eyed Vireo">＋1</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
<li data-code="SOSP"><span>Song Sparrow</span> <b>4</b> <button aria-label="Add one Song Sparrow">＋1</button> <select class="dist"><option>&lt;50 m</option><option>&gt;50 m</option></select></li>
</ul>
<button class="undo">↶ Undo last</button>
</section>
<div class="row"><button id="pause-count">Pause</button><button data-testid="finish-count" class="primary">Finish</button></div>
</main>
<nav class="tabbar"><a href="/route">Route</a><a href="/count" class="active">Count</a><a href="/checklists">Checklists</a></nav>`,
  PHONE,
);

// 7. Lockout/tagout isolation register
const lotoV1 = page(
  'Isolation permit IP-2024-0417',
  `<header><strong>SafeIsolate</strong><nav><a href="/permits" class="active">Permits</a><a href="/locks">Lock boxes</a><a href="/procedures">Procedures</a><a href="/audit">Audit</a></nav><span>Site: Kemsley Paper Mill</span></header>
<main>
<div class="row"><h1>IP-2024-0417 · PM3 dryer section felt change</h1><span class="badge" id="permit-status">Active</span></div>
<p class="muted">Issued by D. Harper · 17 Jun 2024 06:40 · Expires 17 Jun 2024 18:00</p>
<table id="isolations"><thead><tr><th>Tag</th><th>Equipment</th><th>Energy</th><th>Method</th><th>Locked by</th><th>Verified</th></tr></thead><tbody>
<tr id="iso-1"><td>ISO-1</td><td>MCC-3 breaker 14 (dryer drive)</td><td class="energy">Electrical 690 V</td><td>Breaker racked out + lock</td><td>D. Harper</td><td><input type="checkbox" class="verified" checked></td></tr>
<tr id="iso-2"><td>ISO-2</td><td>Felt stretcher air valve V-221</td><td class="energy">Pneumatic 6 bar</td><td>Valve closed, vented</td><td>D. Harper</td><td><input type="checkbox" class="verified" checked></td></tr>
<tr id="iso-3"><td>ISO-3</td><td>Steam header valve SV-310</td><td class="energy">Steam 10 bar</td><td>Double block and bleed</td><td>P. Nowak</td><td><input type="checkbox" class="verified"></td></tr>
<tr id="iso-4"><td>ISO-4</td><td>Hydraulic unit HPU-2</td><td class="energy">Hydraulic 120 bar</td><td>Pump off, accumulator dumped</td><td>P. Nowak</td><td><input type="checkbox" class="verified"></td></tr>
</tbody></table>
<div class="row toolbar"><button id="btn-add-point">Add isolation point</button><button id="btn-print-tags">Print tags</button><button name="request-signoff">Request sign-off</button></div>
<div class="grid">
<section class="card"><h2>Personal locks on</h2><ul class="locks">
<li class="lock-on">D. Harper — Lock #104</li>
<li class="lock-on">J. Mwangi — Lock #118</li>
<li class="lock-on">S. Ferreira — Lock #121</li>
</ul><button id="btn-add-lock">Add personal lock</button></section>
<section class="card"><h2>Close out</h2><p>All personal locks must be removed before release.</p><button id="btn-release" class="danger">Release isolation</button></section>
</div>
</main>`,
);
const lotoV2 = page(
  'Isolation permit IP-2024-0417',
  `<header><strong>SafeIsolate</strong><nav><a href="/permits" class="active">Permits</a><a href="/locks">Lock boxes</a><a href="/procedures">Procedures</a><a href="/audit">Audit</a></nav><span>Site: Kemsley Paper Mill</span></header>
<main>
<div class="permit-header row"><h1>IP-2024-0417 · PM3 dryer section felt change</h1><span class="status-pill status-pill--active">Active</span><button data-testid="signoff-request">Request sign-off</button></div>
<p class="muted">Issued by D. Harper · 17 Jun 2024 06:40 · Expires 17 Jun 2024 18:00</p>
<div class="row toolbar"><h2>Isolation points</h2><button id="add-isolation">＋ New point</button><button id="export-csv">Export CSV</button></div>
<div class="iso-cards">
<div class="card" data-iso="ISO-1"><strong>ISO-1</strong> MCC-3 breaker 14 (dryer drive) <span class="energy-chip">⚡ Electrical 690 V</span><p>Breaker racked out + lock · D. Harper</p><span class="ok">Verified ✓</span></div>
<div class="card" data-iso="ISO-2"><strong>ISO-2</strong> Felt stretcher air valve V-221 <span class="energy-chip">💨 Pneumatic 6 bar</span><p>Valve closed, vented · D. Harper</p><span class="ok">Verified ✓</span></div>
<div class="card" data-iso="ISO-3"><strong>ISO-3</strong> Steam header valve SV-310 <span class="energy-chip">♨ Steam 10 bar</span><p>Double block and bleed · P. Nowak</p><button class="verify-btn">Verify</button></div>
<div class="card" data-iso="ISO-4"><strong>ISO-4</strong> Hydraulic unit HPU-2 <span class="energy-chip">🛢 Hydraulic 120 bar</span><p>Pump off, accumulator dumped · P. Nowak</p><button class="verify-btn">Verify</button></div>
</div>
<section class="card"><h2>Personal locks</h2>
<table id="locks"><thead><tr><th>Person</th><th>Lock</th><th></th></tr></thead><tbody>
<tr data-lock="104"><td class="name">D. Harper</td><td>#104</td><td><button>Remove</button></td></tr>
<tr data-lock="118"><td class="name">J. Mwangi</td><td>#118</td><td><button>Remove</button></td></tr>
<tr data-lock="121"><td class="name">S. Ferreira</td><td>#121</td><td><button>Remove</button></td></tr>
</tbody></table><p class="muted">Personal locks are applied by scanning at the group lock box.</p><button id="btn-print-roster">Print lock roster</button></section>
<section class="card danger-zone"><h2>Danger zone</h2><p>All personal locks must be removed before release.</p><button id="release-all" class="danger">Release all locks</button></section>
</main>`,
);

// 8. Municipal dog licence renewal (citizen portal)
const dogV1 = page(
  'Dog licence renewal',
  `<header><img src="/seal.svg" alt="City of Ashford" width="32" height="32"><strong>City of Ashford · Online services</strong><nav><a href="/services">All services</a><a href="/account">My account</a><a href="/help">Help</a></nav></header>
<main>
<h1>Renew a dog licence</h1>
<p>Licence ASH-D-20931 expires on 30 June 2024.</p>
<form id="renewal" class="renewal">
<label>Dog's name <input id="dog-name" value="Biscuit"></label>
<label>Breed <input id="breed" value="Labrador retriever"></label>
<fieldset><legend>Sex</legend><label><input type="radio" name="sex" value="M"> Male</label><label><input type="radio" name="sex" value="F" checked> Female</label></fieldset>
<label><input type="checkbox" id="neutered" checked> Spayed or neutered</label>
<label>Microchip number <input id="microchip" value="985112004567321"></label>
<label>Rabies vaccination date <input type="date" id="rabies-date" value="2023-09-14"></label>
<label>Rabies certificate <input type="file" id="rabies-cert"></label>
<fieldset><legend>Licence term</legend><label><input type="radio" name="term" id="term-1yr" checked> 1 year — $25</label><label><input type="radio" name="term" id="term-3yr"> 3 years — $60</label></fieldset>
<label><input type="checkbox" id="senior-discount"> Owner is 65 or older (50% discount)</label>
<label>Tag delivery <select id="tag-delivery"><option>Mail to my address</option><option>Pick up at City Hall</option></select></label>
<button type="submit" class="primary">Continue to payment</button>
</form>
</main>
<footer>City of Ashford Animal Services · 311 · Privacy · Accessibility</footer>`,
);
const dogV2 = page(
  'Dog licence renewal',
  `<header><img src="/seal.svg" alt="City of Ashford" width="32" height="32"><strong>City of Ashford · Online services</strong><nav><a href="/services">All services</a><a href="/account">My account</a><a href="/help">Help</a></nav></header>
<main>
<ol class="steps row"><li class="current">Your dog</li><li>Licence</li><li>Pay</li></ol>
<h1>Renew your dog licence</h1>
<p>Licence ASH-D-20931 expires on 30 June 2024. Tags are posted to the address on your account.</p>
<form id="renewal" class="renewal">
<section class="card"><h2>About your dog</h2>
<label>Name <input name="pet_name" value="Biscuit"></label>
<label>Breed <input name="breed" value="Labrador retriever"></label>
<fieldset><legend>Sex</legend><label><input type="radio" name="dogSex" value="male" id="sex-male"> Male</label><label><input type="radio" name="dogSex" value="female" id="sex-female" checked> Female</label></fieldset>
<label>Spayed or neutered? <select id="altered"><option selected>Yes</option><option>No</option></select></label>
<label><input type="checkbox" name="serviceDog"> This is a registered assistance dog</label>
</section>
<section class="card"><h2>Identification &amp; health</h2>
<label>Microchip <input id="chip-number" inputmode="numeric" value="985112004567321"></label>
<label>Date of last rabies shot <input type="date" name="rabiesDate" value="2023-09-14"></label>
<label>Upload rabies certificate (PDF or photo) <input type="file" name="rabiesCertificate" accept=".pdf,image/*"></label>
</section>
<section class="card"><h2>Licence length</h2>
<label><input type="radio" name="termMonths" value="12" data-testid="term-12" checked> 12 months · $25</label>
<label><input type="radio" name="termMonths" value="36" data-testid="term-36"> 36 months · $60</label>
</section>
<div class="row"><a href="/services">Back</a><button type="submit" id="btn-review-pay" class="primary">Review &amp; pay</button></div>
</form>
</main>
<footer>City of Ashford Animal Services · 311 · Privacy · Accessibility</footer>`,
);

// 9. Public works: snow plow routes during a storm
const plowV1 = page(
  'Winter ops · Storm 24-03',
  `<header><strong>Public Works · Winter Operations</strong><nav><a href="/storms" class="active">Storms</a><a href="/fleet">Fleet</a><a href="/materials">Materials</a><a href="/complaints">311 requests</a></nav></header>
<main>
<div class="row"><h1>Storm 24-03</h1><span class="badge">Started 14 Jan 05:10</span>
<label>Storm level <select id="storm-level"><option>Level 1 – Advisory</option><option selected>Level 2 – Full call-out</option><option>Level 3 – Emergency</option></select></label>
<button id="end-storm">End storm</button></div>
<div class="row filters"><span class="chip" data-filter="all">All routes</span><span class="chip" data-filter="priority1">Priority 1</span><span class="chip" data-filter="priority2">Priority 2</span><span class="chip" data-filter="behind">Behind schedule</span></div>
<table id="routes"><thead><tr><th>Route</th><th>Priority</th><th>Truck</th><th>Driver</th><th>Last pass</th><th>Status</th></tr></thead><tbody>
<tr data-route="R-03"><td>R-03 Main St / Hospital</td><td>1</td><td><select class="assign-truck"><option selected>T-14</option><option>T-22</option><option>T-31</option></select></td><td>G. Alvarez</td><td>06:42</td><td class="status">On time</td></tr>
<tr data-route="R-07"><td>R-07 School district</td><td>1</td><td><select class="assign-truck"><option>T-14</option><option selected>T-22</option><option>T-31</option></select></td><td>K. Osei</td><td>06:15</td><td class="status">On time</td></tr>
<tr data-route="R-12"><td>R-12 Hillcrest residential</td><td>2</td><td><select class="assign-truck"><option>T-14</option><option>T-22</option><option selected>T-31</option></select></td><td>B. Larsen</td><td>04:50</td><td class="status">Behind</td></tr>
<tr data-route="R-15"><td>R-15 Industrial park</td><td>3</td><td><select class="assign-truck"><option>—</option><option>T-22</option><option>T-31</option></select></td><td>—</td><td>—</td><td class="status">Unassigned</td></tr>
</tbody></table>
<div class="grid">
<section class="card"><h2>Treatment</h2><label><input type="checkbox" id="brine-toggle" checked> Pre-treat with brine</label><label>Salt rate (lb/lane-mile) <input id="salt-rate" type="number" value="250"></label></section>
<section class="card"><h2>Salt dome</h2><p>On hand: 1,840 t · 62%</p><button id="salt-reorder">Reorder salt</button></section>
</div>
<div class="row"><button id="dispatch-all" class="primary">Dispatch all routes</button><button id="notify-public">Post public update</button></div>
</main>`,
);
const plowV2 = page(
  'Winter ops · Storm 24-03',
  `<header><strong>Public Works · Winter Operations</strong><nav><a href="/storms" class="active">Storms</a><a href="/fleet">Fleet</a><a href="/materials">Materials</a><a href="/complaints">311 requests</a></nav><button id="close-storm-event">Close event</button></header>
<main>
<div class="row"><h1>Storm 24-03</h1><span class="badge">Started 14 Jan 05:10</span>
<label>Level <select name="stormLevel"><option>1 · Advisory</option><option selected>2 · Full call-out</option><option>3 · Emergency</option></select></label></div>
<div class="row toolbar"><div role="tablist" class="filter-tabs"><button role="tab" data-priority="all" aria-selected="true">All</button><button role="tab" data-priority="1">P1</button><button role="tab" data-priority="2">P2</button><button role="tab" data-priority="late">Late</button></div>
<button class="dispatch primary">Send all routes</button><button id="notify-public">Post public update</button></div>
<div class="grid route-cards">
<div class="card" data-route-id="R-03"><h3>R-03 Main St / Hospital</h3><p>P1 · G. Alvarez · last pass 06:42</p><label>Truck <select name="truck"><option selected>T-14</option><option>T-22</option><option>T-31</option></select></label><span data-testid="route-status">On time</span></div>
<div class="card" data-route-id="R-07"><h3>R-07 School district</h3><p>P1 · K. Osei · last pass 06:15</p><label>Truck <select name="truck"><option>T-14</option><option selected>T-22</option><option>T-31</option></select></label><span data-testid="route-status">On time</span></div>
<div class="card" data-route-id="R-12"><h3>R-12 Hillcrest residential</h3><p>P2 · B. Larsen · last pass 04:50</p><label>Truck <select name="truck"><option>T-14</option><option>T-22</option><option selected>T-31</option></select></label><span data-testid="route-status" class="late">Behind</span></div>
<div class="card" data-route-id="R-15"><h3>R-15 Industrial park</h3><p>P3 · unassigned</p><label>Truck <select name="truck"><option>—</option><option>T-22</option><option>T-31</option></select></label><span data-testid="route-status">Unassigned</span></div>
</div>
<section class="card"><h2>Materials</h2><label><input type="checkbox" id="sand-mix"> Use sand mix on hills</label><label>Salt rate (lb/lane-mile) <input id="salt-rate" type="number" value="250"></label><p>Salt dome: 1,840 t · 62% <a href="/materials/usage">View usage</a></p></section>
</main>`,
);

// 10. Cryo-EM facility session booking
const cryoV1 = page(
  'Book microscope time',
  `<header><strong>Structural Biology Core</strong><nav><a href="/calendar">Calendar</a><a href="/book" class="active">Book</a><a href="/my-sessions">My sessions</a><a href="/data">Data</a></nav><span>Dr. A. Sato · Sato Lab</span></header>
<main>
<h1>Request a screening/collection session</h1>
<div class="grid">
<form id="booking">
<label>Project code <input id="project-code" value="R01-GM139822"></label>
<label>Sample name <input id="sample-name" value="TRPV3 in nanodisc, apo"></label>
<label>Grid box ID <input id="grid-box" value="SATO-GB-0457"></label>
<label>Microscope <select id="scope"><option>Titan Krios G4 (K3)</option><option>Glacios (Falcon 4i)</option></select></label>
<fieldset><legend>Session length</legend><label><input type="radio" name="duration" value="24" checked> 24 h</label><label><input type="radio" name="duration" value="48"> 48 h</label></fieldset>
<label>Autoloader cassette position <input id="cassette-pos" type="number" min="1" max="12" value="3"></label>
<label>Data destination <select id="transfer-dest"><option>Lab NAS (/sato/raw)</option><option>Campus cluster scratch</option><option>Globus endpoint</option></select></label>
<label><input type="checkbox" id="non-hazard"> Sample is non-hazardous (BSL-1)</label>
<label><input type="checkbox" id="trained-operator"> A trained operator will be present</label>
<label>Notes for staff <textarea id="staff-notes">Please screen grids 1–4 first; ice may be thick.</textarea></label>
<button type="submit">Request session</button>
</form>
<aside class="card"><h2>Available slots</h2><ul>
<li>Krios · Mon 24 Jun 09:00 (48 h)</li><li>Krios · Thu 27 Jun 09:00 (24 h)</li><li>Glacios · Tue 25 Jun 13:00 (24 h)</li></ul>
<p class="muted">Rates: Krios $210/h internal · Glacios $95/h</p></aside>
</div>
</main>`,
);
const cryoV2 = page(
  'Book microscope time',
  `<header><strong>Structural Biology Core</strong><nav><a href="/calendar">Calendar</a><a href="/book" class="active">Book</a><a href="/my-sessions">My sessions</a><a href="/data">Data</a></nav><span>Dr. A. Sato · Sato Lab</span></header>
<main>
<h1>New session request</h1>
<form id="booking" class="wizard">
<section class="card"><h2>1 · Billing &amp; sample</h2>
<label>Grant / project <input name="grant_code" value="R01-GM139822"></label>
<label>Sample <input name="sample" value="TRPV3 in nanodisc, apo"></label>
<div class="row"><label>Grid box <input id="gridbox-id" value="SATO-GB-0457"></label><label>Number of grids <input name="gridCount" type="number" value="4"></label></div>
<label><input type="checkbox" name="bsl1"> Sample is non-hazardous (BSL-1)</label>
</section>
<section class="card"><h2>2 · Instrument</h2>
<label>Instrument <select data-testid="instrument-select"><option>Titan Krios G4 (K3)</option><option>Glacios (Falcon 4i)</option></select></label>
<fieldset><legend>Length</legend><label><input type="radio" name="length" value="1d" id="dur-24h" checked> 1 day</label><label><input type="radio" name="length" value="2d" id="dur-48h"> 2 days</label></fieldset>
<label>Write data to <select name="storageTarget"><option>Lab NAS (/sato/raw)</option><option>Campus cluster scratch</option><option>Globus endpoint</option></select></label>
</section>
<section class="card"><h2>3 · Confirm</h2>
<label><input type="checkbox" name="sopRead"> I have read the facility SOP</label>
<label>Anything we should know? <textarea name="notes">Please screen grids 1–4 first; ice may be thick.</textarea></label>
<button type="submit" id="submit-booking">Submit booking request</button>
</section>
</form>
<p class="muted">Rates: Krios $210/h internal · Glacios $95/h · <a href="/calendar">See open slots</a></p>
</main>`,
);

// 11. Upper-air station: radiosonde launch
const sondeV1 = page(
  'Launch 00Z',
  `<header><strong>UpperAir Ops</strong><span>Station 72493 OAK · Launch 2024-06-19 00Z</span><nav><a href="/launch" class="active">Launch</a><a href="/flights">Flights</a><a href="/stock">Stock</a></nav></header>
<main>
<div class="grid">
<section class="card"><h2>Sonde &amp; balloon</h2>
<label>Sonde serial <input id="sonde-serial" value="U2934811"></label>
<label>Balloon <select id="balloon-type"><option>Totex TA-350</option><option selected>Totex TA-600</option><option>Hwoyee 800 g</option></select></label>
<label>Gas fill (g of lift) <input id="gas-fill" type="number" value="1450"></label>
<label>Gas <select id="gas"><option>Hydrogen</option><option>Helium</option></select></label>
</section>
<section class="card"><h2>Surface observation</h2>
<label>Pressure (hPa) <input id="sfc-pressure" value="1012.4"></label>
<label>Temperature (°C) <input id="sfc-temp" value="14.8"></label>
<label>Relative humidity (%) <input id="sfc-rh" value="81"></label>
<label>Wind dir (°) <input id="sfc-wdir" value="270"></label>
<label>Wind speed (kt) <input id="sfc-wspd" value="12"></label>
</section>
</div>
<section class="card"><h2>Ground check</h2>
<p>Status: <span id="gc-status">Not run</span></p>
<label><input type="checkbox" id="gc-pass"> Ground check passed</label>
<button id="gc-run">Start ground check</button>
</section>
<div class="row"><button id="btn-abort">Abort</button><button id="btn-launch" class="primary">Launch</button></div>
<section class="card"><h2>Last flight</h2><p>12Z · burst 31.2 km · 118 min · <a href="/flights/12z">View sounding</a></p></section>
</main>`,
);
const sondeV2 = page(
  'Launch 00Z',
  `<header><strong>UpperAir Ops</strong><span>Station 72493 OAK · Launch 2024-06-19 00Z</span><nav><a href="/launch" class="active">Launch</a><a href="/flights">Flights</a><a href="/stock">Stock</a></nav></header>
<main>
<ol class="row checklist"><li>Prepare</li><li>Ground check</li><li>Release</li></ol>
<div class="grid">
<section class="card"><h2>Flight train</h2>
<label>Radiosonde S/N <input name="sondeSN" value="U2934811"></label>
<label>Balloon model <select id="balloon-model"><option>Totex TA-350</option><option selected>Totex TA-600</option><option>Hwoyee 800 g</option></select></label>
<label>Free lift (g) <input data-testid="fill-mass" type="number" value="1450"></label>
<label>Lift gas <select name="gas"><option>Hydrogen</option><option>Helium</option></select></label>
</section>
<section class="card"><h2>Surface obs</h2>
<div class="grid"><label>QFE hPa <input id="surface-pressure-hpa" value="1012.4"></label>
<label>Temp °C <input id="surface-temp-c" value="14.8"></label>
<label>Cloud cover (okta) <input id="cloud-okta" value="6"></label>
<label>Wind ° <input id="surface-wind-dir" value="270"></label>
<label>Wind kt <input id="surface-wind-kt" value="12"></label></div>
</section>
</div>
<section class="card"><h2>Ground check</h2>
<p>Status: <span class="gc-state">Not run</span></p>
<button id="gc-start">Run ground check</button>
</section>
<div class="row launch-bar"><button class="reset">Reset form</button><button class="launch primary">🎈 Release balloon</button></div>
<section class="card"><h2>Previous flight</h2><p>12Z · burst 31.2 km · 118 min · <a href="/flights/12z">View sounding</a></p></section>
</main>`,
);

// 12. Pest control technician visit on a phone
const pestV1 = page(
  'Service visit',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Visit #58213</h1><span></span></header>
<main>
<section class="card customer"><h2>Maple Street Bakery</h2><p>418 Maple St, Dayton OH · Quarterly GPC</p><a id="call-customer" href="tel:+19375550142">Call</a></section>
<section class="card"><h2>Areas treated</h2>
<label><input type="checkbox" id="area-kitchen" checked> Kitchen</label>
<label><input type="checkbox" id="area-basement" checked> Basement</label>
<label><input type="checkbox" id="area-garage"> Loading dock / garage</label>
<label><input type="checkbox" id="area-exterior" checked> Exterior perimeter</label>
</section>
<section class="card"><h2>Product</h2>
<label>Product <select id="product"><option>Advion Cockroach Gel</option><option selected>Demand CS</option><option>Contrac Blox</option></select></label>
<label>Amount applied (oz) <input id="amount" type="number" value="4"></label>
</section>
<section class="card"><h2>Bait stations</h2>
<table class="stations"><thead><tr><th>#</th><th>Activity</th><th>Replaced</th></tr></thead><tbody>
<tr id="bs-1"><td>1</td><td><select class="activity"><option selected>None</option><option>Light</option><option>Heavy</option></select></td><td><input type="checkbox" class="replaced"></td></tr>
<tr id="bs-2"><td>2</td><td><select class="activity"><option>None</option><option selected>Light</option><option>Heavy</option></select></td><td><input type="checkbox" class="replaced" checked></td></tr>
<tr id="bs-3"><td>3</td><td><select class="activity"><option>None</option><option>Light</option><option selected>Heavy</option></select></td><td><input type="checkbox" class="replaced" checked></td></tr>
</tbody></table>
</section>
<label>Technician notes <textarea id="tech-notes">Gap under rear door; recommend sweep.</textarea></label>
<button id="sig-btn">Capture signature</button>
<button class="primary">Complete visit</button>
</main>`,
  PHONE,
);
const pestV2 = page(
  'Service visit',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Visit #58213</h1><span></span></header>
<main>
<section class="card customer"><h2>Maple Street Bakery</h2><p>418 Maple St, Dayton OH · Quarterly GPC</p><a class="nav-link" href="https://maps.example.com/?q=418+Maple+St">Navigate</a></section>
<section class="card"><h2>Where did you treat?</h2>
<div class="row chips">
<button type="button" class="chip" aria-pressed="true" data-area="kitchen">Kitchen</button>
<button type="button" class="chip" aria-pressed="true" data-area="basement">Basement</button>
<button type="button" class="chip" aria-pressed="false" data-area="garage">Dock / garage</button>
<button type="button" class="chip" aria-pressed="true" data-area="exterior">Exterior</button>
</div>
</section>
<section class="card"><h2>Material used</h2>
<label>Product (EPA reg.) <select name="productEpa"><option>Advion Cockroach Gel · 352-746</option><option selected>Demand CS · 100-1066</option><option>Contrac Blox · 12455-79</option></select></label>
<label>Quantity (oz) <input id="qty-applied" type="number" inputmode="decimal" value="4"></label>
</section>
<section class="card"><h2>Stations</h2>
<div class="station row" data-station="1"><strong>Station 1</strong><select name="activity"><option selected>None</option><option>Light</option><option>Heavy</option></select><button class="photo">📷</button></div>
<div class="station row" data-station="2"><strong>Station 2</strong><select name="activity"><option>None</option><option selected>Light</option><option>Heavy</option></select><button class="photo">📷</button></div>
<div class="station row" data-station="3"><strong>Station 3</strong><select name="activity"><option>None</option><option>Light</option><option selected>Heavy</option></select><button class="photo">📷</button></div>
</section>
<label>Notes <textarea name="notes">Gap under rear door; recommend sweep.</textarea></label>
<button data-testid="customer-sign">✍ Customer signature</button>
<button id="finish" class="primary">Finish &amp; send report</button>
</main>`,
  PHONE,
);

// 13. Pottery kiln controller app
const kilnV1 = page(
  'Kiln · Program editor',
  `<header><strong>KilnLink</strong><nav><a href="/kilns">My kilns</a><a href="/programs" class="active">Programs</a><a href="/firings">Firing log</a></nav><span>Skutt KM-1027 · idle · 23 °C</span></header>
<main>
<h1>Edit program</h1>
<div class="row"><label>Program name <input id="program-name" value="Cone 6 glaze — slow cool"></label>
<label>Target cone <select id="cone"><option>Cone 04</option><option>Cone 5</option><option selected>Cone 6</option><option>Cone 10</option></select></label></div>
<table id="segments"><thead><tr><th>Seg</th><th>Rate (°C/h)</th><th>Target (°C)</th><th>Hold (min)</th><th></th></tr></thead><tbody>
<tr class="seg"><td>1</td><td><input class="rate" value="100"></td><td><input class="target" value="600"></td><td><input class="hold" value="0"></td><td><button class="del-seg">Delete</button></td></tr>
<tr class="seg"><td>2</td><td><input class="rate" value="150"></td><td><input class="target" value="1100"></td><td><input class="hold" value="0"></td><td><button class="del-seg">Delete</button></td></tr>
<tr class="seg"><td>3</td><td><input class="rate" value="60"></td><td><input class="target" value="1222"></td><td><input class="hold" value="10"></td><td><button class="del-seg">Delete</button></td></tr>
<tr class="seg"><td>4</td><td><input class="rate" value="80"></td><td><input class="target" value="760"></td><td><input class="hold" value="30"></td><td><button class="del-seg">Delete</button></td></tr>
</tbody></table>
<button id="add-seg">Add segment</button>
<section class="card"><h2>Options</h2>
<label>Delay start (h) <input id="delay-start" type="number" value="0"></label>
<label><input type="checkbox" id="email-alerts" checked> Email me when firing completes</label>
<p class="muted">Estimated time: 11 h 20 min · est. cost $6.40</p>
</section>
<div class="row"><button id="save-program">Save program</button><button id="start-firing" class="primary">Start firing</button></div>
</main>`,
);
const kilnV2 = page(
  'Kiln · Program editor',
  `<header><strong>KilnLink</strong><nav><a href="/kilns">My kilns</a><a href="/programs" class="active">Programs</a><a href="/firings">Firing log</a></nav><span>Skutt KM-1027 · idle · 23 °C</span></header>
<main>
<div class="row"><h1>Program</h1><button id="save-program-btn">Save</button><button id="fire-now" class="primary">▶ Start</button></div>
<div class="grid"><label>Name <input name="programTitle" value="Cone 6 glaze — slow cool"></label>
<label>Cone <select name="coneTarget"><option>04</option><option>5</option><option selected>6</option><option>10</option></select></label></div>
<div class="segments">
<div class="card row" data-seg="1"><strong>Ramp 1</strong><label>Rate °C/h <input name="ramp" value="100"></label><label>To °C <input name="temp" value="600"></label><label>Soak min <input name="soak" value="0"></label><button aria-label="Remove segment 1">✕</button></div>
<div class="card row" data-seg="2"><strong>Ramp 2</strong><label>Rate °C/h <input name="ramp" value="150"></label><label>To °C <input name="temp" value="1100"></label><label>Soak min <input name="soak" value="0"></label><button aria-label="Remove segment 2">✕</button></div>
<div class="card row" data-seg="3"><strong>Ramp 3</strong><label>Rate °C/h <input name="ramp" value="60"></label><label>To °C <input name="temp" value="1222"></label><label>Soak min <input name="soak" value="10"></label><button aria-label="Remove segment 3">✕</button></div>
<div class="card row" data-seg="4"><strong>Ramp 4</strong><label>Rate °C/h <input name="ramp" value="80"></label><label>To °C <input name="temp" value="760"></label><label>Soak min <input name="soak" value="30"></label><button aria-label="Remove segment 4">✕</button></div>
<button id="seg-add" aria-label="Add segment">＋</button>
</div>
<section class="card"><h2>Options</h2>
<label><input type="checkbox" id="element-boost"> Element boost (aged elements)</label>
<label><input type="checkbox" id="vent-fan" checked> Run vent fan</label>
<p class="muted">Estimated time: 11 h 20 min · est. cost $6.40</p>
</section>
</main>`,
);

// 14. Aquarium water-test tracker (phone)
const aquaV1 = page(
  'Water tests',
  `<header class="app-bar"><h1>Water tests</h1><select id="tank-select"><option>Reef 90 gal</option><option>Planted 20L</option></select></header>
<main>
<section class="card"><h2>New test</h2>
<div class="grid">
<label>pH <input name="ph" type="number" step="0.1" value="8.2"></label>
<label>Ammonia (ppm) <input name="nh3" type="number" step="0.01" value="0"></label>
<label>Nitrite (ppm) <input name="no2" type="number" step="0.01" value="0"></label>
<label>Nitrate (ppm) <input name="no3" type="number" value="10"></label>
<label>KH (dKH) <input name="kh" type="number" value="8.5"></label>
<label>GH (dGH) <input name="gh" type="number" value="7"></label>
<label>Temp (°F) <input name="temp" type="number" value="78"></label>
</div>
<button class="primary">Log results</button>
</section>
<section class="card"><h2>Water change</h2>
<label>Changed (%) <input id="wc-percent" type="number" value="15"></label>
<label><input type="checkbox" id="dechlor" checked> Dechlorinator added</label>
<button id="log-wc">Log water change</button>
</section>
<section class="card"><h2>Trends</h2>
<nav class="chart-tabs"><a href="#ph">pH</a><a href="#ammonia">Ammonia</a><a href="#nitrate">Nitrate</a><a href="#kh">KH</a></nav>
<div class="chart" style="height:120px;background:#eef">Chart</div>
<a class="export-csv" href="/export.csv">Export CSV</a>
</section>
<section class="card"><label><input type="checkbox" id="reminder-toggle" checked> Remind me to test every 7 days</label></section>
</main>
<nav class="tabbar"><a href="/tanks">Tanks</a><a href="/tests" class="active">Tests</a><a href="/livestock">Livestock</a><a href="/more">More</a></nav>`,
  PHONE,
);
const aquaV2 = page(
  'Water tests',
  `<header class="app-bar"><h1>Reef 90 gal</h1><select aria-label="Choose tank"><option>Reef 90 gal</option><option>Planted 20L</option></select></header>
<main>
<section class="card"><h2>Log a test</h2>
<div class="param row" data-param="ph"><label for="param-ph">pH</label><input id="param-ph" type="number" step="0.1" value="8.2"></div>
<div class="param row" data-param="ammonia"><label>NH₃/NH₄ ppm</label><input type="number" step="0.01" value="0"></div>
<div class="param row" data-param="nitrite"><label>NO₂ ppm</label><input type="number" step="0.01" value="0"></div>
<div class="param row" data-param="nitrate"><label>NO₃ ppm</label><input type="number" value="10"></div>
<div class="param row" data-param="kh"><label>Alkalinity dKH</label><input type="number" value="8.5"></div>
<div class="param row" data-param="phosphate"><label>PO₄ ppm</label><input type="number" step="0.01" value="0.03"></div>
<div class="param row" data-param="temp"><label>Temp °F</label><input type="number" value="78"></div>
<button id="save-readings" class="primary">Save readings</button>
</section>
<section class="card"><h2>Trends</h2>
<div role="tablist"><button role="tab" data-series="ph" aria-selected="true">pH</button><button role="tab" data-series="ammonia">NH₃</button><button role="tab" data-series="nitrate">NO₃</button><button role="tab" data-series="kh">dKH</button></div>
<div class="chart" style="height:120px;background:#eef">Chart</div>
<a href="/share">Share tank report</a>
</section>
<section class="card"><h2>Water change</h2>
<label>Volume changed (%) <input name="waterChangePct" type="number" value="15"></label>
<label><input type="checkbox" name="conditioner" checked> Conditioner dosed</label>
<button id="log-wc">Save water change</button>
</section>
<section class="card row"><span>Weekly test reminder</span><button role="switch" aria-checked="true" id="remind-sw" class="switch">On</button></section>
</main>
<nav class="tabbar"><a href="/tanks">Tanks</a><a href="/tests" class="active">Tests</a><a href="/livestock">Livestock</a><a href="/more">More</a></nav>`,
  PHONE,
);

// 15. Textile dye house batch recipe
const dyeV1 = page(
  'Batch DY-24-3318',
  `<header><strong>DyeMaster</strong><nav><a href="/batches" class="active">Batches</a><a href="/recipes">Recipes</a><a href="/lab">Lab dips</a><a href="/chemicals">Chemical store</a></nav><span>Shift B · Operator H. Demir</span></header>
<main>
<div class="row"><h1>Batch DY-24-3318</h1><span class="shade-status badge">Pending lab</span></div>
<div class="grid3">
<label>Lot <input id="lot" value="L-88120" readonly></label>
<label>Fabric <input id="fabric" value="Cotton single jersey 160 gsm" readonly></label>
<label>Fabric weight (kg) <input id="batch-weight" type="number" value="420"></label>
<label>Liquor ratio (1:x) <input id="liquor-ratio" type="number" value="8"></label>
<label>Machine <select id="machine"><option>Jet 3 (600 kg)</option><option selected>Jet 5 (450 kg)</option><option>Overflow 2 (250 kg)</option></select></label>
<label>Shade <input id="shade" value="Navy 19-3832 TPX" readonly></label>
</div>
<table id="recipe"><thead><tr><th>#</th><th>Product</th><th>Conc.</th><th>Unit</th><th>Amount</th><th></th></tr></thead><tbody>
<tr data-line="1"><td>1</td><td>Wetting agent WA-20</td><td><input class="conc" value="1.0"></td><td>g/L</td><td>3.36 kg</td><td><button class="del-line">Delete</button></td></tr>
<tr data-line="2"><td>2</td><td>Reactive Navy RN-150</td><td><input class="conc" value="3.2"></td><td>%</td><td>13.44 kg</td><td><button class="del-line">Delete</button></td></tr>
<tr data-line="3"><td>3</td><td>Reactive Black B-133</td><td><input class="conc" value="0.45"></td><td>%</td><td>1.89 kg</td><td><button class="del-line">Delete</button></td></tr>
<tr data-line="4"><td>4</td><td>Glauber's salt</td><td><input class="conc" value="60"></td><td>g/L</td><td>201.6 kg</td><td><button class="del-line">Delete</button></td></tr>
<tr data-line="5"><td>5</td><td>Soda ash</td><td><input class="conc" value="20"></td><td>g/L</td><td>67.2 kg</td><td><button class="del-line">Delete</button></td></tr>
</tbody></table>
<div class="row"><button id="add-dye">Add product</button><button id="recalc">Recalculate</button></div>
<div class="row"><button id="approve-dip">Approve lab dip</button><button id="send-dispenser" class="primary">Send to dispenser</button></div>
</main>`,
);
const dyeV2 = edit(dyeV1, [
  [
    '<div class="row"><h1>Batch DY-24-3318</h1><span class="shade-status badge">Pending lab</span></div>',
    '<div class="row"><h1>DY-24-3318</h1><span data-testid="shade-state" class="tag tag-amber">Awaiting lab</span><button id="dispense-btn" class="primary">Dispense</button></div>',
  ],
  [
    '<label>Fabric weight (kg) <input id="batch-weight" type="number" value="420"></label>',
    '<label>Weight kg <input name="fabricKg" type="number" value="420"></label>',
  ],
  [
    '<label>Liquor ratio (1:x) <input id="liquor-ratio" type="number" value="8"></label>',
    '<label>L:R <input id="lr" type="number" value="8" title="Liquor ratio"></label>',
  ],
  ['<select id="machine">', '<select name="jet">'],
  ['<tr data-line="1">', '<tr data-row-id="1">'],
  ['<tr data-line="2">', '<tr data-row-id="2">'],
  ['<tr data-line="3">', '<tr data-row-id="3">'],
  ['<tr data-line="4">', '<tr data-row-id="4">'],
  ['<tr data-line="5">', '<tr data-row-id="5">'],
  ['<input class="conc" value="0.45">', '<input name="concentration" value="0.45">'],
  [
    '<td>201.6 kg</td><td><button class="del-line">Delete</button></td>',
    '<td>201.6 kg</td><td><button class="icon" aria-label="Remove line">🗑</button></td>',
  ],
  [
    '<div class="row"><button id="add-dye">Add product</button><button id="recalc">Recalculate</button></div>\n<div class="row"><button id="approve-dip">Approve lab dip</button><button id="send-dispenser" class="primary">Send to dispenser</button></div>',
    '<div class="row"><button id="add-dye">Add product</button><button id="copy-recipe">Copy recipe</button><button id="request-dip">Request lab dip</button></div>',
  ],
]);

// 16. Archaeological excavation context sheet (tablet)
const digV1 = page(
  'Context sheet',
  `<header><strong>DigRecord</strong><span>Site KNW-23 · Trench 4</span><nav><a href="/contexts" class="active">Contexts</a><a href="/finds">Finds</a><a href="/samples">Samples</a><a href="/matrix">Matrix</a></nav></header>
<main>
<h1>Context record</h1>
<form id="context-form">
<div class="grid">
<label>Context no. <input id="context-no" value="4127"></label>
<label>Trench <select id="trench"><option>Tr 3</option><option selected>Tr 4</option><option>Tr 5</option></select></label>
</div>
<fieldset><legend>Type</legend><label><input type="radio" name="ctype" value="deposit" checked> Deposit</label><label><input type="radio" name="ctype" value="cut"> Cut</label><label><input type="radio" name="ctype" value="structure"> Structure</label></fieldset>
<label>Colour (Munsell) <input id="munsell" value="10YR 4/3"></label>
<label>Compaction <select id="compaction"><option>Loose</option><option selected>Friable</option><option>Firm</option><option>Compact</option></select></label>
<fieldset><legend>Inclusions</legend>
<label><input type="checkbox" id="inc-charcoal" checked> Charcoal</label>
<label><input type="checkbox" id="inc-pebbles"> Pebbles</label>
<label><input type="checkbox" id="inc-ceramic" checked> Ceramic building material</label>
<label><input type="checkbox" id="inc-shell"> Shell</label>
</fieldset>
<div class="grid"><label>Above (later than) <input id="rel-above" value="4120, 4121"></label><label>Below (earlier than) <input id="rel-below" value="4131"></label></div>
<label>Description <textarea id="desc" rows="3">Mid greyish-brown silty clay fill of pit [4126].</textarea></label>
</form>
<section class="card"><h2>Finds</h2><ul class="finds"><li>SF 212 — copper-alloy pin</li><li>SF 213 — worked flint flake</li></ul><button id="add-find">Add find</button></section>
<div class="row"><button id="btn-sample">Request sample</button><button class="primary">Save context</button></div>
</main>`,
);
const digV2 = page(
  'Context sheet',
  `<header><strong>DigRecord</strong><span>Site KNW-23 · Trench 4</span><nav><a href="/contexts" class="active">Contexts</a><a href="/finds">Finds</a><a href="/samples">Samples</a><a href="/matrix">Matrix</a></nav></header>
<main>
<div class="row"><h1>Context 4127</h1><button id="ctx-save" class="primary">Save</button></div>
<form id="context-form">
<section class="card"><h2>Identity</h2>
<div class="grid">
<label>Number <input name="ctx_number" value="4127"></label>
<label>Trench <select name="trench"><option>Tr 3</option><option selected>Tr 4</option><option>Tr 5</option></select></label>
</div>
<fieldset><legend>Category</legend><label><input type="radio" name="category" value="DEPOSIT" id="type-deposit" checked> Deposit</label><label><input type="radio" name="category" value="CUT" id="type-cut"> Cut</label><label><input type="radio" name="category" value="STRUCTURE" id="type-structure"> Structure</label><label><input type="radio" name="category" value="TIMBER" id="type-timber"> Timber</label></fieldset>
</section>
<section class="card"><h2>Description</h2>
<label>Munsell colour <input data-testid="munsell-code" value="10YR 4/3"></label>
<label>Sorting <select name="sorting"><option>Well sorted</option><option selected>Moderately sorted</option><option>Poorly sorted</option></select></label>
<div class="row inclusions"><span>Inclusions:</span>
<button type="button" class="chip" aria-pressed="true" data-inclusion="charcoal">Charcoal</button>
<button type="button" class="chip" aria-pressed="false" data-inclusion="pebbles">Pebbles</button>
<button type="button" class="chip" aria-pressed="true" data-inclusion="cbm">CBM</button>
<button type="button" class="chip" aria-pressed="false" data-inclusion="shell">Shell</button></div>
<label>Notes <textarea name="description" rows="3">Mid greyish-brown silty clay fill of pit [4126].</textarea></label>
</section>
<section class="card"><h2>Stratigraphy</h2>
<div class="grid"><label>Later than <input name="stratigraphy.laterThan" value="4120, 4121"></label><label>Earlier than <input name="stratigraphy.earlierThan" value="4131"></label></div>
</section>
</form>
<section class="card"><div class="row"><h2>Small finds</h2><button id="finds-add">＋ Find</button><button id="add-photo">Add photo</button></div><ul class="finds"><li>SF 212 — copper-alloy pin</li><li>SF 213 — worked flint flake</li></ul></section>
</main>`,
);

// 17. Passport office counter (staff)
const passportV1 = page(
  'Counter 6',
  `<header><strong>Passport Acceptance · Counter 6</strong><nav><a href="/queue" class="active">Queue</a><a href="/lookup">Lookup</a><a href="/day-report">Day report</a></nav><span>Clerk: M. Duarte</span></header>
<main>
<div class="grid">
<section class="card queue"><h2>Waiting (7)</h2>
<ol><li>A-142 · Renewal</li><li>A-143 · New adult</li><li>C-018 · Child under 16</li><li>A-144 · Lost/stolen</li></ol>
<div class="row"><button id="call-next" class="primary">Call next</button><button id="recall">Recall</button></div>
</section>
<section class="card applicant"><h2>Now serving A-141</h2>
<p><strong>Priya Raman</strong> · DOB 03/11/1988</p>
<label>Application type <select id="app-type"><option>Renewal (DS-82)</option><option selected>New adult (DS-11)</option><option>Child (DS-11)</option><option>Name change (DS-5504)</option></select></label>
<fieldset><legend>Documents received</legend>
<label><input type="checkbox" id="doc-birth" checked> Birth certificate</label>
<label><input type="checkbox" id="doc-id" checked> Photo ID</label>
<label><input type="checkbox" id="doc-photo"> Passport photo</label>
<label><input type="checkbox" id="doc-old-passport"> Previous passport</label>
</fieldset>
<fieldset><legend>Fee</legend><label><input type="radio" name="fee" value="routine" checked> Routine $130 + $35</label><label><input type="radio" name="fee" value="expedite"> Expedited +$60</label></fieldset>
<div class="row"><button id="no-show">Mark no-show</button><button class="primary">Send to biometrics</button></div>
</section>
</div>
</main>`,
);
const passportV2 = page(
  'Counter 6',
  `<header><strong>Passport Acceptance · Counter 6</strong><nav><a href="/queue" class="active">Queue</a><a href="/lookup">Lookup</a><a href="/day-report">Day report</a></nav><span>Clerk: M. Duarte</span></header>
<main>
<div class="grid">
<section class="card applicant"><div class="row applicant-actions"><h2>A-141 · Priya Raman</h2><button class="no-show-btn" title="Applicant did not come">No-show</button></div>
<p>DOB 03/11/1988</p>
<label>Form <select name="applicationType"><option>DS-82 Renewal</option><option selected>DS-11 New adult</option><option>DS-11 Child</option><option>DS-5504 Name change</option></select></label>
<fieldset><legend>Documents</legend>
<label><input type="checkbox" name="docs.birthCertificate" checked> Proof of citizenship</label>
<label><input type="checkbox" name="docs.photoId" checked> Photo ID</label>
<label><input type="checkbox" name="docs.photo"> Photo</label>
<label><input type="checkbox" name="docs.nameChange"> Proof of name change</label>
</fieldset>
<fieldset><legend>Service</legend><label><input type="radio" name="service" value="STD" checked> Routine $130 + $35</label><label><input type="radio" name="service" value="EXP" id="fee-expedited"> Expedited +$60</label></fieldset>
<button id="to-biometrics" class="primary">Biometrics →</button>
</section>
<section class="card queue"><h2>Queue · 7 waiting</h2>
<table><tbody><tr><td>A-142</td><td>Renewal</td></tr><tr><td>A-143</td><td>New adult</td></tr><tr><td>C-018</td><td>Child under 16</td></tr><tr><td>A-144</td><td>Lost/stolen</td></tr></tbody></table>
<div class="row"><button data-testid="queue-call-next" class="primary">Next ticket</button><button id="transfer">Transfer</button></div>
</section>
</div>
</main>`,
);

// 18. Welding procedure specification editor
const wpsV1 = page(
  'WPS-CS-014 rev B',
  `<header><strong>WeldQ</strong><nav><a href="/wps" class="active">WPS</a><a href="/pqr">PQR</a><a href="/welders">Welder quals</a><a href="/continuity">Continuity</a></nav><span>QA/QC · Halvorsen Fabrication</span></header>
<main>
<h1>Welding procedure specification</h1>
<form id="wps">
<div class="grid">
<label>WPS no. <input id="wps-no" value="WPS-CS-014"></label>
<label>Revision <input id="rev" value="B"></label>
<label>Process <select id="process"><option>SMAW</option><option selected>GTAW</option><option>GMAW</option><option>FCAW</option></select></label>
<label>Code <select id="code"><option selected>ASME IX</option><option>AWS D1.1</option></select></label>
<label>Base metal P-No. <input id="p-no" value="P1 to P1"></label>
<label>Filler F-No. <input id="f-no" value="F6 (ER70S-2)"></label>
</div>
<fieldset><legend>Positions qualified</legend>
<label><input type="checkbox" id="pos-1g" checked> 1G</label><label><input type="checkbox" id="pos-2g" checked> 2G</label><label><input type="checkbox" id="pos-3g"> 3G</label><label><input type="checkbox" id="pos-4g"> 4G</label>
</fieldset>
<div class="grid">
<label>Preheat min (°C) <input id="preheat" value="10"></label>
<label>Interpass max (°C) <input id="interpass" value="250"></label>
</div>
<label><input type="checkbox" id="pwht"> PWHT required</label>
<table id="passes"><thead><tr><th>Pass</th><th>Filler Ø</th><th>Amps</th><th>Volts</th><th>Travel (mm/min)</th></tr></thead><tbody>
<tr data-pass="root"><td>Root</td><td>2.4</td><td><input class="amps" value="90-110"></td><td><input class="volts" value="10-12"></td><td><input class="travel" value="60-90"></td></tr>
<tr data-pass="hot"><td>Hot</td><td>2.4</td><td><input class="amps" value="110-130"></td><td><input class="volts" value="11-13"></td><td><input class="travel" value="80-110"></td></tr>
<tr data-pass="cap"><td>Fill/cap</td><td>3.2</td><td><input class="amps" value="130-160"></td><td><input class="volts" value="12-14"></td><td><input class="travel" value="90-130"></td></tr>
</tbody></table>
</form>
<div class="row"><button id="link-pqr">Link PQR</button><button id="submit-approval" class="primary">Submit for approval</button></div>
</main>`,
);
const wpsV2 = edit(wpsV1, [
  [
    '<h1>Welding procedure specification</h1>',
    '<div class="row"><h1>WPS-CS-014 · rev B</h1><span class="badge">Draft</span></div>',
  ],
  [
    '<label>WPS no. <input id="wps-no" value="WPS-CS-014"></label>',
    '<label>WPS number <input name="wpsNumber" value="WPS-CS-014"></label>',
  ],
  ['<select id="process">', '<select id="welding-process">'],
  [
    '<label><input type="checkbox" id="pos-1g" checked> 1G</label><label><input type="checkbox" id="pos-2g" checked> 2G</label><label><input type="checkbox" id="pos-3g"> 3G</label><label><input type="checkbox" id="pos-4g"> 4G</label>',
    '<div class="row"><button type="button" class="chip" aria-pressed="true" data-pos="1G">1G flat</button><button type="button" class="chip" aria-pressed="true" data-pos="2G">2G horizontal</button><button type="button" class="chip" aria-pressed="false" data-pos="3G">3G vertical</button><button type="button" class="chip" aria-pressed="false" data-pos="4G">4G overhead</button></div>',
  ],
  [
    '<label>Preheat min (°C) <input id="preheat" value="10"></label>\n<label>Interpass max (°C) <input id="interpass" value="250"></label>',
    '<label>Min. preheat °C <input name="preheatMinC" value="10"></label>\n<label>Max. heat input (kJ/mm) <input name="heatInputMax" value="1.8"></label>',
  ],
  [
    '<label><input type="checkbox" id="pwht"> PWHT required</label>',
    '<label><input type="checkbox" id="impact-tested"> Impact tested (CVN)</label>',
  ],
  ['<tr data-pass="root">', '<tr data-pass-id="root">'],
  ['<tr data-pass="hot">', '<tr data-pass-id="hot">'],
  ['<tr data-pass="cap">', '<tr data-pass-id="cap">'],
  ['<input class="amps" value="90-110">', '<input name="current" value="90-110">'],
  [
    '<div class="row"><button id="link-pqr">Link PQR</button><button id="submit-approval" class="primary">Submit for approval</button></div>',
    '<section class="card"><h2>Supporting PQRs</h2><p class="muted">None attached</p><button id="pqr-attach">Attach PQR</button></section>\n<div class="row"><button id="submit-approval" class="primary">Send for review</button></div>',
  ],
]);

// 19. Feedlot bunk calls (tablet)
const feedV1 = page(
  'Bunk calls',
  `<header><strong>FeedYard Pro</strong><nav><a href="/bunks" class="active">Bunk calls</a><a href="/rations">Rations</a><a href="/health">Health</a><a href="/loads">Truck loads</a></nav><span>Circle K Feeders</span></header>
<main>
<div class="row"><h1>Bunk calls</h1><label>Feeding date <input type="date" id="feed-date" value="2024-02-08"></label><label><input type="checkbox" id="show-sick"> Show hospital pens</label></div>
<table id="bunks"><thead><tr><th>Pen</th><th>Head</th><th>Ration</th><th>Bunk score</th><th>Yesterday (lb)</th><th>Call (lb)</th><th></th></tr></thead><tbody>
<tr data-pen="12"><td>12</td><td>184</td><td><select class="ration"><option selected>Finisher F3</option><option>Step-up S2</option></select></td><td><select class="bunk-score"><option>0</option><option selected>½</option><option>1</option><option>2</option><option>3</option></select></td><td>4,620</td><td><input class="call" value="4,700"></td><td><button class="bump-up">+</button><button class="bump-down">−</button></td></tr>
<tr data-pen="14"><td>14</td><td>201</td><td><select class="ration"><option selected>Finisher F3</option><option>Step-up S2</option></select></td><td><select class="bunk-score"><option selected>0</option><option>½</option><option>1</option><option>2</option><option>3</option></select></td><td>5,050</td><td><input class="call" value="5,150"></td><td><button class="bump-up">+</button><button class="bump-down">−</button></td></tr>
<tr data-pen="15"><td>15</td><td>96</td><td><select class="ration"><option>Finisher F3</option><option selected>Step-up S2</option></select></td><td><select class="bunk-score"><option>0</option><option>½</option><option selected>1</option><option>2</option><option>3</option></select></td><td>1,980</td><td><input class="call" value="1,900"></td><td><button class="bump-up">+</button><button class="bump-down">−</button></td></tr>
</tbody></table>
<p>Total called: 11,750 lb · 3 pens · 481 head</p>
<div class="row"><button id="print-sheet">Print sheet</button><button id="send-calls" class="primary">Send calls to feed truck</button></div>
</main>`,
);
const feedV2 = page(
  'Bunk calls',
  `<header><strong>FeedYard Pro</strong><nav><a href="/bunks" class="active">Bunk calls</a><a href="/rations">Rations</a><a href="/health">Health</a><a href="/loads">Truck loads</a></nav><span>Circle K Feeders</span></header>
<main>
<div class="row"><h1>Bunk calls</h1><input type="date" name="feedingDate" aria-label="Feeding date" value="2024-02-08"><label><input type="checkbox" id="show-empty"> Show empty pens</label><button id="push-to-truck" class="primary">Send to truck</button><button id="email-sheet">Email sheet</button></div>
<div class="grid3 pens">
<div class="card" data-pen-id="12"><h3>Pen 12 <small>184 hd</small></h3>
<label>Ration <select name="ration"><option selected>Finisher F3</option><option>Step-up S2</option></select></label>
<label>Bunk <select name="score"><option>0</option><option selected>½</option><option>1</option><option>2</option><option>3</option></select></label>
<p class="muted">Yesterday 4,620 lb</p>
<div class="row"><button aria-label="Decrease call">−</button><input name="callLbs" value="4,700" size="6"><button aria-label="Increase call">+</button></div></div>
<div class="card" data-pen-id="14"><h3>Pen 14 <small>201 hd</small></h3>
<label>Ration <select name="ration"><option selected>Finisher F3</option><option>Step-up S2</option></select></label>
<label>Bunk <select name="score"><option selected>0</option><option>½</option><option>1</option><option>2</option><option>3</option></select></label>
<p class="muted">Yesterday 5,050 lb</p>
<div class="row"><button aria-label="Decrease call">−</button><input name="callLbs" value="5,150" size="6"><button aria-label="Increase call">+</button></div></div>
<div class="card" data-pen-id="15"><h3>Pen 15 <small>96 hd</small></h3>
<label>Ration <select name="ration"><option>Finisher F3</option><option selected>Step-up S2</option></select></label>
<label>Bunk <select name="score"><option>0</option><option>½</option><option selected>1</option><option>2</option><option>3</option></select></label>
<p class="muted">Yesterday 1,980 lb</p>
<div class="row"><button aria-label="Decrease call">−</button><input name="callLbs" value="1,900" size="6"><button aria-label="Increase call">+</button></div></div>
</div>
<p>Total called: 11,750 lb · 3 pens · 481 head</p>
</main>`,
);

// 20. Climbing gym route setting
const climbV1 = page(
  'Routes · Boulder wall',
  `<header><strong>SetterBoard</strong><nav><a href="/routes" class="active">Routes</a><a href="/walls">Walls</a><a href="/holds">Hold inventory</a><a href="/schedule">Reset schedule</a></nav><span>Granite Works Gym</span></header>
<main>
<div class="grid">
<section class="card"><h2>New route</h2>
<form id="new-route">
<label>Wall <select id="new-wall"><option>Cave</option><option selected>Slab</option><option>Comp wall</option><option>Kids' corner</option></select></label>
<label>Hold colour <select id="new-color"><option>Red</option><option selected>Blue</option><option>Yellow</option><option>Black</option></select></label>
<label>Grade <select id="new-grade"><option>V0</option><option>V1</option><option>V2</option><option selected>V3</option><option>V4</option><option>V5</option><option>V6+</option></select></label>
<label>Setter <input id="new-setter" value="Jonas K."></label>
<label>Tape colour <input id="new-tape" value="White"></label>
<button type="submit">Add route</button>
</form></section>
<section class="card"><h2>Current routes</h2>
<table id="routes"><thead><tr><th></th><th>Colour</th><th>Grade</th><th>Wall</th><th>Setter</th><th>Set</th></tr></thead><tbody>
<tr data-route="r-880"><td><input type="checkbox"></td><td>Red</td><td>V2</td><td>Cave</td><td>Mara L.</td><td>02 Mar</td></tr>
<tr data-route="r-881"><td><input type="checkbox"></td><td>Yellow</td><td>V4</td><td>Cave</td><td>Jonas K.</td><td>02 Mar</td></tr>
<tr data-route="r-882"><td><input type="checkbox"></td><td>Black</td><td>V6+</td><td>Comp wall</td><td>Dee O.</td><td>24 Feb</td></tr>
<tr data-route="r-883"><td><input type="checkbox"></td><td>Blue</td><td>V1</td><td>Slab</td><td>Mara L.</td><td>17 Feb</td></tr>
</tbody></table>
<div class="row"><button id="strip-selected">Strip selected</button><a class="feedback-link" href="/feedback">View climber feedback</a></div>
</section>
</div>
</main>`,
);
const climbV2 = page(
  'Routes · Boulder wall',
  `<header><strong>SetterBoard</strong><nav><a href="/routes" class="active">Problems</a><a href="/walls">Walls</a><a href="/holds">Hold inventory</a><a href="/schedule">Reset schedule</a></nav><span>Granite Works Gym</span></header>
<main>
<section class="card"><div class="row"><h2>On the wall</h2><button id="bulk-strip" class="danger">Strip (1)</button><a href="/ascents">View ascents</a></div>
<div class="grid route-grid">
<div class="card route" data-route-id="r-880"><input type="checkbox" class="select-route" aria-label="Select red V2"><span class="swatch">Red</span> <b>V2</b> Cave · Mara L. · 02 Mar</div>
<div class="card route" data-route-id="r-881"><input type="checkbox" class="select-route" aria-label="Select yellow V4"><span class="swatch">Yellow</span> <b>V4</b> Cave · Jonas K. · 02 Mar</div>
<div class="card route" data-route-id="r-882"><input type="checkbox" class="select-route" aria-label="Select black V6+" checked><span class="swatch">Black</span> <b>V6+</b> Comp wall · Dee O. · 24 Feb</div>
<div class="card route" data-route-id="r-883"><input type="checkbox" class="select-route" aria-label="Select blue V1"><span class="swatch">Blue</span> <b>V1</b> Slab · Mara L. · 17 Feb</div>
</div></section>
<details class="card" open><summary>Set a new problem</summary>
<form id="new-route" class="grid">
<label>Wall section <select name="wallSection"><option>Cave</option><option selected>Slab</option><option>Comp wall</option><option>Kids' corner</option></select></label>
<label>Holds <select name="holdColour"><option>Red</option><option selected>Blue</option><option>Yellow</option><option>Black</option></select></label>
<label>V-grade <select id="grade-picker"><option>V0</option><option>V1</option><option>V2</option><option selected>V3</option><option>V4</option><option>V5</option><option>V6+</option></select></label>
<label>Set by <input data-testid="setter-input" value="Jonas K."></label>
<label>Style <select name="style"><option>Crimpy</option><option>Slopey</option><option>Dyno</option><option>Balance</option></select></label>
<button type="submit" id="create-route" class="primary">Publish problem</button>
</form></details>
</main>`,
);

// 21. Race timing results admin
const raceV1 = page(
  'Results · Riverfront 10K',
  `<header><strong>ChipTime Director</strong><nav><a href="/events">Events</a><a href="/results" class="active">Results</a><a href="/registrations">Registrations</a><a href="/readers">Readers</a></nav></header>
<main>
<div class="row"><label>Event <select id="event-select"><option selected>Riverfront 10K 2024</option><option>Riverfront 5K 2024</option><option>Kids Dash</option></select></label>
<input id="bib-search" placeholder="Search bib or name">
<button id="import-reads">Import chip reads</button>
<button id="publish" class="primary">Publish results</button></div>
<nav class="ag-tabs"><a href="#overall" class="active">Overall</a><a href="#f30">F30–39</a><a href="#f40">F40–49</a><a href="#m30">M30–39</a><a href="#m40">M40–49</a></nav>
<table id="results"><thead><tr><th>Place</th><th>Bib</th><th>Name</th><th>Age group</th><th>Chip time</th><th>Gun time</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-bib="1043"><td>1</td><td>1043</td><td>Samuel Kiptoo</td><td>M30–39</td><td>31:12</td><td>31:14</td><td>OK</td><td><button class="edit-result">Edit</button></td></tr>
<tr data-bib="887"><td>2</td><td>887</td><td>Laura Brennan</td><td>F30–39</td><td>34:48</td><td>34:55</td><td>OK</td><td><button class="edit-result">Edit</button></td></tr>
<tr data-bib="2210"><td>3</td><td>2210</td><td>Dmitri Volkov</td><td>M40–49</td><td>35:02</td><td>35:40</td><td>OK</td><td><button class="edit-result">Edit</button></td></tr>
<tr data-bib="1519"><td>4</td><td>1519</td><td>Hana Sato</td><td>F40–49</td><td>36:10</td><td>36:31</td><td>Review</td><td><button class="edit-result">Edit</button></td></tr>
</tbody></table>
<div class="row"><button id="dq-runner">DQ runner</button><span class="muted">2,318 finishers · last read 10:42:17</span></div>
</main>`,
);
const raceV2 = page(
  'Results · Riverfront 10K',
  `<header><strong>ChipTime Director</strong><nav><a href="/events">Events</a><a href="/results" class="active">Results</a><a href="/registrations">Registrations</a><a href="/readers">Readers</a></nav><button id="publish-results" class="primary">Publish live</button></header>
<main>
<div class="row toolbar"><select aria-label="Race"><option selected>Riverfront 10K 2024</option><option>Riverfront 5K 2024</option><option>Kids Dash</option></select>
<input type="search" name="q" placeholder="Bib, name or team">
<button id="toolbar-import" title="Import reads from readers">⤓ Import</button><button id="add-note">Add note</button></div>
<div role="tablist" class="ag-tabs"><button role="tab" aria-controls="ag-overall" aria-selected="true">Overall</button><button role="tab" aria-controls="ag-f30">F30–39</button><button role="tab" aria-controls="ag-f40">F40–49</button><button role="tab" aria-controls="ag-m30">M30–39</button><button role="tab" aria-controls="ag-m40">M40–49</button></div>
<table id="results"><thead><tr><th>#</th><th>Bib</th><th>Runner</th><th>Div</th><th>Net</th><th>Pace</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-bib-no="1043"><td>1</td><td>1043</td><td>Samuel Kiptoo</td><td>M30–39</td><td>31:12</td><td>5:01/km</td><td>OK</td><td><button class="edit">✎</button></td></tr>
<tr data-bib-no="887"><td>2</td><td>887</td><td>Laura Brennan</td><td>F30–39</td><td>34:48</td><td>5:36/km</td><td>OK</td><td><button class="edit">✎</button></td></tr>
<tr data-bib-no="2210"><td>3</td><td>2210</td><td>Dmitri Volkov</td><td>M40–49</td><td>35:02</td><td>5:38/km</td><td>OK</td><td><button class="edit">✎</button></td></tr>
<tr data-bib-no="1519"><td>4</td><td>1519</td><td>Hana Sato</td><td>F40–49</td><td>36:10</td><td>5:49/km</td><td>Review</td><td><button class="edit">✎</button></td></tr>
</tbody></table>
<p class="muted">2,318 finishers · last read 10:42:17</p>
</main>`,
);

// 22. Geocaching app: cache page and log (phone)
const geoV1 = page(
  'GC8XK2Q',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Old Mill Race</h1><span>GC8XK2Q</span></header>
<main>
<section class="card"><p>Traditional · Small · D 2 / T 2.5</p><p>Hidden by <a href="/profile/riverrat">riverrat</a> · 14 Aug 2019</p>
<div class="row"><button id="navigate">Navigate</button><button id="fav-point">♥ Favorite (41)</button></div>
<button id="reveal-hint">Reveal hint</button><p id="hint-text" class="muted">Hint hidden</p>
</section>
<section class="card"><h2>Log your visit</h2>
<form id="log-form">
<label>Log type <select id="log-type"><option selected>Found it</option><option>Didn't find it</option><option>Write note</option></select></label>
<label>Date <input type="date" id="log-date" value="2024-05-11"></label>
<label>Log <textarea id="log-text" rows="4">TFTC! Quick find after a nice walk along the race.</textarea></label>
<label><input type="checkbox" id="drop-trackable"> Drop a trackable</label>
<div class="row"><button type="button" id="add-photo">Add photo</button><button type="submit" class="primary">Post log</button></div>
</form>
</section>
<section class="card"><h2>Recent logs</h2><ul><li>😊 Found · hikerjen · 2 May</li><li>😊 Found · GeoDad77 · 28 Apr</li><li>☹ DNF · caching_kat · 20 Apr</li></ul></section>
</main>
<nav class="tabbar"><a href="/map">Map</a><a href="/lists">Lists</a><a href="/profile">Profile</a></nav>`,
  PHONE,
);
const geoV2 = page(
  'GC8XK2Q',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Old Mill Race</h1><button class="icon-btn" aria-label="Navigate to cache">🧭</button></header>
<main>
<section class="card"><p><span class="badge">GC8XK2Q</span> Traditional · Small · D 2 / T 2.5</p><p>Hidden by <a href="/profile/riverrat">riverrat</a> · 14 Aug 2019 · ♥ 41</p>
<div class="row"><button id="watch">👁 Watch</button><button id="hint-toggle" aria-expanded="false" aria-controls="hint-text">Show hint</button></div>
<p id="hint-text" class="muted">Hint hidden</p>
</section>
<section class="card"><h2>New log</h2>
<form id="log-form">
<label>Type <select name="logKind"><option selected>Found it</option><option>Didn't find it</option><option>Write note</option></select></label>
<label>Visited <input type="date" name="visitedOn" value="2024-05-11"></label>
<textarea name="body" rows="4" aria-label="Log text">TFTC! Quick find after a nice walk along the race.</textarea>
<label><input type="checkbox" id="needs-maint"> Report needs maintenance</label>
<div class="row"><button type="button" id="add-photo">📷</button><button type="submit" id="submit-log" class="primary">Submit</button></div>
</form>
</section>
<section class="card"><h2>Activity</h2><ul><li>😊 Found · hikerjen · 2 May</li><li>😊 Found · GeoDad77 · 28 Apr</li><li>☹ DNF · caching_kat · 20 Apr</li></ul></section>
</main>
<nav class="tabbar"><a href="/map">Map</a><a href="/lists">Lists</a><a href="/profile">Profile</a></nav>`,
  PHONE,
);

// 23. Diabetes glucose logbook (phone)
const glucoseV1 = page(
  'Add reading',
  `<header class="app-bar"><button class="icon-btn" aria-label="Close">✕</button><h1>Add reading</h1><span></span></header>
<main>
<fieldset class="units"><legend>Units</legend><label><input type="radio" name="units" id="units-mgdl" checked> mg/dL</label><label><input type="radio" name="units" id="units-mmol"> mmol/L</label></fieldset>
<form id="reading">
<label>Blood glucose <input id="bg-value" type="number" value="142"></label>
<label>Time <input type="datetime-local" id="taken-at" value="2024-06-20T12:35"></label>
<label>Tag <select id="meal-tag"><option>Fasting</option><option>Before meal</option><option selected>After meal</option><option>Bedtime</option></select></label>
<label>Carbs (g) <input id="carbs" type="number" value="55"></label>
<label>Bolus insulin (u) <input id="bolus" type="number" step="0.5" value="4.5"></label>
<label>Basal insulin (u) <input id="basal" type="number" step="0.5" value=""></label>
<label>Note <input id="note" value="Pasta lunch"></label>
<button type="submit" class="primary">Save entry</button>
</form>
<section class="card"><h2>Today</h2><p>Avg 128 mg/dL · 4 readings · Time in range 82%</p><button id="export-pdf">Export PDF for doctor</button></section>
</main>
<nav class="tabbar"><a href="/log" class="active">Log</a><a href="/charts">Charts</a><a href="/a1c">A1c</a><a href="/settings">Settings</a></nav>`,
  PHONE,
);
const glucoseV2 = page(
  'Add reading',
  `<header class="app-bar"><button class="icon-btn" aria-label="Close">✕</button><h1>New entry</h1><button class="icon-btn" id="log-it" type="submit" form="reading">Log reading</button></header>
<main>
<form id="reading">
<div class="row"><label>Glucose <input name="glucose" type="number" inputmode="decimal" value="142"></label>
<div class="row seg" role="group" aria-label="Units"><button type="button" aria-pressed="true" data-unit="mgdl">mg/dL</button><button type="button" aria-pressed="false" data-unit="mmol">mmol/L</button></div></div>
<label>When <input type="datetime-local" name="takenAt" value="2024-06-20T12:35"></label>
<label>Meal timing <select data-testid="meal-timing"><option>Fasting</option><option>Pre-meal</option><option selected>Post-meal</option><option>Bedtime</option></select></label>
<fieldset><legend>Food &amp; insulin</legend>
<label>Carbohydrates (g) <input id="carbs-g" type="number" value="55"></label>
<label>Meal bolus (u) <input name="insulin.bolus" type="number" step="0.5" value="4.5"></label>
<label>Correction (u) <input name="insulin.correction" type="number" step="0.5" value=""></label>
</fieldset>
<label>Note <input name="note" value="Pasta lunch"></label>
</form>
<section class="card"><h2>Today</h2><p>Avg 128 mg/dL · 4 readings · Time in range 82%</p><button id="share-clinic">Share with my clinic</button></section>
</main>
<nav class="tabbar"><a href="/log" class="active">Log</a><a href="/charts">Charts</a><a href="/a1c">A1c</a><a href="/settings">Settings</a></nav>`,
  PHONE,
);

// 24. Avalanche observation report (field, phone)
const avyV1 = page(
  'Submit observation',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>Avalanche observation</h1><span></span></header>
<main>
<form id="obs">
<section class="card"><h2>Where &amp; when</h2>
<label>Forecast zone <select id="zone"><option>Stevens Pass</option><option selected>Snoqualmie Pass</option><option>Mt Hood</option></select></label>
<label>Date observed <input type="date" id="obs-date" value="2024-02-03"></label>
<label>Location description <input id="location" value="Source Lake basin, E-facing gully"></label>
</section>
<section class="card"><h2>Avalanche</h2>
<label>Size <select id="av-size"><option>D1</option><option selected>D2</option><option>D2.5</option><option>D3</option><option>D4</option></select></label>
<label>Trigger <select id="trigger"><option selected>Natural</option><option>Skier – accidental</option><option>Skier – intentional</option><option>Explosive</option></select></label>
<fieldset><legend>Aspect</legend>
<label><input type="radio" name="aspect" value="N"> N</label><label><input type="radio" name="aspect" value="NE" checked> NE</label><label><input type="radio" name="aspect" value="E"> E</label><label><input type="radio" name="aspect" value="SE"> SE</label><label><input type="radio" name="aspect" value="S"> S</label><label><input type="radio" name="aspect" value="W"> W</label>
</fieldset>
<label>Elevation (ft) <input id="elev" type="number" value="5400"></label>
<label>Crown depth (cm) <input id="crown-depth" type="number" value="60"></label>
<label>Weak layer <input id="weak-layer" value="Buried surface hoar 1/28"></label>
</section>
<div class="row"><button type="button" id="save-offline">Save offline</button><button type="submit" class="primary">Submit observation</button></div>
</form>
</main>`,
  PHONE,
);
const avyV2 = page(
  'Submit observation',
  `<header class="app-bar"><button class="icon-btn" aria-label="Back">‹</button><h1>New observation</h1><button id="obs-submit" class="icon-btn" type="submit" form="obs">Send</button></header>
<main>
<p class="muted">You're offline — this report will upload when you reconnect.</p>
<form id="obs">
<section class="card"><h2>Location</h2>
<label>Zone <select name="forecastZone"><option>Stevens Pass</option><option selected>Snoqualmie Pass</option><option>Mt Hood</option></select></label>
<label>Date <input type="date" name="observedOn" value="2024-02-03"></label>
<label>Where exactly? <input name="locationText" value="Source Lake basin, E-facing gully"></label>
</section>
<section class="card"><h2>Avalanche #1</h2>
<div class="grid"><label>D-size <select id="dsize"><option>D1</option><option selected>D2</option><option>D2.5</option><option>D3</option><option>D4</option></select></label>
<label>Trigger <select data-testid="trigger-type"><option selected>N · Natural</option><option>ASu · Skier, unintentional</option><option>ASc · Skier, controlled</option><option>AX · Explosive</option></select></label></div>
<div class="compass grid3" role="group" aria-label="Aspect">
<button type="button" data-aspect="N" aria-pressed="false">N</button><button type="button" data-aspect="NE" aria-pressed="true">NE</button><button type="button" data-aspect="E" aria-pressed="false">E</button>
<button type="button" data-aspect="SE" aria-pressed="false">SE</button><button type="button" data-aspect="S" aria-pressed="false">S</button><button type="button" data-aspect="W" aria-pressed="false">W</button>
</div>
<div class="grid"><label>Elevation ft <input name="elevationFt" type="number" value="5400"></label>
<label>Crown (cm) <input name="crownCm" type="number" value="60"></label></div>
<label>Bed surface <select name="bedSurface"><option>New snow</option><option selected>Old snow</option><option>Ground</option></select></label>
</section>
<button type="button" id="add-avalanche">＋ Add another avalanche</button>
</form>
</main>`,
  PHONE,
);
export const BLIND18_PAIRS: readonly PagePair[] = [
  {
    name: 'apiary-hive-inspection-18',
    v1: apiaryV1,
    v2: apiaryV2,
    targets: [
      {
        selector: '[aria-label="Hive menu"]',
        expect: '[aria-label="More options"]',
        change: 'overflow menu relabelled',
      },
      {
        selector: '#queen-status',
        expect: '[data-testid="queen-state"]',
        change: 'id to test id, text reworded, icon added',
      },
      {
        selector: '[name="frames_bees"]',
        expect: '[name="colony.framesBees"]',
        change: 'name namespaced, label reworded',
      },
      { selector: 'input[name="queen_seen"]', expect: '#sw-queen', change: 'checkbox became switch button' },
      {
        selector: '[name="chalkbrood"]',
        expect: null,
        change: 'field dropped; another disease checkbox in its place',
      },
      { selector: '#btn-draft', expect: null, change: 'draft removed, autosave note instead' },
      {
        selector: 'button:has-text("Save inspection")',
        expect: '#done-btn',
        change: 'save moved to app bar as Done',
      },
      {
        selector: 'input[name="varroa_count"]',
        expect: '[name="miteDrop"]',
        change: 'renamed and relabelled',
      },
    ],
  },
  {
    name: 'seismic-station-service-visit-18',
    v1: seismicV1,
    v2: seismicV2,
    targets: [
      { selector: '#batt-v', expect: '#battery-voltage', change: 'id renamed, label shortened' },
      { selector: '#vault-temp', expect: null, change: 'field removed; humidity field in its place' },
      {
        selector: '#mass-center',
        expect: '[data-testid="toggle-mass-recenter"]',
        change: 'checkbox to switch',
      },
      {
        selector: 'text=Run calibration pulse',
        expect: '#channels-toolbar .cal-btn',
        change: 'moved into table toolbar, relabelled',
      },
      { selector: 'span.st.bad', expect: '.pill-danger', change: 'status badge restyled and reworded' },
      { selector: '#add-part', expect: '#parts-add', change: 'id and label changed' },
      { selector: '#cancel-visit', expect: null, change: 'cancel removed; save-as-draft in its place' },
      {
        selector: 'button.primary#submit-visit',
        expect: '#btn-submit-report',
        change: 'id and text shortened',
      },
    ],
  },
  {
    name: 'greenhouse-climate-zones-18',
    v1: greenhouseV1,
    v2: greenhouseV2,
    targets: [
      {
        selector: 'tr[data-zone="B"] .edit-zone',
        expect: 'article[data-zone-id="B"] .adjust-link',
        change: 'table became cards; button to link',
      },
      { selector: '#sp-day', expect: '[name="setpoints.dayTemp"]', change: 'id to name, label shortened' },
      { selector: '#sp-co2', expect: null, change: 'CO2 target removed; vent limit in its place' },
      { selector: '#misting', expect: '[role="switch"][aria-label="Misting"]', change: 'checkbox to switch' },
      { selector: 'select#shade', expect: 'select[name="shadeScreen"]', change: 'moved to new Screens card' },
      { selector: 'button:has-text("Apply setpoints")', expect: '#apply-btn', change: 'label shortened' },
      { selector: '#ack-all', expect: null, change: 'bulk acknowledge removed' },
      { selector: 'text="Active alarms"', expect: '#alerts-heading', change: 'heading reworded with count' },
    ],
  },
  {
    name: 'ham-radio-contest-log-18',
    v1: hamV1,
    v2: hamV2,
    targets: [
      { selector: '#call', expect: '#qso-call', change: 'id and label renamed' },
      { selector: '[name="rst_s"]', expect: '[name="rstSent"]', change: 'name camel-cased, label shortened' },
      { selector: '[name="rst_r"]', expect: null, change: 'RST received dropped; serial field in its place' },
      { selector: '#exch', expect: '[data-testid="exchange-input"]', change: 'id to test id' },
      {
        selector: 'button:has-text("Log QSO")',
        expect: '.entry-bar button[type="submit"]',
        change: 'relabelled with key hint',
      },
      {
        selector: '#wipe',
        expect: 'button[title="Clear (Esc)"]',
        change: 'moved to entry toolbar as icon button',
      },
      {
        selector: 'tr[data-call="DL1ABC"] .work-btn',
        expect: 'li[data-spot="DL1ABC"] button',
        change: 'spot table became list, relabelled',
      },
      { selector: '#export-cabrillo', expect: null, change: 'export removed from log page' },
    ],
  },
  {
    name: 'timber-cruise-plot-tally-18',
    v1: cruiseV1,
    v2: cruiseV2,
    targets: [
      { selector: '#plot-no', expect: '[name="plotNumber"]', change: 'id to name, label shortened' },
      { selector: '#slope', expect: null, change: 'slope now derived from DEM, shown as text' },
      {
        selector: '#tree-2 input[name="dbh"]',
        expect: 'li[data-tree="2"] input[name="dbh_in"]',
        change: 'tree cards restructured, input renamed',
      },
      {
        selector: '#tree-3 .remove',
        expect: '[aria-label="Delete tree 3"]',
        change: 'text button to trash icon',
      },
      { selector: 'button:has-text("Add tree")', expect: '.fab', change: 'became floating action button' },
      { selector: '#gps-fix', expect: '[aria-label="Capture GPS"]', change: 'icon button relabelled' },
      { selector: '#skip-plot', expect: null, change: 'skip removed; flag plot chip added elsewhere' },
      { selector: 'text="Next plot →"', expect: '#next-plot-btn', change: 'relabelled Save & next' },
    ],
  },
  {
    name: 'bird-point-count-survey-18',
    v1: birdV1,
    v2: birdV2,
    targets: [
      { selector: '#point-id', expect: '[name="pointCode"]', change: 'id to name, label shortened' },
      {
        selector: 'select[name="wind"]',
        expect: 'input[name="windBft"]',
        change: 'select became range slider',
      },
      {
        selector: 'select[name="noise"]',
        expect: null,
        change: 'noise dropped; sky cover select in its place',
      },
      {
        selector: '[data-species="AMRO"] .inc',
        expect: '[aria-label="Add one American Robin"]',
        change: 'plus button relabelled, row attributes renamed',
      },
      {
        selector: '[data-species="NOCA"] .dec',
        expect: null,
        change: 'decrement buttons removed in favour of undo',
      },
      {
        selector: '#species-search',
        expect: 'input[type="search"]',
        change: 'search input lost id, placeholder reworded',
      },
      {
        selector: 'button#end-count',
        expect: '[data-testid="finish-count"]',
        change: 'id to test id, relabelled',
      },
      { selector: '.timer-display', expect: '#countdown', change: 'class to id, role timer' },
    ],
  },
  {
    name: 'lockout-tagout-isolation-permit-18',
    v1: lotoV1,
    v2: lotoV2,
    targets: [
      {
        selector: '#iso-3 input.verified',
        expect: '[data-iso="ISO-3"] .verify-btn',
        change: 'table to cards, checkbox to verify button',
      },
      {
        selector: '#iso-2 td.energy',
        expect: '[data-iso="ISO-2"] .energy-chip',
        change: 'cell became chip with icon',
      },
      {
        selector: 'role=button[name="Add personal lock"]',
        expect: null,
        change: 'manual lock entry removed; print roster button in its place',
      },
      { selector: '#btn-print-tags', expect: null, change: 'print removed; export in its place' },
      {
        selector: 'button[name="request-signoff"]',
        expect: '[data-testid="signoff-request"]',
        change: 'moved into permit header',
      },
      { selector: '#btn-release', expect: '#release-all', change: 'relabelled, moved into danger zone' },
      {
        selector: 'text="J. Mwangi — Lock #118"',
        expect: '#locks tr[data-lock="118"] td.name',
        change: 'list became table, name split from lock number',
      },
      { selector: '#permit-status', expect: '.status-pill', change: 'badge restyled' },
    ],
  },
  {
    name: 'dog-licence-renewal-portal-18',
    v1: dogV1,
    v2: dogV2,
    targets: [
      {
        selector: '#dog-name',
        expect: '[name="pet_name"]',
        change: 'id to name, label shortened, grouped in card',
      },
      {
        selector: 'input[name="sex"][value="F"]',
        expect: '#sex-female',
        change: 'radio name and value changed',
      },
      { selector: '#neutered', expect: '#altered', change: 'checkbox became yes/no select' },
      {
        selector: '#rabies-cert',
        expect: 'input[name="rabiesCertificate"]',
        change: 'file input renamed, relabelled',
      },
      { selector: '#term-3yr', expect: '[data-testid="term-36"]', change: 'term in months' },
      {
        selector: '#senior-discount',
        expect: null,
        change: 'discount dropped; assistance dog checkbox in its place',
      },
      { selector: '#tag-delivery', expect: null, change: 'delivery choice removed, always mailed' },
      {
        selector: 'button:has-text("Continue to payment")',
        expect: '#btn-review-pay',
        change: 'relabelled Review & pay',
      },
    ],
  },
  {
    name: 'snow-plow-storm-routes-18',
    v1: plowV1,
    v2: plowV2,
    targets: [
      {
        selector: '#storm-level',
        expect: 'select[name="stormLevel"]',
        change: 'id to name, option text shortened',
      },
      {
        selector: 'tr[data-route="R-07"] select.assign-truck',
        expect: '[data-route-id="R-07"] select[name="truck"]',
        change: 'table rows became cards',
      },
      {
        selector: 'tr[data-route="R-12"] td.status',
        expect: '[data-route-id="R-12"] [data-testid="route-status"]',
        change: 'status cell to span in card',
      },
      { selector: '#dispatch-all', expect: '.toolbar .dispatch', change: 'moved to toolbar, relabelled' },
      { selector: '#salt-reorder', expect: null, change: 'reorder removed; usage link in its place' },
      {
        selector: 'button:has-text("End storm")',
        expect: '#close-storm-event',
        change: 'moved to header, relabelled',
      },
      {
        selector: '.chip[data-filter="priority1"]',
        expect: '.filter-tabs [data-priority="1"]',
        change: 'filter chips became tabs',
      },
      {
        selector: '#brine-toggle',
        expect: null,
        change: 'brine pre-treatment removed; sand mix checkbox in its place',
      },
    ],
  },
  {
    name: 'cryo-em-session-booking-18',
    v1: cryoV1,
    v2: cryoV2,
    targets: [
      { selector: '#project-code', expect: '[name="grant_code"]', change: 'relabelled, id to name' },
      { selector: '#grid-box', expect: '#gridbox-id', change: 'id renamed, moved in row' },
      {
        selector: 'select#scope',
        expect: '[data-testid="instrument-select"]',
        change: 'moved to instrument step',
      },
      {
        selector: 'input[name="duration"][value="48"]',
        expect: '#dur-48h',
        change: 'radio renamed, value in days',
      },
      {
        selector: '#cassette-pos',
        expect: null,
        change: 'cassette position removed; grid count in its place',
      },
      {
        selector: '#transfer-dest',
        expect: 'select[name="storageTarget"]',
        change: 'relabelled Write data to',
      },
      {
        selector: '#trained-operator',
        expect: null,
        change: 'operator attestation replaced by SOP checkbox',
      },
      {
        selector: 'button:has-text("Request session")',
        expect: '#submit-booking',
        change: 'relabelled, moved to confirm step',
      },
    ],
  },
  {
    name: 'radiosonde-launch-checklist-18',
    v1: sondeV1,
    v2: sondeV2,
    targets: [
      { selector: '#sonde-serial', expect: '[name="sondeSN"]', change: 'relabelled S/N' },
      { selector: '#balloon-type', expect: '#balloon-model', change: 'id renamed' },
      { selector: '#gas-fill', expect: '[data-testid="fill-mass"]', change: 'relabelled Free lift' },
      {
        selector: 'label:has-text("Pressure (hPa)") input',
        expect: '#surface-pressure-hpa',
        change: 'relabelled QFE, grid layout',
      },
      {
        selector: '#sfc-rh',
        expect: null,
        change: 'humidity comes from sonde; cloud cover field in its place',
      },
      { selector: 'button:has-text("Start ground check")', expect: '#gc-start', change: 'relabelled Run' },
      { selector: '#btn-abort', expect: null, change: 'abort removed; reset form in its place' },
      {
        selector: '#btn-launch',
        expect: '.launch-bar .launch',
        change: 'relabelled Release balloon with icon',
      },
    ],
  },
  {
    name: 'pest-control-service-visit-18',
    v1: pestV1,
    v2: pestV2,
    targets: [
      { selector: '#area-garage', expect: '[data-area="garage"]', change: 'checkbox became toggle chip' },
      {
        selector: '#product',
        expect: 'select[name="productEpa"]',
        change: 'relabelled, options gained EPA numbers',
      },
      { selector: '#amount', expect: '#qty-applied', change: 'id and label renamed' },
      {
        selector: '#bs-3 select.activity',
        expect: '[data-station="3"] select[name="activity"]',
        change: 'table rows became flex rows',
      },
      {
        selector: '#bs-2 input.replaced',
        expect: null,
        change: 'replaced checkbox dropped; photo button in its place',
      },
      {
        selector: '#sig-btn',
        expect: '[data-testid="customer-sign"]',
        change: 'id to test id, icon and reworded',
      },
      { selector: '#call-customer', expect: null, change: 'call link removed; navigate link in its place' },
      {
        selector: 'button:has-text("Complete visit")',
        expect: '#finish',
        change: 'relabelled Finish & send report',
      },
    ],
  },
  {
    name: 'pottery-kiln-program-editor-18',
    v1: kilnV1,
    v2: kilnV2,
    targets: [
      { selector: '#program-name', expect: '[name="programTitle"]', change: 'id to name, label shortened' },
      {
        selector: 'tr.seg:nth-of-type(2) input.rate',
        expect: '[data-seg="2"] input[name="ramp"]',
        change: 'segment table became card rows',
      },
      {
        selector: 'tr.seg:nth-of-type(3) input.hold',
        expect: '[data-seg="3"] input[name="soak"]',
        change: 'hold relabelled soak',
      },
      {
        selector: 'button:has-text("Add segment")',
        expect: '#seg-add',
        change: 'text button became plus icon inside list',
      },
      { selector: '#cone', expect: 'select[name="coneTarget"]', change: 'options lost Cone prefix' },
      { selector: '#delay-start', expect: null, change: 'delay start removed; element boost in its place' },
      { selector: '#start-firing', expect: '#fire-now', change: 'moved to title bar, shortened with icon' },
      {
        selector: '#email-alerts',
        expect: null,
        change: 'email alerts removed; vent fan checkbox in its place',
      },
    ],
  },
  {
    name: 'aquarium-water-test-tracker-18',
    v1: aquaV1,
    v2: aquaV2,
    targets: [
      {
        selector: '#tank-select',
        expect: '[aria-label="Choose tank"]',
        change: 'id removed, aria label added',
      },
      { selector: 'input[name="ph"]', expect: '#param-ph', change: 'name to id in param rows' },
      {
        selector: 'input[name="nh3"]',
        expect: '[data-param="ammonia"] input',
        change: 'relabelled with chemical formula, unnamed input',
      },
      { selector: 'input[name="gh"]', expect: null, change: 'GH dropped; phosphate row in its place' },
      {
        selector: 'button:has-text("Log results")',
        expect: '#save-readings',
        change: 'relabelled Save readings',
      },
      {
        selector: '#wc-percent',
        expect: '[name="waterChangePct"]',
        change: 'card moved below trends, relabelled',
      },
      { selector: '#reminder-toggle', expect: '#remind-sw', change: 'checkbox became switch' },
      { selector: 'a.export-csv', expect: null, change: 'CSV export removed; share link in its place' },
    ],
  },
  {
    name: 'textile-dye-house-batch-18',
    v1: dyeV1,
    v2: dyeV2,
    targets: [
      { selector: '#batch-weight', expect: '[name="fabricKg"]', change: 'id to name, label shortened' },
      { selector: 'label:has-text("Liquor ratio") input', expect: '#lr', change: 'label abbreviated to L:R' },
      { selector: '#machine', expect: 'select[name="jet"]', change: 'id to name' },
      {
        selector: 'tr[data-line="3"] input.conc',
        expect: 'tr[data-row-id="3"] input[name="concentration"]',
        change: 'row and input attributes renamed',
      },
      {
        selector: 'tr[data-line="4"] .del-line',
        expect: 'tr[data-row-id="4"] [aria-label="Remove line"]',
        change: 'delete became trash icon',
      },
      { selector: '#recalc', expect: null, change: 'recalculation automatic; copy recipe in its place' },
      { selector: '#send-dispenser', expect: '#dispense-btn', change: 'moved to title row, shortened' },
      {
        selector: 'text=Approve lab dip',
        expect: null,
        change: 'approval moved out; request lab dip button instead',
      },
    ],
  },
  {
    name: 'excavation-context-sheet-18',
    v1: digV1,
    v2: digV2,
    targets: [
      { selector: '#context-no', expect: '[name="ctx_number"]', change: 'id to name, relabelled' },
      {
        selector: 'input[name="ctype"][value="cut"]',
        expect: '#type-cut',
        change: 'radio name and value changed, extra option added',
      },
      { selector: '#munsell', expect: '[data-testid="munsell-code"]', change: 'id to test id, relabelled' },
      { selector: '#compaction', expect: null, change: 'compaction dropped; sorting select in its place' },
      {
        selector: '#inc-charcoal',
        expect: '[data-inclusion="charcoal"]',
        change: 'checkbox became toggle chip',
      },
      {
        selector: '#rel-below',
        expect: '[name="stratigraphy.earlierThan"]',
        change: 'moved to stratigraphy card, relabelled',
      },
      {
        selector: '#btn-sample',
        expect: null,
        change: 'sample request moved to other module; add photo nearby',
      },
      {
        selector: 'button:has-text("Save context")',
        expect: '#ctx-save',
        change: 'moved to title row, shortened',
      },
    ],
  },
  {
    name: 'passport-acceptance-counter-18',
    v1: passportV1,
    v2: passportV2,
    targets: [
      {
        selector: '#call-next',
        expect: '[data-testid="queue-call-next"]',
        change: 'relabelled Next ticket, queue card moved right',
      },
      { selector: '#recall', expect: null, change: 'recall removed; transfer in its place' },
      {
        selector: '#app-type',
        expect: 'select[name="applicationType"]',
        change: 'relabelled Form, option text reordered',
      },
      {
        selector: '#doc-birth',
        expect: '[name="docs.birthCertificate"]',
        change: 'relabelled proof of citizenship',
      },
      {
        selector: '#doc-old-passport',
        expect: null,
        change: 'dropped; name change proof checkbox in its place',
      },
      {
        selector: 'input[name="fee"][value="expedite"]',
        expect: '#fee-expedited',
        change: 'radio group renamed, coded values',
      },
      {
        selector: 'button:has-text("Send to biometrics")',
        expect: '#to-biometrics',
        change: 'relabelled with arrow',
      },
      {
        selector: '#no-show',
        expect: '.applicant-actions .no-show-btn',
        change: 'moved to card header, shortened',
      },
    ],
  },
  {
    name: 'welding-procedure-spec-18',
    v1: wpsV1,
    v2: wpsV2,
    targets: [
      { selector: '#wps-no', expect: '[name="wpsNumber"]', change: 'id to name' },
      { selector: '#process', expect: '#welding-process', change: 'id renamed' },
      {
        selector: '#pos-3g',
        expect: '[data-pos="3G"]',
        change: 'checkbox became toggle chip with description',
      },
      {
        selector: 'label:has-text("Preheat min") input',
        expect: '[name="preheatMinC"]',
        change: 'label reworded',
      },
      { selector: '#interpass', expect: null, change: 'interpass dropped; heat input field in its place' },
      {
        selector: 'tr[data-pass="root"] input.amps',
        expect: 'tr[data-pass-id="root"] input[name="current"]',
        change: 'row and input attributes renamed',
      },
      { selector: '#link-pqr', expect: '#pqr-attach', change: 'moved into new PQR card, relabelled' },
      { selector: '#pwht', expect: null, change: 'PWHT removed; impact tested checkbox in its place' },
    ],
  },
  {
    name: 'feedlot-bunk-calls-18',
    v1: feedV1,
    v2: feedV2,
    targets: [
      {
        selector: 'tr[data-pen="12"] select.bunk-score',
        expect: '[data-pen-id="12"] select[name="score"]',
        change: 'table rows became pen cards',
      },
      {
        selector: 'tr[data-pen="12"] input.call',
        expect: '[data-pen-id="12"] input[name="callLbs"]',
        change: 'call input between stepper buttons',
      },
      {
        selector: 'tr[data-pen="14"] .bump-up',
        expect: '[data-pen-id="14"] [aria-label="Increase call"]',
        change: 'plus button class removed, aria label added',
      },
      {
        selector: 'tr[data-pen="15"] select.ration',
        expect: '[data-pen-id="15"] select[name="ration"]',
        change: 'moved into card',
      },
      { selector: '#print-sheet', expect: null, change: 'print removed; email sheet instead' },
      {
        selector: 'text=Send calls to feed truck',
        expect: '#push-to-truck',
        change: 'moved to title row, shortened',
      },
      { selector: '#feed-date', expect: '[name="feedingDate"]', change: 'label became aria label' },
      {
        selector: '#show-sick',
        expect: null,
        change: 'hospital pen filter removed; empty pen filter in its place',
      },
    ],
  },
  {
    name: 'climbing-gym-route-setting-18',
    v1: climbV1,
    v2: climbV2,
    targets: [
      { selector: '#new-wall', expect: '[name="wallSection"]', change: 'form moved into details below list' },
      { selector: '#new-grade', expect: '#grade-picker', change: 'relabelled V-grade' },
      { selector: '#new-setter', expect: '[data-testid="setter-input"]', change: 'relabelled Set by' },
      { selector: '#new-tape', expect: null, change: 'tape colour removed; style select in its place' },
      {
        selector: 'button:has-text("Add route")',
        expect: '#create-route',
        change: 'relabelled Publish problem',
      },
      {
        selector: 'tr[data-route="r-882"] input[type="checkbox"]',
        expect: '[data-route-id="r-882"] .select-route',
        change: 'table became card grid',
      },
      {
        selector: '#strip-selected',
        expect: '#bulk-strip',
        change: 'moved to section header, count in label',
      },
      {
        selector: 'a.feedback-link',
        expect: null,
        change: 'feedback link removed; ascents link in its place',
      },
    ],
  },
  {
    name: 'race-timing-results-admin-18',
    v1: raceV1,
    v2: raceV2,
    targets: [
      { selector: '#bib-search', expect: 'input[name="q"]', change: 'search lost id, placeholder reworded' },
      { selector: '#event-select', expect: '[aria-label="Race"]', change: 'label became aria label' },
      {
        selector: 'tr[data-bib="1043"] .edit-result',
        expect: 'tr[data-bib-no="1043"] button.edit',
        change: 'edit became pencil icon, row attribute renamed',
      },
      {
        selector: 'tr[data-bib="2210"] td:nth-of-type(6)',
        expect: null,
        change: 'gun time column dropped; pace column in its place',
      },
      {
        selector: '.ag-tabs a[href="#f40"]',
        expect: '[role="tab"][aria-controls="ag-f40"]',
        change: 'links became ARIA tabs',
      },
      {
        selector: '#publish',
        expect: '#publish-results',
        change: 'moved to header, relabelled Publish live',
      },
      {
        selector: 'button:has-text("Import chip reads")',
        expect: '#toolbar-import',
        change: 'shortened with icon',
      },
      {
        selector: '#dq-runner',
        expect: null,
        change: 'DQ moved into edit dialog; add note button in toolbar',
      },
    ],
  },
  {
    name: 'geocache-log-visit-18',
    v1: geoV1,
    v2: geoV2,
    targets: [
      {
        selector: '#reveal-hint',
        expect: '#hint-toggle',
        change: 'relabelled Show hint, disclosure attributes',
      },
      { selector: '#log-type', expect: 'select[name="logKind"]', change: 'id to name, label shortened' },
      { selector: '#log-date', expect: '[name="visitedOn"]', change: 'relabelled Visited' },
      { selector: '#log-text', expect: 'textarea[name="body"]', change: 'label became aria label' },
      { selector: '#fav-point', expect: null, change: 'favorite button removed; watch button in its place' },
      { selector: 'button:has-text("Post log")', expect: '#submit-log', change: 'relabelled Submit' },
      {
        selector: '#navigate',
        expect: '[aria-label="Navigate to cache"]',
        change: 'moved to app bar as compass icon',
      },
      {
        selector: '#drop-trackable',
        expect: null,
        change: 'trackable drop removed; maintenance checkbox in its place',
      },
    ],
  },
  {
    name: 'glucose-logbook-entry-18',
    v1: glucoseV1,
    v2: glucoseV2,
    targets: [
      { selector: '#bg-value', expect: '[name="glucose"]', change: 'id to name, label shortened' },
      {
        selector: '#meal-tag',
        expect: '[data-testid="meal-timing"]',
        change: 'relabelled Meal timing, options reworded',
      },
      { selector: '#carbs', expect: '#carbs-g', change: 'moved into fieldset, relabelled' },
      {
        selector: 'label:has-text("Bolus insulin") input',
        expect: '[name="insulin.bolus"]',
        change: 'relabelled Meal bolus',
      },
      { selector: '#basal', expect: null, change: 'basal removed; correction dose in its place' },
      {
        selector: 'button:has-text("Save entry")',
        expect: '#log-it',
        change: 'moved to app bar, relabelled',
      },
      { selector: '#units-mmol', expect: '[data-unit="mmol"]', change: 'radio became segmented toggle' },
      { selector: '#export-pdf', expect: null, change: 'PDF export removed; share with clinic in its place' },
    ],
  },
  {
    name: 'avalanche-observation-report-18',
    v1: avyV1,
    v2: avyV2,
    targets: [
      { selector: '#zone', expect: '[name="forecastZone"]', change: 'id to name, label shortened' },
      { selector: '#av-size', expect: '#dsize', change: 'relabelled D-size, in grid' },
      { selector: '#trigger', expect: '[data-testid="trigger-type"]', change: 'options gained codes' },
      {
        selector: 'input[name="aspect"][value="NE"]',
        expect: '[data-aspect="NE"]',
        change: 'radios became compass buttons',
      },
      { selector: '#crown-depth', expect: '[name="crownCm"]', change: 'relabelled Crown' },
      {
        selector: '#weak-layer',
        expect: null,
        change: 'weak layer removed; bed surface select in its place',
      },
      {
        selector: 'button:has-text("Submit observation")',
        expect: '#obs-submit',
        change: 'moved to app bar, relabelled Send',
      },
      {
        selector: '#save-offline',
        expect: null,
        change: 'offline automatic; add another avalanche button in its place',
      },
    ],
  },
];
