/**
 * Blind corpus 4, written without looking at the matcher: smart thermostat
 * schedule, electricity meter readings, car hire pick-up, food delivery
 * tracking, podcast subscriptions, veterinary appointments, photo editor
 * adjustments, legal case file, warehouse pick list, hotel guest folio, email
 * compose window, meeting scheduling poll, rental listing enquiry, run log,
 * tax return deductions, blood donation booking, allotment application,
 * conference agenda, bird survey sighting, garage service booking, flashcard
 * deck editor, bin collection schedule, arts grant application and an online
 * chess lobby.
 */
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- smart thermostat

const thermostatV1 = page(
  'Heating schedule — Nestwise',
  `<header><a href="/" class="brand">Nestwise</a><nav><a href="/home">Home</a><a href="/schedule" class="active">Schedule</a><a href="/energy">Energy</a><a href="/settings">Settings</a></nav><button type="button" id="away-mode">Away mode</button></header>
<main><h1>Heating schedule</h1>
<div class="row"><span>Current: <strong>19.5°C</strong></span><span class="muted">Target 20°C</span><button type="button" id="temp-down" title="Lower">▼</button><button type="button" id="temp-up" title="Raise">▲</button><button type="button" id="boost-1h">Boost 1 hour</button></div>
<div class="tabs row" role="tablist"><button role="tab" id="tab-weekdays" aria-selected="true">Weekdays</button><button role="tab" id="tab-weekend" aria-selected="false">Weekend</button><button role="tab" id="tab-holiday" aria-selected="false">Holiday</button></div>
<table id="periods"><tr><th>From</th><th>To</th><th>Temperature (°C)</th><th></th></tr>
<tr data-period="wake"><td>06:30</td><td>08:30</td><td><input type="number" name="temp_wake" value="20" step="0.5"></td><td><button type="button" class="del-period">Delete</button></td></tr>
<tr data-period="day"><td>08:30</td><td>17:00</td><td><input type="number" name="temp_day" value="16" step="0.5"></td><td><button type="button" class="del-period">Delete</button></td></tr>
<tr data-period="evening"><td>17:00</td><td>22:30</td><td><input type="number" name="temp_evening" value="21" step="0.5"></td><td><button type="button" class="del-period">Delete</button></td></tr>
<tr data-period="night"><td>22:30</td><td>06:30</td><td><input type="number" name="temp_night" value="15" step="0.5"></td><td><button type="button" class="del-period">Delete</button></td></tr>
</table>
<button type="button" id="add-period">+ Add period</button>
<h2>Options</h2>
<label class="row"><input type="checkbox" id="opt-preheat" checked> Smart preheat (reach the target temperature on time)</label>
<label class="row"><input type="checkbox" id="opt-frost"> Frost protection below 5°C</label>
<label for="hw-mode">Hot water</label> <select id="hw-mode"><option>Follow heating</option><option>Always on</option><option>Off</option></select>
<div class="row"><button type="button" id="save-schedule">Save schedule</button><button type="button" id="copy-to-weekend">Copy to weekend</button></div>
</main>
<footer>Firmware 4.2.1 · <a href="/support">Support</a></footer>`,
);

const thermostatV2 = page(
  'Schedule — Nestwise',
  `<header><a href="/" class="brand">Nestwise</a><nav><a href="/home">Home</a><a href="/schedule" class="active">Schedule</a><a href="/energy">Energy</a><a href="/settings">Settings</a></nav><label class="row away"><input type="checkbox" role="switch" id="away-switch"> Away</label></header>
<main><h1>Schedule</h1>
<section class="dial row"><button type="button" class="dial-btn" aria-label="Decrease target temperature">−</button><div class="reading"><strong>19.5°</strong> <span class="muted">now · set to 20°</span></div><button type="button" class="dial-btn" aria-label="Increase target temperature">+</button><button type="button" class="boost">Boost for 60 min</button></section>
<div class="tabs row" role="tablist"><button role="tab" data-days="mon-fri" aria-selected="true">Mon–Fri</button><button role="tab" data-days="sat-sun" aria-selected="false">Sat–Sun</button><button role="tab" data-days="custom" aria-selected="false">Custom days</button></div>
<div class="periods">
<div class="card period" data-slot="wake"><div class="row"><strong>Wake</strong><span class="muted">06:30 – 08:30</span><input type="number" name="wake" aria-label="Wake temperature" value="20" step="0.5"><button type="button" class="remove" aria-label="Remove wake period">✕</button></div></div>
<div class="card period" data-slot="day"><div class="row"><strong>Away at work</strong><span class="muted">08:30 – 17:00</span><input type="number" name="day" aria-label="Daytime temperature" value="16" step="0.5"><button type="button" class="remove" aria-label="Remove daytime period">✕</button></div></div>
<div class="card period" data-slot="evening"><div class="row"><strong>Evening</strong><span class="muted">17:00 – 22:30</span><input type="number" name="evening" aria-label="Evening temperature" value="21" step="0.5"><button type="button" class="remove" aria-label="Remove evening period">✕</button></div></div>
<div class="card period" data-slot="night"><div class="row"><strong>Sleep</strong><span class="muted">22:30 – 06:30</span><input type="number" name="night" aria-label="Night temperature" value="15" step="0.5"><button type="button" class="remove" aria-label="Remove night period">✕</button></div></div>
</div>
<button type="button" class="add">Add a time period</button>
<details open><summary>Advanced</summary>
<label class="row"><input type="checkbox" id="early-start" checked> Early start — warm up before each period begins</label>
<label class="row"><input type="checkbox" id="eco-mode"> Eco mode (1°C lower when electricity is expensive)</label>
<label for="hot-water">Hot water</label> <select id="hot-water"><option>Same as heating</option><option>Always on</option><option>Off</option></select>
</details>
<div class="row"><button type="submit" class="save">Save changes</button><button type="button" class="copy">Copy Mon–Fri to weekend</button></div>
</main>
<footer>Firmware 4.3.0 · <a href="/support">Help</a></footer>`,
);

const thermostatPair: PagePair = {
  name: 'thermostat-schedule',
  v1: thermostatV1,
  v2: thermostatV2,
  targets: [
    {
      selector: '#boost-1h',
      expect: 'button.boost',
      change: 'Boost 1 hour reworded to Boost for 60 min, moved into dial',
    },
    {
      selector: '#temp-up',
      expect: 'button[aria-label="Increase target temperature"]',
      change: 'arrow button became a + dial button with an aria-label',
    },
    {
      selector: '#tab-weekend',
      expect: '[role="tab"][data-days="sat-sun"]',
      change: 'Weekend tab relabelled Sat–Sun',
    },
    { selector: '#tab-holiday', expect: null, change: 'Holiday tab removed, Custom days tab in its place' },
    {
      selector: 'tr[data-period="evening"] .del-period',
      expect: '.period[data-slot="evening"] button.remove',
      change: 'table row became a card, Delete became an ✕ icon button',
    },
    {
      selector: '#opt-preheat',
      expect: '#early-start',
      change: 'Smart preheat renamed Early start, moved under Advanced',
    },
    { selector: '#opt-frost', expect: null, change: 'frost protection dropped, Eco mode checkbox added' },
    {
      selector: '#save-schedule',
      expect: 'button.save',
      change: 'Save schedule shortened to Save changes, id removed',
    },
  ],
};

// ---------------------------------------------------------------- meter readings

const meterV1 = page(
  'Submit a meter reading — Brightvolt Energy',
  `<header><a href="/" class="logo">Brightvolt Energy</a><nav><a href="/account">Account</a><a href="/bills">Bills</a><a href="/readings" class="current">Meter readings</a><a href="/help">Help</a></nav><a href="/logout" id="logout">Sign out</a></header>
<main><h1>Submit a meter reading</h1>
<p class="muted">Account 40019382 · 12 Orchard Lane, Bristol BS3 4QT</p>
<form id="reading-form">
<fieldset><legend>Which meter?</legend>
<label><input type="radio" name="meter" id="meter-elec" value="electricity" checked> Electricity (E10K 04512)</label>
<label><input type="radio" name="meter" id="meter-gas" value="gas"> Gas (G4 88120)</label>
</fieldset>
<label for="read-date">Date of reading</label><input type="date" id="read-date" name="readDate" value="2025-03-01">
<label for="read-day">Day rate reading (kWh)</label><input type="text" id="read-day" name="day" inputmode="numeric" placeholder="e.g. 04521">
<label for="read-night">Night rate reading (kWh)</label><input type="text" id="read-night" name="night" inputmode="numeric" placeholder="e.g. 01277">
<label for="read-photo">Photo of your meter (optional)</label><input type="file" id="read-photo" name="photo" accept="image/*">
<label class="row"><input type="checkbox" id="remind-me" name="remind"> Remind me to send a reading every month</label>
<div class="row"><button type="submit" id="submit-reading">Submit reading</button><button type="reset" id="clear-form">Clear</button></div>
</form>
<h2>Previous readings</h2>
<table id="history"><tr><th>Date</th><th>Meter</th><th>Reading</th><th>Source</th><th></th></tr>
<tr><td>01 Feb 2025</td><td>Electricity</td><td>04388 / 01240</td><td>You</td><td><a href="/readings/8812/edit" class="edit-reading">Edit</a></td></tr>
<tr><td>01 Jan 2025</td><td>Electricity</td><td>04201 / 01198</td><td>Estimated</td><td><a href="/readings/8641/edit" class="edit-reading">Edit</a></td></tr>
<tr><td>03 Dec 2024</td><td>Gas</td><td>11920</td><td>Engineer</td><td></td></tr>
</table>
<a href="/readings/export.csv" id="download-history">Download all readings (CSV)</a>
</main>
<footer><a href="/contact">Contact us</a> · <a href="/complaints">Complaints</a></footer>`,
);

const meterV2 = edit(meterV1, [
  ['<a href="/logout" id="logout">Sign out</a>', '<a href="/logout" class="logout">Log out</a>'],
  ['<h1>Submit a meter reading</h1>', '<h1>Give us a reading</h1>'],
  [
    '<label><input type="radio" name="meter" id="meter-elec" value="electricity" checked> Electricity (E10K 04512)</label>',
    '<label><input type="radio" name="fuel" value="electricity" checked> Electricity</label>',
  ],
  [
    '<label><input type="radio" name="meter" id="meter-gas" value="gas"> Gas (G4 88120)</label>',
    '<label><input type="radio" name="fuel" value="gas"> Gas</label>',
  ],
  [
    '<label for="read-day">Day rate reading (kWh)</label><input type="text" id="read-day" name="day"',
    '<label for="reading-peak">Peak reading</label><input type="text" id="reading-peak" name="peak"',
  ],
  [
    '<label for="read-night">Night rate reading (kWh)</label><input type="text" id="read-night" name="night"',
    '<label for="reading-offpeak">Off-peak reading</label><input type="text" id="reading-offpeak" name="offpeak"',
  ],
  [
    '<label for="read-photo">Photo of your meter (optional)</label><input type="file" id="read-photo" name="photo" accept="image/*">',
    '<label for="reading-notes">Anything we should know?</label><textarea id="reading-notes" name="notes" rows="2"></textarea>',
  ],
  [
    '<label class="row"><input type="checkbox" id="remind-me" name="remind"> Remind me to send a reading every month</label>',
    '<label class="row"><input type="checkbox" id="email-copy" name="emailCopy"> Email me a copy of this reading</label>',
  ],
  [
    '<button type="submit" id="submit-reading">Submit reading</button>',
    '<button type="submit" id="send-reading">Send reading</button>',
  ],
  [
    '<td><a href="/readings/8812/edit" class="edit-reading">Edit</a></td>',
    '<td><button type="button" class="row-action" data-reading="8812">Correct</button></td>',
  ],
  [
    '<td><a href="/readings/8641/edit" class="edit-reading">Edit</a></td>',
    '<td><button type="button" class="row-action" data-reading="8641">Correct</button></td>',
  ],
  [
    '<a href="/readings/export.csv" id="download-history">Download all readings (CSV)</a>',
    '<a href="/readings/export.csv" class="export">Export CSV</a>',
  ],
]);

const meterPair: PagePair = {
  name: 'meter-reading-submit',
  v1: meterV1,
  v2: meterV2,
  targets: [
    { selector: '#logout', expect: 'a.logout', change: 'Sign out became Log out, id swapped for a class' },
    {
      selector: '#meter-gas',
      expect: 'input[name="fuel"][value="gas"]',
      change: 'radio name changed, id and meter serial dropped',
    },
    {
      selector: '#read-day',
      expect: '#reading-peak',
      change: 'Day rate relabelled Peak reading, id and name changed',
    },
    { selector: '#read-photo', expect: null, change: 'photo upload removed, notes textarea in its place' },
    {
      selector: '#remind-me',
      expect: null,
      change: 'monthly reminder removed, email-a-copy checkbox in its place',
    },
    { selector: '#submit-reading', expect: '#send-reading', change: 'Submit reading became Send reading' },
    {
      selector: 'a[href="/readings/8812/edit"]',
      expect: 'button[data-reading="8812"]',
      change: 'Edit link in history row became a Correct button',
    },
    { selector: '#download-history', expect: 'a.export', change: 'download link shortened to Export CSV' },
  ],
};

// ---------------------------------------------------------------- car hire

const carHireV1 = page(
  'Your rental — DriveAway',
  `<header><a href="/" class="logo">DriveAway</a><nav><a href="/deals">Deals</a><a href="/locations">Locations</a><a href="/business">Business</a><a href="/manage">Manage booking</a></nav></header>
<main><h1>Your rental</h1>
<form id="search" class="grid">
<div><label for="pickup-loc">Pick-up location</label> <input id="pickup-loc" name="pickup" value="Lisbon Airport (LIS)"></div>
<div><label for="driver-age">Driver age</label> <select id="driver-age" name="age"><option>18–24</option><option selected>25–69</option><option>70+</option></select></div>
<div><label for="pickup-date">Pick-up date</label> <input type="date" id="pickup-date" name="from" value="2025-08-02"></div>
<div><label for="dropoff-date">Drop-off date</label> <input type="date" id="dropoff-date" name="to" value="2025-08-09"></div>
<label class="row"><input type="checkbox" id="same-return" checked> Return car to the same location</label>
<button type="submit" id="update-search">Update search</button>
</form>
<h2>Choose a car</h2>
<div class="card car" id="car-fiat500"><h3>Fiat 500 or similar</h3><p class="muted">4 seats · Manual · A/C</p><p>€212 total</p><button type="button" class="choose">Choose</button></div>
<div class="card car" id="car-golf"><h3>VW Golf or similar</h3><p class="muted">5 seats · Manual · A/C</p><p>€268 total</p><button type="button" class="choose">Choose</button></div>
<div class="card car" id="car-tiguan"><h3>VW Tiguan or similar</h3><p class="muted">5 seats · Automatic · SUV</p><p>€401 total</p><button type="button" class="choose">Choose</button></div>
<h2>Extras</h2>
<label class="row"><input type="checkbox" id="x-gps"> Sat nav (€6/day)</label>
<label class="row"><input type="checkbox" id="x-childseat"> Child seat (€8/day)</label>
<label class="row"><input type="checkbox" id="x-driver"> Additional driver (€10/day)</label>
<label class="row"><input type="checkbox" id="x-cover"> Full protection, no excess (€19/day)</label>
<div class="row"><input id="promo" name="promo" placeholder="Promo code"><button type="button" id="apply-promo">Apply</button></div>
<button type="button" id="reserve">Reserve now, pay at counter</button>
</main>
<footer><a href="/terms">Rental terms</a> · <a href="/help">Help</a></footer>`,
);

const carHireV2 = page(
  'Pick your car — DriveAway',
  `<header><a href="/" class="logo">DriveAway</a><nav><a href="/deals">Offers</a><a href="/locations">Branches</a><a href="/manage">My bookings</a></nav></header>
<main><div class="card summary row"><span><strong>Lisbon Airport (LIS)</strong> · 2 Aug – 9 Aug · driver 25–69</span><button type="button" class="search-again">Change search</button></div>
<h1>Pick your car</h1>
<table class="fleet"><tr><th>Car</th><th>Seats</th><th>Gearbox</th><th>Total</th><th></th></tr>
<tr data-car="tiguan"><td>VW Tiguan or similar <span class="badge">SUV</span></td><td>5</td><td>Automatic</td><td>€401</td><td><button type="button" class="select-car">Select</button></td></tr>
<tr data-car="golf"><td>VW Golf or similar</td><td>5</td><td>Manual</td><td>€268</td><td><button type="button" class="select-car">Select</button></td></tr>
<tr data-car="fiat500"><td>Fiat 500 or similar</td><td>4</td><td>Manual</td><td>€212</td><td><button type="button" class="select-car">Select</button></td></tr>
</table>
<h2>Add-ons</h2>
<div class="grid">
<label class="row"><input type="checkbox" id="extra-toll"> Toll transponder (€2/day)</label>
<label class="row">Child seats <select name="child_seats"><option>0</option><option>1</option><option>2</option></select> €8/day each</label>
<label class="row"><input type="checkbox" id="extra-driver"> Extra driver (€10/day)</label>
<label class="row"><input type="checkbox" id="extra-roadside"> Roadside assistance plus (€5/day)</label>
</div>
<details open><summary>Have a voucher?</summary><div class="row"><input name="voucher" placeholder="Voucher code"><button type="button" class="redeem">Redeem</button></div></details>
<p class="muted">Excess cover can be bought at the rental desk.</p>
<button type="button" id="book-pay-later">Book now — pay on arrival</button>
</main>
<footer><a href="/terms">Terms</a> · <a href="/help">Help centre</a></footer>`,
);

const carHirePair: PagePair = {
  name: 'car-hire-pickup',
  v1: carHireV1,
  v2: carHireV2,
  targets: [
    {
      selector: '#car-golf .choose',
      expect: 'tr[data-car="golf"] button.select-car',
      change: 'car cards became table rows sorted by price descending, Choose became Select',
    },
    {
      selector: '#car-tiguan .choose',
      expect: 'tr[data-car="tiguan"] button.select-car',
      change: 'card became the first table row',
    },
    { selector: '#x-gps', expect: null, change: 'sat nav extra dropped, toll transponder added first' },
    {
      selector: '#x-childseat',
      expect: 'select[name="child_seats"]',
      change: 'child seat checkbox became a quantity select',
    },
    { selector: '#x-driver', expect: '#extra-driver', change: 'Additional driver became Extra driver' },
    {
      selector: '#x-cover',
      expect: null,
      change: 'excess cover moved to the desk, roadside assistance added instead',
    },
    {
      selector: '#apply-promo',
      expect: 'button.redeem',
      change: 'promo code folded into a voucher disclosure, Apply became Redeem',
    },
    { selector: '#reserve', expect: '#book-pay-later', change: 'Reserve now, pay at counter reworded' },
  ],
};

// ---------------------------------------------------------------- food delivery tracking

const deliveryV1 = page(
  'Track your order — Munchly',
  `<header><a href="/" class="logo">Munchly</a><nav><a href="/restaurants">Restaurants</a><a href="/orders">Orders</a><a href="/offers">Offers</a></nav><a href="/account" class="account">Priya</a></header>
<main><h1>Your order is on its way</h1>
<ol class="row status"><li>Order placed</li><li>Preparing</li><li><strong>Out for delivery</strong></li><li>Delivered</li></ol>
<p>Estimated arrival <strong>19:42</strong> · Order #55120 from Tandoor Lane</p>
<div class="card courier"><h2>Your rider</h2><p>Marek · Bicycle</p>
<div class="row"><button type="button" id="call-courier">Call rider</button><button type="button" id="msg-courier">Message rider</button><button type="button" id="share-eta">Share ETA</button></div></div>
<div class="card"><h2>Delivery details</h2><p>Flat 3, 41 Canal Street</p><a href="/orders/55120/instructions" class="add-instructions">Add delivery instructions</a></div>
<div class="card tip"><h2>Tip your rider</h2><p class="muted">100% of the tip goes to Marek.</p>
<label><input type="radio" name="tip" id="tip-1" value="1"> £1</label>
<label><input type="radio" name="tip" id="tip-2" value="2"> £2</label>
<label><input type="radio" name="tip" id="tip-3" value="3"> £3</label>
<label><input type="radio" name="tip" id="tip-custom" value="custom"> Custom</label>
<button type="button" id="send-tip">Add tip</button></div>
<h2>Order summary</h2>
<ul><li>1 × Chicken tikka masala — £11.50</li><li>2 × Garlic naan — £6.00</li><li>1 × Mango lassi — £3.50</li></ul>
<div class="row"><button type="button" id="cancel-order">Cancel order</button><a href="/orders/55120/rate" id="rate-restaurant">Rate Tandoor Lane</a><a href="/orders/55120/problem" id="report-problem">Report a problem</a></div>
</main>
<footer><a href="/help">Help</a> · <a href="/riders">Ride with us</a></footer>`,
);

const deliveryV2 = page(
  'Order #55120 — Munchly',
  `<header><a href="/" class="logo">Munchly</a><nav><a href="/restaurants">Restaurants</a><a href="/orders">Orders</a><a href="/offers">Offers</a></nav><a href="/account" class="account">Priya</a></header>
<main><h1>Arriving at 19:42</h1>
<div class="progress" role="progressbar" aria-valuenow="3" aria-valuemin="1" aria-valuemax="4">Out for delivery</div>
<section class="card courier row"><div><strong>Marek</strong> is cycling to you</div>
<button type="button" aria-label="Call Marek">📞</button><button type="button" class="chat">Chat</button></section>
<section class="card"><h2>Drop-off</h2><p>Flat 3, 41 Canal Street</p><p class="muted">No note for the rider yet.</p><button type="button" class="edit-instructions">Add a note for Marek</button><button type="button" class="share-link">Share tracking link</button></section>
<section class="card tip"><h2>Say thanks with a tip</h2>
<div class="row" role="group" aria-label="Tip amount"><button type="button" data-tip="1">£1</button><button type="button" data-tip="2">£2</button><button type="button" data-tip="3">£3</button></div>
<label class="row">Other amount <input type="number" name="tip_other" min="0" step="0.5" placeholder="£"></label>
<button type="button" class="confirm-tip">Add tip</button></section>
<details open><summary>3 items · £21.00</summary><ul><li>Chicken tikka masala</li><li>Garlic naan × 2</li><li>Mango lassi</li></ul></details>
<div class="row"><button type="button" class="help-order">Get help with this order</button><a href="/help/orders/55120">Something wrong?</a></div>
</main>
<footer><a href="/help">Help</a> · <a href="/riders">Ride with us</a></footer>`,
);

const deliveryPair: PagePair = {
  name: 'food-delivery-tracker',
  v1: deliveryV1,
  v2: deliveryV2,
  targets: [
    {
      selector: '#call-courier',
      expect: 'button[aria-label="Call Marek"]',
      change: 'Call rider became a phone icon button labelled with the rider name',
    },
    { selector: '#msg-courier', expect: 'button.chat', change: 'Message rider became Chat' },
    { selector: '#tip-2', expect: 'button[data-tip="2"]', change: 'tip radio became a segmented button' },
    {
      selector: '#tip-custom',
      expect: 'input[name="tip_other"]',
      change: 'Custom radio replaced by an Other amount number input',
    },
    {
      selector: '#cancel-order',
      expect: null,
      change: 'cancel removed once out for delivery, Get help button in its place',
    },
    {
      selector: 'a.add-instructions',
      expect: 'button.edit-instructions',
      change: 'instructions link became a button, Add a note for Marek',
    },
    {
      selector: '#share-eta',
      expect: 'button.share-link',
      change: 'Share ETA moved to the drop-off card, reworded',
    },
    { selector: '#rate-restaurant', expect: null, change: 'rating link dropped from tracking page' },
  ],
};

// ---------------------------------------------------------------- podcast subscriptions

const podcastV1 = page(
  'Subscriptions — Pod Harbour',
  `<header><a href="/" class="logo">Pod Harbour</a><nav><a href="/discover">Discover</a><a href="/library" class="on">Library</a><a href="/queue">Up next</a><a href="/downloads">Downloads</a></nav><input type="search" id="q" placeholder="Search podcasts"></header>
<main><h1>Subscriptions</h1>
<div class="row"><label for="sort">Sort by</label> <select id="sort" name="sort"><option>Latest episode</option><option>Title</option><option>Unplayed count</option></select><button type="button" id="refresh-all">Refresh all</button></div>
<ul class="subs">
<li class="row" data-feed="daily-byte"><span class="cover">DB</span><span class="title">The Daily Byte</span><span class="badge">3 new</span><button type="button" class="settings">Settings</button><button type="button" class="unsub">Unsubscribe</button></li>
<li class="row" data-feed="slow-history"><span class="cover">SH</span><span class="title">Slow History</span><span class="badge">12 new</span><button type="button" class="settings">Settings</button><button type="button" class="unsub">Unsubscribe</button></li>
<li class="row" data-feed="garden-hour"><span class="cover">GH</span><span class="title">Garden Hour</span><button type="button" class="settings">Settings</button><button type="button" class="unsub">Unsubscribe</button></li>
<li class="row" data-feed="lab-notes"><span class="cover">LN</span><span class="title">Lab Notes</span><span class="badge">1 new</span><button type="button" class="settings">Settings</button><button type="button" class="unsub">Unsubscribe</button></li>
</ul>
<h2>Add a podcast</h2>
<form class="row" id="add-feed"><input type="url" id="feed-url" name="url" placeholder="https://example.com/feed.xml"><button type="submit" id="add-feed-btn">Add</button></form>
<p><a href="/library/import" id="import-opml">Import OPML</a> · <a href="/library/export.opml" id="export-opml">Export OPML</a></p>
</main>`,
);

const podcastV2 = page(
  'Library — Pod Harbour',
  `<header><a href="/" class="logo">Pod Harbour</a><nav><a href="/discover">Discover</a><a href="/library" class="on">Library</a><a href="/queue">Queue</a><a href="/downloads">Downloads</a></nav><input type="search" name="search" placeholder="Search"></header>
<main><div class="row"><h1>Following</h1><button type="button" class="mark-played">Mark all as played</button><label>Order <select name="order"><option>Recently updated</option><option>A–Z</option><option>Most unplayed</option></select></label></div>
<div class="grid3 shows">
<article class="card tile" data-show="daily-byte"><h3>The Daily Byte</h3><p class="muted">3 unplayed</p><div class="row"><button type="button" class="following" aria-pressed="true">Following</button><button type="button" aria-label="Settings for The Daily Byte">⚙</button></div></article>
<article class="card tile" data-show="garden-hour"><h3>Garden Hour</h3><p class="muted">All caught up</p><div class="row"><button type="button" class="following" aria-pressed="true">Following</button><button type="button" aria-label="Settings for Garden Hour">⚙</button></div></article>
<article class="card tile" data-show="lab-notes"><h3>Lab Notes</h3><p class="muted">1 unplayed</p><div class="row"><button type="button" class="following" aria-pressed="true">Following</button><button type="button" aria-label="Settings for Lab Notes">⚙</button></div></article>
<article class="card tile" data-show="slow-history"><h3>Slow History</h3><p class="muted">12 unplayed</p><div class="row"><button type="button" class="following" aria-pressed="true">Following</button><button type="button" aria-label="Settings for Slow History">⚙</button></div></article>
</div>
<section class="card"><h2>Follow by RSS</h2><form class="row"><input type="url" name="feed" placeholder="Paste a feed URL"><button type="submit" class="follow-url">Follow</button></form></section>
<section class="card"><h2>Move your library</h2><div class="row"><button type="button" class="import">Import from another app</button><button type="button" class="backup">Back up to cloud</button></div></section>
</main>`,
);

const podcastPair: PagePair = {
  name: 'podcast-subscriptions',
  v1: podcastV1,
  v2: podcastV2,
  targets: [
    {
      selector: 'li[data-feed="slow-history"] .unsub',
      expect: '.tile[data-show="slow-history"] button.following',
      change: 'list became tiles, Unsubscribe became a Following toggle, moved to the end',
    },
    {
      selector: 'li[data-feed="garden-hour"] .settings',
      expect: 'button[aria-label="Settings for Garden Hour"]',
      change: 'Settings text button became a gear icon',
    },
    {
      selector: '#sort',
      expect: 'select[name="order"]',
      change: 'Sort by select renamed Order, options reworded',
    },
    {
      selector: '#refresh-all',
      expect: null,
      change: 'manual refresh removed, Mark all as played in its place',
    },
    {
      selector: '#feed-url',
      expect: 'input[name="feed"]',
      change: 'feed URL field moved into a Follow by RSS card',
    },
    { selector: '#add-feed-btn', expect: 'button.follow-url', change: 'Add became Follow' },
    { selector: '#export-opml', expect: null, change: 'OPML export removed, cloud backup button added' },
    {
      selector: '#import-opml',
      expect: 'button.import',
      change: 'Import OPML link became Import from another app button',
    },
  ],
};

// ---------------------------------------------------------------- vet appointments

const vetV1 = page(
  'Book an appointment — Meadowbank Vets',
  `<header><a href="/" class="logo">Meadowbank Vets</a><nav><a href="/pets">My pets</a><a href="/appointments">Appointments</a><a href="/prescriptions">Repeat prescriptions</a><a href="/plan">Pet health plan</a></nav></header>
<main><h1>Book an appointment</h1>
<form id="booking">
<fieldset><legend>Which pet?</legend>
<label><input type="radio" name="pet" id="pet-bella" value="bella" checked> Bella (dog, 6 yrs)</label>
<label><input type="radio" name="pet" id="pet-mochi" value="mochi"> Mochi (cat, 2 yrs)</label>
</fieldset>
<a href="/pets/new" id="add-pet">Add a new pet</a>
<label for="reason">Reason for visit</label><select id="reason" name="reason"><option>Vaccination</option><option>Check-up</option><option>Illness or injury</option><option>Nurse clinic</option></select>
<label for="vet">Vet</label><select id="vet" name="vet"><option>No preference</option><option>Dr Okafor</option><option>Dr Lindqvist</option></select>
<label for="appt-date">Date</label><input type="date" id="appt-date" name="date" value="2025-04-17">
<div class="row slots"><button type="button" id="slot-0900" class="slot">09:00</button><button type="button" id="slot-0940" class="slot">09:40</button><button type="button" id="slot-1120" class="slot">11:20</button><button type="button" id="slot-1500" class="slot">15:00</button></div>
<label class="row"><input type="checkbox" id="video-consult"> Video consultation instead of visiting</label>
<label for="notes">Anything the vet should know?</label><textarea id="notes" name="notes" rows="3"></textarea>
<button type="submit" id="book-btn">Book appointment</button>
</form>
<h2>Upcoming</h2>
<ul id="upcoming"><li>Bella · Booster vaccination · 2 May, 10:20 <a href="/appointments/A-2291/reschedule" class="reschedule">Reschedule</a> <a href="/appointments/A-2291/cancel" class="cancel">Cancel</a></li>
<li>Mochi · Nurse clinic (nails) · 19 May, 16:00 <a href="/appointments/A-2310/reschedule" class="reschedule">Reschedule</a> <a href="/appointments/A-2310/cancel" class="cancel">Cancel</a></li></ul>
</main>
<footer>Out of hours? Call 0117 496 0001 · <a href="/emergency">Emergency care</a></footer>`,
);

const vetV2 = edit(vetV1, [
  ['<h1>Book an appointment</h1>', '<h1>Make a booking</h1>'],
  ['<legend>Which pet?</legend>', '<legend>Who is it for?</legend>'],
  [
    '<label><input type="radio" name="pet" id="pet-bella" value="bella" checked> Bella (dog, 6 yrs)</label>',
    '<label class="card"><input type="radio" name="patient" value="bella" checked> Bella</label>',
  ],
  [
    '<label><input type="radio" name="pet" id="pet-mochi" value="mochi"> Mochi (cat, 2 yrs)</label>',
    '<label class="card"><input type="radio" name="patient" value="mochi"> Mochi</label>',
  ],
  [
    '<a href="/pets/new" id="add-pet">Add a new pet</a>',
    '<a href="/pets/new" class="add-pet">Register another pet</a>',
  ],
  [
    '<label for="reason">Reason for visit</label><select id="reason" name="reason">',
    '<label for="visit-type">What is the visit for?</label><select id="visit-type" name="visitType">',
  ],
  [
    '<div class="row slots"><button type="button" id="slot-0900" class="slot">09:00</button><button type="button" id="slot-0940" class="slot">09:40</button><button type="button" id="slot-1120" class="slot">11:20</button><button type="button" id="slot-1500" class="slot">15:00</button></div>',
    '<div class="row times" role="group" aria-label="Available times"><button type="button" data-time="09:00">9:00am</button><button type="button" data-time="09:40">9:40am</button><button type="button" data-time="11:40">11:40am</button><button type="button" data-time="15:00">3:00pm</button></div>',
  ],
  [
    '<label class="row"><input type="checkbox" id="video-consult"> Video consultation instead of visiting</label>',
    '<label class="row"><input type="checkbox" id="home-visit"> Request a home visit (extra charge)</label>',
  ],
  [
    '<label for="notes">Anything the vet should know?</label><textarea id="notes" name="notes" rows="3"></textarea>',
    '<label for="symptoms">Symptoms or questions</label><textarea id="symptoms" name="symptoms" rows="4"></textarea>',
  ],
  [
    '<button type="submit" id="book-btn">Book appointment</button>',
    '<button type="submit" class="confirm-booking">Confirm booking</button>',
  ],
  ['<h2>Upcoming</h2>', '<h2>Coming up</h2>'],
  [
    '<a href="/appointments/A-2291/reschedule" class="reschedule">Reschedule</a> <a href="/appointments/A-2291/cancel" class="cancel">Cancel</a>',
    '<a href="/appointments/A-2291/change">Change time</a> <button type="button" class="cancel-appt" data-appt="A-2291">Cancel appointment</button>',
  ],
  [
    '<a href="/appointments/A-2310/reschedule" class="reschedule">Reschedule</a> <a href="/appointments/A-2310/cancel" class="cancel">Cancel</a>',
    '<a href="/appointments/A-2310/change">Change time</a> <button type="button" class="cancel-appt" data-appt="A-2310">Cancel appointment</button>',
  ],
]);

const vetPair: PagePair = {
  name: 'vet-appointments',
  v1: vetV1,
  v2: vetV2,
  targets: [
    {
      selector: '#pet-mochi',
      expect: 'input[name="patient"][value="mochi"]',
      change: 'pet radio renamed patient, id removed, label shortened',
    },
    {
      selector: '#reason',
      expect: '#visit-type',
      change: 'Reason for visit select relabelled, id and name changed',
    },
    {
      selector: '#slot-0940',
      expect: 'button[data-time="09:40"]',
      change: 'slot ids replaced by data-time, 12-hour labels',
    },
    { selector: '#slot-1120', expect: null, change: '11:20 slot gone, 11:40 offered instead' },
    {
      selector: '#video-consult',
      expect: null,
      change: 'video consultation dropped, home visit request added',
    },
    {
      selector: '#notes',
      expect: 'textarea[name="symptoms"]',
      change: 'notes textarea renamed Symptoms or questions',
    },
    {
      selector: '#book-btn',
      expect: 'button.confirm-booking',
      change: 'Book appointment became Confirm booking',
    },
    {
      selector: '#upcoming li:first-child a.cancel',
      expect: 'button[data-appt="A-2291"]',
      change: 'Cancel link became a Cancel appointment button',
    },
  ],
};

// ---------------------------------------------------------------- photo editor

const photoV1 = page(
  'IMG_4821.jpg — Lumen Editor',
  `<header><a href="/library" class="back">← Library</a><span>IMG_4821.jpg</span><button type="button" id="undo">Undo</button><button type="button" id="redo">Redo</button><button type="button" id="export-btn">Export</button></header>
<div class="toolbar row" id="tools"><button type="button" id="tool-crop">Crop</button><button type="button" id="tool-rotate-left">Rotate left</button><button type="button" id="tool-rotate-right">Rotate right</button><button type="button" id="tool-flip">Flip</button><button type="button" id="tool-heal">Heal</button></div>
<main><aside class="panel"><h2>Adjust</h2>
<button type="button" id="auto-enhance">Auto enhance</button>
<label for="adj-brightness">Brightness</label><input type="range" id="adj-brightness" min="-100" max="100" value="0">
<label for="adj-contrast">Contrast</label><input type="range" id="adj-contrast" min="-100" max="100" value="0">
<label for="adj-saturation">Saturation</label><input type="range" id="adj-saturation" min="-100" max="100" value="0">
<label for="adj-warmth">Warmth</label><input type="range" id="adj-warmth" min="-100" max="100" value="0">
<label for="adj-vignette">Vignette</label><input type="range" id="adj-vignette" min="0" max="100" value="0">
<button type="button" id="reset-adjust">Reset</button>
<h2>Filters</h2>
<div class="grid"><button type="button" data-preset="vivid">Vivid</button><button type="button" data-preset="mono">Mono</button><button type="button" data-preset="faded">Faded</button><button type="button" data-preset="noir">Noir</button></div>
</aside>
<div class="canvas" style="height:320px;background:#ddd">Photo preview</div></main>`,
);

const photoV2 = page(
  'Editing IMG_4821.jpg — Lumen',
  `<header><a href="/library" class="back" aria-label="Back to library">←</a><span>IMG_4821.jpg</span><div class="row history"><button type="button" aria-label="Undo">↶</button><button type="button" aria-label="Redo">↷</button></div><button type="button" class="download">Download</button></header>
<div class="toolbar row" role="toolbar" aria-label="Tools"><button type="button" aria-label="Crop" title="Crop (C)">⬚</button><button type="button" aria-label="Rotate 90° clockwise" title="Rotate (R)">↻</button><button type="button" aria-label="Flip horizontally">⇋</button><button type="button" aria-label="Spot heal">✚</button><button type="button" aria-label="Text">T</button></div>
<main><aside class="panel"><h2>Light</h2>
<label>Exposure <input type="range" name="exposure" min="-100" max="100" value="0"></label>
<label>Contrast <input type="range" name="contrast" min="-100" max="100" value="0"></label>
<h2>Colour</h2>
<label>Temperature <input type="range" name="temperature" min="-100" max="100" value="0"></label>
<label>Saturation <input type="range" name="saturation" min="-100" max="100" value="0"></label>
<h2>Effects</h2>
<label>Grain <input type="range" name="grain" min="0" max="100" value="0"></label>
<div class="row"><button type="button" aria-label="Auto-adjust">✨ Auto</button><button type="button" class="revert">Revert all</button></div>
<h2>Looks</h2>
<div class="grid"><button type="button" data-look="vivid">Vivid</button><button type="button" data-look="bw">B&amp;W</button><button type="button" data-look="faded">Faded</button><button type="button" data-look="film">Film</button></div>
</aside>
<div class="canvas" style="height:320px;background:#ddd">Photo preview</div></main>`,
);

const photoPair: PagePair = {
  name: 'photo-editor-adjust',
  v1: photoV1,
  v2: photoV2,
  targets: [
    {
      selector: '#tool-crop',
      expect: 'button[aria-label="Crop"]',
      change: 'text tool button became an icon with aria-label',
    },
    {
      selector: '#tool-rotate-left',
      expect: null,
      change: 'rotate left removed, only one rotate button remains',
    },
    {
      selector: '#tool-rotate-right',
      expect: 'button[aria-label="Rotate 90° clockwise"]',
      change: 'Rotate right became a single rotate icon',
    },
    {
      selector: '#adj-brightness',
      expect: 'input[name="exposure"]',
      change: 'Brightness slider renamed Exposure, grouped under Light',
    },
    {
      selector: '#adj-warmth',
      expect: 'input[name="temperature"]',
      change: 'Warmth renamed Temperature, moved under Colour',
    },
    {
      selector: '#adj-vignette',
      expect: null,
      change: 'vignette slider removed, grain slider added under Effects',
    },
    {
      selector: 'button[data-preset="mono"]',
      expect: 'button[data-look="bw"]',
      change: 'Filters became Looks, Mono renamed B&W',
    },
    { selector: '#export-btn', expect: 'button.download', change: 'Export relabelled Download' },
  ],
};

// ---------------------------------------------------------------- legal case file

const legalV1 = page(
  'Matter 2024-0178 — Hartley & Rowe Case Manager',
  `<header><a href="/" class="logo">Case Manager</a><nav><a href="/matters">Matters</a><a href="/clients">Clients</a><a href="/calendar">Court calendar</a><a href="/reports">Reports</a></nav><span class="user">J. Rowe</span></header>
<main><div class="row"><h1>Okonkwo v. Brightline Logistics Ltd</h1><span class="badge">Open</span><button type="button" id="edit-case">Edit case</button></div>
<p class="muted">Matter 2024-0178 · Employment tribunal · Responsible: J. Rowe</p>
<div class="tabs row" role="tablist"><button role="tab" id="tab-overview" aria-selected="false">Overview</button><button role="tab" id="tab-documents" aria-selected="true">Documents</button><button role="tab" id="tab-time" aria-selected="false">Time entries</button><button role="tab" id="tab-billing" aria-selected="false">Billing</button></div>
<section id="documents"><div class="row"><button type="button" id="upload-doc">Upload document</button><input type="search" id="doc-filter" placeholder="Filter documents"></div>
<table><tr><th>Name</th><th>Uploaded</th><th>By</th><th>Actions</th></tr>
<tr data-doc="d-311"><td>ET1 claim form.pdf</td><td>12 Mar 2025</td><td>JR</td><td><a href="/docs/d-311/download" class="download">Download</a> <button type="button" class="share">Share with client</button> <button type="button" class="delete">Delete</button></td></tr>
<tr data-doc="d-309"><td>Witness statement – A. Patel.docx</td><td>08 Mar 2025</td><td>SK</td><td><a href="/docs/d-309/download" class="download">Download</a> <button type="button" class="share">Share with client</button> <button type="button" class="delete">Delete</button></td></tr>
<tr data-doc="d-302"><td>Disclosure list v2.xlsx</td><td>27 Feb 2025</td><td>JR</td><td><a href="/docs/d-302/download" class="download">Download</a> <button type="button" class="share">Share with client</button> <button type="button" class="delete">Delete</button></td></tr>
</table></section>
<section class="card"><h2>Add a deadline</h2><form class="row"><input type="date" id="deadline-date"><input id="deadline-title" placeholder="e.g. Exchange witness statements"><select id="deadline-court"><option>Employment Tribunal (Leeds)</option><option>EAT</option></select><button type="submit" id="add-deadline">Add deadline</button></form></section>
<div class="row"><button type="button" id="log-time">Log time</button><button type="button" id="close-matter">Close matter</button></div>
</main>`,
);

const legalV2 = page(
  'Okonkwo v. Brightline Logistics Ltd — Case Manager',
  `<header><a href="/" class="logo">Case Manager</a><nav><a href="/matters">Matters</a><a href="/clients">Clients</a><a href="/calendar">Calendar</a><a href="/reports">Reports</a></nav><span class="user">J. Rowe</span></header>
<main><div class="row"><h1>Okonkwo v. Brightline Logistics Ltd</h1><span class="badge">Open</span><a href="/matters/2024-0178/edit" class="btn">Edit details</a><button type="button" class="add-time">Add time entry</button></div>
<p class="muted">2024-0178 · Employment tribunal · Fee earner: J. Rowe</p>
<div class="tabs row" role="tablist"><button role="tab" aria-controls="panel-summary" aria-selected="false">Summary</button><button role="tab" aria-controls="panel-files" aria-selected="true">Files</button><button role="tab" aria-controls="panel-timesheet" aria-selected="false">Timesheet</button><button role="tab" aria-controls="panel-notes" aria-selected="false">Notes</button></div>
<section id="panel-files"><div class="row"><button type="button" class="upload">Add files</button><input type="search" name="filter" placeholder="Search files"></div>
<div class="doc-card card row" data-file="d-311"><strong>ET1 claim form.pdf</strong><span class="muted">12 Mar · JR</span><a href="/files/d-311">Open</a><button type="button" class="send-portal">Send to client portal</button><button type="button" aria-label="Move to bin">🗑</button></div>
<div class="doc-card card row" data-file="d-309"><strong>Witness statement – A. Patel.docx</strong><span class="muted">8 Mar · SK</span><a href="/files/d-309">Open</a><button type="button" class="send-portal">Send to client portal</button><button type="button" aria-label="Move to bin">🗑</button></div>
<div class="doc-card card row" data-file="d-302"><strong>Disclosure list v2.xlsx</strong><span class="muted">27 Feb · JR</span><a href="/files/d-302">Open</a><button type="button" class="send-portal">Send to client portal</button><button type="button" aria-label="Move to bin">🗑</button></div>
</section>
<section class="card"><h2>Key dates</h2><form class="row"><input type="date" name="due"><input name="what" placeholder="What is due?"><select name="remind"><option>Remind me 1 week before</option><option>Remind me 2 days before</option></select><button type="submit" class="save-date">Save date</button></form></section>
<section class="card danger"><h2>Matter actions</h2><button type="button" id="archive-matter">Archive matter</button></section>
</main>`,
);

const legalPair: PagePair = {
  name: 'legal-case-file',
  v1: legalV1,
  v2: legalV2,
  targets: [
    {
      selector: '#tab-documents',
      expect: '[role="tab"][aria-controls="panel-files"]',
      change: 'Documents tab renamed Files, ids dropped',
    },
    {
      selector: '#tab-billing',
      expect: null,
      change: 'Billing tab moved out of the matter, Notes tab in its place',
    },
    {
      selector: 'tr[data-doc="d-311"] .share',
      expect: '.doc-card[data-file="d-311"] button.send-portal',
      change: 'table became cards, Share with client became Send to client portal',
    },
    {
      selector: 'tr[data-doc="d-309"] .delete',
      expect: '.doc-card[data-file="d-309"] button[aria-label="Move to bin"]',
      change: 'Delete became a bin icon labelled Move to bin',
    },
    {
      selector: '#log-time',
      expect: 'button.add-time',
      change: 'Log time moved to the header as Add time entry',
    },
    {
      selector: '#close-matter',
      expect: '#archive-matter',
      change: 'Close matter became Archive matter in a Matter actions card',
    },
    {
      selector: '#deadline-court',
      expect: null,
      change: 'court select dropped from the deadline form, reminder select added',
    },
    {
      selector: '#edit-case',
      expect: 'a[href="/matters/2024-0178/edit"]',
      change: 'Edit case button became an Edit details link',
    },
  ],
};

// ---------------------------------------------------------------- warehouse picking

const pickV1 = page(
  'Pick list PL-20931 — StockFlow WMS',
  `<header><span class="logo">StockFlow</span><span>Picker: D. Mensah · Zone B</span><button type="button" id="pause">Pause</button><a href="/logout">Sign out</a></header>
<main><h1>Pick list PL-20931</h1>
<p class="muted">Order 7781-A · 4 lines · Tote T-0412 <a href="/picks/PL-20931/tote" id="switch-tote">Switch tote</a></p>
<div class="row"><label for="scan">Scan item</label><input id="scan" name="scan" autofocus placeholder="Scan or type barcode"><button type="button" id="scan-go">Go</button></div>
<table id="lines"><tr><th>SKU</th><th>Description</th><th>Location</th><th>Qty</th><th>Picked</th><th></th></tr>
<tr data-sku="MUG-0042"><td>MUG-0042</td><td>Stoneware mug, sage</td><td>B-04-2</td><td>6</td><td><input type="number" class="picked" min="0" value="0"></td><td><button type="button" class="short">Short pick</button> <button type="button" class="skip">Skip</button></td></tr>
<tr data-sku="TEA-1180"><td>TEA-1180</td><td>Loose leaf tea, 250g</td><td>B-11-1</td><td>2</td><td><input type="number" class="picked" min="0" value="0"></td><td><button type="button" class="short">Short pick</button> <button type="button" class="skip">Skip</button></td></tr>
<tr data-sku="CUP-0007"><td>CUP-0007</td><td>Espresso cup set</td><td>B-02-5</td><td>1</td><td><input type="number" class="picked" min="0" value="0"></td><td><button type="button" class="short">Short pick</button> <button type="button" class="skip">Skip</button></td></tr>
<tr data-sku="TRY-0300"><td>TRY-0300</td><td>Bamboo serving tray</td><td>B-07-3</td><td>1</td><td><input type="number" class="picked" min="0" value="0"></td><td><button type="button" class="short">Short pick</button> <button type="button" class="skip">Skip</button></td></tr>
</table>
<div class="row"><button type="button" id="print-labels">Print labels</button><button type="button" id="complete-pick">Complete pick</button></div>
</main>`,
);

const pickV2 = page(
  'PL-20931 — StockFlow',
  `<header><span class="logo">StockFlow</span><span>D. Mensah · Zone B</span><button type="button" aria-label="Pause picking">⏸</button><a href="/logout">Log out</a></header>
<main><h1>PL-20931 <span class="badge">Tote T-0412</span></h1>
<form class="row scanner"><input name="barcode" placeholder="Scan barcode" autofocus><button type="submit" class="scan-submit">Enter</button></form>
<p class="muted">Walk order: lines sorted by bin location.</p>
<ol class="pick-lines">
<li class="card" data-sku="CUP-0007"><div class="row"><strong>B-02-5</strong><span>CUP-0007 · Espresso cup set</span><span>× 1</span><input type="number" aria-label="Quantity picked" min="0" value="0"><button type="button" class="shortage">Report shortage</button><button type="button" class="photo">Photo</button></div></li>
<li class="card" data-sku="MUG-0042"><div class="row"><strong>B-04-2</strong><span>MUG-0042 · Stoneware mug, sage</span><span>× 6</span><input type="number" aria-label="Quantity picked" min="0" value="0"><button type="button" class="shortage">Report shortage</button><button type="button" class="photo">Photo</button></div></li>
<li class="card" data-sku="TRY-0300"><div class="row"><strong>B-07-3</strong><span>TRY-0300 · Bamboo serving tray</span><span>× 1</span><input type="number" aria-label="Quantity picked" min="0" value="0"><button type="button" class="shortage">Report shortage</button><button type="button" class="photo">Photo</button></div></li>
<li class="card" data-sku="TEA-1180"><div class="row"><strong>B-11-1</strong><span>TEA-1180 · Loose leaf tea, 250g</span><span>× 2</span><input type="number" aria-label="Quantity picked" min="0" value="0"><button type="button" class="shortage">Report shortage</button><button type="button" class="photo">Photo</button></div></li>
</ol>
<div class="row"><button type="button" class="reprint">Reprint pick list</button><button type="button" class="finish">Finish &amp; send to packing</button></div>
</main>`,
);

const pickPair: PagePair = {
  name: 'warehouse-pick-list',
  v1: pickV1,
  v2: pickV2,
  targets: [
    {
      selector: '#scan',
      expect: 'input[name="barcode"]',
      change: 'scan field renamed barcode, label dropped',
    },
    {
      selector: 'tr[data-sku="MUG-0042"] input.picked',
      expect: 'li[data-sku="MUG-0042"] input[type="number"]',
      change: 'table rows became cards sorted by location',
    },
    {
      selector: 'tr[data-sku="TEA-1180"] .short',
      expect: 'li[data-sku="TEA-1180"] button.shortage',
      change: 'Short pick became Report shortage, line moved to the end',
    },
    {
      selector: 'tr[data-sku="CUP-0007"] .skip',
      expect: null,
      change: 'per-line Skip removed, Photo button added',
    },
    {
      selector: '#print-labels',
      expect: null,
      change: 'label printing moved to packing, Reprint pick list in its place',
    },
    {
      selector: '#complete-pick',
      expect: 'button.finish',
      change: 'Complete pick became Finish & send to packing',
    },
    {
      selector: '#pause',
      expect: 'button[aria-label="Pause picking"]',
      change: 'Pause became an icon button',
    },
    { selector: '#switch-tote', expect: null, change: 'switch tote link removed, tote shown as a badge' },
  ],
};

// ---------------------------------------------------------------- hotel guest folio

const folioV1 = page(
  'Folio 118-3307 — Front Desk',
  `<header><span class="logo">Front Desk</span><nav><a href="/arrivals">Arrivals</a><a href="/in-house">In house</a><a href="/departures">Departures</a><a href="/rooms">Room rack</a></nav><span>Shift: Evening</span></header>
<main><h1>Ms Helena Varga · Room 118</h1>
<p class="muted">Folio 118-3307 · 3 nights · Departs today · Rate: Bed &amp; Breakfast</p>
<table id="charges"><tr><th>Date</th><th>Description</th><th>Dept</th><th>Amount</th><th></th></tr>
<tr data-charge="c-7779"><td>14 Oct</td><td>Room charge</td><td>Rooms</td><td>€145.00</td><td><button type="button" class="void">Void</button></td></tr>
<tr data-charge="c-7781"><td>14 Oct</td><td>Bar – 2 × Negroni</td><td>Bar</td><td>€24.00</td><td><button type="button" class="void">Void</button></td></tr>
<tr data-charge="c-7790"><td>15 Oct</td><td>Room charge</td><td>Rooms</td><td>€145.00</td><td><button type="button" class="void">Void</button></td></tr>
<tr data-charge="c-7802"><td>15 Oct</td><td>Laundry</td><td>Housekeeping</td><td>€18.50</td><td><button type="button" class="void">Void</button></td></tr>
</table>
<p>Balance due: <strong>€332.50</strong></p>
<fieldset><legend>Post a charge</legend><div class="row">
<input id="charge-desc" name="desc" placeholder="Description"><input type="number" id="charge-amount" name="amount" step="0.01" placeholder="0.00">
<select id="charge-dept" name="dept"><option>Bar</option><option>Restaurant</option><option>Minibar</option><option>Housekeeping</option></select>
<button type="button" id="post-charge">Post charge</button></div></fieldset>
<div class="row"><button type="button" id="take-payment">Take payment</button><button type="button" id="split-folio">Split folio</button><a href="/folios/118-3307/print" id="print-folio">Print folio</a><a href="/folios/118-3307/email" id="email-folio">Email folio</a></div>
<button type="button" id="checkout">Check out</button>
</main>`,
);

const folioV2 = edit(folioV1, [
  ['<tr data-charge="c-7779">', '<tr data-line="c-7779">'],
  ['<tr data-charge="c-7781">', '<tr data-line="c-7781">'],
  ['<tr data-charge="c-7790">', '<tr data-line="c-7790">'],
  ['<tr data-charge="c-7802">', '<tr data-line="c-7802">'],
  [
    '<button type="button" class="void">Void</button>',
    '<button type="button" class="reverse">Reverse</button>',
  ],
  [
    '<button type="button" class="void">Void</button>',
    '<button type="button" class="reverse">Reverse</button>',
  ],
  [
    '<button type="button" class="void">Void</button>',
    '<button type="button" class="reverse">Reverse</button>',
  ],
  [
    '<button type="button" class="void">Void</button>',
    '<button type="button" class="reverse">Reverse</button>',
  ],
  ['<legend>Post a charge</legend>', '<legend>Add to folio</legend>'],
  [
    '<input id="charge-desc" name="desc" placeholder="Description">',
    '<input name="item" placeholder="Item or service">',
  ],
  ['<input type="number" id="charge-amount" name="amount"', '<input type="number" name="price"'],
  ['<select id="charge-dept" name="dept">', '<select name="outlet" aria-label="Outlet">'],
  [
    '<button type="button" id="post-charge">Post charge</button>',
    '<button type="button" class="add-line">Add</button>',
  ],
  [
    '<div class="row"><button type="button" id="take-payment">Take payment</button><button type="button" id="split-folio">Split folio</button><a href="/folios/118-3307/print" id="print-folio">Print folio</a><a href="/folios/118-3307/email" id="email-folio">Email folio</a></div>\n<button type="button" id="checkout">Check out</button>',
    '<div class="row toolbar"><button type="button" data-action="print">Print</button><button type="button" data-action="transfer">Transfer to company account</button></div>\n<div class="row"><button type="button" id="record-payment">Record payment</button><button type="button" class="checkout-guest">Check out guest</button></div>',
  ],
]);

const folioPair: PagePair = {
  name: 'hotel-guest-folio',
  v1: folioV1,
  v2: folioV2,
  targets: [
    {
      selector: 'tr[data-charge="c-7781"] button.void',
      expect: 'tr[data-line="c-7781"] button.reverse',
      change: 'Void renamed Reverse, row data attribute renamed',
    },
    {
      selector: '#charge-desc',
      expect: 'input[name="item"]',
      change: 'description field renamed Item or service',
    },
    { selector: '#charge-dept', expect: 'select[name="outlet"]', change: 'department select became Outlet' },
    { selector: '#post-charge', expect: 'button.add-line', change: 'Post charge shortened to Add' },
    {
      selector: '#take-payment',
      expect: '#record-payment',
      change: 'Take payment became Record payment, moved next to checkout',
    },
    {
      selector: '#split-folio',
      expect: null,
      change: 'split folio removed, transfer to company account in its place',
    },
    {
      selector: '#print-folio',
      expect: 'button[data-action="print"]',
      change: 'Print folio link became a toolbar Print button',
    },
    { selector: '#email-folio', expect: null, change: 'email folio dropped from the toolbar' },
  ],
};

// ---------------------------------------------------------------- email compose

const composeV1 = page(
  'New message — Postbox',
  `<header><a href="/mail" class="logo">Postbox</a><input type="search" id="mail-search" placeholder="Search mail"><a href="/settings">Settings</a></header>
<div class="sidebar"><a href="/mail/inbox">Inbox (12)</a><br><a href="/mail/sent">Sent</a><br><a href="/mail/drafts">Drafts</a><br><a href="/mail/spam">Spam</a></div>
<main><div class="modal compose"><h2>New message</h2>
<form id="compose">
<div class="row"><label for="to">To</label><input id="to" name="to" type="text" size="34"><a href="#cc" id="add-cc">Cc</a><a href="#bcc" id="add-bcc">Bcc</a></div>
<div class="row"><label for="subject">Subject</label><input id="subject" name="subject" size="34"></div>
<div class="row toolbar"><button type="button" id="fmt-bold"><b>B</b></button><button type="button" id="fmt-italic"><i>I</i></button><button type="button" id="fmt-link">Link</button><button type="button" id="attach">Attach</button></div>
<textarea id="body" name="body" rows="8"></textarea>
<label class="row"><input type="checkbox" id="read-receipt"> Request a read receipt</label>
<div class="row"><button type="submit" id="send-btn">Send</button><select id="schedule"><option>Send now</option><option>Tomorrow 8:00</option><option>Monday 8:00</option></select><button type="button" id="save-draft">Save draft</button><button type="button" id="discard">Discard</button></div>
</form></div></main>`,
);

const composeV2 = page(
  'Draft — Postbox',
  `<header><a href="/mail" class="logo">Postbox</a><input type="search" name="q" placeholder="Search"><a href="/settings" aria-label="Settings">⚙</a></header>
<div class="sidebar"><a href="/mail/inbox">Inbox (12)</a><br><a href="/mail/sent">Sent</a><br><a href="/mail/drafts">Drafts</a><br><a href="/mail/spam">Junk</a></div>
<main><div class="modal compose"><div class="row"><h2>New message</h2><span class="muted autosave">Draft saved</span><button type="button" aria-label="Discard draft">🗑</button></div>
<form>
<div class="row"><input name="recipients" type="text" size="34" placeholder="Recipients"><button type="button" class="cc-toggle">Cc</button><button type="button" class="bcc-toggle">Bcc</button></div>
<input name="subject" size="40" placeholder="Subject">
<div class="row toolbar" role="toolbar" aria-label="Formatting"><button type="button" aria-label="Bold (Ctrl+B)">B</button><button type="button" aria-label="Italic (Ctrl+I)">I</button><button type="button" aria-label="Insert link">🔗</button><button type="button" aria-label="Bulleted list">•</button><button type="button" aria-label="Attach files">📎</button></div>
<textarea name="message" rows="8" aria-label="Message body"></textarea>
<label class="row"><input type="checkbox" name="confidential"> Confidential mode (recipients cannot forward or download)</label>
<div class="row"><button type="submit" class="send">Send</button><button type="button" class="send-later">Send later…</button></div>
</form></div></main>`,
);

const composePair: PagePair = {
  name: 'email-compose',
  v1: composeV1,
  v2: composeV2,
  targets: [
    {
      selector: '#to',
      expect: 'input[name="recipients"]',
      change: 'To field became a Recipients input with placeholder only',
    },
    { selector: '#add-cc', expect: 'button.cc-toggle', change: 'Cc link became a toggle button' },
    {
      selector: '#fmt-bold',
      expect: 'button[aria-label="Bold (Ctrl+B)"]',
      change: 'bold button gained an aria-label, id dropped',
    },
    {
      selector: '#attach',
      expect: 'button[aria-label="Attach files"]',
      change: 'Attach became a paperclip icon, moved after a new list button',
    },
    { selector: '#send-btn', expect: 'button.send', change: 'id removed, class added' },
    { selector: '#save-draft', expect: null, change: 'manual save removed in favour of autosave' },
    {
      selector: '#discard',
      expect: 'button[aria-label="Discard draft"]',
      change: 'Discard moved to the header as a bin icon',
    },
    {
      selector: '#read-receipt',
      expect: null,
      change: 'read receipt option removed, confidential mode added',
    },
  ],
};

// ---------------------------------------------------------------- meeting poll

const pollV1 = page(
  'Q3 planning offsite — When2Meet Up',
  `<header><a href="/" class="logo">MeetUp Poll</a><a href="/polls">My polls</a><a href="/new">New poll</a></header>
<main><h1>Q3 planning offsite</h1>
<p class="muted">Organised by Tomasz · 90 minutes · Video call</p>
<div class="row"><button type="button" id="copy-link">Copy link</button><button type="button" id="close-poll">Close poll</button></div>
<label for="your-name">Your name</label><input id="your-name" name="name" value="">
<table id="grid"><tr><th></th><th>Tue 8 Jul 10:00</th><th>Tue 8 Jul 14:00</th><th>Wed 9 Jul 11:00</th><th>Thu 10 Jul 15:00</th></tr>
<tr><td>Tomasz</td><td>✓</td><td>✓</td><td></td><td>✓</td></tr>
<tr><td>Aiko</td><td>✓</td><td></td><td>✓</td><td>✓</td></tr>
<tr><td>Femi</td><td></td><td>✓</td><td>✓</td><td></td></tr>
<tr class="you"><td>You</td><td><input type="checkbox" id="avail-tue-1000"></td><td><input type="checkbox" id="avail-tue-1400"></td><td><input type="checkbox" id="avail-wed-1100"></td><td><input type="checkbox" id="avail-thu-1500"></td></tr>
</table>
<label class="row"><input type="checkbox" id="if-need-be"> Show “if need be” answers</label>
<button type="button" id="save-avail">Save my availability</button>
<h2>Comments</h2>
<p><strong>Aiko:</strong> Thursday works best for the Tokyo team.</p>
<textarea id="comment-text" rows="2" placeholder="Write a comment"></textarea>
<button type="button" id="post-comment">Post comment</button>
</main>`,
);

const pollV2 = page(
  'Q3 planning offsite — MeetUp Poll',
  `<header><a href="/" class="logo">MeetUp Poll</a><a href="/polls">Your polls</a><a href="/new" class="btn">Create poll</a></header>
<main><div class="row"><h1>Q3 planning offsite</h1><button type="button" class="share">Share poll</button><button type="button" class="finalise">Pick final time</button></div>
<p class="muted">Tomasz · 90 min · Video call</p>
<label>Your name <input name="participant" placeholder="So others know who you are"></label>
<div class="grid slots">
<div class="card slot-card" data-slot="tue-1000"><h3>Tue 8 Jul · 10:00</h3><p class="muted">2 yes</p><div class="row" role="group" aria-label="Tue 8 Jul 10:00"><button type="button" data-answer="yes">Yes</button><button type="button" data-answer="maybe">If need be</button><button type="button" data-answer="no">No</button></div></div>
<div class="card slot-card" data-slot="tue-1400"><h3>Tue 8 Jul · 14:00</h3><p class="muted">2 yes</p><div class="row" role="group" aria-label="Tue 8 Jul 14:00"><button type="button" data-answer="yes">Yes</button><button type="button" data-answer="maybe">If need be</button><button type="button" data-answer="no">No</button></div></div>
<div class="card slot-card" data-slot="wed-1100"><h3>Wed 9 Jul · 11:00</h3><p class="muted">2 yes</p><div class="row" role="group" aria-label="Wed 9 Jul 11:00"><button type="button" data-answer="yes">Yes</button><button type="button" data-answer="maybe">If need be</button><button type="button" data-answer="no">No</button></div></div>
<div class="card slot-card" data-slot="fri-0900"><h3>Fri 11 Jul · 09:00</h3><p class="muted">new</p><div class="row" role="group" aria-label="Fri 11 Jul 09:00"><button type="button" data-answer="yes">Yes</button><button type="button" data-answer="maybe">If need be</button><button type="button" data-answer="no">No</button></div></div>
</div>
<button type="button" class="save-answers">Submit answers</button>
<p class="muted">Comments are turned off for this poll.</p>
</main>`,
);

const pollPair: PagePair = {
  name: 'meeting-poll',
  v1: pollV1,
  v2: pollV2,
  targets: [
    {
      selector: '#your-name',
      expect: 'input[name="participant"]',
      change: 'name input renamed, label wraps it',
    },
    {
      selector: '#avail-tue-1000',
      expect: '.slot-card[data-slot="tue-1000"] button[data-answer="yes"]',
      change: 'grid checkbox became a Yes button on a per-slot card',
    },
    {
      selector: '#avail-thu-1500',
      expect: null,
      change: 'Thursday slot removed by organiser, Friday slot added',
    },
    {
      selector: '#save-avail',
      expect: 'button.save-answers',
      change: 'Save my availability became Submit answers',
    },
    { selector: '#copy-link', expect: 'button.share', change: 'Copy link became Share poll' },
    { selector: '#close-poll', expect: 'button.finalise', change: 'Close poll became Pick final time' },
    { selector: '#comment-text', expect: null, change: 'comments turned off' },
    { selector: '#post-comment', expect: null, change: 'comments turned off, button removed' },
  ],
};

// ---------------------------------------------------------------- rental listing

const listingV1 = page(
  '2 bed flat to rent, Hackney E8 — Homefinder',
  `<header><a href="/" class="logo">Homefinder</a><nav><a href="/to-rent">To rent</a><a href="/for-sale">For sale</a><a href="/saved">Saved</a></nav><a href="/signin">Sign in</a></header>
<main><p><a href="/to-rent/search?area=hackney" id="back-results">← Back to results</a></p>
<div class="gallery row"><button type="button" id="gallery-prev">‹ Prev</button><div style="width:420px;height:240px;background:#ccc">Photo 1 of 14</div><button type="button" id="gallery-next">Next ›</button></div>
<div class="row"><h1>2 bed flat, Mare Street, E8</h1><button type="button" id="save-listing">♡ Save</button><button type="button" id="share-listing">Share</button></div>
<p><strong>£2,150 pcm</strong> · Available 1 Sept · Unfurnished · EPC C</p>
<aside class="card"><h2>Book a viewing</h2>
<form id="enquiry">
<label for="enq-name">Name</label><input id="enq-name" name="name">
<label for="enq-email">Email</label><input type="email" id="enq-email" name="email">
<label for="enq-phone">Phone</label><input type="tel" id="enq-phone" name="phone">
<label for="enq-msg">Message</label><textarea id="enq-msg" name="message" rows="3">I would like to arrange a viewing.</textarea>
<button type="submit" id="enq-send">Send enquiry</button>
</form>
<p>Or call <a href="tel:+442079460321">020 7946 0321</a></p></aside>
<h2>About this home</h2><p>Second-floor flat in a converted Victorian building, two double bedrooms, new kitchen, close to London Fields.</p>
<p><a href="/calculators/affordability" id="affordability">Can I afford this?</a></p>
<h2>Similar homes</h2>
<div class="grid3 similar">
<div class="card"><p>2 bed, Dalston Lane · £2,050 pcm</p><a href="/to-rent/88213">View</a></div>
<div class="card"><p>2 bed, Well Street · £2,200 pcm</p><a href="/to-rent/88407">View</a></div>
<div class="card"><p>1 bed, Mare Street · £1,700 pcm</p><a href="/to-rent/88590">View</a></div>
</div>
</main>`,
);

const listingV2 = page(
  'Mare Street, E8 · £2,150 pcm — Homefinder',
  `<header><a href="/" class="logo">Homefinder</a><nav><a href="/to-rent">Rent</a><a href="/for-sale">Buy</a><a href="/saved">Shortlist</a></nav><a href="/signin">Log in</a></header>
<main><div class="row"><a href="/to-rent/search?area=hackney">Search results</a><button type="button" aria-label="Add to shortlist">♡</button><button type="button" aria-label="Share this home">⤴</button></div>
<div class="gallery"><div style="width:560px;height:280px;background:#ccc">1 / 14</div><div class="row"><button type="button" aria-label="Previous photo">‹</button><button type="button" aria-label="Next photo">›</button><button type="button" class="floorplan">Floorplan</button></div></div>
<h1>2 bedroom flat to rent</h1><p>Mare Street, London E8 · <strong>£2,150 pcm</strong> (£496 pw)</p>
<div class="grid"><section><h2>Key features</h2><ul><li>Available 1 September</li><li>Unfurnished</li><li>EPC rating C</li><li>Close to London Fields</li></ul>
<a href="/tools/rent-affordability">Check what you can afford</a></section>
<section class="card"><h2>Arrange a viewing</h2>
<form>
<label>Full name <input name="full_name"></label>
<label>Email address <input type="email" name="email_address"></label>
<label>When suits you? <select name="availability"><option>Weekday evenings</option><option>Weekends</option><option>Any time</option></select></label>
<label>Message <textarea name="note" rows="3">I would like to arrange a viewing.</textarea></label>
<button type="submit" class="request-viewing">Request viewing</button>
</form>
<button type="button" class="reveal-phone">Show agent phone number</button></section></div>
<h2>You might also like</h2>
<div class="grid3 similar">
<div class="card"><p>2 bed, Well Street · £2,200 pcm</p><a href="/to-rent/88407">See details</a></div>
<div class="card"><p>2 bed, Richmond Road · £2,100 pcm</p><a href="/to-rent/88650">See details</a></div>
<div class="card"><p>1 bed, Mare Street · £1,700 pcm</p><a href="/to-rent/88590">See details</a></div>
</div>
</main>`,
);

const listingPair: PagePair = {
  name: 'rental-listing-enquiry',
  v1: listingV1,
  v2: listingV2,
  targets: [
    {
      selector: '#gallery-next',
      expect: 'button[aria-label="Next photo"]',
      change: 'gallery arrows moved under the photo as icons',
    },
    {
      selector: '#save-listing',
      expect: 'button[aria-label="Add to shortlist"]',
      change: 'Save heart became Add to shortlist icon',
    },
    {
      selector: '#enq-email',
      expect: 'input[name="email_address"]',
      change: 'email field renamed Email address, id dropped',
    },
    { selector: '#enq-phone', expect: null, change: 'phone field removed, availability select added' },
    {
      selector: '#enq-send',
      expect: 'button.request-viewing',
      change: 'Send enquiry became Request viewing',
    },
    {
      selector: 'a[href="tel:+442079460321"]',
      expect: 'button.reveal-phone',
      change: 'phone link replaced by a Show agent phone number button',
    },
    {
      selector: '.similar a[href="/to-rent/88213"]',
      expect: null,
      change: 'Dalston Lane flat let, Richmond Road shown instead',
    },
    {
      selector: '#affordability',
      expect: 'a[href="/tools/rent-affordability"]',
      change: 'affordability link reworded and moved',
    },
  ],
};

// ---------------------------------------------------------------- run log

const runV1 = page(
  'Log a workout — Stride',
  `<header><a href="/" class="logo">Stride</a><nav><a href="/feed">Feed</a><a href="/training">Training</a><a href="/log" class="active">Log</a><a href="/clubs">Clubs</a></nav><a href="/me">Me</a></header>
<main><h1>Log a workout</h1>
<form id="workout" class="card">
<fieldset><legend>Activity</legend>
<label><input type="radio" name="type" id="type-run" value="run" checked> Run</label>
<label><input type="radio" name="type" id="type-ride" value="ride"> Ride</label>
<label><input type="radio" name="type" id="type-swim" value="swim"> Swim</label>
<label><input type="radio" name="type" id="type-walk" value="walk"> Walk</label>
</fieldset>
<label for="w-date">Date</label><input type="date" id="w-date" name="date" value="2025-05-11">
<div class="row"><label for="distance">Distance</label><input type="number" id="distance" name="distance" step="0.01"><select id="unit" name="unit"><option>km</option><option>mi</option></select></div>
<div class="row"><label>Time</label><input type="number" id="dur-h" placeholder="h" min="0"><input type="number" id="dur-m" placeholder="m" min="0"><input type="number" id="dur-s" placeholder="s" min="0"></div>
<label for="effort">Perceived effort (1–10)</label><input type="range" id="effort" name="effort" min="1" max="10" value="5">
<label for="w-notes">Notes</label><textarea id="w-notes" name="notes" rows="2"></textarea>
<label class="row"><input type="checkbox" id="private"> Private — only visible to me</label>
<button type="submit" id="save-activity">Save activity</button>
</form>
<h2>Recent</h2>
<ul id="recent">
<li data-id="w-551" class="row">Sat · Run · 10.2 km · 52:18 <a href="/log/w-551/edit" class="edit">Edit</a> <button type="button" class="delete">Delete</button></li>
<li data-id="w-549" class="row">Thu · Ride · 31.5 km · 1:12:40 <a href="/log/w-549/edit" class="edit">Edit</a> <button type="button" class="delete">Delete</button></li>
<li data-id="w-546" class="row">Tue · Swim · 1.5 km · 34:05 <a href="/log/w-546/edit" class="edit">Edit</a> <button type="button" class="delete">Delete</button></li>
</ul>
</main>`,
);

const runV2 = page(
  'New activity — Stride',
  `<header><a href="/" class="logo">Stride</a><nav><a href="/feed">Home</a><a href="/training">Plans</a><a href="/log" class="active">Log</a><a href="/clubs">Clubs</a></nav><a href="/me" aria-label="Your profile">👤</a></header>
<main><h1>New activity</h1>
<form class="card">
<div class="row sport" role="group" aria-label="Sport"><button type="button" data-sport="run" aria-pressed="true">🏃 Run</button><button type="button" data-sport="ride" aria-pressed="false">🚴 Ride</button><button type="button" data-sport="walk" aria-pressed="false">🚶 Walk</button><button type="button" data-sport="hike" aria-pressed="false">🥾 Hike</button></div>
<div class="grid"><label>When <input type="datetime-local" name="started_at" value="2025-05-11T08:00"></label>
<label>Distance (km) <input type="number" name="distance_km" step="0.01"></label>
<label>Moving time <input type="text" name="duration" placeholder="hh:mm:ss"></label>
<label>How hard was it? <input type="range" name="rpe" min="1" max="10" value="5"></label></div>
<label>Description <textarea name="description" rows="2" placeholder="How did it go?"></textarea></label>
<label>Who can see this <select name="visibility"><option>Everyone</option><option>Followers</option><option>Only me</option></select></label>
<button type="submit" class="log-activity">Log activity</button>
</form>
<h2>Your last workouts</h2>
<ol class="feed">
<li data-activity="w-551" class="row card">Run · 10.2 km · Saturday <a href="/log/w-551/edit" class="edit-link" aria-label="Edit Saturday run">✎</a> <button type="button" class="remove">Remove</button></li>
<li data-activity="w-549" class="row card">Ride · 31.5 km · Thursday <a href="/log/w-549/edit" class="edit-link" aria-label="Edit Thursday ride">✎</a> <button type="button" class="remove">Remove</button></li>
<li data-activity="w-546" class="row card">Swim · 1.5 km · Tuesday <a href="/log/w-546/edit" class="edit-link" aria-label="Edit Tuesday swim">✎</a> <button type="button" class="remove">Remove</button></li>
</ol>
</main>`,
);

const runPair: PagePair = {
  name: 'run-log',
  v1: runV1,
  v2: runV2,
  targets: [
    {
      selector: '#type-ride',
      expect: 'button[data-sport="ride"]',
      change: 'activity radios became icon segmented buttons',
    },
    { selector: '#type-swim', expect: null, change: 'Swim no longer loggable here, Hike added' },
    {
      selector: '#distance',
      expect: 'input[name="distance_km"]',
      change: 'unit select removed, field renamed distance_km',
    },
    { selector: '#effort', expect: 'input[name="rpe"]', change: 'effort slider renamed How hard was it?' },
    {
      selector: '#private',
      expect: 'select[name="visibility"]',
      change: 'Private checkbox became a visibility select',
    },
    {
      selector: '#save-activity',
      expect: 'button.log-activity',
      change: 'Save activity became Log activity',
    },
    {
      selector: '#recent li[data-id="w-551"] .delete',
      expect: 'ol.feed li[data-activity="w-551"] button.remove',
      change: 'Delete became Remove, list restyled as cards',
    },
    {
      selector: '#recent li[data-id="w-549"] .edit',
      expect: 'li[data-activity="w-549"] a.edit-link',
      change: 'Edit text link became a pencil icon',
    },
  ],
};

// ---------------------------------------------------------------- tax return deductions

const taxV1 = page(
  'Deductions — Self Assessment 2024–25',
  `<header><span class="logo">TaxFile</span><span>Tax year 6 April 2024 to 5 April 2025</span><a href="/help/deductions">Help</a></header>
<nav class="steps"><a href="/return/personal">1. About you</a><a href="/return/income">2. Income</a><a href="/return/deductions" aria-current="step">3. Deductions</a><a href="/return/review">4. Review</a><a href="/return/submit">5. Submit</a></nav>
<main><h1>Deductions and reliefs</h1>
<p class="muted">Tick everything that applies to you. We will ask for amounts next to each one.</p>
<form id="deductions">
<label class="row"><input type="checkbox" id="ded-charity" name="charity" checked> Gift Aid donations to charity</label>
<label for="amt-charity">Total donated (£)</label><input type="number" id="amt-charity" name="charityAmount" step="0.01" value="240.00">
<label class="row"><input type="checkbox" id="ded-home" name="home"> Working from home expenses</label>
<label class="row"><input type="checkbox" id="ded-pension" name="pension"> Private pension contributions</label>
<label for="amt-pension">Total paid in (£)</label><input type="number" id="amt-pension" name="pensionAmount" step="0.01">
<label class="row"><input type="checkbox" id="ded-medical" name="medical"> Medical expenses not covered by the NHS</label>
<label for="upload-receipts">Upload receipts (PDF or image)</label><input type="file" id="upload-receipts" name="receipts" multiple>
<div class="row"><button type="button" id="btn-back">Back</button><button type="submit" id="btn-continue">Continue</button><button type="button" id="btn-save-exit">Save and exit</button></div>
</form></main>`,
);

const taxV2 = page(
  'Reliefs — Self Assessment 2024–25',
  `<header><span class="logo">TaxFile</span><span>2024–25 tax year</span><a href="/help/deductions">Guidance</a></header>
<nav class="steps"><a href="/return/personal">About you</a><a href="/return/income">Income</a><a href="/return/deductions" aria-current="step">Reliefs</a><a href="/return/expenses">Other expenses</a><a href="/return/review">Check answers</a></nav>
<main><h1>Can you claim any reliefs?</h1>
<div class="card"><h2>Gift Aid</h2><p>Did you give money to charity using Gift Aid?</p>
<div class="row"><label><input type="radio" name="gift_aid_claim" value="yes" checked> Yes</label><label><input type="radio" name="gift_aid_claim" value="no"> No</label></div>
<label for="gift-aid-total">How much did you give? (£)</label> <input type="text" inputmode="decimal" id="gift-aid-total" name="giftAidTotal" value="240.00"></div>
<div class="card"><h2>Pension contributions</h2><p>Did you pay into a private pension?</p>
<div class="row"><label><input type="radio" name="pension_claim" value="yes"> Yes</label><label><input type="radio" name="pension_claim" value="no"> No</label></div>
<label for="pension-total">Amount paid in (£)</label> <input type="text" inputmode="decimal" id="pension-total" name="pensionTotal"></div>
<div class="card"><h2>Working from home</h2><p>Did your employer require you to work from home?</p>
<div class="row"><label><input type="radio" name="wfh" value="yes"> Yes</label><label><input type="radio" name="wfh" value="no"> No</label></div></div>
<div class="card"><h2>Evidence</h2><p class="muted">Optional. Keep records for 22 months either way.</p><input type="file" name="evidence" multiple></div>
<div class="row"><a href="/return/income" class="prev-step">Previous step</a><button type="submit" class="next-step">Next: Other expenses</button></div>
<button type="button" class="save-later">Save for later</button>
</main>`,
);

const taxPair: PagePair = {
  name: 'tax-deductions',
  v1: taxV1,
  v2: taxV2,
  targets: [
    {
      selector: '#ded-charity',
      expect: 'input[name="gift_aid_claim"][value="yes"]',
      change: 'checkbox became a Yes/No question on its own card',
    },
    {
      selector: '#amt-charity',
      expect: '#gift-aid-total',
      change: 'amount field relabelled, number input became text',
    },
    {
      selector: '#ded-home',
      expect: 'input[name="wfh"][value="yes"]',
      change: 'working from home checkbox became Yes radio, card moved below pensions',
    },
    {
      selector: '#ded-medical',
      expect: null,
      change: 'medical expenses moved to a later step, not on this page',
    },
    {
      selector: '#upload-receipts',
      expect: 'input[name="evidence"]',
      change: 'receipts upload became optional Evidence card',
    },
    { selector: '#btn-continue', expect: 'button.next-step', change: 'Continue became Next: Other expenses' },
    {
      selector: '#btn-save-exit',
      expect: 'button.save-later',
      change: 'Save and exit became Save for later, moved below',
    },
    { selector: '#btn-back', expect: 'a.prev-step', change: 'Back button became a Previous step link' },
  ],
};

// ---------------------------------------------------------------- blood donation

const donateV1 = page(
  'Book a donation — Give Blood',
  `<header><a href="/" class="logo">Give Blood</a><nav><a href="/donate">Donate</a><a href="/appointments">My appointments</a><a href="/about">About donating</a></nav><a href="/account">My account</a></header>
<main><h1>Book a donation</h1>
<form id="find" class="card">
<fieldset><legend>Donation type</legend>
<label><input type="radio" name="dtype" id="type-whole" value="whole" checked> Whole blood</label>
<label><input type="radio" name="dtype" id="type-plasma" value="plasma"> Plasma</label>
<label><input type="radio" name="dtype" id="type-platelets" value="platelets"> Platelets</label>
</fieldset>
<label for="centre">Donor centre</label><select id="centre" name="centre"><option>Manchester Plymouth Grove</option><option>Liverpool Dale Street</option><option>Leeds City</option></select>
<label for="from-date">From</label><input type="date" id="from-date" name="from" value="2025-06-02">
<button type="submit" id="find-slots">Find appointments</button>
</form>
<h2>Available sessions</h2>
<table id="sessions"><tr><th>Date</th><th>Time</th><th>Venue</th><th></th></tr>
<tr data-session="s-0930"><td>Mon 2 Jun</td><td>09:30</td><td>Plymouth Grove</td><td><button type="button" class="book">Book</button></td></tr>
<tr data-session="s-1410"><td>Mon 2 Jun</td><td>14:10</td><td>Plymouth Grove</td><td><button type="button" class="book">Book</button></td></tr>
<tr data-session="s-1530"><td>Mon 2 Jun</td><td>15:30</td><td>Plymouth Grove</td><td><button type="button" class="book">Book</button></td></tr>
</table>
<p><a href="/eligibility" id="eligibility">Check you can give blood</a> · <a href="/appointments/cancel" id="cancel-existing">Cancel an existing appointment</a></p>
</main>`,
);

const donateV2 = page(
  'Find a session — Give Blood',
  `<header><a href="/" class="logo">Give Blood</a><nav><a href="/donate">Donate</a><a href="/appointments">Appointments</a><a href="/about">Why give</a></nav><a href="/account">Account</a></header>
<main><h1>Find a session</h1>
<div class="tabs row" role="tablist"><button role="tab" data-type="whole" aria-selected="true">Blood</button><button role="tab" data-type="plasma" aria-selected="false">Plasma</button></div>
<p class="muted">Platelet donation is by invitation. <a href="/about/platelets">Find out about platelets</a></p>
<form class="row card"><label>Town or postcode <input name="location" value="Manchester"></label><label>From <input type="date" name="start" value="2025-06-02"></label><button type="submit" class="search-sessions">Search</button></form>
<h2>Plymouth Grove, Manchester</h2>
<ul class="sessions">
<li class="row card" data-session="s-0930"><strong>Mon 2 Jun</strong> 09:30 <button type="button" class="reserve">Reserve slot</button></li>
<li class="row card" data-session="s-1410"><strong>Mon 2 Jun</strong> 14:10 <button type="button" class="reserve">Reserve slot</button></li>
<li class="row card" data-session="s-1600"><strong>Mon 2 Jun</strong> 16:00 <button type="button" class="reserve">Reserve slot</button></li>
</ul>
<p><a href="/eligibility/quiz" class="eligibility-check">Can I donate? Take the 2-minute quiz</a></p>
</main>`,
);

const donatePair: PagePair = {
  name: 'blood-donation-booking',
  v1: donateV1,
  v2: donateV2,
  targets: [
    {
      selector: '#type-plasma',
      expect: '[role="tab"][data-type="plasma"]',
      change: 'donation type radios became tabs',
    },
    { selector: '#type-platelets', expect: null, change: 'platelets option removed, info link in its place' },
    {
      selector: '#centre',
      expect: 'input[name="location"]',
      change: 'centre select replaced by a town or postcode field',
    },
    { selector: '#find-slots', expect: 'button.search-sessions', change: 'Find appointments became Search' },
    {
      selector: 'tr[data-session="s-1410"] button.book',
      expect: 'li[data-session="s-1410"] button.reserve',
      change: 'table became a list of cards, Book became Reserve slot',
    },
    {
      selector: 'tr[data-session="s-1530"] button.book',
      expect: null,
      change: '15:30 session gone, 16:00 added',
    },
    {
      selector: '#eligibility',
      expect: 'a.eligibility-check',
      change: 'eligibility link reworded as a quiz',
    },
    { selector: '#cancel-existing', expect: null, change: 'cancel link removed from the booking page' },
  ],
};

// ---------------------------------------------------------------- allotment application

const allotmentV1 = page(
  'Apply for an allotment — Westbury Council',
  `<header><a href="/" class="logo">Westbury Council</a><nav><a href="/bins">Bins and recycling</a><a href="/parks">Parks</a><a href="/allotments">Allotments</a><a href="/council-tax">Council tax</a></nav></header>
<main><h1>Apply for an allotment</h1>
<p>There is currently a waiting list at all sites. Typical wait: 18 months.</p>
<form id="application">
<label for="full-name">Full name</label><input id="full-name" name="fullName">
<label for="email">Email</label><input type="email" id="email" name="email">
<label for="postcode">Postcode</label><div class="row"><input id="postcode" name="postcode" size="10"><button type="button" id="postcode-lookup">Look up address</button></div>
<fieldset><legend>Preferred sites (choose any)</legend>
<label><input type="checkbox" id="site-riverside" name="sites" value="riverside"> Riverside</label>
<label><input type="checkbox" id="site-hill" name="sites" value="hill-lane"> Hill Lane</label>
<label><input type="checkbox" id="site-station" name="sites" value="station-road"> Station Road</label>
</fieldset>
<fieldset><legend>Plot size</legend>
<label><input type="radio" name="size" id="size-full" value="full"> Full plot (250 m²)</label>
<label><input type="radio" name="size" id="size-half" value="half" checked> Half plot (125 m²)</label>
<label><input type="radio" name="size" id="size-raised" value="raised"> Raised bed (accessible)</label>
</fieldset>
<label class="row"><input type="checkbox" id="already-have" name="existing"> I already rent a council allotment</label>
<button type="submit" id="join-list">Join waiting list</button>
</form>
<p><a href="/allotments/position" id="check-position">Check your place on the waiting list</a></p>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/contact">Contact the council</a></footer>`,
);

const allotmentV2 = edit(allotmentV1, [
  ['<h1>Apply for an allotment</h1>', '<h1>Allotment waiting list</h1>'],
  ['<form id="application">', '<form id="application"><h2>Your details</h2>'],
  [
    '<label for="postcode">Postcode</label><div class="row"><input id="postcode" name="postcode" size="10"><button type="button" id="postcode-lookup">Look up address</button></div>',
    '<label for="postcode">Postcode</label><div class="row"><input id="postcode" name="postcode" size="10"><button type="button" class="find-address">Find address</button></div>',
  ],
  [
    '<fieldset><legend>Preferred sites (choose any)</legend>',
    '<h2>Where and what</h2><fieldset><legend>Sites you would accept</legend>',
  ],
  [
    '<label><input type="checkbox" id="site-riverside" name="sites" value="riverside"> Riverside</label>',
    '<label><input type="checkbox" name="sites" value="riverside"> Riverside Gardens</label>',
  ],
  [
    '<label><input type="checkbox" id="site-station" name="sites" value="station-road"> Station Road</label>',
    '<label><input type="checkbox" id="site-mill" name="sites" value="mill-field"> Mill Field (opening 2026)</label>',
  ],
  [
    '<fieldset><legend>Plot size</legend>\n<label><input type="radio" name="size" id="size-full" value="full"> Full plot (250 m²)</label>\n<label><input type="radio" name="size" id="size-half" value="half" checked> Half plot (125 m²)</label>\n<label><input type="radio" name="size" id="size-raised" value="raised"> Raised bed (accessible)</label>\n</fieldset>',
    '<p>Plot size</p><div class="row" role="group" aria-label="Plot size"><button type="button" data-size="full">Full · 250 m²</button><button type="button" data-size="half" aria-pressed="true">Half · 125 m²</button><button type="button" data-size="raised">Raised bed</button></div>',
  ],
  [
    '<label class="row"><input type="checkbox" id="already-have" name="existing"> I already rent a council allotment</label>',
    '<label class="row"><input type="checkbox" id="existing-tenant" name="existing"> I am already a council allotment tenant</label>',
  ],
  [
    '<button type="submit" id="join-list">Join waiting list</button>',
    '<button type="submit" class="join">Add me to the waiting list</button>',
  ],
  [
    '<p><a href="/allotments/position" id="check-position">Check your place on the waiting list</a></p>',
    '<p>Already applied? <a href="/allotments/waiting-list/status">See where you are in the queue</a></p>',
  ],
]);

const allotmentPair: PagePair = {
  name: 'allotment-application',
  v1: allotmentV1,
  v2: allotmentV2,
  targets: [
    {
      selector: '#postcode-lookup',
      expect: 'button.find-address',
      change: 'Look up address became Find address',
    },
    {
      selector: '#site-riverside',
      expect: 'input[name="sites"][value="riverside"]',
      change: 'site checkbox lost its id, label lengthened',
    },
    {
      selector: '#site-station',
      expect: null,
      change: 'Station Road site closed, Mill Field added in its place',
    },
    {
      selector: '#size-half',
      expect: 'button[data-size="half"]',
      change: 'plot size radios became segmented buttons',
    },
    {
      selector: '#size-raised',
      expect: 'button[data-size="raised"]',
      change: 'raised bed radio became a segmented button',
    },
    {
      selector: '#already-have',
      expect: '#existing-tenant',
      change: 'existing tenant checkbox reworded, id changed',
    },
    {
      selector: '#join-list',
      expect: 'button.join',
      change: 'Join waiting list became Add me to the waiting list',
    },
    {
      selector: '#check-position',
      expect: 'a[href="/allotments/waiting-list/status"]',
      change: 'status link reworded and given a new URL',
    },
  ],
};

// ---------------------------------------------------------------- conference agenda

const agendaV1 = page(
  'Agenda — InfraConf 2025',
  `<header><a href="/" class="logo">InfraConf 2025</a><nav><a href="/speakers">Speakers</a><a href="/agenda" class="on">Agenda</a><a href="/venue">Venue</a><a href="/tickets">Tickets</a></nav></header>
<main><h1>Agenda</h1>
<div class="row"><input type="search" id="agenda-search" placeholder="Search talks and speakers"><label for="track-filter">Track</label><select id="track-filter"><option>All tracks</option><option>Platform</option><option>Security</option><option>Data</option></select></div>
<div class="tabs row" role="tablist"><button role="tab" id="day-1" aria-selected="true">Day 1</button><button role="tab" id="day-2" aria-selected="false">Day 2</button><button role="tab" id="day-workshops" aria-selected="false">Workshops</button></div>
<ul class="sessions">
<li data-session="k1" class="card"><strong>09:00 · Opening keynote</strong><p class="muted">Main hall · Rukmini Iyer</p><button type="button" class="add-agenda">Add to my agenda</button></li>
<li data-session="t4" class="card"><strong>10:15 · Zero-downtime Postgres upgrades</strong><p class="muted">Data · Room 2 · Ola Nordmann</p><button type="button" class="add-agenda">Add to my agenda</button></li>
<li data-session="t7" class="card"><strong>11:30 · Observability on a budget</strong><p class="muted">Platform · Room 1 · Chen Wei</p><button type="button" class="add-agenda">Add to my agenda</button></li>
<li data-session="t9" class="card"><strong>13:30 · Secrets without tears</strong><p class="muted">Security · Room 3 · Amara Osei</p><button type="button" class="add-agenda">Add to my agenda</button></li>
</ul>
<div class="row"><a href="/agenda/my.ics" id="ics">Download .ics</a><button type="button" id="print-agenda">Print agenda</button></div>
</main>`,
);

const agendaV2 = page(
  'Schedule — InfraConf 2025',
  `<header><a href="/" class="logo">InfraConf 2025</a><nav><a href="/speakers">Speakers</a><a href="/agenda" class="on">Schedule</a><a href="/venue">Venue</a><a href="/tickets">Tickets</a></nav></header>
<main><h1>Schedule</h1>
<div class="tabs row" role="tablist"><button role="tab" data-day="2025-05-14" aria-selected="true">Wed 14 May</button><button role="tab" data-day="2025-05-15" aria-selected="false">Thu 15 May</button><button role="tab" data-day="mine" aria-selected="false">My schedule</button></div>
<div class="row filters"><input type="search" name="q" placeholder="Find a talk"><select name="stream" aria-label="Stream"><option>Every stream</option><option>Platform</option><option>Security</option><option>Data</option><option>Workshops</option></select><button type="button" class="add-to-calendar">Add to calendar</button></div>
<article class="session card row" data-id="k1"><span class="time">09:00</span><div><h3>Opening keynote</h3><p class="muted">Rukmini Iyer · Main hall</p></div><button type="button" aria-label="Save session: Opening keynote" aria-pressed="false">☆</button></article>
<article class="session card row" data-id="t4"><span class="time">10:15</span><div><h3>Zero-downtime Postgres upgrades</h3><p class="muted">Ola Nordmann · Room 2 · Data</p></div><button type="button" aria-label="Save session: Zero-downtime Postgres upgrades" aria-pressed="false">☆</button></article>
<article class="session card row" data-id="w2"><span class="time">10:15</span><div><h3>Workshop: Terraform testing</h3><p class="muted">Lab A · Workshops</p></div><button type="button" aria-label="Save session: Workshop: Terraform testing" aria-pressed="false">☆</button></article>
<article class="session card row" data-id="t7"><span class="time">11:30</span><div><h3>Observability on a budget</h3><p class="muted">Chen Wei · Room 1 · Platform</p></div><button type="button" aria-label="Save session: Observability on a budget" aria-pressed="false">☆</button></article>
<article class="session card row" data-id="t9"><span class="time">13:30</span><div><h3>Secrets without tears</h3><p class="muted">Amara Osei · Room 3 · Security</p></div><button type="button" aria-label="Save session: Secrets without tears" aria-pressed="false">☆</button></article>
</main>`,
);

const agendaPair: PagePair = {
  name: 'conference-agenda',
  v1: agendaV1,
  v2: agendaV2,
  targets: [
    {
      selector: '#day-2',
      expect: '[role="tab"][data-day="2025-05-15"]',
      change: 'Day 2 tab relabelled with the date',
    },
    {
      selector: '#day-workshops',
      expect: null,
      change: 'Workshops tab removed (workshops inline), My schedule tab added',
    },
    {
      selector: '#track-filter',
      expect: 'select[name="stream"]',
      change: 'Track filter renamed Stream, moved after the tabs',
    },
    {
      selector: 'li[data-session="k1"] .add-agenda',
      expect: 'button[aria-label="Save session: Opening keynote"]',
      change: 'Add to my agenda became a star icon',
    },
    {
      selector: 'li[data-session="t7"] .add-agenda',
      expect: '[data-id="t7"] button',
      change: 'Add to my agenda became a star icon, a workshop inserted above',
    },
    {
      selector: '#ics',
      expect: 'button.add-to-calendar',
      change: 'Download .ics link became Add to calendar button in the filter bar',
    },
    { selector: '#print-agenda', expect: null, change: 'print button removed' },
    {
      selector: '#agenda-search',
      expect: 'input[name="q"]',
      change: 'search field renamed, placeholder shortened',
    },
  ],
};

// ---------------------------------------------------------------- bird survey sighting

const birdV1 = page(
  'Record a sighting — Garden Bird Count',
  `<header><a href="/" class="logo">Garden Bird Count</a><nav><a href="/sightings">My sightings</a><a href="/map">Map</a><a href="/species">Species guide</a></nav><a href="/logout">Sign out</a></header>
<main><h1>Record a sighting</h1>
<form id="sighting">
<label for="species">Species</label><input id="species" name="species" list="species-list" placeholder="Start typing, e.g. Blue tit">
<label for="count">How many?</label><input type="number" id="count" name="count" min="1" value="1">
<div class="row"><label for="lat">Location</label><input id="lat" name="lat" placeholder="Latitude" size="9"><input id="lng" name="lng" placeholder="Longitude" size="9"><button type="button" id="use-location">Use my location</button></div>
<label for="seen-at">Date and time</label><input type="datetime-local" id="seen-at" name="seenAt" value="2025-01-25T09:15">
<fieldset><legend>Behaviour</legend>
<label><input type="checkbox" id="beh-feeding" name="behaviour" value="feeding"> Feeding</label>
<label><input type="checkbox" id="beh-singing" name="behaviour" value="singing"> Singing</label>
<label><input type="checkbox" id="beh-nesting" name="behaviour" value="nesting"> Nesting</label>
</fieldset>
<label for="photo">Photo or sound recording</label><input type="file" id="photo" name="photo" accept="image/*,audio/*">
<div class="row"><button type="submit" id="submit-sighting">Submit sighting</button><button type="button" id="add-species">Add another species</button></div>
</form>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/sensitive-species">Sensitive species policy</a></footer>`,
);

const birdV2 = page(
  'New record — Garden Bird Count',
  `<header><a href="/" class="logo">Garden Bird Count</a><nav><a href="/sightings">Records</a><a href="/map">Map</a><a href="/species">Species guide</a></nav><a href="/logout">Log out</a></header>
<main><h1>New record</h1>
<form>
<div class="grid"><label>What did you see? <input name="taxon" placeholder="Species name"></label><label>Number seen <input type="number" name="individuals" min="1" value="1"></label></div>
<fieldset><legend>Where</legend><div class="row"><input name="where" placeholder="Place name or grid reference" size="30"><button type="button" aria-label="Use current location">◎</button></div></fieldset>
<label>When <input type="datetime-local" name="observed" value="2025-01-25T09:15"></label>
<p>What was it doing?</p>
<div class="row chips"><button type="button" data-behaviour="feeding" aria-pressed="false">Feeding</button><button type="button" data-behaviour="singing" aria-pressed="false">Singing</button><button type="button" data-behaviour="flying" aria-pressed="false">Flying over</button></div>
<label>Add media <input type="file" name="media" accept="image/*,audio/*" multiple></label>
<button type="button" class="add-row">+ Another species</button>
<button type="submit" class="record">Save record</button>
</form>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/sensitive-species">Sensitive species</a></footer>`,
);

const birdPair: PagePair = {
  name: 'bird-survey-sighting',
  v1: birdV1,
  v2: birdV2,
  targets: [
    {
      selector: '#species',
      expect: 'input[name="taxon"]',
      change: 'species field renamed, label became a question',
    },
    { selector: '#count', expect: 'input[name="individuals"]', change: 'How many? became Number seen' },
    {
      selector: '#use-location',
      expect: 'button[aria-label="Use current location"]',
      change: 'location button became a target icon',
    },
    {
      selector: '#lat',
      expect: null,
      change: 'latitude and longitude fields replaced by a single place field',
    },
    {
      selector: '#beh-singing',
      expect: 'button[data-behaviour="singing"]',
      change: 'behaviour checkboxes became toggle chips',
    },
    {
      selector: '#beh-nesting',
      expect: null,
      change: 'nesting removed for sensitive species, Flying over chip added',
    },
    {
      selector: '#submit-sighting',
      expect: 'button.record',
      change: 'Submit sighting became Save record, moved last',
    },
    {
      selector: '#add-species',
      expect: 'button.add-row',
      change: 'Add another species shortened to + Another species',
    },
  ],
};

// ---------------------------------------------------------------- garage service booking

const garageV1 = page(
  'Book a service — Kingsway Motors',
  `<header><a href="/" class="logo">Kingsway Motors</a><nav><a href="/servicing">Servicing</a><a href="/mot">MOT</a><a href="/tyres">Tyres</a><a href="/used-cars">Used cars</a></nav><a href="tel:01632960555" id="call-garage">Call the garage</a></header>
<main><h1>Book a service</h1>
<form id="service-booking">
<label for="reg">Registration number</label><div class="row"><input id="reg" name="reg" placeholder="e.g. AB12 CDE" size="10"><button type="button" id="find-vehicle">Find vehicle</button></div>
<label for="mileage">Current mileage</label><input type="number" id="mileage" name="mileage">
<fieldset><legend>Service type</legend>
<label><input type="radio" name="service" id="svc-interim" value="interim"> Interim service — £129</label>
<label><input type="radio" name="service" id="svc-full" value="full" checked> Full service — £199</label>
<label><input type="radio" name="service" id="svc-major" value="major"> Major service — £289</label>
</fieldset>
<fieldset><legend>Extras</legend>
<label><input type="checkbox" id="addon-mot"> Add an MOT (£45)</label>
<label><input type="checkbox" id="addon-courtesy"> Courtesy car (subject to availability)</label>
<label><input type="checkbox" id="addon-collect"> Collect and deliver my car (£25)</label>
<label><input type="checkbox" id="addon-wash"> Valet and wash (£20)</label>
</fieldset>
<label for="drop-date">Drop-off date</label><input type="date" id="drop-date" name="date" value="2025-02-18">
<button type="submit" id="continue">Continue</button>
</form></main>`,
);

const garageV2 = page(
  'Servicing — Kingsway Motors',
  `<header><a href="/" class="logo">Kingsway Motors</a><nav><a href="/servicing">Servicing</a><a href="/mot">MOT</a><a href="/tyres">Tyres</a><a href="/used-cars">Used cars</a></nav><a href="tel:01632960555" class="phone">01632 960555</a></header>
<main><h1>Servicing</h1>
<section class="card"><h2>Your car</h2><div class="row"><label>Number plate <input name="vrm" size="10" placeholder="AB12 CDE"></label><button type="button" class="lookup">Look up</button></div>
<label>Approximate mileage <input type="number" name="miles"></label></section>
<section><h2>Choose a service</h2><div class="grid3">
<div class="card service-card" data-service="interim"><h3>Interim</h3><p>Every 6 months · £129</p><button type="button">Choose interim</button></div>
<div class="card service-card" data-service="full"><h3>Full</h3><p>Every 12 months · £199</p><button type="button">Choose full</button></div>
<div class="card service-card" data-service="premium"><h3>Premium</h3><p>Every 2 years · £289</p><button type="button">Choose premium</button></div>
</div></section>
<section><h2>Add-ons</h2>
<label class="row"><input type="checkbox" id="with-mot"> MOT test at the same time (£45)</label>
<label class="row"><input type="checkbox" id="collection"> We collect and return your car (£25)</label>
<label class="row"><input type="checkbox" id="wash"> Valet (£20)</label>
<label class="row"><input type="checkbox" id="wiper-blades"> New wiper blades (£18)</label>
<p class="muted">Need to get around? Ask about our shuttle service.</p></section>
<label>Date <input type="date" name="dropoff" value="2025-02-18"></label>
<button type="submit" class="next">Next</button>
</main>`,
);

const garagePair: PagePair = {
  name: 'garage-service-booking',
  v1: garageV1,
  v2: garageV2,
  targets: [
    {
      selector: '#reg',
      expect: 'input[name="vrm"]',
      change: 'Registration number became Number plate, id dropped',
    },
    { selector: '#find-vehicle', expect: 'button.lookup', change: 'Find vehicle became Look up' },
    {
      selector: '#svc-full',
      expect: '.service-card[data-service="full"] button',
      change: 'service radio became a card with a Choose button',
    },
    {
      selector: '#svc-major',
      expect: '.service-card[data-service="premium"] button',
      change: 'Major service renamed Premium, radio became card button',
    },
    { selector: '#addon-mot', expect: '#with-mot', change: 'MOT add-on reworded, id changed' },
    {
      selector: '#addon-courtesy',
      expect: null,
      change: 'courtesy car withdrawn, wiper blades add-on added',
    },
    { selector: '#addon-collect', expect: '#collection', change: 'collect and deliver reworded' },
    { selector: '#continue', expect: 'button.next', change: 'Continue became Next' },
  ],
};

// ---------------------------------------------------------------- flashcard deck editor

const deckV1 = page(
  'Edit deck — Recallo',
  `<header><a href="/" class="logo">Recallo</a><nav><a href="/decks">My decks</a><a href="/explore">Explore</a><a href="/stats">Stats</a></nav></header>
<main><div class="row"><h1>Edit deck</h1><button type="button" id="study-now">Study now</button></div>
<label for="deck-title">Deck title</label><input id="deck-title" name="deckTitle" value="Spanish — irregular verbs" size="40">
<label class="row"><input type="checkbox" id="public-deck"> Make this deck public</label>
<div class="cards">
<div class="card-row card row" data-card="1"><span>1</span><textarea class="front" rows="2">ser</textarea><textarea class="back" rows="2">to be (permanent)</textarea><button type="button" class="move-up" disabled>↑</button><button type="button" class="del-card">Delete card</button></div>
<div class="card-row card row" data-card="2"><span>2</span><textarea class="front" rows="2">ir</textarea><textarea class="back" rows="2">to go</textarea><button type="button" class="move-up">↑</button><button type="button" class="del-card">Delete card</button></div>
<div class="card-row card row" data-card="3"><span>3</span><textarea class="front" rows="2">tener</textarea><textarea class="back" rows="2">to have</textarea><button type="button" class="move-up">↑</button><button type="button" class="del-card">Delete card</button></div>
</div>
<div class="row"><button type="button" id="add-card">Add card</button><a href="/decks/512/import" id="import-csv">Import from CSV</a></div>
<hr><button type="button" id="delete-deck">Delete deck</button>
</main>`,
);

const deckV2 = page(
  'Spanish — irregular verbs · Recallo',
  `<header><a href="/" class="logo">Recallo</a><nav><a href="/decks">Library</a><a href="/explore">Explore</a><a href="/stats">Progress</a></nav></header>
<main><div class="row"><input name="title" value="Spanish — irregular verbs" size="40" aria-label="Deck name"><a href="/decks/512/study" class="btn start-study">Start studying</a></div>
<label>Visibility <select name="visibility"><option>Private</option><option>Anyone with the link</option><option>Public</option></select></label>
<p class="muted">Drag cards to reorder.</p>
<div class="deck">
<div class="flashcard card" data-index="1"><span class="handle" aria-hidden="true">⠿</span><label>Term <textarea name="question" rows="2">ser</textarea></label><label>Definition <textarea name="answer" rows="2">to be (permanent)</textarea></label><button type="button" aria-label="Remove card 1">✕</button></div>
<div class="flashcard card" data-index="2"><span class="handle" aria-hidden="true">⠿</span><label>Term <textarea name="question" rows="2">ir</textarea></label><label>Definition <textarea name="answer" rows="2">to go</textarea></label><button type="button" aria-label="Remove card 2">✕</button></div>
<div class="flashcard card" data-index="3"><span class="handle" aria-hidden="true">⠿</span><label>Term <textarea name="question" rows="2">tener</textarea></label><label>Definition <textarea name="answer" rows="2">to have</textarea></label><button type="button" aria-label="Remove card 3">✕</button></div>
</div>
<div class="row"><button type="button" class="new-card">+ New card</button><button type="button" class="import">Import</button><button type="button" class="ai-suggest">Suggest cards</button></div>
<section class="card danger"><h2>Danger zone</h2><button type="button" class="danger-delete">Delete this deck</button></section>
</main>`,
);

const deckPair: PagePair = {
  name: 'flashcard-deck',
  v1: deckV1,
  v2: deckV2,
  targets: [
    {
      selector: '#deck-title',
      expect: 'input[name="title"]',
      change: 'title input moved into the header row, label became aria-label',
    },
    {
      selector: '.card-row[data-card="2"] .back',
      expect: '.flashcard[data-index="2"] textarea[name="answer"]',
      change: 'back side relabelled Definition',
    },
    {
      selector: '.card-row[data-card="3"] .del-card',
      expect: 'button[aria-label="Remove card 3"]',
      change: 'Delete card became an ✕ icon',
    },
    {
      selector: '.card-row[data-card="2"] .move-up',
      expect: null,
      change: 'move up buttons replaced by drag handles',
    },
    { selector: '#add-card', expect: 'button.new-card', change: 'Add card became + New card' },
    {
      selector: '#study-now',
      expect: 'a.start-study',
      change: 'Study now button became a Start studying link',
    },
    {
      selector: '#public-deck',
      expect: 'select[name="visibility"]',
      change: 'public checkbox became a visibility select',
    },
    {
      selector: '#delete-deck',
      expect: 'button.danger-delete',
      change: 'Delete deck moved into a danger zone card',
    },
  ],
};

// ---------------------------------------------------------------- bin collection schedule

const binsV1 = page(
  'Bin collection days — Westbury Council',
  `<header><a href="/" class="logo">Westbury Council</a><nav><a href="/bins">Bins and recycling</a><a href="/parks">Parks</a><a href="/council-tax">Council tax</a><a href="/planning">Planning</a></nav></header>
<main><h1>Find your bin collection day</h1>
<form class="row" id="lookup"><label for="address-search">Postcode or street</label><input id="address-search" name="q" value="BA13 3QT"><button type="submit" id="find-address">Find</button></form>
<p>Showing collections for <strong>7 Linden Close, Westbury</strong></p>
<table id="collections"><tr><th>Bin</th><th>Next collection</th><th>Then</th><th></th></tr>
<tr data-bin="general"><td>General waste (black)</td><td>Tue 11 Mar</td><td>Tue 25 Mar</td><td><a href="/bins/missed?type=general" class="missed">Report missed</a></td></tr>
<tr data-bin="recycling"><td>Recycling (blue)</td><td>Tue 18 Mar</td><td>Tue 1 Apr</td><td><a href="/bins/missed?type=recycling" class="missed">Report missed</a></td></tr>
<tr data-bin="food"><td>Food caddy</td><td>Tue 11 Mar</td><td>Tue 18 Mar</td><td><a href="/bins/missed?type=food" class="missed">Report missed</a></td></tr>
<tr data-bin="garden"><td>Garden waste (green)</td><td colspan="2">Not subscribed</td><td><button type="button" id="garden-subscribe">Subscribe – £48/year</button></td></tr>
</table>
<label class="row"><input type="checkbox" id="email-reminders"> Email me the evening before each collection</label>
<div class="row"><a href="/bins/calendar.pdf" id="download-pdf">Download calendar (PDF)</a><a href="/bins/order" id="order-bin">Order a new or replacement bin</a><a href="/bins/bulky" id="bulky-waste">Book a bulky waste collection</a></div>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/contact">Contact the council</a></footer>`,
);

const binsV2 = page(
  'Your bin days — Westbury Council',
  `<header><a href="/" class="logo">Westbury Council</a><nav><a href="/bins">Bins</a><a href="/parks">Parks</a><a href="/council-tax">Council tax</a><a href="/planning">Planning</a></nav></header>
<main><h1>Your bin days</h1>
<form class="row"><input name="address" value="BA13 3QT" aria-label="Postcode or street"><button type="submit" class="lookup-address">Search</button></form>
<p>7 Linden Close, Westbury · <a href="/bins">Change address</a></p>
<div class="grid">
<div class="card bin-card" data-stream="food"><h3>Food caddy</h3><p>Next: <strong>Tuesday 11 March</strong></p><a href="/bins/report?stream=food" class="report-missed">Missed collection?</a></div>
<div class="card bin-card" data-stream="general"><h3>Black bin</h3><p>Next: <strong>Tuesday 11 March</strong></p><a href="/bins/report?stream=general" class="report-missed">Missed collection?</a></div>
<div class="card bin-card" data-stream="recycling"><h3>Blue bin</h3><p>Next: <strong>Tuesday 18 March</strong></p><a href="/bins/report?stream=recycling" class="report-missed">Missed collection?</a></div>
<div class="card bin-card" data-stream="garden"><h3>Green bin</h3><p class="muted">You do not have a garden waste permit.</p><button type="button" class="garden-signup">Get a garden waste permit</button></div>
</div>
<p class="row"><a href="/bins/calendar.ics">Add to your calendar</a><a href="/bins/calendar/print" class="printable">Printable calendar</a></p>
<h2>Other services</h2>
<ul><li><a href="/waste/containers/request">Request a new bin</a></li><li><a href="/recycling-centres/book">Book a recycling centre visit</a></li></ul>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></footer>`,
);

const binsPair: PagePair = {
  name: 'bin-collection-days',
  v1: binsV1,
  v2: binsV2,
  targets: [
    {
      selector: '#address-search',
      expect: 'input[name="address"]',
      change: 'search field lost its visible label, renamed',
    },
    { selector: '#find-address', expect: 'button.lookup-address', change: 'Find became Search' },
    {
      selector: 'tr[data-bin="recycling"] a.missed',
      expect: '.bin-card[data-stream="recycling"] a.report-missed',
      change: 'table became cards reordered by date, Report missed became Missed collection?',
    },
    {
      selector: '#garden-subscribe',
      expect: 'button.garden-signup',
      change: 'Subscribe became Get a garden waste permit',
    },
    {
      selector: '#email-reminders',
      expect: null,
      change: 'email reminders removed, calendar feed link added',
    },
    {
      selector: '#download-pdf',
      expect: 'a.printable',
      change: 'PDF download became a printable calendar page',
    },
    {
      selector: '#order-bin',
      expect: 'a[href="/waste/containers/request"]',
      change: 'order bin link moved under Other services, reworded',
    },
    {
      selector: '#bulky-waste',
      expect: null,
      change: 'bulky waste booking removed, recycling centre booking added',
    },
  ],
};

// ---------------------------------------------------------------- arts grant application

const grantV1 = page(
  'Project grant application — Northern Arts Fund',
  `<header><a href="/" class="logo">Northern Arts Fund</a><nav><a href="/funding">Funding</a><a href="/applications">My applications</a><a href="/guidance">Guidance</a></nav><a href="/signout">Sign out</a></header>
<main><h1>Project grant application</h1>
<p class="muted">Deadline 30 September, 5pm. <a href="/eligibility" id="eligibility-link">Check you are eligible</a></p>
<form id="grant">
<h2>Your project</h2>
<label for="project-title">Project title</label><input id="project-title" name="title" maxlength="120">
<label for="summary">Project summary (max 300 words)</label><textarea id="summary" name="summary" rows="5"></textarea>
<label for="amount">Amount requested (£)</label><input type="number" id="amount" name="amount" min="1000" max="30000">
<label class="row"><input type="checkbox" id="has-partner" name="partner"> This project involves a partner organisation</label>
<h2>Budget</h2>
<table id="budget"><tr><th>Item</th><th>Cost (£)</th><th></th></tr>
<tr><td><input name="item" value="Artist fees"></td><td><input type="number" name="cost" value="6000"></td><td><button type="button" class="remove-line">Remove</button></td></tr>
<tr><td><input name="item" value="Venue hire"></td><td><input type="number" name="cost" value="1800"></td><td><button type="button" class="remove-line">Remove</button></td></tr>
<tr><td><input name="item" value="Marketing"></td><td><input type="number" name="cost" value="750"></td><td><button type="button" class="remove-line">Remove</button></td></tr>
</table>
<button type="button" id="add-line">Add budget line</button>
<h2>Supporting documents</h2>
<label for="upload-cv">Lead artist CV</label><input type="file" id="upload-cv" name="cv">
<label for="upload-letters">Letters of support</label><input type="file" id="upload-letters" name="letters" multiple>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="submit-app">Submit application</button></div>
</form></main>`,
);

const grantV2 = edit(grantV1, [
  ['<a href="/signout">Sign out</a>', '<a href="/signout">Log out</a>'],
  ['<h1>Project grant application</h1>', '<h1>Apply for a project grant</h1>'],
  [
    '<label for="project-title">Project title</label><input id="project-title" name="title" maxlength="120">',
    '<label for="project-name">Name of your project</label><input id="project-name" name="projectName" maxlength="120">',
  ],
  [
    '<label for="summary">Project summary (max 300 words)</label><textarea id="summary" name="summary" rows="5"></textarea>',
    '<label for="synopsis">Tell us about your project</label><p class="muted">Up to 300 words. What will you do, who is it for, and why now?</p><textarea id="synopsis" name="synopsis" rows="7"></textarea>',
  ],
  [
    '<label for="amount">Amount requested (£)</label><input type="number" id="amount" name="amount" min="1000" max="30000">',
    '<label for="requested">How much are you asking for? (£1,000 to £30,000)</label><input type="number" id="requested" name="requested_amount" min="1000" max="30000">',
  ],
  [
    '<table id="budget"><tr><th>Item</th><th>Cost (£)</th><th></th></tr>',
    '<table id="costs"><tr><th>What</th><th>£</th><th></th></tr>',
  ],
  [
    '<tr><td><input name="item" value="Artist fees">',
    '<tr data-row="1"><td><input name="item" value="Artist fees">',
  ],
  [
    '<tr><td><input name="item" value="Venue hire">',
    '<tr data-row="2"><td><input name="item" value="Venue hire">',
  ],
  [
    '<tr><td><input name="item" value="Marketing">',
    '<tr data-row="3"><td><input name="item" value="Marketing">',
  ],
  [
    '<button type="button" class="remove-line">Remove</button>',
    '<button type="button" class="delete-row" aria-label="Delete row">✕</button>',
  ],
  [
    '<button type="button" class="remove-line">Remove</button>',
    '<button type="button" class="delete-row" aria-label="Delete row">✕</button>',
  ],
  [
    '<button type="button" class="remove-line">Remove</button>',
    '<button type="button" class="delete-row" aria-label="Delete row">✕</button>',
  ],
  [
    '<button type="button" id="add-line">Add budget line</button>',
    '<button type="button" class="add-budget-row">+ Add a cost</button>',
  ],
  [
    '<label for="upload-cv">Lead artist CV</label><input type="file" id="upload-cv" name="cv">',
    '<label for="upload-samples">Examples of previous work</label><input type="file" id="upload-samples" name="samples" multiple>',
  ],
  [
    '<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="submit-app">Submit application</button></div>',
    '<div class="row"><button type="submit" class="send-review">Send for review</button><button type="button" class="save-progress">Save progress</button></div>',
  ],
]);

const grantPair: PagePair = {
  name: 'arts-grant-application',
  v1: grantV1,
  v2: grantV2,
  targets: [
    {
      selector: '#project-title',
      expect: 'input[name="projectName"]',
      change: 'Project title became Name of your project',
    },
    {
      selector: '#summary',
      expect: 'textarea[name="synopsis"]',
      change: 'summary textarea renamed, guidance text added',
    },
    {
      selector: '#amount',
      expect: 'input[name="requested_amount"]',
      change: 'amount field reworded as a question',
    },
    { selector: '#add-line', expect: 'button.add-budget-row', change: 'Add budget line became + Add a cost' },
    {
      selector: '#budget tr:nth-child(3) .remove-line',
      expect: '#costs tr[data-row="2"] button.delete-row',
      change: 'Remove text became an ✕ icon, table id changed',
    },
    {
      selector: '#upload-cv',
      expect: null,
      change: 'CV no longer required, work samples upload in its place',
    },
    {
      selector: '#save-draft',
      expect: 'button.save-progress',
      change: 'Save draft became Save progress, order swapped',
    },
    {
      selector: '#submit-app',
      expect: 'button.send-review',
      change: 'Submit application became Send for review',
    },
  ],
};

// ---------------------------------------------------------------- chess lobby

const chessV1 = page(
  'Play — Knightfall Chess',
  `<header><a href="/" class="logo">Knightfall</a><nav><a href="/play" class="on">Play</a><a href="/puzzles">Puzzles</a><a href="/learn">Learn</a><a href="/watch">Watch</a></nav><span>rook_and_roll · 1642</span></header>
<main><h1>Quick pairing</h1>
<div class="grid3 pools"><button type="button" id="tc-1-0">1+0 Bullet</button><button type="button" id="tc-3-2">3+2 Blitz</button><button type="button" id="tc-5-0">5+0 Blitz</button><button type="button" id="tc-10-0">10+0 Rapid</button><button type="button" id="tc-15-10">15+10 Rapid</button><button type="button" id="custom-game">Custom game</button></div>
<div class="row"><label class="row"><input type="checkbox" id="rated" checked> Rated</label>
<span>Play as:</span><label><input type="radio" name="colour" id="colour-white" value="white"> White</label><label><input type="radio" name="colour" id="colour-random" value="random" checked> Random</label><label><input type="radio" name="colour" id="colour-black" value="black"> Black</label></div>
<div class="row"><button type="button" id="play-friend">Play with a friend</button><button type="button" id="play-ai">Play vs computer</button></div>
<h2>Open seeks</h2>
<table id="seeks"><tr><th>Player</th><th>Rating</th><th>Time</th><th>Mode</th><th></th></tr>
<tr data-seek="a1f3"><td>pawnstorm</td><td>1588</td><td>5+0</td><td>Rated</td><td><button type="button" class="join">Join</button></td></tr>
<tr data-seek="k9x2"><td>elena_k</td><td>1701</td><td>3+2</td><td>Rated</td><td><button type="button" class="join">Join</button></td></tr>
<tr data-seek="p0q7"><td>bishopbash</td><td>1420</td><td>10+0</td><td>Casual</td><td><button type="button" class="join">Join</button></td></tr>
</table>
</main>`,
);

const chessV2 = page(
  'Knightfall — Play chess online',
  `<header><a href="/" class="logo">Knightfall</a><nav><a href="/play" class="on">Play</a><a href="/puzzles">Puzzles</a><a href="/learn">Learn</a><a href="/watch">TV</a></nav><span>rook_and_roll · 1642</span></header>
<main><div class="grid"><section><h1>New game</h1>
<div class="grid3 pools"><button type="button" data-tc="1+0">1+0<br><small>Bullet</small></button><button type="button" data-tc="3+2">3+2<br><small>Blitz</small></button><button type="button" data-tc="5+0">5+0<br><small>Blitz</small></button><button type="button" data-tc="10+5">10+5<br><small>Rapid</small></button><button type="button" data-tc="15+10">15+10<br><small>Rapid</small></button><button type="button" class="create-game">Create a game</button></div>
<div class="row"><label class="row"><input type="checkbox" role="switch" name="rated" checked> Rated game</label></div>
<div class="row" role="group" aria-label="Colour"><button type="button" aria-label="Play as white">♔</button><button type="button" aria-label="Random colour" aria-pressed="true">⚄</button><button type="button" aria-label="Play as black">♚</button></div>
<div class="row"><button type="button" class="challenge-friend">Challenge a friend</button><a href="/play/bot" class="btn">Play the bot</a></div></section>
<section><h2>Lobby</h2>
<table class="lobby"><tr><th>Player</th><th>Elo</th><th>Time</th><th></th></tr>
<tr data-seek-id="k9x2"><td>elena_k</td><td>1701</td><td>3+2 rated</td><td><button type="button" class="accept">Accept</button></td></tr>
<tr data-seek-id="a1f3"><td>pawnstorm</td><td>1588</td><td>5+0 rated</td><td><button type="button" class="accept">Accept</button></td></tr>
<tr data-seek-id="p0q7"><td>bishopbash</td><td>1420</td><td>10+0 casual</td><td><button type="button" class="accept">Accept</button></td></tr>
</table></section></div>
</main>`,
);

const chessPair: PagePair = {
  name: 'chess-lobby',
  v1: chessV1,
  v2: chessV2,
  targets: [
    {
      selector: '#tc-3-2',
      expect: 'button[data-tc="3+2"]',
      change: 'pool button ids replaced by data-tc, label split over two lines',
    },
    { selector: '#tc-10-0', expect: null, change: '10+0 pool replaced by 10+5' },
    {
      selector: '#play-friend',
      expect: 'button.challenge-friend',
      change: 'Play with a friend became Challenge a friend',
    },
    {
      selector: '#play-ai',
      expect: 'a[href="/play/bot"]',
      change: 'Play vs computer button became a Play the bot link',
    },
    {
      selector: '#rated',
      expect: 'input[name="rated"]',
      change: 'Rated checkbox became a switch, id dropped',
    },
    {
      selector: '#colour-black',
      expect: 'button[aria-label="Play as black"]',
      change: 'colour radio became a piece icon button',
    },
    {
      selector: '#colour-random',
      expect: 'button[aria-label="Random colour"]',
      change: 'Random radio became a die icon button',
    },
    {
      selector: 'tr[data-seek="k9x2"] .join',
      expect: 'tr[data-seek-id="k9x2"] button.accept',
      change: 'seek list re-sorted by rating, Join became Accept',
    },
  ],
};

// ---------------------------------------------------------------- export

export const BLIND4_PAIRS: readonly PagePair[] = [
  thermostatPair,
  meterPair,
  carHirePair,
  deliveryPair,
  podcastPair,
  vetPair,
  photoPair,
  legalPair,
  pickPair,
  folioPair,
  composePair,
  pollPair,
  listingPair,
  runPair,
  taxPair,
  donatePair,
  allotmentPair,
  agendaPair,
  birdPair,
  garagePair,
  deckPair,
  binsPair,
  grantPair,
  chessPair,
];
