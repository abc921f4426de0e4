/**
 * Held-out corpus, written blind to the matcher: a tax return wizard, parcel
 * tracking, a restaurant booking, a gym timetable, a crowdfunding campaign,
 * an online exam, a pharmacy refill, an energy-usage portal, a car
 * configurator, a ticket resale form, a dating profile, a translator, a
 * spreadsheet toolbar, a video-call lobby, merge-request approval rules, an
 * email builder, warehouse stock, a ride request, weather alerts, a charity
 * donation, a parking permit application, hotel arrivals, league standings
 * and a forum moderation queue. Rows cancelled while look-alike rows remain,
 * options withdrawn, buttons turned into icons, tabs or links, and labels
 * reworded the way product teams reword them.
 */
import { edit, type PagePair, page } from './page.js';

// 1. Tax return wizard: the income step rebuilt around a W-2 card.
const taxV1 = page(
  'Your income — FileRight',
  `<header><a href="/" id="logo">FileRight</a><ol class="row" id="steps"><li>Personal details</li><li><b>Income</b></li><li>Deductions</li><li>Review</li></ol><a href="/help" id="help-link">Help</a></header>
<main><h1>Step 2 of 4: Your income</h1><form id="income-form">
<label for="employer">Employer name</label><input id="employer" value="Brightwater Logistics Ltd">
<label for="wages">Wages, salaries, tips (box 1 of your W-2)</label><input id="wages" inputmode="decimal" value="58,400">
<label for="fed-withheld">Federal income tax withheld (box 2)</label><input id="fed-withheld" inputmode="decimal" value="6,912">
<button type="button" id="add-w2">Add another W-2</button>
<fieldset><legend>Did you have any of these in 2023?</legend>
<label class="row"><input type="checkbox" id="inc-interest"> Interest or dividends (1099-INT, 1099-DIV)</label>
<label class="row"><input type="checkbox" id="inc-freelance"> Freelance or gig income (1099-NEC)</label>
<label class="row"><input type="checkbox" id="inc-unemployment"> Unemployment benefits (1099-G)</label>
<label class="row"><input type="checkbox" id="inc-crypto"> Cryptocurrency sales</label></fieldset>
<div class="row"><button type="button" id="back-step">Back</button><button type="button" id="save-exit">Save and exit</button><button id="next-step" class="btn primary">Continue to deductions</button></div></form></main>`,
);

const taxV2 = page(
  'Income — FileRight',
  `<header><a href="/" class="brand">FileRight</a><div class="progress" role="progressbar" aria-valuenow="2" aria-valuemax="4">Step 2 of 4 · Income</div><button class="icon" aria-label="Get help">?</button></header>
<main><h1>Let's enter your income</h1>
<section class="card w2"><h2>W-2 from your employer</h2><p class="muted">Enter the amounts exactly as they appear on your form.</p>
<label for="w2-employer">Employer's name (box c)</label><input id="w2-employer" name="employer" value="Brightwater Logistics Ltd">
<div class="grid"><div><label for="w2-box1">Box 1 — Wages, tips, other compensation</label><input id="w2-box1" name="wages" inputmode="decimal" value="58,400"></div>
<div><label for="w2-box2">Box 2 — Federal income tax withheld</label><input id="w2-box2" name="federalWithheld" inputmode="decimal" value="6,912"></div></div></section>
<div class="row"><button type="button" class="link">+ Add a W-2</button><button type="button" class="link">Upload a photo of your W-2</button></div>
<h2>Select any other income you had in 2023</h2><div class="grid">
<label class="card row"><input type="checkbox" name="other" value="interest"> Interest and dividends</label>
<label class="card row"><input type="checkbox" name="other" value="self-employment"> Self-employment or side gigs (1099-NEC, 1099-K)</label>
<label class="card row"><input type="checkbox" name="other" value="unemployment"> Unemployment (1099-G)</label>
<label class="card row"><input type="checkbox" name="other" value="retirement"> Retirement distributions (1099-R)</label></div>
<div class="row"><a href="/return/personal" class="back">← Previous</a><a href="/dashboard" class="muted">Finish later</a><button class="btn primary">Continue</button></div></main>`,
);

// 2. Parcel tracking: a results page turned into a status card and timeline.
const parcelV1 = page(
  'Track your parcel — SwiftPost',
  `<header><a href="/" id="logo">SwiftPost</a><nav><a href="/send" id="nav-send">Send a parcel</a><a href="/track" id="nav-track">Track</a><a href="/business" id="nav-business">Business</a></nav></header>
<main><form id="track-form" class="row"><input id="tracking-number" value="SP 4471 9902 GB"><button id="track-btn">Track</button></form>
<h1>Out for delivery</h1><p id="eta">Expected today between 13:10 and 14:10</p>
<div class="row"><button id="redirect">Deliver to a neighbour</button><button id="safe-place">Leave in a safe place</button><button id="reschedule">Change delivery date</button></div>
<h2>Tracking history</h2><table id="history"><tr><td>08:02</td><td>Out for delivery</td><td>Leeds DO</td></tr><tr><td>Yesterday 22:40</td><td>At local depot</td><td>Leeds DO</td></tr><tr><td>Yesterday 14:05</td><td>In transit</td><td>Midlands hub</td></tr></table>
<label class="row"><input type="checkbox" id="sms-updates"> Text me updates</label><input id="sms-number" placeholder="Mobile number"></main>`,
);

const parcelV2 = page(
  'Track a parcel — SwiftPost',
  `<header><a href="/" class="brand">SwiftPost</a><nav class="menu"><a href="/send">Send</a><a href="/track" class="active">Track</a><a href="/receive">Receiving</a><a href="/business">For business</a></nav></header>
<main><form class="track row" role="search"><input name="tracking" value="SP 4471 9902 GB" aria-label="Tracking number"><button class="btn" aria-label="Track parcel">→</button></form>
<div class="card status"><span class="badge">Out for delivery</span><h1>Arriving today</h1><p class="eta-window">Between 1:10pm and 2:10pm</p></div>
<section class="card"><h2>Not going to be in?</h2><div class="grid">
<button class="option">Choose a neighbour</button><button class="option">Pick a safe place</button><button class="option">Collect from a Post Office</button><button class="option">Send it back</button></div></section>
<h2>Parcel journey</h2><ol class="timeline"><li><b>Out for delivery</b> · Leeds delivery office · 08:02</li><li><b>Arrived at your local delivery office</b> · Leeds · Yesterday 22:40</li><li><b>On its way</b> · Midlands hub · Yesterday 14:05</li></ol>
<section class="card"><h3>Updates</h3><label class="row"><input type="checkbox" name="notify-sms"> By text message</label><label class="row"><input type="checkbox" name="notify-email" checked> By email</label></section></main>`,
);

// 3. Restaurant reservation: a small diff — time slots pruned, the time dropdown gone.
const tableV1 = page(
  'Osteria Fiume — Tavola',
  `<header><a href="/" id="logo">Tavola</a><a href="/account" id="account">My bookings</a></header>
<main><h1>Osteria Fiume</h1><p class="muted">Italian · ££ · Shoreditch</p>
<form id="booking" class="card"><h2>Make a reservation</h2>
<label for="party-size">Party size</label><select id="party-size"><option>1 person</option><option selected>2 people</option><option>3 people</option><option>4 people</option></select>
<label for="res-date">Date</label><input id="res-date" type="date" value="2024-09-14">
<label for="res-time">Time</label><select id="res-time"><option>18:00</option><option>19:30</option></select>
<div class="row" id="slots"><button type="button" class="slot">18:00</button><button type="button" class="slot">18:30</button><button type="button" class="slot">19:00</button><button type="button" class="slot">19:30</button><button type="button" class="slot">20:00</button></div>
<label for="occasion">Occasion (optional)</label><select id="occasion"><option>None</option><option>Birthday</option><option>Anniversary</option></select>
<label for="requests">Special requests</label><textarea id="requests"></textarea>
<button id="find-table" class="btn primary">Find a table</button></form>
<a href="/r/osteria-fiume/menu" id="view-menu">View menu</a></main>`,
);

const tableV2 = edit(tableV1, [
  [
    '<label for="party-size">Party size</label><select id="party-size">',
    '<label for="guests">Guests</label><select id="guests" name="covers">',
  ],
  [
    '<label for="res-time">Time</label><select id="res-time"><option>18:00</option><option>19:30</option></select>\n',
    '',
  ],
  [
    '<div class="row" id="slots"><button type="button" class="slot">18:00</button><button type="button" class="slot">18:30</button><button type="button" class="slot">19:00</button><button type="button" class="slot">19:30</button><button type="button" class="slot">20:00</button></div>',
    '<p class="muted">Available times</p><div class="row times" role="group" aria-label="Available times"><button type="button" class="time-slot">18:30</button><button type="button" class="time-slot">19:30</button><button type="button" class="time-slot">20:00</button><button type="button" class="time-slot">20:30</button></div>',
  ],
  [
    '<label for="requests">Special requests</label><textarea id="requests"></textarea>',
    '<label for="notes">Anything the restaurant should know?</label><textarea id="notes" placeholder="Allergies, accessibility needs, high chair…"></textarea>',
  ],
  [
    '<button id="find-table" class="btn primary">Find a table</button>',
    '<button class="btn primary">Reserve table</button>',
  ],
  [
    '<a href="/r/osteria-fiume/menu" id="view-menu">View menu</a>',
    '<a href="/r/osteria-fiume/menu" class="menu-link">See the menu</a>',
  ],
]);

// 4. Gym class booking: timetable table → class cards, filters → chips.
const gymV1 = page(
  'Timetable — Pulse Fitness',
  `<header><a href="/" id="logo">Pulse Fitness</a><nav><a href="/timetable" id="nav-timetable">Timetable</a><a href="/bookings" id="my-bookings">My bookings</a><a href="/membership" id="nav-membership">Membership</a></nav></header>
<main><h1>Class timetable — Tuesday 10 September</h1>
<form id="tt-filters" class="row"><label for="studio">Club</label><select id="studio"><option>Canary Wharf</option><option>Shoreditch</option></select>
<label for="class-type">Class type</label><select id="class-type"><option>All classes</option><option>Cycling</option><option>Yoga</option><option>HIIT</option></select>
<label class="row"><input type="checkbox" id="only-available"> Only show classes with spaces</label></form>
<table id="timetable"><tr><th>Time</th><th>Class</th><th>Instructor</th><th>Spaces</th><th></th></tr>
<tr><td>07:00</td><td>Spin 45</td><td>Jo Barrett</td><td>6 left</td><td><button class="book">Book</button></td></tr>
<tr><td>12:15</td><td>Yoga flow</td><td>Priya Shah</td><td>11 left</td><td><button class="book">Book</button></td></tr>
<tr><td>18:00</td><td>HIIT Blast</td><td>Marcus Lee</td><td>Full</td><td><button class="waitlist">Join waitlist</button></td></tr>
<tr><td>19:15</td><td>Reformer Pilates</td><td>Ana Ruiz</td><td>2 left</td><td><button class="book">Book</button></td></tr></table></main>`,
);

const gymV2 = page(
  'Classes — Pulse',
  `<header><a href="/" class="brand">Pulse</a><nav class="tabs"><a href="/classes" class="active">Classes</a><a href="/me/classes">My classes</a><a href="/membership">Membership</a></nav></header>
<main><div class="row"><h1>Classes</h1><select name="club" aria-label="Club"><option>Canary Wharf</option><option>Shoreditch</option></select></div>
<div class="row days" role="tablist"><button role="tab">Mon 9</button><button role="tab" aria-selected="true">Tue 10</button><button role="tab">Wed 11</button><button role="tab">Thu 12</button></div>
<div class="row chips"><button class="chip active">All</button><button class="chip">Cycling</button><button class="chip">Yoga</button><button class="chip">HIIT</button><button class="chip">Strength</button><label class="row"><input type="checkbox" name="hideFull"> Hide full classes</label></div>
<div class="classes">
<div class="class-card card row"><b>07:00</b><div><h3>Spin 45</h3><p class="muted">Jo Barrett · 45 min</p></div><span>6 spaces</span><button class="btn primary">Reserve</button></div>
<div class="class-card card row"><b>18:00</b><div><h3>HIIT Blast</h3><p class="muted">Marcus Lee · 30 min</p></div><span>Class full</span><button class="btn">Join waiting list</button></div>
<div class="class-card card row"><b>19:15</b><div><h3>Reformer Pilates</h3><p class="muted">Ana Ruiz · 50 min</p></div><span>2 spaces</span><button class="btn primary">Reserve</button></div>
<div class="class-card card row"><b>20:30</b><div><h3>Boxfit</h3><p class="muted">Marcus Lee · 45 min</p></div><span>14 spaces</span><button class="btn primary">Reserve</button></div></div></main>`,
);

// 5. Crowdfunding campaign: pledge box moved beside the video, reward tiers reworded.
const fundV1 = page(
  'Loop — Backyard',
  `<header><a href="/" id="logo">Backyard</a><a href="/discover" id="discover">Discover</a><a href="/start" id="start-project">Start a project</a></header>
<main><h1>Loop — the modular bike light</h1><p class="muted">by Fernhill Labs · Bristol, UK</p>
<div class="grid"><div><div class="card" style="height:200px">Video</div>
<nav id="tabs"><a href="#story" id="tab-story">Story</a><a href="#faq" id="tab-faq">FAQ</a><a href="#updates" id="tab-updates">Updates</a><a href="#comments" id="tab-comments">Comments</a></nav></div>
<aside class="card"><p><b>£48,210</b> pledged of £30,000 goal</p><p>1,184 backers · 12 days to go</p>
<button id="back-project" class="btn primary">Back this project</button><button id="remind-me">Remind me</button>
<div class="row"><button id="share-fb">Facebook</button><button id="share-tw">Twitter</button><button id="copy-link">Copy link</button></div></aside></div>
<h2>Rewards</h2><div id="rewards">
<div class="reward"><h3>£10 — Thank you</h3><p>Your name on our backer wall.</p><button class="select-reward">Select this reward</button></div>
<div class="reward"><h3>£35 — Early bird Loop</h3><p>One Loop light. Limited (0 of 300 left).</p><button class="select-reward">Select this reward</button></div>
<div class="reward"><h3>£45 — Loop</h3><p>One Loop light with front and rear mounts.</p><button class="select-reward">Select this reward</button></div>
<div class="reward"><h3>£80 — Loop pair</h3><p>Two Loop lights, save £10.</p><button class="select-reward">Select this reward</button></div></div></main>`,
);

const fundV2 = page(
  'Loop — Backyard',
  `<header><a href="/" class="brand">Backyard</a><a href="/discover">Explore</a><a href="/start" class="btn">Launch a project</a></header>
<main><div class="grid"><div><div class="card" style="height:200px">Video</div></div>
<div><h1>Loop — the modular bike light</h1><p class="muted">by Fernhill Labs · Bristol, UK</p><div class="progress"><b>£48,210</b> of £30,000 · 161%</div><p>1,184 backers · 12 days left</p>
<button class="btn primary cta">Support this project</button><div class="row"><button class="btn" aria-label="Save project">♡ Save</button><button class="btn">Share</button></div></div></div>
<nav class="tabs"><a href="#campaign">Campaign</a><a href="#rewards">Rewards</a><a href="#faq">FAQ</a><a href="#updates">Updates <span class="badge">4</span></a><a href="#community">Community</a></nav>
<h2>Support</h2><div class="tiers">
<div class="tier card"><h3>Pledge £10 or more</h3><p>Thank you — your name on our backer wall.</p><button class="btn">Pledge £10</button></div>
<div class="tier card"><h3>Pledge £45 or more</h3><p>Loop — one light with front and rear mounts.</p><button class="btn">Pledge £45</button></div>
<div class="tier card"><h3>Pledge £80 or more</h3><p>Loop pair — two lights, save £10.</p><button class="btn">Pledge £80</button></div></div></main>`,
);

// 6. Online exam: a question page with a new answer layout and header actions.
const examV1 = page(
  'Practice exam',
  `<header><b>Certified Data Analyst — Practice exam</b><span id="timer">Time left: 42:17</span><button id="calculator">Calculator</button></header>
<main><div class="grid"><section><p class="muted">Question 7 of 20</p><h2>Which measure is least affected by outliers?</h2>
<form id="answers"><label class="row"><input type="radio" name="q7" id="opt-a"> A. Mean</label><label class="row"><input type="radio" name="q7" id="opt-b"> B. Median</label><label class="row"><input type="radio" name="q7" id="opt-c"> C. Range</label><label class="row"><input type="radio" name="q7" id="opt-d"> D. Standard deviation</label></form>
<label class="row"><input type="checkbox" id="flag"> Flag for review</label>
<div class="row"><button id="prev-q">‹ Back</button><button id="next-q" class="btn primary">Save and next ›</button></div></section>
<aside class="card"><h3>Questions</h3><div class="row" id="q-nav"><a href="#q5" class="qn">5</a><a href="#q6" class="qn">6</a><a href="#q7" class="qn">7</a><a href="#q8" class="qn">8</a><a href="#q9" class="qn">9</a></div><button id="submit-exam">Submit exam</button></aside></div></main>`,
);

const examV2 = page(
  'Practice exam',
  `<header class="row"><b>Certified Data Analyst — Practice exam</b><span class="countdown" role="timer">42:17 remaining</span><button class="btn danger">Finish test</button></header>
<main><p class="muted">Question 7 / 20</p><h2>Which measure is least affected by outliers?</h2>
<div role="radiogroup" aria-label="Answers"><label class="card row"><input type="radio" name="answer" value="A"> Mean</label><label class="card row"><input type="radio" name="answer" value="B"> Median</label><label class="card row"><input type="radio" name="answer" value="C"> Range</label><label class="card row"><input type="radio" name="answer" value="D"> Standard deviation</label></div>
<div class="row"><button class="btn">Previous</button><button class="icon" aria-label="Mark for review">⚑</button><button class="btn primary">Next question</button></div>
<nav class="q-grid"><button aria-label="Question 5">5</button><button aria-label="Question 6">6</button><button aria-label="Question 7" aria-current="step">7</button><button aria-label="Question 8">8</button><button aria-label="Question 9">9</button></nav></main>`,
);

// 7. Pharmacy refill: prescriptions table → cards; a finished course disappears.
const rxV1 = page(
  'Prescriptions — CareRx',
  `<header><a href="/" id="logo">CareRx</a><a href="/account" id="account-link">My account</a></header>
<main><h1>Prescriptions</h1><table id="rx"><tr><th></th><th>Medicine</th><th>Refills left</th><th>Last filled</th><th></th></tr>
<tr><td><input type="checkbox" class="pick"></td><td>Atorvastatin 20 mg tablets</td><td>3</td><td>12 Aug</td><td><button class="refill">Refill</button></td></tr>
<tr><td><input type="checkbox" class="pick"></td><td>Metformin 500 mg tablets</td><td>5</td><td>2 Sep</td><td><button class="refill">Refill</button></td></tr>
<tr><td><input type="checkbox" class="pick"></td><td>Amoxicillin 250 mg capsules</td><td>0</td><td>20 Jul</td><td><button class="renew">Request renewal</button></td></tr>
<tr><td><input type="checkbox" class="pick"></td><td>Lisinopril 10 mg tablets</td><td>1</td><td>28 Aug</td><td><button class="refill">Refill</button></td></tr></table>
<a href="/transfer" id="transfer-rx">Transfer a prescription</a>
<h2>How would you like to get it?</h2><label class="row"><input type="radio" name="fulfil" id="pickup" checked> Pick up in store</label><label class="row"><input type="radio" name="fulfil" id="delivery"> Home delivery (2–3 days)</label>
<label for="store">Store</label><select id="store"><option>CareRx — 410 Elm St</option><option>CareRx — 88 Market Ave</option></select>
<button id="refill-selected" class="btn primary">Refill selected</button></main>`,
);

const rxV2 = page(
  'Your prescriptions — CareRx',
  `<header><a href="/" class="brand">CareRx</a><a href="/account" class="account" aria-label="Account">👤</a></header>
<main><h1>Your prescriptions</h1><p class="muted">Ready to refill</p><div class="rx-list">
<div class="card rx row"><div><h3>Atorvastatin 20 mg tablets</h3><p class="muted">3 refills left · last filled 12 Aug</p></div><button class="btn">Add to order</button></div>
<div class="card rx row"><div><h3>Metformin 500 mg tablets</h3><p class="muted">5 refills left · last filled 2 Sep</p></div><button class="btn">Add to order</button></div>
<div class="card rx row"><div><h3>Lisinopril 10 mg tablets</h3><p class="muted">1 refill left · last filled 28 Aug</p></div><button class="btn">Add to order</button></div></div>
<a href="/transfer" class="link">Transfer a prescription from another pharmacy</a>
<h2>Delivery or pickup</h2><div class="grid"><label class="card row"><input type="radio" name="fulfilment" value="pickup" checked> Pickup</label><label class="card row"><input type="radio" name="fulfilment" value="mail"> Mail to my home · 2–3 days</label></div>
<label for="pharmacy">Pharmacy</label><select id="pharmacy" name="pharmacy"><option>410 Elm St</option><option>88 Market Ave</option></select>
<button class="btn primary">Review order</button></main>`,
);

// 8. Energy-usage portal: a small diff — fuel toggles → tabs, actions reworded.
const energyV1 = page(
  'Your energy use — Greenfield',
  `<header><a href="/" id="logo">Greenfield Energy</a><nav><a href="/usage" id="nav-usage">Usage</a><a href="/bills" id="nav-bills">Bills</a><a href="/tariff" id="nav-tariff">Tariff</a><a href="/moving" id="nav-moving">Moving home</a></nav></header>
<main><h1>Your energy use</h1><div class="row"><label for="period">Show</label><select id="period"><option>Day</option><option>Week</option><option selected>Month</option><option>Year</option></select>
<button id="show-electric" class="toggle on">Electricity</button><button id="show-gas" class="toggle">Gas</button>
<label class="row"><input type="checkbox" id="compare-neighbours"> Compare with similar homes</label></div>
<div class="card" style="height:180px" id="usage-chart">Chart: 312 kWh this month</div>
<div class="row"><button id="download-data">Download data</button><a href="/readings/new" id="submit-reading">Submit a meter reading</a></div>
<div class="grid"><div class="card"><h3>Your tariff</h3><p>Fixed 12M · ends 31 Jan</p><button id="switch-tariff">Switch tariff</button></div>
<div class="card"><h3>Balance</h3><p id="balance">£42.18 in credit</p><button id="pay-bill">Pay now</button></div></div></main>`,
);

const energyV2 = edit(energyV1, [
  [
    '<label for="period">Show</label><select id="period">',
    '<label for="usage-period">Period</label><select id="usage-period" name="period">',
  ],
  [
    '<button id="show-electric" class="toggle on">Electricity</button><button id="show-gas" class="toggle">Gas</button>',
    '<div role="tablist" class="fuel-tabs"><button role="tab" aria-selected="true">⚡ Electricity</button><button role="tab" aria-selected="false">🔥 Gas</button></div>',
  ],
  [
    '\n<label class="row"><input type="checkbox" id="compare-neighbours"> Compare with similar homes</label>',
    '',
  ],
  [
    '<button id="download-data">Download data</button>',
    '<button class="icon" aria-label="Download usage as CSV">⭳</button>',
  ],
  [
    '<a href="/readings/new" id="submit-reading">Submit a meter reading</a>',
    '<a href="/readings/new" class="btn">Give a reading</a>',
  ],
  [
    '<button id="switch-tariff">Switch tariff</button>',
    '<a href="/tariff/compare" class="btn">See other tariffs</a>',
  ],
  [
    '<p id="balance">£42.18 in credit</p><button id="pay-bill">Pay now</button>',
    '<p class="balance">£42.18 in credit</p><button class="btn primary">Make a payment</button>',
  ],
]);

// 9. Car configurator: a trim discontinued, a paint replaced, packs renamed.
const carV1 = page(
  'Build your E5 — Norda',
  `<header><a href="/" id="logo">Norda</a><span>Build your Norda E5</span><span id="total-price">£41,250</span></header>
<main><h2>1. Trim</h2><fieldset id="trims"><label class="row"><input type="radio" name="trim" id="trim-se" checked> SE — from £38,995</label><label class="row"><input type="radio" name="trim" id="trim-sel"> SEL — from £41,250</label><label class="row"><input type="radio" name="trim" id="trim-gt"> GT — from £46,500</label></fieldset>
<h2>2. Colour</h2><div class="row" id="colours"><button class="swatch" title="Polar White">Polar White</button><button class="swatch" title="Midnight Black">Midnight Black +£650</button><button class="swatch" title="Racing Red">Racing Red +£650</button><button class="swatch" title="Ocean Blue">Ocean Blue +£650</button></div>
<h2>3. Wheels</h2><select id="wheels"><option>18" alloy</option><option>20" sport alloy +£1,200</option></select>
<h2>4. Packs</h2><label class="row"><input type="checkbox" id="pack-winter"> Winter pack — heated seats and steering wheel +£900</label><label class="row"><input type="checkbox" id="pack-tech"> Tech pack — head-up display, 360° camera +£1,450</label><label class="row"><input type="checkbox" id="pack-tow"> Towing pack +£750</label>
<div class="row"><button id="save-build">Save build</button><button id="request-quote" class="btn primary">Request a quote</button><a href="/test-drive" id="book-test-drive">Book a test drive</a></div></main>`,
);

const carV2 = page(
  'E5 configurator — Norda',
  `<header><a href="/" class="brand">Norda</a><span>E5 configurator</span></header>
<main><div class="grid"><div class="card" style="height:220px">Preview</div><section>
<h2>Trim</h2><div class="trim-cards"><label class="card row"><input type="radio" name="trim" value="sel" checked> SEL · from £41,250</label><label class="card row"><input type="radio" name="trim" value="gt"> GT · from £46,500</label><label class="card row"><input type="radio" name="trim" value="gt-line"> GT-Line · from £49,900</label></div>
<h2>Paint</h2><div class="row paints"><button class="colour-chip" aria-label="Polar White">⬤</button><button class="colour-chip" aria-label="Midnight Black, £650">⬤</button><button class="colour-chip" aria-label="Lunar Silver, £650">⬤</button><button class="colour-chip" aria-label="Ocean Blue, £650">⬤</button></div>
<h2>Wheels</h2><select name="wheels" aria-label="Wheels"><option>18" Aero alloy</option><option>20" Sport alloy · £1,200</option></select>
<h2>Options</h2><label class="row"><input type="checkbox" name="pack" value="cold-weather"> Cold weather pack · heated seats and steering wheel · £900</label><label class="row"><input type="checkbox" name="pack" value="tech"> Technology pack · head-up display, 360° camera · £1,450</label></section></div>
<div class="row summary"><b class="price">£41,250</b><button class="icon" aria-label="Save this build">♡</button><a href="/test-drive" class="btn">Book a test drive</a><button class="btn primary">Get a dealer quote</button></div></main>`,
);

// 10. Ticket resale: the "sell your tickets" form simplified.
const resaleV1 = page(
  'List your tickets — Resell',
  `<header><a href="/" id="logo">Resell</a><a href="/sell" id="nav-sell">Sell tickets</a><a href="/my-listings" id="nav-listings">My listings</a></header>
<main><h1>List your tickets</h1><p class="muted">Arctic Monkeys — Emirates Stadium, Sat 21 June</p><form id="listing">
<label for="ticket-type">Ticket type</label><select id="ticket-type"><option>Seated</option><option>Standing</option></select>
<div class="row"><label for="section">Section</label><input id="section" size="4"><label for="row">Row</label><input id="row" size="3"><label for="seat">Seat(s)</label><input id="seat" size="6"></div>
<label for="quantity">Number of tickets</label><select id="quantity"><option>1</option><option selected>2</option><option>3</option><option>4</option></select>
<label for="price-per-ticket">Price per ticket (£)</label><input id="price-per-ticket" inputmode="decimal"><a href="/price-guide" id="price-guide">Price guide</a>
<fieldset><legend>How will you deliver them?</legend><label class="row"><input type="radio" name="delivery" id="deliv-mobile"> Mobile transfer</label><label class="row"><input type="radio" name="delivery" id="deliv-pdf"> PDF e-ticket</label><label class="row"><input type="radio" name="delivery" id="deliv-post"> Paper tickets by post</label></fieldset>
<label class="row"><input type="checkbox" id="agree-terms"> I agree to the seller terms</label>
<button id="list-tickets" class="btn primary">List tickets</button></form></main>`,
);

const resaleV2 = page(
  'Sell your tickets — Resell',
  `<header><a href="/" class="brand">Resell</a><a href="/sell" class="btn">Sell</a><a href="/account/listings">Your listings</a></header>
<main><h1>Sell your tickets</h1><div class="card event"><b>Arctic Monkeys</b><p class="muted">Emirates Stadium · Sat 21 June</p></div><form class="sell-form">
<fieldset><legend>Where are your seats?</legend><div class="grid"><div><label for="block">Block</label><input id="block" name="section"></div><div><label for="seat-row">Row</label><input id="seat-row" name="row"></div></div></fieldset>
<label for="qty">How many tickets?</label><select id="qty" name="quantity"><option>1</option><option selected>2</option><option>3</option><option>4</option></select>
<label class="row"><input type="checkbox" name="keepTogether"> Only sell these tickets together</label>
<label for="ask">Your price per ticket</label><div class="row"><span>£</span><input id="ask" name="price" inputmode="decimal"></div><p class="muted">Similar tickets sold for £95–£140. <a href="/price-guide">See recent sales</a></p>
<fieldset><legend>Ticket format</legend><label class="card row"><input type="radio" name="format" value="mobile"> Mobile tickets (in the venue's app)</label><label class="card row"><input type="radio" name="format" value="paper"> Paper tickets (we'll send a prepaid envelope)</label></fieldset>
<label class="row"><input type="checkbox" name="terms"> I accept the <a href="/terms/sellers">seller terms</a></label>
<button class="btn primary">Publish listing</button></form></main>`,
);

// 11. Dating profile editor: a small diff — job and company merged, photo actions → icons.
const datingV1 = page(
  'Edit profile — Kindred',
  `<header><a href="/" id="logo">Kindred</a><a href="/matches" id="matches">Matches</a><a href="/profile" id="profile-link">Profile</a></header>
<main><h1>Edit profile</h1><div class="grid3" id="photos">
<div class="photo"><img src="/u/p1.jpg" alt="Photo 1" width="120" height="150"><button class="remove-photo">Remove</button></div>
<div class="photo"><img src="/u/p2.jpg" alt="Photo 2" width="120" height="150"><button class="remove-photo">Remove</button></div>
<div class="photo"><img src="/u/p3.jpg" alt="Photo 3" width="120" height="150"><button class="remove-photo">Remove</button></div></div>
<button id="add-photo">Add photo</button>
<form id="profile-form"><label for="bio">About me</label><textarea id="bio" maxlength="500">Weekend climber, weekday bread baker.</textarea>
<label for="job">Job title</label><input id="job" value="Product designer"><label for="company">Company</label><input id="company" value="Mapleworks">
<label for="school">School</label><input id="school" value="University of Leeds">
<label for="height">Height</label><select id="height"><option>5'8"</option><option>5'9"</option></select>
<label for="looking-for">Looking for</label><select id="looking-for"><option>Something long-term</option><option>Something casual</option><option>Not sure yet</option></select>
<div class="row"><button type="button" id="preview-profile">Preview</button><button id="save-profile" class="btn primary">Save</button></div></form></main>`,
);

const datingV2 = edit(datingV1, [
  [
    '<button class="remove-photo">Remove</button>',
    '<button class="icon" aria-label="Delete photo 1">✕</button>',
  ],
  [
    '<button class="remove-photo">Remove</button>',
    '<button class="icon" aria-label="Delete photo 2">✕</button>',
  ],
  [
    '<button class="remove-photo">Remove</button>',
    '<button class="icon" aria-label="Delete photo 3">✕</button>',
  ],
  [
    '<button id="add-photo">Add photo</button>',
    '<button class="add-tile" aria-label="Add a photo">+</button>',
  ],
  [
    '<label for="bio">About me</label><textarea id="bio" maxlength="500">',
    '<label for="about">Bio</label><textarea id="about" name="bio" maxlength="300">',
  ],
  [
    '<label for="job">Job title</label><input id="job" value="Product designer"><label for="company">Company</label><input id="company" value="Mapleworks">',
    '<label for="work">Work</label><input id="work" value="Product designer at Mapleworks" placeholder="Job title and company">',
  ],
  [
    '<label for="school">School</label><input id="school"',
    '<label for="education">Education</label><input id="education"',
  ],
  [
    '<button type="button" id="preview-profile">Preview</button><button id="save-profile" class="btn primary">Save</button>',
    '<button type="button" class="btn">See how others see you</button><button class="btn primary">Done</button>',
  ],
]);

// 12. Translator: instant translation, icon actions, rating instead of suggestions.
const translateV1 = page(
  'Lingo Translate',
  `<header><a href="/" id="logo">Lingo</a><nav><a href="/text" id="mode-text" class="active">Text</a><a href="/documents" id="mode-docs">Documents</a><a href="/websites" id="mode-web">Websites</a></nav></header>
<main><div class="row"><select id="source-lang"><option>Detect language</option><option>English</option><option>Spanish</option></select><button id="swap-langs">Swap</button><select id="target-lang"><option>Spanish</option><option>English</option><option>French</option></select></div>
<div class="grid"><div><textarea id="source-text" rows="8" placeholder="Enter text">Where is the nearest train station?</textarea><span id="char-count">36 / 5000</span></div>
<div><div class="card" id="output">¿Dónde está la estación de tren más cercana?</div><div class="row"><button id="copy-output">Copy</button><button id="listen">Listen</button><a href="/suggest" id="suggest-edit">Suggest an edit</a></div></div></div>
<button id="translate-btn" class="btn primary">Translate</button></main>`,
);

const translateV2 = page(
  'Lingo Translate',
  `<header><a href="/" class="brand">Lingo</a><div class="row modes" role="tablist"><button role="tab" aria-selected="true">Text</button><button role="tab">Documents</button><button role="tab">Images</button><button role="tab">Websites</button></div></header>
<main><div class="row langs"><select name="from" aria-label="Translate from"><option>Detect language</option><option>English</option><option>Spanish</option></select><button class="icon" aria-label="Swap languages">⇄</button><select name="to" aria-label="Translate to"><option>Spanish</option><option>English</option><option>French</option></select></div>
<div class="grid"><div class="card"><textarea name="q" rows="8" aria-label="Source text" placeholder="Type or paste text">Where is the nearest train station?</textarea><div class="row"><button class="icon" aria-label="Listen to source text">🔊</button><span class="counter">36 / 5,000</span></div></div>
<div class="card"><p class="translation" lang="es">¿Dónde está la estación de tren más cercana?</p><div class="row"><button class="icon" aria-label="Listen to translation">🔊</button><button class="icon" aria-label="Copy translation">⧉</button><button class="icon" aria-label="Good translation">👍</button><button class="icon" aria-label="Bad translation">👎</button></div></div></div></main>`,
);

// 13. Spreadsheet toolbar: text buttons → icons, menus → menubar buttons.
const sheetV1 = page(
  'Q3 budget',
  `<header><b id="doc-title">Q3 budget</b><nav id="menubar"><a href="#" id="menu-file">File</a><a href="#" id="menu-edit">Edit</a><a href="#" id="menu-view">View</a><a href="#" id="menu-insert">Insert</a><a href="#" id="menu-format">Format</a><a href="#" id="menu-data">Data</a><a href="#" id="menu-help">Help</a></nav><button id="share-sheet" class="btn primary">Share</button></header>
<div class="row" id="toolbar"><button id="undo">Undo</button><button id="redo">Redo</button><button id="print">Print</button><select id="zoom"><option>100%</option><option>75%</option></select><select id="font-family"><option>Arial</option><option>Calibri</option></select><select id="font-size"><option>10</option><option>11</option><option>12</option></select><button id="bold">B</button><button id="italic">I</button><button id="align-left">Align left</button><button id="align-center">Center</button><button id="align-right">Align right</button><button id="merge-cells">Merge cells</button><button id="insert-chart">Chart</button><button id="filter">Filter</button></div>
<div class="row"><input id="cell-ref" value="B4" size="5"><span>fx</span><input id="formula" value="=SUM(B1:B3)" size="60"></div>
<main><table id="grid"><tr><th></th><th>A</th><th>B</th></tr><tr><th>1</th><td>Rent</td><td>1,200</td></tr><tr><th>2</th><td>Salaries</td><td>8,400</td></tr><tr><th>3</th><td>Software</td><td>310</td></tr><tr><th>4</th><td>Total</td><td>9,910</td></tr></table></main>`,
);

const sheetV2 = page(
  'Q3 budget',
  `<header><input class="title" value="Q3 budget" aria-label="Rename"><div class="row menus" role="menubar"><button role="menuitem">File</button><button role="menuitem">Edit</button><button role="menuitem">View</button><button role="menuitem">Insert</button><button role="menuitem">Format</button><button role="menuitem">Data</button><button role="menuitem">Tools</button><button role="menuitem">Extensions</button><button role="menuitem">Help</button></div><button class="btn primary">🔒 Share</button></header>
<div class="row toolbar" role="toolbar"><button class="tb" aria-label="Undo (Ctrl+Z)">↶</button><button class="tb" aria-label="Redo (Ctrl+Y)">↷</button><button class="tb" aria-label="Print (Ctrl+P)">🖨</button><select class="tb" aria-label="Zoom"><option>100%</option><option>75%</option></select><select class="tb" aria-label="Font"><option>Arial</option><option>Calibri</option></select><div class="row"><button class="tb" aria-label="Decrease font size">−</button><input class="tb" value="10" size="2" aria-label="Font size"><button class="tb" aria-label="Increase font size">+</button></div><button class="tb" aria-label="Bold (Ctrl+B)">B</button><button class="tb" aria-label="Italic (Ctrl+I)">I</button><button class="tb" aria-label="Horizontal align">≡ ▾</button><button class="tb" aria-label="Merge cells">⊞</button><button class="tb" aria-label="Create a filter">⏷</button></div>
<div class="row"><input class="name-box" value="B4" size="5" aria-label="Name box"><span>fx</span><input class="formula-bar" value="=SUM(B1:B3)" size="60" aria-label="Formula"></div>
<main><table class="sheet"><tr><th></th><th>A</th><th>B</th></tr><tr><th>1</th><td>Rent</td><td>1,200</td></tr><tr><th>2</th><td>Salaries</td><td>8,400</td></tr><tr><th>3</th><td>Software</td><td>310</td></tr><tr><th>4</th><td>Total</td><td>9,910</td></tr></table></main>`,
);

// 14. Video-call lobby: device controls over the preview, a new join column.
const lobbyV1 = page(
  'Weekly design review — Huddle',
  `<header><a href="/" id="logo">Huddle</a><span>Weekly design review</span></header>
<main><div class="grid"><div><div class="card" style="height:240px;background:#333;color:#fff">Camera preview</div>
<div class="row"><button id="toggle-mic">Mute</button><button id="toggle-cam">Stop video</button><button id="bg-effects">Background</button></div>
<label for="mic-select">Microphone</label><select id="mic-select"><option>MacBook Pro Microphone</option><option>AirPods Pro</option></select>
<label for="cam-select">Camera</label><select id="cam-select"><option>FaceTime HD Camera</option></select>
<label for="speaker-select">Speakers</label><select id="speaker-select"><option>MacBook Pro Speakers</option><option>AirPods Pro</option></select><button id="test-speaker">Test speaker</button></div>
<div><h1>Ready to join?</h1><p class="muted">Ola and 3 others are in this call</p><label for="display-name">Your name</label><input id="display-name" value="Sam Carter">
<button id="join-now" class="btn primary">Join now</button><button id="present">Present</button><a href="/dial-in" id="join-phone">Join by phone</a></div></div></main>`,
);

const lobbyV2 = page(
  'Weekly design review — Huddle',
  `<header><a href="/" class="brand">Huddle</a></header>
<main><div class="grid"><div><div class="card preview" style="height:240px;background:#333;color:#fff">Camera preview<div class="row overlay"><button class="round" aria-label="Turn off microphone">🎙</button><button class="round" aria-label="Turn off camera">📷</button><button class="round" aria-label="Apply visual effects">✨</button></div></div>
<div class="row devices"><select name="audioInput" aria-label="Microphone"><option>MacBook Pro Microphone</option><option>AirPods Pro</option></select><select name="audioOutput" aria-label="Speaker"><option>MacBook Pro Speakers</option><option>AirPods Pro</option></select><select name="videoInput" aria-label="Camera"><option>FaceTime HD Camera</option></select></div></div>
<div><h1>Weekly design review</h1><p class="muted">Ola and 3 others are here</p><label for="guest-name">What's your name?</label><input id="guest-name" name="name" value="Sam Carter">
<button class="btn primary">Join meeting</button><a href="/dial-in" class="link">Dial in by phone instead</a><a href="/companion" class="link">Use companion mode</a></div></div></main>`,
);

// 15. Code review settings: approval rules table → list, settings reworded.
const approvalsV1 = page(
  'Merge request approvals',
  `<nav class="sidebar"><a href="/settings/general" id="s-general">General</a><br><a href="/settings/merge-requests" id="s-mr">Merge requests</a><br><a href="/settings/branches" id="s-branches">Branches</a><br><a href="/settings/webhooks" id="s-hooks">Webhooks</a></nav>
<main style="margin-left:220px"><h1>Merge request approvals</h1>
<table id="rules"><tr><th>Rule</th><th>Approvers</th><th>Required</th><th></th></tr>
<tr><td>Backend</td><td>@api-team</td><td>2</td><td><button class="edit-rule">Edit</button> <button class="delete-rule">Delete</button></td></tr>
<tr><td>Security</td><td>@appsec</td><td>1</td><td><button class="edit-rule">Edit</button> <button class="delete-rule">Delete</button></td></tr>
<tr><td>Docs</td><td>@tech-writers</td><td>1</td><td><button class="edit-rule">Edit</button> <button class="delete-rule">Delete</button></td></tr></table>
<button id="add-rule">Add rule</button>
<h2>Approval settings</h2><form id="approval-settings">
<label class="row"><input type="checkbox" id="dismiss-stale" checked> Dismiss approvals when new commits are pushed</label>
<label class="row"><input type="checkbox" id="require-codeowners"> Require approval from code owners</label>
<label class="row"><input type="checkbox" id="prevent-author" checked> Prevent the author from approving</label>
<label class="row"><input type="checkbox" id="require-signed"> Require signed commits</label>
<label for="required-approvals">Minimum approvals</label><input id="required-approvals" type="number" value="1">
<button id="save-approvals" class="btn primary">Save</button></form></main>`,
);

const approvalsV2 = page(
  'Merge request approvals',
  `<nav class="sidebar"><a href="/settings/general" class="nav-item">General</a><br><a href="/settings/merge-requests" class="nav-item active">Merge requests</a><br><a href="/settings/repository" class="nav-item">Repository</a><br><a href="/settings/webhooks" class="nav-item">Webhooks</a></nav>
<main style="margin-left:220px"><h1>Merge request approvals</h1>
<div class="card"><div class="row"><h2>Approval rules</h2><button class="btn">Add approval rule</button></div>
<ul class="rules"><li class="row"><b>Backend</b><span>@api-team</span><span>2 of 3 approvals</span><button class="icon" aria-label="Edit Backend">✎</button><button class="icon" aria-label="Remove Backend">🗑</button></li>
<li class="row"><b>Security</b><span>@appsec</span><span>1 of 2 approvals</span><button class="icon" aria-label="Edit Security">✎</button><button class="icon" aria-label="Remove Security">🗑</button></li>
<li class="row"><b>Frontend</b><span>@web-team</span><span>1 of 4 approvals</span><button class="icon" aria-label="Edit Frontend">✎</button><button class="icon" aria-label="Remove Frontend">🗑</button></li></ul></div>
<h2>Approval settings</h2><form class="settings">
<label class="row"><input type="checkbox" name="reset_approvals_on_push" checked> When a commit is added: Remove all approvals</label>
<label class="row"><input type="checkbox" name="code_owner_approval"> Require code owner approval</label>
<label class="row"><input type="checkbox" name="prevent_author_approval" checked> Prevent approval by author</label>
<label class="row"><input type="checkbox" name="prevent_committers_approval"> Prevent approvals by users who add commits</label>
<button class="btn primary">Save changes</button></form></main>`,
);

// 16. Marketing email builder: palette moved right, sending moved to a review step.
const emailV1 = page(
  'Autumn sale announcement — Mailcraft',
  `<header><a href="/campaigns" id="back-campaigns">← Campaigns</a><b>Autumn sale announcement</b><button id="undo-edit">Undo</button><button id="send-test">Send test email</button><button id="schedule">Schedule</button><button id="send-now" class="btn primary">Send now</button></header>
<main><div class="grid"><aside class="card" id="blocks"><h3>Content blocks</h3><button id="blk-text">Text</button><button id="blk-image">Image</button><button id="blk-button">Button</button><button id="blk-divider">Divider</button><button id="blk-social">Social links</button></aside>
<section class="card"><label for="from-name">From name</label><input id="from-name" value="Fern &amp; Fig"><label for="subject">Subject</label><input id="subject" value="Our autumn sale starts now 🍂"><label for="preheader">Preheader text</label><input id="preheader" value="Up to 40% off knitwear"><div class="card">Email canvas</div></section></div></main>`,
);

const emailV2 = page(
  'Autumn sale announcement — Mailcraft',
  `<header><a href="/campaigns" class="back" aria-label="Back to campaigns">←</a><b>Autumn sale announcement</b><span class="muted">Saved</span><button class="icon" aria-label="Undo">↶</button><button class="btn">Send a test</button><button class="btn primary">Next: review</button></header>
<main><div class="grid"><section class="card"><h3>Email details</h3><label for="sender">Sender name</label><input id="sender" name="fromName" value="Fern &amp; Fig"><label for="subject-line">Subject line</label><input id="subject-line" name="subject" value="Our autumn sale starts now 🍂"><label for="preview-text">Preview text</label><input id="preview-text" name="previewText" value="Up to 40% off knitwear"><div class="card">Email canvas</div></section>
<aside class="card"><h3>Add content</h3><div class="grid"><button class="tile">Aa Text</button><button class="tile">🖼 Image</button><button class="tile">▭ Button</button><button class="tile">↕ Spacer</button><button class="tile">▶ Video</button><button class="tile">🛍 Product</button></div></aside></div></main>`,
);

// 17. Warehouse inventory: a small diff — a SKU discontinued, row actions reworded.
const stockV1 = page(
  'Inventory — Stockroom',
  `<header><a href="/" id="logo">Stockroom</a><nav><a href="/inventory" id="nav-inventory">Inventory</a><a href="/receiving" id="nav-receiving">Receiving</a><a href="/picking" id="nav-picking">Picking</a><a href="/reports" id="nav-reports">Reports</a></nav></header>
<main><div class="row"><h1>Inventory</h1><button id="new-item" class="btn primary">New item</button><button id="cycle-count">Start cycle count</button><button id="export">Export</button></div>
<div class="row"><label for="warehouse">Warehouse</label><select id="warehouse"><option>Leeds DC</option><option>Coventry DC</option></select><input id="sku-search" placeholder="Search SKU or name"><button id="scan-barcode">Scan</button><label class="row"><input type="checkbox" id="low-stock"> Low stock only</label></div>
<table id="stock"><tr><th>SKU</th><th>Item</th><th>Bin</th><th>On hand</th><th></th></tr>
<tr><td>WH-1042</td><td>Pallet wrap 500mm</td><td>A-03-2</td><td>148</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td></tr>
<tr><td>WH-2210</td><td>Cable ties 300mm (100)</td><td>B-11-4</td><td>22</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td></tr>
<tr><td>WH-3318</td><td>Safety gloves, size M</td><td>C-02-1</td><td>9</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td></tr>
<tr><td>WH-4470</td><td>Thermal labels 100×150</td><td>A-07-3</td><td>1,260</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td></tr></table></main>`,
);

const stockActions =
  '<button class="row-action">Adjust stock</button> <button class="row-action">Transfer</button>';

const stockV2 = edit(stockV1, [
  [
    '<button id="new-item" class="btn primary">New item</button><button id="cycle-count">Start cycle count</button><button id="export">Export</button>',
    '<button class="btn primary">+ Add item</button><button class="btn">Start stock count</button>',
  ],
  [
    '<input id="sku-search" placeholder="Search SKU or name"><button id="scan-barcode">Scan</button>',
    '<input type="search" name="q" placeholder="SKU, item name or bin" aria-label="Search inventory"><button class="icon" aria-label="Scan barcode">▦</button>',
  ],
  [
    '<label class="row"><input type="checkbox" id="low-stock"> Low stock only</label>',
    '<label class="row"><input type="checkbox" name="belowReorder"> Below reorder point</label>',
  ],
  ['<table id="stock">', '<table class="inventory">'],
  [
    '<td>148</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td>',
    `<td>148</td><td>${stockActions}</td>`,
  ],
  [
    '\n<tr><td>WH-2210</td><td>Cable ties 300mm (100)</td><td>B-11-4</td><td>22</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td></tr>',
    '',
  ],
  [
    '<td>9</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td>',
    `<td>9</td><td>${stockActions}</td>`,
  ],
  [
    '<td>1,260</td><td><button class="adjust">Adjust</button> <button class="move">Move</button></td></tr></table>',
    `<td>1,260</td><td>${stockActions}</td></tr>\n<tr><td>WH-5120</td><td>Stretch film hand roll</td><td>A-03-4</td><td>64</td><td>${stockActions}</td></tr></table>`,
  ],
]);

// 18. Ride-hailing: the request form redesigned beside a map.
const rideV1 = page(
  'Request a ride — Zipp',
  `<header><a href="/" id="logo">Zipp</a><a href="/rides" id="my-rides">Your trips</a><a href="/wallet" id="wallet">Wallet</a></header>
<main><h1>Where to?</h1><form id="ride-form"><label for="pickup">Pickup location</label><input id="pickup" value="Current location">
<label for="dropoff">Destination</label><input id="dropoff" placeholder="Enter destination">
<a href="#" id="add-stop">Add a stop</a>
<label for="when">When</label><select id="when"><option>Now</option><option>Schedule for later</option></select>
<fieldset id="ride-types"><legend>Choose a ride</legend><label class="row"><input type="radio" name="ride" id="ride-economy" checked> Economy · 4 seats · £12.40</label><label class="row"><input type="radio" name="ride" id="ride-comfort"> Comfort · newer cars · £15.80</label><label class="row"><input type="radio" name="ride" id="ride-xl"> XL · 6 seats · £19.10</label><label class="row"><input type="radio" name="ride" id="ride-green"> Green · hybrid cars · £13.20</label></fieldset>
<label for="payment">Payment</label><select id="payment"><option>Visa •• 4242</option><option>Cash</option></select>
<div class="row"><input id="promo-code" placeholder="Promo code"><button type="button" id="apply-promo">Apply</button></div>
<button id="request-ride" class="btn primary">Request ride</button></form></main>`,
);

const rideV2 = page(
  'Zipp',
  `<header><a href="/" class="brand">Zipp</a><a href="/activity">Activity</a><button class="avatar" aria-label="Account">SC</button></header>
<main><div class="grid"><form class="trip"><div class="card"><div class="row"><input name="origin" value="Current location" aria-label="Pickup"><button type="button" class="icon" aria-label="Add stop">+</button></div><input name="destination" placeholder="Where to?" aria-label="Destination"></div>
<button type="button" class="chip">🕒 Pickup now ▾</button>
<div class="ride-options"><label class="card row"><input type="radio" name="product" value="economy" checked> <b>Economy</b> Affordable rides · 4 seats · £12.40</label><label class="card row"><input type="radio" name="product" value="comfort"> <b>Comfort</b> Newer cars, extra legroom · £15.80</label><label class="card row"><input type="radio" name="product" value="pet"> <b>Pet</b> Bring your dog · £14.90</label><label class="card row"><input type="radio" name="product" value="xl"> <b>XL</b> Up to 6 seats · £19.10</label></div>
<div class="row"><button type="button" class="btn">💳 Visa •• 4242</button><button class="btn primary">Confirm Economy</button></div></form>
<div class="card" style="height:300px">Map</div></div></main>`,
);

// 19. Weather alerts: a small diff — a place removed, alert types renamed.
const weatherV1 = page(
  'Alert settings — SkyWatch',
  `<header><a href="/" id="logo">SkyWatch</a><nav><a href="/forecast" id="nav-forecast">Forecast</a><a href="/radar" id="nav-radar">Radar</a><a href="/alerts" id="nav-alerts">Alerts</a></nav></header>
<main><h1>Alert settings</h1><h2>Your places</h2><ul id="places">
<li class="loc row"><span>Home — Bristol BS6</span><button class="edit-loc">Edit</button><button class="remove-loc">Remove</button></li>
<li class="loc row"><span>Work — Bath BA1</span><button class="edit-loc">Edit</button><button class="remove-loc">Remove</button></li>
<li class="loc row"><span>Mum — Cardiff CF5</span><button class="edit-loc">Edit</button><button class="remove-loc">Remove</button></li></ul>
<button id="add-location">Add a place</button>
<h2>Warn me about</h2><label class="row"><input type="checkbox" id="alert-rain" checked> Heavy rain</label><label class="row"><input type="checkbox" id="alert-wind" checked> Strong wind</label><label class="row"><input type="checkbox" id="alert-heat"> Heatwave</label><label class="row"><input type="checkbox" id="alert-frost"> Frost</label><label class="row"><input type="checkbox" id="alert-pollen"> High pollen</label>
<h2>Quiet hours</h2><div class="row"><label for="quiet-start">From</label><input id="quiet-start" type="time" value="22:00"><label for="quiet-end">To</label><input id="quiet-end" type="time" value="07:00"></div>
<button id="save-alerts" class="btn primary">Save</button></main>`,
);

const weatherV2 = edit(weatherV1, [
  ['<ul id="places">', '<ul class="places">'],
  [
    '<li class="loc row"><span>Home — Bristol BS6</span><button class="edit-loc">Edit</button><button class="remove-loc">Remove</button></li>',
    '<li class="place row"><span>Home — Bristol BS6</span><button class="icon" aria-label="Edit Home">✎</button><button class="icon" aria-label="Remove Home">✕</button></li>',
  ],
  [
    '\n<li class="loc row"><span>Work — Bath BA1</span><button class="edit-loc">Edit</button><button class="remove-loc">Remove</button></li>',
    '',
  ],
  [
    '<li class="loc row"><span>Mum — Cardiff CF5</span><button class="edit-loc">Edit</button><button class="remove-loc">Remove</button></li>',
    '<li class="place row"><span>Mum — Cardiff CF5</span><button class="icon" aria-label="Edit Mum">✎</button><button class="icon" aria-label="Remove Mum">✕</button></li>',
  ],
  ['<button id="add-location">Add a place</button>', '<button class="link">+ Add place</button>'],
  ['<input type="checkbox" id="alert-heat"> Heatwave', '<input type="checkbox" name="heat"> Extreme heat'],
  ['<input type="checkbox" id="alert-frost"> Frost', '<input type="checkbox" name="ice"> Ice and frost'],
  [
    '<label class="row"><input type="checkbox" id="alert-pollen"> High pollen</label>',
    '<label class="row"><input type="checkbox" name="thunder"> Thunderstorms</label>',
  ],
  [
    '<h2>Quiet hours</h2><div class="row"><label for="quiet-start">From</label><input id="quiet-start"',
    '<h2>Do not disturb</h2><div class="row"><label for="dnd-from">Between</label><input id="dnd-from"',
  ],
  [
    '<label for="quiet-end">To</label><input id="quiet-end"',
    '<label for="dnd-until">and</label><input id="dnd-until"',
  ],
  [
    '<button id="save-alerts" class="btn primary">Save</button>',
    '<button class="btn primary">Save alert settings</button>',
  ],
]);

// 20. Charity donation: frequency radios → tabs, new preset amounts.
const donateV1 = page(
  'Donate — Riverbank Trust',
  `<header><a href="/" id="logo">Riverbank Trust</a><a href="/about" id="about">About us</a></header>
<main><h1>Make a donation</h1><form id="donate">
<div class="row"><label class="row"><input type="radio" name="freq" id="once" checked> Single donation</label><label class="row"><input type="radio" name="freq" id="monthly"> Monthly</label></div>
<div class="row" id="amounts"><button type="button" class="amount">£10</button><button type="button" class="amount">£25</button><button type="button" class="amount">£50</button><button type="button" class="amount">£100</button></div>
<label for="other-amount">Other amount</label><input id="other-amount" inputmode="decimal">
<label class="row"><input type="checkbox" id="in-memory"> This donation is in memory of someone</label>
<label for="first-name">First name</label><input id="first-name"><label for="last-name">Last name</label><input id="last-name"><label for="email">Email</label><input id="email" type="email">
<label class="row"><input type="checkbox" id="gift-aid"> Add Gift Aid (I am a UK taxpayer)</label>
<div class="row"><button id="donate-btn" class="btn primary">Donate now</button><button type="button" id="paypal-btn">Pay with PayPal</button></div></form></main>`,
);

const donateV2 = page(
  'Donate — Riverbank Trust',
  `<header><a href="/" class="brand">Riverbank Trust</a><a href="/donate" class="btn primary">Donate</a></header>
<main><div class="grid"><form class="donation"><h1>Give to protect our rivers</h1>
<div class="row seg" role="tablist"><button type="button" role="tab" aria-selected="false">Give once</button><button type="button" role="tab" aria-selected="true">Give monthly</button></div>
<div class="row presets"><button type="button" class="preset">£15</button><button type="button" class="preset">£30</button><button type="button" class="preset">£50</button><button type="button" class="preset">£100</button></div>
<div class="row"><span>£</span><input name="customAmount" inputmode="decimal" placeholder="Other amount" aria-label="Other amount"></div>
<div class="grid"><div><label for="given-name">First name</label><input id="given-name" name="firstName" autocomplete="given-name"></div><div><label for="family-name">Surname</label><input id="family-name" name="lastName" autocomplete="family-name"></div></div>
<label for="donor-email">Email address</label><input id="donor-email" type="email" name="email">
<div class="card"><img src="/img/giftaid.svg" alt="Gift Aid it" width="80" height="24"><label class="row"><input type="checkbox" name="giftAid"> Yes, I'm a UK taxpayer and want to Gift Aid my donation</label></div>
<button class="btn primary">Donate £30 a month</button><button type="button" class="btn paypal" aria-label="Donate with PayPal">PayPal</button></form>
<aside class="card"><h3>£30 could</h3><p>Plant 20 metres of riverbank hedge.</p></aside></div></main>`,
);

// 21. Government permit application: a one-page form → question-led GOV.UK style.
const permitV1 = page(
  "Residents' parking permit — Hillside Borough Council",
  `<header><a href="/" id="logo">Hillside Borough Council</a><a href="/account" id="sign-out">Sign out</a></header>
<main><h1>Apply for a residents' parking permit</h1><form id="permit-form">
<label for="vrn">Vehicle registration</label><input id="vrn">
<label for="make">Make</label><input id="make"><label for="colour">Colour</label><input id="colour">
<label for="permit-zone">Parking zone</label><select id="permit-zone"><option>Zone A — Old Town</option><option>Zone B — Riverside</option><option>Zone C — Station</option></select>
<fieldset><legend>Permit length</legend><label class="row"><input type="radio" name="length" id="len-3m"> 3 months — £25</label><label class="row"><input type="radio" name="length" id="len-6m"> 6 months — £45</label><label class="row"><input type="radio" name="length" id="len-12m" checked> 12 months — £80</label></fieldset>
<label for="proof-upload">Proof of address</label><input id="proof-upload" type="file">
<label class="row"><input type="checkbox" id="second-vehicle"> I want a permit for a second vehicle</label>
<div class="row"><button id="continue" class="btn primary">Continue</button><button type="button" id="save-later">Save for later</button></div></form></main>`,
);

const permitV2 = page(
  "Residents' parking permit — Hillside Borough Council",
  `<header><a href="/" class="council-logo">Hillside Borough Council</a></header>
<main><a href="/permits" class="back-link">Back</a><span class="caption">Residents' parking permit</span><form class="permit" novalidate>
<h1><label for="registration-number">What is the vehicle's registration number?</label></h1><p class="hint">For example, CU57 ABC</p><input id="registration-number" name="registrationNumber" autocomplete="off">
<label for="vehicle-make">Vehicle make</label><input id="vehicle-make" name="make">
<label for="zone">Which zone do you live in?</label><select id="zone" name="zone"><option>Zone A — Old Town</option><option>Zone B — Riverside</option><option>Zone C — Station</option></select>
<fieldset><legend>How long do you need the permit for?</legend><label class="row"><input type="radio" name="duration" value="6"> 6 months (£45)</label><label class="row"><input type="radio" name="duration" value="12" checked> 12 months (£80)</label></fieldset>
<label for="proof-of-address">Upload proof of address</label><p class="hint">A council tax bill or tenancy agreement from the last 3 months</p><input id="proof-of-address" name="proof" type="file">
<div class="row"><button class="govuk-button">Save and continue</button><a href="/permits/save" class="govuk-link">Save and come back later</a></div></form></main>`,
);

// 22. Hotel front desk: the arrivals table → guest cards; a booking cancelled.
const deskV1 = page(
  'Arrivals — FrontDesk PMS',
  `<header><a href="/" id="logo">FrontDesk PMS</a><nav><a href="/arrivals" id="nav-arrivals">Arrivals</a><a href="/in-house" id="nav-inhouse">In house</a><a href="/departures" id="nav-departures">Departures</a><a href="/housekeeping" id="nav-housekeeping">Housekeeping</a></nav></header>
<main><div class="row"><h1>Arrivals</h1><input id="arrivals-date" type="date" value="2024-10-03"><input id="search-guest" placeholder="Guest name or booking ref"><button id="walk-in" class="btn primary">New walk-in</button><button id="print-list">Print list</button></div>
<table id="arrivals"><tr><th>Guest</th><th>Room</th><th>Nights</th><th>Status</th><th></th></tr>
<tr><td>Adaeze Okoro</td><td>204</td><td>2</td><td>Clean</td><td><button class="checkin">Check in</button></td></tr>
<tr><td>Erik Lindqvist</td><td>—</td><td>3</td><td>Unassigned</td><td><button class="assign">Assign room</button></td></tr>
<tr><td>Yui Tanaka</td><td>318</td><td>1</td><td>Clean</td><td><button class="checkin">Check in</button></td></tr>
<tr><td>Claire Moreau</td><td>112</td><td>4</td><td>Inspected</td><td><button class="checkin">Check in</button></td></tr></table></main>`,
);

const deskV2 = page(
  'Arrivals — FrontDesk',
  `<header><a href="/" class="brand">FrontDesk</a><nav class="tabs"><a href="/arrivals" class="active">Arrivals <span class="badge">3</span></a><a href="/stays">Stays</a><a href="/departures">Departures</a><a href="/rooms">Room status</a></nav></header>
<main><div class="row"><h1>Arrivals</h1><input type="date" name="date" value="2024-10-03" aria-label="Arrival date"><input type="search" name="q" placeholder="Search guests, bookings" aria-label="Search arrivals"><button class="btn primary">+ Walk-in booking</button></div>
<div class="arrivals">
<div class="card guest row"><b>Adaeze Okoro</b><span>Room 204 · 2 nights</span><span class="badge">Ready</span><button class="btn">Start check-in</button></div>
<div class="card guest row"><b>Erik Lindqvist</b><span>No room · 3 nights</span><span class="badge">Needs room</span><button class="btn">Assign a room</button></div>
<div class="card guest row"><b>Yui Tanaka</b><span>Room 318 · 1 night</span><span class="badge">Ready</span><button class="btn">Start check-in</button></div></div></main>`,
);

// 23. League standings: a small diff — tabs renamed, the table re-sorted after a matchday.
const leagueV1 = page(
  'Premier Division — Northern Counties League',
  `<header><a href="/" id="logo">Northern Counties League</a><nav><a href="/news" id="nav-news">News</a><a href="/clubs" id="nav-clubs">Clubs</a><a href="/shop" id="nav-shop">Shop</a></nav></header>
<main><h1>Premier Division</h1><div class="row"><label for="season">Season</label><select id="season"><option>2024/25</option><option>2023/24</option></select></div>
<nav id="league-tabs"><a href="/premier/table" id="tab-table">Table</a><a href="/premier/fixtures" id="tab-fixtures">Fixtures</a><a href="/premier/results" id="tab-results">Results</a><a href="/premier/stats" id="tab-stats">Stats</a></nav>
<table id="standings"><tr><th>Pos</th><th>Club</th><th>P</th><th>Pts</th></tr>
<tr><td>1</td><td><a href="/clubs/riverside-rovers" id="team-rovers">Riverside Rovers</a></td><td>12</td><td>28</td></tr>
<tr><td>2</td><td><a href="/clubs/ashby-athletic" id="team-athletic">Ashby Athletic</a></td><td>12</td><td>26</td></tr>
<tr><td>3</td><td><a href="/clubs/millfield-town" id="team-millfield">Millfield Town</a></td><td>12</td><td>21</td></tr>
<tr><td>4</td><td><a href="/clubs/harbour-city" id="team-city">Harbour City</a></td><td>11</td><td>19</td></tr></table>
<a href="/premier/table/full" id="full-table">View full table</a>
<div class="card"><h3>Next match</h3><p>Riverside Rovers v Ashby Athletic · Sat 15:00</p><a href="/tickets/rr-aa" id="buy-tickets">Buy tickets</a><button id="add-calendar">Add to calendar</button></div></main>`,
);

const leagueV2 = edit(leagueV1, [
  ['<label for="season">Season</label><select id="season">', '<select name="season" aria-label="Season">'],
  [
    '<nav id="league-tabs"><a href="/premier/table" id="tab-table">Table</a><a href="/premier/fixtures" id="tab-fixtures">Fixtures</a><a href="/premier/results" id="tab-results">Results</a><a href="/premier/stats" id="tab-stats">Stats</a></nav>',
    '<nav class="subnav"><a href="/premier/standings" class="active">Standings</a><a href="/premier/schedule">Schedule</a><a href="/premier/results">Results</a><a href="/premier/discipline">Discipline</a></nav>',
  ],
  ['<table id="standings">', '<table class="standings">'],
  [
    '<tr><td>1</td><td><a href="/clubs/riverside-rovers" id="team-rovers">Riverside Rovers</a></td><td>12</td><td>28</td></tr>\n<tr><td>2</td><td><a href="/clubs/ashby-athletic" id="team-athletic">Ashby Athletic</a></td><td>12</td><td>26</td></tr>',
    '<tr><td>1</td><td><a href="/clubs/ashby-athletic" class="club">Ashby Athletic</a></td><td>13</td><td>29</td></tr>\n<tr><td>2</td><td><a href="/clubs/riverside-rovers" class="club">Riverside Rovers</a></td><td>13</td><td>28</td></tr>',
  ],
  [
    '<a href="/clubs/millfield-town" id="team-millfield">Millfield Town</a></td><td>12</td><td>21</td>',
    '<a href="/clubs/millfield-town" class="club">Millfield Town</a></td><td>13</td><td>24</td>',
  ],
  [
    '<a href="/clubs/harbour-city" id="team-city">Harbour City</a></td><td>11</td><td>19</td>',
    '<a href="/clubs/harbour-city" class="club">Harbour City</a></td><td>12</td><td>19</td>',
  ],
  [
    '<a href="/premier/table/full" id="full-table">View full table</a>',
    '<a href="/premier/standings#all" class="more">See all 16 clubs</a>',
  ],
  [
    '<p>Riverside Rovers v Ashby Athletic · Sat 15:00</p><a href="/tickets/rr-aa" id="buy-tickets">Buy tickets</a><button id="add-calendar">Add to calendar</button>',
    '<p>Riverside Rovers v Ashby Athletic · Sat 15:00</p><a href="/tickets/rr-aa" class="btn primary">Tickets</a>',
  ],
]);

// 24. Forum moderation queue: reports → queue items, ban moved into a menu.
const modV1 = page(
  'Reported posts — Tinkerers Forum',
  `<header><a href="/" id="logo">Tinkerers Forum</a><a href="/mod" id="mod-home">Moderation</a><a href="/mod/log" id="mod-log">Mod log</a></header>
<main><h1>Reported posts <span class="badge">3</span></h1>
<div class="row"><label for="reason-filter">Reason</label><select id="reason-filter"><option>All reasons</option><option>Spam</option><option>Harassment</option><option>Off-topic</option></select>
<label for="sort-queue">Sort</label><select id="sort-queue"><option>Newest first</option><option>Most reported</option></select></div>
<div class="row"><input type="checkbox" id="select-all" aria-label="Select all"><button id="bulk-approve">Approve selected</button><button id="bulk-remove">Remove selected</button></div>
<div id="queue">
<div class="report card"><p><b>gearhead42</b> in <i>3D printing</i>: "Cheap filament here!! visit my shop…"</p><p class="muted">Reported 4 times · Spam</p><div class="row"><button class="approve">Approve</button><button class="remove">Remove</button><button class="ban">Ban user</button></div></div>
<div class="report card"><p><b>solder_sam</b> in <i>Electronics</i>: "Anyone who uses lead-free solder is an idiot."</p><p class="muted">Reported 2 times · Harassment</p><div class="row"><button class="approve">Approve</button><button class="remove">Remove</button><button class="ban">Ban user</button></div></div>
<div class="report card"><p><b>kleo</b> in <i>Woodworking</i>: "What's everyone watching this weekend?"</p><p class="muted">Reported once · Off-topic</p><div class="row"><button class="approve">Approve</button><button class="remove">Remove</button><button class="ban">Ban user</button></div></div></div></main>`,
);

const modV2 = page(
  'Queue — Tinkerers',
  `<header><a href="/" class="brand">Tinkerers</a><nav><a href="/mod/queue" class="active">Queue</a><a href="/mod/users">Users</a><a href="/mod/actions">Moderation log</a></nav></header>
<main><div class="row"><h1>Queue</h1><span class="badge">2 items</span><select name="reason" aria-label="Filter by reason"><option>Any reason</option><option>Spam</option><option>Harassment</option><option>Off-topic</option><option>Misinformation</option></select></div>
<div class="row bulk"><input type="checkbox" aria-label="Select all items"><button class="btn">Keep selected</button><button class="btn danger">Remove selected</button></div>
<ul class="queue">
<li class="item card"><p><b>gearhead42</b> in <i>3D printing</i>: "Cheap filament here!! visit my shop…"</p><p class="muted">4 reports · Spam</p><div class="row"><button class="btn">Keep</button><button class="btn danger">Remove post</button><button class="icon" aria-label="More actions for gearhead42's post">⋯</button></div></li>
<li class="item card"><p><b>kleo</b> in <i>Woodworking</i>: "What's everyone watching this weekend?"</p><p class="muted">1 report · Off-topic</p><div class="row"><button class="btn">Keep</button><button class="btn danger">Remove post</button><button class="icon" aria-label="More actions for kleo's post">⋯</button></div></li></ul></main>`,
);

/** Held-out pairs, written blind to the matcher; never used to fit anything. */
export const HOLDOUT_PAIRS: readonly PagePair[] = [
  {
    name: 'tax-return-income',
    v1: taxV1,
    v2: taxV2,
    targets: [
      {
        selector: '#employer',
        expect: '#w2-employer',
        change: "renamed id, relabeled Employer name → Employer's name (box c), moved into a W-2 card",
      },
      {
        selector: '#add-w2',
        expect: '.row > button.link:first-child',
        change: 'relabeled Add another W-2 → + Add a W-2, moved out of the form',
      },
      {
        selector: '#inc-freelance',
        expect: 'input[value="self-employment"]',
        change: 'id removed, relabeled Freelance or gig income → Self-employment or side gigs',
      },
      {
        selector: '#inc-crypto',
        expect: null,
        change: 'cryptocurrency option dropped; retirement distributions added at the end of the list',
      },
      {
        selector: '#next-step',
        expect: 'button.primary',
        change: 'relabeled Continue to deductions → Continue',
      },
    ],
  },
  {
    name: 'parcel-tracking',
    v1: parcelV1,
    v2: parcelV2,
    targets: [
      {
        selector: '#tracking-number',
        expect: 'input[name="tracking"]',
        change: 'id → name, aria-label added',
      },
      {
        selector: '#track-btn',
        expect: '[aria-label="Track parcel"]',
        change: 'text → arrow icon with aria-label',
      },
      {
        selector: '#eta',
        expect: 'p.eta-window',
        change: 'reworded to 12-hour times, moved into a status card',
      },
      {
        selector: '#redirect',
        expect: '.option:nth-child(1)',
        change: 'relabeled Deliver to a neighbour → Choose a neighbour',
      },
      {
        selector: '#reschedule',
        expect: null,
        change: 'change-date option removed; Collect from a Post Office in its place',
      },
    ],
  },
  {
    name: 'restaurant-booking',
    v1: tableV1,
    v2: tableV2,
    targets: [
      { selector: '#party-size', expect: '#guests', change: 'renamed id, relabeled Party size → Guests' },
      { selector: '#res-time', expect: null, change: 'time dropdown removed; the time buttons remain' },
      {
        selector: '#slots .slot:nth-child(1)',
        expect: null,
        change: '18:00 no longer offered; other time buttons remain',
      },
      {
        selector: '#slots .slot:nth-child(4)',
        expect: '.time-slot:nth-child(2)',
        change: '19:30 moved up to second as earlier slots went, class renamed',
      },
      {
        selector: '#requests',
        expect: '#notes',
        change: 'renamed id, relabeled Special requests → Anything the restaurant should know?',
      },
      { selector: '#find-table', expect: 'button.primary', change: 'relabeled Find a table → Reserve table' },
    ],
  },
  {
    name: 'gym-timetable',
    v1: gymV1,
    v2: gymV2,
    targets: [
      {
        selector: 'tr:nth-of-type(2) .book',
        expect: '.classes > div:nth-child(1) button',
        change: 'table → cards, relabeled Book → Reserve',
      },
      {
        selector: 'tr:nth-of-type(3) .book',
        expect: null,
        change: 'Yoga flow dropped from the timetable; other classes remain',
      },
      {
        selector: '.waitlist',
        expect: '.classes > div:nth-child(2) button',
        change: 'relabeled Join waitlist → Join waiting list, class renamed',
      },
      { selector: '#class-type', expect: null, change: 'class type select replaced by filter chips' },
      {
        selector: '#only-available',
        expect: 'input[name="hideFull"]',
        change: 'relabeled Only show classes with spaces → Hide full classes',
      },
      {
        selector: '#my-bookings',
        expect: 'a[href="/me/classes"]',
        change: 'relabeled My bookings → My classes, new URL',
      },
    ],
  },
  {
    name: 'crowdfunding-campaign',
    v1: fundV1,
    v2: fundV2,
    targets: [
      {
        selector: '#back-project',
        expect: 'button.cta',
        change: 'relabeled Back this project → Support this project, moved beside the video',
      },
      {
        selector: '#share-tw',
        expect: null,
        change: 'per-network share buttons replaced by one Share button',
      },
      {
        selector: '.reward:nth-of-type(2) .select-reward',
        expect: null,
        change: 'sold-out early-bird tier hidden; other tiers remain',
      },
      {
        selector: '.reward:nth-of-type(3) .select-reward',
        expect: '.tier:nth-child(2) button',
        change: 'relabeled Select this reward → Pledge £45, moved up one',
      },
      {
        selector: '#tab-comments',
        expect: 'a[href="#community"]',
        change: 'relabeled Comments → Community, moved below the pledge box',
      },
    ],
  },
  {
    name: 'online-exam',
    v1: examV1,
    v2: examV2,
    targets: [
      { selector: '#timer', expect: 'span.countdown', change: 'reworded Time left: 42:17 → 42:17 remaining' },
      {
        selector: '#opt-c',
        expect: 'input[value="C"]',
        change: 'id → value, letter dropped from the label',
      },
      {
        selector: '#flag',
        expect: '[aria-label="Mark for review"]',
        change: 'checkbox → flag icon button, relabeled Flag for review → Mark for review',
      },
      {
        selector: '#next-q',
        expect: 'button.primary',
        change: 'relabeled Save and next › → Next question',
      },
      {
        selector: '#submit-exam',
        expect: 'header button',
        change: 'relabeled Submit exam → Finish test, moved to the header',
      },
      { selector: '#calculator', expect: null, change: 'calculator button removed' },
    ],
  },
  {
    name: 'pharmacy-refill',
    v1: rxV1,
    v2: rxV2,
    targets: [
      {
        selector: 'tr:nth-of-type(2) .refill',
        expect: '.rx:nth-child(1) button',
        change: 'table → cards, relabeled Refill → Add to order',
      },
      {
        selector: 'tr:nth-of-type(4) .renew',
        expect: null,
        change: 'finished antibiotic course no longer listed; other prescriptions remain',
      },
      {
        selector: 'tr:nth-of-type(5) .refill',
        expect: '.rx:nth-child(3) button',
        change: 'table → cards, relabeled Refill → Add to order, moved up one',
      },
      {
        selector: '#delivery',
        expect: 'input[value="mail"]',
        change: 'id → value, relabeled Home delivery → Mail to my home',
      },
      {
        selector: '#refill-selected',
        expect: 'button.primary',
        change: 'relabeled Refill selected → Review order',
      },
    ],
  },
  {
    name: 'energy-usage',
    v1: energyV1,
    v2: energyV2,
    targets: [
      {
        selector: '#show-gas',
        expect: '[role="tab"]:nth-child(2)',
        change: 'toggle button → tab, icon added to the label',
      },
      { selector: '#compare-neighbours', expect: null, change: 'compare with similar homes removed' },
      {
        selector: '#download-data',
        expect: '[aria-label="Download usage as CSV"]',
        change: 'text → download icon with aria-label',
      },
      {
        selector: '#submit-reading',
        expect: 'a[href="/readings/new"]',
        change: 'relabeled Submit a meter reading → Give a reading, styled as a button',
      },
      {
        selector: '#switch-tariff',
        expect: 'a[href="/tariff/compare"]',
        change: 'button → link, relabeled Switch tariff → See other tariffs',
      },
      { selector: '#pay-bill', expect: 'button.primary', change: 'relabeled Pay now → Make a payment' },
    ],
  },
  {
    name: 'car-configurator',
    v1: carV1,
    v2: carV2,
    targets: [
      { selector: '#trim-se', expect: null, change: 'SE trim discontinued; GT-Line added at the end' },
      {
        selector: '#colours .swatch:nth-child(3)',
        expect: null,
        change: 'Racing Red withdrawn; Lunar Silver in its place',
      },
      {
        selector: '#colours .swatch:nth-child(4)',
        expect: '[aria-label="Ocean Blue, £650"]',
        change: 'text → colour chip with aria-label',
      },
      {
        selector: '#pack-winter',
        expect: 'input[value="cold-weather"]',
        change: 'id removed, relabeled Winter pack → Cold weather pack',
      },
      {
        selector: '#save-build',
        expect: '[aria-label="Save this build"]',
        change: 'text → heart icon, moved into the summary bar',
      },
      {
        selector: '#request-quote',
        expect: 'button.primary',
        change: 'relabeled Request a quote → Get a dealer quote',
      },
    ],
  },
  {
    name: 'ticket-resale',
    v1: resaleV1,
    v2: resaleV2,
    targets: [
      { selector: '#section', expect: '#block', change: 'renamed id, relabeled Section → Block' },
      { selector: '#ticket-type', expect: null, change: 'ticket type select removed' },
      {
        selector: '#price-per-ticket',
        expect: '#ask',
        change: 'renamed id, relabeled Price per ticket (£) → Your price per ticket',
      },
      { selector: '#deliv-pdf', expect: null, change: 'PDF option withdrawn; mobile and paper remain' },
      {
        selector: '#deliv-post',
        expect: 'input[value="paper"]',
        change: 'id → value, relabeled Paper tickets by post → Paper tickets (we’ll send a prepaid envelope)',
      },
      {
        selector: '#list-tickets',
        expect: 'button.primary',
        change: 'relabeled List tickets → Publish listing',
      },
    ],
  },
  {
    name: 'dating-profile',
    v1: datingV1,
    v2: datingV2,
    targets: [
      {
        selector: '.photo:nth-child(2) .remove-photo',
        expect: '[aria-label="Delete photo 2"]',
        change: 'text → icon, relabeled Remove → Delete photo 2',
      },
      { selector: '#add-photo', expect: 'button.add-tile', change: 'text → + tile with aria-label' },
      { selector: '#bio', expect: '#about', change: 'renamed id, relabeled About me → Bio, name kept' },
      { selector: '#job', expect: '#work', change: 'job title and company merged into one Work field' },
      { selector: '#company', expect: null, change: 'company field merged into the Work field' },
      { selector: '#save-profile', expect: 'button.primary', change: 'relabeled Save → Done' },
    ],
  },
  {
    name: 'translator',
    v1: translateV1,
    v2: translateV2,
    targets: [
      { selector: '#swap-langs', expect: '[aria-label="Swap languages"]', change: 'text → icon' },
      { selector: '#output', expect: 'p.translation', change: 'div → paragraph, id removed' },
      { selector: '#copy-output', expect: '[aria-label="Copy translation"]', change: 'text → icon, moved' },
      {
        selector: '#listen',
        expect: '[aria-label="Listen to translation"]',
        change: 'text → icon; a look-alike listen button added for the source text',
      },
      {
        selector: '#suggest-edit',
        expect: null,
        change: 'suggest-an-edit link replaced by thumbs up/down rating',
      },
      {
        selector: '#translate-btn',
        expect: null,
        change: 'translate button removed; translation is instant',
      },
    ],
  },
  {
    name: 'spreadsheet-toolbar',
    v1: sheetV1,
    v2: sheetV2,
    targets: [
      {
        selector: '#menu-format',
        expect: '[role="menuitem"]:nth-child(5)',
        change: 'link → menubar button, id removed',
      },
      {
        selector: '#undo',
        expect: '[aria-label="Undo (Ctrl+Z)"]',
        change: 'text → icon with shortcut in aria-label',
      },
      {
        selector: '#font-size',
        expect: '[aria-label="Font size"]',
        change: 'select → number box with − and + buttons',
      },
      {
        selector: '#align-center',
        expect: null,
        change: 'three alignment buttons replaced by one Horizontal align menu',
      },
      { selector: '#merge-cells', expect: '[aria-label="Merge cells"]', change: 'text → icon' },
      {
        selector: '#insert-chart',
        expect: null,
        change: 'chart button removed from the toolbar (Insert menu only)',
      },
    ],
  },
  {
    name: 'video-call-lobby',
    v1: lobbyV1,
    v2: lobbyV2,
    targets: [
      {
        selector: '#toggle-mic',
        expect: '[aria-label="Turn off microphone"]',
        change: 'text → icon over the preview, relabeled Mute → Turn off microphone',
      },
      {
        selector: '#toggle-cam',
        expect: '[aria-label="Turn off camera"]',
        change: 'text → icon over the preview, relabeled Stop video → Turn off camera',
      },
      {
        selector: '#cam-select',
        expect: 'select[name="videoInput"]',
        change: 'label → aria-label, moved after the speaker select',
      },
      {
        selector: '#display-name',
        expect: '#guest-name',
        change: "renamed id, relabeled Your name → What's your name?",
      },
      { selector: '#join-now', expect: 'button.primary', change: 'relabeled Join now → Join meeting' },
      { selector: '#present', expect: null, change: 'Present removed; Use companion mode link in its place' },
    ],
  },
  {
    name: 'merge-approvals',
    v1: approvalsV1,
    v2: approvalsV2,
    targets: [
      {
        selector: 'tr:nth-of-type(2) .edit-rule',
        expect: '[aria-label="Edit Backend"]',
        change: 'table → list, text → pencil icon',
      },
      {
        selector: 'tr:nth-of-type(3) .delete-rule',
        expect: '[aria-label="Remove Security"]',
        change: 'table → list, text → bin icon, Delete → Remove',
      },
      {
        selector: 'tr:nth-of-type(4) .edit-rule',
        expect: null,
        change: 'Docs rule deleted; a Frontend rule in its place',
      },
      {
        selector: '#add-rule',
        expect: '.card > .row > button',
        change: 'relabeled Add rule → Add approval rule, moved above the rules',
      },
      {
        selector: '#dismiss-stale',
        expect: 'input[name="reset_approvals_on_push"]',
        change: 'id → name, relabeled to When a commit is added: Remove all approvals',
      },
      {
        selector: '#require-signed',
        expect: null,
        change: 'signed commits setting moved to repository settings',
      },
    ],
  },
  {
    name: 'email-builder',
    v1: emailV1,
    v2: emailV2,
    targets: [
      {
        selector: '#blk-image',
        expect: '.tile:nth-child(2)',
        change: 'button → tile with icon, moved right',
      },
      { selector: '#blk-divider', expect: null, change: 'divider block removed; Spacer tile in its place' },
      {
        selector: '#subject',
        expect: '#subject-line',
        change: 'renamed id, relabeled Subject → Subject line',
      },
      {
        selector: '#preheader',
        expect: '#preview-text',
        change: 'renamed id, relabeled Preheader text → Preview text',
      },
      {
        selector: '#send-test',
        expect: 'header .btn:not(.primary)',
        change: 'relabeled Send test email → Send a test',
      },
      {
        selector: '#send-now',
        expect: null,
        change: 'sending moved to a review step; Next: review in its place',
      },
    ],
  },
  {
    name: 'warehouse-stock',
    v1: stockV1,
    v2: stockV2,
    targets: [
      { selector: '#scan-barcode', expect: '[aria-label="Scan barcode"]', change: 'text → barcode icon' },
      {
        selector: 'tr:nth-of-type(3) .adjust',
        expect: null,
        change: 'cable ties discontinued; row removed, a new SKU at the end',
      },
      {
        selector: 'tr:nth-of-type(4) .move',
        expect: 'tr:nth-of-type(3) .row-action:nth-of-type(2)',
        change: 'relabeled Move → Transfer, row moved up one',
      },
      {
        selector: 'tr:nth-of-type(5) .adjust',
        expect: 'tr:nth-of-type(4) .row-action:nth-of-type(1)',
        change: 'relabeled Adjust → Adjust stock, row moved up one',
      },
      {
        selector: '#cycle-count',
        expect: 'h1 ~ button.btn:not(.primary)',
        change: 'relabeled Start cycle count → Start stock count',
      },
      {
        selector: '#low-stock',
        expect: 'input[name="belowReorder"]',
        change: 'id → name, relabeled Low stock only → Below reorder point',
      },
    ],
  },
  {
    name: 'ride-request',
    v1: rideV1,
    v2: rideV2,
    targets: [
      { selector: '#pickup', expect: 'input[name="origin"]', change: 'id → name, label → aria-label Pickup' },
      { selector: '#add-stop', expect: '[aria-label="Add stop"]', change: 'link → + icon button' },
      {
        selector: '#ride-xl',
        expect: 'input[value="xl"]',
        change: 'id → value, description reworded, moved to the end',
      },
      { selector: '#ride-green', expect: null, change: 'Green option withdrawn; a Pet option added' },
      {
        selector: '#request-ride',
        expect: 'button.primary',
        change: 'relabeled Request ride → Confirm Economy',
      },
    ],
  },
  {
    name: 'weather-alerts',
    v1: weatherV1,
    v2: weatherV2,
    targets: [
      {
        selector: '.loc:nth-child(2) .remove-loc',
        expect: null,
        change: 'Work place removed; Home and Mum remain',
      },
      {
        selector: '.loc:nth-child(3) .edit-loc',
        expect: '[aria-label="Edit Mum"]',
        change: 'text → pencil icon, moved up one',
      },
      { selector: '#add-location', expect: 'button.link', change: 'relabeled Add a place → + Add place' },
      {
        selector: '#alert-frost',
        expect: 'input[name="ice"]',
        change: 'id → name, relabeled Frost → Ice and frost',
      },
      {
        selector: '#alert-pollen',
        expect: null,
        change: 'pollen alerts dropped; Thunderstorms in the same spot',
      },
      {
        selector: '#quiet-start',
        expect: '#dnd-from',
        change: 'renamed id, Quiet hours From → Do not disturb Between',
      },
    ],
  },
  {
    name: 'charity-donation',
    v1: donateV1,
    v2: donateV2,
    targets: [
      {
        selector: '#monthly',
        expect: '[role="tab"]:nth-child(2)',
        change: 'radio → tab, relabeled Monthly → Give monthly',
      },
      {
        selector: '#amounts .amount:nth-child(1)',
        expect: null,
        change: '£10 preset dropped; presets now £15, £30, £50, £100',
      },
      {
        selector: '#amounts .amount:nth-child(3)',
        expect: '.preset:nth-child(3)',
        change: '£50 preset kept, class renamed',
      },
      { selector: '#in-memory', expect: null, change: 'in-memory checkbox removed' },
      {
        selector: '#gift-aid',
        expect: 'input[name="giftAid"]',
        change: "id → name, relabeled to Yes, I'm a UK taxpayer and want to Gift Aid my donation",
      },
      {
        selector: '#donate-btn',
        expect: 'button.primary',
        change: 'relabeled Donate now → Donate £30 a month; a Donate link added in the header',
      },
    ],
  },
  {
    name: 'parking-permit',
    v1: permitV1,
    v2: permitV2,
    targets: [
      {
        selector: '#vrn',
        expect: '#registration-number',
        change: "renamed id, label → question What is the vehicle's registration number?",
      },
      { selector: '#colour', expect: null, change: 'colour field removed' },
      { selector: '#len-3m', expect: null, change: '3-month permit withdrawn; 6 and 12 months remain' },
      {
        selector: '#len-12m',
        expect: 'input[value="12"]',
        change: 'id → value, reworded 12 months — £80 → 12 months (£80)',
      },
      {
        selector: '#proof-upload',
        expect: '#proof-of-address',
        change: 'renamed id, relabeled Proof of address → Upload proof of address',
      },
      {
        selector: '#save-later',
        expect: 'a.govuk-link',
        change: 'button → link, relabeled Save for later → Save and come back later',
      },
    ],
  },
  {
    name: 'hotel-arrivals',
    v1: deskV1,
    v2: deskV2,
    targets: [
      {
        selector: '#search-guest',
        expect: 'input[name="q"]',
        change: 'id → name, placeholder reworded',
      },
      {
        selector: 'tr:nth-of-type(2) .checkin',
        expect: '.guest:nth-child(1) button',
        change: 'table → cards, relabeled Check in → Start check-in',
      },
      {
        selector: 'tr:nth-of-type(3) .assign',
        expect: '.guest:nth-child(2) button',
        change: 'table → cards, relabeled Assign room → Assign a room',
      },
      {
        selector: 'tr:nth-of-type(5) .checkin',
        expect: null,
        change: 'Moreau booking cancelled; other arrivals remain',
      },
      { selector: '#walk-in', expect: 'button.primary', change: 'relabeled New walk-in → + Walk-in booking' },
    ],
  },
  {
    name: 'league-standings',
    v1: leagueV1,
    v2: leagueV2,
    targets: [
      {
        selector: '#tab-fixtures',
        expect: 'a[href="/premier/schedule"]',
        change: 'relabeled Fixtures → Schedule, new URL',
      },
      { selector: '#tab-stats', expect: null, change: 'Stats tab removed; Discipline in its place' },
      {
        selector: '#team-athletic',
        expect: 'a[href="/clubs/ashby-athletic"]',
        change: 'id removed, moved to the top of the table',
      },
      {
        selector: '#full-table',
        expect: 'a.more',
        change: 'relabeled View full table → See all 16 clubs, new URL',
      },
      {
        selector: '#buy-tickets',
        expect: 'a[href="/tickets/rr-aa"]',
        change: 'relabeled Buy tickets → Tickets, styled as a button',
      },
    ],
  },
  {
    name: 'mod-queue',
    v1: modV1,
    v2: modV2,
    targets: [
      {
        selector: '.report:nth-child(1) .approve',
        expect: '.item:nth-child(1) .btn:not(.danger)',
        change: 'relabeled Approve → Keep',
      },
      {
        selector: '.report:nth-child(2) .remove',
        expect: null,
        change: 'report resolved by another moderator; card gone, others remain',
      },
      {
        selector: '.report:nth-child(3) .remove',
        expect: '.item:nth-child(2) .danger',
        change: 'relabeled Remove → Remove post, moved up one',
      },
      {
        selector: '.report:nth-child(1) .ban',
        expect: null,
        change: 'ban moved into a More actions menu; ⋯ button in its place',
      },
      {
        selector: '#bulk-approve',
        expect: '.bulk .btn:not(.danger)',
        change: 'relabeled Approve selected → Keep selected',
      },
      {
        selector: '#mod-log',
        expect: 'a[href="/mod/actions"]',
        change: 'relabeled Mod log → Moderation log, new URL',
      },
    ],
  },
];
