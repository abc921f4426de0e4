/**
 * Blind corpus 7, sealed: written without looking at the matcher. Domains:
 * tool library loans, container terminal gate appointments, aquarium water
 * log, small claims filing, lab chemical inventory, trademark filing, esports
 * bracket check-in, nursery daily diary, livestock auction lots, drone flight
 * authorisation, climbing wall logbook, lottery syndicate, kiln firing
 * schedule, laundrette machines, microloan review, grave search, seed swap
 * listing, karaoke queue, hackathon judging, cricket scorer, art consignment
 * register, dive logbook, tutor finder and lift inspection checklist.
 */
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- tool library loans

const toolLibV1 = page(
  'My loans — Riverside Tool Library',
  `<header><a href="/" class="logo">Riverside Tool Library</a><nav><a href="/tools">Browse tools</a><a href="/workshops">Workshops</a><a href="/volunteer">Help out</a><a href="/about">About</a></nav><form class="row" action="/search" role="search"><input type="search" id="quick-search" name="q" placeholder="Search tools"><button type="submit" id="quick-search-go">Search</button></form></header>
<main><h1>My loans</h1>
<p class="muted">Member #4471 · 3 tools borrowed · 2 reservations</p>
<section><h2>Borrowed</h2>
<table id="loans"><tr><th></th><th>Tool</th><th>Due back</th><th>Extensions left</th></tr>
<tr><td><input type="checkbox" id="loan-1" name="extend" value="t1029"></td><td>Cordless hammer drill</td><td>Sat 12 Jul</td><td>2</td></tr>
<tr><td><input type="checkbox" id="loan-2" name="extend" value="t2291"></td><td>Wallpaper steamer</td><td>Sat 12 Jul</td><td>0</td></tr>
<tr><td><input type="checkbox" id="loan-3" name="extend" value="t3310"></td><td>Tile cutter (600 mm)</td><td>Sat 19 Jul</td><td>1</td></tr>
</table>
<div class="row"><button type="button" id="extend-selected">Extend selected</button><button type="button" id="extend-all">Extend all</button><a href="/account/history">Loan history</a></div></section>
<section><h2>Reservations</h2>
<table id="holds"><tr><th>Tool</th><th>Status</th><th>Collect from</th><th></th></tr>
<tr><td>Pressure washer</td><td>2nd in queue</td><td>Main shed</td><td><button type="button" class="suspend-hold" data-hold="h71">Suspend</button> <button type="button" class="cancel-hold" data-hold="h71">Cancel</button></td></tr>
<tr><td>Hedge trimmer</td><td>Ready to collect</td><td>Eastgate pop-up</td><td><button type="button" class="cancel-hold" data-hold="h72">Cancel</button></td></tr>
<tr><td>Carpet cleaner</td><td>Being checked</td><td>Main shed</td><td><button type="button" class="suspend-hold" data-hold="h73">Suspend</button> <button type="button" class="cancel-hold" data-hold="h73">Cancel</button></td></tr>
</table>
<label for="default-branch">Usual collection point</label> <select id="default-branch" name="branch"><option>Main shed</option><option>Eastgate pop-up</option><option>Millbrook school</option></select>
<label class="row"><input type="checkbox" id="notify-sms" name="notify" value="sms"> Text me when a reservation is ready</label>
</section>
<div class="row"><button type="button" id="save-prefs">Save preferences</button><a href="/logout" id="logout-link">Log out</a></div>
</main>
<footer><a href="/help">Help</a> · <a href="/late-fees">Late returns</a> · <a href="/privacy">Privacy</a></footer>`,
);

const toolLibV2 = page(
  'Loans & reservations — Riverside Tool Library',
  `<header><a href="/" class="logo">Riverside Tools</a><nav><a href="/tools">Tools</a><a href="/workshops">Learn</a><a href="/volunteer">Volunteer</a></nav><form class="row" action="/search" role="search"><input type="search" name="q" aria-label="Search tools" placeholder="Drill, ladder, sander…"><button type="submit" aria-label="Search">🔍</button></form><details class="account-menu" open><summary>Member #4471</summary><a href="/account">Account</a> <a href="/logout">Sign out</a></details></header>
<main><h1>Your tools</h1>
<section class="loans"><h2>Out with you</h2>
<div class="card"><label class="row"><input type="checkbox" name="items" value="t1029"> <strong>Cordless hammer drill</strong></label><p class="muted">Return by Sat 12 Jul · can extend 2 more times</p></div>
<div class="card"><label class="row"><input type="checkbox" name="items" value="t3310"> <strong>Tile cutter (600 mm)</strong></label><p class="muted">Return by Sat 19 Jul · can extend once more</p></div>
<div class="card"><label class="row"><input type="checkbox" name="items" value="t2291" disabled> <strong>Wallpaper steamer</strong></label><p class="muted">Return by Sat 12 Jul · no extensions left</p></div>
<div class="row"><button type="button" class="extend-chosen">Extend ticked tools by a week</button><button type="button" class="download-list">Download list</button><a href="/account/history">Past loans</a></div></section>
<section class="holds"><h2>Waiting for</h2>
<ul>
<li class="row" data-id="h72"><span>Hedge trimmer — <strong>ready at Eastgate pop-up</strong></span><button type="button" aria-label="Cancel reservation: Hedge trimmer">✕</button></li>
<li class="row" data-id="h71"><span>Pressure washer — 2nd in queue</span><button type="button" aria-label="Cancel reservation: Pressure washer">✕</button></li>
<li class="row" data-id="h73"><span>Carpet cleaner — being checked</span><button type="button" aria-label="Pause reservation: Carpet cleaner">⏸</button><button type="button" aria-label="Cancel reservation: Carpet cleaner">✕</button></li>
</ul></section>
<section class="prefs"><h2>Preferences</h2>
<label for="pickup">Collect from</label> <select id="pickup" name="pickup_point"><option>Main shed</option><option>Eastgate pop-up</option><option>Millbrook school</option><option>Library van (Tuesdays)</option></select>
<label class="row"><input type="checkbox" id="pref-text" name="notify" value="sms"> SMS me when something is ready</label>
<button type="button" class="save-prefs">Save</button></section>
</main>
<footer><a href="/help">Help</a> · <a href="/late-fees">Late returns</a> · <a href="/privacy">Privacy</a></footer>`,
);

const toolLibPair: PagePair = {
  name: 'tool-library-loans',
  v1: toolLibV1,
  v2: toolLibV2,
  targets: [
    {
      selector: 'button.suspend-hold[data-hold="h71"]',
      expect: null,
      change: 'pausing no longer offered near the front of the queue',
    },
    {
      selector: '#extend-selected',
      expect: 'button.extend-chosen',
      change: 'Extend selected reworded to Extend ticked tools by a week',
    },
    { selector: '#extend-all', expect: null, change: 'Extend all removed, Download list in its place' },
    {
      selector: 'button.suspend-hold[data-hold="h73"]',
      expect: 'button[aria-label="Pause reservation: Carpet cleaner"]',
      change: 'Suspend became a pause icon button',
    },
    {
      selector: 'button.cancel-hold[data-hold="h72"]',
      expect: 'button[aria-label="Cancel reservation: Hedge trimmer"]',
      change: 'Cancel became an icon button, list reordered',
    },
    {
      selector: '#default-branch',
      expect: 'select[name="pickup_point"]',
      change: 'select renamed and moved',
    },
    { selector: '#notify-sms', expect: '#pref-text', change: 'checkbox id changed, label reworded' },
    {
      selector: '#quick-search-go',
      expect: 'button[aria-label="Search"]',
      change: 'search button became a magnifier icon',
    },
  ],
};

// ---------------------------------------------------------------- terminal gate appointment

const gateV1 = page(
  'Book a gate slot — Eastport Container Terminal',
  `<header><a href="/" class="logo">Eastport CT</a><nav><a href="/vbs">Vehicle booking</a><a href="/availability">Container availability</a><a href="/notices">Notices</a><a href="/haulier">Haulier account</a></nav></header>
<main><h1>Vehicle booking system</h1>
<form id="vbs-form">
<fieldset><legend>Move type</legend>
<label><input type="radio" name="move" id="move-import" value="import" checked> Import collection</label>
<label><input type="radio" name="move" id="move-export" value="export"> Export delivery</label>
<label><input type="radio" name="move" id="move-empty" value="empty"> Empty return</label>
<label><input type="radio" name="move" id="move-dual" value="dual"> Dual (drop and pick)</label>
</fieldset>
<label for="container-no">Container number</label> <input type="text" id="container-no" name="container" placeholder="ABCU1234567">
<label for="pin">Release PIN</label> <input type="text" id="pin" name="pin">
<label for="truck-reg">Truck registration</label> <input type="text" id="truck-reg" name="truck">
<label for="driver-card">Driver ID card</label> <input type="text" id="driver-card" name="driver">
<label for="slot-date">Date</label> <input type="date" id="slot-date" name="date" value="2025-08-04">
<button type="button" id="check-slots">Show available slots</button>
</form>
<h2>Available slots</h2>
<table class="slots"><tr><th>Window</th><th>Free</th><th></th></tr>
<tr><td>06:00–07:00</td><td>4</td><td><button type="button" class="book-slot" data-slot="0600">Book</button></td></tr>
<tr><td>07:00–08:00</td><td>1</td><td><button type="button" class="book-slot" data-slot="0700">Book</button></td></tr>
<tr><td>08:00–09:00</td><td>0</td><td><button type="button" class="book-slot" data-slot="0800">Book</button></td></tr>
<tr><td>09:00–10:00</td><td>7</td><td><button type="button" class="book-slot" data-slot="0900">Book</button></td></tr>
</table>
<label class="row"><input type="checkbox" id="hazmat" name="hazmat"> Load contains dangerous goods (IMDG)</label>
<p><a href="/vbs/my-bookings" id="my-bookings">My bookings</a> · <a href="/vbs/rules">Booking rules</a></p>
</main>
<footer>Gate hotline 0300 555 0199 · <a href="/contact">Contact</a></footer>`,
);

const gateV2 = page(
  'Gate appointments — Eastport Container Terminal',
  `<header><a href="/" class="logo">Eastport</a><nav><a href="/vbs">Appointments</a><a href="/vbs/bookings">Upcoming appointments</a><a href="/availability">Availability</a><a href="/notices">Notices</a><a href="/haulier">Account</a></nav></header>
<main><h1>New gate appointment</h1>
<div class="row segmented" role="group" aria-label="What are you doing at the gate?">
<button type="button" data-move="pickup-full" aria-pressed="true">Pick up import</button>
<button type="button" data-move="drop-full">Drop off export</button>
<button type="button" data-move="drop-empty">Return empty</button>
</div>
<div class="grid"><section><h2>Box</h2>
<label for="unit">Container ID</label> <input type="text" id="unit" name="unit_number" placeholder="ABCU1234567">
<label for="release">Release / PIN code</label> <input type="text" id="release" name="release_code">
<label class="row"><input type="checkbox" id="dg-cargo" name="dangerous_goods"> Dangerous goods</label>
<label class="row"><input type="checkbox" id="reefer" name="reefer"> Reefer (needs power)</label></section>
<section><h2>Vehicle and driver</h2>
<label for="vrn">Tractor unit reg</label> <input type="text" id="vrn" name="tractor_reg">
<label for="driver-id">Driver card number</label> <input type="text" id="driver-id" name="driver_card">
<label for="day">Day</label> <input type="date" id="day" name="day" value="2025-08-04">
<button type="button" class="find-windows">Find windows</button></section></div>
<h2>Pick a window</h2>
<div class="grid3">
<div class="card"><strong>09:00–10:00</strong><p>7 free</p><button type="button" data-window="09">Reserve 09:00</button></div>
<div class="card"><strong>06:00–07:00</strong><p>4 free</p><button type="button" data-window="06">Reserve 06:00</button></div>
<div class="card"><strong>07:00–08:00</strong><p>1 free</p><button type="button" data-window="07">Reserve 07:00</button></div>
<div class="card"><strong>10:00–11:00</strong><p>5 free</p><button type="button" data-window="10">Reserve 10:00</button></div>
</div>
<p><a href="/vbs/rules">Rules and no-show charges</a></p>
</main>
<footer>Gate hotline 0300 555 0199 · <a href="/contact">Contact</a></footer>`,
);

const gatePair: PagePair = {
  name: 'terminal-gate-appointment',
  v1: gateV1,
  v2: gateV2,
  targets: [
    {
      selector: '#move-export',
      expect: 'button[data-move="drop-full"]',
      change: 'radio became segmented button, Export delivery reworded',
    },
    { selector: '#move-dual', expect: null, change: 'dual move option removed' },
    { selector: '#container-no', expect: '#unit', change: 'Container number relabelled Container ID' },
    {
      selector: '#check-slots',
      expect: 'button.find-windows',
      change: 'Show available slots became Find windows',
    },
    {
      selector: 'button.book-slot[data-slot="0700"]',
      expect: 'button[data-window="07"]',
      change: 'table rows became cards sorted by free slots',
    },
    { selector: 'button.book-slot[data-slot="0800"]', expect: null, change: 'full window no longer shown' },
    { selector: '#hazmat', expect: '#dg-cargo', change: 'dangerous goods checkbox moved into Box section' },
    {
      selector: '#my-bookings',
      expect: 'nav a[href="/vbs/bookings"]',
      change: 'My bookings link moved into the nav and renamed',
    },
  ],
};

// ---------------------------------------------------------------- aquarium water log

const aquaV1 = page(
  'Water test — ReefKeeper',
  `<header><a href="/" class="logo">ReefKeeper</a><nav><a href="/tanks">Tanks</a><a href="/livestock">Livestock</a><a href="/dosing">Dosing</a><a href="/charts">Charts</a></nav></header>
<main><h1>Log a water test</h1>
<form id="test-form">
<label for="tank">Tank</label> <select id="tank" name="tank"><option>Display reef 300L</option><option>Frag tank</option><option>Quarantine 60L</option></select>
<label for="test-date">Date</label> <input type="date" id="test-date" name="date" value="2025-05-02">
<div class="grid">
<div><label for="p-temp">Temperature (°C)</label> <input type="number" id="p-temp" name="temp" step="0.1"></div>
<div><label for="p-sg">Salinity (SG)</label> <input type="number" id="p-sg" name="sg" step="0.001"></div>
<div><label for="p-alk">Alkalinity (dKH)</label> <input type="number" id="p-alk" name="alk" step="0.1"></div>
<div><label for="p-ca">Calcium (ppm)</label> <input type="number" id="p-ca" name="ca"></div>
<div><label for="p-mg">Magnesium (ppm)</label> <input type="number" id="p-mg" name="mg"></div>
<div><label for="p-no3">Nitrate (ppm)</label> <input type="number" id="p-no3" name="no3" step="0.1"></div>
<div><label for="p-po4">Phosphate (ppm)</label> <input type="number" id="p-po4" name="po4" step="0.01"></div>
<div><label for="p-ph">pH</label> <input type="number" id="p-ph" name="ph" step="0.01"></div>
</div>
<label for="kit">Test kit</label> <select id="kit" name="kit"><option>Salifert</option><option>Red Sea</option><option>Hanna checker</option><option>ICP lab</option></select>
<label class="row"><input type="checkbox" id="water-change" name="wc"> Water change done today</label>
<textarea id="notes" name="notes" placeholder="Notes"></textarea>
<div class="row"><button type="submit" id="save-test">Save test</button><button type="button" id="save-next-tank">Save &amp; next tank</button><a href="/tanks" class="muted">Cancel</a></div>
</form>
<h2>Recent tests</h2>
<ul class="recent">
<li>1 May — Alk 8.1, Ca 430 <a href="/tests/t-203/edit" class="edit-test" data-id="t-203">Edit</a> <a href="#" class="delete-test" data-id="t-203">Delete</a></li>
<li>28 Apr — Alk 8.4, Ca 425 <a href="/tests/t-198/edit" class="edit-test" data-id="t-198">Edit</a> <a href="#" class="delete-test" data-id="t-198">Delete</a></li>
</ul>
</main>`,
);

const aquaV2 = page(
  'New reading — ReefKeeper',
  `<header><a href="/" class="logo">ReefKeeper</a><nav><a href="/tanks">My tanks</a><a href="/livestock">Livestock</a><a href="/dosing">Dosing</a><a href="/charts">Trends</a></nav></header>
<main><h1>New reading</h1>
<form id="reading">
<div class="row"><label for="system">System</label> <select id="system" name="system_id"><option>Display reef 300L</option><option>Frag tank</option><option>Quarantine 60L</option></select>
<input type="date" name="date" aria-label="Date" value="2025-05-02"></div>
<section><h2>Major elements</h2><div class="grid3">
<label>Alkalinity <input type="number" name="kh" step="0.1" aria-label="Alkalinity dKH"></label>
<label>Calcium <input type="number" name="calcium" aria-label="Calcium ppm"></label>
<label>Magnesium <input type="number" name="magnesium" aria-label="Magnesium ppm"></label>
</div></section>
<section><h2>Nutrients</h2><div class="grid">
<label>Nitrate <input type="number" name="nitrate" step="0.1" aria-label="Nitrate ppm"></label>
<label>Phosphate <input type="number" name="phosphate" step="0.01" aria-label="Phosphate ppm"></label>
</div></section>
<section><h2>Stability</h2><div class="grid3">
<label>Temp °C <input type="number" name="temperature" step="0.1"></label>
<label>Salinity ppt <input type="number" name="salinity_ppt" step="0.1"></label>
<label>ORP mV <input type="number" name="orp"></label>
</div></section>
<label for="method">Measured with</label> <select id="method" name="method"><option>Salifert</option><option>Red Sea</option><option>Hanna checker</option><option>ICP lab</option></select>
<label class="row"><input type="checkbox" name="water_change" id="did-wc"> I did a water change</label>
<textarea name="notes" placeholder="Anything unusual? Cloudy water, coral recession…"></textarea>
<div class="row"><button type="submit" class="primary">Log reading</button><button type="button" class="draft">Keep as draft</button></div>
</form>
<h2>History</h2>
<div class="card" data-reading="t-198">28 Apr · Alk 8.4 · Ca 425 <button type="button" aria-label="Edit reading from 28 Apr">✎</button><button type="button" aria-label="Delete reading from 28 Apr">🗑</button></div>
<div class="card" data-reading="t-203">1 May · Alk 8.1 · Ca 430 <button type="button" aria-label="Edit reading from 1 May">✎</button><button type="button" aria-label="Delete reading from 1 May">🗑</button></div>
</main>`,
);

const aquaPair: PagePair = {
  name: 'aquarium-water-log',
  v1: aquaV1,
  v2: aquaV2,
  targets: [
    { selector: '#tank', expect: '#system', change: 'Tank select relabelled System' },
    { selector: '#p-po4', expect: 'input[name="phosphate"]', change: 'moved into Nutrients group' },
    {
      selector: '#p-sg',
      expect: 'input[name="salinity_ppt"]',
      change: 'salinity now entered in ppt instead of SG',
    },
    { selector: '#p-ph', expect: null, change: 'pH field removed, ORP added in the same group' },
    { selector: '#water-change', expect: '#did-wc', change: 'checkbox reworded' },
    { selector: '#save-test', expect: 'button.primary', change: 'Save test became Log reading' },
    { selector: '#save-next-tank', expect: null, change: 'Save & next tank removed, Keep as draft added' },
    {
      selector: 'a.delete-test[data-id="t-203"]',
      expect: 'button[aria-label="Delete reading from 1 May"]',
      change: 'Delete link became bin icon, list re-sorted',
    },
  ],
};

// ---------------------------------------------------------------- small claims filing

const claimsV1 = page(
  'Make a money claim — County Court',
  `<header><a href="/" class="logo">GOV.UK</a><span>Money Claims</span><a href="/sign-out" id="sign-out">Sign out</a></header>
<main><h1>Your claim</h1>
<p class="muted">Claim reference: not yet issued</p>
<section><h2>About the defendant</h2>
<fieldset><legend>Who are you claiming against?</legend>
<label><input type="radio" name="defType" id="def-individual" value="individual"> An individual</label>
<label><input type="radio" name="defType" id="def-soletrader" value="soletrader"> A sole trader</label>
<label><input type="radio" name="defType" id="def-company" value="company"> A limited company</label>
<label><input type="radio" name="defType" id="def-org" value="organisation"> Another organisation (charity, club, partnership)</label>
</fieldset>
<label for="def-name">Full name</label> <input type="text" id="def-name" name="defendantName">
<label for="def-postcode">Postcode</label> <input type="text" id="def-postcode" name="postcode"> <button type="button" id="find-address">Find address</button>
<a href="#" id="manual-address">Enter address manually</a></section>
<section><h2>Claim amount</h2>
<table id="amount-rows"><tr><th>What you are claiming for</th><th>Amount (£)</th><th></th></tr>
<tr><td><input type="text" name="reason_1" value="Unpaid invoice 0042"></td><td><input type="number" name="amount_1" value="1250"></td><td><a href="#" class="remove-row" data-row="1">Remove</a></td></tr>
<tr><td><input type="text" name="reason_2" value="Late payment fee"></td><td><input type="number" name="amount_2" value="70"></td><td><a href="#" class="remove-row" data-row="2">Remove</a></td></tr>
</table>
<button type="button" id="add-row">Add another row</button>
<label class="row"><input type="checkbox" id="claim-interest" name="interest"> I want to claim interest</label>
<label for="interest-rate">Interest rate</label> <select id="interest-rate" name="rate"><option>8% statutory</option><option>A different rate</option></select></section>
<label class="row"><input type="checkbox" id="help-fees" name="helpWithFees"> I have a Help with Fees reference number</label>
<div class="row"><button type="submit" id="save-continue">Save and continue</button><button type="button" id="save-draft">Save as draft</button></div>
</main>
<footer><a href="/help">Help</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact the court</a></footer>`,
);

const claimsV2 = edit(claimsV1, [
  [
    '<a href="/sign-out" id="sign-out">Sign out</a>',
    '<nav><a href="/dashboard">Your account</a><a href="/sign-out">Sign out</a></nav>',
  ],
  ['<h2>About the defendant</h2>', '<h2>Who are you claiming against?</h2>'],
  ['<legend>Who are you claiming against?</legend>', '<legend>Defendant type</legend>'],
  [
    'id="def-individual" value="individual"> An individual',
    'id="defendant-type-person" value="individual"> A person',
  ],
  [
    'id="def-soletrader" value="soletrader"> A sole trader',
    'id="defendant-type-soletrader" value="soletrader"> A sole trader or self-employed person',
  ],
  [
    'id="def-company" value="company"> A limited company',
    'id="defendant-type-company" value="company"> A company',
  ],
  [
    '<label><input type="radio" name="defType" id="def-org" value="organisation"> Another organisation (charity, club, partnership)</label>',
    '<label><input type="radio" name="defType" id="defendant-type-org" value="organisation"> An organisation</label>\n<label><input type="radio" name="defType" id="defendant-type-government" value="government"> A government department</label>',
  ],
  [
    '<label for="def-name">Full name</label> <input type="text" id="def-name" name="defendantName">',
    '<label for="defendant-name">Their full name</label> <input type="text" id="defendant-name" name="defendantName">',
  ],
  [
    '<input type="text" id="def-postcode" name="postcode"> <button type="button" id="find-address">Find address</button>\n<a href="#" id="manual-address">Enter address manually</a>',
    '<input type="text" id="postcode-lookup" name="postcode"> <button type="button" class="govuk-button--secondary">Look up address</button>',
  ],
  [
    '<a href="#" class="remove-row" data-row="1">Remove</a>',
    '<button type="button" class="link-button" aria-label="Remove row 1">Remove</button>',
  ],
  [
    '<a href="#" class="remove-row" data-row="2">Remove</a>',
    '<button type="button" class="link-button" aria-label="Remove row 2">Remove</button>',
  ],
  [
    '<button type="button" id="add-row">Add another row</button>',
    '<button type="button" class="govuk-button--secondary add-amount">Add another item</button>',
  ],
  [
    'id="claim-interest" name="interest"> I want to claim interest',
    'id="interest-yes" name="interest"> Claim interest on this amount',
  ],
  [
    '<label for="interest-rate">Interest rate</label> <select id="interest-rate" name="rate"><option>8% statutory</option><option>A different rate</option></select>',
    '',
  ],
  [
    '<label class="row"><input type="checkbox" id="help-fees" name="helpWithFees"> I have a Help with Fees reference number</label>',
    '<label for="hwf">Help with Fees reference (optional)</label> <input type="text" id="hwf" name="helpWithFeesRef">',
  ],
  [
    '<button type="submit" id="save-continue">Save and continue</button><button type="button" id="save-draft">Save as draft</button>',
    '<button type="submit" class="govuk-button">Continue</button><a href="/dashboard" class="govuk-link">Save and come back later</a>',
  ],
]);

const claimsPair: PagePair = {
  name: 'small-claims-filing',
  v1: claimsV1,
  v2: claimsV2,
  targets: [
    {
      selector: '#def-individual',
      expect: '#defendant-type-person',
      change: 'An individual became A person, id changed',
    },
    { selector: '#def-name', expect: '#defendant-name', change: 'label and id changed' },
    {
      selector: '#find-address',
      expect: 'button.govuk-button--secondary:not(.add-amount)',
      change: 'Find address became Look up address',
    },
    { selector: '#manual-address', expect: null, change: 'manual address entry link removed' },
    {
      selector: 'a.remove-row[data-row="2"]',
      expect: 'button[aria-label="Remove row 2"]',
      change: 'Remove link became button',
    },
    { selector: '#interest-rate', expect: null, change: 'interest rate choice removed' },
    { selector: '#help-fees', expect: '#hwf', change: 'checkbox became an optional reference text field' },
    {
      selector: '#save-continue',
      expect: 'button.govuk-button',
      change: 'Save and continue shortened to Continue',
    },
  ],
};

// ---------------------------------------------------------------- lab chemical inventory

const chemV1 = page(
  'Chemical inventory — Building C Labs',
  `<header><a href="/" class="logo">ChemTrack</a><nav><a href="/inventory">Inventory</a><a href="/orders">Orders</a><a href="/waste">Waste</a><a href="/sds">Safety data sheets</a></nav><span class="muted">Dr. K. Osei</span></header>
<main><h1>Inventory — Lab C2.14</h1>
<div class="row"><input type="search" id="chem-search" name="q" placeholder="Name, CAS or barcode"><select id="hazard-filter" name="hazard"><option value="">All hazard classes</option><option>Flammable</option><option>Corrosive</option><option>Toxic</option><option>Oxidiser</option></select><select id="location-filter" name="loc"><option value="">All locations</option><option>Flammables cabinet</option><option>Acid cabinet</option><option>Fridge 2</option></select><button type="button" id="apply-filters">Apply</button></div>
<div class="row"><button type="button" id="new-container">Add container</button><button type="button" id="bulk-dispose">Mark selected for disposal</button><a href="/inventory/export.csv" id="export-csv">Export CSV</a></div>
<table id="inventory"><tr><th><input type="checkbox" id="select-all"></th><th>Barcode</th><th>Chemical</th><th>CAS</th><th>Qty</th><th>Location</th><th>Actions</th></tr>
<tr><td><input type="checkbox" name="sel" value="C-00117"></td><td>C-00117</td><td>Acetone</td><td>67-64-1</td><td>2.5 L</td><td>Flammables cabinet</td><td><button type="button" class="use" data-bc="C-00117">Record use</button> <button type="button" class="move" data-bc="C-00117">Move</button> <a class="sds" href="/sds/67-64-1">SDS</a></td></tr>
<tr><td><input type="checkbox" name="sel" value="C-00118"></td><td>C-00118</td><td>Hydrochloric acid 37%</td><td>7647-01-0</td><td>1 L</td><td>Acid cabinet</td><td><button type="button" class="use" data-bc="C-00118">Record use</button> <button type="button" class="move" data-bc="C-00118">Move</button> <a class="sds" href="/sds/7647-01-0">SDS</a></td></tr>
<tr><td><input type="checkbox" name="sel" value="C-00119"></td><td>C-00119</td><td>Sodium azide</td><td>26628-22-8</td><td>25 g</td><td>Toxics cupboard</td><td><button type="button" class="use" data-bc="C-00119">Record use</button> <button type="button" class="move" data-bc="C-00119">Move</button> <a class="sds" href="/sds/26628-22-8">SDS</a></td></tr>
<tr><td><input type="checkbox" name="sel" value="C-00120"></td><td>C-00120</td><td>Ethanol absolute</td><td>64-17-5</td><td>4 L</td><td>Flammables cabinet</td><td><button type="button" class="use" data-bc="C-00120">Record use</button> <button type="button" class="move" data-bc="C-00120">Move</button> <a class="sds" href="/sds/64-17-5">SDS</a></td></tr>
</table>
</main>
<footer>Spills: call 4444 · <a href="/training">COSHH training</a></footer>`,
);

const chemV2 = page(
  'Inventory — ChemTrack',
  `<header><a href="/" class="logo">ChemTrack</a><nav><a href="/inventory">Inventory</a><a href="/orders">Purchasing</a><a href="/waste">Waste</a><a href="/sds">SDS library</a></nav><button type="button" aria-label="Account menu">KO</button></header>
<main><h1>Lab C2.14 <span class="badge">4 containers</span></h1>
<div class="row toolbar"><input type="search" name="search" aria-label="Search inventory" placeholder="Search by name, CAS number or scan a barcode">
<select name="ghs" aria-label="Hazard"><option value="">Any hazard</option><option>Flammable</option><option>Corrosive</option><option>Acute toxicity</option><option>Oxidising</option></select>
<select name="storage" aria-label="Storage"><option value="">Any storage</option><option>Flammables cabinet</option><option>Acid cabinet</option><option>Fridge 2</option></select>
<button type="button" class="reset-filters">Reset</button></div>
<div class="row"><button type="button" class="primary" data-action="register">Register container</button><button type="button" data-action="dispose">Send to waste</button><button type="button" data-action="download">Download</button></div>
<table class="inv"><thead><tr><th><input type="checkbox" aria-label="Select all containers"></th><th>Chemical</th><th>Barcode</th><th>Amount</th><th>Storage</th><th></th></tr></thead><tbody>
<tr data-barcode="C-00117"><td><input type="checkbox" name="selected" value="C-00117"></td><td>Acetone <span class="muted">67-64-1</span></td><td>C-00117</td><td>2.5 L</td><td>Flammables cabinet</td><td><button type="button" aria-label="Log usage of Acetone">−</button> <button type="button" aria-label="Relocate Acetone">⇄</button> <a href="/sds/67-64-1" aria-label="Safety data sheet for Acetone">📄</a></td></tr>
<tr data-barcode="C-00120"><td><input type="checkbox" name="selected" value="C-00120"></td><td>Ethanol absolute <span class="muted">64-17-5</span></td><td>C-00120</td><td>4 L</td><td>Flammables cabinet</td><td><button type="button" aria-label="Log usage of Ethanol absolute">−</button> <button type="button" aria-label="Relocate Ethanol absolute">⇄</button> <a href="/sds/64-17-5" aria-label="Safety data sheet for Ethanol absolute">📄</a></td></tr>
<tr data-barcode="C-00118"><td><input type="checkbox" name="selected" value="C-00118"></td><td>Hydrochloric acid 37% <span class="muted">7647-01-0</span></td><td>C-00118</td><td>1 L</td><td>Acid cabinet</td><td><button type="button" aria-label="Log usage of Hydrochloric acid 37%">−</button> <button type="button" aria-label="Relocate Hydrochloric acid 37%">⇄</button> <a href="/sds/7647-01-0" aria-label="Safety data sheet for Hydrochloric acid 37%">📄</a></td></tr>
<tr data-barcode="C-00119"><td><input type="checkbox" name="selected" value="C-00119"></td><td>Sodium azide <span class="muted">26628-22-8</span> <span class="badge">restricted</span></td><td>C-00119</td><td>25 g</td><td>Toxics cupboard</td><td><button type="button" aria-label="Request release of Sodium azide">🔒</button> <a href="/sds/26628-22-8" aria-label="Safety data sheet for Sodium azide">📄</a></td></tr>
</tbody></table>
</main>
<footer>Spills: call 4444 · <a href="/training">COSHH training</a></footer>`,
);

const chemPair: PagePair = {
  name: 'lab-chemical-inventory',
  v1: chemV1,
  v2: chemV2,
  targets: [
    {
      selector: '#chem-search',
      expect: 'input[name="search"]',
      change: 'search field renamed, placeholder lengthened',
    },
    { selector: '#apply-filters', expect: null, change: 'filters apply live now; Reset button added' },
    {
      selector: '#new-container',
      expect: 'button[data-action="register"]',
      change: 'Add container became Register container',
    },
    {
      selector: '#export-csv',
      expect: 'button[data-action="download"]',
      change: 'Export CSV link became Download button',
    },
    {
      selector: 'button.use[data-bc="C-00118"]',
      expect: 'button[aria-label="Log usage of Hydrochloric acid 37%"]',
      change: 'Record use became icon button, rows re-sorted',
    },
    {
      selector: 'button.move[data-bc="C-00120"]',
      expect: 'button[aria-label="Relocate Ethanol absolute"]',
      change: 'Move became relocate icon',
    },
    {
      selector: 'button.use[data-bc="C-00119"]',
      expect: null,
      change: 'restricted chemical no longer has a use action',
    },
    {
      selector: 'a.sds[href="/sds/26628-22-8"]',
      expect: 'a[aria-label="Safety data sheet for Sodium azide"]',
      change: 'SDS text link became icon link',
    },
  ],
};

// ---------------------------------------------------------------- trademark filing

const tmV1 = page(
  'Apply to register a trade mark',
  `<header><a href="/" class="logo">Intellectual Property Office</a><nav><a href="/tm/search">Search trade marks</a><a href="/tm/apply">Apply</a><a href="/tm/manage">Manage</a></nav></header>
<main><h1>Trade mark application</h1>
<section><h2>The mark</h2>
<fieldset><legend>Type of mark</legend>
<label><input type="radio" name="markType" id="mt-word" value="word" checked> Word only</label>
<label><input type="radio" name="markType" id="mt-figurative" value="figurative"> Image or logo</label>
<label><input type="radio" name="markType" id="mt-combined" value="combined"> Words and image</label>
<label><input type="radio" name="markType" id="mt-sound" value="sound"> Sound</label>
</fieldset>
<label for="mark-text">Trade mark text</label> <input type="text" id="mark-text" name="markText">
<label for="mark-image">Upload image</label> <input type="file" id="mark-image" name="markImage">
<label class="row"><input type="checkbox" id="series" name="series"> This is a series of marks</label></section>
<section><h2>Goods and services</h2>
<input type="search" id="class-search" placeholder="Search terms, e.g. clothing"> <button type="button" id="class-search-go">Search</button>
<ul class="terms">
<li>Class 25 — T-shirts <button type="button" class="remove-term" data-term="25-tshirts">Remove</button></li>
<li>Class 25 — Hoodies <button type="button" class="remove-term" data-term="25-hoodies">Remove</button></li>
<li>Class 35 — Online retail of clothing <button type="button" class="remove-term" data-term="35-retail">Remove</button></li>
</ul>
<button type="button" id="browse-classes">Browse all 45 classes</button></section>
<section><h2>Applicant</h2>
<label for="applicant-name">Name of owner</label> <input type="text" id="applicant-name" name="owner">
<label for="applicant-country">Country</label> <select id="applicant-country" name="country"><option>United Kingdom</option><option>Ireland</option><option>Other</option></select>
<label class="row"><input type="checkbox" id="right-start" name="rightStart"> Use the Right Start service (pay half now)</label></section>
<p>Fee so far: <strong>£220</strong></p>
<div class="row"><button type="button" id="check-pay">Check and pay</button><button type="button" id="save-app">Save application</button></div>
</main>`,
);

const tmV2 = page(
  'Trade mark application — step 1 of 3',
  `<header><a href="/" class="logo">Intellectual Property Office</a><nav><a href="/tm/search">Search</a><a href="/tm/apply">Apply</a><a href="/tm/manage">Your applications</a></nav></header>
<main><p class="muted">Step 1 of 3 · What you want to protect</p><h1>Describe your trade mark</h1>
<div class="row" role="radiogroup" aria-label="What does your mark contain?">
<label class="card"><input type="radio" name="mark_kind" value="word" checked> Words only</label>
<label class="card"><input type="radio" name="mark_kind" value="image"> A logo or picture</label>
<label class="card"><input type="radio" name="mark_kind" value="both"> Words and a logo</label>
<label class="card"><input type="radio" name="mark_kind" value="other"> Something else (sound, shape, colour)</label>
</div>
<label for="words">Words in your mark</label> <input type="text" id="words" name="mark_words">
<label for="logo">Logo file (JPG or PNG)</label> <input type="file" id="logo" name="mark_logo">
<h2>What will you use it for?</h2>
<div class="row"><input type="search" name="term_query" aria-label="Find goods and services" placeholder="e.g. clothing, coffee, software"><button type="button" aria-label="Find terms">🔍</button></div>
<table class="picked"><tr><th>Class</th><th>Term</th><th></th></tr>
<tr><td>25</td><td>Hoodies</td><td><button type="button" aria-label="Delete Hoodies">Delete</button></td></tr>
<tr><td>25</td><td>T-shirts</td><td><button type="button" aria-label="Delete T-shirts">Delete</button></td></tr>
<tr><td>35</td><td>Online retail of clothing</td><td><button type="button" aria-label="Delete Online retail of clothing">Delete</button></td></tr>
</table>
<a href="/tm/classes" class="browse">See the full list of classes</a>
<label class="row"><input type="checkbox" id="pay-later" name="right_start"> Pay 50% now and the rest after examination</label>
<p>Running total: <strong>£220</strong></p>
<div class="row"><button type="submit" class="next">Continue to owner details</button><button type="button" class="save-exit">Save and exit</button></div>
</main>`,
);

const tmPair: PagePair = {
  name: 'trademark-filing',
  v1: tmV1,
  v2: tmV2,
  targets: [
    {
      selector: '#mt-figurative',
      expect: 'input[value="image"]',
      change: 'Image or logo reworded, radios restyled as cards',
    },
    { selector: '#mt-sound', expect: null, change: 'Sound folded into a generic Something else option' },
    { selector: '#series', expect: null, change: 'series option dropped from step 1' },
    {
      selector: '#class-search-go',
      expect: 'button[aria-label="Find terms"]',
      change: 'Search button became icon',
    },
    {
      selector: 'button.remove-term[data-term="25-tshirts"]',
      expect: 'button[aria-label="Delete T-shirts"]',
      change: 'list became table, Remove became Delete, order changed',
    },
    { selector: '#browse-classes', expect: 'a.browse', change: 'button became link, reworded' },
    { selector: '#right-start', expect: '#pay-later', change: 'Right Start described in plain words' },
    {
      selector: '#check-pay',
      expect: 'button.next',
      change: 'Check and pay became Continue to owner details',
    },
  ],
};

// ---------------------------------------------------------------- esports bracket check-in

const esportsV1 = page(
  'Spring Cup — Check-in',
  `<header><a href="/" class="logo">BracketHub</a><nav><a href="/tournaments">Tournaments</a><a href="/teams">Teams</a><a href="/rankings">Rankings</a></nav><a href="/me" id="profile-link">My profile</a></header>
<main><h1>Spring Cup 5v5 — Check-in open</h1>
<p class="muted">Check-in closes at 18:45 CET. Matches start at 19:00.</p>
<div class="card"><h2>Your team: Night Owls</h2>
<table id="roster"><tr><th>Player</th><th>Role</th><th>Status</th><th></th></tr>
<tr><td>owlbert</td><td>Captain</td><td>Checked in</td><td></td></tr>
<tr><td>hootsuite</td><td>Player</td><td>Not checked in</td><td><button type="button" class="ping" data-player="hootsuite">Ping</button> <button type="button" class="bench" data-player="hootsuite">Move to bench</button></td></tr>
<tr><td>strix</td><td>Player</td><td>Checked in</td><td><button type="button" class="bench" data-player="strix">Move to bench</button></td></tr>
<tr><td>barnie</td><td>Substitute</td><td>Not checked in</td><td><button type="button" class="ping" data-player="barnie">Ping</button> <button type="button" class="promote" data-player="barnie">Make starter</button></td></tr>
</table>
<div class="row"><button type="button" id="checkin-team">Check in team</button><button type="button" id="withdraw-team">Withdraw from tournament</button></div></div>
<section><h2>Settings</h2>
<label for="server-region">Preferred server</label> <select id="server-region" name="region"><option>EU West</option><option>EU North</option><option>EU East</option></select>
<label class="row"><input type="checkbox" id="stream-ok" name="stream"> Allow our matches to be streamed</label>
<label for="discord-handle">Captain Discord</label> <input type="text" id="discord-handle" name="discord" value="owlbert#2231"></section>
<p><a href="/spring-cup/bracket" id="view-bracket">View bracket</a> · <a href="/spring-cup/rules" id="rules-link">Rules</a> · <a href="/spring-cup/admins">Contact admins</a></p>
</main>`,
);

const esportsV2 = page(
  'Spring Cup — BracketHub',
  `<header><a href="/" class="logo">BracketHub</a><nav><a href="/tournaments">Compete</a><a href="/teams">Teams</a><a href="/rankings">Leaderboards</a></nav><button type="button" aria-label="Open profile menu" class="avatar">O</button></header>
<main><div class="row"><h1>Spring Cup 5v5</h1><span class="badge">Check-in open · closes 18:45 CET</span></div>
<nav class="row tabs" role="tablist"><a role="tab" href="/spring-cup" aria-selected="true">Check-in</a><a role="tab" href="/spring-cup/bracket">Bracket</a><a role="tab" href="/spring-cup/rules">Rulebook</a><a role="tab" href="/spring-cup/admins">Admins</a></nav>
<section class="card"><h2>Night Owls</h2>
<ul class="roster">
<li class="row" data-player="owlbert"><strong>owlbert</strong> <span class="badge">C</span> ✅</li>
<li class="row" data-player="strix"><strong>strix</strong> ✅ <button type="button" aria-label="Bench strix">↓</button></li>
<li class="row" data-player="hootsuite"><strong>hootsuite</strong> ⏳ <button type="button" aria-label="Remind hootsuite to check in">🔔</button> <button type="button" aria-label="Bench hootsuite">↓</button></li>
<li class="row" data-player="barnie"><strong>barnie</strong> <span class="muted">sub</span> ⏳ <button type="button" aria-label="Remind barnie to check in">🔔</button></li>
</ul>
<button type="button" class="big-checkin">I'm ready — check in Night Owls</button></section>
<details open><summary>Team settings</summary>
<label for="region">Server</label> <select id="region" name="server"><option>EU West (Paris)</option><option>EU North (Stockholm)</option><option>EU East (Warsaw)</option></select>
<label class="row"><input type="checkbox" id="allow-broadcast" name="broadcast"> Matches may be broadcast</label>
<label for="contact">Contact (Discord)</label> <input type="text" id="contact" name="captain_contact" value="owlbert#2231">
<a href="/spring-cup/admins" class="muted">Need to pull out? Message an admin</a></details>
</main>`,
);

const esportsPair: PagePair = {
  name: 'esports-bracket-checkin',
  v1: esportsV1,
  v2: esportsV2,
  targets: [
    {
      selector: 'button.ping[data-player="hootsuite"]',
      expect: 'button[aria-label="Remind hootsuite to check in"]',
      change: 'Ping became a bell icon, roster table became list',
    },
    {
      selector: 'button.bench[data-player="strix"]',
      expect: 'button[aria-label="Bench strix"]',
      change: 'Move to bench became arrow icon',
    },
    {
      selector: 'button.promote[data-player="barnie"]',
      expect: null,
      change: 'Make starter removed from roster',
    },
    {
      selector: '#checkin-team',
      expect: 'button.big-checkin',
      change: 'check-in button reworded and enlarged',
    },
    {
      selector: '#withdraw-team',
      expect: null,
      change: 'self-withdrawal removed, admin contact link instead',
    },
    {
      selector: '#server-region',
      expect: '#region',
      change: 'select id and name changed, options lengthened',
    },
    {
      selector: '#view-bracket',
      expect: 'a[role="tab"][href="/spring-cup/bracket"]',
      change: 'link became tab',
    },
    { selector: '#profile-link', expect: 'button.avatar', change: 'profile link became avatar menu button' },
  ],
};

// ---------------------------------------------------------------- nursery daily diary

const nurseryV1 = page(
  'Daily diary — Little Acorns',
  `<header><a href="/" class="logo">Little Acorns Staff</a><nav><a href="/register">Register</a><a href="/diary">Diary</a><a href="/observations">Observations</a><a href="/messages">Messages</a></nav></header>
<main><h1>Daily diary — Hedgehogs room</h1>
<div class="row"><label for="child">Child</label> <select id="child" name="child"><option>Ava M.</option><option>Leo P.</option><option>Noor A.</option><option>Finn O.</option></select><input type="date" id="diary-date" value="2025-03-18"></div>
<section><h2>Meals</h2>
<label for="breakfast">Breakfast</label> <select id="breakfast" name="breakfast"><option>All</option><option>Most</option><option>Some</option><option>None</option></select>
<label for="lunch">Lunch</label> <select id="lunch" name="lunch"><option>All</option><option>Most</option><option>Some</option><option>None</option></select>
<label for="tea">Tea</label> <select id="tea" name="tea"><option>All</option><option>Most</option><option>Some</option><option>None</option></select></section>
<section><h2>Sleep</h2>
<label for="nap-start">Nap from</label> <input type="time" id="nap-start" name="napStart"> <label for="nap-end">to</label> <input type="time" id="nap-end" name="napEnd"></section>
<section><h2>Nappies and toileting</h2>
<div class="row"><button type="button" id="add-wet">+ Wet</button><button type="button" id="add-dirty">+ Dirty</button><button type="button" id="add-potty">+ Potty success</button></div>
<ul><li>10:15 Wet <a href="#" class="undo-entry" data-entry="n1">Undo</a></li><li>12:40 Dirty <a href="#" class="undo-entry" data-entry="n2">Undo</a></li></ul></section>
<section><h2>Today I…</h2><textarea id="activities" name="activities"></textarea>
<label class="row"><input type="checkbox" id="photo-consent-used" name="photos"> Photos attached (consent on file)</label></section>
<div class="row"><button type="button" id="save-diary">Save</button><button type="button" id="send-parents">Send to parents</button></div>
</main>`,
);

const nurseryV2 = page(
  'Diary — Little Acorns',
  `<header><a href="/" class="logo">Little Acorns</a><nav><a href="/register">Attendance</a><a href="/diary">Diary</a><a href="/observations">Learning journal</a><a href="/messages">Parents</a></nav></header>
<main><h1>Hedgehogs</h1>
<div class="row kids" role="tablist" aria-label="Children">
<button role="tab" type="button" data-child="ava">Ava M.</button><button role="tab" type="button" data-child="leo" aria-selected="true">Leo P.</button><button role="tab" type="button" data-child="noor">Noor A.</button><button role="tab" type="button" data-child="finn">Finn O.</button></div>
<div class="grid"><section class="card"><h2>Food</h2>
<label>Breakfast <select name="meal_breakfast"><option>Ate all</option><option>Ate most</option><option>Ate a little</option><option>Didn't eat</option></select></label>
<label>Lunch <select name="meal_lunch"><option>Ate all</option><option>Ate most</option><option>Ate a little</option><option>Didn't eat</option></select></label>
<label>Snack <select name="meal_snack"><option>Ate all</option><option>Ate most</option><option>Ate a little</option><option>Didn't eat</option></select></label></section>
<section class="card"><h2>Rest</h2>
<label>Fell asleep <input type="time" name="sleep_from"></label> <label>Woke up <input type="time" name="sleep_to"></label>
<button type="button" class="start-timer">Start nap timer</button></section></div>
<section class="card"><h2>Changes</h2>
<div class="row"><button type="button" aria-label="Log wet nappy">💧 Wet</button><button type="button" aria-label="Log soiled nappy">💩 Soiled</button><button type="button" aria-label="Log dry check">✔ Dry</button></div>
<ul><li>12:40 Soiled <button type="button" aria-label="Remove 12:40 entry">✕</button></li><li>10:15 Wet <button type="button" aria-label="Remove 10:15 entry">✕</button></li></ul></section>
<section class="card"><h2>My day</h2><textarea name="my_day" placeholder="What did they enjoy today?"></textarea>
<input type="file" name="photos" aria-label="Add photos" multiple></section>
<div class="row"><button type="button" class="secondary">Save for later</button><button type="button" class="publish">Share with family</button></div>
</main>`,
);

const nurseryPair: PagePair = {
  name: 'nursery-daily-diary',
  v1: nurseryV1,
  v2: nurseryV2,
  targets: [
    {
      selector: '#lunch',
      expect: 'select[name="meal_lunch"]',
      change: 'moved into Food card, options reworded',
    },
    { selector: '#tea', expect: null, change: 'Tea removed, Snack added in its place' },
    { selector: '#nap-end', expect: 'input[name="sleep_to"]', change: 'to relabelled Woke up' },
    {
      selector: '#add-dirty',
      expect: 'button[aria-label="Log soiled nappy"]',
      change: 'Dirty became Soiled with emoji',
    },
    { selector: '#add-potty', expect: null, change: 'Potty success removed, Dry check added' },
    {
      selector: 'a.undo-entry[data-entry="n1"]',
      expect: 'button[aria-label="Remove 10:15 entry"]',
      change: 'Undo link became remove icon, list reversed',
    },
    { selector: '#save-diary', expect: 'button.secondary', change: 'Save became Save for later' },
    {
      selector: '#send-parents',
      expect: 'button.publish',
      change: 'Send to parents became Share with family',
    },
  ],
};

// ---------------------------------------------------------------- livestock auction lots

const auctionV1 = page(
  'Sale catalogue — Hexham Mart',
  `<header><a href="/" class="logo">Hexham Mart Online</a><nav><a href="/sales">Sales</a><a href="/results">Results</a><a href="/account">My account</a></nav></header>
<main><h1>Store cattle — Tuesday 14 Oct</h1>
<div class="row"><label for="breed">Breed</label> <select id="breed" name="breed"><option value="">All</option><option>Limousin X</option><option>Aberdeen Angus X</option><option>Charolais X</option><option>Belgian Blue X</option></select>
<label for="sex">Sex</label> <select id="sex" name="sex"><option value="">All</option><option>Steers</option><option>Heifers</option></select>
<label class="row"><input type="checkbox" id="tb-free" name="tb4"> 4-year TB-free herds only</label></div>
<table id="lots"><tr><th>Lot</th><th>Vendor</th><th>Head</th><th>Description</th><th>Age</th><th></th></tr>
<tr><td>101</td><td>Low Fell Farm</td><td>6</td><td>Limousin X steers</td><td>14 mo</td><td><button type="button" class="watch" data-lot="101">Watch</button> <button type="button" class="bid" data-lot="101">Pre-bid</button></td></tr>
<tr><td>102</td><td>Acomb Hall</td><td>4</td><td>Aberdeen Angus X heifers</td><td>12 mo</td><td><button type="button" class="watch" data-lot="102">Watch</button> <button type="button" class="bid" data-lot="102">Pre-bid</button></td></tr>
<tr><td>103</td><td>Ridley Mill</td><td>8</td><td>Charolais X steers</td><td>16 mo</td><td><button type="button" class="watch" data-lot="103">Watch</button> <button type="button" class="bid" data-lot="103">Pre-bid</button></td></tr>
<tr><td>104</td><td>Wall Town</td><td>2</td><td>Belgian Blue X heifers</td><td>10 mo</td><td><button type="button" class="watch" data-lot="104">Watch</button> <button type="button" class="bid" data-lot="104">Pre-bid</button></td></tr>
</table>
<div class="row"><button type="button" id="print-catalogue">Print catalogue</button><a href="/sales/1410/live" id="watch-live">Watch the sale live</a><a href="/register-bidder" id="register-bidder">Register to bid</a></div>
</main>
<footer>Auctioneers: 01434 605 444 · <a href="/terms">Conditions of sale</a></footer>`,
);

const auctionV2 = page(
  'Store cattle 14 Oct — Hexham Mart',
  `<header><a href="/" class="logo">Hexham Mart</a><nav><a href="/sales">Upcoming sales</a><a href="/results">Prices</a><a href="/account">Account</a></nav><a href="/register-bidder" class="btn">Become a bidder</a></header>
<main><h1>Store cattle</h1><p class="muted">Tuesday 14 October · ring 2 · 10:30 start</p>
<div class="row filters"><select name="breed_type" aria-label="Breed"><option value="">Any breed</option><option>Limousin X</option><option>Aberdeen Angus X</option><option>Charolais X</option><option>Belgian Blue X</option><option>Hereford X</option></select>
<div role="group" aria-label="Sex" class="row"><button type="button" data-sex="all" aria-pressed="true">All</button><button type="button" data-sex="steer">Steers</button><button type="button" data-sex="heifer">Heifers</button></div>
<label class="row"><input type="checkbox" name="tb_status" id="tb-low-risk"> TB4 herds</label></div>
<div class="grid lots">
<article class="card" data-lot="101"><h3>Lot 101 · 6 Limousin X steers</h3><p>Low Fell Farm · 14 months</p><div class="row"><button type="button" aria-label="Add lot 101 to watchlist">☆</button><button type="button" class="commission" data-lot-no="101">Leave commission bid</button></div></article>
<article class="card" data-lot="102"><h3>Lot 102 · 4 Aberdeen Angus X heifers</h3><p>Acomb Hall · 12 months</p><div class="row"><button type="button" aria-label="Add lot 102 to watchlist">☆</button><button type="button" class="commission" data-lot-no="102">Leave commission bid</button></div></article>
<article class="card" data-lot="103"><h3>Lot 103 · 8 Charolais X steers</h3><p>Ridley Mill · 16 months</p><div class="row"><button type="button" aria-label="Add lot 103 to watchlist">☆</button><button type="button" class="commission" data-lot-no="103">Leave commission bid</button></div></article>
<article class="card" data-lot="105"><h3>Lot 105 · 3 Hereford X steers</h3><p>Haydon Bridge · 15 months</p><div class="row"><button type="button" aria-label="Add lot 105 to watchlist">☆</button><button type="button" class="commission" data-lot-no="105">Leave commission bid</button></div></article>
</div>
<div class="row"><a href="/sales/1410/catalogue.pdf" class="pdf">Download catalogue (PDF)</a><a href="/sales/1410/reports" class="reports">Previous sale reports</a></div>
</main>
<footer>Auctioneers: 01434 605 444 · <a href="/terms">Conditions of sale</a></footer>`,
);

const auctionPair: PagePair = {
  name: 'livestock-auction-lots',
  v1: auctionV1,
  v2: auctionV2,
  targets: [
    { selector: '#breed', expect: 'select[name="breed_type"]', change: 'label dropped, name changed' },
    { selector: '#tb-free', expect: '#tb-low-risk', change: 'TB checkbox shortened' },
    {
      selector: 'button.watch[data-lot="102"]',
      expect: 'button[aria-label="Add lot 102 to watchlist"]',
      change: 'Watch became star icon, table became cards',
    },
    {
      selector: 'button.bid[data-lot="103"]',
      expect: 'button[data-lot-no="103"]',
      change: 'Pre-bid renamed Leave commission bid',
    },
    { selector: 'button.bid[data-lot="104"]', expect: null, change: 'lot 104 withdrawn, lot 105 added' },
    { selector: '#print-catalogue', expect: 'a.pdf', change: 'Print button became PDF download link' },
    { selector: '#watch-live', expect: null, change: 'live stream link removed, sale reports link added' },
    {
      selector: '#register-bidder',
      expect: 'header a.btn',
      change: 'moved to header, reworded Become a bidder',
    },
  ],
};

// ---------------------------------------------------------------- drone flight authorisation

const droneV1 = page(
  'Request flight authorisation — SkyPermit',
  `<header><a href="/" class="logo">SkyPermit</a><nav><a href="/map">Airspace map</a><a href="/flights">My flights</a><a href="/fleet">Drones</a><a href="/pilots">Pilots</a></nav></header>
<main><h1>New flight request</h1>
<form id="flight-form">
<label for="drone">Drone</label> <select id="drone" name="drone"><option>DJI Mini 4 Pro (UAS-GB-0091)</option><option>Autel EVO II (UAS-GB-0144)</option></select>
<label for="pilot">Remote pilot</label> <select id="pilot" name="pilot"><option>S. Kaur (GVC)</option><option>T. Brennan (A2 CofC)</option></select>
<fieldset><legend>Operating category</legend>
<label><input type="radio" name="cat" id="cat-a1" value="A1"> Open A1</label>
<label><input type="radio" name="cat" id="cat-a2" value="A2"> Open A2</label>
<label><input type="radio" name="cat" id="cat-a3" value="A3"> Open A3</label>
<label><input type="radio" name="cat" id="cat-specific" value="specific"> Specific (operational authorisation)</label>
</fieldset>
<label for="max-alt">Maximum height (ft AGL)</label> <input type="number" id="max-alt" name="maxAlt" value="300">
<h2>Waypoints</h2>
<table id="wps"><tr><th>#</th><th>Lat</th><th>Lon</th><th></th></tr>
<tr><td>1</td><td><input type="text" name="lat1" value="51.5072"></td><td><input type="text" name="lon1" value="-0.1276"></td><td><button type="button" class="del-wp" data-wp="1">Delete</button></td></tr>
<tr><td>2</td><td><input type="text" name="lat2" value="51.5080"></td><td><input type="text" name="lon2" value="-0.1250"></td><td><button type="button" class="del-wp" data-wp="2">Delete</button></td></tr>
</table>
<button type="button" id="add-wp">Add waypoint</button> <button type="button" id="import-kml">Import KML</button>
<label class="row"><input type="checkbox" id="night-ops" name="night"> Night operation</label>
<label class="row"><input type="checkbox" id="notam-ack" name="notam"> I have checked NOTAMs for this area</label>
<div class="row"><button type="submit" id="submit-flight">Submit request</button><a href="/flights" id="cancel-flight">Cancel</a></div>
</form></main>`,
);

const droneV2 = page(
  'Plan a flight — SkyPermit',
  `<header><a href="/" class="logo">SkyPermit</a><nav><a href="/map">Map</a><a href="/flights">Flights</a><a href="/fleet">Aircraft</a><a href="/pilots">Crew</a></nav></header>
<main><h1>Plan a flight</h1>
<div class="grid"><section><h2>Who and what</h2>
<label for="aircraft">Aircraft</label> <select id="aircraft" name="aircraft_id"><option>DJI Mini 4 Pro (UAS-GB-0091)</option><option>Autel EVO II (UAS-GB-0144)</option></select>
<label for="rp">Pilot in command</label> <select id="rp" name="pic"><option>S. Kaur (GVC)</option><option>T. Brennan (A2 CofC)</option></select>
<label for="category">Category</label> <select id="category" name="category"><option>Open – A1</option><option>Open – A2</option><option>Open – A3</option><option>Specific</option></select></section>
<section><h2>Where</h2>
<ol class="route">
<li class="row">WP1 <input type="text" aria-label="WP1 latitude" value="51.5072"> <input type="text" aria-label="WP1 longitude" value="-0.1276"> <button type="button" aria-label="Remove WP1">✕</button></li>
<li class="row">WP2 <input type="text" aria-label="WP2 latitude" value="51.5080"> <input type="text" aria-label="WP2 longitude" value="-0.1250"> <button type="button" aria-label="Remove WP2">✕</button></li>
</ol>
<div class="row"><button type="button" class="add-point">+ Point</button><button type="button" class="draw-on-map">Draw on map</button></div>
<label for="ceiling">Max altitude (ft above ground)</label> <input type="number" id="ceiling" name="ceiling_ft" value="300"></section></div>
<label class="row"><input type="checkbox" id="after-dark" name="night_ops"> Flying after sunset</label>
<label class="row"><input type="checkbox" id="notams-checked" name="notam_checked"> NOTAMs and local restrictions checked</label>
<div class="row"><button type="submit" class="primary">Request authorisation</button></div>
</main>`,
);

const dronePair: PagePair = {
  name: 'drone-flight-authorisation',
  v1: droneV1,
  v2: droneV2,
  targets: [
    { selector: '#drone', expect: '#aircraft', change: 'Drone relabelled Aircraft' },
    { selector: '#max-alt', expect: '#ceiling', change: 'height field moved into Where section and renamed' },
    {
      selector: 'button.del-wp[data-wp="2"]',
      expect: 'button[aria-label="Remove WP2"]',
      change: 'Delete became icon',
    },
    { selector: '#add-wp', expect: 'button.add-point', change: 'Add waypoint shortened to + Point' },
    { selector: '#import-kml', expect: null, change: 'KML import removed, Draw on map added' },
    { selector: '#night-ops', expect: '#after-dark', change: 'Night operation reworded' },
    {
      selector: '#submit-flight',
      expect: 'button.primary',
      change: 'Submit request became Request authorisation',
    },
    { selector: '#cancel-flight', expect: null, change: 'Cancel link removed' },
  ],
};

// ---------------------------------------------------------------- climbing wall logbook

const climbV1 = page(
  'Routes — Boulder Barn',
  `<header><a href="/" class="logo">Boulder Barn</a><nav><a href="/routes">Routes</a><a href="/sessions">My sessions</a><a href="/comps">Comps</a></nav><button type="button" id="new-session">Start session</button></header>
<main><h1>Current problems</h1>
<div class="row"><a href="?wall=cave" class="wall-tab" data-wall="cave">Cave</a><a href="?wall=slab" class="wall-tab" data-wall="slab">Slab</a><a href="?wall=arete" class="wall-tab" data-wall="arete">Arete</a><a href="?wall=comp" class="wall-tab" data-wall="comp">Comp wall</a></div>
<div class="row"><label for="grade-filter">Grade</label> <select id="grade-filter"><option>All</option><option>V0–V2</option><option>V3–V5</option><option>V6+</option></select>
<label class="row"><input type="checkbox" id="show-retired"> Show retired problems</label></div>
<table id="problems"><tr><th>Colour</th><th>Name</th><th>Grade</th><th>Set</th><th></th></tr>
<tr><td>Yellow</td><td>Crimp Shrimp</td><td>V3</td><td>2 Jun</td><td><button type="button" class="log-send" data-route="r-902">Log send</button> <button type="button" class="log-attempt" data-route="r-902">Log attempt</button> <select class="rate" data-route="r-902"><option>Rate</option><option>★</option><option>★★</option><option>★★★</option></select></td></tr>
<tr><td>Black</td><td>Gravity Bill</td><td>V6</td><td>29 May</td><td><button type="button" class="log-send" data-route="r-881">Log send</button> <button type="button" class="log-attempt" data-route="r-881">Log attempt</button> <select class="rate" data-route="r-881"><option>Rate</option><option>★</option><option>★★</option><option>★★★</option></select></td></tr>
<tr><td>Green</td><td>Slopey Joe</td><td>V1</td><td>29 May</td><td><button type="button" class="log-send" data-route="r-877">Log send</button> <button type="button" class="log-attempt" data-route="r-877">Log attempt</button> <select class="rate" data-route="r-877"><option>Rate</option><option>★</option><option>★★</option><option>★★★</option></select></td></tr>
</table>
<a href="/routes/feedback" id="report-hold">Report a loose hold</a>
</main>`,
);

const climbV2 = page(
  'Problems — Boulder Barn',
  `<header><a href="/" class="logo">Boulder Barn</a><nav><a href="/routes">Problems</a><a href="/sessions">Logbook</a><a href="/comps">Competitions</a></nav></header>
<main><h1>On the walls now</h1>
<div class="row" role="tablist"><button role="tab" type="button" data-zone="cave">The Cave</button><button role="tab" type="button" data-zone="slab">Slab wall</button><button role="tab" type="button" data-zone="arete">Arête</button><button role="tab" type="button" data-zone="kids">Kids corner</button></div>
<div class="row"><select name="grade" aria-label="Grade range"><option>Any grade</option><option>V0–V2</option><option>V3–V5</option><option>V6+</option></select>
<label class="row"><input type="checkbox" id="include-stripped"> Include stripped problems</label></div>
<div class="grid3">
<div class="card"><span class="badge">V1</span> <strong>Slopey Joe</strong> <span class="muted">green · set 29 May</span><div class="row"><button type="button" class="tick" data-route-id="r-877">Sent it</button><button type="button" class="flash" data-route-id="r-877">Flashed</button><select aria-label="Rate Slopey Joe"><option>–</option><option>1</option><option>2</option><option>3</option></select></div></div>
<div class="card"><span class="badge">V3</span> <strong>Crimp Shrimp</strong> <span class="muted">yellow · set 2 Jun</span><div class="row"><button type="button" class="tick" data-route-id="r-902">Sent it</button><button type="button" class="flash" data-route-id="r-902">Flashed</button><select aria-label="Rate Crimp Shrimp"><option>–</option><option>1</option><option>2</option><option>3</option></select></div></div>
<div class="card"><span class="badge">V6</span> <strong>Gravity Bill</strong> <span class="muted">black · set 29 May</span><div class="row"><button type="button" class="tick" data-route-id="r-881">Sent it</button><button type="button" class="flash" data-route-id="r-881">Flashed</button><select aria-label="Rate Gravity Bill"><option>–</option><option>1</option><option>2</option><option>3</option></select></div></div>
</div>
<button type="button" class="fab" aria-label="Start a climbing session">＋</button>
<p class="muted">Something loose? <a href="/routes/feedback">Tell the setters</a></p>
</main>`,
);

const climbPair: PagePair = {
  name: 'climbing-wall-logbook',
  v1: climbV1,
  v2: climbV2,
  targets: [
    {
      selector: 'a.wall-tab[data-wall="slab"]',
      expect: 'button[data-zone="slab"]',
      change: 'link tab became tab button, relabelled',
    },
    {
      selector: 'a.wall-tab[data-wall="comp"]',
      expect: null,
      change: 'comp wall tab removed, kids corner added',
    },
    { selector: '#grade-filter', expect: 'select[name="grade"]', change: 'label dropped, id removed' },
    { selector: '#show-retired', expect: '#include-stripped', change: 'retired reworded stripped' },
    {
      selector: 'button.log-send[data-route="r-881"]',
      expect: 'button.tick[data-route-id="r-881"]',
      change: 'Log send became Sent it, cards re-sorted by grade',
    },
    {
      selector: 'button.log-attempt[data-route="r-877"]',
      expect: null,
      change: 'attempts no longer logged; Flashed button instead',
    },
    {
      selector: 'select.rate[data-route="r-902"]',
      expect: 'select[aria-label="Rate Crimp Shrimp"]',
      change: 'stars became numbers',
    },
    { selector: '#new-session', expect: 'button.fab', change: 'header button became floating action button' },
  ],
};

// ---------------------------------------------------------------- lottery syndicate

const lottoV1 = page(
  'Office syndicate — LuckyPool',
  `<header><a href="/" class="logo">LuckyPool</a><nav><a href="/syndicates">My syndicates</a><a href="/results">Results</a><a href="/wallet">Wallet (£12.50)</a></nav></header>
<main><h1>3rd Floor Dreamers</h1>
<p class="muted">8 members · plays Lotto and EuroMillions · next draw Sat 20:00</p>
<section><h2>Lines</h2>
<table id="lines"><tr><th>Line</th><th>Numbers</th><th>Game</th><th></th></tr>
<tr><td>A</td><td>4 11 19 23 38 52</td><td>Lotto</td><td><button type="button" class="edit-line" data-line="A">Edit</button> <button type="button" class="delete-line" data-line="A">Delete</button></td></tr>
<tr><td>B</td><td>7 14 21 28 35 42</td><td>Lotto</td><td><button type="button" class="edit-line" data-line="B">Edit</button> <button type="button" class="delete-line" data-line="B">Delete</button></td></tr>
<tr><td>C</td><td>3 9 27 33 44 + 2 8</td><td>EuroMillions</td><td><button type="button" class="edit-line" data-line="C">Edit</button> <button type="button" class="delete-line" data-line="C">Delete</button></td></tr>
</table>
<div class="row"><button type="button" id="add-line">Add line</button><button type="button" id="lucky-dip">Lucky dip</button></div></section>
<section><h2>Members</h2>
<ul><li>Priya (organiser)</li><li>Tom <a href="#" class="remind" data-member="tom">Remind to pay</a></li><li>Gemma <a href="#" class="remind" data-member="gemma">Remind to pay</a></li></ul>
<button type="button" id="invite">Invite colleague</button></section>
<section><h2>Payments</h2>
<label for="stake">Weekly stake per member</label> <select id="stake" name="stake"><option>£2</option><option>£5</option><option>£10</option></select>
<label class="row"><input type="checkbox" id="auto-renew" name="autoRenew" checked> Renew automatically each week</label>
<label class="row"><input type="checkbox" id="split-evenly" name="split" checked> Split winnings evenly</label></section>
<button type="button" id="save-syndicate">Save changes</button>
</main>`,
);

const lottoV2 = edit(lottoV1, [
  [
    '<a href="/wallet">Wallet (£12.50)</a>',
    '<a href="/wallet">£12.50</a><button type="button" aria-label="Top up wallet">＋</button>',
  ],
  [
    '<tr><td>A</td><td>4 11 19 23 38 52</td><td>Lotto</td><td><button type="button" class="edit-line" data-line="A">Edit</button> <button type="button" class="delete-line" data-line="A">Delete</button></td></tr>',
    '<tr><td>A</td><td>4 11 19 23 38 52</td><td>Lotto</td><td><button type="button" aria-label="Change numbers on line A">✎</button> <button type="button" aria-label="Remove line A">🗑</button></td></tr>',
  ],
  [
    '<tr><td>B</td><td>7 14 21 28 35 42</td><td>Lotto</td><td><button type="button" class="edit-line" data-line="B">Edit</button> <button type="button" class="delete-line" data-line="B">Delete</button></td></tr>',
    '<tr><td>B</td><td>7 14 21 28 35 42</td><td>Lotto</td><td><button type="button" aria-label="Change numbers on line B">✎</button> <button type="button" aria-label="Remove line B">🗑</button></td></tr>',
  ],
  [
    '<tr><td>C</td><td>3 9 27 33 44 + 2 8</td><td>EuroMillions</td><td><button type="button" class="edit-line" data-line="C">Edit</button> <button type="button" class="delete-line" data-line="C">Delete</button></td></tr>',
    '<tr><td>C</td><td>3 9 27 33 44 + 2 8</td><td>EuroMillions</td><td><span class="muted">Locked until draw</span></td></tr>',
  ],
  [
    '<button type="button" id="add-line">Add line</button><button type="button" id="lucky-dip">Lucky dip</button>',
    '<button type="button" class="pick-numbers">Choose my own numbers</button><button type="button" class="quick-pick">Quick pick</button>',
  ],
  [
    '<a href="#" class="remind" data-member="tom">Remind to pay</a>',
    '<button type="button" class="nudge" data-who="tom">Nudge</button>',
  ],
  [
    '<a href="#" class="remind" data-member="gemma">Remind to pay</a>',
    '<button type="button" class="nudge" data-who="gemma">Nudge</button>',
  ],
  [
    '<button type="button" id="invite">Invite colleague</button>',
    '<button type="button" class="share-invite">Share invite link</button>',
  ],
  [
    '<label for="stake">Weekly stake per member</label> <select id="stake" name="stake">',
    '<label for="contribution">Each member pays (per week)</label> <select id="contribution" name="contribution">',
  ],
  [
    '<label class="row"><input type="checkbox" id="split-evenly" name="split" checked> Split winnings evenly</label>',
    '',
  ],
  [
    '<button type="button" id="save-syndicate">Save changes</button>',
    '<button type="button" class="save">Save</button>',
  ],
]);

const lottoPair: PagePair = {
  name: 'lottery-syndicate',
  v1: lottoV1,
  v2: lottoV2,
  targets: [
    {
      selector: 'button.edit-line[data-line="B"]',
      expect: 'button[aria-label="Change numbers on line B"]',
      change: 'Edit became pencil icon',
    },
    {
      selector: 'button.delete-line[data-line="A"]',
      expect: 'button[aria-label="Remove line A"]',
      change: 'Delete became bin icon',
    },
    { selector: 'button.delete-line[data-line="C"]', expect: null, change: 'line C locked, actions removed' },
    { selector: '#lucky-dip', expect: 'button.quick-pick', change: 'Lucky dip renamed Quick pick' },
    {
      selector: 'a.remind[data-member="gemma"]',
      expect: 'button[data-who="gemma"]',
      change: 'Remind to pay link became Nudge button',
    },
    {
      selector: '#invite',
      expect: 'button.share-invite',
      change: 'Invite colleague became Share invite link',
    },
    { selector: '#stake', expect: '#contribution', change: 'stake relabelled contribution' },
    { selector: '#split-evenly', expect: null, change: 'split option removed' },
  ],
};

// ---------------------------------------------------------------- kiln firing schedule

const kilnV1 = page(
  'Kiln bookings — Clayworks Studio',
  `<header><a href="/" class="logo">Clayworks</a><nav><a href="/classes">Classes</a><a href="/kiln">Kiln</a><a href="/shelves">Shelf rental</a><a href="/members">Members</a></nav></header>
<main><h1>Kiln firing schedule</h1>
<div class="row"><label for="kiln-select">Kiln</label> <select id="kiln-select" name="kiln"><option>Big electric (Kiln 1)</option><option>Test kiln (Kiln 2)</option><option>Raku (outdoor)</option></select>
<button type="button" id="prev-week">‹ Previous week</button><button type="button" id="next-week">Next week ›</button></div>
<table id="firings"><tr><th>Date</th><th>Firing</th><th>Cone</th><th>Space left</th><th></th></tr>
<tr><td>Mon 3 Mar</td><td>Bisque</td><td>04</td><td>3 shelves</td><td><button type="button" class="add-work" data-firing="f-301">Add my work</button></td></tr>
<tr><td>Wed 5 Mar</td><td>Glaze</td><td>6</td><td>1 shelf</td><td><button type="button" class="add-work" data-firing="f-302">Add my work</button> <button type="button" class="waitlist" data-firing="f-302">Join waitlist</button></td></tr>
<tr><td>Sat 8 Mar</td><td>Glaze</td><td>10 reduction</td><td>Full</td><td><button type="button" class="waitlist" data-firing="f-303">Join waitlist</button></td></tr>
</table>
<section><h2>My pieces waiting</h2>
<form id="piece-form"><label for="piece-size">Size</label> <select id="piece-size" name="size"><option>Small (mug)</option><option>Medium (bowl)</option><option>Large (platter)</option></select>
<label for="clay-body">Clay body</label> <input type="text" id="clay-body" name="clay" placeholder="e.g. Buff stoneware">
<label class="row"><input type="checkbox" id="glaze-food-safe" name="foodsafe"> Glaze is food safe</label>
<label class="row"><input type="checkbox" id="on-cookie" name="cookie"> Piece is on a cookie (drip protection)</label>
<button type="button" id="add-piece">Add piece</button></form></section>
<p><a href="/kiln/rules" id="kiln-rules">Kiln rules</a> · <a href="/kiln/costs">Firing costs</a></p>
</main>`,
);

const kilnV2 = page(
  'Firings — Clayworks Studio',
  `<header><a href="/" class="logo">Clayworks</a><nav><a href="/classes">Classes</a><a href="/kiln">Firings</a><a href="/shelves">Shelves</a><a href="/members">Community</a></nav></header>
<main><h1>Upcoming firings</h1>
<div class="row" role="tablist" aria-label="Kiln"><button role="tab" type="button" data-kiln="1">Kiln 1 · large electric</button><button role="tab" type="button" data-kiln="2">Kiln 2 · test</button><button role="tab" type="button" data-kiln="raku">Raku</button></div>
<div class="row"><button type="button" aria-label="Earlier">‹</button><strong>3 – 9 March</strong><button type="button" aria-label="Later">›</button></div>
<div class="card" data-firing="f-302"><strong>Wed 5 Mar · Glaze · cone 6</strong> <span class="badge">1 shelf left</span><div class="row"><button type="button" class="load-in" data-firing-id="f-302">Put my pieces in</button><button type="button" class="notify" data-firing-id="f-302">Tell me if space opens</button></div></div>
<div class="card" data-firing="f-301"><strong>Mon 3 Mar · Bisque · cone 04</strong> <span class="badge">3 shelves left</span><div class="row"><button type="button" class="load-in" data-firing-id="f-301">Put my pieces in</button></div></div>
<div class="card" data-firing="f-304"><strong>Fri 7 Mar · Bisque · cone 04</strong> <span class="badge">4 shelves left</span><div class="row"><button type="button" class="load-in" data-firing-id="f-304">Put my pieces in</button></div></div>
<section><h2>Pieces ready to fire</h2>
<div class="grid"><label>Size <select name="piece_size"><option>S – mug, cup</option><option>M – bowl, vase</option><option>L – platter, large jar</option></select></label>
<label>Clay <input type="text" name="clay_body" placeholder="e.g. Buff stoneware"></label></div>
<label class="row"><input type="checkbox" id="wadding" name="wadding"> On wadding or a cookie</label>
<button type="button" class="add-to-list">Add to my list</button></section>
<p><a href="/kiln/rules">Loading rules</a> · <a href="/kiln/costs">Firing costs</a></p>
</main>`,
);

const kilnPair: PagePair = {
  name: 'kiln-firing-schedule',
  v1: kilnV1,
  v2: kilnV2,
  targets: [
    { selector: '#next-week', expect: 'button[aria-label="Later"]', change: 'Next week became chevron icon' },
    {
      selector: 'button.add-work[data-firing="f-302"]',
      expect: 'button.load-in[data-firing-id="f-302"]',
      change: 'Add my work reworded, rows became cards, re-ordered',
    },
    {
      selector: 'button.waitlist[data-firing="f-302"]',
      expect: 'button.notify[data-firing-id="f-302"]',
      change: 'waitlist reworded Tell me if space opens',
    },
    {
      selector: 'button.waitlist[data-firing="f-303"]',
      expect: null,
      change: 'full firing no longer listed; a new bisque firing shown',
    },
    { selector: '#piece-size', expect: 'select[name="piece_size"]', change: 'size options shortened' },
    { selector: '#glaze-food-safe', expect: null, change: 'food safe checkbox removed' },
    { selector: '#on-cookie', expect: '#wadding', change: 'cookie checkbox reworded' },
    { selector: '#add-piece', expect: 'button.add-to-list', change: 'Add piece became Add to my list' },
  ],
};

// ---------------------------------------------------------------- laundrette machines

const laundryV1 = page(
  'Machines — SpinCity Laundrette',
  `<header><a href="/" class="logo">SpinCity</a><nav><a href="/machines">Machines</a><a href="/history">History</a><a href="/help">Help</a></nav><span>Balance £6.40</span> <a href="/wallet/topup" id="topup">Top up</a></header>
<main><h1>Kingsland Road branch</h1>
<section><h2>Washers</h2>
<ul class="machines">
<li>Washer 1 — in use, 22 min left <button type="button" class="notify" data-machine="W1">Notify when free</button></li>
<li>Washer 2 — free <button type="button" class="start" data-machine="W2">Start</button> <button type="button" class="reserve" data-machine="W2">Reserve</button></li>
<li>Washer 3 — in use, 5 min left <button type="button" class="notify" data-machine="W3">Notify when free</button></li>
<li>Washer 4 — out of order</li>
</ul>
<label for="program">Programme</label> <select id="program" name="program"><option>Cottons</option><option>Synthetics</option><option>Delicates</option><option>Duvet</option></select>
<fieldset><legend>Temperature</legend>
<label><input type="radio" name="temp" id="temp-30" value="30"> 30°</label>
<label><input type="radio" name="temp" id="temp-40" value="40" checked> 40°</label>
<label><input type="radio" name="temp" id="temp-60" value="60"> 60°</label>
</fieldset>
<label class="row"><input type="checkbox" id="extra-rinse" name="rinse"> Extra rinse (+50p)</label></section>
<section><h2>Dryers</h2>
<ul class="machines">
<li>Dryer 1 — free <button type="button" class="start" data-machine="D1">Start</button> <button type="button" class="reserve" data-machine="D1">Reserve</button></li>
<li>Dryer 2 — in use, 12 min left <button type="button" class="notify" data-machine="D2">Notify when free</button></li>
</ul></section>
</main>`,
);

const laundryV2 = page(
  'SpinCity — Kingsland Road',
  `<header><a href="/" class="logo">SpinCity</a><nav><a href="/machines">Machines</a><a href="/history">Receipts</a><a href="/help">Support</a></nav><span class="badge">£6.40</span><button type="button" class="wallet-topup">Add money</button></header>
<main><h1>Kingsland Road</h1>
<div class="grid">
<div class="card"><h3>Washer 2</h3><p>Available</p><button type="button" class="go" data-unit="washer-2">Start wash</button><button type="button" class="hold" data-unit="washer-2">Hold for 10 min</button></div>
<div class="card"><h3>Washer 3</h3><p>5 min left</p><button type="button" aria-label="Alert me when Washer 3 is free">🔔</button></div>
<div class="card"><h3>Washer 1</h3><p>22 min left</p><button type="button" aria-label="Alert me when Washer 1 is free">🔔</button></div>
<div class="card"><h3>Dryer 1</h3><p>Available</p><button type="button" class="go" data-unit="dryer-1">Start drying</button><button type="button" class="extend" data-unit="dryer-1">+10 min</button></div>
<div class="card"><h3>Dryer 2</h3><p>12 min left</p><button type="button" aria-label="Alert me when Dryer 2 is free">🔔</button></div>
</div>
<section><h2>Wash settings</h2>
<label>Cycle <select name="cycle"><option>Cottons</option><option>Mixed</option><option>Delicates / wool</option><option>Bedding</option></select></label>
<div class="row" role="group" aria-label="Temperature"><button type="button" data-temp="20">20°</button><button type="button" data-temp="30">30°</button><button type="button" data-temp="40" aria-pressed="true">40°</button></div>
<label class="row"><input type="checkbox" name="extra_rinse" id="rinse-plus"> Extra rinse · 50p</label></section>
</main>`,
);

const laundryPair: PagePair = {
  name: 'laundrette-machines',
  v1: laundryV1,
  v2: laundryV2,
  targets: [
    {
      selector: 'button.start[data-machine="W2"]',
      expect: 'button.go[data-unit="washer-2"]',
      change: 'Start became Start wash, list became cards',
    },
    {
      selector: 'button.notify[data-machine="W3"]',
      expect: 'button[aria-label="Alert me when Washer 3 is free"]',
      change: 'notify became bell icon',
    },
    {
      selector: 'button.reserve[data-machine="D1"]',
      expect: null,
      change: 'dryer reservations removed; +10 min added',
    },
    {
      selector: '#program',
      expect: 'select[name="cycle"]',
      change: 'programme renamed cycle, moved below machines',
    },
    { selector: '#temp-40', expect: 'button[data-temp="40"]', change: 'radio became segmented button' },
    { selector: '#temp-60', expect: null, change: '60° option removed, 20° added' },
    { selector: '#extra-rinse', expect: '#rinse-plus', change: 'id changed' },
    { selector: '#topup', expect: 'button.wallet-topup', change: 'Top up link became Add money button' },
  ],
};

// ---------------------------------------------------------------- microloan review

const loanV1 = page(
  'Application MF-20931 — Harvest Microfinance',
  `<header><a href="/" class="logo">Harvest MFI · Loan officer</a><nav><a href="/queue">My queue</a><a href="/portfolio">Portfolio</a><a href="/visits">Field visits</a></nav></header>
<main><h1>Application MF-20931</h1>
<p>Applicant: Grace Achieng · Tailoring business · Kisumu branch</p>
<section><h2>Loan terms</h2>
<label for="amount">Amount requested (KES)</label> <input type="number" id="amount" name="amount" value="60000">
<label for="term">Term</label> <select id="term" name="term"><option>6 months</option><option selected>12 months</option><option>18 months</option></select>
<label for="repay-freq">Repayment frequency</label> <select id="repay-freq" name="freq"><option>Weekly</option><option selected>Monthly</option></select></section>
<section><h2>Checks</h2>
<label class="row"><input type="checkbox" id="chk-id" name="checks" value="id"> National ID verified</label>
<label class="row"><input type="checkbox" id="chk-crb" name="checks" value="crb"> Credit bureau check clear</label>
<label class="row"><input type="checkbox" id="chk-visit" name="checks" value="visit"> Business visit completed</label>
<label class="row"><input type="checkbox" id="chk-group" name="checks" value="group"> Group guarantee signed</label></section>
<section><h2>Documents</h2>
<ul><li>ID scan <a href="/docs/881" class="view-doc" data-doc="881">View</a></li><li>M-Pesa statement <a href="/docs/882" class="view-doc" data-doc="882">View</a> <a href="#" class="request-doc" data-doc="882">Request newer</a></li></ul></section>
<label for="officer-notes">Notes</label> <textarea id="officer-notes" name="notes"></textarea>
<div class="row"><button type="button" id="approve">Approve</button><button type="button" id="refer">Refer to committee</button><button type="button" id="decline">Decline</button></div>
</main>`,
);

const loanV2 = page(
  'MF-20931 · Grace Achieng — Harvest',
  `<header><a href="/" class="logo">Harvest</a><nav><a href="/queue">Queue</a><a href="/portfolio">Portfolio</a><a href="/visits">Visits</a></nav></header>
<main><div class="row"><h1>Grace Achieng</h1><span class="badge">MF-20931</span><span class="muted">Tailoring · Kisumu</span></div>
<div class="grid"><section class="card"><h2>Proposed loan</h2>
<label>Principal (KES) <input type="number" name="principal" value="60000"></label>
<label>Duration <select name="tenor_months"><option>6</option><option selected>12</option><option>18</option><option>24</option></select></label>
<div role="group" aria-label="Repayments" class="row"><button type="button" data-freq="weekly">Weekly</button><button type="button" data-freq="fortnightly">Fortnightly</button><button type="button" data-freq="monthly" aria-pressed="true">Monthly</button></div></section>
<section class="card"><h2>Due diligence</h2>
<label class="row"><input type="checkbox" name="kyc" value="id"> ID checked against IPRS</label>
<label class="row"><input type="checkbox" name="kyc" value="crb"> CRB report — no defaults</label>
<label class="row"><input type="checkbox" name="kyc" value="visit"> Site visit done</label>
<label class="row"><input type="checkbox" name="kyc" value="references"> Two references called</label></section></div>
<section><h2>Files</h2>
<table><tr><td>M-Pesa statement</td><td><a href="/docs/882" aria-label="Open M-Pesa statement">Open</a></td><td><span class="badge">Verified</span></td></tr>
<tr><td>ID scan</td><td><a href="/docs/881" aria-label="Open ID scan">Open</a></td><td></td></tr></table></section>
<textarea name="recommendation" aria-label="Recommendation" placeholder="Your recommendation"></textarea>
<div class="row decision"><button type="button" class="decline-btn">Reject</button><button type="button" class="escalate">Send to credit committee</button><button type="button" class="approve-btn">Approve loan</button></div>
</main>`,
);

const loanPair: PagePair = {
  name: 'microloan-review',
  v1: loanV1,
  v2: loanV2,
  targets: [
    {
      selector: '#term',
      expect: 'select[name="tenor_months"]',
      change: 'Term relabelled Duration, options shortened',
    },
    {
      selector: '#approve',
      expect: 'button.approve-btn',
      change: 'Approve became Approve loan and moved last',
    },
    { selector: '#chk-crb', expect: 'input[name="kyc"][value="crb"]', change: 'checkbox reworded, grouped' },
    { selector: '#chk-group', expect: null, change: 'group guarantee check removed, references check added' },
    {
      selector: 'a.view-doc[data-doc="881"]',
      expect: 'a[aria-label="Open ID scan"]',
      change: 'View became Open, list became table and re-ordered',
    },
    { selector: 'a.request-doc[data-doc="882"]', expect: null, change: 'request newer statement removed' },
    {
      selector: '#refer',
      expect: 'button.escalate',
      change: 'Refer to committee became Send to credit committee',
    },
    { selector: '#decline', expect: 'button.decline-btn', change: 'Decline became Reject and moved first' },
  ],
};

// ---------------------------------------------------------------- grave search

const graveV1 = page(
  'Burial records search — Ashfield Council',
  `<header><a href="/" class="logo">Ashfield Council</a><nav><a href="/bereavement">Bereavement services</a><a href="/cemeteries">Cemeteries</a><a href="/memorials">Memorials</a></nav></header>
<main><h1>Search burial records</h1>
<form id="search-form">
<label for="surname">Surname</label> <input type="text" id="surname" name="surname">
<label for="forename">Forename</label> <input type="text" id="forename" name="forename">
<label for="year-from">Year of death from</label> <input type="number" id="year-from" name="from">
<label for="year-to">to</label> <input type="number" id="year-to" name="to">
<label for="cemetery">Cemetery</label> <select id="cemetery" name="cemetery"><option value="">Any</option><option>Hill Top</option><option>St Mary's churchyard (closed)</option><option>Ashfield Road</option></select>
<label class="row"><input type="checkbox" id="soundex" name="soundex"> Include similar-sounding names</label>
<div class="row"><button type="submit" id="search-btn">Search</button><button type="reset" id="clear-btn">Clear</button></div>
</form>
<h2>12 results</h2>
<table><tr><th>Name</th><th>Died</th><th>Cemetery</th><th>Grave</th><th></th></tr>
<tr><td>Hollins, Ada</td><td>1921</td><td>Hill Top</td><td>C/114</td><td><a href="/records/55102" class="details">Details</a> <a href="/records/55102/map" class="map">Map</a></td></tr>
<tr><td>Hollins, Walter</td><td>1934</td><td>Hill Top</td><td>C/114</td><td><a href="/records/55287" class="details">Details</a> <a href="/records/55287/map" class="map">Map</a></td></tr>
<tr><td>Hollings, Mary</td><td>1950</td><td>Ashfield Road</td><td>F/09</td><td><a href="/records/61880" class="details">Details</a> <a href="/records/61880/map" class="map">Map</a></td></tr>
</table>
<p><a href="/records/order-certificate" id="order-cert">Order a copy of a burial record</a></p>
</main>`,
);

const graveV2 = page(
  'Find a grave — Ashfield Council',
  `<header><a href="/" class="logo">Ashfield Council</a><nav><a href="/bereavement">Bereavement</a><a href="/cemeteries">Cemeteries</a><a href="/memorials">Memorials</a></nav></header>
<main><h1>Find a grave</h1>
<form class="grid" id="grave-search">
<label>Last name <input type="text" name="last_name" autocomplete="family-name"></label>
<label>First name(s) <input type="text" name="first_names" autocomplete="given-name"></label>
<label>Died between <input type="number" name="died_after" aria-label="Earliest year"></label>
<label>and <input type="number" name="died_before" aria-label="Latest year"></label>
<label>Burial ground <select name="site"><option value="">All burial grounds</option><option>Hill Top Cemetery</option><option>St Mary's churchyard</option><option>Ashfield Road Cemetery</option><option>Woodland burial meadow</option></select></label>
<label class="row"><input type="checkbox" name="fuzzy" id="spelling-variants"> Also find spelling variations</label>
<button type="submit" class="search-records">Find records</button></form>
<h2>12 records found</h2>
<div class="card"><strong>Ada Hollins</strong> · died 1921 · Hill Top, plot C/114 <a href="/records/55102">View record</a> <a href="/records/55102/map" aria-label="Show Ada Hollins on cemetery map">📍</a></div>
<div class="card"><strong>Walter Hollins</strong> · died 1934 · Hill Top, plot C/114 <a href="/records/55287">View record</a> <a href="/records/55287/map" aria-label="Show Walter Hollins on cemetery map">📍</a></div>
<div class="card"><strong>Mary Hollings</strong> · died 1950 · Ashfield Road, plot F/09 <a href="/records/61880">View record</a> <a href="/records/61880/map" aria-label="Show Mary Hollings on cemetery map">📍</a></div>
<p><a href="/bereavement/contact">Contact bereavement services</a></p>
</main>`,
);

const gravePair: PagePair = {
  name: 'grave-search',
  v1: graveV1,
  v2: graveV2,
  targets: [
    { selector: '#surname', expect: 'input[name="last_name"]', change: 'Surname became Last name' },
    { selector: '#year-to', expect: 'input[name="died_before"]', change: 'year range reworded' },
    {
      selector: '#cemetery',
      expect: 'select[name="site"]',
      change: 'Cemetery became Burial ground, options lengthened',
    },
    {
      selector: '#soundex',
      expect: '#spelling-variants',
      change: 'similar-sounding reworded spelling variations',
    },
    { selector: '#clear-btn', expect: null, change: 'Clear button removed' },
    {
      selector: 'a.details[href="/records/55287"]',
      expect: 'a[href="/records/55287"]',
      change: 'Details became View record, table became cards',
    },
    {
      selector: 'a.map[href="/records/61880/map"]',
      expect: 'a[aria-label="Show Mary Hollings on cemetery map"]',
      change: 'Map text link became pin icon',
    },
    { selector: '#order-cert', expect: null, change: 'online record ordering removed, contact link instead' },
  ],
};

// ---------------------------------------------------------------- seed swap listing

const seedV1 = page(
  'List seeds — Seedy Sunday Swap',
  `<header><a href="/" class="logo">Seedy Sunday</a><nav><a href="/browse">Browse seeds</a><a href="/my-packets">My packets</a><a href="/swaps">Swaps</a><a href="/growing-guides">Guides</a></nav></header>
<main><h1>Offer seeds for swapping</h1>
<form id="listing">
<label for="crop">Crop</label> <input type="text" id="crop" name="crop" placeholder="e.g. Tomato">
<label for="variety">Variety</label> <input type="text" id="variety" name="variety" placeholder="e.g. Gardener's Delight">
<label for="category">Category</label> <select id="category" name="category"><option>Vegetable</option><option>Herb</option><option>Flower</option><option>Fruit</option></select>
<label for="harvest-year">Year saved</label> <select id="harvest-year" name="year"><option>2025</option><option>2024</option><option>2023</option></select>
<label for="packets">Packets available</label> <input type="number" id="packets" name="packets" value="3">
<fieldset><legend>Pollination</legend>
<label><input type="radio" name="poll" id="poll-open" value="open"> Open-pollinated</label>
<label><input type="radio" name="poll" id="poll-f1" value="f1"> F1 hybrid</label>
<label><input type="radio" name="poll" id="poll-unknown" value="unknown"> Not sure</label></fieldset>
<label class="row"><input type="checkbox" id="organic" name="organic"> Grown organically</label>
<label class="row"><input type="checkbox" id="post-ok" name="post"> Happy to post</label>
<label for="photo">Photo</label> <input type="file" id="photo" name="photo">
<div class="row"><button type="submit" id="publish">List seeds</button><button type="button" id="preview">Preview</button></div>
</form></main>
<footer><a href="/rules">Swap etiquette</a></footer>`,
);

const seedV2 = edit(seedV1, [
  [
    '<h1>Offer seeds for swapping</h1>',
    '<h1>Share your seeds</h1><p class="muted">Saved some seed this year? Other growers would love it.</p>',
  ],
  [
    '<label for="crop">Crop</label> <input type="text" id="crop" name="crop" placeholder="e.g. Tomato">\n<label for="variety">Variety</label> <input type="text" id="variety" name="variety" placeholder="e.g. Gardener\'s Delight">',
    '<div class="grid"><label for="plant">What is it?</label> <input type="text" id="plant" name="plant" placeholder="Tomato, sweet pea, basil…">\n<label for="cultivar">Variety name</label> <input type="text" id="cultivar" name="cultivar" placeholder="e.g. Gardener\'s Delight"></div>',
  ],
  [
    '<label for="category">Category</label> <select id="category" name="category"><option>Vegetable</option><option>Herb</option><option>Flower</option><option>Fruit</option></select>',
    '<div class="row" role="radiogroup" aria-label="Type"><label><input type="radio" name="kind" value="veg"> Veg</label><label><input type="radio" name="kind" value="herb"> Herb</label><label><input type="radio" name="kind" value="flower"> Flower</label></div>',
  ],
  [
    '<label for="harvest-year">Year saved</label> <select id="harvest-year" name="year">',
    '<label for="saved-in">Harvested in</label> <select id="saved-in" name="saved_year">',
  ],
  [
    '<label for="packets">Packets available</label> <input type="number" id="packets" name="packets" value="3">',
    '<label for="qty">How many packets can you spare?</label> <input type="number" id="qty" name="quantity" value="3">',
  ],
  [
    'id="poll-open" value="open"> Open-pollinated',
    'id="type-op" value="open"> Open-pollinated (will come true from seed)',
  ],
  ['<label><input type="radio" name="poll" id="poll-f1" value="f1"> F1 hybrid</label>\n', ''],
  ['id="poll-unknown" value="unknown"> Not sure', 'id="type-unsure" value="unknown"> I don\'t know'],
  [
    '<label class="row"><input type="checkbox" id="post-ok" name="post"> Happy to post</label>',
    '<label class="row"><input type="checkbox" id="can-post" name="post"> I can post these (swapper pays postage)</label>\n<label class="row"><input type="checkbox" id="meet-up" name="meet"> I can meet locally</label>',
  ],
  [
    '<label for="photo">Photo</label> <input type="file" id="photo" name="photo">',
    '<label for="pics">Add a photo of the plant or seed</label> <input type="file" id="pics" name="photos">',
  ],
  [
    '<button type="submit" id="publish">List seeds</button><button type="button" id="preview">Preview</button>',
    '<button type="submit" class="share">Share seeds</button>',
  ],
]);

const seedPair: PagePair = {
  name: 'seed-swap-listing',
  v1: seedV1,
  v2: seedV2,
  targets: [
    { selector: '#crop', expect: '#plant', change: 'Crop became What is it?' },
    { selector: '#variety', expect: '#cultivar', change: 'id changed, label lengthened' },
    { selector: '#harvest-year', expect: '#saved-in', change: 'Year saved became Harvested in' },
    { selector: '#packets', expect: '#qty', change: 'question-style label' },
    { selector: '#poll-f1', expect: null, change: 'F1 option removed' },
    { selector: '#poll-unknown', expect: '#type-unsure', change: 'Not sure became I do not know' },
    {
      selector: '#post-ok',
      expect: '#can-post',
      change: 'label lengthened, meet-up checkbox added after it',
    },
    { selector: '#preview', expect: null, change: 'Preview removed' },
  ],
};

// ---------------------------------------------------------------- karaoke queue

const karaokeV1 = page(
  'Queue — Mic Drop Karaoke',
  `<header><a href="/" class="logo">Mic Drop</a><nav><a href="/queue">Queue</a><a href="/songbook">Songbook</a><a href="/host">Host</a></nav><span>Room: The Blue Booth</span></header>
<main><div class="grid"><section><h1>Find a song</h1>
<div class="row"><input type="search" id="song-search" name="q" placeholder="Song or artist"><button type="button" id="search-go">Go</button></div>
<ul class="results">
<li>Dancing Queen — ABBA <button type="button" class="enqueue" data-song="s-4410">Add to queue</button></li>
<li>Mr. Brightside — The Killers <button type="button" class="enqueue" data-song="s-5120">Add to queue</button></li>
<li>Valerie — Amy Winehouse <button type="button" class="enqueue" data-song="s-3307">Add to queue</button></li>
</ul>
<label for="singer-name">Your name</label> <input type="text" id="singer-name" name="singer">
<label for="key-shift">Key</label> <select id="key-shift" name="key"><option>-2</option><option>-1</option><option selected>Original</option><option>+1</option><option>+2</option></select>
<label class="row"><input type="checkbox" id="duet" name="duet"> Duet</label></section>
<section><h2>Up next</h2>
<ol class="queue">
<li>Sweet Caroline (Dev) <button type="button" class="move-up" data-slot="1">Move up</button> <button type="button" class="remove" data-slot="1">Remove</button></li>
<li>Dancing Queen (Priya) <button type="button" class="move-up" data-slot="2">Move up</button> <button type="button" class="remove" data-slot="2">Remove</button></li>
<li>Wonderwall (Sam) <button type="button" class="move-up" data-slot="3">Move up</button> <button type="button" class="remove" data-slot="3">Remove</button></li>
</ol>
<button type="button" id="skip-current">Skip current song</button> <button type="button" id="shuffle-queue">Shuffle</button></section></div>
</main>`,
);

const karaokeV2 = page(
  'The Blue Booth — Mic Drop',
  `<header><a href="/" class="logo">Mic Drop</a><nav><a href="/queue">Tonight</a><a href="/songbook">All songs</a><a href="/host">Host controls</a></nav></header>
<main><div class="grid"><section><h1>Pick your song</h1>
<input type="search" name="song_q" aria-label="Search songs" placeholder="Try “ABBA” or “Bohemian”">
<div class="grid">
<div class="card"><strong>Valerie</strong><p class="muted">Amy Winehouse</p><button type="button" data-track="s-3307">Queue it</button></div>
<div class="card"><strong>Dancing Queen</strong><p class="muted">ABBA</p><button type="button" data-track="s-4410">Queue it</button></div>
<div class="card"><strong>Don't Stop Me Now</strong><p class="muted">Queen</p><button type="button" data-track="s-6012">Queue it</button></div>
</div>
<label>Stage name <input type="text" name="stage_name" autocomplete="nickname"></label>
<label>Pitch <select name="pitch"><option>−2</option><option>−1</option><option selected>0</option><option>+1</option><option>+2</option></select></label>
<label class="row"><input type="checkbox" id="sing-with-friend" name="duet"> Singing with a friend</label></section>
<section><h2>Queue</h2>
<ol class="queue">
<li class="row"><span class="handle" aria-hidden="true">⋮⋮</span> Sweet Caroline · Dev <button type="button" aria-label="Remove Sweet Caroline (Dev) from queue">✕</button></li>
<li class="row"><span class="handle" aria-hidden="true">⋮⋮</span> Dancing Queen · Priya <button type="button" aria-label="Remove Dancing Queen (Priya) from queue">✕</button></li>
<li class="row"><span class="handle" aria-hidden="true">⋮⋮</span> Wonderwall · Sam <button type="button" aria-label="Remove Wonderwall (Sam) from queue">✕</button></li>
</ol>
<div class="row host"><button type="button" class="host-skip" aria-label="Skip to next singer">⏭</button><button type="button" class="host-shuffle" aria-label="Shuffle queue">🔀</button></div></section></div>
</main>`,
);

const karaokePair: PagePair = {
  name: 'karaoke-queue',
  v1: karaokeV1,
  v2: karaokeV2,
  targets: [
    {
      selector: '#song-search',
      expect: 'input[name="song_q"]',
      change: 'search field renamed, Go button removed',
    },
    {
      selector: 'button.enqueue[data-song="s-4410"]',
      expect: 'button[data-track="s-4410"]',
      change: 'Add to queue became Queue it, results as cards',
    },
    {
      selector: 'button.enqueue[data-song="s-5120"]',
      expect: null,
      change: 'song no longer in results; another song shown',
    },
    { selector: '#key-shift', expect: 'select[name="pitch"]', change: 'Key relabelled Pitch' },
    { selector: '#duet', expect: '#sing-with-friend', change: 'Duet reworded' },
    { selector: 'button.move-up[data-slot="3"]', expect: null, change: 'Move up replaced by drag handles' },
    {
      selector: 'button.remove[data-slot="2"]',
      expect: 'button[aria-label="Remove Dancing Queen (Priya) from queue"]',
      change: 'Remove became icon',
    },
    { selector: '#skip-current', expect: 'button.host-skip', change: 'Skip became icon button' },
  ],
};

// ---------------------------------------------------------------- hackathon judging

const hackV1 = page(
  'Judging — CivicHack 2025',
  `<header><a href="/" class="logo">CivicHack 2025</a><nav><a href="/judging">Judging</a><a href="/projects">Projects</a><a href="/schedule">Schedule</a></nav><span>Judge: M. Okafor</span></header>
<main><div class="sidebar"><h2>Teams</h2><ul>
<li><a href="#" class="team-link" data-team="t-11">Bin Day Bot</a></li>
<li><a href="#" class="team-link" data-team="t-12">OpenBus</a></li>
<li><a href="#" class="team-link" data-team="t-13">FloodWatch</a></li></ul></div>
<section><h1>OpenBus</h1><p class="muted">Real-time bus crowding from ticket machine data</p>
<a href="https://demo.example/openbus" id="demo-link">Open demo</a> · <a href="https://git.example/openbus" id="repo-link">Source code</a>
<form id="scores">
<label for="score-innovation">Innovation (1–10)</label> <input type="number" id="score-innovation" min="1" max="10">
<label for="score-technical">Technical difficulty (1–10)</label> <input type="number" id="score-technical" min="1" max="10">
<label for="score-design">Design (1–10)</label> <input type="number" id="score-design" min="1" max="10">
<label for="score-impact">Social impact (1–10)</label> <input type="number" id="score-impact" min="1" max="10">
<label for="comments">Comments for the team</label> <textarea id="comments"></textarea>
<label class="row"><input type="checkbox" id="coi"> I have a conflict of interest with this team</label>
<div class="row"><button type="submit" id="submit-scores">Submit scores</button><button type="button" id="skip-team">Skip</button></div>
</form>
<div class="row"><a href="#" id="prev-team">Previous team</a><a href="#" id="next-team">Next team</a></div></section>
</main>`,
);

const hackV2 = page(
  'Score OpenBus — CivicHack 2025',
  `<header><a href="/" class="logo">CivicHack</a><nav><a href="/judging">Score</a><a href="/projects">Gallery</a><a href="/schedule">Agenda</a></nav></header>
<main><div class="row teams"><button type="button" data-team-id="t-11">Bin Day Bot</button><button type="button" data-team-id="t-12" aria-current="true">OpenBus</button><button type="button" data-team-id="t-13">FloodWatch</button><button type="button" data-team-id="t-14">ParkShare</button></div>
<section><div class="row"><a href="#" aria-label="Previous team">←</a><h1>OpenBus</h1><a href="#" aria-label="Next team">→</a></div>
<p class="muted">Real-time bus crowding from ticket machine data</p>
<div class="row"><a href="https://demo.example/openbus" class="btn">Try it</a><a href="https://git.example/openbus" class="btn">Repo</a></div>
<form class="rubric">
<label>Originality <input type="range" name="originality" min="1" max="10"></label>
<label>Execution <input type="range" name="execution" min="1" max="10"></label>
<label>User experience <input type="range" name="ux" min="1" max="10"></label>
<label>Pitch <input type="range" name="pitch" min="1" max="10"></label>
<label>Feedback (shared with team) <textarea name="feedback"></textarea></label>
<label class="row"><input type="checkbox" id="recuse"> Recuse me — I know this team</label>
<button type="submit" class="lock-in">Lock in scores</button>
</form></section>
</main>`,
);

const hackPair: PagePair = {
  name: 'hackathon-judging',
  v1: hackV1,
  v2: hackV2,
  targets: [
    {
      selector: '#score-innovation',
      expect: 'input[name="originality"]',
      change: 'number became slider, Innovation renamed Originality',
    },
    { selector: '#score-design', expect: 'input[name="ux"]', change: 'Design renamed User experience' },
    { selector: '#score-impact', expect: null, change: 'impact criterion dropped, Pitch added' },
    { selector: '#coi', expect: '#recuse', change: 'conflict of interest reworded recuse' },
    { selector: '#submit-scores', expect: 'button.lock-in', change: 'Submit scores became Lock in scores' },
    { selector: '#skip-team', expect: null, change: 'Skip removed' },
    {
      selector: '#next-team',
      expect: 'a[aria-label="Next team"]',
      change: 'text link became arrow beside heading',
    },
    {
      selector: 'a.team-link[data-team="t-13"]',
      expect: 'button[data-team-id="t-13"]',
      change: 'sidebar list became button strip',
    },
  ],
};

// ---------------------------------------------------------------- cricket scorer

const cricketV1 = page(
  'Live scoring — Cherry Lane CC v Oakfield',
  `<header><a href="/" class="logo">PlayScorer</a><nav><a href="/matches">Matches</a><a href="/teams">Teams</a><a href="/stats">Stats</a></nav></header>
<main><h1>Cherry Lane CC 87/3 (14.2 ov)</h1>
<p>Batting: <strong>R. Shah 34*</strong>, J. Evans 12 · Bowling: T. Moyo 2.2-0-18-1</p>
<section><h2>This ball</h2>
<div class="row runs"><button type="button" class="run" data-runs="0">Dot</button><button type="button" class="run" data-runs="1">1</button><button type="button" class="run" data-runs="2">2</button><button type="button" class="run" data-runs="3">3</button><button type="button" class="run" data-runs="4">Four</button><button type="button" class="run" data-runs="6">Six</button></div>
<div class="row extras"><button type="button" id="extra-wide">Wide</button><button type="button" id="extra-noball">No ball</button><button type="button" id="extra-bye">Bye</button><button type="button" id="extra-legbye">Leg bye</button></div>
<button type="button" id="wicket">Wicket</button>
<label for="dismissal">How out</label> <select id="dismissal" name="how"><option>Bowled</option><option>Caught</option><option>LBW</option><option>Run out</option><option>Stumped</option></select></section>
<section><h2>Match controls</h2>
<div class="row"><button type="button" id="undo-ball">Undo last ball</button><button type="button" id="change-bowler">Change bowler</button><button type="button" id="swap-strike">Swap strike</button><button type="button" id="end-innings">End innings</button></div>
<label class="row"><input type="checkbox" id="live-updates" checked> Publish live to club website</label></section>
</main>`,
);

const cricketV2 = page(
  'Cherry Lane CC v Oakfield — PlayScorer',
  `<header><a href="/" class="logo">PlayScorer</a><nav><a href="/matches">Fixtures</a><a href="/teams">Squads</a><a href="/stats">Averages</a></nav><button type="button" class="menu" aria-label="Match menu">⋯</button></header>
<main><div class="row"><h1>87/3</h1><span class="muted">14.2 overs · RR 6.07</span></div>
<p>R. Shah 34* · J. Evans 12 — T. Moyo 2.2-0-18-1</p>
<div class="grid3 pad">
<button type="button" data-score="0">•</button><button type="button" data-score="1">1</button><button type="button" data-score="2">2</button>
<button type="button" data-score="3">3</button><button type="button" data-score="4">4</button><button type="button" data-score="6">6</button>
<button type="button" data-extra="wd">WD</button><button type="button" data-extra="nb">NB</button><button type="button" data-extra="lb">LB</button>
<button type="button" class="out">OUT</button><button type="button" class="undo" aria-label="Undo">↶</button><button type="button" data-extra="pen">Penalty 5</button>
</div>
<label>Dismissal <select name="dismissal_type"><option>Bowled</option><option>Caught</option><option>LBW</option><option>Run out</option><option>Stumped</option><option>Hit wicket</option></select></label>
<div class="row"><button type="button" class="rotate-strike">Switch batters</button></div>
<div class="row"><label class="row"><input type="checkbox" id="broadcast" checked> Live on club site</label><button type="button" class="close-innings">Declare / end innings</button></div>
</main>`,
);

const cricketPair: PagePair = {
  name: 'cricket-scorer',
  v1: cricketV1,
  v2: cricketV2,
  targets: [
    {
      selector: 'button.run[data-runs="4"]',
      expect: 'button[data-score="4"]',
      change: 'Four became 4 on keypad',
    },
    {
      selector: '#change-bowler',
      expect: null,
      change: 'bowler change now prompted automatically at end of over',
    },
    { selector: '#extra-wide', expect: 'button[data-extra="wd"]', change: 'Wide abbreviated WD' },
    { selector: '#extra-bye', expect: null, change: 'Bye removed from pad, Penalty 5 added' },
    { selector: '#wicket', expect: 'button.out', change: 'Wicket became OUT' },
    { selector: '#undo-ball', expect: 'button.undo', change: 'Undo moved into keypad as icon' },
    { selector: '#swap-strike', expect: 'button.rotate-strike', change: 'Swap strike became Switch batters' },
    { selector: '#end-innings', expect: 'button.close-innings', change: 'relabelled Declare / end innings' },
  ],
};

// ---------------------------------------------------------------- art consignment register

const artV1 = page(
  'Consignments — Meridian Gallery',
  `<header><a href="/" class="logo">Meridian Gallery · Back office</a><nav><a href="/consignments">Consignments</a><a href="/artists">Artists</a><a href="/sales">Sales</a><a href="/shipping">Shipping</a></nav></header>
<main><h1>Consigned works</h1>
<div class="row"><label for="artist-filter">Artist</label> <select id="artist-filter"><option>All artists</option><option>Lena Ortiz</option><option>Kwame Mensah</option><option>Hiro Tanaka</option></select>
<label for="status-filter">Status</label> <select id="status-filter"><option>All</option><option>In gallery</option><option>On loan</option><option>Sold</option><option>Returned</option></select>
<button type="button" id="new-consignment">New consignment</button></div>
<table id="works"><tr><th>Stock no.</th><th>Title</th><th>Artist</th><th>Asking</th><th>Status</th><th></th></tr>
<tr><td>MG-0412</td><td>Estuary, Dusk</td><td>Lena Ortiz</td><td>£4,800</td><td>In gallery</td><td><button type="button" class="mark-sold" data-stock="MG-0412">Mark sold</button> <button type="button" class="return" data-stock="MG-0412">Return to artist</button> <a href="/works/MG-0412/label" class="wall-label">Wall label</a></td></tr>
<tr><td>MG-0415</td><td>Red Field No. 3</td><td>Kwame Mensah</td><td>£7,200</td><td>On loan</td><td><button type="button" class="recall" data-stock="MG-0415">Recall loan</button> <a href="/works/MG-0415/label" class="wall-label">Wall label</a></td></tr>
<tr><td>MG-0419</td><td>Tide Study</td><td>Hiro Tanaka</td><td>£2,100</td><td>In gallery</td><td><button type="button" class="mark-sold" data-stock="MG-0419">Mark sold</button> <button type="button" class="return" data-stock="MG-0419">Return to artist</button> <a href="/works/MG-0419/label" class="wall-label">Wall label</a></td></tr>
</table>
<div class="row"><button type="button" id="print-receipts">Print consignment receipts</button><a href="/consignments/export" id="export-link">Export for insurers</a></div>
</main>`,
);

const artV2 = page(
  'Inventory — Meridian Gallery',
  `<header><a href="/" class="logo">Meridian</a><nav><a href="/consignments">Inventory</a><a href="/artists">Artists</a><a href="/sales">Invoices</a><a href="/shipping">Logistics</a></nav></header>
<main><div class="row"><h1>Works on consignment</h1><a href="/consignments/new" class="btn primary">Add works</a></div>
<div class="row"><select name="artist" aria-label="Filter by artist"><option>Everyone</option><option>Hiro Tanaka</option><option>Kwame Mensah</option><option>Lena Ortiz</option></select>
<select name="status" aria-label="Filter by status"><option>Any status</option><option>On the wall</option><option>In storage</option><option>Out on loan</option><option>Sold</option><option>Returned</option></select></div>
<div class="grid3">
<div class="card" data-stock="MG-0419"><h3>Tide Study</h3><p>Hiro Tanaka · £2,100 · On the wall</p><button type="button" class="record-sale" data-work="MG-0419">Record sale</button><details open><summary>More</summary><button type="button" role="menuitem" data-act="return" data-work="MG-0419">Send back to artist</button><a role="menuitem" href="/works/MG-0419/label">Print label</a></details></div>
<div class="card" data-stock="MG-0415"><h3>Red Field No. 3</h3><p>Kwame Mensah · £7,200 · Out on loan</p><button type="button" class="request-back" data-work="MG-0415">Request return from borrower</button></div>
<div class="card" data-stock="MG-0412"><h3>Estuary, Dusk</h3><p>Lena Ortiz · £4,800 · On the wall</p><button type="button" class="record-sale" data-work="MG-0412">Record sale</button><details open><summary>More</summary><button type="button" role="menuitem" data-act="return" data-work="MG-0412">Send back to artist</button><a role="menuitem" href="/works/MG-0412/label">Print label</a></details></div>
</div>
<a href="/consignments/export" class="insurance-schedule">Insurance schedule (CSV)</a>
</main>`,
);

const artPair: PagePair = {
  name: 'art-consignment-register',
  v1: artV1,
  v2: artV2,
  targets: [
    {
      selector: '#artist-filter',
      expect: 'select[name="artist"]',
      change: 'label dropped, options re-sorted',
    },
    { selector: '#new-consignment', expect: 'a.btn.primary', change: 'button became link, Add works' },
    {
      selector: 'button.mark-sold[data-stock="MG-0412"]',
      expect: 'button.record-sale[data-work="MG-0412"]',
      change: 'Mark sold became Record sale, cards reversed',
    },
    {
      selector: 'button.return[data-stock="MG-0419"]',
      expect: 'button[data-act="return"][data-work="MG-0419"]',
      change: 'moved into More menu, reworded',
    },
    {
      selector: 'button.recall[data-stock="MG-0415"]',
      expect: 'button.request-back',
      change: 'Recall loan became Request return from borrower',
    },
    {
      selector: 'a.wall-label[href="/works/MG-0415/label"]',
      expect: null,
      change: 'no label for a work out on loan',
    },
    { selector: '#print-receipts', expect: null, change: 'receipts printing removed' },
    { selector: '#export-link', expect: 'a.insurance-schedule', change: 'export link reworded' },
  ],
};

// ---------------------------------------------------------------- dive logbook

const diveV1 = page(
  'Log a dive — DeepLog',
  `<header><a href="/" class="logo">DeepLog</a><nav><a href="/dives">Logbook</a><a href="/sites">Dive sites</a><a href="/buddies">Buddies</a><a href="/gear">Gear</a></nav></header>
<main><h1>Dive #148</h1>
<form id="dive-form">
<label for="site">Dive site</label> <input type="text" id="site" name="site" value="Blue Hole, Gozo">
<div class="grid"><div><label for="max-depth">Max depth (m)</label> <input type="number" id="max-depth" name="depth"></div>
<div><label for="bottom-time">Bottom time (min)</label> <input type="number" id="bottom-time" name="time"></div>
<div><label for="water-temp">Water temp (°C)</label> <input type="number" id="water-temp" name="temp"></div>
<div><label for="visibility">Visibility (m)</label> <input type="number" id="visibility" name="vis"></div></div>
<fieldset><legend>Gas</legend>
<label><input type="radio" name="gas" id="gas-air" value="air" checked> Air</label>
<label><input type="radio" name="gas" id="gas-nitrox32" value="ean32"> Nitrox 32</label>
<label><input type="radio" name="gas" id="gas-nitrox36" value="ean36"> Nitrox 36</label></fieldset>
<fieldset><legend>Entry</legend>
<label><input type="radio" name="entry" id="entry-shore" value="shore" checked> Shore</label>
<label><input type="radio" name="entry" id="entry-boat" value="boat"> Boat</label></fieldset>
<label for="buddy">Buddy</label> <select id="buddy" name="buddy"><option>Marta V.</option><option>Jonas K.</option><option>Solo</option></select>
<label class="row"><input type="checkbox" id="safety-stop" name="stop" checked> Safety stop done</label>
<label class="row"><input type="checkbox" id="training-dive" name="training"> Training dive</label>
<div class="row"><button type="button" id="import-computer">Import from dive computer</button><button type="submit" id="save-dive">Save dive</button><button type="button" id="request-stamp">Request buddy signature</button></div>
</form></main>`,
);

const diveV2 = page(
  'Dive 148 — DeepLog',
  `<header><a href="/" class="logo">DeepLog</a><nav><a href="/dives">My dives</a><a href="/sites">Sites</a><a href="/buddies">Buddies</a><a href="/gear">Kit</a></nav><button type="button" class="sync" aria-label="Sync dive computer">⟳</button></header>
<main><h1>Dive 148 · Blue Hole, Gozo</h1>
<div class="row" role="group" aria-label="Entry"><button type="button" data-entry="shore" aria-pressed="true">From shore</button><button type="button" data-entry="boat">From boat</button><button type="button" data-entry="liveaboard">Liveaboard</button></div>
<form class="grid">
<label>Location <input type="text" name="location" value="Blue Hole, Gozo"></label>
<label>Deepest point (m) <input type="number" name="max_depth_m"></label>
<label>Total dive time (min) <input type="number" name="duration_min"></label>
<label>Temperature at depth (°C) <input type="number" name="temp_c"></label>
<label>Breathing gas <select name="mix"><option>Air</option><option>EANx 32</option><option>EANx 36</option><option>Custom mix</option></select></label>
<label>Dive buddy <select name="buddy_id"><option>Marta V.</option><option>Jonas K.</option><option>No buddy (solo)</option></select></label>
<label class="row"><input type="checkbox" id="course-dive" name="course"> Part of a course</label>
<div class="row"><button type="submit" class="save">Save to logbook</button><button type="button" class="verify">Ask buddy to verify</button></div>
</form></main>`,
);

const divePair: PagePair = {
  name: 'dive-logbook',
  v1: diveV1,
  v2: diveV2,
  targets: [
    {
      selector: '#max-depth',
      expect: 'input[name="max_depth_m"]',
      change: 'Max depth relabelled Deepest point',
    },
    {
      selector: '#bottom-time',
      expect: 'input[name="duration_min"]',
      change: 'Bottom time became Total dive time',
    },
    { selector: '#visibility', expect: null, change: 'visibility field removed' },
    {
      selector: '#entry-boat',
      expect: 'button[data-entry="boat"]',
      change: 'radio became segmented button at top',
    },
    {
      selector: '#safety-stop',
      expect: null,
      change: 'safety stop now read from the dive computer, checkbox removed',
    },
    { selector: '#training-dive', expect: '#course-dive', change: 'Training dive became Part of a course' },
    {
      selector: '#import-computer',
      expect: 'button.sync',
      change: 'import button became sync icon in header',
    },
    { selector: '#request-stamp', expect: 'button.verify', change: 'signature request reworded' },
  ],
};

// ---------------------------------------------------------------- tutor finder

const tutorV1 = page(
  'Find a tutor — TutorNest',
  `<header><a href="/" class="logo">TutorNest</a><nav><a href="/find">Find a tutor</a><a href="/become-a-tutor">Become a tutor</a><a href="/messages">Messages</a></nav><a href="/login" id="login-link">Log in</a></header>
<main><h1>Maths tutors near Leeds</h1>
<form id="filters" class="row">
<select id="subject" name="subject"><option>Maths</option><option>English</option><option>Physics</option><option>Chemistry</option></select>
<label><input type="radio" name="level" id="level-gcse" value="gcse"> GCSE</label>
<label><input type="radio" name="level" id="level-alevel" value="alevel"> A-level</label>
<label><input type="radio" name="level" id="level-uni" value="uni"> University</label>
<label for="max-price">Max £/hr</label> <input type="number" id="max-price" name="max" value="40">
<label class="row"><input type="checkbox" id="online-only" name="online"> Online only</label>
<button type="submit" id="search-tutors">Search tutors</button></form>
<div class="results">
<div class="card"><h3>Amara O.</h3><p>£32/hr · 4.9 ★ (61) · DBS checked</p><a href="/tutors/t-908" class="profile" data-tutor="t-908">View profile</a> <button type="button" class="trial" data-tutor="t-908">Book trial lesson</button> <button type="button" class="save" data-tutor="t-908">Save</button></div>
<div class="card"><h3>Daniel R.</h3><p>£28/hr · 4.7 ★ (24)</p><a href="/tutors/t-771" class="profile" data-tutor="t-771">View profile</a> <button type="button" class="trial" data-tutor="t-771">Book trial lesson</button> <button type="button" class="save" data-tutor="t-771">Save</button></div>
<div class="card"><h3>Sofia P.</h3><p>£38/hr · 5.0 ★ (9) · DBS checked</p><a href="/tutors/t-655" class="profile" data-tutor="t-655">View profile</a> <button type="button" class="trial" data-tutor="t-655">Book trial lesson</button> <button type="button" class="save" data-tutor="t-655">Save</button></div>
</div>
<div class="row"><a href="?page=1" id="prev-page">Previous</a> <span>Page 2 of 5</span> <a href="?page=3" id="next-page">Next</a></div>
</main>`,
);

const tutorV2 = page(
  'Maths tutors in Leeds — TutorNest',
  `<header><a href="/" class="logo">TutorNest</a><nav><a href="/find">Tutors</a><a href="/become-a-tutor">Teach with us</a><a href="/messages">Inbox</a></nav><button type="button" class="sign-in">Sign in</button></header>
<main><aside><h2>Filters</h2>
<label>Subject <select name="topic"><option>Maths</option><option>English</option><option>Physics</option><option>Chemistry</option><option>Biology</option></select></label>
<div class="row chips" role="group" aria-label="Level"><button type="button" data-level="gcse">GCSE</button><button type="button" data-level="a-level">A Level</button><button type="button" data-level="adult">Adult learners</button></div>
<label>Budget up to <input type="range" name="budget" min="10" max="80" value="40"></label>
<label class="row"><input type="checkbox" id="remote" name="remote"> Lessons over video</label></aside>
<h1>Maths tutors in Leeds</h1><p class="muted">Sorted by best match</p>
<div class="results grid">
<div class="card"><h3>Sofia P.</h3><p>£38 an hour · ★ 5.0 · DBS</p><a href="/tutors/t-655">Sofia's profile</a><button type="button" class="intro" data-tutor-id="t-655">Book a free 15-min intro</button><button type="button" aria-label="Save Sofia P. to favourites">♡</button></div>
<div class="card"><h3>Amara O.</h3><p>£32 an hour · ★ 4.9 · DBS</p><a href="/tutors/t-908">Amara's profile</a><button type="button" class="intro" data-tutor-id="t-908">Book a free 15-min intro</button><button type="button" aria-label="Save Amara O. to favourites">♡</button></div>
<div class="card"><h3>Daniel R.</h3><p>£28 an hour · ★ 4.7</p><a href="/tutors/t-771">Daniel's profile</a><button type="button" class="intro" data-tutor-id="t-771">Book a free 15-min intro</button><button type="button" aria-label="Save Daniel R. to favourites">♡</button></div>
</div>
<button type="button" class="load-more">Show more tutors</button>
</main>`,
);

const tutorPair: PagePair = {
  name: 'tutor-finder',
  v1: tutorV1,
  v2: tutorV2,
  targets: [
    { selector: '#subject', expect: 'select[name="topic"]', change: 'moved into filters sidebar, renamed' },
    { selector: '#level-alevel', expect: 'button[data-level="a-level"]', change: 'radio became chip' },
    { selector: '#level-uni', expect: null, change: 'University level dropped, Adult learners added' },
    { selector: '#max-price', expect: 'input[name="budget"]', change: 'number became range slider' },
    { selector: '#search-tutors', expect: null, change: 'filters apply instantly, search button removed' },
    {
      selector: 'a.profile[data-tutor="t-908"]',
      expect: 'a[href="/tutors/t-908"]',
      change: 'View profile became name profile, cards re-sorted',
    },
    {
      selector: 'button.trial[data-tutor="t-771"]',
      expect: 'button.intro[data-tutor-id="t-771"]',
      change: 'trial lesson became free intro',
    },
    {
      selector: 'button.save[data-tutor="t-908"]',
      expect: 'button[aria-label="Save Amara O. to favourites"]',
      change: 'Save became heart icon',
    },
  ],
};

// ---------------------------------------------------------------- lift inspection checklist

const liftV1 = page(
  'Thorough examination — LiftSafe',
  `<header><a href="/" class="logo">LiftSafe Engineer</a><nav><a href="/jobs">Today's jobs</a><a href="/sites">Sites</a><a href="/reports">Reports</a></nav></header>
<main><h1>LOLER examination — Passenger lift 2</h1>
<p class="muted">Crown House, 14 Mill St · Otis Gen2 · last examined 12 Jan</p>
<table id="checklist"><tr><th>Item</th><th>Pass</th><th>Fail</th><th>N/A</th></tr>
<tr><td>Landing and car doors</td><td><input type="radio" name="chk-doors" value="pass"></td><td><input type="radio" name="chk-doors" value="fail"></td><td><input type="radio" name="chk-doors" value="na"></td></tr>
<tr><td>Brake</td><td><input type="radio" name="chk-brakes" value="pass"></td><td><input type="radio" name="chk-brakes" value="fail"></td><td><input type="radio" name="chk-brakes" value="na"></td></tr>
<tr><td>Suspension ropes</td><td><input type="radio" name="chk-ropes" value="pass"></td><td><input type="radio" name="chk-ropes" value="fail"></td><td><input type="radio" name="chk-ropes" value="na"></td></tr>
<tr><td>Machine room lighting</td><td><input type="radio" name="chk-lighting" value="pass"></td><td><input type="radio" name="chk-lighting" value="fail"></td><td><input type="radio" name="chk-lighting" value="na"></td></tr>
<tr><td>Alarm and intercom</td><td><input type="radio" name="chk-alarm" value="pass"></td><td><input type="radio" name="chk-alarm" value="fail"></td><td><input type="radio" name="chk-alarm" value="na"></td></tr>
</table>
<section><h2>Defects</h2>
<label for="severity">Severity</label> <select id="severity" name="severity"><option>A — immediate danger</option><option>B — within a specified period</option><option>C — advisory</option></select>
<textarea id="defect-text" name="defect" placeholder="Describe the defect"></textarea>
<button type="button" id="add-defect">Add defect</button></section>
<label class="row"><input type="checkbox" id="signoff" name="signoff"> I am a competent person and this examination is complete</label>
<div class="row"><button type="button" id="save-progress">Save progress</button><button type="button" id="complete">Complete examination</button></div>
</main>`,
);

const liftV2 = page(
  'Crown House · Lift 2 — LiftSafe',
  `<header><a href="/" class="logo">LiftSafe</a><nav><a href="/jobs">Jobs</a><a href="/sites">Sites</a><a href="/reports">Reports</a></nav><span class="badge">Autosaved 09:41</span></header>
<main><h1>Passenger lift 2</h1><p class="muted">Crown House · Otis Gen2 · thorough examination (LOLER)</p>
<div class="card"><h3>Doors (landing &amp; car)</h3><label><input type="radio" name="item_door_operation" value="ok"> OK</label> <label><input type="radio" name="item_door_operation" value="defect"> Defect</label> <label><input type="radio" name="item_door_operation" value="not_applicable"> Not applicable</label></div>
<div class="card"><h3>Alarm / emergency communication</h3><label><input type="radio" name="item_alarm" value="ok"> OK</label> <label><input type="radio" name="item_alarm" value="defect"> Defect</label> <label><input type="radio" name="item_alarm" value="not_applicable"> Not applicable</label></div>
<div class="card"><h3>Brake</h3><label><input type="radio" name="item_brake" value="ok"> OK</label> <label><input type="radio" name="item_brake" value="defect"> Defect</label> <label><input type="radio" name="item_brake" value="not_applicable"> Not applicable</label></div>
<div class="card"><h3>Ropes and terminations</h3><label><input type="radio" name="item_ropes" value="ok"> OK</label> <label><input type="radio" name="item_ropes" value="defect"> Defect</label> <label><input type="radio" name="item_ropes" value="not_applicable"> Not applicable</label></div>
<div class="card"><h3>Pit access ladder</h3><label><input type="radio" name="item_pit_ladder" value="ok"> OK</label> <label><input type="radio" name="item_pit_ladder" value="defect"> Defect</label> <label><input type="radio" name="item_pit_ladder" value="not_applicable"> Not applicable</label></div>
<section><h2>Record a defect</h2>
<label>Category <select name="risk"><option>A · Imminent risk of serious injury</option><option>B · Remedy within a specified time</option><option>C · Observation</option></select></label>
<textarea name="defect_description" placeholder="What did you find, and where?"></textarea>
<button type="button" class="new-defect">+ Add to report</button></section>
<label class="row"><input type="checkbox" id="competent-person-declaration" name="declaration"> I confirm I am a competent person under LOLER 1998</label>
<div class="row"><a href="/reports/draft.pdf" class="preview-pdf">Preview report</a><button type="button" class="finish">Sign and submit</button></div>
</main>`,
);

const liftPair: PagePair = {
  name: 'lift-inspection-checklist',
  v1: liftV1,
  v2: liftV2,
  targets: [
    {
      selector: 'input[name="chk-doors"][value="pass"]',
      expect: 'input[name="item_door_operation"][value="ok"]',
      change: 'Pass became OK, table became cards',
    },
    {
      selector: 'input[name="chk-brakes"][value="fail"]',
      expect: 'input[name="item_brake"][value="defect"]',
      change: 'Fail became Defect',
    },
    {
      selector: 'input[name="chk-alarm"][value="na"]',
      expect: 'input[name="item_alarm"][value="not_applicable"]',
      change: 'item moved up, N/A spelled out',
    },
    {
      selector: 'input[name="chk-lighting"][value="na"]',
      expect: null,
      change: 'machine room lighting item removed, pit ladder added',
    },
    {
      selector: '#severity',
      expect: 'select[name="risk"]',
      change: 'Severity became Category, options reworded',
    },
    { selector: '#add-defect', expect: 'button.new-defect', change: 'Add defect became + Add to report' },
    { selector: '#save-progress', expect: null, change: 'autosave replaced manual save' },
    { selector: '#complete', expect: 'button.finish', change: 'Complete examination became Sign and submit' },
  ],
};

export const BLIND7_PAIRS: readonly PagePair[] = [
  toolLibPair,
  gatePair,
  aquaPair,
  claimsPair,
  chemPair,
  tmPair,
  esportsPair,
  nurseryPair,
  auctionPair,
  dronePair,
  climbPair,
  lottoPair,
  kilnPair,
  laundryPair,
  loanPair,
  gravePair,
  seedPair,
  karaokePair,
  hackPair,
  cricketPair,
  artPair,
  divePair,
  tutorPair,
  liftPair,
];
