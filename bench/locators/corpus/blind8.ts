/**
 * Blind corpus 8, sealed: written without looking at the matcher. Domains:
 * market stall licence (municipal), self-publishing print setup, wholesale
 * coffee trade ordering, operating theatre list, children's pocket money app,
 * journal peer review, fibre broadband installation booking, household
 * recycling centre booking, bar point of sale, email audience segment builder,
 * CDN cache configuration, localisation string review, fleet fuel cards,
 * swimming pool lane booking, home removals quote, spa checkout, newspaper
 * holiday stop, air quality dashboard, courier proof of delivery, garden centre
 * click and collect, new starter IT equipment request, village hall hire, radio
 * playout log and app store release rollout.
 */
import { edit, type PagePair, page } from './page.js';

const MOBILE_CSS = `
.phone{max-width:390px;margin:0 auto;border:1px solid #ddd;min-height:700px}
.phone header{justify-content:space-between}
.tabbar{display:flex;justify-content:space-around;padding:10px;border-top:1px solid #ddd}
.big{font-size:28px;margin:4px 0}.chip{border-radius:14px;padding:4px 10px}
.switch{width:40px;height:22px;border-radius:11px}
`;

const SWITCH_CSS = `.switch{width:40px;height:22px;border-radius:11px}`;

// ---------------------------------------------------------------- market stall licence (municipal)

const stallV1 = page(
  'Apply for a market stall licence – Harrowgate Borough Council',
  `<header><a href="/" id="council-logo">Harrowgate Borough Council</a><nav id="top-nav"><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/licensing" class="current">Licensing</a><a href="/planning">Planning</a></nav><a href="/account" id="my-account">My account</a></header>
<main><p class="muted"><a href="/">Home</a> › <a href="/licensing">Licensing</a> › Street trading</p>
<h1>Apply for a market stall licence</h1>
<p>Use this form to apply for a pitch at a council-run market. We aim to decide within 15 working days.</p>
<form id="stall-application">
<h2>About you</h2>
<label for="trader-name">Full name</label><input id="trader-name" name="trader_name" autocomplete="name">
<label for="trading-name">Trading name</label><input id="trading-name" name="trading_name">
<label for="trader-email">Email</label><input id="trader-email" type="email" name="email">
<label for="trader-phone">Phone</label><input id="trader-phone" type="tel" name="phone">
<h2>Your pitch</h2>
<label for="market">Market</label><select id="market" name="market"><option>Thursday general market</option><option>Saturday farmers' market</option><option>Sunday car boot</option></select>
<fieldset><legend>Pitch size</legend><label class="row"><input type="radio" name="pitch" id="pitch-small" value="3x3"> 3m × 3m</label><label class="row"><input type="radio" name="pitch" id="pitch-large" value="3x6"> 3m × 6m</label></fieldset>
<label for="goods">What will you sell?</label><textarea id="goods" name="goods" rows="3"></textarea>
<label class="row"><input type="checkbox" id="needs-power" name="power"> I need an electricity hook-up</label>
<label class="row"><input type="checkbox" id="hot-food" name="hot_food"> I will be selling hot food</label>
<h2>Documents</h2>
<label for="pli-upload">Public liability insurance certificate</label><input id="pli-upload" type="file" name="pli">
<label for="hygiene-upload">Food hygiene certificate (food traders only)</label><input id="hygiene-upload" type="file" name="hygiene">
<label class="row"><input type="checkbox" id="declaration" name="declaration"> I confirm the information I have given is correct</label>
<div class="row"><button type="submit" id="submit-application" class="btn primary">Submit application</button><button type="button" id="save-draft" class="btn">Save and come back later</button></div>
</form></main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact us</a></footer>`,
);

const stallV2 = page(
  'Market stall licence application – Harrowgate Borough Council',
  `<header class="site-header"><a href="/" class="logo" aria-label="Harrowgate Borough Council homepage">Harrowgate</a><nav class="service-nav"><a href="/bins">Bins and recycling</a><a href="/council-tax">Council tax</a><a href="/licensing" aria-current="page">Licensing</a><a href="/planning">Planning</a></nav><a href="/account" class="account-link">Sign in</a></header>
<main><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/licensing">Licensing</a> › Street trading</nav>
<span class="muted">Street trading</span><h1>Market stall licence application</h1>
<form class="stall-form" method="post">
<section class="card"><h2>Your details</h2>
<label for="applicant-full-name">Full name</label><input id="applicant-full-name" name="applicant_name" autocomplete="name">
<label for="applicant-business">Business name (if different)</label><input id="applicant-business" name="business_name">
<div class="grid"><div><label for="applicant-email">Email address</label><input id="applicant-email" type="email" name="email"></div><div><label for="applicant-phone">Phone number</label><input id="applicant-phone" type="tel" name="phone"></div></div></section>
<section class="card"><h2>Pitch</h2>
<label for="market-day">Which market do you want to trade at?</label><select id="market-day" name="market"><option>Thursday general market</option><option>Saturday farmers' market</option><option>Sunday car boot</option><option>Christmas market (December only)</option></select>
<fieldset><legend>How much space do you need?</legend><label class="row"><input type="radio" name="pitch_size" value="single"> Single pitch (3m × 3m)</label><label class="row"><input type="radio" name="pitch_size" value="double"> Double pitch (3m × 6m)</label></fieldset>
<label for="stall-goods">Describe what you'll sell</label><textarea id="stall-goods" name="goods" rows="4"></textarea>
<label class="row"><input type="checkbox" name="electricity"> Electricity supply needed (extra charge)</label>
<p class="muted">Selling food? You must also <a href="/food/register">register a food business</a> with us.</p></section>
<section class="card"><h2>Insurance</h2>
<label for="insurance-file">Upload your public liability insurance (PDF or photo)</label><input id="insurance-file" type="file" name="pli"></section>
<label class="row"><input type="checkbox" name="declaration" id="confirm-declaration"> I declare that the information in this application is true</label>
<div class="row"><button type="submit" class="btn btn-primary">Send application</button><a href="?draft=1" class="save-link">Save as draft</a></div>
</form></main>
<footer class="site-footer"><a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact the council</a></footer>`,
);

const stallPair: PagePair = {
  name: 'market-stall-licence',
  v1: stallV1,
  v2: stallV2,
  targets: [
    { selector: '#trader-name', expect: '#applicant-full-name', change: 'id renamed, label unchanged' },
    { selector: '#market', expect: '#market-day', change: 'id renamed, label turned into a question' },
    {
      selector: '#pitch-large',
      expect: 'input[value="double"]',
      change: 'id dropped, radio relabelled "Double pitch (3m × 6m)"',
    },
    {
      selector: '#needs-power',
      expect: 'input[name="electricity"]',
      change: 'id dropped, relabelled "Electricity supply needed"',
    },
    {
      selector: '#pli-upload',
      expect: '#insurance-file',
      change: 'upload moved to its own section, reworded',
    },
    {
      selector: '#submit-application',
      expect: 'button.btn-primary',
      change: 'Submit application → Send application, id removed',
    },
    {
      selector: '#hot-food',
      expect: null,
      change: 'hot food question removed; food registration link instead',
    },
    { selector: '#hygiene-upload', expect: null, change: 'food hygiene upload removed' },
  ],
};

// ---------------------------------------------------------------- self-publishing print setup

const printV1 = page(
  'Paperback content – Inkwell Press',
  `<header><a href="/" id="brand">Inkwell Press</a><nav><a href="/bookshelf" id="nav-bookshelf">Bookshelf</a><a href="/reports" id="nav-reports">Reports</a><a href="/community">Community</a><a href="/help">Help</a></nav><a href="/account" id="nav-account">Account</a></header>
<div class="sidebar"><h3>The Salt Road</h3><ol><li><a href="/book/221/details">Paperback details</a></li><li><b>Paperback content</b></li><li><a href="/book/221/pricing">Rights &amp; pricing</a></li></ol></div>
<main style="margin-left:220px"><h1>Paperback content</h1>
<h2>Print ISBN</h2>
<label class="row"><input type="checkbox" id="free-isbn" checked> Assign me a free ISBN</label>
<label for="own-isbn">Or enter your own ISBN</label><input id="own-isbn" placeholder="978-">
<h2>Print options</h2>
<fieldset><legend>Ink and paper</legend>
<label class="row"><input type="radio" name="ink" id="ink-bw-cream" checked> Black &amp; white on cream paper</label>
<label class="row"><input type="radio" name="ink" id="ink-bw-white"> Black &amp; white on white paper</label>
<label class="row"><input type="radio" name="ink" id="ink-colour"> Premium colour on white paper</label></fieldset>
<label for="trim-size">Trim size</label><select id="trim-size"><option>5 × 8 in</option><option>5.5 × 8.5 in</option><option>6 × 9 in</option></select>
<label class="row"><input type="checkbox" id="bleed"> My interior has images that bleed off the page</label>
<fieldset><legend>Cover finish</legend><label class="row"><input type="radio" name="finish" id="finish-gloss" checked> Glossy</label><label class="row"><input type="radio" name="finish" id="finish-matte"> Matte</label></fieldset>
<h2>Manuscript</h2><p>salt-road-final.pdf · 312 pages</p><button id="upload-interior">Upload manuscript</button>
<h2>Cover</h2><button id="launch-cover-creator">Launch Cover Creator</button>
<h2>Preview</h2><button id="preview-btn">Launch previewer</button>
<div class="row"><a href="/book/221/details" id="back-details">Back to details</a><button id="save-draft" class="btn">Save as draft</button><button id="save-continue" class="btn primary">Save and continue</button></div></main>
<footer><a href="/terms">Terms</a> · <a href="/guides">Publishing guides</a> · <a href="/contact">Contact</a></footer>`,
);

const printV2 = page(
  'Paperback content – Inkwell Press',
  `<header class="topbar"><a href="/" class="logo">Inkwell Press</a><nav class="main"><a href="/bookshelf">Bookshelf</a><a href="/reports">Sales</a><a href="/community">Community</a><a href="/help">Help</a></nav><button class="avatar" aria-label="Account menu">JM</button></header>
<div class="sidebar"><h3>The Salt Road</h3><ol class="steps"><li><a href="/book/221/details">Details</a></li><li aria-current="step"><b>Content</b></li><li><a href="/book/221/pricing">Pricing</a></li></ol></div>
<main style="margin-left:220px"><div class="row"><h1>Paperback content</h1><button class="btn preview">Preview book</button></div>
<section class="card"><h2>ISBN</h2><label for="isbn">ISBN</label><input id="isbn" name="isbn" placeholder="978-"><p class="muted">Don't have one? <a href="/help/isbn">Where to get an ISBN</a></p></section>
<section class="card"><h2>Print options</h2>
<div role="radiogroup" aria-label="Interior" class="grid">
<label class="option"><input type="radio" name="interior" value="bw-cream" checked> Black &amp; white, cream paper</label>
<label class="option"><input type="radio" name="interior" value="bw-white"> Black &amp; white, white paper</label>
<label class="option"><input type="radio" name="interior" value="std-colour"> Standard colour, white paper</label>
<label class="option"><input type="radio" name="interior" value="premium-colour"> Premium colour, white paper</label></div>
<label for="book-size">Book size</label><select id="book-size" name="trim"><option>5 × 8 in (12.7 × 20.32 cm)</option><option>5.5 × 8.5 in (13.97 × 21.59 cm)</option><option>6 × 9 in (15.24 × 22.86 cm)</option></select>
<div class="row"><span>Bleed</span><button type="button" role="switch" aria-checked="false" class="switch" aria-label="Bleed (images extend to the edge of the page)"></button></div>
<fieldset><legend>Paperback cover finish</legend><label class="row"><input type="radio" name="cover_finish" id="cover-gloss" checked> Glossy</label><label class="row"><input type="radio" name="cover_finish" id="cover-matte"> Matte</label></fieldset></section>
<section class="card"><h2>Manuscript</h2><p>salt-road-final.pdf · 312 pages</p><button class="btn replace-file">Replace manuscript</button></section>
<section class="card"><h2>Cover</h2><p class="muted">Upload a print-ready PDF with back cover, spine and front cover.</p><button class="btn upload-cover">Upload cover PDF</button></section>
<div class="row actions"><a href="/book/221/details">Back</a><button class="btn secondary">Save draft</button><button class="btn primary">Save and continue</button></div></main>
<footer><a href="/terms">Terms</a> · <a href="/guides">Publishing guides</a> · <a href="/contact">Contact</a></footer>`,
  SWITCH_CSS,
);

const printPair: PagePair = {
  name: 'self-publish-print-setup',
  v1: printV1,
  v2: printV2,
  targets: [
    { selector: '#trim-size', expect: '#book-size', change: 'Trim size → Book size, id renamed' },
    {
      selector: '#ink-colour',
      expect: 'input[value="premium-colour"]',
      change: 'ink radios rebuilt as option cards; a standard colour option added beside it',
    },
    { selector: '#finish-matte', expect: '#cover-matte', change: 'id renamed' },
    { selector: '#bleed', expect: 'button[role="switch"]', change: 'checkbox → switch with aria-label' },
    {
      selector: '#preview-btn',
      expect: 'button.preview',
      change: 'Launch previewer → Preview book, moved next to the title',
    },
    { selector: '#save-continue', expect: 'button.primary', change: 'id removed, label unchanged' },
    { selector: '#free-isbn', expect: null, change: 'free ISBN option withdrawn' },
    {
      selector: '#launch-cover-creator',
      expect: null,
      change: 'cover creator retired; an upload button in its place',
    },
  ],
};

// ---------------------------------------------------------------- wholesale coffee ordering

const grind = '<option>Whole bean</option><option>Espresso</option><option>Filter</option>';

const coffeeV1 = page(
  'Trade order – Northside Roasters',
  `<header><a href="/" id="logo">Northside Roasters — Trade</a><nav><a href="/trade/order" class="active">Order</a><a href="/trade/invoices">Invoices</a><a href="/trade/equipment">Equipment</a><a href="/trade/training">Barista training</a></nav><span class="muted">Café Lumen</span><a href="/logout" id="logout">Log out</a></header>
<main><h1>Place a trade order</h1><p class="muted">Orders placed before 11am are roasted the next working day.</p>
<table id="coffee-list"><tr><th>Coffee (1 kg bags)</th><th>Origin</th><th>Price</th><th>Grind</th><th>Qty</th></tr>
<tr><td>House Espresso</td><td>Brazil / Colombia</td><td>£21.50</td><td><select id="grind-house">${grind}</select></td><td><input id="qty-house" type="number" min="0" value="6"></td></tr>
<tr><td>Finca La Esperanza</td><td>Colombia</td><td>£26.00</td><td><select id="grind-esperanza">${grind}</select></td><td><input id="qty-esperanza" type="number" min="0" value="0"></td></tr>
<tr><td>Kiambu AA</td><td>Kenya</td><td>£29.00</td><td><select id="grind-kiambu">${grind}</select></td><td><input id="qty-kiambu" type="number" min="0" value="0"></td></tr>
<tr><td>Mandheling</td><td>Sumatra</td><td>£24.00</td><td><select id="grind-mandheling">${grind}</select></td><td><input id="qty-mandheling" type="number" min="0" value="0"></td></tr>
<tr><td>Decaf (Swiss Water)</td><td>Mexico</td><td>£23.00</td><td><select id="grind-decaf">${grind}</select></td><td><input id="qty-decaf" type="number" min="0" value="0"></td></tr></table>
<a href="/trade/samples" id="request-samples">Request samples</a>
<h2>Delivery</h2>
<label for="po-number">PO number</label><input id="po-number">
<label for="delivery-date">Preferred delivery date</label><input id="delivery-date" type="date">
<label class="row"><input type="checkbox" id="standing-order"> Make this a standing order (every two weeks)</label>
<label for="order-notes">Notes for the roastery</label><textarea id="order-notes" rows="2"></textarea>
<div class="row"><span>Subtotal <b id="subtotal">£129.00</b></span><button id="place-order" class="btn primary">Place order</button></div></main>
<footer>Northside Roasters Ltd · <a href="/trade/terms">Trade terms</a> · <a href="/contact">Contact your account manager</a></footer>`,
);

function coffeeCard(sku: string, name: string, meta: string, qty: number): string {
  return `<div class="card product" data-sku="${sku}"><h3>${name}</h3><p class="muted">${meta}</p><label>Grind <select name="grind" aria-label="Grind for ${name}">${grind}</select></label> <label>Bags <input type="number" min="0" value="${qty}" aria-label="Bags of ${name}"></label></div>`;
}

const coffeeV2 = page(
  'Order coffee – Northside Roasters',
  `<header class="bar"><a href="/" class="logo">Northside Roasters</a><span class="badge">Trade</span><nav><a href="/trade/order" aria-current="page">Shop</a><a href="/trade/invoices">Invoices</a><a href="/trade/equipment">Equipment</a><a href="/trade/training">Training</a></nav><button class="account" aria-label="Account: Café Lumen">CL</button></header>
<main><div class="row"><h1>Order coffee</h1><a href="/trade/samples" class="btn">Order samples</a></div><p class="muted">Order by 11am for next-day roasting.</p>
<div class="grid3 products">
${coffeeCard('NR-HOUSE-1KG', 'House Espresso', 'Brazil &amp; Colombia · 1 kg · £21.50', 6)}
${coffeeCard('NR-ESP-1KG', 'Finca La Esperanza', 'Colombia · 1 kg · £26.00', 0)}
${coffeeCard('NR-KIA-1KG', 'Kiambu AA', 'Kenya · 1 kg · £29.00', 0)}
${coffeeCard('NR-HUYE-1KG', 'Huye Mountain', 'Rwanda · 1 kg · £27.00', 0)}
${coffeeCard('NR-DECAF-1KG', 'Decaf (Swiss Water)', 'Mexico · 1 kg · £23.00', 0)}
</div>
<section class="card"><h2>Delivery details</h2>
<label for="your-ref">Your reference (PO)</label><input id="your-ref" name="reference">
<p>Delivery: <b>next working day after roasting</b></p>
<div class="row"><span>Repeat every two weeks</span><button type="button" role="switch" aria-checked="false" class="switch repeat" aria-label="Repeat every two weeks"></button></div>
<label for="roastery-notes">Notes</label><textarea id="roastery-notes" rows="2"></textarea></section>
<div class="row"><span>Subtotal <b class="subtotal">£129.00</b></span><button class="btn primary">Review order</button></div></main>
<footer>Northside Roasters Ltd · <a href="/trade/terms">Trade terms</a> · <a href="/contact">Contact us</a></footer>`,
  SWITCH_CSS,
);

const coffeePair: PagePair = {
  name: 'coffee-trade-order',
  v1: coffeeV1,
  v2: coffeeV2,
  targets: [
    {
      selector: '#qty-esperanza',
      expect: 'input[aria-label="Bags of Finca La Esperanza"]',
      change: 'table → product cards; quantity input labelled "Bags"',
    },
    {
      selector: '#grind-kiambu',
      expect: 'select[aria-label="Grind for Kiambu AA"]',
      change: 'table → product cards, id dropped',
    },
    {
      selector: '#request-samples',
      expect: 'a.btn[href="/trade/samples"]',
      change: 'Request samples → Order samples, moved beside the heading',
    },
    { selector: '#po-number', expect: '#your-ref', change: 'PO number → Your reference (PO)' },
    {
      selector: '#standing-order',
      expect: 'button.repeat',
      change: 'standing order checkbox → "Repeat every two weeks" switch',
    },
    { selector: '#place-order', expect: 'button.primary', change: 'Place order → Review order' },
    { selector: '#qty-mandheling', expect: null, change: 'coffee discontinued; a new origin in its place' },
    { selector: '#delivery-date', expect: null, change: 'delivery date choice removed' },
  ],
};

// ---------------------------------------------------------------- operating theatre list

function caseRowV1(
  id: number,
  time: string,
  mrn: string,
  patient: string,
  proc: string,
  surgeon: string,
): string {
  return `<tr id="case-${id}"><td>${time}</td><td>${mrn}</td><td>${patient}</td><td>${proc}</td><td>${surgeon}</td><td>Booked</td><td><button id="checkin-${id}">Check in</button> <button id="edit-${id}">Edit</button></td></tr>`;
}

function caseRowV2(
  id: number,
  time: string,
  mrn: string,
  patient: string,
  proc: string,
  surgeon: string,
): string {
  return `<tr data-case="${id}"><td>${time}</td><td>${patient} <span class="muted">MRN ${mrn}</span></td><td>${proc}</td><td>${surgeon}</td><td><span class="badge">Booked</span></td><td><button class="arrive">Mark arrived</button> <button class="icon" aria-label="Edit case for ${patient}">✎</button></td></tr>`;
}

const theatreV1 = page(
  'Theatre list – St Brigid’s',
  `<header><a href="/" id="home-link">St Brigid's Theatres</a><nav><a href="/lists" class="active">Theatre lists</a><a href="/recovery">Recovery</a><a href="/equipment">Equipment</a><a href="/reports">Reports</a></nav><span>Sr. P. Okafor</span><a href="/logout">Sign out</a></header>
<main><h1>Theatre list</h1>
<div class="row"><label for="theatre-filter">Theatre</label><select id="theatre-filter"><option>Theatre 1</option><option>Theatre 2</option><option>Theatre 3 (Day surgery)</option></select>
<label for="list-date">Date</label><input id="list-date" type="date" value="2025-03-18"><button id="btn-today">Today</button>
<label class="row"><input type="checkbox" id="emergency-toggle"> Show emergency (CEPOD) list</label></div>
<table id="cases"><tr><th>Time</th><th>MRN</th><th>Patient</th><th>Procedure</th><th>Surgeon</th><th>Status</th><th></th></tr>
${caseRowV1(1042, '08:30', '448120', 'Ng, Thomas', 'Laparoscopic cholecystectomy', 'Mr Adeyemi')}
${caseRowV1(1043, '10:15', '502977', 'Harris, June', 'Inguinal hernia repair', 'Mr Adeyemi')}
${caseRowV1(1044, '11:30', '391004', 'Kowalski, Anna', 'Excision of lipoma', 'Ms Brennan')}
${caseRowV1(1045, '13:45', '610355', 'Osei, Kwame', 'Carpal tunnel release', 'Ms Brennan')}</table>
<div class="row"><button id="add-case" class="btn primary">Add case</button><button id="print-list">Print list</button></div></main>
<footer>Theatre booking v3.2 · <a href="/help">Help</a> · <a href="/it">IT service desk</a></footer>`,
);

const theatreV2 = page(
  'Theatre list – St Brigid’s',
  `<header class="appbar"><a href="/" class="home">St Brigid's Theatres</a><nav><a href="/lists" aria-current="page">Lists</a><a href="/recovery">Recovery</a><a href="/equipment">Equipment</a><a href="/reports">Reports</a></nav><button class="user" aria-label="Signed in as Sr. P. Okafor">PO</button></header>
<main><div class="row"><h1>Theatre list</h1><button class="btn primary">Book procedure</button></div>
<div role="tablist" class="row"><button role="tab" aria-selected="true" class="tab">Elective</button><button role="tab" aria-selected="false" class="tab">Emergency (CEPOD)</button></div>
<div class="row filters"><label for="loc">Location</label><select id="loc"><option>Theatre 1</option><option>Theatre 2</option><option>Theatre 3 (Day surgery)</option></select>
<label for="session-date">Session date</label><input id="session-date" type="date" value="2025-03-18"><button class="today">Today</button></div>
<table class="list"><thead><tr><th>Start</th><th>Patient</th><th>Procedure</th><th>Surgeon</th><th>Status</th><th>Actions</th></tr></thead><tbody>
${caseRowV2(1042, '08:30', '448120', 'Ng, Thomas', 'Laparoscopic cholecystectomy', 'Mr Adeyemi')}
${caseRowV2(1051, '10:15', '587310', 'Fairweather, Liam', 'Arthroscopy, right knee', 'Mr Adeyemi')}
${caseRowV2(1044, '11:30', '391004', 'Kowalski, Anna', 'Excision of lipoma', 'Ms Brennan')}
${caseRowV2(1045, '13:45', '610355', 'Osei, Kwame', 'Carpal tunnel release', 'Ms Brennan')}</tbody></table></main>
<footer>Theatre booking v4.0 · <a href="/help">Help</a> · <a href="/it">IT service desk</a></footer>`,
);

const theatrePair: PagePair = {
  name: 'operating-theatre-list',
  v1: theatreV1,
  v2: theatreV2,
  targets: [
    {
      selector: '#checkin-1042',
      expect: 'tr[data-case="1042"] button.arrive',
      change: 'Check in → Mark arrived, row ids moved to data attributes',
    },
    {
      selector: '#edit-1044',
      expect: 'button[aria-label="Edit case for Kowalski, Anna"]',
      change: 'Edit → pencil icon with aria-label',
    },
    { selector: '#theatre-filter', expect: '#loc', change: 'Theatre → Location, id renamed' },
    { selector: '#list-date', expect: '#session-date', change: 'Date → Session date, id renamed' },
    {
      selector: '#emergency-toggle',
      expect: 'button[role="tab"][aria-selected="false"]',
      change: 'emergency checkbox → Elective / Emergency tabs',
    },
    {
      selector: '#add-case',
      expect: 'button.primary',
      change: 'Add case → Book procedure, moved beside the title',
    },
    { selector: '#checkin-1043', expect: null, change: 'case cancelled; another case booked in its slot' },
    { selector: '#print-list', expect: null, change: 'print button removed' },
  ],
};

// ---------------------------------------------------------------- pocket money app (mobile)

const pocketV1 = page(
  'Mia – Pennypot',
  `<div class="phone">
<header><button id="back" aria-label="Back">‹</button><h2>Mia</h2><button id="child-settings" aria-label="Settings">⚙</button></header>
<main>
<div class="card balance"><p class="muted">Balance</p><p class="big" id="balance">£14.20</p><div class="row"><button id="send-money" class="btn primary">Send money</button><button id="add-chore" class="btn">Add chore</button></div></div>
<h3>Chores this week</h3>
<ul class="chores"><li class="row"><input type="checkbox" id="chore-bins"><label for="chore-bins">Take the bins out</label><span class="muted">50p</span></li>
<li class="row"><input type="checkbox" id="chore-dishes"><label for="chore-dishes">Empty the dishwasher</label><span class="muted">£1</span></li>
<li class="row"><input type="checkbox" id="chore-room"><label for="chore-room">Tidy bedroom</label><span class="muted">£1.50</span></li></ul>
<div class="card"><h3>Saving for: Roller skates</h3><p>£22.00 of £45.00</p><progress value="22" max="45"></progress> <button id="goal-topup">Top up goal</button></div>
<h3>Pocket money</h3>
<form><label for="allowance-amount">Amount</label><input id="allowance-amount" type="number" value="5.00">
<label for="allowance-day">Pay day</label><select id="allowance-day"><option>Monday</option><option>Friday</option><option>Saturday</option></select>
<label class="row"><input type="checkbox" id="pause-allowance"> Pause pocket money</label></form>
</main>
<nav class="tabbar"><a href="/home" id="tab-home">Home</a><a href="/chores" id="tab-chores">Chores</a><a href="/goals" id="tab-goals">Goals</a><a href="/card" id="tab-card">Card</a></nav>
</div>`,
  MOBILE_CSS,
);

const pocketV2 = page(
  'Mia – Pennypot',
  `<div class="phone">
<header><button class="nav-back" aria-label="Go back">‹</button><h2>Mia's account</h2><button class="icon" aria-label="Mia's settings">⚙</button></header>
<main>
<div class="card balance"><p class="muted">Available to spend</p><p class="big">£14.20</p><div class="row"><button class="btn primary">Send to Mia</button><button class="btn">New chore</button></div></div>
<section><h3>Chores</h3>
<ul class="chores"><li class="row"><input type="checkbox" class="done" aria-label="Take the bins out"><span>Take the bins out</span><span class="muted">50p</span></li>
<li class="row"><input type="checkbox" class="done" aria-label="Feed the cat"><span>Feed the cat</span><span class="muted">£1</span></li>
<li class="row"><input type="checkbox" class="done" aria-label="Tidy bedroom"><span>Tidy bedroom</span><span class="muted">£1.50</span></li></ul></section>
<div class="card"><h3>Roller skates</h3><p>£22.00 saved of £45.00</p><progress value="22" max="45"></progress> <button class="btn goal-add">Add to goal</button></div>
<section class="card"><h3>Weekly pocket money</h3><p class="muted">Paid every Monday</p>
<label for="weekly-amount">Amount each week</label><input id="weekly-amount" type="number" value="5.00">
<div class="row"><span>Pause pocket money</span><button role="switch" aria-checked="false" class="switch" aria-label="Pause pocket money"></button></div></section>
</main>
<nav class="tabbar"><a href="/home">Home</a><a href="/chores">Chores</a><a href="/goals">Goals</a><a href="/card">Card</a></nav>
</div>`,
  MOBILE_CSS,
);

const pocketPair: PagePair = {
  name: 'pocket-money-app',
  v1: pocketV1,
  v2: pocketV2,
  targets: [
    { selector: '#send-money', expect: 'button.primary', change: 'Send money → Send to Mia' },
    {
      selector: '#chore-bins',
      expect: 'input[aria-label="Take the bins out"]',
      change: 'id and <label for> dropped; aria-label instead',
    },
    { selector: '#goal-topup', expect: 'button.goal-add', change: 'Top up goal → Add to goal' },
    {
      selector: '#allowance-amount',
      expect: '#weekly-amount',
      change: 'Amount → Amount each week, id renamed',
    },
    { selector: '#pause-allowance', expect: 'button[role="switch"]', change: 'checkbox → switch' },
    { selector: '#tab-card', expect: 'a[href="/card"]', change: 'tab bar ids removed' },
    { selector: '#chore-dishes', expect: null, change: 'chore removed; a different chore in its place' },
    { selector: '#allowance-day', expect: null, change: 'pay day fixed to Monday; selector removed' },
  ],
};

// ---------------------------------------------------------------- journal peer review

const scores =
  '<option>1 – Poor</option><option>2</option><option>3</option><option>4</option><option>5 – Excellent</option>';

const reviewV1 = page(
  'Review JCE-2025-0418',
  `<header><a href="/" id="journal-home">Journal of Coastal Ecology</a><nav><a href="/reviewer/dashboard">Reviewer centre</a><a href="/guidelines">Reviewer guidelines</a><a href="/help">Help</a></nav><a href="/logout" id="logout">Log out</a></header>
<main><h1>Review manuscript JCE-2025-0418</h1>
<p><b>Seasonal shifts in eelgrass epifauna along a salinity gradient</b></p><p class="muted">Due 14 April 2025 · Round 1</p>
<div class="row"><a href="/ms/0418.pdf" id="download-pdf">Download manuscript (PDF)</a><a href="/ms/0418-supp.zip" id="download-supp">Download supplementary files</a></div>
<form id="review-form">
<fieldset><legend>Recommendation</legend>
<label class="row"><input type="radio" name="rec" id="rec-accept"> Accept</label>
<label class="row"><input type="radio" name="rec" id="rec-minor"> Minor revision</label>
<label class="row"><input type="radio" name="rec" id="rec-major"> Major revision</label>
<label class="row"><input type="radio" name="rec" id="rec-reject"> Reject</label></fieldset>
<label for="score-orig">Originality</label><select id="score-orig">${scores}</select>
<label for="score-method">Methodology</label><select id="score-method">${scores}</select>
<label for="comments-authors">Comments to the authors</label><textarea id="comments-authors" rows="8"></textarea>
<label for="comments-editor">Confidential comments to the editor</label><textarea id="comments-editor" rows="4"></textarea>
<label class="row"><input type="checkbox" id="no-coi"> I declare I have no competing interests</label>
<label class="row"><input type="checkbox" id="willing-rereview"> I am willing to review a revised version</label>
<div class="row"><button type="button" id="save-review">Save draft</button><button type="submit" id="submit-review" class="btn primary">Submit review</button></div>
</form></main>
<footer>© Coastal Ecology Society · <a href="/privacy">Privacy</a> · <a href="/ethics">Publication ethics</a></footer>`,
);

const reviewV2 = page(
  'Review JCE-2025-0418',
  `<header class="masthead"><a href="/" class="journal">Journal of Coastal Ecology</a><nav><a href="/reviewer/dashboard">My reviews</a><a href="/guidelines">Guidelines for reviewers</a><a href="/help">Help</a></nav><a href="/logout" class="signout">Sign out</a></header>
<main><div class="grid"><section>
<p class="muted">JCE-2025-0418 · Round 1 · due 14 April 2025</p><h1>Seasonal shifts in eelgrass epifauna along a salinity gradient</h1>
<div class="row files"><a href="/ms/0418.pdf" class="btn file">Manuscript (PDF)</a><a href="/ms/0418/read" class="btn file">Read in browser</a></div>
<form class="report">
<h2>Your report</h2>
<label for="report-authors">Comments for the authors</label><textarea id="report-authors" name="to_authors" rows="10"></textarea>
<label for="report-editor">Confidential note to the editor (not shared with authors)</label><textarea id="report-editor" name="to_editor" rows="4"></textarea>
<h2>Ratings</h2>
<div class="grid"><div><label for="rating-novelty">Novelty</label><select id="rating-novelty">${scores}</select></div><div><label for="rating-methods">Soundness of methods</label><select id="rating-methods">${scores}</select></div></div>
<fieldset><legend>Your recommendation</legend>
<label class="row"><input type="radio" name="recommendation" value="accept"> Accept as is</label>
<label class="row"><input type="radio" name="recommendation" value="minor"> Minor revisions</label>
<label class="row"><input type="radio" name="recommendation" value="major"> Major revisions</label>
<label class="row"><input type="radio" name="recommendation" value="reject"> Reject</label></fieldset>
<label class="row"><input type="checkbox" name="coi_none"> I have no competing interests to declare</label>
<div class="row"><button type="button" class="btn">Save for later</button><button type="submit" class="btn primary">Submit report to editor</button></div>
</form></section>
<aside class="card"><h3>Abstract</h3><p>We sampled epifauna on eelgrass at six sites over two years and relate community shifts to salinity and temperature.</p></aside></div></main>
<footer>© Coastal Ecology Society · <a href="/privacy">Privacy</a> · <a href="/ethics">Publication ethics</a></footer>`,
);

const reviewPair: PagePair = {
  name: 'journal-peer-review',
  v1: reviewV1,
  v2: reviewV2,
  targets: [
    {
      selector: '#rec-minor',
      expect: 'input[value="minor"]',
      change: 'Minor revision → Minor revisions; recommendation moved below the report',
    },
    { selector: '#score-method', expect: '#rating-methods', change: 'Methodology → Soundness of methods' },
    {
      selector: '#comments-authors',
      expect: '#report-authors',
      change: 'Comments to → Comments for the authors, moved to the top',
    },
    {
      selector: '#comments-editor',
      expect: '#report-editor',
      change: 'relabelled "Confidential note to the editor (not shared with authors)"',
    },
    {
      selector: '#download-pdf',
      expect: 'a.file[href="/ms/0418.pdf"]',
      change: 'link restyled as button "Manuscript (PDF)"',
    },
    {
      selector: '#submit-review',
      expect: 'button.primary',
      change: 'Submit review → Submit report to editor',
    },
    {
      selector: '#download-supp',
      expect: null,
      change: 'supplementary download removed; a read-in-browser link in its place',
    },
    { selector: '#willing-rereview', expect: null, change: 're-review question removed' },
  ],
};

// ---------------------------------------------------------------- fibre installation booking

const fibreV1 = page(
  'Installation – Kestrel Fibre',
  `<header><a href="/" id="isp-logo">Kestrel Fibre</a><nav><a href="/broadband">Broadband</a><a href="/tv">TV</a><a href="/help">Help</a></nav><a href="/my-account" id="account">My account</a></header>
<main><ol class="row steps"><li>Package</li><li><a href="/order/details">Details</a></li><li><b>Installation</b></li><li>Payment</li></ol>
<h1>Choose your installation date</h1>
<p>Installing at: <b>Flat 3, 27 Wellington Road, Bristol BS6 5AJ</b> <a href="/order/address" id="change-address">Change</a></p>
<fieldset><legend>Available dates</legend><div class="grid3">
<label class="row"><input type="radio" name="date" id="date-mon-12"> Mon 12 May</label>
<label class="row"><input type="radio" name="date" id="date-tue-13"> Tue 13 May</label>
<label class="row"><input type="radio" name="date" id="date-thu-15"> Thu 15 May</label>
<label class="row"><input type="radio" name="date" id="date-fri-16"> Fri 16 May</label>
<label class="row"><input type="radio" name="date" id="date-mon-19"> Mon 19 May</label>
<label class="row"><input type="radio" name="date" id="date-tue-20"> Tue 20 May</label></div></fieldset>
<fieldset><legend>Time slot</legend><label class="row"><input type="radio" name="slot" id="slot-am"> AM (8am – 1pm)</label><label class="row"><input type="radio" name="slot" id="slot-pm"> PM (1pm – 6pm)</label></fieldset>
<fieldset><legend>Router delivery</legend><label class="row"><input type="radio" name="router" id="router-post"> Post it to me before the installation</label><label class="row"><input type="radio" name="router" id="router-engineer" checked> The engineer brings it</label></fieldset>
<label for="access-notes">Access notes (parking, entry codes, pets)</label><textarea id="access-notes" rows="3"></textarea>
<label for="contact-phone">Contact number on the day</label><input id="contact-phone" type="tel">
<label class="row"><input type="checkbox" id="adult-present"> Someone aged 18 or over will be at home</label>
<div class="row"><a href="/order/details" id="back-step">Back</a><button id="book-install" class="btn primary">Book installation</button></div></main>
<footer><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/complaints">Complaints code</a></footer>`,
);

function dayButton(date: string, label: string): string {
  return `<button type="button" role="radio" aria-checked="false" data-date="${date}" class="day">${label}</button>`;
}

const fibreV2 = page(
  'Installation – Kestrel Fibre',
  `<header class="site"><a href="/" class="logo">Kestrel Fibre</a><nav><a href="/broadband">Broadband</a><a href="/tv">TV &amp; streaming</a><a href="/help">Help</a></nav><a href="/my-account" class="account">Sign in</a></header>
<main><div class="steps row" aria-label="Order progress"><span>1. Package</span><span>2. Your details</span><b aria-current="step">3. Installation</b><span>4. Payment</span></div>
<h1>When should we install?</h1>
<div class="card row"><div><p class="muted">Installation address</p><p>Flat 3, 27 Wellington Road, Bristol BS6 5AJ</p></div><button class="icon" aria-label="Edit installation address">✎</button></div>
<h2>Pick a day</h2>
<div class="row dates" role="radiogroup" aria-label="Installation day">
${dayButton('2025-05-12', 'Mon<br>12 May')}${dayButton('2025-05-13', 'Tue<br>13 May')}${dayButton('2025-05-15', 'Thu<br>15 May')}${dayButton('2025-05-16', 'Fri<br>16 May')}${dayButton('2025-05-19', 'Mon<br>19 May')}${dayButton('2025-05-20', 'Tue<br>20 May')}</div>
<h2>Pick a time</h2>
<div class="row" role="radiogroup" aria-label="Arrival window"><label class="card"><input type="radio" name="window" value="am"> Morning, 8am–1pm</label><label class="card"><input type="radio" name="window" value="pm"> Afternoon, 1pm–6pm</label></div>
<p class="muted">Your router comes with the engineer.</p>
<form><label for="engineer-notes">Anything the engineer should know?</label><textarea id="engineer-notes" name="engineer_notes" rows="3" placeholder="Parking, door codes, pets…"></textarea>
<label for="day-phone">Mobile number for the engineer</label><input id="day-phone" type="tel">
<label class="row"><input type="checkbox" name="adult_home"> An adult (18+) will be at home for the whole slot</label>
<button type="button" class="btn primary">Confirm appointment</button></form></main>
<footer><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/complaints">Complaints code</a></footer>`,
);

const fibrePair: PagePair = {
  name: 'fibre-install-booking',
  v1: fibreV1,
  v2: fibreV2,
  targets: [
    {
      selector: '#date-tue-13',
      expect: 'button[data-date="2025-05-13"]',
      change: 'date radios → day buttons in a radiogroup',
    },
    { selector: '#slot-am', expect: 'input[value="am"]', change: 'AM (8am – 1pm) → Morning, 8am–1pm' },
    {
      selector: '#change-address',
      expect: 'button[aria-label="Edit installation address"]',
      change: 'Change link → pencil icon button in an address card',
    },
    {
      selector: '#access-notes',
      expect: '#engineer-notes',
      change: 'Access notes → "Anything the engineer should know?"',
    },
    {
      selector: '#adult-present',
      expect: 'input[name="adult_home"]',
      change: 'id dropped, reworded',
    },
    {
      selector: '#book-install',
      expect: 'button.primary',
      change: 'Book installation → Confirm appointment',
    },
    { selector: '#router-post', expect: null, change: 'router delivery choice removed; a note in its place' },
    { selector: '#back-step', expect: null, change: 'Back link removed' },
  ],
};

// ---------------------------------------------------------------- household recycling centre booking

const tipV1 = page(
  'Book a recycling centre visit – Westmere County Council',
  `<header><a href="/" id="logo">Westmere County Council</a><nav><a href="/waste" class="current">Waste and recycling</a><a href="/roads">Roads</a><a href="/schools">Schools</a><a href="/libraries">Libraries</a></nav><input id="site-search" type="search" placeholder="Search the site"></header>
<main><h1>Book a visit to a household recycling centre</h1>
<p>You need a booking to visit any of our recycling centres. Bookings open 7 days in advance.</p>
<a href="/waste/hrc/manage" id="cancel-link">Cancel an existing booking</a>
<form id="hrc-booking">
<label for="site">Recycling centre</label><select id="site"><option>Brookfield Lane</option><option>Marsh Road</option><option>Upper Heath</option></select>
<label for="reg">Vehicle registration number</label><input id="reg" name="reg">
<fieldset><legend>Vehicle</legend><label class="row"><input type="radio" name="vehicle" id="veh-car" checked> Car</label><label class="row"><input type="radio" name="vehicle" id="veh-trailer"> Car with trailer</label><label class="row"><input type="radio" name="vehicle" id="veh-van"> Van or pick-up (permit needed)</label></fieldset>
<fieldset><legend>What are you bringing?</legend>
<label class="row"><input type="checkbox" id="waste-garden"> Garden waste</label>
<label class="row"><input type="checkbox" id="waste-wood"> Wood</label>
<label class="row"><input type="checkbox" id="waste-rubble"> Rubble and soil</label>
<label class="row"><input type="checkbox" id="waste-electrical"> Electrical items</label>
<label class="row"><input type="checkbox" id="waste-mattress"> Mattresses</label></fieldset>
<label for="visit-date">Date</label><input id="visit-date" type="date">
<button type="button" id="check-slots">Check availability</button>
<label for="slot-time">Time</label><select id="slot-time"><option>09:00</option><option>09:30</option><option>10:00</option></select>
<button type="submit" id="book-slot" class="btn primary">Book slot</button></form></main>
<footer><a href="/contact">Contact us</a> · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></footer>`,
);

const tipV2 = edit(tipV1, [
  [
    '<input id="site-search" type="search" placeholder="Search the site">',
    '<a href="/waste/hrc/manage" class="manage">Manage or cancel a booking</a><input id="site-search" type="search" placeholder="Search">',
  ],
  ['<a href="/waste/hrc/manage" id="cancel-link">Cancel an existing booking</a>\n', ''],
  [
    '<label for="site">Recycling centre</label><select id="site">',
    '<label for="centre">Which recycling centre?</label><select id="centre">',
  ],
  [
    '<label for="reg">Vehicle registration number</label><input id="reg" name="reg">',
    '<label for="vrm">Vehicle registration</label><input id="vrm" name="vrm" autocomplete="off" style="text-transform:uppercase">',
  ],
  ['id="veh-car" checked> Car</label>', 'value="car" checked> Car</label>'],
  ['id="veh-trailer"> Car with trailer', 'value="trailer"> Car and trailer'],
  ['id="veh-van"> Van or pick-up (permit needed)', 'value="van"> Van or pick-up (you need a van permit)'],
  ['<input type="checkbox" id="waste-garden">', '<input type="checkbox" id="w-garden">'],
  ['<input type="checkbox" id="waste-wood">', '<input type="checkbox" id="w-wood">'],
  [
    '<input type="checkbox" id="waste-rubble"> Rubble and soil',
    '<input type="checkbox" id="w-rubble"> Hardcore, rubble and soil',
  ],
  [
    '<input type="checkbox" id="waste-electrical"> Electrical items',
    '<input type="checkbox" id="w-weee"> Electricals (fridges, TVs, small appliances)',
  ],
  [
    '<label class="row"><input type="checkbox" id="waste-mattress"> Mattresses</label></fieldset>',
    '</fieldset><p class="muted">We no longer accept mattresses. <a href="/waste/bulky">Book a bulky waste collection</a>.</p>',
  ],
  [
    '<label for="visit-date">Date</label><input id="visit-date" type="date">',
    '<label for="visit-day">Day of visit</label><input id="visit-day" type="date">',
  ],
  ['<button type="button" id="check-slots">Check availability</button>\n', ''],
  [
    '<label for="slot-time">Time</label><select id="slot-time">',
    '<label for="arrival">Arrival time</label><select id="arrival">',
  ],
  [
    '<button type="submit" id="book-slot" class="btn primary">Book slot</button>',
    '<button type="submit" class="btn primary">Reserve my visit</button>',
  ],
]);

const tipPair: PagePair = {
  name: 'recycling-centre-visit',
  v1: tipV1,
  v2: tipV2,
  targets: [
    { selector: '#site', expect: '#centre', change: 'id renamed, label turned into a question' },
    { selector: '#reg', expect: '#vrm', change: 'id renamed, label shortened' },
    {
      selector: '#veh-trailer',
      expect: 'input[value="trailer"]',
      change: 'id → value, Car with trailer → Car and trailer',
    },
    { selector: '#waste-rubble', expect: '#w-rubble', change: 'id renamed, relabelled' },
    { selector: '#book-slot', expect: 'button.primary', change: 'Book slot → Reserve my visit' },
    {
      selector: '#cancel-link',
      expect: 'a.manage',
      change: 'moved into the header, Cancel an existing booking → Manage or cancel a booking',
    },
    {
      selector: '#waste-mattress',
      expect: null,
      change: 'mattresses no longer accepted; a notice in its place',
    },
    { selector: '#check-slots', expect: null, change: 'availability check removed' },
  ],
};

// ---------------------------------------------------------------- bar point of sale

const posV1 = page(
  'Till 2 – The Anchor',
  `<header><span id="terminal">Till 2 · The Anchor</span><span>Staff: Rhiannon</span><button id="lock-till">Lock</button></header>
<main><aside class="card tab"><label for="tab-name">Tab name</label><input id="tab-name" value="Table 6">
<table id="lines"><tr id="line-1"><td>2 × Lager (pint)</td><td>£10.20</td><td><button id="line-1-remove">×</button></td></tr><tr id="line-2"><td>1 × Crisps</td><td>£1.40</td><td><button id="line-2-remove">×</button></td></tr><tr><th>Total</th><th id="tab-total">£11.60</th><td></td></tr></table>
<div class="grid"><button id="btn-discount">Discount</button><button id="btn-split">Split bill</button><button id="btn-card" class="btn primary">Pay card</button><button id="btn-cash">Pay cash</button></div>
<p><button id="btn-void" class="danger">Void</button></p></aside>
<div class="row cats">
<button id="cat-draught" class="cat">Draught</button><button id="cat-bottles" class="cat">Bottles</button><button id="cat-wine" class="cat">Wine</button><button id="cat-spirits" class="cat">Spirits</button><button id="cat-soft" class="cat">Soft drinks</button><button id="cat-snacks" class="cat">Snacks</button></div>
<div class="grid3 products">
<button id="prod-pale-pint" class="prod">Pale Ale (pint) £4.80</button><button id="prod-pale-half" class="prod">Pale Ale (half) £2.50</button><button id="prod-lager-pint" class="prod">Lager (pint) £5.10</button>
<button id="prod-lager-half" class="prod">Lager (half) £2.65</button><button id="prod-stout-pint" class="prod">Stout (pint) £5.20</button><button id="prod-stout-half" class="prod">Stout (half) £2.70</button>
<button id="prod-cider-pint" class="prod">Cider (pint) £4.90</button><button id="prod-cider-half" class="prod">Cider (half) £2.55</button></div></main>
<footer>Connected · Printer ready · v5.3</footer>`,
);

function tile(plu: number, name: string, price: string): string {
  return `<button class="tile" data-plu="${plu}">${name} <span class="muted">${price}</span></button>`;
}

const posV2 = page(
  'Till 2 – The Anchor',
  `<header class="row"><span class="till">The Anchor · Till 2</span><span class="staff">Rhiannon</span><button class="icon" aria-label="Lock till">🔒</button></header>
<main><aside class="card order"><input class="tab-label" value="Table 6" placeholder="Table or name" aria-label="Table or customer name">
<ul class="lines"><li class="row"><span>2 × Lager (pint)</span><span>£10.20</span><button class="icon" aria-label="Remove Lager (pint)">🗑</button></li><li class="row"><span>1 × Crisps</span><span>£1.40</span><button class="icon" aria-label="Remove Crisps">🗑</button></li></ul>
<p class="row"><b>Total</b><b class="total">£11.60</b></p>
<div class="grid pay"><button class="btn">Discount</button><button class="btn">Split</button><button class="btn primary">Card</button><button class="btn">Cash</button></div></aside>
<div role="tablist" class="row cats">
<button role="tab" class="tab" aria-selected="true">Draught</button><button role="tab" class="tab">Bottles</button><button role="tab" class="tab">Wine</button><button role="tab" class="tab">Spirits</button><button role="tab" class="tab">Soft drinks</button><button role="tab" class="tab">Snacks</button></div>
<div class="row" role="radiogroup" aria-label="Measure"><button role="radio" aria-checked="true" class="measure">Pint</button><button role="radio" aria-checked="false" class="measure">Half</button></div>
<div class="grid3 products">
${tile(101, 'Pale Ale', '£4.80')}${tile(102, 'Lager', '£5.10')}${tile(103, 'Stout', '£5.20')}
${tile(104, 'Cider', '£4.90')}${tile(105, 'Guest IPA', '£5.40')}</div></main>
<footer>Connected · Printer ready · v6.0</footer>`,
);

const posPair: PagePair = {
  name: 'bar-till',
  v1: posV1,
  v2: posV2,
  targets: [
    {
      selector: '#cat-spirits',
      expect: '.cats button:nth-of-type(4)',
      change: 'category buttons → tabs, ids dropped',
    },
    {
      selector: '#prod-stout-pint',
      expect: 'button[data-plu="103"]',
      change: 'per-size tiles merged into one tile per drink with a Pint/Half toggle',
    },
    {
      selector: '#line-2-remove',
      expect: 'button[aria-label="Remove Crisps"]',
      change: '× → bin icon with aria-label, table → list',
    },
    {
      selector: '#tab-name',
      expect: 'input.tab-label',
      change: 'label removed, placeholder "Table or name"',
    },
    { selector: '#btn-split', expect: '.pay button:nth-of-type(2)', change: 'Split bill → Split' },
    { selector: '#btn-cash', expect: '.pay button:nth-of-type(4)', change: 'Pay cash → Cash' },
    { selector: '#prod-lager-half', expect: null, change: 'half-pint tiles removed (size is a toggle now)' },
    { selector: '#btn-void', expect: null, change: 'void moved off the till to the manager screen' },
  ],
};

// ---------------------------------------------------------------- email audience segment builder

function ruleV2(i: number, field: string, op: string, value: string, suffix: string): string {
  return `<div class="row rule" data-rule="${i}"><select name="rules[${i}].field" aria-label="Field"><option>${field}</option></select><select name="rules[${i}].op" aria-label="Operator"><option>${op}</option></select><input name="rules[${i}].value" value="${value}" aria-label="Value">${suffix}<button class="icon" aria-label="Delete rule">🗑</button></div>`;
}

const segmentV1 = page(
  'Edit segment – Postbox',
  `<header><a href="/" id="logo">Postbox</a><nav id="app-nav"><a href="/campaigns">Campaigns</a><a href="/audience" class="active">Audience</a><a href="/automations">Automations</a><a href="/reports">Reports</a></nav><a href="/settings" id="nav-settings">Settings</a></header>
<main><p class="muted"><a href="/audience/segments">Segments</a> › Edit</p><h1>Edit segment</h1>
<form id="segment-form" onsubmit="return false">
<label for="segment-name">Segment name</label><input id="segment-name" value="Lapsed customers (UK)"></form>
<div class="row"><label for="match-type">Contacts match</label><select id="match-type"><option>all</option><option>any</option></select><span>of the following conditions:</span></div>
<div class="card" id="conditions">
<div class="row cond" id="cond-1"><select id="cond-1-field"><option>Country</option></select><select id="cond-1-op"><option>is</option></select><input id="cond-1-value" value="United Kingdom"><button id="cond-1-remove">Remove</button></div>
<div class="row cond" id="cond-2"><select id="cond-2-field"><option>Last purchase</option></select><select id="cond-2-op"><option>more than</option></select><input id="cond-2-value" value="180"><span>days ago</span><button id="cond-2-remove">Remove</button></div>
<div class="row cond" id="cond-3"><select id="cond-3-field"><option>Email opens</option></select><select id="cond-3-op"><option>at least</option></select><input id="cond-3-value" value="1"><span>in the last 90 days</span><button id="cond-3-remove">Remove</button></div>
<div class="row"><button id="add-condition">+ Add condition</button><button id="add-group">+ Add condition group</button></div></div>
<p>Estimated size: <b id="est-count">1,204 contacts</b> <button id="refresh-count">Refresh</button></p>
<div class="row"><button id="save-segment" class="btn primary">Save segment</button><a href="/audience/segments" id="cancel-edit">Cancel</a><button id="delete-segment" class="danger">Delete segment</button></div></main>
<footer>Postbox · <a href="/status">Status</a> · <a href="/docs">Docs</a></footer>`,
);

const segmentV2 = page(
  'Lapsed customers (UK) – Postbox',
  `<header class="top"><a href="/" class="logo">Postbox</a><nav><a href="/campaigns">Campaigns</a><a href="/audience" aria-current="page">Audience</a><a href="/automations">Journeys</a><a href="/reports">Insights</a></nav><button class="icon" aria-label="Settings">⚙</button></header>
<main><nav class="crumbs"><a href="/audience/segments">Segments</a> / Lapsed customers (UK)</nav>
<div class="row"><input class="title-input" value="Lapsed customers (UK)" aria-label="Segment name"><span class="badge">1,204 contacts</span></div>
<section class="card rules"><p class="row">Include contacts who match <select name="match" aria-label="Match"><option>all</option><option>any</option></select> of these rules</p>
${ruleV2(0, 'Country', 'is', 'United Kingdom', '')}
${ruleV2(1, 'Last purchase', 'more than', '180', '<span>days ago</span>')}
${ruleV2(2, 'Email opens', 'at least', '1', '<span>in the last 90 days</span>')}
<button class="link add-rule">+ Add rule</button></section>
<div class="row"><a href="/audience/segments" class="btn">Cancel</a><button class="btn primary">Save</button></div>
<section class="card danger-zone"><h3>Delete this segment</h3><p class="muted">Campaigns that use it will stop sending.</p><button class="btn danger">Delete segment</button></section></main>
<footer>Postbox · <a href="/status">Status</a> · <a href="/docs">Docs</a></footer>`,
);

const segmentPair: PagePair = {
  name: 'audience-segment-builder',
  v1: segmentV1,
  v2: segmentV2,
  targets: [
    {
      selector: '#segment-name',
      expect: 'input.title-input',
      change: 'name field became an inline title input with aria-label',
    },
    { selector: '#match-type', expect: 'select[name="match"]', change: 'id dropped, sentence reworded' },
    {
      selector: '#cond-2-value',
      expect: 'input[name="rules[1].value"]',
      change: 'conditions → rules, ids → indexed names',
    },
    {
      selector: '#cond-3-remove',
      expect: '.rule[data-rule="2"] button',
      change: 'Remove → bin icon "Delete rule"',
    },
    { selector: '#add-condition', expect: 'button.add-rule', change: '+ Add condition → + Add rule' },
    { selector: '#save-segment', expect: 'button.primary', change: 'Save segment → Save' },
    { selector: '#add-group', expect: null, change: 'condition groups dropped' },
    { selector: '#refresh-count', expect: null, change: 'count is live now; refresh removed' },
  ],
};

// ---------------------------------------------------------------- CDN cache configuration

const cdnV1 = page(
  'Caching – Edgewise',
  `<header><a href="/" id="logo">Edgewise</a><select id="zone-switch"><option>example-shop.com</option><option>example-blog.net</option></select><a href="/account" id="acct">Account</a></header>
<div class="sidebar"><nav id="zone-nav" style="flex-direction:column;align-items:flex-start"><a href="/overview">Overview</a><a href="/dns">DNS</a><a href="/caching" class="active">Caching</a><a href="/rules">Rules</a><a href="/security">Security</a><a href="/analytics">Analytics</a></nav></div>
<main style="margin-left:220px"><h1>Caching</h1>
<div class="card"><h3>Purge cache</h3><p>Clear cached files to force a fetch from your origin.</p><button id="purge-all" class="danger">Purge everything</button>
<form onsubmit="return false"><label for="purge-urls-input">Custom purge: URLs</label><textarea id="purge-urls-input" rows="3"></textarea><button id="purge-urls-btn">Purge URLs</button></form></div>
<div class="card"><h3>Browser cache TTL</h3><select id="browser-ttl"><option>Respect existing headers</option><option>30 minutes</option><option>4 hours</option><option>1 day</option></select></div>
<div class="card"><label class="row"><input type="checkbox" id="dev-mode"> Development mode (bypass cache for 3 hours)</label>
<label class="row"><input type="checkbox" id="always-online" checked> Always Online</label>
<label class="row"><input type="checkbox" id="sort-qs"> Sort query string</label></div>
<h2>Cache rules</h2><table id="rules"><tr><th>#</th><th>Name</th><th>Match</th><th></th></tr>
<tr><td>1</td><td>Bypass admin</td><td>/admin/*</td><td><button id="edit-rule-1">Edit</button> <button id="delete-rule-1">Delete</button></td></tr>
<tr><td>2</td><td>Cache static assets</td><td>*.css, *.js, *.png</td><td><button id="edit-rule-2">Edit</button> <button id="delete-rule-2">Delete</button></td></tr>
<tr><td>3</td><td>Legacy API</td><td>/api/v1/*</td><td><button id="edit-rule-3">Edit</button> <button id="delete-rule-3">Delete</button></td></tr></table>
<button id="create-rule" class="btn primary">Create rule</button></main>
<footer>© Edgewise · <a href="/status">System status</a> · <a href="/docs">Docs</a></footer>`,
);

function cacheRule(name: string, match: string): string {
  return `<tr><td>${name}</td><td>${match}</td><td><button class="icon" aria-label="Edit rule: ${name}">✎</button> <button class="icon" aria-label="Delete rule: ${name}">🗑</button></td></tr>`;
}

const cdnV2 = page(
  'Cache configuration – Edgewise',
  `<header class="top"><a href="/" class="logo">Edgewise</a><select class="zone" aria-label="Domain"><option>example-shop.com</option><option>example-blog.net</option></select><button class="avatar" aria-label="Account">ES</button></header>
<div class="sidebar"><nav class="side" style="flex-direction:column;align-items:flex-start"><a href="/overview">Overview</a><a href="/dns">DNS</a><details open><summary>Caching</summary><a href="/caching" aria-current="page">Configuration</a><br><a href="/caching/rules">Cache rules</a></details><a href="/security">Security</a><a href="/analytics">Analytics</a></nav></div>
<main style="margin-left:220px"><h1>Cache configuration</h1>
<section class="card"><h3>Purge cache</h3>
<label for="purge-list">URLs to purge (one per line)</label><textarea id="purge-list" rows="3"></textarea><button class="btn">Purge</button>
<div class="row"><span>Remove every cached file from all data centres.</span><button class="btn danger">Purge all files</button></div></section>
<section class="card row"><div><h3>Browser cache TTL</h3><p class="muted">How long browsers keep cached files.</p></div><select name="browser_ttl" aria-label="Browser cache TTL"><option>Respect existing headers</option><option>30 minutes</option><option>4 hours</option><option>1 day</option><option>1 month</option></select></section>
<section class="card row"><div><h3>Development mode</h3><p class="muted">Temporarily bypass the cache. Turns itself off after 3 hours.</p></div><button role="switch" aria-checked="false" class="switch" aria-label="Development mode"></button></section>
<section class="card row"><div><h3>Sort query string</h3><p class="muted">Treat URLs with the same query parameters in any order as one file.</p></div><button role="switch" aria-checked="false" class="switch" aria-label="Sort query string"></button></section>
<section class="card"><div class="row"><h3>Cache rules</h3><button class="btn primary">New cache rule</button></div>
<table class="rules"><thead><tr><th>Name</th><th>Match</th><th></th></tr></thead><tbody>
${cacheRule('Bypass admin', '/admin/*')}
${cacheRule('Cache static assets', '*.css, *.js, *.png')}
${cacheRule('Cache images for 30 days', '/images/*')}</tbody></table></section></main>
<footer>© Edgewise · <a href="/status">System status</a> · <a href="/docs">Developer docs</a></footer>`,
  SWITCH_CSS,
);

const cdnPair: PagePair = {
  name: 'cdn-cache-config',
  v1: cdnV1,
  v2: cdnV2,
  targets: [
    {
      selector: '#purge-all',
      expect: 'button.danger',
      change: 'Purge everything → Purge all files, moved below',
    },
    {
      selector: '#purge-urls-input',
      expect: '#purge-list',
      change: 'relabelled "URLs to purge (one per line)"',
    },
    {
      selector: '#browser-ttl',
      expect: 'select[name="browser_ttl"]',
      change: 'id dropped, aria-label added',
    },
    {
      selector: '#dev-mode',
      expect: 'button[aria-label="Development mode"]',
      change: 'checkbox → switch card',
    },
    {
      selector: '#edit-rule-2',
      expect: 'button[aria-label="Edit rule: Cache static assets"]',
      change: 'Edit → pencil icon with aria-label',
    },
    {
      selector: '#create-rule',
      expect: 'button.primary',
      change: 'Create rule → New cache rule, moved to section head',
    },
    { selector: '#always-online', expect: null, change: 'Always Online feature retired' },
    { selector: '#delete-rule-3', expect: null, change: 'rule deleted; another rule in its row' },
  ],
};

// ---------------------------------------------------------------- localisation string review

function stringRowV1(key: string, en: string, de: string): string {
  const k = key.replace('.', '_');
  return `<tr><td>${key}</td><td>${en}</td><td><textarea id="tr-${k}" rows="2">${de}</textarea></td><td><button id="approve-${k}">Approve</button> <button id="reject-${k}">Reject</button></td></tr>`;
}

function stringCardV2(key: string, en: string, de: string): string {
  return `<div class="card string" data-key="${key}"><p class="muted">${key}</p><p>${en}</p><textarea aria-label="German translation of ${key}" rows="2">${de}</textarea><div class="row"><button class="icon" aria-label="Approve ${key}">✓</button><button class="link">Suggest edit</button></div></div>`;
}

const l10nV1 = page(
  'Storefront app · strings – Lingo Hub',
  `<header><a href="/" id="logo">Lingo Hub</a><nav><a href="/projects">Projects</a><a href="/glossary">Glossary</a><a href="/tm">Translation memory</a></nav><a href="/me" id="me">Profile</a></header>
<main><h1>Storefront app · strings</h1>
<div class="row"><label for="locale">Language</label><select id="locale"><option>German (de)</option><option>French (fr)</option><option>Polish (pl)</option></select><a href="/export/storefront/de.po" id="download-po">Download .po</a><button id="mt-all">Machine translate all</button></div>
<div class="row" role="tablist"><button role="tab" id="tab-all">All (412)</button><button role="tab" id="tab-untranslated">Untranslated (37)</button><button role="tab" id="tab-review" aria-selected="true">Needs review (12)</button><button role="tab" id="tab-approved">Approved (363)</button></div>
<input id="search-keys" type="search" placeholder="Search">
<table id="strings"><tr><th>Key</th><th>English</th><th>German</th><th></th></tr>
${stringRowV1('checkout.title', 'Checkout', 'Kasse')}
${stringRowV1('cart.empty', 'Your basket is empty', 'Dein Warenkorb ist leer')}
${stringRowV1('cart.remove', 'Remove', 'Entfernen')}</table>
<div class="row"><span class="muted">1–3 of 12</span><a href="?page=2" id="next-page">Next</a></div></main>
<footer>Lingo Hub · <a href="/docs">Docs</a> · <a href="/api">API</a></footer>`,
);

const l10nV2 = page(
  'Storefront app – Lingo Hub',
  `<header class="top"><a href="/" class="logo">Lingo Hub</a><nav><a href="/projects">Projects</a><a href="/glossary">Glossary</a><a href="/tm">Memory</a></nav><button class="avatar" aria-label="Your profile">AK</button></header>
<main><div class="row"><h1>Storefront app</h1><label for="target-lang">Target language</label><select id="target-lang"><option>Deutsch (de)</option><option>Français (fr)</option><option>Polski (pl)</option></select><button class="btn export">Export PO file</button></div>
<div class="row" role="tablist"><button role="tab" class="tab">All <span class="badge">412</span></button><button role="tab" class="tab">Untranslated <span class="badge">37</span></button><button role="tab" class="tab" aria-selected="true">To review <span class="badge">12</span></button><button role="tab" class="tab">Done <span class="badge">363</span></button></div>
<input type="search" class="filter" placeholder="Search keys and text" aria-label="Search strings">
${stringCardV2('checkout.title', 'Checkout', 'Kasse')}
${stringCardV2('cart.empty', 'Your basket is empty', 'Dein Warenkorb ist leer')}
${stringCardV2('cart.remove', 'Remove', 'Entfernen')}
<nav class="row pager"><span class="muted">1–3 of 12</span><a href="?page=2" rel="next">Next page</a></nav></main>
<footer>Lingo Hub · <a href="/docs">Docs</a> · <a href="/api">API</a></footer>`,
);

const l10nPair: PagePair = {
  name: 'localisation-string-review',
  v1: l10nV1,
  v2: l10nV2,
  targets: [
    {
      selector: '#locale',
      expect: '#target-lang',
      change: 'Language → Target language, options in native names',
    },
    {
      selector: '#tab-review',
      expect: 'button[role="tab"][aria-selected="true"]',
      change: 'Needs review → To review, count in a badge',
    },
    { selector: '#search-keys', expect: 'input.filter', change: 'id dropped, placeholder reworded' },
    {
      selector: '#tr-checkout_title',
      expect: 'textarea[aria-label="German translation of checkout.title"]',
      change: 'table row → card, id dropped',
    },
    {
      selector: '#approve-checkout_title',
      expect: 'button[aria-label="Approve checkout.title"]',
      change: 'Approve → tick icon with aria-label',
    },
    {
      selector: '#download-po',
      expect: 'button.export',
      change: 'Download .po link → Export PO file button',
    },
    {
      selector: '#reject-cart_empty',
      expect: null,
      change: 'reject removed; a Suggest edit link in its place',
    },
    { selector: '#mt-all', expect: null, change: 'bulk machine translation removed' },
  ],
};

// ---------------------------------------------------------------- fleet fuel cards

function fuelActions(card: string, blocked: boolean): string {
  return blocked
    ? `<button id="unblock-${card}">Unblock</button> <button id="limit-${card}">Edit limit</button> <button id="reissue-${card}">Reissue</button>`
    : `<button id="block-${card}">Block</button> <button id="limit-${card}">Edit limit</button> <button id="reissue-${card}">Reissue</button>`;
}

function fuelRowV2(card: string, driver: string, reg: string, limit: string, frozen: boolean): string {
  return `<tr data-card="${card}"><td>•••• ${card}</td><td>${driver}<br><span class="muted">${reg}</span></td><td>${limit} / month</td><td><span class="badge">${frozen ? 'Frozen' : 'Active'}</span></td><td>${frozen ? '<button class="btn unfreeze">Unfreeze</button>' : '<button class="btn freeze">Freeze</button>'} <a href="/cards/${card}/limits" class="btn">Limits</a> <button class="btn replace">Replace card</button></td></tr>`;
}

const fuelV1 = page(
  'Fuel cards – FleetFuel',
  `<header><a href="/" id="logo">FleetFuel</a><nav><a href="/dashboard">Dashboard</a><a href="/cards" class="active">Cards</a><a href="/transactions">Transactions</a><a href="/invoices">Invoices</a></nav><span>Harbour Logistics Ltd</span><a href="/logout">Log out</a></header>
<main><h1>Fuel cards</h1>
<div class="grid3"><div class="card"><p class="muted">Active cards</p><p><b>18</b></p></div><div class="card"><p class="muted">Spend this month</p><p><b>£11,482</b></p></div><div class="card"><p class="muted">Blocked</p><p><b>2</b></p></div></div>
<div class="row"><input id="driver-search" placeholder="Search by driver"><label for="status-filter">Status</label><select id="status-filter"><option>All</option><option>Active</option><option>Blocked</option></select><button id="order-card" class="btn primary">Order new card</button><a href="/transactions/export" id="export-tx">Export transactions</a></div>
<table id="cards"><tr><th>Card</th><th>Driver</th><th>Vehicle</th><th>Monthly limit</th><th>Status</th><th>Actions</th></tr>
<tr><td>•••• 4417</td><td>Dev Patel</td><td>LK21 HBX</td><td>£1,200</td><td>Active</td><td>${fuelActions('4417', false)}</td></tr>
<tr><td>•••• 9032</td><td>Sam Ortiz</td><td>LK19 PZT</td><td>£900</td><td>Active</td><td>${fuelActions('9032', false)}</td></tr>
<tr><td>•••• 5820</td><td>Helen Moss</td><td>YB70 KDE</td><td>£1,500</td><td>Blocked</td><td>${fuelActions('5820', true)}</td></tr></table></main>
<footer>FleetFuel Business · <a href="/support">Support</a> · <a href="/terms">Terms</a></footer>`,
);

const fuelV2 = page(
  'Cards – FleetFuel',
  `<header class="top"><a href="/" class="logo">FleetFuel</a><nav><a href="/dashboard">Overview</a><a href="/cards" aria-current="page">Cards</a><a href="/transactions">Transactions</a><a href="/invoices">Billing</a></nav><button class="org" aria-label="Switch company">Harbour Logistics Ltd ▾</button></header>
<main><div class="row"><h1>Cards</h1><button class="btn primary">Request a card</button></div>
<div class="grid3"><div class="card"><p class="muted">Active cards</p><p><b>18</b></p></div><div class="card"><p class="muted">Spent this month</p><p><b>£11,482</b></p></div><div class="card"><p class="muted">Frozen</p><p><b>2</b></p></div></div>
<div class="row filters"><input type="search" class="search" placeholder="Search drivers or vehicles" aria-label="Search drivers or vehicles"><select class="status" aria-label="Card status"><option>All cards</option><option>Active</option><option>Frozen</option></select></div>
<table class="cards"><thead><tr><th>Card</th><th>Driver</th><th>Limit</th><th>Status</th><th></th></tr></thead><tbody>
${fuelRowV2('4417', 'Dev Patel', 'LK21 HBX', '£1,200', false)}
${fuelRowV2('7781', 'Priya Nair', 'LB23 XRA', '£900', false)}
${fuelRowV2('5820', 'Helen Moss', 'YB70 KDE', '£1,500', true)}</tbody></table></main>
<footer>FleetFuel Business · <a href="/support">Support</a> · <a href="/terms">Terms</a></footer>`,
);

const fuelPair: PagePair = {
  name: 'fleet-fuel-cards',
  v1: fuelV1,
  v2: fuelV2,
  targets: [
    { selector: '#driver-search', expect: 'input.search', change: 'placeholder widened, id dropped' },
    {
      selector: '#status-filter',
      expect: 'select.status',
      change: 'label removed, aria-label "Card status"',
    },
    {
      selector: '#block-4417',
      expect: 'tr[data-card="4417"] button.freeze',
      change: 'Block → Freeze',
    },
    {
      selector: '#limit-4417',
      expect: 'a[href="/cards/4417/limits"]',
      change: 'Edit limit button → Limits link',
    },
    {
      selector: '#reissue-5820',
      expect: 'tr[data-card="5820"] button.replace',
      change: 'Reissue → Replace card',
    },
    {
      selector: '#order-card',
      expect: 'button.primary',
      change: 'Order new card → Request a card, moved to title row',
    },
    { selector: '#block-9032', expect: null, change: 'card cancelled; a new card row in its place' },
    { selector: '#export-tx', expect: null, change: 'export moved off this page' },
  ],
};

// ---------------------------------------------------------------- swimming pool lane booking (mobile)

const poolV1 = page(
  'Book a swim – Riverside Aquatics',
  `<div class="phone"><header><button id="menu-btn" aria-label="Open menu">☰</button><b>Riverside Aquatics</b><a href="/account" id="account-link">Account</a></header>
<main><h2>Book a swim</h2>
<div class="row days"><button id="day-mon" class="day">Mon</button><button id="day-tue" class="day">Tue</button><button id="day-wed" class="day">Wed</button><button id="day-thu" class="day">Thu</button><button id="day-fri" class="day">Fri</button><button id="day-sat" class="day">Sat</button><button id="day-sun" class="day">Sun</button></div>
<fieldset><legend>Show</legend><label class="row"><input type="checkbox" id="filter-lane" checked> Lane swim</label><label class="row"><input type="checkbox" id="filter-family" checked> Family swim</label><label class="row"><input type="checkbox" id="filter-aquafit" checked> Aqua fit</label></fieldset>
<div class="card"><h3>07:00–07:45 · Lane swim</h3><p>Fast lane · 3 spaces left</p><button id="book-0700-fast">Book</button></div>
<div class="card"><h3>07:00–07:45 · Lane swim</h3><p>Medium lane · 5 spaces left</p><button id="book-0700-medium">Book</button></div>
<div class="card"><h3>08:00–08:45 · Lane swim</h3><p>Medium lane · 6 spaces left</p><button id="book-0800-medium">Book</button></div>
<div class="card"><h3>12:00–12:45 · Aqua fit</h3><p>Full</p><button id="waitlist-1200">Join waiting list</button></div>
<div class="card"><h3>16:00–17:30 · Family swim</h3><p>12 spaces left</p><button id="book-1600-family">Book</button></div>
<a href="/bookings" id="my-bookings">My bookings</a></main>
<footer>Riverside Leisure Trust · <a href="/terms">Terms</a></footer></div>`,
  MOBILE_CSS,
);

const poolV2 = page(
  'Swim timetable – Riverside Aquatics',
  `<div class="phone"><header><button class="icon" aria-label="Menu">☰</button><b>Riverside Aquatics</b><button class="avatar" aria-label="Your account">RK</button></header>
<main><h2>Swim timetable</h2>
<div class="row days" role="tablist"><button role="tab" class="chip">Mon 12</button><button role="tab" class="chip">Tue 13</button><button role="tab" class="chip">Wed 14</button><button role="tab" class="chip">Thu 15</button><button role="tab" class="chip">Fri 16</button><button role="tab" class="chip">Sat 17</button><button role="tab" class="chip">Sun 18</button></div>
<div class="row filters"><button class="chip" aria-pressed="true">Lane swim</button><button class="chip" aria-pressed="true">Family</button><button class="chip" aria-pressed="true">Aqua fit</button></div>
<div class="card session"><h3>Lane swim · Fast</h3><p>07:00–07:45 · 3 left</p><button class="btn reserve" aria-label="Reserve 07:00 fast lane">Reserve</button></div>
<div class="card session"><h3>Lane swim · Medium</h3><p>07:00–07:45 · 5 left</p><button class="btn reserve" aria-label="Reserve 07:00 medium lane">Reserve</button></div>
<div class="card session"><h3>Swimming lessons</h3><p>08:00–08:45 · Pool closed to the public</p></div>
<div class="card session"><h3>Aqua fit</h3><p>12:00–12:45 · Full</p></div>
<div class="card session"><h3>Family swim</h3><p>16:00–17:30 · 12 left</p><button class="btn reserve" aria-label="Reserve 16:00 family swim">Reserve</button></div></main>
<nav class="tabbar"><a href="/timetable" aria-current="page">Timetable</a><a href="/bookings">Bookings</a><a href="/membership">Membership</a></nav></div>`,
  MOBILE_CSS,
);

const poolPair: PagePair = {
  name: 'pool-lane-booking',
  v1: poolV1,
  v2: poolV2,
  targets: [
    {
      selector: '#day-wed',
      expect: '.days button:nth-of-type(3)',
      change: 'day buttons → date chips "Wed 14"',
    },
    {
      selector: '#book-0700-fast',
      expect: 'button[aria-label="Reserve 07:00 fast lane"]',
      change: 'Book → Reserve, card layout reordered',
    },
    {
      selector: '#filter-aquafit',
      expect: '.filters button:nth-of-type(3)',
      change: 'filter checkbox → toggle chip',
    },
    {
      selector: '#my-bookings',
      expect: 'a[href="/bookings"]',
      change: 'My bookings link → Bookings in a bottom tab bar',
    },
    {
      selector: '#menu-btn',
      expect: 'button[aria-label="Menu"]',
      change: 'id dropped, aria-label shortened',
    },
    {
      selector: '#account-link',
      expect: 'button[aria-label="Your account"]',
      change: 'Account link → avatar button',
    },
    { selector: '#book-0800-medium', expect: null, change: 'session replaced by swimming lessons' },
    { selector: '#waitlist-1200', expect: null, change: 'waiting lists discontinued' },
  ],
};

// ---------------------------------------------------------------- home removals quote

const bedroomOptions =
  '<option>Studio</option><option>1</option><option>2</option><option>3</option><option>4+</option>';
const homeOptions =
  '<option>House</option><option>Flat (ground floor)</option><option>Flat (upper floor, lift)</option><option>Flat (upper floor, no lift)</option>';

function counterV1(key: string, label: string, n: number): string {
  return `<div class="row"><span>${label}</span><button type="button" id="${key}-minus">−</button><input id="${key}-count" value="${n}" size="2"><button type="button" id="${key}-plus">+</button></div>`;
}

function counterV2(label: string, n: number): string {
  const l = label.toLowerCase();
  return `<div class="row item"><span>${label}</span><button type="button" class="step" aria-label="Remove one ${l}">−</button><output>${n}</output><button type="button" class="step" aria-label="Add one ${l}">+</button></div>`;
}

const movesV1 = page(
  'Get a quote – Carryall Removals',
  `<header><a href="/" id="logo">Carryall Removals</a><nav><a href="/home-moves">Home moves</a><a href="/office-moves">Office moves</a><a href="/storage">Storage</a><a href="/reviews">Reviews</a></nav><a href="tel:08001234567" id="call-us">0800 123 4567</a></header>
<main><h1>Get a removals quote</h1>
<form id="quote-form">
<div class="grid"><div><label for="from-postcode">Moving from (postcode)</label><input id="from-postcode"></div><div><label for="to-postcode">Moving to (postcode)</label><input id="to-postcode"></div></div>
<label for="move-date">Move date</label><input id="move-date" type="date">
<label for="property-type">Property type</label><select id="property-type">${homeOptions}</select>
<label for="bedrooms">Bedrooms</label><select id="bedrooms">${bedroomOptions}</select>
<h2>Large items</h2>
${counterV1('sofa', 'Sofa', 1)}
${counterV1('bed', 'Double bed', 1)}
${counterV1('wardrobe', 'Wardrobe', 2)}
<label for="boxes-count">Approximate number of boxes</label><input id="boxes-count" type="number" value="20">
<h2>Extras</h2>
<label class="row"><input type="checkbox" id="packing"> Packing service</label>
<label class="row"><input type="checkbox" id="dismantle"> Dismantle and reassemble furniture</label>
<label class="row"><input type="checkbox" id="storage"> I need storage</label>
<button type="submit" id="get-quote" class="btn primary">Get quote</button></form></main>
<footer>Carryall Removals Ltd · <a href="/insurance">Goods in transit cover</a> · <a href="/privacy">Privacy</a></footer>`,
);

const movesV2 = page(
  'Your moving quote – Carryall',
  `<header class="top"><a href="/" class="logo">Carryall</a><nav><a href="/home-moves">Moving home</a><a href="/office-moves">Business moves</a><a href="/storage">Storage</a><a href="/reviews">Reviews</a></nav><a href="tel:08001234567" class="phone">Call 0800 123 4567</a></header>
<main><h1>Your instant moving quote</h1>
<form class="quote">
<section class="card"><h2>Where and when</h2>
<div class="grid"><div><label for="origin-pc">Current postcode</label><input id="origin-pc" autocomplete="postal-code"></div><div><label for="dest-pc">New postcode</label><input id="dest-pc"></div></div>
<label for="moving-day">Moving day</label><input id="moving-day" type="date"></section>
<section class="card"><h2>Your home</h2>
<label for="home-type">Type of home</label><select id="home-type">${homeOptions}</select>
<label for="bedroom-count">Number of bedrooms</label><select id="bedroom-count">${bedroomOptions}</select></section>
<section class="card"><h2>Bulky items</h2>
${counterV2('Sofa', 1)}
${counterV2('Double bed', 1)}
${counterV2('Wardrobe', 2)}
<p class="muted">We'll estimate boxes from the size of your home.</p></section>
<section class="card"><h2>Make it easier</h2>
<label class="row"><input type="checkbox" name="packing"> We pack for you <span class="muted">from £180</span></label>
<label class="row"><input type="checkbox" name="dismantle"> We take apart and rebuild furniture <span class="muted">from £60</span></label></section>
<button type="submit" class="btn primary">See my price</button></form></main>
<footer>Carryall Removals Ltd · <a href="/insurance">Goods in transit cover</a> · <a href="/privacy">Privacy</a></footer>`,
);

const movesPair: PagePair = {
  name: 'removals-quote',
  v1: movesV1,
  v2: movesV2,
  targets: [
    { selector: '#from-postcode', expect: '#origin-pc', change: 'Moving from (postcode) → Current postcode' },
    { selector: '#move-date', expect: '#moving-day', change: 'Move date → Moving day' },
    { selector: '#bedrooms', expect: '#bedroom-count', change: 'Bedrooms → Number of bedrooms' },
    {
      selector: '#sofa-plus',
      expect: 'button[aria-label="Add one sofa"]',
      change: 'counter ids dropped, aria-labels added',
    },
    {
      selector: '#packing',
      expect: 'input[name="packing"]',
      change: 'Packing service → We pack for you, id → name',
    },
    { selector: '#get-quote', expect: 'button.primary', change: 'Get quote → See my price' },
    {
      selector: '#boxes-count',
      expect: null,
      change: 'box count estimated automatically; note in its place',
    },
    { selector: '#storage', expect: null, change: 'storage option removed from the quote' },
  ],
};

// ---------------------------------------------------------------- spa checkout

const spaV1 = page(
  'Checkout – Tidewater Spa',
  `<header><a href="/" id="logo">Tidewater Spa</a><nav><a href="/treatments">Treatments</a><a href="/packages">Spa days</a><a href="/vouchers">Gift vouchers</a></nav><a href="/basket" id="basket-link">Basket (2)</a></header>
<main><h1>Checkout</h1>
<table id="basket"><tr><th>Treatment</th><th>With</th><th>When</th><th>Price</th><th></th></tr>
<tr><td>Signature facial (60 min)</td><td>Any therapist</td><td>Sat 7 June, 10:00</td><td>£78.00</td><td><button id="remove-facial">Remove</button></td></tr>
<tr><td>Hot stone massage (45 min)</td><td>Any therapist</td><td>Sat 7 June, 11:15</td><td>£65.00</td><td><button id="remove-massage">Remove</button></td></tr>
<tr><th colspan="3">Total</th><th id="total">£143.00</th><td></td></tr></table>
<div class="row"><label for="voucher-code">Voucher code</label><input id="voucher-code"><button id="apply-voucher">Apply</button></div>
<form id="guest" onsubmit="return false"><h2>Your details</h2>
<label for="guest-name">Name</label><input id="guest-name">
<label for="guest-email">Email</label><input id="guest-email" type="email">
<label for="guest-phone">Phone</label><input id="guest-phone" type="tel">
<fieldset><legend>Therapist preference</legend><label class="row"><input type="radio" name="pref" id="pref-none" checked> No preference</label><label class="row"><input type="radio" name="pref" id="pref-female"> Female therapist</label><label class="row"><input type="radio" name="pref" id="pref-male"> Male therapist</label></fieldset>
<label class="row"><input type="checkbox" id="robe-hire"> Add robe and slippers (+£5)</label>
<fieldset><legend>Payment</legend><label class="row"><input type="radio" name="pay" id="pay-now" checked> Pay now</label><label class="row"><input type="radio" name="pay" id="pay-reception"> Pay at reception</label></fieldset>
<label class="row"><input type="checkbox" id="agree-terms"> I agree to the terms and conditions</label>
<button id="complete-booking" class="btn primary">Complete booking</button></form></main>
<footer>Tidewater Spa, The Esplanade · <a href="/cancellations">Cancellation policy</a> · <a href="/privacy">Privacy</a></footer>`,
);

const spaV2 = page(
  'Secure checkout – Tidewater Spa',
  `<header class="top"><a href="/" class="logo">Tidewater</a><nav><a href="/treatments">Treatments</a><a href="/packages">Spa days</a><a href="/vouchers">Gift cards</a></nav><a href="/basket" class="basket" aria-label="Basket, 2 items">Basket <span class="badge">2</span></a></header>
<main><h1>Secure checkout</h1><div class="grid">
<form class="details" onsubmit="return false"><h2>Contact details</h2>
<label for="full-name">Full name</label><input id="full-name" autocomplete="name">
<label for="email-address">Email address</label><input id="email-address" type="email" autocomplete="email">
<label for="mobile">Mobile</label><input id="mobile" type="tel" autocomplete="tel">
<fieldset><legend>Who would you like to treat you?</legend><label class="row"><input type="radio" name="therapist" value="any" checked> No preference</label><label class="row"><input type="radio" name="therapist" value="female"> A female therapist</label><label class="row"><input type="radio" name="therapist" value="male"> A male therapist</label></fieldset>
<p class="muted">Robe, towels and slippers are included with every booking.</p>
<label class="row"><input type="checkbox" id="accept-policy"> I accept the booking and cancellation policy</label>
<button class="btn primary pay">Pay £143.00</button></form>
<aside class="card"><h3>Your booking</h3>
<div class="row line"><span>Signature facial · Sat 7 June, 10:00</span><b>£78.00</b><button class="icon" aria-label="Remove Signature facial">🗑</button></div>
<div class="row line"><span>Hot stone massage · Sat 7 June, 11:15</span><b>£65.00</b><button class="icon" aria-label="Remove Hot stone massage">🗑</button></div>
<label for="promo">Gift card or promo code</label><div class="row"><input id="promo"><button class="btn apply">Apply</button></div>
<p class="row"><b>Total</b><b>£143.00</b></p></aside></div></main>
<footer>Tidewater Spa, The Esplanade · <a href="/cancellations">Cancellation policy</a> · <a href="/privacy">Privacy</a></footer>`,
);

const spaPair: PagePair = {
  name: 'spa-treatment-checkout',
  v1: spaV1,
  v2: spaV2,
  targets: [
    {
      selector: '#remove-facial',
      expect: 'button[aria-label="Remove Signature facial"]',
      change: 'basket table → summary sidebar, Remove → bin icon',
    },
    {
      selector: '#voucher-code',
      expect: '#promo',
      change: 'Voucher code → Gift card or promo code, moved to sidebar',
    },
    { selector: '#apply-voucher', expect: 'button.apply', change: 'id dropped, label unchanged' },
    { selector: '#guest-email', expect: '#email-address', change: 'Email → Email address, id renamed' },
    {
      selector: '#agree-terms',
      expect: '#accept-policy',
      change: 'terms checkbox reworded to the booking and cancellation policy',
    },
    { selector: '#complete-booking', expect: 'button.pay', change: 'Complete booking → Pay £143.00' },
    { selector: '#robe-hire', expect: null, change: 'robe now included; option removed' },
    { selector: '#pay-reception', expect: null, change: 'pay-at-reception option withdrawn' },
  ],
};

// ---------------------------------------------------------------- newspaper holiday stop

const paperV1 = page(
  'Deliveries – The Fenland Courier',
  `<header><a href="/" id="masthead">The Fenland Courier</a><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/puzzles">Puzzles</a></nav><a href="/account" id="account-link">My account</a></header>
<div class="sidebar"><nav id="account-nav" style="flex-direction:column;align-items:flex-start"><a href="/account/subscription" id="nav-subscription">Subscription</a><a href="/account/deliveries" id="nav-deliveries" class="active">Deliveries</a><a href="/account/payment" id="nav-payment">Payment</a><a href="/account/profile" id="nav-profile">Profile</a></nav></div>
<main style="margin-left:220px"><h1>Deliveries</h1>
<p>Your papers are delivered to 4 Mill Lane, Ely CB7 4DQ by Ely News &amp; Co. <a href="/account/deliveries/address" id="change-address">Change delivery address</a></p>
<div class="card"><h2>Holiday stops</h2>
<div class="row"><label for="stop-start">Stop from</label><input id="stop-start" type="date"><label for="stop-end">Restart on</label><input id="stop-end" type="date"></div>
<label class="row"><input type="checkbox" id="donate-papers"> Donate my papers to a local school while I'm away</label>
<button id="add-stop" class="btn primary">Add holiday stop</button>
<table id="stops"><tr><th>From</th><th>Restart</th><th></th></tr>
<tr><td>2 Aug 2025</td><td>16 Aug 2025</td><td><button id="edit-stop-aug">Edit</button> <button id="cancel-stop-aug">Cancel</button></td></tr>
<tr><td>23 Dec 2025</td><td>2 Jan 2026</td><td><button id="edit-stop-dec">Edit</button> <button id="cancel-stop-dec">Cancel</button></td></tr></table></div>
<div class="card"><h2>Problem with a delivery?</h2><p>If your paper was late, wet or missing, let us know and we'll credit your account.</p><button id="report-missing">Report a problem</button></div></main>
<footer>© Fenland Courier Media · <a href="/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const paperV2 = page(
  'Deliveries – The Fenland Courier',
  `<header class="top"><a href="/" class="masthead">The Fenland Courier</a><nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/puzzles">Puzzles</a></nav><a href="/account" class="account">Account</a></header>
<div class="sidebar"><nav class="account-menu" style="flex-direction:column;align-items:flex-start"><a href="/account/subscription">My subscription</a><a href="/account/deliveries" aria-current="page">Deliveries</a><a href="/account/payment">Billing</a><a href="/account/profile">Personal details</a></nav></div>
<main style="margin-left:220px"><h1>Deliveries</h1>
<div class="card row"><div><p class="muted">Delivery address</p><p>4 Mill Lane, Ely CB7 4DQ</p><p class="muted">Delivered by Ely News &amp; Co.</p></div><a href="/account/deliveries/address" class="btn">Change address</a></div>
<div class="card row"><div><h2>Missed a delivery?</h2><p class="muted">Tell us if your paper was late, damaged or didn't arrive.</p></div><button class="btn report">Report a delivery problem</button></div>
<section class="card"><h2>Going away?</h2><p class="muted">Pause your deliveries and we'll take the cost off your next bill.</p>
<div class="grid"><div><label for="pause-from">First day without delivery</label><input id="pause-from" type="date"></div><div><label for="pause-until">Deliveries resume on</label><input id="pause-until" type="date"></div></div>
<label class="row"><input type="checkbox" name="reminder"> Email me a reminder the day before deliveries restart</label>
<button class="btn primary">Schedule holiday stop</button>
<h3>Upcoming stops</h3>
<div class="row stop"><span>2 Aug – 16 Aug 2025</span><button class="link" aria-label="Remove stop 2 Aug – 16 Aug 2025">Remove</button></div>
<div class="row stop"><span>23 Dec 2025 – 2 Jan 2026</span><button class="link" aria-label="Remove stop 23 Dec 2025 – 2 Jan 2026">Remove</button></div></section></main>
<footer>© Fenland Courier Media · <a href="/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const paperPair: PagePair = {
  name: 'newspaper-holiday-stop',
  v1: paperV1,
  v2: paperV2,
  targets: [
    { selector: '#stop-start', expect: '#pause-from', change: 'Stop from → First day without delivery' },
    { selector: '#stop-end', expect: '#pause-until', change: 'Restart on → Deliveries resume on' },
    { selector: '#add-stop', expect: 'button.primary', change: 'Add holiday stop → Schedule holiday stop' },
    {
      selector: '#cancel-stop-aug',
      expect: 'button[aria-label="Remove stop 2 Aug – 16 Aug 2025"]',
      change: 'stops table → list, Cancel → Remove',
    },
    {
      selector: '#report-missing',
      expect: 'button.report',
      change: 'Report a problem → Report a delivery problem, card moved above',
    },
    {
      selector: '#nav-payment',
      expect: 'a[href="/account/payment"]',
      change: 'Payment → Billing, ids dropped',
    },
    { selector: '#edit-stop-aug', expect: null, change: 'editing stops removed (remove and re-add)' },
    {
      selector: '#donate-papers',
      expect: null,
      change: 'donation option removed; a reminder checkbox in its place',
    },
  ],
};

// ---------------------------------------------------------------- air quality dashboard

const aqV1 = page(
  'Dashboard – CleanAir Network',
  `<header><a href="/" id="logo">CleanAir Network</a><nav><a href="/map">Map</a><a href="/dashboard" class="active">Dashboard</a><a href="/sites">Sites</a><a href="/about">About the data</a></nav><a href="/login" id="login">Sign in</a></header>
<main><h1>Air quality dashboard</h1>
<div class="row"><label for="station">Station</label><select id="station"><option>Harbour Road (roadside)</option><option>Civic Park (urban background)</option><option>Northgate School</option></select>
<label class="row"><input type="checkbox" id="compare-toggle"> Compare with another station</label></div>
<div class="row" role="tablist"><button role="tab" id="tab-pm25">PM2.5</button><button role="tab" id="tab-pm10">PM10</button><button role="tab" id="tab-no2">NO2</button><button role="tab" id="tab-o3">O3</button></div>
<fieldset class="row"><legend>Period</legend><label><input type="radio" name="range" id="range-24h" checked> 24 hours</label><label><input type="radio" name="range" id="range-7d"> 7 days</label><label><input type="radio" name="range" id="range-30d"> 30 days</label></fieldset>
<div class="card" style="height:160px"><p class="muted">Hourly mean, µg/m³</p></div>
<button id="download-csv">Download CSV</button>
<h2>All stations</h2><table id="stations"><tr><th>Station</th><th>Type</th><th>Latest NO2</th><th>Band</th><th></th></tr>
<tr><td>Harbour Road</td><td>Roadside</td><td>41</td><td>Moderate</td><td><a href="/sites/1" id="view-station-1">View</a></td></tr>
<tr><td>Civic Park</td><td>Urban background</td><td>18</td><td>Low</td><td><a href="/sites/2" id="view-station-2">View</a></td></tr>
<tr><td>Mill Street</td><td>Roadside</td><td>36</td><td>Moderate</td><td><a href="/sites/3" id="view-station-3">View</a></td></tr>
<tr><td>Northgate School</td><td>Urban background</td><td>15</td><td>Low</td><td><a href="/sites/4" id="view-station-4">View</a></td></tr></table>
<div class="card"><h3>Alerts</h3><label for="alert-threshold">Email me when NO2 exceeds (µg/m³)</label> <input id="alert-threshold" type="number" value="40"> <button id="save-alert">Save alert</button></div></main>
<footer>Data: CleanAir Network, provisional · <a href="/licence">Open data licence</a></footer>`,
);

const aqV2 = page(
  'Air quality – CleanAir',
  `<header class="top"><a href="/" class="logo">CleanAir</a><nav><a href="/map">Map</a><a href="/dashboard" aria-current="page">Dashboard</a><a href="/sites">Monitoring sites</a><a href="/about">About the data</a></nav><a href="/login" class="btn">Log in</a></header>
<main><div class="row"><h1>Air quality</h1><label for="site">Monitoring site</label><select id="site"><option>Harbour Road (roadside)</option><option>Civic Park (urban background)</option><option>Quayside (roadside)</option><option>Northgate School</option></select></div>
<div class="row" role="tablist" aria-label="Pollutant"><button role="tab" class="tab">PM₂.₅</button><button role="tab" class="tab">PM₁₀</button><button role="tab" class="tab">NO₂</button><button role="tab" class="tab">O₃</button></div>
<div class="row period" role="group" aria-label="Period"><button class="seg" aria-pressed="true">24 h</button><button class="seg" aria-pressed="false">7 days</button><button class="seg" aria-pressed="false">30 days</button><button class="seg" aria-pressed="false">1 year</button><button class="icon" aria-label="Download data">⤓</button></div>
<div class="card" style="height:160px"><p class="muted">Hourly mean, µg/m³</p></div>
<div class="grid">
<section class="card"><h3>Sites</h3><ul><li><a href="/sites/1">Harbour Road</a> <span class="badge">Moderate · 41</span></li><li><a href="/sites/2">Civic Park</a> <span class="badge">Low · 18</span></li><li><a href="/sites/5">Quayside</a> <span class="badge">Moderate · 33</span></li><li><a href="/sites/4">Northgate School</a> <span class="badge">Low · 15</span></li></ul></section>
<section class="card"><h3>Get notified</h3><label for="notify-above">Notify me when NO₂ goes above (µg/m³)</label> <input id="notify-above" type="number" value="40"> <button class="btn create-alert">Create alert</button></section></div></main>
<footer>Data: CleanAir Network, provisional · <a href="/licence">Open data licence</a></footer>`,
);

const aqPair: PagePair = {
  name: 'air-quality-dashboard',
  v1: aqV1,
  v2: aqV2,
  targets: [
    { selector: '#station', expect: '#site', change: 'Station → Monitoring site, moved into the title row' },
    {
      selector: '#tab-no2',
      expect: '[role="tablist"] button:nth-of-type(3)',
      change: 'NO2 → NO₂ with subscript, ids dropped',
    },
    {
      selector: '#range-7d',
      expect: '.period button:nth-of-type(2)',
      change: 'period radios → segmented buttons',
    },
    {
      selector: '#download-csv',
      expect: 'button[aria-label="Download data"]',
      change: 'Download CSV → download icon with aria-label',
    },
    {
      selector: '#alert-threshold',
      expect: '#notify-above',
      change: 'alert threshold relabelled "Notify me when…"',
    },
    { selector: '#save-alert', expect: 'button.create-alert', change: 'Save alert → Create alert' },
    { selector: '#compare-toggle', expect: null, change: 'compare option removed' },
    {
      selector: '#view-station-3',
      expect: null,
      change: 'station decommissioned; another site in its place',
    },
  ],
};

// ---------------------------------------------------------------- courier proof of delivery (mobile)

const podV1 = page(
  'Stop 14 – Drop',
  `<div class="phone"><header><button id="back" aria-label="Back to route">‹</button><b>Stop 14 of 32</b><button id="call-customer">Call</button></header>
<main><h2>J. Whitlock</h2><p>22 Orchard Close, Leamington Spa CV32 6HT</p><p class="muted">Note: leave with no. 24 if out</p>
<button id="navigate">Navigate</button>
<h3>Parcels (3)</h3>
<label class="row"><input type="checkbox" id="parcel-1"> JD0001 8842 1190 · small</label>
<label class="row"><input type="checkbox" id="parcel-2"> JD0001 8842 1191 · medium</label>
<label class="row"><input type="checkbox" id="parcel-3"> JD0001 8842 1192 · large</label>
<fieldset><legend>Outcome</legend>
<label class="row"><input type="radio" name="outcome" id="outcome-customer"> Delivered to customer</label>
<label class="row"><input type="radio" name="outcome" id="outcome-safeplace"> Left in safe place</label>
<label class="row"><input type="radio" name="outcome" id="outcome-neighbour"> Given to neighbour</label>
<label class="row"><input type="radio" name="outcome" id="outcome-failed"> Not delivered</label></fieldset>
<label for="recipient-name">Recipient name</label><input id="recipient-name">
<div class="row"><button id="capture-signature">Capture signature</button><button id="take-photo">Take photo</button></div>
<p><button id="complete-stop" class="btn primary">Complete stop</button></p>
<a href="/problem" id="report-problem">Report a problem</a></main></div>`,
  MOBILE_CSS,
);

function parcelV2(id: string, size: string): string {
  return `<li class="row"><span>${id}</span><span class="badge">${size}</span><input type="checkbox" aria-label="Scanned ${id}"></li>`;
}

const podV2 = page(
  'Stop 14 – Drop',
  `<div class="phone"><header><button class="icon" aria-label="Back to route">‹</button><b>14 / 32</b><button class="icon" aria-label="Call recipient">📞</button><button class="icon" aria-label="Directions">➤</button></header>
<main><div class="card"><h2>J. Whitlock</h2><p>22 Orchard Close, Leamington Spa CV32 6HT</p><p class="muted">Customer note: leave with no. 24 if out</p></div>
<h3>Scan parcels</h3>
<ul class="parcels">${parcelV2('JD0001 8842 1190', 'S')}${parcelV2('JD0001 8842 1191', 'M')}${parcelV2('JD0001 8842 1192', 'L')}</ul>
<h3>What happened?</h3>
<div class="grid outcomes"><label class="card"><input type="radio" name="result" value="in_person"> Handed to customer</label><label class="card"><input type="radio" name="result" value="safe_place"> Safe place</label><label class="card"><input type="radio" name="result" value="neighbour"> Neighbour</label><label class="card"><input type="radio" name="result" value="failed"> Couldn't deliver</label></div>
<label for="received-by">Who took the parcel?</label> <input id="received-by" placeholder="Name">
<p><button class="btn photo">Add photo</button></p>
<div class="row"><button class="btn skip">Skip stop</button><button class="btn primary">Finish delivery</button></div></main></div>`,
  MOBILE_CSS,
);

const podPair: PagePair = {
  name: 'courier-proof-of-delivery',
  v1: podV1,
  v2: podV2,
  targets: [
    {
      selector: '#call-customer',
      expect: 'button[aria-label="Call recipient"]',
      change: 'Call → phone icon',
    },
    {
      selector: '#parcel-2',
      expect: 'input[aria-label="Scanned JD0001 8842 1191"]',
      change: 'parcel checkboxes moved to the end of list rows',
    },
    {
      selector: '#outcome-neighbour',
      expect: 'input[value="neighbour"]',
      change: 'Given to neighbour → Neighbour, option card',
    },
    { selector: '#recipient-name', expect: '#received-by', change: 'Recipient name → Who took the parcel?' },
    { selector: '#take-photo', expect: 'button.photo', change: 'Take photo → Add photo' },
    { selector: '#complete-stop', expect: 'button.primary', change: 'Complete stop → Finish delivery' },
    {
      selector: '#capture-signature',
      expect: null,
      change: 'signature capture removed (contactless delivery)',
    },
    {
      selector: '#report-problem',
      expect: null,
      change: 'problem link removed; a skip button near its place',
    },
  ],
};

// ---------------------------------------------------------------- garden centre click and collect

function basketRowV1(key: string, name: string, price: string, qty: string): string {
  return `<tr><td>${name}</td><td>${price}</td><td><select id="qty-${key}">${qty}</select></td><td><button id="remove-${key}">Remove</button> <button id="save-later-${key}">Save for later</button></td></tr>`;
}

function basketCardV2(sku: string, name: string, price: string, qty: string): string {
  return `<div class="card line" data-sku="${sku}"><h3>${name}</h3><p>${price} each</p><div class="row"><select aria-label="Quantity">${qty}</select><button class="link remove">Remove</button><button class="link wishlist">Move to wishlist</button></div></div>`;
}

const q3 = '<option>1</option><option selected>3</option><option>5</option>';
const q1 = '<option>1</option><option>2</option>';

const gardenV1 = page(
  'Your basket – Greenacre Garden Centre',
  `<header><a href="/" id="logo">Greenacre Garden Centre</a><input id="search" type="search" placeholder="Search plants, tools, gifts"><span>Collect from: <b>Elmfield</b> <a href="/stores" id="change-store">Change</a></span><a href="/basket" id="basket">Basket (3)</a></header>
<nav><a href="/plants">Plants</a><a href="/garden">Garden</a><a href="/home">Home &amp; gifts</a><a href="/offers">Offers</a></nav>
<main><h1>Your basket</h1>
<table id="basket-items"><tr><th>Item</th><th>Price</th><th>Qty</th><th></th></tr>
${basketRowV1('lavender', "Lavender 'Hidcote' 2L pot", '£6.99', q3)}
${basketRowV1('acer', "Japanese maple 'Bloodgood' 10L", '£34.99', q1)}
${basketRowV1('pot', 'Terracotta pot 30cm', '£12.50', q1)}</table>
<label class="row"><input type="checkbox" id="care-guide"> Add a free printed plant care guide</label>
<h2>Collection</h2>
<label for="collect-date">Collection date</label> <select id="collect-date"><option>Fri 9 May</option><option>Sat 10 May</option><option>Sun 11 May</option></select>
<fieldset class="row"><legend>Time</legend><label><input type="radio" name="slot" id="slot-morning"> Morning</label><label><input type="radio" name="slot" id="slot-afternoon"> Afternoon</label></fieldset>
<div class="row"><a href="/plants" id="continue-shopping">Continue shopping</a><button id="checkout" class="btn primary">Checkout</button></div>
<h2>You might also need</h2><div class="grid3">
<div class="card"><p>Peat-free compost 40L</p><p>£7.49</p><button id="rec-add-compost">Add</button></div>
<div class="card"><p>Bamboo canes (10)</p><p>£3.99</p><button id="rec-add-canes">Add</button></div>
<div class="card"><p>Pruning shears</p><p>£14.99</p><button id="rec-add-shears">Add</button></div></div></main>
<footer>Greenacre Garden Centres · <a href="/stores">Opening times</a> · <a href="/returns">Plant guarantee</a></footer>`,
);

const gardenV2 = page(
  'Basket – Greenacre',
  `<header class="top"><a href="/" class="logo">Greenacre</a><form role="search"><input type="search" name="q" placeholder="Search" aria-label="Search the shop"></form><button class="store" aria-label="Collection store: Elmfield">📍 Elmfield</button><a href="/basket" class="basket" aria-label="Basket, 3 items">🧺 3</a></header>
<nav class="cats"><a href="/plants">Plants</a><a href="/garden">Garden</a><a href="/home">Home &amp; gifts</a><a href="/offers">Offers</a></nav>
<main><h1>Basket</h1><div class="grid"><section>
${basketCardV2('LAV-HID-2L', "Lavender 'Hidcote' 2L pot", '£6.99', q3)}
${basketCardV2('ACER-BG-10L', "Japanese maple 'Bloodgood' 10L", '£34.99', q1)}
${basketCardV2('POT-TC-30', 'Terracotta pot 30cm', '£12.50', q1)}
<h2>Goes well with</h2><div class="grid3">
<div class="card"><p>Plant feed 1L</p><p>£5.49</p><button class="btn add" aria-label="Add Plant feed 1L">Add</button></div>
<div class="card"><p>Bamboo canes (10)</p><p>£3.99</p><button class="btn add" aria-label="Add Bamboo canes (10)">Add</button></div>
<div class="card"><p>Pruning shears</p><p>£14.99</p><button class="btn add" aria-label="Add Pruning shears">Add</button></div></div></section>
<aside class="card" style="float:none;width:auto;margin:0"><h2>Click &amp; collect</h2><label for="pickup-day">Collection day</label> <select id="pickup-day"><option>Fri 9 May</option><option>Sat 10 May</option><option>Sun 11 May</option></select>
<fieldset><legend>Collection time</legend><label class="row"><input type="radio" name="pickup_time" value="am"> 9am–12pm</label><label class="row"><input type="radio" name="pickup_time" value="pm"> 12pm–4pm</label></fieldset>
<p class="row"><b>Total</b><b>£80.46</b></p><button class="btn primary">Go to checkout</button> <a href="/plants" class="muted">Keep shopping</a></aside></div></main>
<footer>Greenacre Garden Centres · <a href="/stores">Opening times</a> · <a href="/returns">Plant guarantee</a></footer>`,
);

const gardenPair: PagePair = {
  name: 'garden-centre-click-collect',
  v1: gardenV1,
  v2: gardenV2,
  targets: [
    {
      selector: '#qty-lavender',
      expect: '[data-sku="LAV-HID-2L"] select',
      change: 'basket table → cards, quantity select id dropped',
    },
    {
      selector: '#remove-lavender',
      expect: '[data-sku="LAV-HID-2L"] button.remove',
      change: 'button styled as link',
    },
    {
      selector: '#save-later-acer',
      expect: '[data-sku="ACER-BG-10L"] button.wishlist',
      change: 'Save for later → Move to wishlist',
    },
    {
      selector: '#collect-date',
      expect: '#pickup-day',
      change: 'Collection date → Collection day, moved to sidebar',
    },
    { selector: '#slot-afternoon', expect: 'input[value="pm"]', change: 'Afternoon → 12pm–4pm' },
    { selector: '#checkout', expect: 'button.primary', change: 'Checkout → Go to checkout' },
    { selector: '#care-guide', expect: null, change: 'printed care guide offer removed' },
    { selector: '#rec-add-compost', expect: null, change: 'recommendation replaced by a different product' },
  ],
};

// ---------------------------------------------------------------- new starter IT equipment request

const itV1 = page(
  'Equipment request – Halden Group Intranet',
  `<header><a href="/" id="intranet">Halden Group Intranet</a><nav><a href="/people">People</a><a href="/it" class="active">IT</a><a href="/hr">HR</a><a href="/facilities">Facilities</a></nav><input id="intranet-search" type="search" placeholder="Search intranet"></header>
<main><h1>New starter equipment request</h1><p class="muted">Submit at least 10 working days before the start date.</p>
<form id="equipment-form">
<label for="starter-name">New starter's name</label><input id="starter-name">
<label for="start-date">Start date</label><input id="start-date" type="date">
<label for="dept">Department</label><select id="dept"><option>Finance</option><option>Marketing</option><option>Engineering</option><option>Operations</option></select>
<label for="line-manager">Line manager</label><input id="line-manager">
<fieldset><legend>Laptop</legend><label class="row"><input type="radio" name="laptop" id="laptop-std" checked> Standard Windows laptop</label><label class="row"><input type="radio" name="laptop" id="laptop-mac"> MacBook Pro 14"</label><label class="row"><input type="radio" name="laptop" id="laptop-dev"> Developer workstation (Linux)</label></fieldset>
<fieldset><legend>Accessories</legend><label class="row"><input type="checkbox" id="acc-monitor"> Second monitor</label><label class="row"><input type="checkbox" id="acc-headset"> Headset</label><label class="row"><input type="checkbox" id="acc-phone"> Mobile phone</label><label class="row"><input type="checkbox" id="acc-dock"> Docking station</label></fieldset>
<fieldset><legend>Software access</legend><label class="row"><input type="checkbox" id="sw-office" checked> Office 365</label><label class="row"><input type="checkbox" id="sw-design"> Design suite</label><label class="row"><input type="checkbox" id="sw-vpn"> VPN</label></fieldset>
<fieldset><legend>Delivery</legend><label class="row"><input type="radio" name="delivery" id="deliver-home"> Ship to home address</label><label class="row"><input type="radio" name="delivery" id="deliver-office" checked> Collect from IT desk</label></fieldset>
<label for="notes">Anything else?</label><textarea id="notes" rows="3"></textarea>
<div class="row"><button id="submit-request" class="btn primary">Submit request</button><button type="button" id="save-draft">Save draft</button><a href="/it" id="cancel">Cancel</a></div></form></main>
<footer>IT Service Desk ext. 4400 · <a href="/it/policy">Acceptable use policy</a></footer>`,
);

const itV2 = edit(itV1, [
  ['<h1>New starter equipment request</h1>', '<h1>Request equipment for a new starter</h1>'],
  [
    `<label for="starter-name">New starter's name</label><input id="starter-name">`,
    '<label for="employee-name">Employee name</label><input id="employee-name" autocomplete="off">',
  ],
  [
    '<label for="dept">Department</label><select id="dept">',
    '<label for="team">Team</label><select id="team">',
  ],
  [
    `<fieldset><legend>Laptop</legend><label class="row"><input type="radio" name="laptop" id="laptop-std" checked> Standard Windows laptop</label><label class="row"><input type="radio" name="laptop" id="laptop-mac"> MacBook Pro 14"</label><label class="row"><input type="radio" name="laptop" id="laptop-dev"> Developer workstation (Linux)</label></fieldset>`,
    '<fieldset><legend>Device</legend><div class="grid3"><label class="card"><input type="radio" name="device" value="windows" checked> Windows laptop</label><label class="card"><input type="radio" name="device" value="mac"> Mac</label><label class="card"><input type="radio" name="device" value="linux"> Linux workstation</label></div></fieldset>',
  ],
  [
    '<input type="checkbox" id="acc-monitor"> Second monitor',
    '<input type="checkbox" id="kit-monitor"> Extra monitor',
  ],
  [
    '<label class="row"><input type="checkbox" id="acc-headset"> Headset</label><label class="row"><input type="checkbox" id="acc-phone"> Mobile phone</label>',
    '<label class="row"><input type="checkbox" id="kit-headset"> Noise-cancelling headset</label>',
  ],
  [
    '<input type="checkbox" id="acc-dock"> Docking station</label></fieldset>',
    '<input type="checkbox" id="kit-dock"> Docking station</label><p class="muted">Need a work phone? Use the <a href="/it/mobile">mobile phone request</a>.</p></fieldset>',
  ],
  [
    '<label class="row"><input type="checkbox" id="sw-vpn"> VPN</label></fieldset>',
    '<p class="muted">VPN is set up automatically on every laptop.</p></fieldset>',
  ],
  ['id="deliver-home"> Ship to home address', 'value="home"> Send to home address'],
  ['id="deliver-office" checked> Collect from IT desk', 'value="desk" checked> Pick up from the IT desk'],
  [
    '<button id="submit-request" class="btn primary">Submit request</button>',
    '<button class="btn primary">Raise request</button>',
  ],
]);

const itPair: PagePair = {
  name: 'new-starter-equipment',
  v1: itV1,
  v2: itV2,
  targets: [
    { selector: '#starter-name', expect: '#employee-name', change: "New starter's name → Employee name" },
    { selector: '#dept', expect: '#team', change: 'Department → Team' },
    {
      selector: '#laptop-mac',
      expect: 'input[value="mac"]',
      change: 'laptop radios → device option cards, MacBook Pro 14" → Mac',
    },
    {
      selector: '#acc-headset',
      expect: '#kit-headset',
      change: 'Headset → Noise-cancelling headset, id renamed',
    },
    {
      selector: '#deliver-home',
      expect: 'input[value="home"]',
      change: 'Ship to home address → Send to home address',
    },
    { selector: '#submit-request', expect: 'button.primary', change: 'Submit request → Raise request' },
    {
      selector: '#acc-phone',
      expect: null,
      change: 'phones moved to a separate request; a link in its place',
    },
    { selector: '#sw-vpn', expect: null, change: 'VPN no longer requested; a note in its place' },
  ],
};

// ---------------------------------------------------------------- village hall hire

const hallV1 = page(
  'Hire request – Ashby St Mary Village Hall',
  `<header><a href="/" id="logo">Ashby St Mary Village Hall</a><nav><a href="/about">About</a><a href="/whats-on">What's on</a><a href="/hire" class="active">Hire the hall</a><a href="/contact">Contact</a></nav></header>
<main><h1>Hire request</h1><p>Complete this form and the bookings secretary will confirm within three days. <a href="/docs/hire-charges.pdf" id="charges-pdf">View hire charges (PDF)</a></p>
<form id="hire-form">
<label for="room">Room</label><select id="room"><option>Main hall (120 seated)</option><option>Small meeting room (20)</option></select>
<label for="hire-date">Date</label><input id="hire-date" type="date">
<div class="row"><label for="start-time">From</label><select id="start-time"><option>09:00</option><option>13:00</option><option>18:00</option></select><label for="end-time">To</label><select id="end-time"><option>12:00</option><option>17:00</option><option>23:00</option></select></div>
<label for="event-type">Type of event</label><select id="event-type"><option>Private party</option><option>Club or society meeting</option><option>Class or workshop</option><option>Wedding reception</option></select>
<label for="guests">Expected guests</label><input id="guests" type="number">
<label class="row"><input type="checkbox" id="alcohol"> Alcohol will be served</label>
<label class="row"><input type="checkbox" id="music"> Live or recorded music</label>
<label class="row"><input type="checkbox" id="kitchen-use"> Use of kitchen</label>
<button type="button" id="check-price">Check price</button>
<h2>Your details</h2>
<label for="hirer-name">Name</label><input id="hirer-name">
<label for="hirer-email">Email</label><input id="hirer-email" type="email">
<label for="hirer-phone">Phone</label><input id="hirer-phone" type="tel">
<button type="submit" id="request-booking" class="btn primary">Request booking</button></form></main>
<footer>Registered charity 301122 · <a href="/terms">Conditions of hire</a></footer>`,
);

const hallV2 = edit(hallV1, [
  ['<h1>Hire request</h1>', '<h1>Book the hall</h1>'],
  [
    '<a href="/docs/hire-charges.pdf" id="charges-pdf">View hire charges (PDF)</a>',
    '<a href="/hire/prices" class="prices">See prices</a>',
  ],
  [
    '<label for="room">Room</label><select id="room"><option>Main hall (120 seated)</option><option>Small meeting room (20)</option></select>',
    '<label for="space">Space</label><select id="space"><option>Main hall (120 seated)</option><option>Main hall and kitchen</option><option>Small meeting room (20)</option><option>Kitchen only</option></select>',
  ],
  [
    '<label for="hire-date">Date</label><input id="hire-date" type="date">',
    '<label for="date-of-hire">Date of hire</label><input id="date-of-hire" type="date">',
  ],
  [
    '<label for="guests">Expected guests</label><input id="guests" type="number">',
    '<label for="headcount">Number of people</label><input id="headcount" type="number" min="1">',
  ],
  [
    '<input type="checkbox" id="alcohol"> Alcohol will be served',
    '<input type="checkbox" name="alcohol"> Alcohol (you may need a temporary event notice)',
  ],
  [
    '<input type="checkbox" id="music"> Live or recorded music',
    '<input type="checkbox" name="music"> Music or entertainment',
  ],
  [
    '<label class="row"><input type="checkbox" id="kitchen-use"> Use of kitchen</label>\n<button type="button" id="check-price">Check price</button>',
    '<p class="card">Estimated cost: <b>£—</b> <span class="muted">(updates as you fill in the form)</span></p>',
  ],
  [
    '<button type="submit" id="request-booking" class="btn primary">Request booking</button>',
    '<button type="submit" class="btn primary">Send booking request</button>',
  ],
]);

const hallPair: PagePair = {
  name: 'village-hall-hire',
  v1: hallV1,
  v2: hallV2,
  targets: [
    { selector: '#room', expect: '#space', change: 'Room → Space; kitchen options added' },
    { selector: '#hire-date', expect: '#date-of-hire', change: 'Date → Date of hire' },
    { selector: '#guests', expect: '#headcount', change: 'Expected guests → Number of people' },
    { selector: '#alcohol', expect: 'input[name="alcohol"]', change: 'id → name, label extended' },
    {
      selector: '#request-booking',
      expect: 'button.primary',
      change: 'Request booking → Send booking request',
    },
    {
      selector: '#charges-pdf',
      expect: 'a.prices',
      change: 'View hire charges (PDF) → See prices (web page)',
    },
    { selector: '#kitchen-use', expect: null, change: 'kitchen is a bookable space now; checkbox removed' },
    { selector: '#check-price', expect: null, change: 'price shown live; a cost estimate in its place' },
  ],
};

// ---------------------------------------------------------------- radio playout log

function logRowV1(n: number, time: string, artist: string, title: string, dur: string, kind: string): string {
  return `<tr><td>${time}</td><td>${artist === '—' ? title : `${artist} – ${title}`}</td><td>${dur}</td><td>${kind}</td><td><button id="moveup-item-${n}" aria-label="Move up">▲</button><button id="movedown-item-${n}" aria-label="Move down">▼</button> <button id="remove-item-${n}">Remove</button></td></tr>`;
}

function logRowV2(n: number, time: string, artist: string, title: string, dur: string, kind: string): string {
  return `<li class="row item" data-item="${n}"><span class="handle" title="Drag to reorder">⋮⋮</span><span>${time}</span><span>${artist === '—' ? '' : `${artist} – `}${title}</span><span class="badge">${kind}</span><span>${dur}</span><button class="icon" aria-label="Remove ${title}">✕</button></li>`;
}

const logItems: readonly (readonly [number, string, string, string, string, string])[] = [
  [1, '15:00:00', '—', 'Top of hour ID', '0:08', 'Jingle'],
  [2, '15:00:08', 'The Slow Tides', 'Paper Lanterns', '3:41', 'Music'],
  [3, '15:03:49', 'Maren Holt', 'Low Country', '4:02', 'Music'],
  [4, '15:07:51', 'Dock Street', 'Harbour Lights', '3:15', 'Music'],
  [5, '15:11:06', '—', 'Ad break 1', '2:30', 'Ads'],
];

const radioV1 = page(
  'Log – Wavelength 96.4',
  `<header><a href="/" id="logo">Wavelength 96.4 · Playout</a><nav><a href="/logs" class="active">Logs</a><a href="/library">Library</a><a href="/schedule">Schedule</a><a href="/reports">Reports</a></nav><span>Presenter: Tom B.</span></header>
<main><div class="row"><h1>Log</h1><label for="log-date">Date</label><input id="log-date" type="date" value="2025-06-02"></div>
<div class="row" role="tablist"><button role="tab" id="hour-13">13:00</button><button role="tab" id="hour-14">14:00</button><button role="tab" id="hour-15" aria-selected="true">15:00</button><button role="tab" id="hour-16">16:00</button></div>
<table id="log-items"><tr><th>Time</th><th>Item</th><th>Dur</th><th>Type</th><th></th></tr>
${logItems.map((r) => logRowV1(...r)).join('\n')}</table>
<div class="row"><button id="insert-jingle">Insert jingle</button><button id="insert-ad">Insert ad break</button><label class="row"><input type="checkbox" id="lock-hour"> Lock hour</label><a href="/reports/prs?date=2025-06-02" id="export-prs">Export PRS return</a></div>
<h2>Library</h2><input id="library-search" type="search" placeholder="Artist or title"></main>
<footer>Playout v2.8 · Studio A</footer>`,
);

const radioV2 = page(
  'Log – Wavelength 96.4',
  `<header class="top"><a href="/" class="logo">Wavelength 96.4</a><nav><a href="/logs" aria-current="page">Logs</a><a href="/library">Music library</a><a href="/schedule">Clocks</a><a href="/reports">Reports</a></nav><span class="muted">On air: Tom B.</span></header>
<main><div class="grid"><section>
<div class="row"><h1>Log for</h1><input type="date" class="log-date" value="2025-06-02" aria-label="Log date"><button role="switch" aria-checked="false" class="switch" aria-label="Lock this hour"></button><span>Lock this hour</span></div>
<div class="row hours" role="tablist"><button role="tab" class="tab">1 PM</button><button role="tab" class="tab">2 PM</button><button role="tab" class="tab" aria-selected="true">3 PM</button><button role="tab" class="tab">4 PM</button></div>
<ol class="log">
${logItems.map((r) => logRowV2(...r)).join('\n')}</ol>
<div class="row"><button class="btn add-jingle">Add jingle</button><button class="btn add-break">Add ad break</button></div></section>
<aside class="card" style="float:none;width:auto;margin:0"><h2>Music library</h2><input type="search" class="lib-search" placeholder="Search music library" aria-label="Search music library"><ul><li>Dock Street – Harbour Lights</li><li>Maren Holt – Low Country</li></ul></aside></div></main>
<footer>Playout v3.0 · Studio A</footer>`,
  SWITCH_CSS,
);

const radioPair: PagePair = {
  name: 'radio-playout-log',
  v1: radioV1,
  v2: radioV2,
  targets: [
    {
      selector: '#hour-15',
      expect: '.hours button:nth-of-type(3)',
      change: 'hour tabs 15:00 → 3 PM, ids dropped',
    },
    {
      selector: '#remove-item-4',
      expect: 'button[aria-label="Remove Harbour Lights"]',
      change: 'table → list, Remove → ✕ icon with aria-label',
    },
    { selector: '#insert-jingle', expect: 'button.add-jingle', change: 'Insert jingle → Add jingle' },
    { selector: '#insert-ad', expect: 'button.add-break', change: 'Insert ad break → Add ad break' },
    {
      selector: '#lock-hour',
      expect: 'button[role="switch"]',
      change: 'checkbox → switch moved into the title row',
    },
    {
      selector: '#library-search',
      expect: 'input.lib-search',
      change: 'library search moved into a sidebar, placeholder reworded',
    },
    { selector: '#moveup-item-3', expect: null, change: 'move buttons replaced by drag handles' },
    { selector: '#export-prs', expect: null, change: 'PRS return export removed (automatic now)' },
  ],
};

// ---------------------------------------------------------------- app store release rollout

const notesEn = 'Offline maps now download twice as fast.';
const pctOptions =
  '<option>1%</option><option selected>5%</option><option>10%</option><option>20%</option><option>50%</option><option>100%</option>';

const releaseV1 = page(
  'Production release – Appworks Console',
  `<header><a href="/" id="console-home">Appworks Console</a><nav><a href="/apps">All apps</a><a href="/policy">Policy status</a><a href="/payments">Payments profile</a></nav><a href="/users" id="users-perms">Users and permissions</a></header>
<div class="sidebar"><b>Trailhead – Hiking maps</b><nav id="app-nav" style="flex-direction:column;align-items:flex-start"><a href="/app/88/dashboard">Dashboard</a><a href="/app/88/stats">Statistics</a><a href="/app/88/releases" class="active">Production</a><a href="/app/88/testing">Testing</a><a href="/app/88/reviews">Ratings and reviews</a></nav></div>
<main style="margin-left:220px"><h1>Production release</h1>
<form onsubmit="return false"><label for="release-name">Release name</label><input id="release-name" value="4.12.0 (4120)">
<h2>Release notes</h2>
<label for="notes-en">English (United States) – en-US</label><textarea id="notes-en" rows="3">${notesEn}</textarea>
<label for="notes-de">German – de-DE</label><textarea id="notes-de" rows="3"></textarea></form>
<h2>Rollout</h2><p>Currently rolled out to <b>5%</b> of users.</p>
<label for="rollout-pct">Rollout percentage</label> <select id="rollout-pct">${pctOptions}</select>
<div class="row"><button id="update-rollout">Update rollout</button><button id="halt-rollout" class="danger">Halt rollout</button></div>
<p>Available in 173 countries/regions. <a href="/app/88/countries" id="manage-countries">Manage countries</a></p>
<div class="row"><button id="internal-test">Release to internal testing</button><button id="discard-release">Discard release</button><button id="save-release">Save</button><button id="start-rollout" class="btn primary">Start rollout to Production</button></div></main>
<footer>© Appworks · <a href="/policy/developer">Developer policy</a> · <a href="/help">Help centre</a></footer>`,
);

const releaseV2 = page(
  'Production – Appworks Console',
  `<header class="top"><a href="/" class="logo">Appworks Console</a><nav><a href="/apps">Apps</a><a href="/policy">Policy</a><a href="/payments">Payments</a></nav><a href="/users" class="users">Users &amp; permissions</a></header>
<div class="sidebar"><b>Trailhead – Hiking maps</b><nav class="app-menu" style="flex-direction:column;align-items:flex-start"><a href="/app/88/dashboard">Dashboard</a><a href="/app/88/stats">Statistics</a><details open><summary>Release</summary><a href="/app/88/releases" aria-current="page">Production</a><br><a href="/app/88/testing">Testing tracks</a></details><a href="/app/88/reviews">Reviews</a></nav></div>
<main style="margin-left:220px"><div class="row"><h1>Production</h1><span class="badge">Staged rollout · 5%</span>
<button class="icon" aria-label="More actions" aria-expanded="true">⋯</button><div role="menu" class="card"><button role="menuitem">Copy release</button><button role="menuitem">Delete draft release</button></div></div>
<section class="card"><h2>Rollout</h2><label for="staged-percentage">Roll out to</label> <select id="staged-percentage">${pctOptions}</select>
<div class="row"><button class="btn">Update</button><button class="btn danger">Pause rollout</button></div></section>
<section class="card"><h2>Release details</h2>
<label for="rel-name">Release name</label> <input id="rel-name" value="4.12.0 (4120)"><p class="muted">Only you can see this name.</p>
<h3>What's new in this release?</h3>
<label for="whatsnew-en-US">en-US</label> <textarea id="whatsnew-en-US" rows="3">${notesEn}</textarea>
<label for="whatsnew-de-DE">de-DE</label> <textarea id="whatsnew-de-DE" rows="3"></textarea></section>
<div class="row"><button class="btn">Save</button><button class="btn primary">Review release</button></div></main>
<footer>© Appworks · <a href="/policy/developer">Developer policy</a> · <a href="/help">Help centre</a></footer>`,
);

const releasePair: PagePair = {
  name: 'app-release-rollout',
  v1: releaseV1,
  v2: releaseV2,
  targets: [
    { selector: '#rollout-pct', expect: '#staged-percentage', change: 'Rollout percentage → Roll out to' },
    { selector: '#halt-rollout', expect: 'button.danger', change: 'Halt rollout → Pause rollout' },
    {
      selector: '#notes-en',
      expect: '#whatsnew-en-US',
      change: 'label shortened to the locale code, id renamed',
    },
    { selector: '#release-name', expect: '#rel-name', change: 'id renamed, section moved below rollout' },
    {
      selector: '#discard-release',
      expect: 'button[role="menuitem"]:nth-of-type(2)',
      change: 'Discard release → Delete draft release, moved into a ⋯ menu',
    },
    {
      selector: '#start-rollout',
      expect: 'button.primary',
      change: 'Start rollout to Production → Review release',
    },
    { selector: '#internal-test', expect: null, change: 'testing releases moved to their own page' },
    { selector: '#manage-countries', expect: null, change: 'countries link removed from this page' },
  ],
};

/** Blind corpus 8. */
export const BLIND8_PAIRS: readonly PagePair[] = [
  stallPair,
  printPair,
  coffeePair,
  theatrePair,
  pocketPair,
  reviewPair,
  fibrePair,
  tipPair,
  posPair,
  segmentPair,
  cdnPair,
  l10nPair,
  fuelPair,
  poolPair,
  movesPair,
  spaPair,
  paperPair,
  aqPair,
  podPair,
  gardenPair,
  itPair,
  hallPair,
  radioPair,
  releasePair,
];
