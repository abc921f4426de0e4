/** Corpus: modals, banners, settings panels and everyday forms. */
import { edit, type PagePair, page } from './page.js';

const cookieV1 = page(
  'News',
  `<main><h1>Today's headlines</h1><p>Markets rally as inflation cools.</p></main>
<div class="modal" id="cookie-banner"><p>We use cookies to improve your experience.</p><div class="row"><button id="accept-cookies">Accept all</button><button id="reject-cookies">Reject all</button><a href="/cookies" id="cookie-settings">Cookie settings</a></div></div>`,
);

const cookieV2 = page(
  'News',
  `<main><h1>Today's headlines</h1><p>Markets rally as inflation cools.</p></main>
<div class="consent" role="dialog" aria-label="Cookie consent"><h3>Your privacy</h3><p>We and our partners use cookies to improve your experience.</p><div class="row"><button class="consent-manage">Manage preferences</button><button class="consent-reject">Reject non-essential</button><button class="consent-accept primary">Accept all cookies</button></div></div>`,
);

const confirmV1 = page(
  'Delete project',
  `<main><h1>Project: Apollo</h1></main>
<div class="modal" id="confirm-delete"><h2>Delete project?</h2><p>Type <b>apollo</b> to confirm. This cannot be undone.</p>
<input id="confirm-name" placeholder="Project name"><div class="row"><button id="cancel-delete">Cancel</button><button id="confirm-delete-btn" class="danger">Delete project</button></div>
<button id="close-modal" aria-label="Close">×</button></div>`,
);

const confirmV2 = edit(confirmV1, [
  [
    '<div class="modal" id="confirm-delete">',
    '<div class="modal dialog" role="dialog" aria-labelledby="dlg-title">',
  ],
  ['<h2>Delete project?</h2>', '<h2 id="dlg-title">Delete this project?</h2>'],
  [
    '<input id="confirm-name" placeholder="Project name">',
    '<input class="confirm-input" placeholder="apollo" aria-label="Type the project name to confirm">',
  ],
  [
    '<button id="cancel-delete">Cancel</button><button id="confirm-delete-btn" class="danger">Delete project</button>',
    '<button class="btn-danger" data-testid="dialog-confirm">Yes, delete Apollo</button><button class="btn-secondary">Keep project</button>',
  ],
  ['<button id="close-modal" aria-label="Close">×</button>', ''],
]);

const notifV1 = page(
  'Notifications',
  `<main><h1>Notification settings</h1><form id="notif">
<label class="row"><input type="checkbox" id="email-mentions" checked> Email me when someone mentions me</label>
<label class="row"><input type="checkbox" id="email-digest"> Weekly digest email</label>
<label class="row"><input type="checkbox" id="push-comments" checked> Push notification for new comments</label>
<label class="row"><input type="checkbox" id="sms-alerts"> SMS for security alerts</label>
<label for="quiet-hours">Quiet hours</label><select id="quiet-hours"><option>None</option><option>22:00–07:00</option></select>
<button type="submit" id="save-notif">Save preferences</button></form></main>`,
);

const notifV2 = page(
  'Notifications',
  `<main><h1>Notifications</h1><table class="matrix"><thead><tr><th>Event</th><th>Email</th><th>Push</th></tr></thead><tbody>
<tr><td>Mentions</td><td><input type="checkbox" name="mentions_email" checked aria-label="Email me when someone mentions me"></td><td><input type="checkbox" name="mentions_push" aria-label="Push for mentions"></td></tr>
<tr><td>Comments</td><td><input type="checkbox" name="comments_email" aria-label="Email for new comments"></td><td><input type="checkbox" name="comments_push" checked aria-label="Push notification for new comments"></td></tr>
<tr><td>Weekly digest</td><td><input type="checkbox" name="digest_email" aria-label="Weekly digest email"></td><td></td></tr></tbody></table>
<label for="dnd">Do not disturb</label><select id="dnd"><option>Off</option><option>22:00–07:00</option></select>
<button class="primary">Save</button></main>`,
);

const uploadV1 = page(
  'Upload',
  `<main><h1>Import contacts</h1><form><label for="csv-file">CSV file</label><input type="file" id="csv-file" accept=".csv">
<label class="row"><input type="checkbox" id="has-header" checked> First row is a header</label>
<label for="delimiter">Delimiter</label><select id="delimiter"><option>,</option><option>;</option></select>
<div class="row"><button id="start-import">Import</button><a href="/contacts" id="cancel-import">Cancel</a></div></form>
<p><a href="/templates/contacts.csv" id="download-template">Download a template</a></p></main>`,
);

const uploadV2 = edit(uploadV1, [
  [
    '<label for="csv-file">CSV file</label><input type="file" id="csv-file" accept=".csv">',
    '<div class="dropzone"><p>Drag a CSV file here or</p><label for="file">choose a file</label><input type="file" id="file" accept=".csv,.tsv"></div>',
  ],
  ['id="has-header" checked> First row is a header', 'name="header" checked> My file has a header row'],
  [
    '<div class="row"><button id="start-import">Import</button><a href="/contacts" id="cancel-import">Cancel</a></div>',
    '<div class="row"><a href="/contacts" class="btn">Cancel</a><button class="btn primary">Import contacts</button></div>',
  ],
  ['<p><a href="/templates/contacts.csv" id="download-template">Download a template</a></p>', ''],
]);

const bookingV1 = page(
  'Book a demo',
  `<main><h1>Book a demo</h1><div class="grid"><div><h3>March 2024</h3><div class="row"><button id="prev-month">‹ Previous</button><button id="next-month">Next ›</button></div>
<div class="row slots"><button class="slot" id="slot-0900">09:00</button><button class="slot" id="slot-1000">10:00</button><button class="slot" id="slot-1130">11:30</button><button class="slot" id="slot-1400">14:00</button></div></div>
<form><label for="b-name">Your name</label><input id="b-name"><label for="b-email">Email</label><input id="b-email" type="email"><label for="b-notes">Anything we should know?</label><textarea id="b-notes"></textarea><button id="confirm-booking">Confirm booking</button></form></div></main>`,
);

const bookingV2 = edit(bookingV1, [
  [
    '<button id="prev-month">‹ Previous</button><button id="next-month">Next ›</button>',
    '<button aria-label="Previous month" class="nav-prev">‹</button><button aria-label="Next month" class="nav-next">›</button>',
  ],
  [
    '<button class="slot" id="slot-0900">09:00</button><button class="slot" id="slot-1000">10:00</button><button class="slot" id="slot-1130">11:30</button><button class="slot" id="slot-1400">14:00</button>',
    '<button class="time" data-time="09:00">9:00 am</button><button class="time" data-time="10:00">10:00 am</button><button class="time" data-time="14:00">2:00 pm</button><button class="time" data-time="15:30">3:30 pm</button>',
  ],
  [
    '<label for="b-name">Your name</label><input id="b-name">',
    '<label for="name">Name</label><input id="name" autocomplete="name">',
  ],
  [
    '<label for="b-email">Email</label><input id="b-email" type="email">',
    '<label for="mail">Work email</label><input id="mail" type="email">',
  ],
  ['<button id="confirm-booking">Confirm booking</button>', '<button class="primary">Schedule demo</button>'],
]);

const supportV1 = page(
  'Contact support',
  `<main><h1>Contact support</h1><form id="ticket"><label for="topic">Topic</label><select id="topic"><option>Billing</option><option>Bug report</option></select>
<label for="subject">Subject</label><input id="subject"><label for="message">Message</label><textarea id="message" rows="5"></textarea>
<label for="attachment">Attachment</label><input id="attachment" type="file">
<label for="priority">Priority</label><select id="priority"><option>Normal</option><option>Urgent</option></select>
<button id="submit-ticket">Submit request</button></form><p>Or email <a href="mailto:help@acme.io" id="mail-support">help@acme.io</a></p></main>`,
);

const supportV2 = page(
  'Contact support',
  `<main><div class="grid"><section><h1>How can we help?</h1><p>Or email <a href="mailto:help@acme.io">help@acme.io</a></p></section>
<form class="support-form"><label for="ticket-topic">What is it about?</label><select id="ticket-topic" name="topic"><option>Billing</option><option>Bug report</option></select>
<label for="ticket-subject">Summary</label><input id="ticket-subject" name="subject">
<label for="ticket-body">Describe the problem</label><textarea id="ticket-body" name="message" rows="6"></textarea>
<label for="files">Attach files</label><input id="files" type="file" multiple>
<button type="submit" class="btn primary">Send message</button></form></div></main>`,
);

const chatV1 = page(
  'Team chat',
  `<div class="sidebar"><h4>Channels</h4><a href="#general" id="ch-general"># general</a><br><a href="#random" id="ch-random"># random</a><br><a href="#deploys" id="ch-deploys"># deploys</a><br><button id="new-channel">+ Add channel</button></div>
<main style="margin-left:220px"><h2># general</h2><div class="msg"><b>Ana</b> Deploy is done</div><div class="msg"><b>Ben</b> Thanks!</div>
<div class="row"><input id="composer" placeholder="Message #general"><button id="send">Send</button><button id="attach" aria-label="Attach file">📎</button></div></main>`,
);

const chatV2 = edit(chatV1, [
  ['<h4>Channels</h4>', '<h4>Channels</h4><input class="jump" placeholder="Jump to…"><br>'],
  [
    '<a href="#general" id="ch-general"># general</a>',
    '<a href="#general" class="channel active"># general</a>',
  ],
  [
    '<a href="#deploys" id="ch-deploys"># deploys</a>',
    '<a href="#deploys" class="channel"># deploys-prod</a>',
  ],
  [
    '<button id="new-channel">+ Add channel</button>',
    '<button class="add" aria-label="Create channel">+</button>',
  ],
  [
    '<input id="composer" placeholder="Message #general"><button id="send">Send</button><button id="attach" aria-label="Attach file">📎</button>',
    '<button class="icon" aria-label="Upload a file">📎</button><div class="composer" contenteditable="true" role="textbox" aria-label="Message #general" style="min-width:300px;min-height:28px;border:1px solid #ccc"></div><button class="send" aria-label="Send message">➤</button>',
  ],
]);

/** Dialogs, banners, settings and forms. */
export const DIALOG_PAIRS: readonly PagePair[] = [
  {
    name: 'cookie-banner',
    v1: cookieV1,
    v2: cookieV2,
    targets: [
      { selector: '#accept-cookies', expect: 'button.consent-accept', change: 'relabeled, moved to the end' },
      { selector: '#reject-cookies', expect: 'button.consent-reject', change: 'relabeled' },
      { selector: '#cookie-settings', expect: 'button.consent-manage', change: 'link → button, relabeled' },
    ],
  },
  {
    name: 'confirm-modal',
    v1: confirmV1,
    v2: confirmV2,
    targets: [
      { selector: '#confirm-name', expect: 'input.confirm-input', change: 'id removed, placeholder changed' },
      {
        selector: '#confirm-delete-btn',
        expect: '[data-testid="dialog-confirm"]',
        change: 'relabeled, order swapped',
      },
      {
        selector: '#cancel-delete',
        expect: 'button.btn-secondary',
        change: 'relabeled Cancel → Keep project',
      },
      { selector: '#close-modal', expect: null, change: 'close button deleted' },
    ],
  },
  {
    name: 'notification-settings',
    v1: notifV1,
    v2: notifV2,
    targets: [
      { selector: '#email-mentions', expect: 'input[name="mentions_email"]', change: 'list → matrix table' },
      { selector: '#email-digest', expect: 'input[name="digest_email"]', change: 'list → matrix table' },
      { selector: '#push-comments', expect: 'input[name="comments_push"]', change: 'list → matrix table' },
      { selector: '#quiet-hours', expect: '#dnd', change: 'renamed id and label' },
      { selector: '#save-notif', expect: 'button.primary', change: 'relabeled' },
      { selector: '#sms-alerts', expect: null, change: 'SMS option deleted' },
    ],
  },
  {
    name: 'csv-import',
    v1: uploadV1,
    v2: uploadV2,
    targets: [
      { selector: '#csv-file', expect: '#file', change: 'moved into a dropzone, renamed' },
      { selector: '#has-header', expect: 'input[name="header"]', change: 'id removed, relabeled' },
      { selector: '#start-import', expect: 'button.primary', change: 'relabeled, order swapped' },
      { selector: '#cancel-import', expect: 'a.btn', change: 'order swapped, id removed' },
      { selector: '#download-template', expect: null, change: 'link deleted' },
    ],
  },
  {
    name: 'demo-booking',
    v1: bookingV1,
    v2: bookingV2,
    targets: [
      { selector: '#next-month', expect: 'button.nav-next', change: 'text → icon with aria-label' },
      { selector: '#slot-1000', expect: '[data-time="10:00"]', change: '24h → 12h label' },
      { selector: '#slot-1130', expect: null, change: 'slot no longer offered (siblings alike)' },
      { selector: '#b-name', expect: '#name', change: 'renamed id and label' },
      { selector: '#b-email', expect: '#mail', change: 'renamed id and label' },
      { selector: '#b-notes', expect: '#b-notes', change: 'unchanged (control)' },
      { selector: '#confirm-booking', expect: 'button.primary', change: 'relabeled' },
    ],
  },
  {
    name: 'support-form',
    v1: supportV1,
    v2: supportV2,
    targets: [
      { selector: '#topic', expect: '#ticket-topic', change: 'renamed id and label' },
      { selector: '#subject', expect: '#ticket-subject', change: 'renamed id and label' },
      { selector: '#message', expect: '#ticket-body', change: 'renamed id and label' },
      { selector: '#attachment', expect: '#files', change: 'renamed id, multiple' },
      { selector: '#submit-ticket', expect: 'button.primary', change: 'relabeled' },
      { selector: '#priority', expect: null, change: 'priority field deleted' },
      { selector: '#mail-support', expect: 'a[href^="mailto"]', change: 'moved to the side column' },
    ],
  },
  {
    name: 'team-chat',
    v1: chatV1,
    v2: chatV2,
    targets: [
      { selector: '#ch-general', expect: 'a[href="#general"]', change: 'id → class' },
      { selector: '#ch-deploys', expect: 'a[href="#deploys"]', change: 'renamed channel' },
      { selector: '#new-channel', expect: 'button.add', change: 'text → icon' },
      { selector: '#composer', expect: 'div.composer', change: 'input → contenteditable textbox' },
      { selector: '#send', expect: 'button.send', change: 'text → icon' },
      { selector: '#attach', expect: 'button.icon', change: 'moved before the composer, relabeled' },
    ],
  },
];
