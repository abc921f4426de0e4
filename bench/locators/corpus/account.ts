/**
 * Corpus: account screens — billing, team, privacy, addresses, two-step
 * sign-in, cookie consent. Written with realistic deletions (a section
 * removed while a look-alike remains, an option dropped, a field split in
 * two, a control replaced by a different action that looks the same) and
 * redesigns in which some ids, names or test ids survive while the test's
 * selector breaks.
 */
import { type PagePair, page } from './page.js';

const billingV1 = page(
  'Billing',
  `<main><h1>Billing</h1>
<section class="card" id="payment"><h2>Payment method</h2><p>Visa ending 4242 · expires 08/27</p><button class="btn edit" data-testid="edit-payment">Edit</button></section>
<section class="card" id="billing-address"><h2>Billing address</h2><p>18 Harbour St, Leeds LS1 4AB</p><button class="btn edit" data-testid="edit-address">Edit</button></section>
<section class="card" id="invoices"><h2>Invoices</h2><table>
<tr><td>Mar 2024</td><td>$29.00</td><td><a href="/invoices/2024-03.pdf" class="dl">Download</a></td></tr>
<tr><td>Feb 2024</td><td>$29.00</td><td><a href="/invoices/2024-02.pdf" class="dl">Download</a></td></tr></table></section>
<p><button class="link cancel-sub" id="cancel-subscription">Cancel subscription</button></p></main>`,
);

const billingV2 = page(
  'Billing',
  `<main><h1>Plan &amp; billing</h1><div class="grid">
<div class="panel"><h3>Payment method</h3><p>Visa ending 4242 · expires 08/27</p><button class="button button--secondary" data-testid="edit-payment">Update card</button></div>
<div class="panel"><h3>Current plan</h3><p>Team · $29 per month</p><a href="/billing/plans" class="button">Change plan</a></div></div>
<h3>Invoice history</h3><ul class="invoices">
<li>March 2024 — $29.00 <a href="/invoices/2024-03.pdf">PDF</a></li>
<li>February 2024 — $29.00 <a href="/invoices/2024-02.pdf">PDF</a></li></ul>
<p><a href="/billing/cancel" id="cancel-subscription" class="danger-link">Cancel plan</a></p></main>`,
);

const teamV1 = page(
  'Team',
  `<main><div class="row"><h1>Team</h1><button class="btn primary invite" data-testid="invite-member">Invite member</button></div>
<input id="member-search" type="search" placeholder="Search members">
<table class="members"><tr><th>Name</th><th>Email</th><th>Role</th><th></th></tr>
<tr id="member-ana"><td>Ana Lima</td><td>ana@acme.io</td><td><select class="role" name="role-ana"><option>Owner</option><option>Member</option></select></td><td><button class="remove">Remove</button></td></tr>
<tr id="member-sam"><td>Sam Okafor</td><td>sam@acme.io</td><td><select class="role" name="role-sam"><option>Member</option><option>Owner</option></select></td><td><button class="remove">Remove</button></td></tr>
<tr id="member-lee"><td>Lee Chen</td><td>lee@acme.io</td><td><select class="role" name="role-lee"><option>Member</option><option>Owner</option></select></td><td><button class="remove">Remove</button></td></tr>
</table></main>`,
);

const teamV2 = page(
  'Team',
  `<main><div class="row"><h1>People</h1><input type="search" placeholder="Find a person" class="search"><button class="btn primary" data-testid="invite-member">Add people</button></div>
<div class="card member" data-member="ana"><strong>Ana Lima</strong> <span class="muted">ana@acme.io</span><select class="role-select" name="role-ana" aria-label="Role"><option>Owner</option><option>Member</option></select><button class="link remove-member">Remove from team</button></div>
<div class="card member" data-member="lee"><strong>Lee Chen</strong> <span class="muted">lee@acme.io</span><select class="role-select" name="role-lee" aria-label="Role"><option>Member</option><option>Owner</option></select><button class="link remove-member">Remove from team</button></div>
<p class="muted">2 people</p></main>`,
);

const privacyV1 = page(
  'Privacy',
  `<main><h1>Privacy</h1><form id="privacy"><ul>
<li><label><input type="checkbox" id="public-profile" name="public_profile" checked> Show my profile to everyone</label></li>
<li><label><input type="checkbox" id="indexing" name="indexing"> Allow search engines to index my profile</label></li>
<li><label><input type="checkbox" id="online-status" name="online"> Show when I am online</label></li>
<li><label><input type="checkbox" id="usage-data" name="usage" checked> Share usage data</label></li></ul>
<button id="save-privacy" class="btn primary">Save</button></form>
<p><a href="/account/export" class="download-data">Download your data</a></p></main>`,
);

const privacyV2 = page(
  'Privacy',
  `<main><h1>Privacy and visibility</h1><form class="settings">
<fieldset><legend>Profile</legend>
<label class="row"><input type="checkbox" id="public-profile" name="profile_public" checked> Public profile</label>
<label class="row"><input type="checkbox" id="online-status" name="presence"> Show my activity status</label></fieldset>
<fieldset><legend>Analytics</legend>
<label class="row"><input type="checkbox" id="usage-data" name="telemetry" checked> Help improve the product by sharing usage data</label></fieldset>
<button class="btn primary" type="submit">Save changes</button></form>
<p><a href="/account/data-export">Request a data export</a></p></main>`,
);

const addressV1 = page(
  'New address',
  `<main><h1>Add an address</h1><form id="address-form">
<label for="recipient">Recipient</label><input id="recipient" name="recipient">
<label for="address">Address</label><textarea id="address" name="address" rows="3"></textarea>
<label for="phone">Phone</label><input type="text" id="phone" name="phone">
<div class="row"><label><input type="radio" name="kind" id="kind-home" checked> Home</label><label><input type="radio" name="kind" id="kind-work"> Work</label></div>
<label class="row"><input type="checkbox" id="default-address"> Make default</label>
<div class="row"><button type="submit" id="save-address">Save</button><button type="button" id="cancel-address">Cancel</button></div></form></main>`,
);

const addressV2 = page(
  'New address',
  `<main><h1>Add an address</h1><form class="address">
<label for="recipient-name">Full name</label><input id="recipient-name" name="recipient">
<label for="street">Street and number</label><input id="street" name="street" autocomplete="address-line1">
<div class="grid"><div><label for="postcode">Postcode</label><input id="postcode" name="postcode"></div><div><label for="city">City</label><input id="city" name="city"></div></div>
<label for="phone">Phone number</label><input type="tel" id="phone" name="phone">
<div class="row"><label><input type="radio" name="kind" value="home" checked> Home</label><label><input type="radio" name="kind" value="work"> Office</label></div>
<label class="row"><input type="checkbox" name="is_default"> Use as my default shipping address</label>
<div class="row"><button type="submit" class="primary">Save address</button><button type="button" class="danger">Delete address</button></div></form></main>`,
);

const otpV1 = page(
  'Two-step verification',
  `<main><div class="modal"><h1>Two-step verification</h1><p>Enter the code from your authenticator app.</p>
<input id="otp" name="code" inputmode="numeric" placeholder="6-digit code">
<label class="row"><input type="checkbox" id="remember"> Remember this device for 30 days</label>
<button id="verify" class="btn primary">Verify</button>
<p><a href="/login/backup" id="use-backup" data-testid="backup-code-link">Use a backup code</a> · <a href="/login/resend" id="resend">Resend code</a></p></div></main>`,
);

const otpV2 = page(
  'Two-step verification',
  `<main><div class="modal"><h1>Check your authenticator</h1><p>Enter the 6-digit code from your app.</p>
<div class="row otp"><input name="d1" maxlength="1" aria-label="Digit 1"><input name="d2" maxlength="1" aria-label="Digit 2"><input name="d3" maxlength="1" aria-label="Digit 3"><input name="d4" maxlength="1" aria-label="Digit 4"><input name="d5" maxlength="1" aria-label="Digit 5"><input name="d6" maxlength="1" aria-label="Digit 6"></div>
<label class="row"><input type="checkbox" name="trust"> Trust this browser</label>
<button class="btn primary">Continue</button>
<p><a href="/login/backup" data-testid="backup-code-link">Try another way</a></p><button class="link">Send a new code</button></div></main>`,
);

const cookiesV1 = page(
  'Home',
  `<main><h1>Welcome</h1><p>Plan trips with friends.</p></main>
<div class="cookie-banner card"><p>We use cookies to improve your experience. Read our <a href="/cookies">cookie policy</a>.</p>
<div class="row"><button id="accept-all" class="btn primary">Accept all</button><button id="reject-all" class="btn" data-testid="cookie-reject">Reject all</button><button id="customize" class="btn">Customize</button></div></div>
<footer><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>`,
);

const cookiesV2 = page(
  'Home',
  `<main><h1>Welcome</h1><p>Plan trips with friends.</p></main>
<div class="consent card" role="region" aria-label="Cookie consent"><p>We and our partners use cookies. See our <a href="/privacy#cookies">privacy policy</a>.</p>
<div class="row"><button class="btn secondary" data-testid="cookie-reject">Only necessary</button><a href="/consent" class="manage">Manage preferences</a><button class="btn primary accept">Allow all</button></div></div>
<footer><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>`,
);

/** Account pages. */
export const ACCOUNT_PAIRS: readonly PagePair[] = [
  {
    name: 'billing-overview',
    v1: billingV1,
    v2: billingV2,
    targets: [
      {
        selector: '#payment button.edit',
        expect: '[data-testid="edit-payment"]',
        change: 'restyled, relabeled Edit → Update card, test id kept',
      },
      {
        selector: '#billing-address button.edit',
        expect: null,
        change: 'billing address section removed; the payment section keeps its Edit',
      },
      {
        selector: 'a.dl[href$="2024-03.pdf"]',
        expect: 'a[href$="2024-03.pdf"]',
        change: 'table → list, relabeled Download → PDF',
      },
      { selector: 'button.cancel-sub', expect: '#cancel-subscription', change: 'button → link, id kept' },
      { selector: '#invoices h2', expect: 'main > h3', change: 'heading reworded, section dropped' },
    ],
  },
  {
    name: 'team-members',
    v1: teamV1,
    v2: teamV2,
    targets: [
      {
        selector: '#member-ana select.role',
        expect: 'select[name="role-ana"]',
        change: 'table → cards, class renamed, name kept',
      },
      { selector: '#member-sam button.remove', expect: null, change: 'member left; look-alike rows remain' },
      {
        selector: '#member-lee button.remove',
        expect: '[data-member="lee"] button',
        change: 'relabeled Remove → Remove from team',
      },
      {
        selector: 'button.invite',
        expect: '[data-testid="invite-member"]',
        change: 'relabeled Invite member → Add people, test id kept',
      },
      { selector: '#member-search', expect: 'input.search', change: 'id removed, placeholder reworded' },
    ],
  },
  {
    name: 'privacy-settings',
    v1: privacyV1,
    v2: privacyV2,
    targets: [
      {
        selector: 'input[name="public_profile"]',
        expect: '#public-profile',
        change: 'name changed, id kept, relabeled',
      },
      { selector: 'input[name="indexing"]', expect: null, change: 'option removed' },
      { selector: 'input[name="online"]', expect: '#online-status', change: 'name changed, id kept' },
      {
        selector: 'input[name="usage"]',
        expect: '#usage-data',
        change: 'moved to a new section, relabeled, id kept',
      },
      { selector: '#save-privacy', expect: 'button[type="submit"]', change: 'id removed, relabeled' },
      {
        selector: 'a.download-data',
        expect: 'a[href="/account/data-export"]',
        change: 'relabeled, new URL',
      },
    ],
  },
  {
    name: 'address-form',
    v1: addressV1,
    v2: addressV2,
    targets: [
      { selector: '#recipient', expect: '#recipient-name', change: 'renamed id and label, name kept' },
      { selector: '#address', expect: null, change: 'address box split into street, postcode and city' },
      { selector: 'input[type="text"][name="phone"]', expect: '#phone', change: 'type text → tel, id kept' },
      {
        selector: '#kind-work',
        expect: 'input[value="work"]',
        change: 'id removed, relabeled Work → Office',
      },
      {
        selector: '#default-address',
        expect: 'input[name="is_default"]',
        change: 'id removed, relabeled',
      },
      { selector: '#save-address', expect: 'button.primary', change: 'relabeled Save → Save address' },
      {
        selector: '#cancel-address',
        expect: null,
        change: 'Cancel removed; a Delete button sits in its place',
      },
    ],
  },
  {
    name: 'two-step-signin',
    v1: otpV1,
    v2: otpV2,
    targets: [
      { selector: '#otp', expect: null, change: 'code field split into six digit boxes' },
      { selector: '#remember', expect: 'input[name="trust"]', change: 'id removed, relabeled' },
      { selector: '#verify', expect: '.modal button.primary', change: 'relabeled Verify → Continue' },
      {
        selector: '#use-backup',
        expect: '[data-testid="backup-code-link"]',
        change: 'id removed, relabeled, test id kept',
      },
      { selector: '#resend', expect: 'button.link', change: 'link → button, relabeled' },
    ],
  },
  {
    name: 'cookie-consent',
    v1: cookiesV1,
    v2: cookiesV2,
    targets: [
      { selector: '#accept-all', expect: 'button.accept', change: 'relabeled Accept all → Allow all, moved' },
      {
        selector: '#reject-all',
        expect: '[data-testid="cookie-reject"]',
        change: 'relabeled Reject all → Only necessary, test id kept',
      },
      { selector: '#customize', expect: 'a.manage', change: 'button → link, relabeled' },
      {
        selector: 'a[href="/cookies"]',
        expect: null,
        change: 'cookie policy link removed; a privacy policy link sits in its place',
      },
    ],
  },
];
