/**
 * Blind corpus 22: education, libraries, nonprofits, public services and
 * government benefits. Written without reference to the healer.
 */
import { edit, type PagePair, page } from './page.js';

// 1. Library study-room booking — full rewrite to a component UI.
const studyRoomV1 = page(
  'Book a study room – Riverside Libraries',
  `<header><a class="logo" href="/">Riverside Libraries</a><nav class="top-nav"><a href="/catalogue">Catalogue</a><a href="/events">Events</a><a href="/rooms" class="active">Study rooms</a><a href="/account">My account</a></nav><form class="site-search" action="/search"><input type="search" name="q" placeholder="Search the catalogue"><button type="submit">Search</button></form></header>
<main>
<h1>Book a study room</h1>
<p class="muted">Rooms can be booked up to 14 days ahead for a maximum of 2 hours per day.</p>
<aside class="room-rules"><h2>Room rules</h2><ul><li>Arrive within 15 minutes or your booking is released.</li><li>No food; covered drinks only.</li><li>Leave the whiteboard clean.</li></ul><a class="print-link" href="/rooms/rules.pdf">Print room rules</a><br><a class="cancel-booking" href="/rooms/my-bookings">Cancel a booking</a></aside>
<form id="room-search" class="room-filters">
<label for="branch">Branch</label><select id="branch" name="branch"><option value="central">Central Library</option><option value="northgate">Northgate</option><option value="eastfield">Eastfield</option></select>
<label for="booking-date">Date</label><input id="booking-date" name="date" type="date">
<label for="group-size">Group size</label><select id="group-size" name="size"><option>1–2</option><option>3–4</option><option>5–8</option></select>
<fieldset><legend>Equipment</legend><label><input type="checkbox" id="whiteboard-filter" name="equip" value="whiteboard"> Whiteboard</label><label><input type="checkbox" id="screen-filter" name="equip" value="screen"> Display screen</label></fieldset>
<button id="find-rooms" type="submit">Find rooms</button>
</form>
<table class="rooms"><thead><tr><th>Room</th><th>Seats</th><th>Equipment</th><th>Available times</th></tr></thead><tbody>
<tr id="room-r201"><td>Room 201</td><td>4</td><td>Whiteboard</td><td><button class="slot-btn" data-time="10:00">10:00</button><button class="slot-btn" data-time="14:00">14:00</button></td></tr>
<tr id="room-r204"><td>Room 204</td><td>6</td><td>Whiteboard, screen</td><td><button class="slot-btn" data-time="11:00">11:00</button><button class="slot-btn" data-time="14:00">14:00</button><button class="slot-btn" data-time="16:00">16:00</button></td></tr>
<tr id="room-q1"><td>Quiet pod 1</td><td>1</td><td>—</td><td><button class="slot-btn" data-time="09:00">09:00</button><button class="slot-btn" data-time="15:00">15:00</button></td></tr>
</tbody></table>
</main>
<footer><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a><p>© Riverside Libraries</p></footer>`,
);

const studyRoomV2 = page(
  'Reserve a space | Riverside Libraries',
  `<div id="root"><header class="hdr_a81"><a class="hdr_logo_2f" href="/">Riverside Libraries</a><nav aria-label="Main" class="hdr_nav_c0"><a href="/catalogue">Search catalogue</a><a href="/whats-on">What's on</a><a href="/rooms" aria-current="page">Spaces</a><a href="/rooms/my-bookings">My bookings</a><a href="/account">Account</a></nav></header>
<main class="pg_k2">
<h1 class="pg_title_4">Reserve a space</h1>
<p class="pg_sub_9">Book up to 14 days ahead. Maximum 2 hours per person per day.</p>
<section class="flt_3c" aria-label="Filters">
<div class="fld_1"><label for="loc">Library</label><select id="loc" name="location"><option value="central">Central Library</option><option value="northgate">Northgate</option><option value="eastfield">Eastfield</option></select></div>
<div class="fld_1"><label for="day">Day</label><input id="day" name="day" type="date"></div>
<div class="fld_1"><span id="gs-label">Group size</span><div role="radiogroup" aria-label="Group size" class="seg_77"><label><input type="radio" name="people" value="1-2" checked> 1–2</label><label><input type="radio" name="people" value="3-4"> 3–4</label><label><input type="radio" name="people" value="5-8"> 5–8</label></div></div>
<div class="chk_4"><label><input type="checkbox" name="feature" value="screen"> Display screen</label><label><input type="checkbox" name="feature" value="accessible"> Wheelchair accessible</label></div>
<button class="btn_pri_0" data-testid="search-rooms" type="button">Search availability</button>
</section>
<ul class="rm_list_5">
<li class="rm_card_e" data-room="R201"><h3>Room 201</h3><p class="rm_meta_1">4 seats · Whiteboard</p><div class="slots_2"><button class="slot_b3" aria-label="Book 10:00 AM">10:00</button><button class="slot_b3" aria-label="Book 2:00 PM">14:00</button></div></li>
<li class="rm_card_e" data-room="R204"><h3>Room 204</h3><p class="rm_meta_1">6 seats · Whiteboard · Screen</p><div class="slots_2"><button class="slot_b3" aria-label="Book 11:00 AM">11:00</button><button class="slot_b3" aria-label="Book 2:00 PM">14:00</button><button class="slot_b3" aria-label="Book 4:00 PM">16:00</button></div></li>
<li class="rm_card_e" data-room="Q1"><h3>Quiet pod 1</h3><p class="rm_meta_1">1 seat</p><div class="slots_2"><button class="slot_b3" aria-label="Book 9:00 AM">09:00</button><button class="slot_b3" aria-label="Book 3:00 PM">15:00</button></div></li>
</ul>
<details class="rules_8"><summary>Space rules</summary><ul><li>Check in within 15 minutes or the booking is released.</li><li>Covered drinks only.</li><li>Please wipe the whiteboard after use.</li></ul></details>
</main>
<footer class="ftr_0"><a href="/accessibility">Accessibility</a><a href="/privacy">Privacy</a><a href="/contact">Contact</a><p>© Riverside Libraries</p></footer></div>`,
);

// 2. Library patron account — incremental edit.
const patronV1 = page(
  'My account – Westbrook Public Library',
  `<header><a href="/" class="brand">Westbrook Public Library</a><nav><a href="/catalog">Catalog</a><a href="/events">Events</a><a href="/account" class="current">My account</a><a href="/logout">Log out</a></nav></header>
<main>
<h1>Hello, Priya</h1>
<p class="card-number muted">Card ending 4471 · expires 03/2026</p>
<ul class="account-tabs"><li><a href="#loans">Checked out (3)</a></li><li><a href="#holds">Holds (2)</a></li><li><a href="#fines">Fines</a></li><li><a href="#history">Reading history</a></li></ul>
<section id="loans-panel"><h2>Checked out</h2>
<div class="toolbar"><button id="renew-selected" type="button">Renew selected</button><button id="renew-all" type="button">Renew all</button></div>
<table id="loans"><thead><tr><th></th><th>Title</th><th>Format</th><th>Due</th><th>Renewals</th></tr></thead><tbody>
<tr><td><input type="checkbox" name="renew" value="b3318"></td><td>The Salt Path</td><td>Book</td><td>28 Oct</td><td>1 of 3</td></tr>
<tr><td><input type="checkbox" name="renew" value="b2290"></td><td>Small Island</td><td>Audiobook CD</td><td>14 Oct</td><td>0 of 3</td></tr>
<tr><td><input type="checkbox" name="renew" value="b7102"></td><td>Paddington at the Zoo</td><td>Picture book</td><td>21 Oct</td><td>2 of 3</td></tr>
</tbody></table></section>
<section id="holds-panel"><h2>Holds</h2><ul class="holds">
<li id="hold-h12"><strong>Lessons in Chemistry</strong> · position 4 of 19 · pickup: Main <span class="hold-actions"><button class="suspend-hold">Suspend hold</button><button class="cancel-hold">Cancel hold</button></span></li>
<li id="hold-h77"><strong>Tomorrow, and Tomorrow, and Tomorrow</strong> · ready for pickup · pickup: Elm St <span class="hold-actions"><button class="suspend-hold">Suspend hold</button><button class="cancel-hold">Cancel hold</button></span></li>
</ul></section>
<section id="fines-panel"><h2>Fines</h2><p>Outstanding balance: <strong class="balance">$2.40</strong></p><button class="pay-fines" type="button">Pay fines</button></section>
<section id="settings-panel"><h2>Account settings</h2><label><input type="checkbox" id="notify-email" checked> Email me due-date reminders</label><a class="change-pin" href="/account/pin">Change PIN</a><a href="/account/address">Update address</a></section>
</main>
<footer><a href="/hours">Hours &amp; locations</a> · <a href="/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const patronV2 = edit(patronV1, [
  [
    '<li><a href="#fines">Fines</a></li><li><a href="#history">Reading history</a></li>',
    '<li><a href="#fines">Charges</a></li>',
  ],
  [
    '<button id="renew-selected" type="button">Renew selected</button><button id="renew-all" type="button">Renew all</button>',
    '<button id="renew-btn" class="btn" type="button">Renew</button><button id="export-list" class="btn" type="button">Export list</button>',
  ],
  [
    `<tr><td><input type="checkbox" name="renew" value="b3318"></td><td>The Salt Path</td><td>Book</td><td>28 Oct</td><td>1 of 3</td></tr>
<tr><td><input type="checkbox" name="renew" value="b2290"></td><td>Small Island</td><td>Audiobook CD</td><td>14 Oct</td><td>0 of 3</td></tr>
<tr><td><input type="checkbox" name="renew" value="b7102"></td><td>Paddington at the Zoo</td><td>Picture book</td><td>21 Oct</td><td>2 of 3</td></tr>`,
    `<tr><td><input type="checkbox" name="renew" value="b2290" aria-label="Select Small Island"></td><td>Small Island</td><td>Audiobook CD</td><td>14 Oct</td><td>0 of 3</td></tr>
<tr><td><input type="checkbox" name="renew" value="b7102" aria-label="Select Paddington at the Zoo"></td><td>Paddington at the Zoo</td><td>Picture book</td><td>21 Oct</td><td>2 of 3</td></tr>
<tr><td><input type="checkbox" name="renew" value="b3318" aria-label="Select The Salt Path"></td><td>The Salt Path</td><td>Book</td><td>28 Oct</td><td>1 of 3</td></tr>`,
  ],
  [
    '<span class="hold-actions"><button class="suspend-hold">Suspend hold</button><button class="cancel-hold">Cancel hold</button></span></li>\n<li id="hold-h77">',
    '<span class="hold-actions"><button class="pause-hold">Pause</button><button class="cancel-hold">Cancel</button></span></li>\n<li id="hold-h77">',
  ],
  [
    'ready for pickup · pickup: Elm St <span class="hold-actions"><button class="suspend-hold">Suspend hold</button><button class="cancel-hold">Cancel hold</button></span>',
    'ready for pickup · pickup: Elm St <span class="hold-actions"><button class="pause-hold">Pause</button><button class="cancel-hold">Cancel</button></span>',
  ],
  [
    '<h2>Fines</h2><p>Outstanding balance: <strong class="balance">$2.40</strong></p><button class="pay-fines" type="button">Pay fines</button>',
    '<h2>Charges</h2><p>You owe <strong class="balance">$2.40</strong></p><a class="btn btn-pay" href="/account/payments">Pay charges</a>',
  ],
  [
    '<label><input type="checkbox" id="notify-email" checked> Email me due-date reminders</label><a class="change-pin" href="/account/pin">Change PIN</a>',
    '<label><input type="checkbox" id="pref-email-reminders" checked> Email me 3 days before items are due</label><label><input type="checkbox" id="pref-email-holds" checked> Email me when a hold is ready</label><a href="/account/security">Password &amp; PIN</a>',
  ],
]);

// 3. Digital library e-book title page — full rewrite.
const ebookV1 = page(
  'The Thursday Murder Club – Borrow eBook – Shire Digital Library',
  `<header><a class="logo" href="/">Shire Digital Library</a><nav><a href="/browse">Browse</a><a href="/shelf">My shelf</a><a href="/holds">Holds</a><a href="/help">Help</a></nav><input type="search" class="search-box" placeholder="Search titles, authors"></header>
<main>
<div class="title-detail">
<img class="cover" src="/covers/tmc.jpg" alt="Cover of The Thursday Murder Club">
<div class="title-info">
<h1 class="title-name">The Thursday Murder Club</h1>
<p class="author">by <a href="/author/richard-osman">Richard Osman</a></p>
<p class="series">Book 1 in <a class="series-link" href="/series/442">A Thursday Murder Club Mystery</a></p>
<p><span class="badge format">eBook</span> <span class="badge format">EPUB</span> <span class="badge format">Kindle</span></p>
<div class="copies-info"><span class="available">2 of 5 copies available</span> · <span class="holds-count">0 people waiting</span></div>
<label for="loan-period">Lending period</label><select id="loan-period"><option>7 days</option><option selected>14 days</option><option>21 days</option></select>
<label><input type="checkbox" id="kindle-delivery"> Send to my Kindle</label>
<div class="actions"><button id="borrow-btn" type="button">Borrow</button><button class="sample" type="button">Sample</button><a class="wishlist-link" href="/wishlist/add/tmc">Add to wish list</a></div>
</div></div>
<section class="description"><h2>Description</h2><p>In a peaceful retirement village, four unlikely friends meet weekly to investigate unsolved killings.</p></section>
<section><h2>Subjects</h2><ul class="subjects"><li><a href="/subject/fiction">Fiction</a></li><li><a href="/subject/mystery">Mystery</a></li><li><a href="/subject/humor">Humor</a></li></ul></section>
<section><h2>You might also like</h2><ul class="similar"><li><a href="/title/tmbw">The Man Who Died Twice</a></li><li><a href="/title/sevendeaths">The 7½ Deaths of Evelyn Hardcastle</a></li><li><a href="/title/magpie">Magpie Murders</a></li></ul></section>
</main>
<footer><a href="/about">About</a> · <a href="/accessibility">Accessibility</a> · <a href="/terms">Terms of use</a></footer>`,
);

const ebookV2 = page(
  'The Thursday Murder Club | Shire Digital Library',
  `<div class="app_shell"><div class="topbar_9x"><a class="tb_logo" href="/">Shire Digital Library</a><a class="tb_link" href="/browse">Browse</a><a class="tb_link" href="/shelf">Shelf</a><button class="tb_icon" aria-label="Search"></button><button class="tb_icon" aria-label="Menu"></button></div>
<main class="td_wrap_1">
<div class="td_hero_k">
<img class="td_cover" src="/covers/tmc.jpg" alt="The Thursday Murder Club cover">
<div class="td_meta">
<h1>The Thursday Murder Club</h1>
<a class="td_author" href="/author/richard-osman">Richard Osman</a>
<a class="td_series" href="/series/442">Thursday Murder Club · #1</a>
<div class="td_avail"><span class="dot_ok"></span> Available now</div>
<fieldset class="lp_f3"><legend>Borrow for</legend><label><input type="radio" name="lend" value="7"> 7 days</label><label><input type="radio" name="lend" value="14" checked> 14 days</label><label><input type="radio" name="lend" value="21"> 21 days</label></fieldset>
<label class="tgl_2"><input type="checkbox" role="switch" name="offline"> Download for offline reading</label>
<div class="td_cta"><button class="btn_primary_z" data-testid="borrow" type="button">Borrow</button><button class="btn_ghost_z" data-testid="sample" type="button">Read a sample</button><button class="btn_icon_z" aria-label="Save to list" type="button"></button><button class="btn_icon_z" aria-label="Share" type="button"></button></div>
</div></div>
<section class="td_desc"><h2>About this book</h2><p>In a peaceful retirement village, four unlikely friends meet weekly to investigate unsolved killings.</p><button class="td_more" type="button">Read more</button></section>
<div class="td_tags"><a class="tag_9" href="/subject/mystery">Mystery</a><a class="tag_9" href="/subject/fiction">Fiction</a><a class="tag_9" href="/subject/humor">Humor</a><a class="tag_9" href="/subject/cozy">Cozy mystery</a></div>
<section class="td_rel"><h2>Readers also borrowed</h2><div class="rel_row"><a href="/title/tmbw">The Man Who Died Twice</a><a href="/title/magpie">Magpie Murders</a><a href="/title/sevendeaths">The 7½ Deaths of Evelyn Hardcastle</a></div></section>
</main>
<footer class="ft_3"><a href="/about">About</a><a href="/accessibility">Accessibility</a><a href="/terms">Terms</a></footer></div>`,
);

// 4. Library card sign-up — incremental edit.
const cardSignupV1 = page(
  'Join the library – Harbour City Libraries',
  `<header><a href="/" class="logo">Harbour City Libraries</a><nav><a href="/catalogue">Catalogue</a><a href="/join" class="active">Join</a><a href="/login">Log in</a></nav></header>
<main>
<h1>Get a library card</h1>
<p>Membership is free for everyone who lives, works or studies in Harbour City.</p>
<form id="join-form" action="/join" method="post">
<label for="first-name">First name</label><input id="first-name" name="first_name" autocomplete="given-name">
<label for="last-name">Last name</label><input id="last-name" name="last_name" autocomplete="family-name">
<fieldset class="dob"><legend>Date of birth</legend><select name="dob_day" aria-label="Day"><option>1</option><option>2</option><option>3</option></select><select name="dob_month" aria-label="Month"><option>January</option><option>February</option></select><select name="dob_year" aria-label="Year"><option>2008</option><option>2007</option></select></fieldset>
<label><input type="checkbox" id="under16" name="under16"> I am under 16 (a parent or carer must also sign)</label>
<label for="email">Email</label><input id="email" type="email" name="email">
<label for="phone">Phone</label><input id="phone" type="tel" name="phone">
<label for="address1">Address</label><input id="address1" name="address1">
<label for="postcode">Postcode</label><input id="postcode" name="postcode">
<label for="home-branch">Home branch</label><select id="home-branch" name="branch"><option>Central</option><option>Harbourside</option><option>Hillview</option><option>Mobile library</option></select>
<label for="pin">Choose a 4-digit PIN</label><input id="pin" type="password" name="pin" inputmode="numeric" maxlength="4">
<label for="pin-confirm">Confirm PIN</label><input id="pin-confirm" type="password" name="pin_confirm" inputmode="numeric" maxlength="4">
<label><input type="checkbox" id="newsletter" name="newsletter"> Send me the monthly What's On newsletter</label>
<label><input type="checkbox" id="terms" name="terms" required> I agree to the <a href="/conditions">conditions of membership</a></label>
<button type="submit" class="register">Register</button>
</form>
<p class="muted">Already a member? <a href="/login">Log in</a> · <a href="/pin-reset">Forgotten your PIN?</a></p>
</main>
<footer><a href="/privacy">Privacy notice</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact</a></footer>`,
);

const cardSignupV2 = edit(cardSignupV1, [
  [
    '<label for="first-name">First name</label><input id="first-name" name="first_name" autocomplete="given-name">',
    '<label for="given-name">First name</label><input id="given-name" name="given_name" autocomplete="given-name">',
  ],
  [
    '<fieldset class="dob"><legend>Date of birth</legend><select name="dob_day" aria-label="Day"><option>1</option><option>2</option><option>3</option></select><select name="dob_month" aria-label="Month"><option>January</option><option>February</option></select><select name="dob_year" aria-label="Year"><option>2008</option><option>2007</option></select></fieldset>',
    '<label for="dob">Date of birth</label><input id="dob" type="date" name="date_of_birth">',
  ],
  [
    '<label><input type="checkbox" id="under16" name="under16"> I am under 16 (a parent or carer must also sign)</label>',
    '<label><input type="checkbox" id="student" name="student"> I am a full-time student at a Harbour City college</label>',
  ],
  [
    '<label for="postcode">Postcode</label><input id="postcode" name="postcode">',
    '<label for="postcode">Postcode</label><div class="row"><input id="postcode" name="postcode"><button type="button" class="find-address">Find address</button></div>',
  ],
  [
    '<label for="home-branch">Home branch</label><select id="home-branch" name="branch">',
    '<label for="pickup">Where would you like to collect reserved items?</label><select id="pickup" name="pickup_branch">',
  ],
  [
    '<label for="pin">Choose a 4-digit PIN</label><input id="pin" type="password" name="pin" inputmode="numeric" maxlength="4">\n<label for="pin-confirm">Confirm PIN</label><input id="pin-confirm" type="password" name="pin_confirm" inputmode="numeric" maxlength="4">',
    '<label for="password">Create a password</label><input id="password" type="password" name="password" autocomplete="new-password">\n<label for="password-confirm">Re-enter password</label><input id="password-confirm" type="password" name="password_confirm" autocomplete="new-password">',
  ],
  [
    `<label><input type="checkbox" id="newsletter" name="newsletter"> Send me the monthly What's On newsletter</label>\n`,
    '',
  ],
  [
    '<button type="submit" class="register">Register</button>',
    '<button type="submit" class="btn-primary">Create my card</button>',
  ],
  ['<a href="/pin-reset">Forgotten your PIN?</a>', '<a href="/password-reset">Forgotten your password?</a>'],
]);

// 5. School admissions preferences — full rewrite.
const admissionsV1 = page(
  'Secondary school application – Your preferences – Northshire County Council',
  `<header><a class="logo" href="/">Northshire County Council</a><span class="service-name">Apply for a secondary school place</span><a href="/account" class="account-link">Your account</a><a href="/signout">Sign out</a></header>
<main>
<p class="breadcrumb"><a href="/admissions">Admissions</a> › <a href="/admissions/secondary">Secondary</a> › Preferences</p>
<h1>Your school preferences</h1>
<p>Child: <strong>Oliver Grant</strong>, born 14/02/2013 · <a href="/apply/child">Change</a></p>
<aside class="key-dates"><h2>Key dates</h2><ol><li>1 September: applications open</li><li>31 October: closing date</li><li>1 March: offers sent</li></ol><a class="help-contact" href="/admissions/contact">Contact the admissions team</a></aside>
<form id="preferences">
<fieldset id="pref-1"><legend>First preference</legend><label for="pref-1-school">School</label><select id="pref-1-school" name="pref1"><option>Ashdown Academy</option><option>Kingsmead School</option><option>St Aidan's CE High</option></select><a class="catchment-link" href="/catchment/ashdown">Check catchment area</a><label for="pref-1-reason">Reason for preference</label><textarea id="pref-1-reason" name="pref1_reason"></textarea><label><input type="checkbox" id="pref-1-sibling" name="pref1_sibling"> Sibling attends this school</label></fieldset>
<fieldset id="pref-2"><legend>Second preference</legend><label for="pref-2-school">School</label><select id="pref-2-school" name="pref2"><option>Ashdown Academy</option><option selected>Kingsmead School</option><option>St Aidan's CE High</option></select><a class="catchment-link" href="/catchment/kingsmead">Check catchment area</a><label for="pref-2-reason">Reason for preference</label><textarea id="pref-2-reason" name="pref2_reason"></textarea><label><input type="checkbox" id="pref-2-sibling" name="pref2_sibling"> Sibling attends this school</label></fieldset>
<fieldset id="pref-3"><legend>Third preference</legend><label for="pref-3-school">School</label><select id="pref-3-school" name="pref3"><option>Ashdown Academy</option><option>Kingsmead School</option><option selected>St Aidan's CE High</option></select><a class="catchment-link" href="/catchment/staidans">Check catchment area</a><label for="pref-3-reason">Reason for preference</label><textarea id="pref-3-reason" name="pref3_reason"></textarea><label><input type="checkbox" id="pref-3-sibling" name="pref3_sibling"> Sibling attends this school</label></fieldset>
<button type="button" id="add-preference">Add another preference</button>
<div class="form-actions"><button type="submit" id="continue-btn">Save and continue</button><a class="save-draft" href="/apply/save">Save as draft and return later</a></div>
</form>
</main>
<footer><a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a></footer>`,
);

const admissionsV2 = page(
  'Rank your schools – Apply for a secondary school place – Northshire',
  `<header class="nc-header"><a class="nc-header__logo" href="/">Northshire</a><span class="nc-header__service">Secondary school places</span><nav class="nc-header__nav"><a href="/account">Account</a><a href="/signout">Sign out</a></nav></header>
<div class="nc-width">
<nav class="nc-breadcrumbs"><a href="/admissions">Admissions</a><a href="/admissions/secondary">Secondary</a><span>Your schools</span></nav>
<main class="nc-main">
<h1 class="nc-heading-l">Rank your schools</h1>
<div class="nc-summary"><span>Applying for</span><strong>Oliver Grant</strong><a href="/apply/child">Change child details</a></div>
<p class="nc-hint">Your answers are saved automatically.</p>
<ol class="nc-choices">
<li class="nc-choice" data-rank="1"><h2>1st choice</h2><label for="school-choice-1">Search for a school</label><input id="school-choice-1" name="choices[0]" role="combobox" value="Ashdown Academy"><a href="/schools/ashdown">View school profile</a><fieldset id="sib-1"><legend>Does a brother or sister go to this school?</legend><label><input type="radio" name="sibling_1" value="yes"> Yes</label><label><input type="radio" name="sibling_1" value="no"> No</label></fieldset><div class="nc-choice__move"><button type="button" aria-label="Move down">▼</button><button type="button" aria-label="Remove">Remove</button></div></li>
<li class="nc-choice" data-rank="2"><h2>2nd choice</h2><label for="school-choice-2">Search for a school</label><input id="school-choice-2" name="choices[1]" role="combobox" value="Kingsmead School"><a href="/schools/kingsmead">View school profile</a><fieldset id="sib-2"><legend>Does a brother or sister go to this school?</legend><label><input type="radio" name="sibling_2" value="yes"> Yes</label><label><input type="radio" name="sibling_2" value="no"> No</label></fieldset><div class="nc-choice__move"><button type="button" aria-label="Move up">▲</button><button type="button" aria-label="Move down">▼</button><button type="button" aria-label="Remove">Remove</button></div></li>
<li class="nc-choice" data-rank="3"><h2>3rd choice</h2><label for="school-choice-3">Search for a school</label><input id="school-choice-3" name="choices[2]" role="combobox" value="St Aidan's CE High"><a href="/schools/staidans">View school profile</a><fieldset id="sib-3"><legend>Does a brother or sister go to this school?</legend><label><input type="radio" name="sibling_3" value="yes"> Yes</label><label><input type="radio" name="sibling_3" value="no"> No</label></fieldset><div class="nc-choice__move"><button type="button" aria-label="Move up">▲</button><button type="button" aria-label="Remove">Remove</button></div></li>
</ol>
<button type="button" class="nc-button nc-button--secondary" data-action="add-choice">Add another school</button>
<label for="extra-info">Anything else you want the admissions team to know (optional)</label><textarea id="extra-info" name="extra_info"></textarea>
<button type="submit" class="nc-button nc-button--primary">Continue</button>
<section class="nc-timeline"><h2>Important dates</h2><ul><li class="timeline-item" data-key="open">Applications open: 1 September</li><li class="timeline-item" data-key="closing">Deadline: 31 October</li><li class="timeline-item" data-key="offers">National offer day: 1 March</li></ul></section>
</main></div>
<footer class="nc-footer"><a href="/admissions/contact">Contact admissions</a><a href="/cookies">Cookies</a><a href="/accessibility">Accessibility</a><a href="/privacy">Privacy</a></footer>`,
);

// 6. Free school meals claim — incremental edit.
const fsmV1 = page(
  'Apply for free school meals – Lowmoor Borough Council',
  `<header><a class="logo" href="/">Lowmoor Borough Council</a><nav><a href="/schools">Schools and education</a><a href="/benefits">Benefits</a><a href="/contact">Contact us</a></nav></header>
<main>
<h1>Apply for free school meals</h1>
<aside class="eligibility"><h2>Who can get free school meals</h2><p>You may be eligible if you get certain benefits.</p><a href="/fsm/eligibility">Check eligibility</a></aside>
<form id="fsm-claim" method="post">
<h2>About you</h2>
<label for="parent-name">Full name</label><input id="parent-name" name="parent_name">
<label for="parent-dob">Date of birth</label><input id="parent-dob" name="parent_dob" placeholder="DD/MM/YYYY">
<label for="ni-number">National Insurance number</label><input id="ni-number" name="ni_number" placeholder="QQ 12 34 56 C">
<fieldset><legend>Which benefit do you receive?</legend>
<label><input type="radio" name="benefit" value="uc"> Universal Credit</label>
<label><input type="radio" name="benefit" value="income-support"> Income Support</label>
<label><input type="radio" name="benefit" value="jsa"> Income-based Jobseeker's Allowance</label>
<label><input type="radio" name="benefit" value="esa"> Income-related Employment and Support Allowance</label>
<label><input type="radio" name="benefit" value="ctc"> Child Tax Credit</label>
<label><input type="radio" name="benefit" value="pension-credit"> Guarantee element of Pension Credit</label>
</fieldset>
<h2>Your children</h2>
<div class="child" id="child-1"><label for="child-1-name">Child's full name</label><input id="child-1-name" name="child1_name"><label for="child-1-dob">Date of birth</label><input id="child-1-dob" name="child1_dob"><label for="child-1-school">School</label><select id="child-1-school" name="child1_school"><option>Brook Lane Primary</option><option>Lowmoor High</option><option>St Mary's RC Primary</option></select></div>
<button type="button" id="add-child">Add another child</button>
<label><input type="checkbox" id="declaration" name="declaration"> I declare that the information I have given is correct</label>
<button type="submit">Submit claim</button>
<a class="print-form" href="/fsm/paper-form.pdf">Print a paper form instead</a>
</form>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/cookies">Cookies</a></footer>`,
);

const fsmV2 = edit(fsmV1, [
  [
    '<label for="ni-number">National Insurance number</label><input id="ni-number" name="ni_number" placeholder="QQ 12 34 56 C">',
    '<label for="nino">National Insurance number</label><p class="hint">It’s on your National Insurance card, benefit letter, payslip or P60.</p><input id="nino" name="nino" spellcheck="false">',
  ],
  [
    `<label><input type="radio" name="benefit" value="uc"> Universal Credit</label>
<label><input type="radio" name="benefit" value="income-support"> Income Support</label>
<label><input type="radio" name="benefit" value="jsa"> Income-based Jobseeker's Allowance</label>`,
    `<label><input type="radio" name="benefit" value="asylum-support"> Support under Part VI of the Immigration and Asylum Act 1999</label>
<label><input type="radio" name="benefit" value="universal-credit"> Universal Credit (household earnings under £7,400 a year)</label>
<label><input type="radio" name="benefit" value="jsa"> Income-based Jobseeker's Allowance</label>`,
  ],
  ['<select id="child-1-school" name="child1_school">', '<select id="school-0" name="children[0][school]">'],
  [
    '<button type="button" id="add-child">Add another child</button>',
    '<button type="button" class="add-child-link">+ Add another child</button>',
  ],
  [
    '<label><input type="checkbox" id="declaration" name="declaration"> I declare that the information I have given is correct</label>\n<button type="submit">Submit claim</button>\n<a class="print-form" href="/fsm/paper-form.pdf">Print a paper form instead</a>',
    '<label><input type="checkbox" id="confirm-true" name="confirm"> I confirm the information I have given is true and I will tell the council if my circumstances change</label>\n<button type="submit" id="submit-claim">Check eligibility and apply</button>',
  ],
]);

const part1: PagePair[] = [
  {
    name: 'library-study-room-booking-b22',
    v1: studyRoomV1,
    v2: studyRoomV2,
    targets: [
      { selector: '#branch', expect: '#loc', change: 'id renamed, label Branch → Library' },
      {
        selector: 'select#group-size',
        expect: '[role="radiogroup"][aria-label="Group size"]',
        change: 'select became a segmented radio group',
      },
      {
        selector: '#whiteboard-filter',
        expect: null,
        change: 'whiteboard filter removed; an accessibility checkbox now sits beside the screen filter',
      },
      {
        selector: 'input[name="equip"][value="screen"]',
        expect: 'input[name="feature"][value="screen"]',
        change: 'equipment checkbox renamed to feature',
      },
      {
        selector: '#find-rooms',
        expect: '[data-testid="search-rooms"]',
        change: 'id dropped, test id added, Find rooms → Search availability',
      },
      {
        selector: '#room-r204 .slot-btn[data-time="14:00"]',
        expect: '[data-room="R204"] button[aria-label="Book 2:00 PM"]',
        change: 'table rows became cards; slot keyed by aria-label; same time exists in other rooms',
      },
      {
        selector: 'aside.room-rules a.cancel-booking',
        expect: 'nav a[href="/rooms/my-bookings"]',
        change: 'sidebar link moved to header nav and reworded to My bookings',
      },
      { selector: '.room-rules .print-link', expect: null, change: 'printable rules link removed' },
    ],
  },
  {
    name: 'library-patron-account-b22',
    v1: patronV1,
    v2: patronV2,
    targets: [
      { selector: '#renew-selected', expect: '#renew-btn', change: 'id renamed, label shortened to Renew' },
      {
        selector: '#renew-all',
        expect: null,
        change: 'Renew all removed; Export list button now in the same toolbar slot',
      },
      {
        selector: '#loans tbody tr:nth-child(1) input[type="checkbox"]',
        expect: 'input[name="renew"][value="b3318"]',
        change: 'loans re-sorted by due date, row moved from first to last',
      },
      {
        selector: '#hold-h77 .suspend-hold',
        expect: '#hold-h77 .pause-hold',
        change: 'Suspend hold → Pause, class renamed',
      },
      {
        selector: 'button.pay-fines',
        expect: 'a.btn-pay',
        change: 'button became a link styled as button, Fines → Charges',
      },
      { selector: 'a[href="#history"]', expect: null, change: 'reading history tab removed' },
      {
        selector: '#notify-email',
        expect: '#pref-email-reminders',
        change: 'id renamed, label reworded; a similar hold-ready checkbox added next to it',
      },
      {
        selector: 'a.change-pin',
        expect: 'a[href="/account/security"]',
        change: 'class dropped, Change PIN → Password & PIN, new URL',
      },
    ],
  },
  {
    name: 'digital-library-ebook-loan-b22',
    v1: ebookV1,
    v2: ebookV2,
    targets: [
      {
        selector: '#borrow-btn',
        expect: '[data-testid="borrow"]',
        change: 'id replaced by test id, hashed classes',
      },
      {
        selector: 'button.sample',
        expect: '[data-testid="sample"]',
        change: 'Sample → Read a sample, class replaced',
      },
      {
        selector: 'a.wishlist-link',
        expect: 'button[aria-label="Save to list"]',
        change: 'text link became an icon button next to a Share icon button',
      },
      {
        selector: '#loan-period',
        expect: 'fieldset.lp_f3',
        change: 'lending period select became a radio group "Borrow for"',
      },
      {
        selector: '#kindle-delivery',
        expect: null,
        change: 'Kindle delivery removed; an offline-download switch occupies the same spot',
      },
      {
        selector: '.series-link',
        expect: 'a[href="/series/442"]',
        change: 'series link restyled, text shortened',
      },
      {
        selector: 'ul.subjects li:nth-child(2) a',
        expect: 'a.tag_9[href="/subject/mystery"]',
        change: 'subject list became tag chips in a different order',
      },
      { selector: '.copies-info .holds-count', expect: null, change: 'waiting count no longer shown' },
    ],
  },
  {
    name: 'library-card-signup-b22',
    v1: cardSignupV1,
    v2: cardSignupV2,
    targets: [
      { selector: '#first-name', expect: '#given-name', change: 'id and name renamed' },
      {
        selector: 'select[name="dob_day"]',
        expect: 'input[name="date_of_birth"]',
        change: 'day/month/year selects merged into one date input',
      },
      {
        selector: '#under16',
        expect: null,
        change: 'under-16 checkbox removed; a student checkbox sits in the same place',
      },
      {
        selector: '#home-branch',
        expect: '#pickup',
        change: 'home branch reworded as pickup location, id renamed',
      },
      { selector: '#pin', expect: '#password', change: 'PIN replaced by password field, id renamed' },
      { selector: '#pin-confirm', expect: '#password-confirm', change: 'confirm PIN → re-enter password' },
      { selector: '#newsletter', expect: null, change: 'newsletter opt-in removed' },
      {
        selector: 'button.register',
        expect: 'button.btn-primary[type="submit"]',
        change: 'Register → Create my card, class renamed',
      },
    ],
  },
  {
    name: 'school-admissions-preferences-b22',
    v1: admissionsV1,
    v2: admissionsV2,
    targets: [
      {
        selector: '#pref-1-school',
        expect: '#school-choice-1',
        change: 'select became a searchable combobox input',
      },
      {
        selector: '#pref-2-sibling',
        expect: '#sib-2',
        change: 'sibling checkbox became a yes/no question fieldset',
      },
      {
        selector: '#pref-1 .catchment-link',
        expect: null,
        change: 'catchment checker removed; a school profile link sits in the same place',
      },
      {
        selector: '#add-preference',
        expect: 'button[data-action="add-choice"]',
        change: 'Add another preference → Add another school, id dropped',
      },
      {
        selector: '#continue-btn',
        expect: 'button.nc-button--primary',
        change: 'Save and continue → Continue, design-system classes',
      },
      { selector: 'a.save-draft', expect: null, change: 'save-as-draft link replaced by autosave note' },
      {
        selector: '.key-dates li:nth-child(2)',
        expect: '.timeline-item[data-key="closing"]',
        change: 'sidebar dates moved below the form, reworded Deadline',
      },
      {
        selector: 'a.help-contact',
        expect: 'footer a[href="/admissions/contact"]',
        change: 'contact link moved from sidebar to footer',
      },
    ],
  },
  {
    name: 'free-school-meals-claim-b22',
    v1: fsmV1,
    v2: fsmV2,
    targets: [
      { selector: '#ni-number', expect: '#nino', change: 'id renamed, hint text added' },
      {
        selector: 'input[name="benefit"][value="income-support"]',
        expect: null,
        change: 'Income Support option removed; another benefit now occupies its position',
      },
      {
        selector: 'input[name="benefit"][value="uc"]',
        expect: 'input[name="benefit"][value="universal-credit"]',
        change: 'value renamed, label extended, moved down one place',
      },
      {
        selector: '#child-1-school',
        expect: 'select[name="children[0][school]"]',
        change: 'id and name changed to indexed array form',
      },
      { selector: '#add-child', expect: 'button.add-child-link', change: 'id replaced by class, + prefix' },
      { selector: '#declaration', expect: '#confirm-true', change: 'declaration reworded, id renamed' },
      { selector: 'a.print-form', expect: null, change: 'paper form link removed' },
      {
        selector: '#fsm-claim button[type="submit"]',
        expect: '#submit-claim',
        change: 'Submit claim → Check eligibility and apply',
      },
    ],
  },
];

// 7. Class attendance register — full rewrite to a card UI.
const registerV1 = page(
  'Register – 8B English – Oakfield MIS',
  `<header><a class="logo" href="/">Oakfield MIS</a><nav><a href="/timetable">My timetable</a><a href="/registers" class="active">Registers</a><a href="/behaviour">Behaviour</a><a href="/markbook">Markbook</a></nav><span class="user">Mr D. Patel</span></header>
<main>
<h1>Take register</h1>
<form id="register-form">
<div class="row"><label for="class-select">Class</label><select id="class-select"><option>8B English</option><option>9C English</option><option>11A English Literature</option></select><label for="period-select">Period</label><select id="period-select"><option>P1</option><option selected>P2</option><option>P3</option><option>P4</option><option>P5</option></select><input type="date" id="register-date" value="2024-10-08"></div>
<div class="toolbar"><button type="button" id="mark-all-present">Mark all present</button><a class="print-register" href="/registers/8B/print">Print</a></div>
<table class="register"><thead><tr><th>Pupil</th><th>Present</th><th>Absent</th><th>Late</th><th>Note</th></tr></thead><tbody>
<tr data-student="s1017"><td>Ahmed, Zain</td><td><input type="radio" name="s1017" value="present"></td><td><input type="radio" name="s1017" value="absent"></td><td><input type="radio" name="s1017" value="late"></td><td><input class="note" name="note_s1017"></td></tr>
<tr data-student="s1043"><td>Okafor, Grace</td><td><input type="radio" name="s1043" value="present"></td><td><input type="radio" name="s1043" value="absent"></td><td><input type="radio" name="s1043" value="late"></td><td><input class="note" name="note_s1043"></td></tr>
<tr data-student="s1051"><td>Chen, Mia</td><td><input type="radio" name="s1051" value="present"></td><td><input type="radio" name="s1051" value="absent"></td><td><input type="radio" name="s1051" value="late"></td><td><input class="note" name="note_s1051"></td></tr>
<tr data-student="s1060"><td>Brown, Jack</td><td><input type="radio" name="s1060" value="present"></td><td><input type="radio" name="s1060" value="absent"></td><td><input type="radio" name="s1060" value="late"></td><td><input class="note" name="note_s1060"></td></tr>
</tbody></table>
<p class="register-summary">Present: <span class="present-count">0</span> · Absent: <span class="absent-count">0</span> · Late: <span class="late-count">0</span></p>
<button type="submit" id="submit-register">Submit register</button>
</form>
</main>
<footer>Oakfield MIS v4.2 · <a href="/support">Support</a></footer>`,
);

const registerV2 = page(
  '8B English · P2 register',
  `<div class="app"><header class="appbar"><button class="appbar__menu" aria-label="Open menu"></button><span class="appbar__title">Registers</span><button class="appbar__icon" aria-label="Notifications"></button><span class="appbar__avatar" title="Mr D. Patel">DP</span></header>
<main class="reg">
<div class="reg__head"><h1>8B English</h1><label for="lesson-picker" class="sr-only">Lesson</label><select id="lesson-picker" name="lesson"><option>Period 1 · 08:50</option><option selected>Period 2 · 09:50</option><option>Period 3 · 11:10</option><option>Period 4 · 12:10</option><option>Period 5 · 14:00</option></select><input type="date" name="date" value="2024-10-08"></div>
<div class="reg__bar"><button type="button" class="reg__btn" data-action="all-present">Mark everyone present</button><button type="button" class="reg__btn" data-action="undo">Undo last change</button><span class="reg__total">0 of 4 marked</span></div>
<ul class="reg__list">
<li class="pupil" data-pupil="s1017"><span class="pupil__name">Zain Ahmed</span><div class="pupil__status" role="group" aria-label="Attendance for Zain Ahmed"><button type="button" aria-pressed="false" aria-label="Present">✓</button><button type="button" aria-pressed="false" aria-label="Absent">✗</button><button type="button" aria-pressed="false" aria-label="Late">L</button></div><input name="comment" placeholder="Add note" aria-label="Note for Zain Ahmed"></li>
<li class="pupil" data-pupil="s1060"><span class="pupil__name">Jack Brown</span><div class="pupil__status" role="group" aria-label="Attendance for Jack Brown"><button type="button" aria-pressed="false" aria-label="Present">✓</button><button type="button" aria-pressed="false" aria-label="Absent">✗</button><button type="button" aria-pressed="false" aria-label="Late">L</button></div><input name="comment" placeholder="Add note" aria-label="Note for Jack Brown"></li>
<li class="pupil" data-pupil="s1051"><span class="pupil__name">Mia Chen</span><div class="pupil__status" role="group" aria-label="Attendance for Mia Chen"><button type="button" aria-pressed="false" aria-label="Present">✓</button><button type="button" aria-pressed="false" aria-label="Absent">✗</button><button type="button" aria-pressed="false" aria-label="Late">L</button></div><input name="comment" placeholder="Add note" aria-label="Note for Mia Chen"></li>
<li class="pupil" data-pupil="s1043"><span class="pupil__name">Grace Okafor</span><div class="pupil__status" role="group" aria-label="Attendance for Grace Okafor"><button type="button" aria-pressed="false" aria-label="Present">✓</button><button type="button" aria-pressed="false" aria-label="Absent">✗</button><button type="button" aria-pressed="false" aria-label="Late">L</button></div><input name="comment" placeholder="Add note" aria-label="Note for Grace Okafor"></li>
</ul>
<button type="submit" class="reg_save">Save register</button>
</main>
<nav class="tabbar"><a href="/timetable">Timetable</a><a href="/registers" aria-current="page">Registers</a><a href="/behaviour">Behaviour</a><a href="/markbook">Markbook</a></nav></div>`,
);

// 8. School report comment writer — incremental edit.
const reportV1 = page(
  'Write reports – Year 6 Summer – Brightwell Primary',
  `<header><a class="logo" href="/">Brightwell Primary Staff Portal</a><nav><a href="/classes">Classes</a><a href="/reports" class="active">Reports</a><a href="/assessment">Assessment</a></nav><a href="/logout">Log out</a></header>
<main>
<h1>Year 6 summer reports</h1>
<div class="row"><label for="pupil-select">Pupil</label><select id="pupil-select"><option>Amelia Jones</option><option selected>Noah Williams</option><option>Isla Taylor</option></select><label for="subject-select">Subject</label><select id="subject-select"><option>English</option><option>Maths</option><option>Science</option></select></div>
<form id="report-form">
<label for="attainment">Attainment</label><select id="attainment" name="attainment"><option>Working towards</option><option>Expected</option><option>Greater depth</option></select>
<label for="effort">Effort</label><select id="effort" name="effort"><option>1 – Excellent</option><option>2 – Good</option><option>3 – Satisfactory</option><option>4 – Needs improvement</option></select>
<label for="comment-text">Comment</label><textarea id="comment-text" name="comment" rows="6"></textarea>
<p class="char-count">0 / 600 characters</p>
<div class="comment-tools"><button type="button" id="spellcheck">Spellcheck</button><button type="button" id="clear-comment">Clear</button></div>
<section class="comment-bank"><h2>Comment bank</h2><ol>
<li data-id="cb-07">{name} reads widely and with enthusiasm. <button type="button" class="insert">Insert</button></li>
<li data-id="cb-12">{name} has worked hard on {his/her} written fluency this term. <button type="button" class="insert">Insert</button></li>
<li data-id="cb-19">{name} should continue to practise spelling at home. <button type="button" class="insert">Insert</button></li>
</ol></section>
<div class="form-actions"><button type="submit" id="save-comment">Save</button><button type="button" id="save-next">Save and next pupil</button><a class="preview-report" href="/reports/preview/noah-williams">Preview report</a></div>
</form>
</main>
<footer>Brightwell Primary · <a href="/help">Help</a></footer>`,
);

const reportV2 = edit(reportV1, [
  [
    '<label for="attainment">Attainment</label><select id="attainment" name="attainment"><option>Working towards</option><option>Expected</option><option>Greater depth</option></select>',
    '<label for="working-at">Working at</label><select id="working-at" name="working_at"><option>Pre-key stage</option><option>Working towards the expected standard</option><option>At the expected standard</option><option>At greater depth</option></select>',
  ],
  [
    '<label for="effort">Effort</label><select id="effort" name="effort"><option>1 – Excellent</option><option>2 – Good</option><option>3 – Satisfactory</option><option>4 – Needs improvement</option></select>',
    '<fieldset class="effort-scale"><legend>Effort</legend><label><input type="radio" name="effort" value="1"> Excellent</label><label><input type="radio" name="effort" value="2"> Good</label><label><input type="radio" name="effort" value="3"> Satisfactory</label><label><input type="radio" name="effort" value="4"> Needs improvement</label></fieldset>',
  ],
  [
    '<label for="comment-text">Comment</label><textarea id="comment-text" name="comment" rows="6"></textarea>\n<p class="char-count">0 / 600 characters</p>',
    '<label for="report-comment">Teacher comment</label><textarea id="report-comment" name="report_comment" rows="8"></textarea>\n<p class="comment-counter" aria-live="polite">600 characters remaining</p>',
  ],
  [
    '<button type="button" id="spellcheck">Spellcheck</button><button type="button" id="clear-comment">Clear</button>',
    '<button type="button" id="check-tone">Check tone</button><button type="button" id="clear-comment">Clear</button>',
  ],
  [
    `<li data-id="cb-07">{name} reads widely and with enthusiasm. <button type="button" class="insert">Insert</button></li>
<li data-id="cb-12">{name} has worked hard on {his/her} written fluency this term. <button type="button" class="insert">Insert</button></li>`,
    `<li data-id="cb-12">{name} has worked hard on {their} written fluency this term. <button type="button" class="use-snippet" data-snippet="cb-12">Use</button></li>
<li data-id="cb-07">{name} reads widely and with enthusiasm. <button type="button" class="use-snippet" data-snippet="cb-07">Use</button></li>`,
  ],
  [
    '{name} should continue to practise spelling at home. <button type="button" class="insert">Insert</button>',
    '{name} should continue to practise spelling at home. <button type="button" class="use-snippet" data-snippet="cb-19">Use</button>',
  ],
  [
    '<button type="button" id="save-next">Save and next pupil</button><a class="preview-report" href="/reports/preview/noah-williams">Preview report</a>',
    '<button type="button" id="next-pupil">Next pupil →</button>',
  ],
]);

// 9. Parents' evening booking — full rewrite.
const ptcV1 = page(
  "Parents' evening booking – Greenfield Academy",
  `<header><a class="logo" href="/">Greenfield Academy</a><nav><a href="/parents">Parents</a><a href="/parents/evening" class="active">Parents' evening</a><a href="/parents/payments">Payments</a></nav><a href="/logout">Sign out</a></header>
<main>
<h1>Year 9 parents' evening – Thursday 14 November</h1>
<div class="row"><label for="child-select">Child</label><select id="child-select"><option>Ella Morgan (9R)</option><option>Sam Morgan (7G)</option></select></div>
<fieldset class="teachers"><legend>Teachers to see</legend>
<label><input type="checkbox" name="teacher" value="t-hughes"> Mrs Hughes – Maths</label>
<label><input type="checkbox" name="teacher" value="t-owusu"> Mr Owusu – English</label>
<label><input type="checkbox" name="teacher" value="t-laine"> Ms Laine – Science</label>
</fieldset>
<label><input type="checkbox" id="video-call"> I would prefer a video call</label>
<table class="slots"><thead><tr><th>Teacher</th><th>17:00</th><th>17:05</th><th>17:10</th></tr></thead><tbody>
<tr><td>Mrs Hughes</td><td data-teacher="t-hughes" data-time="17:00"><button type="button">Book</button></td><td data-teacher="t-hughes" data-time="17:05">Taken</td><td data-teacher="t-hughes" data-time="17:10"><button type="button">Book</button></td></tr>
<tr><td>Mr Owusu</td><td data-teacher="t-owusu" data-time="17:00">Taken</td><td data-teacher="t-owusu" data-time="17:05"><button type="button">Book</button></td><td data-teacher="t-owusu" data-time="17:10"><button type="button">Book</button></td></tr>
<tr><td>Ms Laine</td><td data-teacher="t-laine" data-time="17:00"><button type="button">Book</button></td><td data-teacher="t-laine" data-time="17:05"><button type="button">Book</button></td><td data-teacher="t-laine" data-time="17:10">Taken</td></tr>
</tbody></table>
<label for="notes-for-teacher">Message to teachers (optional)</label><textarea id="notes-for-teacher" name="message"></textarea>
<button type="button" id="book-selected">Confirm bookings</button>
<section class="booked"><h2>Your appointments</h2><ul>
<li>17:20 Mr Owusu – English · <a class="cancel-appt" href="/parents/evening/cancel/a-9981">Cancel</a></li>
<li>17:30 Ms Laine – Science · <a class="cancel-appt" href="/parents/evening/cancel/a-9984">Cancel</a></li>
</ul><a class="add-calendar" href="/bookings.ics">Add to calendar</a> · <a class="print-schedule" href="/parents/evening/print">Print schedule</a></section>
</main>
<footer>Greenfield Academy · <a href="/contact">Contact the school office</a></footer>`,
);

const ptcV2 = page(
  "Book parents' evening | Greenfield Academy",
  `<header class="top"><a class="top__brand" href="/">Greenfield Academy</a><nav class="top__nav"><a href="/parents">Home</a><a href="/parents/evening" aria-current="page">Parents' evening</a><a href="/parents/payments">Payments</a><a href="/logout">Sign out</a></nav></header>
<main class="pe">
<h1 class="pe__title">Year 9 parents' evening</h1>
<p class="pe__when">Thursday 14 November, 17:00–19:30</p>
<div class="pe__child"><label for="pupil">Booking for</label><select id="pupil" name="pupil"><option>Ella Morgan (9R)</option><option>Sam Morgan (7G)</option></select></div>
<fieldset class="pe__mode"><legend>How would you like to meet?</legend><label><input type="radio" name="meeting_mode" value="in-person" checked> In person</label><label><input type="radio" name="meeting_mode" value="video"> Video call</label></fieldset>
<div class="pe__teachers">
<article class="tcard" data-teacher="t-hughes"><h3>Mrs Hughes</h3><p>Maths</p><div class="tcard__slots"><button type="button" data-slot="17:00">17:00</button><button type="button" data-slot="17:10">17:10</button><button type="button" data-slot="17:15">17:15</button></div></article>
<article class="tcard" data-teacher="t-owusu"><h3>Mr Owusu</h3><p>English</p><div class="tcard__slots"><button type="button" data-slot="17:05">17:05</button><button type="button" data-slot="17:10">17:10</button></div></article>
<article class="tcard" data-teacher="t-laine"><h3>Ms Laine</h3><p>Science</p><div class="tcard__slots"><button type="button" data-slot="17:00">17:00</button><button type="button" data-slot="17:05">17:05</button></div></article>
</div>
<label for="access-needs">Do you have any access requirements? (optional)</label><textarea id="access-needs" name="access_needs"></textarea>
<button type="button" class="bk_confirm_x1">Book selected times</button>
<section class="pe__agenda"><h2>Booked</h2>
<div class="appt" data-appt="a-9981"><time>17:20</time><span>Mr Owusu · English</span><button type="button" aria-label="Cancel appointment">✕</button></div>
<div class="appt" data-appt="a-9984"><time>17:30</time><span>Ms Laine · Science</span><button type="button" aria-label="Cancel appointment">✕</button></div>
<a class="pe__ics" href="/bookings.ics" download>Download calendar file</a></section>
</main>
<footer class="foot"><a href="/contact">Contact us</a></footer>`,
);

// 10. School trip consent — incremental edit.
const tripV1 = page(
  'Trip consent – Year 5 visit to the Natural History Museum',
  `<header><a class="logo" href="/">St Luke's C of E Primary</a><nav><a href="/parents">Parents</a><a href="/trips" class="active">Trips and clubs</a><a href="/payments">Payments</a></nav></header>
<main>
<h1>Year 5 trip: Natural History Museum</h1>
<div class="card trip-details"><p><strong>Date:</strong> Friday 22 March</p><p><strong>Leaves:</strong> 8:45am · <strong>Returns:</strong> 3:30pm</p><p><strong>Voluntary contribution:</strong> £18.50</p><a href="/trips/nhm-letter.pdf">Read the trip letter</a></div>
<form id="consent-form" method="post">
<p>Child: <strong>Leo Martin, 5W</strong></p>
<fieldset><legend>Do you give consent for your child to attend?</legend><label><input type="radio" name="consent" value="yes"> Yes</label><label><input type="radio" name="consent" value="no"> No</label></fieldset>
<label for="medical">Medical conditions or medication we should know about</label><textarea id="medical" name="medical"></textarea>
<label for="dietary">Dietary requirements</label><select id="dietary" name="dietary"><option>None</option><option>Vegetarian</option><option>Halal</option><option>Nut allergy</option><option>Other</option></select>
<label for="emergency-name">Emergency contact name</label><input id="emergency-name" name="emergency_name">
<label for="emergency-phone">Emergency contact phone</label><input id="emergency-phone" name="emergency_phone">
<label><input type="checkbox" id="photo-consent" name="photos"> Photos of my child taken on the trip may be used on the school website</label>
<div class="payment"><p>Contribution: £18.50</p><button type="button" id="pay-now">Pay now</button><label><input type="radio" name="pay_when" value="later"> I will pay later</label></div>
<label for="signature">Type your full name as a signature</label><input id="signature" name="signature">
<button type="submit" class="submit-consent">Submit</button>
</form>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></footer>`,
);

const tripV2 = edit(tripV1, [
  [
    '<fieldset><legend>Do you give consent for your child to attend?</legend><label><input type="radio" name="consent" value="yes"> Yes</label><label><input type="radio" name="consent" value="no"> No</label></fieldset>',
    '<fieldset class="consent"><legend>Can Leo go on this trip?</legend><label><input type="radio" id="consent-given" name="consent_given" value="true"> Yes, I give permission</label><label><input type="radio" id="consent-refused" name="consent_given" value="false"> No</label></fieldset>',
  ],
  [
    '<label for="medical">Medical conditions or medication we should know about</label><textarea id="medical" name="medical"></textarea>',
    '<label for="health-info">Health, allergies and medication</label><textarea id="health-info" name="health_info"></textarea>',
  ],
  ['<select id="dietary" name="dietary">', '<select id="diet-needs" name="diet">'],
  [
    '<label for="emergency-phone">Emergency contact phone</label><input id="emergency-phone" name="emergency_phone">',
    '<label for="ec-phone">Emergency contact mobile</label><input id="ec-phone" type="tel" name="ec_phone" autocomplete="tel">',
  ],
  [
    '<label><input type="checkbox" id="photo-consent" name="photos"> Photos of my child taken on the trip may be used on the school website</label>\n',
    '',
  ],
  [
    '<button type="button" id="pay-now">Pay now</button><label><input type="radio" name="pay_when" value="later"> I will pay later</label>',
    '<button type="button" id="request-support">Request help with the cost</button><p class="hint">You will be asked to pay after submitting this form.</p>',
  ],
  [
    '<label for="signature">Type your full name as a signature</label><input id="signature" name="signature">',
    '<label for="parent-name">Parent or carer full name</label><input id="parent-name" name="parent_name" autocomplete="name">',
  ],
  [
    '<button type="submit" class="submit-consent">Submit</button>',
    '<button type="submit" class="btn">Send reply</button>',
  ],
]);

// 11. LMS assignment submission — full rewrite.
const lmsV1 = page(
  'Essay 2: Causes of the First World War – HIST 1102 – Moodle',
  `<header><a class="logo" href="/">Northbridge College Moodle</a><nav><a href="/my">Dashboard</a><a href="/courses">My courses</a><a href="/calendar">Calendar</a></nav><span class="user-menu">Tom Reid ▾</span></header>
<main>
<p class="breadcrumb"><a href="/course/1102">HIST 1102</a> › <a href="/course/1102#week5">Week 5</a> › Essay 2</p>
<h1>Essay 2: Causes of the First World War</h1>
<table class="submission-status"><tr><th>Due date</th><td>Friday, 15 November, 11:59 PM</td></tr><tr><th>Time remaining</th><td>3 days 4 hours</td></tr><tr><th>Grading status</th><td>Not graded</td></tr></table>
<p>Write 1,500 words. See the <a class="rubric-link" href="/mod/assign/1102-2/rubric">marking rubric</a>.</p>
<form id="submission-form">
<label for="file-upload">Upload file (PDF or DOCX, max 20 MB)</label><input type="file" id="file-upload" name="files[]">
<button type="button" id="add-file">Add another file</button>
<label for="submission-comment">Comments to your instructor</label><textarea id="submission-comment" name="comment"></textarea>
<label><input type="checkbox" id="originality-agree" name="agree"> This assignment is my own work, except where I have acknowledged the use of the works of other people.</label>
<div class="buttons"><button type="submit" id="submit-assignment">Submit assignment</button><button type="button" id="save-draft">Save draft</button></div>
</form>
<h2>Previous attempts</h2>
<table class="history"><thead><tr><th>Attempt</th><th>Submitted</th><th>File</th></tr></thead><tbody>
<tr><td>2</td><td>10 Nov 21:14</td><td><a class="download" href="/files/att-2/essay2_v2.docx">essay2_v2.docx</a></td></tr>
<tr><td>1</td><td>8 Nov 18:03</td><td><a class="download" href="/files/att-1/essay2.docx">essay2.docx</a></td></tr>
</tbody></table>
</main>
<footer>Moodle · <a href="/help">Help</a> · <a href="/privacy">Data retention summary</a></footer>`,
);

const lmsV2 = page(
  'Essay 2: Causes of the First World War | HIST 1102',
  `<div class="layout"><nav class="gnav"><a class="gnav__logo" href="/">NC</a><a href="/my" aria-label="Dashboard">⌂</a><a href="/courses" aria-label="Courses">▤</a><a href="/calendar" aria-label="Calendar">▦</a><a href="/inbox" aria-label="Inbox">✉</a></nav>
<div class="content">
<div class="crumbs"><a href="/course/1102">HIST 1102</a><span>/</span><a href="/course/1102/assignments">Assignments</a><span>/</span><span>Essay 2</span></div>
<h1 class="asg-title">Essay 2: Causes of the First World War</h1>
<div class="asg-meta"><span>Due Nov 15 at 11:59pm</span><span>Points 100</span><span>Submitting a file upload</span></div>
<details class="rubric"><summary>Rubric</summary><table><tr><th>Argument</th><td>40</td></tr><tr><th>Use of sources</th><td>40</td></tr><tr><th>Writing</th><td>20</td></tr></table></details>
<section class="submit-panel" aria-label="Submit assignment">
<div class="dropzone"><p>Drag a file here, or</p><label class="dz-btn">Choose files<input type="file" multiple data-testid="dropzone-input" name="upload"></label></div>
<div class="submit-panel__tools"><button type="button" class="tool-btn">Record media</button><button type="button" class="tool-btn">Use Google Drive</button></div>
<textarea aria-label="Comment to instructor" placeholder="Add a comment…" name="submission_comment"></textarea>
<label class="integrity"><input type="checkbox" name="academic_integrity"> I confirm this is my own work and I have cited all sources.</label>
<div class="submit-panel__actions"><button type="button" class="btn-link">Cancel</button><button type="submit" class="btn-primary" data-testid="turn-in">Submit</button></div>
</section>
<section class="attempts"><h2>Submission history</h2><ul>
<li data-attempt="1"><span>Attempt 1 · Nov 8, 6:03pm</span><a href="/files/att-1/essay2.docx">essay2.docx</a></li>
<li data-attempt="2"><span>Attempt 2 · Nov 10, 9:14pm</span><a href="/files/att-2/essay2_v2.docx">essay2_v2.docx</a></li>
</ul></section>
</div></div>`,
);

// 12. Scholarship application — incremental edit.
const scholarshipV1 = page(
  'Dean’s Merit Scholarship application – Lakeshore University',
  `<header><a class="logo" href="/">Lakeshore University Financial Aid</a><nav><a href="/aid">Aid home</a><a href="/scholarships" class="active">Scholarships</a><a href="/aid/status">My status</a></nav><a href="/logout">Sign out</a></header>
<main>
<h1>Dean’s Merit Scholarship 2025–26</h1>
<p class="deadline">Deadline: February 1 at 5:00 p.m. CT</p>
<form id="scholarship-form">
<h2>About you</h2>
<label for="student-id">Student ID</label><input id="student-id" name="student_id">
<label for="full-name">Full name</label><input id="full-name" name="full_name">
<h2>Academics</h2>
<label for="gpa">GPA</label><input id="gpa" name="gpa" inputmode="decimal">
<label for="major">Major</label><select id="major" name="major"><option>Undeclared</option><option>Biology</option><option>Computer Science</option><option>History</option><option>Nursing</option></select>
<h2>Financial need</h2>
<label for="household-income">Household income</label><select id="household-income" name="income"><option>Under $30,000</option><option>$30,000–$60,000</option><option>Over $60,000</option></select>
<fieldset><legend>Have you submitted the FAFSA?</legend><label><input type="radio" name="fafsa" value="yes"> Yes</label><label><input type="radio" name="fafsa" value="no"> No</label></fieldset>
<h2>Essays</h2>
<label for="essay-leadership">Essay 1: Describe a time you showed leadership (500 words)</label><textarea id="essay-leadership" name="essay1"></textarea>
<label for="essay-service">Essay 2: Describe your community service (500 words)</label><textarea id="essay-service" name="essay2"></textarea>
<h2>Recommendation</h2>
<label for="recommender-name">Recommender name</label><input id="recommender-name" name="rec_name">
<label for="recommender-email">Recommender email</label><input id="recommender-email" name="rec_email" type="email">
<button type="button" id="send-rec-request">Send request</button>
<label for="transcript">Unofficial transcript</label><input id="transcript" type="file" name="transcript">
<div class="actions"><button type="button" id="save-exit">Save and exit</button><button type="submit" id="submit-app">Submit application</button></div>
</form>
</main>
<footer>Office of Financial Aid · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></footer>`,
);

const scholarshipV2 = edit(scholarshipV1, [
  [
    '<label for="gpa">GPA</label><input id="gpa" name="gpa" inputmode="decimal">',
    '<label for="cumulative-gpa">Cumulative GPA (4.0 scale)</label><input id="cumulative-gpa" name="cumulative_gpa" inputmode="decimal">',
  ],
  [
    '<label for="major">Major</label><select id="major" name="major">',
    '<label for="intended-major">Intended major</label><select id="intended-major" name="intended_major">',
  ],
  [
    '<fieldset><legend>Have you submitted the FAFSA?</legend><label><input type="radio" name="fafsa" value="yes"> Yes</label><label><input type="radio" name="fafsa" value="no"> No</label></fieldset>',
    '<fieldset><legend>Have you completed the FAFSA or CSS Profile for 2025–26?</legend><label><input type="radio" name="fafsa_or_css" value="yes"> Yes</label><label><input type="radio" name="fafsa_or_css" value="in_progress"> In progress</label><label><input type="radio" name="fafsa_or_css" value="no"> No</label></fieldset>',
  ],
  [
    '<label for="essay-leadership">Essay 1: Describe a time you showed leadership (500 words)</label><textarea id="essay-leadership" name="essay1"></textarea>\n<label for="essay-service">Essay 2: Describe your community service (500 words)</label><textarea id="essay-service" name="essay2"></textarea>',
    '<label for="essay-1">Essay 1: Tell us about a time you led others (500 words)</label><textarea id="essay-1" name="essays[0]"></textarea>\n<label for="essay-2">Essay 2: Describe a challenge you overcame and what you learned (500 words)</label><textarea id="essay-2" name="essays[1]"></textarea>',
  ],
  [
    '<label for="recommender-name">Recommender name</label><input id="recommender-name" name="rec_name">\n<label for="recommender-email">Recommender email</label><input id="recommender-email" name="rec_email" type="email">\n<button type="button" id="send-rec-request">Send request</button>',
    '<div class="recommender"><label for="rec-0-name">Recommender name</label><input id="rec-0-name" name="recommender[0][name]"><label for="rec-0-email">Recommender email</label><input id="rec-0-email" name="recommender[0][email]" type="email"><button type="button" class="send-invite">Email invitation</button></div>',
  ],
  [
    '<div class="actions"><button type="button" id="save-exit">Save and exit</button><button type="submit" id="submit-app">Submit application</button></div>',
    '<p class="muted">Progress is saved automatically.</p><div class="actions"><button type="button" id="review-app">Review answers</button><button type="submit" id="submit-app">Submit application</button></div>',
  ],
]);

const part2: PagePair[] = [
  {
    name: 'class-attendance-register-b22',
    v1: registerV1,
    v2: registerV2,
    targets: [
      {
        selector: '#mark-all-present',
        expect: 'button[data-action="all-present"]',
        change: 'id dropped, Mark all present → Mark everyone present',
      },
      {
        selector: 'tr[data-student="s1043"] input[value="late"]',
        expect: '[data-pupil="s1043"] button[aria-label="Late"]',
        change: 'radio in a table row became a toggle button in a pupil card',
      },
      {
        selector: 'tr[data-student="s1043"] input.note',
        expect: '[data-pupil="s1043"] input[name="comment"]',
        change: 'note input renamed, moved into card',
      },
      {
        selector: '#period-select',
        expect: '#lesson-picker',
        change: 'id renamed, options now show times',
      },
      { selector: '#submit-register', expect: 'button.reg_save', change: 'Submit register → Save register' },
      {
        selector: 'a.print-register',
        expect: null,
        change: 'print link removed; an Undo button now follows the mark-all button',
      },
      {
        selector: 'tbody tr:nth-child(3) input[value="absent"]',
        expect: '[data-pupil="s1051"] button[aria-label="Absent"]',
        change: 'pupils re-sorted by surname, radio became icon toggle',
      },
      {
        selector: '.register-summary .late-count',
        expect: null,
        change: 'per-status summary replaced by a single total',
      },
    ],
  },
  {
    name: 'school-report-comments-b22',
    v1: reportV1,
    v2: reportV2,
    targets: [
      { selector: '#attainment', expect: '#working-at', change: 'Attainment → Working at, new scale' },
      {
        selector: 'select#effort',
        expect: 'fieldset.effort-scale',
        change: 'select became a radio scale',
      },
      {
        selector: '#comment-text',
        expect: 'textarea[name="report_comment"]',
        change: 'id and name renamed, label Teacher comment',
      },
      {
        selector: '.comment-bank li:nth-child(2) button.insert',
        expect: 'button[data-snippet="cb-12"]',
        change: 'bank reordered, Insert → Use',
      },
      {
        selector: '#spellcheck',
        expect: null,
        change: 'spellcheck removed; a tone-check button sits in the same toolbar slot',
      },
      { selector: 'a.preview-report', expect: null, change: 'preview link removed' },
      { selector: '#save-next', expect: '#next-pupil', change: 'Save and next pupil → Next pupil →' },
      {
        selector: '.char-count',
        expect: '.comment-counter',
        change: 'character counter now counts down, class renamed',
      },
    ],
  },
  {
    name: 'parents-evening-booking-b22',
    v1: ptcV1,
    v2: ptcV2,
    targets: [
      {
        selector: '#child-select',
        expect: 'select[name="pupil"]',
        change: 'Child → Booking for, id renamed',
      },
      {
        selector: 'td[data-teacher="t-hughes"][data-time="17:10"] button',
        expect: '[data-teacher="t-hughes"] button[data-slot="17:10"]',
        change: 'grid cell button became a slot chip on a teacher card; same time exists for other teachers',
      },
      {
        selector: '#video-call',
        expect: 'input[name="meeting_mode"][value="video"]',
        change: 'checkbox became one option of a meeting-mode radio group',
      },
      {
        selector: '#book-selected',
        expect: 'button.bk_confirm_x1',
        change: 'Confirm bookings → Book selected times, hashed class',
      },
      {
        selector: '.booked li:first-child a.cancel-appt',
        expect: '[data-appt="a-9981"] button[aria-label="Cancel appointment"]',
        change: 'text link became an icon button',
      },
      {
        selector: 'a.add-calendar',
        expect: 'a.pe__ics',
        change: 'Add to calendar → Download calendar file',
      },
      {
        selector: '#notes-for-teacher',
        expect: null,
        change: 'message box removed; an access-requirements textarea sits in the same place',
      },
      { selector: 'a.print-schedule', expect: null, change: 'print schedule link removed' },
    ],
  },
  {
    name: 'school-trip-consent-b22',
    v1: tripV1,
    v2: tripV2,
    targets: [
      {
        selector: 'input[name="consent"][value="yes"]',
        expect: '#consent-given',
        change: 'question reworded, name and value changed',
      },
      { selector: '#medical', expect: '#health-info', change: 'label and id renamed' },
      { selector: '#dietary', expect: 'select[name="diet"]', change: 'id and name renamed' },
      {
        selector: '#emergency-phone',
        expect: 'input[type="tel"][name="ec_phone"]',
        change: 'id renamed, type tel, phone → mobile',
      },
      {
        selector: '#pay-now',
        expect: null,
        change: 'payment moved after submission; a help-with-cost button sits where Pay now was',
      },
      { selector: '#photo-consent', expect: null, change: 'photo consent removed from this form' },
      {
        selector: '#signature',
        expect: '#parent-name',
        change: 'typed signature reframed as parent full name',
      },
      {
        selector: 'button.submit-consent',
        expect: 'form button[type="submit"]',
        change: 'Submit → Send reply',
      },
    ],
  },
  {
    name: 'lms-assignment-dropbox-b22',
    v1: lmsV1,
    v2: lmsV2,
    targets: [
      {
        selector: '#file-upload',
        expect: 'input[data-testid="dropzone-input"]',
        change: 'file input hidden inside a drag-and-drop zone',
      },
      {
        selector: '#add-file',
        expect: null,
        change: 'multi-file input made Add another file unnecessary; Record media sits in its place',
      },
      {
        selector: '#submission-comment',
        expect: 'textarea[aria-label="Comment to instructor"]',
        change: 'visible label replaced by aria-label and placeholder',
      },
      {
        selector: '#submit-assignment',
        expect: '[data-testid="turn-in"]',
        change: 'Submit assignment → Submit, test id added, Cancel link next to it',
      },
      { selector: '#save-draft', expect: null, change: 'save draft removed' },
      {
        selector: '#originality-agree',
        expect: 'input[name="academic_integrity"]',
        change: 'statement reworded, id dropped',
      },
      {
        selector: 'table.history tr:nth-child(2) a.download',
        expect: '[data-attempt="1"] a',
        change: 'history table became a list sorted oldest first',
      },
      {
        selector: 'a.rubric-link',
        expect: 'details.rubric summary',
        change: 'rubric link became an inline expandable section',
      },
    ],
  },
  {
    name: 'scholarship-application-b22',
    v1: scholarshipV1,
    v2: scholarshipV2,
    targets: [
      { selector: '#gpa', expect: '#cumulative-gpa', change: 'label and id renamed' },
      { selector: '#major', expect: 'select[name="intended_major"]', change: 'Major → Intended major' },
      {
        selector: 'input[name="fafsa"][value="yes"]',
        expect: 'input[name="fafsa_or_css"][value="yes"]',
        change: 'question broadened, name changed, third option added',
      },
      {
        selector: '#essay-leadership',
        expect: '#essay-1',
        change: 'prompt reworded, id renamed',
      },
      {
        selector: '#essay-service',
        expect: null,
        change: 'community-service essay replaced by a different essay prompt in the same slot',
      },
      {
        selector: '#recommender-email',
        expect: 'input[name="recommender[0][email]"]',
        change: 'recommender fields grouped and indexed',
      },
      {
        selector: '#send-rec-request',
        expect: 'button.send-invite',
        change: 'Send request → Email invitation',
      },
      {
        selector: '#save-exit',
        expect: null,
        change: 'save and exit removed; a Review answers button sits in its place',
      },
    ],
  },
];

// 13. Student financial aid form, household section — full rewrite.
const aidV1 = page(
  'FAFSA – Student Demographics – Dependency Status',
  `<header><a class="logo" href="/">Federal Student Aid</a><span class="form-name">2024–25 FAFSA form</span><a class="save-link" href="/fafsa/save">Save</a><a href="/logout">Log out</a></header>
<nav class="steps"><ol><li class="done">Student identity</li><li class="done">Personal circumstances</li><li class="current">Dependency status</li><li>Household</li><li>Colleges</li><li>Sign and submit</li></ol></nav>
<main>
<div class="timeout-warning" role="status">Your session will time out after 45 minutes of inactivity.</div>
<h1>Dependency status</h1>
<form id="dependency-form">
<label for="marital-status">What is your marital status as of today?</label><select id="marital-status" name="marital"><option>Single</option><option>Married or remarried</option><option>Separated</option><option>Divorced or widowed</option></select>
<fieldset><legend>Were you born before January 1, 2001?</legend><label><input type="radio" name="born_before" value="yes"> Yes</label><label><input type="radio" name="born_before" value="no"> No</label></fieldset>
<fieldset><legend>Are you a veteran of the U.S. Armed Forces?</legend><label><input type="radio" name="veteran" value="yes"> Yes</label><label><input type="radio" name="veteran" value="no"> No</label></fieldset>
<fieldset><legend>Do you have children who receive more than half of their support from you?</legend><label><input type="radio" name="children" value="yes"> Yes</label><label><input type="radio" name="children" value="no"> No</label></fieldset>
<label for="household-size">How many people are in your parents' household?</label><input id="household-size" name="household_size" type="number" min="1"><a class="household-help" href="/help/household">Who counts in the household?</a>
<label for="in-college">How many people in your parents' household will be college students in 2024–25?</label><input id="in-college" name="number_in_college" type="number" min="1">
<label for="parent-marital">What is your parents' marital status?</label><select id="parent-marital" name="parent_marital"><option>Married or remarried</option><option>Never married</option><option>Divorced or separated</option><option>Widowed</option></select>
<div class="nav-buttons"><button type="button" id="btn-prev">Previous</button><button type="submit" id="btn-next">Next</button></div>
</form>
</main>
<footer><a href="/help">Help</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a> · 1-800-433-3243</footer>`,
);

const aidV2 = page(
  'Student information – 2025–26 FAFSA',
  `<header class="usa-header"><a class="usa-logo" href="/">Federal Student Aid</a><div class="usa-nav"><span class="autosave">All changes saved</span><button type="button" class="usa-button--unstyled">Help</button><a href="/logout">Log out</a></div></header>
<main class="fafsa-main">
<a class="back-link" href="/fafsa/personal">Back</a>
<div class="usa-step-indicator" aria-label="progress"><span class="usa-step-indicator__current-step">3</span> of <span>7</span> · Student information</div>
<h1>Tell us about your family</h1>
<div class="q-card"><label for="q-marital">What is your current marital status?</label><select id="q-marital" name="studentMaritalStatus"><option>Single (never married)</option><option>Married (not separated)</option><option>Remarried</option><option>Separated</option><option>Divorced</option><option>Widowed</option></select></div>
<div class="q-card"><fieldset><legend>Were you born before Jan. 1, 2002?</legend><div class="usa-radio"><input id="q-born-yes" type="radio" name="bornBefore" value="true"><label for="q-born-yes">Yes</label></div><div class="usa-radio"><input id="q-born-no" type="radio" name="bornBefore" value="false"><label for="q-born-no">No</label></div></fieldset></div>
<div class="q-card"><fieldset><legend>Are you currently serving on active duty or are you a veteran?</legend><div class="usa-radio"><input id="q-veteran-yes" type="radio" name="isVeteran" value="true"><label for="q-veteran-yes">Yes</label></div><div class="usa-radio"><input id="q-veteran-no" type="radio" name="isVeteran" value="false"><label for="q-veteran-no">No</label></div></fieldset></div>
<div class="q-card"><fieldset><legend>Do you have children or other dependents who live with you and receive more than half of their support from you?</legend><div class="usa-radio"><input id="q-deps-yes" type="radio" name="hasDependents" value="true"><label for="q-deps-yes">Yes</label></div><div class="usa-radio"><input id="q-deps-no" type="radio" name="hasDependents" value="false"><label for="q-deps-no">No</label></div></fieldset></div>
<div class="q-card"><span class="q-label">Family size <button type="button" class="q-help" aria-label="Help: who counts in your family">?</button></span><div class="stepper"><button type="button" aria-label="Decrease family size">−</button><input aria-label="Number of people in your family" name="familySize" inputmode="numeric"><button type="button" aria-label="Increase family size">+</button></div></div>
<div class="q-card"><span class="q-label">Number of parents in your household</span><div class="stepper"><button type="button" aria-label="Decrease parents">−</button><input aria-label="Number of parents in household" name="parentsInHousehold" inputmode="numeric"><button type="button" aria-label="Increase parents">+</button></div></div>
<div class="q-card"><label for="q-parent-marital">What is your parents' current marital status?</label><select id="q-parent-marital" name="parentMaritalStatus"><option>Married (not separated)</option><option>Remarried</option><option>Never married</option><option>Unmarried and both legal parents living together</option><option>Divorced</option><option>Separated</option><option>Widowed</option></select></div>
<div class="form-actions"><button type="submit" class="usa-button" data-testid="continue">Continue</button></div>
</main>
<footer class="usa-footer"><a href="/help">Help center</a><a href="/privacy">Privacy</a><a href="/contact">Contact us</a></footer>`,
);

// 14. Adult education course enrolment — incremental edit.
const adultEdV1 = page(
  'Beginners’ Spanish – Enrol – City Adult Learning',
  `<header><a class="logo" href="/">City Adult Learning</a><nav><a href="/courses">Courses</a><a href="/fees">Fees and funding</a><a href="/centres">Our centres</a><a href="/basket">Basket (0)</a></nav></header>
<main>
<p class="breadcrumb"><a href="/courses">Courses</a> › <a href="/courses/languages">Languages</a> › Beginners’ Spanish</p>
<h1>Beginners’ Spanish (Level 1)</h1>
<p>Course code LAN-SP1 · 10 weeks · Marlow Road Centre</p>
<form id="enrol-form">
<fieldset class="start-dates"><legend>Choose a start date</legend>
<label><input type="radio" name="start" value="2024-09-10"> Tuesday 10 September, 6:30–8:30pm</label>
<label><input type="radio" name="start" value="2024-09-12"> Thursday 12 September, 10:00am–12:00pm</label>
<label><input type="radio" name="start" value="2025-01-14"> Tuesday 14 January, 6:30–8:30pm</label>
</fieldset>
<label for="concession">Fee type</label><select id="concession" name="concession"><option>Full fee – £165</option><option>Concession (means-tested benefits) – £0</option><option>Over 60 – £110</option></select>
<div class="row"><label for="discount-code">Discount code</label><input id="discount-code" name="discount"><button type="button" id="apply-discount">Apply</button></div>
<h2>Your details</h2>
<label for="learner-name">Full name</label><input id="learner-name" name="name">
<label for="learner-email">Email</label><input id="learner-email" name="email" type="email">
<label for="learner-phone">Phone</label><input id="learner-phone" name="phone">
<label for="learner-postcode">Postcode</label><input id="learner-postcode" name="postcode">
<label><input type="checkbox" id="learning-support" name="support"> I would like to discuss learning support</label>
<button type="submit" id="enrol-pay">Enrol and pay</button>
</form>
<p>Course full? <a class="waiting-list" href="/courses/LAN-SP1/waitlist">Join the waiting list</a> · <a class="ask-question" href="/courses/LAN-SP1/ask">Ask a question about this course</a></p>
</main>
<footer><a href="/terms">Terms and conditions</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const adultEdV2 = edit(adultEdV1, [
  [
    `<legend>Choose a start date</legend>
<label><input type="radio" name="start" value="2024-09-10"> Tuesday 10 September, 6:30–8:30pm</label>
<label><input type="radio" name="start" value="2024-09-12"> Thursday 12 September, 10:00am–12:00pm</label>`,
    `<legend>Choose a class</legend>
<label><input type="radio" name="session" value="LAN-SP1-ONL-MON"> Online · Mondays from 9 September, 7:00–8:30pm</label>
<label><input type="radio" name="session" value="LAN-SP1-MAR-TUE"> Marlow Road · Tuesdays from 10 September, 6:30–8:30pm</label>
<label><input type="radio" name="session" value="LAN-SP1-MAR-THU"> Marlow Road · Thursdays from 12 September, 10:00am–12:00pm</label>`,
  ],
  [
    '<label><input type="radio" name="start" value="2025-01-14"> Tuesday 14 January, 6:30–8:30pm</label>',
    '<label><input type="radio" name="session" value="LAN-SP1-MAR-TUE-JAN"> Marlow Road · Tuesdays from 14 January, 6:30–8:30pm</label>',
  ],
  [
    '<label for="concession">Fee type</label><select id="concession" name="concession">',
    '<label for="fee-band">Which fee applies to you?</label><select id="fee-band" name="fee_band">',
  ],
  [
    '<div class="row"><label for="discount-code">Discount code</label><input id="discount-code" name="discount"><button type="button" id="apply-discount">Apply</button></div>',
    '<div class="row"><label for="voucher">Gift voucher number</label><input id="voucher" name="voucher"><button type="button" id="redeem-voucher">Redeem</button></div>',
  ],
  [
    '<label for="learner-email">Email</label><input id="learner-email" name="email" type="email">',
    '<label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="email">',
  ],
  [
    '<label for="learner-postcode">Postcode</label><input id="learner-postcode" name="postcode">',
    '<label for="addr-postcode">Home postcode</label><input id="addr-postcode" name="home_postcode" autocomplete="postal-code">',
  ],
  [
    '<button type="submit" id="enrol-pay">Enrol and pay</button>',
    '<button type="submit" id="checkout">Continue to checkout</button>',
  ],
  [
    '<p>Course full? <a class="waiting-list" href="/courses/LAN-SP1/waitlist">Join the waiting list</a> · <a class="ask-question" href="/courses/LAN-SP1/ask">Ask a question about this course</a></p>',
    '<p>No suitable class? <a class="notify-me" href="/courses/LAN-SP1/waitlist">Tell me when new dates are added</a> · <a class="similar" href="/courses/languages?level=1">See similar courses</a></p>',
  ],
]);

// 15. Volunteer hours timesheet — full rewrite.
const volHoursV1 = page(
  'Log volunteer hours – Hands Together',
  `<header><a class="logo" href="/">Hands Together Volunteer Portal</a><nav><a href="/opportunities">Opportunities</a><a href="/schedule">My schedule</a><a href="/hours" class="active">My hours</a><a href="/profile">Profile</a></nav></header>
<main>
<h1>My hours</h1>
<p class="year-total">Total this year: <strong>46.5 hours</strong></p>
<form id="log-form" class="card">
<h2>Log a shift</h2>
<label for="shift-date">Date</label><input id="shift-date" type="date" name="date">
<label for="activity">Activity</label><select id="activity" name="activity"><option>Food bank – sorting</option><option>Food bank – deliveries</option><option>Youth mentoring</option><option>Park clean-up</option></select>
<div class="row"><label for="hours">Hours</label><input id="hours" name="hours" type="number" min="0" max="12"><label for="minutes">Minutes</label><select id="minutes" name="minutes"><option>0</option><option>15</option><option>30</option><option>45</option></select></div>
<label for="location">Location</label><select id="location" name="location"><option>Eastside Hub</option><option>Riverside Warehouse</option><option>Online</option></select>
<label for="shift-notes">Notes</label><textarea id="shift-notes" name="notes"></textarea>
<button type="submit" id="log-hours">Log hours</button>
</form>
<h2>Recent entries</h2>
<table class="entries"><thead><tr><th>Date</th><th>Activity</th><th>Hours</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-entry="e-561"><td>12 Oct</td><td>Youth mentoring</td><td>2.0</td><td>Pending</td><td><a class="edit" href="/hours/e-561/edit">Edit</a> <a class="delete" href="/hours/e-561/delete">Delete</a></td></tr>
<tr data-entry="e-552"><td>5 Oct</td><td>Food bank – sorting</td><td>3.5</td><td>Pending</td><td><a class="edit" href="/hours/e-552/edit">Edit</a> <a class="delete" href="/hours/e-552/delete">Delete</a></td></tr>
<tr data-entry="e-540"><td>28 Sep</td><td>Park clean-up</td><td>4.0</td><td>Approved</td><td></td></tr>
</tbody></table>
<div class="row"><a class="export-csv" href="/hours/export.csv">Export to CSV</a><button type="button" id="request-certificate">Request a certificate of hours</button></div>
</main>
<footer>Hands Together is a registered charity no. 1098765 · <a href="/privacy">Privacy</a></footer>`,
);

const volHoursV2 = page(
  'Hours | Hands Together',
  `<div id="app"><header class="ht-head"><a class="ht-head__logo" href="/">Hands Together</a><nav class="ht-head__nav"><a href="/opportunities">Find opportunities</a><a href="/schedule">Schedule</a><a href="/hours" aria-current="page">Hours</a></nav><a class="ht-head__me" href="/profile" aria-label="Profile"></a></header>
<main class="ht-main">
<div class="ht-stats"><div class="stat"><span class="stat__n">46.5</span><span class="stat__l">hours this year</span></div><div class="stat"><span class="stat__n">5.5</span><span class="stat__l">awaiting approval</span></div><a class="cert_link" href="/hours/certificate.pdf">Download hours certificate</a></div>
<section class="ht-add" aria-labelledby="add-h"><h2 id="add-h">Add a shift</h2>
<div class="f"><label for="f-date">When</label><input id="f-date" type="date" name="date"></div>
<div class="f"><label for="role-picker">Volunteer role</label><select id="role-picker" name="role"><option>Food bank – sorting</option><option>Food bank – deliveries</option><option>Youth mentoring</option><option>Park clean-up</option><option>Befriending calls</option></select></div>
<div class="f"><label for="f-duration">How long?</label><input id="f-duration" name="duration" placeholder="e.g. 2h 30m"></div>
<div class="f"><label for="f-site">Where</label><select id="f-site" name="site"><option>Eastside Hub</option><option>Riverside Warehouse</option><option>Remote</option></select></div>
<div class="f"><label for="f-notes">Anything to add?</label><textarea id="f-notes" name="notes"></textarea></div>
<button type="button" class="ht-btn" data-testid="submit-shift">Add shift</button>
</section>
<section class="ht-list"><h2>Recent shifts</h2>
<article class="shift" data-entry-id="e-561"><time>Sat 12 Oct</time><span>Youth mentoring</span><span>2h</span><span class="pill">Pending</span><button type="button" aria-label="Edit shift">✎</button><button type="button" aria-label="Duplicate shift">⧉</button></article>
<article class="shift" data-entry-id="e-552"><time>Sat 5 Oct</time><span>Food bank – sorting</span><span>3h 30m</span><span class="pill">Pending</span><button type="button" aria-label="Edit shift">✎</button><button type="button" aria-label="Duplicate shift">⧉</button></article>
<article class="shift" data-entry-id="e-540"><time>Sat 28 Sep</time><span>Park clean-up</span><span>4h</span><span class="pill pill--ok">Approved</span><button type="button" aria-label="Duplicate shift">⧉</button></article>
</section>
</main>
<footer class="ht-foot">Registered charity no. 1098765 · <a href="/privacy">Privacy</a></footer></div>`,
);

// 16. Charity shop furniture collection booking — incremental edit.
const collectionV1 = page(
  'Book a free furniture collection – Second Home Charity Shops',
  `<header><a class="logo" href="/">Second Home</a><nav><a href="/shops">Find a shop</a><a href="/donate-goods" class="active">Donate goods</a><a href="/volunteer">Volunteer</a><a href="/about">About us</a></nav></header>
<main>
<h1>Book a free furniture collection</h1>
<p>We collect good-quality furniture for resale. Money raised supports people moving out of homelessness.</p>
<form id="collection-form" method="post">
<div class="row"><label for="collect-postcode">Your postcode</label><input id="collect-postcode" name="postcode"><button type="button" id="check-area">Check we collect in your area</button></div>
<fieldset class="items"><legend>What would you like to donate?</legend>
<label><input type="checkbox" id="item-sofa" name="items" value="sofa"> Sofa or armchair</label>
<label><input type="checkbox" id="item-wardrobe" name="items" value="wardrobe"> Wardrobe</label>
<label><input type="checkbox" id="item-table" name="items" value="dining-table"> Dining table and chairs</label>
<label><input type="checkbox" id="item-mattress" name="items" value="mattress"> Mattress</label>
<label><input type="checkbox" id="item-appliance" name="items" value="white-goods"> Washing machine or fridge</label>
</fieldset>
<fieldset><legend>Do upholstered items have their fire safety labels attached?</legend><label><input type="radio" name="fire_label" value="yes"> Yes</label><label><input type="radio" name="fire_label" value="no"> No</label><label><input type="radio" name="fire_label" value="na"> Not applicable</label></fieldset>
<label for="item-photos">Photos of your items</label><input type="file" id="item-photos" name="photos" multiple>
<fieldset class="dates"><legend>Choose a collection day</legend>
<label><input type="radio" name="collection_date" value="2024-11-12"> Tuesday 12 November</label>
<label><input type="radio" name="collection_date" value="2024-11-15"> Friday 15 November</label>
<label><input type="radio" name="collection_date" value="2024-11-19"> Tuesday 19 November</label>
</fieldset>
<label for="floor">Which floor are the items on?</label><select id="floor" name="floor"><option>Ground floor</option><option>1st floor</option><option>2nd floor</option><option>3rd floor or above</option></select>
<label><input type="checkbox" id="lift-access" name="lift"> There is a lift</label>
<label for="contact-name">Your name</label><input id="contact-name" name="name">
<label for="contact-phone">Phone number</label><input id="contact-phone" name="phone" type="tel">
<label for="driver-notes">Notes for our drivers</label><textarea id="driver-notes" name="notes"></textarea>
<button type="submit" id="request-collection">Request collection</button>
</form>
</main>
<footer>Second Home is a registered charity no. 1123456 · <a href="/privacy">Privacy</a> · <a href="/what-we-accept">What we can accept</a></footer>`,
);

const collectionV2 = edit(collectionV1, [
  [
    '<button type="button" id="check-area">Check we collect in your area</button>',
    '<button type="button" id="postcode-lookup">Check postcode</button>',
  ],
  [
    '<label><input type="checkbox" id="item-sofa" name="items" value="sofa"> Sofa or armchair</label>',
    '<label><input type="checkbox" name="items" value="sofa"> Sofa, settee or armchair (with fire label)</label>',
  ],
  [
    '<label><input type="checkbox" id="item-mattress" name="items" value="mattress"> Mattress</label>',
    '<label><input type="checkbox" id="item-bedframe" name="items" value="bed-frame"> Bed frame (no mattresses)</label>',
  ],
  [
    '<legend>Do upholstered items have their fire safety labels attached?</legend><label><input type="radio" name="fire_label" value="yes"> Yes</label><label><input type="radio" name="fire_label" value="no"> No</label><label><input type="radio" name="fire_label" value="na"> Not applicable</label>',
    '<legend>Is the fire safety label still sewn on?</legend><p class="hint">We can’t resell upholstered furniture without one.</p><label><input type="radio" name="fireLabelsAttached" value="yes"> Yes, on every item</label><label><input type="radio" name="fireLabelsAttached" value="no"> No</label>',
  ],
  [
    '<label for="item-photos">Photos of your items</label><input type="file" id="item-photos" name="photos" multiple>\n',
    '',
  ],
  [
    '<legend>Choose a collection day</legend>\n<label><input type="radio" name="collection_date" value="2024-11-12"> Tuesday 12 November</label>\n<label><input type="radio" name="collection_date" value="2024-11-15"> Friday 15 November</label>\n<label><input type="radio" name="collection_date" value="2024-11-19"> Tuesday 19 November</label>',
    '<legend>Pick a day (we’ll text you a 2-hour slot the evening before)</legend>\n<label><input type="radio" name="slot" value="2024-11-08"> Friday 8 November</label>\n<label><input type="radio" name="slot" value="2024-11-12"> Tuesday 12 November</label>\n<label><input type="radio" name="slot" value="2024-11-15"> Friday 15 November</label>\n<label><input type="radio" name="slot" value="2024-11-19"> Tuesday 19 November</label>',
  ],
  [
    '<label for="floor">Which floor are the items on?</label><select id="floor" name="floor">',
    '<label for="floor-level">Floor</label><select id="floor-level" name="floor_level">',
  ],
  [
    '<button type="submit" id="request-collection">Request collection</button>',
    '<button type="submit" class="cta-submit">Book my collection</button>',
  ],
]);

// 17. Grantee progress report — full rewrite.
const granteeV1 = page(
  'Interim report – Grant 2023-0147 – Millbrook Community Foundation',
  `<header><a class="logo" href="/">Millbrook Community Foundation · Grantee Portal</a><nav><a href="/grants">My grants</a><a href="/reports" class="active">Reports</a><a href="/documents">Documents</a><a href="/messages">Messages</a></nav></header>
<main>
<h1>Interim progress report</h1>
<dl class="grant-summary"><dt>Grant</dt><dd>2023-0147 – After-school reading club</dd><dt>Amount</dt><dd>$45,000 over 2 years</dd><dt>Program officer</dt><dd><a class="po-email" href="mailto:j.ross@millbrookcf.org">Janet Ross</a></dd></dl>
<form id="report-form">
<label for="report-period">Reporting period</label><select id="report-period" name="period"><option>Jan–Jun 2024</option><option>Jul–Dec 2024</option></select>
<h2>Outcomes</h2>
<table class="outcomes"><thead><tr><th>Indicator</th><th>Target</th><th>Actual</th></tr></thead><tbody>
<tr data-indicator="ind-1"><td>Children enrolled</td><td>60</td><td><input class="actual" name="actual_ind-1"></td></tr>
<tr data-indicator="ind-2"><td>Sessions delivered</td><td>40</td><td><input class="actual" name="actual_ind-2"></td></tr>
<tr data-indicator="ind-3"><td>Children improving one reading level</td><td>45</td><td><input class="actual" name="actual_ind-3"></td></tr>
</tbody></table>
<h2>Narrative</h2>
<label for="narrative-successes">Successes this period</label><textarea id="narrative-successes" name="successes"></textarea>
<label for="narrative-challenges">Challenges and how you addressed them</label><textarea id="narrative-challenges" name="challenges"></textarea>
<h2>Finances</h2>
<label for="budget-upload">Budget vs. actual spreadsheet</label><input id="budget-upload" type="file" name="budget">
<p><a class="request-extension" href="/grants/2023-0147/extension">Request a reporting extension</a></p>
<div class="actions"><button type="button" id="save-progress">Save progress</button><button type="submit" id="submit-report">Submit report</button></div>
</form>
</main>
<footer>© Millbrook Community Foundation · <a href="/help">Help</a></footer>`,
);

const granteeV2 = page(
  'Report · 2023-0147 · Millbrook Community Foundation',
  `<div class="gp"><aside class="gp-side"><a class="gp-side__logo" href="/">MCF Grantee Portal</a><nav><a href="/grants">Grants</a><a href="/reports" aria-current="page">Reports</a><a href="/documents">Files</a><a href="/messages">Inbox</a></nav><div class="gp-side__po"><span>Your program officer</span><a href="mailto:j.ross@millbrookcf.org">Janet Ross</a></div></aside>
<main class="gp-main">
<div class="gp-title"><h1>Interim report</h1><span class="gp-chip">Draft · autosaved</span></div>
<p class="gp-sub">After-school reading club · $45,000 · 2023-0147</p>
<div class="gp-field"><label for="gp-period">Period</label><select id="gp-period" name="periodId"><option>H1 2024 (Jan–Jun)</option><option>H2 2024 (Jul–Dec)</option></select></div>
<details open class="gp-sec"><summary>1. Results</summary>
<div class="gp-outcome" data-outcome="ind-1"><h3>Children enrolled</h3><span class="gp-target">Goal: 60</span><input name="achieved" aria-label="Achieved: Children enrolled"><textarea name="comment" aria-label="Comment on Children enrolled"></textarea></div>
<div class="gp-outcome" data-outcome="ind-2"><h3>Sessions delivered</h3><span class="gp-target">Goal: 40</span><input name="achieved" aria-label="Achieved: Sessions delivered"><textarea name="comment" aria-label="Comment on Sessions delivered"></textarea></div>
<div class="gp-outcome" data-outcome="ind-3"><h3>Children improving one reading level</h3><span class="gp-target">Goal: 45</span><input name="achieved" aria-label="Achieved: Children improving one reading level"><textarea name="comment" aria-label="Comment on Children improving one reading level"></textarea></div>
</details>
<details class="gp-sec"><summary>2. Your story</summary>
<label for="went-well">What went well?</label><textarea id="went-well" name="wentWell"></textarea>
<label for="harder">What was harder than expected, and what did you change?</label><textarea id="harder" name="harder"></textarea>
</details>
<details class="gp-sec"><summary>3. Money</summary>
<label for="gp-fin">Upload your financial report</label><input id="gp-fin" type="file" name="financials">
<a class="gp-link" href="/grants/2023-0147/reallocation">Request a budget reallocation</a>
</details>
<div class="gp-actions"><button type="button" class="gp-btn gp-btn--ghost">Preview</button><button type="submit" class="gp-btn" data-testid="submit-report">Submit to foundation</button></div>
</main></div>`,
);

// 18. Peer-to-peer fundraising page editor — incremental edit.
const fundraiseV1 = page(
  'Edit your fundraising page – GiveTogether',
  `<header><a class="logo" href="/">GiveTogether</a><nav><a href="/dashboard">Dashboard</a><a href="/pages" class="active">My pages</a><a href="/donations">Donations</a></nav><a href="/logout">Log out</a></header>
<main>
<h1>Edit page: Sam runs the Great North Run</h1>
<div class="progress"><div class="bar" style="width:62%"></div><p>£620 raised of £1,000 target · 31 supporters</p></div>
<form id="page-editor">
<label for="page-title">Page title</label><input id="page-title" name="title" value="Sam runs the Great North Run">
<label for="target-amount">Fundraising target (£)</label><input id="target-amount" name="target" value="1000">
<label for="event">Event</label><select id="event" name="event"><option selected>Great North Run 2024</option><option>London Marathon 2025</option><option>My own event</option></select>
<label for="story">Your story</label><textarea id="story" name="story">I'm running 13.1 miles for Mind…</textarea>
<label for="cover-photo">Cover photo</label><input id="cover-photo" type="file" name="cover">
<a class="add-team" href="/pages/sam-gnr/team">Add team members</a>
<div class="share"><span>Share:</span><button type="button" class="share-facebook">Facebook</button><button type="button" class="share-x">X</button><button type="button" class="share-whatsapp">WhatsApp</button><button type="button" class="share-copy">Copy link</button></div>
<div class="actions"><button type="button" id="preview-btn">Preview</button><button type="submit" id="publish-btn">Publish changes</button></div>
</form>
<section class="danger card"><h2>Danger zone</h2><button type="button" id="delete-page">Delete this page</button></section>
</main>
<footer><a href="/help">Help</a> · <a href="/fees">Fees</a> · <a href="/terms">Terms</a></footer>`,
);

const fundraiseV2 = edit(fundraiseV1, [
  [
    '<label for="page-title">Page title</label><input id="page-title" name="title"',
    '<label for="fundraiser-name">Fundraiser name</label><input id="fundraiser-name" name="fundraiserName"',
  ],
  [
    '<label for="target-amount">Fundraising target (£)</label><input id="target-amount" name="target" value="1000">',
    '<label for="goal">Goal</label><div class="row"><span>£</span><input id="goal" name="goal" value="1000" inputmode="numeric"></div>',
  ],
  [
    '<label for="story">Your story</label><textarea id="story" name="story">',
    '<label for="story-editor">Tell people why you’re fundraising</label><div class="rte-toolbar"><button type="button" aria-label="Bold">B</button><button type="button" aria-label="Italic">I</button><button type="button" aria-label="Link">🔗</button></div><textarea id="story-editor" name="story_html">',
  ],
  ['<a class="add-team" href="/pages/sam-gnr/team">Add team members</a>\n', ''],
  [
    '<button type="button" class="share-facebook">Facebook</button><button type="button" class="share-x">X</button><button type="button" class="share-whatsapp">WhatsApp</button><button type="button" class="share-copy">Copy link</button>',
    '<button type="button" class="share-btn" aria-label="Share on Facebook">f</button><button type="button" class="share-btn" aria-label="Share on LinkedIn">in</button><button type="button" class="share-btn" aria-label="Share on WhatsApp">w</button><button type="button" class="share-btn" aria-label="Copy page link">⧉</button>',
  ],
  [
    '<button type="button" id="preview-btn">Preview</button><button type="submit" id="publish-btn">Publish changes</button>',
    '<button type="button" class="icon-btn" title="Preview page" aria-label="Preview page">👁</button><button type="submit" id="save-changes">Save changes</button>',
  ],
]);

const part3: PagePair[] = [
  {
    name: 'student-financial-aid-form-b22',
    v1: aidV1,
    v2: aidV2,
    targets: [
      {
        selector: '#marital-status',
        expect: 'select[name="studentMaritalStatus"]',
        change: 'id and name renamed, options expanded',
      },
      {
        selector: 'input[name="veteran"][value="no"]',
        expect: '#q-veteran-no',
        change: 'question broadened to active duty, name and value changed',
      },
      {
        selector: '#household-size',
        expect: 'input[name="familySize"]',
        change: 'household size → family size stepper input with aria-label',
      },
      {
        selector: '#in-college',
        expect: null,
        change: 'number-in-college question dropped; a number-of-parents stepper sits in its place',
      },
      {
        selector: 'a.household-help',
        expect: 'button[aria-label="Help: who counts in your family"]',
        change: 'help text link became a ? icon button',
      },
      { selector: '#btn-next', expect: '[data-testid="continue"]', change: 'Next → Continue, id dropped' },
      {
        selector: '#btn-prev',
        expect: 'a.back-link',
        change: 'Previous button became a Back link at the top',
      },
      {
        selector: 'header a.save-link',
        expect: null,
        change: 'manual save replaced by autosave status text',
      },
    ],
  },
  {
    name: 'adult-education-enrolment-b22',
    v1: adultEdV1,
    v2: adultEdV2,
    targets: [
      {
        selector: 'input[name="start"][value="2024-09-10"]',
        expect: 'input[name="session"][value="LAN-SP1-MAR-TUE"]',
        change: 'start dates became session codes; online class inserted above',
      },
      { selector: '#concession', expect: '#fee-band', change: 'Fee type → Which fee applies to you?' },
      {
        selector: '#discount-code',
        expect: null,
        change: 'discount code removed; a gift voucher field sits in the same row',
      },
      { selector: '#learner-email', expect: 'input[type="email"]', change: 'id renamed' },
      {
        selector: '#learner-postcode',
        expect: 'input[autocomplete="postal-code"]',
        change: 'label Home postcode, id and name renamed',
      },
      { selector: '#enrol-pay', expect: '#checkout', change: 'Enrol and pay → Continue to checkout' },
      {
        selector: 'a.waiting-list',
        expect: 'a.notify-me',
        change: 'Join the waiting list → Tell me when new dates are added',
      },
      {
        selector: 'a.ask-question',
        expect: null,
        change: 'ask-a-question link replaced by a similar-courses link in the same place',
      },
    ],
  },
  {
    name: 'volunteer-hours-timesheet-b22',
    v1: volHoursV1,
    v2: volHoursV2,
    targets: [
      { selector: '#shift-date', expect: '#f-date', change: 'Date → When, id renamed' },
      { selector: '#activity', expect: '#role-picker', change: 'Activity → Volunteer role' },
      {
        selector: '#hours',
        expect: 'input[name="duration"]',
        change: 'hours and minutes merged into a free-text duration',
      },
      {
        selector: '#log-hours',
        expect: '[data-testid="submit-shift"]',
        change: 'Log hours → Add shift',
      },
      {
        selector: 'tr[data-entry="e-552"] a.edit',
        expect: '[data-entry-id="e-552"] button[aria-label="Edit shift"]',
        change: 'table row became a card; text link became icon button',
      },
      {
        selector: 'tr[data-entry="e-552"] a.delete',
        expect: null,
        change: 'delete removed; a Duplicate icon button sits in its slot',
      },
      {
        selector: '#request-certificate',
        expect: 'a.cert_link',
        change: 'request button became a direct download link, moved to stats row',
      },
      { selector: 'a.export-csv', expect: null, change: 'CSV export removed' },
    ],
  },
  {
    name: 'charity-furniture-collection-b22',
    v1: collectionV1,
    v2: collectionV2,
    targets: [
      {
        selector: '#check-area',
        expect: '#postcode-lookup',
        change: 'button shortened to Check postcode, id renamed',
      },
      {
        selector: '#item-sofa',
        expect: 'input[name="items"][value="sofa"]',
        change: 'id dropped, label extended',
      },
      {
        selector: '#item-mattress',
        expect: null,
        change: 'mattresses no longer accepted; a bed-frame checkbox sits in the same slot',
      },
      {
        selector: 'input[name="fire_label"][value="yes"]',
        expect: 'input[name="fireLabelsAttached"][value="yes"]',
        change: 'question reworded, name renamed, option relabelled',
      },
      { selector: '#item-photos', expect: null, change: 'photo upload removed' },
      {
        selector: 'input[name="collection_date"][value="2024-11-12"]',
        expect: 'input[name="slot"][value="2024-11-12"]',
        change: 'name renamed, earlier date inserted above so it moved down',
      },
      { selector: '#floor', expect: '#floor-level', change: 'label shortened, id renamed' },
      {
        selector: '#request-collection',
        expect: 'button.cta-submit',
        change: 'Request collection → Book my collection, id dropped',
      },
    ],
  },
  {
    name: 'grantee-progress-report-b22',
    v1: granteeV1,
    v2: granteeV2,
    targets: [
      { selector: '#report-period', expect: 'select[name="periodId"]', change: 'id and name renamed' },
      {
        selector: 'tr[data-indicator="ind-2"] input.actual',
        expect: '[data-outcome="ind-2"] input[name="achieved"]',
        change: 'outcomes table became cards with a shared input name',
      },
      {
        selector: '#narrative-successes',
        expect: '#went-well',
        change: 'Successes → What went well?',
      },
      {
        selector: '#narrative-challenges',
        expect: '#harder',
        change: 'Challenges → What was harder than expected',
      },
      {
        selector: '#budget-upload',
        expect: 'input[name="financials"]',
        change: 'budget spreadsheet → financial report upload',
      },
      {
        selector: 'a.request-extension',
        expect: null,
        change: 'extension request removed; a budget-reallocation request link sits nearby',
      },
      { selector: '#save-progress', expect: null, change: 'manual save replaced by autosave chip' },
      {
        selector: '#submit-report',
        expect: '[data-testid="submit-report"]',
        change: 'Submit report → Submit to foundation',
      },
    ],
  },
  {
    name: 'peer-fundraising-page-editor-b22',
    v1: fundraiseV1,
    v2: fundraiseV2,
    targets: [
      { selector: '#page-title', expect: '#fundraiser-name', change: 'Page title → Fundraiser name' },
      { selector: '#target-amount', expect: '#goal', change: 'Fundraising target → Goal' },
      {
        selector: '#story',
        expect: 'textarea[name="story_html"]',
        change: 'rich-text toolbar added, id and name renamed',
      },
      {
        selector: 'button.share-x',
        expect: null,
        change: 'X share removed; LinkedIn share icon button in the same slot',
      },
      {
        selector: 'button.share-copy',
        expect: 'button[aria-label="Copy page link"]',
        change: 'text button became icon button',
      },
      { selector: 'a.add-team', expect: null, change: 'team members link removed' },
      {
        selector: '#preview-btn',
        expect: 'button[title="Preview page"]',
        change: 'Preview text became eye icon',
      },
      { selector: '#publish-btn', expect: '#save-changes', change: 'Publish changes → Save changes' },
    ],
  },
];

// 19. Unemployment insurance weekly certification — full rewrite.
const uiV1 = page(
  'Weekly Certification – Department of Labor and Workforce',
  `<header><a class="logo" href="/">State Department of Labor</a><span class="app-name">Unemployment Insurance Online</span><a href="/logout">Log off</a></header>
<div class="sidebar"><h2>My claim</h2><ul><li><a href="/claim/summary">Claim summary</a></li><li><a href="/payments/history">Payment history</a></li><li><a href="/payments/direct-deposit">Change direct deposit</a></li><li><a href="/messages">Correspondence</a></li></ul></div>
<main>
<h1>Weekly certification for week ending 10/19/2024</h1>
<form id="weekly-cert">
<fieldset><legend>1. Were you physically able and available for full-time work each day?</legend><label><input type="radio" name="able_available" value="yes"> Yes</label><label><input type="radio" name="able_available" value="no"> No</label></fieldset>
<fieldset><legend>2. Did you look for work during the week?</legend><label><input type="radio" name="looked_for_work" value="yes"> Yes</label><label><input type="radio" name="looked_for_work" value="no"> No</label></fieldset>
<fieldset><legend>3. Did you refuse any offer of work?</legend><label><input type="radio" name="refused_work" value="yes"> Yes</label><label><input type="radio" name="refused_work" value="no"> No</label></fieldset>
<fieldset><legend>4. Did you work or earn any money?</legend><label><input type="radio" name="worked" value="yes"> Yes</label><label><input type="radio" name="worked" value="no"> No</label><label for="gross-earnings">Gross earnings before deductions</label><input id="gross-earnings" name="gross_earnings"></fieldset>
<h2>Work search contacts</h2>
<table class="work-log"><thead><tr><th>Employer</th><th>Date</th><th>Method</th><th></th></tr></thead><tbody>
<tr><td>Hillside Logistics</td><td>10/14</td><td>Online application</td><td><button type="button" class="remove-contact">Remove</button></td></tr>
<tr><td>Metro Transit</td><td>10/16</td><td>In person</td><td><button type="button" class="remove-contact">Remove</button></td></tr>
<tr><td>Cedar Foods</td><td>10/17</td><td>Email</td><td><button type="button" class="remove-contact">Remove</button></td></tr>
</tbody></table>
<button type="button" id="add-contact">Add employer contact</button>
<label><input type="checkbox" id="certify-true" name="certify"> I certify that my answers are true and correct</label>
<button type="submit" id="submit-cert">Submit certification</button>
</form>
</main>
<footer>Report fraud: <a href="/fraud">Report unemployment fraud</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const uiV2 = page(
  'Request payment · Week ending Oct 19, 2024 · Unemployment',
  `<header class="uic_hdr_2"><a class="uic_brand" href="/">Unemployment Insurance</a><nav class="uic_nav"><a href="/home">Home</a><a href="/payments">Payments</a><a href="/inbox">Inbox</a><a href="/profile">Profile</a><a href="/logout">Sign out</a></nav></header>
<main class="uic_main">
<h1>Request payment for the week of Oct 13–19</h1>
<p class="uic_lead">Answer every question about this week only.</p>
<div class="uic_q"><p class="uic_qt">Were you able to work and available to accept a job?</p><div class="uic_opts"><input type="radio" id="q1-yes" name="q1" value="Y"><label for="q1-yes">Yes</label><input type="radio" id="q1-no" name="q1" value="N"><label for="q1-no">No</label></div></div>
<div class="uic_q"><p class="uic_qt">Did you complete at least 3 work search activities?</p><div class="uic_opts"><input type="radio" id="q2-yes" name="q2" value="Y"><label for="q2-yes">Yes</label><input type="radio" id="q2-no" name="q2" value="N"><label for="q2-no">No</label></div></div>
<div class="uic_q"><p class="uic_qt">Did you start school, college or job training?</p><div class="uic_opts"><input type="radio" id="q3-yes" name="q3" value="Y"><label for="q3-yes">Yes</label><input type="radio" id="q3-no" name="q3" value="N"><label for="q3-no">No</label></div></div>
<div class="uic_q"><p class="uic_qt">Did you work or earn money this week?</p><div class="uic_opts"><input type="radio" id="q4-yes" name="q4" value="Y"><label for="q4-yes">Yes</label><input type="radio" id="q4-no" name="q4" value="N"><label for="q4-no">No</label></div><label for="q4-amt">Total gross pay</label><input id="q4-amt" name="earnings" inputmode="decimal"></div>
<section class="uic_ws"><h2>Work search activities (3)</h2><ul><li>Hillside Logistics · Oct 14 · Applied online</li><li>Metro Transit · Oct 16 · Visited in person</li><li>Cedar Foods · Oct 17 · Emailed resume</li></ul><button type="button" class="uic_link" data-testid="add-activity">+ Add activity</button></section>
<label class="uic_cert"><input type="checkbox" name="attest"> I understand that giving false information is a crime</label>
<button type="submit" class="uic_submit_1">Submit request</button>
</main>
<footer class="uic_ftr"><a href="/fraud">Report fraud</a><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a></footer>`,
);

// 20. Child Benefit claim, child details — incremental edit.
const childBenV1 = page(
  'About the child – Claim Child Benefit – GOV.UK',
  `<header class="govuk-header"><a class="govuk-header__link" href="https://www.gov.uk">GOV.UK</a><span class="govuk-header__service-name">Claim Child Benefit</span></header>
<div class="govuk-width-container">
<a class="govuk-back-link" href="/claim/you">Back</a>
<main class="govuk-main-wrapper">
<span class="govuk-caption-l">Section 3 of 5</span>
<h1 class="govuk-heading-l">About the child</h1>
<form method="post" id="child-form">
<label class="govuk-label" for="child-first-name">First name</label><input class="govuk-input" id="child-first-name" name="childFirstName">
<label class="govuk-label" for="child-last-name">Last name</label><input class="govuk-input" id="child-last-name" name="childLastName">
<label class="govuk-label" for="child-dob">Date of birth</label><input class="govuk-input" id="child-dob" name="childDob" placeholder="DD/MM/YYYY">
<fieldset class="govuk-fieldset"><legend>Sex</legend><label><input type="radio" name="sex" value="female"> Female</label><label><input type="radio" name="sex" value="male"> Male</label></fieldset>
<fieldset class="govuk-fieldset"><legend>Was the birth registered in the UK?</legend><label><input type="radio" name="registered_uk" value="yes"> Yes</label><label><input type="radio" name="registered_uk" value="no"> No</label></fieldset>
<fieldset class="govuk-fieldset"><legend>Is the child adopted?</legend><label><input type="radio" name="adopted" value="yes"> Yes</label><label><input type="radio" name="adopted" value="no"> No</label></fieldset>
<fieldset class="govuk-fieldset"><legend>Does the child live with you?</legend><label><input type="radio" name="lives_with_you" value="yes"> Yes</label><label><input type="radio" name="lives_with_you" value="no"> No</label></fieldset>
<label class="govuk-label" for="relationship">Your relationship to the child</label><select class="govuk-select" id="relationship" name="relationship"><option>Birth parent</option><option>Adoptive parent</option><option>Step-parent</option><option>Grandparent</option><option>Other</option></select>
<div class="govuk-inset-text">If you or your partner earn over £60,000 you may have to pay the High Income Child Benefit Charge.<label><input type="checkbox" id="opt-out-payments" name="opt_out"> I want to claim but not receive payments</label></div>
<button type="button" class="govuk-button govuk-button--secondary" id="add-child-btn">Add another child</button>
<button type="submit" class="govuk-button" id="continue">Continue</button>
<p><a href="/claim/save">Save and come back later</a></p>
</form>
</main></div>
<footer class="govuk-footer"><a href="/help/cookies">Cookies</a> · <a href="/help/accessibility">Accessibility statement</a> · <a href="/help/privacy">Privacy</a></footer>`,
);

const childBenV2 = edit(childBenV1, [
  [
    '<label class="govuk-label" for="child-first-name">First name</label><input class="govuk-input" id="child-first-name" name="childFirstName">\n<label class="govuk-label" for="child-last-name">Last name</label><input class="govuk-input" id="child-last-name" name="childLastName">',
    '<label class="govuk-label" for="child-given-name">First name</label><input class="govuk-input" id="child-given-name" name="child.givenName">\n<label class="govuk-label" for="child-family-name">Last name</label><input class="govuk-input" id="child-family-name" name="child.familyName">',
  ],
  [
    '<label class="govuk-label" for="child-dob">Date of birth</label><input class="govuk-input" id="child-dob" name="childDob" placeholder="DD/MM/YYYY">',
    '<fieldset class="govuk-fieldset" id="child-dob-fieldset" role="group"><legend>Date of birth</legend><div class="govuk-date-input"><label for="dob-day">Day</label><input class="govuk-input govuk-input--width-2" id="dob-day" name="dob.day"><label for="dob-month">Month</label><input class="govuk-input govuk-input--width-2" id="dob-month" name="dob.month"><label for="dob-year">Year</label><input class="govuk-input govuk-input--width-4" id="dob-year" name="dob.year"></div></fieldset>',
  ],
  [
    '<fieldset class="govuk-fieldset"><legend>Is the child adopted?</legend><label><input type="radio" name="adopted" value="yes"> Yes</label><label><input type="radio" name="adopted" value="no"> No</label></fieldset>',
    '<fieldset class="govuk-fieldset"><legend>Is the child being looked after by a local authority?</legend><label><input type="radio" name="inLocalAuthorityCare" value="yes"> Yes</label><label><input type="radio" name="inLocalAuthorityCare" value="no"> No</label></fieldset>',
  ],
  [
    '<legend>Does the child live with you?</legend><label><input type="radio" name="lives_with_you" value="yes"> Yes</label><label><input type="radio" name="lives_with_you" value="no"> No</label>',
    '<legend>Does this child live with you all of the time?</legend><label><input type="radio" name="livesWithYou" value="yes"> Yes</label><label><input type="radio" name="livesWithYou" value="part"> Some of the time</label><label><input type="radio" name="livesWithYou" value="no"> No</label>',
  ],
  [
    '<select class="govuk-select" id="relationship" name="relationship">',
    '<select class="govuk-select" id="relationship-to-child" name="relationshipToChild">',
  ],
  [
    '<div class="govuk-inset-text">If you or your partner earn over £60,000 you may have to pay the High Income Child Benefit Charge.<label><input type="checkbox" id="opt-out-payments" name="opt_out"> I want to claim but not receive payments</label></div>',
    '<div class="govuk-inset-text">You will be asked about the High Income Child Benefit Charge later in this form.</div>',
  ],
  [
    '<button type="button" class="govuk-button govuk-button--secondary" id="add-child-btn">Add another child</button>\n<button type="submit" class="govuk-button" id="continue">Continue</button>',
    '<button type="submit" class="govuk-button" data-module="govuk-button">Save and continue</button>\n<p><a class="govuk-link add-another" href="/claim/child/new">Add details of another child</a></p>',
  ],
]);

// 21. Disability benefit questionnaire — full rewrite.
const pipV1 = page(
  'How your condition affects you – Daily living – Apply for PIP',
  `<header><a class="logo" href="/">GOV.UK</a><span class="service">Apply for Personal Independence Payment</span><a href="/signout">Sign out</a></header>
<main>
<p class="progress-text">Section 4 of 9: Daily living</p>
<h1>How your condition affects you</h1>
<p>Tell us about any difficulties you have with these activities, even if you manage them on your own.</p>
<form id="daily-living">
<section class="activity" id="activity-food"><h2>1. Preparing food</h2>
<label><input type="checkbox" id="food-difficulty" name="food_difficulty"> I have difficulty preparing food</label>
<label><input type="checkbox" id="food-aids" name="food_aids"> I use aids or appliances (for example a perching stool)</label>
<label for="food-frequency">How often do you have difficulty?</label><select id="food-frequency" name="food_frequency"><option>Every day</option><option>Most days</option><option>Some days</option><option>Rarely</option></select>
<label for="food-details">Tell us more</label><textarea id="food-details" name="food_details"></textarea>
</section>
<section class="activity" id="activity-washing"><h2>2. Washing and bathing</h2>
<label><input type="checkbox" id="washing-difficulty" name="washing_difficulty"> I have difficulty washing or bathing</label>
<label><input type="checkbox" id="washing-aids" name="washing_aids"> I use aids or appliances (for example a bath seat)</label>
<label for="washing-details">Tell us more</label><textarea id="washing-details" name="washing_details"></textarea>
</section>
<section class="activity" id="activity-medication"><h2>3. Managing medication</h2>
<label><input type="checkbox" id="medication-difficulty" name="medication_difficulty"> I need help managing medication or treatments</label>
<label for="medication-details">Tell us more</label><textarea id="medication-details" name="medication_details"></textarea>
</section>
<label for="upload-evidence">Upload supporting evidence (optional)</label><input type="file" id="upload-evidence" name="evidence">
<div class="buttons"><a class="back-link" href="/pip/section-3">Back</a><button type="submit" id="save-continue">Save and continue</button></div>
</form>
</main>
<footer><a href="/help">Help</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></footer>`,
);

const pipV2 = page(
  'Daily living – Apply for PIP – GOV.UK',
  `<header class="hdr"><a class="hdr__crown" href="/">GOV.UK</a><span class="hdr__svc">Apply for PIP</span><nav class="hdr__nav"><a href="/pip/tasks">Your application</a><a href="/signout">Sign out</a></nav></header>
<main class="wrap">
<a class="back" href="/pip/tasks">Back to task list</a>
<h1>Daily living activities</h1>
<p class="lede">Answer based on a typical week. Include difficulties you have even if you manage on your own.</p>
<div class="acc">
<section class="acc__item" data-activity="preparing-food"><h2 class="acc__h">Preparing food</h2>
<p id="q-food">Do you have any difficulty preparing or cooking a simple meal?</p>
<div role="radiogroup" aria-labelledby="q-food" class="opts"><label><input type="radio" name="preparingFood.difficulty" value="yes"> Yes</label><label><input type="radio" name="preparingFood.difficulty" value="sometimes"> Sometimes</label><label><input type="radio" name="preparingFood.difficulty" value="no"> No</label></div>
<label><input type="checkbox" name="preparingFood.aids"> I use aids or equipment</label>
<label for="food-duration">How long does it take you compared with most people?</label><select id="food-duration" name="preparingFood.duration"><option>About the same</option><option>Up to twice as long</option><option>More than twice as long</option></select>
<label for="pf-more">Describe what happens</label><textarea id="pf-more" name="preparingFood.details"></textarea>
</section>
<section class="acc__item" data-activity="washing"><h2 class="acc__h">Washing and bathing</h2>
<p id="q-wash">Do you have any difficulty washing or bathing?</p>
<div role="radiogroup" aria-labelledby="q-wash" class="opts"><label><input type="radio" name="washing.difficulty" value="yes"> Yes</label><label><input type="radio" name="washing.difficulty" value="sometimes"> Sometimes</label><label><input type="radio" name="washing.difficulty" value="no"> No</label></div>
<label><input type="checkbox" name="washing.aids"> I use aids or equipment</label>
<label for="wb-more">Describe what happens</label><textarea id="wb-more" name="washing.details"></textarea>
</section>
<section class="acc__item" data-activity="medication"><h2 class="acc__h">Managing treatments</h2>
<p id="q-med">Do you need help to take medication or monitor a health condition?</p>
<div role="radiogroup" aria-labelledby="q-med" class="opts"><label><input type="radio" name="medication.help" value="yes"> Yes</label><label><input type="radio" name="medication.help" value="no"> No</label></div>
<label for="mt-more">Describe what happens</label><textarea id="mt-more" name="medication.details"></textarea>
</section>
</div>
<div class="upload"><h2>Evidence</h2><p>You can add letters from your GP, care plans or prescription lists.</p><label class="upload__btn">Add a file<input type="file" name="evidence[]" multiple></label></div>
<button type="submit" class="btn btn--primary" data-testid="save-continue">Save and continue</button>
</main>
<footer class="ftr"><a href="/help">Help</a><a href="/cookies">Cookies</a><a href="/accessibility">Accessibility</a></footer>`,
);

// 22. SNAP benefits renewal — incremental edit.
const snapV1 = page(
  'SNAP Recertification – Household and Income – MyBenefits',
  `<header><a class="logo" href="/">MyBenefits</a><nav><a href="/dashboard">Dashboard</a><a href="/renew" class="active">Renew benefits</a><a href="/documents">Documents</a><a href="/messages">Messages (2)</a></nav><a href="/logout">Log out</a></header>
<main>
<h1>Renew your SNAP benefits</h1>
<p class="due">Your renewal is due by <strong>November 30</strong>.</p>
<form id="recert-form">
<h2>Household members</h2>
<table class="members"><thead><tr><th>Name</th><th>Relationship</th><th>Still in household?</th></tr></thead><tbody>
<tr data-member="m1"><td>Maria Lopez</td><td>Self</td><td>—</td></tr>
<tr data-member="m2"><td>Daniel Lopez</td><td>Son</td><td><select class="still-in-household" name="m2_still"><option>Yes</option><option>No</option></select></td></tr>
<tr data-member="m3"><td>Rosa Lopez</td><td>Mother</td><td><select class="still-in-household" name="m3_still"><option>Yes</option><option>No</option></select></td></tr>
</tbody></table>
<h2>Income</h2>
<label for="employer-name">Employer name</label><input id="employer-name" name="employer">
<label for="gross-monthly">Monthly gross pay</label><input id="gross-monthly" name="gross_monthly">
<button type="button" id="add-income">Add income</button>
<h2>Shelter and utilities</h2>
<label for="rent">Monthly rent</label><input id="rent" name="rent">
<fieldset><legend>Which utilities do you pay?</legend><label><input type="checkbox" id="util-heat" name="util" value="heat"> Heating or cooling</label><label><input type="checkbox" id="util-phone" name="util" value="phone"> Telephone</label><label><input type="checkbox" id="util-water" name="util" value="water"> Water and sewer</label></fieldset>
<label for="pay-stubs">Upload pay stubs from the last 30 days</label><input id="pay-stubs" type="file" name="stubs">
<fieldset><legend>When can you take an interview call?</legend><label><input type="radio" name="interview_time" value="am"> Morning</label><label><input type="radio" name="interview_time" value="pm"> Afternoon</label></fieldset>
<button type="submit" id="submit-renewal">Submit renewal</button>
</form>
</main>
<footer><a href="/help">Help</a> · <a href="/rights">Your rights and responsibilities</a> · <a href="/nondiscrimination">Nondiscrimination statement</a></footer>`,
);

const snapV2 = edit(snapV1, [
  [
    '<tr><th>Name</th><th>Relationship</th><th>Still in household?</th></tr>',
    '<tr><th>Name</th><th>Relationship</th><th>Lives with you now?</th><th>Buys and prepares food with you?</th></tr>',
  ],
  [
    '<tr data-member="m1"><td>Maria Lopez</td><td>Self</td><td>—</td></tr>',
    '<tr data-member="m1"><td>Maria Lopez</td><td>Self</td><td>—</td><td>—</td></tr>',
  ],
  [
    '<td><select class="still-in-household" name="m2_still"><option>Yes</option><option>No</option></select></td>',
    '<td><select name="m2_status" aria-label="Daniel Lopez lives with you now"><option>Yes</option><option>No</option></select></td><td><select name="m2_purchase" aria-label="Daniel Lopez buys food with you"><option>Yes</option><option>No</option></select></td>',
  ],
  [
    '<td><select class="still-in-household" name="m3_still"><option>Yes</option><option>No</option></select></td>',
    '<td><select name="m3_status" aria-label="Rosa Lopez lives with you now"><option>Yes</option><option>No</option></select></td><td><select name="m3_purchase" aria-label="Rosa Lopez buys food with you"><option>Yes</option><option>No</option></select></td>',
  ],
  [
    '<h2>Income</h2>\n<label for="employer-name">Employer name</label><input id="employer-name" name="employer">\n<label for="gross-monthly">Monthly gross pay</label><input id="gross-monthly" name="gross_monthly">\n<button type="button" id="add-income">Add income</button>',
    '<h2>Jobs and earnings</h2>\n<label for="job-employer">Who do you work for?</label><input id="job-employer" name="jobs[0].employer">\n<label for="job-pay">Pay before taxes</label><input id="job-pay" name="jobs[0].amount"><label for="job-freq">How often are you paid?</label><select id="job-freq" name="jobs[0].frequency"><option>Weekly</option><option>Every 2 weeks</option><option>Twice a month</option><option>Monthly</option></select>\n<button type="button" id="add-job">Add another job</button>',
  ],
  [
    '<label for="rent">Monthly rent</label><input id="rent" name="rent">',
    '<label for="housing-cost">Rent or mortgage each month</label><input id="housing-cost" name="housing_cost">',
  ],
  [
    '<label><input type="checkbox" id="util-phone" name="util" value="phone"> Telephone</label>',
    '<label><input type="checkbox" id="util-internet" name="util" value="internet"> Internet</label>',
  ],
  [
    '<label for="pay-stubs">Upload pay stubs from the last 30 days</label><input id="pay-stubs" type="file" name="stubs">\n<fieldset><legend>When can you take an interview call?</legend><label><input type="radio" name="interview_time" value="am"> Morning</label><label><input type="radio" name="interview_time" value="pm"> Afternoon</label></fieldset>',
    '<label for="income-proof">Upload proof of income</label><input id="income-proof" type="file" name="income_proof" multiple>',
  ],
  [
    '<button type="submit" id="submit-renewal">Submit renewal</button>',
    '<button type="submit" class="btn-primary">Sign and submit</button>',
  ],
]);

// 23. Blue Badge application — full rewrite.
const blueBadgeV1 = page(
  'Apply for a Blue Badge – Eligibility – Westvale Council',
  `<header><a class="logo" href="/">Westvale Council</a><nav><a href="/parking">Parking</a><a href="/social-care">Adult social care</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Apply for a Blue Badge</h1>
<div class="fee-notice card"><p>There is a £10 fee if your application is approved.</p><a class="fee-info" href="/blue-badge/fees">About the fee</a></div>
<form id="bb-eligibility">
<fieldset><legend>Do you receive the Personal Independence Payment (PIP)?</legend><label><input type="radio" name="receives_pip" value="yes"> Yes</label><label><input type="radio" name="receives_pip" value="no"> No</label></fieldset>
<label for="mobility-points">PIP 'moving around' points</label><select id="mobility-points" name="mobility_points"><option>0</option><option>4</option><option>8</option><option>10</option><option>12</option></select>
<label for="walking-distance">How far can you walk without stopping?</label><select id="walking-distance" name="walking_distance"><option>I cannot walk</option><option>Less than 50 metres</option><option>50 to 100 metres</option><option>More than 100 metres</option></select>
<fieldset><legend>Do you use any walking aids?</legend><label><input type="checkbox" id="aid-stick" name="aids" value="stick"> Walking stick</label><label><input type="checkbox" id="aid-frame" name="aids" value="frame"> Walking frame</label><label><input type="checkbox" id="aid-wheelchair" name="aids" value="wheelchair"> Wheelchair</label></fieldset>
<label for="ni-number">National Insurance number</label><input id="ni-number" name="ni">
<label for="photo-upload">Upload a photo of your face</label><input type="file" id="photo-upload" name="photo">
<label for="proof-address">Upload proof of address (council tax bill or utility bill)</label><input type="file" id="proof-address" name="address_proof">
<button type="submit" id="bb-continue">Continue</button>
</form>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/cookies">Cookies</a></footer>`,
);

const blueBadgeV2 = page(
  'Blue Badge application · Westvale',
  `<header class="wv-hdr"><a class="wv-hdr__logo" href="/">Westvale</a><a class="wv-hdr__search" href="/search" aria-label="Search"></a><a class="wv-hdr__menu" href="/menu">Menu</a></header>
<main class="wv-main">
<nav class="wv-steps"><span class="wv-step is-done">Your details</span><span class="wv-step is-current">Eligibility</span><span class="wv-step">Documents</span><span class="wv-step">Check and pay</span></nav>
<h1>Check if you're eligible</h1>
<div class="wv-q"><fieldset><legend>Do you get PIP?</legend><div class="wv-radio"><input id="pip-yes" type="radio" name="pip" value="1"><label for="pip-yes">Yes</label></div><div class="wv-radio"><input id="pip-no" type="radio" name="pip" value="0"><label for="pip-no">No</label></div></fieldset></div>
<div class="wv-q"><label for="pip-score">What did you score for 'moving around'?</label><select id="pip-score" name="pipMovingAroundScore"><option>Not sure</option><option>0</option><option>4</option><option>8</option><option>10</option><option>12</option></select><a href="/blue-badge/find-pip-score">Where to find your score</a></div>
<div class="wv-q"><p id="walk-q">How far can you walk?</p><div role="radiogroup" aria-label="How far can you walk?"><label><input type="radio" name="walk" value="none"> I can't walk at all</label><label><input type="radio" name="walk" value="lt50"> Under 50 metres</label><label><input type="radio" name="walk" value="50-100"> 50–100 metres</label><label><input type="radio" name="walk" value="gt100"> Over 100 metres</label></div></div>
<div class="wv-q"><fieldset><legend>Which of these do you use?</legend><label><input type="checkbox" name="mobilityAids" value="stick"> Stick or crutches</label><label><input type="checkbox" name="mobilityAids" value="frame"> Walking frame or rollator</label><label><input type="checkbox" name="mobilityAids" value="wheelchair"> Wheelchair or scooter</label></fieldset></div>
<div class="wv-q"><label for="national-insurance">National Insurance number</label><input id="national-insurance" name="nino"></div>
<div class="wv-q"><h2>Documents</h2><label for="wv-photo">Passport-style photo</label><input type="file" id="wv-photo" name="photo" accept="image/*"><label for="wv-id">Proof of identity (passport, driving licence or birth certificate)</label><input type="file" id="wv-id" name="identity_proof"><p class="wv-hint">We’ll confirm your address using council tax records.</p></div>
<button type="submit" class="wv-btn">Continue</button>
</main>
<footer class="wv-ftr"><a href="/privacy">Privacy</a><a href="/accessibility">Accessibility</a><a href="/cookies">Cookies</a></footer>`,
);

// 24. Veterans disability claim status — incremental edit.
const vaV1 = page(
  'Check your claim status – VA.gov',
  `<header><a class="logo" href="/">VA.gov</a><nav><a href="/health-care">Health care</a><a href="/disability">Disability</a><a href="/education">Education</a><a href="/records">Records</a></nav><a href="/my-va">My VA</a></header>
<main>
<p class="breadcrumb"><a href="/">VA.gov home</a> › <a href="/track-claims">Check your claims</a> › Claim details</p>
<h1>Your compensation claim</h1>
<div class="claim-summary card"><p>Received on <span class="claim-date">June 3, 2024</span></p><p>Claim type: <span class="claim-type">Compensation</span></p><p>Your representative: <span class="rep">Disabled American Veterans</span></p></div>
<h2>Claim status</h2>
<ol class="claim-steps"><li class="done">Claim received</li><li class="current">Initial review</li><li>Evidence gathering, review, and decision</li><li>Preparation for notification</li><li>Complete</li></ol>
<div class="actions"><button type="button" id="submit-evidence">Submit evidence</button><button type="button" id="request-decision">Ask for your claim decision</button></div>
<h2>Items we need from you</h2>
<ul class="tracked-items">
<li data-item="ti-1">21-4142 Authorization to disclose information · due July 10 <button type="button" class="upload">Upload</button></li>
<li data-item="ti-2">Private medical records · due July 17 <button type="button" class="upload">Upload</button></li>
</ul>
<h2>Documents</h2>
<table id="documents"><thead><tr><th>Document</th><th>Received</th></tr></thead><tbody>
<tr><td><a href="/docs/d-301">VA Form 21-526EZ</a></td><td>June 3, 2024</td></tr>
<tr><td><a href="/docs/d-310">DD214</a></td><td>June 5, 2024</td></tr>
</tbody></table>
<p><a class="print-page" href="#" onclick="window.print()">Print this page</a></p>
<p>Questions? Call <a class="contact-phone" href="tel:8008271000">800-827-1000</a>.</p>
</main>
<footer><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/foia">FOIA</a></footer>`,
);

const vaV2 = edit(vaV1, [
  [
    '<p>Claim type: <span class="claim-type">Compensation</span></p>',
    '<dl class="claim-meta"><dt>Claim type</dt><dd data-field="claim-type">Disability compensation</dd><dt>Filed</dt><dd data-field="filed">June 3, 2024</dd></dl>',
  ],
  [
    '<ol class="claim-steps"><li class="done">Claim received</li><li class="current">Initial review</li><li>Evidence gathering, review, and decision</li><li>Preparation for notification</li><li>Complete</li></ol>',
    '<ol class="claim-phases"><li class="phase">Step 1: Claim received</li><li class="phase" aria-current="step">Step 2: Initial review</li><li class="phase">Step 3: Evidence gathering</li><li class="phase">Step 4: Evidence review</li><li class="phase">Step 5: Rating</li><li class="phase">Step 6: Preparing decision letter</li><li class="phase">Step 7: Final review</li><li class="phase">Step 8: Claim decided</li></ol>',
  ],
  [
    '<div class="actions"><button type="button" id="submit-evidence">Submit evidence</button><button type="button" id="request-decision">Ask for your claim decision</button></div>',
    '<div class="actions"><a class="vads-button" href="/track-claims/123/files">Add documents to this claim</a><button type="button" id="request-letter">Get your claim letters</button></div>',
  ],
  [
    '<li data-item="ti-2">Private medical records · due July 17 <button type="button" class="upload">Upload</button></li>',
    '<li data-item-id="ti-2">Private medical records · due July 17 <a class="item-link" href="/track-claims/123/items/ti-2">Review and upload</a></li>',
  ],
  [
    '<li data-item="ti-1">21-4142 Authorization to disclose information · due July 10 <button type="button" class="upload">Upload</button></li>',
    '<li data-item-id="ti-1">21-4142 Authorization to disclose information · due July 10 <a class="item-link" href="/track-claims/123/items/ti-1">Review and upload</a></li>',
  ],
  [
    '<tr><td><a href="/docs/d-301">VA Form 21-526EZ</a></td><td>June 3, 2024</td></tr>\n<tr><td><a href="/docs/d-310">DD214</a></td><td>June 5, 2024</td></tr>',
    '<tr><td><a href="/docs/d-318">Private medical records – Dr. Alvarez</a></td><td>June 20, 2024</td></tr>\n<tr><td><a href="/docs/d-310">DD214</a></td><td>June 5, 2024</td></tr>\n<tr><td><a href="/docs/d-301">VA Form 21-526EZ</a></td><td>June 3, 2024</td></tr>',
  ],
  ['<p><a class="print-page" href="#" onclick="window.print()">Print this page</a></p>\n', ''],
  [
    '<p>Questions? Call <a class="contact-phone" href="tel:8008271000">800-827-1000</a>.</p>',
    '<section class="need-help"><h2>Need help?</h2><p>Call us at <a href="tel:+18008271000">800-827-1000</a> (TTY: <a href="tel:711">711</a>). We’re here Monday through Friday, 8:00 a.m. to 9:00 p.m. ET.</p></section>',
  ],
]);

const part4: PagePair[] = [
  {
    name: 'unemployment-weekly-certification-b22',
    v1: uiV1,
    v2: uiV2,
    targets: [
      {
        selector: 'input[name="able_available"][value="yes"]',
        expect: '#q1-yes',
        change: 'question reworded, name and value codes changed',
      },
      {
        selector: 'input[name="looked_for_work"][value="yes"]',
        expect: '#q2-yes',
        change: 'question reworded to 3 activities',
      },
      {
        selector: 'input[name="refused_work"][value="no"]',
        expect: null,
        change: 'refused-work question replaced by a school/training question in position 3',
      },
      { selector: '#gross-earnings', expect: 'input[name="earnings"]', change: 'label and id renamed' },
      {
        selector: '#add-contact',
        expect: '[data-testid="add-activity"]',
        change: 'Add employer contact → + Add activity, link styled',
      },
      {
        selector: '#submit-cert',
        expect: 'button.uic_submit_1',
        change: 'Submit certification → Submit request',
      },
      {
        selector: 'a[href="/payments/history"]',
        expect: 'nav a[href="/payments"]',
        change: 'sidebar link moved to top nav, shortened to Payments',
      },
      {
        selector: '.work-log tbody tr:nth-child(2) .remove-contact',
        expect: null,
        change: 'work search table became a read-only list; remove buttons gone',
      },
    ],
  },
  {
    name: 'child-benefit-claim-b22',
    v1: childBenV1,
    v2: childBenV2,
    targets: [
      { selector: '#child-first-name', expect: '#child-given-name', change: 'id and name renamed' },
      {
        selector: '#child-dob',
        expect: '#child-dob-fieldset',
        change: 'single date field split into day/month/year inputs',
      },
      {
        selector: 'input[name="adopted"][value="no"]',
        expect: null,
        change: 'adoption question replaced by a local-authority-care question in the same position',
      },
      {
        selector: 'input[name="lives_with_you"][value="yes"]',
        expect: 'input[name="livesWithYou"][value="yes"]',
        change: 'question reworded, third option added, name camelCased',
      },
      {
        selector: '#relationship',
        expect: 'select[name="relationshipToChild"]',
        change: 'id and name renamed',
      },
      { selector: '#opt-out-payments', expect: null, change: 'opt-out checkbox moved off this page' },
      {
        selector: '#add-child-btn',
        expect: 'a.add-another',
        change: 'secondary button became a link below the submit button',
      },
      {
        selector: 'button#continue',
        expect: 'button[data-module="govuk-button"]',
        change: 'Continue → Save and continue, id dropped',
      },
    ],
  },
  {
    name: 'disability-benefit-questionnaire-b22',
    v1: pipV1,
    v2: pipV2,
    targets: [
      {
        selector: '#food-difficulty',
        expect: '[role="radiogroup"][aria-labelledby="q-food"]',
        change: 'checkbox became a Yes/Sometimes/No question',
      },
      {
        selector: '#food-details',
        expect: 'textarea[name="preparingFood.details"]',
        change: 'Tell us more → Describe what happens, id renamed',
      },
      {
        selector: '#food-frequency',
        expect: null,
        change: 'how-often question replaced by a how-long select in the same place',
      },
      {
        selector: '#washing-aids',
        expect: 'input[name="washing.aids"]',
        change: 'label shortened, id dropped',
      },
      {
        selector: '#activity-medication textarea',
        expect: 'textarea[name="medication.details"]',
        change: 'section renamed Managing treatments',
      },
      {
        selector: '#upload-evidence',
        expect: 'input[name="evidence[]"]',
        change: 'upload moved into an Evidence panel, multiple files',
      },
      {
        selector: '#save-continue',
        expect: '[data-testid="save-continue"]',
        change: 'id replaced by test id',
      },
      {
        selector: 'p.progress-text',
        expect: null,
        change: 'section counter removed in favour of a task list',
      },
    ],
  },
  {
    name: 'snap-benefits-renewal-b22',
    v1: snapV1,
    v2: snapV2,
    targets: [
      {
        selector: 'tr[data-member="m2"] select.still-in-household',
        expect: 'select[name="m2_status"]',
        change: 'class dropped, column reworded, new similar select added beside it',
      },
      { selector: '#employer-name', expect: '#job-employer', change: 'label reworded, indexed name' },
      {
        selector: '#gross-monthly',
        expect: '#job-pay',
        change: 'monthly gross → pay before taxes plus frequency',
      },
      { selector: '#add-income', expect: '#add-job', change: 'Add income → Add another job' },
      { selector: '#rent', expect: '#housing-cost', change: 'rent → rent or mortgage' },
      {
        selector: '#util-phone',
        expect: null,
        change: 'telephone utility removed; internet checkbox sits in its place',
      },
      {
        selector: 'input[name="interview_time"][value="am"]',
        expect: null,
        change: 'interview preference question removed',
      },
      {
        selector: '#submit-renewal',
        expect: 'form button[type="submit"]',
        change: 'Submit renewal → Sign and submit, id dropped',
      },
    ],
  },
  {
    name: 'blue-badge-application-b22',
    v1: blueBadgeV1,
    v2: blueBadgeV2,
    targets: [
      {
        selector: 'input[name="receives_pip"][value="yes"]',
        expect: '#pip-yes',
        change: 'question shortened, name and value changed',
      },
      {
        selector: '#mobility-points',
        expect: 'select[name="pipMovingAroundScore"]',
        change: 'id renamed, Not sure option added',
      },
      {
        selector: '#walking-distance',
        expect: '[role="radiogroup"][aria-label="How far can you walk?"]',
        change: 'select became a radio group',
      },
      {
        selector: '#aid-wheelchair',
        expect: 'input[name="mobilityAids"][value="wheelchair"]',
        change: 'id dropped, label extended',
      },
      { selector: '#ni-number', expect: '#national-insurance', change: 'id and name renamed' },
      { selector: '#photo-upload', expect: 'input[name="photo"]', change: 'moved into a Documents block' },
      {
        selector: '#proof-address',
        expect: null,
        change: 'proof of address dropped; proof of identity upload now sits in its place',
      },
      { selector: '.fee-notice a.fee-info', expect: null, change: 'fee notice removed from this step' },
    ],
  },
  {
    name: 'veterans-claim-status-b22',
    v1: vaV1,
    v2: vaV2,
    targets: [
      {
        selector: 'ol.claim-steps li.current',
        expect: 'ol.claim-phases li[aria-current="step"]',
        change: '5 steps expanded to 8 phases; current marked with aria-current',
      },
      {
        selector: '#submit-evidence',
        expect: 'a.vads-button',
        change: 'button became a link, Submit evidence → Add documents to this claim',
      },
      {
        selector: '#request-decision',
        expect: null,
        change: 'ask-for-decision removed; a claim-letters button sits in the same slot',
      },
      {
        selector: 'li[data-item="ti-2"] button.upload',
        expect: 'li[data-item-id="ti-2"] a.item-link',
        change: 'Upload button → Review and upload link, data attribute renamed',
      },
      {
        selector: '#documents tbody tr:nth-child(1) a',
        expect: 'a[href="/docs/d-301"]',
        change: 'documents re-sorted newest first with a new row',
      },
      { selector: 'a.print-page', expect: null, change: 'print link removed' },
      {
        selector: '.claim-summary .claim-type',
        expect: 'dd[data-field="claim-type"]',
        change: 'inline span became a description list value',
      },
      {
        selector: 'a.contact-phone',
        expect: 'a[href="tel:+18008271000"]',
        change: 'phone link moved into a help section with a TTY link beside it',
      },
    ],
  },
];

export const BLIND22_PAIRS: readonly PagePair[] = [...part1, ...part2, ...part3, ...part4];
