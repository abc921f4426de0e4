/**
 * Blind corpus 9, sealed: written without looking at the matcher. Domains:
 * driving test booking, TLS certificate manager, office printer web console,
 * home NAS shared folders, jobseeker activity journal, on-call rotation,
 * purchase order approval, habit tracker app, houseplant care app, reception
 * visitor sign-in kiosk, CCTV recorder web client, UPS network card, flower
 * delivery checkout, company incorporation wizard, bike workshop job card,
 * status page incident editor, smartwatch companion settings, SMS sender ID
 * registration, pothole report, census household questions, second-hand
 * marketplace listing, gift card balance, restaurant menu editor and a public
 * Wi-Fi captive portal.
 */
import { edit, type PagePair, page } from './page.js';

const PHONE_CSS = `
body{max-width:400px;margin:0 auto;border:1px solid #ddd}
header{justify-content:space-between}
.tabbar{display:flex;justify-content:space-around;padding:10px;border-top:1px solid #ddd}
.fab{border-radius:50%;width:48px;height:48px;font-size:22px}
.switch{width:42px;height:24px;border-radius:12px}
.chip{border:1px solid #ccc;border-radius:14px;padding:3px 10px}
`;

const SWITCH_CSS = `.switch{width:42px;height:24px;border-radius:12px}.icon{min-width:32px;min-height:28px}`;

// ---------------------------------------------------------------- driving test booking

const drivingV1 = page(
  'Book your practical driving test',
  `<header><a href="/" class="logo">GOV Services</a><nav><a href="/driving">Driving and transport</a><a href="/benefits">Benefits</a><a href="/contact">Contact</a></nav><a href="/account" id="account-link">Your account</a></header>
<main><p class="muted">Step 2 of 4</p><h1>Book your practical driving test</h1>
<form id="test-booking">
<label for="licence-number">Licence number</label><input id="licence-number" name="licence" autocomplete="off">
<label for="theory-pass">Theory test pass number</label><input id="theory-pass" name="theory">
<fieldset><legend>Type of car</legend><label class="row"><input type="radio" name="gearbox" id="type-manual"> Manual</label><label class="row"><input type="radio" name="gearbox" id="type-auto"> Automatic</label></fieldset>
<label for="test-centre">Test centre</label><select id="test-centre"><option>Select a centre</option><option>Bristol (Kingswood)</option><option>Bath</option><option>Weston-super-Mare</option></select>
<a href="/centres/near" id="centre-near">Find test centres near me</a>
<label for="pref-date">Earliest date you can take the test</label><input id="pref-date" type="date">
<label class="row"><input type="checkbox" id="special-needs"> I need extra time or support during the test</label>
<label class="row"><input type="checkbox" id="welsh"> Take the test in Welsh</label>
<label for="email">Email address</label><input id="email" type="email">
<label for="phone">Mobile number</label><input id="phone" type="tel">
<div class="row"><button id="continue" class="btn primary">Continue</button><button type="button" id="save-later">Save and come back later</button><a href="/" class="cancel">Cancel</a></div>
</form></main>
<footer><a href="/help">Help</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a> <span>© Crown copyright</span></footer>`,
);

const drivingV2 = page(
  'Your test details – Book a driving test',
  `<header><a href="/" class="logo">GOV Services</a><nav><a href="/driving">Driving and transport</a><a href="/benefits">Benefits</a><a href="/contact">Contact</a></nav><a href="/account">Sign in</a></header>
<main><a href="/book/step-1" class="back">Back</a><p class="muted">Book a driving test – step 2 of 4</p><h1>Your test details</h1>
<form class="booking" method="post">
<div class="field"><label for="dl-number">Driving licence number</label><p class="muted">For example, MORGA753116SM9IJ</p><input id="dl-number" name="licenceNumber" autocomplete="off"></div>
<div class="field"><label for="theory-cert">Theory test pass certificate number</label><input id="theory-cert" name="theoryCertificate"></div>
<fieldset><legend>What type of car will you use?</legend><label class="row"><input type="radio" name="transmission" value="manual"> Manual</label><label class="row"><input type="radio" name="transmission" value="automatic"> Automatic</label></fieldset>
<div class="field"><label for="centre-search">Where do you want to take your test?</label><p class="muted">Enter a town or postcode</p><input id="centre-search" name="centre" list="centres"><datalist id="centres"><option>Bristol (Kingswood)</option><option>Bath</option><option>Weston-super-Mare</option></datalist></div>
<div class="field"><label for="earliest">Earliest date you can take the test</label><input id="earliest" name="earliestDate" type="date"></div>
<div class="checkboxes"><label class="row"><input type="checkbox" name="adjustments" id="adjustments"> I need reasonable adjustments, such as extra time</label><label class="row"><input type="checkbox" name="sms" id="sms-reminder"> Text me a reminder the day before</label></div>
<div class="field"><label for="contact-email">Email address</label><input id="contact-email" name="email" type="email"></div>
<div class="field"><label for="contact-mobile">UK mobile number</label><input id="contact-mobile" name="mobile" type="tel"></div>
<button class="btn primary govuk-button">Save and continue</button>
<p><a href="/book/save" class="save-return">Save and come back later</a></p>
</form></main>
<footer><a href="/help">Help</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a> <span>© Crown copyright</span></footer>`,
);

// ---------------------------------------------------------------- TLS certificate manager

function certRowV1(key: string, domain: string, issuer: string, expires: string, auto: boolean): string {
  return `<tr id="row-${key}"><td>${domain}</td><td>${issuer}</td><td>${expires}</td><td><input type="checkbox" class="autorenew"${auto ? ' checked' : ''}></td><td><button class="renew">Renew</button> <a href="/certs/${key}.pem" class="download">Download</a> <button class="revoke">Revoke</button></td></tr>`;
}

function certCardV2(domain: string, meta: string, auto: boolean): string {
  return `<article class="card cert" data-domain="${domain}"><h3>${domain}</h3><p class="muted">${meta}</p><label class="row"><input type="checkbox" role="switch"${auto ? ' checked' : ''}> Renew automatically</label><div class="row actions"><button class="btn renew-now">Renew now</button><button class="icon" aria-label="Download certificate for ${domain}">⤓</button><button class="icon danger" aria-label="Revoke certificate for ${domain}">⊘</button></div></article>`;
}

const certsV1 = page(
  'Certificates – CertWarden',
  `<header><a href="/" class="logo">CertWarden</a><nav><a href="/certificates" class="active">Certificates</a><a href="/domains">Domains</a><a href="/alerts" id="nav-alerts">Alerts</a><a href="/settings">Settings</a></nav><span class="muted">ops@northgate.io</span></header>
<main><h1>Certificates</h1><div class="row"><input id="cert-search" placeholder="Search by domain"><select id="status-filter"><option>All statuses</option><option>Valid</option><option>Expiring soon</option><option>Expired</option></select><button id="request-cert" class="btn primary">Request certificate</button><button id="import-cert">Import</button></div>
<table id="certs"><tr><th>Domain</th><th>Issuer</th><th>Expires</th><th>Auto-renew</th><th>Actions</th></tr>
${certRowV1('shop', 'shop.northgate.io', "Let's Encrypt R3", '12 Aug 2025', true)}
${certRowV1('api', 'api.northgate.io', "Let's Encrypt R3", '2 Jul 2025', true)}
${certRowV1('mail', 'mail.northgate.io', 'Sectigo RSA DV', '19 Jan 2026', false)}
${certRowV1('legacy', 'legacy.northgate.io', 'Sectigo RSA DV', 'Expired 3 May 2025', false)}
</table><p class="muted">4 certificates</p></main>
<footer><a href="/docs/api">API documentation</a> · <a href="/status">Status</a> · <span>v3.8.2</span></footer>`,
);

const certsV2 = page(
  'Certificates – CertWarden',
  `<header><a href="/" class="logo">CertWarden</a><nav><a href="/certificates" class="active">Certificates</a><a href="/domains">Domains</a><a href="/notifications">Notifications</a><a href="/settings">Settings</a></nav><button class="icon avatar" aria-label="Account menu">OI</button></header>
<main><div class="row"><h1>Certificates</h1><button class="btn primary new-cert">New certificate</button></div>
<div class="row toolbar"><input type="search" name="q" placeholder="Filter by domain" aria-label="Filter certificates"><div class="row" role="tablist"><button role="tab" aria-selected="true">All</button><button role="tab">Valid</button><button role="tab">Expiring</button><button role="tab">Expired</button></div></div>
<div class="grid cert-list">
${certCardV2('api.northgate.io', "Let's Encrypt R3 · expires in 9 days", true)}
${certCardV2('shop.northgate.io', "Let's Encrypt R3 · expires 12 Aug 2025", true)}
${certCardV2('mail.northgate.io', 'Sectigo RSA DV · expires 19 Jan 2026', false)}
${certCardV2('status.northgate.io', "Let's Encrypt E5 · expires 28 Aug 2025", true)}
</div></main>
<footer><a href="/docs/api">API documentation</a> · <a href="/status">Status</a> · <span>v4.0.1</span></footer>`,
  SWITCH_CSS,
);

// ---------------------------------------------------------------- office printer web console

const printerV1 = page(
  'Network – Lumen MFP 4400',
  `<header><span class="logo">Lumen MFP 4400 · Embedded Web Server</span><span class="muted">Status: Ready</span><a href="/logout">Sign out</a></header>
<nav class="sidebar"><a href="/status" id="nav-status">Status</a><br><a href="/supplies" id="nav-supplies">Supplies</a><br><a href="/network" id="nav-network">Network</a><br><a href="/scan" id="nav-scan">Scan to email</a><br><a href="/security" id="nav-security">Security</a><br><a href="/firmware" id="nav-firmware">Firmware</a></nav>
<main style="margin-left:220px"><h1>Network settings</h1><form id="net-form">
<label for="hostname">Host name</label><input id="hostname" value="LMFP4400-3F2A">
<fieldset><legend>IPv4 configuration</legend><label class="row"><input type="radio" name="ipv4" id="ipv4-dhcp" checked> Automatic (DHCP)</label><label class="row"><input type="radio" name="ipv4" id="ipv4-manual"> Manual</label></fieldset>
<label for="ip-addr">IP address</label><input id="ip-addr" value="192.168.1.48">
<label for="subnet">Subnet mask</label><input id="subnet" value="255.255.255.0">
<label for="gateway">Default gateway</label><input id="gateway" value="192.168.1.1">
<label for="dns1">DNS server 1</label><input id="dns1" value="192.168.1.1">
<label for="dns2">DNS server 2</label><input id="dns2">
<label class="row"><input type="checkbox" id="enable-ipv6" checked> Enable IPv6</label>
<label class="row"><input type="checkbox" id="enable-wsd" checked> Enable WS-Discovery</label>
<label class="row"><input type="checkbox" id="bonjour" checked> Enable Bonjour</label>
<div class="row"><button id="apply" class="btn primary">Apply</button><button type="reset" id="revert">Revert</button><button type="button" id="print-config">Print configuration page</button></div>
</form></main>
<footer>© Lumen Imaging · Firmware 2.11.4 · Serial CN4B2K0193</footer>`,
);

const printerV2 = page(
  'Network – Lumen MFP 4400',
  `<header><span class="logo">Lumen MFP 4400</span><span class="badge">Ready</span><button class="icon" aria-label="Sign out">⎋</button></header>
<nav class="tabs"><a href="/home">Home</a><a href="/supplies">Supplies</a><a href="/network" class="active">Network</a><a href="/scan">Scan</a><a href="/security">Security</a><a href="/update">Software update</a></nav>
<main><h1>Network</h1><form class="settings">
<section class="card"><h2>General</h2><label for="net-hostname">Device host name</label><input id="net-hostname" name="hostname" value="LMFP4400-3F2A"></section>
<section class="card"><h2>IPv4</h2><div class="row" role="radiogroup" aria-label="Address assignment"><label><input type="radio" name="ipv4Mode" value="dhcp" checked> DHCP</label><label><input type="radio" name="ipv4Mode" value="static"> Static</label></div>
<div class="grid3"><div><label for="ipv4-address">IP address</label><input id="ipv4-address" value="192.168.1.48"></div><div><label for="ipv4-mask">Subnet mask</label><input id="ipv4-mask" value="255.255.255.0"></div><div><label for="ipv4-gw">Gateway</label><input id="ipv4-gw" value="192.168.1.1"></div></div>
<div class="grid"><div><label for="dns-primary">Preferred DNS server</label><input id="dns-primary" value="192.168.1.1"></div><div><label for="dns-secondary">Alternate DNS server</label><input id="dns-secondary"></div></div></section>
<section class="card"><h2>IPv6</h2><label class="row"><input type="checkbox" role="switch" name="ipv6" checked> IPv6</label></section>
<section class="card"><h2>Discovery</h2><label class="row"><input type="checkbox" role="switch" name="wsd" checked> WSD (Web Services on Devices)</label><label class="row"><input type="checkbox" role="switch" name="llmnr"> LLMNR</label></section>
<div class="row"><button class="btn primary">Save changes</button><button type="reset" class="btn">Discard</button><button type="button" class="btn">Restore network defaults</button></div>
</form></main>
<footer>© Lumen Imaging · Software 3.0.2</footer>`,
);

// ---------------------------------------------------------------- home NAS shared folders

function shareRowV1(
  key: string,
  name: string,
  vol: string,
  smb: boolean,
  nfs: boolean,
  afp: boolean,
): string {
  const box = (p: string, on: boolean) =>
    `<td><input type="checkbox" id="${p}-${key}"${on ? ' checked' : ''}></td>`;
  return `<tr id="share-${key}"><td>${name}</td><td>${vol}</td>${box('smb', smb)}${box('nfs', nfs)}${box('afp', afp)}<td><a href="/shares/${key}/permissions" class="perm">Permissions</a> <button class="edit">Edit</button></td></tr>`;
}

function shareCardV2(name: string, vol: string, smb: boolean, nfs: boolean): string {
  return `<section class="card share" aria-label="${name}"><div class="row"><h3>${name}</h3><span class="badge">${vol}</span><button class="icon" aria-label="Edit ${name}">✎</button></div><div class="row"><label><input type="checkbox" role="switch" name="smb"${smb ? ' checked' : ''}> SMB</label><label><input type="checkbox" role="switch" name="nfs"${nfs ? ' checked' : ''}> NFS</label></div><button class="link">Access rights</button></section>`;
}

const nasV1 = page(
  'Shared folders – Homestead NAS',
  `<header><span class="logo">Homestead NAS</span><span class="muted">HS-4 · 4 × 8 TB</span><a href="/account" id="user-menu">admin</a><a href="/logout">Log out</a></header>
<nav class="sidebar"><a href="/overview">Overview</a><br><a href="/storage">Storage</a><br><a href="/shares" class="active">Shared folders</a><br><a href="/users" id="nav-users">Users</a><br><a href="/backup">Backup</a><br><a href="/apps">Apps</a></nav>
<main style="margin-left:220px"><h1>Shared folders</h1><div class="row"><button id="create-share" class="btn primary">Create</button><input id="share-filter" placeholder="Filter"><button id="empty-recycle">Empty all recycle bins</button></div>
<table id="shares"><tr><th>Name</th><th>Volume</th><th>SMB</th><th>NFS</th><th>AFP</th><th></th></tr>
${shareRowV1('photos', 'Photos', 'Volume 1', true, false, false)}
${shareRowV1('documents', 'Documents', 'Volume 1', true, false, false)}
${shareRowV1('media', 'Media', 'Volume 2', true, true, true)}
${shareRowV1('timemachine', 'TimeMachine', 'Volume 2', true, false, true)}
</table><p class="muted">Used 9.2 TB of 21.8 TB</p></main>
<footer>HomesteadOS 6.2.1 · <a href="/support">Support</a></footer>`,
);

const nasV2 = page(
  'Shared folders – Homestead NAS',
  `<header><span class="logo">Homestead NAS</span><span class="muted">HS-4</span><button class="icon" aria-label="Notifications">🔔</button><a href="/account">admin</a></header>
<nav class="sidebar"><a href="/overview">Overview</a><br><a href="/storage">Storage &amp; volumes</a><br><a href="/shares" class="active">Shared folders</a><br><a href="/users">Users &amp; groups</a><br><a href="/backup">Backup</a><br><a href="/apps">App centre</a></nav>
<main style="margin-left:220px"><div class="row"><h1>Shared folders</h1><input type="search" placeholder="Search shared folders" aria-label="Search shared folders"><button class="btn primary">New shared folder</button></div>
<p class="muted">9.2 TB of 21.8 TB used · Recycle bins are emptied automatically after 30 days</p>
<div class="grid">
${shareCardV2('Photos', 'Volume 1', true, false)}
${shareCardV2('Documents', 'Volume 1', true, false)}
${shareCardV2('Media', 'Volume 2', true, true)}
${shareCardV2('TimeMachine', 'Volume 2', true, false)}
</div></main>
<footer>HomesteadOS 7.0 · <a href="/support">Support</a></footer>`,
);

// ---------------------------------------------------------------- jobseeker activity journal

const journalV1 = page(
  'Your journal – Work and Benefits',
  `<header><a href="/" class="logo">Work and Benefits</a><nav><a href="/home">Home</a><a href="/journal" class="active">Journal</a><a href="/todo" id="nav-todo">To-do</a><a href="/payments">Payments</a><a href="/messages">Messages (1)</a></nav><a href="/signout">Sign out</a></header>
<main><h1>Your journal</h1><p>Record what you have done to look for work. Your work coach will see this.</p>
<form id="journal-form"><h2>Add an activity</h2>
<label for="act-type">Activity</label><select id="act-type"><option>Applied for a job</option><option>Went to an interview</option><option>Updated my CV</option><option>Attended a course</option></select>
<label for="employer">Employer</label><input id="employer">
<label for="job-title">Job title</label><input id="job-title">
<label for="act-date">Date</label><input id="act-date" type="date">
<label for="act-notes">Notes</label><textarea id="act-notes"></textarea>
<label class="row"><input type="checkbox" id="offered"> I was offered this job</label>
<div class="row"><button id="add-entry" class="btn primary">Add to journal</button><button type="reset">Clear</button></div></form>
<h2>Previous entries</h2><table id="entries"><tr><th>Date</th><th>Activity</th><th>Employer</th><th></th></tr>
<tr id="entry-1"><td>3 June</td><td>Applied for a job</td><td>Greenway Logistics</td><td><a href="/journal/1/edit" class="edit">Edit</a> <button class="delete">Delete</button></td></tr>
<tr id="entry-2"><td>30 May</td><td>Went to an interview</td><td>Harbour Café</td><td><a href="/journal/2/edit" class="edit">Edit</a> <button class="delete">Delete</button></td></tr>
<tr id="entry-3"><td>28 May</td><td>Updated my CV</td><td>—</td><td><a href="/journal/3/edit" class="edit">Edit</a> <button class="delete">Delete</button></td></tr>
</table></main>
<footer><a href="/help">Help</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy notice</a></footer>`,
);

const journalV2 = page(
  'Your journal – Work and Benefits',
  `<header><a href="/" class="logo">Work and Benefits</a><nav><a href="/home">Home</a><a href="/journal" class="active">Journal</a><a href="/todo">Your to-do list</a><a href="/payments">Payments</a><a href="/messages">Messages <span class="badge">1</span></a></nav><a href="/signout">Sign out</a></header>
<main><h1>Your journal</h1><p>Tell your work coach what you've done to find work. They'll read it before your next appointment.</p>
<div class="grid"><section class="card"><h2>Record an activity</h2><form class="journal-entry">
<label for="activity">What did you do?</label><select id="activity" name="activity"><option>Applied for a job</option><option>Went to an interview</option><option>Updated my CV</option><option>Attended a course</option></select>
<label for="company">Employer or company name</label><input id="company" name="employer">
<label for="role">Job title or role</label><input id="role" name="jobTitle">
<fieldset><legend>When did you do it?</legend><div class="row"><label>Day <input name="day" size="2"></label><label>Month <input name="month" size="2"></label><label>Year <input name="year" size="4"></label></div></fieldset>
<label for="details">Tell your work coach more (optional)</label><textarea id="details" name="notes"></textarea>
<button class="btn primary">Save activity</button></form></section>
<section class="card"><h2>What you've done</h2><dl class="entries">
<div class="entry"><dt>3 June – Applied for a job</dt><dd>Greenway Logistics</dd><dd><a href="/journal/1/edit">Change</a></dd></div>
<div class="entry"><dt>30 May – Went to an interview</dt><dd>Harbour Café</dd><dd><a href="/journal/2/edit">Change</a></dd></div>
<div class="entry"><dt>28 May – Updated my CV</dt><dd>No employer</dd><dd><a href="/journal/3/edit">Change</a></dd></div>
</dl></section></div></main>
<footer><a href="/help">Help</a> <a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy notice</a></footer>`,
);

// ---------------------------------------------------------------- on-call rotation

const oncallV1 = page(
  'Platform team – primary · PagerLoop',
  `<header><a href="/" class="logo">PagerLoop</a><nav><a href="/incidents">Incidents</a><a href="/schedules" class="active">Schedules</a><a href="/escalation">Escalation policies</a><a href="/services">Services</a><a href="/analytics">Analytics</a></nav><a href="/me">Priya N.</a></header>
<main><h1>Platform team – primary</h1><p class="muted">Currently on call: Liam Brooks until Mon 09:00</p>
<div class="row"><button id="override" class="btn">Create override</button><a href="/schedules/42/export" id="export-ical">Export to calendar</a></div>
<form id="rotation"><h2>Rotation</h2>
<label for="rotation-type">Rotation type</label><select id="rotation-type"><option>Weekly</option><option>Daily</option><option>Custom</option></select>
<label for="handoff-day">Handoff day</label><select id="handoff-day"><option>Monday</option><option>Friday</option></select>
<label for="handoff-time">Handoff time</label><input id="handoff-time" type="time" value="09:00">
<label for="tz">Time zone</label><select id="tz"><option>Europe/London</option><option>America/New_York</option><option>Asia/Singapore</option></select>
<label class="row"><input type="checkbox" id="restrict"> Restrict on-call to working hours</label>
<h3>Participants</h3><ul id="participants"><li id="p-priya">Priya Nair <button type="button" class="remove">Remove</button></li><li id="p-liam">Liam Brooks <button type="button" class="remove">Remove</button></li><li id="p-sofia">Sofia Reyes <button type="button" class="remove">Remove</button></li></ul>
<div class="row"><input id="add-user" placeholder="Add a user"><button type="button" id="add-user-btn">Add</button></div>
<div class="row"><button id="save" class="btn primary">Save rotation</button><button type="button" id="delete-schedule" class="danger">Delete schedule</button></div></form></main>
<footer>PagerLoop · <a href="/status">System status</a> · <a href="/docs">Docs</a></footer>`,
);

const oncallV2 = page(
  'Platform team – primary · PagerLoop',
  `<header><a href="/" class="logo">PagerLoop</a><nav><a href="/incidents">Incidents</a><a href="/schedules" class="active">On-call schedules</a><a href="/escalation">Escalation policies</a><a href="/services">Service directory</a><a href="/insights">Insights</a></nav><a href="/me">Priya N.</a></header>
<main><div class="row"><h1>Platform team – primary</h1><label for="timezone">Time zone</label><select id="timezone" name="timeZone"><option>Europe/London</option><option>America/New_York</option><option>Asia/Singapore</option></select><button class="btn override-btn">Schedule an override</button></div>
<p class="muted">On call now: Liam Brooks · hands off Mon 09:00 · <a href="/schedules/42/ical">Subscribe (iCal)</a></p>
<form class="layer"><section class="card"><h2>Layer 1</h2>
<label for="layer1-length">Rotation length</label><select id="layer1-length" name="rotationLength"><option>1 week</option><option>1 day</option><option>Custom</option></select>
<label for="layer1-start">Starts on</label><input id="layer1-start" type="date">
<label for="layer1-handoff">Handoff time</label><input id="layer1-handoff" type="time" value="09:00">
<label class="row"><input type="checkbox" role="switch" name="restrict"> Only during working hours (Mon–Fri, 09:00–17:30)</label>
<h3>Responders</h3><div class="row chips"><span class="chip">Priya Nair <button type="button" aria-label="Remove Priya Nair">×</button></span><span class="chip">Liam Brooks <button type="button" aria-label="Remove Liam Brooks">×</button></span><span class="chip">Sofia Reyes <button type="button" aria-label="Remove Sofia Reyes">×</button></span></div>
<input name="responder" placeholder="Add responders…" aria-label="Add responders">
</section><div class="row"><button class="btn primary">Save changes</button><a href="/schedules/42">Cancel</a></div></form></main>
<footer>PagerLoop · <a href="/status">System status</a> · <a href="/docs">Docs</a></footer>`,
);

// ---------------------------------------------------------------- purchase order approval

const poV1 = page(
  'PO-20417 – Procure',
  `<header><a href="/" class="logo">Procure</a><nav><a href="/requests">Requests</a><a href="/approvals" class="active">Approvals (3)</a><a href="/suppliers">Suppliers</a><a href="/budgets">Budgets</a><a href="/reports">Reports</a></nav><span>Martin Hale</span></header>
<main><a href="/approvals" id="back-link">← Back to approvals</a><h1>PO-20417: Standing desks for level 3</h1>
<table class="summary"><tr><th>Requested by</th><td>Aisha Bello</td></tr><tr><th>Supplier</th><td>Oakline Office Furniture</td></tr><tr><th>Total</th><td>£4,860.00</td></tr><tr><th>Needed by</th><td>30 June</td></tr></table>
<h2>Items</h2><table id="lines"><tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Total</th></tr><tr><td>Electric sit-stand desk 160cm</td><td>12</td><td>£380.00</td><td>£4,560.00</td></tr><tr><td>Delivery and installation</td><td>1</td><td>£300.00</td><td>£300.00</td></tr></table>
<h2>Attachments</h2><ul><li><a href="/files/po-20417-quote.pdf" id="att-quote">Quote.pdf</a></li><li><a href="/files/po-20417-spec.pdf" id="att-spec">Spec sheet.pdf</a></li></ul>
<form id="decision"><label for="budget-code">Budget code</label><select id="budget-code"><option>FAC-2025-OPEX</option><option>FAC-2025-CAPEX</option></select>
<label for="cost-centre">Cost centre</label><input id="cost-centre" value="CC-310 Facilities">
<label for="approver-comment">Comment</label><textarea id="approver-comment"></textarea>
<label for="forward">Forward to</label><select id="forward"><option>Nobody</option><option>Finance director</option><option>Head of facilities</option></select>
<div class="row"><button id="approve" class="btn primary">Approve</button><button id="request-changes">Request changes</button><button id="reject" class="danger">Reject</button></div></form></main>
<footer>Procure · <a href="/policy">Purchasing policy</a> · <a href="/help">Help</a></footer>`,
);

const poV2 = page(
  'PO-20417 – Procure',
  `<header><a href="/" class="logo">Procure</a><nav><a href="/requests">Requests</a><a href="/approvals" class="active">Approvals <span class="badge">3</span></a><a href="/suppliers">Suppliers</a><a href="/budgets">Budgets</a><a href="/reports">Reports</a></nav><span>Martin Hale</span></header>
<main><nav class="breadcrumb"><a href="/approvals">Approvals</a> / <span>PO-20417</span></nav><div class="row"><h1>Standing desks for level 3</h1><span class="badge">Awaiting your approval</span></div>
<aside class="card decision"><h2>Your decision</h2><form class="decide">
<fieldset><legend>Decision</legend><label class="row"><input type="radio" name="decision" value="approve"> Approve</label><label class="row"><input type="radio" name="decision" value="changes"> Send back for changes</label><label class="row"><input type="radio" name="decision" value="reject"> Reject</label></fieldset>
<label for="budget-line">Budget line</label><select id="budget-line" name="budget"><option>FAC-2025-OPEX · Facilities running costs</option><option>FAC-2025-CAPEX · Facilities capital</option></select>
<label for="comment">Comment for requester</label><textarea id="comment" name="comment"></textarea>
<button class="btn primary">Submit decision</button></form></aside>
<section><dl><dt>Requested by</dt><dd>Aisha Bello</dd><dt>Supplier</dt><dd>Oakline Office Furniture</dd><dt>Total</dt><dd>£4,860.00</dd><dt>Needed by</dt><dd>30 June</dd></dl>
<h2>Items</h2><table class="lines"><tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Total</th></tr><tr><td>Electric sit-stand desk 160cm</td><td>12</td><td>£380.00</td><td>£4,560.00</td></tr><tr><td>Delivery and installation</td><td>1</td><td>£300.00</td><td>£300.00</td></tr></table>
<h2>Documents</h2><ul class="files"><li><a href="/files/po-20417-quote.pdf">Supplier quote (PDF, 220 KB)</a></li><li><a href="/files/po-20417-spec.pdf">Product specification (PDF, 1.4 MB)</a></li></ul></section></main>
<footer>Procure · <a href="/policy">Purchasing policy</a> · <a href="/help">Help</a></footer>`,
);

// ---------------------------------------------------------------- habit tracker app

function habitV1(key: string, name: string, streak: number, done: boolean): string {
  return `<li class="habit row"><input type="checkbox" id="h-${key}"${done ? ' checked' : ''}><label for="h-${key}">${name}</label><span class="badge">🔥 ${streak}</span><a href="/habits/${key}" class="more" aria-label="Habit options">…</a></li>`;
}

function habitV2(name: string, streak: number, done: boolean): string {
  return `<div class="card habit row${done ? ' done' : ''}"><button class="check" aria-label="Complete: ${name}" aria-pressed="${done}">${done ? '✓' : '○'}</button><span class="title">${name}</span><span class="muted">${streak}-day streak</span><button class="icon" aria-label="Edit ${name}">✎</button></div>`;
}

const habitsV1 = page(
  'Today – Daily Loop',
  `<header><span class="logo">Daily Loop</span><a href="/profile" class="avatar">JS</a></header>
<main><div class="row"><button id="prev-day" aria-label="Previous day">‹</button><h1>Today</h1><button id="next-day" aria-label="Next day">›</button></div>
<p class="muted">3 of 5 habits done</p>
<ul id="habits">
${habitV1('water', 'Drink 2 litres of water', 12, true)}
${habitV1('read', 'Read 20 pages', 4, false)}
${habitV1('walk', 'Walk 8,000 steps', 9, true)}
${habitV1('meditate', 'Meditate for 10 minutes', 21, true)}
${habitV1('stretch', 'Stretch after work', 2, false)}
</ul>
<button id="add-habit" class="btn primary">Add habit</button>
<div class="card"><h2>This week</h2><p>You completed 82% of your habits.</p><a href="/stats/week" id="week-report">See report</a></div>
</main>
<nav class="tabbar"><a href="/today" id="tab-today">Today</a><a href="/stats" id="tab-stats">Stats</a><a href="/journal" id="tab-journal">Journal</a><a href="/settings" id="tab-settings">Settings</a></nav>`,
  PHONE_CSS,
);

const habitsV2 = page(
  'Today – Daily Loop',
  `<header><span class="logo">Daily Loop</span><div class="row"><a href="/settings" class="icon" aria-label="Settings">⚙</a><a href="/profile" class="avatar">JS</a></div></header>
<main><div class="row week"><button class="day">M 3</button><button class="day">T 4</button><button class="day" aria-current="date">W 5</button><button class="day">T 6</button><button class="day">F 7</button><button class="day">S 8</button><button class="day">S 9</button></div>
<h1>Wednesday</h1><p class="muted">3/5 done today</p>
<div class="habit-list">
${habitV2('Drink 2 litres of water', 12, true)}
${habitV2('Read 20 pages', 4, false)}
${habitV2('Walk 8,000 steps', 9, true)}
${habitV2('Meditate for 10 minutes', 21, true)}
${habitV2('Stretch after work', 2, false)}
</div>
<div class="card"><h2>Your week so far</h2><p>82% of habits completed – your best week this month.</p><a href="/progress/week">View insights</a></div>
<button class="fab btn primary" aria-label="New habit">+</button></main>
<nav class="tabbar"><a href="/today" class="active">Today</a><a href="/progress">Progress</a><a href="/challenges">Challenges</a></nav>`,
  PHONE_CSS,
);

// ---------------------------------------------------------------- houseplant care app

const plantV1 = page(
  'Big Mo – Leafy',
  `<header><a href="/" class="logo">Leafy</a><nav><a href="/plants" class="active">My plants</a><a href="/reminders">Reminders</a><a href="/shop" id="nav-shop">Shop</a><a href="/community">Community</a></nav><a href="/account">Account</a></header>
<main><a href="/plants">All plants</a><h1>Big Mo <span class="muted">Monstera deliciosa</span></h1>
<div class="row"><div class="card photo">[photo]</div><div><p>Added 14 March · Living room</p><div class="row"><button id="log-water" class="btn primary">Log watering</button><button id="log-repot">Log repotting</button><button id="add-photo">Add photo</button></div></div></div>
<form id="care-plan"><h2>Care plan</h2>
<label for="water-interval">Water every (days)</label><input id="water-interval" type="number" value="7">
<label for="fertilise">Fertilise</label><select id="fertilise"><option>Monthly</option><option>Every 2 weeks</option><option>Never</option></select>
<label for="light-level">Light</label><select id="light-level"><option>Bright, indirect</option><option>Low</option><option>Direct sun</option></select>
<label for="location">Location</label><input id="location" value="Living room">
<label class="row"><input type="checkbox" id="notify-water" checked> Notify me when it's time to water</label>
<div class="row"><button id="save-plan">Save care plan</button><button type="button" id="delete-plant" class="danger">Delete plant</button></div></form>
<h2>History</h2><ul><li>2 June – Watered</li><li>26 May – Watered</li><li>1 May – Repotted</li></ul></main>
<footer><a href="/about">About Leafy</a> · <a href="/privacy">Privacy</a></footer>`,
);

const plantV2 = page(
  'Big Mo – Leafy',
  `<header><a href="/" class="logo">Leafy</a><nav><a href="/plants" class="active">My plants</a><a href="/reminders">Reminders</a><a href="/doctor">Plant doctor</a><a href="/community">Community</a></nav><a href="/account">Account</a></header>
<main><a href="/plants" class="back">‹ My plants</a><div class="row"><div class="card photo">[photo]</div><div><h1>Big Mo</h1><p class="muted">Monstera deliciosa · Living room</p><span class="badge">Next watering in 3 days</span></div></div>
<div class="row quick"><button class="btn primary">Mark as watered</button><button class="btn">Mark as fed</button><button class="icon" aria-label="Add photo">📷</button></div>
<div role="tablist" class="row"><button role="tab" aria-selected="true">Care</button><button role="tab">History</button><button role="tab">Notes</button></div>
<form class="care">
<label for="water-every">Water every</label><div class="row"><input id="water-every" name="waterEvery" type="number" value="7"><span>days</span></div>
<label for="feed-frequency">Feeding</label><select id="feed-frequency" name="feeding"><option>Monthly</option><option>Every 2 weeks</option><option>Never</option></select>
<fieldset><legend>Light</legend><label class="row"><input type="radio" name="light" value="bright" checked> Bright, indirect</label><label class="row"><input type="radio" name="light" value="low"> Low light</label><label class="row"><input type="radio" name="light" value="direct"> Direct sun</label></fieldset>
<label for="room">Room</label><input id="room" name="room" value="Living room">
<label class="row"><input type="checkbox" role="switch" name="waterReminders" checked> Watering reminders</label>
<button class="btn">Save</button></form>
<button type="button" class="link danger">Remove from my plants</button></main>
<footer><a href="/about">About Leafy</a> · <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------- reception visitor sign-in kiosk

const visitorV1 = page(
  'Visitor sign-in',
  `<header><span class="logo">Harlow &amp; Finch · Reception</span><span class="muted">Tue 4 June, 09:41</span></header>
<main><h1>Welcome! Please sign in</h1><p>Your host will be told you've arrived.</p>
<form id="visitor">
<label for="v-name">Full name</label><input id="v-name">
<label for="v-company">Company</label><input id="v-company">
<label for="v-host">Who are you visiting?</label><select id="v-host"><option>Choose a person</option><option>Ruth Adeyemi</option><option>Tom Kowalski</option><option>Reception</option></select>
<fieldset><legend>Reason for visit</legend><label class="row"><input type="radio" name="purpose" id="p-meeting"> Meeting</label><label class="row"><input type="radio" name="purpose" id="p-interview"> Interview</label><label class="row"><input type="radio" name="purpose" id="p-delivery"> Delivery</label><label class="row"><input type="radio" name="purpose" id="p-contractor"> Contractor</label></fieldset>
<label for="v-email">Email (for your Wi-Fi code)</label><input id="v-email" type="email">
<label class="row"><input type="checkbox" id="agree-rules"> I agree to follow the site safety rules</label>
<label class="row"><input type="checkbox" id="photo-consent"> Take my photo for the visitor badge</label>
<button id="sign-in" class="btn primary">Sign in</button></form>
<p>Leaving? <a href="/kiosk/sign-out" id="sign-out-link">Sign out here</a></p></main>
<footer>Guest Wi-Fi: HF-Guest · Fire assembly point: car park B · <a href="/kiosk/privacy">Privacy</a></footer>`,
);

const visitorV2 = page(
  'Visitor sign-in',
  `<header><span class="logo">Harlow &amp; Finch</span><span class="muted">09:41</span></header>
<main><div role="tablist" class="row big-tabs"><button role="tab" aria-selected="true" class="btn">Sign in</button><button role="tab" aria-selected="false" class="btn">Sign out</button></div>
<h1>Hello! Tell us who you are</h1><p class="muted">We'll let your host know you're here.</p>
<form class="checkin">
<label for="full-name">Your name</label><input id="full-name" name="fullName">
<label for="org">Company (optional)</label><input id="org" name="company">
<label for="host">Who are you here to see?</label><input id="host" name="host" list="people" placeholder="Start typing a name"><datalist id="people"><option>Ruth Adeyemi</option><option>Tom Kowalski</option></datalist>
<fieldset class="tiles"><legend>Why are you here?</legend><label class="card row"><input type="radio" name="purpose" value="meeting"> Visiting someone</label><label class="card row"><input type="radio" name="purpose" value="delivery"> Dropping off a delivery</label><label class="card row"><input type="radio" name="purpose" value="contractor"> Contractor or maintenance</label></fieldset>
<label for="visitor-email">Email (optional)</label><input id="visitor-email" type="email" name="email">
<label class="row"><input type="checkbox" id="briefing" name="safety"> I've read the safety briefing</label>
<button class="btn primary">Print my badge</button></form></main>
<footer>Guest Wi-Fi: HF-Guest · Fire assembly point: car park B · <a href="/kiosk/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------- CCTV recorder web client

const nvrV1 = page(
  'Live view – NVR-8',
  `<header><span class="logo">NVR-8 Web Client</span><nav><a href="/live" class="active">Live view</a><a href="/playback" id="nav-playback">Playback</a><a href="/events">Events</a><a href="/config">Configuration</a></nav><a href="/logout">Logout</a></header>
<div class="sidebar"><h3>Cameras</h3><ul id="cam-list"><li><a href="#cam1">Cam 1 – Front door</a></li><li><a href="#cam2">Cam 2 – Reception</a></li><li><a href="#cam3">Cam 3 – Car park</a></li><li><a href="#cam4">Cam 4 – Yard</a></li><li><a href="#cam5">Cam 5 – Stock room</a></li><li><a href="#cam6">Cam 6 – Loading bay</a></li></ul></div>
<main style="margin-left:220px"><div class="grid" id="views"><div class="card">Front door</div><div class="card">Reception</div><div class="card">Car park</div><div class="card">Yard</div></div>
<div class="row"><label for="layout">Layout</label><select id="layout"><option>1×1</option><option selected>2×2</option><option>3×3</option></select><label for="stream">Stream</label><select id="stream"><option>Main stream</option><option>Sub stream</option></select><button id="fullscreen">Full screen</button></div>
<div class="row" id="ptz"><button id="ptz-up">Up</button><button id="ptz-down">Down</button><button id="ptz-left">Left</button><button id="ptz-right">Right</button><button id="zoom-in">Zoom +</button><button id="zoom-out">Zoom −</button></div>
<div class="row"><button id="snapshot">Snapshot</button><button id="record-toggle">Record</button><button id="audio">Two-way audio</button></div></main>
<footer>Firmware V4.2.0 build 240311 · 8 channels</footer>`,
);

const nvrV2 = page(
  'Live – NVR-8',
  `<header><span class="logo">NVR-8</span><nav><a href="/live" class="active">Live</a><a href="/recordings">Recordings</a><a href="/events">Events</a><a href="/config">Settings</a></nav><button class="icon" aria-label="Log out">⏻</button></header>
<aside class="sidebar"><input type="search" placeholder="Find camera" aria-label="Find camera"><div class="cams"><button class="cam" data-ch="1">Front door</button><br><button class="cam" data-ch="2">Reception</button><br><button class="cam" data-ch="3">Car park</button><br><button class="cam" data-ch="4">Yard</button><br><button class="cam" data-ch="5">Stock room</button><br><button class="cam" data-ch="6">Side gate</button></div></aside>
<main style="margin-left:220px"><div class="grid"><div class="card">Front door</div><div class="card">Reception</div><div class="card">Car park</div><div class="card">Yard</div></div>
<div class="row toolbar"><button class="icon" aria-label="Take snapshot">📷</button><button class="icon" aria-label="Start recording">⏺</button><div class="row"><button class="icon" aria-label="Single view">▢</button><button class="icon" aria-label="Four views">⊞</button><button class="icon" aria-label="Nine views">▦</button></div><label for="quality">Quality</label><select id="quality" name="quality"><option>HD</option><option>SD</option></select><button class="icon" aria-label="Full screen">⛶</button></div>
<div class="card ptz"><h3>Pan / tilt / zoom</h3><div class="row"><button class="icon" aria-label="Tilt up">▲</button><button class="icon" aria-label="Tilt down">▼</button><button class="icon" aria-label="Pan left">◀</button><button class="icon" aria-label="Pan right">▶</button><button class="icon" aria-label="Zoom in">＋</button><button class="icon" aria-label="Zoom out">－</button></div></div></main>
<footer>Firmware V5.0.1 · 8 channels</footer>`,
  SWITCH_CSS,
);

// ---------------------------------------------------------------- UPS network card

function outletRowV1(n: number, name: string): string {
  return `<tr><td>Group ${n} – ${name}</td><td>On</td><td><button id="og${n}-off">Turn off</button> <button id="og${n}-reboot">Reboot</button></td></tr>`;
}

function outletCardV2(name: string, outlets: string): string {
  return `<section class="card outlet-group" aria-label="${name}"><h3>${name}</h3><p class="muted">${outlets}</p><label class="row"><input type="checkbox" role="switch" checked> Power</label><button class="btn">Power cycle</button></section>`;
}

const upsV1 = page(
  'Dashboard – PowerGuard',
  `<header><span class="logo">PowerGuard Network Management Card</span><nav><a href="/dash" class="active">Dashboard</a><a href="/outlets" id="nav-outlets">Outlets</a><a href="/events">Events</a><a href="/settings">Settings</a></nav><a href="/logout">Log out</a></header>
<main><h1>UPS status: Online</h1><div class="grid3"><div class="card"><h3>Battery</h3><p>100%</p></div><div class="card"><h3>Load</h3><p>34% (612 W)</p></div><div class="card"><h3>Runtime</h3><p>42 min</p></div></div>
<div class="row"><button id="self-test">Run self-test</button><button id="silence">Silence alarm</button><a href="/events/log.csv" id="download-log">Download event log</a></div>
<h2>Outlet groups</h2><table id="outlets"><tr><th>Group</th><th>State</th><th>Actions</th></tr>
${outletRowV1(1, 'Servers')}
${outletRowV1(2, 'Network')}
${outletRowV1(3, 'Non-critical')}
</table>
<form id="shutdown"><h2>Shutdown</h2><label for="low-runtime">Shut down servers when runtime falls below (minutes)</label><input id="low-runtime" type="number" value="10"><label class="row"><input type="checkbox" id="email-alerts" checked> Send email alerts</label><button id="save-shutdown">Save</button></form></main>
<footer>PowerGuard NMC3 · AOS 2.5.0 · Model PG-3000RM</footer>`,
);

const upsV2 = page(
  'Overview – PowerGuard',
  `<header><span class="logo">PowerGuard</span><nav><a href="/overview" class="active">Overview</a><a href="/outlets">Outlet groups</a><a href="/events">Event log</a><a href="/config">Configuration</a></nav><button class="icon" aria-label="Log out">⏻</button></header>
<main><div class="row"><h1>Online</h1><span class="badge">On mains power</span><button class="icon" aria-label="Mute beeper">🔇</button></div>
<div class="grid3"><div class="card"><h3>Battery charge</h3><p>100%</p></div><div class="card"><h3>Load</h3><p>612 W · 34%</p></div><div class="card"><h3>Estimated runtime</h3><p>42 min</p></div></div>
<h2>Outlet groups</h2><div class="grid3">
${outletCardV2('Servers', 'Outlets 1–4')}
${outletCardV2('Network', 'Outlets 5–6')}
${outletCardV2('Non-critical', 'Outlets 7–8')}
</div>
<section class="card battery"><h2>Battery</h2><p>Last test passed on 1 June.</p><button class="btn">Start battery test</button></section>
<form class="card shutdown"><h2>Automatic shutdown</h2><label for="shutdown-runtime">Shut down connected servers at</label><div class="row"><input id="shutdown-runtime" name="shutdownRuntime" type="number" value="10"><span>minutes of runtime left</span></div><p class="muted"><a href="/config/notifications">Email and SNMP alerts are set up in Configuration</a></p><button class="btn primary">Save</button></form></main>
<footer>PowerGuard NMC3 · AOS 3.0.0 · Model PG-3000RM</footer>`,
);

// ---------------------------------------------------------------- flower delivery checkout

const flowersV1 = page(
  'Delivery details – Petal & Post',
  `<header><a href="/" class="logo">Petal &amp; Post</a><nav><a href="/bouquets">Bouquets</a><a href="/plants">Plants</a><a href="/subscriptions">Subscriptions</a></nav><a href="/basket">Basket (1)</a></header>
<main><p class="muted">Basket › Delivery › Payment</p><h1>Delivery details</h1>
<aside class="card"><h3>Your order</h3><p>The Meadow bouquet – £38.00</p><p>Delivery – £4.95</p><p><b>Total £42.95</b></p><div class="row"><input id="promo" placeholder="Promo code"><button id="apply-promo">Apply</button></div></aside>
<form id="delivery">
<label for="recipient">Recipient's name</label><input id="recipient">
<label for="addr1">Address line 1</label><input id="addr1"><label for="addr2">Address line 2</label><input id="addr2"><label for="town">Town</label><input id="town">
<label for="postcode">Postcode</label><input id="postcode">
<label for="delivery-date">Delivery date</label><input id="delivery-date" type="date">
<fieldset><legend>Delivery time</legend><label class="row"><input type="radio" name="slot" id="slot-am"> Morning (8am–12pm)</label><label class="row"><input type="radio" name="slot" id="slot-pm"> Afternoon (12pm–5pm)</label><label class="row"><input type="radio" name="slot" id="slot-eve"> Evening (5pm–9pm) +£3</label></fieldset>
<label for="card-message">Card message</label><textarea id="card-message" maxlength="200"></textarea>
<label class="row"><input type="checkbox" id="anonymous"> Send anonymously</label>
<fieldset><legend>Add a little extra</legend><label class="row"><input type="checkbox" id="addon-choc"> Chocolates (+£6)</label><label class="row"><input type="checkbox" id="addon-vase"> Glass vase (+£12)</label></fieldset>
<button id="to-payment" class="btn primary">Continue to payment</button></form></main>
<footer><a href="/delivery-info">Delivery information</a> · <a href="/contact">Contact us</a> · <a href="/terms">Terms</a></footer>`,
);

const flowersV2 = page(
  'Delivery – Petal & Post',
  `<header><a href="/" class="logo">Petal &amp; Post</a><nav><a href="/bouquets">Bouquets</a><a href="/plants">Plants</a><a href="/subscriptions">Subscriptions</a></nav><a href="/basket" aria-label="Basket, 1 item">🛒 1</a></header>
<main><ol class="row steps"><li>Basket</li><li aria-current="step">Delivery</li><li>Payment</li></ol><div class="grid"><form class="delivery-form"><h1>Where's it going?</h1>
<label for="to-name">Who's it for?</label><input id="to-name" name="recipientName" autocomplete="name">
<label for="address-lookup">Address</label><input id="address-lookup" name="address" placeholder="Start typing an address or postcode">
<button type="button" class="link">Enter address manually</button>
<label for="date">Delivery day</label><input id="date" type="date" name="deliveryDate">
<fieldset class="slots"><legend>Delivery window</legend><label class="card row"><input type="radio" name="window" value="morning"> 8am – 12pm <span class="muted">Free</span></label><label class="card row"><input type="radio" name="window" value="afternoon"> 12pm – 5pm <span class="muted">Free</span></label></fieldset>
<label for="gift-message">Gift message</label><textarea id="gift-message" name="message"></textarea><p class="muted">Up to 200 characters. We'll handwrite it.</p>
<label class="row"><input type="checkbox" id="hide-sender" name="hideSender"> Don't show my name on the card</label>
<div class="card upsell row"><span>Belgian chocolates</span><span>£6</span><button type="button" class="btn" aria-label="Add chocolates">Add</button></div>
<p class="muted">Every bouquet now arrives in a free glass vase.</p>
<button class="btn primary">Go to payment</button></form>
<aside class="card summary"><h2>Order summary</h2><p>The Meadow bouquet <span>£38.00</span></p><p>Delivery <span>£4.95</span></p><p><b>Total £42.95</b></p><details open><summary>Have a discount code?</summary><div class="row"><input name="code" aria-label="Discount code"><button type="button">Apply</button></div></details></aside></div></main>
<footer><a href="/delivery-info">Delivery information</a> · <a href="/contact">Contact us</a> · <a href="/terms">Terms</a></footer>`,
);

// ---------------------------------------------------------------- company incorporation wizard

const incV1 = page(
  'Company details – Register a company',
  `<header><a href="/" class="logo">Companies Register</a><nav><a href="/search">Search the register</a><a href="/file">File for a company</a><a href="/guidance">Guidance</a></nav><a href="/signout">Sign out</a></header>
<main><p class="muted">Register a company: step 2 of 6</p><h1>Company details</h1>
<form id="incorporation">
<label for="company-name">Proposed company name</label><div class="row"><input id="company-name" value="Brightwater Joinery"><button type="button" id="check-name">Check availability</button></div>
<label for="company-type">Company type</label><select id="company-type"><option>Private limited by shares</option><option>Private limited by guarantee</option><option>Public limited company</option></select>
<label for="sic-search">SIC code</label><div class="row"><input id="sic-search" placeholder="e.g. 16230"><button type="button" id="add-sic">Add</button></div>
<ul id="sic-list"><li>16230 – Manufacture of other builders' carpentry and joinery <button type="button" class="remove-sic">Remove</button></li></ul>
<h2>Registered office address</h2>
<label for="ro-line1">Address line 1</label><input id="ro-line1"><label for="ro-town">Town or city</label><input id="ro-town"><label for="ro-postcode">Postcode</label><input id="ro-postcode">
<label class="row"><input type="checkbox" id="ro-service"> I am using a registered office service provider</label>
<fieldset><legend>Articles of association</legend><label class="row"><input type="radio" name="articles" id="articles-model" checked> Model articles</label><label class="row"><input type="radio" name="articles" id="articles-bespoke"> Bespoke articles</label></fieldset>
<div class="row"><button type="button" id="back">Back</button><button id="next" class="btn primary">Save and continue</button><button type="button" id="save-draft">Save draft</button></div></form></main>
<footer><a href="/help">Help</a> · <a href="/fees">Fees</a> · <a href="/privacy">Privacy</a></footer>`,
);

const incV2 = page(
  'Tell us about the company – Register a company',
  `<header><a href="/" class="logo">Companies Register</a><nav><a href="/search">Find a company</a><a href="/file">File for a company</a><a href="/guidance">Guidance</a></nav><a href="/signout">Sign out</a></header>
<main><a href="/register/step-1" class="back-link">Back</a><p class="muted">Step 2 of 6</p><h1>Tell us about the company</h1>
<form class="incorporate">
<label for="proposed-name">Company name</label><p class="muted">We'll check it's available as you type</p><input id="proposed-name" name="proposedName" value="Brightwater Joinery"><p class="status">✓ This name is available</p>
<label for="entity-type">Type of company</label><select id="entity-type" name="type"><option>Private company limited by shares</option><option>Private company limited by guarantee</option><option>Public limited company (PLC)</option></select>
<label for="activity-search">What will the company do?</label><p class="muted">Search for your business activity, for example 'joinery'</p><div class="row"><input id="activity-search" name="activity"><button type="button" class="btn">Add activity</button></div>
<ul class="activities"><li>Builders' carpentry and joinery (16230) <button type="button" class="link">Remove</button></li></ul>
<h2>Registered office</h2>
<label for="office-line1">Building and street</label><input id="office-line1" name="line1"><label for="office-town">Town or city</label><input id="office-town" name="town"><label for="office-postcode">Postcode</label><input id="office-postcode" name="postcode">
<fieldset><legend>Articles of association</legend><label class="row"><input type="radio" name="articles" value="model" checked> Use the standard (model) articles</label><label class="row"><input type="radio" name="articles" value="bespoke"> Upload your own articles</label></fieldset>
<button class="btn primary">Save and continue</button><p><a href="/register/save" class="save-return">Save and come back later</a></p></form></main>
<footer><a href="/help">Help</a> · <a href="/fees">Fees</a> · <a href="/privacy">Privacy</a></footer>`,
);

// ---------------------------------------------------------------- bike workshop job card

const bikeV1 = page(
  'Job #1182 – Spoke & Chain',
  `<header><a href="/" class="logo">Spoke &amp; Chain Workshop</a><nav><a href="/jobs" class="active">Jobs</a><a href="/customers">Customers</a><a href="/parts">Parts</a><a href="/calendar">Calendar</a></nav><span>Mechanic: Jo</span></header>
<main><h1>Job #1182 – Carbon road bike</h1><p>Customer: <a href="/customers/431">Ellie Shaw</a> · 07700 900123 · Booked in 3 June</p>
<div class="row"><label for="job-status">Status</label><select id="job-status"><option>Booked in</option><option>In progress</option><option>Waiting for parts</option><option>Ready</option></select><label for="mechanic">Mechanic</label><select id="mechanic"><option>Jo</option><option>Sam</option></select></div>
<h2>Labour</h2><div class="grid"><label class="row"><input type="checkbox" id="svc-full" checked> Full service (£85)</label><label class="row"><input type="checkbox" id="svc-bleed"> Brake bleed (£30)</label><label class="row"><input type="checkbox" id="svc-gears"> Gear indexing (£15)</label><label class="row"><input type="checkbox" id="svc-true"> Wheel true (£20)</label></div>
<h2>Parts</h2><div class="row"><input id="part-search" placeholder="Part number or name"><button id="add-part">Add part</button></div>
<table id="parts"><tr><th>Part</th><th>Qty</th><th>Price</th><th></th></tr><tr id="part-row-1"><td>Brake pads (pair)</td><td><input type="number" value="2" class="qty"></td><td>£24.00</td><td><button class="remove">Remove</button></td></tr><tr id="part-row-2"><td>Chain 11-speed</td><td><input type="number" value="1" class="qty"></td><td>£21.00</td><td><button class="remove">Remove</button></td></tr></table>
<label for="job-notes">Workshop notes</label><textarea id="job-notes"></textarea>
<div class="row"><button id="sms-customer">Text customer</button><button id="print-ticket">Print ticket</button><button id="mark-ready">Mark as ready</button><button id="take-payment" class="btn primary">Take payment</button></div></main>
<footer>Spoke &amp; Chain · 14 Mill Lane · <a href="/settings">Shop settings</a></footer>`,
);

const bikeV2 = page(
  'Carbon road bike – Spoke & Chain',
  `<header><a href="/" class="logo">Spoke &amp; Chain</a><nav><a href="/jobs" class="active">Jobs</a><a href="/customers">Customers</a><a href="/stock">Stock</a><a href="/calendar">Calendar</a></nav><span>Jo</span></header>
<main><div class="row"><h1>Carbon road bike</h1><span class="badge">#1182</span><button class="btn">Send update</button><button class="btn primary">Check out · £130.00</button></div>
<p>Ellie Shaw · 07700 900123 · in since 3 June · <label for="assignee">Mechanic</label> <select id="assignee"><option>Jo</option><option>Sam</option></select></p>
<ol class="row stepper"><li><button type="button" class="step done">Booked in</button></li><li><button type="button" class="step current">In the workshop</button></li><li><button type="button" class="step">Waiting for parts</button></li><li><button type="button" class="step">Ready for collection</button></li></ol>
<section class="card"><h2>Work</h2><label class="row"><input type="checkbox" role="switch" name="full-service" checked> Full service · £85</label><label class="row"><input type="checkbox" role="switch" name="brake-bleed"> Brake bleed · £30</label><label class="row"><input type="checkbox" role="switch" name="gear-index"> Gear indexing · £15</label></section>
<section class="card"><h2>Parts</h2><input type="search" placeholder="Scan or search parts" aria-label="Add part">
<table class="parts"><tr><th>Part</th><th>Qty</th><th>Price</th><th></th></tr><tr><td>Brake pads (pair)</td><td><input type="number" value="2" aria-label="Quantity"></td><td>£24.00</td><td><button class="icon" aria-label="Remove Brake pads (pair)">🗑</button></td></tr><tr><td>Chain 11-speed</td><td><input type="number" value="1" aria-label="Quantity"></td><td>£21.00</td><td><button class="icon" aria-label="Remove Chain 11-speed">🗑</button></td></tr></table></section>
<label for="notes">Notes for the team</label><textarea id="notes"></textarea></main>
<footer>Spoke &amp; Chain · 14 Mill Lane · <a href="/settings">Shop settings</a></footer>`,
  SWITCH_CSS,
);

// ---------------------------------------------------------------- status page incident editor

const statusV1 = page(
  'Create incident – StatusDesk',
  `<header><a href="/" class="logo">StatusDesk</a><nav><a href="/incidents" class="active">Incidents</a><a href="/components">Components</a><a href="/subscribers">Subscribers</a><a href="/maintenance">Maintenance</a><a href="/settings">Settings</a></nav><a href="https://status.northgate.io">View status page</a></header>
<main><h1>Create an incident</h1><form id="incident">
<label for="use-template">Template</label><select id="use-template"><option>No template</option><option>Elevated API errors</option><option>Degraded dashboard</option></select>
<label for="inc-name">Incident name</label><input id="inc-name">
<fieldset><legend>Incident status</legend><label class="row"><input type="radio" name="status" id="st-investigating" checked> Investigating</label><label class="row"><input type="radio" name="status" id="st-identified"> Identified</label><label class="row"><input type="radio" name="status" id="st-monitoring"> Monitoring</label><label class="row"><input type="radio" name="status" id="st-resolved"> Resolved</label></fieldset>
<label for="inc-message">Message</label><textarea id="inc-message" rows="5"></textarea>
<fieldset><legend>Components affected</legend><label class="row"><input type="checkbox" id="comp-api"> API</label><label class="row"><input type="checkbox" id="comp-dashboard"> Dashboard</label><label class="row"><input type="checkbox" id="comp-webhooks"> Webhooks</label><label class="row"><input type="checkbox" id="comp-email"> Email delivery</label></fieldset>
<label for="impact">Impact</label><select id="impact"><option>Degraded performance</option><option>Partial outage</option><option>Major outage</option></select>
<label class="row"><input type="checkbox" id="notify" checked> Notify subscribers</label>
<label class="row"><input type="checkbox" id="post-twitter"> Also post to Twitter</label>
<div class="row"><button id="create-incident" class="btn primary">Create incident</button><a href="/incidents">Cancel</a></div></form></main>
<footer>StatusDesk · <a href="/docs">Docs</a> · <a href="/support">Support</a></footer>`,
);

const statusV2 = page(
  'New incident – StatusDesk',
  `<header><a href="/" class="logo">StatusDesk</a><nav><a href="/incidents" class="active">Incidents</a><a href="/components">Components</a><a href="/subscribers">Subscribers</a><a href="/maintenance">Scheduled maintenance</a><a href="/settings">Settings</a></nav><a href="https://status.northgate.io">Your status page ↗</a></header>
<main><div class="row"><h1>New incident</h1><a href="/templates" class="btn">Manage templates</a></div>
<form class="incident-form">
<label for="title">Incident title</label><input id="title" name="title" placeholder="e.g. Elevated error rates on the API">
<fieldset class="row"><legend>Status</legend><label><input type="radio" name="status" value="investigating" checked> Investigating</label><label><input type="radio" name="status" value="identified"> Identified</label><label><input type="radio" name="status" value="monitoring"> Monitoring</label><label><input type="radio" name="status" value="resolved"> Resolved</label></fieldset>
<label for="body">Update message</label><textarea id="body" name="message" rows="6"></textarea><p class="muted">Markdown is supported.</p>
<fieldset><legend>Affected components</legend><div class="grid"><label class="row"><input type="checkbox" name="components" value="api"> API</label><label class="row"><input type="checkbox" name="components" value="dashboard"> Dashboard</label><label class="row"><input type="checkbox" name="components" value="webhooks"> Webhooks</label><label class="row"><input type="checkbox" name="components" value="email"> Email delivery</label></div></fieldset>
<label for="severity">Severity</label><select id="severity" name="impact"><option>Degraded performance</option><option>Partial outage</option><option>Major outage</option></select>
<label class="row"><input type="checkbox" role="switch" name="notifySubscribers" checked> Send notifications to subscribers (1,284)</label>
<div class="row"><button class="btn primary">Publish incident</button><a href="/incidents">Cancel</a></div></form></main>
<footer>StatusDesk · <a href="/docs">Docs</a> · <a href="/support">Support</a></footer>`,
);

// ---------------------------------------------------------------- smartwatch companion settings

const watchV1 = page(
  'Device – Pulse',
  `<header><span class="logo">Pulse</span><a href="/help" class="muted">Help</a></header>
<main><div class="card row"><div><h2>Pulse Watch 3</h2><p class="muted">Connected · Battery 82%</p></div><button id="find-watch">Find watch</button></div>
<h1>Watch settings</h1>
<ul class="settings">
<li class="row"><label for="raise-wake">Raise to wake</label><input type="checkbox" id="raise-wake" checked></li>
<li class="row"><label for="dnd-sleep">Do not disturb while sleeping</label><input type="checkbox" id="dnd-sleep"></li>
<li class="row"><label for="hr-interval">Heart rate monitoring</label><select id="hr-interval"><option>Every 5 min</option><option>Every 10 min</option><option>Off</option></select></li>
<li class="row"><label for="units">Units</label><select id="units"><option>Metric</option><option>Imperial</option></select></li>
<li class="row"><span>Watch face</span><a href="/faces" id="watch-face">Change</a></li>
<li class="row"><span>App notifications</span><a href="/notifications" id="notif-apps">Manage</a></li>
<li class="row"><span>Firmware 2.4.1</span><button id="check-update">Check for updates</button></li>
</ul>
<button id="unpair" class="danger">Unpair watch</button></main>
<nav class="tabbar"><a href="/today">Today</a><a href="/workouts">Workouts</a><a href="/device" class="active">Device</a><a href="/profile">Profile</a></nav>`,
  PHONE_CSS,
);

const watchV2 = page(
  'Device – Pulse',
  `<header><span class="logo">Pulse</span><button class="icon" aria-label="Help">?</button></header>
<main><section class="card device"><h1>Pulse Watch 3</h1><p class="muted">Connected · 82%</p><div class="row"><button class="btn">Ring my watch</button><a href="/faces" class="btn">Browse watch faces</a></div></section>
<h2>Display</h2><div class="row setting"><span id="lbl-wake">Wake screen on wrist raise</span><button class="switch" role="switch" aria-checked="true" aria-labelledby="lbl-wake"></button></div>
<h2>Health</h2><div class="row setting"><span id="lbl-quiet">Quiet during sleep</span><button class="switch" role="switch" aria-checked="false" aria-labelledby="lbl-quiet"></button></div>
<div class="row setting"><label for="hr-frequency">Heart rate measurement</label><select id="hr-frequency" name="hrFrequency"><option>Every 5 minutes</option><option>Every 10 minutes</option><option>Only during workouts</option></select></div>
<h2>General</h2><div class="row setting"><span>Notifications</span><a href="/notifications">Choose apps</a></div>
<div class="row setting"><span>Software</span><span class="muted">Up to date (2.4.1) · updates install automatically</span></div>
<button class="link danger">Forget this watch</button></main>
<nav class="tabbar"><a href="/today">Today</a><a href="/workouts">Workouts</a><a href="/device" class="active">Device</a><a href="/profile">Profile</a></nav>`,
  PHONE_CSS,
);

// ---------------------------------------------------------------- SMS sender ID registration

const smsV1 = page(
  'Sender IDs – Textline',
  `<header><a href="/" class="logo">Textline</a><nav><a href="/dashboard">Dashboard</a><a href="/messages">Messages</a><a href="/senders" class="active">Sender IDs</a><a href="/numbers">Numbers</a><a href="/billing">Billing</a><a href="/docs">Docs</a></nav><a href="/account">Northgate Retail</a></header>
<main><h1>Sender IDs</h1><p class="muted">Alphanumeric sender IDs must be approved before use in some countries.</p>
<table id="senders"><tr><th>Sender ID</th><th>Country</th><th>Status</th><th></th></tr>
<tr id="sid-ngate"><td>NGATE</td><td>United Kingdom</td><td>Approved</td><td><a href="/senders/ngate" class="view">View</a></td></tr>
<tr id="sid-alerts"><td>NGATEALERT</td><td>Ireland</td><td>Pending</td><td><a href="/senders/ngatealert" class="view">View</a> <button class="withdraw">Withdraw</button></td></tr>
<tr id="sid-shop"><td>NGSHOP</td><td>France</td><td>Rejected</td><td><a href="/senders/ngshop" class="view">View</a> <button class="resubmit">Resubmit</button></td></tr>
</table>
<form id="register-sender"><h2>Register a sender ID</h2>
<label for="sender-id">Sender ID</label><input id="sender-id" maxlength="11">
<label for="country">Country</label><select id="country"><option>United Kingdom</option><option>Ireland</option><option>France</option></select>
<label for="use-case">Use case</label><select id="use-case"><option>Transactional</option><option>Marketing</option><option>One-time passwords</option></select>
<label for="sample-msg">Sample message</label><textarea id="sample-msg"></textarea>
<label for="loa-file">Letter of authorisation</label><input id="loa-file" type="file">
<label class="row"><input type="checkbox" id="brand-permission"> I confirm we have permission to use this brand name</label>
<button id="submit-sender" class="btn primary">Submit for review</button></form></main>
<footer>Textline Ltd · <a href="/status">Status</a> · <a href="/legal">Legal</a></footer>`,
);

const smsV2 = page(
  'Sender names – Textline',
  `<header><a href="/" class="logo">Textline</a><nav><a href="/dashboard">Overview</a><a href="/messages">Messages</a><a href="/senders" class="active">Sender names</a><a href="/numbers">Phone numbers</a><a href="/billing">Billing</a></nav><a href="/account">Northgate Retail</a></header>
<main><h1>Sender names</h1><p class="muted">Some countries need a sender name to be approved before you can use it. Rejected requests are removed after 30 days.</p>
<div class="grid"><section><table class="senders"><tr><th>Sender name</th><th>Country</th><th>Status</th><th></th></tr>
<tr data-sender="NGATE"><td><a href="/senders/ngate">NGATE</a></td><td>United Kingdom</td><td><span class="badge">Approved</span></td><td></td></tr>
<tr data-sender="NGATEALERT"><td><a href="/senders/ngatealert">NGATEALERT</a></td><td>Ireland</td><td><span class="badge">In review</span></td><td><button class="btn">Cancel request</button></td></tr>
<tr data-sender="NGINFO"><td><a href="/senders/nginfo">NGINFO</a></td><td>United Kingdom</td><td><span class="badge">Approved</span></td><td></td></tr>
</table></section>
<form class="card new-sender"><h2>Request a sender name</h2>
<label for="sender-name">Sender name</label><input id="sender-name" name="senderId" maxlength="11"><p class="muted">Up to 11 letters or numbers</p>
<label for="dest-country">Destination country</label><select id="dest-country" name="destination"><option>United Kingdom</option><option>Ireland</option><option>France</option></select>
<label for="message-type">Message type</label><select id="message-type" name="messageType"><option>Transactional</option><option>Marketing</option><option>Verification codes</option></select>
<label for="example">Example message</label><textarea id="example" name="example"></textarea>
<p class="muted">If we need proof that you own the brand, we'll email you.</p>
<label class="row"><input type="checkbox" name="brandConsent"> We own this brand or are authorised to use it</label>
<button class="btn primary">Send request</button></form></div></main>
<footer>Textline Ltd · <a href="/docs">Developer docs</a> · <a href="/status">Status</a> · <a href="/legal">Legal</a></footer>`,
);

// ---------------------------------------------------------------- pothole report

const potholeV1 = page(
  'Report a pothole – Eastmere County Council',
  `<header><a href="/" class="logo">Eastmere County Council</a><nav><a href="/roads">Roads and travel</a><a href="/schools">Schools</a><a href="/waste">Waste</a><a href="/report">Report it</a></nav><a href="/account">Sign in</a></header>
<main><p class="muted"><a href="/">Home</a> › <a href="/roads">Roads and travel</a> › Report a pothole</p><h1>Report a pothole</h1>
<form id="pothole-report"><h2>Where is it?</h2>
<label for="street">Street name</label><input id="street">
<label for="landmark">Nearest house number or landmark</label><input id="landmark">
<button type="button" id="use-location">Use my location</button>
<div class="card map">[map]</div>
<h2>About the pothole</h2>
<fieldset><legend>How big is it?</legend><label class="row"><input type="radio" name="size" id="size-small"> Smaller than a dinner plate</label><label class="row"><input type="radio" name="size" id="size-medium"> Up to a car tyre</label><label class="row"><input type="radio" name="size" id="size-large"> Bigger than a car tyre</label></fieldset>
<label for="depth">Roughly how deep?</label><select id="depth"><option>Less than 5cm</option><option>5 to 10cm</option><option>More than 10cm</option></select>
<label class="row"><input type="checkbox" id="danger"> It is causing a danger to road users</label>
<label for="photo">Photo</label><input id="photo" type="file">
<label for="description">Description</label><textarea id="description"></textarea>
<h2>Your details</h2>
<label for="name">Name</label><input id="name"><label for="email">Email</label><input id="email" type="email">
<button id="send-report" class="btn primary">Send report</button></form></main>
<footer><a href="/contact">Contact the council</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const potholeV2 = page(
  'Report a road problem – Eastmere County Council',
  `<header><a href="/" class="logo">Eastmere County Council</a><nav><a href="/roads">Roads and travel</a><a href="/schools">Schools</a><a href="/waste">Bins and recycling</a><a href="/report">Report it</a></nav><a href="/account">Sign in</a></header>
<main><p class="muted"><a href="/">Home</a> › <a href="/roads">Roads and travel</a> › Report a road problem</p><h1>Report a road problem</h1>
<form class="report"><fieldset><legend>What's the problem?</legend><label class="row"><input type="radio" name="problem" value="pothole" checked> Pothole</label><label class="row"><input type="radio" name="problem" value="pavement"> Damaged pavement</label><label class="row"><input type="radio" name="problem" value="drain"> Blocked drain</label></fieldset>
<h2>Where is it?</h2><label for="location-search">Street or postcode</label><input id="location-search" name="location" placeholder="e.g. Station Road, Ashby">
<a href="#" class="use-gps" role="button">Use my current location</a>
<div class="card map">[map – drag the pin to the exact spot]</div>
<fieldset><legend>How wide is it?</legend><label class="row"><input type="radio" name="size" value="small"> Up to 30cm across</label><label class="row"><input type="radio" name="size" value="medium"> 30 to 60cm</label><label class="row"><input type="radio" name="size" value="large"> Wider than 60cm</label></fieldset>
<label class="row"><input type="checkbox" name="hazard"> It's a danger to road users right now</label>
<label for="photos">Add photos (optional)</label><input id="photos" name="photos" type="file" multiple>
<label for="more">Tell us more</label><textarea id="more" name="details"></textarea>
<h2>How can we contact you?</h2><label for="your-name">Your name</label><input id="your-name" name="name"><label for="your-email">Email address</label><input id="your-email" name="email" type="email">
<button class="btn primary">Submit report</button></form></main>
<footer><a href="/contact">Contact the council</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

// ---------------------------------------------------------------- census household questions

const censusV1 = page(
  'About your household – Census 2031',
  `<header><span class="logo">Census 2031</span><span class="muted">Household access code ending 7QX4</span><a href="/save-exit" id="save-exit">Save and sign out</a></header>
<main><p class="muted">Section 1 of 4 · Household</p><h1>About your household</h1>
<form id="household">
<label for="people-count">How many people usually live at this address?</label><input id="people-count" type="number" min="0">
<fieldset><legend>Is anyone who usually lives here currently away?</legend><label class="row"><input type="radio" name="away" id="away-yes"> Yes</label><label class="row"><input type="radio" name="away" id="away-no"> No</label></fieldset>
<label for="accom-type">What type of accommodation is this?</label><select id="accom-type"><option>Select</option><option>Detached house</option><option>Semi-detached house</option><option>Terraced house</option><option>Flat or maisonette</option><option>Caravan or mobile home</option></select>
<fieldset><legend>Does your household own or rent this accommodation?</legend><label class="row"><input type="radio" name="tenure" id="ten-own"> Owns outright</label><label class="row"><input type="radio" name="tenure" id="ten-mortgage"> Owns with a mortgage</label><label class="row"><input type="radio" name="tenure" id="ten-rent"> Rents</label><label class="row"><input type="radio" name="tenure" id="ten-free"> Lives here rent-free</label></fieldset>
<label for="bedrooms">How many bedrooms are there?</label><input id="bedrooms" type="number" min="0">
<fieldset><legend>What type of central heating does this accommodation have?</legend><label class="row"><input type="checkbox" id="heat-gas"> Mains gas</label><label class="row"><input type="checkbox" id="heat-elec"> Electric</label><label class="row"><input type="checkbox" id="heat-oil"> Oil</label><label class="row"><input type="checkbox" id="heat-pump"> Heat pump</label><label class="row"><input type="checkbox" id="heat-none"> No central heating</label></fieldset>
<div class="row"><button type="button" id="previous">Previous</button><button id="continue" class="btn primary">Save and continue</button></div></form>
<p><a href="/help" id="help">Get help with this question</a></p></main>
<footer><a href="/about">About the census</a> · <a href="/privacy">How we use your data</a> · <a href="/languages">Other languages</a></footer>`,
);

const censusV2 = edit(censusV1, [
  ['<a href="/save-exit" id="save-exit">Save and sign out</a>', '<a href="/save-exit">Save and sign out</a>'],
  [
    '<label for="people-count">How many people usually live at this address?</label><input id="people-count" type="number" min="0">',
    '<label for="h1-residents">How many people usually live here?</label><p class="muted">Include babies, students away in term time, and anyone staying 12 months or more</p><input id="h1-residents" name="residents" type="number" inputmode="numeric" min="0">',
  ],
  [
    '<fieldset><legend>Is anyone who usually lives here currently away?</legend><label class="row"><input type="radio" name="away" id="away-yes"> Yes</label><label class="row"><input type="radio" name="away" id="away-no"> No</label></fieldset>\n',
    '',
  ],
  [
    '<label for="accom-type">What type of accommodation is this?</label><select id="accom-type">',
    '<label for="h3">What type of home is this?</label><select id="h3" name="accommodation">',
  ],
  [
    '<label class="row"><input type="radio" name="tenure" id="ten-own"> Owns outright</label><label class="row"><input type="radio" name="tenure" id="ten-mortgage"> Owns with a mortgage</label><label class="row"><input type="radio" name="tenure" id="ten-rent"> Rents</label><label class="row"><input type="radio" name="tenure" id="ten-free"> Lives here rent-free</label>',
    '<label class="row"><input type="radio" name="tenure" value="outright"> Own it outright</label><label class="row"><input type="radio" name="tenure" value="mortgage"> Own it with a mortgage or loan</label><label class="row"><input type="radio" name="tenure" value="shared"> Part own and part rent (shared ownership)</label><label class="row"><input type="radio" name="tenure" value="rent"> Rent it</label><label class="row"><input type="radio" name="tenure" value="free"> Live here rent-free</label>',
  ],
  [
    '<label for="bedrooms">How many bedrooms are there?</label><input id="bedrooms" type="number" min="0">',
    '<label for="h5">How many bedrooms are available for use only by this household?</label><input id="h5" name="bedrooms" type="number" inputmode="numeric" min="0">',
  ],
  [
    '<label class="row"><input type="checkbox" id="heat-gas"> Mains gas</label><label class="row"><input type="checkbox" id="heat-elec"> Electric</label><label class="row"><input type="checkbox" id="heat-oil"> Oil</label><label class="row"><input type="checkbox" id="heat-pump"> Heat pump</label><label class="row"><input type="checkbox" id="heat-none"> No central heating</label>',
    '<p class="muted">Select all that apply</p><label class="row"><input type="checkbox" name="heating" value="gas"> Mains gas</label><label class="row"><input type="checkbox" name="heating" value="electric"> Electric, including storage heaters</label><label class="row"><input type="checkbox" name="heating" value="oil"> Oil</label><label class="row"><input type="checkbox" name="heating" value="heatpump"> Heat pump (air or ground source)</label><label class="row"><input type="checkbox" name="heating" value="district"> District or communal heat network</label><label class="row"><input type="checkbox" name="heating" value="none"> No central heating</label>',
  ],
  [
    '<div class="row"><button type="button" id="previous">Previous</button><button id="continue" class="btn primary">Save and continue</button></div></form>',
    '<button class="btn primary submit">Save and continue</button></form>',
  ],
  [
    '<p><a href="/help" id="help">Get help with this question</a></p>',
    '<p class="muted">Questions? Call our free helpline on 0800 141 2031.</p>',
  ],
  [
    '<p class="muted">Section 1 of 4 · Household</p>',
    '<a href="/section-0" class="back">Back</a><p class="muted">Household</p>',
  ],
]);

// ---------------------------------------------------------------- second-hand marketplace listing

const listingV1 = page(
  'Sell an item – Swapsie',
  `<header><a href="/" class="logo">Swapsie</a><input id="site-search" type="search" placeholder="Search Swapsie"><nav><a href="/browse">Browse</a><a href="/sell" class="active">Sell</a><a href="/inbox">Inbox</a><a href="/me">Me</a></nav></header>
<main><h1>Sell an item</h1><form id="new-listing">
<label for="photos">Photos</label><input id="photos" type="file" multiple><p class="muted">Add up to 10 photos.</p>
<label for="title">Title</label><input id="title" maxlength="60">
<label for="category">Category</label><select id="category"><option>Choose a category</option><option>Furniture</option><option>Electronics</option><option>Kids and baby</option><option>Clothing</option></select>
<label for="condition">Condition</label><select id="condition"><option>New</option><option>Like new</option><option>Good</option><option>Fair</option></select>
<label for="desc">Description</label><textarea id="desc"></textarea>
<label for="price">Price</label><input id="price" type="number" step="0.01">
<label class="row"><input type="checkbox" id="offers"> Open to offers</label>
<fieldset><legend>Delivery</legend><label class="row"><input type="checkbox" id="collect" checked> Collection in person</label><label class="row"><input type="checkbox" id="post"> Post it</label>
<p>Parcel size:</p><label class="row"><input type="radio" name="parcel" id="size-small"> Small</label><label class="row"><input type="radio" name="parcel" id="size-medium"> Medium</label><label class="row"><input type="radio" name="parcel" id="size-large"> Large</label></fieldset>
<label for="location">Location</label><input id="location" value="Leeds LS6">
<div class="row"><button type="button" id="preview">Preview</button><button type="button" id="draft">Save draft</button><button id="publish" class="btn primary">List it</button></div></form></main>
<footer><a href="/help/selling">Selling tips</a> · <a href="/fees">Fees</a> · <a href="/safety">Stay safe</a></footer>`,
);

const listingV2 = page(
  'Sell an item – Swapsie',
  `<header><a href="/" class="logo">Swapsie</a><input type="search" name="q" placeholder="Search for anything" aria-label="Search"><nav><a href="/browse">Browse</a><a href="/sell" class="active">Sell</a><a href="/inbox">Messages</a><a href="/me">Profile</a></nav></header>
<main><h1>What are you selling?</h1><form class="listing">
<div class="card photos"><input id="listing-photos" name="photos" type="file" multiple aria-label="Add photos"><p class="muted">Listings with 3 or more photos sell twice as fast.</p></div>
<label for="listing-title">Title</label><input id="listing-title" name="title" maxlength="60" placeholder="e.g. Oak dining table, seats 6">
<label for="cat">Category</label><select id="cat" name="category"><option>Choose a category</option><option>Home and furniture</option><option>Electronics</option><option>Kids and baby</option><option>Fashion</option></select>
<fieldset class="row"><legend>Condition</legend><label class="chip"><input type="radio" name="condition" value="new"> Brand new</label><label class="chip"><input type="radio" name="condition" value="like-new"> Like new</label><label class="chip"><input type="radio" name="condition" value="good"> Good</label><label class="chip"><input type="radio" name="condition" value="fair"> Fair</label></fieldset>
<label for="listing-desc">Describe it</label><textarea id="listing-desc" name="description"></textarea>
<label for="listing-price">Price (£)</label><input id="listing-price" name="price" inputmode="decimal">
<label class="row"><input type="checkbox" role="switch" name="acceptOffers"> Accept offers</label>
<fieldset><legend>How will the buyer get it?</legend><label class="row"><input type="checkbox" name="pickup" checked> Local pickup</label><label class="row"><input type="checkbox" name="shipping"> Ship it</label>
<label class="row"><input type="radio" name="parcel" value="small"> Small parcel (up to 2kg)</label><label class="row"><input type="radio" name="parcel" value="medium"> Medium parcel (up to 10kg)</label><p class="muted">Larger items? Offer local pickup only.</p></fieldset>
<label for="area">Your area</label><input id="area" name="location" value="Leeds LS6">
<div class="row"><button type="button" class="btn">Save for later</button><button class="btn primary">Post listing</button></div></form></main>
<footer><a href="/help/selling">Selling tips</a> · <a href="/fees">Fees</a> · <a href="/safety">Stay safe</a></footer>`,
);

// ---------------------------------------------------------------- gift card balance

const giftV1 = page(
  'Gift cards – Marlowe & Co',
  `<header><a href="/" class="logo">Marlowe &amp; Co</a><nav><a href="/women">Women</a><a href="/men">Men</a><a href="/home">Home</a><a href="/gift-cards" class="active">Gift cards</a></nav><a href="/bag">Bag (0)</a></header>
<main><h1>Gift cards</h1><div class="row tabs"><a href="/gift-cards/buy" id="tab-buy">Buy a gift card</a><a href="/gift-cards/balance" id="tab-balance" class="active">Check balance</a><a href="/gift-cards/redeem" id="tab-redeem">Redeem</a></div>
<div class="grid"><form id="balance-form" class="card"><h2>Check your balance</h2>
<label for="card-number">Card number</label><input id="card-number" inputmode="numeric">
<label for="pin">PIN</label><input id="pin" inputmode="numeric" maxlength="4">
<label class="row"><input type="checkbox" id="robot"> I'm not a robot</label>
<button id="check-balance" class="btn primary">Check balance</button></form>
<div class="card" id="result"><h2>Balance</h2><p class="big">£25.00</p><p class="muted">Expires 12 March 2027</p><button id="add-to-account">Add to my account</button> <a href="/gift-cards/history" id="history">Transaction history</a></div></div>
<h2>Give the gift of choice</h2><div class="row"><button id="buy-25">£25</button><button id="buy-50">£50</button><button id="buy-100">£100</button><label for="custom-amount">Custom amount</label><input id="custom-amount" type="number" min="10" max="500"></div></main>
<footer><a href="/gift-cards/terms">Gift card terms</a> · <a href="/help">Help</a> · <a href="/stores">Find a store</a></footer>`,
);

const giftV2 = page(
  'Gift cards – Marlowe & Co',
  `<header><a href="/" class="logo">Marlowe &amp; Co</a><nav><a href="/women">Women</a><a href="/men">Men</a><a href="/home">Home</a><a href="/gift-cards" class="active">Gift cards</a></nav><a href="/bag" aria-label="Bag, empty">Bag</a></header>
<main><h1>Gift cards</h1><div role="tablist" class="row"><button role="tab" aria-selected="false">Buy</button><button role="tab" aria-selected="true">Check balance</button><button role="tab" aria-selected="false">Redeem a code</button></div>
<div class="grid"><form class="card balance"><h2>What's left on your card?</h2>
<label for="gc-number">16-digit card number</label><input id="gc-number" name="cardNumber" inputmode="numeric" autocomplete="off">
<label for="gc-pin">4-digit PIN</label><input id="gc-pin" name="pin" inputmode="numeric" maxlength="4"><p class="muted">Scratch the silver panel on the back to reveal it.</p>
<button class="btn primary">Check</button></form>
<div class="card result"><h2>Your balance</h2><p class="big">£25.00</p><p class="muted">Valid until 12 March 2027</p><button class="btn">Add £25.00 to wallet</button><p><a href="/gift-cards/where">Where can I use it?</a></p></div></div>
<h2>Buy a gift card</h2><form class="buy row"><label class="chip"><input type="radio" name="amount" value="25"> £25</label><label class="chip"><input type="radio" name="amount" value="50"> £50</label><label class="chip"><input type="radio" name="amount" value="100"> £100</label><label for="other-amount">Other amount</label><input id="other-amount" name="otherAmount" type="number" min="10" max="500"><button class="btn">Choose design</button></form></main>
<footer><a href="/gift-cards/terms">Gift card terms</a> · <a href="/help">Help</a> · <a href="/stores">Find a store</a></footer>`,
  PHONE_CSS.replace('body{max-width:400px;margin:0 auto;border:1px solid #ddd}', ''),
);

// ---------------------------------------------------------------- restaurant menu editor

function dishRowV1(key: string, name: string, price: string, available: boolean): string {
  return `<tr id="item-${key}"><td>${name}</td><td>${price}</td><td><input type="checkbox" class="available"${available ? ' checked' : ''}></td><td><button class="edit">Edit</button></td></tr>`;
}

function dishCardV2(name: string, price: string, available: boolean): string {
  return `<div class="card dish"><div class="row"><h3>${name}</h3><span>${price}</span></div><div class="row"><label class="row"><input type="checkbox" role="switch" aria-label="Available: ${name}"${available ? ' checked' : ''}> On tonight</label><button class="icon" aria-label="Edit ${name}">✎</button></div></div>`;
}

const menuV1 = page(
  'Menu – Tablewise',
  `<header><a href="/" class="logo">Tablewise back office</a><nav><a href="/orders">Orders</a><a href="/menu" class="active">Menu</a><a href="/tables">Tables</a><a href="/staff">Staff</a><a href="/reports">Reports</a></nav><span>The Copper Pot</span></header>
<main><div class="row"><h1>Menu</h1><label for="menu-select">Menu</label><select id="menu-select"><option>Lunch</option><option selected>Dinner</option><option>Drinks</option></select></div>
<div class="sidebar"><ul><li><a href="#starters">Starters</a></li><li><a href="#mains">Mains</a></li><li><a href="#desserts">Desserts</a></li></ul><button id="add-category">Add category</button></div>
<div style="margin-left:220px"><table id="dishes"><tr><th>Dish</th><th>Price</th><th>Available</th><th></th></tr>
${dishRowV1('burrata', 'Burrata, blood orange', '£9.50', true)}
${dishRowV1('lamb', 'Lamb rump, salsa verde', '£24.00', true)}
${dishRowV1('risotto', 'Mushroom risotto', '£16.00', true)}
${dishRowV1('pudding', 'Sticky toffee pudding', '£7.50', true)}
</table>
<form id="item-editor" class="card"><h2>Edit dish</h2>
<label for="item-name">Name</label><input id="item-name" value="Lamb rump, salsa verde">
<label for="item-price">Price</label><input id="item-price" value="24.00">
<fieldset><legend>Allergens</legend><label class="row"><input type="checkbox" id="alg-gluten"> Gluten</label><label class="row"><input type="checkbox" id="alg-dairy"> Dairy</label><label class="row"><input type="checkbox" id="alg-nuts"> Nuts</label></fieldset>
<label class="row"><input type="checkbox" id="sold-out"> 86 this dish (sold out tonight)</label>
<div class="row"><button id="save-item" class="btn primary">Save item</button><button type="button" id="duplicate-item">Duplicate</button><button type="button" id="delete-item" class="danger">Delete item</button></div></form></div></main>
<footer>Tablewise · Help: 0113 496 0000</footer>`,
);

const menuV2 = page(
  'Menu – Tablewise',
  `<header><a href="/" class="logo">Tablewise</a><nav><a href="/orders">Orders</a><a href="/menu" class="active">Menus</a><a href="/floor">Floor plan</a><a href="/staff">Team</a><a href="/reports">Reports</a></nav><span>The Copper Pot</span></header>
<main><div class="row"><h1>Dinner menu</h1><div role="tablist" class="row"><button role="tab">Lunch</button><button role="tab" aria-selected="true">Dinner</button><button role="tab">Drinks</button></div><button class="btn">New section</button></div>
<h2>Starters</h2><div class="grid">${dishCardV2('Burrata, blood orange', '£9.50', true)}</div>
<h2>Mains</h2><div class="grid">${dishCardV2('Lamb rump, salsa verde', '£24.00', true)}${dishCardV2('Wild garlic gnocchi', '£15.00', true)}</div>
<h2>Desserts</h2><div class="grid">${dishCardV2('Sticky toffee pudding', '£7.50', true)}</div>
<aside class="card drawer"><h2>Lamb rump, salsa verde</h2><form class="dish-form">
<label for="dish-name">Dish name</label><input id="dish-name" name="dishName" value="Lamb rump, salsa verde">
<label for="dish-price">Price (£)</label><input id="dish-price" name="price" value="24.00">
<fieldset><legend>Contains</legend><label class="chip"><input type="checkbox" name="allergens" value="gluten"> Gluten</label><label class="chip"><input type="checkbox" name="allergens" value="milk"> Milk</label><label class="chip"><input type="checkbox" name="allergens" value="nuts"> Tree nuts</label><label class="chip"><input type="checkbox" name="allergens" value="sesame"> Sesame</label></fieldset>
<label class="row"><input type="checkbox" role="switch" name="soldOut"> Sold out tonight</label>
<div class="row"><button class="btn primary">Save dish</button><button type="button" class="link danger">Remove from menu</button></div></form></aside></main>
<footer>Tablewise · <a href="/help">Help</a></footer>`,
  PHONE_CSS.replace('body{max-width:400px;margin:0 auto;border:1px solid #ddd}', ''),
);

// ---------------------------------------------------------------- public Wi-Fi captive portal

const wifiV1 = page(
  'CityLink Free Wi-Fi',
  `<header><span class="logo">CityLink Free Wi-Fi</span><select id="lang" aria-label="Language"><option>English</option><option>Polski</option><option>Español</option></select></header>
<main><h1>Get online</h1><p>Free for 2 hours a day at any CityLink hotspot.</p>
<ul class="muted"><li>No app needed</li><li>Works on any device</li><li>Speeds up to 10 Mbps</li></ul>
<form id="register"><label for="email">Email address</label><input id="email" type="email">
<label for="postcode">Home postcode</label><input id="postcode">
<label class="row"><input type="checkbox" id="offers"> Send me offers from local businesses</label>
<label class="row"><input type="checkbox" id="terms"> I accept the <a href="/terms" id="terms-link">terms of use</a></label>
<button id="connect" class="btn primary">Connect</button></form>
<p>Already registered? <a href="/login" id="login">Log in</a></p>
<div class="card"><h2>Got a voucher?</h2><div class="row"><input id="voucher" placeholder="Voucher code"><button id="use-voucher">Use voucher</button></div></div></main>
<footer><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/help">Help</a> · <span>© CityLink Networks</span></footer>`,
  PHONE_CSS,
);

const wifiV2 = edit(wifiV1, [
  [
    '<h1>Get online</h1><p>Free for 2 hours a day at any CityLink hotspot.</p>',
    '<h1>Free Wi-Fi</h1><p>2 hours free every day, across the city.</p>',
  ],
  [
    '<form id="register"><label for="email">Email address</label><input id="email" type="email">',
    '<form class="signup"><label for="wifi-email">Your email</label><input id="wifi-email" name="email" type="email" autocomplete="email">',
  ],
  ['<label for="postcode">Home postcode</label><input id="postcode">\n', ''],
  [
    '<label class="row"><input type="checkbox" id="offers"> Send me offers from local businesses</label>',
    '<label class="row"><input type="checkbox" role="switch" name="marketing"> Email me news and offers</label>',
  ],
  [
    '<label class="row"><input type="checkbox" id="terms"> I accept the <a href="/terms" id="terms-link">terms of use</a></label>',
    '',
  ],
  [
    '<button id="connect" class="btn primary">Connect</button></form>',
    '<button class="btn primary">Connect for free</button><p class="muted">By connecting you agree to our <a href="/terms">terms of use</a>.</p></form>',
  ],
  [
    '<p>Already registered? <a href="/login" id="login">Log in</a></p>',
    '<p><a href="/login" class="returning">Been here before? Sign in</a></p>',
  ],
  [
    '<h2>Got a voucher?</h2><div class="row"><input id="voucher" placeholder="Voucher code"><button id="use-voucher">Use voucher</button></div>',
    '<h2>Have an access code?</h2><div class="row"><input name="code" placeholder="Access code" aria-label="Access code"><button class="btn">Redeem</button></div>',
  ],
  ['<select id="lang" aria-label="Language">', '<select name="lang" aria-label="Language">'],
]);

// ---------------------------------------------------------------- pairs

export const BLIND9_PAIRS: readonly PagePair[] = [
  {
    name: 'driving-test-booking',
    v1: drivingV1,
    v2: drivingV2,
    targets: [
      { selector: '#licence-number', expect: '#dl-number', change: 'id renamed, label lengthened' },
      {
        selector: '#type-auto',
        expect: 'input[value="automatic"]',
        change: 'radio lost its id, group renamed and question reworded',
      },
      {
        selector: '#test-centre',
        expect: '#centre-search',
        change: 'centre dropdown replaced by a town/postcode search box with a new question',
      },
      {
        selector: '#special-needs',
        expect: '#adjustments',
        change: 'checkbox relabelled to "reasonable adjustments"',
      },
      {
        selector: '#continue',
        expect: 'button.govuk-button',
        change: 'Continue → Save and continue, id removed',
      },
      {
        selector: '#save-later',
        expect: 'a.save-return',
        change: 'button became a link below the form',
      },
      { selector: '#centre-near', expect: null, change: 'near-me link removed' },
      {
        selector: '#welsh',
        expect: null,
        change: 'Welsh-language checkbox removed; a text reminder checkbox sits there',
      },
    ],
  },
  {
    name: 'tls-certificate-manager',
    v1: certsV1,
    v2: certsV2,
    targets: [
      {
        selector: '#cert-search',
        expect: 'input[type="search"]',
        change: 'search box lost id, placeholder reworded',
      },
      {
        selector: '#request-cert',
        expect: 'button.new-cert',
        change: 'Request certificate → New certificate, moved beside the heading',
      },
      {
        selector: '#row-api button.renew',
        expect: 'article[data-domain="api.northgate.io"] button.renew-now',
        change: 'table row became a card (now first), Renew → Renew now',
      },
      {
        selector: '#row-shop a.download',
        expect: 'button[aria-label="Download certificate for shop.northgate.io"]',
        change: 'download link became an icon button with an aria-label',
      },
      {
        selector: '#row-mail input.autorenew',
        expect: 'article[data-domain="mail.northgate.io"] input[role="switch"]',
        change: 'auto-renew checkbox became a labelled switch in the card',
      },
      { selector: '#nav-alerts', expect: 'nav a[href="/notifications"]', change: 'Alerts → Notifications' },
      {
        selector: '#row-legacy button.revoke',
        expect: null,
        change: 'expired certificate dropped; a new certificate card took its slot',
      },
      { selector: '#import-cert', expect: null, change: 'import button removed' },
    ],
  },
  {
    name: 'printer-web-console',
    v1: printerV1,
    v2: printerV2,
    targets: [
      {
        selector: '#hostname',
        expect: 'input[name="hostname"]',
        change: 'id renamed, moved into a General card',
      },
      {
        selector: '#ipv4-manual',
        expect: 'input[value="static"]',
        change: 'Manual → Static, radio lost its id',
      },
      { selector: '#dns1', expect: '#dns-primary', change: 'DNS server 1 → Preferred DNS server' },
      {
        selector: '#enable-wsd',
        expect: 'input[name="wsd"]',
        change: 'checkbox became a switch, relabelled WSD (Web Services on Devices)',
      },
      { selector: '#apply', expect: 'form.settings button.primary', change: 'Apply → Save changes' },
      {
        selector: '#nav-firmware',
        expect: 'nav a[href="/update"]',
        change: 'sidebar became top tabs, Firmware → Software update',
      },
      {
        selector: '#bonjour',
        expect: null,
        change: 'Bonjour option removed; an LLMNR switch appears in the section',
      },
      {
        selector: '#print-config',
        expect: null,
        change: 'print configuration page button removed; a restore-defaults button is in the row',
      },
    ],
  },
  {
    name: 'nas-shared-folders',
    v1: nasV1,
    v2: nasV2,
    targets: [
      { selector: '#create-share', expect: 'main button.primary', change: 'Create → New shared folder' },
      {
        selector: '#share-filter',
        expect: 'input[type="search"]',
        change: 'filter box lost id, placeholder reworded, moved into heading row',
      },
      {
        selector: '#share-documents a.perm',
        expect: 'section[aria-label="Documents"] button.link',
        change: 'Permissions link → Access rights button in a card',
      },
      {
        selector: '#share-photos button.edit',
        expect: 'button[aria-label="Edit Photos"]',
        change: 'Edit button became a pencil icon with aria-label',
      },
      {
        selector: '#nfs-media',
        expect: 'section[aria-label="Media"] input[name="nfs"]',
        change: 'table cell checkbox became a labelled switch in the Media card',
      },
      {
        selector: '#nav-users',
        expect: 'nav a[href="/users"]',
        change: 'Users → Users & groups, id removed',
      },
      { selector: '#afp-media', expect: null, change: 'AFP protocol dropped from the product' },
      {
        selector: '#empty-recycle',
        expect: null,
        change: 'empty recycle bins button removed (automatic now)',
      },
    ],
  },
  {
    name: 'jobseeker-activity-journal',
    v1: journalV1,
    v2: journalV2,
    targets: [
      { selector: '#act-type', expect: '#activity', change: 'label Activity → What did you do?' },
      { selector: '#employer', expect: '#company', change: 'id renamed, label Employer or company name' },
      { selector: '#job-title', expect: '#role', change: 'id renamed, label Job title or role' },
      {
        selector: '#add-entry',
        expect: 'form.journal-entry button.primary',
        change: 'Add to journal → Save activity',
      },
      {
        selector: '#entry-2 a.edit',
        expect: 'a[href="/journal/2/edit"]',
        change: 'table became a summary list, Edit → Change',
      },
      { selector: '#nav-todo', expect: 'nav a[href="/todo"]', change: 'To-do → Your to-do list' },
      { selector: '#offered', expect: null, change: 'job offer checkbox removed' },
      { selector: '#entry-3 button.delete', expect: null, change: 'entries can no longer be deleted' },
    ],
  },
  {
    name: 'oncall-rotation',
    v1: oncallV1,
    v2: oncallV2,
    targets: [
      {
        selector: '#rotation-type',
        expect: '#layer1-length',
        change: 'Rotation type → Rotation length, inside a layer card',
      },
      { selector: '#tz', expect: '#timezone', change: 'time zone moved up into the heading row' },
      {
        selector: '#restrict',
        expect: 'input[name="restrict"]',
        change: 'checkbox became a switch with reworded label',
      },
      {
        selector: '#p-liam button.remove',
        expect: 'button[aria-label="Remove Liam Brooks"]',
        change: 'participant list became chips with × buttons',
      },
      {
        selector: '#add-user',
        expect: 'input[name="responder"]',
        change: 'users called responders, id removed',
      },
      {
        selector: '#override',
        expect: 'button.override-btn',
        change: 'Create override → Schedule an override, moved to the heading',
      },
      {
        selector: '#handoff-day',
        expect: null,
        change: 'handoff day removed; a start date field in its place',
      },
      { selector: '#delete-schedule', expect: null, change: 'delete button removed from this page' },
    ],
  },
  {
    name: 'purchase-order-approval',
    v1: poV1,
    v2: poV2,
    targets: [
      {
        selector: '#approve',
        expect: 'input[value="approve"]',
        change: 'decision buttons became radios with a single submit',
      },
      {
        selector: '#request-changes',
        expect: 'input[value="changes"]',
        change: 'Request changes became a radio, Send back for changes',
      },
      {
        selector: '#approver-comment',
        expect: '#comment',
        change: 'Comment → Comment for requester, moved to a side panel',
      },
      {
        selector: '#budget-code',
        expect: '#budget-line',
        change: 'Budget code → Budget line, options described',
      },
      {
        selector: '#att-quote',
        expect: 'a[href="/files/po-20417-quote.pdf"]',
        change: 'Quote.pdf → Supplier quote (PDF, 220 KB)',
      },
      { selector: '#back-link', expect: '.breadcrumb a', change: 'back link became a breadcrumb' },
      { selector: '#forward', expect: null, change: 'forward-to dropdown removed' },
      {
        selector: '#cost-centre',
        expect: null,
        change: 'cost centre field removed (derived from budget line)',
      },
    ],
  },
  {
    name: 'habit-tracker-app',
    v1: habitsV1,
    v2: habitsV2,
    targets: [
      {
        selector: '#h-read',
        expect: 'button[aria-label="Complete: Read 20 pages"]',
        change: 'checkbox became a round complete button',
      },
      {
        selector: '#h-water',
        expect: 'button[aria-label="Complete: Drink 2 litres of water"]',
        change: 'checkbox became a round complete button',
      },
      {
        selector: 'a[href="/habits/walk"]',
        expect: 'button[aria-label="Edit Walk 8,000 steps"]',
        change: 'options link became an edit icon button',
      },
      { selector: '#add-habit', expect: 'button.fab', change: 'Add habit button became a + floating button' },
      { selector: '#tab-stats', expect: 'nav a[href="/progress"]', change: 'Stats tab → Progress' },
      {
        selector: '#tab-settings',
        expect: 'header a[href="/settings"]',
        change: 'settings tab moved to a gear icon in the header',
      },
      { selector: '#tab-journal', expect: null, change: 'Journal tab removed; Challenges tab in its place' },
      { selector: '#prev-day', expect: null, change: 'previous-day arrow replaced by a week strip' },
    ],
  },
  {
    name: 'houseplant-care-app',
    v1: plantV1,
    v2: plantV2,
    targets: [
      {
        selector: '#water-interval',
        expect: 'input[name="waterEvery"]',
        change: 'label split: Water every … days',
      },
      { selector: '#fertilise', expect: '#feed-frequency', change: 'Fertilise → Feeding' },
      { selector: '#location', expect: '#room', change: 'Location → Room' },
      {
        selector: '#notify-water',
        expect: 'input[name="waterReminders"]',
        change: 'checkbox became a switch, Watering reminders',
      },
      {
        selector: '#log-water',
        expect: 'div.quick button.primary',
        change: 'Log watering → Mark as watered',
      },
      {
        selector: '#delete-plant',
        expect: 'button.danger',
        change: 'Delete plant → Remove from my plants, moved below the form',
      },
      {
        selector: '#log-repot',
        expect: null,
        change: 'repotting log removed; a Mark as fed button is in the row',
      },
      { selector: '#nav-shop', expect: null, change: 'Shop removed from nav; Plant doctor in its place' },
    ],
  },
  {
    name: 'visitor-sign-in-kiosk',
    v1: visitorV1,
    v2: visitorV2,
    targets: [
      { selector: '#v-name', expect: 'input[name="fullName"]', change: 'Full name → Your name' },
      {
        selector: '#v-host',
        expect: '#host',
        change: 'host dropdown became a type-ahead box, question reworded',
      },
      {
        selector: '#p-delivery',
        expect: 'input[value="delivery"]',
        change: 'Delivery → Dropping off a delivery, shown as a tile',
      },
      { selector: '#agree-rules', expect: '#briefing', change: 'safety checkbox reworded' },
      {
        selector: '#sign-in',
        expect: 'form.checkin button.primary',
        change: 'Sign in submit → Print my badge',
      },
      {
        selector: '#sign-out-link',
        expect: '.big-tabs button:nth-child(2)',
        change: 'sign-out link became a tab at the top',
      },
      { selector: '#photo-consent', expect: null, change: 'badge photo option removed' },
      { selector: '#p-interview', expect: null, change: 'Interview reason merged away' },
    ],
  },
  {
    name: 'cctv-recorder-client',
    v1: nvrV1,
    v2: nvrV2,
    targets: [
      {
        selector: '#snapshot',
        expect: 'button[aria-label="Take snapshot"]',
        change: 'text button became a camera icon',
      },
      {
        selector: '#record-toggle',
        expect: 'button[aria-label="Start recording"]',
        change: 'Record became an icon button',
      },
      {
        selector: '#zoom-in',
        expect: 'button[aria-label="Zoom in"]',
        change: 'Zoom + became an icon in a PTZ card',
      },
      { selector: '#stream', expect: '#quality', change: 'Stream → Quality, options HD/SD' },
      {
        selector: '#cam-list a[href="#cam3"]',
        expect: 'button[data-ch="3"]',
        change: 'camera links became buttons without the number prefix',
      },
      { selector: '#nav-playback', expect: 'nav a[href="/recordings"]', change: 'Playback → Recordings' },
      {
        selector: '#cam-list a[href="#cam6"]',
        expect: null,
        change: 'loading bay camera removed; a side gate camera in its slot',
      },
      { selector: '#audio', expect: null, change: 'two-way audio button removed' },
    ],
  },
  {
    name: 'ups-network-card',
    v1: upsV1,
    v2: upsV2,
    targets: [
      {
        selector: '#og1-reboot',
        expect: 'section[aria-label="Servers"] button',
        change: 'outlet table became cards, Reboot → Power cycle',
      },
      {
        selector: '#og2-off',
        expect: 'section[aria-label="Network"] input[role="switch"]',
        change: 'Turn off button became a Power switch',
      },
      {
        selector: '#self-test',
        expect: 'section.battery button',
        change: 'Run self-test → Start battery test',
      },
      {
        selector: '#silence',
        expect: 'button[aria-label="Mute beeper"]',
        change: 'Silence alarm became a mute icon',
      },
      {
        selector: '#low-runtime',
        expect: '#shutdown-runtime',
        change: 'label reworded around the field, id renamed',
      },
      { selector: '#nav-outlets', expect: 'nav a[href="/outlets"]', change: 'Outlets → Outlet groups' },
      { selector: '#download-log', expect: null, change: 'event log download removed from the dashboard' },
      {
        selector: '#email-alerts',
        expect: null,
        change: 'email alerts checkbox removed; a link to configuration in its place',
      },
    ],
  },
  {
    name: 'flower-delivery-checkout',
    v1: flowersV1,
    v2: flowersV2,
    targets: [
      { selector: '#recipient', expect: '#to-name', change: "Recipient's name → Who's it for?" },
      {
        selector: '#slot-pm',
        expect: 'input[value="afternoon"]',
        change: 'slot shown as a card, times only',
      },
      { selector: '#card-message', expect: '#gift-message', change: 'Card message → Gift message' },
      {
        selector: '#anonymous',
        expect: '#hide-sender',
        change: "Send anonymously → Don't show my name on the card",
      },
      {
        selector: '#addon-choc',
        expect: 'button[aria-label="Add chocolates"]',
        change: 'add-on checkbox became an Add button in an upsell card',
      },
      {
        selector: '#to-payment',
        expect: 'form.delivery-form button.primary',
        change: 'Continue to payment → Go to payment',
      },
      { selector: '#slot-eve', expect: null, change: 'evening slot withdrawn' },
      {
        selector: '#addon-vase',
        expect: null,
        change: 'vase add-on removed (now included); a note in its place',
      },
    ],
  },
  {
    name: 'company-incorporation-wizard',
    v1: incV1,
    v2: incV2,
    targets: [
      { selector: '#company-name', expect: '#proposed-name', change: 'Proposed company name → Company name' },
      {
        selector: '#company-type',
        expect: '#entity-type',
        change: 'Company type → Type of company, options reworded',
      },
      {
        selector: '#sic-search',
        expect: '#activity-search',
        change: 'SIC code box became a business activity search',
      },
      { selector: '#add-sic', expect: 'form.incorporate .row button', change: 'Add → Add activity' },
      {
        selector: '#articles-bespoke',
        expect: 'input[value="bespoke"]',
        change: 'Bespoke articles → Upload your own articles',
      },
      {
        selector: '#save-draft',
        expect: 'a.save-return',
        change: 'Save draft button → Save and come back later link',
      },
      {
        selector: '#check-name',
        expect: null,
        change: 'availability check now automatic; status text instead',
      },
      { selector: '#ro-service', expect: null, change: 'registered office service checkbox removed' },
    ],
  },
  {
    name: 'bike-workshop-job-card',
    v1: bikeV1,
    v2: bikeV2,
    targets: [
      {
        selector: '#mark-ready',
        expect: '.stepper li:nth-child(4) button',
        change: 'Mark as ready became the last step of a status stepper',
      },
      {
        selector: '#svc-bleed',
        expect: 'input[name="brake-bleed"]',
        change: 'service checkbox became a switch',
      },
      {
        selector: '#part-search',
        expect: 'input[type="search"]',
        change: 'part box became a scan-or-search field',
      },
      {
        selector: '#part-row-2 button.remove',
        expect: 'button[aria-label="Remove Chain 11-speed"]',
        change: 'Remove became a bin icon with aria-label',
      },
      {
        selector: '#sms-customer',
        expect: 'main > .row > button.btn:not(.primary)',
        change: 'Text customer → Send update, moved to top',
      },
      {
        selector: '#take-payment',
        expect: 'button.primary',
        change: 'Take payment → Check out with total, moved to top',
      },
      { selector: '#print-ticket', expect: null, change: 'print ticket button removed' },
      { selector: '#svc-true', expect: null, change: 'wheel true service removed' },
    ],
  },
  {
    name: 'status-page-incident',
    v1: statusV1,
    v2: statusV2,
    targets: [
      { selector: '#inc-name', expect: '#title', change: 'Incident name → Incident title' },
      { selector: '#st-identified', expect: 'input[value="identified"]', change: 'radio lost its id' },
      { selector: '#inc-message', expect: '#body', change: 'Message → Update message' },
      {
        selector: '#comp-webhooks',
        expect: 'input[value="webhooks"]',
        change: 'component checkbox lost id, in a grid',
      },
      {
        selector: '#notify',
        expect: 'input[name="notifySubscribers"]',
        change: 'checkbox became a switch with subscriber count',
      },
      {
        selector: '#create-incident',
        expect: 'form.incident-form button.primary',
        change: 'Create incident → Publish incident',
      },
      { selector: '#post-twitter', expect: null, change: 'social posting removed' },
      {
        selector: '#use-template',
        expect: null,
        change: 'template dropdown removed; a manage templates link elsewhere',
      },
    ],
  },
  {
    name: 'smartwatch-companion',
    v1: watchV1,
    v2: watchV2,
    targets: [
      {
        selector: '#raise-wake',
        expect: 'button[aria-labelledby="lbl-wake"]',
        change: 'checkbox became a switch button, Wake screen on wrist raise',
      },
      {
        selector: '#dnd-sleep',
        expect: 'button[aria-labelledby="lbl-quiet"]',
        change: 'checkbox became a switch, Quiet during sleep',
      },
      {
        selector: '#hr-interval',
        expect: '#hr-frequency',
        change: 'Heart rate monitoring → Heart rate measurement',
      },
      {
        selector: '#watch-face',
        expect: 'a[href="/faces"]',
        change: 'Change link → Browse watch faces button-link in the device card',
      },
      { selector: '#find-watch', expect: 'section.device button', change: 'Find watch → Ring my watch' },
      { selector: '#unpair', expect: 'button.danger', change: 'Unpair watch → Forget this watch' },
      { selector: '#units', expect: null, change: 'units moved off this screen' },
      { selector: '#check-update', expect: null, change: 'update check removed; status text only' },
    ],
  },
  {
    name: 'sms-sender-registration',
    v1: smsV1,
    v2: smsV2,
    targets: [
      { selector: '#sender-id', expect: 'input[name="senderId"]', change: 'Sender ID → Sender name' },
      { selector: '#country', expect: '#dest-country', change: 'Country → Destination country' },
      { selector: '#use-case', expect: '#message-type', change: 'Use case → Message type' },
      { selector: '#sample-msg', expect: '#example', change: 'Sample message → Example message' },
      {
        selector: '#brand-permission',
        expect: 'input[name="brandConsent"]',
        change: 'brand checkbox reworded, id removed',
      },
      {
        selector: '#sid-alerts button.withdraw',
        expect: 'tr[data-sender="NGATEALERT"] button',
        change: 'Withdraw → Cancel request',
      },
      { selector: '#loa-file', expect: null, change: 'authorisation upload removed; a note in its place' },
      {
        selector: '#sid-shop button.resubmit',
        expect: null,
        change: 'rejected sender hidden; a new approved row in the table',
      },
    ],
  },
  {
    name: 'pothole-report',
    v1: potholeV1,
    v2: potholeV2,
    targets: [
      { selector: '#street', expect: '#location-search', change: 'Street name → Street or postcode search' },
      {
        selector: '#use-location',
        expect: 'a.use-gps',
        change: 'button became a link, Use my current location',
      },
      { selector: '#size-large', expect: 'input[value="large"]', change: 'size described in centimetres' },
      { selector: '#photo', expect: '#photos', change: 'Photo → Add photos (optional), multiple' },
      { selector: '#description', expect: '#more', change: 'Description → Tell us more' },
      {
        selector: '#send-report',
        expect: 'form.report button.primary',
        change: 'Send report → Submit report',
      },
      { selector: '#depth', expect: null, change: 'depth question removed' },
      { selector: '#landmark', expect: null, change: 'landmark field removed (map pin instead)' },
    ],
  },
  {
    name: 'census-household',
    v1: censusV1,
    v2: censusV2,
    targets: [
      {
        selector: '#people-count',
        expect: '#h1-residents',
        change: 'question shortened, hint added, id by question code',
      },
      { selector: '#accom-type', expect: '#h3', change: 'accommodation → home, id by question code' },
      {
        selector: '#ten-mortgage',
        expect: 'input[value="mortgage"]',
        change: 'radio lost id, Own it with a mortgage or loan; new option inserted',
      },
      { selector: '#bedrooms', expect: '#h5', change: 'question lengthened, id by question code' },
      {
        selector: '#heat-pump',
        expect: 'input[value="heatpump"]',
        change: 'checkbox lost id, relabelled with source',
      },
      { selector: '#continue', expect: 'button.submit', change: 'id removed, Previous button dropped' },
      { selector: '#away-no', expect: null, change: 'away question moved out of the section' },
      { selector: '#help', expect: null, change: 'help link replaced by helpline text' },
    ],
  },
  {
    name: 'marketplace-new-listing',
    v1: listingV1,
    v2: listingV2,
    targets: [
      { selector: '#title', expect: '#listing-title', change: 'id renamed, placeholder added' },
      { selector: '#category', expect: '#cat', change: 'id shortened, options reworded' },
      { selector: '#price', expect: '#listing-price', change: 'Price → Price (£), text input' },
      {
        selector: '#offers',
        expect: 'input[name="acceptOffers"]',
        change: 'Open to offers → Accept offers switch',
      },
      { selector: '#collect', expect: 'input[name="pickup"]', change: 'Collection in person → Local pickup' },
      { selector: '#publish', expect: 'form.listing button.primary', change: 'List it → Post listing' },
      { selector: '#preview', expect: null, change: 'preview button removed' },
      { selector: '#size-large', expect: null, change: 'large parcel option withdrawn; a note in its place' },
    ],
  },
  {
    name: 'gift-card-balance',
    v1: giftV1,
    v2: giftV2,
    targets: [
      { selector: '#card-number', expect: 'input[name="cardNumber"]', change: 'label 16-digit card number' },
      { selector: '#pin', expect: '#gc-pin', change: 'label 4-digit PIN, hint added' },
      { selector: '#check-balance', expect: 'form.balance button.primary', change: 'Check balance → Check' },
      {
        selector: '#add-to-account',
        expect: 'div.result button',
        change: 'Add to my account → Add £25.00 to wallet',
      },
      { selector: '#buy-50', expect: 'input[value="50"]', change: 'amount buttons became radio chips' },
      {
        selector: '#tab-redeem',
        expect: 'button[role="tab"]:nth-child(3)',
        change: 'tab links became tab buttons, Redeem → Redeem a code',
      },
      { selector: '#robot', expect: null, change: 'captcha checkbox removed' },
      {
        selector: '#history',
        expect: null,
        change: 'history link removed; a where-to-use link in its place',
      },
    ],
  },
  {
    name: 'restaurant-menu-editor',
    v1: menuV1,
    v2: menuV2,
    targets: [
      { selector: '#item-name', expect: '#dish-name', change: 'Name → Dish name, editor in a drawer' },
      { selector: '#item-price', expect: '#dish-price', change: 'Price → Price (£)' },
      { selector: '#alg-nuts', expect: 'input[value="nuts"]', change: 'Nuts → Tree nuts chip' },
      {
        selector: '#sold-out',
        expect: 'input[name="soldOut"]',
        change: '86 this dish → Sold out tonight switch',
      },
      {
        selector: '#item-lamb input.available',
        expect: 'input[aria-label="Available: Lamb rump, salsa verde"]',
        change: 'table checkbox became an On tonight switch in a card',
      },
      { selector: '#save-item', expect: 'form.dish-form button.primary', change: 'Save item → Save dish' },
      { selector: '#duplicate-item', expect: null, change: 'duplicate removed' },
      {
        selector: '#item-risotto button.edit',
        expect: null,
        change: 'risotto taken off the menu; gnocchi card in its place',
      },
    ],
  },
  {
    name: 'wifi-captive-portal',
    v1: wifiV1,
    v2: wifiV2,
    targets: [
      { selector: '#email', expect: '#wifi-email', change: 'Email address → Your email' },
      {
        selector: '#offers',
        expect: 'input[name="marketing"]',
        change: 'checkbox became a switch, reworded',
      },
      { selector: '#connect', expect: 'form.signup button.primary', change: 'Connect → Connect for free' },
      { selector: '#login', expect: 'a.returning', change: 'Log in → Been here before? Sign in' },
      { selector: '#voucher', expect: 'input[name="code"]', change: 'voucher code → access code' },
      { selector: '#use-voucher', expect: 'div.card button', change: 'Use voucher → Redeem' },
      { selector: '#terms', expect: null, change: 'terms checkbox replaced by implicit-consent text' },
      { selector: '#postcode', expect: null, change: 'postcode field removed' },
    ],
  },
];
