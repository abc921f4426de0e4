/**
 * Corpus: people and back-office pages — a leave request, a staff
 * directory, a help-desk ticket, a help centre, a settings side menu, a
 * survey, a timesheet and an invoice editor. People who left replaced by
 * new hires in the same list, menu entries swapped, questions replaced by
 * other questions, and relabels of the everyday kind.
 */
import { edit, type PagePair, page } from './page.js';

const leaveV1 = page(
  'Request leave',
  `<main><h1>Request time off</h1><form id="leave"><label for="leave-type">Type</label><select id="leave-type"><option>Annual leave</option><option>Sick leave</option></select>
<label for="from-date">From</label><input id="from-date" type="date"><label for="to-date">To</label><input id="to-date" type="date">
<label class="row"><input type="checkbox" id="half-day"> Half day</label>
<label for="reason">Reason</label><textarea id="reason"></textarea>
<label for="approver">Approver</label><select id="approver"><option>Dana Whitfield</option></select>
<div class="row"><button id="submit-leave" class="btn primary">Submit request</button><button type="reset" id="clear-leave">Clear</button></div></form>
<p class="muted">You have <b id="balance">14 days</b> left this year.</p></main>`,
);

const leaveV2 = page(
  'Request leave',
  `<main><div class="grid"><form class="leave"><h1>Request time off</h1><label for="kind">Leave type</label><select id="kind" name="type"><option>Holiday</option><option>Sickness</option></select>
<div class="row"><div><label for="start">First day</label><input id="start" type="date"></div><div><label for="end">Last day</label><input id="end" type="date"></div></div>
<label for="hours">Hours per day</label><input id="hours" type="number" value="8">
<label for="note">Note for your manager</label><textarea id="note" name="reason"></textarea>
<button class="btn primary">Send request</button></form>
<aside class="card"><h3>Your balance</h3><p class="balance">14 days</p><p class="muted">Approver: Dana Whitfield</p></aside></div></main>`,
);

const staffV1 = page(
  'Directory',
  `<main><h1>People</h1><input id="people-search" placeholder="Search people"><table id="staff"><tr><th>Name</th><th>Team</th><th></th></tr>
<tr><td>Amira Haddad</td><td>Design</td><td><a href="/people/amira" class="profile">View profile</a> <button class="msg">Message</button></td></tr>
<tr><td>Ben Okafor</td><td>Engineering</td><td><a href="/people/ben" class="profile">View profile</a> <button class="msg">Message</button></td></tr>
<tr><td>Chloe Martin</td><td>Sales</td><td><a href="/people/chloe" class="profile">View profile</a> <button class="msg">Message</button></td></tr></table>
<button id="export-people">Export CSV</button></main>`,
);

const staffV2 = page(
  'Directory',
  `<main><div class="row"><h1>People</h1><input type="search" name="q" placeholder="Find a colleague" aria-label="Search people"></div><div class="grid3">
<div class="card person"><h3>Amira Haddad</h3><p>Design</p><a href="/people/amira">Profile</a> <button class="btn">Chat</button></div>
<div class="card person"><h3>Chloe Martin</h3><p>Sales</p><a href="/people/chloe">Profile</a> <button class="btn">Chat</button></div>
<div class="card person"><h3>Diego Santos</h3><p>Engineering</p><a href="/people/diego">Profile</a> <button class="btn">Chat</button></div></div></main>`,
);

const deskV1 = page(
  'Ticket #5521',
  `<main><h1>Ticket #5521: Cannot export report</h1><aside class="card"><label for="status">Status</label><select id="status"><option>Open</option><option>Pending</option></select>
<label for="prio">Priority</label><select id="prio"><option>Normal</option><option>High</option></select>
<label for="assignee">Assignee</label><select id="assignee"><option>Me</option></select>
<button id="merge-ticket">Merge</button> <button id="close-ticket">Close ticket</button></aside>
<div class="card"><p><b>Customer</b> The export button does nothing.</p></div>
<textarea id="reply" placeholder="Reply to the customer"></textarea><div class="row"><button id="send-reply" class="btn primary">Send</button><button id="internal-note">Add internal note</button><select id="macro"><option>Apply macro</option></select></div></main>`,
);

const deskV2 = page(
  'Ticket #5521',
  `<main><h1>Cannot export report <span class="muted">#5521</span></h1><aside class="card"><label for="state">State</label><select id="state"><option>Open</option><option>Pending</option></select>
<label for="priority">Priority</label><select id="priority"><option>Normal</option><option>High</option></select>
<label for="owner">Assigned to</label><select id="owner"><option>Me</option></select>
<button class="btn">Solve</button> <button class="btn">Escalate</button></aside>
<div class="card"><p><b>Customer</b> The export button does nothing.</p></div>
<div class="tabs row"><button class="tab" aria-selected="true">Public reply</button><button class="tab">Internal note</button></div>
<textarea name="body" placeholder="Write your reply"></textarea><div class="row"><select name="macro" aria-label="Macros"><option>Macros</option></select><button class="btn primary">Send reply</button></div></main>`,
);

const helpV1 = page(
  'Help centre',
  `<main><h1>How can we help?</h1><form class="row" id="kb-search"><input id="kb-q" placeholder="Search articles"><button id="kb-go">Search</button></form>
<div class="grid3"><a class="card" href="/kb/billing" id="cat-billing">Billing and payments</a><a class="card" href="/kb/account" id="cat-account">Your account</a><a class="card" href="/kb/shipping" id="cat-shipping">Shipping</a></div>
<h2>Popular articles</h2><ul><li><a href="/kb/refunds" id="art-refunds">How refunds work</a></li><li><a href="/kb/password" id="art-password">Reset your password</a></li></ul>
<p>Was this page helpful? <button id="helpful-yes">Yes</button> <button id="helpful-no">No</button></p></main>`,
);

const helpV2 = page(
  'Help centre',
  `<main><h1>Hi, how can we help?</h1><form role="search" class="row"><input type="search" name="q" placeholder="Describe your problem" aria-label="Search the help centre"><button class="btn" aria-label="Search">🔍</button></form>
<div class="grid3"><a class="card" href="/kb/billing">Billing</a><a class="card" href="/kb/account">Account and login</a><a class="card" href="/kb/returns">Returns</a></div>
<h2>Top articles</h2><ul><li><a href="/kb/refunds">Refunds: how they work</a></li><li><a href="/kb/2fa">Set up two-step login</a></li></ul>
<p>Did this help? <button class="icon" aria-label="This helped">👍</button> <button class="icon" aria-label="This did not help">👎</button></p></main>`,
);

const menuV1 = page(
  'Settings',
  `<nav class="sidebar"><a href="/settings/account" id="m-account">Account</a><br><a href="/settings/security" id="m-security">Security</a><br><a href="/settings/notifications" id="m-notifications">Notifications</a><br><a href="/settings/billing" id="m-billing">Billing</a><br><a href="/settings/api" id="m-api">API tokens</a></nav>
<main style="margin-left:220px"><h1>Account</h1><label for="acct-email">Email</label><input id="acct-email" value="kim@acme.io"><button id="save-acct">Save</button><button id="delete-acct" class="danger">Delete account</button></main>`,
);

const menuV2 = page(
  'Settings',
  `<nav class="sidebar"><a href="/settings/account" class="item active">Account</a><br><a href="/settings/security" class="item">Security and login</a><br><a href="/settings/notifications" class="item">Notifications</a><br><a href="/settings/plan" class="item">Plan and billing</a><br><a href="/settings/developer" class="item">Developer</a></nav>
<main style="margin-left:220px"><h1>Account</h1><label for="email">Email address</label><input id="email" name="email" value="kim@acme.io"><button class="btn primary">Update email</button><a href="/settings/account/close" class="danger">Close account</a></main>`,
);

const surveyV1 = page(
  'Survey',
  `<main><h1>Tell us about your visit</h1><form id="survey">
<fieldset><legend>How did you hear about us?</legend><label class="row"><input type="radio" name="src" id="src-friend"> A friend</label><label class="row"><input type="radio" name="src" id="src-search"> Search engine</label><label class="row"><input type="radio" name="src" id="src-ad"> An advert</label></fieldset>
<fieldset><legend>Would you visit again?</legend><label class="row"><input type="radio" name="again" id="again-yes"> Yes</label><label class="row"><input type="radio" name="again" id="again-no"> No</label></fieldset>
<label for="nps">How likely are you to recommend us (0–10)?</label><input id="nps" type="number" min="0" max="10">
<label for="comments">Anything else?</label><textarea id="comments"></textarea>
<button id="send-survey" class="btn primary">Send</button></form></main>`,
);

const surveyV2 = edit(surveyV1, [
  [
    '<label class="row"><input type="radio" name="src" id="src-ad"> An advert</label>',
    '<label class="row"><input type="radio" name="src" id="src-social"> Social media</label>',
  ],
  [
    '<input type="radio" name="src" id="src-search"> Search engine',
    '<input type="radio" name="src" value="search"> Google or another search engine',
  ],
  [
    '<fieldset><legend>Would you visit again?</legend><label class="row"><input type="radio" name="again" id="again-yes"> Yes</label><label class="row"><input type="radio" name="again" id="again-no"> No</label></fieldset>',
    '<fieldset><legend>Was the staff helpful?</legend><label class="row"><input type="radio" name="staff" value="yes"> Yes</label><label class="row"><input type="radio" name="staff" value="no"> No</label></fieldset>',
  ],
  [
    '<label for="nps">How likely are you to recommend us (0–10)?</label><input id="nps" type="number" min="0" max="10">',
    '<label for="score">How likely are you to recommend us to a friend?</label><input id="score" type="range" min="0" max="10">',
  ],
  [
    '<button id="send-survey" class="btn primary">Send</button>',
    '<button class="btn primary">Submit answers</button>',
  ],
]);

const timesheetV1 = page(
  'Timesheet',
  `<main><h1>Week 23</h1><table id="week"><tr><th>Day</th><th>Project</th><th>Hours</th></tr>
<tr><td>Monday</td><td><select id="proj-mon"><option>Apollo</option></select></td><td><input id="h-mon" type="number" value="8"></td></tr>
<tr><td>Tuesday</td><td><select id="proj-tue"><option>Apollo</option></select></td><td><input id="h-tue" type="number" value="8"></td></tr>
<tr><td>Wednesday</td><td><select id="proj-wed"><option>Gemini</option></select></td><td><input id="h-wed" type="number" value="6"></td></tr>
<tr><td>Saturday</td><td><select id="proj-sat"><option>—</option></select></td><td><input id="h-sat" type="number" value="0"></td></tr></table>
<div class="row"><button id="save-week">Save draft</button><button id="submit-week" class="btn primary">Submit for approval</button></div></main>`,
);

const timesheetV2 = page(
  'Timesheet',
  `<main><div class="row"><h1>Week 23</h1><span class="badge">Draft</span></div><table class="week"><tr><th>Day</th><th>Project</th><th>Hours</th></tr>
<tr><td>Mon 3 June</td><td><select name="project-mon" aria-label="Project Monday"><option>Apollo</option></select></td><td><input name="hours-mon" type="number" value="8" aria-label="Hours Monday"></td></tr>
<tr><td>Tue 4 June</td><td><select name="project-tue" aria-label="Project Tuesday"><option>Apollo</option></select></td><td><input name="hours-tue" type="number" value="8" aria-label="Hours Tuesday"></td></tr>
<tr><td>Wed 5 June</td><td><select name="project-wed" aria-label="Project Wednesday"><option>Gemini</option></select></td><td><input name="hours-wed" type="number" value="6" aria-label="Hours Wednesday"></td></tr>
<tr><td>Thu 6 June</td><td><select name="project-thu" aria-label="Project Thursday"><option>Gemini</option></select></td><td><input name="hours-thu" type="number" value="0" aria-label="Hours Thursday"></td></tr></table>
<div class="row"><button class="btn">Save</button><button class="btn primary">Submit week</button></div></main>`,
);

const invoiceV1 = page(
  'New invoice',
  `<main><h1>New invoice</h1><form id="inv"><label for="client">Client</label><select id="client"><option>Northwind Ltd</option></select>
<table id="lines"><tr><th>Item</th><th>Qty</th><th>Price</th><th></th></tr>
<tr><td><input id="item-1" value="Design work"></td><td><input id="qty-1" type="number" value="10"></td><td><input id="price-1" value="80"></td><td><button type="button" class="rm">Remove</button></td></tr>
<tr><td><input id="item-2" value="Hosting"></td><td><input id="qty-2" type="number" value="1"></td><td><input id="price-2" value="20"></td><td><button type="button" class="rm">Remove</button></td></tr></table>
<button type="button" id="add-line">Add line</button>
<label for="discount">Discount (%)</label><input id="discount" type="number">
<label for="tax">Tax rate</label><select id="tax"><option>20%</option><option>0%</option></select>
<label for="notes">Notes</label><textarea id="notes"></textarea>
<div class="row"><button id="save-invoice">Save draft</button><button id="send-invoice" class="btn primary">Send invoice</button></div></form></main>`,
);

const invoiceV2 = page(
  'New invoice',
  `<main><h1>New invoice</h1><form class="invoice"><label for="customer">Bill to</label><select id="customer" name="client"><option>Northwind Ltd</option></select>
<table class="lines"><tr><th>Description</th><th>Quantity</th><th>Unit price</th><th></th></tr>
<tr><td><input name="desc" value="Design work" aria-label="Description"></td><td><input name="qty" type="number" value="10" aria-label="Quantity"></td><td><input name="price" value="80" aria-label="Unit price"></td><td><button type="button" class="icon" aria-label="Delete line">✕</button></td></tr>
<tr><td><input name="desc" value="Hosting" aria-label="Description"></td><td><input name="qty" type="number" value="1" aria-label="Quantity"></td><td><input name="price" value="20" aria-label="Unit price"></td><td><button type="button" class="icon" aria-label="Delete line">✕</button></td></tr></table>
<button type="button" class="link">+ Add item</button>
<label for="vat">VAT</label><select id="vat" name="tax"><option>20%</option><option>0%</option></select>
<label for="memo">Note to client</label><textarea id="memo" name="notes"></textarea>
<div class="row"><button class="btn">Save as draft</button><button class="btn primary">Email invoice</button></div></form></main>`,
);

/** People and back-office pages. */
export const PEOPLE_PAIRS: readonly PagePair[] = [
  {
    name: 'leave-request',
    v1: leaveV1,
    v2: leaveV2,
    targets: [
      { selector: '#leave-type', expect: '#kind', change: 'renamed id and label, options reworded' },
      { selector: '#from-date', expect: '#start', change: 'renamed id and label' },
      { selector: '#half-day', expect: null, change: 'half-day checkbox replaced by an hours field' },
      { selector: '#reason', expect: '#note', change: 'renamed id and label, name kept' },
      { selector: '#approver', expect: null, change: 'approver select removed (shown as text)' },
      {
        selector: '#submit-leave',
        expect: 'button.primary',
        change: 'relabeled Submit request → Send request',
      },
      { selector: '#clear-leave', expect: null, change: 'clear button deleted' },
      { selector: '#balance', expect: 'p.balance', change: 'moved into a side card' },
    ],
  },
  {
    name: 'staff-directory',
    v1: staffV1,
    v2: staffV2,
    targets: [
      { selector: '#people-search', expect: 'input[name="q"]', change: 'id removed, placeholder reworded' },
      {
        selector: 'a[href="/people/amira"]',
        expect: 'a[href="/people/amira"]',
        change: 'unchanged (control)',
      },
      {
        selector: 'tr:nth-of-type(2) .msg',
        expect: '.person:nth-of-type(1) button',
        change: 'table → cards, relabeled Message → Chat',
      },
      { selector: 'tr:nth-of-type(3) .msg', expect: null, change: 'Ben left; a new hire card at the end' },
      {
        selector: 'tr:nth-of-type(3) .profile',
        expect: null,
        change: 'Ben left; a new hire card at the end',
      },
      {
        selector: 'tr:nth-of-type(4) .profile',
        expect: 'a[href="/people/chloe"]',
        change: 'relabeled View profile → Profile, moved up',
      },
      { selector: '#export-people', expect: null, change: 'export removed' },
    ],
  },
  {
    name: 'helpdesk-ticket',
    v1: deskV1,
    v2: deskV2,
    targets: [
      { selector: '#status', expect: '#state', change: 'renamed id and label' },
      { selector: '#assignee', expect: '#owner', change: 'renamed id and label' },
      { selector: '#merge-ticket', expect: null, change: 'merge removed; escalate in the button row' },
      {
        selector: '#close-ticket',
        expect: 'aside button:nth-of-type(1)',
        change: 'relabeled Close ticket → Solve',
      },
      { selector: '#reply', expect: 'textarea[name="body"]', change: 'id → name, placeholder reworded' },
      {
        selector: '#send-reply',
        expect: 'button.primary',
        change: 'relabeled Send → Send reply, moved right',
      },
      {
        selector: '#internal-note',
        expect: '.tabs button:nth-of-type(2)',
        change: 'button → tab above the editor',
      },
      { selector: '#macro', expect: 'select[name="macro"]', change: 'id → name, moved first' },
    ],
  },
  {
    name: 'help-centre',
    v1: helpV1,
    v2: helpV2,
    targets: [
      { selector: '#kb-q', expect: 'input[name="q"]', change: 'id removed, placeholder reworded' },
      { selector: '#kb-go', expect: 'form button', change: 'text → icon' },
      {
        selector: '#cat-billing',
        expect: 'a[href="/kb/billing"]',
        change: 'relabeled Billing and payments → Billing',
      },
      { selector: '#cat-shipping', expect: null, change: 'shipping category dropped; returns in its place' },
      { selector: '#art-refunds', expect: 'a[href="/kb/refunds"]', change: 'reworded' },
      { selector: '#art-password', expect: null, change: 'article replaced by another popular article' },
      { selector: '#helpful-yes', expect: '[aria-label="This helped"]', change: 'text → icon' },
      { selector: '#helpful-no', expect: '[aria-label="This did not help"]', change: 'text → icon' },
    ],
  },
  {
    name: 'settings-menu',
    v1: menuV1,
    v2: menuV2,
    targets: [
      {
        selector: '#m-security',
        expect: 'a[href="/settings/security"]',
        change: 'relabeled Security → Security and login',
      },
      { selector: '#m-billing', expect: 'a[href="/settings/plan"]', change: 'relabeled and new URL' },
      { selector: '#m-api', expect: null, change: 'API tokens entry dropped; Developer in its place' },
      { selector: '#acct-email', expect: '#email', change: 'renamed id and label' },
      { selector: '#save-acct', expect: 'button.primary', change: 'relabeled Save → Update email' },
      {
        selector: '#delete-acct',
        expect: 'a.danger',
        change: 'button → link, relabeled Delete → Close account',
      },
    ],
  },
  {
    name: 'survey',
    v1: surveyV1,
    v2: surveyV2,
    targets: [
      { selector: '#src-search', expect: 'input[value="search"]', change: 'id removed, relabeled' },
      { selector: '#src-ad', expect: null, change: 'advert option replaced by social media' },
      { selector: '#again-yes', expect: null, change: 'question replaced by another yes/no question' },
      { selector: '#again-no', expect: null, change: 'question replaced by another yes/no question' },
      { selector: '#nps', expect: '#score', change: 'number → range, renamed, relabeled' },
      { selector: '#send-survey', expect: 'button.primary', change: 'relabeled Send → Submit answers' },
    ],
  },
  {
    name: 'timesheet',
    v1: timesheetV1,
    v2: timesheetV2,
    targets: [
      { selector: '#h-tue', expect: 'input[name="hours-tue"]', change: 'id → name, aria-label added' },
      { selector: '#proj-wed', expect: 'select[name="project-wed"]', change: 'id → name, aria-label added' },
      { selector: '#h-sat', expect: null, change: 'weekend row removed; a Thursday row in its place' },
      { selector: '#proj-sat', expect: null, change: 'weekend row removed; a Thursday row in its place' },
      {
        selector: '#save-week',
        expect: '.row button.btn:not(.primary)',
        change: 'relabeled Save draft → Save',
      },
      {
        selector: '#submit-week',
        expect: 'button.primary',
        change: 'relabeled Submit for approval → Submit week',
      },
    ],
  },
  {
    name: 'invoice-editor',
    v1: invoiceV1,
    v2: invoiceV2,
    targets: [
      { selector: '#client', expect: '#customer', change: 'renamed id and label, name added' },
      {
        selector: '#qty-2',
        expect: 'tr:nth-of-type(3) input[name="qty"]',
        change: 'id removed, aria-label added',
      },
      { selector: '#add-line', expect: 'button.link', change: 'relabeled Add line → + Add item' },
      { selector: '#discount', expect: null, change: 'discount field deleted' },
      { selector: '#tax', expect: '#vat', change: 'renamed id and label' },
      { selector: '#notes', expect: '#memo', change: 'renamed id and label' },
      {
        selector: '#send-invoice',
        expect: 'button.primary',
        change: 'relabeled Send invoice → Email invoice',
      },
    ],
  },
];
