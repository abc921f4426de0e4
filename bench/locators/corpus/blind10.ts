/**
 * Blind corpus 10, sealed: written without looking at the matcher. Domains:
 * vehicle registration renewal (state DMV), self-storage unit booking, robot
 * vacuum app, grocery delivery slot, student loan payment, CPQ quote builder,
 * water pump station HMI, home care visit app, freelance marketplace
 * proposal, holiday let host pricing, stock photo licensing, SAML single
 * sign-on setup, council tax single person discount, pension contribution
 * change, card fraud review queue, social media post scheduler, coffee
 * order-ahead app, used car search, bank reconciliation, data warehouse SQL
 * worksheet, student accommodation application, hearing aid companion app,
 * streaming parental controls and national park campsite reservation.
 */
import { edit, type PagePair, page } from './page.js';

const PHONE_CSS = `
body{max-width:400px;margin:0 auto;background:#fafafa}
main{padding:12px}
.tabbar{display:flex;justify-content:space-around;padding:8px 0;border-top:1px solid #ddd;background:#fff}
.tabbar a{font-size:12px;text-decoration:none;color:#333}
.chip{border:1px solid #bbb;border-radius:14px;padding:4px 10px;background:#fff}
.big{width:100%;padding:12px;font-size:16px}
.icon{min-width:32px;min-height:32px}
[role=switch]{min-width:44px}
`;

// ---------------------------------------------------------------- vehicle registration renewal

const dmvV1 = page(
  'Renew your vehicle registration — State DMV',
  `<header><a href="/" class="logo">State Department of Motor Vehicles</a><nav><a href="/licenses">Driver licenses</a><a href="/vehicles">Vehicles</a><a href="/locations">Office locations</a><a href="/contact">Contact us</a></nav><a href="/account" id="my-account">My account</a></header>
<main><aside class="card"><h3>Need help?</h3><p>Call 1-800-555-0199, Monday to Friday 8am–5pm.</p><a href="/faq/renewal" id="renewal-faq">Renewal FAQ</a><a href="/smog" id="smog-info">Do I need a smog check?</a></aside>
<p class="muted">Step 2 of 4</p><h1>Renew vehicle registration</h1><h2>Vehicle details</h2>
<form id="renewal-form">
<label for="plate">License plate number</label><input id="plate" name="plate" maxlength="8">
<label for="vin-last5">Last 5 digits of VIN</label><input id="vin-last5" name="vin5" maxlength="5">
<label for="zip">ZIP code</label><input id="zip" name="zip" maxlength="5">
<label for="county">County</label><select id="county" name="county"><option>Alameda</option><option>Fresno</option><option>Kern</option><option>Sacramento</option></select>
<label class="row"><input type="checkbox" id="insurance-ack" name="insured"> I have valid insurance for this vehicle</label>
<fieldset><legend>How should we send your sticker?</legend>
<label class="row"><input type="radio" name="delivery" id="delivery-mail" value="mail" checked> Mail my sticker</label>
<label class="row"><input type="radio" name="delivery" id="delivery-print" value="print"> Print temporary permit</label></fieldset>
<label class="row"><input type="checkbox" id="parks-donation" name="parks"> Add a $5 donation to State Parks</label>
<div class="row"><button type="button" id="back-btn">Back</button><button type="submit" id="continue-btn">Continue</button></div>
<a href="/renew/save" id="save-later">Save and finish later</a></form></main>
<footer><a href="/privacy">Privacy policy</a> · <a href="/accessibility">Accessibility</a> · <a href="/es">Español</a></footer>`,
);

const dmvV2 = page(
  'Renew your vehicle registration — State DMV',
  `<div class="muted">An official website of the State</div>
<header><a href="/" class="logo">DMV</a><nav><a href="/licenses">Licenses &amp; IDs</a><a href="/vehicles">Vehicles</a><a href="/locations">Find an office</a><a href="/contact">Get help</a></nav><a href="/account" class="account">Sign in</a></header>
<main><ol class="row steps"><li>Start</li><li><b>Vehicle</b></li><li>Review &amp; pay</li><li>Confirmation</li></ol>
<h1>Vehicle details</h1><p class="muted">Enter the details shown on your renewal notice.</p>
<form class="usa-form" action="/renew/vehicle" method="post">
<div class="grid"><div><label for="plate-number">License plate</label><input id="plate-number" name="plateNumber" maxlength="8" autocomplete="off"></div>
<div><label for="vin">VIN (last 5)</label><input id="vin" name="vinLast5" maxlength="5"></div></div>
<div class="grid"><div><label for="postal-code">ZIP code</label><input id="postal-code" name="postalCode" maxlength="5" inputmode="numeric"></div>
<div><label for="residence-county">County of residence</label><select id="residence-county" name="residenceCounty"><option>Alameda</option><option>Fresno</option><option>Kern</option><option>Sacramento</option></select></div></div>
<fieldset><legend>Delivery</legend>
<label class="card row"><input type="radio" name="stickerDelivery" value="mail" checked> Mail to my address on file (7–10 days)</label>
<label class="card row"><input type="radio" name="stickerDelivery" value="temp-permit"> Print a 30-day temporary permit now</label></fieldset>
<label class="row"><input type="checkbox" name="insuranceCertified"> I certify this vehicle is insured as required by state law</label>
<div class="row"><a href="/renew/start" class="usa-button--outline">Previous</a><button type="submit" class="usa-button usa-button--primary">Next: Review &amp; pay</button></div>
<a href="/" class="cancel">Cancel and return to home</a></form>
<section class="card"><h2>Questions?</h2><a href="/faq/renewal">Renewal questions</a> · <a href="/smog">Smog check requirements</a></section></main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/es">Español</a> · <a href="/languages">Other languages</a></footer>`,
);

// ---------------------------------------------------------------- self-storage unit booking

const storageV1 = page(
  'Choose a unit — StowAway Riverside',
  `<header><a href="/" class="logo">StowAway</a><nav><a href="/units">Storage units</a><a href="/locations">Locations</a><a href="/supplies">Moving supplies</a><a href="/business">Business storage</a></nav><a href="/account" id="account-link">My account</a></header>
<main><h1>Riverside Self Storage</h1><p class="muted">1200 River Rd · Open 6am–10pm · <a href="/locations/riverside/map" id="facility-map">Map</a></p>
<div class="row"><label class="row"><input type="checkbox" id="climate"> Climate controlled</label><label class="row"><input type="checkbox" id="driveup"> Drive-up access</label><a href="/size-guide" id="size-guide">Size guide</a></div>
<table id="units"><tr><th>Size</th><th>Fits</th><th>Monthly</th><th></th></tr>
<tr id="unit-5x5"><td>5' × 5'</td><td>Boxes, small furniture</td><td>$39</td><td><button class="reserve">Reserve</button></td></tr>
<tr id="unit-5x10"><td>5' × 10'</td><td>Studio apartment</td><td>$69</td><td><button class="reserve">Reserve</button></td></tr>
<tr id="unit-10x10"><td>10' × 10'</td><td>One-bedroom home</td><td>$119</td><td><button class="reserve">Reserve</button></td></tr>
<tr id="unit-10x20"><td>10' × 20'</td><td>Three-bedroom home</td><td>$199</td><td><button class="reserve">Reserve</button></td></tr></table>
<form id="details"><label for="move-in">Move-in date</label><input id="move-in" type="date">
<label for="protection">Protection plan</label><select id="protection"><option>$2,000 coverage — $9/mo</option><option>$5,000 coverage — $15/mo</option><option>I have my own insurance</option></select>
<div class="row"><input id="promo" placeholder="Promo code"><button type="button" id="apply-promo">Apply</button></div>
<button type="submit" id="continue">Continue</button></form></main>
<footer><a href="/terms">Rental terms</a> · <a href="/privacy">Privacy</a> · <a href="/careers">Careers</a></footer>`,
);

const storageV2 = page(
  'Choose a unit — StowAway Riverside',
  `<header><a href="/" class="logo">StowAway</a><nav><a href="/units">Storage units</a><a href="/locations">Locations</a><a href="/supplies">Moving supplies</a><a href="/business">Business storage</a></nav><a href="/account" class="account">Account</a></header>
<main><h1>Riverside Self Storage</h1><p class="muted">1200 River Rd · Access 6am–10pm daily</p>
<div class="row filters"><label class="chip"><input type="checkbox" name="climateControlled"> Climate controlled</label><span class="muted">All units have drive-up access</span></div>
<a href="/size-guide" class="guide">Not sure what size you need?</a>
<div class="grid units">
<div class="card unit" data-size="5x5"><h3>Small · 5' × 5'</h3><p>About the size of a closet</p><p><b>$39</b>/mo</p><button class="select-unit">Select</button></div>
<div class="card unit" data-size="5x10"><h3>Medium · 5' × 10'</h3><p>Fits a studio apartment</p><p><b>$69</b>/mo</p><button class="select-unit">Select</button></div>
<div class="card unit" data-size="10x10"><h3>Large · 10' × 10'</h3><p>Fits a one-bedroom home</p><p><b>$119</b>/mo</p><button class="select-unit">Select</button></div></div>
<form class="booking"><label for="moveInDate">When do you want to move in?</label><input id="moveInDate" name="moveInDate" type="date">
<label for="contents-protection">Contents protection</label><select id="contents-protection" name="protectionPlan"><option>$2,000 coverage — $9/mo</option><option>$5,000 coverage — $15/mo</option><option>I have my own insurance</option></select>
<p class="muted">Have a promo code?</p><div class="row"><input name="promoCode" aria-label="Promo code"><button type="button" class="secondary">Apply</button></div>
<button type="submit" class="primary">Continue to checkout</button></form></main>
<footer><a href="/terms">Rental terms</a> · <a href="/privacy">Privacy</a> · <a href="/careers">Careers</a></footer>`,
);

// ---------------------------------------------------------------- robot vacuum app

const vacuumV1 = page(
  'Rover S7',
  `<header><a href="/devices" id="back-devices">‹ Devices</a><h1>Rover S7</h1><a href="/devices/s7/settings" id="settings">Settings</a></header>
<main><div class="card"><p>Docked · Battery 96%</p><p class="muted">Last clean: today 09:12, 48 m²</p>
<div class="row"><button id="start">Start cleaning</button><button id="dock">Dock</button><button id="spot">Spot clean</button></div></div>
<h2>Suction</h2><div class="row">
<label><input type="radio" name="mode" id="mode-quiet"> Quiet</label><label><input type="radio" name="mode" id="mode-standard" checked> Standard</label><label><input type="radio" name="mode" id="mode-turbo"> Turbo</label><label><input type="radio" name="mode" id="mode-max"> Max</label></div>
<label for="mop-level">Water flow</label><select id="mop-level"><option>Low</option><option>Medium</option><option>High</option></select>
<h2>Rooms</h2>
<label class="row"><input type="checkbox" id="room-kitchen"> Kitchen</label>
<label class="row"><input type="checkbox" id="room-living"> Living room</label>
<label class="row"><input type="checkbox" id="room-bedroom"> Bedroom</label>
<label class="row"><input type="checkbox" id="room-hall"> Hallway</label>
<label class="row"><input type="checkbox" id="dnd"> Do not disturb at night</label>
<a href="/devices/s7/schedules" id="schedules-link">Schedules</a></main>
<nav class="tabbar"><a href="/home">Home</a><a href="/map">Map</a><a href="/history">History</a><a href="/me">Me</a></nav>`,
  PHONE_CSS,
);

const vacuumV2 = page(
  'Rover S7',
  `<header><a href="/devices" class="back" aria-label="Back to devices">‹</a><h1>Rover S7</h1><a href="/devices/s7/settings" class="icon" aria-label="Device settings">⚙</a></header>
<main><div class="card status"><p><b>Docked</b> · 96%</p><p class="muted">Today 09:12 · 48 m² · 52 min</p>
<button class="big primary-action">Clean</button>
<div class="row"><button class="icon" aria-label="Return to dock">⌂</button><button class="secondary">Zone clean</button></div></div>
<h2>Rooms</h2><div class="row rooms">
<button class="chip" data-room="kitchen" aria-pressed="false">Kitchen</button><button class="chip" data-room="living" aria-pressed="false">Living room</button><button class="chip" data-room="bedroom" aria-pressed="false">Bedroom</button><button class="chip" data-room="hall" aria-pressed="false">Hallway</button></div>
<h2>Cleaning mode</h2><div class="row" role="radiogroup" aria-label="Suction power">
<label><input type="radio" name="suction" value="quiet"> Quiet</label><label><input type="radio" name="suction" value="balanced" checked> Balanced</label><label><input type="radio" name="suction" value="turbo"> Turbo</label><label><input type="radio" name="suction" value="max"> Max+</label></div>
<p class="muted">Mopping adjusts automatically to the floor type.</p>
<div class="row"><span>Do Not Disturb (22:00–08:00)</span><input type="checkbox" role="switch" name="doNotDisturb"></div></main>
<nav class="tabbar"><a href="/home">Home</a><a href="/map">Map</a><a href="/schedule">Schedule</a><a href="/me">Me</a></nav>`,
  PHONE_CSS,
);

// ---------------------------------------------------------------- grocery delivery slot

const slotV1 = page(
  'Book a delivery slot — FreshCart',
  `<header><a href="/" class="logo">FreshCart</a><input type="search" id="site-search" placeholder="Search products"><nav><a href="/offers">Offers</a><a href="/favourites">Favourites</a><a href="/orders">My orders</a></nav><a href="/basket" id="basket">Basket £64.20</a></header>
<main><h1>Book a delivery slot</h1><p>Delivering to 7 Elm Grove, Bristol BS6 <a href="/address" id="change-address">Change</a></p>
<a href="/collect" id="to-collect">Switch to Click &amp; Collect</a>
<div class="row days"><button id="day-mon" class="day selected">Mon 3</button><button id="day-tue" class="day">Tue 4</button><button id="day-wed" class="day">Wed 5</button><button id="day-thu" class="day">Thu 6</button></div>
<table id="slots"><tr><th>Time</th><th>Price</th><th></th></tr>
<tr id="slot-0800"><td>8:00–9:00am</td><td>£4.50</td><td><button class="book">Book</button></td></tr>
<tr id="slot-0900"><td>9:00–10:00am</td><td>£3.50</td><td><button class="book">Book</button></td></tr>
<tr id="slot-1200"><td>12:00–1:00pm</td><td>£1.50</td><td><button class="book">Book</button></td></tr>
<tr id="slot-1700"><td>5:00–6:00pm</td><td>£4.00</td><td><button class="book">Book</button></td></tr>
<tr id="slot-1900"><td>7:00–8:00pm</td><td>£2.50</td><td><button class="book">Book</button></td></tr></table>
<form id="prefs"><label class="row"><input type="checkbox" id="leave-neighbour"> Leave with a neighbour if I'm out</label>
<label class="row"><input type="checkbox" id="subs" checked> Allow substitutions</label>
<label for="instructions">Delivery instructions</label><textarea id="instructions"></textarea>
<button type="button" id="checkout">Continue to checkout</button></form></main>
<footer><a href="/help">Help</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>`,
);

const slotV2 = page(
  'Book a delivery slot — FreshCart',
  `<header><a href="/" class="logo">FreshCart</a><form role="search"><input type="search" name="q" placeholder="Search 10,000+ products"></form><nav><a href="/offers">Offers</a><a href="/favourites">Favourites</a><a href="/orders">Orders</a></nav><a href="/basket" class="basket">£64.20</a></header>
<main><h1>Choose a time</h1>
<div role="tablist" class="row"><button role="tab" aria-selected="true" class="mode">Delivery</button><button role="tab" aria-selected="false" class="mode">Click &amp; Collect</button></div>
<p>7 Elm Grove, Bristol BS6 <a href="/address">Change address</a></p>
<div role="tablist" aria-label="Day" class="row days"><button role="tab" aria-selected="true" data-date="2025-03-03">Mon<br>3 Mar</button><button role="tab" aria-selected="false" data-date="2025-03-04">Tue<br>4 Mar</button><button role="tab" aria-selected="false" data-date="2025-03-05">Wed<br>5 Mar</button><button role="tab" aria-selected="false" data-date="2025-03-06">Thu<br>6 Mar</button></div>
<div class="grid3 slots">
<div class="card slot" data-start="08:00"><b>8am – 9am</b><span>£4.50</span><button>Select</button></div>
<div class="card slot" data-start="09:00"><b>9am – 10am</b><span>£3.50</span><button>Select</button></div>
<div class="card slot" data-start="12:00"><b>12pm – 1pm</b><span class="badge">Green slot</span><span>£1.50</span><button>Select</button></div>
<div class="card slot" data-start="17:00"><b>5pm – 6pm</b><span>£4.00</span><button>Select</button></div></div>
<form class="prefs"><label for="safe-place">If you're not in</label><select id="safe-place" name="safePlace"><option>Don't leave my order</option><option>Porch</option><option>Shed or garage</option></select>
<div class="row"><span>Let us substitute items that are out of stock</span><input type="checkbox" role="switch" name="substitutions" checked></div>
<label for="driver-notes">Notes for your driver</label><textarea id="driver-notes" name="driverNotes"></textarea>
<button type="button" class="primary">Continue</button></form></main>
<footer><a href="/help">Help</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------- student loan payment

const loanV1 = page(
  'Make a payment — Student Loan Services',
  `<header><a href="/" class="logo">Student Loan Services</a><nav><a href="/overview">Overview</a><a href="/payments" class="active">Payments</a><a href="/documents">Documents</a><a href="/messages">Messages (1)</a></nav><a href="/logout" id="sign-out">Sign out</a></header>
<main><aside class="card"><h3>Having trouble paying?</h3><a href="/idr" id="idr-link">Apply for income-driven repayment</a><br><a href="/forbearance" id="forbearance-link">Request forbearance</a><br><a href="/documents/1098e" id="tax-form">Download your 1098-E</a></aside>
<h1>Make a payment</h1><div class="card"><p>Current balance <b>$18,402.77</b></p><p>Next due date: Apr 15 · Amount due $212.40</p></div>
<form id="payment-form"><fieldset><legend>Payment amount</legend>
<label class="row"><input type="radio" name="amount" id="amt-due" checked> Current amount due ($212.40)</label>
<label class="row"><input type="radio" name="amount" id="amt-other"> Other amount</label>
<input id="other-amount" placeholder="$0.00"></fieldset>
<label for="bank-account">Pay from</label><select id="bank-account"><option>Checking ••6610</option><option>Savings ••2034</option></select>
<button type="button" id="add-bank">Add bank account</button>
<label for="pay-date">Payment date</label><input id="pay-date" type="date">
<label class="row"><input type="checkbox" id="autopay"> Enroll in Auto Pay (0.25% interest rate reduction)</label>
<button type="submit" id="submit-payment">Submit payment</button></form></main>
<footer><a href="/privacy">Privacy</a> · <a href="/security">Security</a> · <a href="/contact">Contact us</a></footer>`,
);

const loanV2 = page(
  'Make a payment — Student Loan Services',
  `<header><a href="/" class="logo">Student Loan Services</a><nav><a href="/overview">Home</a><a href="/payments" aria-current="page">Payments</a><a href="/documents">Documents</a><a href="/messages">Inbox <span class="badge">1</span></a></nav><a href="/logout" class="logout">Log out</a></header>
<main><h1>Make a payment</h1>
<div class="grid"><div class="card"><p class="muted">Total balance</p><p><b>$18,402.77</b></p></div><div class="card"><p class="muted">Due Apr 15</p><p><b>$212.40</b></p></div></div>
<form class="pay" action="/payments/review"><h2>How much do you want to pay?</h2>
<label class="card row"><input type="radio" name="paymentAmount" value="due" checked> Amount due · $212.40</label>
<label class="card row"><input type="radio" name="paymentAmount" value="custom"> Custom amount</label>
<label for="custom-amount">Enter amount</label><input id="custom-amount" name="customAmount" inputmode="decimal" placeholder="$0.00">
<h2>Payment details</h2>
<label for="funding-account">Bank account</label><select id="funding-account" name="fundingAccount"><option>Checking ••6610</option><option>Savings ••2034</option></select>
<a href="/payments/accounts/new" class="add-account">+ Add a new bank account</a>
<label for="payment-date">Date</label><input id="payment-date" name="paymentDate" type="date">
<label class="row"><input type="checkbox" name="emailConfirmation" checked> Email me a payment confirmation</label>
<button type="submit" class="btn-primary">Review payment</button></form>
<section class="card"><h2>Can't afford your payment?</h2><a href="/idr">See income-driven repayment plans</a><br><a href="/forbearance">Pause or lower your payments</a></section></main>
<footer><a href="/privacy">Privacy</a> · <a href="/security">Security</a> · <a href="/contact">Contact us</a></footer>`,
);

// ---------------------------------------------------------------- CPQ quote builder

const cpqV1 = page(
  'Q-1042 — Quotient',
  `<header><a href="/" class="logo">Quotient</a><nav><a href="/deals">Deals</a><a href="/quotes" class="active">Quotes</a><a href="/products">Products</a><a href="/reports">Reports</a></nav><a href="/me" id="profile">Jordan P.</a></header>
<main><h1>Quote Q-1042 · Northwind Traders</h1><p class="muted">Draft · Owner: Jordan Patel</p>
<div class="row"><label for="price-book">Price book</label><select id="price-book"><option>2025 List (USD)</option><option>Partner (USD)</option></select>
<label for="valid-until">Valid until</label><input id="valid-until" type="date"></div>
<table id="lines"><tr><th>Product</th><th>Qty</th><th>Unit price</th><th>Discount %</th><th>Total</th><th></th></tr>
<tr id="line-1"><td>Platform licence (annual)</td><td><input id="qty-1" value="50" size="4"></td><td>$240.00</td><td><input id="disc-1" value="10" size="3"></td><td>$10,800.00</td><td><button id="remove-1" class="remove">Remove</button></td></tr>
<tr id="line-2"><td>Premium support</td><td><input id="qty-2" value="1" size="4"></td><td>$3,000.00</td><td><input id="disc-2" value="0" size="3"></td><td>$3,000.00</td><td><button id="remove-2" class="remove">Remove</button></td></tr>
<tr id="line-3"><td>Onboarding package</td><td><input id="qty-3" value="1" size="4"></td><td>$1,500.00</td><td><input id="disc-3" value="0" size="3"></td><td>$1,500.00</td><td><button id="remove-3" class="remove">Remove</button></td></tr></table>
<div class="row"><button id="add-line">Add product</button><button id="bulk-discount">Apply discount to all</button><label class="row"><input type="checkbox" id="include-tax"> Include tax</label></div>
<p>Subtotal <b>$15,300.00</b></p>
<label for="terms">Terms and notes</label><textarea id="terms"></textarea>
<div class="row"><button id="save-draft">Save draft</button><button id="preview">Preview PDF</button><button id="submit-approval">Submit for approval</button></div></main>
<footer>Quotient CPQ · <a href="/help">Help</a></footer>`,
);

const cpqV2 = page(
  'Q-1042 — Quotient',
  `<header><a href="/" class="logo">Quotient</a><nav><a href="/deals">Opportunities</a><a href="/quotes" aria-current="page">Quotes</a><a href="/catalog">Catalog</a><a href="/reports">Reports</a></nav><button class="avatar" aria-label="Account menu">JP</button></header>
<main><div class="row"><h1>Northwind Traders</h1><span class="badge">Q-1042 · Draft</span></div>
<div class="row actions"><button class="secondary">Save</button><button class="secondary">Preview</button><button class="primary">Request approval</button></div>
<div class="grid"><div><label for="priceBook">Price book</label><select id="priceBook" name="priceBook"><option>2025 List (USD)</option><option>Partner (USD)</option></select></div>
<div><label for="expires-on">Quote expires</label><input id="expires-on" name="expiresOn" type="date"></div></div>
<table class="line-items"><thead><tr><th>Item</th><th>Quantity</th><th>List price</th><th>Discount</th><th>Net</th><th></th></tr></thead><tbody>
<tr data-sku="PLT-ANN"><td>Platform licence (annual)</td><td><input name="lines[0].qty" value="50" size="4"></td><td>$240.00</td><td><input name="lines[0].discount" value="10" size="3">%</td><td>$10,800.00</td><td><button class="icon" aria-label="Remove Platform licence (annual)">🗑</button></td></tr>
<tr data-sku="SUP-PRM"><td>Premium support</td><td><input name="lines[1].qty" value="1" size="4"></td><td>$3,000.00</td><td><input name="lines[1].discount" value="0" size="3">%</td><td>$3,000.00</td><td><button class="icon" aria-label="Remove Premium support">🗑</button></td></tr></tbody></table>
<div class="row"><button class="link add-line">+ Add line item</button><button class="link">Add bundle</button></div>
<div class="row"><span>Show tax</span><button role="switch" aria-checked="false" class="tax-toggle">Off</button></div>
<p>Subtotal <b>$13,800.00</b></p>
<label for="quote-notes">Notes to customer</label><textarea id="quote-notes"></textarea></main>
<footer>Quotient CPQ · <a href="/help">Help center</a></footer>`,
);

// ---------------------------------------------------------------- pump station HMI

const pumpV1 = page(
  'PS-07 Millbrook — Station overview',
  `<header><b class="logo">AquaSCADA</b><nav><a href="/ps07/overview" class="active">Overview</a><a href="/ps07/trends">Trends</a><a href="/ps07/alarms">Alarms</a><a href="/ps07/events">Events</a><a href="/ps07/config">Config</a></nav><span>Operator: mlee</span><a href="/logout" id="logout">Log off</a></header>
<main><div class="card alarm row" id="alarm-banner"><b>2 active alarms</b><span>High wet well level · Pump 2 fail to start</span><button id="ack-all">Acknowledge all</button><button id="silence">Silence horn</button></div>
<h1>PS-07 Millbrook</h1><p>Wet well level <b>2.41 m</b> · Inflow 38 L/s · Discharge pressure 4.2 bar</p>
<table id="pumps"><tr><th>Pump</th><th>Status</th><th>Speed</th><th>Run hours</th><th>Mode</th><th>Command</th></tr>
<tr><td>Pump 1</td><td>Running</td><td>82%</td><td>11,204</td><td><select id="p1-mode"><option>Auto</option><option>Hand</option><option>Off</option></select></td><td><button id="p1-start">Start</button><button id="p1-stop">Stop</button></td></tr>
<tr><td>Pump 2</td><td>Faulted</td><td>0%</td><td>10,987</td><td><select id="p2-mode"><option>Auto</option><option>Hand</option><option>Off</option></select></td><td><button id="p2-start">Start</button><button id="p2-stop">Stop</button></td></tr>
<tr><td>Pump 3</td><td>Standby</td><td>0%</td><td>3,415</td><td><select id="p3-mode"><option>Auto</option><option>Hand</option><option>Off</option></select></td><td><button id="p3-start">Start</button><button id="p3-stop">Stop</button></td></tr></table>
<h2>Level setpoints</h2><form id="setpoints" class="grid">
<label for="sp-start">Lead pump start (m)</label><input id="sp-start" value="2.20">
<label for="sp-stop">Pumps stop (m)</label><input id="sp-stop" value="0.80">
<label for="sp-high">High level alarm (m)</label><input id="sp-high" value="3.10">
<label class="row"><input type="checkbox" id="rotation" checked> Lead/lag rotation</label>
<button type="submit" id="apply-sp">Apply setpoints</button></form></main>
<footer>AquaSCADA 4.2 · PLC link OK · 10:42:07</footer>`,
);

const pumpV2 = page(
  'PS-07 Millbrook — Station overview',
  `<header><b class="logo">AquaSCADA</b><nav><a href="/ps07/overview" aria-current="page">Overview</a><a href="/ps07/trends">Trends</a><a href="/ps07/alarms">Alarms <span class="badge">2</span></a><a href="/ps07/events">Event log</a><a href="/ps07/config">Configuration</a></nav><span>mlee</span><button class="icon" aria-label="Silence audible alarm">🔕</button><a href="/logout" class="logout">Sign out</a></header>
<main><h1>PS-07 Millbrook</h1>
<div class="grid3"><div class="card"><p class="muted">Wet well</p><b>2.41 m</b></div><div class="card"><p class="muted">Inflow</p><b>38 L/s</b></div><div class="card"><p class="muted">Discharge</p><b>4.2 bar</b></div></div>
<div class="grid pumps">
<div class="card" data-pump="1"><h3>Pump 1</h3><p>Running · 82% · 11,204 h</p><label>Mode <select name="pump1Mode"><option>Auto</option><option>Hand</option><option>Off</option></select></label><div class="row"><button class="run">Run</button><button class="stop">Stop</button></div></div>
<div class="card" data-pump="2"><h3>Pump 2</h3><p>Faulted · 0% · 10,987 h</p><label>Mode <select name="pump2Mode"><option>Auto</option><option>Hand</option><option>Off</option></select></label><div class="row"><button class="run">Run</button><button class="stop">Stop</button><button class="reset">Reset fault</button></div></div></div>
<p class="muted">Pump 3 decommissioned 02/2025.</p>
<section class="card"><h2>Active alarms</h2><ul><li>High wet well level — 10:31</li><li>Pump 2 fail to start — 10:29</li></ul><button class="ack">Ack all</button></section>
<h2>Level control</h2><form class="setpoints grid">
<label for="wet-well-start">Start level</label><input id="wet-well-start" name="startLevel" value="2.20">
<label for="wet-well-stop">Stop level</label><input id="wet-well-stop" name="stopLevel" value="0.80">
<div class="row"><span>Alternate lead pump</span><input type="checkbox" role="switch" name="alternate" checked></div>
<button type="submit" class="write">Write to PLC</button></form></main>
<footer>AquaSCADA 5.0 · PLC online · 10:42:07</footer>`,
);

// ---------------------------------------------------------------- home care visit app

const careV1 = page(
  "Today's visits — CareRound",
  `<header><a href="/menu" id="menu">Menu</a><h1>Today's visits</h1><span>3 of 7</span></header>
<main><div class="card"><h2>Mrs E. Hartley</h2><p>10:30 – 11:15 · 30 min</p><p>14 Crescent Rd, Flat 2</p>
<div class="row"><a href="https://maps.example.com/?q=14+Crescent+Rd" id="directions">Get directions</a><a href="tel:+441632960001" id="call-office">Call office</a></div>
<button id="check-in">Check in</button></div>
<h2>Tasks</h2>
<label class="row"><input type="checkbox" id="task-meds"> Medication prompted</label>
<label class="row"><input type="checkbox" id="task-meal"> Meal prepared</label>
<label class="row"><input type="checkbox" id="task-care"> Personal care</label>
<label class="row"><input type="checkbox" id="task-fluids"> Hydration encouraged</label>
<label for="visit-notes">Notes</label><textarea id="visit-notes"></textarea>
<button id="concern">Report a concern</button>
<button id="check-out">Check out</button></main>
<nav class="tabbar"><a href="/visits">Visits</a><a href="/rota">Rota</a><a href="/messages">Messages</a><a href="/profile">Profile</a></nav>`,
  PHONE_CSS,
);

const careV2 = page(
  "Today's visits — CareRound",
  `<header><a href="/menu" class="icon" aria-label="Open menu">☰</a><h1>Visit 3 of 7</h1><button class="icon" aria-label="Raise a safeguarding concern">⚠</button></header>
<main><div class="card"><h2>Mrs E. Hartley</h2><p>10:30 – 11:15</p><a href="https://maps.example.com/?q=14+Crescent+Rd" class="address">14 Crescent Rd, Flat 2</a>
<a href="/messages/office" class="message-office">Message the office</a>
<button class="big start-visit">Start visit</button></div>
<section class="card"><h2>Medication</h2><p>Donepezil 10mg · 1 tablet with breakfast</p><button class="mar-given">Mark as given</button><button class="mar-refused">Refused</button></section>
<h2>Care plan</h2>
<div class="row"><span>Personal care</span><input type="checkbox" role="switch" name="personalCare"></div>
<div class="row"><span>Meal or snack prepared</span><input type="checkbox" role="switch" name="mealPrepared"></div>
<label for="notes">How was the visit?</label><textarea id="notes" name="visitNotes"></textarea>
<button class="big end-visit">End visit</button></main>
<nav class="tabbar"><a href="/visits">Visits</a><a href="/rota">Rota</a><a href="/messages">Messages</a><a href="/profile">Me</a></nav>`,
  PHONE_CSS,
);

// ---------------------------------------------------------------- freelance marketplace proposal

const gigV1 = page(
  'Submit a proposal — Gigwell',
  `<header><a href="/" class="logo">Gigwell</a><nav><a href="/jobs">Find work</a><a href="/my-jobs">My jobs</a><a href="/reports">Reports</a><a href="/messages">Messages</a></nav><a href="/profile" id="profile">Profile</a></header>
<main><aside class="card"><h3>About the client</h3><p>Payment verified · 4.9 ★ · 23 jobs posted</p><button id="save-job">Save job</button><a href="/jobs/88123/flag" id="flag">Flag as inappropriate</a></aside>
<h1>Submit a proposal</h1><div class="card"><h2>React Native developer for fitness app MVP</h2><p class="muted">Hourly · Intermediate · 1 to 3 months</p><a href="/jobs/88123" id="view-posting">View job posting</a></div>
<form id="proposal"><fieldset><legend>How do you want to be paid?</legend>
<label class="row"><input type="radio" name="bid" id="bid-hourly" checked> Hourly</label>
<label class="row"><input type="radio" name="bid" id="bid-fixed"> Fixed price</label></fieldset>
<label for="rate">Hourly rate</label><input id="rate" value="45.00"><p class="muted">You'll receive $36.00/hr after the service fee.</p>
<label for="duration">How long will this project take?</label><select id="duration"><option>Less than 1 month</option><option>1 to 3 months</option><option>3 to 6 months</option></select>
<label for="cover-letter">Cover letter</label><textarea id="cover-letter" rows="6"></textarea>
<label for="q1">Describe a similar app you have shipped</label><textarea id="q1"></textarea>
<div class="row"><button type="button" id="attach">Attach files</button><span class="muted">Up to 10 files</span></div>
<label class="row"><input type="checkbox" id="boost"> Boost this proposal (6 Connects)</label>
<div class="row"><button type="submit" id="submit">Submit proposal</button><a href="/jobs/88123" id="cancel">Cancel</a></div></form></main>
<footer><a href="/terms">Terms of service</a> · <a href="/privacy">Privacy</a> · <a href="/help">Help</a></footer>`,
);

const gigV2 = page(
  'Submit a proposal — Gigwell',
  `<header><a href="/" class="logo">Gigwell</a><nav><a href="/jobs">Find work</a><a href="/my-jobs">Deliver work</a><a href="/reports">Finances</a><a href="/messages">Messages</a></nav><a href="/profile" class="avatar">Profile</a></header>
<main><h1>Submit a proposal</h1>
<div class="card"><div class="row"><h2>React Native developer for fitness app MVP</h2><button class="icon" aria-label="Save job">♡</button></div><p class="muted">Hourly · Intermediate · 1 to 3 months</p><a href="/jobs/88123">View job posting</a><p>Client: payment verified · 4.9 ★</p></div>
<form class="proposal"><h2>Terms</h2><div class="grid" role="radiogroup" aria-label="Payment type">
<label class="card"><input type="radio" name="contractType" value="hourly" checked> By the hour</label>
<label class="card"><input type="radio" name="contractType" value="fixed"> By project</label></div>
<label for="hourly-rate">Your rate</label><input id="hourly-rate" name="hourlyRate" value="45.00"><p class="muted">You'll receive $36.00/hr.</p>
<label for="timeline">Estimated duration</label><select id="timeline" name="timeline"><option>Less than 1 month</option><option>1 to 3 months</option><option>3 to 6 months</option></select>
<h2>Additional details</h2>
<label for="coverLetter">Cover letter</label><textarea id="coverLetter" name="coverLetter" rows="8"></textarea>
<label for="screening-1">Describe a similar app you have shipped</label><textarea id="screening-1"></textarea>
<label for="file-upload">Attachments</label><input type="file" id="file-upload" multiple>
<h2>Boost your proposal</h2><label for="bid-connects">Bid Connects for a higher spot</label><input id="bid-connects" type="number" value="0">
<div class="row"><button type="submit" class="primary">Send for 16 Connects</button><a href="/jobs/88123" class="cancel">Cancel</a></div></form></main>
<footer><a href="/terms">Terms of service</a> · <a href="/privacy">Privacy policy</a> · <a href="/help">Help &amp; support</a></footer>`,
);

// ---------------------------------------------------------------- holiday let host pricing

const letV1 = page(
  'Pricing — Seaview Cottage — Hostly',
  `<header><a href="/host" class="logo">Hostly</a><nav><a href="/host/today">Today</a><a href="/host/calendar">Calendar</a><a href="/host/listings" class="active">Listings</a><a href="/host/inbox">Inbox</a><a href="/host/earnings">Earnings</a></nav></header>
<main><div class="sidebar"><a href="/host/listings/17/details">Listing details</a><br><a href="/host/listings/17/pricing">Pricing &amp; availability</a><br><a href="/host/listings/17/policies">Policies &amp; rules</a></div>
<h1>Pricing &amp; availability</h1><p class="muted">Seaview Cottage · Whitby</p>
<form id="pricing">
<label for="base-price">Nightly price (£)</label><input id="base-price" value="135">
<label for="weekend-price">Weekend price (£)</label><input id="weekend-price" value="160">
<label for="cleaning-fee">Cleaning fee (£)</label><input id="cleaning-fee" value="45">
<label for="weekly-discount">Weekly discount (%)</label><input id="weekly-discount" value="10">
<label for="monthly-discount">Monthly discount (%)</label><input id="monthly-discount" value="25">
<label class="row"><input type="checkbox" id="smart-pricing"> Use Smart Pricing</label>
<label for="min-nights">Minimum nights</label><select id="min-nights"><option>1</option><option>2</option><option selected>3</option><option>7</option></select>
<label for="max-nights">Maximum nights</label><input id="max-nights" value="28">
<label for="advance-notice">Advance notice</label><select id="advance-notice"><option>Same day</option><option>1 day</option><option>2 days</option></select>
<label class="row"><input type="checkbox" id="same-day"> Allow same-day requests</label>
<div class="row"><button type="submit" id="save-pricing">Save</button><a href="/host/listings/17" id="cancel-pricing">Cancel</a><button type="button" id="block-dates">Block dates</button></div></form></main>
<footer><a href="/host/help">Host help</a> · <a href="/terms">Terms</a></footer>`,
);

const letV2 = page(
  'Pricing — Seaview Cottage — Hostly',
  `<header><a href="/host" class="logo">Hostly</a><nav><a href="/host/today">Today</a><a href="/host/calendar">Calendar</a><a href="/host/listings" aria-current="page">Listings</a><a href="/host/inbox">Messages</a><a href="/host/earnings">Earnings</a></nav></header>
<main><div class="sidebar"><a href="/host/listings/17/details">Your space</a><br><a href="/host/listings/17/pricing">Pricing</a><br><a href="/host/listings/17/availability">Availability</a><br><a href="/host/listings/17/policies">Policies</a></div>
<h1>Seaview Cottage</h1>
<section class="card"><h2>Nightly pricing</h2>
<label for="nightly">Base price</label><input id="nightly" name="basePrice" value="135">
<label for="custom-weekend">Custom weekend price</label><input id="custom-weekend" name="weekendPrice" value="160">
<div class="row"><span>Dynamic pricing</span><input type="checkbox" role="switch" name="dynamicPricing"></div></section>
<section class="card"><h2>Fees &amp; discounts</h2>
<label for="fee-cleaning">Cleaning fee</label><input id="fee-cleaning" name="cleaningFee" value="45">
<label for="discount-7">Weekly discount</label><input id="discount-7" name="weeklyDiscount" value="10">
<label for="discount-28">Monthly discount</label><input id="discount-28" name="monthlyDiscount" value="25"></section>
<section class="card"><h2>Trip length</h2>
<label for="minimum-stay">Minimum stay (nights)</label><input id="minimum-stay" name="minimumStay" type="number" value="3">
<label for="notice">Advance notice</label><select id="notice" name="advanceNotice"><option>Same day</option><option>1 day</option><option>2 days</option></select>
<label for="prep-time">Preparation time</label><select id="prep-time" name="preparationTime"><option>None</option><option>Block 1 night before and after</option></select>
<a href="/host/calendar?listing=17" class="block">Block nights on the calendar</a></section>
<div class="row sticky"><a href="/host/listings/17" class="cancel">Discard</a><button type="submit" class="primary">Save changes</button></div></main>
<footer><a href="/host/help">Help centre</a> · <a href="/terms">Terms</a></footer>`,
);

// ---------------------------------------------------------------- stock photo licensing

const photoV1 = page(
  'Sunrise over rice terraces — Pixelvault',
  `<header><a href="/" class="logo">Pixelvault</a><input id="search" type="search" placeholder="Search images"><nav><a href="/photos">Photos</a><a href="/vectors">Vectors</a><a href="/video">Video</a><a href="/pricing">Pricing</a></nav><a href="/login" id="login">Sign in</a></header>
<main><div class="grid"><div><img src="/p/448120.jpg" alt="Sunrise over rice terraces" width="440" height="290"><p class="muted">Image ID 448120 · by Linh Tran</p>
<div class="row"><button id="save-board">Save to board</button><a href="/similar/448120" id="similar">Find similar</a><button id="share">Share</button></div>
<p>Keywords: <a href="/s/rice">rice</a>, <a href="/s/terrace">terrace</a>, <a href="/s/sunrise">sunrise</a>, <a href="/s/vietnam">vietnam</a></p></div>
<div class="card"><h1>Sunrise over rice terraces</h1><h2>Size</h2>
<label class="row"><input type="radio" name="size" id="size-s"> Small · 800 × 533 px · $9</label>
<label class="row"><input type="radio" name="size" id="size-m"> Medium · 2000 × 1333 px · $19</label>
<label class="row"><input type="radio" name="size" id="size-l" checked> Large · 4000 × 2667 px · $29</label>
<label class="row"><input type="radio" name="size" id="size-xl"> XL · 6000 × 4000 px · $39</label>
<h2>License</h2>
<label class="row"><input type="radio" name="license" id="lic-standard" checked> Standard</label>
<label class="row"><input type="radio" name="license" id="lic-enhanced"> Enhanced (+$70)</label>
<label class="row"><input type="checkbox" id="legal"> Add legal guarantee ($10)</label>
<button id="add-cart">Add to cart</button><button id="buy-now">Buy now</button></div></div></main>
<footer><a href="/license-terms">License terms</a> · <a href="/contributors">Sell your photos</a> · <a href="/help">Help</a></footer>`,
);

const photoV2 = page(
  'Sunrise over rice terraces — Pixelvault',
  `<header><a href="/" class="logo">Pixelvault</a><form role="search"><input name="q" type="search" placeholder="Search all assets"></form><nav><a href="/photos">Photos</a><a href="/vectors">Illustrations</a><a href="/video">Video</a><a href="/pricing">Plans</a></nav><a href="/login" class="signin">Log in</a></header>
<main><div class="grid"><div><img src="/p/448120.jpg" alt="Sunrise over rice terraces" width="440" height="290">
<div class="row"><button class="icon" aria-label="Save to collection">♡</button><button class="icon" aria-label="Share">↗</button><button class="link more-like">More like this</button></div>
<p class="muted">448120 · Linh Tran</p><div class="row"><a class="chip" href="/s/rice">rice</a><a class="chip" href="/s/terrace">terrace</a><a class="chip" href="/s/sunrise">sunrise</a></div></div>
<div class="card"><h1>Sunrise over rice terraces</h1><p class="muted">Legal guarantee included with every license.</p>
<h2>Choose a size</h2>
<label class="card row"><input type="radio" name="assetSize" value="medium"> Medium · 2000 × 1333 · $19</label>
<label class="card row"><input type="radio" name="assetSize" value="large" checked> Large · 4000 × 2667 · $29</label>
<label class="card row"><input type="radio" name="assetSize" value="original"> Original · 6000 × 4000 · $39</label>
<h2>License type</h2>
<label class="card row"><input type="radio" name="licenseType" value="standard" checked> Standard license</label>
<label class="card row"><input type="radio" name="licenseType" value="extended"> Extended license · +$70</label>
<button class="primary add-basket">Add to basket</button><button class="secondary">Buy now</button></div></div></main>
<footer><a href="/license-terms">Licensing</a> · <a href="/contributors">Become a contributor</a> · <a href="/help">Support</a></footer>`,
);

// ---------------------------------------------------------------- SAML single sign-on setup

const ssoV1 = page(
  'Single sign-on — Acme Admin',
  `<header><a href="/admin" class="logo">Teamspace Admin</a><a href="/" id="back-app">Back to app</a></header>
<div class="sidebar"><a href="/admin/general">General</a><br><a href="/admin/members">Members</a><br><a href="/admin/security">Security</a><br><a href="/admin/sso">Single sign-on</a><br><a href="/admin/billing">Billing</a><br><a href="/admin/audit">Audit log</a></div>
<main><h1>SAML single sign-on</h1><p class="muted">Connect your identity provider so members sign in with company credentials.</p>
<form id="sso-form"><label for="idp-provider">Identity provider</label><select id="idp-provider"><option>Okta</option><option>Azure AD</option><option>Google Workspace</option><option>Other</option></select>
<label for="sso-url">SSO URL</label><input id="sso-url" placeholder="https://">
<label for="entity-id">Entity ID</label><input id="entity-id">
<label for="certificate">X.509 certificate</label><textarea id="certificate" rows="4"></textarea>
<button type="button" id="upload-metadata">Upload metadata XML</button>
<label class="row"><input type="checkbox" id="enforce-sso"> Require SSO for all members</label>
<label class="row"><input type="checkbox" id="owner-bypass" checked> Allow password login for owners</label>
<label class="row"><input type="checkbox" id="jit" checked> Just-in-time provisioning</label>
<label for="default-role">Default role for new members</label><select id="default-role"><option>Member</option><option>Guest</option></select>
<div class="row"><button type="button" id="test-sso">Test connection</button><button type="submit" id="save-sso">Save configuration</button></div></form>
<p><button id="disable-sso" class="danger">Disable SSO</button></p></main>
<footer>Teamspace · <a href="/docs/sso">SSO documentation</a></footer>`,
);

const ssoV2 = page(
  'Single sign-on — Acme Admin',
  `<header><a href="/admin" class="logo">Teamspace Admin</a><a href="/" class="exit">Exit admin</a></header>
<div class="sidebar"><a href="/admin/general">Workspace</a><br><a href="/admin/members">People</a><br><a href="/admin/security">Security</a><br><a href="/admin/sso">Authentication</a><br><a href="/admin/billing">Plans &amp; billing</a><br><a href="/admin/audit">Audit log</a></div>
<main><h1>Authentication</h1>
<section class="card"><h2>SAML configuration</h2><div class="row" role="radiogroup" aria-label="Identity provider">
<label><input type="radio" name="idp" value="okta" checked> Okta</label><label><input type="radio" name="idp" value="entra"> Microsoft Entra ID</label><label><input type="radio" name="idp" value="google"> Google Workspace</label><label><input type="radio" name="idp" value="custom"> Custom SAML</label></div>
<a href="#" class="import-metadata">Import from metadata file</a>
<label for="idp-sso-url">Identity provider sign-in URL</label><input id="idp-sso-url" name="idpSsoUrl" placeholder="https://">
<label for="idp-issuer">Issuer (Entity ID)</label><input id="idp-issuer" name="idpIssuer">
<label for="signing-cert">Signing certificate</label><textarea id="signing-cert" name="signingCertificate" rows="4"></textarea>
<div class="row"><button type="button" class="secondary">Test sign-in</button><button type="submit" class="primary">Save</button></div></section>
<section class="card"><h2>Enforcement</h2><div class="row"><span>Require SSO</span><input type="checkbox" role="switch" name="requireSso"></div><a href="/admin/sso/break-glass">Manage break-glass accounts</a></section>
<section class="card"><h2>Provisioning</h2><label class="row"><input type="checkbox" name="autoCreateUsers" checked> Create accounts on first sign-in</label>
<button type="button" class="secondary">Add group mapping</button></section>
<section class="card danger"><h2>Danger zone</h2><button class="danger">Turn off SSO</button></section></main>
<footer>Teamspace · <a href="/docs/sso">Help with SSO</a></footer>`,
);

// ---------------------------------------------------------------- council tax single person discount

const ctaxV1 = page(
  'Apply for a single person discount — Northshire Council',
  `<header><a href="/" class="logo">Northshire Council</a><nav><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/planning">Planning</a><a href="/schools">Schools</a></nav><a href="/myaccount" id="my-account">My account</a></header>
<main><p class="muted"><a href="/">Home</a> › <a href="/council-tax">Council tax</a> › Discounts</p>
<h1>Apply for a single person discount</h1><p>You could get 25% off your bill if you are the only adult living in your home.</p>
<form id="spd-form">
<label for="account-ref">Council tax account reference</label><input id="account-ref" name="accountRef">
<label for="postcode">Postcode</label><div class="row"><input id="postcode" name="postcode"><button type="button" id="find-address">Find address</button></div>
<label for="address-select">Select your address</label><select id="address-select"><option>Choose an address</option><option>1 Mill Lane, Ashby</option><option>3 Mill Lane, Ashby</option></select>
<fieldset><legend>Do you live alone?</legend><label class="row"><input type="radio" name="alone" id="alone-yes"> Yes</label><label class="row"><input type="radio" name="alone" id="alone-no"> No</label></fieldset>
<fieldset><legend>Date you started living alone</legend><div class="row">
<label for="date-day">Day</label><input id="date-day" size="2"><label for="date-month">Month</label><input id="date-month" size="2"><label for="date-year">Year</label><input id="date-year" size="4"></div></fieldset>
<label for="email">Email</label><input id="email" type="email">
<label for="phone">Phone</label><input id="phone" type="tel">
<label class="row"><input type="checkbox" id="declare"> I declare the information I have given is correct</label>
<button type="submit" id="continue">Continue</button>
<a href="/forms/save" id="save-return">Save and come back later</a></form></main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy notice</a> · <a href="/contact">Contact the council</a></footer>`,
);

const ctaxV2 = page(
  'Apply for a single person discount — Northshire Council',
  `<header><a href="/" class="logo">Northshire Council</a><nav><a href="/bins">Bins</a><a href="/council-tax">Council tax</a><a href="/planning">Planning</a><a href="/schools">Schools and education</a></nav><a href="/myaccount" class="account">Sign in</a></header>
<main><div class="govuk-breadcrumbs"><a href="/">Home</a> › <a href="/council-tax">Council tax</a></div>
<h1 class="govuk-heading-l">Single person discount</h1>
<form class="govuk-form" method="post" novalidate>
<div class="govuk-form-group"><label class="govuk-label" for="account-number">Council tax account number</label><p class="govuk-hint">This is 8 digits and starts with a 5. It's on your bill.</p><input class="govuk-input" id="account-number" name="accountNumber" inputmode="numeric"></div>
<div class="govuk-form-group"><label class="govuk-label" for="address-postcode">Postcode</label><input class="govuk-input" id="address-postcode" name="addressPostcode" autocomplete="postal-code"><button type="button" class="govuk-button--secondary">Find address</button></div>
<div class="govuk-form-group"><label class="govuk-label" for="address-uprn">Address</label><select class="govuk-select" id="address-uprn" name="uprn"><option>2 addresses found</option><option>1 Mill Lane, Ashby</option><option>3 Mill Lane, Ashby</option></select></div>
<fieldset class="govuk-fieldset"><legend>Are you the only adult (18 or over) living at this address?</legend>
<div class="govuk-radios"><label class="row"><input class="govuk-radios__input" type="radio" name="onlyAdult" value="yes"> Yes</label><label class="row"><input class="govuk-radios__input" type="radio" name="onlyAdult" value="no"> No</label></div></fieldset>
<fieldset class="govuk-fieldset"><legend>When did you become the only adult living there?</legend><p class="govuk-hint">For example, 27 3 2024</p><div class="row">
<label for="since-date-day">Day</label><input class="govuk-input" id="since-date-day" name="sinceDate-day" size="2"><label for="since-date-month">Month</label><input class="govuk-input" id="since-date-month" name="sinceDate-month" size="2"><label for="since-date-year">Year</label><input class="govuk-input" id="since-date-year" name="sinceDate-year" size="4"></div></fieldset>
<div class="govuk-form-group"><label class="govuk-label" for="contact-email">Email address</label><p class="govuk-hint">We'll send your confirmation here.</p><input class="govuk-input" id="contact-email" name="contactEmail" type="email" autocomplete="email"></div>
<label class="row"><input type="checkbox" name="declaration"> I confirm the information I've given is correct and complete</label>
<button type="submit" class="govuk-button">Continue</button></form></main>
<footer><a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact us</a></footer>`,
);

// ---------------------------------------------------------------- pension contribution change

const pensionV1 = page(
  'Change your contribution — Harbor Pensions',
  `<header><a href="/" class="logo">Harbor Pensions</a><nav><a href="/dashboard">Dashboard</a><a href="/my-pension" class="active">My pension</a><a href="/investments">Investments</a><a href="/documents">Documents</a><a href="/help">Help</a></nav><a href="/logout" id="logout">Log out</a></header>
<main><p class="muted">Step 2 of 3</p><h1>Choose your contribution</h1><p>You currently pay <b>4%</b> of your salary. Your employer matches up to 6%.</p>
<form id="contribution"><fieldset><legend>How would you like to contribute?</legend>
<label class="row"><input type="radio" name="type" id="contrib-pct" checked> Percentage of salary</label>
<label class="row"><input type="radio" name="type" id="contrib-fixed"> Fixed amount</label></fieldset>
<label for="pct">Contribution (%)</label><input id="pct" value="4">
<button type="button" id="max-match">Match my employer's maximum (6%)</button>
<label class="row"><input type="checkbox" id="sacrifice"> Use salary sacrifice</label>
<label for="effective">Effective from</label><select id="effective"><option>May 2025 payroll</option><option>June 2025 payroll</option></select>
<div class="card" id="projection"><h3>Projection</h3><label for="retire-age">Retirement age</label><input id="retire-age" value="67"><button type="button" id="recalc">Recalculate</button><p>Estimated pot at 67: <b>£312,000</b></p></div>
<div class="row"><button type="button" id="back">Back</button><button type="submit" id="next">Next</button><a href="/my-pension" id="cancel">Cancel change</a></div></form></main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact us</a></footer>`,
);

const pensionV2 = page(
  'Change your contribution — Harbor Pensions',
  `<header><a href="/" class="logo">Harbor Pensions</a><nav><a href="/dashboard">Home</a><a href="/my-pension" aria-current="page">My pension</a><a href="/investments">Investments</a><a href="/documents">Documents</a><a href="/help">Support</a></nav><a href="/logout" class="logout">Sign out</a></header>
<main><ol class="row steps"><li>Current</li><li><b>New contribution</b></li><li>Review</li></ol>
<h1>How much would you like to pay in?</h1>
<div class="card tip"><p>Your employer adds up to 6%. You're paying 4% now, so you're missing out on 2% free money.</p><button type="button" class="link full-match">Get the full employer match</button></div>
<form class="contribution"><div role="radiogroup" aria-label="Contribution type" class="row">
<label class="chip"><input type="radio" name="contributionType" value="percent" checked> Percent of salary</label>
<label class="chip"><input type="radio" name="contributionType" value="amount"> Fixed amount per month</label></div>
<input type="range" min="0" max="20" value="4" aria-label="Contribution slider">
<label for="contribution-percent">Your contribution</label><div class="row"><input id="contribution-percent" name="contributionPercent" value="4" size="3"><span>%</span></div>
<div class="row"><span>Pay through salary exchange</span><input type="checkbox" role="switch" name="salaryExchange"></div>
<p class="muted">Salary exchange can save you National Insurance. <a href="/help/salary-exchange">How it works</a></p>
<label for="start-period">Start from pay period</label><select id="start-period" name="startPeriod"><option>May 2025</option><option>June 2025</option></select>
<p class="muted">Projections are now on your dashboard.</p>
<div class="row"><a href="/my-pension/change/1" class="back">Back</a><button type="submit" class="primary">Continue to review</button></div>
<a href="/my-pension" class="cancel">Cancel</a></form></main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact us</a></footer>`,
);

// ---------------------------------------------------------------- card fraud review queue

const fraudV1 = page(
  'Review queue — Sentinel Risk',
  `<header><a href="/" class="logo">Sentinel Risk</a><nav><a href="/queue" class="active">Queue</a><a href="/rules">Rules</a><a href="/lists">Lists</a><a href="/reports">Reports</a></nav><span>Analyst: R. Osei</span></header>
<main><div class="row"><h1>Manual review</h1><button id="assign-me">Assign to me</button></div>
<div class="row"><input id="case-search" placeholder="Search by order, card BIN or email"><select id="status-filter"><option>Open</option><option>Pending</option><option>Closed</option></select></div>
<table id="cases"><tr><th>Case</th><th>Amount</th><th>Score</th><th>Reason</th><th></th></tr>
<tr id="row-4410"><td><a href="/cases/4410">#4410</a></td><td>€1,240.00</td><td>91</td><td>Velocity: 6 cards / 1 device</td><td><button class="approve">Approve</button><button class="decline">Decline</button></td></tr>
<tr id="row-4412"><td><a href="/cases/4412">#4412</a></td><td>€89.90</td><td>74</td><td>Billing/shipping country mismatch</td><td><button class="approve">Approve</button><button class="decline">Decline</button></td></tr>
<tr id="row-4415"><td><a href="/cases/4415">#4415</a></td><td>€412.00</td><td>68</td><td>New account, high value</td><td><button class="approve">Approve</button><button class="decline">Decline</button></td></tr></table>
<section class="card" id="case-panel"><h2>Case #4410</h2><p>Card 4539 •• 0071 · IP 185.23.x.x (NL) · Device seen on 6 cards</p>
<label for="case-notes">Analyst notes</label><textarea id="case-notes"></textarea>
<label for="decline-reason">Decline reason</label><select id="decline-reason"><option>Suspected stolen card</option><option>Account takeover</option><option>Friendly fraud risk</option></select>
<label class="row"><input type="checkbox" id="blocklist"> Add device to blocklist</label>
<div class="row"><button id="approve-case">Approve</button><button id="decline-case">Decline</button><button id="escalate">Escalate</button></div></section></main>
<footer>Sentinel Risk · SLA: 15 min</footer>`,
);

const fraudV2 = page(
  'Review queue — Sentinel Risk',
  `<header><a href="/" class="logo">Sentinel Risk</a><nav><a href="/queue" aria-current="page">Reviews</a><a href="/rules">Rules</a><a href="/lists">Lists</a><a href="/reports">Insights</a></nav><span>R. Osei</span></header>
<main><div class="row"><h1>Manual review</h1><span class="badge">3 open</span><button class="next-case">Next case →</button></div>
<div class="row"><input type="search" name="q" placeholder="Order ID, BIN, email or IP"><div role="tablist" class="row"><button role="tab" aria-selected="true">Open</button><button role="tab" aria-selected="false">Pending</button><button role="tab" aria-selected="false">Closed</button></div></div>
<table class="cases"><thead><tr><th>Case</th><th>Amount</th><th>Risk</th><th>Top signal</th></tr></thead><tbody>
<tr data-case="4410" class="selected"><td><a href="/cases/4410">#4410</a></td><td>€1,240.00</td><td>91</td><td>Velocity: 6 cards / 1 device</td></tr>
<tr data-case="4412"><td><a href="/cases/4412">#4412</a></td><td>€89.90</td><td>74</td><td>Country mismatch</td></tr>
<tr data-case="4415"><td><a href="/cases/4415">#4415</a></td><td>€412.00</td><td>68</td><td>New account, high value</td></tr></tbody></table>
<aside class="card decision"><h2>#4410 · €1,240.00</h2><p>Card 4539 •• 0071 · NL · device on 6 cards</p>
<div class="row"><button class="accept">Accept</button><button class="reject">Reject</button></div>
<label for="rejection-reason">Reason</label><select id="rejection-reason" name="rejectionReason"><option>Suspected stolen card</option><option>Account takeover</option><option>Friendly fraud risk</option></select>
<div class="row"><span>Block this device</span><input type="checkbox" role="switch" name="blockDevice"></div>
<label for="notes">Notes</label><textarea id="notes" name="notes"></textarea>
<button class="link send-l2">Send to L2 review</button></aside></main>
<footer>Sentinel Risk · Target handling time 15 min</footer>`,
);

// ---------------------------------------------------------------- social media post scheduler

const queueV1 = page(
  'Publish — Queuely',
  `<header><a href="/" class="logo">Queuely</a><nav><a href="/publish" class="active">Publish</a><a href="/analytics">Analytics</a><a href="/engage">Engage</a><a href="/start-page">Start Page</a></nav><a href="/settings" id="settings">Settings</a></header>
<main><div class="sidebar"><h3>Channels</h3>
<label class="row"><input type="checkbox" id="ch-twitter" checked> Twitter</label>
<label class="row"><input type="checkbox" id="ch-linkedin"> LinkedIn</label>
<label class="row"><input type="checkbox" id="ch-instagram"> Instagram</label>
<label class="row"><input type="checkbox" id="ch-facebook"> Facebook</label>
<a href="/channels/connect" id="connect-channel">Connect a channel</a></div>
<div class="card composer"><label for="post-text">What do you want to share?</label><textarea id="post-text" rows="5"></textarea>
<div class="row"><button id="add-media">Add image</button><label class="row"><input type="checkbox" id="shorten" checked> Shorten links</label><a href="#" id="first-comment">Add first comment</a></div>
<div class="row"><label for="sched-date">Date</label><input id="sched-date" type="date"><label for="sched-time">Time</label><input id="sched-time" type="time"></div>
<div class="row"><button id="save-draft">Save as draft</button><button id="share-now">Share now</button><button id="add-queue">Add to queue</button></div></div>
<h2>Queue</h2><ul>
<li class="card">Mon 09:00 · Spring launch teaser <button class="edit">Edit</button><button class="delete">Delete</button></li>
<li class="card">Tue 12:30 · Customer story: Fernhill <button class="edit">Edit</button><button class="delete">Delete</button></li></ul></main>
<footer>Queuely · <a href="/help">Help</a></footer>`,
);

const queueV2 = page(
  'Publish — Queuely',
  `<header><a href="/" class="logo">Queuely</a><nav><a href="/publish" aria-current="page">Publish</a><a href="/analytics">Analyze</a><a href="/engage">Engage</a><a href="/start-page">Start Page</a></nav><a href="/settings" class="icon" aria-label="Settings">⚙</a></header>
<main><h1>Create post</h1>
<div class="row channels"><button class="avatar" aria-label="X (Twitter)" aria-pressed="true">𝕏</button><button class="avatar" aria-label="LinkedIn" aria-pressed="false">in</button><button class="avatar" aria-label="Instagram" aria-pressed="false">IG</button><a href="/channels/connect" class="icon" aria-label="Connect a channel">+</a></div>
<div class="card composer"><textarea name="body" rows="6" placeholder="Start writing or use the AI Assistant"></textarea>
<div class="row toolbar"><button class="icon" aria-label="Add photos or video">🖼</button><button class="icon" aria-label="Add emoji">☺</button><button class="link">First comment</button><button class="link">AI Assistant</button></div>
<label for="publish-at">When to post</label><input id="publish-at" name="publishAt" type="datetime-local">
<div class="row"><button class="secondary">Save draft</button><button class="primary">Add to Queue</button></div>
<ul class="menu" role="menu"><li><button role="menuitem">Schedule post</button></li><li><button role="menuitem">Publish now</button></li></ul></div>
<h2>Queue</h2><ul>
<li class="card">Mon 09:00 · Spring launch teaser <button class="icon" aria-label="Edit post">✎</button><button class="icon" aria-label="Delete post">🗑</button></li>
<li class="card">Tue 12:30 · Customer story: Fernhill <button class="icon" aria-label="Edit post">✎</button><button class="icon" aria-label="Delete post">🗑</button></li></ul></main>
<footer>Queuely · <a href="/help">Help center</a></footer>`,
);

// ---------------------------------------------------------------- coffee order-ahead app

const coffeeV1 = page(
  'Oat Latte — Bean There',
  `<header><a href="/menu" id="back">‹ Menu</a><span>Pickup at: Market St</span><a href="/stores" id="change-store">Change</a></header>
<main><h1>Oat Latte</h1><p class="muted">Espresso with steamed oat milk · 190 kcal</p>
<h2>Size</h2><div class="row">
<label><input type="radio" name="size" id="size-small"> Small</label><label><input type="radio" name="size" id="size-regular" checked> Regular</label><label><input type="radio" name="size" id="size-large"> Large</label></div>
<label for="milk">Milk</label><select id="milk"><option>Oat</option><option>Whole</option><option>Skimmed</option><option>Almond</option></select>
<label class="row"><input type="checkbox" id="extra-shot"> Extra shot (+$0.80)</label>
<label for="syrup">Syrup</label><select id="syrup"><option>None</option><option>Vanilla</option><option>Hazelnut</option><option>Pumpkin spice</option></select>
<label for="notes">Special instructions</label><input id="notes" placeholder="e.g. extra hot">
<div class="row"><button id="qty-minus">−</button><span>1</span><button id="qty-plus">+</button></div>
<button id="add-to-order" class="big">Add to order – $5.40</button></main>
<nav class="tabbar"><a href="/">Home</a><a href="/menu">Menu</a><a href="/order">Order</a><a href="/rewards">Rewards</a><a href="/account">Account</a></nav>`,
  PHONE_CSS,
);

const coffeeV2 = page(
  'Oat Latte — Bean There',
  `<header><a href="/menu" class="icon" aria-label="Back to menu">‹</a><button class="chip" aria-label="Change pickup store">Market St ▾</button></header>
<main><img src="/img/oat-latte.jpg" alt="Oat Latte" width="360" height="200"><h1>Oat Latte</h1><p class="muted">190 kcal</p>
<h2>Size</h2><div class="row" role="radiogroup" aria-label="Size">
<label class="chip"><input type="radio" name="cupSize" value="small"> Small 8oz</label><label class="chip"><input type="radio" name="cupSize" value="medium" checked> Medium 12oz</label><label class="chip"><input type="radio" name="cupSize" value="large"> Large 16oz</label></div>
<label for="milk-choice">Milk</label><select id="milk-choice" name="milk"><option>Oat</option><option>Whole</option><option>Skimmed</option><option>Almond</option><option>Soy</option></select>
<div class="row"><span>Extra espresso shot · +$0.80</span><input type="checkbox" role="switch" name="extraShot"></div>
<div class="row"><span>Decaf</span><input type="checkbox" role="switch" name="decaf"></div>
<div class="row qty"><button class="icon" aria-label="Decrease quantity">−</button><span>1</span><button class="icon" aria-label="Increase quantity">+</button></div>
<button class="big primary">Add to bag · $5.40</button></main>
<nav class="tabbar"><a href="/">Home</a><a href="/menu">Order</a><a href="/rewards">Rewards</a><a href="/account">Account</a></nav>`,
  PHONE_CSS,
);

// ---------------------------------------------------------------- used car search

const carsV1 = page(
  'Used cars for sale — AutoTrove',
  `<header><a href="/" class="logo">AutoTrove</a><nav><a href="/buy">Buy</a><a href="/sell">Sell your car</a><a href="/finance">Finance</a><a href="/reviews">Reviews</a></nav><a href="/saved" id="saved">Saved</a><a href="/login" id="login">Sign in</a></header>
<main><div class="sidebar"><form id="filters">
<label for="make">Make</label><select id="make"><option>Any</option><option>Ford</option><option>Toyota</option><option>Volkswagen</option></select>
<label for="model">Model</label><select id="model"><option>Any</option></select>
<label for="price-min">Min price</label><input id="price-min">
<label for="price-max">Max price</label><input id="price-max">
<label for="year-from">Year from</label><select id="year-from"><option>Any</option><option>2018</option><option>2020</option><option>2022</option></select>
<label for="max-mileage">Max mileage</label><select id="max-mileage"><option>Any</option><option>30,000</option><option>60,000</option></select>
<p>Fuel type</p><label class="row"><input type="checkbox" id="fuel-petrol"> Petrol</label><label class="row"><input type="checkbox" id="fuel-diesel"> Diesel</label><label class="row"><input type="checkbox" id="fuel-electric"> Electric</label>
<p>Gearbox</p><label class="row"><input type="radio" name="trans" id="trans-any" checked> Any</label><label class="row"><input type="radio" name="trans" id="trans-manual"> Manual</label><label class="row"><input type="radio" name="trans" id="trans-auto"> Automatic</label>
<div class="row"><button type="submit" id="apply">Apply filters</button><button type="reset" id="reset">Reset</button></div></form></div>
<div class="row"><h1>1,204 used cars</h1><button id="save-search">Save this search</button><select id="sort"><option>Best match</option><option>Lowest price</option></select></div>
<div class="card">2019 Ford Focus 1.0 Titanium · 41,000 mi · £10,495 <a href="/car/1">View details</a></div>
<div class="card">2021 Toyota Yaris Hybrid · 18,200 mi · £14,990 <a href="/car/2">View details</a></div></main>
<footer><a href="/about">About</a> · <a href="/privacy">Privacy</a></footer>`,
);

const carsV2 = page(
  'Used cars for sale — AutoTrove',
  `<header><a href="/" class="logo">AutoTrove</a><nav><a href="/buy">Buy a car</a><a href="/sell">Sell</a><a href="/finance">Car finance</a><a href="/reviews">Reviews</a></nav><a href="/saved" class="icon" aria-label="Saved cars">♡</a><a href="/login" class="signin">Sign in</a></header>
<main><div class="sidebar"><form class="filters">
<label for="filter-make">Make</label><select id="filter-make" name="make"><option>Any make</option><option>Ford</option><option>Toyota</option><option>Volkswagen</option></select>
<label for="filter-model">Model</label><select id="filter-model" name="model"><option>Any model</option></select>
<p>Price</p><div class="row"><select name="priceFrom" aria-label="Price from"><option>Min</option><option>£5,000</option><option>£10,000</option></select><select name="priceTo" aria-label="Price to"><option>Max</option><option>£15,000</option><option>£20,000</option></select></div>
<label for="filter-age">Age</label><select id="filter-age" name="age"><option>Any age</option><option>Up to 1 year old</option><option>Up to 3 years old</option><option>Up to 5 years old</option></select>
<label for="filter-mileage">Mileage</label><select id="filter-mileage" name="mileage"><option>Any</option><option>Up to 30,000</option><option>Up to 60,000</option></select>
<p>Fuel type</p><div class="row"><button type="button" class="chip" aria-pressed="false" data-fuel="petrol">Petrol</button><button type="button" class="chip" aria-pressed="false" data-fuel="diesel">Diesel</button><button type="button" class="chip" aria-pressed="false" data-fuel="hybrid">Hybrid</button><button type="button" class="chip" aria-pressed="false" data-fuel="electric">Electric</button></div>
<p>Gearbox</p><label class="row"><input type="radio" name="gearbox" value="any" checked> Any</label><label class="row"><input type="radio" name="gearbox" value="manual"> Manual</label><label class="row"><input type="radio" name="gearbox" value="automatic"> Automatic</label>
<button type="submit" class="primary">Show 1,204 cars</button></form></div>
<div class="row"><h1>Used cars</h1><button class="icon" aria-label="Save search and get alerts">🔔</button><select name="sort" aria-label="Sort"><option>Relevance</option><option>Price: low to high</option></select></div>
<div class="card">2019 Ford Focus 1.0 Titanium · 41,000 mi · £10,495 <a href="/car/1">See car</a></div>
<div class="card">2021 Toyota Yaris Hybrid · 18,200 mi · £14,990 <a href="/car/2">See car</a></div></main>
<footer><a href="/about">About us</a> · <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------- bank reconciliation

const reconV1 = page(
  'Reconcile — Business Current — Ledgerly',
  `<header><a href="/" class="logo">Ledgerly</a><nav><a href="/dashboard">Dashboard</a><a href="/sales">Sales</a><a href="/purchases">Purchases</a><a href="/banking" class="active">Banking</a><a href="/reports">Reports</a><a href="/contacts">Contacts</a></nav></header>
<main><div class="row"><h1>Business Current ••4471</h1><button id="import">Import statement</button><a href="/banking/rules" id="bank-rules">Bank rules</a></div>
<p>Statement balance £24,118.40 · Ledgerly balance £23,870.15 · 3 items to reconcile</p>
<div class="row"><input id="search-lines" placeholder="Search statement lines"><select id="date-filter"><option>All dates</option><option>This month</option><option>Last month</option></select><button id="reconcile-all">Reconcile all suggested</button></div>
<table id="recon"><tr><th>Statement line</th><th>Spent</th><th>Received</th><th>Suggested match</th><th></th></tr>
<tr id="line-1"><td>04 Mar · STRIPE PAYOUT</td><td></td><td>1,820.00</td><td>Invoice INV-0412 · Bright Co</td><td><button id="ok-1" class="ok">OK</button> <a href="#" class="find-match">Find &amp; match</a> <a href="#" class="create">Create transaction</a></td></tr>
<tr id="line-2"><td>05 Mar · AWS EMEA</td><td>312.44</td><td></td><td>No match found</td><td><button id="ok-2" class="ok" disabled>OK</button> <a href="#" class="find-match">Find &amp; match</a> <a href="#" class="create">Create transaction</a></td></tr>
<tr id="line-3"><td>06 Mar · TFL TRAVEL</td><td>64.80</td><td></td><td>No match found</td><td><button id="ok-3" class="ok" disabled>OK</button> <a href="#" class="find-match">Find &amp; match</a> <a href="#" class="create">Create transaction</a></td></tr></table></main>
<footer>Ledgerly · <a href="/help/reconcile">How reconciling works</a></footer>`,
);

const reconV2 = page(
  'Reconcile — Business Current — Ledgerly',
  `<header><a href="/" class="logo">Ledgerly</a><nav><a href="/dashboard">Home</a><a href="/sales">Sales</a><a href="/purchases">Purchases</a><a href="/banking" aria-current="page">Banking</a><a href="/reports">Reports</a><a href="/contacts">Contacts</a></nav></header>
<main><h1>Business Current ••4471</h1>
<div role="tablist" class="row"><a role="tab" aria-selected="true" href="/banking/4471/reconcile">Reconcile</a><a role="tab" aria-selected="false" href="/banking/4471/transactions">Transactions</a><a role="tab" aria-selected="false" href="/banking/rules">Rules</a></div>
<div class="row"><p>3 items to reconcile · Difference £248.25</p><a href="/banking/4471/import" class="import">Import a statement</a></div>
<div class="row"><input type="search" name="filter" placeholder="Search by payee, reference or amount"><label class="row"><input type="checkbox" role="switch" name="autoMatch"> Auto-match</label></div>
<div class="recon-list">
<div class="card row" data-line="1"><div><b>STRIPE PAYOUT</b><p class="muted">04 Mar · +£1,820.00</p></div><div><p>Invoice INV-0412 · Bright Co</p></div><button class="match primary">Match</button><a href="#" class="search-tx">Find match</a><a href="#" class="new-tx">New transaction</a></div>
<div class="card row" data-line="2"><div><b>AWS EMEA</b><p class="muted">05 Mar · −£312.44</p></div><div><p class="muted">No suggestion</p></div><button class="match primary" disabled>Match</button><a href="#" class="search-tx">Find match</a><a href="#" class="new-tx">New transaction</a></div>
<div class="card row" data-line="3"><div><b>TFL TRAVEL</b><p class="muted">06 Mar · −£64.80</p></div><div><p class="muted">No suggestion</p></div><button class="match primary" disabled>Match</button><a href="#" class="search-tx">Find match</a><a href="#" class="new-tx">New transaction</a></div></div></main>
<footer>Ledgerly · <a href="/help/reconcile">Reconciliation help</a></footer>`,
);

// ---------------------------------------------------------------- data warehouse SQL worksheet

const sqlV1 = page(
  'Worksheet: weekly_orders — Quarry',
  `<header><a href="/" class="logo">Quarry</a><nav><a href="/worksheets" class="active">Worksheets</a><a href="/databases">Databases</a><a href="/history">Query history</a><a href="/admin">Admin</a></nav><label for="warehouse">Warehouse</label><select id="warehouse"><option>ANALYTICS_XS</option><option>ANALYTICS_M</option></select></header>
<main><div class="sidebar"><label for="db">Database</label><select id="db"><option>PROD</option><option>STAGING</option></select>
<p>Tables</p><a href="#" class="table-link">orders</a><br><a href="#" class="table-link">customers</a><br><a href="#" class="table-link">events</a></div>
<div class="row"><h1>weekly_orders</h1><button id="share">Share</button><button id="save">Save</button></div>
<textarea id="sql" rows="8">select date_trunc('week', created_at) as wk, count(*) from orders group by 1 order by 1 desc</textarea>
<div class="row toolbar"><button id="run">Run</button><button id="run-selected">Run selected</button><button id="format">Format</button><button id="explain">Explain</button><label for="limit">Limit</label><select id="limit"><option>100</option><option>1000</option><option>10000</option></select></div>
<div class="row"><button class="tab" id="tab-results">Results</button><button class="tab" id="tab-chart">Chart</button><button class="tab" id="tab-details">Query details</button><button id="download">Download CSV</button><button id="copy">Copy</button></div>
<table><tr><th>WK</th><th>COUNT(*)</th></tr><tr><td>2025-03-03</td><td>4,812</td></tr><tr><td>2025-02-24</td><td>4,390</td></tr></table></main>
<footer>Quarry · 2 rows · 0.41 s</footer>`,
);

const sqlV2 = page(
  'Worksheet: weekly_orders — Quarry',
  `<header><a href="/" class="logo">Quarry</a><nav><a href="/worksheets" aria-current="page">Worksheets</a><a href="/databases">Data</a><a href="/history">Activity</a><a href="/admin">Admin</a></nav><label for="compute">Compute</label><select id="compute" name="warehouse"><option>ANALYTICS_XS</option><option>ANALYTICS_M</option></select></header>
<main><div class="sidebar"><label for="database">Database</label><select id="database" name="database"><option>PROD</option><option>STAGING</option></select>
<input type="search" placeholder="Filter objects" aria-label="Filter objects">
<p>Tables</p><a href="#" class="object">orders</a><br><a href="#" class="object">customers</a><br><a href="#" class="object">events</a></div>
<div class="row"><h1>weekly_orders</h1><span class="muted">Saved just now</span><button class="share">Share</button></div>
<div class="row toolbar"><button class="run primary" title="Run (Ctrl+Enter)">▶ Run</button><button class="secondary beautify">Beautify</button><button class="secondary">Query plan</button><label for="row-limit">Row limit</label><select id="row-limit" name="rowLimit"><option>100</option><option>1000</option><option>10000</option></select></div>
<textarea name="query" rows="8" aria-label="SQL editor">select date_trunc('week', created_at) as wk, count(*) from orders group by 1 order by 1 desc</textarea>
<div class="row" role="tablist"><button role="tab" aria-selected="true">Results</button><button role="tab" aria-selected="false">Visualize</button><button role="tab" aria-selected="false">Details</button></div>
<div class="row"><button class="export">Export</button><button class="icon" aria-label="Copy results">⧉</button></div>
<table><tr><th>WK</th><th>COUNT(*)</th></tr><tr><td>2025-03-03</td><td>4,812</td></tr><tr><td>2025-02-24</td><td>4,390</td></tr></table></main>
<footer>Quarry · 2 rows · 0.41 s</footer>`,
);

// ---------------------------------------------------------------- student accommodation application

const hallsV1 = page(
  'Accommodation application — Westbridge University',
  `<header><a href="/" class="logo">Westbridge University Accommodation</a><nav><a href="/halls">Our halls</a><a href="/apply" class="active">Apply</a><a href="/fees">Fees</a><a href="/contact">Contact</a></nav><a href="/portal/logout" id="logout">Log out</a></header>
<main><h1>Apply for accommodation 2025/26</h1><p class="muted">Applications close 30 June. You can change your answers until then.</p>
<form id="application">
<label for="student-id">Student ID</label><input id="student-id" name="studentId">
<label for="pref-1">First preference</label><select id="pref-1" name="pref1"><option>Oakfield Hall</option><option>Riverside Court</option><option>The Mill</option></select>
<label for="pref-2">Second preference</label><select id="pref-2" name="pref2"><option>Oakfield Hall</option><option>Riverside Court</option><option>The Mill</option></select>
<label for="pref-3">Third preference</label><select id="pref-3" name="pref3"><option>Oakfield Hall</option><option>Riverside Court</option><option>The Mill</option></select>
<fieldset><legend>Room type</legend><label class="row"><input type="radio" name="room" id="room-standard"> Standard</label><label class="row"><input type="radio" name="room" id="room-ensuite"> En-suite</label><label class="row"><input type="radio" name="room" id="room-studio"> Studio</label></fieldset>
<fieldset><legend>Contract length</legend><label class="row"><input type="radio" name="contract" id="contract-40" checked> 40 weeks</label><label class="row"><input type="radio" name="contract" id="contract-51"> 51 weeks</label></fieldset>
<label class="row"><input type="checkbox" id="quiet"> I would like to live in a quiet block</label>
<label class="row"><input type="checkbox" id="alcohol-free"> Alcohol-free flat</label>
<label class="row"><input type="checkbox" id="catered"> Catered</label>
<label for="medical">Medical needs</label><textarea id="medical"></textarea>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="submit">Submit application</button></div></form></main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const hallsV2 = edit(hallsV1, [
  [
    '<a href="/portal/logout" id="logout">Log out</a>',
    '<a href="/portal/logout" class="logout">Sign out</a>',
  ],
  [
    '<label for="student-id">Student ID</label><input id="student-id" name="studentId">',
    '<label for="studentNumber">Student number</label><input id="studentNumber" name="studentId" inputmode="numeric">',
  ],
  [
    '<label for="pref-1">First preference</label><select id="pref-1" name="pref1">',
    '<h2>Where would you like to live?</h2><label for="choice-first">First choice</label><select id="choice-first" name="choice1">',
  ],
  [
    '<label for="pref-2">Second preference</label><select id="pref-2" name="pref2">',
    '<label for="choice-second">Second choice</label><select id="choice-second" name="choice2">',
  ],
  [
    '<label for="pref-3">Third preference</label><select id="pref-3" name="pref3"><option>Oakfield Hall</option><option>Riverside Court</option><option>The Mill</option></select>\n',
    '',
  ],
  [
    '<fieldset><legend>Room type</legend><label class="row"><input type="radio" name="room" id="room-standard"> Standard</label><label class="row"><input type="radio" name="room" id="room-ensuite"> En-suite</label><label class="row"><input type="radio" name="room" id="room-studio"> Studio</label></fieldset>',
    '<fieldset class="grid3"><legend>Room type</legend><label class="card"><input type="radio" name="roomType" value="shared-bathroom"> Shared bathroom<br><span class="muted">from £142/week</span></label><label class="card"><input type="radio" name="roomType" value="ensuite"> En-suite<br><span class="muted">from £171/week</span></label><label class="card"><input type="radio" name="roomType" value="studio"> Studio<br><span class="muted">from £219/week</span></label></fieldset>',
  ],
  [
    '<label class="row"><input type="checkbox" id="quiet"> I would like to live in a quiet block</label>\n<label class="row"><input type="checkbox" id="alcohol-free"> Alcohol-free flat</label>\n<label class="row"><input type="checkbox" id="catered"> Catered</label>',
    '<fieldset><legend>Lifestyle preferences</legend><label class="row"><input type="checkbox" name="lifestyle" value="quiet"> Quiet flat</label><label class="row"><input type="checkbox" name="lifestyle" value="mature"> Mature students (21+)</label></fieldset>\n<fieldset><legend>Meals</legend><label class="row"><input type="radio" name="meals" value="catered"> Catered (breakfast and dinner)</label><label class="row"><input type="radio" name="meals" value="self-catered" checked> Self-catered</label></fieldset>',
  ],
  [
    '<label for="medical">Medical needs</label><textarea id="medical"></textarea>',
    '<label for="support-needs">Tell us about any disability, health condition or support needs</label><textarea id="support-needs" name="supportNeeds"></textarea>',
  ],
  [
    '<button type="button" id="save-draft">Save draft</button><button type="submit" id="submit">Submit application</button>',
    '<button type="button" class="secondary">Save and exit</button><button type="submit" class="primary">Submit my application</button>',
  ],
]);

// ---------------------------------------------------------------- hearing aid companion app

const hearV1 = page(
  'ClearTone',
  `<header><h1>ClearTone</h1><span>L 82% · R 79%</span><a href="/settings" id="settings">Settings</a></header>
<main><h2>Program</h2>
<label class="row"><input type="radio" name="program" id="prog-everyday" checked> Everyday</label>
<label class="row"><input type="radio" name="program" id="prog-restaurant"> Restaurant</label>
<label class="row"><input type="radio" name="program" id="prog-music"> Music</label>
<label class="row"><input type="radio" name="program" id="prog-outdoor"> Outdoor</label>
<h2>Volume</h2><div class="row"><button id="vol-down">−</button><span>Level 5</span><button id="vol-up">+</button><button id="mute">Mute</button></div>
<label class="row"><input type="checkbox" id="split"> Adjust left and right separately</label>
<h2>Sound</h2><label for="bass">Bass</label><input type="range" id="bass" min="-6" max="6" value="0">
<label for="treble">Treble</label><input type="range" id="treble" min="-6" max="6" value="0">
<label class="row"><input type="checkbox" id="tinnitus"> Tinnitus relief sound</label>
<a href="/find" id="find">Find my hearing aids</a></main>
<nav class="tabbar"><a href="/">Control</a><a href="/guide">Guide</a><a href="/care">Care</a><a href="/me">Me</a></nav>`,
  PHONE_CSS,
);

const hearV2 = page(
  'ClearTone',
  `<header><h1>ClearTone</h1><span class="badge">L 82%</span><span class="badge">R 79%</span><a href="/settings" class="icon" aria-label="Settings">⚙</a></header>
<main><div class="card volume"><p>Volume</p><div class="row"><button class="icon" aria-label="Volume down">−</button><b>5</b><button class="icon" aria-label="Volume up">+</button><button class="icon" aria-label="Mute hearing aids">🔇</button></div>
<div class="row"><span>Link left &amp; right</span><input type="checkbox" role="switch" name="linkSides" checked></div></div>
<h2>Where are you?</h2><div class="grid programs" role="radiogroup" aria-label="Program">
<button role="radio" aria-checked="true" class="card" data-program="everyday">Everyday</button>
<button role="radio" aria-checked="false" class="card" data-program="noisy">Noisy places</button>
<button role="radio" aria-checked="false" class="card" data-program="music">Music</button>
<button role="radio" aria-checked="false" class="card" data-program="tv">TV streamer</button></div>
<h2>Sound balance</h2><label for="low-tones">Low tones</label><input type="range" id="low-tones" name="low" min="-6" max="6" value="0">
<label for="high-tones">High tones</label><input type="range" id="high-tones" name="high" min="-6" max="6" value="0">
<a href="/hearing-check" class="link">Take a hearing check</a></main>
<nav class="tabbar"><a href="/">Control</a><a href="/guide">Guide</a><a href="/locate">Locate</a><a href="/me">Me</a></nav>`,
  PHONE_CSS,
);

// ---------------------------------------------------------------- streaming parental controls

const kidsV1 = page(
  'Parental controls — Flixora',
  `<header><a href="/" class="logo">Flixora</a><nav><a href="/browse">Home</a><a href="/series">Series</a><a href="/films">Films</a><a href="/my-list">My List</a></nav><a href="/account" id="account">Account</a></header>
<main><h1>Profile &amp; parental controls</h1><p>Sam · Kids profile</p>
<form id="controls"><fieldset><legend>Maturity rating</legend>
<label class="row"><input type="radio" name="rating" id="rating-all"> All ages</label>
<label class="row"><input type="radio" name="rating" id="rating-7" checked> 7+</label>
<label class="row"><input type="radio" name="rating" id="rating-13"> 13+</label>
<label class="row"><input type="radio" name="rating" id="rating-16"> 16+</label></fieldset>
<h2>Title restrictions</h2><div class="row"><input id="restrict-title" placeholder="Enter show or film name"><button type="button" id="add-restriction">Add</button></div>
<ul id="restricted"><li id="restriction-1">Dark Harbour <button type="button" class="remove">Remove</button></li><li id="restriction-2">Night Shift Diaries <button type="button" class="remove">Remove</button></li></ul>
<h2>Playback</h2>
<label class="row"><input type="checkbox" id="autoplay-next" checked> Autoplay next episode</label>
<label class="row"><input type="checkbox" id="autoplay-previews" checked> Autoplay previews while browsing</label>
<h2>Profile lock</h2><label class="row"><input type="checkbox" id="profile-lock"> Require a PIN to access this profile</label>
<label for="pin">PIN</label><input id="pin" type="password" maxlength="4">
<div class="row"><button type="submit" id="save">Save</button><a href="/account" id="cancel">Cancel</a></div></form>
<a href="/account/activity/sam" id="viewing-activity">Viewing activity</a></main>
<footer><a href="/help">Help Centre</a> · <a href="/terms">Terms of Use</a> · <a href="/privacy">Privacy</a></footer>`,
);

const kidsV2 = edit(kidsV1, [
  [
    '<a href="/account" id="account">Account</a>',
    '<a href="/account" class="avatar" aria-label="Account">S</a>',
  ],
  [
    '<label class="row"><input type="radio" name="rating" id="rating-all"> All ages</label>\n<label class="row"><input type="radio" name="rating" id="rating-7" checked> 7+</label>\n<label class="row"><input type="radio" name="rating" id="rating-13"> 13+</label>\n<label class="row"><input type="radio" name="rating" id="rating-16"> 16+</label>',
    '<label class="row"><input type="radio" name="maturity" value="little-kids"> Little kids (all ages)</label>\n<label class="row"><input type="radio" name="maturity" value="older-kids" checked> Older kids (7+)</label>\n<label class="row"><input type="radio" name="maturity" value="teens"> Teens (13+)</label>\n<label class="row"><input type="radio" name="maturity" value="mature-teens"> Older teens (16+)</label>',
  ],
  [
    '<h2>Title restrictions</h2><div class="row"><input id="restrict-title" placeholder="Enter show or film name"><button type="button" id="add-restriction">Add</button></div>',
    '<h2>Blocked titles</h2><div class="row"><input type="search" name="blockSearch" placeholder="Search for a show or film" aria-label="Search titles to block"><button type="button" class="secondary">Block title</button></div>',
  ],
  [
    '<ul id="restricted"><li id="restriction-1">Dark Harbour <button type="button" class="remove">Remove</button></li><li id="restriction-2">Night Shift Diaries <button type="button" class="remove">Remove</button></li></ul>',
    '<div class="row blocked"><span class="chip">Dark Harbour <button type="button" aria-label="Unblock Dark Harbour">×</button></span><span class="chip">Night Shift Diaries <button type="button" aria-label="Unblock Night Shift Diaries">×</button></span></div>',
  ],
  [
    '<label class="row"><input type="checkbox" id="autoplay-next" checked> Autoplay next episode</label>\n<label class="row"><input type="checkbox" id="autoplay-previews" checked> Autoplay previews while browsing</label>',
    '<div class="row"><span>Autoplay next episode on all devices</span><input type="checkbox" role="switch" name="autoplayNext" checked></div>',
  ],
  [
    '<h2>Profile lock</h2><label class="row"><input type="checkbox" id="profile-lock"> Require a PIN to access this profile</label>\n<label for="pin">PIN</label><input id="pin" type="password" maxlength="4">',
    '<h2>Profile lock</h2><p class="muted">Off</p><button type="button" class="link">Set up profile lock</button>',
  ],
  [
    '<button type="submit" id="save">Save</button><a href="/account" id="cancel">Cancel</a>',
    '<button type="submit" class="primary">Save changes</button><a href="/account" class="cancel">Cancel</a>',
  ],
  [
    '<a href="/account/activity/sam" id="viewing-activity">Viewing activity</a>',
    '<a href="/account/activity/sam" class="history">See viewing history</a>',
  ],
]);

// ---------------------------------------------------------------- national park campsite reservation

const campV1 = page(
  'Pine Hollow Campground — Parks Reservations',
  `<header><a href="/" class="logo">Parks Reservations</a><nav><a href="/camping">Camping</a><a href="/day-passes">Day passes</a><a href="/permits">Permits</a><a href="/my-reservations">My reservations</a></nav><a href="/login" id="login">Sign in</a></header>
<main><h1>Pine Hollow Campground</h1><p class="muted">Cascade National Forest · 42 sites · Open May–October</p>
<form id="availability" class="row">
<label for="arrive">Arrive</label><input id="arrive" type="date"><label for="depart">Depart</label><input id="depart" type="date">
<label for="party">People</label><select id="party"><option>1</option><option>2</option><option>4</option><option>6</option></select>
<label for="equipment">Equipment</label><select id="equipment"><option>Tent</option><option>RV up to 25 ft</option><option>RV up to 35 ft</option></select>
<button type="submit" id="check">Check availability</button></form>
<div class="row"><label class="row"><input type="checkbox" id="f-electric"> Electric hookup</label><label class="row"><input type="checkbox" id="f-accessible"> Accessible</label><label class="row"><input type="checkbox" id="f-waterfront"> Waterfront</label>
<a href="?view=map" id="view-map">Map view</a><a href="?view=list" id="view-list">List view</a></div>
<table id="sites"><tr><th>Site</th><th>Type</th><th>Max people</th><th>Per night</th><th></th></tr>
<tr id="site-12"><td>Site 12</td><td>Tent only</td><td>6</td><td>$24</td><td><button class="book">Book</button></td></tr>
<tr id="site-14"><td>Site 14</td><td>Standard electric</td><td>8</td><td>$36</td><td><button class="book">Book</button></td></tr>
<tr id="site-15"><td>Site 15</td><td>Accessible, electric</td><td>6</td><td>$36</td><td><button class="book">Book</button></td></tr></table></main>
<footer><a href="/rules">Campground rules</a> · <a href="/cancellations">Cancellation policy</a> · <a href="/contact">Contact</a></footer>`,
);

const campV2 = page(
  'Pine Hollow Campground — Parks Reservations',
  `<header><a href="/" class="logo">Parks Reservations</a><nav><a href="/camping">Camping</a><a href="/day-passes">Day use</a><a href="/permits">Permits &amp; passes</a><a href="/my-reservations">Trips</a></nav><a href="/login" class="signin">Log in</a></header>
<main><h1>Pine Hollow Campground</h1><p class="muted">Cascade National Forest · 42 sites</p>
<form class="search-bar row" role="search">
<label for="check-in">Check in</label><input id="check-in" name="startDate" type="date"><label for="check-out">Check out</label><input id="check-out" name="endDate" type="date">
<label for="group-size">Group size</label><select id="group-size" name="groupSize"><option>1</option><option>2</option><option>4</option><option>6</option></select>
<label for="equipment-type">Equipment type</label><select id="equipment-type" name="equipmentType"><option>Tent</option><option>RV up to 25 ft</option><option>RV up to 35 ft</option></select>
<button type="submit" class="primary">Search sites</button></form>
<div class="row filters"><label class="chip"><input type="checkbox" name="electric"> Electric hookup</label><label class="chip"><input type="checkbox" name="ada"> Accessible sites</label><label class="chip"><input type="checkbox" name="pets"> Pets allowed</label><button type="button" class="secondary">Show map</button></div>
<div class="grid3 sites">
<div class="card" data-site="12"><h3>Site 12</h3><p>Tent only · up to 6</p><p><b>$24</b> / night</p><button class="reserve">Reserve</button></div>
<div class="card" data-site="14"><h3>Site 14</h3><p>Standard electric · up to 8</p><p><b>$36</b> / night</p><button class="reserve">Reserve</button></div>
<div class="card" data-site="15"><h3>Site 15</h3><p>Accessible, electric · up to 6</p><p><b>$36</b> / night</p><button class="reserve">Reserve</button></div></div></main>
<footer><a href="/rules">Rules</a> · <a href="/cancellations">Cancellations &amp; refunds</a> · <a href="/contact">Contact</a></footer>`,
);

/** Blind corpus 10: twenty-four redesign pairs, eight targets each. */
export const BLIND10_PAIRS: readonly PagePair[] = [
  {
    name: 'vehicle-registration-renewal',
    v1: dmvV1,
    v2: dmvV2,
    targets: [
      { selector: '#plate', expect: '#plate-number', change: 'id and name renamed, label shortened' },
      { selector: '#zip', expect: '#postal-code', change: 'id renamed, moved into a two-column row' },
      {
        selector: '#county',
        expect: '#residence-county',
        change: 'id renamed, relabeled County of residence',
      },
      {
        selector: '#insurance-ack',
        expect: 'input[name="insuranceCertified"]',
        change: 'id removed, reworded as a certification, moved below delivery',
      },
      {
        selector: '#delivery-print',
        expect: 'input[value="temp-permit"]',
        change: 'radio relabeled, shown as a card',
      },
      {
        selector: '#continue-btn',
        expect: 'button.usa-button--primary',
        change: 'relabeled Continue → Next: Review & pay',
      },
      { selector: '#parks-donation', expect: null, change: 'donation checkbox removed' },
      {
        selector: '#save-later',
        expect: null,
        change: 'save-for-later link removed; a cancel link sits in its place',
      },
    ],
  },
  {
    name: 'self-storage-unit-booking',
    v1: storageV1,
    v2: storageV2,
    targets: [
      {
        selector: '#unit-5x10 .reserve',
        expect: '[data-size="5x10"] button',
        change: 'table → cards, Reserve → Select',
      },
      {
        selector: '#unit-10x20 .reserve',
        expect: null,
        change: 'largest unit no longer offered; look-alike cards remain',
      },
      {
        selector: '#climate',
        expect: 'input[name="climateControlled"]',
        change: 'id removed, shown as a chip',
      },
      { selector: '#driveup', expect: null, change: 'drive-up filter removed (all units drive-up)' },
      { selector: '#move-in', expect: '#moveInDate', change: 'id renamed, label reworded as a question' },
      { selector: '#promo', expect: 'input[name="promoCode"]', change: 'placeholder dropped for aria-label' },
      {
        selector: '#apply-promo',
        expect: '.booking button.secondary',
        change: 'id removed, label unchanged',
      },
      {
        selector: '#size-guide',
        expect: 'a.guide',
        change: 'relabeled Size guide → Not sure what size you need?, moved',
      },
    ],
  },
  {
    name: 'robot-vacuum-app',
    v1: vacuumV1,
    v2: vacuumV2,
    targets: [
      {
        selector: '#start',
        expect: 'button.primary-action',
        change: 'relabeled Start cleaning → Clean, full width',
      },
      {
        selector: '#dock',
        expect: 'button[aria-label="Return to dock"]',
        change: 'text → icon with aria-label',
      },
      { selector: '#spot', expect: null, change: 'spot clean removed; zone clean sits in its place' },
      {
        selector: '#mode-standard',
        expect: 'input[value="balanced"]',
        change: 'suction mode renamed Standard → Balanced',
      },
      {
        selector: '#room-kitchen',
        expect: 'button[data-room="kitchen"]',
        change: 'checkbox → toggle chip, section moved up',
      },
      {
        selector: '#dnd',
        expect: 'input[name="doNotDisturb"]',
        change: 'checkbox → switch, relabeled with hours',
      },
      { selector: '#mop-level', expect: null, change: 'water flow select removed (automatic)' },
      {
        selector: '#schedules-link',
        expect: 'nav a[href="/schedule"]',
        change: 'link moved to the tab bar as Schedule',
      },
    ],
  },
  {
    name: 'grocery-delivery-slot',
    v1: slotV1,
    v2: slotV2,
    targets: [
      { selector: '#day-tue', expect: '[data-date="2025-03-04"]', change: 'day buttons → tabs with date' },
      {
        selector: '#slot-0900 .book',
        expect: '[data-start="09:00"] button',
        change: 'table → cards, Book → Select',
      },
      { selector: '#slot-1900 .book', expect: null, change: 'evening slot dropped; look-alike slots remain' },
      {
        selector: '#leave-neighbour',
        expect: null,
        change: 'neighbour checkbox removed; a safe-place select sits in its place',
      },
      { selector: '#subs', expect: 'input[name="substitutions"]', change: 'checkbox → switch, reworded' },
      { selector: '#instructions', expect: '#driver-notes', change: 'relabeled Notes for your driver' },
      {
        selector: '#to-collect',
        expect: '[role="tab"].mode:nth-child(2)',
        change: 'link → tab at the top, Click & Collect',
      },
      {
        selector: '#checkout',
        expect: '.prefs button.primary',
        change: 'relabeled Continue to checkout → Continue',
      },
    ],
  },
  {
    name: 'student-loan-payment',
    v1: loanV1,
    v2: loanV2,
    targets: [
      {
        selector: '#amt-other',
        expect: 'input[value="custom"]',
        change: 'Other amount → Custom amount, shown as a card',
      },
      { selector: '#other-amount', expect: '#custom-amount', change: 'id renamed, visible label added' },
      { selector: '#bank-account', expect: '#funding-account', change: 'relabeled Pay from → Bank account' },
      { selector: '#add-bank', expect: 'a.add-account', change: 'button → link, relabeled' },
      {
        selector: '#submit-payment',
        expect: 'form.pay button[type="submit"]',
        change: 'relabeled Submit payment → Review payment',
      },
      {
        selector: '#forbearance-link',
        expect: 'a[href="/forbearance"]',
        change: 'relabeled Pause or lower your payments, moved below the form',
      },
      {
        selector: '#autopay',
        expect: null,
        change: 'Auto Pay checkbox removed; an email-confirmation checkbox sits in its place',
      },
      { selector: '#tax-form', expect: null, change: 'tax form link removed from this page' },
    ],
  },
  {
    name: 'cpq-quote-builder',
    v1: cpqV1,
    v2: cpqV2,
    targets: [
      { selector: '#qty-2', expect: 'input[name="lines[1].qty"]', change: 'id removed, indexed name' },
      {
        selector: '#remove-1',
        expect: 'button[aria-label="Remove Platform licence (annual)"]',
        change: 'text → trash icon with aria-label',
      },
      {
        selector: '#remove-3',
        expect: null,
        change: 'onboarding line removed from the quote; look-alike rows remain',
      },
      {
        selector: '#bulk-discount',
        expect: null,
        change: 'bulk discount removed; an add-bundle button sits in its place',
      },
      { selector: '#add-line', expect: 'button.add-line', change: 'relabeled Add product → + Add line item' },
      {
        selector: '#include-tax',
        expect: 'button.tax-toggle',
        change: 'checkbox → switch, Include tax → Show tax',
      },
      {
        selector: '#submit-approval',
        expect: '.actions button.primary',
        change: 'relabeled Request approval, moved to the top',
      },
      {
        selector: '#valid-until',
        expect: 'input[name="expiresOn"]',
        change: 'relabeled Quote expires, id renamed',
      },
    ],
  },
  {
    name: 'pump-station-hmi',
    v1: pumpV1,
    v2: pumpV2,
    targets: [
      { selector: '#p1-start', expect: '[data-pump="1"] button.run', change: 'table → cards, Start → Run' },
      { selector: '#p2-mode', expect: 'select[name="pump2Mode"]', change: 'id removed, moved into a card' },
      { selector: '#p3-start', expect: null, change: 'pump decommissioned; look-alike pump cards remain' },
      { selector: '#sp-start', expect: '#wet-well-start', change: 'id renamed, relabeled Start level' },
      { selector: '#apply-sp', expect: 'button.write', change: 'relabeled Apply setpoints → Write to PLC' },
      { selector: '#sp-high', expect: null, change: 'high alarm setpoint moved off this page' },
      {
        selector: '#silence',
        expect: 'button[aria-label="Silence audible alarm"]',
        change: 'text → icon in the header',
      },
      { selector: '#ack-all', expect: 'button.ack', change: 'relabeled Ack all, moved into an alarms panel' },
    ],
  },
  {
    name: 'home-care-visit',
    v1: careV1,
    v2: careV2,
    targets: [
      { selector: '#check-in', expect: 'button.start-visit', change: 'relabeled Check in → Start visit' },
      {
        selector: '#task-meds',
        expect: 'button.mar-given',
        change: 'checkbox → Mark as given button in a medication section',
      },
      { selector: '#task-meal', expect: 'input[name="mealPrepared"]', change: 'checkbox → switch, reworded' },
      { selector: '#visit-notes', expect: '#notes', change: 'relabeled How was the visit?' },
      {
        selector: '#concern',
        expect: 'button[aria-label="Raise a safeguarding concern"]',
        change: 'text → icon in the header, reworded',
      },
      { selector: '#check-out', expect: 'button.end-visit', change: 'relabeled Check out → End visit' },
      {
        selector: '#task-fluids',
        expect: null,
        change: 'hydration task removed; look-alike task switches remain',
      },
      {
        selector: '#call-office',
        expect: null,
        change: 'call link removed; a message-the-office link sits in its place',
      },
    ],
  },
  {
    name: 'freelance-proposal',
    v1: gigV1,
    v2: gigV2,
    targets: [
      {
        selector: '#bid-fixed',
        expect: 'input[value="fixed"]',
        change: 'relabeled Fixed price → By project, card',
      },
      { selector: '#rate', expect: '#hourly-rate', change: 'relabeled Your rate, id renamed' },
      { selector: '#cover-letter', expect: '#coverLetter', change: 'id renamed to camelCase' },
      { selector: '#attach', expect: '#file-upload', change: 'button → file input labelled Attachments' },
      {
        selector: '#submit',
        expect: 'form.proposal button[type="submit"]',
        change: 'relabeled Send for 16 Connects',
      },
      {
        selector: '#save-job',
        expect: 'button[aria-label="Save job"]',
        change: 'sidebar button → heart icon beside the title',
      },
      {
        selector: '#boost',
        expect: null,
        change: 'boost checkbox removed; a Connects bid field sits in its place',
      },
      { selector: '#flag', expect: null, change: 'flag link removed from this page' },
    ],
  },
  {
    name: 'holiday-let-pricing',
    v1: letV1,
    v2: letV2,
    targets: [
      { selector: '#base-price', expect: '#nightly', change: 'relabeled Base price, id renamed' },
      { selector: '#weekend-price', expect: '#custom-weekend', change: 'relabeled Custom weekend price' },
      { selector: '#weekly-discount', expect: '#discount-7', change: 'id renamed, moved into a fees card' },
      {
        selector: '#smart-pricing',
        expect: 'input[name="dynamicPricing"]',
        change: 'checkbox → switch, Smart Pricing → Dynamic pricing',
      },
      {
        selector: '#min-nights',
        expect: '#minimum-stay',
        change: 'select → number input, relabeled Minimum stay',
      },
      {
        selector: '#save-pricing',
        expect: '.sticky button.primary',
        change: 'relabeled Save changes, sticky bar',
      },
      { selector: '#max-nights', expect: null, change: 'maximum nights removed' },
      {
        selector: '#same-day',
        expect: null,
        change: 'same-day checkbox removed; a preparation-time select sits near it',
      },
    ],
  },
  {
    name: 'stock-photo-licence',
    v1: photoV1,
    v2: photoV2,
    targets: [
      { selector: '#size-xl', expect: 'input[value="original"]', change: 'size renamed XL → Original' },
      { selector: '#size-s', expect: null, change: 'small size dropped; look-alike size options remain' },
      {
        selector: '#lic-enhanced',
        expect: 'input[value="extended"]',
        change: 'relabeled Enhanced → Extended license',
      },
      { selector: '#legal', expect: null, change: 'legal guarantee add-on removed (now included)' },
      { selector: '#add-cart', expect: 'button.add-basket', change: 'relabeled Add to cart → Add to basket' },
      { selector: '#buy-now', expect: '.card button.secondary', change: 'id removed, label unchanged' },
      {
        selector: '#save-board',
        expect: 'button[aria-label="Save to collection"]',
        change: 'text → heart icon, board → collection',
      },
      {
        selector: '#similar',
        expect: 'button.more-like',
        change: 'link → button, Find similar → More like this',
      },
    ],
  },
  {
    name: 'sso-saml-setup',
    v1: ssoV1,
    v2: ssoV2,
    targets: [
      { selector: '#sso-url', expect: '#idp-sso-url', change: 'relabeled Identity provider sign-in URL' },
      { selector: '#entity-id', expect: '#idp-issuer', change: 'relabeled Issuer (Entity ID)' },
      {
        selector: '#upload-metadata',
        expect: 'a.import-metadata',
        change: 'button → link, relabeled, moved above the fields',
      },
      {
        selector: '#enforce-sso',
        expect: 'input[name="requireSso"]',
        change: 'checkbox → switch in an enforcement card',
      },
      {
        selector: '#jit',
        expect: 'input[name="autoCreateUsers"]',
        change: 'relabeled Create accounts on first sign-in, moved',
      },
      {
        selector: '#test-sso',
        expect: 'section.card button.secondary:first-child',
        change: 'relabeled Test connection → Test sign-in',
      },
      {
        selector: '#owner-bypass',
        expect: null,
        change: 'owner password bypass removed; a break-glass link sits nearby',
      },
      {
        selector: '#default-role',
        expect: null,
        change: 'default role select removed; group mapping button sits in its place',
      },
    ],
  },
  {
    name: 'council-tax-discount',
    v1: ctaxV1,
    v2: ctaxV2,
    targets: [
      { selector: '#account-ref', expect: '#account-number', change: 'relabeled account number, hint added' },
      {
        selector: '#find-address',
        expect: '.govuk-button--secondary',
        change: 'id removed, label unchanged',
      },
      {
        selector: '#alone-no',
        expect: 'input[name="onlyAdult"][value="no"]',
        change: 'question reworded, id removed',
      },
      { selector: '#date-month', expect: '#since-date-month', change: 'date fields renamed' },
      { selector: '#email', expect: '#contact-email', change: 'relabeled Email address, hint added' },
      { selector: '#continue', expect: 'button.govuk-button', change: 'id removed, label unchanged' },
      { selector: '#phone', expect: null, change: 'phone field removed' },
      { selector: '#save-return', expect: null, change: 'save and return link removed' },
    ],
  },
  {
    name: 'pension-contribution-change',
    v1: pensionV1,
    v2: pensionV2,
    targets: [
      {
        selector: '#contrib-fixed',
        expect: 'input[value="amount"]',
        change: 'relabeled Fixed amount per month, chip',
      },
      {
        selector: '#pct',
        expect: '#contribution-percent',
        change: 'relabeled Your contribution, slider added beside it',
      },
      {
        selector: '#sacrifice',
        expect: 'input[name="salaryExchange"]',
        change: 'checkbox → switch, salary sacrifice → salary exchange',
      },
      {
        selector: '#max-match',
        expect: 'button.full-match',
        change: 'relabeled Get the full employer match, moved into a tip card',
      },
      { selector: '#effective', expect: '#start-period', change: 'relabeled Start from pay period' },
      {
        selector: '#next',
        expect: 'form.contribution button.primary',
        change: 'relabeled Next → Continue to review',
      },
      { selector: '#retire-age', expect: null, change: 'projection widget removed' },
      { selector: '#recalc', expect: null, change: 'projection widget removed' },
    ],
  },
  {
    name: 'fraud-review-queue',
    v1: fraudV1,
    v2: fraudV2,
    targets: [
      { selector: '#case-search', expect: 'input[name="q"]', change: 'id removed, placeholder reworded' },
      { selector: '#case-notes', expect: '#notes', change: 'relabeled Notes, moved below the decision' },
      { selector: '#decline-reason', expect: '#rejection-reason', change: 'relabeled Reason, id renamed' },
      {
        selector: '#approve-case',
        expect: 'button.accept',
        change: 'relabeled Approve → Accept, moved up in the panel',
      },
      {
        selector: '#escalate',
        expect: 'button.send-l2',
        change: 'relabeled Send to L2 review, button → link style',
      },
      { selector: '#blocklist', expect: 'input[name="blockDevice"]', change: 'checkbox → switch, reworded' },
      {
        selector: '#row-4412 .approve',
        expect: null,
        change: 'row quick actions removed; look-alike rows remain',
      },
      {
        selector: '#assign-me',
        expect: null,
        change: 'assign button removed; a next-case button sits in its place',
      },
    ],
  },
  {
    name: 'social-post-scheduler',
    v1: queueV1,
    v2: queueV2,
    targets: [
      {
        selector: '#ch-twitter',
        expect: 'button[aria-label="X (Twitter)"]',
        change: 'checkbox → avatar toggle, Twitter → X',
      },
      {
        selector: '#ch-linkedin',
        expect: 'button[aria-label="LinkedIn"]',
        change: 'checkbox → avatar toggle',
      },
      {
        selector: '#ch-facebook',
        expect: null,
        change: 'channel disconnected; look-alike channel toggles remain',
      },
      { selector: '#post-text', expect: 'textarea[name="body"]', change: 'label → placeholder, id removed' },
      {
        selector: '#add-media',
        expect: 'button[aria-label="Add photos or video"]',
        change: 'text → icon, reworded',
      },
      { selector: '#shorten', expect: null, change: 'link shortening option removed' },
      { selector: '#add-queue', expect: '.composer button.primary', change: 'id removed, label recased' },
      {
        selector: '#share-now',
        expect: '[role="menuitem"]:has-text("Publish now")',
        change: 'button → menu item, Share now → Publish now',
      },
    ],
  },
  {
    name: 'coffee-order-ahead',
    v1: coffeeV1,
    v2: coffeeV2,
    targets: [
      {
        selector: '#change-store',
        expect: 'button[aria-label="Change pickup store"]',
        change: 'link → store chip button',
      },
      {
        selector: '#size-regular',
        expect: 'input[value="medium"]',
        change: 'size renamed Regular → Medium 12oz',
      },
      { selector: '#milk', expect: '#milk-choice', change: 'id renamed, label unchanged' },
      { selector: '#extra-shot', expect: 'input[name="extraShot"]', change: 'checkbox → switch, reworded' },
      {
        selector: '#qty-plus',
        expect: 'button[aria-label="Increase quantity"]',
        change: 'aria-label added, id removed',
      },
      { selector: '#add-to-order', expect: 'button.big.primary', change: 'relabeled Add to bag' },
      { selector: '#syrup', expect: null, change: 'syrup select removed; a decaf switch sits nearby' },
      { selector: '#notes', expect: null, change: 'special instructions removed' },
    ],
  },
  {
    name: 'used-car-search',
    v1: carsV1,
    v2: carsV2,
    targets: [
      { selector: '#make', expect: '#filter-make', change: 'id renamed, Any → Any make' },
      {
        selector: '#price-max',
        expect: 'select[name="priceTo"]',
        change: 'text input → select with aria-label',
      },
      {
        selector: '#fuel-electric',
        expect: 'button[data-fuel="electric"]',
        change: 'checkbox → chip, a Hybrid chip added before it',
      },
      {
        selector: '#trans-auto',
        expect: 'input[name="gearbox"][value="automatic"]',
        change: 'id removed, group renamed',
      },
      { selector: '#apply', expect: '.filters button[type="submit"]', change: 'relabeled Show 1,204 cars' },
      {
        selector: '#save-search',
        expect: 'button[aria-label="Save search and get alerts"]',
        change: 'text → bell icon with aria-label',
      },
      { selector: '#year-from', expect: null, change: 'year filter replaced by an age select' },
      { selector: '#reset', expect: null, change: 'reset button removed' },
    ],
  },
  {
    name: 'bank-reconciliation',
    v1: reconV1,
    v2: reconV2,
    targets: [
      { selector: '#ok-1', expect: '[data-line="1"] button.match', change: 'table → cards, OK → Match' },
      {
        selector: '#line-2 .find-match',
        expect: '[data-line="2"] a.search-tx',
        change: 'relabeled Find match',
      },
      {
        selector: '#line-3 .create',
        expect: '[data-line="3"] a.new-tx',
        change: 'relabeled Create transaction → New transaction',
      },
      {
        selector: '#import',
        expect: 'a.import',
        change: 'button → link, Import a statement, moved below tabs',
      },
      {
        selector: '#bank-rules',
        expect: 'a[href="/banking/rules"]',
        change: 'link → tab, Bank rules → Rules',
      },
      {
        selector: '#search-lines',
        expect: 'input[name="filter"]',
        change: 'placeholder reworded, id removed',
      },
      {
        selector: '#reconcile-all',
        expect: null,
        change: 'bulk reconcile removed; an auto-match switch sits in its place',
      },
      { selector: '#date-filter', expect: null, change: 'date filter removed' },
    ],
  },
  {
    name: 'sql-worksheet',
    v1: sqlV1,
    v2: sqlV2,
    targets: [
      { selector: '#run', expect: 'button.run', change: 'id removed, play glyph added' },
      { selector: '#format', expect: 'button.beautify', change: 'relabeled Format → Beautify' },
      {
        selector: '#explain',
        expect: '.toolbar button.secondary:not(.beautify)',
        change: 'relabeled Explain → Query plan',
      },
      { selector: '#warehouse', expect: '#compute', change: 'relabeled Compute, id renamed' },
      { selector: '#limit', expect: '#row-limit', change: 'relabeled Row limit' },
      { selector: '#download', expect: 'button.export', change: 'relabeled Download CSV → Export' },
      { selector: '#run-selected', expect: null, change: 'run selected button removed (shortcut only)' },
      { selector: '#save', expect: null, change: 'save button removed (autosave)' },
    ],
  },
  {
    name: 'student-accommodation-application',
    v1: hallsV1,
    v2: hallsV2,
    targets: [
      { selector: '#student-id', expect: '#studentNumber', change: 'relabeled Student number, id renamed' },
      { selector: '#pref-1', expect: '#choice-first', change: 'relabeled First choice, heading added' },
      {
        selector: '#room-standard',
        expect: 'input[value="shared-bathroom"]',
        change: 'relabeled Standard → Shared bathroom, card',
      },
      { selector: '#quiet', expect: 'input[value="quiet"]', change: 'relabeled Quiet flat, grouped' },
      {
        selector: '#catered',
        expect: 'input[value="catered"]',
        change: 'checkbox → radio pair Catered / Self-catered',
      },
      { selector: '#submit', expect: 'button.primary', change: 'relabeled Submit my application' },
      { selector: '#pref-3', expect: null, change: 'third preference removed; look-alike selects remain' },
      {
        selector: '#alcohol-free',
        expect: null,
        change: 'alcohol-free option removed; a mature-students option sits in its place',
      },
    ],
  },
  {
    name: 'hearing-aid-app',
    v1: hearV1,
    v2: hearV2,
    targets: [
      {
        selector: '#prog-restaurant',
        expect: '[data-program="noisy"]',
        change: 'radio → card, Restaurant → Noisy places',
      },
      {
        selector: '#vol-up',
        expect: 'button[aria-label="Volume up"]',
        change: 'aria-label added, moved into a card',
      },
      {
        selector: '#split',
        expect: 'input[name="linkSides"]',
        change: 'checkbox → switch with inverted wording',
      },
      { selector: '#bass', expect: '#low-tones', change: 'relabeled Bass → Low tones' },
      { selector: '#mute', expect: 'button[aria-label="Mute hearing aids"]', change: 'text → icon' },
      { selector: '#find', expect: 'nav a[href="/locate"]', change: 'link moved to the tab bar as Locate' },
      {
        selector: '#prog-outdoor',
        expect: null,
        change: 'outdoor program removed; a TV streamer program sits in its place',
      },
      {
        selector: '#tinnitus',
        expect: null,
        change: 'tinnitus option removed; a hearing check link sits in its place',
      },
    ],
  },
  {
    name: 'parental-controls',
    v1: kidsV1,
    v2: kidsV2,
    targets: [
      { selector: '#rating-7', expect: 'input[value="older-kids"]', change: 'relabeled Older kids (7+)' },
      {
        selector: '#restrict-title',
        expect: 'input[name="blockSearch"]',
        change: 'search field, placeholder reworded',
      },
      {
        selector: '#add-restriction',
        expect: '.row button.secondary',
        change: 'relabeled Add → Block title',
      },
      {
        selector: '#restriction-1 .remove',
        expect: 'button[aria-label="Unblock Dark Harbour"]',
        change: 'list → chips, Remove → × icon',
      },
      {
        selector: '#autoplay-next',
        expect: 'input[name="autoplayNext"]',
        change: 'checkbox → switch, reworded',
      },
      { selector: '#save', expect: 'form button.primary', change: 'relabeled Save changes' },
      {
        selector: '#autoplay-previews',
        expect: null,
        change: 'previews option removed; look-alike switch remains',
      },
      { selector: '#pin', expect: null, change: 'PIN field moved into a separate set-up flow' },
    ],
  },
  {
    name: 'campsite-reservation',
    v1: campV1,
    v2: campV2,
    targets: [
      { selector: '#arrive', expect: '#check-in', change: 'relabeled Check in, id renamed' },
      { selector: '#party', expect: '#group-size', change: 'relabeled People → Group size' },
      {
        selector: '#check',
        expect: '.search-bar button[type="submit"]',
        change: 'relabeled Check availability → Search sites',
      },
      {
        selector: '#site-14 .book',
        expect: '[data-site="14"] button',
        change: 'table → cards, Book → Reserve',
      },
      { selector: '#f-accessible', expect: 'input[name="ada"]', change: 'relabeled Accessible sites, chip' },
      {
        selector: '#view-map',
        expect: '.filters button.secondary',
        change: 'link → button, Map view → Show map',
      },
      {
        selector: '#f-waterfront',
        expect: null,
        change: 'waterfront filter removed; a pets filter sits in its place',
      },
      { selector: '#view-list', expect: null, change: 'list view link removed (one view)' },
    ],
  },
];
