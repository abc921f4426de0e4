/**
 * Blind corpus 12, sealed: written without looking at the matcher.
 * Domains: care home medication round, physiotherapy home exercises, ward nursing handover,
 * school cover timetable, thesis submission, classroom rewards, milking parlour, greenhouse
 * irrigation, crop spray records, bakery production planning, refrigerated trailer monitoring,
 * tree survey field work, cross-dock door scheduling, accounts payable invoice matching,
 * month-end close, FX settlement breaks, film call sheets, dubbing studio booking, planning
 * application comments, noise nuisance reporting, community orchestra music library, model
 * rocketry launch log, mass spectrometer sample queue, PCR thermocycler run setup.
 */
import { edit, type PagePair, page } from './page.js';

const PHONE_CSS = `.phone{max-width:390px;margin:0 auto;border:1px solid #ddd;min-height:700px}
.tabbar,.bottom-nav{display:flex;justify-content:space-around;padding:10px;border-top:1px solid #ddd}
.chip{border:1px solid #aaa;border-radius:14px;padding:4px 10px;background:#fff}
.segmented{display:flex;gap:0}.segmented button{border-radius:0}
.menu{display:flex;gap:4px;border:1px solid #ccc;padding:4px;background:#fafafa}`;

// 1 — care home medication round (healthcare)
const medRoundV1 = page(
  'Medication round — Willow Wing',
  `
<header><strong>CareLedger eMAR</strong><nav><a href="/residents">Residents</a><a href="/rounds">Rounds</a><a href="/stock">Stock</a><a href="/reports">Reports</a></nav><span class="muted">Willow Wing · Morning round 08:00</span><button id="signout">Sign out</button></header>
<main>
<h1>Medication round — Willow Wing</h1>
<div class="row"><label for="round-filter">Show</label><select id="round-filter"><option>All residents</option><option>Due now</option><option>Overdue</option></select><input id="resident-search" placeholder="Search residents"><button id="print-mar">Print MAR chart</button></div>
<aside class="card"><h3>Stock alerts</h3><ul><li>Metformin 500mg — 4 days left</li><li>Lactulose — reorder placed</li></ul><a href="/stock/reorder" id="reorder-link">Reorder stock</a></aside>
<section class="card" id="resident-panel">
<h2>Margaret Ellison, Room 12</h2>
<p class="muted">Born 14/03/1938 · Allergies: penicillin · GP: Dr Okafor</p>
<table id="due-meds">
<thead><tr><th>Medicine</th><th>Dose</th><th>Route</th><th>Due</th><th>Record</th></tr></thead>
<tbody>
<tr><td>Amlodipine 5mg tablet</td><td>1 tablet</td><td>Oral</td><td>08:00</td><td><button class="give" data-med="amlodipine">Given</button> <button class="refuse" data-med="amlodipine">Refused</button></td></tr>
<tr><td>Metformin 500mg tablet</td><td>1 tablet</td><td>Oral</td><td>08:00</td><td><button class="give" data-med="metformin">Given</button> <button class="refuse" data-med="metformin">Refused</button></td></tr>
<tr><td>Paracetamol 500mg tablet</td><td>2 tablets</td><td>Oral</td><td>When required</td><td><button class="give" data-med="paracetamol">Given</button> <button class="refuse" data-med="paracetamol">Refused</button></td></tr>
</tbody>
</table>
<label for="round-note">Round note</label>
<textarea id="round-note" rows="2"></textarea>
<div class="row"><label><input type="checkbox" id="witness-required"> Second signature required</label><button id="save-round">Save administration</button><button id="skip-resident">Skip resident</button></div>
</section>
</main>
<footer>CareLedger · Controlled drugs must be witnessed by a second member of staff · <a href="/help">Help</a></footer>
`,
  PHONE_CSS,
);

const medRoundV2 = edit(medRoundV1, [
  [
    '<header><strong>CareLedger eMAR</strong><nav><a href="/residents">Residents</a><a href="/rounds">Rounds</a><a href="/stock">Stock</a><a href="/reports">Reports</a></nav><span class="muted">Willow Wing · Morning round 08:00</span><button id="signout">Sign out</button></header>',
    '<header><strong>CareLedger</strong><span class="muted">Willow Wing · 08:00 round · 3 of 14 residents done</span><div class="menu" id="round-menu"><button data-action="print">Print chart</button><button data-action="handover">Handover summary</button></div><button id="signout">Log out</button></header><nav class="sidebar"><a href="/residents">Residents</a><a href="/rounds">Rounds</a><a href="/stock">Stock</a><a href="/reports">Reports</a><a href="/incidents">Incidents</a></nav>',
  ],
  [
    '<input id="resident-search" placeholder="Search residents"><button id="print-mar">Print MAR chart</button></div>',
    '<label for="jump-room">Go to room</label><select id="jump-room"><option>Room 10</option><option>Room 12</option><option>Room 14</option></select></div>',
  ],
  [
    '<aside class="card"><h3>Stock alerts</h3><ul><li>Metformin 500mg — 4 days left</li><li>Lactulose — reorder placed</li></ul><a href="/stock/reorder" id="reorder-link">Reorder stock</a></aside>',
    '',
  ],
  [
    `<table id="due-meds">
<thead><tr><th>Medicine</th><th>Dose</th><th>Route</th><th>Due</th><th>Record</th></tr></thead>
<tbody>
<tr><td>Amlodipine 5mg tablet</td><td>1 tablet</td><td>Oral</td><td>08:00</td><td><button class="give" data-med="amlodipine">Given</button> <button class="refuse" data-med="amlodipine">Refused</button></td></tr>
<tr><td>Metformin 500mg tablet</td><td>1 tablet</td><td>Oral</td><td>08:00</td><td><button class="give" data-med="metformin">Given</button> <button class="refuse" data-med="metformin">Refused</button></td></tr>
<tr><td>Paracetamol 500mg tablet</td><td>2 tablets</td><td>Oral</td><td>When required</td><td><button class="give" data-med="paracetamol">Given</button> <button class="refuse" data-med="paracetamol">Refused</button></td></tr>
</tbody>
</table>`,
    `<div class="grid" id="med-cards">
<div class="card" data-testid="med-paracetamol"><strong>Paracetamol 500mg tablet</strong><p class="muted">2 tablets · by mouth · as needed (max 8 in 24h)</p><button class="administer">Administered</button> <button class="decline">Declined</button></div>
<div class="card" data-testid="med-amlodipine"><strong>Amlodipine 5mg tablet</strong><p class="muted">1 tablet · by mouth · 08:00</p><button class="administer">Administered</button> <button class="decline">Declined</button></div>
<div class="card" data-testid="med-metformin"><strong>Metformin 500mg tablet</strong><p class="muted">1 tablet · by mouth · 08:00 · with food</p><button class="administer">Administered</button> <button class="decline">Declined</button></div>
</div>`,
  ],
  [
    '<label for="round-note">Round note</label>\n<textarea id="round-note" rows="2"></textarea>',
    '<label for="handover-note">Note for the next shift</label>\n<textarea id="handover-note" name="handover" rows="3"></textarea>',
  ],
  [
    '<div class="row"><label><input type="checkbox" id="witness-required"> Second signature required</label><button id="save-round">Save administration</button><button id="skip-resident">Skip resident</button></div>',
    '<div class="row"><span>Witness needed</span><button role="switch" aria-checked="false" id="witness-switch">Off</button><button id="sign-save">Sign &amp; save</button></div>',
  ],
  [
    '<footer>CareLedger · Controlled drugs must be witnessed by a second member of staff · <a href="/help">Help</a></footer>',
    '<footer>CareLedger · Controlled drugs need a witness · Metformin 500mg low (4 days) · <button class="restock">Request restock</button> · <a href="/help">Help</a></footer>',
  ],
]);

const medRound: PagePair = {
  name: 'care-home-medication-round',
  v1: medRoundV1,
  v2: medRoundV2,
  targets: [
    {
      selector: 'button.give[data-med="metformin"]',
      expect: '[data-testid="med-metformin"] button.administer',
      change: 'table row became a card, reordered; Given renamed Administered',
    },
    {
      selector: '#print-mar',
      expect: '#round-menu button[data-action="print"]',
      change: 'moved from filter row into header menu, reworded',
    },
    {
      selector: '#round-note',
      expect: 'textarea[name="handover"]',
      change: 'id changed, label reworded to next-shift note',
    },
    {
      selector: '#witness-required',
      expect: '#witness-switch',
      change: 'checkbox became a switch button',
    },
    { selector: '#save-round', expect: '#sign-save', change: 'renamed to sign and save' },
    {
      selector: '#reorder-link',
      expect: 'footer button.restock',
      change: 'sidebar link became footer button, reworded',
    },
    { selector: '#skip-resident', expect: null, change: 'skip action removed' },
    { selector: '#resident-search', expect: null, change: 'search box replaced by a room picker' },
  ],
};

// 2 — physiotherapy home exercise app (healthcare, mobile)
const physioV1 = page(
  'MoveWell — Today',
  `
<div class="phone">
<header><button aria-label="Back" id="back">‹</button><strong>MoveWell</strong><button aria-label="Messages" id="msg-btn">✉</button></header>
<main>
<h1>Today's exercises</h1>
<p class="muted">Plan from Priya (physiotherapist) · Knee rehab, week 3</p>
<div class="row tabs"><a href="#today" class="tab">Today</a><a href="#week" class="tab">This week</a><a href="#progress" class="tab">Progress</a></div>
<ul class="exercise-list">
<li class="card exercise" id="ex-1"><h3>Straight leg raise</h3><p>3 sets × 10 reps · left leg</p><button class="start-ex">Start</button> <button class="video-ex">Watch video</button></li>
<li class="card exercise" id="ex-2"><h3>Heel slides</h3><p>2 sets × 15 reps</p><button class="start-ex">Start</button> <button class="video-ex">Watch video</button></li>
<li class="card exercise" id="ex-3"><h3>Wall squat</h3><p>3 sets × 30 second hold</p><button class="start-ex">Start</button> <button class="video-ex">Watch video</button></li>
</ul>
<section class="card" id="pain-check">
<h2>How is your knee today?</h2>
<label for="pain-score">Pain score (0–10)</label><input type="range" id="pain-score" min="0" max="10" value="3">
<fieldset><legend>Swelling</legend><label><input type="radio" name="swelling" value="none"> None</label><label><input type="radio" name="swelling" value="some"> Some</label><label><input type="radio" name="swelling" value="lots"> A lot</label></fieldset>
<button id="submit-check">Send to physio</button>
</section>
</main>
<nav class="bottom-nav"><a href="/plan">Plan</a><a href="/diary">Diary</a><a href="/book">Book session</a><a href="/profile">Me</a></nav>
</div>
`,
  PHONE_CSS,
);

const physioV2 = edit(physioV1, [
  [
    '<button aria-label="Messages" id="msg-btn">✉</button></header>',
    '<span class="badge">Week 3</span></header>',
  ],
  [
    '<div class="row tabs"><a href="#today" class="tab">Today</a><a href="#week" class="tab">This week</a><a href="#progress" class="tab">Progress</a></div>',
    '<div class="segmented"><button data-view="today" aria-pressed="true">Today</button><button data-view="week">Week</button><button data-view="progress">My progress</button></div>',
  ],
  [
    `<ul class="exercise-list">
<li class="card exercise" id="ex-1"><h3>Straight leg raise</h3><p>3 sets × 10 reps · left leg</p><button class="start-ex">Start</button> <button class="video-ex">Watch video</button></li>
<li class="card exercise" id="ex-2"><h3>Heel slides</h3><p>2 sets × 15 reps</p><button class="start-ex">Start</button> <button class="video-ex">Watch video</button></li>
<li class="card exercise" id="ex-3"><h3>Wall squat</h3><p>3 sets × 30 second hold</p><button class="start-ex">Start</button> <button class="video-ex">Watch video</button></li>
</ul>`,
    `<ol class="routine">
<li class="row" data-exercise="wall-squat"><span>Wall squat — 3 × 30 s hold</span><button class="begin">Begin</button></li>
<li class="row" data-exercise="straight-leg-raise"><span>Straight leg raise — 3 × 10, left</span><button class="begin">Begin</button></li>
<li class="row" data-exercise="heel-slides"><span>Heel slides — 2 × 15</span><button class="begin">Begin</button></li>
<li class="row" data-exercise="calf-raise"><span>Calf raise — 2 × 12 (new)</span><button class="begin">Begin</button></li>
</ol>`,
  ],
  ['<h2>How is your knee today?</h2>', '<h2>Quick check-in</h2>'],
  [
    '<label for="pain-score">Pain score (0–10)</label><input type="range" id="pain-score" min="0" max="10" value="3">',
    '<label for="pain-level">How much does it hurt? (0 = none)</label><input type="range" id="pain-level" min="0" max="10" value="3">',
  ],
  [
    '<fieldset><legend>Swelling</legend><label><input type="radio" name="swelling" value="none"> None</label><label><input type="radio" name="swelling" value="some"> Some</label><label><input type="radio" name="swelling" value="lots"> A lot</label></fieldset>',
    '<p>Any swelling?</p><div class="segmented"><button data-swelling="none">No</button><button data-swelling="some">A little</button><button data-swelling="lots">A lot</button></div>',
  ],
  ['<button id="submit-check">Send to physio</button>', '<button id="share-check">Share with Priya</button>'],
  [
    '<nav class="bottom-nav"><a href="/plan">Plan</a><a href="/diary">Diary</a><a href="/book">Book session</a><a href="/profile">Me</a></nav>',
    '<nav class="tabbar"><a href="/plan">Plan</a><a href="/diary">Diary</a><a href="/chat">Chat</a><a href="/library">Library</a><a href="/profile">Me</a></nav>',
  ],
]);

const physio: PagePair = {
  name: 'physio-home-exercise-app',
  v1: physioV1,
  v2: physioV2,
  targets: [
    {
      selector: '#ex-3 .start-ex',
      expect: '[data-exercise="wall-squat"] button.begin',
      change: 'cards became a compact list, reordered; Start renamed Begin',
    },
    {
      selector: '#msg-btn',
      expect: 'nav.tabbar a[href="/chat"]',
      change: 'header icon button moved to bottom tab bar as a Chat link',
    },
    { selector: '#pain-score', expect: '#pain-level', change: 'id changed, label became a question' },
    {
      selector: 'input[name="swelling"][value="some"]',
      expect: 'button[data-swelling="some"]',
      change: 'radio became segmented button, reworded',
    },
    { selector: '#submit-check', expect: '#share-check', change: 'renamed to name the physio' },
    {
      selector: 'a.tab[href="#progress"]',
      expect: '.segmented button[data-view="progress"]',
      change: 'tab link became segmented button',
    },
    { selector: '#ex-2 .video-ex', expect: null, change: 'video buttons removed from list' },
    { selector: '.bottom-nav a[href="/book"]', expect: null, change: 'booking tab replaced by library' },
  ],
};

// 3 — ward nursing handover (healthcare, desktop)
const handoverV1 = page(
  'Ward 7 handover',
  `
<header><strong>WardView</strong><span>Ward 7 — Acute Medicine</span><span class="muted">Day → Night handover 19:30</span><a href="/ward/7/print" id="print-ward">Print ward list</a></header>
<nav class="sidebar"><h3>Patients</h3><ul>
<li><a href="#" data-bed="B1">Bed 1 — R. Shah</a></li>
<li><a href="#" data-bed="B2">Bed 2 — T. Morgan</a></li>
<li><a href="#" data-bed="B3">Bed 3 — A. Kowalski</a></li>
<li><a href="#" data-bed="B4">Bed 4 — J. Byrne</a></li>
<li><a href="#" data-bed="B5">Bed 5 — empty</a></li>
</ul></nav>
<main>
<h1>Bed 4 — John Byrne, 81</h1>
<p class="muted">Admitted 2 days ago with community-acquired pneumonia · Consultant: Dr Lindqvist</p>
<form id="sbar">
<label for="sit">Situation</label><textarea id="sit" name="situation" rows="2"></textarea>
<label for="bg">Background</label><textarea id="bg" name="background" rows="2"></textarea>
<label for="news2-score">NEWS2 score</label><input id="news2-score" type="number" min="0" max="20" value="4">
<label for="rec">Recommendation</label><textarea id="rec" name="recommendation" rows="2"></textarea>
</form>
<fieldset><legend>Flags</legend>
<label><input type="checkbox" id="flag-falls"> Falls risk</label>
<label><input type="checkbox" id="flag-dnacpr"> DNACPR in place</label>
<label><input type="checkbox" id="flag-isolation"> Side room / isolation</label>
</fieldset>
<h2>Outstanding tasks</h2>
<table id="tasks">
<tr><td>IV antibiotics due 22:00</td><td><button>Done</button></td></tr>
<tr><td>Bloods — repeat CRP at 06:00</td><td><button>Done</button></td></tr>
<tr><td>Fluid balance chart review</td><td><button>Done</button></td></tr>
</table>
<div class="row"><button id="save-draft">Save draft</button><button id="complete-handover">Complete handover</button></div>
</main>
`,
);

const handoverV2 = edit(handoverV1, [
  [
    '<a href="/ward/7/print" id="print-ward">Print ward list</a></header>',
    '<button class="print-list">Print</button></header>',
  ],
  [
    `<nav class="sidebar"><h3>Patients</h3><ul>
<li><a href="#" data-bed="B1">Bed 1 — R. Shah</a></li>
<li><a href="#" data-bed="B2">Bed 2 — T. Morgan</a></li>
<li><a href="#" data-bed="B3">Bed 3 — A. Kowalski</a></li>
<li><a href="#" data-bed="B4">Bed 4 — J. Byrne</a></li>
<li><a href="#" data-bed="B5">Bed 5 — empty</a></li>
</ul></nav>`,
    `<nav class="bed-strip row"><span>Beds:</span>
<button data-bed-no="1">1 Shah</button><button data-bed-no="2">2 Morgan</button><button data-bed-no="3">3 Kowalski</button><button data-bed-no="4" aria-current="true">4 Byrne</button><button data-bed-no="5">5 —</button><button data-bed-no="6">6 Adeyemi</button>
</nav>`,
  ],
  [
    '<label for="sit">Situation</label><textarea id="sit" name="situation" rows="2"></textarea>',
    '<label for="sbar-s">S — What is happening now?</label><textarea id="sbar-s" rows="3"></textarea>',
  ],
  [
    '<label for="bg">Background</label><textarea id="bg" name="background" rows="2"></textarea>',
    '<label for="sbar-b">B — Relevant history</label><textarea id="sbar-b" rows="3"></textarea>',
  ],
  [
    '<label for="news2-score">NEWS2 score</label><input id="news2-score" type="number" min="0" max="20" value="4">',
    '<label for="sbar-a">A — Latest early warning score</label><input id="sbar-a" name="news2" type="number" min="0" max="20" value="4">',
  ],
  [
    '<label for="rec">Recommendation</label><textarea id="rec" name="recommendation" rows="2"></textarea>',
    '<label for="sbar-r">R — What needs doing overnight?</label><textarea id="sbar-r" rows="3"></textarea>',
  ],
  [
    `<fieldset><legend>Flags</legend>
<label><input type="checkbox" id="flag-falls"> Falls risk</label>
<label><input type="checkbox" id="flag-dnacpr"> DNACPR in place</label>
<label><input type="checkbox" id="flag-isolation"> Side room / isolation</label>
</fieldset>`,
    `<div class="row"><span>Alerts:</span><button class="chip" data-flag="falls" aria-pressed="false">At risk of falls</button><button class="chip" data-flag="dnacpr" aria-pressed="false">DNACPR</button><button class="chip" data-flag="delirium" aria-pressed="false">Delirium</button></div>`,
  ],
  [
    `<h2>Outstanding tasks</h2>
<table id="tasks">
<tr><td>IV antibiotics due 22:00</td><td><button>Done</button></td></tr>
<tr><td>Bloods — repeat CRP at 06:00</td><td><button>Done</button></td></tr>
<tr><td>Fluid balance chart review</td><td><button>Done</button></td></tr>
</table>`,
    `<h2>To do overnight</h2>
<ul class="task-list">
<li data-task="fluids"><label><input type="checkbox"> Review fluid balance chart</label></li>
<li data-task="abx"><label><input type="checkbox"> IV antibiotics — 22:00</label></li>
<li data-task="bloods"><label><input type="checkbox"> Repeat CRP — 06:00</label></li>
</ul>`,
  ],
  [
    '<div class="row"><button id="save-draft">Save draft</button><button id="complete-handover">Complete handover</button></div>',
    '<div class="row"><span class="muted">Changes save automatically</span><button id="sign-off">Sign off handover</button></div>',
  ],
]);

const handover: PagePair = {
  name: 'ward-nursing-handover',
  v1: handoverV1,
  v2: handoverV2,
  targets: [
    {
      selector: '.sidebar a[data-bed="B4"]',
      expect: '.bed-strip button[data-bed-no="4"]',
      change: 'sidebar patient list became a bed strip of buttons',
    },
    {
      selector: 'textarea[name="situation"]',
      expect: '#sbar-s',
      change: 'name removed, label turned into a question',
    },
    { selector: '#news2-score', expect: 'input[name="news2"]', change: 'id changed, label reworded' },
    {
      selector: '#flag-falls',
      expect: 'button.chip[data-flag="falls"]',
      change: 'checkbox became toggle chip, reworded',
    },
    {
      selector: '#tasks tr:nth-of-type(2) button',
      expect: '[data-task="bloods"] input[type="checkbox"]',
      change: 'task table became checklist, re-sorted',
    },
    { selector: '#complete-handover', expect: '#sign-off', change: 'renamed to sign off' },
    { selector: '#flag-isolation', expect: null, change: 'isolation flag removed' },
    { selector: '#save-draft', expect: null, change: 'replaced by autosave' },
  ],
};

// 4 — school cover timetable (education, admin)
const coverV1 = page(
  'Cover — Tuesday 12 March',
  `
<header><strong>Eastfield Academy MIS</strong><nav><a href="/timetable">Timetable</a><a href="/cover">Cover</a><a href="/rooms">Rooms</a><a href="/absence">Staff absence</a></nav></header>
<main>
<h1>Cover for Tuesday 12 March</h1>
<p class="muted">4 teachers absent · 9 lessons need cover · 2 still uncovered</p>
<div class="row"><label for="dept-filter">Department</label><select id="dept-filter"><option>All</option><option>Maths</option><option>Science</option><option>English</option></select><label><input type="checkbox" id="uncovered-only"> Show only uncovered</label><a href="/cover/email" class="email-staff">Email staff</a><button id="export-csv">Export CSV</button></div>
<aside class="card"><h3>Free staff</h3><ul>
<li data-staff="ms-hale">Ms Hale — P1, P3</li>
<li data-staff="mr-osei">Mr Osei — P2, P3, P5</li>
<li data-staff="mrs-tan">Mrs Tan — P4</li>
</ul></aside>
<table id="cover-table">
<thead><tr><th>Period</th><th>Class</th><th>Subject</th><th>Room</th><th>Absent</th><th>Cover</th><th></th></tr></thead>
<tbody>
<tr><td>P1</td><td>7C</td><td>English</td><td>E4</td><td>Mr Dunn</td><td><select><option>Unassigned</option><option>Ms Hale</option></select></td><td><button class="assign">Assign</button></td></tr>
<tr><td>P2</td><td>10A</td><td>Science</td><td>S2</td><td>Dr Reyes</td><td><select><option>Mr Osei</option></select></td><td><button class="assign">Assign</button></td></tr>
<tr><td>P3</td><td>9B</td><td>Maths</td><td>M1</td><td>Miss Patel</td><td><select><option>Unassigned</option><option>Ms Hale</option><option>Mr Osei</option></select></td><td><button class="assign">Assign</button></td></tr>
<tr><td>P4</td><td>8D</td><td>Science</td><td>S1</td><td>Dr Reyes</td><td><select><option>Mrs Tan</option></select></td><td><button class="assign">Assign</button></td></tr>
</tbody>
</table>
<div class="row"><button id="publish">Publish cover sheet</button></div>
</main>
`,
);

const coverV2 = edit(coverV1, [
  [
    '<div class="row"><label for="dept-filter">Department</label><select id="dept-filter"><option>All</option><option>Maths</option><option>Science</option><option>English</option></select><label><input type="checkbox" id="uncovered-only"> Show only uncovered</label><a href="/cover/email" class="email-staff">Email staff</a><button id="export-csv">Export CSV</button></div>',
    '<div class="row" role="tablist"><button role="tab" data-filter="all" aria-selected="true">All lessons</button><button role="tab" data-filter="uncovered">Needs cover (2)</button><label for="year-filter">Year</label><select id="year-filter"><option>All years</option><option>Year 7</option><option>Year 8</option><option>Year 9</option><option>Year 10</option></select></div>',
  ],
  [
    `<aside class="card"><h3>Free staff</h3><ul>
<li data-staff="ms-hale">Ms Hale — P1, P3</li>
<li data-staff="mr-osei">Mr Osei — P2, P3, P5</li>
<li data-staff="mrs-tan">Mrs Tan — P4</li>
</ul></aside>`,
    '',
  ],
  [
    `<table id="cover-table">
<thead><tr><th>Period</th><th>Class</th><th>Subject</th><th>Room</th><th>Absent</th><th>Cover</th><th></th></tr></thead>
<tbody>
<tr><td>P1</td><td>7C</td><td>English</td><td>E4</td><td>Mr Dunn</td><td><select><option>Unassigned</option><option>Ms Hale</option></select></td><td><button class="assign">Assign</button></td></tr>
<tr><td>P2</td><td>10A</td><td>Science</td><td>S2</td><td>Dr Reyes</td><td><select><option>Mr Osei</option></select></td><td><button class="assign">Assign</button></td></tr>
<tr><td>P3</td><td>9B</td><td>Maths</td><td>M1</td><td>Miss Patel</td><td><select><option>Unassigned</option><option>Ms Hale</option><option>Mr Osei</option></select></td><td><button class="assign">Assign</button></td></tr>
<tr><td>P4</td><td>8D</td><td>Science</td><td>S1</td><td>Dr Reyes</td><td><select><option>Mrs Tan</option></select></td><td><button class="assign">Assign</button></td></tr>
</tbody>
</table>
<div class="row"><button id="publish">Publish cover sheet</button></div>`,
    `<div class="row staff-chips"><span>Available:</span><span class="badge" data-teacher="hale">Hale · P1 P3</span><span class="badge" data-teacher="osei">Osei · P2 P3 P5</span><span class="badge" data-teacher="tan">Tan · P4</span></div>
<div class="grid">
<article class="card" data-lesson="p3-9b"><h3>Period 3 · 9B Maths</h3><p class="muted">Room M1 · for Miss Patel</p><select aria-label="Cover teacher"><option>Choose…</option><option>Ms Hale</option><option>Mr Osei</option></select> <button class="confirm">Confirm</button></article>
<article class="card" data-lesson="p1-7c"><h3>Period 1 · 7C English</h3><p class="muted">Room E4 · for Mr Dunn</p><select aria-label="Cover teacher"><option>Choose…</option><option>Ms Hale</option></select> <button class="confirm">Confirm</button></article>
<article class="card" data-lesson="p2-10a"><h3>Period 2 · 10A Science</h3><p class="muted">Room S2 · for Dr Reyes · covered by Mr Osei</p></article>
<article class="card" data-lesson="p4-8d"><h3>Period 4 · 8D Science</h3><p class="muted">Room S1 · for Dr Reyes · covered by Mrs Tan</p></article>
</div>
<div class="row"><button id="notify-staff">Notify staff</button><button id="publish-screen">Publish to staffroom screen</button></div>`,
  ],
]);

const cover: PagePair = {
  name: 'school-timetable-cover',
  v1: coverV1,
  v2: coverV2,
  targets: [
    {
      selector: '#cover-table tbody tr:nth-of-type(3) select',
      expect: 'article[data-lesson="p3-9b"] select',
      change: 'table became cards, uncovered lessons first',
    },
    {
      selector: '#cover-table tbody tr:nth-of-type(1) .assign',
      expect: 'article[data-lesson="p1-7c"] button.confirm',
      change: 'row button became card button, Assign renamed Confirm',
    },
    {
      selector: '#uncovered-only',
      expect: 'button[role="tab"][data-filter="uncovered"]',
      change: 'checkbox filter became a tab',
    },
    { selector: '#publish', expect: '#publish-screen', change: 'renamed, target screen named' },
    {
      selector: 'a.email-staff',
      expect: '#notify-staff',
      change: 'link became button, reworded, moved to bottom',
    },
    {
      selector: 'aside li[data-staff="mr-osei"]',
      expect: '.staff-chips [data-teacher="osei"]',
      change: 'sidebar list item became chip above cards',
    },
    { selector: '#export-csv', expect: null, change: 'export removed' },
    { selector: 'select#dept-filter', expect: null, change: 'department filter replaced by year filter' },
  ],
};

// 5 — thesis submission portal (education)
const thesisV1 = page(
  'Submit your thesis',
  `
<header><strong>Graduate School</strong><nav><a href="/research">My research</a><a href="/thesis">Thesis</a><a href="/training">Training</a></nav><span>Signed in as L. Ferreira</span></header>
<main>
<h1>Submit your thesis for examination</h1>
<p class="muted">Read the submission guidance before you start. You can return to this form later.</p>
<form id="thesis-form">
<label for="title">Thesis title</label><input id="title" name="title">
<label for="degree">Degree</label><select id="degree"><option>PhD</option><option>MPhil</option><option>MRes</option><option>EngD</option></select>
<label for="supervisor">Lead supervisor</label><input id="supervisor" name="supervisor">
<label for="abstract">Abstract (max 300 words)</label><textarea id="abstract" rows="5"></textarea>
<label for="thesis-pdf">Thesis PDF</label><input type="file" id="thesis-pdf" accept=".pdf">
<label><input type="checkbox" id="embargo"> Request an embargo</label>
<label for="embargo-length">Embargo length</label><select id="embargo-length"><option>1 year</option><option>2 years</option><option>5 years</option></select>
<label><input type="checkbox" id="declaration"> I declare this thesis is my own work</label>
<div class="row"><button type="button" id="save-later">Save and finish later</button><button type="submit" class="submit-thesis">Submit thesis</button></div>
</form>
</main>
<footer>Research Degrees Office · <a href="/guidance">Submission guidance</a></footer>
`,
);

const thesisV2 = edit(thesisV1, [
  [
    '<h1>Submit your thesis for examination</h1>',
    '<h1>Thesis submission</h1><p>Step 2 of 2 · Details &amp; files</p>',
  ],
  [
    '<p class="muted">Read the submission guidance before you start. You can return to this form later.</p>',
    '<p class="muted">Your supervisor (Dr A. Mensah) is taken from your record. Progress is saved as you type.</p>',
  ],
  [
    '<label for="title">Thesis title</label><input id="title" name="title">',
    '<div class="card"><h2>About your thesis</h2><label for="thesis-title">Full title</label><input id="thesis-title" name="thesis_title">',
  ],
  [
    '<label for="degree">Degree</label><select id="degree"><option>PhD</option><option>MPhil</option><option>MRes</option><option>EngD</option></select>',
    '<p>Award</p><div class="row" role="radiogroup" aria-label="Award"><label><input type="radio" name="award" value="phd"> PhD</label><label><input type="radio" name="award" value="mphil"> MPhil</label><label><input type="radio" name="award" value="mres"> MRes</label><label><input type="radio" name="award" value="engd"> EngD</label></div>',
  ],
  ['<label for="supervisor">Lead supervisor</label><input id="supervisor" name="supervisor">', ''],
  [
    '<label for="abstract">Abstract (max 300 words)</label><textarea id="abstract" rows="5"></textarea>',
    '<label for="summary">Abstract</label><textarea id="summary" rows="6"></textarea><span class="muted">0 / 300 words</span></div>',
  ],
  [
    '<label for="thesis-pdf">Thesis PDF</label><input type="file" id="thesis-pdf" accept=".pdf">',
    '<div class="card"><h2>Files</h2><label for="main-doc">Main thesis document (PDF/A)</label><input type="file" id="main-doc" name="main_document" accept=".pdf"><label for="supp">Supplementary data (optional)</label><input type="file" id="supp" name="supplementary"></div>',
  ],
  [
    '<label><input type="checkbox" id="embargo"> Request an embargo</label>\n<label for="embargo-length">Embargo length</label><select id="embargo-length"><option>1 year</option><option>2 years</option><option>5 years</option></select>',
    '<div class="card"><h2>Access</h2><div class="row"><span>Restrict access for a period?</span><button type="button" role="switch" aria-checked="false" id="restrict-access">No</button></div><label for="restrict-period">For how long?</label><select id="restrict-period"><option>12 months</option><option>24 months</option><option>60 months</option></select></div>',
  ],
  [
    '<label><input type="checkbox" id="declaration"> I declare this thesis is my own work</label>',
    '<label><input type="checkbox" id="own-work-confirm"> I confirm that the work is my own and that all sources are acknowledged</label>',
  ],
  [
    '<div class="row"><button type="button" id="save-later">Save and finish later</button><button type="submit" class="submit-thesis">Submit thesis</button></div>',
    '<div class="row"><a href="/thesis/step-1">Back</a><button type="submit" id="send-for-examination">Send for examination</button></div>',
  ],
]);

const thesis: PagePair = {
  name: 'thesis-submission-portal',
  v1: thesisV1,
  v2: thesisV2,
  targets: [
    {
      selector: 'input[name="title"]',
      expect: '#thesis-title',
      change: 'name and id changed, label reworded',
    },
    {
      selector: 'select#degree',
      expect: '[role="radiogroup"][aria-label="Award"]',
      change: 'select became radio group, Degree renamed Award',
    },
    {
      selector: '#thesis-pdf',
      expect: 'input[type="file"][name="main_document"]',
      change: 'moved into Files card, second file input added',
    },
    {
      selector: '#embargo',
      expect: '#restrict-access',
      change: 'checkbox became switch, embargo reworded as question',
    },
    { selector: '#declaration', expect: '#own-work-confirm', change: 'id changed, longer wording' },
    {
      selector: 'button.submit-thesis',
      expect: '#send-for-examination',
      change: 'class removed, reworded',
    },
    { selector: '#save-later', expect: null, change: 'replaced by autosave; a Back link sits there' },
    { selector: 'input[name="supervisor"]', expect: null, change: 'supervisor field removed' },
  ],
};

// 6 — classroom rewards teacher app (education, mobile)
const rewardsV1 = page(
  'ClassStars — 8R Science',
  `
<div class="phone">
<header><strong>ClassStars</strong><span>8R Science · Lab 3</span></header>
<main>
<div class="row toolbar"><button id="award-all">Award whole class</button><button id="random-picker">Random picker</button><button id="timer">Timer</button></div>
<label for="reason">Reason</label><select id="reason"><option>Great effort</option><option>Helping others</option><option>Good answer</option><option>Safe practical work</option></select>
<div class="grid student-grid">
<div class="card student" data-student="amir"><strong>Amir</strong><span class="badge">12</span><button class="award">+1</button></div>
<div class="card student" data-student="bella"><strong>Bella</strong><span class="badge">9</span><button class="award">+1</button></div>
<div class="card student" data-student="chen"><strong>Chen</strong><span class="badge">15</span><button class="award">+1</button></div>
<div class="card student" data-student="dara"><strong>Dara</strong><span class="badge">7</span><button class="award">+1</button></div>
</div>
<label for="class-note">Lesson note</label><input id="class-note" placeholder="e.g. titration practical">
<div class="row"><button id="sync">Sync points</button><a href="/message/parents" class="parent-msg">Message parents</a></div>
</main>
</div>
`,
  PHONE_CSS,
);

const rewardsV2 = edit(rewardsV1, [
  [
    '<header><strong>ClassStars</strong><span>8R Science · Lab 3</span></header>',
    '<header><strong>8R Science</strong><button aria-label="Award whole class">★ All</button><button id="tools-toggle">Tools</button></header><div class="menu" id="tools-menu"><button data-tool="picker">Pick a student</button><button data-tool="groups">Make groups</button></div>',
  ],
  [
    '<div class="row toolbar"><button id="award-all">Award whole class</button><button id="random-picker">Random picker</button><button id="timer">Timer</button></div>',
    '',
  ],
  [
    '<label for="reason">Reason</label><select id="reason"><option>Great effort</option><option>Helping others</option><option>Good answer</option><option>Safe practical work</option></select>',
    '<p>Points for:</p><div class="row reason-chips" role="radiogroup" aria-label="Reason"><button class="chip">Effort</button><button class="chip">Helping</button><button class="chip">Answer</button><button class="chip">Safety</button></div>',
  ],
  [
    `<div class="grid student-grid">
<div class="card student" data-student="amir"><strong>Amir</strong><span class="badge">12</span><button class="award">+1</button></div>
<div class="card student" data-student="bella"><strong>Bella</strong><span class="badge">9</span><button class="award">+1</button></div>
<div class="card student" data-student="chen"><strong>Chen</strong><span class="badge">15</span><button class="award">+1</button></div>
<div class="card student" data-student="dara"><strong>Dara</strong><span class="badge">7</span><button class="award">+1</button></div>
</div>`,
    `<ul class="pupil-list">
<li class="row" data-pupil="chen"><span>Chen</span><span class="badge">15 pts</span><button class="give-point">Give point</button></li>
<li class="row" data-pupil="amir"><span>Amir</span><span class="badge">12 pts</span><button class="give-point">Give point</button></li>
<li class="row" data-pupil="bella"><span>Bella</span><span class="badge">9 pts</span><button class="give-point">Give point</button></li>
<li class="row" data-pupil="dara"><span>Dara</span><span class="badge">7 pts</span><button class="give-point">Give point</button></li>
</ul>`,
  ],
  [
    '<label for="class-note">Lesson note</label><input id="class-note" placeholder="e.g. titration practical">',
    '<label for="lesson-note">What did you do today?</label><textarea id="lesson-note" name="lesson_note" rows="2"></textarea>',
  ],
  [
    '<div class="row"><button id="sync">Sync points</button><a href="/message/parents" class="parent-msg">Message parents</a></div>',
    '<nav class="tabbar"><button id="sync-now">Sync</button><a href="/seating">Seating plan</a><a href="/reports">Reports</a></nav>',
  ],
]);

const rewards: PagePair = {
  name: 'classroom-rewards-teacher-app',
  v1: rewardsV1,
  v2: rewardsV2,
  targets: [
    {
      selector: '.student[data-student="amir"] .award',
      expect: 'li[data-pupil="amir"] button.give-point',
      change: 'tile grid became ranked list; +1 reworded',
    },
    {
      selector: '#award-all',
      expect: 'header button[aria-label="Award whole class"]',
      change: 'moved from toolbar to header as icon button',
    },
    {
      selector: '#random-picker',
      expect: '#tools-menu [data-tool="picker"]',
      change: 'moved into Tools menu, reworded',
    },
    { selector: '#reason', expect: '.reason-chips', change: 'select became chip radio group' },
    {
      selector: '#class-note',
      expect: 'textarea[name="lesson_note"]',
      change: 'input became textarea, label became a question',
    },
    { selector: '#sync', expect: '#sync-now', change: 'moved to bottom bar, shortened' },
    { selector: '#timer', expect: null, change: 'timer tool removed' },
    { selector: 'a.parent-msg', expect: null, change: 'parent messaging link replaced by seating plan' },
  ],
};

// 7 — milking parlour dashboard (agriculture)
const milkingV1 = page(
  'Parlour dashboard — Highmoor Farm',
  `
<header><strong>HerdPulse</strong><span>Highmoor Farm · Parlour A (24/48 herringbone)</span><button id="start-wash">Start wash cycle</button></header>
<nav class="sidebar"><a href="/parlour">Parlour</a><br><a href="/herd">Herd</a><br><a href="/fertility">Fertility</a><br><a href="/feed">Feed</a><br><a href="/settings">Settings</a></nav>
<main>
<h1>Morning milking</h1>
<div class="grid3">
<div class="card" id="kpi-litres"><span class="muted">Milk today</span><h2>6,410 L</h2></div>
<div class="card" id="kpi-yield"><span class="muted">Average yield</span><h2>27.4 L/cow</h2></div>
<div class="card" id="kpi-alerts"><span class="muted">Alerts</span><h2>3</h2></div>
</div>
<div class="row"><label for="group-filter">Group</label><select id="group-filter"><option>All cows</option><option>High yielders</option><option>Fresh calvers</option><option>Late lactation</option></select><button id="export-recording">Export to milk recording</button></div>
<table id="cows">
<thead><tr><th>Cow</th><th>Stall</th><th>Yield (L)</th><th>Conductivity</th><th>Note</th><th></th></tr></thead>
<tbody>
<tr data-cow="1187"><td>1187</td><td>4</td><td>18.2</td><td>5.1</td><td>Antibiotic withdrawal until Fri</td><td><button class="vet-flag">Mark for vet</button> <button class="divert">Divert milk</button></td></tr>
<tr data-cow="2314"><td>2314</td><td>9</td><td>12.6</td><td>6.8 ▲</td><td>Yield down 30%</td><td><button class="vet-flag">Mark for vet</button> <button class="divert">Divert milk</button></td></tr>
<tr data-cow="2402"><td>2402</td><td>15</td><td>31.9</td><td>4.9</td><td></td><td><button class="vet-flag">Mark for vet</button> <button class="divert">Divert milk</button></td></tr>
</tbody>
</table>
</main>
`,
);

const milkingV2 = edit(milkingV1, [
  [
    '<header><strong>HerdPulse</strong><span>Highmoor Farm · Parlour A (24/48 herringbone)</span><button id="start-wash">Start wash cycle</button></header>',
    '<header><strong>HerdPulse</strong><nav class="topnav"><a href="/parlour">Parlour</a><a href="/cattle">Cattle</a><a href="/fertility">Breeding</a><a href="/feed">Rations</a></nav><button id="cip-wash">Start CIP wash</button><a href="/settings" aria-label="Settings">⚙</a></header>',
  ],
  [
    '<nav class="sidebar"><a href="/parlour">Parlour</a><br><a href="/herd">Herd</a><br><a href="/fertility">Fertility</a><br><a href="/feed">Feed</a><br><a href="/settings">Settings</a></nav>',
    '',
  ],
  ['<h1>Morning milking</h1>', '<h1>AM milking · Parlour A</h1>'],
  [
    `<div class="grid3">
<div class="card" id="kpi-litres"><span class="muted">Milk today</span><h2>6,410 L</h2></div>
<div class="card" id="kpi-yield"><span class="muted">Average yield</span><h2>27.4 L/cow</h2></div>
<div class="card" id="kpi-alerts"><span class="muted">Alerts</span><h2>3</h2></div>
</div>`,
    `<div class="grid3">
<div class="card" data-kpi="tank-volume"><span class="muted">Bulk tank volume</span><h2>6,410 L</h2></div>
<div class="card" data-kpi="per-cow"><span class="muted">Litres per cow</span><h2>27.4</h2></div>
<div class="card" data-kpi="tank-temp"><span class="muted">Tank temperature</span><h2>3.8 °C</h2></div>
</div>`,
  ],
  [
    '<div class="row"><label for="group-filter">Group</label><select id="group-filter"><option>All cows</option><option>High yielders</option><option>Fresh calvers</option><option>Late lactation</option></select><button id="export-recording">Export to milk recording</button></div>',
    '<div class="row"><label for="stage-filter">Lactation stage</label><select id="stage-filter"><option>Any</option><option>0–60 days</option><option>61–200 days</option><option>200+ days</option></select><button id="send-nmr">Send to NMR</button></div>',
  ],
  [
    `<table id="cows">
<thead><tr><th>Cow</th><th>Stall</th><th>Yield (L)</th><th>Conductivity</th><th>Note</th><th></th></tr></thead>
<tbody>
<tr data-cow="1187"><td>1187</td><td>4</td><td>18.2</td><td>5.1</td><td>Antibiotic withdrawal until Fri</td><td><button class="vet-flag">Mark for vet</button> <button class="divert">Divert milk</button></td></tr>
<tr data-cow="2314"><td>2314</td><td>9</td><td>12.6</td><td>6.8 ▲</td><td>Yield down 30%</td><td><button class="vet-flag">Mark for vet</button> <button class="divert">Divert milk</button></td></tr>
<tr data-cow="2402"><td>2402</td><td>15</td><td>31.9</td><td>4.9</td><td></td><td><button class="vet-flag">Mark for vet</button> <button class="divert">Divert milk</button></td></tr>
</tbody>
</table>`,
    `<h2>Needs attention</h2>
<div class="grid">
<div class="card" data-cow-id="2314"><strong>2314</strong> · stall 9<p>12.6 L · conductivity 6.8 (high) · yield down 30%</p><button class="flag-vet">Flag for vet check</button><label> Withhold from tank <button role="switch" aria-checked="false">Off</button></label></div>
<div class="card" data-cow-id="1187"><strong>1187</strong> · stall 4<p>18.2 L · on antibiotics until Friday</p><button class="flag-vet">Flag for vet check</button><label> Withhold from tank <button role="switch" aria-checked="true">On</button></label></div>
</div>
<h2>Other cows</h2>
<div class="card" data-cow-id="2402"><strong>2402</strong> · stall 15 · 31.9 L <button class="flag-vet">Flag for vet check</button></div>`,
  ],
]);

const milking: PagePair = {
  name: 'milking-parlour-dashboard',
  v1: milkingV1,
  v2: milkingV2,
  targets: [
    {
      selector: 'tr[data-cow="2314"] .vet-flag',
      expect: '[data-cow-id="2314"] button.flag-vet',
      change: 'table became attention cards, reordered, reworded',
    },
    {
      selector: 'tr[data-cow="1187"] .divert',
      expect: '[data-cow-id="1187"] [role="switch"]',
      change: 'divert button became withhold switch',
    },
    { selector: '#start-wash', expect: '#cip-wash', change: 'id changed, wash renamed CIP wash' },
    {
      selector: '#export-recording',
      expect: '#send-nmr',
      change: 'renamed to recording scheme acronym',
    },
    {
      selector: '#kpi-litres',
      expect: '[data-kpi="tank-volume"]',
      change: 'id removed, tile relabelled bulk tank volume',
    },
    {
      selector: 'nav.sidebar a[href="/herd"]',
      expect: '.topnav a[href="/cattle"]',
      change: 'sidebar moved to header, Herd renamed Cattle',
    },
    { selector: '#kpi-alerts', expect: null, change: 'alerts tile replaced by tank temperature tile' },
    { selector: 'select#group-filter', expect: null, change: 'group filter replaced by lactation stage' },
  ],
};

// 8 — greenhouse irrigation controller (agriculture, kiosk)
const irrigationV1 = page(
  'Glasshouse 2 — Irrigation',
  `
<header><strong>AquaGrow HMI</strong><span>Glasshouse 2 · Tomatoes (truss)</span><span class="badge">AUTO</span></header>
<main>
<h1>Irrigation zones</h1>
<div class="grid">
<div class="card" id="zone-1"><h3>Zone 1 — Rows 1–8</h3><p>Slab moisture 62% · drain 28%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>
<div class="card" id="zone-2"><h3>Zone 2 — Rows 9–16</h3><p>Slab moisture 58% · drain 24%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>
<div class="card" id="zone-3"><h3>Zone 3 — Rows 17–24</h3><p>Slab moisture 49% · drain 15%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>
<div class="card" id="zone-4"><h3>Zone 4 — Propagation</h3><p>Slab moisture 71% · drain 31%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>
</div>
<h2>Setpoints</h2>
<form id="setpoints">
<label for="ec">EC target (mS/cm)</label><input id="ec" name="ec_setpoint" value="3.2">
<label for="ph">pH target</label><input id="ph" name="ph_setpoint" value="5.8">
<fieldset><legend>Mode</legend><label><input type="radio" name="mode" value="auto" checked> Automatic</label><label><input type="radio" name="mode" value="manual"> Manual</label></fieldset>
<button type="button" id="apply-setpoints">Apply setpoints</button>
</form>
<div class="row"><button id="flush-lines">Flush lines</button><button id="estop">EMERGENCY STOP</button></div>
</main>
`,
);

const irrigationV2 = edit(irrigationV1, [
  [
    '<span class="badge">AUTO</span></header>',
    '<div class="row mode-switch"><button data-mode="auto" aria-pressed="true">Auto</button><button data-mode="manual">Manual</button></div><button class="e-stop">STOP ALL</button></header>',
  ],
  [
    '<h1>Irrigation zones</h1>',
    '<h1>Zones</h1><p class="muted">Next cycle in 12 min · radiation sum 240 J/cm²</p>',
  ],
  [
    '<div class="card" id="zone-1"><h3>Zone 1 — Rows 1–8</h3><p>Slab moisture 62% · drain 28%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>',
    '<div class="card" data-zone="1"><h3>Z1 · Rows 1–8</h3><p>Moisture 62% · drain 28%</p><button class="run-zone">Run zone</button></div>',
  ],
  [
    '<div class="card" id="zone-2"><h3>Zone 2 — Rows 9–16</h3><p>Slab moisture 58% · drain 24%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>',
    '<div class="card" data-zone="2"><h3>Z2 · Rows 9–16</h3><p>Moisture 58% · drain 24%</p><button class="run-zone">Run zone</button></div>',
  ],
  [
    '<div class="card" id="zone-3"><h3>Zone 3 — Rows 17–24</h3><p>Slab moisture 49% · drain 15%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>',
    '<div class="card" data-zone="3"><h3>Z3 · Rows 17–24</h3><p>Moisture 49% (low) · drain 15%</p><button class="run-zone">Run zone</button></div>',
  ],
  [
    '<div class="card" id="zone-4"><h3>Zone 4 — Propagation</h3><p>Slab moisture 71% · drain 31%</p><button class="water-now">Water now</button> <button class="skip-next">Skip next</button></div>',
    '<div class="card" data-zone="4"><h3>Z4 · Propagation</h3><p>Moisture 71% · drain 31%</p><button class="run-zone">Run zone</button></div>',
  ],
  [
    `<h2>Setpoints</h2>
<form id="setpoints">
<label for="ec">EC target (mS/cm)</label><input id="ec" name="ec_setpoint" value="3.2">
<label for="ph">pH target</label><input id="ph" name="ph_setpoint" value="5.8">
<fieldset><legend>Mode</legend><label><input type="radio" name="mode" value="auto" checked> Automatic</label><label><input type="radio" name="mode" value="manual"> Manual</label></fieldset>
<button type="button" id="apply-setpoints">Apply setpoints</button>
</form>
<div class="row"><button id="flush-lines">Flush lines</button><button id="estop">EMERGENCY STOP</button></div>`,
    `<section class="card" id="fertigation"><h2>Fertigation recipe</h2>
<div class="row"><label for="fert-ec">Conductivity</label><input id="fert-ec" value="3.2"><span>mS/cm</span></div>
<div class="row"><label for="fert-ph">Acidity (pH)</label><input id="fert-ph" value="5.8"></div>
<div class="row"><label for="fert-ratio">A:B ratio</label><input id="fert-ratio" value="1:1"></div>
<button type="button" id="save-recipe">Save recipe</button>
</section>
<div class="row"><button id="drain-test">Drain test</button></div>`,
  ],
]);

const irrigation: PagePair = {
  name: 'greenhouse-irrigation-controller',
  v1: irrigationV1,
  v2: irrigationV2,
  targets: [
    {
      selector: '#zone-3 button.water-now',
      expect: '[data-zone="3"] .run-zone',
      change: 'zone ids became data attributes; Water now renamed Run zone',
    },
    {
      selector: 'input[name="ec_setpoint"]',
      expect: '#fert-ec',
      change: 'moved into fertigation card, name dropped, label reworded',
    },
    { selector: 'input[name="ph_setpoint"]', expect: '#fert-ph', change: 'moved and relabelled' },
    {
      selector: 'input[name="mode"][value="manual"]',
      expect: '.mode-switch button[data-mode="manual"]',
      change: 'radio became header segmented button',
    },
    { selector: '#estop', expect: 'header button.e-stop', change: 'moved to header, reworded, id dropped' },
    { selector: '#apply-setpoints', expect: '#save-recipe', change: 'renamed to save recipe' },
    { selector: '#zone-3 .skip-next', expect: null, change: 'skip buttons removed' },
    { selector: '#flush-lines', expect: null, change: 'flush replaced by drain test' },
  ],
};

// 9 — crop spray record (agriculture)
const sprayV1 = page(
  'New spray record',
  `
<header><strong>FieldBook</strong><nav><a href="/fields">Fields</a><a href="/records">Records</a><a href="/stores">Chemical store</a><a href="/reports">Reports</a></nav></header>
<main>
<h1>Record a spray application</h1>
<form id="spray">
<label for="field">Field</label><select id="field"><option>Long Acre (12.4 ha)</option><option>Mill Field (8.1 ha)</option><option>Top Barn (15.0 ha)</option></select>
<label for="crop">Crop</label><input id="crop" value="Winter wheat">
<label for="product">Product</label><input id="product" name="product" placeholder="Start typing a product">
<button type="button" id="add-mix">Add tank mix product</button>
<label for="rate">Rate (L/ha)</label><input id="rate" name="rate">
<label for="water-vol">Water volume (L/ha)</label><input id="water-vol" value="100">
<label for="wind">Wind speed (km/h)</label><input id="wind">
<label for="sprayer">Sprayer</label><select id="sprayer"><option>Amazone UX 24 m</option><option>Househam 36 m</option></select>
<label><input type="checkbox" id="buffer-ok"> Buffer zone observed</label>
<label><input type="checkbox" id="lerap-ok"> LERAP assessment done</label>
<div class="row"><button type="submit" id="save-record">Save record</button><button type="button" id="save-new">Save and add another</button></div>
</form>
<h2>Recent records</h2>
<table id="recent">
<tr><th>Date</th><th>Field</th><th>Product</th><th></th></tr>
<tr><td>02/04</td><td>Mill Field</td><td>Fungicide A</td><td><a class="edit" href="/records/R-1041">Edit</a></td></tr>
<tr><td>05/04</td><td>Long Acre</td><td>Herbicide B</td><td><a class="edit" href="/records/R-1043">Edit</a></td></tr>
<tr><td>07/04</td><td>Top Barn</td><td>Growth regulator C</td><td><a class="edit" href="/records/R-1046">Edit</a></td></tr>
</table>
</main>
`,
);

const sprayV2 = edit(sprayV1, [
  [
    '<h1>Record a spray application</h1>',
    '<h1>New application</h1><p class="muted">Saved records go to the farm assurance report.</p>',
  ],
  [
    '<label for="field">Field</label><select id="field"><option>Long Acre (12.4 ha)</option><option>Mill Field (8.1 ha)</option><option>Top Barn (15.0 ha)</option></select>',
    '<div class="card"><h2>Where</h2><label for="f-id">Field</label><select id="f-id" name="field_id"><option>Long Acre (12.4 ha)</option><option>Mill Field (8.1 ha)</option><option>Top Barn (15.0 ha)</option></select>',
  ],
  [
    '<label for="crop">Crop</label><input id="crop" value="Winter wheat">',
    '<label for="crop">Crop</label><input id="crop" value="Winter wheat"></div><div class="card"><h2>What</h2>',
  ],
  [
    '<button type="button" id="add-mix">Add tank mix product</button>',
    '<button type="button" class="add-product">+ Add another product to the tank</button>',
  ],
  [
    '<label for="rate">Rate (L/ha)</label><input id="rate" name="rate">\n<label for="water-vol">Water volume (L/ha)</label><input id="water-vol" value="100">',
    '<label for="application-rate">Application rate (L/ha)</label><input id="application-rate">\n<label for="spray-volume">Spray volume (L/ha)</label><input id="spray-volume" value="100"></div><div class="card"><h2>Conditions</h2>',
  ],
  [
    '<label for="sprayer">Sprayer</label><select id="sprayer"><option>Amazone UX 24 m</option><option>Househam 36 m</option></select>',
    '<label for="nozzle">Nozzles</label><select id="nozzle"><option>Standard flat fan</option><option>90% drift reduction</option></select>',
  ],
  [
    '<label><input type="checkbox" id="buffer-ok"> Buffer zone observed</label>',
    '<div class="row"><span>Buffer zone kept</span><button type="button" role="switch" aria-checked="false" id="buffer-zone-switch">No</button></div>',
  ],
  [
    '<label><input type="checkbox" id="lerap-ok"> LERAP assessment done</label>',
    '<label><input type="checkbox" id="lerap-ok"> LERAP assessment done</label></div>',
  ],
  [
    '<div class="row"><button type="submit" id="save-record">Save record</button><button type="button" id="save-new">Save and add another</button></div>',
    '<div class="row"><button type="submit" id="save-record">Save application</button></div>',
  ],
  [
    `<h2>Recent records</h2>
<table id="recent">
<tr><th>Date</th><th>Field</th><th>Product</th><th></th></tr>
<tr><td>02/04</td><td>Mill Field</td><td>Fungicide A</td><td><a class="edit" href="/records/R-1041">Edit</a></td></tr>
<tr><td>05/04</td><td>Long Acre</td><td>Herbicide B</td><td><a class="edit" href="/records/R-1043">Edit</a></td></tr>
<tr><td>07/04</td><td>Top Barn</td><td>Growth regulator C</td><td><a class="edit" href="/records/R-1046">Edit</a></td></tr>
</table>`,
    `<h2>Latest applications</h2>
<ul class="history">
<li data-record="R-1046">7 Apr · Top Barn · Growth regulator C <a href="/applications/R-1046">Open</a></li>
<li data-record="R-1043">5 Apr · Long Acre · Herbicide B <a href="/applications/R-1043">Open</a></li>
<li data-record="R-1041">2 Apr · Mill Field · Fungicide A <a href="/applications/R-1041">Open</a></li>
</ul>`,
  ],
]);

const spray: PagePair = {
  name: 'crop-spray-record',
  v1: sprayV1,
  v2: sprayV2,
  targets: [
    { selector: '#field', expect: 'select[name="field_id"]', change: 'id changed, grouped into Where card' },
    { selector: 'input[name="rate"]', expect: '#application-rate', change: 'name dropped, label lengthened' },
    { selector: '#water-vol', expect: '#spray-volume', change: 'renamed water volume to spray volume' },
    {
      selector: '#buffer-ok',
      expect: '#buffer-zone-switch',
      change: 'checkbox became switch, reworded',
    },
    {
      selector: '#recent tr:nth-of-type(3) a.edit',
      expect: 'ul.history li[data-record="R-1043"] a',
      change: 'table became list sorted newest first, Edit renamed Open',
    },
    {
      selector: '#add-mix',
      expect: 'button.add-product',
      change: 'id removed, longer wording',
    },
    { selector: '#sprayer', expect: null, change: 'sprayer select replaced by nozzle select' },
    { selector: '#save-new', expect: null, change: 'save-and-add-another removed' },
  ],
};

// 10 — bakery production plan (food production)
const bakeryV1 = page(
  'Production plan — Thursday',
  `
<header><strong>Crumb &amp; Crust Bakehouse</strong><nav><a href="/plan">Production plan</a><a href="/recipes">Recipes</a><a href="/orders">Wholesale orders</a><a href="/stock">Ingredients</a></nav></header>
<main>
<h1>Production plan for Thursday 18 April</h1>
<div class="row"><button id="print-sheet">Print bake sheet</button><button id="scale-recipe">Scale recipe</button><button id="send-mixing">Send to mixing room</button></div>
<aside class="card"><h3>Flour stock</h3><p>T55: 340 kg · Rye: 45 kg (low)</p><a class="order-flour" href="/stock/order">Order flour</a></aside>
<table id="plan">
<thead><tr><th>Product</th><th>Batches</th><th>Oven</th><th>Start</th><th></th></tr></thead>
<tbody>
<tr data-sku="SD-800"><td>Sourdough 800 g</td><td><input class="qty" value="6"></td><td><select class="oven"><option>Deck 1</option><option>Deck 2</option></select></td><td>03:30</td><td><button class="remove">Remove</button></td></tr>
<tr data-sku="CR-70"><td>Croissant</td><td><input class="qty" value="4"></td><td><select class="oven"><option>Rack oven</option><option>Deck 2</option></select></td><td>04:15</td><td><button class="remove">Remove</button></td></tr>
<tr data-sku="RY-600"><td>Rye 600 g</td><td><input class="qty" value="2"></td><td><select class="oven"><option>Deck 1</option><option>Deck 2</option></select></td><td>05:00</td><td><button class="remove">Remove</button></td></tr>
<tr data-sku="FOC-01"><td>Focaccia tray</td><td><input class="qty" value="3"></td><td><select class="oven"><option>Rack oven</option></select></td><td>06:00</td><td><button class="remove">Remove</button></td></tr>
</tbody>
</table>
<label><input type="checkbox" id="nut-run"> Nut products in this run (clean-down required)</label>
</main>
<footer>Ovens pre-heat 45 minutes before first start.</footer>
`,
);

const bakeryV2 = edit(bakeryV1, [
  [
    '<div class="row"><button id="print-sheet">Print bake sheet</button><button id="scale-recipe">Scale recipe</button><button id="send-mixing">Send to mixing room</button></div>',
    '<div class="row" id="toolbar"><button data-action="print">Print production sheet</button><button id="copy-yesterday">Duplicate yesterday</button><button id="release-mixers">Release to mixers</button></div>',
  ],
  [
    '<aside class="card"><h3>Flour stock</h3><p>T55: 340 kg · Rye: 45 kg (low)</p><a class="order-flour" href="/stock/order">Order flour</a></aside>',
    '',
  ],
  [
    `<table id="plan">
<thead><tr><th>Product</th><th>Batches</th><th>Oven</th><th>Start</th><th></th></tr></thead>
<tbody>
<tr data-sku="SD-800"><td>Sourdough 800 g</td><td><input class="qty" value="6"></td><td><select class="oven"><option>Deck 1</option><option>Deck 2</option></select></td><td>03:30</td><td><button class="remove">Remove</button></td></tr>
<tr data-sku="CR-70"><td>Croissant</td><td><input class="qty" value="4"></td><td><select class="oven"><option>Rack oven</option><option>Deck 2</option></select></td><td>04:15</td><td><button class="remove">Remove</button></td></tr>
<tr data-sku="RY-600"><td>Rye 600 g</td><td><input class="qty" value="2"></td><td><select class="oven"><option>Deck 1</option><option>Deck 2</option></select></td><td>05:00</td><td><button class="remove">Remove</button></td></tr>
<tr data-sku="FOC-01"><td>Focaccia tray</td><td><input class="qty" value="3"></td><td><select class="oven"><option>Rack oven</option></select></td><td>06:00</td><td><button class="remove">Remove</button></td></tr>
</tbody>
</table>
<label><input type="checkbox" id="nut-run"> Nut products in this run (clean-down required)</label>`,
    `<h2>Rack oven</h2>
<div class="card" data-product="CR-70"><strong>Croissant</strong> · start 04:15 <label>Batches <input name="batches" value="4"></label> <label>Oven <select name="oven"><option>Rack oven</option><option>Deck 2</option></select></label> <button class="drop">✕</button></div>
<h2>Deck ovens</h2>
<div class="card" data-product="SD-800"><strong>Sourdough 800 g</strong> · start 03:30 <label>Batches <input name="batches" value="6"></label> <label>Oven <select name="oven"><option>Deck 1</option><option>Deck 2</option></select></label> <button class="drop">✕</button></div>
<div class="card" data-product="RY-600"><strong>Rye 600 g</strong> · start 05:00 <label>Batches <input name="batches" value="2"></label> <label>Oven <select name="oven"><option>Deck 1</option><option>Deck 2</option></select></label> <button class="drop">✕</button></div>
<div class="card"><h3>Allergens</h3><label><input type="checkbox" id="allergen-nuts"> This run includes tree nuts or peanuts</label></div>`,
  ],
  [
    '<footer>Ovens pre-heat 45 minutes before first start.</footer>',
    '<footer>Ovens pre-heat 45 minutes before first start. · Flour: T55 340 kg, rye 45 kg (low) <button class="request-delivery">Request delivery</button></footer>',
  ],
]);

const bakery: PagePair = {
  name: 'bakery-production-plan',
  v1: bakeryV1,
  v2: bakeryV2,
  targets: [
    {
      selector: 'tr[data-sku="SD-800"] input.qty',
      expect: '[data-product="SD-800"] input[name="batches"]',
      change: 'table became cards grouped by oven',
    },
    {
      selector: 'tr[data-sku="CR-70"] select.oven',
      expect: '[data-product="CR-70"] select[name="oven"]',
      change: 'moved into card, now listed first',
    },
    {
      selector: '#print-sheet',
      expect: '#toolbar button[data-action="print"]',
      change: 'id dropped, bake sheet renamed production sheet',
    },
    { selector: '#send-mixing', expect: '#release-mixers', change: 'reworded' },
    {
      selector: 'aside a.order-flour',
      expect: 'footer button.request-delivery',
      change: 'sidebar link moved to footer as button, reworded',
    },
    {
      selector: '#nut-run',
      expect: '#allergen-nuts',
      change: 'moved into allergen card, reworded',
    },
    { selector: 'tr[data-sku="FOC-01"] .remove', expect: null, change: 'focaccia line removed from plan' },
    { selector: '#scale-recipe', expect: null, change: 'scale replaced by duplicate-yesterday action' },
  ],
};

// 11 — refrigerated trailer monitor (logistics)
const reeferV1 = page(
  'Reefer fleet monitor',
  `
<header><strong>ColdTrack</strong><nav><a href="/fleet">Fleet</a><a href="/alarms">Alarms</a><a href="/reports">Reports</a></nav><a id="open-map" href="/map">Open map</a></header>
<main>
<h1>Refrigerated trailers</h1>
<table id="trailers">
<thead><tr><th>Unit</th><th>Route</th><th>Setpoint</th><th>Return air</th><th>Doors</th><th></th></tr></thead>
<tbody>
<tr><td>R-5507</td><td>Hull → Leeds DC</td><td>2 °C</td><td>2.4 °C</td><td>Closed</td><td><button class="set-temp">Set temp</button> <button class="alarms">Alarm history</button></td></tr>
<tr><td>R-5521</td><td>Grimsby → Bristol</td><td>-18 °C</td><td>-14.9 °C ▲</td><td>Closed</td><td><button class="set-temp">Set temp</button> <button class="alarms">Alarm history</button></td></tr>
<tr><td>R-5530</td><td>Dover → Daventry</td><td>5 °C</td><td>5.1 °C</td><td>Open</td><td><button class="set-temp">Set temp</button> <button class="alarms">Alarm history</button></td></tr>
</tbody>
</table>
<section class="card" id="detail">
<h2>R-5521 · Frozen fish</h2>
<label for="setpoint">Setpoint (°C)</label><input id="setpoint" value="-18">
<label for="mode">Run mode</label><select id="mode"><option>Continuous</option><option>Start/stop</option></select>
<div class="row"><button id="defrost">Defrost now</button><button id="apply-setpoint">Apply</button></div>
<label for="driver-msg">Message to driver</label><textarea id="driver-msg" rows="2"></textarea>
<button id="send-msg">Send</button>
</section>
</main>
`,
);

const reeferV2 = edit(reeferV1, [
  ['<a id="open-map" href="/map">Open map</a></header>', '<a href="/geofences">Geofences</a></header>'],
  [
    `<table id="trailers">
<thead><tr><th>Unit</th><th>Route</th><th>Setpoint</th><th>Return air</th><th>Doors</th><th></th></tr></thead>
<tbody>
<tr><td>R-5507</td><td>Hull → Leeds DC</td><td>2 °C</td><td>2.4 °C</td><td>Closed</td><td><button class="set-temp">Set temp</button> <button class="alarms">Alarm history</button></td></tr>
<tr><td>R-5521</td><td>Grimsby → Bristol</td><td>-18 °C</td><td>-14.9 °C ▲</td><td>Closed</td><td><button class="set-temp">Set temp</button> <button class="alarms">Alarm history</button></td></tr>
<tr><td>R-5530</td><td>Dover → Daventry</td><td>5 °C</td><td>5.1 °C</td><td>Open</td><td><button class="set-temp">Set temp</button> <button class="alarms">Alarm history</button></td></tr>
</tbody>
</table>`,
    `<div class="grid3">
<div class="card" data-unit="R-5521"><strong>R-5521</strong> <span class="badge">Warm</span><p>Grimsby → Bristol · set -18 °C · air -14.9 °C</p><button class="adjust-setpoint">Change setpoint</button></div>
<div class="card" data-unit="R-5530"><strong>R-5530</strong> <span class="badge">Door open</span><p>Dover → Daventry · set 5 °C · air 5.1 °C</p><button class="adjust-setpoint">Change setpoint</button></div>
<div class="card" data-unit="R-5507"><strong>R-5507</strong><p>Hull → Leeds DC · set 2 °C · air 2.4 °C</p><button class="adjust-setpoint">Change setpoint</button></div>
</div>`,
  ],
  [
    '<section class="card" id="detail">\n<h2>R-5521 · Frozen fish</h2>',
    '<aside class="card drawer"><h2>R-5521</h2><p class="muted">Load: frozen fish · driver K. Nowak</p>',
  ],
  [
    '<label for="setpoint">Setpoint (°C)</label><input id="setpoint" value="-18">',
    '<label for="target-temp">Target temperature</label><input id="target-temp" name="target_temp" value="-18">',
  ],
  [
    '<label for="mode">Run mode</label><select id="mode"><option>Continuous</option><option>Start/stop</option></select>',
    '<p>Fan mode</p><div role="radiogroup" id="run-mode"><label><input type="radio" name="fan" value="cont"> Continuous</label><label><input type="radio" name="fan" value="cycle"> Cycle sentry</label></div>',
  ],
  [
    '<div class="row"><button id="defrost">Defrost now</button><button id="apply-setpoint">Apply</button></div>',
    '<div class="row drawer-actions"><button data-cmd="apply">Save</button><button data-cmd="defrost">Start defrost cycle</button><button data-cmd="pretrip">Pre-trip check</button></div>',
  ],
  [
    '<label for="driver-msg">Message to driver</label><textarea id="driver-msg" rows="2"></textarea>\n<button id="send-msg">Send</button>\n</section>',
    '<div class="card"><h3>Driver chat</h3><p class="muted">K. Nowak: Reefer alarm at Tibshelf, checking now</p><input id="chat-input" placeholder="Write a message"><button id="chat-send">➤</button></div>\n</aside>',
  ],
]);

const reefer: PagePair = {
  name: 'reefer-trailer-monitor',
  v1: reeferV1,
  v2: reeferV2,
  targets: [
    {
      selector: '#trailers tr:nth-of-type(2) .set-temp',
      expect: '[data-unit="R-5521"] button.adjust-setpoint',
      change: 'table became cards sorted by alarm, reworded',
    },
    { selector: '#setpoint', expect: 'input[name="target_temp"]', change: 'id changed, label reworded' },
    {
      selector: 'select#mode',
      expect: '#run-mode',
      change: 'select became radio group, relabelled fan mode',
    },
    {
      selector: '#defrost',
      expect: '.drawer-actions button[data-cmd="defrost"]',
      change: 'id removed, longer label, new sibling action',
    },
    {
      selector: 'textarea#driver-msg',
      expect: '#chat-input',
      change: 'textarea became single-line chat input in new card',
    },
    { selector: '#send-msg', expect: '#chat-send', change: 'text became icon' },
    {
      selector: '#trailers tr:nth-of-type(1) .alarms',
      expect: null,
      change: 'alarm history buttons removed',
    },
    { selector: 'a#open-map', expect: null, change: 'map link replaced by geofences link' },
  ],
};

// 12 — tree survey field app (field work, mobile)
const treeV1 = page(
  'Tree survey — Elm Park',
  `
<div class="phone">
<header><strong>Arbor Survey</strong><span>Site: Elm Park · 23 trees</span></header>
<main>
<h1>Tree record</h1>
<form id="tree-form">
<label for="tag-no">Tag number</label><input id="tag-no" value="EP-0117">
<label for="species">Species</label><select id="species"><option>Oak (Quercus robur)</option><option>Ash (Fraxinus excelsior)</option><option>London plane</option><option>Horse chestnut</option></select>
<label for="height">Height (m)</label><input id="height" type="number">
<label for="dbh">DBH (cm)</label><input id="dbh" type="number">
<fieldset><legend>Condition</legend><label><input type="radio" name="condition" value="good"> Good</label><label><input type="radio" name="condition" value="fair"> Fair</label><label><input type="radio" name="condition" value="poor"> Poor</label><label><input type="radio" name="condition" value="dead"> Dead</label></fieldset>
<label for="risk">Risk category</label><select id="risk"><option>Low</option><option>Moderate</option><option>High</option></select>
<div class="row"><button type="button" id="photo">Take photo</button><button type="button" id="gps">Use my location</button></div>
<label for="notes">Notes</label><textarea id="notes" rows="2"></textarea>
<div class="row"><button type="submit" id="save-tree">Save tree</button><button type="button" id="next-tree">Next tree</button></div>
</form>
</main>
<nav class="bottom-nav"><a href="/map">Map</a><a href="/list">Trees</a><a href="/sync">Sync</a></nav>
</div>
`,
  PHONE_CSS,
);

const treeV2 = edit(treeV1, [
  [
    '<header><strong>Arbor Survey</strong><span>Site: Elm Park · 23 trees</span></header>',
    '<header><strong>Elm Park</strong><span class="badge">23</span><button type="button" aria-label="Add photo">📷</button></header>',
  ],
  ['<h1>Tree record</h1>', '<h1>Tree EP-0117</h1>'],
  [
    '<label for="tag-no">Tag number</label><input id="tag-no" value="EP-0117">',
    '<label for="tag">Tag</label><input id="tag" name="tree_tag" value="EP-0117">',
  ],
  [
    '<label for="species">Species</label><select id="species"><option>Oak (Quercus robur)</option><option>Ash (Fraxinus excelsior)</option><option>London plane</option><option>Horse chestnut</option></select>',
    '<label for="species-search">Species</label><input id="species-search" list="species-list" placeholder="Common or Latin name"><datalist id="species-list"><option>Oak (Quercus robur)</option><option>Ash (Fraxinus excelsior)</option><option>London plane</option><option>Horse chestnut</option></datalist>',
  ],
  [
    '<label for="height">Height (m)</label><input id="height" type="number">\n<label for="dbh">DBH (cm)</label><input id="dbh" type="number">',
    '<div class="grid"><div><label for="h">Height (m)</label><input id="h" type="number"></div><div><label for="stem">Stem diameter at 1.5 m (cm)</label><input id="stem" name="stem_diameter" type="number"></div></div>',
  ],
  [
    '<fieldset><legend>Condition</legend><label><input type="radio" name="condition" value="good"> Good</label><label><input type="radio" name="condition" value="fair"> Fair</label><label><input type="radio" name="condition" value="poor"> Poor</label><label><input type="radio" name="condition" value="dead"> Dead</label></fieldset>',
    '<p>Physiological condition</p><div class="segmented condition-seg"><button type="button" data-value="good">Good</button><button type="button" data-value="fair">Fair</button><button type="button" data-value="poor">Poor</button><button type="button" data-value="dead">Dead</button></div>',
  ],
  [
    '<label for="risk">Risk category</label><select id="risk"><option>Low</option><option>Moderate</option><option>High</option></select>',
    '<label for="priority">Work priority</label><select id="priority"><option>None</option><option>Within 12 months</option><option>Within 3 months</option><option>Urgent</option></select>',
  ],
  [
    '<div class="row"><button type="button" id="photo">Take photo</button><button type="button" id="gps">Use my location</button></div>',
    '<a href="/pin" id="pin-map">Pin on map</a>',
  ],
  [
    '<div class="row"><button type="submit" id="save-tree">Save tree</button><button type="button" id="next-tree">Next tree</button></div>',
    '<button type="submit" id="save-next">Save &amp; next tree</button>',
  ],
]);

const tree: PagePair = {
  name: 'tree-survey-field-app',
  v1: treeV1,
  v2: treeV2,
  targets: [
    { selector: '#tag-no', expect: 'input[name="tree_tag"]', change: 'id changed, label shortened' },
    {
      selector: 'select#species',
      expect: '#species-search',
      change: 'select became searchable text input with suggestions',
    },
    {
      selector: '#dbh',
      expect: 'input[name="stem_diameter"]',
      change: 'abbreviation spelled out, moved into grid',
    },
    {
      selector: 'input[name="condition"][value="poor"]',
      expect: '.condition-seg button[data-value="poor"]',
      change: 'radio became segmented button',
    },
    {
      selector: '#photo',
      expect: 'header button[aria-label="Add photo"]',
      change: 'moved into header as camera icon',
    },
    { selector: '#save-tree', expect: '#save-next', change: 'merged with next, reworded' },
    { selector: '#next-tree', expect: null, change: 'merged away' },
    { selector: 'select#risk', expect: null, change: 'risk category replaced by work priority' },
  ],
};

// 13 — cross-dock door schedule (logistics)
const dockV1 = page(
  'Dock schedule — Northampton XD',
  `
<header><strong>DockPlanner</strong><span>Northampton cross-dock · Wed 10 Apr</span><a id="yard-view" href="/yard">Yard view</a></header>
<main>
<h1>Door schedule</h1>
<table id="doors">
<thead><tr><th>Door</th><th>06:00</th><th>08:00</th><th>10:00</th></tr></thead>
<tbody>
<tr><th>D1</th><td data-booking="BK-7741"><button>BK-7741 Fenwick</button></td><td></td><td data-booking="BK-7750"><button>BK-7750 Greenhill Foods</button></td></tr>
<tr><th>D2</th><td></td><td data-booking="BK-7742"><button>BK-7742 Parcelink</button></td><td></td></tr>
<tr><th>D3</th><td data-booking="BK-7745"><button>BK-7745 Marlow Haulage</button></td><td></td><td></td></tr>
</tbody>
</table>
<div class="grid">
<section class="card"><h2>Book a slot</h2>
<form id="booking">
<label for="carrier">Carrier</label><select id="carrier"><option>Fenwick</option><option>Parcelink</option><option>Marlow Haulage</option><option>Greenhill Foods</option></select>
<label for="trailer">Trailer registration</label><input id="trailer" name="trailer_reg">
<label for="po-number">PO number</label><input id="po-number">
<label for="pallets">Pallets</label><input id="pallets" type="number">
<label for="door">Door</label><select id="door"><option>D1</option><option>D2</option><option>D3</option></select>
<button type="submit" id="book-slot">Book slot</button>
</form></section>
<section class="card"><h2>Arrivals</h2>
<ul id="arrivals">
<li>BK-7741 Fenwick — due 06:00 <button>Check in</button></li>
<li>BK-7742 Parcelink — due 08:00 <button>Check in</button></li>
<li>BK-7745 Marlow Haulage — due 06:30 <button>Check in</button></li>
</ul></section>
</div>
</main>
`,
);

const dockV2 = edit(dockV1, [
  ['<a id="yard-view" href="/yard">Yard view</a></header>', '<span class="badge">3 late</span></header>'],
  ['<h1>Door schedule</h1>', '<h1>Dock doors</h1>'],
  [
    `<table id="doors">
<thead><tr><th>Door</th><th>06:00</th><th>08:00</th><th>10:00</th></tr></thead>
<tbody>
<tr><th>D1</th><td data-booking="BK-7741"><button>BK-7741 Fenwick</button></td><td></td><td data-booking="BK-7750"><button>BK-7750 Greenhill Foods</button></td></tr>
<tr><th>D2</th><td></td><td data-booking="BK-7742"><button>BK-7742 Parcelink</button></td><td></td></tr>
<tr><th>D3</th><td data-booking="BK-7745"><button>BK-7745 Marlow Haulage</button></td><td></td><td></td></tr>
</tbody>
</table>`,
    `<div class="grid3 door-list">
<div class="card"><h3>Door 1</h3><a href="#" data-ref="BK-7741">06:00 · Fenwick</a><br><a href="#" data-ref="BK-7750">10:00 · Greenhill Foods</a></div>
<div class="card"><h3>Door 2</h3><a href="#" data-ref="BK-7742">08:00 · Parcelink</a></div>
<div class="card"><h3>Door 3</h3><a href="#" data-ref="BK-7745">06:00 · Marlow Haulage</a></div>
</div>`,
  ],
  ['<section class="card"><h2>Book a slot</h2>', '<section class="card"><h2>New booking</h2>'],
  [
    '<label for="carrier">Carrier</label><select id="carrier">',
    '<label for="haulier">Haulier</label><select id="haulier" name="haulier">',
  ],
  [
    '<label for="trailer">Trailer registration</label><input id="trailer" name="trailer_reg">',
    '<label for="vehicle-reg">Vehicle registration</label><input id="vehicle-reg">',
  ],
  [
    '<label for="po-number">PO number</label><input id="po-number">',
    '<label for="order-ref">Order reference</label><input id="order-ref">',
  ],
  [
    '<label for="pallets">Pallets</label><input id="pallets" type="number">',
    '<label for="load-type">Load type</label><select id="load-type"><option>Palletised</option><option>Floor loaded</option><option>Cages</option></select>',
  ],
  [
    '<button type="submit" id="book-slot">Book slot</button>',
    '<button type="submit" data-testid="create-booking">Create booking</button>',
  ],
  [
    `<section class="card"><h2>Arrivals</h2>
<ul id="arrivals">
<li>BK-7741 Fenwick — due 06:00 <button>Check in</button></li>
<li>BK-7742 Parcelink — due 08:00 <button>Check in</button></li>
<li>BK-7745 Marlow Haulage — due 06:30 <button>Check in</button></li>
</ul></section>`,
    `<section class="card"><h2>Expected at the gate</h2>
<ul id="arrivals">
<li data-booking="BK-7741">Fenwick · BK-7741 · 06:00 <button class="mark-arrived">Mark arrived</button></li>
<li data-booking="BK-7745">Marlow Haulage · BK-7745 · 06:30 <button class="mark-arrived">Mark arrived</button></li>
<li data-booking="BK-7742">Parcelink · BK-7742 · 08:00 <button class="mark-arrived">Mark arrived</button></li>
</ul></section>`,
  ],
]);

const dock: PagePair = {
  name: 'cross-dock-door-schedule',
  v1: dockV1,
  v2: dockV2,
  targets: [
    { selector: '#carrier', expect: 'select[name="haulier"]', change: 'carrier renamed haulier' },
    {
      selector: 'input[name="trailer_reg"]',
      expect: '#vehicle-reg',
      change: 'name dropped, trailer reworded to vehicle',
    },
    { selector: '#po-number', expect: '#order-ref', change: 'PO number renamed order reference' },
    {
      selector: '#book-slot',
      expect: 'button[data-testid="create-booking"]',
      change: 'id replaced by test id, reworded',
    },
    {
      selector: '#arrivals li:nth-of-type(2) button',
      expect: '[data-booking="BK-7742"] .mark-arrived',
      change: 'list re-sorted by due time, Check in renamed Mark arrived',
    },
    {
      selector: 'td[data-booking="BK-7750"] button',
      expect: '.door-list [data-ref="BK-7750"]',
      change: 'timeline table became door cards with links',
    },
    { selector: '#yard-view', expect: null, change: 'yard view link removed' },
    { selector: '#pallets', expect: null, change: 'pallet count replaced by load type' },
  ],
};

// 14 — accounts payable invoice matching (finance back-office)
const apV1 = page(
  'Invoice INV-88213 — matching',
  `
<header><strong>Ledgerline AP</strong><nav><a href="/ap/inbox">Inbox</a><a href="/ap/exceptions">Exceptions</a><a href="/ap/payments">Payment runs</a></nav></header>
<main>
<h1>Invoice INV-88213</h1>
<p>Supplier: <strong>Harlow Packaging Ltd</strong> · Invoice date 28/03 · Total £14,208.00 · PO 4500-1932</p>
<table id="match-lines">
<thead><tr><th>#</th><th>Item</th><th>PO qty</th><th>Received</th><th>Invoiced</th><th>Variance</th><th>Accept</th></tr></thead>
<tbody>
<tr><td>1</td><td>Corrugated box 400×300</td><td>5,000</td><td>5,000</td><td>5,000</td><td>—</td><td></td></tr>
<tr><td>2</td><td>Pallet wrap 23 µm</td><td>120</td><td>120</td><td>120</td><td>£0.40</td><td><input type="checkbox" class="accept-var"></td></tr>
<tr><td>3</td><td>Void fill bags</td><td>800</td><td>760</td><td>800</td><td>£38.00</td><td><input type="checkbox" class="accept-var"></td></tr>
</tbody>
</table>
<div class="grid">
<div><label for="gl-code">GL code</label><select id="gl-code"><option>5010 Packaging materials</option><option>5020 Consumables</option></select></div>
<div><label for="cc">Cost centre</label><input id="cc" name="cost_centre" value="WH-NORTH"></div>
</div>
<label for="ap-comment">Comment</label><textarea id="ap-comment" rows="2"></textarea>
<div class="row"><button id="approve">Approve for payment</button><button id="hold">Put on hold</button><button id="reject">Reject</button><button id="credit-note">Request credit note</button></div>
<p>Attachment: <a href="/files/inv-88213.pdf">inv-88213.pdf</a></p>
</main>
`,
);

const apV2 = edit(apV1, [
  [
    '<h1>Invoice INV-88213</h1>',
    '<div class="row"><h1>INV-88213 · Harlow Packaging</h1><div class="menu more-menu"><button data-action="hold">Hold invoice</button><button data-action="reassign">Reassign</button><button data-action="history">History</button></div></div>',
  ],
  [
    `<table id="match-lines">
<thead><tr><th>#</th><th>Item</th><th>PO qty</th><th>Received</th><th>Invoiced</th><th>Variance</th><th>Accept</th></tr></thead>
<tbody>
<tr><td>1</td><td>Corrugated box 400×300</td><td>5,000</td><td>5,000</td><td>5,000</td><td>—</td><td></td></tr>
<tr><td>2</td><td>Pallet wrap 23 µm</td><td>120</td><td>120</td><td>120</td><td>£0.40</td><td><input type="checkbox" class="accept-var"></td></tr>
<tr><td>3</td><td>Void fill bags</td><td>800</td><td>760</td><td>800</td><td>£38.00</td><td><input type="checkbox" class="accept-var"></td></tr>
</tbody>
</table>`,
    `<h2>Lines with differences</h2>
<div class="card" data-line="3"><strong>Line 3 · Void fill bags</strong><p>Ordered 800 · received 760 · invoiced 800 · over by £38.00</p><button class="accept-tolerance">Accept difference</button></div>
<p class="muted">2 lines matched automatically within tolerance.</p>`,
  ],
  [
    '<div><label for="gl-code">GL code</label><select id="gl-code"><option>5010 Packaging materials</option><option>5020 Consumables</option></select></div>',
    '<div><label for="gl-account">Nominal account</label><input id="gl-account" list="gl-list" value="5010 Packaging materials"><datalist id="gl-list"><option>5010 Packaging materials</option><option>5020 Consumables</option></datalist></div>',
  ],
  [
    '<div><label for="cc">Cost centre</label><input id="cc" name="cost_centre" value="WH-NORTH"></div>',
    '<div><label for="cost-centre">Department</label><input id="cost-centre" name="costCentre" value="WH-NORTH"></div>',
  ],
  [
    '<label for="ap-comment">Comment</label><textarea id="ap-comment" rows="2"></textarea>',
    '<label for="ap-comment">Internal note</label><textarea id="ap-comment" rows="2"></textarea>',
  ],
  [
    '<div class="row"><button id="approve">Approve for payment</button><button id="hold">Put on hold</button><button id="reject">Reject</button><button id="credit-note">Request credit note</button></div>',
    '<div class="row"><button id="return-supplier">Return to supplier</button><button id="post-ledger">Post to ledger</button></div>',
  ],
]);

const ap: PagePair = {
  name: 'ap-invoice-matching',
  v1: apV1,
  v2: apV2,
  targets: [
    { selector: '#approve', expect: '#post-ledger', change: 'approve reworded as post to ledger' },
    {
      selector: '#hold',
      expect: '.more-menu [data-action="hold"]',
      change: 'moved from action row into header menu, reworded',
    },
    { selector: '#reject', expect: '#return-supplier', change: 'reject reworded as return to supplier' },
    {
      selector: 'select#gl-code',
      expect: '#gl-account',
      change: 'select became autocomplete input, GL code renamed nominal account',
    },
    {
      selector: 'input[name="cost_centre"]',
      expect: '#cost-centre',
      change: 'name changed, label changed to department',
    },
    {
      selector: '#match-lines tr:nth-of-type(3) input.accept-var',
      expect: '[data-line="3"] button.accept-tolerance',
      change: 'table became exception cards; checkbox became button',
    },
    { selector: '#credit-note', expect: null, change: 'credit note request removed' },
    {
      selector: '#match-lines tr:nth-of-type(2) input.accept-var',
      expect: null,
      change: 'line now auto-matched, control gone',
    },
  ],
};

// 15 — month-end close tracker (finance back-office)
const closeV1 = page(
  'Month-end close — March',
  `
<header><strong>CloseDesk</strong><label for="period">Period</label><select id="period"><option>March 2024</option><option>February 2024</option></select><span class="muted">Day WD+3 of 6</span></header>
<main>
<h1>Close checklist</h1>
<div class="row"><label for="owner-filter">Owner</label><select id="owner-filter"><option>Everyone</option><option>S. Iqbal</option><option>M. Clarke</option></select><progress value="11" max="18"></progress><span>11 of 18 done</span></div>
<table id="close-tasks">
<thead><tr><th>Task</th><th>Owner</th><th>Due</th><th>Status</th><th>Evidence</th><th>Sign-off</th></tr></thead>
<tbody>
<tr data-task="bank-rec"><td><a class="task-link" href="/close/tasks/bank-rec">Bank reconciliations</a></td><td>S. Iqbal</td><td>WD+2</td><td><select class="status"><option>In progress</option><option>Ready for review</option><option>Done</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
<tr data-task="accruals"><td><a class="task-link" href="/close/tasks/accruals">Accruals journal</a></td><td>M. Clarke</td><td>WD+3</td><td><select class="status"><option>Ready for review</option><option>Done</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
<tr data-task="fixed-assets"><td><a class="task-link" href="/close/tasks/fixed-assets">Depreciation run</a></td><td>S. Iqbal</td><td>WD+3</td><td><select class="status"><option>Not started</option><option>In progress</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
<tr data-task="intercompany"><td><a class="task-link" href="/close/tasks/intercompany">Intercompany matching</a></td><td>M. Clarke</td><td>WD+4</td><td><select class="status"><option>Not started</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
</tbody>
</table>
<div class="row"><button id="lock-period">Lock period</button><button id="roll-forward">Roll forward to April</button></div>
</main>
`,
);

const closeV2 = edit(closeV1, [
  [
    '<header><strong>CloseDesk</strong><label for="period">Period</label><select id="period"><option>March 2024</option><option>February 2024</option></select><span class="muted">Day WD+3 of 6</span></header>',
    '<header><strong>CloseDesk</strong><select id="close-period" aria-label="Close period"><option>Mar 2024</option><option>Feb 2024</option></select><span class="muted">WD+3 · 11/18 tasks</span><button id="close-period-btn">Close the books</button></header>',
  ],
  ['<h1>Close checklist</h1>', '<h1>March close</h1>'],
  [
    '<div class="row"><label for="owner-filter">Owner</label><select id="owner-filter"><option>Everyone</option><option>S. Iqbal</option><option>M. Clarke</option></select><progress value="11" max="18"></progress><span>11 of 18 done</span></div>',
    '<div class="row"><label for="entity-filter">Entity</label><select id="entity-filter"><option>All entities</option><option>UK Ltd</option><option>Ireland DAC</option></select><progress value="11" max="18"></progress></div>',
  ],
  [
    `<table id="close-tasks">
<thead><tr><th>Task</th><th>Owner</th><th>Due</th><th>Status</th><th>Evidence</th><th>Sign-off</th></tr></thead>
<tbody>
<tr data-task="bank-rec"><td><a class="task-link" href="/close/tasks/bank-rec">Bank reconciliations</a></td><td>S. Iqbal</td><td>WD+2</td><td><select class="status"><option>In progress</option><option>Ready for review</option><option>Done</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
<tr data-task="accruals"><td><a class="task-link" href="/close/tasks/accruals">Accruals journal</a></td><td>M. Clarke</td><td>WD+3</td><td><select class="status"><option>Ready for review</option><option>Done</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
<tr data-task="fixed-assets"><td><a class="task-link" href="/close/tasks/fixed-assets">Depreciation run</a></td><td>S. Iqbal</td><td>WD+3</td><td><select class="status"><option>Not started</option><option>In progress</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
<tr data-task="intercompany"><td><a class="task-link" href="/close/tasks/intercompany">Intercompany matching</a></td><td>M. Clarke</td><td>WD+4</td><td><select class="status"><option>Not started</option></select></td><td><button class="attach">Attach evidence</button></td><td><input type="checkbox"></td></tr>
</tbody>
</table>
<div class="row"><button id="lock-period">Lock period</button><button id="roll-forward">Roll forward to April</button></div>`,
    `<div class="grid3 board">
<section><h2>To do</h2>
<div class="card" data-task-id="intercompany"><a class="title" href="/close/2024-03/intercompany">Intercompany matching</a><p class="muted">M. Clarke · WD+4</p><select name="state" aria-label="Status"><option>Not started</option></select> <button class="upload-evidence">Upload</button></div>
<div class="card" data-task-id="fixed-assets"><a class="title" href="/close/2024-03/fixed-assets">Depreciation run</a><p class="muted">S. Iqbal · WD+3</p><select name="state" aria-label="Status"><option>Not started</option><option>In progress</option></select> <button class="upload-evidence">Upload</button></div>
</section>
<section><h2>In progress</h2>
<div class="card" data-task-id="bank-rec"><a class="title" href="/close/2024-03/bank-rec">Bank reconciliations</a><p class="muted">S. Iqbal · WD+2 · overdue</p><select name="state" aria-label="Status"><option>In progress</option><option>Ready for review</option><option>Done</option></select> <button class="upload-evidence">Upload</button></div>
</section>
<section><h2>Review</h2>
<div class="card" data-task-id="accruals"><a class="title" href="/close/2024-03/accruals">Accruals journal</a><p class="muted">M. Clarke · WD+3</p><button class="approve">Approve</button> <button class="send-back">Send back</button></div>
</section>
</div>`,
  ],
]);

const close: PagePair = {
  name: 'month-end-close-tracker',
  v1: closeV1,
  v2: closeV2,
  targets: [
    { selector: 'select#period', expect: '#close-period', change: 'id changed, label removed' },
    {
      selector: 'tr[data-task="bank-rec"] .attach',
      expect: '[data-task-id="bank-rec"] button.upload-evidence',
      change: 'table became status board; Attach evidence shortened to Upload',
    },
    {
      selector: 'tr[data-task="accruals"] input[type="checkbox"]',
      expect: '[data-task-id="accruals"] button.approve',
      change: 'sign-off checkbox became Approve button in Review column',
    },
    {
      selector: 'tr[data-task="fixed-assets"] select.status',
      expect: '[data-task-id="fixed-assets"] select[name="state"]',
      change: 'moved into card on board',
    },
    {
      selector: '#lock-period',
      expect: '#close-period-btn',
      change: 'moved to header, reworded as close the books',
    },
    {
      selector: 'a.task-link[href="/close/tasks/intercompany"]',
      expect: '[data-task-id="intercompany"] a.title',
      change: 'link class and url changed',
    },
    { selector: '#roll-forward', expect: null, change: 'roll-forward removed' },
    { selector: 'select#owner-filter', expect: null, change: 'owner filter replaced by entity filter' },
  ],
};

// 16 — FX settlement breaks queue (finance back-office)
const fxV1 = page(
  'Settlement breaks — FX',
  `
<header><strong>Recon Hub</strong><nav><a href="/breaks">Breaks</a><a href="/nostro">Nostro</a><a href="/ssi">SSIs</a><a href="/audit">Audit</a></nav></header>
<main>
<h1>FX settlement breaks</h1>
<div class="row"><label for="ccy">Currency pair</label><select id="ccy"><option>All</option><option>EUR/USD</option><option>GBP/USD</option><option>USD/JPY</option></select><label for="cpty">Counterparty</label><input id="cpty"><label><input type="checkbox" id="over-2d"> Only older than 2 days</label></div>
<div class="row"><button id="assign-me">Assign to me</button><button id="escalate">Escalate</button></div>
<table id="breaks">
<thead><tr><th></th><th>Trade</th><th>Pair</th><th>Amount</th><th>Counterparty</th><th>Reason</th><th>Age</th><th></th></tr></thead>
<tbody>
<tr data-ref="FX-220981"><td><input type="checkbox"></td><td>FX-220981</td><td>EUR/USD</td><td>4,500,000</td><td>Nordbank</td><td>Amount mismatch</td><td>1d</td><td><button class="investigate">Investigate</button> <button class="force-match">Force match</button></td></tr>
<tr data-ref="FX-220944"><td><input type="checkbox"></td><td>FX-220944</td><td>GBP/USD</td><td>1,200,000</td><td>Castle Securities</td><td>Missing SSI</td><td>3d</td><td><button class="investigate">Investigate</button> <button class="force-match">Force match</button></td></tr>
<tr data-ref="FX-220907"><td><input type="checkbox"></td><td>FX-220907</td><td>USD/JPY</td><td>750,000</td><td>Kaiyo Bank</td><td>Value date</td><td>5d</td><td><button class="investigate">Investigate</button> <button class="force-match">Force match</button></td></tr>
</tbody>
</table>
<section class="card"><h2>FX-220981 · Nordbank</h2><p>Expected USD 5,062,500.00 · Statement USD 5,062,050.00</p><label for="break-notes">Notes</label><textarea id="break-notes" rows="2"></textarea><button id="swift-query">Raise SWIFT query</button></section>
</main>
`,
);

const fxV2 = edit(fxV1, [
  [
    '<div class="row"><label for="ccy">Currency pair</label><select id="ccy"><option>All</option><option>EUR/USD</option><option>GBP/USD</option><option>USD/JPY</option></select><label for="cpty">Counterparty</label><input id="cpty"><label><input type="checkbox" id="over-2d"> Only older than 2 days</label></div>\n<div class="row"><button id="assign-me">Assign to me</button><button id="escalate">Escalate</button></div>',
    '<div class="row filters"><select name="currency_pair" aria-label="Pair"><option>Any pair</option><option>EUR/USD</option><option>GBP/USD</option><option>USD/JPY</option></select><input id="cpty" placeholder="Counterparty"><label for="age-bucket">Age</label><select id="age-bucket"><option>Any age</option><option>Over 2 days</option><option>Over 5 days</option></select></div>',
  ],
  [
    `<tr data-ref="FX-220981"><td><input type="checkbox"></td><td>FX-220981</td><td>EUR/USD</td><td>4,500,000</td><td>Nordbank</td><td>Amount mismatch</td><td>1d</td><td><button class="investigate">Investigate</button> <button class="force-match">Force match</button></td></tr>
<tr data-ref="FX-220944"><td><input type="checkbox"></td><td>FX-220944</td><td>GBP/USD</td><td>1,200,000</td><td>Castle Securities</td><td>Missing SSI</td><td>3d</td><td><button class="investigate">Investigate</button> <button class="force-match">Force match</button></td></tr>
<tr data-ref="FX-220907"><td><input type="checkbox"></td><td>FX-220907</td><td>USD/JPY</td><td>750,000</td><td>Kaiyo Bank</td><td>Value date</td><td>5d</td><td><button class="investigate">Investigate</button> <button class="force-match">Force match</button></td></tr>`,
    `<tr data-trade="FX-220907"><td><input type="checkbox"></td><td>FX-220907</td><td>USD/JPY</td><td>750,000</td><td>Kaiyo Bank</td><td>Value date</td><td>5d</td><td><button aria-label="Open investigation">🔍</button></td></tr>
<tr data-trade="FX-220944"><td><input type="checkbox"></td><td>FX-220944</td><td>GBP/USD</td><td>1,200,000</td><td>Castle Securities</td><td>Missing SSI</td><td>3d</td><td><button aria-label="Open investigation">🔍</button></td></tr>
<tr data-trade="FX-220981"><td><input type="checkbox"></td><td>FX-220981</td><td>EUR/USD</td><td>4,500,000</td><td>Nordbank</td><td>Amount mismatch</td><td>1d</td><td><button aria-label="Open investigation">🔍</button></td></tr>`,
  ],
  [
    '<label for="break-notes">Notes</label><textarea id="break-notes" rows="2"></textarea><button id="swift-query">Raise SWIFT query</button></section>',
    '<label for="inv-notes">Investigation notes</label><textarea id="inv-notes" name="investigation_notes" rows="3"></textarea><button id="send-mt199">Send MT199 query to counterparty</button></section>\n<div class="row sticky-footer"><span>0 selected</span><button class="claim">Claim selected</button><button class="export">Export</button></div>',
  ],
]);

const fx: PagePair = {
  name: 'fx-settlement-breaks',
  v1: fxV1,
  v2: fxV2,
  targets: [
    {
      selector: 'tr[data-ref="FX-220981"] button.investigate',
      expect: 'tr[data-trade="FX-220981"] button[aria-label="Open investigation"]',
      change: 'rows re-sorted by age, data attribute renamed, button became icon',
    },
    {
      selector: 'select#ccy',
      expect: 'select[name="currency_pair"]',
      change: 'id removed, visible label removed',
    },
    {
      selector: '#over-2d',
      expect: '#age-bucket',
      change: 'checkbox became age select with buckets',
    },
    {
      selector: '#assign-me',
      expect: '.sticky-footer button.claim',
      change: 'moved to footer bar, reworded',
    },
    {
      selector: '#swift-query',
      expect: '#send-mt199',
      change: 'reworded with message type name',
    },
    {
      selector: 'textarea#break-notes',
      expect: 'textarea[name="investigation_notes"]',
      change: 'id changed, label lengthened',
    },
    {
      selector: 'tr[data-ref="FX-220981"] button.force-match',
      expect: null,
      change: 'force match no longer allowed',
    },
    { selector: '#escalate', expect: null, change: 'escalate removed; export sits in bar' },
  ],
};

// 17 — film call sheet editor (media production)
const callV1 = page(
  'Call sheet — Day 14',
  `
<header><strong>Unitbase</strong><span>“The Salt Road” · Shooting day 14 of 32</span><nav><a href="/schedule">Schedule</a><a href="/callsheets">Call sheets</a><a href="/crew">Crew</a></nav></header>
<main>
<h1>Call sheet — Tuesday 21 May</h1>
<div class="grid">
<div><label for="general-call">General call</label><input id="general-call" type="time" value="07:00"></div>
<div><label for="weather">Weather</label><input id="weather" value="Overcast, 14 °C, sunrise 05:02"></div>
</div>
<h2>Scenes</h2>
<table id="scenes">
<tr><th>Sc.</th><th>Set</th><th>Cast</th><th>Pages</th><th></th></tr>
<tr><td>42</td><td>EXT. Harbour wall — DAY</td><td>1, 3</td><td>1 4/8</td><td><button class="move-up">↑</button></td></tr>
<tr><td>43</td><td>INT. Net loft — DAY</td><td>1, 2</td><td>2 1/8</td><td><button class="move-up">↑</button></td></tr>
<tr><td>17A</td><td>EXT. Slipway — DUSK</td><td>2</td><td>6/8</td><td><button class="move-up">↑</button></td></tr>
</table>
<h2>Cast</h2>
<table id="cast">
<tr><th>#</th><th>Artist</th><th>Character</th><th>Call</th></tr>
<tr><td>1</td><td>Aoife Brennan</td><td>Mara</td><td><input type="time" value="06:15"></td></tr>
<tr><td>2</td><td>Tomasz Wilk</td><td>Elias</td><td><input type="time" value="08:30"></td></tr>
<tr><td>3</td><td>Ruth Nakamura</td><td>Harbourmaster</td><td><input type="time" value="07:45"></td></tr>
</table>
<h2>Location</h2>
<label for="address">Unit base address</label><input id="address" value="Quay car park, Porthleven">
<label for="parking-notes">Parking notes</label><textarea id="parking-notes" rows="2"></textarea>
<label for="hospital">Nearest hospital</label><input id="hospital" value="Royal Cornwall Hospital, Truro">
<div class="row"><button id="preview-pdf">Preview PDF</button><button id="publish">Publish call sheet</button><button id="distribute">Send to cast &amp; crew</button></div>
</main>
`,
);

const callV2 = edit(callV1, [
  [
    '<nav><a href="/schedule">Schedule</a><a href="/callsheets">Call sheets</a><a href="/crew">Crew</a></nav></header>',
    '<nav><a href="/schedule">Stripboard</a><a href="/callsheets">Call sheets</a><a href="/crew">Crew</a></nav><button class="preview">Preview</button></header>',
  ],
  [
    '<div><label for="general-call">General call</label><input id="general-call" type="time" value="07:00"></div>',
    '<div><label for="crew-call">Crew call</label><input id="crew-call" name="crew_call" type="time" value="07:00"></div>',
  ],
  [
    `<table id="scenes">
<tr><th>Sc.</th><th>Set</th><th>Cast</th><th>Pages</th><th></th></tr>
<tr><td>42</td><td>EXT. Harbour wall — DAY</td><td>1, 3</td><td>1 4/8</td><td><button class="move-up">↑</button></td></tr>
<tr><td>43</td><td>INT. Net loft — DAY</td><td>1, 2</td><td>2 1/8</td><td><button class="move-up">↑</button></td></tr>
<tr><td>17A</td><td>EXT. Slipway — DUSK</td><td>2</td><td>6/8</td><td><button class="move-up">↑</button></td></tr>
</table>`,
    `<ol class="scene-cards">
<li class="card" draggable="true"><span class="handle" aria-label="Drag to reorder">⠿</span> <strong>42</strong> EXT. Harbour wall — DAY · cast 1, 3 · 1 4/8 pp</li>
<li class="card" draggable="true"><span class="handle" aria-label="Drag to reorder">⠿</span> <strong>43</strong> INT. Net loft — DAY · cast 1, 2 · 2 1/8 pp</li>
<li class="card" draggable="true"><span class="handle" aria-label="Drag to reorder">⠿</span> <strong>17A</strong> EXT. Slipway — DUSK · cast 2 · 6/8 pp</li>
</ol>`,
  ],
  [
    `<table id="cast">
<tr><th>#</th><th>Artist</th><th>Character</th><th>Call</th></tr>
<tr><td>1</td><td>Aoife Brennan</td><td>Mara</td><td><input type="time" value="06:15"></td></tr>
<tr><td>2</td><td>Tomasz Wilk</td><td>Elias</td><td><input type="time" value="08:30"></td></tr>
<tr><td>3</td><td>Ruth Nakamura</td><td>Harbourmaster</td><td><input type="time" value="07:45"></td></tr>
</table>`,
    `<ul class="cast-list">
<li class="row" data-cast="1"><span>1 · Aoife Brennan (Mara)</span><label>Pick-up <input class="pickup" type="time" value="05:45"></label><label>On set <input class="call-time" type="time" value="06:15"></label></li>
<li class="row" data-cast="2"><span>2 · Tomasz Wilk (Elias)</span><label>Pick-up <input class="pickup" type="time" value="08:00"></label><label>On set <input class="call-time" type="time" value="08:30"></label></li>
<li class="row" data-cast="3"><span>3 · Ruth Nakamura (Harbourmaster)</span><label>Pick-up <input class="pickup" type="time" value="07:15"></label><label>On set <input class="call-time" type="time" value="07:45"></label></li>
</ul>`,
  ],
  [
    '<label for="parking-notes">Parking notes</label><textarea id="parking-notes" rows="2"></textarea>\n<label for="hospital">Nearest hospital</label><input id="hospital" value="Royal Cornwall Hospital, Truro">',
    '<section class="card" id="safety"><h2>Health &amp; safety</h2><label for="ae">Nearest A&amp;E</label><input id="ae" name="nearest_ae" value="Royal Cornwall Hospital, Truro"><label for="medic">Unit medic</label><input id="medic" value="J. Pascoe — ch. 6"></section>',
  ],
  [
    '<div class="row"><button id="preview-pdf">Preview PDF</button><button id="publish">Publish call sheet</button><button id="distribute">Send to cast &amp; crew</button></div>',
    '<div class="row"><button id="publish-sheet">Publish</button><button id="notify-unit">Notify unit</button></div>',
  ],
]);

const callSheet: PagePair = {
  name: 'film-call-sheet-editor',
  v1: callV1,
  v2: callV2,
  targets: [
    {
      selector: '#general-call',
      expect: 'input[name="crew_call"]',
      change: 'general call renamed crew call',
    },
    {
      selector: '#cast tr:nth-of-type(3) input[type="time"]',
      expect: '[data-cast="2"] input.call-time',
      change: 'cast table became list; pick-up time added beside call time',
    },
    {
      selector: '#hospital',
      expect: '#safety input[name="nearest_ae"]',
      change: 'moved to safety card, relabelled A&E',
    },
    {
      selector: '#preview-pdf',
      expect: 'header button.preview',
      change: 'moved to header, shortened',
    },
    { selector: '#publish', expect: '#publish-sheet', change: 'id changed, shortened' },
    { selector: '#distribute', expect: '#notify-unit', change: 'reworded with production term' },
    {
      selector: '#scenes tr:nth-of-type(3) .move-up',
      expect: null,
      change: 'move buttons replaced by drag handles',
    },
    { selector: '#parking-notes', expect: null, change: 'parking notes removed' },
  ],
};

// 18 — dubbing studio booking (media production)
const dubV1 = page(
  'Book a dubbing session',
  `
<header><strong>VoiceWorks Studios</strong><nav><a href="/sessions">Sessions</a><a href="/talent">Talent</a><a href="/projects">Projects</a></nav></header>
<main>
<h1>Book a dubbing session</h1>
<form id="session-form">
<label for="project">Project</label><select id="project"><option>Nightwatch S2 E04</option><option>Little Foxes (feature)</option></select>
<label for="language">Language</label><select id="language"><option>German</option><option>Spanish (LatAm)</option><option>Polish</option></select>
<fieldset><legend>Studio</legend><label><input type="radio" name="studio" value="A"> Studio A (large ADR)</label><label><input type="radio" name="studio" value="B"> Studio B (voice booth)</label><label><input type="radio" name="studio" value="C"> Studio C (mix room)</label></fieldset>
<label for="date">Date</label><input id="date" type="date">
<label for="duration">Duration</label><select id="duration"><option>2 hours</option><option>4 hours</option><option>Full day</option></select>
<label for="engineer">Engineer</label><select id="engineer"><option>Any</option><option>Dieter</option><option>Marisol</option></select>
<fieldset><legend>Talent</legend><label><input type="checkbox" name="talent" value="jonas"> Jonas K.</label><label><input type="checkbox" name="talent" value="ines"> Inés R.</label><label><input type="checkbox" name="talent" value="piotr"> Piotr W.</label></fieldset>
<label><input type="checkbox" id="need-director"> Dubbing director required</label>
<div class="row"><button type="submit" id="book">Book session</button><button type="button" id="add-cal">Add to calendar</button></div>
</form>
</main>
`,
);

const dubV2 = edit(dubV1, [
  ['<h1>Book a dubbing session</h1>', '<h1>New recording session</h1>'],
  [
    '<label for="language">Language</label><select id="language">',
    '<label for="target-lang">Dub into</label><select id="target-lang" name="target_language">',
  ],
  [
    '<fieldset><legend>Studio</legend><label><input type="radio" name="studio" value="A"> Studio A (large ADR)</label><label><input type="radio" name="studio" value="B"> Studio B (voice booth)</label><label><input type="radio" name="studio" value="C"> Studio C (mix room)</label></fieldset>',
    '<h2>Room</h2><div class="grid3"><div class="card" data-studio="A"><strong>A · ADR stage</strong><p class="muted">Up to 6 voices</p><button type="button" class="choose">Choose</button></div><div class="card" data-studio="B"><strong>B · Booth</strong><p class="muted">1–2 voices</p><button type="button" class="choose">Choose</button></div><div class="card" data-studio="C"><strong>C · Mix</strong><p class="muted">Review &amp; mix</p><button type="button" class="choose">Choose</button></div></div>',
  ],
  [
    '<label for="date">Date</label><input id="date" type="date">',
    '<label for="s-date">Day</label><input id="s-date" name="session_date" type="date">',
  ],
  [
    '<label for="engineer">Engineer</label><select id="engineer"><option>Any</option><option>Dieter</option><option>Marisol</option></select>',
    '',
  ],
  [
    '<fieldset><legend>Talent</legend><label><input type="checkbox" name="talent" value="jonas"> Jonas K.</label><label><input type="checkbox" name="talent" value="ines"> Inés R.</label><label><input type="checkbox" name="talent" value="piotr"> Piotr W.</label></fieldset>\n<label><input type="checkbox" id="need-director"> Dubbing director required</label>',
    '<p>Voice artists</p><div class="row talent-chips"><button type="button" class="chip" data-talent="jonas">Jonas K.</button><button type="button" class="chip" data-talent="ines">Inés R.</button><button type="button" class="chip" data-talent="piotr">Piotr W.</button><button type="button" class="chip" data-talent="add">+ Add</button></div>\n<section class="card" id="crew"><h2>Crew</h2><label>Engineer <select name="engineer"><option>Any</option><option>Dieter</option><option>Marisol</option></select></label><label><input type="checkbox" id="need-script-sup"> Script supervisor needed</label></section>',
  ],
  [
    '<div class="row"><button type="submit" id="book">Book session</button><button type="button" id="add-cal">Add to calendar</button></div>',
    '<div class="row"><button type="submit" id="reserve-studio">Reserve studio</button></div>',
  ],
]);

const dub: PagePair = {
  name: 'dubbing-studio-booking',
  v1: dubV1,
  v2: dubV2,
  targets: [
    {
      selector: 'input[name="studio"][value="B"]',
      expect: '[data-studio="B"] button.choose',
      change: 'radio became room card with Choose button',
    },
    { selector: '#date', expect: 'input[name="session_date"]', change: 'id changed, relabelled Day' },
    {
      selector: '#engineer',
      expect: '#crew select[name="engineer"]',
      change: 'moved into Crew card, id dropped',
    },
    {
      selector: 'input[name="talent"][value="ines"]',
      expect: '.talent-chips button[data-talent="ines"]',
      change: 'checkbox became chip',
    },
    { selector: '#book', expect: '#reserve-studio', change: 'reworded' },
    {
      selector: 'select#language',
      expect: 'select[name="target_language"]',
      change: 'id changed, label became Dub into',
    },
    { selector: '#add-cal', expect: null, change: 'calendar button removed' },
    {
      selector: '#need-director',
      expect: null,
      change: 'director option replaced by script supervisor option',
    },
  ],
};

// 19 — planning application comment (local government)
const planningV1 = page(
  'Comment on planning application 24/0318/FUL',
  `
<header><strong>Wexcombe District Council</strong><nav><a href="/planning">Planning</a><a href="/bins">Bins</a><a href="/council-tax">Council tax</a><a href="/contact">Contact us</a></nav></header>
<main>
<h1>24/0318/FUL — 14 Orchard Rise</h1>
<p>Proposal: two-storey rear extension and loft conversion with rear dormer. Consultation closes 3 May.</p>
<h2>Documents</h2>
<table id="docs">
<tr><th>Document</th><th>Date</th><th></th></tr>
<tr><td>Application form</td><td>02/04</td><td><a href="/docs/1">Download</a></td></tr>
<tr><td>Site plan</td><td>02/04</td><td><a href="/docs/2">Download</a></td></tr>
<tr><td>Proposed elevations</td><td>02/04</td><td><a href="/docs/3">Download</a></td></tr>
</table>
<h2>Make a comment</h2>
<form id="comment-form">
<label for="commenter-name">Your name</label><input id="commenter-name">
<label for="commenter-email">Email</label><input id="commenter-email" type="email">
<label for="commenter-address">Your address</label><input id="commenter-address">
<fieldset><legend>Your position</legend><label><input type="radio" name="stance" value="support"> Support</label><label><input type="radio" name="stance" value="object"> Object</label><label><input type="radio" name="stance" value="neutral"> Neutral</label></fieldset>
<label for="comment">Comment</label><textarea id="comment" rows="5"></textarea>
<label><input type="checkbox" id="track"> Track this application</label>
<button type="submit" id="submit-comment">Submit comment</button>
</form>
</main>
<footer>Wexcombe District Council · <a href="/accessibility">Accessibility</a> · <a class="report-problem" href="/report">Report a problem with this page</a></footer>
`,
);

const planningV2 = edit(planningV1, [
  [
    '<p>Proposal: two-storey rear extension and loft conversion with rear dormer. Consultation closes 3 May.</p>',
    '<p>Proposal: two-storey rear extension and loft conversion with rear dormer.</p><p class="badge">Comments close 3 May</p><button id="email-updates">Get updates by email</button>',
  ],
  ['<h2>Documents</h2>', '<h2>Plans and documents</h2>'],
  [
    `<table id="docs">
<tr><th>Document</th><th>Date</th><th></th></tr>
<tr><td>Application form</td><td>02/04</td><td><a href="/docs/1">Download</a></td></tr>
<tr><td>Site plan</td><td>02/04</td><td><a href="/docs/2">Download</a></td></tr>
<tr><td>Proposed elevations</td><td>02/04</td><td><a href="/docs/3">Download</a></td></tr>
</table>`,
    `<ul class="doc-list">
<li data-doc="elevations">Proposed elevations (PDF, 2.1 MB) <button>View</button></li>
<li data-doc="site-plan">Site plan (PDF, 640 KB) <button>View</button></li>
<li data-doc="form">Application form (PDF, 310 KB) <button>View</button></li>
<li data-doc="heritage">Heritage statement (PDF, 1.2 MB) <button>View</button></li>
</ul>`,
  ],
  ['<h2>Make a comment</h2>', '<h2>Have your say</h2>'],
  [
    '<label for="commenter-email">Email</label><input id="commenter-email" type="email">\n<label for="commenter-address">Your address</label><input id="commenter-address">',
    '<label for="contact-email">Email address</label><input id="contact-email" name="contact_email" type="email">\n<label for="postcode">Postcode</label><div class="row"><input id="postcode"><button type="button" id="find-address">Find address</button></div>',
  ],
  [
    '<fieldset><legend>Your position</legend><label><input type="radio" name="stance" value="support"> Support</label><label><input type="radio" name="stance" value="object"> Object</label><label><input type="radio" name="stance" value="neutral"> Neutral</label></fieldset>',
    '<p>What do you think of the proposal?</p><div class="row"><button type="button" data-stance="support">I support it</button><button type="button" data-stance="object">I object</button><button type="button" data-stance="neutral">No view either way</button></div>',
  ],
  [
    '<label for="comment">Comment</label><textarea id="comment" rows="5"></textarea>\n<label><input type="checkbox" id="track"> Track this application</label>',
    '<label for="rep">Your comments</label><textarea id="rep" name="representation" rows="6"></textarea><p class="muted">Comments are published with your name but not your address.</p>',
  ],
  [
    '<button type="submit" id="submit-comment">Submit comment</button>',
    '<button type="submit" id="send-comment">Send comment</button>',
  ],
  [
    '<footer>Wexcombe District Council · <a href="/accessibility">Accessibility</a> · <a class="report-problem" href="/report">Report a problem with this page</a></footer>',
    '<footer>Wexcombe District Council · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></footer>',
  ],
]);

const planning: PagePair = {
  name: 'planning-application-comment',
  v1: planningV1,
  v2: planningV2,
  targets: [
    {
      selector: 'input[name="stance"][value="object"]',
      expect: 'button[data-stance="object"]',
      change: 'radio became button, first-person wording',
    },
    {
      selector: '#comment',
      expect: 'textarea[name="representation"]',
      change: 'id changed to statutory term, label reworded',
    },
    {
      selector: '#docs tr:nth-of-type(3) a',
      expect: '.doc-list [data-doc="site-plan"] button',
      change: 'table became list, re-sorted; Download link became View button',
    },
    {
      selector: '#track',
      expect: '#email-updates',
      change: 'checkbox in form became button near summary',
    },
    { selector: '#submit-comment', expect: '#send-comment', change: 'reworded' },
    {
      selector: '#commenter-email',
      expect: 'input[type="email"][name="contact_email"]',
      change: 'id changed, label lengthened',
    },
    { selector: '#commenter-address', expect: null, change: 'address replaced by postcode lookup' },
    { selector: 'footer a.report-problem', expect: null, change: 'report link replaced by privacy link' },
  ],
};

// 20 — noise nuisance report (local government)
const noiseV1 = page(
  'Report a noise problem',
  `
<header><strong>Brackenfield Borough Council</strong><a href="/signin">Sign in</a></header>
<main>
<h1>Report a noise problem</h1>
<aside class="card"><h3>Other options</h3><ul><li><a href="/noise/out-of-hours">Out-of-hours noise line</a></li><li><a href="/noise/talk-to-neighbour">Talking to your neighbour first</a></li><li><a href="/noise/what-we-investigate">What we can investigate</a></li></ul></aside>
<p>Use this form to tell us about noise from a neighbour, business or building site. For noise happening right now at night, call the out-of-hours line.</p>
<form id="noise-form">
<label for="noise-type">What kind of noise?</label><select id="noise-type"><option>Amplified music</option><option>Dog barking</option><option>Alarm</option><option>Construction</option><option>Other</option></select>
<fieldset><legend>When does it happen?</legend><label><input type="checkbox" name="when" value="day"> Daytime</label><label><input type="checkbox" name="when" value="evening"> Evening</label><label><input type="checkbox" name="when" value="night"> Night (11pm–7am)</label></fieldset>
<label for="source-address">Address the noise is coming from</label><input id="source-address">
<fieldset><legend>Is it still going on?</legend><label><input type="radio" name="ongoing" value="yes"> Yes</label><label><input type="radio" name="ongoing" value="no"> No</label></fieldset>
<label for="diary-upload">Upload a noise diary (optional)</label><input type="file" id="diary-upload">
<label for="phone">Phone number</label><input id="phone" type="tel">
<label><input type="checkbox" id="confidential"> Please keep my details confidential</label>
<button type="submit" id="continue">Continue</button>
</form>
</main>
<footer>Brackenfield Borough Council · Environmental Health</footer>
`,
);

const noiseV2 = edit(noiseV1, [
  [
    '<h1>Report a noise problem</h1>',
    '<h1>Noise complaint</h1><p class="muted">Step 1 of 2 — about the noise</p>',
  ],
  [
    '<label for="noise-type">What kind of noise?</label><select id="noise-type">',
    '<label for="source-category">Type of noise</label><select id="source-category">',
  ],
  [
    '<fieldset><legend>When does it happen?</legend><label><input type="checkbox" name="when" value="day"> Daytime</label><label><input type="checkbox" name="when" value="evening"> Evening</label><label><input type="checkbox" name="when" value="night"> Night (11pm–7am)</label></fieldset>',
    '<p>When do you hear it? Choose all that apply.</p><div class="row time-chips"><button type="button" class="chip" data-time="day">Day</button><button type="button" class="chip" data-time="evening">Evening</button><button type="button" class="chip" data-time="night">Overnight</button><button type="button" class="chip" data-time="weekend">Weekends</button></div>',
  ],
  [
    '<label for="source-address">Address the noise is coming from</label><input id="source-address">',
    '<label for="loc">Where is the noise coming from?</label><input id="loc" name="location_of_noise" placeholder="Street address or description">',
  ],
  [
    '<fieldset><legend>Is it still going on?</legend><label><input type="radio" name="ongoing" value="yes"> Yes</label><label><input type="radio" name="ongoing" value="no"> No</label></fieldset>',
    '<div class="row"><span>Is it happening now?</span><button type="button" role="switch" aria-checked="false" id="happening-now">No</button></div>',
  ],
  [
    '<label for="diary-upload">Upload a noise diary (optional)</label><input type="file" id="diary-upload">\n<label for="phone">Phone number</label><input id="phone" type="tel">',
    '<p class="muted">You can record noise with our app once we open a case.</p>',
  ],
  [
    '<label><input type="checkbox" id="confidential"> Please keep my details confidential</label>',
    '<div class="row"><span>Don’t share my name with the person I’m complaining about</span><button type="button" role="switch" aria-checked="true" id="keep-private">On</button></div>',
  ],
  [
    '<button type="submit" id="continue">Continue</button>',
    '<button type="submit" id="next-details">Next: your details</button>',
  ],
]);

const noise: PagePair = {
  name: 'noise-nuisance-report',
  v1: noiseV1,
  v2: noiseV2,
  targets: [
    {
      selector: 'select#noise-type',
      expect: '#source-category',
      change: 'id changed, question became noun label',
    },
    {
      selector: 'input[name="when"][value="night"]',
      expect: '.time-chips button[data-time="night"]',
      change: 'checkbox became chip, night reworded',
    },
    {
      selector: '#source-address',
      expect: 'input[name="location_of_noise"]',
      change: 'id changed, label became question',
    },
    {
      selector: 'input[name="ongoing"][value="yes"]',
      expect: '#happening-now',
      change: 'yes/no radios became a single switch',
    },
    {
      selector: '#confidential',
      expect: '#keep-private',
      change: 'checkbox became switch, wording made specific',
    },
    { selector: '#continue', expect: '#next-details', change: 'reworded with next step name' },
    { selector: '#diary-upload', expect: null, change: 'upload removed in favour of app' },
    { selector: '#phone', expect: null, change: 'phone field removed from this step' },
  ],
};

// 21 — community orchestra sheet music library (hobby / community)
const orchestraV1 = page(
  'Music library — Fenmoor Community Orchestra',
  `
<header><strong>Fenmoor Community Orchestra</strong><nav><a href="/rehearsals">Rehearsals</a><a href="/library">Library</a><a href="/concerts">Concerts</a></nav></header>
<aside class="card"><h3>My loans</h3>
<ul id="my-loans">
<li>Elgar — Enigma Variations (Viola 2) <button>Return</button></li>
<li>Dvořák — Symphony 8 (Viola 2) <button>Return</button></li>
</ul>
<button id="renew-all">Renew all</button>
<p><a href="/members/me">My profile</a></p>
</aside>
<main>
<h1>Sheet music library</h1>
<div class="row"><input id="catalogue-search" placeholder="Search title or composer"><label for="instrumentation">Scoring</label><select id="instrumentation"><option>Any</option><option>Full orchestra</option><option>Strings only</option><option>Wind band</option></select><a id="request-purchase" href="/library/request">Request a purchase</a></div>
<table id="catalogue">
<thead><tr><th>Title</th><th>Composer</th><th>Parts</th><th>Shelf</th><th></th></tr></thead>
<tbody>
<tr data-work="holst-planets"><td>The Planets</td><td>Holst</td><td>Full set</td><td>C-14</td><td><button class="borrow">Borrow</button></td></tr>
<tr data-work="sibelius-finlandia"><td>Finlandia</td><td>Sibelius</td><td>Full set</td><td>D-02</td><td><button class="borrow">Borrow</button></td></tr>
<tr data-work="warlock-capriol"><td>Capriol Suite</td><td>Warlock</td><td>Strings</td><td>A-07</td><td><button class="borrow">Borrow</button></td></tr>
</tbody>
</table>
<section class="card" id="programme"><h2>Summer concert programme</h2><p>Finlandia · Capriol Suite · Enigma Variations</p><button class="add-to-programme">Add a work</button></section>
</main>
`,
);

const orchestraV2 = edit(orchestraV1, [
  [
    '<nav><a href="/rehearsals">Rehearsals</a><a href="/library">Library</a><a href="/concerts">Concerts</a></nav></header>',
    '<nav><a href="/rehearsals">Rehearsals</a><a href="/library">Music</a><a href="/concerts">Concerts</a></nav><a class="profile" href="/members/me">Helen W.</a></header>',
  ],
  [
    `<aside class="card"><h3>My loans</h3>
<ul id="my-loans">
<li>Elgar — Enigma Variations (Viola 2) <button>Return</button></li>
<li>Dvořák — Symphony 8 (Viola 2) <button>Return</button></li>
</ul>
<button id="renew-all">Renew all</button>
<p><a href="/members/me">My profile</a></p>
</aside>`,
    `<section class="card" id="loans-panel"><h3>Parts you have out (2)</h3>
<div class="row" data-loan="dvorak-8">Dvořák — Symphony 8, Viola 2 · due 30 Jun <button class="mark-returned">Mark returned</button></div>
<div class="row" data-loan="elgar-enigma">Elgar — Enigma Variations, Viola 2 · due 14 Jun <button class="mark-returned">Mark returned</button></div>
<button class="extend-all">Extend all loans</button>
</section>`,
  ],
  ['<h1>Sheet music library</h1>', '<h1>Music library</h1>'],
  [
    '<div class="row"><input id="catalogue-search" placeholder="Search title or composer"><label for="instrumentation">Scoring</label><select id="instrumentation"><option>Any</option><option>Full orchestra</option><option>Strings only</option><option>Wind band</option></select><a id="request-purchase" href="/library/request">Request a purchase</a></div>',
    '<div class="row"><input type="search" name="q" placeholder="Find a piece"><label for="ens">Ensemble</label><select id="ens" name="ensemble"><option>Any</option><option>Full orchestra</option><option>Strings only</option><option>Wind band</option></select></div>',
  ],
  [
    `<table id="catalogue">
<thead><tr><th>Title</th><th>Composer</th><th>Parts</th><th>Shelf</th><th></th></tr></thead>
<tbody>
<tr data-work="holst-planets"><td>The Planets</td><td>Holst</td><td>Full set</td><td>C-14</td><td><button class="borrow">Borrow</button></td></tr>
<tr data-work="sibelius-finlandia"><td>Finlandia</td><td>Sibelius</td><td>Full set</td><td>D-02</td><td><button class="borrow">Borrow</button></td></tr>
<tr data-work="warlock-capriol"><td>Capriol Suite</td><td>Warlock</td><td>Strings</td><td>A-07</td><td><button class="borrow">Borrow</button></td></tr>
</tbody>
</table>
<section class="card" id="programme"><h2>Summer concert programme</h2><p>Finlandia · Capriol Suite · Enigma Variations</p><button class="add-to-programme">Add a work</button></section>`,
    `<div class="grid3">
<div class="card" data-score="sibelius-finlandia"><h3>Finlandia</h3><p class="muted">Sibelius · full set · shelf D-02</p><span class="badge">Summer concert</span><button class="checkout">Check out parts</button></div>
<div class="card" data-score="holst-planets"><h3>The Planets</h3><p class="muted">Holst · full set · shelf C-14</p><button class="checkout">Check out parts</button></div>
<div class="card" data-score="warlock-capriol"><h3>Capriol Suite</h3><p class="muted">Warlock · strings · shelf A-07</p><span class="badge">Summer concert</span><button class="checkout">Check out parts</button></div>
</div>`,
  ],
]);

const orchestra: PagePair = {
  name: 'community-orchestra-sheet-library',
  v1: orchestraV1,
  v2: orchestraV2,
  targets: [
    {
      selector: 'tr[data-work="holst-planets"] .borrow',
      expect: '[data-score="holst-planets"] button.checkout',
      change: 'table became cards, reordered; Borrow reworded',
    },
    {
      selector: '#catalogue-search',
      expect: 'input[type="search"][name="q"]',
      change: 'id removed, placeholder reworded',
    },
    {
      selector: 'select#instrumentation',
      expect: 'select[name="ensemble"]',
      change: 'id changed, Scoring renamed Ensemble',
    },
    {
      selector: '#my-loans li:nth-of-type(1) button',
      expect: '#loans-panel [data-loan="elgar-enigma"] .mark-returned',
      change: 'sidebar loans moved into main panel, re-sorted, reworded',
    },
    {
      selector: 'aside a[href="/members/me"]',
      expect: 'header a.profile',
      change: 'profile link moved to header, shows member name',
    },
    {
      selector: '#renew-all',
      expect: '#loans-panel button.extend-all',
      change: 'renew reworded as extend, id dropped',
    },
    { selector: '#request-purchase', expect: null, change: 'purchase request link removed' },
    {
      selector: '#programme .add-to-programme',
      expect: null,
      change: 'programme section removed, badges on cards instead',
    },
  ],
};

// 22 — model rocketry launch log (hobby)
const rocketV1 = page(
  'Launch log — Ridgeway Rocketry Club',
  `
<header><strong>Ridgeway Rocketry Club</strong><nav><a href="/launches">Launch days</a><a href="/log">Flight log</a><a href="/fleet">My fleet</a><a href="/safety">Safety code</a></nav></header>
<main>
<h1>Log a flight</h1>
<form id="flight-form">
<label for="rocket">Rocket</label><select id="rocket"><option>Aurora II</option><option>Little Dipper</option><option>Kestrel 38</option></select>
<label for="motor">Motor</label><input id="motor" name="motor" placeholder="e.g. C6-5">
<label for="site">Launch site</label><select id="site"><option>Chalk Hill field</option><option>Whitehorse common</option></select>
<label for="wind">Wind (mph)</label><input id="wind" type="number">
<fieldset><legend>Recovery</legend><label><input type="radio" name="recovery" value="parachute"> Parachute</label><label><input type="radio" name="recovery" value="streamer"> Streamer</label><label><input type="radio" name="recovery" value="tumble"> Tumble</label></fieldset>
<div class="grid"><div><label for="alt-predicted">Predicted altitude (ft)</label><input id="alt-predicted" type="number"></div><div><label for="alt-actual">Altimeter reading (ft)</label><input id="alt-actual" type="number"></div></div>
<label><input type="checkbox" id="rso-ok"> Range safety officer approved</label>
<button type="submit" id="log-flight">Log flight</button>
</form>
<h2>Recent flights</h2>
<table id="flights">
<tr><td>#41</td><td>Aurora II · C6-5</td><td>612 ft</td><td><button class="duplicate">Duplicate</button></td></tr>
<tr><td>#40</td><td>Kestrel 38 · E12-6</td><td>1,140 ft</td><td><button class="duplicate">Duplicate</button></td></tr>
<tr><td>#39</td><td>Little Dipper · B6-4</td><td>290 ft</td><td><button class="duplicate">Duplicate</button></td></tr>
</table>
<a class="export-flights" href="/log/export">Export flights</a>
</main>
`,
);

const rocketV2 = edit(rocketV1, [
  ['<h1>Log a flight</h1>', '<h1>New flight</h1><p class="muted">Flight #42 · Chalk Hill, Sunday launch</p>'],
  [
    '<label for="rocket">Rocket</label><select id="rocket">',
    '<label for="airframe">Airframe</label><select id="airframe" name="airframe">',
  ],
  [
    '<label for="motor">Motor</label><input id="motor" name="motor" placeholder="e.g. C6-5">',
    '<label for="motor-designation">Motor designation</label><input id="motor-designation" placeholder="Class, thrust, delay — e.g. C6-5">',
  ],
  [
    '<fieldset><legend>Recovery</legend><label><input type="radio" name="recovery" value="parachute"> Parachute</label><label><input type="radio" name="recovery" value="streamer"> Streamer</label><label><input type="radio" name="recovery" value="tumble"> Tumble</label></fieldset>',
    '<label for="recovery-type">Recovery method</label><select id="recovery-type"><option>Parachute</option><option>Streamer</option><option>Tumble</option><option>Dual deploy</option></select>',
  ],
  [
    '<div class="grid"><div><label for="alt-predicted">Predicted altitude (ft)</label><input id="alt-predicted" type="number"></div><div><label for="alt-actual">Altimeter reading (ft)</label><input id="alt-actual" type="number"></div></div>',
    '<label for="apogee">Apogee (ft)</label><input id="apogee" type="number">',
  ],
  [
    '<label><input type="checkbox" id="rso-ok"> Range safety officer approved</label>',
    '<div class="row"><span>RSO sign-off</span><button type="button" role="switch" aria-checked="false" id="rso-switch">Pending</button></div>',
  ],
  [
    '<button type="submit" id="log-flight">Log flight</button>',
    '<button type="submit" id="save-flight">Save to logbook</button>',
  ],
  [
    `<h2>Recent flights</h2>
<table id="flights">
<tr><td>#41</td><td>Aurora II · C6-5</td><td>612 ft</td><td><button class="duplicate">Duplicate</button></td></tr>
<tr><td>#40</td><td>Kestrel 38 · E12-6</td><td>1,140 ft</td><td><button class="duplicate">Duplicate</button></td></tr>
<tr><td>#39</td><td>Little Dipper · B6-4</td><td>290 ft</td><td><button class="duplicate">Duplicate</button></td></tr>
</table>
<a class="export-flights" href="/log/export">Export flights</a>`,
    `<h2>Your logbook</h2>
<div class="grid3">
<div class="card" data-flight="41"><strong>#41 Aurora II</strong><p>C6-5 · 612 ft · parachute</p><button class="copy">Copy to new</button></div>
<div class="card" data-flight="40"><strong>#40 Kestrel 38</strong><p>E12-6 · 1,140 ft · dual deploy</p><button class="copy">Copy to new</button></div>
<div class="card" data-flight="39"><strong>#39 Little Dipper</strong><p>B6-4 · 290 ft · streamer</p><button class="copy">Copy to new</button></div>
</div>`,
  ],
]);

const rocket: PagePair = {
  name: 'model-rocketry-launch-log',
  v1: rocketV1,
  v2: rocketV2,
  targets: [
    { selector: '#rocket', expect: 'select[name="airframe"]', change: 'rocket renamed airframe' },
    {
      selector: 'input[name="motor"]',
      expect: '#motor-designation',
      change: 'name dropped, label and hint lengthened',
    },
    {
      selector: 'input[name="recovery"][value="streamer"]',
      expect: '#recovery-type',
      change: 'radio group became select',
    },
    { selector: '#rso-ok', expect: '#rso-switch', change: 'checkbox became switch, abbreviated' },
    {
      selector: '#flights tr:nth-of-type(1) .duplicate',
      expect: '[data-flight="41"] button.copy',
      change: 'table became logbook cards; Duplicate reworded',
    },
    { selector: '#log-flight', expect: '#save-flight', change: 'reworded' },
    { selector: '#alt-predicted', expect: null, change: 'predicted altitude removed; single apogee field' },
    { selector: 'a.export-flights', expect: null, change: 'export link removed' },
  ],
};

// 23 — mass spectrometer sample queue (scientific instrument)
const msV1 = page(
  'Orbi-02 — Sample queue',
  `
<header><strong>SpecControl</strong><span>LC-MS/MS Orbi-02 · Idle · Vacuum OK · Spray stable</span><a href="/instrument/tune">Tune / calibrate</a></header>
<main>
<h1>Sample queue</h1>
<div class="row"><button id="start-queue">Start queue</button><button id="pause-queue">Pause</button><button id="stop-after">Stop after current</button></div>
<table id="queue">
<thead><tr><th>Pos</th><th>Sample</th><th>Method</th><th>Inj. (µL)</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td>1</td><td>QC-BLANK-01</td><td>Blank_15min</td><td>5</td><td>Waiting</td><td><button class="move-up">Move up</button> <button class="remove">Remove</button></td></tr>
<tr><td>2</td><td>PLASMA-2231</td><td>Lipidomics_45min</td><td>2</td><td>Waiting</td><td><button class="move-up">Move up</button> <button class="remove">Remove</button></td></tr>
<tr><td>3</td><td>PLASMA-2232</td><td>Lipidomics_45min</td><td>2</td><td>Waiting</td><td><button class="move-up">Move up</button> <button class="remove">Remove</button></td></tr>
</tbody>
</table>
<section class="card"><h2>Add a sample</h2>
<form id="add-sample">
<label for="sid">Sample ID</label><input id="sid" name="sample_id">
<label for="tray-pos">Tray position</label><select id="tray-pos"><option>A1</option><option>A2</option><option>B1</option></select>
<label for="method">Method</label><select id="method"><option>Lipidomics_45min</option><option>Blank_15min</option><option>Proteomics_90min</option></select>
<label for="inj-vol">Injection volume (µL)</label><input id="inj-vol" type="number" value="2">
<button type="submit" id="add-to-queue">Add to queue</button>
</form></section>
</main>
`,
);

const msV2 = edit(msV1, [
  [
    '<header><strong>SpecControl</strong><span>LC-MS/MS Orbi-02 · Idle · Vacuum OK · Spray stable</span><a href="/instrument/tune">Tune / calibrate</a></header>',
    '<header><strong>SpecControl</strong><span>Orbi-02 · Ready</span><div class="row instrument-toolbar"><button id="run-sequence">▶ Run sequence</button><button data-cmd="pause">❚❚ Pause</button><button id="abort">■ Abort now</button></div><div class="menu"><a href="/instrument/calibration">Calibration</a><a href="/instrument/logs">Logs</a></div></header>',
  ],
  ['<h1>Sample queue</h1>', '<h1>Sequence</h1>'],
  [
    '<div class="row"><button id="start-queue">Start queue</button><button id="pause-queue">Pause</button><button id="stop-after">Stop after current</button></div>',
    '',
  ],
  [
    `<table id="queue">
<thead><tr><th>Pos</th><th>Sample</th><th>Method</th><th>Inj. (µL)</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr><td>1</td><td>QC-BLANK-01</td><td>Blank_15min</td><td>5</td><td>Waiting</td><td><button class="move-up">Move up</button> <button class="remove">Remove</button></td></tr>
<tr><td>2</td><td>PLASMA-2231</td><td>Lipidomics_45min</td><td>2</td><td>Waiting</td><td><button class="move-up">Move up</button> <button class="remove">Remove</button></td></tr>
<tr><td>3</td><td>PLASMA-2232</td><td>Lipidomics_45min</td><td>2</td><td>Waiting</td><td><button class="move-up">Move up</button> <button class="remove">Remove</button></td></tr>
</tbody>
</table>`,
    `<ol class="sequence">
<li draggable="true" class="row"><span>⠿</span> QC-BLANK-01 · Blank_15min · 5 µL · vial A1 <button class="delete">Delete</button></li>
<li draggable="true" class="row"><span>⠿</span> PLASMA-2231 · Lipidomics_45min · 2 µL · vial A2 <button class="delete">Delete</button></li>
<li draggable="true" class="row"><span>⠿</span> PLASMA-2232 · Lipidomics_45min · 2 µL · vial B1 <button class="delete">Delete</button></li>
</ol>`,
  ],
  ['<section class="card"><h2>Add a sample</h2>', '<aside class="card"><h2>New injection</h2>'],
  [
    '<label for="sid">Sample ID</label><input id="sid" name="sample_id">',
    '<label for="new-sample-id">Sample name</label><input id="new-sample-id">',
  ],
  [
    '<label for="tray-pos">Tray position</label><select id="tray-pos">',
    '<label for="vial">Vial</label><select id="vial" name="vial_position">',
  ],
  [
    '<label for="inj-vol">Injection volume (µL)</label><input id="inj-vol" type="number" value="2">',
    '<label for="inj">Inj. vol (µL)</label><input id="inj" name="injection_ul" type="number" value="2">',
  ],
  [
    '<button type="submit" id="add-to-queue">Add to queue</button>\n</form></section>',
    '<button type="submit" id="add-to-queue">Add to sequence</button>\n</form></aside>',
  ],
]);

const massSpec: PagePair = {
  name: 'mass-spec-sample-queue',
  v1: msV1,
  v2: msV2,
  targets: [
    { selector: '#start-queue', expect: '#run-sequence', change: 'moved to header toolbar, reworded' },
    {
      selector: '#pause-queue',
      expect: '.instrument-toolbar button[data-cmd="pause"]',
      change: 'id dropped, icon added, moved to header',
    },
    {
      selector: 'input[name="sample_id"]',
      expect: '#new-sample-id',
      change: 'name dropped, relabelled sample name, moved to side card',
    },
    {
      selector: 'select#tray-pos',
      expect: 'select[name="vial_position"]',
      change: 'tray position renamed vial',
    },
    {
      selector: '#inj-vol',
      expect: 'input[name="injection_ul"]',
      change: 'id changed, label abbreviated',
    },
    {
      selector: 'a[href="/instrument/tune"]',
      expect: 'header .menu a[href="/instrument/calibration"]',
      change: 'moved into header menu, renamed calibration',
    },
    { selector: '#stop-after', expect: null, change: 'stop-after-current replaced by abort' },
    {
      selector: '#queue tr:nth-of-type(2) .move-up',
      expect: null,
      change: 'move buttons replaced by drag handles',
    },
  ],
};

// 24 — PCR thermocycler run setup (scientific instrument)
const pcrV1 = page(
  'New PCR run — Cycler 3',
  `
<header><strong>ThermoLab</strong><span>Cycler 3 · Block 25.0 °C · Lid open</span></header>
<main>
<h1>New run</h1>
<div class="row"><label for="template">Load template</label><select id="template"><option>—</option><option>Standard Taq 35×</option><option>Colony PCR</option><option>Touchdown 65→55</option></select></div>
<h2>Thermal profile</h2>
<table id="profile">
<tr><th>Step</th><th>Temp (°C)</th><th>Time</th></tr>
<tr id="step-denature"><td>Denature</td><td><input class="temp" value="95"></td><td><input class="time" value="0:30"></td></tr>
<tr id="step-anneal"><td>Anneal</td><td><input class="temp" value="58"></td><td><input class="time" value="0:30"></td></tr>
<tr id="step-extend"><td>Extend</td><td><input class="temp" value="72"></td><td><input class="time" value="1:00"></td></tr>
</table>
<div class="grid3">
<div><label for="cycles">Cycles</label><input id="cycles" type="number" value="35"></div>
<div><label for="lid-temp">Lid temperature (°C)</label><input id="lid-temp" value="105"></div>
<div><label for="rxn-volume">Reaction volume (µL)</label><input id="rxn-volume" value="25"></div>
</div>
<h2>Plate</h2>
<div id="plate" class="row">
<button data-well="A1">A1</button><button data-well="A2">A2</button><button data-well="A3">A3</button><button data-well="B1">B1</button><button data-well="B2">B2</button><button data-well="B3">B3</button>
</div>
<div class="row"><button id="save-program">Save program</button><button id="start-run">Start run</button></div>
</main>
`,
);

const pcrV2 = edit(pcrV1, [
  [
    '<header><strong>ThermoLab</strong><span>Cycler 3 · Block 25.0 °C · Lid open</span></header>',
    '<header><strong>ThermoLab</strong><span>Cycler 3 · 25.0 °C</span><button id="run-now">Run now</button></header>',
  ],
  ['<h1>New run</h1>', '<h1>Run setup</h1>'],
  [
    '<div class="row"><label for="template">Load template</label><select id="template"><option>—</option><option>Standard Taq 35×</option><option>Colony PCR</option><option>Touchdown 65→55</option></select></div>',
    '<div class="row"><label for="recent-runs">Start from a recent run</label><select id="recent-runs"><option>—</option><option>12 Apr · GAPDH check</option><option>10 Apr · colony screen</option></select></div>',
  ],
  [
    `<table id="profile">
<tr><th>Step</th><th>Temp (°C)</th><th>Time</th></tr>
<tr id="step-denature"><td>Denature</td><td><input class="temp" value="95"></td><td><input class="time" value="0:30"></td></tr>
<tr id="step-anneal"><td>Anneal</td><td><input class="temp" value="58"></td><td><input class="time" value="0:30"></td></tr>
<tr id="step-extend"><td>Extend</td><td><input class="temp" value="72"></td><td><input class="time" value="1:00"></td></tr>
</table>`,
    `<div class="grid3 steps">
<div class="card" data-step="denaturation"><h3>Denaturation</h3><label>°C <input name="temperature" value="95"></label><label>mm:ss <input name="duration" value="0:30"></label></div>
<div class="card" data-step="annealing"><h3>Annealing</h3><label>°C <input name="temperature" value="58"></label><label>mm:ss <input name="duration" value="0:30"></label><button class="gradient">Gradient…</button></div>
<div class="card" data-step="extension"><h3>Extension</h3><label>°C <input name="temperature" value="72"></label><label>mm:ss <input name="duration" value="1:00"></label></div>
</div>`,
  ],
  [
    '<div><label for="cycles">Cycles</label><input id="cycles" type="number" value="35"></div>',
    '<div class="row"><span>Repeat steps</span><button class="dec">−</button><input name="cycle_count" type="number" value="35" aria-label="Number of cycles"><button class="inc">+</button></div>',
  ],
  [
    '<div><label for="lid-temp">Lid temperature (°C)</label><input id="lid-temp" value="105"></div>\n<div><label for="rxn-volume">Reaction volume (µL)</label><input id="rxn-volume" value="25"></div>',
    '<div><label for="heated-lid-temp">Heated lid (°C)</label><input id="heated-lid-temp" value="105"></div>\n<div><label for="final-hold">Final hold (°C)</label><input id="final-hold" value="4"></div>',
  ],
  [
    '<h2>Plate</h2>\n<div id="plate" class="row">\n<button data-well="A1">A1</button><button data-well="A2">A2</button><button data-well="A3">A3</button><button data-well="B1">B1</button><button data-well="B2">B2</button><button data-well="B3">B3</button>\n</div>',
    '<h2>Plate layout</h2>\n<div class="grid3 plate-map">\n<button data-well-id="A1">A1 · NTC</button><button data-well-id="A2">A2</button><button data-well-id="A3">A3</button><button data-well-id="B1">B1</button><button data-well-id="B2">B2</button><button data-well-id="B3">B3 · +ve</button>\n</div>',
  ],
  [
    '<div class="row"><button id="save-program">Save program</button><button id="start-run">Start run</button></div>',
    '<div class="row"><button id="save-program">Save as protocol</button></div>',
  ],
]);

const pcr: PagePair = {
  name: 'pcr-thermocycler-run-setup',
  v1: pcrV1,
  v2: pcrV2,
  targets: [
    {
      selector: '#step-anneal input.temp',
      expect: '[data-step="annealing"] input[name="temperature"]',
      change: 'profile table became step cards, step names lengthened',
    },
    {
      selector: '#step-extend input.time',
      expect: '[data-step="extension"] input[name="duration"]',
      change: 'profile table became step cards',
    },
    {
      selector: '#cycles',
      expect: 'input[name="cycle_count"]',
      change: 'became stepper input, relabelled repeat steps',
    },
    { selector: '#lid-temp', expect: '#heated-lid-temp', change: 'id changed, label reworded' },
    {
      selector: '#plate button[data-well="B2"]',
      expect: '.plate-map [data-well-id="B2"]',
      change: 'plate container and attribute renamed, grid layout',
    },
    { selector: '#start-run', expect: 'header #run-now', change: 'moved to header, reworded' },
    { selector: '#rxn-volume', expect: null, change: 'reaction volume removed; final hold in its place' },
    { selector: 'select#template', expect: null, change: 'templates replaced by recent runs picker' },
  ],
};

export const BLIND12_PAIRS: readonly PagePair[] = [
  medRound,
  physio,
  handover,
  cover,
  thesis,
  rewards,
  milking,
  irrigation,
  spray,
  bakery,
  reefer,
  tree,
  dock,
  ap,
  close,
  fx,
  callSheet,
  dub,
  planning,
  noise,
  orchestra,
  rocket,
  massSpec,
  pcr,
];
