import { edit, type PagePair, page } from './page.js';

/* 1. Newsroom wire feed triage (full rewrite) */
const wireV1 = page(
  'Incoming wires — Wiredesk',
  `<header><a href="/desk" class="brand">Wiredesk</a><nav class="topnav"><a href="/wires" class="active">Wires</a><a href="/budget">Budget</a><a href="/alerts">Alerts</a><a href="/settings">Settings</a></nav><span class="user">Night editor: R. Okafor</span></header>
<main>
<h1>Incoming wires</h1>
<div class="row filters">
<select id="agency-filter"><option>All agencies</option><option>AP</option><option>Reuters</option><option>AFP</option><option>PA Media</option></select>
<select id="priority-filter"><option>Any priority</option><option>Flash</option><option>Urgent</option><option>Routine</option></select>
<input id="wire-search" type="search" placeholder="Search slugs and keywords">
<label><input type="checkbox" id="hide-handled" checked> Hide handled</label>
<button id="refresh-wires">Refresh</button>
</div>
<table id="wire-table">
<thead><tr><th><input type="checkbox" id="select-all-wires"></th><th>Time</th><th>Agency</th><th>Priority</th><th>Slug</th><th>Words</th><th>Actions</th></tr></thead>
<tbody>
<tr data-wire="ap-88121"><td><input type="checkbox" class="pick"></td><td>23:41</td><td>AP</td><td><span class="badge flash">Flash</span></td><td><a href="/wires/ap-88121">QUAKE-JAPAN</a></td><td>212</td><td><button class="btn-claim">Claim</button> <button class="btn-spike">Spike</button></td></tr>
<tr data-wire="rtr-55120"><td><input type="checkbox" class="pick"></td><td>23:38</td><td>Reuters</td><td><span class="badge">Urgent</span></td><td><a href="/wires/rtr-55120">OIL-PRICES/</a></td><td>540</td><td><button class="btn-claim">Claim</button> <button class="btn-spike">Spike</button></td></tr>
<tr data-wire="afp-20931"><td><input type="checkbox" class="pick"></td><td>23:30</td><td>AFP</td><td><span class="badge">Routine</span></td><td><a href="/wires/afp-20931">FBL-ENG-PR</a></td><td>388</td><td><button class="btn-claim">Claim</button> <button class="btn-spike">Spike</button></td></tr>
<tr data-wire="pa-77310"><td><input type="checkbox" class="pick"></td><td>23:22</td><td>PA Media</td><td><span class="badge">Routine</span></td><td><a href="/wires/pa-77310">POLITICS Budget</a></td><td>610</td><td><button class="btn-claim">Claim</button> <button class="btn-spike">Spike</button></td></tr>
</tbody>
</table>
<div class="row bulk"><button id="bulk-claim">Claim selected</button><button id="bulk-spike">Spike selected</button><button id="bulk-forward">Forward to desk…</button></div>
<aside class="card" id="desk-routing"><h3>Route to desk</h3><label>Desk <select id="route-desk"><option>Foreign</option><option>Business</option><option>Sport</option><option>Politics</option></select></label><label><input type="checkbox" id="route-notify"> Notify desk head</label><button id="route-submit">Route</button></aside>
<section class="card preview" id="wire-preview"><h2>Preview: QUAKE-JAPAN</h2><p class="dateline">TOKYO (AP) —</p><p>A magnitude 6.8 earthquake struck off the coast of northern Japan late on Tuesday, the meteorological agency said.</p><div class="row"><button id="send-to-cms">Send to CMS</button><button id="copy-wire-text">Copy text</button><a href="/wires/ap-88121/history" id="wire-history">Version history</a></div></section>
</main>
<footer>Feeds polled every 30 s · <a href="/status">Feed status</a></footer>`,
);
const wireV2 = page(
  'Wire inbox — Wiredesk',
  `<div class="shell"><nav class="side"><a href="/" class="logo">Wiredesk</a><a href="/wires" aria-current="page">Incoming</a><a href="/budget">Story budget</a><a href="/alerts">Alerts</a><a href="/settings">Settings</a></nav>
<main>
<header class="row"><h1>Wire inbox</h1><span class="badge">4 new</span><span class="muted">R. Okafor · night desk</span></header>
<form class="row" id="wire-filters" role="search">
<input id="q-wires" type="search" name="q" placeholder="Slug, keyword or dateline">
<select name="source"><option>All sources</option><option>AP</option><option>Reuters</option><option>AFP</option><option>PA Media</option></select>
<select name="urgency"><option>All urgencies</option><option>Flash</option><option>Urgent</option><option>Routine</option></select>
<label><input type="checkbox" id="show-embargoed"> Show embargoed</label>
<button type="submit">Apply</button>
</form>
<div class="grid">
<section class="wire-list">
<label class="row"><input type="checkbox" id="check-all"> Select all</label>
<article class="card wire-item" data-id="ap-88121"><input type="checkbox" name="sel"><h3><a href="/wires/ap-88121">QUAKE-JAPAN</a></h3><p class="muted">AP · 23:41 · 212 words · <span class="badge">Flash</span></p><div class="row"><button class="take">Take</button><button class="kill">Kill</button></div></article>
<article class="card wire-item" data-id="rtr-55120"><input type="checkbox" name="sel"><h3><a href="/wires/rtr-55120">OIL-PRICES/</a></h3><p class="muted">Reuters · 23:38 · 540 words · <span class="badge">Urgent</span></p><div class="row"><button class="take">Take</button><button class="kill">Kill</button></div></article>
<article class="card wire-item" data-id="afp-20931"><input type="checkbox" name="sel"><h3><a href="/wires/afp-20931">FBL-ENG-PR</a></h3><p class="muted">AFP · 23:30 · 388 words</p><div class="row"><button class="take">Take</button><button class="kill">Kill</button></div></article>
<article class="card wire-item" data-id="pa-77310"><input type="checkbox" name="sel"><h3><a href="/wires/pa-77310">POLITICS Budget</a></h3><p class="muted">PA Media · 23:22 · 610 words</p><div class="row"><button class="take">Take</button><button class="kill">Kill</button></div></article>
<div class="row"><button id="take-selected">Take selected</button><button id="kill-selected">Kill selected</button></div>
</section>
<section class="card reader">
<h2>QUAKE-JAPAN</h2><p class="dateline">TOKYO (AP) —</p><p>A magnitude 6.8 earthquake struck off the coast of northern Japan late on Tuesday, the meteorological agency said.</p>
<div class="row preview-actions"><button class="primary">Push to CMS</button><button class="secondary">Copy</button><a href="/wires/ap-88121/history">History</a></div>
<h3>Routing</h3>
<label>Desk <select id="desk"><option>Foreign</option><option>Business</option><option>Sport</option><option>Politics</option></select></label>
<label><input type="checkbox" id="notify-head"> Alert desk head</label>
<button id="route">Send to desk</button>
</section>
</div>
<footer>Polling every 30 s · <a href="/status">Feed health</a></footer>
</main></div>`,
);

/* 2. Corrections log (edit) */
const corrV1 = page(
  'Log a correction — Standards desk',
  `<header><span class="brand">Standards desk</span><nav><a href="/corrections" class="current">Corrections</a><a href="/complaints">Complaints</a><a href="/style">Style guide</a><a href="/ipso">Regulator log</a></nav></header>
<main>
<h1>Log a correction</h1>
<form id="correction-form">
<label for="article-url">Article URL</label><input id="article-url" name="article_url" type="url">
<label for="corr-type">Type</label><select id="corr-type" name="type"><option>Correction</option><option>Clarification</option><option>Editor's note</option></select>
<label for="error-desc">What was wrong</label><textarea id="error-desc" name="error"></textarea>
<label for="corr-text">Published wording</label><textarea id="corr-text" name="wording"></textarea>
<fieldset id="placement"><legend>Placement</legend>
<label><input type="radio" name="placement" value="foot" checked> Foot of article</label>
<label><input type="radio" name="placement" value="top"> Top of article</label>
<label><input type="radio" name="placement" value="print"> Print corrections column</label>
</fieldset>
<label><input type="checkbox" id="notify-author" name="notify_author" checked> Email the author</label>
<label><input type="checkbox" id="legal-review" name="legal"> Needs legal review</label>
<label for="reported-by">Reported by</label><input id="reported-by" name="reporter">
<div class="row"><button type="submit" id="save-correction">Save correction</button><button type="button" id="preview-correction">Preview</button><a href="/corrections" class="cancel">Cancel</a></div>
</form>
<h2>Recent corrections</h2>
<table class="corr-log"><thead><tr><th>Date</th><th>Article</th><th>Type</th><th>Editor</th><th></th></tr></thead><tbody>
<tr><td>12 Mar</td><td><a href="/a/41">Council tax rise for Band D homes</a></td><td>Correction</td><td>J. Patel</td><td><a href="/corrections/901/edit" class="edit-link">Edit</a></td></tr>
<tr><td>11 Mar</td><td><a href="/a/38">Striker signs three-year deal</a></td><td>Clarification</td><td>M. Reyes</td><td><a href="/corrections/899/edit" class="edit-link">Edit</a></td></tr>
<tr><td>9 Mar</td><td><a href="/a/29">Obituary: Margaret Hale</a></td><td>Correction</td><td>J. Patel</td><td><a href="/corrections/896/edit" class="edit-link">Edit</a></td></tr>
<tr><td>8 Mar</td><td><a href="/a/22">Hospital waiting lists</a></td><td>Editor's note</td><td>S. Kaur</td><td><a href="/corrections/894/edit" class="edit-link">Edit</a></td></tr>
</tbody></table>
<p class="muted">Corrections are appended to the live article within 5 minutes.</p>
</main>
<footer>Readers' editor · <a href="/policy">Corrections policy</a></footer>`,
);
const corrV2 = edit(corrV1, [
  [
    '<label for="article-url">Article URL</label><input id="article-url" name="article_url" type="url">',
    '<label for="reported-by">Reported by</label><input id="reported-by" name="reporter">\n<label for="story-url">Story link</label><input id="story-url" name="article_url" type="url">',
  ],
  ['<label for="reported-by">Reported by</label><input id="reported-by" name="reporter">\n<div', '<div'],
  [
    '<label for="corr-type">Type</label><select id="corr-type"',
    '<label for="correction-kind">Kind</label><select id="correction-kind"',
  ],
  [
    '<label><input type="radio" name="placement" value="print"> Print corrections column</label>',
    '<label><input type="radio" name="placement" value="sidebar"> Related corrections box</label>',
  ],
  ['<label><input type="checkbox" id="legal-review" name="legal"> Needs legal review</label>\n', ''],
  [
    '<button type="submit" id="save-correction">Save correction</button>',
    '<button type="submit" id="publish-correction">Publish correction</button>',
  ],
  [
    '<button type="button" id="preview-correction">Preview</button>',
    '<button type="button" class="btn-secondary" data-action="preview">Preview on article</button>',
  ],
  ['<table class="corr-log">', '<table class="log-table recent">'],
  ['<h2>Recent corrections</h2>', '<h2>Latest corrections</h2>'],
]);

/* 3. Podcast dynamic ad insertion campaign (full rewrite) */
const adsV1 = page(
  'New campaign — Castline Ads',
  `<header><a href="/" class="brand">Castline</a><nav><a href="/shows">Shows</a><a href="/episodes">Episodes</a><a href="/ads" class="active">Ad campaigns</a><a href="/analytics">Analytics</a></nav></header>
<main>
<h1>New ad campaign</h1>
<div class="grid">
<form id="campaign-form">
<label for="campaign-name">Campaign name</label><input id="campaign-name" name="name">
<label for="advertiser">Advertiser</label><select id="advertiser" name="advertiser"><option>Brightwave Mattresses</option><option>Lumen VPN</option><option>Northfield Coffee</option></select>
<div class="row"><label for="start-date">Start</label><input id="start-date" type="date"><label for="end-date">End</label><input id="end-date" type="date"></div>
<label for="impression-goal">Impression goal</label><input id="impression-goal" type="number" min="1000">
<fieldset><legend>Placements</legend>
<label><input type="checkbox" id="slot-preroll" checked> Pre-roll</label>
<label><input type="checkbox" id="slot-midroll" checked> Mid-roll</label>
<label><input type="checkbox" id="slot-postroll"> Post-roll</label>
</fieldset>
<label for="freq-cap">Frequency cap</label><select id="freq-cap"><option>No cap</option><option>1 per listener per day</option><option>3 per listener per week</option></select>
<label for="geo">Countries</label><select id="geo" multiple><option>United Kingdom</option><option>Ireland</option><option>United States</option><option>Canada</option></select>
<h3>Shows</h3>
<ul class="show-list">
<li><label><input type="checkbox" value="true-crime-tuesday"> True Crime Tuesday</label></li>
<li><label><input type="checkbox" value="the-pitch"> The Pitch</label></li>
<li><label><input type="checkbox" value="night-shift"> Night Shift</label></li>
<li><label><input type="checkbox" value="garden-hour"> The Garden Hour</label></li>
</ul>
<h3>Creative</h3>
<p class="muted">MP3 or WAV, 15–60 seconds.</p>
<button type="button" id="upload-creative">Upload audio</button>
<div class="row"><button type="submit" id="launch-campaign">Launch campaign</button><button type="button" id="save-draft">Save draft</button><a href="/ads" class="cancel">Cancel</a></div>
</form>
<aside class="card summary"><h3>Forecast</h3><p>Available impressions: <strong>412,000</strong></p><p>Est. CPM: <strong>£18.50</strong></p><p class="muted">Based on the last 30 days of downloads.</p><a href="/help/dai">How dynamic insertion works</a></aside>
</div>
</main>
<footer>Castline · <a href="/terms">Advertising terms</a></footer>`,
);
const adsV2 = page(
  'Create campaign — Castline',
  `<nav class="row"><a href="/" class="logo">Castline</a><a href="/shows">Shows</a><a href="/episodes">Episodes</a><a href="/ads" aria-current="page">Monetise</a><a href="/analytics">Stats</a><span class="muted">Changes saved automatically</span></nav>
<main>
<h1>Create campaign</h1>
<ol class="row steps"><li>Details</li><li>Targeting</li><li>Creative</li></ol>
<section class="card" id="details">
<h2>1. Details</h2>
<label>Title <input name="campaignTitle" type="text"></label>
<label>Brand <select name="brand"><option>Brightwave Mattresses</option><option>Lumen VPN</option><option>Northfield Coffee</option></select></label>
<div class="row"><label>Runs from <input name="from" type="date"></label><label>until <input name="to" type="date"></label></div>
<label>Booked impressions <input id="goal-impressions" type="number" min="1000"></label>
<label>Delivery pacing <select id="pacing"><option>Even</option><option>As fast as possible</option><option>Front-loaded</option></select></label>
</section>
<section class="card" id="targeting">
<h2>2. Targeting</h2>
<div class="row"><label><input type="checkbox" id="placement-pre" checked> Pre</label><label><input type="checkbox" id="placement-mid" checked> Mid</label><label><input type="checkbox" id="placement-post"> Post</label></div>
<label>Markets <select name="markets" multiple><option>United Kingdom</option><option>Ireland</option><option>United States</option><option>Canada</option></select></label>
<table class="shows"><thead><tr><th></th><th>Show</th><th>Avg. downloads</th></tr></thead><tbody>
<tr data-show="true-crime-tuesday"><td><input type="checkbox"></td><td>True Crime Tuesday</td><td>48,200</td></tr>
<tr data-show="the-pitch"><td><input type="checkbox"></td><td>The Pitch</td><td>12,900</td></tr>
<tr data-show="night-shift"><td><input type="checkbox"></td><td>Night Shift</td><td>31,050</td></tr>
<tr data-show="garden-hour"><td><input type="checkbox"></td><td>The Garden Hour</td><td>8,400</td></tr>
</tbody></table>
</section>
<section class="card" id="creative">
<h2>3. Creative</h2>
<div class="creative-drop"><p>Drop an MP3 or WAV here (15–60 s)</p><button type="button">Choose file</button></div>
</section>
<div class="row"><button id="schedule-campaign" class="primary">Schedule</button><a href="/ads">Discard</a></div>
<p class="muted">Forecast: 412,000 impressions available · est. CPM £18.50 · <a href="/help/dai">About dynamic insertion</a></p>
</main>`,
);

/* 4. Podcast show feed settings (edit) */
const feedV1 = page(
  'Show settings — Castline',
  `<header><a href="/" class="brand">Castline</a><nav><a href="/shows" class="active">Shows</a><a href="/episodes">Episodes</a><a href="/analytics">Analytics</a></nav><a href="/account" class="user">Account</a></header>
<main>
<h1>The Garden Hour — settings</h1>
<div class="tabs"><a href="#general" class="on">General</a><a href="#feed">RSS feed</a><a href="#distribution">Distribution</a><a href="#monetisation">Monetisation</a></div>
<form id="show-settings">
<label for="show-title">Show title</label><input id="show-title" name="title" value="The Garden Hour">
<label for="show-author">Author</label><input id="show-author" name="author" value="Hollis Media">
<label for="show-summary">Summary</label><textarea id="show-summary" name="summary"></textarea>
<label for="category">Category</label><select id="category" name="category"><option>Leisure › Home &amp; Garden</option><option>Education</option><option>Science › Nature</option></select>
<fieldset><legend>Explicit content</legend>
<label><input type="radio" name="explicit" value="no" checked> No</label>
<label><input type="radio" name="explicit" value="yes"> Yes</label>
</fieldset>
<h2>Feed</h2>
<div class="row"><input id="feed-url" readonly value="https://feeds.castline.fm/garden-hour"><button type="button" id="copy-feed-url">Copy</button></div>
<label for="episode-limit">Episodes in feed</label><select id="episode-limit"><option>All</option><option>Latest 100</option><option>Latest 300</option></select>
<label><input type="checkbox" id="itunes-block"> Hide this show from Apple Podcasts</label>
<label><input type="checkbox" id="private-feed"> Private feed (listeners need a token)</label>
<h2>Redirect</h2>
<p class="muted">Moving to another host? Redirect your feed so listeners follow.</p>
<label for="redirect-url">New feed URL</label><input id="redirect-url" type="url">
<div class="row"><button type="submit" id="save-feed-settings">Save changes</button><button type="reset" id="discard-changes">Discard</button></div>
</form>
<section class="card"><h3>Artwork</h3><p class="muted">3000×3000 px JPG or PNG.</p><button type="button" id="replace-artwork">Replace artwork</button></section>
</main>
<footer><a href="/help/rss">RSS help</a> · <a href="/status">Status</a></footer>`,
);
const feedV2 = edit(feedV1, [
  ['<a href="#feed">RSS feed</a>', '<a href="#feed">Feed</a><a href="#analytics">Analytics</a>'],
  [
    '<label for="show-title">Show title</label><input id="show-title"',
    '<label for="podcast-title">Podcast name</label><input id="podcast-title"',
  ],
  ['<legend>Explicit content</legend>', '<legend>Content rating</legend>'],
  [
    '<input type="radio" name="explicit" value="no" checked> No',
    '<input type="radio" name="content_rating" value="clean" checked> Clean',
  ],
  [
    '<input type="radio" name="explicit" value="yes"> Yes',
    '<input type="radio" name="content_rating" value="explicit"> Explicit',
  ],
  [
    '<button type="button" id="copy-feed-url">Copy</button>',
    '<button type="button" id="feed-url-copy">Copy link</button>',
  ],
  [
    '<label for="episode-limit">Episodes in feed</label><select id="episode-limit">',
    '<label for="feed-episode-limit">Episodes in feed</label><select id="feed-episode-limit">',
  ],
  [
    '<label><input type="checkbox" id="itunes-block"> Hide this show from Apple Podcasts</label>',
    '<label><input type="checkbox" id="show-complete"> Show is complete (no new episodes)</label>',
  ],
  [
    '<h2>Redirect</h2>\n<p class="muted">Moving to another host? Redirect your feed so listeners follow.</p>\n<label for="redirect-url">New feed URL</label><input id="redirect-url" type="url">\n',
    '<p class="muted">Moving to another host? <a href="/support/redirect">Contact support</a> to redirect your feed.</p>\n',
  ],
  [
    '<button type="submit" id="save-feed-settings">Save changes</button>',
    '<button type="submit" class="save-settings">Save</button>',
  ],
]);

/* 5. Photo agency assignment desk (full rewrite) */
const assignV1 = page(
  'Assignments — Northlight Pictures',
  `<header><span class="brand">Northlight Pictures</span><nav><a href="/assignments" class="active">Assignments</a><a href="/photographers">Photographers</a><a href="/archive">Archive</a><a href="/invoices">Invoices</a></nav></header>
<main>
<h1>Assignment desk</h1>
<div class="row"><select id="date-filter"><option>Today</option><option>Tomorrow</option><option>This week</option></select><button id="new-job">New job</button></div>
<table id="job-table"><thead><tr><th>Ref</th><th>Job</th><th>Client</th><th>Call time</th><th>Status</th></tr></thead><tbody>
<tr><td>J-2204</td><td><a class="job-title" href="/jobs/J-2204">Cup final arrivals</a></td><td>Daily Courier</td><td>13:00</td><td><span class="badge">Covered</span></td></tr>
<tr><td>J-2207</td><td><a class="job-title" href="/jobs/J-2207">Museum reopening portraits</a></td><td>Arts Weekly</td><td>10:30</td><td><span class="badge">Open</span></td></tr>
<tr><td>J-2210</td><td><a class="job-title" href="/jobs/J-2210">Flood defences aerials</a></td><td>Regional Post</td><td>08:00</td><td><span class="badge">Open</span></td></tr>
</tbody></table>
<section class="card" id="job-detail">
<h2>J-2207 · Museum reopening portraits</h2>
<p class="muted">Location: City Museum, Great Hall. Contact: press office 0161 555 0142.</p>
<form id="assign-form">
<fieldset><legend>Photographer</legend>
<label><input type="radio" name="photographer" value="a-kowal"> A. Kowal (2 jobs today)</label>
<label><input type="radio" name="photographer" value="m-santos"> M. Santos (free)</label>
<label><input type="radio" name="photographer" value="t-berg"> T. Berg (free from 12:00)</label>
</fieldset>
<fieldset><legend>Kit</legend>
<label><input type="checkbox" id="kit-lighting"> Portable lighting</label>
<label><input type="checkbox" id="kit-drone"> Drone (CAA permit)</label>
<label><input type="checkbox" id="kit-tele"> 400mm telephoto</label>
</fieldset>
<label for="deadline">Filing deadline</label><input id="deadline" type="time">
<label for="day-rate">Fee (£)</label><input id="day-rate" type="number">
<label for="brief-notes">Brief</label><textarea id="brief-notes"></textarea>
<div class="row"><button type="submit" id="send-brief">Send brief</button><button type="button" id="print-brief">Print</button></div>
</form>
</section>
</main>
<footer>Northlight Pictures · picture desk 0161 555 0100</footer>`,
);
const assignV2 = page(
  'Desk — Northlight',
  `<header class="row"><a href="/" class="logo">Northlight</a><nav class="row"><a href="/assignments" aria-current="page">Desk</a><a href="/photographers">Roster</a><a href="/archive">Library</a><a href="/invoices">Billing</a></nav></header>
<div class="grid">
<section>
<div class="row"><h1>Jobs</h1><select name="when"><option>Today</option><option>Tomorrow</option><option>This week</option></select><button class="add-job">+ Job</button></div>
<ul class="jobs">
<li class="card" data-job="J-2204"><h3><a href="/jobs/J-2204">Cup final arrivals</a></h3><p>Daily Courier · 13:00 · <span class="badge">Covered</span></p></li>
<li class="card" data-job="J-2207"><h3><a href="/jobs/J-2207">Museum reopening portraits</a></h3><p>Arts Weekly · 10:30 · <span class="badge">Open</span></p></li>
<li class="card" data-job="J-2210"><h3><a href="/jobs/J-2210">Flood defences aerials</a></h3><p>Regional Post · 08:00 · <span class="badge">Open</span></p></li>
</ul>
</section>
<section class="card" id="detail">
<h2>Museum reopening portraits <span class="muted">J-2207</span></h2>
<p class="muted">City Museum, Great Hall · press office 0161 555 0142</p>
<form>
<label>Filing deadline <input id="filing-deadline" type="time"></label>
<label>Fee <input id="fee-amount" type="number"></label>
<h3>Who</h3>
<div class="row"><label><input type="radio" name="assignee" value="akowal"> A. Kowal</label><label><input type="radio" name="assignee" value="msantos"> M. Santos</label><label><input type="radio" name="assignee" value="tberg"> T. Berg</label></div>
<h3>Needs</h3>
<div class="row"><label><input type="checkbox" id="needs-video"> Video clips</label><label><input type="checkbox" id="needs-drone"> Drone</label><label><input type="checkbox" id="needs-tele"> Long lens</label></div>
<label>Notes for photographer <textarea name="brief"></textarea></label>
<button type="submit" id="dispatch-brief">Assign &amp; notify</button>
</form>
</section>
</div>
<footer>Picture desk 0161 555 0100</footer>`,
);

/* 6. Photo agency caption/IPTC metadata (edit) */
const iptcV1 = page(
  'Caption & metadata — Northlight Pictures',
  `<header><span class="brand">Northlight Pictures</span><nav><a href="/ingest" class="active">Ingest</a><a href="/archive">Archive</a><a href="/wire">Wire</a></nav></header>
<main>
<h1>Caption batch: Cup final arrivals</h1>
<div class="row"><label><input type="checkbox" id="select-all-frames"> Select all</label><span class="muted">6 of 42 selected</span></div>
<ul class="thumbs grid3">
<li data-frame="DSC_0412"><label><input type="checkbox" checked> DSC_0412</label></li>
<li data-frame="DSC_0415"><label><input type="checkbox" checked> DSC_0415</label></li>
<li data-frame="DSC_0416"><label><input type="checkbox"> DSC_0416</label></li>
<li data-frame="DSC_0418"><label><input type="checkbox" checked> DSC_0418</label></li>
<li data-frame="DSC_0421"><label><input type="checkbox"> DSC_0421</label></li>
<li data-frame="DSC_0425"><label><input type="checkbox" checked> DSC_0425</label></li>
</ul>
<form id="iptc-form">
<label for="iptc-headline">Headline</label><input id="iptc-headline" name="headline">
<label for="iptc-caption">Caption</label><textarea id="iptc-caption" name="caption"></textarea>
<label for="iptc-byline">Byline</label><input id="iptc-byline" name="byline">
<label for="iptc-credit">Credit</label><input id="iptc-credit" name="credit" value="Northlight Pictures">
<label for="iptc-copyright">Copyright notice</label><input id="iptc-copyright" name="copyright">
<label for="iptc-keywords">Keywords</label><input id="iptc-keywords" name="keywords">
<div class="row"><label for="iptc-city">City</label><input id="iptc-city" name="city"><label for="iptc-country">Country</label><input id="iptc-country" name="country"></div>
<label for="usage-restrictions">Usage</label><select id="usage-restrictions" name="usage"><option>Editorial use only</option><option>No sales</option><option>Commercial cleared</option></select>
<label><input type="checkbox" id="embargo-flag"> Embargoed until kick-off</label>
<label for="special-instructions">Special instructions</label><textarea id="special-instructions" name="instructions"></textarea>
<div class="row"><button type="button" id="apply-selected">Apply to selected</button><button type="submit" id="transmit">Save &amp; transmit</button></div>
</form>
</main>
<footer>Ingest server: edit-02</footer>`,
);
const iptcV2 = edit(iptcV1, [
  [
    '<ul class="thumbs grid3">',
    '<ul class="thumbs grid3">\n<li data-frame="DSC_0409"><label><input type="checkbox"> DSC_0409</label></li>',
  ],
  [
    '<label for="iptc-headline">Headline</label><input id="iptc-headline"',
    '<label for="meta-headline">Headline</label><input id="meta-headline"',
  ],
  [
    '<label for="iptc-byline">Byline</label><input id="iptc-byline"',
    '<label for="meta-creator">Creator</label><input id="meta-creator"',
  ],
  ['<select id="usage-restrictions" name="usage">', '<select name="usage">'],
  ['<label for="usage-restrictions">Usage</label>', '<label>Usage terms</label>'],
  [
    '<label><input type="checkbox" id="embargo-flag"> Embargoed until kick-off</label>',
    '<label><input type="checkbox" id="model-release"> Model release on file</label>',
  ],
  [
    '<label for="special-instructions">Special instructions</label><textarea id="special-instructions" name="instructions"></textarea>\n',
    '',
  ],
  [
    '<button type="button" id="apply-selected">Apply to selected</button>',
    '<button type="button" id="apply-to-selection">Copy to 6 frames</button>',
  ],
  [
    '<button type="submit" id="transmit">Save &amp; transmit</button>',
    '<button type="submit" id="send-to-wire">Send to wire</button>',
  ],
]);

/* 7. Game studio build pipeline (full rewrite) */
const buildV1 = page(
  'Build farm — Ironpeak Studio',
  `<header><span class="brand">Ironpeak Build</span><nav><a href="/builds" class="active">Builds</a><a href="/agents">Agents</a><a href="/crashes">Crash reports</a><a href="/settings">Settings</a></nav></header>
<main>
<h1>Start a build</h1>
<form id="build-form">
<label for="branch-select">Branch</label><select id="branch-select" name="branch"><option>//ridgeline/main</option><option>//ridgeline/release-1.4</option><option>//ridgeline/dev-combat</option></select>
<label for="changelist">Changelist</label><input id="changelist" name="cl" placeholder="Latest">
<fieldset><legend>Platforms</legend>
<label><input type="checkbox" id="platform-win" checked> Windows</label>
<label><input type="checkbox" id="platform-ps5"> PlayStation 5</label>
<label><input type="checkbox" id="platform-xsx"> Xbox Series X|S</label>
<label><input type="checkbox" id="platform-switch"> Switch</label>
</fieldset>
<fieldset><legend>Configuration</legend>
<label><input type="radio" name="config" value="debug"> Debug</label>
<label><input type="radio" name="config" value="development" checked> Development</label>
<label><input type="radio" name="config" value="shipping"> Shipping</label>
</fieldset>
<label><input type="checkbox" id="cook-content" checked> Cook content</label>
<label><input type="checkbox" id="run-smoke" checked> Run smoke tests after build</label>
<div class="row"><button type="submit" id="start-build">Start build</button><button type="reset">Reset</button></div>
</form>
<h2>Queue</h2>
<table id="queue-table"><thead><tr><th>#</th><th>Branch</th><th>Platforms</th><th>Started by</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-build="4812"><td>4812</td><td>main</td><td>Win, PS5</td><td>d.ferreira</td><td>Cooking (41%)</td><td><button class="cancel-build">Cancel</button></td></tr>
<tr data-build="4811"><td>4811</td><td>release-1.4</td><td>All</td><td>buildbot</td><td>Compiling</td><td><button class="cancel-build">Cancel</button></td></tr>
<tr data-build="4809"><td>4809</td><td>dev-combat</td><td>Win</td><td>k.lund</td><td>Failed</td><td><a class="view-log" href="/builds/4809/log">Log</a></td></tr>
<tr data-build="4807"><td>4807</td><td>main</td><td>Win</td><td>buildbot</td><td>Passed</td><td><a class="view-log" href="/builds/4807/log">Log</a></td></tr>
</tbody></table>
</main>
<footer>12 agents online · <a href="/agents">Agent pool</a></footer>`,
);
const buildV2 = page(
  'Builds — Ironpeak',
  `<nav class="row"><a href="/" class="logo">Ironpeak</a><a href="/builds" aria-current="page">Pipelines</a><a href="/agents">Agents</a><a href="/crashes">Crashes</a><a href="/settings">Admin</a></nav>
<main>
<div class="grid">
<section>
<h1>Running &amp; queued</h1>
<ul class="build-queue">
<li class="card" data-build-id="4812"><strong>#4812</strong> main · Win, PS5 · d.ferreira <span class="badge">Cooking 41%</span> <button class="abort">Abort</button></li>
<li class="card" data-build-id="4811"><strong>#4811</strong> release-1.4 · All · buildbot <span class="badge">Compiling</span> <button class="abort">Abort</button></li>
<li class="card" data-build-id="4810"><strong>#4810</strong> main · Switch · j.tan <span class="badge">Queued</span> <button class="abort">Abort</button></li>
</ul>
<p><a href="/builds/history">Finished builds</a></p>
</section>
<section class="card">
<h2>New build</h2>
<form>
<label>Stream <select name="stream"><option>//ridgeline/main</option><option>//ridgeline/release-1.4</option><option>//ridgeline/dev-combat</option></select></label>
<label>CL <input id="cl-number" placeholder="head"></label>
<label>Config <select name="cfg"><option>Debug</option><option selected>Development</option><option>Shipping</option></select></label>
<p>Targets</p>
<div class="row"><label><input type="checkbox" id="target-win" checked> Win64</label><label><input type="checkbox" id="target-ps5"> PS5</label><label><input type="checkbox" id="target-xsx"> XSX</label><label><input type="checkbox" id="target-switch"> Switch</label></div>
<label><input type="checkbox" id="cook" checked> Cook</label>
<label><input type="checkbox" id="upload-symbols" checked> Upload debug symbols</label>
<button type="submit" id="queue-build">Queue build</button>
</form>
</section>
</div>
</main>
<footer>12 agents online</footer>`,
);

/* 8. Game art asset review (edit) */
const assetV1 = page(
  'Asset review — Ironpeak Art',
  `<header><span class="brand">Ironpeak Art</span><nav><a href="/review" class="active">Review</a><a href="/library">Library</a><a href="/budgets">Budgets</a></nav><span class="user">Lead: P. Anand</span></header>
<div class="sidebar">
<h3>Awaiting review</h3>
<ul id="asset-list">
<li><a href="/assets/prop_crate_01">prop_crate_01</a></li>
<li><a href="/assets/char_guard_hvy">char_guard_hvy</a></li>
<li><a href="/assets/env_bridge_stone">env_bridge_stone</a></li>
<li><a href="/assets/wpn_halberd">wpn_halberd</a></li>
<li><a href="/assets/veh_cart">veh_cart</a></li>
</ul>
</div>
<main>
<h1>env_bridge_stone</h1>
<p class="muted">Submitted by outsource vendor Meridian Art · v3</p>
<div class="lod-tabs row"><button data-lod="0" class="on">LOD0</button><button data-lod="1">LOD1</button><button data-lod="2">LOD2</button><button data-lod="3">LOD3</button></div>
<div class="viewport card"><p>3D preview</p><label><input type="checkbox" id="show-wire"> Wireframe</label><label><input type="checkbox" id="show-uv"> UV checker</label></div>
<table class="stats"><tbody>
<tr><th>Triangles</th><td>18,422</td></tr>
<tr><th>Budget</th><td><input id="polycount-budget" type="number" value="20000"></td></tr>
<tr><th>Texture set</th><td>4× 2048 (BC7)</td></tr>
</tbody></table>
<form id="review-form">
<label for="review-comment">Comments</label><textarea id="review-comment"></textarea>
<label for="review-tags">Tags</label><input id="review-tags" placeholder="e.g. uv-seams, scale">
<label><input type="checkbox" id="flag-outsourcer" checked> Notify outsource vendor</label>
<div class="row"><button type="button" id="approve-asset">Approve</button><button type="button" id="request-changes">Request changes</button><a href="/assets/env_bridge_stone/source.fbx" id="download-fbx">Download FBX</a></div>
</form>
</main>
<footer>Art pipeline v5.2</footer>`,
);
const assetV2 = edit(assetV1, [
  ['<ul id="asset-list">', '<ul id="asset-queue">'],
  ['<h3>Awaiting review</h3>', '<h3>Queue</h3>'],
  [
    '<button data-lod="0" class="on">LOD0</button>',
    '<button data-lod="all" class="on">Overview</button><button data-lod="0">LOD0</button>',
  ],
  [
    '<input id="polycount-budget" type="number" value="20000">',
    '<input id="tri-budget" type="number" value="20000">',
  ],
  [
    '<label for="review-comment">Comments</label><textarea id="review-comment"></textarea>',
    '<label for="feedback">Feedback</label><textarea id="feedback"></textarea>',
  ],
  [
    '<label><input type="checkbox" id="flag-outsourcer" checked> Notify outsource vendor</label>',
    '<label><input type="checkbox" id="flag-tech-art"> Loop in tech art</label>',
  ],
  [
    '<button type="button" id="approve-asset">Approve</button>',
    '<button type="button" id="asset-approve">Approve v3</button>',
  ],
  [
    '<button type="button" id="request-changes">Request changes</button>',
    '<button type="button" id="needs-work">Needs work</button>',
  ],
  ['<a href="/assets/env_bridge_stone/source.fbx" id="download-fbx">Download FBX</a>', ''],
]);

/* 9. Music distribution release builder (full rewrite) */
const releaseV1 = page(
  'New release — Soundrail Distribution',
  `<header><span class="brand">Soundrail</span><nav><a href="/releases" class="active">Releases</a><a href="/royalties">Royalties</a><a href="/artists">Artists</a><a href="/support">Support</a></nav></header>
<main>
<h1>New release</h1>
<form id="release-form">
<div class="grid">
<div><label for="release-title">Release title</label><input id="release-title" name="title"></div>
<div><label for="primary-artist">Primary artist</label><input id="primary-artist" name="artist"></div>
<div><label for="label-name">Label</label><input id="label-name" name="label"></div>
<div><label for="upc">UPC</label><input id="upc" name="upc" placeholder="Leave blank to assign"></div>
<div><label for="release-date">Release date</label><input id="release-date" type="date"></div>
<div><label for="preorder-date">Pre-order start</label><input id="preorder-date" type="date"></div>
<div><label for="genre">Genre</label><select id="genre"><option>Electronic</option><option>Folk</option><option>Hip-Hop/Rap</option><option>Jazz</option></select></div>
</div>
<h2>Tracks</h2>
<table id="tracklist"><thead><tr><th>#</th><th>Title</th><th>ISRC</th><th>Explicit</th></tr></thead><tbody>
<tr><td>1</td><td><input class="track-title" value="Low Tide"></td><td><input class="isrc" placeholder="Auto"></td><td><input type="checkbox" class="explicit"></td></tr>
<tr><td>2</td><td><input class="track-title" value="Harbour Lights"></td><td><input class="isrc" placeholder="Auto"></td><td><input type="checkbox" class="explicit"></td></tr>
<tr><td>3</td><td><input class="track-title" value="Saltmarsh"></td><td><input class="isrc" placeholder="Auto"></td><td><input type="checkbox" class="explicit"></td></tr>
</tbody></table>
<button type="button" id="add-track">Add track</button>
<h2>Territories</h2>
<label><input type="radio" name="territories" value="worldwide" checked> Worldwide</label>
<label><input type="radio" name="territories" value="custom"> Choose territories</label>
<h2>Stores</h2>
<div class="grid3">
<label><input type="checkbox" id="store-spotify" checked> Spotify</label>
<label><input type="checkbox" id="store-apple" checked> Apple Music</label>
<label><input type="checkbox" id="store-amazon" checked> Amazon Music</label>
<label><input type="checkbox" id="store-tiktok"> TikTok / CapCut</label>
<label><input type="checkbox" id="store-deezer" checked> Deezer</label>
<label><input type="checkbox" id="store-napster"> Napster</label>
</div>
<div class="row"><button type="submit" id="submit-release">Submit release</button><button type="button" id="save-release">Save</button></div>
</form>
</main>
<footer>Soundrail · <a href="/guidelines">Metadata style guide</a></footer>`,
);
const releaseV2 = page(
  'Release editor — Soundrail',
  `<div class="shell"><nav class="side"><a href="/" class="logo">Soundrail</a><a href="/releases" aria-current="page">Catalogue</a><a href="/royalties">Earnings</a><a href="/artists">Artists</a><a href="/support">Help</a></nav>
<main>
<h1>Release editor</h1>
<div class="tabs row"><a href="#meta" class="on">Metadata</a><a href="#tracks">Tracks</a><a href="#delivery">Delivery</a></div>
<section id="meta" class="card">
<label>Album / EP title <input name="album_title"></label>
<label>Artist <input name="main_artist"></label>
<label>Record label <input name="record_label"></label>
<label>Primary genre <select name="genre_primary"><option>Electronic</option><option>Folk</option><option>Hip-Hop/Rap</option><option>Jazz</option></select></label>
<label>Go-live date <input name="street_date" type="date"></label>
<label>Barcode (UPC/EAN) <input id="barcode" placeholder="We'll generate one"></label>
</section>
<section id="tracks" class="card">
<div class="track row" data-pos="1"><span>1.</span><input name="title" value="Low Tide"><input name="isrc" placeholder="ISRC (auto)"><label><input type="checkbox" name="explicit"> E</label></div>
<div class="track row" data-pos="2"><span>2.</span><input name="title" value="Harbour Lights"><input name="isrc" placeholder="ISRC (auto)"><label><input type="checkbox" name="explicit"> E</label></div>
<div class="track row" data-pos="3"><span>3.</span><input name="title" value="Saltmarsh"><input name="isrc" placeholder="ISRC (auto)"><label><input type="checkbox" name="explicit"> E</label></div>
<button type="button" class="add">+ Track</button>
</section>
<section id="delivery" class="card">
<h2>Where</h2>
<label><input type="radio" name="region" id="terr-all" checked> Everywhere</label>
<label><input type="radio" name="region" id="terr-pick"> Selected countries</label>
<h2>Services</h2>
<div class="grid">
<label><input type="checkbox" id="dsp-spotify" checked> Spotify</label>
<label><input type="checkbox" id="dsp-apple" checked> Apple Music</label>
<label><input type="checkbox" id="dsp-amazon" checked> Amazon</label>
<label><input type="checkbox" id="dsp-deezer" checked> Deezer</label>
<label><input type="checkbox" id="dsp-tiktok"> TikTok</label>
<label><input type="checkbox" id="store-anghami"> Anghami</label>
</div>
</section>
<div class="row"><button id="send-for-review" class="primary">Send for review</button><span class="muted">Draft saved</span></div>
</main></div>`,
);

/* 10. Music distribution takedown request (edit) */
const takedownV1 = page(
  'Takedown request — Soundrail',
  `<header><span class="brand">Soundrail</span><nav><a href="/releases">Releases</a><a href="/royalties">Royalties</a><a href="/support" class="active">Support</a></nav></header>
<main>
<h1>Request a takedown</h1>
<p class="muted">Removing a release from stores can take up to 10 days. Streams and earnings history are kept.</p>
<form id="takedown-form">
<label for="takedown-release">Release</label><select id="takedown-release"><option>Harbour Lights (EP) — 2023</option><option>Low Tide (Single) — 2022</option><option>Winter Sessions — 2021</option></select>
<h2>Stores</h2>
<ul id="store-list">
<li><label><input type="checkbox" value="spotify" checked> Spotify</label></li>
<li><label><input type="checkbox" value="apple" checked> Apple Music</label></li>
<li><label><input type="checkbox" value="amazon" checked> Amazon Music</label></li>
<li><label><input type="checkbox" value="youtube" checked> YouTube Music</label></li>
<li><label><input type="checkbox" value="tidal" checked> TIDAL</label></li>
</ul>
<label><input type="checkbox" id="keep-youtube-cid"> Keep YouTube Content ID active</label>
<fieldset><legend>Reason</legend>
<label><input type="radio" name="reason" value="rights"> Rights dispute</label>
<label><input type="radio" name="reason" value="rebrand"> Re-releasing under a new name</label>
<label><input type="radio" name="reason" value="label"> Moving to a label</label>
<label><input type="radio" name="reason" value="other"> Other</label>
</fieldset>
<label for="reason-detail">Details</label><textarea id="reason-detail"></textarea>
<label for="effective-date">Take down from</label><input id="effective-date" type="date">
<label><input type="checkbox" id="confirm-irreversible"> I understand playlists and play counts will be lost</label>
<div class="row"><button type="submit" id="submit-takedown">Submit takedown</button><a href="/releases" class="cancel">Back to releases</a></div>
</form>
</main>
<footer>Soundrail support · <a href="/help/takedowns">Takedown FAQ</a></footer>`,
);
const takedownV2 = edit(takedownV1, [
  [
    '<label for="takedown-release">Release</label><select id="takedown-release">',
    '<label for="release-picker">Which release?</label><select id="release-picker">',
  ],
  [
    '<ul id="store-list">',
    '<ul id="store-list">\n<li><label><input type="checkbox" class="all" checked> All stores</label></li>',
  ],
  ['<label><input type="checkbox" id="keep-youtube-cid"> Keep YouTube Content ID active</label>\n', ''],
  [
    '<input type="radio" name="reason" value="rights"> Rights dispute',
    '<input type="radio" name="reason" value="rights-dispute"> Ownership or rights dispute',
  ],
  [
    '<input type="radio" name="reason" value="rebrand"> Re-releasing under a new name',
    '<input type="radio" name="reason" value="artist-request"> Artist asked for removal',
  ],
  [
    '<label for="effective-date">Take down from</label><input id="effective-date" type="date">',
    '<label for="takedown-date">Remove on</label><input id="takedown-date" type="date">',
  ],
  ['<input type="checkbox" id="confirm-irreversible">', '<input type="checkbox" id="ack-takedown">'],
  [
    '<button type="submit" id="submit-takedown">Submit takedown</button>',
    '<button type="submit" class="danger">Request takedown</button>',
  ],
]);

/* 11. Music sync licensing quote (full rewrite) */
const syncV1 = page(
  'Request a sync licence — Tidemark Publishing',
  `<header><span class="brand">Tidemark Music Publishing</span><nav><a href="/catalogue">Catalogue</a><a href="/sync" class="active">Sync licensing</a><a href="/writers">Writers</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Request a sync licence</h1>
<form id="sync-form">
<label for="track-search">Track</label><input id="track-search" type="search" placeholder="Title, writer or ISWC">
<fieldset><legend>Media</legend>
<label><input type="radio" name="media" value="tv"> TV programme</label>
<label><input type="radio" name="media" value="film"> Feature film</label>
<label><input type="radio" name="media" value="advert"> Advertising</label>
<label><input type="radio" name="media" value="game"> Video game</label>
<label><input type="radio" name="media" value="online"> Online / social</label>
</fieldset>
<label for="licence-term">Term</label><select id="licence-term"><option>1 year</option><option>3 years</option><option>5 years</option><option>Perpetuity</option></select>
<label for="territory">Territory</label><select id="territory"><option>UK</option><option>Europe</option><option>North America</option><option>World</option></select>
<label for="usage-seconds">Duration used (seconds)</label><input id="usage-seconds" type="number">
<label for="budget">Budget</label><input id="budget" type="text" placeholder="£">
<h2>Your details</h2>
<label for="company-name">Company</label><input id="company-name" name="company">
<label for="contact-email">Email</label><input id="contact-email" type="email">
<label for="scene-desc">Scene description</label><textarea id="scene-desc"></textarea>
<button type="button" id="attach-cuesheet">Attach cue sheet</button>
<div class="row"><button type="submit" id="request-quote">Request quote</button><a href="/sync/faq">Licensing FAQ</a></div>
</form>
</main>
<footer>Tidemark Music Publishing Ltd</footer>`,
);
const syncV2 = page(
  'Sync quote — Tidemark',
  `<nav class="row"><a href="/" class="logo">Tidemark</a><a href="/catalogue">Songs</a><a href="/sync" aria-current="page">License a song</a><a href="/writers">Songwriters</a><a href="/contact">Get in touch</a></nav>
<main>
<h1>Get a quote</h1>
<div class="grid">
<form class="card">
<h2>About the song</h2>
<input id="find-track" type="search" placeholder="Search our catalogue">
<label>Length of cue <input id="cue-length" type="number" placeholder="seconds"></label>
<h2>About the project</h2>
<div class="grid">
<label><input type="radio" name="usage" id="use-tv"> TV</label>
<label><input type="radio" name="usage" id="use-film"> Film</label>
<label><input type="radio" name="usage" id="use-advertising"> Ad campaign</label>
<label><input type="radio" name="usage" id="use-podcast"> Podcast</label>
<label><input type="radio" name="usage" id="use-online"> Online / social</label>
</div>
<label>How long <select name="term_years"><option>1 year</option><option>3 years</option><option>5 years</option><option>In perpetuity</option></select></label>
<label>Where <select name="region"><option>UK</option><option>Europe</option><option>North America</option><option>World</option></select></label>
<label>Budget range <select name="budget_band"><option>Under £1,000</option><option>£1,000–£5,000</option><option>£5,000+</option></select></label>
<label>Tell us about the scene <textarea name="scene"></textarea></label>
<h2>About you</h2>
<label>Company <input autocomplete="organization"></label>
<label>Email <input autocomplete="email" type="email"></label>
<button type="submit" id="get-quote">Get quote</button>
</form>
<aside class="card"><h3>Typical turnaround</h3><p>2–5 working days.</p><a href="/sync/faq">FAQ</a></aside>
</div>
</main>`,
);

/* 12. Archive accession register (edit) */
const accnV1 = page(
  'New accession — County Record Office',
  `<header><span class="brand">County Record Office</span><nav><a href="/accessions" class="active">Accessions</a><a href="/catalogue">Catalogue</a><a href="/locations">Strongrooms</a><a href="/depositors">Depositors</a></nav></header>
<main>
<h1>Register an accession</h1>
<form id="accession-form">
<div class="grid">
<div><label for="accession-no">Accession number</label><input id="accession-no" value="2024/118"></div>
<div><label for="date-received">Date received</label><input id="date-received" type="date"></div>
<div><label for="depositor">Depositor</label><input id="depositor"></div>
<div><label for="acq-method">Method</label><select id="acq-method"><option>Deposit</option><option>Gift</option><option>Purchase</option><option>Transfer</option></select></div>
</div>
<label for="accn-title">Title / description</label><textarea id="accn-title"></textarea>
<div class="row"><label for="extent-boxes">Extent</label><input id="extent-boxes" type="number"><select id="extent-unit"><option>boxes</option><option>linear metres</option><option>items</option></select></div>
<fieldset><legend>Formats</legend>
<label><input type="checkbox" id="fmt-paper" checked> Paper</label>
<label><input type="checkbox" id="fmt-volumes"> Bound volumes</label>
<label><input type="checkbox" id="fmt-maps"> Maps &amp; plans</label>
<label><input type="checkbox" id="fmt-audiovisual"> Audiovisual</label>
<label><input type="checkbox" id="fmt-digital-media"> Born-digital media</label>
</fieldset>
<label for="access-conditions">Access</label><select id="access-conditions"><option>Open</option><option>Closed 30 years</option><option>Closed — data protection</option></select>
<label for="copyright-holder">Copyright holder</label><input id="copyright-holder">
<label for="shelf-location">Location</label><input id="shelf-location" placeholder="e.g. S3/12/4">
<div class="row"><button type="submit" id="save-accession">Save accession</button><button type="button" id="print-receipt">Print receipt</button></div>
</form>
<h2>Recent accessions</h2>
<table class="recent"><thead><tr><th>No.</th><th>Description</th><th>Received</th><th></th></tr></thead><tbody>
<tr><td>2024/117</td><td>Parish of St Mary, vestry minutes 1890–1960</td><td>4 Mar</td><td><a class="open" href="/accessions/2024-117">Open</a></td></tr>
<tr><td>2024/116</td><td>Harlow &amp; Sons, solicitors: deeds</td><td>28 Feb</td><td><a class="open" href="/accessions/2024-116">Open</a></td></tr>
<tr><td>2024/115</td><td>Women's Institute, Eastbury branch</td><td>21 Feb</td><td><a class="open" href="/accessions/2024-115">Open</a></td></tr>
</tbody></table>
</main>
<footer>Collections management · <a href="/help">Help</a></footer>`,
);
const accnV2 = edit(accnV1, [
  [
    '<label for="accession-no">Accession number</label><input id="accession-no" value="2024/118">',
    '<label for="accn-ref">Accession ref.</label><input id="accn-ref" value="2024/119">',
  ],
  [
    '<label for="depositor">Depositor</label><input id="depositor">',
    '<label for="donor-name">Donor / depositor</label><input id="donor-name">',
  ],
  [
    '<label for="extent-boxes">Extent</label><input id="extent-boxes" type="number">',
    '<label for="extent-value">Quantity</label><input id="extent-value" type="number">',
  ],
  [
    '<input type="checkbox" id="fmt-audiovisual"> Audiovisual',
    '<input type="checkbox" id="fmt-av"> Sound &amp; moving image',
  ],
  [
    '<input type="checkbox" id="fmt-digital-media"> Born-digital media',
    '<input type="checkbox" id="fmt-photographs"> Photographs',
  ],
  [
    '<label for="access-conditions">Access</label><select id="access-conditions">',
    '<label for="access-status">Access status</label><select id="access-status">',
  ],
  [
    '<button type="button" id="print-receipt">Print receipt</button>',
    '<a href="/accessions/new" class="btn">Cancel</a>',
  ],
  [
    '<tbody>\n<tr><td>2024/117</td>',
    '<tbody>\n<tr><td>2024/118</td><td>Eastbury Cricket Club scorebooks</td><td>11 Mar</td><td><a class="open" href="/accessions/2024-118">Open</a></td></tr>\n<tr><td>2024/117</td>',
  ],
]);

/* 13. Library acquisitions order (full rewrite) */
const acqV1 = page(
  'Acquisitions — Eastbury Libraries',
  `<header><span class="brand">Eastbury Libraries · Staff</span><nav><a href="/circ">Circulation</a><a href="/cat">Cataloguing</a><a href="/acq" class="active">Acquisitions</a><a href="/serials">Serials</a><a href="/reports">Reports</a></nav></header>
<main>
<h1>New purchase order</h1>
<form id="po-form">
<div class="grid">
<div><label for="vendor">Vendor</label><select id="vendor"><option>Askews &amp; Holts</option><option>Peters Books</option><option>OverDrive</option></select></div>
<div><label for="fund-code">Fund</label><select id="fund-code"><option>ADULT-FIC-24</option><option>JUN-NF-24</option><option>LOCAL-STUDIES</option></select></div>
</div>
<div class="row"><label for="isbn">ISBN</label><input id="isbn"><button type="button" id="isbn-lookup">Look up</button></div>
<label for="item-title">Title</label><input id="item-title">
<div class="row"><label for="qty">Copies</label><input id="qty" type="number" value="1"><label for="branch">Branch</label><select id="branch"><option>Central</option><option>Northgate</option><option>Riverside</option></select></div>
<fieldset><legend>Format</legend>
<label><input type="radio" name="format" value="print" checked> Print</label>
<label><input type="radio" name="format" value="ebook"> eBook</label>
<label><input type="radio" name="format" value="audio"> eAudiobook</label>
</fieldset>
<label><input type="checkbox" id="rush-order"> Rush order (reservation waiting)</label>
<button type="button" id="add-line">Add to order</button>
<table id="order-lines"><thead><tr><th>ISBN</th><th>Title</th><th>Copies</th><th>Price</th><th></th></tr></thead><tbody>
<tr><td>9780571365432</td><td>The Salt Path</td><td>3</td><td>£6.29</td><td><button type="button" class="remove-line">Remove</button></td></tr>
<tr><td>9781529111729</td><td>Hamnet</td><td>2</td><td>£7.49</td><td><button type="button" class="remove-line">Remove</button></td></tr>
<tr><td>9780241986974</td><td>Small Things Like These</td><td>4</td><td>£5.99</td><td><button type="button" class="remove-line">Remove</button></td></tr>
</tbody></table>
<label for="vendor-notes">Notes to vendor</label><textarea id="vendor-notes"></textarea>
<div class="row"><button type="submit" id="place-order">Place order</button><button type="button" id="save-basket">Save as basket</button></div>
</form>
</main>
<footer>Fund balances refresh nightly · <a href="/acq/funds">Funds</a></footer>`,
);
const acqV2 = page(
  'Ordering — Eastbury Libraries',
  `<nav class="row"><a href="/" class="logo">Eastbury Staff</a><a href="/circ">Loans</a><a href="/cat">Catalogue</a><a href="/acq" aria-current="page">Ordering</a><a href="/serials">Journals</a><a href="/reports">Reports</a></nav>
<main>
<h1>Order</h1>
<div class="grid">
<section class="card">
<h2>Add a title</h2>
<div class="row"><input name="isbn" placeholder="ISBN-13"><button type="button" id="lookup-isbn">Find</button></div>
<label>Title <input name="title"></label>
<div class="row"><label><input type="radio" name="fmt" id="fmt-print" checked> Print</label><label><input type="radio" name="fmt" id="fmt-ebook"> eBook</label><label><input type="radio" name="fmt" id="fmt-eaudio"> eAudio</label></div>
<div class="row"><label>Qty <input name="copies" type="number" value="1"></label><label>For <select name="site"><option>Central</option><option>Northgate</option><option>Riverside</option></select></label></div>
<label><input type="checkbox" id="standing-order"> Add to standing order for this series</label>
<button type="button" class="add-line">Add</button>
</section>
<section class="card">
<h2>Order header</h2>
<label>Supplier <select name="supplier"><option>Askews &amp; Holts</option><option>Peters Books</option><option>OverDrive</option></select></label>
<label>Budget <select id="budget-line"><option>ADULT-FIC-24</option><option>JUN-NF-24</option><option>LOCAL-STUDIES</option></select></label>
</section>
</div>
<h2>Lines</h2>
<ul class="lines">
<li class="line row" data-isbn="9780571365432"><span>The Salt Path</span><span>×3</span><span>£6.29</span><button class="delete">Delete</button></li>
<li class="line row" data-isbn="9781529111729"><span>Hamnet</span><span>×2</span><span>£7.49</span><button class="delete">Delete</button></li>
<li class="line row" data-isbn="9780241986974"><span>Small Things Like These</span><span>×4</span><span>£5.99</span><button class="delete">Delete</button></li>
</ul>
<div class="row"><button id="submit-po">Send order to supplier</button><button class="secondary">Keep as basket</button></div>
</main>`,
);

/* 14. Archive digitisation scan queue (edit) */
const scanV1 = page(
  'Digitisation queue — County Record Office',
  `<header><span class="brand">Digitisation studio</span><nav><a href="/scan" class="active">Queue</a><a href="/scan/done">Completed</a><a href="/scan/equipment">Equipment</a></nav><span class="user">Operator: L. Marsh</span></header>
<main>
<h1>Scan queue</h1>
<div class="status-tabs row"><a href="?status=waiting" class="on">Waiting</a><a href="?status=scanning">In progress</a><a href="?status=qc">Awaiting QC</a></div>
<table id="queue"><thead><tr><th>Ref.</th><th>Item</th><th>Pages</th><th>Requested by</th><th></th></tr></thead><tbody>
<tr><td>D/EB/3/1</td><td>Tithe map, Eastbury</td><td>1</td><td>Public order</td><td><button class="start">Start</button></td></tr>
<tr><td>P/STM/1/4</td><td>Baptism register 1813–1840</td><td>212</td><td>Conservation</td><td><button class="start">Start</button></td></tr>
<tr><td>Q/SR/118</td><td>Quarter sessions roll</td><td>64</td><td>Public order</td><td><button class="start">Start</button></td></tr>
</tbody></table>
<section class="card" id="scan-settings">
<h2>Capture settings</h2>
<label for="dpi">Resolution</label><select id="dpi"><option>300 ppi</option><option selected>400 ppi</option><option>600 ppi</option></select>
<fieldset><legend>Colour</legend>
<label><input type="radio" name="colour" value="colour" checked> Colour</label>
<label><input type="radio" name="colour" value="grey"> Greyscale</label>
<label><input type="radio" name="colour" value="bw"> Bitonal</label>
</fieldset>
<fieldset><legend>Master format</legend>
<label><input type="radio" name="format" id="format-tiff" checked> TIFF (uncompressed)</label>
<label><input type="radio" name="format" id="format-jp2"> JPEG 2000 (lossless)</label>
</fieldset>
<label for="ocr-lang">OCR language</label><select id="ocr-lang"><option>None</option><option>English</option><option>Latin</option></select>
<label for="operator">Operator</label><select id="operator"><option>L. Marsh</option><option>D. Osei</option><option>K. Varga</option></select>
<label><input type="checkbox" id="qc-required" checked> Second-person QC</label>
<div class="row"><button id="apply-settings">Apply to item</button><button id="reset-defaults">Reset to defaults</button></div>
</section>
</main>
<footer>Camera: Phase One iXG · <a href="/scan/help">Studio manual</a></footer>`,
);
const scanV2 = edit(scanV1, [
  [
    '<a href="?status=waiting" class="on">Waiting</a><a href="?status=scanning">In progress</a>',
    '<a href="?status=scanning">Capturing</a><a href="?status=waiting" class="on">To do</a>',
  ],
  [
    '<td>1</td><td>Public order</td><td><button class="start">Start</button>',
    '<td>1</td><td>Public order</td><td><button class="begin-capture">Capture</button>',
  ],
  [
    '<td>212</td><td>Conservation</td><td><button class="start">Start</button>',
    '<td>212</td><td>Conservation</td><td><button class="begin-capture">Capture</button>',
  ],
  [
    '<td>64</td><td>Public order</td><td><button class="start">Start</button>',
    '<td>64</td><td>Public order</td><td><button class="begin-capture">Capture</button>',
  ],
  [
    '<label for="dpi">Resolution</label><select id="dpi">',
    '<label for="resolution">Resolution</label><select id="resolution">',
  ],
  [
    '<input type="radio" name="colour" value="grey"> Greyscale',
    '<input type="radio" name="colour" value="greyscale"> Grey',
  ],
  [
    '<label><input type="radio" name="format" id="format-jp2"> JPEG 2000 (lossless)</label>',
    '<label><input type="radio" name="format" id="format-pdfa"> PDF/A access copy</label>',
  ],
  [
    '<label for="ocr-lang">OCR language</label><select id="ocr-lang"><option>None</option><option>English</option><option>Latin</option></select>\n',
    '',
  ],
  [
    '<label for="operator">Operator</label><select id="operator">',
    '<label for="assigned-to">Assigned to</label><select id="assigned-to">',
  ],
  [
    '<input type="checkbox" id="qc-required" checked> Second-person QC',
    '<input type="checkbox" id="qc-check" checked> Needs QC sign-off',
  ],
]);

/* 15. Event ticketing price tiers (full rewrite) */
const tiersV1 = page(
  'Ticket types — Boxline Promoter',
  `<header><span class="brand">Boxline</span><nav><a href="/events" class="active">Events</a><a href="/orders">Orders</a><a href="/payouts">Payouts</a><a href="/team">Team</a></nav></header>
<main>
<h1>Harbourside Jazz Weekend — ticket types</h1>
<table id="tiers"><thead><tr><th>Ticket</th><th>Price (£)</th><th>Allocation</th><th>Sold</th><th>On sale</th><th></th></tr></thead><tbody>
<tr data-tier="early"><td>Early bird weekend</td><td><input class="price" value="45.00"></td><td><input class="alloc" value="300"></td><td>300</td><td><input type="checkbox" class="onsale-toggle"></td><td><button class="edit-tier">Edit</button></td></tr>
<tr data-tier="standard"><td>Weekend</td><td><input class="price" value="60.00"></td><td><input class="alloc" value="1200"></td><td>412</td><td><input type="checkbox" class="onsale-toggle" checked></td><td><button class="edit-tier">Edit</button></td></tr>
<tr data-tier="student"><td>Student weekend</td><td><input class="price" value="35.00"></td><td><input class="alloc" value="150"></td><td>61</td><td><input type="checkbox" class="onsale-toggle" checked></td><td><button class="edit-tier">Edit</button></td></tr>
<tr data-tier="day"><td>Saturday only</td><td><input class="price" value="38.00"></td><td><input class="alloc" value="400"></td><td>97</td><td><input type="checkbox" class="onsale-toggle" checked></td><td><button class="edit-tier">Edit</button></td></tr>
</tbody></table>
<button id="add-tier">Add ticket type</button>
<section class="card">
<h2>Fees &amp; limits</h2>
<label for="booking-fee">Booking fee</label><select id="booking-fee"><option>10% capped at £3</option><option>Flat £1.50</option><option>None</option></select>
<label><input type="checkbox" id="absorb-fees"> Absorb fees into ticket price</label>
<label for="max-per-order">Max tickets per order</label><input id="max-per-order" type="number" value="8">
<label><input type="checkbox" id="enable-waitlist" checked> Enable waitlist when sold out</label>
</section>
<div class="row"><button id="save-tiers">Save</button><a href="/events/hjw24">Back to event</a></div>
</main>
<footer>Boxline for promoters · <a href="/help/pricing">Pricing help</a></footer>`,
);
const tiersV2 = page(
  'Pricing — Harbourside Jazz Weekend',
  `<div class="shell"><nav class="side"><a href="/" class="logo">Boxline</a><a href="/events" aria-current="page">Events</a><a href="/orders">Orders</a><a href="/payouts">Payouts</a><a href="/team">Team</a></nav>
<main>
<p><a href="/events/hjw24">← Harbourside Jazz Weekend</a></p>
<h1>Pricing</h1>
<div class="row"><button id="new-tier">New ticket</button><span class="muted">4 ticket types</span></div>
<div class="grid">
<div class="card tier-card" data-key="early-bird"><h3>Early bird weekend</h3><label>Price <input name="price" value="45.00"></label><label>Capacity <input name="capacity" value="300"></label><p>300 sold · <span class="badge">Sold out</span></p><label><input type="checkbox" name="live"> Live</label></div>
<div class="card tier-card" data-key="weekend"><h3>Weekend</h3><label>Price <input name="price" value="60.00"></label><label>Capacity <input name="capacity" value="1200"></label><p>412 sold</p><label><input type="checkbox" name="live" checked> Live</label></div>
<div class="card tier-card" data-key="concession"><h3>Concession weekend</h3><label>Price <input name="price" value="35.00"></label><label>Capacity <input name="capacity" value="150"></label><p>61 sold</p><label><input type="checkbox" name="live" checked> Live</label></div>
<div class="card tier-card" data-key="saturday"><h3>Saturday only</h3><label>Price <input name="price" value="38.00"></label><label>Capacity <input name="capacity" value="400"></label><p>97 sold</p><label><input type="checkbox" name="live" checked> Live</label></div>
</div>
<section class="card">
<h2>Checkout rules</h2>
<label>Order limit <input id="order-limit" type="number" value="8"></label>
<label>Service fee <select id="fee-model"><option>10% capped at £3</option><option>Flat £1.50</option><option>None</option></select></label>
<label><input type="checkbox" id="organiser-pays-fees"> I'll pay the fees (buyers see one price)</label>
</section>
<button id="publish-pricing" class="primary">Publish pricing</button>
</main></div>`,
);

/* 16. Promoter settlement (edit) */
const settleV1 = page(
  'Settlement — Boxline',
  `<header><span class="brand">Boxline</span><nav><a href="/events">Events</a><a href="/orders">Orders</a><a href="/payouts" class="active">Payouts</a></nav><span class="user">Finance: A. Dube</span></header>
<main>
<h1>Settlement: Harbourside Jazz Weekend</h1>
<dl class="summary grid">
<dt>Tickets sold</dt><dd class="sold">1,870</dd>
<dt>Gross sales</dt><dd class="gross">£98,410.00</dd>
<dt>Booking fees</dt><dd class="fees">£5,120.50</dd>
<dt>Net to promoter</dt><dd class="net">£86,902.40</dd>
</dl>
<h2>Deductions</h2>
<table id="deductions"><thead><tr><th>Item</th><th>Type</th><th>Amount</th><th></th></tr></thead><tbody>
<tr><td>Card processing</td><td>Fee</td><td class="amount">£1,968.20</td><td><button class="remove">Remove</button></td></tr>
<tr><td>Refunds (14 orders)</td><td>Refund</td><td class="amount">£840.00</td><td><button class="remove">Remove</button></td></tr>
<tr><td>Box office staffing</td><td>Cost</td><td class="amount">£1,260.00</td><td><button class="remove">Remove</button></td></tr>
<tr><td>Wristbands</td><td>Cost</td><td class="amount">£1,318.90</td><td><button class="remove">Remove</button></td></tr>
</tbody></table>
<button id="add-deduction">Add deduction</button>
<section class="card">
<label for="settlement-notes">Notes</label><textarea id="settlement-notes"></textarea>
<label><input type="checkbox" id="hold-payment"> Hold payment pending chargebacks</label>
<label for="payout-date">Payout date</label><input id="payout-date" type="date">
</section>
<div class="row"><button id="approve-settlement">Approve settlement</button><button id="export-csv">Export CSV</button><button id="email-promoter">Email to promoter</button></div>
</main>
<footer>Settlements are final once approved · <a href="/help/settlements">Help</a></footer>`,
);
const settleV2 = edit(settleV1, [
  ['<dd class="net">', '<dd class="net-payable">'],
  ['<dt>Net to promoter</dt>', '<dt>Payable to promoter</dt>'],
  ['<td class="amount">£1,968.20</td>', '<td class="line-total">£1,968.20</td>'],
  ['<td class="amount">£840.00</td>', '<td class="line-total">£840.00</td>'],
  ['<td class="amount">£1,260.00</td>', '<td class="line-total">£1,260.00</td>'],
  ['<td class="amount">£1,318.90</td>', '<td class="line-total">£1,318.90</td>'],
  ['<button id="add-deduction">Add deduction</button>', '<button id="add-cost-line">+ Cost line</button>'],
  [
    '<label for="settlement-notes">Notes</label><textarea id="settlement-notes">',
    '<label for="notes-to-promoter">Note to promoter</label><textarea id="notes-to-promoter">',
  ],
  [
    '<label><input type="checkbox" id="hold-payment"> Hold payment pending chargebacks</label>',
    '<label><input type="checkbox" id="split-payment"> Split payout across two accounts</label>',
  ],
  [
    '<button id="approve-settlement">Approve settlement</button><button id="export-csv">Export CSV</button><button id="email-promoter">Email to promoter</button>',
    '<button id="export-xlsx">Export spreadsheet</button><button id="sign-off">Sign off</button>',
  ],
]);

/* 17. Event gate scanners / access control (full rewrite) */
const gateV1 = page(
  'Access control — Boxline Live',
  `<header><span class="brand">Boxline Live</span><nav><a href="/live/scanners" class="active">Scanners</a><a href="/live/entries">Entries</a><a href="/live/alerts">Alerts</a></nav><span class="badge">Event day</span></header>
<main>
<h1>Scanners — Harbourside Jazz Weekend</h1>
<div class="row"><button id="sync-devices">Sync all devices</button><button id="lock-all">Lock all devices</button><a href="/live/scans.csv" id="export-scan-log">Download scan log</a></div>
<table id="device-table"><thead><tr><th>Device</th><th>Gate</th><th>Battery</th><th>Last scan</th><th>Status</th></tr></thead><tbody>
<tr data-device="SC-03"><td>SC-03</td><td><select class="gate"><option selected>Main gate</option><option>VIP gate</option><option>Crew gate</option></select></td><td>82%</td><td>18:04</td><td>Online</td></tr>
<tr data-device="SC-05"><td>SC-05</td><td><select class="gate"><option selected>Main gate</option><option>VIP gate</option><option>Crew gate</option></select></td><td>47%</td><td>18:03</td><td>Online</td></tr>
<tr data-device="SC-07"><td>SC-07</td><td><select class="gate"><option>Main gate</option><option selected>VIP gate</option><option>Crew gate</option></select></td><td>91%</td><td>17:58</td><td>Online</td></tr>
<tr data-device="SC-09"><td>SC-09</td><td><select class="gate"><option>Main gate</option><option>VIP gate</option><option selected>Crew gate</option></select></td><td>12%</td><td>16:40</td><td>Low battery</td></tr>
</tbody></table>
<section class="card">
<h2>Entry rules</h2>
<label for="gate-open-time">Doors open</label><input id="gate-open-time" type="time" value="17:00">
<label><input type="checkbox" id="allow-reentry"> Allow re-entry</label>
<p>Accept ticket types</p>
<label><input type="checkbox" id="type-weekend" checked> Weekend</label>
<label><input type="checkbox" id="type-daypass" checked> Day pass</label>
<label><input type="checkbox" id="type-vip" checked> VIP</label>
<label><input type="checkbox" id="type-crew" checked> Crew &amp; artists</label>
<button id="save-rules">Save rules</button>
</section>
</main>
<footer>Devices sync every 60 s</footer>`,
);
const gateV2 = page(
  'Scanners — Boxline Live',
  `<nav class="row"><a href="/" class="logo">Boxline Live</a><a href="/live/scanners" aria-current="page">Devices</a><a href="/live/entries">Entry counts</a><a href="/live/alerts">Alerts</a></nav>
<main>
<h1>Devices</h1>
<div class="grid">
<section>
<ul class="devices">
<li class="card" data-serial="SC-03"><strong>SC-03</strong> · 82% · last 18:04 <select name="gate"><option selected>Main</option><option>VIP</option><option>Crew</option></select></li>
<li class="card" data-serial="SC-05"><strong>SC-05</strong> · 47% · last 18:03 <select name="gate"><option selected>Main</option><option>VIP</option><option>Crew</option></select></li>
<li class="card" data-serial="SC-07"><strong>SC-07</strong> · 91% · last 17:58 <select name="gate"><option>Main</option><option selected>VIP</option><option>Crew</option></select></li>
<li class="card" data-serial="SC-09"><strong>SC-09</strong> · <span class="badge">12%</span> · last 16:40 <select name="gate"><option>Main</option><option>VIP</option><option selected>Crew</option></select></li>
</ul>
</section>
<section class="card">
<h2>Rules</h2>
<label>Doors <input name="doors_open" type="time" value="17:00"></label>
<label><input type="checkbox" id="reentry"> Pass-outs allowed</label>
<fieldset><legend>Valid tickets</legend>
<label><input type="checkbox" id="type-weekend" checked> Weekend</label>
<label><input type="checkbox" id="accept-vip" checked> VIP</label>
<label><input type="checkbox" id="accept-crew" checked> Crew &amp; artists</label>
<label><input type="checkbox" id="accept-saturday" checked> Saturday</label>
</fieldset>
<div class="row"><button id="push-config">Push to devices</button><button id="lockdown" class="danger">Emergency lock</button></div>
</section>
</div>
</main>`,
);

/* 18. Streaming rights windows (edit) */
const rightsV1 = page(
  'Rights windows — Reelhouse Admin',
  `<header><span class="brand">Reelhouse Admin</span><nav><a href="/catalogue">Catalogue</a><a href="/rights" class="active">Rights</a><a href="/artwork">Artwork</a><a href="/encoding">Encoding</a></nav></header>
<main>
<div class="row"><input id="title-search" type="search" placeholder="Find a title"><button id="search-go">Search</button></div>
<h1>The Lighthouse Keepers (2019)</h1>
<p class="muted">Licensor: Northwind Films · Contract NW-2021-044</p>
<fieldset><legend>Offer types</legend>
<label><input type="checkbox" id="offer-svod" checked> SVOD</label>
<label><input type="checkbox" id="offer-avod"> AVOD</label>
<label><input type="checkbox" id="offer-tvod"> TVOD rental</label>
</fieldset>
<label><input type="checkbox" id="exclusive" checked> Exclusive licence</label>
<table id="windows"><thead><tr><th>Territory</th><th>Start</th><th>End</th><th>Audio</th><th></th></tr></thead><tbody>
<tr data-territory="GB"><td>United Kingdom</td><td><input type="date" class="start-date" value="2024-01-01"></td><td><input type="date" class="end-date" value="2026-12-31"></td><td>EN</td><td><button class="remove-window">Remove</button></td></tr>
<tr data-territory="IE"><td>Ireland</td><td><input type="date" class="start-date" value="2024-01-01"></td><td><input type="date" class="end-date" value="2026-12-31"></td><td>EN</td><td><button class="remove-window">Remove</button></td></tr>
<tr data-territory="DE"><td>Germany</td><td><input type="date" class="start-date" value="2024-06-01"></td><td><input type="date" class="end-date" value="2025-05-31"></td><td>DE, EN</td><td><button class="remove-window">Remove</button></td></tr>
<tr data-territory="BR"><td>Brazil</td><td><input type="date" class="start-date" value="2024-03-01"></td><td><input type="date" class="end-date" value="2025-02-28"></td><td>PT</td><td><button class="remove-window">Remove</button></td></tr>
</tbody></table>
<button id="add-window">Add window</button>
<div class="row"><button id="save-windows">Save windows</button><a href="/rights/history/lighthouse-keepers">Change history</a></div>
</main>
<footer>Times are UTC · availability updates hourly</footer>`,
);
const rightsV2 = edit(rightsV1, [
  [
    '<input id="title-search" type="search" placeholder="Find a title">',
    '<input id="catalogue-search" type="search" placeholder="Search catalogue">',
  ],
  ['<legend>Offer types</legend>', '<legend>Business models</legend>'],
  [
    '<input type="checkbox" id="offer-avod"> AVOD',
    '<input type="checkbox" id="model-avod"> AVOD (ad-supported)',
  ],
  [
    '<label><input type="checkbox" id="offer-tvod"> TVOD rental</label>',
    '<label><input type="checkbox" id="offer-est"> EST purchase</label>',
  ],
  [
    '<input type="checkbox" id="exclusive" checked> Exclusive licence',
    '<input type="checkbox" id="exclusivity" checked> Exclusivity',
  ],
  ['class="end-date" value="2026-12-31"', 'class="window-end" value="2026-12-31"'],
  ['class="end-date" value="2026-12-31"', 'class="window-end" value="2026-12-31"'],
  ['class="end-date" value="2025-05-31"', 'class="window-end" value="2025-05-31"'],
  [
    '<tr data-territory="BR"><td>Brazil</td><td><input type="date" class="start-date" value="2024-03-01"></td><td><input type="date" class="end-date" value="2025-02-28"></td><td>PT</td><td><button class="remove-window">Remove</button></td></tr>\n',
    '',
  ],
  ['<button id="add-window">Add window</button>', '<button id="add-territory-window">Add territory</button>'],
  ['<button id="save-windows">Save windows</button>', '<button id="save-rights">Save rights</button>'],
]);

/* 19. Streaming encoding ladder (full rewrite) */
const ladderV1 = page(
  'Encoding profiles — Reelhouse Admin',
  `<header><span class="brand">Reelhouse Admin</span><nav><a href="/catalogue">Catalogue</a><a href="/rights">Rights</a><a href="/encoding" class="active">Encoding</a><a href="/cdn">CDN</a></nav></header>
<main>
<h1>Edit encoding profile</h1>
<form id="profile-form">
<label for="profile-name">Profile name</label><input id="profile-name" value="Feature films — HD">
<label for="video-codec">Video codec</label><select id="video-codec"><option>H.264 High</option><option>HEVC Main10</option><option>AV1</option></select>
<label><input type="checkbox" id="two-pass" checked> Two-pass encoding</label>
<h2>Bitrate ladder</h2>
<table id="rungs"><thead><tr><th>Resolution</th><th>Bitrate (kbps)</th><th>Frame rate</th><th></th></tr></thead><tbody>
<tr><td>1920×1080</td><td><input class="bitrate" value="6000"></td><td>Source</td><td><button type="button" class="del-rung">Delete</button></td></tr>
<tr><td>1280×720</td><td><input class="bitrate" value="3500"></td><td>Source</td><td><button type="button" class="del-rung">Delete</button></td></tr>
<tr><td>960×540</td><td><input class="bitrate" value="2000"></td><td>Source</td><td><button type="button" class="del-rung">Delete</button></td></tr>
<tr><td>640×360</td><td><input class="bitrate" value="800"></td><td>30</td><td><button type="button" class="del-rung">Delete</button></td></tr>
</tbody></table>
<button type="button" id="add-rung">Add rung</button>
<h2>Packaging</h2>
<label for="segment-seconds">Segment length (s)</label><input id="segment-seconds" type="number" value="6">
<fieldset><legend>DRM</legend>
<label><input type="checkbox" id="drm-widevine" checked> Widevine</label>
<label><input type="checkbox" id="drm-fairplay" checked> FairPlay</label>
<label><input type="checkbox" id="drm-playready" checked> PlayReady</label>
<label><input type="checkbox" id="drm-clearkey"> ClearKey (testing)</label>
</fieldset>
<label for="audio-tracks">Audio</label><select id="audio-tracks"><option>Stereo AAC 128k</option><option>Stereo + 5.1 E-AC-3</option></select>
<div class="row"><button type="submit" id="save-profile">Save profile</button><button type="button" id="duplicate-profile">Duplicate</button></div>
</form>
</main>
<footer>Profiles apply to new ingests only</footer>`,
);
const ladderV2 = page(
  'Ladder — Reelhouse',
  `<div class="shell"><nav class="side"><a href="/" class="logo">Reelhouse</a><a href="/catalogue">Titles</a><a href="/rights">Licensing</a><a href="/encoding" aria-current="page">Transcoding</a><a href="/cdn">Delivery</a></nav>
<main>
<header class="row"><h1>Feature films — HD</h1><button id="save-ladder" class="primary">Save</button><button class="secondary">Duplicate</button></header>
<div class="grid">
<section class="card">
<label>Name <input name="ladder_name" value="Feature films — HD"></label>
<label>Codec <select id="codec"><option>H.264 High</option><option>HEVC Main10</option><option>AV1</option></select></label>
<label>Audio <select name="audio"><option>Stereo AAC 128k</option><option>Stereo + 5.1 E-AC-3</option></select></label>
<label>Segment duration <input id="seg-duration" type="number" value="6"></label>
<p>Content protection</p>
<div class="row"><label><input type="checkbox" id="widevine" checked> Widevine</label><label><input type="checkbox" id="fairplay" checked> FairPlay</label><label><input type="checkbox" id="playready" checked> PlayReady</label><label><input type="checkbox" id="marlin"> Marlin</label></div>
</section>
<section class="card">
<h2>Renditions</h2>
<div class="rung row" data-height="1080"><span>1080p</span><input name="kbps" value="6000"><button class="remove">×</button></div>
<div class="rung row" data-height="720"><span>720p</span><input name="kbps" value="3500"><button class="remove">×</button></div>
<div class="rung row" data-height="540"><span>540p</span><input name="kbps" value="2000"><button class="remove">×</button></div>
<div class="rung row" data-height="360"><span>360p</span><input name="kbps" value="800"><button class="remove">×</button></div>
<button class="add-rendition">Add rendition</button>
</section>
</div>
<p class="muted">Applies to new ingests only.</p>
</main></div>`,
);

/* 20. Magazine issue flatplan (edit) */
const flatV1 = page(
  'Flatplan — Coastline Magazine',
  `<header><span class="brand">Coastline Magazine</span><nav><a href="/flatplan" class="active">Flatplan</a><a href="/stories">Stories</a><a href="/ads">Ad bookings</a><a href="/production">Production</a></nav></header>
<main>
<div class="row"><label for="issue-select">Issue</label><select id="issue-select"><option>June 2024 (#212)</option><option>July 2024 (#213)</option></select><label for="section-filter">Section</label><select id="section-filter"><option>All</option><option>Features</option><option>Travel</option><option>Food</option></select></div>
<h1>June 2024 — 84 pages</h1>
<div class="spreads grid3">
<div class="spread card"><div class="page-left"><span>Cover</span><span class="status">Signed off</span></div><div class="page-right"><span>IFC — Ad: Harbour Yachts</span><span class="status">Ad in</span></div></div>
<div class="spread card"><div class="page-left"><span>p.2 Contents</span><span class="status">Proofing</span></div><div class="page-right"><span>p.3 Editor's letter</span><span class="status">Copy in</span></div></div>
<div class="spread card"><div class="page-left"><span>p.4 News</span><span class="status">Layout</span></div><div class="page-right"><span>p.5 News</span><span class="status">Layout</span></div></div>
<div class="spread card"><div class="page-left"><span>p.6 Ad: Saltwater Gin</span><span class="status">Awaiting ad</span></div><div class="page-right"><span>p.7 Feature: Cornish coves</span><span class="status">Copy in</span></div></div>
</div>
<section class="card" id="page-panel">
<h2>Selected: p.5 News</h2>
<label for="page-notes">Notes</label><textarea id="page-notes"></textarea>
<div class="row"><button id="move-earlier">Move earlier</button><button id="move-later">Move later</button><button id="lock-page">Lock page</button></div>
</section>
<div class="row"><button id="add-ad-placeholder">Add ad placeholder</button><button id="export-pdf">Export flatplan PDF</button><button id="send-to-printer">Send to printer</button></div>
</main>
<footer>Press date: 22 May · <a href="/production/schedule">Schedule</a></footer>`,
);
const flatV2 = edit(flatV1, [
  [
    '<label for="issue-select">Issue</label><select id="issue-select">',
    '<label for="issue-picker">Issue</label><select id="issue-picker">',
  ],
  [
    '<label for="section-filter">Section</label><select id="section-filter">',
    '<label for="filter-section">Show section</label><select id="filter-section">',
  ],
  [
    '<span>p.5 News</span><span class="status">Layout</span>',
    '<span>p.5 News</span><span class="page-status">Layout</span>',
  ],
  [
    '<label for="page-notes">Notes</label><textarea id="page-notes"></textarea>',
    '<label for="page-comments">Comments</label><textarea id="page-comments"></textarea>',
  ],
  ['<button id="lock-page">Lock page</button>', '<button id="lock-pages">Lock spread</button>'],
  [
    '<button id="add-ad-placeholder">Add ad placeholder</button><button id="export-pdf">Export flatplan PDF</button><button id="send-to-printer">Send to printer</button>',
    '<button id="release-to-print">Release to printer</button><button id="add-advertorial">Add advertorial</button>',
  ],
]);

/* 21. Book foreign rights tracker (full rewrite) */
const rightsDealV1 = page(
  'Rights deals — Fenwick & Hale Publishers',
  `<header><span class="brand">Fenwick &amp; Hale · Rights</span><nav><a href="/titles">Titles</a><a href="/rights" class="active">Rights deals</a><a href="/agents">Agents &amp; scouts</a><a href="/fairs">Book fairs</a></nav></header>
<main>
<h1>Log a rights deal</h1>
<form id="deal-form">
<label for="rights-title">Title</label><select id="rights-title"><option>The Cartographer's Daughter</option><option>Small Hours</option><option>An Atlas of Rain</option></select>
<div class="grid">
<div><label for="language">Language</label><select id="language"><option>French</option><option>German</option><option>Italian</option><option>Korean</option></select></div>
<div><label for="licensee">Licensee publisher</label><input id="licensee"></div>
<div><label for="advance">Advance</label><input id="advance" type="number"></div>
<div><label for="royalty-rate">Royalty (%)</label><input id="royalty-rate" type="number"></div>
</div>
<fieldset><legend>Status</legend>
<label><input type="radio" name="status" value="offer"> Offer received</label>
<label><input type="radio" name="status" value="option"> Under option</label>
<label><input type="radio" name="status" value="signed"> Signed</label>
</fieldset>
<label for="option-expiry">Option expires</label><input id="option-expiry" type="date">
<label><input type="checkbox" id="audio-rights"> Includes audio rights</label>
<label for="scout-name">Introduced by scout</label><input id="scout-name">
<div class="row"><button type="submit" id="log-deal">Log deal</button><button type="reset">Clear</button></div>
</form>
<h2>Deals for this title</h2>
<table id="deals"><thead><tr><th>Language</th><th>Publisher</th><th>Advance</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>German</td><td>Lindqvist Verlag</td><td>€12,000</td><td>Signed</td><td><a class="view-contract" href="/contracts/DE-2231">Contract</a></td></tr>
<tr><td>French</td><td>Éditions du Phare</td><td>€9,500</td><td>Signed</td><td><a class="view-contract" href="/contracts/FR-2291">Contract</a></td></tr>
<tr><td>Korean</td><td>Haneul Books</td><td>$6,000</td><td>Under option</td><td><a class="view-contract" href="/contracts/KO-2302">Contract</a></td></tr>
</tbody></table>
</main>
<footer>Rights &amp; contracts team</footer>`,
);
const rightsDealV2 = page(
  'Translation rights — Fenwick & Hale',
  `<nav class="row"><a href="/" class="logo">Fenwick &amp; Hale</a><a href="/titles">Books</a><a href="/rights" aria-current="page">Translation rights</a><a href="/agents">Contacts</a><a href="/fairs">Fairs</a></nav>
<main>
<div class="row"><h1>Translation rights</h1><select name="work"><option>The Cartographer's Daughter</option><option>Small Hours</option><option>An Atlas of Rain</option></select></div>
<section>
<h2>Current deals</h2>
<div class="deal-row card row" data-deal="DE-2231"><span>German · Lindqvist Verlag · €12,000</span><span class="badge">Signed</span><a class="contract" href="/contracts/DE-2231">Open contract</a></div>
<div class="deal-row card row" data-deal="FR-2291"><span>French · Éditions du Phare · €9,500</span><span class="badge">Signed</span><a class="contract" href="/contracts/FR-2291">Open contract</a></div>
<div class="deal-row card row" data-deal="KO-2302"><span>Korean · Haneul Books · $6,000</span><span class="badge">Optioned</span><a class="contract" href="/contracts/KO-2302">Open contract</a></div>
</section>
<section class="card">
<h2>New deal</h2>
<div class="grid">
<label>Territory / language <select id="deal-language"><option>French</option><option>German</option><option>Italian</option><option>Korean</option></select></label>
<label>Publisher <input name="publisher"></label>
<label>Advance <input id="advance-amount" type="number"></label>
<label>Royalty % <input name="royalty" type="number"></label>
</div>
<div class="row"><label><input type="radio" name="stage" id="status-offer"> Offer</label><label><input type="radio" name="stage" id="status-option"> Optioned</label><label><input type="radio" name="stage" id="status-signed"> Signed</label></div>
<label>Option end <input name="option_end" type="date"></label>
<label><input type="checkbox" id="serial-rights"> Includes serial rights</label>
<button id="save-deal">Save deal</button>
</section>
</main>`,
);

/* 22. Publisher paywall meter (edit) */
const meterV1 = page(
  'Paywall — Evening Ledger Digital',
  `<header><span class="brand">Evening Ledger · Digital</span><nav><a href="/audience">Audience</a><a href="/paywall" class="active">Paywall</a><a href="/newsletters">Newsletters</a><a href="/offers">Offers</a></nav></header>
<main>
<h1>Metered paywall</h1>
<div class="segment-tabs row"><button class="on">Anonymous</button><button>Registered</button><button>Lapsed subscribers</button></div>
<form id="meter-form">
<label for="free-articles">Free articles per month</label><input id="free-articles" type="number" value="5">
<label for="reset-day">Meter resets on day</label><input id="reset-day" type="number" value="1">
<label><input type="checkbox" id="regwall" checked> Ask for registration after 2 articles</label>
<h2>Never count</h2>
<label><input type="checkbox" id="exempt-obituaries" checked> Obituaries &amp; notices</label>
<label><input type="checkbox" id="exempt-live" checked> Live blogs</label>
<label><input type="checkbox" id="exempt-puzzles"> Puzzles</label>
<h2>Referral exemptions</h2>
<label><input type="checkbox" id="exempt-google" checked> Visits from Google Search</label>
<label><input type="checkbox" id="exempt-social"> Visits from social media</label>
<label for="banner-copy">Offer banner text</label><textarea id="banner-copy">You've read all your free articles this month. Subscribe from £1 a week.</textarea>
<div class="row"><button type="submit" id="save-meter">Save</button><button type="button" id="preview-banner">Preview banner</button></div>
</form>
<aside class="card"><h3>Last 7 days</h3><p>Meter hits: 48,120</p><p>Conversions: 312</p><a href="/audience/funnel">Open funnel report</a></aside>
</main>
<footer>Changes go live within 10 minutes</footer>`,
);
const meterV2 = edit(meterV1, [
  [
    '<div class="segment-tabs row"><button class="on">Anonymous</button><button>Registered</button><button>Lapsed subscribers</button></div>',
    '<div class="segment-tabs row"><button data-segment="anonymous" class="on">Logged out</button><button data-segment="lapsed">Former subscribers</button><button data-segment="registered">Signed-in, not paying</button></div>',
  ],
  [
    '<label for="free-articles">Free articles per month</label><input id="free-articles"',
    '<label for="meter-limit">Monthly article limit</label><input id="meter-limit"',
  ],
  ['<label for="reset-day">Meter resets on day</label><input id="reset-day" type="number" value="1">\n', ''],
  [
    '<input type="checkbox" id="regwall" checked> Ask for registration after 2 articles',
    '<input type="checkbox" id="require-signin" checked> Require sign-in after 2 articles',
  ],
  [
    '<input type="checkbox" id="exempt-obituaries" checked> Obituaries &amp; notices',
    '<input type="checkbox" id="exempt-obits" checked> Obituaries',
  ],
  [
    '<label><input type="checkbox" id="exempt-google" checked> Visits from Google Search</label>',
    '<label><input type="checkbox" id="exempt-newsletter" checked> Visits from our newsletters</label>',
  ],
  [
    '<label for="banner-copy">Offer banner text</label><textarea id="banner-copy">',
    '<label for="offer-message">Message when meter runs out</label><textarea id="offer-message">',
  ],
  [
    '<button type="submit" id="save-meter">Save</button>',
    '<button type="submit" id="publish-meter">Publish</button>',
  ],
]);

/* 23. Film festival submissions review (full rewrite) */
const festV1 = page(
  'Submissions — Estuary Film Festival',
  `<header><span class="brand">Estuary Film Festival · Programming</span><nav><a href="/subs" class="active">Submissions</a><a href="/schedule">Schedule</a><a href="/guests">Guests</a><a href="/venues">Venues</a></nav><span class="user">Screener: N. Adeyemi</span></header>
<main>
<h1>My screening queue</h1>
<div class="row"><select id="category-filter"><option>All categories</option><option>Short fiction</option><option>Documentary</option><option>Animation</option></select><select id="round-filter"><option>Round 1</option><option>Round 2</option></select><input id="sub-search" type="search" placeholder="Title or director"></div>
<table id="subs"><thead><tr><th>Ref</th><th>Title</th><th>Country</th><th>Runtime</th><th>Screener</th><th>Score</th></tr></thead><tbody>
<tr data-sub="FF-4402"><td>FF-4402</td><td>Tidewater</td><td>UK</td><td>14 min</td><td><a class="screener" href="/screen/FF-4402">Watch</a></td><td>4</td></tr>
<tr data-sub="FF-4410"><td>FF-4410</td><td>The Last Ferry</td><td>Norway</td><td>22 min</td><td><a class="screener" href="/screen/FF-4410">Watch</a></td><td>—</td></tr>
<tr data-sub="FF-4417"><td>FF-4417</td><td>Paper Birds</td><td>Japan</td><td>9 min</td><td><a class="screener" href="/screen/FF-4417">Watch</a></td><td>—</td></tr>
</tbody></table>
<section class="card" id="review-panel">
<h2>FF-4410 · The Last Ferry</h2>
<p class="muted">Dir. Ingrid Solheim · Short fiction · Norwegian with English subtitles</p>
<label for="score">Score</label><select id="score"><option>—</option><option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select>
<label for="reviewer-notes">Notes</label><textarea id="reviewer-notes"></textarea>
<label><input type="checkbox" id="conflict-declare"> I have a conflict of interest</label>
<div class="row"><button id="shortlist">Shortlist</button><button id="reject">Reject</button><a href="/subs/FF-4410/presskit.pdf" id="download-press-kit">Press kit</a></div>
</section>
</main>
<footer>Deadline for round 1 scores: 30 June</footer>`,
);
const festV2 = page(
  'Screening — Estuary Film Festival',
  `<nav class="row"><a href="/" class="logo">Estuary FF</a><a href="/subs" aria-current="page">Films</a><a href="/schedule">Programme</a><a href="/guests">Guests</a><a href="/venues">Venues</a></nav>
<main>
<div class="grid">
<section>
<h1>Queue</h1>
<form class="row" role="search"><input name="q" type="search" placeholder="Search films"><select name="programme"><option>All strands</option><option>Short fiction</option><option>Documentary</option><option>Animation</option></select><select name="round"><option>Round 1</option><option>Round 2</option></select></form>
<div class="sub card" data-ref="FF-4402"><h3>Tidewater</h3><p>UK · 14 min · score 4</p><a class="watch" href="/screen/FF-4402">Play screener</a></div>
<div class="sub card" data-ref="FF-4410"><h3>The Last Ferry</h3><p>Norway · 22 min</p><a class="watch" href="/screen/FF-4410">Play screener</a></div>
<div class="sub card" data-ref="FF-4417"><h3>Paper Birds</h3><p>Japan · 9 min</p><a class="watch" href="/screen/FF-4417">Play screener</a></div>
</section>
<section class="card">
<h2>The Last Ferry</h2>
<p class="muted">FF-4410 · Ingrid Solheim · Short fiction</p>
<label><input type="checkbox" id="declare-conflict"> Declare a conflict</label>
<label>Rating <select id="rating"><option>—</option><option>1</option><option>2</option><option>3</option><option>4</option><option>5</option></select></label>
<label>Your notes <textarea id="notes"></textarea></label>
<div class="row"><button id="advance-round">Advance to round 2</button><button id="defer">Defer</button></div>
<p class="row"><a href="/subs/FF-4402" class="prev">‹ Previous film</a><a href="/subs/FF-4417" class="next">Next film ›</a></p>
</section>
</div>
<p class="muted">Round 1 scores due <strong>30 June</strong> · <span class="badge">1 of 3 scored</span> · <a href="/help/screening">Screening guidelines</a></p>
</main>`,
);

/* 24. Oral history transcript review (edit) */
const oralV1 = page(
  'Transcript review — Eastbury Sound Archive',
  `<header><span class="brand">Eastbury Sound Archive</span><nav><a href="/interviews">Interviews</a><a href="/transcripts" class="active">Transcripts</a><a href="/clearances">Clearances</a></nav></header>
<main>
<h1>OH/2019/044 — Dockworkers' memories: Frank Ellery</h1>
<div class="player row"><button id="rewind-5">−5 s</button><button id="play-pause">Play</button><button id="forward-5">+5 s</button><select id="playback-rate"><option>0.75×</option><option selected>1×</option><option>1.25×</option></select><label><input type="checkbox" id="auto-scroll" checked> Follow audio</label></div>
<ol class="segments">
<li><button class="ts-jump">00:00:12</button> <span class="speaker">Interviewer</span> <p>Can you tell me when you first started on the docks?</p></li>
<li><button class="ts-jump">00:00:19</button> <span class="speaker">Frank Ellery</span> <p>Nineteen fifty-six. I was fifteen, my dad got me in.</p></li>
<li><button class="ts-jump">00:01:02</button> <span class="speaker">Frank Ellery</span> <p>You'd stand on the stones at seven and hope the foreman picked you.</p></li>
<li><button class="ts-jump">00:01:40</button> <span class="speaker">Interviewer</span> <p>And if he didn't?</p></li>
</ol>
<section class="card" id="segment-editor">
<h2>Edit segment 00:01:02</h2>
<label for="speaker-select">Speaker</label><select id="speaker-select"><option>Interviewer</option><option selected>Frank Ellery</option></select>
<label for="segment-text">Text</label><textarea id="segment-text"></textarea>
<label><input type="checkbox" id="restrict-segment"> Restrict this segment (sensitive content)</label>
<div class="row"><button id="save-segment">Save segment</button><button id="split-segment">Split here</button></div>
</section>
<div class="row"><button id="approve-transcript">Approve transcript</button><a href="/transcripts/OH-2019-044.vtt" id="download-vtt">Download WebVTT</a></div>
</main>
<footer>Clearance status: signed 2019 · <a href="/clearances/OH-2019-044">View form</a></footer>`,
);
const oralV2 = edit(oralV1, [
  ['<button id="play-pause">Play</button>', '<button id="transport-play">▶</button>'],
  ['<select id="playback-rate">', '<select id="speed">'],
  [
    '<label><input type="checkbox" id="auto-scroll" checked> Follow audio</label>',
    '<label><input type="checkbox" id="show-confidence"> Show ASR confidence</label>',
  ],
  ['<button class="ts-jump">00:00:12</button>', '<button class="jump-to">0:12</button>'],
  ['<button class="ts-jump">00:00:19</button>', '<button class="jump-to">0:19</button>'],
  ['<button class="ts-jump">00:01:02</button>', '<button class="jump-to">1:02</button>'],
  ['<button class="ts-jump">00:01:40</button>', '<button class="jump-to">1:40</button>'],
  [
    '<label for="speaker-select">Speaker</label><select id="speaker-select">',
    '<label for="speaker">Who is speaking</label><select id="speaker">',
  ],
  [
    '<input type="checkbox" id="restrict-segment"> Restrict this segment (sensitive content)',
    '<input type="checkbox" id="closure-flag"> Close this segment to the public',
  ],
  [
    '<div class="row"><button id="approve-transcript">Approve transcript</button><a href="/transcripts/OH-2019-044.vtt" id="download-vtt">Download WebVTT</a></div>',
    '<div class="row"><button id="mark-reviewed">Mark as reviewed</button><a href="/transcripts/OH-2019-044/history">Edit history</a></div>',
  ],
]);

export const BLIND28_PAIRS: readonly PagePair[] = [
  {
    name: 'newsroom-wire-feed-triage-b28',
    v1: wireV1,
    v2: wireV2,
    targets: [
      {
        selector: '#agency-filter',
        expect: 'select[name="source"]',
        change: 'agency filter id dropped, now a named source select',
      },
      { selector: '#wire-search', expect: '#q-wires', change: 'search box renamed and moved first' },
      {
        selector: 'tr[data-wire="ap-88121"] .btn-claim',
        expect: 'article[data-id="ap-88121"] button.take',
        change: 'table row became a card; Claim relabelled Take',
      },
      {
        selector: '#bulk-spike',
        expect: '#kill-selected',
        change: 'Spike selected relabelled Kill selected',
      },
      {
        selector: '#send-to-cms',
        expect: '.preview-actions button.primary',
        change: 'id removed, relabelled Push to CMS',
      },
      {
        selector: '#route-notify',
        expect: '#notify-head',
        change: 'routing moved into reader pane, checkbox renamed',
      },
      { selector: '#bulk-forward', expect: null, change: 'bulk forward action removed' },
      {
        selector: '#hide-handled',
        expect: null,
        change: 'hide-handled filter replaced by a show-embargoed checkbox',
      },
    ],
  },
  {
    name: 'corrections-log-editor-b28',
    v1: corrV1,
    v2: corrV2,
    targets: [
      { selector: '#article-url', expect: '#story-url', change: 'URL field renamed Story link' },
      {
        selector: '#save-correction',
        expect: '#publish-correction',
        change: 'save relabelled Publish correction',
      },
      {
        selector: '#preview-correction',
        expect: 'button[data-action="preview"]',
        change: 'id dropped, relabelled',
      },
      { selector: '#reported-by', expect: '#reported-by', change: 'moved to top of form' },
      {
        selector: '.corr-log tbody tr:nth-child(2) .edit-link',
        expect: '.recent tbody tr:nth-child(2) .edit-link',
        change: 'table class renamed',
      },
      { selector: '#corr-type', expect: '#correction-kind', change: 'type select renamed Kind' },
      {
        selector: 'input[name="placement"][value="print"]',
        expect: null,
        change: 'print column option replaced by related-box option',
      },
      { selector: '#legal-review', expect: null, change: 'legal review checkbox removed' },
    ],
  },
  {
    name: 'podcast-ad-insertion-campaign-b28',
    v1: adsV1,
    v2: adsV2,
    targets: [
      {
        selector: '#campaign-name',
        expect: 'input[name="campaignTitle"]',
        change: 'name field relabelled Title, id dropped',
      },
      {
        selector: '#slot-midroll',
        expect: '#placement-mid',
        change: 'placement checkboxes moved to targeting step',
      },
      { selector: '#impression-goal', expect: '#goal-impressions', change: 'relabelled Booked impressions' },
      {
        selector: '.show-list li:nth-child(3) input',
        expect: 'tr[data-show="night-shift"] input[type="checkbox"]',
        change: 'show list became a table',
      },
      {
        selector: '#upload-creative',
        expect: '.creative-drop button',
        change: 'upload button became a drop zone button',
      },
      { selector: '#launch-campaign', expect: '#schedule-campaign', change: 'Launch relabelled Schedule' },
      { selector: '#freq-cap', expect: null, change: 'frequency cap replaced by delivery pacing select' },
      { selector: '#save-draft', expect: null, change: 'draft button removed (autosave)' },
    ],
  },
  {
    name: 'podcast-show-feed-settings-b28',
    v1: feedV1,
    v2: feedV2,
    targets: [
      { selector: '#show-title', expect: '#podcast-title', change: 'title field renamed' },
      {
        selector: '.tabs a:nth-child(3)',
        expect: '.tabs a[href="#distribution"]',
        change: 'new Analytics tab shifts position',
      },
      {
        selector: 'input[name="explicit"][value="yes"]',
        expect: 'input[name="content_rating"][value="explicit"]',
        change: 'explicit radios became content rating',
      },
      { selector: '#copy-feed-url', expect: '#feed-url-copy', change: 'copy button renamed' },
      { selector: '#episode-limit', expect: '#feed-episode-limit', change: 'select id prefixed' },
      {
        selector: '#save-feed-settings',
        expect: 'button.save-settings',
        change: 'id removed, relabelled Save',
      },
      {
        selector: '#itunes-block',
        expect: null,
        change: 'Apple block checkbox replaced by show-complete checkbox',
      },
      { selector: '#redirect-url', expect: null, change: 'redirect field removed in favour of support link' },
    ],
  },
  {
    name: 'photo-agency-assignment-desk-b28',
    v1: assignV1,
    v2: assignV2,
    targets: [
      {
        selector: '#job-table tbody tr:nth-child(2) a.job-title',
        expect: 'li[data-job="J-2207"] h3 a',
        change: 'job table became cards',
      },
      {
        selector: 'input[name="photographer"][value="m-santos"]',
        expect: 'input[name="assignee"][value="msantos"]',
        change: 'radio group renamed',
      },
      {
        selector: '#deadline',
        expect: '#filing-deadline',
        change: 'deadline moved above photographer picker',
      },
      { selector: '#day-rate', expect: '#fee-amount', change: 'fee field renamed' },
      { selector: '#kit-drone', expect: '#needs-drone', change: 'Kit section renamed Needs' },
      { selector: '#send-brief', expect: '#dispatch-brief', change: 'relabelled Assign & notify' },
      { selector: '#kit-lighting', expect: null, change: 'lighting kit replaced by video clips checkbox' },
      { selector: '#print-brief', expect: null, change: 'print button removed' },
    ],
  },
  {
    name: 'photo-agency-caption-metadata-b28',
    v1: iptcV1,
    v2: iptcV2,
    targets: [
      { selector: '#iptc-headline', expect: '#meta-headline', change: 'id prefix changed' },
      { selector: '#iptc-byline', expect: '#meta-creator', change: 'Byline relabelled Creator' },
      {
        selector: '.thumbs li:nth-child(4) input[type="checkbox"]',
        expect: '.thumbs li[data-frame="DSC_0418"] input',
        change: 'new frame inserted first, position shifts',
      },
      { selector: '#apply-selected', expect: '#apply-to-selection', change: 'relabelled Copy to 6 frames' },
      { selector: '#transmit', expect: '#send-to-wire', change: 'relabelled Send to wire' },
      {
        selector: '#usage-restrictions',
        expect: 'select[name="usage"]',
        change: 'id dropped from usage select',
      },
      {
        selector: '#embargo-flag',
        expect: null,
        change: 'embargo checkbox replaced by model release checkbox',
      },
      { selector: '#special-instructions', expect: null, change: 'special instructions removed' },
    ],
  },
  {
    name: 'game-build-pipeline-b28',
    v1: buildV1,
    v2: buildV2,
    targets: [
      {
        selector: '#branch-select',
        expect: 'select[name="stream"]',
        change: 'branch select relabelled Stream, id dropped',
      },
      { selector: '#changelist', expect: '#cl-number', change: 'relabelled CL' },
      { selector: '#platform-ps5', expect: '#target-ps5', change: 'platform checkboxes renamed Targets' },
      { selector: '#cook-content', expect: '#cook', change: 'id shortened, relabelled Cook' },
      {
        selector: '#queue-table tr[data-build="4812"] .cancel-build',
        expect: 'li[data-build-id="4812"] button.abort',
        change: 'queue table became cards; Cancel relabelled Abort',
      },
      {
        selector: '#start-build',
        expect: '#queue-build',
        change: 'relabelled Queue build, moved to side panel',
      },
      {
        selector: '#run-smoke',
        expect: null,
        change: 'smoke test option replaced by upload symbols checkbox',
      },
      {
        selector: '#queue-table tr[data-build="4809"] .view-log',
        expect: null,
        change: 'finished builds moved off the page',
      },
    ],
  },
  {
    name: 'game-art-asset-review-b28',
    v1: assetV1,
    v2: assetV2,
    targets: [
      {
        selector: '#asset-list li:nth-child(3) a',
        expect: '#asset-queue li:nth-child(3) a',
        change: 'list id renamed',
      },
      {
        selector: '.lod-tabs button:nth-child(2)',
        expect: '.lod-tabs button[data-lod="1"]',
        change: 'Overview tab inserted first',
      },
      { selector: '#polycount-budget', expect: '#tri-budget', change: 'budget input renamed' },
      { selector: '#review-comment', expect: '#feedback', change: 'Comments relabelled Feedback' },
      { selector: '#approve-asset', expect: '#asset-approve', change: 'id reordered, label adds version' },
      { selector: '#request-changes', expect: '#needs-work', change: 'relabelled Needs work' },
      { selector: '#flag-outsourcer', expect: null, change: 'vendor notify replaced by tech art checkbox' },
      { selector: '#download-fbx', expect: null, change: 'FBX download removed' },
    ],
  },
  {
    name: 'music-distribution-release-builder-b28',
    v1: releaseV1,
    v2: releaseV2,
    targets: [
      {
        selector: '#release-title',
        expect: 'input[name="album_title"]',
        change: 'relabelled Album / EP title',
      },
      { selector: '#upc', expect: '#barcode', change: 'UPC field renamed Barcode, moved down' },
      {
        selector: '#tracklist tbody tr:nth-child(2) input.isrc',
        expect: '.track[data-pos="2"] input[name="isrc"]',
        change: 'track table became rows of divs',
      },
      {
        selector: 'input[name="territories"][value="worldwide"]',
        expect: '#terr-all',
        change: 'radio renamed, relabelled Everywhere',
      },
      { selector: '#store-tiktok', expect: '#dsp-tiktok', change: 'stores renamed services, reordered' },
      { selector: '#submit-release', expect: '#send-for-review', change: 'relabelled Send for review' },
      { selector: '#store-napster', expect: null, change: 'Napster dropped, Anghami added in its slot' },
      { selector: '#preorder-date', expect: null, change: 'pre-order date removed' },
    ],
  },
  {
    name: 'music-distribution-takedown-b28',
    v1: takedownV1,
    v2: takedownV2,
    targets: [
      { selector: '#takedown-release', expect: '#release-picker', change: 'release select renamed' },
      {
        selector: '#store-list li:nth-child(2) input',
        expect: '#store-list input[value="apple"]',
        change: 'All stores item inserted first',
      },
      {
        selector: 'input[name="reason"][value="rights"]',
        expect: 'input[name="reason"][value="rights-dispute"]',
        change: 'value and label changed',
      },
      { selector: '#effective-date', expect: '#takedown-date', change: 'relabelled Remove on' },
      { selector: '#confirm-irreversible', expect: '#ack-takedown', change: 'confirmation checkbox renamed' },
      {
        selector: '#submit-takedown',
        expect: 'button.danger',
        change: 'id dropped, relabelled Request takedown',
      },
      {
        selector: 'input[name="reason"][value="rebrand"]',
        expect: null,
        change: 'rebrand reason replaced by artist request reason',
      },
      { selector: '#keep-youtube-cid', expect: null, change: 'Content ID option removed' },
    ],
  },
  {
    name: 'music-sync-licence-quote-b28',
    v1: syncV1,
    v2: syncV2,
    targets: [
      { selector: '#track-search', expect: '#find-track', change: 'track search renamed' },
      {
        selector: 'input[name="media"][value="advert"]',
        expect: '#use-advertising',
        change: 'media radios renamed usage',
      },
      {
        selector: '#licence-term',
        expect: 'select[name="term_years"]',
        change: 'relabelled How long, id dropped',
      },
      { selector: '#usage-seconds', expect: '#cue-length', change: 'moved into song section' },
      {
        selector: '#company-name',
        expect: 'input[autocomplete="organization"]',
        change: 'id and name removed',
      },
      { selector: '#request-quote', expect: '#get-quote', change: 'relabelled Get quote' },
      {
        selector: 'input[name="media"][value="game"]',
        expect: null,
        change: 'video game option replaced by podcast',
      },
      { selector: '#attach-cuesheet', expect: null, change: 'cue sheet attachment removed' },
    ],
  },
  {
    name: 'archive-accession-register-b28',
    v1: accnV1,
    v2: accnV2,
    targets: [
      { selector: '#accession-no', expect: '#accn-ref', change: 'relabelled Accession ref.' },
      { selector: '#depositor', expect: '#donor-name', change: 'relabelled Donor / depositor' },
      { selector: '#extent-boxes', expect: '#extent-value', change: 'relabelled Quantity' },
      { selector: '#fmt-audiovisual', expect: '#fmt-av', change: 'relabelled Sound & moving image' },
      { selector: '#access-conditions', expect: '#access-status', change: 'select renamed' },
      {
        selector: '.recent tbody tr:nth-child(1) a.open',
        expect: '.recent a[href="/accessions/2024-117"]',
        change: 'new accession row added on top',
      },
      { selector: '#fmt-digital-media', expect: null, change: 'born-digital format replaced by photographs' },
      { selector: '#print-receipt', expect: null, change: 'print receipt replaced by cancel link' },
    ],
  },
  {
    name: 'library-acquisitions-order-b28',
    v1: acqV1,
    v2: acqV2,
    targets: [
      {
        selector: '#vendor',
        expect: 'select[name="supplier"]',
        change: 'Vendor relabelled Supplier, moved to header card',
      },
      { selector: '#fund-code', expect: '#budget-line', change: 'Fund relabelled Budget' },
      { selector: '#isbn-lookup', expect: '#lookup-isbn', change: 'relabelled Find' },
      {
        selector: 'input[name="format"][value="ebook"]',
        expect: '#fmt-ebook',
        change: 'format radios renamed',
      },
      {
        selector: '#order-lines tbody tr:nth-child(3) .remove-line',
        expect: '.line[data-isbn="9780241986974"] .delete',
        change: 'order table became list; Remove relabelled Delete',
      },
      { selector: '#place-order', expect: '#submit-po', change: 'relabelled Send order to supplier' },
      { selector: '#rush-order', expect: null, change: 'rush checkbox replaced by standing order checkbox' },
      { selector: '#vendor-notes', expect: null, change: 'vendor notes removed' },
    ],
  },
  {
    name: 'archive-digitisation-scan-queue-b28',
    v1: scanV1,
    v2: scanV2,
    targets: [
      { selector: '#dpi', expect: '#resolution', change: 'select id renamed' },
      {
        selector: 'input[name="colour"][value="grey"]',
        expect: 'input[name="colour"][value="greyscale"]',
        change: 'value renamed',
      },
      {
        selector: '.status-tabs a:nth-child(2)',
        expect: '.status-tabs a[href="?status=scanning"]',
        change: 'tabs reordered and relabelled',
      },
      {
        selector: '#queue tbody tr:nth-child(2) .start',
        expect: '#queue tbody tr:nth-child(2) .begin-capture',
        change: 'Start relabelled Capture',
      },
      { selector: '#operator', expect: '#assigned-to', change: 'relabelled Assigned to' },
      { selector: '#qc-required', expect: '#qc-check', change: 'relabelled Needs QC sign-off' },
      { selector: '#format-jp2', expect: null, change: 'JPEG 2000 option replaced by PDF/A' },
      { selector: '#ocr-lang', expect: null, change: 'OCR language removed' },
    ],
  },
  {
    name: 'ticketing-price-tier-editor-b28',
    v1: tiersV1,
    v2: tiersV2,
    targets: [
      {
        selector: 'tr[data-tier="early"] input.price',
        expect: '.tier-card[data-key="early-bird"] input[name="price"]',
        change: 'tier table became cards',
      },
      { selector: '#add-tier', expect: '#new-tier', change: 'moved above tiers, relabelled New ticket' },
      { selector: '#booking-fee', expect: '#fee-model', change: 'relabelled Service fee' },
      { selector: '#absorb-fees', expect: '#organiser-pays-fees', change: 'reworded' },
      { selector: '#max-per-order', expect: '#order-limit', change: 'relabelled Order limit' },
      { selector: '#save-tiers', expect: '#publish-pricing', change: 'relabelled Publish pricing' },
      {
        selector: 'tr[data-tier="student"] .onsale-toggle',
        expect: null,
        change: 'student tier replaced by concession tier',
      },
      { selector: '#enable-waitlist', expect: null, change: 'waitlist option removed' },
    ],
  },
  {
    name: 'ticketing-promoter-settlement-b28',
    v1: settleV1,
    v2: settleV2,
    targets: [
      {
        selector: '#export-csv',
        expect: '#export-xlsx',
        change: 'relabelled Export spreadsheet, moved first',
      },
      { selector: '#approve-settlement', expect: '#sign-off', change: 'relabelled Sign off' },
      {
        selector: '#deductions tbody tr:nth-child(2) .amount',
        expect: '#deductions tbody tr:nth-child(2) .line-total',
        change: 'cell class renamed',
      },
      { selector: '#add-deduction', expect: '#add-cost-line', change: 'relabelled + Cost line' },
      { selector: '#settlement-notes', expect: '#notes-to-promoter', change: 'relabelled Note to promoter' },
      { selector: '.summary dd.net', expect: '.summary dd.net-payable', change: 'class and label changed' },
      { selector: '#hold-payment', expect: null, change: 'hold checkbox replaced by split payout checkbox' },
      { selector: '#email-promoter', expect: null, change: 'email button removed' },
    ],
  },
  {
    name: 'ticketing-gate-scanners-b28',
    v1: gateV1,
    v2: gateV2,
    targets: [
      {
        selector: 'tr[data-device="SC-07"] select.gate',
        expect: 'li[data-serial="SC-07"] select[name="gate"]',
        change: 'device table became cards',
      },
      { selector: '#allow-reentry', expect: '#reentry', change: 'relabelled Pass-outs allowed' },
      { selector: '#type-vip', expect: '#accept-vip', change: 'id renamed' },
      { selector: '#sync-devices', expect: '#push-config', change: 'moved into rules card, relabelled' },
      { selector: '#lock-all', expect: '#lockdown', change: 'relabelled Emergency lock' },
      { selector: '#gate-open-time', expect: 'input[name="doors_open"]', change: 'id dropped' },
      { selector: '#type-daypass', expect: null, change: 'day pass replaced by Saturday ticket type' },
      { selector: '#export-scan-log', expect: null, change: 'scan log download removed' },
    ],
  },
  {
    name: 'streaming-rights-windows-b28',
    v1: rightsV1,
    v2: rightsV2,
    targets: [
      { selector: '#title-search', expect: '#catalogue-search', change: 'search renamed' },
      {
        selector: '#windows tbody tr:nth-child(3) input.end-date',
        expect: '#windows tbody tr:nth-child(3) input.window-end',
        change: 'class renamed',
      },
      { selector: '#offer-avod', expect: '#model-avod', change: 'offer types renamed business models' },
      { selector: '#add-window', expect: '#add-territory-window', change: 'relabelled Add territory' },
      { selector: '#exclusive', expect: '#exclusivity', change: 'id renamed' },
      { selector: '#save-windows', expect: '#save-rights', change: 'relabelled Save rights' },
      { selector: '#offer-tvod', expect: null, change: 'TVOD replaced by EST checkbox' },
      { selector: 'tr[data-territory="BR"] .remove-window', expect: null, change: 'Brazil window removed' },
    ],
  },
  {
    name: 'streaming-encoding-ladder-b28',
    v1: ladderV1,
    v2: ladderV2,
    targets: [
      {
        selector: '#profile-name',
        expect: 'input[name="ladder_name"]',
        change: 'relabelled Name, id dropped',
      },
      { selector: '#video-codec', expect: '#codec', change: 'id shortened' },
      {
        selector: '#rungs tbody tr:nth-child(2) input.bitrate',
        expect: '.rung[data-height="720"] input[name="kbps"]',
        change: 'ladder table became rendition rows',
      },
      { selector: '#drm-fairplay', expect: '#fairplay', change: 'DRM checkboxes renamed Content protection' },
      { selector: '#segment-seconds', expect: '#seg-duration', change: 'relabelled Segment duration' },
      { selector: '#save-profile', expect: '#save-ladder', change: 'moved to header, relabelled Save' },
      { selector: '#drm-clearkey', expect: null, change: 'ClearKey replaced by Marlin checkbox' },
      { selector: '#two-pass', expect: null, change: 'two-pass option removed' },
    ],
  },
  {
    name: 'magazine-issue-flatplan-b28',
    v1: flatV1,
    v2: flatV2,
    targets: [
      { selector: '#issue-select', expect: '#issue-picker', change: 'select renamed' },
      {
        selector: '.spread:nth-child(3) .page-right .status',
        expect: '.spread:nth-child(3) .page-right .page-status',
        change: 'status class renamed',
      },
      { selector: '#lock-page', expect: '#lock-pages', change: 'relabelled Lock spread' },
      { selector: '#section-filter', expect: '#filter-section', change: 'relabelled Show section' },
      {
        selector: '#send-to-printer',
        expect: '#release-to-print',
        change: 'relabelled Release to printer, moved first',
      },
      { selector: '#page-notes', expect: '#page-comments', change: 'relabelled Comments' },
      {
        selector: '#add-ad-placeholder',
        expect: null,
        change: 'ad placeholder replaced by add advertorial button',
      },
      { selector: '#export-pdf', expect: null, change: 'PDF export removed' },
    ],
  },
  {
    name: 'book-foreign-rights-tracker-b28',
    v1: rightsDealV1,
    v2: rightsDealV2,
    targets: [
      {
        selector: '#rights-title',
        expect: 'select[name="work"]',
        change: 'title picker moved into heading row',
      },
      { selector: '#language', expect: '#deal-language', change: 'relabelled Territory / language' },
      { selector: '#advance', expect: '#advance-amount', change: 'id renamed' },
      {
        selector: 'input[name="status"][value="option"]',
        expect: '#status-option',
        change: 'status radios renamed stage',
      },
      {
        selector: '#deals tbody tr:nth-child(2) a.view-contract',
        expect: '.deal-row[data-deal="FR-2291"] a.contract',
        change: 'deal table became cards above form',
      },
      { selector: '#log-deal', expect: '#save-deal', change: 'relabelled Save deal' },
      { selector: '#audio-rights', expect: null, change: 'audio rights replaced by serial rights checkbox' },
      { selector: '#scout-name', expect: null, change: 'scout field removed' },
    ],
  },
  {
    name: 'publisher-paywall-meter-b28',
    v1: meterV1,
    v2: meterV2,
    targets: [
      { selector: '#free-articles', expect: '#meter-limit', change: 'relabelled Monthly article limit' },
      { selector: '#regwall', expect: '#require-signin', change: 'reworded sign-in requirement' },
      { selector: '#exempt-obituaries', expect: '#exempt-obits', change: 'id shortened' },
      { selector: '#banner-copy', expect: '#offer-message', change: 'relabelled' },
      { selector: '#save-meter', expect: '#publish-meter', change: 'relabelled Publish' },
      {
        selector: '.segment-tabs button:nth-child(2)',
        expect: '.segment-tabs button[data-segment="registered"]',
        change: 'tabs reordered and relabelled',
      },
      {
        selector: '#exempt-google',
        expect: null,
        change: 'Google exemption replaced by newsletter exemption',
      },
      { selector: '#reset-day', expect: null, change: 'reset day removed' },
    ],
  },
  {
    name: 'film-festival-submissions-b28',
    v1: festV1,
    v2: festV2,
    targets: [
      {
        selector: '#category-filter',
        expect: 'select[name="programme"]',
        change: 'categories renamed strands, id dropped',
      },
      {
        selector: 'tr[data-sub="FF-4410"] a.screener',
        expect: '.sub[data-ref="FF-4410"] a.watch',
        change: 'table became cards, relabelled Play screener',
      },
      { selector: '#score', expect: '#rating', change: 'relabelled Rating' },
      { selector: '#reviewer-notes', expect: '#notes', change: 'relabelled Your notes' },
      { selector: '#shortlist', expect: '#advance-round', change: 'relabelled Advance to round 2' },
      { selector: '#conflict-declare', expect: '#declare-conflict', change: 'moved above rating' },
      { selector: '#reject', expect: null, change: 'reject replaced by defer button' },
      { selector: '#download-press-kit', expect: null, change: 'press kit link removed' },
    ],
  },
  {
    name: 'oral-history-transcript-review-b28',
    v1: oralV1,
    v2: oralV2,
    targets: [
      { selector: '#speaker-select', expect: '#speaker', change: 'relabelled Who is speaking' },
      {
        selector: '.segments li:nth-child(2) .ts-jump',
        expect: '.segments li:nth-child(2) .jump-to',
        change: 'timestamp button class renamed',
      },
      { selector: '#play-pause', expect: '#transport-play', change: 'text label replaced by icon' },
      { selector: '#restrict-segment', expect: '#closure-flag', change: 'relabelled Close this segment' },
      { selector: '#approve-transcript', expect: '#mark-reviewed', change: 'relabelled Mark as reviewed' },
      { selector: '#playback-rate', expect: '#speed', change: 'id renamed' },
      { selector: '#auto-scroll', expect: null, change: 'follow audio replaced by ASR confidence checkbox' },
      { selector: '#download-vtt', expect: null, change: 'WebVTT download replaced by history link' },
    ],
  },
];
