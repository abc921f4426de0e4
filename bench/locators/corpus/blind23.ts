import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------------------
// 1. Hotel minibar posting console (full rewrite: table → item tiles with steppers)
// ---------------------------------------------------------------------------
const minibarV1 = page(
  'Minibar posting — Harbour PMS',
  `<header><a href="/pms" class="logo">Harbour PMS</a><nav><a href="/pms/frontdesk">Front desk</a><a href="/pms/housekeeping">Housekeeping</a><a href="/pms/minibar" class="active">Minibar</a><a href="/pms/reports">Reports</a></nav><span class="user">Attendant: K. Owusu</span><a href="/logout">Sign out</a></header>
<main>
<h1>Minibar posting</h1>
<form id="room-lookup" class="row"><label for="roomNo">Room</label><input id="roomNo" name="room" type="text" value="412"><button type="submit" id="btnFind">Find room</button></form>
<div class="card" id="guestInfo"><h2>Room 412 — Ms A. Lindqvist</h2><p class="muted">Departure 14 Mar · Folio 88213 · Rate BAR</p><span class="badge" id="ccStatus">Card on file</span></div>
<table id="minibarItems"><thead><tr><th>Item</th><th>Price</th><th>Par</th><th>Consumed</th></tr></thead><tbody>
<tr data-sku="MB-COKE"><td>Coca-Cola 330ml</td><td>£3.50</td><td>2</td><td><input type="number" name="qty-MB-COKE" value="0" min="0"></td></tr>
<tr data-sku="MB-WATER"><td>Still water 500ml</td><td>£2.80</td><td>2</td><td><input type="number" name="qty-MB-WATER" value="1" min="0"></td></tr>
<tr data-sku="MB-BEER"><td>Lager 330ml</td><td>£5.00</td><td>2</td><td><input type="number" name="qty-MB-BEER" value="0" min="0"></td></tr>
<tr data-sku="MB-WINE"><td>House red 187ml</td><td>£8.50</td><td>1</td><td><input type="number" name="qty-MB-WINE" value="0" min="0"></td></tr>
<tr data-sku="MB-NUTS"><td>Salted cashews</td><td>£4.20</td><td>1</td><td><input type="number" name="qty-MB-NUTS" value="1" min="0"></td></tr>
<tr data-sku="MB-CHOC"><td>Dark chocolate bar</td><td>£3.90</td><td>1</td><td><input type="number" name="qty-MB-CHOC" value="0" min="0"></td></tr>
</tbody></table>
<div class="row"><label><input type="checkbox" id="restockNow" checked> Restock after posting</label><label><input type="checkbox" id="printSlip"> Print slip for guest</label></div>
<label for="mbNote">Note to front desk</label><textarea id="mbNote" name="note"></textarea>
<div class="row" id="postActions"><button id="btnPost" class="btn primary">Post to folio</button><button id="btnClear" class="btn">Clear</button><button id="btnDispute" class="btn">Mark disputed</button></div>
<p class="total">Total: <strong id="mbTotal">£7.00</strong></p>
</main>
<footer>Harbour PMS 6.2 · <a href="/help/minibar">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const minibarV2 = page(
  'Minibar — Harbour',
  `<div class="AppBar_root__x1Qa"><a href="/pms" class="AppBar_brand__k2Lm">Harbour</a><nav class="AppBar_nav__q9Rt"><a href="/pms/frontdesk">Front desk</a><a href="/pms/housekeeping">Housekeeping</a><a href="/pms/minibar" aria-current="page">Minibar</a><a href="/pms/reports">Reports</a></nav><button class="AppBar_account__z3Yw" aria-label="Account menu">KO</button></div>
<main class="Minibar_page__a7Vc">
<h1>Post minibar consumption</h1>
<div class="Minibar_search__b1Pp" role="search"><input type="search" aria-label="Room number" placeholder="Room number" data-testid="room-search" value="412"><button data-testid="room-search-submit">Look up</button><button data-testid="room-scan">Scan key card</button></div>
<section class="Minibar_guest__c4Hd" data-testid="guest-summary"><h2>Ms A. Lindqvist</h2><dl><dt>Room</dt><dd>412</dd><dt>Departs</dt><dd>14 Mar</dd><dt>Folio</dt><dd>88213</dd></dl><span class="Pill_ok__d1Xx" data-testid="payment-status">Card on file</span></section>
<ul class="Minibar_tiles__e2Kk">
<li class="Tile_root__f5Gg" data-item="water"><span class="Tile_name__g1Jj">Still water</span><span class="Tile_price__h2Ll">£2.80</span><div class="Stepper_root__i3Mm"><button aria-label="Remove one Still water">−</button><input type="number" class="Stepper_value__n4Oo" aria-label="Still water quantity" value="1"><button aria-label="Add one Still water">+</button></div></li>
<li class="Tile_root__f5Gg" data-item="cola"><span class="Tile_name__g1Jj">Coca-Cola</span><span class="Tile_price__h2Ll">£3.50</span><div class="Stepper_root__i3Mm"><button aria-label="Remove one Coca-Cola">−</button><input type="number" class="Stepper_value__n4Oo" aria-label="Coca-Cola quantity" value="0"><button aria-label="Add one Coca-Cola">+</button></div></li>
<li class="Tile_root__f5Gg" data-item="lager"><span class="Tile_name__g1Jj">Lager</span><span class="Tile_price__h2Ll">£5.00</span><div class="Stepper_root__i3Mm"><button aria-label="Remove one Lager">−</button><input type="number" class="Stepper_value__n4Oo" aria-label="Lager quantity" value="0"><button aria-label="Add one Lager">+</button></div></li>
<li class="Tile_root__f5Gg" data-item="cashews"><span class="Tile_name__g1Jj">Salted cashews</span><span class="Tile_price__h2Ll">£4.20</span><div class="Stepper_root__i3Mm"><button aria-label="Remove one Salted cashews">−</button><input type="number" class="Stepper_value__n4Oo" aria-label="Salted cashews quantity" value="1"><button aria-label="Add one Salted cashews">+</button></div></li>
<li class="Tile_root__f5Gg" data-item="chocolate"><span class="Tile_name__g1Jj">Dark chocolate</span><span class="Tile_price__h2Ll">£3.90</span><div class="Stepper_root__i3Mm"><button aria-label="Remove one Dark chocolate">−</button><input type="number" class="Stepper_value__n4Oo" aria-label="Dark chocolate quantity" value="0"><button aria-label="Add one Dark chocolate">+</button></div></li>
<li class="Tile_root__f5Gg" data-item="crisps"><span class="Tile_name__g1Jj">Sea salt crisps</span><span class="Tile_price__h2Ll">£2.60</span><div class="Stepper_root__i3Mm"><button aria-label="Remove one Sea salt crisps">−</button><input type="number" class="Stepper_value__n4Oo" aria-label="Sea salt crisps quantity" value="0"><button aria-label="Add one Sea salt crisps">+</button></div></li>
</ul>
<div class="Minibar_options__j8Qq"><label><input type="checkbox" data-testid="restock-toggle" checked> Restock after posting</label><label><input type="checkbox" data-testid="email-receipt"> Email receipt to guest</label></div>
<label for="m-note">Message for reception</label><textarea id="m-note"></textarea>
<div class="Minibar_footer__k1Rr"><span data-testid="running-total">£7.00</span><button class="Button_ghost__l2Ss">Reset</button><button class="Button_primary__m3Tt" data-testid="post-charges">Charge to room</button></div>
</main>
<footer class="Footer_root__p0Uu">Harbour 7 · <a href="/help/minibar">Help</a></footer>`,
);

// ---------------------------------------------------------------------------
// 2. Restaurant allergen matrix (edit)
// ---------------------------------------------------------------------------
const allergenV1 = page(
  'Allergen matrix — Mise',
  `<header><a href="/" class="brand">Mise</a><nav><a href="/menus">Menus</a><a href="/recipes">Recipes</a><a href="/allergens" class="current">Allergens</a><a href="/suppliers">Suppliers</a></nav><a href="/account" id="acct">Chef Rossi</a></header>
<main>
<h1>Allergen matrix — Spring lunch menu</h1>
<div class="row" id="matrixTools"><input type="search" id="dishFilter" placeholder="Filter dishes"><select id="courseSel" name="course"><option>All courses</option><option>Starters</option><option>Mains</option><option>Desserts</option></select><button id="exportPdf" class="btn">Export PDF</button><button id="printMatrix" class="btn">Print</button></div>
<table id="allergenTable" class="matrix"><thead><tr><th>Dish</th><th>Gluten</th><th>Milk</th><th>Egg</th><th>Nuts</th><th>Sesame</th><th>Fish</th><th></th></tr></thead><tbody>
<tr id="dish-101"><td>Burrata, blood orange</td><td><input type="checkbox" name="d101-gluten"></td><td><input type="checkbox" name="d101-milk" checked></td><td><input type="checkbox" name="d101-egg"></td><td><input type="checkbox" name="d101-nuts"></td><td><input type="checkbox" name="d101-sesame"></td><td><input type="checkbox" name="d101-fish"></td><td><a href="/recipes/101" class="edit-link">Recipe</a></td></tr>
<tr id="dish-102"><td>Crab linguine</td><td><input type="checkbox" name="d102-gluten" checked></td><td><input type="checkbox" name="d102-milk"></td><td><input type="checkbox" name="d102-egg" checked></td><td><input type="checkbox" name="d102-nuts"></td><td><input type="checkbox" name="d102-sesame"></td><td><input type="checkbox" name="d102-fish" checked></td><td><a href="/recipes/102" class="edit-link">Recipe</a></td></tr>
<tr id="dish-103"><td>Lamb rump, salsa verde</td><td><input type="checkbox" name="d103-gluten"></td><td><input type="checkbox" name="d103-milk"></td><td><input type="checkbox" name="d103-egg"></td><td><input type="checkbox" name="d103-nuts"></td><td><input type="checkbox" name="d103-sesame"></td><td><input type="checkbox" name="d103-fish" checked></td><td><a href="/recipes/103" class="edit-link">Recipe</a></td></tr>
<tr id="dish-104"><td>Pistachio tart</td><td><input type="checkbox" name="d104-gluten" checked></td><td><input type="checkbox" name="d104-milk" checked></td><td><input type="checkbox" name="d104-egg" checked></td><td><input type="checkbox" name="d104-nuts" checked></td><td><input type="checkbox" name="d104-sesame"></td><td><input type="checkbox" name="d104-fish"></td><td><a href="/recipes/104" class="edit-link">Recipe</a></td></tr>
</tbody></table>
<p class="muted" id="lastReview">Last reviewed 3 Mar by L. Rossi</p>
<div class="row"><label><input type="checkbox" id="signoff"> I confirm this matrix matches current recipes</label></div>
<div class="row" id="saveBar"><button id="saveMatrix" class="btn primary">Save matrix</button><button id="discardChanges" class="btn">Discard changes</button><a href="/allergens/history" id="historyLink">Change history</a></div>
</main>
<footer>Natasha's Law labelling guidance · <a href="/help">Help</a></footer>`,
);

const allergenV2 = edit(allergenV1, [
  [
    '<h1>Allergen matrix — Spring lunch menu</h1>',
    '<div class="row"><h1>Allergens · Spring lunch</h1><a href="/allergens/history" class="history">View history</a></div>',
  ],
  ['id="dishFilter" placeholder="Filter dishes"', 'id="dish-search" placeholder="Search dishes"'],
  [
    '<select id="courseSel" name="course"><option>All courses</option><option>Starters</option><option>Mains</option><option>Desserts</option></select>',
    '<div role="radiogroup" aria-label="Course" class="seg"><label><input type="radio" name="course-filter" value="all" checked> All</label><label><input type="radio" name="course-filter" value="starters"> Starters</label><label><input type="radio" name="course-filter" value="mains"> Mains</label><label><input type="radio" name="course-filter" value="desserts"> Desserts</label></div>',
  ],
  ['<button id="exportPdf" class="btn">Export PDF</button>', ''],
  [
    '<button id="printMatrix" class="btn">Print</button>',
    '<button class="btn icon" aria-label="Print matrix" title="Print">🖨</button>',
  ],
  ['<tr id="dish-101">', '<tr data-dish-id="101">'],
  ['<tr id="dish-102">', '<tr data-dish-id="102">'],
  ['<tr id="dish-103">', '<tr data-dish-id="103">'],
  ['<tr id="dish-104">', '<tr data-dish-id="104">'],
  [
    '<label><input type="checkbox" id="signoff"> I confirm this matrix matches current recipes</label>',
    '<label><input type="checkbox" id="onlyFlagged"> Only show dishes containing allergens</label>',
  ],
  [
    '<button id="saveMatrix" class="btn primary">Save matrix</button>',
    '<button id="publishMatrix" class="btn primary">Publish changes</button>',
  ],
  ['<a href="/allergens/history" id="historyLink">Change history</a>', ''],
]);

// ---------------------------------------------------------------------------
// 3. Food truck weekly stop schedule (full rewrite: table → day cards + drawer)
// ---------------------------------------------------------------------------
const truckV1 = page(
  'Schedule — Taco Loco Ops',
  `<header><strong class="brand">Taco Loco Ops</strong><nav><a href="/schedule" class="on">Schedule</a><a href="/menu">Menu</a><a href="/stock">Stock</a><a href="/staff">Staff</a></nav><a href="/logout">Log out</a></header>
<main>
<h1>This week's stops</h1>
<div class="row"><button id="prevWeek">&laquo; Prev week</button><span id="weekLabel">10–16 March</span><button id="nextWeek">Next week &raquo;</button><button id="publishSchedule" class="btn primary">Publish to website</button></div>
<table id="stopsTable"><thead><tr><th>Day</th><th>Location</th><th>Hours</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Mon</td><td>Brewery Yard, Canal St</td><td>17:00–21:00</td><td><span class="status confirmed">Confirmed</span></td><td><button class="edit-stop" data-stop="s1">Edit</button> <button class="cancel-stop" data-stop="s1">Cancel</button></td></tr>
<tr><td>Tue</td><td>Tech Park Plaza</td><td>11:30–14:30</td><td><span class="status confirmed">Confirmed</span></td><td><button class="edit-stop" data-stop="s2">Edit</button> <button class="cancel-stop" data-stop="s2">Cancel</button></td></tr>
<tr><td>Thu</td><td>Farmers Market, Old Square</td><td>09:00–14:00</td><td><span class="status pending">Pending</span></td><td><button class="edit-stop" data-stop="s3">Edit</button> <button class="cancel-stop" data-stop="s3">Cancel</button></td></tr>
<tr><td>Fri</td><td>Riverside Festival</td><td>12:00–22:00</td><td><span class="status confirmed">Confirmed</span></td><td><button class="edit-stop" data-stop="s4">Edit</button> <button class="cancel-stop" data-stop="s4">Cancel</button></td></tr>
<tr><td>Sat</td><td>Riverside Festival</td><td>12:00–22:00</td><td><span class="status confirmed">Confirmed</span></td><td><button class="edit-stop" data-stop="s5">Edit</button> <button class="cancel-stop" data-stop="s5">Cancel</button></td></tr>
</tbody></table>
<h2>Add a stop</h2>
<form id="addStop"><label for="stopDay">Day</label><select id="stopDay" name="day"><option>Mon</option><option>Tue</option><option>Wed</option><option>Thu</option><option>Fri</option><option>Sat</option><option>Sun</option></select>
<label for="stopLoc">Location</label><input id="stopLoc" name="location">
<div class="row"><label for="stopStart">From</label><input id="stopStart" name="start" type="time"><label for="stopEnd">To</label><input id="stopEnd" name="end" type="time"></div>
<label for="stopPermit">Permit number</label><input id="stopPermit" name="permit">
<label><input type="checkbox" name="notify" id="notifyFollowers"> Notify followers on Instagram</label>
<button type="submit" id="saveStop">Add stop</button></form>
</main>
<footer>Taco Loco Street Kitchen · <a href="/help">Help</a></footer>`,
);

const truckV2 = page(
  'Schedule · Taco Loco',
  `<header class="tl-top"><span class="tl-logo">Taco Loco</span><nav class="tl-nav"><a href="/schedule" aria-current="page">Schedule</a><a href="/menu">Menu</a><a href="/stock">Stock</a><a href="/staff">Team</a></nav><a href="/logout" class="tl-out">Log out</a></header>
<main class="tl-main">
<div class="tl-toolbar"><button aria-label="Previous week" class="tl-icon">‹</button><h1>10–16 March</h1><button aria-label="Next week" class="tl-icon">›</button><button class="tl-btn tl-btn--secondary" data-action="copy-week">Copy last week</button><button class="tl-btn tl-btn--primary" data-action="publish">Publish schedule</button></div>
<div class="tl-days">
<article class="tl-stop" data-id="s1"><h3>Monday</h3><p class="tl-where">Brewery Yard, Canal St</p><p class="tl-when">5pm – 9pm</p><span class="tl-chip tl-chip--ok">Confirmed</span><div class="tl-stop-actions"><button aria-label="Edit Monday stop">Edit</button><button aria-label="Remove Monday stop">Remove</button></div></article>
<article class="tl-stop" data-id="s2"><h3>Tuesday</h3><p class="tl-where">Tech Park Plaza</p><p class="tl-when">11:30am – 2:30pm</p><span class="tl-chip tl-chip--ok">Confirmed</span><div class="tl-stop-actions"><button aria-label="Edit Tuesday stop">Edit</button><button aria-label="Remove Tuesday stop">Remove</button></div></article>
<article class="tl-stop" data-id="s3"><h3>Thursday</h3><p class="tl-where">Farmers Market, Old Square</p><p class="tl-when">9am – 2pm</p><span class="tl-chip tl-chip--wait">Awaiting organiser</span><div class="tl-stop-actions"><button aria-label="Edit Thursday stop">Edit</button><button aria-label="Remove Thursday stop">Remove</button></div></article>
<article class="tl-stop" data-id="s4"><h3>Friday</h3><p class="tl-where">Riverside Festival</p><p class="tl-when">12pm – 10pm</p><span class="tl-chip tl-chip--ok">Confirmed</span><div class="tl-stop-actions"><button aria-label="Edit Friday stop">Edit</button><button aria-label="Remove Friday stop">Remove</button></div></article>
</div>
<aside class="tl-drawer" aria-label="New stop"><h2>New stop</h2><form class="tl-form">
<fieldset class="tl-daypick"><legend>Day</legend><label><input type="radio" name="stop-day" value="mon"> Mon</label><label><input type="radio" name="stop-day" value="tue"> Tue</label><label><input type="radio" name="stop-day" value="wed"> Wed</label><label><input type="radio" name="stop-day" value="thu"> Thu</label><label><input type="radio" name="stop-day" value="fri"> Fri</label><label><input type="radio" name="stop-day" value="sat"> Sat</label><label><input type="radio" name="stop-day" value="sun"> Sun</label></fieldset>
<label>Where<input name="where" placeholder="Address or venue"></label>
<div class="tl-times"><label>Opens<input type="time" name="opens"></label><label>Closes<input type="time" name="closes"></label></div>
<label>Pitch fee (£)<input name="fee" type="number" min="0"></label>
<label class="tl-check"><input type="checkbox" name="share"> Post to socials</label>
<button type="submit" class="tl-btn tl-btn--primary">Save stop</button></form></aside>
</main>
<footer class="tl-foot">Taco Loco · <a href="/help">Help</a></footer>`,
);

// ---------------------------------------------------------------------------
// 4. Catering quote builder (edit)
// ---------------------------------------------------------------------------
const cateringV1 = page(
  'New quote — Feast & Co.',
  `<header><a href="/" class="logo">Feast &amp; Co. Catering</a><nav><a href="/enquiries">Enquiries</a><a href="/quotes" class="active">Quotes</a><a href="/events">Events</a><a href="/menus">Menus</a></nav><span class="muted">Logged in as Priya</span></header>
<main>
<h1>New quote</h1>
<form id="quoteForm">
<fieldset><legend>Client</legend>
<label for="clientName">Client name</label><input id="clientName" name="client_name">
<label for="clientEmail">Email</label><input id="clientEmail" name="client_email" type="email">
<label for="clientPhone">Phone</label><input id="clientPhone" name="client_phone" type="tel"></fieldset>
<fieldset><legend>Event</legend>
<label for="eventDate">Event date</label><input id="eventDate" name="event_date" type="date">
<label for="venue">Venue</label><input id="venue" name="venue">
<label for="guestCount">Number of guests</label><input id="guestCount" name="guests" type="number" min="10"></fieldset>
<fieldset id="packages"><legend>Menu package</legend>
<label><input type="radio" name="package" value="canape"> Canapé reception (£18pp)</label>
<label><input type="radio" name="package" value="buffet" checked> Hot buffet (£26pp)</label>
<label><input type="radio" name="package" value="plated"> Plated three courses (£42pp)</label>
<label><input type="radio" name="package" value="bbq"> BBQ (£24pp)</label></fieldset>
<fieldset id="addons"><legend>Add-ons</legend>
<label><input type="checkbox" name="addon" value="staff"> Waiting staff</label>
<label><input type="checkbox" name="addon" value="linen"> Linen hire</label>
<label><input type="checkbox" name="addon" value="bar"> Bar service</label>
<label><input type="checkbox" name="addon" value="cake"> Cake cutting</label></fieldset>
<label for="dietNotes">Dietary requirements</label><textarea id="dietNotes" name="diet"></textarea>
<label for="discount">Discount %</label><input id="discount" name="discount" type="number">
<div class="row"><button type="button" id="previewQuote">Preview</button><button type="submit" id="sendQuote" class="btn primary">Send quote</button><button type="button" id="saveDraft">Save draft</button></div>
</form>
<aside class="card" id="quoteSummary"><h3>Summary</h3><p>Subtotal <span id="subtotal">£2,080.00</span></p><p>VAT <span id="vat">£416.00</span></p><p>Total <strong id="grandTotal">£2,496.00</strong></p></aside>
</main>
<footer>Feast &amp; Co. · VAT GB 123 4567 89</footer>`,
);

const cateringV2 = edit(cateringV1, [
  [
    '<label for="clientPhone">Phone</label><input id="clientPhone" name="client_phone" type="tel">',
    '<label for="clientMobile">Mobile</label><input id="clientMobile" name="client_mobile" type="tel">',
  ],
  [
    '<label for="guestCount">Number of guests</label><input id="guestCount" name="guests" type="number" min="10">',
    '<div class="row"><label for="adultGuests">Adults</label><input id="adultGuests" name="guests_adult" type="number" min="10"><label for="childGuests">Children</label><input id="childGuests" name="guests_child" type="number" min="0"></div>',
  ],
  [
    `<fieldset id="packages"><legend>Menu package</legend>
<label><input type="radio" name="package" value="canape"> Canapé reception (£18pp)</label>
<label><input type="radio" name="package" value="buffet" checked> Hot buffet (£26pp)</label>
<label><input type="radio" name="package" value="plated"> Plated three courses (£42pp)</label>
<label><input type="radio" name="package" value="bbq"> BBQ (£24pp)</label></fieldset>`,
    '<label for="pkg">Menu package</label><select id="pkg" name="package"><option value="canape">Canapé reception — £18pp</option><option value="buffet" selected>Hot buffet — £26pp</option><option value="plated">Plated three courses — £42pp</option><option value="bbq">BBQ — £24pp</option></select>',
  ],
  [
    '<label><input type="checkbox" name="addon" value="cake"> Cake cutting</label>',
    '<label><input type="checkbox" name="addon" value="cakestand"> Cake stand hire</label>',
  ],
  ['<label for="discount">Discount %</label><input id="discount" name="discount" type="number">', ''],
  [
    '<div class="row"><button type="button" id="previewQuote">Preview</button><button type="submit" id="sendQuote" class="btn primary">Send quote</button><button type="button" id="saveDraft">Save draft</button></div>',
    '<div class="row"><button type="button" id="save-draft">Save as draft</button><button type="button" id="previewQuote">Preview PDF</button><button type="submit" id="emailProposal" class="btn primary">Email proposal</button></div>',
  ],
  ['<strong id="grandTotal">', '<strong data-testid="quote-total">'],
]);

// ---------------------------------------------------------------------------
// 5. Till cash-up at end of day (full rewrite: denominations table → sectioned close-till flow)
// ---------------------------------------------------------------------------
const cashupV1 = page(
  'Cash up — ShopDesk POS',
  `<header><span class="brand">ShopDesk POS</span><nav><a href="/sales">Sales</a><a href="/cashup" class="active">Cash up</a><a href="/stock">Stock</a><a href="/reports">Reports</a></nav><span>Store #0142 · Till 2</span></header>
<main><h1>End of day cash up</h1>
<p class="muted">Trading date: Saturday 8 March · Expected cash £612.40</p>
<form id="cashupForm">
<table id="denoms"><thead><tr><th>Denomination</th><th>Count</th><th>Value</th></tr></thead><tbody>
<tr><td>£50</td><td><input name="d_5000" type="number" value="2"></td><td>£100.00</td></tr>
<tr><td>£20</td><td><input name="d_2000" type="number" value="12"></td><td>£240.00</td></tr>
<tr><td>£10</td><td><input name="d_1000" type="number" value="15"></td><td>£150.00</td></tr>
<tr><td>£5</td><td><input name="d_500" type="number" value="14"></td><td>£70.00</td></tr>
<tr><td>£2</td><td><input name="d_200" type="number" value="11"></td><td>£22.00</td></tr>
<tr><td>£1</td><td><input name="d_100" type="number" value="18"></td><td>£18.00</td></tr>
<tr><td>50p</td><td><input name="d_50" type="number" value="10"></td><td>£5.00</td></tr>
<tr><td>20p</td><td><input name="d_20" type="number" value="12"></td><td>£2.40</td></tr>
<tr><td>10p</td><td><input name="d_10" type="number" value="18"></td><td>£1.80</td></tr>
</tbody></table>
<label for="floatAmt">Float to leave in drawer</label><input id="floatAmt" name="float" value="150.00">
<label for="cardTotal">Card terminal Z total</label><input id="cardTotal" name="card_z" value="1,842.15">
<label for="pettyCash">Petty cash paid out</label><input id="pettyCash" name="petty" value="12.50">
<label for="varReason">Variance reason</label><select id="varReason" name="variance_reason"><option value="">None</option><option>Miscount</option><option>Refund not recorded</option><option>Theft suspected</option></select>
<label for="bagNo">Safe bag number</label><input id="bagNo" name="bag_number">
<div class="row"><button type="button" id="recount">Recount</button><button type="button" id="printX">Print X-read</button><button type="submit" id="submitCashup" class="btn primary">Submit cash up</button></div>
</form>
<div class="card" id="varianceBox"><strong>Variance: <span id="varianceAmt">-£3.20</span></strong></div>
</main>
<footer>ShopDesk 11.4 · <a href="/support">Support</a></footer>`,
);

const cashupV2 = page(
  'Close till — ShopDesk',
  `<div class="sd-shell"><header class="sd-head"><span class="sd-logo">ShopDesk</span><nav class="sd-tabs"><a href="/sales">Sales</a><a href="/cashup" aria-current="page">Close till</a><a href="/stock">Stock</a><a href="/reports">Insights</a></nav><span class="sd-ctx">Store 0142 · Till 2</span></header>
<main class="sd-main"><h1>Close till</h1>
<ol class="sd-steps"><li class="sd-step sd-step--done">Count cash</li><li class="sd-step">Card &amp; payouts</li><li class="sd-step">Bank</li></ol>
<section class="sd-panel" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2>
<div class="sd-count"><label for="c-50">£50 notes</label><input id="c-50" inputmode="numeric" value="2"><span>£100.00</span></div>
<div class="sd-count"><label for="c-20">£20 notes</label><input id="c-20" inputmode="numeric" value="12"><span>£240.00</span></div>
<div class="sd-count"><label for="c-10">£10 notes</label><input id="c-10" inputmode="numeric" value="15"><span>£150.00</span></div>
<div class="sd-count"><label for="c-5">£5 notes</label><input id="c-5" inputmode="numeric" value="14"><span>£70.00</span></div>
</section>
<section class="sd-panel" aria-labelledby="coins-h"><h2 id="coins-h">Coins</h2>
<div class="sd-count"><label for="c-2">£2 coins</label><input id="c-2" inputmode="numeric" value="11"><span>£22.00</span></div>
<div class="sd-count"><label for="c-1">£1 coins</label><input id="c-1" inputmode="numeric" value="18"><span>£18.00</span></div>
<div class="sd-count"><label for="c-050">50p coins</label><input id="c-050" inputmode="numeric" value="10"><span>£5.00</span></div>
<div class="sd-count"><label for="c-020">20p coins</label><input id="c-020" inputmode="numeric" value="12"><span>£2.40</span></div>
<div class="sd-count"><label for="c-010">10p coins</label><input id="c-010" inputmode="numeric" value="18"><span>£1.80</span></div>
<div class="sd-count"><label for="c-bagged">Bagged coin (£)</label><input id="c-bagged" inputmode="decimal"><span>£0.00</span></div>
</section>
<section class="sd-panel"><h2>Card &amp; payouts</h2>
<label for="pdq-z">PDQ end-of-day total</label><input id="pdq-z" value="1,842.15">
<label for="payouts">Paid outs</label><input id="payouts" value="12.50">
<label for="float-next">Opening float for tomorrow</label><input id="float-next" value="150.00">
</section>
<section class="sd-panel"><h2>Bank</h2>
<label for="seal-no">Tamper-evident bag seal</label><input id="seal-no">
<label for="counted-by">Second counter</label><select id="counted-by"><option>—</option><option>J. Patel</option><option>M. Gray</option></select>
</section>
<div class="sd-summary"><span>Over/short</span><strong data-testid="over-short">-£3.20</strong></div>
<div class="sd-actions"><button class="sd-btn" data-testid="reset-counts">Start again</button><button class="sd-btn sd-btn--primary" data-testid="close-till">Close till</button></div>
</main>
<footer class="sd-foot">ShopDesk 12 · <a href="/support">Support</a></footer></div>`,
);

// ---------------------------------------------------------------------------
// 6. Store replenishment order (edit)
// ---------------------------------------------------------------------------
const cheddarRow =
  '<tr data-sku="415077"><td>415077</td><td>Mature cheddar 400g</td><td>8</td><td>22</td><td>18</td><td><input class="qty" name="qty_415077" type="number" value="24"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>\n';
const replenV1 = page(
  'Ordering — StoreHub',
  `<header><a class="brand" href="/">StoreHub</a><nav><a href="/orders" class="sel">Ordering</a><a href="/deliveries">Deliveries</a><a href="/waste">Waste</a><a href="/rota">Rota</a></nav><span id="storeName">Leeds Kirkstall #311</span></header>
<main><h1>Replenishment order — Chilled</h1>
<div class="row" id="orderFilters"><label for="deptFilter">Department</label><select id="deptFilter"><option>Chilled</option><option>Ambient</option><option>Frozen</option><option>Produce</option></select><label><input type="checkbox" id="onlyExceptions"> Exceptions only</label><input id="skuSearch" type="search" placeholder="SKU or description"><button id="addItem">Add item</button></div>
<p class="muted">Order cut-off 14:00 · Delivery Tuesday</p>
<table id="orderLines"><thead><tr><th>SKU</th><th>Description</th><th>On hand</th><th>Forecast</th><th>Suggested</th><th>Order</th><th></th></tr></thead><tbody>
<tr data-sku="402118"><td>402118</td><td>Semi-skimmed milk 2L</td><td>34</td><td>120</td><td>96</td><td><input class="qty" name="qty_402118" type="number" value="96"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>
<tr data-sku="402231"><td>402231</td><td>Greek yoghurt 500g</td><td>12</td><td>40</td><td>30</td><td><input class="qty" name="qty_402231" type="number" value="30"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>
${cheddarRow}<tr data-sku="418002"><td>418002</td><td>Fresh orange juice 1L</td><td>20</td><td>35</td><td>18</td><td><input class="qty" name="qty_418002" type="number" value="18"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>
<tr data-sku="420915"><td>420915</td><td>Hummus 200g</td><td>5</td><td>28</td><td>24</td><td><input class="qty" name="qty_420915" type="number" value="24"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>
<tr data-sku="421330"><td>421330</td><td>Chicken breast fillets 600g</td><td>16</td><td>60</td><td>48</td><td><input class="qty" name="qty_421330" type="number" value="48"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>
</tbody></table>
<div class="row"><label for="orderNote">Note to DC</label><input id="orderNote" name="note"></div>
<div class="row" id="orderActions"><button id="saveOrder">Save</button><button id="submitOrder" class="btn primary">Submit order</button><a href="/orders/print" id="printOrder">Print</a></div>
</main>
<footer>StoreHub · Ordering v3</footer>`,
);

const replenV2 = edit(replenV1, [
  [
    '<label for="deptFilter">Department</label><select id="deptFilter">',
    '<label for="department">Category</label><select id="department">',
  ],
  [
    '<label><input type="checkbox" id="onlyExceptions"> Exceptions only</label>',
    '<label><input type="checkbox" id="promoOnly"> Promotions only</label>',
  ],
  [
    '<button id="addItem">Add item</button>',
    '<a href="/orders/add" class="btn" role="button">Add product</a>',
  ],
  [cheddarRow, ''],
  [
    '<tr data-sku="420915"><td>420915</td><td>Hummus 200g</td><td>5</td><td>28</td><td>24</td><td><input class="qty" name="qty_420915" type="number" value="24"></td><td><button class="line-remove" title="Remove line">✕</button></td></tr>\n',
    '',
  ],
  ['</tbody>', `${cheddarRow}</tbody>`],
  [
    '<div class="row"><label for="orderNote">Note to DC</label><input id="orderNote" name="note"></div>',
    '<div class="row"><label for="dcNote">Message to depot</label><textarea id="dcNote" name="note_to_depot"></textarea></div>',
  ],
  [
    '<button id="submitOrder" class="btn primary">Submit order</button>',
    '<button id="sendToDc" class="btn primary">Send to depot</button>',
  ],
  [
    '<a href="/orders/print" id="printOrder">Print</a>',
    '<button class="btn" aria-label="Print order" data-href="/orders/print">🖨</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 7. Shoe repair & key cutting counter ticket (full rewrite: form → tablet job screen)
// ---------------------------------------------------------------------------
const cobblerV1 = page(
  'New ticket — Heel & Key',
  `<header><span class="brand">Heel &amp; Key — Counter</span><nav><a href="/tickets/new" class="active">New ticket</a><a href="/tickets">Open tickets</a><a href="/collections">Collections</a><a href="/keys">Key blanks</a></nav><a href="/logout">Log out</a></header>
<main><h1>New repair ticket</h1>
<form id="ticketForm" name="ticket">
<label for="custName">Customer name</label><input id="custName" name="customer">
<label for="custPhone">Phone</label><input id="custPhone" name="phone" type="tel">
<label for="itemType">Item</label><select id="itemType" name="item"><option>Shoes</option><option>Boots</option><option>Handbag</option><option>Belt</option><option>Watch</option></select>
<fieldset id="services"><legend>Work required</legend>
<label><input type="checkbox" name="svc" value="heels"> Heels</label>
<label><input type="checkbox" name="svc" value="soles"> Full soles</label>
<label><input type="checkbox" name="svc" value="stretch"> Stretching</label>
<label><input type="checkbox" name="svc" value="stitch"> Re-stitching</label>
<label><input type="checkbox" name="svc" value="polish"> Polish</label>
<label><input type="checkbox" name="svc" value="battery"> Watch battery</label></fieldset>
<label for="dueDate">Ready by</label><input id="dueDate" name="due" type="date">
<label for="price">Price (£)</label><input id="price" name="price">
<label for="deposit">Deposit taken (£)</label><input id="deposit" name="deposit">
<label><input type="checkbox" id="smsReady" name="sms"> Text customer when ready</label>
<div class="row"><button type="submit" id="createTicket" class="btn primary">Create ticket</button><button type="button" id="printTag">Print tag</button><button type="reset">Clear</button></div>
</form>
<h2>Recent tickets</h2>
<ul id="recent"><li><a href="/tickets/5531">#5531 Boots — heels</a></li><li><a href="/tickets/5530">#5530 Handbag — stitch</a></li><li><a href="/tickets/5529">#5529 Shoes — soles</a></li></ul>
</main>
<footer>Heel &amp; Key Ltd · 4 Market Arcade</footer>`,
);

const cobblerV2 = page(
  'New job · Heel & Key',
  `<div class="topbar"><b>Heel &amp; Key</b><a href="/tickets/new" class="tab tab-on">New job</a><a href="/tickets" class="tab">Jobs</a><a href="/collections" class="tab">Collect</a><a href="/keys" class="tab">Keys</a><a href="/logout" class="tab tab-end">Log out</a></div>
<main class="job">
<h1>New job</h1>
<section class="job-customer"><input aria-label="Customer name" name="customerName" placeholder="Name"><input aria-label="Mobile number" name="mobile" type="tel" placeholder="Mobile"><button class="lookup" type="button">Find existing customer</button></section>
<section class="job-item"><h2>What's it for?</h2><div class="chips" role="radiogroup" aria-label="Item"><button role="radio" aria-checked="true" data-item="shoes">Shoes</button><button role="radio" aria-checked="false" data-item="boots">Boots</button><button role="radio" aria-checked="false" data-item="handbag">Handbag</button><button role="radio" aria-checked="false" data-item="belt">Belt</button><button role="radio" aria-checked="false" data-item="watch">Watch</button></div></section>
<section class="job-work"><h2>Work</h2><div class="tiles">
<button class="tile" aria-pressed="false" data-service="heels">Heels <small>£14</small></button>
<button class="tile" aria-pressed="false" data-service="soles">Full soles <small>£38</small></button>
<button class="tile" aria-pressed="false" data-service="zip">Zip replacement <small>£22</small></button>
<button class="tile" aria-pressed="false" data-service="stitch">Stitching <small>£12</small></button>
<button class="tile" aria-pressed="false" data-service="polish">Clean &amp; polish <small>£8</small></button>
<button class="tile" aria-pressed="false" data-service="battery">Watch battery <small>£7</small></button>
</div></section>
<section class="job-money"><label>Ready on<input type="date" name="readyOn"></label><label>Quote<input name="quote" inputmode="decimal"></label><label>Paid now<input name="paidNow" inputmode="decimal"></label></section>
<label class="switch"><input type="checkbox" role="switch" name="notifySms"> SMS when ready</label>
<div class="job-actions"><button class="primary" data-testid="save-job">Save job</button><button data-testid="save-print">Save &amp; print tag</button></div>
</main>
<footer class="foot">Heel &amp; Key Ltd</footer>`,
);

// ---------------------------------------------------------------------------
// 8. Dry cleaning garment intake (edit)
// ---------------------------------------------------------------------------
const dryV1 = page(
  'Intake — PressPoint',
  `<header><span class="brand">PressPoint</span><nav><a href="/intake" class="active">Intake</a><a href="/racks">Racks</a><a href="/collections">Collections</a><a href="/accounts">Accounts</a></nav><span class="muted">Branch: High Street</span></header>
<main><h1>Garment intake</h1>
<section id="customer" class="card"><h2>Customer</h2>
<label for="cName">Name</label><input id="cName" name="name">
<label for="cPhone">Phone</label><input id="cPhone" name="phone">
<label for="acctNo">Account no.</label><input id="acctNo" name="account"></section>
<table id="garments"><thead><tr><th>Garment</th><th>Service</th><th>Qty</th><th>Stains / notes</th><th>Price</th></tr></thead><tbody>
<tr><td>Two-piece suit</td><td>Dry clean</td><td>1</td><td><input class="stain" name="stain[]" value=""></td><td>£18.50</td></tr>
<tr><td>Silk blouse</td><td>Dry clean</td><td>2</td><td><input class="stain" name="stain[]" value="Wine on cuff"></td><td>£16.00</td></tr>
<tr><td>Duvet (king)</td><td>Launder</td><td>1</td><td><input class="stain" name="stain[]" value=""></td><td>£24.00</td></tr>
<tr><td>Wool coat</td><td>Dry clean</td><td>1</td><td><input class="stain" name="stain[]" value="Missing button"></td><td>£21.00</td></tr>
</tbody></table>
<div class="row"><button id="addGarment">Add garment</button><button id="addAlteration">Add alteration</button></div>
<label><input type="checkbox" id="express" name="express"> Express (same day, +50%)</label>
<label for="pickup">Ready for collection</label><input id="pickup" name="pickup" type="date">
<fieldset id="payMethod"><legend>Payment</legend><label><input type="radio" name="pay" value="now"> Pay now</label><label><input type="radio" name="pay" value="collect" checked> Pay on collection</label><label><input type="radio" name="pay" value="account"> Charge account</label><label><input type="radio" name="pay" value="cheque"> Cheque</label></fieldset>
<p>Total <strong id="intakeTotal">£79.50</strong></p>
<div class="row"><button id="printTickets" class="btn">Print tickets</button><button id="completeIntake" class="btn primary">Complete intake</button></div>
</main>
<footer>PressPoint POS 4.1</footer>`,
);

const dryV2 = edit(dryV1, [
  [
    '<label for="acctNo">Account no.</label><input id="acctNo" name="account">',
    '<label for="loyaltyCard">Loyalty card</label><input id="loyaltyCard" name="loyalty">',
  ],
  [
    '<tbody>',
    '<tbody>\n<tr class="bundle"><td>Shirts (bundle of 5)</td><td>Launder &amp; press</td><td>5</td><td><input class="stain" name="stain[]" value=""></td><td>£12.50</td></tr>',
  ],
  [
    '<button id="addGarment">Add garment</button>',
    '<button id="add-item" class="btn-link">+ Add item</button>',
  ],
  [
    '<label><input type="checkbox" id="express" name="express"> Express (same day, +50%)</label>',
    '<label for="turnaround">Turnaround</label><select id="turnaround" name="turnaround"><option value="standard">Standard (3 days)</option><option value="next">Next day (+25%)</option><option value="same">Same day (+50%)</option></select>',
  ],
  [
    '<label for="pickup">Ready for collection</label><input id="pickup" name="pickup" type="date">',
    '<label for="readyDate">Ready date</label><input id="readyDate" name="ready_date" type="date">',
  ],
  ['<label><input type="radio" name="pay" value="cheque"> Cheque</label>', ''],
  ['<strong id="intakeTotal">', '<strong class="total-amount">'],
  [
    '<div class="row"><button id="printTickets" class="btn">Print tickets</button><button id="completeIntake" class="btn primary">Complete intake</button></div>',
    '<div class="actions"><button class="btn primary" data-action="complete">Finish intake</button><button class="btn" data-action="print-tags">Print tags</button></div>',
  ],
]);

// ---------------------------------------------------------------------------
// 9. Festival trader pitch application (full rewrite: flat form → numbered sections)
// ---------------------------------------------------------------------------
const pitchV1 = page(
  'Trader application — Riverside Summer Festival',
  `<header><a href="/" class="logo">Riverside Summer Festival</a><nav><a href="/lineup">Line-up</a><a href="/tickets">Tickets</a><a href="/traders" class="active">Traders</a><a href="/contact">Contact</a></nav></header>
<main><h1>Trader pitch application 2025</h1><p class="muted">Applications close 30 April.</p>
<form id="pitchApp" action="/traders/apply" method="post">
<h2>Your business</h2>
<label for="bizName">Trading name</label><input id="bizName" name="trading_name">
<label for="contactName">Contact name</label><input id="contactName" name="contact_name">
<label for="bizEmail">Email</label><input id="bizEmail" name="email" type="email">
<label for="bizType">Trader type</label><select id="bizType" name="trader_type"><option>Hot food</option><option>Drinks / bar</option><option>Crafts</option><option>Clothing</option><option>Charity</option></select>
<h2>Your pitch</h2>
<fieldset id="pitchSize"><legend>Pitch size</legend><label><input type="radio" name="pitch" value="3x3"> 3m × 3m (£220)</label><label><input type="radio" name="pitch" value="3x6"> 3m × 6m (£380)</label><label><input type="radio" name="pitch" value="6x6"> 6m × 6m (£650)</label></fieldset>
<label for="power">Electricity</label><select id="power" name="power"><option value="none">None</option><option value="16a">16A single phase</option><option value="32a">32A single phase</option></select>
<label for="hygiene">Food hygiene rating</label><select id="hygiene" name="fhrs"><option>5</option><option>4</option><option>3</option><option>Awaiting inspection</option></select>
<label for="menuDesc">What will you sell?</label><textarea id="menuDesc" name="description"></textarea>
<label for="pli">Public liability insurance certificate</label><input id="pli" name="pli_file" type="file">
<label for="gasCert">Gas safety certificate (if using LPG)</label><input id="gasCert" name="gas_file" type="file">
<label><input type="checkbox" name="terms" id="terms"> I agree to the trader terms and conditions</label>
<button type="submit" id="applyBtn" class="btn primary">Submit application</button>
</form></main>
<footer><a href="/traders/terms">Trader terms</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const pitchV2 = page(
  'Apply to trade — Riverside',
  `<header class="site-header"><a href="/" class="site-logo" aria-label="Riverside Summer Festival home"><img src="/logo.svg" alt="Riverside"></a><nav class="site-nav"><a href="/lineup">Line-up</a><a href="/tickets">Tickets</a><a href="/traders" aria-current="page">Trade with us</a><a href="/contact">Contact</a></nav></header>
<main class="apply"><h1>Apply for a trading pitch</h1><p class="deadline">Deadline: 30 April</p>
<form class="apply-form" action="/traders/apply" method="post">
<section class="apply-step"><h2>1. About you</h2>
<div class="field"><label for="f-business">Business name</label><input id="f-business" name="business[name]"></div>
<div class="field"><label for="f-contact">Your name</label><input id="f-contact" name="business[contact]"></div>
<div class="field"><label for="f-email">Email address</label><input id="f-email" name="business[email]" type="email"></div>
<div class="field"><label for="f-phone">Phone</label><input id="f-phone" name="business[phone]" type="tel"></div>
<div class="field"><label for="f-category">Category</label><select id="f-category" name="business[category]"><option>Street food</option><option>Bar &amp; drinks</option><option>Arts &amp; crafts</option><option>Fashion</option><option>Charity / community</option></select></div></section>
<section class="apply-step"><h2>2. Pitch &amp; services</h2>
<div class="field"><label for="f-pitch">Pitch size</label><select id="f-pitch" name="pitch[size]"><option value="3x3">3 × 3 m — £220</option><option value="3x6">3 × 6 m — £380</option><option value="6x6">6 × 6 m — £650</option></select></div>
<div class="field"><label for="f-power">Power supply</label><select id="f-power" name="pitch[power]"><option>No power</option><option>16 amp</option><option>32 amp</option></select></div>
<div class="field"><label for="f-water">Water connection</label><select id="f-water" name="pitch[water]"><option>Not needed</option><option>Standpipe nearby</option><option>Direct feed</option></select></div>
<div class="field"><label for="f-offer">Describe your products</label><textarea id="f-offer" name="pitch[description]"></textarea></div></section>
<section class="apply-step"><h2>3. Documents</h2>
<div class="field"><label for="f-pli">Public liability insurance (PDF)</label><input id="f-pli" name="docs[pli]" type="file"></div>
</section>
<label class="consent"><input type="checkbox" name="agree"> I have read the <a href="/traders/terms">trader terms</a></label>
<div class="apply-actions"><button type="button" class="secondary">Save and finish later</button><button type="submit" class="primary">Send application</button></div>
</form></main>
<footer class="site-footer"><a href="/traders/terms">Terms for traders</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

// ---------------------------------------------------------------------------
// 10. Trade show stand booking (edit)
// ---------------------------------------------------------------------------
const expoV1 = page(
  'Choose your stand — ExpoDesk',
  `<header><a href="/" class="brand">ExpoDesk</a><nav><a href="/exhibitor">Dashboard</a><a href="/exhibitor/stand" class="current">Stand</a><a href="/exhibitor/badges">Badges</a><a href="/exhibitor/manual">Exhibitor manual</a></nav><span class="muted">Food &amp; Drink Expo 2025 · Hall 3</span></header>
<main><h1>Choose your stand</h1>
<div class="row" id="standFilters"><label for="zone">Zone</label><select id="zone"><option>All zones</option><option>Artisan Village</option><option>Main Hall</option><option>Drinks Pavilion</option></select><label for="minArea">Min area (m²)</label><input id="minArea" type="number"><label><input type="checkbox" id="cornerOnly"> Corner stands only</label></div>
<table id="stands"><thead><tr><th>Stand</th><th>Zone</th><th>Size</th><th>Open sides</th><th>Price</th><th></th></tr></thead><tbody>
<tr><td>C14</td><td>Artisan Village</td><td>3×2</td><td>1</td><td>£1,850</td><td><button class="reserve" data-stand="C14">Reserve</button></td></tr>
<tr><td>C21</td><td>Artisan Village</td><td>3×3</td><td>2</td><td>£2,900</td><td><button class="reserve" data-stand="C21">Reserve</button></td></tr>
<tr><td>M08</td><td>Main Hall</td><td>6×3</td><td>2</td><td>£5,400</td><td><button class="reserve" data-stand="M08">Reserve</button></td></tr>
<tr><td>M17</td><td>Main Hall</td><td>4×4</td><td>3</td><td>£6,100</td><td><button class="reserve" data-stand="M17">Reserve</button></td></tr>
<tr><td>D03</td><td>Drinks Pavilion</td><td>3×3</td><td>1</td><td>£3,200</td><td><button class="reserve" data-stand="D03">Reserve</button></td></tr>
</tbody></table>
<h2>Stand package</h2>
<form id="pkgForm"><label><input type="radio" name="pkg" value="space" checked> Space only</label><label><input type="radio" name="pkg" value="shell"> Shell scheme (+£95/m²)</label>
<label for="fascia">Fascia name</label><input id="fascia" name="fascia" maxlength="30">
<label><input type="checkbox" name="power" id="pwr"> 1kW power socket (£140)</label>
<label><input type="checkbox" name="sink" id="sink"> Hand-wash sink (£210)</label>
<label for="poNumber">Your PO number</label><input id="poNumber" name="po">
<div class="row"><button type="submit" id="confirmStand" class="btn primary">Confirm booking</button><a href="/exhibitor/manual#stands" id="standRules">Stand rules</a></div></form>
</main>
<footer>ExpoDesk © Events Ltd · <a href="/privacy">Privacy</a></footer>`,
);

const expoV2 = edit(expoV1, [
  [
    '<label for="zone">Zone</label><select id="zone">',
    '<label for="hall-zone">Area</label><select id="hall-zone">',
  ],
  [
    '<label for="minArea">Min area (m²)</label><input id="minArea" type="number">',
    '<label for="maxPrice">Max price (£)</label><input id="maxPrice" type="number">',
  ],
  [
    '<tbody>',
    '<tbody>\n<tr><td>A01</td><td>Artisan Village</td><td>2×2</td><td>1</td><td>£1,200</td><td><button class="reserve" data-stand="A01">Reserve</button></td></tr>',
  ],
  ['<button class="reserve" data-stand="M08">Reserve</button>', '<span class="badge">Sold</span>'],
  [
    '<label><input type="radio" name="pkg" value="space" checked> Space only</label><label><input type="radio" name="pkg" value="shell"> Shell scheme (+£95/m²)</label>',
    '<label><input type="radio" name="package" value="space-only" checked> Space only</label><label><input type="radio" name="package" value="shell-scheme"> Shell scheme (walls, fascia &amp; lighting) +£95/m²</label>',
  ],
  [
    '<label for="fascia">Fascia name</label><input id="fascia" name="fascia" maxlength="30">',
    '<label for="fasciaText">Name board text (max 30 characters)</label><input id="fasciaText" name="nameboard" maxlength="30">',
  ],
  [
    '<label><input type="checkbox" name="power" id="pwr"> 1kW power socket (£140)</label>',
    '<label><input type="checkbox" name="power_1kw" id="power-1kw"> Power socket 1kW — £140</label><label><input type="checkbox" name="power_3kw" id="power-3kw"> Power socket 3kW — £260</label>',
  ],
  [
    '<button type="submit" id="confirmStand" class="btn primary">Confirm booking</button>',
    '<button type="submit" id="submitStand" class="btn primary">Book stand</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 11. Pub quiz scoring (full rewrite: score sheet table → team cards, round tabs)
// ---------------------------------------------------------------------------
const quizV1 = page(
  'Scoring — QuizNight',
  `<header><b class="brand">QuizNight</b><nav><a href="/quiz/412/setup">Setup</a><a href="/quiz/412/score" class="active">Scoring</a><a href="/quiz/412/screen">Big screen</a></nav><span>The Red Lion · Tues 11 Mar</span></header>
<main><h1>Scoring — Round 4 of 6</h1>
<div class="row"><label for="roundSel">Round</label><select id="roundSel"><option>1 General knowledge</option><option>2 Music</option><option>3 Pictures</option><option selected>4 Sport</option><option>5 Geography</option><option>6 Wipeout</option></select><button id="lockRound">Lock round</button><button id="showAnswers">Show answers on screen</button></div>
<table id="scoreSheet"><thead><tr><th>Team</th><th>R1</th><th>R2</th><th>R3</th><th>R4</th><th>Joker</th><th>Total</th></tr></thead><tbody>
<tr id="team-1"><td>Quizteama Aguilera</td><td>8</td><td>7</td><td>9</td><td><input name="score-1" type="number" value="6"></td><td><input type="checkbox" name="joker-1"></td><td>30</td></tr>
<tr id="team-2"><td>Les Quizerables</td><td>6</td><td>9</td><td>8</td><td><input name="score-2" type="number" value="7"></td><td><input type="checkbox" name="joker-2"></td><td>30</td></tr>
<tr id="team-3"><td>Universally Challenged</td><td>9</td><td>6</td><td>7</td><td><input name="score-3" type="number" value="8"></td><td><input type="checkbox" name="joker-3" checked></td><td>38</td></tr>
<tr id="team-4"><td>Agatha Quiztie</td><td>5</td><td>8</td><td>6</td><td><input name="score-4" type="number" value="5"></td><td><input type="checkbox" name="joker-4"></td><td>24</td></tr>
<tr id="team-5"><td>Tequila Mockingbird</td><td>7</td><td>5</td><td>6</td><td><input name="score-5" type="number" value="9"></td><td><input type="checkbox" name="joker-5"></td><td>27</td></tr>
</tbody></table>
<form id="addTeam" class="row"><input id="newTeam" name="team" placeholder="Team name"><input id="teamSize" name="players" type="number" placeholder="Players"><button type="submit" id="addTeamBtn">Add team</button></form>
<div class="row"><button id="saveScores" class="btn primary">Save round scores</button><button id="undoLast">Undo</button></div>
</main>
<footer>QuizNight · <a href="/help">Help</a></footer>`,
);

const quizV2 = page(
  'Scores · QuizNight',
  `<div class="qn-bar"><span class="qn-logo">QuizNight</span><a href="/quiz/412/setup">Setup</a><a href="/quiz/412/score" class="qn-active">Scores</a><a href="/quiz/412/screen">Display</a><span class="qn-venue">The Red Lion</span></div>
<main class="qn-main">
<div class="qn-rounds" role="tablist" aria-label="Rounds"><button role="tab" aria-selected="false">R1</button><button role="tab" aria-selected="false">R2</button><button role="tab" aria-selected="false">R3</button><button role="tab" aria-selected="true">R4</button><button role="tab" aria-selected="false">R5</button><button role="tab" aria-selected="false">R6</button></div>
<h1>Round 4 · Sport</h1>
<div class="qn-teams">
<div class="qn-team" data-team="3"><h3>Universally Challenged</h3><span class="qn-total">38</span><label class="qn-round-score">Round 4<input type="number" value="8" aria-label="Round 4 score for Universally Challenged"></label><label class="qn-joker"><input type="checkbox" checked aria-label="Joker played by Universally Challenged"> Joker</label></div>
<div class="qn-team" data-team="1"><h3>Quizteama Aguilera</h3><span class="qn-total">30</span><label class="qn-round-score">Round 4<input type="number" value="6" aria-label="Round 4 score for Quizteama Aguilera"></label><label class="qn-joker"><input type="checkbox" aria-label="Joker played by Quizteama Aguilera"> Joker</label></div>
<div class="qn-team" data-team="2"><h3>Les Quizerables</h3><span class="qn-total">30</span><label class="qn-round-score">Round 4<input type="number" value="7" aria-label="Round 4 score for Les Quizerables"></label><label class="qn-joker"><input type="checkbox" aria-label="Joker played by Les Quizerables"> Joker</label></div>
<div class="qn-team" data-team="5"><h3>Tequila Mockingbird</h3><span class="qn-total">27</span><label class="qn-round-score">Round 4<input type="number" value="9" aria-label="Round 4 score for Tequila Mockingbird"></label><label class="qn-joker"><input type="checkbox" aria-label="Joker played by Tequila Mockingbird"> Joker</label></div>
<div class="qn-team" data-team="4"><h3>Agatha Quiztie</h3><span class="qn-total">24</span><label class="qn-round-score">Round 4<input type="number" value="5" aria-label="Round 4 score for Agatha Quiztie"></label><label class="qn-joker"><input type="checkbox" aria-label="Joker played by Agatha Quiztie"> Joker</label></div>
</div>
<div class="qn-add"><input aria-label="New team name" placeholder="Add a team…"><button aria-label="Add team">+</button></div>
<div class="qn-footer"><button class="qn-btn qn-btn--primary">Save scores</button><button class="qn-btn" data-action="lock">Lock round</button><button class="qn-btn">Reveal answers</button></div>
</main>`,
);

// ---------------------------------------------------------------------------
// 12. Hostel bed allocation (edit)
// ---------------------------------------------------------------------------
const hostelV1 = page(
  'Beds — BunkBoard',
  `<header><a href="/" class="brand">BunkBoard</a><nav><a href="/arrivals">Arrivals</a><a href="/beds" class="active">Beds</a><a href="/lockers">Lockers</a><a href="/tours">Tours</a></nav><span class="muted">Hostel Azul · Lisbon</span></header>
<main><h1>Bed allocation — 12 March</h1>
<div class="row" id="bedFilters"><select id="roomFilter"><option>All rooms</option><option>Dorm 1 (8 mixed)</option><option>Dorm 2 (6 female)</option><option>Dorm 3 (4 mixed)</option><option>Private 4</option></select><label><input type="checkbox" id="freeOnly"> Free beds only</label><button id="autoAssign">Auto-assign arrivals</button></div>
<table id="bedGrid"><thead><tr><th>Bed</th><th>Room</th><th>Guest</th><th>Nights</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-bed="D1-1"><td>D1-1 (bottom)</td><td>Dorm 1</td><td>Tom Becker</td><td>3</td><td>Occupied</td><td><button class="move-guest">Move</button></td></tr>
<tr data-bed="D1-2"><td>D1-2 (top)</td><td>Dorm 1</td><td>—</td><td></td><td>Free</td><td><button class="assign-bed">Assign</button></td></tr>
<tr data-bed="D2-1"><td>D2-1 (bottom)</td><td>Dorm 2</td><td>Ana Sousa</td><td>2</td><td>Occupied</td><td><button class="move-guest">Move</button></td></tr>
<tr data-bed="D2-4"><td>D2-4 (top)</td><td>Dorm 2</td><td>—</td><td></td><td>Free</td><td><button class="assign-bed">Assign</button></td></tr>
<tr data-bed="D3-2"><td>D3-2 (bottom)</td><td>Dorm 3</td><td>—</td><td></td><td>Out of order</td><td><button class="fix-bed">Report fixed</button></td></tr>
<tr data-bed="P4"><td>P4 (double)</td><td>Private 4</td><td>Kim &amp; Lee</td><td>1</td><td>Occupied</td><td><button class="move-guest">Move</button></td></tr>
</tbody></table>
<h2>Assign a guest</h2>
<form id="assignForm"><label for="guestPick">Guest</label><select id="guestPick" name="guest"><option>Marta Ruiz (arr. 14:00)</option><option>Jonas Ek (arr. 16:30)</option><option>Priya Nair (arr. 21:00)</option></select>
<label for="bedPick">Bed</label><select id="bedPick" name="bed"><option>D1-2</option><option>D2-4</option></select>
<label for="lockerNo">Locker</label><input id="lockerNo" name="locker">
<label><input type="checkbox" id="linenGiven" name="linen"> Linen handed over</label>
<label><input type="checkbox" id="towelHire" name="towel"> Towel hire (€2)</label>
<button type="submit" id="assignBtn" class="btn primary">Assign bed</button></form>
</main>
<footer>BunkBoard 2.8 · <a href="/help">Help</a></footer>`,
);

const hostelV2 = edit(hostelV1, [
  [
    '<label><input type="checkbox" id="freeOnly"> Free beds only</label>',
    '<div class="seg" role="group" aria-label="Show"><button aria-pressed="false" data-filter="all">All</button><button aria-pressed="true" data-filter="free">Free</button><button aria-pressed="false" data-filter="occupied">Occupied</button></div>',
  ],
  [
    '<button id="autoAssign">Auto-assign arrivals</button>',
    '<button id="autoAllocate" class="btn">Auto-allocate</button>',
  ],
  [
    '<td>—</td><td></td><td>Free</td><td><button class="assign-bed">Assign</button></td></tr>',
    '<td>Marta Ruiz</td><td>2</td><td>Occupied</td><td><button class="move-guest">Move</button></td></tr>',
  ],
  [
    '<tr data-bed="D2-1">',
    '<tr data-bed="D1-3"><td>D1-3 (bottom)</td><td>Dorm 1</td><td>—</td><td></td><td>Free</td><td><button class="assign-bed">Assign</button></td></tr>\n<tr data-bed="D2-1">',
  ],
  [
    '<button class="fix-bed">Report fixed</button>',
    '<button class="fix-bed" title="Mark bed back in service">✓ Back in service</button>',
  ],
  [
    '<select id="guestPick" name="guest"><option>Marta Ruiz (arr. 14:00)</option>',
    '<select id="arrivalPick" name="guest">',
  ],
  ['<label for="guestPick">Guest</label>', '<label for="arrivalPick">Arriving guest</label>'],
  [
    '<label for="bedPick">Bed</label><select id="bedPick" name="bed"><option>D1-2</option><option>D2-4</option></select>',
    '<label for="bed">Bed</label><select id="bed" name="bed"><option>D1-3</option><option>D2-4</option></select>',
  ],
  [
    '<label for="lockerNo">Locker</label><input id="lockerNo" name="locker">',
    '<label for="locker">Locker number</label><select id="locker" name="locker"><option>—</option><option>L12</option><option>L15</option><option>L22</option></select>',
  ],
  ['<label><input type="checkbox" id="towelHire" name="towel"> Towel hire (€2)</label>', ''],
  [
    '<button type="submit" id="assignBtn" class="btn primary">Assign bed</button>',
    '<button type="submit" id="assignBtn" class="btn primary">Check in to bed</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 13. Kitchen HACCP temperature log (full rewrite: table → tablet unit list)
// ---------------------------------------------------------------------------
const haccpV1 = page(
  'Temperature log — SafeKitchen',
  `<header><span class="brand">SafeKitchen</span><nav><a href="/checks" class="active">Daily checks</a><a href="/deliveries">Deliveries</a><a href="/cleaning">Cleaning</a><a href="/records">Records</a></nav><span class="muted">The Olive Tree · Opening checks</span></header>
<main><h1>Temperature log</h1><p class="muted">Fridges must be 0–5°C, freezers −18°C or below.</p>
<table id="unitTemps"><thead><tr><th>Unit</th><th>Target</th><th>Reading °C</th><th>Checked at</th><th>Initials</th></tr></thead><tbody>
<tr><td>Walk-in chiller</td><td>0–5</td><td><input name="t_walkin" class="temp" type="number" step="0.1"></td><td><input name="time_walkin" type="time"></td><td><input name="init_walkin" class="initials" maxlength="3"></td></tr>
<tr><td>Prep fridge 1</td><td>0–5</td><td><input name="t_prep1" class="temp" type="number" step="0.1"></td><td><input name="time_prep1" type="time"></td><td><input name="init_prep1" class="initials" maxlength="3"></td></tr>
<tr><td>Prep fridge 2</td><td>0–5</td><td><input name="t_prep2" class="temp" type="number" step="0.1"></td><td><input name="time_prep2" type="time"></td><td><input name="init_prep2" class="initials" maxlength="3"></td></tr>
<tr><td>Dessert fridge</td><td>0–5</td><td><input name="t_dessert" class="temp" type="number" step="0.1"></td><td><input name="time_dessert" type="time"></td><td><input name="init_dessert" class="initials" maxlength="3"></td></tr>
<tr><td>Chest freezer</td><td>≤ −18</td><td><input name="t_freezer" class="temp" type="number" step="0.1"></td><td><input name="time_freezer" type="time"></td><td><input name="init_freezer" class="initials" maxlength="3"></td></tr>
<tr><td>Bar fridge</td><td>0–5</td><td><input name="t_bar" class="temp" type="number" step="0.1"></td><td><input name="time_bar" type="time"></td><td><input name="init_bar" class="initials" maxlength="3"></td></tr>
</tbody></table>
<h2>Hot holding &amp; cooling</h2>
<label for="hotHold">Hot hold (bain-marie) °C</label><input id="hotHold" name="hot_hold" type="number">
<label for="coolStart">Cooling start time</label><input id="coolStart" name="cool_start" type="time">
<label for="coolEnd">Below 8°C at</label><input id="coolEnd" name="cool_end" type="time">
<label for="corrective">Corrective action taken</label><textarea id="corrective" name="corrective"></textarea>
<label for="checkedBy">Checked by</label><select id="checkedBy" name="checked_by"><option>—</option><option>Sam (Head chef)</option><option>Ines (Sous)</option><option>Callum (CDP)</option></select>
<div class="row"><button id="saveLog" class="btn primary">Save log</button><button id="flagIssue">Flag an issue</button><a href="/records/temps" id="pastLogs">Past logs</a></div>
</main>
<footer>SafeKitchen · Safer Food, Better Business</footer>`,
);

const haccpV2 = page(
  'Opening temperatures · SafeKitchen',
  `<header class="sk-head"><span class="sk-logo">SafeKitchen</span><span class="sk-site">The Olive Tree</span><a class="sk-records" href="/records/temps">History</a></header>
<nav class="sk-tabs"><a href="/checks" aria-current="page">Checks</a><a href="/deliveries">Deliveries</a><a href="/cleaning">Cleaning</a><a href="/records">Records</a></nav>
<main class="sk-main"><h1>Opening temperatures</h1>
<div class="sk-probe"><span>Probe: not connected</span><button class="sk-connect">Connect Bluetooth probe</button></div>
<ul class="sk-units">
<li class="sk-unit" data-unit="walkin"><span class="sk-unit-name">Walk-in chiller</span><span class="sk-range">0–5 °C</span><input class="sk-temp" inputmode="decimal" aria-label="Walk-in chiller temperature"><span class="sk-time">—</span></li>
<li class="sk-unit" data-unit="prep1"><span class="sk-unit-name">Prep fridge 1</span><span class="sk-range">0–5 °C</span><input class="sk-temp" inputmode="decimal" aria-label="Prep fridge 1 temperature"><span class="sk-time">—</span></li>
<li class="sk-unit" data-unit="prep2"><span class="sk-unit-name">Prep fridge 2</span><span class="sk-range">0–5 °C</span><input class="sk-temp" inputmode="decimal" aria-label="Prep fridge 2 temperature"><span class="sk-time">—</span></li>
<li class="sk-unit" data-unit="pastry"><span class="sk-unit-name">Pastry fridge</span><span class="sk-range">0–5 °C</span><input class="sk-temp" inputmode="decimal" aria-label="Pastry fridge temperature"><span class="sk-time">—</span></li>
<li class="sk-unit" data-unit="freezer"><span class="sk-unit-name">Chest freezer</span><span class="sk-range">−18 °C or colder</span><input class="sk-temp" inputmode="decimal" aria-label="Chest freezer temperature"><span class="sk-time">—</span></li>
<li class="sk-unit" data-unit="bottle"><span class="sk-unit-name">Bottle cooler</span><span class="sk-range">0–8 °C</span><input class="sk-temp" inputmode="decimal" aria-label="Bottle cooler temperature"><span class="sk-time">—</span></li>
</ul>
<section class="sk-card"><h2>Hot holding</h2><input aria-label="Bain-marie temperature" class="sk-temp" inputmode="decimal"></section>
<section class="sk-card"><h2>Cooling</h2><label>Started<input type="time" name="cooling.started"></label><label>Reached 8 °C<input type="time" name="cooling.below8"></label><label>Reached 5 °C<input type="time" name="cooling.below5"></label></section>
<section class="sk-card"><h2>If something's wrong</h2><textarea aria-label="What did you do?" name="action"></textarea></section>
<div class="sk-sign"><span>Signed in as Ines (Sous)</span><button class="sk-btn sk-btn--primary">Sign off checks</button><button class="sk-btn sk-btn--warn">Report a problem</button></div>
</main>`,
);

// ---------------------------------------------------------------------------
// 14. Cocktail spec & recipe costing (edit)
// ---------------------------------------------------------------------------
const vermouthRow =
  '<tr><td>Martini Rosso</td><td><input name="ml[]" class="measure" value="25"></td><td>£8.90</td><td>£0.32</td><td><button class="del-line" aria-label="Remove Martini Rosso">Remove</button></td></tr>\n';
const cocktailV1 = page(
  'Negroni — BarBook',
  `<header><a href="/" class="brand">BarBook</a><nav><a href="/specs" class="active">Specs</a><a href="/stock">Stock</a><a href="/orders">Orders</a><a href="/menus">Menus</a></nav><span class="muted">Bar: The Gin Trap</span></header>
<main><h1>Spec &amp; cost: Negroni</h1>
<div class="row"><label for="specName">Drink name</label><input id="specName" name="name" value="Negroni"><label for="glass">Glass</label><select id="glass" name="glass"><option>Rocks</option><option>Coupe</option><option>Highball</option><option>Nick &amp; Nora</option></select><label for="method">Method</label><select id="method" name="method"><option>Stirred</option><option>Shaken</option><option>Built</option></select></div>
<table id="ingredients"><thead><tr><th>Ingredient</th><th>Measure (ml)</th><th>Cost / 70cl</th><th>Line cost</th><th></th></tr></thead><tbody>
<tr><td>Tanqueray gin</td><td><input name="ml[]" class="measure" value="25"></td><td>£17.40</td><td>£0.62</td><td><button class="del-line" aria-label="Remove Tanqueray gin">Remove</button></td></tr>
<tr><td>Campari</td><td><input name="ml[]" class="measure" value="25"></td><td>£15.20</td><td>£0.54</td><td><button class="del-line" aria-label="Remove Campari">Remove</button></td></tr>
${vermouthRow}<tr><td>Orange peel (garnish)</td><td><input name="ml[]" class="measure" value="0"></td><td>£0.30 each</td><td>£0.08</td><td><button class="del-line" aria-label="Remove Orange peel">Remove</button></td></tr>
</tbody></table>
<button id="addIngredient">+ Ingredient</button>
<label for="sellPrice">Selling price (inc VAT)</label><input id="sellPrice" name="price" value="11.50">
<p>Cost <span id="costTotal">£1.56</span> · GP <strong id="gpPct">83.7%</strong></p>
<label for="targetGp">Target GP %</label><input id="targetGp" name="target_gp" value="78">
<label for="specNotes">Build notes</label><textarea id="specNotes" name="notes">Stir 30s over cubed ice, express orange.</textarea>
<div class="row" id="specActions"><button id="saveSpec" class="btn primary">Save spec</button><button id="dupSpec">Duplicate</button><button id="archiveSpec">Archive</button></div>
</main>
<footer>BarBook · <a href="/help">Help</a></footer>`,
);

const cocktailV2 = edit(cocktailV1, [
  [
    '<label for="glass">Glass</label><select id="glass" name="glass">',
    '<label for="glassware">Glassware</label><select id="glassware" name="glass">',
  ],
  [vermouthRow, ''],
  [
    '<tr><td>Campari</td><td><input name="ml[]" class="measure" value="25"></td><td>£15.20</td><td>£0.54</td><td><button class="del-line" aria-label="Remove Campari">Remove</button></td></tr>',
    `${vermouthRow}<tr><td>Campari</td><td><input name="ml[]" class="measure" value="25"></td><td>£15.20</td><td>£0.54</td><td><button class="icon-btn" title="Delete Campari">🗑</button></td></tr>`,
  ],
  [
    '<button id="addIngredient">+ Ingredient</button>',
    '<button id="addIngredient">+ Ingredient</button><button id="addGarnish">+ Garnish</button>',
  ],
  [
    '<label for="sellPrice">Selling price (inc VAT)</label><input id="sellPrice" name="price" value="11.50">',
    '<label for="menuPrice">Menu price £</label><input id="menuPrice" name="menu_price" value="11.50">',
  ],
  ['<strong id="gpPct">', '<strong class="gp" data-testid="gp">'],
  ['<label for="targetGp">Target GP %</label><input id="targetGp" name="target_gp" value="78">', ''],
  [
    '<div class="row" id="specActions"><button id="saveSpec" class="btn primary">Save spec</button><button id="dupSpec">Duplicate</button><button id="archiveSpec">Archive</button></div>',
    '<div class="row" id="specActions"><button id="saveSpec" class="btn primary">Save changes</button><button id="copySpec">Make a copy</button><button id="printCard">Print spec card</button></div>',
  ],
]);

// ---------------------------------------------------------------------------
// 15. Store returns counter (full rewrite: receipt table → POS return screen)
// ---------------------------------------------------------------------------
const returnsV1 = page(
  'Returns — Till+',
  `<header><span class="brand">Till+ Returns</span><nav><a href="/sale">Sale</a><a href="/returns" class="active">Returns</a><a href="/exchanges">Exchanges</a><a href="/lookup">Stock lookup</a></nav><span class="muted">Operator 2207</span></header>
<main><h1>Process a return</h1>
<form id="receiptLookup" class="row"><label for="receiptNo">Receipt number</label><input id="receiptNo" name="receipt"><button type="submit" id="findReceipt">Find</button><button type="button" id="noReceipt">No receipt</button></form>
<p class="muted" id="receiptMeta">Receipt 0142-2-88410 · 2 Mar 2025 · Card ending 4471</p>
<table id="receiptLines"><thead><tr><th></th><th>Item</th><th>Qty</th><th>Paid</th><th>Reason</th></tr></thead><tbody>
<tr><td><input type="checkbox" name="line" value="1"></td><td>Linen shirt, navy, M</td><td>1</td><td>£35.00</td><td><select name="reason-1"><option>—</option><option>Wrong size</option><option>Faulty</option><option>Changed mind</option></select></td></tr>
<tr><td><input type="checkbox" name="line" value="2"></td><td>Chino trousers, stone, 32R</td><td>1</td><td>£45.00</td><td><select name="reason-2"><option>—</option><option>Wrong size</option><option>Faulty</option><option>Changed mind</option></select></td></tr>
<tr><td><input type="checkbox" name="line" value="3"></td><td>Canvas belt</td><td>1</td><td>£18.00</td><td><select name="reason-3"><option>—</option><option>Wrong size</option><option>Faulty</option><option>Changed mind</option></select></td></tr>
<tr><td><input type="checkbox" name="line" value="4"></td><td>Socks 3-pack</td><td>1</td><td>£9.00</td><td><select name="reason-4"><option>—</option><option>Wrong size</option><option>Faulty</option><option>Changed mind</option></select></td></tr>
</tbody></table>
<fieldset id="condition"><legend>Condition</legend><label><input type="radio" name="cond" value="resell"> Resaleable</label><label><input type="radio" name="cond" value="damaged"> Damaged</label><label><input type="radio" name="cond" value="vendor"> Return to vendor</label></fieldset>
<fieldset id="refundTo"><legend>Refund to</legend><label><input type="radio" name="refund" value="card" checked> Original card</label><label><input type="radio" name="refund" value="cash"> Cash</label><label><input type="radio" name="refund" value="voucher"> Store credit</label></fieldset>
<label for="mgrPin">Manager PIN (over £100)</label><input id="mgrPin" name="pin" type="password">
<p>Refund total <strong id="refundAmt">£80.00</strong></p>
<div class="row"><button id="processRefund" class="btn primary">Process refund</button><button id="cancelReturn">Cancel</button></div>
</main>
<footer>Till+ 9.0</footer>`,
);

const returnsV2 = page(
  'Return · Till+',
  `<header class="pos-head"><span class="pos-logo">Till+</span><nav class="pos-nav"><a href="/sale">Sale</a><a href="/returns" class="pos-on">Returns</a><a href="/exchanges">Exchanges</a></nav><span class="pos-op">2207</span><button class="pos-menu" aria-label="Menu">☰</button></header>
<main class="pos-return"><h1>Return</h1>
<div class="pos-scan"><input aria-label="Scan or type receipt barcode" name="receiptBarcode" placeholder="Scan receipt"><button class="pos-btn">Search</button><button class="pos-btn pos-btn--link">Return without receipt</button></div>
<div class="pos-receipt">Receipt 0142-2-88410 · 2 Mar · Visa •••• 4471</div>
<ul class="pos-lines">
<li class="pos-line" data-line="1"><label><input type="checkbox" aria-label="Return Linen shirt, navy, M"> Linen shirt, navy, M</label><span>£35.00</span><select aria-label="Reason for Linen shirt, navy, M"><option>Choose reason</option><option>Too small</option><option>Too big</option><option>Faulty</option><option>Not as described</option><option>Changed mind</option></select></li>
<li class="pos-line" data-line="2"><label><input type="checkbox" aria-label="Return Chino trousers, stone, 32R"> Chino trousers, stone, 32R</label><span>£45.00</span><select aria-label="Reason for Chino trousers, stone, 32R"><option>Choose reason</option><option>Too small</option><option>Too big</option><option>Faulty</option><option>Not as described</option><option>Changed mind</option></select></li>
<li class="pos-line" data-line="3"><label><input type="checkbox" aria-label="Return Canvas belt"> Canvas belt</label><span>£18.00</span><select aria-label="Reason for Canvas belt"><option>Choose reason</option><option>Too small</option><option>Too big</option><option>Faulty</option><option>Not as described</option><option>Changed mind</option></select></li>
<li class="pos-line" data-line="4"><label><input type="checkbox" aria-label="Return Socks 3-pack"> Socks 3-pack</label><span>£9.00</span><select aria-label="Reason for Socks 3-pack"><option>Choose reason</option><option>Too small</option><option>Too big</option><option>Faulty</option><option>Not as described</option><option>Changed mind</option></select></li>
</ul>
<div class="pos-refund" role="radiogroup" aria-label="Refund method"><button role="radio" aria-checked="true" data-method="card">Card</button><button role="radio" aria-checked="false" data-method="cash">Cash</button><button role="radio" aria-checked="false" data-method="gift">Gift card</button></div>
<label class="pos-field">Email receipt to<input type="email" name="receiptEmail"></label>
<div class="pos-total"><span>To refund</span><strong data-testid="refund-total">£80.00</strong></div>
<div class="pos-actions"><button class="pos-btn pos-btn--ghost">Cancel return</button><button class="pos-btn pos-btn--primary" data-testid="complete-refund">Refund £80.00</button></div>
</main>`,
);

// ---------------------------------------------------------------------------
// 16. Barbershop walk-in queue (edit)
// ---------------------------------------------------------------------------
const barberV1 = page(
  'Queue — ChairTime',
  `<header><a href="/" class="brand">ChairTime</a><nav><a href="/queue" class="active">Queue</a><a href="/appointments">Appointments</a><a href="/barbers">Barbers</a><a href="/till">Till</a></nav><span class="muted">Fade Street Barbers</span></header>
<main><h1>Walk-in queue</h1>
<aside class="card" id="barberStatus"><h3>Chairs</h3><ul><li>Chair 1 — Dev <span class="badge">Cutting</span></li><li>Chair 2 — Marco <span class="badge">Free</span></li><li>Chair 3 — Leah <span class="badge">On break</span></li></ul></aside>
<ol id="queue">
<li class="waiting" data-ticket="W31"><span class="name">Jordan</span> · <span class="svc">Skin fade</span> · Any barber · ~5 min <button class="call-next">Call</button> <button class="remove">Remove</button></li>
<li class="waiting" data-ticket="W32"><span class="name">Sam</span> · <span class="svc">Beard trim</span> · Marco · ~15 min <button class="call-next">Call</button> <button class="remove">Remove</button></li>
<li class="waiting" data-ticket="W33"><span class="name">Ali</span> · <span class="svc">Scissor cut</span> · Leah · ~35 min <button class="call-next">Call</button> <button class="remove">Remove</button></li>
<li class="waiting" data-ticket="W34"><span class="name">Chris</span> · <span class="svc">Kids cut</span> · Any barber · ~40 min <button class="call-next">Call</button> <button class="remove">Remove</button></li>
</ol>
<h2>Add walk-in</h2>
<form id="walkinForm"><label for="wName">First name</label><input id="wName" name="first_name">
<label for="wPhone">Mobile (for text when next)</label><input id="wPhone" name="mobile" type="tel">
<label for="wService">Service</label><select id="wService" name="service"><option>Skin fade</option><option>Scissor cut</option><option>Beard trim</option><option>Kids cut</option><option>Hot towel shave</option></select>
<label for="wBarber">Barber</label><select id="wBarber" name="barber"><option>Any barber</option><option>Dev</option><option>Marco</option><option>Leah</option></select>
<button type="submit" id="addWalkin" class="btn primary">Add to queue</button></form>
<div class="row"><button id="pauseQueue">Pause queue</button><a href="/queue/screen" id="tvLink">Open TV screen</a></div>
</main>
<footer>ChairTime · <a href="/help">Help</a></footer>`,
);

const barberV2 = edit(barberV1, [
  [
    '<span class="muted">Fade Street Barbers</span>',
    '<span class="muted">Fade Street Barbers</span><a href="/queue/screen" class="tv">TV display</a>',
  ],
  [
    '<li class="waiting" data-ticket="W32"><span class="name">Sam</span> · <span class="svc">Beard trim</span> · Marco · ~15 min <button class="call-next">Call</button> <button class="remove">Remove</button></li>\n',
    '',
  ],
  ['data-ticket="W31"', 'data-queue-id="31"'],
  ['data-ticket="W33"', 'data-queue-id="33"'],
  ['data-ticket="W34"', 'data-queue-id="34"'],
  [
    '<label for="wPhone">Mobile (for text when next)</label><input id="wPhone" name="mobile" type="tel">\n',
    '',
  ],
  [
    '<select id="wService" name="service"><option>Skin fade</option><option>Scissor cut</option><option>Beard trim</option><option>Kids cut</option><option>Hot towel shave</option></select>',
    '<select id="service-type" name="service"><option>Skin fade — £18</option><option>Scissor cut — £20</option><option>Beard trim — £10</option><option>Kids cut — £12</option><option>Hot towel shave — £22</option></select>',
  ],
  ['<label for="wService">Service</label>', '<label for="service-type">Service</label>'],
  [
    '<label for="wBarber">Barber</label><select id="wBarber" name="barber"><option>Any barber</option><option>Dev</option><option>Marco</option><option>Leah</option></select>',
    '<span class="lbl">Preferred barber</span><div id="barberPref" role="radiogroup" aria-label="Barber"><label><input type="radio" name="barber" value="any" checked> Any</label><label><input type="radio" name="barber" value="dev"> Dev</label><label><input type="radio" name="barber" value="marco"> Marco</label><label><input type="radio" name="barber" value="leah"> Leah</label></div>',
  ],
  [
    '<button type="submit" id="addWalkin" class="btn primary">Add to queue</button>',
    '<button type="submit" class="btn primary" data-testid="join-queue">Join queue</button>',
  ],
  [
    '<div class="row"><button id="pauseQueue">Pause queue</button><a href="/queue/screen" id="tvLink">Open TV screen</a></div>',
    '<div class="row"><button class="toggle" aria-pressed="false" data-testid="queue-open-toggle">Accepting walk-ins</button></div>',
  ],
]);

// ---------------------------------------------------------------------------
// 17. Tattoo studio consent & medical form (full rewrite; one health question replaced)
// ---------------------------------------------------------------------------
const yesNo = (q: string) =>
  `<label><input type="radio" name="${q}" value="yes"> Yes</label><label><input type="radio" name="${q}" value="no"> No</label>`;
const yN = (q: string) =>
  `<label><input type="radio" name="${q}" value="y">Yes</label><label><input type="radio" name="${q}" value="n">No</label>`;
const tattooV1 = page(
  'Consent form — Ink & Iron',
  `<header><span class="brand">Ink &amp; Iron Studio</span><nav><a href="/consent" class="active">Consent</a><a href="/bookings">Bookings</a><a href="/aftercare">Aftercare</a></nav></header>
<main><h1>Client consent &amp; medical form</h1>
<form id="consentForm">
<h2>About you</h2>
<label for="fullName">Full name</label><input id="fullName" name="full_name">
<label for="dob">Date of birth</label><input id="dob" name="dob" type="date">
<label for="idType">Photo ID</label><select id="idType" name="id_type"><option>Passport</option><option>Driving licence</option><option>PASS card</option></select>
<label for="idNumber">ID number</label><input id="idNumber" name="id_number">
<h2>Medical</h2>
<table id="medical"><tbody>
<tr><td>Are you taking blood-thinning medication?</td><td>${yesNo('q_bloodthin')}</td></tr>
<tr><td>Are you pregnant or breastfeeding?</td><td>${yesNo('q_pregnant')}</td></tr>
<tr><td>Do you have diabetes?</td><td>${yesNo('q_diabetes')}</td></tr>
<tr><td>Have you drunk alcohol in the last 24 hours?</td><td>${yesNo('q_alcohol')}</td></tr>
<tr><td>Do you have any allergies (latex, inks)?</td><td>${yesNo('q_allergy')}</td></tr>
</tbody></table>
<label for="medNotes">Details of any "yes" answers</label><textarea id="medNotes" name="med_notes"></textarea>
<h2>Your tattoo</h2>
<label for="artist">Artist</label><select id="artist" name="artist"><option>Rosa</option><option>Theo</option><option>Kenji</option></select>
<label for="placement">Placement</label><input id="placement" name="placement">
<label><input type="checkbox" id="aftercareAck" name="aftercare"> I have received aftercare instructions</label>
<label><input type="checkbox" id="photoConsent" name="photos"> Ink &amp; Iron may photograph my tattoo for social media</label>
<div class="sig" id="signaturePad" aria-label="Signature"></div>
<div class="row"><button type="button" id="clearSig">Clear signature</button><button type="submit" id="submitConsent" class="btn primary">Submit form</button></div>
</form></main>
<footer>Licensed under the Local Government (Miscellaneous Provisions) Act 1982 · <a href="/privacy">Privacy</a></footer>`,
);

const tattooV2 = page(
  'Before your appointment · Ink & Iron',
  `<div class="ii-top"><span class="ii-logo">INK &amp; IRON</span><a href="/aftercare" class="ii-link-top">Aftercare guide</a></div>
<main class="ii-form"><h1>Before your appointment</h1><p>Please complete this form on the studio tablet.</p>
<form>
<fieldset class="ii-sec"><legend>Your details</legend>
<div class="ii-f"><label for="client-name">Name</label><input id="client-name" autocomplete="name"></div>
<div class="ii-f"><label for="client-dob">Date of birth</label><input id="client-dob" type="date"></div>
<div class="ii-f"><label for="client-phone">Phone</label><input id="client-phone" type="tel"></div>
<div class="ii-f"><label for="id-kind">ID shown</label><select id="id-kind"><option>Passport</option><option>Driving licence</option><option>PASS card</option></select></div>
<div class="ii-f"><label for="id-ref">ID number (last 4 digits)</label><input id="id-ref" maxlength="4"></div>
</fieldset>
<fieldset class="ii-sec"><legend>Health</legend>
<div class="ii-q" data-q="bloodthin"><p>Blood-thinning medication (incl. daily aspirin)?</p>${yN('h-bloodthin')}</div>
<div class="ii-q" data-q="pregnant"><p>Pregnant or breastfeeding?</p>${yN('h-pregnant')}</div>
<div class="ii-q" data-q="epilepsy"><p>Do you have epilepsy or a history of fainting?</p>${yN('h-epilepsy')}</div>
<div class="ii-q" data-q="alcohol"><p>Alcohol or recreational drugs in the last 24 hours?</p>${yN('h-alcohol')}</div>
<div class="ii-q" data-q="allergy"><p>Allergies to latex, inks or plasters?</p>${yN('h-allergy')}</div>
<div class="ii-f"><label for="health-more">Tell us more about any “yes”</label><textarea id="health-more"></textarea></div>
</fieldset>
<fieldset class="ii-sec"><legend>Design</legend>
<div class="ii-f"><label for="artist-pick">Your artist</label><select id="artist-pick"><option>Rosa</option><option>Theo</option><option>Kenji</option><option>Guest artist</option></select></div>
<div class="ii-f"><label for="body-area">Where on your body?</label><select id="body-area"><option>Forearm</option><option>Upper arm</option><option>Back</option><option>Leg</option><option>Other</option></select></div>
</fieldset>
<label class="ii-check"><input type="checkbox" name="ack-aftercare"> I've read the aftercare guide</label>
<div class="ii-sign"><canvas aria-label="Sign here" width="400" height="120"></canvas><button type="button" class="ii-link">Start over</button></div>
<button type="submit" class="ii-submit">I agree — submit</button>
</form></main>`,
);

// ---------------------------------------------------------------------------
// 18. Wedding venue enquiry (edit)
// ---------------------------------------------------------------------------
const weddingV1 = page(
  'Wedding enquiry — Ashcombe Barn',
  `<header><a href="/" class="logo">Ashcombe Barn</a><nav><a href="/weddings" class="active">Weddings</a><a href="/gallery">Gallery</a><a href="/pricing">Pricing</a><a href="/stay">Stay</a><a href="/contact">Contact</a></nav><a href="tel:+441234567890" class="phone">01234 567890</a></header>
<main><h1>Wedding enquiry</h1><p>Tell us about your day and our events team will be in touch within 48 hours.</p>
<form id="enquiry" action="/enquire" method="post">
<div class="grid"><div><label for="name1">Your name</label><input id="name1" name="name_1"></div><div><label for="name2">Partner's name</label><input id="name2" name="name_2"></div></div>
<label for="email">Email</label><input id="email" name="email" type="email">
<label for="tel">Phone</label><input id="tel" name="phone" type="tel">
<label for="weddingDate">Preferred date</label><input id="weddingDate" name="date" type="date">
<label><input type="checkbox" id="flexDates" name="flexible"> We're flexible on dates</label>
<label for="guests">Guest numbers</label><select id="guests" name="guests"><option>Up to 50</option><option>50–100</option><option>100–150</option><option>150+</option></select>
<fieldset id="interests"><legend>We're interested in</legend>
<label><input type="checkbox" name="interest" value="ceremony"> Ceremony on site</label>
<label><input type="checkbox" name="interest" value="reception"> Reception only</label>
<label><input type="checkbox" name="interest" value="rooms"> Overnight rooms</label>
<label><input type="checkbox" name="interest" value="bbq"> Next-day BBQ</label></fieldset>
<label for="budget">Approximate budget</label><select id="budget" name="budget"><option>Under £10k</option><option>£10–20k</option><option>£20–30k</option><option>£30k+</option></select>
<label for="heard">How did you hear about us?</label><select id="heard" name="source"><option>Google</option><option>Instagram</option><option>Wedding fair</option><option>Friend</option></select>
<label for="msg">Anything else?</label><textarea id="msg" name="message"></textarea>
<label><input type="checkbox" id="viewing" name="viewing"> We'd like to book a viewing</label>
<button type="submit" id="sendEnquiry" class="btn primary">Send enquiry</button>
</form></main>
<footer><a href="/privacy">Privacy</a> · <a href="/brochure.pdf" id="brochure">Download brochure</a></footer>`,
);

const weddingV2 = edit(weddingV1, [
  [
    '<label for="tel">Phone</label><input id="tel" name="phone" type="tel">',
    '<label for="phone-number">Phone number</label><input id="phone-number" name="phone" type="tel">',
  ],
  [
    '<label for="guests">Guest numbers</label><select id="guests" name="guests"><option>Up to 50</option><option>50–100</option><option>100–150</option><option>150+</option></select>',
    '<label for="guestCount">Estimated number of guests</label><input id="guestCount" name="guest_count" type="number" min="1">',
  ],
  [
    `<fieldset id="interests"><legend>We're interested in</legend>`,
    `<fieldset id="interests"><legend>We're interested in</legend>\n<label><input type="checkbox" name="interest" value="exclusive"> Exclusive use weekend</label>`,
  ],
  [
    '<label><input type="checkbox" name="interest" value="bbq"> Next-day BBQ</label>',
    '<label><input type="checkbox" name="interest" value="brunch"> Next-day brunch</label>',
  ],
  [
    '<label for="budget">Approximate budget</label><select id="budget" name="budget"><option>Under £10k</option><option>£10–20k</option><option>£20–30k</option><option>£30k+</option></select>\n',
    '',
  ],
  [
    '<label for="heard">How did you hear about us?</label><select id="heard" name="source">',
    '<label for="source">Where did you find us?</label><select id="source" name="source">',
  ],
  [
    '<button type="submit" id="sendEnquiry" class="btn primary">Send enquiry</button>',
    '<button type="submit" class="btn primary">Check availability</button>',
  ],
  [
    '<a href="/brochure.pdf" id="brochure">Download brochure</a>',
    '<a href="/brochure-2025.pdf" class="brochure-link">Get the 2025 brochure</a>',
  ],
]);

// ---------------------------------------------------------------------------
// 19. Theatre box office ticket collection (full rewrite: table → result cards + detail)
// ---------------------------------------------------------------------------
const boxV1 = page(
  'Collections — Stagebox',
  `<header><span class="brand">Stagebox</span><nav><a href="/sell">Sell</a><a href="/collect" class="active">Collections</a><a href="/exchanges">Exchanges</a><a href="/shows">Shows</a></nav><span class="muted">Grand Theatre · Eve perf 19:30</span></header>
<main><h1>Ticket collection</h1>
<form id="findBooking" class="row"><select id="searchBy" name="by"><option value="ref">Booking ref</option><option value="surname">Surname</option><option value="card">Last 4 of card</option></select><input id="searchTerm" name="q"><button type="submit" id="searchBtn">Search</button></form>
<table id="bookings"><thead><tr><th>Ref</th><th>Name</th><th>Performance</th><th>Seats</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>GT-88120</td><td>Harper, J</td><td>Tue 11 Mar 19:30</td><td>Stalls F12–F13</td><td>Uncollected</td><td><button class="collect" data-ref="GT-88120">Mark collected</button></td></tr>
<tr><td>GT-88131</td><td>Harper, L</td><td>Tue 11 Mar 19:30</td><td>Dress Circle B4</td><td>Uncollected</td><td><button class="collect" data-ref="GT-88131">Mark collected</button></td></tr>
<tr><td>GT-87990</td><td>Harper, M</td><td>Sat 15 Mar 14:30</td><td>Stalls K1–K4</td><td>Uncollected</td><td><button class="collect" data-ref="GT-87990">Mark collected</button></td></tr>
<tr><td>GT-88002</td><td>Harper, J</td><td>Tue 11 Mar 19:30</td><td>Upper Circle C7</td><td>Collected</td><td><button class="reprint" data-ref="GT-88002">Reprint</button></td></tr>
</tbody></table>
<div class="card" id="bookingDetail"><h3>GT-88120 · Harper, J</h3><p>2 × Stalls £42.50 · Paid by card ending 2210</p>
<label><input type="checkbox" id="idChecked"> Photo ID / card checked</label>
<label for="collectorName">Collected by (if not lead booker)</label><input id="collectorName" name="collector">
<div class="row"><button id="printTickets" class="btn primary">Print tickets</button><button id="emailTickets">Email e-tickets</button><button id="addNote">Add note</button></div></div>
</main>
<footer>Stagebox BO 7 · <a href="/help">Help</a></footer>`,
);

const boxV2 = page(
  'Collect tickets · Stagebox',
  `<header class="sb-top"><span class="sb-logo">Stagebox</span><span class="sb-perf">Tue 11 Mar · 19:30 · Grand Theatre</span><a href="/logout" class="sb-out">Sign out</a></header>
<nav class="sb-side"><a href="/sell">Sell</a><a href="/collect" class="sb-on">Collect</a><a href="/exchanges">Exchange</a><a href="/shows">Shows</a></nav>
<main class="sb-main"><h1>Collect tickets</h1>
<div class="sb-search"><input type="search" aria-label="Search bookings" placeholder="Ref, surname or card last 4" name="q"><button class="sb-btn" aria-label="Search">🔍</button><label><input type="checkbox" name="tonightOnly" checked> Tonight only</label></div>
<div class="sb-results">
<div class="sb-booking" data-ref="GT-88131"><strong>Harper, L</strong><span>GT-88131</span><span>Dress Circle B4</span><button class="sb-btn sb-btn--primary">Collect</button></div>
<div class="sb-booking sb-booking--selected" data-ref="GT-88120"><strong>Harper, J</strong><span>GT-88120</span><span>Stalls F12–F13</span><button class="sb-btn sb-btn--primary">Collect</button></div>
<div class="sb-booking sb-booking--done" data-ref="GT-88002"><strong>Harper, J</strong><span>GT-88002</span><span>Upper Circle C7</span><span class="sb-tag">Collected 18:55</span><button class="sb-btn">Reprint</button></div>
</div>
<section class="sb-detail" aria-label="Booking GT-88120"><h2>Harper, J — 2 tickets</h2><p>Stalls · £85.00 · Card •••• 2210</p>
<label class="sb-check"><input type="checkbox" name="verified"> Customer verified</label>
<div class="sb-actions"><button class="sb-btn sb-btn--primary" data-action="print">Print 2 tickets</button><button class="sb-btn" data-action="wallet">Send to phone wallet</button></div></section>
</main>`,
);

// ---------------------------------------------------------------------------
// 20. Car wash self-serve kiosk (edit)
// ---------------------------------------------------------------------------
const washV1 = page(
  'Choose your wash — SparkleWash',
  `<header><span class="brand">SparkleWash</span><span class="muted">Bay 2 · Self-serve kiosk</span><a href="/help" id="helpBtn">Need help?</a></header>
<main><h1>Choose your wash</h1>
<div class="grid3" id="washes">
<label class="card"><input type="radio" name="wash" value="basic"> <strong>Basic</strong> £6 <span class="muted">Wash &amp; dry</span></label>
<label class="card"><input type="radio" name="wash" value="deluxe" checked> <strong>Deluxe</strong> £9 <span class="muted">+ underbody, wax</span></label>
<label class="card"><input type="radio" name="wash" value="ultimate"> <strong>Ultimate</strong> £13 <span class="muted">+ tyre shine, ceramic</span></label></div>
<h2>Extras</h2>
<div id="extras"><label><input type="checkbox" name="extra" value="wheels"> Wheel clean £2</label><label><input type="checkbox" name="extra" value="bugs"> Bug remover £1.50</label><label><input type="checkbox" name="extra" value="air"> Air freshener £1</label></div>
<div class="card" id="memberPromo"><h3>Wash unlimited for £24.99/month</h3><p>Members skip the queue.</p><button id="joinClub">Join Wash Club</button><button id="memberLogin">I'm a member</button></div>
<label for="plate">Number plate (for members)</label><input id="plate" name="plate">
<p>Total <strong id="kioskTotal">£9.00</strong></p>
<div class="row" id="payRow"><button id="payCard" class="btn primary">Pay by card</button><button id="payCash">Pay cash</button><button id="useCode">Enter wash code</button></div>
<button id="startOver">Start over</button>
</main>
<footer>SparkleWash · Call 0800 123 123 if the kiosk is not responding</footer>`,
);

const washV2 = edit(washV1, [
  [
    '<label class="card"><input type="radio" name="wash" value="ultimate"> <strong>Ultimate</strong> £13 <span class="muted">+ tyre shine, ceramic</span></label>',
    '<label class="card"><input type="radio" name="wash" value="ceramic"> <strong>Ceramic Pro</strong> £13 <span class="muted">Everything in Deluxe + ceramic coat &amp; tyre shine</span></label>',
  ],
  [
    '<label><input type="checkbox" name="extra" value="air"> Air freshener £1</label>',
    '<label><input type="checkbox" name="extra" value="vacuum"> Vacuum token £1</label>',
  ],
  ['<button id="joinClub">Join Wash Club</button>', '<a href="/club/join" class="btn">Become a member</a>'],
  ['<button id="memberLogin">I\'m a member</button>', '<button id="memberScan">Scan membership QR</button>'],
  [
    '<label for="plate">Number plate (for members)</label><input id="plate" name="plate">',
    '<p class="muted">Members are recognised automatically by the number plate camera.</p>',
  ],
  [
    '<button id="payCard" class="btn primary">Pay by card</button>',
    '<button id="payContactless" class="btn primary">Tap card or phone</button>',
  ],
  [
    '<button id="payCash">Pay cash</button><button id="useCode">Enter wash code</button>',
    '<button id="useCode">Wash code</button><button id="payCash">Cash</button>',
  ],
  [
    '<button id="startOver">Start over</button>',
    '<button class="restart" aria-label="Start over">↺</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 21. Pet grooming online booking (full rewrite: long form → stepped sections, chips)
// ---------------------------------------------------------------------------
const groomV1 = page(
  'Book a groom — Paws & Bubbles',
  `<header><a href="/" class="logo">Paws &amp; Bubbles</a><nav><a href="/services">Services</a><a href="/book" class="active">Book</a><a href="/gallery">Gallery</a><a href="/account">My account</a></nav></header>
<main><h1>Book a groom</h1>
<form id="groomBooking">
<label for="petName">Pet's name</label><input id="petName" name="pet_name">
<fieldset id="species"><legend>Pet type</legend><label><input type="radio" name="species" value="dog" checked> Dog</label><label><input type="radio" name="species" value="cat"> Cat</label><label><input type="radio" name="species" value="rabbit"> Rabbit</label></fieldset>
<label for="breed">Breed</label><select id="breed" name="breed"><option>Cockapoo</option><option>Labrador</option><option>Shih Tzu</option><option>Cocker Spaniel</option><option>Other</option></select>
<label for="size">Size</label><select id="size" name="size"><option>Small</option><option>Medium</option><option>Large</option><option>Giant</option></select>
<label for="service">Service</label><select id="service" name="service"><option>Full groom</option><option>Bath &amp; brush</option><option>Puppy intro</option><option>Nail clip</option></select>
<fieldset id="addons"><legend>Add-ons</legend><label><input type="checkbox" name="addon" value="teeth"> Teeth cleaning</label><label><input type="checkbox" name="addon" value="deshed"> De-shedding</label><label><input type="checkbox" name="addon" value="flea"> Flea treatment</label></fieldset>
<label for="groomDate">Date</label><input id="groomDate" name="date" type="date">
<div id="slots" class="row"><button type="button" class="slot" data-time="09:00">9:00</button><button type="button" class="slot" data-time="10:30">10:30</button><button type="button" class="slot" data-time="13:00">1:00</button><button type="button" class="slot" data-time="14:30">2:30</button></div>
<label for="groomer">Groomer</label><select id="groomer" name="groomer"><option>No preference</option><option>Hayley</option><option>Dan</option></select>
<label><input type="checkbox" id="vaccinated" name="vaccinated"> My pet's vaccinations are up to date</label>
<label for="notes">Anything we should know? (temperament, matting)</label><textarea id="notes" name="notes"></textarea>
<button type="submit" id="bookGroom" class="btn primary">Book appointment</button>
</form></main>
<footer>Paws &amp; Bubbles, 12 Mill Lane · <a href="/cancellation">Cancellation policy</a></footer>`,
);

const groomV2 = page(
  'Book grooming · Paws & Bubbles',
  `<header class="pb-head"><a href="/" class="pb-logo">Paws &amp; Bubbles</a><nav class="pb-nav"><a href="/services">Prices</a><a href="/book" aria-current="page">Book</a><a href="/gallery">Gallery</a></nav><a href="/account" class="pb-acct" aria-label="My account">👤</a></header>
<main class="pb-book"><h1>Book grooming</h1>
<section class="pb-step"><h2>Your pet</h2>
<div class="pb-pet-type" role="radiogroup" aria-label="Pet type"><button type="button" role="radio" aria-checked="true" data-species="dog">🐶 Dog</button><button type="button" role="radio" aria-checked="false" data-species="cat">🐱 Cat</button></div>
<div class="pb-field"><label for="pb-name">Name</label><input id="pb-name"></div>
<div class="pb-field"><label for="pb-breed">Breed</label><input id="pb-breed" list="breeds" placeholder="Start typing…"><datalist id="breeds"><option value="Cockapoo"><option value="Labrador"><option value="Shih Tzu"><option value="Cocker Spaniel"></datalist></div>
<div class="pb-field"><span class="pb-label">Size</span><div role="radiogroup" aria-label="Size" class="pb-chips"><button type="button" role="radio" aria-checked="false">S</button><button type="button" role="radio" aria-checked="true">M</button><button type="button" role="radio" aria-checked="false">L</button><button type="button" role="radio" aria-checked="false">XL</button></div></div>
</section>
<section class="pb-step"><h2>Treatment</h2>
<div class="pb-services"><label class="pb-service"><input type="radio" name="svc" value="full"> Full groom <span>from £45</span></label><label class="pb-service"><input type="radio" name="svc" value="bath"> Bath &amp; tidy <span>from £30</span></label><label class="pb-service"><input type="radio" name="svc" value="puppy"> Puppy's first groom <span>£25</span></label><label class="pb-service"><input type="radio" name="svc" value="nails"> Nail trim <span>£10</span></label></div>
<div class="pb-extras"><label><input type="checkbox" name="extra-teeth"> Teeth</label><label><input type="checkbox" name="extra-deshed"> De-shed treatment</label><label><input type="checkbox" name="extra-flea"> Flea bath</label><label><input type="checkbox" name="extra-bandana"> Bandana</label></div>
</section>
<section class="pb-step"><h2>When</h2>
<input type="date" aria-label="Appointment date" name="day">
<ul class="pb-times"><li><button type="button" data-slot="0900">09:00</button></li><li><button type="button" data-slot="1030">10:30</button></li><li><button type="button" data-slot="1130">11:30</button></li><li><button type="button" data-slot="1300">13:00</button></li><li><button type="button" data-slot="1430">14:30</button></li></ul>
<div class="pb-field"><label for="pb-groomer">Who would you like?</label><select id="pb-groomer"><option>Anyone</option><option>Hayley</option><option>Dan</option></select></div>
</section>
<label class="pb-check"><input type="checkbox" name="age-ok"> My pet is over 16 weeks old</label>
<div class="pb-field"><label for="pb-notes">Notes for your groomer</label><textarea id="pb-notes"></textarea></div>
<button class="pb-cta" type="submit">Confirm booking</button>
</main>
<footer class="pb-foot">12 Mill Lane · <a href="/cancellation">Cancellations</a></footer>`,
);

// ---------------------------------------------------------------------------
// 22. Hotel room rate calendar (edit)
// ---------------------------------------------------------------------------
const rateRow = (code: string, label: string, rates: readonly number[]) =>
  `<tr data-room="${code}"><th>${label}</th>${['0310', '0311', '0312', '0313', '0314']
    .map((d, i) => `<td><input name="${code}-${d}" value="${rates[i]}"></td>`)
    .join('')}</tr>`;
const rateV1 = page(
  'Rate calendar — RateDeck',
  `<header><a href="/" class="brand">RateDeck</a><nav><a href="/rates" class="active">Rates</a><a href="/availability">Availability</a><a href="/channels">Channels</a><a href="/reports">Reports</a></nav><span class="muted">Hotel Meridian · GBP</span></header>
<main><h1>Rate calendar</h1>
<div class="row" id="calNav"><button id="prevDays">‹ Previous</button><input id="startDate" type="date" value="2025-03-10"><button id="nextDays">Next ›</button><select id="ratePlan"><option>BAR</option><option>Advance purchase</option><option>Bed &amp; breakfast</option></select></div>
<table id="rateGrid"><thead><tr><th>Room type</th><th>Mon 10</th><th>Tue 11</th><th>Wed 12</th><th>Thu 13</th><th>Fri 14</th></tr></thead><tbody>
${rateRow('STD', 'Standard Double', [119, 119, 129, 139, 159])}
${rateRow('SUP', 'Superior King', [149, 149, 159, 169, 189])}
${rateRow('STE', 'Junior Suite', [219, 219, 229, 249, 279])}
</tbody></table>
<h2>Restrictions</h2>
<div class="row"><label><input type="checkbox" id="stopSell"> Stop sell selected dates</label><label for="minLos">Min stay</label><input id="minLos" type="number" value="1"><label><input type="checkbox" id="cta"> Closed to arrival</label></div>
<h2>Bulk update</h2>
<form id="bulkForm" class="row"><select id="bulkRoom"><option>All rooms</option><option>Standard Double</option><option>Superior King</option><option>Junior Suite</option></select><select id="bulkOp"><option>Set to</option><option>Increase by %</option><option>Decrease by %</option></select><input id="bulkValue" type="number"><button type="submit" id="applyBulk">Apply</button></form>
<div class="row"><button id="saveRates" class="btn primary">Save</button><button id="pushChannels">Push to channels</button><span class="muted" id="lastPush">Last pushed 09:12</span></div>
</main>
<footer>RateDeck · Connected: Booking.com, Expedia, Direct</footer>`,
);

const rateV2 = edit(rateV1, [
  [
    '<button id="prevDays">‹ Previous</button>',
    '<button class="icon" aria-label="Previous 5 days">‹</button>',
  ],
  ['<tbody>', `<tbody>\n${rateRow('ECO', 'Cosy Double', [99, 99, 109, 115, 135])}`],
  ['<th>Junior Suite</th>', '<th>Junior Suite (Garden)</th>'],
  [
    '<label><input type="checkbox" id="stopSell"> Stop sell selected dates</label>',
    '<label class="switch"><input type="checkbox" role="switch" id="closeOut"> Close out</label>',
  ],
  [
    '<label for="minLos">Min stay</label><input id="minLos" type="number" value="1">',
    '<label for="minStay">Minimum nights</label><input id="minStay" type="number" value="1"><label for="maxStay">Maximum nights</label><input id="maxStay" type="number">',
  ],
  [
    '<label><input type="checkbox" id="cta"> Closed to arrival</label>',
    '<label><input type="checkbox" id="ctd"> Closed to departure</label>',
  ],
  ['<input id="bulkValue" type="number">', '<input id="bulkAmount" type="number" placeholder="Amount">'],
  [
    '<button id="pushChannels">Push to channels</button><span class="muted" id="lastPush">Last pushed 09:12</span>',
    '<button id="syncOta" class="btn">Sync to OTAs</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 23. Shelf-edge label printing (full rewrite: queue table → aisle groups + bulk bar)
// ---------------------------------------------------------------------------
const labelRow = (sku: string, name: string, oldP: string, newP: string, aisle: string, copies: number) =>
  `<tr><td><input type="checkbox" name="sel" value="${sku}"></td><td>${sku}</td><td>${name}</td><td>${oldP}</td><td>${newP}</td><td>${aisle}</td><td><input name="copies-${sku}" type="number" value="${copies}"></td></tr>`;
const labelItem = (sku: string, name: string, oldP: string, newP: string, copies: number) =>
  `<article class="lb-item" data-sku="${sku}"><input type="checkbox" aria-label="Select ${name}"><span class="lb-name">${name}</span><span class="lb-price">${oldP} → ${newP}</span><input type="number" class="lb-copies" aria-label="Copies of ${name}" value="${copies}"></article>`;
const labelsV1 = page(
  'Price labels — StoreHub',
  `<header><span class="brand">StoreHub Labels</span><nav><a href="/labels" class="active">Price labels</a><a href="/promos">Promotions</a><a href="/gaps">Gap scan</a></nav><span class="muted">Store 311 · Mon 10 Mar</span></header>
<main><h1>Shelf edge labels to print</h1>
<div class="row"><input id="addSku" placeholder="Scan or enter SKU"><button id="addSkuBtn">Add</button><select id="aisleFilter"><option>All aisles</option><option>Aisle 1 Bakery</option><option>Aisle 4 Tins</option><option>Aisle 7 Drinks</option></select></div>
<table id="labelQueue"><thead><tr><th><input type="checkbox" id="selectAll"></th><th>SKU</th><th>Product</th><th>Old</th><th>New</th><th>Aisle</th><th>Copies</th></tr></thead><tbody>
${labelRow('118220', 'Baked beans 4×415g', '£3.40', '£3.60', '4', 2)}
${labelRow('209114', 'Sourdough loaf 800g', '£2.20', '£2.35', '1', 1)}
${labelRow('300875', 'Sparkling water 12×500ml', '£4.50', '£4.00', '7', 3)}
${labelRow('118907', 'Chopped tomatoes 400g', '£0.65', '£0.70', '4', 4)}
${labelRow('301552', 'Cola zero 2L', '£2.15', '£1.99', '7', 2)}
</tbody></table>
<div class="row"><label for="template">Label type</label><select id="template"><option>Standard SEL</option><option>Promo (yellow)</option><option>Reduced to clear</option></select><label for="printer">Printer</label><select id="printer"><option>Back office laser</option><option>Handheld Zebra #2</option></select><label><input type="checkbox" id="includeUnit"> Show unit price</label></div>
<div class="row"><button id="printSelected" class="btn primary">Print selected</button><button id="removeSelected">Remove selected</button><button id="markDone">Mark as put out</button></div>
</main>
<footer>StoreHub · <a href="/help/labels">Help</a></footer>`,
);

const labelsV2 = page(
  'Labels · StoreHub',
  `<div class="lb-app"><header class="lb-head"><span class="lb-title">Labels</span><a href="/promos">Promotions</a><a href="/gaps">Gap scan</a><button class="lb-scan" aria-label="Scan barcode">⌁</button></header>
<main class="lb-main"><h1>Price changes · Mon 10 Mar</h1>
<div class="lb-add"><input type="text" aria-label="Product code" placeholder="Product code"><button class="lb-btn">Add to list</button></div>
<section class="lb-aisle" data-aisle="1"><h2>Aisle 1 · Bakery</h2>
${labelItem('209114', 'Sourdough loaf 800g', '£2.20', '£2.35', 1)}
</section>
<section class="lb-aisle" data-aisle="4"><h2>Aisle 4 · Tins</h2>
${labelItem('118220', 'Baked beans 4×415g', '£3.40', '£3.60', 2)}
${labelItem('118907', 'Chopped tomatoes 400g', '£0.65', '£0.70', 4)}
</section>
<section class="lb-aisle" data-aisle="7"><h2>Aisle 7 · Drinks</h2>
${labelItem('300875', 'Sparkling water 12×500ml', '£4.50', '£4.00', 3)}
${labelItem('301552', 'Cola zero 2L', '£2.15', '£1.99', 2)}
</section>
<div class="lb-bar"><label><input type="checkbox" class="lb-all"> Select all</label><select aria-label="Label format"><option>Standard</option><option>Promotion</option><option>Yellow sticker</option></select><select aria-label="Printer"><option>Back office</option><option>Mobile printer 2</option></select><label><input type="checkbox" class="lb-dbl"> Double-sided</label><button class="lb-btn lb-btn--primary" data-testid="print">Print labels</button><button class="lb-btn" data-testid="done">Labels put out</button></div>
</main></div>`,
);

// ---------------------------------------------------------------------------
// 24. Cinema showtime programming (edit)
// ---------------------------------------------------------------------------
const showRow = (id: string, screen: string, film: string, start: string, end: string, fmt: string) =>
  `<tr data-show="${id}"><td>${screen}</td><td>${film}</td><td>${start}</td><td>${end}</td><td>${fmt}</td><td><button class="edit-show">Edit</button><button class="delete-show">Delete</button></td></tr>`;
const wickedEvening = showRow('5104', 'Screen 2', 'Wicked', '19:45', '22:30', 'Sing-along');
const cinemaV1 = page(
  'Programme — ReelOps',
  `<header><a href="/" class="brand">ReelOps</a><nav><a href="/programme" class="active">Programme</a><a href="/films">Films</a><a href="/pricing">Pricing</a><a href="/staff">Staff</a></nav><span class="muted">Electric Picturehouse</span></header>
<main><h1>Programme — Friday 14 March</h1>
<div class="row"><button id="copyYesterday">Copy from Thursday</button><button id="clearDay">Clear day</button><a href="/programme/week" id="weekView">Week view</a></div>
<table id="showtimes"><thead><tr><th>Screen</th><th>Film</th><th>Start</th><th>Ends</th><th>Format</th><th></th></tr></thead><tbody>
${showRow('5101', 'Screen 1', 'Dune: Part Two', '14:00', '16:56', '2D')}
${showRow('5102', 'Screen 1', 'Dune: Part Two', '18:30', '21:26', '2D')}
${showRow('5103', 'Screen 2', 'Wicked', '15:15', '18:00', '2D')}
${wickedEvening}
${showRow('5105', 'Screen 3', 'Flow', '12:00', '13:25', '2D')}
${showRow('5106', 'Screen 3', 'Anora', '20:10', '22:29', '2D')}
</tbody></table>
<h2>Add a showtime</h2>
<form id="addShow"><label for="film">Film</label><select id="film" name="film"><option>Dune: Part Two</option><option>Wicked</option><option>Flow</option><option>Anora</option><option>Paddington in Peru</option></select>
<label for="screen">Screen</label><select id="screen" name="screen"><option>Screen 1 (220)</option><option>Screen 2 (140)</option><option>Screen 3 (60)</option></select>
<label for="startTime">Start time</label><input id="startTime" name="start" type="time">
<label for="adsMins">Ads &amp; trailers (mins)</label><input id="adsMins" name="ads" type="number" value="20">
<fieldset id="format"><legend>Format</legend><label><input type="radio" name="fmt" value="2d" checked> 2D</label><label><input type="radio" name="fmt" value="3d"> 3D</label><label><input type="radio" name="fmt" value="imax"> IMAX</label></fieldset>
<label><input type="checkbox" id="subtitled" name="subs"> Subtitled (HOH)</label>
<label><input type="checkbox" id="relaxed" name="relaxed"> Relaxed screening</label>
<button type="submit" id="addShowBtn" class="btn primary">Add showtime</button></form>
<div class="row"><button id="publishDay" class="btn primary">Publish to website &amp; ticketing</button></div>
</main>
<footer>ReelOps 3.3 · <a href="/help">Help</a></footer>`,
);

const cinemaV2 = edit(cinemaV1, [
  [
    '<div class="row"><button id="copyYesterday">Copy from Thursday</button>',
    '<div class="row"><button class="btn primary" data-role="publish">Publish day</button><button id="copyYesterday">Copy from Thursday</button>',
  ],
  [
    '<a href="/programme/week" id="weekView">Week view</a>',
    '<a href="/programme/week" class="view-toggle">Week</a><a href="/programme/month" class="view-toggle">Month</a>',
  ],
  [`${wickedEvening}\n`, ''],
  [
    '<label for="adsMins">Ads &amp; trailers (mins)</label><input id="adsMins" name="ads" type="number" value="20">',
    '<label for="cleanMins">Cleaning gap (mins)</label><input id="cleanMins" name="clean_gap" type="number" value="15">',
  ],
  [
    '<fieldset id="format"><legend>Format</legend><label><input type="radio" name="fmt" value="2d" checked> 2D</label><label><input type="radio" name="fmt" value="3d"> 3D</label><label><input type="radio" name="fmt" value="imax"> IMAX</label></fieldset>',
    '<label for="fmt">Format</label><select id="fmt" name="fmt"><option value="2d">2D</option><option value="3d">3D</option><option value="imax">IMAX</option></select>',
  ],
  [
    '<label><input type="checkbox" id="subtitled" name="subs"> Subtitled (HOH)</label>',
    '<label><input type="checkbox" id="accessCaptions" name="captions"> Captioned for deaf &amp; hard of hearing</label><label><input type="checkbox" id="audioDesc" name="ad"> Audio described</label>',
  ],
  [
    '<button type="submit" id="addShowBtn" class="btn primary">Add showtime</button>',
    '<button type="submit" class="btn" data-role="add-session">Add to schedule</button>',
  ],
  [
    '<div class="row"><button id="publishDay" class="btn primary">Publish to website &amp; ticketing</button></div>\n',
    '',
  ],
]);

export const BLIND23_PAIRS: readonly PagePair[] = [
  {
    name: 'hotel-minibar-posting-b23',
    v1: minibarV1,
    v2: minibarV2,
    targets: [
      {
        selector: '#roomNo',
        expect: '[data-testid="room-search"]',
        change: 'labelled room field became a search box with aria-label',
      },
      {
        selector: '#btnPost',
        expect: '[data-testid="post-charges"]',
        change: '"Post to folio" reworded "Charge to room", moved to footer bar',
      },
      {
        selector: '#minibarItems tbody tr:nth-child(5) input',
        expect: 'input[aria-label="Salted cashews quantity"]',
        change: 'table row input became stepper in tile; tiles reordered',
      },
      {
        selector: '#printSlip',
        expect: null,
        change: 'print slip option removed; an email-receipt checkbox sits in its slot',
      },
      {
        selector: '#postActions button:nth-child(3)',
        expect: null,
        change: 'dispute button removed from actions',
      },
      { selector: '#mbNote', expect: '#m-note', change: 'note id renamed, label reworded' },
      {
        selector: '#ccStatus',
        expect: '[data-testid="payment-status"]',
        change: 'badge became pill with test id',
      },
      {
        selector: '#btnClear',
        expect: '.Button_ghost__l2Ss',
        change: '"Clear" reworded "Reset", hashed classes',
      },
    ],
  },
  {
    name: 'restaurant-allergen-matrix-b23',
    v1: allergenV1,
    v2: allergenV2,
    targets: [
      { selector: '#dishFilter', expect: '#dish-search', change: 'id renamed, placeholder reworded' },
      {
        selector: '#courseSel',
        expect: '[role="radiogroup"][aria-label="Course"]',
        change: 'course select became radio group',
      },
      { selector: '#exportPdf', expect: null, change: 'PDF export removed' },
      {
        selector: '#printMatrix',
        expect: 'button[aria-label="Print matrix"]',
        change: 'text button became icon button, id dropped',
      },
      {
        selector: '#dish-103 .edit-link',
        expect: 'tr[data-dish-id="103"] .edit-link',
        change: 'row ids replaced by data attribute',
      },
      {
        selector: '#signoff',
        expect: null,
        change: 'sign-off confirmation removed; a filter checkbox sits in its place',
      },
      { selector: '#saveMatrix', expect: '#publishMatrix', change: '"Save matrix" became "Publish changes"' },
      {
        selector: '#historyLink',
        expect: 'a[href="/allergens/history"]',
        change: 'history link moved next to heading, reworded',
      },
    ],
  },
  {
    name: 'food-truck-route-schedule-b23',
    v1: truckV1,
    v2: truckV2,
    targets: [
      {
        selector: '#publishSchedule',
        expect: '[data-action="publish"]',
        change: 'reworded, new "Copy last week" button beside it',
      },
      {
        selector: '#nextWeek',
        expect: 'button[aria-label="Next week"]',
        change: 'text button became chevron icon',
      },
      {
        selector: '.cancel-stop[data-stop="s3"]',
        expect: 'button[aria-label="Remove Thursday stop"]',
        change: 'table row to card, "Cancel" became "Remove"',
      },
      {
        selector: '#stopsTable tbody tr:nth-child(4) .edit-stop',
        expect: 'button[aria-label="Edit Friday stop"]',
        change: 'table to day cards',
      },
      {
        selector: '#stopLoc',
        expect: 'input[name="where"]',
        change: 'location field renamed "Where", no id',
      },
      {
        selector: '#stopPermit',
        expect: null,
        change: 'permit field removed; pitch fee field occupies its slot',
      },
      { selector: '#stopDay', expect: '.tl-form fieldset', change: 'day select became radio chips' },
      {
        selector: '.edit-stop[data-stop="s5"]',
        expect: null,
        change: 'Saturday stop dropped; Friday festival card still present',
      },
    ],
  },
  {
    name: 'catering-quote-builder-b23',
    v1: cateringV1,
    v2: cateringV2,
    targets: [
      {
        selector: '#guestCount',
        expect: '#adultGuests',
        change: 'guest count split into adults and children',
      },
      {
        selector: 'input[name="package"][value="plated"]',
        expect: '#pkg option[value="plated"]',
        change: 'package radios became a select',
      },
      {
        selector: 'input[name="addon"][value="cake"]',
        expect: null,
        change: 'cake cutting add-on replaced by cake stand hire',
      },
      { selector: '#discount', expect: null, change: 'discount field removed' },
      { selector: '#sendQuote', expect: '#emailProposal', change: '"Send quote" became "Email proposal"' },
      {
        selector: '#quoteForm .row button:nth-child(3)',
        expect: '#save-draft',
        change: 'action buttons reordered, save draft moved first',
      },
      { selector: '#clientPhone', expect: '#clientMobile', change: 'phone relabelled mobile' },
      { selector: '#grandTotal', expect: '[data-testid="quote-total"]', change: 'id replaced by test id' },
    ],
  },
  {
    name: 'till-cash-up-end-of-day-b23',
    v1: cashupV1,
    v2: cashupV2,
    targets: [
      {
        selector: 'input[name="d_2000"]',
        expect: '#c-20',
        change: 'denomination table to labelled count rows',
      },
      {
        selector: '#denoms tbody tr:nth-child(7) input',
        expect: '#c-050',
        change: 'coins moved to separate section',
      },
      { selector: '#cardTotal', expect: '#pdq-z', change: 'card Z total relabelled PDQ end-of-day total' },
      { selector: '#floatAmt', expect: '#float-next', change: 'float moved into payouts section, reworded' },
      {
        selector: '#varReason',
        expect: null,
        change: 'variance reason removed; second-counter select in same area',
      },
      { selector: '#bagNo', expect: '#seal-no', change: 'safe bag number relabelled seal' },
      { selector: '#printX', expect: null, change: 'X-read print removed' },
      {
        selector: '#submitCashup',
        expect: '[data-testid="close-till"]',
        change: '"Submit cash up" became "Close till" (same words in nav and heading)',
      },
    ],
  },
  {
    name: 'store-replenishment-order-b23',
    v1: replenV1,
    v2: replenV2,
    targets: [
      { selector: '#deptFilter', expect: '#department', change: 'id renamed, label "Category"' },
      {
        selector: '#onlyExceptions',
        expect: null,
        change: 'exceptions filter removed; promotions-only checkbox in its slot',
      },
      {
        selector: '#addItem',
        expect: 'a[href="/orders/add"]',
        change: 'button became link styled as button, reworded',
      },
      {
        selector: '#orderLines tbody tr:nth-child(3) input.qty',
        expect: 'input[name="qty_415077"]',
        change: 'row moved to end of table',
      },
      { selector: 'tr[data-sku="420915"] .line-remove', expect: null, change: 'delisted line removed' },
      { selector: '#submitOrder', expect: '#sendToDc', change: '"Submit order" became "Send to depot"' },
      {
        selector: '#printOrder',
        expect: 'button[aria-label="Print order"]',
        change: 'text link became icon button',
      },
      { selector: '#orderNote', expect: '#dcNote', change: 'input became textarea, relabelled' },
    ],
  },
  {
    name: 'shoe-repair-key-cutting-ticket-b23',
    v1: cobblerV1,
    v2: cobblerV2,
    targets: [
      {
        selector: '#custPhone',
        expect: 'input[name="mobile"]',
        change: 'labelled field became placeholder input "Mobile"',
      },
      {
        selector: '#itemType',
        expect: '[role="radiogroup"][aria-label="Item"]',
        change: 'select became chip radio group',
      },
      {
        selector: 'input[value="stretch"]',
        expect: null,
        change: 'stretching service removed; zip replacement tile in its slot',
      },
      {
        selector: '#services label:nth-child(5) input',
        expect: 'button[data-service="stitch"]',
        change: 'checkbox became toggle tile, reworded',
      },
      { selector: '#deposit', expect: 'input[name="paidNow"]', change: 'deposit relabelled "Paid now"' },
      {
        selector: '#createTicket',
        expect: '[data-testid="save-job"]',
        change: '"Create ticket" became "Save job"',
      },
      {
        selector: '#printTag',
        expect: '[data-testid="save-print"]',
        change: 'print merged into "Save & print tag"',
      },
      { selector: '#recent li:first-child a', expect: null, change: 'recent tickets list removed' },
    ],
  },
  {
    name: 'dry-cleaning-order-intake-b23',
    v1: dryV1,
    v2: dryV2,
    targets: [
      {
        selector: '#acctNo',
        expect: null,
        change: 'account number removed; loyalty card field in same slot',
      },
      {
        selector: '#garments tbody tr:nth-child(2) .stain',
        expect: '#garments tbody tr:nth-child(3) .stain',
        change: 'bundle row inserted above',
      },
      {
        selector: '#addGarment',
        expect: '#add-item',
        change: 'id renamed, "Add garment" became "+ Add item"',
      },
      { selector: '#express', expect: '#turnaround', change: 'express checkbox became turnaround select' },
      {
        selector: 'input[name="pay"][value="cheque"]',
        expect: null,
        change: 'cheque payment option removed',
      },
      { selector: '#pickup', expect: '#readyDate', change: 'id renamed, label reworded' },
      {
        selector: '#printTickets',
        expect: '[data-action="print-tags"]',
        change: 'reworded, moved after primary',
      },
      { selector: '#completeIntake', expect: '[data-action="complete"]', change: 'id dropped, reworded' },
    ],
  },
  {
    name: 'festival-trader-pitch-application-b23',
    v1: pitchV1,
    v2: pitchV2,
    targets: [
      { selector: '#bizName', expect: '#f-business', change: '"Trading name" became "Business name"' },
      {
        selector: '#bizType',
        expect: '#f-category',
        change: 'trader type became category with reworded options',
      },
      {
        selector: '#pitchSize input[value="3x6"]',
        expect: '#f-pitch option[value="3x6"]',
        change: 'radio became select option',
      },
      {
        selector: '#hygiene',
        expect: null,
        change: 'hygiene rating removed; water connection select in its slot',
      },
      { selector: '#gasCert', expect: null, change: 'gas certificate upload removed' },
      { selector: '#menuDesc', expect: '#f-offer', change: 'reworded description field' },
      {
        selector: '#terms',
        expect: 'input[name="agree"]',
        change: 'terms checkbox renamed, label now links terms',
      },
      {
        selector: '#applyBtn',
        expect: '.apply-actions button[type="submit"]',
        change: 'reworded, secondary save button added beside',
      },
    ],
  },
  {
    name: 'trade-show-booth-booking-b23',
    v1: expoV1,
    v2: expoV2,
    targets: [
      { selector: '#minArea', expect: null, change: 'min area filter replaced by max price in same slot' },
      {
        selector: '.reserve[data-stand="M08"]',
        expect: null,
        change: 'stand sold, button replaced by badge',
      },
      {
        selector: '#stands tbody tr:nth-child(2) .reserve',
        expect: '.reserve[data-stand="C21"]',
        change: 'new stand row inserted at top',
      },
      { selector: '#fascia', expect: '#fasciaText', change: 'fascia renamed name board' },
      { selector: '#pwr', expect: '#power-1kw', change: 'id renamed; 3kW option added beside' },
      { selector: '#confirmStand', expect: '#submitStand', change: '"Confirm booking" became "Book stand"' },
      { selector: '#zone', expect: '#hall-zone', change: 'id renamed, label "Area"' },
      {
        selector: 'input[name="pkg"][value="shell"]',
        expect: 'input[value="shell-scheme"]',
        change: 'radio name and value renamed',
      },
    ],
  },
  {
    name: 'pub-quiz-scoring-b23',
    v1: quizV1,
    v2: quizV2,
    targets: [
      {
        selector: '#roundSel',
        expect: '[role="tablist"][aria-label="Rounds"]',
        change: 'round select became tabs',
      },
      {
        selector: 'input[name="score-2"]',
        expect: 'input[aria-label="Round 4 score for Les Quizerables"]',
        change: 'table to team cards, sorted by total',
      },
      {
        selector: '#scoreSheet tbody tr:nth-child(3) input[type="checkbox"]',
        expect: 'input[aria-label="Joker played by Universally Challenged"]',
        change: 'joker checkbox moved into card, team now first',
      },
      {
        selector: '#newTeam',
        expect: 'input[aria-label="New team name"]',
        change: 'id dropped, placeholder reworded',
      },
      { selector: '#teamSize', expect: null, change: 'players count removed' },
      {
        selector: '#addTeamBtn',
        expect: 'button[aria-label="Add team"]',
        change: 'text button became "+" icon',
      },
      { selector: '#saveScores', expect: '.qn-footer .qn-btn--primary', change: 'reworded, no id' },
      {
        selector: '#undoLast',
        expect: null,
        change: 'undo removed; lock round button now in that footer slot',
      },
    ],
  },
  {
    name: 'hostel-bed-allocation-b23',
    v1: hostelV1,
    v2: hostelV2,
    targets: [
      {
        selector: '#freeOnly',
        expect: 'button[data-filter="free"]',
        change: 'checkbox became segmented toggle',
      },
      { selector: '#autoAssign', expect: '#autoAllocate', change: 'id and wording changed' },
      {
        selector: 'tr[data-bed="D1-2"] .assign-bed',
        expect: null,
        change: 'bed now occupied; a Move button sits in the same cell',
      },
      {
        selector: '#bedGrid tbody tr:nth-child(5) button',
        expect: 'tr[data-bed="D3-2"] .fix-bed',
        change: 'row inserted above; button reworded',
      },
      { selector: '#lockerNo', expect: '#locker', change: 'text input became select' },
      { selector: '#towelHire', expect: null, change: 'towel hire removed' },
      { selector: '#bedPick', expect: '#bed', change: 'id renamed' },
      { selector: '#guestPick', expect: '#arrivalPick', change: 'id renamed, label reworded' },
    ],
  },
  {
    name: 'kitchen-haccp-temperature-log-b23',
    v1: haccpV1,
    v2: haccpV2,
    targets: [
      {
        selector: 'input[name="t_prep2"]',
        expect: 'input[aria-label="Prep fridge 2 temperature"]',
        change: 'table to list, inputs labelled by aria',
      },
      {
        selector: '#unitTemps tbody tr:nth-child(4) .temp',
        expect: 'input[aria-label="Pastry fridge temperature"]',
        change: 'unit renamed dessert → pastry fridge',
      },
      {
        selector: 'input[name="t_bar"]',
        expect: null,
        change: 'bar fridge removed; bottle cooler in its slot',
      },
      {
        selector: '#hotHold',
        expect: 'input[aria-label="Bain-marie temperature"]',
        change: 'moved into card, aria label',
      },
      {
        selector: '#coolEnd',
        expect: 'input[name="cooling.below8"]',
        change: 'reworded; new 5 °C time field beside',
      },
      { selector: '#checkedBy', expect: null, change: 'checked-by select removed (signed-in user)' },
      { selector: '#saveLog', expect: '.sk-btn--primary', change: '"Save log" became "Sign off checks"' },
      { selector: '#pastLogs', expect: 'a.sk-records', change: 'link moved to header, "History"' },
    ],
  },
  {
    name: 'cocktail-recipe-costing-b23',
    v1: cocktailV1,
    v2: cocktailV2,
    targets: [
      {
        selector: '#ingredients tbody tr:nth-child(2) .measure',
        expect: '#ingredients tbody tr:nth-child(3) .measure',
        change: 'rows reordered',
      },
      {
        selector: 'button[aria-label="Remove Campari"]',
        expect: 'button[title="Delete Campari"]',
        change: 'text button became icon with title',
      },
      { selector: '#targetGp', expect: null, change: 'target GP field removed' },
      {
        selector: '#archiveSpec',
        expect: null,
        change: 'archive removed; print spec card button in its slot',
      },
      { selector: '#glass', expect: '#glassware', change: 'id renamed, label reworded' },
      { selector: '#sellPrice', expect: '#menuPrice', change: 'relabelled menu price' },
      { selector: '#gpPct', expect: '[data-testid="gp"]', change: 'id replaced with test id' },
      { selector: '#dupSpec', expect: '#copySpec', change: '"Duplicate" became "Make a copy"' },
    ],
  },
  {
    name: 'store-returns-counter-b23',
    v1: returnsV1,
    v2: returnsV2,
    targets: [
      { selector: '#receiptNo', expect: 'input[name="receiptBarcode"]', change: 'field renamed, aria label' },
      { selector: '#noReceipt', expect: '.pos-btn--link', change: 'reworded "Return without receipt"' },
      {
        selector: '#receiptLines tbody tr:nth-child(2) input[type="checkbox"]',
        expect: 'input[aria-label="Return Chino trousers, stone, 32R"]',
        change: 'table rows became list items',
      },
      {
        selector: 'select[name="reason-3"]',
        expect: 'select[aria-label="Reason for Canvas belt"]',
        change: 'name dropped, options reworded',
      },
      {
        selector: 'input[name="refund"][value="voucher"]',
        expect: 'button[data-method="gift"]',
        change: 'store credit radio became "Gift card" segmented option',
      },
      { selector: '#condition input[value="damaged"]', expect: null, change: 'condition question removed' },
      { selector: '#mgrPin', expect: null, change: 'manager PIN removed; email receipt field in its place' },
      {
        selector: '#processRefund',
        expect: '[data-testid="complete-refund"]',
        change: 'reworded with amount',
      },
    ],
  },
  {
    name: 'barbershop-walk-in-queue-b23',
    v1: barberV1,
    v2: barberV2,
    targets: [
      {
        selector: 'li[data-ticket="W32"] .remove',
        expect: null,
        change: 'customer served and gone; next customer now in that position',
      },
      {
        selector: 'li[data-ticket="W33"] .call-next',
        expect: 'li[data-queue-id="33"] .call-next',
        change: 'ticket attribute renamed',
      },
      { selector: '#wPhone', expect: null, change: 'mobile field removed' },
      { selector: '#wBarber', expect: '#barberPref', change: 'select became radio group' },
      { selector: '#addWalkin', expect: '[data-testid="join-queue"]', change: 'reworded "Join queue"' },
      {
        selector: '#pauseQueue',
        expect: '[data-testid="queue-open-toggle"]',
        change: 'button became toggle "Accepting walk-ins"',
      },
      { selector: '#tvLink', expect: 'a[href="/queue/screen"]', change: 'link moved to header, reworded' },
      { selector: '#wService', expect: '#service-type', change: 'id renamed, prices added' },
    ],
  },
  {
    name: 'tattoo-studio-consent-form-b23',
    v1: tattooV1,
    v2: tattooV2,
    targets: [
      { selector: '#idNumber', expect: '#id-ref', change: 'now last 4 digits only' },
      {
        selector: 'input[name="q_pregnant"][value="no"]',
        expect: 'input[name="h-pregnant"][value="n"]',
        change: 'table to question blocks, renamed',
      },
      {
        selector: '#medical tr:nth-child(3) input[value="yes"]',
        expect: null,
        change: 'diabetes question replaced by epilepsy question in same position',
      },
      { selector: '#medNotes', expect: '#health-more', change: 'reworded' },
      { selector: '#placement', expect: '#body-area', change: 'free text became select' },
      { selector: '#photoConsent', expect: null, change: 'photo consent removed' },
      { selector: '#clearSig', expect: '.ii-sign .ii-link', change: 'reworded "Start over"' },
      { selector: '#submitConsent', expect: '.ii-submit', change: 'reworded "I agree — submit"' },
    ],
  },
  {
    name: 'wedding-venue-enquiry-b23',
    v1: weddingV1,
    v2: weddingV2,
    targets: [
      { selector: '#tel', expect: '#phone-number', change: 'id renamed' },
      { selector: '#guests', expect: '#guestCount', change: 'range select became number input' },
      {
        selector: '#interests label:nth-child(4) input',
        expect: 'input[value="rooms"]',
        change: 'new option inserted first',
      },
      { selector: 'input[value="bbq"]', expect: null, change: 'BBQ option replaced by brunch' },
      { selector: '#budget', expect: null, change: 'budget question removed' },
      {
        selector: '#sendEnquiry',
        expect: '#enquiry button[type="submit"]',
        change: 'id dropped, "Check availability"',
      },
      { selector: '#brochure', expect: '.brochure-link', change: 'new brochure link, reworded' },
      { selector: '#heard', expect: '#source', change: 'id renamed, reworded' },
    ],
  },
  {
    name: 'box-office-will-call-b23',
    v1: boxV1,
    v2: boxV2,
    targets: [
      {
        selector: '#searchTerm',
        expect: 'input[aria-label="Search bookings"]',
        change: 'search-by select merged into single search',
      },
      { selector: '#searchBtn', expect: 'button[aria-label="Search"]', change: 'text became icon' },
      {
        selector: '.collect[data-ref="GT-88131"]',
        expect: '[data-ref="GT-88131"] button',
        change: 'table to cards, "Collect"',
      },
      {
        selector: '#bookings tbody tr:first-child .collect',
        expect: '[data-ref="GT-88120"] button',
        change: 'bookings re-sorted; now second card',
      },
      { selector: '#idChecked', expect: 'input[name="verified"]', change: 'reworded "Customer verified"' },
      { selector: '#collectorName', expect: null, change: 'collector name removed' },
      { selector: '#printTickets', expect: '[data-action="print"]', change: 'reworded with count' },
      {
        selector: '#emailTickets',
        expect: null,
        change: 'email e-tickets removed; phone wallet button in its slot',
      },
    ],
  },
  {
    name: 'car-wash-membership-kiosk-b23',
    v1: washV1,
    v2: washV2,
    targets: [
      { selector: 'input[value="ultimate"]', expect: 'input[value="ceramic"]', change: 'top tier renamed' },
      {
        selector: 'input[value="air"]',
        expect: null,
        change: 'air freshener replaced by vacuum token at same price slot',
      },
      { selector: '#joinClub', expect: 'a[href="/club/join"]', change: 'button became link, reworded' },
      { selector: '#memberLogin', expect: '#memberScan', change: 'reworded "Scan membership QR"' },
      { selector: '#plate', expect: null, change: 'plate entry removed (camera recognition)' },
      { selector: '#payCard', expect: '#payContactless', change: 'reworded "Tap card or phone"' },
      { selector: '#payRow button:nth-child(3)', expect: '#useCode', change: 'buttons reordered' },
      { selector: '#startOver', expect: 'button[aria-label="Start over"]', change: 'text became icon' },
    ],
  },
  {
    name: 'pet-grooming-booking-b23',
    v1: groomV1,
    v2: groomV2,
    targets: [
      { selector: '#petName', expect: '#pb-name', change: 'relabelled "Name"' },
      {
        selector: 'input[name="species"][value="cat"]',
        expect: 'button[data-species="cat"]',
        change: 'radio became radio-role button',
      },
      { selector: 'input[name="species"][value="rabbit"]', expect: null, change: 'rabbit option dropped' },
      { selector: '#service', expect: '.pb-services', change: 'select became radio list with prices' },
      {
        selector: 'input[value="deshed"]',
        expect: 'input[name="extra-deshed"]',
        change: 'renamed, reworded',
      },
      {
        selector: '#slots .slot:nth-child(3)',
        expect: 'button[data-slot="1300"]',
        change: 'slot list rebuilt, 24h times, new slot inserted before',
      },
      {
        selector: '#vaccinated',
        expect: null,
        change: 'vaccination declaration replaced by age declaration',
      },
      { selector: '#bookGroom', expect: '.pb-cta', change: 'reworded "Confirm booking"' },
    ],
  },
  {
    name: 'hotel-room-rate-calendar-b23',
    v1: rateV1,
    v2: rateV2,
    targets: [
      {
        selector: '#rateGrid tbody tr:nth-child(3) td:nth-child(4) input',
        expect: 'input[name="STE-0312"]',
        change: 'new room type row inserted at top',
      },
      { selector: '#stopSell', expect: '#closeOut', change: 'stop sell became "Close out" switch' },
      { selector: '#cta', expect: null, change: 'closed to arrival replaced by closed to departure' },
      { selector: '#minLos', expect: '#minStay', change: 'renamed; max nights added beside' },
      { selector: '#bulkValue', expect: '#bulkAmount', change: 'id renamed' },
      { selector: '#pushChannels', expect: '#syncOta', change: 'reworded "Sync to OTAs"' },
      { selector: '#lastPush', expect: null, change: 'last pushed timestamp removed' },
      { selector: '#prevDays', expect: 'button[aria-label="Previous 5 days"]', change: 'text became icon' },
    ],
  },
  {
    name: 'shelf-edge-label-print-b23',
    v1: labelsV1,
    v2: labelsV2,
    targets: [
      {
        selector: '#addSku',
        expect: 'input[aria-label="Product code"]',
        change: 'id dropped, "Product code"',
      },
      { selector: '#selectAll', expect: '.lb-all', change: 'header checkbox moved into bulk bar' },
      {
        selector: '#labelQueue tbody tr:nth-child(3) input[type="checkbox"]',
        expect: 'input[aria-label="Select Sparkling water 12×500ml"]',
        change: 'rows grouped by aisle',
      },
      {
        selector: 'input[name="copies-118907"]',
        expect: 'input[aria-label="Copies of Chopped tomatoes 400g"]',
        change: 'name dropped, aria label',
      },
      {
        selector: '#template',
        expect: 'select[aria-label="Label format"]',
        change: 'relabelled, options reworded',
      },
      {
        selector: '#includeUnit',
        expect: null,
        change: 'unit price option removed; double-sided checkbox in its slot',
      },
      { selector: '#removeSelected', expect: null, change: 'bulk remove removed' },
      { selector: '#markDone', expect: '[data-testid="done"]', change: 'reworded "Labels put out"' },
    ],
  },
  {
    name: 'cinema-showtime-programming-b23',
    v1: cinemaV1,
    v2: cinemaV2,
    targets: [
      { selector: 'tr[data-show="5104"] .edit-show', expect: null, change: 'showing cancelled; row removed' },
      {
        selector: '#showtimes tbody tr:nth-child(5) .delete-show',
        expect: 'tr[data-show="5105"] .delete-show',
        change: 'row above removed',
      },
      { selector: '#adsMins', expect: null, change: 'ads field replaced by cleaning gap in same slot' },
      {
        selector: '#format input[value="3d"]',
        expect: '#fmt option[value="3d"]',
        change: 'radios became select',
      },
      {
        selector: '#subtitled',
        expect: '#accessCaptions',
        change: 'reworded; audio described option added beside',
      },
      { selector: '#addShowBtn', expect: '[data-role="add-session"]', change: 'id dropped, reworded' },
      { selector: '#publishDay', expect: '[data-role="publish"]', change: 'moved to top toolbar, reworded' },
      { selector: '#weekView', expect: 'a[href="/programme/week"]', change: 'link became view toggle' },
    ],
  },
];
