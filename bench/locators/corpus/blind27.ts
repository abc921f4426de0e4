import { edit, type PagePair, page } from './page.js';

/* 1 — community pharmacy final accuracy check (full rewrite) */
const rxLinesV1 = [
  ['1', 'Amlodipine 5mg tablets', '28', 'ONE daily', 'AM2291', '2026-08'],
  ['2', 'Atorvastatin 20mg tablets', '28', 'ONE at night', 'AT7710', '2027-01'],
  ['3', 'Metformin 500mg tablets', '56', 'ONE twice daily with food', 'MF0932', '2026-11'],
  ['4', 'Clarithromycin 250mg tablets', '14', 'ONE twice daily', 'CL4456', '2026-03'],
] as const;

const rxCheckV1 = page(
  'Final check – RxBench',
  `<header><strong>RxBench</strong><nav><a href="/queue" id="nav-queue">Queue</a><a href="/check" id="nav-check" class="active">Final check</a><a href="/collect" id="nav-collect">Collections</a><a href="/owings" id="nav-owings">Owings</a></nav><span class="user">M. Patel (Pharmacist)</span></header>
<main>
<h1>Final accuracy check</h1>
<section id="patient-banner" class="card">
<div class="row"><span class="pt-name">Doreen ASHWORTH</span><span class="pt-dob">DOB 14-Mar-1948</span><span class="pt-nhs">NHS 485 777 3456</span></div>
<div class="row"><span class="badge" id="flag-allergy">Allergy: Penicillin</span><span class="badge" id="flag-blister">Compliance pack</span></div>
</section>
<form id="check-form">
<table id="items">
<thead><tr><th>Item</th><th>Qty</th><th>Directions</th><th>Batch</th><th>Expiry</th><th>Checked</th></tr></thead>
<tbody>
${rxLinesV1.map(([n, drug, qty, dir, batch, exp]) => `<tr data-line="${n}"><td>${drug}</td><td>${qty}</td><td>${dir}</td><td><input name="batch-${n}" value="${batch}"></td><td><input name="exp-${n}" value="${exp}"></td><td><input type="checkbox" name="ok-${n}"></td></tr>`).join('\n')}
</tbody></table>
<fieldset id="clinical"><legend>Clinical check</legend>
<label><input type="checkbox" id="chk-interactions" name="interactions"> Interactions reviewed</label>
<label><input type="checkbox" id="chk-dose" name="dose"> Doses appropriate</label>
<label><input type="checkbox" id="chk-allergy" name="allergy"> Allergy status confirmed</label>
</fieldset>
<label for="bag-label">Bag label</label>
<select id="bag-label" name="bag_label"><option>Standard</option><option>Large print</option><option>Welsh</option></select>
<label for="check-notes">Notes</label><textarea id="check-notes" name="notes"></textarea>
<div class="row"><button type="button" id="btn-query" class="btn">Query with dispenser</button><button type="button" id="btn-owing" class="btn">Create owing</button><button type="submit" id="btn-pass" class="btn primary">Pass check</button></div>
</form>
<aside id="history"><h2>Recent dispensing</h2><ul><li>02 May – Repeat (4 items)</li><li>04 Apr – Repeat (4 items)</li><li>11 Mar – Acute: Nitrofurantoin</li></ul><a href="/pmr/4857773456" id="open-pmr">Open PMR</a></aside>
</main>
<footer>RxBench 4.2 · Highfield Pharmacy (FCP-8812)</footer>`,
);

const rxCheckV2 = page(
  'Accuracy check · RxBench',
  `<div class="layout">
<nav class="side-nav"><span class="brand">RxBench</span><a href="/queue">Work queue</a><a href="/check" aria-current="page">Accuracy check</a><a href="/collect">Hand-out</a><a href="/owings">Owings</a></nav>
<main class="content">
<div class="pt-header card">
<h1 class="pt-title">Doreen Ashworth</h1>
<dl class="pt-meta"><dt>Born</dt><dd>14/03/1948</dd><dt>NHS no.</dt><dd>485 777 3456</dd></dl>
<div class="chips"><span class="alert-chip allergy">Penicillin allergy</span><span class="alert-chip mds">Multi-compartment pack</span></div>
<a class="pmr-link" href="/pmr/4857773456">Patient record</a>
</div>
<section class="clinical-screen"><h2>Clinical screen</h2>
<label class="toggle"><input type="checkbox" id="cc-ddi" name="ddi_checked"> Drug interactions checked</label>
<label class="toggle"><input type="checkbox" id="cc-allergy" name="allergy_checked"> Allergies confirmed with patient</label>
<label class="toggle"><input type="checkbox" id="cc-dose" name="dose_checked"> Dose within licensed range</label>
</section>
<h2>Items (4)</h2>
<ul class="rx-lines">
${rxLinesV1.map(([n, drug, qty, dir, batch, exp]) => `<li class="rx-line" data-line="${n}"><div class="drug">${drug}</div><div class="muted">${qty} · ${dir}</div><input class="batch-input" data-line="${n}" value="${batch}" aria-label="Batch"><input class="exp-input" data-line="${n}" value="${exp}" aria-label="Expiry"><label><input type="checkbox" class="line-ok" data-line="${n}"> Correct</label></li>`).join('\n')}
</ul>
<div class="label-opts"><label>Label format <select name="label_format"><option>Standard</option><option>Large print</option><option>Bilingual (Welsh)</option></select></label></div>
<div class="footer-actions row"><button type="button" data-action="return" class="btn">Return to dispenser</button><button type="button" data-action="print-label" class="btn">Reprint bag label</button><button type="button" data-action="approve" class="btn primary">Approve &amp; bag</button></div>
</main>
</div>`,
);

const p01: PagePair = {
  name: 'pharmacy-final-accuracy-check-b27',
  v1: rxCheckV1,
  v2: rxCheckV2,
  targets: [
    {
      selector: '#btn-pass',
      expect: 'button[data-action="approve"]',
      change: 'pass button relabelled Approve & bag, id dropped',
    },
    {
      selector: '#chk-interactions',
      expect: '#cc-ddi',
      change: 'interactions checkbox renamed, moved into clinical screen panel',
    },
    {
      selector: 'input[name="batch-2"]',
      expect: 'input.batch-input[data-line="2"]',
      change: 'item table became line list, batch input keyed by data-line',
    },
    {
      selector: '#bag-label',
      expect: 'select[name="label_format"]',
      change: 'bag label select renamed label format, wrapped in label',
    },
    { selector: '#open-pmr', expect: 'a.pmr-link', change: 'PMR link moved into patient header, relabelled' },
    {
      selector: '#btn-query',
      expect: 'button[data-action="return"]',
      change: 'query button relabelled Return to dispenser',
    },
    {
      selector: '#btn-owing',
      expect: null,
      change: 'create owing removed; reprint label button sits in its place',
    },
    { selector: '#check-notes', expect: null, change: 'notes textarea removed' },
  ],
};

/* 2 — Pharmacy First minor ailment consultation (edit) */
const pfConsultV1 = page(
  'Pharmacy First consultation',
  `<header><strong>PharmOutcomes</strong><nav class="topnav"><a href="/services" id="lnk-services">Services</a><a href="/consults" id="lnk-consults">Consultations</a><a href="/claims" id="lnk-claims">Claims</a><a href="/help" id="lnk-help">Help</a></nav></header>
<main>
<h1>Pharmacy First consultation</h1>
<div class="grid">
<form id="consult-form">
<fieldset id="pt-details"><legend>Patient</legend>
<label for="pt-name">Name</label><input id="pt-name" name="pt_name">
<label for="pt-dob">Date of birth</label><input id="pt-dob" name="pt_dob" type="date">
<label for="pt-gp">Registered GP practice</label><input id="pt-gp" name="pt_gp">
</fieldset>
<fieldset id="condition"><legend>Clinical pathway</legend>
<label><input type="radio" name="pathway" value="throat"> Acute sore throat</label>
<label><input type="radio" name="pathway" value="sinus"> Acute sinusitis</label>
<label><input type="radio" name="pathway" value="uti"> Uncomplicated UTI (women 16–64)</label>
<label><input type="radio" name="pathway" value="impetigo"> Impetigo</label>
<label><input type="radio" name="pathway" value="shingles"> Shingles</label>
<label><input type="radio" name="pathway" value="bites"> Infected insect bites</label>
<label><input type="radio" name="pathway" value="otitis"> Acute otitis media</label>
</fieldset>
<fieldset id="feverpain"><legend>FeverPAIN score</legend>
<label><input type="checkbox" name="fp_fever"> Fever in past 24h</label>
<label><input type="checkbox" name="fp_purulence"> Purulence</label>
<label><input type="checkbox" name="fp_attend"> Attend rapidly (3 days or less)</label>
<label><input type="checkbox" name="fp_tonsils"> Severely inflamed tonsils</label>
<label><input type="checkbox" name="fp_nocough"> No cough or coryza</label>
<p>Score: <output id="fp-score">0</output></p>
</fieldset>
<label for="outcome">Outcome</label>
<select id="outcome" name="outcome"><option>Self-care advice only</option><option>Supply under PGD</option><option>Referred to GP</option><option>Referred to A&amp;E</option></select>
<label for="red-flags">Red flags noted</label><textarea id="red-flags" name="red_flags"></textarea>
<label><input type="checkbox" id="consent-share" name="consent_share"> Patient consents to GP notification</label>
<div class="row"><button type="button" id="save-draft" class="btn">Save draft</button><button type="submit" id="complete-consult" class="btn primary">Complete consultation</button></div>
</form>
<aside id="pgd-panel"><h2>PGD supply</h2>
<table id="supply-table"><thead><tr><th>Medicine</th><th>Qty</th><th></th></tr></thead><tbody><tr><td>Phenoxymethylpenicillin 250mg tablets</td><td>40</td><td><a href="#" class="rm-supply">Remove</a></td></tr></tbody></table>
<button type="button" id="add-supply" class="btn">Add medicine</button>
<p class="muted">Check PGD inclusion criteria before supply.</p>
<a href="/pgd/throat.pdf" id="pgd-doc">View PGD document</a>
</aside>
</div>
</main>
<footer>NHS Pharmacy First · Service specification v1.3</footer>`,
);

const p02: PagePair = {
  name: 'pharmacy-first-consultation-b27',
  v1: pfConsultV1,
  v2: edit(pfConsultV1, [
    ['id="lnk-claims">Claims', 'id="lnk-payments">Payments'],
    [
      'value="uti"> Uncomplicated UTI (women 16–64)',
      'value="uti-women"> Uncomplicated UTI (women aged 16 to 64)',
    ],
    ['name="fp_nocough"> No cough or coryza', 'name="fp_absent_coryza"> Absence of cough or coryza'],
    ['<label for="outcome">Outcome</label>', '<label for="consult-outcome">Consultation outcome</label>'],
    ['id="outcome" name="outcome"', 'id="consult-outcome" name="consult_outcome"'],
    [
      '<label><input type="checkbox" id="consent-share" name="consent_share"> Patient consents to GP notification</label>',
      '<label><input type="checkbox" id="consent-feedback" name="consent_feedback"> Patient agrees to be contacted for service feedback</label>',
    ],
    ['id="save-draft" class="btn">Save draft', 'id="consult-save" class="btn">Save for later'],
    [
      'id="complete-consult" class="btn primary">Complete consultation',
      'id="finish-consult" class="btn btn-primary">Submit &amp; claim',
    ],
    ['id="add-supply" class="btn">Add medicine', 'class="btn add-line">+ Add supply line'],
    ['<a href="/pgd/throat.pdf" id="pgd-doc">View PGD document</a>', ''],
  ]),
  targets: [
    {
      selector: '#complete-consult',
      expect: '#finish-consult',
      change: 'complete button renamed and relabelled Submit & claim',
    },
    {
      selector: '#save-draft',
      expect: '#consult-save',
      change: 'save draft id renamed, relabelled Save for later',
    },
    {
      selector: 'input[name="fp_nocough"]',
      expect: 'input[name="fp_absent_coryza"]',
      change: 'FeverPAIN criterion renamed',
    },
    { selector: '#outcome', expect: '#consult-outcome', change: 'outcome select id and name renamed' },
    {
      selector: 'input[name="pathway"][value="uti"]',
      expect: 'input[value="uti-women"]',
      change: 'UTI pathway radio value changed, label reworded',
    },
    {
      selector: '#add-supply',
      expect: 'button.add-line',
      change: 'add medicine button lost id, relabelled Add supply line',
    },
    {
      selector: '#consent-share',
      expect: null,
      change: 'GP notification consent removed; feedback consent checkbox in its place',
    },
    { selector: '#pgd-doc', expect: null, change: 'PGD document link removed' },
  ],
};

/* 3 — community pharmacy flu vaccination record (full rewrite) */
const fluV1 = page(
  'Record flu vaccination – VaxPoint',
  `<header class="topbar"><span class="logo">VaxPoint</span><nav><a href="/today" id="nav-today">Today's clinic</a><a href="/record" id="nav-record" class="active">New record</a><a href="/stock" id="nav-stock">Vaccine stock</a><a href="/reports" id="nav-reports">Reports</a></nav></header>
<main>
<h1>Record seasonal flu vaccination</h1>
<form id="vax-form" class="vax">
<section id="sec-patient"><h2>1. Patient</h2>
<label for="f-name">Full name</label><input id="f-name" name="name">
<label for="f-dob">Date of birth</label><input id="f-dob" name="dob" type="date">
<label for="f-nhs">NHS number</label><input id="f-nhs" name="nhs">
<label for="f-phone">Phone</label><input id="f-phone" name="phone" type="tel">
</section>
<section id="sec-eligibility"><h2>2. Eligibility</h2>
<label><input type="checkbox" name="elig" value="65plus"> Aged 65 or over</label>
<label><input type="checkbox" name="elig" value="clinical"> Clinical risk group</label>
<label><input type="checkbox" name="elig" value="pregnant"> Pregnant</label>
<label><input type="checkbox" name="elig" value="carer"> Carer</label>
<label><input type="checkbox" name="elig" value="household"> Household contact of immunosuppressed</label>
</section>
<section id="sec-consent"><h2>3. Consent</h2>
<label><input type="radio" name="consent" value="patient" id="consent-patient"> Patient consented</label>
<label><input type="radio" name="consent" value="representative" id="consent-rep"> Consent from representative</label>
<label for="f-rep">Representative name</label><input id="f-rep" name="rep_name">
</section>
<section id="sec-vaccine"><h2>4. Vaccine</h2>
<label for="f-product">Product</label><select id="f-product" name="product"><option>aTIV (Fluad)</option><option>QIVc (Flucelvax)</option><option>QIVr (Supemtek)</option></select>
<label for="f-batch">Batch number</label><input id="f-batch" name="batch">
<label for="f-expiry">Expiry</label><input id="f-expiry" name="expiry" type="month">
<p>Site</p>
<label><input type="radio" name="site" value="L"> Left deltoid</label>
<label><input type="radio" name="site" value="R"> Right deltoid</label>
</section>
<section id="sec-post"><h2>5. After vaccination</h2>
<label><input type="checkbox" id="f-reaction" name="reaction"> Immediate reaction observed</label>
<label for="f-reaction-notes">Details</label><textarea id="f-reaction-notes" name="reaction_notes"></textarea>
<label><input type="checkbox" id="f-gp-notify" name="gp_notify" checked> Send notification to GP</label>
<label><input type="checkbox" id="f-leaflet" name="leaflet"> Patient given aftercare leaflet</label>
</section>
<div class="row"><button type="reset" id="btn-clear" class="btn">Clear</button><button type="submit" id="btn-save" class="btn primary">Save record</button></div>
</form>
</main>
<footer>Clinic: Highfield Pharmacy · FCP-8812</footer>`,
);

const fluV2 = page(
  'Vaccinate · VaxPoint',
  `<header class="app-header"><span class="brand">VaxPoint</span><nav class="tabs"><a href="/today">Clinic list</a><a href="/record" aria-current="page">Vaccinate</a><a href="/stock">Stock</a><a href="/reports">Reporting</a></nav></header>
<main>
<h1>Flu vaccination 2025/26</h1>
<form class="vax-record" id="flu-record">
<div class="grid">
<div class="panel" data-step="patient"><h2>Patient details</h2>
<label for="pt-nhs">NHS number</label><input id="pt-nhs" name="nhs_number">
<label for="pt-name">Name</label><input id="pt-name" name="full_name">
<label for="pt-dob">Date of birth</label><input id="pt-dob" name="date_of_birth" type="date">
<label for="pt-mobile">Mobile</label><input id="pt-mobile" name="mobile" type="tel">
</div>
<div class="panel" data-step="vaccine"><h2>Vaccine given</h2>
<label for="vx-product">Vaccine</label><select id="vx-product" name="vaccine_product"><option>Fluad (aTIV) – 65+</option><option>Flucelvax (QIVc)</option><option>Supemtek (QIVr)</option></select>
<label for="vx-batch">Batch</label><input id="vx-batch" name="vaccine_batch">
<label for="vx-exp">Expiry date</label><input id="vx-exp" name="vaccine_expiry" type="date">
<div class="row"><span>Injection site</span><label><input type="radio" name="injection_site" value="left-arm"> Left arm</label><label><input type="radio" name="injection_site" value="right-arm"> Right arm</label></div>
</div>
</div>
<div class="panel" data-step="eligibility"><h2>Why eligible?</h2>
<div class="grid3">
<label><input type="checkbox" id="elig-65" name="eligibility" value="age"> 65 and over</label>
<label><input type="checkbox" id="elig-risk" name="eligibility" value="risk"> At-risk condition</label>
<label><input type="checkbox" id="elig-preg" name="eligibility" value="pregnancy"> Pregnancy</label>
<label><input type="checkbox" id="elig-carer" name="eligibility" value="carer"> Unpaid carer</label>
<label><input type="checkbox" id="elig-hh" name="eligibility" value="contact"> Close contact of immunocompromised</label>
</div>
</div>
<div class="panel" data-step="consent"><h2>Consent</h2>
<label><input type="radio" name="consent_source" value="self"> Given by the patient</label>
<label><input type="radio" name="consent_source" value="lpa"> Given by someone with power of attorney</label>
<label for="lpa-name">Their name</label><input id="lpa-name" name="lpa_name">
</div>
<div class="panel" data-step="after"><h2>Aftercare</h2>
<label><input type="checkbox" name="immediate_reaction"> Reaction within 15 minutes</label>
<label><input type="checkbox" name="notify_gp" checked> Update GP record</label>
<label><input type="checkbox" name="sms_reminder"> Text a reminder next season</label>
</div>
<div class="form-footer row"><button type="button" class="btn-link discard">Discard</button><button type="submit" class="btn primary submit-record">Record vaccination</button></div>
</form>
</main>`,
);

const p03: PagePair = {
  name: 'pharmacy-flu-vaccination-record-b27',
  v1: fluV1,
  v2: fluV2,
  targets: [
    {
      selector: '#btn-save',
      expect: 'button.submit-record',
      change: 'save relabelled Record vaccination, id dropped',
    },
    {
      selector: 'input[name="elig"][value="carer"]',
      expect: '#elig-carer',
      change: 'eligibility checkboxes renamed, given ids, section moved',
    },
    {
      selector: '#f-batch',
      expect: 'input[name="vaccine_batch"]',
      change: 'batch input renamed, vaccine panel moved up',
    },
    {
      selector: '#sec-vaccine input[value="R"]',
      expect: 'input[name="injection_site"][value="right-arm"]',
      change: 'site radio renamed, deltoid to arm wording',
    },
    { selector: '#f-product', expect: 'select[name="vaccine_product"]', change: 'product select renamed' },
    {
      selector: '#consent-rep',
      expect: 'input[name="consent_source"][value="lpa"]',
      change: 'representative consent radio reworded as power of attorney',
    },
    {
      selector: '#f-leaflet',
      expect: null,
      change: 'leaflet checkbox removed; SMS reminder checkbox in its place',
    },
    { selector: '#f-reaction-notes', expect: null, change: 'reaction details textarea removed' },
  ],
};

/* 4 — dental treatment plan and estimate (edit) */
const totalsV1 =
  '<div class="card" id="totals"><p>Patient charge: <strong id="total-charge">£319.10</strong></p><p class="muted">Highest band applies for NHS courses.</p></div>';

const dentPlanV1 = page(
  'Treatment plan – Dentally',
  `<header><strong>Dentally</strong><nav><a href="/diary" id="nav-diary">Diary</a><a href="/patients" id="nav-patients">Patients</a><a href="/plans" id="nav-plans" class="active">Treatment plans</a><a href="/payments" id="nav-payments">Payments</a></nav></header>
<main>
<div class="row"><h1>Treatment plan – Course 3</h1><span class="badge" id="plan-status">Proposed</span></div>
<p class="muted" id="pt-line">Priya Nair · 38 · Dr S. Okafor</p>
<div class="row" id="fund-type"><label><input type="radio" name="funding" value="nhs" checked> NHS</label><label><input type="radio" name="funding" value="private"> Private</label><label><input type="radio" name="funding" value="mixed"> Mixed</label></div>
<table id="plan-items"><thead><tr><th>Tooth</th><th>Treatment</th><th>Surface</th><th>Band</th><th>Fee</th><th></th></tr></thead><tbody>
<tr id="item-1"><td>UR6</td><td>Composite filling</td><td>MO</td><td>2</td><td>£73.50</td><td><button type="button" class="del-item">Remove</button></td></tr>
<tr id="item-2"><td>LL7</td><td>Root canal treatment</td><td>–</td><td>2</td><td>incl.</td><td><button type="button" class="del-item">Remove</button></td></tr>
<tr id="item-3"><td>LL7</td><td>Crown (porcelain bonded)</td><td>–</td><td>3</td><td>£319.10</td><td><button type="button" class="del-item">Remove</button></td></tr>
<tr id="item-4"><td>–</td><td>Scale and polish</td><td>–</td><td>1</td><td>incl.</td><td><button type="button" class="del-item">Remove</button></td></tr>
</tbody></table>
<form id="add-item" class="card">
<label for="ai-tooth">Tooth</label><input id="ai-tooth" name="tooth" placeholder="e.g. UR6">
<label for="ai-proc">Treatment</label><select id="ai-proc" name="procedure"><option>Examination</option><option>Composite filling</option><option>Amalgam filling</option><option>Extraction</option><option>Crown</option><option>Bridge</option></select>
<label for="ai-surface">Surfaces</label><input id="ai-surface" name="surface">
<button type="submit" id="ai-add" class="btn">Add to plan</button>
</form>
${totalsV1}
<label><input type="checkbox" id="opt-finance" name="finance"> Offer 0% finance</label>
<label><input type="checkbox" id="opt-email" name="email_copy"> Email copy to patient</label>
<div class="row"><button type="button" id="print-fp17dc" class="btn">Print FP17DC</button><button type="button" id="request-sign" class="btn primary">Request signature</button><a href="/plans/3/history" id="plan-history">Version history</a></div>
</main>`,
);

const p04: PagePair = {
  name: 'dental-treatment-plan-estimate-b27',
  v1: dentPlanV1,
  v2: edit(dentPlanV1, [
    [totalsV1, ''],
    [
      '<table id="plan-items">',
      '<div class="card summary-box" id="charges"><p>Patient pays: <strong id="patient-charge">£319.10</strong></p><p class="muted">NHS courses are charged at the highest band.</p></div>\n<table id="plan-items" class="plan-lines">',
    ],
    ['<tr id="item-1">', '<tr id="plan-line-1" data-band="2">'],
    ['<tr id="item-2">', '<tr id="plan-line-2" data-band="2">'],
    ['<tr id="item-3">', '<tr id="plan-line-3" data-band="3">'],
    ['<tr id="item-4">', '<tr id="plan-line-4" data-band="1">'],
    ['<label for="ai-proc">Treatment</label>', '<label for="new-line-treatment">Treatment code</label>'],
    ['id="ai-proc" name="procedure"', 'id="new-line-treatment" name="treatment_code"'],
    ['<label for="ai-surface">Surfaces</label><input id="ai-surface" name="surface">\n', ''],
    ['id="ai-add" class="btn">Add to plan', 'id="new-line-add" class="btn">Add line'],
    [
      '<label><input type="checkbox" id="opt-finance" name="finance"> Offer 0% finance</label>',
      '<label><input type="checkbox" id="opt-deposit" name="deposit"> Take deposit at booking</label>',
    ],
    ['id="print-fp17dc" class="btn">Print FP17DC', 'id="print-plan" class="btn">Print treatment plan'],
    [
      'id="request-sign" class="btn primary">Request signature',
      'id="send-for-signing" class="btn btn-primary">Send to patient tablet',
    ],
  ]),
  targets: [
    {
      selector: '#request-sign',
      expect: '#send-for-signing',
      change: 'signature button renamed, relabelled Send to patient tablet',
    },
    { selector: '#print-fp17dc', expect: '#print-plan', change: 'print button renamed and relabelled' },
    {
      selector: '#item-3 .del-item',
      expect: '#plan-line-3 .del-item',
      change: 'plan rows re-keyed as plan-line-N',
    },
    { selector: '#ai-proc', expect: '#new-line-treatment', change: 'treatment select id and name renamed' },
    { selector: '#ai-add', expect: '#new-line-add', change: 'add button renamed, relabelled Add line' },
    {
      selector: '#total-charge',
      expect: '#patient-charge',
      change: 'totals card moved above table, charge id renamed',
    },
    {
      selector: '#opt-finance',
      expect: null,
      change: 'finance offer removed; deposit checkbox in its place',
    },
    { selector: '#ai-surface', expect: null, change: 'surfaces input removed' },
  ],
};

/* 5 — dental practice recall list (full rewrite) */
const recallPts = [
  ['1021', 'Tom Brennan', 'Brennan, Tom', '12/12/2024', '12/06/2025', 'SMS', '0'],
  ['1033', 'Aleksandra Nowak', 'Nowak, Aleksandra', '14/12/2024', '14/06/2025', 'Email', '1'],
  ['1047', 'Fiona McLeod', 'McLeod, Fiona', '03/01/2025', '03/07/2025', 'SMS', '0'],
  ['1052', 'Imran Siddiqui', 'Siddiqui, Imran', '18/12/2024', '18/06/2025', 'Letter', '2'],
  ['1068', 'Grace Adeyemi', 'Adeyemi, Grace', '20/12/2024', '20/06/2025', 'SMS', '1'],
  ['1079', 'Owen Pritchard', 'Pritchard, Owen', '06/01/2025', '06/07/2025', 'Email', '0'],
] as const;

const recallV1 = page(
  'Recall list – SmileDesk',
  `<header><strong>SmileDesk</strong><nav><a href="/diary" id="nav-diary">Diary</a><a href="/recalls" class="active" id="nav-recalls">Recalls</a><a href="/comms" id="nav-comms">Communications</a><a href="/settings" id="nav-settings">Settings</a></nav></header>
<main>
<h1>Recall list</h1>
<form id="recall-filters" class="row">
<label>Due in <select id="flt-month" name="month"><option>June 2025</option><option>July 2025</option><option>August 2025</option></select></label>
<label>Clinician <select id="flt-clin" name="clinician"><option>All</option><option>Dr Okafor</option><option>Dr Lewis</option><option>Hygienist – J. Price</option></select></label>
<label><input type="checkbox" id="flt-overdue" name="overdue"> Include overdue</label>
<button type="submit" id="flt-apply" class="btn">Apply</button>
</form>
<table id="recall-table"><thead><tr><th><input type="checkbox" id="sel-all"></th><th>Patient</th><th>Last exam</th><th>Due</th><th>Preferred contact</th><th>Attempts</th></tr></thead><tbody>
${recallPts.map(([id, name, , last, due, ch, att]) => `<tr data-pid="${id}"><td><input type="checkbox" class="sel-row" name="sel" value="${id}"></td><td><a href="/patients/${id}">${name}</a></td><td>${last}</td><td>${due}</td><td>${ch}</td><td>${att}</td></tr>`).join('\n')}
</tbody></table>
<div class="row" id="bulk"><button type="button" id="bulk-sms" class="btn">Send SMS</button><button type="button" id="bulk-letter" class="btn">Print letters</button><button type="button" id="bulk-contacted" class="btn">Mark as contacted</button><button type="button" id="bulk-export" class="btn">Export CSV</button></div>
<div class="row pager"><a href="?p=1" id="pg-prev">Previous</a><span>Page 2 of 5</span><a href="?p=3" id="pg-next">Next</a></div>
<aside id="tpl"><h2>SMS template</h2><select id="tpl-pick"><option>Standard recall</option><option>Second reminder</option><option>Hygiene recall</option></select><p id="tpl-preview" class="muted">Hi {first}, you are due a check-up at SmileDesk Dental…</p><a href="/comms/templates" id="tpl-edit">Edit templates</a></aside>
</main>`,
);

const recallV2 = page(
  'Recalls · SmileDesk',
  `<header class="topbar"><span class="brand">SmileDesk</span><nav><a href="/diary">Appointments</a><a href="/recalls" aria-current="page">Recalls</a><a href="/comms">Messages</a><a href="/settings">Settings</a></nav></header>
<div class="layout">
<aside class="filters sidebar"><h2>Filter</h2>
<label>Due month <select name="due_month"><option>2025-06</option><option>2025-07</option><option>2025-08</option></select></label>
<label>Clinician <select name="clinician_id"><option value="">Everyone</option><option value="12">Dr S. Okafor</option><option value="14">Dr M. Lewis</option><option value="21">J. Price (hygienist)</option></select></label>
<label><input type="checkbox" id="show-overdue" name="include_overdue"> Show overdue</label>
<button type="button" class="btn apply-filters">Update list</button>
</aside>
<main>
<h1>Patients due a recall</h1>
<div class="toolbar row"><span class="selected-count">0 selected</span><button type="button" data-bulk="sms" class="btn">Text selected</button><button type="button" data-bulk="email" class="btn">Email selected</button><button type="button" data-bulk="contacted" class="btn">Log contact</button></div>
<table class="recall-grid"><thead><tr><th><input type="checkbox" aria-label="Select all" class="select-all"></th><th>Due</th><th>Patient</th><th>Channel</th><th>Tries</th><th>Last check-up</th></tr></thead><tbody>
${[...recallPts]
  .sort((a, b) => a[4].localeCompare(b[4]))
  .map(
    ([id, , sortName, last, due, ch, att]) =>
      `<tr><td><input type="checkbox" data-patient="${id}"></td><td>${due}</td><td><a href="/patients/${id}">${sortName}</a></td><td>${ch}</td><td>${att}</td><td>${last}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<nav class="pagination row"><button type="button" class="page-prev">‹ Prev</button><span>2 / 5</span><button type="button" class="page-next">Next ›</button></nav>
<section class="card template-box"><h2>Message template</h2><select name="template"><option>Standard recall</option><option>Second reminder</option><option>Hygiene recall</option></select><p class="muted">Hi {first}, it's time for your check-up…</p><a href="/comms/templates">Manage templates</a></section>
</main>
</div>`,
);

const p05: PagePair = {
  name: 'dental-recall-list-b27',
  v1: recallV1,
  v2: recallV2,
  targets: [
    {
      selector: '#bulk-sms',
      expect: 'button[data-bulk="sms"]',
      change: 'bulk SMS moved to toolbar above table, relabelled Text selected',
    },
    {
      selector: '#flt-clin',
      expect: 'select[name="clinician_id"]',
      change: 'clinician filter moved to sidebar, renamed',
    },
    {
      selector: '#recall-table tbody tr:nth-child(3) .sel-row',
      expect: 'input[data-patient="1047"]',
      change: 'rows re-sorted by due date, row checkbox keyed by data-patient',
    },
    { selector: '#pg-next', expect: 'button.page-next', change: 'next page link became a button' },
    {
      selector: '#tpl-edit',
      expect: 'a[href="/comms/templates"]',
      change: 'template link lost id, relabelled Manage templates',
    },
    {
      selector: '#flt-overdue',
      expect: '#show-overdue',
      change: 'overdue checkbox renamed, moved to sidebar',
    },
    {
      selector: '#bulk-letter',
      expect: null,
      change: 'print letters removed; Email selected button in its place',
    },
    { selector: '#bulk-export', expect: null, change: 'export CSV removed' },
  ],
};

/* 6 — clear aligner patient app (edit) */
const nextApptV1 = `<section class="card" id="next-appt"><h2>Next appointment</h2><p>Tue 8 July, 10:20 · Dr A. Ruiz</p><div class="row"><a href="/appointments/881/reschedule" id="appt-reschedule">Reschedule</a><a href="/appointments/881.ics" id="appt-calendar">Add to calendar</a></div></section>`;
const nextApptV2 = `<section class="card appt-banner" id="upcoming"><h2>Coming up</h2><p>Tue 8 July, 10:20 · Dr A. Ruiz</p><div class="row"><a href="/appointments/881/reschedule" id="appt-change">Change appointment</a><a href="/appointments/881/directions" id="appt-directions">Get directions</a></div></section>`;

const alignerV1 = page(
  'AlignTrack',
  `<header class="app-bar"><a href="/" class="brand">AlignTrack</a><nav><a href="/progress" id="tab-progress" class="active">Progress</a><a href="/photos" id="tab-photos">Photos</a><a href="/appointments" id="tab-appts">Appointments</a><a href="/messages" id="tab-messages">Messages <span class="badge">2</span></a></nav></header>
<main>
<section class="card" id="current-tray"><h1>Tray 14 of 32</h1><p class="muted">Started 3 June · switch on 17 June</p><progress id="tray-progress" max="32" value="14"></progress><button type="button" id="switch-tray" class="btn primary">I've switched to tray 15</button></section>
<section class="card" id="wear-log"><h2>Wear time this week</h2>
<table id="wear-table"><thead><tr><th>Day</th><th>Hours</th><th>Goal met</th></tr></thead><tbody>
<tr><td>Mon</td><td>22</td><td>Yes</td></tr>
<tr><td>Tue</td><td>21</td><td>Yes</td></tr>
<tr><td>Wed</td><td>18</td><td>No</td></tr>
<tr><td>Thu</td><td>22</td><td>Yes</td></tr>
<tr><td>Fri</td><td>20</td><td>No</td></tr>
</tbody></table>
<form id="log-hours" class="row"><label for="lh-day">Day</label><select id="lh-day" name="day"><option>Today</option><option>Yesterday</option></select><label for="lh-hours">Hours worn</label><input id="lh-hours" name="hours" type="number" min="0" max="24"><button type="submit" id="lh-save" class="btn">Log</button></form>
</section>
<section class="card" id="photo-check"><h2>Monthly photo check-in</h2>
<label><input type="checkbox" name="ph_front"> Front smile</label>
<label><input type="checkbox" name="ph_left"> Left bite</label>
<label><input type="checkbox" name="ph_right"> Right bite</label>
<label><input type="checkbox" name="ph_upper"> Upper arch</label>
<label><input type="checkbox" name="ph_lower"> Lower arch</label>
<button type="button" id="upload-photos" class="btn">Upload photos</button>
</section>
${nextApptV1}
<div class="row"><button type="button" id="report-problem" class="btn">Report a problem</button><a href="/help/attachments" id="help-attachments">Lost an attachment?</a></div>
</main>
<footer>© AlignTrack · Privacy · Terms</footer>`,
);

const p06: PagePair = {
  name: 'clear-aligner-progress-app-b27',
  v1: alignerV1,
  v2: edit(alignerV1, [
    [nextApptV1, ''],
    ['<section class="card" id="current-tray">', `${nextApptV2}\n<section class="card" id="current-tray">`],
    [
      'id="switch-tray" class="btn primary">I\'ve switched to tray 15',
      'id="advance-aligner" class="btn btn-cta">Start tray 15',
    ],
    [
      '<label for="lh-hours">Hours worn</label><input id="lh-hours" name="hours"',
      '<label for="wear-hours">Hours worn</label><input id="wear-hours" name="hours_worn"',
    ],
    ['name="ph_left"> Left bite', 'name="photo_left_buccal"> Left side (teeth together)'],
    ['name="ph_right"> Right bite', 'name="photo_right_buccal"> Right side (teeth together)'],
    ['id="upload-photos" class="btn">Upload photos', 'id="photo-upload" class="btn">Take photos now'],
    [
      'id="report-problem" class="btn">Report a problem',
      'id="contact-clinic" class="btn">Message your clinic',
    ],
    ['<a href="/help/attachments" id="help-attachments">Lost an attachment?</a>', ''],
  ]),
  targets: [
    {
      selector: '#switch-tray',
      expect: '#advance-aligner',
      change: 'switch button renamed, relabelled Start tray 15',
    },
    { selector: '#lh-hours', expect: '#wear-hours', change: 'hours input id and name renamed' },
    {
      selector: 'input[name="ph_left"]',
      expect: 'input[name="photo_left_buccal"]',
      change: 'photo checklist names and labels reworded',
    },
    {
      selector: '#upload-photos',
      expect: '#photo-upload',
      change: 'upload button renamed, relabelled Take photos now',
    },
    {
      selector: '#appt-reschedule',
      expect: '#appt-change',
      change: 'appointment card moved to top, link relabelled Change appointment',
    },
    {
      selector: '#report-problem',
      expect: '#contact-clinic',
      change: 'report problem relabelled Message your clinic',
    },
    {
      selector: '#appt-calendar',
      expect: null,
      change: 'add to calendar removed; directions link in its place',
    },
    { selector: '#help-attachments', expect: null, change: 'lost attachment help link removed' },
  ],
};

/* 7 — veterinary anaesthetic record (full rewrite) */
const anaesReadings = [
  ['09:10', '92', '12', '98', '38', '38.1', '2.0'],
  ['09:15', '88', '10', '99', '40', '37.9', '2.0'],
  ['09:20', '84', '10', '98', '41', '37.7', '1.8'],
  ['09:25', '80', '9', '98', '43', '37.6', '1.8'],
  ['09:30', '82', '10', '99', '42', '37.4', '1.6'],
] as const;

const anaesV1 = page(
  'Anaesthetic record – VetCore PMS',
  `<header><strong>VetCore PMS</strong><nav><a href="/consults" id="nav-consults">Consults</a><a href="/theatre" id="nav-theatre" class="active">Theatre</a><a href="/hospital" id="nav-hosp">Hospital</a><a href="/pharmacy" id="nav-pharm">Pharmacy</a></nav></header>
<main>
<h1>Anaesthetic record</h1>
<div class="card" id="animal"><strong>Bella</strong> · Labrador Retriever · F(N) · 31.4 kg · ASA II<br><span class="muted">Procedure: TPLO right stifle · Surgeon: K. Lindqvist</span></div>
<div class="grid">
<fieldset id="premed"><legend>Premedication</legend>
<label for="pm-drug">Drug</label><select id="pm-drug"><option>Methadone</option><option>Dexmedetomidine</option><option>Acepromazine</option><option>Butorphanol</option></select>
<label for="pm-dose">Dose (mg/kg)</label><input id="pm-dose" type="number" step="0.01">
<label for="pm-route">Route</label><select id="pm-route"><option>IM</option><option>IV</option><option>SC</option></select>
<label for="pm-time">Time</label><input id="pm-time" type="time">
</fieldset>
<fieldset id="induction"><legend>Induction &amp; maintenance</legend>
<label for="ind-agent">Induction agent</label><select id="ind-agent"><option>Propofol</option><option>Alfaxalone</option></select>
<label for="ind-dose">Dose given (mg)</label><input id="ind-dose" type="number">
<label for="et-size">ET tube size (mm)</label><input id="et-size" type="number" step="0.5">
<label><input type="checkbox" id="cuff-checked"> Cuff inflated &amp; checked</label>
<label for="circuit">Breathing system</label><select id="circuit"><option>Circle</option><option>Bain</option><option>T-piece</option></select>
</fieldset>
</div>
<h2>Monitoring</h2>
<table id="mon-table"><thead><tr><th>Time</th><th>HR</th><th>RR</th><th>SpO₂</th><th>EtCO₂</th><th>Temp</th><th>Iso %</th></tr></thead><tbody>
${anaesReadings.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<form id="add-reading" class="row"><input name="hr" placeholder="HR" size="4"><input name="rr" placeholder="RR" size="4"><input name="spo2" placeholder="SpO2" size="4"><input name="etco2" placeholder="EtCO2" size="4"><input name="temp" placeholder="Temp" size="4"><input name="iso" placeholder="Iso" size="4"><button type="submit" id="add-reading-btn">Add reading</button></form>
<fieldset id="recovery"><legend>Recovery</legend>
<label><input type="checkbox" id="rec-extubated"> Extubated</label>
<label><input type="checkbox" id="rec-sternal"> Sternal recumbency</label>
<label><input type="checkbox" id="rec-warm"> Active warming applied</label>
<label for="rec-notes">Recovery notes</label><textarea id="rec-notes"></textarea>
</fieldset>
<div class="row"><button type="button" id="btn-print-record" class="btn">Print</button><button type="button" id="btn-finalise" class="btn primary">Finalise record</button></div>
</main>`,
);

const anaesV2 = page(
  'Surgery · Anaesthesia · VetCore',
  `<header class="appbar"><span class="brand">VetCore</span><nav><a href="/consults">Consultations</a><a href="/theatre" aria-current="page">Surgery</a><a href="/hospital">Inpatients</a><a href="/pharmacy">Dispensary</a></nav></header>
<main>
<div class="patient-strip row"><h1>Bella</h1><span class="badge">Canine · Labrador · FN</span><span class="badge">31.4 kg</span><span class="badge asa">ASA 2</span><span class="muted">TPLO (R) · K. Lindqvist</span></div>
<div class="grid3">
<section class="card"><h2>Premed</h2>
<label>Drug <select name="premed_drug"><option>Methadone</option><option>Dexmedetomidine</option><option>ACP</option><option>Butorphanol</option></select></label>
<label>mg/kg <input name="premed_dose" type="number" step="0.01"></label>
<label>Route <select name="premed_route"><option>IM</option><option>IV</option><option>SC</option></select></label>
<label>Given at <input name="premed_time" type="time"></label>
</section>
<section class="card"><h2>Induction</h2>
<label>Agent <select name="induction_drug"><option>Propofol</option><option>Alfaxalone</option></select></label>
<label>Total mg <input name="induction_mg" type="number"></label>
</section>
<section class="card"><h2>Airway</h2>
<label>ETT ID (mm) <input name="ett_internal_diameter" type="number" step="0.5"></label>
<label><input type="checkbox" name="eye_lube"> Eye lubricant applied</label>
<label>Circuit <select name="circuit"><option>Rebreathing (circle)</option><option>Bain</option><option>Ayre's T-piece</option></select></label>
</section>
</div>
<h2>Intra-op vitals</h2>
<form id="vitals-entry" class="row"><input data-vital="hr" aria-label="Heart rate" size="4"><input data-vital="rr" aria-label="Respiratory rate" size="4"><input data-vital="spo2" aria-label="SpO2" size="4"><input data-vital="etco2" aria-label="EtCO2" size="4"><input data-vital="temp" aria-label="Temperature" size="4"><input data-vital="iso" aria-label="Isoflurane" size="4"><button type="submit" class="btn">Record vitals</button></form>
<table class="vitals"><thead><tr><th>Time</th><th>HR</th><th>RR</th><th>SpO₂</th><th>EtCO₂</th><th>T °C</th><th>Iso</th></tr></thead><tbody>
${[...anaesReadings]
  .reverse()
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
<section class="card"><h2>Recovery</h2>
<label><input type="checkbox" name="recovery_extubated"> Extubated</label>
<label><input type="checkbox" name="recovery_sternal"> Sternal</label>
<label><input type="checkbox" name="recovery_warming"> Warming (forced air)</label>
<textarea name="recovery_notes" aria-label="Recovery notes"></textarea>
</section>
<div class="row"><button type="button" class="btn primary finalize">Sign off anaesthetic</button></div>
</main>`,
);

const p07: PagePair = {
  name: 'vet-anaesthetic-record-b27',
  v1: anaesV1,
  v2: anaesV2,
  targets: [
    {
      selector: '#btn-finalise',
      expect: 'button.finalize',
      change: 'finalise relabelled Sign off anaesthetic, id dropped',
    },
    {
      selector: '#et-size',
      expect: 'input[name="ett_internal_diameter"]',
      change: 'ET tube input moved to Airway card, renamed',
    },
    {
      selector: '#add-reading input[name="spo2"]',
      expect: 'input[data-vital="spo2"]',
      change: 'reading form renamed, inputs keyed by data-vital',
    },
    {
      selector: '#add-reading-btn',
      expect: '#vitals-entry button[type="submit"]',
      change: 'add reading relabelled Record vitals, id dropped',
    },
    {
      selector: '#rec-sternal',
      expect: 'input[name="recovery_sternal"]',
      change: 'recovery checkbox lost id, got name',
    },
    {
      selector: '#ind-agent',
      expect: 'select[name="induction_drug"]',
      change: 'induction select moved into card, renamed',
    },
    {
      selector: '#cuff-checked',
      expect: null,
      change: 'cuff check removed; eye lubricant checkbox in its place',
    },
    { selector: '#btn-print-record', expect: null, change: 'print button removed' },
  ],
};

/* 8 — veterinary dispensary reorder (edit) */
const cdV1 =
  '<label><input type="checkbox" id="cd-wet-sig" name="cd_wet_sig"> Wet-ink requisition posted</label>';

const vetReorderV1 = page(
  'Reorder – VetCore PMS',
  `<header><strong>VetCore PMS</strong><nav><a href="/stock" id="nav-stock" class="active">Stock</a><a href="/orders" id="nav-orders">Orders</a><a href="/suppliers" id="nav-suppliers">Suppliers</a><a href="/cd-register" id="nav-cd">CD register</a></nav></header>
<main>
<h1>Reorder – Dispensary</h1>
<form id="reorder-form">
<div class="row"><label for="supplier">Wholesaler</label><select id="supplier" name="supplier"><option>Covetrus</option><option>MWI Animal Health</option><option>NVS</option></select><label for="delivery">Delivery</label><select id="delivery" name="delivery"><option>Next day</option><option>Same day (before 11am)</option></select></div>
<table id="reorder-lines"><thead><tr><th><input type="checkbox" id="chk-all-lines"></th><th>Product</th><th>On hand</th><th>Min</th><th>Order qty</th><th>Unit cost</th></tr></thead><tbody>
<tr class="line"><td><input type="checkbox" name="line" value="MELOX-15"></td><td>Meloxicam oral suspension 1.5mg/ml 100ml</td><td>2</td><td>6</td><td><input name="qty-MELOX-15" type="number" value="6"></td><td>£14.20</td></tr>
<tr class="line"><td><input type="checkbox" name="line" value="CARPROF-50"></td><td>Carprofen 50mg tablets ×100</td><td>1</td><td>3</td><td><input name="qty-CARPROF-50" type="number" value="3"></td><td>£21.90</td></tr>
<tr class="line cd"><td><input type="checkbox" name="line" value="METHAD-10"></td><td>Methadone 10mg/ml 20ml <span class="badge">CD2</span></td><td>1</td><td>2</td><td><input name="qty-METHAD-10" type="number" value="2"></td><td>£18.40</td></tr>
<tr class="line"><td><input type="checkbox" name="line" value="AMOXCL-250"></td><td>Amoxicillin/clavulanate 250mg ×100</td><td>0</td><td>2</td><td><input name="qty-AMOXCL-250" type="number" value="2"></td><td>£32.75</td></tr>
<tr class="line"><td><input type="checkbox" name="line" value="GABA-100"></td><td>Gabapentin 100mg capsules ×100</td><td>3</td><td>4</td><td><input name="qty-GABA-100" type="number" value="1"></td><td>£9.80</td></tr>
</tbody></table>
<div class="card" id="cd-requisition"><p>Controlled drugs require a signed requisition.</p><label for="cd-signer">Signing vet</label><select id="cd-signer" name="cd_signer"><option>K. Lindqvist MRCVS</option><option>A. Boateng MRCVS</option></select>${cdV1}</div>
<label for="po-ref">Purchase order reference</label><input id="po-ref" name="po_ref">
<label for="order-notes">Notes to wholesaler</label><textarea id="order-notes" name="notes"></textarea>
<p>Order total: <strong id="order-total">£97.05</strong></p>
<div class="row"><button type="button" id="save-basket" class="btn">Save basket</button><button type="submit" id="place-order" class="btn primary">Place order</button><a href="/stock/min-levels" id="edit-min-levels">Edit minimum levels</a></div>
</form>
</main>`,
);

const p08: PagePair = {
  name: 'vet-dispensary-reorder-b27',
  v1: vetReorderV1,
  v2: edit(vetReorderV1, [
    [
      '<label for="supplier">Wholesaler</label><select id="supplier" name="supplier">',
      '<label for="wholesaler">Supplier</label><select id="wholesaler" name="wholesaler_id">',
    ],
    ['name="qty-MELOX-15"', 'name="lines[MELOX-15][qty]"'],
    ['name="qty-CARPROF-50"', 'name="lines[CARPROF-50][qty]"'],
    ['name="qty-METHAD-10"', 'name="lines[METHAD-10][qty]"'],
    ['name="qty-AMOXCL-250"', 'name="lines[AMOXCL-250][qty]"'],
    ['name="qty-GABA-100"', 'name="lines[GABA-100][qty]"'],
    [
      '<label for="cd-signer">Signing vet</label><select id="cd-signer" name="cd_signer">',
      '<label for="cd-authoriser">Authorising vet</label><select id="cd-authoriser" name="cd_authoriser">',
    ],
    [
      cdV1,
      '<label><input type="checkbox" id="cd-denature-kit" name="cd_denature_kit"> Add CD denaturing kit to order</label>',
    ],
    [
      '<label for="po-ref">Purchase order reference</label><input id="po-ref" name="po_ref">',
      '<label for="order-reference">Your reference</label><input id="order-reference" name="reference">',
    ],
    ['<strong id="order-total">', '<strong class="order-sum" data-currency="GBP">'],
    ['<button type="button" id="save-basket" class="btn">Save basket</button>', ''],
    [
      'id="place-order" class="btn primary">Place order',
      'id="submit-po" class="btn btn-primary">Send order to wholesaler',
    ],
  ]),
  targets: [
    {
      selector: '#place-order',
      expect: '#submit-po',
      change: 'place order renamed, relabelled Send order to wholesaler',
    },
    { selector: '#supplier', expect: '#wholesaler', change: 'supplier select id and name renamed' },
    {
      selector: 'input[name="qty-METHAD-10"]',
      expect: 'input[name="lines[METHAD-10][qty]"]',
      change: 'qty inputs renamed to nested array names',
    },
    { selector: '#cd-signer', expect: '#cd-authoriser', change: 'CD signer select renamed authoriser' },
    { selector: '#po-ref', expect: '#order-reference', change: 'PO reference renamed Your reference' },
    { selector: '#order-total', expect: 'strong.order-sum', change: 'total lost id, got class' },
    {
      selector: '#cd-wet-sig',
      expect: null,
      change: 'wet-ink requisition checkbox removed; denaturing kit checkbox in its place',
    },
    { selector: '#save-basket', expect: null, change: 'save basket button removed' },
  ],
};

/* 9 — pet microchip database keeper update (full rewrite) */
const chipV1 = page(
  'Update pet record – PetChip Register',
  `<header><a href="/" class="logo">PetChip Register</a><nav><a href="/account" id="nav-account">My account</a><a href="/pets" id="nav-pets" class="active">My pets</a><a href="/lost" id="nav-lost">Lost &amp; found</a><a href="/logout" id="nav-logout">Log out</a></nav></header>
<main>
<h1>Update pet record</h1>
<div class="card" id="chip-card"><p>Microchip <strong id="chip-no">977200009876543</strong></p><p class="muted">Registered 14/02/2021</p><span class="badge" id="chip-status">Active</span></div>
<form id="pet-form">
<h2>Pet details</h2>
<label for="pet-name">Pet name</label><input id="pet-name" name="pet_name" value="Miso">
<label for="pet-species">Species</label><select id="pet-species" name="species"><option>Cat</option><option>Dog</option><option>Ferret</option><option>Rabbit</option></select>
<label for="pet-breed">Breed</label><input id="pet-breed" name="breed" value="Domestic shorthair">
<label for="pet-colour">Colour / markings</label><input id="pet-colour" name="colour" value="Tabby with white bib">
<label><input type="checkbox" id="pet-neutered" name="neutered" checked> Neutered</label>
<h2>Keeper contact</h2>
<label for="k-phone">Mobile</label><input id="k-phone" name="mobile" type="tel">
<label for="k-alt-phone">Alternative phone</label><input id="k-alt-phone" name="alt_phone" type="tel">
<label for="k-email">Email</label><input id="k-email" name="email" type="email">
<label for="k-postcode">Postcode</label><input id="k-postcode" name="postcode"><button type="button" id="find-address" class="btn">Find address</button>
<label for="vet-practice">Vet practice</label><input id="vet-practice" name="vet_practice">
<div class="row"><button type="submit" id="save-pet" class="btn primary">Save changes</button><a href="/pets/miso" id="cancel-edit">Cancel</a></div>
</form>
<section class="card" id="lost-box"><h2>Is Miso missing?</h2><p>Flag the chip so that scanners show a lost alert.</p><button type="button" id="report-lost" class="btn">Report lost</button><button type="button" id="report-stolen" class="btn">Report stolen</button></section>
<section class="card" id="transfer"><h2>Transfer keepership</h2><p>Rehoming Miso? Send a transfer code to the new keeper.</p><label for="tr-email">New keeper's email</label><input id="tr-email" name="transfer_email" type="email"><button type="button" id="send-transfer" class="btn">Send transfer code</button></section>
<p class="muted">Upgrade to Premium for a 24/7 lost pet line. <a href="/premium" id="premium-link">Upgrade</a></p>
</main>`,
);

const chipV2 = page(
  'Miso · PetChip Register',
  `<header class="site-header"><a href="/" class="brand">PetChip Register</a><nav><a href="/pets" aria-current="page">Pets</a><a href="/lost">Lost pets</a><a href="/account">Account</a><a href="/logout">Sign out</a></nav></header>
<main>
<div class="row"><h1>Miso</h1><span class="badge status-active">Chip active</span><span class="muted">977200009876543 · since Feb 2021</span></div>
<section class="card missing-panel"><h2>Pet missing?</h2><p>We'll alert vets, rescue centres and councils that scan this chip.</p><div class="row"><button type="button" data-alert="lost" class="btn primary">Mark as missing</button><button type="button" data-action="poster" class="btn">Print missing poster</button></div></section>
<form class="record-form" id="record">
<fieldset><legend>About Miso</legend>
<label>Name <input name="pet_name" value="Miso"></label>
<label>Species <select name="pet_species"><option>Cat</option><option>Dog</option><option>Ferret</option><option>Rabbit</option><option>Other</option></select></label>
<label>Breed <input name="pet_breed" value="Domestic shorthair"></label>
<label for="markings">Colour and markings</label><input id="markings" name="markings" value="Tabby with white bib">
<label><input type="checkbox" name="pet_neutered" checked> Neutered / spayed</label>
</fieldset>
<fieldset><legend>Your contact details</legend>
<label>Mobile number <input name="keeper_mobile" type="tel"></label>
<label>Email address <input name="keeper_email" type="email"></label>
<div class="row"><label>Postcode <input name="keeper_postcode"></label><button type="button" class="btn postcode-lookup">Look up</button></div>
<label>Registered vet <input name="vet_name"></label>
</fieldset>
<div class="row"><a href="/pets/miso" class="btn-link">Discard changes</a><button type="submit" class="btn primary save-record">Save</button></div>
</form>
<section class="card"><h2>Rehoming Miso?</h2><p>The new keeper will get a code to claim the record.</p><label>New keeper email <input name="new_keeper_email" type="email"></label><button type="button" data-action="send-transfer-code" class="btn">Send code</button></section>
<p class="muted"><a href="/premium">Go Premium</a> – 24/7 lost pet helpline</p>
</main>`,
);

const p09: PagePair = {
  name: 'pet-microchip-keeper-update-b27',
  v1: chipV1,
  v2: chipV2,
  targets: [
    { selector: '#save-pet', expect: 'button.save-record', change: 'save relabelled Save, id dropped' },
    {
      selector: '#k-phone',
      expect: 'input[name="keeper_mobile"]',
      change: 'mobile input renamed, wrapped in label',
    },
    { selector: '#pet-colour', expect: '#markings', change: 'colour input renamed markings' },
    {
      selector: '#report-lost',
      expect: 'button[data-alert="lost"]',
      change: 'lost panel moved to top, relabelled Mark as missing',
    },
    {
      selector: '#send-transfer',
      expect: 'button[data-action="send-transfer-code"]',
      change: 'transfer button relabelled Send code',
    },
    {
      selector: '#find-address',
      expect: 'button.postcode-lookup',
      change: 'find address relabelled Look up',
    },
    {
      selector: '#report-stolen',
      expect: null,
      change: 'report stolen removed; print poster button in its place',
    },
    { selector: '#k-alt-phone', expect: null, change: 'alternative phone removed' },
  ],
};

/* 10 — optometry sight test record (edit) */
const sightV1 = page(
  'Sight test – Optix',
  `<header><strong>Optix</strong><nav><a href="/diary" id="nav-diary">Diary</a><a href="/exam" id="nav-exam" class="active">Examination</a><a href="/dispense" id="nav-dispense">Dispensing</a><a href="/recall" id="nav-recall">Recall</a></nav></header>
<main>
<h1>Sight test – James Whitfield (62)</h1>
<form id="exam-form">
<fieldset id="hx"><legend>History &amp; symptoms</legend>
<label for="hx-reason">Reason for visit</label><select id="hx-reason" name="reason"><option>Routine</option><option>Blurred vision</option><option>Headaches</option><option>Flashes/floaters</option></select>
<label><input type="checkbox" name="hx_diabetes" id="hx-diabetes"> Diabetic</label>
<label><input type="checkbox" name="hx_glaucoma_fh" id="hx-glaucoma-fh"> Family history of glaucoma</label>
<label><input type="checkbox" name="hx_driver" id="hx-driver"> Drives</label>
</fieldset>
<fieldset id="rx"><legend>Subjective refraction</legend>
<table id="rx-table"><thead><tr><th></th><th>Sph</th><th>Cyl</th><th>Axis</th><th>Add</th><th>VA</th></tr></thead><tbody>
<tr id="rx-r"><th>R</th><td><input name="r_sph" value="+1.25"></td><td><input name="r_cyl" value="-0.50"></td><td><input name="r_axis" value="90"></td><td><input name="r_add" value="+2.25"></td><td><input name="r_va" value="6/6"></td></tr>
<tr id="rx-l"><th>L</th><td><input name="l_sph" value="+1.50"></td><td><input name="l_cyl" value="-0.75"></td><td><input name="l_axis" value="85"></td><td><input name="l_add" value="+2.25"></td><td><input name="l_va" value="6/6"></td></tr>
</tbody></table>
</fieldset>
<fieldset id="health"><legend>Eye health</legend>
<label for="iop-r">IOP R (mmHg)</label><input id="iop-r" name="iop_r" type="number">
<label for="iop-l">IOP L (mmHg)</label><input id="iop-l" name="iop_l" type="number">
<label for="fundus">Fundus findings</label><textarea id="fundus" name="fundus"></textarea>
<label><input type="checkbox" id="oct-done" name="oct_done"> OCT scan performed</label>
<label><input type="checkbox" id="fields-done" name="fields_done"> Visual fields performed</label>
</fieldset>
<fieldset id="outcome"><legend>Outcome</legend>
<label><input type="radio" name="outcome" value="no-change"> No change</label>
<label><input type="radio" name="outcome" value="new-rx"> New prescription issued</label>
<label><input type="radio" name="outcome" value="refer"> Referral</label>
<label for="recall-months">Recall in</label><select id="recall-months" name="recall"><option>12 months</option><option>24 months</option><option>6 months</option></select>
</fieldset>
<div class="row"><button type="button" id="print-gos" class="btn">Print GOS1</button><button type="button" id="send-dispense" class="btn">Send to dispensing</button><button type="submit" id="save-exam" class="btn primary">Save examination</button></div>
</form>
</main>`,
);

const p10: PagePair = {
  name: 'optometry-sight-test-record-b27',
  v1: sightV1,
  v2: edit(sightV1, [
    ['name="hx_driver" id="hx-driver"> Drives', 'name="hx_drives" id="hx-dvla"> Holds a driving licence'],
    ['name="r_axis"', 'name="rx[R][axis]"'],
    ['name="l_axis"', 'name="rx[L][axis]"'],
    [
      '<label for="iop-r">IOP R (mmHg)</label><input id="iop-r" name="iop_r"',
      '<label for="tonometry-right">Right IOP (mmHg)</label><input id="tonometry-right" name="iop_right"',
    ],
    [
      '<label for="iop-l">IOP L (mmHg)</label><input id="iop-l" name="iop_l"',
      '<label for="tonometry-left">Left IOP (mmHg)</label><input id="tonometry-left" name="iop_left"',
    ],
    [
      '<label><input type="checkbox" id="fields-done" name="fields_done"> Visual fields performed</label>',
      '<label><input type="checkbox" id="photo-done" name="fundus_photo"> Fundus photograph taken</label>',
    ],
    [
      '<label for="recall-months">Recall in</label><select id="recall-months" name="recall">',
      '<label for="recall-interval">Next test due in</label><select id="recall-interval" name="recall_interval">',
    ],
    ['<button type="button" id="print-gos" class="btn">Print GOS1</button>', ''],
    [
      'id="send-dispense" class="btn">Send to dispensing',
      'id="handover-dispense" class="btn">Hand over to dispenser',
    ],
    [
      'id="save-exam" class="btn primary">Save examination',
      'id="exam-complete" class="btn btn-primary">Complete sight test',
    ],
  ]),
  targets: [
    {
      selector: '#save-exam',
      expect: '#exam-complete',
      change: 'save renamed, relabelled Complete sight test',
    },
    {
      selector: 'input[name="r_axis"]',
      expect: 'input[name="rx[R][axis]"]',
      change: 'refraction inputs renamed to nested names',
    },
    { selector: '#iop-r', expect: '#tonometry-right', change: 'IOP input id and name renamed' },
    { selector: '#hx-driver', expect: '#hx-dvla', change: 'driver checkbox renamed, relabelled' },
    {
      selector: '#send-dispense',
      expect: '#handover-dispense',
      change: 'send to dispensing relabelled Hand over to dispenser',
    },
    { selector: '#recall-months', expect: '#recall-interval', change: 'recall select renamed' },
    {
      selector: '#fields-done',
      expect: null,
      change: 'visual fields checkbox removed; fundus photo checkbox in its place',
    },
    { selector: '#print-gos', expect: null, change: 'print GOS1 button removed' },
  ],
};

/* 11 — contact lens subscription account (full rewrite) */
const lensOpts = '<option>Dailies Total1</option><option>Acuvue Oasys 1-Day</option><option>MyDay</option>';

const lensV1 = page(
  'My lens plan – LensDirect',
  `<header><a href="/" class="logo">LensDirect</a><nav><a href="/shop" id="nav-shop">Shop</a><a href="/account/plan" id="nav-plan" class="active">My plan</a><a href="/account/orders" id="nav-orders">Orders</a><a href="/account/details" id="nav-details">Account</a></nav></header>
<main>
<h1>My lens plan</h1>
<div class="card" id="plan-summary"><p><strong>Daily disposables – 90-day supply</strong></p><p>£64.50 every 3 months</p><p>Next delivery: <span id="next-delivery">12 August 2025</span></p></div>
<form id="plan-form">
<h2>Lenses</h2>
<table id="lens-table"><thead><tr><th>Eye</th><th>Brand</th><th>Power</th><th>BC</th><th>Boxes</th></tr></thead><tbody>
<tr><td>Right</td><td><select name="brand_r">${lensOpts}</select></td><td><input name="pwr_r" value="-2.75"></td><td>8.5</td><td><input name="boxes_r" type="number" value="3"></td></tr>
<tr><td>Left</td><td><select name="brand_l">${lensOpts}</select></td><td><input name="pwr_l" value="-3.00"></td><td>8.5</td><td><input name="boxes_l" type="number" value="3"></td></tr>
</tbody></table>
<h2>Delivery</h2>
<label><input type="radio" name="freq" value="30"> Every month</label>
<label><input type="radio" name="freq" value="90" checked> Every 3 months</label>
<label><input type="radio" name="freq" value="180"> Every 6 months</label>
<label for="ship-addr">Deliver to</label><select id="ship-addr" name="address"><option>Home – 4 Orchard Way</option><option>Work – 20 Mill St</option></select>
<label><input type="checkbox" id="solution-addon" name="addon_solution"> Add lens case &amp; drops (£4.99)</label>
<div class="row"><button type="submit" id="update-plan" class="btn primary">Update plan</button><button type="button" id="ship-now" class="btn">Send my next box now</button></div>
</form>
<section class="card" id="aftercare"><h2>Aftercare check due</h2><p>Your contact lens check is due by 30 Sept 2025.</p><a href="/book/aftercare" id="book-aftercare">Book a check</a></section>
<section id="manage"><h2>Manage subscription</h2><button type="button" id="pause-plan" class="btn">Pause for 1 month</button><button type="button" id="skip-next" class="btn">Skip next delivery</button><a href="/account/plan/cancel" id="cancel-plan">Cancel plan</a></section>
<section id="payment" class="card"><h2>Payment</h2><p>Visa ending 4412</p><a href="/account/payment" id="change-card">Change card</a></section>
</main>`,
);

const lensV2 = page(
  'Subscription · LensDirect',
  `<header><a href="/" class="brand">LensDirect</a><nav class="account-nav"><a href="/shop">Shop lenses</a><a href="/account/plan" aria-current="page">Subscription</a><a href="/account/orders">Order history</a><a href="/account/details">Profile</a></nav></header>
<main>
<h1>Your subscription</h1>
<div class="grid">
<section class="card summary"><h2>Daily lenses · 90 days</h2><p>£64.50 / quarter</p><p>Arriving <time datetime="2025-08-12">12 Aug</time></p><button type="button" class="btn order-early">Order early</button></section>
<section class="card"><h2>Eye check</h2><p>Aftercare due by 30 Sept 2025 — needed to keep your prescription valid.</p><a href="/appointments/new?type=aftercare" class="btn">Book aftercare</a></section>
</div>
<form id="subscription" class="wide-form">
<h2>Prescription &amp; lenses</h2>
<div class="grid">
<div class="eye" data-eye="right"><h3>Right (OD)</h3><label>Lens <select name="lens_right">${lensOpts}</select></label><label for="power-right">Power</label><input id="power-right" name="power_right" value="-2.75"><label>Boxes <input name="qty_right" type="number" value="3"></label></div>
<div class="eye" data-eye="left"><h3>Left (OS)</h3><label>Lens <select name="lens_left">${lensOpts}</select></label><label for="power-left">Power</label><input id="power-left" name="power_left" value="-3.00"><label>Boxes <input name="qty_left" type="number" value="3"></label></div>
</div>
<h2>How often</h2>
<div class="row"><label><input type="radio" name="interval_days" value="30"> Monthly</label><label><input type="radio" name="interval_days" value="90" checked> Quarterly</label><label><input type="radio" name="interval_days" value="180"> Twice a year</label></div>
<label>Delivery address <select name="address_id"><option>4 Orchard Way (home)</option><option>20 Mill St (work)</option></select></label>
<button type="submit" data-testid="save-plan" class="btn primary">Save changes</button>
</form>
<section class="card manage-box"><h2>Manage deliveries</h2><div class="row"><button type="button" class="btn pause">Pause 1 month</button><button type="button" class="btn reschedule-delivery">Change delivery date</button><a href="/account/plan/cancel" class="cancel-link">Cancel subscription</a></div></section>
<section class="card"><h2>Payment method</h2><p>Visa •••• 4412</p><a href="/account/payment">Update</a></section>
</main>`,
);

const p11: PagePair = {
  name: 'contact-lens-subscription-b27',
  v1: lensV1,
  v2: lensV2,
  targets: [
    {
      selector: '#update-plan',
      expect: 'button[data-testid="save-plan"]',
      change: 'update plan relabelled Save changes, id dropped',
    },
    {
      selector: 'input[name="pwr_l"]',
      expect: '#power-left',
      change: 'lens table became per-eye cards, power input renamed',
    },
    {
      selector: 'input[name="freq"][value="180"]',
      expect: 'input[name="interval_days"][value="180"]',
      change: 'frequency radios renamed, relabelled Twice a year',
    },
    {
      selector: '#ship-now',
      expect: 'button.order-early',
      change: 'send next box moved to summary card, relabelled Order early',
    },
    {
      selector: '#book-aftercare',
      expect: 'a[href="/appointments/new?type=aftercare"]',
      change: 'aftercare link moved up, new URL, relabelled',
    },
    {
      selector: '#cancel-plan',
      expect: 'a.cancel-link',
      change: 'cancel link lost id, relabelled Cancel subscription',
    },
    {
      selector: '#skip-next',
      expect: null,
      change: 'skip delivery removed; change delivery date button in its place',
    },
    { selector: '#solution-addon', expect: null, change: 'solution add-on checkbox removed' },
  ],
};

/* 12 — physiotherapy initial assessment (edit) */
const redFlagsV1 = `<section id="red-flags" class="card"><h2>Red flag screen</h2>
<label><input type="checkbox" id="rf-saddle" name="rf_saddle"> Saddle anaesthesia</label>
<label><input type="checkbox" id="rf-bladder" name="rf_bladder"> Bladder/bowel change</label>
<label><input type="checkbox" id="rf-weightloss" name="rf_weightloss"> Unexplained weight loss</label>
<label><input type="checkbox" id="rf-night" name="rf_night"> Night pain (constant)</label>
</section>`;

const physioIaV1 = page(
  'Initial assessment – PhysioNotes',
  `<header><strong>PhysioNotes</strong><nav><a href="/diary" id="nav-diary">Diary</a><a href="/clients" id="nav-clients">Clients</a><a href="/notes" id="nav-notes" class="active">Clinical notes</a><a href="/exercise" id="nav-hep">Exercise plans</a></nav></header>
<main>
<h1>Initial assessment – Sam Oyelaran</h1>
<form id="ia-form">
<section id="subjective"><h2>Subjective</h2>
<label for="s-region">Primary region</label><select id="s-region" name="region"><option>Lumbar spine</option><option>Cervical spine</option><option>Shoulder</option><option>Knee</option><option>Ankle</option></select>
<label for="s-onset">Onset</label><select id="s-onset" name="onset"><option>Gradual</option><option>Sudden – traumatic</option><option>Sudden – non-traumatic</option></select>
<label for="s-vas">Pain now (0–10)</label><input id="s-vas" name="vas_now" type="range" min="0" max="10">
<label for="s-vas-worst">Worst pain (0–10)</label><input id="s-vas-worst" name="vas_worst" type="range" min="0" max="10">
<p>Aggravating</p>
<label><input type="checkbox" name="agg" value="sitting"> Sitting</label>
<label><input type="checkbox" name="agg" value="bending"> Bending</label>
<label><input type="checkbox" name="agg" value="lifting"> Lifting</label>
<label><input type="checkbox" name="agg" value="walking"> Walking</label>
</section>
${redFlagsV1}
<section id="objective"><h2>Objective</h2>
<table id="rom"><thead><tr><th>Movement</th><th>Range</th><th>Pain</th></tr></thead><tbody>
<tr><td>Flexion</td><td><input name="rom_flex" value="3/4"></td><td><input type="checkbox" name="rom_flex_pain"></td></tr>
<tr><td>Extension</td><td><input name="rom_ext" value="1/2"></td><td><input type="checkbox" name="rom_ext_pain"></td></tr>
<tr><td>Side flexion L</td><td><input name="rom_sfl" value="full"></td><td><input type="checkbox" name="rom_sfl_pain"></td></tr>
<tr><td>Side flexion R</td><td><input name="rom_sfr" value="full"></td><td><input type="checkbox" name="rom_sfr_pain"></td></tr>
</tbody></table>
<label for="o-slr">SLR (degrees)</label><input id="o-slr" name="slr" type="number">
<label for="o-neuro">Neuro exam</label><textarea id="o-neuro" name="neuro"></textarea>
</section>
<section id="plan"><h2>Plan</h2>
<label for="p-goals">Patient goals</label><textarea id="p-goals" name="goals"></textarea>
<label for="p-sessions">Expected sessions</label><input id="p-sessions" name="sessions" type="number">
<label><input type="checkbox" id="p-hep" name="issue_hep"> Home exercise programme issued</label>
<label><input type="checkbox" id="p-letter" name="gp_letter"> Send GP letter</label>
</section>
<div class="row"><button type="button" id="ia-save" class="btn">Save</button><button type="submit" id="ia-sign" class="btn primary">Save &amp; sign</button><a href="/clients/771/notes" id="ia-back">Back to notes</a></div>
</form>
</main>`,
);

const p12: PagePair = {
  name: 'physio-initial-assessment-b27',
  v1: physioIaV1,
  v2: edit(physioIaV1, [
    [`${redFlagsV1}\n`, ''],
    ['<section id="subjective">', `${redFlagsV1}\n<section id="subjective">`],
    ['<h2>Red flag screen</h2>', '<h2>Serious pathology screen</h2>'],
    [
      'id="rf-bladder" name="rf_bladder"> Bladder/bowel change',
      'id="ces-bladder" name="ces_bladder"> New bladder or bowel dysfunction',
    ],
    [
      '<label for="s-vas">Pain now (0–10)</label><input id="s-vas" name="vas_now"',
      '<label for="nprs-current">Current pain (NPRS)</label><input id="nprs-current" name="nprs_current"',
    ],
    ['value="lifting"> Lifting', 'value="lift"> Lifting / carrying'],
    ['name="rom_flex"', 'name="rom[flexion]"'],
    ['name="rom_ext"', 'name="rom[extension]"'],
    [
      '<label for="p-sessions">Expected sessions</label><input id="p-sessions" name="sessions"',
      '<label for="expected-sessions">Estimated sessions</label><input id="expected-sessions" name="expected_sessions"',
    ],
    [
      '<label><input type="checkbox" id="p-letter" name="gp_letter"> Send GP letter</label>',
      '<label><input type="checkbox" id="p-outcome" name="prom_sent"> Send outcome questionnaire (PSFS)</label>',
    ],
    ['<a href="/clients/771/notes" id="ia-back">Back to notes</a>', ''],
    ['id="ia-sign" class="btn primary">Save &amp; sign', 'id="note-sign" class="btn btn-primary">Sign note'],
  ]),
  targets: [
    { selector: '#ia-sign', expect: '#note-sign', change: 'sign button renamed, relabelled Sign note' },
    { selector: '#s-vas', expect: '#nprs-current', change: 'pain slider renamed to NPRS' },
    {
      selector: '#rf-bladder',
      expect: '#ces-bladder',
      change: 'red flag block moved to top, checkbox renamed and reworded',
    },
    {
      selector: 'input[name="rom_ext"]',
      expect: 'input[name="rom[extension]"]',
      change: 'ROM inputs renamed to nested names',
    },
    {
      selector: 'input[value="lifting"]',
      expect: 'input[name="agg"][value="lift"]',
      change: 'aggravating factor value changed, relabelled',
    },
    { selector: '#p-sessions', expect: '#expected-sessions', change: 'sessions input id and name renamed' },
    {
      selector: '#p-letter',
      expect: null,
      change: 'GP letter checkbox removed; outcome questionnaire checkbox in its place',
    },
    { selector: '#ia-back', expect: null, change: 'back to notes link removed' },
  ],
};

/* 13 — physiotherapy clinic insurer pre-authorisation (full rewrite) */
const preauthV1 = page(
  'New pre-authorisation – ClinicHub',
  `<header><strong>ClinicHub</strong><nav><a href="/billing" id="nav-billing">Billing</a><a href="/authorisations" id="nav-auth" class="active">Authorisations</a><a href="/remittances" id="nav-remit">Remittances</a></nav></header>
<main>
<h1>New pre-authorisation request</h1>
<form id="preauth">
<div class="grid">
<div><label for="pa-insurer">Insurer</label><select id="pa-insurer" name="insurer"><option>Bupa</option><option>AXA Health</option><option>Aviva</option><option>Vitality</option><option>WPA</option></select></div>
<div><label for="pa-member">Membership number</label><input id="pa-member" name="membership"></div>
<div><label for="pa-auth">Insurer authorisation code</label><input id="pa-auth" name="auth_code"></div>
<div><label for="pa-dob">Patient DOB</label><input id="pa-dob" name="dob" type="date"></div>
</div>
<label for="pa-dx">Diagnosis</label><input id="pa-dx" name="diagnosis">
<label for="pa-icd">ICD-10 code</label><input id="pa-icd" name="icd10">
<label for="pa-sessions">Sessions requested</label><input id="pa-sessions" name="sessions" type="number" value="6">
<label for="pa-fee">Fee per session (£)</label><input id="pa-fee" name="fee" type="number" value="65">
<fieldset><legend>Treatment type</legend>
<label><input type="radio" name="tx_type" value="f2f" checked> Face to face</label>
<label><input type="radio" name="tx_type" value="virtual"> Virtual</label>
<label><input type="radio" name="tx_type" value="hydro"> Hydrotherapy</label>
</fieldset>
<h2>Attachments</h2>
<ul id="attachments"><li>GP referral.pdf <a href="#" class="att-remove">Remove</a></li><li>Initial assessment.pdf <a href="#" class="att-remove">Remove</a></li></ul>
<button type="button" id="att-add" class="btn">Attach file</button>
<label><input type="checkbox" id="pa-declare" name="declare"> I confirm the patient has consented to share clinical information with their insurer</label>
<label><input type="checkbox" id="pa-urgent" name="urgent"> Mark as urgent</label>
<div class="row"><button type="button" id="pa-draft" class="btn">Save draft</button><button type="submit" id="pa-submit" class="btn primary">Submit to insurer</button></div>
</form>
<aside><h2>Recent requests</h2><table id="recent"><tbody><tr><td>Bupa</td><td>6 sessions</td><td><span class="badge">Approved</span></td></tr><tr><td>AXA Health</td><td>4 sessions</td><td><span class="badge">Pending</span></td></tr></tbody></table><a href="/authorisations" id="see-all">See all</a></aside>
</main>`,
);

const preauthV2 = page(
  'Request insurer approval · ClinicHub',
  `<header><span class="brand">ClinicHub</span><nav><a href="/billing">Invoices</a><a href="/authorisations" aria-current="page">Insurer approvals</a><a href="/remittances">Remittance</a></nav></header>
<main>
<h1>Request insurer approval</h1>
<ol class="stepper row"><li class="done">Policy</li><li class="current">Clinical</li><li>Documents</li><li>Review</li></ol>
<form id="approval-request">
<section class="card"><h2>Policy</h2>
<label>Insurance company <select name="insurer_id"><option>AXA Health</option><option>Aviva</option><option>Bupa</option><option>Vitality</option><option>WPA</option></select></label>
<label>Policy / membership no. <input name="policy_number"></label>
<label>Pre-authorisation number <input name="preauth_number"></label>
<label>Date of birth <input name="patient_dob" type="date"></label>
</section>
<section class="card"><h2>Clinical</h2>
<label>Condition <input name="condition"></label>
<label>ICD-10 <input name="icd10_code"></label>
<label for="sessions-requested">Number of sessions</label><input id="sessions-requested" name="sessions_requested" type="number" value="6">
<div class="row"><span>Delivered</span><label><input type="radio" name="delivery_mode" value="in-clinic" checked> In clinic</label><label><input type="radio" name="delivery_mode" value="video"> Video</label><label><input type="radio" name="delivery_mode" value="aquatic"> Aquatic therapy</label></div>
</section>
<section class="card"><h2>Documents</h2>
<table class="docs"><tbody><tr><td>GP referral.pdf</td><td><button type="button" class="doc-delete">Delete</button></td></tr><tr><td>Initial assessment.pdf</td><td><button type="button" class="doc-delete">Delete</button></td></tr></tbody></table>
<button type="button" class="btn upload-doc">Upload document</button>
</section>
<section class="card"><h2>Confirm</h2>
<label><input type="checkbox" name="consent_confirmed"> Patient consent to share clinical notes with insurer obtained</label>
<label><input type="checkbox" name="notify_patient"> Email the patient when a decision is made</label>
</section>
<div class="row"><button type="button" data-step-action="save" class="btn">Save for later</button><button type="submit" data-step-action="submit" class="btn primary">Send request</button></div>
</form>
<section class="recent"><h2>Latest decisions</h2><ul><li>Bupa · 6 sessions · Approved</li><li>AXA Health · 4 sessions · Awaiting insurer</li></ul><a href="/authorisations">View all requests</a></section>
</main>`,
);

const p13: PagePair = {
  name: 'physio-insurer-preauthorisation-b27',
  v1: preauthV1,
  v2: preauthV2,
  targets: [
    {
      selector: '#pa-submit',
      expect: 'button[data-step-action="submit"]',
      change: 'submit relabelled Send request, id dropped',
    },
    {
      selector: '#pa-member',
      expect: 'input[name="policy_number"]',
      change: 'membership input renamed policy number',
    },
    {
      selector: '#pa-sessions',
      expect: '#sessions-requested',
      change: 'sessions input renamed, moved into Clinical card',
    },
    {
      selector: 'input[name="tx_type"][value="virtual"]',
      expect: 'input[name="delivery_mode"][value="video"]',
      change: 'treatment type radios renamed, Virtual to Video',
    },
    { selector: '#att-add', expect: 'button.upload-doc', change: 'attach file relabelled Upload document' },
    {
      selector: '#pa-declare',
      expect: 'input[name="consent_confirmed"]',
      change: 'declaration checkbox renamed and reworded',
    },
    {
      selector: '#pa-urgent',
      expect: null,
      change: 'urgent flag removed; notify patient checkbox in its place',
    },
    { selector: '#pa-fee', expect: null, change: 'fee per session input removed' },
  ],
};

/* 14 — home blood test results portal (edit) */
const markers = [
  ['bm-ferritin', 'Ferritin', '11 µg/L', '15–150', 'low', 'Low', 'ferritin'],
  ['bm-b12', 'Vitamin B12', '412 ng/L', '197–771', 'ok', 'Normal', 'vitamin-b12'],
  ['bm-vitd', 'Vitamin D', '38 nmol/L', '50–175', 'low', 'Insufficient', 'vitamin-d'],
  ['bm-tsh', 'TSH', '2.1 mIU/L', '0.27–4.2', 'ok', 'Normal', 'tsh'],
  ['bm-hba1c', 'HbA1c', '34 mmol/mol', '20–41', 'ok', 'Normal', 'hba1c'],
  ['bm-chol', 'Total cholesterol', '5.6 mmol/L', '< 5.0', 'high', 'High', 'cholesterol'],
] as const;

const labResV1 = page(
  'Results – Vitalis Labs',
  `<header><a href="/" class="logo">Vitalis Labs</a><nav><a href="/dashboard" id="nav-dash">Dashboard</a><a href="/results" id="nav-results" class="active">Results</a><a href="/kits" id="nav-kits">Test kits</a><a href="/account" id="nav-account">Account</a></nav></header>
<main>
<div class="row"><h1>Advanced Well Woman – results</h1><span class="badge" id="res-date">Sampled 02/06/2025</span></div>
<div class="row" id="res-tabs" role="tablist"><button role="tab" id="tab-all" aria-selected="true">All (18)</button><button role="tab" id="tab-flagged">Needs attention (3)</button><button role="tab" id="tab-normal">Normal (15)</button></div>
<div class="card" id="gp-comment"><h2>Doctor's comments</h2><p>Your ferritin is low, which suggests reduced iron stores. Vitamin D is below the optimal range.</p><p class="muted">Dr R. Hall, GMC 7012345</p></div>
<table id="biomarkers"><thead><tr><th>Marker</th><th>Result</th><th>Range</th><th>Status</th><th></th></tr></thead><tbody>
${markers.map(([id, name, val, range, cls, status, slug]) => `<tr id="${id}"><td>${name}</td><td>${val}</td><td>${range}</td><td><span class="badge ${cls}">${status}</span></td><td><a href="/markers/${slug}" class="bm-info">What is this?</a></td></tr>`).join('\n')}
</tbody></table>
<div class="row"><a href="/results/8812.pdf" id="dl-pdf" class="btn">Download PDF</a><button type="button" id="share-gp" class="btn">Share with my GP</button><button type="button" id="retest" class="btn primary">Order a retest</button></div>
<section class="card" id="trend"><h2>Trends</h2><label for="trend-marker">Marker</label><select id="trend-marker"><option>Ferritin</option><option>Vitamin D</option><option>Cholesterol</option></select><p class="muted">3 previous results</p></section>
<section class="card" id="feedback"><p>Was this report helpful?</p><button type="button" id="fb-yes">Yes</button><button type="button" id="fb-no">No</button></section>
</main>`,
);

const p14: PagePair = {
  name: 'home-blood-test-results-b27',
  v1: labResV1,
  v2: edit(labResV1, [
    ['id="tab-flagged">Needs attention (3)', 'id="filter-out-of-range">Out of range (3)'],
    [
      '<div class="card" id="gp-comment"><h2>Doctor\'s comments</h2>',
      '<div class="card" id="clinician-review"><h2>Clinician review</h2>',
    ],
    ['<tr id="bm-ferritin">', '<tr id="marker-ferritin" data-status="low">'],
    ['<tr id="bm-vitd">', '<tr id="marker-vitamin-d" data-status="low">'],
    ['<tr id="bm-chol">', '<tr id="marker-cholesterol" data-status="high">'],
    ['id="dl-pdf" class="btn">Download PDF', 'id="download-report" class="btn">Download report (PDF)'],
    [
      '<button type="button" id="share-gp" class="btn">Share with my GP</button>',
      '<button type="button" id="book-doctor" class="btn">Book a doctor call</button>',
    ],
    [
      'id="retest" class="btn primary">Order a retest',
      'id="buy-retest" class="btn btn-primary">Retest in 3 months',
    ],
    [
      '<label for="trend-marker">Marker</label><select id="trend-marker">',
      '<label for="trend-select">Show trend for</label><select id="trend-select" name="marker">',
    ],
    [
      '<section class="card" id="feedback"><p>Was this report helpful?</p><button type="button" id="fb-yes">Yes</button><button type="button" id="fb-no">No</button></section>',
      '',
    ],
  ]),
  targets: [
    {
      selector: '#retest',
      expect: '#buy-retest',
      change: 'retest button renamed, relabelled Retest in 3 months',
    },
    { selector: '#tab-flagged', expect: '#filter-out-of-range', change: 'flagged tab renamed Out of range' },
    {
      selector: '#bm-vitd .bm-info',
      expect: '#marker-vitamin-d .bm-info',
      change: 'flagged marker rows re-keyed',
    },
    { selector: '#dl-pdf', expect: '#download-report', change: 'PDF link renamed and relabelled' },
    { selector: '#trend-marker', expect: '#trend-select', change: 'trend select renamed' },
    {
      selector: '#gp-comment h2',
      expect: '#clinician-review h2',
      change: 'comments card renamed Clinician review',
    },
    {
      selector: '#share-gp',
      expect: null,
      change: 'share with GP removed; book doctor call button in its place',
    },
    { selector: '#fb-no', expect: null, change: 'feedback widget removed' },
  ],
};

/* 15 — phlebotomy walk-in queue (full rewrite) */
const tickets = [
  ['B043', '08:12', 'Fasting', '14 min'],
  ['B044', '08:15', 'INR', '11 min'],
  ['B045', '08:17', '', '9 min'],
  ['B046', '08:19', 'Child', '7 min'],
  ['B047', '08:22', 'Fasting', '4 min'],
  ['B048', '08:24', '', '2 min'],
] as const;

const phlebV1 = page(
  'Walk-in queue – PhleboFlow',
  `<header><strong>PhleboFlow</strong><span class="muted">Riverside Health Centre – Blood tests</span><nav><a href="/queue" id="nav-queue" class="active">Queue</a><a href="/appointments" id="nav-appts">Appointments</a><a href="/rooms" id="nav-rooms">Rooms</a></nav></header>
<main>
<div class="grid">
<form id="checkin" class="card"><h2>Check in</h2>
<label for="ci-nhs">NHS number</label><input id="ci-nhs" name="nhs">
<label for="ci-order">Request / order ID</label><input id="ci-order" name="order_id"><button type="button" id="ci-scan" class="btn">Scan barcode</button>
<label><input type="checkbox" id="ci-fasting" name="fasting"> Fasting sample</label>
<label><input type="checkbox" id="ci-inr" name="inr"> INR / anticoagulation</label>
<label><input type="checkbox" id="ci-child" name="child"> Child under 12</label>
<label><input type="checkbox" id="ci-wheelchair" name="wheelchair"> Wheelchair user</label>
<button type="submit" id="ci-issue" class="btn primary">Issue ticket</button>
</form>
<section class="card" id="now-serving"><h2>Now serving</h2><p class="big" id="ns-ticket">B042</p><label for="ns-room">Room</label><select id="ns-room" name="room"><option>Room 1</option><option>Room 2</option><option>Room 3</option></select><button type="button" id="call-next" class="btn primary">Call next</button><button type="button" id="recall" class="btn">Call again</button></section>
</div>
<h2>Waiting (6)</h2>
<table id="queue"><thead><tr><th>Ticket</th><th>Arrived</th><th>Flags</th><th>Wait</th><th></th></tr></thead><tbody>
${tickets.map(([t, at, flag, wait]) => `<tr><td>${t}</td><td>${at}</td><td>${flag ? `<span class="badge">${flag}</span>` : ''}</td><td>${wait}</td><td><button type="button" class="q-call">Call</button> <button type="button" class="q-remove">Remove</button></td></tr>`).join('\n')}
</tbody></table>
<div class="row"><label for="screen-msg">Waiting room screen message</label><input id="screen-msg" name="screen_msg"><button type="button" id="screen-post" class="btn">Post</button></div>
</main>`,
);

const phlebV2 = page(
  'Walk-ins · PhleboFlow',
  `<header class="topbar"><span class="brand">PhleboFlow</span><nav><a href="/queue" aria-current="page">Walk-ins</a><a href="/appointments">Booked</a><a href="/rooms">Rooms</a></nav><span class="muted">Riverside HC</span></header>
<main>
<div class="grid3">
<section class="card serving"><h2>Your room</h2><select name="collection_room" aria-label="Room"><option>Room 1</option><option>Room 2</option><option>Room 3</option></select><p class="now">Now: <strong>B042</strong></p><button type="button" class="btn primary call-next-patient">Call next patient</button><button type="button" class="btn call-again">Repeat call</button></section>
<section class="card stats"><h2>Today</h2><p>Seen 64 · Waiting 6 · Average wait 11 min</p></section>
<section class="card reception"><h2>Arrivals</h2>
<form id="arrival"><label>NHS no. <input name="nhs_number"></label><label>Request no. <input name="request_number"></label><button type="button" class="btn scan">Scan form</button>
<div class="flags"><label><input type="checkbox" name="flag_fasting"> Fasting</label><label><input type="checkbox" name="flag_warfarin"> Warfarin / INR</label><label><input type="checkbox" name="flag_paeds"> Under 12</label><label><input type="checkbox" name="flag_interpreter"> Needs interpreter</label></div>
<button type="submit" id="checkin-submit" class="btn primary">Check in &amp; print ticket</button></form>
</section>
</div>
<h2>Waiting list</h2>
<ol class="waitlist">
${tickets.map(([t, at, flag]) => `<li class="ticket" data-ticket="${t}"><strong>${t}</strong> <span class="muted">since ${at}</span> ${flag ? `<span class="badge">${flag}</span> ` : ''}<button type="button" class="call-ticket">Call</button><button type="button" class="drop-ticket">Left</button></li>`).join('\n')}
</ol>
</main>`,
);

const p15: PagePair = {
  name: 'phlebotomy-walk-in-queue-b27',
  v1: phlebV1,
  v2: phlebV2,
  targets: [
    {
      selector: '#call-next',
      expect: 'button.call-next-patient',
      change: 'call next relabelled Call next patient, id dropped',
    },
    {
      selector: '#ci-fasting',
      expect: 'input[name="flag_fasting"]',
      change: 'fasting checkbox renamed, check-in moved to right panel',
    },
    {
      selector: '#queue tbody tr:nth-child(2) .q-call',
      expect: 'li[data-ticket="B044"] button.call-ticket',
      change: 'queue table became ordered list keyed by ticket',
    },
    { selector: '#ns-room', expect: 'select[name="collection_room"]', change: 'room select renamed' },
    {
      selector: '#ci-issue',
      expect: '#checkin-submit',
      change: 'issue ticket relabelled Check in & print ticket',
    },
    {
      selector: '#ci-order',
      expect: 'input[name="request_number"]',
      change: 'order ID input renamed request number',
    },
    {
      selector: '#ci-wheelchair',
      expect: null,
      change: 'wheelchair flag removed; interpreter flag in its place',
    },
    { selector: '#screen-post', expect: null, change: 'screen message post removed' },
  ],
};

/* 16 — laboratory critical result phone-out (edit) */
const critV1 = page(
  'Critical results – LabLink LIMS',
  `<header><strong>LabLink LIMS</strong><nav><a href="/worklists" id="nav-work">Worklists</a><a href="/critical" id="nav-critical" class="active">Critical results</a><a href="/qc" id="nav-qc">QC</a><a href="/reports" id="nav-reports">Reports</a></nav></header>
<main>
<h1>Critical result notification</h1>
<table id="crit-list"><thead><tr><th>Accession</th><th>Test</th><th>Value</th><th>Limit</th><th>Location</th><th>Age</th></tr></thead><tbody>
<tr class="crit sel" data-acc="H2561203"><td>H2561203</td><td>Potassium</td><td>6.9 mmol/L</td><td>&gt;6.5</td><td>GP – Elm Surgery</td><td>12 min</td></tr>
<tr class="crit" data-acc="H2561188"><td>H2561188</td><td>Sodium</td><td>118 mmol/L</td><td>&lt;120</td><td>Care home – Oaklands</td><td>25 min</td></tr>
<tr class="crit" data-acc="H2561170"><td>H2561170</td><td>INR</td><td>8.4</td><td>&gt;8.0</td><td>Anticoagulation clinic</td><td>41 min</td></tr>
<tr class="crit" data-acc="H2561152"><td>H2561152</td><td>Glucose</td><td>1.9 mmol/L</td><td>&lt;2.5</td><td>GP – Riverside</td><td>58 min</td></tr>
</tbody></table>
<form id="callback-form" class="card">
<h2>Log call – H2561203</h2>
<label for="cb-recipient">Spoke to</label><input id="cb-recipient" name="recipient">
<label for="cb-role">Role</label><select id="cb-role" name="role"><option>GP</option><option>Practice nurse</option><option>Out-of-hours GP</option><option>Ward nurse</option></select>
<label for="cb-phone">Number dialled</label><input id="cb-phone" name="phone" type="tel">
<label for="cb-time">Time</label><input id="cb-time" name="time" type="time">
<label><input type="checkbox" id="cb-readback" name="readback"> Result read back by recipient</label>
<label><input type="checkbox" id="cb-haemolysed" name="haemolysed"> Sample checked for haemolysis</label>
<label for="cb-notes">Comments</label><textarea id="cb-notes" name="notes"></textarea>
<div class="row"><button type="submit" id="cb-save" class="btn primary">Record call</button><button type="button" id="cb-unable" class="btn">Unable to contact</button><button type="button" id="cb-escalate" class="btn">Escalate to duty biochemist</button></div>
</form>
<section id="attempts"><h2>Previous attempts</h2><ol><li>08:41 – No answer (Elm Surgery reception)</li><li>08:47 – Line busy</li></ol></section>
</main>`,
);

const p16: PagePair = {
  name: 'lab-critical-result-callback-b27',
  v1: critV1,
  v2: edit(critV1, [
    [
      '<tr class="crit sel" data-acc="H2561203">',
      '<tr class="critical-row is-selected" data-accession="H2561203">',
    ],
    ['<tr class="crit" data-acc="H2561188">', '<tr class="critical-row" data-accession="H2561188">'],
    ['<tr class="crit" data-acc="H2561170">', '<tr class="critical-row" data-accession="H2561170">'],
    ['<tr class="crit" data-acc="H2561152">', '<tr class="critical-row" data-accession="H2561152">'],
    ['<h2>Log call – H2561203</h2>', '<h2>Communication log – H2561203</h2>'],
    [
      '<label for="cb-recipient">Spoke to</label><input id="cb-recipient" name="recipient">',
      '<label for="comm-recipient">Result given to</label><input id="comm-recipient" name="recipient_name">',
    ],
    [
      '<label for="cb-role">Role</label><select id="cb-role" name="role">',
      '<label for="comm-role">Recipient role</label><select id="comm-role" name="recipient_role">',
    ],
    [
      'id="cb-readback" name="readback"> Result read back by recipient',
      'id="comm-readback" name="read_back"> Recipient repeated result back',
    ],
    [
      '<label><input type="checkbox" id="cb-haemolysed" name="haemolysed"> Sample checked for haemolysis</label>',
      '<label><input type="checkbox" id="comm-repeat" name="repeat_requested"> Repeat sample requested</label>',
    ],
    [
      'id="cb-save" class="btn primary">Record call',
      'id="log-communication" class="btn btn-primary">Save communication',
    ],
    ['<button type="button" id="cb-unable" class="btn">Unable to contact</button>', ''],
    [
      'id="cb-escalate" class="btn">Escalate to duty biochemist',
      'id="escalate" class="btn btn-warning">Escalate to clinical scientist',
    ],
  ]),
  targets: [
    {
      selector: '#cb-save',
      expect: '#log-communication',
      change: 'record call renamed, relabelled Save communication',
    },
    {
      selector: '#cb-recipient',
      expect: '#comm-recipient',
      change: 'recipient input renamed, label reworded',
    },
    { selector: '#cb-role', expect: '#comm-role', change: 'role select renamed' },
    {
      selector: 'tr[data-acc="H2561170"]',
      expect: 'tr[data-accession="H2561170"]',
      change: 'worklist rows use data-accession and new class',
    },
    { selector: '#cb-readback', expect: '#comm-readback', change: 'read-back checkbox renamed and reworded' },
    {
      selector: '#cb-escalate',
      expect: '#escalate',
      change: 'escalate button renamed, relabelled clinical scientist',
    },
    {
      selector: '#cb-haemolysed',
      expect: null,
      change: 'haemolysis check removed; repeat sample checkbox in its place',
    },
    { selector: '#cb-unable', expect: null, change: 'unable to contact button removed' },
  ],
};

/* 17 — domiciliary care rota allocation (full rewrite) */
const rotaVisits = [
  ['901', '07:30', 'Mrs E. Hargreaves', '45m', 'Double-up'],
  ['902', '08:00', 'Mr J. Okoro', '30m', 'Meds'],
  ['903', '08:15', 'Mrs P. Lindsay', '30m', 'Hoist'],
  ['904', '09:00', 'Mr R. Clegg', '15m', 'Meds'],
  ['905', '09:30', 'Miss D. Fairbairn', '60m', 'Shower'],
] as const;
const rotaCarers = [
  ['14', 'Aisha K.', '5.5', 'Yes', '8 min'],
  ['15', 'Paul D.', '3.0', 'No', '15 min'],
  ['16', 'Magda W.', '6.25', 'Yes', '4 min'],
  ['17', 'Joy N.', '2.5', 'Yes', '11 min'],
] as const;

const rotaV1 = page(
  'Rota – CareRoster',
  `<header><strong>CareRoster</strong><nav><a href="/rota" id="nav-rota" class="active">Rota</a><a href="/clients" id="nav-clients">Clients</a><a href="/carers" id="nav-carers">Carers</a><a href="/payroll" id="nav-payroll">Payroll</a></nav></header>
<main>
<div class="row"><h1>Rota – Tue 17 June</h1><a href="?d=2025-06-16" id="day-prev">◀ Mon</a><a href="?d=2025-06-18" id="day-next">Wed ▶</a><select id="area" name="area"><option>North run</option><option>South run</option><option>Town centre</option></select></div>
<div class="grid">
<section id="unallocated"><h2>Unallocated visits (5)</h2>
<table id="unalloc-table"><thead><tr><th>Time</th><th>Client</th><th>Duration</th><th>Needs</th><th></th></tr></thead><tbody>
${rotaVisits.map(([id, t, c, d, n]) => `<tr data-visit="v${id}"><td>${t}</td><td>${c}</td><td>${d}</td><td><span class="badge">${n}</span></td><td><input type="radio" name="pick" value="v${id}"></td></tr>`).join('\n')}
</tbody></table>
</section>
<section id="carers"><h2>Available carers</h2>
<table id="carer-table"><thead><tr><th></th><th>Carer</th><th>Hours today</th><th>Drives</th><th>Travel</th></tr></thead><tbody>
${rotaCarers.map(([id, n, h, d, tr]) => `<tr data-carer="c${id}"><td><input type="radio" name="carer" value="c${id}"></td><td>${n}</td><td>${h}</td><td>${d}</td><td>${tr}</td></tr>`).join('\n')}
</tbody></table>
<label><input type="checkbox" id="show-female-only" name="female_only"> Female carers only</label>
<label><input type="checkbox" id="show-drivers" name="drivers"> Drivers only</label>
</section>
</div>
<div class="row"><button type="button" id="allocate" class="btn primary">Allocate</button><button type="button" id="auto-plan" class="btn">Auto-schedule</button><button type="button" id="publish-rota" class="btn">Publish to carers' app</button><a href="/rota/print?d=2025-06-17" id="print-run-sheets">Print run sheets</a></div>
<p class="muted" id="rota-stats">Scheduled 142 visits · 96% allocated · 3 missed-call risks</p>
</main>`,
);

const rotaV2 = page(
  'Scheduling · CareRoster',
  `<header><span class="brand">CareRoster</span><nav><a href="/rota" aria-current="page">Scheduling</a><a href="/clients">Service users</a><a href="/carers">Care workers</a><a href="/payroll">Pay</a></nav></header>
<main>
<div class="row toolbar"><a href="?d=2025-06-16" class="prev-day" aria-label="Previous day">‹</a><input type="date" name="date" value="2025-06-17"><a href="?d=2025-06-18" class="next-day" aria-label="Next day">›</a><label>Run <select name="run"><option>North</option><option>South</option><option>Town centre</option></select></label></div>
<div class="grid">
<section class="visits"><h2>To allocate <span class="badge">5</span></h2>
${rotaVisits.map(([id, t, c, d, n]) => `<article class="visit-card card" data-visit-id="${id}"><label><input type="radio" name="visit" value="${id}"> ${t} · ${c} · ${d}</label> <span class="badge">${n === 'Double-up' ? '2 carers' : n}</span></article>`).join('\n')}
</section>
<section class="workers"><h2>Care workers free</h2>
<div class="row chips"><label><input type="checkbox" name="drivers_only"> Has car</label><label><input type="checkbox" name="familiar_only"> Knows the client</label></div>
<ul class="carer-list">
${rotaCarers.map(([id, n, h, d, tr]) => `<li class="carer" data-carer-id="${id}"><label><input type="radio" name="carer_id" value="${id}"> ${n}</label> <span class="muted">${h}h · ${d === 'Yes' ? 'car' : 'on foot'} · ${tr} away</span></li>`).join('\n')}
</ul>
</section>
</div>
<div class="row actions"><button type="button" class="btn auto">Optimise runs</button><button type="button" class="btn primary assign-selected">Assign visit</button><button type="button" data-action="publish" class="btn">Send to carer app</button></div>
<p class="muted">142 visits · 96% covered · 3 at risk of being missed</p>
</main>`,
);

const p17: PagePair = {
  name: 'home-care-rota-allocation-b27',
  v1: rotaV1,
  v2: rotaV2,
  targets: [
    {
      selector: '#allocate',
      expect: 'button.assign-selected',
      change: 'allocate relabelled Assign visit, id dropped',
    },
    {
      selector: 'input[name="pick"][value="v903"]',
      expect: 'input[name="visit"][value="903"]',
      change: 'visit table became cards, radio renamed',
    },
    {
      selector: 'tr[data-carer="c16"] input',
      expect: 'li[data-carer-id="16"] input[name="carer_id"]',
      change: 'carer table became list, keyed by data-carer-id',
    },
    {
      selector: '#publish-rota',
      expect: 'button[data-action="publish"]',
      change: 'publish relabelled Send to carer app',
    },
    { selector: '#area', expect: 'select[name="run"]', change: 'area select renamed run, wrapped in label' },
    { selector: '#day-next', expect: 'a.next-day', change: 'next day link became icon arrow' },
    {
      selector: '#show-female-only',
      expect: null,
      change: 'female only filter removed; knows-the-client filter in its place',
    },
    { selector: '#print-run-sheets', expect: null, change: 'print run sheets link removed' },
  ],
};

/* 18 — home care client care plan (edit) */
const careplanV1 = page(
  'Care plan – CareRoster',
  `<header><strong>CareRoster</strong><nav><a href="/clients" id="nav-clients" class="active">Clients</a><a href="/rota" id="nav-rota">Rota</a><a href="/incidents" id="nav-incidents">Incidents</a></nav></header>
<main>
<h1>Care plan – Edith Morley</h1>
<p class="muted">Review due 01/09/2025 · Key worker: Aisha K.</p>
<div class="row" role="tablist" id="plan-tabs"><a href="#needs" id="tab-needs" class="active">Needs</a><a href="#risks" id="tab-risks">Risks</a><a href="#schedule" id="tab-schedule">Visit schedule</a><a href="#contacts" id="tab-contacts">Contacts</a></div>
<form id="careplan">
<section id="needs"><h2>Needs &amp; outcomes</h2>
<label for="n-personal">Personal care</label><textarea id="n-personal" name="personal_care">Needs help to shower twice weekly; can wash upper body independently.</textarea>
<label for="n-meds">Medication support level</label><select id="n-meds" name="med_level"><option>Self-administers</option><option>Prompt only</option><option>Administer from MDS</option><option>Administer – time critical</option></select>
<label for="n-nutrition">Nutrition &amp; hydration</label><textarea id="n-nutrition" name="nutrition"></textarea>
<label for="n-mobility">Mobility aid</label><select id="n-mobility" name="mobility"><option>None</option><option>Walking stick</option><option>Zimmer frame</option><option>Hoist (2 carers)</option></select>
<label><input type="checkbox" id="n-keysafe" name="keysafe" checked> Key safe in use</label>
<label for="n-keycode">Key safe code</label><input id="n-keycode" name="keysafe_code" type="password">
</section>
<section id="risks"><h2>Risk assessments</h2>
<table id="risk-table"><thead><tr><th>Risk</th><th>Level</th><th>Reviewed</th><th></th></tr></thead><tbody>
<tr><td>Falls</td><td><span class="badge">High</span></td><td>03/05/2025</td><td><a href="/risk/falls/221" class="risk-open">Open</a></td></tr>
<tr><td>Pressure areas</td><td><span class="badge">Medium</span></td><td>03/05/2025</td><td><a href="/risk/pressure/221" class="risk-open">Open</a></td></tr>
<tr><td>Environment</td><td><span class="badge">Low</span></td><td>11/01/2025</td><td><a href="/risk/env/221" class="risk-open">Open</a></td></tr>
</tbody></table>
<button type="button" id="add-risk" class="btn">Add risk assessment</button>
</section>
<section id="prefs"><h2>Preferences</h2>
<label><input type="checkbox" id="p-female" name="female_carer"> Prefers female carers</label>
<label><input type="checkbox" id="p-radio" name="radio_on"> Likes the radio on during visits</label>
<label for="p-language">Language</label><input id="p-language" name="language" value="English">
</section>
<div class="row"><button type="button" id="cp-share" class="btn">Share with family</button><button type="submit" id="cp-save" class="btn primary">Save care plan</button><button type="button" id="cp-review" class="btn">Start review</button></div>
</form>
</main>`,
);

const p18: PagePair = {
  name: 'home-care-client-care-plan-b27',
  v1: careplanV1,
  v2: edit(careplanV1, [
    ['id="tab-schedule">Visit schedule', 'id="tab-visits">Visits'],
    [
      '<label for="n-meds">Medication support level</label><select id="n-meds" name="med_level">',
      '<label for="med-support">Medication support</label><select id="med-support" name="medication_support">',
    ],
    [
      '<label for="n-keycode">Key safe code</label><input id="n-keycode" name="keysafe_code" type="password">\n',
      '',
    ],
    ['<table id="risk-table">', '<table id="risk-register" class="risk-list">'],
    [
      '<tbody>\n<tr><td>Falls</td>',
      '<tbody>\n<tr><td>Choking</td><td><span class="badge">Medium</span></td><td>12/06/2025</td><td><a href="/risk/choking/221" class="risk-open">Open</a></td></tr>\n<tr><td>Falls</td>',
    ],
    ['id="add-risk" class="btn">Add risk assessment', 'id="risk-new" class="btn">New assessment'],
    [
      'id="p-female" name="female_carer"> Prefers female carers',
      'id="pref-gender" name="carer_gender_pref"> Female carers only (personal care)',
    ],
    [
      '<label><input type="checkbox" id="p-radio" name="radio_on"> Likes the radio on during visits</label>',
      '<label><input type="checkbox" id="p-pets" name="pets_in_home"> Pets in the home</label>',
    ],
    [
      'id="cp-save" class="btn primary">Save care plan',
      'id="careplan-save" class="btn btn-primary">Save changes',
    ],
  ]),
  targets: [
    { selector: '#cp-save', expect: '#careplan-save', change: 'save renamed, relabelled Save changes' },
    { selector: '#n-meds', expect: '#med-support', change: 'medication select id and name renamed' },
    {
      selector: '#risk-table tbody tr:nth-child(2) .risk-open',
      expect: 'a[href="/risk/pressure/221"]',
      change: 'risk table renamed, new row inserted above',
    },
    { selector: '#tab-schedule', expect: '#tab-visits', change: 'schedule tab renamed Visits' },
    { selector: '#p-female', expect: '#pref-gender', change: 'female carer preference renamed and reworded' },
    { selector: '#add-risk', expect: '#risk-new', change: 'add risk button renamed New assessment' },
    {
      selector: '#p-radio',
      expect: null,
      change: 'radio preference removed; pets in home checkbox in its place',
    },
    { selector: '#n-keycode', expect: null, change: 'key safe code input removed' },
  ],
};

/* 19 — home oxygen order form (full rewrite) */
const oxyV1 = page(
  'Home oxygen order – O2Home',
  `<header><strong>O2Home</strong><nav><a href="/patients" id="nav-patients">Patients</a><a href="/orders" id="nav-orders" class="active">Orders</a><a href="/engineers" id="nav-eng">Engineers</a></nav></header>
<main>
<h1>Home oxygen order (HOOF)</h1>
<form id="hoof">
<fieldset id="patient"><legend>Patient</legend>
<label for="h-name">Name</label><input id="h-name" name="name">
<label for="h-nhs">NHS number</label><input id="h-nhs" name="nhs">
<label for="h-addr">Address</label><textarea id="h-addr" name="address"></textarea>
<label for="h-phone">Contact phone</label><input id="h-phone" name="phone">
</fieldset>
<fieldset id="prescription"><legend>Prescription</legend>
<label for="h-flow">Flow rate (L/min)</label><input id="h-flow" name="flow" type="number" step="0.5">
<label for="h-hours">Hours per day</label><input id="h-hours" name="hours" type="number">
<label><input type="checkbox" name="mode" value="ltot"> Long-term (LTOT)</label>
<label><input type="checkbox" name="mode" value="ambulatory"> Ambulatory</label>
<label><input type="checkbox" name="mode" value="sbot"> Short-burst</label>
</fieldset>
<fieldset id="equipment"><legend>Equipment</legend>
<table id="equip"><thead><tr><th>Item</th><th>Qty</th></tr></thead><tbody>
<tr><td>Static concentrator</td><td><input name="qty_conc" type="number" value="1"></td></tr>
<tr><td>Back-up cylinder (ZD)</td><td><input name="qty_backup" type="number" value="1"></td></tr>
<tr><td>Portable cylinder (CD)</td><td><input name="qty_portable" type="number" value="4"></td></tr>
<tr><td>Nasal cannula</td><td><input name="qty_cannula" type="number" value="2"></td></tr>
<tr><td>Humidifier</td><td><input name="qty_humid" type="number" value="0"></td></tr>
</tbody></table>
</fieldset>
<fieldset id="delivery"><legend>Delivery</legend>
<label><input type="radio" name="urgency" value="std" checked> Standard (3 working days)</label>
<label><input type="radio" name="urgency" value="next"> Next day</label>
<label><input type="radio" name="urgency" value="4h"> Emergency (4 hours)</label>
<label for="h-access">Access notes</label><textarea id="h-access" name="access"></textarea>
</fieldset>
<fieldset id="safety"><legend>Safety</legend>
<label><input type="checkbox" id="s-smoker" name="smoker"> Smoker in household</label>
<label><input type="checkbox" id="s-vaper" name="ecig"> E-cigarette use</label>
<label><input type="checkbox" id="s-fire" name="fire_referral"> Refer to fire service for home safety visit</label>
</fieldset>
<div class="row"><button type="button" id="h-save" class="btn">Save</button><button type="submit" id="h-send" class="btn primary">Send order</button></div>
</form>
</main>`,
);

const oxyV2 = page(
  'New order · O2Home',
  `<header class="bar"><span class="brand">O2Home</span><nav><a href="/patients">Patients</a><a href="/orders" aria-current="page">New order</a><a href="/engineers">Field engineers</a></nav></header>
<main>
<h1>Home Oxygen Order Form</h1>
<form class="hoof-v2" id="order">
<div class="grid">
<section class="card"><h2>Patient</h2><label>NHS number <input name="nhs_number"></label><label>Full name <input name="patient_name"></label><label>Phone <input name="patient_phone" type="tel"></label><label>Delivery address <textarea name="delivery_address"></textarea></label><label>Access instructions <textarea name="access_instructions"></textarea></label></section>
<section class="card"><h2>Oxygen prescription</h2><label>Flow (litres/min) <input name="flow_rate_lpm" type="number" step="0.5"></label><label>Hours/day <input name="hours_per_day" type="number"></label>
<div class="row"><label><input type="checkbox" name="therapy" value="LTOT"> LTOT</label><label><input type="checkbox" name="therapy" value="AOT"> AOT</label><label><input type="checkbox" name="therapy" value="SBOT"> SBOT</label></div></section>
</div>
<section class="card"><h2>Safety assessment</h2>
<label><input type="checkbox" name="smoking_in_home"> Someone smokes in the home</label>
<label><input type="checkbox" name="open_flame"> Gas hob or open fire in the home</label>
<label><input type="checkbox" name="fire_service_referral"> Home fire safety check referral</label>
</section>
<section class="card"><h2>Equipment</h2>
<div class="grid3"><label>Concentrator <input data-item="concentrator" type="number" value="1"></label><label>Back-up cylinder <input data-item="backup-cylinder" type="number" value="1"></label><label>Portable cylinders <input data-item="portable-cylinder" type="number" value="4"></label><label>Nasal cannulae <input data-item="cannula" type="number" value="2"></label></div>
</section>
<section class="card"><h2>When</h2>
<label><input type="radio" id="urgency-standard" name="delivery_speed" value="standard" checked> Standard – 3 working days</label>
<label><input type="radio" id="urgency-nextday" name="delivery_speed" value="next-day"> Next working day</label>
<label><input type="radio" id="urgency-emergency" name="delivery_speed" value="emergency"> Emergency – within 4 hours</label>
</section>
<div class="row"><button type="button" class="btn save-draft">Save draft</button><button type="submit" class="btn primary submit-order">Submit HOOF</button></div>
</form>
</main>`,
);

const p19: PagePair = {
  name: 'home-oxygen-order-form-b27',
  v1: oxyV1,
  v2: oxyV2,
  targets: [
    {
      selector: '#h-send',
      expect: 'button.submit-order',
      change: 'send order relabelled Submit HOOF, id dropped',
    },
    {
      selector: '#h-flow',
      expect: 'input[name="flow_rate_lpm"]',
      change: 'flow input renamed, wrapped in label',
    },
    {
      selector: 'input[name="qty_portable"]',
      expect: 'input[data-item="portable-cylinder"]',
      change: 'equipment table became grid of inputs keyed by data-item',
    },
    {
      selector: 'input[name="urgency"][value="4h"]',
      expect: '#urgency-emergency',
      change: 'urgency radios renamed, given ids',
    },
    {
      selector: '#s-fire',
      expect: 'input[name="fire_service_referral"]',
      change: 'fire referral checkbox renamed, safety moved up',
    },
    {
      selector: '#h-access',
      expect: 'textarea[name="access_instructions"]',
      change: 'access notes moved into patient card, renamed',
    },
    {
      selector: '#s-vaper',
      expect: null,
      change: 'e-cigarette question removed; open flame checkbox in its place',
    },
    { selector: 'input[name="qty_humid"]', expect: null, change: 'humidifier line removed' },
  ],
};

/* 20 — health insurance member claim form (edit) */
const helpAsideV1 =
  '<aside class="card" id="c-help"><h2>Need help?</h2><p>Call 0800 123 4567</p><a href="/help/claims" id="c-faq">Claims FAQs</a></aside>';

const claimV1 = page(
  'Make a claim – MediCover',
  `<header><a href="/" class="logo">MediCover</a><nav><a href="/member/home" id="nav-home">Home</a><a href="/member/claims" id="nav-claims" class="active">Claims</a><a href="/member/benefits" id="nav-benefits">Benefits</a><a href="/member/card" id="nav-card">Digital card</a><a href="/member/messages" id="nav-msgs">Messages</a></nav></header>
<main>
<h1>Make a claim</h1>
<ol class="row" id="steps"><li class="active">Details</li><li>Receipts</li><li>Payment</li><li>Review</li></ol>
<form id="claim-form">
<label for="c-who">Who is the claim for?</label><select id="c-who" name="member"><option>Hannah Doyle (you)</option><option>Liam Doyle (spouse)</option><option>Ava Doyle (child)</option></select>
<fieldset id="c-type"><legend>Type of treatment</legend>
<label><input type="radio" name="type" value="dental"> Dental</label>
<label><input type="radio" name="type" value="optical"> Optical</label>
<label><input type="radio" name="type" value="physio"> Physiotherapy</label>
<label><input type="radio" name="type" value="consult"> Specialist consultation</label>
<label><input type="radio" name="type" value="prescription"> Prescription</label>
</fieldset>
<label for="c-provider">Provider name</label><input id="c-provider" name="provider">
<label for="c-date">Date of treatment</label><input id="c-date" name="date" type="date">
<label for="c-amount">Amount paid (£)</label><input id="c-amount" name="amount" type="number" step="0.01">
<label><input type="checkbox" id="c-other-cover" name="other_cover"> I have claimed or will claim from another insurer</label>
<label><input type="checkbox" id="c-accident" name="accident"> Treatment is due to an accident caused by someone else</label>
<h2>Receipts</h2>
<input type="file" id="c-files" name="receipts" multiple>
<p class="muted">Upload itemised receipts. JPG, PNG or PDF up to 10MB.</p>
<h2>Payment</h2>
<label><input type="radio" name="payee" value="me" checked> Pay me</label>
<label><input type="radio" name="payee" value="provider"> Pay the provider</label>
<p>Account ending <strong>6621</strong> <a href="/member/bank" id="c-change-bank">Change</a></p>
<label><input type="checkbox" id="c-declare" name="declaration"> I declare that the information given is true and complete</label>
<div class="row"><a href="/member/claims" id="c-cancel">Cancel</a><button type="button" id="c-save" class="btn">Save and finish later</button><button type="submit" id="c-submit" class="btn primary">Submit claim</button></div>
</form>
${helpAsideV1}
</main>`,
);

const p20: PagePair = {
  name: 'health-insurance-claim-form-b27',
  v1: claimV1,
  v2: edit(claimV1, [
    [`\n${helpAsideV1}`, ''],
    [
      '<h1>Make a claim</h1>',
      `<h1>Make a claim</h1>\n${helpAsideV1.replace('<aside class="card" id="c-help">', '<aside class="card help-box" id="claim-help">')}`,
    ],
    [
      '<label for="c-who">Who is the claim for?</label><select id="c-who" name="member">',
      '<label for="claimant">Patient</label><select id="claimant" name="patient_member_id">',
    ],
    ['value="physio"> Physiotherapy', 'value="therapies"> Physiotherapy, osteopathy &amp; chiropractic'],
    [
      '<label for="c-amount">Amount paid (£)</label><input id="c-amount" name="amount"',
      '<label for="amount-paid">Total you paid (£)</label><input id="amount-paid" name="amount_paid"',
    ],
    [
      '<label><input type="checkbox" id="c-accident" name="accident"> Treatment is due to an accident caused by someone else</label>',
      '<label><input type="checkbox" id="c-referral" name="gp_referral"> I was referred by my GP</label>',
    ],
    [
      '<input type="file" id="c-files" name="receipts" multiple>',
      '<input type="file" id="receipt-upload" name="receipt_files" multiple accept=".jpg,.png,.pdf">',
    ],
    ['value="provider"> Pay the provider', 'value="direct"> Pay the clinic directly'],
    ['<button type="button" id="c-save" class="btn">Save and finish later</button>', ''],
    [
      'id="c-submit" class="btn primary">Submit claim',
      'id="claim-submit" class="btn btn-primary">Send claim',
    ],
  ]),
  targets: [
    { selector: '#c-submit', expect: '#claim-submit', change: 'submit renamed, relabelled Send claim' },
    { selector: '#c-who', expect: '#claimant', change: 'member select renamed, label Patient' },
    {
      selector: 'input[value="physio"]',
      expect: 'input[value="therapies"]',
      change: 'physio radio broadened to therapies',
    },
    { selector: '#c-amount', expect: '#amount-paid', change: 'amount input renamed' },
    { selector: '#c-files', expect: '#receipt-upload', change: 'receipt file input renamed' },
    {
      selector: 'input[name="payee"][value="provider"]',
      expect: 'input[value="direct"]',
      change: 'pay provider radio value and label changed',
    },
    {
      selector: '#c-accident',
      expect: null,
      change: 'accident question removed; GP referral checkbox in its place',
    },
    { selector: '#c-save', expect: null, change: 'save and finish later removed' },
  ],
};

/* 21 — health plan provider directory search (full rewrite) */
const providers = [
  [
    '1447289910',
    'Laurelhurst Family Medicine',
    '3550 SE Belmont St',
    '0.8',
    'Tier 1',
    '+15035550101',
    '(503) 555-0101',
  ],
  [
    '1530118892',
    'Hawthorne Dermatology',
    '4212 SE Hawthorne Blvd',
    '1.4',
    'Tier 1',
    '+15035550144',
    '(503) 555-0144',
  ],
  [
    '1669023341',
    'Belmont Physical Therapy',
    '2710 SE Belmont St',
    '1.9',
    'Tier 2',
    '+15035550177',
    '(503) 555-0177',
  ],
  [
    '1780556120',
    'Southeast Eye Clinic',
    '5015 SE Division St',
    '2.6',
    'Tier 1',
    '+15035550190',
    '(503) 555-0190',
  ],
] as const;

const findV1 = page(
  'Find a provider – Harbor Health Plan',
  `<header><a href="/" class="logo">Harbor Health Plan</a><nav><a href="/member" id="nav-member">My plan</a><a href="/find-care" id="nav-find" class="active">Find care</a><a href="/claims" id="nav-claims">Claims</a><a href="/id-card" id="nav-idcard">ID card</a></nav></header>
<main>
<h1>Find a provider</h1>
<form id="search" class="row">
<label for="q-specialty">Specialty</label><select id="q-specialty" name="specialty"><option>Primary care</option><option>Dermatology</option><option>Physical therapy</option><option>Optometry</option><option>Dentistry</option></select>
<label for="q-zip">ZIP code</label><input id="q-zip" name="zip" value="97214">
<label for="q-radius">Within</label><select id="q-radius" name="radius"><option>5 miles</option><option>10 miles</option><option>25 miles</option></select>
<button type="submit" id="q-go" class="btn primary">Search</button>
</form>
<div class="row" id="filters"><label><input type="checkbox" id="f-innetwork" name="in_network" checked> In-network only</label><label><input type="checkbox" id="f-newpts" name="accepting"> Accepting new patients</label><label><input type="checkbox" id="f-telehealth" name="telehealth"> Offers telehealth</label><label><input type="checkbox" id="f-evening" name="evening"> Evening hours</label></div>
<div class="row"><span id="result-count">38 results</span><label for="sort">Sort by</label><select id="sort" name="sort"><option>Distance</option><option>Name</option><option>Rating</option></select><button type="button" id="map-toggle" class="btn">Show map</button></div>
<ul id="results">
${providers.map(([npi, name, addr, mi, tier, tel]) => `<li class="provider card" data-npi="${npi}"><h3><a href="/providers/${npi}">${name}</a></h3><p>${addr} · ${mi} mi</p><p><span class="badge">${tier}</span></p><div class="row"><a href="tel:${tel}" class="p-call">Call</a><button type="button" class="p-save">Save</button><a href="/providers/${npi}/book" class="p-book">Book</a></div></li>`).join('\n')}
</ul>
<div class="row"><a href="?page=1" id="pg-1">1</a><a href="?page=2" id="pg-2">2</a><a href="?page=3" id="pg-3">3</a><a href="?page=2" id="pg-next">Next</a></div>
<p class="muted">Network status can change. <a href="/report-error" id="report-error">Report incorrect information</a></p>
</main>`,
);

const findV2 = page(
  'Find care · Harbor Health Plan',
  `<header><a href="/" class="brand">Harbor Health Plan</a><nav><a href="/member">Coverage</a><a href="/find-care" aria-current="page">Find care</a><a href="/claims">Claims</a><a href="/id-card">Member ID</a></nav></header>
<main>
<form class="search-bar row" role="search"><label>Looking for <select name="care_type"><option>Primary care</option><option>Dermatology</option><option>Physical therapy</option><option>Eye care</option><option>Dental</option></select></label><label>Near <input name="location" value="97214"></label><label>Distance <select name="distance_mi"><option>5</option><option>10</option><option>25</option></select></label><button type="submit" class="btn primary search-btn">Find providers</button></form>
<div class="layout">
<aside class="sidebar"><h2>Refine</h2>
<label><input type="checkbox" name="network" checked> In my network</label>
<label><input type="checkbox" name="new_patients"> Taking new patients</label>
<label><input type="checkbox" name="virtual_visits"> Virtual visits</label>
<label>Language <select name="language"><option>Any</option><option>Spanish</option><option>Vietnamese</option><option>Russian</option></select></label>
</aside>
<section class="results">
<div class="row"><strong>38 providers</strong><label>Order <select name="order_by"><option>Nearest</option><option>A–Z</option><option>Highest rated</option></select></label><button type="button" class="btn compare">Compare selected</button></div>
${providers.map(([npi, name, addr, mi, tier, tel, telText]) => `<article class="result card" data-provider-id="${npi}"><label><input type="checkbox" name="compare" value="${npi}"> Compare</label><h3><a href="/providers/${npi}">${name}</a></h3><p>${addr} · ${mi} mi · ${tier}</p><div class="row"><a href="/providers/${npi}/book" class="btn book-appt">Book appointment</a><a href="tel:${tel}" class="phone">${telText}</a></div></article>`).join('\n')}
<nav class="row pager"><button type="button" class="pg" data-page="1">1</button><button type="button" class="pg" data-page="2">2</button><button type="button" class="pg" data-page="3">3</button><button type="button" class="pg-next">Next</button></nav>
</section>
</div>
<p class="muted">Directory information may change. <a href="/feedback/directory">Tell us about incorrect details</a></p>
</main>`,
);

const p21: PagePair = {
  name: 'health-plan-provider-search-b27',
  v1: findV1,
  v2: findV2,
  targets: [
    {
      selector: '#q-go',
      expect: 'button.search-btn',
      change: 'search relabelled Find providers, id dropped',
    },
    { selector: '#q-zip', expect: 'input[name="location"]', change: 'ZIP input renamed location' },
    {
      selector: '#f-newpts',
      expect: 'input[name="new_patients"]',
      change: 'filter moved to sidebar, renamed',
    },
    {
      selector: 'li[data-npi="1530118892"] .p-book',
      expect: 'article[data-provider-id="1530118892"] a.book-appt',
      change: 'result list items became articles, book link relabelled',
    },
    { selector: '#sort', expect: 'select[name="order_by"]', change: 'sort select renamed Order' },
    {
      selector: '#report-error',
      expect: 'a[href="/feedback/directory"]',
      change: 'report link moved to new URL, relabelled',
    },
    { selector: '#map-toggle', expect: null, change: 'map toggle removed; compare button in its place' },
    { selector: '#f-evening', expect: null, change: 'evening hours filter removed' },
  ],
};

/* 22 — health plan benefits and usage (edit) */
const wellnessV1 =
  '<section class="card" id="wellness"><h2>Wellness rewards</h2><p>Earn $50 for completing your annual physical.</p><a href="/rewards" id="rewards-link">See rewards</a></section>';

const benefitsV1 = page(
  'Benefits & usage – Harbor Health Plan',
  `<header><a href="/" class="logo">Harbor Health Plan</a><nav><a href="/member" id="nav-member" class="active">My plan</a><a href="/find-care" id="nav-find">Find care</a><a href="/claims" id="nav-claims">Claims</a><a href="/id-card" id="nav-idcard">ID card</a></nav></header>
<main>
<div class="row"><h1>Benefits &amp; usage</h1><label for="plan-year">Plan year</label><select id="plan-year" name="year"><option>2025</option><option>2024</option></select></div>
<div class="row" id="member-tabs"><button type="button" class="mtab active" data-m="self">Marcus (you)</button><button type="button" class="mtab" data-m="spouse">Dana</button><button type="button" class="mtab" data-m="child1">Eli</button><button type="button" class="mtab" data-m="family">Family total</button></div>
<div class="grid">
<section class="card" id="deductible"><h2>Deductible</h2><progress id="ded-bar" max="1500" value="620"></progress><p>$620 of $1,500 met</p></section>
<section class="card" id="oop"><h2>Out-of-pocket maximum</h2><progress id="oop-bar" max="6000" value="1180"></progress><p>$1,180 of $6,000 met</p></section>
</div>
<h2>What you pay</h2>
<table id="copays"><thead><tr><th>Service</th><th>In-network</th><th>Out-of-network</th></tr></thead><tbody>
<tr><td>Primary care visit</td><td>$25 copay</td><td>40% after deductible</td></tr>
<tr><td>Specialist visit</td><td>$50 copay</td><td>40% after deductible</td></tr>
<tr><td>Urgent care</td><td>$75 copay</td><td>40% after deductible</td></tr>
<tr><td>Emergency room</td><td>$350 copay</td><td>$350 copay</td></tr>
<tr><td>Physical therapy (30 visits/yr)</td><td>$40 copay</td><td>Not covered</td></tr>
<tr><td>Generic drugs</td><td>$10</td><td>Not covered</td></tr>
</tbody></table>
<div class="row"><a href="/docs/sbc-2025.pdf" id="dl-sbc">Summary of Benefits (PDF)</a><a href="/docs/eoc-2025.pdf" id="dl-eoc">Evidence of Coverage</a><button type="button" id="order-card" class="btn">Order ID card</button></div>
<section class="card" id="hsa"><h2>HSA</h2><p>Balance <strong id="hsa-balance">$2,340.18</strong></p><a href="/hsa" id="hsa-manage">Manage HSA</a> <a href="/hsa/receipts" id="hsa-receipts">Upload receipt</a></section>
${wellnessV1}
</main>`,
);

const p22: PagePair = {
  name: 'health-plan-benefits-usage-b27',
  v1: benefitsV1,
  v2: edit(benefitsV1, [
    [
      '<label for="plan-year">Plan year</label><select id="plan-year" name="year">',
      '<label for="coverage-year">Coverage year</label><select id="coverage-year" name="coverage_year">',
    ],
    ['<div class="row" id="member-tabs">', '<div class="row member-switch" role="tablist">'],
    [
      '<button type="button" class="mtab active" data-m="self">',
      '<button type="button" class="member-tab active" data-member="self" role="tab">',
    ],
    [
      '<button type="button" class="mtab" data-m="spouse">',
      '<button type="button" class="member-tab" data-member="spouse" role="tab">',
    ],
    [
      '<button type="button" class="mtab" data-m="child1">',
      '<button type="button" class="member-tab" data-member="dependent-1" role="tab">',
    ],
    [
      '<button type="button" class="mtab" data-m="family">',
      '<button type="button" class="member-tab" data-member="family" role="tab">',
    ],
    ['<progress id="ded-bar"', '<progress class="meter meter-deductible"'],
    ['<progress id="oop-bar"', '<progress class="meter meter-oop"'],
    ['id="dl-sbc">Summary of Benefits (PDF)', 'id="doc-sbc">Summary of Benefits and Coverage'],
    ['id="order-card" class="btn">Order ID card', 'id="request-card" class="btn">Request a new ID card'],
    ['id="hsa-manage">Manage HSA', 'id="hsa-open">Go to HSA account'],
    [
      '<a href="/hsa/receipts" id="hsa-receipts">Upload receipt</a>',
      '<a href="/hsa/invest" id="hsa-invest">Invest HSA funds</a>',
    ],
    [`\n${wellnessV1}`, ''],
  ]),
  targets: [
    {
      selector: 'button[data-m="spouse"]',
      expect: 'button[data-member="spouse"]',
      change: 'member tabs re-keyed with data-member and new class',
    },
    { selector: '#plan-year', expect: '#coverage-year', change: 'plan year select renamed Coverage year' },
    { selector: '#oop-bar', expect: 'progress.meter-oop', change: 'progress bar lost id, got meter class' },
    { selector: '#dl-sbc', expect: '#doc-sbc', change: 'SBC link renamed and relabelled' },
    {
      selector: '#order-card',
      expect: '#request-card',
      change: 'order card renamed, relabelled Request a new ID card',
    },
    { selector: '#hsa-manage', expect: '#hsa-open', change: 'manage HSA link renamed and relabelled' },
    {
      selector: '#hsa-receipts',
      expect: null,
      change: 'upload receipt link removed; invest funds link in its place',
    },
    { selector: '#rewards-link', expect: null, change: 'wellness rewards card removed' },
  ],
};

/* 23 — health plan prior authorization status (full rewrite) */
const priorAuths = [
  ['PA-55120', 'MRI lumbar spine', 'Cascade Imaging', '05/28/2025', 'May 28', 'In review', 'Pending'],
  ['PA-54987', 'Physical therapy – 12 visits', 'Motion PT', '05/02/2025', 'May 2', 'Approved', 'Approved'],
  [
    'PA-54410',
    'Humira (adalimumab)',
    'Dr L. Chen, Rheumatology',
    '04/02/2025',
    'Apr 2',
    'Denied',
    'Not approved',
  ],
  [
    'PA-53302',
    'Sleep study (in-lab)',
    'Northwest Sleep Center',
    '03/14/2025',
    'Mar 14',
    'Approved',
    'Approved',
  ],
] as const;

const paV1 = page(
  'Prior authorizations – Summit Care Insurance',
  `<header><a href="/" class="logo">Summit Care Insurance</a><nav><a href="/dashboard" id="nav-dash">Dashboard</a><a href="/authorizations" id="nav-auth" class="active">Authorizations</a><a href="/claims" id="nav-claims">Claims</a><a href="/pharmacy" id="nav-rx">Pharmacy</a></nav></header>
<main>
<h1>Prior authorizations</h1>
<div class="row"><label for="pa-filter">Status</label><select id="pa-filter" name="status"><option>All</option><option>In review</option><option>Approved</option><option>Denied</option></select><input id="pa-search" name="q" placeholder="Search by service or provider"></div>
<table id="pa-table"><thead><tr><th>Reference</th><th>Service</th><th>Provider</th><th>Submitted</th><th>Status</th></tr></thead><tbody>
${priorAuths.map(([ref, svc, prov, date, , st]) => `<tr data-ref="${ref}"><td><a href="/authorizations/${ref}">${ref}</a></td><td>${svc}</td><td>${prov}</td><td>${date}</td><td><span class="badge">${st}</span></td></tr>`).join('\n')}
</tbody></table>
<section class="card" id="pa-detail"><h2>PA-54410 · Humira (adalimumab)</h2>
<p>Status: <strong id="pa-status">Denied</strong> on 04/18/2025</p>
<p id="pa-reason">Step therapy requirement not met: trial of methotrexate required.</p>
<ol id="pa-timeline"><li>04/02 Request received from Dr Chen</li><li>04/09 Additional information requested</li><li>04/18 Decision: denied</li></ol>
<div class="row"><button type="button" id="pa-appeal" class="btn primary">File an appeal</button><button type="button" id="pa-upload" class="btn">Upload documents</button><a href="/authorizations/PA-54410/letter.pdf" id="pa-letter">Decision letter</a><button type="button" id="pa-peer" class="btn">Request peer-to-peer</button></div>
</section>
<p class="muted">Questions? Call Member Services at 1-800-555-0199 or <a href="/messages/new" id="pa-message">send a secure message</a>.</p>
</main>`,
);

const paV2 = page(
  'Approvals · Summit Care',
  `<header><a href="/" class="brand">Summit Care</a><nav><a href="/dashboard">Overview</a><a href="/authorizations" aria-current="page">Approvals</a><a href="/claims">Claims</a><a href="/pharmacy">Prescriptions</a></nav></header>
<main>
<h1>Approvals (prior authorization)</h1>
<div class="row"><label>Show <select name="status_filter"><option>Everything</option><option>Pending</option><option>Approved</option><option>Not approved</option></select></label></div>
<div class="layout">
<ul class="pa-list sidebar">
${priorAuths.map(([ref, svc, prov, , short, , st]) => `<li class="pa-card card${ref === 'PA-54410' ? ' selected' : ''}"><a href="/prior-auth/${ref}">${svc}</a><p class="muted">${prov} · sent ${short}</p><span class="badge">${st}</span></li>`).join('\n')}
</ul>
<section class="drawer card"><h2>Humira (adalimumab)</h2><p class="muted">Ref PA-54410</p>
<p>Decision: <strong class="decision">Not approved</strong> · April 18, 2025</p>
<p class="reason">You need to try methotrexate first (step therapy).</p>
<div class="row"><button type="button" data-action="appeal" class="btn primary">Start an appeal</button><button type="button" data-action="add-documents" class="btn">Add supporting documents</button><button type="button" data-action="print" class="btn">Print summary</button></div>
<h3>History</h3><ol><li>Apr 2 · Dr Chen sent the request</li><li>Apr 9 · We asked for more information</li><li>Apr 18 · Decision made</li></ol>
<a href="/prior-auth/PA-54410/decision-letter.pdf" class="decision-letter">View decision letter</a>
</section>
</div>
<p class="muted">Need help? 1-800-555-0199 · <a href="/inbox/compose">Message us</a></p>
</main>`,
);

const p23: PagePair = {
  name: 'health-plan-prior-auth-status-b27',
  v1: paV1,
  v2: paV2,
  targets: [
    {
      selector: '#pa-appeal',
      expect: 'button[data-action="appeal"]',
      change: 'appeal relabelled Start an appeal, id dropped',
    },
    {
      selector: '#pa-filter',
      expect: 'select[name="status_filter"]',
      change: 'status filter renamed, options reworded',
    },
    {
      selector: 'tr[data-ref="PA-54987"] a',
      expect: 'a[href="/prior-auth/PA-54987"]',
      change: 'table became card list, link moved to new URL, labelled by service',
    },
    {
      selector: '#pa-letter',
      expect: 'a.decision-letter',
      change: 'decision letter link moved below history, relabelled',
    },
    {
      selector: '#pa-upload',
      expect: 'button[data-action="add-documents"]',
      change: 'upload relabelled Add supporting documents',
    },
    {
      selector: '#pa-message',
      expect: 'a[href="/inbox/compose"]',
      change: 'secure message link new URL, relabelled Message us',
    },
    {
      selector: '#pa-peer',
      expect: null,
      change: 'peer-to-peer request removed; print summary button in its place',
    },
    { selector: '#pa-search', expect: null, change: 'search box removed' },
  ],
};

/* 24 — audiology pure-tone audiogram entry (edit) */
const ptaFreqs = [250, 500, 1000, 2000, 4000, 8000];
const acCells = (side: string) =>
  ptaFreqs.map((f) => `<td><input name="${side}_ac_${f}" size="3"></td>`).join('');
const bcCells = (side: string) =>
  ptaFreqs
    .map((f) => (f === 250 || f === 8000 ? '<td></td>' : `<td><input name="${side}_bc_${f}" size="3"></td>`))
    .join('');
const tympOpts =
  '<option>A</option><option>As</option><option>Ad</option><option>B</option><option>C</option>';

const audioV1 = page(
  'Audiogram – AudiBase',
  `<header><strong>AudiBase</strong><nav><a href="/diary" id="nav-diary">Diary</a><a href="/tests" id="nav-tests" class="active">Tests</a><a href="/fittings" id="nav-fittings">Fittings</a><a href="/repairs" id="nav-repairs">Repairs</a></nav></header>
<main>
<h1>Pure-tone audiogram – Gerald Nwosu</h1>
<p class="muted">Age 71 · Referred by GP · Booth 2</p>
<form id="pta">
<div class="row"><label for="transducer">Transducer</label><select id="transducer" name="transducer"><option>Insert earphones</option><option>Supra-aural headphones</option><option>Free field</option></select><label><input type="checkbox" id="masking" name="masking"> Masking used</label></div>
<table id="thresholds"><thead><tr><th>Hz</th><th>250</th><th>500</th><th>1k</th><th>2k</th><th>4k</th><th>8k</th></tr></thead><tbody>
<tr id="r-ac"><th>R air</th>${acCells('r')}</tr>
<tr id="l-ac"><th>L air</th>${acCells('l')}</tr>
<tr id="r-bc"><th>R bone</th>${bcCells('r')}</tr>
<tr id="l-bc"><th>L bone</th>${bcCells('l')}</tr>
</tbody></table>
<fieldset id="tymp"><legend>Tympanometry</legend>
<label for="tymp-r">Right type</label><select id="tymp-r" name="tymp_r">${tympOpts}</select>
<label for="tymp-l">Left type</label><select id="tymp-l" name="tymp_l">${tympOpts}</select>
</fieldset>
<fieldset id="speech"><legend>Speech in noise</legend>
<label for="sin-score">QuickSIN SNR loss (dB)</label><input id="sin-score" name="sin" type="number">
</fieldset>
<fieldset id="rec"><legend>Recommendation</legend>
<label><input type="radio" name="rec" value="none"> No aid needed</label>
<label><input type="radio" name="rec" value="bilateral"> Bilateral hearing aids</label>
<label><input type="radio" name="rec" value="right"> Right only</label>
<label><input type="radio" name="rec" value="left"> Left only</label>
<label><input type="radio" name="rec" value="ent"> Refer to ENT</label>
<label for="aid-style">Preferred style</label><select id="aid-style" name="style"><option>Behind the ear (BTE)</option><option>Receiver in canal (RIC)</option><option>In the ear (ITE)</option></select>
<label><input type="checkbox" id="tinnitus" name="tinnitus"> Tinnitus reported</label>
<label><input type="checkbox" id="wax" name="wax_removed"> Wax removed before test</label>
</fieldset>
<div class="row"><button type="button" id="print-audiogram" class="btn">Print audiogram</button><button type="button" id="book-fitting" class="btn">Book fitting</button><button type="submit" id="save-test" class="btn primary">Save results</button></div>
</form>
</main>`,
);

const p24: PagePair = {
  name: 'audiology-pure-tone-audiogram-b27',
  v1: audioV1,
  v2: edit(audioV1, [
    ['id="masking" name="masking"> Masking used', 'id="masking-applied" name="masked"> Masked thresholds'],
    ['<tr id="l-ac">', '<tr id="air-left">'],
    ['name="l_ac_4000"', 'name="left[air][4000]"'],
    [
      '<label for="tymp-l">Left type</label><select id="tymp-l" name="tymp_l">',
      '<label for="tymp-left">Left tympanogram</label><select id="tymp-left" name="tympanogram_left">',
    ],
    [
      '<fieldset id="speech"><legend>Speech in noise</legend>\n<label for="sin-score">QuickSIN SNR loss (dB)</label><input id="sin-score" name="sin" type="number">\n</fieldset>\n',
      '',
    ],
    ['value="ent"> Refer to ENT', 'value="refer-ent"> Onward referral (ENT)'],
    [
      '<label><input type="checkbox" id="wax" name="wax_removed"> Wax removed before test</label>',
      '<label><input type="checkbox" id="otoscopy-clear" name="otoscopy_clear"> Otoscopy clear</label>',
    ],
    [
      'id="book-fitting" class="btn">Book fitting',
      'id="schedule-fitting" class="btn">Book hearing aid fitting',
    ],
    [
      'id="save-test" class="btn primary">Save results',
      'id="audiogram-save" class="btn btn-primary">Save audiogram',
    ],
  ]),
  targets: [
    { selector: '#save-test', expect: '#audiogram-save', change: 'save renamed, relabelled Save audiogram' },
    {
      selector: 'input[name="l_ac_4000"]',
      expect: 'input[name="left[air][4000]"]',
      change: 'threshold input renamed to nested name, row re-keyed',
    },
    { selector: '#masking', expect: '#masking-applied', change: 'masking checkbox renamed and reworded' },
    { selector: '#tymp-l', expect: '#tymp-left', change: 'tympanometry select renamed' },
    {
      selector: 'input[value="ent"]',
      expect: 'input[value="refer-ent"]',
      change: 'ENT referral radio value and label changed',
    },
    {
      selector: '#book-fitting',
      expect: '#schedule-fitting',
      change: 'fitting button renamed and relabelled',
    },
    {
      selector: '#wax',
      expect: null,
      change: 'wax removal checkbox removed; otoscopy checkbox in its place',
    },
    { selector: '#sin-score', expect: null, change: 'speech-in-noise section removed' },
  ],
};

export const BLIND27_PAIRS: readonly PagePair[] = [
  p01,
  p02,
  p03,
  p04,
  p05,
  p06,
  p07,
  p08,
  p09,
  p10,
  p11,
  p12,
  p13,
  p14,
  p15,
  p16,
  p17,
  p18,
  p19,
  p20,
  p21,
  p22,
  p23,
  p24,
];
