import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------------------
// 1. Rowing club erg test results (full rewrite)
// ---------------------------------------------------------------------------
const rowingV1 = page(
  'Erg tests – Riverside RC',
  `<header><a href="/" class="logo">Riverside RC</a>
<nav class="main-nav"><a href="/squads">Squads</a><a href="/erg" class="active">Erg tests</a><a href="/water">Water sessions</a><a href="/regattas">Regattas</a></nav>
<a href="/account" id="account-link">Coach Harris</a></header>
<main>
<h1>Erg test results</h1>
<form id="erg-filter" class="row">
<label for="squad-select">Squad</label><select name="squad" id="squad-select"><option>Senior men</option><option>Senior women</option><option>J18</option><option>J16</option></select>
<label for="test-select">Test</label><select name="test" id="test-select"><option>2000m</option><option>6000m</option><option>30 min r20</option></select>
<label for="date-from">From</label><input type="date" name="from" id="date-from">
<button type="submit" id="apply-filter">Apply</button>
<a href="/erg/export.csv" class="export-link">Export CSV</a>
</form>
<table id="results-table">
<thead><tr><th>Athlete</th><th>Seat</th><th>Time</th><th>Split /500m</th><th>W/kg</th><th>Actions</th></tr></thead>
<tbody>
<tr data-athlete="a-114"><td>Tom Reid</td><td>Stroke</td><td>6:12.4</td><td>1:33.1</td><td>5.1</td><td><a href="/erg/a-114" class="view-link">View</a> <button type="button" class="delete-result" data-id="r-901">Delete</button></td></tr>
<tr data-athlete="a-121"><td>Sam Okafor</td><td>7</td><td>6:15.0</td><td>1:33.8</td><td>4.9</td><td><a href="/erg/a-121" class="view-link">View</a> <button type="button" class="delete-result" data-id="r-902">Delete</button></td></tr>
<tr data-athlete="a-130"><td>Luca Bianchi</td><td>6</td><td>6:18.9</td><td>1:34.7</td><td>4.8</td><td><a href="/erg/a-130" class="view-link">View</a> <button type="button" class="delete-result" data-id="r-903">Delete</button></td></tr>
<tr data-athlete="a-133"><td>Ewan Price</td><td>5</td><td>6:21.2</td><td>1:35.3</td><td>4.6</td><td><a href="/erg/a-133" class="view-link">View</a> <button type="button" class="delete-result" data-id="r-904">Delete</button></td></tr>
<tr data-athlete="a-140"><td>Joe Marsh</td><td>Bow</td><td>6:25.7</td><td>1:36.4</td><td>4.5</td><td><a href="/erg/a-140" class="view-link">View</a> <button type="button" class="delete-result" data-id="r-905">Delete</button></td></tr>
</tbody></table>
<section id="record-test" class="card">
<h2>Record a test</h2>
<form id="record-form">
<label for="rec-athlete">Athlete</label><select id="rec-athlete" name="athlete"><option value="a-114">Tom Reid</option><option value="a-121">Sam Okafor</option><option value="a-130">Luca Bianchi</option><option value="a-133">Ewan Price</option><option value="a-140">Joe Marsh</option></select>
<label for="rec-time">Time</label><input id="rec-time" name="time" placeholder="m:ss.t">
<label for="rec-split">Average split</label><input id="rec-split" name="split" placeholder="m:ss.t">
<label for="rec-weight">Body weight (kg)</label><input id="rec-weight" name="weight" type="number">
<label><input type="checkbox" name="pb" id="rec-pb"> Personal best</label>
<button type="submit" class="btn-primary">Save result</button>
</form>
</section>
</main>
<footer><a href="/help">Help</a> · <a href="/privacy">Privacy</a> · Riverside Rowing Club</footer>`,
);

const rowingV2 = page(
  'Erg tests · Riverside RC',
  `<header class="tb_1x9"><a href="/" class="tb_logo">Riverside RC</a>
<nav class="tb_nav"><a href="/squads">Squads</a><a href="/erg" aria-current="page">Erg tests</a><a href="/water">Water</a><a href="/regattas">Regattas</a><a href="/land">Land training</a></nav>
<a href="/erg/export.csv" download class="tb_dl">Download CSV</a>
<button type="button" class="tb_avatar" aria-label="Coach Harris – account menu">CH</button></header>
<main class="pg_main">
<h1>Erg tests</h1>
<div class="flt_bar row">
<div role="radiogroup" aria-label="Squad" class="flt_chips"><label><input type="radio" name="squad" value="sm" checked> Senior men</label><label><input type="radio" name="squad" value="sw"> Senior women</label><label><input type="radio" name="squad" value="j18"> J18</label><label><input type="radio" name="squad" value="j16"> J16</label></div>
<label>Piece <select name="piece" class="flt_sel"><option>2k</option><option>6k</option><option>30' r20</option></select></label>
<label>Since <input type="date" name="since" class="flt_date"></label>
<button type="reset" class="flt_reset">Reset filters</button>
</div>
<ul class="res_list">
<li class="res_card card" id="athlete-a114"><h3>Tom Reid</h3><span class="badge">Stroke</span><p>2k 6:12.4 · 1:33.1/500m · 5.1 W/kg</p><a href="/erg/a-114" class="res_more">Details</a><button type="button" class="res_rm" aria-label="Remove result for Tom Reid">🗑</button></li>
<li class="res_card card" id="athlete-a121"><h3>Sam Okafor</h3><span class="badge">7</span><p>2k 6:15.0 · 1:33.8/500m · 4.9 W/kg</p><a href="/erg/a-121" class="res_more">Details</a><button type="button" class="res_rm" aria-label="Remove result for Sam Okafor">🗑</button></li>
<li class="res_card card" id="athlete-a130"><h3>Luca Bianchi</h3><span class="badge">6</span><p>2k 6:18.9 · 1:34.7/500m · 4.8 W/kg</p><a href="/erg/a-130" class="res_more">Details</a><button type="button" class="res_rm" aria-label="Remove result for Luca Bianchi">🗑</button></li>
<li class="res_card card" id="athlete-a133"><h3>Ewan Price</h3><span class="badge">5</span><p>2k 6:21.2 · 1:35.3/500m · 4.6 W/kg</p><a href="/erg/a-133" class="res_more">Details</a><button type="button" class="res_rm" aria-label="Remove result for Ewan Price">🗑</button></li>
<li class="res_card card" id="athlete-a140"><h3>Joe Marsh</h3><span class="badge">Bow</span><p>2k 6:25.7 · 1:36.4/500m · 4.5 W/kg</p><a href="/erg/a-140" class="res_more">Details</a><button type="button" class="res_rm" aria-label="Remove result for Joe Marsh">🗑</button></li>
</ul>
<section class="rec_panel card">
<h2>Add a test result</h2>
<form class="rec_form">
<label>Athlete <select name="athlete"><option value="a-114">Tom Reid</option><option value="a-121">Sam Okafor</option><option value="a-130">Luca Bianchi</option><option value="a-133">Ewan Price</option><option value="a-140">Joe Marsh</option></select></label>
<label>Time <input name="time" placeholder="m:ss.t"></label>
<label>Stroke rate <input name="rate" type="number" placeholder="spm"></label>
<label>Weight (kg) <input name="weight" type="number"></label>
<label><input type="checkbox" name="pb"> PB</label>
<p class="muted">Split and W/kg are calculated for you.</p>
<button type="submit" class="rec_submit">Add test result</button>
</form>
</section>
</main>
<footer class="ft"><a href="/help">Help</a> · <a href="/privacy">Privacy</a> · Riverside Rowing Club</footer>`,
);

// ---------------------------------------------------------------------------
// 2. Powerlifting meet flight control (edit)
// ---------------------------------------------------------------------------
const liftV1 = page(
  'Flight B – LiftMeet',
  `<header><strong class="brand">LiftMeet</strong><nav><a href="/meet/412">Overview</a><a href="/meet/412/flights" class="current">Flights</a><a href="/meet/412/results">Results</a><a href="/meet/412/settings">Settings</a></nav><span class="muted">Northern Classic 2024</span></header>
<main>
<h1>Flight B – Squat</h1>
<div class="row" id="platform-controls"><button type="button" id="start-clock">Start clock</button><button type="button" id="bar-loaded">Bar loaded</button><button type="button" id="skip-lifter">Skip lifter</button><span id="clock" class="badge">1:00</span></div>
<table id="flight-table">
<thead><tr><th>Lot</th><th>Lifter</th><th>Class</th><th>Attempt 1</th><th>Attempt 2</th><th>Attempt 3</th></tr></thead>
<tbody>
<tr id="lifter-17"><td>17</td><td>Ana Costa</td><td>63 kg</td><td class="good">120</td><td class="good">127.5</td><td><input name="att3-17" value="132.5" class="att-input"></td></tr>
<tr id="lifter-22"><td>22</td><td>Beth Morgan</td><td>63 kg</td><td class="good">115</td><td class="bad">122.5</td><td><input name="att3-22" value="122.5" class="att-input"></td></tr>
<tr id="lifter-05"><td>5</td><td>Chloe Hart</td><td>69 kg</td><td class="good">130</td><td class="good">137.5</td><td><input name="att3-05" value="142.5" class="att-input"></td></tr>
<tr id="lifter-31"><td>31</td><td>Dana Iqbal</td><td>69 kg</td><td class="bad">125</td><td class="good">125</td><td><input name="att3-31" value="132.5" class="att-input"></td></tr>
</tbody></table>
<section class="card" id="current-lifter">
<h2>On the platform</h2>
<p><strong>Ana Costa</strong> – 3rd attempt, 132.5 kg</p>
<label for="rack-height">Rack height</label><input id="rack-height" name="rack" value="12">
<label for="safety-height">Safety height</label><input id="safety-height" name="safety" value="7">
<div class="row" id="ref-lights"><button type="button" class="light white" data-ref="left">Left: Good</button><button type="button" class="light white" data-ref="head">Head: Good</button><button type="button" class="light white" data-ref="right">Right: Good</button></div>
<button type="button" id="record-decision">Record decision</button>
</section>
<aside class="card"><h3>Plate loading</h3><ul id="plates"><li>25 kg × 2</li><li>20 kg × 1</li><li>2.5 kg × 1</li><li>Collars 2.5 kg</li></ul><a href="/meet/412/loaders" id="loader-view">Open loader display</a></aside>
</main>
<footer>LiftMeet · <a href="/support">Support</a> · <a href="/rules">IPF rules</a></footer>`,
);

const liftV2 = edit(liftV1, [
  [
    '<button type="button" id="start-clock">Start clock</button>',
    '<button type="button" id="clock-start" aria-label="Start attempt clock">▶</button>',
  ],
  [
    '<button type="button" id="skip-lifter">Skip lifter</button>',
    '<button type="button" id="undo-lift">Undo last lift</button>',
  ],
  [
    '<input name="att3-17" value="132.5" class="att-input">',
    '<input name="attempts[17][3]" value="132.5" class="att-input" aria-label="Ana Costa third attempt">',
  ],
  [
    '<input name="att3-22" value="122.5" class="att-input">',
    '<input name="attempts[22][3]" value="122.5" class="att-input" aria-label="Beth Morgan third attempt">',
  ],
  [
    '<input name="att3-05" value="142.5" class="att-input">',
    '<input name="attempts[05][3]" value="142.5" class="att-input" aria-label="Chloe Hart third attempt">',
  ],
  [
    '<input name="att3-31" value="132.5" class="att-input">',
    '<input name="attempts[31][3]" value="132.5" class="att-input" aria-label="Dana Iqbal third attempt">',
  ],
  [
    '<label for="rack-height">Rack height</label><input id="rack-height" name="rack" value="12">',
    '<label for="squat-rack">Squat rack pins</label><input id="squat-rack" name="rack_pins" value="12">',
  ],
  [
    '<label for="safety-height">Safety height</label><input id="safety-height" name="safety" value="7">',
    '<label for="rack-io">Rack position</label><select id="rack-io" name="rack_io"><option>In</option><option>Out</option></select>',
  ],
  ['data-ref="left">Left: Good', 'data-ref="left">Side 1'],
  ['data-ref="head">Head: Good', 'data-ref="centre">Centre referee'],
  ['data-ref="right">Right: Good', 'data-ref="right">Side 2'],
  [
    '<button type="button" id="record-decision">Record decision</button>',
    '<button type="submit" class="btn primary" data-testid="confirm-lights">Confirm lights</button>',
  ],
  [
    '<a href="/meet/412/loaders" id="loader-view">Open loader display</a>',
    '<a href="/meet/412/display/loaders" class="display-link">Loader screen</a> <a href="/meet/412/display/scoreboard" class="display-link">Scoreboard screen</a>',
  ],
]);

// ---------------------------------------------------------------------------
// 3. Swimming club gala entries (full rewrite)
// ---------------------------------------------------------------------------
const galaV1 = page(
  'County Open – enter events',
  `<header><a href="/" class="brand">Otters SC</a><nav><a href="/galas" class="on">Galas</a><a href="/training">Training</a><a href="/fees">Fees</a><a href="/news">News</a></nav><a href="/logout" id="logout">Log out</a></header>
<main>
<h1>County Open – enter events</h1>
<p class="muted">Closing date 14 March. Entry fee £6.50 per event.</p>
<form id="gala-entry" action="/galas/county-open/enter" method="post">
<label for="swimmer">Swimmer</label><select id="swimmer" name="swimmer_id"><option value="s1">Maisie Cole (12)</option><option value="s2">Archie Cole (10)</option></select>
<table id="events">
<thead><tr><th></th><th>Event</th><th>Entry time</th><th>Qualifying time</th></tr></thead>
<tbody>
<tr><td><input type="checkbox" name="events[]" value="101" id="ev-101"></td><td><label for="ev-101">50m Freestyle</label></td><td><input name="time_101" class="entry-time" placeholder="mm:ss.hh"></td><td>0:36.50</td></tr>
<tr><td><input type="checkbox" name="events[]" value="102" id="ev-102"></td><td><label for="ev-102">100m Freestyle</label></td><td><input name="time_102" class="entry-time" placeholder="mm:ss.hh"></td><td>1:19.00</td></tr>
<tr><td><input type="checkbox" name="events[]" value="103" id="ev-103"></td><td><label for="ev-103">50m Backstroke</label></td><td><input name="time_103" class="entry-time" placeholder="mm:ss.hh"></td><td>0:42.10</td></tr>
<tr><td><input type="checkbox" name="events[]" value="104" id="ev-104"></td><td><label for="ev-104">100m Breaststroke</label></td><td><input name="time_104" class="entry-time" placeholder="mm:ss.hh"></td><td>1:38.40</td></tr>
<tr><td><input type="checkbox" name="events[]" value="105" id="ev-105"></td><td><label for="ev-105">200m Individual Medley</label></td><td><input name="time_105" class="entry-time" placeholder="mm:ss.hh"></td><td>3:05.00</td></tr>
</tbody></table>
<fieldset id="relay"><legend>Relays</legend><label><input type="checkbox" name="relay_available" id="relay-available"> Available for relay selection</label><label><input type="checkbox" name="relay_reserve" id="relay-reserve"> Happy to be reserve</label></fieldset>
<label for="notes">Notes for the team manager</label><textarea id="notes" name="notes"></textarea>
<div id="entry-summary" class="card"><p>Events: <span id="event-count">0</span></p><p>Total: <strong id="entry-total">£0.00</strong></p></div>
<div class="row"><button type="submit" id="submit-entry">Submit entries</button><button type="button" id="save-draft">Save draft</button></div>
</form>
</main>
<footer>Otters Swimming Club · <a href="/contact">Contact</a> · <a href="/welfare">Welfare officer</a></footer>`,
);

const galaV2 = page(
  'County Open 2025 · Otters SC',
  `<header class="site-hd"><a href="/" class="site-hd__brand">Otters SC</a><nav class="site-hd__nav"><a href="/galas" aria-current="page">Galas</a><a href="/training">Training</a><a href="/fees">Fees</a><a href="/news">News</a></nav><a href="/account" class="site-hd__acct">My account</a><form action="/logout" method="post" class="site-hd__out"><button type="submit">Sign out</button></form></header>
<main class="entry">
<h1>County Open 2025</h1>
<p class="entry__meta">Entries close 14 March · £6.50 per event</p>
<form class="entry__form" action="/galas/county-open/entries" method="post">
<fieldset class="entry__who"><legend>Who is swimming?</legend><label><input type="radio" name="swimmer" value="s1" checked> Maisie Cole</label><label><input type="radio" name="swimmer" value="s2"> Archie Cole</label></fieldset>
<h2>Events</h2>
<ul class="ev-list">
<li class="ev" data-event="101"><label><input type="checkbox" name="event" value="101"> 50 Free</label><input name="entry_time[101]" class="ev__time" aria-label="50 Free entry time"><span class="ev__qt">QT 0:36.50</span></li>
<li class="ev" data-event="102"><label><input type="checkbox" name="event" value="102"> 100 Free</label><input name="entry_time[102]" class="ev__time" aria-label="100 Free entry time"><span class="ev__qt">QT 1:19.00</span></li>
<li class="ev" data-event="103"><label><input type="checkbox" name="event" value="103"> 50 Back</label><input name="entry_time[103]" class="ev__time" aria-label="50 Back entry time"><span class="ev__qt">QT 0:42.10</span></li>
<li class="ev" data-event="104"><label><input type="checkbox" name="event" value="104"> 100 Breast</label><input name="entry_time[104]" class="ev__time" aria-label="100 Breast entry time"><span class="ev__qt">QT 1:38.40</span></li>
<li class="ev" data-event="105"><label><input type="checkbox" name="event" value="105"> 200 IM</label><input name="entry_time[105]" class="ev__time" aria-label="200 IM entry time"><span class="ev__qt">QT 3:05.00</span></li>
<li class="ev" data-event="106"><label><input type="checkbox" name="event" value="106"> 50 Fly</label><input name="entry_time[106]" class="ev__time" aria-label="50 Fly entry time"><span class="ev__qt">QT 0:44.90</span></li>
</ul>
<fieldset class="entry__relay"><legend>Relays</legend><label><input type="checkbox" name="relays" value="yes"> Consider me for relay teams</label><label><input type="checkbox" name="needs_lift" value="yes"> Needs a lift to the venue</label></fieldset>
<label class="entry__notes">Message to team manager <textarea name="message"></textarea></label>
<aside class="entry__sum card"><p><span class="entry__count">0 events</span> · <strong class="entry__total">£0.00</strong></p></aside>
<div class="entry__actions row"><a href="/galas" class="entry__back">Back to galas</a><button type="submit" class="entry__go">Enter gala</button></div>
</form>
</main>
<footer class="site-ft">Otters Swimming Club · <a href="/contact">Contact us</a> · <a href="/welfare">Welfare</a></footer>`,
);

// ---------------------------------------------------------------------------
// 4. Tennis club singles ladder (edit)
// ---------------------------------------------------------------------------
const ladderV1 = page(
  'Singles ladder – Elm Park LTC',
  `<header><a href="/" id="home-link">Elm Park LTC</a><nav><a href="/courts">Book a court</a><a href="/ladder" class="active">Ladder</a><a href="/coaching">Coaching</a><a href="/members">Members</a></nav><a href="/me" class="me-link">Priya S.</a></header>
<main>
<h1>Singles ladder</h1>
<div class="row"><label for="ladder-select">Ladder</label><select id="ladder-select" name="ladder"><option>Men's singles</option><option selected>Women's singles</option><option>Mixed doubles</option></select><a href="/ladder/rules" class="rules-link">Ladder rules</a></div>
<table class="ladder-table">
<thead><tr><th>#</th><th>Player</th><th>Played</th><th>Won</th><th></th></tr></thead>
<tbody>
<tr><td>1</td><td>Helen Ward</td><td>9</td><td>8</td><td><button type="button" class="challenge" data-player="p-88">Challenge</button></td></tr>
<tr><td>2</td><td>Grace Liu</td><td>11</td><td>8</td><td><button type="button" class="challenge" data-player="p-61">Challenge</button></td></tr>
<tr><td>3</td><td>Priya Shah <span class="badge">You</span></td><td>7</td><td>5</td><td></td></tr>
<tr><td>4</td><td>Nina Kovac</td><td>8</td><td>4</td><td><button type="button" class="challenge" data-player="p-74">Challenge</button></td></tr>
<tr><td>5</td><td>Rosa Diaz</td><td>6</td><td>2</td><td><button type="button" class="challenge" data-player="p-90">Challenge</button></td></tr>
</tbody></table>
<section class="card" id="report-score">
<h2>Report a result</h2>
<form id="score-form">
<label for="opponent">Opponent</label><select id="opponent" name="opponent"><option>Helen Ward</option><option>Grace Liu</option><option>Nina Kovac</option><option>Rosa Diaz</option></select>
<label for="set1">Set 1</label><input id="set1" name="set1" placeholder="6-4">
<label for="set2">Set 2</label><input id="set2" name="set2">
<label for="set3">Set 3 / match tie-break</label><input id="set3" name="set3">
<label for="played-on">Date played</label><input type="date" id="played-on" name="played_on">
<button type="submit">Submit result</button>
</form>
</section>
<section class="card"><h2>Open challenges</h2><ul id="open-challenges"><li>You challenged Grace Liu – expires 3 June <button type="button" class="withdraw" data-challenge="c-301">Withdraw</button></li><li>Nina Kovac challenged you – <button type="button" class="accept" data-challenge="c-305">Accept</button> <button type="button" class="decline" data-challenge="c-305">Decline</button></li></ul></section>
</main>
<footer>Elm Park Lawn Tennis Club · <a href="/contact">Contact</a> · <a href="/safeguarding">Safeguarding</a></footer>`,
);

const ladderV2 = edit(ladderV1, [
  ['<a href="/me" class="me-link">Priya S.</a>', '<a href="/me" class="profile-link">My profile</a>'],
  [
    `<div class="row"><label for="ladder-select">Ladder</label><select id="ladder-select" name="ladder"><option>Men's singles</option><option selected>Women's singles</option><option>Mixed doubles</option></select>`,
    `<div class="row"><nav class="ladder-tabs" aria-label="Ladder"><a href="/ladder/ms">Men's singles</a><a href="/ladder/ws" aria-current="page">Women's singles</a><a href="/ladder/xd">Mixed doubles</a></nav>`,
  ],
  [
    '<tr><td>1</td><td>Helen Ward</td><td>9</td><td>8</td><td><button type="button" class="challenge" data-player="p-88">Challenge</button></td></tr>\n<tr><td>2</td><td>Grace Liu</td><td>11</td><td>8</td><td><button type="button" class="challenge" data-player="p-61">Challenge</button></td></tr>',
    '<tr><td>1</td><td>Grace Liu</td><td>12</td><td>9</td><td><a href="/ladder/challenge?player=p-61" class="btn challenge-btn">Challenge Grace</a></td></tr>\n<tr><td>2</td><td>Helen Ward</td><td>10</td><td>8</td><td><a href="/ladder/challenge?player=p-88" class="btn challenge-btn">Challenge Helen</a></td></tr>',
  ],
  [
    '<button type="button" class="challenge" data-player="p-74">Challenge</button>',
    '<a href="/ladder/challenge?player=p-74" class="btn challenge-btn">Challenge Nina</a>',
  ],
  [
    '<button type="button" class="challenge" data-player="p-90">Challenge</button>',
    '<a href="/ladder/challenge?player=p-90" class="btn challenge-btn">Challenge Rosa</a>',
  ],
  ['<form id="score-form">', '<form id="result-form">'],
  [
    '<label for="set1">Set 1</label><input id="set1" name="set1" placeholder="6-4">',
    '<label for="first-set">First set</label><input id="first-set" name="first_set" placeholder="6-4">',
  ],
  [
    '<label for="set2">Set 2</label><input id="set2" name="set2">',
    '<label for="second-set">Second set</label><input id="second-set" name="second_set">',
  ],
  [
    '<label for="set3">Set 3 / match tie-break</label><input id="set3" name="set3">',
    '<label for="deciding-set">Deciding set or tie-break</label><input id="deciding-set" name="deciding_set">',
  ],
  [
    '<label for="played-on">Date played</label><input type="date" id="played-on" name="played_on">',
    '<label for="court-no">Court</label><select id="court-no" name="court"><option>Court 1</option><option>Court 2</option><option>Court 3 (clay)</option></select>',
  ],
  ['<button type="submit">Submit result</button>', '<button type="submit">Send result</button>'],
  [
    '<button type="button" class="withdraw" data-challenge="c-301">Withdraw</button>',
    '<span class="muted">Awaiting reply</span>',
  ],
  [
    '<button type="button" class="accept" data-challenge="c-305">Accept</button>',
    '<button type="button" class="btn-accept" data-challenge="c-305">Accept challenge</button>',
  ],
  [
    '<button type="button" class="decline" data-challenge="c-305">Decline</button>',
    '<button type="button" class="btn-decline" data-challenge="c-305">Decline</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 5. Cycling sportive entry options (full rewrite)
// ---------------------------------------------------------------------------
const sportiveV1 = page(
  'Enter – Dales Sportive',
  `<header><a href="/" class="logo">Dales Sportive</a><nav><a href="/routes">Routes</a><a href="/enter" class="active">Enter</a><a href="/faq">FAQ</a><a href="/results">Results</a></nav></header>
<main>
<ol class="steps"><li>Rider</li><li class="current">Options</li><li>Payment</li></ol>
<h1>Choose your ride</h1>
<form id="entry-options" method="post">
<fieldset id="route-choice"><legend>Route</legend>
<label><input type="radio" name="route" value="short" id="route-short"> Short – 62 km</label>
<label><input type="radio" name="route" value="medium" id="route-medium"> Medium – 110 km</label>
<label><input type="radio" name="route" value="epic" id="route-epic"> Epic – 165 km</label>
</fieldset>
<label for="start-wave">Start wave</label><select id="start-wave" name="wave"><option>07:00</option><option>07:30</option><option>08:00</option><option>08:30</option></select>
<label for="licence-no">British Cycling licence number (optional)</label><input id="licence-no" name="licence">
<label for="club">Club</label><input id="club" name="club">
<fieldset id="extras"><legend>Extras</legend>
<label><input type="checkbox" name="extras[]" value="photos" id="extra-photos"> Photo package (£12)</label>
<label><input type="checkbox" name="extras[]" value="jersey" id="extra-jersey"> Event jersey (£45)</label>
<label><input type="checkbox" name="extras[]" value="transport" id="extra-transport"> Bike transport back to HQ (£8)</label>
</fieldset>
<label for="jersey-size">Jersey size</label><select id="jersey-size" name="jersey_size"><option>XS</option><option>S</option><option>M</option><option>L</option><option>XL</option></select>
<label><input type="checkbox" name="terms" id="accept-terms"> I accept the event terms and rider code</label>
<div class="row"><a href="/enter/rider" class="back-link">Back</a><button type="submit" id="continue-btn">Continue to payment</button></div>
</form>
<aside class="card" id="price-box"><h3>Your entry</h3><p>Entry: <span id="base-price">£38.00</span></p><p>Extras: <span id="extras-price">£0.00</span></p><p><strong>Total <span id="total-price">£38.00</span></strong></p><a href="/enter/promo" id="promo-link">Have a promo code?</a></aside>
</main>
<footer>Dales Sportive Ltd · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>`,
);

const sportiveV2 = page(
  'Your ride · Dales Sportive',
  `<header class="hdr"><a href="/" class="hdr-logo">Dales Sportive</a><nav class="hdr-nav"><a href="/routes">Routes</a><a href="/enter" aria-current="page">Enter</a><a href="/faq">FAQ</a><a href="/results">Results</a><a href="/training-plans">Training plans</a></nav></header>
<main class="wizard">
<div class="progress" role="progressbar" aria-valuenow="2" aria-valuemax="3">Step 2 of 3 · Your ride</div>
<form class="wz-form" method="post" action="/enter/options">
<section class="route-cards grid3">
<div class="card route-card"><h3>Short 62</h3><p>62 km · 900 m climbing</p><button type="button" class="route-pick" data-route="short" aria-pressed="false">Select</button></div>
<div class="card route-card"><h3>Medium 110</h3><p>110 km · 1,850 m climbing</p><button type="button" class="route-pick" data-route="medium" aria-pressed="false">Select</button></div>
<div class="card route-card"><h3>Epic 165</h3><p>165 km · 3,100 m climbing</p><button type="button" class="route-pick" data-route="epic" aria-pressed="true">Selected</button></div>
</section>
<label>Expected finish time <select name="expected_finish"><option>Under 6 hours</option><option>6–8 hours</option><option>Over 8 hours</option></select></label>
<p class="muted">Start times are allocated by expected finish and emailed a week before.</p>
<label>British Cycling membership no. <input name="bc_membership" inputmode="numeric"></label>
<label>Club or team <input name="club_name"></label>
<h2>Add-ons</h2>
<label class="toggle"><input type="checkbox" name="addon_photos"> Photo package · £12</label>
<label class="toggle"><input type="checkbox" name="addon_jersey"> Event jersey · £45</label>
<label>Jersey size <select id="kit-size" name="size"><option>XS</option><option>S</option><option>M</option><option>L</option><option>XL</option><option>XXL</option></select></label>
<label><input type="checkbox" name="agree_terms"> I agree to the <a href="/terms">event terms</a> and rider code</label>
<div class="wz-actions row"><a href="/enter/rider" class="wz-back">Previous step</a><button type="submit" class="cta-pay">Review &amp; pay</button></div>
</form>
<aside class="summary card"><h3>Summary</h3><dl><dt>Entry</dt><dd class="sum-entry">£38.00</dd><dt>Add-ons</dt><dd class="sum-addons">£0.00</dd><dt>Total</dt><dd class="sum-total">£38.00</dd></dl><button type="button" class="promo-toggle">Add promo code</button></aside>
</main>
<footer class="ftr">Dales Sportive Ltd · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------------------
// 6. Personal trainer programme builder (edit)
// ---------------------------------------------------------------------------
const ptV1 = page(
  'Strength block 2 – CoachDesk',
  `<header><a href="/" class="brand">CoachDesk</a><nav><a href="/clients" class="active">Clients</a><a href="/library">Exercise library</a><a href="/messages">Messages</a><a href="/billing">Billing</a></nav><input type="search" id="global-search" placeholder="Search clients"></header>
<main>
<div class="row"><h1>Marcus Bell – Strength block 2</h1><span class="badge" id="status-badge">Draft</span></div>
<div class="row" id="week-tabs" role="tablist"><button role="tab" aria-selected="true" id="tab-week-1">Week 1</button><button role="tab" id="tab-week-2">Week 2</button><button role="tab" id="tab-week-3">Week 3</button><button role="tab" id="tab-week-4">Deload</button></div>
<h2>Day A – Lower</h2>
<table id="day-a">
<thead><tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Load</th><th>Rest</th><th></th></tr></thead>
<tbody>
<tr data-ex="back-squat"><td>Back squat</td><td><input name="sets_back-squat" value="4" class="num"></td><td><input name="reps_back-squat" value="6" class="num"></td><td>75% 1RM</td><td>3 min</td><td><button type="button" class="remove-ex" data-ex="back-squat">Remove</button></td></tr>
<tr data-ex="romanian-deadlift"><td>Romanian deadlift</td><td><input name="sets_romanian-deadlift" value="3" class="num"></td><td><input name="reps_romanian-deadlift" value="8" class="num"></td><td>RPE 7</td><td>2 min</td><td><button type="button" class="remove-ex" data-ex="romanian-deadlift">Remove</button></td></tr>
<tr data-ex="split-squat"><td>Bulgarian split squat</td><td><input name="sets_split-squat" value="3" class="num"></td><td><input name="reps_split-squat" value="10" class="num"></td><td>DB 16 kg</td><td>90 s</td><td><button type="button" class="remove-ex" data-ex="split-squat">Remove</button></td></tr>
<tr data-ex="calf-raise"><td>Standing calf raise</td><td><input name="sets_calf-raise" value="3" class="num"></td><td><input name="reps_calf-raise" value="15" class="num"></td><td>Bodyweight</td><td>60 s</td><td><button type="button" class="remove-ex" data-ex="calf-raise">Remove</button></td></tr>
<tr data-ex="plank"><td>Plank</td><td><input name="sets_plank" value="3" class="num"></td><td><input name="reps_plank" value="45 s" class="num"></td><td>–</td><td>45 s</td><td><button type="button" class="remove-ex" data-ex="plank">Remove</button></td></tr>
</tbody></table>
<form id="add-exercise" class="row"><input name="exercise" id="exercise-search" placeholder="Add exercise…"><button type="submit" id="add-ex-btn">Add</button></form>
<label for="coach-notes">Notes for client</label><textarea id="coach-notes" name="notes"></textarea>
<div class="row" id="program-actions"><button type="button" id="duplicate-week">Duplicate week</button><button type="button" id="preview-program">Preview as client</button><button type="button" id="publish-program">Publish to client</button></div>
</main>
<footer>CoachDesk · <a href="/help">Help centre</a></footer>`,
);

const ptV2 = edit(ptV1, [
  [
    '<input type="search" id="global-search" placeholder="Search clients">',
    '<input type="search" id="cmdk" placeholder="Search clients, exercises…">',
  ],
  [
    '<span class="badge" id="status-badge">Draft</span>',
    '<span class="pill pill--draft" role="status">Not published</span>',
  ],
  ['id="tab-week-1">Week 1', 'id="wk-1-tab">Wk 1'],
  ['id="tab-week-2">Week 2', 'id="wk-2-tab">Wk 2'],
  ['id="tab-week-3">Week 3', 'id="wk-3-tab">Wk 3'],
  ['id="tab-week-4">Deload', 'id="wk-4-tab">Wk 4 · deload'],
  [
    '<button type="button" class="remove-ex" data-ex="back-squat">Remove</button>',
    '<button type="button" class="icon-btn" aria-label="Remove back squat">✕</button>',
  ],
  [
    '<button type="button" class="remove-ex" data-ex="romanian-deadlift">Remove</button>',
    '<button type="button" class="icon-btn" aria-label="Remove Romanian deadlift">✕</button>',
  ],
  [
    '<button type="button" class="remove-ex" data-ex="split-squat">Remove</button>',
    '<button type="button" class="icon-btn" aria-label="Remove Bulgarian split squat">✕</button>',
  ],
  [
    '<button type="button" class="remove-ex" data-ex="calf-raise">Remove</button>',
    '<button type="button" class="icon-btn" aria-label="Remove calf raise">✕</button>',
  ],
  [
    '<tr data-ex="plank"><td>Plank</td><td><input name="sets_plank" value="3" class="num"></td><td><input name="reps_plank" value="45 s" class="num"></td><td>–</td><td>45 s</td><td><button type="button" class="remove-ex" data-ex="plank">Remove</button></td></tr>',
    '<tr data-ex="dead-bug"><td>Dead bug</td><td><input name="sets_dead-bug" value="3" class="num"></td><td><input name="reps_dead-bug" value="10" class="num"></td><td>–</td><td>45 s</td><td><button type="button" class="icon-btn" aria-label="Remove dead bug">✕</button></td></tr>',
  ],
  [
    '<input name="exercise" id="exercise-search" placeholder="Add exercise…"><button type="submit" id="add-ex-btn">Add</button>',
    '<input name="q" id="ex-picker" placeholder="Search library to add"><button type="submit" id="add-ex-btn">Add to day</button>',
  ],
  [
    '<label for="coach-notes">Notes for client</label><textarea id="coach-notes" name="notes"></textarea>',
    '<label>Message for Marcus <textarea name="client_notes"></textarea></label>',
  ],
  [
    '<button type="button" id="duplicate-week">Duplicate week</button>',
    '<button type="button" id="add-day">Add training day</button>',
  ],
  [
    '<button type="button" id="publish-program">Publish to client</button>',
    '<button type="button" class="btn primary" data-testid="publish">Send to Marcus</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 7. National park wilderness permit application (full rewrite)
// ---------------------------------------------------------------------------
const zoneOptions =
  '<option>Z04 Upper Cedar</option><option>Z07 Lost Lake basin</option><option>Z11 Marmot Meadows</option><option>Z15 Sawtooth Tarns</option>';
const trailheads =
  '<option>Cedar Flat</option><option>Lost Lake</option><option>Marmot Pass</option><option>Sawtooth Gap</option>';

const permitV1 = page(
  'Wilderness permit application – Granite Peaks National Park',
  `<header><a href="/" class="logo">Granite Peaks National Park</a><nav><a href="/plan">Plan your visit</a><a href="/permits" class="active">Wilderness permits</a><a href="/conditions">Trail conditions</a><a href="/alerts">Alerts</a></nav></header>
<div class="alert" id="fire-alert">Stage 1 fire restrictions in effect. <a href="/alerts/fire">Details</a></div>
<main>
<h1>Wilderness permit application</h1>
<form id="permit-form" method="post" action="/permits/apply">
<h2>Trip</h2>
<label for="entry-date">Entry date</label><input type="date" id="entry-date" name="entry_date">
<label for="exit-date">Exit date</label><input type="date" id="exit-date" name="exit_date">
<label for="trailhead">Entry trailhead</label><select id="trailhead" name="trailhead">${trailheads}</select>
<label for="exit-trailhead">Exit trailhead</label><select id="exit-trailhead" name="exit_trailhead">${trailheads}</select>
<h2>Itinerary</h2>
<table id="itinerary"><thead><tr><th>Night</th><th>Camping zone</th></tr></thead><tbody>
<tr><td>1</td><td><select name="zone_1" class="zone">${zoneOptions}</select></td></tr>
<tr><td>2</td><td><select name="zone_2" class="zone">${zoneOptions}</select></td></tr>
<tr><td>3</td><td><select name="zone_3" class="zone">${zoneOptions}</select></td></tr>
</tbody></table>
<button type="button" id="add-night">Add another night</button>
<h2>Group</h2>
<label for="group-size">Number of people</label><input type="number" id="group-size" name="group_size" min="1" max="12">
<label for="stock">Number of stock animals</label><input type="number" id="stock" name="stock">
<label><input type="checkbox" id="bear-canister" name="bear_canister"> I will carry an approved bear-resistant food container</label>
<h2>Trip leader</h2>
<label for="leader-name">Full name</label><input id="leader-name" name="leader_name">
<label for="leader-phone">Phone</label><input id="leader-phone" name="leader_phone" type="tel">
<label for="vehicle-plate">Vehicle licence plate</label><input id="vehicle-plate" name="plate">
<button type="submit" id="submit-permit">Submit application ($10)</button>
</form>
</main>
<footer><a href="/contact">Contact the wilderness office</a> · <a href="/accessibility">Accessibility</a> · <a href="/foia">FOIA</a></footer>`,
);

const permitV2 = page(
  'Apply for a wilderness permit | Granite Peaks',
  `<header class="usa-header"><a href="/" class="usa-logo">Granite Peaks</a><nav class="usa-nav"><a href="/plan">Plan</a><a href="/permits" aria-current="page">Permits</a><a href="/conditions">Conditions</a><a href="/alerts">Alerts <span class="badge">2</span></a></nav></header>
<main class="usa-main">
<div class="usa-alert usa-alert--warning" role="alert">Fire restrictions: stage 1. Campfires prohibited below 9,000 ft. <a href="/alerts/fire">Read more</a></div>
<h1>Apply for a wilderness permit</h1>
<form class="usa-form" method="post" action="/permits/applications">
<fieldset class="usa-fieldset"><legend>Dates and trailhead</legend>
<label>Start date <input type="date" name="start_date"></label>
<label>End date <input type="date" name="end_date"></label>
<label>Starting trailhead <select name="entry_trailhead">${trailheads}</select></label>
<p class="usa-hint">Exit trailhead is the same as your starting trailhead (loop trips only this season).</p>
</fieldset>
<fieldset class="usa-fieldset"><legend>Where you'll camp</legend>
<div class="night card" data-night="1"><h3>Night 1</h3><select name="nights[1][zone]" aria-label="Night 1 zone">${zoneOptions}</select></div>
<div class="night card" data-night="2"><h3>Night 2</h3><select name="nights[2][zone]" aria-label="Night 2 zone">${zoneOptions}</select></div>
<div class="night card" data-night="3"><h3>Night 3</h3><select name="nights[3][zone]" aria-label="Night 3 zone">${zoneOptions}</select></div>
<button type="button" class="night-add usa-button--outline">+ Night</button>
</fieldset>
<fieldset class="usa-fieldset"><legend>Your group</legend>
<label>Group size (max 12) <input type="number" name="people" min="1" max="12"></label>
<label>Number of vehicles at trailhead <input type="number" name="vehicles" min="0"></label>
<label>Licence plate(s) <input name="vehicle_plates"></label>
<fieldset><legend>Food storage</legend><label><input type="radio" name="food_storage" value="canister"> Bear-resistant canister</label><label><input type="radio" name="food_storage" value="locker"> Use campsite food lockers</label></fieldset>
</fieldset>
<fieldset class="usa-fieldset"><legend>Trip leader</legend>
<label>Name <input name="leader" autocomplete="name"></label>
<label>Mobile phone <input name="phone" type="tel" autocomplete="tel"></label>
<label>Email <input name="email" type="email" autocomplete="email"></label>
</fieldset>
<button type="submit" class="usa-button pay-submit">Pay $10 and submit</button>
</form>
</main>
<footer class="usa-footer"><a href="/contact">Contact us</a> · <a href="/accessibility">Accessibility</a> · <a href="/foia">FOIA</a></footer>`,
);

// ---------------------------------------------------------------------------
// 8. Whitewater river levels (edit)
// ---------------------------------------------------------------------------
const riverOptions =
  '<option>Tryweryn – Upper</option><option>Dee – Town Falls</option><option>Conwy – Fairy Glen</option><option>Glaslyn – Aberglaslyn</option><option>Ogwen – Bethesda</option>';

const paddleV1 = page(
  'River levels – PaddleLevels',
  `<header><a href="/" class="logo">PaddleLevels</a><nav><a href="/rivers" class="active">Rivers</a><a href="/map">Map</a><a href="/reports">Trip reports</a><a href="/alerts">Level alerts</a></nav><a href="/login" id="login-link">Sign in</a></header>
<main>
<h1>River levels – North Wales</h1>
<form id="level-filters" class="row">
<label for="grade-min">Grade from</label><select id="grade-min" name="grade_min"><option>1</option><option>2</option><option>3</option><option>4</option></select>
<label for="grade-max">to</label><select id="grade-max" name="grade_max"><option>2</option><option>3</option><option>4</option><option>5</option></select>
<label><input type="checkbox" id="runnable-only" name="runnable"> Runnable now</label>
<button type="submit" class="btn">Filter</button>
</form>
<table id="levels">
<thead><tr><th>River</th><th>Section</th><th>Grade</th><th>Gauge</th><th>Level</th><th>Trend</th><th></th></tr></thead>
<tbody>
<tr id="sec-tryweryn"><td>Tryweryn</td><td>Upper</td><td>3/4</td><td>Bala dam release</td><td class="level ok">9.0 cumecs</td><td>Steady</td><td><button type="button" class="fav" data-section="tryweryn">☆ Save</button></td></tr>
<tr id="sec-dee-town"><td>Dee</td><td>Town Falls</td><td>3</td><td>Manley Hall</td><td class="level low">0.42 m</td><td>Falling</td><td><button type="button" class="fav" data-section="dee-town">☆ Save</button></td></tr>
<tr id="sec-conwy"><td>Conwy</td><td>Fairy Glen</td><td>5</td><td>Cwmlanerch</td><td class="level high">1.10 m</td><td>Rising</td><td><button type="button" class="fav" data-section="conwy">☆ Save</button></td></tr>
<tr id="sec-glaslyn"><td>Glaslyn</td><td>Aberglaslyn gorge</td><td>3</td><td>Beddgelert</td><td class="level ok">0.65 m</td><td>Steady</td><td><button type="button" class="fav" data-section="glaslyn">☆ Save</button></td></tr>
<tr id="sec-ogwen"><td>Ogwen</td><td>Bethesda</td><td>4</td><td>Tal y Bont</td><td class="level low">0.30 m</td><td>Falling</td><td><button type="button" class="fav" data-section="ogwen">☆ Save</button></td></tr>
</tbody></table>
<section class="card" id="alert-signup">
<h2>Get a level alert</h2>
<form id="alert-form">
<label for="alert-section">Section</label><select id="alert-section" name="section">${riverOptions}</select>
<label for="alert-threshold">Alert me above</label><input id="alert-threshold" name="threshold">
<label for="alert-email">Email</label><input id="alert-email" name="email" type="email">
<button type="submit" id="create-alert">Create alert</button>
</form>
</section>
</main>
<footer>Data from NRW and SEPA · <a href="/about">About</a> · <a href="/donate">Support the site</a></footer>`,
);

const paddleV2 = edit(paddleV1, [
  [
    '<a href="/login" id="login-link">Sign in</a>',
    '<a href="/login?next=/rivers" class="nav-login">Log in</a>',
  ],
  [
    '<label for="grade-min">Grade from</label><select id="grade-min" name="grade_min"><option>1</option><option>2</option><option>3</option><option>4</option></select>\n<label for="grade-max">to</label><select id="grade-max" name="grade_max">',
    '<label for="max-grade">Up to grade</label><select id="max-grade" name="max_grade">',
  ],
  [
    '<label><input type="checkbox" id="runnable-only" name="runnable"> Runnable now</label>',
    '<label><input type="checkbox" id="in-condition" name="in_condition"> In condition now</label>',
  ],
  [
    '<tr id="sec-tryweryn"><td>Tryweryn</td><td>Upper</td><td>3/4</td><td>Bala dam release</td><td class="level ok">9.0 cumecs</td><td>Steady</td><td><button type="button" class="fav" data-section="tryweryn">☆ Save</button></td></tr>',
    '<tr id="sec-conwy"><td>Conwy</td><td>Fairy Glen</td><td>5</td><td>Cwmlanerch</td><td class="level high">1.10 m</td><td>Rising</td><td><button type="button" class="fav-toggle" data-section="conwy" aria-label="Save Fairy Glen">☆</button></td></tr>\n<tr id="sec-conwy-lower"><td>Conwy</td><td>Lower (Betws)</td><td>3</td><td>Cwmlanerch</td><td class="level high">1.10 m</td><td>Rising</td><td><button type="button" class="fav-toggle" data-section="conwy-lower" aria-label="Save Conwy Lower">☆</button></td></tr>\n<tr id="sec-tryweryn"><td>Tryweryn</td><td>Upper</td><td>3/4</td><td>Bala dam release</td><td class="level ok">9.0 cumecs</td><td>Steady</td><td><button type="button" class="fav-toggle" data-section="tryweryn" aria-label="Save Tryweryn Upper">☆</button></td></tr>',
  ],
  [
    '<button type="button" class="fav" data-section="dee-town">☆ Save</button>',
    '<button type="button" class="fav-toggle" data-section="dee-town" aria-label="Save Town Falls">☆</button>',
  ],
  [
    '\n<tr id="sec-conwy"><td>Conwy</td><td>Fairy Glen</td><td>5</td><td>Cwmlanerch</td><td class="level high">1.10 m</td><td>Rising</td><td><button type="button" class="fav" data-section="conwy">☆ Save</button></td></tr>',
    '',
  ],
  [
    '<button type="button" class="fav" data-section="glaslyn">☆ Save</button>',
    '<button type="button" class="fav-toggle" data-section="glaslyn" aria-label="Save Aberglaslyn gorge">☆</button>',
  ],
  [
    '<button type="button" class="fav" data-section="ogwen">☆ Save</button>',
    '<button type="button" class="fav-toggle" data-section="ogwen" aria-label="Save Bethesda">☆</button>',
  ],
  [
    '<label for="alert-threshold">Alert me above</label><input id="alert-threshold" name="threshold">',
    '<label for="alert-level">Notify when level reaches</label><input id="alert-level" name="level">',
  ],
  [
    '<label for="alert-email">Email</label><input id="alert-email" name="email" type="email">',
    '<label for="alert-channel">Notify by</label><select id="alert-channel" name="channel"><option>App notification</option><option>Email</option><option>Both</option></select>',
  ],
  [
    '<button type="submit" id="create-alert">Create alert</button>',
    '<button type="submit" class="btn">Save alert</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 9. Big game draw application (full rewrite)
// ---------------------------------------------------------------------------
const drawV1 = page(
  '2025 Big game draw – State Wildlife Resources',
  `<header><a href="/" class="agency">State Wildlife Resources</a><nav><a href="/licenses">Licenses</a><a href="/draw" class="active">Big game draw</a><a href="/harvest">Report harvest</a><a href="/account">My account</a></nav></header>
<main>
<h1>2025 Big game draw application</h1>
<p>Customer ID <strong id="customer-id">CID 448-221-907</strong> · Preference points: <span id="pref-points">Elk 4 · Deer 2 · Pronghorn 0</span></p>
<form id="draw-app" method="post">
<label for="species">Species</label><select id="species" name="species"><option>Elk</option><option>Mule deer</option><option>Pronghorn</option><option>Bighorn sheep</option></select>
<fieldset id="hunt-choices"><legend>Hunt choices</legend>
<label for="choice-1">1st choice hunt code</label><input id="choice-1" name="choice1" placeholder="E-E-061-O1-R">
<label for="choice-2">2nd choice</label><input id="choice-2" name="choice2">
<label for="choice-3">3rd choice</label><input id="choice-3" name="choice3">
<label for="choice-4">4th choice</label><input id="choice-4" name="choice4">
</fieldset>
<button type="button" id="hunt-lookup">Look up hunt codes</button>
<fieldset id="party"><legend>Party application</legend>
<label><input type="radio" name="party" value="solo" checked> Apply as an individual</label>
<label><input type="radio" name="party" value="leader"> I'm the party leader</label>
<label><input type="radio" name="party" value="member"> Join an existing party</label>
<label for="party-code">Party code</label><input id="party-code" name="party_code">
</fieldset>
<label><input type="checkbox" id="point-only" name="point_only"> Apply for a preference point only</label>
<label for="hunter-ed">Hunter education number</label><input id="hunter-ed" name="hunter_ed">
<label><input type="checkbox" id="donate-hfh" name="donate"> Add $5 donation to Hunters for the Hungry</label>
<div class="row"><button type="submit" id="submit-app">Submit and pay</button><button type="button" id="cancel-app">Cancel</button></div>
</form>
</main>
<footer>State Wildlife Resources · <a href="/regulations">Regulations</a> · <a href="/contact">Contact</a></footer>`,
);

const drawV2 = page(
  'Draw application · SWR',
  `<header class="swr-top"><a href="/" class="swr-brand">State Wildlife Resources</a><nav class="swr-menu"><a href="/licenses">Licenses &amp; permits</a><a href="/draw" aria-current="page">Draws</a><a href="/harvest">Harvest reporting</a><a href="/account">Account</a></nav></header>
<main class="swr-page">
<h1>Big game draw · 2025</h1>
<div class="card swr-profile"><p>CID 448-221-907</p><ul class="points"><li>Elk <b>4</b></li><li>Deer <b>2</b></li><li>Pronghorn <b>0</b></li></ul></div>
<form class="swr-form" method="post" action="/draw/applications">
<fieldset class="species-tiles" role="radiogroup"><legend>Which species?</legend>
<label class="tile"><input type="radio" name="species" value="elk" checked> Elk</label>
<label class="tile"><input type="radio" name="species" value="deer"> Mule deer</label>
<label class="tile"><input type="radio" name="species" value="pronghorn"> Pronghorn</label>
<label class="tile"><input type="radio" name="species" value="sheep"> Bighorn sheep</label>
</fieldset>
<fieldset class="choices"><legend>Your hunt choices (up to 3)</legend>
<label>First choice <input name="hunt_choice_1" placeholder="E-E-061-O1-R"></label>
<label>Second choice <input name="hunt_choice_2"></label>
<label>Third choice <input name="hunt_choice_3"></label>
<a href="/hunt-planner" class="hunt-planner-link" target="_blank">Open hunt planner</a>
</fieldset>
<fieldset class="party"><legend>Applying with others?</legend>
<label>Party role <select name="party_role"><option value="solo">Just me</option><option value="leader">Party leader – create a party</option><option value="member">Party member – join with a code</option></select></label>
<label>Party code <input name="party_code"></label>
</fieldset>
<div class="row"><span>Preference point only</span><button type="button" role="switch" aria-checked="false" class="swr-switch" aria-label="Preference point only">Off</button></div>
<h2>Your details</h2>
<label>Hunter education card # <input name="hunter_education_no"></label>
<label>Donate to Hunters for the Hungry <select name="donation"><option value="0">No thanks</option><option value="5">$5</option><option value="10">$10</option><option value="25">$25</option></select></label>
<div class="swr-actions row"><button type="submit" class="swr-primary">Submit and pay</button><button type="button" class="swr-secondary">Save and finish later</button></div>
</form>
</main>
<footer class="swr-foot"><a href="/regulations">Regulations</a> · <a href="/contact">Contact</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

// ---------------------------------------------------------------------------
// 10. Mountain rescue incident log (edit)
// ---------------------------------------------------------------------------
const mrtV1 = page(
  'Incident 2025-041 – Kinder MRT',
  `<header><strong>Kinder MRT – Team portal</strong><nav><a href="/incidents" class="active">Incidents</a><a href="/rota">Rota</a><a href="/kit">Kit</a><a href="/training">Training</a></nav><span id="duty-status" class="badge">On call</span></header>
<main>
<h1>Incident 2025-041</h1>
<form id="incident-form">
<div class="grid">
<div><label for="inc-type">Incident type</label><select id="inc-type" name="type"><option>Lost walker</option><option>Lower leg injury</option><option>Medical</option><option>Search</option><option>Animal rescue</option></select></div>
<div><label for="inc-grid">Grid reference</label><input id="inc-grid" name="grid_ref" placeholder="SK 085 875"></div>
<div><label for="inc-callout">Callout time</label><input id="inc-callout" name="callout_time" type="time"></div>
<div><label for="inc-requester">Requested by</label><select id="inc-requester" name="requester"><option>Police</option><option>Ambulance</option><option>Other MRT</option></select></div>
<div><label for="inc-casualties">Casualties</label><input id="inc-casualties" name="casualties" type="number"></div>
<div><label for="inc-weather">Weather</label><input id="inc-weather" name="weather"></div>
</div>
<label for="inc-summary">Summary</label><textarea id="inc-summary" name="summary"></textarea>
</form>
<h2>Team deployed</h2>
<table id="deployed"><thead><tr><th>Member</th><th>Role</th><th>Hours</th><th></th></tr></thead><tbody>
<tr data-member="m-12"><td>Jo Turner</td><td>Team leader</td><td>4.5</td><td><button type="button" class="stand-down" data-member="m-12">Stand down</button></td></tr>
<tr data-member="m-07"><td>Raj Patel</td><td>Cas carer</td><td>4.0</td><td><button type="button" class="stand-down" data-member="m-07">Stand down</button></td></tr>
<tr data-member="m-19"><td>Beth Ames</td><td>Driver</td><td>3.5</td><td><button type="button" class="stand-down" data-member="m-19">Stand down</button></td></tr>
<tr data-member="m-23"><td>Owen Hale</td><td>Party leader</td><td>4.5</td><td><button type="button" class="stand-down" data-member="m-23">Stand down</button></td></tr>
</tbody></table>
<button type="button" id="add-member">Add team member</button>
<h2>Timeline</h2>
<ul id="timeline"><li>19:42 Callout via SARCALL</li><li>20:05 Team at RV</li><li>20:50 Casualty located</li><li>21:35 Casualty handed to ambulance</li></ul>
<form id="timeline-form" class="row"><input name="entry_time" id="tl-time" type="time"><input name="entry_text" id="tl-text" placeholder="What happened?"><button type="submit" id="tl-add">Add entry</button></form>
<div class="row"><button type="button" id="save-incident">Save</button><button type="button" id="close-incident">Close incident</button><button type="button" id="print-report">Print</button></div>
</main>
<footer>Kinder Mountain Rescue Team · <a href="/portal-help">Portal help</a></footer>`,
);

const mrtV2 = edit(mrtV1, [
  ['<span id="duty-status" class="badge">On call</span>', '<span class="badge duty">Available</span>'],
  [
    '<div><label for="inc-grid">Grid reference</label><input id="inc-grid" name="grid_ref" placeholder="SK 085 875"></div>',
    '<div><label for="inc-location">Location</label><input id="inc-location" name="location" placeholder="Grid ref or what3words"></div>',
  ],
  [
    '<label for="inc-requester">Requested by</label><select id="inc-requester" name="requester">',
    '<label for="requested-by">Requesting agency</label><select id="requested-by" name="requesting_agency">',
  ],
  [
    '<div><label for="inc-weather">Weather</label><input id="inc-weather" name="weather"></div>',
    '<div><label for="inc-police-ref">Police log number</label><input id="inc-police-ref" name="police_ref"></div>',
  ],
  ['class="stand-down" data-member="m-12">Stand down', 'class="release-btn" data-member="m-12">Release'],
  ['class="stand-down" data-member="m-07">Stand down', 'class="release-btn" data-member="m-07">Release'],
  ['class="stand-down" data-member="m-19">Stand down', 'class="release-btn" data-member="m-19">Release'],
  ['class="stand-down" data-member="m-23">Stand down', 'class="release-btn" data-member="m-23">Release'],
  [
    '<button type="button" id="add-member">Add team member</button>',
    '<button type="button" id="deploy-member">＋ Add member</button>',
  ],
  [
    '<form id="timeline-form" class="row"><input name="entry_time" id="tl-time" type="time"><input name="entry_text" id="tl-text" placeholder="What happened?">',
    '<form id="timeline-form" class="row"><input name="log_text" placeholder="Add log entry (time stamped automatically)">',
  ],
  [
    '<button type="button" id="close-incident">Close incident</button>',
    '<button type="button" id="close-inc">Stand down team &amp; close</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 11. Vineyard harvest plan (full rewrite)
// ---------------------------------------------------------------------------
const crewOpts = '<option>Crew A</option><option>Crew B</option><option>Machine</option>';
const blockOpts =
  '<option>B3</option><option>B5</option><option>C1</option><option>C2</option><option>D4</option>';

const vineV1 = page(
  'Harvest plan – VineOps',
  `<header><a href="/" class="brand">VineOps</a><nav><a href="/blocks">Blocks</a><a href="/harvest" class="active">Harvest</a><a href="/spray">Spray</a><a href="/crews">Crews</a><a href="/reports">Reports</a></nav><select id="vintage" name="vintage"><option>2025</option><option>2024</option></select></header>
<main>
<h1>Harvest plan</h1>
<div class="row"><button type="button" id="new-sample">Log sample</button><button type="button" id="export-plan">Export</button><label><input type="checkbox" id="show-picked"> Show picked blocks</label></div>
<table id="harvest-table">
<thead><tr><th>Block</th><th>Variety</th><th>Brix</th><th>pH</th><th>TA g/L</th><th>Target pick</th><th>Crew</th></tr></thead>
<tbody>
<tr data-block="B3"><td>B3</td><td>Pinot noir</td><td>23.8</td><td>3.42</td><td>6.1</td><td><input type="date" name="pick_B3" class="pick-date"></td><td><select name="crew_B3" class="crew">${crewOpts}</select></td></tr>
<tr data-block="B5"><td>B5</td><td>Chardonnay</td><td>22.9</td><td>3.31</td><td>7.0</td><td><input type="date" name="pick_B5" class="pick-date"></td><td><select name="crew_B5" class="crew">${crewOpts}</select></td></tr>
<tr data-block="C1"><td>C1</td><td>Syrah</td><td>24.6</td><td>3.61</td><td>5.4</td><td><input type="date" name="pick_C1" class="pick-date"></td><td><select name="crew_C1" class="crew">${crewOpts}</select></td></tr>
<tr data-block="C2"><td>C2</td><td>Grenache</td><td>21.5</td><td>3.38</td><td>6.6</td><td><input type="date" name="pick_C2" class="pick-date"></td><td><select name="crew_C2" class="crew">${crewOpts}</select></td></tr>
<tr data-block="D4"><td>D4</td><td>Sauvignon blanc</td><td>21.0</td><td>3.20</td><td>7.8</td><td><input type="date" name="pick_D4" class="pick-date"></td><td><select name="crew_D4" class="crew">${crewOpts}</select></td></tr>
</tbody></table>
<section class="card" id="sample-entry"><h2>Log a sample</h2>
<form id="sample-form">
<label for="sample-block">Block</label><select id="sample-block" name="block">${blockOpts}</select>
<label for="sample-brix">Brix</label><input id="sample-brix" name="brix">
<label for="sample-ph">pH</label><input id="sample-ph" name="ph">
<label for="sample-ta">TA (g/L)</label><input id="sample-ta" name="ta">
<label for="sample-berries">Berry count</label><input id="sample-berries" name="berries" type="number">
<button type="submit" id="save-sample">Save sample</button>
</form></section>
<section class="card"><h2>Weather</h2><p id="forecast">Rain 8 mm forecast Thursday</p><a href="/weather" id="weather-link">Full forecast</a></section>
</main>
<footer>VineOps · <a href="/help">Help</a></footer>`,
);

const vineCard = (id: string, variety: string, chem: string) =>
  `<article class="block-card card" data-block-id="${id}"><h3>${id} · ${variety}</h3><p class="chem">${chem}</p><label>Pick on <input type="date" name="pick[${id}]"></label><label>Crew <select name="crew[${id}]">${crewOpts}</select></label></article>`;

const vineV2 = page(
  'Harvest 2025 · VineOps',
  `<header class="app-bar"><a href="/" class="app-bar__brand">VineOps</a><nav class="app-bar__nav"><a href="/blocks">Blocks</a><a href="/harvest" aria-current="page">Harvest</a><a href="/spray">Spray</a><a href="/crews">Crews</a><a href="/reports">Reports</a></nav><label class="app-bar__vintage">Vintage <select name="vintage_year"><option>2025</option><option>2024</option></select></label></header>
<main>
<div class="toolbar row"><h1>Harvest 2025</h1><button type="button" class="tb-sample" data-action="sample">＋ Sample</button><a href="/harvest/plan.xlsx" class="tb-download">Download plan</a></div>
<div role="tablist" class="pick-tabs row"><button role="tab" aria-selected="true" id="tab-to-pick">To pick</button><button role="tab" id="tab-picked">Picked</button><button role="tab" id="tab-all">All blocks</button></div>
<div class="grid3 blocks">
${vineCard('C1', 'Syrah', '24.6 °Bx · pH 3.61 · TA 5.4')}
${vineCard('B3', 'Pinot noir', '23.8 °Bx · pH 3.42 · TA 6.1')}
${vineCard('B5', 'Chardonnay', '22.9 °Bx · pH 3.31 · TA 7.0')}
${vineCard('C2', 'Grenache', '21.5 °Bx · pH 3.38 · TA 6.6')}
${vineCard('D4', 'Sauvignon blanc', '21.0 °Bx · pH 3.20 · TA 7.8')}
</div>
<aside class="drawer card" aria-label="Log a sample"><h2>New sample</h2><form class="drawer__form"><label>Block <select name="block_id">${blockOpts}</select></label><label>Sugar (°Brix) <input name="brix" inputmode="decimal"></label><label>pH <input name="ph_value"></label><label>Titratable acidity <input name="ta_gl"></label><label>Berry weight (g) <input name="berry_weight"></label><button type="submit" class="drawer__save">Add sample</button></form></aside>
<section class="card"><h2>Crush pad</h2><p>Press 2 booked Thursday 06:00</p><a href="/crushpad">Crush pad schedule</a></section>
</main>
<footer class="app-foot">VineOps · <a href="/help">Help</a> · <a href="/status">Status</a></footer>`,
);

// ---------------------------------------------------------------------------
// 12. Sheep lambing record (edit)
// ---------------------------------------------------------------------------
const lambingV1 = page(
  'Record a lambing – FlockBook',
  `<header><a href="/" class="brand">FlockBook</a><nav><a href="/flock">Flock</a><a href="/lambing" class="active">Lambing</a><a href="/movements">Movements</a><a href="/meds">Medicines</a></nav><span class="muted" id="holding">CPH 12/345/6789</span></header>
<main>
<h1>Record a lambing</h1>
<form id="lambing-form">
<div class="row"><label for="ewe-tag">Ewe tag</label><input id="ewe-tag" name="ewe_tag" placeholder="UK0 123456 00001"><button type="button" id="find-ewe">Find</button></div>
<p id="ewe-details" class="muted">Texel x Mule · 4 crop · scanned twins</p>
<label for="lambing-date">Date</label><input type="date" id="lambing-date" name="date">
<label for="lambing-field">Field / shed</label><select id="lambing-field" name="location"><option>Shed pen 4</option><option>Home paddock</option><option>Top field</option></select>
<label for="ease">Lambing ease</label><select id="ease" name="ease"><option>Unassisted</option><option>Slight assistance</option><option>Hard pull</option><option>Vet</option></select>
<table id="lambs"><thead><tr><th>Lamb</th><th>Tag</th><th>Sex</th><th>Birth wt (kg)</th><th>Alive</th></tr></thead><tbody>
<tr><td>1</td><td><input name="lamb1_tag" class="lamb-tag"></td><td><select name="lamb1_sex"><option>Ram</option><option>Ewe</option></select></td><td><input name="lamb1_weight" class="wt"></td><td><input type="checkbox" name="lamb1_alive" checked></td></tr>
<tr><td>2</td><td><input name="lamb2_tag" class="lamb-tag"></td><td><select name="lamb2_sex"><option>Ram</option><option>Ewe</option></select></td><td><input name="lamb2_weight" class="wt"></td><td><input type="checkbox" name="lamb2_alive" checked></td></tr>
</tbody></table>
<button type="button" id="add-lamb">Add lamb</button>
<label for="ewe-cs">Ewe condition score</label><input id="ewe-cs" name="condition_score" type="number" step="0.5">
<label for="mothering">Mothering ability</label><select id="mothering" name="mothering"><option>Good</option><option>Fair</option><option>Poor</option></select>
<label><input type="checkbox" id="cull-flag" name="cull"> Mark ewe for culling</label>
<label for="lamb-notes">Notes</label><textarea id="lamb-notes" name="notes"></textarea>
<div class="row"><button type="submit" id="save-lambing">Save record</button><button type="reset" id="clear-form">Clear</button></div>
</form>
</main>
<footer>FlockBook · <a href="/help">Help</a> · <a href="/bcms">Movement reporting</a></footer>`,
);

const lambingV2 = edit(lambingV1, [
  [
    '<button type="button" id="find-ewe">Find</button>',
    '<button type="button" id="scan-eid" aria-label="Scan EID tag with stick reader">📶 Scan</button>',
  ],
  [
    '<label for="ease">Lambing ease</label><select id="ease" name="ease"><option>Unassisted</option><option>Slight assistance</option><option>Hard pull</option><option>Vet</option></select>',
    '<fieldset id="ease-group"><legend>Assistance</legend><label><input type="radio" name="assist" value="0"> None</label><label><input type="radio" name="assist" value="1"> Slight</label><label><input type="radio" name="assist" value="2"> Hard pull</label><label><input type="radio" name="assist" value="3"> Vet</label></fieldset>',
  ],
  ['<input name="lamb1_tag" class="lamb-tag">', '<input name="lambs[0][tag]" class="lamb-tag">'],
  ['<select name="lamb1_sex">', '<select name="lambs[0][sex]">'],
  [
    '<input name="lamb1_weight" class="wt">',
    '<input name="lambs[0][birth_weight]" class="wt" inputmode="decimal">',
  ],
  [
    '<input type="checkbox" name="lamb1_alive" checked>',
    '<input type="checkbox" name="lambs[0][alive]" checked>',
  ],
  ['<input name="lamb2_tag" class="lamb-tag">', '<input name="lambs[1][tag]" class="lamb-tag">'],
  ['<select name="lamb2_sex">', '<select name="lambs[1][sex]">'],
  [
    '<input name="lamb2_weight" class="wt">',
    '<input name="lambs[1][birth_weight]" class="wt" inputmode="decimal">',
  ],
  [
    '<input type="checkbox" name="lamb2_alive" checked>',
    '<input type="checkbox" name="lambs[1][alive]" checked>',
  ],
  [
    '<button type="button" id="add-lamb">Add lamb</button>',
    '<button type="button" id="add-lamb-row">＋ Another lamb</button>',
  ],
  [
    '<label for="ewe-cs">Ewe condition score</label><input id="ewe-cs" name="condition_score" type="number" step="0.5">',
    '<label for="ewe-bcs">Body condition score (BCS)</label><input id="ewe-bcs" name="bcs" type="number" step="0.5">',
  ],
  [
    '<label for="mothering">Mothering ability</label><select id="mothering" name="mothering"><option>Good</option><option>Fair</option><option>Poor</option></select>\n',
    '',
  ],
  [
    '<label><input type="checkbox" id="cull-flag" name="cull"> Mark ewe for culling</label>',
    '<label><input type="checkbox" id="flag-cull" name="cull_list"> Add to cull list</label>',
  ],
  [
    '<button type="submit" id="save-lambing">Save record</button>',
    '<button type="submit" data-testid="save-lambing-record">Save lambing</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 13. Soil sample lab submission (full rewrite)
// ---------------------------------------------------------------------------
const depthOpts = '<option>0–15 cm</option><option>0–30 cm</option><option>30–60 cm</option>';

const soilV1 = page(
  'Soil sample submission – AgriLab Analytical',
  `<header><a href="/" class="logo">AgriLab Analytical</a><nav><a href="/submit" class="active">Submit samples</a><a href="/results">Results</a><a href="/prices">Prices</a><a href="/kits">Order kits</a></nav><a href="/account" id="acct">Account</a></header>
<main>
<h1>Soil sample submission</h1>
<form id="submission">
<h2>Farm</h2>
<label for="farm-name">Farm / business name</label><input id="farm-name" name="farm">
<label for="agronomist">Agronomist (copy results to)</label><input id="agronomist" name="agronomist_email" type="email">
<label for="po-number">Purchase order</label><input id="po-number" name="po">
<h2>Samples</h2>
<table id="sample-rows"><thead><tr><th>Field name</th><th>Area (ha)</th><th>Depth</th><th>Previous crop</th><th></th></tr></thead><tbody>
<tr><td><input name="field_1" value="Long Acre"></td><td><input name="area_1" value="12.4"></td><td><select name="depth_1">${depthOpts}</select></td><td><input name="prev_1" value="Winter wheat"></td><td><button type="button" class="del-row" data-row="1">✕</button></td></tr>
<tr><td><input name="field_2" value="Mill Field"></td><td><input name="area_2" value="8.9"></td><td><select name="depth_2">${depthOpts}</select></td><td><input name="prev_2" value="Oilseed rape"></td><td><button type="button" class="del-row" data-row="2">✕</button></td></tr>
<tr><td><input name="field_3" value="Bottom Meadow"></td><td><input name="area_3" value="5.2"></td><td><select name="depth_3">${depthOpts}</select></td><td><input name="prev_3" value="Grass ley"></td><td><button type="button" class="del-row" data-row="3">✕</button></td></tr>
</tbody></table>
<button type="button" id="add-sample-row">Add field</button>
<fieldset id="analyses"><legend>Analysis</legend>
<label><input type="checkbox" name="pkg" value="standard" id="pkg-standard"> Standard (pH, P, K, Mg) – £18</label>
<label><input type="checkbox" name="pkg" value="om" id="pkg-om"> Organic matter – £9</label>
<label><input type="checkbox" name="pkg" value="trace" id="pkg-trace"> Trace elements – £24</label>
<label><input type="checkbox" name="pkg" value="texture" id="pkg-texture"> Texture – £15</label>
</fieldset>
<label for="turnaround">Turnaround</label><select id="turnaround" name="turnaround"><option>Standard (7 days)</option><option>Express (48 h)</option></select>
<label><input type="checkbox" id="courier" name="courier"> Book a courier collection</label>
<button type="submit" id="submit-samples">Submit and print labels</button>
</form>
</main>
<footer>AgriLab Analytical Ltd · UKAS accredited testing lab · <a href="/terms">Terms</a></footer>`,
);

const soilCard = (n: number, field: string, area: string, prev: string) =>
  `<div class="sample card" data-sample="${n}"><h3>Sample ${n}</h3><label>Field <input name="samples[${n}][field]" value="${field}"></label><label>Area (ha) <input name="samples[${n}][area]" value="${area}"></label><label>Depth <select name="samples[${n}][depth]">${depthOpts}</select></label><label>Last crop <input name="samples[${n}][last_crop]" value="${prev}"></label><button type="button" class="remove" aria-label="Remove ${field}">Remove</button></div>`;

const soilV2 = page(
  'Send soil samples · AgriLab',
  `<header class="nav-top"><a href="/" class="nav-top__logo">AgriLab</a><nav class="nav-top__links"><a href="/submit" aria-current="page">Send samples</a><a href="/results">My results</a><a href="/prices">Price list</a><a href="/kits">Sampling kits</a></nav><a href="/account" class="nav-top__acct">Account</a></header>
<main class="flow">
<h1>Send soil samples</h1>
<form class="flow__form" action="/submissions" method="post">
<section class="flow__sec"><h2>1. Your business</h2>
<label>Business name <input name="business_name" autocomplete="organization"></label>
<label>Send a copy of results to (agronomist email) <input name="cc_email" type="email"></label>
</section>
<section class="flow__sec"><h2>2. Samples</h2>
${soilCard(1, 'Long Acre', '12.4', 'Winter wheat')}
${soilCard(2, 'Mill Field', '8.9', 'Oilseed rape')}
${soilCard(3, 'Bottom Meadow', '5.2', 'Grass ley')}
<button type="button" class="add-sample">Add another sample</button>
</section>
<section class="flow__sec"><h2>3. Tests</h2>
<label class="pkg"><input type="checkbox" name="tests" value="core"> Core nutrients (pH, P, K, Mg) · £18</label>
<label class="pkg"><input type="checkbox" name="tests" value="som"> Soil organic matter · £9</label>
<label class="pkg"><input type="checkbox" name="tests" value="trace"> Trace elements · £24</label>
<label class="pkg"><input type="checkbox" name="tests" value="biology"> Soil biology (PLFA) · £39</label>
<fieldset class="turnaround"><legend>How fast?</legend><label><input type="radio" name="speed" value="std" checked> Standard · 7 working days</label><label><input type="radio" name="speed" value="express"> Express · 48 hours (+£6 per sample)</label></fieldset>
<label><input type="checkbox" name="collection"> Arrange courier collection from the farm</label>
</section>
<button type="submit" class="flow__submit">Submit and print labels</button>
</form>
</main>
<footer class="foot">AgriLab Analytical Ltd · UKAS testing laboratory · <a href="/terms">Terms</a></footer>`,
);

// ---------------------------------------------------------------------------
// 14. Grain elevator cash bids and offers (edit)
// ---------------------------------------------------------------------------
const grainV1 = page(
  'Cash bids – Prairie Co-op Grain',
  `<header><a href="/" class="brand">Prairie Co-op Grain</a><nav><a href="/bids" class="active">Cash bids</a><a href="/contracts">My contracts</a><a href="/tickets">Scale tickets</a><a href="/settlements">Settlements</a></nav><a href="/logout" class="signout">Sign out</a></header>
<main>
<h1>Cash bids</h1>
<div class="row"><label for="location">Location</label><select id="location" name="location"><option>Minot</option><option>Velva</option><option>Max</option></select><span class="muted" id="updated">Updated 10:42 CT</span><button type="button" id="refresh-bids">Refresh</button></div>
<table id="bids"><thead><tr><th>Commodity</th><th>Delivery</th><th>Futures</th><th>Basis</th><th>Cash</th><th></th></tr></thead><tbody>
<tr data-bid="hrs-sep"><td>HRS wheat 14%</td><td>Sep 2025</td><td>MWU25 6.12</td><td>-0.85</td><td>5.27</td><td><button type="button" class="offer" data-bid="hrs-sep">Make offer</button></td></tr>
<tr data-bid="hrs-oct"><td>HRS wheat 14%</td><td>Oct 2025</td><td>MWZ25 6.31</td><td>-0.90</td><td>5.41</td><td><button type="button" class="offer" data-bid="hrs-oct">Make offer</button></td></tr>
<tr data-bid="corn-oct"><td>Yellow corn #2</td><td>Oct 2025</td><td>CZ25 4.38</td><td>-0.72</td><td>3.66</td><td><button type="button" class="offer" data-bid="corn-oct">Make offer</button></td></tr>
<tr data-bid="soy-nov"><td>Soybeans #1</td><td>Nov 2025</td><td>SX25 10.42</td><td>-1.05</td><td>9.37</td><td><button type="button" class="offer" data-bid="soy-nov">Make offer</button></td></tr>
<tr data-bid="canola-oct"><td>Canola</td><td>Oct 2025</td><td>cwt</td><td>–</td><td>21.80</td><td><button type="button" class="offer" data-bid="canola-oct">Make offer</button></td></tr>
</tbody></table>
<section class="card" id="offer-panel"><h2>Make an offer</h2>
<form id="offer-form">
<label for="offer-bushels">Bushels</label><input id="offer-bushels" name="bushels" type="number">
<label for="offer-price">Target cash price</label><input id="offer-price" name="target_price">
<label for="offer-expiry">Good until</label><select id="offer-expiry" name="expiry"><option>End of day</option><option>Good till cancelled</option><option>Friday close</option></select>
<label><input type="checkbox" id="offer-notify" name="notify_sms"> Text me when filled</label>
<button type="submit" id="place-offer">Place offer</button>
</form></section>
<section class="card"><h2>Open offers</h2><ul id="open-offers"><li>5,000 bu HRS Sep @ 5.45 <button type="button" class="cancel-offer" data-offer="o-88">Cancel</button></li><li>3,000 bu Soy Nov @ 10.10 <button type="button" class="cancel-offer" data-offer="o-91">Cancel</button></li></ul></section>
</main>
<footer>Bids subject to change without notice. · <a href="/disclaimer">Disclaimer</a></footer>`,
);

const grainV2 = edit(grainV1, [
  ['<a href="/logout" class="signout">Sign out</a>', '<a href="/logout" class="logout-link">Log out</a>'],
  [
    '<label for="location">Location</label><select id="location" name="location">',
    '<label for="elevator">Elevator</label><select id="elevator" name="elevator">',
  ],
  [
    '<span class="muted" id="updated">Updated 10:42 CT</span><button type="button" id="refresh-bids">Refresh</button>',
    '<span class="badge live">Live · updates every minute</span>',
  ],
  [
    '<tr data-bid="hrs-sep">',
    '<tr data-bid="hrs135-sep"><td>HRS wheat 13.5%</td><td>Sep 2025</td><td>MWU25 6.12</td><td>-1.00</td><td>5.12</td><td><button type="button" class="sell-btn" data-bid="hrs135-sep">Sell</button></td></tr>\n<tr data-bid="hrs-sep">',
  ],
  [
    '<button type="button" class="offer" data-bid="hrs-sep">Make offer</button>',
    '<button type="button" class="sell-btn" data-bid="hrs-sep">Sell</button>',
  ],
  [
    '<button type="button" class="offer" data-bid="hrs-oct">Make offer</button>',
    '<button type="button" class="sell-btn" data-bid="hrs-oct">Sell</button>',
  ],
  [
    '<button type="button" class="offer" data-bid="corn-oct">Make offer</button>',
    '<button type="button" class="sell-btn" data-bid="corn-oct">Sell</button>',
  ],
  [
    '<button type="button" class="offer" data-bid="soy-nov">Make offer</button>',
    '<button type="button" class="sell-btn" data-bid="soy-nov">Sell</button>',
  ],
  [
    '<button type="button" class="offer" data-bid="canola-oct">Make offer</button>',
    '<button type="button" class="sell-btn" data-bid="canola-oct">Sell</button>',
  ],
  ['<h2>Make an offer</h2>', '<h2>Target offer</h2>'],
  [
    '<label for="offer-bushels">Bushels</label><input id="offer-bushels" name="bushels" type="number">',
    '<label for="offer-qty">Quantity (bu)</label><input id="offer-qty" name="quantity" type="number">',
  ],
  [
    '<label for="offer-expiry">Good until</label><select id="offer-expiry" name="expiry">',
    '<label for="offer-duration">Offer duration</label><select id="offer-duration" name="duration">',
  ],
  [
    '<label><input type="checkbox" id="offer-notify" name="notify_sms"> Text me when filled</label>',
    '<label><input type="checkbox" id="offer-partial" name="allow_partial"> Allow partial fills</label>',
  ],
  [
    '<button type="submit" id="place-offer">Place offer</button>',
    '<button type="submit" id="submit-offer">Submit offer</button>',
  ],
  [
    '<button type="button" class="cancel-offer" data-offer="o-88">Cancel</button>',
    '<button type="button" class="offer-cancel" data-offer="o-88" aria-label="Cancel offer">✕</button>',
  ],
  [
    '<button type="button" class="cancel-offer" data-offer="o-91">Cancel</button>',
    '<button type="button" class="offer-cancel" data-offer="o-91" aria-label="Cancel offer">✕</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 15. Broiler house climate controller (full rewrite)
// ---------------------------------------------------------------------------
const poultryV1 = page(
  'House 2 – CoopClimate',
  `<header><strong class="brand">CoopClimate</strong><nav><a href="/site">Site overview</a><a href="/houses" class="active">Houses</a><a href="/alarms">Alarms</a><a href="/flock">Flock records</a></nav><span id="site-name">Hillside Farm – Site 2</span></header>
<main>
<div class="row" id="house-tabs"><a href="/houses/1" class="tab">House 1</a><a href="/houses/2" class="tab active">House 2</a><a href="/houses/3" class="tab">House 3</a><a href="/houses/4" class="tab">House 4</a></div>
<h1>House 2 – day 23</h1>
<div class="grid3" id="readings">
<div class="card"><h3>Temperature</h3><p id="temp-now">24.1 °C</p></div>
<div class="card"><h3>Humidity</h3><p id="rh-now">62 %</p></div>
<div class="card"><h3>CO₂</h3><p id="co2-now">1,850 ppm</p></div>
<div class="card"><h3>Water today</h3><p id="water-today">4,210 L</p></div>
<div class="card"><h3>Feed today</h3><p id="feed-today">2.9 t</p></div>
<div class="card"><h3>Birds</h3><p id="birds">28,410</p></div>
</div>
<form id="setpoints">
<h2>Setpoints</h2>
<label for="sp-temp">Target temperature (°C)</label><input id="sp-temp" name="target_temp" value="24.0">
<label for="sp-minvent">Minimum ventilation (%)</label><input id="sp-minvent" name="min_vent" value="18">
<label for="vent-mode">Ventilation mode</label><select id="vent-mode" name="mode"><option>Minimum</option><option>Transitional</option><option>Tunnel</option></select>
<label><input type="checkbox" id="heater-lockout" name="heater_lockout"> Heater lockout</label>
<button type="submit" id="apply-setpoints">Apply setpoints</button>
</form>
<h2>Active alarms</h2>
<table id="alarm-table"><thead><tr><th>Time</th><th>Alarm</th><th>Level</th><th></th></tr></thead><tbody>
<tr><td>03:14</td><td>High CO₂</td><td>Warning</td><td><button type="button" class="ack" data-alarm="al-551">Acknowledge</button></td></tr>
<tr><td>02:50</td><td>Drinker line 3 low pressure</td><td>Critical</td><td><button type="button" class="ack" data-alarm="al-549">Acknowledge</button></td></tr>
</tbody></table>
<a href="/alarms/history" id="alarm-history">Alarm history</a>
</main>
<footer>CoopClimate controller v4.2 · <a href="/support">Support</a></footer>`,
);

const poultryV2 = page(
  'Hillside Farm · House 2',
  `<header class="hd-7f2"><a href="/" class="hd-7f2__logo">CoopClimate</a><nav class="hd-7f2__nav"><a href="/site">Site</a><a href="/houses" aria-current="page">Houses</a><a href="/alarms">Alarms <span class="badge">2</span></a><a href="/flock">Flock</a></nav><span class="hd-7f2__site">Hillside Farm · Site 2</span></header>
<main class="mn-3a1">
<nav class="house-switch row" aria-label="House"><button type="button" data-house="1">H1</button><button type="button" data-house="2" aria-current="true">H2</button><button type="button" data-house="3">H3</button><button type="button" data-house="4">H4</button></nav>
<h1>House 2 <span class="muted">Day 23 · Ross 308</span></h1>
<section class="tiles grid3">
<div class="tile card" data-metric="temperature"><span class="tile-label">Temp</span><span class="tile-value">24.1 °C</span></div>
<div class="tile card" data-metric="humidity"><span class="tile-label">RH</span><span class="tile-value">62 %</span></div>
<div class="tile card" data-metric="co2"><span class="tile-label">CO₂</span><span class="tile-value">1,850 ppm</span></div>
<div class="tile card" data-metric="water"><span class="tile-label">Water</span><span class="tile-value">4,210 L</span></div>
<div class="tile card" data-metric="feed"><span class="tile-label">Feed</span><span class="tile-value">2.9 t</span></div>
<div class="tile card" data-metric="mortality"><span class="tile-label">Mortality today</span><span class="tile-value">14</span></div>
</section>
<section class="sp card"><h2>Climate targets</h2>
<form class="sp-form">
<label>Target temperature <input name="setpoint_temperature" value="24.0" inputmode="decimal"> °C</label>
<label>Min. vent <input name="setpoint_min_vent" value="18" inputmode="numeric"> %</label>
<div role="radiogroup" aria-label="Ventilation mode" class="seg row"><label><input type="radio" name="vent" value="min"> Minimum</label><label><input type="radio" name="vent" value="trans"> Transitional</label><label><input type="radio" name="vent" value="tunnel"> Tunnel</label></div>
<button type="submit" class="sp-save">Send to controller</button>
</form>
</section>
<section class="alarms card"><h2>Alarms</h2>
<ul class="alarm-list">
<li data-alarm-id="al-549" class="sev-critical"><b>Drinker line 3 low pressure</b> · 02:50 <button type="button" aria-label="Acknowledge alarm">✓</button></li>
<li data-alarm-id="al-551" class="sev-warning"><b>High CO₂</b> · 03:14 <button type="button" aria-label="Acknowledge alarm">✓</button></li>
</ul>
</section>
</main>
<footer class="ft-1c4">CoopClimate 5.0 · <a href="/support">Support</a></footer>`,
);

// ---------------------------------------------------------------------------
// 16. Home solar and battery monitoring (edit)
// ---------------------------------------------------------------------------
const solarV1 = page(
  'Overview – SunTrack',
  `<header><a href="/" class="logo">SunTrack</a><nav><a href="/overview" class="active">Overview</a><a href="/production">Production</a><a href="/battery">Battery</a><a href="/devices">Devices</a></nav><button type="button" id="site-switch">12 Orchard Way ▾</button></header>
<main>
<h1>Overview</h1>
<div class="grid3">
<div class="card" id="card-production"><h3>Produced today</h3><p class="value">18.4 kWh</p></div>
<div class="card" id="card-consumption"><h3>Used today</h3><p class="value">11.2 kWh</p></div>
<div class="card" id="card-export"><h3>Exported</h3><p class="value">7.9 kWh</p></div>
</div>
<div class="row" id="period-tabs"><button type="button" class="period active" data-period="day">Day</button><button type="button" class="period" data-period="week">Week</button><button type="button" class="period" data-period="month">Month</button><button type="button" class="period" data-period="year">Year</button></div>
<div id="chart" class="card">Production chart</div>
<section class="card" id="battery-settings"><h2>Battery</h2>
<form id="battery-form">
<label for="battery-mode">Mode</label><select id="battery-mode" name="mode"><option>Self-consumption</option><option>Time of use</option><option>Backup only</option></select>
<label for="reserve">Backup reserve (%)</label><input id="reserve" name="reserve" type="number" value="20">
<label for="charge-from-grid">Charge from grid</label><select id="charge-from-grid" name="grid_charge"><option>Never</option><option>Off-peak only</option></select>
<button type="submit" id="save-battery">Save</button>
</form></section>
<section class="card" id="inverter-list"><h2>Devices</h2><ul><li>Inverter SE5000H <span class="badge">Producing</span> <a href="/devices/inv-1" class="device-link">Details</a></li><li>Battery LG RESU 10 <span class="badge">Charging</span> <a href="/devices/bat-1" class="device-link">Details</a></li></ul></section>
</main>
<footer><a href="/support">Support</a> · <a href="/warranty">Warranty</a></footer>`,
);

const solarV2 = edit(solarV1, [
  [
    '<button type="button" id="site-switch">12 Orchard Way ▾</button>',
    '<select class="site-picker" aria-label="Site"><option>12 Orchard Way</option><option>Unit 4, Barn Court</option></select>',
  ],
  [
    '<div class="card" id="card-export"><h3>Exported</h3><p class="value">7.9 kWh</p></div>',
    '<div class="card" id="card-self"><h3>Self-sufficiency</h3><p class="value">68 %</p></div>',
  ],
  ['data-period="week">Week', 'data-period="7d">7 days'],
  ['data-period="month">Month', 'data-period="30d">30 days'],
  [
    'data-period="year">Year</button>',
    'data-period="year">Year</button><button type="button" class="period" data-period="lifetime">Lifetime</button>',
  ],
  [
    '<label for="battery-mode">Mode</label><select id="battery-mode" name="mode">',
    '<label for="storage-profile">Storage profile</label><select id="storage-profile" name="profile">',
  ],
  [
    '<label for="reserve">Backup reserve (%)</label><input id="reserve" name="reserve" type="number" value="20">',
    '<label for="backup-reserve">Keep in reserve for outages</label><input id="backup-reserve" name="reserve_pct" type="range" min="0" max="100" value="20">',
  ],
  [
    '<label for="charge-from-grid">Charge from grid</label><select id="charge-from-grid" name="grid_charge"><option>Never</option><option>Off-peak only</option></select>\n',
    '',
  ],
  [
    '<button type="submit" id="save-battery">Save</button>',
    '<button type="submit" class="btn primary">Apply to battery</button>',
  ],
  [
    '<a href="/devices/inv-1" class="device-link">Details</a>',
    '<a href="/devices/inverter/SE5000H-7731" class="dev-details">View inverter</a>',
  ],
  [
    '<a href="/devices/bat-1" class="device-link">Details</a>',
    '<a href="/devices/battery/RESU10-2210" class="dev-details">View battery</a>',
  ],
]);

// ---------------------------------------------------------------------------
// 17. Smart meter installation booking (full rewrite)
// ---------------------------------------------------------------------------
const slotRow = (label: string, date: string) =>
  `<tr><td>${label}</td><td><input type="radio" name="slot" value="${date}-am"></td><td><input type="radio" name="slot" value="${date}-pm"></td></tr>`;

const smartV1 = page(
  'Book your smart meter installation – Northern Gas & Power',
  `<header><a href="/" class="logo">Northern Gas &amp; Power</a><nav><a href="/account">Account</a><a href="/smart" class="active">Smart meters</a><a href="/help">Help</a></nav></header>
<main>
<h1>Book your smart meter installation</h1>
<form id="smart-booking">
<h2>Your meters</h2>
<label for="mprn">Gas meter point reference (MPRN)</label><input id="mprn" name="mprn">
<label for="mpan">Electricity MPAN</label><input id="mpan" name="mpan">
<label for="meter-location">Where are your meters?</label><select id="meter-location" name="meter_location"><option>Inside – cupboard</option><option>Outside box</option><option>Cellar</option><option>Communal area</option></select>
<label><input type="checkbox" id="prepay" name="prepayment"> I have a prepayment meter</label>
<h2>Appointment</h2>
<table id="slots"><thead><tr><th>Date</th><th>8am–12pm</th><th>12pm–4pm</th></tr></thead><tbody>
${slotRow('Mon 9 Jun', '2025-06-09')}
${slotRow('Tue 10 Jun', '2025-06-10')}
${slotRow('Wed 11 Jun', '2025-06-11')}
${slotRow('Thu 12 Jun', '2025-06-12')}
</tbody></table>
<a href="/smart/slots?week=2" id="more-dates">Show later dates</a>
<h2>Contact</h2>
<label for="contact-phone">Phone on the day</label><input id="contact-phone" name="phone" type="tel">
<label for="parking">Parking information</label><textarea id="parking" name="parking"></textarea>
<label><input type="checkbox" id="psr" name="priority_services"> Someone in the home needs extra support (Priority Services Register)</label>
<label><input type="checkbox" id="pets" name="pets"> There are pets at the property</label>
<button type="submit" id="book-install">Book installation</button>
</form>
</main>
<footer>Northern Gas &amp; Power Ltd · <a href="/privacy">Privacy</a> · <a href="/complaints">Complaints</a></footer>`,
);

const dayCard = (label: string, date: string) =>
  `<div class="day card" data-date="${date}"><h3>${label}</h3><button type="button" class="time-btn" data-slot="${date}-am">Morning 8–12</button><button type="button" class="time-btn" data-slot="${date}-pm">Afternoon 12–4</button></div>`;

const smartV2 = page(
  'Smart meter appointment · NGP',
  `<header class="ngp-head"><a href="/" class="ngp-logo">Northern Gas &amp; Power</a><nav class="ngp-nav"><a href="/account">My account</a><a href="/smart" aria-current="page">Smart meters</a><a href="/help">Help &amp; support</a></nav></header>
<main class="ngp-main">
<h1>Choose your smart meter appointment</h1>
<p class="ngp-note">We'll fit your smart gas meter. Your electricity meter is booked separately if needed.</p>
<form class="ngp-form" method="post" action="/smart/appointments">
<section><h2>About your gas meter</h2>
<label>MPRN (on your gas bill) <input name="gas_mprn" inputmode="numeric"></label>
<fieldset class="meter-where"><legend>Where is your gas meter?</legend><label><input type="radio" name="location" value="inside"> Indoors (cupboard)</label><label><input type="radio" name="location" value="outside"> Outside meter box</label><label><input type="radio" name="location" value="cellar"> Cellar or basement</label><label><input type="radio" name="location" value="communal"> Shared area</label></fieldset>
<label>How do you pay for gas? <select name="payment_type"><option value="dd">Direct Debit</option><option value="ppm">Prepayment (top up)</option><option value="cash">Cash or cheque on bill</option></select></label>
</section>
<section><h2>Pick a date</h2>
<div class="days grid">
${dayCard('Monday 9 June', '2025-06-09')}
${dayCard('Tuesday 10 June', '2025-06-10')}
${dayCard('Wednesday 11 June', '2025-06-11')}
${dayCard('Thursday 12 June', '2025-06-12')}
</div>
<button type="button" class="slots-next">Next week ›</button>
</section>
<section><h2>On the day</h2>
<label>Best number to call <input name="mobile" type="tel"></label>
<label>Anything our engineer should know about parking or access? <textarea name="access_notes"></textarea></label>
<label><input type="checkbox" name="psr"> Someone at home needs extra help (Priority Services Register)</label>
<label><input type="checkbox" name="sms_reminder"> Text me a reminder the day before</label>
</section>
<button type="submit" class="confirm-booking">Confirm appointment</button>
</form>
</main>
<footer class="ngp-foot"><a href="/privacy">Privacy</a> · <a href="/complaints">Complaints</a> · Northern Gas &amp; Power Ltd</footer>`,
);

// ---------------------------------------------------------------------------
// 18. Water utility burst main job (edit)
// ---------------------------------------------------------------------------
const burstV1 = page(
  'Job W-77821 – AquaOps Control',
  `<header><strong>AquaOps Control</strong><nav><a href="/jobs" class="active">Jobs</a><a href="/network">Network map</a><a href="/crews">Crews</a><a href="/comms">Customer comms</a></nav><span class="badge" id="shift">Night shift</span></header>
<main>
<h1>Job W-77821 – Burst main, Ashby Road</h1>
<div class="row" id="job-actions"><button type="button" id="escalate">Escalate to incident</button><button type="button" id="assign-crew">Assign crew</button><button type="button" id="add-note">Add note</button></div>
<section class="card" id="job-details"><h2>Details</h2>
<label for="priority">Priority</label><select id="priority" name="priority"><option>P1 – 2 hours</option><option>P2 – 24 hours</option><option>P3 – 5 days</option></select>
<label for="main-diameter">Main diameter (mm)</label><input id="main-diameter" name="diameter" value="150">
<label for="material">Pipe material</label><select id="material" name="material"><option>Cast iron</option><option>Ductile iron</option><option>PVC</option><option>PE</option></select>
<label for="props-off">Properties without supply</label><input id="props-off" name="properties_off" value="86">
<label><input type="checkbox" id="sensitive" name="sensitive_customers" checked> Sensitive customers affected</label>
</section>
<h2>Valve operations</h2>
<table id="valves"><thead><tr><th>Valve</th><th>Location</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-valve="V-1043"><td>V-1043</td><td>Ashby Rd / Mill Ln</td><td>Closed 01:12</td><td><button type="button" class="valve-op" data-valve="V-1043">Open</button></td></tr>
<tr data-valve="V-1044"><td>V-1044</td><td>Ashby Rd o/s no. 120</td><td>Open</td><td><button type="button" class="valve-op" data-valve="V-1044">Close</button></td></tr>
<tr data-valve="V-1051"><td>V-1051</td><td>Station Rd junction</td><td>Open</td><td><button type="button" class="valve-op" data-valve="V-1051">Close</button></td></tr>
</tbody></table>
<section class="card" id="comms"><h2>Customer messaging</h2>
<label for="sms-template">SMS template</label><select id="sms-template" name="template"><option>Supply interruption – investigating</option><option>Repair under way</option><option>Supply restored</option></select>
<button type="button" id="send-sms">Send SMS to 86 customers</button>
<button type="button" id="bottled-water">Arrange bottled water</button>
</section>
</main>
<footer>AquaOps 3.8 · <a href="/runbook">Control room runbook</a></footer>`,
);

const burstV2 = edit(burstV1, [
  [
    '<button type="button" id="escalate">Escalate to incident</button>',
    '<button type="button" id="raise-permit">Raise streetworks permit</button>',
  ],
  [
    '<button type="button" id="assign-crew">Assign crew</button>',
    '<button type="button" id="dispatch-crew">Dispatch crew</button>',
  ],
  [
    '<button type="button" id="add-note">Add note</button>',
    '<button type="button" id="note-btn" aria-label="Add note">✎</button>',
  ],
  [
    '<label for="priority">Priority</label><select id="priority" name="priority"><option>P1 – 2 hours</option><option>P2 – 24 hours</option><option>P3 – 5 days</option></select>',
    '<label for="job-priority">SLA</label><select id="job-priority" name="sla"><option>P1 (2h)</option><option>P2 (24h)</option><option>P3 (5d)</option></select>',
  ],
  [
    '<label for="main-diameter">Main diameter (mm)</label><input id="main-diameter" name="diameter" value="150">',
    '<label for="pipe-size">Pipe size (mm)</label><input id="pipe-size" name="pipe_size" value="150">',
  ],
  [
    '<label for="material">Pipe material</label><select id="material" name="material"><option>Cast iron</option><option>Ductile iron</option><option>PVC</option><option>PE</option></select>\n',
    '',
  ],
  [
    '<tr data-valve="V-1043"><td>V-1043</td><td>Ashby Rd / Mill Ln</td><td>Closed 01:12</td><td><button type="button" class="valve-op" data-valve="V-1043">Open</button></td></tr>\n<tr data-valve="V-1044"><td>V-1044</td><td>Ashby Rd o/s no. 120</td><td>Open</td><td><button type="button" class="valve-op" data-valve="V-1044">Close</button></td></tr>\n<tr data-valve="V-1051"><td>V-1051</td><td>Station Rd junction</td><td>Open</td><td><button type="button" class="valve-op" data-valve="V-1051">Close</button></td></tr>',
    '<tr data-valve="V-1051"><td>V-1051</td><td>Station Rd junction</td><td>Open · critical</td><td><button type="button" class="valve-toggle" data-valve="V-1051">Close valve</button></td></tr>\n<tr data-valve="V-1043"><td>V-1043</td><td>Ashby Rd / Mill Ln</td><td>Closed 01:12</td><td><button type="button" class="valve-toggle" data-valve="V-1043">Open valve</button></td></tr>\n<tr data-valve="V-1044"><td>V-1044</td><td>Ashby Rd o/s no. 120</td><td>Open</td><td><button type="button" class="valve-toggle" data-valve="V-1044">Close valve</button></td></tr>',
  ],
  [
    '<button type="button" id="send-sms">Send SMS to 86 customers</button>',
    '<button type="button" data-testid="send-customer-sms">Send update (86)</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 19. Heat pump installer site survey (full rewrite)
// ---------------------------------------------------------------------------
const emitter = '<option>Radiator</option><option>UFH</option>';
const roomRow = (id: string, name: string, temp: string, loss: string) =>
  `<tr data-room="${id}"><td>${name}</td><td><input name="temp_${id}" value="${temp}"></td><td>${loss}</td><td><select name="emitter_${id}">${emitter}</select></td></tr>`;

const hpV1 = page(
  'Survey – 7 Birch Close – HeatSurvey',
  `<header><a href="/" class="brand">HeatSurvey</a><nav><a href="/surveys" class="active">Surveys</a><a href="/quotes">Quotes</a><a href="/schedule">Schedule</a></nav><span id="installer">A. Novak – MCS 12345</span></header>
<main>
<h1>Survey – 7 Birch Close</h1>
<form id="survey">
<h2>Property</h2>
<label for="prop-type">Property type</label><select id="prop-type" name="property_type"><option>Detached</option><option>Semi-detached</option><option>Terraced</option><option>Bungalow</option><option>Flat</option></select>
<label for="build-year">Year built</label><input id="build-year" name="year_built" type="number">
<label for="epc">EPC rating</label><select id="epc" name="epc"><option>A</option><option>B</option><option>C</option><option>D</option><option>E</option><option>F</option><option>G</option></select>
<label for="epc-ref">EPC certificate number</label><input id="epc-ref" name="epc_ref">
<h2>Existing heating</h2>
<label for="fuel">Current fuel</label><select id="fuel" name="fuel"><option>Mains gas</option><option>Oil</option><option>LPG</option><option>Electric storage</option></select>
<label for="boiler-age">Boiler age (years)</label><input id="boiler-age" name="boiler_age" type="number">
<label><input type="checkbox" id="cylinder" name="has_cylinder"> Hot water cylinder present</label>
<h2>Rooms</h2>
<table id="rooms"><thead><tr><th>Room</th><th>Design temp</th><th>Heat loss (W)</th><th>Emitter</th></tr></thead><tbody>
${roomRow('lounge', 'Lounge', '21', '1,420')}
${roomRow('kitchen', 'Kitchen', '18', '980')}
${roomRow('bed1', 'Bedroom 1', '18', '860')}
${roomRow('bed2', 'Bedroom 2', '18', '640')}
${roomRow('bath', 'Bathroom', '22', '510')}
</tbody></table>
<button type="button" id="calc-loss">Calculate heat loss</button>
<h2>Grant</h2>
<label><input type="checkbox" id="bus-eligible" name="bus"> Eligible for Boiler Upgrade Scheme</label>
<label for="photos">Site photos</label><input type="file" id="photos" name="photos" multiple>
<div class="row"><button type="submit" id="save-survey">Save survey</button><button type="button" id="create-quote">Create quote</button></div>
</form>
</main>
<footer>HeatSurvey · MCS MIS 3005 compliant · <a href="/help">Help</a></footer>`,
);

const roomCard = (id: string, name: string, temp: string, loss: string) =>
  `<div class="room card" data-room-id="${id}"><h3>${name}</h3><label>Design temperature <input class="design-temp" name="rooms[${id}][design_temp]" value="${temp}"> °C</label><p class="loss">${loss} W</p><label>Emitter <select name="rooms[${id}][emitter]">${emitter}</select></label></div>`;

const hpV2 = page(
  '7 Birch Close · Survey',
  `<header class="sv-top"><a href="/" class="sv-top__logo">HeatSurvey</a><nav class="sv-top__nav"><a href="/surveys" aria-current="page">Surveys</a><a href="/quotes">Quotes</a><a href="/schedule">Diary</a></nav><span class="sv-top__user">A. Novak · MCS 12345</span></header>
<main class="sv">
<h1>7 Birch Close <span class="badge">In progress</span></h1>
<form class="sv-form">
<details open class="sv-sec"><summary>Property</summary>
<label>Dwelling type <select name="dwelling_type"><option>Detached house</option><option>Semi-detached house</option><option>Mid-terrace</option><option>End-terrace</option><option>Bungalow</option><option>Flat</option></select></label>
<label>Age band <select name="age_band"><option>Pre-1919</option><option>1919–1944</option><option>1945–1964</option><option>1965–1982</option><option>1983–2002</option><option>2003 onwards</option></select></label>
<label>EPC band <select name="epc_band"><option>A</option><option>B</option><option>C</option><option>D</option><option>E</option><option>F</option><option>G</option></select></label>
<label>EPC certificate no. <input name="epc_certificate"></label>
</details>
<details open class="sv-sec"><summary>Current system</summary>
<label>Fuel <select name="current_fuel"><option>Mains gas</option><option>Oil</option><option>LPG</option><option>Electric storage</option><option>Solid fuel</option></select></label>
<label><input type="checkbox" name="cylinder_present"> Existing hot water cylinder</label>
</details>
<details open class="sv-sec"><summary>Rooms</summary>
<p class="muted">Heat loss updates as you type.</p>
<div class="rooms grid">
${roomCard('lounge', 'Lounge', '21', '1,420')}
${roomCard('kitchen', 'Kitchen', '18', '980')}
${roomCard('bed1', 'Bedroom 1', '18', '860')}
${roomCard('bed2', 'Bedroom 2', '18', '640')}
${roomCard('bath', 'Bathroom', '22', '510')}
</div>
<button type="button" class="add-room">Add room</button>
</details>
<details open class="sv-sec"><summary>Grant and photos</summary>
<fieldset><legend>Boiler Upgrade Scheme eligible?</legend><label><input type="radio" name="bus_grant" value="yes"> Yes</label><label><input type="radio" name="bus_grant" value="no"> No</label><label><input type="radio" name="bus_grant" value="unsure"> Not sure</label></fieldset>
<label>Photos <input type="file" name="site_photos" multiple accept="image/*"></label>
</details>
<div class="sv-actions row"><button type="submit" class="sv-save">Save</button><a href="/quotes/new?survey=7-birch-close" class="to-quote">Generate quote</a></div>
</form>
</main>
<footer class="sv-foot">HeatSurvey · <a href="/help">Help</a></footer>`,
);

// ---------------------------------------------------------------------------
// 20. Grid battery dispatch schedule (edit)
// ---------------------------------------------------------------------------
const sps: readonly (readonly [string, string, string])[] = [
  ['13', '06:00', '64.20'],
  ['14', '06:30', '71.85'],
  ['33', '16:00', '98.10'],
  ['34', '16:30', '112.40'],
  ['35', '17:00', '131.75'],
  ['36', '17:30', '127.05'],
];
const actionOpts = '<option>Idle</option><option>Charge</option><option>Discharge</option>';

const bessV1 = page(
  'Dispatch schedule – GridFlex BESS',
  `<header><strong class="brand">GridFlex BESS</strong><nav><a href="/assets">Assets</a><a href="/schedule" class="active">Schedule</a><a href="/markets">Markets</a><a href="/performance">Performance</a></nav><span id="asset-name">Thornton 50 MW / 100 MWh</span></header>
<main>
<h1>Dispatch schedule – 14 Jun</h1>
<div class="row"><label for="sched-date">Trading day</label><input type="date" id="sched-date" name="date"><button type="button" id="copy-yesterday">Copy yesterday</button><button type="button" id="optimise">Run optimiser</button></div>
<div class="row" id="soc-limits"><label for="soc-min">Min SoC (%)</label><input id="soc-min" name="soc_min" value="10"><label for="soc-max">Max SoC (%)</label><input id="soc-max" name="soc_max" value="90"><label for="cycles">Max cycles/day</label><input id="cycles" name="max_cycles" value="1.5"></div>
<table id="schedule"><thead><tr><th>SP</th><th>Time</th><th>Action</th><th>MW</th><th>Price £/MWh</th></tr></thead><tbody>
${sps.map(([sp, time, price]) => `<tr data-sp="${sp}"><td>${sp}</td><td>${time}</td><td><select name="action_${sp}">${actionOpts}</select></td><td><input name="mw_${sp}" value="0"></td><td>${price}</td></tr>`).join('\n')}
</tbody></table>
<section class="card"><h2>Submit</h2>
<label for="market">Market</label><select id="market" name="market"><option>Day-ahead auction</option><option>Intraday continuous</option><option>Balancing Mechanism</option></select>
<label><input type="checkbox" id="dc-available" name="dc_available"> Declare Dynamic Containment availability</label>
<div class="row"><button type="button" id="validate-schedule">Validate</button><button type="button" id="submit-schedule">Submit to market</button></div>
</section>
</main>
<footer>GridFlex · <a href="/docs">Operator guide</a></footer>`,
);

const bessV2 = edit(bessV1, [
  [
    '<button type="button" id="copy-yesterday">Copy yesterday</button><button type="button" id="optimise">Run optimiser</button>',
    '<button type="button" id="clear-schedule">Clear all</button><button type="button" data-testid="run-optimiser">Auto-optimise</button>',
  ],
  [
    '<label for="soc-min">Min SoC (%)</label><input id="soc-min" name="soc_min" value="10">',
    '<label for="soc-floor">SoC floor</label><input id="soc-floor" name="soc_floor" value="10">',
  ],
  [
    '<label for="soc-max">Max SoC (%)</label><input id="soc-max" name="soc_max" value="90">',
    '<label for="soc-ceiling">SoC ceiling</label><input id="soc-ceiling" name="soc_ceiling" value="90">',
  ],
  [
    '<label for="cycles">Max cycles/day</label><input id="cycles" name="max_cycles" value="1.5">',
    '<span class="muted">Cycle limit is set in asset settings</span>',
  ],
  ...sps.flatMap(([sp]): [string, string][] => [
    [`name="action_${sp}"`, `name="sp[${sp}][action]"`],
    [`name="mw_${sp}"`, `name="sp[${sp}][mw]"`],
  ]),
  [
    '<label><input type="checkbox" id="dc-available" name="dc_available"> Declare Dynamic Containment availability</label>',
    '<label><input type="checkbox" id="declare-dc" name="dc_offer"> Offer into Dynamic Containment</label>',
  ],
  [
    '<button type="button" id="submit-schedule">Submit to market</button>',
    '<button type="button" id="send-bids">Send to market</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 21. Last-mile delivery route (full rewrite)
// ---------------------------------------------------------------------------
const stops: readonly (readonly [string, string, string, string, string])[] = [
  ['s-1', '14 Kirkstall Rd, LS3 1HR', '2', '09:00–12:00', 'Pending'],
  ['s-2', 'Unit 6, Canal Wharf, LS11 5PS', '7', '09:00–17:00', 'Pending'],
  ['s-3', '3 Cardigan Rd, LS6 3AG', '1', 'Any time', 'Pending'],
  ['s-4', 'Flat 12, Burley Lodge, LS6 1QP', '1', '12:00–15:00', 'Pending'],
  ['s-5', '88 Otley Rd, LS6 4BA', '3', 'Any time', 'Pending'],
  ['s-6', 'Headingley Stadium (Gate C), LS6 3BR', '12', '08:00–10:00', 'Pending'],
];

const routeV1 = page(
  'Route LDS-07 – DropRoute',
  `<header><a href="/" class="brand">DropRoute</a><nav><a href="/routes" class="active">Routes</a><a href="/drivers">Drivers</a><a href="/vehicles">Vehicles</a><a href="/exceptions">Exceptions</a></nav><input type="search" id="parcel-search" placeholder="Find parcel by barcode"></header>
<main>
<h1>Route LDS-07 · Tue 3 June</h1>
<div class="row" id="route-meta"><label for="driver">Driver</label><select id="driver" name="driver"><option>Kam Singh</option><option>Dee Walsh</option><option>Tom Price</option></select><label for="vehicle">Van</label><select id="vehicle" name="vehicle"><option>YR21 KLM</option><option>YS70 ABD</option></select><span id="route-stats" class="badge">42 stops · 61 km</span></div>
<div class="row"><button type="button" id="optimise-route">Optimise order</button><button type="button" id="print-manifest">Print manifest</button><button type="button" id="release-route">Release to driver</button></div>
<table id="stops"><thead><tr><th>#</th><th>Address</th><th>Parcels</th><th>Window</th><th>Status</th><th></th></tr></thead><tbody>
${stops.map(([id, addr, parcels, win, status], i) => `<tr data-stop="${id}"><td>${i + 1}</td><td>${addr}</td><td>${parcels}</td><td>${win}</td><td>${status}</td><td><button type="button" class="move-up" data-stop="${id}">↑</button><button type="button" class="move-down" data-stop="${id}">↓</button><button type="button" class="reassign" data-stop="${id}">Move to route…</button></td></tr>`).join('\n')}
</tbody></table>
<section class="card" id="add-stop"><h2>Add stop</h2><form id="add-stop-form" class="row"><input name="address" id="new-address" placeholder="Address or postcode"><input name="parcels" id="new-parcels" type="number" placeholder="Parcels"><button type="submit" id="add-stop-btn">Add</button></form></section>
</main>
<footer>DropRoute dispatcher · <a href="/help">Help</a></footer>`,
);

const routeOrder = [5, 1, 0, 2, 4, 3];
const routeV2 = page(
  'LDS-07 · DropRoute',
  `<header class="dr-top"><a href="/" class="dr-top__logo">DropRoute</a><nav class="dr-top__nav"><a href="/routes" aria-current="page">Routes</a><a href="/drivers">Drivers</a><a href="/vehicles">Fleet</a><a href="/exceptions">Exceptions <span class="badge">3</span></a></nav><input type="search" name="barcode" class="dr-top__scan" placeholder="Scan or enter barcode"></header>
<main class="dr-split">
<aside class="dr-side card">
<h1>LDS-07</h1><p class="muted">Tuesday 3 June · 42 stops · 61 km</p>
<label>Driver <select name="driver_id"><option>Kam Singh</option><option>Dee Walsh</option><option>Tom Price</option></select></label>
<label>Vehicle <select name="vehicle_reg"><option>YR21 KLM</option><option>YS70 ABD</option></select></label>
<button type="button" class="re-sequence">Re-sequence stops</button>
<button type="button" class="dl-labels">Download labels</button>
<button type="button" class="send-to-app">Send to driver app</button>
</aside>
<section class="dr-stops">
<ol class="stop-list">
${routeOrder
  .map((k) => {
    const [id, addr, parcels, win, status] = stops[k] ?? ['', '', '', '', ''];
    return `<li class="stop" data-stop-id="${id}"><span class="drag" aria-hidden="true">⋮⋮</span><div><b>${addr}</b><span class="muted">${parcels} parcels · ${win} · ${status}</span></div><details class="stop-menu"><summary aria-label="Stop actions">⋯</summary><button type="button" class="stop-menu-move">Move stop to another route</button><button type="button" class="stop-menu-note">Add driver note</button></details></li>`;
  })
  .join('\n')}
</ol>
<form class="add-stop row"><input name="address_query" placeholder="Add a stop – address or postcode"><button type="submit" class="add-stop__go">Add stop</button></form>
</section>
</main>
<footer class="dr-foot">DropRoute · <a href="/help">Help</a></footer>`,
);

// ---------------------------------------------------------------------------
// 22. Air cargo ULD build-up (edit)
// ---------------------------------------------------------------------------
const awbs: readonly (readonly [string, string, string, string])[] = [
  ['125-44120983', '12', '340', 'GEN'],
  ['125-44120994', '4', '210', 'PER'],
  ['125-44121005', '2', '96', 'DGR'],
  ['125-44121016', '30', '638', 'GEN'],
];

const uldV1 = page(
  'Build-up BA0117 – CargoHub WMS',
  `<header><strong class="brand">CargoHub WMS</strong><nav><a href="/flights">Flights</a><a href="/buildup" class="active">Build-up</a><a href="/acceptance">Acceptance</a><a href="/dg">DG check</a></nav><span id="station">LHR · Shed 3</span></header>
<main>
<h1>Build-up: BA0117 LHR–JFK 16:25</h1>
<div class="row"><label for="uld-select">ULD</label><select id="uld-select" name="uld"><option>AKE 12345 BA</option><option>PMC 88012 BA</option><option>PAG 40211 BA</option></select><label for="contour">Contour</label><select id="contour" name="contour"><option>Q6</option><option>Q7</option><option>LD3</option></select><span id="uld-weight" class="badge">1,284 / 1,588 kg</span></div>
<table id="awb-table"><thead><tr><th>AWB</th><th>Pieces</th><th>Weight kg</th><th>SHC</th><th>Destination</th><th></th></tr></thead><tbody>
${awbs.map(([awb, pcs, kg, shc]) => `<tr data-awb="${awb}"><td>${awb}</td><td>${pcs}</td><td>${kg}</td><td>${shc}</td><td>JFK</td><td><button type="button" class="offload" data-awb="${awb}">Offload</button></td></tr>`).join('\n')}
</tbody></table>
<form id="add-awb" class="row"><label for="awb-input">AWB</label><input id="awb-input" name="awb" placeholder="125-xxxxxxxx"><label for="pieces-input">Pieces</label><input id="pieces-input" name="pieces" type="number"><button type="submit" id="add-awb-btn">Add to ULD</button></form>
<section class="card"><h2>Close ULD</h2>
<label for="tag-printer">Tag printer</label><select id="tag-printer" name="printer"><option>Shed 3 – Zebra 1</option><option>Shed 3 – Zebra 2</option></select>
<label><input type="checkbox" id="netted" name="netted"> Net secured and checked</label>
<label for="seal-no">Seal number</label><input id="seal-no" name="seal">
<button type="button" id="close-uld">Close ULD and print tag</button>
</section>
</main>
<footer>CargoHub WMS 11.2 · <a href="/sop">Build-up SOP</a></footer>`,
);

const uldV2 = edit(uldV1, [
  [
    '<label for="uld-select">ULD</label><select id="uld-select" name="uld">',
    '<label for="active-uld">Active ULD</label><select id="active-uld" name="uld_id">',
  ],
  [
    '<label for="contour">Contour</label><select id="contour" name="contour"><option>Q6</option><option>Q7</option><option>LD3</option></select>',
    '',
  ],
  ...awbs.map(([awb]): [string, string] => [
    `<button type="button" class="offload" data-awb="${awb}">Offload</button>`,
    `<button type="button" class="btn-offload" data-awb="${awb}" aria-label="Offload ${awb}">⤓</button>`,
  ]),
  [
    '</tbody></table>\n<form id="add-awb"',
    '<tr data-awb="125-44121027"><td>125-44121027</td><td>1</td><td>18</td><td>VAL</td><td>JFK</td><td><button type="button" class="btn-offload" data-awb="125-44121027" aria-label="Offload 125-44121027">⤓</button></td></tr>\n</tbody></table>\n<form id="add-awb"',
  ],
  [
    '<label for="pieces-input">Pieces</label><input id="pieces-input" name="pieces" type="number">',
    '<label for="pcs">Pcs</label><input id="pcs" name="pcs" type="number">',
  ],
  [
    '<button type="submit" id="add-awb-btn">Add to ULD</button>',
    '<button type="submit" id="build-awb">Build</button>',
  ],
  [
    '<label><input type="checkbox" id="netted" name="netted"> Net secured and checked</label>',
    '<label><input type="checkbox" id="net-check" name="net_verified"> Netting verified</label>',
  ],
  [
    '<label for="seal-no">Seal number</label><input id="seal-no" name="seal">',
    '<label for="uld-temp">Temperature logger ID</label><input id="uld-temp" name="temp_logger">',
  ],
  [
    '<button type="button" id="close-uld">Close ULD and print tag</button>',
    '<button type="button" data-testid="finalise-uld">Finalise ULD</button>',
  ],
]);

// ---------------------------------------------------------------------------
// 23. Returns grading station (full rewrite)
// ---------------------------------------------------------------------------
const returnsV1 = page(
  'Grade – ReturnFlow',
  `<header><strong>ReturnFlow</strong><nav><a href="/receive">Receive</a><a href="/grade" class="active">Grade</a><a href="/putaway">Put-away</a><a href="/liquidation">Liquidation</a></nav><span id="station-id">Station G-04</span><a href="/logout" id="operator-logout">Log out (M. Ruiz)</a></header>
<main>
<form id="scan-form" class="row"><label for="rma-scan">Scan RMA or item barcode</label><input id="rma-scan" name="scan" autofocus><button type="submit" id="scan-go">Go</button></form>
<section class="card" id="item-info"><h2>Cordless drill 18V – SKU 449-201</h2><p>RMA 88-30127 · Reason: <span id="return-reason">Doesn't work</span></p><p>Customer comment: "Won't charge"</p></section>
<form id="grade-form">
<fieldset id="grade"><legend>Condition grade</legend>
<label><input type="radio" name="grade" value="A" id="grade-a"> A – as new</label>
<label><input type="radio" name="grade" value="B" id="grade-b"> B – open box</label>
<label><input type="radio" name="grade" value="C" id="grade-c"> C – used / damaged packaging</label>
<label><input type="radio" name="grade" value="D" id="grade-d"> D – faulty</label>
</fieldset>
<fieldset id="checks"><legend>Checks</legend>
<label><input type="checkbox" name="checks" value="powers_on" id="chk-power"> Powers on</label>
<label><input type="checkbox" name="checks" value="accessories" id="chk-acc"> All accessories present</label>
<label><input type="checkbox" name="checks" value="cosmetic" id="chk-cosmetic"> No cosmetic damage</label>
<label><input type="checkbox" name="checks" value="serial" id="chk-serial"> Serial number matches</label>
</fieldset>
<label for="disposition">Disposition</label><select id="disposition" name="disposition"><option>Restock</option><option>Refurbish</option><option>Return to vendor</option><option>Liquidate</option><option>Recycle</option></select>
<label for="grader-notes">Notes</label><textarea id="grader-notes" name="notes"></textarea>
<label for="photo">Photo</label><input type="file" id="photo" name="photo" accept="image/*">
<div class="row"><button type="submit" id="complete-grade">Complete &amp; print label</button><button type="button" id="skip-item">Skip</button></div>
</form>
</main>
<footer>ReturnFlow WMS · <a href="/sop/grading">Grading guide</a></footer>`,
);

const returnsV2 = page(
  'G-04 · Grading',
  `<header class="rf-bar"><span class="rf-bar__logo">ReturnFlow</span><nav class="rf-bar__nav"><a href="/receive">Receive</a><a href="/grade" aria-current="page">Grade</a><a href="/putaway">Put-away</a><a href="/liquidation">Liquidation</a></nav><span class="rf-bar__station">G-04</span><button type="button" class="rf-bar__user" aria-label="M. Ruiz – sign out">MR</button></header>
<main class="rf-main">
<form class="rf-scan row" role="search"><input name="barcode" placeholder="Scan RMA / item barcode" autofocus><button type="submit" class="scan-submit">Look up</button></form>
<section class="rf-item card"><h1>Cordless drill 18V</h1><p class="muted">SKU 449-201 · RMA 88-30127</p><p>Return reason: Doesn't work – "Won't charge"</p></section>
<form class="rf-grade">
<h2>Grade</h2>
<div class="grade-btns row"><button type="button" data-grade="A" aria-pressed="false">A · Like new</button><button type="button" data-grade="B" aria-pressed="false">B · Open box</button><button type="button" data-grade="C" aria-pressed="false">C · Used</button><button type="button" data-grade="D" aria-pressed="false">D · Faulty</button></div>
<h2>Checks</h2>
<label class="switch"><input type="checkbox" role="switch" name="powers_on"> Powers on</label>
<label class="switch"><input type="checkbox" role="switch" name="accessories_present"> Accessories complete</label>
<label class="switch"><input type="checkbox" role="switch" name="no_cosmetic_damage"> No cosmetic damage</label>
<label class="switch"><input type="checkbox" role="switch" name="batteries_removed"> Batteries removed for shipping</label>
<div class="suggest card"><p>Suggested route: <b>Return to vendor</b></p><label>Override <select name="disposition_override"><option value="">Use suggestion</option><option>Restock</option><option>Refurbish</option><option>Return to vendor</option><option>Liquidate</option><option>Recycle</option></select></label></div>
<label>Grader notes <textarea name="grader_notes"></textarea></label>
<label>Photos <input type="file" name="photos" accept="image/*" multiple></label>
<button type="submit" class="finish">Print label &amp; next item</button>
</form>
</main>
<footer class="rf-foot"><a href="/sop/grading">Grading guide</a></footer>`,
);

// ---------------------------------------------------------------------------
// 24. Distribution centre yard gatehouse (edit)
// ---------------------------------------------------------------------------
const trailers: readonly (readonly [string, string, string, string])[] = [
  ['T-4471', 'DX Freight', '06:12', 'Door 14'],
  ['T-3309', 'Hargreaves Haulage', '06:40', 'Yard B2'],
  ['T-5120', 'Maersk Road', '07:05', 'Door 3'],
  ['T-2087', 'Other', '07:31', 'Yard A6'],
];

const gateV1 = page(
  'Gate check-in – YardView',
  `<header><strong class="brand">YardView</strong><nav><a href="/gate" class="active">Gate</a><a href="/yard">Yard map</a><a href="/doors">Dock doors</a><a href="/carriers">Carriers</a></nav><span id="site">DC Wakefield</span></header>
<main>
<h1>Gate check-in</h1>
<form id="checkin">
<div class="grid">
<div><label for="appt-ref">Appointment reference</label><input id="appt-ref" name="appointment"></div>
<div><label for="carrier">Carrier</label><select id="carrier" name="carrier"><option>Maersk Road</option><option>Hargreaves Haulage</option><option>DX Freight</option><option>Other</option></select></div>
<div><label for="tractor-reg">Tractor registration</label><input id="tractor-reg" name="tractor_reg"></div>
<div><label for="trailer-no">Trailer number</label><input id="trailer-no" name="trailer"></div>
<div><label for="seal-check">Seal number</label><input id="seal-check" name="seal"></div>
<div><label for="driver-name">Driver name</label><input id="driver-name" name="driver"></div>
<div><label for="driver-phone">Driver mobile</label><input id="driver-phone" name="driver_mobile" type="tel"></div>
<div><label for="load-type">Load</label><select id="load-type" name="load"><option>Inbound – loaded</option><option>Outbound – empty for loading</option><option>Drop trailer</option></select></div>
</div>
<label><input type="checkbox" id="hi-vis" name="ppe"> Driver has hi-vis and safety boots</label>
<label><input type="checkbox" id="keys-handed" name="keys"> Cab keys handed in</label>
<div class="row"><button type="submit" id="check-in-btn">Check in</button><button type="button" id="reject-btn">Refuse entry</button></div>
</form>
<h2>On site now</h2>
<table id="on-site"><thead><tr><th>Trailer</th><th>Carrier</th><th>Arrived</th><th>Location</th><th></th></tr></thead><tbody>
${trailers.map(([t, c, at, loc]) => `<tr data-trailer="${t}"><td>${t}</td><td>${c}</td><td>${at}</td><td>${loc}</td><td><button type="button" class="checkout" data-trailer="${t}">Check out</button></td></tr>`).join('\n')}
</tbody></table>
</main>
<footer>YardView · <a href="/site-rules">Site rules</a></footer>`,
);

const gateV2 = edit(gateV1, [
  [
    '<div><label for="appt-ref">Appointment reference</label><input id="appt-ref" name="appointment"></div>',
    '<div><label for="booking-ref">Booking / PO reference</label><input id="booking-ref" name="booking"></div>',
  ],
  [
    '<div><label for="tractor-reg">Tractor registration</label><input id="tractor-reg" name="tractor_reg"></div>',
    '<div><label for="vehicle-reg">Unit reg (VRN)</label><input id="vehicle-reg" name="vrn"></div>',
  ],
  [
    '<div><label for="driver-phone">Driver mobile</label><input id="driver-phone" name="driver_mobile" type="tel"></div>',
    '<div><label for="driver-lang">Driver language</label><select id="driver-lang" name="driver_language"><option>English</option><option>Polski</option><option>Română</option><option>Lietuvių</option></select></div>',
  ],
  [
    '<div><label for="load-type">Load</label><select id="load-type" name="load"><option>Inbound – loaded</option><option>Outbound – empty for loading</option><option>Drop trailer</option></select></div>',
    '<fieldset id="load-status"><legend>Load status</legend><label><input type="radio" name="load_status" value="in"> Loaded (inbound)</label><label><input type="radio" name="load_status" value="empty"> Empty for loading</label><label><input type="radio" name="load_status" value="drop"> Drop &amp; hook</label></fieldset>',
  ],
  ['<label><input type="checkbox" id="keys-handed" name="keys"> Cab keys handed in</label>\n', ''],
  [
    '<button type="submit" id="check-in-btn">Check in</button><button type="button" id="reject-btn">Refuse entry</button>',
    '<button type="submit" id="admit-btn">Admit to yard</button><button type="button" class="refuse-btn">Turn away</button>',
  ],
  ...trailers.map(([t]): [string, string] => [
    `<button type="button" class="checkout" data-trailer="${t}">Check out</button>`,
    `<button type="button" class="depart-btn" data-trailer="${t}">Depart</button>`,
  ]),
]);

export const BLIND26_PAIRS: readonly PagePair[] = [
  {
    name: 'rowing-erg-test-results-b26',
    v1: rowingV1,
    v2: rowingV2,
    targets: [
      {
        selector: '#squad-select',
        expect: 'div[role="radiogroup"][aria-label="Squad"]',
        change: 'select replaced by radio chip group',
      },
      {
        selector: '#apply-filter',
        expect: null,
        change: 'filters now apply instantly; Apply removed, Reset filters button sits in its slot',
      },
      { selector: 'a.export-link', expect: 'a.tb_dl', change: 'moved into header, reworded Download CSV' },
      {
        selector: 'tr[data-athlete="a-114"] .view-link',
        expect: '#athlete-a114 .res_more',
        change: 'table row became card, View renamed Details',
      },
      {
        selector: 'button.delete-result[data-id="r-902"]',
        expect: '#athlete-a121 .res_rm',
        change: 'Delete text button became trash icon with aria-label',
      },
      {
        selector: '#rec-split',
        expect: null,
        change: 'split now calculated; stroke rate field took its place',
      },
      {
        selector: '#record-form .btn-primary',
        expect: '.rec_submit',
        change: 'form ids dropped, Save result reworded Add test result',
      },
      { selector: '#account-link', expect: '.tb_avatar', change: 'name link became initials avatar button' },
    ],
  },
  {
    name: 'powerlifting-meet-flight-b26',
    v1: liftV1,
    v2: liftV2,
    targets: [
      {
        selector: '#start-clock',
        expect: '#clock-start',
        change: 'text button became play icon, id renamed',
      },
      {
        selector: '#skip-lifter',
        expect: null,
        change: 'removed; Undo last lift button in same toolbar slot',
      },
      { selector: '#rack-height', expect: '#squat-rack', change: 'id and label renamed to rack pins' },
      { selector: '#safety-height', expect: null, change: 'removed; rack position select now in its place' },
      {
        selector: 'button[data-ref="head"]',
        expect: 'button[data-ref="centre"]',
        change: 'head referee renamed centre referee',
      },
      {
        selector: '#record-decision',
        expect: '[data-testid="confirm-lights"]',
        change: 'id dropped for data-testid, reworded Confirm lights',
      },
      {
        selector: 'input[name="att3-17"]',
        expect: 'input[name="attempts[17][3]"]',
        change: 'input name restructured',
      },
      {
        selector: '#loader-view',
        expect: 'a[href="/meet/412/display/loaders"]',
        change: 'url and wording changed, scoreboard link added beside it',
      },
    ],
  },
  {
    name: 'swim-club-gala-entries-b26',
    v1: galaV1,
    v2: galaV2,
    targets: [
      {
        selector: '#swimmer',
        expect: 'fieldset.entry__who',
        change: 'select became radio group with new legend',
      },
      {
        selector: '#ev-101',
        expect: 'li[data-event="101"] input[type="checkbox"]',
        change: 'table row became list item, ids removed, label abbreviated',
      },
      {
        selector: 'input[name="time_104"]',
        expect: 'input[name="entry_time[104]"]',
        change: 'name format changed, moved into list item',
      },
      {
        selector: '#relay-reserve',
        expect: null,
        change: 'reserve option removed; lift-to-venue checkbox now second in group',
      },
      { selector: '#notes', expect: 'textarea[name="message"]', change: 'id removed, renamed message' },
      {
        selector: '#entry-total',
        expect: '.entry__total',
        change: 'summary restructured, id replaced by BEM class',
      },
      {
        selector: '#save-draft',
        expect: null,
        change: 'draft saving dropped; Back to galas link in action row',
      },
      {
        selector: '#logout',
        expect: '.site-hd__out button',
        change: 'link became form button, Log out reworded Sign out',
      },
    ],
  },
  {
    name: 'tennis-club-singles-ladder-b26',
    v1: ladderV1,
    v2: ladderV2,
    targets: [
      {
        selector: 'tbody tr:nth-child(2) .challenge',
        expect: 'a[href="/ladder/challenge?player=p-61"]',
        change: 'rows reordered, button became link with player name',
      },
      { selector: '#ladder-select', expect: '.ladder-tabs', change: 'select replaced by tab links' },
      { selector: '#played-on', expect: null, change: 'date removed; court select now in its position' },
      { selector: '.withdraw', expect: null, change: 'withdraw removed, status text shown instead' },
      {
        selector: '.accept[data-challenge="c-305"]',
        expect: '.btn-accept',
        change: 'class renamed, reworded Accept challenge',
      },
      {
        selector: '#score-form button[type="submit"]',
        expect: '#result-form button[type="submit"]',
        change: 'form id renamed, reworded Send result',
      },
      { selector: '.me-link', expect: '.profile-link', change: 'class renamed, text My profile' },
      { selector: '#set1', expect: '#first-set', change: 'id and label renamed' },
    ],
  },
  {
    name: 'cycling-sportive-entry-options-b26',
    v1: sportiveV1,
    v2: sportiveV2,
    targets: [
      {
        selector: '#route-epic',
        expect: 'button[data-route="epic"]',
        change: 'radio became selectable card button',
      },
      {
        selector: '#start-wave',
        expect: null,
        change: 'waves now allocated; expected finish select in same position',
      },
      {
        selector: '#licence-no',
        expect: 'input[name="bc_membership"]',
        change: 'licence renamed membership number, id removed',
      },
      { selector: '#extra-transport', expect: null, change: 'bike transport add-on withdrawn' },
      { selector: '#jersey-size', expect: '#kit-size', change: 'id and name renamed, XXL added' },
      {
        selector: '#accept-terms',
        expect: 'input[name="agree_terms"]',
        change: 'id removed, name and wording changed',
      },
      { selector: '#continue-btn', expect: '.cta-pay', change: 'reworded Review & pay' },
      { selector: '#promo-link', expect: 'button.promo-toggle', change: 'link became button Add promo code' },
    ],
  },
  {
    name: 'personal-trainer-programme-builder-b26',
    v1: ptV1,
    v2: ptV2,
    targets: [
      {
        selector: '#publish-program',
        expect: '[data-testid="publish"]',
        change: 'id replaced by data-testid, reworded Send to Marcus',
      },
      { selector: '#duplicate-week', expect: null, change: 'removed; Add training day button in same slot' },
      {
        selector: 'input[name="sets_plank"]',
        expect: null,
        change: 'plank row replaced by dead bug in same position',
      },
      {
        selector: 'tr[data-ex="calf-raise"] .remove-ex',
        expect: 'button[aria-label="Remove calf raise"]',
        change: 'Remove text became icon with aria-label',
      },
      { selector: '#exercise-search', expect: '#ex-picker', change: 'id, name and placeholder changed' },
      {
        selector: '#status-badge',
        expect: '.pill--draft',
        change: 'badge became status pill, Draft reworded Not published',
      },
      { selector: '#tab-week-2', expect: '#wk-2-tab', change: 'tab id renamed, label abbreviated' },
      {
        selector: '#coach-notes',
        expect: 'textarea[name="client_notes"]',
        change: 'id removed, label reworded',
      },
    ],
  },
  {
    name: 'national-park-wilderness-permit-b26',
    v1: permitV1,
    v2: permitV2,
    targets: [
      {
        selector: '#trailhead',
        expect: 'select[name="entry_trailhead"]',
        change: 'id removed, name and label changed',
      },
      { selector: '#exit-trailhead', expect: null, change: 'loop trips only; field replaced by hint text' },
      {
        selector: 'select[name="zone_2"]',
        expect: '[data-night="2"] select',
        change: 'itinerary table became night cards',
      },
      { selector: '#add-night', expect: 'button.night-add', change: 'reworded + Night' },
      { selector: '#stock', expect: null, change: 'stock animals removed; vehicles count in same position' },
      {
        selector: '#bear-canister',
        expect: 'input[name="food_storage"][value="canister"]',
        change: 'checkbox became option in food storage radio group',
      },
      {
        selector: '#leader-phone',
        expect: 'input[name="phone"]',
        change: 'id removed, renamed mobile phone',
      },
      { selector: '#submit-permit', expect: 'button.pay-submit', change: 'reworded Pay $10 and submit' },
    ],
  },
  {
    name: 'whitewater-river-levels-b26',
    v1: paddleV1,
    v2: paddleV2,
    targets: [
      { selector: '#grade-min', expect: null, change: 'minimum grade filter removed' },
      { selector: '#grade-max', expect: '#max-grade', change: 'id renamed, label Up to grade' },
      {
        selector: '#levels tbody tr:nth-child(3) .fav',
        expect: 'button[data-section="conwy"]',
        change: 'rows re-sorted, Save became star icon; similar Conwy Lower row added',
      },
      {
        selector: '#runnable-only',
        expect: '#in-condition',
        change: 'id renamed, reworded In condition now',
      },
      { selector: '#alert-threshold', expect: '#alert-level', change: 'id and label renamed' },
      {
        selector: '#alert-email',
        expect: null,
        change: 'email field removed; notification channel select in its slot',
      },
      {
        selector: '#create-alert',
        expect: '#alert-form button[type="submit"]',
        change: 'id removed, reworded Save alert',
      },
      {
        selector: '#login-link',
        expect: '.nav-login',
        change: 'id replaced by class, Sign in reworded Log in',
      },
    ],
  },
  {
    name: 'big-game-draw-application-b26',
    v1: drawV1,
    v2: drawV2,
    targets: [
      { selector: '#species', expect: 'fieldset.species-tiles', change: 'select became radio tiles' },
      { selector: '#choice-4', expect: null, change: 'fourth hunt choice dropped' },
      { selector: '#choice-2', expect: 'input[name="hunt_choice_2"]', change: 'id removed, name changed' },
      {
        selector: '#hunt-lookup',
        expect: 'a.hunt-planner-link',
        change: 'button became link Open hunt planner',
      },
      {
        selector: 'input[name="party"][value="leader"]',
        expect: 'option[value="leader"]',
        change: 'radio became option of party role select',
      },
      { selector: '#point-only', expect: 'button[role="switch"]', change: 'checkbox became toggle switch' },
      {
        selector: '#donate-hfh',
        expect: 'select[name="donation"]',
        change: 'fixed donation checkbox became amount select',
      },
      {
        selector: '#cancel-app',
        expect: null,
        change: 'cancel removed; Save and finish later button in same slot',
      },
    ],
  },
  {
    name: 'mountain-rescue-incident-log-b26',
    v1: mrtV1,
    v2: mrtV2,
    targets: [
      {
        selector: '#inc-grid',
        expect: '#inc-location',
        change: 'grid reference generalised to location, id renamed',
      },
      {
        selector: '#inc-weather',
        expect: null,
        change: 'weather removed; police log number field in same grid cell',
      },
      { selector: '#inc-requester', expect: '#requested-by', change: 'id, name and label renamed' },
      {
        selector: 'button.stand-down[data-member="m-19"]',
        expect: 'button[data-member="m-19"]',
        change: 'class renamed, Stand down reworded Release',
      },
      { selector: '#add-member', expect: '#deploy-member', change: 'id renamed, shortened label' },
      {
        selector: '#tl-time',
        expect: null,
        change: 'manual time removed, entries time stamped automatically',
      },
      {
        selector: '#tl-text',
        expect: 'input[name="log_text"]',
        change: 'id removed, name and placeholder changed',
      },
      {
        selector: '#close-incident',
        expect: '#close-inc',
        change: 'id renamed, reworded Stand down team & close',
      },
    ],
  },
  {
    name: 'vineyard-harvest-plan-b26',
    v1: vineV1,
    v2: vineV2,
    targets: [
      {
        selector: '#new-sample',
        expect: 'button[data-action="sample"]',
        change: 'Log sample became + Sample toolbar button',
      },
      { selector: '#export-plan', expect: 'a.tb-download', change: 'button became link Download plan' },
      { selector: '#show-picked', expect: '#tab-picked', change: 'checkbox became Picked tab' },
      {
        selector: 'input[name="pick_C1"]',
        expect: 'input[name="pick[C1]"]',
        change: 'table became cards sorted by sugar, name format changed',
      },
      {
        selector: '#sample-brix',
        expect: '.drawer__form input[name="brix"]',
        change: 'moved into drawer, id removed, label reworded',
      },
      {
        selector: '#sample-berries',
        expect: null,
        change: 'berry count removed; berry weight field in same position',
      },
      { selector: '#save-sample', expect: '.drawer__save', change: 'reworded Add sample' },
      {
        selector: '#weather-link',
        expect: null,
        change: 'weather card replaced by crush pad card with schedule link',
      },
    ],
  },
  {
    name: 'sheep-lambing-record-b26',
    v1: lambingV1,
    v2: lambingV2,
    targets: [
      { selector: '#find-ewe', expect: null, change: 'Find removed; Scan EID button in same slot' },
      { selector: '#ease', expect: '#ease-group', change: 'select became radio group Assistance' },
      {
        selector: 'input[name="lamb2_weight"]',
        expect: 'input[name="lambs[1][birth_weight]"]',
        change: 'name became indexed array',
      },
      { selector: '#add-lamb', expect: '#add-lamb-row', change: 'id renamed, reworded Another lamb' },
      { selector: '#ewe-cs', expect: '#ewe-bcs', change: 'id, name and label renamed' },
      { selector: '#mothering', expect: null, change: 'mothering ability removed' },
      { selector: '#cull-flag', expect: '#flag-cull', change: 'id renamed, reworded Add to cull list' },
      {
        selector: '#save-lambing',
        expect: '[data-testid="save-lambing-record"]',
        change: 'id replaced by data-testid, reworded',
      },
    ],
  },
  {
    name: 'soil-sample-lab-submission-b26',
    v1: soilV1,
    v2: soilV2,
    targets: [
      {
        selector: '#farm-name',
        expect: 'input[name="business_name"]',
        change: 'id removed, name and label changed',
      },
      { selector: '#po-number', expect: null, change: 'purchase order field dropped' },
      {
        selector: 'input[name="area_2"]',
        expect: 'input[name="samples[2][area]"]',
        change: 'table row became sample card, name format changed',
      },
      {
        selector: '.del-row[data-row="3"]',
        expect: 'button[aria-label="Remove Bottom Meadow"]',
        change: 'icon button became labelled Remove button in card',
      },
      { selector: '#add-sample-row', expect: 'button.add-sample', change: 'reworded Add another sample' },
      {
        selector: '#pkg-standard',
        expect: 'input[value="core"]',
        change: 'renamed Core nutrients, value changed',
      },
      {
        selector: '#pkg-texture',
        expect: null,
        change: 'texture test removed; soil biology option in same position',
      },
      {
        selector: '#turnaround',
        expect: 'fieldset.turnaround',
        change: 'select became radio group How fast',
      },
    ],
  },
  {
    name: 'grain-elevator-cash-bids-b26',
    v1: grainV1,
    v2: grainV2,
    targets: [
      { selector: '#location', expect: '#elevator', change: 'id and label renamed' },
      { selector: '#refresh-bids', expect: null, change: 'manual refresh removed, live badge shown' },
      {
        selector: 'button.offer[data-bid="corn-oct"]',
        expect: 'button[data-bid="corn-oct"]',
        change: 'class renamed, Make offer reworded Sell; new row added above',
      },
      { selector: '#offer-bushels', expect: '#offer-qty', change: 'id and label renamed' },
      { selector: '#offer-expiry', expect: '#offer-duration', change: 'id, name and label renamed' },
      {
        selector: '#offer-notify',
        expect: null,
        change: 'SMS notify removed; partial fills checkbox in same slot',
      },
      { selector: '#place-offer', expect: '#submit-offer', change: 'id renamed, reworded Submit offer' },
      {
        selector: '.cancel-offer[data-offer="o-91"]',
        expect: 'button[data-offer="o-91"]',
        change: 'Cancel text became icon, class renamed',
      },
    ],
  },
  {
    name: 'broiler-house-climate-b26',
    v1: poultryV1,
    v2: poultryV2,
    targets: [
      {
        selector: '#house-tabs a:nth-child(3)',
        expect: 'button[data-house="3"]',
        change: 'tab links became segmented buttons H1–H4',
      },
      {
        selector: '#temp-now',
        expect: '[data-metric="temperature"] .tile-value',
        change: 'card became tile, id removed',
      },
      {
        selector: '#birds',
        expect: null,
        change: 'bird count tile replaced by mortality tile in same position',
      },
      {
        selector: '#sp-temp',
        expect: 'input[name="setpoint_temperature"]',
        change: 'id removed, name changed',
      },
      {
        selector: '#vent-mode',
        expect: 'div[role="radiogroup"][aria-label="Ventilation mode"]',
        change: 'select became segmented radio group',
      },
      { selector: '#heater-lockout', expect: null, change: 'heater lockout removed from this screen' },
      {
        selector: 'button.ack[data-alarm="al-549"]',
        expect: 'li[data-alarm-id="al-549"] button',
        change: 'table became list sorted by severity, text became tick icon',
      },
      { selector: '#apply-setpoints', expect: 'button.sp-save', change: 'reworded Send to controller' },
    ],
  },
  {
    name: 'home-solar-battery-monitor-b26',
    v1: solarV1,
    v2: solarV2,
    targets: [
      { selector: '#site-switch', expect: 'select.site-picker', change: 'dropdown button became select' },
      { selector: '#card-export', expect: null, change: 'exported card replaced by self-sufficiency card' },
      {
        selector: 'button[data-period="week"]',
        expect: 'button[data-period="7d"]',
        change: 'period renamed 7 days, lifetime tab added',
      },
      { selector: '#battery-mode', expect: '#storage-profile', change: 'id, name and label renamed' },
      { selector: '#reserve', expect: '#backup-reserve', change: 'number input became slider, id renamed' },
      { selector: '#charge-from-grid', expect: null, change: 'grid charging option removed' },
      {
        selector: '#save-battery',
        expect: '#battery-form button[type="submit"]',
        change: 'id removed, reworded Apply to battery',
      },
      {
        selector: 'a[href="/devices/inv-1"]',
        expect: 'a[href="/devices/inverter/SE5000H-7731"]',
        change: 'url and wording changed',
      },
    ],
  },
  {
    name: 'smart-meter-install-booking-b26',
    v1: smartV1,
    v2: smartV2,
    targets: [
      { selector: '#mprn', expect: 'input[name="gas_mprn"]', change: 'id removed, name and label changed' },
      { selector: '#mpan', expect: null, change: 'electricity meter no longer booked here' },
      { selector: '#meter-location', expect: 'fieldset.meter-where', change: 'select became radio group' },
      {
        selector: '#prepay',
        expect: 'select[name="payment_type"]',
        change: 'checkbox became payment type select',
      },
      {
        selector: 'input[value="2025-06-11-pm"]',
        expect: 'button[data-slot="2025-06-11-pm"]',
        change: 'table radio became time button in day card',
      },
      { selector: '#more-dates', expect: 'button.slots-next', change: 'link became Next week button' },
      {
        selector: '#pets',
        expect: null,
        change: 'pets question removed; SMS reminder checkbox in same slot',
      },
      { selector: '#book-install', expect: 'button.confirm-booking', change: 'reworded Confirm appointment' },
    ],
  },
  {
    name: 'water-burst-main-job-b26',
    v1: burstV1,
    v2: burstV2,
    targets: [
      {
        selector: '#escalate',
        expect: null,
        change: 'escalation removed; streetworks permit button in first toolbar slot',
      },
      { selector: '#assign-crew', expect: '#dispatch-crew', change: 'id renamed, reworded Dispatch crew' },
      { selector: '#add-note', expect: '#note-btn', change: 'text became pencil icon with aria-label' },
      { selector: '#priority', expect: '#job-priority', change: 'renamed SLA, options abbreviated' },
      { selector: '#main-diameter', expect: '#pipe-size', change: 'id, name and label renamed' },
      { selector: '#material', expect: null, change: 'pipe material field removed' },
      {
        selector: '#valves tbody tr:nth-child(2) .valve-op',
        expect: 'button[data-valve="V-1044"]',
        change: 'rows reordered, class renamed, text Close valve',
      },
      {
        selector: '#send-sms',
        expect: '[data-testid="send-customer-sms"]',
        change: 'id replaced by data-testid, reworded Send update',
      },
    ],
  },
  {
    name: 'heat-pump-site-survey-b26',
    v1: hpV1,
    v2: hpV2,
    targets: [
      {
        selector: '#prop-type',
        expect: 'select[name="dwelling_type"]',
        change: 'id removed, options reworded',
      },
      {
        selector: '#build-year',
        expect: 'select[name="age_band"]',
        change: 'year input became age band select',
      },
      { selector: '#epc-ref', expect: 'input[name="epc_certificate"]', change: 'id removed, name changed' },
      { selector: '#boiler-age', expect: null, change: 'boiler age question dropped' },
      {
        selector: 'input[name="temp_bed2"]',
        expect: '[data-room-id="bed2"] .design-temp',
        change: 'table became room cards',
      },
      {
        selector: '#calc-loss',
        expect: null,
        change: 'heat loss now live; Add room button under rooms instead',
      },
      {
        selector: '#bus-eligible',
        expect: 'input[name="bus_grant"][value="yes"]',
        change: 'checkbox became yes/no/unsure radios',
      },
      { selector: '#create-quote', expect: 'a.to-quote', change: 'button became link Generate quote' },
    ],
  },
  {
    name: 'grid-battery-dispatch-schedule-b26',
    v1: bessV1,
    v2: bessV2,
    targets: [
      { selector: '#copy-yesterday', expect: null, change: 'removed; Clear all button in same slot' },
      {
        selector: '#optimise',
        expect: '[data-testid="run-optimiser"]',
        change: 'id replaced by data-testid, reworded Auto-optimise',
      },
      { selector: '#soc-min', expect: '#soc-floor', change: 'renamed SoC floor' },
      { selector: '#cycles', expect: null, change: 'cycle limit moved out to asset settings' },
      {
        selector: 'select[name="action_35"]',
        expect: 'select[name="sp[35][action]"]',
        change: 'name became nested array',
      },
      {
        selector: 'input[name="mw_34"]',
        expect: 'input[name="sp[34][mw]"]',
        change: 'name became nested array',
      },
      { selector: '#dc-available', expect: '#declare-dc', change: 'id, name and wording changed' },
      { selector: '#submit-schedule', expect: '#send-bids', change: 'id renamed, reworded Send to market' },
    ],
  },
  {
    name: 'last-mile-route-detail-b26',
    v1: routeV1,
    v2: routeV2,
    targets: [
      {
        selector: '#driver',
        expect: 'select[name="driver_id"]',
        change: 'moved into side panel, id removed',
      },
      {
        selector: '#vehicle',
        expect: 'select[name="vehicle_reg"]',
        change: 'moved into side panel, label Vehicle',
      },
      { selector: '#optimise-route', expect: 'button.re-sequence', change: 'reworded Re-sequence stops' },
      {
        selector: '#print-manifest',
        expect: null,
        change: 'manifest printing removed; Download labels button in its position',
      },
      { selector: '#release-route', expect: 'button.send-to-app', change: 'reworded Send to driver app' },
      {
        selector: '.reassign[data-stop="s-4"]',
        expect: 'li[data-stop-id="s-4"] .stop-menu-move',
        change: 'row button moved into overflow menu, stops re-sequenced',
      },
      { selector: '#new-parcels', expect: null, change: 'parcel count field dropped from add-stop form' },
      {
        selector: '#parcel-search',
        expect: 'input[name="barcode"]',
        change: 'id removed, placeholder reworded',
      },
    ],
  },
  {
    name: 'air-cargo-uld-buildup-b26',
    v1: uldV1,
    v2: uldV2,
    targets: [
      { selector: '#uld-select', expect: '#active-uld', change: 'id, name and label renamed' },
      { selector: '#contour', expect: null, change: 'contour select removed' },
      {
        selector: '.offload[data-awb="125-44121005"]',
        expect: 'button[data-awb="125-44121005"]',
        change: 'text became icon, class renamed, extra AWB row added',
      },
      { selector: '#pieces-input', expect: '#pcs', change: 'id and label abbreviated' },
      { selector: '#add-awb-btn', expect: '#build-awb', change: 'id renamed, reworded Build' },
      {
        selector: '#seal-no',
        expect: null,
        change: 'seal number removed; temperature logger field in same slot',
      },
      { selector: '#netted', expect: '#net-check', change: 'id renamed, reworded Netting verified' },
      {
        selector: '#close-uld',
        expect: '[data-testid="finalise-uld"]',
        change: 'id replaced by data-testid, reworded Finalise ULD',
      },
    ],
  },
  {
    name: 'returns-grading-station-b26',
    v1: returnsV1,
    v2: returnsV2,
    targets: [
      { selector: '#rma-scan', expect: 'input[name="barcode"]', change: 'id removed, name changed' },
      { selector: '#scan-go', expect: 'button.scan-submit', change: 'Go reworded Look up' },
      { selector: '#grade-b', expect: 'button[data-grade="B"]', change: 'radio became toggle button' },
      {
        selector: '#chk-acc',
        expect: 'input[name="accessories_present"]',
        change: 'checkbox became switch, reworded',
      },
      {
        selector: '#chk-serial',
        expect: null,
        change: 'serial check removed; batteries removed switch in same position',
      },
      {
        selector: '#disposition',
        expect: 'select[name="disposition_override"]',
        change: 'became override select under suggested route',
      },
      { selector: '#complete-grade', expect: 'button.finish', change: 'reworded Print label & next item' },
      { selector: '#skip-item', expect: null, change: 'skip removed' },
    ],
  },
  {
    name: 'distribution-yard-gatehouse-b26',
    v1: gateV1,
    v2: gateV2,
    targets: [
      { selector: '#appt-ref', expect: '#booking-ref', change: 'id, name and label renamed' },
      { selector: '#tractor-reg', expect: '#vehicle-reg', change: 'renamed Unit reg (VRN)' },
      {
        selector: '#driver-phone',
        expect: null,
        change: 'mobile removed; driver language select in same grid cell',
      },
      { selector: '#load-type', expect: '#load-status', change: 'select became radio group' },
      { selector: '#keys-handed', expect: null, change: 'cab keys check removed' },
      { selector: '#check-in-btn', expect: '#admit-btn', change: 'id renamed, reworded Admit to yard' },
      { selector: '#reject-btn', expect: '.refuse-btn', change: 'id replaced by class, reworded Turn away' },
      {
        selector: 'button.checkout[data-trailer="T-5120"]',
        expect: 'button[data-trailer="T-5120"]',
        change: 'class renamed, Check out reworded Depart',
      },
    ],
  },
];
