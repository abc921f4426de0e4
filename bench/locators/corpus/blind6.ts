/**
 * Blind corpus 6, sealed: written without looking at the matcher, its tests or
 * its notes. Twenty-four redesign pairs: amateur radio logbook, jury summons
 * response, brewhouse batch log, fishing licence purchase, choir rehearsal
 * register, lost property claim, subtitle editor, wind farm alarm console, dog
 * walker rota, drill core logging, marina berth booking, knitting pattern row
 * counter, passport renewal, food bank parcel allocation, model railway
 * throttle, newsroom rundown, font specimen tester, customs declaration,
 * regatta race entry, archive reading room request, game server panel, theatre
 * lighting cue list, carbon footprint calculator and winter gritting dispatch.
 */
import { edit, type PagePair, page } from './page.js';

// ---------------------------------------------------------------- amateur radio logbook

const hamV1 = page(
  'Logbook — G4KQZ — QSOdesk',
  `<header><a href="/" class="brand">QSOdesk</a><nav><a href="/log">Logbook</a><a href="/awards">Awards</a><a href="/cluster">DX cluster</a><a href="/stations">My stations</a></nav><span class="muted">G4KQZ · IO91</span><a href="/signout" id="signout">Sign out</a></header>
<main><h1>Logbook</h1>
<section class="card new-qso"><h2>New contact</h2>
<div class="grid3">
<div><label for="call-input">Callsign</label> <input id="call-input" name="call" placeholder="e.g. JA1ABC"></div>
<div><label for="freq">Frequency (MHz)</label> <input id="freq" name="freq" value="14.074"></div>
<div><label for="qso-time">Time (UTC)</label> <input id="qso-time" name="time" value="18:42"></div>
</div>
<fieldset><legend>Band</legend>
<label><input type="radio" name="band" id="band-40m" value="40m"> 40m</label>
<label><input type="radio" name="band" id="band-20m" value="20m" checked> 20m</label>
<label><input type="radio" name="band" id="band-15m" value="15m"> 15m</label>
<label><input type="radio" name="band" id="band-10m" value="10m"> 10m</label>
</fieldset>
<div class="row"><label for="mode">Mode</label><select id="mode" name="mode"><option>SSB</option><option>CW</option><option selected>FT8</option><option>RTTY</option></select>
<label for="rst-s">RST sent</label><input id="rst-s" name="rst_sent" value="-10" size="4">
<label for="rst-r">RST rcvd</label><input id="rst-r" name="rst_rcvd" value="-14" size="4"></div>
<div class="row"><button type="button" id="log-qso" class="btn primary">Log QSO</button><button type="reset" class="btn">Clear</button></div>
</section>
<div class="row toolbar"><input type="search" id="log-search" placeholder="Search log"><button id="export-adif" class="btn">Export ADIF</button><button id="upload-lotw" class="btn">Upload to LoTW</button></div>
<table class="log"><thead><tr><th>Date</th><th>Call</th><th>Band</th><th>Mode</th><th></th></tr></thead><tbody>
<tr data-qso="4412"><td>2025-03-02</td><td>VK2DX</td><td>20m</td><td>FT8</td><td><a href="/log/4412/edit" class="edit">Edit</a> <a href="/log/4412/qsl" class="qsl">Request QSL</a> <button class="del">Delete</button></td></tr>
<tr data-qso="4411"><td>2025-03-02</td><td>JA1XYZ</td><td>15m</td><td>CW</td><td><a href="/log/4411/edit" class="edit">Edit</a> <a href="/log/4411/qsl" class="qsl">Request QSL</a> <button class="del">Delete</button></td></tr>
<tr data-qso="4410"><td>2025-03-01</td><td>W1AW</td><td>20m</td><td>SSB</td><td><a href="/log/4410/edit" class="edit">Edit</a> <a href="/log/4410/qsl" class="qsl">Request QSL</a> <button class="del">Delete</button></td></tr>
<tr data-qso="4409"><td>2025-03-01</td><td>ZS6EZ</td><td>40m</td><td>FT8</td><td><a href="/log/4409/edit" class="edit">Edit</a> <a href="/log/4409/qsl" class="qsl">Request QSL</a> <button class="del">Delete</button></td></tr>
</tbody></table>
<p class="muted">Showing 4 of 2,318 contacts · <a href="/log?page=2">Older</a></p>
</main>
<footer>QSOdesk is run by volunteers · <a href="/help">Help</a></footer>`,
);

const hamV2 = page(
  'G4KQZ logbook · QSOdesk',
  `<header><a href="/" class="brand">QSOdesk</a><nav><a href="/log">Log</a><a href="/awards">Awards</a><a href="/cluster">Spots</a><a href="/stations">Stations</a></nav><button type="button" class="account" aria-label="Account menu for G4KQZ">G4KQZ</button></header>
<main><div class="row"><h1>Log</h1><span class="badge">2,318 QSOs</span></div>
<div class="row toolbar"><input type="search" name="q" placeholder="Find a callsign, grid or country" aria-label="Find in log">
<div class="menu" role="menu" aria-label="Export"><button type="button" role="menuitem" data-format="adi">Download .adi</button><button type="button" role="menuitem" data-format="csv">Download .csv</button><button type="button" role="menuitem" data-format="cabrillo">Cabrillo (contest)</button></div>
<button type="button" class="btn sync" data-service="lotw">Sync LoTW</button><button type="button" class="btn sync" data-service="clublog">Sync Club Log</button></div>
<form class="card quick-entry" aria-label="Quick entry">
<div class="row"><input id="dx-call" name="call" placeholder="Call" aria-label="Their callsign"><input name="freq" value="14.074" aria-label="Frequency in MHz"><input name="time" value="18:42" aria-label="UTC time"></div>
<div class="row seg" role="group" aria-label="Band"><button type="button" data-band="80m">80</button><button type="button" data-band="40m">40</button><button type="button" data-band="20m" aria-pressed="true">20</button><button type="button" data-band="15m">15</button><button type="button" data-band="10m">10</button></div>
<div class="row"><select name="mode" aria-label="Mode"><option>SSB</option><option>CW</option><option selected>FT8</option><option>FT4</option></select>
<input name="rst_sent" value="-10" aria-label="Report sent" size="4"><input name="rst_rcvd" value="-14" aria-label="Report received" size="4">
<button type="submit" class="save-contact">Save contact</button></div>
</form>
<ul class="qso-list">
<li class="card" data-id="4411"><strong>JA1XYZ</strong> <span>15m CW · Japan · 2 Mar</span> <span class="badge">eQSL ✓</span><button type="button" aria-label="Edit JA1XYZ">✎</button><button type="button" aria-label="Remove JA1XYZ">🗑</button></li>
<li class="card" data-id="4412"><strong>VK2DX</strong> <span>20m FT8 · Australia · 2 Mar</span> <span class="badge">eQSL pending</span><button type="button" aria-label="Edit VK2DX">✎</button><button type="button" aria-label="Remove VK2DX">🗑</button></li>
<li class="card" data-id="4410"><strong>W1AW</strong> <span>20m SSB · United States · 1 Mar</span> <span class="badge">eQSL ✓</span><button type="button" aria-label="Edit W1AW">✎</button><button type="button" aria-label="Remove W1AW">🗑</button></li>
<li class="card" data-id="4409"><strong>ZS6EZ</strong> <span>40m FT8 · South Africa · 1 Mar</span> <span class="badge">eQSL pending</span><button type="button" aria-label="Edit ZS6EZ">✎</button><button type="button" aria-label="Remove ZS6EZ">🗑</button></li>
</ul>
<button type="button" class="btn more">Load older contacts</button>
</main>
<footer>Run by volunteers · <a href="/help">Help</a> · <a href="/signout">Sign out</a></footer>`,
);

const hamPair: PagePair = {
  name: 'ham-radio-logbook',
  v1: hamV1,
  v2: hamV2,
  targets: [
    {
      selector: '#call-input',
      expect: '#dx-call',
      change: 'callsign field id renamed, label moved to aria-label',
    },
    {
      selector: '#band-20m',
      expect: 'button[data-band="20m"]',
      change: 'band radios became a segmented button row, 80m added',
    },
    {
      selector: '#log-qso',
      expect: 'button.save-contact',
      change: 'Log QSO relabelled Save contact, moved into a row',
    },
    {
      selector: 'tr[data-qso="4411"] a.edit',
      expect: 'li[data-id="4411"] button[aria-label="Edit JA1XYZ"]',
      change: 'table became cards, row re-sorted, edit link became pencil icon button',
    },
    {
      selector: '.new-qso button[type="reset"]',
      expect: null,
      change: 'Clear button removed from the entry form',
    },
    {
      selector: 'tr[data-qso="4410"] a.qsl',
      expect: null,
      change: 'QSL request links removed, eQSL status badge shown instead',
    },
    {
      selector: '#export-adif',
      expect: 'button[data-format="adi"]',
      change: 'export button became first item of an export menu',
    },
    {
      selector: '#signout',
      expect: 'footer a[href="/signout"]',
      change: 'sign out moved from header to footer',
    },
  ],
};

// ---------------------------------------------------------------- jury summons response

const juryV1 = page(
  'Reply to your jury summons - GOV.UK',
  `<header><a href="https://www.gov.uk" class="logo">GOV.UK</a><span>Reply to a jury summons</span></header>
<main><a href="/start" class="back">Back</a>
<h1>Reply to your jury summons</h1>
<p>You must reply within 7 days of receiving your summons.</p>
<form id="summons-form">
<label for="juror-no">Juror number</label><input id="juror-no" name="juror_number" maxlength="9">
<label for="surname">Last name</label><input id="surname" name="last_name">
<label for="postcode">Postcode</label><input id="postcode" name="postcode">
<fieldset><legend>Can you do jury service on the date shown?</legend>
<label><input type="radio" name="response" id="resp-attend" value="attend"> I can attend</label>
<label><input type="radio" name="response" id="resp-defer" value="defer"> I need to defer</label>
<label><input type="radio" name="response" id="resp-excuse" value="excuse"> I want to be excused</label>
<label><input type="radio" name="response" id="resp-ineligible" value="ineligible"> I am not eligible</label>
</fieldset>
<label for="defer-week">If deferring, which week would you prefer?</label>
<select id="defer-week" name="deferral_week"><option value="">Choose a week</option><option>Monday 7 July</option><option>Monday 14 July</option><option>Monday 4 August</option></select>
<fieldset><legend>Do you need any help at court?</legend>
<label><input type="checkbox" id="needs-step-free" name="needs" value="step-free"> Step-free access</label>
<label><input type="checkbox" id="needs-hearing-loop" name="needs" value="loop"> Hearing loop</label>
<label><input type="checkbox" id="needs-large-print" name="needs" value="large-print"> Large print documents</label>
</fieldset>
<label for="phone">Phone number</label><input id="phone" name="phone" type="tel">
<button type="submit" id="send-reply" class="button">Send my reply</button>
</form>
<p><a href="/expenses" id="expenses-link">What you can claim in expenses</a></p>
<p><a href="/contact" id="contact-bureau">Contact the Jury Central Summoning Bureau</a></p>
</main>
<footer><a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility statement</a> · Crown copyright</footer>`,
);

const juryV2 = page(
  'Respond to jury summons – GOV.UK',
  `<header><a href="https://www.gov.uk" class="logo">GOV.UK</a><span>Respond to a jury summons</span><span class="badge">Beta</span></header>
<main><a href="/start" class="govuk-back-link">Back</a>
<h1>Respond to your jury summons</h1>
<div class="grid"><section>
<h2>Your details</h2>
<label for="juror-number">Juror number</label><p class="muted">This is on the top right of your summons letter</p><input id="juror-number" name="jurorNumber" inputmode="numeric">
<label for="last-name">Last name</label><input id="last-name" name="lastName">
<label for="juror-postcode">Postcode</label><input id="juror-postcode" name="postcode" autocomplete="postal-code">
<label for="juror-phone">Main phone</label><input id="juror-phone" name="phone" type="tel">
</section>
<section><h2>Your answer</h2>
<fieldset><legend>Can you start jury service on Monday 16 June?</legend>
<div class="govuk-radios__item"><input type="radio" name="reply" id="reply-yes" value="yes"><label for="reply-yes">Yes, I can start on this date</label></div>
<div class="govuk-radios__item"><input type="radio" name="reply" id="reply-change" value="change-dates"><label for="reply-change">No, I need to change my dates</label></div>
<div class="govuk-radios__item"><input type="radio" name="reply" id="reply-excusal" value="excusal"><label for="reply-excusal">No, I want to ask to be excused</label></div>
</fieldset>
<p class="muted">Not sure if you can serve? <a href="/eligibility">Check if you're eligible</a></p>
<fieldset><legend>Other dates you could do</legend>
<label for="alt-date-1">First choice</label><select id="alt-date-1" name="altDate1"><option value="">Select</option><option>Mon 7 Jul</option><option>Mon 14 Jul</option><option>Mon 4 Aug</option></select>
<label for="alt-date-2">Second choice</label><select id="alt-date-2" name="altDate2"><option value="">Select</option><option>Mon 7 Jul</option><option>Mon 14 Jul</option><option>Mon 4 Aug</option></select>
<label for="alt-date-3">Third choice</label><select id="alt-date-3" name="altDate3"><option value="">Select</option><option>Mon 7 Jul</option><option>Mon 14 Jul</option><option>Mon 4 Aug</option></select>
</fieldset>
</section></div>
<section><h2>Help at court</h2>
<div class="govuk-checkboxes__item"><input type="checkbox" id="help-mobility" name="adjustments" value="mobility"><label for="help-mobility">I use a wheelchair or need step-free access</label></div>
<div class="govuk-checkboxes__item"><input type="checkbox" id="help-print" name="adjustments" value="print"><label for="help-print">I need documents in large print</label></div>
<div class="govuk-checkboxes__item"><input type="checkbox" id="help-bsl" name="adjustments" value="bsl"><label for="help-bsl">I need a British Sign Language interpreter</label></div>
<label for="help-other">Anything else we should know?</label><textarea id="help-other" name="adjustmentsOther" rows="2"></textarea>
</section>
<div class="row"><button type="submit" class="govuk-button" data-module="govuk-button">Submit response</button><a href="/save" class="govuk-link">Save and come back later</a></div>
<h2>Get help</h2>
<ul><li><a href="/expenses">Expenses you can claim</a></li><li><a href="/contact">Contact us</a></li></ul>
</main>
<footer><a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a> · © Crown copyright</footer>`,
);

const juryPair: PagePair = {
  name: 'jury-summons-response',
  v1: juryV1,
  v2: juryV2,
  targets: [
    {
      selector: '#juror-no',
      expect: '#juror-number',
      change: 'juror number field id and name renamed, hint added',
    },
    {
      selector: '#resp-attend',
      expect: '#reply-yes',
      change: 'I can attend reworded Yes, I can start on this date',
    },
    { selector: '#resp-defer', expect: '#reply-change', change: 'defer reworded to change my dates' },
    {
      selector: '#resp-ineligible',
      expect: null,
      change: 'not-eligible option removed, eligibility checker link added',
    },
    {
      selector: '#defer-week',
      expect: '#alt-date-1',
      change: 'single deferral week select became three ranked choices',
    },
    {
      selector: '#needs-step-free',
      expect: '#help-mobility',
      change: 'step-free checkbox relabelled as wheelchair or step-free access',
    },
    {
      selector: '#needs-hearing-loop',
      expect: null,
      change: 'hearing loop option dropped, BSL interpreter option added',
    },
    {
      selector: '#send-reply',
      expect: 'button.govuk-button',
      change: 'Send my reply became Submit response',
    },
  ],
};

// ---------------------------------------------------------------- brewhouse batch log

const brewV1 = page(
  'Batch #217 Hazy Harbour IPA — BrewLog',
  `<header><a href="/" class="brand">BrewLog</a><nav><a href="/batches">Batches</a><a href="/recipes">Recipes</a><a href="/tanks">Tanks</a><a href="/inventory">Inventory</a></nav></header>
<main><h1>Batch #217 — Hazy Harbour IPA</h1><p class="muted">Brewed 12 May · 20 hL · Brewer: Sam</p>
<section><h2>Brew day</h2>
<table class="steps"><tr><th>Step</th><th>Target</th><th>Status</th><th></th></tr>
<tr class="step-mash"><td>Mash in</td><td>66 °C · 60 min</td><td>Done</td><td><button class="done" disabled>Mark done</button></td></tr>
<tr class="step-boil"><td>Boil</td><td>60 min</td><td>In progress</td><td><button class="done">Mark done</button></td></tr>
<tr class="step-whirlpool"><td>Whirlpool</td><td>80 °C · 20 min</td><td>Waiting</td><td><button class="done">Mark done</button></td></tr>
<tr class="step-knockout"><td>Knock out</td><td>18 °C</td><td>Waiting</td><td><button class="done">Mark done</button></td></tr>
</table></section>
<section><h2>Hop additions</h2>
<ul class="hops">
<li>Magnum · 60 min · 1.2 kg <a href="#" class="remove">Remove</a></li>
<li>Citra · 15 min · 3.0 kg <a href="#" class="remove">Remove</a></li>
<li>Mosaic · whirlpool · 4.0 kg <a href="#" class="remove">Remove</a></li>
<li>Galaxy · dry hop day 3 · 5.0 kg <a href="#" class="remove">Remove</a></li>
</ul>
<button id="add-hop" class="btn">Add hop addition</button></section>
<section><h2>Readings</h2>
<div class="row"><label for="og-input">Original gravity</label><input id="og-input" name="og" value="1.064">
<label for="fg-input">Final gravity</label><input id="fg-input" name="fg" placeholder="—"></div>
<div class="row"><label for="yeast">Yeast</label><select id="yeast" name="yeast"><option>London Ale III</option><option selected>Verdant IPA</option><option>US-05</option></select>
<label for="pitch-temp">Pitch temp (°C)</label><input id="pitch-temp" name="pitch_temp" value="19"></div>
</section>
<div class="row actions"><button id="save-batch" class="btn primary">Save batch</button><button id="print-sheet" class="btn">Print brew sheet</button><button id="transfer-tank" class="btn">Transfer to tank</button></div>
</main>
<footer>BrewLog · <a href="/support">Support</a></footer>`,
);

const brewV2 = page(
  'Hazy Harbour IPA · #217 · BrewLog',
  `<header><a href="/" class="brand">BrewLog</a><nav><a href="/batches">Production</a><a href="/recipes">Recipes</a><a href="/tanks">Cellar</a><a href="/inventory">Stock</a></nav></header>
<main><div class="row"><h1>Hazy Harbour IPA</h1><span class="badge">#217</span><span class="badge">Boiling</span>
<div class="menu" role="menu" aria-label="Batch actions"><button role="menuitem" class="mi-duplicate">Duplicate batch</button><button role="menuitem" class="mi-sheet">Brew sheet (PDF)</button><button role="menuitem" class="mi-archive">Archive</button></div></div>
<p class="muted">12 May · 20 hL · Sam</p>
<div class="grid"><section><h2>Process</h2>
<ol class="timeline">
<li data-step="mash"><strong>Mash in</strong> <span>66 °C for 60 min</span> <span class="badge">✓ 07:40</span></li>
<li data-step="boil"><strong>Boil</strong> <span>60 min</span> <button type="button" class="complete">Complete</button></li>
<li data-step="hopstand"><strong>Hop stand</strong> <span>80 °C for 30 min</span> <button type="button" class="complete">Complete</button></li>
<li data-step="knockout"><strong>Knock out</strong> <span>to 18 °C</span> <button type="button" class="complete">Complete</button></li>
</ol></section>
<section><h2>Hops</h2>
<ul class="hop-bill">
<li data-hop="galaxy-dh3">Galaxy — dry hop (day 3) — 5 kg <button type="button" aria-label="Remove Galaxy, dry hop">×</button></li>
<li data-hop="mosaic-hs">Mosaic — hop stand — 4 kg <button type="button" aria-label="Remove Mosaic, hop stand">×</button></li>
<li data-hop="citra-15">Citra — 15 min — 3 kg <button type="button" aria-label="Remove Citra, 15 min">×</button></li>
<li data-hop="magnum-60">Magnum — 60 min — 1.2 kg <button type="button" aria-label="Remove Magnum, 60 min">×</button></li>
</ul>
<button type="button" class="add-hop">+ Add hops</button></section></div>
<section class="card"><h2>Gravity &amp; yeast</h2>
<div class="row"><label for="reading-og">OG</label><input id="reading-og" name="original_gravity" value="1.064"><label for="reading-fg">FG</label><input id="reading-fg" name="final_gravity">
<div role="group" aria-label="Units" class="seg"><button type="button" aria-pressed="true">SG</button><button type="button">°Plato</button></div></div>
<div class="row"><label for="strain">Strain</label><select id="strain" name="yeast_strain"><option>London Ale III</option><option selected>Verdant IPA</option><option>US-05</option><option>Kveik Voss</option></select>
<label for="pitch">Pitch °C</label><input id="pitch" name="pitch_temp" value="19"></div></section>
<div class="row actions"><label for="fv">Fermenter</label><select id="fv" name="fv"><option>FV3</option><option>FV4</option></select><button type="button" class="move-fv">Move to fermenter</button><button type="button" class="btn primary save">Save</button></div>
</main>
<footer>BrewLog · <a href="/support">Help</a></footer>`,
);

const brewPair: PagePair = {
  name: 'brewhouse-batch-log',
  v1: brewV1,
  v2: brewV2,
  targets: [
    { selector: '#og-input', expect: '#reading-og', change: 'OG input renamed and label shortened' },
    {
      selector: 'tr.step-boil button.done',
      expect: 'li[data-step="boil"] button.complete',
      change: 'step table became a timeline, Mark done became Complete',
    },
    {
      selector: 'tr.step-whirlpool button.done',
      expect: null,
      change: 'whirlpool step removed, hop stand step in its place',
    },
    {
      selector: 'ul.hops li:nth-child(2) a.remove',
      expect: 'li[data-hop="citra-15"] button',
      change: 'hop list reversed, Remove link became × icon button',
    },
    { selector: '#yeast', expect: '#strain', change: 'yeast select renamed Strain, option added' },
    {
      selector: '#print-sheet',
      expect: 'button.mi-sheet',
      change: 'print button moved into batch actions menu as Brew sheet (PDF)',
    },
    {
      selector: '#transfer-tank',
      expect: 'button.move-fv',
      change: 'Transfer to tank became Move to fermenter beside a tank picker',
    },
    {
      selector: 'tr.step-mash button.done',
      expect: null,
      change: 'finished step shows a completion time instead of a disabled button',
    },
  ],
};

// ---------------------------------------------------------------- fishing licence

const fishV1 = page(
  'Buy a rod fishing licence',
  `<header><a href="/" class="logo">Environment Agency</a><span>Get a fishing licence</span></header>
<main><h1>Buy a rod fishing licence</h1>
<p>You need a licence to fish for salmon, trout, freshwater fish, smelt or eel in England.</p>
<form>
<fieldset><legend>Which licence do you need?</legend>
<label><input type="radio" name="type" id="type-coarse2" value="c2"> Trout and coarse, up to 2 rods</label>
<label><input type="radio" name="type" id="type-coarse3" value="c3"> Trout and coarse, up to 3 rods</label>
<label><input type="radio" name="type" id="type-salmon" value="s"> Salmon and sea trout</label>
</fieldset>
<fieldset><legend>How long for?</legend>
<label><input type="radio" name="length" id="dur-1day" value="1"> 1 day</label>
<label><input type="radio" name="length" id="dur-8day" value="8"> 8 days</label>
<label><input type="radio" name="length" id="dur-12m" value="365"> 12 months</label>
</fieldset>
<label for="start-date">Licence starts</label><input type="date" id="start-date" name="start">
<fieldset><legend>Concessions</legend>
<label><input type="checkbox" id="conc-junior" name="conc" value="junior"> Junior (13 to 16)</label>
<label><input type="checkbox" id="conc-senior" name="conc" value="senior"> Senior (66 or over)</label>
<label><input type="checkbox" id="conc-disabled" name="conc" value="disabled"> Disabled (Blue Badge or PIP)</label>
</fieldset>
<label for="email">Email for your licence</label><input id="email" name="email" type="email">
<div class="row"><button type="submit" id="buy-licence">Buy licence</button><span class="muted">Price shown at checkout</span></div>
</form>
<p><a href="/fisheries" class="fishery-finder">Find a fishery near you</a> · <a href="/byelaws">Fishing rules</a></p>
</main>
<footer>© Environment Agency</footer>`,
);

const fishV2 = page(
  'Get a fishing licence – GOV.UK',
  `<header><a href="/" class="logo">GOV.UK</a><span>Get a fishing licence</span></header>
<main><h1>Choose your licence</h1>
<div class="grid3 licence-cards">
<div class="card"><h3>Trout and coarse</h3><p>Up to 2 rods</p><p class="price">from £7.20</p><button type="button" data-licence="coarse-2">Choose</button></div>
<div class="card"><h3>Trout and coarse</h3><p>Up to 3 rods</p><p class="price">from £10.25</p><button type="button" data-licence="coarse-3">Choose</button></div>
<div class="card"><h3>Salmon and sea trout</h3><p>Includes trout and coarse</p><p class="price">from £14.25</p><button type="button" data-licence="salmon">Choose</button></div>
</div>
<h2>Licence length</h2>
<div class="row seg" role="group" aria-label="Licence length"><button type="button" data-length="1">1 day</button><button type="button" data-length="365">12 months</button><button type="button" data-length="dd">12 months, renews automatically</button></div>
<div class="grid"><div><label for="licence-start">Start date</label><input type="date" id="licence-start" name="startDate"></div>
<div><label for="dob">Date of birth</label><input type="date" id="dob" name="dob"><p class="muted">We use this to apply junior and senior discounts</p></div></div>
<div class="row"><input type="checkbox" id="pip-dla" name="benefit"><label for="pip-dla">I get Personal Independence Payment, Disability Living Allowance or have a Blue Badge</label></div>
<label for="contact">Email or mobile number</label><input id="contact" name="contact">
<div class="row"><button type="button" class="pay">Continue to payment</button></div>
<aside class="card"><h3>Before you go</h3><a href="/where-to-fish">Where can I fish?</a><br><a href="/rules">Rules and byelaws</a></aside>
</main>
<footer>© Crown copyright</footer>`,
);

const fishPair: PagePair = {
  name: 'fishing-licence-purchase',
  v1: fishV1,
  v2: fishV2,
  targets: [
    {
      selector: '#type-salmon',
      expect: 'button[data-licence="salmon"]',
      change: 'licence radios became cards with Choose buttons',
    },
    {
      selector: '#type-coarse3',
      expect: 'button[data-licence="coarse-3"]',
      change: 'radio became card Choose button',
    },
    { selector: '#dur-8day', expect: null, change: '8-day licence withdrawn, auto-renew option added' },
    {
      selector: '#dur-12m',
      expect: 'button[data-length="365"]',
      change: 'length radios became segmented buttons',
    },
    {
      selector: '#conc-senior',
      expect: null,
      change: 'senior concession checkbox removed, age now taken from date of birth',
    },
    {
      selector: '#conc-disabled',
      expect: '#pip-dla',
      change: 'disability concession reworded around benefits',
    },
    { selector: '#buy-licence', expect: 'button.pay', change: 'Buy licence became Continue to payment' },
    {
      selector: 'a.fishery-finder',
      expect: 'a[href="/where-to-fish"]',
      change: 'fishery finder link reworded and moved to a side card',
    },
  ],
};

// ---------------------------------------------------------------- choir rehearsal register

const choirV1 = page(
  'Register — St Cuthbert Community Choir',
  `<header><strong>St Cuthbert Community Choir</strong><nav class="tabs"><a href="/register" class="active">Register</a><a href="/music">Music</a><a href="/concerts" class="concert-link">Concerts</a><a href="/members">Members</a></nav></header>
<main><h1>Rehearsal register</h1>
<div class="row"><label for="rehearsal">Rehearsal</label><select id="rehearsal" name="rehearsal"><option>Tue 3 June</option><option selected>Tue 10 June</option><option>Tue 17 June</option></select>
<button id="mark-all" class="btn">Mark all present</button><button id="print-signin" class="btn">Print sign-in sheet</button></div>
<table class="register"><thead><tr><th>Name</th><th>Part</th><th>Present</th><th></th></tr></thead><tbody>
<tr id="row-201"><td>Ruth Adeyemi</td><td>Soprano 1</td><td><input type="checkbox" name="present" value="m-201" checked></td><td><a href="#" class="remind">Remind</a></td></tr>
<tr id="row-207"><td>Helen Marsh</td><td>Soprano 2</td><td><input type="checkbox" name="present" value="m-207"></td><td><a href="#" class="remind">Remind</a></td></tr>
<tr id="row-203"><td>Priya Shah</td><td>Alto</td><td><input type="checkbox" name="present" value="m-203"></td><td><a href="#" class="remind">Remind</a></td></tr>
<tr id="row-210"><td>Jo Bell</td><td>Alto</td><td><input type="checkbox" name="present" value="m-210" checked></td><td><a href="#" class="remind">Remind</a></td></tr>
<tr id="row-118"><td>Tom Okafor</td><td>Tenor</td><td><input type="checkbox" name="present" value="m-118"></td><td><a href="#" class="remind">Remind</a></td></tr>
<tr id="row-122"><td>Gareth Lloyd</td><td>Bass</td><td><input type="checkbox" name="present" value="m-122" checked></td><td><a href="#" class="remind">Remind</a></td></tr>
</tbody></table>
<div class="row"><button id="add-guest" class="btn">Add guest singer</button><button id="save-register" class="btn primary">Save register</button></div>
<p class="muted">12 of 38 members marked present.</p>
</main>
<footer>Registered charity 1160021 · <a href="/privacy">Privacy</a></footer>`,
);

const choirV2 = page(
  'St Cuthbert Choir · Attendance',
  `<header><strong>St Cuthbert Choir</strong><div role="tablist" class="row"><button role="tab" data-tab="attendance" aria-selected="true">Attendance</button><button role="tab" data-tab="music">Scores &amp; parts</button><button role="tab" data-tab="events">Events</button><button role="tab" data-tab="people">People</button></div></header>
<main><div class="row"><h1>Attendance</h1><label for="session-date" class="muted">Session</label><input type="date" id="session-date" name="session" value="2025-06-10">
<span class="badge">Saved automatically</span></div>
<div class="row toolbar"><button type="button" class="copy-last">Copy last week</button><button type="button" class="csv">Download CSV</button><button type="button" class="add-visitor">Add a visitor</button></div>
<section><h2>Sopranos</h2><div class="grid">
<div class="card"><span>Ruth Adeyemi</span> <button type="button" data-member="201" aria-pressed="true">Here</button><button type="button" aria-label="Message Ruth Adeyemi">✉</button></div>
<div class="card"><span>Helen Marsh</span> <button type="button" data-member="207" aria-pressed="false">Here</button><button type="button" aria-label="Message Helen Marsh">✉</button></div>
</div></section>
<section><h2>Altos</h2><div class="grid">
<div class="card"><span>Jo Bell</span> <button type="button" data-member="210" aria-pressed="true">Here</button><button type="button" aria-label="Message Jo Bell">✉</button></div>
<div class="card"><span>Priya Shah</span> <button type="button" data-member="203" aria-pressed="false">Here</button><button type="button" aria-label="Message Priya Shah">✉</button></div>
</div></section>
<section><h2>Tenors &amp; basses</h2><div class="grid">
<div class="card"><span>Gareth Lloyd</span> <button type="button" data-member="122" aria-pressed="true">Here</button><button type="button" aria-label="Message Gareth Lloyd">✉</button></div>
<div class="card"><span>Tom Okafor</span> <button type="button" data-member="118" aria-pressed="false">Here</button><button type="button" aria-label="Message Tom Okafor">✉</button></div>
</div></section>
</main>
<footer>Charity 1160021 · <a href="/privacy">Privacy</a></footer>`,
);

const choirPair: PagePair = {
  name: 'choir-rehearsal-register',
  v1: choirV1,
  v2: choirV2,
  targets: [
    {
      selector: 'nav.tabs a[href="/music"]',
      expect: 'button[data-tab="music"]',
      change: 'nav links became ARIA tabs, Music renamed Scores & parts',
    },
    {
      selector: 'input[value="m-203"]',
      expect: 'button[data-member="203"]',
      change: 'present checkbox became a Here toggle in a card grouped by section',
    },
    {
      selector: '#row-118 a.remind',
      expect: 'button[aria-label="Message Tom Okafor"]',
      change: 'Remind link became envelope icon button',
    },
    { selector: '#save-register', expect: null, change: 'save removed in favour of autosave' },
    {
      selector: '#add-guest',
      expect: 'button.add-visitor',
      change: 'Add guest singer became Add a visitor in toolbar',
    },
    { selector: '#rehearsal', expect: '#session-date', change: 'rehearsal select became a date picker' },
    { selector: '#print-signin', expect: null, change: 'print sign-in sheet dropped, CSV download added' },
    { selector: '#mark-all', expect: null, change: 'mark all present removed, copy last week added' },
  ],
};

// ---------------------------------------------------------------- lost property claim

const lostV1 = page(
  'Lost property — Metrolink',
  `<header><a href="/" class="logo">Metrolink</a><nav><a href="/plan">Plan a journey</a><a href="/tickets">Tickets</a><a href="/help">Help</a></nav></header>
<main><h1>Lost property</h1>
<p>Items handed in are kept for 28 days. Search below to see if we have yours.</p>
<form class="search-found">
<label for="cat">What did you lose?</label>
<select id="cat" name="category"><option value="">Any item</option><option>Bag or rucksack</option><option>Phone</option><option>Keys</option><option>Umbrella</option><option>Wallet or purse</option><option>Clothing</option></select>
<label for="lost-on">Date lost</label><input type="date" id="lost-on" name="date">
<fieldset><legend>Where did you lose it?</legend>
<label><input type="radio" name="where" value="bus"> Bus</label>
<label><input type="radio" name="where" value="tram"> Tram</label>
<label><input type="radio" name="where" value="station"> At a station or stop</label>
</fieldset>
<label for="desc">Describe it (colour, brand)</label><textarea id="desc" name="description" rows="2"></textarea>
<button type="submit" id="find-items">Search found items</button>
</form>
<h2>Items matching your search</h2>
<ul class="results">
<li class="found">Black umbrella, Fulton · Tram, Piccadilly · 4 Jun <button class="btn">This is mine</button></li>
<li class="found">Blue rucksack, Eastpak · Bus 86 · 4 Jun <button class="btn">This is mine</button></li>
<li class="found">Set of keys with red fob · Victoria stop · 3 Jun <button class="btn">This is mine</button></li>
<li class="found">Samsung phone, cracked case · Tram, Eccles line · 2 Jun <button class="btn">This is mine</button></li>
</ul>
<p><a href="/lost/report" id="report-lost">Report a lost item instead</a></p>
</main>
<footer><a href="/contact">Contact us</a> · <a href="/privacy">Privacy</a></footer>`,
);

const lostV2 = page(
  'Lost something? | Metrolink',
  `<header><a href="/" class="logo">Metrolink</a><nav><a href="/plan">Journeys</a><a href="/tickets">Tickets &amp; fares</a><a href="/help">Help</a></nav></header>
<main><h1>Lost something?</h1>
<div class="grid"><form class="card" role="search">
<label for="item-type">Item</label>
<select id="item-type" name="itemType"><option value="">Anything</option><option>Bag</option><option>Phone or tablet</option><option>Keys</option><option>Umbrella</option><option>Wallet, purse or cards</option><option>Clothing</option><option>Other</option></select>
<label for="date-lost">When</label><input type="date" id="date-lost" name="lostDate">
<div class="row chips" role="group" aria-label="Where"><button type="button" data-mode="bus">Bus</button><button type="button" data-mode="tram">Tram</button><button type="button" data-mode="stop">Station or stop</button></div>
<input name="keywords" placeholder="Colour, brand, anything distinctive" aria-label="Description">
<button type="submit" class="search">Search</button>
</form>
<aside class="card"><p>Can't see your item?</p><a href="/report" class="btn">Tell us what you lost</a><p class="muted">We'll email you if it turns up.</p></aside></div>
<h2>Found items <span class="badge">4</span></h2>
<ul class="found-items">
<li data-ref="F-3402" class="card">Grey backpack, North Face · Bus 50 · 5 Jun <button type="button" class="claim">Claim</button></li>
<li data-ref="F-3397" class="card">Keys, red fob · Victoria · 3 Jun <button type="button" class="claim">Claim</button></li>
<li data-ref="F-3391" class="card">Umbrella, black, Fulton · Piccadilly · 4 Jun <button type="button" class="claim">Claim</button></li>
<li data-ref="F-3380" class="card">Phone, Samsung · Eccles line · 2 Jun <button type="button" class="claim">Claim</button></li>
</ul>
</main>
<footer><a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></footer>`,
);

const lostPair: PagePair = {
  name: 'lost-property-claim',
  v1: lostV1,
  v2: lostV2,
  targets: [
    { selector: '#cat', expect: '#item-type', change: 'category select renamed, options reworded' },
    { selector: '#lost-on', expect: '#date-lost', change: 'date field id and label changed' },
    {
      selector: 'input[value="tram"]',
      expect: 'button[data-mode="tram"]',
      change: 'where radios became chips',
    },
    { selector: '#find-items', expect: 'button.search', change: 'Search found items shortened to Search' },
    {
      selector: 'li.found:nth-child(1) button',
      expect: 'li[data-ref="F-3391"] button.claim',
      change: 'results re-sorted into cards, This is mine became Claim',
    },
    {
      selector: 'li.found:nth-child(2) button',
      expect: null,
      change: 'rucksack no longer listed, a different bag appears at the top',
    },
    {
      selector: '#report-lost',
      expect: 'aside a[href="/report"]',
      change: 'report link moved to a side card and reworded',
    },
  ],
};

// ---------------------------------------------------------------- subtitle editor

const subsV1 = page(
  'Subtitles — "Salt Roads" ep. 3 — Captionly',
  `<header><a href="/" class="brand">Captionly</a><nav><a href="/projects">Projects</a><a href="/glossary">Glossary</a><a href="/team">Team</a></nav></header>
<main><h1>Salt Roads — Episode 3</h1>
<div class="row"><div class="player" style="width:420px;height:236px;background:#111"></div>
<div><label for="lang">Language</label><select id="lang" name="lang"><option selected>English (UK)</option><option>French</option><option>German</option></select>
<label for="speed">Playback speed</label><select id="speed" name="speed"><option>0.5×</option><option selected>1×</option><option>1.5×</option></select>
<label class="row"><input type="checkbox" id="burn-in"> Show subtitles on video</label></div></div>
<div class="row toolbar"><button id="add-cue" class="btn">Add cue</button><button id="shift-times" class="btn">Shift timings…</button><button id="spellcheck" class="btn">Spell check</button><button id="export-srt" class="btn">Export SRT</button></div>
<table class="cues"><thead><tr><th>#</th><th>Start</th><th>End</th><th>Text</th><th>Actions</th></tr></thead><tbody>
<tr><td>11</td><td>00:02:11,400</td><td>00:02:13,900</td><td><textarea id="cue-11-text" rows="1">We should have turned back at the ford.</textarea></td><td><button class="split">Split</button> <button class="merge">Merge with next</button> <button class="del">Delete</button></td></tr>
<tr><td>12</td><td>00:02:14,100</td><td>00:02:16,050</td><td><textarea id="cue-12-text" rows="1">Too late for that now.</textarea></td><td><button class="split">Split</button> <button class="merge">Merge with next</button> <button class="del">Delete</button></td></tr>
<tr><td>13</td><td>00:02:16,300</td><td>00:02:19,800</td><td><textarea id="cue-13-text" rows="1">[wind howling] Keep the lamp low.</textarea></td><td><button class="split">Split</button> <button class="merge">Merge with next</button> <button class="del">Delete</button></td></tr>
<tr><td>14</td><td>00:02:20,000</td><td>00:02:22,500</td><td><textarea id="cue-14-text" rows="1">Who's there?</textarea></td><td><button class="split">Split</button> <button class="merge">Merge with next</button> <button class="del">Delete</button></td></tr>
</tbody></table>
<p class="muted">212 cues · last saved 2 minutes ago</p>
</main>`,
);

const subsV2 = page(
  'Salt Roads · E03 · Captionly',
  `<header><a href="/" class="brand">Captionly</a><nav><a href="/projects">Projects</a><a href="/glossary">Terms</a><a href="/team">Team</a></nav><button type="button" class="btn primary export">Export</button><select name="format" aria-label="Export format"><option>SRT</option><option>WebVTT</option><option>TTML</option></select></header>
<main><div class="grid"><section>
<div class="player" style="width:420px;height:236px;background:#111"></div>
<div class="row"><select name="track" aria-label="Track"><option selected>Track: English (UK)</option><option>Track: French</option><option>Track: German</option><option>Track: English SDH</option></select>
<select id="playback-rate" aria-label="Speed"><option>0.5×</option><option>0.75×</option><option selected>1×</option><option>1.5×</option></select>
<label class="row"><input type="checkbox" name="preview"> Preview captions</label></div>
<div class="row toolbar"><button type="button" title="Insert subtitle at playhead" class="icon">＋</button><button type="button" title="Shift all timings" class="icon">⇆</button><button type="button" class="cps">Reading speed</button></div>
</section>
<section class="cue-list">
<div class="card cue" data-cue="11"><span class="muted">11 · 02:11.400 → 02:13.900</span><textarea rows="1">We should have turned back at the ford.</textarea><button type="button" aria-label="Split cue 11">✂</button><button type="button" aria-label="Merge cue 11 with next">⤓</button><button type="button" aria-label="Delete cue 11">✕</button></div>
<div class="card cue" data-cue="12"><span class="muted">12 · 02:14.100 → 02:16.050</span><textarea rows="1">Too late for that now.</textarea><button type="button" aria-label="Split cue 12">✂</button><button type="button" aria-label="Merge cue 12 with next">⤓</button><button type="button" aria-label="Delete cue 12">✕</button></div>
<div class="card cue" data-cue="13"><span class="muted">13 · 02:16.300 → 02:19.800</span><textarea rows="1">[wind howling] Keep the lamp low.</textarea><button type="button" aria-label="Split cue 13">✂</button><button type="button" aria-label="Merge cue 13 with next">⤓</button><button type="button" aria-label="Delete cue 13">✕</button></div>
<div class="card cue" data-cue="14"><span class="muted">14 · 02:20.000 → 02:22.500</span><textarea rows="1">Who's there?</textarea><button type="button" aria-label="Split cue 14">✂</button><button type="button" aria-label="Merge cue 14 with next">⤓</button><button type="button" aria-label="Delete cue 14">✕</button></div>
</section></div>
<p class="muted">212 subtitles · saved</p>
</main>`,
);

const subsPair: PagePair = {
  name: 'subtitle-editor',
  v1: subsV1,
  v2: subsV2,
  targets: [
    {
      selector: '#add-cue',
      expect: 'button[title="Insert subtitle at playhead"]',
      change: 'Add cue became + icon with title',
    },
    {
      selector: 'tbody tr:nth-child(2) .split',
      expect: 'button[aria-label="Split cue 12"]',
      change: 'cue table became cards, Split became scissors icon',
    },
    {
      selector: 'tbody tr:nth-child(3) .merge',
      expect: 'button[aria-label="Merge cue 13 with next"]',
      change: 'Merge with next became icon button',
    },
    { selector: '#spellcheck', expect: null, change: 'spell check removed, reading speed check added' },
    {
      selector: '#export-srt',
      expect: 'button.export',
      change: 'Export SRT became Export with a format picker, moved to header',
    },
    { selector: '#lang', expect: 'select[name="track"]', change: 'language select became track select' },
    { selector: '#speed', expect: '#playback-rate', change: 'speed select relabelled, extra rate added' },
    {
      selector: '#cue-13-text',
      expect: 'div[data-cue="13"] textarea',
      change: 'cue text area lost its id inside a card',
    },
  ],
};

// ---------------------------------------------------------------- wind farm alarm console

const windV1 = page(
  'Alarms — Carn Dubh Wind Farm — SCADA',
  `<header><strong>Carn Dubh WF</strong><nav><a href="/overview">Overview</a><a href="/alarms">Alarms</a><a href="/availability">Availability</a><a href="/met">Met mast</a></nav><span class="muted">Operator: jmcleod</span></header>
<main><h1>Turbine status</h1>
<div class="row"><span>Show:</span>
<label><input type="radio" name="view" value="all" checked> All turbines</label>
<label><input type="radio" name="view" value="alarms"> Alarms only</label>
<label><input type="radio" name="view" value="offline"> Offline</label>
<button id="ack-all" class="btn">Acknowledge all</button><a href="/alarms/export.csv" id="export-events">Export events</a></div>
<table class="turbines"><thead><tr><th>WTG</th><th>State</th><th>Power (kW)</th><th>Alarm</th><th></th></tr></thead><tbody>
<tr data-turbine="T01"><td>T01</td><td>Running</td><td>2,810</td><td>—</td><td><button class="ack" disabled>Acknowledge</button> <button class="reset">Reset</button> <button class="stop">Stop</button></td></tr>
<tr data-turbine="T02"><td>T02</td><td>Fault</td><td>0</td><td>Yaw misalignment</td><td><button class="ack">Acknowledge</button> <button class="reset">Reset</button> <button class="stop">Stop</button></td></tr>
<tr data-turbine="T03"><td>T03</td><td>Running</td><td>2,744</td><td>—</td><td><button class="ack" disabled>Acknowledge</button> <button class="reset">Reset</button> <button class="stop">Stop</button></td></tr>
<tr data-turbine="T04"><td>T04</td><td>Fault</td><td>0</td><td>Pitch system fault</td><td><button class="ack">Acknowledge</button> <button class="reset">Reset</button> <button class="stop">Stop</button></td></tr>
<tr data-turbine="T05"><td>T05</td><td>Curtailed</td><td>1,500</td><td>Grid curtailment</td><td><button class="ack">Acknowledge</button> <button class="reset">Reset</button> <button class="stop">Stop</button></td></tr>
</tbody></table>
<h2>Recent events</h2>
<ul id="event-log">
<li>14:02 T04 Pitch system fault <a href="/events/9921">Details</a></li>
<li>13:47 T05 Curtailment start <a href="/events/9918">Details</a></li>
<li>13:20 T02 Yaw misalignment <a href="/events/9910">Details</a></li>
</ul>
</main>`,
);

const windV2 = page(
  'Carn Dubh · Live · SCADA',
  `<header><strong>Carn Dubh</strong><nav><a href="/overview">Site</a><a href="/alarms">Live</a><a href="/availability">Availability</a><a href="/met">Met</a></nav><button type="button" class="user">jmcleod ▾</button></header>
<main><div class="row"><h1>Live</h1>
<div role="tablist" class="row"><button role="tab" aria-controls="all-panel" aria-selected="true">All</button><button role="tab" aria-controls="alarms-panel">Alarms <span class="badge">3</span></button><button role="tab" aria-controls="offline-panel">Offline</button></div>
<button type="button" class="ack-all">Ack all (3)</button><button type="button" class="subscribe">Alert me by SMS</button></div>
<div class="grid3 tiles" id="all-panel">
<div class="card tile ok" id="wtg-T01"><h3>T01</h3><p>2.81 MW · 11.2 m/s</p><button type="button" aria-label="Remote reset T01">↻</button><button type="button" aria-label="Stop T01">■</button></div>
<div class="card tile fault" id="wtg-T02"><h3>T02</h3><p>Yaw misalignment</p><button type="button" class="acknowledge">Ack</button><button type="button" aria-label="Remote reset T02">↻</button><button type="button" aria-label="Stop T02">■</button></div>
<div class="card tile ok" id="wtg-T03"><h3>T03</h3><p>2.74 MW · 11.0 m/s</p><button type="button" aria-label="Remote reset T03">↻</button><button type="button" aria-label="Stop T03">■</button></div>
<div class="card tile fault" id="wtg-T04"><h3>T04</h3><p>Pitch system fault</p><button type="button" class="acknowledge">Ack</button><button type="button" aria-label="Remote reset T04">↻</button><button type="button" aria-label="Stop T04">■</button></div>
<div class="card tile warn" id="wtg-T05"><h3>T05</h3><p>Curtailed to 1.5 MW</p><button type="button" class="acknowledge">Ack</button><button type="button" aria-label="Remote reset T05">↻</button><button type="button" aria-label="Stop T05">■</button></div>
<div class="card tile ok" id="wtg-T06"><h3>T06</h3><p>2.79 MW · 11.3 m/s</p><button type="button" aria-label="Remote reset T06">↻</button><button type="button" aria-label="Stop T06">■</button></div>
</div>
<h2>Event log</h2>
<ol class="events">
<li data-event="e-9910">13:20 · T02 · Yaw misalignment <button type="button">View</button></li>
<li data-event="e-9918">13:47 · T05 · Curtailment start <button type="button">View</button></li>
<li data-event="e-9921">14:02 · T04 · Pitch system fault <button type="button">View</button></li>
</ol>
</main>`,
);

const windPair: PagePair = {
  name: 'wind-farm-alarms',
  v1: windV1,
  v2: windV2,
  targets: [
    {
      selector: 'tr[data-turbine="T04"] button.ack',
      expect: '#wtg-T04 button.acknowledge',
      change: 'table became tiles, Acknowledge shortened to Ack',
    },
    {
      selector: 'tr[data-turbine="T02"] button.reset',
      expect: 'button[aria-label="Remote reset T02"]',
      change: 'Reset became a circular-arrow icon button',
    },
    {
      selector: 'tr[data-turbine="T05"] button.stop',
      expect: 'button[aria-label="Stop T05"]',
      change: 'Stop became a square icon button',
    },
    { selector: '#ack-all', expect: 'button.ack-all', change: 'Acknowledge all became Ack all with a count' },
    {
      selector: 'input[name="view"][value="alarms"]',
      expect: 'button[aria-controls="alarms-panel"]',
      change: 'view radios became tabs',
    },
    { selector: '#export-events', expect: null, change: 'event export link removed, SMS alert button added' },
    {
      selector: 'tr[data-turbine="T03"] .ack',
      expect: null,
      change: 'greyed-out acknowledge no longer rendered on healthy turbines',
    },
    {
      selector: '#event-log li:first-child a',
      expect: 'li[data-event="e-9921"] button',
      change: 'event log order reversed, Details link became View button',
    },
  ],
};

// ---------------------------------------------------------------- dog walker rota

const dogV1 = page(
  'Walk rota — Muddy Paws Walking Co.',
  `<header><a href="/" class="brand">Muddy Paws</a><nav><a href="/rota">Rota</a><a href="/dogs">Dogs</a><a href="/owners">Owners</a><a href="/invoices">Invoices</a></nav></header>
<main><h1>Walk rota — week of 9 June</h1>
<nav class="days"><a href="?day=mon">Mon</a><a href="?day=tue">Tue</a><a href="?day=wed" class="current">Wed</a><a href="?day=thu">Thu</a><a href="?day=fri">Fri</a></nav>
<div class="row"><label for="walker-filter">Walker</label><select id="walker-filter"><option>Everyone</option><option>Kasia</option><option>Dev</option><option>Mo</option></select>
<button id="add-walk" class="btn primary">Add walk</button></div>
<table class="walks"><thead><tr><th>Time</th><th>Dog</th><th>Owner</th><th>Walker</th><th></th></tr></thead><tbody>
<tr id="walk-3"><td>08:30</td><td>Bramble (spaniel)</td><td>Mrs Heald</td><td><select name="walker"><option selected>Kasia</option><option>Dev</option><option>Mo</option></select></td><td><a href="#" class="cancel">Cancel walk</a></td></tr>
<tr id="walk-5"><td>10:00</td><td>Biscuit (cockapoo)</td><td>J. Rahman</td><td><select name="walker"><option>Kasia</option><option selected>Dev</option><option>Mo</option></select></td><td><a href="#" class="cancel">Cancel walk</a></td></tr>
<tr id="walk-7"><td>12:00</td><td>Luna (husky)</td><td>The Fords</td><td><select name="walker"><option>Kasia</option><option>Dev</option><option selected>Mo</option></select></td><td><a href="#" class="cancel">Cancel walk</a></td></tr>
<tr id="walk-8"><td>14:30</td><td>Otis (lurcher)</td><td>P. Nwosu</td><td><select name="walker"><option selected>Kasia</option><option>Dev</option><option>Mo</option></select></td><td><a href="#" class="cancel">Cancel walk</a></td></tr>
</tbody></table>
<fieldset><legend>Settings for this day</legend>
<label class="row"><input type="checkbox" id="sms-reminders" checked> Send SMS reminders to owners</label>
<label class="row"><input type="checkbox" id="group-walks"> Allow group walks (max 4 dogs)</label>
</fieldset>
</main>
<footer>Muddy Paws Walking Co. · Insured with PetPro</footer>`,
);

const dogV2 = page(
  'Wednesday 11 June · Muddy Paws',
  `<header><a href="/" class="brand">Muddy Paws</a><nav><a href="/rota">Schedule</a><a href="/dogs">Pups</a><a href="/owners">Clients</a><a href="/invoices">Billing</a></nav></header>
<main><div class="row date-strip">
<button type="button" data-date="2025-06-09">Mon 9</button><button type="button" data-date="2025-06-10">Tue 10</button><button type="button" data-date="2025-06-11" aria-current="date">Wed 11</button><button type="button" data-date="2025-06-12">Thu 12</button><button type="button" data-date="2025-06-13">Fri 13</button><button type="button" data-date="2025-06-14">Sat 14</button></div>
<div class="row"><label class="row"><input type="checkbox" role="switch" name="textReminders" checked> Text owners the night before</label>
<label class="row"><input type="checkbox" role="switch" name="liveLocation"> Share live location during walks</label></div>
<div class="grid3 walker-columns">
<section><h2>Kasia</h2>
<div class="card" data-walk="3"><strong>08:30 Bramble</strong><p class="muted">Spaniel · Mrs Heald</p><select aria-label="Walker for Bramble"><option selected>Kasia</option><option>Dev</option><option>Mo</option></select><button type="button" class="cancel-walk">Cancel</button></div>
<div class="card" data-walk="8"><strong>14:30 Otis</strong><p class="muted">Lurcher · P. Nwosu</p><select aria-label="Walker for Otis"><option selected>Kasia</option><option>Dev</option><option>Mo</option></select><button type="button" class="cancel-walk">Cancel</button></div>
</section>
<section><h2>Dev</h2>
<div class="card" data-walk="5"><strong>10:00 Biscuit</strong><p class="muted">Cockapoo · J. Rahman</p><select aria-label="Walker for Biscuit"><option>Kasia</option><option selected>Dev</option><option>Mo</option></select><button type="button" class="cancel-walk">Cancel</button></div>
</section>
<section><h2>Mo</h2>
<div class="card" data-walk="9"><strong>12:00 Pepper</strong><p class="muted">Whippet · A. Grant</p><select aria-label="Walker for Pepper"><option>Kasia</option><option>Dev</option><option selected>Mo</option></select><button type="button" class="cancel-walk">Cancel</button></div>
</section></div>
<button type="button" class="fab" aria-label="Book a walk">＋</button>
</main>
<footer>Muddy Paws · Insured with PetPro</footer>`,
);

const dogPair: PagePair = {
  name: 'dog-walker-rota',
  v1: dogV1,
  v2: dogV2,
  targets: [
    {
      selector: 'a[href="?day=wed"]',
      expect: 'button[data-date="2025-06-11"]',
      change: 'day links became a date strip of buttons',
    },
    {
      selector: '#walk-5 select',
      expect: 'select[aria-label="Walker for Biscuit"]',
      change: 'rota table became columns per walker, select kept',
    },
    {
      selector: '#walk-8 .cancel',
      expect: 'div[data-walk="8"] .cancel-walk',
      change: 'Cancel walk link became Cancel button on a card',
    },
    {
      selector: '#walk-7 .cancel',
      expect: null,
      change: 'Luna walk moved off this day, a different dog in the slot',
    },
    {
      selector: '#add-walk',
      expect: 'button.fab',
      change: 'Add walk became floating + button labelled Book a walk',
    },
    {
      selector: '#sms-reminders',
      expect: 'input[name="textReminders"]',
      change: 'checkbox became a switch with reworded label, moved to top',
    },
    {
      selector: '#group-walks',
      expect: null,
      change: 'group walks setting removed, live location switch added',
    },
    {
      selector: '#walker-filter',
      expect: null,
      change: 'walker filter removed now that walks are grouped by walker',
    },
  ],
};

// ---------------------------------------------------------------- drill core logging

const coreV1 = page(
  'Core log — CoreBook',
  `<header><a href="/" class="brand">CoreBook</a><nav><a href="/holes">Drillholes</a><a href="/logs">Logs</a><a href="/samples">Samples</a><a href="/qa">QA</a></nav><span class="muted">Geologist: R. Tanaka</span></header>
<main><h1>Lithology log</h1>
<div class="row"><label for="hole">Drillhole</label><select id="hole" name="hole"><option>KD-114</option><option selected>KD-117</option><option>KD-121</option></select><span class="badge">Depth 0–186.4 m</span></div>
<form class="interval-form"><h2>New interval</h2>
<div class="row"><label for="depth-from">From (m)</label><input id="depth-from" name="from" value="23.8" size="6"><label for="depth-to">To (m)</label><input id="depth-to" name="to" size="6"></div>
<div class="row"><label for="litho">Lithology</label><select id="litho" name="lithology"><option>Granodiorite</option><option>Andesite</option><option>Basalt</option><option>Quartz vein</option></select>
<label for="rqd">RQD %</label><input id="rqd" name="rqd" size="4"><label for="recovery">Recovery %</label><input id="recovery" name="recovery" size="4"></div>
<fieldset><legend>Weathering</legend>
<label><input type="radio" name="weathering" id="w-fresh"> Fresh</label>
<label><input type="radio" name="weathering" id="w-slight"> Slightly weathered</label>
<label><input type="radio" name="weathering" id="w-moderate"> Moderately weathered</label>
<label><input type="radio" name="weathering" id="w-high"> Highly weathered</label>
</fieldset>
<fieldset><legend>Structures</legend>
<label><input type="checkbox" id="struct-fault"> Fault</label>
<label><input type="checkbox" id="struct-vein"> Vein</label>
<label><input type="checkbox" id="struct-joint"> Joint</label>
</fieldset>
<button type="button" id="add-interval" class="btn">Add interval</button>
</form>
<table class="intervals"><tr><th>From</th><th>To</th><th>Lithology</th><th>RQD</th><th></th></tr>
<tr><td>0.0</td><td>4.2</td><td>Overburden</td><td>—</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>
<tr><td>4.2</td><td>12.4</td><td>Andesite</td><td>62</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>
<tr><td>12.4</td><td>15.0</td><td>Quartz vein</td><td>88</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>
<tr><td>15.0</td><td>23.8</td><td>Granodiorite</td><td>91</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>
</table>
<div class="row"><button id="upload-photos" class="btn">Upload core photos</button><button id="submit-qa" class="btn primary">Submit log for QA</button></div>
</main>`,
);

const coreV2 = edit(coreV1, [
  [
    '<label for="hole">Drillhole</label><select id="hole" name="hole">',
    '<label for="drillhole">Hole</label><select id="drillhole" name="hole_id">',
  ],
  [
    '<label for="depth-from">From (m)</label><input id="depth-from" name="from" value="23.8" size="6"><label for="depth-to">To (m)</label><input id="depth-to" name="to" size="6">',
    '<label>From <input name="from_m" value="23.8" size="6"> m</label><label>To <input name="to_m" size="6"> m</label>',
  ],
  [
    `<fieldset><legend>Weathering</legend>
<label><input type="radio" name="weathering" id="w-fresh"> Fresh</label>
<label><input type="radio" name="weathering" id="w-slight"> Slightly weathered</label>
<label><input type="radio" name="weathering" id="w-moderate"> Moderately weathered</label>
<label><input type="radio" name="weathering" id="w-high"> Highly weathered</label>
</fieldset>`,
    `<div class="row"><span>Weathering</span><div class="seg" role="radiogroup" aria-label="Weathering grade"><button type="button" role="radio" data-code="W1">W1</button><button type="button" role="radio" data-code="W2">W2</button><button type="button" role="radio" data-code="W3">W3</button><button type="button" role="radio" data-code="W4">W4</button><button type="button" role="radio" data-code="W5">W5</button></div><a href="/help/weathering" class="muted">Grades explained</a></div>`,
  ],
  [
    `<label><input type="checkbox" id="struct-fault"> Fault</label>
<label><input type="checkbox" id="struct-vein"> Vein</label>
<label><input type="checkbox" id="struct-joint"> Joint</label>`,
    `<label><input type="checkbox" id="feat-vein"> Veining</label>
<label><input type="checkbox" id="feat-fault"> Fault zone</label>
<label><input type="checkbox" id="feat-shear"> Shear zone</label>
<label><input type="checkbox" id="feat-breccia"> Breccia</label>`,
  ],
  [
    '<button type="button" id="add-interval" class="btn">Add interval</button>',
    '<button type="submit" class="commit-row">Add row</button>',
  ],
  [
    '<tr><th>From</th><th>To</th><th>Lithology</th><th>RQD</th><th></th></tr>',
    '<tr><th>From</th><th>To</th><th>Lithology</th><th>RQD</th><th>Actions</th></tr>',
  ],
  [
    '<tr><td>12.4</td><td>15.0</td><td>Quartz vein</td><td>88</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>',
    '<tr data-from="12.4"><td>12.4</td><td>15.0</td><td>Quartz vein</td><td>88</td><td><button type="button" aria-label="Edit interval 12.4–15.0 m">✎</button> <button type="button" aria-label="Delete interval 12.4–15.0 m">🗑</button></td></tr>',
  ],
  [
    '<tr><td>0.0</td><td>4.2</td><td>Overburden</td><td>—</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>',
    '<tr data-from="0.0"><td>0.0</td><td>4.2</td><td>Overburden</td><td>—</td><td><button type="button" aria-label="Edit interval 0.0–4.2 m">✎</button> <button type="button" aria-label="Delete interval 0.0–4.2 m">🗑</button></td></tr>',
  ],
  [
    '<tr><td>4.2</td><td>12.4</td><td>Andesite</td><td>62</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>',
    '<tr data-from="4.2"><td>4.2</td><td>12.4</td><td>Andesite</td><td>62</td><td><button type="button" aria-label="Edit interval 4.2–12.4 m">✎</button> <button type="button" aria-label="Delete interval 4.2–12.4 m">🗑</button></td></tr>',
  ],
  [
    '<tr><td>15.0</td><td>23.8</td><td>Granodiorite</td><td>91</td><td><a href="#" class="edit">Edit</a> <a href="#" class="del">Delete</a></td></tr>',
    '<tr data-from="15.0"><td>15.0</td><td>23.8</td><td>Granodiorite</td><td>91</td><td><button type="button" aria-label="Edit interval 15.0–23.8 m">✎</button> <button type="button" aria-label="Delete interval 15.0–23.8 m">🗑</button></td></tr>',
  ],
  [
    '<div class="row"><button id="upload-photos" class="btn">Upload core photos</button><button id="submit-qa" class="btn primary">Submit log for QA</button></div>',
    '<div class="row"><button type="button" class="send-review">Send for review</button><button type="button" class="photos">Core tray photos</button><span class="muted">Draft saved 10:14</span></div>',
  ],
]);

const corePair: PagePair = {
  name: 'drill-core-logging',
  v1: coreV1,
  v2: coreV2,
  targets: [
    {
      selector: '#hole',
      expect: '#drillhole',
      change: 'drillhole select id and name changed, label shortened',
    },
    {
      selector: '#depth-from',
      expect: 'input[name="from_m"]',
      change: 'from-depth input lost its id and got wrapped in its label',
    },
    {
      selector: '#w-moderate',
      expect: 'button[data-code="W3"]',
      change: 'weathering radios became graded code buttons W1–W5',
    },
    {
      selector: '#struct-vein',
      expect: '#feat-vein',
      change: 'Vein checkbox renamed Veining and moved first',
    },
    { selector: '#struct-joint', expect: null, change: 'Joint option removed, Shear zone and Breccia added' },
    { selector: '#add-interval', expect: 'button.commit-row', change: 'Add interval became Add row submit' },
    {
      selector: 'table.intervals tr:nth-child(4) a.del',
      expect: 'button[aria-label="Delete interval 12.4–15.0 m"]',
      change: 'Delete link became bin icon button with aria-label',
    },
    {
      selector: '#submit-qa',
      expect: 'button.send-review',
      change: 'Submit log for QA became Send for review and moved first',
    },
  ],
};

// ---------------------------------------------------------------- marina berth booking

const marinaV1 = page(
  'Visitor berths — Penwithick Marina',
  `<header><a href="/" class="logo">Penwithick Marina</a><nav><a href="/berths">Visitor berths</a><a href="/annual">Annual berthing</a><a href="/facilities">Facilities</a><a href="/tides">Tides</a></nav></header>
<main><h1>Book a visitor berth</h1>
<p class="muted">Call us on VHF channel 80 when you are within 1 nm of the entrance.</p>
<form class="berth-search">
<div class="row"><label for="arrive">Arriving</label><input type="date" id="arrive" name="arrive"><label for="nights">Nights</label><input type="number" id="nights" name="nights" value="2" min="1" size="3"></div>
<div class="row"><label for="loa">Length overall (m)</label><input id="loa" name="loa" size="4"><label for="beam">Beam (m)</label><input id="beam" name="beam" size="4"><label for="draft">Draft (m)</label><input id="draft" name="draft" size="4"></div>
<fieldset><legend>Berth type</legend>
<label><input type="radio" name="berth_type" id="type-pontoon" value="pontoon" checked> Pontoon</label>
<label><input type="radio" name="berth_type" id="type-swing" value="swinging"> Swinging mooring</label>
<label><input type="radio" name="berth_type" id="type-walk" value="walk-ashore"> Walk-ashore</label>
</fieldset>
<label class="row"><input type="checkbox" id="shore-power" name="power"> Shore power</label>
<label class="row"><input type="checkbox" id="multihull" name="multihull"> Multihull</label>
<button type="submit" id="check-avail">Check availability</button>
</form>
<h2>Available berths</h2>
<table class="berths"><tr><th>Berth</th><th>Max LOA</th><th>Depth at LW</th><th>Per night</th><th></th></tr>
<tr id="berth-A12"><td>A12</td><td>12 m</td><td>2.8 m</td><td>£38</td><td><button class="btn">Book</button></td></tr>
<tr id="berth-B04"><td>B04</td><td>10 m</td><td>2.2 m</td><td>£32</td><td><button class="btn">Book</button></td></tr>
<tr id="berth-C20"><td>C20</td><td>15 m</td><td>3.1 m</td><td>£46</td><td><button class="btn">Book</button></td></tr>
</table>
<p><a href="/contact" class="hm-contact">Contact the harbourmaster</a></p>
</main>
<footer>Penwithick Marina Ltd · <a href="/terms">Berthing terms</a></footer>`,
);

const marinaV2 = page(
  'Stay with us · Penwithick Marina',
  `<header><a href="/" class="logo">Penwithick</a><nav><a href="/berths">Visiting</a><a href="/annual">Berth holders</a><a href="/facilities">Facilities</a><a href="/tides">Tides &amp; weather</a></nav><a href="tel:+441326000111" class="btn">Call the harbour office</a></header>
<main><h1>Visiting by boat</h1>
<div class="grid"><form class="card">
<h2>Your stay</h2>
<div class="row"><label>Arrival <input type="date" name="arrival"></label><label>Nights <input type="number" name="stay_nights" value="2" min="1" size="3"></label></div>
<h2>Your boat</h2>
<div class="row"><label for="boat-length">LOA</label><input id="boat-length" name="length" size="4"><label for="boat-beam">Beam</label><input id="boat-beam" name="beam_m" size="4"><label for="boat-draft">Draft</label><input id="boat-draft" name="draft_m" size="4">
<div class="seg" role="group" aria-label="Units"><button type="button" aria-pressed="true">m</button><button type="button">ft</button></div></div>
<label class="row"><input type="checkbox" name="cat"> Catamaran or trimaran</label>
<h2>Where would you like to stay?</h2>
<div class="grid3">
<label class="card"><input type="radio" name="berthing" value="pontoon" checked> Pontoon berth<br><span class="muted">Fresh water and Wi-Fi</span></label>
<label class="card"><input type="radio" name="berthing" value="buoy"> Mooring buoy<br><span class="muted">Water taxi until 22:00</span></label>
<label class="card"><input type="radio" name="berthing" value="walkashore"> Walk-ashore pontoon<br><span class="muted">Inner harbour, dries</span></label>
</div>
<label class="row"><input type="checkbox" id="hookup" name="electric"> Electricity hook-up (16A)</label>
<button type="submit" class="search-berths">See available berths</button>
</form>
<section><h2>Berths free for your dates</h2>
<div class="card" data-berth="C20"><h3>C20</h3><p>Up to 15 m · 3.1 m at low water · £46/night</p><button type="button">Reserve</button></div>
<div class="card" data-berth="A12"><h3>A12</h3><p>Up to 12 m · 2.8 m at low water · £38/night</p><button type="button">Reserve</button></div>
<div class="card" data-berth="D07"><h3>D07</h3><p>Up to 11 m · 2.4 m at low water · £34/night</p><button type="button">Reserve</button></div>
</section></div>
</main>
<footer>Penwithick Marina Ltd · <a href="/terms">Terms</a> · VHF 80</footer>`,
);

const marinaPair: PagePair = {
  name: 'marina-berth-booking',
  v1: marinaV1,
  v2: marinaV2,
  targets: [
    { selector: '#loa', expect: '#boat-length', change: 'Length overall field renamed, units toggle added' },
    {
      selector: '#type-swing',
      expect: 'input[value="buoy"]',
      change: 'Swinging mooring radio became Mooring buoy card',
    },
    { selector: '#shore-power', expect: '#hookup', change: 'Shore power reworded Electricity hook-up' },
    {
      selector: '#check-avail',
      expect: 'button.search-berths',
      change: 'Check availability became See available berths',
    },
    {
      selector: '#berth-A12 button',
      expect: 'div[data-berth="A12"] button',
      change: 'table became cards, re-sorted, Book became Reserve',
    },
    {
      selector: '#berth-B04 button',
      expect: null,
      change: 'berth B04 no longer offered, D07 listed instead',
    },
    {
      selector: 'a.hm-contact',
      expect: 'header a[href^="tel:"]',
      change: 'contact link moved to header as a call button',
    },
  ],
};

// ---------------------------------------------------------------- knitting row counter

const knitV1 = page(
  'Fernhill Cardigan — Row counter — Purlwise',
  `<header><a href="/" class="brand">Purlwise</a><nav><a href="/projects">My projects</a><a href="/patterns">Patterns</a><a href="/stash">Stash</a><a href="/forum">Forum</a></nav></header>
<main><h1>Fernhill Cardigan</h1><p class="muted">Pattern by A. Moreno · 4ply · size M</p>
<nav class="sections"><a href="#ribbing">Ribbing</a> | <a href="#body">Body</a> | <a href="#yoke">Yoke</a> | <a href="#sleeves">Sleeves</a></nav>
<div class="card counter"><h2>Row <span id="row-count">38</span></h2>
<div class="row"><button id="row-minus" class="btn">−1 row</button><button id="row-plus" class="btn primary">+1 row</button></div>
<div class="row"><label for="repeat-count">Pattern repeat</label><input id="repeat-count" name="repeat" type="number" value="3" size="3"><span class="muted">of 8</span></div>
<div class="row"><button id="reset-count" class="btn">Reset counter</button><label><input type="checkbox" id="lock-counter"> Lock counter</label></div>
</div>
<section><h2>Sections</h2>
<ul class="section-list">
<li><label><input type="checkbox" id="done-ribbing" checked> Ribbing (24 rows)</label></li>
<li><label><input type="checkbox" id="done-body"> Body (112 rows)</label></li>
<li><label><input type="checkbox" id="done-yoke"> Yoke (46 rows)</label></li>
<li><label><input type="checkbox" id="done-sleeves"> Sleeves (2 × 90 rows)</label></li>
</ul></section>
<label for="notes">Notes</label><textarea id="notes" rows="3">Went down a needle size for the ribbing.</textarea>
<div class="row"><button id="save-notes" class="btn">Save notes</button><a href="/share/fernhill" class="share">Share this project</a></div>
</main>
<footer>Purlwise · made with love and merino</footer>`,
);

const knitV2 = page(
  'Fernhill · Purlwise',
  `<header><a href="/" class="brand">Purlwise</a><nav><a href="/projects">Projects</a><a href="/patterns">Library</a><a href="/stash">Yarn stash</a><a href="/forum">Community</a></nav><button type="button" title="Send to a friend" class="icon">⤴</button></header>
<main><h1>Fernhill Cardigan</h1><p class="muted">A. Moreno · 4ply · M</p>
<div role="tablist" class="row"><button role="tab" aria-controls="sec-ribbing">Ribbing ✓</button><button role="tab" aria-controls="sec-body" aria-selected="true">Body</button><button role="tab" aria-controls="sec-yoke">Yoke</button><button role="tab" aria-controls="sec-sleeves">Sleeves</button></div>
<div class="grid"><div class="card tap-counter"><p class="muted">Body</p><p style="font-size:48px">38</p>
<div class="row"><button type="button" aria-label="Undo last row">−</button><button type="button" aria-label="Add a row" style="font-size:28px">＋</button></div>
<div class="row"><span>Repeat</span><input name="repeats" type="number" value="3" size="3" aria-label="Current repeat"><span class="muted">/ 8</span></div>
<label class="row"><input type="checkbox" name="awake"> Keep screen awake</label></div>
<div class="card"><h2>Counter settings</h2><ul class="menu" role="menu">
<li><button type="button" role="menuitem" class="link-counter">Link to pattern rows</button></li>
<li><button type="button" role="menuitem" class="start-over">Start over from row 1</button></li>
<li><button type="button" role="menuitem" class="add-counter">Add a second counter</button></li>
</ul></div></div>
<section><h2>Progress</h2>
<div class="row"><span>Ribbing</span><button type="button" data-section="ribbing" aria-pressed="true">Done</button></div>
<div class="row"><span>Body</span><button type="button" data-section="body" aria-pressed="false">Done</button></div>
<div class="row"><span>Yoke</span><button type="button" data-section="yoke" aria-pressed="false">Done</button></div>
<div class="row"><span>Sleeves</span><button type="button" data-section="sleeves" aria-pressed="false">Done</button></div>
</section>
<label for="project-notes">Notes</label><textarea id="project-notes" rows="3">Went down a needle size for the ribbing.</textarea>
</main>
<footer>Purlwise</footer>`,
);

const knitPair: PagePair = {
  name: 'knitting-row-counter',
  v1: knitV1,
  v2: knitV2,
  targets: [
    {
      selector: '#row-plus',
      expect: 'button[aria-label="Add a row"]',
      change: '+1 row became large + icon button',
    },
    {
      selector: '#reset-count',
      expect: 'button.start-over',
      change: 'Reset counter moved into settings menu as Start over from row 1',
    },
    {
      selector: 'nav.sections a[href="#yoke"]',
      expect: 'button[aria-controls="sec-yoke"]',
      change: 'section anchor links became tabs',
    },
    {
      selector: '#done-body',
      expect: 'button[data-section="body"]',
      change: 'section checkbox became Done toggle button',
    },
    { selector: '#lock-counter', expect: null, change: 'lock option removed, keep screen awake added' },
    {
      selector: 'a.share',
      expect: 'button[title="Send to a friend"]',
      change: 'share link became header icon',
    },
    { selector: '#save-notes', expect: null, change: 'notes save button removed, notes now autosave' },
  ],
};

// ---------------------------------------------------------------- passport renewal

const passportV1 = page(
  'Renew your passport - Apply online',
  `<header><a href="/" class="logo">HM Passport Office</a><span>Renew or replace your adult passport</span></header>
<main><h1>Renew your passport</h1>
<form method="post" action="/renew">
<fieldset><legend>Is your current passport damaged?</legend>
<label><input type="radio" name="damaged" value="yes"> Yes</label>
<label><input type="radio" name="damaged" value="no"> No</label>
</fieldset>
<fieldset><legend>Has your name changed since your last passport?</legend>
<label><input type="radio" name="name_changed" value="yes"> Yes</label>
<label><input type="radio" name="name_changed" value="no"> No</label>
</fieldset>
<label for="pp-number">Passport number</label><input id="pp-number" name="passport_number" maxlength="9">
<label for="pp-expiry">Expiry date</label><input type="date" id="pp-expiry" name="passport_expiry">
<h2>Photo</h2>
<div class="row"><button type="button" id="upload-photo" class="btn">Upload photo</button><span class="muted">or</span></div>
<label for="photo-code">Enter your digital photo code</label><input id="photo-code" name="photo_code">
<h2>Delivery</h2>
<label for="delivery">How should we return your documents?</label><select id="delivery" name="delivery"><option>Standard post</option><option>Secure delivery (£5)</option></select>
<label class="row"><input type="checkbox" id="fast-track" name="fast_track"> Use the 1 week Fast Track service (£178)</label>
<div class="row"><button type="submit" id="continue" class="button">Continue</button><a href="/save" id="save-later">Save and return later</a></div>
</form>
</main>
<footer><a href="/help">Help</a> · <a href="/cookies">Cookies</a> · Crown copyright</footer>`,
);

const passportV2 = page(
  'Your current passport – Renew a passport – GOV.UK',
  `<header><a href="/" class="logo">GOV.UK</a><span>Apply for a passport</span></header>
<main><p class="muted">Section 2 of 6</p><h1>Your current passport</h1>
<form method="post" action="/apply/current-passport">
<div class="card"><label for="passport-number">Passport number</label><p class="muted">For example, 502135326</p><input id="passport-number" name="passportNumber" inputmode="numeric">
<label for="expiry-day">Expiry date</label><div class="row"><input id="expiry-day" name="expiryDay" size="2" aria-label="Day"><input name="expiryMonth" size="2" aria-label="Month"><input name="expiryYear" size="4" aria-label="Year"></div></div>
<fieldset><legend>Is your passport damaged in any way?</legend>
<div class="govuk-radios govuk-radios--inline"><input type="radio" id="damaged-true" name="passportDamaged" value="true"><label for="damaged-true">Yes</label>
<input type="radio" id="damaged-false" name="passportDamaged" value="false"><label for="damaged-false">No</label></div>
</fieldset>
<fieldset><legend>Are you applying with the same name as on your last passport?</legend>
<div class="govuk-radios govuk-radios--inline"><input type="radio" id="samename-true" name="nameChange" value="false"><label for="samename-true">Yes, same name</label>
<input type="radio" id="samename-false" name="nameChange" value="true"><label for="samename-false">No, my name has changed</label></div>
</fieldset>
<h2>Digital photo</h2>
<label for="digital-code">Photo code</label><p class="muted">You'll find this on your photo booth receipt. It is 28 characters long.</p><input id="digital-code" name="digitalPhotoCode">
<h2>Getting your documents back</h2>
<label for="return-method">Return by</label><select id="return-method" name="returnMethod"><option>Standard post (free)</option><option>Secure delivery (£5)</option></select>
<label class="row"><input type="checkbox" id="keep-old" name="returnOldPassport"> Return my old cancelled passport</label>
<div class="row"><button type="submit" name="next" class="govuk-button">Save and continue</button><a href="/apply/save" class="govuk-link">Save and come back later</a></div>
</form></main>
<footer><a href="/help">Help</a> · <a href="/cookies">Cookies</a> · © Crown copyright</footer>`,
);

const passportPair: PagePair = {
  name: 'passport-renewal',
  v1: passportV1,
  v2: passportV2,
  targets: [
    {
      selector: 'input[name="damaged"][value="yes"]',
      expect: '#damaged-true',
      change: 'damaged question moved below passport number, field name changed',
    },
    {
      selector: 'input[name="name_changed"][value="no"]',
      expect: '#samename-true',
      change: 'name-change question inverted: No became Yes, same name',
    },
    {
      selector: '#pp-expiry',
      expect: '#expiry-day',
      change: 'single date input split into day, month and year fields',
    },
    { selector: '#upload-photo', expect: null, change: 'photo upload removed, digital code only' },
    { selector: '#photo-code', expect: '#digital-code', change: 'photo code field renamed, hint added' },
    {
      selector: '#fast-track',
      expect: null,
      change: 'Fast Track option withdrawn, return-old-passport checkbox added',
    },
    { selector: '#continue', expect: 'button[name="next"]', change: 'Continue became Save and continue' },
  ],
};

// ---------------------------------------------------------------- food bank parcel allocation

const foodbankV1 = page(
  'Referrals — Eastgate Food Bank',
  `<header><strong>Eastgate Food Bank</strong><nav><a href="/referrals">Referrals</a><a href="/stock">Stock</a><a href="/volunteers">Volunteers</a><a href="/reports">Reports</a></nav></header>
<main><h1>Today's referrals</h1>
<div class="row"><label for="centre">Distribution centre</label><select id="centre" name="centre"><option>St Mark's Hall</option><option>Eastgate Community Centre</option><option>Riverside Church</option></select>
<a href="/referrals/new" id="new-referral">New referral</a><button id="print-packing" class="btn">Print packing list</button></div>
<fieldset class="row"><legend>Dietary needs</legend>
<label><input type="checkbox" id="f-halal"> Halal</label>
<label><input type="checkbox" id="f-veg"> Vegetarian</label>
<label><input type="checkbox" id="f-gf"> Gluten-free</label>
<label><input type="checkbox" id="f-baby"> Baby items</label>
</fieldset>
<table class="referrals"><thead><tr><th>Voucher</th><th>Household</th><th>Needs</th><th>Referred by</th><th>Status</th><th></th></tr></thead><tbody>
<tr data-ref="R-5512"><td>R-5512</td><td>2 adults</td><td>—</td><td>Citizens Advice</td><td>Waiting</td><td><button class="allocate">Allocate parcel</button> <a href="/referrals/R-5512" class="view">View referral</a></td></tr>
<tr data-ref="R-5519"><td>R-5519</td><td>1 adult, 3 children</td><td>Halal</td><td>Health visitor</td><td>Waiting</td><td><button class="allocate">Allocate parcel</button> <a href="/referrals/R-5519" class="view">View referral</a></td></tr>
<tr data-ref="R-5521"><td>R-5521</td><td>1 adult</td><td>Gluten-free</td><td>GP surgery</td><td>Waiting</td><td><button class="allocate">Allocate parcel</button> <a href="/referrals/R-5521" class="view">View referral</a></td></tr>
<tr data-ref="R-5524"><td>R-5524</td><td>2 adults, 1 child</td><td>Vegetarian</td><td>School</td><td>Waiting</td><td><button class="allocate">Allocate parcel</button> <a href="/referrals/R-5524" class="view">View referral</a></td></tr>
</tbody></table>
</main>
<footer>Part of the Trussell network · <a href="/safeguarding">Safeguarding</a></footer>`,
);

const foodbankV2 = page(
  'Eastgate Food Bank · Today',
  `<header><strong>Eastgate Food Bank</strong><select name="site" aria-label="Site"><option>St Mark's Hall</option><option>Community Centre</option><option>Riverside Church</option></select><nav><a href="/referrals">Clients</a><a href="/stock">Warehouse</a><a href="/volunteers">Rota</a><a href="/reports">Reports</a></nav></header>
<main><div class="row"><h1>Today</h1><span class="badge">4 waiting</span><button type="button" class="new-referral">Add referral</button><a href="/packing/today" class="packing-list">Packing list</a></div>
<div class="row chips" role="group" aria-label="Filter by need">
<button type="button" data-diet="halal">Halal</button><button type="button" data-diet="vegetarian">Vegetarian</button><button type="button" data-diet="gf">Gluten free</button><button type="button" data-diet="no-cooking">No cooking facilities</button></div>
<div class="grid">
<article class="card" data-referral="R-5519"><h3><a href="/clients/R-5519">R-5519</a></h3><p>1 adult, 3 children · Health visitor</p><span class="badge">Halal</span> <button type="button" class="assign">Assign parcel</button></article>
<article class="card" data-referral="R-5521"><h3><a href="/clients/R-5521">R-5521</a></h3><p>1 adult · GP surgery</p><span class="badge">Gluten free</span> <button type="button" class="assign">Assign parcel</button></article>
<article class="card" data-referral="R-5524"><h3><a href="/clients/R-5524">R-5524</a></h3><p>2 adults, 1 child · School</p><span class="badge">Vegetarian</span> <button type="button" class="assign">Assign parcel</button></article>
<article class="card" data-referral="R-5527"><h3><a href="/clients/R-5527">R-5527</a></h3><p>1 adult · Housing officer</p> <button type="button" class="assign">Assign parcel</button></article>
</div>
</main>
<footer>Trussell network · <a href="/safeguarding">Safeguarding</a></footer>`,
);

const foodbankPair: PagePair = {
  name: 'foodbank-parcel-allocation',
  v1: foodbankV1,
  v2: foodbankV2,
  targets: [
    {
      selector: 'tr[data-ref="R-5521"] .allocate',
      expect: 'article[data-referral="R-5521"] button.assign',
      change: 'rows became cards, Allocate parcel became Assign parcel',
    },
    {
      selector: 'tr[data-ref="R-5519"] a.view',
      expect: 'article[data-referral="R-5519"] h3 a',
      change: 'View referral link became the card title link',
    },
    { selector: '#f-halal', expect: 'button[data-diet="halal"]', change: 'filter checkboxes became chips' },
    { selector: '#f-baby', expect: null, change: 'baby items filter removed, no-cooking filter added' },
    { selector: '#centre', expect: 'select[name="site"]', change: 'centre select moved to header as Site' },
    {
      selector: '#print-packing',
      expect: 'a.packing-list',
      change: 'print button became a Packing list link',
    },
    {
      selector: '#new-referral',
      expect: 'button.new-referral',
      change: 'New referral link became Add referral button',
    },
    {
      selector: 'tr[data-ref="R-5512"] .allocate',
      expect: null,
      change: 'R-5512 no longer waiting, another client listed instead',
    },
  ],
};

// ---------------------------------------------------------------- model railway throttle

const dccV1 = page(
  'Throttle 1 — Layout Control',
  `<header><strong>Wharfdale Junction</strong><nav><a href="/throttle">Throttles</a><a href="/turnouts">Turnouts</a><a href="/roster">Roster</a><a href="/power">Track power</a></nav><span class="badge">Power ON</span></header>
<main><h1>Throttle 1</h1>
<div class="grid"><section class="card">
<label for="roster">Locomotive</label><select id="roster" name="roster"><option>Class 37 #37 405 (addr 405)</option><option selected>Class 47 #47 712 (addr 712)</option><option>GWR 4073 Castle (addr 4073)</option></select>
<label for="speed">Speed</label><input type="range" id="speed" name="speed" min="0" max="126" value="34">
<fieldset class="row"><legend>Direction</legend><label><input type="radio" name="dir" id="dir-fwd" checked> Forward</label><label><input type="radio" name="dir" id="dir-rev"> Reverse</label></fieldset>
<div class="row"><button id="estop" class="btn danger">Emergency stop</button><button id="release" class="btn">Release loco</button></div>
</section>
<section class="card"><h2>Functions</h2>
<div class="grid3">
<button data-fn="0" class="fn">F0 Lights</button><button data-fn="1" class="fn">F1 Bell</button><button data-fn="2" class="fn">F2 Horn</button>
<button data-fn="3" class="fn">F3 Coupler</button><button data-fn="4" class="fn">F4 Smoke</button><button data-fn="5" class="fn">F5 Shunt mode</button>
</div></section></div>
<h2>Turnouts</h2>
<table id="turnouts"><tr><th>Turnout</th><th>Location</th><th>State</th><th></th></tr>
<tr><td>T1</td><td>Up main / loop</td><td>Closed</td><td><button class="throw">Throw</button> <button class="close">Close</button></td></tr>
<tr><td>T2</td><td>Goods yard entry</td><td>Closed</td><td><button class="throw">Throw</button> <button class="close">Close</button></td></tr>
<tr><td>T3</td><td>Engine shed</td><td>Thrown</td><td><button class="throw">Throw</button> <button class="close">Close</button></td></tr>
</table>
</main>`,
);

const dccV2 = page(
  'Wharfdale Junction — Drive',
  `<header><strong>Wharfdale Junction</strong><nav><a href="/throttle">Drive</a><a href="/turnouts">Points</a><a href="/roster">Locos</a><a href="/power">Power</a></nav><label class="row"><input type="checkbox" role="switch" name="trackPower" checked> Track power</label></header>
<main><div class="grid"><section class="card throttle">
<select name="loco" aria-label="Loco"><option>37 405</option><option selected>47 712</option><option>4073 Caerphilly Castle</option><option>08 604</option></select>
<input type="range" min="0" max="126" value="34" aria-label="Throttle" orient="vertical">
<div class="seg row" role="group" aria-label="Direction"><button type="button" aria-label="Reverse">◀</button><button type="button" aria-label="Forward" aria-pressed="true">▶</button></div>
<button type="button" aria-label="Emergency stop" class="btn danger big">STOP</button>
<button type="button" class="dispatch">Dispatch</button>
</section>
<section class="card"><h2>Functions</h2><div class="grid3 fn-grid">
<button type="button" data-function="F0" aria-label="Headlights (F0)">💡</button><button type="button" data-function="F1" aria-label="Bell (F1)">🔔</button><button type="button" data-function="F2" aria-label="Horn (F2)">📯</button>
<button type="button" data-function="F3" aria-label="Coupler clank (F3)">⛓</button><button type="button" data-function="F5" aria-label="Shunting mode (F5)">🐢</button><button type="button" data-function="F6" aria-label="Brake squeal (F6)">〰</button>
</div></section></div>
<section><h2>Points</h2><ul class="points">
<li><span>T1 · Up main / loop</span> <input type="checkbox" role="switch" aria-label="Turnout T1 thrown"></li>
<li><span>T2 · Goods yard entry</span> <input type="checkbox" role="switch" aria-label="Turnout T2 thrown"></li>
<li><span>T3 · Engine shed</span> <input type="checkbox" role="switch" aria-label="Turnout T3 thrown" checked></li>
</ul></section>
</main>`,
);

const dccPair: PagePair = {
  name: 'dcc-throttle-panel',
  v1: dccV1,
  v2: dccV2,
  targets: [
    {
      selector: '#roster',
      expect: 'select[name="loco"]',
      change: 'roster select lost id and label, names shortened',
    },
    {
      selector: '#speed',
      expect: 'input[aria-label="Throttle"]',
      change: 'speed slider became vertical throttle',
    },
    {
      selector: '#dir-rev',
      expect: 'button[aria-label="Reverse"]',
      change: 'direction radios became arrow buttons',
    },
    {
      selector: 'button[data-fn="2"]',
      expect: 'button[aria-label="Horn (F2)"]',
      change: 'function buttons became emoji icons with aria-labels',
    },
    { selector: 'button[data-fn="4"]', expect: null, change: 'smoke function dropped, brake squeal added' },
    {
      selector: '#estop',
      expect: 'button[aria-label="Emergency stop"]',
      change: 'Emergency stop now reads STOP',
    },
    {
      selector: '#turnouts tr:nth-child(3) .throw',
      expect: 'input[aria-label="Turnout T2 thrown"]',
      change: 'throw/close buttons became one switch per turnout',
    },
  ],
};

// ---------------------------------------------------------------- newsroom rundown

const rundownV1 = page(
  'Rundown — 18:00 News — Northcast',
  `<header><strong>Northcast Newsroom</strong><nav><a href="/rundowns">Rundowns</a><a href="/wires">Wires</a><a href="/assignments">Assignments</a><a href="/archive">Archive</a></nav></header>
<main><div class="row"><h1>18:00 News</h1><label for="show">Show</label><select id="show"><option>13:30 News</option><option selected>18:00 News</option><option>22:30 Late</option></select>
<label class="row"><input type="checkbox" id="lock-rundown"> Lock rundown</label></div>
<div class="row"><button id="add-story" class="btn">Add story</button><button id="print-rundown" class="btn">Print rundown</button><span class="muted">Total 27:40 · Over by 0:40</span></div>
<table class="rundown"><thead><tr><th>Pg</th><th>Slug</th><th>Type</th><th>Dur</th><th>Presenter</th><th></th></tr></thead><tbody>
<tr id="story-floods"><td>A1</td><td>FLOODS</td><td>PKG + LIVE</td><td>3:20</td><td><select class="presenter"><option selected>Anna</option><option>Marcus</option></select></td><td><a href="/script/floods" class="script">Edit script</a> <button class="move-up">Move up</button> <button class="move-down">Move down</button> <button class="drop">Drop</button></td></tr>
<tr id="story-budget"><td>A2</td><td>BUDGET</td><td>VO/SOT</td><td>1:45</td><td><select class="presenter"><option>Anna</option><option selected>Marcus</option></select></td><td><a href="/script/budget" class="script">Edit script</a> <button class="move-up">Move up</button> <button class="move-down">Move down</button> <button class="drop">Drop</button></td></tr>
<tr id="story-derby"><td>A3</td><td>DERBY</td><td>PKG</td><td>2:10</td><td><select class="presenter"><option selected>Anna</option><option>Marcus</option></select></td><td><a href="/script/derby" class="script">Edit script</a> <button class="move-up">Move up</button> <button class="move-down">Move down</button> <button class="drop">Drop</button></td></tr>
<tr id="story-weather"><td>B1</td><td>WEATHER</td><td>LIVE</td><td>2:00</td><td><select class="presenter"><option>Anna</option><option>Marcus</option><option selected>Kiri</option></select></td><td><a href="/script/weather" class="script">Edit script</a> <button class="move-up">Move up</button> <button class="move-down">Move down</button> <button class="drop">Drop</button></td></tr>
</tbody></table>
</main>`,
);

const rundownV2 = page(
  '18:00 · Northcast Rundown',
  `<header><strong>Northcast</strong><nav><a href="/rundowns">Rundowns</a><a href="/wires">Agency</a><a href="/assignments">Desk</a><a href="/archive">Archive</a></nav></header>
<main><div role="tablist" class="row"><button role="tab">13:30</button><button role="tab" aria-selected="true">18:00</button><button role="tab">22:30</button></div>
<div class="row toolbar"><button type="button" class="add-item">＋ Item</button><button type="button" aria-label="Lock rundown" aria-pressed="false">🔓</button>
<div class="menu" role="menu" aria-label="Export"><button type="button" role="menuitem" data-export="pdf">Export PDF</button><button type="button" role="menuitem" data-export="prompter">Send to prompter</button></div>
<span class="badge">27:40 / 27:00</span></div>
<table class="rundown-grid"><thead><tr><th></th><th>Page</th><th>Slug</th><th>Format</th><th>Time</th><th>Talent</th><th></th></tr></thead><tbody>
<tr data-slug="FLOODS"><td><span class="grip" aria-hidden="true">⋮⋮</span></td><td>A1</td><td><a href="/script/floods" class="slug">FLOODS</a></td><td>PKG + LIVE</td><td>3:20</td><td><select aria-label="Talent for FLOODS"><option selected>Anna</option><option>Marcus</option></select></td><td><button type="button" class="kill">Kill</button></td></tr>
<tr data-slug="DERBY"><td><span class="grip" aria-hidden="true">⋮⋮</span></td><td>A2</td><td><a href="/script/derby" class="slug">DERBY</a></td><td>PKG</td><td>2:10</td><td><select aria-label="Talent for DERBY"><option selected>Anna</option><option>Marcus</option></select></td><td><button type="button" class="kill">Kill</button></td></tr>
<tr data-slug="BUDGET"><td><span class="grip" aria-hidden="true">⋮⋮</span></td><td>A3</td><td><a href="/script/budget" class="slug">BUDGET</a></td><td>VO/SOT</td><td>1:45</td><td><select aria-label="Talent for BUDGET"><option>Anna</option><option selected>Marcus</option></select></td><td><button type="button" class="kill">Kill</button></td></tr>
<tr data-slug="WEATHER"><td><span class="grip" aria-hidden="true">⋮⋮</span></td><td>B1</td><td><a href="/script/weather" class="slug">WEATHER</a></td><td>LIVE</td><td>2:00</td><td><select aria-label="Talent for WEATHER"><option>Anna</option><option>Marcus</option><option selected>Kiri</option></select></td><td><button type="button" class="kill">Kill</button></td></tr>
</tbody></table>
</main>`,
);

const rundownPair: PagePair = {
  name: 'newsroom-rundown',
  v1: rundownV1,
  v2: rundownV2,
  targets: [
    {
      selector: '#story-floods a.script',
      expect: 'tr[data-slug="FLOODS"] a.slug',
      change: 'Edit script link became the slug itself',
    },
    { selector: '#story-budget .move-up', expect: null, change: 'move buttons replaced by drag reordering' },
    {
      selector: '#story-derby .move-down',
      expect: null,
      change: 'move down removed, rows are dragged instead',
    },
    {
      selector: '#story-budget .drop',
      expect: 'tr[data-slug="BUDGET"] button.kill',
      change: 'Drop relabelled Kill, story moved down a row',
    },
    { selector: '#add-story', expect: 'button.add-item', change: 'Add story became + Item' },
    {
      selector: '#print-rundown',
      expect: 'button[data-export="pdf"]',
      change: 'print moved into an export menu as Export PDF',
    },
    {
      selector: '#lock-rundown',
      expect: 'button[aria-label="Lock rundown"]',
      change: 'lock checkbox became a padlock toggle button',
    },
    {
      selector: '#story-weather select.presenter',
      expect: 'select[aria-label="Talent for WEATHER"]',
      change: 'presenter column renamed Talent',
    },
  ],
};

// ---------------------------------------------------------------- font specimen tester

const fontV1 = page(
  'Ashgrove Sans — Type tester — Kettle Type Foundry',
  `<header><a href="/" class="brand">Kettle Type</a><nav><a href="/fonts">Fonts</a><a href="/custom">Custom work</a><a href="/journal">Journal</a><a href="/licensing">Licensing</a></nav><a href="/cart">Basket (0)</a></header>
<main><h1>Ashgrove Sans</h1><p class="muted">14 styles · Designed by Ilse Varga, 2023</p>
<section class="tester card">
<label for="sample">Type something</label><input id="sample" name="sample" value="Quietly jumping foxes vex big wizards" size="48">
<div class="row"><label for="size">Size</label><input type="range" id="size" min="12" max="160" value="64"><span>64 px</span></div>
<fieldset class="row"><legend>Weight</legend>
<label><input type="radio" name="weight" id="w-light"> Light</label>
<label><input type="radio" name="weight" id="w-regular" checked> Regular</label>
<label><input type="radio" name="weight" id="w-bold"> Bold</label>
<label><input type="radio" name="weight" id="w-black"> Black</label>
</fieldset>
<label class="row"><input type="checkbox" id="italic"> Italic</label>
<fieldset class="row"><legend>OpenType features</legend>
<label><input type="checkbox" id="ot-liga" checked> Ligatures</label>
<label><input type="checkbox" id="ot-smcp"> Small caps</label>
<label><input type="checkbox" id="ot-onum"> Old-style figures</label>
</fieldset>
<p style="font-size:64px">Quietly jumping foxes vex big wizards</p>
</section>
<section><h2>Licence</h2>
<div class="row"><label for="licence">Licence type</label><select id="licence"><option>Desktop (up to 5 users)</option><option>Web (50k views/month)</option><option>App</option></select>
<strong>€180</strong><button id="add-cart" class="btn primary">Add to cart</button></div>
<p><a href="/trial/ashgrove" id="trial">Download trial fonts</a> · <a href="/specimen/ashgrove.pdf">PDF specimen</a></p>
</section>
</main>
<footer>Kettle Type Foundry · Ghent</footer>`,
);

const fontV2 = page(
  'Ashgrove Sans | Kettle',
  `<header><a href="/" class="brand">Kettle</a><nav><a href="/fonts">Typefaces</a><a href="/custom">Commissions</a><a href="/journal">Journal</a><a href="/licensing">Licences</a></nav><a href="/cart" aria-label="Basket, empty">🛒</a></header>
<main><div class="row"><h1>Ashgrove Sans</h1><span class="badge">Variable</span></div>
<div class="row"><button type="button" class="trial">Try for free</button><a href="/specimen/ashgrove.pdf">Specimen (PDF)</a></div>
<section class="tester">
<div class="row toolbar">
<div class="seg" role="group" aria-label="Style"><button type="button" data-weight="300">Light</button><button type="button" data-weight="400" aria-pressed="true">Regular</button><button type="button" data-weight="600">Semibold</button><button type="button" data-weight="700">Bold</button><button type="button" data-weight="900">Black</button></div>
<button type="button" data-style="italic" aria-pressed="false"><i>I</i></button>
<input type="range" min="12" max="200" value="64" aria-label="Font size"></div>
<textarea name="specimen" rows="2" cols="48" style="font-size:64px">Quietly jumping foxes vex big wizards</textarea>
<details open><summary>Features</summary>
<label class="row"><input type="checkbox" role="switch" data-feature="liga" checked> Standard ligatures <code>liga</code></label>
<label class="row"><input type="checkbox" role="switch" data-feature="onum"> Oldstyle numerals <code>onum</code></label>
<label class="row"><input type="checkbox" role="switch" data-feature="tnum"> Tabular numerals <code>tnum</code></label>
</details>
</section>
<aside class="card"><h2>Buy</h2><select name="licenceType" aria-label="Licence"><option>Desktop · 5 seats</option><option>Web · 50k pageviews</option><option>Mobile app</option><option>Broadcast</option></select>
<p>€180</p><button type="button" class="add-licence">Add licence</button></aside>
</main>
<footer>Kettle Type Foundry · Ghent</footer>`,
);

const fontPair: PagePair = {
  name: 'font-specimen-tester',
  v1: fontV1,
  v2: fontV2,
  targets: [
    {
      selector: '#sample',
      expect: 'textarea[name="specimen"]',
      change: 'sample input became a large textarea',
    },
    {
      selector: '#w-bold',
      expect: 'button[data-weight="700"]',
      change: 'weight radios became style buttons, Semibold inserted',
    },
    {
      selector: '#italic',
      expect: 'button[data-style="italic"]',
      change: 'italic checkbox became I toggle button',
    },
    { selector: '#ot-smcp', expect: null, change: 'small caps feature removed, tabular numerals added' },
    {
      selector: '#ot-onum',
      expect: 'input[data-feature="onum"]',
      change: 'Old-style figures became Oldstyle numerals switch with tag',
    },
    {
      selector: '#trial',
      expect: 'button.trial',
      change: 'trial download link became Try for free button at top',
    },
    {
      selector: '#add-cart',
      expect: 'button.add-licence',
      change: 'Add to cart became Add licence in a side panel',
    },
  ],
};

// ---------------------------------------------------------------- customs declaration

const customsV1 = page(
  'Customs declaration (CN23) — ParcelPost',
  `<header><a href="/" class="brand">ParcelPost</a><nav><a href="/send">Send</a><a href="/track">Track</a><a href="/business">Business</a></nav></header>
<main><h1>Customs declaration</h1><p class="muted">Sending to: Canada · Parcel 2.4 kg</p>
<fieldset><legend>Category of item</legend>
<label><input type="radio" name="category" id="cat-gift"> Gift</label>
<label><input type="radio" name="category" id="cat-sample"> Commercial sample</label>
<label><input type="radio" name="category" id="cat-docs"> Documents</label>
<label><input type="radio" name="category" id="cat-return"> Returned goods</label>
<label><input type="radio" name="category" id="cat-sale"> Sale of goods</label>
</fieldset>
<table id="items"><tr><th>Description</th><th>Qty</th><th>Weight (kg)</th><th>Value (£)</th><th>HS code</th><th>Origin</th><th></th></tr>
<tr><td><input name="items[0][desc]" value="Wool scarf"></td><td><input name="items[0][qty]" value="2" size="2"></td><td><input name="items[0][kg]" value="0.4" size="4"></td><td><input name="items[0][value]" value="60" size="5"></td><td><input name="items[0][hs]" value="611710" size="8"></td><td><select name="items[0][origin]"><option selected>United Kingdom</option><option>Ireland</option></select></td><td><a href="#" class="remove">Remove item</a></td></tr>
<tr><td><input name="items[1][desc]" value="Children's book"></td><td><input name="items[1][qty]" value="3" size="2"></td><td><input name="items[1][kg]" value="1.5" size="4"></td><td><input name="items[1][value]" value="24" size="5"></td><td><input name="items[1][hs]" value="490300" size="8"></td><td><select name="items[1][origin]"><option selected>United Kingdom</option><option>Ireland</option></select></td><td><a href="#" class="remove">Remove item</a></td></tr>
</table>
<button type="button" id="add-item" class="btn">Add another item</button>
<div class="row"><label for="eori">Sender EORI</label><input id="eori" name="eori"></div>
<label class="row"><input type="checkbox" id="certify"> I certify that the particulars given in this declaration are correct</label>
<div class="row"><button id="generate-cn23" class="btn primary">Generate CN23</button><a href="/send/basket">Back to basket</a></div>
</main>`,
);

const customsV2 = page(
  'What are you sending? — ParcelPost',
  `<header><a href="/" class="brand">ParcelPost</a><nav><a href="/send">Send a parcel</a><a href="/track">Track</a><a href="/business">For business</a></nav></header>
<main><h1>What's in your parcel?</h1><p class="muted">To Canada · 2.4 kg · Customs form required</p>
<fieldset><legend>Why are you sending it?</legend>
<label><input type="radio" name="reason" id="purpose-gift"> Gift (no payment made)</label>
<label><input type="radio" name="reason" id="purpose-sold"> I've sold these items</label>
<label><input type="radio" name="reason" id="purpose-docs"> Documents only</label>
<label><input type="radio" name="reason" id="purpose-return"> Returning an item</label>
<label><input type="radio" name="reason" id="purpose-personal"> Personal belongings</label>
</fieldset>
<fieldset class="card item"><legend>Item 1</legend>
<div class="grid"><label>What is it? <input name="item1Description" value="Wool scarf"></label><label>How many? <input name="item1Quantity" value="2" size="2"></label>
<label>Weight (kg) <input name="item1Weight" value="0.4" size="4"></label><label>Value (£) <input name="item1Value" value="60" size="5"></label>
<label>Tariff code <input id="item-1-tariff" value="611710" size="8"></label><label>Made in <select name="item1Origin"><option selected>United Kingdom</option><option>Ireland</option></select></label></div>
<button type="button" aria-label="Remove item 1" class="link">Remove</button></fieldset>
<fieldset class="card item"><legend>Item 2</legend>
<div class="grid"><label>What is it? <input name="item2Description" value="Children's book"></label><label>How many? <input name="item2Quantity" value="3" size="2"></label>
<label>Weight (kg) <input name="item2Weight" value="1.5" size="4"></label><label>Value (£) <input name="item2Value" value="24" size="5"></label>
<label>Tariff code <input id="item-2-tariff" value="490300" size="8"></label><label>Made in <select name="item2Origin"><option selected>United Kingdom</option><option>Ireland</option></select></label></div>
<button type="button" aria-label="Remove item 2" class="link">Remove</button></fieldset>
<div class="row"><button type="button" class="add-another">＋ Add another item</button><a href="/tariff-lookup">Find a tariff code</a></div>
<label for="sender-eori">EORI number <span class="muted">(businesses only)</span></label><input id="sender-eori" name="senderEori">
<div class="row"><input type="checkbox" id="confirm-accurate"><label for="confirm-accurate">I confirm this information is correct and complete</label></div>
<div class="row"><a href="/send/basket">Back</a><button type="button" class="create-form">Create customs form</button></div>
</main>`,
);

const customsPair: PagePair = {
  name: 'customs-declaration',
  v1: customsV1,
  v2: customsV2,
  targets: [
    {
      selector: '#items tr:nth-child(3) .remove',
      expect: 'button[aria-label="Remove item 2"]',
      change: 'item rows became fieldsets, Remove item link became Remove button',
    },
    {
      selector: 'input[name="items[1][hs]"]',
      expect: '#item-2-tariff',
      change: 'HS code renamed Tariff code, field name scheme changed',
    },
    { selector: '#cat-gift', expect: '#purpose-gift', change: 'category radios reworded as reasons' },
    {
      selector: '#cat-sample',
      expect: null,
      change: 'commercial sample option removed, personal belongings added',
    },
    { selector: '#eori', expect: '#sender-eori', change: 'EORI field relabelled, businesses only hint' },
    {
      selector: '#certify',
      expect: '#confirm-accurate',
      change: 'certify checkbox reworded in plain English',
    },
    {
      selector: '#generate-cn23',
      expect: 'button.create-form',
      change: 'Generate CN23 became Create customs form',
    },
  ],
};

// ---------------------------------------------------------------- regatta race entry

const regattaV1 = page(
  'Race entry — Loch Arden Sailing Club',
  `<header><a href="/" class="logo">Loch Arden SC</a><nav><a href="/racing">Racing</a><a href="/results">Results</a><a href="/training">Training</a><a href="/members">Members</a></nav></header>
<main><h1>Enter a race</h1>
<form class="entry">
<label for="boat-class">Class</label><select id="boat-class" name="class"><option>Laser / ILCA 7</option><option>RS200</option><option>Solo</option><option>Wayfarer</option><option>Topper</option></select>
<label for="sail-no">Sail number</label><input id="sail-no" name="sail">
<label for="helm">Helm</label><input id="helm" name="helm" value="Fiona Grant">
<label for="crew">Crew</label><input id="crew" name="crew">
<fieldset><legend>Series</legend>
<label><input type="checkbox" id="series-sun"> Sunday points series</label>
<label><input type="checkbox" id="series-wed"> Wednesday evening series</label>
<label><input type="checkbox" id="series-frost"> Frostbite series</label>
</fieldset>
<fieldset><legend>Start</legend>
<label><input type="radio" name="fleet" id="fleet-fast"> Fast handicap</label>
<label><input type="radio" name="fleet" id="fleet-slow"> Slow handicap</label>
</fieldset>
<div class="row"><button type="submit" id="enter-race" class="btn primary">Enter race</button><a href="/racing/fees" id="pay-fee">Pay entry fee</a></div>
</form>
<h2>Entries for Sunday 15 June</h2>
<table class="entries"><tr><th>Sail</th><th>Class</th><th>Helm</th><th>Crew</th><th></th></tr>
<tr class="entry-1412"><td>1412</td><td>RS200</td><td>D. Ross</td><td>K. Ross</td><td><a href="#" class="withdraw">Withdraw</a></td></tr>
<tr class="entry-2204"><td>2204</td><td>Solo</td><td>Fiona Grant</td><td>—</td><td><a href="#" class="withdraw">Withdraw</a></td></tr>
<tr class="entry-9871"><td>9871</td><td>Wayfarer</td><td>M. Begg</td><td>S. Begg</td><td><a href="#" class="withdraw">Withdraw</a></td></tr>
</table>
</main>
<footer>RYA affiliated club · <a href="/si">Sailing instructions</a></footer>`,
);

const regattaV2 = page(
  'Sign on · Loch Arden SC',
  `<header><a href="/" class="logo">Loch Arden SC</a><nav><a href="/racing">Racing</a><a href="/results">Results</a><a href="/training">Learn to sail</a><a href="/members">Members</a></nav></header>
<main><h1>Sign on for racing</h1>
<div class="grid"><form class="card">
<h2>Boat</h2>
<div class="row"><select name="dinghyClass" aria-label="Dinghy class"><option>ILCA 7</option><option>ILCA 6</option><option>RS200</option><option>Solo</option><option>Wayfarer</option><option>Topper</option></select><input id="sail-number" name="sailNumber" placeholder="Sail no." size="6"></div>
<p class="muted">Handicap: PY 1142 · you'll start in the <span class="badge">Slow</span> fleet</p>
<h2>People</h2>
<input name="helmName" value="Fiona Grant" aria-label="Helm">
<input name="crewName" placeholder="Crew (leave blank if single-handed)" aria-label="Crew">
<h2>Which series?</h2>
<label class="row"><input type="checkbox" id="ser-sunday"> Sunday points</label>
<label class="row"><input type="checkbox" id="ser-wednesday"> Wednesday twilight</label>
<label class="row"><input type="checkbox" id="ser-pursuit"> Autumn pursuit</label>
<div class="row"><button type="submit" class="submit-entry">Submit entry</button><a href="/racing/fees">Entry fees</a></div>
</form>
<section><h2>Signed on for Sun 15 Jun <span class="badge">3</span></h2>
<ul class="entry-list">
<li data-sail="1412" class="card">1412 · RS200 · D. &amp; K. Ross <button type="button">Withdraw</button></li>
<li data-sail="2204" class="card">2204 · Solo · Fiona Grant <button type="button">Withdraw</button></li>
<li data-sail="9871" class="card">9871 · Wayfarer · M. &amp; S. Begg <button type="button">Withdraw</button></li>
</ul></section></div>
</main>
<footer>RYA affiliated · <a href="/si">Sailing instructions</a></footer>`,
);

const regattaPair: PagePair = {
  name: 'regatta-race-entry',
  v1: regattaV1,
  v2: regattaV2,
  targets: [
    {
      selector: '#boat-class',
      expect: 'select[name="dinghyClass"]',
      change: 'class select lost label, ILCA split',
    },
    {
      selector: '#sail-no',
      expect: '#sail-number',
      change: 'sail number field moved beside class, placeholder only',
    },
    {
      selector: '#series-wed',
      expect: '#ser-wednesday',
      change: 'Wednesday evening renamed Wednesday twilight',
    },
    { selector: '#series-frost', expect: null, change: 'Frostbite series removed, Autumn pursuit added' },
    {
      selector: '#fleet-slow',
      expect: null,
      change: 'fleet choice removed, fleet now derived from handicap',
    },
    { selector: '#enter-race', expect: 'button.submit-entry', change: 'Enter race became Submit entry' },
    {
      selector: '.entry-2204 a.withdraw',
      expect: 'li[data-sail="2204"] button',
      change: 'entries table became list cards, withdraw link became button',
    },
  ],
};

// ---------------------------------------------------------------- archive reading room request

const archiveV1 = page(
  'Order documents — County Record Office',
  `<header><a href="/" class="logo">County Record Office</a><nav><a href="/catalogue">Catalogue</a><a href="/visit">Visit us</a><a href="/research">Research service</a></nav><a href="/orders" id="my-orders">My orders</a></header>
<main><h1>Order documents for your visit</h1>
<p class="muted">You can order up to 3 documents in advance. Documents are produced at 10:00 and 14:00.</p>
<div class="row"><label for="visit-date">Visit date</label><select id="visit-date" name="visit"><option>Tue 17 June</option><option>Wed 18 June</option><option>Thu 19 June</option></select></div>
<fieldset class="row"><legend>Reading room</legend>
<label><input type="radio" name="room" id="room-main" checked> Main reading room</label>
<label><input type="radio" name="room" id="room-map"> Map room</label>
</fieldset>
<label for="ticket-no">Reader's ticket number</label><input id="ticket-no" name="ticket">
<h2>Your search results</h2>
<div class="card" id="doc-1"><h3>DL/C/4/12</h3><p>Tithe apportionment, parish of Hartsford, 1841</p><button class="order">Order this document</button> <a href="/copies/DL-C-4-12" class="copies">Request copies</a></div>
<div class="card" id="doc-2"><h3>P/HAR/1/3</h3><p>Hartsford parish register: baptisms 1790–1812</p><button class="order">Order this document</button> <a href="/copies/P-HAR-1-3" class="copies">Request copies</a></div>
<div class="card" id="doc-3"><h3>DL/C/9/3</h3><p>Estate map of Hartsford Manor, 1788</p><button class="order">Order this document</button> <a href="/copies/DL-C-9-3" class="copies">Request copies</a></div>
<p><a href="/catalogue?q=hartsford&amp;page=2">More results</a></p>
</main>
<footer>County Record Office · <a href="/access">Access to archives</a></footer>`,
);

const archiveV2 = page(
  'Pre-order documents | Record Office',
  `<header><a href="/" class="logo">Record Office</a><nav><a href="/catalogue">Search the catalogue</a><a href="/visit">Plan a visit</a><a href="/research">Paid research</a><a href="/copies">Copies &amp; images</a></nav><a href="/orders" class="orders">Orders (0)</a></header>
<main><h1>Pre-order documents</h1>
<div class="grid"><div><label for="visit-day">Date of visit</label><input type="date" id="visit-day" name="visitDate"></div>
<div><label for="reader-ticket">Reader's ticket</label><input id="reader-ticket" name="readerTicket" placeholder="e.g. RT123456"></div></div>
<fieldset class="row"><legend>Where will you be working?</legend>
<label><input type="radio" name="workspace" id="rr-main" value="main" checked> Main reading room</label>
<label><input type="radio" name="workspace" id="rr-film" value="microfilm"> Microfilm room</label>
</fieldset>
<p class="muted">Up to 3 items. Production times 10:00 and 14:00.</p>
<table class="results"><thead><tr><th>Reference</th><th>Description</th><th>Date</th><th></th></tr></thead><tbody>
<tr data-ref="DL/C/9/3"><td>DL/C/9/3</td><td>Estate map of Hartsford Manor</td><td>1788</td><td><button type="button" class="btn">Add to order</button></td></tr>
<tr data-ref="DL/C/4/12"><td>DL/C/4/12</td><td>Tithe apportionment, Hartsford</td><td>1841</td><td><button type="button" class="btn">Add to order</button></td></tr>
<tr data-ref="P/HAR/1/3"><td>P/HAR/1/3</td><td>Parish register: baptisms</td><td>1790–1812</td><td><button type="button" class="btn">Add to order</button></td></tr>
</tbody></table>
<nav class="row"><a href="/catalogue?q=hartsford&amp;page=2">Next page</a></nav>
</main>
<footer>Record Office · <a href="/access">Access</a></footer>`,
);

const archivePair: PagePair = {
  name: 'archive-reading-room-request',
  v1: archiveV1,
  v2: archiveV2,
  targets: [
    {
      selector: '#doc-1 .order',
      expect: 'tr[data-ref="DL/C/4/12"] button',
      change: 'result cards became table rows, re-sorted by date, Add to order',
    },
    {
      selector: '#doc-2 a.copies',
      expect: null,
      change: 'per-document copy requests removed, moved to a site section',
    },
    { selector: '#room-map', expect: null, change: 'map room option removed, microfilm room added' },
    {
      selector: '#ticket-no',
      expect: '#reader-ticket',
      change: 'ticket field shortened label, placeholder added',
    },
    { selector: '#visit-date', expect: '#visit-day', change: 'visit date select became a date input' },
    { selector: '#my-orders', expect: 'header a.orders', change: 'My orders link became Orders with count' },
  ],
};

// ---------------------------------------------------------------- game server panel

const serverV1 = page(
  'survival-eu-2 — Server panel — BlockHost',
  `<header><a href="/" class="brand">BlockHost</a><nav><a href="/servers">Servers</a><a href="/billing">Billing</a><a href="/support">Support</a></nav></header>
<main><h1>survival-eu-2</h1><p><span class="badge">Running</span> 1.21.4 · 6/20 players · 42% CPU</p>
<div class="row"><button id="srv-start" class="btn" disabled>Start</button><button id="srv-stop" class="btn">Stop</button><button id="srv-restart" class="btn">Restart</button><button id="create-backup" class="btn">Create backup</button></div>
<section><h2>Console</h2>
<pre class="console" style="height:80px;background:#111;color:#9f9">[12:01:44] Steve_99 joined the game</pre>
<div class="row"><input id="console-cmd" name="cmd" placeholder="Type a command" size="40"><button id="console-send" class="btn">Send</button></div></section>
<section><h2>Players online</h2>
<table class="players"><tr><th>Player</th><th>Ping</th><th></th></tr>
<tr data-player="Steve_99"><td>Steve_99</td><td>38 ms</td><td><button class="kick">Kick</button> <button class="ban">Ban</button> <button class="op">Op</button></td></tr>
<tr data-player="alex.builds"><td>alex.builds</td><td>52 ms</td><td><button class="kick">Kick</button> <button class="ban">Ban</button> <button class="op">Op</button></td></tr>
<tr data-player="Nyx"><td>Nyx</td><td>120 ms</td><td><button class="kick">Kick</button> <button class="ban">Ban</button> <button class="op">Op</button></td></tr>
</table></section>
<section><h2>Settings</h2>
<div class="row"><label for="difficulty">Difficulty</label><select id="difficulty"><option>Peaceful</option><option>Easy</option><option selected>Normal</option><option>Hard</option></select>
<label for="max-players">Max players</label><input id="max-players" type="number" value="20" size="3"></div>
<label class="row"><input type="checkbox" id="pvp" checked> PvP enabled</label>
<label class="row"><input type="checkbox" id="whitelist"> Whitelist only</label>
<button id="save-settings" class="btn primary">Save settings</button></section>
</main>`,
);

const serverV2 = page(
  'survival-eu-2 · BlockHost',
  `<header><a href="/" class="brand">BlockHost</a><nav><a href="/servers">Servers</a><a href="/billing">Billing</a><a href="/support">Help</a></nav></header>
<main><div class="row"><h1>survival-eu-2</h1><span class="badge">● Online</span>
<button type="button" aria-label="Stop server" class="icon">■</button><button type="button" aria-label="Restart server" class="icon">↻</button><button type="button" class="backup-now">Back up now</button></div>
<div class="grid"><section><h2>Console</h2>
<pre class="console" style="height:120px;background:#111;color:#9f9">[12:01:44] Steve_99 joined the game</pre>
<input name="command" aria-label="Console command" placeholder="/say hello — press Enter to run" size="48"></section>
<section><h2>Players <span class="badge">6/20</span></h2>
<div class="card player" data-name="alex.builds"><strong>alex.builds</strong> <span class="muted">52 ms</span><button type="button" aria-label="Mute alex.builds">🔇</button><button type="button" aria-label="Kick alex.builds">⏏</button><button type="button" aria-label="Ban alex.builds">⛔</button></div>
<div class="card player" data-name="Nyx"><strong>Nyx</strong> <span class="muted">120 ms</span><button type="button" aria-label="Mute Nyx">🔇</button><button type="button" aria-label="Kick Nyx">⏏</button><button type="button" aria-label="Ban Nyx">⛔</button></div>
<div class="card player" data-name="Steve_99"><strong>Steve_99</strong> <span class="muted">38 ms</span><button type="button" aria-label="Mute Steve_99">🔇</button><button type="button" aria-label="Kick Steve_99">⏏</button><button type="button" aria-label="Ban Steve_99">⛔</button></div>
</section></div>
<section class="card"><h2>Gameplay</h2>
<div class="row"><label for="game-difficulty">Difficulty</label><select id="game-difficulty" name="difficulty"><option>Peaceful</option><option>Easy</option><option selected>Normal</option><option>Hard</option><option>Hardcore</option></select>
<label for="slots">Player slots</label><input id="slots" type="number" value="20" size="3"></div>
<label class="row"><input type="checkbox" role="switch" name="pvp" checked> Players can hurt each other</label>
<label class="row"><input type="checkbox" role="switch" name="allowFlight"> Allow flight</label>
<button type="button" class="apply">Apply changes</button></section>
</main>`,
);

const serverPair: PagePair = {
  name: 'game-server-panel',
  v1: serverV1,
  v2: serverV2,
  targets: [
    {
      selector: '#srv-stop',
      expect: 'button[aria-label="Stop server"]',
      change: 'Stop became square icon in title row',
    },
    {
      selector: 'tr[data-player="Steve_99"] .kick',
      expect: 'button[aria-label="Kick Steve_99"]',
      change: 'player table became cards sorted by name, kick became icon',
    },
    {
      selector: 'tr[data-player="alex.builds"] .op',
      expect: null,
      change: 'Op buttons removed, mute buttons added',
    },
    { selector: '#console-cmd', expect: 'input[name="command"]', change: 'console input renamed, widened' },
    { selector: '#console-send', expect: null, change: 'Send button removed, Enter runs the command' },
    {
      selector: '#pvp',
      expect: 'input[name="pvp"]',
      change: 'PvP checkbox became switch with plain-English label',
    },
    {
      selector: '#whitelist',
      expect: null,
      change: 'whitelist moved off this page, allow flight switch added',
    },
    { selector: '#create-backup', expect: 'button.backup-now', change: 'Create backup became Back up now' },
  ],
};

// ---------------------------------------------------------------- theatre lighting cue list

const cuesV1 = page(
  'Cue list — "The Lighthouse Keeper" — CueDesk',
  `<header><strong>CueDesk</strong><nav><a href="/cues">Cues</a><a href="/patch">Patch</a><a href="/groups">Groups</a><a href="/palettes">Palettes</a></nav><span class="muted">Show: lighthouse_v7.show</span></header>
<main><div class="row playback"><button id="go" class="btn primary" style="font-size:24px">GO</button><button id="back" class="btn">Back</button><button id="record" class="btn">Record cue</button><button id="save-show" class="btn">Save show</button></div>
<div class="row"><label for="cmd">Command line</label><input id="cmd" name="cmd" placeholder="Chan 12 @ 80" size="30"><button id="cmd-enter" class="btn">Enter</button></div>
<table class="cue-list"><thead><tr><th>Cue</th><th>Label</th><th>Fade (s)</th><th>Follow</th><th></th></tr></thead><tbody>
<tr data-cue="2"><td>2</td><td>House to half</td><td><input class="fade" value="5" size="3"></td><td><input type="checkbox" class="follow" checked></td><td><button class="goto">Go to cue</button> <button class="update">Update</button> <button class="del">Delete</button></td></tr>
<tr data-cue="3"><td>3</td><td>Storm — lightning chase</td><td><input class="fade" value="0.5" size="3"></td><td><input type="checkbox" class="follow"></td><td><button class="goto">Go to cue</button> <button class="update">Update</button> <button class="del">Delete</button></td></tr>
<tr data-cue="5"><td>5</td><td>Lamp room, dawn</td><td><input class="fade" value="12" size="3"></td><td><input type="checkbox" class="follow"></td><td><button class="goto">Go to cue</button> <button class="update">Update</button> <button class="del">Delete</button></td></tr>
<tr data-cue="6"><td>6</td><td>Blackout</td><td><input class="fade" value="3" size="3"></td><td><input type="checkbox" class="follow"></td><td><button class="goto">Go to cue</button> <button class="update">Update</button> <button class="del">Delete</button></td></tr>
</tbody></table>
</main>`,
);

const cuesV2 = page(
  'lighthouse_v7 · CueDesk',
  `<header><strong>CueDesk</strong><nav><a href="/cues">Playback</a><a href="/patch">Patch</a><a href="/groups">Groups</a><a href="/palettes">Palettes</a></nav><span class="badge">Autosaved</span></header>
<main><div class="row"><input name="commandLine" aria-label="Command line" placeholder="Chan 12 @ 80 Enter" size="36"><button type="button" title="Record cue" class="rec">REC</button></div>
<table class="cue-sheet"><thead><tr><th>Q</th><th>Label</th><th>Up</th><th>Down</th><th>Auto</th><th></th></tr></thead><tbody>
<tr data-q="2"><td>2</td><td>House to half</td><td><input name="up" value="5" size="3"></td><td><input name="down" value="5" size="3"></td><td><button type="button" class="follow-toggle" aria-pressed="true">F</button></td><td><button type="button" class="jump">Jump</button><button type="button" aria-label="Update cue 2">⟳</button><button type="button" aria-label="Delete cue 2">✕</button></td></tr>
<tr data-q="3"><td>3</td><td>Storm — lightning chase</td><td><input name="up" value="0.5" size="3"></td><td><input name="down" value="0.5" size="3"></td><td><button type="button" class="follow-toggle" aria-pressed="false">F</button></td><td><button type="button" class="jump">Jump</button><button type="button" aria-label="Update cue 3">⟳</button><button type="button" aria-label="Delete cue 3">✕</button></td></tr>
<tr data-q="4.5"><td>4.5</td><td>Storm ebbs</td><td><input name="up" value="8" size="3"></td><td><input name="down" value="10" size="3"></td><td><button type="button" class="follow-toggle" aria-pressed="true">F</button></td><td><button type="button" class="jump">Jump</button><button type="button" aria-label="Update cue 4.5">⟳</button><button type="button" aria-label="Delete cue 4.5">✕</button></td></tr>
<tr data-q="5"><td>5</td><td>Lamp room, dawn</td><td><input name="up" value="12" size="3"></td><td><input name="down" value="12" size="3"></td><td><button type="button" class="follow-toggle" aria-pressed="false">F</button></td><td><button type="button" class="jump">Jump</button><button type="button" aria-label="Update cue 5">⟳</button><button type="button" aria-label="Delete cue 5">✕</button></td></tr>
<tr data-q="7"><td>7</td><td>Curtain call</td><td><input name="up" value="2" size="3"></td><td><input name="down" value="3" size="3"></td><td><button type="button" class="follow-toggle" aria-pressed="false">F</button></td><td><button type="button" class="jump">Jump</button><button type="button" aria-label="Update cue 7">⟳</button><button type="button" aria-label="Delete cue 7">✕</button></td></tr>
</tbody></table>
<div class="row playback"><button type="button" aria-label="Back one cue" class="icon">◀◀</button><button type="button" class="go-btn" style="font-size:32px;padding:16px 48px">GO</button></div>
</main>`,
);

const cuesPair: PagePair = {
  name: 'lighting-cue-list',
  v1: cuesV1,
  v2: cuesV2,
  targets: [
    { selector: '#go', expect: 'button.go-btn', change: 'GO button moved below the cue sheet and enlarged' },
    { selector: '#back', expect: 'button[aria-label="Back one cue"]', change: 'Back became a rewind icon' },
    { selector: '#record', expect: 'button[title="Record cue"]', change: 'Record cue became REC' },
    {
      selector: 'tr[data-cue="3"] .goto',
      expect: 'tr[data-q="3"] button.jump',
      change: 'Go to cue became Jump',
    },
    {
      selector: 'tr[data-cue="5"] input.fade',
      expect: 'tr[data-q="5"] input[name="up"]',
      change: 'single fade time split into up and down times',
    },
    { selector: 'tr[data-cue="6"] .del', expect: null, change: 'cue 6 deleted from the show, cue 7 added' },
    { selector: '#save-show', expect: null, change: 'Save show removed, show autosaves' },
    {
      selector: 'tr[data-cue="2"] input.follow',
      expect: 'tr[data-q="2"] button.follow-toggle',
      change: 'follow checkbox became F toggle in an Auto column',
    },
  ],
};

// ---------------------------------------------------------------- carbon footprint calculator

const carbonV1 = page(
  'Household carbon calculator — GreenStep',
  `<header><a href="/" class="brand">GreenStep</a><nav><a href="/calculator">Calculator</a><a href="/actions">Take action</a><a href="/offset">Offsetting</a><a href="/about">About</a></nav></header>
<main><h1>Work out your household's carbon footprint</h1>
<section><h2>Home</h2>
<label for="kwh">Electricity used per year (kWh)</label><input id="kwh" name="kwh" value="2900">
<label for="heating">Main heating</label><select id="heating"><option>Gas boiler</option><option>Oil boiler</option><option>Heat pump</option><option>Electric storage heaters</option></select>
<label class="row"><input type="checkbox" id="green-tariff"> I'm on a 100% renewable electricity tariff</label>
</section>
<section><h2>Travel</h2>
<label for="car-miles">Miles driven per year</label><input id="car-miles" name="car_miles" value="7000">
<fieldset class="row"><legend>Car fuel</legend>
<label><input type="radio" name="fuel" id="fuel-petrol" checked> Petrol</label>
<label><input type="radio" name="fuel" id="fuel-diesel"> Diesel</label>
<label><input type="radio" name="fuel" id="fuel-hybrid"> Hybrid</label>
<label><input type="radio" name="fuel" id="fuel-electric"> Electric</label>
</fieldset>
<div class="row"><label for="flights-short">Short-haul return flights</label><input id="flights-short" type="number" value="2" size="3">
<label for="flights-long">Long-haul return flights</label><input id="flights-long" type="number" value="0" size="3"></div>
</section>
<section><h2>Food</h2>
<fieldset><legend>Which best describes your diet?</legend>
<label><input type="radio" name="diet" id="diet-meat-daily"> Meat most days</label>
<label><input type="radio" name="diet" id="diet-meat-some"> Meat sometimes</label>
<label><input type="radio" name="diet" id="diet-vegetarian"> Vegetarian</label>
<label><input type="radio" name="diet" id="diet-vegan"> Vegan</label>
</fieldset></section>
<label class="row"><input type="checkbox" id="compare-avg" checked> Compare my result with the UK average</label>
<div class="row"><button id="calculate" class="btn primary">Calculate</button><a href="?reset=1" class="reset">Reset</a></div>
</main>
<footer>GreenStep is a registered charity · <a href="/method">Our method</a></footer>`,
);

const carbonV2 = page(
  'Your carbon footprint | GreenStep',
  `<header><a href="/" class="brand">GreenStep</a><nav><a href="/calculator">Footprint</a><a href="/actions">Cut it</a><a href="/offset">Offsets</a><a href="/about">About us</a></nav></header>
<main><h1>How big is your footprint?</h1><p class="muted">Takes about 3 minutes. We'll show how you compare with the UK average.</p>
<div class="grid"><section class="card"><h2>🏠 At home</h2>
<label>Yearly electricity <input name="electricityKwh" value="2900" size="6"> kWh</label> <a href="/help/kwh" class="muted">Where do I find this?</a>
<select aria-label="How do you heat your home?"><option>Gas boiler</option><option>Oil boiler</option><option>Air or ground source heat pump</option><option>Electric heaters</option><option>Wood burner</option></select>
<label class="row"><input type="checkbox" id="renewable"> My electricity is 100% renewable</label>
</section>
<section class="card"><h2>🚗 Getting around</h2>
<label>Miles a year <input type="range" name="carMiles" min="0" max="30000" value="7000"></label>
<div class="seg row" role="group" aria-label="Your car runs on"><button type="button" data-fuel="petrol" aria-pressed="true">Petrol</button><button type="button" data-fuel="diesel">Diesel</button><button type="button" data-fuel="phev">Plug-in hybrid</button><button type="button" data-fuel="ev">Electric</button><button type="button" data-fuel="none">No car</button></div>
<div class="row"><span>Flights under 6 hours</span><button type="button" aria-label="Fewer short flights">−</button><input name="shortHaulFlights" value="2" size="2" aria-label="Short flights"><button type="button" aria-label="More short flights">+</button></div>
<div class="row"><span>Flights over 6 hours</span><button type="button" aria-label="Fewer long flights">−</button><input name="longHaulFlights" value="0" size="2" aria-label="Long flights"><button type="button" aria-label="More long flights">+</button></div>
</section></div>
<section class="card"><h2>🍽 What you eat</h2>
<div class="grid3 diet">
<button type="button" data-diet="meat-lover">🥩 Meat lover</button><button type="button" data-diet="flexitarian">🥗 Flexitarian</button><button type="button" data-diet="pescatarian">🐟 Pescatarian</button>
<button type="button" data-diet="vegetarian">🧀 Vegetarian</button><button type="button" data-diet="vegan">🌱 Vegan</button></div></section>
<button type="button" class="see-results btn primary">See my footprint</button>
</main>
<footer>Registered charity · <a href="/method">How we calculate this</a></footer>`,
);

const carbonPair: PagePair = {
  name: 'carbon-footprint-calculator',
  v1: carbonV1,
  v2: carbonV2,
  targets: [
    { selector: 'a.reset', expect: null, change: 'reset link removed' },
    { selector: '#green-tariff', expect: '#renewable', change: 'renewable tariff checkbox reworded' },
    { selector: '#car-miles', expect: 'input[name="carMiles"]', change: 'miles text field became a slider' },
    {
      selector: '#fuel-electric',
      expect: 'button[data-fuel="ev"]',
      change: 'fuel radios became segmented buttons',
    },
    {
      selector: '#flights-long',
      expect: 'input[name="longHaulFlights"]',
      change: 'long-haul relabelled flights over 6 hours, stepper added',
    },
    {
      selector: '#diet-vegetarian',
      expect: 'button[data-diet="vegetarian"]',
      change: 'diet radios became emoji cards, options re-cut',
    },
    { selector: '#calculate', expect: 'button.see-results', change: 'Calculate became See my footprint' },
    {
      selector: '#compare-avg',
      expect: null,
      change: 'comparison checkbox removed, comparison always shown',
    },
  ],
};

// ---------------------------------------------------------------- winter gritting dispatch

const gritV1 = page(
  'Winter service — Gritting decisions — Highways Ops',
  `<header><strong>Highways Ops</strong><nav><a href="/winter">Winter service</a><a href="/defects">Defects</a><a href="/fleet">Fleet</a><a href="/rota">Duty rota</a></nav><span class="muted">Duty officer: P. Kaur</span></header>
<main><h1>Gritting decision — night of 14 January</h1>
<p>Forecast road surface minimum: <strong>−2.5 °C</strong> at 04:00. Ice likely on untreated roads.</p>
<fieldset class="row"><legend>Decision</legend>
<label><input type="radio" name="treatment" id="treat-full"> Full treatment</label>
<label><input type="radio" name="treatment" id="treat-precaution" checked> Precautionary salting</label>
<label><input type="radio" name="treatment" id="treat-none"> No action</label>
</fieldset>
<div class="row"><button id="dispatch-p1" class="btn primary">Dispatch all priority 1 routes</button><button id="notify-drivers" class="btn">Notify drivers (SMS)</button></div>
<table class="routes"><thead><tr><th>Route</th><th>Priority</th><th>Gritter</th><th>Status</th><th></th></tr></thead><tbody>
<tr id="route-R2"><td>R2 Northern ring</td><td>P1</td><td><select class="vehicle"><option selected>GR-11</option><option>GR-14</option><option>GR-19</option></select></td><td>Ready</td><td><button class="dispatch">Dispatch</button> <button class="complete">Mark complete</button></td></tr>
<tr id="route-R3"><td>R3 Hospital &amp; bus station</td><td>P1</td><td><select class="vehicle"><option>GR-11</option><option selected>GR-14</option><option>GR-19</option></select></td><td>Ready</td><td><button class="dispatch">Dispatch</button> <button class="complete">Mark complete</button></td></tr>
<tr id="route-R5"><td>R5 Hill villages</td><td>P2</td><td><select class="vehicle"><option>GR-11</option><option>GR-14</option><option selected>GR-19</option></select></td><td>Out</td><td><button class="dispatch" disabled>Dispatch</button> <button class="complete">Mark complete</button></td></tr>
<tr id="route-R7"><td>R7 Industrial estate</td><td>P2</td><td><select class="vehicle"><option selected>GR-11</option><option>GR-14</option><option>GR-19</option></select></td><td>Ready</td><td><button class="dispatch">Dispatch</button> <button class="complete">Mark complete</button></td></tr>
</tbody></table>
<p class="muted">Salt stock: 1,840 t · <a href="/winter/stock">Update stock</a></p>
</main>`,
);

const gritV2 = page(
  '14 Jan · Winter decision · Highways Ops',
  `<header><strong>Highways Ops</strong><nav><a href="/winter">Winter</a><a href="/defects">Defects</a><a href="/fleet">Vehicles</a><a href="/rota">On call</a></nav><button type="button" class="call-dm">Call duty manager</button></header>
<main><div class="row"><h1>Tonight: 14 Jan</h1><span class="badge">RST min −2.5 °C · 04:00</span></div>
<div class="seg row" role="radiogroup" aria-label="Treatment decision"><button type="button" role="radio" data-treatment="full">Full salt</button><button type="button" role="radio" data-treatment="pre" aria-checked="true">Pre-salt</button><button type="button" role="radio" data-treatment="stand-down">Stand down</button></div>
<div class="grid"><section><h2>North depot</h2>
<div class="card" data-route="R2"><h3>R2 · Northern ring</h3><span class="badge">P1</span><select aria-label="Gritter for R2"><option selected>GR-11</option><option>GR-14</option><option>GR-19</option></select><button type="button" class="send-out">Send out</button><button type="button" aria-label="Mark route R2 done">✓</button></div>
<div class="card" data-route="R6"><h3>R6 · Industrial &amp; retail parks</h3><span class="badge">P2</span><select aria-label="Gritter for R6"><option selected>GR-11</option><option>GR-14</option><option>GR-19</option></select><button type="button" class="send-out">Send out</button><button type="button" aria-label="Mark route R6 done">✓</button></div>
</section>
<section><h2>South depot</h2>
<div class="card" data-route="R3"><h3>R3 · Hospital &amp; bus station</h3><span class="badge">P1</span><select aria-label="Gritter for R3"><option>GR-11</option><option selected>GR-14</option><option>GR-19</option></select><button type="button" class="send-out">Send out</button><button type="button" aria-label="Mark route R3 done">✓</button></div>
<div class="card" data-route="R5"><h3>R5 · Hill villages</h3><span class="badge">P2 · out</span><select aria-label="Gritter for R5"><option>GR-11</option><option>GR-14</option><option selected>GR-19</option></select><button type="button" aria-label="Mark route R5 done">✓</button></div>
</section></div>
<div class="row"><button type="button" class="send-p1 btn primary">Send out all P1</button><span class="muted">Salt: 1,840 t</span><a href="/winter/stock">Stock</a></div>
</main>`,
);

const gritPair: PagePair = {
  name: 'winter-gritting-dispatch',
  v1: gritV1,
  v2: gritV2,
  targets: [
    {
      selector: '#treat-precaution',
      expect: 'button[data-treatment="pre"]',
      change: 'decision radios became segmented buttons, Precautionary salting shortened to Pre-salt',
    },
    {
      selector: '#treat-none',
      expect: 'button[data-treatment="stand-down"]',
      change: 'No action relabelled Stand down',
    },
    {
      selector: '#route-R3 .dispatch',
      expect: 'div[data-route="R3"] button.send-out',
      change: 'routes grouped by depot as cards, Dispatch became Send out',
    },
    {
      selector: '#route-R5 .complete',
      expect: 'button[aria-label="Mark route R5 done"]',
      change: 'Mark complete became tick icon button',
    },
    {
      selector: '#route-R7 .dispatch',
      expect: null,
      change: 'route R7 merged away, new route R6 in its place',
    },
    {
      selector: '#route-R2 select.vehicle',
      expect: 'select[aria-label="Gritter for R2"]',
      change: 'vehicle select lost class, gained aria-label',
    },
    { selector: '#dispatch-p1', expect: 'button.send-p1', change: 'moved below the routes and reworded' },
    {
      selector: '#notify-drivers',
      expect: null,
      change: 'SMS notify removed, call duty manager button added',
    },
  ],
};

export const BLIND6_PAIRS: readonly PagePair[] = [
  hamPair,
  juryPair,
  brewPair,
  fishPair,
  choirPair,
  lostPair,
  subsPair,
  windPair,
  dogPair,
  corePair,
  marinaPair,
  knitPair,
  passportPair,
  foodbankPair,
  dccPair,
  rundownPair,
  fontPair,
  customsPair,
  regattaPair,
  archivePair,
  serverPair,
  cuesPair,
  carbonPair,
  gritPair,
];
