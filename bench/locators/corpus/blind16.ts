/**
 * Blind corpus 16, sealed: written without looking at the matcher.
 * Domains: mining blasting, ocean carrier bookings, commercial underwriting, clinical trial IRT, power trading, dairy co-op milk pickup, transit service alerts, election reconciliation, nonprofit gift entry, dental perio charting, ramp turnaround, funeral arrangements, pawn loans, fiber splicing, legal conflict checks, ski rental fitting, drilling daily reports, auction cataloguing, fishery landings, blood donor screening, newsroom story budget, marina slips, observatory queue, elevator inspections.
 */
import { edit, type PagePair, page } from './page.js';

// 1. Mining: drill & blast pattern design
const blastV1 = page(
  'Pattern NP-4 / Shot 0387 · BlastLogic',
  `<header><strong>BlastLogic</strong><nav><a href="/pits">Pits</a><a href="/patterns" class="active">Patterns</a><a href="/magazines">Magazines</a><a href="/reports">Reports</a></nav><span class="user">J. Okafor · Drill &amp; Blast</span></header>
<main>
<h1>Pattern NP-4 / Bench 1120 / Shot 0387</h1>
<p class="muted">Pit: North Pit · Material: Banded iron formation · Status: <span class="badge">Draft</span></p>
<div class="row toolbar"><button id="save-draft">Save draft</button><button id="submit-approval" class="primary">Submit for approval</button><a href="/patterns/387/loading.pdf" class="btn">Print loading sheet</a><a href="/patterns/387/export" class="btn" aria-label="Drill navigation export">Export</a></div>
<div class="grid">
<section class="card"><h2>Design</h2>
<form id="design-form">
<label for="burden-m">Burden (m)</label><input id="burden-m" name="burden" value="4.2">
<label for="spacing-m">Spacing (m)</label><input id="spacing-m" name="spacing" value="4.8">
<label for="hole-dia">Hole diameter (mm)</label><select id="hole-dia" name="diameter"><option>165</option><option selected>229</option><option>251</option></select>
<label for="bench-height">Bench height (m)</label><input id="bench-height" name="bench_height" value="12">
<label for="stemming">Stemming length (m)</label><input id="stemming" name="stemming_length" value="3.5">
<label>Explosive product</label><select data-testid="explosive-product" name="product"><option>ANFO</option><option selected>Emulsion 70/30</option><option>Heavy ANFO</option></select>
<label for="powder-factor">Target powder factor (kg/m³)</label><input id="powder-factor" name="powder_factor" value="0.85">
</form></section>
<section class="card"><h2>Firing</h2>
<label>Shotfirer</label><select name="shotfirer"><option>T. Mahlangu</option><option>R. Petrov</option><option>S. Byrne</option></select>
<label>Exclusion zone (m)</label><input name="exclusion" value="500">
<label>Initiation system</label><select name="initiation"><option selected>Electronic (DigiShot)</option><option>Non-electric</option></select>
<label><input type="checkbox" id="siren-check"> Siren test completed</label>
<label><input type="checkbox" id="guard-check" checked> Road guards posted</label>
<label><input type="checkbox" id="notify-check" checked> Neighbours notified (SMS)</label>
<p class="muted">Planned firing: 14 Mar 2025 13:30</p>
</section></div>
<h2>Holes (42)</h2>
<table class="holes-table"><thead><tr><th>Hole</th><th>Design depth</th><th>Dipped depth</th><th>Water</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>B-101</td><td>13.5</td><td>13.4</td><td>Dry</td><td><span class="badge">Loaded</span></td><td><button class="btn-edit" data-hole="B-101">Edit</button></td></tr>
<tr><td>B-102</td><td>13.5</td><td>12.9</td><td>Wet</td><td><span class="badge">Dipped</span></td><td><button class="btn-edit" data-hole="B-102">Edit</button></td></tr>
<tr><td>B-103</td><td>13.5</td><td>13.6</td><td>Dry</td><td><span class="badge">Dipped</span></td><td><button class="btn-edit" data-hole="B-103">Edit</button></td></tr>
<tr><td>B-104</td><td>13.5</td><td>—</td><td>—</td><td><span class="badge">Drilled</span></td><td><button class="btn-edit" data-hole="B-104">Edit</button></td></tr>
<tr><td>B-105</td><td>13.5</td><td>—</td><td>—</td><td><span class="badge">Planned</span></td><td><button class="btn-edit" data-hole="B-105">Edit</button></td></tr>
</tbody></table>
<div class="row"><a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a><span class="muted">Showing 1–5 of 42</span></div>
</main>
<footer>BlastLogic · Site: Nkomati North · Shift B</footer>`,
);
const blastV2 = edit(blastV1, [
  [
    '<strong>BlastLogic</strong>',
    '<strong class="bl-logo_1a">BlastLogic</strong><input type="search" class="bl-search_2c" placeholder="Search shots">',
  ],
  [
    '<div class="row toolbar"><button id="save-draft">Save draft</button><button id="submit-approval" class="primary">Submit for approval</button><a href="/patterns/387/loading.pdf" class="btn">Print loading sheet</a><a href="/patterns/387/export" class="btn" aria-label="Drill navigation export">Export</a></div>',
    '<div class="bl-toolbar_x81 row"><button class="bl-btn_q2" data-action="save">Save</button><button class="bl-btn_q2" data-action="fms">Send to FMS</button><button class="bl-btn_q2" data-action="duplicate">Duplicate shot</button></div>',
  ],
  [
    '<label for="burden-m">Burden (m)</label><input id="burden-m" name="burden" value="4.2">',
    '<label for="dsn-burden">Burden</label><div class="row"><input id="dsn-burden" name="design.burden" value="4.2"><span>m</span></div>',
  ],
  [
    '<label for="spacing-m">Spacing (m)</label><input id="spacing-m" name="spacing" value="4.8">',
    '<label for="dsn-spacing">Spacing</label><div class="row"><input id="dsn-spacing" name="design.spacing" value="4.8"><span>m</span></div>',
  ],
  [
    '<label for="stemming">Stemming length (m)</label><input id="stemming" name="stemming_length" value="3.5">',
    '<label for="dsn-subdrill">Subdrill</label><div class="row"><input id="dsn-subdrill" name="design.subdrill" value="1.2"><span>m</span></div>',
  ],
  [
    '<label>Explosive product</label><select data-testid="explosive-product" name="product">',
    '<label for="dsn-product">Product</label><select id="dsn-product" data-testid="design-product" name="design.product">',
  ],
  [
    '<label><input type="checkbox" id="siren-check"> Siren test completed</label>',
    '<div class="row"><button type="button" role="switch" aria-checked="false" id="sw-siren" aria-label="Siren tested">off</button><span>Siren tested</span></div>',
  ],
  ['<table class="holes-table">', '<table class="bl-table_7f">'],
  [
    '<button class="btn-edit" data-hole="B-101">Edit</button>',
    '<button class="bl-icon_3" aria-label="Edit B-101">✎</button>',
  ],
  [
    '<button class="btn-edit" data-hole="B-102">Edit</button>',
    '<button class="bl-icon_3" aria-label="Edit B-102">✎</button>',
  ],
  [
    '<button class="btn-edit" data-hole="B-103">Edit</button>',
    '<button class="bl-icon_3" aria-label="Edit B-103">✎</button>',
  ],
  [
    '<button class="btn-edit" data-hole="B-104">Edit</button>',
    '<button class="bl-icon_3" aria-label="Edit B-104">✎</button>',
  ],
  [
    '<button class="btn-edit" data-hole="B-105">Edit</button>',
    '<button class="bl-icon_3" aria-label="Edit B-105">✎</button>',
  ],
  [
    '<footer>BlastLogic · Site: Nkomati North · Shift B</footer>',
    '<footer class="row"><button id="review-submit" class="bl-btn_primary">Request sign-off</button><span>Last saved 13:02 · Nkomati North</span></footer>',
  ],
]);
const blast: PagePair = {
  name: 'mine-blast-pattern-16',
  v1: blastV1,
  v2: blastV2,
  targets: [
    {
      selector: 'button:has-text("Submit for approval")',
      expect: '#review-submit',
      change: 'relabelled and moved to footer',
    },
    { selector: 'text=Print loading sheet', expect: null, change: 'loading sheet link removed' },
    {
      selector: 'role=link[name="Drill navigation export"]',
      expect: '[data-action="fms"]',
      change: 'link became button "Send to FMS"',
    },
    { selector: '#burden-m', expect: '#dsn-burden', change: 'id/name renamed, unit moved out of label' },
    {
      selector: '[name="stemming_length"]',
      expect: null,
      change: 'stemming field dropped; subdrill field in its place',
    },
    {
      selector: '[data-testid="explosive-product"]',
      expect: '#dsn-product',
      change: 'test id renamed, label shortened',
    },
    { selector: '#siren-check', expect: '#sw-siren', change: 'checkbox became switch button' },
    {
      selector: '.holes-table tr:nth-of-type(3) .btn-edit',
      expect: '[aria-label="Edit B-103"]',
      change: 'table class renamed, text button became icon button',
    },
  ],
};

// 2. Shipping: ocean carrier booking amendment
const bookingV1 = page(
  'Amend booking 7741203958 · CarrierLink',
  `<header><strong>CarrierLink</strong><nav><a href="/bookings">Bookings</a><a href="/si">Shipping instructions</a><a href="/tracking">Tracking</a><a href="/invoices">Invoices</a><a href="/schedules">Schedules</a></nav><a href="/account">Nordvik Trading AS</a></header>
<main>
<h1>Booking 7741203958 — Amend</h1>
<p class="muted">Status: <span class="badge">Confirmed</span> · Service: AE7 Asia–North Europe · Last change 11 Mar 2025</p>
<ul class="tabs row"><li><a href="#routing" id="tab-routing" class="active">Routing</a></li><li><a href="#cargo" id="tab-cargo">Cargo</a></li><li><a href="#containers" id="tab-containers">Containers</a></li><li><a href="#docs" id="tab-docs">Documents</a></li></ul>
<section class="card" id="routing"><h2>Routing</h2>
<div class="grid">
<div><label for="por">Place of receipt</label><input id="por" name="por" value="Ningbo, CN"></div>
<div><label for="pol">Port of loading</label><select id="pol" name="pol"><option selected>CNNGB Ningbo</option><option>CNSHA Shanghai</option></select></div>
<div><label for="pod">Port of discharge</label><select id="pod" name="pod"><option selected>NLRTM Rotterdam</option><option>DEHAM Hamburg</option><option>BEANR Antwerp</option></select></div>
<div><label for="fnd">Final destination</label><input id="fnd" name="fnd" value="Oslo, NO"></div>
<div><label>Vessel / voyage</label><input name="vessel" value="MAERSK EMDEN / 512W" readonly></div>
<div><label>Earliest departure</label><input type="date" data-qa="earliest-departure" name="etd_from" value="2025-03-22"></div>
</div></section>
<section class="card" id="containers"><h2>Containers</h2>
<table class="cntr-table"><thead><tr><th>Type</th><th>Qty</th><th>Gross weight (kg)</th><th>Reefer °C</th><th>Hazardous</th><th></th></tr></thead><tbody>
<tr><td><select name="type_1"><option selected>40HC</option><option>20GP</option><option>40RH</option></select></td><td><input name="qty_1" value="3"></td><td><input name="wt_1" value="21500"></td><td>—</td><td><input type="checkbox" name="dg_1"></td><td><a href="#" class="remove">Remove</a></td></tr>
<tr><td><select name="type_2"><option>40HC</option><option selected>20GP</option><option>40RH</option></select></td><td><input name="qty_2" value="1"></td><td><input name="wt_2" value="18200"></td><td>—</td><td><input type="checkbox" name="dg_2" checked></td><td><a href="#" class="remove">Remove</a></td></tr>
</tbody></table>
<div class="row"><button id="btn-add-cntr">Add container</button><button id="btn-vgm-ext">Request VGM cut-off extension</button></div>
</section>
<section class="card"><h2>Remarks</h2><label for="remarks">Remarks to carrier</label><textarea id="remarks" name="remarks" rows="3">Please keep 20GP stowed under deck.</textarea></section>
<div class="row"><button id="btn-submit-amend" class="primary">Submit amendment</button><button id="btn-discard">Discard changes</button><a href="/bookings/7741203958/cancel" class="btn danger">Cancel booking</a></div>
</main>
<footer>CarrierLink · Customer service +47 22 00 41 00</footer>`,
);
const bookingV2 = edit(bookingV1, [
  [
    '<ul class="tabs row"><li><a href="#routing" id="tab-routing" class="active">Routing</a></li><li><a href="#cargo" id="tab-cargo">Cargo</a></li><li><a href="#containers" id="tab-containers">Containers</a></li><li><a href="#docs" id="tab-docs">Documents</a></li></ul>',
    '<div role="tablist" class="row cl-tabs"><button role="tab" aria-selected="true" aria-controls="panel-routing">Routing</button><button role="tab" aria-selected="false" aria-controls="panel-cargo">Cargo</button><button role="tab" aria-selected="false" aria-controls="panel-equipment">Equipment</button><button role="tab" aria-selected="false" aria-controls="panel-docs">Documents</button></div>',
  ],
  ['<section class="card" id="routing">', '<section class="card" id="panel-routing">'],
  [
    '<div><label for="pod">Port of discharge</label><select id="pod" name="pod"><option selected>NLRTM Rotterdam</option><option>DEHAM Hamburg</option><option>BEANR Antwerp</option></select></div>',
    '<div><label for="discharge-port">Port of discharge</label><input id="discharge-port" role="combobox" list="ports" name="routing.dischargePort" value="NLRTM Rotterdam"><datalist id="ports"><option value="NLRTM Rotterdam"><option value="DEHAM Hamburg"></datalist></div>',
  ],
  [
    '<div><label>Earliest departure</label><input type="date" data-qa="earliest-departure" name="etd_from" value="2025-03-22"></div>',
    '<div><label>Cargo ready date</label><input type="date" data-qa="cargo-ready" name="cargo_ready" value="2025-03-20"></div>',
  ],
  [
    '<section class="card" id="containers"><h2>Containers</h2>\n<table class="cntr-table"><thead><tr><th>Type</th><th>Qty</th><th>Gross weight (kg)</th><th>Reefer °C</th><th>Hazardous</th><th></th></tr></thead><tbody>',
    '<section class="card" id="panel-equipment"><h2>Equipment</h2><div class="grid eq-cards">',
  ],
  [
    '<tr><td><select name="type_1"><option selected>40HC</option><option>20GP</option><option>40RH</option></select></td><td><input name="qty_1" value="3"></td><td><input name="wt_1" value="21500"></td><td>—</td><td><input type="checkbox" name="dg_1"></td><td><a href="#" class="remove">Remove</a></td></tr>',
    '<div class="card eq-card" data-line="1"><label>Size/type</label><select name="equipment[0].type"><option selected>40HC</option><option>20GP</option></select><label>Units</label><input name="equipment[0].qty" value="3"><label>Cargo weight per unit (kg)</label><input name="equipment[0].weight" value="21500"><label><input type="checkbox" id="eq-1-dg"> Dangerous goods</label><button class="link" aria-label="Remove line 1">🗑</button></div>',
  ],
  [
    '<tr><td><select name="type_2"><option>40HC</option><option selected>20GP</option><option>40RH</option></select></td><td><input name="qty_2" value="1"></td><td><input name="wt_2" value="18200"></td><td>—</td><td><input type="checkbox" name="dg_2" checked></td><td><a href="#" class="remove">Remove</a></td></tr>\n</tbody></table>',
    '<div class="card eq-card" data-line="2"><label>Size/type</label><select name="equipment[1].type"><option>40HC</option><option selected>20GP</option></select><label>Units</label><input name="equipment[1].qty" value="1"><label>Cargo weight per unit (kg)</label><input name="equipment[1].weight" value="18200"><label><input type="checkbox" id="eq-2-dg" checked> Dangerous goods</label><button class="link" aria-label="Remove line 2">🗑</button></div></div>',
  ],
  [
    '<div class="row"><button id="btn-add-cntr">Add container</button><button id="btn-vgm-ext">Request VGM cut-off extension</button></div>',
    '<div class="row"><button data-test="add-equipment">+ Equipment</button></div>',
  ],
  [
    '<label for="remarks">Remarks to carrier</label><textarea id="remarks" name="remarks" rows="3">',
    '<label for="special-instructions">Special instructions</label><textarea id="special-instructions" name="instructions" rows="3">',
  ],
  [
    '<div class="row"><button id="btn-submit-amend" class="primary">Submit amendment</button><button id="btn-discard">Discard changes</button><a href="/bookings/7741203958/cancel" class="btn danger">Cancel booking</a></div>',
    '<div class="row"><button id="btn-send-amend" class="primary">Send amendment</button><button id="btn-reset">Reset</button></div><section class="card danger-zone"><h3>Danger zone</h3><p class="muted">Cancellation fees may apply after VGM cut-off.</p><button id="danger-cancel">Cancel this booking</button></section>',
  ],
]);
const booking: PagePair = {
  name: 'ocean-booking-amendment-16',
  v1: bookingV1,
  v2: bookingV2,
  targets: [
    {
      selector: '#tab-containers',
      expect: '[aria-controls="panel-equipment"]',
      change: 'link tab became role=tab button, relabelled Equipment',
    },
    {
      selector: '[name="pod"]',
      expect: '#discharge-port',
      change: 'select became combobox input with new name',
    },
    {
      selector: 'button:has-text("Request VGM cut-off extension")',
      expect: null,
      change: 'VGM extension request removed',
    },
    {
      selector: '#btn-add-cntr',
      expect: '[data-test="add-equipment"]',
      change: 'id removed, relabelled "+ Equipment"',
    },
    {
      selector: '.cntr-table tbody tr:nth-of-type(2) input[type=checkbox]',
      expect: '#eq-2-dg',
      change: 'table rows became cards; Hazardous now Dangerous goods',
    },
    {
      selector: 'text=Cancel booking',
      expect: '#danger-cancel',
      change: 'link moved to danger zone card as button with new wording',
    },
    {
      selector: 'textarea[name="remarks"]',
      expect: '#special-instructions',
      change: 'renamed and relabelled',
    },
    {
      selector: '[data-qa="earliest-departure"]',
      expect: null,
      change: 'earliest departure removed; cargo ready date in its place',
    },
  ],
};

// 3. Insurance: commercial property underwriting workbench
const uwV1 = page(
  'Submission SUB-2025-01877 · Underwriting Workbench',
  `<header><strong>UW Workbench</strong><nav><a href="/queue">My queue</a><a href="/submissions">Submissions</a><a href="/referrals">Referrals</a><a href="/guidelines">Guidelines</a></nav><span>A. Lindqvist · Property</span></header>
<div class="sidebar"><ul class="side-nav"><li><a href="#summary">Summary</a></li><li><a href="#locations">Locations</a></li><li><a href="#losses">Loss history</a></li><li><a href="#pricing">Pricing</a></li><li><a href="#referrals">Referrals</a></li><li><a href="#documents">Documents</a></li></ul></div>
<main>
<h1>Harbourview Cold Storage Ltd <span class="badge">In review</span></h1>
<p class="muted">Broker: Marsh Bristol · TIV £48,250,000 · Occupancy: Cold storage warehouse · Inception 01 Apr 2025</p>
<section class="card" id="pricing"><h2>Pricing</h2>
<div class="grid">
<div><label for="base-rate">Base rate (%)</label><input id="base-rate" name="base_rate" value="0.085"></div>
<div><label for="cat-load">CAT load (%)</label><input id="cat-load" name="cat_load" value="0.012"></div>
<div><label for="ded">Deductible</label><select id="ded" name="deductible"><option>£10,000</option><option selected>£25,000</option><option>£50,000</option><option>£100,000</option></select></div>
<div><label for="commission">Broker commission (%)</label><input id="commission" name="commission" value="15"></div>
</div>
<h3>Schedule rating</h3>
<table class="sched-table"><thead><tr><th>Factor</th><th>Credit / debit</th></tr></thead><tbody>
<tr><td>Construction (EPS panels)</td><td><select name="sched_construction"><option>0%</option><option selected>+15%</option></select></td></tr>
<tr><td>Sprinklered</td><td><select name="sched_sprinkler"><option selected>-10%</option><option>0%</option></select></td></tr>
<tr><td>Management &amp; housekeeping</td><td><select name="sched_mgmt"><option>0%</option><option selected>-5%</option></select></td></tr>
</tbody></table>
<div class="row"><button id="recalc">Recalculate</button><span>Technical premium: <strong>£46,910</strong></span><span>Quoted premium: <strong>£44,500</strong></span></div>
</section>
<section class="card referral-card" id="referrals"><h2>Referral</h2>
<label><input type="checkbox" name="reason_tiv" checked> TIV above authority (£40m)</label>
<label><input type="checkbox" name="reason_eps" checked> Composite panel construction</label>
<label><input type="checkbox" name="reason_losses"> Loss ratio above 60%</label>
<textarea name="referral_comment" rows="3">EPS panels in chamber 3 only; sprinklers in all chambers.</textarea>
<button id="btn-refer">Refer to senior underwriter</button>
</section>
<div class="row actions"><button id="btn-quote" class="primary">Quote</button><button id="btn-decline">Decline</button><button id="btn-moreinfo">Request more info</button></div>
</main>
<footer>UW Workbench 4.2 · Authority level 3</footer>`,
);
const uwV2 = edit(uwV1, [
  [
    '<div class="sidebar"><ul class="side-nav"><li><a href="#summary">Summary</a></li><li><a href="#locations">Locations</a></li><li><a href="#losses">Loss history</a></li><li><a href="#pricing">Pricing</a></li><li><a href="#referrals">Referrals</a></li><li><a href="#documents">Documents</a></li></ul></div>',
    '<div role="tablist" class="row uw-tabs"><button role="tab" id="tab-summary">Summary</button><button role="tab" id="tab-locations">Locations (4)</button><button role="tab" id="tab-losses">Losses (5 yr)</button><button role="tab" id="tab-pricing" aria-selected="true">Pricing</button><button role="tab" id="tab-referrals">Referrals</button><button role="tab" id="tab-docs">Docs</button></div>',
  ],
  [
    '<h1>Harbourview Cold Storage Ltd <span class="badge">In review</span></h1>',
    '<div class="row"><h1>Harbourview Cold Storage Ltd</h1><span class="badge">In review</span><button data-testid="decision-decline" class="ghost">Decline risk</button></div>',
  ],
  [
    '<div><label for="base-rate">Base rate (%)</label><input id="base-rate" name="base_rate" value="0.085"></div>',
    '<div><label>Base rate per £100</label><input name="pricing.baseRate" inputmode="decimal" value="0.085"></div>',
  ],
  [
    '<div><label for="cat-load">CAT load (%)</label><input id="cat-load" name="cat_load" value="0.012"></div>',
    '<div><label>Nat cat loading</label><input name="pricing.catLoad" inputmode="decimal" value="0.012"></div>',
  ],
  [
    '<label for="ded">Deductible</label><select id="ded" name="deductible">',
    '<label>Deductible (each and every loss)</label><select name="deductibleAmount">',
  ],
  ['<table class="sched-table">', '<table class="uw-sched">'],
  [
    '<tr><td>Sprinklered</td><td><select name="sched_sprinkler"><option selected>-10%</option><option>0%</option></select></td></tr>\n',
    '',
  ],
  [
    '<tr><td>Management &amp; housekeeping</td>',
    '<tr><td>Protection (derived from COPE)</td><td>-10%</td></tr><tr><td>Management &amp; housekeeping</td>',
  ],
  [
    '<button id="recalc">Recalculate</button>',
    '<button class="uw-btn"><i class="icon-refresh"></i> Reprice</button>',
  ],
  [
    '<section class="card referral-card" id="referrals">',
    '<section class="card uw-referral" id="panel-referrals">',
  ],
  [
    '<textarea name="referral_comment" rows="3">',
    '<label for="referral-note">Note for referral authority</label><textarea id="referral-note" name="referral.note" rows="3">',
  ],
  [
    '<button id="btn-refer">Refer to senior underwriter</button>',
    '<button id="btn-refer-up">Refer up</button>',
  ],
  [
    '<div class="row actions"><button id="btn-quote" class="primary">Quote</button><button id="btn-decline">Decline</button><button id="btn-moreinfo">Request more info</button></div>',
    '<div class="row actions"><button id="btn-issue-quote" class="primary">Issue quote</button><button id="btn-save-uw">Save</button></div>',
  ],
]);
const uw: PagePair = {
  name: 'underwriting-property-referral-16',
  v1: uwV1,
  v2: uwV2,
  targets: [
    {
      selector: '#base-rate',
      expect: 'input[name="pricing.baseRate"]',
      change: 'id removed, name and label changed',
    },
    { selector: '#ded', expect: 'select[name="deductibleAmount"]', change: 'id removed, label reworded' },
    {
      selector: 'button:has-text("Recalculate")',
      expect: 'button.uw-btn',
      change: 'relabelled Reprice with icon',
    },
    {
      selector: 'text=Request more info',
      expect: null,
      change: 'request-info action removed; Save in its place',
    },
    {
      selector: '#btn-decline',
      expect: '[data-testid="decision-decline"]',
      change: 'moved to title row, relabelled',
    },
    {
      selector: '.referral-card textarea',
      expect: '#referral-note',
      change: 'card class renamed, textarea gained label and id',
    },
    {
      selector: 'role=link[name="Loss history"]',
      expect: '#tab-losses',
      change: 'sidebar link became top tab "Losses (5 yr)"',
    },
    {
      selector: '.sched-table tr:nth-of-type(2) select',
      expect: null,
      change: 'sprinkler factor removed; derived protection row in its place',
    },
  ],
};

// 4. Pharma trials: IRT kit dispensing
const irtV1 = page(
  'Dispense · ONC-221 · TrialKey IRT',
  `<header><strong>TrialKey IRT</strong><span>Study ONC-221 Phase III</span><nav><a href="/subjects">Subjects</a><a href="/supplies">Site supplies</a><a href="/shipments">Shipments</a><a href="/reports">Reports</a></nav><span>Site 1043 – Leeds Teaching Hospitals</span></header>
<main>
<h1>Dispense study drug</h1>
<form id="lookup" class="row">
<label for="subjectId">Subject ID</label><input id="subjectId" name="subjectId" value="1043-0027">
<label for="dob">Year of birth</label><input id="dob" name="yob" value="1961">
<button type="submit">Find subject</button>
</form>
<section class="card"><h2>Subject 1043-0027</h2>
<p>Status: <span class="badge">Randomised</span> · Arm: <em>blinded</em> · Randomised 02 Jan 2025</p>
<div class="grid">
<div><label>Visit</label><select name="visit"><option>Screening</option><option>Day 1</option><option>Week 4</option><option selected>Week 8</option><option>Week 12</option></select></div>
<div><label for="weight-kg">Body weight (kg)</label><input id="weight-kg" name="weight" value="74.5"></div>
<div><label>Visit date</label><input type="date" name="visit_date" value="2025-03-14"></div>
<div><label>Dose level</label><input name="dose" value="Level 2" readonly></div>
</div>
<div class="row"><button id="calc-dose">Calculate dose</button><span class="muted">Last weight: 75.1 kg (Week 4)</span></div>
<h3>Kits to assign</h3>
<table class="kits"><thead><tr><th>Kit no.</th><th>Lot</th><th>Expiry</th><th>Status</th></tr></thead><tbody>
<tr><td>K-558210</td><td>L24-118</td><td>30 Sep 2025</td><td>Available</td></tr>
<tr><td>K-558214</td><td>L24-118</td><td>30 Sep 2025</td><td>Available</td></tr>
</tbody></table>
<label><input type="checkbox" id="confirm-criteria"> I confirm the subject meets dosing criteria for this visit</label>
<div class="row"><button id="dispense">Dispense kits</button><button id="print-label">Print label</button><a href="/subjects/1043-0027">Back to subject</a></div>
</section>
<section class="card"><h2>Emergency</h2><p class="muted">Unblinding is logged and notified to the sponsor.</p><a href="/unblind/1043-0027" class="unblind-link">Unblind subject</a></section>
</main>
<footer>TrialKey IRT 7.3 · Helpdesk +44 20 3000 1221 (24/7)</footer>`,
);
const irtV2 = edit(irtV1, [
  [
    '<h1>Dispense study drug</h1>',
    '<ol class="stepper row"><li class="done">Identify</li><li class="current">Visit details</li><li>Assign kits</li><li>Confirm</li></ol><h1>Dispense study drug</h1>',
  ],
  [
    '<label for="subjectId">Subject ID</label><input id="subjectId" name="subjectId" value="1043-0027">',
    '<label for="subj-no">Subject number</label><input id="subj-no" name="subject_number" value="1043-0027">',
  ],
  [
    '<button type="submit">Find subject</button>',
    '<button type="submit" id="subject-search-btn">Search</button>',
  ],
  [
    '<div><label>Visit</label><select name="visit">',
    '<div><label for="visit-select">Visit</label><select id="visit-select" name="visitCode">',
  ],
  [
    '<div><label for="weight-kg">Body weight (kg)</label><input id="weight-kg" name="weight" value="74.5"></div>',
    '<div><label for="vitals-weight">Weight</label><input id="vitals-weight" name="vitals.weight" value="74.5"> kg</div>',
  ],
  [
    '<div class="row"><button id="calc-dose">Calculate dose</button><span class="muted">Last weight: 75.1 kg (Week 4)</span></div>',
    '<p class="muted">Dose recalculated automatically · Last weight: 75.1 kg (Week 4)</p>',
  ],
  [
    '<label><input type="checkbox" id="confirm-criteria"> I confirm the subject meets dosing criteria for this visit</label>',
    '<label><input type="checkbox" data-testid="attest-dosing"> Subject meets dosing criteria (investigator attestation)</label>',
  ],
  [
    '<div class="row"><button id="dispense">Dispense kits</button><button id="print-label">Print label</button>',
    '<div class="row"><button id="dispense-confirm" class="primary">Assign &amp; dispense</button><button id="download-receipt">Download receipt</button>',
  ],
]);
const irt: PagePair = {
  name: 'irt-kit-dispense-16',
  v1: irtV1,
  v2: irtV2,
  targets: [
    { selector: '#subjectId', expect: '#subj-no', change: 'id/name/label renamed' },
    {
      selector: 'button:has-text("Find subject")',
      expect: '#subject-search-btn',
      change: 'relabelled Search',
    },
    { selector: '[name="visit"]', expect: '#visit-select', change: 'name changed, id added' },
    { selector: '#weight-kg', expect: '#vitals-weight', change: 'id renamed, unit moved out of label' },
    { selector: 'text=Calculate dose', expect: null, change: 'dose now auto-calculated; button removed' },
    {
      selector: '#confirm-criteria',
      expect: '[data-testid="attest-dosing"]',
      change: 'id replaced by test id, label reworded',
    },
    {
      selector: 'role=button[name="Dispense kits"]',
      expect: '#dispense-confirm',
      change: 'relabelled "Assign & dispense"',
    },
    {
      selector: '#print-label',
      expect: null,
      change: 'label printing removed; receipt download in its place',
    },
  ],
};

// 5. Energy trading: power deal capture
const dealV1 = page(
  'New deal · Power desk · VoltTrade ETRM',
  `<header><strong>VoltTrade</strong><nav><a href="/blotter">Blotter</a><a href="/deals/new" class="active">New deal</a><a href="/positions">Positions</a><a href="/credit">Credit</a><a href="/settlement">Settlement</a></nav><span>Desk: DE Power · M. Keller</span></header>
<aside><section class="card"><h3>Credit limits</h3>
<table class="limits-table"><thead><tr><th>Counterparty</th><th>Limit</th><th>Used</th><th>Available</th></tr></thead><tbody>
<tr><td>Uniper Global</td><td>€50m</td><td>€31.2m</td><td>€18.8m</td></tr>
<tr><td>Axpo Solutions</td><td>€30m</td><td>€27.9m</td><td>€2.1m</td></tr>
<tr><td>Statkraft</td><td>€40m</td><td>€12.0m</td><td>€28.0m</td></tr>
</tbody></table></section></aside>
<main>
<h1>Capture power deal</h1>
<form id="deal-form">
<label for="trade-date">Trade date</label><input id="trade-date" type="date" name="trade_date" value="2025-03-14">
<label for="cpty">Counterparty</label><select id="cpty" name="counterparty"><option>Uniper Global</option><option selected>Axpo Solutions</option><option>Statkraft</option><option>RWE Supply &amp; Trading</option></select>
<div class="row"><label><input type="radio" name="side" value="BUY" checked> Buy</label><label><input type="radio" name="side" value="SELL"> Sell</label></div>
<label for="product">Product</label><select id="product" name="product"><option selected>Baseload</option><option>Peakload</option><option>Offpeak</option></select>
<label>Delivery period</label><div class="row"><input type="date" name="start" value="2025-04-01"><input type="date" name="end" value="2025-06-30"></div>
<label for="vol">Volume (MW)</label><input id="vol" name="volume_mw" value="25">
<label for="price">Price (€/MWh)</label><input id="price" name="price" value="78.40">
<label for="broker">Broker</label><select id="broker" name="broker"><option>None (bilateral)</option><option selected>Tullett Prebon</option><option>ICAP</option></select>
<label for="broker-fee">Broker fee (€/MWh)</label><input id="broker-fee" name="broker_fee" value="0.005">
<label for="book">Book</label><select id="book" name="book"><option selected>DE-PWR-HEDGE</option><option>DE-PWR-PROP</option></select>
<label for="comment">Comment</label><textarea id="comment" name="comment" rows="2"></textarea>
<label><input type="checkbox" name="credit_check" checked> Requires credit check</label>
<div class="row"><button type="button" id="validate">Validate</button><button type="submit" id="save-book">Save &amp; Book</button><button type="reset">Clear</button><a href="#" id="copy-last">Copy from last</a></div>
</form>
</main>
<footer>VoltTrade ETRM 2025.1 · EEX / EPEX connected</footer>`,
);
const dealV2 = edit(dealV1, [
  [
    '<table class="limits-table"><thead><tr><th>Counterparty</th><th>Limit</th><th>Used</th><th>Available</th></tr></thead>',
    '<table class="css-lim"><thead><tr><th>Counterparty</th><th>Limit</th><th>Used</th><th>Pending</th><th>Headroom</th></tr></thead>',
  ],
  ['<td>€31.2m</td><td>€18.8m</td>', '<td>€31.2m</td><td>€0.0m</td><td>€18.8m</td>'],
  ['<td>€27.9m</td><td>€2.1m</td>', '<td>€27.9m</td><td>€1.5m</td><td>€0.6m</td>'],
  ['<td>€12.0m</td><td>€28.0m</td>', '<td>€12.0m</td><td>€0.0m</td><td>€28.0m</td>'],
  ['<form id="deal-form">', '<form class="css-9kd2 deal">'],
  [
    '<label for="cpty">Counterparty</label><select id="cpty" name="counterparty">',
    '<label>Counterparty</label><select data-testid="deal-counterparty" name="cptyId">',
  ],
  [
    '<div class="row"><label><input type="radio" name="side" value="BUY" checked> Buy</label><label><input type="radio" name="side" value="SELL"> Sell</label></div>',
    '<div class="row css-seg" role="group" aria-label="Direction"><button type="button" aria-pressed="true" data-side="B">Buy</button><button type="button" aria-pressed="false" data-side="S">Sell</button></div>',
  ],
  [
    '<label for="vol">Volume (MW)</label><input id="vol" name="volume_mw" value="25">',
    '<label for="qty">Quantity (MW)</label><input id="qty" name="quantity" value="25">',
  ],
  [
    '<label for="price">Price (€/MWh)</label><input id="price" name="price" value="78.40">',
    '<label>Price (EUR/MWh)</label><input name="fixedPrice" value="78.40">',
  ],
  [
    '<label for="broker-fee">Broker fee (€/MWh)</label><input id="broker-fee" name="broker_fee" value="0.005">',
    '<label for="venue">Clearing venue</label><select id="venue" name="clearing"><option>OTC</option><option selected>EEX</option></select>',
  ],
  [
    '<div class="row"><button type="button" id="validate">Validate</button><button type="submit" id="save-book">Save &amp; Book</button><button type="reset">Clear</button><a href="#" id="copy-last">Copy from last</a></div>',
    '<div class="row"><button type="button" id="check-deal">Check</button><button type="submit" id="book-deal">Book trade</button><button type="reset">Reset</button></div>',
  ],
]);
const deal: PagePair = {
  name: 'power-deal-capture-16',
  v1: dealV1,
  v2: dealV2,
  targets: [
    { selector: '#cpty', expect: '[data-testid="deal-counterparty"]', change: 'id replaced by test id' },
    {
      selector: 'input[name="side"][value="SELL"]',
      expect: 'button[data-side="S"]',
      change: 'radio became segmented toggle button',
    },
    { selector: '[name="volume_mw"]', expect: '#qty', change: 'renamed to quantity' },
    {
      selector: '#price',
      expect: '[name="fixedPrice"]',
      change: 'id removed, name changed, label currency code',
    },
    { selector: 'text=Copy from last', expect: null, change: 'copy-from-last link removed' },
    {
      selector: '#broker-fee',
      expect: null,
      change: 'broker fee removed; clearing venue select in its place',
    },
    { selector: 'button:has-text("Save & Book")', expect: '#book-deal', change: 'relabelled "Book trade"' },
    {
      selector: '.limits-table tbody tr:nth-of-type(2) td:nth-of-type(4)',
      expect: '.css-lim tbody tr:nth-of-type(2) td:nth-of-type(5)',
      change: 'table class renamed; column inserted before Available, now Headroom',
    },
  ],
};

// 6. Dairy co-op: tanker milk pickup (phone)
const milkV1 = page(
  'Stop 7 of 14 · MilkRun',
  `<header><a href="/route" aria-label="Back">‹</a><strong>Stop 7 of 14</strong><span class="badge">Online</span></header>
<main>
<h1>Hollow Creek Dairy</h1>
<p class="muted">Supplier #2231 · 418 Ridge Rd, Tillamook · Gate code 4471</p>
<div class="row"><a href="tel:+15035550182" class="btn">Call farm</a><a href="/map?stop=7" class="btn">Directions</a><a href="#" class="btn" id="skip">Skip stop</a></div>
<section class="card"><h2>Tank</h2>
<label for="tank">Tank</label><select id="tank" name="tank"><option selected>Tank 1 (north)</option><option>Tank 2 (south)</option></select>
<label for="temp-c">Milk temperature (°C)</label><input id="temp-c" name="temp" inputmode="decimal" value="3.4">
<label for="dip">Dipstick reading (cm)</label><input id="dip" data-testid="dip-reading" name="dip" value="112.5">
<p>Calculated volume: <strong>9,840 L</strong></p>
<label for="agitate">Agitation (min)</label><input id="agitate" name="agitation_min" value="5">
</section>
<section class="card"><h2>Sample</h2>
<label><input type="checkbox" id="sample-taken" checked> Sample taken</label>
<input name="sample_code" placeholder="Scan sample barcode">
<label for="notes">Notes</label><textarea id="notes" name="notes" rows="2"></textarea>
</section>
<div class="row"><button class="btn-danger">Reject load</button><button class="btn-primary" id="confirm">Confirm pickup</button></div>
</main>
<nav class="bottom"><a href="/route">Route</a><a href="/stops">Stops</a><a href="/samples">Samples</a><a href="/me">Profile</a></nav>`,
  'body{max-width:390px}nav.bottom{position:sticky;bottom:0;justify-content:space-around}',
);
const milkV2 = edit(milkV1, [
  [
    '<div class="row"><a href="tel:+15035550182" class="btn">Call farm</a><a href="/map?stop=7" class="btn">Directions</a><a href="#" class="btn" id="skip">Skip stop</a></div>',
    '<div class="row"><a href="tel:+15035550182" class="btn">Call</a><a href="/map?stop=7" class="btn">Navigate</a></div>',
  ],
  [
    '<label for="temp-c">Milk temperature (°C)</label><input id="temp-c" name="temp" inputmode="decimal" value="3.4">',
    '<label>Temp °C</label><input name="milkTempC" inputmode="decimal" value="3.4">',
  ],
  [
    '<label for="dip">Dipstick reading (cm)</label><input id="dip" data-testid="dip-reading" name="dip" value="112.5">',
    '<label for="stick">Stick (cm)</label><input id="stick" data-testid="stick-reading" name="stick" value="112.5">',
  ],
  [
    '<label for="agitate">Agitation (min)</label><input id="agitate" name="agitation_min" value="5">',
    '<label for="wash-tag">Wash tag no.</label><input id="wash-tag" name="wash_tag" value="WT-0932">',
  ],
  [
    '<label><input type="checkbox" id="sample-taken" checked> Sample taken</label>\n<input name="sample_code" placeholder="Scan sample barcode">',
    '<div class="row"><span>Sample taken</span><button type="button" role="switch" aria-checked="true" id="sw-sample">On</button></div>\n<input name="sample_id" placeholder="Scan or type sample ID">',
  ],
  [
    '<button class="btn-danger">Reject load</button><button class="btn-primary" id="confirm">Confirm pickup</button>',
    '<button data-variant="destructive">Reject</button><button data-variant="primary" id="confirm-pickup">Pick up</button>',
  ],
  [
    '<nav class="bottom"><a href="/route">Route</a><a href="/stops">Stops</a>',
    '<nav class="bottom tabbar"><a href="/route">Route</a><a href="/map">Map</a><a href="/stops">Stops</a>',
  ],
  ['<nav class="bottom tabbar">', '<nav class="tabbar">'],
]);
const milk: PagePair = {
  name: 'dairy-coop-tanker-pickup-16',
  v1: milkV1,
  v2: milkV2,
  targets: [
    {
      selector: '#temp-c',
      expect: 'input[name="milkTempC"]',
      change: 'id removed, name and label shortened',
    },
    {
      selector: '[data-testid="dip-reading"]',
      expect: '[data-testid="stick-reading"]',
      change: 'test id and label renamed',
    },
    { selector: '#sample-taken', expect: '#sw-sample', change: 'checkbox became switch' },
    {
      selector: 'input[placeholder="Scan sample barcode"]',
      expect: 'input[placeholder="Scan or type sample ID"]',
      change: 'placeholder and name reworded',
    },
    { selector: 'text=Skip stop', expect: null, change: 'skip action removed' },
    {
      selector: '[name="agitation_min"]',
      expect: null,
      change: 'agitation field removed; wash tag field in its place',
    },
    {
      selector: 'button.btn-danger',
      expect: 'button[data-variant="destructive"]',
      change: 'class replaced by variant attribute, label shortened',
    },
    {
      selector: 'nav.bottom a:nth-of-type(3)',
      expect: '.tabbar a[href="/samples"]',
      change: 'nav class renamed; Map tab inserted shifts position',
    },
  ],
};

// 7. Public transit: service alert editor
const alertV1 = page(
  'New service alert · Metro Transit Ops',
  `<header><strong>Metro Transit Ops</strong><nav><a href="/alerts" class="active">Service alerts</a><a href="/detours">Detours</a><a href="/stops">Stops</a><a href="/gtfs">GTFS feeds</a></nav><span>Control centre · D. Nwosu</span></header>
<main>
<h1>New service alert</h1>
<div class="grid">
<form id="alert-form">
<label for="alert-title">Alert title</label><input id="alert-title" name="title" value="Route 47 detour – Main St water main repair">
<fieldset><legend>Affected routes</legend>
<label><input type="checkbox" name="routes" value="12"> 12</label>
<label><input type="checkbox" name="routes" value="12X"> 12X</label>
<label><input type="checkbox" name="routes" value="31"> 31</label>
<label><input type="checkbox" name="routes" value="47" checked> 47</label>
<label><input type="checkbox" name="routes" value="N5"> N5</label>
</fieldset>
<label for="cause">Cause</label><select id="cause" name="cause"><option selected>Construction</option><option>Special event</option><option>Weather</option><option>Police activity</option></select>
<label for="effect">Effect</label><select id="effect" name="effect"><option selected>Detour</option><option>Reduced service</option><option>Stop moved</option></select>
<div class="row"><input type="datetime-local" name="start" value="2025-03-17T05:00"><input type="datetime-local" name="end" value="2025-03-21T23:00"></div>
<label for="message">Rider message</label><textarea id="message" name="message" rows="4">Route 47 buses will detour via Oak Ave between 3rd St and 9th St. Stops 4471–4475 are closed.</textarea>
<fieldset><legend>Channels</legend>
<label><input type="checkbox" id="ch-web" checked> Website</label>
<label><input type="checkbox" id="ch-push" checked> App push</label>
<label><input type="checkbox" id="ch-signs"> Stop displays</label>
<label><input type="checkbox" id="ch-sms"> SMS subscribers</label>
<label><input type="checkbox" id="ch-twitter"> Twitter</label>
</fieldset>
<div class="row"><button type="button" id="preview">Preview</button><button type="submit" id="publish-now">Publish now</button><button type="button" id="schedule">Schedule</button><button type="button" id="save-draft">Save draft</button></div>
</form>
<section><h2>Active alerts</h2>
<table class="alerts-table"><thead><tr><th>ID</th><th>Title</th><th>Routes</th><th></th></tr></thead><tbody>
<tr><td>A-5510</td><td>Elevator outage – Central Stn</td><td>Red</td><td><a href="/alerts/5510" class="edit">Edit</a> <a href="#" class="expire">Expire</a></td></tr>
<tr><td>A-5512</td><td>Stop 2231 relocated</td><td>31</td><td><a href="/alerts/5512" class="edit">Edit</a> <a href="#" class="expire">Expire</a></td></tr>
<tr><td>A-5515</td><td>Reduced N5 frequency</td><td>N5</td><td><a href="/alerts/5515" class="edit">Edit</a> <a href="#" class="expire">Expire</a></td></tr>
</tbody></table></section>
</div>
</main>
<footer>Metro Transit Ops · GTFS-RT feed updated every 30 s</footer>`,
);
const alertV2 = edit(alertV1, [
  [
    '<label for="alert-title">Alert title</label><input id="alert-title" name="title"',
    '<label for="headline">Headline</label><input id="headline" name="headline"',
  ],
  [
    '<fieldset><legend>Affected routes</legend>\n<label><input type="checkbox" name="routes" value="12"> 12</label>\n<label><input type="checkbox" name="routes" value="12X"> 12X</label>\n<label><input type="checkbox" name="routes" value="31"> 31</label>\n<label><input type="checkbox" name="routes" value="47" checked> 47</label>\n<label><input type="checkbox" name="routes" value="N5"> N5</label>\n</fieldset>',
    '<div class="row" aria-label="Routes"><button type="button" class="route-chip" data-route="12" aria-pressed="false">12</button><button type="button" class="route-chip" data-route="12X" aria-pressed="false">12X</button><button type="button" class="route-chip" data-route="31" aria-pressed="false">31</button><button type="button" class="route-chip" data-route="47" aria-pressed="true">47</button><button type="button" class="route-chip" data-route="N5" aria-pressed="false">N5</button><button type="button" class="add-chip">+ Route</button></div>',
  ],
  [
    '<label for="cause">Cause</label><select id="cause" name="cause">',
    '<label for="alert-cause">Cause</label><select id="alert-cause" name="cause_code">',
  ],
  [
    '<label for="message">Rider message</label><textarea id="message" name="message" rows="4">',
    '<label>Description</label><textarea data-testid="alert-body" name="description" rows="4">',
  ],
  [
    '<label><input type="checkbox" id="ch-twitter"> Twitter</label>',
    '<label><input type="checkbox" id="ch-mastodon"> Mastodon</label>',
  ],
  [
    '<div class="row"><button type="button" id="preview">Preview</button><button type="submit" id="publish-now">Publish now</button><button type="button" id="schedule">Schedule</button><button type="button" id="save-draft">Save draft</button></div>',
    '<div class="row"><button type="submit" id="publish">Publish</button><button type="button" id="schedule-later">Schedule…</button><button type="button" id="save-draft">Save draft</button></div>\n<section class="card live-preview"><h3>Rider view</h3><p>Route 47 detour – Main St water main repair</p></section>',
  ],
  [
    '<table class="alerts-table"><thead><tr><th>ID</th><th>Title</th><th>Routes</th><th></th></tr></thead><tbody>\n<tr><td>A-5510</td><td>Elevator outage – Central Stn</td><td>Red</td><td><a href="/alerts/5510" class="edit">Edit</a> <a href="#" class="expire">Expire</a></td></tr>\n<tr><td>A-5512</td><td>Stop 2231 relocated</td><td>31</td><td><a href="/alerts/5512" class="edit">Edit</a> <a href="#" class="expire">Expire</a></td></tr>\n<tr><td>A-5515</td><td>Reduced N5 frequency</td><td>N5</td><td><a href="/alerts/5515" class="edit">Edit</a> <a href="#" class="expire">Expire</a></td></tr>\n</tbody></table>',
    '<ul class="alert-list"><li class="card" data-alert-id="A-5510"><strong>Elevator outage – Central Stn</strong> <span class="badge">Red</span> <a href="/alerts/5510">Open</a> <button class="end-alert">End alert</button></li><li class="card" data-alert-id="A-5512"><strong>Stop 2231 relocated</strong> <span class="badge">31</span> <a href="/alerts/5512">Open</a> <button class="end-alert">End alert</button></li><li class="card" data-alert-id="A-5515"><strong>Reduced N5 frequency</strong> <span class="badge">N5</span> <a href="/alerts/5515">Open</a> <button class="end-alert">End alert</button></li></ul>',
  ],
]);
const transitAlert: PagePair = {
  name: 'transit-service-alert-editor-16',
  v1: alertV1,
  v2: alertV2,
  targets: [
    { selector: '#alert-title', expect: '#headline', change: 'renamed Headline' },
    {
      selector: 'input[name="routes"][value="47"]',
      expect: 'button.route-chip[data-route="47"]',
      change: 'checkbox list became toggle chips',
    },
    { selector: '[name="cause"]', expect: '#alert-cause', change: 'name and id renamed' },
    {
      selector: 'textarea#message',
      expect: '[data-testid="alert-body"]',
      change: 'id replaced by test id, relabelled Description',
    },
    { selector: '#ch-twitter', expect: null, change: 'Twitter channel dropped; Mastodon in its place' },
    { selector: 'button:has-text("Publish now")', expect: '#publish', change: 'relabelled Publish' },
    {
      selector: '.alerts-table tr:nth-of-type(2) a.expire',
      expect: '[data-alert-id="A-5512"] .end-alert',
      change: 'table became card list; Expire link now End alert button',
    },
    {
      selector: 'role=button[name="Preview"]',
      expect: null,
      change: 'preview button removed; live preview panel always shown',
    },
  ],
};

// 8. Elections: precinct ballot reconciliation
const reconV1 = page(
  'Precinct 0412 reconciliation · County Election Night',
  `<header><strong>Canvass Manager</strong><nav><a href="/precincts">Precincts</a><a href="/tabulators">Tabulators</a><a href="/provisionals">Provisionals</a><a href="/results">Unofficial results</a></nav><span>General Election 4 Nov 2025 · Judge: P. Alvarez</span></header>
<main>
<h1>Precinct 0412 – Maple Grove Elementary</h1>
<p class="muted">Polls closed 20:00 · Registered voters 2,318 · <span class="badge">Open</span></p>
<form id="recon" class="grid">
<div><label for="ballots-received">Ballots received from county</label><input id="ballots-received" name="received" value="2400"></div>
<div><label for="ballots-issued">Ballots issued to voters</label><input id="ballots-issued" name="issued" value="1384"></div>
<div><label for="spoiled">Spoiled ballots</label><input id="spoiled" name="spoiled" value="11"></div>
<div><label for="provisional">Provisional envelopes</label><input id="provisional" name="provisional" value="17"></div>
<div><label for="unused">Unused ballots</label><input id="unused" name="unused" value="988"></div>
<div><label for="pollbook">Signatures in poll book</label><input id="pollbook" name="pollbook" value="1384"></div>
<div><label for="seal-1">Transfer case seal #1</label><input id="seal-1" data-testid="seal-1" name="seal1" value="A0091344"></div>
<div><label for="seal-2">Transfer case seal #2</label><input id="seal-2" data-testid="seal-2" name="seal2" value="A0091345"></div>
</form>
<p>Discrepancy: <strong>0</strong></p>
<label for="explain">Explanation of any discrepancy</label><textarea id="explain" name="explanation" rows="2"></textarea>
<div class="row"><label><input type="checkbox" id="judge-a-sign" checked> Judge A (majority party) signs</label><label><input type="checkbox" id="judge-b-sign"> Judge B (minority party) signs</label></div>
<h2>Tabulators</h2>
<table class="tab-table"><thead><tr><th>Machine</th><th>Public count</th><th>Protective count</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>DS200-0412-A</td><td>702</td><td>18,441</td><td>Polls open</td><td><button class="close-polls">Close polls</button></td></tr>
<tr><td>DS200-0412-B</td><td>682</td><td>16,903</td><td>Polls open</td><td><button class="close-polls">Close polls</button></td></tr>
</tbody></table>
<div class="row"><button id="btn-calc">Calculate</button><button id="btn-save">Save</button><button id="btn-certify" class="primary">Certify precinct</button><a href="/precincts/0412/tape" class="btn">Print tally tape</a></div>
</main>
<footer>Canvass Manager · Questions: Elections Office (555) 010-4400</footer>`,
);
const reconV2 = edit(reconV1, [
  [
    '<form id="recon" class="grid">',
    '<form id="recon"><section class="card"><h2>Ballot accounting</h2><div class="grid">',
  ],
  [
    '<div><label for="ballots-issued">Ballots issued to voters</label><input id="ballots-issued" name="issued" value="1384"></div>',
    '<div><label for="issued">Issued</label><input id="issued" name="issued_count" value="1384"></div>',
  ],
  [
    '<div><label for="spoiled">Spoiled ballots</label><input id="spoiled" name="spoiled" value="11"></div>',
    '<div><label for="spoiled-ballots">Spoiled</label><input id="spoiled-ballots" name="spoiled_count" value="11"></div>',
  ],
  [
    '<div><label for="seal-1">Transfer case seal #1</label>',
    '</div><p>Discrepancy: <strong>0</strong> <span class="badge">Balanced</span></p></section><section class="card"><h2>Seals &amp; signatures</h2><div class="grid"><div><label for="seal-1">Primary seal</label>',
  ],
  [
    '<div><label for="seal-2">Transfer case seal #2</label><input id="seal-2" data-testid="seal-2" name="seal2" value="A0091345"></div>\n</form>\n<p>Discrepancy: <strong>0</strong></p>',
    '<div><label for="seal-sec">Secondary seal</label><input id="seal-sec" data-testid="seal-secondary" name="seal2" value="A0091345"></div></div>',
  ],
  [
    '<div class="row"><label><input type="checkbox" id="judge-a-sign" checked> Judge A (majority party) signs</label><label><input type="checkbox" id="judge-b-sign"> Judge B (minority party) signs</label></div>',
    '<label><input type="checkbox" id="attest-judge-majority" checked> Judge (majority party) attests</label><label><input type="checkbox" id="attest-judge-minority"> Judge (minority party) attests</label></section></form>',
  ],
  [
    '<table class="tab-table"><thead><tr><th>Machine</th><th>Public count</th><th>Protective count</th><th>Status</th><th></th></tr></thead><tbody>\n<tr><td>DS200-0412-A</td><td>702</td><td>18,441</td><td>Polls open</td><td><button class="close-polls">Close polls</button></td></tr>\n<tr><td>DS200-0412-B</td><td>682</td><td>16,903</td><td>Polls open</td><td><button class="close-polls">Close polls</button></td></tr>\n</tbody></table>',
    '<div class="grid"><div class="card" data-machine="DS200-0412-A"><h3>DS200-0412-A</h3><p>Public 702 · Protective 18,441</p><span class="badge">Polls open</span> <button class="close-polls">Close polls</button></div><div class="card" data-machine="DS200-0412-B"><h3>DS200-0412-B</h3><p>Public 682 · Protective 16,903</p><span class="badge">Polls open</span> <button class="close-polls">Close polls</button></div></div>',
  ],
  [
    '<div class="row"><button id="btn-calc">Calculate</button><button id="btn-save">Save</button><button id="btn-certify" class="primary">Certify precinct</button><a href="/precincts/0412/tape" class="btn">Print tally tape</a></div>',
    '<div class="row"><button id="btn-save-progress">Save progress</button><button id="certify" class="primary">Certify results</button></div>',
  ],
]);
const recon: PagePair = {
  name: 'precinct-ballot-reconciliation-16',
  v1: reconV1,
  v2: reconV2,
  targets: [
    {
      selector: '#ballots-issued',
      expect: '[name="issued_count"]',
      change: 'id/name renamed, label shortened',
    },
    { selector: '[name="spoiled"]', expect: '#spoiled-ballots', change: 'name and id renamed' },
    {
      selector: '[data-testid="seal-2"]',
      expect: '[data-testid="seal-secondary"]',
      change: 'moved to seals card, test id renamed',
    },
    {
      selector: '#judge-b-sign',
      expect: '#attest-judge-minority',
      change: 'renamed, reworded, moved into card',
    },
    {
      selector: 'button:has-text("Certify precinct")',
      expect: '#certify',
      change: 'relabelled Certify results',
    },
    { selector: 'text=Print tally tape', expect: null, change: 'tally tape printing removed' },
    {
      selector: '.tab-table tbody tr:nth-of-type(2) button',
      expect: '[data-machine="DS200-0412-B"] button.close-polls',
      change: 'table became machine cards',
    },
    { selector: '#btn-calc', expect: null, change: 'calculate removed (auto); Save progress in its place' },
  ],
};

// 9. Nonprofit: donor gift / pledge entry
const giftV1 = page(
  'Gift entry · Riverbend Food Alliance CRM',
  `<header><strong>GiveDesk</strong><nav><a href="/constituents">Constituents</a><a href="/gifts" class="active">Gifts</a><a href="/batches">Batches</a><a href="/campaigns">Campaigns</a><a href="/acknowledgements">Acknowledgements</a></nav><span>Batch 2025-03-14-A · L. Tran</span></header>
<main>
<h1>New gift</h1>
<section class="card"><strong>Margaret &amp; Paul Hendricks</strong> · ID 100482 · Last gift $500 on 12 Dec 2024 · Lifetime $6,250</section>
<form id="gift-form" class="grid">
<fieldset><legend>Gift type</legend><label><input type="radio" id="gift-type-onetime" name="gift_type" checked> One-time</label><label><input type="radio" id="gift-type-pledge" name="gift_type"> Pledge</label><label><input type="radio" id="gift-type-recurring" name="gift_type"> Recurring</label></fieldset>
<div><label for="amount">Amount ($)</label><input id="amount" name="amount" value="1,200.00"></div>
<div><label for="fund">Fund</label><select id="fund" name="fund"><option selected>General operating</option><option>Mobile pantry</option><option>Capital – new warehouse</option></select></div>
<div><label for="campaign">Campaign</label><select id="campaign" name="campaign"><option selected>FY25 Annual Fund</option><option>Spring Hunger Drive</option></select></div>
<div><label for="appeal">Appeal code</label><input id="appeal" name="appeal_code" value="SPR25-DM1"></div>
<div><label for="method">Payment method</label><select id="method" name="method"><option>Check</option><option selected>Credit card</option><option>Stock</option><option>DAF grant</option></select></div>
<div><label for="installments">Installments</label><input id="installments" name="installments" value="12"></div>
<div><label for="frequency">Frequency</label><select id="frequency" name="frequency"><option selected>Monthly</option><option>Quarterly</option><option>Annually</option></select></div>
<div><label for="soft-credit">Soft credit to</label><input id="soft-credit" name="soft_credit" placeholder="Search constituent"></div>
<div><label for="ack">Acknowledgement letter</label><select id="ack" name="ack_letter"><option selected>Standard thank-you</option><option>Major donor (ED signed)</option><option>Do not acknowledge</option></select></div>
<div><label><input type="checkbox" id="tribute"> Tribute gift</label><label><input type="checkbox" id="anon"> Anonymous</label></div>
</form>
<div class="row"><button id="save-gift" class="primary">Save gift</button><button id="save-new">Save &amp; new</button><a href="/batches/2025-03-14-A">Cancel</a></div>
<h2>Recent gifts</h2>
<table class="recent-gifts"><thead><tr><th>Date</th><th>Amount</th><th>Fund</th><th></th></tr></thead><tbody>
<tr><td>12 Dec 2024</td><td>$500.00</td><td>General operating</td><td><a href="/gifts/88213/refund" class="refund">Refund</a></td></tr>
<tr><td>03 Jun 2024</td><td>$250.00</td><td>Mobile pantry</td><td><a href="/gifts/80911">View</a></td></tr>
</tbody></table>
</main>`,
);
const giftV2 = edit(giftV1, [
  [
    '<fieldset><legend>Gift type</legend><label><input type="radio" id="gift-type-onetime" name="gift_type" checked> One-time</label><label><input type="radio" id="gift-type-pledge" name="gift_type"> Pledge</label><label><input type="radio" id="gift-type-recurring" name="gift_type"> Recurring</label></fieldset>',
    '<div role="tablist" class="row gd-type"><button role="tab" data-type="single" aria-selected="true">One-time</button><button role="tab" data-type="pledge" aria-selected="false">Pledge</button><button role="tab" data-type="recurring" aria-selected="false">Recurring gift</button></div>',
  ],
  [
    '<div><label for="amount">Amount ($)</label><input id="amount" name="amount"',
    '<div><label for="gift-amount">Amount</label><input id="gift-amount" name="gift.amount"',
  ],
  [
    '<div><label for="fund">Fund</label><select id="fund" name="fund">',
    '<div><label>Designation</label><select data-testid="designation" name="designation">',
  ],
  [
    '<div><label for="appeal">Appeal code</label><input id="appeal" name="appeal_code" value="SPR25-DM1"></div>',
    '<div><label for="appeal">Appeal</label><select id="appeal" name="appeal"><option selected>SPR25-DM1 Spring mailer</option><option>SPR25-EM2 Email</option></select></div>',
  ],
  [
    '<div><label for="soft-credit">Soft credit to</label><input id="soft-credit" name="soft_credit" placeholder="Search constituent"></div>\n',
    '',
  ],
  [
    '<div><label><input type="checkbox" id="tribute"> Tribute gift</label><label><input type="checkbox" id="anon"> Anonymous</label></div>',
    '<div><label><input type="checkbox" id="tribute"> In honor / memory</label><div class="row"><button type="button" role="switch" aria-checked="false" aria-label="Anonymous gift">Off</button><span>Anonymous</span></div></div>',
  ],
  [
    '<button id="save-new">Save &amp; new</button>',
    '<button id="save-another">Save and add another</button>',
  ],
  [
    '<a href="/gifts/88213/refund" class="refund">Refund</a>',
    '<a href="/gifts/88213/receipt" class="receipt">Receipt</a>',
  ],
]);
const gift: PagePair = {
  name: 'nonprofit-gift-entry-16',
  v1: giftV1,
  v2: giftV2,
  targets: [
    {
      selector: '#gift-type-pledge',
      expect: '[role="tab"][data-type="pledge"]',
      change: 'radio group became tabs',
    },
    { selector: '[name="amount"]', expect: '#gift-amount', change: 'id/name renamed' },
    {
      selector: '#fund',
      expect: '[data-testid="designation"]',
      change: 'Fund renamed Designation, id replaced by test id',
    },
    {
      selector: 'input[name="appeal_code"]',
      expect: 'select#appeal',
      change: 'free-text input became select',
    },
    {
      selector: '#anon',
      expect: '[role="switch"][aria-label="Anonymous gift"]',
      change: 'checkbox became switch',
    },
    { selector: '#soft-credit', expect: null, change: 'soft credit field removed' },
    {
      selector: 'button:has-text("Save & new")',
      expect: '#save-another',
      change: 'relabelled "Save and add another"',
    },
    {
      selector: '.recent-gifts tbody tr:first-child a.refund',
      expect: null,
      change: 'refund link removed; receipt link in its place',
    },
  ],
};

// 10. Dentistry: periodontal charting
const perioV1 = page(
  'Perio chart · Dana Whitfield · BrightSmile Dental',
  `<header><strong>BrightSmile PM</strong><nav><a href="/schedule">Schedule</a><a href="/patients" class="active">Patients</a><a href="/claims">Claims</a><a href="/recall">Recall</a></nav><span>Op 3 · Hygienist K. Morales</span></header>
<main>
<h1>Periodontal exam — Dana Whitfield</h1>
<p class="muted">DOB 04/19/1978 · Chart #22871 · Last perio exam 09/12/2024 · Medical alert: <span class="badge">Penicillin allergy</span></p>
<div class="tooth-strip row"><button>1</button><button>2</button><button class="current">3</button><button>4</button><button>5</button><button>6</button><button>7</button><button>8</button><button>9</button><button>10</button><button>11</button><button>12</button><button>13</button><button>14</button><button>15</button><button>16</button></div>
<section class="card"><h2>Tooth #3</h2>
<div class="grid3">
<div><label for="pd-db">DB</label><input id="pd-db" name="pd_db" value="4" size="2"></div>
<div><label for="pd-b">B</label><input id="pd-b" name="pd_b" value="3" size="2"></div>
<div><label for="pd-mb">MB</label><input id="pd-mb" name="pd_mb" value="5" size="2"></div>
<div><label for="pd-dl">DL</label><input id="pd-dl" name="pd_dl" value="3" size="2"></div>
<div><label for="pd-l">L</label><input id="pd-l" name="pd_l" value="2" size="2"></div>
<div><label for="pd-ml">ML</label><input id="pd-ml" name="pd_ml" value="4" size="2"></div>
</div>
<h3>Bleeding on probing</h3>
<div class="row"><label><input type="checkbox" id="bop-db"> DB</label><label><input type="checkbox" id="bop-b"> B</label><label><input type="checkbox" id="bop-mb" checked> MB</label><label><input type="checkbox" id="bop-dl"> DL</label><label><input type="checkbox" id="bop-l"> L</label><label><input type="checkbox" id="bop-ml"> ML</label></div>
<div class="grid">
<div><label for="recession">Recession (mm)</label><input id="recession" name="recession" value="1"></div>
<div><label>Mobility</label><select name="mobility"><option selected>0</option><option>I</option><option>II</option><option>III</option></select></div>
<div><label>Furcation</label><select name="furcation"><option selected>None</option><option>Class I</option><option>Class II</option><option>Class III</option></select></div>
<div><label><input type="checkbox" id="voice-entry"> Voice entry</label></div>
</div>
</section>
<div class="row"><button id="prev-tooth">Previous tooth</button><button id="next-tooth">Next tooth</button><button id="save-exam" class="primary">Save exam</button><a href="/patients/22871/perio/compare">Compare to last exam</a></div>
</main>
<footer>BrightSmile PM · Ctrl+→ next site</footer>`,
);
const perioV2 = edit(perioV1, [
  [
    '<div class="tooth-strip row"><button>1</button><button>2</button><button class="current">3</button><button>4</button><button>5</button>',
    '<div class="teeth-nav row" aria-label="Maxillary right"><span class="muted">UR</span><button data-tooth="1">1</button><button data-tooth="2">2</button><button data-tooth="3" aria-current="true">3</button><button data-tooth="4">4</button><button data-tooth="5">5</button>',
  ],
  [
    '<div><label for="pd-db">DB</label><input id="pd-db" name="pd_db" value="4" size="2"></div>',
    '<div><span>DB</span><input aria-label="Probing depth distobuccal" name="depth[db]" value="4" size="2"></div>',
  ],
  [
    '<div><label for="pd-b">B</label><input id="pd-b" name="pd_b" value="3" size="2"></div>',
    '<div><span>B</span><input aria-label="Probing depth buccal" name="depth[b]" value="3" size="2"></div>',
  ],
  [
    '<div><label for="pd-mb">MB</label><input id="pd-mb" name="pd_mb" value="5" size="2"></div>',
    '<div><span>MB</span><input aria-label="Probing depth mesiobuccal" name="depth[mb]" value="5" size="2"></div>',
  ],
  [
    '<div class="row"><label><input type="checkbox" id="bop-db"> DB</label><label><input type="checkbox" id="bop-b"> B</label><label><input type="checkbox" id="bop-mb" checked> MB</label>',
    '<div class="row"><button type="button" aria-pressed="false" aria-label="Bleeding distobuccal">DB</button><button type="button" aria-pressed="false" aria-label="Bleeding buccal">B</button><button type="button" aria-pressed="true" aria-label="Bleeding mesiobuccal">MB</button>',
  ],
  [
    '<div><label>Mobility</label><select name="mobility">',
    '<div><label for="tooth-mobility">Mobility (Miller)</label><select id="tooth-mobility" name="mobilityGrade">',
  ],
  [
    '<div><label><input type="checkbox" id="voice-entry"> Voice entry</label></div>',
    '<div><label><input type="checkbox" id="auto-advance" checked> Auto-advance</label></div>',
  ],
  [
    '<div class="row"><button id="prev-tooth">Previous tooth</button><button id="next-tooth">Next tooth</button><button id="save-exam" class="primary">Save exam</button><a href="/patients/22871/perio/compare">Compare to last exam</a></div>',
    '<div class="row"><button aria-label="Previous tooth">‹</button><button aria-label="Next tooth">›</button><button data-testid="perio-save" class="primary">Save charting</button></div>',
  ],
]);
const perio: PagePair = {
  name: 'dental-perio-charting-16',
  v1: perioV1,
  v2: perioV2,
  targets: [
    {
      selector: '#pd-db',
      expect: 'input[aria-label="Probing depth distobuccal"]',
      change: 'id removed, labelled by aria-label',
    },
    {
      selector: '#bop-mb',
      expect: 'button[aria-label="Bleeding mesiobuccal"]',
      change: 'checkbox became pressed toggle button',
    },
    { selector: '[name="mobility"]', expect: '#tooth-mobility', change: 'name changed, id added' },
    {
      selector: '.tooth-strip button:nth-of-type(5)',
      expect: '[data-tooth="5"]',
      change: 'strip class renamed, label span inserted',
    },
    {
      selector: 'button:has-text("Next tooth")',
      expect: 'button[aria-label="Next tooth"]',
      change: 'text became chevron icon',
    },
    { selector: 'text=Compare to last exam', expect: null, change: 'compare link removed' },
    {
      selector: '#voice-entry',
      expect: null,
      change: 'voice entry removed; auto-advance checkbox in its place',
    },
    {
      selector: '#save-exam',
      expect: '[data-testid="perio-save"]',
      change: 'id replaced by test id, relabelled',
    },
  ],
};

// 11. Aviation ground handling: ramp turnaround
const turnV1 = page(
  'XY2231 turnaround · RampControl',
  `<header><strong>RampControl</strong><nav><a href="/board">Stand board</a><a href="/flights" class="active">Flights</a><a href="/equipment">GSE</a><a href="/staff">Staff</a></nav><span>ARN Terminal 5 · Shift lead O. Berg</span></header>
<main>
<h1>XY 2231 / XY 2232 — A320 SE-RKA — Stand 14</h1>
<p class="muted">STA 09:40 · STD 10:25 · MTT 45 min · <span class="badge">On time</span></p>
<table class="milestones"><thead><tr><th>Milestone</th><th>Planned</th><th>Actual</th><th></th></tr></thead><tbody>
<tr id="ms-on-block"><td>On-block</td><td>09:40</td><td><input id="act-onblock" name="act_onblock" value="09:38"></td><td><button>Now</button></td></tr>
<tr id="ms-doors-open"><td>Doors open</td><td>09:42</td><td><input id="act-doorsopen" name="act_doorsopen" value="09:41"></td><td><button>Now</button></td></tr>
<tr id="ms-fuel"><td>Fuelling</td><td>09:50</td><td><input id="act-fuel" name="act_fuel" value=""></td><td><button>Now</button></td></tr>
<tr id="ms-boarding"><td>Boarding start</td><td>10:00</td><td><input id="act-boarding" name="act_boarding" value=""></td><td><button>Now</button></td></tr>
<tr id="ms-doors-closed"><td>Doors closed</td><td>10:20</td><td><input id="act-doorsclosed" name="act_doorsclosed" value=""></td><td><button>Now</button></td></tr>
<tr id="ms-pushback"><td>Pushback</td><td>10:25</td><td><input id="act-pushback" name="act_pushback" value=""></td><td><button>Now</button></td></tr>
</tbody></table>
<div class="grid">
<section class="card crew"><h2>Crew &amp; equipment</h2>
<label>Ramp lead</label><select name="ramp_lead"><option selected>A. Holm</option><option>J. Sandberg</option><option>M. Ekström</option></select>
<label><input type="checkbox" id="gpu" checked> GPU connected</label>
<label><input type="checkbox" id="pca"> PCA connected</label>
<label><input type="checkbox" id="chocks" checked> Chocks &amp; cones</label>
</section>
<section class="card"><h2>Delay</h2>
<label>Delay code</label><select name="delay_code"><option selected>—</option><option>13 Check-in error</option><option>32 Loading/unloading</option><option>93 Aircraft rotation</option></select>
<label>Minutes</label><input name="delay_min" value="0">
<label>Comment</label><textarea name="comment" rows="2"></textarea>
</section>
</div>
<div class="row"><button id="btn-ldm">Send LDM</button><button id="btn-mvt">Send MVT</button><button id="btn-close" class="primary">Close turnaround</button></div>
</main>`,
);
const turnV2 = edit(turnV1, [
  [
    '<table class="milestones"><thead><tr><th>Milestone</th><th>Planned</th><th>Actual</th><th></th></tr></thead><tbody>',
    '<ol class="ms-list">',
  ],
  [
    '<tr id="ms-on-block"><td>On-block</td><td>09:40</td><td><input id="act-onblock" name="act_onblock" value="09:38"></td><td><button>Now</button></td></tr>',
    '<li class="card row" data-ms="on_block"><span>On-block</span><span class="muted">09:40</span><input name="milestones.on_block.actual" value="09:38"><button class="stamp">Stamp</button></li>',
  ],
  [
    '<tr id="ms-doors-open"><td>Doors open</td><td>09:42</td><td><input id="act-doorsopen" name="act_doorsopen" value="09:41"></td><td><button>Now</button></td></tr>',
    '<li class="card row" data-ms="doors_open"><span>Doors open</span><span class="muted">09:42</span><input name="milestones.doors_open.actual" value="09:41"><button class="stamp">Stamp</button></li>',
  ],
  [
    '<tr id="ms-fuel"><td>Fuelling</td><td>09:50</td><td><input id="act-fuel" name="act_fuel" value=""></td><td><button>Now</button></td></tr>',
    '<li class="card row" data-ms="fuelling"><span>Fuelling</span><span class="muted">09:50</span><input name="milestones.fuelling.actual" value=""><button class="stamp">Stamp</button></li>',
  ],
  [
    '<tr id="ms-boarding"><td>Boarding start</td><td>10:00</td><td><input id="act-boarding" name="act_boarding" value=""></td><td><button>Now</button></td></tr>',
    '<li class="card row" data-ms="boarding_start"><span>Boarding</span><span class="muted">10:00</span><input name="milestones.boarding_start.actual" value=""><button class="stamp">Stamp</button></li>',
  ],
  [
    '<tr id="ms-doors-closed"><td>Doors closed</td><td>10:20</td><td><input id="act-doorsclosed" name="act_doorsclosed" value=""></td><td><button>Now</button></td></tr>',
    '<li class="card row" data-ms="doors_closed"><span>Doors closed</span><span class="muted">10:20</span><input name="milestones.doors_closed.actual" value=""><button class="stamp">Stamp</button></li>',
  ],
  [
    '<tr id="ms-pushback"><td>Pushback</td><td>10:25</td><td><input id="act-pushback" name="act_pushback" value=""></td><td><button>Now</button></td></tr>\n</tbody></table>',
    '<li class="card row" data-ms="pushback"><span>Pushback</span><span class="muted">10:25</span><input name="milestones.pushback.actual" value=""><button class="stamp">Stamp</button></li></ol>',
  ],
  [
    '<section class="card crew"><h2>Crew &amp; equipment</h2>\n<label>Ramp lead</label><select name="ramp_lead">',
    '<section class="card team"><h2>Team &amp; GSE</h2>\n<label for="lead-agent">Lead agent</label><select id="lead-agent" name="leadAgent">',
  ],
  [
    '<label><input type="checkbox" id="gpu" checked> GPU connected</label>',
    '<div class="row"><button role="switch" id="svc-gpu" aria-checked="true">GPU</button>',
  ],
  [
    '<label><input type="checkbox" id="pca"> PCA connected</label>',
    '<button role="switch" id="svc-water" aria-checked="false">Potable water</button></div>',
  ],
  [
    '<label>Delay code</label><select name="delay_code"><option selected>—</option><option>13 Check-in error</option><option>32 Loading/unloading</option><option>93 Aircraft rotation</option></select>',
    '<label for="delay-iata">IATA delay code</label><input id="delay-iata" name="delayCode" list="iata-codes" placeholder="e.g. 93">',
  ],
  [
    '<div class="row"><button id="btn-ldm">Send LDM</button><button id="btn-mvt">Send MVT</button><button id="btn-close" class="primary">Close turnaround</button></div>',
    '<div class="row"><button data-testid="tx-mvt">Transmit MVT</button><button id="btn-complete" class="primary">Complete turn</button></div>',
  ],
]);
const turn: PagePair = {
  name: 'ramp-turnaround-milestones-16',
  v1: turnV1,
  v2: turnV2,
  targets: [
    {
      selector: '#act-boarding',
      expect: '[name="milestones.boarding_start.actual"]',
      change: 'table row became list card; id removed, name restructured',
    },
    {
      selector: 'tr#ms-doors-closed button',
      expect: '[data-ms="doors_closed"] .stamp',
      change: 'Now became Stamp in list card',
    },
    { selector: '#gpu', expect: '#svc-gpu', change: 'checkbox became switch' },
    {
      selector: '[name="delay_code"]',
      expect: '#delay-iata',
      change: 'select became free-text input with code list',
    },
    {
      selector: 'button:has-text("Send LDM")',
      expect: null,
      change: 'LDM now sent by load control; button removed',
    },
    {
      selector: '#btn-mvt',
      expect: '[data-testid="tx-mvt"]',
      change: 'id replaced by test id, relabelled Transmit',
    },
    {
      selector: '.crew select[name="ramp_lead"]',
      expect: '#lead-agent',
      change: 'section class and name renamed',
    },
    { selector: '#pca', expect: null, change: 'PCA removed; potable water switch in its place' },
  ],
};

// 12. Funeral home: arrangement conference
const funeralV1 = page(
  'Arrangement · Case 25-0318 · Haven Funeral Services',
  `<header><strong>Haven FMS</strong><nav><a href="/cases" class="active">Cases</a><a href="/calendar">Calendar</a><a href="/merchandise">Merchandise</a><a href="/obituaries">Obituaries</a><a href="/accounting">Accounting</a></nav><span>Director: R. Castellano</span></header>
<main>
<h1>Arrangement conference — Case 25-0318</h1>
<div class="grid">
<div><label for="decedent-name">Decedent full name</label><input id="decedent-name" name="decedent_name" value="Eleanor Ruth Maddox"></div>
<div><label for="dod">Date of death</label><input id="dod" type="date" name="dod" value="2025-03-11"></div>
</div>
<fieldset><legend>Disposition</legend><label><input type="radio" name="disposition" value="burial" checked> Burial</label><label><input type="radio" name="disposition" value="cremation"> Cremation</label><label><input type="radio" name="disposition" value="donation"> Body donation</label></fieldset>
<div class="grid">
<div><label>Service type</label><select name="service_type"><option selected>Traditional funeral</option><option>Memorial service</option><option>Graveside only</option><option>Celebration of life</option></select></div>
<div><label for="svc-date">Service date</label><input id="svc-date" type="date" name="service_date" value="2025-03-18"></div>
<div><label for="venue">Venue</label><select id="venue" name="venue"><option selected>Haven Chapel</option><option>St. Brendan Parish</option><option>Graveside – Oakwood Cemetery</option></select></div>
<div><label for="officiant">Officiant</label><input id="officiant" name="officiant" value="Rev. Thomas Akers"></div>
</div>
<h2>Casket</h2>
<div class="products grid3">
<div class="product-card card"><h3>Pine Classic</h3><p>$1,895</p><button>Select</button></div>
<div class="product-card card"><h3>Walnut Heritage 18ga</h3><p>$4,250</p><button>Select</button></div>
<div class="product-card card"><h3>Bronze Sovereign</h3><p>$9,800</p><button>Select</button></div>
</div>
<h2>Obituary</h2>
<textarea name="obituary" rows="4">Eleanor Ruth Maddox, 87, of Cedar Falls, passed peacefully on March 11, 2025...</textarea>
<label><input type="checkbox" id="publish-obit" checked> Publish on website</label>
<label for="newspaper">Newspaper</label><select id="newspaper" name="newspaper"><option>None</option><option selected>Cedar Falls Courier</option><option>Waterloo Record</option></select>
<div class="row"><button id="save-arr" class="primary">Save arrangement</button><button id="gen-contract">Generate contract</button><button id="email-family">Email family</button></div>
</main>
<footer>Haven FMS · FTC Funeral Rule: GPL provided 14 Mar 2025</footer>`,
);
const funeralV2 = edit(funeralV1, [
  [
    '<div><label for="decedent-name">Decedent full name</label><input id="decedent-name" name="decedent_name"',
    '<div><label>Legal name of deceased</label><input name="decedent.fullName"',
  ],
  [
    '<div><label>Service type</label><select name="service_type">',
    '<div><label for="svc-type">Type of service</label><select id="svc-type" name="serviceType">',
  ],
  [
    '<div><label for="officiant">Officiant</label><input id="officiant" name="officiant"',
    '<div><label for="officiant-name">Clergy / celebrant</label><input id="officiant-name" name="officiant"',
  ],
  [
    '<div class="products grid3">\n<div class="product-card card"><h3>Pine Classic</h3><p>$1,895</p><button>Select</button></div>\n<div class="product-card card"><h3>Walnut Heritage 18ga</h3><p>$4,250</p><button>Select</button></div>\n<div class="product-card card"><h3>Bronze Sovereign</h3><p>$9,800</p><button>Select</button></div>\n</div>',
    '<table class="merch"><thead><tr><th>Item</th><th>SKU</th><th>Price</th><th></th></tr></thead><tbody><tr data-sku="CSK-PIN-01"><td>Pine Classic</td><td>CSK-PIN-01</td><td>$1,895</td><td><button>Choose</button></td></tr><tr data-sku="CSK-WAL-18"><td>Walnut Heritage 18ga</td><td>CSK-WAL-18</td><td>$4,250</td><td><button>Choose</button></td></tr><tr data-sku="CSK-BRZ-48"><td>Bronze Sovereign</td><td>CSK-BRZ-48</td><td>$9,800</td><td><button>Choose</button></td></tr></tbody></table>',
  ],
  ['<textarea name="obituary" rows="4">', '<textarea id="obit-text" name="obituaryText" rows="4">'],
  [
    '<label for="newspaper">Newspaper</label><select id="newspaper" name="newspaper"><option>None</option><option selected>Cedar Falls Courier</option><option>Waterloo Record</option></select>',
    '<label><input type="checkbox" id="livestream"> Livestream service</label>',
  ],
  [
    '<button id="gen-contract">Generate contract</button><button id="email-family">Email family</button>',
    '<button id="statement-btn">Create statement of goods &amp; services</button>',
  ],
]);
const funeral: PagePair = {
  name: 'funeral-arrangement-conference-16',
  v1: funeralV1,
  v2: funeralV2,
  targets: [
    {
      selector: '#decedent-name',
      expect: '[name="decedent.fullName"]',
      change: 'id removed, label reworded',
    },
    { selector: '[name="service_type"]', expect: '#svc-type', change: 'name changed, id added' },
    {
      selector: '.product-card:nth-of-type(2) button',
      expect: 'tr[data-sku="CSK-WAL-18"] button',
      change: 'product cards became table rows; Select became Choose',
    },
    { selector: '#officiant', expect: '#officiant-name', change: 'id renamed, relabelled' },
    { selector: 'textarea[name="obituary"]', expect: '#obit-text', change: 'name changed, id added' },
    { selector: 'button:has-text("Email family")', expect: null, change: 'email action removed' },
    {
      selector: '#newspaper',
      expect: null,
      change: 'newspaper select removed; livestream checkbox in its place',
    },
    {
      selector: 'role=button[name="Generate contract"]',
      expect: '#statement-btn',
      change: 'relabelled to statement of goods & services',
    },
  ],
};

// 13. Pawnshop: loan intake
const pawnV1 = page(
  'New pawn loan · Ticket 48817 · PawnMaster',
  `<header><strong>PawnMaster</strong><nav><a href="/loans" class="active">Loans</a><a href="/layaways">Layaways</a><a href="/inventory">Inventory</a><a href="/police">Police reports</a><a href="/drawer">Cash drawer</a></nav><span>Store #12 · Clerk: B. Ruiz</span></header>
<main>
<h1>New pawn loan</h1>
<section class="card"><h2>Customer</h2>
<div class="grid">
<div><label for="cust-id-scan">Scan ID</label><input id="cust-id-scan" name="id_scan" placeholder="Swipe or scan licence"></div>
<div><label>ID type</label><select name="id_type"><option selected>Driver licence</option><option>State ID</option><option>Passport</option></select></div>
<div><label>Customer</label><input name="customer" value="Travis L. Moore" readonly></div>
<div><label>Phone</label><input name="phone" value="(602) 555-0147"></div>
</div></section>
<section class="card"><h2>Item</h2>
<div class="grid">
<div><label>Category</label><select name="category"><option selected>Jewelry</option><option>Electronics</option><option>Tools</option><option>Musical instruments</option><option>Firearms</option></select></div>
<div><label for="desc">Description</label><input id="desc" name="description" value="Men's 14k gold rope chain, 22 in"></div>
<div><label for="serial">Serial number</label><input id="serial" name="serial" placeholder="N/A for jewelry"></div>
<div><label for="karat">Karat</label><select id="karat" name="karat"><option>10k</option><option selected>14k</option><option>18k</option><option>24k</option></select></div>
<div><label for="weight-g">Weight (g)</label><input id="weight-g" name="weight" value="31.4"></div>
<div><label for="appraised">Appraised value ($)</label><input id="appraised" name="appraised" value="1,180.00"></div>
</div>
<div class="row"><button id="add-photo">Add photo</button><button id="check-stolen">Check stolen database</button></div>
</section>
<section class="card"><h2>Loan terms</h2>
<div class="grid">
<div><label for="loan-amt">Loan amount ($)</label><input id="loan-amt" name="loan_amount" value="600.00"></div>
<div><label>Term</label><select name="term"><option>30 days</option><option selected>60 days</option><option>90 days</option></select></div>
<div><label>Monthly finance charge</label><input name="rate" value="20%" readonly></div>
<div><label>Maturity date</label><input name="maturity" value="05/13/2025" readonly></div>
</div></section>
<div class="row"><button id="print-ticket">Print ticket</button><button id="create-loan" class="primary">Create loan</button><a href="/buys/new?from=48817" class="btn">Buy outright</a></div>
</main>`,
);
const pawnV2 = edit(pawnV1, [
  [
    '<div><label for="cust-id-scan">Scan ID</label><input id="cust-id-scan" name="id_scan" placeholder="Swipe or scan licence"></div>',
    '<div><label>Customer ID</label><input data-testid="id-scan" name="idScan" placeholder="Scan barcode on ID"></div>',
  ],
  [
    '<div><label>Category</label><select name="category">',
    '<div><label for="item-category">Item category</label><select id="item-category" name="itemCategory">',
  ],
  [
    '<div><label for="serial">Serial number</label><input id="serial" name="serial" placeholder="N/A for jewelry"></div>',
    '<div><label>Serial / IMEI</label><input name="serialNumber" placeholder="N/A for jewelry"></div>',
  ],
  [
    '<div><label for="weight-g">Weight (g)</label><input id="weight-g" name="weight" value="31.4"></div>',
    '<div><label for="gram-weight">Weight</label><input id="gram-weight" name="grams" value="31.4"> g</div>',
  ],
  [
    '<div class="row"><button id="add-photo">Add photo</button><button id="check-stolen">Check stolen database</button></div>',
    '<div class="row"><button id="add-photo">📷 Photos</button><span class="badge">LeadsOnline: reported automatically</span></div>',
  ],
  [
    '<div><label for="loan-amt">Loan amount ($)</label><input id="loan-amt" name="loan_amount" value="600.00"></div>',
    '<div><label>Principal</label><input name="principal" value="600.00"></div>',
  ],
  [
    '<div class="row"><button id="print-ticket">Print ticket</button><button id="create-loan" class="primary">Create loan</button><a href="/buys/new?from=48817" class="btn">Buy outright</a></div>',
    '<div class="row"><button id="print-item-tag">Print item tag</button><button id="create-loan" class="primary">Create loan &amp; print</button></div><p>Customer prefers to sell? <a href="/buys/new?from=48817" class="purchase-link">Purchase instead</a></p>',
  ],
]);
const pawn: PagePair = {
  name: 'pawn-loan-intake-16',
  v1: pawnV1,
  v2: pawnV2,
  targets: [
    {
      selector: '#cust-id-scan',
      expect: '[data-testid="id-scan"]',
      change: 'id replaced by test id, relabelled',
    },
    { selector: '[name="category"]', expect: '#item-category', change: 'name changed, id added' },
    { selector: '#serial', expect: '[name="serialNumber"]', change: 'id removed, label reworded' },
    { selector: '#weight-g', expect: '#gram-weight', change: 'id renamed, unit moved out of label' },
    { selector: '#loan-amt', expect: '[name="principal"]', change: 'relabelled Principal, id removed' },
    {
      selector: 'button:has-text("Check stolen database")',
      expect: null,
      change: 'stolen check now automatic; badge in its place',
    },
    {
      selector: 'text=Buy outright',
      expect: 'a.purchase-link',
      change: 'moved to a sentence below, relabelled',
    },
    {
      selector: '#print-ticket',
      expect: null,
      change: 'ticket print folded into create; item tag print in its place',
    },
  ],
};

// 14. Telecoms: fiber splice closeout (phone)
const spliceV1 = page(
  'FTTH-88213 · FieldSplice',
  `<header><a href="/jobs" aria-label="Back to jobs">‹ Jobs</a><strong>FTTH-88213</strong><span class="badge">In progress</span></header>
<main>
<h1>Splice closure SC-12</h1>
<p class="muted">Pole 4471 · Birch Lane cabinet FDH-07 · Tech: S. Kaur</p>
<label for="tray">Tray</label><select id="tray" name="tray"><option selected>Tray 1</option><option>Tray 2</option><option>Tray 3</option></select>
<label for="fiber-count">Fibers spliced</label><input id="fiber-count" name="fiber_count" value="6">
<table class="splice-table"><thead><tr><th>Fiber</th><th>Color</th><th>Loss (dB)</th><th>Result</th></tr></thead><tbody>
<tr><td>1</td><td>Blue</td><td><input id="loss-f1" name="loss_1" value="0.03" size="4"></td><td><span class="badge">Pass</span></td></tr>
<tr><td>2</td><td>Orange</td><td><input id="loss-f2" name="loss_2" value="0.05" size="4"></td><td><span class="badge">Pass</span></td></tr>
<tr><td>3</td><td>Green</td><td><input id="loss-f3" name="loss_3" value="0.02" size="4"></td><td><span class="badge">Pass</span></td></tr>
<tr><td>4</td><td>Brown</td><td><input id="loss-f4" name="loss_4" value="0.21" size="4"></td><td><span class="badge">Fail</span></td></tr>
<tr><td>5</td><td>Slate</td><td><input id="loss-f5" name="loss_5" value="0.04" size="4"></td><td><span class="badge">Pass</span></td></tr>
<tr><td>6</td><td>White</td><td><input id="loss-f6" name="loss_6" value="0.03" size="4"></td><td><span class="badge">Pass</span></td></tr>
</tbody></table>
<label for="otdr-upload">OTDR trace (.sor)</label><input type="file" id="otdr-upload" name="otdr">
<button id="photos">Add photos (2)</button>
<label><input type="checkbox" id="sealed"> Closure sealed</label>
<label><input type="checkbox" id="door-locked"> Cabinet door locked</label>
<div class="row"><button id="escalate">Escalate</button><button id="req-super">Request supervisor</button></div>
<button id="complete-job" class="primary">Complete job</button>
</main>
<nav class="bottom row"><a href="/jobs">Jobs</a><a href="/inventory">Van stock</a><a href="/maps">Maps</a><a href="/me">Me</a></nav>`,
  'body{max-width:400px}main form,main{display:flex;flex-direction:column;gap:8px}',
);
const spliceV2 = edit(spliceV1, [
  [
    '<label for="tray">Tray</label><select id="tray" name="tray">',
    '<label for="tray-select">Splice tray</label><select id="tray-select" name="trayNo">',
  ],
  [
    '<table class="splice-table"><thead><tr><th>Fiber</th><th>Color</th><th>Loss (dB)</th><th>Result</th></tr></thead><tbody>',
    '<div class="fiber-list">',
  ],
  [
    '<tr><td>1</td><td>Blue</td><td><input id="loss-f1" name="loss_1" value="0.03" size="4"></td><td><span class="badge">Pass</span></td></tr>',
    '<div class="card row"><span>F1 Blue</span><input aria-label="Fiber 1 loss (dB)" value="0.03" size="4"><span class="badge">Pass</span></div>',
  ],
  [
    '<tr><td>2</td><td>Orange</td><td><input id="loss-f2" name="loss_2" value="0.05" size="4"></td><td><span class="badge">Pass</span></td></tr>',
    '<div class="card row"><span>F2 Orange</span><input aria-label="Fiber 2 loss (dB)" value="0.05" size="4"><span class="badge">Pass</span></div>',
  ],
  [
    '<tr><td>3</td><td>Green</td><td><input id="loss-f3" name="loss_3" value="0.02" size="4"></td><td><span class="badge">Pass</span></td></tr>',
    '<div class="card row"><span>F3 Green</span><input aria-label="Fiber 3 loss (dB)" value="0.02" size="4"><span class="badge">Pass</span></div>',
  ],
  [
    '<tr><td>4</td><td>Brown</td><td><input id="loss-f4" name="loss_4" value="0.21" size="4"></td><td><span class="badge">Fail</span></td></tr>',
    '<div class="card row"><span>F4 Brown</span><input aria-label="Fiber 4 loss (dB)" value="0.21" size="4"><span class="badge">Re-splice</span></div>',
  ],
  [
    '<tr><td>5</td><td>Slate</td><td><input id="loss-f5" name="loss_5" value="0.04" size="4"></td><td><span class="badge">Pass</span></td></tr>',
    '<div class="card row"><span>F5 Slate</span><input aria-label="Fiber 5 loss (dB)" value="0.04" size="4"><span class="badge">Pass</span></div>',
  ],
  [
    '<tr><td>6</td><td>White</td><td><input id="loss-f6" name="loss_6" value="0.03" size="4"></td><td><span class="badge">Pass</span></td></tr>\n</tbody></table>',
    '<div class="card row"><span>F6 White</span><input aria-label="Fiber 6 loss (dB)" value="0.03" size="4"><span class="badge">Pass</span></div></div>',
  ],
  [
    '<label for="otdr-upload">OTDR trace (.sor)</label><input type="file" id="otdr-upload" name="otdr">',
    '<label>OTDR trace</label><input type="file" data-testid="otdr-file" accept=".sor">',
  ],
  [
    '<label><input type="checkbox" id="sealed"> Closure sealed</label>',
    '<div class="row"><span>Closure sealed</span><button role="switch" aria-checked="false" id="chk-sealed-switch">No</button></div>',
  ],
  [
    '<label><input type="checkbox" id="door-locked"> Cabinet door locked</label>',
    '<label><input type="checkbox" id="bonded"> Grounding bonded</label>',
  ],
  [
    '<div class="row"><button id="escalate">Escalate</button><button id="req-super">Request supervisor</button></div>',
    '<button id="report-issue">⚠ Report issue</button>',
  ],
  [
    '<button id="complete-job" class="primary">Complete job</button>',
    '<button data-testid="closeout-submit" class="primary">Close out</button>',
  ],
]);
const splice: PagePair = {
  name: 'fiber-splice-closeout-16',
  v1: spliceV1,
  v2: spliceV2,
  targets: [
    { selector: '[name="tray"]', expect: '#tray-select', change: 'name and id renamed' },
    {
      selector: '#loss-f4',
      expect: 'input[aria-label="Fiber 4 loss (dB)"]',
      change: 'table became card list; id removed',
    },
    { selector: '#otdr-upload', expect: '[data-testid="otdr-file"]', change: 'id replaced by test id' },
    { selector: '#sealed', expect: '#chk-sealed-switch', change: 'checkbox became switch' },
    {
      selector: '#door-locked',
      expect: null,
      change: 'door check removed; grounding bonded checkbox in its place',
    },
    { selector: 'button:has-text("Request supervisor")', expect: null, change: 'supervisor request removed' },
    { selector: 'text=Escalate', expect: '#report-issue', change: 'relabelled Report issue with icon' },
    {
      selector: '#complete-job',
      expect: '[data-testid="closeout-submit"]',
      change: 'id replaced by test id, relabelled Close out',
    },
  ],
};

// 15. Legal: new matter conflict check
const conflictV1 = page(
  'New matter intake · Conflicts · Hale Brennan LLP',
  `<header><strong>Hale Brennan LLP</strong><nav><a href="/intake" class="active">New matter</a><a href="/conflicts">Conflicts queue</a><a href="/matters">Matters</a><a href="/time">Time</a></nav><span>S. Oduya (Associate)</span></header>
<main>
<h1>New matter intake</h1>
<div class="grid">
<div><label for="client-name">Client name</label><input id="client-name" name="client_name" value="Castlebridge Logistics Inc."></div>
<div><label>Client type</label><label><input type="radio" name="client_type" value="ind"> Individual</label><label><input type="radio" name="client_type" value="org" checked> Organization</label></div>
<div><label>Matter type</label><select name="matter_type"><option>Litigation</option><option selected>Commercial contract</option><option>Employment</option><option>M&amp;A</option></select></div>
<div><label>Practice group</label><select name="practice_group"><option selected>Corporate</option><option>Disputes</option><option>Real estate</option></select></div>
<div><label>Responsible partner</label><select name="partner"><option selected>D. Hale</option><option>M. Brennan</option><option>K. Osei</option></select></div>
<div><label>Fee arrangement</label><select name="fee_arrangement"><option selected>Hourly</option><option>Fixed fee</option><option>Contingency</option></select></div>
</div>
<fieldset><legend>Adverse parties</legend>
<input name="adverse[0]" value="Northgate Freight Holdings">
<input name="adverse[1]" value="Peter J. Vance">
<button type="button" id="add-party">Add party</button>
</fieldset>
<label for="description">Matter description</label><textarea id="description" name="description" rows="3">Negotiation of master warehousing agreement.</textarea>
<button id="run-search">Run conflict search</button>
<h2>Search results</h2>
<table class="results"><thead><tr><th>Name</th><th>Match</th><th>Existing matter</th><th>Partner</th><th></th></tr></thead><tbody>
<tr><td>Northgate Freight Ltd</td><td>Fuzzy 86%</td><td>2019-0441 Former client</td><td>K. Osei</td><td><button class="waive">Waive</button> <button class="flag">Flag</button></td></tr>
<tr><td>Vance, Peter</td><td>Exact</td><td>2023-1187 Adverse party</td><td>M. Brennan</td><td><button class="waive">Waive</button> <button class="flag">Flag</button></td></tr>
</tbody></table>
<div class="row"><button id="save-draft">Save draft</button><button id="submit-conflicts" class="primary">Submit to conflicts team</button></div>
</main>`,
);
const conflictV2 = edit(conflictV1, [
  [
    '<div><label for="client-name">Client name</label><input id="client-name" name="client_name"',
    '<div><label>Client (legal name)</label><input name="client.legalName"',
  ],
  [
    '<div><label>Fee arrangement</label><select name="fee_arrangement"><option selected>Hourly</option><option>Fixed fee</option><option>Contingency</option></select></div>',
    '<div><label>Billing office</label><select name="billing_office"><option selected>Chicago</option><option>New York</option></select></div>',
  ],
  [
    '<input name="adverse[0]" value="Northgate Freight Holdings">\n<input name="adverse[1]" value="Peter J. Vance">\n<button type="button" id="add-party">Add party</button>',
    '<div class="row"><input id="adverse-party-1" name="adverseParties[0].name" value="Northgate Freight Holdings"><button aria-label="Remove party 1">×</button></div>\n<div class="row"><input id="adverse-party-2" name="adverseParties[1].name" value="Peter J. Vance"><button aria-label="Remove party 2">×</button></div>\n<button type="button" data-testid="add-adverse">+ Add adverse party</button>',
  ],
  [
    '<button id="run-search">Run conflict search</button>',
    '<button id="conflict-search-btn">Search conflicts</button>',
  ],
  [
    '<tr><td>Northgate Freight Ltd</td><td>Fuzzy 86%</td><td>2019-0441 Former client</td><td>K. Osei</td><td><button class="waive">Waive</button> <button class="flag">Flag</button></td></tr>',
    '<tr data-hit="H-1"><td>Northgate Freight Ltd</td><td>Fuzzy 86%</td><td>2019-0441 Former client</td><td>K. Osei</td><td><button class="note">Add note</button> <button class="escalate">Escalate</button></td></tr>',
  ],
  [
    '<tr><td>Vance, Peter</td><td>Exact</td><td>2023-1187 Adverse party</td><td>M. Brennan</td><td><button class="waive">Waive</button> <button class="flag">Flag</button></td></tr>',
    '<tr data-hit="H-2"><td>Vance, Peter</td><td>Exact</td><td>2023-1187 Adverse party</td><td>M. Brennan</td><td><button class="note">Add note</button> <button class="escalate">Escalate</button></td></tr>',
  ],
  ['<table class="results">', '<table class="hits">'],
  [
    '<button id="submit-conflicts" class="primary">Submit to conflicts team</button>',
    '<button id="submit-intake" class="primary">Send for clearance</button>',
  ],
]);
const conflict: PagePair = {
  name: 'law-firm-conflict-check-16',
  v1: conflictV1,
  v2: conflictV2,
  targets: [
    {
      selector: '#client-name',
      expect: '[name="client.legalName"]',
      change: 'id removed, name and label changed',
    },
    {
      selector: 'input[name="adverse[1]"]',
      expect: '#adverse-party-2',
      change: 'name restructured, wrapped with remove button',
    },
    {
      selector: 'button:has-text("Add party")',
      expect: '[data-testid="add-adverse"]',
      change: 'relabelled "+ Add adverse party"',
    },
    { selector: '#run-search', expect: '#conflict-search-btn', change: 'id renamed, relabelled' },
    {
      selector: '.results tbody tr:nth-of-type(1) button.waive',
      expect: null,
      change: 'waive removed; Add note button in its place',
    },
    {
      selector: '.results tbody tr:nth-of-type(2) button.flag',
      expect: 'tr[data-hit="H-2"] .escalate',
      change: 'Flag became Escalate, table class renamed',
    },
    {
      selector: '[name="fee_arrangement"]',
      expect: null,
      change: 'fee arrangement removed; billing office select in its place',
    },
    {
      selector: 'role=button[name="Submit to conflicts team"]',
      expect: '#submit-intake',
      change: 'relabelled Send for clearance',
    },
  ],
};

// 16. Ski rental shop fitting
const skiV1 = page(
  'Fitting · Rental 30417 · Summit Rentals',
  `<header><strong>Summit Rentals POS</strong><nav><a href="/queue">Queue (6)</a><a href="/returns">Returns</a><a href="/fleet">Fleet</a><a href="/tech">Tech bench</a></nav><span>Base lodge · Tech: E. Lindgren</span></header>
<main>
<h1>Rental 30417 — Skier 1 of 3</h1>
<p class="muted">Party: Okonkwo family · 3 days · Pickup 15 Mar 2025</p>
<form id="fit" class="grid">
<div><label for="skier-name">Skier name</label><input id="skier-name" name="name" value="Chidi Okonkwo"></div>
<div><label for="age">Age</label><input id="age" name="age" value="44"></div>
<div><label for="height-cm">Height (cm)</label><input id="height-cm" name="height" value="183"></div>
<div><label for="weight-kg">Weight (kg)</label><input id="weight-kg" name="weight" value="86"></div>
<fieldset><legend>Skier type</legend><label><input type="radio" name="skier_type" value="1"> Type I – cautious</label><label><input type="radio" name="skier_type" value="2" checked> Type II – moderate</label><label><input type="radio" name="skier_type" value="3"> Type III – aggressive</label></fieldset>
<div><label for="shoe">Shoe size (US)</label><select id="shoe" name="shoe"><option>9</option><option>10</option><option selected>11</option><option>12</option></select></div>
<div><label for="bsl">Boot sole length (mm)</label><input id="bsl" name="bsl" value="325"></div>
<div><label>Ski length (cm)</label><select data-testid="ski-length" name="ski_length"><option>163</option><option>170</option><option selected>177</option><option>184</option></select></div>
<div><label>DIN setting</label><input name="din" value="7.0" readonly></div>
<div><label for="days">Rental days</label><select id="days" name="days"><option>1</option><option>2</option><option selected>3</option></select></div>
</form>
<div class="row"><label><input type="checkbox" id="helmet" checked> Helmet</label><label><input type="checkbox" id="poles" checked> Poles</label><label><input type="checkbox" id="damage-waiver"> Damage waiver ($6/day)</label></div>
<div class="row"><button id="calc-din">Calculate DIN</button><button id="assign" class="primary">Assign equipment</button><button id="print-release">Print release form</button><button id="next-skier">Add another skier</button></div>
</main>
<footer>Summit Rentals · ISO 11088 settings table v2019</footer>`,
);
const skiV2 = edit(skiV1, [
  [
    '<div><label for="height-cm">Height (cm)</label><input id="height-cm" name="height" value="183"></div>',
    '<div><label>Height</label><input name="heightCm" value="183"> cm</div>',
  ],
  [
    '<div><label for="weight-kg">Weight (kg)</label><input id="weight-kg" name="weight" value="86"></div>',
    '<div><label>Weight</label><input name="weightKg" value="86"> kg</div>',
  ],
  [
    '<fieldset><legend>Skier type</legend><label><input type="radio" name="skier_type" value="1"> Type I – cautious</label><label><input type="radio" name="skier_type" value="2" checked> Type II – moderate</label><label><input type="radio" name="skier_type" value="3"> Type III – aggressive</label></fieldset>',
    '<div class="type-cards row" role="radiogroup" aria-label="Skier type"><button type="button" role="radio" data-skier-type="I" aria-checked="false">I · Cautious</button><button type="button" role="radio" data-skier-type="II" aria-checked="true">II · Moderate</button><button type="button" role="radio" data-skier-type="III" aria-checked="false">III · Fast &amp; aggressive</button></div>',
  ],
  [
    '<div><label for="bsl">Boot sole length (mm)</label><input id="bsl" name="bsl" value="325"></div>',
    '<div><label for="boot-sole-length">BSL</label><input id="boot-sole-length" name="bootSoleLength" value="325"> mm</div>',
  ],
  [
    '<div><label>Ski length (cm)</label><select data-testid="ski-length" name="ski_length">',
    '<div><label for="ski-length-select">Ski length</label><select id="ski-length-select" name="skiLength">',
  ],
  [
    '<div><label>DIN setting</label><input name="din" value="7.0" readonly></div>',
    '<div><label>DIN (auto)</label><output name="din">7.0</output></div>',
  ],
  [
    '<label><input type="checkbox" id="damage-waiver"> Damage waiver ($6/day)</label>',
    '<label><input type="checkbox" id="ski-lock"> Ski lock ($2/day)</label>',
  ],
  [
    '<div class="row"><button id="calc-din">Calculate DIN</button><button id="assign" class="primary">Assign equipment</button><button id="print-release">Print release form</button><button id="next-skier">Add another skier</button></div>',
    '<div class="row"><button id="assign" class="primary">Assign equipment</button><button id="next-skier">+ Skier</button></div><footer class="row"><button id="print-waiver">Print waiver</button></footer>',
  ],
]);
const ski: PagePair = {
  name: 'ski-rental-binding-fit-16',
  v1: skiV1,
  v2: skiV2,
  targets: [
    {
      selector: '#height-cm',
      expect: 'input[name="heightCm"]',
      change: 'id removed, name camelCased, unit moved',
    },
    {
      selector: '#weight-kg',
      expect: 'input[name="weightKg"]',
      change: 'id removed, name camelCased, unit moved',
    },
    {
      selector: 'input[name="skier_type"][value="3"]',
      expect: 'button[data-skier-type="III"]',
      change: 'radio became card-style radio button',
    },
    { selector: '#bsl', expect: '#boot-sole-length', change: 'id renamed, label abbreviated' },
    {
      selector: '[data-testid="ski-length"]',
      expect: '#ski-length-select',
      change: 'test id replaced by id',
    },
    { selector: 'button:has-text("Calculate DIN")', expect: null, change: 'DIN now computed automatically' },
    {
      selector: '#damage-waiver',
      expect: null,
      change: 'damage waiver removed; ski lock add-on in its place',
    },
    {
      selector: 'text=Print release form',
      expect: '#print-waiver',
      change: 'relabelled Print waiver and moved to footer',
    },
  ],
};

// 17. Oil & gas: daily drilling report
const ddrV1 = page(
  'DDR #23 · Wildcat 14-2H · RigLog',
  `<header><strong>RigLog</strong><nav><a href="/wells">Wells</a><a href="/ddr" class="active">Daily reports</a><a href="/mud">Mud</a><a href="/hse">HSE</a><a href="/costs">Costs</a></nav><span>Patterson 812 · Company man: G. Reyes</span></header>
<main>
<h1>Daily drilling report #23 — Wildcat 14-2H</h1>
<div class="grid3">
<div><label for="rpt-date">Report date</label><input id="rpt-date" type="date" name="report_date" value="2025-03-14"></div>
<div><label for="depth-start">Depth start (ft MD)</label><input id="depth-start" name="depth_start" value="9,842"></div>
<div><label for="depth-end">Depth end (ft MD)</label><input id="depth-end" name="depth_end" value="10,611"></div>
<div><label for="rop">Avg ROP (ft/hr)</label><input id="rop" name="rop" value="64"></div>
<div><label for="mud-wt">Mud weight (ppg)</label><input id="mud-wt" name="mud_weight" value="10.4"></div>
<div><label for="bit">Bit</label><input id="bit" name="bit" value="8¾ PDC #4"></div>
</div>
<h2>Time log</h2>
<table class="timelog"><thead><tr><th>From</th><th>To</th><th>Hrs</th><th>Code</th><th>Description</th><th></th></tr></thead><tbody>
<tr><td><input name="from_1" value="00:00" size="5"></td><td><input name="to_1" value="06:30" size="5"></td><td>6.5</td><td><select name="code_1"><option selected>DRL – Drill</option><option>TRP – Trip</option><option>CIR – Circulate</option></select></td><td><input name="desc_1" value="Drill 9,842–10,261 ft"></td><td><button class="del">Delete</button></td></tr>
<tr><td><input name="from_2" value="06:30" size="5"></td><td><input name="to_2" value="08:00" size="5"></td><td>1.5</td><td><select name="code_2"><option>DRL – Drill</option><option>TRP – Trip</option><option selected>CIR – Circulate</option></select></td><td><input name="desc_2" value="Circulate bottoms up, survey"></td><td><button class="del">Delete</button></td></tr>
<tr><td><input name="from_3" value="08:00" size="5"></td><td><input name="to_3" value="24:00" size="5"></td><td>16</td><td><select name="code_3"><option selected>DRL – Drill</option><option>TRP – Trip</option><option>CIR – Circulate</option></select></td><td><input name="desc_3" value="Drill 10,261–10,611 ft"></td><td><button class="del">Delete</button></td></tr>
</tbody></table>
<button id="add-row">Add row</button>
<section class="card"><h2>HSE</h2><div class="grid3">
<div><label>Recordable incidents</label><input name="incidents" value="0"></div>
<div><label>Near misses</label><input name="near_misses" value="1"></div>
<div><label>STOP cards</label><input name="stop_cards" value="14"></div>
</div></section>
<div class="row"><button id="save">Save</button><button id="copy-prev">Copy previous day</button><a href="/ddr/23/witsml" class="btn">Export WITSML</a><button id="submit-office" class="primary">Submit to office</button></div>
</main>`,
);
const ddrV2 = edit(ddrV1, [
  [
    '<div><label for="depth-end">Depth end (ft MD)</label><input id="depth-end" name="depth_end" value="10,611"></div>',
    '<div><label>End depth MD (ft)</label><input name="md_end_ft" value="10,611"></div>',
  ],
  [
    '<div><label for="mud-wt">Mud weight (ppg)</label><input id="mud-wt" name="mud_weight" value="10.4"></div>',
    '<div><label for="mud-density">Mud density (ppg)</label><input id="mud-density" name="mudDensity" value="10.4"></div>',
  ],
  [
    '<table class="timelog"><thead><tr><th>From</th><th>To</th><th>Hrs</th><th>Code</th><th>Description</th><th></th></tr></thead>',
    '<table class="ops-log"><thead><tr><th>Start</th><th>End</th><th>Hrs</th><th>Phase</th><th>Activity</th><th>Summary</th><th></th></tr></thead>',
  ],
  [
    '<td>6.5</td><td><select name="code_1">',
    '<td>6.5</td><td>PROD</td><td><select id="tl-1-code" name="activity_code">',
  ],
  [
    '<td>1.5</td><td><select name="code_2">',
    '<td>1.5</td><td>PROD</td><td><select id="tl-2-code" name="activity_code">',
  ],
  [
    '<td>16</td><td><select name="code_3">',
    '<td>16</td><td>PROD</td><td><select id="tl-3-code" name="activity_code">',
  ],
  ['<button id="add-row">Add row</button>', '<button id="timelog-add">Add activity</button>'],
  [
    '<div><label>Near misses</label><input name="near_misses" value="1"></div>',
    '<div><label for="hse-near-miss">Near misses</label><input id="hse-near-miss" name="hse.nearMisses" value="1"></div>',
  ],
  [
    '<div><label>STOP cards</label><input name="stop_cards" value="14"></div>',
    '<div><label>Drills held</label><input name="hse.drills" value="1"></div>',
  ],
  [
    '<a href="/ddr/23/witsml" class="btn">Export WITSML</a><button id="submit-office" class="primary">Submit to office</button>',
    '<button data-testid="ddr-submit" class="primary">Submit DDR</button>',
  ],
]);
const ddr: PagePair = {
  name: 'drilling-daily-report-16',
  v1: ddrV1,
  v2: ddrV2,
  targets: [
    {
      selector: '#depth-end',
      expect: 'input[name="md_end_ft"]',
      change: 'id removed, renamed and relabelled',
    },
    { selector: '#mud-wt', expect: '#mud-density', change: 'renamed mud density' },
    {
      selector: '.timelog tbody tr:nth-of-type(2) select',
      expect: '#tl-2-code',
      change: 'table class renamed, phase column inserted',
    },
    { selector: 'button:has-text("Add row")', expect: '#timelog-add', change: 'relabelled Add activity' },
    { selector: '[name="near_misses"]', expect: '#hse-near-miss', change: 'name changed, id added' },
    {
      selector: '[name="stop_cards"]',
      expect: null,
      change: 'STOP cards removed; drills held field in its place',
    },
    { selector: 'text=Export WITSML', expect: null, change: 'WITSML export removed from page' },
    {
      selector: '#submit-office',
      expect: '[data-testid="ddr-submit"]',
      change: 'id replaced by test id, relabelled',
    },
  ],
};

// 18. Auction house: lot cataloguing
const lotV1 = page(
  'Lot 214 · Modern British Art · Catalogue',
  `<header><strong>Lotfinder</strong><nav><a href="/sales">Sales</a><a href="/consignments">Consignments</a><a href="/catalogue" class="active">Catalogue</a><a href="/clients">Clients</a></nav><span>Specialist: H. Pembroke</span></header>
<main>
<h1>Catalogue lot</h1>
<div class="grid">
<div><label for="sale">Sale</label><select id="sale" name="sale"><option selected>L25108 Modern British Art – 9 Apr 2025</option><option>L25112 Prints &amp; Multiples</option></select></div>
<div><label for="lot-no">Lot number</label><input id="lot-no" name="lot_no" value="214"></div>
<div><label for="maker">Artist / maker</label><input id="maker" name="maker" value="John Piper (1903–1992)"></div>
<div><label for="title">Title</label><input id="title" name="title" value="Portland, Dorset"></div>
<div><label for="medium">Medium</label><input id="medium" name="medium" value="gouache, ink and wax resist"></div>
<div><label for="date-made">Date</label><input id="date-made" name="date_made" value="c.1955"></div>
<div><label>Dimensions (cm)</label><div class="row"><input name="h" value="38" size="4"><input name="w" value="55" size="4"></div></div>
<div><label for="photo-status">Photography</label><select id="photo-status" name="photo_status"><option selected>Not photographed</option><option>Shot</option><option>Retouched</option></select></div>
<div><label for="est-low">Estimate low (£)</label><input id="est-low" name="est_low" value="6,000"></div>
<div><label for="est-high">Estimate high (£)</label><input id="est-high" name="est_high" value="8,000"></div>
<div><label for="reserve">Reserve (£)</label><input id="reserve" name="reserve" value="5,000"></div>
</div>
<label for="condition">Condition report</label><textarea id="condition" name="condition" rows="3">Minor foxing to upper margin; not examined out of frame.</textarea>
<label for="provenance">Provenance</label><textarea id="provenance" name="provenance" rows="2">With Marlborough Fine Art, London; private collection, Bath.</textarea>
<div class="row"><label><input type="checkbox" id="arr" checked> Artist's Resale Right applies</label><label><input type="checkbox" id="vat-import"> Import VAT</label></div>
<div class="row"><button id="req-photo">Request photography</button><button id="save-lot" class="primary">Save lot</button><button id="next-lot">Next lot</button><button id="withdraw-lot" class="danger">Withdraw lot</button></div>
</main>`,
);
const lotV2 = edit(lotV1, [
  [
    '<div><label for="lot-no">Lot number</label><input id="lot-no" name="lot_no" value="214"></div>',
    '<div><label>Lot</label><input name="lotNumber" value="214"></div>',
  ],
  [
    '<div><label for="title">Title</label><input id="title" name="title" value="Portland, Dorset"></div>',
    '<div><label for="lot-title">Title of work</label><input id="lot-title" name="workTitle" value="Portland, Dorset"></div>',
  ],
  [
    '<div><label for="est-low">Estimate low (£)</label><input id="est-low" name="est_low" value="6,000"></div>\n<div><label for="est-high">Estimate high (£)</label><input id="est-high" name="est_high" value="8,000"></div>',
    '<div><label>Estimate (£)</label><div class="row"><input data-testid="estimate-low" aria-label="Low estimate" value="6,000"> – <input data-testid="estimate-high" aria-label="High estimate" value="8,000"></div></div>',
  ],
  [
    '<div><label for="reserve">Reserve (£)</label><input id="reserve" name="reserve" value="5,000"></div>\n</div>',
    '</div>\n<section class="card confidential"><h3>Confidential</h3><label for="confidential-reserve">Reserve (£)</label><input id="confidential-reserve" name="reservePrice" value="5,000"></section>',
  ],
  [
    '<label for="condition">Condition report</label><textarea id="condition" name="condition" rows="3">',
    '<label>Condition</label><textarea name="conditionReport" rows="3">',
  ],
  [
    '<label><input type="checkbox" id="vat-import"> Import VAT</label>',
    '<label><input type="checkbox" id="export-licence"> Export licence required</label>',
  ],
  [
    '<div class="row"><button id="req-photo">Request photography</button><button id="save-lot" class="primary">Save lot</button><button id="next-lot">Next lot</button><button id="withdraw-lot" class="danger">Withdraw lot</button></div>',
    '<div class="row"><button id="save-lot" class="primary">Save</button><button id="next-lot">Save &amp; next</button></div><details open><summary>More actions</summary><button id="withdraw">Withdraw from sale</button></details>',
  ],
]);
const lot: PagePair = {
  name: 'auction-lot-cataloguing-16',
  v1: lotV1,
  v2: lotV2,
  targets: [
    { selector: '#lot-no', expect: '[name="lotNumber"]', change: 'id removed, renamed' },
    { selector: '[name="title"]', expect: '#lot-title', change: 'name changed, id renamed' },
    {
      selector: '#est-low',
      expect: '[data-testid="estimate-low"]',
      change: 'low/high merged into a range row with test ids',
    },
    { selector: '#reserve', expect: '#confidential-reserve', change: 'moved into confidential card' },
    { selector: 'textarea#condition', expect: '[name="conditionReport"]', change: 'id removed, renamed' },
    {
      selector: 'button:has-text("Request photography")',
      expect: null,
      change: 'photography request removed',
    },
    {
      selector: '#vat-import',
      expect: null,
      change: 'import VAT flag removed; export licence checkbox in its place',
    },
    {
      selector: 'text=Withdraw lot',
      expect: '#withdraw',
      change: 'moved into More actions disclosure, relabelled',
    },
  ],
};

// 19. Fisheries: landing declaration (phone)
const landingV1 = page(
  'Landing declaration · CatchLog',
  `<header><strong>CatchLog</strong><span>FV Morning Star PD-214</span></header>
<main>
<h1>Landing declaration</h1>
<form id="landing">
<label for="trip-id">Trip ID</label><input id="trip-id" name="trip_id" value="PD214-2025-031">
<label for="port">Port of landing</label><select id="port" name="port"><option selected>Peterhead</option><option>Fraserburgh</option><option>Lerwick</option></select>
<label for="landed-at">Landing date/time</label><input id="landed-at" type="datetime-local" name="landed_at" value="2025-03-14T05:40">
<h2>Catch</h2>
<div class="card"><strong>Line 1</strong><select name="sp_1"><option selected>HAD Haddock</option><option>COD Cod</option><option>WHG Whiting</option></select><select name="area_1"><option selected>IVa</option><option>IVb</option></select><input id="sp-1-weight" name="kg_1" value="4,820"><button class="remove">Remove</button></div>
<div class="card"><strong>Line 2</strong><select name="sp_2"><option>HAD Haddock</option><option selected>COD Cod</option><option>WHG Whiting</option></select><select name="area_2"><option selected>IVa</option><option>IVb</option></select><input id="sp-2-weight" name="kg_2" value="1,355"><button class="remove">Remove</button></div>
<div class="card"><strong>Line 3</strong><select name="sp_3"><option>HAD Haddock</option><option>COD Cod</option><option selected>WHG Whiting</option></select><select name="area_3"><option>IVa</option><option selected>IVb</option></select><input id="sp-3-weight" name="kg_3" value="610"><button class="remove">Remove</button></div>
<button type="button" id="add-species">Add species</button>
<label><input type="checkbox" id="discards"> Discards recorded in logbook</label>
<label for="buyer">Buyer / auction</label><select id="buyer" name="buyer"><option selected>Peterhead Fish Market</option><option>Direct sale – Ocean Fresh Ltd</option></select>
<label><input type="checkbox" id="declare"> I declare this information is correct</label>
<div class="row"><button type="button" id="save-offline">Save offline</button><button type="submit" id="submit-decl">Submit declaration</button></div>
</form>
</main>
<nav class="row"><a href="/trips">Trips</a><a href="/quota">Quota</a><a href="/settings">Settings</a></nav>`,
  'body{max-width:380px}.card select,.card input{display:block;margin:4px 0}',
);
const landingV2 = edit(landingV1, [
  [
    '<label for="trip-id">Trip ID</label><input id="trip-id" name="trip_id"',
    '<label>Trip reference</label><input name="tripRef"',
  ],
  [
    '<label for="port">Port of landing</label><select id="port" name="port">',
    '<label for="landing-port">Landing port</label><select id="landing-port" name="landingPort">',
  ],
  [
    '<input id="sp-1-weight" name="kg_1" value="4,820">',
    '<label>Live weight (kg)</label><input id="line-1-kg" name="lines[0].liveKg" value="4,820">',
  ],
  [
    '<input id="sp-2-weight" name="kg_2" value="1,355">',
    '<label>Live weight (kg)</label><input id="line-2-kg" name="lines[1].liveKg" value="1,355">',
  ],
  [
    '<input id="sp-3-weight" name="kg_3" value="610">',
    '<label>Live weight (kg)</label><input id="line-3-kg" name="lines[2].liveKg" value="610">',
  ],
  [
    '<button type="button" id="add-species">Add species</button>',
    '<button type="button" id="add-line">+ Add catch line</button>',
  ],
  [
    '<label><input type="checkbox" id="discards"> Discards recorded in logbook</label>',
    '<label><input type="checkbox" id="undersize"> Undersized fish retained</label>',
  ],
  [
    '<label><input type="checkbox" id="declare"> I declare this information is correct</label>',
    '<label><input type="checkbox" name="masterDeclaration"> Master declares the above is true and complete</label>',
  ],
  [
    '<div class="row"><button type="button" id="save-offline">Save offline</button><button type="submit" id="submit-decl">Submit declaration</button></div>',
    '<p class="muted">Saved on device · syncs when online</p><button type="submit" data-testid="landing-submit">Submit</button>',
  ],
]);
const landing: PagePair = {
  name: 'fishery-landing-declaration-16',
  v1: landingV1,
  v2: landingV2,
  targets: [
    { selector: '[name="port"]', expect: '#landing-port', change: 'name and id renamed' },
    { selector: '#trip-id', expect: '[name="tripRef"]', change: 'id removed, relabelled' },
    { selector: '#sp-2-weight', expect: '#line-2-kg', change: 'id renamed, label added' },
    {
      selector: 'button:has-text("Add species")',
      expect: '#add-line',
      change: 'relabelled "+ Add catch line"',
    },
    {
      selector: '#discards',
      expect: null,
      change: 'discards checkbox removed; undersized fish checkbox in its place',
    },
    { selector: '#declare', expect: '[name="masterDeclaration"]', change: 'id removed, label reworded' },
    { selector: 'text=Save offline', expect: null, change: 'manual offline save removed (auto-sync)' },
    {
      selector: '#submit-decl',
      expect: 'button[data-testid="landing-submit"]',
      change: 'id replaced by test id, label shortened',
    },
  ],
};

// 20. Blood bank: donor screening
const donorV1 = page(
  'Donor screening · D-778120 · BloodTrack',
  `<header><strong>BloodTrack</strong><nav><a href="/clinic">Clinic</a><a href="/donors" class="active">Donors</a><a href="/collections">Collections</a><a href="/inventory">Inventory</a></nav><span>Mobile drive: Westfield Mall · RN J. Patel</span></header>
<main>
<h1>Screening — Aisha Rahman (D-778120)</h1>
<p class="muted">Blood group O neg · Last donation 02 Dec 2024 · Eligible since 27 Jan 2025</p>
<section class="card"><h2>Vitals</h2>
<div class="grid3">
<div><label for="hgb">Haemoglobin (g/dL)</label><input id="hgb" name="hgb" value="13.1"></div>
<div><label for="pulse">Pulse (bpm)</label><input id="pulse" name="pulse" value="72"></div>
<div><label for="bp-sys">BP systolic</label><input id="bp-sys" name="bp_sys" value="118"></div>
<div><label for="bp-dia">BP diastolic</label><input id="bp-dia" name="bp_dia" value="76"></div>
<div><label for="temp">Temperature (°C)</label><input id="temp" name="temp" value="36.7"></div>
<div><label for="wt">Weight (kg)</label><input id="wt" name="weight" value="61"></div>
</div>
<label>Arm</label><select name="arm"><option selected>Left</option><option>Right</option></select>
</section>
<section class="card"><h2>Health questions</h2>
<p>Taking any medication?</p><label><input type="radio" name="q_meds" value="yes"> Yes</label><label><input type="radio" name="q_meds" value="no" checked> No</label>
<p>Tattoo or piercing in last 4 months?</p><label><input type="radio" name="q_tattoo" value="yes"> Yes</label><label><input type="radio" name="q_tattoo" value="no" checked> No</label>
<p>Felt unwell in last 14 days?</p><label><input type="radio" name="q_unwell" value="yes"> Yes</label><label><input type="radio" name="q_unwell" value="no" checked> No</label>
</section>
<section class="card"><h2>Deferral</h2>
<label>Reason</label><select name="deferral_reason"><option selected>—</option><option>Low haemoglobin</option><option>Medication</option><option>Travel</option><option>Recent tattoo</option></select>
<label>Deferred until</label><input type="date" name="deferred_until">
</section>
<div class="row"><button id="accept" class="primary">Accept donor</button><button id="defer">Defer donor</button><button id="print-labels">Print bag labels</button><a href="tel:+441632960111" class="btn">Call medical officer</a></div>
</main>`,
);
const donorV2 = edit(donorV1, [
  [
    '<div><label for="hgb">Haemoglobin (g/dL)</label><input id="hgb" name="hgb" value="13.1"></div>',
    '<div><label>Hb</label><input name="hemoglobin" value="13.1"> g/dL</div>',
  ],
  [
    '<div><label for="bp-sys">BP systolic</label><input id="bp-sys" name="bp_sys" value="118"></div>\n<div><label for="bp-dia">BP diastolic</label><input id="bp-dia" name="bp_dia" value="76"></div>',
    '<div><label>Blood pressure</label><div class="row"><input aria-label="Systolic" name="bp.systolic" value="118" size="3">/<input aria-label="Diastolic" name="bp.diastolic" value="76" size="3"></div></div>',
  ],
  [
    '<div><label for="temp">Temperature (°C)</label><input id="temp" name="temp" value="36.7"></div>',
    '<div><label for="ferritin">Ferritin (µg/L)</label><input id="ferritin" name="ferritin" value=""></div>',
  ],
  [
    '<label>Arm</label><select name="arm"><option selected>Left</option><option>Right</option></select>',
    '<label for="venipuncture-arm">Venipuncture arm</label><select id="venipuncture-arm" name="venipunctureArm"><option selected>Left</option><option>Right</option></select>',
  ],
  [
    '<label><input type="radio" name="q_meds" value="yes"> Yes</label><label><input type="radio" name="q_meds" value="no" checked> No</label>',
    '<label><input type="radio" id="q-meds-yes" name="answers.medications" value="Y"> Yes</label><label><input type="radio" id="q-meds-no" name="answers.medications" value="N" checked> No</label>',
  ],
  [
    '<label>Reason</label><select name="deferral_reason">',
    '<label for="defer-reason">Deferral reason</label><select id="defer-reason" name="deferral.reason">',
  ],
  [
    '<div class="row"><button id="accept" class="primary">Accept donor</button><button id="defer">Defer donor</button><button id="print-labels">Print bag labels</button><a href="tel:+441632960111" class="btn">Call medical officer</a></div>',
    '<div class="row"><button id="eligible-btn" class="primary">Mark eligible</button><button id="defer">Defer</button><button id="print-labels">Print bag labels</button></div>',
  ],
]);
const donor: PagePair = {
  name: 'blood-donor-screening-16',
  v1: donorV1,
  v2: donorV2,
  targets: [
    { selector: '#hgb', expect: '[name="hemoglobin"]', change: 'id removed, label abbreviated' },
    {
      selector: '#bp-sys',
      expect: 'input[aria-label="Systolic"]',
      change: 'two fields merged into one BP row',
    },
    { selector: '[name="arm"]', expect: '#venipuncture-arm', change: 'name changed, id added, relabelled' },
    {
      selector: 'input[name="q_meds"][value="yes"]',
      expect: '#q-meds-yes',
      change: 'radio name and value changed',
    },
    { selector: '[name="deferral_reason"]', expect: '#defer-reason', change: 'name changed, id added' },
    {
      selector: 'button:has-text("Accept donor")',
      expect: '#eligible-btn',
      change: 'relabelled Mark eligible',
    },
    { selector: 'text=Call medical officer', expect: null, change: 'call link removed' },
    { selector: '#temp', expect: null, change: 'temperature dropped; ferritin field in its place' },
  ],
};

// 21. Newsroom: story budget (deep redesign)
const budgetV1 = page(
  'Story budget · Fri 14 Mar · The Lakeside Ledger',
  `<header><strong>Ledger Newsroom</strong><nav><a href="/budget" class="active">Budget</a><a href="/assignments">Assignments</a><a href="/photo">Photo desk</a><a href="/wire">Wire</a><a href="/print">Print layout</a></nav><span>Night editor: C. Albright</span></header>
<aside><section class="card"><h3>Meeting</h3><label for="meeting-notes">Notes</label><textarea id="meeting-notes" name="meeting_notes" rows="5">A1: flood recovery lead, council budget below fold.</textarea><button id="send-budget">Send budget to desks</button></section></aside>
<main>
<h1>Story budget — Saturday edition</h1>
<div class="row"><label for="desk-filter">Desk</label><select id="desk-filter" name="desk"><option selected>All desks</option><option>Metro</option><option>Business</option><option>Sports</option></select><input type="search" name="q" placeholder="Search slugs"><button id="add-story">Add story</button><a href="/budget/export.csv" class="btn">Export budget</a><button id="print-budget">Print</button></div>
<table class="budget"><thead><tr><th>Slug</th><th>Desk</th><th>Reporter</th><th>Length</th><th>Art</th><th>Status</th><th>Page</th><th></th></tr></thead><tbody>
<tr><td>RIVER-LEVELS</td><td>Metro</td><td>J. Pike</td><td>18 in</td><td>Graphic</td><td>Filed</td><td>A3</td><td><a href="/stories/4410" class="edit">Edit</a> <button class="spike">Spike</button></td></tr>
<tr><td>FLOOD-RECOVERY</td><td>Metro</td><td>R. Gomez</td><td>30 in</td><td>Photo</td><td>Reporting</td><td>A1</td><td><a href="/stories/4411" class="edit">Edit</a> <button class="spike">Spike</button></td></tr>
<tr><td>COUNCIL-BUDGET</td><td>Metro</td><td>T. Hsu</td><td>22 in</td><td>None</td><td>Editing</td><td>A1</td><td><a href="/stories/4412" class="edit">Edit</a> <button class="spike">Spike</button></td></tr>
<tr><td>MILL-LAYOFFS</td><td>Business</td><td>A. Berg</td><td>15 in</td><td>Photo</td><td>Filed</td><td>B1</td><td><a href="/stories/4413" class="edit">Edit</a> <button class="spike">Spike</button></td></tr>
<tr><td>HOOPS-SEMIS</td><td>Sports</td><td>D. Kamara</td><td>20 in</td><td>Photo</td><td>Game tonight</td><td>C1</td><td><a href="/stories/4414" class="edit">Edit</a> <button class="spike">Spike</button></td></tr>
</tbody></table>
</main>
<footer>Deadline: Metro 21:30 · Sports 23:15</footer>`,
);
const budgetCard = (id: string, slug: string, who: string, len: string, status: string, pg: string) =>
  `<article class="story-card card" data-slug="${slug}"><h4>${slug}</h4><p>${who} · ${len} · <span class="badge">${status}</span> · ${pg}</p><div class="row"><a href="/stories/${id}" class="card-edit">Open</a><button class="kill">Kill</button></div></article>`;
const budgetV2 = page(
  'Story budget · Fri 14 Mar · The Lakeside Ledger',
  `<header><strong>Ledger Newsroom</strong><nav><a href="/budget" class="active">Budget</a><a href="/assignments">Assignments</a><a href="/photo">Photo desk</a><a href="/wire">Wire</a><a href="/print">Print layout</a></nav><span>Night editor: C. Albright</span></header>
<aside><section class="card"><h3>Photo requests</h3><textarea id="photo-requests" name="photo_requests" rows="5">FLOOD-RECOVERY: aerial if chopper available.</textarea><button id="distribute">Distribute</button></section></aside>
<main>
<div class="row"><h1>Saturday budget</h1><button id="new-story" class="primary">New budget line</button></div>
<div class="row filters"><select data-testid="filter-desk" aria-label="Desk"><option selected>All desks</option><option>Metro</option><option>Business</option><option>Sports</option></select><input id="budget-search" name="query" placeholder="Find a slug…"><a href="/budget/export.csv" class="btn">Download CSV</a></div>
<section><h2>Metro</h2>
${budgetCard('4410', 'RIVER-LEVELS', 'J. Pike', '18 in', 'Filed', 'A3')}
${budgetCard('4411', 'FLOOD-RECOVERY', 'R. Gomez', '30 in', 'Reporting', 'A1')}
${budgetCard('4412', 'COUNCIL-BUDGET', 'T. Hsu', '22 in', 'Editing', 'A1')}
</section>
<section><h2>Business</h2>
${budgetCard('4413', 'MILL-LAYOFFS', 'A. Berg', '15 in', 'Filed', 'B1')}
</section>
<section><h2>Sports</h2>
${budgetCard('4414', 'HOOPS-SEMIS', 'D. Kamara', '20 in', 'Game tonight', 'C1')}
</section>
</main>
<footer>Deadline: Metro 21:30 · Sports 23:15</footer>`,
);
const budget: PagePair = {
  name: 'newsroom-story-budget-16',
  v1: budgetV1,
  v2: budgetV2,
  targets: [
    {
      selector: '#desk-filter',
      expect: '[data-testid="filter-desk"]',
      change: 'id replaced by test id, label now aria-label',
    },
    { selector: 'input[type=search][name="q"]', expect: '#budget-search', change: 'type and name changed' },
    {
      selector: 'button:has-text("Add story")',
      expect: '#new-story',
      change: 'moved next to heading, relabelled',
    },
    {
      selector: '.budget tbody tr:nth-of-type(3) a.edit',
      expect: '[data-slug="COUNCIL-BUDGET"] .card-edit',
      change: 'table became cards grouped by desk; Edit became Open',
    },
    {
      selector: '.budget tbody tr:nth-of-type(2) button.spike',
      expect: '[data-slug="FLOOD-RECOVERY"] button.kill',
      change: 'Spike became Kill inside card',
    },
    { selector: '#print-budget', expect: null, change: 'print button removed' },
    {
      selector: 'textarea[name="meeting_notes"]',
      expect: null,
      change: 'meeting notes removed; photo requests textarea in its place',
    },
    {
      selector: 'role=button[name="Send budget to desks"]',
      expect: '#distribute',
      change: 'relabelled Distribute',
    },
  ],
};

// 22. Marina: transient slip reservation
const marinaV1 = page(
  'Slip reservation · Harbor Point Marina',
  `<header><strong>DockMaster</strong><nav><a href="/reservations" class="active">Reservations</a><a href="/tenants">Annual tenants</a><a href="/fuel">Fuel dock</a><a href="/billing">Billing</a></nav><span>Harbormaster office · VHF 68</span></header>
<main>
<h1>New transient reservation</h1>
<div class="grid">
<div><label for="arrive">Arrival</label><input id="arrive" type="date" name="arrive" value="2025-06-20"></div>
<div><label for="depart">Departure</label><input id="depart" type="date" name="depart" value="2025-06-23"></div>
<div><label for="vessel">Vessel name</label><input id="vessel" name="vessel" value="Second Wind"></div>
<div><label for="loa">LOA (ft)</label><input id="loa" name="loa_ft" value="42"></div>
<div><label for="beam">Beam (ft)</label><input id="beam" name="beam_ft" value="13.5"></div>
<div><label for="draft">Draft (ft)</label><input id="draft" name="draft_ft" value="6.2"></div>
<div><label for="power">Shore power</label><select id="power" name="power"><option>30A</option><option selected>50A</option><option>100A</option></select></div>
<div><label for="guests">Guests aboard</label><input id="guests" name="guests" value="4"></div>
</div>
<div class="row"><label><input type="checkbox" id="pumpout" checked> Pump-out on arrival</label><label><input type="checkbox" id="fuel-appt"> Fuel dock appointment</label></div>
<button id="check-avail">Check availability</button>
<h2>Available slips — Dock A</h2>
<table class="slips"><thead><tr><th>Slip</th><th>Max LOA</th><th>Depth MLW</th><th>Power</th><th>Rate/night</th><th></th></tr></thead><tbody>
<tr><td>A-08</td><td>40 ft</td><td>7 ft</td><td>30A</td><td>$96</td><td><button disabled>Too short</button></td></tr>
<tr><td>A-11</td><td>45 ft</td><td>6 ft</td><td>50A</td><td>$108</td><td><button disabled>Too shallow</button></td></tr>
<tr><td>A-14</td><td>50 ft</td><td>8 ft</td><td>50A</td><td>$120</td><td><button>Assign</button></td></tr>
<tr><td>A-17</td><td>60 ft</td><td>9 ft</td><td>100A</td><td>$150</td><td><button>Assign</button></td></tr>
</tbody></table>
<label for="notes">Notes for dock staff</label><textarea id="notes" name="notes" rows="2">Arriving after 6 pm, please leave dock lines.</textarea>
<div class="row"><button id="reserve" class="primary">Reserve slip</button><button id="waitlist">Add to waitlist</button></div>
</main>`,
);
const marinaV2 = edit(marinaV1, [
  [
    '<div><label for="arrive">Arrival</label><input id="arrive" type="date" name="arrive" value="2025-06-20"></div>',
    '<div><label>Check-in</label><input type="date" name="arrival" value="2025-06-20"></div>',
  ],
  [
    '<div><label for="loa">LOA (ft)</label><input id="loa" name="loa_ft" value="42"></div>',
    '<div><label for="vessel-length">Length overall</label><input id="vessel-length" name="vessel.loa" value="42"> ft</div>',
  ],
  [
    '<div><label for="draft">Draft (ft)</label><input id="draft" name="draft_ft" value="6.2"></div>',
    '<div><label for="vessel-draft">Draft</label><input id="vessel-draft" name="vessel.draft" value="6.2"> ft</div>',
  ],
  [
    '<div><label for="power">Shore power</label><select id="power" name="power">',
    '<div><label>Shore power</label><select data-testid="shore-power" name="shorePower">',
  ],
  [
    '<label><input type="checkbox" id="fuel-appt"> Fuel dock appointment</label>',
    '<label><input type="checkbox" id="liveaboard"> Liveaboard</label>',
  ],
  ['<button id="check-avail">Check availability</button>', '<button id="find-slips">Find slips</button>'],
  [
    '<table class="slips"><thead><tr><th>Slip</th><th>Max LOA</th><th>Depth MLW</th><th>Power</th><th>Rate/night</th><th></th></tr></thead><tbody>\n<tr><td>A-08</td><td>40 ft</td><td>7 ft</td><td>30A</td><td>$96</td><td><button disabled>Too short</button></td></tr>\n<tr><td>A-11</td><td>45 ft</td><td>6 ft</td><td>50A</td><td>$108</td><td><button disabled>Too shallow</button></td></tr>\n<tr><td>A-14</td><td>50 ft</td><td>8 ft</td><td>50A</td><td>$120</td><td><button>Assign</button></td></tr>\n<tr><td>A-17</td><td>60 ft</td><td>9 ft</td><td>100A</td><td>$150</td><td><button>Assign</button></td></tr>\n</tbody></table>',
    '<div class="slip-grid grid3"><button class="slip" data-slip="A-08" disabled>A-08<br>40 ft · $96</button><button class="slip" data-slip="A-11" disabled>A-11<br>45 ft · $108</button><button class="slip" data-slip="A-14">A-14<br>50 ft · 8 ft · $120</button><button class="slip" data-slip="A-17">A-17<br>60 ft · 9 ft · $150</button></div>',
  ],
  [
    '<div class="row"><button id="reserve" class="primary">Reserve slip</button><button id="waitlist">Add to waitlist</button></div>',
    '<div class="row"><button id="confirm-reservation" class="primary">Confirm booking</button><button id="hold-24h">Hold 24 h</button></div>',
  ],
]);
const marina: PagePair = {
  name: 'marina-transient-slip-16',
  v1: marinaV1,
  v2: marinaV2,
  targets: [
    { selector: '#arrive', expect: 'input[name="arrival"]', change: 'id removed, relabelled Check-in' },
    { selector: '#loa', expect: '#vessel-length', change: 'id renamed, label spelled out' },
    { selector: '[name="draft_ft"]', expect: '#vessel-draft', change: 'name and id changed' },
    { selector: 'select#power', expect: '[data-testid="shore-power"]', change: 'id replaced by test id' },
    {
      selector: '.slips tbody tr:nth-of-type(3) button',
      expect: 'button[data-slip="A-14"]',
      change: 'slip table became grid of slip buttons',
    },
    {
      selector: '#fuel-appt',
      expect: null,
      change: 'fuel appointment removed; liveaboard checkbox in its place',
    },
    {
      selector: 'button:has-text("Add to waitlist")',
      expect: null,
      change: 'waitlist removed; Hold 24 h button in its place',
    },
    { selector: 'text=Reserve slip', expect: '#confirm-reservation', change: 'relabelled Confirm booking' },
  ],
};

// 23. Observatory: night observing queue
const queueV1 = page(
  'Queue · 2025-03-14 · Ridge Observatory',
  `<header><strong>Ridge Observatory TOC</strong><nav><a href="/queue" class="active">Queue</a><a href="/programs">Programs</a><a href="/calibrations">Calibrations</a><a href="/weather">Weather</a></nav><span>Night of 2025-03-14 · Observer: M. Sato</span></header>
<aside><section class="card"><h3>Conditions</h3><p>Seeing 0.9″ · Humidity 38% · Wind 6 m/s</p><div class="row"><button id="dome-open">Open dome</button><button id="dome-shut">Close dome</button></div></section>
<section class="card"><h3>Night log</h3><textarea id="night-log" name="night_log" rows="6">19:42 Flats done. 20:10 Focus 2.31 mm.</textarea></section></aside>
<main>
<h1>Observing queue</h1>
<div class="row"><label>Telescope</label><select name="telescope"><option selected>2.4 m</option><option>0.8 m</option></select><label>Instrument</label><select name="instrument"><option selected>SpecTrack echelle</option><option>WideCam imager</option></select></div>
<table class="queue"><thead><tr><th>#</th><th>Program</th><th>Target</th><th>RA</th><th>Dec</th><th>Airmass ≤</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>1</td><td>2025A-017</td><td>HD 84937</td><td>09:48:56</td><td>+13:44:39</td><td>1.5</td><td>Observing</td><td><button class="move-up">▲</button><button class="move-down">▼</button><button class="skip">Skip</button></td></tr>
<tr><td>2</td><td>2025A-031</td><td>SN 2025bx</td><td>11:20:13</td><td>+02:14:51</td><td>1.8</td><td>Queued</td><td><button class="move-up">▲</button><button class="move-down">▼</button><button class="skip">Skip</button></td></tr>
<tr><td>3</td><td>2025A-008</td><td>NGC 3379</td><td>10:47:49</td><td>+12:34:54</td><td>1.6</td><td>Queued</td><td><button class="move-up">▲</button><button class="move-down">▼</button><button class="skip">Skip</button></td></tr>
</tbody></table>
<section class="card"><h2>Add target</h2>
<form id="add-target">
<label for="tgt-name">Target name</label><div class="row"><input id="tgt-name" name="name" placeholder="e.g. M51"><button type="button" id="resolve">Resolve name</button></div>
<label for="ra">RA (J2000)</label><input id="ra" name="ra">
<label for="dec">Dec (J2000)</label><input id="dec" name="dec">
<label for="exp-s">Exposure (s)</label><input id="exp-s" name="exposure" value="600">
<label for="filter">Filter</label><select id="filter" name="filter"><option>B</option><option selected>V</option><option>R</option><option>Hα</option></select>
<button type="submit">Add to queue</button>
</form></section>
</main>`,
);
const queueV2 = edit(queueV1, [
  [
    '<span>Night of 2025-03-14 · Observer: M. Sato</span></header>',
    '<span>Night of 2025-03-14 · Observer: M. Sato</span><div class="row dome"><span>Dome</span><button id="dome-up" aria-label="Open dome">Open</button><button id="dome-close" aria-label="Close dome">Close</button></div></header>',
  ],
  [
    '<div class="row"><button id="dome-open">Open dome</button><button id="dome-shut">Close dome</button></div></section>\n<section class="card"><h3>Night log</h3><textarea id="night-log" name="night_log" rows="6">19:42 Flats done. 20:10 Focus 2.31 mm.</textarea></section></aside>',
    '<a href="/weather">Allsky camera</a></section><section class="card"><h3>Night log</h3><a href="/nightlog/2025-03-14">Open night log</a></section></aside>',
  ],
  [
    '<label>Instrument</label><select name="instrument">',
    '<label for="instrument-select">Instrument</label><select id="instrument-select" name="instrumentId">',
  ],
  ['<table class="queue">', '<table class="q-table">'],
  [
    '<td><button class="move-up">▲</button><button class="move-down">▼</button><button class="skip">Skip</button></td></tr>\n<tr><td>2</td>',
    '<td><span class="drag-handle" aria-label="Drag to reorder">⠿</span><button class="defer">Defer</button></td></tr>\n<tr data-prog="2025A-031"><td>2</td>',
  ],
  [
    '<td><button class="move-up">▲</button><button class="move-down">▼</button><button class="skip">Skip</button></td></tr>\n<tr><td>3</td>',
    '<td><span class="drag-handle" aria-label="Drag to reorder">⠿</span><button class="defer">Defer</button></td></tr>\n<tr><td>3</td>',
  ],
  [
    '<td><button class="move-up">▲</button><button class="move-down">▼</button><button class="skip">Skip</button></td></tr>\n</tbody>',
    '<td><span class="drag-handle" aria-label="Drag to reorder">⠿</span><button class="defer">Defer</button></td></tr>\n</tbody>',
  ],
  [
    '<label for="tgt-name">Target name</label><div class="row"><input id="tgt-name" name="name" placeholder="e.g. M51"><button type="button" id="resolve">Resolve name</button></div>',
    '<label>Object</label><div class="row"><input name="target.name" placeholder="Name or designation"><button type="button" id="lookup-coords">Look up</button></div>',
  ],
  [
    '<label for="exp-s">Exposure (s)</label><input id="exp-s" name="exposure" value="600">',
    '<label>Exposure time</label><input data-testid="exposure-seconds" name="target.exposure" value="600"> s',
  ],
]);
const obsQueue: PagePair = {
  name: 'observatory-night-queue-16',
  v1: queueV1,
  v2: queueV2,
  targets: [
    { selector: '[name="instrument"]', expect: '#instrument-select', change: 'name changed, id added' },
    { selector: '#tgt-name', expect: '[name="target.name"]', change: 'id removed, relabelled Object' },
    { selector: 'button:has-text("Resolve name")', expect: '#lookup-coords', change: 'relabelled Look up' },
    { selector: '#exp-s', expect: '[data-testid="exposure-seconds"]', change: 'id replaced by test id' },
    {
      selector: '.queue tbody tr:nth-of-type(2) button.move-up',
      expect: null,
      change: 'move buttons removed; drag handle in their place',
    },
    {
      selector: '.queue tbody tr:nth-of-type(2) button.skip',
      expect: 'tr[data-prog="2025A-031"] button.defer',
      change: 'Skip became Defer, table class renamed',
    },
    {
      selector: 'text=Close dome',
      expect: '#dome-close',
      change: 'moved to header, visible text shortened to Close',
    },
    {
      selector: '#night-log',
      expect: null,
      change: 'inline night log replaced by a link to a separate page',
    },
  ],
};

// 24. Public sector: elevator inspection report
const elevV1 = page(
  'Inspection EL-2025-11873 · State Conveyance Safety',
  `<header><strong>Conveyance Safety Portal</strong><nav><a href="/inspections" class="active">Inspections</a><a href="/conveyances">Conveyances</a><a href="/violations">Violations</a><a href="/certificates">Certificates</a></nav><span>Inspector R. Delgado #4471</span></header>
<main>
<h1>Periodic inspection — EL-2025-11873</h1>
<div class="grid">
<div><label for="conveyance-id">Conveyance ID</label><input id="conveyance-id" name="conveyance_id" value="PA-E-038821"></div>
<div><label for="address">Building address</label><input id="address" name="address" value="1200 Market St, Harrisburg"></div>
<div><label for="type">Type</label><select id="type" name="type"><option selected>Traction</option><option>Hydraulic</option><option>Escalator</option><option>Platform lift</option></select></div>
<div><label for="capacity">Capacity (lbs)</label><input id="capacity" name="capacity_lbs" value="3500"></div>
<div><label for="speed">Speed (fpm)</label><input id="speed" name="speed_fpm" value="350"></div>
<div><label for="last-test">Last full-load test</label><input id="last-test" type="date" name="last_test" value="2020-05-11"></div>
</div>
<h2>Checklist</h2>
<table class="checklist"><thead><tr><th>Item</th><th>Pass</th><th>Fail</th><th>N/A</th></tr></thead><tbody>
<tr><td>Door restrictor</td><td><input type="radio" name="chk_door" value="pass" checked></td><td><input type="radio" name="chk_door" value="fail"></td><td><input type="radio" name="chk_door" value="na"></td></tr>
<tr><td>Emergency phone</td><td><input type="radio" name="chk_phone" value="pass"></td><td><input type="radio" name="chk_phone" value="fail" checked></td><td><input type="radio" name="chk_phone" value="na"></td></tr>
<tr><td>Pit light</td><td><input type="radio" name="chk_pitlight" value="pass" checked></td><td><input type="radio" name="chk_pitlight" value="fail"></td><td><input type="radio" name="chk_pitlight" value="na"></td></tr>
<tr><td>Governor seal</td><td><input type="radio" name="chk_governor" value="pass" checked></td><td><input type="radio" name="chk_governor" value="fail"></td><td><input type="radio" name="chk_governor" value="na"></td></tr>
</tbody></table>
<label for="violations">Violations / remarks</label><textarea id="violations" name="violations" rows="3">Emergency phone does not connect to 24/7 monitoring.</textarea>
<label for="cert-status">Certificate status</label><select id="cert-status" name="cert_status"><option>Issue</option><option selected>Withhold pending correction</option></select>
<div class="row"><button id="save-report">Save</button><button id="issue-cert" class="primary">Issue certificate</button><button id="issue-nov">Issue violation notice</button><a href="/inspections/11873/reinspect" class="btn">Schedule reinspection</a></div>
</main>
<footer>Conveyance Safety Portal · ASME A17.1-2019 referenced</footer>`,
);
const elevV2 = edit(elevV1, [
  [
    '<div><label for="conveyance-id">Conveyance ID</label><input id="conveyance-id" name="conveyance_id"',
    '<div><label>State number</label><input name="conveyanceNo"',
  ],
  [
    '<div><label for="capacity">Capacity (lbs)</label><input id="capacity" name="capacity_lbs" value="3500"></div>',
    '<div><label for="rated-load">Rated load</label><input id="rated-load" name="ratedLoad" value="3500"> lbs</div>',
  ],
  [
    '<table class="checklist"><thead><tr><th>Item</th><th>Pass</th><th>Fail</th><th>N/A</th></tr></thead>',
    '<table class="ck-grid"><thead><tr><th>Item</th><th>Pass</th><th>Fail</th><th>N/A</th><th>Code ref.</th></tr></thead>',
  ],
  [
    '<tr><td>Emergency phone</td><td><input type="radio" name="chk_phone" value="pass"></td><td><input type="radio" name="chk_phone" value="fail" checked></td><td><input type="radio" name="chk_phone" value="na"></td></tr>',
    '<tr><td>Emergency communication</td><td><input type="radio" id="emergency-comm-pass" name="item_2_27_1" value="P"></td><td><input type="radio" id="emergency-comm-fail" name="item_2_27_1" value="F" checked></td><td><input type="radio" name="item_2_27_1" value="NA"></td><td>2.27.1</td></tr>',
  ],
  [
    '<tr><td>Pit light</td><td><input type="radio" name="chk_pitlight" value="pass" checked></td><td><input type="radio" name="chk_pitlight" value="fail"></td><td><input type="radio" name="chk_pitlight" value="na"></td></tr>',
    '<tr><td>Pit ladder</td><td><input type="radio" name="chk_pitladder" value="pass" checked></td><td><input type="radio" name="chk_pitladder" value="fail"></td><td><input type="radio" name="chk_pitladder" value="na"></td><td>2.2.4</td></tr>',
  ],
  [
    '<label for="violations">Violations / remarks</label><textarea id="violations" name="violations" rows="3">',
    '<label>Deficiencies found</label><textarea data-testid="deficiencies" name="deficiencies" rows="3">',
  ],
  [
    '<div class="row"><button id="save-report">Save</button><button id="issue-cert" class="primary">Issue certificate</button><button id="issue-nov">Issue violation notice</button><a href="/inspections/11873/reinspect" class="btn">Schedule reinspection</a></div>',
    '<div class="row"><button data-testid="report-save">Save draft</button><button id="issue-nov">Issue violation notice</button><button id="cert-issue" class="primary">Approve &amp; issue</button></div>',
  ],
]);
const elevator: PagePair = {
  name: 'elevator-periodic-inspection-16',
  v1: elevV1,
  v2: elevV2,
  targets: [
    {
      selector: '#conveyance-id',
      expect: '[name="conveyanceNo"]',
      change: 'id removed, relabelled State number',
    },
    {
      selector: '[name="capacity_lbs"]',
      expect: '#rated-load',
      change: 'renamed rated load, unit moved out',
    },
    {
      selector: 'input[name="chk_phone"][value="fail"]',
      expect: '#emergency-comm-fail',
      change: 'checklist row renamed, code-based radio names',
    },
    {
      selector: 'input[name="chk_pitlight"][value="pass"]',
      expect: null,
      change: 'pit light row removed; pit ladder row in its place',
    },
    {
      selector: 'textarea#violations',
      expect: '[data-testid="deficiencies"]',
      change: 'id replaced by test id, relabelled',
    },
    {
      selector: 'button:has-text("Issue certificate")',
      expect: '#cert-issue',
      change: 'relabelled and reordered',
    },
    {
      selector: 'text=Schedule reinspection',
      expect: null,
      change: 'reinspection scheduling removed from report',
    },
    {
      selector: '#save-report',
      expect: '[data-testid="report-save"]',
      change: 'id replaced by test id, relabelled Save draft',
    },
  ],
};

export const BLIND16_PAIRS: readonly PagePair[] = [
  blast,
  booking,
  uw,
  irt,
  deal,
  milk,
  transitAlert,
  recon,
  gift,
  perio,
  turn,
  funeral,
  pawn,
  splice,
  conflict,
  ski,
  ddr,
  lot,
  landing,
  donor,
  budget,
  marina,
  obsQueue,
  elevator,
];
