// Blind corpus 29 — theme: government and civic services (permits and licences, a vehicle
// registry, local taxes, elections and voter registration, public library, waste collection,
// court filings, benefits applications).
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------------------
// 1. Building permit application (full rewrite)
// ---------------------------------------------------------------------------
const permitV1 = page(
  'Building permit application — City of Brookfield',
  `<header><a href="/" class="logo">City of Brookfield</a><nav class="top"><a href="/permits">Permits</a><a href="/licences">Licences</a><a href="/taxes">Property tax</a><a href="/account">My account</a><a href="/logout">Sign out</a></nav></header>
<main>
<h1>Apply for a building permit</h1>
<ol class="steps"><li class="done">Property</li><li class="current">Project details</li><li>Contractor</li><li>Review &amp; pay</li></ol>
<aside><h2>Estimated fees</h2><p>Base fee: $150.00</p><p>Plan review: 65% of permit fee</p><a href="/permits/fee-schedule" id="fee-link">View full fee schedule</a><br><a href="/help/permits" class="help">Need help?</a></aside>
<form id="permit-form" action="/permits/apply" method="post">
<label for="parcel">Parcel number</label><input id="parcel" name="parcel_id" type="text" placeholder="e.g. 012-345-678">
<label for="address">Site address</label><input id="address" name="site_address" type="text">
<label for="work-type">Type of work</label><select id="work-type" name="work_type"><option>New construction</option><option>Addition</option><option>Alteration / remodel</option><option>Demolition</option></select>
<label for="valuation">Estimated valuation ($)</label><input id="valuation" name="valuation" type="number">
<label for="desc">Description of work</label><textarea id="desc" name="description" rows="4"></textarea>
<fieldset><legend>Are you the owner-builder?</legend><label><input type="radio" name="owner_builder" value="yes"> Yes</label><label><input type="radio" name="owner_builder" value="no"> No, I hired a contractor</label></fieldset>
<label for="plans">Upload plans (PDF)</label><input id="plans" type="file" name="plans" accept=".pdf">
<div class="row"><button type="button" id="save-draft">Save draft</button><button type="submit" id="next-step" class="btn-primary">Continue</button></div>
</form>
</main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact the Building Division</a></footer>`,
);

const permitV2 = page(
  'Project details · Brookfield Permits',
  `<div class="gov-banner">An official website of the City of Brookfield</div>
<header class="site-header"><a href="/" class="site-header__brand">Brookfield</a><nav aria-label="Main"><ul class="menu"><li><a href="/permits">Permits &amp; inspections</a></li><li><a href="/business">Business</a></li><li><a href="/property">Property</a></li><li><a href="/me">Dashboard</a></li></ul></nav><button class="signout" type="button">Log out</button></header>
<main class="wizard">
<p class="wizard__step">Step 2 of 4</p>
<h1 class="wizard__title">Tell us about your project</h1>
<form class="wizard__form" action="/permits/apply" method="post" novalidate>
<section class="group"><h2>Location</h2>
<div class="field"><label for="apn">Assessor's parcel number (APN)</label><input id="apn" name="apn" type="text" inputmode="numeric"></div>
<div class="field"><label for="street">Street address of the work</label><input id="street" name="street" type="text" autocomplete="street-address"></div>
</section>
<section class="group"><h2>Scope</h2>
<div class="field"><label for="scope">What kind of work is it?</label><select id="scope" name="scope"><option>New building</option><option>Addition</option><option>Remodel</option><option>Demolition</option></select></div>
<div class="field"><label for="project-cost">Total project cost</label><div class="input-prefix"><span>$</span><input id="project-cost" name="project_cost" type="text" inputmode="decimal"></div></div>
<div class="field"><label for="scope-notes">Describe the work</label><textarea id="scope-notes" name="scope_notes" rows="5"></textarea></div>
<div class="field"><span class="field__label">Who will do the work?</span><label><input type="radio" name="builder" value="owner"> I will (owner-builder)</label><label><input type="radio" name="builder" value="contractor"> A licensed contractor</label></div>
</section>
<div class="wizard__actions"><button type="button" class="link-button">Save and finish later</button><button type="submit" class="primary">Next: contractor</button></div>
</form>
<section class="fee-card" aria-labelledby="fee-h"><h2 id="fee-h">Fee estimate</h2><dl><dt>Permit fee</dt><dd>$150.00</dd><dt>Plan review</dt><dd>65% of permit fee</dd></dl><a href="/permits/fee-schedule" class="fee-card__link">How fees are calculated</a><br><a href="/chat" class="fee-card__chat">Chat with a permit technician</a></section>
</main>
<footer class="site-footer"><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>`,
);

// ---------------------------------------------------------------------------
// 2. Vehicle registration renewal (edit)
// ---------------------------------------------------------------------------
const regRenewV1 = page(
  'Renew vehicle registration — State DMV',
  `<header><a href="/" class="logo">State DMV</a><nav><a href="/dmv/vehicles">Vehicles</a><a href="/dmv/licences">Driver licences</a><a href="/dmv/appointments">Appointments</a><a href="/dmv/account" id="account-link">My DMV</a></nav></header>
<main>
<h1>Renew your vehicle registration</h1>
<div class="card" id="vehicle-summary"><h2>2017 Honda Civic</h2><p>Plate <strong>7ABC123</strong> · VIN ending <strong>48213</strong></p><p>Registration expires <strong>03/31/2025</strong></p><a href="/dmv/vehicles/7ABC123/address" id="change-address">Change address</a></div>
<form id="renew-form" method="post" action="/dmv/renew">
<label for="plate">Licence plate number</label><input id="plate" name="plate" type="text" value="7ABC123">
<label for="vin5">Last 5 digits of VIN</label><input id="vin5" name="vin_last5" type="text" maxlength="5">
<label for="zip">ZIP code</label><input id="zip" name="zip" type="text" maxlength="5">
<label for="insurer">Insurance company</label><select id="insurer" name="insurer"><option value="">Select…</option><option>Allstate</option><option>GEICO</option><option>Progressive</option><option>State Farm</option><option>Other</option></select>
<label><input type="checkbox" id="smog" name="smog_on_file"> I have a smog certificate on file</label>
<fieldset><legend>Renewal term</legend><label><input type="radio" name="term" value="1" checked> 1 year</label><label><input type="radio" name="term" value="2"> 2 years</label></fieldset>
<label for="receipt-email">Email for receipt</label><input id="receipt-email" name="email" type="email">
<button type="button" id="calc-fees">Calculate fees</button>
</form>
<table id="fees"><thead><tr><th>Fee</th><th>Amount</th></tr></thead><tbody>
<tr><td>Registration fee</td><td>$68.00</td></tr><tr><td>County/district fee</td><td>$22.00</td></tr><tr><td>Vehicle licence fee</td><td>$142.00</td></tr><tr><td>Total due</td><td id="total-fee">$232.00</td></tr></tbody></table>
<div class="row"><button type="submit" form="renew-form" id="pay-now" class="btn-primary">Pay now</button><a href="/dmv/sticker/replace" class="secondary-link">Replace a lost sticker</a></div>
</main>
<footer><a href="/dmv/help">Help</a> · <a href="/dmv/forms">Forms</a> · <a href="/privacy">Privacy</a></footer>`,
);

const regRenewV2 = edit(regRenewV1, [
  [
    '<a href="/dmv/vehicles/7ABC123/address" id="change-address">Change address</a>',
    '<button type="button" class="link-btn" aria-haspopup="dialog">Update mailing address</button>',
  ],
  [
    '<label for="plate">Licence plate number</label><input id="plate" name="plate" type="text" value="7ABC123">',
    '<label for="plate-number">Plate number</label><input id="plate-number" name="plate_number" type="text" value="7ABC123" autocapitalize="characters">',
  ],
  [
    '<label for="zip">ZIP code</label><input id="zip" name="zip" type="text" maxlength="5">',
    '<label for="postal">ZIP code of residence</label><input id="postal" name="postal_code" type="text" inputmode="numeric" maxlength="5">',
  ],
  [
    '<label><input type="checkbox" id="smog" name="smog_on_file"> I have a smog certificate on file</label>\n',
    '',
  ],
  [
    '<button type="button" id="calc-fees">Calculate fees</button>',
    '<button type="button" class="btn-outline js-estimate">Estimate my fees</button>',
  ],
  ['<td id="total-fee">$232.00</td>', '<td class="fee-total"><strong>$232.00</strong></td>'],
  [
    'id="pay-now" class="btn-primary">Pay now</button>',
    'id="continue-payment" class="btn-primary">Continue to payment</button>',
  ],
  [
    '<a href="/dmv/sticker/replace" class="secondary-link">Replace a lost sticker</a>',
    '<a href="/dmv/plates/specialty" class="secondary-link">Order specialty plates</a>',
  ],
]);

// ---------------------------------------------------------------------------
// 3. Property tax bill (full rewrite)
// ---------------------------------------------------------------------------
const taxBillV1 = page(
  'Property tax bill 2024 — Marion County Treasurer',
  `<header><a href="/" class="logo">Marion County Treasurer</a><nav><a href="/tax/search">Search property</a><a href="/tax/pay">Pay taxes</a><a href="/tax/exemptions">Exemptions</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Property tax bill — 2024</h1>
<div class="grid"><div class="card" id="parcel-card"><h2>Parcel 49-11-22-104-008</h2><p>1420 N Delaware St, Indianapolis</p><p>Owner: J &amp; M Alvarez</p><p>Assessed value: <span id="assessed-value">$284,600</span></p></div>
<div class="card" id="actions-card"><h2>Bill actions</h2><a href="/tax/bill/2024/pdf" id="download-bill">Download bill (PDF)</a><br><button type="button" id="print-bill">Print</button><br><a href="/tax/ebill/enroll" id="ebill">Sign up for e-billing</a></div></div>
<h2>Installments</h2>
<table id="installments"><thead><tr><th>Installment</th><th>Due date</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>
<tr id="inst-1"><td>Spring</td><td>May 10, 2024</td><td>$1,712.40</td><td><span class="badge">Paid</span></td><td><a href="/tax/receipt/88123">Receipt</a></td></tr>
<tr id="inst-2"><td>Fall</td><td>Nov 12, 2024</td><td>$1,712.40</td><td><span class="badge">Due</span></td><td><button class="pay-btn" type="button">Pay</button></td></tr></tbody></table>
<h2>Payment history</h2>
<table id="history"><thead><tr><th>Date</th><th>Method</th><th>Amount</th><th></th></tr></thead><tbody>
<tr><td>05/02/2024</td><td>eCheck</td><td>$1,712.40</td><td><a href="/tax/receipt/88123" class="receipt">View</a></td></tr>
<tr><td>11/08/2023</td><td>Card</td><td>$1,655.10</td><td><a href="/tax/receipt/80571" class="receipt">View</a></td></tr>
<tr><td>05/05/2023</td><td>Card</td><td>$1,655.10</td><td><a href="/tax/receipt/77420" class="receipt">View</a></td></tr></tbody></table>
<p><a href="/tax/exemptions/homestead" id="homestead">Apply for a homestead deduction</a> · <a href="/assessor/appeal" id="appeal">Appeal your assessment</a></p>
</main>
<footer>Marion County Treasurer · 200 E Washington St · <a href="/privacy">Privacy</a></footer>`,
);

const taxBillV2 = page(
  '2024 pay 2025 tax statement | Marion County',
  `<header class="masthead"><a class="masthead__home" href="/">Marion County</a><nav class="masthead__nav"><a href="/tax/search">Find a property</a><a href="/tax/pay">Make a payment</a><a href="/tax/help">Help</a></nav></header>
<main class="bill">
<div class="bill__head"><h1>2024 pay 2025 tax statement</h1><div class="bill__tools"><a class="tool" href="/tax/bill/2024/pdf" download>Save PDF</a><button class="tool" type="button">Email this bill</button></div></div>
<section class="paperless-banner"><p>Get your bill by email and skip the paper.</p><a href="/tax/ebill/enroll">Go paperless</a></section>
<section class="property"><h2>Property</h2><dl class="facts"><dt>Parcel</dt><dd>49-11-22-104-008</dd><dt>Location</dt><dd>1420 N Delaware St</dd><dt>Owner of record</dt><dd>J &amp; M Alvarez</dd><dt>Net assessed value</dt><dd class="assessed">$284,600</dd></dl><a class="exemptions-link" href="/tax/exemptions/homestead">Check deductions you may qualify for</a></section>
<section class="due"><h2>What you owe</h2>
<ul class="installments">
<li class="installment is-paid"><span class="installment__name">Spring installment</span> <span>Paid May 2, 2024</span> <a href="/tax/receipt/88123" class="installment__receipt">Receipt</a></li>
<li class="installment"><span class="installment__name">Fall installment</span> <span>Due Nov 12, 2024</span> <button type="button" data-installment="fall" class="installment__pay">Pay $1,712.40</button></li></ul></section>
<section class="past"><h2>Past payments</h2>
<div class="payment"><span>May 2, 2024</span> <span>Bank account</span> <span>$1,712.40</span> <a href="/tax/receipt/88123" class="payment__receipt">Receipt</a></div>
<div class="payment"><span>Nov 8, 2023</span> <span>Credit card</span> <span>$1,655.10</span> <a href="/tax/receipt/80571" class="payment__receipt">Receipt</a></div>
<div class="payment"><span>May 5, 2023</span> <span>Credit card</span> <span>$1,655.10</span> <a href="/tax/receipt/77420" class="payment__receipt">Receipt</a></div></section>
</main>
<footer class="foot"><p>Marion County Treasurer, 200 E Washington St</p><a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------------------
// 4. Voter registration form (edit)
// ---------------------------------------------------------------------------
const voterRegV1 = page(
  'Online voter registration — Secretary of State',
  `<header><a href="/" class="logo">Secretary of State</a><nav><a href="/elections">Elections</a><a href="/elections/register" class="active">Register to vote</a><a href="/elections/status">Check status</a><a href="/elections/polling">Find polling place</a><a href="/es/elections/register" lang="es">Español</a></nav></header>
<main>
<h1>Online voter registration</h1>
<p class="muted">Registration closes 15 days before an election.</p>
<form id="voter-reg" action="/elections/register" method="post">
<fieldset id="eligibility"><legend>Eligibility</legend>
<label><input type="checkbox" id="is-citizen" name="citizen"> I am a U.S. citizen</label>
<label><input type="checkbox" id="is-18" name="age_ok"> I will be 18 or older on Election Day</label></fieldset>
<div class="grid"><div><label for="first-name">First name</label><input id="first-name" name="first_name"></div><div><label for="last-name">Last name</label><input id="last-name" name="last_name"></div>
<div><label for="suffix">Suffix</label><select id="suffix" name="suffix"><option></option><option>Jr.</option><option>Sr.</option><option>II</option><option>III</option></select></div>
<div><label for="dob">Date of birth</label><input id="dob" name="dob" type="date"></div></div>
<label for="dl-number">Driver licence or state ID number</label><input id="dl-number" name="dl_number">
<label for="ssn4">Last 4 digits of SSN</label><input id="ssn4" name="ssn4" maxlength="4">
<label for="res-address">Residential address</label><input id="res-address" name="res_address">
<label><input type="checkbox" id="same-mailing" name="mailing_same" checked> My mailing address is the same</label>
<label for="party">Political party</label><select id="party" name="party"><option>Democratic</option><option>Republican</option><option>Libertarian</option><option>Green</option><option>No party preference</option></select>
<label><input type="checkbox" id="poll-worker" name="poll_worker"> I would like to be a poll worker</label>
<div class="row"><button type="button" id="print-form">Print form</button><button type="submit" id="submit-reg" class="btn-primary">Submit registration</button></div>
</form>
<p><a href="/elections/status" id="status-link">Already registered? Check your status</a></p>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/elections/contact">Contact elections division</a></footer>`,
);

const voterRegV2 = edit(voterRegV1, [
  [
    '<h1>Online voter registration</h1>',
    '<aside class="help-box"><h2>Already registered?</h2><a href="/elections/status" class="status-check">Check your registration status</a></aside>\n<h1>Register to vote online</h1>',
  ],
  [
    '<input type="checkbox" id="is-citizen" name="citizen"> I am a U.S. citizen',
    '<input type="checkbox" id="citizenship" name="us_citizen"> Yes, I am a citizen of the United States',
  ],
  [
    '<label for="suffix">Suffix</label><select id="suffix" name="suffix"><option></option><option>Jr.</option><option>Sr.</option><option>II</option><option>III</option></select>',
    '<label for="name-suffix">Suffix (optional)</label><input id="name-suffix" name="suffix" type="text" placeholder="Jr., Sr., III">',
  ],
  [
    '<label for="dl-number">Driver licence or state ID number</label><input id="dl-number" name="dl_number">',
    '<label for="state-id">State-issued ID or driver licence number</label><input id="state-id" name="state_id_number">',
  ],
  [
    '<label for="party">Political party</label><select id="party" name="party">',
    '<label for="party-preference">Party preference</label><select id="party-preference" name="party_pref">',
  ],
  [
    '<label><input type="checkbox" id="poll-worker" name="poll_worker"> I would like to be a poll worker</label>\n',
    '',
  ],
  [
    '<button type="button" id="print-form">Print form</button>',
    '<button type="button" id="save-progress">Save progress</button>',
  ],
  [
    '<button type="submit" id="submit-reg" class="btn-primary">Submit registration</button>',
    '<button type="submit" class="btn-primary btn-lg">Register to vote</button>',
  ],
  ['<p><a href="/elections/status" id="status-link">Already registered? Check your status</a></p>\n', ''],
]);

// ---------------------------------------------------------------------------
// 5. Polling place lookup (full rewrite)
// ---------------------------------------------------------------------------
const pollingV1 = page(
  'Find your polling place — County Elections Office',
  `<header><a href="/" class="logo">County Elections Office</a><nav><a href="/vote">Voting</a><a href="/candidates">Candidates</a><a href="/results">Results</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Find your polling place</h1>
<form id="lookup" class="row" action="/vote/lookup"><label for="addr">Home address</label><input id="addr" name="address" type="text" placeholder="Street, city, ZIP"><button type="submit" id="lookup-btn">Search</button></form>
<div class="card" id="polling-place"><h2>Your Election Day polling place</h2><p><strong>Lincoln Elementary School — Gym</strong><br>2200 Oak Ave, Springfield</p><p>Open 7:00 a.m. – 8:00 p.m.</p>
<a href="https://maps.example.com/?q=2200+Oak+Ave" id="directions">Get directions</a> · <a href="/vote/accessibility/lincoln" id="access-info">Accessibility details</a> · <button type="button" id="add-cal">Add to calendar</button></div>
<div class="card"><h2>Your ballot</h2><p>Precinct 14-B · Ward 3</p><a href="/vote/sample-ballot/14B" id="sample-ballot">View sample ballot</a></div>
<h2>Early voting locations</h2>
<table id="early-sites"><thead><tr><th>Location</th><th>Hours</th><th></th></tr></thead><tbody>
<tr><td>County Building, 100 Main St</td><td>Oct 21–Nov 2, 8–5</td><td><a href="https://maps.example.com/?q=100+Main+St" class="dir">Directions</a></td></tr>
<tr><td>Eastside Library, 415 Elm St</td><td>Oct 26–Nov 2, 10–6</td><td><a href="https://maps.example.com/?q=415+Elm+St" class="dir">Directions</a></td></tr>
<tr><td>Westfield Community Center, 9 Park Ln</td><td>Oct 28–Nov 2, 9–7</td><td><a href="https://maps.example.com/?q=9+Park+Ln" class="dir">Directions</a></td></tr></tbody></table>
<div class="row"><a href="/vote/mail/request" class="btn" id="mail-ballot">Request a mail ballot</a><a href="/vote/track" id="track">Track my ballot</a></div>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const pollingV2 = page(
  'Where do I vote? | Vote Springfield County',
  `<header class="top-bar"><a href="/" class="brand">Vote Springfield County</a><nav><a href="/vote">How to vote</a><a href="/candidates">On the ballot</a><a href="/results">Election results</a></nav><a href="/contact" class="top-bar__help">Get help</a></header>
<main class="finder">
<h1>Where do I vote?</h1>
<form class="finder__search" role="search" action="/vote/lookup"><label for="q">Enter your registered address</label><input id="q" name="q" type="search" autocomplete="street-address" placeholder="123 Main St, Springfield"><button type="submit" class="finder__go" aria-label="Find my polling place"><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5"></circle></svg></button></form>
<div class="grid">
<article class="place-card"><p class="eyebrow">Election Day · Tue Nov 5</p><h2>Lincoln Elementary School</h2><p>Gymnasium entrance, 2200 Oak Ave</p><p>7 a.m. to 8 p.m.</p><div class="place-card__actions"><a class="place-card__map" href="https://maps.example.com/?q=2200+Oak+Ave">Directions</a> <button type="button" class="place-card__share">Share</button></div></article>
<article class="ballot-card"><h2>What's on your ballot</h2><p>Precinct 14-B, Ward 3</p><a class="ballot-link" href="/vote/sample-ballot/14B">Preview your ballot</a><br><a class="cta-mail" href="/vote/mail/request">Vote by mail instead</a><br><a href="/vote/track" class="track">Where's my ballot?</a></article></div>
<h2>Vote early</h2>
<ul class="early">
<li class="early__site"><h3>County Building</h3><p>100 Main St · Oct 21 – Nov 2, 8 a.m.–5 p.m.</p><a href="https://maps.example.com/?q=100+Main+St">Map</a></li>
<li class="early__site"><h3>Eastside Library</h3><p>415 Elm St · Oct 26 – Nov 2, 10 a.m.–6 p.m.</p><a href="https://maps.example.com/?q=415+Elm+St">Map</a></li>
<li class="early__site"><h3>Westfield Community Center</h3><p>9 Park Ln · Oct 28 – Nov 2, 9 a.m.–7 p.m.</p><a href="https://maps.example.com/?q=9+Park+Ln">Map</a></li></ul>
</main>
<footer class="foot"><a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a> <a href="/es">Español</a></footer>`,
);

// ---------------------------------------------------------------------------
// 6. Library catalog search results (edit)
// ---------------------------------------------------------------------------
function catalogResult(id: string, title: string, meta: string, avail: string): string {
  return `<li class="result" data-id="${id}"><a href="/record/${id}" class="title">${title}</a><p class="muted">${meta}</p><span class="badge">${avail}</span> <button class="hold">Place hold</button> <button class="add-list">Add to list</button></li>`;
}

const catalogV1 = page(
  'Search results: climate — Riverside Public Library',
  `<header><a href="/" class="logo">Riverside Public Library</a><form id="quick-search" class="row" action="/catalog"><input id="q" name="q" value="climate" aria-label="Search the catalog"><select id="search-scope" name="scope"><option>Keyword</option><option>Title</option><option>Author</option><option>Subject</option></select><button type="submit" id="go">Search</button></form><a href="/account" id="my-account">My account</a></header>
<main>
<div class="sidebar" id="facets"><h2>Refine</h2>
<h3>Format</h3>
<label><input type="checkbox" id="fmt-book" name="format" value="book"> Book (212)</label><br>
<label><input type="checkbox" id="fmt-ebook" name="format" value="ebook"> eBook (64)</label><br>
<label><input type="checkbox" id="fmt-audio" name="format" value="audiobook"> Audiobook (31)</label><br>
<label><input type="checkbox" id="fmt-dvd" name="format" value="dvd"> DVD (12)</label>
<h3>Availability</h3><label><input type="checkbox" id="avail-now" name="available"> Available now</label>
</div>
<section id="results"><div class="row"><p>319 results for <strong>climate</strong></p><label for="sort">Sort by</label><select id="sort" name="sort"><option>Relevance</option><option>Newest</option><option>Title A–Z</option><option>Author</option></select><a href="/catalog/rss?q=climate" id="rss">RSS</a></div>
<ol class="result-list">
${catalogResult('100231', 'The Uninhabitable Earth', 'David Wallace-Wells · 2019 · Book', '3 of 5 available')}
${catalogResult('100877', 'Braiding Sweetgrass', 'Robin Wall Kimmerer · 2013 · Book', 'All copies in use')}
${catalogResult('100455', 'The Ministry for the Future', 'Kim Stanley Robinson · 2020 · eBook', 'Available')}
${catalogResult('101002', 'Under a White Sky', 'Elizabeth Kolbert · 2021 · Audiobook', '1 of 2 available')}
</ol>
<nav class="pager"><a href="?page=1" class="current">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2" id="next-page">Next ›</a></nav>
</section>
</main>`,
);

const catalogV2 = edit(catalogV1, [
  [
    '<button type="submit" id="go">Search</button>',
    '<button type="submit" class="search-submit" aria-label="Search"><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5"></circle></svg></button>',
  ],
  ['id="fmt-book"', 'id="format-book"'],
  ['id="fmt-ebook"', 'id="format-ebook"'],
  ['id="fmt-audio"', 'id="format-audiobook"'],
  [
    '<label><input type="checkbox" id="fmt-dvd" name="format" value="dvd"> DVD (12)</label>',
    '<label><input type="checkbox" id="format-large-print" name="format" value="largeprint"> Large print (9)</label>',
  ],
  [
    '<label for="sort">Sort by</label><select id="sort" name="sort">',
    '<label for="sort-order">Order results by</label><select id="sort-order" name="sort_by">',
  ],
  ['<a href="/catalog/rss?q=climate" id="rss">RSS</a>', ''],
  [
    '<a href="/record/100231" class="title">The Uninhabitable Earth</a>',
    '<h3 class="result-title"><a href="/record/100231">The Uninhabitable Earth</a></h3>',
  ],
  [
    '<a href="/record/100877" class="title">Braiding Sweetgrass</a>',
    '<h3 class="result-title"><a href="/record/100877">Braiding Sweetgrass</a></h3>',
  ],
  [
    '<a href="/record/100455" class="title">The Ministry for the Future</a>',
    '<h3 class="result-title"><a href="/record/100455">The Ministry for the Future</a></h3>',
  ],
  [
    '<a href="/record/101002" class="title">Under a White Sky</a>',
    '<h3 class="result-title"><a href="/record/101002">Under a White Sky</a></h3>',
  ],
  [
    '<button class="hold">Place hold</button>',
    '<button class="btn-hold" type="button">Place a hold</button>',
  ],
  [
    '<button class="hold">Place hold</button>',
    '<button class="btn-hold" type="button">Place a hold</button>',
  ],
  [
    '<button class="hold">Place hold</button>',
    '<button class="btn-hold" type="button">Place a hold</button>',
  ],
  [
    '<button class="hold">Place hold</button>',
    '<button class="btn-hold" type="button">Place a hold</button>',
  ],
  [
    '<a href="?page=2" id="next-page">Next ›</a>',
    '<a href="?page=2" rel="next" aria-label="Next page">›</a>',
  ],
]);

// ---------------------------------------------------------------------------
// 7. Library account — loans, holds, fines (full rewrite)
// ---------------------------------------------------------------------------
const loansV1 = page(
  'My account — Riverside Public Library',
  `<header><a href="/" class="logo">Riverside Public Library</a><nav><a href="/catalog">Catalog</a><a href="/events">Events</a><a href="/account" class="active">My account</a><a href="/logout" id="logout">Log out</a></nav></header>
<main>
<h1>My account</h1>
<ul class="tabs row"><li><a href="#loans" class="active">Checked out (3)</a></li><li><a href="#holds">Holds (2)</a></li><li><a href="#fines">Fines</a></li><li><a href="/account/history" id="history-tab">Reading history</a></li></ul>
<section id="loans"><div class="row"><h2>Checked out</h2><button id="renew-all">Renew all</button></div>
<table class="loans"><thead><tr><th><input type="checkbox" id="select-all-loans" aria-label="Select all"></th><th>Title</th><th>Due</th><th>Renewals</th><th></th></tr></thead><tbody>
<tr data-loan="L-7781"><td><input type="checkbox" name="loan" value="L-7781"></td><td>Piranesi</td><td>Jun 14</td><td>0 of 2</td><td><button class="renew">Renew</button></td></tr>
<tr data-loan="L-7782"><td><input type="checkbox" name="loan" value="L-7782"></td><td>Klara and the Sun</td><td>Jun 14</td><td>1 of 2</td><td><button class="renew">Renew</button></td></tr>
<tr data-loan="L-7790"><td><input type="checkbox" name="loan" value="L-7790"></td><td>The Overstory</td><td>Jun 21</td><td>2 of 2</td><td><button class="renew" disabled>Renew</button></td></tr>
</tbody></table></section>
<section id="holds"><h2>Holds</h2>
<div class="card hold" data-hold="H-301"><strong>Tomorrow, and Tomorrow, and Tomorrow</strong><p>#4 in line · Pickup at Main Library</p><select class="pickup" name="pickup-H-301" aria-label="Pickup location"><option>Main Library</option><option>Eastside Branch</option><option>Northgate Branch</option></select> <button class="suspend">Suspend</button> <button class="cancel-hold">Cancel hold</button></div>
<div class="card hold" data-hold="H-318"><strong>Lessons in Chemistry</strong><p>Ready for pickup until Jun 10</p><button class="cancel-hold">Cancel hold</button></div></section>
<section id="fines"><h2>Fines and fees</h2><p>Balance: <span id="balance">$3.40</span></p><button id="pay-fines">Pay online</button></section>
<p><a href="/account/settings" id="notify-settings">Notification preferences</a> · <a href="/account/card" id="digital-card">Show my digital card</a></p>
</main>
<footer><a href="/about">About the library</a> · <a href="/privacy">Privacy</a></footer>`,
);

function checkoutCard(id: string, title: string, due: string, renewLabel: string, disabled = false): string {
  return `<article class="checkout" data-checkout="${id}"><img src="/covers/${id}.jpg" alt="" width="40" height="60"><div><h3>${title}</h3><p>${due}</p></div><button type="button" aria-label="Renew ${title}"${disabled ? ' disabled' : ''}>${renewLabel}</button></article>`;
}

const loansV2 = page(
  'Your items | Riverside Library',
  `<header class="lib-header"><a href="/" class="lib-header__logo">Riverside Library</a><nav class="lib-nav"><a href="/catalog">Search</a> <a href="/events">What's on</a> <a href="/account" aria-current="page">Account</a></nav><details class="account-menu"><summary>Hi, Sam</summary><a href="/account/settings">Settings</a> <a href="/logout">Sign out</a></details></header>
<main class="account">
<aside class="account__side"><div class="fines-summary"><h2>Fees owed</h2><p class="fines-summary__amount">$3.40</p><a href="/account/fines/pay" class="fines-summary__pay">Pay fees</a></div><ul class="quick-links"><li><a href="/account/settings#notifications">Email and text alerts</a></li><li><a href="/account/contact">Update contact details</a></li></ul></aside>
<section class="account__main">
<h1>Your items</h1>
<div class="toolbar row"><h2>Borrowed (3)</h2><button type="button" class="bulk-renew">Renew everything eligible</button></div>
${checkoutCard('7781', 'Piranesi', 'Due June 14 · 0 of 2 renewals used', 'Renew')}
${checkoutCard('7782', 'Klara and the Sun', 'Due June 14 · 1 of 2 renewals used', 'Renew')}
${checkoutCard('7790', 'The Overstory', 'Due June 21 · no renewals left', 'Renew', true)}
<h2>Holds (2)</h2>
<article class="hold" data-hold-id="301"><h3>Tomorrow, and Tomorrow, and Tomorrow</h3><p>4th in line</p><label for="pickup-301">Pick up at</label> <select id="pickup-301" name="pickup"><option>Main Library</option><option>Eastside Branch</option><option>Northgate Branch</option></select><div class="hold__actions"><button type="button" class="hold__pause">Pause hold</button> <button type="button" class="hold__cancel">Cancel</button></div></article>
<article class="hold" data-hold-id="318"><h3>Lessons in Chemistry</h3><p>Ready — pick up by June 10 at Main Library</p><div class="hold__actions"><button type="button" class="hold__cancel">Cancel</button></div></article>
</section>
</main>
<footer class="lib-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------------------
// 8. Waste collection schedule (edit)
// ---------------------------------------------------------------------------
const binsV1 = page(
  'Bin collection days — Greenvale Borough Council',
  `<header><a href="/" class="logo">Greenvale Borough Council</a><nav><a href="/bins">Bins and recycling</a><a href="/council-tax">Council Tax</a><a href="/parking">Parking</a><a href="/planning">Planning</a></nav></header>
<main>
<h1>Bin collection days</h1>
<form id="address-form" class="row" action="/bins/lookup"><label for="postcode">Postcode</label><input id="postcode" name="postcode" value="GV3 8PL"><button type="submit" id="find-address">Find address</button></form>
<label for="uprn">Select your address</label> <select id="uprn" name="uprn"><option>12 Orchard Close</option><option selected>14 Orchard Close</option><option>16 Orchard Close</option></select>
<h2>Next collections for 14 Orchard Close</h2>
<div class="grid3" id="collections">
<div class="card bin-general"><h3>General waste (black bin)</h3><p class="next-date">Tuesday 11 June</p><p class="muted">Every 2 weeks</p></div>
<div class="card bin-recycling"><h3>Recycling (blue bin)</h3><p class="next-date">Tuesday 18 June</p><p class="muted">Every 2 weeks</p></div>
<div class="card bin-garden"><h3>Garden waste (green bin)</h3><p class="next-date">Friday 14 June</p><p class="muted">Subscription — expires 31 March</p><a href="/bins/garden/renew" id="renew-garden">Renew subscription</a></div></div>
<div class="row"><a href="/bins/calendar.ics?uprn=100012" id="ics">Add to calendar</a><a href="/bins/calendar.pdf?uprn=100012" id="pdf-cal">Download printable calendar</a><a href="/bins/holidays" id="holiday-changes">Bank holiday changes</a></div>
<h2>Get reminders</h2>
<form id="reminders"><label for="rem-email">Email</label><input id="rem-email" type="email" name="email"><label><input type="checkbox" name="sms" id="rem-sms"> Also text me the night before</label><button type="submit" id="subscribe">Subscribe</button></form>
<h2>Something wrong?</h2>
<div class="row"><button type="button" id="report-missed">Report a missed collection</button><a href="/bins/bulky" id="bulky">Book a bulky waste collection</a><a href="/bins/new-bin" id="new-bin">Order a new or replacement bin</a></div>
</main>
<footer><a href="/contact">Contact us</a> · <a href="/accessibility">Accessibility statement</a></footer>`,
);

const binsV2 = edit(binsV1, [
  [
    '<button type="submit" id="find-address">Find address</button>',
    '<button type="submit" class="btn-search">Look up</button>',
  ],
  [
    '<label for="uprn">Select your address</label> <select id="uprn" name="uprn"><option>12 Orchard Close</option><option selected>14 Orchard Close</option><option>16 Orchard Close</option></select>',
    '<fieldset id="address-pick"><legend>Choose your address</legend><label><input type="radio" name="uprn" value="100011"> 12 Orchard Close</label><label><input type="radio" name="uprn" value="100012" checked> 14 Orchard Close</label><label><input type="radio" name="uprn" value="100013"> 16 Orchard Close</label></fieldset>',
  ],
  [
    '<h2>Next collections for 14 Orchard Close</h2>',
    '<div class="row"><h2>Next collections for 14 Orchard Close</h2><a href="/bins/missed" class="missed-link">Bin not collected?</a></div>',
  ],
  [
    '<a href="/bins/garden/renew" id="renew-garden">Renew subscription</a>',
    '<a href="/bins/garden/renew" class="btn">Renew for 2025/26</a>',
  ],
  [
    '<a href="/bins/calendar.ics?uprn=100012" id="ics">Add to calendar</a>',
    '<a href="/bins/calendar.ics?uprn=100012" class="cal-link">Add to my calendar (iCal)</a>',
  ],
  ['<a href="/bins/calendar.pdf?uprn=100012" id="pdf-cal">Download printable calendar</a>', ''],
  [
    '<a href="/bins/holidays" id="holiday-changes">Bank holiday changes</a>',
    '<a href="/bins/compost" id="compost-offer">Discounted compost bins</a>',
  ],
  ['id="rem-sms"', 'id="sms-optin"'],
  [
    '<button type="submit" id="subscribe">Subscribe</button>',
    '<button type="submit" class="primary">Send me reminders</button>',
  ],
  ['<button type="button" id="report-missed">Report a missed collection</button>', ''],
]);

// ---------------------------------------------------------------------------
// 9. Court case docket (full rewrite)
// ---------------------------------------------------------------------------
const docketV1 = page(
  'Case 24-CV-01187 — Superior Court of Alder County',
  `<header><a href="/" class="logo">Superior Court of Alder County</a><nav><a href="/efile">eFiling</a><a href="/cases/search">Case search</a><a href="/calendar">Court calendar</a><a href="/selfhelp">Self-help</a></nav></header>
<main>
<p><a href="/cases/search?q=Nguyen" id="back-results">« Back to results</a></p>
<h1>Case 24-CV-01187: Nguyen v. Lakeshore Property Mgmt LLC</h1>
<table id="case-info"><tr><th>Case type</th><td>Civil — Unlimited</td></tr><tr><th>Filed</th><td>02/14/2024</td></tr><tr><th>Judicial officer</th><td>Hon. R. Castellanos, Dept. 12</td></tr><tr><th>Status</th><td id="case-status">Active</td></tr></table>
<div class="row"><a href="/efile/new?case=24-CV-01187" class="btn" id="file-doc">File a document</a><button id="subscribe-case" type="button">Email me updates</button><a href="/cases/24-CV-01187/docket.csv" id="export-docket">Export docket</a></div>
<h2>Parties</h2><ul id="parties"><li>Plaintiff: Thanh Nguyen — <a href="/attorneys/44120">Counsel: M. Ortiz</a></li><li>Defendant: Lakeshore Property Mgmt LLC — <a href="/attorneys/51877">Counsel: D. Feldman</a></li></ul>
<h2>Register of actions</h2>
<table id="docket"><thead><tr><th>#</th><th>Date</th><th>Entry</th><th>Document</th></tr></thead><tbody>
<tr><td>1</td><td>02/14/2024</td><td>Complaint filed</td><td><a href="/docs/1187-1.pdf" class="doc">PDF</a></td></tr>
<tr><td>2</td><td>02/14/2024</td><td>Summons issued</td><td><a href="/docs/1187-2.pdf" class="doc">PDF</a></td></tr>
<tr><td>3</td><td>03/20/2024</td><td>Answer filed by defendant</td><td><a href="/docs/1187-3.pdf" class="doc">PDF</a></td></tr>
<tr><td>4</td><td>04/02/2024</td><td>Case management conference set for 06/18/2024</td><td></td></tr>
<tr><td>5</td><td>05/29/2024</td><td>Motion to compel discovery</td><td><a href="/docs/1187-5.pdf" class="doc">PDF</a></td></tr></tbody></table>
<h2>Upcoming hearings</h2><ul><li>06/18/2024 9:00 AM — Case management conference, Dept. 12 <a href="/remote/dept12" id="remote-link">Join remotely</a></li></ul>
</main>
<footer>Superior Court of Alder County · <a href="/privacy">Privacy</a></footer>`,
);

function docketEntry(n: string, date: string, text: string, doc: boolean): string {
  return `<li class="entry"><time>${date}</time> <span>${text}</span>${doc ? ` <a href="/docs/1187-${n}.pdf" aria-label="Open document ${n}">View</a>` : ''}</li>`;
}

const docketV2 = page(
  'Nguyen v. Lakeshore Property Mgmt LLC (24-CV-01187) · Alder County Superior Court',
  `<header class="court-header"><a href="/" class="court-header__seal">Alder County Superior Court</a><nav><a href="/efile">File online</a> <a href="/cases/search">Find a case</a> <a href="/calendar">Calendars</a> <a href="/selfhelp">Help center</a></nav></header>
<main class="case">
<div class="case__top"><div><p class="case__number">24-CV-01187</p><h1>Nguyen v. Lakeshore Property Mgmt LLC</h1><span class="status-pill">Active</span></div>
<div class="case__actions"><a href="/efile/new?case=24-CV-01187" class="action action--primary">Start a new filing</a> <button type="button" class="action follow">Follow this case</button> <a href="/copies/request?case=24-CV-01187" class="action">Request certified copies</a></div></div>
<dl class="case__meta"><dt>Type</dt><dd>Civil unlimited</dd><dt>Filed on</dt><dd>Feb 14, 2024</dd><dt>Judge</dt><dd>Hon. R. Castellanos (Dept. 12)</dd></dl>
<div class="grid"><section><h2>Parties and attorneys</h2>
<div class="party"><h3>Thanh Nguyen</h3><p>Plaintiff</p><a href="/attorneys/44120">Mariana Ortiz</a></div>
<div class="party"><h3>Lakeshore Property Mgmt LLC</h3><p>Defendant</p><a href="/attorneys/51877">David Feldman</a></div></section>
<section class="hearing"><h2>Next hearing</h2><p>Tue Jun 18, 2024 · 9:00 AM</p><p>Case management conference, Department 12</p><a href="/remote/dept12" class="hearing__remote">Appear remotely</a></section></div>
<h2>Docket</h2>
<ol class="docket" reversed>
${docketEntry('5', 'May 29, 2024', 'Motion to compel discovery', true)}
${docketEntry('4', 'Apr 2, 2024', 'Case management conference set for Jun 18, 2024', false)}
${docketEntry('3', 'Mar 20, 2024', 'Answer filed by defendant', true)}
${docketEntry('2', 'Feb 14, 2024', 'Summons issued', true)}
${docketEntry('1', 'Feb 14, 2024', 'Complaint filed', true)}
</ol>
</main>
<footer class="court-footer"><a href="/privacy">Privacy</a> <a href="/ada">ADA accommodations</a></footer>`,
);

// ---------------------------------------------------------------------------
// 10. Court e-filing submission (edit)
// ---------------------------------------------------------------------------
const efileV1 = page(
  'New filing — Alder County eFiling',
  `<header><a href="/" class="logo">Alder County eFiling</a><nav><a href="/efile/drafts">Drafts</a><a href="/efile/submitted">Submitted</a><a href="/efile/service">Service contacts</a><a href="/efile/payment">Payment accounts</a><a href="/logout">Sign out</a></nav></header>
<main>
<h1>New filing into existing case</h1>
<form id="filing" action="/efile/submit" method="post">
<label for="case-no">Case number</label><div class="row"><input id="case-no" name="case_number" value="24-CV-01187"><button type="button" id="verify-case">Verify</button></div>
<label for="filing-code">Filing type</label><select id="filing-code" name="filing_code"><option>Motion</option><option>Opposition</option><option>Reply</option><option>Declaration</option><option>Proof of service</option><option>Notice</option></select>
<label for="doc-title">Document title</label><input id="doc-title" name="doc_title">
<label for="lead-doc">Lead document</label><input id="lead-doc" type="file" name="lead_doc" accept=".pdf">
<label for="attachments">Attachments (optional)</label><input id="attachments" type="file" name="attachments" multiple>
<label for="filing-party">Filed on behalf of</label><select id="filing-party" name="party"><option>Thanh Nguyen (Plaintiff)</option><option>Lakeshore Property Mgmt LLC (Defendant)</option></select>
<fieldset><legend>Electronic service</legend>
<label><input type="checkbox" name="serve" value="44120" checked> M. Ortiz — mortiz@ortizlaw.example</label>
<label><input type="checkbox" name="serve" value="51877" checked> D. Feldman — dfeldman@feldmanllp.example</label></fieldset>
<label><input type="checkbox" id="fee-waiver" name="fee_waiver"> I have a fee waiver on file</label>
<label for="pay-account">Payment account</label><select id="pay-account" name="payment_account"><option>Firm Visa ••4421</option><option>Client trust ACH ••0098</option></select>
<label for="client-ref">Client matter number</label><input id="client-ref" name="client_ref">
<div class="row"><button type="button" id="save-filing">Save as draft</button><button type="submit" id="submit-filing" class="btn-primary">Submit filing</button></div>
</form>
</main>
<footer><a href="/efile/rules">eFiling rules</a> · <a href="/efile/fees">Fee schedule</a> · <a href="/support">Support</a></footer>`,
);

const efileV2 = edit(efileV1, [
  [
    '<h1>New filing into existing case</h1>',
    '<div class="row"><h1>New filing into existing case</h1><button type="button" class="ghost" form="filing">Save draft</button></div>',
  ],
  [
    '<button type="button" id="verify-case">Verify</button>',
    '<button type="button" class="icon-btn" aria-label="Look up case"><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5"></circle></svg></button>',
  ],
  [
    '<label for="filing-code">Filing type</label><select id="filing-code" name="filing_code">',
    '<label for="document-type">Document type</label><select id="document-type" name="document_type">',
  ],
  [
    '<label for="doc-title">Document title</label><input id="doc-title" name="doc_title">',
    '<label for="title">Title as it will appear on the docket</label><input id="title" name="title" maxlength="200">',
  ],
  ['value="44120" checked> M. Ortiz', 'value="svc-44120" checked> M. Ortiz'],
  ['value="51877" checked> D. Feldman', 'value="svc-51877" checked> D. Feldman'],
  [
    '<label><input type="checkbox" id="fee-waiver" name="fee_waiver"> I have a fee waiver on file</label>',
    '<label><input type="checkbox" id="courtesy-copy" name="courtesy_copy"> Send a courtesy copy to the department</label>',
  ],
  ['<label for="client-ref">Client matter number</label><input id="client-ref" name="client_ref">\n', ''],
  ['<button type="button" id="save-filing">Save as draft</button>', ''],
  [
    'id="submit-filing" class="btn-primary">Submit filing</button>',
    'id="review-filing" class="btn-primary">Review and submit</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 11. SNAP application — household step (full rewrite)
// ---------------------------------------------------------------------------
const snapV1 = page(
  'Household — SNAP application — MyBenefits',
  `<header><a href="/" class="logo">MyBenefits</a><nav><a href="/apply">Apply</a><a href="/status">Check status</a><a href="/documents">Documents</a><a href="/messages" id="messages">Messages (2)</a></nav><button id="lang" type="button">Español</button></header>
<main>
<aside><h2>Questions?</h2><p>Call 1-800-555-0199, Monday to Friday.</p><a href="/help/household" id="who-to-include">Who should I include?</a></aside>
<ol class="steps"><li class="done">About you</li><li class="current">Household</li><li>Income</li><li>Expenses</li><li>Review</li></ol>
<h1>Who lives with you?</h1>
<p class="muted">Include everyone who buys and prepares food with you.</p>
<table id="members"><thead><tr><th>Name</th><th>Relationship</th><th>Date of birth</th><th>Applying?</th><th></th></tr></thead><tbody>
<tr id="m-1"><td>Dana Whitfield</td><td>Self</td><td>04/12/1988</td><td>Yes</td><td><a href="/apply/household/1/edit" class="edit">Edit</a></td></tr>
<tr id="m-2"><td>Jordan Whitfield</td><td>Child</td><td>09/03/2014</td><td>Yes</td><td><a href="/apply/household/2/edit" class="edit">Edit</a> <button class="remove" type="button">Remove</button></td></tr>
<tr id="m-3"><td>Avery Whitfield</td><td>Child</td><td>01/22/2019</td><td>Yes</td><td><a href="/apply/household/3/edit" class="edit">Edit</a> <button class="remove" type="button">Remove</button></td></tr></tbody></table>
<button type="button" id="add-member">+ Add a person</button>
<form id="household-q">
<fieldset><legend>Does anyone in your household buy and cook food separately?</legend><label><input type="radio" name="separate" value="yes"> Yes</label><label><input type="radio" name="separate" value="no" id="separate-no"> No</label></fieldset>
<fieldset><legend>Is anyone pregnant?</legend><label><input type="radio" name="pregnant" value="yes"> Yes</label><label><input type="radio" name="pregnant" value="no"> No</label></fieldset>
<label for="students">Is anyone a college student?</label><select id="students" name="students"><option>No</option><option>Yes, one person</option><option>Yes, more than one</option></select>
<div class="row"><a href="/apply/about-you" id="back">Back</a><button type="button" id="save-exit">Save and exit</button><button type="submit" id="continue" class="btn-primary">Continue</button></div>
</form>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/nondiscrimination">Nondiscrimination statement</a></footer>`,
);

function personRow(n: string, name: string, detail: string, removable: boolean): string {
  return `<li class="person"><div><strong>${name}</strong><br><span class="hint">${detail}</span></div><a href="/apply/household/${n}/edit" aria-label="Change ${name}">Change</a>${removable ? ` <button type="button" aria-label="Remove ${name}" class="person__remove">Remove</button>` : ''}</li>`;
}

const snapV2 = page(
  'Tell us about your household · MyBenefits',
  `<header class="mb-header"><a href="/" class="mb-header__logo">MyBenefits</a><nav class="mb-nav"><a href="/apply">Applications</a> <a href="/status">Status</a> <a href="/documents">Upload documents</a> <a href="/messages">Inbox <span class="count">2</span></a></nav></header>
<main class="form-page">
<nav aria-label="Progress" class="progress"><a href="/apply/about-you" class="progress__done">1. You</a> <span aria-current="step">2. Household</span> <span>3. Income</span> <span>4. Expenses</span> <span>5. Submit</span></nav>
<h1>Tell us about your household</h1>
<p class="hint">List everyone you buy and make food with, including children.</p>
<ul class="people">
${personRow('1', 'Dana Whitfield', 'You · born April 12, 1988', false)}
${personRow('2', 'Jordan Whitfield', 'Child · born September 3, 2014', true)}
${personRow('3', 'Avery Whitfield', 'Child · born January 22, 2019', true)}
</ul>
<button type="button" class="add-person">Add another household member</button>
<form class="questions" method="post">
<fieldset><legend>Does anyone listed buy and cook their food separately from you?</legend><label><input type="radio" name="buys_separately" value="true"> Yes</label><label><input type="radio" name="buys_separately" value="false"> No</label></fieldset>
<fieldset><legend>Is anyone in your household pregnant?</legend><label><input type="radio" name="is_pregnant" value="true"> Yes</label><label><input type="radio" name="is_pregnant" value="false"> No</label></fieldset>
<fieldset><legend>Is anyone going to college or university?</legend><label><input type="radio" name="student" value="none"> No one</label><label><input type="radio" name="student" value="one"> One person</label><label><input type="radio" name="student" value="many"> More than one</label></fieldset>
<div class="actions"><button type="submit" class="btn-next">Save and continue</button> <button type="button" class="btn-link">Save and come back later</button></div></form>
<aside class="help-panel"><h2>Need help?</h2><p>Call 1-800-555-0199, Mon–Fri 8–6.</p><a href="/forms/paper-application.pdf">Download a paper application</a></aside>
</main>
<footer class="mb-footer"><a href="/privacy">Privacy</a> <a href="/nondiscrimination">Nondiscrimination</a></footer>`,
);

// ---------------------------------------------------------------------------
// 12. Unemployment weekly certification (edit)
// ---------------------------------------------------------------------------
const weeklyCertV1 = page(
  'Weekly certification — UI Online',
  `<header><a href="/" class="logo">Department of Labor — UI Online</a><nav><a href="/ui/home">Home</a><a href="/ui/payments">Payment history</a><a href="/ui/claim">My claim</a><a href="/ui/inbox" id="inbox">Inbox</a><a href="/logout">Log off</a></nav></header>
<main>
<h1>Weekly certification</h1>
<p>Week ending <strong>Saturday, June 8, 2024</strong> · Claim ID <span id="claim-id">UI-2024-558201</span></p>
<form id="weekly-cert" method="post" action="/ui/certify">
<fieldset id="q-able"><legend>1. Were you physically able to work each day?</legend><label><input type="radio" name="able" value="y" id="able-yes"> Yes</label><label><input type="radio" name="able" value="n" id="able-no"> No</label></fieldset>
<fieldset id="q-refused"><legend>2. Did you refuse any offer of work?</legend><label><input type="radio" name="refused" value="y" id="refused-yes"> Yes</label><label><input type="radio" name="refused" value="n" id="refused-no"> No</label></fieldset>
<fieldset id="q-worked"><legend>3. Did you work or earn any money?</legend><label><input type="radio" name="worked" value="y" id="worked-yes"> Yes</label><label><input type="radio" name="worked" value="n" id="worked-no"> No</label></fieldset>
<label for="gross">Gross earnings this week ($)</label><input id="gross" name="gross_earnings" type="number" step="0.01">
<h2>Work search activities</h2>
<table id="contacts"><thead><tr><th>Date</th><th>Employer</th><th>Method</th><th>Result</th><th></th></tr></thead><tbody>
<tr><td>06/03</td><td>Northwind Logistics</td><td>Online</td><td>Applied</td><td><button type="button" class="del-contact">Delete</button></td></tr>
<tr><td>06/05</td><td>Contoso Health</td><td>In person</td><td>Interviewed</td><td><button type="button" class="del-contact">Delete</button></td></tr>
<tr><td>06/06</td><td>Fabrikam Inc.</td><td>Job fair</td><td>Pending</td><td><button type="button" class="del-contact">Delete</button></td></tr></tbody></table>
<button type="button" id="add-contact">Add activity</button>
<label><input type="checkbox" id="attest" name="attest"> I certify that my answers are true and correct.</label>
<div class="row"><button type="button" id="cancel-cert">Cancel</button><button type="submit" id="submit-cert" class="btn-primary">Submit certification</button></div>
</form>
<p class="muted">Need to report a job offer? <a href="/ui/report-offer" id="report-offer">Report it here</a>.</p>
</main>
<footer><a href="/ui/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const weeklyCertV2 = edit(weeklyCertV1, [
  ['id="able-yes"', 'id="q1-yes"'],
  ['id="able-no"', 'id="q1-no"'],
  ['id="refused-yes"', 'id="q2-yes"'],
  ['id="refused-no"', 'id="q2-no"'],
  ['id="worked-yes"', 'id="q3-yes"'],
  ['id="worked-no"', 'id="q3-no"'],
  [
    '<label for="gross">Gross earnings this week ($)</label><input id="gross" name="gross_earnings" type="number" step="0.01">',
    '<label for="earnings">How much did you earn before taxes?</label><input id="earnings" name="earnings" type="text" inputmode="decimal">',
  ],
  [
    '<button type="button" class="del-contact">Delete</button>',
    '<button type="button" class="icon-btn" aria-label="Remove Northwind Logistics">✕</button>',
  ],
  [
    '<button type="button" class="del-contact">Delete</button>',
    '<button type="button" class="icon-btn" aria-label="Remove Contoso Health">✕</button>',
  ],
  [
    '<button type="button" class="del-contact">Delete</button>',
    '<button type="button" class="icon-btn" aria-label="Remove Fabrikam Inc.">✕</button>',
  ],
  [
    '<button type="button" id="add-contact">Add activity</button>',
    '<button type="button" class="add-row">+ Add another work search contact</button>',
  ],
  [
    '<button type="button" id="cancel-cert">Cancel</button>',
    '<button type="button" id="save-later">Save for later</button>',
  ],
  [
    '<button type="submit" id="submit-cert" class="btn-primary">Submit certification</button>',
    '<button type="submit" class="btn-primary" name="action" value="certify">Certify week</button>',
  ],
  [
    '<p class="muted">Need to report a job offer? <a href="/ui/report-offer" id="report-offer">Report it here</a>.</p>\n',
    '',
  ],
]);

// ---------------------------------------------------------------------------
// 13. Business licence dashboard (full rewrite)
// ---------------------------------------------------------------------------
function licenceCard(id: string, name: string, status: string, expiry: string): string {
  return `<div class="card licence" id="lic-${id}"><h2>${name}</h2><p>${id} · 310 Pine St</p><p>Status: <span class="badge status">${status}</span> · Expires ${expiry}</p><div class="row"><a href="/bl/${id}/renew" class="btn renew">Renew</a><a href="/bl/${id}/certificate" class="print-cert">Print certificate</a><a href="/bl/${id}/amend" class="amend">Change details</a></div></div>`;
}

const bizLicV1 = page(
  'Your licences — City Business Licensing',
  `<header><a href="/" class="logo">City Business Licensing</a><nav><a href="/bl/dashboard" class="active">Dashboard</a><a href="/bl/apply">New licence</a><a href="/bl/payments">Payments</a><a href="/bl/profile" id="profile">Business profile</a></nav></header>
<main>
<h1>Your licences</h1>
<p>Account: <strong>Blue Door Bakery LLC</strong> · UBI 604-221-987</p>
${licenceCard('BL-20931', 'General business licence', 'Active', '06/30/2024')}
${licenceCard('FE-5512', 'Food establishment permit', 'Renewal due', '05/31/2024')}
<div class="card licence" id="lic-SG-118"><h2>Sidewalk café permit</h2><p>SG-118 · 310 Pine St</p><p>Status: <span class="badge status">Pending inspection</span></p><div class="row"><a href="/bl/SG-118/inspection" class="schedule">Schedule inspection</a><a href="/bl/SG-118/withdraw" class="withdraw">Withdraw application</a></div></div>
<div class="row"><a href="/bl/apply" id="add-licence" class="btn">Apply for another licence</a><a href="/bl/locations/new" id="add-location">Add a business location</a><button type="button" id="close-business">Close my business</button></div>
</main>
<footer><a href="/bl/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

function licenceRow(id: string, name: string, pill: string, expiry: string, renew: string): string {
  return `<tr><td>${name}</td><td>${id}</td><td>310 Pine St</td><td><span class="pill">${pill}</span></td><td>${expiry}</td><td><a href="/bl/${id}/renew">${renew}</a> <button type="button" class="download-cert" data-licence="${id}">Certificate</button> <a href="/bl/${id}/amend">Edit</a></td></tr>`;
}

const bizLicV2 = page(
  'Overview · Business Licensing Portal',
  `<header class="portal-head"><a href="/" class="portal-head__name">Business Licensing Portal</a><nav><a href="/bl/dashboard" aria-current="page">Overview</a> <a href="/bl/payments">Invoices</a> <a href="/bl/profile">Business details</a></nav></header>
<main class="overview">
<aside class="side-actions"><h2>Manage your business</h2><a href="/bl/locations/new">Add another location</a><br><button type="button" class="side-actions__transfer">Transfer ownership</button></aside>
<div class="overview__head"><h1>Blue Door Bakery LLC</h1><p>UBI 604-221-987</p><a href="/bl/apply" class="new-licence">Start a new application</a></div>
<div class="alert">Your food establishment permit expires on May 31. Renew to avoid late fees.</div>
<table class="licences"><thead><tr><th>Licence</th><th>Number</th><th>Location</th><th>Status</th><th>Expires</th><th>Actions</th></tr></thead><tbody>
${licenceRow('BL-20931', 'General business', 'Active', 'Jun 30, 2024', 'Renew')}
${licenceRow('FE-5512', 'Food establishment', 'Renewal due', 'May 31, 2024', 'Renew now')}
<tr><td>Sidewalk café</td><td>SG-118</td><td>310 Pine St</td><td><span class="pill">Awaiting inspection</span></td><td>—</td><td><a href="/bl/SG-118/inspections/new">Book inspection</a></td></tr></tbody></table>
</main>
<footer class="portal-foot"><a href="/bl/help">Help</a> <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------------------
// 14. Residential parking permit (edit)
// ---------------------------------------------------------------------------
const parkingV1 = page(
  'Residential parking permit — City of Harborview',
  `<header><a href="/" class="logo">City of Harborview</a><nav><a href="/parking">Parking</a><a href="/parking/permits" class="active">Permits</a><a href="/parking/tickets">Pay a ticket</a><a href="/account">Account</a></nav></header>
<main>
<h1>Residential parking permit</h1>
<div class="card" id="zone-info"><p>Your address is in <strong>Zone 7 — Beacon Hill</strong>.</p><a href="/parking/zones/7" id="zone-map">View zone map</a></div>
<form id="rpp" action="/parking/permits/rpp" method="post">
<h2>Vehicle</h2>
<label for="plate">Plate</label><input id="plate" name="plate">
<label for="plate-state">State</label><select id="plate-state" name="plate_state"><option>WA</option><option>OR</option><option>CA</option><option>ID</option></select>
<label for="make">Make</label><input id="make" name="make">
<label for="model">Model</label><input id="model" name="model">
<h2>Proof of residency</h2>
<label for="proof-type">Document type</label><select id="proof-type" name="proof_type"><option>Lease</option><option>Utility bill</option><option>Vehicle registration</option></select>
<label for="proof-file">Upload document</label><input id="proof-file" type="file" name="proof">
<h2>Permit type</h2>
<label><input type="radio" name="permit" value="annual" id="annual" checked> Annual — $65</label>
<label><input type="radio" name="permit" value="visitor" id="visitor"> Visitor day passes (book of 10) — $20</label>
<label><input type="checkbox" id="low-income" name="low_income"> I qualify for the low-income discount</label>
<div class="row"><button type="submit" id="buy-permit" class="btn-primary">Purchase permit</button><button type="reset" id="clear">Clear form</button></div>
</form>
<p><a href="/parking/permits/rules" id="rules">Permit rules</a> · <a href="/parking/permits/mine" id="my-permits">My existing permits</a></p>
</main>
<footer><a href="/contact">Contact Parking Services</a></footer>`,
);

const parkingV2 = edit(parkingV1, [
  [
    '<a href="/parking/zones/7" id="zone-map">View zone map</a>',
    '<button type="button" class="map-toggle" aria-expanded="false">Show Zone 7 on a map</button>',
  ],
  [
    '<label for="plate">Plate</label><input id="plate" name="plate">',
    '<label for="lp">Licence plate</label><input id="lp" name="licence_plate" autocapitalize="characters">',
  ],
  [
    '<label for="make">Make</label><input id="make" name="make">',
    '<label for="vehicle-make">Vehicle make</label><input id="vehicle-make" name="vehicle_make" list="makes">',
  ],
  [
    '<label for="proof-type">Document type</label><select id="proof-type" name="proof_type"><option>Lease</option><option>Utility bill</option><option>Vehicle registration</option></select>',
    '<fieldset class="proof-kind"><legend>What are you uploading?</legend><label><input type="radio" name="proof_type" value="lease"> Lease</label><label><input type="radio" name="proof_type" value="utility"> Utility bill</label><label><input type="radio" name="proof_type" value="registration"> Vehicle registration</label></fieldset>',
  ],
  [
    '<label for="proof-file">Upload document</label><input id="proof-file" type="file" name="proof">',
    '<label for="residency-doc">Upload a photo or PDF</label><input id="residency-doc" type="file" name="proof" accept="image/*,.pdf">',
  ],
  ['id="annual" checked> Annual — $65', 'id="permit-annual" checked> 12-month — $65'],
  [
    '<label><input type="radio" name="permit" value="visitor" id="visitor"> Visitor day passes (book of 10) — $20</label>',
    '<label><input type="radio" name="permit" value="semiannual" id="semiannual"> 6-month — $35</label>',
  ],
  [
    '<button type="submit" id="buy-permit" class="btn-primary">Purchase permit</button>',
    '<button type="submit" class="btn-primary">Continue to checkout</button>',
  ],
  ['<button type="reset" id="clear">Clear form</button>', ''],
]);

// ---------------------------------------------------------------------------
// 15. DMV appointment booking (full rewrite)
// ---------------------------------------------------------------------------
function calDay(d: number, disabled: boolean): string {
  return `<td><button type="button" class="day"${disabled ? ' disabled' : ''}>${d}</button></td>`;
}

const apptV1 = page(
  'Make an appointment — DMV',
  `<header><a href="/" class="logo">DMV</a><nav><a href="/dmv/online">Online services</a><a href="/dmv/appointments" class="active">Appointments</a><a href="/dmv/offices">Office locations</a></nav></header>
<main>
<h1>Make an appointment</h1>
<form id="appt" action="/dmv/appointments" method="post">
<label for="service">Service</label><select id="service" name="service"><option>Driver licence — first time</option><option>Driver licence — renewal</option><option>REAL ID</option><option>Vehicle title transfer</option><option>Behind-the-wheel test</option></select>
<label for="office">Office</label><select id="office" name="office"><option>Downtown (1.2 mi)</option><option>Eastgate (4.8 mi)</option><option>Riverside (7.1 mi)</option></select>
<h2>June 2024</h2>
<div class="row" id="calendar-nav"><button type="button" id="prev-month">‹ May</button><button type="button" id="next-month">July ›</button></div>
<table id="cal"><thead><tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr></thead><tbody>
<tr>${calDay(10, true)}${calDay(11, false)}${calDay(12, false)}${calDay(13, true)}${calDay(14, false)}</tr>
<tr>${calDay(17, false)}${calDay(18, false)}${calDay(19, true)}${calDay(20, false)}${calDay(21, false)}</tr></tbody></table>
<h2>Available times on June 12</h2>
<div class="row" id="slots"><button type="button" class="slot">8:30 AM</button><button type="button" class="slot">9:15 AM</button><button type="button" class="slot">10:45 AM</button><button type="button" class="slot">1:30 PM</button></div>
<label for="appt-phone">Mobile number for reminders</label><input id="appt-phone" name="phone" type="tel">
<label><input type="checkbox" id="need-interpreter" name="interpreter"> I need an interpreter</label>
<button type="submit" id="book" class="btn-primary">Book appointment</button>
</form>
<p><a href="/dmv/appointments/manage" id="manage">Change or cancel an existing appointment</a></p>
</main>`,
);

function dayButton(d: number, wd: string, disabled: boolean): string {
  const dd = String(d).padStart(2, '0');
  return `<button type="button" data-date="2024-06-${dd}"${disabled ? ' disabled' : ''}>${wd} ${d}</button>`;
}

const apptV2 = page(
  'Schedule a visit | Department of Motor Vehicles',
  `<header class="dmv-head"><a href="/" class="dmv-head__logo">Department of Motor Vehicles</a><nav><a href="/dmv/online">Do it online</a> <a href="/dmv/offices">Find an office</a> <a href="/dmv/appointments/manage" class="manage-link">My appointments</a></nav></header>
<main class="booking">
<h1>Schedule a visit</h1>
<form class="booking__form" action="/dmv/appointments" method="post">
<div class="step"><h2>1. What do you need?</h2><label for="appointment-type">Reason for visit</label><select id="appointment-type" name="appointment_type"><option>Get a driver's licence</option><option>Renew a driver's licence</option><option>REAL ID card</option><option>Transfer a title</option><option>Road test</option></select></div>
<div class="step"><h2>2. Where?</h2><label for="loc">Office</label><select id="loc" name="location"><option>Downtown</option><option>Eastgate</option><option>Riverside</option></select></div>
<div class="step"><h2>3. When?</h2>
<div class="month row"><button type="button" aria-label="Previous month">‹</button><span>June 2024</span><button type="button" aria-label="Next month">›</button></div>
<div class="days">${dayButton(10, 'Mon', true)}${dayButton(11, 'Tue', false)}${dayButton(12, 'Wed', false)}${dayButton(13, 'Thu', true)}${dayButton(14, 'Fri', false)}${dayButton(17, 'Mon', false)}${dayButton(18, 'Tue', false)}${dayButton(19, 'Wed', true)}${dayButton(20, 'Thu', false)}${dayButton(21, 'Fri', false)}</div>
<fieldset class="times"><legend>Times on Wed, June 12</legend><label><input type="radio" name="time" value="08:30"> 8:30 AM</label><label><input type="radio" name="time" value="09:15"> 9:15 AM</label><label><input type="radio" name="time" value="10:45"> 10:45 AM</label><label><input type="radio" name="time" value="13:30"> 1:30 PM</label></fieldset></div>
<div class="step"><h2>4. Anything we should know?</h2><label><input type="checkbox" name="accessible_counter"> I need an accessible counter</label></div>
<button type="submit" class="confirm">Confirm appointment</button>
</form>
</main>`,
);

// ---------------------------------------------------------------------------
// 16. Dog licence registration (edit)
// ---------------------------------------------------------------------------
const dogV1 = page(
  'License your dog — Animal Services',
  `<header><a href="/" class="logo">Animal Services</a><nav><a href="/pets/licence" class="active">Pet licences</a><a href="/pets/lost">Lost &amp; found</a><a href="/pets/adopt">Adopt</a><a href="/pets/report">Report a problem</a></nav></header>
<main>
<h1>License your dog</h1>
<form id="dog-licence" method="post">
<h2>Owner</h2>
<div class="grid"><div><label for="owner-name">Full name</label><input id="owner-name" name="owner_name"></div><div><label for="owner-phone">Phone</label><input id="owner-phone" name="owner_phone" type="tel"></div></div>
<label for="owner-address">Address</label><input id="owner-address" name="owner_address">
<h2>Dog</h2>
<div class="grid"><div><label for="dog-name">Dog's name</label><input id="dog-name" name="dog_name"></div><div><label for="breed">Breed</label><input id="breed" name="breed" list="breeds"></div>
<div><label for="sex">Sex</label><select id="sex" name="sex"><option>Male</option><option>Female</option></select></div>
<div><label for="colour">Colour</label><input id="colour" name="colour"></div></div>
<label><input type="checkbox" id="spayed" name="altered"> Spayed / neutered</label>
<label for="rabies-tag">Rabies tag number</label><input id="rabies-tag" name="rabies_tag">
<label for="rabies-cert">Rabies certificate</label><input id="rabies-cert" type="file" name="rabies_cert">
<label for="microchip">Microchip number (optional)</label><input id="microchip" name="microchip">
<h2>Licence term</h2>
<label><input type="radio" name="term" value="1" checked> 1 year — $20 (altered) / $40</label>
<label><input type="radio" name="term" value="3"> 3 years — $50 (altered) / $110</label>
<label><input type="checkbox" id="senior" name="senior_owner"> Owner is 65 or older (50% off)</label>
<div class="row"><button type="submit" id="pay" class="btn-primary">Pay and submit</button><a href="/pets/licence/mail-in.pdf" id="mail-in">Prefer to mail it? Download the form</a></div>
</form>
</main>
<footer><a href="/contact">Contact Animal Services</a> · <a href="/privacy">Privacy</a></footer>`,
);

const dogV2 = edit(dogV1, [
  [
    '<h1>License your dog</h1>',
    '<h1>License your dog</h1><p class="alt-option">Prefer paper? <a href="/pets/licence/mail-in.pdf">Download the mail-in form (PDF)</a></p>',
  ],
  [
    '<label for="owner-phone">Phone</label><input id="owner-phone" name="owner_phone" type="tel">',
    '<label for="phone">Best phone number</label><input id="phone" name="phone" type="tel" autocomplete="tel">',
  ],
  [
    '<div><label for="sex">Sex</label><select id="sex" name="sex"><option>Male</option><option>Female</option></select></div>',
    '<fieldset class="inline"><legend>Sex</legend><label><input type="radio" name="sex" value="m" id="sex-m"> Male</label><label><input type="radio" name="sex" value="f" id="sex-f"> Female</label></fieldset>',
  ],
  [
    '<input type="checkbox" id="spayed" name="altered"> Spayed / neutered',
    '<input type="checkbox" id="altered" name="altered"> My dog is spayed or neutered',
  ],
  [
    '<label for="rabies-tag">Rabies tag number</label><input id="rabies-tag" name="rabies_tag">',
    '<label for="rabies-tag-no">Rabies vaccination tag #</label><input id="rabies-tag-no" name="rabies_tag_number">',
  ],
  ['<label for="microchip">Microchip number (optional)</label><input id="microchip" name="microchip">\n', ''],
  ['value="1" checked> 1 year', 'value="12" checked> 1 year'],
  ['value="3"> 3 years', 'value="36"> 3 years'],
  [
    '<label><input type="checkbox" id="senior" name="senior_owner"> Owner is 65 or older (50% off)</label>',
    '<label><input type="checkbox" id="service-dog" name="service_dog"> This is a trained service dog (fee waived)</label>',
  ],
  [
    '<button type="submit" id="pay" class="btn-primary">Pay and submit</button><a href="/pets/licence/mail-in.pdf" id="mail-in">Prefer to mail it? Download the form</a>',
    '<button type="submit" id="checkout" class="btn-primary">Continue to payment</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 17. Council Tax account (full rewrite)
// ---------------------------------------------------------------------------
const ctaxV1 = page(
  'Your Council Tax account — Northbridge District Council',
  `<header><a href="/" class="logo">Northbridge District Council</a><nav><a href="/council-tax" class="active">Council Tax</a><a href="/benefits">Benefits</a><a href="/bins">Bins</a><a href="/myaccount">My account</a></nav></header>
<main>
<h1>Your Council Tax account</h1>
<table id="account-summary"><tr><th>Account reference</th><td>70041188</td></tr><tr><th>Property</th><td>Flat 3, 27 Station Road, NB2 4QT</td></tr><tr><th>Band</th><td id="band">C</td></tr><tr><th>Annual charge 2024/25</th><td>£1,894.56</td></tr><tr><th>Balance outstanding</th><td id="ct-balance">£1,263.04</td></tr></table>
<div class="row"><a href="/council-tax/pay" class="btn" id="pay-ct">Pay now</a><a href="/council-tax/direct-debit" id="dd-setup">Set up a Direct Debit</a><a href="/council-tax/bill/2024.pdf" id="view-bill">View latest bill</a></div>
<h2>Instalments</h2>
<table id="instalments"><thead><tr><th>Date</th><th>Amount</th><th>Status</th></tr></thead><tbody>
<tr><td>1 April 2024</td><td>£189.56</td><td>Paid</td></tr>
<tr><td>1 May 2024</td><td>£189.50</td><td>Paid</td></tr>
<tr><td>1 June 2024</td><td>£189.50</td><td>Paid</td></tr>
<tr><td>1 July 2024</td><td>£189.50</td><td>Due</td></tr>
<tr><td>1 August 2024</td><td>£189.50</td><td>Due</td></tr></tbody></table>
<h2>Discounts and changes</h2>
<ul id="changes"><li><a href="/council-tax/single-person-discount" id="spd">Apply for single person discount</a></li><li><a href="/council-tax/move" id="moving">Tell us you are moving</a></li><li><a href="/council-tax/band-challenge" id="band-appeal">Challenge your band</a></li><li><a href="/council-tax/paperless" id="ebill">Switch to e-billing</a></li></ul>
</main>
<footer><a href="/privacy">Privacy notice</a> · <a href="/contact">Contact us</a></footer>`,
);

const ctaxV2 = page(
  'Council Tax | Northbridge Council',
  `<header class="council-header"><a href="/" class="council-header__logo">Northbridge Council</a><form class="council-header__search" role="search"><input type="search" name="q" aria-label="Search the site"><button type="submit">Search</button></form></header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/council-tax">Council Tax</a> › <span>Your account</span></nav>
<main class="ct">
<h1>Council Tax</h1>
<div class="grid"><section class="balance"><h2>Left to pay this year</h2><p class="balance__amount">£1,263.04</p><a href="/council-tax/pay" class="button button--pay">Make a payment</a><br><a href="/council-tax/arrangements" class="balance__more">Ask for more time to pay</a></section>
<section class="property-box"><h2>Flat 3, 27 Station Road</h2><p>NB2 4QT · Reference 70041188</p><p>Valuation band <span class="band-letter">C</span></p><p>2024/25 charge £1,894.56</p></section></div>
<h2>Payment schedule</h2>
<ol class="schedule"><li>1 April — £189.56 <span class="tag tag--paid">Paid</span></li><li>1 May — £189.50 <span class="tag tag--paid">Paid</span></li><li>1 June — £189.50 <span class="tag tag--paid">Paid</span></li><li>1 July — £189.50 <span class="tag">Due</span></li><li>1 August — £189.50 <span class="tag">Due</span></li></ol>
<h2>Things you can do</h2>
<div class="tasks grid">
<a href="/council-tax/direct-debit" class="task">Pay by Direct Debit</a>
<a href="/council-tax/discounts/single-occupier" class="task">Living alone? Get 25% off</a>
<a href="/council-tax/move" class="task task--move">Moving home</a>
<a href="/council-tax/paperless" class="task">Get bills by email</a></div>
</main>
<footer class="council-footer"><a href="/privacy">Privacy</a> <a href="/contact">Contact</a> <a href="/accessibility">Accessibility</a></footer>`,
);

// ---------------------------------------------------------------------------
// 18. Election results (edit)
// ---------------------------------------------------------------------------
const resultsV1 = page(
  'Unofficial results — Clark County Elections',
  `<header><a href="/" class="logo">Clark County Elections</a><nav><a href="/results" class="active">Results</a><a href="/turnout">Turnout</a><a href="/archive">Past elections</a></nav></header>
<main>
<h1>November 5, 2024 General Election — Unofficial results</h1>
<p class="muted">Last updated 11:42 PM · <span id="precincts">412 of 540 precincts reporting</span></p>
<div class="row"><label for="contest-filter">Contest</label><select id="contest-filter" name="contest"><option>All contests</option><option>Mayor</option><option>City Council Ward 2</option><option>Measure B</option></select><button type="button" id="refresh">Refresh</button><a href="/results/2024-11-05.csv" id="csv">Download CSV</a><a href="/results/2024-11-05/precinct-map" id="map-view">Map view</a></div>
<section class="contest" id="contest-mayor"><h2>Mayor</h2><table><thead><tr><th>Candidate</th><th>Votes</th><th>%</th></tr></thead><tbody>
<tr><td>Elena Marsh</td><td>48,221</td><td>51.3%</td></tr><tr><td>Tom Okafor</td><td>44,870</td><td>47.7%</td></tr><tr><td>Write-in</td><td>941</td><td>1.0%</td></tr></tbody></table><a href="/results/mayor/precincts" class="by-precinct">Results by precinct</a></section>
<section class="contest" id="contest-ward2"><h2>City Council Ward 2</h2><table><thead><tr><th>Candidate</th><th>Votes</th><th>%</th></tr></thead><tbody>
<tr><td>Priya Raman</td><td>6,104</td><td>55.0%</td></tr><tr><td>Gil Sandoval</td><td>4,992</td><td>45.0%</td></tr></tbody></table><a href="/results/ward2/precincts" class="by-precinct">Results by precinct</a></section>
<section class="contest" id="contest-measure-b"><h2>Measure B — Transit sales tax</h2><table><thead><tr><th>Choice</th><th>Votes</th><th>%</th></tr></thead><tbody>
<tr><td>Yes</td><td>50,112</td><td>53.8%</td></tr><tr><td>No</td><td>43,020</td><td>46.2%</td></tr></tbody></table><a href="/results/measure-b/precincts" class="by-precinct">Results by precinct</a> <a href="/measures/b/text" class="measure-text">Read the measure</a></section>
<p><a href="/results/subscribe" id="alerts">Get result alerts by text</a></p>
</main>
<footer>Results are unofficial until certified. · <a href="/contact">Contact</a></footer>`,
);

const resultsV2 = edit(resultsV1, [
  [
    '<a href="/archive">Past elections</a></nav>',
    '<a href="/archive">Past elections</a></nav><a href="/results/subscribe" class="btn alerts-cta">Text me updates</a>',
  ],
  ['<span id="precincts">', '<span class="reporting">'],
  [
    '<label for="contest-filter">Contest</label><select id="contest-filter" name="contest">',
    '<label for="race">Show race</label><select id="race" name="race">',
  ],
  [
    '<button type="button" id="refresh">Refresh</button>',
    '<button type="button" id="share-results">Share</button>',
  ],
  [
    '<a href="/results/2024-11-05.csv" id="csv">Download CSV</a><a href="/results/2024-11-05/precinct-map" id="map-view">Map view</a>',
    '<a href="/results/2024-11-05/export?format=csv" class="export">Export data (CSV)</a>',
  ],
  ['id="contest-mayor"', 'id="race-mayor"'],
  ['id="contest-ward2"', 'id="race-council-ward-2"'],
  ['id="contest-measure-b"', 'id="race-measure-b"'],
  ['class="measure-text">Read the measure', 'class="measure-link">Full text of Measure B'],
  ['<p><a href="/results/subscribe" id="alerts">Get result alerts by text</a></p>\n', ''],
]);

// ---------------------------------------------------------------------------
// 19. Jury summons response (full rewrite)
// ---------------------------------------------------------------------------
const juryV1 = page(
  'Juror questionnaire — Alder County Courts',
  `<header><a href="/" class="logo">Jury Services — Alder County Courts</a><nav><a href="/jury/respond" class="active">Respond to summons</a><a href="/jury/faq">FAQ</a><a href="/jury/pay">Juror pay</a><a href="/jury/directions">Directions &amp; parking</a></nav></header>
<main>
<h1>Juror questionnaire</h1>
<p>Juror ID <strong id="juror-id">J-884120</strong> · Report date Monday, July 15, 2024, 8:00 AM</p>
<form id="jury-form" method="post">
<h2>Qualification</h2>
<label><input type="radio" name="citizen" value="yes" id="is-citizen"> I am a U.S. citizen</label><label><input type="radio" name="citizen" value="no" id="not-citizen"> I am not a U.S. citizen</label>
<label><input type="checkbox" id="resident" name="county_resident"> I live in Alder County</label>
<label><input type="checkbox" id="english" name="english"> I can read, write and understand English</label>
<h2>Your response</h2>
<label for="response">I would like to</label><select id="response" name="response"><option value="serve">Serve on the date above</option><option value="postpone">Postpone to a later date</option><option value="excuse">Request to be excused</option></select>
<label for="new-date">Preferred new date</label><input id="new-date" type="date" name="postpone_to">
<label for="reason">Reason for request</label><textarea id="reason" name="reason"></textarea>
<label for="support-doc">Supporting document</label><input id="support-doc" type="file" name="support_doc">
<h2>Contact</h2><label for="j-email">Email</label><input id="j-email" name="email" type="email"><label for="j-phone">Phone</label><input id="j-phone" name="phone" type="tel">
<label><input type="checkbox" id="text-alerts" name="sms"> Text me the night before to confirm I'm needed</label>
<div class="row"><button type="submit" id="submit-response" class="btn-primary">Submit response</button><button type="button" id="print-summons">Print summons</button></div>
</form>
</main>
<footer><a href="/jury/contact">Contact the jury office</a></footer>`,
);

const juryV2 = page(
  'Respond to your jury summons · Alder County Jury Services',
  `<header class="jury-head"><a href="/" class="jury-head__logo">Alder County Jury Services</a><nav><a href="/jury/respond" aria-current="page">Summons response</a> <a href="/jury/faq">Questions</a> <a href="/jury/directions">Getting here</a></nav></header>
<main class="summons">
<h1>Respond to your jury summons</h1>
<div class="summons__card"><p>Juror number <strong class="juror-number">J-884120</strong></p><p>Report on Mon, Jul 15, 2024 at 8:00 AM</p></div>
<form id="response-form" class="stack" method="post">
<section><h2>Can you serve?</h2>
<fieldset><legend>Are you a U.S. citizen?</legend><label><input type="radio" name="us_citizen" value="true"> Yes</label><label><input type="radio" name="us_citizen" value="false"> No</label></fieldset>
<label class="check"><input type="checkbox" id="lives-in-county" name="lives_in_county"> I currently live in Alder County</label>
<label class="check"><input type="checkbox" id="english-ok" name="english_ok"> I understand English well enough to serve</label></section>
<section><h2>What would you like to do?</h2>
<label for="summons-action">Choose one</label><select id="summons-action" name="action"><option>Serve as scheduled</option><option>Move my date</option><option>Ask to be excused</option></select>
<label for="deferral-date">New date (within 6 months)</label><input id="deferral-date" name="deferral_date" type="date">
<label for="explanation">Tell us why</label><textarea id="explanation" name="explanation" rows="4"></textarea></section>
<section><h2>How can we reach you?</h2><label for="em">Email address</label><input id="em" type="email" name="email"><label for="ph">Mobile phone</label><input id="ph" type="tel" name="mobile"><label class="check"><input type="checkbox" name="sms_standby"> Text me standby updates</label></section>
<div class="form-actions"><button type="submit" class="submit">Send my response</button> <button type="button" class="secondary">Add to calendar</button></div>
</form>
</main>
<footer class="jury-foot"><a href="/jury/contact">Contact us</a></footer>`,
);

// ---------------------------------------------------------------------------
// 20. 311 pothole report (edit)
// ---------------------------------------------------------------------------
const potholeV1 = page(
  'Report a pothole — Metro 311',
  `<header><a href="/" class="logo">Metro 311</a><nav><a href="/311/new" class="active">Report an issue</a><a href="/311/track">Track requests</a><a href="/311/map">Service map</a><a href="/login" id="login">Sign in</a></nav></header>
<main>
<h1>Report a pothole</h1>
<div class="grid"><div>
<form id="sr-form" method="post" action="/311/requests">
<label for="location">Location</label><div class="row"><input id="location" name="location" placeholder="Address or intersection"><button type="button" id="use-gps">Use my location</button></div>
<label for="lane">Where in the road?</label><select id="lane" name="lane"><option>Travel lane</option><option>Bike lane</option><option>Crosswalk</option><option>Shoulder / curb</option></select>
<label for="size">Approximate size</label><select id="size" name="size"><option>Smaller than a dinner plate</option><option>Dinner plate to tyre-sized</option><option>Larger than a tyre</option></select>
<label for="details">Details</label><textarea id="details" name="details" rows="4"></textarea>
<label for="photo">Add a photo</label><input id="photo" type="file" name="photo" accept="image/*">
<label><input type="checkbox" id="anonymous" name="anonymous"> Submit anonymously</label>
<label for="sr-email">Email for updates</label><input id="sr-email" name="email" type="email">
<button type="submit" id="submit-sr" class="btn-primary">Submit request</button>
</form></div>
<div><div id="map" class="card">Map of the selected location</div><p class="muted">Nearby open requests:</p><ul id="nearby"><li><a href="/311/requests/SR-10442">SR-10442 Pothole — 5th &amp; Main</a> <button class="upvote" type="button">+1</button></li><li><a href="/311/requests/SR-10458">SR-10458 Pothole — 5th &amp; Oak</a> <button class="upvote" type="button">+1</button></li></ul></div></div>
<p><a href="/311/emergency" id="emergency">Is this an emergency? Call 911.</a></p>
</main>
<footer><a href="/311/about">About 311</a> · <a href="/privacy">Privacy</a></footer>`,
);

const potholeV2 = edit(potholeV1, [
  [
    '<button type="button" id="use-gps">Use my location</button>',
    '<button type="button" class="locate" aria-label="Use my current location"><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="3"></circle></svg></button>',
  ],
  [
    '<label for="lane">Where in the road?</label><select id="lane" name="lane">',
    '<label for="road-position">Where is it on the street?</label><select id="road-position" name="position">',
  ],
  [
    '<label for="size">Approximate size</label><select id="size" name="size"><option>Smaller than a dinner plate</option><option>Dinner plate to tyre-sized</option><option>Larger than a tyre</option></select>',
    '<label for="depth">How deep is it?</label><select id="depth" name="depth"><option>Less than 5 cm</option><option>5–10 cm</option><option>Deeper than 10 cm</option></select>',
  ],
  [
    '<label for="photo">Add a photo</label><input id="photo" type="file" name="photo" accept="image/*">',
    '<label for="photos">Add photos (up to 3)</label><input id="photos" type="file" name="photos[]" accept="image/*" multiple>',
  ],
  ['<label><input type="checkbox" id="anonymous" name="anonymous"> Submit anonymously</label>\n', ''],
  [
    '<label for="sr-email">Email for updates</label><input id="sr-email" name="email" type="email">',
    '<label for="contact-email">Email (we will send status updates)</label><input id="contact-email" name="contact_email" type="email">',
  ],
  [
    '<button type="submit" id="submit-sr" class="btn-primary">Submit request</button>',
    '<button type="submit" class="btn-primary">Send report</button>',
  ],
  [
    '<button class="upvote" type="button">+1</button>',
    '<button class="me-too" type="button">Me too</button>',
  ],
  [
    '<button class="upvote" type="button">+1</button>',
    '<button class="me-too" type="button">Me too</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 21. Permit inspection queue, staff tool (full rewrite)
// ---------------------------------------------------------------------------
const inspections: readonly (readonly [string, string, string, string])[] = [
  ['BLD24-0331', '8:00', '18 Ridge Rd', 'Framing'],
  ['ELE24-1120', '9:15', '402 Harbor Way', 'Electrical rough-in'],
  ['PLM24-0877', '10:30', '77 Canyon Dr', 'Plumbing final'],
  ['BLD24-0402', '1:00', '1200 Mill St, Unit 4', 'Final'],
];

const queueV1 = page(
  'Inspection queue — Permit Inspector',
  `<header><a href="/" class="logo">Permit Inspector</a><nav><a href="/queue" class="active">Queue</a><a href="/map">Map</a><a href="/reports">Reports</a></nav><span class="muted">R. Kowalski</span><a href="/logout">Sign out</a></header>
<main>
<h1>Inspection queue — Tue June 11</h1>
<form id="filters" class="row"><label for="f-district">District</label><select id="f-district"><option>All</option><option>North</option><option>Central</option><option>South</option></select><label for="f-type">Inspection type</label><select id="f-type"><option>All</option><option>Framing</option><option>Electrical rough-in</option><option>Plumbing final</option><option>Final</option></select><input id="f-search" placeholder="Permit # or address" aria-label="Search"><button type="submit" id="apply-filters">Apply</button></form>
<table id="queue"><thead><tr><th><input type="checkbox" id="check-all" aria-label="Select all"></th><th>Time</th><th>Permit</th><th>Address</th><th>Type</th><th>Actions</th></tr></thead><tbody>
${inspections
  .map(
    ([p, t, a, ty]) =>
      `<tr data-permit="${p}"><td><input type="checkbox" name="sel" value="${p}"></td><td>${t}</td><td><a href="/permits/${p}">${p}</a></td><td>${a}</td><td>${ty}</td><td><button class="result-pass">Pass</button> <button class="result-fail">Fail</button> <button class="reschedule">Reschedule</button></td></tr>`,
  )
  .join('\n')}
</tbody></table>
<div class="row"><button id="assign-selected">Assign selected to…</button><button id="print-route">Print route sheet</button><a href="/queue/export.xlsx" id="export-queue">Export</a></div>
</main>`,
);

const queueV2 = page(
  "Today's inspections · Field Inspections",
  `<header class="app-bar"><span class="app-bar__title">Field Inspections</span><nav><a href="/queue" aria-current="page">Today</a> <a href="/map">Route map</a> <a href="/reports">Reports</a></nav><button type="button" class="avatar" aria-label="Account menu">RK</button></header>
<main class="queue-view">
<div class="queue-view__head"><h1>Today's inspections <span class="count">4</span></h1><div class="bulk row"><label class="check-all"><input type="checkbox" aria-label="Select all inspections"> All</label><button type="button" class="bulk-assign">Assign to inspector</button><button type="button" class="bulk-optimize">Optimize route</button><a href="/queue/export.xlsx" class="bulk-export">Download spreadsheet</a></div></div>
<div class="filters row"><select name="district" aria-label="District"><option>All districts</option><option>North</option><option>Central</option><option>South</option></select><select name="type" aria-label="Inspection type"><option>All types</option><option>Framing</option><option>Electrical rough-in</option><option>Plumbing final</option><option>Final</option></select><input type="search" name="q" placeholder="Search permits or addresses" aria-label="Search permits"></div>
<ul class="inspections">
${inspections
  .map(
    ([p, t, a, ty]) =>
      `<li class="inspection" data-permit-id="${p}"><input type="checkbox" aria-label="Select ${p}"> <span class="time">${t}</span> <a href="/permits/${p}">${p}</a> <span>${a} — ${ty}</span><div class="outcome"><button type="button" class="outcome--pass">Passed</button> <button type="button" class="outcome--fail">Failed</button> <a href="/inspections/${p}/move" class="move">Move</a></div></li>`,
  )
  .join('\n')}
</ul>
</main>`,
);

// ---------------------------------------------------------------------------
// 22. Vehicle registry clerk search (edit)
// ---------------------------------------------------------------------------
const vrsV1 = page(
  'Vehicle search — VRS',
  `<header><a href="/" class="logo">VRS — Vehicle Registry System</a><nav><a href="/vrs/search" class="active">Search</a><a href="/vrs/titles">Titles</a><a href="/vrs/liens">Liens</a><a href="/vrs/reports">Reports</a></nav><span class="muted">Clerk: T. Abernathy</span></header>
<main>
<h1>Vehicle search</h1>
<form id="vrs-search" class="row"><select id="search-by" name="by" aria-label="Search by"><option value="plate">Plate</option><option value="vin">VIN</option><option value="owner">Owner name</option></select><input id="search-term" name="term" value="8KJD221" aria-label="Search term"><button type="submit" id="search-btn">Search</button><a href="/vrs/search/advanced" id="advanced">Advanced</a></form>
<table id="vrs-results"><thead><tr><th>Plate</th><th>VIN</th><th>Year/Make/Model</th><th>Owner</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>8KJD221</td><td>1HGCV1F34LA004512</td><td>2020 Honda Accord</td><td>Ramirez, Luis</td><td><span class="badge">Current</span></td><td><a href="/vrs/vehicle/1HGCV1F34LA004512" class="open-record">Open</a></td></tr>
<tr><td>8KJD221</td><td>JTDKN3DU5A0123456</td><td>2010 Toyota Prius</td><td>Ramirez, Luis</td><td><span class="badge">Expired</span></td><td><a href="/vrs/vehicle/JTDKN3DU5A0123456" class="open-record">Open</a></td></tr></tbody></table>
<div class="card" id="record"><h2>2020 Honda Accord — 8KJD221</h2>
<table><tr><th>Registered owner</th><td>Luis Ramirez, 77 Canyon Dr</td></tr><tr><th>Expires</th><td>09/30/2025</td></tr><tr><th>Lienholder</th><td id="lienholder">Golden State Credit Union</td></tr><tr><th>Title status</th><td>Clear</td></tr></table>
<div class="row"><button id="transfer-owner">Transfer ownership</button><button id="add-lien">Record lien</button><button id="flag-stolen" class="danger">Flag as stolen</button><button id="print-record">Print</button></div>
<h3>Notes</h3><textarea id="clerk-note" name="note" aria-label="Clerk note"></textarea><button id="save-note">Add note</button></div>
</main>`,
);

const vrsV2 = edit(vrsV1, [
  [
    '<select id="search-by" name="by" aria-label="Search by"><option value="plate">Plate</option><option value="vin">VIN</option><option value="owner">Owner name</option></select>',
    '<div class="seg" role="radiogroup" aria-label="Search by"><label><input type="radio" name="by" value="plate" checked> Plate</label><label><input type="radio" name="by" value="vin"> VIN</label><label><input type="radio" name="by" value="owner"> Owner</label></div>',
  ],
  [
    '<input id="search-term" name="term" value="8KJD221" aria-label="Search term">',
    '<input id="q" name="q" type="search" value="8KJD221" aria-label="Plate, VIN or owner">',
  ],
  [
    '<button type="submit" id="search-btn">Search</button><a href="/vrs/search/advanced" id="advanced">Advanced</a>',
    '<button type="submit" class="btn-primary">Find vehicle</button>',
  ],
  ['class="open-record">Open', 'class="row-link">View record'],
  ['class="open-record">Open', 'class="row-link">View record'],
  ['<td id="lienholder">', '<td data-field="lienholder">'],
  [
    '<button id="add-lien">Record lien</button>',
    '<button class="btn-secondary" data-action="lien">Add lienholder</button>',
  ],
  ['<button id="print-record">Print</button>', '<button id="history-record">History</button>'],
  ['<button id="save-note">Add note</button>', '<button class="note-save">Save note</button>'],
]);

// ---------------------------------------------------------------------------
// 23. Library room booking (full rewrite)
// ---------------------------------------------------------------------------
const roomsV1 = page(
  'Book a room — Riverside Public Library',
  `<header><a href="/" class="logo">Riverside Public Library</a><nav><a href="/catalog">Catalog</a><a href="/events">Events</a><a href="/rooms" class="active">Rooms</a><a href="/account">My account</a></nav></header>
<main>
<h1>Book a study or meeting room</h1>
<form id="room-filter" class="row"><label for="branch">Branch</label><select id="branch" name="branch"><option>Main Library</option><option>Eastside</option><option>Northgate</option></select><label for="date">Date</label><input id="date" type="date" value="2024-06-12"><label for="capacity">People</label><input id="capacity" type="number" value="4" min="1"><button type="submit" id="show-rooms">Show rooms</button></form>
<div class="card room" id="room-201"><h2>Study Room 201</h2><p>Seats 4 · Whiteboard · Screen</p><div class="row"><button class="time" data-time="10:00">10:00</button><button class="time" data-time="11:00">11:00</button><button class="time" data-time="14:00">2:00</button></div><a href="/rooms/201" class="room-details">Room details</a></div>
<div class="card room" id="room-105"><h2>Community Room 105</h2><p>Seats 40 · Projector · Kitchenette</p><div class="row"><button class="time" data-time="13:00">1:00</button><button class="time" data-time="15:00">3:00</button></div><a href="/rooms/105" class="room-details">Room details</a></div>
<div class="card room" id="room-312"><h2>Media Lab 312</h2><p>Seats 6 · Recording booth · Mac workstations</p><div class="row"><button class="time" data-time="09:00">9:00</button><button class="time" data-time="16:00">4:00</button></div><a href="/rooms/312" class="room-details">Room details</a></div>
<div id="booking" class="card"><h2>Your booking</h2><label for="purpose">Purpose of meeting</label><input id="purpose" name="purpose"><label for="card-number">Library card number</label><input id="card-number" name="card"><label><input type="checkbox" id="agree-policy"> I agree to the <a href="/rooms/policy" id="policy-link">room use policy</a></label><button type="button" id="reserve" class="btn-primary">Reserve room</button></div>
<p><a href="/rooms/my-bookings" id="my-bookings">View my bookings</a></p>
</main>`,
);

function roomTile(
  id: string,
  name: string,
  info: string,
  slots: readonly (readonly [string, string])[],
): string {
  return `<article class="room-tile"><h2>${name}</h2><button type="button" aria-controls="room-${id}-info" class="info-toggle">More about this room</button><p id="room-${id}-info" class="muted">${info}</p><div class="slots row">${slots.map(([label, spoken]) => `<button type="button" aria-label="${name} at ${spoken}">${label}</button>`).join('')}</div></article>`;
}

const roomsV2 = page(
  'Reserve a room | Riverside Library',
  `<header class="lib-header"><a href="/" class="lib-header__logo">Riverside Library</a><nav class="lib-nav"><a href="/catalog">Search</a> <a href="/events">What's on</a> <a href="/rooms" aria-current="page">Spaces</a> <a href="/account">Account</a></nav></header>
<main class="rooms">
<h1>Reserve a room</h1>
<div class="rooms__filters row"><label>Location <select name="location"><option>Main Library</option><option>Eastside</option><option>Northgate</option></select></label><label>Day <input type="date" name="day" value="2024-06-12"></label><label>Group size <input type="number" name="size" value="4" min="1"></label></div>
<div class="room-list grid3">
${roomTile('201', 'Study Room 201', 'Seats 4 · Whiteboard · Wall screen', [
  ['10 AM', '10:00 AM'],
  ['11 AM', '11:00 AM'],
  ['2 PM', '2:00 PM'],
])}
${roomTile('105', 'Community Room 105', 'Seats 40 · Projector · Kitchenette', [
  ['1 PM', '1:00 PM'],
  ['3 PM', '3:00 PM'],
])}
${roomTile('312', 'Media Lab 312', 'Seats 6 · Recording booth · Mac workstations', [
  ['9 AM', '9:00 AM'],
  ['4 PM', '4:00 PM'],
])}
</div>
<section class="checkout card"><h2>Booking details</h2><label for="meeting-purpose">What's it for?</label> <input id="meeting-purpose" name="purpose"> <label for="barcode">Library card barcode</label> <input id="barcode" name="barcode" inputmode="numeric"> <label class="check"><input type="checkbox" name="agree"> I accept the <a href="/rooms/cancellation">cancellation terms</a></label> <button type="button" class="book-now">Confirm booking</button></section>
<a href="/rooms/mine" class="my-rooms">My reservations</a>
</main>`,
);

// ---------------------------------------------------------------------------
// 24. Housing Benefit evidence upload (edit)
// ---------------------------------------------------------------------------
const hbV1 = page(
  'Upload evidence — Housing Benefit — Northbridge District Council',
  `<header><a href="/" class="logo">Northbridge District Council</a><nav><a href="/benefits" class="active">Benefits</a><a href="/council-tax">Council Tax</a><a href="/housing">Housing</a><a href="/myaccount" id="myaccount">My account</a></nav></header>
<main>
<h1>Housing Benefit claim — upload evidence</h1>
<p>Claim reference <strong>HB/2024/0071842</strong> · Evidence due by <strong>24 June 2024</strong></p>
<table id="evidence"><thead><tr><th>Evidence needed</th><th>Status</th><th></th></tr></thead><tbody>
<tr id="ev-id"><td>Proof of identity</td><td><span class="badge">Received</span></td><td><a href="/benefits/evidence/id/view" class="view">View</a></td></tr>
<tr id="ev-income"><td>Last 2 months' payslips</td><td><span class="badge">Needed</span></td><td><button type="button" class="upload">Upload</button></td></tr>
<tr id="ev-rent"><td>Tenancy agreement or rent statement</td><td><span class="badge">Needed</span></td><td><button type="button" class="upload">Upload</button></td></tr>
<tr id="ev-savings"><td>Bank statements (all accounts)</td><td><span class="badge">Needed</span></td><td><button type="button" class="upload">Upload</button></td></tr></tbody></table>
<div class="modal" id="upload-dialog" role="dialog" aria-labelledby="upload-title"><h2 id="upload-title">Upload payslips</h2>
<label for="file">Choose files</label><input id="file" type="file" multiple>
<label for="doc-date">Date on document</label><input id="doc-date" type="date">
<label for="doc-note">Note for the assessor (optional)</label><textarea id="doc-note"></textarea>
<div class="row"><button type="button" id="upload-cancel">Cancel</button><button type="button" id="upload-submit" class="btn-primary">Upload</button></div></div>
<div class="row"><a href="/benefits/evidence/post" id="post-instead">Send by post instead</a><a href="/benefits/evidence/extension" id="extension">Ask for more time</a></div>
<button type="button" id="finish" class="btn-primary">I've sent everything</button>
</main>
<footer><a href="/privacy">Privacy notice</a> · <a href="/benefits/contact">Contact the benefits team</a></footer>`,
);

const hbV2 = edit(hbV1, [
  [
    '<button type="button" class="upload">Upload</button>',
    '<button type="button" class="btn-upload">Add file</button>',
  ],
  [
    '<button type="button" class="upload">Upload</button>',
    '<button type="button" class="btn-upload">Add file</button>',
  ],
  [
    '<button type="button" class="upload">Upload</button>',
    '<button type="button" class="btn-upload">Add file</button>',
  ],
  [
    '<h2 id="upload-title">Upload payslips</h2>',
    '<div class="row"><h2 id="upload-title">Upload payslips</h2><button type="button" class="dialog-close" aria-label="Close">×</button></div>',
  ],
  [
    '<label for="file">Choose files</label><input id="file" type="file" multiple>',
    '<div class="dropzone"><p>Drag files here or</p><label for="evidence-files" class="btn">browse</label><input id="evidence-files" type="file" multiple accept=".pdf,.jpg,.png"></div>',
  ],
  ['<label for="doc-date">Date on document</label><input id="doc-date" type="date">\n', ''],
  [
    '<textarea id="doc-note"></textarea>',
    '<textarea id="assessor-note" name="note" maxlength="500"></textarea>',
  ],
  ['<label for="doc-note">', '<label for="assessor-note">'],
  ['<button type="button" id="upload-cancel">Cancel</button>', ''],
  [
    '<button type="button" id="upload-submit" class="btn-primary">Upload</button>',
    '<button type="button" class="btn-primary" data-action="upload">Upload files</button>',
  ],
  [
    '<a href="/benefits/evidence/post" id="post-instead">Send by post instead</a>',
    '<a href="/benefits/evidence/photo-tips" id="photo-tips">Tips for photographing documents</a>',
  ],
  [
    '<button type="button" id="finish" class="btn-primary">I\'ve sent everything</button>',
    '<button type="button" class="btn-primary confirm-complete">Tell us you\'ve finished</button>',
  ],
]);

// ---------------------------------------------------------------------------
// Pairs
// ---------------------------------------------------------------------------
export const BLIND29_PAIRS: readonly PagePair[] = [
  {
    name: 'building-permit-project-details-b29',
    v1: permitV1,
    v2: permitV2,
    targets: [
      { selector: '#parcel', expect: '#apn', change: 'parcel number renamed to APN with new id' },
      { selector: '#work-type', expect: '#scope', change: 'type-of-work select reworded as scope' },
      {
        selector: '#valuation',
        expect: '#project-cost',
        change: 'valuation becomes total project cost, wrapped in $ prefix',
      },
      {
        selector: '#save-draft',
        expect: '.wizard__actions .link-button',
        change: 'save draft restyled as link button, reworded',
      },
      {
        selector: '#next-step',
        expect: '.wizard__actions button[type="submit"]',
        change: 'continue button renamed Next: contractor, id dropped',
      },
      {
        selector: '#fee-link',
        expect: '.fee-card__link',
        change: 'fee schedule link moved into a fee card, reworded',
      },
      { selector: '#plans', expect: null, change: 'plan upload moved to a later step' },
      { selector: 'a.help', expect: null, change: 'help link removed; a chat link now sits in its place' },
    ],
  },
  {
    name: 'vehicle-registration-renewal-b29',
    v1: regRenewV1,
    v2: regRenewV2,
    targets: [
      { selector: '#plate', expect: '#plate-number', change: 'plate input id and name renamed' },
      { selector: '#zip', expect: '#postal', change: 'ZIP input renamed to postal' },
      { selector: '#smog', expect: null, change: 'smog certificate checkbox removed' },
      {
        selector: '#calc-fees',
        expect: 'button.js-estimate',
        change: 'calculate button reworded to estimate, id dropped',
      },
      { selector: '#total-fee', expect: 'td.fee-total', change: 'total cell id replaced by class' },
      { selector: '#pay-now', expect: '#continue-payment', change: 'pay now becomes continue to payment' },
      {
        selector: 'a[href="/dmv/sticker/replace"]',
        expect: null,
        change: 'replace sticker link removed; specialty plates link takes its slot',
      },
      {
        selector: '#change-address',
        expect: '#vehicle-summary button.link-btn',
        change: 'change address link became a dialog button',
      },
    ],
  },
  {
    name: 'property-tax-statement-b29',
    v1: taxBillV1,
    v2: taxBillV2,
    targets: [
      {
        selector: '#assessed-value',
        expect: 'dd.assessed',
        change: 'assessed value moved into a definition list',
      },
      {
        selector: '#download-bill',
        expect: '.bill__tools a.tool',
        change: 'download link moved to heading toolbar as Save PDF',
      },
      {
        selector: '#print-bill',
        expect: null,
        change: 'print button removed; email bill button in its place',
      },
      {
        selector: '#ebill',
        expect: '.paperless-banner a',
        change: 'e-billing link moved into a banner, reworded',
      },
      {
        selector: '#inst-2 .pay-btn',
        expect: 'button[data-installment="fall"]',
        change: 'installment table became a list; pay button shows amount',
      },
      {
        selector: '#history tr:nth-child(2) .receipt',
        expect: 'a[href="/tax/receipt/80571"]',
        change: 'payment history table became rows of divs, link reworded',
      },
      {
        selector: '#homestead',
        expect: 'a.exemptions-link',
        change: 'homestead link moved into property section, reworded',
      },
      { selector: '#appeal', expect: null, change: 'assessment appeal link removed' },
    ],
  },
  {
    name: 'online-voter-registration-b29',
    v1: voterRegV1,
    v2: voterRegV2,
    targets: [
      {
        selector: '#is-citizen',
        expect: '#citizenship',
        change: 'citizenship checkbox id renamed and reworded',
      },
      { selector: 'select#suffix', expect: '#name-suffix', change: 'suffix select became a free-text input' },
      { selector: '#dl-number', expect: '#state-id', change: 'licence number input renamed' },
      { selector: '#party', expect: '#party-preference', change: 'party select renamed to party preference' },
      { selector: '#poll-worker', expect: null, change: 'poll worker opt-in removed' },
      {
        selector: '#print-form',
        expect: null,
        change: 'print button removed; save progress button in its slot',
      },
      {
        selector: '#submit-reg',
        expect: '#voter-reg button[type="submit"]',
        change: 'submit button reworded, id dropped',
      },
      {
        selector: '#status-link',
        expect: '.status-check',
        change: 'status link moved into a help box above the form',
      },
    ],
  },
  {
    name: 'polling-place-finder-b29',
    v1: pollingV1,
    v2: pollingV2,
    targets: [
      { selector: '#addr', expect: '#q', change: 'address input renamed, search type' },
      {
        selector: '#lookup-btn',
        expect: 'button.finder__go',
        change: 'search button became icon button with aria-label',
      },
      {
        selector: '#directions',
        expect: 'a.place-card__map',
        change: 'directions link moved into place card actions',
      },
      { selector: '#access-info', expect: null, change: 'accessibility details link removed' },
      {
        selector: '#add-cal',
        expect: null,
        change: 'add to calendar button removed; share button in its slot',
      },
      {
        selector: '#sample-ballot',
        expect: 'a.ballot-link',
        change: 'sample ballot link reworded as preview',
      },
      {
        selector: '#early-sites tr:nth-child(2) .dir',
        expect: 'a[href="https://maps.example.com/?q=415+Elm+St"]',
        change: 'early voting table became list of cards; link reworded Map',
      },
      {
        selector: '#mail-ballot',
        expect: 'a.cta-mail',
        change: 'mail ballot button-link moved into ballot card, reworded',
      },
    ],
  },
  {
    name: 'library-catalog-results-b29',
    v1: catalogV1,
    v2: catalogV2,
    targets: [
      {
        selector: '#go',
        expect: 'button.search-submit',
        change: 'search button became icon with aria-label',
      },
      { selector: '#fmt-ebook', expect: '#format-ebook', change: 'format facet ids renamed' },
      { selector: '#fmt-dvd', expect: null, change: 'DVD facet removed; large print facet in its slot' },
      { selector: '#sort', expect: '#sort-order', change: 'sort select id renamed' },
      { selector: '#rss', expect: null, change: 'RSS link removed' },
      {
        selector: 'li[data-id="100877"] .hold',
        expect: 'li[data-id="100877"] .btn-hold',
        change: 'hold buttons restyled and reworded',
      },
      {
        selector: 'a.title[href="/record/100455"]',
        expect: 'a[href="/record/100455"]',
        change: 'result title link wrapped in h3, class dropped',
      },
      { selector: '#next-page', expect: 'a[rel="next"]', change: 'next link became arrow with aria-label' },
    ],
  },
  {
    name: 'library-account-items-b29',
    v1: loansV1,
    v2: loansV2,
    targets: [
      { selector: '#renew-all', expect: 'button.bulk-renew', change: 'renew all reworded in a toolbar' },
      {
        selector: 'tr[data-loan="L-7782"] .renew',
        expect: 'button[aria-label="Renew Klara and the Sun"]',
        change: 'loan table became cards; renew button labelled per title',
      },
      {
        selector: 'div[data-hold="H-301"] .suspend',
        expect: 'button.hold__pause',
        change: 'suspend renamed to pause hold',
      },
      {
        selector: 'div[data-hold="H-301"] select.pickup',
        expect: '#pickup-301',
        change: 'pickup select got an id and label',
      },
      {
        selector: '#balance',
        expect: '.fines-summary__amount',
        change: 'balance moved into sidebar summary',
      },
      {
        selector: '#pay-fines',
        expect: 'a.fines-summary__pay',
        change: 'pay button became a link in sidebar',
      },
      { selector: '#history-tab', expect: null, change: 'reading history tab removed' },
      {
        selector: '#digital-card',
        expect: null,
        change: 'digital card link removed; contact details link in its slot',
      },
    ],
  },
  {
    name: 'bin-collection-days-b29',
    v1: binsV1,
    v2: binsV2,
    targets: [
      {
        selector: '#find-address',
        expect: '#address-form .btn-search',
        change: 'find address button reworded, id dropped',
      },
      {
        selector: '#renew-garden',
        expect: '.bin-garden a.btn',
        change: 'garden renewal link restyled and reworded',
      },
      { selector: '#ics', expect: 'a.cal-link', change: 'calendar link id replaced by class' },
      { selector: '#pdf-cal', expect: null, change: 'printable calendar link removed' },
      {
        selector: '#holiday-changes',
        expect: null,
        change: 'bank holiday link removed; compost offer in its slot',
      },
      { selector: '#rem-sms', expect: '#sms-optin', change: 'SMS checkbox id renamed' },
      { selector: '#subscribe', expect: '#reminders button.primary', change: 'subscribe button reworded' },
      {
        selector: '#report-missed',
        expect: 'a.missed-link',
        change: 'missed collection button became a link beside the heading',
      },
    ],
  },
  {
    name: 'court-case-docket-b29',
    v1: docketV1,
    v2: docketV2,
    targets: [
      {
        selector: '#file-doc',
        expect: 'a.action--primary',
        change: 'file a document reworded as start a new filing',
      },
      {
        selector: '#subscribe-case',
        expect: 'button.follow',
        change: 'email updates became follow this case',
      },
      {
        selector: '#export-docket',
        expect: null,
        change: 'docket export removed; certified copies link in its slot',
      },
      {
        selector: '#case-status',
        expect: 'span.status-pill',
        change: 'status cell became a pill in the header',
      },
      {
        selector: '#docket tbody tr:nth-child(3) a.doc',
        expect: 'a[href="/docs/1187-3.pdf"]',
        change: 'docket table became reversed list; document link reworded',
      },
      {
        selector: '#parties li:nth-child(2) a',
        expect: 'a[href="/attorneys/51877"]',
        change: 'parties list became cards; counsel shown by full name',
      },
      { selector: '#back-results', expect: null, change: 'back to results link removed' },
      {
        selector: '#remote-link',
        expect: 'a.hearing__remote',
        change: 'remote link moved to next hearing panel, reworded',
      },
    ],
  },
  {
    name: 'court-efiling-new-filing-b29',
    v1: efileV1,
    v2: efileV2,
    targets: [
      {
        selector: '#verify-case',
        expect: 'button[aria-label="Look up case"]',
        change: 'verify button became search icon',
      },
      { selector: '#filing-code', expect: '#document-type', change: 'filing type select renamed' },
      { selector: '#doc-title', expect: '#title', change: 'title input renamed with longer label' },
      {
        selector: 'input[value="51877"]',
        expect: 'input[value="svc-51877"]',
        change: 'service checkbox values prefixed',
      },
      {
        selector: '#fee-waiver',
        expect: null,
        change: 'fee waiver checkbox removed; courtesy copy checkbox in its slot',
      },
      { selector: '#client-ref', expect: null, change: 'client matter field removed' },
      { selector: '#save-filing', expect: 'button.ghost', change: 'save draft moved next to the heading' },
      { selector: '#submit-filing', expect: '#review-filing', change: 'submit becomes review and submit' },
    ],
  },
  {
    name: 'snap-household-members-b29',
    v1: snapV1,
    v2: snapV2,
    targets: [
      {
        selector: '#m-2 .edit',
        expect: 'a[aria-label="Change Jordan Whitfield"]',
        change: 'member table became list; edit is now change',
      },
      {
        selector: '#m-3 .remove',
        expect: 'button[aria-label="Remove Avery Whitfield"]',
        change: 'remove button labelled per person',
      },
      { selector: '#add-member', expect: 'button.add-person', change: 'add person reworded' },
      {
        selector: '#separate-no',
        expect: 'input[name="buys_separately"][value="false"]',
        change: 'radio renamed, id dropped',
      },
      {
        selector: '#save-exit',
        expect: 'button.btn-link',
        change: 'save and exit reworded, restyled as link',
      },
      { selector: '#continue', expect: 'button.btn-next', change: 'continue reworded save and continue' },
      { selector: '#lang', expect: null, change: 'language toggle removed from header' },
      {
        selector: '#who-to-include',
        expect: null,
        change: 'help link removed; paper application link in its slot',
      },
    ],
  },
  {
    name: 'ui-weekly-certification-b29',
    v1: weeklyCertV1,
    v2: weeklyCertV2,
    targets: [
      { selector: '#able-yes', expect: '#q1-yes', change: 'radio ids renumbered' },
      { selector: '#refused-no', expect: '#q2-no', change: 'radio ids renumbered' },
      { selector: '#gross', expect: '#earnings', change: 'earnings input renamed, reworded' },
      {
        selector: '#contacts tr:nth-child(3) .del-contact',
        expect: 'button[aria-label="Remove Fabrikam Inc."]',
        change: 'delete buttons became icon buttons with aria-labels',
      },
      { selector: '#add-contact', expect: 'button.add-row', change: 'add activity reworded' },
      { selector: '#cancel-cert', expect: null, change: 'cancel removed; save for later in its slot' },
      { selector: '#report-offer', expect: null, change: 'report job offer paragraph removed' },
      { selector: '#submit-cert', expect: 'button[value="certify"]', change: 'submit became Certify week' },
    ],
  },
  {
    name: 'business-licence-overview-b29',
    v1: bizLicV1,
    v2: bizLicV2,
    targets: [
      {
        selector: '#lic-FE-5512 .renew',
        expect: 'a[href="/bl/FE-5512/renew"]',
        change: 'licence cards became table rows',
      },
      {
        selector: '#lic-BL-20931 .print-cert',
        expect: 'button.download-cert[data-licence="BL-20931"]',
        change: 'print certificate link became download button',
      },
      {
        selector: '#lic-SG-118 .schedule',
        expect: 'a[href="/bl/SG-118/inspections/new"]',
        change: 'schedule inspection reworded book',
      },
      { selector: '#lic-SG-118 .withdraw', expect: null, change: 'withdraw application link removed' },
      { selector: '#add-licence', expect: 'a.new-licence', change: 'apply link moved to header, reworded' },
      {
        selector: '#add-location',
        expect: 'a[href="/bl/locations/new"]',
        change: 'add location moved to sidebar',
      },
      {
        selector: '#profile',
        expect: 'a[href="/bl/profile"]',
        change: 'profile nav link renamed business details',
      },
      {
        selector: '#close-business',
        expect: null,
        change: 'close business removed; transfer ownership button in its place',
      },
    ],
  },
  {
    name: 'residential-parking-permit-b29',
    v1: parkingV1,
    v2: parkingV2,
    targets: [
      { selector: '#zone-map', expect: 'button.map-toggle', change: 'zone map link became toggle button' },
      { selector: '#plate', expect: '#lp', change: 'plate input renamed' },
      { selector: '#make', expect: '#vehicle-make', change: 'make input renamed' },
      { selector: '#proof-file', expect: '#residency-doc', change: 'upload input renamed' },
      { selector: '#annual', expect: '#permit-annual', change: 'annual radio renamed 12-month' },
      {
        selector: '#visitor',
        expect: null,
        change: 'visitor passes option removed; 6-month option in its slot',
      },
      {
        selector: '#buy-permit',
        expect: '#rpp button[type="submit"]',
        change: 'purchase becomes continue to checkout',
      },
      { selector: '#clear', expect: null, change: 'clear form button removed' },
    ],
  },
  {
    name: 'dmv-appointment-scheduler-b29',
    v1: apptV1,
    v2: apptV2,
    targets: [
      {
        selector: '#service',
        expect: '#appointment-type',
        change: 'service select renamed reason for visit',
      },
      { selector: '#office', expect: 'select[name="location"]', change: 'office select renamed' },
      {
        selector: '#next-month',
        expect: 'button[aria-label="Next month"]',
        change: 'month nav became arrow icon button',
      },
      {
        selector: '#cal tbody tr:first-child td:nth-child(5) .day',
        expect: 'button[data-date="2024-06-14"]',
        change: 'calendar table became a strip of dated buttons',
      },
      {
        selector: '#slots .slot:nth-child(3)',
        expect: 'input[value="10:45"]',
        change: 'time slot buttons became radios',
      },
      {
        selector: '#need-interpreter',
        expect: null,
        change: 'interpreter checkbox removed; accessible counter checkbox in its slot',
      },
      { selector: '#book', expect: 'button.confirm', change: 'book reworded confirm appointment' },
      { selector: '#appt-phone', expect: null, change: 'reminder phone field removed' },
    ],
  },
  {
    name: 'dog-licence-application-b29',
    v1: dogV1,
    v2: dogV2,
    targets: [
      { selector: '#owner-phone', expect: '#phone', change: 'phone input renamed' },
      { selector: '#spayed', expect: '#altered', change: 'spayed checkbox renamed and reworded' },
      { selector: '#rabies-tag', expect: '#rabies-tag-no', change: 'rabies tag input renamed' },
      { selector: '#microchip', expect: null, change: 'microchip field removed' },
      {
        selector: 'input[name="term"][value="3"]',
        expect: 'input[value="36"]',
        change: 'term values now in months',
      },
      {
        selector: '#senior',
        expect: null,
        change: 'senior discount removed; service dog checkbox in its slot',
      },
      { selector: '#pay', expect: '#checkout', change: 'pay button renamed continue to payment' },
      { selector: '#mail-in', expect: '.alt-option a', change: 'mail-in link moved under the heading' },
    ],
  },
  {
    name: 'council-tax-account-b29',
    v1: ctaxV1,
    v2: ctaxV2,
    targets: [
      { selector: '#band', expect: '.band-letter', change: 'band moved into property box' },
      { selector: '#ct-balance', expect: 'p.balance__amount', change: 'balance became headline figure' },
      { selector: '#pay-ct', expect: 'a.button--pay', change: 'pay now reworded make a payment' },
      {
        selector: '#dd-setup',
        expect: 'a[href="/council-tax/direct-debit"]',
        change: 'direct debit link moved to task grid',
      },
      {
        selector: '#view-bill',
        expect: null,
        change: 'view bill link removed; more time to pay link in its slot',
      },
      {
        selector: '#spd',
        expect: 'a[href="/council-tax/discounts/single-occupier"]',
        change: 'single person discount reworded and moved to task grid',
      },
      { selector: '#moving', expect: 'a.task--move', change: 'moving link reworded moving home' },
      { selector: '#band-appeal', expect: null, change: 'band challenge link removed' },
    ],
  },
  {
    name: 'election-night-results-b29',
    v1: resultsV1,
    v2: resultsV2,
    targets: [
      { selector: '#precincts', expect: '.reporting', change: 'precinct counter id replaced by class' },
      { selector: '#contest-filter', expect: '#race', change: 'contest filter renamed race' },
      { selector: '#refresh', expect: null, change: 'refresh button removed; share button in its slot' },
      { selector: '#csv', expect: 'a.export', change: 'CSV link reworded export data' },
      { selector: '#map-view', expect: null, change: 'map view link removed' },
      {
        selector: '#contest-ward2 .by-precinct',
        expect: '#race-council-ward-2 .by-precinct',
        change: 'contest section ids renamed',
      },
      {
        selector: '#contest-measure-b .measure-text',
        expect: 'a.measure-link',
        change: 'measure text link reworded',
      },
      { selector: '#alerts', expect: '.alerts-cta', change: 'alerts link moved to header as button' },
    ],
  },
  {
    name: 'jury-summons-questionnaire-b29',
    v1: juryV1,
    v2: juryV2,
    targets: [
      {
        selector: '#not-citizen',
        expect: 'input[name="us_citizen"][value="false"]',
        change: 'citizenship became yes/no question',
      },
      { selector: '#resident', expect: '#lives-in-county', change: 'residency checkbox renamed' },
      { selector: '#new-date', expect: '#deferral-date', change: 'postpone date renamed deferral date' },
      { selector: '#reason', expect: '#explanation', change: 'reason textarea renamed' },
      {
        selector: '#text-alerts',
        expect: 'input[name="sms_standby"]',
        change: 'text alerts reworded standby updates',
      },
      { selector: '#submit-response', expect: 'button.submit', change: 'submit reworded send my response' },
      {
        selector: '#print-summons',
        expect: null,
        change: 'print summons removed; add to calendar button in its slot',
      },
      { selector: '#support-doc', expect: null, change: 'supporting document upload removed' },
    ],
  },
  {
    name: 'pothole-service-request-b29',
    v1: potholeV1,
    v2: potholeV2,
    targets: [
      {
        selector: '#use-gps',
        expect: 'button.locate',
        change: 'location button became icon with aria-label',
      },
      { selector: '#lane', expect: '#road-position', change: 'lane select renamed' },
      { selector: '#size', expect: null, change: 'size select removed; depth select in its slot' },
      { selector: '#photo', expect: '#photos', change: 'photo input now multiple' },
      { selector: '#anonymous', expect: null, change: 'anonymous checkbox removed' },
      { selector: '#sr-email', expect: '#contact-email', change: 'email input renamed' },
      {
        selector: '#submit-sr',
        expect: '#sr-form button[type="submit"]',
        change: 'submit reworded send report',
      },
      {
        selector: '#nearby li:nth-child(2) .upvote',
        expect: '#nearby li:nth-child(2) .me-too',
        change: '+1 buttons became me too',
      },
    ],
  },
  {
    name: 'inspection-route-queue-b29',
    v1: queueV1,
    v2: queueV2,
    targets: [
      {
        selector: '#f-district',
        expect: 'select[name="district"]',
        change: 'district filter lost its label and id',
      },
      { selector: '#f-search', expect: 'input[type="search"]', change: 'search input now type search' },
      { selector: '#apply-filters', expect: null, change: 'apply button removed, filters are live' },
      {
        selector: 'tr[data-permit="ELE24-1120"] .result-fail',
        expect: 'li[data-permit-id="ELE24-1120"] .outcome--fail',
        change: 'queue table became list; fail reworded failed',
      },
      {
        selector: 'tr[data-permit="BLD24-0331"] .reschedule',
        expect: 'li[data-permit-id="BLD24-0331"] a.move',
        change: 'reschedule button became move link',
      },
      {
        selector: '#check-all',
        expect: 'input[aria-label="Select all inspections"]',
        change: 'select all moved into bulk bar',
      },
      { selector: '#assign-selected', expect: 'button.bulk-assign', change: 'assign reworded' },
      {
        selector: '#print-route',
        expect: null,
        change: 'print route sheet removed; optimize route button in its slot',
      },
    ],
  },
  {
    name: 'vehicle-registry-clerk-search-b29',
    v1: vrsV1,
    v2: vrsV2,
    targets: [
      { selector: '#search-term', expect: 'input[name="q"]', change: 'search term input renamed' },
      {
        selector: '#search-btn',
        expect: '#vrs-search button[type="submit"]',
        change: 'search button reworded find vehicle',
      },
      { selector: '#advanced', expect: null, change: 'advanced search link removed' },
      {
        selector: '#vrs-results tr:nth-child(2) .open-record',
        expect: 'a[href="/vrs/vehicle/JTDKN3DU5A0123456"]',
        change: 'open links reworded view record',
      },
      {
        selector: '#lienholder',
        expect: 'td[data-field="lienholder"]',
        change: 'id replaced by data attribute',
      },
      {
        selector: '#add-lien',
        expect: 'button[data-action="lien"]',
        change: 'record lien reworded add lienholder',
      },
      { selector: '#print-record', expect: null, change: 'print button removed; history button in its slot' },
      { selector: '#save-note', expect: 'button.note-save', change: 'add note reworded save note' },
    ],
  },
  {
    name: 'library-room-reservation-b29',
    v1: roomsV1,
    v2: roomsV2,
    targets: [
      {
        selector: '#branch',
        expect: 'select[name="location"]',
        change: 'branch select renamed location, wrapped in label',
      },
      { selector: '#show-rooms', expect: null, change: 'show rooms button removed, filters are live' },
      {
        selector: '#room-105 .time[data-time="15:00"]',
        expect: 'button[aria-label="Community Room 105 at 3:00 PM"]',
        change: 'time buttons relabelled with aria-labels',
      },
      {
        selector: '#room-201 .room-details',
        expect: 'button[aria-controls="room-201-info"]',
        change: 'room details link became disclosure button',
      },
      { selector: '#purpose', expect: '#meeting-purpose', change: 'purpose input renamed' },
      { selector: '#card-number', expect: 'input[name="barcode"]', change: 'card number renamed barcode' },
      { selector: '#reserve', expect: 'button.book-now', change: 'reserve reworded confirm booking' },
      {
        selector: '#policy-link',
        expect: null,
        change: 'room policy link removed; cancellation terms link in its slot',
      },
    ],
  },
  {
    name: 'housing-benefit-evidence-b29',
    v1: hbV1,
    v2: hbV2,
    targets: [
      {
        selector: '#ev-rent .upload',
        expect: '#ev-rent .btn-upload',
        change: 'upload buttons reworded add file',
      },
      { selector: '#file', expect: '#evidence-files', change: 'file input moved into a dropzone' },
      { selector: '#doc-date', expect: null, change: 'document date field removed' },
      { selector: '#doc-note', expect: '#assessor-note', change: 'note textarea renamed' },
      {
        selector: '#upload-cancel',
        expect: 'button.dialog-close',
        change: 'cancel became close icon in dialog header',
      },
      {
        selector: '#upload-submit',
        expect: 'button[data-action="upload"]',
        change: 'upload submit id dropped',
      },
      {
        selector: '#post-instead',
        expect: null,
        change: 'send by post link removed; photo tips link in its slot',
      },
      { selector: '#finish', expect: 'button.confirm-complete', change: 'finish button reworded' },
    ],
  },
];
