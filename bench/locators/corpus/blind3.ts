/**
 * Blind corpus 3, written without looking at the matcher: museum ticketing,
 * public transport journey planner, language-learning lesson, container
 * registry, farm dashboard, hospital bed board, freight quote, loyalty wallet,
 * city building permit, whiteboard toolbar, sports club membership, academic
 * manuscript submission, domain registrar cart, home-insurance claim, mobile
 * plan change, pet adoption, audio mixer, solar quote, returns portal, kitchen
 * display, airline seat map, VPN client settings, router admin and community
 * volunteer sign-up.
 */
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- museum tickets

const museumV1 = page(
  'Book tickets — Harbourside Museum',
  `<header><a href="/" class="logo">Harbourside Museum</a><nav><a href="/visit">Visit</a><a href="/exhibitions">Exhibitions</a><a href="/collection">Collection</a><a href="/membership">Membership</a><a href="/shop">Shop</a></nav><a href="/members/login" id="member-signin">Member sign in</a></header>
<main><h1>Book your visit</h1>
<p class="muted">Entry to the permanent galleries is free for members. Booking is required for all visitors at weekends and during school holidays.</p>
<section><h2>1. Choose a date and time</h2>
<label for="visit-date">Date of visit</label> <input type="date" id="visit-date" name="date" value="2025-06-14">
<fieldset><legend>Entry time</legend>
<label><input type="radio" name="slot" id="slot-1000" value="10:00"> 10:00</label>
<label><input type="radio" name="slot" id="slot-1130" value="11:30"> 11:30</label>
<label><input type="radio" name="slot" id="slot-1300" value="13:00"> 13:00</label>
<label><input type="radio" name="slot" id="slot-1430" value="14:30"> 14:30</label>
<label><input type="radio" name="slot" id="slot-1600" value="16:00"> 16:00 (last entry)</label>
</fieldset></section>
<section><h2>2. Tickets</h2>
<table class="tickets"><tr><th>Ticket</th><th>Price</th><th>Quantity</th></tr>
<tr><td>Adult</td><td>£18.00</td><td><input type="number" id="qty-adult" name="qty_adult" min="0" value="2"></td></tr>
<tr><td>Concession (students, over 65s)</td><td>£14.00</td><td><input type="number" id="qty-concession" name="qty_concession" min="0" value="0"></td></tr>
<tr><td>Child (5–15)</td><td>£9.00</td><td><input type="number" id="qty-child" name="qty_child" min="0" value="1"></td></tr>
<tr><td>Under 5</td><td>Free</td><td><input type="number" id="qty-infant" name="qty_infant" min="0" value="0"></td></tr>
</table></section>
<section><h2>3. Extras</h2>
<label class="row"><input type="checkbox" id="addon-audio" name="addons" value="audio"> Audio guide (£4.00)</label>
<label class="row"><input type="checkbox" id="addon-tides" name="addons" value="tides"> Tides of Empire special exhibition (£8.00)</label>
<label class="row"><input type="checkbox" id="addon-guidebook" name="addons" value="guidebook"> Souvenir guidebook (£12.00)</label>
</section>
<label class="row"><input type="checkbox" id="gift-aid" name="giftAid"> Yes, I am a UK taxpayer and want to Gift Aid my admission</label>
<div class="row"><strong>Total: <span id="order-total">£45.00</span></strong><button type="button" id="continue-payment" class="btn btn-primary">Continue to payment</button><a href="/visit" class="muted">Cancel</a></div>
</main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/faq">Visitor FAQs</a> · Registered charity no. 1098234</footer>`,
);

const museumV2 = page(
  'Tickets — Harbourside Museum',
  `<header><a href="/" class="logo">Harbourside</a><nav><a href="/visit">Plan your visit</a><a href="/exhibitions">What's on</a><a href="/collection">Collection</a><a href="/membership">Become a member</a><a href="/shop">Shop</a></nav></header>
<main><h1>Tickets</h1>
<p class="muted">Members go free. Please book ahead for weekends and school holidays.</p>
<div class="grid"><section class="when"><h2>When are you visiting?</h2>
<label for="date">Date</label> <input type="date" id="date" name="date" value="2025-06-14">
<div class="slots row" role="group" aria-label="Arrival time">
<button type="button" class="slot" data-time="10:00">10:00</button>
<button type="button" class="slot" data-time="11:30">11:30</button>
<button type="button" class="slot" data-time="13:00">13:00</button>
<button type="button" class="slot" data-time="14:30">14:30</button>
<button type="button" class="slot" data-time="15:30">15:30 · last entry</button>
</div></section>
<section class="who"><h2>Who's coming?</h2>
<div class="card ticket-type"><h3>Adult</h3><span class="price">£18</span><div class="row stepper"><button type="button" aria-label="Remove an adult ticket">−</button><input type="number" name="qty_adult" aria-label="Adults" min="0" value="2"><button type="button" aria-label="Add an adult ticket">+</button></div></div>
<div class="card ticket-type"><h3>Reduced</h3><p class="muted">Students, 65+, disabled visitors</p><span class="price">£14</span><div class="row stepper"><button type="button" aria-label="Remove a reduced ticket">−</button><input type="number" name="tickets_reduced" aria-label="Reduced" min="0" value="0"><button type="button" aria-label="Add a reduced ticket">+</button></div></div>
<div class="card ticket-type"><h3>Child</h3><p class="muted">Ages 5 to 15. Under 5s go free.</p><span class="price">£9</span><div class="row stepper"><button type="button" aria-label="Remove a child ticket">−</button><input type="number" name="qty_child" aria-label="Children" min="0" value="1"><button type="button" aria-label="Add a child ticket">+</button></div></div>
</section></div>
<section class="extras"><h2>Make the most of your visit</h2>
<label class="row"><input type="checkbox" id="extra-tides" name="addons" value="tides"> Tides of Empire exhibition · £8</label>
<label class="row"><input type="checkbox" id="extra-multimedia" name="addons" value="multimedia"> Multimedia guide on your phone · £4</label>
<label class="row"><input type="checkbox" id="extra-catalogue" name="addons" value="catalogue"> Exhibition catalogue · £15</label>
</section>
<label class="row"><input type="checkbox" id="giftaid" name="giftAid"> Add Gift Aid at no extra cost to you (UK taxpayers)</label>
<div class="row summary"><strong>Total <span class="total">£45.00</span></strong><button type="button" class="checkout-cta">Go to checkout</button></div>
</main>
<footer><a href="/members/login">Members: log in</a> · <a href="/accessibility">Accessibility</a> · <a href="/faq">FAQs</a> · Registered charity no. 1098234</footer>`,
);

const museumPair: PagePair = {
  name: 'museum-tickets',
  v1: museumV1,
  v2: museumV2,
  targets: [
    {
      selector: '#qty-adult',
      expect: 'input[name="qty_adult"]',
      change: 'table row became a card with a stepper, id removed',
    },
    {
      selector: '#qty-concession',
      expect: 'input[name="tickets_reduced"]',
      change: 'Concession renamed Reduced, id and name changed',
    },
    {
      selector: '#slot-1130',
      expect: 'button[data-time="11:30"]',
      change: 'radio turned into a time-slot button',
    },
    { selector: '#slot-1600', expect: null, change: '16:00 slot withdrawn, 15:30 last entry in its place' },
    {
      selector: '#addon-audio',
      expect: '#extra-multimedia',
      change: 'Audio guide relabeled Multimedia guide, list reordered',
    },
    {
      selector: '#addon-guidebook',
      expect: null,
      change: 'guidebook dropped, exhibition catalogue added in its place',
    },
    {
      selector: '#continue-payment',
      expect: 'button.checkout-cta',
      change: 'Continue to payment → Go to checkout',
    },
  ],
};

// ---------------------------------------------------------------- journey planner

const journeyV1 = page(
  'Journey planner — Metrolink',
  `<header><a href="/" class="logo">Metrolink</a><nav><a href="/plan" class="active">Plan a journey</a><a href="/status">Service status</a><a href="/fares">Fares &amp; tickets</a><a href="/maps">Maps</a></nav></header>
<main><h1>Plan a journey</h1>
<form id="planner" class="planner" action="/plan">
<label for="from">From</label><input id="from" name="from" placeholder="Station, stop or address" value="Piccadilly Gardens">
<button type="button" id="swap-btn">Swap</button>
<label for="to">To</label><input id="to" name="to" placeholder="Station, stop or address" value="Salford Quays">
<label for="when">When</label><select id="when" name="when"><option>Leave now</option><option>Depart at</option><option>Arrive by</option></select>
<fieldset><legend>Travel by</legend>
<label class="row"><input type="checkbox" id="mode-bus" name="mode" value="bus" checked> Bus</label>
<label class="row"><input type="checkbox" id="mode-tram" name="mode" value="tram" checked> Tram</label>
<label class="row"><input type="checkbox" id="mode-train" name="mode" value="train" checked> Train</label>
<label class="row"><input type="checkbox" id="mode-ferry" name="mode" value="ferry"> Ferry</label>
</fieldset>
<fieldset><legend>Show me</legend>
<label class="row"><input type="radio" id="pref-fastest" name="pref" value="fastest" checked> Fastest routes</label>
<label class="row"><input type="radio" id="pref-changes" name="pref" value="changes"> Fewer changes</label>
<label class="row"><input type="radio" id="pref-walking" name="pref" value="walking"> Less walking</label>
</fieldset>
<label class="row"><input type="checkbox" id="step-free" name="stepFree"> Step-free access only</label>
<button type="submit" id="plan-btn">Plan journey</button>
</form>
<section class="results"><h2>Suggested journeys</h2>
<div class="card journey" id="journey-1"><strong>08:02 → 08:31</strong> <span>29 min · Tram</span> <button class="btn-details">Details</button> <a href="/fares?j=1">Tickets</a></div>
<div class="card journey" id="journey-2"><strong>08:14 → 08:40</strong> <span>26 min · Bus 50</span> <button class="btn-details">Details</button> <a href="/fares?j=2">Tickets</a></div>
<div class="card journey" id="journey-3"><strong>08:20 → 08:55</strong> <span>35 min · Train, Tram · 1 change</span> <button class="btn-details">Details</button> <a href="/fares?j=3">Tickets</a></div>
</section>
<aside><h3>Recent searches</h3><ul><li><a href="/plan?from=Victoria&to=Etihad">Victoria to Etihad Campus</a></li><li><a href="/plan?from=Altrincham&to=Deansgate">Altrincham to Deansgate</a></li></ul></aside>
</main><footer>Live times provided by Metrolink Open Data.</footer>`,
);

const journeyV2 = page(
  'Journey planner — Metrolink',
  `<header><a href="/" class="logo">Metrolink</a><nav><a href="/plan" class="active">Journey planner</a><a href="/status">Live status</a><a href="/fares">Tickets</a><a href="/maps">Maps</a></nav></header>
<main><h1>Where to?</h1>
<form class="planner planner--v2" action="/plan">
<div class="row"><input id="origin" name="from" aria-label="From" placeholder="Station, stop or address" value="Piccadilly Gardens">
<button type="button" class="icon-btn" aria-label="Swap origin and destination" title="Swap">⇅</button>
<input id="destination" name="to" aria-label="To" placeholder="Station, stop or address" value="Salford Quays"></div>
<div class="row"><select id="time-mode" name="when" aria-label="Time"><option>Leave now</option><option>Depart at</option><option>Arrive by</option></select></div>
<div class="row chips" role="group" aria-label="Modes">
<button type="button" class="chip" data-mode="bus" aria-pressed="true">Bus</button>
<button type="button" class="chip" data-mode="train" aria-pressed="true">Rail</button>
<button type="button" class="chip" data-mode="tram" aria-pressed="true">Tram</button>
</div>
<fieldset><legend>Route preference</legend>
<label class="row"><input type="radio" id="fastest" name="pref" value="fastest" checked> Fastest</label>
<label class="row"><input type="radio" id="fewest-changes" name="pref" value="changes"> Fewest changes</label>
<label class="row"><input type="radio" id="least-walking" name="pref" value="walking"> Least walking</label>
</fieldset>
<label class="row"><input type="checkbox" id="accessible-only" name="stepFree"> Step-free routes only (wheelchair accessible)</label>
<button type="submit" class="search-submit">Search</button>
</form>
<section class="results"><h2>Journeys</h2>
<div class="card journey-card" data-journey="0814"><strong>08:14 – 08:40</strong> <span>26 min · Bus 50</span> <button class="expand">Show details</button> <a href="/fares?j=2">Buy ticket</a></div>
<div class="card journey-card" data-journey="0802"><strong>08:02 – 08:31</strong> <span>29 min · Tram</span> <button class="expand">Show details</button> <a href="/fares?j=1">Buy ticket</a></div>
<div class="card journey-card" data-journey="0826"><strong>08:26 – 08:58</strong> <span>32 min · Tram</span> <button class="expand">Show details</button> <a href="/fares?j=4">Buy ticket</a></div>
</section>
<aside><h3>Recent</h3><ul><li><a href="/plan?from=Victoria&to=Etihad">Victoria → Etihad Campus</a></li><li><a href="/plan?from=Altrincham&to=Deansgate">Altrincham → Deansgate</a></li></ul></aside>
</main><footer>Live times provided by Metrolink Open Data.</footer>`,
);

const journeyPair: PagePair = {
  name: 'journey-planner',
  v1: journeyV1,
  v2: journeyV2,
  targets: [
    {
      selector: '#swap-btn',
      expect: 'button[aria-label="Swap origin and destination"]',
      change: 'text button turned into an icon button',
    },
    {
      selector: '#mode-tram',
      expect: 'button[data-mode="tram"]',
      change: 'checkbox turned into a toggle chip, reordered',
    },
    { selector: '#mode-ferry', expect: null, change: 'ferry mode withdrawn' },
    { selector: '#step-free', expect: '#accessible-only', change: 'renamed id, longer label' },
    { selector: '#plan-btn', expect: 'button.search-submit', change: 'Plan journey → Search, id removed' },
    {
      selector: '#journey-2 .btn-details',
      expect: '[data-journey="0814"] button',
      change: 'results reordered, ids removed, Details → Show details',
    },
    {
      selector: '#journey-3 a',
      expect: null,
      change: 'the 08:20 journey dropped from results, a later tram added',
    },
  ],
};

// ---------------------------------------------------------------- language lesson

const lessonV1 = page(
  'Spanish · Unit 4 — Habla',
  `<header><a href="/learn" class="logo">Habla</a><nav><a href="/learn">Learn</a><a href="/practice">Practice</a><a href="/leaderboard">Leaderboard</a><a href="/shop">Shop</a></nav><span id="streak-count">12 day streak</span><span id="hearts">5 hearts left</span></header>
<main><p class="muted">Spanish · Unit 4: At the market · Lesson 3 of 6</p>
<progress id="lesson-progress" max="15" value="6"></progress>
<h1>Translate this sentence</h1>
<div class="row"><button type="button" id="audio-play">Play audio</button><button type="button" id="audio-slow">Slow audio</button><p class="prompt">"I would like two kilos of tomatoes, please."</p></div>
<textarea id="answer" name="answer" rows="3" placeholder="Type in Spanish"></textarea>
<div class="word-bank row">
<button type="button" id="word-1" class="word">quisiera</button>
<button type="button" id="word-2" class="word">dos</button>
<button type="button" id="word-3" class="word">kilos</button>
<button type="button" id="word-4" class="word">de</button>
<button type="button" id="word-5" class="word">tomates</button>
<button type="button" id="word-6" class="word">por favor</button>
<button type="button" id="word-7" class="word">mercado</button>
</div>
<p><button type="button" id="toggle-keyboard" class="link">Use keyboard</button> · <button type="button" id="show-hint">Show hint</button></p>
<div class="row footer-actions"><button type="button" id="skip-btn">Skip</button><button type="button" id="btn-check" class="btn-primary">Check</button></div>
<p class="muted"><a href="/guidebook/unit-4" id="tips-link">Unit 4 tips</a> · <a href="/report?item=u4l3e7" id="report-link">Report a problem</a></p>
<aside class="card"><h3>New words</h3><ul><li>el mercado — the market</li><li>quisiera — I would like</li><li>el kilo — kilo</li><li>los tomates — tomatoes</li><li>la fruta — fruit</li><li>¿cuánto cuesta? — how much is it?</li></ul></aside>
</main>`,
);

const lessonV2 = page(
  'Spanish · Unit 4 — Habla',
  `<header><a href="/learn" class="logo">Habla</a><nav><a href="/learn">Learn</a><a href="/practice">Practice</a><a href="/leaderboard">Leagues</a><a href="/shop">Shop</a></nav><span class="streak" title="Day streak">🔥 12</span><span class="lives-count" title="Hearts">❤ 5</span></header>
<main><div class="row"><a href="/learn" aria-label="Quit lesson">✕</a><progress class="lesson-bar" max="15" value="6"></progress>
<div class="menu"><button type="button" aria-haspopup="menu" aria-label="More options">⋯</button><ul role="menu"><li role="menuitem"><a href="/guidebook/unit-4">Unit guidebook</a></li><li role="menuitem"><a href="/report?item=u4l3e7" class="menu-report">Report an issue</a></li></ul></div></div>
<h1>Write this in Spanish</h1>
<div class="row"><button type="button" class="speaker" aria-label="Play audio">🔊</button><button type="button" class="speaker speaker--slow" aria-label="Play slowly">🐢</button><p class="prompt">"I would like two kilos of tomatoes, please."</p></div>
<div class="tiles row">
<button type="button" class="tile" data-tile="tomates">tomates</button>
<button type="button" class="tile" data-tile="quisiera">quisiera</button>
<button type="button" class="tile" data-tile="mercado">mercado</button>
<button type="button" class="tile" data-tile="de">de</button>
<button type="button" class="tile" data-tile="por favor">por favor</button>
<button type="button" class="tile" data-tile="dos">dos</button>
<button type="button" class="tile" data-tile="kilos">kilos</button>
</div>
<textarea class="answer-box" name="answer" rows="3" placeholder="Type your answer"></textarea>
<p><button type="button" class="link">Use keyboard</button> · <a href="/guidebook/unit-4#phrases">Phrase list</a></p>
<div class="row footer-actions"><button type="button" class="cant-listen">Can't listen now</button><button type="button" class="btn-primary" data-action="check">Check answer</button></div>
<aside class="card"><h3>Words in this lesson</h3><ul><li>el mercado · the market</li><li>quisiera · I would like</li><li>el kilo · kilo</li><li>los tomates · tomatoes</li><li>la fruta · fruit</li><li>¿cuánto cuesta? · how much is it?</li></ul></aside>
</main>`,
);

const lessonPair: PagePair = {
  name: 'language-lesson',
  v1: lessonV1,
  v2: lessonV2,
  targets: [
    {
      selector: '#btn-check',
      expect: 'button[data-action="check"]',
      change: 'id removed, Check → Check answer',
    },
    {
      selector: '#audio-slow',
      expect: 'button[aria-label="Play slowly"]',
      change: 'text button turned into a turtle icon',
    },
    {
      selector: '#skip-btn',
      expect: null,
      change: "Skip removed, a different Can't listen now button in its place",
    },
    { selector: '#word-7', expect: 'button[data-tile="mercado"]', change: 'word bank shuffled, ids removed' },
    { selector: '#report-link', expect: 'a.menu-report', change: 'moved into an overflow menu, relabeled' },
    {
      selector: '#show-hint',
      expect: null,
      change: 'hints removed from this exercise type, a phrase list link beside it',
    },
    { selector: '#hearts', expect: '.lives-count', change: 'text 5 hearts left → heart icon and number' },
  ],
};

// ---------------------------------------------------------------- container registry

const IMAGES = [
  ['latest', '9f2c…41ad', '142 MB', '2 hours ago'],
  ['2.14.0', '9f2c…41ad', '142 MB', '2 hours ago'],
  ['2.13.2', '07be…c3d0', '141 MB', '6 days ago'],
  ['2.13.1', 'a4e1…88f2', '141 MB', '9 days ago'],
  ['2.12.0', '5d90…17ab', '138 MB', '1 month ago'],
] as const;

const registryV1 = page(
  'acme/payments-api — Harbor Cloud Registry',
  `<header><a href="/" class="logo">Harbor Cloud</a><nav><a href="/repositories" class="active">Repositories</a><a href="/robots">Robot accounts</a><a href="/audit">Audit log</a></nav><a href="/account">rachel.ng</a></header>
<main><p class="muted"><a href="/repositories">Repositories</a> / acme / payments-api</p>
<h1>acme/payments-api</h1>
<div class="row tabs"><a href="/r/acme/payments-api/tags" id="tab-tags" class="active">Tags</a><a href="/r/acme/payments-api/vulnerabilities" id="tab-vulns">Vulnerabilities</a><a href="/r/acme/payments-api/webhooks" id="tab-hooks">Webhooks</a><a href="/r/acme/payments-api/settings" id="tab-settings">Settings</a></div>
<div class="card row"><code id="pull-cmd">docker pull registry.harbor.cloud/acme/payments-api:latest</code><button type="button" id="copy-pull">Copy</button></div>
<div class="row"><input type="search" id="filter-tags" placeholder="Filter tags"><label class="row"><input type="checkbox" id="show-untagged"> Show untagged manifests</label><a href="/r/acme/payments-api/retention" id="retention-link">Retention policy</a></div>
<table class="tags"><tr><th><input type="checkbox" id="select-all" aria-label="Select all"></th><th>Tag</th><th>Digest</th><th>Size</th><th>Pushed</th><th></th></tr>
${IMAGES.map(
  ([tag, digest, size, when]) =>
    `<tr data-tag="${tag}"><td><input type="checkbox" aria-label="Select ${tag}"></td><td>${tag}</td><td><code>sha256:${digest}</code></td><td>${size}</td><td>${when}</td><td><button class="btn-copy">Copy digest</button> <button class="btn-delete">Delete</button></td></tr>`,
).join('\n')}
</table>
<div class="row"><button type="button" id="bulk-delete" disabled>Delete selected</button><span class="muted">5 tags · 704 MB</span></div>
</main>`,
);

const registryV2 = page(
  'acme/payments-api — Harbor Cloud Registry',
  `<header><a href="/" class="logo">Harbor Cloud</a><nav><a href="/repositories" class="active">Repositories</a><a href="/robots">Robot accounts</a><a href="/audit">Audit log</a></nav><a href="/account">rachel.ng</a></header>
<main><p class="muted"><a href="/repositories">Repositories</a> / acme / payments-api</p>
<h1>acme/payments-api</h1>
<div class="row tabs"><a href="/r/acme/payments-api/tags" class="tab active">Images</a><a href="/r/acme/payments-api/security" class="tab">Security scan</a><a href="/r/acme/payments-api/activity" class="tab">Activity</a><a href="/r/acme/payments-api/settings" class="tab">Settings</a></div>
<div class="card row"><code class="pull">docker pull registry.harbor.cloud/acme/payments-api:latest</code><button type="button" class="icon-btn" aria-label="Copy pull command" title="Copy">⧉</button></div>
<div class="row"><input type="search" class="search" placeholder="Search tags and digests"><label class="row"><input type="checkbox" id="include-untagged"> Include untagged</label><a href="/r/acme/payments-api/settings/cleanup" class="cleanup-link">Cleanup policies</a></div>
<table class="tags"><tr><th><input type="checkbox" aria-label="Select all"></th><th>Tag</th><th>Digest</th><th>Size</th><th>Pushed</th><th></th></tr>
${IMAGES.slice(0, 4)
  .map(
    ([tag, digest, size, when]) =>
      `<tr data-tag="${tag}"><td><input type="checkbox" aria-label="Select ${tag}"></td><td>${tag}</td><td><code>sha256:${digest}</code></td><td>${size}</td><td>${when}</td><td><button class="icon-copy" aria-label="Copy digest of ${tag}">⧉</button> <button class="icon-delete" aria-label="Delete ${tag}">🗑</button></td></tr>`,
  )
  .join('\n')}
</table>
<div class="row"><button type="button" class="bulk" disabled>Delete selected</button><span class="muted">4 tags · 566 MB · untagged manifests are cleaned up after 7 days</span></div>
</main>`,
);

const registryPair: PagePair = {
  name: 'container-registry',
  v1: registryV1,
  v2: registryV2,
  targets: [
    {
      selector: '#tab-vulns',
      expect: 'a[href="/r/acme/payments-api/security"]',
      change: 'Vulnerabilities tab → Security scan, new href',
    },
    {
      selector: '#copy-pull',
      expect: 'button[aria-label="Copy pull command"]',
      change: 'Copy text button → icon',
    },
    { selector: '#tab-hooks', expect: null, change: 'Webhooks tab removed, an Activity tab in its place' },
    { selector: '#show-untagged', expect: '#include-untagged', change: 'renamed id, shorter label' },
    {
      selector: 'tr[data-tag="2.13.1"] .btn-delete',
      expect: 'button[aria-label="Delete 2.13.1"]',
      change: 'row actions became icon buttons',
    },
    {
      selector: 'tr[data-tag="2.12.0"] .btn-delete',
      expect: null,
      change: 'tag 2.12.0 removed, look-alike rows remain',
    },
    {
      selector: '#retention-link',
      expect: 'a.cleanup-link',
      change: 'Retention policy → Cleanup policies, moved under settings',
    },
  ],
};

// ---------------------------------------------------------------- farm dashboard

const farmV1 = page(
  'Hollow Creek Farm — FieldSense',
  `<header><a href="/" class="logo">FieldSense</a><nav><a href="/overview" class="active">Overview</a><a href="/fields">Fields</a><a href="/livestock">Livestock</a><a href="/equipment">Equipment</a><a href="/reports">Reports</a></nav><a href="/account">Tom Hollis</a></header>
<main><div class="sidebar"><h3>Fields</h3>
<a href="/fields/north-paddock" id="field-north">North Paddock</a><br>
<a href="/fields/river-flats" id="field-river">River Flats</a><br>
<a href="/fields/orchard-block" id="field-orchard">Orchard Block</a><br>
<a href="/fields/east-40" id="field-east">East 40</a></div>
<section style="margin-left:220px"><h1>Hollow Creek Farm</h1>
<div class="grid3"><div class="card"><h3>Soil moisture</h3><p id="soil-moisture">23%</p><p class="muted">Below target (30%)</p></div>
<div class="card"><h3>Rainfall, last 7 days</h3><p>4.2 mm</p></div>
<div class="card"><h3>Forecast</h3><p>Dry until Thursday, max 27°C</p></div></div>
<div class="card"><h2>Irrigation</h2>
<label for="zone-select">Irrigation zone</label><select id="zone-select" name="zone"><option>Zone A — Orchard drip</option><option>Zone B — River Flats pivot</option><option>Zone C — Tunnel house</option></select>
<label for="duration">Duration (hours)</label><input id="duration" name="duration" type="number" value="2">
<div class="row"><button type="button" id="start-irrigation">Start irrigation</button><button type="button" id="schedule-irrigation">Schedule…</button></div></div>
<div class="card"><h2>Alerts</h2><ul class="alerts">
<li id="alert-frost">Frost risk tonight in Orchard Block <button class="ack">Acknowledge</button></li>
<li id="alert-pump">Pump 2 pressure low (1.1 bar) <button class="ack">Acknowledge</button></li>
<li id="alert-trough">Water trough 4 level below 20% <button class="ack">Acknowledge</button></li>
</ul></div>
<div class="card"><h2>Tasks</h2><form class="row" id="task-form"><input id="new-task" placeholder="Add a task, e.g. check fences"><button id="add-task">Add</button></form>
<ul><li><label><input type="checkbox"> Service tractor (due Friday)</label></li><li><label><input type="checkbox"> Order drench for ewes</label></li></ul></div>
<p><a href="/reports/overview.csv" id="export-csv">Export CSV</a> · <a href="/reports/print" id="print-report">Print</a></p>
</section></main>`,
);

const farmV2 = page(
  'Hollow Creek Farm — FieldSense',
  `<header><a href="/" class="logo">FieldSense</a><nav><a href="/overview" class="active">Overview</a><a href="/fields">Paddocks</a><a href="/livestock">Livestock</a><a href="/equipment">Machinery</a><a href="/reports">Reports</a></nav><a href="/account">Tom Hollis</a></header>
<main><h1>Hollow Creek Farm</h1>
<nav class="field-tabs"><a href="/fields/north-paddock" class="tab">North Paddock</a><a href="/fields/river-flats" class="tab">River Flats</a><a href="/fields/orchard-block" class="tab">Orchard Block</a><a href="/fields/east-40" class="tab">East Forty</a></nav>
<div class="grid3"><div class="card metric"><span class="label">Soil moisture</span><span class="value moisture-value">23%</span><span class="muted">Target 30%</span></div>
<div class="card metric"><span class="label">Rain (7 days)</span><span class="value">4.2 mm</span></div>
<div class="card metric"><span class="label">Forecast</span><span class="value">Dry until Thu · 27°C</span></div></div>
<div class="grid"><div class="card"><h2>Alerts</h2><ul class="alerts">
<li class="alert" data-alert="pump-pressure">Pump 2 pressure low (1.1 bar) <button class="seen">Mark as seen</button></li>
<li class="alert" data-alert="trough-4">Water trough 4 level below 20% <button class="seen">Mark as seen</button></li>
<li class="alert" data-alert="gate-7">Gate 7 left open since 06:40 <button class="seen">Mark as seen</button></li>
</ul></div>
<div class="card"><h2>Water</h2>
<label for="zone">Zone</label><select id="zone" name="zone"><option>Zone A — Orchard drip</option><option>Zone B — River Flats pivot</option><option>Zone C — Tunnel house</option></select>
<label for="run-minutes">Run time (minutes)</label><input id="run-minutes" name="minutes" type="number" value="120">
<div class="row"><button type="button" class="run-now">Run now</button><button type="button" class="schedule">Schedule</button></div></div></div>
<div class="card"><h2>To do</h2><form class="row"><input name="task" placeholder="New task"><button>Add task</button></form>
<ul><li><label><input type="checkbox"> Service tractor (due Friday)</label></li><li><label><input type="checkbox"> Order drench for ewes</label></li></ul></div>
<p><a href="/reports/overview.csv" class="dl-csv">Download CSV</a></p>
</main>`,
);

const farmPair: PagePair = {
  name: 'farm-dashboard',
  v1: farmV1,
  v2: farmV2,
  targets: [
    {
      selector: '#start-irrigation',
      expect: 'button.run-now',
      change: 'Start irrigation → Run now, card moved',
    },
    { selector: '#duration', expect: '#run-minutes', change: 'hours field became minutes, renamed' },
    { selector: '#alert-frost .ack', expect: null, change: 'frost alert gone, other alerts remain' },
    {
      selector: '#alert-pump .ack',
      expect: '[data-alert="pump-pressure"] button',
      change: 'Acknowledge → Mark as seen',
    },
    {
      selector: '#field-orchard',
      expect: 'a[href="/fields/orchard-block"]',
      change: 'sidebar links became tabs',
    },
    { selector: '#export-csv', expect: 'a.dl-csv', change: 'Export CSV → Download CSV' },
    { selector: '#print-report', expect: null, change: 'Print link dropped, Download CSV left beside it' },
  ],
};

// ---------------------------------------------------------------- hospital bed board

const BEDS = [
  [1, 'J.M.', 'Occupied', 'Today 14:00'],
  [2, 'R.A.', 'Occupied', 'Tomorrow'],
  [3, '—', 'Available', ''],
  [4, 'P.K.', 'Occupied', 'Thu'],
  [5, '—', 'Blocked', ''],
  [6, '—', 'Cleaning', ''],
  [7, 'D.O.', 'Occupied', 'Today 17:30'],
  [8, '—', 'Available', ''],
] as const;

const bedsV1 = page(
  'Ward 7B — Bed board',
  `<header><a href="/" class="logo">PatientFlow</a><nav><a href="/beds" class="active">Bed board</a><a href="/admissions">Admissions</a><a href="/discharges">Discharges</a><a href="/reports">Reports</a></nav><button id="print-handover">Print handover sheet</button></header>
<main><h1>Ward 7B — Acute Medicine</h1>
<div class="row"><label for="ward">Ward</label><select id="ward"><option>7A — Respiratory</option><option selected>7B — Acute Medicine</option><option>8 — Surgical</option></select>
<label class="row"><input type="checkbox" id="filter-occupied" checked> Occupied</label>
<label class="row"><input type="checkbox" id="filter-available" checked> Available</label>
<label class="row"><input type="checkbox" id="filter-cleaning" checked> Cleaning</label>
<label class="row"><input type="checkbox" id="filter-blocked" checked> Blocked</label></div>
<table class="beds"><tr><th>Bed</th><th>Patient</th><th>Status</th><th>Expected discharge</th><th>Actions</th></tr>
${BEDS.map(
  ([n, who, status, eta]) =>
    `<tr id="bed-${n}"><td>Bed ${n}</td><td>${who}</td><td>${status}</td><td>${eta}</td><td><button class="btn-assign">Assign</button> <button class="btn-clean">Mark clean</button> <button class="btn-transfer">Transfer</button></td></tr>`,
).join('\n')}
</table>
<section class="card"><h2>Admit patient</h2><form id="admit-form">
<label for="mrn">MRN</label><input id="mrn" name="mrn">
<label for="patient-name">Patient name</label><input id="patient-name" name="name">
<label for="consultant">Admitting consultant</label><select id="consultant" name="consultant"><option>Dr S. Patel</option><option>Dr L. Okafor</option><option>Dr H. Berg</option></select>
<button type="submit" id="admit-submit">Admit to bed</button></form></section>
</main>`,
);

const bedsV2 = page(
  'Ward 7B — Bed board',
  `<header><a href="/" class="logo">PatientFlow</a><nav><a href="/beds" class="active">Beds</a><a href="/admissions">Admissions</a><a href="/discharges">Discharges</a><a href="/reports">Reports</a></nav><button class="icon-btn" aria-label="Print handover" title="Print handover">🖨</button></header>
<main><h1>7B Acute Medicine</h1>
<div class="row"><select name="ward" aria-label="Ward"><option>7A — Respiratory</option><option selected>7B — Acute Medicine</option><option>8 — Surgical</option></select>
<label class="row"><input type="checkbox" id="show-occupied" checked> Occupied</label>
<label class="row"><input type="checkbox" id="show-free" checked> Free</label>
<label class="row"><input type="checkbox" id="show-cleaning" checked> Being cleaned</label></div>
<div class="grid3 bed-grid">
${BEDS.filter(([n]) => n !== 8)
  .map(
    ([n, who, status, eta]) =>
      `<div class="card bed" data-bed="${n}"><h3>Bed ${n}</h3><p>${who} · ${status === 'Available' ? 'Free' : status}${eta ? ` · home ${eta}` : ''}</p><div class="row"><button class="allocate">Allocate</button><button class="ready">Ready for use</button><button class="move">Move patient</button></div></div>`,
  )
  .join('\n')}
</div>
<section class="card"><h2>New admission</h2><form class="admit">
<label for="hospital-number">Hospital number (MRN)</label><input id="hospital-number" name="mrn">
<label for="full-name">Full name</label><input id="full-name" name="name">
<label for="admitting">Consultant</label><select id="admitting" name="consultant"><option>Dr S. Patel</option><option>Dr L. Okafor</option><option>Dr H. Berg</option></select>
<button type="submit" class="admit-btn">Admit patient</button></form></section>
</main>`,
);

const bedsPair: PagePair = {
  name: 'bed-board',
  v1: bedsV1,
  v2: bedsV2,
  targets: [
    {
      selector: '#bed-3 .btn-assign',
      expect: '[data-bed="3"] button.allocate',
      change: 'table became cards, Assign → Allocate',
    },
    {
      selector: '#bed-6 .btn-clean',
      expect: '[data-bed="6"] button.ready',
      change: 'Mark clean → Ready for use',
    },
    { selector: '#bed-8 .btn-transfer', expect: null, change: 'bed 8 closed, other beds keep Move patient' },
    { selector: '#filter-blocked', expect: null, change: 'Blocked status filter removed' },
    { selector: '#mrn', expect: '#hospital-number', change: 'renamed id, longer label' },
    { selector: '#admit-submit', expect: 'button.admit-btn', change: 'Admit to bed → Admit patient' },
    {
      selector: '#print-handover',
      expect: 'button[aria-label="Print handover"]',
      change: 'text button → printer icon',
    },
  ],
};

// ---------------------------------------------------------------- freight quote

const freightV1 = page(
  'Get a freight quote — Meridian Logistics',
  `<header><a href="/" class="logo">Meridian Logistics</a><nav><a href="/ocean">Ocean</a><a href="/air">Air</a><a href="/customs">Customs</a><a href="/track">Track a shipment</a></nav><a href="/login">Log in</a></header>
<main><h1>Instant freight quote</h1><p class="muted">Door-to-door and port-to-port rates from 40+ carriers. Quotes are valid for 7 days.</p>
<form id="quote-form" action="/quote">
<label for="origin">Origin (city or port)</label><input id="origin" name="origin" value="Shenzhen, CN">
<label for="destination">Destination (city or port)</label><input id="destination" name="destination" value="Rotterdam, NL">
<fieldset><legend>Shipment type</legend>
<label class="row"><input type="radio" id="type-fcl" name="mode" value="fcl" checked> Full container (FCL)</label>
<label class="row"><input type="radio" id="type-lcl" name="mode" value="lcl"> Shared container (LCL)</label>
<label class="row"><input type="radio" id="type-air" name="mode" value="air"> Air freight</label>
</fieldset>
<label for="container-size">Container size</label><select id="container-size" name="container"><option>20ft standard</option><option selected>40ft standard</option><option>40ft high cube</option></select>
<label for="weight">Total weight (kg)</label><input id="weight" name="weight" type="number" value="12000">
<label for="volume">Total volume (m³)</label><input id="volume" name="volume" type="number" value="58">
<label for="commodity">Commodity</label><input id="commodity" name="commodity" placeholder="e.g. furniture, electronics">
<label class="row"><input type="checkbox" id="hazardous" name="hazardous"> Hazardous goods</label>
<label for="incoterms">Incoterms</label><select id="incoterms" name="incoterm"><option>EXW</option><option selected>FOB</option><option>CIF</option><option>DAP</option><option>DDP</option></select>
<label class="row"><input type="checkbox" id="insurance" name="insurance"> Add cargo insurance</label>
<label class="row"><input type="checkbox" id="customs" name="customs"> I need customs clearance</label>
<div class="row"><button type="submit" id="get-quote">Get quote</button><a href="/quote/draft" id="save-draft">Save draft</a></div>
</form>
<p>Moving more than 50 containers a year? <a href="/contact/sales" id="contact-sales">Talk to our sales team</a></p>
</main><footer>Meridian Logistics Ltd · <a href="/terms">Terms of carriage</a></footer>`,
);

const freightV2 = page(
  'Freight quote — Meridian Logistics',
  `<header><a href="/" class="logo">Meridian</a><nav><a href="/ocean">Ocean freight</a><a href="/air">Air freight</a><a href="/customs">Customs brokerage</a><a href="/track">Tracking</a></nav><a href="/login">Sign in</a></header>
<main><h1>Get rates in seconds</h1><p class="muted">Compare door-to-door and port-to-port rates from 40+ carriers.</p>
<form class="quote" action="/quote">
<section><h2>Route</h2><div class="grid">
<label>From <input name="origin" value="Shenzhen, CN"></label>
<label>To <input name="destination" value="Rotterdam, NL"></label></div></section>
<section><h2>Cargo</h2>
<div class="row" role="tablist" aria-label="Shipment type">
<button type="button" role="tab" data-mode="fcl" aria-selected="true">FCL</button>
<button type="button" role="tab" data-mode="lcl" aria-selected="false">LCL</button>
<button type="button" role="tab" data-mode="air" aria-selected="false">Air</button>
</div>
<label for="equipment">Equipment</label><select id="equipment" name="container"><option>20' standard</option><option selected>40' standard</option><option>40' high cube</option></select>
<div class="grid"><label for="gross-weight-kg">Gross weight (kg)</label><input id="gross-weight-kg" name="weight" type="number" value="12000">
<label for="cbm">Volume (CBM)</label><input id="cbm" name="volume" type="number" value="58"></div>
<label for="goods">What are you shipping?</label><input id="goods" name="commodity" placeholder="Furniture, electronics, textiles…">
<label class="row"><input type="checkbox" id="dangerous-goods" name="dg"> Contains dangerous goods (DG)</label></section>
<section><h2>Services</h2>
<label for="terms-of-sale">Delivery terms (Incoterms®)</label><select id="terms-of-sale" name="incoterm"><option>EXW</option><option selected>FOB</option><option>CIF</option><option>DAP</option><option>DDP</option></select>
<label class="row"><input type="checkbox" role="switch" id="cargo-insurance" name="insurance"> Cargo insurance</label>
<label class="row"><input type="checkbox" role="switch" id="clearance" name="customs"> Customs clearance</label></section>
<button type="submit" class="see-rates">See rates</button>
</form>
<p>Shipping 50+ containers a year? <a href="/contact/sales">Get a volume quote</a></p>
</main><footer>Meridian Logistics Ltd · <a href="/terms">Terms of carriage</a></footer>`,
);

const freightPair: PagePair = {
  name: 'freight-quote',
  v1: freightV1,
  v2: freightV2,
  targets: [
    {
      selector: '#type-lcl',
      expect: 'button[data-mode="lcl"]',
      change: 'radio turned into a segmented tab, label shortened to LCL',
    },
    {
      selector: '#hazardous',
      expect: '#dangerous-goods',
      change: 'Hazardous goods → Contains dangerous goods (DG), name changed',
    },
    {
      selector: '#incoterms',
      expect: 'select[name="incoterm"]',
      change: 'renamed id, longer label, moved to Services',
    },
    { selector: '#get-quote', expect: 'button.see-rates', change: 'Get quote → See rates' },
    { selector: '#save-draft', expect: null, change: 'Save draft link dropped' },
    {
      selector: '#contact-sales',
      expect: 'a[href="/contact/sales"]',
      change: 'id removed, relabeled Get a volume quote',
    },
  ],
};

// ---------------------------------------------------------------- loyalty wallet

const walletV1 = page(
  'My rewards — FreshMart',
  `<header><a href="/" class="logo">FreshMart</a><nav><a href="/groceries">Groceries</a><a href="/offers">Offers</a><a href="/rewards" class="active">Rewards</a><a href="/recipes">Recipes</a></nav><a href="/basket">Basket (3)</a></header>
<main><h1>My rewards</h1>
<div class="grid"><div class="card"><h3>Points balance</h3><p id="points-balance">2,340 points</p><p class="muted">Worth £23.40 at the till</p></div>
<div class="card"><h3>Your tier</h3><p id="tier">Silver</p><p class="muted">660 points to Gold</p></div></div>
<h2>Your coupons</h2>
<div class="card coupon" id="coupon-5off"><h3>£5 off when you spend £30</h3><p class="muted">Expires 30 June</p><button class="apply">Apply to basket</button></div>
<div class="card coupon" id="coupon-coffee"><h3>Free barista coffee</h3><p class="muted">In-store café only · Expires 21 June</p><button class="apply">Apply to basket</button></div>
<div class="card coupon" id="coupon-home"><h3>20% off homeware</h3><p class="muted">Expires 2 July</p><button class="apply">Apply to basket</button></div>
<div class="card coupon" id="coupon-double"><h3>Double points weekend</h3><p class="muted">Saturday and Sunday</p><button class="activate">Activate</button></div>
<h2>Have a code?</h2>
<form class="row" id="code-form"><input id="promo-code" name="code" placeholder="Enter code"><button type="submit" id="redeem-btn">Redeem</button></form>
<div class="row"><button type="button" id="link-card">Link a new card</button><a href="/rewards/history" id="history-link">Points history</a></div>
<p>Invite a friend and you both get 500 points: <button type="button" id="copy-referral">Copy invite link</button></p>
</main><footer><a href="/rewards/terms">Rewards terms</a></footer>`,
);

const walletV2 = page(
  'Rewards — FreshMart',
  `<header><a href="/" class="logo">FreshMart</a><nav><a href="/groceries">Shop</a><a href="/offers">Offers</a><a href="/rewards" class="active">Rewards</a><a href="/recipes">Recipes</a></nav><a href="/basket">Basket (3)</a></header>
<main><div class="card hero"><span class="muted">You have</span> <strong class="balance-value">2,340 pts</strong> <span class="muted">= £23.40</span> <span class="badge tier-badge">Silver</span></div>
<div class="row"><a href="/rewards/history">Activity</a><a href="/rewards/cards/new" class="add-card">Add a loyalty card</a></div>
<h2>Offers for you</h2>
<div class="grid">
<div class="card offer" data-offer="double-points"><h3>Double points this weekend</h3><p class="muted">Sat–Sun</p><button class="use">Turn on</button></div>
<div class="card offer" data-offer="5off30"><h3>£5 off a £30 shop</h3><p class="muted">Ends 30 June</p><button class="use">Use now</button></div>
<div class="card offer" data-offer="pastry"><h3>Free pastry with any hot drink</h3><p class="muted">In-store café · Ends 21 June</p><button class="use">Use now</button></div>
<div class="card offer" data-offer="home20"><h3>20% off homeware</h3><p class="muted">Ends 2 July</p><button class="use">Use now</button></div>
</div>
<form class="row"><input name="code" placeholder="Promo or voucher code" aria-label="Promo code"><button type="submit" class="add-code">Add</button></form>
<p>Give 500, get 500. <button type="button" class="share-invite">Share your invite</button></p>
</main><footer><a href="/rewards/terms">Rewards terms</a></footer>`,
);

const walletPair: PagePair = {
  name: 'loyalty-wallet',
  v1: walletV1,
  v2: walletV2,
  targets: [
    {
      selector: '#points-balance',
      expect: '.balance-value',
      change: 'balance moved into a hero strip, text shortened',
    },
    {
      selector: '#coupon-5off .apply',
      expect: '[data-offer="5off30"] button',
      change: 'offers reordered, Apply to basket → Use now',
    },
    { selector: '#coupon-coffee .apply', expect: null, change: 'coffee coupon replaced by a pastry coupon' },
    {
      selector: '#coupon-double .activate',
      expect: '[data-offer="double-points"] button',
      change: 'Activate → Turn on, moved first',
    },
    { selector: '#redeem-btn', expect: 'button.add-code', change: 'Redeem → Add' },
    {
      selector: '#link-card',
      expect: 'a.add-card',
      change: 'button became a link, Link a new card → Add a loyalty card',
    },
  ],
};

// ---------------------------------------------------------------- building permit

const permitV1 = page(
  'Apply for a building permit — City of Fairhaven',
  `<header><a href="/" class="logo">City of Fairhaven</a><nav><a href="/permits" class="active">Permits</a><a href="/inspections">Inspections</a><a href="/zoning">Zoning</a><a href="/pay">Pay a bill</a></nav><a href="/account">My applications</a></header>
<main><h1>Residential building permit</h1><p class="muted">Most applications are reviewed within 15 business days.</p>
<form id="permit-form" action="/permits/apply">
<label for="project-type">Project type</label><select id="project-type" name="type"><option>New build</option><option>Addition / extension</option><option>Renovation</option><option>Demolition</option><option>Deck or patio</option></select>
<label for="site-address">Site address</label><input id="site-address" name="address">
<label for="parcel">Parcel number</label><input id="parcel" name="parcel" placeholder="000-000-000">
<label for="est-cost">Estimated cost of work</label><input id="est-cost" name="cost" type="number">
<label for="description">Describe the work</label><textarea id="description" name="description" rows="4"></textarea>
<label for="contractor">Contractor licence number</label><input id="contractor" name="contractorLicense">
<label class="row"><input type="checkbox" id="owner-builder" name="ownerBuilder"> I am the owner-builder (no contractor)</label>
<label for="plans-upload">Upload site plan and drawings (PDF)</label><input type="file" id="plans-upload" name="plans" accept=".pdf">
<label class="row"><input type="checkbox" id="owner-consent" name="consent"> I am the owner or have the owner's written consent</label>
<p id="fee-estimate">Estimated permit fee: $412.00</p>
<div class="row"><button type="submit" id="submit-application">Submit application</button><button type="button" id="save-later">Save and finish later</button></div>
</form>
<p class="muted">Questions? <a href="/chat" id="help-chat">Chat with a permit technician</a> (Mon–Fri, 8am–4pm)</p>
</main><footer>City of Fairhaven · Community Development Department</footer>`,
);

const permitV2 = page(
  'Building permit application — City of Fairhaven',
  `<header><a href="/" class="logo">City of Fairhaven</a><nav><a href="/permits" class="active">Permits &amp; licences</a><a href="/inspections">Inspections</a><a href="/zoning">Planning &amp; zoning</a><a href="/pay">Payments</a></nav><a href="/account">My applications</a></header>
<main><aside class="card"><h3>Fees</h3><p class="fee-total">$412.00</p><p class="muted">Estimated. Final fee is set at plan review.</p><p>Need help? Call <a href="tel:311">311</a></p></aside>
<h1>Apply for a residential building permit</h1>
<form class="permit" action="/permits/apply">
<fieldset><legend>Property</legend>
<label for="address">Street address</label><input id="address" name="address">
<label for="apn">Assessor's parcel number (APN)</label><input id="apn" name="parcel" placeholder="000-000-000"></fieldset>
<fieldset><legend>Project</legend>
<label for="work-type">Type of work</label><select id="work-type" name="type"><option>New build</option><option>Addition / extension</option><option>Renovation</option><option>Deck or patio</option></select>
<label for="scope">Scope of work</label><textarea id="scope" name="description" rows="4"></textarea>
<label for="valuation">Project valuation ($)</label><input id="valuation" name="valuation" type="number"></fieldset>
<fieldset><legend>Who is doing the work</legend>
<label for="cslb">Contractor licence #</label><input id="cslb" name="contractorLicense">
<label class="row"><input type="checkbox" id="is-owner-builder" name="ownerBuilder"> I'm doing the work myself (owner-builder)</label></fieldset>
<fieldset><legend>Documents</legend>
<label for="drawings">Drawings (PDF)</label><input type="file" id="drawings" name="plans" accept=".pdf"></fieldset>
<label class="row"><input type="checkbox" id="consent-owner" name="consent"> I own this property or have the owner's written permission</label>
<div class="row"><button type="button" class="save-draft">Save draft</button><button type="submit" class="submit">Submit</button></div>
</form>
</main><footer>City of Fairhaven · Community Development Department</footer>`,
);

const permitPair: PagePair = {
  name: 'building-permit',
  v1: permitV1,
  v2: permitV2,
  targets: [
    { selector: '#parcel', expect: '#apn', change: "Parcel number → Assessor's parcel number (APN)" },
    {
      selector: '#est-cost',
      expect: '#valuation',
      change: 'Estimated cost of work → Project valuation, name changed',
    },
    { selector: '#owner-consent', expect: '#consent-owner', change: 'renamed id, reworded label' },
    {
      selector: '#save-later',
      expect: 'button.save-draft',
      change: 'Save and finish later → Save draft, moved left',
    },
    {
      selector: '#help-chat',
      expect: null,
      change: 'chat link removed, a 311 phone link in the sidebar instead',
    },
    {
      selector: '#fee-estimate',
      expect: '.fee-total',
      change: 'fee moved to a sidebar card, label split off',
    },
  ],
};

// ---------------------------------------------------------------- whiteboard toolbar

const boardV1 = page(
  'Q3 retro — Sketchboard',
  `<header><a href="/boards" class="logo">Sketchboard</a><input id="board-title" value="Q3 retro" aria-label="Board title"><span class="muted">Saved</span>
<div class="row avatars"><span class="badge" title="Priya Shah">PS</span><span class="badge" title="Leo Martin">LM</span><span class="badge" title="Ana Costa">AC</span></div>
<button id="present">Present</button><button id="share-board" class="btn-primary">Share</button></header>
<div class="toolbar row" id="toolbar">
<button id="tool-select" class="tool active">Select</button>
<button id="tool-hand" class="tool">Hand</button>
<button id="tool-pen" class="tool">Pen</button>
<button id="tool-highlighter" class="tool">Highlighter</button>
<button id="tool-eraser" class="tool">Eraser</button>
<button id="tool-sticky" class="tool">Sticky note</button>
<button id="tool-shape" class="tool">Shape</button>
<button id="tool-text" class="tool">Text</button>
<button id="tool-connector" class="tool">Connector</button>
<button id="tool-image" class="tool">Image</button>
<span class="sep">|</span>
<button id="undo">Undo</button><button id="redo">Redo</button>
<span class="sep">|</span>
<button id="zoom-out">−</button><span id="zoom-level">100%</span><button id="zoom-in">+</button>
<select id="export" aria-label="Export"><option>Export…</option><option>PNG</option><option>PDF</option><option>SVG</option></select>
</div>
<main><div class="canvas card" style="height:360px"><div class="card" style="width:140px;background:#fff7a8">What went well: shipped SSO</div><div class="card" style="width:140px;background:#ffd1d1">Flaky CI</div><p class="muted">Double-click anywhere to add a sticky note</p></div>
<p class="muted"><a href="/help/shortcuts" id="shortcuts">Keyboard shortcuts</a> · <a href="/templates">Templates</a></p></main>`,
);

const boardV2 = page(
  'Q3 retro — Sketchboard',
  `<header><a href="/boards" class="logo" aria-label="All boards">◧</a><input class="title-input" value="Q3 retro" aria-label="Board name"><span class="muted">All changes saved</span>
<div class="row avatars"><span class="badge" title="Priya Shah">PS</span><span class="badge" title="Leo Martin">LM</span><span class="badge" title="Ana Costa">AC</span></div>
<button class="present" aria-label="Present" title="Present">▶</button><button class="invite-btn btn-primary">Invite</button></header>
<div class="row">
<div class="toolbar row" role="toolbar" aria-label="Tools">
<button class="t" aria-label="Select" title="Select (V)" aria-pressed="true">↖</button>
<button class="t" aria-label="Pan" title="Pan (H)">✋</button>
<button class="t" aria-label="Pen" title="Pen (P)">✎</button>
<button class="t" aria-label="Eraser" title="Eraser (E)">⌫</button>
<button class="t" aria-label="Sticky note" title="Sticky note (N)">▤</button>
<button class="t" aria-label="Shapes" title="Shapes (S)">◯</button>
<button class="t" aria-label="Arrow" title="Arrow (A)">→</button>
<button class="t" aria-label="Type" title="Type (T)">T</button>
<button class="t" aria-label="Upload image" title="Upload image">🖼</button>
<button class="t" aria-label="Comment" title="Comment (C)">💬</button>
</div>
<div class="history row"><button aria-label="Undo" title="Undo (Ctrl+Z)">↶</button><button aria-label="Redo" title="Redo (Ctrl+Shift+Z)">↷</button></div>
</div>
<main><div class="canvas card" style="height:360px"><div class="card" style="width:140px;background:#fff7a8">What went well: shipped SSO</div><div class="card" style="width:140px;background:#ffd1d1">Flaky CI</div><p class="muted">Double-click anywhere to add a sticky note</p></div>
<div class="zoom row"><button aria-label="Zoom out">−</button><select class="zoom-select" aria-label="Zoom"><option>50%</option><option selected>100%</option><option>200%</option><option>Fit to screen</option></select><button aria-label="Zoom in">+</button>
<button class="export-btn">Download</button><a href="/help/shortcuts" aria-label="Keyboard shortcuts">⌨</a></div></main>`,
);

const boardPair: PagePair = {
  name: 'whiteboard-toolbar',
  v1: boardV1,
  v2: boardV2,
  targets: [
    {
      selector: '#tool-pen',
      expect: 'button[aria-label="Pen"]',
      change: 'text tool button → icon with aria-label',
    },
    { selector: '#tool-highlighter', expect: null, change: 'highlighter merged into the pen, button gone' },
    {
      selector: '#tool-connector',
      expect: 'button[aria-label="Arrow"]',
      change: 'Connector renamed Arrow, icon only',
    },
    {
      selector: '#zoom-in',
      expect: 'button[aria-label="Zoom in"]',
      change: 'moved to a bottom zoom bar, id removed',
    },
    { selector: '#share-board', expect: 'button.invite-btn', change: 'Share → Invite' },
    { selector: '#undo', expect: 'button[aria-label="Undo"]', change: 'text → curved-arrow icon' },
  ],
};

// ---------------------------------------------------------------- club membership

const PLANS_V1 = [
  ['junior', 'Junior (under 18)', '£12 / month'],
  ['adult', 'Adult', '£38 / month'],
  ['family', 'Family (2 adults + children)', '£79 / month'],
  ['offpeak', 'Off-peak (weekdays before 5pm)', '£24 / month'],
  ['social', 'Social (clubhouse and events only)', '£8 / month'],
] as const;

const clubV1 = page(
  'Join — Riverside Tennis & Squash Club',
  `<header><a href="/" class="logo">Riverside Tennis &amp; Squash</a><nav><a href="/courts">Book a court</a><a href="/coaching">Coaching</a><a href="/leagues">Leagues</a><a href="/join" class="active">Join</a></nav></header>
<main><h1>Become a member</h1><p class="muted">All memberships include free court booking up to 7 days ahead and member rates for coaching.</p>
<table class="plans"><tr><th>Membership</th><th>Price</th><th></th></tr>
${PLANS_V1.map(([id, label, price]) => `<tr id="plan-${id}"><td>${label}</td><td>${price}</td><td><button class="select-plan">Select</button></td></tr>`).join('\n')}
</table>
<form id="join-form">
<fieldset><legend>Pay</legend><label class="row"><input type="radio" name="freq" id="freq-monthly" value="monthly" checked> Monthly</label><label class="row"><input type="radio" name="freq" id="freq-annual" value="annual"> Annually (2 months free)</label></fieldset>
<label for="start-date">Start date</label><input type="date" id="start-date" name="start">
<div class="grid"><label>First name <input id="first-name" name="firstName"></label><label>Last name <input id="last-name" name="lastName"></label></div>
<label for="dob">Date of birth</label><input type="date" id="dob" name="dob">
<label for="phone">Mobile</label><input id="phone" name="phone" type="tel">
<label for="emergency-name">Emergency contact name</label><input id="emergency-name" name="emergencyName">
<label for="emergency-phone">Emergency contact phone</label><input id="emergency-phone" name="emergencyPhone" type="tel">
<label for="medical">Medical conditions we should know about</label><textarea id="medical" name="medical"></textarea>
<label class="row"><input type="checkbox" id="photo-consent" name="photos"> I'm happy to appear in club photos</label>
<button type="submit" id="join-btn">Join now</button>
</form></main>`,
);

const clubV2 = page(
  'Membership — Riverside Tennis & Squash Club',
  `<header><a href="/" class="logo">Riverside Tennis &amp; Squash</a><nav><a href="/courts">Courts</a><a href="/coaching">Coaching</a><a href="/leagues">Leagues &amp; ladders</a><a href="/join" class="active">Membership</a></nav></header>
<main><h1>Choose your membership</h1>
<div class="row billing-toggle" role="group" aria-label="Billing"><button type="button" data-billing="monthly" aria-pressed="true">Pay monthly</button><button type="button" data-billing="annual" aria-pressed="false">Pay yearly – 2 months free</button></div>
<div class="grid">
<div class="card plan" data-plan="adult"><h3>Adult</h3><p class="price">£38/mo</p><button class="choose">Choose Adult</button></div>
<div class="card plan" data-plan="family"><h3>Family</h3><p class="muted">2 adults and their children</p><p class="price">£79/mo</p><button class="choose">Choose Family</button></div>
<div class="card plan" data-plan="off-peak"><h3>Daytime</h3><p class="muted">Weekdays until 5pm</p><p class="price">£24/mo</p><button class="choose">Choose Daytime</button></div>
<div class="card plan" data-plan="junior"><h3>Junior</h3><p class="muted">Under 18</p><p class="price">£12/mo</p><button class="choose">Choose Junior</button></div>
</div>
<form class="member-details">
<h2>Your details</h2>
<div class="grid"><label>First name <input name="firstName"></label><label>Last name <input name="lastName"></label></div>
<label>Date of birth <input type="date" name="dob"></label>
<label>Mobile number <input name="phone" type="tel"></label>
<label>Membership starts <input type="date" name="start"></label>
<h2>In case of emergency</h2>
<div class="grid"><label>Contact name <input name="emergencyContactName"></label><label>Contact phone <input name="emergencyContactPhone" type="tel"></label></div>
<label>Anything our coaches should know? (injuries, conditions) <textarea name="medical"></textarea></label>
<label class="row"><input type="checkbox" id="consent-photos" name="photos"> You may use photos of me on the club website and social media</label>
<button type="submit" class="continue">Continue to payment</button>
</form></main>`,
);

const clubPair: PagePair = {
  name: 'club-membership',
  v1: clubV1,
  v2: clubV2,
  targets: [
    {
      selector: '#plan-adult .select-plan',
      expect: '[data-plan="adult"] button',
      change: 'table → cards, Select → Choose Adult',
    },
    {
      selector: '#plan-offpeak .select-plan',
      expect: '[data-plan="off-peak"] button',
      change: 'Off-peak renamed Daytime, cards reordered',
    },
    { selector: '#plan-social .select-plan', expect: null, change: 'social membership withdrawn' },
    {
      selector: '#freq-annual',
      expect: 'button[data-billing="annual"]',
      change: 'radio → toggle button, reworded',
    },
    { selector: '#photo-consent', expect: '#consent-photos', change: 'renamed id, longer label' },
    { selector: '#join-btn', expect: 'button.continue', change: 'Join now → Continue to payment' },
  ],
};

// ---------------------------------------------------------------- paper submission

const paperV1 = page(
  'Submit a manuscript — Journal of Applied Hydrology',
  `<header><a href="/" class="logo">JAH Editorial Manager</a><nav><a href="/author">Author centre</a><a href="/submissions">My submissions</a><a href="/guidelines">Guidelines</a></nav><a href="/logout">Log out</a></header>
<main><h1>New submission</h1><p class="muted">Step 2 of 3 · Manuscript details</p>
<form id="ms-form">
<label for="ms-title">Full title</label><input id="ms-title" name="title" value="Groundwater recharge under variable irrigation regimes">
<label for="article-type">Article type</label><select id="article-type" name="type"><option>Research article</option><option>Review</option><option>Technical note</option><option>Commentary</option></select>
<label for="abstract">Abstract (max 300 words)</label><textarea id="abstract" name="abstract" rows="5"></textarea>
<label for="keywords">Keywords (comma separated)</label><input id="keywords" name="keywords">
<h2>Authors</h2>
<table class="authors"><tr><th>Name</th><th>Affiliation</th><th>Corresponding</th><th></th></tr>
<tr id="author-1"><td>Maria Lindqvist</td><td>Uppsala University</td><td><input type="radio" name="corresponding" id="corresponding-1" value="1" checked></td><td><button type="button" class="remove">Remove</button></td></tr>
<tr id="author-2"><td>Wei Zhang</td><td>Hohai University</td><td><input type="radio" name="corresponding" id="corresponding-2" value="2"></td><td><button type="button" class="remove">Remove</button></td></tr>
<tr id="author-3"><td>Samuel Osei</td><td>KNUST</td><td><input type="radio" name="corresponding" id="corresponding-3" value="3"></td><td><button type="button" class="remove">Remove</button></td></tr>
</table>
<button type="button" id="add-author">Add author</button>
<label for="manuscript-file">Manuscript file (DOCX or LaTeX)</label><input type="file" id="manuscript-file" name="manuscript">
<label for="cover-letter">Cover letter</label><textarea id="cover-letter" name="cover" rows="3"></textarea>
<label for="reviewers">Suggested reviewers (name, email)</label><textarea id="reviewers" name="reviewers" rows="2"></textarea>
<label class="row"><input type="checkbox" id="coi" name="coi"> The authors declare no competing interests</label>
<div class="row"><button type="button" id="back-step">Back</button><button type="submit" id="submit-ms">Submit manuscript</button></div>
</form></main>`,
);

const paperV2 = edit(paperV1, [
  ['<p class="muted">Step 2 of 3 · Manuscript details</p>', '<p class="muted">Step 2 of 3 · Details</p>'],
  [
    '<label for="ms-title">Full title</label><input id="ms-title" name="title"',
    '<label for="title">Title</label><input id="title" name="title"',
  ],
  [
    '<label for="keywords">Keywords (comma separated)</label>',
    '<label for="running-title">Running title</label><input id="running-title" name="runningTitle">\n<label for="keywords">Keywords (comma separated)</label>',
  ],
  [
    '<label for="abstract">Abstract (max 300 words)</label><textarea id="abstract" name="abstract" rows="5"></textarea>',
    '<label for="summary">Abstract <span class="muted">(300 words max)</span></label><textarea id="summary" name="abstract" rows="5"></textarea>',
  ],
  ['<tr id="author-1">', '<tr>'],
  ['<tr id="author-2">', '<tr>'],
  ['<tr id="author-3">', '<tr>'],
  [' id="corresponding-1" value="1"', ' value="1"'],
  [' id="corresponding-2" value="2"', ' value="2"'],
  [' id="corresponding-3" value="3"', ' value="3"'],
  [
    '<button type="button" class="remove">Remove</button>',
    '<button type="button" class="icon" aria-label="Remove Maria Lindqvist">×</button>',
  ],
  [
    '<button type="button" class="remove">Remove</button>',
    '<button type="button" class="icon" aria-label="Remove Wei Zhang">×</button>',
  ],
  [
    '<button type="button" class="remove">Remove</button>',
    '<button type="button" class="icon" aria-label="Remove Samuel Osei">×</button>',
  ],
  [
    '<button type="button" id="add-author">Add author</button>',
    '<button type="button" class="add-coauthor">+ Add co-author</button>',
  ],
  [
    '<label for="reviewers">Suggested reviewers (name, email)</label><textarea id="reviewers" name="reviewers" rows="2"></textarea>\n',
    '',
  ],
  [
    '<input type="checkbox" id="coi" name="coi"> The authors declare no competing interests',
    '<input type="checkbox" id="conflict-of-interest" name="coi"> We have no conflicts of interest to declare',
  ],
  [
    '<button type="submit" id="submit-ms">Submit manuscript</button>',
    '<button type="submit" class="primary">Submit for review</button>',
  ],
]);

const paperPair: PagePair = {
  name: 'paper-submission',
  v1: paperV1,
  v2: paperV2,
  targets: [
    { selector: '#add-author', expect: 'button.add-coauthor', change: 'Add author → + Add co-author' },
    {
      selector: '#author-2 .remove',
      expect: 'button[aria-label="Remove Wei Zhang"]',
      change: 'row ids dropped, Remove → × icon',
    },
    {
      selector: '#corresponding-3',
      expect: 'input[name="corresponding"][value="3"]',
      change: 'radio ids removed',
    },
    { selector: '#reviewers', expect: null, change: 'suggested reviewers field removed' },
    { selector: '#coi', expect: '#conflict-of-interest', change: 'renamed id, declaration reworded' },
    {
      selector: '#submit-ms',
      expect: 'button[type="submit"]',
      change: 'Submit manuscript → Submit for review',
    },
  ],
};

// ---------------------------------------------------------------- domain registrar cart

const domainV1 = page(
  'Your cart — Namewell',
  `<header><a href="/" class="logo">Namewell</a><nav><a href="/domains">Domains</a><a href="/hosting">Hosting</a><a href="/email">Email</a><a href="/ssl">SSL</a></nav><a href="/cart" class="active">Cart (3)</a></header>
<main><h1>Your cart</h1>
<table class="cart"><tr><th>Domain</th><th>Term</th><th>Price</th><th></th></tr>
<tr id="item-brightleaf-io"><td>brightleaf.io</td><td><select id="term-brightleaf-io" name="term[brightleaf.io]"><option>1 year</option><option>2 years</option><option>5 years</option></select></td><td>£32.99</td><td><a href="#" id="remove-brightleaf-io" class="remove">Remove</a></td></tr>
<tr id="item-brightleaf-com"><td>brightleaf.com</td><td><select id="term-brightleaf-com" name="term[brightleaf.com]"><option>1 year</option><option>2 years</option><option>5 years</option></select></td><td>£9.99</td><td><a href="#" id="remove-brightleaf-com" class="remove">Remove</a></td></tr>
<tr id="item-brightleaf-dev"><td>brightleaf.dev</td><td><select id="term-brightleaf-dev" name="term[brightleaf.dev]"><option>1 year</option><option>2 years</option><option>5 years</option></select></td><td>£12.99</td><td><a href="#" id="remove-brightleaf-dev" class="remove">Remove</a></td></tr>
</table>
<h2>Protect and power your domains</h2>
<label class="row"><input type="checkbox" id="whois-privacy" name="privacy" checked> WHOIS privacy (free)</label>
<label class="row"><input type="checkbox" id="email-hosting" name="email"> Professional email — £3.00/month per mailbox</label>
<label class="row"><input type="checkbox" id="auto-renew" name="autoRenew" checked> Auto-renew my domains</label>
<h2>You might also like</h2>
<ul class="suggestions"><li id="suggest-app">brightleaf.app — £14.99 <button class="add">Add</button></li><li id="suggest-co">brightleaf.co — £24.99 <button class="add">Add</button></li><li id="suggest-shop">brightleaf.shop — £2.99 <button class="add">Add</button></li></ul>
<form class="row" id="promo-form"><input id="promo" name="promo" placeholder="Promo code"><button type="submit" id="promo-apply">Apply</button></form>
<div class="row"><strong>Total: £55.97</strong><button id="checkout-btn" class="btn-primary">Checkout</button><a href="/domains" id="continue-shopping">Continue shopping</a></div>
</main>`,
);

const domainV2 = page(
  'Cart — Namewell',
  `<header><a href="/" class="logo">Namewell</a><nav><a href="/domains">Domains</a><a href="/hosting">Web hosting</a><a href="/email">Email</a><a href="/ssl">Security</a></nav><a href="/cart" class="active" aria-label="Cart, 3 items">🛒 3</a></header>
<main><h1>Review your order</h1>
<div class="cart-items">
<div class="card row" data-domain="brightleaf.io"><strong>brightleaf.io</strong><select name="term[brightleaf.io]" aria-label="Registration period for brightleaf.io"><option>1 year</option><option>2 years</option><option>5 years</option></select><span>£32.99</span><button class="icon-btn" aria-label="Remove brightleaf.io">🗑</button></div>
<div class="card row" data-domain="brightleaf.com"><strong>brightleaf.com</strong><select name="term[brightleaf.com]" aria-label="Registration period for brightleaf.com"><option>1 year</option><option>2 years</option><option>5 years</option></select><span>£9.99</span><button class="icon-btn" aria-label="Remove brightleaf.com">🗑</button></div>
<div class="card row" data-domain="brightleaf.dev"><strong>brightleaf.dev</strong><select name="term[brightleaf.dev]" aria-label="Registration period for brightleaf.dev"><option>1 year</option><option>2 years</option><option>5 years</option></select><span>£12.99</span><button class="icon-btn" aria-label="Remove brightleaf.dev">🗑</button></div>
</div>
<div class="card"><label class="row"><input type="checkbox" id="privacy-protection" name="privacy" checked> Domain privacy protection <span class="badge">Included</span></label>
<label class="row"><input type="checkbox" role="switch" name="autoRenew" checked> Renew automatically so I never lose my domains</label></div>
<h2>Complete the set</h2>
<ul class="suggestions"><li data-suggest="brightleaf.co">brightleaf.co — £24.99 <button class="add-domain">Add to cart</button></li><li data-suggest="brightleaf.shop">brightleaf.shop — £2.99 <button class="add-domain">Add to cart</button></li><li data-suggest="brightleaf.net">brightleaf.net — £11.99 <button class="add-domain">Add to cart</button></li></ul>
<details open><summary>Have a promo code?</summary><form class="row"><input name="promo" placeholder="Enter code"><button type="submit" class="apply-promo">Apply code</button></form></details>
<div class="row"><a href="/domains">Keep shopping</a><strong>Total £55.97</strong><button class="btn-primary proceed">Proceed to payment</button></div>
</main>`,
);

const domainPair: PagePair = {
  name: 'domain-cart',
  v1: domainV1,
  v2: domainV2,
  targets: [
    {
      selector: '#term-brightleaf-com',
      expect: 'select[name="term[brightleaf.com]"]',
      change: 'table row → card, id removed',
    },
    {
      selector: '#remove-brightleaf-io',
      expect: 'button[aria-label="Remove brightleaf.io"]',
      change: 'Remove link → trash icon button',
    },
    {
      selector: '#whois-privacy',
      expect: '#privacy-protection',
      change: 'WHOIS privacy → Domain privacy protection',
    },
    { selector: '#email-hosting', expect: null, change: 'email upsell removed from cart' },
    {
      selector: '#auto-renew',
      expect: 'input[name="autoRenew"]',
      change: 'checkbox → switch, id removed, label reworded',
    },
    {
      selector: '#suggest-app .add',
      expect: null,
      change: '.app suggestion replaced by .net, other suggestions remain',
    },
    {
      selector: '#checkout-btn',
      expect: 'button.proceed',
      change: 'Checkout → Proceed to payment, moved right',
    },
  ],
};

// ---------------------------------------------------------------- home insurance claim

const claimV1 = page(
  'Make a claim — Hearth Home Insurance',
  `<header><a href="/" class="logo">Hearth</a><nav><a href="/policies">My policies</a><a href="/claims" class="active">Claims</a><a href="/documents">Documents</a><a href="/help">Help</a></nav></header>
<main><h1>Make a home insurance claim</h1><p>Policy <strong id="policy-number">HH-4471-2290</strong> · Buildings and contents</p>
<form id="claim-form">
<fieldset><legend>What happened?</legend>
<label class="row"><input type="radio" name="incident" id="type-water" value="escape-of-water"> Escape of water</label>
<label class="row"><input type="radio" name="incident" id="type-storm" value="storm"> Storm damage</label>
<label class="row"><input type="radio" name="incident" id="type-fire" value="fire"> Fire or smoke</label>
<label class="row"><input type="radio" name="incident" id="type-theft" value="theft"> Theft or attempted theft</label>
<label class="row"><input type="radio" name="incident" id="type-accident" value="accidental"> Accidental damage</label>
</fieldset>
<label for="incident-date">When did it happen?</label><input type="date" id="incident-date" name="date">
<label for="details">Tell us what happened</label><textarea id="details" name="details" rows="4"></textarea>
<fieldset><legend>Is your home still habitable?</legend>
<label class="row"><input type="radio" name="habitable" id="habitable-yes" value="yes"> Yes</label>
<label class="row"><input type="radio" name="habitable" id="habitable-no" value="no"> No</label></fieldset>
<label for="crime-ref">Police crime reference (theft only)</label><input id="crime-ref" name="crimeRef">
<label for="photos">Photos of the damage</label><input type="file" id="photos" name="photos" multiple>
<label for="estimate">Estimated cost of repairs (£)</label><input type="number" id="estimate" name="estimate">
<label for="contact-pref">How should we contact you?</label><select id="contact-pref" name="contact"><option>Phone</option><option>Email</option><option>Text message</option></select>
<div class="row"><button type="submit" id="submit-claim">Submit claim</button><a href="tel:08001234567" id="call-us">Call us instead: 0800 123 4567</a></div>
</form></main>`,
);

const claimV2 = page(
  'Claims — Hearth Home Insurance',
  `<header><a href="/" class="logo">Hearth</a><nav><a href="/policies">Policies</a><a href="/claims" class="active">Claims</a><a href="/documents">Documents</a><a href="/help">Support</a></nav></header>
<main><h1>Start a claim</h1><p class="muted">Policy <span class="policy-ref">HH-4471-2290</span></p>
<form class="claim">
<h2>What's the damage?</h2>
<div class="grid3 incident-cards">
<label class="card"><input type="radio" name="incidentType" id="incident-leak" value="water"> Leak or burst pipe</label>
<label class="card"><input type="radio" name="incidentType" id="incident-storm" value="storm"> Storm or flood</label>
<label class="card"><input type="radio" name="incidentType" id="incident-fire" value="fire"> Fire</label>
<label class="card"><input type="radio" name="incidentType" id="incident-theft" value="theft"> Break-in or theft</label>
<label class="card"><input type="radio" name="incidentType" id="incident-accident" value="accidental"> Something got broken</label>
</div>
<label for="police-reference">Crime reference number</label><input id="police-reference" name="crimeRef">
<label for="date-of-loss">Date</label><input type="date" id="date-of-loss" name="date">
<label for="what-happened">Describe what happened</label><textarea id="what-happened" name="details" rows="4"></textarea>
<fieldset><legend>Can you still live in your home?</legend>
<label class="row"><input type="radio" name="canLiveIn" value="yes"> Yes</label>
<label class="row"><input type="radio" name="canLiveIn" value="no"> No, I need somewhere to stay</label></fieldset>
<label for="evidence">Upload photos or videos</label><input type="file" id="evidence" name="photos" multiple>
<label for="repair-cost">Rough repair cost, if known (£)</label><input type="number" id="repair-cost" name="estimate">
<label for="reach-me">Best way to reach you</label><select id="reach-me" name="contactMethod"><option>Phone call</option><option>Email</option><option>SMS</option></select>
<div class="row"><button type="button" class="callback">Request a callback</button><button type="submit" class="submit">Send claim</button></div>
</form></main>`,
);

const claimPair: PagePair = {
  name: 'home-claim',
  v1: claimV1,
  v2: claimV2,
  targets: [
    {
      selector: '#type-water',
      expect: '#incident-leak',
      change: 'Escape of water → Leak or burst pipe, value changed',
    },
    {
      selector: '#type-storm',
      expect: '#incident-storm',
      change: 'renamed id, Storm damage → Storm or flood',
    },
    {
      selector: '#habitable-no',
      expect: 'input[name="canLiveIn"][value="no"]',
      change: 'question reworded, ids removed',
    },
    { selector: '#contact-pref', expect: '#reach-me', change: 'renamed, options reworded' },
    { selector: '#submit-claim', expect: 'button.submit', change: 'Submit claim → Send claim' },
    {
      selector: '#call-us',
      expect: null,
      change: 'phone link removed, a Request a callback button in its place',
    },
  ],
};

// ---------------------------------------------------------------- mobile plan change

const planV1 = page(
  'Change your plan — Volt Mobile',
  `<header><a href="/" class="logo">Volt Mobile</a><nav><a href="/account">My account</a><a href="/usage">Usage</a><a href="/bills">Bills</a><a href="/plans" class="active">Plans</a></nav></header>
<main><h1>Change your plan</h1>
<div class="card"><h3>Current plan</h3><p id="current-plan">30GB · £15/month</p><p class="muted">Next bill: 3 July</p></div>
<form id="change-form"><fieldset><legend>Choose a new plan</legend>
<label class="row"><input type="radio" name="plan" id="plan-5gb" value="5gb"> 5GB data · Unlimited calls and texts · £10/month</label>
<label class="row"><input type="radio" name="plan" id="plan-30gb" value="30gb" checked> 30GB data · Unlimited calls and texts · £15/month</label>
<label class="row"><input type="radio" name="plan" id="plan-100gb" value="100gb"> 100GB data · Unlimited calls and texts · £20/month</label>
<label class="row"><input type="radio" name="plan" id="plan-unlimited" value="unlimited"> Unlimited everything · £25/month</label>
</fieldset>
<fieldset><legend>Add-ons</legend>
<label class="row"><input type="checkbox" id="addon-roaming" name="addons" value="roaming"> EU roaming pass (£2/month)</label>
<label class="row"><input type="checkbox" id="addon-spotify" name="addons" value="spotify"> Spotify Premium (£10.99/month)</label>
<label class="row"><input type="checkbox" id="addon-insurance" name="addons" value="insurance"> Phone insurance (£7/month)</label></fieldset>
<fieldset><legend>When should the change happen?</legend>
<label class="row"><input type="radio" name="when" id="when-now" value="now"> Straight away</label>
<label class="row"><input type="radio" name="when" id="when-next-bill" value="next-bill" checked> From my next bill date</label></fieldset>
<div class="row"><button type="submit" id="review-change">Review change</button><a href="/account" id="keep-plan">Keep my current plan</a></div>
</form>
<p><a href="/plans/compare" id="compare-plans">Compare all plans</a></p></main>`,
);

const planV2 = page(
  'Switch plan — Volt Mobile',
  `<header><a href="/" class="logo">Volt</a><nav><a href="/account">Account</a><a href="/usage">Usage</a><a href="/bills">Billing</a><a href="/plans" class="active">Plans</a></nav></header>
<main><h1>Switch plan</h1><p class="muted">You're on <strong>30GB · £15/mo</strong>. Next bill 3 July.</p>
<div class="grid plans">
<div class="card plan" data-plan="30"><h3>30GB</h3><p>£15/mo</p><span class="badge">Current plan</span><button class="select-plan" disabled>Selected</button></div>
<div class="card plan" data-plan="50"><h3>50GB</h3><p>£17/mo</p><button class="select-plan">Select</button></div>
<div class="card plan" data-plan="100"><h3>100GB</h3><p>£20/mo</p><button class="select-plan">Select</button></div>
<div class="card plan" data-plan="unl"><h3>Unlimited data</h3><p>£25/mo</p><span class="badge">Most popular</span><button class="select-plan">Select</button></div>
</div>
<p class="muted">All plans include unlimited UK calls and texts.</p>
<h2>Extras</h2>
<label class="row"><input type="checkbox" id="roaming" name="extras" value="roaming"> Roam Like Home in the EU and US · £3/mo</label>
<label class="row"><input type="checkbox" id="apple-music" name="extras" value="apple-music"> Apple Music · £10.99/mo</label>
<label class="row"><input type="checkbox" id="device-cover" name="extras" value="insurance"> Device cover · £7/mo</label>
<h2>Start date</h2>
<label class="row"><input type="radio" name="start" value="now"> Today (we'll charge the difference)</label>
<label class="row"><input type="radio" name="start" value="next-bill" checked> On my next bill date</label>
<div class="row"><a href="/plans/compare">See full plan details</a><a href="/account" class="cancel">Cancel</a><button type="submit" class="primary">Continue</button></div>
</main>`,
);

const planPair: PagePair = {
  name: 'mobile-plan-change',
  v1: planV1,
  v2: planV2,
  targets: [
    { selector: '#plan-5gb', expect: null, change: '5GB plan withdrawn, a 50GB plan card in the list' },
    {
      selector: '#plan-unlimited',
      expect: '[data-plan="unl"] button',
      change: 'radio list → plan cards with Select buttons',
    },
    { selector: '#addon-spotify', expect: null, change: 'Spotify add-on replaced by Apple Music' },
    {
      selector: '#addon-roaming',
      expect: '#roaming',
      change: 'EU roaming pass → Roam Like Home, renamed id',
    },
    {
      selector: '#when-next-bill',
      expect: 'input[name="start"][value="next-bill"]',
      change: 'ids removed, group renamed',
    },
    { selector: '#review-change', expect: 'button.primary', change: 'Review change → Continue' },
    { selector: '#keep-plan', expect: 'a.cancel', change: 'Keep my current plan → Cancel' },
  ],
};

// ---------------------------------------------------------------- pet adoption

const PETS_V1 = [
  ['biscuit', 'Biscuit', 'Dog · Labrador cross · 3 years', '/pets/1042'],
  ['luna', 'Luna', 'Cat · Domestic shorthair · 1 year', '/pets/1057'],
  ['pepper', 'Pepper', 'Rabbit · Lionhead · 2 years', '/pets/1061'],
  ['max', 'Max', 'Dog · Staffordshire bull terrier · 6 years', '/pets/1013'],
  ['willow', 'Willow', 'Cat · Maine coon cross · 4 years', '/pets/1070'],
] as const;

const petsV1 = page(
  'Adopt a pet — Second Chance Rescue',
  `<header><a href="/" class="logo">Second Chance Rescue</a><nav><a href="/adopt" class="active">Adopt</a><a href="/foster">Foster</a><a href="/donate">Donate</a><a href="/volunteer">Volunteer</a></nav><a href="/apply" id="start-application" class="btn">Start adoption application</a></header>
<main><h1>Pets looking for a home</h1>
<form class="row filters" id="pet-filters">
<select id="species" name="species" aria-label="Species"><option>All animals</option><option>Dogs</option><option>Cats</option><option>Rabbits</option></select>
<label class="row"><input type="checkbox" id="age-young" name="age" value="young"> Under 2</label>
<label class="row"><input type="checkbox" id="age-senior" name="age" value="senior"> Senior (8+)</label>
<label class="row"><input type="checkbox" id="good-with-kids" name="kids"> Good with children</label>
<input id="postcode" name="postcode" placeholder="Your postcode">
<button type="submit" id="search-pets">Search</button></form>
<div class="grid3">
${PETS_V1.map(
  ([id, name, desc, href]) =>
    `<div class="card pet" id="card-${id}"><h3>${name}</h3><p class="muted">${desc}</p><a href="${href}" class="meet">Meet ${name}</a> <button class="save">♡ Save</button></div>`,
).join('\n')}
</div>
<div class="pagination row"><span>Page 1 of 4</span><a href="/adopt?page=2" class="next">Next page</a></div>
</main><footer>Registered charity 1172650 · <a href="/contact">Contact the rehoming team</a></footer>`,
);

const PETS_V2 = [
  ['max', 'Max', 'Staffie · 6 yrs · Male', 'max-1013'],
  ['willow', 'Willow', 'Maine coon cross · 4 yrs · Female', 'willow-1070'],
  ['biscuit', 'Biscuit', 'Labrador cross · 3 yrs · Male', 'biscuit-1042'],
  ['pepper', 'Pepper', 'Lionhead rabbit · 2 yrs · Female', 'pepper-1061'],
  ['nala', 'Nala', 'Tabby · 8 months · Female', 'nala-1088'],
] as const;

const petsV2 = page(
  'Adopt — Second Chance Rescue',
  `<header><a href="/" class="logo">Second Chance</a><nav><a href="/adopt" class="active">Adopt</a><a href="/foster">Foster</a><a href="/donate">Donate</a><a href="/volunteer">Get involved</a></nav></header>
<main><aside class="card"><h3>Filter</h3><form class="filters">
<label>Animal <select name="species"><option>Any</option><option>Dogs</option><option>Cats</option><option>Rabbits</option></select></label>
<label class="row"><input type="checkbox" id="young" name="age" value="young"> Puppies, kittens and young pets</label>
<label class="row"><input type="checkbox" id="senior" name="age" value="senior"> Golden oldies (8+)</label>
<label class="row"><input type="checkbox" id="child-friendly" name="kids"> Child-friendly</label>
<label>Near <input name="postcode" placeholder="Postcode"></label>
<button type="submit" class="show-results">Show pets</button></form></aside>
<h1>Meet our animals</h1><p><a href="/apply" class="apply-cta">Ready to adopt? Apply now</a></p>
<div class="grid">
${PETS_V2.map(
  ([, name, desc, slug]) =>
    `<div class="card animal"><h3>${name}</h3><p class="muted">${desc}</p><a href="/animals/${slug}">View profile</a> <button class="fav" aria-label="Save ${name} to favourites">♡</button></div>`,
).join('\n')}
</div>
<nav class="pagination row" aria-label="Pages"><a href="/adopt?page=1" aria-current="page">1</a><a href="/adopt?page=2">2</a><a href="/adopt?page=3">3</a><a href="/adopt?page=2" rel="next" aria-label="Next page">›</a></nav>
</main><footer>Registered charity 1172650 · <a href="/contact">Contact us</a></footer>`,
);

const petsPair: PagePair = {
  name: 'pet-adoption',
  v1: petsV1,
  v2: petsV2,
  targets: [
    {
      selector: '#card-biscuit .meet',
      expect: 'a[href="/animals/biscuit-1042"]',
      change: 'Meet Biscuit → View profile, new URL, cards reordered',
    },
    { selector: '#card-luna .meet', expect: null, change: 'Luna was adopted, a new cat card appears' },
    {
      selector: '#card-max .save',
      expect: 'button[aria-label="Save Max to favourites"]',
      change: 'Save text → heart icon with aria-label',
    },
    { selector: '#good-with-kids', expect: '#child-friendly', change: 'Good with children → Child-friendly' },
    {
      selector: '.pagination .next',
      expect: 'a[rel="next"]',
      change: 'Next page text → chevron with aria-label',
    },
    {
      selector: '#start-application',
      expect: 'a.apply-cta',
      change: 'header button moved under the heading, reworded',
    },
  ],
};

// ---------------------------------------------------------------- audio mixer

const CHANNELS = ['Kick', 'Snare', 'Bass', 'Vocals', 'Guitar'] as const;

const mixerV1 = page(
  'Demo song — Mixdown',
  `<header><a href="/projects" class="logo">Mixdown</a><span>Demo song (unsaved)</span><button id="save-project">Save</button><button id="export-mix">Export mix</button></header>
<div class="row transport"><button id="transport-play">Play</button><button id="transport-stop">Stop</button><button id="transport-record">Record</button><button id="transport-loop">Loop</button>
<label for="tempo">Tempo</label><input id="tempo" name="tempo" type="number" value="120"><span id="position">00:01:12.400</span></div>
<main><div class="row mixer">
${CHANNELS.map(
  (c) =>
    `<div class="card strip" id="ch-${c.toLowerCase()}"><h3>${c}</h3><button class="mute">M</button><button class="solo">S</button><label>Vol <input type="range" class="volume" min="0" max="100" value="75"></label><label>Pan <input type="range" class="pan" min="-50" max="50" value="0"></label></div>`,
).join('\n')}
<div class="card strip" id="ch-master"><h3>Master</h3><label>Vol <input type="range" id="master-volume" min="0" max="100" value="80"></label></div>
</div>
<button id="add-track">Add track</button></main>`,
);

const mixerV2 = page(
  'Demo song — Mixdown',
  `<header><a href="/projects" class="logo">Mixdown</a><nav class="menubar row"><button aria-haspopup="menu">File</button><button aria-haspopup="menu">Edit</button><button aria-haspopup="menu">Track</button></nav><span>Demo song — not saved</span><button class="save" aria-label="Save project">💾</button><button class="bounce">Bounce to file…</button></header>
<div class="row transport"><button aria-label="Play" title="Play (Space)">▶</button><button aria-label="Stop" title="Stop">■</button><button aria-label="Record" title="Record (R)">●</button><button aria-label="Loop" title="Loop (L)">⟲</button>
<label>BPM <input name="bpm" type="number" value="120"></label><span class="clock">1:12.400</span></div>
<main><div class="row mixer">
${CHANNELS.filter((c) => c !== 'Guitar')
  .map(
    (c) =>
      `<div class="card channel" data-channel="${c.toLowerCase()}"><h3>${c}</h3><button aria-label="Mute ${c}" aria-pressed="false">M</button><button aria-label="Solo ${c}" aria-pressed="false">S</button><input type="range" aria-label="${c} volume" min="0" max="100" value="75"><input type="range" aria-label="${c} pan" min="-50" max="50" value="0"></div>`,
  )
  .join('\n')}
<div class="card channel" data-channel="fx"><h3>Reverb bus</h3><button aria-label="Mute Reverb bus">M</button><input type="range" aria-label="Reverb bus volume" min="0" max="100" value="60"></div>
<div class="card channel" data-channel="master"><h3>Master</h3><input type="range" aria-label="Master volume" min="0" max="100" value="80"></div>
</div>
<button class="new-track" aria-label="New track">+</button></main>`,
);

const mixerPair: PagePair = {
  name: 'audio-mixer',
  v1: mixerV1,
  v2: mixerV2,
  targets: [
    {
      selector: '#ch-vocals .mute',
      expect: 'button[aria-label="Mute Vocals"]',
      change: 'strip ids removed, aria-label added',
    },
    { selector: '#ch-guitar .volume', expect: null, change: 'guitar track deleted, a reverb bus added' },
    {
      selector: '#ch-snare .volume',
      expect: 'input[aria-label="Snare volume"]',
      change: 'label wrapper removed, aria-label added',
    },
    { selector: '#transport-play', expect: 'button[aria-label="Play"]', change: 'Play text → ▶ icon' },
    { selector: '#tempo', expect: 'input[name="bpm"]', change: 'Tempo → BPM, id removed' },
    { selector: '#export-mix', expect: 'button.bounce', change: 'Export mix → Bounce to file…' },
  ],
};

// ---------------------------------------------------------------- solar quote

const solarV1 = page(
  'Get a solar quote — Brightside Solar',
  `<header><a href="/" class="logo">Brightside Solar</a><nav><a href="/panels">Solar panels</a><a href="/batteries">Batteries</a><a href="/ev">EV chargers</a><a href="/reviews">Reviews</a></nav><a href="tel:03301234567">0330 123 4567</a></header>
<main><div class="grid"><form id="solar-form">
<h1>How much could you save?</h1>
<label for="address">Your address</label><input id="address" name="address" placeholder="Start typing your postcode">
<label for="roof-type">Roof type</label><select id="roof-type" name="roof"><option>Pitched, tiles</option><option>Pitched, slate</option><option>Flat</option><option>Metal</option></select>
<fieldset><legend>Which way does your roof face?</legend>
<label class="row"><input type="radio" name="orientation" id="orient-south" value="south"> South</label>
<label class="row"><input type="radio" name="orientation" id="orient-ew" value="east-west"> East / West</label>
<label class="row"><input type="radio" name="orientation" id="orient-north" value="north"> North</label></fieldset>
<label for="bill">Average monthly electricity bill (£)</label><input id="bill" name="bill" type="number" value="120">
<label class="row"><input type="checkbox" id="battery" name="battery"> Include battery storage</label>
<label class="row"><input type="checkbox" id="ev-charger" name="ev"> Include an EV charger</label>
<fieldset><legend>How would you like to pay?</legend>
<label class="row"><input type="radio" name="finance" id="fin-buy" value="buy" checked> Buy outright</label>
<label class="row"><input type="radio" name="finance" id="fin-finance" value="finance"> Spread the cost (finance)</label>
<label class="row"><input type="radio" name="finance" id="fin-lease" value="lease"> Lease (no upfront cost)</label></fieldset>
<div class="grid"><label>Name <input id="name" name="name"></label><label>Email <input id="email" name="email" type="email"></label></div>
<button type="submit" id="calc-btn">Calculate savings</button>
</form>
<div class="card"><h2>Your estimate</h2><p>Estimated annual savings: <strong id="annual-savings">£640</strong></p><p class="muted">Payback in about 9 years</p><a href="/survey" id="book-survey">Book a free survey</a></div></div>
</main>`,
);

const solarV2 = edit(solarV1, [
  ['<h1>How much could you save?</h1>', '<h1>See your solar savings</h1>'],
  [
    `<fieldset><legend>Which way does your roof face?</legend>
<label class="row"><input type="radio" name="orientation" id="orient-south" value="south"> South</label>
<label class="row"><input type="radio" name="orientation" id="orient-ew" value="east-west"> East / West</label>
<label class="row"><input type="radio" name="orientation" id="orient-north" value="north"> North</label></fieldset>`,
    `<p>Roof direction</p><div class="grid3 orientation" role="radiogroup" aria-label="Roof direction">
<button type="button" role="radio" aria-checked="false" data-orientation="south">☀ South-facing</button>
<button type="button" role="radio" aria-checked="false" data-orientation="east-west">East and west</button>
<button type="button" role="radio" aria-checked="false" data-orientation="north">North-facing</button></div>`,
  ],
  [
    '<label for="bill">Average monthly electricity bill (£)</label><input id="bill" name="bill" type="number" value="120">',
    '<label for="monthly-bill">Monthly electricity spend</label><input id="monthly-bill" name="bill" type="number" value="120">',
  ],
  [
    '<input type="checkbox" id="battery" name="battery"> Include battery storage',
    '<input type="checkbox" id="add-battery" name="battery"> Add a home battery',
  ],
  [
    '<input type="checkbox" id="ev-charger" name="ev"> Include an EV charger',
    '<input type="checkbox" id="add-ev" name="ev"> Add an EV charger',
  ],
  [
    '<input type="radio" name="finance" id="fin-finance" value="finance"> Spread the cost (finance)',
    '<input type="radio" name="finance" value="finance"> Pay monthly (0% APR over 5 years)',
  ],
  [
    '<input type="radio" name="finance" id="fin-buy" value="buy" checked> Buy outright',
    '<input type="radio" name="finance" value="buy" checked> Pay upfront',
  ],
  [
    '<label class="row"><input type="radio" name="finance" id="fin-lease" value="lease"> Lease (no upfront cost)</label>',
    '',
  ],
  [
    '<button type="submit" id="calc-btn">Calculate savings</button>',
    '<button type="submit" class="show-savings">Show my savings</button>',
  ],
  [
    'Estimated annual savings: <strong id="annual-savings">£640</strong>',
    'You could save <strong class="savings-amount">£640</strong> a year',
  ],
  [
    '<a href="/survey" id="book-survey">Book a free survey</a>',
    '<button type="button" class="book-survey">Book a home survey</button>',
  ],
]);

const solarPair: PagePair = {
  name: 'solar-quote',
  v1: solarV1,
  v2: solarV2,
  targets: [
    {
      selector: '#orient-ew',
      expect: 'button[data-orientation="east-west"]',
      change: 'radio → tile button, East / West → East and west',
    },
    {
      selector: '#fin-finance',
      expect: 'input[name="finance"][value="finance"]',
      change: 'id removed, finance option reworded',
    },
    { selector: '#fin-lease', expect: null, change: 'lease option discontinued' },
    { selector: '#calc-btn', expect: 'button.show-savings', change: 'Calculate savings → Show my savings' },
    {
      selector: '#book-survey',
      expect: 'button.book-survey',
      change: 'link → button, free survey → home survey',
    },
    { selector: '#annual-savings', expect: '.savings-amount', change: 'sentence reworded, id removed' },
  ],
};

// ---------------------------------------------------------------- returns portal

const returnsV1 = page(
  'Return items — Northwind Outfitters',
  `<header><a href="/" class="logo">Northwind Outfitters</a><nav><a href="/women">Women</a><a href="/men">Men</a><a href="/outdoor">Outdoor</a><a href="/sale">Sale</a></nav><a href="/account/orders">My orders</a></header>
<main><h1>Return items from order #48213</h1><p class="muted">Delivered 2 June · You have until 2 July to return items.</p>
<table class="return-items"><tr><th></th><th>Item</th><th>Qty</th><th>Reason</th></tr>
<tr><td><input type="checkbox" id="return-shirt" name="items[]" value="sku-LS-224"></td><td>Linen shirt, sage, M</td><td>1</td><td><select id="reason-shirt" name="reason[sku-LS-224]"><option>Choose a reason</option><option>Too small</option><option>Too big</option><option>Not as described</option><option>Changed my mind</option><option>Faulty</option></select></td></tr>
<tr><td><input type="checkbox" id="return-chinos" name="items[]" value="sku-CH-310"></td><td>Slim chinos, navy, 32R</td><td>1</td><td><select id="reason-chinos" name="reason[sku-CH-310]"><option>Choose a reason</option><option>Too small</option><option>Too big</option><option>Not as described</option><option>Changed my mind</option><option>Faulty</option></select></td></tr>
<tr><td><input type="checkbox" id="return-tote" name="items[]" value="sku-TB-015"></td><td>Canvas tote bag</td><td>1</td><td><select id="reason-tote" name="reason[sku-TB-015]"><option>Choose a reason</option><option>Not as described</option><option>Changed my mind</option><option>Faulty</option></select></td></tr>
</table>
<fieldset><legend>How will you send it back?</legend>
<label class="row"><input type="radio" name="method" id="method-postoffice" value="post-office" checked> Drop off at a Post Office (free)</label>
<label class="row"><input type="radio" name="method" id="method-courier" value="courier"> Courier collection from your door (£3.95)</label>
<label class="row"><input type="radio" name="method" id="method-store" value="store"> Return to a Northwind store (free)</label></fieldset>
<fieldset><legend>How would you like your refund?</legend>
<label class="row"><input type="radio" name="refund" id="refund-original" value="original" checked> To my original payment method</label>
<label class="row"><input type="radio" name="refund" id="refund-credit" value="store_credit"> As store credit (+10% bonus)</label></fieldset>
<div class="row"><button id="generate-label">Generate return label</button><a href="/account/orders/48213" id="back-to-order">Back to order</a></div>
<p class="muted"><a href="/help/returns" id="returns-help">Returns policy and help</a></p></main>`,
);

const returnsV2 = page(
  'Start a return — Northwind Outfitters',
  `<header><a href="/" class="logo">Northwind</a><nav><a href="/women">Women</a><a href="/men">Men</a><a href="/outdoor">Outdoor</a><a href="/sale">Sale</a></nav><a href="/account/orders">Orders</a></header>
<main><p><a href="/account/orders/48213">← Order #48213</a></p><h1>What would you like to return?</h1><p class="muted">Return by 2 July.</p>
<div class="card item"><label class="row"><input type="checkbox" name="items[]" value="sku-LS-224"> Linen shirt · Sage · M</label>
<label>Why are you returning it? <select name="reason[sku-LS-224]"><option>Select</option><option>It's too small</option><option>It's too big</option><option>Not what I expected</option><option>I changed my mind</option><option>It's damaged or faulty</option></select></label></div>
<div class="card item"><label class="row"><input type="checkbox" name="items[]" value="sku-CH-310"> Slim chinos · Navy · 32R</label>
<label>Why are you returning it? <select name="reason[sku-CH-310]"><option>Select</option><option>It's too small</option><option>It's too big</option><option>Not what I expected</option><option>I changed my mind</option><option>It's damaged or faulty</option></select></label></div>
<div class="card item muted"><span>Canvas tote bag</span> <span class="badge">Final sale – not returnable</span></div>
<h2>Drop-off or collection</h2>
<label class="row"><input type="radio" name="method" id="ret-postoffice" value="post-office" checked> Post Office drop-off · Free</label>
<label class="row"><input type="radio" name="method" id="ret-locker" value="locker"> Parcel locker · Free</label>
<label class="row"><input type="radio" name="method" id="ret-instore" value="store"> In store · Free</label>
<h2>Refund to</h2>
<label class="row"><input type="radio" name="refund" value="original" checked> Original payment method</label>
<label class="row"><input type="radio" name="refund" value="gift_card"> Gift card (get 10% extra)</label>
<button class="create-return">Create return</button>
<p class="muted"><a href="/help/returns">Returns policy</a></p></main>`,
);

const returnsPair: PagePair = {
  name: 'returns-portal',
  v1: returnsV1,
  v2: returnsV2,
  targets: [
    { selector: '#return-shirt', expect: 'input[value="sku-LS-224"]', change: 'table → cards, ids removed' },
    {
      selector: '#reason-chinos',
      expect: 'select[name="reason[sku-CH-310]"]',
      change: 'id removed, reasons reworded',
    },
    {
      selector: '#return-tote',
      expect: null,
      change: 'tote now final sale: row stays but the checkbox is gone',
    },
    {
      selector: '#method-courier',
      expect: null,
      change: 'courier collection withdrawn, parcel locker in its place',
    },
    { selector: '#method-store', expect: '#ret-instore', change: 'renamed id, label shortened to In store' },
    {
      selector: '#refund-credit',
      expect: 'input[value="gift_card"]',
      change: 'store credit → gift card, value changed',
    },
    {
      selector: '#generate-label',
      expect: 'button.create-return',
      change: 'Generate return label → Create return',
    },
  ],
};

// ---------------------------------------------------------------- kitchen display

const kdsV1 = page(
  'Kitchen display — Grill station',
  `<header><strong>Luigi's · Kitchen display</strong><div class="row stations"><button id="st-grill" class="active">Grill</button><button id="st-fryer">Fryer</button><button id="st-expo">Expo</button></div><span id="clock">19:42</span><button id="recall-last">Recall last</button><button id="eighty-six">86 an item</button></header>
<main><div class="grid3 tickets">
<div class="card ticket" id="ticket-312"><h3>#312 · Table 4</h3><span class="timer">14:05</span><ul><li>2× Ribeye, medium rare</li><li>1× Halloumi burger</li><li>Side: truffle fries</li></ul><div class="row"><button class="start">Start</button><button class="bump">Bump</button></div></div>
<div class="card ticket" id="ticket-313"><h3>#313 · Takeaway</h3><span class="timer">06:48</span><ul><li>1× Chicken club</li><li>1× Kids burger, no pickles</li></ul><div class="row"><button class="start">Start</button><button class="bump">Bump</button></div></div>
<div class="card ticket" id="ticket-314"><h3>#314 · Table 9</h3><span class="timer">02:10</span><ul><li>3× Smash burger</li><li>1× Veggie skewer</li><li>Allergy: sesame</li></ul><div class="row"><button class="start">Start</button><button class="bump">Bump</button></div></div>
</div>
<section class="card all-day"><h2>All day</h2><ul><li>Ribeye ×2</li><li>Smash burger ×3</li><li>Chicken club ×1</li><li>Halloumi burger ×1</li></ul></section></main>`,
);

const kdsV2 = page(
  'KDS — Grill',
  `<header><strong>Luigi's KDS</strong><div class="row" role="tablist" aria-label="Station"><button role="tab" aria-selected="true" data-station="grill">Grill</button><button role="tab" aria-selected="false" data-station="fry">Fry</button><button role="tab" aria-selected="false" data-station="pass">Pass</button></div><span class="clock">19:48</span>
<button class="icon-btn" aria-label="Recall last ticket" title="Recall">↩</button><button class="unavailable">Mark item unavailable</button></header>
<main><div class="grid3 tickets">
<div class="card ticket" data-order="315"><h3>#315 · Table 2</h3><span class="elapsed">00:40</span><ul><li>2× Smash burger</li><li>1× Kids burger</li></ul><div class="row"><button class="fire">Fire</button><button class="done">Done</button></div></div>
<div class="card ticket" data-order="314"><h3>#314 · Table 9</h3><span class="elapsed">08:16</span><ul><li>3× Smash burger</li><li>1× Veggie skewer</li><li>⚠ Allergy: sesame</li></ul><div class="row"><button class="fire">Fire</button><button class="done">Done</button></div></div>
<div class="card ticket" data-order="313"><h3>#313 · Takeaway</h3><span class="elapsed">12:54</span><ul><li>1× Chicken club</li><li>1× Kids burger, no pickles</li></ul><div class="row"><button class="fire">Fire</button><button class="done">Done</button></div></div>
</div>
<section class="card all-day"><h2>All day</h2><ul><li>Smash burger ×5</li><li>Chicken club ×1</li><li>Kids burger ×2</li></ul></section></main>`,
);

const kdsPair: PagePair = {
  name: 'kitchen-display',
  v1: kdsV1,
  v2: kdsV2,
  targets: [
    {
      selector: '#ticket-312 .bump',
      expect: null,
      change: 'ticket 312 was bumped; newer ticket 315 shown first',
    },
    {
      selector: '#ticket-314 .bump',
      expect: '[data-order="314"] button.done',
      change: 'Bump → Done, tickets reordered newest first',
    },
    {
      selector: '#ticket-313 .timer',
      expect: '[data-order="313"] .elapsed',
      change: 'timer class renamed (text read by tests)',
    },
    {
      selector: '#st-expo',
      expect: 'button[data-station="pass"]',
      change: 'station buttons → tabs, Expo renamed Pass',
    },
    {
      selector: '#recall-last',
      expect: 'button[aria-label="Recall last ticket"]',
      change: 'Recall last → icon',
    },
    { selector: '#eighty-six', expect: 'button.unavailable', change: '86 an item → Mark item unavailable' },
  ],
};

// ---------------------------------------------------------------- airline seat map

const seatRow = (row: number, taken: string, v2: boolean): string =>
  ['A', 'B', 'C', 'D', 'E', 'F']
    .filter((l) => !(v2 && row === 14 && l === 'F'))
    .map((l) => {
      const t = taken.includes(l);
      const price = row === 11 ? 28 : l === 'A' || l === 'F' ? 18 : 12;
      const kind = l === 'A' || l === 'F' ? 'window' : l === 'C' || l === 'D' ? 'aisle' : 'middle';
      return v2
        ? `<button class="seat${t ? ' seat--taken' : ''}" data-seat="${row}${l}" aria-label="Seat ${row}${l}, ${kind}${t ? ', unavailable' : `, £${price}`}"${t ? ' disabled' : ''}>${l}</button>`
        : `<button id="seat-${row}${l}" class="seat${t ? ' taken' : ''}"${t ? ' disabled' : ''}>${row}${l}</button>`;
    })
    .join('');

const seatsV1 = page(
  'Choose your seats — Skylark Air',
  `<header><a href="/" class="logo">Skylark Air</a><span>SK 482 · London Gatwick → Lisbon · Fri 20 June</span></header>
<main><h1>Choose your seats</h1>
<div class="row passengers"><button id="pax-1" class="active">Jane Doe</button><button id="pax-2">Tom Doe</button></div>
<p class="muted">Standard seats £12 · Window seats £18 · Extra legroom (row 11) £28</p>
<div class="seatmap">
${[10, 11, 12, 13, 14].map((r) => `<div class="row seat-row"><span>${r}</span>${seatRow(r, r === 12 ? 'BE' : r === 13 ? 'CD' : '', false)}</div>`).join('\n')}
</div>
<div class="card summary"><p>Seats selected: <span id="seat-count">0 of 2</span></p><p>Total: <strong id="seat-total">£0.00</strong></p>
<div class="row"><a href="/booking/extras" id="skip-seats">Skip seat selection</a><button id="confirm-seats">Confirm seats</button></div></div>
</main>`,
);

const seatsV2 = page(
  'Seats — Skylark Air',
  `<header><a href="/" class="logo">Skylark</a><span>SK 482 · LGW → LIS · Fri 20 Jun</span></header>
<main><h1>Pick your seats</h1>
<div class="row" role="tablist" aria-label="Passengers"><button role="tab" aria-selected="true" data-pax="1">Jane D.</button><button role="tab" aria-selected="false" data-pax="2">Tom D.</button></div>
<ul class="legend row"><li>Standard £12</li><li>Window £18</li><li>Extra legroom £28</li></ul>
<div class="seatmap">
${[10, 11, 12, 13, 14].map((r) => `<div class="row seat-row"><span>${r}</span>${seatRow(r, r === 12 ? 'BE' : r === 13 ? 'CD' : '', true)}${r === 14 ? '<span class="muted">Galley</span>' : ''}</div>`).join('\n')}
</div>
<aside class="card summary"><p>0 of 2 seats chosen</p><p>Total <strong class="total-price">£0.00</strong></p>
<button class="continue-btn">Continue</button><a href="/booking/extras" class="auto-assign">Assign seats for me at check-in</a></aside>
</main>`,
);

const seatsPair: PagePair = {
  name: 'seat-map',
  v1: seatsV1,
  v2: seatsV2,
  targets: [
    {
      selector: '#seat-12A',
      expect: 'button[data-seat="12A"]',
      change: 'seat ids removed, labels now letters only',
    },
    { selector: '#seat-14F', expect: null, change: 'seat 14F removed for a galley, rest of row 14 remains' },
    {
      selector: '#pax-2',
      expect: 'button[data-pax="2"]',
      change: 'passenger buttons → tabs, names shortened',
    },
    {
      selector: '#skip-seats',
      expect: 'a.auto-assign',
      change: 'Skip seat selection → Assign seats for me at check-in',
    },
    { selector: '#confirm-seats', expect: 'button.continue-btn', change: 'Confirm seats → Continue' },
    { selector: '#seat-total', expect: '.total-price', change: 'summary moved to a sidebar, id removed' },
  ],
};

// ---------------------------------------------------------------- VPN client settings

const vpnV1 = page(
  'Settings — ShieldVPN',
  `<header><strong class="logo">ShieldVPN</strong><span class="badge" id="conn-status">Connected · Amsterdam #12</span><button id="disconnect">Disconnect</button></header>
<main><h1>Settings</h1>
<section class="card"><h2>General</h2>
<label class="row"><input type="checkbox" id="launch-startup" checked> Launch ShieldVPN when my computer starts</label>
<label class="row"><input type="checkbox" id="start-minimized"> Start minimized to the tray</label>
<label class="row"><input type="checkbox" id="auto-connect" checked> Connect automatically on untrusted Wi-Fi</label>
<label for="language">Language</label><select id="language"><option>English</option><option>Deutsch</option><option>Español</option><option>Français</option></select></section>
<section class="card"><h2>Connection</h2>
<label for="protocol">VPN protocol</label><select id="protocol" name="protocol"><option>Automatic</option><option>WireGuard</option><option>OpenVPN (UDP)</option><option>OpenVPN (TCP)</option><option>IKEv2</option></select>
<label class="row"><input type="checkbox" id="kill-switch" name="killSwitch" checked> Kill switch: block internet if the VPN drops</label>
<label class="row"><input type="checkbox" id="allow-lan" name="allowLan"> Allow access to devices on my local network</label></section>
<section class="card"><h2>DNS</h2>
<label class="row"><input type="checkbox" id="custom-dns" name="customDns"> Use custom DNS</label>
<input id="dns-servers" name="dnsServers" placeholder="e.g. 1.1.1.1, 9.9.9.9"></section>
<section class="card"><h2>Split tunnelling</h2><p class="muted">Choose apps that bypass the VPN.</p><button type="button" id="split-manage">Manage apps</button></section>
<section class="card"><h2>Account</h2><p>alex.r@example.com · Plan renews 14 Sep</p><a href="/account/subscription" id="manage-sub">Manage subscription</a> · <a href="/logout" id="sign-out">Sign out</a></section>
<div class="row"><button type="button" id="save-settings">Save</button><button type="button" id="reset-defaults">Restore defaults</button></div>
</main>`,
);

const vpnV2 = page(
  'Preferences — ShieldVPN',
  `<header><strong class="logo">ShieldVPN</strong><span class="badge">Protected · Amsterdam #12</span><button class="disconnect">Disconnect</button></header>
<main><nav class="sidebar"><a href="#general" class="active">General</a><br><a href="#connection">Connection</a><br><a href="#advanced">Advanced</a><br><a href="#account">Account</a></nav>
<div style="margin-left:220px"><h1>Preferences</h1><p class="muted">Changes are saved automatically.</p>
<section id="general" class="card"><h2>General</h2>
<label class="row"><input type="checkbox" role="switch" id="auto-launch" checked> Open at login</label>
<label class="row"><input type="checkbox" role="switch" id="untrusted-wifi" checked> Auto-connect on untrusted networks</label>
<label class="row"><input type="checkbox" role="switch" id="notifications" checked> Show connection notifications</label>
<label>App language <select name="language"><option>English</option><option>Deutsch</option><option>Español</option><option>Français</option></select></label></section>
<section id="connection" class="card"><h2>Connection</h2>
<label>Protocol <select name="protocol"><option>Smart (recommended)</option><option>WireGuard</option><option>OpenVPN UDP</option><option>OpenVPN TCP</option></select></label>
<label class="row"><input type="checkbox" role="switch" name="networkLock" checked> Network lock</label><p class="muted">Stops all traffic if the VPN connection drops unexpectedly.</p>
<label class="row"><input type="checkbox" role="switch" id="lan-access" name="allowLan"> Local network sharing (printers, TVs)</label></section>
<section id="advanced" class="card"><h2>Advanced</h2>
<label class="row"><input type="checkbox" role="switch" id="use-own-dns" name="customDns"> Use custom DNS servers</label>
<input name="dnsServers" aria-label="DNS servers" placeholder="1.1.1.1, 9.9.9.9">
<p>Split tunnelling <button type="button" class="choose-apps">Choose apps</button></p></section>
<section id="account" class="card"><h2>Account</h2><p>alex.r@example.com · Renews 14 Sep</p><a href="/account/subscription">Subscription</a> · <a href="/logout" class="logout">Log out</a></section>
<button type="button" class="reset">Reset to defaults</button></div>
</main>`,
);

const vpnPair: PagePair = {
  name: 'vpn-settings',
  v1: vpnV1,
  v2: vpnV2,
  targets: [
    {
      selector: '#launch-startup',
      expect: '#auto-launch',
      change: 'checkbox → switch, Launch … when my computer starts → Open at login',
    },
    {
      selector: '#start-minimized',
      expect: null,
      change: 'start minimized option removed, a notifications switch added',
    },
    {
      selector: '#kill-switch',
      expect: 'input[name="networkLock"]',
      change: 'Kill switch renamed Network lock, id removed',
    },
    { selector: '#allow-lan', expect: '#lan-access', change: 'renamed id, reworded label' },
    {
      selector: '#split-manage',
      expect: 'button.choose-apps',
      change: 'Manage apps → Choose apps, moved to Advanced',
    },
    {
      selector: '#save-settings',
      expect: null,
      change: 'Save removed (auto-save), Reset to defaults remains',
    },
    { selector: '#sign-out', expect: 'a.logout', change: 'Sign out → Log out' },
  ],
};

// ---------------------------------------------------------------- router admin

const DEVICES = [
  ['laptop', 'Laptop-Anna', '192.168.1.23', '5 GHz'],
  ['pixel7', 'Pixel-7', '192.168.1.31', '5 GHz'],
  ['tv', 'LivingRoom-TV', '192.168.1.40', '2.4 GHz'],
  ['printer', 'HP-OfficeJet', '192.168.1.52', '2.4 GHz'],
] as const;

const routerV1 = page(
  'Wireless settings — NetBox 5G router',
  `<header><strong class="logo">NetBox</strong><nav><a href="/status">Status</a><a href="/wireless" class="active">Wireless</a><a href="/lan">LAN</a><a href="/firewall">Firewall</a><a href="/system">System</a></nav><button id="reboot">Reboot router</button><a href="/logout">Logout</a></header>
<main><h1>Wireless settings</h1>
<form id="wifi-form">
<h2>2.4 GHz network</h2>
<label for="ssid-24">Network name (SSID)</label><input id="ssid-24" name="ssid_2g" value="Hendricks-Home">
<label for="channel-24">Channel</label><select id="channel-24" name="channel_2g"><option>Auto</option><option>1</option><option>6</option><option>11</option></select>
<h2>5 GHz network</h2>
<label for="ssid-5">Network name (SSID)</label><input id="ssid-5" name="ssid_5g" value="Hendricks-Home-5G">
<label class="row"><input type="checkbox" id="band-steering" name="bandSteering"> Band steering (one name for both bands)</label>
<h2>Security</h2>
<label for="security">Security mode</label><select id="security" name="security"><option>WPA2-Personal</option><option selected>WPA2/WPA3-Personal</option><option>WPA3-Personal</option></select>
<label for="wifi-pass">Wi-Fi password</label><input id="wifi-pass" name="psk" type="password" value="correct-horse-battery">
<label class="row"><input type="checkbox" id="wps" name="wps"> Enable WPS push button</label>
<h2>Guest network</h2>
<label class="row"><input type="checkbox" id="guest-enable" name="guest"> Enable guest network</label>
<label for="guest-ssid">Guest network name</label><input id="guest-ssid" name="guest_ssid" value="Hendricks-Guest">
<div class="row"><button type="submit" id="apply-btn">Apply</button><button type="reset" id="cancel-btn">Cancel</button></div>
</form>
<h2>Connected devices</h2>
<table><tr><th>Name</th><th>IP address</th><th>Band</th><th></th></tr>
${DEVICES.map(([id, name, ip, band]) => `<tr id="dev-${id}"><td>${name}</td><td>${ip}</td><td>${band}</td><td><button class="block">Block</button></td></tr>`).join('\n')}
</table>
<p class="muted">Firmware 3.2.14 · <a href="/system/firmware" id="firmware-link">Check for updates</a></p></main>`,
);

const routerV2 = page(
  'Wi-Fi — NetBox 5G router',
  `<header><strong class="logo">NetBox</strong><nav><a href="/status">Dashboard</a><a href="/wireless" class="active">Wi-Fi</a><a href="/lan">Network</a><a href="/firewall">Security</a><a href="/system">System</a></nav><a href="/logout">Sign out</a></header>
<main><h1>Wi-Fi</h1>
<div class="grid"><form class="wifi">
<label class="row"><input type="checkbox" id="smart-connect" name="bandSteering"> Smart Connect (combine 2.4 and 5 GHz)</label>
<fieldset><legend>2.4 GHz</legend><label>Wi-Fi name <input name="ssid_2g" value="Hendricks-Home"></label>
<label>Channel <select name="channel_2g"><option>Auto</option><option>1</option><option>6</option><option>11</option></select></label></fieldset>
<fieldset><legend>5 GHz</legend><label>Wi-Fi name <input name="ssid_5g" value="Hendricks-Home-5G"></label></fieldset>
<fieldset><legend>Security</legend><label>Encryption <select name="security"><option>WPA2</option><option selected>WPA2/WPA3 mixed</option><option>WPA3</option></select></label>
<label for="wpa-key">Password</label><input id="wpa-key" name="psk" type="password" value="correct-horse-battery"></fieldset>
<fieldset><legend>Guest Wi-Fi</legend><label class="row"><input type="checkbox" id="guest-on" name="guest"> Turn on guest Wi-Fi</label>
<label>Guest Wi-Fi name <input name="guest_ssid" value="Hendricks-Guest"></label>
<label class="row"><input type="checkbox" id="guest-isolation" name="guestIsolation" checked> Keep guests off my home network</label></fieldset>
<div class="row"><button type="reset" class="discard">Discard</button><button type="submit" class="save">Save</button></div>
</form>
<section><h2>Devices on your network</h2>
${DEVICES.filter(([id]) => id !== 'printer')
  .map(
    ([, name, ip, band]) =>
      `<div class="card row device"><strong>${name}</strong><span class="muted">${ip} · ${band}</span><button class="icon-btn" aria-label="Block ${name}">⛔</button></div>`,
  )
  .join('\n')}
<div class="card row device"><strong>Ring-Doorbell</strong><span class="muted">192.168.1.57 · 2.4 GHz</span><button class="icon-btn" aria-label="Block Ring-Doorbell">⛔</button></div>
</section></div>
<p class="muted">Firmware 3.3.0 · <a href="/system/firmware">Firmware update</a> · <a href="/system/restart" class="restart">Restart router</a></p></main>`,
);

const routerPair: PagePair = {
  name: 'router-admin',
  v1: routerV1,
  v2: routerV2,
  targets: [
    { selector: '#wifi-pass', expect: '#wpa-key', change: 'renamed id, label shortened to Password' },
    { selector: '#guest-enable', expect: '#guest-on', change: 'Enable guest network → Turn on guest Wi-Fi' },
    {
      selector: '#wps',
      expect: null,
      change: 'WPS option removed, a guest isolation checkbox added elsewhere',
    },
    { selector: '#apply-btn', expect: 'button.save', change: 'Apply → Save, order of buttons swapped' },
    {
      selector: '#dev-pixel7 .block',
      expect: 'button[aria-label="Block Pixel-7"]',
      change: 'table → cards, Block → icon',
    },
    {
      selector: '#dev-printer .block',
      expect: null,
      change: 'printer disconnected, a doorbell device appears',
    },
    { selector: '#reboot', expect: 'a.restart', change: 'header button → footer link Restart router' },
  ],
};

// ---------------------------------------------------------------- volunteer sign-up

const volunteerV1 = page(
  'Volunteer — Riverside Community Clean-up',
  `<header><a href="/" class="logo">Riverside Residents' Association</a><nav><a href="/events">Events</a><a href="/news">News</a><a href="/about">About us</a></nav></header>
<main><h1>Riverside Community Clean-up</h1><p><strong>Saturday 14 June</strong> · Meet at the bandstand, Riverside Park</p>
<p>Gloves, litter pickers and bags are provided. Hot drinks and cake for everyone who helps!</p>
<form id="volunteer-form"><fieldset><legend>Which shifts can you help with?</legend>
<label class="row"><input type="checkbox" id="shift-setup" name="shifts" value="setup"> Set-up crew, 7:30–9:00</label>
<label class="row"><input type="checkbox" id="shift-morning" name="shifts" value="am-litter"> Morning litter pick, 9:00–12:00</label>
<label class="row"><input type="checkbox" id="shift-afternoon" name="shifts" value="pm-litter"> Afternoon litter pick, 13:00–16:00</label>
<label class="row"><input type="checkbox" id="shift-stall" name="shifts" value="stall"> Refreshment stall, 10:00–15:00</label>
<label class="row"><input type="checkbox" id="shift-firstaid" name="shifts" value="first-aid"> First aider (certificate required), all day</label></fieldset>
<label for="vol-name">Your name</label><input id="vol-name" name="name">
<label for="vol-email">Email</label><input id="vol-email" name="email" type="email">
<label for="vol-phone">Mobile (for on-the-day updates)</label><input id="vol-phone" name="phone" type="tel">
<label for="tshirt">Volunteer T-shirt size</label><select id="tshirt" name="tshirt"><option>S</option><option>M</option><option>L</option><option>XL</option></select>
<label class="row"><input type="checkbox" id="with-kids" name="kids"> I'm bringing children (under 16s must be supervised)</label>
<button type="submit" id="signup-btn">Sign me up</button></form>
<p><a href="/events/cleanup-2025.ics" id="add-cal">Add to calendar</a> · <a href="https://facebook.com/sharer?u=riverside-cleanup" id="share-fb">Share on Facebook</a></p>
</main><footer>Questions? Email <a href="mailto:events@riverside-ra.org">events@riverside-ra.org</a></footer>`,
);

const SHIFTS_V2 = [
  ['am-litter', 'Morning litter pick', '9am – 12pm'],
  ['pm-litter', 'Afternoon litter pick', '1pm – 4pm'],
  ['setup', 'Set-up team', '7:30am – 9am'],
  ['stall', 'Tea and cake stall', '10am – 3pm'],
] as const;

const volunteerV2 = page(
  'Clean-up volunteers — Riverside Residents',
  `<header><a href="/" class="logo">Riverside Residents</a><nav><a href="/events">What's on</a><a href="/news">News</a><a href="/about">About</a></nav></header>
<main><h1>Help us clean up Riverside Park</h1><p><strong>Sat 14 June</strong> · Bandstand, Riverside Park <a href="/events/cleanup-2025.ics" aria-label="Add to calendar">📅</a></p>
<p class="muted">We provide gloves, pickers and bags — and there's tea and cake for all helpers.</p>
<h2>Pick a shift</h2>
<div class="grid">
${SHIFTS_V2.map(([id, label, time]) => `<div class="card shift" data-shift="${id}"><h3>${label}</h3><p class="muted">${time}</p><button type="button" class="join">Join shift</button></div>`).join('\n')}
</div>
<form class="volunteer"><h2>Your details</h2>
<label>Full name <input name="name"></label>
<label>Email address <input name="email" type="email"></label>
<label>Mobile number <input name="phone" type="tel"></label>
<label class="row"><input type="checkbox" id="bringing-children" name="kids"> Children are coming with me</label>
<button type="submit" class="register">Register</button></form>
<p><button type="button" class="share">Share this event</button></p>
</main><footer>Questions? Email <a href="mailto:events@riverside-ra.org">events@riverside-ra.org</a></footer>`,
);

const volunteerPair: PagePair = {
  name: 'volunteer-signup',
  v1: volunteerV1,
  v2: volunteerV2,
  targets: [
    {
      selector: '#shift-morning',
      expect: '[data-shift="am-litter"] button',
      change: 'checkbox → shift card with a Join shift button',
    },
    {
      selector: '#shift-setup',
      expect: '[data-shift="setup"] button',
      change: 'Set-up crew → Set-up team, moved down the list',
    },
    { selector: '#shift-firstaid', expect: null, change: 'first-aid shift filled and removed' },
    { selector: '#tshirt', expect: null, change: 'T-shirt size question dropped' },
    { selector: '#signup-btn', expect: 'button.register', change: 'Sign me up → Register' },
    {
      selector: '#add-cal',
      expect: 'a[aria-label="Add to calendar"]',
      change: 'text link → calendar icon next to the date',
    },
    { selector: '#share-fb', expect: null, change: 'Facebook link replaced by a generic Share button' },
  ],
};

/** Blind set 3: 24 pairs from domains not elsewhere in the corpus. */
export const BLIND3_PAIRS: readonly PagePair[] = [
  museumPair,
  journeyPair,
  lessonPair,
  registryPair,
  farmPair,
  bedsPair,
  freightPair,
  walletPair,
  permitPair,
  boardPair,
  clubPair,
  paperPair,
  domainPair,
  claimPair,
  planPair,
  petsPair,
  mixerPair,
  solarPair,
  returnsPair,
  kdsPair,
  seatsPair,
  vpnPair,
  routerPair,
  volunteerPair,
];
