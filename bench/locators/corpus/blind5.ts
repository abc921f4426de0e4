/**
 * Blind corpus 5, sealed: written without looking at the matcher, its tests
 * or any other corpus besides the format. Domains: school meals pre-order,
 * council parking fine payment, clinical trial screener, laboratory sample
 * tracker (LIMS), EV charging session, makerspace 3D print queue, power cut
 * report, field-service job sheet, dental check-in kiosk, observatory time
 * request, wine cellar inventory, daily crossword, family tree editor, voter
 * registration, ML experiment tracker, scheduled BI report, construction snag
 * list, bus duty roster, fantasy football squad, apiary inspection log, tenant
 * repair request, contact-centre agent desktop, optician lens chooser and ski
 * lift passes.
 */
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- school meals pre-order

const lunchV1 = page(
  'Pre-order lunches — Meadowbank Primary',
  `<header><a href="/" class="brand">Meadowbank Primary · School Meals</a><nav><a href="/home">Home</a><a href="/menus">Menus</a><a href="/topup">Top up</a><a href="/allergies">Allergies</a></nav><a href="/logout" id="logout">Log out</a></header>
<main><h1>Pre-order lunches</h1>
<div class="row"><label for="child-select">Child</label><select id="child-select" name="child"><option>Amira Haddad (Year 3)</option><option>Jonah Haddad (Reception)</option></select><span class="badge">Balance £12.40</span><a href="/topup?from=orders" id="topup-link">Top up balance</a></div>
<p class="muted">Orders for the week beginning 9 June close on Thursday at 6pm. Children in Reception, Year 1 and Year 2 get universal infant free school meals.</p>
<table id="week"><tr><th>Day</th><th>Main</th><th>Dessert</th><th></th></tr>
<tr><td>Monday</td><td><select name="meal-mon"><option>Chicken curry and rice</option><option>Chickpea curry and rice (V)</option><option>Jacket potato with beans</option></select></td><td><label><input type="checkbox" id="pud-mon" checked> Apple crumble</label></td><td><button type="button" id="copy-monday">Copy Monday to all days</button></td></tr>
<tr><td>Tuesday</td><td><select name="meal-tue"><option>Beef pasta bake</option><option>Tomato pasta bake (V)</option><option>Jacket potato with cheese</option></select></td><td><label><input type="checkbox" id="pud-tue"> Strawberry yoghurt</label></td><td></td></tr>
<tr><td>Wednesday</td><td><select name="meal-wed"><option>Roast chicken dinner</option><option>Quorn roast dinner (V)</option><option>Jacket potato with tuna</option></select></td><td><label><input type="checkbox" id="pud-wed"> Sponge and custard</label></td><td></td></tr>
<tr><td>Thursday</td><td><select name="meal-thu"><option>Sausage and mash</option><option>Veggie sausage and mash (V)</option><option>Jacket potato with beans</option></select></td><td><label><input type="checkbox" id="pud-thu"> Fruit salad</label></td><td></td></tr>
<tr><td>Friday</td><td><select name="meal-fri"><option>Fish fingers and chips</option><option>Cheese and tomato pizza (V)</option></select></td><td><label><input type="checkbox" id="pud-fri"> Ice cream</label></td><td><label><input type="checkbox" id="packed-fri"> Packed lunch instead</label></td></tr>
</table>
<div class="row"><button type="button" id="save-orders" class="btn-primary">Save orders</button><a href="/menus/print" id="print-menu">Print this week's menu</a></div>
</main>
<footer><a href="/contact">Contact the kitchen</a> · <a href="/privacy">Privacy notice</a></footer>`,
);

const lunchV2 = page(
  'Lunch orders — Meadowbank Meals',
  `<header><a href="/" class="brand">Meadowbank Meals</a><nav><a href="/home">Overview</a><a href="/menus">Menus</a><a href="/dietary-requirements">Dietary needs</a></nav><div class="row"><label for="pupil-picker" class="muted">Ordering for</label><select id="pupil-picker" name="pupil"><option>Amira (Year 3)</option><option>Jonah (Reception)</option></select></div><button type="button" class="icon-btn" aria-label="Sign out">⎋</button></header>
<main><div class="row"><h1>Lunches · w/c 9 June</h1><div class="card wallet"><span class="muted">Balance</span> <strong>£12.40</strong> <button type="button" class="add-funds">Add money</button></div></div>
<p class="muted">Order by Thursday 6pm. Infant free school meals are applied automatically.</p>
<div class="row"><button type="button" class="repeat-choice">Repeat Monday's choices all week</button><button type="button" class="clear-week">Clear week</button></div>
<div class="grid3 days">
<div class="card day"><h3>Mon</h3><select name="monday-main" aria-label="Monday main"><option>Chicken curry and rice</option><option>Chickpea curry and rice (V)</option><option>Jacket potato with beans</option></select><label><input type="checkbox" name="monday-dessert" checked> Apple crumble</label></div>
<div class="card day"><h3>Tue</h3><select aria-label="Tuesday main"><option>Beef pasta bake</option><option>Tomato pasta bake (V)</option><option>Jacket potato with cheese</option></select><label><input type="checkbox" name="tuesday-dessert"> Strawberry yoghurt</label></div>
<div class="card day"><h3>Wed</h3><select aria-label="Wednesday main"><option>Roast chicken dinner</option><option>Quorn roast dinner (V)</option><option>Jacket potato with tuna</option></select><label><input type="checkbox" name="wednesday-dessert"> Sponge and custard</label></div>
<div class="card day"><h3>Thu</h3><select aria-label="Thursday main"><option>Sausage and mash</option><option>Veggie sausage and mash (V)</option><option>Jacket potato with beans</option></select><label><input type="checkbox" name="thursday-dessert"> Fruit salad</label></div>
<div class="card day"><h3>Fri</h3><select aria-label="Friday main"><option>Fish fingers and chips</option><option>Cheese and tomato pizza (V)</option></select><label><input type="checkbox" name="friday-dessert"> Ice cream</label><label><input type="checkbox" name="friday-fruit"> Add a fruit pot (+40p)</label></div>
</div>
<div class="row"><button type="button" class="confirm-week">Confirm week</button><a href="/menus/nutrition">Nutrition and allergens</a></div>
</main>
<footer><a href="/contact">Contact the kitchen</a> · <a href="/privacy">Privacy notice</a></footer>`,
);

const lunchPair: PagePair = {
  name: 'school-lunch-preorder',
  v1: lunchV1,
  v2: lunchV2,
  targets: [
    {
      selector: '#child-select',
      expect: '#pupil-picker',
      change: 'child picker moved into the header, relabelled',
    },
    {
      selector: '#topup-link',
      expect: 'button.add-funds',
      change: 'Top up link became an Add money button in a wallet card',
    },
    {
      selector: 'select[name="meal-tue"]',
      expect: '.day:nth-child(2) select',
      change: 'table row became a day card, select lost its name',
    },
    {
      selector: '#pud-wed',
      expect: 'input[name="wednesday-dessert"]',
      change: 'dessert checkbox id replaced by a name',
    },
    {
      selector: '#copy-monday',
      expect: 'button.repeat-choice',
      change: 'copy button reworded and moved above the days',
    },
    {
      selector: '#packed-fri',
      expect: null,
      change: 'packed lunch option dropped; a fruit pot add-on sits in the Friday card',
    },
    { selector: '#save-orders', expect: 'button.confirm-week', change: 'Save orders renamed Confirm week' },
    { selector: '#print-menu', expect: null, change: 'print link removed; nutrition link in its place' },
  ],
};

// ---------------------------------------------------------------- parking fine payment

const pcnV1 = page(
  'Pay a penalty charge notice — Northgate Borough Council',
  `<header><a href="/" class="logo">Northgate Borough Council</a><nav><a href="/services">Services</a><a href="/parking">Parking</a><a href="/contact">Contact us</a></nav></header>
<main><p><a href="/parking">Parking</a> › Pay a penalty charge notice</p>
<h1>Pay a penalty charge notice (PCN)</h1>
<form class="pcn-search"><label for="pcn-number">PCN number</label><input id="pcn-number" name="pcn" value="NG40918273"><label for="vrm">Vehicle registration</label><input id="vrm" name="vrm" value="LK19 XRT"><button type="submit" id="find-pcn">Find my PCN</button></form>
<table class="pcn-details"><tr><th>Issued</th><td>2 June 2025, 14:12</td></tr><tr><th>Location</th><td>High Street (loading bay)</td></tr><tr><th>Contravention</th><td>01 — Parked in a restricted street during prescribed hours</td></tr><tr><th>Amount due</th><td>£35.00 (rises to £70.00 after 16 June)</td></tr></table>
<p><a href="/pcn/NG40918273/photos" id="view-photos">View photos (3)</a></p>
<fieldset><legend>What would you like to do?</legend>
<label><input type="radio" name="action" id="opt-pay" value="pay" checked> Pay now</label>
<label><input type="radio" name="action" id="opt-challenge" value="challenge"> Challenge this PCN</label>
</fieldset>
<form class="card-payment"><h2>Card details</h2>
<label for="card-name">Name on card</label><input id="card-name" name="card_name">
<label for="card-number">Card number</label><input id="card-number" name="card_number" inputmode="numeric">
<div class="row"><label for="expiry">Expiry (MM/YY)</label><input id="expiry" name="expiry" size="5"><label for="cvc">Security code</label><input id="cvc" name="cvc" size="4"></div>
<label class="row"><input type="checkbox" id="email-receipt" name="email_receipt"> Email me a receipt</label>
<label for="receipt-email">Email address</label><input type="email" id="receipt-email" name="receipt_email">
<div class="row"><button type="submit" id="pay-submit">Pay £35.00</button><a href="/parking" id="cancel-payment">Cancel</a></div>
</form></main>
<footer><a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a></footer>`,
);

const pcnV2 = page(
  'Parking fines — Northgate Council',
  `<header><a href="/" class="logo">Northgate Council</a><nav><a href="/services">All services</a><a href="/contact">Contact</a></nav></header>
<main><h1>Pay or challenge a parking fine</h1>
<section class="lookup-panel card"><div class="grid"><div><label for="notice-ref">Notice reference</label><p class="muted">Starts with NG, printed top right of your notice</p><input id="notice-ref" name="notice_ref" value="NG40918273"></div><div><label for="plate">Number plate</label><input id="plate" name="plate" value="LK19 XRT"></div></div><button type="button" class="lookup">Look up</button></section>
<section class="card summary"><h2>£35.00 to pay</h2><p class="muted">Pay by 16 June or the charge goes up to £70.00.</p><dl><dt>When</dt><dd>2 June 2025, 14:12</dd><dt>Where</dt><dd>High Street loading bay</dd><dt>Reason</dt><dd>Parked in a restricted street during prescribed hours (code 01)</dd></dl><button type="button" class="evidence">See the evidence (3 photos)</button></section>
<div class="row" role="radiogroup" aria-label="Choose an option"><button type="button" role="radio" aria-checked="true" data-action="pay">Pay the fine</button><button type="button" role="radio" aria-checked="false" data-action="represent">Make a formal challenge</button></div>
<form class="pay"><h2>Payment</h2>
<label for="holder">Cardholder name</label><input id="holder" name="cardholder" autocomplete="cc-name">
<label for="pan">Long card number</label><input id="pan" name="pan" autocomplete="cc-number" inputmode="numeric">
<div class="row"><label for="exp">Expires</label><input id="exp" name="exp" placeholder="MM/YY" size="5"><label for="csc">CVV</label><input id="csc" name="security_code" size="4"></div>
<label for="email">Email for your receipt</label><input type="email" id="email" name="email">
<label class="row"><input type="checkbox" id="sms-receipt" name="sms_receipt"> Also send a text message confirmation</label>
<div class="row"><a href="/parking" class="back-link">Back</a><button type="submit" class="pay-confirm">Confirm payment</button></div>
</form></main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></footer>`,
);

const pcnPair: PagePair = {
  name: 'parking-fine-payment',
  v1: pcnV1,
  v2: pcnV2,
  targets: [
    {
      selector: '#pcn-number',
      expect: '#notice-ref',
      change: 'PCN number relabelled Notice reference, id changed',
    },
    {
      selector: 'form.pcn-search button[type="submit"]',
      expect: 'button.lookup',
      change: 'search form became a panel; Find my PCN shortened to Look up',
    },
    {
      selector: '#opt-challenge',
      expect: '[data-action="represent"]',
      change: 'radio became a segmented button, reworded',
    },
    {
      selector: '#view-photos',
      expect: 'button.evidence',
      change: 'photos link became a button in the summary card',
    },
    { selector: '#card-number', expect: '#pan', change: 'card number field relabelled and renamed' },
    {
      selector: '#email-receipt',
      expect: null,
      change: 'receipt opt-in removed (always emailed); SMS confirmation checkbox added near it',
    },
    {
      selector: '#pay-submit',
      expect: 'form.pay button[type="submit"]',
      change: 'Pay £35.00 became Confirm payment, moved after Back',
    },
    {
      selector: '#cancel-payment',
      expect: null,
      change: 'Cancel removed; a Back link sits beside the button',
    },
  ],
};

// ---------------------------------------------------------------- clinical trial screener

const trialV1 = page(
  'ASTER-2 eligibility — Northern Respiratory Research Unit',
  `<header><a href="/" class="logo">Northern Respiratory Research Unit</a><nav><a href="/studies">Current studies</a><a href="/about">About research</a><a href="/contact">Contact</a></nav></header>
<main><h1>Could you take part in the ASTER-2 asthma study?</h1>
<p class="muted">Answer a few questions to see if you might be eligible. This takes about 2 minutes and nothing is stored until you submit.</p>
<p><a href="/studies/aster-2/pis.pdf" id="read-pis">Read the participant information sheet</a></p>
<form id="screener">
<fieldset><legend>Are you aged between 18 and 65?</legend><label><input type="radio" name="age" id="age-yes" value="yes"> Yes</label> <label><input type="radio" name="age" id="age-no" value="no"> No</label></fieldset>
<fieldset><legend>Has a doctor diagnosed you with asthma?</legend><label><input type="radio" name="dx" id="dx-yes" value="yes"> Yes</label> <label><input type="radio" name="dx" id="dx-no" value="no"> No</label></fieldset>
<fieldset><legend>Do you currently smoke?</legend><label><input type="radio" name="smoke" id="smoke-yes" value="yes"> Yes</label> <label><input type="radio" name="smoke" id="smoke-no" value="no"> No</label></fieldset>
<fieldset><legend>Are you pregnant or breastfeeding?</legend><label><input type="radio" name="preg" id="preg-yes" value="yes"> Yes</label> <label><input type="radio" name="preg" id="preg-no" value="no"> No</label></fieldset>
<label for="nearest-site">Nearest study site</label><select id="nearest-site" name="nearest_site"><option>Leeds</option><option>Sheffield</option><option>York</option></select>
<label for="postcode">Postcode</label><input id="postcode" name="postcode" size="8">
<label class="row"><input type="checkbox" id="consent-contact" name="consent_contact"> I agree to be contacted by the research team about this study</label>
<div class="row"><button type="submit" id="check-eligibility">Check eligibility</button><a href="/studies/aster-2/resume" id="save-later">Save and finish later</a></div>
</form></main>
<footer>Sponsored by Northern Health Research Trust · <a href="/privacy">How we use your data</a></footer>`,
);

const trialV2 = edit(trialV1, [
  [
    '<p><a href="/studies/aster-2/pis.pdf" id="read-pis">Read the participant information sheet</a></p>',
    '<div class="card"><strong>Before you start</strong><p>It helps to know what taking part involves.</p><a href="/studies/aster-2/pis.pdf" class="pis-download">Participant information (PDF, 240 KB)</a></div>',
  ],
  ['name="dx" id="dx-yes"', 'name="diagnosis" id="diagnosed-yes"'],
  ['name="dx" id="dx-no"', 'name="diagnosis" id="diagnosed-no"'],
  ['Do you currently smoke?', 'Have you smoked or vaped in the last 12 months?'],
  ['id="smoke-yes"', 'id="smoked12-yes"'],
  ['id="smoke-no"', 'id="smoked12-no"'],
  [
    '<fieldset><legend>Are you pregnant or breastfeeding?</legend><label><input type="radio" name="preg" id="preg-yes" value="yes"> Yes</label> <label><input type="radio" name="preg" id="preg-no" value="no"> No</label></fieldset>',
    '<fieldset><legend>Do you use a preventer inhaler every day?</legend><label><input type="radio" name="preventer" id="inhaler-yes" value="yes"> Yes</label> <label><input type="radio" name="preventer" id="inhaler-no" value="no"> No</label> <label><input type="radio" name="preventer" id="inhaler-unsure" value="unsure"> Not sure</label></fieldset>',
  ],
  [
    '<label for="nearest-site">Nearest study site</label><select id="nearest-site" name="nearest_site"><option>Leeds</option><option>Sheffield</option><option>York</option></select>',
    '<label for="site-choice">Which hospital could you get to most easily?</label><select id="site-choice" name="site"><option>Leeds General Infirmary</option><option>Northern General, Sheffield</option><option>York Hospital</option></select>',
  ],
  [
    '<input type="checkbox" id="consent-contact" name="consent_contact"> I agree to be contacted by the research team about this study',
    '<input type="checkbox" id="contact-ok" name="contact_ok"> The study team may phone or email me about ASTER-2',
  ],
  [
    '<button type="submit" id="check-eligibility">Check eligibility</button><a href="/studies/aster-2/resume" id="save-later">Save and finish later</a>',
    '<button type="submit">See if I might be eligible</button><a href="/studies/aster-2" class="restart">Start again</a>',
  ],
]);

const trialPair: PagePair = {
  name: 'clinical-trial-screener',
  v1: trialV1,
  v2: trialV2,
  targets: [
    { selector: '#dx-yes', expect: '#diagnosed-yes', change: 'radio id and group name changed' },
    { selector: '#smoke-yes', expect: '#smoked12-yes', change: 'smoking question reworded, ids changed' },
    {
      selector: '#preg-no',
      expect: null,
      change: 'pregnancy question removed; a preventer-inhaler question took its place',
    },
    {
      selector: '#nearest-site',
      expect: '#site-choice',
      change: 'site select relabelled, options lengthened',
    },
    { selector: '#consent-contact', expect: '#contact-ok', change: 'consent checkbox reworded and renamed' },
    {
      selector: '#check-eligibility',
      expect: '#screener button[type="submit"]',
      change: 'submit button lost its id and was reworded',
    },
    {
      selector: '#read-pis',
      expect: 'a.pis-download',
      change: 'information sheet link moved into a card, reworded',
    },
    {
      selector: '#save-later',
      expect: null,
      change: 'save-for-later removed; a Start again link in its place',
    },
  ],
};

// ---------------------------------------------------------------- laboratory sample tracker

const limsRowV1 = (id: string, type: string, study: string, loc: string, status: string, awaiting: boolean) =>
  `<tr id="row-${id.slice(5)}"><td><input type="checkbox" aria-label="Select ${id}"></td><td>${id}</td><td>${type}</td><td>${study}</td><td>${loc}</td><td>${status}</td><td><button class="receive"${awaiting ? '' : ' disabled'}>Receive</button> <button class="aliquot">Aliquot</button> <button class="discard">Discard</button></td></tr>`;

const limsRowV2 = (id: string, type: string, study: string, loc: string, status: string, awaiting: boolean) =>
  `<tr data-sample-id="${id}"><td><input type="checkbox" aria-label="Select ${id}"></td><td>${id}</td><td>${status}</td><td>${type}</td><td>${study}</td><td>${loc}</td><td><button class="act-receive" aria-label="Receive ${id}"${awaiting ? '' : ' disabled'}>⤓</button> <button class="act-split" aria-label="Split ${id} into aliquots">⑂</button> <button class="act-move" aria-label="Move ${id}">⇄</button></td></tr>`;

const limsV1 = page(
  'Samples — BioTrack LIMS',
  `<header><a href="/" class="logo">BioTrack LIMS</a><nav><a href="/samples" class="active">Samples</a><a href="/batches">Batches</a><a href="/instruments">Instruments</a><a href="/reports">Reports</a></nav><input type="search" id="sample-search" placeholder="Search sample ID or barcode"><button type="button" id="new-sample">Register sample</button></header>
<main><h1>Samples</h1>
<div class="row"><label for="status-filter">Status</label><select id="status-filter"><option>All</option><option>Awaiting receipt</option><option>In storage</option><option>Consumed</option></select><label for="type-filter">Type</label><select id="type-filter"><option>Any</option><option>Whole blood</option><option>Plasma</option><option>Urine</option><option>Tissue</option></select></div>
<table id="samples"><tr><th></th><th>Sample ID</th><th>Type</th><th>Study</th><th>Location</th><th>Status</th><th>Actions</th></tr>
${limsRowV1('S-24-0311', 'Plasma', 'CARDIO-7', 'Freezer B / Rack 3 / A4', 'In storage', false)}
${limsRowV1('S-24-0312', 'Whole blood', 'CARDIO-7', '—', 'Awaiting receipt', true)}
${limsRowV1('S-24-0313', 'Urine', 'RENAL-2', 'Fridge 1 / Shelf 2', 'In storage', false)}
${limsRowV1('S-24-0314', 'Tissue', 'ONC-12', '—', 'Awaiting receipt', true)}
${limsRowV1('S-24-0315', 'Plasma', 'CARDIO-7', 'Freezer B / Rack 3 / A7', 'In storage', false)}
</table>
<div class="row"><button type="button" id="print-labels">Print labels</button><button type="button" id="export-csv">Export CSV</button><span class="muted">5 of 1,284 samples</span></div>
</main>`,
);

const limsV2 = page(
  'Samples · BioTrack',
  `<header><a href="/" class="logo">BioTrack</a><nav><a href="/samples" aria-current="page">Samples</a><a href="/batches">Batches</a><a href="/instruments">Instruments</a><a href="/reports">Reports</a></nav></header>
<main><div class="row"><h1>Samples</h1><button type="button" class="register">New sample</button></div>
<div role="tablist" class="row"><button role="tab" aria-selected="true">All</button><button role="tab">Awaiting receipt</button><button role="tab">In storage</button><button role="tab">Consumed</button></div>
<div class="row" role="toolbar" aria-label="Sample tools"><input type="search" name="q" placeholder="Sample ID, barcode or study"><label for="filter-matrix">Matrix</label><select id="filter-matrix"><option>Any</option><option>Whole blood</option><option>Plasma</option><option>Serum</option><option>Urine</option><option>Tissue</option></select><button type="button" class="labels-print">Print labels…</button><button type="button" class="share-view">Share this view</button></div>
<table id="sample-grid"><tr><th></th><th>ID</th><th>Status</th><th>Matrix</th><th>Study</th><th>Stored at</th><th></th></tr>
${limsRowV2('S-24-0315', 'Plasma', 'CARDIO-7', 'FRZ-B · R3 · A7', 'In storage', false)}
${limsRowV2('S-24-0314', 'Tissue', 'ONC-12', '—', 'Awaiting receipt', true)}
${limsRowV2('S-24-0313', 'Urine', 'RENAL-2', 'FRG-1 · S2', 'In storage', false)}
${limsRowV2('S-24-0312', 'Whole blood', 'CARDIO-7', '—', 'Awaiting receipt', true)}
${limsRowV2('S-24-0311', 'Plasma', 'CARDIO-7', 'FRZ-B · R3 · A4', 'In storage', false)}
</table>
<p class="muted">Showing 5 of 1,284</p>
</main>`,
);

const limsPair: PagePair = {
  name: 'lims-sample-tracker',
  v1: limsV1,
  v2: limsV2,
  targets: [
    {
      selector: '#sample-search',
      expect: 'input[name="q"]',
      change: 'search moved from header into a toolbar',
    },
    {
      selector: '#new-sample',
      expect: 'button.register',
      change: 'Register sample renamed New sample, moved by heading',
    },
    { selector: '#type-filter', expect: '#filter-matrix', change: 'Type filter relabelled Matrix' },
    {
      selector: '#samples tr:nth-child(3) button.aliquot',
      expect: 'tr[data-sample-id="S-24-0312"] .act-split',
      change: 'rows re-sorted newest first; Aliquot became an icon button',
    },
    {
      selector: '#row-0314 button.receive',
      expect: 'tr[data-sample-id="S-24-0314"] .act-receive',
      change: 'row id dropped; Receive became an icon button',
    },
    {
      selector: '#row-0315 .discard',
      expect: null,
      change: 'per-row Discard removed; a Move icon button took its slot',
    },
    { selector: '#print-labels', expect: 'button.labels-print', change: 'print labels moved into toolbar' },
    { selector: '#export-csv', expect: null, change: 'CSV export removed; Share this view button added' },
  ],
};

// ---------------------------------------------------------------- EV charging session

const evV1 = page(
  'Charger HX-2231 — VoltPoint',
  `<header><a href="/" class="logo">VoltPoint</a><nav><a href="/map">Map</a><a href="/sessions">My sessions</a><a href="/account">Account</a></nav></header>
<main><h1>Charger HX-2231</h1><p class="muted">Tesco Extra, Hatfield · Bay 4 · Available</p>
<fieldset><legend>Choose a connector</legend>
<label><input type="radio" name="connector" id="conn-ccs" value="ccs" checked> CCS (up to 150 kW)</label>
<label><input type="radio" name="connector" id="conn-chademo" value="chademo"> CHAdeMO (up to 50 kW)</label>
<label><input type="radio" name="connector" id="conn-type2" value="type2"> Type 2 AC (22 kW)</label>
</fieldset>
<p>Price: 69p per kWh · <a href="/sites/2231/tariff" id="tariff">See full tariff</a></p>
<label for="limit">Stop charging at</label><select id="limit" name="limit"><option>80%</option><option>90%</option><option>100%</option></select>
<label for="pay-method">Pay with</label><select id="pay-method" name="pay_method"><option>Visa •••• 4242</option><option>Apple Pay</option><option>Account credit (£6.20)</option></select>
<label class="row"><input type="checkbox" id="notify-full" checked> Notify me when charging is complete</label>
<label class="row"><input type="checkbox" id="idle-warn" checked> Warn me before idle fees start</label>
<button type="button" id="start-charge">Start charging</button>
<p><a href="/sites/2231/fault" id="report-fault">Report a problem with this charger</a></p>
</main>
<footer><a href="/help">Help</a> · <a href="/terms">Terms</a></footer>`,
);

const evV2 = page(
  'Bay 4 · VoltPoint',
  `<header><a href="/" class="logo">VoltPoint</a><span class="muted">HX-2231 · Hatfield</span><button type="button" class="icon" aria-label="Report a fault">⚠</button></header>
<main><h1>Bay 4 is free</h1><p class="muted">Tesco Extra, Hatfield</p>
<div class="grid3 connectors"><button type="button" class="connector" data-plug="ccs-150" aria-pressed="true">CCS<br><small>150 kW</small></button><button type="button" class="connector" data-plug="ccs-50">CCS<br><small>50 kW · shared</small></button><button type="button" class="connector" data-plug="type2">Type 2<br><small>22 kW</small></button></div>
<p><strong>69p/kWh</strong> · <a href="/sites/2231/pricing" class="prices">Pricing details</a></p>
<label for="target-soc">Charge to</label><input type="range" id="target-soc" name="target_soc" min="50" max="100" step="5" value="80">
<label for="payment-source">Payment</label><select id="payment-source"><option>Visa ending 4242</option><option>Apple Pay</option><option>Wallet · £6.20</option></select>
<label class="row"><input type="checkbox" role="switch" id="push-complete" checked> Push notification when done</label>
<label class="row"><input type="checkbox" role="switch" id="email-receipts"> Email me a receipt after each session</label>
<button type="button" class="cta-start">Start session</button>
</main>
<nav><a href="/map">Map</a><a href="/sessions">Sessions</a><a href="/account">Me</a></nav>`,
);

const evPair: PagePair = {
  name: 'ev-charging-session',
  v1: evV1,
  v2: evV2,
  targets: [
    {
      selector: '#conn-ccs',
      expect: 'button[data-plug="ccs-150"]',
      change: 'connector radios became tile buttons',
    },
    {
      selector: '#conn-chademo',
      expect: null,
      change: 'CHAdeMO connector removed; a second, shared CCS tile in its place',
    },
    { selector: '#tariff', expect: 'a.prices', change: 'tariff link renamed Pricing details, new href' },
    { selector: '#limit', expect: '#target-soc', change: 'stop-at select became a range slider' },
    { selector: '#notify-full', expect: '#push-complete', change: 'checkbox became a switch, reworded' },
    {
      selector: '#idle-warn',
      expect: null,
      change: 'idle fee warning removed; an email receipt switch sits in its place',
    },
    { selector: '#start-charge', expect: 'button.cta-start', change: 'Start charging renamed Start session' },
    {
      selector: '#report-fault',
      expect: 'button[aria-label="Report a fault"]',
      change: 'footer link became an icon button in the header',
    },
  ],
};

// ---------------------------------------------------------------- makerspace 3D print queue

const printV1 = page(
  '3D print queue — Forge Makerspace',
  `<header><a href="/" class="logo">Forge Makerspace</a><nav><a href="/tools">Tools</a><a href="/print" class="active">3D printing</a><a href="/laser">Laser cutter</a><a href="/members">Members</a></nav><a href="/print/status" id="printer-status">Printer status</a></header>
<main><h1>3D print queue</h1>
<ol id="queue">
<li><strong>Bracket v3</strong> · Prusa MK4 #1 · PETG · 2h 10m <button class="move-up">Move up</button> <button class="cancel">Cancel</button></li>
<li><strong>Cable clip x20</strong> · Prusa MK4 #2 · PLA · 45m <button class="move-up">Move up</button> <button class="cancel">Cancel</button></li>
<li><strong>Phone stand</strong> · Bambu X1 · PLA · 1h 30m <button class="move-up">Move up</button> <button class="cancel">Cancel</button></li>
<li><strong>Gear housing</strong> · Prusa MK4 #1 · PETG · 3h 05m <button class="move-up">Move up</button> <button class="cancel">Cancel</button></li>
</ol>
<h2>Add a print</h2>
<form id="new-job">
<label for="stl-file">Model file (.stl, .3mf)</label><input type="file" id="stl-file" accept=".stl,.3mf">
<label for="printer">Printer</label><select id="printer"><option>Any available</option><option>Prusa MK4 #1</option><option>Prusa MK4 #2</option><option>Bambu X1</option></select>
<label for="material">Material</label><select id="material"><option>PLA</option><option>PETG</option><option>TPU</option></select>
<label for="infill">Infill %</label><input type="number" id="infill" min="0" max="100" value="20">
<label class="row"><input type="checkbox" id="supports"> Generate supports</label>
<label class="row"><input type="checkbox" id="notify-email" checked> Email me when it's done</label>
<button type="submit" id="submit-job">Add to queue</button>
</form></main>`,
);

const printJob = (slug: string, name: string, meta: string) =>
  `<li data-job="${slug}"><span class="handle" aria-hidden="true">⠿</span> ${name} <span class="muted">${meta}</span> <button aria-label="Duplicate ${name}">⧉</button> <button aria-label="Cancel ${name}">✕</button></li>`;

const printV2 = page(
  'Printing · Forge',
  `<header><a href="/" class="logo">Forge</a><nav><a href="/tools">Tools</a><a href="/print" aria-current="page">3D printing</a><a href="/laser">Laser</a><a href="/members">Members</a></nav><div role="tablist" class="row"><button role="tab" data-tab="queue" aria-selected="true">Queue</button><button role="tab" data-tab="printers">Printers</button><button role="tab" data-tab="history">History</button></div></header>
<main class="grid"><section><h1>New print</h1>
<form class="print-form"><fieldset><legend>1. Upload</legend><input type="file" name="model" accept=".stl,.3mf,.step"><p class="muted">STL, 3MF or STEP up to 50 MB</p></fieldset>
<fieldset><legend>2. Settings</legend>
<label>Printer <select name="machine"><option>First free</option><option>MK4-1</option><option>MK4-2</option><option>X1</option></select></label>
<label>Filament <select name="filament"><option>PLA</option><option>PETG</option><option>TPU (flexible)</option><option>ASA</option></select></label>
<label>Infill <input type="range" name="infill_pct" min="0" max="100" step="5" value="20"></label>
<label class="row"><input type="checkbox" role="switch" id="auto-supports"> Auto supports</label>
<label class="row"><input type="checkbox" role="switch" id="notify-discord"> Ping me on Discord when done</label>
</fieldset><button type="submit" class="queue-add">Queue print</button></form></section>
<section><h2>Up next</h2><ul class="queue-list">
${printJob('bracket-v3', 'Bracket v3', 'MK4-1 · 2h 10m')}
${printJob('cable-clip', 'Cable clip x20', 'MK4-2 · 45m')}
${printJob('phone-stand', 'Phone stand', 'X1 · 1h 30m')}
${printJob('gear-housing', 'Gear housing', 'MK4-1 · 3h 05m')}
</ul><p class="muted">Drag to reorder.</p></section></main>`,
);

const printPair: PagePair = {
  name: 'makerspace-print-queue',
  v1: printV1,
  v2: printV2,
  targets: [
    {
      selector: '#stl-file',
      expect: 'input[name="model"]',
      change: 'file input moved into an Upload step, id gone',
    },
    {
      selector: '#material',
      expect: 'select[name="filament"]',
      change: 'Material relabelled Filament, id gone',
    },
    { selector: '#supports', expect: '#auto-supports', change: 'checkbox became a switch, shortened label' },
    {
      selector: '#notify-email',
      expect: null,
      change: 'email notification removed; Discord ping switch in its place',
    },
    { selector: '#submit-job', expect: 'button.queue-add', change: 'Add to queue renamed Queue print' },
    {
      selector: '#queue li:nth-child(2) .cancel',
      expect: 'button[aria-label="Cancel Cable clip x20"]',
      change: 'text button became an icon button with aria-label',
    },
    {
      selector: '#queue li:nth-child(3) .move-up',
      expect: null,
      change: 'Move up removed (drag to reorder); Duplicate icon in its slot',
    },
    {
      selector: '#printer-status',
      expect: '[role="tab"][data-tab="printers"]',
      change: 'header link became a Printers tab',
    },
  ],
};

// ---------------------------------------------------------------- power cut report

const outageV1 = page(
  'Report a power cut — Eastern Power Networks',
  `<header><a href="/" class="logo">Eastern Power Networks</a><nav><a href="/power-cuts">Power cuts</a><a href="/new-connections">New connections</a><a href="/help">Help</a></nav></header>
<main><h1>Report a power cut</h1>
<p class="muted">If you can see damaged power lines or substations, stay well away.</p>
<label for="address-search">Postcode or street</label><div class="row"><input id="address-search" name="address_search" value="CB4 1AB"><button type="button" id="find-address">Find</button></div>
<label for="address-list">Select your address</label><select id="address-list" name="address"><option>12 Milton Road</option><option>14 Milton Road</option><option>16 Milton Road</option></select>
<fieldset><legend>What's happening?</legend>
<label><input type="radio" name="issue" id="issue-none" value="none"> No power at all</label>
<label><input type="radio" name="issue" id="issue-partial" value="partial"> Some lights or sockets aren't working</label>
<label><input type="radio" name="issue" id="issue-flicker" value="flicker"> Lights are flickering or dim</label>
<label><input type="radio" name="issue" id="issue-danger" value="danger"> I can see damaged cables or equipment</label>
</fieldset>
<label class="row"><input type="checkbox" id="priority-register"> Someone in the home relies on medical equipment</label>
<label for="phone">Mobile number</label><input type="tel" id="phone" name="phone">
<label class="row"><input type="checkbox" id="sms-updates" checked> Send me text updates</label>
<div class="row"><button type="submit" id="submit-report">Report power cut</button><a href="/power-cuts/map" id="outage-map">View live outage map</a></div>
</main>
<footer>Call 105 free from any phone · <a href="/accessibility">Accessibility</a></footer>`,
);

const outageV2 = page(
  'Tell us about a power cut — Eastern Power',
  `<header><a href="/" class="logo">Eastern Power</a><nav><a href="/power-cuts">Power cuts</a><a href="/power-cuts/map" class="map-link">Power cut map</a><a href="/help">Help</a></nav></header>
<main><div class="card danger-banner"><strong>See damaged cables or equipment?</strong> Stay 5 metres away and <a href="tel:105">call 105 now</a>.</div>
<h1>Tell us about a power cut</h1>
<label for="location">Your postcode</label><div class="row"><input id="location" name="location" value="CB4 1AB"><button type="button" aria-label="Search">🔍</button></div>
<label for="premises">Address</label><select id="premises" name="premises"><option>12 Milton Road</option><option>14 Milton Road</option><option>16 Milton Road</option></select>
<p>What's happening?</p><div class="row issue-picker"><button type="button" data-issue="none">No power</button><button type="button" data-issue="partial">Partial power</button><button type="button" data-issue="flicker">Flickering</button></div>
<label class="row"><input type="checkbox" id="psr-opt-in"> Add us to the Priority Services Register (for example, someone relies on medical equipment)</label>
<label for="mobile">Mobile</label><input type="tel" id="mobile" name="mobile">
<label class="row"><input type="checkbox" id="email-updates"> Email me updates</label>
<button type="submit" class="send-report">Send report</button>
</main>
<footer>Call 105 free · <a href="/accessibility">Accessibility</a></footer>`,
);

const outagePair: PagePair = {
  name: 'power-cut-report',
  v1: outageV1,
  v2: outageV2,
  targets: [
    {
      selector: '#address-search',
      expect: '#location',
      change: 'address search narrowed to postcode, id changed',
    },
    {
      selector: '#find-address',
      expect: 'button[aria-label="Search"]',
      change: 'Find button became a magnifier icon',
    },
    {
      selector: '#issue-partial',
      expect: 'button[data-issue="partial"]',
      change: 'radio became a chip button, wording shortened',
    },
    {
      selector: '#issue-danger',
      expect: null,
      change: 'danger option removed from the form; now a call-105 banner',
    },
    { selector: '#priority-register', expect: '#psr-opt-in', change: 'medical equipment checkbox reworded' },
    {
      selector: '#sms-updates',
      expect: null,
      change: 'text updates removed; email updates checkbox in its place',
    },
    {
      selector: '#submit-report',
      expect: 'button.send-report',
      change: 'Report power cut renamed Send report',
    },
    { selector: '#outage-map', expect: 'header a.map-link', change: 'map link moved into the header nav' },
  ],
};

// ---------------------------------------------------------------- field-service job sheet

const jobV1 = page(
  'J-55120 — FieldPro',
  `<header><a href="/" class="logo">FieldPro</a><nav><a href="/jobs">Today's jobs</a><a href="/van-stock">Van stock</a><a href="/timesheet">Timesheet</a></nav></header>
<main><h1>J-55120 · Annual boiler service</h1>
<p>Mrs A. Okafor · 27 Elm Grove, Bristol BS6 · <a href="tel:+447700900123" id="call-customer">Call customer</a></p>
<h2>Checklist</h2>
<div id="checklist">
<label class="row"><input type="checkbox" id="task-flue"> Flue gas analysis</label>
<label class="row"><input type="checkbox" id="task-pressure"> Check system pressure</label>
<label class="row"><input type="checkbox" id="task-seals"> Inspect seals and gaskets</label>
<label class="row"><input type="checkbox" id="task-co"> CO alarm test</label>
</div>
<h2>Parts used</h2>
<table id="parts"><tr><th>Part</th><th>Qty</th><th></th></tr>
<tr><td>Pressure relief valve</td><td><input type="number" value="1" aria-label="Quantity"></td><td><button class="remove-part">Remove</button></td></tr>
<tr><td>Combustion seal kit</td><td><input type="number" value="1" aria-label="Quantity"></td><td><button class="remove-part">Remove</button></td></tr>
</table>
<button type="button" id="add-part">Add part</button>
<h2>Time and outcome</h2>
<div class="row"><label for="arrival">Arrived</label><input type="time" id="arrival" value="09:05"><label for="departure">Left</label><input type="time" id="departure" value="10:20"></div>
<label for="outcome">Outcome</label><select id="outcome"><option>Completed</option><option>Follow-up needed</option><option>No access</option></select>
<label for="notes">Engineer notes</label><textarea id="notes" rows="3"></textarea>
<div class="row"><button type="button" id="capture-signature">Capture customer signature</button><button type="button" id="complete-job">Complete job</button></div>
</main>`,
);

const jobV2 = edit(jobV1, [
  [
    '<a href="tel:+447700900123" id="call-customer">Call customer</a>',
    '<a href="tel:+447700900123" class="icon-link" aria-label="Phone Mrs Okafor">📞</a>',
  ],
  [
    `<label class="row"><input type="checkbox" id="task-flue"> Flue gas analysis</label>
<label class="row"><input type="checkbox" id="task-pressure"> Check system pressure</label>
<label class="row"><input type="checkbox" id="task-seals"> Inspect seals and gaskets</label>
<label class="row"><input type="checkbox" id="task-co"> CO alarm test</label>`,
    `<label class="row"><input type="checkbox" id="chk-pressure"> System pressure checked</label>
<label class="row"><input type="checkbox" id="chk-combustion"> Combustion analysis (FGA) recorded</label>
<label class="row"><input type="checkbox" id="chk-condensate"> Condensate trap cleaned</label>
<label class="row"><input type="checkbox" id="chk-co-alarm"> Carbon monoxide alarm tested</label>`,
  ],
  [
    `<table id="parts"><tr><th>Part</th><th>Qty</th><th></th></tr>
<tr><td>Pressure relief valve</td><td><input type="number" value="1" aria-label="Quantity"></td><td><button class="remove-part">Remove</button></td></tr>
<tr><td>Combustion seal kit</td><td><input type="number" value="1" aria-label="Quantity"></td><td><button class="remove-part">Remove</button></td></tr>
</table>
<button type="button" id="add-part">Add part</button>`,
    `<ul class="parts-list">
<li class="row"><span>Pressure relief valve</span><input type="number" value="1" aria-label="Quantity of pressure relief valve"><button aria-label="Remove Pressure relief valve">🗑</button></li>
<li class="row"><span>Combustion seal kit</span><input type="number" value="1" aria-label="Quantity of combustion seal kit"><button aria-label="Remove Combustion seal kit">🗑</button></li>
</ul>
<button type="button" class="part-add">+ Add from van stock</button>`,
  ],
  [
    '<label for="departure">Left</label><input type="time" id="departure" value="10:20">',
    '<label for="travel">Travel (min)</label><input type="number" id="travel" value="25">',
  ],
  [
    '<label for="outcome">Outcome</label><select id="outcome">',
    '<label for="result">Result</label><select id="result" name="result">',
  ],
  [
    '<button type="button" id="capture-signature">Capture customer signature</button><button type="button" id="complete-job">Complete job</button>',
    '<button type="button" class="sign">Get signature</button><button type="button" class="close-job">Close job</button>',
  ],
]);

const jobPair: PagePair = {
  name: 'field-service-job-sheet',
  v1: jobV1,
  v2: jobV2,
  targets: [
    {
      selector: '#call-customer',
      expect: 'a[aria-label="Phone Mrs Okafor"]',
      change: 'text link became a phone icon link',
    },
    { selector: '#task-flue', expect: '#chk-combustion', change: 'checklist reordered, task reworded' },
    {
      selector: '#task-seals',
      expect: null,
      change: 'seal inspection task dropped; condensate trap task in its place',
    },
    { selector: '#task-co', expect: '#chk-co-alarm', change: 'CO abbreviation spelled out, id changed' },
    {
      selector: '#parts tr:nth-child(2) .remove-part',
      expect: 'button[aria-label="Remove Pressure relief valve"]',
      change: 'parts table became a list with bin icons',
    },
    { selector: '#add-part', expect: 'button.part-add', change: 'Add part reworded to Add from van stock' },
    {
      selector: '#departure',
      expect: null,
      change: 'departure time removed; a travel minutes input beside arrival',
    },
    { selector: '#complete-job', expect: 'button.close-job', change: 'Complete job renamed Close job' },
  ],
};

// ---------------------------------------------------------------- dental check-in kiosk

const dentalV1 = page(
  'Check in — Riverside Dental Practice',
  `<header><span class="logo">Riverside Dental Practice</span><label for="language">Language</label><select id="language"><option>English</option><option>Polski</option><option>Español</option><option>Română</option></select></header>
<main><h1>Welcome — please check in</h1>
<form class="lookup"><label for="surname">Surname</label><input id="surname" name="surname"><label for="dob">Date of birth</label><input type="date" id="dob" name="dob"><button type="submit" id="find-appt">Find my appointment</button></form>
<div class="card appt"><h2>10:40 · Check-up with Dr Patel</h2><p class="muted">Surgery 2, ground floor</p>
<div class="row"><button type="button" id="confirm-arrival">I've arrived</button><button type="button" id="update-details">Update my details</button><button type="button" id="wrong-person">This isn't me</button></div></div>
<h2>Since your last visit</h2>
<label class="row"><input type="checkbox" id="med-changed"> My medical history has changed</label>
<label class="row"><input type="checkbox" id="new-meds"> I'm taking new medication</label>
<label class="row"><input type="checkbox" id="pregnant"> I am pregnant</label>
<p><a href="#help" id="ask-reception">Need help? Ask at reception</a></p>
</main>`,
);

const dentalV2 = page(
  'Check in — Riverside Dental',
  `<header><span class="logo">Riverside Dental</span><select class="lang" aria-label="Choose language"><option>English</option><option>Polski</option><option>Español</option><option>Română</option><option>Українська</option></select></header>
<main><h1>Check in</h1>
<form class="lookup"><label for="last-name">Last name</label><input id="last-name" name="last_name"><fieldset class="row"><legend>Date of birth</legend><input aria-label="Day" name="dob_day" size="2"><input aria-label="Month" name="dob_month" size="2"><input aria-label="Year" name="dob_year" size="4"></fieldset><button type="submit" class="continue">Continue</button></form>
<div class="card appt"><p class="muted">Your appointment</p><h2>10:40 with Dr Patel</h2><p>Check-up · Surgery 2</p>
<button type="button" class="check-in">Check in</button>
<div class="row"><button type="button" class="not-me">Not you? Start again</button><button type="button" class="pay-bill">Pay an outstanding bill</button></div></div>
<h2>Anything new?</h2>
<label class="row"><input type="checkbox" id="health-update"> Something about my health has changed</label>
<label class="row"><input type="checkbox" id="new-allergy"> I have a new allergy</label>
<label class="row"><input type="checkbox" id="expecting"> I'm pregnant or might be</label>
<p class="muted">To change your address or phone number, use the Riverside app.</p>
<button type="button" class="help" aria-label="Call a receptionist">?</button>
</main>`,
);

const dentalPair: PagePair = {
  name: 'dental-checkin-kiosk',
  v1: dentalV1,
  v2: dentalV2,
  targets: [
    { selector: '#language', expect: 'select.lang', change: 'language select lost id and visible label' },
    { selector: '#surname', expect: '#last-name', change: 'Surname relabelled Last name' },
    { selector: '#find-appt', expect: 'button.continue', change: 'Find my appointment became Continue' },
    { selector: '#confirm-arrival', expect: 'button.check-in', change: "I've arrived reworded to Check in" },
    {
      selector: '#update-details',
      expect: null,
      change: 'update details removed (moved to app); pay-a-bill button in its place',
    },
    {
      selector: '#wrong-person',
      expect: 'button.not-me',
      change: "This isn't me reworded to Not you? Start again",
    },
    {
      selector: '#new-meds',
      expect: null,
      change: 'new medication checkbox removed; new allergy checkbox in its place',
    },
    { selector: '#pregnant', expect: '#expecting', change: 'pregnancy checkbox reworded and renamed' },
  ],
};

// ---------------------------------------------------------------- observatory time request

const scopeRow = (name: string, filters: string, minutes: string) =>
  `<tr><td>${name}</td><td>${filters}</td><td>${minutes} min</td><td><a href="#" class="remove">Remove</a></td></tr>`;

const scopeCard = (slug: string, name: string, filters: string, minutes: string) =>
  `<div class="card" data-target="${slug}"><strong>${name}</strong> <span class="muted">${filters} · ${minutes} min</span> <button aria-label="Remove ${name}">×</button></div>`;

const scopeV1 = page(
  'New observing request — Kielder Remote Telescope',
  `<header><a href="/" class="logo">Kielder Observatory · Remote Telescope</a><nav><a href="/proposals">My proposals</a><a href="/schedule">Schedule</a><a href="/data">Data archive</a></nav></header>
<main><h1>New observing request</h1><p class="muted">Semester 2025B · 0.5 m CDK · 14.2 h remaining</p>
<h2>Target</h2>
<div class="row"><label for="target-name">Target</label><input id="target-name" value="NGC 7000"><button type="button" id="resolve">Resolve name (SIMBAD)</button></div>
<div class="row"><label for="ra">RA (hh:mm:ss)</label><input id="ra" value="20:59:17"><label for="dec">Dec (±dd:mm:ss)</label><input id="dec" value="+44:31:44"></div>
<label for="instrument">Instrument</label><select id="instrument"><option>CCD imager</option><option>Low-res spectrograph</option></select>
<fieldset><legend>Filters</legend><label><input type="checkbox" id="f-u"> u′</label> <label><input type="checkbox" id="f-g"> g′</label> <label><input type="checkbox" id="f-r" checked> r′</label> <label><input type="checkbox" id="f-i"> i′</label></fieldset>
<fieldset><legend>Moon</legend><label><input type="radio" name="moon" value="dark"> Dark</label> <label><input type="radio" name="moon" value="grey" checked> Grey</label> <label><input type="radio" name="moon" value="any"> Any</label></fieldset>
<label for="exposure">Total exposure (minutes)</label><input type="number" id="exposure" value="90">
<div class="row"><button type="button" id="add-target">Add target</button><a href="/tools/visibility" id="visibility">Check visibility</a></div>
<h2>Targets in this request</h2>
<table id="targets"><tr><th>Target</th><th>Filters</th><th>Exposure</th><th></th></tr>
${scopeRow('M51', 'g′ r′', '120')}
${scopeRow('NGC 7000', 'r′', '90')}
${scopeRow('M27', 'g′ r′ i′', '60')}
</table>
<button type="submit" id="submit-proposal">Submit request</button>
</main>`,
);

const scopeV2 = page(
  'Request time — Kielder Remote',
  `<header><a href="/" class="logo">Kielder Remote</a><nav><a href="/proposals">Proposals</a><a href="/schedule">Schedule</a><a href="/data">Archive</a></nav></header>
<main><h1>Request observing time</h1><p class="muted">2025B · 14.2 h left on the 0.5 m</p>
<div class="grid"><section class="card"><h2>Object</h2>
<label for="object-name">Object name</label><div class="row"><input id="object-name" value="NGC 7000"><button type="button" aria-label="Look up coordinates">⌕</button></div>
<div class="row"><label for="ra-j2000">RA (J2000)</label><input id="ra-j2000" name="ra_j2000" value="20:59:17"><label for="dec-j2000">Dec (J2000)</label><input id="dec-j2000" name="dec_j2000" value="+44:31:44"></div>
<label for="mode">Mode</label><select id="mode" name="instrument_mode"><option>Imaging</option><option>Spectroscopy (R~1000)</option></select>
<p>Filters</p><div class="row filters"><label><input type="checkbox" id="filter-g"> g′</label><label><input type="checkbox" id="filter-r" checked> r′</label><label><input type="checkbox" id="filter-i"> i′</label><label><input type="checkbox" id="filter-ha"> Hα</label></div>
<p>Sky brightness</p><div class="row seg"><button type="button" data-moon="dark">Dark</button><button type="button" data-moon="grey" aria-pressed="true">Grey</button><button type="button" data-moon="bright">Bright OK</button></div>
<label for="minutes">Exposure (min)</label><input type="number" id="minutes" value="90">
<div class="row"><button type="button" class="add-object">Add to request</button><a href="/tools/etc" class="etc">Exposure time calculator</a></div></section>
<section><h2>In this request</h2>
${scopeCard('m51', 'M51', 'g′ r′', '120')}
${scopeCard('ngc7000', 'NGC 7000', 'r′', '90')}
${scopeCard('m27', 'M27', 'g′ r′ i′', '60')}
<button type="submit" class="proposal-submit">Send request for review</button></section></div>
</main>`,
);

const scopePair: PagePair = {
  name: 'telescope-time-request',
  v1: scopeV1,
  v2: scopeV2,
  targets: [
    { selector: '#target-name', expect: '#object-name', change: 'Target relabelled Object name' },
    {
      selector: '#resolve',
      expect: 'button[aria-label="Look up coordinates"]',
      change: 'resolver button became an icon',
    },
    { selector: '#dec', expect: '#dec-j2000', change: 'Dec field relabelled with epoch, id changed' },
    {
      selector: 'input[name="moon"][value="grey"]',
      expect: 'button[data-moon="grey"]',
      change: 'moon radios became segmented buttons under Sky brightness',
    },
    { selector: '#f-u', expect: null, change: 'u′ filter removed; Hα filter added to the row' },
    {
      selector: '#targets tr:nth-child(3) a.remove',
      expect: 'button[aria-label="Remove NGC 7000"]',
      change: 'target table became cards with × buttons',
    },
    {
      selector: '#visibility',
      expect: null,
      change: 'visibility link removed; exposure calculator link in its place',
    },
    {
      selector: '#submit-proposal',
      expect: 'button.proposal-submit',
      change: 'submit reworded, moved into the list column',
    },
  ],
};

// ---------------------------------------------------------------- wine cellar inventory

const wineRow = (n: number, name: string, vintage: string, bin: string, qty: string) =>
  `<tr><td>${name}</td><td>${vintage}</td><td>${bin}</td><td>${qty}</td><td><button class="drink">Drink one</button> <button class="edit">Edit</button> <a href="/wine/${n}/notes" class="notes">Tasting notes</a></td></tr>`;

const wineCard = (
  slug: string,
  n: number,
  title: string,
  vintage: string,
  bin: string,
  left: string,
  notes: number,
) =>
  `<article class="card" data-wine="${slug}"><h3>${title}</h3><p class="muted">${vintage} · Bin ${bin} · ${left} left</p><div class="row"><button class="consume">Open bottle</button><button aria-label="Edit ${title} ${vintage}">✎</button><a href="/wine/${n}/notes" class="notes-link">Notes (${notes})</a></div></article>`;

const wineV1 = page(
  'My cellar — Cellarbook',
  `<header><a href="/" class="logo">Cellarbook</a><nav><a href="/cellar">My cellar</a><a href="/wishlist">Wishlist</a><a href="/tastings">Tastings</a></nav></header>
<main><h1>My cellar <span class="badge">21 bottles</span></h1>
<div class="row"><input type="search" id="cellar-search" placeholder="Search wines"><label for="sort-by">Sort by</label><select id="sort-by"><option>Vintage</option><option>Producer</option><option>Drink by</option></select><button type="button" id="add-bottle">Add bottles</button></div>
<table id="bottles"><tr><th>Wine</th><th>Vintage</th><th>Bin</th><th>Qty</th><th></th></tr>
${wineRow(101, 'G.D. Vajra Barolo Albe', '2016', 'A3', '4')}
${wineRow(102, 'Domaine Tempier Bandol Rosé', '2022', 'C1', '6')}
${wineRow(103, 'La Rioja Alta Viña Ardanza Reserva', '2015', 'B2', '3')}
${wineRow(104, 'Pascal Jolivet Sancerre', '2021', 'C4', '2')}
${wineRow(105, 'William Fèvre Chablis 1er Cru', '2019', 'C2', '1')}
${wineRow(106, 'Ridge Lytton Springs', '2018', 'A1', '5')}
</table>
<p><a href="/cellar/export.csv" id="export">Export to CSV</a></p>
</main>`,
);

const wineV2 = page(
  'Cellar — Cellarbook',
  `<header><a href="/" class="logo">Cellarbook</a><nav><a href="/cellar">Cellar</a><a href="/wishlist">Wishlist</a><a href="/tastings">Tastings</a></nav></header>
<main><div class="row"><h1>Cellar</h1><span class="muted">22 bottles · 6 wines</span><button type="button" class="add-wine">+ Add wine</button></div>
<div class="row"><input type="search" name="find" placeholder="Producer, region, grape…"><label for="order">Order</label><select id="order" name="order"><option>Ready to drink first</option><option>Vintage</option><option>Producer</option><option>Recently added</option></select></div>
<div class="grid3 wines">
${wineCard('sancerre-2021', 104, 'Sancerre · Pascal Jolivet', '2021', 'C4', '2', 2)}
${wineCard('bandol-2022', 102, 'Bandol Rosé · Domaine Tempier', '2022', 'C1', '6', 0)}
${wineCard('musar-2017', 107, 'Château Musar', '2017', 'C2', '2', 0)}
${wineCard('rioja-2015', 103, 'Viña Ardanza Reserva · La Rioja Alta', '2015', 'B2', '3', 1)}
${wineCard('barolo-2016', 101, 'Barolo Albe · G.D. Vajra', '2016', 'A3', '4', 3)}
${wineCard('ridge-2018', 106, 'Lytton Springs · Ridge', '2018', 'A1', '5', 1)}
</div>
<p><a href="/cellar/print" class="print-list">Print cellar list</a></p>
</main>`,
);

const winePair: PagePair = {
  name: 'wine-cellar-inventory',
  v1: wineV1,
  v2: wineV2,
  targets: [
    {
      selector: '#cellar-search',
      expect: 'input[name="find"]',
      change: 'search lost its id, new placeholder',
    },
    { selector: '#sort-by', expect: '#order', change: 'Sort by relabelled Order, options reworded' },
    {
      selector: '#bottles tr:nth-child(2) .drink',
      expect: '[data-wine="barolo-2016"] .consume',
      change: 'table became cards re-sorted by drink window; Drink one renamed Open bottle',
    },
    {
      selector: '#bottles tr:nth-child(4) .edit',
      expect: '[data-wine="rioja-2015"] button[aria-label^="Edit"]',
      change: 'Edit became a pencil icon',
    },
    {
      selector: '#bottles tr:nth-child(5) a.notes',
      expect: '[data-wine="sancerre-2021"] a.notes-link',
      change: 'Tasting notes shortened to Notes with a count',
    },
    {
      selector: '#bottles tr:nth-child(6) .edit',
      expect: null,
      change: 'last bottle drunk, wine gone; a newly added wine took the same bin',
    },
    { selector: '#add-bottle', expect: 'button.add-wine', change: 'Add bottles moved by heading, renamed' },
    { selector: '#export', expect: null, change: 'CSV export removed; print list link in its place' },
  ],
};

// ---------------------------------------------------------------- daily crossword

const crosswordClues = `<div class="grid"><section><h2>Across</h2><ol class="clues">
<li><a href="#1a">1 Heartless shopkeeper finds ancient key (7)</a></li>
<li><a href="#5a">5 Lines from a bard, oddly ignored (5)</a></li>
<li><a href="#8a">8 Fish in river, one caught by cat (6)</a></li>
</ol><h2>Down</h2><ol class="clues">
<li><a href="#1d">1 Clear away snow around northern lake (6)</a></li>
<li><a href="#2d">2 Opera house in Milan lacking heart (5)</a></li>
</ol></section>`;

const crosswordV1 = page(
  'Cryptic No. 4,127 — The Daily Grid',
  `<header><a href="/" class="logo">The Daily Grid</a><nav><a href="/cryptic">Cryptic</a><a href="/quick">Quick</a><a href="/archive">Archive</a></nav></header>
<main><h1>Cryptic No. 4,127</h1><p class="muted">Set by Halcyon · 00:12:41</p>
<div class="row toolbar"><button type="button" id="check-letter">Check letter</button><button type="button" id="check-word">Check word</button><button type="button" id="check-all">Check grid</button><button type="button" id="reveal-letter">Reveal letter</button><button type="button" id="reveal-word">Reveal word</button><button type="button" id="reveal-all">Reveal grid</button><button type="button" id="clear-grid">Clear</button><button type="button" id="pause-timer">Pause</button></div>
${crosswordClues}
<aside class="settings"><h2>Settings</h2>
<label class="row"><input type="checkbox" id="skip-filled" checked> Skip filled squares</label>
<label class="row"><input type="checkbox" id="auto-advance" checked> Move to next clue automatically</label>
<label for="after-word">After completing a word</label><select id="after-word"><option>Stay</option><option>Jump to next clue</option><option>Jump to first blank</option></select>
<label class="row"><input type="checkbox" id="show-timer" checked> Show timer</label>
</aside></div></main>`,
);

const crosswordV2 = page(
  'Cryptic 4127 — The Daily Grid',
  `<header><a href="/" class="logo">The Daily Grid</a><nav><a href="/cryptic">Cryptic</a><a href="/quick">Quick</a><a href="/archive">Archive</a></nav></header>
<main><div class="row"><h1>Cryptic 4127</h1><span class="muted">Halcyon</span><span class="timer">12:41</span><button type="button" aria-label="Pause timer">⏸</button></div>
<div class="row toolbar" role="toolbar">
<div class="menu-group"><span>Check</span><div role="menu" aria-label="Check"><button role="menuitem" data-check="square">Square</button><button role="menuitem" data-check="word">Word</button><button role="menuitem" data-check="puzzle">Puzzle</button></div></div>
<div class="menu-group"><span>Reveal</span><div role="menu" aria-label="Reveal"><button role="menuitem" data-reveal="square">Square</button><button role="menuitem" data-reveal="word">Word</button><button role="menuitem" data-reveal="puzzle">Puzzle</button></div></div>
<button type="button" class="rebus">Rebus</button></div>
${crosswordClues}
<aside class="settings"><h2>Preferences</h2>
<label class="row"><input type="checkbox" role="switch" id="pref-skip-filled" checked> Skip over letters you've already filled in</label>
<label for="after-answer">When you finish an answer</label><select id="after-answer" name="after_answer"><option>Stay on it</option><option>Go to the next clue</option><option>Go to the next unfilled clue</option></select>
<label class="row"><input type="checkbox" role="switch" id="pref-timer" checked> Show the clock</label>
<label class="row"><input type="checkbox" role="switch" id="pref-sounds"> Play a sound when solved</label>
</aside></div></main>`,
);

const crosswordPair: PagePair = {
  name: 'daily-crossword',
  v1: crosswordV1,
  v2: crosswordV2,
  targets: [
    {
      selector: '#check-letter',
      expect: '[data-check="square"]',
      change: 'flat toolbar grouped into a Check menu; letter renamed Square',
    },
    { selector: '#reveal-word', expect: '[data-reveal="word"]', change: 'moved into a Reveal menu as Word' },
    {
      selector: '#reveal-all',
      expect: '[data-reveal="puzzle"]',
      change: 'Reveal grid became Reveal › Puzzle',
    },
    {
      selector: '#clear-grid',
      expect: null,
      change: 'Clear removed; a Rebus button sits at the end of the toolbar',
    },
    {
      selector: '#pause-timer',
      expect: 'button[aria-label="Pause timer"]',
      change: 'Pause moved next to the clock as an icon',
    },
    {
      selector: '#skip-filled',
      expect: '#pref-skip-filled',
      change: 'checkbox became a switch, wording lengthened',
    },
    {
      selector: '#auto-advance',
      expect: null,
      change: 'auto-advance toggle removed; a sound toggle added to the preferences',
    },
    { selector: '#after-word', expect: '#after-answer', change: 'select relabelled, options reworded' },
  ],
};

// ---------------------------------------------------------------- family tree editor

const treeV1 = page(
  'Margaret Ellis — Rootline',
  `<header><a href="/" class="logo">Rootline</a><nav><a href="/tree">Tree</a><a href="/search">Search records</a><a href="/dna">DNA</a></nav></header>
<main><p><a href="/tree/ellis" id="view-tree">← Back to tree</a></p>
<h1>Margaret Ellis (1921–2004)</h1>
<form class="person"><h2>Facts</h2>
<label for="given-names">Given names</label><input id="given-names" value="Margaret Rose">
<label for="surname">Surname</label><input id="surname" value="Ellis">
<fieldset><legend>Sex</legend><label><input type="radio" name="sex" id="sex-f" checked> Female</label> <label><input type="radio" name="sex" id="sex-m"> Male</label> <label><input type="radio" name="sex" id="sex-u"> Unknown</label></fieldset>
<div class="row"><label for="birth-date">Born</label><input id="birth-date" value="3 Mar 1921"><label for="birth-place">in</label><input id="birth-place" value="Halifax, Yorkshire"></div>
<div class="row"><label for="death-date">Died</label><input id="death-date" value="19 Nov 2004"><label for="death-place">in</label><input id="death-place" value="Leeds"></div>
<button type="submit" id="save-person">Save</button></form>
<h2>Family</h2>
<div class="row"><button type="button" id="add-parent">Add parent</button><button type="button" id="add-spouse">Add spouse</button><button type="button" id="add-child">Add child</button></div>
<h2>Sources</h2>
<ul id="sources">
<li>England &amp; Wales birth index, 1921 Q1 <button class="detach">Detach</button></li>
<li>1939 Register, Halifax <button class="detach">Detach</button></li>
<li>Probate calendar, 2005 <button class="detach">Detach</button></li>
</ul>
<button type="button" id="delete-person" class="danger">Delete person</button>
</main>`,
);

const treeV2 = page(
  'Margaret Rose Ellis · Rootline',
  `<header><a href="/" class="logo">Rootline</a><nav><a href="/tree">Trees</a><a href="/search">Records</a><a href="/dna">DNA</a></nav></header>
<main><nav class="crumbs"><a href="/tree/ellis" class="breadcrumb-tree">Ellis family tree</a> › Margaret Ellis</nav>
<div class="row"><h1>Margaret Rose Ellis</h1><span class="muted">1921–2004</span></div>
<div class="grid"><form class="facts card"><h2>Vital facts</h2>
<label for="forenames">First and middle names</label><input id="forenames" name="forenames" value="Margaret Rose">
<label for="lastname">Last name at birth</label><input id="lastname" name="lastname" value="Ellis">
<label for="sex">Sex</label><select id="sex"><option>Female</option><option>Male</option><option>Unknown</option></select>
<fieldset><legend>Birth</legend><input name="birth_date" aria-label="Birth date" value="3 Mar 1921"> <input name="birth_place" aria-label="Birth place" value="Halifax, West Yorkshire, England"></fieldset>
<fieldset><legend>Death</legend><input name="death_date" aria-label="Death date" value="19 Nov 2004"> <input name="death_place" aria-label="Death place" value="Leeds, West Yorkshire, England"></fieldset>
<button type="submit" class="save-facts">Save changes</button></form>
<section class="card"><h2>Relatives</h2><p class="muted">Parents: 2 · Partners: 1 · Children: 3</p>
<div class="menu-group"><span>Add relative</span><div role="menu" aria-label="Add relative"><button role="menuitem" data-rel="parent">Parent</button><button role="menuitem" data-rel="partner">Partner</button><button role="menuitem" data-rel="sibling">Sibling</button><button role="menuitem" data-rel="child">Child</button></div></div></section></div>
<h2>Sources (3)</h2>
<div class="source card" data-source="birth-index-1921"><strong>Birth index</strong> England &amp; Wales, 1921 Q1 <button class="unlink">Unlink</button></div>
<div class="source card" data-source="marriage-1946"><strong>Marriage certificate</strong> Halifax, 1946 <button class="unlink">Unlink</button></div>
<div class="source card" data-source="probate-2005"><strong>Probate calendar</strong> 2005 <button class="unlink">Unlink</button></div>
<section class="card danger-zone"><h2>Danger zone</h2><button type="button" class="danger-remove">Remove Margaret from this tree</button></section>
</main>`,
);

const treePair: PagePair = {
  name: 'family-tree-person',
  v1: treeV1,
  v2: treeV2,
  targets: [
    {
      selector: '#given-names',
      expect: '#forenames',
      change: 'Given names relabelled First and middle names',
    },
    {
      selector: '#birth-place',
      expect: 'input[name="birth_place"]',
      change: 'born row became a Birth fieldset, visible label gone',
    },
    {
      selector: '#add-spouse',
      expect: '[data-rel="partner"]',
      change: 'buttons folded into an Add relative menu; Spouse renamed Partner',
    },
    { selector: '#add-child', expect: '[data-rel="child"]', change: 'Add child became a menu item' },
    {
      selector: '#sources li:nth-child(1) .detach',
      expect: '[data-source="birth-index-1921"] .unlink',
      change: 'source list became cards; Detach renamed Unlink',
    },
    {
      selector: '#sources li:nth-child(2) .detach',
      expect: null,
      change: '1939 Register source gone; a marriage certificate source in its place',
    },
    {
      selector: '#delete-person',
      expect: 'button.danger-remove',
      change: 'delete moved into a danger zone, reworded',
    },
    { selector: '#view-tree', expect: 'a.breadcrumb-tree', change: 'back link became a breadcrumb' },
  ],
};

// ---------------------------------------------------------------- voter registration

const voteV1 = page(
  'Register to vote — GOV.UK',
  `<header><a href="/" class="logo">GOV.UK</a><span>Register to vote</span></header>
<main><a href="/register-to-vote/start" class="back">Back</a>
<h1>Register to vote</h1>
<form id="ier">
<h2>Your name</h2>
<label for="first-name">First name</label><input id="first-name" name="first_name" autocomplete="given-name">
<label for="last-name">Last name</label><input id="last-name" name="last_name" autocomplete="family-name">
<h2>Date of birth</h2><div class="row"><input id="dob-day" aria-label="Day" size="2"><input id="dob-month" aria-label="Month" size="2"><input id="dob-year" aria-label="Year" size="4"></div>
<h2>Nationality</h2>
<label><input type="radio" name="nationality" id="nat-british" value="british"> British</label>
<label><input type="radio" name="nationality" id="nat-irish" value="irish"> Irish</label>
<label><input type="radio" name="nationality" id="nat-eu" value="eu"> EU citizen</label>
<label><input type="radio" name="nationality" id="nat-commonwealth" value="commonwealth"> Commonwealth citizen</label>
<label><input type="radio" name="nationality" id="nat-other" value="other"> Other</label>
<h2>National Insurance number</h2>
<label for="nino">National Insurance number</label><input id="nino" name="nino" placeholder="QQ 12 34 56 C">
<label class="row"><input type="checkbox" id="no-nino"> I don't have a National Insurance number</label>
<h2>Address</h2>
<label for="postcode">Postcode</label><div class="row"><input id="postcode" name="postcode"><button type="button" id="find-addr">Find</button></div>
<div class="row"><button type="submit" id="continue">Continue</button><a href="/register-to-vote/save" id="save-return">Save and come back later</a></div>
</form></main>
<footer><a href="/help">Help</a> · <a href="/cookies">Cookies</a> · <a href="/privacy">Privacy</a></footer>`,
);

const voteV2 = edit(voteV1, [
  [
    '<h2>Your name</h2>',
    `<h2>What is your National Insurance number?</h2><p class="muted">It's on your National Insurance card, payslip or P60. For example, QQ 12 34 56 C.</p><input id="national-insurance-number" name="national-insurance-number" aria-label="National Insurance number" spellcheck="false"><p><a href="/register-to-vote/no-nino" class="no-nino-link">I do not know my National Insurance number</a></p>
<h2>Your name</h2>`,
  ],
  [
    '<label for="last-name">Last name</label><input id="last-name" name="last_name" autocomplete="family-name">',
    '<label for="surname-field">Last name (surname)</label><input id="surname-field" name="surname" autocomplete="family-name">',
  ],
  [
    `<h2>Nationality</h2>
<label><input type="radio" name="nationality" id="nat-british" value="british"> British</label>
<label><input type="radio" name="nationality" id="nat-irish" value="irish"> Irish</label>
<label><input type="radio" name="nationality" id="nat-eu" value="eu"> EU citizen</label>
<label><input type="radio" name="nationality" id="nat-commonwealth" value="commonwealth"> Commonwealth citizen</label>
<label><input type="radio" name="nationality" id="nat-other" value="other"> Other</label>`,
    `<h2>What is your nationality?</h2><p class="muted">Select all that apply.</p>
<label><input type="checkbox" name="nationalities" id="nationality-british" value="british"> British</label>
<label><input type="checkbox" name="nationalities" id="nationality-irish" value="irish"> Irish</label>
<label><input type="checkbox" name="nationalities" id="nationality-qcc" value="commonwealth"> Citizen of a Commonwealth country</label>
<label><input type="checkbox" name="nationalities" id="nationality-other" value="other"> Citizen of a different country</label>`,
  ],
  [
    `<h2>National Insurance number</h2>
<label for="nino">National Insurance number</label><input id="nino" name="nino" placeholder="QQ 12 34 56 C">
<label class="row"><input type="checkbox" id="no-nino"> I don't have a National Insurance number</label>
`,
    '',
  ],
  ['<h2>Address</h2>', '<h2>Where do you live?</h2>'],
  [
    '<button type="button" id="find-addr">Find</button>',
    '<button type="button" class="address-lookup">Find address</button>',
  ],
  [
    '<button type="submit" id="continue">Continue</button><a href="/register-to-vote/save" id="save-return">Save and come back later</a>',
    '<button type="submit" data-module="submit">Save and continue</button><a href="/help/register-to-vote" class="help-link">Get help with this form</a>',
  ],
]);

const votePair: PagePair = {
  name: 'voter-registration',
  v1: voteV1,
  v2: voteV2,
  targets: [
    {
      selector: '#nino',
      expect: '#national-insurance-number',
      change: 'NI number question moved to the top, reworded as a question',
    },
    {
      selector: '#no-nino',
      expect: 'a.no-nino-link',
      change: 'no-NI checkbox became a link to an alternative route',
    },
    { selector: '#last-name', expect: '#surname-field', change: 'id and name changed, label lengthened' },
    {
      selector: '#nat-irish',
      expect: '#nationality-irish',
      change: 'nationality radios became checkboxes (select all that apply)',
    },
    { selector: '#nat-eu', expect: null, change: 'EU citizen option removed from the list' },
    { selector: '#find-addr', expect: 'button.address-lookup', change: 'Find lengthened to Find address' },
    {
      selector: '#continue',
      expect: 'button[data-module="submit"]',
      change: 'Continue reworded Save and continue',
    },
    { selector: '#save-return', expect: null, change: 'save and return removed; a help link in its place' },
  ],
};

// ---------------------------------------------------------------- ML experiment tracker

const runRowV1 = (id: string, status: string, acc: string, loss: string, dur: string, checked: boolean) =>
  `<tr data-run="${id}"><td><input type="checkbox"${checked ? ' checked' : ''} aria-label="Select ${id}"></td><td><a href="/runs/${id}">${id}</a></td><td>${status}</td><td>${acc}</td><td>${loss}</td><td>${dur}</td><td>${status === 'Running' ? '<button class="stop">Stop</button> ' : ''}<button class="delete">Delete</button></td></tr>`;

const runRowV2 = (id: string, status: string, acc: string, loss: string, dur: string, checked: boolean) =>
  `<tr data-run-id="${id}"><td><input type="checkbox"${checked ? ' checked' : ''} aria-label="Select ${id}"></td><td><a href="/runs/${id}">${id}</a><br><span class="muted">${status} · ${dur}</span></td><td>${acc}</td><td>${loss}</td><td>${status === 'Running' ? '<button aria-label="Stop run">■</button> ' : ''}<button aria-label="Clone run">⧉</button></td></tr>`;

const mlV1 = page(
  'Runs — Tracelab',
  `<header><a href="/" class="logo">Tracelab</a><nav><a href="/runs">Runs</a><a href="/models">Models</a><a href="/datasets">Datasets</a></nav><label for="project">Project</label><select id="project"><option>vision-base</option><option>nlp-intent</option><option>ranker-v2</option></select></header>
<main><div class="row"><h1>Runs</h1><button type="button" id="new-run">Launch run</button></div>
<div class="row"><input id="run-filter" placeholder="Filter runs"><label class="row"><input type="checkbox" id="hide-failed"> Hide failed runs</label><a href="#columns" id="columns">Columns…</a><button type="button" id="compare-selected">Compare selected (2)</button></div>
<table id="runs"><tr><th></th><th>Run</th><th>Status</th><th>val_acc</th><th>val_loss</th><th>Duration</th><th></th></tr>
${runRowV1('lr-sweep-07', 'Running', '0.912', '0.284', '1h 12m', true)}
${runRowV1('lr-sweep-06', 'Finished', '0.918', '0.271', '2h 40m', false)}
${runRowV1('bert-base-ft-3', 'Failed', '—', '—', '0h 04m', false)}
${runRowV1('resnet50-aug-2', 'Finished', '0.904', '0.301', '3h 02m', true)}
</table></main>`,
);

const mlV2 = page(
  'vision-base · Runs · Tracelab',
  `<header><a href="/" class="logo">Tracelab</a><nav><a href="/runs">Runs</a><a href="/models">Models</a><a href="/datasets">Datasets</a></nav></header>
<main><div class="row"><label for="workspace">Workspace</label><select id="workspace" name="workspace"><option>vision-base</option><option>nlp-intent</option><option>ranker-v2</option></select><h1>Runs</h1><button type="button" class="launch">New run</button></div>
<div class="row" role="toolbar"><input type="search" placeholder="Filter runs by name, tag or param"><label class="row"><input type="checkbox" role="switch" id="toggle-failed" checked> Show failed</label><button type="button" class="density" aria-label="Compact rows">☰</button><button type="button" class="compare-btn">Compare (2)</button><button type="button" class="archive-selected">Archive selected</button></div>
<table class="runs-table"><tr><th></th><th>Run</th><th>val_acc ↓</th><th>val_loss</th><th></th></tr>
${runRowV2('lr-sweep-06', 'Finished', '0.918', '0.271', '2h 40m', false)}
${runRowV2('lr-sweep-07', 'Running', '0.912', '0.284', '1h 12m', true)}
${runRowV2('resnet50-aug-2', 'Finished', '0.904', '0.301', '3h 02m', true)}
${runRowV2('bert-base-ft-3', 'Failed', '—', '—', '0h 04m', false)}
</table></main>`,
);

const mlPair: PagePair = {
  name: 'ml-experiment-runs',
  v1: mlV1,
  v2: mlV2,
  targets: [
    {
      selector: '#project',
      expect: '#workspace',
      change: 'Project relabelled Workspace, moved out of the header',
    },
    { selector: '#new-run', expect: 'button.launch', change: 'Launch run renamed New run' },
    {
      selector: '#run-filter',
      expect: 'input[placeholder="Filter runs by name, tag or param"]',
      change: 'filter became a search field with a longer placeholder',
    },
    {
      selector: '#hide-failed',
      expect: '#toggle-failed',
      change: 'Hide failed inverted into a Show failed switch',
    },
    {
      selector: '#columns',
      expect: null,
      change: 'column picker removed; a density toggle sits in its place',
    },
    { selector: '#compare-selected', expect: 'button.compare-btn', change: 'compare button text shortened' },
    {
      selector: 'tr[data-run="lr-sweep-07"] .stop',
      expect: 'tr[data-run-id="lr-sweep-07"] button[aria-label="Stop run"]',
      change: 'rows re-sorted by accuracy; Stop became an icon',
    },
    {
      selector: 'tr[data-run="bert-base-ft-3"] .delete',
      expect: null,
      change: 'per-row Delete removed; rows now have a Clone icon instead',
    },
  ],
};

// ---------------------------------------------------------------- scheduled BI report

const reportV1 = page(
  'Schedule a report — Quarry BI',
  `<header><a href="/" class="logo">Quarry BI</a><nav><a href="/dashboards">Dashboards</a><a href="/explore">Explore</a><a href="/schedules">Schedules</a></nav></header>
<main><h1>Schedule a report</h1>
<form id="schedule-form">
<label for="report-name">Report name</label><input id="report-name" value="Weekly trading summary">
<label for="dataset">Data source</label><select id="dataset"><option>orders_daily</option><option>web_sessions</option><option>inventory_snapshot</option></select>
<fieldset><legend>Metrics</legend>
<label><input type="checkbox" id="m-revenue" checked> Revenue</label>
<label><input type="checkbox" id="m-orders" checked> Orders</label>
<label><input type="checkbox" id="m-aov"> AOV</label>
<label><input type="checkbox" id="m-refunds"> Refunds</label>
</fieldset>
<div class="row"><label for="frequency">Frequency</label><select id="frequency"><option>Daily</option><option selected>Weekly</option><option>Monthly</option></select><label for="send-time">at</label><select id="send-time"><option>07:00</option><option>09:00</option><option>17:00</option></select></div>
<label for="recipients">Recipients (comma separated)</label><input id="recipients" value="trading@example.com, ops-leads@example.com">
<fieldset><legend>Format</legend><label><input type="radio" name="format" id="fmt-pdf" checked> PDF</label> <label><input type="radio" name="format" id="fmt-csv"> CSV</label> <label><input type="radio" name="format" id="fmt-xlsx"> Excel</label></fieldset>
<div class="row"><button type="button" id="preview">Preview</button><button type="submit" id="save-schedule">Save schedule</button><a href="/schedules" id="cancel">Cancel</a></div>
</form></main>`,
);

const reportV2 = page(
  'New scheduled delivery — Quarry',
  `<header><a href="/" class="logo">Quarry</a><nav><a href="/dashboards">Dashboards</a><a href="/explore">Explore</a><a href="/schedules">Deliveries</a></nav></header>
<main><div class="row"><h1>New scheduled delivery</h1><button type="button" class="icon" aria-label="Preview report">👁</button></div>
<form class="delivery">
<section class="card"><h2>What</h2><label for="title">Title</label><input id="title" name="title" value="Weekly trading summary"><label for="source">Source</label><select id="source" name="source"><option>orders_daily</option><option>web_sessions</option><option>inventory_snapshot</option></select>
<p>Metrics</p><div class="row chips"><button type="button" data-metric="revenue" aria-pressed="true">Revenue</button><button type="button" data-metric="orders" aria-pressed="true">Orders</button><button type="button" data-metric="aov" aria-pressed="false">Average order value</button><button type="button" data-metric="returns-rate" aria-pressed="false">Returns rate</button></div></section>
<section class="card"><h2>When</h2><div class="row"><label for="cadence">Repeat</label><select id="cadence" name="cadence"><option>Every day</option><option selected>Every week</option><option>Every month</option></select><label for="hour">Time</label><select id="hour" name="hour"><option>07:00</option><option>09:00</option><option>17:00</option></select></div></section>
<section class="card"><h2>Who and how</h2><label for="to">Send to</label><input id="to" class="recipient-input" placeholder="Add people, groups or Slack channels"><div class="row"><span class="badge">trading@example.com</span><span class="badge">ops-leads@example.com</span></div>
<p>Attach as</p><label><input type="radio" name="attachment" value="pdf" checked> PDF</label> <label><input type="radio" name="attachment" value="csv"> CSV</label> <label><input type="radio" name="attachment" value="sheets"> Link to Google Sheet</label></section>
<div class="row"><a href="/schedules">Discard</a><button type="submit" class="schedule">Schedule report</button></div>
</form></main>`,
);

const reportPair: PagePair = {
  name: 'scheduled-report-delivery',
  v1: reportV1,
  v2: reportV2,
  targets: [
    { selector: '#report-name', expect: 'input[name="title"]', change: 'Report name relabelled Title' },
    {
      selector: '#m-aov',
      expect: '[data-metric="aov"]',
      change: 'metric checkboxes became toggle chips; AOV spelled out',
    },
    {
      selector: '#m-refunds',
      expect: null,
      change: 'Refunds metric removed; Returns rate chip in its place',
    },
    { selector: '#frequency', expect: '#cadence', change: 'Frequency relabelled Repeat, options reworded' },
    {
      selector: '#recipients',
      expect: 'input.recipient-input',
      change: 'comma list became a token input with chips below',
    },
    {
      selector: '#fmt-csv',
      expect: 'input[name="attachment"][value="csv"]',
      change: 'format radios regrouped as Attach as, ids removed',
    },
    { selector: '#fmt-xlsx', expect: null, change: 'Excel option removed; Google Sheet link option added' },
    {
      selector: '#save-schedule',
      expect: 'button.schedule',
      change: 'Save schedule renamed Schedule report',
    },
  ],
};

// ---------------------------------------------------------------- construction snag list

const snagRow = (id: string, desc: string, loc: string, trade: string, status: string) =>
  `<tr><td>${id}</td><td>${desc}</td><td>${loc}</td><td>${trade}</td><td>${status}</td><td><button class="assign">Assign</button> <button class="close">Close</button> <button class="photo">Photo</button></td></tr>`;

const snagCard = (id: string, desc: string, meta: string) =>
  `<div class="card snag" data-snag="${id}"><strong>${id}</strong> ${desc} <span class="muted">${meta}</span><div class="row"><button class="reassign">Reassign</button><button class="mark-fixed">Mark fixed</button><button aria-label="Add photo">📷</button></div></div>`;

const snagV1 = page(
  'Snag list — SiteLog',
  `<header><a href="/" class="logo">SiteLog</a><nav><a href="/projects/kings-wharf">Kings Wharf Block C</a><a href="/drawings">Drawings</a><a href="/snags" class="active">Snags</a><a href="/diary">Site diary</a></nav></header>
<main><div class="row"><h1>Snag list</h1><button type="button" id="new-snag">New snag</button><button type="button" id="export-pdf">Export PDF</button></div>
<div class="row"><input id="snag-search" placeholder="Search snags"><label for="trade-filter">Trade</label><select id="trade-filter"><option>All trades</option><option>Joinery</option><option>Electrical</option><option>Decorating</option><option>Plumbing</option></select><label for="level-filter">Level</label><select id="level-filter"><option>All levels</option><option>Level 1</option><option>Level 2</option><option>Level 3</option></select></div>
<table id="snags"><tr><th>#</th><th>Description</th><th>Location</th><th>Trade</th><th>Status</th><th></th></tr>
${snagRow('S-101', 'Skirting board gap at door frame', 'L2 · Flat 2.04 · Hall', 'Joinery', 'Open')}
${snagRow('S-102', 'Socket faceplate cracked', 'L2 · Flat 2.06 · Kitchen', 'Electrical', 'Open')}
${snagRow('S-103', 'Paint drip on ceiling', 'L1 · Corridor', 'Decorating', 'Ready to inspect')}
${snagRow('S-104', 'Shower tray not sealed', 'L3 · Flat 3.01 · Bathroom', 'Plumbing', 'Open')}
${snagRow('S-105', 'Fire door closer missing', 'L3 · Stair core', 'Joinery', 'Open')}
</table></main>`,
);

const snagV2 = page(
  'Snags · Kings Wharf Block C',
  `<header><a href="/" class="logo">SiteLog</a><nav><a href="/projects/kings-wharf">Kings Wharf C</a><a href="/drawings">Drawings</a><a href="/snags" aria-current="page">Snags</a><a href="/diary">Diary</a></nav></header>
<main><div class="row"><h1>Snags</h1><span class="badge">5 open</span></div>
<div class="row" role="toolbar"><input type="search" class="snag-find" placeholder="Find by number or description"><select name="floor" aria-label="Floor"><option>All floors</option><option>Level 1</option><option>Level 2</option><option>Level 3</option></select><select name="trade" aria-label="Trade"><option>All trades</option><option>Joinery</option><option>Electrical</option><option>Decorating</option><option>Plumbing</option></select><button type="button" class="share-sub">Share with subcontractor</button></div>
<h2>Level 1</h2>
${snagCard('S-106', 'Handrail bracket loose', 'Corridor · Joinery')}
<h2>Level 2</h2>
${snagCard('S-101', 'Gap between skirting and door frame', 'Flat 2.04 · Hall · Joinery')}
${snagCard('S-102', 'Cracked socket faceplate', 'Flat 2.06 · Kitchen · Electrical')}
<h2>Level 3</h2>
${snagCard('S-104', 'Shower tray needs sealing', 'Flat 3.01 · Bathroom · Plumbing')}
${snagCard('S-105', 'Fire door closer missing', 'Stair core · Joinery')}
<button type="button" class="fab" aria-label="Log a snag">+</button>
</main>`,
);

const snagPair: PagePair = {
  name: 'construction-snag-list',
  v1: snagV1,
  v2: snagV2,
  targets: [
    {
      selector: '#snag-search',
      expect: 'input.snag-find',
      change: 'search moved into a toolbar, placeholder changed',
    },
    {
      selector: '#level-filter',
      expect: 'select[name="floor"]',
      change: 'Level filter relabelled Floor via aria-label',
    },
    {
      selector: '#snags tr:nth-child(2) .assign',
      expect: '[data-snag="S-101"] .reassign',
      change: 'table grouped into cards by level; Assign renamed Reassign',
    },
    {
      selector: '#snags tr:nth-child(3) .close',
      expect: '[data-snag="S-102"] .mark-fixed',
      change: 'Close renamed Mark fixed',
    },
    {
      selector: '#snags tr:nth-child(4) .close',
      expect: null,
      change: 'S-103 signed off and gone; a new snag on the same level appears instead',
    },
    {
      selector: '#snags tr:nth-child(5) .photo',
      expect: '[data-snag="S-104"] button[aria-label="Add photo"]',
      change: 'Photo became a camera icon',
    },
    {
      selector: '#new-snag',
      expect: 'button[aria-label="Log a snag"]',
      change: 'New snag became a floating + button',
    },
    {
      selector: '#export-pdf',
      expect: null,
      change: 'PDF export removed; share with subcontractor button added',
    },
  ],
};

// ---------------------------------------------------------------- bus duty roster

const rosterRowV1 = (id: string, name: string, days: readonly string[]) =>
  `<tr data-driver="${id}"><td>${name}</td>${days.map((d) => `<td>${d}</td>`).join('')}<td><button class="swap">Swap</button></td></tr>`;

const rosterRowV2 = (id: string, name: string, days: readonly string[]) =>
  `<tr data-staff="${id}"><td>${name}</td>${days.map((d) => `<td>${d}</td>`).join('')}<td><button aria-label="Swap duties for ${name}">⇆</button></td></tr>`;

const MENSAH = ['D-402', 'D-402', 'Rest', 'D-418', 'D-418'];
const WALSH = ['D-410', 'Leave', 'Leave', 'D-410', 'Rest'];
const NOWAK = ['Rest', 'D-407', 'D-407', 'D-415', 'D-401'];

const rosterV1 = page(
  'Roster — Dutyboard',
  `<header><a href="/" class="logo">Dutyboard</a><nav><a href="/roster">Roster</a><a href="/drivers">Drivers</a><a href="/duties">Duties</a><a href="/leave">Leave</a></nav></header>
<main><div class="row"><h1>Roster</h1><label for="depot">Depot</label><select id="depot"><option>Ashton Road</option><option>Canal Street</option></select></div>
<div class="row"><button type="button" id="prev-week">‹ Previous</button><strong>Week 24 · 9–15 June</strong><button type="button" id="next-week">Next ›</button><button type="button" id="today">Today</button><label class="row"><input type="checkbox" id="show-leave" checked> Show leave</label></div>
<aside><h2>Unassigned duties</h2><ul id="unassigned">
<li>D-407 · Mon 05:40–13:55 <button>Assign</button></li>
<li>D-415 · Tue 14:10–22:30 <button>Assign</button></li>
<li>D-422 · Thu 06:15–14:05 <button>Assign</button></li>
</ul></aside>
<table id="roster"><tr><th>Driver</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th></th></tr>
${rosterRowV1('kmensah', 'K. Mensah', MENSAH)}
${rosterRowV1('jwalsh', 'J. Walsh', WALSH)}
${rosterRowV1('pnowak', 'P. Nowak', NOWAK)}
</table>
<button type="button" id="publish">Publish roster</button>
</main>`,
);

const rosterV2 = page(
  'Week 24 — Dutyboard',
  `<header><a href="/" class="logo">Dutyboard</a><label for="garage" class="muted">Garage</label><select id="garage" name="garage"><option>Ashton Road</option><option>Canal Street</option></select><nav><a href="/roster">Roster</a><a href="/drivers">Drivers</a><a href="/duties">Duties</a><a href="/leave">Leave</a></nav></header>
<main><div class="row"><h1>Week 24</h1><span class="muted">9–15 June</span><button type="button" aria-label="Previous week">‹</button><button type="button" class="this-week">This week</button><button type="button" aria-label="Next week">›</button><label class="row"><input type="checkbox" id="show-overtime"> Show overtime</label><button type="button" class="publish-roster">Publish to drivers</button></div>
<table class="duty-grid"><tr><th>Driver</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th></th></tr>
${rosterRowV2('pnowak', 'P. Nowak', NOWAK)}
${rosterRowV2('jwalsh', 'J. Walsh', WALSH)}
${rosterRowV2('kmensah', 'K. Mensah', MENSAH)}
</table>
<h2>Still to cover</h2>
<table class="open-duties"><tr><th>Duty</th><th>Day</th><th>Times</th><th></th></tr>
<tr data-duty="D-407"><td>D-407</td><td>Mon</td><td>05:40–13:55</td><td><button class="assign-duty">Assign driver</button></td></tr>
<tr data-duty="D-422"><td>D-422</td><td>Thu</td><td>06:15–14:05</td><td><button class="assign-duty">Assign driver</button></td></tr>
<tr data-duty="D-431"><td>D-431</td><td>Sat</td><td>07:00–15:20</td><td><button class="assign-duty">Assign driver</button></td></tr>
</table>
</main>`,
);

const rosterPair: PagePair = {
  name: 'bus-duty-roster',
  v1: rosterV1,
  v2: rosterV2,
  targets: [
    {
      selector: '#prev-week',
      expect: 'button[aria-label="Previous week"]',
      change: 'text button became a chevron icon',
    },
    {
      selector: '#today',
      expect: 'button.this-week',
      change: 'Today renamed This week, moved between chevrons',
    },
    {
      selector: '#depot',
      expect: '#garage',
      change: 'Depot select relabelled Garage, moved into the header',
    },
    {
      selector: 'tr[data-driver="kmensah"] button.swap',
      expect: 'button[aria-label="Swap duties for K. Mensah"]',
      change: 'rows re-sorted; Swap became an icon with a per-driver label',
    },
    {
      selector: '#unassigned li:nth-child(2) button',
      expect: null,
      change: 'D-415 got covered and left the list; a new Saturday duty appears',
    },
    {
      selector: '#unassigned li:nth-child(3) button',
      expect: 'tr[data-duty="D-422"] button.assign-duty',
      change: 'sidebar list became a table under the grid; Assign lengthened',
    },
    {
      selector: '#publish',
      expect: 'button.publish-roster',
      change: 'Publish roster renamed, moved to the top row',
    },
    {
      selector: '#show-leave',
      expect: null,
      change: 'show-leave toggle removed; show overtime checkbox in its place',
    },
  ],
};

// ---------------------------------------------------------------- fantasy football squad

const playerRow = (name: string, club: string, price: string, pts: string) =>
  `<tr><td>${name}</td><td>${club}</td><td>£${price}m</td><td>${pts}</td><td><button class="add">Add</button></td></tr>`;

const playerCard = (name: string, club: string, price: string, pts: string, form: string) =>
  `<div class="player card"><strong>${name}</strong> <span class="muted">${club} · £${price}m · ${pts} pts · form ${form}</span> <button aria-label="Add ${name} to squad">+</button></div>`;

const squadLiV1 = (name: string, pos: string, key: string, captain: boolean) =>
  `<li>${name} · ${pos} <label><input type="radio" name="captain" value="${key}"${captain ? ' checked' : ''}> Captain</label> <button class="remove">Remove</button></li>`;

const squadRowV2 = (name: string, pos: string, key: string, captain: boolean) =>
  `<div class="row squad-member" data-player="${key}">${name} <span class="muted">${pos}</span><button class="captain-toggle" aria-pressed="${captain}" aria-label="Make ${name} captain">C</button><button class="drop">Drop</button></div>`;

const fantasyV1 = page(
  'Pick your squad — Fantasy Fives',
  `<header><a href="/" class="logo">Fantasy Fives</a><nav><a href="/team">My team</a><a href="/transfers">Transfers</a><a href="/leagues">Leagues</a><a href="/fixtures">Fixtures</a></nav></header>
<main><div class="row"><h1>Pick your squad</h1><span class="badge">£4.5m left</span></div>
<div class="grid"><section><nav class="row"><a class="tab" href="#gk">GK</a><a class="tab" href="#def">DEF</a><a class="tab" href="#mid">MID</a><a class="tab" href="#fwd">FWD</a></nav>
<label for="sort-players">Sort</label><select id="sort-players"><option>Total points</option><option>Price</option><option>Form</option></select>
<table id="players"><tr><th>Player</th><th>Club</th><th>Price</th><th>Pts</th><th></th></tr>
${playerRow('Rui Calado', 'Harbour City', '8.5', '142')}
${playerRow('Tomás Reyna', 'Northvale', '7.0', '121')}
${playerRow('Ben Ashworth', 'Kingsport', '6.5', '110')}
${playerRow('Lukas Brandt', 'Redmoor', '6.0', '98')}
${playerRow('Sami Idowu', 'Harbour City', '5.5', '87')}
</table></section>
<section><h2>Your squad (4/5)</h2><ul id="squad">
${squadLiV1('Marco Vance', 'GK', 'vance', false)}
${squadLiV1('Dale Okoro', 'DEF', 'okoro', false)}
${squadLiV1('Jin Park', 'MID', 'park', true)}
${squadLiV1('Ilya Sorokin', 'FWD', 'sorokin', false)}
</ul>
<div class="row"><button type="button" id="autopick">Auto-pick</button><button type="button" id="reset">Reset</button><button type="button" id="save-team">Save team</button></div></section></div>
</main>`,
);

const fantasyV2 = page(
  'Squad builder — Fantasy Fives',
  `<header><a href="/" class="logo">Fantasy Fives</a><nav><a href="/team">Team</a><a href="/transfers">Transfers</a><a href="/leagues">Leagues</a><a href="/fixtures">Fixtures</a></nav></header>
<main><div class="row"><h1>Squad builder</h1><span class="badge">Budget £4.5m</span><span class="badge">Deadline Sat 11:00</span></div>
<div class="grid"><section><div role="tablist" class="row"><button role="tab" aria-controls="goalkeepers">Goalkeepers</button><button role="tab" aria-controls="defenders">Defenders</button><button role="tab" aria-controls="midfielders" aria-selected="true">Midfielders</button><button role="tab" aria-controls="forwards">Forwards</button></div>
<div id="midfielders"><label>Sort by <select name="sort"><option>Form</option><option>Total points</option><option>Price (high to low)</option><option>Selected by %</option></select></label>
${playerCard('Ben Ashworth', 'Kingsport', '6.5', '110', '8.1')}
${playerCard('Tomás Reyna', 'Northvale', '7.0', '121', '7.4')}
${playerCard('Rui Calado', 'Harbour City', '8.5', '142', '6.9')}
${playerCard('Owen Fairley', 'Redmoor', '5.0', '76', '6.2')}
${playerCard('Sami Idowu', 'Harbour City', '5.5', '87', '4.8')}
</div></section>
<section><h2>Squad 4/5</h2>
${squadRowV2('Marco Vance', 'GK', 'vance', false)}
${squadRowV2('Dale Okoro', 'DEF', 'okoro', false)}
${squadRowV2('Jin Park', 'MID', 'park', true)}
${squadRowV2('Ilya Sorokin', 'FWD', 'sorokin', false)}
<div class="row"><button type="button" class="auto-fill">Auto-fill squad</button><button type="button" class="undo">Undo</button><button type="button" class="save-squad">Save squad</button></div></section></div>
</main>`,
);

const fantasyPair: PagePair = {
  name: 'fantasy-squad-builder',
  v1: fantasyV1,
  v2: fantasyV2,
  targets: [
    {
      selector: 'a.tab[href="#mid"]',
      expect: '[role="tab"][aria-controls="midfielders"]',
      change: 'abbreviated link tabs became spelled-out tab buttons',
    },
    {
      selector: '#sort-players',
      expect: 'select[name="sort"]',
      change: 'sort select lost its id, form first',
    },
    {
      selector: '#players tr:nth-child(3) button.add',
      expect: 'button[aria-label="Add Tomás Reyna to squad"]',
      change: 'player table became cards sorted by form; Add became +',
    },
    {
      selector: '#squad li:nth-child(2) .remove',
      expect: '[data-player="okoro"] .drop',
      change: 'Remove renamed Drop',
    },
    {
      selector: 'input[name="captain"][value="vance"]',
      expect: '[data-player="vance"] .captain-toggle',
      change: 'captain radio became a C toggle button',
    },
    { selector: '#autopick', expect: 'button.auto-fill', change: 'Auto-pick reworded Auto-fill squad' },
    { selector: '#reset', expect: null, change: 'Reset removed; Undo button in its place' },
    {
      selector: '#players tr:nth-child(5) button.add',
      expect: null,
      change: 'player transferred out of the game; another Redmoor player listed instead',
    },
  ],
};

// ---------------------------------------------------------------- apiary inspection log

const hiveV1 = page(
  'New inspection — HiveNotes',
  `<header><a href="/" class="logo">HiveNotes</a><nav><a href="/apiaries">Apiaries</a><a href="/hives">Hives</a><a href="/tasks">Tasks</a></nav></header>
<main><h1>New inspection</h1>
<div class="row"><label for="hive">Hive</label><select id="hive"><option>Bramble (National)</option><option>Clover (National)</option><option>Heather (WBC)</option></select><label for="inspection-date">Date</label><input type="date" id="inspection-date" value="2025-06-08"><a href="/hives/bramble/history" id="history">Past inspections</a></div>
<fieldset><legend>Colony</legend>
<label class="row"><input type="checkbox" id="seen-queen"> Queen seen</label>
<label class="row"><input type="checkbox" id="seen-eggs" checked> Eggs seen</label>
<label class="row"><input type="checkbox" id="queen-cells"> Queen cells present</label>
<label for="temper">Temper</label><select id="temper"><option>Calm</option><option>Nervous</option><option>Defensive</option></select>
</fieldset>
<fieldset><legend>Frames</legend><div class="row"><label for="frames-brood">Brood frames</label><input type="number" id="frames-brood" value="7"><label for="frames-stores">Stores frames</label><input type="number" id="frames-stores" value="3"></div></fieldset>
<fieldset><legend>Varroa treatment</legend>
<label><input type="radio" name="treatment" id="treat-none" checked> None</label>
<label><input type="radio" name="treatment" id="treat-oxalic"> Oxalic acid</label>
<label><input type="radio" name="treatment" id="treat-formic"> Formic acid</label>
</fieldset>
<label for="notes">Notes</label><textarea id="notes" rows="3"></textarea>
<div class="row"><button type="button" id="add-photo">Add photo</button><button type="submit" id="save-inspection">Save inspection</button></div>
</main>`,
);

const hiveV2 = edit(hiveV1, [
  [
    '<label for="inspection-date">Date</label><input type="date" id="inspection-date" value="2025-06-08">',
    '<label for="inspected-on">Inspected on</label><input type="date" id="inspected-on" name="inspected_on" value="2025-06-08">',
  ],
  ['id="history">Past inspections', 'class="history-link">History'],
  [
    '<input type="checkbox" id="seen-eggs" checked> Eggs seen',
    '<input type="checkbox" role="switch" id="obs-eggs" checked> Eggs or young larvae',
  ],
  [
    '<input type="checkbox" id="queen-cells"> Queen cells present',
    '<input type="checkbox" role="switch" id="obs-qcells"> Queen cups with larvae (swarm or supersedure cells)',
  ],
  [
    '<label for="temper">Temper</label><select id="temper"><option>Calm</option><option>Nervous</option><option>Defensive</option></select>',
    '<label for="temperament">Temperament</label><select id="temperament" name="temperament"><option>Calm</option><option>Runny on the comb</option><option>Followers</option><option>Defensive</option></select>',
  ],
  [
    '<label for="frames-brood">Brood frames</label><input type="number" id="frames-brood" value="7">',
    '<label for="brood">Frames with brood</label><input type="number" id="brood" name="brood_frames" value="7">',
  ],
  [
    '<input type="radio" name="treatment" id="treat-formic"> Formic acid',
    '<input type="radio" name="treatment" id="treat-thymol"> Thymol',
  ],
  [
    '<button type="button" id="add-photo">Add photo</button><button type="submit" id="save-inspection">Save inspection</button>',
    '<button type="submit" class="log-inspection">Log inspection</button><button type="button" aria-label="Attach photo">📷</button>',
  ],
]);

const hivePair: PagePair = {
  name: 'apiary-inspection-log',
  v1: hiveV1,
  v2: hiveV2,
  targets: [
    { selector: '#inspection-date', expect: '#inspected-on', change: 'Date relabelled Inspected on' },
    { selector: '#seen-eggs', expect: '#obs-eggs', change: 'checkbox became a switch, reworded' },
    {
      selector: '#queen-cells',
      expect: '#obs-qcells',
      change: 'queen cells reworded with beekeeping detail',
    },
    {
      selector: '#temper',
      expect: '#temperament',
      change: 'Temper relabelled Temperament, options extended',
    },
    { selector: '#frames-brood', expect: 'input[name="brood_frames"]', change: 'label reworded, id changed' },
    {
      selector: '#treat-formic',
      expect: null,
      change: 'formic acid option removed; thymol option in its place',
    },
    {
      selector: '#save-inspection',
      expect: 'button.log-inspection',
      change: 'Save inspection renamed Log inspection',
    },
    {
      selector: '#add-photo',
      expect: 'button[aria-label="Attach photo"]',
      change: 'Add photo became a camera icon after the submit button',
    },
  ],
};

// ---------------------------------------------------------------- tenant repair request

const repairV1 = page(
  'Report a repair — Parkside Lettings',
  `<header><a href="/" class="logo">Parkside Lettings · Tenant portal</a><nav><a href="/rent">Rent</a><a href="/repairs" class="active">Repairs</a><a href="/documents">Documents</a></nav></header>
<main><h1>Report a repair</h1>
<form id="repair-form">
<label for="category">What needs fixing?</label><select id="category"><option>Plumbing</option><option>Heating and hot water</option><option>Electrics</option><option>Appliances</option><option>Pests</option></select>
<label for="location-in-home">Where in the home?</label><input id="location-in-home" placeholder="e.g. upstairs bathroom">
<label for="description">Describe the problem</label><textarea id="description" rows="4"></textarea>
<fieldset><legend>How urgent is it?</legend>
<label><input type="radio" name="urgency" id="urg-emergency"> Emergency (e.g. flooding, no heating in winter)</label>
<label><input type="radio" name="urgency" id="urg-urgent"> Urgent — within 3 days</label>
<label><input type="radio" name="urgency" id="urg-routine" checked> Routine — within 28 days</label>
</fieldset>
<label for="photos">Photos</label><input type="file" id="photos" multiple>
<label class="row"><input type="checkbox" id="permission-enter"> Contractors may enter with a key if I'm not home</label>
<label class="row"><input type="checkbox" id="has-pets"> There are pets in the property</label>
<button type="submit" id="submit-request">Submit repair request</button>
</form>
<h2>Your open requests</h2>
<ul id="requests">
<li>R-2291 · Kitchen tap dripping · Reported 2 June <button class="cancel-request">Cancel request</button> <a href="/repairs/R-2291#comment">Add comment</a></li>
<li>R-2264 · Bedroom window won't close · Contractor booked 12 June <button class="cancel-request">Cancel request</button> <a href="/repairs/R-2264#comment">Add comment</a></li>
</ul>
<p><a href="/emergency" id="emergency-numbers">Out-of-hours emergency numbers</a></p>
</main>`,
);

const repairV2 = page(
  'Repairs — Parkside',
  `<header><a href="/" class="logo">Parkside</a><nav><a href="/rent">Rent</a><a href="/repairs" aria-current="page">Repairs</a><a href="/documents">Documents</a></nav></header>
<main><div class="card alert"><strong>Emergency?</strong> Gas leak, flooding or no heating in winter: call <a href="tel:08000000000">0800 000 0000</a> any time.</div>
<div class="grid"><form class="repair"><h1>New repair</h1>
<p>What needs fixing?</p><div class="grid3 tiles"><button type="button" data-category="plumbing">Plumbing</button><button type="button" data-category="heating">Heating</button><button type="button" data-category="electrics">Electrics</button><button type="button" data-category="appliances">Appliances</button><button type="button" data-category="pests">Pests</button><button type="button" data-category="other">Something else</button></div>
<label for="where">Room or area</label><input id="where" name="where">
<label for="details">What's wrong?</label><textarea id="details" name="details" rows="4" placeholder="When did it start? Is it getting worse?"></textarea>
<fieldset><legend>Priority</legend><label><input type="radio" name="priority" value="urgent"> Urgent (we aim to attend within 3 working days)</label> <label><input type="radio" name="priority" value="routine" checked> Routine (within 28 days)</label></fieldset>
<label for="attachments">Photos or video</label><input type="file" id="attachments" name="attachments" multiple>
<label class="row"><input type="checkbox" id="access-ok"> You can let yourselves in if I'm out</label>
<label class="row"><input type="checkbox" id="pets-home"> I have pets</label>
<button type="submit" class="send-request">Send to Parkside</button></form>
<section><h2>Open repairs</h2>
<div class="card" data-request="R-2264"><strong>Bedroom window won't close</strong><p class="muted">R-2264 · Visit booked 12 June</p><div class="row"><a href="/repairs/R-2264">Message us</a><button class="withdraw">Withdraw</button></div></div>
<div class="card" data-request="R-2291"><strong>Kitchen tap dripping</strong><p class="muted">R-2291 · Reported 2 June</p><div class="row"><a href="/repairs/R-2291">Message us</a><button class="withdraw">Withdraw</button></div></div>
</section></div>
</main>`,
);

const repairPair: PagePair = {
  name: 'tenant-repair-request',
  v1: repairV1,
  v2: repairV2,
  targets: [
    {
      selector: '#location-in-home',
      expect: '#where',
      change: 'relabelled Room or area, placeholder dropped',
    },
    {
      selector: '#description',
      expect: 'textarea[name="details"]',
      change: "relabelled What's wrong?, id changed",
    },
    {
      selector: '#urg-emergency',
      expect: null,
      change: 'emergency option removed from the form; a phone banner instead',
    },
    {
      selector: '#urg-routine',
      expect: 'input[name="priority"][value="routine"]',
      change: 'urgency group renamed Priority, ids removed',
    },
    { selector: '#permission-enter', expect: '#access-ok', change: 'key access consent reworded' },
    {
      selector: '#submit-request',
      expect: 'button.send-request',
      change: 'submit reworded Send to Parkside',
    },
    {
      selector: '#requests li:nth-child(1) .cancel-request',
      expect: '[data-request="R-2291"] .withdraw',
      change: 'requests became cards in a side column, order flipped; Cancel request renamed Withdraw',
    },
    {
      selector: '#requests li:nth-child(2) a',
      expect: '[data-request="R-2264"] a',
      change: 'Add comment link renamed Message us',
    },
  ],
};

// ---------------------------------------------------------------- contact-centre agent desktop

const agentV1 = page(
  'Agent desktop — Relay',
  `<header><span class="logo">Relay Agent Desktop</span><label for="agent-status">Status</label><select id="agent-status"><option>Available</option><option>On break</option><option>Lunch</option><option>Training</option><option>Offline</option></select><a href="/kb" id="kb-search">Knowledge base</a></header>
<main><div class="card call"><h2>Inbound call · 03:17</h2><p>+44 7700 900456 · Queue: Billing</p>
<div class="row"><button type="button" id="answer" disabled>Answer</button><button type="button" id="hold">Hold</button><button type="button" id="mute">Mute</button><button type="button" id="transfer">Transfer</button><button type="button" id="end-call">End call</button></div></div>
<div class="row"><input id="dialpad-number" placeholder="Enter number"><button type="button" id="dial">Dial</button></div>
<div class="card customer"><h2>Priya Raman</h2><p class="muted">Account 88213-04 · Customer since 2019</p>
<nav class="row"><a href="#profile" id="tab-profile">Profile</a><a href="#orders" id="tab-orders">Orders</a><a href="#history" id="tab-history">History</a></nav>
<p>Last contact: 28 May, billing query (resolved).</p></div>
<form class="wrapup"><h2>Wrap-up</h2><label for="disposition">Disposition</label><select id="disposition"><option>Resolved</option><option>Escalated</option><option>Callback scheduled</option></select><label for="wrap-notes">Notes</label><textarea id="wrap-notes" rows="3"></textarea><button type="submit" id="submit-wrapup">Submit wrap-up</button></form>
</main>`,
);

const agentV2 = page(
  'Relay',
  `<header><span class="logo">Relay</span><select aria-label="Presence" class="presence"><option>Ready</option><option>Break</option><option>Lunch</option><option>Training</option><option>Away</option></select><a href="/scripts" class="scripts-link">Call scripts</a></header>
<main class="grid"><section><div class="card call"><div class="row"><strong>Billing · 03:17</strong><span class="muted">+44 7700 900456</span></div>
<div class="row controls"><button type="button" aria-label="Hold call">⏸</button><button type="button" aria-label="Mute microphone">🎙</button><button type="button" aria-label="Forward call">↪</button><button type="button" aria-label="Record call">⏺</button><button type="button" class="hangup" aria-label="Hang up">✆</button></div></div>
<div class="row"><input type="tel" name="dial" placeholder="Number or extension"><button type="button" class="place-call">Call</button></div>
<form class="wrapup"><h2>After-call work</h2><label for="outcome">Outcome</label><select id="outcome" name="outcome"><option>Resolved first time</option><option>Escalated</option><option>Callback booked</option></select><textarea name="notes" aria-label="Notes" rows="3"></textarea><button type="submit" class="finish">Finish and go ready</button></form></section>
<section class="card customer"><h2>Priya Raman</h2><p class="muted">88213-04 · since 2019</p>
<div role="tablist" class="row"><button role="tab" data-panel="profile" aria-selected="true">Profile</button><button role="tab" data-panel="orders">Orders</button><button role="tab" data-panel="interactions">Interactions</button><button role="tab" data-panel="notes">Notes</button></div>
<p>28 May · Billing query · Resolved</p></section></main>`,
);

const agentPair: PagePair = {
  name: 'contact-centre-desktop',
  v1: agentV1,
  v2: agentV2,
  targets: [
    {
      selector: '#hold',
      expect: 'button[aria-label="Hold call"]',
      change: 'call controls became icon buttons',
    },
    {
      selector: '#mute',
      expect: 'button[aria-label="Mute microphone"]',
      change: 'Mute became a microphone icon',
    },
    {
      selector: '#transfer',
      expect: 'button[aria-label="Forward call"]',
      change: 'Transfer became Forward call icon',
    },
    {
      selector: '#answer',
      expect: null,
      change: 'Answer removed (auto-answer); a Record icon sits in the bar',
    },
    {
      selector: '#agent-status',
      expect: 'select.presence',
      change: 'Status select became Presence, options reworded',
    },
    { selector: '#dial', expect: 'button.place-call', change: 'Dial renamed Call' },
    {
      selector: '#tab-history',
      expect: '[role="tab"][data-panel="interactions"]',
      change: 'link tabs became tab buttons; History renamed Interactions',
    },
    {
      selector: '#kb-search',
      expect: null,
      change: 'knowledge base link removed; call scripts link in its place',
    },
  ],
};

// ---------------------------------------------------------------- optician lens chooser

const rxOptions =
  '<option>-2.00</option><option>-1.00</option><option selected>0.00</option><option>+1.00</option>';

const lensV1 = page(
  'Choose lenses — ClearSight Opticians',
  `<header><a href="/" class="logo">ClearSight Opticians</a><nav><a href="/glasses">Glasses</a><a href="/sunglasses">Sunglasses</a><a href="/contacts">Contact lenses</a></nav><a href="/basket" id="basket">Basket (0)</a></header>
<main><h1>Lenses for Aldgate frame · Tortoiseshell</h1>
<h2>1. Lens type</h2>
<label><input type="radio" name="lens" id="lens-single" checked> Single vision</label>
<label><input type="radio" name="lens" id="lens-varifocal"> Varifocal (+£120)</label>
<label><input type="radio" name="lens" id="lens-reading"> Reading only</label>
<h2>2. Prescription</h2>
<table class="rx"><tr><th></th><th>SPH</th><th>CYL</th></tr>
<tr><th>Right (OD)</th><td><select id="sph-right">${rxOptions}</select></td><td><select id="cyl-right">${rxOptions}</select></td></tr>
<tr><th>Left (OS)</th><td><select id="sph-left">${rxOptions}</select></td><td><select id="cyl-left">${rxOptions}</select></td></tr></table>
<div class="row"><label for="pd">Pupillary distance</label><input id="pd" size="4" value="63"><label class="row"><input type="checkbox" id="two-pd"> I have two PD numbers</label></div>
<button type="button" id="upload-rx">Upload a photo of my prescription</button>
<h2>3. Coatings</h2>
<label class="row"><input type="checkbox" id="coat-ar"> Anti-reflective (+£20)</label>
<label class="row"><input type="checkbox" id="coat-blue"> Blue light filter (+£25)</label>
<label class="row"><input type="checkbox" id="coat-tint"> Sun tint (+£30)</label>
<div class="row"><strong>£129.00</strong><button type="button" id="add-basket">Add to basket</button></div>
</main>`,
);

const lensCard = (key: string, title: string, note: string) =>
  `<div class="card" data-lens="${key}"><h3>${title}</h3><p class="muted">${note}</p><button type="button">Choose</button></div>`;

const lensV2 = page(
  'Aldgate · Tortoiseshell — ClearSight',
  `<header><a href="/" class="logo">ClearSight</a><nav><a href="/glasses">Glasses</a><a href="/sunglasses">Sunglasses</a><a href="/contacts">Contacts</a></nav><a href="/bag" class="bag" aria-label="Bag, 0 items">👜</a></header>
<main><div class="grid"><div><h1>Aldgate · Tortoiseshell</h1><p class="muted">Choose your lenses</p></div><div class="card"><strong>£129</strong> <button type="button" class="add-to-bag">Add to bag – £129</button></div></div>
<h2>Your prescription</h2>
<div class="grid rx"><fieldset><legend>Right eye</legend><select name="od_sphere" aria-label="Right sphere">${rxOptions}</select> <select name="od_cylinder" aria-label="Right cylinder">${rxOptions}</select></fieldset><fieldset><legend>Left eye</legend><select name="os_sphere" aria-label="Left sphere">${rxOptions}</select> <select name="os_cylinder" aria-label="Left cylinder">${rxOptions}</select></fieldset></div>
<div class="row"><label for="pupil-distance">PD (mm)</label><input id="pupil-distance" name="pupil_distance" size="4" value="63"><button type="button" class="split-pd">Enter separate left and right PD</button></div>
<button type="button" class="snap-rx">Snap your prescription instead</button>
<h2>Lens type</h2>
<div class="grid3 lens-cards">${lensCard('single', 'Single vision', 'Distance or near')}${lensCard('varifocal', 'Varifocal', 'All distances · +£120')}${lensCard('office', 'Office', 'Screen and desk distance · +£60')}</div>
<h2>Extras</h2><p class="muted">Anti-reflective and scratch-resistant coatings are included as standard.</p>
<label class="row"><input type="checkbox" role="switch" id="extra-blue"> Blue-light filter for screen use (+£25)</label>
<label class="row"><input type="checkbox" role="switch" id="extra-sun"> Sun tint, grey or brown (+£30)</label>
<label class="row"><input type="checkbox" role="switch" id="extra-photochromic"> Light-reactive lenses (+£45)</label>
</main>`,
);

const lensPair: PagePair = {
  name: 'optician-lens-chooser',
  v1: lensV1,
  v2: lensV2,
  targets: [
    {
      selector: '#sph-left',
      expect: 'select[name="os_sphere"]',
      change: 'prescription table became per-eye fieldsets, ids dropped',
    },
    { selector: '#pd', expect: '#pupil-distance', change: 'PD field relabelled with unit, id changed' },
    { selector: '#two-pd', expect: 'button.split-pd', change: 'two-PD checkbox became a button' },
    {
      selector: '#lens-varifocal',
      expect: '[data-lens="varifocal"] button',
      change: 'lens radios became cards with Choose buttons, moved below prescription',
    },
    {
      selector: '#lens-reading',
      expect: null,
      change: 'reading-only lenses dropped; an Office lens card instead',
    },
    { selector: '#coat-ar', expect: null, change: 'anti-reflective now standard, option removed' },
    {
      selector: '#coat-blue',
      expect: '#extra-blue',
      change: 'coating checkbox became a switch under Extras',
    },
    {
      selector: '#add-basket',
      expect: 'button.add-to-bag',
      change: 'Add to basket became Add to bag with price, moved to the top',
    },
  ],
};

// ---------------------------------------------------------------- ski lift passes

const skierRow = (n: number, name: string, age: number) =>
  `<tr><td><input value="${name}" aria-label="Skier ${n} name"></td><td><select aria-label="Skier ${n} age group"><option${age === 0 ? ' selected' : ''}>Adult (18–64)</option><option${age === 1 ? ' selected' : ''}>Child (5–17)</option><option>Senior (65+)</option></select></td><td><input type="checkbox" class="insurance" aria-label="Skier ${n} insurance"></td><td><button class="remove">Remove</button></td></tr>`;

const skierCard = (n: number, name: string, age: number) =>
  `<div class="card" data-skier="${n}"><input value="${name}" aria-label="Name"><select aria-label="Age"><option${age === 0 ? ' selected' : ''}>Adult</option><option${age === 1 ? ' selected' : ''}>Child (5–17)</option><option>Senior 65+</option></select><label><input type="checkbox" class="cover"> Carré Neige rescue cover (€3.50/day)</label><button aria-label="Remove ${name}">✕</button></div>`;

const skiV1 = page(
  'Buy lift passes — Alpina Pass',
  `<header><a href="/" class="logo">Alpina Pass</a><nav><a href="/passes">Lift passes</a><a href="/lessons">Ski school</a><a href="/rental">Rental</a></nav></header>
<main><h1>Buy lift passes</h1>
<div class="row"><label for="resort">Resort</label><select id="resort"><option>Val Brise</option><option>Les Cimes</option></select><a href="/resorts/val-brise/map" id="ski-map">Piste map</a></div>
<div class="row"><label for="start-date">First day</label><input type="date" id="start-date" value="2026-02-14"><label for="days">Duration</label><select id="days"><option>1 day</option><option>2 days</option><option>3 days</option><option selected>6 days</option><option>7 days</option></select></div>
<fieldset><legend>Area</legend>
<label><input type="radio" name="area" id="pass-local"> Val Brise only</label>
<label><input type="radio" name="area" id="pass-full" checked> Full Grand Massif domain</label>
<label><input type="radio" name="area" id="pass-glacier"> Glacier only</label>
</fieldset>
<h2>Skiers</h2>
<table id="skiers"><tr><th>Name</th><th>Age group</th><th>Insurance</th><th></th></tr>
${skierRow(1, 'Tom', 0)}
${skierRow(2, 'Léa', 1)}
${skierRow(3, 'Noah', 1)}
</table>
<button type="button" id="add-skier">Add skier</button>
<label class="row"><input type="checkbox" id="keycard-reuse"> I already have a reusable KeyCard</label>
<label for="keycard-number">KeyCard number</label><input id="keycard-number" placeholder="01-1614…">
<div class="row"><strong>Total €978.00</strong><button type="button" id="buy-pass">Buy passes</button></div>
</main>`,
);

const skiV2 = page(
  'Lift passes · Val Brise — Alpina',
  `<header><a href="/" class="logo">Alpina</a><select name="resort" aria-label="Resort"><option>Val Brise</option><option>Les Cimes</option></select><nav><a href="/passes">Passes</a><a href="/lessons">Lessons</a><a href="/rental">Rental</a></nav></header>
<main><h1>Lift passes · Val Brise</h1><p><a href="/resorts/val-brise/snow" class="snow-report">Today's snow report</a></p>
<div class="row"><label for="first-day">From</label><input type="date" id="first-day" name="first_day" value="2026-02-14"><label for="duration">Days</label><input type="number" id="duration" name="duration" min="1" max="14" value="6"></div>
<p>Where will you ski?</p><div class="row seg"><button type="button" data-pass="local">Val Brise</button><button type="button" data-pass="domain" aria-pressed="true">Grand Massif (all 5 resorts)</button><button type="button" data-pass="beginner">Beginner zone</button></div>
<h2>Who's skiing?</h2>
<div class="grid3">${skierCard(1, 'Tom', 0)}${skierCard(2, 'Léa', 1)}${skierCard(3, 'Noah', 1)}</div>
<button type="button" class="add-person">+ Add another skier</button>
<label class="row"><input type="checkbox" role="switch" id="reload"> Reload my existing card</label>
<label for="card-id">Card number (on the back)</label><input id="card-id" name="card_id">
<div class="row"><strong>€978.00</strong><button type="button" class="to-payment">Continue to payment</button></div>
</main>`,
);

const skiPair: PagePair = {
  name: 'ski-lift-passes',
  v1: skiV1,
  v2: skiV2,
  targets: [
    { selector: '#start-date', expect: '#first-day', change: 'First day relabelled From, id changed' },
    { selector: '#days', expect: '#duration', change: 'duration select became a number input' },
    {
      selector: '#skiers tr:nth-child(3) .remove',
      expect: '[data-skier="2"] button[aria-label="Remove Léa"]',
      change: 'skier table became cards; Remove became ✕ with a name label',
    },
    {
      selector: '#skiers tr:nth-child(2) input.insurance',
      expect: '[data-skier="1"] input.cover',
      change: 'insurance checkbox became a named rescue cover option',
    },
    {
      selector: '#pass-glacier',
      expect: null,
      change: 'glacier-only pass withdrawn; a beginner zone option instead',
    },
    {
      selector: '#pass-full',
      expect: 'button[data-pass="domain"]',
      change: 'area radios became segmented buttons, reworded',
    },
    { selector: '#keycard-number', expect: '#card-id', change: 'KeyCard number relabelled Card number' },
    { selector: '#ski-map', expect: null, change: 'piste map link removed; snow report link in its place' },
  ],
};

// ---------------------------------------------------------------- export

export const BLIND5_PAIRS: readonly PagePair[] = [
  lunchPair,
  pcnPair,
  trialPair,
  limsPair,
  evPair,
  printPair,
  outagePair,
  jobPair,
  dentalPair,
  scopePair,
  winePair,
  crosswordPair,
  treePair,
  votePair,
  mlPair,
  reportPair,
  snagPair,
  rosterPair,
  fantasyPair,
  hivePair,
  repairPair,
  agentPair,
  lensPair,
  skiPair,
];
