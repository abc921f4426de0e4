/**
 * Blind corpus 11, sealed: written without looking at the matcher. Domains: ferry vehicle booking,
 * grain silo monitoring, funeral arrangements, escape room booking (mobile), 3D-printer slicer settings,
 * oscilloscope web panel, ward controlled-drug register, magistrates' court daily list, ship cargo
 * manifest, archery scoring (mobile), hair salon diary, Kubernetes pod inspector, cron job scheduler,
 * e-scooter rental (mobile), water leak sensor hub, foster carer application, tenancy deposit dispute,
 * duplicate bridge scoring, organ donor registration, mountain hut reservation, insulin pump companion
 * (mobile), quarry weighbridge kiosk, savings pots (mobile), taxi dispatch console.
 */
import { edit, type PagePair, page } from './page.js';

const SIDE_CSS =
  '.with-side{margin-left:232px}.side-nav{flex-direction:column;align-items:flex-start}.toolbar{flex-wrap:wrap}';
const PHONE_CSS =
  '.phone{max-width:390px;margin:0 auto;border:1px solid #ccc}.phone main{padding:12px}.tabbar{justify-content:space-around;border-top:1px solid #ddd}.seg button[aria-pressed="true"]{font-weight:bold}';
const WIDE_FORM_CSS = 'form{max-width:640px}';

// ---------------------------------------------------------------------------
// 1. Ferry vehicle booking (desktop booking wizard)
// ---------------------------------------------------------------------------
const ferryTable = `<table id="sailings"><thead><tr><th>Departs</th><th>Arrives</th><th>Vessel</th><th>Car deck</th><th></th></tr></thead><tbody>
<tr><td>07:10</td><td>08:05</td><td>MV Lorne</td><td>Space</td><td><button class="pick" data-sailing="0710">Select</button></td></tr>
<tr><td>11:45</td><td>12:40</td><td>MV Lorne</td><td>Limited</td><td><button class="pick" data-sailing="1145">Select</button></td></tr>
<tr><td>16:20</td><td>17:15</td><td>MV Corran</td><td>Full</td><td><button class="pick" data-sailing="1620" disabled>Full</button></td></tr>
</tbody></table>`;
const ferryTickets = `<fieldset id="ticket-type"><legend>Ticket type</legend>
<label><input type="radio" name="ticket" value="single" checked> Single</label>
<label><input type="radio" name="ticket" value="return"> Return</label>
<label><input type="radio" name="ticket" value="day"> Day return</label>
</fieldset>`;
const ferryV1 = page(
  'Book a crossing - Northsound Ferries',
  `<header><strong>Northsound Ferries</strong><nav><a href="/timetables">Timetables</a><a href="/routes">Routes &amp; fares</a><a href="/manage" id="manage-link">Manage booking</a><a href="/help">Help</a></nav></header>
<main>
<ol class="row steps"><li class="badge">1 Journey</li><li class="badge">2 Vehicle</li><li class="badge">3 Passengers</li><li class="badge">4 Payment</li></ol>
<h1>Book a crossing</h1>
<p class="muted">Vehicle bookings are required on all routes from April to October.</p>
<form id="crossing-form">
<label for="route">Route</label>
<select id="route" name="route"><option>Ardmore to Kilbrannan</option><option>Kilbrannan to Ardmore</option><option>Ardmore to Innis Mor</option></select>
<label for="sail-date">Sailing date</label>
<input id="sail-date" name="sail_date" type="date">
${ferryTickets}
<label for="vehicle-type">Vehicle</label>
<select id="vehicle-type" name="vehicle"><option>Car</option><option>Campervan</option><option>Motorbike</option><option>Foot passenger only</option></select>
<label for="reg">Registration number</label>
<input id="reg" name="registration" placeholder="e.g. AB12 CDE">
<label for="veh-length">Vehicle length (m)</label>
<input id="veh-length" name="length" type="number" step="0.1">
<label><input type="checkbox" id="roof-box" name="roof_box"> Roof box or bike rack fitted</label>
<label><input type="checkbox" id="trailer" name="trailer"> Towing a trailer or caravan</label>
<div class="row"><button type="button" id="back-btn">Back</button><button type="submit" id="find-sailings">Find sailings</button></div>
</form>
<h2>Available sailings</h2>
${ferryTable}
<p class="muted">Check-in closes 30 minutes before departure. <a href="/conditions" id="conditions">Conditions of carriage</a></p>
</main>
<footer>Northsound Ferries Ltd · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact us</a></footer>`,
);
const ferry: PagePair = {
  name: 'ferry-vehicle-booking',
  v1: ferryV1,
  v2: edit(ferryV1, [
    [
      '<a href="/manage" id="manage-link">Manage booking</a>',
      '<a href="/offers">Offers</a><a href="/signin">Sign in</a>',
    ],
    [
      ferryTickets,
      `<div class="field"><span id="trip-label">Trip</span><div class="row seg" role="radiogroup" aria-labelledby="trip-label"><button type="button" role="radio" aria-checked="true" data-value="single">One way</button><button type="button" role="radio" aria-checked="false" data-value="return">Return</button><button type="button" role="radio" aria-checked="false" data-value="day">Same-day return</button></div></div>`,
    ],
    ['<label for="reg">Registration number</label>', '<label for="number-plate">Number plate</label>'],
    [
      '<input id="reg" name="registration" placeholder="e.g. AB12 CDE">',
      '<input id="number-plate" name="vehicle_reg" placeholder="AB12 CDE" autocomplete="off">',
    ],
    [
      '<label for="veh-length">Vehicle length (m)</label>',
      '<p class="muted">We look up the size of your vehicle from its number plate.</p>',
    ],
    ['<input id="veh-length" name="length" type="number" step="0.1">', ''],
    [
      '<label><input type="checkbox" id="roof-box" name="roof_box"> Roof box or bike rack fitted</label>',
      '<label><input type="checkbox" id="pet-onboard" name="pets"> Travelling with a dog or cat</label>',
    ],
    [
      '<label><input type="checkbox" id="trailer" name="trailer"> Towing a trailer or caravan</label>',
      '<div class="row"><span>Towing a trailer or caravan?</span><button type="button" role="switch" aria-checked="false" id="towing-switch">Off</button></div>',
    ],
    [
      '<div class="row"><button type="button" id="back-btn">Back</button><button type="submit" id="find-sailings">Find sailings</button></div>',
      '<label for="promo">Promo code (optional)</label><input id="promo" name="promo"><div class="row"><button type="button" id="back-btn">Back</button><button type="submit" class="primary" data-testid="show-sailings">Show sailings</button></div>',
    ],
    [
      ferryTable,
      `<div class="grid3" id="sailing-cards">
<div class="card sailing" data-dep="07:10"><h3>07:10 to 08:05</h3><p>MV Lorne · <span class="badge">Plenty of space</span></p><button class="choose-btn">Choose 07:10</button></div>
<div class="card sailing" data-dep="11:45"><h3>11:45 to 12:40</h3><p>MV Lorne · <span class="badge">Few spaces left</span></p><button class="choose-btn">Choose 11:45</button></div>
<div class="card sailing" data-dep="16:20"><h3>16:20 to 17:15</h3><p>MV Corran · <span class="badge">Vehicle deck full</span></p><button class="choose-btn" disabled>Full</button></div>
</div>`,
    ],
    [
      '<a href="/contact">Contact us</a></footer>',
      '<a href="/contact">Contact us</a> · <a href="/manage" class="footer-manage">Change or cancel a booking</a></footer>',
    ],
  ]),
  targets: [
    { selector: '#reg', expect: '#number-plate', change: 'field renamed and relabelled' },
    {
      selector: 'input[name="ticket"][value="return"]',
      expect: 'button[data-value="return"]',
      change: 'radio became segmented button',
    },
    { selector: '#find-sailings', expect: '[data-testid="show-sailings"]', change: 'submit renamed' },
    {
      selector: 'button.pick[data-sailing="1145"]',
      expect: '[data-dep="11:45"] .choose-btn',
      change: 'table became cards',
    },
    { selector: '#manage-link', expect: 'a.footer-manage', change: 'header link moved to footer, reworded' },
    { selector: '#trailer', expect: '#towing-switch', change: 'checkbox became switch, question label' },
    { selector: '#veh-length', expect: null, change: 'field removed (looked up from plate)' },
    { selector: '#roof-box', expect: null, change: 'checkbox replaced by a different option' },
  ],
};

// ---------------------------------------------------------------------------
// 2. Grain silo monitoring (agri dashboard with sidebar)
// ---------------------------------------------------------------------------
const siloBody = (
  header: string,
  nav: string,
  cards: string,
  fans: string,
  form: string,
  mainClass: string,
) =>
  `${header}${nav}<main class="${mainClass}">
<h1>Storage overview</h1>
<p class="muted">Readings every 15 minutes from cable sensors. Last update 06:45.</p>
${cards}
<h2>Fan schedule</h2>
${fans}
<h2>Alert thresholds</h2>
${form}
</main>
<footer>SiloWatch v4.2 · <a href="/support">Support</a></footer>`;
const siloV1 = page(
  'SiloWatch - Storage overview',
  siloBody(
    '<header><strong>SiloWatch</strong><span class="muted">Hollins Farm · north yard</span><a href="/account" id="acct">Account</a><button id="logout">Log out</button></header>',
    '<div class="sidebar"><nav class="side-nav"><a href="/silos" class="nav-item active">Silos</a><a href="/fans" class="nav-item">Fans</a><a href="/alerts" class="nav-item">Alerts</a><a href="/reports" class="nav-item" id="nav-reports">Reports</a></nav></div>',
    `<div class="grid">
<div class="card silo" id="silo-1"><h3>Silo 1 · Wheat</h3><p>Fill 78% · 412 t</p><p>Top temp <b>14.2 °C</b> · Moisture <b>14.8%</b></p><button class="aerate">Start aeration</button></div>
<div class="card silo" id="silo-2"><h3>Silo 2 · Barley <span class="badge">Warm spot</span></h3><p>Fill 55% · 260 t</p><p>Top temp <b>19.6 °C</b> · Moisture <b>15.3%</b></p><button class="aerate">Start aeration</button></div>
<div class="card silo" id="silo-3"><h3>Silo 3 · Oilseed rape</h3><p>Fill 91% · 305 t</p><p>Top temp <b>12.9 °C</b> · Moisture <b>8.1%</b></p><button class="aerate">Start aeration</button></div>
<div class="card silo" id="silo-4"><h3>Silo 4 · Empty</h3><p>Fill 0%</p><p>Cleaned and fumigated 2 Aug</p><button class="aerate">Start aeration</button></div>
</div>`,
    `<table id="fan-table"><thead><tr><th>Fan</th><th>Silo</th><th>Mode</th><th>Run hours</th><th></th></tr></thead><tbody>
<tr><td>F1</td><td>1</td><td>Auto (night air)</td><td>122</td><td><a href="/fans/f1" class="edit-fan">Edit</a></td></tr>
<tr><td>F2</td><td>2</td><td>Manual</td><td>340</td><td><a href="/fans/f2" class="edit-fan">Edit</a></td></tr>
<tr><td>F3</td><td>3</td><td>Off</td><td>12</td><td><a href="/fans/f3" class="edit-fan">Edit</a></td></tr>
</tbody></table>`,
    `<form id="thresholds">
<label for="max-temp">Maximum grain temperature (°C)</label><input id="max-temp" name="max_temp" type="number" value="20">
<label for="max-moist">Maximum moisture (%)</label><input id="max-moist" name="max_moisture" type="number" value="15">
<label><input type="checkbox" name="sms_alerts" id="sms-alerts" checked> Text me when a limit is crossed</label>
<label for="alert-phone">Mobile number</label><input id="alert-phone" name="phone" type="tel">
<button type="submit" class="btn-primary">Save thresholds</button>
</form>`,
    'with-side',
  ),
  SIDE_CSS,
);
const siloV2 = page(
  'SiloWatch - Storage overview',
  siloBody(
    '<header><strong>SiloWatch</strong><nav class="tabs"><a href="/silos" class="tab current">Silos</a><a href="/fans" class="tab">Fans</a><a href="/alerts" class="tab">Alerts</a><a href="/reports" class="tab">History &amp; reports</a></nav><span class="muted">Hollins Farm · north yard</span><div class="user-menu row"><span>J. Hollins</span><a href="/account">Profile</a><a href="/logout" class="signout">Sign out</a></div></header>',
    '',
    `<div class="grid">
<div class="card silo-card" data-silo="1"><h3>1 · Wheat</h3><p>412 t (78%) · 14.2 °C · 14.8% moisture</p><button class="fan-start">Run fans</button></div>
<div class="card silo-card" data-silo="2"><h3>2 · Barley <span class="badge">Heating</span></h3><p>260 t (55%) · 19.6 °C · 15.3% moisture</p><button class="fan-start">Run fans</button></div>
<div class="card silo-card" data-silo="3"><h3>3 · Oilseed rape</h3><p>305 t (91%) · 12.9 °C · 8.1% moisture</p><button class="fan-start">Run fans</button></div>
<div class="card silo-card" data-silo="4"><h3>4 · Empty</h3><p>Cleaned and fumigated 2 Aug</p><button class="log-fill">Record intake</button></div>
</div>`,
    `<ul class="fan-list">
<li class="fan-item card" data-fan="F2"><b>F2</b> on silo 2 · Manual · 340 h <button class="fan-settings">Settings</button></li>
<li class="fan-item card" data-fan="F1"><b>F1</b> on silo 1 · Night air · 122 h <button class="fan-settings">Settings</button></li>
<li class="fan-item card" data-fan="F3"><b>F3</b> on silo 3 · Off · 12 h <button class="fan-settings">Settings</button></li>
</ul>`,
    `<form id="alert-form">
<label for="temp-limit">Alert above (°C)</label><input id="temp-limit" name="temp_limit" type="number" value="20">
<label for="moist-limit">Alert above moisture (%)</label><input id="moist-limit" name="moisture_limit" type="number" value="15">
<label class="row"><input type="checkbox" role="switch" class="toggle" id="notify-sms" checked> SMS alerts</label>
<p class="muted">Alerts go to the numbers in your <a href="/account/contacts">account contacts</a>.</p>
<button type="submit" class="btn-primary">Save</button>
</form>`,
    'full',
  ),
  SIDE_CSS,
);
const silo: PagePair = {
  name: 'grain-silo-monitor',
  v1: siloV1,
  v2: siloV2,
  targets: [
    {
      selector: '#silo-2 .aerate',
      expect: '[data-silo="2"] .fan-start',
      change: 'card ids dropped, action reworded',
    },
    { selector: '#max-temp', expect: '#temp-limit', change: 'field renamed, shorter label' },
    { selector: '#sms-alerts', expect: '#notify-sms', change: 'checkbox became switch, renamed' },
    {
      selector: '#nav-reports',
      expect: 'header a[href="/reports"]',
      change: 'sidebar nav moved into header tabs',
    },
    {
      selector: '#fan-table tbody tr:nth-of-type(2) .edit-fan',
      expect: '[data-fan="F2"] .fan-settings',
      change: 'table became re-sorted list, link became button',
    },
    { selector: '#logout', expect: 'a.signout', change: 'button moved into user menu as link' },
    { selector: '#alert-phone', expect: null, change: 'field removed' },
    { selector: '#silo-4 .aerate', expect: null, change: 'different action on empty silo' },
  ],
};

// ---------------------------------------------------------------------------
// 3. Funeral arrangements planner (long consumer form with summary)
// ---------------------------------------------------------------------------
const funeralTypes = `<fieldset><legend>Choose one</legend>
<label><input type="radio" name="service" value="burial"> Burial</label>
<label><input type="radio" name="service" value="cremation" checked> Cremation with a service</label>
<label><input type="radio" name="service" value="direct"> Direct cremation (no service)</label>
</fieldset>`;
const funeralAside =
  '<aside class="card"><h3>Your plan so far</h3><p>Service: cremation with a service</p><p>Estimated total</p><p id="estimate-total"><strong>£3,940</strong></p><a href="/home-visit" id="home-visit">Request a home visit</a></aside>';
const funeralV1 = page(
  'Arrange a funeral - Ashworth & Daughters',
  `<header><strong>Ashworth &amp; Daughters</strong><span class="muted">Funeral directors since 1921</span><a href="tel:01632960555" id="call-us">01632 960555</a></header>
<main>
${funeralAside}
<h1>Arrange a funeral</h1>
<p>Take your time. You can save this and come back whenever you are ready.</p>
<form id="arrangements">
<h2>The person who has died</h2>
<label for="full-name">Full name</label><input id="full-name" name="deceased_name">
<label for="dod">Date of death</label><input id="dod" name="date_of_death" type="date">
<h2>Type of funeral</h2>
${funeralTypes}
<label for="venue">Venue for the service</label>
<select id="venue" name="venue"><option>Crematorium chapel</option><option>Parish church</option><option>Our own chapel of rest</option><option>Somewhere else</option></select>
<h2>Music</h2>
<ol id="music-list"><li>Entrance: The Lark Ascending</li><li>Committal: Abide with Me</li></ol>
<button type="button" id="add-music">Add a piece of music</button>
<h2>Extras</h2>
<label><input type="checkbox" id="flowers" name="flowers"> Coffin spray flowers</label>
<label><input type="checkbox" id="notice-newspaper" name="newspaper"> Place a notice in the local paper</label>
<label><input type="checkbox" id="order-of-service" name="oos"> Printed order of service</label>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="continue">Continue</button></div>
</form>
</main>
<footer>Ashworth &amp; Daughters, 4 Quarry Street · <a href="/prices">Price list</a> · <a href="/privacy">Privacy</a></footer>`,
  WIDE_FORM_CSS,
);
const funeral: PagePair = {
  name: 'funeral-arrangements-planner',
  v1: funeralV1,
  v2: edit(funeralV1, [
    [
      '<a href="tel:01632960555" id="call-us">01632 960555</a></header>',
      '<a href="tel:01632960555" id="call-us">01632 960555</a><a href="/plan/save" class="save-later">Save and finish later</a></header>',
    ],
    [funeralAside, ''],
    [
      funeralTypes,
      `<div class="grid3" id="funeral-types">
<div class="card option" data-option="burial"><h3>Burial</h3><p class="muted">A service followed by burial at a cemetery or churchyard.</p><button type="button" class="choose">Choose burial</button></div>
<div class="card option" data-option="cremation"><h3>Cremation</h3><p class="muted">A service at a crematorium, chapel or church.</p><button type="button" class="choose">Choose cremation</button></div>
<div class="card option" data-option="memorial"><h3>Celebration of life</h3><p class="muted">A gathering to remember them, held wherever you like.</p><button type="button" class="choose">Choose this</button></div>
</div>`,
    ],
    [
      '<label for="venue">Venue for the service</label>',
      '<label for="ceremony-place">Where will the ceremony be held?</label>',
    ],
    ['<select id="venue" name="venue">', '<select id="ceremony-place" name="ceremony_location">'],
    [
      '<button type="button" id="add-music">Add a piece of music</button>',
      '<button type="button" class="btn-add-track">+ Add song</button>',
    ],
    ['<label><input type="checkbox" id="flowers" name="flowers"> Coffin spray flowers</label>', ''],
    [
      '<label><input type="checkbox" id="notice-newspaper" name="newspaper"> Place a notice in the local paper</label>',
      '<label><input type="checkbox" id="opt-press-notice" name="death_notice"> Publish a death notice in the newspaper</label>',
    ],
    [
      '<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="continue">Continue</button></div>',
      '<div class="row"><button type="submit" id="continue">Continue</button></div>',
    ],
    [
      '</form>\n</main>',
      '</form>\n<div class="card summary-bar row"><span>Estimate so far</span><strong data-testid="estimate">£3,940</strong><a href="/contact">Questions? Call us</a></div>\n</main>',
    ],
  ]),
  targets: [
    {
      selector: 'input[name="service"][value="cremation"]',
      expect: '[data-option="cremation"] .choose',
      change: 'radio became choice card',
    },
    { selector: '#venue', expect: '#ceremony-place', change: 'select renamed, label as a question' },
    { selector: '#save-draft', expect: 'a.save-later', change: 'button moved to header as link' },
    { selector: '#add-music', expect: '.btn-add-track', change: 'id dropped, shorter wording' },
    {
      selector: '#estimate-total',
      expect: '[data-testid="estimate"]',
      change: 'sidebar total moved to summary bar',
    },
    {
      selector: '#notice-newspaper',
      expect: '#opt-press-notice',
      change: 'checkbox renamed, domain term changed',
    },
    { selector: '#flowers', expect: null, change: 'option removed' },
    {
      selector: 'input[name="service"][value="direct"]',
      expect: null,
      change: 'option replaced by a different one',
    },
  ],
};

// ---------------------------------------------------------------------------
// 4. Escape room booking (mobile screen)
// ---------------------------------------------------------------------------
const escapeRooms = `<div class="card room" id="room-clockmaker"><h3>The Clockmaker's Study</h3><p class="muted">60 min · 2 to 6 players · Hard</p><a href="/rooms/clockmaker" class="room-info">Details</a></div>
<div class="card room" id="room-submarine"><h3>Dive Dive Dive</h3><p class="muted">60 min · 3 to 8 players · Medium</p><a href="/rooms/submarine" class="room-info">Details</a></div>
<div class="card room" id="room-hotel"><h3>Room 404</h3><p class="muted">75 min · 4 to 8 players · Expert</p><a href="/rooms/hotel" class="room-info">Details</a></div>`;
const escapeSlots = `<div class="row slots"><button class="slot" data-time="10:00">10:00</button><button class="slot" data-time="12:15">12:15</button><button class="slot" data-time="14:30">14:30</button><button class="slot" data-time="16:45">16:45</button><button class="slot" data-time="18:30">18:30</button><button class="slot" data-time="21:00">21:00</button></div>`;
const escapeV1 = page(
  'LockedIn Rooms',
  `<div class="phone">
<header><strong>LockedIn Rooms</strong><span class="muted">Leeds</span></header>
<main>
<h1>Book a game</h1>
${escapeRooms}
<h2>Players</h2>
<div class="row stepper"><button id="players-dec" aria-label="Remove player">-</button><span id="players-count">4</span><button id="players-inc" aria-label="Add player">+</button><span class="muted">£22 per person</span></div>
<h2>Saturday 14 June</h2>
${escapeSlots}
<p><label for="promo">Promo code</label> <input id="promo" name="promo"></p>
<p><a href="/accessibility" id="accessibility-note">Accessibility information</a></p>
<button id="book-now" class="btn">Book now · £88</button>
</main>
<nav class="tabbar"><a class="tab" href="/">Home</a><a class="tab" href="/rooms">Rooms</a><a class="tab" href="/bookings">My bookings</a><a class="tab" href="/profile">Profile</a></nav>
</div>`,
  PHONE_CSS + '.slots{flex-wrap:wrap}',
);
const escapeRoom: PagePair = {
  name: 'escape-room-booking',
  v1: escapeV1,
  v2: edit(escapeV1, [
    [
      '<span class="muted">Leeds</span></header>',
      '<span class="muted">Leeds</span><a href="/account/bookings" aria-label="Your bookings" class="icon-btn">Tickets</a></header>',
    ],
    [
      escapeRooms,
      `<div class="card room-card" data-room="hotel"><h3>Room 404</h3><p class="muted">75 min · 4 to 8 players · Expert</p><button class="more">What's inside?</button></div>
<div class="card room-card" data-room="clockmaker"><h3>The Clockmaker's Study</h3><p class="muted">60 min · 2 to 6 players · Hard</p><button class="more">What's inside?</button></div>
<div class="card room-card" data-room="submarine"><h3>Dive Dive Dive</h3><p class="muted">60 min · 3 to 8 players · Medium</p><button class="more">What's inside?</button></div>`,
    ],
    ['<h2>Players</h2>', '<h2>Team size</h2>'],
    [
      '<button id="players-dec" aria-label="Remove player">-</button><span id="players-count">4</span><button id="players-inc" aria-label="Add player">+</button>',
      '<button class="step-down" aria-label="Fewer players">-</button><output>4</output><button class="step-up" aria-label="More players">+</button>',
    ],
    ['<h2>Saturday 14 June</h2>', ''],
    [
      escapeSlots,
      `<fieldset class="slot-list"><legend>Sat 14 Jun: pick a start time</legend>
<label><input type="radio" name="slot" value="1000"> 10:00 am</label>
<label><input type="radio" name="slot" value="1215"> 12:15 pm</label>
<label><input type="radio" name="slot" value="1430"> 2:30 pm</label>
<label><input type="radio" name="slot" value="1645"> 4:45 pm</label>
<label><input type="radio" name="slot" value="1830"> 6:30 pm</label>
<label><input type="radio" name="slot" value="2000"> 8:00 pm</label>
</fieldset>`,
    ],
    [
      '<p><label for="promo">Promo code</label> <input id="promo" name="promo"></p>',
      '<div class="card"><h3>Have a voucher?</h3><input id="voucher-code" name="voucher" placeholder="Gift voucher or promo code" aria-label="Voucher code"></div>',
    ],
    ['<p><a href="/accessibility" id="accessibility-note">Accessibility information</a></p>', ''],
    [
      '<button id="book-now" class="btn">Book now · £88</button>',
      '<button class="btn cta-pay">Pay &amp; confirm · £88</button>',
    ],
    ['<a class="tab" href="/bookings">My bookings</a>', '<a class="tab" href="/vouchers">Gift vouchers</a>'],
  ]),
  targets: [
    { selector: '#players-inc', expect: '.step-up', change: 'stepper ids dropped, aria label reworded' },
    {
      selector: '.slot[data-time="18:30"]',
      expect: 'input[name="slot"][value="1830"]',
      change: 'slot buttons became radio list, 12h times',
    },
    { selector: '#promo', expect: '#voucher-code', change: 'field moved into card, renamed' },
    { selector: '#book-now', expect: '.cta-pay', change: 'button reworded, id dropped' },
    {
      selector: 'a.tab[href="/bookings"]',
      expect: 'a[aria-label="Your bookings"]',
      change: 'tab moved into header icon link',
    },
    {
      selector: '#room-clockmaker .room-info',
      expect: '[data-room="clockmaker"] .more',
      change: 'cards re-sorted, link became button',
    },
    { selector: '#accessibility-note', expect: null, change: 'link removed' },
    { selector: '.slot[data-time="21:00"]', expect: null, change: 'late slot replaced by earlier one' },
  ],
};

// ---------------------------------------------------------------------------
// 5. 3D-printer slicer settings (desktop app)
// ---------------------------------------------------------------------------
const slicerObjects = `<table id="objects"><thead><tr><th>Name</th><th>Copies</th><th>Scale</th><th></th></tr></thead><tbody>
<tr><td>hinge_pin.stl</td><td>4</td><td>100%</td><td><button class="remove">Remove</button></td></tr>
<tr><td>bracket_v3.stl</td><td>1</td><td>100%</td><td><button class="remove">Remove</button></td></tr>
<tr><td>cable_clip.stl</td><td>6</td><td>80%</td><td><button class="remove">Remove</button></td></tr>
</tbody></table>`;
const slicerV1 = page(
  'LayerForge',
  `<header><strong>LayerForge</strong><div class="row toolbar"><button id="btn-open">Open model</button><button id="btn-slice">Slice</button><button id="btn-export">Export G-code</button><button id="btn-export-sd">Save to SD card</button></div><span class="muted">Untitled project</span></header>
<div class="sidebar card" id="settings-panel">
<h2>Print settings</h2>
<div class="row tabs toolbar"><button class="tab active" id="tab-quality">Quality</button><button class="tab" id="tab-strength">Strength</button><button class="tab" id="tab-support">Support</button><button class="tab" id="tab-cooling">Cooling</button></div>
<form>
<label for="printer">Printer</label><select id="printer"><option>MK4-style 250</option><option>CoreXY 256</option><option>Generic 220</option></select>
<label for="material">Filament</label><select id="material"><option>PLA</option><option>PETG</option><option>TPU 95A</option></select>
<label for="layer-height">Layer height</label><select id="layer-height"><option>0.12 mm</option><option selected>0.20 mm</option><option>0.28 mm</option></select>
<label for="infill">Infill (%)</label><input id="infill" type="number" value="15">
<label><input type="checkbox" id="supports"> Generate supports</label>
<label><input type="checkbox" id="brim" checked> Add brim</label>
<label for="nozzle-temp">Nozzle °C</label><input id="nozzle-temp" type="number" value="215">
<label for="bed-temp">Bed °C</label><input id="bed-temp" type="number" value="60">
</form>
</div>
<main class="with-side">
<h1>Plate 1</h1>
<div class="card viewport">3D preview: 3 objects, 11 parts</div>
<h2>Objects on plate</h2>
${slicerObjects}
<p class="muted">Estimated time 3 h 12 min · 41 g filament</p>
</main>`,
  SIDE_CSS,
);
const slicer: PagePair = {
  name: 'slicer-print-settings',
  v1: slicerV1,
  v2: edit(slicerV1, [
    [
      '<button id="btn-open">Open model</button><button id="btn-slice">Slice</button><button id="btn-export">Export G-code</button><button id="btn-export-sd">Save to SD card</button>',
      '<button id="btn-open">Import</button><button id="btn-export">Export G-code</button><button id="send-network">Print over Wi-Fi</button>',
    ],
    [
      '<button class="tab active" id="tab-quality">Quality</button><button class="tab" id="tab-strength">Strength</button><button class="tab" id="tab-support">Support</button><button class="tab" id="tab-cooling">Cooling</button>',
      '<button class="tab active" data-tab="quality">Quality</button><button class="tab" data-tab="strength">Strength</button><button class="tab" data-tab="support">Support</button><button class="tab" data-tab="cooling">Fan &amp; cooling</button>',
    ],
    [
      '<label for="layer-height">Layer height</label><select id="layer-height"><option>0.12 mm</option><option selected>0.20 mm</option><option>0.28 mm</option></select>',
      '<span>Layer height</span><div role="radiogroup" aria-label="Layer height" class="row seg"><button type="button" role="radio" aria-checked="false">Fine 0.12</button><button type="button" role="radio" aria-checked="true">Standard 0.20</button><button type="button" role="radio" aria-checked="false">Draft 0.28</button></div>',
    ],
    [
      '<label for="infill">Infill (%)</label><input id="infill" type="number" value="15">',
      '<label for="infill-density">Infill density</label><input id="infill-density" name="infill_density" type="range" min="0" max="100" value="15">',
    ],
    [
      '<label><input type="checkbox" id="supports"> Generate supports</label>',
      '<label for="support-mode">Supports</label><select id="support-mode" name="support_mode"><option>None</option><option>Touching build plate</option><option>Everywhere</option></select>',
    ],
    [
      '<label><input type="checkbox" id="brim" checked> Add brim</label>',
      '<label><input type="checkbox" id="raft"> Print on a raft</label>',
    ],
    [
      slicerObjects,
      `<ul class="object-list">
<li class="row"><span>bracket_v3.stl × 1</span><button aria-label="Delete bracket_v3.stl">Delete</button></li>
<li class="row"><span>cable_clip.stl × 6 (80%)</span><button aria-label="Delete cable_clip.stl">Delete</button></li>
<li class="row"><span>hinge_pin.stl × 4</span><button aria-label="Delete hinge_pin.stl">Delete</button></li>
</ul>`,
    ],
    [
      '<p class="muted">Estimated time 3 h 12 min · 41 g filament</p>',
      '<div class="row"><span class="muted">Estimated time 3 h 12 min · 41 g filament</span><button class="primary" data-action="prepare">Slice plate</button></div>',
    ],
  ]),
  targets: [
    {
      selector: '#layer-height',
      expect: '[role="radiogroup"][aria-label="Layer height"]',
      change: 'select became segmented control',
    },
    { selector: '#supports', expect: '#support-mode', change: 'checkbox became select' },
    {
      selector: '#btn-slice',
      expect: '[data-action="prepare"]',
      change: 'toolbar button moved below preview',
    },
    { selector: '#infill', expect: '#infill-density', change: 'number input became slider' },
    {
      selector: '#objects tbody tr:nth-child(2) .remove',
      expect: 'button[aria-label="Delete bracket_v3.stl"]',
      change: 'table became sorted list',
    },
    { selector: '#tab-cooling', expect: '[data-tab="cooling"]', change: 'tab id dropped, longer label' },
    { selector: '#brim', expect: null, change: 'replaced by a different adhesion option' },
    { selector: '#btn-export-sd', expect: null, change: 'replaced by a network print action' },
  ],
};

// ---------------------------------------------------------------------------
// 6. Oscilloscope web control panel (hardware console)
// ---------------------------------------------------------------------------
const scopeMeas = `<table id="meas"><thead><tr><th>Measurement</th><th>Source</th><th>Value</th><th></th></tr></thead><tbody>
<tr><td>Frequency</td><td>CH1</td><td>10.002 kHz</td><td><button class="del">Remove</button></td></tr>
<tr><td>Peak-to-peak</td><td>CH1</td><td>3.28 V</td><td><button class="del">Remove</button></td></tr>
<tr><td>Rise time</td><td>CH1</td><td>2.1 µs</td><td><button class="del">Remove</button></td></tr>
</tbody></table>`;
const scopeVdiv =
  '<option>100 mV</option><option selected>500 mV</option><option>1 V</option><option>2 V</option>';
const scopeV1 = page(
  'DSO-2204 Web Control',
  `<header><strong>DSO-2204 Web Control</strong><span class="muted">192.168.1.40 · connected</span><div class="row"><button id="run-stop">Run/Stop</button><button id="single">Single</button></div></header>
<main>
<div class="card screen">Waveform display: CH1 yellow, CH2 cyan, 20 µs/div</div>
<div class="grid3">
<section class="card" id="ch1"><h3>Channel 1</h3><label><input type="checkbox" id="ch1-enable" checked> Display</label>
<label for="ch1-vdiv">Volts/div</label> <select id="ch1-vdiv">${scopeVdiv}</select>
<div class="row"><label><input type="radio" name="ch1-coupling" id="ch1-coupling-ac"> AC</label><label><input type="radio" name="ch1-coupling" id="ch1-coupling-dc" checked> DC</label></div></section>
<section class="card" id="ch2"><h3>Channel 2</h3><label><input type="checkbox" id="ch2-enable"> Display</label>
<label for="ch2-vdiv">Volts/div</label> <select id="ch2-vdiv">${scopeVdiv}</select>
<div class="row"><label><input type="radio" name="ch2-coupling" id="ch2-coupling-ac"> AC</label><label><input type="radio" name="ch2-coupling" id="ch2-coupling-dc" checked> DC</label></div></section>
<section class="card" id="trigger"><h3>Trigger</h3>
<label for="trig-source">Source</label> <select id="trig-source"><option>CH1</option><option>CH2</option><option>EXT</option></select>
<label for="trig-level">Level (V)</label> <input id="trig-level" type="number" step="0.01" value="0.50">
<div class="row"><label><input type="radio" name="slope" id="trig-slope-rise" checked> Rising</label><label><input type="radio" name="slope" id="trig-slope-fall"> Falling</label><label><input type="radio" name="slope" id="trig-slope-either"> Either</label></div></section>
</div>
<div class="row"><label for="timebase">Time/div</label><input id="timebase" value="20 µs"><button id="autoset">Autoset</button></div>
<h2>Measurements</h2>
${scopeMeas}
<p><a href="/capture.png" id="screenshot-png">Download PNG</a> · <a href="/capture.bmp" id="screenshot-bmp">Download BMP</a></p>
</main>`,
);
const scope: PagePair = {
  name: 'oscilloscope-web-panel',
  v1: scopeV1,
  v2: edit(scopeV1, [
    [
      '<div class="row"><button id="run-stop">Run/Stop</button><button id="single">Single</button></div>',
      '<div class="row"><button data-cmd="runstop" class="acq">Run / Stop</button><button data-cmd="single">Single shot</button><button id="autoset" title="Auto scale">Auto scale</button></div>',
    ],
    [
      '<label><input type="checkbox" id="ch1-enable" checked> Display</label>',
      '<div class="row"><span>Show on screen</span><button role="switch" aria-checked="true" aria-label="Channel 1 display">On</button></div>',
    ],
    [
      '<div class="row"><label><input type="radio" name="ch1-coupling" id="ch1-coupling-ac"> AC</label><label><input type="radio" name="ch1-coupling" id="ch1-coupling-dc" checked> DC</label></div>',
      '<div class="row seg" data-ch="1"><span>Coupling</span><button data-coupling="ac">AC</button><button data-coupling="dc" aria-pressed="true">DC</button><button data-coupling="gnd">GND</button></div>',
    ],
    [
      '<label><input type="checkbox" id="ch2-enable"> Display</label>',
      '<div class="row"><span>Show on screen</span><button role="switch" aria-checked="false" aria-label="Channel 2 display">Off</button></div>',
    ],
    [
      '<div class="row"><label><input type="radio" name="ch2-coupling" id="ch2-coupling-ac"> AC</label><label><input type="radio" name="ch2-coupling" id="ch2-coupling-dc" checked> DC</label></div>',
      '<div class="row seg" data-ch="2"><span>Coupling</span><button data-coupling="ac">AC</button><button data-coupling="dc" aria-pressed="true">DC</button><button data-coupling="gnd">GND</button></div>',
    ],
    [
      '<label for="trig-level">Level (V)</label> <input id="trig-level" type="number" step="0.01" value="0.50">',
      '<label for="trigger-level">Level (mV)</label> <input id="trigger-level" name="trigger_level_mv" type="number" value="500">',
    ],
    [
      '<div class="row"><label><input type="radio" name="slope" id="trig-slope-rise" checked> Rising</label><label><input type="radio" name="slope" id="trig-slope-fall"> Falling</label><label><input type="radio" name="slope" id="trig-slope-either"> Either</label></div>',
      '<div class="row seg"><span>Edge</span><button data-slope="rise" aria-pressed="true">Rising</button><button data-slope="fall">Falling</button></div>',
    ],
    [
      '<input id="timebase" value="20 µs"><button id="autoset">Autoset</button>',
      '<input id="timebase" value="20 µs">',
    ],
    [
      scopeMeas,
      `<div class="row chips">
<span class="badge chip" data-meas="freq">Frequency CH1 10.002 kHz <button aria-label="Remove frequency">×</button></span>
<span class="badge chip" data-meas="vpp">Peak-to-peak CH1 3.28 V <button aria-label="Remove peak-to-peak">×</button></span>
<span class="badge chip" data-meas="rise">Rise time CH1 2.1 µs <button aria-label="Remove rise time">×</button></span>
<button id="add-meas">+ Add measurement</button>
</div>`,
    ],
    [
      '<p><a href="/capture.png" id="screenshot-png">Download PNG</a> · <a href="/capture.bmp" id="screenshot-bmp">Download BMP</a></p>',
      '<p><a href="/capture.png" id="screenshot-png">Save screenshot</a></p>',
    ],
  ]),
  targets: [
    { selector: '#run-stop', expect: '[data-cmd="runstop"]', change: 'id replaced by command attribute' },
    { selector: '#ch2-enable', expect: '[aria-label="Channel 2 display"]', change: 'checkbox became switch' },
    {
      selector: '#ch1-coupling-ac',
      expect: '[data-ch="1"] [data-coupling="ac"]',
      change: 'radio became segmented button',
    },
    { selector: '#trig-level', expect: '#trigger-level', change: 'renamed, unit changed' },
    { selector: '#autoset', expect: '#autoset', change: 'moved to header toolbar, relabelled' },
    {
      selector: '#meas tbody tr:nth-of-type(3) .del',
      expect: 'button[aria-label="Remove rise time"]',
      change: 'table became chips',
    },
    { selector: '#screenshot-bmp', expect: null, change: 'format link removed' },
    { selector: '#trig-slope-either', expect: null, change: 'option removed' },
  ],
};

// ---------------------------------------------------------------------------
// 7. Ward controlled-drug register (clinical desktop)
// ---------------------------------------------------------------------------
const cdAside =
  '<aside class="card"><h3>Cupboard</h3><p>Last balance check: today 08:02</p><button id="stock-check-btn">Start stock check</button><p class="muted">Two registered staff required.</p></aside>';
const cdTable = `<table id="cd-entries"><thead><tr><th>Entry</th><th>Date/time</th><th>Patient</th><th>Dose</th><th>Given by</th><th>Witness</th><th>Balance</th><th></th></tr></thead><tbody>
<tr><td>CD-2287</td><td>14/05 18:05</td><td>L. Marsh</td><td>5 mg</td><td>PT</td><td>SM</td><td>19</td><td><a href="/entries/2287" class="view">View</a></td></tr>
<tr><td>CD-2288</td><td>14/05 22:10</td><td>L. Marsh</td><td>5 mg</td><td>KO</td><td>PT</td><td>18</td><td><a href="/entries/2288" class="view">View</a></td></tr>
<tr><td>CD-2291</td><td>15/05 02:40</td><td>D. Achebe</td><td>2.5 mg</td><td>SM</td><td>KO</td><td>17</td><td><a href="/entries/2291" class="view">View</a></td></tr>
</tbody></table>
<div class="row"><button id="print-register">Print page</button><button id="report-discrepancy">Report discrepancy</button></div>`;
const cdV1 = page(
  'eCD Register - Ward 7B',
  `<header><strong>eCD Register</strong><span>Ward 7B, Respiratory</span><span class="muted">Signed in: RN K. Osei</span><a href="/signout">Sign out</a></header>
<main>
${cdAside}
<h1>Morphine sulfate 10 mg/ml injection</h1>
<div class="row"><label for="drug">Drug</label><select id="drug"><option>Morphine sulfate 10 mg/ml</option><option>Oxycodone 5 mg capsules</option><option>Midazolam 10 mg/2 ml</option></select><span class="badge">Balance: 17 ampoules</span></div>
${cdTable}
<h2>Record administration</h2>
<form id="admin-form">
<label for="mrn">Patient MRN</label><input id="mrn" name="mrn">
<label for="dose">Dose given</label><input id="dose" name="dose">
<label for="wasted">Amount wasted</label><input id="wasted" name="wasted">
<label for="witness">Witness</label><select id="witness" name="witness"><option>Select...</option><option>P. Tran (RN)</option><option>S. Mahmood (RN)</option></select>
<label for="witness-pin">Witness PIN</label><input id="witness-pin" name="witness_pin" type="password">
<button type="submit" id="record-admin">Record administration</button>
</form>
</main>`,
);
const cdRegister: PagePair = {
  name: 'controlled-drug-register',
  v1: cdV1,
  v2: edit(cdV1, [
    [cdAside, ''],
    [
      cdTable,
      `<div class="row toolbar"><button class="stock-check">Begin balance check</button><button id="export-csv">Export CSV</button><a href="/discrepancy/new" class="flag-balance">Flag a balance error</a></div>
<ul class="entry-list">
<li class="card" data-entry="CD-2291"><b>15/05 02:40</b> D. Achebe, 2.5 mg · SM / KO · balance 17 <a href="/entries/2291" class="open-entry">Open</a></li>
<li class="card" data-entry="CD-2288"><b>14/05 22:10</b> L. Marsh, 5 mg · KO / PT · balance 18 <a href="/entries/2288" class="open-entry">Open</a></li>
<li class="card" data-entry="CD-2287"><b>14/05 18:05</b> L. Marsh, 5 mg · PT / SM · balance 19 <a href="/entries/2287" class="open-entry">Open</a></li>
</ul>`,
    ],
    [
      '<label for="mrn">Patient MRN</label><input id="mrn" name="mrn">',
      '<label for="hosp-no">Hospital no.</label><input id="hosp-no" name="hospital_number">',
    ],
    [
      '<label for="witness">Witness</label><select id="witness" name="witness"><option>Select...</option><option>P. Tran (RN)</option><option>S. Mahmood (RN)</option></select>',
      '<label for="checker">Second checker</label><input id="checker" name="second_checker" list="staff-list" placeholder="Start typing a name"><datalist id="staff-list"><option value="P. Tran (RN)"></option><option value="S. Mahmood (RN)"></option></datalist>',
    ],
    [
      '<label for="witness-pin">Witness PIN</label><input id="witness-pin" name="witness_pin" type="password">',
      '<p class="muted">The second checker confirms by tapping their badge on the reader.</p>',
    ],
    [
      '<button type="submit" id="record-admin">Record administration</button>',
      '<button type="submit" data-testid="sign-entry">Sign &amp; record</button>',
    ],
  ]),
  targets: [
    {
      selector: '#witness',
      expect: 'input[name="second_checker"]',
      change: 'select became searchable input, term changed',
    },
    { selector: '#record-admin', expect: '[data-testid="sign-entry"]', change: 'submit reworded' },
    {
      selector: '#report-discrepancy',
      expect: 'a.flag-balance',
      change: 'button became toolbar link, reworded',
    },
    { selector: '#mrn', expect: '#hosp-no', change: 'domain term changed' },
    {
      selector: '#cd-entries tbody tr:nth-child(3) a.view',
      expect: '[data-entry="CD-2291"] .open-entry',
      change: 'table became newest-first list',
    },
    {
      selector: '#stock-check-btn',
      expect: 'button.stock-check',
      change: 'moved from sidebar to toolbar, reworded',
    },
    { selector: '#witness-pin', expect: null, change: 'field removed (badge tap)' },
    { selector: '#print-register', expect: null, change: 'replaced by a different action' },
  ],
};

// ---------------------------------------------------------------------------
// 8. Magistrates' court daily list (public service)
// ---------------------------------------------------------------------------
const courtTable = `<table id="hearings"><thead><tr><th>Time</th><th>Case</th><th>Defendant</th><th>Courtroom</th><th>Hearing type</th><th></th></tr></thead><tbody>
<tr><td>10:00</td><td>MC-24-0688</td><td>J. R.</td><td>Court 1</td><td>First appearance</td><td><a href="/cases/MC-24-0688">Details</a></td></tr>
<tr><td>10:00</td><td>MC-24-0702</td><td>A. K.</td><td>Court 2</td><td>Trial</td><td><a href="/cases/MC-24-0702">Details</a></td></tr>
<tr><td>10:30</td><td>MC-24-0719</td><td>S. P.</td><td>Court 1</td><td>Sentence</td><td><a href="/cases/MC-24-0719">Details</a></td></tr>
<tr><td>11:15</td><td>MC-24-0733</td><td>T. O.</td><td>Court 3</td><td>Plea hearing</td><td><a href="/cases/MC-24-0733">Details</a></td></tr>
</tbody></table>`;
const courtV1 = page(
  "Magistrates' court daily list",
  `<header><strong>Courts &amp; Tribunals Listings</strong><nav><a href="/lists">Daily lists</a><a href="/find-a-court">Find a court</a><a href="/help">Help</a></nav></header>
<main>
<aside class="card"><h3>Attending court</h3><ul><li><a href="/visit/directions" id="travel-link">Travelling to court</a></li><li><a href="/visit/security">Security checks</a></li><li><a href="/visit/support">Witness support</a></li></ul></aside>
<h1>Magistrates' court daily list</h1>
<p class="muted">Lists are published at 16:00 the working day before. Cases may be moved between courtrooms on the day.</p>
<form id="list-filters">
<label for="court-select">Court</label><select id="court-select" name="court"><option>Wrexley Magistrates' Court</option><option>Harbridge Magistrates' Court</option></select>
<label for="list-date">Date</label><input id="list-date" name="date" type="date">
<label for="room-filter">Courtroom</label><select id="room-filter" name="room"><option>All courtrooms</option><option>Court 1</option><option>Court 2</option><option>Court 3</option></select>
<label for="case-search">Case number</label><input id="case-search" name="case">
<button type="submit" id="btn-filter">Apply filters</button>
</form>
${courtTable}
<p><a href="/lists/print" id="print-list">Printable version</a></p>
<h2>Get list updates</h2>
<form id="subscribe"><label for="subscribe-email">Email address</label><input id="subscribe-email" name="email" type="email"><button type="submit">Subscribe</button></form>
</main>
<footer>Published by the courts service · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);
const court: PagePair = {
  name: 'magistrates-court-list',
  v1: courtV1,
  v2: edit(courtV1, [
    [
      '<a href="/help">Help</a></nav></header>',
      '<a href="/help">Help</a></nav><form class="row" role="search"><input type="search" name="q" placeholder="Search by case reference" aria-label="Case reference"><button>Search</button></form></header>',
    ],
    [
      '<a href="/visit/directions" id="travel-link">Travelling to court</a>',
      '<a href="/visit/directions">Getting here</a>',
    ],
    [
      '<label for="court-select">Court</label><select id="court-select" name="court">',
      '<label for="venue">Court building</label><select id="venue" name="venue">',
    ],
    [
      '<label for="room-filter">Courtroom</label><select id="room-filter" name="room"><option>All courtrooms</option><option>Court 1</option><option>Court 2</option><option>Court 3</option></select>',
      '',
    ],
    ['<label for="case-search">Case number</label><input id="case-search" name="case">', ''],
    [
      '<button type="submit" id="btn-filter">Apply filters</button>',
      '<button type="submit" class="refresh-list">Update list</button>',
    ],
    [
      courtTable,
      `<section class="card room-group"><h3>Court 1</h3><ul>
<li data-case="MC-24-0688">10:00 · MC-24-0688 · J. R. · First appearance <a class="case-link" href="/cases/MC-24-0688">View hearing</a></li>
<li data-case="MC-24-0719">10:30 · MC-24-0719 · S. P. · Sentence <a class="case-link" href="/cases/MC-24-0719">View hearing</a></li>
</ul></section>
<section class="card room-group"><h3>Court 2</h3><ul>
<li data-case="MC-24-0702">10:00 · MC-24-0702 · A. K. · Trial <a class="case-link" href="/cases/MC-24-0702">View hearing</a></li>
</ul></section>
<section class="card room-group"><h3>Court 3</h3><ul>
<li data-case="MC-24-0733">11:15 · MC-24-0733 · T. O. · Plea hearing <a class="case-link" href="/cases/MC-24-0733">View hearing</a></li>
</ul></section>`,
    ],
    [
      '<p><a href="/lists/print" id="print-list">Printable version</a></p>',
      '<p><a href="/lists/report-error" id="report-error">Report a mistake in this list</a></p>',
    ],
    [
      '<h2>Get list updates</h2>\n<form id="subscribe"><label for="subscribe-email">Email address</label><input id="subscribe-email" name="email" type="email"><button type="submit">Subscribe</button></form>',
      '',
    ],
    [
      '<footer>Published by the courts service',
      '<footer><form id="updates"><label for="alert-email">Email me when this list changes</label><input id="alert-email" name="alert_email" type="email"><button type="submit">Sign up</button></form>Published by the courts service',
    ],
  ]),
  targets: [
    { selector: '#court-select', expect: '#venue', change: 'select renamed and relabelled' },
    {
      selector: '#case-search',
      expect: 'header input[type="search"]',
      change: 'filter field moved to header search',
    },
    {
      selector: '#hearings tbody tr:nth-of-type(3) a',
      expect: '[data-case="MC-24-0719"] a.case-link',
      change: 'table became cards grouped by courtroom',
    },
    { selector: '#subscribe-email', expect: '#alert-email', change: 'moved to footer, reworded' },
    { selector: '#btn-filter', expect: '.refresh-list', change: 'button reworded' },
    { selector: '#travel-link', expect: 'a[href="/visit/directions"]', change: 'link reworded, id dropped' },
    { selector: '#room-filter', expect: null, change: 'filter removed' },
    { selector: '#print-list', expect: null, change: 'replaced by a different link' },
  ],
};

// ---------------------------------------------------------------------------
// 9. Ship cargo manifest (logistics desktop)
// ---------------------------------------------------------------------------
const manifestRow = (no: string, size: string, kg: string, seal: string, dg: string) =>
  `<tr data-cntr="${no}"><td>${no}</td><td>${size}</td><td>${kg}</td><td>${seal}</td><td>${dg}</td><td><button class="edit">Edit</button> <button class="remove">Remove</button></td></tr>`;
const manifestCard = (no: string, text: string) =>
  `<div class="card box" data-container-no="${no}"><h3>${no}</h3><p>${text}</p><div class="row"><button class="edit-box">Edit</button><button class="remove-box">Remove</button></div></div>`;
const manifestTable = `<table id="manifest"><thead><tr><th>Container</th><th>Size/type</th><th>Gross kg</th><th>Seal</th><th>DG</th><th></th></tr></thead><tbody>
${manifestRow('MSKU7741203', "40' HC", '24,100', 'SL-55102', '-')}
${manifestRow('TGHU3310928', "20' GP", '18,900', 'SL-55107', 'Class 3')}
${manifestRow('CMAU5502117', "40' RF", '21,400', 'SL-55110', '-')}
${manifestRow('OOLU8820046', "20' GP", '13,940', 'SL-55111', '-')}
</tbody></table>`;
const manifestV1 = page(
  'PortLink Manifest',
  `<header><strong>PortLink Manifest</strong><span>MV Baltic Heron · Voyage 0425E</span><span class="muted">Loading Felixmouth · Discharge Rotterdam</span></header>
<main>
<div class="row toolbar"><button id="add-container">Add container</button><button id="import-edi">Import EDI file</button><button id="validate-btn">Validate</button><button id="submit-customs">Submit to customs</button></div>
<aside class="card"><h3>Totals</h3><p>Containers: 4</p><p>Gross: 78,340 kg</p><p>Dangerous goods: 1</p></aside>
${manifestTable}
<h2>Container details</h2>
<form id="container-form">
<label for="cntr-no">Container number</label><input id="cntr-no" name="container_no" value="MSKU7741203">
<label for="size-type">Size/type</label><select id="size-type"><option>20' GP</option><option>40' GP</option><option selected>40' HC</option><option>40' RF</option></select>
<label for="gross-weight">Gross weight (kg)</label><input id="gross-weight" name="gross_kg" type="number" value="24100">
<label for="seal-no">Seal number</label><input id="seal-no" name="seal" value="SL-55102">
<label><input type="checkbox" id="hazmat" name="dg"> Dangerous goods</label>
<div class="row"><button type="submit">Save container</button><button type="reset">Discard</button></div>
</form>
</main>`,
);
const manifest: PagePair = {
  name: 'ship-cargo-manifest',
  v1: manifestV1,
  v2: edit(manifestV1, [
    [
      '<div class="row toolbar"><button id="add-container">Add container</button><button id="import-edi">Import EDI file</button><button id="validate-btn">Validate</button><button id="submit-customs">Submit to customs</button></div>',
      '<div class="row toolbar"><button class="check">Check manifest</button><button data-action="file-manifest">File with border agency</button></div>',
    ],
    [
      manifestTable,
      `<div class="grid" id="boxes">
${manifestCard('MSKU7741203', "40' HC · 24,100 kg · seal SL-55102")}
${manifestCard('TGHU3310928', "20' GP · 18,900 kg · seal SL-55107 · DG class 3")}
${manifestCard('CMAU5502117', "40' reefer · 21,400 kg · seal SL-55110")}
${manifestCard('OOLU8820046', "20' GP · 13,940 kg · seal SL-55111")}
</div>
<button class="add-box">+ Add a box</button>`,
    ],
    [
      '<label for="gross-weight">Gross weight (kg)</label><input id="gross-weight" name="gross_kg" type="number" value="24100">',
      '<label for="vgm">Verified gross mass, VGM (kg)</label><input id="vgm" name="vgm_kg" type="number" value="24100">',
    ],
    [
      '<label for="seal-no">Seal number</label><input id="seal-no" name="seal" value="SL-55102">',
      '<label for="temp-setpoint">Reefer set point (°C)</label><input id="temp-setpoint" name="setpoint" type="number">',
    ],
    [
      '<label><input type="checkbox" id="hazmat" name="dg"> Dangerous goods</label>',
      '<label for="imdg">Dangerous goods class</label><select id="imdg" name="imdg_class"><option>Not dangerous</option><option>Class 3, flammable liquids</option><option>Class 8, corrosives</option><option>Class 9, miscellaneous</option></select>',
    ],
  ]),
  targets: [
    {
      selector: '#add-container',
      expect: 'button.add-box',
      change: 'toolbar button moved below list, reworded',
    },
    {
      selector: '#submit-customs',
      expect: '[data-action="file-manifest"]',
      change: 'reworded with agency term',
    },
    {
      selector: '#manifest tr[data-cntr="MSKU7741203"] .edit',
      expect: '[data-container-no="MSKU7741203"] .edit-box',
      change: 'table became cards',
    },
    { selector: '#hazmat', expect: '#imdg', change: 'checkbox became class select' },
    { selector: '#gross-weight', expect: '#vgm', change: 'domain term changed' },
    { selector: '#validate-btn', expect: 'button.check', change: 'reworded, id dropped' },
    { selector: '#import-edi', expect: null, change: 'action removed' },
    { selector: '#seal-no', expect: null, change: 'replaced by a different field' },
  ],
};

// ---------------------------------------------------------------------------
// 10. Archery scoring (mobile)
// ---------------------------------------------------------------------------
const archeryKeys = `<div class="keypad"><button class="key" id="key-x" data-score="X">X</button><button class="key" data-score="10">10</button><button class="key" data-score="9">9</button><button class="key" data-score="8">8</button><button class="key" data-score="7">7</button><button class="key" data-score="6">6</button><button class="key" data-score="5">5</button><button class="key" data-score="4">4</button><button class="key" data-score="3">3</button><button class="key" data-score="2">2</button><button class="key" data-score="1">1</button><button class="key" id="miss" data-score="M">M</button></div>`;
const archeryV1 = page(
  'Quiver - scoring',
  `<div class="phone">
<header><strong>Quiver</strong><span class="muted">Portsmouth round · 60 cm face</span></header>
<main>
<h1>End 4 of 10</h1>
<p>Running total <b id="total">246</b> · Golds 9 · Hits 24</p>
<h2>This end</h2>
<ol id="end-arrows"><li>10</li><li>9</li><li>7</li><li>6</li></ol>
${archeryKeys}
<div class="row"><button id="undo">Undo</button><button id="share-end">Share</button><button id="next-end">Next end</button></div>
<section class="card"><h3>Round settings</h3><label for="shots-per-end">Arrows per end</label> <select id="shots-per-end"><option>3</option><option selected>6</option></select> <label for="distance">Distance</label> <select id="distance"><option>20 yd</option><option>30 m</option></select></section>
</main>
<nav class="tabbar"><a href="/score">Score</a><a href="/history">History</a><a href="/settings">Settings</a></nav>
</div>`,
  PHONE_CSS + '.keypad{display:grid;grid-template-columns:repeat(4,1fr);gap:6px;margin:8px 0}',
);
const archery: PagePair = {
  name: 'archery-range-scoring',
  v1: archeryV1,
  v2: edit(archeryV1, [
    [
      '<span class="muted">Portsmouth round · 60 cm face</span></header>',
      '<span class="muted">Portsmouth round · 60 cm face</span><a href="/rounds" class="hist">Past rounds</a></header>',
    ],
    ['<h2>This end</h2>', '<h2>This end (latest first)</h2>'],
    [
      '<ol id="end-arrows"><li>10</li><li>9</li><li>7</li><li>6</li></ol>',
      '<ol id="end-arrows" reversed><li data-arrow="4">6</li><li data-arrow="3">7</li><li data-arrow="2">9</li><li data-arrow="1">10</li></ol>',
    ],
    [
      archeryKeys,
      '<div class="keypad pad-grid"><button class="pad" aria-label="Score 10">10</button><button class="pad" aria-label="Score 9">9</button><button class="pad" aria-label="Score 8">8</button><button class="pad" aria-label="Score 7">7</button><button class="pad" aria-label="Score 6">6</button><button class="pad" aria-label="Score 5">5</button><button class="pad" aria-label="Score 4">4</button><button class="pad" aria-label="Score 3">3</button><button class="pad" aria-label="Score 2">2</button><button class="pad" aria-label="Score 1">1</button><button class="pad" aria-label="Miss">M</button></div>',
    ],
    [
      '<div class="row"><button id="undo">Undo</button><button id="share-end">Share</button><button id="next-end">Next end</button></div>',
      '<div class="row"><button title="Undo last arrow" class="icon">Undo arrow</button><button id="photo-target">Photo of target</button><button class="end-done">Finish end</button></div>',
    ],
    [
      '<label for="shots-per-end">Arrows per end</label> <select id="shots-per-end"><option>3</option><option selected>6</option></select>',
      '<span>Arrows per end</span><div role="radiogroup" aria-label="Arrows per end" class="row seg"><button type="button" role="radio" aria-checked="false">3</button><button type="button" role="radio" aria-checked="true">6</button></div>',
    ],
    ['<a href="/history">History</a>', '<a href="/clubs">Club</a>'],
  ]),
  targets: [
    {
      selector: 'button.key[data-score="9"]',
      expect: 'button[aria-label="Score 9"]',
      change: 'keypad classes changed',
    },
    { selector: '#undo', expect: 'button[title="Undo last arrow"]', change: 'id dropped, longer label' },
    { selector: '#next-end', expect: '.end-done', change: 'reworded' },
    { selector: 'nav a[href="/history"]', expect: 'a.hist', change: 'tab moved to header, renamed' },
    {
      selector: '#end-arrows li:nth-child(2)',
      expect: '[data-arrow="2"]',
      change: 'list order reversed (position now points elsewhere)',
    },
    {
      selector: '#shots-per-end',
      expect: '[aria-label="Arrows per end"]',
      change: 'select became segmented control',
    },
    { selector: '#key-x', expect: null, change: 'key removed' },
    { selector: '#share-end', expect: null, change: 'replaced by a different action' },
  ],
};

// ---------------------------------------------------------------------------
// 11. Hair salon diary (tablet/desktop app)
// ---------------------------------------------------------------------------
const salonGrid = `<h1>Day view</h1>
<div class="grid3 diary">
<div class="col"><h3>Amy</h3><button class="appt" data-id="a-548">09:00 Men's cut, R. Blake</button><button class="appt" data-id="a-551">11:00 Blow-dry, C. Onu</button></div>
<div class="col"><h3>Priya</h3><button class="appt" data-id="a-552">10:30 Highlights, H. Fraser</button><button class="appt" data-id="a-557">14:00 Cut, M. Ito</button></div>
<div class="col"><h3>Tom</h3><button class="appt" data-id="a-549">09:30 Beard trim, D. Kaur</button><button class="appt" data-id="a-560">15:30 Colour correction, J. Lowe</button></div>
</div>`;
const salonFilter = `<fieldset id="stylist-filter"><legend>Stylists</legend>
<label><input type="checkbox" value="amy" checked> Amy</label>
<label><input type="checkbox" value="priya" checked> Priya</label>
<label><input type="checkbox" value="tom" checked> Tom</label>
</fieldset>`;
const salonV1 = page(
  'Snip Diary',
  `<header><strong>Snip Diary</strong><span>Tuesday 3 June</span><div class="row"><button id="new-appt">New appointment</button><button id="walk-in">Walk-in</button><button id="print-day">Print day sheet</button></div></header>
<div class="sidebar card">
<label for="diary-date">Go to date</label> <input id="diary-date" type="date">
${salonFilter}
</div>
<main class="with-side">
<aside class="card" id="detail"><h3>Appointment</h3><p><b>Helen Fraser</b> · 07700 900412</p><p>Full head highlights and cut · 10:30 to 12:45 with Priya</p>
<label for="detail-notes">Notes</label> <textarea id="detail-notes">Formula: 7/1 + 20 vol, foils</textarea>
<div class="row"><button id="detail-checkin">Check in</button><button id="detail-reschedule">Reschedule</button><button id="detail-cancel">Cancel</button></div></aside>
${salonGrid}
</main>`,
  SIDE_CSS + '.diary .col{display:flex;flex-direction:column;gap:6px}',
);
const salon: PagePair = {
  name: 'salon-stylist-diary',
  v1: salonV1,
  v2: edit(salonV1, [
    [
      '<div class="row"><button id="new-appt">New appointment</button><button id="walk-in">Walk-in</button><button id="print-day">Print day sheet</button></div>',
      '<div class="row"><button id="walk-in">Add walk-in client</button></div>',
    ],
    [
      salonFilter,
      '<p>Team</p><div class="row chips" id="team-chips"><button aria-pressed="true" data-stylist="amy">Amy</button><button aria-pressed="true" data-stylist="priya">Priya</button><button aria-pressed="true" data-stylist="tom">Tom</button></div>',
    ],
    [
      '<label for="detail-notes">Notes</label> <textarea id="detail-notes">Formula: 7/1 + 20 vol, foils</textarea>\n',
      '',
    ],
    [
      '<div class="row"><button id="detail-checkin">Check in</button><button id="detail-reschedule">Reschedule</button><button id="detail-cancel">Cancel</button></div></aside>',
      '<div class="row"><button class="arrived">Client arrived</button><button id="detail-reschedule">Move</button><button id="detail-noshow">Mark no-show</button></div><label for="formula">Colour formula &amp; notes</label> <textarea id="formula" name="client_notes">Formula: 7/1 + 20 vol, foils</textarea></aside>',
    ],
    [
      salonGrid,
      `<h1>Today's bookings</h1>
<ul class="booking-list">
<li class="card" data-booking="a-548">09:00 · Amy · Men's cut, R. Blake</li>
<li class="card" data-booking="a-549">09:30 · Tom · Beard trim, D. Kaur</li>
<li class="card" data-booking="a-552">10:30 · Priya · Highlights, H. Fraser</li>
<li class="card" data-booking="a-551">11:00 · Amy · Blow-dry, C. Onu</li>
<li class="card" data-booking="a-557">14:00 · Priya · Cut, M. Ito</li>
<li class="card" data-booking="a-560">15:30 · Tom · Colour correction, J. Lowe</li>
</ul>
<button class="fab" aria-label="New booking">+</button>`,
    ],
  ]),
  targets: [
    { selector: '#new-appt', expect: 'button.fab', change: 'header button became floating action' },
    { selector: '#walk-in', expect: '#walk-in', change: 'reworded in place' },
    {
      selector: '.appt[data-id="a-552"]',
      expect: '[data-booking="a-552"]',
      change: 'columns became time-ordered list',
    },
    { selector: '#detail-checkin', expect: '.arrived', change: 'reworded, id dropped' },
    {
      selector: '#stylist-filter input[value="priya"]',
      expect: '[data-stylist="priya"]',
      change: 'checkbox became chip',
    },
    {
      selector: '#detail-notes',
      expect: 'textarea[name="client_notes"]',
      change: 'moved below actions, relabelled',
    },
    { selector: '#detail-cancel', expect: null, change: 'replaced by a different action' },
    { selector: '#print-day', expect: null, change: 'removed' },
  ],
};

// ---------------------------------------------------------------------------
// 12. Kubernetes pod inspector (developer tool)
// ---------------------------------------------------------------------------
const podRow = (name: string, status: string, restarts: string, age: string, node: string) =>
  `<tr data-pod="${name}"><td>${name}</td><td>${status}</td><td>${restarts}</td><td>${age}</td><td>${node}</td><td><button class="btn-logs">Logs</button> <button class="btn-shell">Shell</button> <button class="btn-delete">Delete</button></td></tr>`;
const podItem = (name: string, text: string) =>
  `<li class="card" data-name="${name}"><b>${name}</b> ${text} <a class="logs-link" href="#logs">View logs</a> <button class="danger">Delete</button></li>`;
const podTable = `<table id="pods"><thead><tr><th>Name</th><th>Status</th><th>Restarts</th><th>Age</th><th>Node</th><th>Actions</th></tr></thead><tbody>
${podRow('api-7f9c4-xk2lp', 'Running', '0', '3d', 'node-a3')}
${podRow('api-7f9c4-m8qzt', 'Running', '1', '3d', 'node-b1')}
${podRow('worker-5d8b9-pp4wd', 'CrashLoopBackOff', '14', '2h', 'node-a3')}
</tbody></table>`;
const kubeV1 = page(
  'Kubedash - Pods',
  `<header><strong>Kubedash</strong><label for="cluster">Cluster</label><select id="cluster"><option>prod-eu-west</option><option>staging</option></select><label for="namespace">Namespace</label><select id="namespace"><option>payments</option><option>checkout</option><option>kube-system</option></select></header>
<main>
<h1>Pods</h1>
<div class="row tabs"><button id="tab-overview" class="tab active">Overview</button><button id="tab-logs" class="tab">Logs</button><button id="tab-events" class="tab">Events</button><button id="tab-yaml" class="tab">YAML</button></div>
${podTable}
<section class="card" id="log-viewer"><h2>Logs: api-7f9c4-xk2lp</h2>
<div class="row"><label for="container">Container</label><select id="container"><option>api</option><option>sidecar-proxy</option></select><label><input type="checkbox" id="follow-logs" checked> Follow</label><input id="log-search" placeholder="Search logs"><button id="download-logs">Download</button></div>
<pre>2025-06-03T10:14:22Z INFO request id=8c1 path=/v1/charge status=200 dur=41ms
2025-06-03T10:14:23Z WARN retrying upstream ledger call attempt=2</pre></section>
</main>`,
);
const kube: PagePair = {
  name: 'kubernetes-pod-inspector',
  v1: kubeV1,
  v2: edit(kubeV1, [
    [
      '<label for="namespace">Namespace</label><select id="namespace"><option>payments</option><option>checkout</option><option>kube-system</option></select>',
      '<input role="combobox" aria-label="Namespace" name="ns" value="payments" list="ns-list"><datalist id="ns-list"><option value="payments"></option><option value="checkout"></option><option value="kube-system"></option></datalist>',
    ],
    [
      '<button id="tab-overview" class="tab active">Overview</button><button id="tab-logs" class="tab">Logs</button><button id="tab-events" class="tab">Events</button><button id="tab-yaml" class="tab">YAML</button>',
      '<button class="tab active" data-tab="overview">Overview</button><button class="tab" data-tab="logs">Logs</button><button class="tab" data-tab="events">Activity</button><button class="tab" data-tab="metrics">Metrics</button>',
    ],
    [
      podTable,
      `<ul class="pod-list">
${podItem('worker-5d8b9-pp4wd', '<span class="badge">CrashLoopBackOff</span> 14 restarts · 2h · node-a3')}
${podItem('api-7f9c4-m8qzt', '<span class="badge">Running</span> 1 restart · 3d · node-b1')}
${podItem('api-7f9c4-xk2lp', '<span class="badge">Running</span> 0 restarts · 3d · node-a3')}
</ul>`,
    ],
    [
      '<label><input type="checkbox" id="follow-logs" checked> Follow</label><input id="log-search" placeholder="Search logs"><button id="download-logs">Download</button>',
      '<button role="switch" aria-checked="true" aria-label="Tail logs">Live</button><input name="log_filter" placeholder="Filter lines (regex)"><button title="Save log file">Save</button>',
    ],
  ]),
  targets: [
    { selector: '#namespace', expect: 'input[aria-label="Namespace"]', change: 'select became combobox' },
    {
      selector: '#pods tr[data-pod="api-7f9c4-xk2lp"] .btn-logs',
      expect: '[data-name="api-7f9c4-xk2lp"] .logs-link',
      change: 'table became problem-first list, button became link',
    },
    {
      selector: '#follow-logs',
      expect: '[aria-label="Tail logs"]',
      change: 'checkbox became switch, reworded',
    },
    {
      selector: '#log-search',
      expect: 'input[name="log_filter"]',
      change: 'id dropped, placeholder reworded',
    },
    { selector: '#tab-events', expect: '[data-tab="events"]', change: 'tab renamed' },
    { selector: '#download-logs', expect: 'button[title="Save log file"]', change: 'id dropped, reworded' },
    {
      selector: '#pods tr[data-pod="api-7f9c4-xk2lp"] .btn-shell',
      expect: null,
      change: 'row action removed',
    },
    { selector: '#tab-yaml', expect: null, change: 'tab replaced by a different one' },
  ],
};

// ---------------------------------------------------------------------------
// 13. Cron job scheduler (developer tool)
// ---------------------------------------------------------------------------
const cronRow = (job: string, sched: string, last: string, status: string) =>
  `<tr><td>${job}</td><td><code>${sched}</code></td><td>${last}</td><td>${status}</td><td><button class="run-now">Run now</button> <button class="pause">Pause</button></td></tr>`;
const cronCard = (job: string, text: string, status: string) =>
  `<div class="card" data-job="${job}"><h3>${job}</h3><p><span class="badge">${status}</span> ${text}</p><div class="row"><button class="trigger">Trigger</button><a href="/jobs/${job}">Edit</a></div></div>`;
const cronSidebar = `<div class="sidebar card"><h3>Filter</h3>
<label><input type="checkbox" id="status-filter-active" checked> Active</label>
<label><input type="checkbox" id="status-filter-paused"> Paused</label>
<label><input type="checkbox" id="status-filter-failing" checked> Failing</label></div>`;
const cronTable = `<table id="jobs"><thead><tr><th>Job</th><th>Schedule</th><th>Last run</th><th>Status</th><th></th></tr></thead><tbody>
${cronRow('invoice-reminders', '0 9 * * 1-5', '09:00 today', 'OK')}
${cronRow('nightly-backup', '30 2 * * *', '02:30 today', 'OK')}
${cronRow('purge-temp-files', '0 */6 * * *', '06:00 today', 'Failed')}
</tbody></table>`;
const cronV1 = page(
  'Cronhouse - Jobs',
  `<header><strong>Cronhouse</strong><nav><a href="/jobs">Jobs</a><a href="/runs">Run history</a><a href="/secrets">Secrets</a></nav></header>
${cronSidebar}
<main class="with-side">
<h1>Scheduled jobs</h1>
${cronTable}
<h2>New job</h2>
<form id="job-form">
<label for="job-name">Name</label><input id="job-name" name="name">
<label for="cron-expr">Cron expression</label><input id="cron-expr" name="cron" placeholder="*/15 * * * *">
<label for="tz">Time zone</label><select id="tz" name="tz"><option>UTC</option><option>Europe/London</option><option>America/New_York</option></select>
<label for="command">Command</label><textarea id="command" name="command"></textarea>
<label for="retries">Retries</label><input id="retries" name="retries" type="number" value="2">
<label><input type="checkbox" id="notify-fail" checked> Email me when a run fails</label>
<button type="submit" id="save-job">Save</button>
</form>
</main>`,
  SIDE_CSS,
);
const cron: PagePair = {
  name: 'cron-job-scheduler',
  v1: cronV1,
  v2: edit(cronV1, [
    [cronSidebar, ''],
    ['<main class="with-side">', '<main>'],
    [
      cronTable,
      `<div class="row tabs"><button class="tab">All</button><button class="tab">Failing</button></div>
<div class="grid3" id="job-cards">
${cronCard('purge-temp-files', 'every 6 hours · last run 06:00', 'Failed')}
${cronCard('nightly-backup', 'daily at 02:30 · last run 02:30', 'OK')}
${cronCard('invoice-reminders', 'weekdays at 09:00 · last run 09:00', 'OK')}
</div>`,
    ],
    [
      '<label for="cron-expr">Cron expression</label><input id="cron-expr" name="cron" placeholder="*/15 * * * *">',
      '<label for="schedule">Runs</label><input id="schedule" name="schedule" placeholder="e.g. every day at 02:30, or a cron expression">',
    ],
    [
      '<label for="tz">Time zone</label><select id="tz" name="tz">',
      '<label for="time-zone">in time zone</label><select id="time-zone" name="time_zone">',
    ],
    [
      '<label for="retries">Retries</label><input id="retries" name="retries" type="number" value="2">',
      '<label for="attempts">Max attempts</label><input id="attempts" name="max_attempts" type="number" value="3">',
    ],
    [
      '<label><input type="checkbox" id="notify-fail" checked> Email me when a run fails</label>',
      '<label for="alert-policy">Alert me</label><select id="alert-policy" name="alert_policy"><option>Never</option><option selected>When a run fails</option><option>After every run</option></select>',
    ],
    [
      '<button type="submit" id="save-job">Save</button>',
      '<button type="submit" class="primary">Create job</button>',
    ],
  ]),
  targets: [
    { selector: '#cron-expr', expect: '#schedule', change: 'field renamed, accepts plain wording' },
    { selector: '#tz', expect: '#time-zone', change: 'renamed' },
    { selector: '#notify-fail', expect: '#alert-policy', change: 'checkbox became select' },
    {
      selector: '#jobs tbody tr:nth-child(2) .run-now',
      expect: '[data-job="nightly-backup"] .trigger',
      change: 'table became re-sorted cards, reworded',
    },
    { selector: '#save-job', expect: '#job-form button.primary', change: 'reworded, id dropped' },
    { selector: '#retries', expect: '#attempts', change: 'domain term changed' },
    { selector: '#jobs tbody tr:nth-child(3) .pause', expect: null, change: 'row action removed' },
    { selector: '#status-filter-paused', expect: null, change: 'filter removed' },
  ],
};

// ---------------------------------------------------------------------------
// 14. E-scooter rental (mobile)
// ---------------------------------------------------------------------------
const scooterList = `<div class="card scooter" data-id="LX-4412"><b>LX-4412</b> · 82% · 120 m <button class="reserve">Reserve</button></div>
<div class="card scooter" data-id="LX-0907"><b>LX-0907</b> · 14% · 200 m <button class="reserve">Reserve</button></div>
<div class="card scooter" data-id="LX-2250"><b>LX-2250</b> · 64% · 340 m <button class="reserve">Reserve</button></div>`;
const scooterV1 = page(
  'Zipp',
  `<div class="phone">
<header><strong>Zipp</strong><span class="muted">£4.20 credit</span></header>
<main>
<div class="card map">Map: 6 scooters within 500 m</div>
<label><input type="checkbox" id="filter-helmet"> Only show scooters with a helmet</label>
<h2>Nearby</h2>
${scooterList}
<div class="row"><button id="scan-unlock">Scan QR to unlock</button><button id="ring">Ring bell</button></div>
<div class="card promo"><h3>Ride more, pay less</h3><p>Unlimited 30-minute rides all day for £6.</p><button id="buy-pass">Buy a day pass</button></div>
<p><a href="/report" id="report-issue">Report an issue</a></p>
<div class="card"><h3>Your last ride</h3><p>12 min · 2.4 km · £3.10</p><a href="/rides/last">View receipt</a></div>
</main>
<nav class="tabbar"><a href="/map">Map</a><a href="/rides">Rides</a><a href="/wallet">Wallet</a><a href="/profile">Profile</a></nav>
</div>`,
  PHONE_CSS,
);
const scooter: PagePair = {
  name: 'escooter-rental-app',
  v1: scooterV1,
  v2: edit(scooterV1, [
    [
      '<label><input type="checkbox" id="filter-helmet"> Only show scooters with a helmet</label>',
      '<div class="row"><span>Helmet included</span><button role="switch" aria-checked="false" data-filter="helmet">Off</button></div>',
    ],
    [
      scooterList,
      `<div class="card vehicle" data-vehicle="LX-4412"><b>LX-4412</b> · 82% · 2 min walk <button class="hold">Hold 10 min</button></div>
<div class="card vehicle" data-vehicle="LX-2250"><b>LX-2250</b> · 64% · 5 min walk <button class="hold">Hold 10 min</button></div>
<div class="card vehicle" data-vehicle="LX-3318"><b>LX-3318</b> · 95% · 6 min walk <button class="hold">Hold 10 min</button></div>`,
    ],
    [
      '<div class="row"><button id="scan-unlock">Scan QR to unlock</button><button id="ring">Ring bell</button></div>',
      '<button class="primary-cta">Scan to ride</button>',
    ],
    [
      '<div class="card promo"><h3>Ride more, pay less</h3><p>Unlimited 30-minute rides all day for £6.</p><button id="buy-pass">Buy a day pass</button></div>',
      '<div class="card promo"><h3>Give £3, get £3</h3><p>Friends get £3 off their first ride, and so do you.</p><button id="invite">Invite friends</button></div>',
    ],
    [
      '<p><a href="/report" id="report-issue">Report an issue</a></p>',
      '<div class="card"><h3>At the scooter</h3><button aria-label="Ring scooter">Make it beep</button> <a href="/report" class="report-link">Something wrong?</a></div>',
    ],
    ['<a href="/wallet">Wallet</a>', '<a href="/payments" class="tab-payments">Payment</a>'],
  ]),
  targets: [
    { selector: '#scan-unlock', expect: '.primary-cta', change: 'reworded, id dropped' },
    {
      selector: '.scooter[data-id="LX-4412"] .reserve',
      expect: '[data-vehicle="LX-4412"] .hold',
      change: 'cards renamed, action reworded',
    },
    { selector: '#ring', expect: '[aria-label="Ring scooter"]', change: 'moved into card, reworded' },
    { selector: 'a[href="/wallet"]', expect: 'a.tab-payments', change: 'tab renamed and re-routed' },
    { selector: '#report-issue', expect: 'a.report-link', change: 'moved into card, question wording' },
    { selector: '#filter-helmet', expect: '[data-filter="helmet"]', change: 'checkbox became switch' },
    { selector: '#buy-pass', expect: null, change: 'upsell replaced by a different offer' },
    { selector: '.scooter[data-id="LX-0907"] .reserve', expect: null, change: 'low-battery entry gone' },
  ],
};

// ---------------------------------------------------------------------------
// 15. Water leak sensor hub (IoT dashboard)
// ---------------------------------------------------------------------------
const leakTable = `<table id="sensors"><thead><tr><th>Sensor</th><th>Room</th><th>Battery</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-sensor="kitchen-sink"><td>Under sink</td><td>Kitchen</td><td>88%</td><td>Dry</td><td><button class="test">Test</button></td></tr>
<tr data-sensor="washing-machine"><td>Washer</td><td>Utility</td><td>71%</td><td>Dry</td><td><button class="test">Test</button></td></tr>
<tr data-sensor="bathroom"><td>Behind toilet</td><td>Bathroom</td><td>45%</td><td>Dry</td><td><button class="test">Test</button></td></tr>
<tr data-sensor="boiler"><td>Water heater</td><td>Garage</td><td>12%</td><td>Low battery</td><td><button class="test">Test</button></td></tr>
</tbody></table>
<div class="row"><button id="add-sensor">Add sensor</button><button id="export-history">Download event history</button></div>`;
const leakV1 = page(
  'DripGuard Hub',
  `<header><strong>DripGuard Hub</strong><span class="muted">14 Elm Road</span><a href="/settings">Settings</a></header>
<main>
<h1>Home status: all dry</h1>
<div class="row" id="controls"><button id="shutoff">Close main valve</button><span class="badge">Valve open</span><label><input type="checkbox" id="away-mode"> Away mode</label></div>
<h2>Sensors</h2>
${leakTable}
<h2>Notifications</h2>
<form id="notify-form"><label for="notify-email">Email alerts to</label><input id="notify-email" type="email" value="sam@example.org">
<label><input type="checkbox" id="push-notify" checked> Push notifications on this phone</label>
<button type="submit">Save</button></form>
<p class="muted"><a href="/hub/update" id="firmware-link">Firmware 2.3.1: update available</a></p>
</main>
<footer>DripGuard · <a href="/support">Support</a></footer>`,
);
const leak: PagePair = {
  name: 'water-leak-sensor-hub',
  v1: leakV1,
  v2: edit(leakV1, [
    [
      '<div class="row" id="controls"><button id="shutoff">Close main valve</button><span class="badge">Valve open</span><label><input type="checkbox" id="away-mode"> Away mode</label></div>',
      '<div class="card row"><button class="valve-close">Turn water off</button><span class="badge">Water on</span></div><div class="row seg" aria-label="Mode"><button data-mode="home" aria-pressed="true">Home</button><button data-mode="away">Away</button><button data-mode="holiday">Holiday</button></div>',
    ],
    ['<h2>Sensors</h2>', '<h2>Rooms</h2>'],
    [
      leakTable,
      `<div class="grid" id="rooms">
<div class="card" data-device="kitchen-sink"><h3>Kitchen</h3><p>Under sink · dry · battery 88%</p><button class="ping">Test alarm</button></div>
<div class="card" data-device="washing-machine"><h3>Utility</h3><p>Washer · dry · battery 71%</p><button class="ping">Test alarm</button></div>
<div class="card" data-device="bathroom"><h3>Bathroom</h3><p>Behind toilet · dry · battery 45%</p><button class="ping">Test alarm</button></div>
<div class="card" data-device="boiler"><h3>Garage</h3><p>Water heater · <span class="badge">Battery 12%</span></p><button class="ping">Test alarm</button></div>
</div>
<button class="pair">+ Pair device</button>`,
    ],
    [
      '<h2>Notifications</h2>\n<form id="notify-form"><label for="notify-email">Email alerts to</label><input id="notify-email" type="email" value="sam@example.org">\n<label><input type="checkbox" id="push-notify" checked> Push notifications on this phone</label>\n<button type="submit">Save</button></form>',
      '<div class="card"><h2>Who gets alerts</h2><form id="contacts-form"><label for="contact-email">Email</label><input id="contact-email" name="alert_email" type="email" value="sam@example.org"><p class="muted">Push notifications are always on for this phone.</p><button type="submit">Save contacts</button></form></div>',
    ],
    [
      '<p class="muted"><a href="/hub/update" id="firmware-link">Firmware 2.3.1: update available</a></p>',
      '',
    ],
    [
      '<footer>DripGuard · <a href="/support">Support</a></footer>',
      '<footer>DripGuard · <a href="/hub/update">Update hub software (2.3.1 to 2.4.0)</a> · <a href="/support">Support</a></footer>',
    ],
  ]),
  targets: [
    { selector: '#shutoff', expect: '.valve-close', change: 'reworded, id dropped' },
    {
      selector: '#sensors tr[data-sensor="kitchen-sink"] .test',
      expect: '[data-device="kitchen-sink"] .ping',
      change: 'table became room cards',
    },
    { selector: '#away-mode', expect: '[data-mode="away"]', change: 'checkbox became mode segment' },
    { selector: '#add-sensor', expect: '.pair', change: 'reworded, id dropped' },
    { selector: '#notify-email', expect: '#contact-email', change: 'moved into contacts card' },
    {
      selector: '#firmware-link',
      expect: 'footer a[href="/hub/update"]',
      change: 'moved to footer, reworded',
    },
    { selector: '#push-notify', expect: null, change: 'option removed (always on)' },
    { selector: '#export-history', expect: null, change: 'action removed' },
  ],
};

// ---------------------------------------------------------------------------
// 16. Foster carer application (public service wizard)
// ---------------------------------------------------------------------------
const fosterAside =
  '<aside class="card"><h3>What happens next</h3><p>A social worker will call you within 10 working days.</p><a href="/fostering/info-evening" id="info-evening">Book an information evening</a></aside>';
const fosterSpare = `<fieldset><legend>Spare bedroom</legend>
<label><input type="radio" name="spare_room" value="yes"> Yes</label>
<label><input type="radio" name="spare_room" value="no"> No</label></fieldset>`;
const fosterV1 = page(
  'Apply to foster - Brackenshire County Council',
  `<header><strong>Brackenshire County Council</strong><span>Fostering service</span></header>
<main>
${fosterAside}
<p class="muted">Step 2 of 5 · About your household</p>
<h1>Your household</h1>
<form id="household">
<label for="adults">Number of adults</label><input id="adults" name="adults" type="number" min="1">
<label for="children">Number of children under 18</label><input id="children" name="children" type="number" min="0">
${fosterSpare}
<label><input type="checkbox" id="pets" name="pets"> We have pets</label>
<fieldset><legend>Types of fostering you are interested in</legend>
<label><input type="checkbox" id="type-short" name="types" value="short-term"> Short-term</label>
<label><input type="checkbox" id="type-long" name="types" value="long-term"> Long-term</label>
<label><input type="checkbox" id="type-respite" name="types" value="respite"> Respite</label>
<label><input type="checkbox" id="type-parent-child" name="types" value="parent-child"> Parent and child</label></fieldset>
<label for="contact-pref">Best way to contact you</label><select id="contact-pref"><option>Phone</option><option>Email</option><option>Text message</option></select>
<div class="row"><button type="button" id="back">Back</button><button type="submit" id="continue">Save and continue</button></div>
<a href="/fostering/save" id="save-later">Save and come back later</a>
</form>
</main>
<footer>Brackenshire County Council · <a href="/privacy">How we use your information</a></footer>`,
);
const foster: PagePair = {
  name: 'foster-carer-application',
  v1: fosterV1,
  v2: edit(fosterV1, [
    [
      '<span>Fostering service</span></header>',
      '<span>Fostering service</span><a href="/fostering/save" class="resume-later">Save and exit</a></header>',
    ],
    [
      fosterAside,
      '<div class="card"><h3>Not sure yet?</h3><p>Hear from local foster carers and ask anything.</p><a href="/events/info-sessions">Come to an online information session</a></div>',
    ],
    [
      '<label for="adults">Number of adults</label><input id="adults" name="adults" type="number" min="1">',
      '<label for="household-adults">How many adults live with you?</label><input id="household-adults" name="household_adults" type="number" min="1">',
    ],
    [
      fosterSpare,
      '<div><span>Is there a spare bedroom a child could have to themselves?</span><div class="row seg"><button type="button" data-answer="yes">Yes</button><button type="button" data-answer="no">No</button></div></div>',
    ],
    [
      '<label><input type="checkbox" id="type-short" name="types" value="short-term"> Short-term</label>',
      '<label><input type="checkbox" id="ft-short" name="fostering_types" value="short-term"> Short-term (days to months)</label>',
    ],
    [
      '<label><input type="checkbox" id="type-long" name="types" value="long-term"> Long-term</label>',
      '<label><input type="checkbox" id="ft-long" name="fostering_types" value="long-term"> Long-term (until adulthood)</label>',
    ],
    [
      '<label><input type="checkbox" id="type-respite" name="types" value="respite"> Respite</label>',
      '<label><input type="checkbox" id="ft-breaks" name="fostering_types" value="short-breaks"> Short breaks (respite)</label>',
    ],
    [
      '<label><input type="checkbox" id="type-parent-child" name="types" value="parent-child"> Parent and child</label>',
      '<label><input type="checkbox" id="ft-emergency" name="fostering_types" value="emergency"> Emergency placements</label>',
    ],
    [
      '<label for="contact-pref">Best way to contact you</label><select id="contact-pref"><option>Phone</option><option>Email</option><option>Text message</option></select>',
      '',
    ],
    [
      '<button type="submit" id="continue">Save and continue</button></div>\n<a href="/fostering/save" id="save-later">Save and come back later</a>',
      '<button type="submit" class="next-step">Next: your experience</button></div>',
    ],
  ]),
  targets: [
    {
      selector: 'input[name="spare_room"][value="yes"]',
      expect: 'button[data-answer="yes"]',
      change: 'radio became segmented button, question label',
    },
    { selector: '#adults', expect: '#household-adults', change: 'label became question, renamed' },
    { selector: '#type-respite', expect: 'input[value="short-breaks"]', change: 'option term changed' },
    { selector: '#continue', expect: '.next-step', change: 'reworded' },
    { selector: '#save-later', expect: 'a.resume-later', change: 'moved to header, shorter wording' },
    {
      selector: '#info-evening',
      expect: 'a[href="/events/info-sessions"]',
      change: 'sidebar link moved into card, reworded',
    },
    { selector: '#type-parent-child', expect: null, change: 'option replaced by a different one' },
    { selector: '#contact-pref', expect: null, change: 'question removed' },
  ],
};

// ---------------------------------------------------------------------------
// 17. Tenancy deposit dispute (legal/property form)
// ---------------------------------------------------------------------------
const depositTable = `<table id="deductions"><thead><tr><th>Item</th><th>Landlord claims</th><th>You agree to</th><th></th></tr></thead><tbody>
<tr><td>Unpaid rent (3 days)</td><td>£95.00</td><td><input name="agree_rent" value="£95.00" aria-label="Agreed rent"></td><td><button type="button" class="remove">Remove</button></td></tr>
<tr><td>End of tenancy clean</td><td>£180.00</td><td><input name="agree_clean" value="£60.00" aria-label="Agreed cleaning"></td><td><button type="button" class="remove">Remove</button></td></tr>
<tr><td>Carpet replacement (lounge)</td><td>£420.00</td><td><input name="agree_carpet" value="£120.00" aria-label="Agreed carpet"></td><td><button type="button" class="remove">Remove</button></td></tr>
</tbody></table>
<button type="button" id="add-deduction">Add deduction</button>`;
const depositV1 = page(
  'Raise a dispute - SafeDeposit Scheme',
  `<header><strong>SafeDeposit Scheme</strong><nav><a href="/disputes">My disputes</a><a href="/guidance">Guidance</a><a href="/signout">Sign out</a></nav></header>
<main>
<aside class="card"><h3>Timeline</h3><ol><li>Tenancy ended 30 April</li><li>Landlord proposal 6 May</li><li>Dispute window closes 3 June</li></ol><a href="/mediation" id="request-mediation">Try free mediation first</a></aside>
<h1>Raise a dispute</h1>
<form id="dispute">
<label for="tenancy-ref">Tenancy reference</label><input id="tenancy-ref" name="tenancy_ref">
<p>Deposit held: <b>£1,350.00</b></p>
<h2>Deductions proposed by your landlord</h2>
${depositTable}
<fieldset><legend>What is the disagreement about?</legend>
<label><input type="checkbox" id="reason-cleaning"> Cleaning</label>
<label><input type="checkbox" id="reason-damage"> Damage</label>
<label><input type="checkbox" id="reason-rent"> Rent arrears</label>
<label><input type="checkbox" id="reason-gardening"> Gardening</label></fieldset>
<label for="statement">Your statement</label><textarea id="statement" rows="5"></textarea>
<label for="evidence-upload">Upload evidence</label><input type="file" id="evidence-upload" multiple>
<button type="submit" id="submit-dispute">Submit dispute</button>
</form>
</main>`,
  WIDE_FORM_CSS,
);
const deposit: PagePair = {
  name: 'tenancy-deposit-dispute',
  v1: depositV1,
  v2: edit(depositV1, [
    [
      '<a href="/mediation" id="request-mediation">Try free mediation first</a>',
      '<a href="/guides/dispute-guide.pdf" id="guide-pdf">Download our guide to disputes</a>',
    ],
    [
      '<h1>Raise a dispute</h1>',
      '<h1>Raise a dispute</h1>\n<div class="card"><label for="cert-no">Deposit certificate number</label> <input id="cert-no" name="deposit_protection_id"><p>Deposit held: <b>£1,350.00</b></p></div>',
    ],
    [
      '<label for="tenancy-ref">Tenancy reference</label><input id="tenancy-ref" name="tenancy_ref">\n<p>Deposit held: <b>£1,350.00</b></p>',
      '',
    ],
    [
      depositTable,
      `<ul class="lines">
<li class="card" data-item="carpet">Carpet replacement (lounge): landlord £420.00, you agree <input name="agree_carpet" value="£120.00" aria-label="Agreed carpet"> <button type="button" class="delete-line">Delete</button></li>
<li class="card" data-item="cleaning">End of tenancy clean: landlord £180.00, you agree <input name="agree_clean" value="£60.00" aria-label="Agreed cleaning"> <button type="button" class="delete-line">Delete</button></li>
<li class="card" data-item="rent">Unpaid rent (3 days): landlord £95.00, you agree <input name="agree_rent" value="£95.00" aria-label="Agreed rent"> <button type="button" class="delete-line">Delete</button></li>
</ul>
<button type="button" class="add-line">Add another item</button>`,
    ],
    ['<label><input type="checkbox" id="reason-gardening"> Gardening</label>', ''],
    [
      '<label for="statement">Your statement</label><textarea id="statement" rows="5"></textarea>',
      '<label for="your-account">Tell us what happened</label><textarea id="your-account" name="your_account" rows="6"></textarea>',
    ],
    [
      '<label for="evidence-upload">Upload evidence</label><input type="file" id="evidence-upload" multiple>',
      '<label class="card dropzone" for="files">Drop photos or receipts here</label><input type="file" id="files" name="evidence_files" multiple>',
    ],
    [
      '<button type="submit" id="submit-dispute">Submit dispute</button>',
      '<button type="submit" data-testid="send-dispute">Send to adjudicator</button>',
    ],
  ]),
  targets: [
    {
      selector: '#deductions tbody tr:nth-child(1) .remove',
      expect: '[data-item="rent"] .delete-line',
      change: 'table became list sorted by amount',
    },
    { selector: '#add-deduction', expect: '.add-line', change: 'reworded, id dropped' },
    {
      selector: '#evidence-upload',
      expect: 'input[name="evidence_files"]',
      change: 'drop zone added, renamed',
    },
    { selector: '#statement', expect: '#your-account', change: 'label became instruction' },
    { selector: '#submit-dispute', expect: '[data-testid="send-dispute"]', change: 'reworded' },
    { selector: '#tenancy-ref', expect: '#cert-no', change: 'moved to summary card, domain term changed' },
    { selector: '#reason-gardening', expect: null, change: 'option removed' },
    { selector: '#request-mediation', expect: null, change: 'replaced by a different link' },
  ],
};

// ---------------------------------------------------------------------------
// 18. Duplicate bridge scoring (director console)
// ---------------------------------------------------------------------------
const bridgeRow = (ns: string, ew: string, contract: string, by: string, score: string, mp: string) =>
  `<tr data-ns="${ns}"><td>${ns}</td><td>${ew}</td><td>${contract}</td><td>${by}</td><td>${score}</td><td>${mp}</td><td><button class="edit">Edit</button></td></tr>`;
const bridgeTraveller = (rows: string) =>
  `<table id="traveller"><thead><tr><th>NS</th><th>EW</th><th>Contract</th><th>By</th><th>Score</th><th>MP</th><th></th></tr></thead><tbody>
${rows}
</tbody></table>`;
const bridgeV1 = page(
  'TableTop Bridge Scorer',
  `<header><strong>TableTop Bridge Scorer</strong><span>Tuesday pairs · Section A</span><span class="muted">Director: M. Okafor</span></header>
<main>
<aside class="card" id="movement-panel"><h3>Movement</h3><p>Mitchell, 7 tables, 28 boards</p><p>Round 3 of 7</p><a href="/movement" id="change-movement">Change movement</a></aside>
<h1>Board 9</h1>
<p class="muted">Dealer N · Vulnerable: E/W</p>
<form id="result-form">
<div class="row"><label for="ns-pair">NS pair</label><input id="ns-pair" value="3" size="3"><label for="ew-pair">EW pair</label><input id="ew-pair" value="5" size="3"></div>
<div class="row"><label for="level">Contract</label><select id="level"><option>1</option><option>2</option><option>3</option><option selected>4</option><option>5</option><option>6</option><option>7</option></select><select id="suit" aria-label="Suit"><option>Clubs</option><option>Diamonds</option><option selected>Hearts</option><option>Spades</option><option>NT</option></select></div>
<label><input type="checkbox" id="double"> Doubled</label>
<label for="declarer">Declarer</label><select id="declarer"><option>N</option><option>E</option><option selected>S</option><option>W</option></select>
<label for="tricks">Tricks taken</label><input id="tricks" type="number" value="10">
<p>Score: <b id="score">NS +620</b></p>
<div class="row"><button type="submit" id="save-board">Save</button><button type="button" id="next-board">Next board</button></div>
</form>
<h2>Traveller</h2>
${bridgeTraveller(
  [
    bridgeRow('1', '7', '4H', 'S', '+650', '6'),
    bridgeRow('2', '6', '3NT', 'N', '+600', '2'),
    bridgeRow('3', '5', '4H', 'S', '+620', '4'),
    bridgeRow('4', '4', '4HX', 'S', '-100', '0'),
  ].join('\n'),
)}
<button id="print-cards">Print personal score cards</button>
</main>`,
);
const bridge: PagePair = {
  name: 'bridge-duplicate-scoring',
  v1: bridgeV1,
  v2: edit(bridgeV1, [
    [
      '<span class="muted">Director: M. Okafor</span></header>',
      '<div class="row"><button type="button" aria-label="Previous board">Prev</button><b>Board 9</b><button type="button" aria-label="Next board">Next</button></div><span class="muted">Director: M. Okafor</span></header>',
    ],
    [
      '<aside class="card" id="movement-panel"><h3>Movement</h3><p>Mitchell, 7 tables, 28 boards</p><p>Round 3 of 7</p><a href="/movement" id="change-movement">Change movement</a></aside>',
      '',
    ],
    ['<h1>Board 9</h1>', '<h1>Enter result</h1>'],
    [
      '<label><input type="checkbox" id="double"> Doubled</label>',
      '<label for="dbl">Penalty double</label><select id="dbl" name="dbl"><option>None</option><option>X</option><option>XX</option></select>',
    ],
    [
      '<label for="declarer">Declarer</label><select id="declarer"><option>N</option><option>E</option><option selected>S</option><option>W</option></select>',
      '<span>Declarer</span><div role="radiogroup" aria-label="Declarer" class="row seg"><button type="button" role="radio" aria-checked="false">N</button><button type="button" role="radio" aria-checked="false">E</button><button type="button" role="radio" aria-checked="true">S</button><button type="button" role="radio" aria-checked="false">W</button></div>',
    ],
    [
      '<label for="tricks">Tricks taken</label><input id="tricks" type="number" value="10">',
      '<label for="result-tricks">Tricks won by declarer</label><input id="result-tricks" name="result_tricks" type="number" value="10">',
    ],
    [
      '<div class="row"><button type="submit" id="save-board">Save</button><button type="button" id="next-board">Next board</button></div>',
      '<div class="row"><button type="submit" class="enter">Enter result</button></div>',
    ],
    ['<h2>Traveller</h2>', '<h2>Traveller (by matchpoints)</h2>'],
    [
      '<tr data-ns="2"><td>2</td><td>6</td><td>3NT</td><td>N</td><td>+600</td><td>2</td><td><button class="edit">Edit</button></td></tr>\n<tr data-ns="3"><td>3</td><td>5</td><td>4H</td><td>S</td><td>+620</td><td>4</td><td><button class="edit">Edit</button></td></tr>',
      '<tr data-ns="3"><td>3</td><td>5</td><td>4H</td><td>S</td><td>+620</td><td>4</td><td><button class="edit">Edit</button></td></tr>\n<tr data-ns="2"><td>2</td><td>6</td><td>3NT</td><td>N</td><td>+600</td><td>2</td><td><button class="edit">Edit</button></td></tr>',
    ],
    [
      '<button id="print-cards">Print personal score cards</button>',
      '<button id="email-results">Email results to players</button>',
    ],
  ]),
  targets: [
    {
      selector: '#declarer',
      expect: '[role="radiogroup"][aria-label="Declarer"]',
      change: 'select became seat buttons',
    },
    { selector: '#tricks', expect: '#result-tricks', change: 'renamed, longer label' },
    { selector: '#save-board', expect: '.enter', change: 'reworded, id dropped' },
    {
      selector: '#traveller tbody tr:nth-child(3) .edit',
      expect: '#traveller tr[data-ns="3"] .edit',
      change: 'rows re-sorted (position now points elsewhere)',
    },
    { selector: '#next-board', expect: '[aria-label="Next board"]', change: 'moved to header navigator' },
    { selector: '#double', expect: '#dbl', change: 'checkbox became select' },
    { selector: '#print-cards', expect: null, change: 'replaced by a different action' },
    { selector: '#change-movement', expect: null, change: 'panel removed' },
  ],
};

// ---------------------------------------------------------------------------
// 19. Organ donor registration (public health form)
// ---------------------------------------------------------------------------
const donorDecision = `<fieldset><legend>Your decision</legend>
<label><input type="radio" name="decision" value="all"> I want to donate all my organs and tissue</label>
<label><input type="radio" name="decision" value="some"> I want to donate some organs and tissue</label>
<label><input type="radio" name="decision" value="none"> I do not want to donate</label>
<label><input type="radio" name="decision" value="rep"> I want to appoint a representative to decide</label></fieldset>`;
const donorAside =
  '<aside class="card"><h3>Questions people ask</h3><ul><li><a href="/faq/age" id="faq-age">Am I too old to donate?</a></li><li><a href="/faq/family" id="faq-family">Should I tell my family?</a></li><li><a href="/faq/faith" id="faq-faith">Does my faith allow it?</a></li></ul></aside>';
const donorV1 = page(
  'Register your decision - Organ Donation Register',
  `<header><strong>Organ Donation Register</strong><nav><a href="/about">About donation</a><a href="/amend">Amend your decision</a><a href="/cy" lang="cy">Cymraeg</a></nav></header>
<main>
${donorAside}
<h1>Register your decision</h1>
<form id="register">
${donorDecision}
<fieldset><legend>Which organs and tissue?</legend>
<label><input type="checkbox" id="organ-heart"> Heart</label>
<label><input type="checkbox" id="organ-lungs"> Lungs</label>
<label><input type="checkbox" id="organ-kidneys"> Kidneys</label>
<label><input type="checkbox" id="organ-liver"> Liver</label>
<label><input type="checkbox" id="organ-corneas"> Corneas</label>
<label><input type="checkbox" id="organ-tissue"> Tissue (skin, bone, tendons)</label></fieldset>
<h2>Your details</h2>
<label for="given-name">First name</label><input id="given-name">
<label for="family-name">Last name</label><input id="family-name">
<label for="dob">Date of birth</label><input id="dob" type="date">
<label for="health-number">Health number</label><input id="health-number">
<label for="postcode">Postcode</label><div class="row"><input id="postcode"><button type="button" id="find-address">Find address</button></div>
<button type="submit" id="register-btn">Register</button>
</form>
</main>`,
  WIDE_FORM_CSS,
);
const donor: PagePair = {
  name: 'organ-donor-registration',
  v1: donorV1,
  v2: edit(donorV1, [
    [donorAside, ''],
    [
      donorDecision,
      `<div class="grid3" id="decision-options">
<div class="card"><h3>Yes, everything</h3><p class="muted">All organs and tissue.</p><button type="button" data-decision="all">Choose</button></div>
<div class="card"><h3>Yes, but only some</h3><p class="muted">You pick which.</p><button type="button" data-decision="some">Choose</button></div>
<div class="card"><h3>No</h3><p class="muted">You do not want to donate.</p><button type="button" data-decision="none">Choose</button></div>
</div>`,
    ],
    [
      '<label><input type="checkbox" id="organ-heart"> Heart</label>',
      '<label><input type="checkbox" name="donate_parts" value="heart"> Heart</label>',
    ],
    [
      '<label><input type="checkbox" id="organ-lungs"> Lungs</label>',
      '<label><input type="checkbox" name="donate_parts" value="lungs"> Lungs</label>',
    ],
    [
      '<label><input type="checkbox" id="organ-kidneys"> Kidneys</label>',
      '<label><input type="checkbox" name="donate_parts" value="kidneys"> Kidneys</label>',
    ],
    [
      '<label><input type="checkbox" id="organ-liver"> Liver</label>',
      '<label><input type="checkbox" name="donate_parts" value="liver"> Liver</label>',
    ],
    [
      '<label><input type="checkbox" id="organ-corneas"> Corneas</label>',
      '<label><input type="checkbox" name="donate_parts" value="eyes"> Eyes (corneas)</label>',
    ],
    [
      '<label><input type="checkbox" id="organ-tissue"> Tissue (skin, bone, tendons)</label>',
      '<label><input type="checkbox" name="donate_parts" value="bowel"> Small bowel</label>',
    ],
    [
      '<label for="health-number">Health number</label><input id="health-number">',
      '<label for="patient-id">Health service number (optional)</label><input id="patient-id" name="patient_id">',
    ],
    [
      '<button type="button" id="find-address">Find address</button>',
      '<button type="button" class="lookup-postcode">Look up</button>',
    ],
    [
      '<button type="submit" id="register-btn">Register</button>\n</form>',
      '<button type="submit" id="record-decision">Record my decision</button>\n</form>\n<section class="card"><h2>Next steps</h2><p>Most families support a decision they already knew about.</p><p><a href="/faq/talking-to-family">Talk to your family about your decision</a></p><p><a href="/faq/faith-and-beliefs">Faith and beliefs</a></p></section>',
    ],
  ]),
  targets: [
    {
      selector: 'input[name="decision"][value="some"]',
      expect: '[data-decision="some"]',
      change: 'radio became choice card',
    },
    { selector: '#organ-corneas', expect: 'input[value="eyes"]', change: 'ids dropped, label broadened' },
    { selector: '#find-address', expect: '.lookup-postcode', change: 'shorter wording, id dropped' },
    { selector: '#health-number', expect: '#patient-id', change: 'renamed, optional' },
    { selector: '#register-btn', expect: '#record-decision', change: 'reworded' },
    {
      selector: '#faq-family',
      expect: 'a[href="/faq/talking-to-family"]',
      change: 'sidebar FAQ became next-steps link',
    },
    { selector: 'input[name="decision"][value="rep"]', expect: null, change: 'option removed' },
    { selector: '#organ-tissue', expect: null, change: 'replaced by a different option' },
  ],
};

// ---------------------------------------------------------------------------
// 20. Mountain hut reservation (outdoor booking)
// ---------------------------------------------------------------------------
const hutNight = (date: string, label: string, free: string, disabled = false) =>
  `<li data-night="${date}">${label} · ${free} <button class="pick-night"${disabled ? ' disabled' : ''}>Select</button></li>`;
const hutAvail = `<table id="availability"><tbody><tr>
<td data-date="2025-07-10">Thu 10<br><button>8 free</button></td><td data-date="2025-07-11">Fri 11<br><button>3 free</button></td><td data-date="2025-07-12">Sat 12<br><button>12 free</button></td><td data-date="2025-07-13">Sun 13<br><button disabled>Full</button></td>
</tr></tbody></table>`;
const hutV1 = page(
  'Reserve beds - Alpine Huts Network',
  `<header><strong>Alpine Huts Network</strong><nav><a href="/huts">Huts</a><a href="/routes">Routes</a><a href="/my-bookings">My bookings</a></nav></header>
<main>
<aside class="card"><h3>Rifugio Valdane</h3><p>2,412 m · 46 beds</p><p>Open 20 June to 20 September</p><a href="/weather/valdane" id="weather-link">Mountain weather forecast</a></aside>
<h1>Reserve beds</h1>
<form id="hut-booking">
<label for="hut">Hut</label><select id="hut"><option>Rifugio Valdane</option><option>Capanna Sella Alta</option><option>Bivacco Ghiaccio</option></select>
<label for="arrival">Arrival</label><input id="arrival" type="date">
<label for="nights">Nights</label><input id="nights" type="number" value="1">
<div class="row"><label for="adults">Adults</label><input id="adults" type="number" value="2" size="2"><label for="kids">Children</label><input id="kids" type="number" value="0" size="2"></div>
<fieldset><legend>Room</legend><label><input type="radio" name="room" value="dorm" checked> Dormitory</label> <label><input type="radio" name="room" value="private"> Private room</label></fieldset>
<label><input type="checkbox" id="half-board" checked> Half board (dinner and breakfast)</label>
<label><input type="checkbox" id="packed-lunch"> Packed lunch for the next day</label>
<label for="club-no">Alpine club membership no.</label><input id="club-no">
<button type="button" id="check-avail">Check availability</button>
</form>
<h2>Availability, July</h2>
${hutAvail}
<button id="reserve">Reserve</button>
</main>`,
);
const hut: PagePair = {
  name: 'mountain-hut-reservation',
  v1: hutV1,
  v2: edit(hutV1, [
    [
      '<a href="/weather/valdane" id="weather-link">Mountain weather forecast</a></aside>',
      '<a href="/routes/valdane/conditions" id="route-conditions">Route conditions</a></aside>\n<aside class="card"><h3>Price</h3><p>2 beds, shared bunkroom, 1 night: €98</p><label for="member-card">Alpine club card (members save 50%)</label> <input id="member-card" name="membership_card"></aside>',
    ],
    [
      '<label for="hut">Hut</label><select id="hut">',
      '<label for="refuge">Which hut?</label><select id="refuge" name="refuge">',
    ],
    [
      '<fieldset><legend>Room</legend><label><input type="radio" name="room" value="dorm" checked> Dormitory</label> <label><input type="radio" name="room" value="private"> Private room</label></fieldset>',
      '<div class="row seg"><button type="button" data-room="dorm" aria-pressed="true">Shared bunkroom</button><button type="button" data-room="private">Private room</button></div>',
    ],
    [
      '<label><input type="checkbox" id="half-board" checked> Half board (dinner and breakfast)</label>',
      '<label class="row"><input type="checkbox" role="switch" name="meals" checked> Dinner &amp; breakfast</label>',
    ],
    ['<label><input type="checkbox" id="packed-lunch"> Packed lunch for the next day</label>', ''],
    ['<label for="club-no">Alpine club membership no.</label><input id="club-no">', ''],
    [
      hutAvail,
      `<ul class="nights">
${hutNight('2025-07-10', 'Thu 10 Jul', '8 beds')}
${hutNight('2025-07-11', 'Fri 11 Jul', '3 beds')}
${hutNight('2025-07-12', 'Sat 12 Jul', '12 beds')}
${hutNight('2025-07-13', 'Sun 13 Jul', 'full', true)}
</ul>`,
    ],
    ['<button id="reserve">Reserve</button>', '<button class="request">Request beds</button>'],
  ]),
  targets: [
    { selector: '#hut', expect: '#refuge', change: 'renamed, question label' },
    {
      selector: 'input[name="room"][value="dorm"]',
      expect: '[data-room="dorm"]',
      change: 'radio became toggle, reworded',
    },
    { selector: '#half-board', expect: 'input[name="meals"]', change: 'checkbox became switch, reworded' },
    { selector: '#club-no', expect: '#member-card', change: 'moved to price panel' },
    {
      selector: '#availability td[data-date="2025-07-12"] button',
      expect: '[data-night="2025-07-12"] .pick-night',
      change: 'calendar became list',
    },
    { selector: '#reserve', expect: '.request', change: 'reworded' },
    { selector: '#packed-lunch', expect: null, change: 'option removed' },
    { selector: '#weather-link', expect: null, change: 'replaced by a different link' },
  ],
};

// ---------------------------------------------------------------------------
// 21. Insulin pump companion (mobile medical device app)
// ---------------------------------------------------------------------------
const pumpV1 = page(
  'PumpPal',
  `<div class="phone">
<header><strong>PumpPal</strong><span class="badge">Pump connected · 78%</span></header>
<main>
<div class="card"><p class="muted">Sensor glucose</p><p><b>7.4 mmol/L</b> steady</p><p class="muted">Insulin on board 1.2 U</p></div>
<h2>Bolus</h2>
<form id="bolus">
<label for="carbs">Carbohydrates (g)</label><input id="carbs" type="number">
<label for="bg">Blood glucose (mmol/L)</label><input id="bg" type="number" value="7.4">
<button type="button" id="calc">Calculate</button>
<p>Suggested dose <b id="dose">0.0 U</b></p>
<button type="submit" id="deliver">Deliver bolus</button>
</form>
<h2>Basal</h2>
<div class="row"><label for="basal-profile">Profile</label><select id="basal-profile"><option>Weekday</option><option>Weekend</option><option>Sick day</option></select></div>
<div class="row"><button id="temp-basal">Set temporary basal</button><button id="suspend">Suspend pump</button></div>
<h2>Today</h2>
<ul id="history"><li>07:20 Bolus 4.5 U (45 g)</li><li>10:05 Correction 0.8 U</li><li>12:40 Bolus 5.0 U (50 g)</li></ul>
<p><button id="share-clinic">Share with clinic</button></p>
</main>
<nav class="tabbar"><a class="tab" href="/home">Home</a><a class="tab" href="/reports">Reports</a><a class="tab" href="/settings">Settings</a></nav>
</div>`,
  PHONE_CSS,
);
const pump: PagePair = {
  name: 'insulin-pump-companion',
  v1: pumpV1,
  v2: edit(pumpV1, [
    [
      '<span class="badge">Pump connected · 78%</span></header>',
      '<span class="badge">78%</span><button data-action="pause-insulin">Pause insulin</button></header>',
    ],
    [
      '<label for="carbs">Carbohydrates (g)</label><input id="carbs" type="number">',
      '<label for="food-carbs">Food: grams of carbohydrate</label><input id="food-carbs" name="carb_grams" type="number">',
    ],
    [
      '<button type="button" id="calc">Calculate</button>\n<p>Suggested dose <b id="dose">0.0 U</b></p>\n<button type="submit" id="deliver">Deliver bolus</button>',
      '<p class="muted">The dose updates as you type.</p>\n<div class="card confirm"><p>Suggested <b>0.0 U</b></p><button type="submit" class="confirm-dose">Confirm dose</button></div>',
    ],
    [
      '<div class="row"><button id="temp-basal">Set temporary basal</button><button id="suspend">Suspend pump</button></div>',
      '<p><a href="/basal/temp">Temporary rate</a></p>',
    ],
    [
      '<ul id="history"><li>07:20 Bolus 4.5 U (45 g)</li><li>10:05 Correction 0.8 U</li><li>12:40 Bolus 5.0 U (50 g)</li></ul>',
      '<table id="log"><tbody><tr data-log="l-4"><td>13:15</td><td>Temp rate 80%</td><td>1 h</td></tr><tr data-log="l-3"><td>12:40</td><td>Meal bolus</td><td>5.0 U</td></tr><tr data-log="l-2"><td>10:05</td><td>Correction</td><td>0.8 U</td></tr><tr data-log="l-1"><td>07:20</td><td>Meal bolus</td><td>4.5 U</td></tr></tbody></table>',
    ],
    ['<p><button id="share-clinic">Share with clinic</button></p>', ''],
    ['<a class="tab" href="/reports">Reports</a>', '<a class="tab" href="/insights">Insights</a>'],
  ]),
  targets: [
    { selector: '#carbs', expect: '#food-carbs', change: 'renamed, longer label' },
    { selector: '#deliver', expect: '.confirm-dose', change: 'moved into confirm card, reworded' },
    { selector: '#suspend', expect: '[data-action="pause-insulin"]', change: 'moved to header, reworded' },
    { selector: '#temp-basal', expect: 'a[href="/basal/temp"]', change: 'button became link, shorter' },
    {
      selector: '#history li:nth-child(2)',
      expect: 'tr[data-log="l-2"]',
      change: 'list became newest-first table',
    },
    { selector: 'a.tab[href="/reports"]', expect: 'a.tab[href="/insights"]', change: 'tab renamed' },
    { selector: '#calc', expect: null, change: 'button removed (live calculation)' },
    { selector: '#share-clinic', expect: null, change: 'action removed' },
  ],
};

// ---------------------------------------------------------------------------
// 22. Quarry weighbridge kiosk (industrial touch screen)
// ---------------------------------------------------------------------------
const weighProduct =
  '<label for="product">Product</label><select id="product"><option>Type 1 sub-base</option><option>20 mm clean</option><option>6F2 capping</option><option>Dust 0-4 mm</option></select>';
const weighV1 = page(
  'Weighbridge 2',
  `<div class="kiosk">
<header><strong>Greystone Quarry · Weighbridge 2</strong><nav class="row"><a href="?lang=en" id="lang-en">English</a><a href="?lang=cy" id="lang-cy">Cymraeg</a></nav></header>
<main>
<h1>Driver check-in</h1>
<p class="muted">Stop fully on the bridge before weighing. Engine off.</p>
<form id="ticket">
<label for="reg-input">Vehicle registration</label><input id="reg-input" name="reg">
<label for="haulier">Haulier</label><select id="haulier"><option>Own account</option><option>Pennant Haulage</option><option>R. Evans Tippers</option></select>
<label for="order-no">Customer order number</label><input id="order-no">
${weighProduct}
<div class="row"><button type="button" id="capture-tare" class="big">Capture tare (empty)</button><button type="button" id="capture-gross" class="big">Capture gross (loaded)</button></div>
</form>
<div class="card" id="preview"><h3>Ticket preview</h3><p>Gross: none · Tare: none · Net: none</p></div>
<h2>Last tickets at this bridge</h2>
<table id="recent"><thead><tr><th>Time</th><th>Plate</th><th>Product</th><th>Net (t)</th></tr></thead><tbody>
<tr><td>09:12</td><td>CX19 PLM</td><td>Type 1 sub-base</td><td>19.84</td></tr>
<tr><td>09:05</td><td>FN68 TRW</td><td>20 mm clean</td><td>18.10</td></tr>
<tr><td>08:51</td><td>WR21 KDA</td><td>6F2 capping</td><td>20.02</td></tr>
</tbody></table>
<div class="row"><button id="print-ticket" class="big">Print ticket</button><button id="call-operator" class="big">Call operator</button></div>
</main>
</div>`,
  '.kiosk{font-size:18px}.big{font-size:20px;padding:14px 20px}.tile{padding:14px}',
);
const weigh: PagePair = {
  name: 'weighbridge-ticketing-kiosk',
  v1: weighV1,
  v2: edit(weighV1, [
    [
      '<nav class="row"><a href="?lang=en" id="lang-en">English</a><a href="?lang=cy" id="lang-cy">Cymraeg</a></nav></header>',
      '<button class="help big">Need help?</button></header>',
    ],
    [
      '<label for="reg-input">Vehicle registration</label><input id="reg-input" name="reg">',
      '<label for="plate">Truck plate</label><input id="plate" name="plate">',
    ],
    [
      '<label for="order-no">Customer order number</label><input id="order-no">',
      '<label for="delivery-site">Delivery site</label><input id="delivery-site">',
    ],
    [
      weighProduct,
      '<span>Material</span><div class="grid" role="radiogroup" aria-label="Material"><button type="button" role="radio" class="tile">Type 1 sub-base</button><button type="button" role="radio" class="tile">20 mm clean</button><button type="button" role="radio" class="tile">6F2 capping</button><button type="button" role="radio" class="tile">Dust 0-4 mm</button></div>',
    ],
    [
      '<div class="row"><button type="button" id="capture-tare" class="big">Capture tare (empty)</button><button type="button" id="capture-gross" class="big">Capture gross (loaded)</button></div>',
      '<p class="muted">Stored tare for this truck: 14,220 kg</p><button type="button" class="weigh big" data-weigh="gross">Weigh loaded</button>',
    ],
    [
      '<div class="row"><button id="print-ticket" class="big">Print ticket</button><button id="call-operator" class="big">Call operator</button></div>',
      '<div class="row"><button id="docket-print" class="big">Print docket</button></div>',
    ],
    [
      '</main>\n</div>',
      '</main>\n<footer><a href="?lang=en" lang="en">English</a> · <a href="?lang=cy" lang="cy">Cymraeg</a></footer>\n</div>',
    ],
  ]),
  targets: [
    { selector: '#reg-input', expect: '#plate', change: 'renamed, trade wording' },
    { selector: '#capture-gross', expect: '[data-weigh="gross"]', change: 'reworded, id dropped' },
    {
      selector: '#product',
      expect: '[aria-label="Material"]',
      change: 'select became tile group, relabelled',
    },
    { selector: '#call-operator', expect: 'header .help', change: 'moved to header, question wording' },
    { selector: '#print-ticket', expect: '#docket-print', change: 'domain term changed' },
    { selector: '#lang-cy', expect: 'footer a[lang="cy"]', change: 'language switch moved to footer' },
    { selector: '#capture-tare', expect: null, change: 'step removed (stored tare)' },
    { selector: '#order-no', expect: null, change: 'replaced by a different field' },
  ],
};

// ---------------------------------------------------------------------------
// 23. Savings pots (mobile banking)
// ---------------------------------------------------------------------------
const potsList = `<div class="card pot" id="pot-holiday"><h3>Holiday</h3><p>£640 of £1,200</p><button class="add-money">Add money</button></div>
<div class="card pot" id="pot-emergency"><h3>Rainy day</h3><p>£2,050</p><button class="add-money">Add money</button></div>
<div class="card pot" id="pot-laptop"><h3>New laptop</h3><p>£890 of £900</p><button class="add-money">Add money</button></div>
<button id="new-pot">Create a new pot</button>`;
const potsV1 = page(
  'Penny - Pots',
  `<div class="phone">
<header><strong>Penny</strong><span class="muted">Main account £1,284.50</span></header>
<main>
<h1>Pots</h1>
${potsList}
<p><label><input type="checkbox" id="roundups" checked> Round up card payments into Holiday</label></p>
<section class="card" id="pot-detail"><div class="row"><h2>Holiday</h2><button id="rename-pot">Rename</button></div>
<label for="target-amount">Target amount (£)</label> <input id="target-amount" type="number" value="1200">
<label for="target-date">Target date</label> <input id="target-date" type="date">
<div class="row"><button id="withdraw">Withdraw</button><button id="delete-pot">Delete pot</button></div>
<p class="muted">Pots earn 3.1% AER variable. <a href="/interest">How interest works</a></p></section>
</main>
<nav class="tabbar"><a href="/home">Home</a><a href="/payments">Payments</a><a href="/pots">Pots</a><a href="/help">Help</a></nav>
</div>`,
  PHONE_CSS,
);
const pots: PagePair = {
  name: 'savings-pots-app',
  v1: potsV1,
  v2: edit(potsV1, [
    [
      '<span class="muted">Main account £1,284.50</span></header>',
      '<span class="muted">£1,284.50</span><button aria-label="Create a pot">+</button></header>',
    ],
    [
      potsList,
      `<div class="card pot-card" data-pot="holiday"><h3>Holiday</h3><progress value="640" max="1200"></progress><p>£640 of £1,200</p><button class="top-up">Top up</button></div>
<div class="card pot-card" data-pot="laptop"><h3>New laptop</h3><progress value="890" max="900"></progress><p>£890 of £900</p><button class="top-up">Top up</button></div>
<div class="card pot-card" data-pot="rainy-day"><h3>Rainy day</h3><p>£2,050</p><button class="top-up">Top up</button></div>`,
    ],
    [
      '<p><label><input type="checkbox" id="roundups" checked> Round up card payments into Holiday</label></p>',
      '<div class="row"><span>Round up card spending</span><button role="switch" aria-checked="true" aria-label="Round up card spending">On</button></div>',
    ],
    [
      '<div class="row"><h2>Holiday</h2><button id="rename-pot">Rename</button></div>',
      '<div class="row"><h2>Holiday</h2><a href="/pots/holiday/name" class="edit-name">Edit name</a></div>',
    ],
    [
      '<label for="target-amount">Target amount (£)</label> <input id="target-amount" type="number" value="1200">',
      '<label for="target-amount">Goal (£)</label> <input id="target-amount" name="goal" type="number" value="1200">',
    ],
    ['<label for="target-date">Target date</label> <input id="target-date" type="date">', ''],
    [
      '<div class="row"><button id="withdraw">Withdraw</button><button id="delete-pot">Delete pot</button></div>',
      '<div class="row"><button class="move-out">Move to main account</button><button id="lock-pot">Lock pot</button></div>',
    ],
  ]),
  targets: [
    {
      selector: '#pot-holiday .add-money',
      expect: '[data-pot="holiday"] .top-up',
      change: 'cards re-keyed, reworded',
    },
    {
      selector: '#roundups',
      expect: 'button[aria-label="Round up card spending"]',
      change: 'checkbox became switch',
    },
    { selector: '#new-pot', expect: '[aria-label="Create a pot"]', change: 'moved to header as icon button' },
    { selector: '#target-amount', expect: '#target-amount', change: 'relabelled in place' },
    { selector: '#withdraw', expect: '.move-out', change: 'reworded, id dropped' },
    { selector: '#rename-pot', expect: 'a.edit-name', change: 'button became link, reworded' },
    { selector: '#delete-pot', expect: null, change: 'replaced by a different action' },
    { selector: '#target-date', expect: null, change: 'field removed' },
  ],
};

// ---------------------------------------------------------------------------
// 24. Taxi dispatch console (operator desktop)
// ---------------------------------------------------------------------------
const taxiDriver = (id: string, text: string, status: string) =>
  `<li data-driver="${id}">${text} <span class="badge">${status}</span> <button class="msg">Message</button></li>`;
const taxiFleet = (id: string, text: string, status: string) =>
  `<li data-driver-id="${id}">${text} <span class="badge">${status}</span> <a href="/chat/${id}" class="chat">Chat</a></li>`;
const taxiJob = (job: string, due: string, from: string, to: string, pax: string, acct: string) =>
  `<tr data-job="${job}"><td>${due}</td><td>${from}</td><td>${to}</td><td>${pax}</td><td>${acct}</td><td><button class="assign">Assign</button></td></tr>`;
const taxiSidebar = `<div class="sidebar card"><h3>Drivers</h3><ul id="drivers">
${taxiDriver('d04', '04 · Raj', 'Free')}
${taxiDriver('d11', '11 · Kath', 'On job')}
${taxiDriver('d17', '17 · Marek', 'Free')}
${taxiDriver('d23', '23 · Sol', 'Break')}
</ul></div>`;
const taxiTable = `<table id="jobs"><thead><tr><th>Due</th><th>Pickup</th><th>Destination</th><th>Pax</th><th>Account</th><th></th></tr></thead><tbody>
${taxiJob('J-8809', '14:05', 'Central Station', '12 Mill Lane', '2', 'none')}
${taxiJob('J-8812', '14:10', 'Royal Infirmary', 'Oak Park Estate', '1', 'HOSP-01')}
${taxiJob('J-8815', '14:30', 'Airport T1', 'Hotel Marlowe', '4', 'MARLOWE')}
</tbody></table>`;
const taxiV1 = page(
  'CabDesk',
  `<header><strong>CabDesk</strong><span>Operator: Dee</span><div class="row"><button id="broadcast">Broadcast</button><button id="pause-queue">Pause auto-dispatch</button><button id="map-toggle">Show map</button></div></header>
${taxiSidebar}
<main class="with-side">
<h1>Job queue</h1>
${taxiTable}
<h2>New job</h2>
<form id="job-form">
<label for="pickup">Pickup address</label><input id="pickup">
<label for="dropoff">Destination</label><input id="dropoff">
<label for="due">Pickup time</label><input id="due" type="time">
<label for="vehicle">Vehicle</label><select id="vehicle"><option>Saloon</option><option>Estate</option><option>MPV (6 seats)</option><option>Wheelchair accessible</option></select>
<label for="account-code">Account code</label><input id="account-code">
<label for="notes">Notes for driver</label><textarea id="notes"></textarea>
<button type="submit" id="create-job">Create job</button>
</form>
</main>`,
  SIDE_CSS,
);
const taxi: PagePair = {
  name: 'taxi-dispatch-console',
  v1: taxiV1,
  v2: edit(taxiV1, [
    [
      '<div class="row"><button id="broadcast">Broadcast</button><button id="pause-queue">Pause auto-dispatch</button><button id="map-toggle">Show map</button></div>',
      '<div class="row"><span>Auto-dispatch</span><button role="switch" aria-checked="true" aria-label="Auto-dispatch">On</button><div class="menu row"><button class="broadcast-all">Send message to all drivers</button><a href="/shift-report">Shift report</a></div></div>',
    ],
    [taxiSidebar, ''],
    [
      '<main class="with-side">\n<h1>Job queue</h1>',
      `<main>
<aside class="card"><h3>Fleet</h3><ul class="fleet">
${taxiFleet('d04', '04 · Raj', 'Free')}
${taxiFleet('d17', '17 · Marek', 'Free')}
${taxiFleet('d11', '11 · Kath', 'On job')}
${taxiFleet('d23', '23 · Sol', 'Break')}
</ul></aside>
<div class="card">Live map: 4 cars on shift</div>
<h1>Job queue</h1>`,
    ],
    [
      taxiTable,
      `<div class="grid3" id="queue">
<div class="card job" data-job-id="J-8809">14:05 · Central Station to 12 Mill Lane · 2 pax <button class="dispatch">Dispatch</button></div>
<div class="card job" data-job-id="J-8812">14:10 · Royal Infirmary to Oak Park Estate · 1 pax · HOSP-01 <button class="dispatch">Dispatch</button></div>
<div class="card job" data-job-id="J-8815">14:30 · Airport T1 to Hotel Marlowe · 4 pax · MARLOWE <button class="dispatch">Dispatch</button></div>
</div>`,
    ],
    [
      '<label for="pickup">Pickup address</label><input id="pickup">',
      '<label for="from">From</label><input id="from" name="pickup_address">',
    ],
    [
      '<label for="dropoff">Destination</label><input id="dropoff">',
      '<label for="to">To</label><input id="to" name="dropoff_address">',
    ],
    ['<label for="account-code">Account code</label><input id="account-code">', ''],
    [
      '<button type="submit" id="create-job">Create job</button>',
      '<button type="submit" class="add-booking">Add booking</button>',
    ],
  ]),
  targets: [
    {
      selector: '#jobs tr[data-job="J-8812"] .assign',
      expect: '[data-job-id="J-8812"] .dispatch',
      change: 'table became cards, reworded',
    },
    {
      selector: '#drivers li[data-driver="d17"] .msg',
      expect: '[data-driver-id="d17"] .chat',
      change: 'driver list moved to right panel, button became link',
    },
    { selector: '#pickup', expect: '#from', change: 'shorter label, renamed' },
    { selector: '#broadcast', expect: '.broadcast-all', change: 'moved into menu, longer wording' },
    { selector: '#create-job', expect: '.add-booking', change: 'reworded, domain term changed' },
    { selector: '#pause-queue', expect: '[aria-label="Auto-dispatch"]', change: 'button became switch' },
    { selector: '#account-code', expect: null, change: 'field removed' },
    { selector: '#map-toggle', expect: null, change: 'toggle removed (map always shown)' },
  ],
};

export const BLIND11_PAIRS: readonly PagePair[] = [
  ferry,
  silo,
  funeral,
  escapeRoom,
  slicer,
  scope,
  cdRegister,
  court,
  manifest,
  archery,
  salon,
  kube,
  cron,
  scooter,
  leak,
  foster,
  deposit,
  bridge,
  donor,
  hut,
  pump,
  weigh,
  pots,
  taxi,
];
