/**
 * Corpus written blind: page pairs written by someone who had not seen the
 * matcher, first used as a held-out set (on which the matcher of that day
 * found the intended element in 48% of the broken locators, against 80% on
 * the test split it had been shaped on), then joined to the corpus. Banking, calendar, chat, mail, project
 * settings, a CMS, analytics, maps, music, e-learning, healthcare,
 * insurance, property, hiring, food delivery, a cloud console, a password
 * vault, photos, a grade book, a library, a smart home, a form builder, a
 * support widget and a billing page.
 */
import { edit, type PagePair, page } from './page.js';

// 1. Banking: a transfer form redesigned as a "send money" flow.
const transferV1 = page(
  'Make a transfer',
  `<header><a href="/" id="logo">Harbour Bank</a><nav><a href="/accounts" id="nav-accounts">Accounts</a><a href="/payments" id="nav-payments">Payments</a><a href="/cards" id="nav-cards">Cards</a></nav><a href="/logout" id="logout">Log out</a></header>
<main><h1>Make a transfer</h1><form id="transfer-form">
<label for="from-account">From account</label><select id="from-account"><option>Current account ••4821 — £2,340.18</option><option>Savings ••9930 — £12,050.00</option></select>
<label for="payee">Pay to</label><select id="payee"><option>Choose a payee</option><option>J. Patel</option><option>British Gas</option></select>
<a href="/payees/new" id="new-payee">Add a new payee</a>
<label for="amount">Amount (£)</label><input id="amount" type="text" inputmode="decimal">
<label for="reference">Reference</label><input id="reference" maxlength="18">
<label for="when">When</label><select id="when"><option>Now</option><option>Later date</option><option>Standing order</option></select>
<label class="row"><input type="checkbox" id="save-template"> Save as a template</label>
<div class="row"><button type="button" id="cancel-transfer">Cancel</button><button id="continue-transfer" class="btn primary">Continue</button></div></form></main>`,
);

const transferV2 = page(
  'Send money',
  `<header><a href="/" class="brand" aria-label="Harbour Bank home">Harbour</a><nav class="tabs"><a href="/accounts">Accounts</a><a href="/move-money">Move money</a><a href="/cards">Cards</a><a href="/help">Help</a></nav><button class="avatar" aria-label="Profile menu">HB</button></header>
<main><h1>Send money</h1><form class="payment">
<fieldset class="card"><legend>From</legend><select name="source" aria-label="Pay from"><option>Current account ••4821 — £2,340.18</option><option>Savings ••9930 — £12,050.00</option></select></fieldset>
<fieldset class="card"><legend>To</legend><input type="search" name="recipient" placeholder="Search your payees" aria-label="Recipient"><button type="button" class="link">+ New payee</button></fieldset>
<label for="amt">How much?</label><input id="amt" name="amount" inputmode="decimal" placeholder="£0.00">
<label for="ref">Reference (shown on their statement)</label><input id="ref" name="reference" maxlength="18">
<fieldset><legend>When</legend><label class="row"><input type="radio" name="timing" value="now" checked> Today</label><label class="row"><input type="radio" name="timing" value="later"> Choose a date</label></fieldset>
<div class="row"><a href="/accounts" class="muted">Cancel</a><button class="btn primary">Review payment</button></div></form></main>`,
);

// 2. Calendar: an event form redesigned as a two-column editor.
const eventV1 = page(
  'Edit event',
  `<main><h1>Edit event</h1><form id="event-form">
<label for="ev-title">Title</label><input id="ev-title" value="Quarterly planning">
<div class="row"><label for="ev-date">Date</label><input id="ev-date" type="date" value="2024-07-09"><label for="ev-start">Start</label><input id="ev-start" type="time" value="10:00"><label for="ev-end">End</label><input id="ev-end" type="time" value="11:30"></div>
<label class="row"><input type="checkbox" id="all-day"> All day</label>
<label for="repeat">Repeat</label><select id="repeat" name="repeat"><option>Does not repeat</option><option>Weekly</option><option>Monthly</option></select>
<label for="location">Location</label><input id="location" value="Room 4B">
<label for="guests">Guests</label><input id="guests" placeholder="Add guests by email">
<ul id="guest-list"><li>maria@northwind.io <button type="button" class="remove-guest">Remove</button></li><li>tom@northwind.io <button type="button" class="remove-guest">Remove</button></li><li>li.wei@northwind.io <button type="button" class="remove-guest">Remove</button></li></ul>
<label for="reminder">Reminder</label><select id="reminder"><option>10 minutes before</option><option>1 hour before</option></select>
<label for="ev-desc">Description</label><textarea id="ev-desc"></textarea>
<div class="row"><button type="button" id="delete-event">Delete</button><button type="button" id="discard">Discard changes</button><button id="save-event" class="btn primary">Save</button></div></form></main>`,
);

const eventV2 = page(
  'Edit event',
  `<main><form class="event-editor"><div class="row"><button type="button" class="icon close" aria-label="Close">✕</button><input name="title" class="title" value="Quarterly planning" aria-label="Event title"><button class="btn primary">Save</button></div>
<div class="row"><input name="date" type="date" value="2024-07-09" aria-label="Date"><input name="start" type="time" value="10:00" aria-label="Start time"><span>to</span><input name="end" type="time" value="11:30" aria-label="End time"><label class="row"><input type="checkbox" name="allDay"> All day</label></div>
<select name="recurrence" aria-label="Repeat"><option>Does not repeat</option><option>Every week on Tuesday</option><option>Every month</option><option>Custom…</option></select>
<div class="grid"><section><label for="where">Add location</label><input id="where" name="location" value="Room 4B"><button type="button" class="btn">Add video call</button>
<label for="notify">Notification</label><select id="notify"><option>10 minutes before</option><option>1 hour before</option></select>
<textarea name="description" placeholder="Add description" aria-label="Description"></textarea></section>
<section><h3>Guests</h3><input name="guests" placeholder="Add guests" aria-label="Add guests">
<ul class="guests"><li class="row"><span>maria@northwind.io</span><button type="button" class="icon" aria-label="Remove maria@northwind.io">✕</button></li><li class="row"><span>li.wei@northwind.io</span><button type="button" class="icon" aria-label="Remove li.wei@northwind.io">✕</button></li><li class="row"><span>sam.ortiz@northwind.io</span><button type="button" class="icon" aria-label="Remove sam.ortiz@northwind.io">✕</button></li></ul>
<label class="row"><input type="checkbox" name="guestsCanModify"> Guests can modify event</label></section></div>
<div class="row"><button type="button" class="link danger">Delete event</button></div></form></main>`,
);

// 3. Team chat: a channel view with a new sidebar and icon-only actions.
const chatV1 = page(
  '# design',
  `<div class="sidebar"><h3>Acme</h3><input id="jump" placeholder="Jump to…"><h4>Channels</h4><a href="/c/general" id="ch-general"># general</a><br><a href="/c/design" id="ch-design"># design</a><br><a href="/c/random" id="ch-random"># random</a><br><a href="/c/releases" id="ch-releases"># releases</a><br><button id="add-channel">Add channel</button><h4>Direct messages</h4><a href="/dm/priya" id="dm-priya">Priya Nair</a><br><a href="/dm/otto" id="dm-otto">Otto Berg</a></div>
<main style="margin-left:220px"><header><h2># design</h2><button id="channel-details">Details</button><button id="members">12 members</button></header>
<div class="msg" id="m-101"><b>Priya Nair</b> <span class="muted">09:14</span><p>New icon set is up on Figma.</p><button class="react">Add reaction</button> <button class="reply">Reply in thread</button></div>
<div class="msg" id="m-102"><b>Otto Berg</b> <span class="muted">09:20</span><p>Looks great — shipping Thursday?</p><button class="react">Add reaction</button> <button class="reply">Reply in thread</button></div>
<form id="composer" class="row"><button type="button" id="attach">Attach</button><textarea id="message" placeholder="Message #design"></textarea><button id="send">Send</button></form></main>`,
);

const chatV2 = page(
  '# design',
  `<div class="sidebar"><h3>Acme</h3><button class="search" aria-label="Search Acme">Search Acme</button><details open><summary>Channels</summary><a href="/c/general" class="channel"># general</a><br><a href="/c/design" class="channel active"># design</a><br><a href="/c/random" class="channel"># random</a><br><button class="link">+ Create a channel</button></details><details open><summary>Direct messages</summary><a href="/dm/otto" class="dm">Otto Berg</a><br><a href="/dm/priya" class="dm">Priya Nair</a></details></div>
<main style="margin-left:220px"><header><h2># design</h2><button class="members" aria-label="View all 12 members">12</button><button class="icon" aria-label="Channel settings">⚙</button></header>
<div class="message"><b>Priya Nair</b> <span class="muted">09:14</span><p>New icon set is up on Figma.</p><div class="actions"><button class="icon" aria-label="Add reaction">☺</button> <button class="icon" aria-label="Reply in thread">💬</button></div></div>
<div class="message"><b>Otto Berg</b> <span class="muted">09:20</span><p>Looks great — shipping Thursday?</p><div class="actions"><button class="icon" aria-label="Add reaction">☺</button> <button class="icon" aria-label="Reply in thread">💬</button></div></div>
<form class="composer"><textarea name="text" placeholder="Message #design" aria-label="Message"></textarea><div class="row"><button type="button" class="icon" aria-label="Attach a file">📎</button><button type="button" class="icon" aria-label="Add emoji">☺</button><button class="send" aria-label="Send now">➤</button></div></form></main>`,
);

// 4. Email client: table inbox → thread list, icon toolbar, folders renamed.
const inboxV1 = page(
  'Inbox',
  `<header><a href="/" id="logo">Postbox</a><form id="mail-search" class="row"><input id="search-mail" placeholder="Search mail"><button id="search-go">Search</button></form><a href="/settings" id="settings-link">Settings</a></header>
<div class="sidebar"><button id="compose" class="btn primary">Compose</button><br><a href="/inbox" id="f-inbox">Inbox (3)</a><br><a href="/starred" id="f-starred">Starred</a><br><a href="/sent" id="f-sent">Sent</a><br><a href="/drafts" id="f-drafts">Drafts</a><br><a href="/spam" id="f-spam">Spam</a><br><a href="/trash" id="f-trash">Trash</a></div>
<main style="margin-left:220px"><div class="row" id="toolbar"><input type="checkbox" id="select-all" aria-label="Select all"><button id="archive">Archive</button><button id="mark-read">Mark as read</button><button id="delete">Delete</button><button id="refresh">Refresh</button></div>
<table id="messages"><tr class="unread"><td><input type="checkbox" class="pick"></td><td>GitHub</td><td>[homeostat] PR #412 merged</td><td>10:42</td></tr>
<tr class="unread"><td><input type="checkbox" class="pick"></td><td>Ana Lopes</td><td>Lunch on Friday?</td><td>09:05</td></tr>
<tr><td><input type="checkbox" class="pick"></td><td>Stripe</td><td>Your receipt from Acme</td><td>Yesterday</td></tr></table>
<p class="muted" id="storage">Using 3.2 GB of 15 GB</p></main>`,
);

const inboxV2 = page(
  'Inbox',
  `<header><a href="/" class="brand">Postbox</a><input type="search" name="q" placeholder="Search in mail" aria-label="Search mail"><button class="icon" aria-label="Settings">⚙</button></header>
<div class="sidebar"><button class="btn compose">✎ New message</button><br><a href="/inbox" class="folder">Inbox <span class="badge">3</span></a><br><a href="/starred" class="folder">Starred</a><br><a href="/snoozed" class="folder">Snoozed</a><br><a href="/sent" class="folder">Sent</a><br><a href="/drafts" class="folder">Drafts</a><br><a href="/trash" class="folder">Bin</a><br><a href="/more" class="folder">More</a></div>
<main style="margin-left:220px"><div class="row toolbar"><input type="checkbox" aria-label="Select all conversations"><button class="icon" aria-label="Archive">🗄</button><button class="icon" aria-label="Delete">🗑</button><button class="icon" aria-label="Mark as read">✉</button><button class="icon" aria-label="Snooze">⏰</button></div>
<ul class="threads"><li class="thread unread row"><input type="checkbox" aria-label="Select"><b>GitHub</b><span>[homeostat] PR #412 merged</span><span class="muted">10:42</span></li>
<li class="thread unread row"><input type="checkbox" aria-label="Select"><b>Ana Lopes</b><span>Lunch on Friday?</span><span class="muted">09:05</span></li>
<li class="thread row"><input type="checkbox" aria-label="Select"><b>Stripe</b><span>Your receipt from Acme</span><span class="muted">Yesterday</span></li></ul>
<p class="muted">3.2 GB of 15 GB used</p></main>`,
);

// 5. Project settings of a kanban tool: columns table → workflow cards.
const projectV1 = page(
  'Atlas settings',
  `<nav><a href="/projects/atlas/board" id="tab-board">Board</a><a href="/projects/atlas/backlog" id="tab-backlog">Backlog</a><a href="/projects/atlas/reports" id="tab-reports">Reports</a><a href="/projects/atlas/settings" id="tab-settings">Settings</a></nav>
<main><h1>Project settings</h1><form id="project-settings">
<label for="proj-name">Project name</label><input id="proj-name" value="Atlas">
<label for="proj-key">Key</label><input id="proj-key" value="ATL">
<label for="proj-lead">Project lead</label><select id="proj-lead"><option>Hana Suzuki</option><option>Marco Rossi</option></select>
<label for="default-assignee">Default assignee</label><select id="default-assignee"><option>Unassigned</option><option>Project lead</option></select>
<h2>Columns</h2><table id="columns"><tr><th>Column</th><th>WIP limit</th><th></th></tr>
<tr><td>To do</td><td><input class="wip" type="number" value="0"></td><td><button type="button" class="del-col">Delete</button></td></tr>
<tr><td>In progress</td><td><input class="wip" type="number" value="5"></td><td><button type="button" class="del-col">Delete</button></td></tr>
<tr><td>Review</td><td><input class="wip" type="number" value="3"></td><td><button type="button" class="del-col">Delete</button></td></tr>
<tr><td>Done</td><td><input class="wip" type="number" value="0"></td><td><button type="button" class="del-col">Delete</button></td></tr></table>
<button type="button" id="add-column">Add column</button>
<button id="save-project" class="btn primary">Save settings</button></form>
<div class="card"><h3>Danger zone</h3><button id="archive-project">Archive project</button> <button id="delete-project">Delete project</button></div></main>`,
);

const projectV2 = page(
  'Atlas settings',
  `<nav><a href="/projects/atlas/board">Board</a><a href="/projects/atlas/list">List</a><a href="/projects/atlas/timeline">Timeline</a><a href="/projects/atlas/settings" class="active">Settings</a></nav>
<main><div class="grid"><section><h1>Details</h1><form class="details">
<label for="name">Name</label><input id="name" name="name" value="Atlas">
<label for="key">Project key</label><input id="key" name="key" value="ATL" readonly>
<label for="lead">Lead</label><select id="lead" name="lead"><option>Hana Suzuki</option><option>Marco Rossi</option></select>
<button class="btn primary">Save details</button></form></section>
<section><h2>Workflow</h2>
<div class="card column row"><span>To do</span><input type="number" value="0" aria-label="WIP limit for To do"><button type="button" class="icon" aria-label="Remove column To do">✕</button></div>
<div class="card column row"><span>In progress</span><input type="number" value="5" aria-label="WIP limit for In progress"><button type="button" class="icon" aria-label="Remove column In progress">✕</button></div>
<div class="card column row"><span>Done</span><input type="number" value="0" aria-label="WIP limit for Done"><button type="button" class="icon" aria-label="Remove column Done">✕</button></div>
<button type="button" class="link">+ New status</button></section></div>
<div class="card"><h3>Danger zone</h3><p class="muted">Moving to trash keeps the project for 60 days.</p><button class="btn danger">Move to trash</button></div></main>`,
);

// 6. CMS: a classic post form → block editor with a publish bar.
const cmsV1 = page(
  'Edit post',
  `<header><a href="/admin" id="cms-home">Inkwell CMS</a><a href="/admin/posts" id="all-posts">All posts</a><span class="muted" id="autosave">Saved 2 minutes ago</span></header>
<main><div class="grid"><section><label for="post-title">Title</label><input id="post-title" value="Ten tips for better sourdough">
<label for="slug">Slug</label><input id="slug" value="ten-tips-sourdough">
<div class="row" id="format-bar"><button type="button" id="fmt-bold">Bold</button><button type="button" id="fmt-italic">Italic</button><button type="button" id="fmt-link">Link</button><button type="button" id="fmt-image">Insert image</button></div>
<textarea id="body" rows="12">Start with a lively starter…</textarea></section>
<aside class="card"><h3>Publish</h3><label for="status">Status</label><select id="status"><option>Draft</option><option>Pending review</option></select>
<label for="publish-date">Publish on</label><input id="publish-date" type="datetime-local">
<label for="category">Category</label><select id="category"><option>Baking</option><option>Recipes</option></select>
<label for="tags">Tags</label><input id="tags" value="bread, sourdough">
<button type="button" id="preview">Preview</button><button id="publish" class="btn primary">Publish</button></aside></div></main>`,
);

const cmsV2 = page(
  'Edit post',
  `<header><a href="/admin" class="logo" aria-label="Dashboard">✒</a><a href="/admin/posts" class="back">← Posts</a><span class="muted status">Draft saved</span><button type="button" class="btn">Preview</button><button class="btn primary">Publish…</button></header>
<main><div class="grid"><section><textarea name="title" class="title-input" placeholder="Add title" aria-label="Title">Ten tips for better sourdough</textarea>
<div class="row toolbar" role="toolbar"><button type="button" class="icon" aria-label="Bold">B</button><button type="button" class="icon" aria-label="Italic">I</button><button type="button" class="icon" aria-label="Strikethrough">S</button><button type="button" class="icon" aria-label="Link">🔗</button></div>
<div class="editor" contenteditable="true" aria-label="Post content">Start with a lively starter…</div>
<button type="button" class="add-block">+ Add block</button></section>
<aside class="card"><h3>Post</h3><label for="url-slug">URL</label><input id="url-slug" name="slug" value="ten-tips-sourdough">
<label for="categories">Categories</label><select id="categories" name="category"><option>Baking</option><option>Recipes</option></select>
<label for="tag-input">Tags</label><input id="tag-input" name="tags" value="bread, sourdough">
<label for="excerpt">Excerpt</label><textarea id="excerpt"></textarea></aside></div></main>`,
);

// 7. Analytics: a filter form → instant filters and chips.
const analyticsV1 = page(
  'Traffic overview',
  `<header><h1>Traffic overview</h1><select id="site"><option>shop.example.com</option><option>blog.example.com</option></select></header>
<main><form id="filters" class="row"><label for="range">Date range</label><select id="range"><option>Last 7 days</option><option>Last 30 days</option><option>Last 90 days</option><option>Custom</option></select>
<label for="compare">Compare to</label><select id="compare"><option>No comparison</option><option>Previous period</option></select>
<label for="segment">Segment</label><select id="segment"><option>All users</option><option>New users</option><option>Returning users</option></select>
<label class="row"><input type="checkbox" id="exclude-bots" checked> Exclude bots</label>
<button id="apply">Apply</button><button type="reset" id="reset">Reset</button></form>
<div class="grid3"><div class="card"><h3>Visitors</h3><p>18,204</p></div><div class="card"><h3>Page views</h3><p>61,930</p></div><div class="card"><h3>Bounce rate</h3><p>41%</p></div></div>
<table id="top-pages"><tr><th>Page</th><th>Views</th></tr><tr><td><a href="/p/home">/</a></td><td>12,400</td></tr><tr><td><a href="/p/pricing">/pricing</a></td><td>5,210</td></tr></table>
<div class="row"><button id="export-csv">Export CSV</button><button id="schedule-report">Schedule email report</button></div></main>`,
);

const analyticsV2 = page(
  'Overview',
  `<header><h1>Overview</h1><button class="site-picker" aria-label="Switch site">shop.example.com ▾</button></header>
<main><div class="row filters"><select name="period" aria-label="Period"><option>Last 7 days</option><option>Last 28 days</option><option>Last 3 months</option><option>Custom range…</option></select>
<label class="row"><input type="checkbox" name="compare"> Compare with previous period</label>
<button class="chip" type="button">+ Add filter</button><button class="link" type="button">Clear filters</button></div>
<div class="grid3"><div class="card"><h3>Unique visitors</h3><p>18,204</p></div><div class="card"><h3>Total pageviews</h3><p>61,930</p></div><div class="card"><h3>Visit duration</h3><p>2m 14s</p></div></div>
<div class="card"><h3>Top pages</h3><ul><li class="row"><a href="/p/home">/</a><span>12,400</span></li><li class="row"><a href="/p/pricing">/pricing</a><span>5,210</span></li></ul></div>
<div class="row"><button class="btn" aria-haspopup="menu">Export ▾</button></div></main>`,
);

// 8. Route planner: text mode buttons → icon tabs, route list → cards.
const routeV1 = page(
  'Directions',
  `<div class="sidebar"><h2>Directions</h2><div class="row" id="modes"><button id="mode-car">Car</button><button id="mode-transit">Transit</button><button id="mode-walk">Walk</button><button id="mode-bike">Bike</button></div>
<label for="origin">Start</label><input id="origin" value="Alexanderplatz, Berlin">
<label for="dest">Destination</label><input id="dest" value="Tempelhofer Feld">
<button id="swap">Swap</button><button id="add-stop">Add stop</button>
<label for="depart-at">Leave at</label><select id="depart-at"><option>Leave now</option><option>Depart at…</option><option>Arrive by…</option></select>
<h3>Routes</h3><ol id="routes"><li><b>22 min</b> via Karl-Marx-Straße <button class="go">Start</button></li><li><b>25 min</b> via A100 <button class="go">Start</button></li><li><b>27 min</b> via Mehringdamm <button class="go">Start</button></li></ol>
<button id="share-route">Share route</button><button id="print-route">Print</button></div>
<main style="margin-left:220px"><div id="map" style="height:420px;background:#e8eef3"></div><div class="row"><button id="zoom-in">Zoom in</button><button id="zoom-out">Zoom out</button><button id="layers">Layers</button></div></main>`,
);

const routeV2 = page(
  'Directions',
  `<div class="sidebar"><div class="row" role="tablist"><button role="tab" class="mode" aria-label="Driving">🚗</button><button role="tab" class="mode" aria-label="Public transport">🚆</button><button role="tab" class="mode" aria-label="Walking">🚶</button><button role="tab" class="mode" aria-label="Cycling">🚲</button><button role="tab" class="mode" aria-label="Flights">✈</button></div>
<input name="from" value="Alexanderplatz, Berlin" aria-label="Starting point"><button class="icon" aria-label="Reverse starting point and destination">⇅</button>
<input name="to" value="Tempelhofer Feld" aria-label="Destination">
<button class="link">+ Add destination</button>
<select name="when" aria-label="Departure time"><option>Leave now</option><option>Depart at</option><option>Arrive by</option></select>
<div class="routes"><div class="card route"><b>22 min</b> <span>via Karl-Marx-Straße</span> <span class="muted">Fastest route</span> <button class="btn">Go</button></div>
<div class="card route"><b>27 min</b> <span>via Mehringdamm</span> <button class="btn">Go</button></div></div>
<button class="btn" aria-label="Send directions to your phone">Send to phone</button><button class="icon" aria-label="Share">⤴</button></div>
<main style="margin-left:220px"><div class="map" style="height:420px;background:#e8eef3"></div><div class="row zoom"><button class="icon" aria-label="Zoom in">+</button><button class="icon" aria-label="Zoom out">−</button></div></main>`,
);

// 9. Music player: a playlist page that went icon-only; a track removed.
const playlistV1 = page(
  'Late Night Jazz',
  `<div class="sidebar"><a href="/" id="nav-home">Home</a><br><a href="/search" id="nav-search">Search</a><br><a href="/library" id="nav-library">Your Library</a><br><button id="new-playlist">Create playlist</button><br><a href="/liked" id="nav-liked">Liked songs</a></div>
<main style="margin-left:220px"><h1>Late Night Jazz</h1><p class="muted">Playlist · 48 songs</p><div class="row"><button id="play-all" class="btn primary">Play</button><button id="shuffle">Shuffle</button><button id="follow">Follow</button><button id="download">Download</button></div>
<table id="tracks"><tr><th>#</th><th>Title</th><th>Artist</th><th></th></tr>
<tr><td>1</td><td>Blue in Green</td><td>Miles Davis</td><td><button class="like">Like</button> <button class="more">More</button></td></tr>
<tr><td>2</td><td>Naima</td><td>John Coltrane</td><td><button class="like">Like</button> <button class="more">More</button></td></tr>
<tr><td>3</td><td>Peace Piece</td><td>Bill Evans</td><td><button class="like">Like</button> <button class="more">More</button></td></tr>
<tr><td>4</td><td>In a Sentimental Mood</td><td>Duke Ellington</td><td><button class="like">Like</button> <button class="more">More</button></td></tr></table></main>
<footer class="row" id="player"><button id="prev">Previous</button><button id="play-pause">Pause</button><button id="next">Next</button><input id="volume" type="range" aria-label="Volume"><button id="queue">Queue</button></footer>`,
);

const playlistV2 = page(
  'Late Night Jazz',
  `<div class="sidebar"><nav class="row"><a href="/" aria-label="Home">⌂</a><a href="/search" aria-label="Search">🔍</a></nav><h3>Your Library</h3><button class="icon" aria-label="Create playlist or folder">+</button><br><a href="/liked" class="pinned">Liked Songs</a></div>
<main style="margin-left:220px"><h1>Late Night Jazz</h1><p class="muted">Playlist · 47 songs</p><div class="row actions"><button class="play" aria-label="Play Late Night Jazz">▶</button><button class="icon" aria-label="Enable shuffle">🔀</button><button class="icon" aria-label="Save to Your Library">⊕</button><button class="icon" aria-label="More options for Late Night Jazz">…</button></div>
<table class="tracklist"><tr><th>#</th><th>Title</th><th>Album</th><th></th></tr>
<tr><td>1</td><td>Blue in Green<br><span class="muted">Miles Davis</span></td><td>Kind of Blue</td><td><button class="icon" aria-label="Save Blue in Green to Liked Songs">♡</button> <button class="icon" aria-label="More options for Blue in Green">…</button></td></tr>
<tr><td>2</td><td>Peace Piece<br><span class="muted">Bill Evans</span></td><td>Everybody Digs Bill Evans</td><td><button class="icon" aria-label="Save Peace Piece to Liked Songs">♡</button> <button class="icon" aria-label="More options for Peace Piece">…</button></td></tr>
<tr><td>3</td><td>In a Sentimental Mood<br><span class="muted">Duke Ellington</span></td><td>Duke Ellington &amp; John Coltrane</td><td><button class="icon" aria-label="Save In a Sentimental Mood to Liked Songs">♡</button> <button class="icon" aria-label="More options for In a Sentimental Mood">…</button></td></tr></table></main>
<footer class="row now-playing"><button class="icon" aria-label="Previous">⏮</button><button class="icon" aria-label="Pause">⏸</button><button class="icon" aria-label="Next">⏭</button><button class="icon" aria-label="Queue">☰</button><input type="range" aria-label="Volume" class="volume"></footer>`,
);

// 10. Learning platform: a lesson page; modules regrouped into weeks.
const courseV1 = page(
  'Intro to Statistics',
  `<header><a href="/" id="brand">Learnly</a><a href="/my-courses" id="my-courses">My courses</a></header>
<main><h1>Intro to Statistics</h1><div class="row"><span class="badge">Module 3 of 6</span><progress id="progress" value="42" max="100"></progress></div>
<div class="sidebar"><h3>Modules</h3><ol id="modules"><li><a href="/c/stats/m1">Describing data</a></li><li><a href="/c/stats/m2">Probability</a></li><li><a href="/c/stats/m3">Distributions</a></li><li><a href="/c/stats/m4">Sampling</a></li><li><a href="/c/stats/m5">Hypothesis tests</a></li><li><a href="/c/stats/m6">Regression</a></li></ol></div>
<section style="margin-left:220px"><h2>3.2 The normal distribution</h2><video id="lesson-video" controls width="480" height="270"></video>
<div class="row"><button id="prev-lesson">Previous lesson</button><button id="mark-complete">Mark as complete</button><button id="next-lesson" class="btn primary">Next lesson</button></div>
<div class="row"><a href="/c/stats/m3/slides.pdf" id="slides">Download slides</a><a href="/c/stats/m3/notes" id="notes">Lecture notes</a><a href="/c/stats/forum" id="forum">Discussion forum</a></div>
<h3>Quiz</h3><p>Which of these is symmetric?</p><label class="row"><input type="radio" name="q1" id="q1-a"> Normal</label><label class="row"><input type="radio" name="q1" id="q1-b"> Exponential</label><label class="row"><input type="radio" name="q1" id="q1-c"> Poisson</label><button id="check-answer">Check answer</button></section></main>`,
);

const courseV2 = page(
  'Intro to Statistics',
  `<header><a href="/" class="logo">Learnly</a><a href="/dashboard">My learning</a></header>
<main><div class="row"><h1>Intro to Statistics</h1><span class="muted">42% complete</span></div>
<div class="sidebar"><h3>Course content</h3><details><summary>Week 1</summary><a href="/c/stats/m1">Describing data</a></details><details open><summary>Week 2</summary><a href="/c/stats/m2">Probability</a><br><a href="/c/stats/m3">Distributions</a></details><details><summary>Week 3</summary><a href="/c/stats/m4">Sampling</a><br><a href="/c/stats/m5">Hypothesis tests</a></details></div>
<section style="margin-left:220px"><h2>The normal distribution</h2><video class="player" controls width="480" height="270"></video>
<div class="row"><label class="row"><input type="checkbox" name="done"> Completed</label><a href="/c/stats/m3/3" class="btn">Go to next item →</a></div>
<div class="tabs row" role="tablist"><button role="tab" class="tab">Overview</button><button role="tab" class="tab">Transcript</button><button role="tab" class="tab">Notes</button><button role="tab" class="tab">Downloads</button></div>
<h3>Practice quiz</h3><p>Which of these is symmetric?</p><label class="row"><input type="radio" name="q1" value="normal"> Normal distribution</label><label class="row"><input type="radio" name="q1" value="exp"> Exponential distribution</label><label class="row"><input type="radio" name="q1" value="pois"> Poisson distribution</label><button class="btn primary">Submit</button></section></main>`,
);

// 11. Healthcare: appointment booking; a slot taken, a contact option gone.
const apptV1 = page(
  'Book an appointment',
  `<main><h1>Book an appointment</h1><form id="booking">
<label for="clinic">Clinic</label><select id="clinic"><option>Riverside Health Centre</option><option>Old Town Surgery</option></select>
<label for="appt-type">Appointment type</label><select id="appt-type"><option>GP consultation</option><option>Nurse appointment</option><option>Blood test</option></select>
<label for="clinician">Clinician</label><select id="clinician"><option>Any available</option><option>Dr Ruth Adeyemi</option><option>Dr Karl Weiss</option></select>
<h3>Available times — Tue 14 May</h3><div class="row" id="slots"><button type="button" class="slot">08:30</button><button type="button" class="slot">09:10</button><button type="button" class="slot">11:40</button><button type="button" class="slot">15:20</button></div>
<a href="#" id="next-day">Next day</a>
<label for="symptoms">Reason for visit</label><textarea id="symptoms"></textarea>
<label class="row"><input type="radio" name="contact" id="c-phone"> Phone call</label><label class="row"><input type="radio" name="contact" id="c-video"> Video call</label><label class="row"><input type="radio" name="contact" id="c-person"> In person</label>
<label class="row"><input type="checkbox" id="sms-reminder"> Text me a reminder</label>
<button id="book" class="btn primary">Book appointment</button></form></main>`,
);

const apptV2 = page(
  'Book an appointment',
  `<main><h1>Book an appointment</h1><ol class="steps row"><li>Type</li><li>Time</li><li>Details</li></ol><form class="booking">
<fieldset><legend>What do you need?</legend><label class="row"><input type="radio" name="service" value="gp"> See a GP</label><label class="row"><input type="radio" name="service" value="nurse"> See a nurse</label><label class="row"><input type="radio" name="service" value="bloods"> Blood test</label><label class="row"><input type="radio" name="service" value="physio"> Physiotherapy</label></fieldset>
<label for="location">Practice</label><select id="location"><option>Riverside Health Centre</option><option>Old Town Surgery</option></select>
<label for="with">Who with</label><select id="with"><option>First available</option><option>Dr Ruth Adeyemi</option><option>Dr Karl Weiss</option></select>
<div class="row"><button type="button" class="icon" aria-label="Previous day">‹</button><h3>Tuesday 14 May</h3><button type="button" class="icon" aria-label="Next day">›</button></div>
<div class="grid3 times"><button type="button" class="time">08:30</button><button type="button" class="time">11:40</button><button type="button" class="time">13:00</button><button type="button" class="time">15:20</button></div>
<label for="reason">Tell us briefly why you need this appointment</label><textarea id="reason" name="reason"></textarea>
<label for="how">How would you like to be seen?</label><select id="how"><option>Phone call</option><option>In person</option></select>
<button class="btn primary">Confirm booking</button></form></main>`,
);

// 12. Insurance: a car quote form split into sections; name split in two.
const quoteV1 = page(
  'Car insurance quote',
  `<main><h1>Get a car insurance quote</h1><form id="quote">
<h2>About the car</h2><label for="reg">Registration number</label><input id="reg" placeholder="e.g. AB12 CDE"><button type="button" id="find-car">Find car</button>
<label for="mileage">Annual mileage</label><select id="mileage"><option>Up to 5,000</option><option>5,000–10,000</option><option>Over 10,000</option></select>
<label for="parking">Where is it kept overnight?</label><select id="parking"><option>Garage</option><option>Driveway</option><option>Street</option></select>
<h2>About you</h2><label for="full-name">Full name</label><input id="full-name">
<label for="dob">Date of birth</label><input id="dob" type="date">
<label for="licence-years">Years with full licence</label><input id="licence-years" type="number">
<label for="claims">Claims in the last 5 years</label><select id="claims"><option>0</option><option>1</option><option>2 or more</option></select>
<label for="ncd">No-claims discount (years)</label><input id="ncd" type="number">
<label class="row"><input type="checkbox" id="add-driver"> Add a named driver</label>
<label for="cover">Cover</label><select id="cover"><option>Comprehensive</option><option>Third party, fire and theft</option><option>Third party only</option></select>
<label for="promo">Promo code</label><input id="promo">
<button id="get-quote" class="btn primary">Get my quote</button></form></main>`,
);

const quoteV2 = page(
  'Car insurance quote',
  `<main><h1>Car insurance quote</h1><p class="muted">Takes about 4 minutes.</p><form class="quote-form">
<section class="card"><h2>Your car</h2><div class="row"><input name="registration" placeholder="Enter reg" aria-label="Car registration"><button type="button" class="btn">Look up</button></div>
<label for="miles">Miles driven per year</label><input id="miles" name="mileage" type="number" placeholder="7000">
<label for="overnight">Where do you park overnight?</label><select id="overnight" name="parking"><option>Locked garage</option><option>Private driveway</option><option>On the street</option><option>Car park</option></select></section>
<section class="card"><h2>You</h2><div class="grid"><div><label for="first-name">First name</label><input id="first-name" autocomplete="given-name"></div><div><label for="last-name">Last name</label><input id="last-name" autocomplete="family-name"></div></div>
<label for="birth-date">Date of birth</label><input id="birth-date" type="date">
<label for="licence">How long have you held a full licence?</label><select id="licence"><option>Less than 1 year</option><option>1–2 years</option><option>3–5 years</option><option>5+ years</option></select>
<label for="no-claims">Years of no-claims bonus</label><input id="no-claims" type="number">
<label for="claims-count">Any claims or accidents in the last 5 years?</label><select id="claims-count"><option>None</option><option>One</option><option>Two or more</option></select>
<button type="button" class="link">+ Add another driver</button></section>
<label for="cover-level">Level of cover</label><select id="cover-level"><option>Comprehensive</option><option>Third party, fire and theft</option></select>
<button class="btn primary">See my prices</button></form></main>`,
);

// 13. Property search: listing cards reordered, one sold and replaced.
const propertyV1 = page(
  'Homes for sale in Bristol',
  `<header><a href="/" id="logo">Homefinder</a><nav><a href="/buy" id="nav-buy">Buy</a><a href="/rent" id="nav-rent">Rent</a><a href="/sold" id="nav-sold">Sold prices</a><a href="/agents" id="nav-agents">Find an agent</a></nav></header>
<main><form id="search" class="row"><input id="location" value="Bristol"><select id="min-price"><option>Min price</option><option>£200,000</option></select><select id="max-price"><option>Max price</option><option>£450,000</option></select><select id="beds"><option>Any beds</option><option>2+</option><option>3+</option></select><button id="search-btn">Search</button></form>
<div class="row"><span>124 results</span><label for="sort">Sort</label><select id="sort"><option>Newest</option><option>Lowest price</option></select><button id="save-search">Save this search</button><button id="map-view">Map view</button></div>
<div class="card listing" id="l-1"><h3>3 bed terraced house, Bedminster</h3><p>£375,000</p><button class="save-home">Save</button> <a href="/l/1" class="details">More details</a></div>
<div class="card listing" id="l-2"><h3>2 bed flat, Clifton</h3><p>£310,000</p><button class="save-home">Save</button> <a href="/l/2" class="details">More details</a></div>
<div class="card listing" id="l-3"><h3>4 bed semi-detached, Redland</h3><p>£449,950</p><button class="save-home">Save</button> <a href="/l/3" class="details">More details</a></div>
<nav class="row"><a href="?page=2" id="next-page">Next</a></nav></main>`,
);

const propertyV2 = page(
  'Homes for sale in Bristol',
  `<header><a href="/" class="brand">Homefinder</a><nav class="main"><a href="/for-sale">For sale</a><a href="/to-rent">To rent</a><a href="/house-prices">House prices</a><a href="/agents">Agents</a></nav><a href="/login" class="btn">Sign in</a></header>
<main><form class="search row"><input name="where" value="Bristol" aria-label="Location"><button type="button" class="btn">Filters</button><button class="btn primary">Search</button></form>
<div class="row"><span>124 homes</span><select name="sort" aria-label="Sort by"><option>Newest listed</option><option>Price: low to high</option></select><button class="btn alert">🔔 Create alert</button><div class="row" role="group" aria-label="View"><button aria-pressed="true">List</button><button aria-pressed="false">Map</button></div></div>
<div class="grid3"><article class="card property"><a href="/l/2"><h3>2 bed flat, Clifton</h3></a><p>£310,000</p><button class="fav" aria-label="Save 2 bed flat, Clifton">♡</button></article>
<article class="card property"><a href="/l/1"><h3>3 bed terraced house, Bedminster</h3></a><p>£365,000 <span class="badge">Reduced</span></p><button class="fav" aria-label="Save 3 bed terraced house, Bedminster">♡</button></article>
<article class="card property"><a href="/l/7"><h3>3 bed end of terrace, Southville</h3></a><p>£399,000</p><button class="fav" aria-label="Save 3 bed end of terrace, Southville">♡</button></article></div>
<nav class="row pages"><a href="?page=1" aria-current="page">1</a><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2" aria-label="Next page">›</a></nav></main>`,
);

// 14. Job application: a lighter redesign of the same form (a diff).
const jobV1 = page(
  'Apply',
  `<main><h1>Apply: Senior Frontend Engineer</h1><p class="muted">Berlin · Full-time</p><form id="apply">
<label for="first">First name</label><input id="first"><label for="last">Last name</label><input id="last">
<label for="email">Email</label><input id="email" type="email"><label for="phone">Phone</label><input id="phone" type="tel">
<label for="cv">CV / Résumé</label><input id="cv" type="file">
<label for="cover">Cover letter</label><textarea id="cover"></textarea>
<label for="linkedin">LinkedIn profile</label><input id="linkedin" placeholder="https://linkedin.com/in/…">
<label for="portfolio">Portfolio URL</label><input id="portfolio">
<label for="salary">Expected salary (EUR)</label><input id="salary" type="number">
<label for="notice">Notice period</label><select id="notice"><option>Immediately</option><option>1 month</option><option>3 months</option></select>
<label for="source">How did you hear about this job?</label><select id="source"><option>LinkedIn</option><option>Referral</option><option>Job board</option></select>
<label class="row"><input type="checkbox" id="consent"> I agree to the privacy policy</label>
<button id="submit-app" class="btn primary">Submit application</button></form></main>`,
);

const jobV2 = edit(jobV1, [
  [
    '<main><h1>Apply: Senior Frontend Engineer</h1><p class="muted">Berlin · Full-time</p><form id="apply">',
    '<main><div class="row"><h1>Senior Frontend Engineer</h1><span class="badge">Berlin or remote</span></div><form class="application"><h2>Personal information</h2>',
  ],
  [
    '<label for="first">First name</label><input id="first"><label for="last">Last name</label><input id="last">',
    '<label for="name">Full name</label><input id="name" name="name" autocomplete="name">',
  ],
  [
    '<label for="email">Email</label><input id="email" type="email">',
    '<label for="mail">Email address</label><input id="mail" name="email" type="email">',
  ],
  [
    '<label for="cv">CV / Résumé</label><input id="cv" type="file">',
    '<h2>Documents</h2><label for="resume">Upload your résumé (PDF, max 5 MB)</label><input id="resume" name="resume" type="file">',
  ],
  ['<label for="salary">Expected salary (EUR)</label><input id="salary" type="number">\n', ''],
  [
    '<label for="notice">Notice period</label><select id="notice"><option>Immediately</option><option>1 month</option><option>3 months</option></select>',
    '<label for="start">When could you start?</label><select id="start"><option>Immediately</option><option>Within 1 month</option><option>Within 3 months</option></select>',
  ],
  [
    '<label class="row"><input type="checkbox" id="consent"> I agree to the privacy policy</label>',
    '<label class="row"><input type="checkbox" name="privacy"> I have read the candidate privacy notice</label><label class="row"><input type="checkbox" name="talent_pool"> Keep my details for future roles</label>',
  ],
  [
    '<button id="submit-app" class="btn primary">Submit application</button>',
    '<button class="btn primary">Send application</button>',
  ],
]);

// 15. Food delivery checkout: a basket item gone, payment options changed.
const checkoutV1 = page(
  'Checkout',
  `<main><h1>Checkout</h1><div class="grid"><section><h2>Delivery address</h2><p id="address">14 Elm Row, Edinburgh EH7 4AA</p><button id="change-address">Change</button>
<label for="instructions">Instructions for the rider</label><textarea id="instructions" placeholder="e.g. ring the top bell"></textarea>
<h2>Delivery time</h2><label class="row"><input type="radio" name="time" id="asap" checked> As soon as possible (25–35 min)</label><label class="row"><input type="radio" name="time" id="schedule"> Schedule for later</label>
<h2>Payment</h2><label class="row"><input type="radio" name="pay" id="pay-card" checked> Visa ending 4242</label><label class="row"><input type="radio" name="pay" id="pay-paypal"> PayPal</label><label class="row"><input type="radio" name="pay" id="pay-cash"> Cash on delivery</label>
<a href="#" id="add-card">Add a new card</a></section>
<aside class="card"><h3>Your order from Bao Bar</h3><ul id="basket"><li>2 × Pork belly bao £11.00 <button class="qty-minus">−</button><button class="qty-plus">+</button></li><li>1 × Kimchi fries £4.50 <button class="qty-minus">−</button><button class="qty-plus">+</button></li><li>1 × Yuzu lemonade £3.20 <button class="qty-minus">−</button><button class="qty-plus">+</button></li></ul>
<label for="tip">Rider tip</label><select id="tip"><option>No tip</option><option>£1</option><option>£2</option></select>
<label for="voucher">Voucher code</label><input id="voucher"><button id="apply-voucher">Apply</button>
<p>Total <b id="total">£21.19</b></p><button id="place-order" class="btn primary">Place order</button></aside></div></main>`,
);

const checkoutV2 = page(
  'Checkout',
  `<main><h1>Checkout</h1><div class="grid"><section><div class="card row"><div><h3>Deliver to</h3><p class="address">14 Elm Row, Edinburgh EH7 4AA</p></div><button class="link" aria-label="Edit delivery address">Edit</button></div>
<label for="note">Note for rider</label><input id="note" name="instructions" placeholder="Door code, floor, landmarks…">
<div class="row" role="radiogroup" aria-label="Delivery time"><button type="button" role="radio" aria-checked="true" class="option">Standard · 25–35 min</button><button type="button" role="radio" aria-checked="false" class="option">Schedule</button></div>
<h2>Pay with</h2><label class="row"><input type="radio" name="method" value="card" checked> Visa •••• 4242</label><label class="row"><input type="radio" name="method" value="applepay"> Apple Pay</label><label class="row"><input type="radio" name="method" value="paypal"> PayPal</label>
<button type="button" class="link">+ Add payment method</button></section>
<aside class="card"><h3>Bao Bar</h3><ul class="items"><li class="row"><span>Pork belly bao</span><button class="icon" aria-label="Remove one Pork belly bao">−</button><span>2</span><button class="icon" aria-label="Add one Pork belly bao">+</button><span>£11.00</span></li><li class="row"><span>Yuzu lemonade</span><button class="icon" aria-label="Remove one Yuzu lemonade">−</button><span>1</span><button class="icon" aria-label="Add one Yuzu lemonade">+</button><span>£3.20</span></li></ul>
<div class="row" role="group" aria-label="Rider tip"><button type="button" class="tip">£1</button><button type="button" class="tip">£2</button><button type="button" class="tip">£3</button></div>
<button type="button" class="link promo">Add promo code</button>
<p>Total <b class="total">£16.69</b></p><button class="btn primary">Order and pay £16.69</button></aside></div></main>`,
);

// 16. Cloud console: instance list with actions moved into menus.
const cloudV1 = page(
  'Instances',
  `<header><a href="/console" id="console-home">Nimbus Console</a><select id="region"><option>eu-west-1 (Ireland)</option><option>us-east-1 (N. Virginia)</option></select><a href="/billing" id="billing">Billing</a></header>
<main><h1>Instances</h1><div class="row"><button id="launch" class="btn primary">Launch instance</button><button id="refresh">Refresh</button><select id="actions"><option>Actions</option><option>Stop</option><option>Reboot</option><option>Terminate</option></select><input id="filter" placeholder="Filter instances"></div>
<table id="instances"><tr><th></th><th>Name</th><th>ID</th><th>Type</th><th>State</th><th></th></tr>
<tr><td><input type="checkbox" class="sel"></td><td>web-1</td><td>i-0a12f</td><td>t3.medium</td><td>running</td><td><a href="/i/0a12f/connect" class="connect">Connect</a> <button class="stop">Stop</button></td></tr>
<tr><td><input type="checkbox" class="sel"></td><td>web-2</td><td>i-0b98c</td><td>t3.medium</td><td>running</td><td><a href="/i/0b98c/connect" class="connect">Connect</a> <button class="stop">Stop</button></td></tr>
<tr><td><input type="checkbox" class="sel"></td><td>worker-1</td><td>i-0c44d</td><td>c6g.large</td><td>running</td><td><a href="/i/0c44d/connect" class="connect">Connect</a> <button class="stop">Stop</button></td></tr>
<tr><td><input type="checkbox" class="sel"></td><td>db-backup</td><td>i-0d07e</td><td>r6g.xlarge</td><td>stopped</td><td><a href="/i/0d07e/connect" class="connect">Connect</a> <button class="start">Start</button></td></tr></table>
<p class="muted">Showing 4 of 4</p></main>`,
);

const cloudV2 = page(
  'Instances',
  `<header><a href="/console" class="logo" aria-label="Nimbus home">☁ Nimbus</a><input type="search" name="services" placeholder="Search services" aria-label="Search services"><button class="region" aria-haspopup="menu">Ireland (eu-west-1) ▾</button><button class="icon" aria-label="Account menu">👤</button></header>
<main><div class="row"><h1>Instances <span class="muted">(3)</span></h1><button class="icon" aria-label="Refresh instances">⟳</button><button class="btn" aria-haspopup="menu">Instance state ▾</button><button class="btn" aria-haspopup="menu">Actions ▾</button><button class="btn primary">Launch instances</button></div>
<input type="search" name="query" placeholder="Find instance by attribute or tag" aria-label="Find instances">
<table class="resources"><tr><th><input type="checkbox" aria-label="Select all instances"></th><th>Name</th><th>Instance ID</th><th>Instance state</th><th>Instance type</th></tr>
<tr><td><input type="checkbox" aria-label="Select web-1"></td><td><a href="/i/0a12f">web-1</a></td><td>i-0a12f</td><td><span class="badge">Running</span></td><td>t3.medium</td></tr>
<tr><td><input type="checkbox" aria-label="Select worker-1"></td><td><a href="/i/0c44d">worker-1</a></td><td>i-0c44d</td><td><span class="badge">Running</span></td><td>c6g.large</td></tr>
<tr><td><input type="checkbox" aria-label="Select db-backup"></td><td><a href="/i/0d07e">db-backup</a></td><td>i-0d07e</td><td><span class="badge">Stopped</span></td><td>r6g.xlarge</td></tr></table></main>`,
);

// 17. Password manager: vault list sorted, item view with icon actions.
const vaultV1 = page(
  'Vault',
  `<div class="sidebar"><input id="vault-search" placeholder="Search vault"><h4>Categories</h4><a href="#" id="cat-all">All items</a><br><a href="#" id="cat-logins">Logins</a><br><a href="#" id="cat-cards">Cards</a><br><a href="#" id="cat-notes">Secure notes</a><br><a href="#" id="cat-ids">Identities</a><br><a href="#" id="cat-trash">Trash</a></div>
<main style="margin-left:220px"><div class="row"><h1>All items</h1><button id="add-item" class="btn primary">Add item</button><button id="lock">Lock vault</button></div>
<ul id="items"><li class="item"><b>GitHub</b> <span class="muted">ada@lovelace.dev</span> <button class="copy-user">Copy username</button> <button class="copy-pass">Copy password</button></li>
<li class="item"><b>Netflix</b> <span class="muted">family@lovelace.dev</span> <button class="copy-user">Copy username</button> <button class="copy-pass">Copy password</button></li>
<li class="item"><b>Bank of Avalon</b> <span class="muted">ada.l</span> <button class="copy-user">Copy username</button> <button class="copy-pass">Copy password</button></li></ul>
<div class="card" id="detail"><h3>GitHub</h3><label for="d-user">Username</label><input id="d-user" value="ada@lovelace.dev" readonly><label for="d-pass">Password</label><input id="d-pass" type="password" value="hunter2hunter2" readonly><button id="reveal">Show</button><button id="generate">Generate new password</button><label for="d-url">Website</label><input id="d-url" value="https://github.com" readonly><button id="edit-item">Edit</button><button id="delete-item">Delete</button></div></main>`,
);

const vaultV2 = page(
  'Vault',
  `<div class="sidebar"><input type="search" name="search" placeholder="Search all items" aria-label="Search"><h4>Types</h4><a href="#" class="filter active">All</a><br><a href="#" class="filter">Login</a><br><a href="#" class="filter">Card</a><br><a href="#" class="filter">Identity</a><br><a href="#" class="filter">Note</a><br><a href="#" class="filter">SSH key</a><hr><a href="#" class="filter">Favourites</a><br><a href="#" class="filter">Bin</a></div>
<main style="margin-left:220px"><div class="row"><h1>All vaults</h1><button class="btn primary">+ New</button><button class="icon" aria-label="Lock now">🔒</button></div>
<ul class="list"><li class="row vault-item"><b>Bank of Avalon</b> <span class="muted">ada.l</span> <button class="icon" aria-label="Copy password for Bank of Avalon">⧉</button></li>
<li class="row vault-item"><b>GitHub</b> <span class="muted">ada@lovelace.dev</span> <button class="icon" aria-label="Copy password for GitHub">⧉</button></li>
<li class="row vault-item"><b>Netflix</b> <span class="muted">family@lovelace.dev</span> <button class="icon" aria-label="Copy password for Netflix">⧉</button></li></ul>
<section class="card item-view"><h3>GitHub</h3><dl><dt>Username</dt><dd class="row"><span>ada@lovelace.dev</span><button class="icon" aria-label="Copy username">⧉</button></dd><dt>Password</dt><dd class="row"><input type="password" value="hunter2hunter2" readonly aria-label="Password"><button class="icon" aria-label="Toggle visibility">👁</button><button class="icon" aria-label="Copy password">⧉</button></dd><dt>Website</dt><dd><a href="https://github.com">github.com</a></dd></dl><div class="row"><button class="btn">Edit</button><button class="btn" aria-label="More item options">⋯</button></div></section></main>`,
);

// 18. Photo gallery: album toolbar → icons, a photo deleted, one added.
const albumV1 = page(
  'Iceland 2023',
  `<header><a href="/" id="home">Snapbook</a><input id="photo-search" placeholder="Search photos"><button id="upload" class="btn primary">Upload</button></header>
<main><div class="row"><h1>Iceland 2023</h1><span class="muted">86 photos</span><button id="share-album">Share album</button><button id="slideshow">Slideshow</button><button id="album-settings">Album settings</button></div>
<div class="row"><label for="sort-photos">Sort by</label><select id="sort-photos"><option>Date taken</option><option>Date added</option></select><button id="select-mode">Select</button></div>
<div class="grid3" id="photos"><figure class="photo"><img alt="Skógafoss waterfall" width="200" height="140"><figcaption>Skógafoss</figcaption><button class="fav">Favourite</button></figure>
<figure class="photo"><img alt="Black sand beach at Reynisfjara" width="200" height="140"><figcaption>Reynisfjara</figcaption><button class="fav">Favourite</button></figure>
<figure class="photo"><img alt="Jökulsárlón glacier lagoon" width="200" height="140"><figcaption>Jökulsárlón</figcaption><button class="fav">Favourite</button></figure></div>
<button id="load-more">Load more photos</button></main>`,
);

const albumV2 = page(
  'Iceland 2023',
  `<header><a href="/" class="logo">Snapbook</a><input type="search" name="q" placeholder="Search your photos, people and places" aria-label="Search"><button class="btn" aria-label="Upload photos">⤒ Upload</button></header>
<main><div class="row"><h1>Iceland 2023</h1><span class="muted">85 items</span></div><div class="row toolbar"><button class="icon" aria-label="Share">⤴</button><button class="icon" aria-label="Play slideshow">▶</button><button class="icon" aria-label="Add photos to album">＋</button><button class="icon" aria-label="More options">⋮</button></div>
<div class="grid3 photos"><figure class="tile"><img alt="Skógafoss waterfall" width="200" height="140"><button class="icon" aria-label="Favourite Skógafoss">☆</button><button class="icon check" aria-label="Select Skógafoss">○</button></figure>
<figure class="tile"><img alt="Jökulsárlón glacier lagoon" width="200" height="140"><button class="icon" aria-label="Favourite Jökulsárlón">☆</button><button class="icon check" aria-label="Select Jökulsárlón">○</button></figure>
<figure class="tile"><img alt="Northern lights over Kirkjufell" width="200" height="140"><button class="icon" aria-label="Favourite Kirkjufell">☆</button><button class="icon check" aria-label="Select Kirkjufell">○</button></figure></div></main>`,
);

// 19. School grade book: a student left; comment → feedback icon; autosave.
const gradesV1 = page(
  'Grade book',
  `<main><div class="row"><h1>Grade book — 9B Mathematics</h1><select id="term"><option>Autumn term</option><option>Spring term</option></select></div>
<div class="row"><button id="add-assignment">New assignment</button><button id="export-grades">Export</button><label class="row"><input type="checkbox" id="show-percent"> Show percentages</label></div>
<table id="grades"><tr><th>Student</th><th>Algebra test</th><th>Geometry project</th><th>Homework avg</th><th></th></tr>
<tr><td>Ahmed, Yusuf</td><td><input class="score" value="18"></td><td><input class="score" value="B+"></td><td>82%</td><td><button class="comment">Comment</button></td></tr>
<tr><td>Brennan, Siobhan</td><td><input class="score" value="15"></td><td><input class="score" value="A"></td><td>91%</td><td><button class="comment">Comment</button></td></tr>
<tr><td>Chen, Lucas</td><td><input class="score" value="12"></td><td><input class="score" value="B"></td><td>74%</td><td><button class="comment">Comment</button></td></tr>
<tr><td>Dubois, Emma</td><td><input class="score" value="20"></td><td><input class="score" value="A-"></td><td>88%</td><td><button class="comment">Comment</button></td></tr></table>
<div class="row"><button id="save-grades" class="btn primary">Save grades</button><button id="publish-grades">Release to students</button></div></main>`,
);

const gradesV2 = page(
  'Grade book',
  `<main><div class="row"><h1>9B Mathematics</h1><span class="muted">Grades</span><select name="period" aria-label="Grading period"><option>Term 1</option><option>Term 2</option><option>Term 3</option></select></div>
<div class="row"><button class="btn">+ Add assessment</button><button class="btn" aria-haspopup="menu">Download ▾</button></div>
<table class="gradebook"><tr><th>Student</th><th>Algebra test <span class="muted">/20</span></th><th>Geometry project</th><th>Homework</th><th></th></tr>
<tr><td>Yusuf Ahmed</td><td><input class="grade" value="18" aria-label="Algebra test, Yusuf Ahmed"></td><td><input class="grade" value="B+" aria-label="Geometry project, Yusuf Ahmed"></td><td>82%</td><td><button class="icon" aria-label="Feedback for Yusuf Ahmed">💬</button></td></tr>
<tr><td>Siobhan Brennan</td><td><input class="grade" value="15" aria-label="Algebra test, Siobhan Brennan"></td><td><input class="grade" value="A" aria-label="Geometry project, Siobhan Brennan"></td><td>91%</td><td><button class="icon" aria-label="Feedback for Siobhan Brennan">💬</button></td></tr>
<tr><td>Emma Dubois</td><td><input class="grade" value="20" aria-label="Algebra test, Emma Dubois"></td><td><input class="grade" value="A-" aria-label="Geometry project, Emma Dubois"></td><td>88%</td><td><button class="icon" aria-label="Feedback for Emma Dubois">💬</button></td></tr>
<tr><td>Grace Okoro <span class="badge">New</span></td><td><input class="grade" value="" aria-label="Algebra test, Grace Okoro"></td><td><input class="grade" value="" aria-label="Geometry project, Grace Okoro"></td><td>—</td><td><button class="icon" aria-label="Feedback for Grace Okoro">💬</button></td></tr></table>
<div class="row"><span class="muted">All changes saved</span><button class="btn primary">Publish grades</button></div></main>`,
);

// 20. Library catalogue: results reordered, hold → reserve/borrow.
const libraryV1 = page(
  'Catalogue search',
  `<header><a href="/" id="lib-home">City Library</a><nav><a href="/catalogue" id="nav-catalogue">Catalogue</a><a href="/events" id="nav-events">Events</a><a href="/account" id="nav-account">My account</a></nav></header>
<main><form id="cat-search" class="row"><select id="search-field"><option>Keyword</option><option>Title</option><option>Author</option><option>ISBN</option></select><input id="q" value="ishiguro"><button id="go">Search</button></form><a href="/advanced" id="advanced">Advanced search</a>
<div class="sidebar"><h4>Format</h4><label class="row"><input type="checkbox" id="f-book"> Book</label><label class="row"><input type="checkbox" id="f-ebook"> eBook</label><label class="row"><input type="checkbox" id="f-audio"> Audiobook</label><label class="row"><input type="checkbox" id="f-dvd"> DVD</label><h4>Availability</h4><label class="row"><input type="checkbox" id="available-now"> Available now</label></div>
<section style="margin-left:220px"><div class="card record"><h3><a href="/r/101">Klara and the Sun</a></h3><p>Ishiguro, Kazuo · 2021 · Book</p><p>3 of 5 copies available</p><button class="hold">Place hold</button> <button class="list-add">Add to list</button></div>
<div class="card record"><h3><a href="/r/102">Never Let Me Go</a></h3><p>Ishiguro, Kazuo · 2005 · Book</p><p>All copies on loan</p><button class="hold">Place hold</button> <button class="list-add">Add to list</button></div>
<div class="card record"><h3><a href="/r/103">The Remains of the Day</a></h3><p>Ishiguro, Kazuo · 1989 · eBook</p><p>Available to borrow</p><button class="hold">Place hold</button> <button class="list-add">Add to list</button></div></section></main>`,
);

const libraryV2 = page(
  'Catalogue search',
  `<header><a href="/" class="brand">City Library</a><nav><a href="/search">Search</a><a href="/whats-on">What's on</a><a href="/digital">Digital library</a><a href="/account" class="btn">Log in / My account</a></nav></header>
<main><form class="search row" role="search"><input name="query" value="ishiguro" aria-label="Search the catalogue"><select name="scope" aria-label="Search in"><option>Everything</option><option>Title</option><option>Author</option><option>Subject</option></select><button class="btn primary" aria-label="Search">🔍</button></form>
<div class="sidebar"><h4>Format</h4><label class="row"><input type="checkbox" name="format" value="book"> Books</label><label class="row"><input type="checkbox" name="format" value="ebook"> eBooks</label><label class="row"><input type="checkbox" name="format" value="eaudio"> eAudiobooks</label><label class="row"><input type="checkbox" name="format" value="large-print"> Large print</label><h4>Availability</h4><label class="row"><input type="checkbox" name="available"> Only show items on the shelf</label></div>
<section style="margin-left:220px"><div class="card result"><h3><a href="/r/101">Klara and the Sun</a></h3><p>Kazuo Ishiguro · 2021</p><p class="badge">Available · 3 copies</p><button class="btn">Reserve</button> <button class="icon" aria-label="Save to a list">☆</button></div>
<div class="card result"><h3><a href="/r/103">The Remains of the Day</a></h3><p>Kazuo Ishiguro · 1989</p><p class="badge">eBook · borrow now</p><button class="btn">Borrow</button> <button class="icon" aria-label="Save to a list">☆</button></div>
<div class="card result"><h3><a href="/r/102">Never Let Me Go</a></h3><p>Kazuo Ishiguro · 2005</p><p class="badge">On loan · 4 holds</p><button class="btn">Reserve</button> <button class="icon" aria-label="Save to a list">☆</button></div></section></main>`,
);

// 21. Smart-home dashboard: device cards grouped by room, automations → scenes.
const homeV1 = page(
  'Home',
  `<header><h1>Home</h1><select id="home-select"><option>Maple Street</option><option>Lake cabin</option></select><button id="add-device">Add device</button></header>
<main><div class="grid3"><div class="card" id="d-thermostat"><h3>Living room thermostat</h3><p>21.5 °C · Heating</p><button class="temp-down">−</button> <button class="temp-up">+</button><select class="mode"><option>Heat</option><option>Cool</option><option>Off</option></select></div>
<div class="card" id="d-lights"><h3>Kitchen lights</h3><p>On · 80%</p><button class="toggle">Turn off</button><input class="dim" type="range" value="80" aria-label="Brightness"></div>
<div class="card" id="d-lock"><h3>Front door lock</h3><p>Locked</p><button class="toggle">Unlock</button></div>
<div class="card" id="d-camera"><h3>Garden camera</h3><p>Offline since 08:12</p><button class="reconnect">Reconnect</button></div>
<div class="card" id="d-plug"><h3>Desk plug</h3><p>Off</p><button class="toggle">Turn on</button></div></div>
<h2>Automations</h2><ul id="automations"><li>Good morning <button class="run">Run</button></li><li>Away mode <button class="run">Run</button></li><li>Movie night <button class="run">Run</button></li></ul></main>`,
);

const homeV2 = page(
  'Home',
  `<header><div class="row"><button class="home-switch" aria-haspopup="menu">Maple Street ▾</button></div><button class="icon" aria-label="Add a device">＋</button><button class="icon" aria-label="Settings">⚙</button></header>
<main><h2>Scenes</h2><div class="row scenes"><button class="scene">☀ Good morning</button><button class="scene">🎬 Movie night</button><button class="scene">🌙 Bedtime</button></div>
<h2>Living room</h2><div class="grid3"><div class="card tile"><h3>Thermostat</h3><p>21.5 °C · Heating to 22 °C</p><div class="row"><button class="icon" aria-label="Lower temperature">−</button><button class="icon" aria-label="Raise temperature">+</button></div><div class="row" role="radiogroup" aria-label="Mode"><button role="radio" aria-checked="true">Heat</button><button role="radio" aria-checked="false">Cool</button><button role="radio" aria-checked="false">Auto</button><button role="radio" aria-checked="false">Off</button></div></div></div>
<h2>Kitchen</h2><div class="grid3"><div class="card tile"><h3>Ceiling lights</h3><p>80%</p><button role="switch" aria-checked="true" aria-label="Kitchen lights">On</button><input type="range" value="80" aria-label="Brightness"></div><div class="card tile"><h3>Desk plug</h3><button role="switch" aria-checked="false" aria-label="Desk plug">Off</button></div></div>
<h2>Entrance</h2><div class="grid3"><div class="card tile"><h3>Front door</h3><p>Locked</p><button class="btn">Unlock</button></div></div></main>`,
);

// 22. Survey builder: a question palette → one add button, icon actions.
const builderV1 = page(
  'Edit form',
  `<header><a href="/forms" id="back-forms">My forms</a><input id="form-title" value="Customer onboarding survey"><button id="preview-form">Preview</button><button id="publish-form" class="btn primary">Publish</button></header>
<main><div class="sidebar"><h4>Add a question</h4><button id="add-short">Short answer</button><br><button id="add-paragraph">Paragraph</button><br><button id="add-choice">Multiple choice</button><br><button id="add-checkbox">Checkboxes</button><br><button id="add-dropdown">Dropdown</button><br><button id="add-rating">Rating scale</button></div>
<section style="margin-left:220px"><div class="card question" id="q-1"><input class="q-text" value="What is your company name?"><select class="q-type"><option>Short answer</option></select><label class="row"><input type="checkbox" class="required" checked> Required</label><button class="dup">Duplicate</button><button class="del">Delete</button></div>
<div class="card question" id="q-2"><input class="q-text" value="How big is your team?"><select class="q-type"><option>Multiple choice</option></select><label class="row"><input type="checkbox" class="required"> Required</label><button class="dup">Duplicate</button><button class="del">Delete</button></div>
<div class="card question" id="q-3"><input class="q-text" value="What do you hope to achieve?"><select class="q-type"><option>Paragraph</option></select><label class="row"><input type="checkbox" class="required"> Required</label><button class="dup">Duplicate</button><button class="del">Delete</button></div></section></main>`,
);

const builderV2 = page(
  'Edit form',
  `<header><a href="/forms" class="back" aria-label="Back to all forms">←</a><input name="title" value="Customer onboarding survey" aria-label="Form title"><span class="muted">Saved</span><button class="icon" aria-label="Preview">👁</button><button class="btn">Share</button><button class="btn primary">Publish</button></header>
<main><section><div class="card block"><textarea name="question" aria-label="Question">What is your company name?</textarea><div class="row"><span class="badge">Short text</span><label class="row"><input type="checkbox" role="switch" checked aria-label="Required"> Required</label><button class="icon" aria-label="Duplicate question">⧉</button><button class="icon" aria-label="Delete question">🗑</button></div></div>
<div class="card block"><textarea name="question" aria-label="Question">What do you hope to achieve?</textarea><div class="row"><span class="badge">Long text</span><label class="row"><input type="checkbox" role="switch" aria-label="Required"> Required</label><button class="icon" aria-label="Duplicate question">⧉</button><button class="icon" aria-label="Delete question">🗑</button></div></div>
<button class="btn add-block">+ Add question</button></section></main>`,
);

// 23. Support chat widget: a messenger-style redesign.
const widgetV1 = page(
  'Pricing',
  `<main><h1>Pricing</h1><p>Plans for teams of every size.</p></main>
<div class="modal" id="chat-widget"><div class="row"><h3>Chat with us</h3><button id="minimise">Minimise</button><button id="close-chat">Close</button></div>
<p class="muted">We usually reply in a few minutes.</p>
<div class="bubble agent"><b>Sofia</b><p>Hi! How can I help you today?</p></div>
<div class="row" id="quick-replies"><button class="quick">Pricing question</button><button class="quick">Technical issue</button><button class="quick">Talk to sales</button></div>
<form id="chat-form" class="row"><input id="chat-input" placeholder="Type your message…"><button type="button" id="chat-attach">Attach file</button><button id="chat-send">Send</button></form>
<div class="row"><a href="/help" id="help-link">Visit help centre</a><button id="email-transcript">Email transcript</button></div></div>`,
);

const widgetV2 = page(
  'Pricing',
  `<main><h1>Pricing</h1><p>Plans for teams of every size.</p></main>
<div class="modal messenger" role="dialog" aria-label="Support chat"><div class="row"><div><h3>Acme Support</h3><p class="muted">The team typically replies in under 5 minutes</p></div><button class="icon" aria-label="Minimize chat">—</button></div>
<div class="bubble from-agent"><b>Sofia · Support</b><p>Hi! How can I help you today?</p></div>
<div class="row suggestions"><button class="chip">Billing &amp; pricing</button><button class="chip">Something isn't working</button><button class="chip">Book a demo</button></div>
<form class="composer row"><textarea name="message" placeholder="Write a message…" aria-label="Message"></textarea><button type="button" class="icon" aria-label="Add attachment">📎</button><button type="button" class="icon" aria-label="Insert emoji">☺</button><button class="icon" aria-label="Send message">➤</button></form>
<div class="row tabs"><a href="/chat" class="tab">Messages</a><a href="/help" class="tab">Help</a></div></div>`,
);

// 24. Subscription management: plan card, invoices with icon downloads.
const billingV1 = page(
  'Your subscription',
  `<main><h1>Your subscription</h1><div class="card" id="plan-card"><h3>Pro plan — monthly</h3><p>£12.00 per month · renews 3 August</p><button id="change-plan">Change plan</button> <button id="switch-annual">Switch to annual billing (save 20%)</button></div>
<h2>Payment method</h2><p id="card-on-file">Mastercard ending 5511, expires 09/26</p><button id="update-card">Update card</button>
<h2>Billing history</h2><table id="invoices"><tr><th>Date</th><th>Amount</th><th></th></tr>
<tr><td>3 July 2024</td><td>£12.00</td><td><a href="/inv/0724.pdf" class="download">Download PDF</a></td></tr>
<tr><td>3 June 2024</td><td>£12.00</td><td><a href="/inv/0624.pdf" class="download">Download PDF</a></td></tr>
<tr><td>3 May 2024</td><td>£12.00</td><td><a href="/inv/0524.pdf" class="download">Download PDF</a></td></tr></table>
<label for="billing-email">Send receipts to</label><input id="billing-email" value="finance@kestrel.io"><button id="save-email">Save</button>
<div class="row"><button id="pause-sub">Pause subscription</button><button id="cancel-sub" class="danger">Cancel subscription</button></div></main>`,
);

const billingV2 = page(
  'Billing',
  `<main><h1>Billing</h1><div class="grid"><section class="card plan"><span class="badge">Current plan</span><h3>Pro</h3><p>£12.00 / month, next payment on 3 August</p><a href="/billing/plans" class="btn primary">Upgrade or change plan</a></section>
<section class="card"><h3>Payment method</h3><p>Mastercard •••• 5511 <span class="muted">Exp. 09/26</span></p><button class="btn">Edit payment method</button></section></div>
<h2>Invoices</h2><table class="invoices"><tr><th>Date</th><th>Total</th><th>Status</th><th></th></tr>
<tr><td>3 July 2024</td><td>£12.00</td><td><span class="badge">Paid</span></td><td><a href="/inv/0724.pdf" aria-label="Download invoice for July 2024">⤓</a></td></tr>
<tr><td>3 June 2024</td><td>£12.00</td><td><span class="badge">Paid</span></td><td><a href="/inv/0624.pdf" aria-label="Download invoice for June 2024">⤓</a></td></tr>
<tr><td>3 May 2024</td><td>£12.00</td><td><span class="badge">Paid</span></td><td><a href="/inv/0524.pdf" aria-label="Download invoice for May 2024">⤓</a></td></tr></table>
<h2>Billing details</h2><label for="invoice-email">Billing email</label><input id="invoice-email" name="billing_email" value="finance@kestrel.io"><label for="vat-id">VAT number</label><input id="vat-id" name="vat"><button class="btn">Update billing details</button>
<p class="muted">Need to stop? <a href="/billing/cancel" class="danger">Cancel plan</a></p></main>`,
);

/** The held-out pairs, in a fixed order. */
export const BLIND_PAIRS: readonly PagePair[] = [
  {
    name: 'bank-transfer',
    v1: transferV1,
    v2: transferV2,
    targets: [
      {
        selector: '#nav-payments',
        expect: 'a[href="/move-money"]',
        change: 'relabeled Payments → Move money, new URL',
      },
      {
        selector: '#logout',
        expect: null,
        change: 'log out moved into a profile menu; avatar button in its place',
      },
      { selector: '#payee', expect: 'input[name="recipient"]', change: 'payee select → search field' },
      {
        selector: '#new-payee',
        expect: 'button.link',
        change: 'link → button, relabeled Add a new payee → + New payee',
      },
      { selector: '#amount', expect: '#amt', change: 'renamed id, relabeled Amount → How much?' },
      {
        selector: '#continue-transfer',
        expect: 'button.primary',
        change: 'relabeled Continue → Review payment',
      },
    ],
  },
  {
    name: 'calendar-editor',
    v1: eventV1,
    v2: eventV2,
    targets: [
      {
        selector: '#ev-title',
        expect: 'input[name="title"]',
        change: 'label → aria-label, moved to top bar',
      },
      {
        selector: '[name="repeat"]',
        expect: 'select[name="recurrence"]',
        change: 'name renamed, label → aria-label, options reworded',
      },
      { selector: '#reminder', expect: '#notify', change: 'renamed id, relabeled Reminder → Notification' },
      {
        selector: '#guest-list li:nth-child(2) .remove-guest',
        expect: null,
        change: 'guest removed; a new guest added at the end',
      },
      {
        selector: '#guest-list li:nth-child(3) .remove-guest',
        expect: '[aria-label="Remove li.wei@northwind.io"]',
        change: 'text → icon with aria-label, moved up one',
      },
      {
        selector: '#delete-event',
        expect: 'button.danger',
        change: 'relabeled Delete → Delete event, moved',
      },
      { selector: '#save-event', expect: 'button.primary', change: 'id removed, moved to the top bar' },
    ],
  },
  {
    name: 'chat-channels',
    v1: chatV1,
    v2: chatV2,
    targets: [
      { selector: '#ch-random', expect: 'a[href="/c/random"]', change: 'id → class, moved up' },
      { selector: '#ch-releases', expect: null, change: 'channel archived; look-alike channel links remain' },
      {
        selector: '#add-channel',
        expect: '.sidebar button.link',
        change: 'relabeled Add channel → + Create a channel',
      },
      {
        selector: '#m-102 .reply',
        expect: '.message:nth-of-type(2) [aria-label="Reply in thread"]',
        change: 'text → icon with aria-label, ids dropped',
      },
      { selector: '#send', expect: 'button.send', change: 'text → icon, aria-label Send now' },
    ],
  },
  {
    name: 'email-inbox',
    v1: inboxV1,
    v2: inboxV2,
    targets: [
      { selector: '#search-mail', expect: 'input[name="q"]', change: 'id removed, placeholder reworded' },
      { selector: '#compose', expect: 'button.compose', change: 'relabeled Compose → ✎ New message' },
      { selector: '#f-spam', expect: null, change: 'Spam folder moved under More; More link in its place' },
      { selector: '#f-trash', expect: 'a[href="/trash"]', change: 'relabeled Trash → Bin' },
      {
        selector: '#refresh',
        expect: null,
        change: 'refresh removed; Snooze icon at the end of the toolbar',
      },
      {
        selector: 'tr:nth-of-type(2) .pick',
        expect: '.thread:nth-child(2) input',
        change: 'table → list, aria-label added',
      },
    ],
  },
  {
    name: 'project-settings',
    v1: projectV1,
    v2: projectV2,
    targets: [
      { selector: '#tab-backlog', expect: null, change: 'Backlog tab dropped; List in its place' },
      {
        selector: 'tr:nth-of-type(3) .wip',
        expect: '[aria-label="WIP limit for In progress"]',
        change: 'table → cards, aria-label added',
      },
      {
        selector: 'tr:nth-of-type(4) .del-col',
        expect: null,
        change: 'Review column removed; look-alike columns remain',
      },
      { selector: '#add-column', expect: 'button.link', change: 'relabeled Add column → + New status' },
      {
        selector: '#save-project',
        expect: 'button.primary',
        change: 'relabeled Save settings → Save details',
      },
      {
        selector: '#delete-project',
        expect: 'button.danger',
        change: 'relabeled Delete project → Move to trash; archive removed',
      },
    ],
  },
  {
    name: 'cms-post-editor',
    v1: cmsV1,
    v2: cmsV2,
    targets: [
      { selector: '#all-posts', expect: 'a.back', change: 'relabeled All posts → ← Posts' },
      { selector: '#slug', expect: '#url-slug', change: 'moved to the sidebar, relabeled Slug → URL' },
      { selector: '#fmt-italic', expect: '[aria-label="Italic"]', change: 'text → icon with aria-label' },
      {
        selector: '#fmt-image',
        expect: null,
        change: 'insert image removed from the toolbar (now a block); Strikethrough added',
      },
      {
        selector: '#publish',
        expect: 'header button.primary',
        change: 'moved to the header, relabeled Publish…',
      },
    ],
  },
  {
    name: 'analytics-filters',
    v1: analyticsV1,
    v2: analyticsV2,
    targets: [
      { selector: '#site', expect: 'button.site-picker', change: 'select → menu button' },
      {
        selector: '#range',
        expect: 'select[name="period"]',
        change: 'label → aria-label Period, options reworded',
      },
      { selector: '#segment', expect: null, change: 'segment select replaced by an + Add filter chip' },
      { selector: '#reset', expect: 'button.link', change: 'relabeled Reset → Clear filters' },
      {
        selector: '#export-csv',
        expect: 'button[aria-haspopup="menu"]',
        change: 'relabeled Export CSV → Export ▾ (menu)',
      },
    ],
  },
  {
    name: 'route-planner',
    v1: routeV1,
    v2: routeV2,
    targets: [
      {
        selector: '#mode-transit',
        expect: '[aria-label="Public transport"]',
        change: 'text → icon tab, relabeled Transit → Public transport',
      },
      {
        selector: '#swap',
        expect: '[aria-label="Reverse starting point and destination"]',
        change: 'text → icon, moved between the fields',
      },
      { selector: '#add-stop', expect: 'button.link', change: 'relabeled Add stop → + Add destination' },
      { selector: '#routes li:nth-child(2) .go', expect: null, change: 'route via A100 no longer offered' },
      {
        selector: '#routes li:nth-child(3) .go',
        expect: '.route:nth-child(2) .btn',
        change: 'list → cards, relabeled Start → Go, moved up',
      },
    ],
  },
  {
    name: 'music-playlist',
    v1: playlistV1,
    v2: playlistV2,
    targets: [
      {
        selector: '#play-all',
        expect: 'button.play',
        change: 'text → icon, aria-label Play Late Night Jazz',
      },
      {
        selector: '#follow',
        expect: '[aria-label="Save to Your Library"]',
        change: 'relabeled Follow → Save to Your Library, icon',
      },
      {
        selector: '#new-playlist',
        expect: '[aria-label="Create playlist or folder"]',
        change: 'text → + icon, relabeled',
      },
      { selector: 'tr:nth-of-type(3) .like', expect: null, change: 'track removed from the playlist' },
      {
        selector: 'tr:nth-of-type(4) .like',
        expect: '[aria-label="Save Peace Piece to Liked Songs"]',
        change: 'Like → heart icon, moved up a row',
      },
      { selector: '#volume', expect: 'input.volume', change: 'id → class, moved to the end of the bar' },
    ],
  },
  {
    name: 'course-lesson',
    v1: courseV1,
    v2: courseV2,
    targets: [
      {
        selector: '#modules li:nth-child(3) a',
        expect: 'a[href="/c/stats/m3"]',
        change: 'module list regrouped by week',
      },
      {
        selector: '#modules li:nth-child(6) a',
        expect: null,
        change: 'Regression module dropped from the course',
      },
      { selector: '#prev-lesson', expect: null, change: 'previous lesson button removed' },
      {
        selector: '#mark-complete',
        expect: 'input[name="done"]',
        change: 'button → checkbox, relabeled Completed',
      },
      { selector: '#check-answer', expect: 'button.primary', change: 'relabeled Check answer → Submit' },
    ],
  },
  {
    name: 'appointment-booking',
    v1: apptV1,
    v2: apptV2,
    targets: [
      { selector: '#clinic', expect: '#location', change: 'renamed id, relabeled Clinic → Practice' },
      { selector: '#clinician', expect: '#with', change: 'renamed id, relabeled Clinician → Who with' },
      { selector: '#slots .slot:nth-child(2)', expect: null, change: '09:10 slot taken; other slots remain' },
      {
        selector: '#slots .slot:nth-child(3)',
        expect: '.times button:nth-child(2)',
        change: 'row → grid, moved up one',
      },
      { selector: '#next-day', expect: '[aria-label="Next day"]', change: 'link → › icon button' },
      { selector: '#book', expect: 'button.primary', change: 'relabeled Book appointment → Confirm booking' },
    ],
  },
  {
    name: 'insurance-quote',
    v1: quoteV1,
    v2: quoteV2,
    targets: [
      { selector: '#reg', expect: 'input[name="registration"]', change: 'id → name, placeholder reworded' },
      { selector: '#full-name', expect: null, change: 'full name split into first and last name' },
      {
        selector: '#mileage',
        expect: '#miles',
        change: 'select → number field, relabeled Miles driven per year',
      },
      {
        selector: '#claims',
        expect: '#claims-count',
        change: 'renamed id, question reworded, options reworded',
      },
      { selector: '#get-quote', expect: 'button.primary', change: 'relabeled Get my quote → See my prices' },
    ],
  },
  {
    name: 'property-search',
    v1: propertyV1,
    v2: propertyV2,
    targets: [
      { selector: '#nav-rent', expect: 'a[href="/to-rent"]', change: 'relabeled Rent → To rent, new URL' },
      {
        selector: '#save-search',
        expect: 'button.alert',
        change: 'relabeled Save this search → 🔔 Create alert',
      },
      {
        selector: '#l-1 .save-home',
        expect: '[aria-label="Save 3 bed terraced house, Bedminster"]',
        change: 'text → heart icon, card moved second',
      },
      { selector: '#l-3 .details', expect: null, change: 'house sold; another listing in its place' },
      { selector: '#next-page', expect: '[aria-label="Next page"]', change: 'Next → › with page numbers' },
    ],
  },
  {
    name: 'job-application',
    v1: jobV1,
    v2: jobV2,
    targets: [
      { selector: '#last', expect: null, change: 'first and last name merged into one Full name field' },
      {
        selector: '#cv',
        expect: '#resume',
        change: 'renamed id, relabeled CV / Résumé → Upload your résumé',
      },
      {
        selector: '#notice',
        expect: '#start',
        change: 'renamed id, relabeled Notice period → When could you start?',
      },
      {
        selector: '#consent',
        expect: 'input[name="privacy"]',
        change: 'id → name, relabeled; a second checkbox added after it',
      },
      {
        selector: '#submit-app',
        expect: 'button.primary',
        change: 'relabeled Submit application → Send application',
      },
    ],
  },
  {
    name: 'food-checkout',
    v1: checkoutV1,
    v2: checkoutV2,
    targets: [
      {
        selector: '#change-address',
        expect: '[aria-label="Edit delivery address"]',
        change: 'relabeled Change → Edit, moved into a card',
      },
      { selector: '#pay-cash', expect: null, change: 'cash on delivery dropped; Apple Pay added' },
      { selector: '#pay-paypal', expect: 'input[value="paypal"]', change: 'id → value, moved down' },
      { selector: '#basket li:nth-child(2) .qty-plus', expect: null, change: 'item removed from the basket' },
      {
        selector: '#basket li:nth-child(3) .qty-plus',
        expect: '[aria-label="Add one Yuzu lemonade"]',
        change: 'aria-label added, row moved up',
      },
      {
        selector: '#place-order',
        expect: 'button.primary',
        change: 'relabeled Place order → Order and pay £16.69',
      },
    ],
  },
  {
    name: 'cloud-instances',
    v1: cloudV1,
    v2: cloudV2,
    targets: [
      {
        selector: '#launch',
        expect: 'button.primary',
        change: 'relabeled Launch instance → Launch instances, moved',
      },
      {
        selector: '#actions',
        expect: 'main > .row > button:nth-of-type(3)',
        change: 'select → Actions ▾ menu button',
      },
      { selector: '#billing', expect: null, change: 'billing moved into the account menu' },
      {
        selector: 'tr:nth-of-type(2) .connect',
        expect: null,
        change: 'Connect link removed from rows; the name links to the instance instead',
      },
      {
        selector: 'tr:nth-of-type(3) .sel',
        expect: null,
        change: 'web-2 terminated; look-alike rows remain',
      },
      {
        selector: 'tr:nth-of-type(4) .sel',
        expect: '[aria-label="Select worker-1"]',
        change: 'aria-label added, row moved up',
      },
    ],
  },
  {
    name: 'password-vault',
    v1: vaultV1,
    v2: vaultV2,
    targets: [
      {
        selector: '#vault-search',
        expect: 'input[name="search"]',
        change: 'id → name, placeholder reworded',
      },
      {
        selector: '#cat-notes',
        expect: '.sidebar a:nth-of-type(5)',
        change: 'relabeled Secure notes → Note, moved below Identity',
      },
      {
        selector: '.item:nth-child(2) .copy-pass',
        expect: '[aria-label="Copy password for Netflix"]',
        change: 'text → icon, list sorted alphabetically',
      },
      {
        selector: '#reveal',
        expect: '[aria-label="Toggle visibility"]',
        change: 'relabeled Show → eye icon',
      },
      {
        selector: '#delete-item',
        expect: null,
        change: 'delete moved into a ⋯ menu that takes its place',
      },
    ],
  },
  {
    name: 'photo-library',
    v1: albumV1,
    v2: albumV2,
    targets: [
      {
        selector: '#upload',
        expect: '[aria-label="Upload photos"]',
        change: 'relabeled Upload → ⤒ Upload, restyled',
      },
      { selector: '#slideshow', expect: '[aria-label="Play slideshow"]', change: 'text → ▶ icon' },
      {
        selector: '#album-settings',
        expect: null,
        change: 'album settings moved into a ⋮ More options menu in the same spot',
      },
      { selector: '.photo:nth-child(2) .fav', expect: null, change: 'photo deleted from the album' },
      {
        selector: '.photo:nth-child(3) .fav',
        expect: '[aria-label="Favourite Jökulsárlón"]',
        change: 'Favourite → star icon, moved up',
      },
    ],
  },
  {
    name: 'grade-book',
    v1: gradesV1,
    v2: gradesV2,
    targets: [
      { selector: '#term', expect: 'select[name="period"]', change: 'id → name, terms renamed' },
      {
        selector: 'tr:nth-of-type(3) td:nth-child(2) .score',
        expect: '[aria-label="Algebra test, Siobhan Brennan"]',
        change: 'class renamed, aria-label added, name format changed',
      },
      {
        selector: 'tr:nth-of-type(4) .comment',
        expect: null,
        change: 'student left the class; a new student added last',
      },
      {
        selector: 'tr:nth-of-type(5) .comment',
        expect: '[aria-label="Feedback for Emma Dubois"]',
        change: 'Comment → feedback icon, row moved up',
      },
      {
        selector: '#save-grades',
        expect: null,
        change: 'autosave; a primary Publish grades button in its place',
      },
      {
        selector: '#publish-grades',
        expect: 'button.primary',
        change: 'relabeled Release to students → Publish grades',
      },
    ],
  },
  {
    name: 'library-catalogue',
    v1: libraryV1,
    v2: libraryV2,
    targets: [
      {
        selector: '#nav-events',
        expect: 'a[href="/whats-on"]',
        change: "relabeled Events → What's on, new URL",
      },
      { selector: '#go', expect: '[aria-label="Search"]', change: 'text → 🔍 icon' },
      { selector: '#f-audio', expect: 'input[value="eaudio"]', change: 'relabeled Audiobook → eAudiobooks' },
      { selector: '#f-dvd', expect: null, change: 'DVD filter dropped; Large print in its place' },
      {
        selector: '.record:nth-child(2) .hold',
        expect: '.result:nth-child(3) .btn',
        change: 'relabeled Place hold → Reserve, results reordered',
      },
      {
        selector: '.record:nth-child(3) .hold',
        expect: null,
        change: 'eBook can be borrowed now: hold replaced by a Borrow button',
      },
    ],
  },
  {
    name: 'smart-home',
    v1: homeV1,
    v2: homeV2,
    targets: [
      { selector: '#home-select', expect: 'button.home-switch', change: 'select → menu button' },
      {
        selector: '#d-thermostat .temp-up',
        expect: '[aria-label="Raise temperature"]',
        change: 'aria-label added, cards grouped by room',
      },
      {
        selector: '#d-lights .toggle',
        expect: '[aria-label="Kitchen lights"]',
        change: 'Turn off button → switch',
      },
      { selector: '#d-camera .reconnect', expect: null, change: 'camera removed from the home' },
      {
        selector: '#automations li:nth-child(2) .run',
        expect: null,
        change: 'Away mode dropped; a Bedtime scene added',
      },
      {
        selector: '#automations li:nth-child(3) .run',
        expect: '.scene:nth-child(2)',
        change: 'list → scene buttons, Run → 🎬 Movie night',
      },
    ],
  },
  {
    name: 'survey-builder',
    v1: builderV1,
    v2: builderV2,
    targets: [
      { selector: '#form-title', expect: 'input[name="title"]', change: 'id → name, aria-label added' },
      { selector: '#preview-form', expect: '[aria-label="Preview"]', change: 'text → eye icon' },
      {
        selector: '#publish-form',
        expect: 'header button.primary',
        change: 'id removed, Share added before it',
      },
      { selector: '#q-2 .del', expect: null, change: 'question deleted; look-alike question cards remain' },
      {
        selector: '#q-3 .dup',
        expect: '.block:nth-child(2) [aria-label="Duplicate question"]',
        change: 'text → icon, card moved up',
      },
    ],
  },
  {
    name: 'support-widget',
    v1: widgetV1,
    v2: widgetV2,
    targets: [
      { selector: '#minimise', expect: '[aria-label="Minimize chat"]', change: 'text → icon, US spelling' },
      { selector: '#close-chat', expect: null, change: 'close button removed; minimise only' },
      {
        selector: '.quick:nth-child(2)',
        expect: '.chip:nth-child(2)',
        change: "relabeled Technical issue → Something isn't working",
      },
      {
        selector: '#chat-input',
        expect: 'textarea[name="message"]',
        change: 'input → textarea, placeholder reworded',
      },
      { selector: '#chat-send', expect: '[aria-label="Send message"]', change: 'text → ➤ icon' },
    ],
  },
  {
    name: 'subscription-billing',
    v1: billingV1,
    v2: billingV2,
    targets: [
      {
        selector: '#change-plan',
        expect: '.plan a',
        change: 'button → link, relabeled Change plan → Upgrade or change plan',
      },
      { selector: '#switch-annual', expect: null, change: 'annual billing offer removed' },
      {
        selector: 'tr:nth-of-type(3) .download',
        expect: 'a[href="/inv/0624.pdf"]',
        change: 'Download PDF → ⤓ icon with aria-label',
      },
      {
        selector: '#save-email',
        expect: 'input[name="vat"] + button',
        change: 'relabeled Save → Update billing details, VAT field added',
      },
      { selector: '#pause-sub', expect: null, change: 'pause option removed' },
      {
        selector: '#cancel-sub',
        expect: 'a.danger',
        change: 'button → text link, relabeled Cancel subscription → Cancel plan',
      },
    ],
  },
];
