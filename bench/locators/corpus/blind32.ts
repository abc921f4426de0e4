// Theme: nonprofits and community organisations — donation pages, volunteer rosters, food-bank
// stock and distribution, membership renewals, community centre room hire, charity shop till,
// fundraising event sign-ups and grant reporting to funders.
import { edit, type PagePair, page } from './page.js';

// 1. Donation checkout (full rewrite)
const donateV1 = page(
  'Make a donation — Riverside Hospice',
  `<header><a href="/" class="logo">Riverside Hospice</a><nav><a href="/about">About us</a><a href="/care">Our care</a><a href="/get-involved">Get involved</a><a href="/donate" class="active">Donate</a></nav></header>
<main>
<h1>Make a donation</h1>
<form id="donation-form" action="/donate" method="post">
<fieldset><legend>How often?</legend>
<label><input type="radio" name="frequency" value="once" checked> One-off</label>
<label><input type="radio" name="frequency" value="monthly"> Monthly</label>
</fieldset>
<div class="amounts row">
<button type="button" class="amount" data-amount="10">£10</button>
<button type="button" class="amount" data-amount="25">£25</button>
<button type="button" class="amount" data-amount="50">£50</button>
<input type="number" id="other-amount" name="other_amount" placeholder="Other amount">
</div>
<p class="impact muted">£25 could pay for an hour of nursing care at home.</p>
<label for="dedication">In memory of (optional)</label>
<input id="dedication" name="in_memory" type="text">
<h2>Your details</h2>
<label for="title">Title</label><select id="title" name="title"><option>Mr</option><option>Mrs</option><option>Ms</option><option>Dr</option></select>
<label for="first-name">First name</label><input id="first-name" name="first_name">
<label for="last-name">Last name</label><input id="last-name" name="last_name">
<label for="email">Email</label><input id="email" name="email" type="email">
<div class="row"><label for="postcode">Postcode</label><input id="postcode" name="postcode"><button type="button" id="find-address">Find address</button></div>
<div class="giftaid card"><h3>Boost your gift by 25% with Gift Aid</h3><label><input type="checkbox" id="giftaid" name="gift_aid"> I am a UK taxpayer and would like Riverside Hospice to treat this donation as Gift Aid.</label></div>
<fieldset class="consent"><legend>Stay in touch</legend>
<label><input type="checkbox" name="contact_email"> By email</label>
<label><input type="checkbox" name="contact_post"> By post</label>
<label><input type="checkbox" name="contact_phone"> By phone</label>
</fieldset>
<button type="submit" id="donate-now">Donate now</button>
<a href="/donate/other-ways" class="alt-link">Other ways to give</a>
</form>
</main>
<footer>Registered charity no. 1023456 · <a href="/privacy">Privacy</a></footer>`,
);
const donateV2 = page(
  'Donate — Riverside Hospice',
  `<header class="site-head"><a href="/" class="brand" aria-label="Riverside Hospice home"><img src="/logo.svg" alt=""></a><nav aria-label="Main"><a href="/who-we-are">Who we are</a><a href="/our-services">Our services</a><a href="/support-us">Support us</a></nav><a class="btn donate-pill" href="/donate">Donate</a></header>
<main class="donate-flow">
<ol class="steps"><li class="current">Your gift</li><li>Your details</li><li>Payment</li></ol>
<section class="gift-panel">
<h1>Support hospice care at home</h1>
<div role="tablist" class="freq-toggle"><button type="button" role="tab" aria-selected="true" data-freq="single">Give once</button><button type="button" role="tab" aria-selected="false" data-freq="monthly">Give monthly</button></div>
<fieldset class="amount-chips"><legend>Choose an amount</legend>
<label class="chip"><input type="radio" name="gift_amount" value="15"> £15</label>
<label class="chip"><input type="radio" name="gift_amount" value="25" checked> £25</label>
<label class="chip"><input type="radio" name="gift_amount" value="60"> £60</label>
<label class="chip chip-other">Other £<input type="text" inputmode="decimal" id="custom-amount" name="custom_amount"></label>
</fieldset>
<p class="impact-note">Your £25 could fund an hour of nursing care in someone's home.</p>
<label for="donor-message">Leave a message for our nurses (optional)</label>
<input id="donor-message" name="message" type="text">
</section>
<section class="details-panel">
<h2>About you</h2>
<div class="grid"><div><label for="d-fname">First name</label><input id="d-fname" name="given_name" autocomplete="given-name"></div><div><label for="d-lname">Surname</label><input id="d-lname" name="family_name" autocomplete="family-name"></div></div>
<label for="d-email">Email address</label><input id="d-email" name="email_address" type="email">
<div class="row"><div><label for="d-postcode">Postcode</label><input id="d-postcode" name="postcode_lookup"></div><button type="button" class="postcode-lookup">Look up address</button></div>
<div class="giftaid-box"><img src="/giftaid.svg" alt="Gift Aid it"><label><input type="checkbox" id="gift-aid-declaration" name="giftaid_declared"> Yes, I'm a UK taxpayer and want to Gift Aid this and any donations I make in the future or have made in the past 4 years.</label></div>
<fieldset class="prefs"><legend>Hear about our work</legend>
<label><input type="checkbox" name="opt_email"> Email updates</label>
<label><input type="checkbox" name="opt_post"> Letters in the post</label>
</fieldset>
<button type="submit" class="cta-primary">Continue to payment</button>
</section>
</main>
<footer class="site-foot row"><a href="/ways-to-give">More ways to give</a><a href="/privacy-notice">Privacy notice</a><span>Charity no. 1023456</span></footer>`,
);

// 2. Volunteer shift rota (edit)
const rotaV1 = page(
  'Shift rota — Eastgate Community Pantry',
  `<header><strong>Eastgate Community Pantry</strong><nav><a href="/rota">Rota</a><a href="/volunteers">Volunteers</a><a href="/training">Training</a><a href="/messages">Messages</a></nav><span class="user">Coordinator: J. Okafor</span></header>
<main>
<aside class="card" id="cover-needed"><h2>Cover needed</h2><p>2 shifts unfilled this week</p><button id="broadcast">Text available volunteers</button></aside>
<div class="row"><h1>Shift rota</h1><span class="badge">Week 14</span></div>
<div class="row toolbar">
<button id="prev-week">‹ Previous week</button>
<button id="next-week">Next week ›</button>
<select id="site-filter" name="site"><option>All sites</option><option>Eastgate Church Hall</option><option>Mill Road Warehouse</option></select>
<button id="export-rota">Export CSV</button>
<button id="add-shift" class="primary">Add shift</button>
</div>
<table id="rota-table">
<thead><tr><th>Date</th><th>Shift</th><th>Role</th><th>Volunteer</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr data-shift="s-101"><td>Mon 1 Apr</td><td>09:00–12:00</td><td>Warehouse sorting</td><td>Priya Shah</td><td><span class="status confirmed">Confirmed</span></td><td><button class="swap">Swap</button><button class="remove">Remove</button></td></tr>
<tr data-shift="s-102"><td>Mon 1 Apr</td><td>12:00–15:00</td><td>Front desk</td><td><em>Unfilled</em></td><td><span class="status open">Open</span></td><td><button class="assign">Assign</button></td></tr>
<tr data-shift="s-103"><td>Tue 2 Apr</td><td>10:00–13:00</td><td>Driver</td><td>Tom Reilly</td><td><span class="status pending">Awaiting reply</span></td><td><button class="remind">Send reminder</button><button class="remove">Remove</button></td></tr>
<tr data-shift="s-104"><td>Wed 3 Apr</td><td>16:00–19:00</td><td>Distribution</td><td>Ama Boateng</td><td><span class="status confirmed">Confirmed</span></td><td><button class="swap">Swap</button><button class="remove">Remove</button></td></tr>
<tr data-shift="s-105"><td>Thu 4 Apr</td><td>09:00–12:00</td><td>Front desk</td><td><em>Unfilled</em></td><td><span class="status open">Open</span></td><td><button class="assign">Assign</button></td></tr>
</tbody></table>
</main>
<footer>Eastgate Community Pantry · volunteers' hub</footer>`,
);
const rotaV2 = edit(rotaV1, [
  ['<button id="broadcast">Text available volunteers</button>', ''],
  ['<button id="export-rota">Export CSV</button>', '<button id="print-rota">Print rota</button>'],
  [
    '<button id="add-shift" class="primary">Add shift</button>',
    '<button id="new-shift" class="primary">New shift</button>\n<button id="sms-available">Message available volunteers</button>',
  ],
  [
    '<select id="site-filter" name="site">',
    '<select id="location-filter" name="location" aria-label="Location">',
  ],
  [
    '<td><button class="assign">Assign</button></td>',
    '<td><button class="fill-shift">Fill shift</button></td>',
  ],
  [
    '<td><button class="assign">Assign</button></td>',
    '<td><button class="fill-shift">Fill shift</button></td>',
  ],
  ['<button class="remind">Send reminder</button>', ''],
  ['<button class="swap">Swap</button>', '<button class="icon-btn" aria-label="Swap volunteer">⇄</button>'],
  ['<button class="swap">Swap</button>', '<button class="icon-btn" aria-label="Swap volunteer">⇄</button>'],
  ['<a href="/training">Training</a>', '<a href="/learning">Learning</a>'],
]);

// 3. Food bank stock levels (full rewrite)
const stockV1 = page(
  'Warehouse stock — Northside Food Bank',
  `<header><strong>Northside Food Bank</strong><nav><a href="/stock" class="active">Stock</a><a href="/parcels">Parcels</a><a href="/donations-in">Donations in</a><a href="/reports">Reports</a></nav></header>
<main>
<h1>Warehouse stock</h1>
<form class="row" id="stock-search"><input type="search" name="q" placeholder="Search items"><select name="category" id="category"><option>All categories</option><option>Tinned</option><option>Dry goods</option><option>Toiletries</option><option>Baby</option></select><label><input type="checkbox" name="low_only" id="low-only"> Low stock only</label><button type="submit">Filter</button></form>
<div class="card alert" id="low-stock-banner"><strong>5 items below minimum.</strong> <a href="/stock/shopping-list">View shopping list</a></div>
<table class="stock">
<thead><tr><th>Item</th><th>Category</th><th>In stock</th><th>Minimum</th><th>Best before (earliest)</th><th></th></tr></thead>
<tbody>
<tr id="item-pasta"><td>Pasta 500g</td><td>Dry goods</td><td>212</td><td>150</td><td>Mar 2026</td><td><button class="adjust">Adjust</button></td></tr>
<tr id="item-beans"><td>Baked beans</td><td>Tinned</td><td>48</td><td>120</td><td>Nov 2025</td><td><button class="adjust">Adjust</button></td></tr>
<tr id="item-nappies"><td>Nappies size 4</td><td>Baby</td><td>6</td><td>20</td><td>—</td><td><button class="adjust">Adjust</button></td></tr>
<tr id="item-toothpaste"><td>Toothpaste</td><td>Toiletries</td><td>75</td><td>40</td><td>Jan 2027</td><td><button class="adjust">Adjust</button></td></tr>
<tr id="item-uht"><td>UHT milk 1L</td><td>Dry goods</td><td>30</td><td>60</td><td>Jul 2025</td><td><button class="adjust">Adjust</button></td></tr>
</tbody></table>
<div class="row"><button id="stock-take">Start stock take</button><button id="print-labels">Print shelf labels</button><a href="/stock/export.csv" id="download-csv">Download CSV</a></div>
</main>`,
);
const stockV2 = page(
  'Inventory · Northside Food Bank',
  `<div class="sidebar"><strong>Northside Food Bank</strong><nav aria-label="Sections"><a href="/stock">Inventory</a><a href="/parcels">Parcels</a><a href="/intake">Goods in</a><a href="/insights">Insights</a></nav></div>
<main class="stock-page">
<div class="row"><h1>Inventory</h1><button class="start-count">Begin stock count</button></div>
<div class="notice warn" role="status">We're short on 5 items. <a href="/shopping-list">See what we need</a></div>
<div class="filters row"><input type="search" name="search" aria-label="Search inventory"><select id="cat-filter" name="group" aria-label="Category"><option>Everything</option><option>Tins</option><option>Dry food</option><option>Hygiene</option><option>Baby</option></select><label class="switch"><input type="checkbox" id="show-low" name="below_min"> Only show shortages</label></div>
<div class="grid3 stock-cards">
<div class="card" data-item="pasta"><h3>Pasta 500g</h3><p>212 <span class="muted">/ min 150</span></p><p class="muted">Earliest BBE Mar 2026</p><button class="edit-qty">Edit qty</button></div>
<div class="card low" data-item="baked-beans"><h3>Baked beans</h3><p>48 <span class="muted">/ min 120</span></p><p class="muted">Earliest BBE Nov 2025</p><button class="edit-qty">Edit qty</button></div>
<div class="card low" data-item="nappies-4"><h3>Nappies size 4</h3><p>6 <span class="muted">/ min 20</span></p><p class="muted">No date</p><button class="edit-qty">Edit qty</button></div>
<div class="card" data-item="toothpaste"><h3>Toothpaste</h3><p>75 <span class="muted">/ min 40</span></p><p class="muted">Earliest BBE Jan 2027</p><button class="edit-qty">Edit qty</button></div>
<div class="card low" data-item="uht-milk"><h3>UHT milk 1L</h3><p>30 <span class="muted">/ min 60</span></p><p class="muted">Earliest BBE Jul 2025</p><button class="edit-qty">Edit qty</button></div>
</div>
<div class="row page-actions"><button id="print-picksheet">Print pick sheet</button><button class="add-item">Add item</button></div>
</main>`,
);

// 4. Food bank distribution session (edit)
const distV1 = page(
  "Today's session — Northside Food Bank",
  `<header><strong>Northside Food Bank</strong> <span class="muted">Distribution — St Mark's Centre</span><nav><a href="/session/today">Today's session</a><a href="/clients">Clients</a><a href="/vouchers">Vouchers</a></nav></header>
<main>
<h1>Tuesday session · 14 May</h1>
<div class="row"><span class="badge" id="served-count">23 served</span><span class="badge">4 waiting</span><button id="close-session">Close session</button></div>
<form id="checkin" class="row"><label for="voucher-code">Voucher code</label><input id="voucher-code" name="voucher" placeholder="e.g. NFB-48213"><button type="submit" id="checkin-btn">Check in</button></form>
<table id="queue">
<thead><tr><th>#</th><th>Voucher</th><th>Household</th><th>Parcel</th><th>Dietary</th><th>Actions</th></tr></thead>
<tbody>
<tr data-voucher="NFB-48213"><td>1</td><td>NFB-48213</td><td>2 adults, 1 child</td><td><select name="parcel-48213"><option>Standard</option><option>No-cook</option><option>Single</option></select></td><td>Halal</td><td><button class="hand-out">Mark given</button><button class="no-show">No-show</button></td></tr>
<tr data-voucher="NFB-48220"><td>2</td><td>NFB-48220</td><td>1 adult</td><td><select name="parcel-48220"><option>Single</option><option>Standard</option><option>No-cook</option></select></td><td>—</td><td><button class="hand-out">Mark given</button><button class="no-show">No-show</button></td></tr>
<tr data-voucher="NFB-48231"><td>3</td><td>NFB-48231</td><td>2 adults, 3 children</td><td><select name="parcel-48231"><option>Family</option><option>Standard</option></select></td><td>Vegetarian</td><td><button class="hand-out">Mark given</button><button class="no-show">No-show</button></td></tr>
</tbody></table>
<section class="card" id="signposting"><h2>Signposting</h2>
<label><input type="checkbox" name="sp_debt"> Debt advice referral</label>
<label><input type="checkbox" name="sp_energy"> Fuel voucher</label>
<label><input type="checkbox" name="sp_housing"> Housing support</label>
<button id="save-signposting">Save referrals</button></section>
</main>
<footer><a href="/help">Volunteer handbook</a></footer>`,
);
const distV2 = edit(distV1, [
  ['<button id="close-session">Close session</button>', ''],
  [
    '<label for="voucher-code">Voucher code</label><input id="voucher-code" name="voucher" placeholder="e.g. NFB-48213">',
    '<label for="voucher-ref">Voucher reference</label><input id="voucher-ref" name="voucher_ref" placeholder="e.g. NFB-48213">',
  ],
  [
    '<button type="submit" id="checkin-btn">Check in</button>',
    '<button type="submit" id="scan-in">Check in voucher</button>',
  ],
  ['<select name="parcel-48213">', '<select name="parcel_type_48213" aria-label="Parcel type">'],
  ['<select name="parcel-48220">', '<select name="parcel_type_48220" aria-label="Parcel type">'],
  ['<select name="parcel-48231">', '<select name="parcel_type_48231" aria-label="Parcel type">'],
  [
    '<button class="hand-out">Mark given</button><button class="no-show">No-show</button>',
    '<button class="mark-collected">Collected</button>',
  ],
  [
    '<button class="hand-out">Mark given</button><button class="no-show">No-show</button>',
    '<button class="mark-collected">Collected</button>',
  ],
  [
    '<button class="hand-out">Mark given</button><button class="no-show">No-show</button>',
    '<button class="mark-collected">Collected</button>',
  ],
  [
    '<label><input type="checkbox" name="sp_energy"> Fuel voucher</label>',
    '<label><input type="checkbox" name="sp_benefits"> Benefits check</label>',
  ],
  [
    '<button id="save-signposting">Save referrals</button>',
    '<button class="save-referrals">Save referrals</button>',
  ],
  [
    '<footer><a href="/help">Volunteer handbook</a></footer>',
    '<footer class="row"><button id="end-session">End session</button><a href="/help">Volunteer handbook</a></footer>',
  ],
]);

// 5. Membership renewal (full rewrite)
const renewV1 = page(
  'Renew your membership — Fenland Wildlife Trust',
  `<header><a href="/" class="logo">Fenland Wildlife Trust</a><nav><a href="/reserves">Nature reserves</a><a href="/events">Events</a><a href="/membership" class="active">Membership</a><a href="/account">My account</a></nav></header>
<main>
<aside class="card"><h3>Member benefits</h3><ul><li>Free entry to 12 reserves</li><li>Quarterly magazine</li><li>Members' events</li></ul><a href="/membership/benefits" id="benefits-link">See all benefits</a></aside>
<h1>Renew your membership</h1>
<p class="muted">Membership no. FWT-220731 · expires 30 June</p>
<form id="renew-form">
<h2>Membership type</h2>
<select id="membership-type" name="type"><option value="individual">Individual — £42</option><option value="joint">Joint — £54</option><option value="family">Family — £66</option><option value="junior">Junior — £18</option></select>
<label><input type="checkbox" id="add-magazine" name="magazine"> Receive the printed magazine</label>
<h2>Payment</h2>
<label><input type="radio" name="pay_method" value="dd" checked> Direct Debit (annual)</label>
<label><input type="radio" name="pay_method" value="card"> Card</label>
<label for="sort-code">Sort code</label><input id="sort-code" name="sort_code">
<label for="account-number">Account number</label><input id="account-number" name="account_number">
<label><input type="checkbox" id="auto-renew" name="auto_renew" checked> Renew automatically each year</label>
<label for="extra-donation">Add a donation (optional)</label><input id="extra-donation" name="donation" type="number">
<label><input type="checkbox" name="gift_aid" id="gift-aid"> Gift Aid my membership</label>
<button type="submit" id="renew-btn">Renew membership</button>
<button type="button" id="cancel-membership" class="link">Cancel my membership</button>
</form>
</main>
<footer>Fenland Wildlife Trust · registered charity 1045321</footer>`,
);
const renewV2 = page(
  'Renew — Fenland Wildlife Trust',
  `<header class="topbar"><a href="/" class="brand">Fenland Wildlife Trust</a><nav><a href="/visit">Visit</a><a href="/whats-on">What's on</a><a href="/join">Join us</a></nav><a href="/my" class="account-link" aria-label="Your account">👤</a></header>
<main>
<section class="renewal-hero"><h1>Time to renew, Sam</h1><p>Member FWT-220731 · your membership ends on 30 June</p></section>
<form class="renew" action="/my/renew" method="post">
<div role="radiogroup" aria-label="Membership type" class="tier-cards grid">
<label class="tier card"><input type="radio" name="tier" value="individual" checked><strong>Individual</strong><span>£42/yr</span></label>
<label class="tier card"><input type="radio" name="tier" value="joint"><strong>Joint</strong><span>£54/yr</span></label>
<label class="tier card"><input type="radio" name="tier" value="family"><strong>Family</strong><span>£66/yr</span></label>
<label class="tier card"><input type="radio" name="tier" value="junior"><strong>Wildlife Watch (junior)</strong><span>£18/yr</span></label>
</div>
<label class="opt"><input type="checkbox" id="add-junior-pack" name="junior_pack"> Add a Wildlife Watch pack for a child (+£5)</label>
<h2>How you'll pay</h2>
<div class="pay-tabs" role="tablist"><button type="button" role="tab" aria-selected="true" id="tab-dd">Direct Debit</button><button type="button" role="tab" aria-selected="false" id="tab-card">Debit or credit card</button></div>
<div class="grid"><div><label for="bank-sort">Sort code</label><input id="bank-sort" name="bank_sort_code" inputmode="numeric"></div><div><label for="bank-acc">Account number</label><input id="bank-acc" name="bank_account_no" inputmode="numeric"></div></div>
<div class="row"><span id="renew-label">Renew every year automatically</span><button type="button" role="switch" aria-checked="true" aria-labelledby="renew-label" id="renew-yearly"></button></div>
<label class="opt"><input type="checkbox" name="giftaid" id="ga-membership"> Add Gift Aid at no extra cost to you</label>
<div class="row"><button type="submit" class="pay-renew">Confirm and renew</button><a href="/my/membership/cancel" class="quiet">Cancel membership</a></div>
</form>
<section class="perks"><h2>What you get</h2><ul><li>Free entry to 12 reserves</li><li>Our magazine, four times a year</li><li>Members' walks and talks</li></ul><a href="/join/benefits">All member benefits</a></section>
</main>`,
);

// 6. Community centre room hire (edit)
const hireV1 = page(
  'Book a room — Hollybank Community Centre',
  `<header><strong>Hollybank Community Centre</strong><nav><a href="/whats-on">What's on</a><a href="/rooms">Room hire</a><a href="/cafe">Café</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Book a room</h1>
<div class="grid">
<form id="hire-form">
<label for="room">Room</label><select id="room" name="room"><option>Main hall (120)</option><option>Garden room (30)</option><option>Meeting room 1 (12)</option><option>Kitchen</option></select>
<label for="hire-date">Date</label><input id="hire-date" name="date" type="date">
<div class="row"><div><label for="start">From</label><input id="start" name="start" type="time"></div><div><label for="end">To</label><input id="end" name="end" type="time"></div></div>
<label for="purpose">Purpose of hire</label><select id="purpose" name="purpose"><option>Private party</option><option>Community group</option><option>Class / workshop</option><option>Religious service</option></select>
<label for="attendees">Expected attendees</label><input id="attendees" name="attendees" type="number">
<fieldset><legend>Extras</legend>
<label><input type="checkbox" name="extra_kitchen"> Kitchen use (+£15)</label>
<label><input type="checkbox" name="extra_pa"> PA system (+£10)</label>
<label><input type="checkbox" name="extra_tables"> Extra tables</label>
</fieldset>
<label><input type="checkbox" id="regular-booking" name="regular"> This is a regular weekly booking</label>
<label for="org-name">Organisation (if any)</label><input id="org-name" name="organisation">
<label><input type="checkbox" id="accept-terms" name="terms"> I accept the <a href="/rooms/terms">hire conditions</a></label>
<button type="submit" id="check-availability">Check availability</button>
</form>
<div class="card" id="price-summary"><h2>Estimate</h2><p>Room: £18/hour</p><p>Extras: £0</p><p><strong>Total: £0</strong></p><p class="muted">Community groups get 30% off.</p><a href="/rooms/rates" id="rates-link">Full price list</a></div>
</div>
</main>
<footer>Hollybank Community Association · registered charity 1100432</footer>`,
);
const hireV2 = edit(hireV1, [
  [
    '<label for="hire-date">Date</label><input id="hire-date" name="date" type="date">',
    '<label for="hire-day">Date of hire</label><input id="hire-day" name="booking_date" type="date">',
  ],
  [
    '<label for="purpose">Purpose of hire</label><select id="purpose" name="purpose">',
    '<label for="hire-type">What is the booking for?</label><select id="hire-type" name="hire_type">',
  ],
  [
    '<label><input type="checkbox" name="extra_pa"> PA system (+£10)</label>',
    '<label><input type="checkbox" name="addon_av"> Speakers &amp; microphone (+£10)</label>',
  ],
  [
    '<label><input type="checkbox" name="extra_tables"> Extra tables</label>',
    '<label><input type="checkbox" name="addon_projector"> Projector &amp; screen (+£12)</label>',
  ],
  [
    '<label><input type="checkbox" id="regular-booking" name="regular"> This is a regular weekly booking</label>\n',
    '',
  ],
  ['<a href="/rooms/terms">hire conditions</a>', '<a href="/hire-conditions.pdf">terms of hire</a>'],
  [
    '<button type="submit" id="check-availability">Check availability</button>',
    '<button type="submit" id="find-slots">See available times</button>',
  ],
  [
    '<a href="/rooms/rates" id="rates-link">Full price list</a>',
    '<a href="/rooms/prices">Prices &amp; discounts</a>',
  ],
]);

// 7. Charity shop till (full rewrite)
const tillV1 = page(
  'Till 1 — Hope Trust Shops',
  `<header><strong>Hope Trust Shops · Till 1 · Chapel St</strong><span class="muted">Operator: Mavis</span><button id="logout">Log out</button></header>
<main>
<div class="grid">
<section id="keypad">
<h2>Departments</h2>
<div class="grid3">
<button class="dept" data-dept="womens">Womenswear</button>
<button class="dept" data-dept="mens">Menswear</button>
<button class="dept" data-dept="kids">Children's</button>
<button class="dept" data-dept="books">Books</button>
<button class="dept" data-dept="bric">Bric-a-brac</button>
<button class="dept" data-dept="media">CDs &amp; DVDs</button>
</div>
<label for="price-entry">Price</label><input id="price-entry" name="price" inputmode="decimal">
<label for="giftaid-tag">Gift Aid tag no.</label><input id="giftaid-tag" name="ga_tag">
<button id="add-line">Add to sale</button>
</section>
<section id="basket">
<h2>Current sale</h2>
<table><thead><tr><th>Item</th><th>Price</th><th></th></tr></thead><tbody>
<tr class="line" id="line-1"><td>Books</td><td>£2.50</td><td><button class="void-line">Void</button></td></tr>
<tr class="line" id="line-2"><td>Womenswear (GA 100231)</td><td>£6.00</td><td><button class="void-line">Void</button></td></tr>
</tbody></table>
<p id="sale-total"><strong>Total £8.50</strong></p>
<div class="row"><button id="pay-cash">Cash</button><button id="pay-card">Card</button><button id="no-sale">No sale</button></div>
<div class="row"><button id="void-sale">Void sale</button><button id="reprint">Reprint receipt</button></div>
</section>
</div>
</main>
<footer><a href="/till/end-of-day">End of day (Z report)</a></footer>`,
);
const tillV2 = page(
  'Hope Trust · Till',
  `<header class="till-bar"><span>Hope Trust · Chapel St · Till 1</span><span>Mavis</span><a href="/till/z-read" class="cashup">Cash up</a><button class="lock" aria-label="Lock till">🔒</button></header>
<main class="till">
<div class="grid">
<section class="entry">
<div class="display"><label for="amount">Amount</label><input id="amount" class="amount-display" name="amount" inputmode="decimal"></div>
<div class="grid3 depts">
<button data-department="womens">Women</button>
<button data-department="mens">Men</button>
<button data-department="children">Kids</button>
<button data-department="books">Books</button>
<button data-department="homeware">Homeware &amp; bric-a-brac</button>
<button data-department="music">Music &amp; film</button>
<button data-department="new-goods">New goods</button>
</div>
<label for="ga-code">Gift Aid item code</label><input id="ga-code" name="gift_aid_ref">
</section>
<section class="sale">
<h2>Sale</h2>
<ul class="lines">
<li data-line="1"><span>Books</span> <span>£2.50</span><button class="remove-item" aria-label="Remove Books">✕</button></li>
<li data-line="2"><span>Women · GA 100231</span> <span>£6.00</span><button class="remove-item" aria-label="Remove Women">✕</button></li>
</ul>
<p class="total">Total £8.50</p>
<div class="grid tenders"><button class="tender-cash">Cash</button><button class="tender-card">Card / contactless</button><button id="refund">Refund</button><button class="cancel-sale">Cancel sale</button></div>
</section>
</div>
</main>`,
);

// 8. Fundraising event sign-up (edit)
const runV1 = page(
  "Riverside 10K Glow Run — Brightlight Children's Charity",
  `<header><a href="/" class="logo">Brightlight Children's Charity</a><nav><a href="/events">Events</a><a href="/fundraise">Fundraise</a><a href="/shop">Shop</a></nav></header>
<main>
<div class="card" id="event-summary"><h1>Riverside 10K Glow Run</h1><p>Sat 21 Sept · Riverside Park · 6pm</p><p>Registration £20 · Fundraising target £150</p></div>
<form id="signup">
<h2>Entrant details</h2>
<label for="runner-first">First name</label><input id="runner-first" name="first_name">
<label for="runner-last">Last name</label><input id="runner-last" name="last_name">
<label for="dob">Date of birth</label><input id="dob" name="dob" type="date">
<label for="tshirt">T-shirt size</label><select id="tshirt" name="tshirt"><option>XS</option><option>S</option><option>M</option><option>L</option><option>XL</option></select>
<label for="distance">Distance</label><select id="distance" name="distance"><option>10K</option><option>5K</option><option>2K family fun run</option></select>
<label for="team">Team name (optional)</label><input id="team" name="team">
<h2>Emergency contact</h2>
<label for="ec-name">Name</label><input id="ec-name" name="ec_name">
<label for="ec-phone">Phone</label><input id="ec-phone" name="ec_phone" type="tel">
<label for="medical">Medical conditions</label><textarea id="medical" name="medical"></textarea>
<label><input type="checkbox" id="create-page" name="create_page" checked> Create my JustGiving fundraising page</label>
<label><input type="checkbox" id="waiver" name="waiver"> I agree to the <a href="/events/waiver" id="waiver-link">participant waiver</a></label>
<div class="row"><button type="submit" id="register">Register &amp; pay £20</button><button type="button" id="save-later">Save and finish later</button></div>
</form>
</main>
<footer>Brightlight Children's Charity · registered charity 1170022</footer>`,
);
const runV2 = edit(runV1, [
  [
    '<label for="tshirt">T-shirt size</label><select id="tshirt" name="tshirt">',
    '<label for="shirt-size">Event T-shirt</label><select id="shirt-size" name="shirt_size">',
  ],
  [
    '<label for="distance">Distance</label><select id="distance" name="distance"><option>10K</option><option>5K</option><option>2K family fun run</option></select>',
    '<label for="start-wave">Start wave</label><select id="start-wave" name="wave"><option>Wave A (under 50 min)</option><option>Wave B</option><option>Wave C (walkers)</option></select>',
  ],
  [
    '<label for="team">Team name (optional)</label><input id="team" name="team">',
    '<label for="team-name">Running with friends? Team name</label><input id="team-name" name="team_name">',
  ],
  [
    '<label for="ec-phone">Phone</label><input id="ec-phone" name="ec_phone" type="tel">',
    '<label for="emergency-phone">Their phone number</label><input id="emergency-phone" name="emergency_phone" type="tel">',
  ],
  ['<label for="medical">Medical conditions</label><textarea id="medical" name="medical"></textarea>\n', ''],
  [
    '<label><input type="checkbox" id="create-page" name="create_page" checked> Create my JustGiving fundraising page</label>',
    '<label><input type="checkbox" id="fundraising-page" name="fundraising_page" checked> Set up my fundraising page for me</label>',
  ],
  [
    '<button type="submit" id="register">Register &amp; pay £20</button><button type="button" id="save-later">Save and finish later</button>',
    '<button type="submit" id="continue-pay">Continue to payment</button><a href="/events/glow-10k/resume" class="save-progress">Save and finish later</a>',
  ],
]);

// 9. Grant progress report to a funder (full rewrite)
const grantV1 = page(
  'Year 1 progress report — Kinder Foundation',
  `<header><strong>Kinder Foundation · Grantee portal</strong><nav><a href="/grants">My grants</a><a href="/reports" class="active">Reports</a><a href="/documents">Documents</a><a href="/messages">Messages (2)</a></nav></header>
<main>
<h1>Year 1 progress report</h1>
<p class="muted">Grant KF-2023-118 · Youth Mentoring Programme · £45,000 over 3 years · due 31 Oct</p>
<form id="report-form">
<section class="card"><h2>1. Outcomes</h2>
<table id="outcomes"><thead><tr><th>Outcome</th><th>Target</th><th>Achieved</th><th>Notes</th></tr></thead><tbody>
<tr><td>Young people mentored</td><td>60</td><td><input name="achieved_1" type="number"></td><td><input name="notes_1"></td></tr>
<tr><td>Mentors trained</td><td>25</td><td><input name="achieved_2" type="number"></td><td><input name="notes_2"></td></tr>
<tr><td>Reporting improved confidence</td><td>70%</td><td><input name="achieved_3"></td><td><input name="notes_3"></td></tr>
</tbody></table></section>
<section class="card"><h2>2. Finance</h2>
<label for="spend">Grant spent to date (£)</label><input id="spend" name="spend_to_date">
<label for="underspend-reason">Explain any variance over 10%</label><textarea id="underspend-reason" name="variance"></textarea>
<label for="accounts">Upload latest accounts</label><input type="file" id="accounts" name="accounts_file">
</section>
<section class="card"><h2>3. Story</h2>
<label for="case-study">Case study</label><textarea id="case-study" name="case_study"></textarea>
<label><input type="checkbox" name="consent_publish" id="consent-publish"> We have consent to publish this story</label>
<label for="photos">Photos</label><input type="file" id="photos" name="photos" multiple>
</section>
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="button" id="preview-report">Preview</button><button type="submit" id="submit-report">Submit report</button></div>
</form>
</main>`,
);
const grantV2 = page(
  'Annual report, year 1 · Kinder Foundation',
  `<header class="portal-head"><span class="brand">Kinder Foundation</span><nav><a href="/home">Home</a><a href="/grants">Grants</a><a href="/submissions">Submissions</a><a href="/inbox">Inbox <span class="badge">2</span></a></nav></header>
<main>
<nav class="breadcrumbs"><a href="/grants/KF-2023-118">KF-2023-118</a> › Annual report, year 1</nav>
<h1>Annual report — year 1</h1>
<ol class="progress"><li>Outcomes</li><li>Money</li><li>Learning</li><li>Check &amp; send</li></ol>
<section id="sec-outcomes"><h2>What you achieved</h2>
<fieldset class="outcome"><legend>Young people mentored (target 60)</legend><label for="outcome-mentored-actual">Actual</label><input id="outcome-mentored-actual" type="number"><label for="outcome-mentored-comment">Comment</label><textarea id="outcome-mentored-comment"></textarea></fieldset>
<fieldset class="outcome"><legend>Mentors trained (target 25)</legend><label for="outcome-mentors-trained-actual">Actual</label><input id="outcome-mentors-trained-actual" type="number"><label for="outcome-mentors-trained-comment">Comment</label><textarea id="outcome-mentors-trained-comment"></textarea></fieldset>
<fieldset class="outcome"><legend>Young people reporting more confidence (target 70%)</legend><label for="outcome-confidence-actual">Actual</label><input id="outcome-confidence-actual"><label for="outcome-confidence-comment">Comment</label><textarea id="outcome-confidence-comment"></textarea></fieldset>
</section>
<section id="sec-money"><h2>Money</h2>
<label for="expenditure">How much of the grant have you spent?</label><input id="expenditure" name="expenditure_total" inputmode="decimal">
<label for="variance-why">If spending is more than 10% off plan, tell us why</label><textarea id="variance-why" name="budget_variance_explanation"></textarea>
<div class="upload"><label for="accounts-upload">Most recent annual accounts</label><input type="file" id="accounts-upload" name="annual_accounts"></div>
</section>
<section id="sec-learning"><h2>Learning and stories</h2>
<label for="story-text">Tell us about one young person's journey</label><textarea id="story-text" name="story"></textarea>
<label><input type="checkbox" name="publication_consent"> The person has agreed we can share this story publicly</label>
<div class="upload"><label for="supporting-docs">Supporting documents</label><input type="file" id="supporting-docs" name="supporting_docs" multiple></div>
</section>
<div class="actions row"><button type="button" class="save-exit">Save and come back later</button><button type="submit" class="submit-to-funder">Send to Kinder Foundation</button></div>
</main>`,
);

// 10. Donor CRM record (edit)
const donorV1 = page(
  'Margaret Ellison — Beacon CRM',
  `<header><strong>Beacon CRM</strong><nav><a href="/people">People</a><a href="/donations">Donations</a><a href="/campaigns">Campaigns</a><a href="/reports">Reports</a></nav><input type="search" id="global-search" placeholder="Search records"></header>
<main>
<div class="row"><h1>Margaret Ellison</h1><span class="badge">Major donor</span><span class="badge">Gift Aid ✓</span></div>
<div class="row" id="record-actions"><button id="log-donation">Log donation</button><button id="add-note">Add note</button><button id="send-thanks">Send thank-you</button><button id="merge-record">Merge</button></div>
<div class="grid">
<section class="card" id="contact-details"><h2>Contact</h2><dl><dt>Email</dt><dd>m.ellison@example.org</dd><dt>Phone</dt><dd>01632 960 412</dd><dt>Address</dt><dd>4 Orchard Close, Ledbury</dd></dl><button id="edit-contact">Edit</button></section>
<section class="card" id="preferences"><h2>Communication preferences</h2>
<label><input type="checkbox" name="pref_email" checked> Email</label>
<label><input type="checkbox" name="pref_post" checked> Post</label>
<label><input type="checkbox" name="pref_phone"> Phone</label>
<label><input type="checkbox" name="pref_sms"> SMS</label>
</section>
</div>
<section><h2>Giving history</h2>
<table id="gifts"><thead><tr><th>Date</th><th>Amount</th><th>Fund</th><th>Method</th><th></th></tr></thead><tbody>
<tr data-gift="g-9012"><td>02/04/2024</td><td>£500.00</td><td>Capital appeal</td><td>Cheque</td><td><a href="/donations/g-9012">View</a></td></tr>
<tr data-gift="g-8874"><td>15/12/2023</td><td>£250.00</td><td>Christmas appeal</td><td>Card</td><td><a href="/donations/g-8874">View</a></td></tr>
<tr data-gift="g-8410"><td>01/06/2023</td><td>£1,000.00</td><td>Unrestricted</td><td>Bank transfer</td><td><a href="/donations/g-8410">View</a></td></tr>
</tbody></table>
<p class="muted">Lifetime giving: £4,850 · <a href="/people/3021/gifts" id="all-gifts">All donations</a></p>
</section>
</main>`,
);
const donorV2 = edit(donorV1, [
  ['<button id="log-donation">Log donation</button>', '<button id="record-payment">Record gift</button>'],
  [
    '<button id="send-thanks">Send thank-you</button><button id="merge-record">Merge</button>',
    '<button id="add-task">Add task</button><details class="more"><summary>More</summary><button data-action="merge">Merge duplicates</button><button data-action="archive">Archive record</button></details>',
  ],
  [
    '<button id="edit-contact">Edit</button>',
    '<button class="icon-btn" aria-label="Edit contact details">✎</button>',
  ],
  ['name="pref_email"', 'name="consent_email"'],
  ['name="pref_post"', 'name="consent_post"'],
  ['name="pref_phone"', 'name="consent_phone"'],
  ['<label><input type="checkbox" name="pref_sms"> SMS</label>\n', ''],
  ['<tr data-gift="g-9012">', '<tr data-row-id="g-9012">'],
  ['<tr data-gift="g-8874">', '<tr data-row-id="g-8874">'],
  ['<tr data-gift="g-8410">', '<tr data-row-id="g-8410">'],
  ['<a href="/donations/g-9012">View</a>', '<a href="/gifts/g-9012">Open</a>'],
  ['<a href="/donations/g-8874">View</a>', '<a href="/gifts/g-8874">Open</a>'],
  ['<a href="/donations/g-8410">View</a>', '<a href="/gifts/g-8410">Open</a>'],
  [
    '<a href="/people/3021/gifts" id="all-gifts">All donations</a>',
    '<a href="/people/3021/gifts" class="view-all-gifts">See all gifts</a>',
  ],
]);

// 11. Gift Aid claim batches (full rewrite)
const gaV1 = page(
  'Gift Aid claims — Donorfy',
  `<header><strong>Donorfy</strong><nav><a href="/constituents">Constituents</a><a href="/transactions">Transactions</a><a href="/gift-aid" class="active">Gift Aid</a><a href="/settings">Settings</a></nav></header>
<main>
<h1>Gift Aid claims</h1>
<div class="row"><button id="new-claim">New claim</button><select id="claim-year" name="tax_year"><option>2024/25</option><option>2023/24</option></select></div>
<table id="claims"><thead><tr><th>Claim</th><th>Period</th><th>Donations</th><th>Amount claimed</th><th>Status</th><th></th></tr></thead><tbody>
<tr id="claim-41"><td>#41</td><td>Jan–Mar 2025</td><td>312</td><td>£3,118.50</td><td>Draft</td><td><button class="validate">Validate</button><button class="delete-claim">Delete</button></td></tr>
<tr id="claim-40"><td>#40</td><td>Oct–Dec 2024</td><td>401</td><td>£4,022.00</td><td>Submitted</td><td><a class="download-xml" href="/gift-aid/40.xml">XML</a></td></tr>
<tr id="claim-39"><td>#39</td><td>Jul–Sep 2024</td><td>287</td><td>£2,760.25</td><td>Paid</td><td><a class="download-xml" href="/gift-aid/39.xml">XML</a></td></tr>
</tbody></table>
<section class="card" id="claim-41-issues"><h2>Claim #41 — 3 issues</h2><ul>
<li>Donation D-7731: missing house number <a href="/transactions/D-7731">Fix</a></li>
<li>Donation D-7802: declaration dated after gift <a href="/transactions/D-7802">Fix</a></li>
<li>Donation D-7840: postcode invalid <a href="/transactions/D-7840">Fix</a></li>
</ul>
<button id="exclude-invalid">Exclude invalid donations</button>
<button id="submit-hmrc">Submit to HMRC</button></section>
<section class="card"><h2>HMRC credentials</h2><label for="hmrc-ref">Charities reference</label><input id="hmrc-ref" name="hmrc_ref" value="XR12345"><label for="gateway-user">Government Gateway user ID</label><input id="gateway-user" name="gateway_user"><button id="test-connection">Test connection</button></section>
</main>`,
);
const gaV2 = page(
  'Gift Aid · Donorfy',
  `<div class="sidebar"><strong>Donorfy</strong><nav><a href="/constituents">Supporters</a><a href="/transactions">Payments</a><a href="/tax/gift-aid">Gift Aid</a><a href="/admin">Admin</a></nav></div>
<main>
<div class="row"><h1>Gift Aid</h1><select id="tax-year" name="year" aria-label="Tax year"><option>Tax year 2024/25</option><option>Tax year 2023/24</option></select><button class="create-claim">Start a claim</button></div>
<div class="claims">
<article class="card" data-claim="41"><div class="row"><h2>Claim 41 · Jan–Mar 2025</h2><span class="badge">Draft</span></div><p>312 donations · £3,118.50 to claim</p>
<div class="row"><button class="run-checks">Check donations</button><button class="rename-claim">Rename</button></div>
<div class="issues"><h3>3 problems found</h3><ul>
<li>D-7731 · no house number <a href="/donations/D-7731/edit">Edit donation</a></li>
<li>D-7802 · declaration after gift date <a href="/donations/D-7802/edit">Edit donation</a></li>
<li>D-7840 · invalid postcode <a href="/donations/D-7840/edit">Edit donation</a></li>
</ul>
<div class="row"><button class="skip-failing">Leave out donations with errors</button><button class="send-claim">Send to HMRC</button></div></div>
</article>
<article class="card" data-claim="40"><div class="row"><h2>Claim 40 · Oct–Dec 2024</h2><span class="badge">Submitted</span></div><p>401 donations · £4,022.00</p><a href="/gift-aid/claims/40/submission.xml" download>Download submission file</a></article>
<article class="card" data-claim="39"><div class="row"><h2>Claim 39 · Jul–Sep 2024</h2><span class="badge">Paid</span></div><p>287 donations · £2,760.25</p><a href="/gift-aid/claims/39/submission.xml" download>Download submission file</a></article>
</div>
<p class="muted">HMRC login details have moved to <a href="/admin/hmrc">Admin › HMRC</a>.</p>
</main>`,
);

// 12. Volunteer application form (edit)
const applyV1 = page(
  'Volunteer with us — Greenway Conservation Volunteers',
  `<header><a href="/" class="logo">Greenway Conservation Volunteers</a><nav><a href="/projects">Projects</a><a href="/volunteer" class="active">Volunteer</a><a href="/about">About</a></nav></header>
<main>
<h1>Volunteer with us</h1>
<form id="volunteer-apply">
<label for="full-name">Full name</label><input id="full-name" name="full_name">
<label for="v-email">Email</label><input id="v-email" name="email" type="email">
<label for="v-phone">Mobile</label><input id="v-phone" name="phone" type="tel">
<label for="age-band">Age</label><select id="age-band" name="age_band"><option>16–17</option><option>18–25</option><option>26–64</option><option>65+</option></select>
<fieldset id="interests"><legend>What would you like to do?</legend>
<label><input type="checkbox" name="role_hedging"> Hedge laying</label>
<label><input type="checkbox" name="role_paths"> Path repair</label>
<label><input type="checkbox" name="role_surveys"> Wildlife surveys</label>
<label><input type="checkbox" name="role_office"> Office support</label>
</fieldset>
<fieldset id="availability"><legend>When are you free?</legend>
<label><input type="checkbox" name="avail_weekday"> Weekdays</label>
<label><input type="checkbox" name="avail_weekend"> Weekends</label>
</fieldset>
<label><input type="checkbox" id="has-car" name="driver"> I can drive and have access to a car</label>
<label for="experience">Relevant experience</label><textarea id="experience" name="experience"></textarea>
<label for="heard">How did you hear about us?</label><select id="heard" name="heard_about"><option>Social media</option><option>Friend</option><option>Volunteer centre</option><option>Other</option></select>
<label for="reference">Referee email</label><input id="reference" name="referee_email">
<button type="submit" id="apply-btn">Send application</button>
</form>
</main>
<footer><a href="/volunteer/policy">Volunteer policy</a></footer>`,
);
const applyV2 = edit(applyV1, [
  [
    '<label for="full-name">Full name</label><input id="full-name" name="full_name">',
    '<label for="applicant-name">Your name</label><input id="applicant-name" name="name" autocomplete="name">',
  ],
  [
    '<label for="age-band">Age</label><select id="age-band" name="age_band">',
    '<label for="age-group">Age group</label><select id="age-group" name="age_group">',
  ],
  [
    '<label><input type="checkbox" name="role_surveys"> Wildlife surveys</label>',
    '<label><input type="checkbox" name="role_wildlife_survey"> Bird &amp; bat surveys</label>',
  ],
  [
    '<label><input type="checkbox" name="role_office"> Office support</label>',
    '<label><input type="checkbox" name="role_tree_planting"> Tree planting</label>',
  ],
  [
    '<label><input type="checkbox" id="has-car" name="driver"> I can drive and have access to a car</label>',
    '<label><input type="checkbox" id="driver-car" name="can_drive"> I have a driving licence and a car</label>',
  ],
  [
    '<label for="heard">How did you hear about us?</label><select id="heard" name="heard_about"><option>Social media</option><option>Friend</option><option>Volunteer centre</option><option>Other</option></select>\n',
    '',
  ],
  [
    '<label for="reference">Referee email</label><input id="reference" name="referee_email">',
    '<label for="referee">Referee (email or phone)</label><input id="referee" name="referee_contact">',
  ],
  [
    '<button type="submit" id="apply-btn">Send application</button>',
    '<button type="submit" class="btn-apply">Apply to volunteer</button>',
  ],
]);

// 13. Food bank referral voucher, agency side (full rewrite)
const referV1 = page(
  'New referral — Harbour Food Bank',
  `<header><strong>Harbour Food Bank — Referral agencies</strong><nav><a href="/referrals/new" class="active">New referral</a><a href="/referrals">My referrals</a><a href="/agency">Agency details</a></nav></header>
<main>
<aside class="card"><h3>Vouchers this month</h3><p>14 of 20 used</p><a href="/agency/allocation" id="request-more">Request more</a></aside>
<h1>Issue a food bank referral</h1>
<form id="referral">
<h2>Client</h2>
<label for="client-first">First name</label><input id="client-first" name="client_first">
<label for="client-last">Last name</label><input id="client-last" name="client_last">
<label for="client-postcode">Postcode</label><input id="client-postcode" name="client_postcode">
<label for="adults">Adults in household</label><input id="adults" name="adults" type="number">
<label for="children">Children in household</label><input id="children" name="children" type="number">
<label for="crisis">Main reason for referral</label><select id="crisis" name="crisis_type"><option>Benefit delay</option><option>Benefit change</option><option>Low income</option><option>Debt</option><option>Sickness</option><option>Homeless</option></select>
<label><input type="checkbox" id="no-cooking" name="no_cooking"> No cooking facilities</label>
<label><input type="checkbox" id="delivery" name="needs_delivery"> Client needs home delivery</label>
<label for="dietary">Dietary requirements</label><input id="dietary" name="dietary">
<label for="referrer-notes">Notes for food bank</label><textarea id="referrer-notes" name="notes"></textarea>
<label><input type="checkbox" id="client-consent" name="consent"> Client has consented to share their details</label>
<div class="row"><button type="submit" id="issue-voucher">Issue voucher</button><button type="button" id="print-voucher">Print paper voucher</button></div>
</form>
</main>`,
);
const referV2 = page(
  'Create an e-voucher · Harbour Food Bank',
  `<header class="bar"><span class="brand">Harbour Food Bank</span><span class="muted">Referral partner: Citizens Advice Harbourside</span><nav><a href="/vouchers/new">Create e-voucher</a><a href="/vouchers">Issued vouchers</a><a href="/organisation">Our organisation</a></nav></header>
<main>
<div class="row"><h1>Create an e-voucher</h1><span class="badge">6 left this month</span><a href="/agency/vouchers/request">Ask for more</a></div>
<form class="voucher-form">
<fieldset><legend>Who is this for?</legend>
<div class="grid"><div><label for="c-given">First name</label><input id="c-given" name="given_name"></div><div><label for="c-family">Last name</label><input id="c-family" name="family_name"></div></div>
<label for="c-pc">Postcode</label><input id="c-pc" name="postcode">
</fieldset>
<fieldset class="household"><legend>Household</legend>
<div class="stepper row"><label for="hh-adults">Adults</label><button type="button" aria-label="Fewer adults">−</button><input id="hh-adults" name="household_adults" inputmode="numeric"><button type="button" aria-label="More adults">+</button></div>
<div class="stepper row"><label for="hh-children">Children</label><button type="button" aria-label="Fewer children">−</button><input id="hh-children" name="household_children" inputmode="numeric"><button type="button" aria-label="More children">+</button></div>
</fieldset>
<label for="reason">Primary reason for crisis</label><select id="reason" name="primary_reason"><option>Benefit delays</option><option>Benefit changes</option><option>Low income</option><option>Debt</option><option>Ill health</option><option>Homelessness</option></select>
<fieldset><legend>Food and contact</legend>
<label><input type="checkbox" name="kettle_only"> Kettle only — no cooker</label>
<label><input type="checkbox" id="phone-contact" name="prefers_call"> Client would like a phone call first</label>
<label for="diet">Dietary needs</label><input id="diet" name="dietary_needs">
</fieldset>
<label for="notes-for-foodbank">Anything the food bank should know</label><textarea id="notes-for-foodbank" name="info"></textarea>
<label><input type="checkbox" name="data_consent"> The client agrees to us sharing their details with the food bank</label>
<button type="submit" class="issue">Create and email e-voucher</button>
</form>
</main>`,
);

// 14. Charity shop stockroom donation intake (edit)
const intakeV1 = page(
  'Log a donation — Hope Trust Shops',
  `<header><strong>Hope Trust Shops — Stockroom</strong><nav><a href="/intake">Donations in</a><a href="/pricing">Pricing</a><a href="/rotation">Rail rotation</a><a href="/ebay">Online listings</a></nav></header>
<main>
<h1>Log a donation</h1>
<div class="grid">
<form id="intake">
<label for="donor-lookup">Gift Aid donor (card no. or postcode)</label>
<div class="row"><input id="donor-lookup" name="donor"><button type="button" id="lookup-donor">Find</button></div>
<label for="bags">Number of bags</label><input id="bags" name="bags" type="number">
<label for="intake-dept">Department</label><select id="intake-dept" name="dept"><option>Clothing</option><option>Books</option><option>Homeware</option><option>Electricals</option><option>Toys</option></select>
<label><input type="checkbox" id="needs-pat" name="pat_test"> Needs PAT test</label>
<label><input type="checkbox" id="ebay-candidate" name="online"> Possible online sale</label>
<label for="intake-notes">Notes</label><textarea id="intake-notes" name="notes"></textarea>
<div class="row"><button type="submit" id="save-intake">Save &amp; print labels</button><button type="reset">Clear</button></div>
</form>
<section class="card"><h2>Today</h2><ul id="todays-intake">
<li data-id="in-551">3 bags clothing · GA 100231 <button class="reprint-label">Labels</button></li>
<li data-id="in-552">1 box books <button class="reprint-label">Labels</button></li>
<li data-id="in-553">Lamp, toaster · PAT pending <button class="reprint-label">Labels</button></li>
</ul><a href="/intake/history" id="intake-history">Full history</a></section>
</div>
<section><h2>Waste &amp; recycling</h2><div class="row"><button id="rag-bags">Log rag bags</button><button id="tip-run">Log tip run</button></div></section>
</main>`,
);
const intakeV2 = edit(intakeV1, [
  [
    '<button type="button" id="lookup-donor">Find</button>',
    '<button type="button" class="search-btn" aria-label="Search donors">🔍</button>',
  ],
  [
    '<label for="bags">Number of bags</label><input id="bags" name="bags" type="number">',
    '<label for="bag-count">Bags received</label><input id="bag-count" name="bag_count" type="number">',
  ],
  [
    '<label><input type="checkbox" id="needs-pat" name="pat_test"> Needs PAT test</label>',
    '<label><input type="checkbox" id="safety-check" name="electrical_safety_check"> Needs electrical safety check</label>',
  ],
  [
    '<label><input type="checkbox" id="ebay-candidate" name="online"> Possible online sale</label>',
    '<label><input type="checkbox" id="wants-receipt" name="receipt"> Donor wants a receipt</label>',
  ],
  [
    '<button type="submit" id="save-intake">Save &amp; print labels</button>',
    '<button type="submit" id="save-donation">Save donation</button>',
  ],
  ['<button class="reprint-label">Labels</button>', '<button class="print-labels">Print labels</button>'],
  ['<button class="reprint-label">Labels</button>', '<button class="print-labels">Print labels</button>'],
  ['<button class="reprint-label">Labels</button>', '<button class="print-labels">Print labels</button>'],
  [
    '<a href="/intake/history" id="intake-history">Full history</a>',
    '<a href="/intake/log">See all donations</a>',
  ],
  ['<button id="tip-run">Log tip run</button>', ''],
]);

// 15. Volunteer's own shifts, mobile view (full rewrite)
const myShiftsV1 = page(
  'My shifts',
  `<header><a href="/" aria-label="Home">☰</a><strong>My shifts</strong><a href="/profile" id="profile-link">Profile</a></header>
<main>
<nav class="row tabs"><a href="/shifts/upcoming" class="tab active">Upcoming</a><a href="/shifts/open" class="tab">Open shifts</a><a href="/shifts/past" class="tab">History</a></nav>
<div class="card shift" id="shift-881"><h3>Sorting &amp; packing</h3><p>Sat 6 Jul · 10:00–13:00 · Mill Road Warehouse</p><div class="row"><button class="checkin">Check in</button><button class="cant-make-it">Can't make it</button><a href="/shifts/881" class="details">Details</a></div></div>
<div class="card shift" id="shift-902"><h3>Supermarket collection</h3><p>Sun 7 Jul · 11:00–14:00 · Tesco Extra</p><div class="row"><button class="checkin">Check in</button><button class="cant-make-it">Can't make it</button><a href="/shifts/902" class="details">Details</a></div></div>
<div class="card shift" id="shift-915"><h3>Delivery driver</h3><p>Tue 9 Jul · 09:00–12:00 · Depot</p><div class="row"><button class="checkin">Check in</button><button class="cant-make-it">Can't make it</button><a href="/shifts/915" class="details">Details</a></div></div>
<section class="card" id="hours"><h2>Your hours</h2><p>46 hours this year</p><a href="/hours/certificate" id="certificate">Download certificate</a></section>
<section class="card"><h2>Availability</h2><label><input type="checkbox" id="pause-shifts" name="paused"> Pause shift offers (holiday)</label><label for="max-shifts">Max shifts per week</label><select id="max-shifts" name="max_per_week"><option>1</option><option>2</option><option>3</option></select></section>
</main>
<footer class="row"><a href="/contact-coordinator" id="contact-coord">Message coordinator</a><a href="/logout">Sign out</a></footer>`,
);
const myShiftsV2 = page(
  'Shifts',
  `<header class="app-bar"><strong>Shifts</strong><a href="/messages/coordinator" class="msg-coordinator" aria-label="Message your coordinator">✉</a></header>
<main>
<h1>Coming up</h1>
<ul class="shift-list">
<li class="shift-card card" data-shift-id="881"><a href="/shift/881"><h2>Sorting &amp; packing</h2></a><p>Saturday 6 July, 10am–1pm</p><p>Mill Road Warehouse</p><div class="row"><button class="add-cal">Add to calendar</button><button class="decline">Release shift</button></div></li>
<li class="shift-card card" data-shift-id="902"><a href="/shift/902"><h2>Supermarket collection</h2></a><p>Sunday 7 July, 11am–2pm</p><p>Tesco Extra</p><div class="row"><button class="add-cal">Add to calendar</button><button class="decline">Release shift</button></div></li>
<li class="shift-card card" data-shift-id="915"><a href="/shift/915"><h2>Delivery driver</h2></a><p>Tuesday 9 July, 9am–12pm</p><p>Depot</p><div class="row"><button class="add-cal">Add to calendar</button><button class="decline">Release shift</button></div></li>
</ul>
<section class="settings-card card"><h2>Taking a break?</h2><label><input type="checkbox" id="holiday-mode" name="holiday"> Holiday mode — don't offer me shifts</label><label for="weekly-limit">Shifts per week, at most</label><select id="weekly-limit" name="weekly_limit"><option>1</option><option>2</option><option>3</option><option>No limit</option></select></section>
</main>
<nav class="tab-bar row"><a href="/shifts" aria-current="page">My shifts</a><a href="/opportunities">Find shifts</a><a href="/me">Me</a></nav>`,
);

// 16. Supporter contact preference centre (edit)
const prefsV1 = page(
  'Contact preferences — Shelterline',
  `<header><a href="/" class="logo">Shelterline</a><nav><a href="/account">My account</a><a href="/account/giving">My giving</a><a href="/account/preferences" class="active">Preferences</a></nav></header>
<main>
<h1>Your contact preferences</h1>
<form id="prefs-form">
<fieldset id="channels"><legend>How we can contact you</legend>
<label><input type="checkbox" name="ch_email" checked> Email</label>
<label><input type="checkbox" name="ch_post" checked> Post</label>
<label><input type="checkbox" name="ch_phone"> Phone</label>
<label><input type="checkbox" name="ch_sms"> Text message</label>
</fieldset>
<fieldset id="topics"><legend>What you'd like to hear about</legend>
<label><input type="checkbox" name="topic_news" checked> News and stories</label>
<label><input type="checkbox" name="topic_appeals" checked> Fundraising appeals</label>
<label><input type="checkbox" name="topic_campaigns"> Campaigns and petitions</label>
<label><input type="checkbox" name="topic_events"> Events near me</label>
<label><input type="checkbox" name="topic_volunteering"> Volunteering</label>
</fieldset>
<label for="frequency">Email frequency</label><select id="frequency" name="frequency"><option>As it happens</option><option>Weekly digest</option><option>Monthly</option></select>
<label for="pref-postcode">Postcode (for local events)</label><input id="pref-postcode" name="postcode">
<div class="row"><button type="submit" id="save-prefs">Save preferences</button><button type="button" id="unsubscribe-all">Unsubscribe from everything</button></div>
</form>
<p class="muted">Read our <a href="/privacy" id="privacy-link">privacy policy</a>.</p>
</main>
<footer>Shelterline · registered charity 263710</footer>`,
);
const prefsV2 = edit(prefsV1, [
  ['<label><input type="checkbox" name="ch_sms"> Text message</label>\n', ''],
  [
    '<label><input type="checkbox" name="topic_campaigns"> Campaigns and petitions</label>',
    '<label><input type="checkbox" name="topic_campaigning"> Campaigning for change</label>',
  ],
  [
    '<label><input type="checkbox" name="topic_events"> Events near me</label>',
    '<label><input type="checkbox" name="topic_shop"> Our charity shops</label>',
  ],
  [
    '<label for="frequency">Email frequency</label><select id="frequency" name="frequency">',
    '<label for="digest-frequency">How often we email you</label><select id="digest-frequency" name="email_cadence">',
  ],
  [
    '<label for="pref-postcode">Postcode (for local events)</label><input id="pref-postcode" name="postcode">',
    '<label for="home-postcode">Your postcode</label><input id="home-postcode" name="home_postcode">',
  ],
  [
    '<div class="row"><button type="submit" id="save-prefs">Save preferences</button><button type="button" id="unsubscribe-all">Unsubscribe from everything</button></div>',
    '<div class="row"><button type="submit" class="btn-save">Update my choices</button></div>\n<p><a href="/account/preferences/opt-out">Stop all contact from Shelterline</a></p>',
  ],
  ['<a href="/privacy" id="privacy-link">privacy policy</a>', '<a href="/privacy-notice">privacy notice</a>'],
]);

// 17. Donor self-service regular giving (full rewrite)
const regularV1 = page(
  'My regular gifts — Oceanwatch',
  `<header><a href="/" class="logo">Oceanwatch</a><nav><a href="/my/overview">Overview</a><a href="/my/giving" class="active">My regular gifts</a><a href="/my/receipts">Receipts</a><a href="/my/details">My details</a></nav><button id="sign-out">Sign out</button></header>
<main>
<h1>My regular gifts</h1>
<table id="regular-gifts"><thead><tr><th>Gift</th><th>Amount</th><th>Frequency</th><th>Next payment</th><th></th></tr></thead><tbody>
<tr id="rg-1044"><td>Adopt a turtle</td><td>£5.00</td><td>Monthly</td><td>1 Aug</td><td><button class="change-amount">Change amount</button><button class="pause-gift">Pause</button><button class="cancel-gift">Cancel</button></td></tr>
<tr id="rg-1190"><td>Reef restoration</td><td>£12.00</td><td>Monthly</td><td>15 Aug</td><td><button class="change-amount">Change amount</button><button class="pause-gift">Pause</button><button class="cancel-gift">Cancel</button></td></tr>
</tbody></table>
<button id="add-regular">Start a new regular gift</button>
<section class="card" id="bank-details"><h2>Bank details</h2><p>Account ending 4821 · Sort code 20-**-**</p><button id="update-bank">Update bank details</button></section>
<section class="card"><h2>Annual statement</h2><p>You gave £204 in 2023/24.</p><a href="/my/statements/2024.pdf" id="statement-pdf">Download statement (PDF)</a><button id="email-statement">Email it to me</button></section>
<section class="card"><h2>Gift Aid</h2><p>Gift Aid declaration active since 2019.</p><button id="revoke-giftaid">Cancel Gift Aid declaration</button></section>
</main>`,
);
const regularV2 = page(
  'Regular giving · Oceanwatch',
  `<header class="acct-head"><a href="/" class="brand">Oceanwatch</a><a href="/logout" class="signout">Log out</a></header>
<div class="sidebar"><nav class="acct-nav"><a href="/account">Home</a><a href="/account/gifts">Regular giving</a><a href="/account/tax">Tax &amp; receipts</a><a href="/account/profile">Profile</a></nav></div>
<main>
<h1>Your regular giving</h1>
<div class="grid">
<article class="card gift" data-gift-id="1044"><h2>Adopt a turtle</h2><p><strong>£5</strong> a month · next on 1 August</p><div class="row"><button class="edit-amount">Edit</button><button class="take-break">Take a break</button><button class="to-annual">Switch to annual</button></div></article>
<article class="card gift" data-gift-id="1190"><h2>Reef restoration</h2><p><strong>£12</strong> a month · next on 15 August</p><div class="row"><button class="edit-amount">Edit</button><button class="take-break">Take a break</button><button class="to-annual">Switch to annual</button></div></article>
</div>
<p class="muted">Want to stop a gift? Call our supporter care team on 0300 123 4567.</p>
<a class="btn" href="/give/regular">Set up another gift</a>
<section class="card"><h2>Paying from</h2><p>Bank account ending 4821</p><button class="bank-change">Change bank account</button></section>
<section class="card"><h2>Tax</h2><p>£204 given in 2023/24</p><a href="/account/tax/statement-2023-24.pdf">2023/24 giving statement</a><p>Gift Aid: active since 2019</p><button class="giftaid-withdraw">Withdraw Gift Aid declaration</button></section>
</main>`,
);

// 18. Charity gala silent auction (edit)
const auctionV1 = page(
  'Silent auction — Starlight Gala 2024',
  `<header><strong>Starlight Gala 2024 · Silent auction</strong><nav><a href="/auction">All lots</a><a href="/auction/my-bids">My bids</a><a href="/auction/donate-lot">Donate a lot</a></nav><span id="countdown" class="badge">Closes in 01:12:40</span></header>
<main>
<div class="row"><input type="search" id="lot-search" placeholder="Search lots"><select id="lot-sort" name="sort"><option>Ending soonest</option><option>Highest bid</option><option>Fewest bids</option></select></div>
<div class="grid3">
<article class="card lot" id="lot-7"><h3>Lot 7 · Weekend in the Lakes</h3><p>Current bid £420 · 9 bids</p><input type="number" class="bid-amount" name="bid-7" min="440"><button class="place-bid">Bid</button><button class="watch">Watch</button></article>
<article class="card lot" id="lot-12"><h3>Lot 12 · Signed rugby shirt</h3><p>Current bid £180 · 4 bids</p><input type="number" class="bid-amount" name="bid-12" min="190"><button class="place-bid">Bid</button><button class="watch">Watch</button></article>
<article class="card lot" id="lot-15"><h3>Lot 15 · Chef's table for six</h3><p>Current bid £650 · 12 bids</p><input type="number" class="bid-amount" name="bid-15" min="675"><button class="place-bid">Bid</button><button class="watch">Watch</button></article>
</div>
<section class="card" id="paddle"><h2>Your paddle</h2><p>Paddle no. 114</p><button id="buy-now-toggle">Show buy-now lots only</button><button id="notify-outbid">Text me if I'm outbid</button></section>
</main>
<footer><a href="/auction/terms">Auction terms</a> · <a href="/auction/pay" id="pay-winnings">Pay for winning lots</a></footer>`,
);
const auctionV2 = edit(auctionV1, [
  ['<a href="/auction/donate-lot">Donate a lot</a>', ''],
  [
    '<span id="countdown" class="badge">Closes in 01:12:40</span>',
    '<span id="countdown" class="badge">Closes in 01:12:40</span><a href="/auction/checkout" class="btn">Pay for your lots</a>',
  ],
  ['<select id="lot-sort" name="sort">', '<select id="sort-lots" name="order" aria-label="Sort lots">'],
  ['name="bid-7"', 'name="lot7_bid"'],
  ['name="bid-12"', 'name="lot12_bid"'],
  ['name="bid-15"', 'name="lot15_bid"'],
  [
    '<button class="place-bid">Bid</button><button class="watch">Watch</button>',
    '<button class="bid-btn">Place bid</button><button class="fav" aria-label="Add to watchlist">☆</button>',
  ],
  [
    '<button class="place-bid">Bid</button><button class="watch">Watch</button>',
    '<button class="bid-btn">Place bid</button><button class="fav" aria-label="Add to watchlist">☆</button>',
  ],
  [
    '<button class="place-bid">Bid</button><button class="watch">Watch</button>',
    '<button class="bid-btn">Place bid</button><button class="fav" aria-label="Add to watchlist">☆</button>',
  ],
  [
    `<button id="buy-now-toggle">Show buy-now lots only</button><button id="notify-outbid">Text me if I'm outbid</button>`,
    `<button id="auto-bid">Set maximum bid</button><label><input type="checkbox" id="outbid-sms" name="outbid_sms"> Text me if I'm outbid</label>`,
  ],
  [' · <a href="/auction/pay" id="pay-winnings">Pay for winning lots</a>', ''],
]);

// 19. Safeguarding / DBS checks tracker (full rewrite)
const dbsV1 = page(
  'DBS checks — Youthlink Trust',
  `<header><strong>Youthlink Trust · HR</strong><nav><a href="/people">People</a><a href="/safeguarding" class="active">Safeguarding</a><a href="/training-records">Training</a></nav></header>
<main>
<h1>DBS checks</h1>
<div class="row"><select id="dbs-status" name="status"><option>All</option><option>Due for renewal</option><option>Awaiting certificate</option><option>Clear</option></select><input type="search" id="dbs-search" placeholder="Search volunteer"><button id="request-check">Request new check</button></div>
<table id="dbs-table"><thead><tr><th><input type="checkbox" id="select-all"></th><th>Volunteer</th><th>Role</th><th>Level</th><th>Certificate no.</th><th>Expires</th><th></th></tr></thead><tbody>
<tr data-person="p-31"><td><input type="checkbox" name="sel" value="p-31"></td><td>Dan Moore</td><td>Youth club leader</td><td>Enhanced</td><td>001234567890</td><td>12/08/2024</td><td><button class="renew">Renew</button></td></tr>
<tr data-person="p-44"><td><input type="checkbox" name="sel" value="p-44"></td><td>Ruth Adeyemi</td><td>Mentor</td><td>Enhanced + barred list</td><td>—</td><td>Awaiting</td><td><button class="chase">Chase</button></td></tr>
<tr data-person="p-52"><td><input type="checkbox" name="sel" value="p-52"></td><td>Lee Park</td><td>Minibus driver</td><td>Enhanced</td><td>001298765432</td><td>03/02/2026</td><td><button class="view-cert">View</button></td></tr>
</tbody></table>
<div class="row" id="bulk"><button id="bulk-remind">Email selected</button><button id="bulk-export">Export selected</button></div>
<section class="card"><h2>Update Service</h2><label><input type="checkbox" id="use-update-service" name="update_service" checked> Check certificates via the DBS Update Service</label><a href="/safeguarding/policy" id="sg-policy">Safeguarding policy</a></section>
</main>`,
);
const dbsV2 = page(
  'Criminal record checks · Youthlink Trust',
  `<header class="hr-top"><span class="brand">Youthlink Trust</span><nav><a href="/team">Team</a><a href="/safeguarding/checks">Checks</a><a href="/learning">Learning</a><a href="/policies">Policies</a></nav></header>
<main>
<div class="row"><h1>Criminal record checks</h1><button class="new-dbs">Start DBS application</button></div>
<p class="muted">Sorted by expiry date. Certificates on the Update Service are checked every month.</p>
<input type="search" name="who" aria-label="Find a volunteer">
<div class="bulk-bar row"><label><input type="checkbox" aria-label="Select all volunteers"> Select all</label><button class="bulk-email">Email selected</button><button id="bulk-assign-training">Assign training</button></div>
<ul class="checks">
<li class="check-row row" data-volunteer="p-31"><input type="checkbox" aria-label="Select Dan Moore"><div><strong>Dan Moore</strong> <span>Youth club leader · Enhanced</span></div><span class="expiry overdue">Expired 12/08/2024</span><button class="start-renewal">Start renewal</button></li>
<li class="check-row row" data-volunteer="p-44"><input type="checkbox" aria-label="Select Ruth Adeyemi"><div><strong>Ruth Adeyemi</strong> <span>Mentor · Enhanced with barred list</span></div><span class="expiry">Awaiting certificate</span><button class="send-chaser">Send reminder</button></li>
<li class="check-row row" data-volunteer="p-52"><input type="checkbox" aria-label="Select Lee Park"><div><strong>Lee Park</strong> <span>Minibus driver · Enhanced</span></div><span class="expiry">Valid to 03/02/2026</span><button class="open-cert">Certificate</button></li>
</ul>
<section class="card"><h2>DBS Update Service</h2><label><input type="checkbox" name="dbs_update_service" checked> Check certificates through the Update Service</label><a href="/policies/safeguarding.pdf">Read the safeguarding policy</a></section>
</main>`,
);

// 20. Community centre bookings admin (edit)
const bookingsV1 = page(
  'Bookings — Hollybank Community Centre admin',
  `<header><strong>Hollybank Community Centre · Admin</strong><nav><a href="/admin/bookings" class="active">Bookings</a><a href="/admin/invoices">Invoices</a><a href="/admin/rooms">Rooms</a><a href="/admin/keyholders">Keyholders</a></nav></header>
<main>
<h1>Bookings — June</h1>
<div class="row"><button id="prev-month" aria-label="Previous month">‹</button><button id="next-month" aria-label="Next month">›</button><select id="room-filter" name="room"><option>All rooms</option><option>Main hall</option><option>Garden room</option><option>Meeting room 1</option></select><button id="new-booking">New booking</button></div>
<table id="bookings"><thead><tr><th>Date</th><th>Time</th><th>Room</th><th>Hirer</th><th>Deposit</th><th>Invoice</th><th></th></tr></thead><tbody>
<tr data-booking="b-3301"><td>Sat 8</td><td>14:00–18:00</td><td>Main hall</td><td>Patel family (party)</td><td>Paid</td><td><a href="/admin/invoices/INV-771">INV-771</a></td><td><button class="edit-booking">Edit</button><button class="cancel-booking">Cancel</button></td></tr>
<tr data-booking="b-3302"><td>Mon 10</td><td>19:00–21:00</td><td>Garden room</td><td>Hollybank Knitters</td><td>Waived</td><td><a href="/admin/invoices/INV-772">INV-772</a></td><td><button class="edit-booking">Edit</button><button class="cancel-booking">Cancel</button></td></tr>
<tr data-booking="b-3303"><td>Wed 12</td><td>10:00–12:00</td><td>Meeting room 1</td><td>Citizens Advice drop-in</td><td>—</td><td><button class="raise-invoice">Raise invoice</button></td><td><button class="edit-booking">Edit</button><button class="cancel-booking">Cancel</button></td></tr>
</tbody></table>
<section class="card" id="keys"><h2>Key handover</h2><p>Saturday: Patel family collect keys from Jean (keyholder)</p><button id="send-key-info">Send key instructions</button><button id="log-key-return">Log key returned</button></section>
</main>
<footer><a href="/admin/export-ical" id="ical">Calendar feed</a></footer>`,
);
const bookingsV2 = edit(bookingsV1, [
  ['<select id="room-filter" name="room">', '<select id="space-filter" name="space" aria-label="Space">'],
  [
    '<button id="new-booking">New booking</button>',
    '<button id="add-booking">Add booking</button><a href="/admin/export-ical" class="ical-feed">Subscribe (iCal)</a>',
  ],
  ['<a href="/admin/invoices/INV-771">', '<a href="/admin/invoices/771">'],
  ['<a href="/admin/invoices/INV-772">', '<a href="/admin/invoices/772">'],
  [
    '<button class="cancel-booking">Cancel</button>',
    '<button class="danger" aria-label="Cancel booking">✕</button>',
  ],
  [
    '<button class="cancel-booking">Cancel</button>',
    '<button class="danger" aria-label="Cancel booking">✕</button>',
  ],
  [
    '<button class="cancel-booking">Cancel</button>',
    '<button class="danger" aria-label="Cancel booking">✕</button>',
  ],
  [
    '<button class="raise-invoice">Raise invoice</button>',
    '<button class="create-invoice">Create invoice</button>',
  ],
  [
    '<button id="send-key-info">Send key instructions</button><button id="log-key-return">Log key returned</button>',
    '<button id="send-reminder">Send booking reminder</button>',
  ],
  [
    '<footer><a href="/admin/export-ical" id="ical">Calendar feed</a></footer>',
    '<footer>Hollybank Community Association · registered charity 1100432</footer>',
  ],
]);

// 21. Food bank warehouse goods-in weigh-in (full rewrite)
const weighV1 = page(
  'Record incoming donation — Northside Food Bank warehouse',
  `<header><strong>Northside Food Bank · Warehouse</strong><nav><a href="/wh/intake" class="active">Intake</a><a href="/wh/stock">Stock</a><a href="/wh/collections">Collections</a></nav></header>
<main>
<h1>Record incoming donation</h1>
<form id="weigh-in">
<label for="source">Source</label><select id="source" name="source"><option>Supermarket collection</option><option>Church / school</option><option>Individual drop-off</option><option>FareShare</option></select>
<label for="source-name">Donor / location</label><input id="source-name" name="source_name">
<label for="crates">Crates</label><input id="crates" name="crates" type="number">
<div class="row"><label for="weight">Total weight (kg)</label><input id="weight" name="weight_kg" type="number"><button type="button" id="read-scale">Read from scale</button></div>
<label><input type="checkbox" id="chilled" name="chilled"> Includes chilled items</label>
<label for="received-by">Received by</label><input id="received-by" name="received_by">
<button type="submit" id="record-intake">Record</button>
</form>
<h2>Today's intake</h2>
<table id="intake-log"><thead><tr><th>Time</th><th>Source</th><th>Crates</th><th>kg</th><th></th></tr></thead><tbody>
<tr data-entry="e-1"><td>09:12</td><td>Tesco Extra</td><td>14</td><td>186</td><td><button class="edit-entry">Edit</button><button class="split-entry">Split by category</button></td></tr>
<tr data-entry="e-2"><td>10:40</td><td>St Anne's Primary harvest</td><td>6</td><td>71</td><td><button class="edit-entry">Edit</button><button class="split-entry">Split by category</button></td></tr>
</tbody></table>
<p class="muted">Total today: 257 kg · <a href="/wh/intake/report" id="intake-report">Monthly tonnage report</a></p>
</main>`,
);
const weighV2 = page(
  'Goods in · NFB Warehouse',
  `<header class="wh-head"><strong>NFB Warehouse</strong><nav><a href="/wh/goods-in">Goods in</a><a href="/wh/inventory">Inventory</a><a href="/wh/drives">Food drives</a><a href="/wh/reports">Reports</a></nav></header>
<main>
<h1>Goods in</h1>
<div class="grid">
<form class="weighin-form card">
<label for="origin">Where's it from?</label><select id="origin" name="origin"><option>Supermarket collection</option><option>School or church harvest</option><option>Drop-off</option><option>FareShare</option><option>Business food drive</option></select>
<label for="origin-name">Store, school or donor</label><input id="origin-name" name="from">
<div class="row"><div><label for="crate-count">Crates</label><input id="crate-count" name="crate_count" inputmode="numeric"></div><div><label for="gross-kg">Weight (kg)</label><input id="gross-kg" name="kg" inputmode="decimal"></div><button type="button" class="scale" aria-label="Read weight from scale">⚖</button></div>
<label><input type="checkbox" id="short-dated" name="short_dated"> Includes short-dated items</label>
<button type="submit" class="save-weighin">Save weigh-in</button>
</form>
<section class="today"><h2>So far today · 257 kg</h2>
<ul class="entries">
<li data-entry-id="e-1"><span>09:12 · Tesco Extra · 14 crates · 186 kg</span><button class="amend">Amend</button><button class="categorise">Categorise</button></li>
<li data-entry-id="e-2"><span>10:40 · St Anne's Primary harvest · 6 crates · 71 kg</span><button class="amend">Amend</button><button class="categorise">Categorise</button></li>
</ul>
<a href="/wh/reports/tonnage">Tonnage by month</a>
</section>
</div>
</main>`,
);

// 22. Allotment society membership admin (edit)
const membersV1 = page(
  'Members — Ashdown Allotment Society',
  `<header><strong>Ashdown Allotment Society · Committee</strong><nav><a href="/members" class="active">Members</a><a href="/plots">Plots</a><a href="/waiting-list">Waiting list</a><a href="/finance">Subs &amp; finance</a></nav></header>
<main>
<h1>Members</h1>
<div class="row"><input type="search" id="member-search" placeholder="Name or plot"><select id="status-filter" name="status"><option>All</option><option>Current</option><option>Lapsed</option><option>Honorary</option></select><button id="send-renewals">Send renewal reminders</button><button id="add-member">Add member</button></div>
<table id="members"><thead><tr><th>Name</th><th>Plot</th><th>Subs paid</th><th>Renewal due</th><th></th></tr></thead><tbody>
<tr data-member="m-17"><td><a href="/members/17">Alan Briggs</a></td><td>12A</td><td>£35</td><td>1 Apr</td><td><button class="mark-paid">Mark paid</button><button class="more">⋯</button></td></tr>
<tr data-member="m-23"><td><a href="/members/23">Farida Khan</a></td><td>7</td><td>—</td><td>Overdue</td><td><button class="mark-paid">Mark paid</button><button class="more">⋯</button></td></tr>
<tr data-member="m-31"><td><a href="/members/31">Gwen Hughes</a></td><td>3B</td><td>£20 (concession)</td><td>1 Apr</td><td><button class="mark-paid">Mark paid</button><button class="more">⋯</button></td></tr>
</tbody></table>
<div class="row"><span class="muted">3 of 64 members</span><button id="load-more">Load more</button></div>
<section class="card"><h2>Subscription rates</h2><label for="rate-full">Full plot (£)</label><input id="rate-full" name="rate_full" value="35"><label for="rate-half">Half plot (£)</label><input id="rate-half" name="rate_half" value="20"><button id="save-rates">Save rates</button></section>
</main>`,
);
const membersV2 = edit(membersV1, [
  [
    '<select id="status-filter" name="status">',
    '<select id="membership-status" name="membership_status" aria-label="Membership status">',
  ],
  [
    '<button id="send-renewals">Send renewal reminders</button><button id="add-member">Add member</button>',
    '<button id="email-renewals">Email renewal notices</button><button id="import-members">Import CSV</button>',
  ],
  [
    '<button class="mark-paid">Mark paid</button><button class="more">⋯</button>',
    '<button class="record-payment">Record payment</button><button class="kebab" aria-label="More actions for Alan Briggs">⋯</button>',
  ],
  [
    '<button class="mark-paid">Mark paid</button><button class="more">⋯</button>',
    '<button class="record-payment">Record payment</button><button class="kebab" aria-label="More actions for Farida Khan">⋯</button>',
  ],
  [
    '<button class="mark-paid">Mark paid</button><button class="more">⋯</button>',
    '<button class="record-payment">Record payment</button><button class="kebab" aria-label="More actions for Gwen Hughes">⋯</button>',
  ],
  [
    '<button id="load-more">Load more</button>',
    '<nav class="pager row" aria-label="Pages"><a href="/members?page=1" aria-current="page">1</a><a href="/members?page=2">2</a><a href="/members?page=3">3</a><a href="/members?page=2" rel="next">Next ›</a></nav>',
  ],
  [
    '<label for="rate-half">Half plot (£)</label><input id="rate-half" name="rate_half" value="20">',
    '<label for="rate-half-plot">Half plot (£)</label><input id="rate-half-plot" name="rate_half_plot" value="20">',
  ],
  ['<button id="save-rates">Save rates</button>', '<p class="muted">Changes save automatically.</p>'],
]);

// 23. Community appeal page builder (full rewrite)
const appealV1 = page(
  'Edit appeal — GiveLocal',
  `<header><strong>GiveLocal · Appeal builder</strong><nav><a href="/dashboard">Dashboard</a><a href="/appeals" class="active">Appeals</a><a href="/payouts">Payouts</a></nav><button id="preview-appeal">Preview</button><button id="publish-appeal">Publish</button></header>
<main>
<h1>Edit appeal: New roof for Stanton Scout Hut</h1>
<form id="appeal-editor">
<label for="appeal-title">Title</label><input id="appeal-title" name="title" value="New roof for Stanton Scout Hut">
<label for="target">Target (£)</label><input id="target" name="target" value="12000">
<label for="end-date">End date</label><input id="end-date" name="end_date" type="date">
<label for="story">Your story</label><textarea id="story" name="story" rows="8"></textarea>
<label for="cover">Cover image</label><input type="file" id="cover" name="cover_image"><button type="button" id="remove-cover">Remove image</button>
<label for="video-url">Video link (YouTube)</label><input id="video-url" name="video">
<fieldset id="reward-tiers"><legend>Suggested amounts</legend>
<div class="row tier"><input name="tier_1" value="10" aria-label="Amount 1"><input name="tier_1_label" value="Buys 5 roof tiles" aria-label="Description 1"></div>
<div class="row tier"><input name="tier_2" value="50" aria-label="Amount 2"><input name="tier_2_label" value="Buys a roll of felt" aria-label="Description 2"></div>
<button type="button" id="add-tier">Add amount</button>
</fieldset>
<label><input type="checkbox" id="allow-anon" name="allow_anonymous" checked> Let supporters give anonymously</label>
<label><input type="checkbox" id="show-total" name="show_total" checked> Show amount raised</label>
<button type="submit" id="save-appeal">Save changes</button>
</form>
</main>`,
);
const appealV2 = page(
  'Campaign builder · GiveLocal',
  `<header class="builder-top"><span class="brand">GiveLocal</span><nav><a href="/home">Home</a><a href="/campaigns">Campaigns</a><a href="/money">Money</a></nav><span class="status badge">Draft</span></header>
<main>
<nav class="builder-steps row"><a href="#basics">Basics</a><a href="#story-section">Story</a><a href="#amounts">Amounts</a><a href="#settings">Settings</a></nav>
<section id="basics" class="card"><h2>Basics</h2>
<label for="c-title">Campaign name</label><input id="c-title" name="campaign_name" value="New roof for Stanton Scout Hut">
<div class="grid"><div><label for="goal">Goal (£)</label><input id="goal" name="goal_amount" value="12000"></div><div><label for="closes">Closing date</label><input id="closes" name="closes_on" type="date"></div></div>
</section>
<section id="story-section" class="card"><h2>Story</h2>
<div class="toolbar row" role="toolbar" aria-label="Formatting"><button type="button" aria-label="Bold">B</button><button type="button" aria-label="Italic">I</button><button type="button" aria-label="Insert link">🔗</button></div>
<div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Your story" class="rte"></div>
<div class="media row"><img src="/uploads/hut.jpg" alt="Cover image" width="120"><button type="button" class="replace-cover">Replace image</button><button type="button" class="crop-cover">Crop image</button></div>
</section>
<section id="amounts" class="card"><h2>Suggested amounts</h2>
<div class="row suggestion"><input name="suggestion_1_amount" value="10" aria-label="Amount"><input name="suggestion_1_text" value="Buys 5 roof tiles" aria-label="What it pays for"></div>
<div class="row suggestion"><input name="suggestion_2_amount" value="50" aria-label="Amount"><input name="suggestion_2_text" value="Buys a roll of felt" aria-label="What it pays for"></div>
<button type="button" class="add-suggestion">+ Add another amount</button>
</section>
<section id="settings" class="card"><h2>Settings</h2>
<label><input type="checkbox" name="anonymous_ok" checked> Supporters can hide their name</label>
<label><input type="checkbox" name="display_progress" checked> Show progress bar</label>
</section>
<div class="row"><button type="button" class="save-draft">Save draft</button><button type="button" class="go-live">Go live</button></div>
</main>`,
);

// 24. Grant budget report to funder (edit)
const budgetV1 = page(
  'Budget report KF-2023-118 — Kinder Foundation',
  `<header><strong>Kinder Foundation · Grantee portal</strong><nav><a href="/grants">My grants</a><a href="/reports">Reports</a><a href="/payments">Payments</a></nav></header>
<main>
<h1>Budget report · KF-2023-118</h1>
<p class="muted">Period: Apr 2023 – Mar 2024</p>
<table id="budget"><thead><tr><th>Budget line</th><th>Budgeted</th><th>Actual</th><th>Variance</th><th>Comment</th></tr></thead><tbody>
<tr data-line="staff"><td>Project coordinator (0.6 FTE)</td><td>£18,000</td><td><input name="actual_staff" value="17400"></td><td>-3%</td><td><input name="comment_staff"></td></tr>
<tr data-line="travel"><td>Volunteer travel</td><td>£2,400</td><td><input name="actual_travel" value="3100"></td><td>+29%</td><td><input name="comment_travel"></td></tr>
<tr data-line="venue"><td>Venue hire</td><td>£3,000</td><td><input name="actual_venue" value="2250"></td><td>-25%</td><td><input name="comment_venue"></td></tr>
<tr data-line="training"><td>Mentor training</td><td>£1,600</td><td><input name="actual_training" value="1600"></td><td>0%</td><td><input name="comment_training"></td></tr>
</tbody></table>
<div class="row"><button id="add-line">Add budget line</button><button id="request-virement">Request budget change</button></div>
<section class="card"><h2>Evidence</h2>
<label for="ledger">Upload ledger extract</label><input type="file" id="ledger" name="ledger">
<label><input type="checkbox" id="certify" name="certify"> I certify these figures are a true record</label>
<label for="signatory">Signed by (trustee or CEO)</label><input id="signatory" name="signatory">
</section>
<div class="row"><button id="save-budget">Save</button><button id="submit-budget">Submit to funder</button></div>
</main>`,
);
const budgetV2 = edit(budgetV1, [
  ['<th>Actual</th>', '<th>Spent</th>'],
  ['<th>Comment</th>', '<th>Explanation</th>'],
  ['name="actual_staff"', 'name="spent_staff"'],
  ['name="actual_travel"', 'name="spent_travel"'],
  ['name="actual_venue"', 'name="spent_venue"'],
  ['name="actual_training"', 'name="spent_training"'],
  ['<input name="comment_staff">', '<textarea name="explain_staff" rows="2"></textarea>'],
  ['<input name="comment_travel">', '<textarea name="explain_travel" rows="2"></textarea>'],
  ['<input name="comment_venue">', '<textarea name="explain_venue" rows="2"></textarea>'],
  ['<input name="comment_training">', '<textarea name="explain_training" rows="2"></textarea>'],
  [
    '<button id="add-line">Add budget line</button><button id="request-virement">Request budget change</button>',
    '<button id="download-template">Download template</button><button id="budget-change-request">Ask to move funds between lines</button>',
  ],
  [
    '<label for="ledger">Upload ledger extract</label><input type="file" id="ledger" name="ledger">',
    '<label for="ledger-file">Ledger extract (CSV or PDF)</label><input type="file" id="ledger-file" name="ledger_extract">',
  ],
  [
    '<input type="checkbox" id="certify" name="certify">',
    '<input type="checkbox" id="declaration" name="declaration">',
  ],
  ['<label for="signatory">Signed by (trustee or CEO)</label><input id="signatory" name="signatory">\n', ''],
  [
    '<button id="submit-budget">Submit to funder</button>',
    '<button class="submit-funder">Send to Kinder Foundation</button>',
  ],
]);

export const BLIND32_PAIRS: readonly PagePair[] = [
  {
    name: 'hospice-donation-checkout-b32',
    v1: donateV1,
    v2: donateV2,
    targets: [
      {
        selector: 'button[data-amount="25"]',
        expect: 'input[name="gift_amount"][value="25"]',
        change: 'amount buttons became radio chips',
      },
      {
        selector: '#other-amount',
        expect: '#custom-amount',
        change: 'other amount field renamed, nested in chip label',
      },
      {
        selector: '#dedication',
        expect: null,
        change: 'in-memory field dropped; message-to-nurses field in its place',
      },
      {
        selector: '#find-address',
        expect: 'button.postcode-lookup',
        change: 'postcode button reworded, id dropped',
      },
      {
        selector: '#giftaid',
        expect: '#gift-aid-declaration',
        change: 'Gift Aid checkbox renamed, longer declaration',
      },
      { selector: 'input[name="contact_phone"]', expect: null, change: 'phone consent removed' },
      {
        selector: '#donate-now',
        expect: 'button.cta-primary',
        change: 'submit becomes continue-to-payment step',
      },
      {
        selector: 'a.alt-link',
        expect: 'a[href="/ways-to-give"]',
        change: 'other ways link moved to footer',
      },
    ],
  },
  {
    name: 'pantry-volunteer-rota-b32',
    v1: rotaV1,
    v2: rotaV2,
    targets: [
      { selector: '#export-rota', expect: null, change: 'CSV export removed; Print rota button in its slot' },
      { selector: '#add-shift', expect: '#new-shift', change: 'add shift renamed to new shift' },
      { selector: '#site-filter', expect: '#location-filter', change: 'site filter renamed location' },
      {
        selector: 'tr[data-shift="s-102"] button.assign',
        expect: 'tr[data-shift="s-102"] button.fill-shift',
        change: 'Assign reworded Fill shift',
      },
      { selector: 'tr[data-shift="s-103"] button.remind', expect: null, change: 'manual reminder removed' },
      { selector: '#broadcast', expect: '#sms-available', change: 'broadcast moved from aside to toolbar' },
      { selector: 'a[href="/training"]', expect: 'a[href="/learning"]', change: 'nav item renamed Learning' },
      {
        selector: 'tr[data-shift="s-104"] button.swap',
        expect: 'tr[data-shift="s-104"] button[aria-label="Swap volunteer"]',
        change: 'text button became icon button',
      },
    ],
  },
  {
    name: 'foodbank-inventory-cards-b32',
    v1: stockV1,
    v2: stockV2,
    targets: [
      {
        selector: '#item-beans button.adjust',
        expect: '[data-item="baked-beans"] button.edit-qty',
        change: 'table row became card, Adjust became Edit qty',
      },
      { selector: '#low-only', expect: '#show-low', change: 'low-stock filter reworded as shortages switch' },
      { selector: '#category', expect: '#cat-filter', change: 'category select renamed with new options' },
      {
        selector: '#low-stock-banner a',
        expect: 'a[href="/shopping-list"]',
        change: 'banner became status notice, link reworded',
      },
      { selector: '#stock-take', expect: 'button.start-count', change: 'stock take moved to heading row' },
      {
        selector: '#print-labels',
        expect: null,
        change: 'shelf labels gone; pick sheet printing in its place',
      },
      { selector: '#download-csv', expect: null, change: 'CSV download removed' },
      {
        selector: 'a[href="/donations-in"]',
        expect: 'a[href="/intake"]',
        change: 'nav moved to sidebar, renamed Goods in',
      },
    ],
  },
  {
    name: 'foodbank-distribution-session-b32',
    v1: distV1,
    v2: distV2,
    targets: [
      { selector: '#checkin-btn', expect: '#scan-in', change: 'check-in button renamed' },
      { selector: '#voucher-code', expect: '#voucher-ref', change: 'voucher field renamed reference' },
      {
        selector: 'tr[data-voucher="NFB-48220"] .hand-out',
        expect: 'tr[data-voucher="NFB-48220"] button.mark-collected',
        change: 'Mark given reworded Collected',
      },
      { selector: 'tr[data-voucher="NFB-48231"] .no-show', expect: null, change: 'no-show action removed' },
      {
        selector: 'select[name="parcel-48231"]',
        expect: 'select[name="parcel_type_48231"]',
        change: 'parcel select renamed',
      },
      {
        selector: 'input[name="sp_energy"]',
        expect: null,
        change: 'fuel voucher removed; benefits check in its slot',
      },
      { selector: '#save-signposting', expect: 'button.save-referrals', change: 'id dropped for class' },
      { selector: '#close-session', expect: '#end-session', change: 'moved to footer, reworded End session' },
    ],
  },
  {
    name: 'wildlife-trust-renewal-b32',
    v1: renewV1,
    v2: renewV2,
    targets: [
      {
        selector: '#membership-type',
        expect: '[role="radiogroup"][aria-label="Membership type"]',
        change: 'select became radio card group',
      },
      {
        selector: '#add-magazine',
        expect: null,
        change: 'printed magazine option gone; junior pack checkbox in its slot',
      },
      {
        selector: '#sort-code',
        expect: 'input[name="bank_sort_code"]',
        change: 'sort code field renamed, put in grid',
      },
      {
        selector: '#account-number',
        expect: 'input[name="bank_account_no"]',
        change: 'account number field renamed',
      },
      { selector: '#auto-renew', expect: '#renew-yearly', change: 'checkbox became switch button' },
      { selector: '#extra-donation', expect: null, change: 'extra donation field removed' },
      {
        selector: '#renew-btn',
        expect: 'button.pay-renew',
        change: 'renew button reworded Confirm and renew',
      },
      {
        selector: '#benefits-link',
        expect: 'a[href="/join/benefits"]',
        change: 'benefits aside became section, new URL',
      },
    ],
  },
  {
    name: 'community-centre-room-booking-b32',
    v1: hireV1,
    v2: hireV2,
    targets: [
      { selector: '#hire-date', expect: '#hire-day', change: 'date field renamed' },
      { selector: '#purpose', expect: '#hire-type', change: 'purpose select renamed, label rephrased' },
      {
        selector: 'input[name="extra_pa"]',
        expect: 'input[name="addon_av"]',
        change: 'PA system reworded speakers & microphone',
      },
      {
        selector: 'input[name="extra_tables"]',
        expect: null,
        change: 'extra tables dropped; projector add-on in its slot',
      },
      { selector: '#regular-booking', expect: null, change: 'regular booking checkbox removed' },
      {
        selector: '#check-availability',
        expect: '#find-slots',
        change: 'button reworded See available times',
      },
      {
        selector: '#rates-link',
        expect: 'a[href="/rooms/prices"]',
        change: 'price list link reworded, id dropped',
      },
      {
        selector: 'a[href="/rooms/terms"]',
        expect: 'a[href="/hire-conditions.pdf"]',
        change: 'terms now a PDF link',
      },
    ],
  },
  {
    name: 'charity-shop-till-pos-b32',
    v1: tillV1,
    v2: tillV2,
    targets: [
      {
        selector: 'button[data-dept="bric"]',
        expect: 'button[data-department="homeware"]',
        change: 'department merged into homeware & bric-a-brac',
      },
      { selector: '#price-entry', expect: '#amount', change: 'price entry became amount display' },
      { selector: '#giftaid-tag', expect: '#ga-code', change: 'Gift Aid tag renamed item code' },
      {
        selector: '#line-2 .void-line',
        expect: 'li[data-line="2"] button.remove-item',
        change: 'table row became list item, icon remove button',
      },
      { selector: '#pay-card', expect: 'button.tender-card', change: 'card tender reworded' },
      { selector: '#no-sale', expect: null, change: 'no sale removed; Refund button in its slot' },
      { selector: '#reprint', expect: null, change: 'reprint receipt removed' },
      {
        selector: 'a[href="/till/end-of-day"]',
        expect: 'a.cashup',
        change: 'end of day moved to header as Cash up',
      },
    ],
  },
  {
    name: 'glow-run-registration-b32',
    v1: runV1,
    v2: runV2,
    targets: [
      { selector: '#tshirt', expect: '#shirt-size', change: 't-shirt select renamed' },
      {
        selector: '#distance',
        expect: null,
        change: 'distance choice dropped; start wave select in its slot',
      },
      { selector: '#team', expect: '#team-name', change: 'team field renamed, label rephrased' },
      { selector: '#ec-phone', expect: '#emergency-phone', change: 'emergency phone renamed' },
      { selector: '#medical', expect: null, change: 'medical conditions field removed' },
      {
        selector: '#create-page',
        expect: '#fundraising-page',
        change: 'fundraising page checkbox renamed, brand dropped',
      },
      { selector: '#register', expect: '#continue-pay', change: 'register reworded Continue to payment' },
      { selector: '#save-later', expect: 'a.save-progress', change: 'save-later button became link' },
    ],
  },
  {
    name: 'funder-progress-report-b32',
    v1: grantV1,
    v2: grantV2,
    targets: [
      {
        selector: 'input[name="achieved_2"]',
        expect: '#outcome-mentors-trained-actual',
        change: 'outcomes table became fieldsets',
      },
      { selector: '#spend', expect: '#expenditure', change: 'spend field renamed, question-style label' },
      { selector: '#underspend-reason', expect: '#variance-why', change: 'variance textarea renamed' },
      { selector: '#accounts', expect: '#accounts-upload', change: 'accounts upload renamed, wrapped' },
      {
        selector: '#photos',
        expect: null,
        change: 'photo upload gone; supporting documents upload in its slot',
      },
      {
        selector: '#consent-publish',
        expect: 'input[name="publication_consent"]',
        change: 'consent checkbox reworded, id dropped',
      },
      { selector: '#preview-report', expect: null, change: 'preview removed (check & send step)' },
      {
        selector: '#submit-report',
        expect: 'button.submit-to-funder',
        change: 'submit reworded Send to Kinder Foundation',
      },
    ],
  },
  {
    name: 'donor-crm-profile-b32',
    v1: donorV1,
    v2: donorV2,
    targets: [
      { selector: '#log-donation', expect: '#record-payment', change: 'log donation renamed Record gift' },
      { selector: '#send-thanks', expect: null, change: 'thank-you action removed; Add task in its slot' },
      {
        selector: '#merge-record',
        expect: 'button[data-action="merge"]',
        change: 'merge moved into More menu',
      },
      {
        selector: '#edit-contact',
        expect: 'button[aria-label="Edit contact details"]',
        change: 'edit became icon button',
      },
      { selector: 'input[name="pref_sms"]', expect: null, change: 'SMS preference removed' },
      {
        selector: 'input[name="pref_phone"]',
        expect: 'input[name="consent_phone"]',
        change: 'preference renamed consent',
      },
      {
        selector: 'tr[data-gift="g-8874"] a',
        expect: 'a[href="/gifts/g-8874"]',
        change: 'row attribute and link URL changed',
      },
      { selector: '#all-gifts', expect: 'a.view-all-gifts', change: 'id dropped, reworded' },
    ],
  },
  {
    name: 'gift-aid-claims-hmrc-b32',
    v1: gaV1,
    v2: gaV2,
    targets: [
      { selector: '#new-claim', expect: 'button.create-claim', change: 'new claim reworded Start a claim' },
      { selector: '#claim-year', expect: '#tax-year', change: 'year select renamed' },
      {
        selector: '#claim-41 .validate',
        expect: '[data-claim="41"] button.run-checks',
        change: 'table row became card, Validate became Check donations',
      },
      { selector: '#claim-41 .delete-claim', expect: null, change: 'delete removed; Rename in its slot' },
      {
        selector: '#claim-40 a.download-xml',
        expect: 'a[href="/gift-aid/claims/40/submission.xml"]',
        change: 'XML link reworded, new URL',
      },
      {
        selector: 'a[href="/transactions/D-7802"]',
        expect: 'a[href="/donations/D-7802/edit"]',
        change: 'fix link reworded Edit donation',
      },
      { selector: '#exclude-invalid', expect: 'button.skip-failing', change: 'exclude reworded Leave out' },
      { selector: '#test-connection', expect: null, change: 'HMRC credentials section moved out' },
    ],
  },
  {
    name: 'conservation-volunteer-application-b32',
    v1: applyV1,
    v2: applyV2,
    targets: [
      { selector: '#full-name', expect: '#applicant-name', change: 'name field renamed' },
      { selector: '#age-band', expect: '#age-group', change: 'age select renamed' },
      {
        selector: 'input[name="role_office"]',
        expect: null,
        change: 'office role dropped; tree planting in its slot',
      },
      {
        selector: 'input[name="role_surveys"]',
        expect: 'input[name="role_wildlife_survey"]',
        change: 'survey role renamed, reworded',
      },
      { selector: '#has-car', expect: '#driver-car', change: 'driver checkbox renamed' },
      { selector: '#heard', expect: null, change: 'how-did-you-hear select removed' },
      { selector: '#reference', expect: '#referee', change: 'referee field renamed, broadened' },
      { selector: '#apply-btn', expect: 'button.btn-apply', change: 'submit reworded, id dropped' },
    ],
  },
  {
    name: 'foodbank-evoucher-referral-b32',
    v1: referV1,
    v2: referV2,
    targets: [
      { selector: '#crisis', expect: '#reason', change: 'crisis select renamed, options reworded' },
      { selector: '#children', expect: '#hh-children', change: 'number field became stepper' },
      {
        selector: '#no-cooking',
        expect: 'input[name="kettle_only"]',
        change: 'no cooking reworded kettle only',
      },
      {
        selector: '#delivery',
        expect: null,
        change: 'home delivery dropped; phone call preference in its slot',
      },
      { selector: '#dietary', expect: '#diet', change: 'dietary field renamed, grouped' },
      { selector: '#referrer-notes', expect: '#notes-for-foodbank', change: 'notes textarea renamed' },
      { selector: '#print-voucher', expect: null, change: 'paper voucher removed' },
      {
        selector: '#request-more',
        expect: 'a[href="/agency/vouchers/request"]',
        change: 'moved from aside to heading row',
      },
    ],
  },
  {
    name: 'charity-shop-stockroom-intake-b32',
    v1: intakeV1,
    v2: intakeV2,
    targets: [
      {
        selector: '#lookup-donor',
        expect: 'button[aria-label="Search donors"]',
        change: 'Find became search icon button',
      },
      { selector: '#bags', expect: '#bag-count', change: 'bags field renamed' },
      {
        selector: '#needs-pat',
        expect: '#safety-check',
        change: 'PAT test reworded electrical safety check',
      },
      {
        selector: '#ebay-candidate',
        expect: null,
        change: 'online sale flag removed; receipt checkbox in its slot',
      },
      {
        selector: 'li[data-id="in-552"] .reprint-label',
        expect: 'li[data-id="in-552"] button.print-labels',
        change: 'label button renamed',
      },
      {
        selector: '#intake-history',
        expect: 'a[href="/intake/log"]',
        change: 'history link reworded, id dropped',
      },
      { selector: '#tip-run', expect: null, change: 'tip run logging removed' },
      { selector: '#save-intake', expect: '#save-donation', change: 'save button renamed' },
    ],
  },
  {
    name: 'volunteer-my-shifts-mobile-b32',
    v1: myShiftsV1,
    v2: myShiftsV2,
    targets: [
      {
        selector: '#shift-902 .cant-make-it',
        expect: '[data-shift-id="902"] button.decline',
        change: "Can't make it reworded Release shift",
      },
      {
        selector: '#shift-881 .checkin',
        expect: null,
        change: 'check-in removed; Add to calendar in its slot',
      },
      {
        selector: '#shift-915 a.details',
        expect: 'a[href="/shift/915"]',
        change: 'details link became card heading link',
      },
      {
        selector: 'a[href="/shifts/open"]',
        expect: 'a[href="/opportunities"]',
        change: 'top tab moved to bottom bar as Find shifts',
      },
      { selector: '#certificate', expect: null, change: 'hours certificate removed' },
      { selector: '#pause-shifts', expect: '#holiday-mode', change: 'pause reworded holiday mode' },
      { selector: '#max-shifts', expect: '#weekly-limit', change: 'select renamed, extra option' },
      { selector: '#contact-coord', expect: 'a.msg-coordinator', change: 'footer link became header icon' },
    ],
  },
  {
    name: 'supporter-preference-centre-b32',
    v1: prefsV1,
    v2: prefsV2,
    targets: [
      { selector: 'input[name="ch_sms"]', expect: null, change: 'text message channel removed' },
      {
        selector: 'input[name="topic_campaigns"]',
        expect: 'input[name="topic_campaigning"]',
        change: 'topic renamed, reworded',
      },
      {
        selector: 'input[name="topic_events"]',
        expect: null,
        change: 'events topic gone; charity shops topic in its slot',
      },
      { selector: '#frequency', expect: '#digest-frequency', change: 'frequency select renamed' },
      { selector: '#pref-postcode', expect: '#home-postcode', change: 'postcode field renamed' },
      { selector: '#save-prefs', expect: 'button.btn-save', change: 'save reworded, id dropped' },
      {
        selector: '#unsubscribe-all',
        expect: 'a[href="/account/preferences/opt-out"]',
        change: 'unsubscribe button became link',
      },
      { selector: '#privacy-link', expect: 'a[href="/privacy-notice"]', change: 'privacy link renamed' },
    ],
  },
  {
    name: 'ocean-charity-regular-giving-b32',
    v1: regularV1,
    v2: regularV2,
    targets: [
      {
        selector: '#rg-1190 .change-amount',
        expect: '[data-gift-id="1190"] button.edit-amount',
        change: 'table row became card, shortened to Edit',
      },
      {
        selector: '#rg-1044 .pause-gift',
        expect: '[data-gift-id="1044"] button.take-break',
        change: 'Pause reworded Take a break',
      },
      {
        selector: '#rg-1044 .cancel-gift',
        expect: null,
        change: 'online cancel removed; Switch to annual in its slot',
      },
      { selector: '#add-regular', expect: 'a[href="/give/regular"]', change: 'button became link' },
      { selector: '#update-bank', expect: 'button.bank-change', change: 'bank button reworded' },
      {
        selector: '#statement-pdf',
        expect: 'a[href="/account/tax/statement-2023-24.pdf"]',
        change: 'statement link renamed and merged into tax card',
      },
      { selector: '#email-statement', expect: null, change: 'email statement removed' },
      {
        selector: '#revoke-giftaid',
        expect: 'button.giftaid-withdraw',
        change: 'Gift Aid cancel reworded withdraw',
      },
    ],
  },
  {
    name: 'gala-silent-auction-b32',
    v1: auctionV1,
    v2: auctionV2,
    targets: [
      { selector: '#lot-12 .place-bid', expect: '#lot-12 button.bid-btn', change: 'Bid reworded Place bid' },
      { selector: 'input[name="bid-15"]', expect: 'input[name="lot15_bid"]', change: 'bid input renamed' },
      {
        selector: '#lot-7 .watch',
        expect: '#lot-7 button[aria-label="Add to watchlist"]',
        change: 'watch became star icon',
      },
      { selector: '#lot-sort', expect: '#sort-lots', change: 'sort select renamed' },
      {
        selector: '#buy-now-toggle',
        expect: null,
        change: 'buy-now filter removed; max bid button in its slot',
      },
      { selector: '#notify-outbid', expect: '#outbid-sms', change: 'button became checkbox' },
      {
        selector: '#pay-winnings',
        expect: 'a[href="/auction/checkout"]',
        change: 'pay link moved from footer to header',
      },
      { selector: 'a[href="/auction/donate-lot"]', expect: null, change: 'donate a lot nav removed' },
    ],
  },
  {
    name: 'youth-charity-dbs-tracker-b32',
    v1: dbsV1,
    v2: dbsV2,
    targets: [
      { selector: '#request-check', expect: 'button.new-dbs', change: 'reworded Start DBS application' },
      { selector: '#dbs-status', expect: null, change: 'status filter removed (sorted by expiry)' },
      {
        selector: 'tr[data-person="p-44"] .chase',
        expect: '[data-volunteer="p-44"] button.send-chaser',
        change: 'table became list, Chase became Send reminder',
      },
      {
        selector: 'tr[data-person="p-31"] .renew',
        expect: '[data-volunteer="p-31"] button.start-renewal',
        change: 'Renew reworded Start renewal',
      },
      {
        selector: '#select-all',
        expect: 'input[aria-label="Select all volunteers"]',
        change: 'header checkbox moved to bulk bar',
      },
      { selector: '#bulk-export', expect: null, change: 'export removed; Assign training in its slot' },
      {
        selector: '#use-update-service',
        expect: 'input[name="dbs_update_service"]',
        change: 'checkbox renamed, id dropped',
      },
      {
        selector: '#sg-policy',
        expect: 'a[href="/policies/safeguarding.pdf"]',
        change: 'policy link now PDF',
      },
    ],
  },
  {
    name: 'community-centre-bookings-admin-b32',
    v1: bookingsV1,
    v2: bookingsV2,
    targets: [
      { selector: '#new-booking', expect: '#add-booking', change: 'new booking renamed' },
      { selector: '#room-filter', expect: '#space-filter', change: 'room filter renamed space' },
      {
        selector: 'tr[data-booking="b-3302"] .cancel-booking',
        expect: 'tr[data-booking="b-3302"] button[aria-label="Cancel booking"]',
        change: 'cancel became icon button',
      },
      {
        selector: 'tr[data-booking="b-3303"] .raise-invoice',
        expect: 'tr[data-booking="b-3303"] button.create-invoice',
        change: 'Raise invoice reworded Create invoice',
      },
      {
        selector: 'a[href="/admin/invoices/INV-771"]',
        expect: 'a[href="/admin/invoices/771"]',
        change: 'invoice URL changed',
      },
      {
        selector: '#send-key-info',
        expect: null,
        change: 'key instructions removed; booking reminder in its slot',
      },
      { selector: '#log-key-return', expect: null, change: 'key return logging removed' },
      { selector: '#ical', expect: 'a.ical-feed', change: 'calendar feed moved from footer to toolbar' },
    ],
  },
  {
    name: 'foodbank-goods-in-weighing-b32',
    v1: weighV1,
    v2: weighV2,
    targets: [
      { selector: '#source', expect: '#origin', change: 'source select renamed, options changed' },
      { selector: '#weight', expect: '#gross-kg', change: 'weight field renamed' },
      {
        selector: '#read-scale',
        expect: 'button[aria-label="Read weight from scale"]',
        change: 'text button became icon',
      },
      { selector: '#chilled', expect: null, change: 'chilled flag removed; short-dated flag in its slot' },
      { selector: '#received-by', expect: null, change: 'received-by removed (taken from login)' },
      { selector: '#record-intake', expect: 'button.save-weighin', change: 'Record reworded Save weigh-in' },
      {
        selector: 'tr[data-entry="e-2"] .split-entry',
        expect: '[data-entry-id="e-2"] button.categorise',
        change: 'table became list, Split became Categorise',
      },
      {
        selector: '#intake-report',
        expect: 'a[href="/wh/reports/tonnage"]',
        change: 'report link reworded, new URL',
      },
    ],
  },
  {
    name: 'allotment-society-members-b32',
    v1: membersV1,
    v2: membersV2,
    targets: [
      { selector: '#send-renewals', expect: '#email-renewals', change: 'renewal reminders renamed' },
      { selector: '#add-member', expect: null, change: 'add member removed; Import CSV in its slot' },
      {
        selector: 'tr[data-member="m-23"] .mark-paid',
        expect: 'tr[data-member="m-23"] button.record-payment',
        change: 'Mark paid reworded Record payment',
      },
      {
        selector: 'tr[data-member="m-31"] .more',
        expect: 'tr[data-member="m-31"] button.kebab',
        change: 'overflow button reclassed, labelled',
      },
      { selector: '#status-filter', expect: '#membership-status', change: 'status filter renamed' },
      { selector: '#load-more', expect: 'a[rel="next"]', change: 'load more became pager next link' },
      { selector: '#rate-half', expect: '#rate-half-plot', change: 'rate field renamed' },
      { selector: '#save-rates', expect: null, change: 'save removed (autosave)' },
    ],
  },
  {
    name: 'scout-hut-appeal-builder-b32',
    v1: appealV1,
    v2: appealV2,
    targets: [
      {
        selector: '#publish-appeal',
        expect: 'button.go-live',
        change: 'publish moved to bottom, reworded Go live',
      },
      { selector: '#target', expect: '#goal', change: 'target renamed goal' },
      {
        selector: '#story',
        expect: 'div[aria-label="Your story"]',
        change: 'textarea became rich text editor',
      },
      { selector: '#remove-cover', expect: null, change: 'remove image gone; Crop image in its slot' },
      { selector: '#video-url', expect: null, change: 'video link removed' },
      {
        selector: 'input[name="tier_2_label"]',
        expect: 'input[name="suggestion_2_text"]',
        change: 'tier renamed suggestion',
      },
      { selector: '#add-tier', expect: 'button.add-suggestion', change: 'add amount reworded, id dropped' },
      {
        selector: '#show-total',
        expect: 'input[name="display_progress"]',
        change: 'show total reworded progress bar',
      },
    ],
  },
  {
    name: 'grant-budget-actuals-b32',
    v1: budgetV1,
    v2: budgetV2,
    targets: [
      {
        selector: 'input[name="actual_travel"]',
        expect: 'input[name="spent_travel"]',
        change: 'actuals renamed spent',
      },
      {
        selector: 'input[name="comment_venue"]',
        expect: 'textarea[name="explain_venue"]',
        change: 'comment input became textarea',
      },
      { selector: '#add-line', expect: null, change: 'add line removed; Download template in its slot' },
      {
        selector: '#request-virement',
        expect: '#budget-change-request',
        change: 'virement reworded plainly',
      },
      { selector: '#ledger', expect: '#ledger-file', change: 'upload renamed' },
      { selector: '#certify', expect: '#declaration', change: 'certify checkbox renamed' },
      { selector: '#signatory', expect: null, change: 'signatory field removed' },
      { selector: '#submit-budget', expect: 'button.submit-funder', change: 'submit reworded, id dropped' },
    ],
  },
];
