import { edit, type PagePair, page } from './page.js';

// Software, DevOps, security, data/analytics tools and SaaS admin consoles.
const secretsV1 = page(
  'stripe-api-key · Vaultline Secrets',
  `<header class="topbar"><a class="logo" href="/">Vaultline</a>
<nav class="topnav"><a href="/secrets" class="active">Secrets</a><a href="/keys">Keys</a><a href="/certs">Certificates</a><a href="/audit">Audit trail</a></nav>
<div class="user-menu"><button id="org-switcher" type="button">acme-prod ▾</button><a href="/account" title="Account">JD</a></div></header>
<main>
<nav class="breadcrumbs"><a href="/secrets">Secrets</a> / <a href="/secrets/payments">payments</a> / <span>stripe-api-key</span></nav>
<h1>stripe-api-key</h1>
<p class="muted">Live Stripe restricted key used by checkout-svc and billing-worker.</p>
<div class="row secret-actions">
<button id="btn-rotate-now" class="btn" type="button">Rotate now</button>
<button id="btn-reveal" class="btn" type="button">Reveal value</button>
<button id="btn-copy-arn" class="btn" type="button">Copy ARN</button>
<button id="btn-delete-secret" class="btn danger" type="button">Schedule deletion</button>
</div>
<ul class="tabs">
<li><a href="#overview">Overview</a></li>
<li class="active"><a href="#rotation">Rotation</a></li>
<li><a href="#versions">Versions</a></li>
<li><a href="#replication">Replication</a></li>
<li><a href="#policy">Resource policy</a></li>
</ul>
<section id="rotation">
<h2>Rotation configuration</h2>
<form id="rotation-form">
<label><input type="checkbox" id="rotation-enabled" name="rotationEnabled" checked> Automatic rotation</label>
<label for="rotation-interval">Rotation interval (days)</label>
<input id="rotation-interval" name="intervalDays" type="number" value="30">
<label for="rotation-window">Rotation window (UTC)</label>
<select id="rotation-window" name="window"><option>00:00–04:00</option><option selected>02:00–06:00</option><option>Any time</option></select>
<label for="rotation-fn">Rotation function</label>
<select id="rotation-fn" name="lambdaArn"><option selected>rotate-stripe-key</option><option>rotate-generic-api-key</option></select>
<label><input type="checkbox" name="rotateImmediately"> Rotate immediately after saving</label>
<div class="row"><button type="submit" class="btn primary">Save rotation</button><button type="reset" class="btn">Cancel</button></div>
</form>
</section>
<section class="versions">
<h2>Recent versions</h2>
<table id="versions-table">
<thead><tr><th>Version ID</th><th>Staging labels</th><th>Created</th><th></th></tr></thead>
<tbody>
<tr><td>v-9f31</td><td><span class="badge">AWSCURRENT</span></td><td>2024-05-02</td><td><a href="/secrets/payments/stripe-api-key/v-9f31" class="restore-link">Restore</a></td></tr>
<tr><td>v-77ac</td><td><span class="badge">AWSPREVIOUS</span></td><td>2024-04-02</td><td><a href="/secrets/payments/stripe-api-key/v-77ac" class="restore-link">Restore</a></td></tr>
<tr><td>v-1b02</td><td></td><td>2024-03-03</td><td><a href="/secrets/payments/stripe-api-key/v-1b02" class="restore-link">Restore</a></td></tr>
</tbody>
</table>
</section>
</main>
<footer><a href="/docs/rotation">Rotation docs</a> · <a href="/status">Service status</a> · © Vaultline</footer>`,
);

const pair01: PagePair = {
  name: 'secrets-rotation-policy-b24',
  v1: secretsV1,
  v2: edit(secretsV1, [
    [
      '<button id="btn-rotate-now" class="btn" type="button">Rotate now</button>',
      '<button class="btn btn-primary" data-testid="rotate-secret" type="button">Rotate secret</button>',
    ],
    [
      '<button id="btn-copy-arn" class="btn" type="button">Copy ARN</button>\n<button id="btn-delete-secret" class="btn danger" type="button">Schedule deletion</button>',
      '<button id="btn-copy-name" class="btn" type="button">Copy name</button>\n<details class="more-actions"><summary aria-label="More actions">⋯</summary><div role="menu"><a role="menuitem" href="#tags">Edit tags</a><button role="menuitem" id="delete-secret-menuitem" type="button">Delete secret…</button></div></details>',
    ],
    [
      '<label for="rotation-interval">Rotation interval (days)</label>\n<input id="rotation-interval" name="intervalDays" type="number" value="30">',
      '<label for="rotation-schedule">Rotation schedule</label>\n<select id="rotation-schedule" name="scheduleExpression"><option>Every 7 days</option><option selected>Every 30 days</option><option>Every 90 days</option><option>Custom cron expression</option></select>',
    ],
    [
      '<label for="rotation-window">Rotation window (UTC)</label>\n<select id="rotation-window" name="window"><option>00:00–04:00</option><option selected>02:00–06:00</option><option>Any time</option></select>',
      '<label for="kms-key">Encryption key</label>\n<select id="kms-key" name="kmsKeyId"><option selected>aws/secretsmanager</option><option>payments-cmk</option></select>',
    ],
    [
      '<label><input type="checkbox" name="rotateImmediately"> Rotate immediately after saving</label>\n<div class="row"><button type="submit" class="btn primary">Save rotation</button><button type="reset" class="btn">Cancel</button></div>',
      '<label><input type="checkbox" name="rotateOnSave"> Rotate the secret as soon as I save these settings</label>\n<div class="row form-footer"><button type="reset" class="btn">Cancel</button><button type="submit" class="btn primary save-rotation">Save</button></div>',
    ],
    [
      '<tbody>\n<tr><td>v-9f31</td>',
      '<tbody>\n<tr><td>v-c4d8</td><td><span class="badge">AWSPENDING</span></td><td>2024-06-01</td><td><a href="/secrets/payments/stripe-api-key/v-c4d8" class="restore-link">Restore</a></td></tr>\n<tr><td>v-9f31</td>',
    ],
  ]),
  targets: [
    {
      selector: '#btn-rotate-now',
      expect: '[data-testid="rotate-secret"]',
      change: 'id replaced by data-testid, label reworded',
    },
    {
      selector: '#rotation-interval',
      expect: '#rotation-schedule',
      change: 'number input became a schedule select',
    },
    {
      selector: '#rotation-window',
      expect: null,
      change: 'window field removed; encryption key select in its slot',
    },
    {
      selector: 'input[name="rotateImmediately"]',
      expect: 'input[name="rotateOnSave"]',
      change: 'name renamed, label reworded',
    },
    { selector: '#btn-copy-arn', expect: null, change: 'Copy ARN removed; Copy name button in same slot' },
    {
      selector: '#rotation-form button[type="submit"]',
      expect: '#rotation-form .save-rotation',
      change: 'reworded to Save and moved after Cancel',
    },
    {
      selector: '#versions-table tbody tr:nth-child(2) .restore-link',
      expect: 'a[href$="/v-77ac"]',
      change: 'pending version row inserted above',
    },
    {
      selector: '#btn-delete-secret',
      expect: '#delete-secret-menuitem',
      change: 'moved into overflow menu, reworded',
    },
  ],
};

const pair02: PagePair = {
  name: 'iam-role-policy-editor-b24',
  v1: page(
    'Role ci-deployer · IAM',
    `<header><a href="/console" class="brand">CloudCo Console</a>
<input id="global-search" type="search" placeholder="Search services">
<select id="region-select" name="region"><option>us-east-1</option><option selected>eu-west-1</option><option>ap-south-1</option></select>
<a href="/support">Support</a><a href="/account" class="account-link">admin@acme</a></header>
<div class="sidebar"><h3>Identity and Access</h3><ul class="iam-nav">
<li><a href="/iam/dashboard">Dashboard</a></li><li><a href="/iam/users">Users</a></li><li><a href="/iam/groups">Groups</a></li>
<li class="selected"><a href="/iam/roles">Roles</a></li><li><a href="/iam/policies">Policies</a></li>
<li><a href="/iam/idp">Identity providers</a></li><li><a href="/iam/analyzer">Access analyzer</a></li></ul></div>
<main>
<h1>Role: ci-deployer</h1>
<dl class="role-summary">
<dt>Role ARN</dt><dd>arn:cloud:iam::4821:role/ci-deployer</dd>
<dt>Created</dt><dd>2023-01-17</dd>
<dt>Maximum session duration</dt><dd>1 hour <a id="edit-max-session" href="#max-session">Edit</a></dd>
<dt>Description</dt><dd>Assumed by the CI runners to deploy services</dd>
</dl>
<button class="btn delete-role-btn" type="button">Delete role</button>
<ul class="tabs" id="role-tabs">
<li class="active"><a id="tab-permissions" href="#permissions">Permissions</a></li>
<li><a id="tab-trust" href="#trust">Trust relationships</a></li>
<li><a id="tab-tags" href="#tags">Tags</a></li>
<li><a id="tab-access-advisor" href="#advisor">Access Advisor</a></li>
<li><a id="tab-revoke" href="#revoke">Revoke sessions</a></li>
</ul>
<section id="permissions">
<div class="row"><button id="attach-policies-btn" class="btn primary" type="button">Attach policies</button>
<button id="add-inline-policy" class="btn" type="button">Add inline policy</button>
<input name="policyFilter" type="text" placeholder="Filter policies"></div>
<table id="attached-policies">
<thead><tr><th></th><th>Policy name</th><th>Policy type</th><th></th></tr></thead>
<tbody>
<tr><td><input type="checkbox" name="sel"></td><td><a href="/iam/policies/s3ro">AmazonS3ReadOnlyAccess</a></td><td>Managed policy</td><td><a href="#" class="detach-policy">Detach</a></td></tr>
<tr><td><input type="checkbox" name="sel"></td><td><a href="/iam/policies/inline/ci-deploy-ecr">ci-deploy-ecr</a></td><td>Inline policy</td><td><a href="#" class="detach-policy">Detach</a></td></tr>
<tr><td><input type="checkbox" name="sel"></td><td><a href="/iam/policies/cwlogs">CloudWatchLogsFullAccess</a></td><td>Managed policy</td><td><a href="#" class="detach-policy">Detach</a></td></tr>
</tbody></table>
<h3>Permissions boundary</h3>
<p class="muted">No boundary set.</p>
<button id="set-boundary" class="btn" type="button">Set boundary</button>
</section>
</main>
<footer>Feedback · Privacy · Terms · © CloudCo</footer>`,
  ),
  v2: page(
    'ci-deployer | IAM',
    `<header class="css-1q2w3e"><a href="/console" class="css-brand9">CloudCo</a>
<input class="css-search7" type="search" aria-label="Search" placeholder="Search [Alt+S]">
<span class="css-global1">Global</span>
<a href="/support">Support</a><button class="css-acct2" type="button">admin@acme ▾</button></header>
<nav class="css-side4" aria-label="IAM"><a href="/iam">IAM dashboard</a>
<p class="css-grp">Access management</p>
<a href="/iam/groups">User groups</a><a href="/iam/users">Users</a><a href="/iam/roles" aria-current="page">Roles</a><a href="/iam/policies">Policies</a><a href="/iam/idp">Identity providers</a>
<p class="css-grp">Access reports</p><a href="/iam/analyzer">Access analyzer</a><a href="/iam/credential-report">Credential report</a></nav>
<main class="css-main0">
<div class="css-titlebar"><h1>ci-deployer</h1><button class="css-btn-danger" data-testid="role-delete" type="button">Delete</button></div>
<section class="css-summary" aria-label="Summary"><div class="grid3">
<div><h4>Creation date</h4><p>January 17, 2023</p></div>
<div><h4>ARN</h4><p>arn:cloud:iam::4821:role/ci-deployer <button aria-label="Copy ARN" type="button">⧉</button></p></div>
<div><h4>Description</h4><p>Assumed by the CI runners to deploy services <a id="edit-description" href="#description">Edit</a></p></div>
<div><h4>Last activity</h4><p>2 hours ago</p></div>
<div><h4>Link to switch roles</h4><p>https://signin.cloudco/switchrole?role=ci-deployer</p></div>
</div></section>
<div role="tablist" class="css-tabs">
<button role="tab" id="permissions-tab" aria-selected="true" type="button">Permissions</button>
<button role="tab" id="trust-tab" type="button">Trust relationships</button>
<button role="tab" id="tags-tab" type="button">Tags</button>
<button role="tab" id="last-accessed-tab" type="button">Last accessed</button>
<button role="tab" id="simulate-tab" type="button">Policy simulator</button>
</div>
<section role="tabpanel" aria-labelledby="permissions-tab">
<div class="css-panelhead"><h2>Permissions policies (3)</h2>
<button class="css-btn" type="button" data-testid="simulate-button">Simulate</button>
<button class="css-btn" type="button" data-testid="remove-selected" disabled>Remove</button>
<details class="css-dropdown"><summary class="css-btn-primary">Add permissions ▾</summary>
<ul role="menu"><li><button role="menuitem" data-testid="add-permissions-attach" type="button">Attach policies</button></li>
<li><button role="menuitem" data-testid="add-permissions-inline" type="button">Create inline policy</button></li></ul></details></div>
<input class="css-filter" type="search" aria-label="Search permissions" placeholder="Search">
<select class="css-typefilter" aria-label="Filter by type"><option>All types</option><option>Managed</option><option>Inline</option></select>
<table class="css-table">
<thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Policy name</th><th>Type</th><th>Attached entities</th><th></th></tr></thead>
<tbody>
<tr><td><input type="checkbox" aria-label="Select ci-deploy-ecr"></td><td><a href="/iam/policies/inline/ci-deploy-ecr">ci-deploy-ecr</a></td><td>Customer inline</td><td>0</td><td><button type="button" aria-label="Remove ci-deploy-ecr" class="css-icon">✕</button></td></tr>
<tr><td><input type="checkbox" aria-label="Select CloudWatchLogsFullAccess"></td><td><a href="/iam/policies/cwlogs">CloudWatchLogsFullAccess</a></td><td>AWS managed</td><td>4</td><td><button type="button" aria-label="Remove CloudWatchLogsFullAccess" class="css-icon">✕</button></td></tr>
<tr><td><input type="checkbox" aria-label="Select AmazonS3ReadOnlyAccess"></td><td><a href="/iam/policies/s3ro">AmazonS3ReadOnlyAccess</a></td><td>AWS managed</td><td>11</td><td><button type="button" aria-label="Remove AmazonS3ReadOnlyAccess" class="css-icon">✕</button></td></tr>
</tbody></table>
</section>
<section class="css-boundary"><h2>Permissions boundary <span class="badge">not set</span></h2>
<p>Set a managed policy to limit the maximum permissions this role can have.</p>
<button class="css-btn" type="button" data-testid="boundary-set">Set permissions boundary</button></section>
</main>
<footer class="css-foot">© CloudCo · Privacy · Terms · Cookie preferences</footer>`,
  ),
  targets: [
    {
      selector: '#attach-policies-btn',
      expect: '[data-testid="add-permissions-attach"]',
      change: 'moved into Add permissions dropdown',
    },
    {
      selector: '#add-inline-policy',
      expect: '[data-testid="add-permissions-inline"]',
      change: 'dropdown item, reworded to Create inline policy',
    },
    {
      selector: '#attached-policies tbody tr:nth-child(3) a.detach-policy',
      expect: 'button[aria-label="Remove CloudWatchLogsFullAccess"]',
      change: 'link became icon button, rows re-sorted',
    },
    {
      selector: 'input[name="policyFilter"]',
      expect: 'input[aria-label="Search permissions"]',
      change: 'name removed, search input with aria-label',
    },
    { selector: '#region-select', expect: null, change: 'region picker removed for global service' },
    {
      selector: '#edit-max-session',
      expect: null,
      change: 'session duration edit gone; description Edit link in summary',
    },
    {
      selector: '.delete-role-btn',
      expect: '[data-testid="role-delete"]',
      change: 'moved to title bar, reworded Delete',
    },
    {
      selector: '#tab-access-advisor',
      expect: '#last-accessed-tab',
      change: 'tab renamed Last accessed, link to button',
    },
  ],
};

const vulnV1 = page(
  'Findings · payments-api · DepScan',
  `<header><a class="logo" href="/">DepScan</a>
<nav class="main-nav"><a href="/projects" class="active">Projects</a><a href="/findings">All findings</a><a href="/policies">Policies</a><a href="/integrations">Integrations</a><a href="/settings">Settings</a></nav>
<a href="/notifications" class="bell" title="Notifications">🔔</a><a href="/me">Priya N.</a></header>
<main>
<p class="crumbs"><a href="/projects">Projects</a> › payments-api</p>
<h1>payments-api <span class="badge">main</span></h1>
<div class="grid3 summary">
<div class="card sev-critical"><strong>1</strong> Critical</div>
<div class="card sev-high"><strong>1</strong> High</div>
<div class="card sev-medium"><strong>2</strong> Medium / Low</div>
</div>
<form class="filters row" id="findings-filters">
<input name="q" type="text" placeholder="Search by CVE or package">
<select id="severity-filter" name="severity"><option>All severities</option><option>Critical</option><option>High</option><option>Medium</option><option>Low</option></select>
<select id="status-filter" name="status"><option selected>Open</option><option>Ignored</option><option>Fixed</option></select>
<label><input type="checkbox" id="fixable-only" name="fixable"> Only fixable</label>
<label><input type="checkbox" id="direct-only" name="direct"> Only direct dependencies</label>
</form>
<div class="row bulk-bar"><button id="bulk-ignore" class="btn" type="button">Ignore selected</button><button id="export-csv" class="btn" type="button">Export CSV</button></div>
<table class="findings-table">
<thead><tr><th></th><th>ID</th><th>Package</th><th>Installed</th><th>Fixed in</th><th>Severity</th><th>Actions</th></tr></thead>
<tbody>
<tr><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2024-1234">CVE-2024-1234</a></td><td>lodash</td><td>4.17.15</td><td>4.17.21</td><td><span class="badge">High</span></td><td><button class="ignore-btn" type="button">Ignore</button> <button class="jira-btn" type="button">Create ticket</button></td></tr>
<tr><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2023-4455">CVE-2023-4455</a></td><td>openssl</td><td>3.0.7</td><td>3.0.12</td><td><span class="badge">Critical</span></td><td><button class="ignore-btn" type="button">Ignore</button> <button class="jira-btn" type="button">Create ticket</button></td></tr>
<tr><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2024-2222">CVE-2024-2222</a></td><td>requests</td><td>2.28.0</td><td>2.31.0</td><td><span class="badge">Medium</span></td><td><button class="ignore-btn" type="button">Ignore</button> <button class="jira-btn" type="button">Create ticket</button></td></tr>
<tr><td><input type="checkbox" name="finding"></td><td><a href="/vuln/GHSA-vh95-rmgr-6w4m">GHSA-vh95-rmgr-6w4m</a></td><td>minimist</td><td>1.2.5</td><td>—</td><td><span class="badge">Low</span></td><td><button class="ignore-btn" type="button">Ignore</button> <button class="jira-btn" type="button">Create ticket</button></td></tr>
</tbody></table>
<div class="pagination row"><a class="page-prev" href="?page=0">Previous</a><span>Page 1 of 3</span><a class="page-next" href="?page=2">Next</a></div>
</main>
<footer>DepScan · <a href="/docs">Docs</a> · <a href="/changelog">Changelog</a></footer>`,
);

const pair03: PagePair = {
  name: 'dependency-vuln-findings-b24',
  v1: vulnV1,
  v2: edit(vulnV1, [
    [
      '<input name="q" type="text" placeholder="Search by CVE or package">',
      '<input name="search" type="search" placeholder="Search vulnerabilities, packages, CWEs">',
    ],
    [
      '<select id="severity-filter" name="severity"><option>All severities</option><option>Critical</option><option>High</option><option>Medium</option><option>Low</option></select>',
      '<fieldset id="severity-chips" class="chips"><legend>Severity</legend><label><input type="radio" name="sev" value="critical"> Critical</label><label><input type="radio" name="sev" value="high"> High</label><label><input type="radio" name="sev" value="medium"> Medium</label><label><input type="radio" name="sev" value="low"> Low</label></fieldset>',
    ],
    [
      '<label><input type="checkbox" id="fixable-only" name="fixable"> Only fixable</label>',
      '<label class="toggle"><input type="checkbox" id="has-fix" name="hasFix"> Has a fix available</label>',
    ],
    ['<label><input type="checkbox" id="direct-only" name="direct"> Only direct dependencies</label>\n', ''],
    [
      '<button id="bulk-ignore" class="btn" type="button">Ignore selected</button><button id="export-csv" class="btn" type="button">Export CSV</button>',
      '<button id="bulk-dismiss" class="btn" type="button">Dismiss selected</button><button id="export-sbom" class="btn" type="button">Export SBOM</button>',
    ],
    [
      '<tbody>\n<tr><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2024-1234">CVE-2024-1234</a></td><td>lodash</td><td>4.17.15</td><td>4.17.21</td><td><span class="badge">High</span></td><td><button class="ignore-btn" type="button">Ignore</button> <button class="jira-btn" type="button">Create ticket</button></td></tr>\n<tr><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2023-4455">CVE-2023-4455</a></td><td>openssl</td><td>3.0.7</td><td>3.0.12</td><td><span class="badge">Critical</span></td><td><button class="ignore-btn" type="button">Ignore</button> <button class="jira-btn" type="button">Create ticket</button></td></tr>',
      '<tbody>\n<tr data-finding="CVE-2023-4455"><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2023-4455">CVE-2023-4455</a></td><td>openssl</td><td>3.0.7</td><td>3.0.12</td><td><span class="badge">Critical</span></td><td><button class="ignore-btn" type="button">Dismiss</button> <button class="jira-btn" type="button">Open issue</button></td></tr>\n<tr data-finding="CVE-2024-1234"><td><input type="checkbox" name="finding"></td><td><a href="/vuln/CVE-2024-1234">CVE-2024-1234</a></td><td>lodash</td><td>4.17.15</td><td>4.17.21</td><td><span class="badge">High</span></td><td><button class="ignore-btn" type="button">Dismiss</button> <button class="jira-btn" type="button">Open issue</button></td></tr>',
    ],
    [
      '<a class="page-prev" href="?page=0">Previous</a><span>Page 1 of 3</span><a class="page-next" href="?page=2">Next</a>',
      '<a rel="prev" href="?page=0" aria-label="Previous page">‹</a><a href="?page=1" aria-current="page">1</a><a href="?page=2">2</a><a href="?page=3">3</a><a rel="next" href="?page=2" aria-label="Next page">›</a>',
    ],
  ]),
  targets: [
    { selector: 'input[name="q"]', expect: 'input[name="search"]', change: 'renamed, placeholder reworded' },
    { selector: '#severity-filter', expect: '#severity-chips', change: 'select became radio chip group' },
    { selector: '#fixable-only', expect: '#has-fix', change: 'id and label reworded, toggle style' },
    { selector: '#direct-only', expect: null, change: 'direct-dependency filter removed' },
    { selector: '#export-csv', expect: null, change: 'CSV export gone; Export SBOM button in its slot' },
    { selector: '#bulk-ignore', expect: '#bulk-dismiss', change: 'Ignore reworded to Dismiss' },
    {
      selector: '.findings-table tbody tr:nth-child(2) .jira-btn',
      expect: 'tr[data-finding="CVE-2023-4455"] .jira-btn',
      change: 'rows sorted by severity, reworded Open issue',
    },
    { selector: 'a.page-next', expect: 'a[rel="next"]', change: 'text link became chevron with aria-label' },
  ],
};

const pair04: PagePair = {
  name: 'siem-detection-rule-b24',
  v1: page(
    'Edit rule · Detections · Sentrel SIEM',
    `<header><a class="brand" href="/">Sentrel</a>
<nav id="app-nav"><a href="/search">Search</a><a href="/alerts">Alerts <span class="badge">42</span></a><a href="/detections" class="current">Detections</a><a href="/dashboards">Dashboards</a><a href="/settings">Settings</a></nav>
<input type="search" id="quick-search" placeholder="Jump to…"><a href="/profile">s.okafor</a></header>
<main>
<aside class="rule-history"><h3>History</h3><ul>
<li>Edited by s.okafor · 3 days ago</li><li>Enabled by m.reyes · 2 weeks ago</li><li>Created by m.reyes · 1 month ago</li></ul>
<a href="/detections/1182/history">View full history</a></aside>
<p><a href="/detections" class="back-link">← Back to rules</a></p>
<h1>Edit rule: Impossible travel login</h1>
<form id="rule-form">
<label for="rule-name">Rule name</label><input id="rule-name" name="name" value="Impossible travel login">
<label for="rule-desc">Description</label><textarea id="rule-desc" name="description">Successful logins from two countries within 60 minutes.</textarea>
<label for="severity">Severity</label><select id="severity" name="severity"><option>Low</option><option>Medium</option><option selected>High</option><option>Critical</option></select>
<label for="risk-score">Risk score (0–100)</label><input id="risk-score" name="risk" type="number" value="73">
<label for="rule-query">Query</label><textarea id="rule-query" class="code" name="query">event.category:authentication and event.outcome:success</textarea>
<label for="indices">Index patterns</label><input id="indices" name="indices" value="logs-okta-*, logs-azuread-*">
<label for="interval">Run every</label>
<div class="row"><input id="interval" name="interval" type="number" value="5"><select id="interval-unit" name="intervalUnit"><option>seconds</option><option selected>minutes</option><option>hours</option></select></div>
<label for="lookback">Additional look-back time (minutes)</label><input id="lookback" name="lookback" type="number" value="1">
<label for="mitre-tactic">MITRE ATT&amp;CK tactic</label><select id="mitre-tactic" name="tactic"><option>Initial Access</option><option selected>Credential Access</option><option>Lateral Movement</option></select>
<fieldset><legend>Response</legend>
<label><input type="checkbox" id="notify-slack" name="slack" checked> Send to #soc-alerts Slack channel</label>
<label><input type="checkbox" id="create-case" name="case"> Create case automatically</label>
</fieldset>
<div class="row"><button id="preview-btn" class="btn" type="button">Preview results</button>
<button class="btn save-btn" type="submit">Save rule</button>
<button id="save-enable" class="btn primary" type="submit" name="enable" value="1">Save and enable</button>
<a href="/detections" class="cancel">Cancel</a></div>
</form>
</main>
<footer>Sentrel SIEM 8.4 · <a href="/help">Help</a></footer>`,
  ),
  v2: page(
    'Impossible travel login – Edit – Sentrel',
    `<header class="shell__bar"><a class="shell__logo" href="/" aria-label="Sentrel home">◆</a>
<ol class="shell__crumbs"><li><a href="/security">Security</a></li><li><a href="/detections">Rules</a></li><li>Impossible travel login</li></ol>
<input class="shell__search" type="search" placeholder="Find apps, content, and more"><button class="shell__help" aria-label="Help menu" type="button">?</button><button class="shell__user" aria-label="User menu" type="button">SO</button></header>
<nav class="secnav"><a href="/security/overview">Overview</a><a href="/security/alerts">Alerts</a><a href="/detections" aria-current="page">Rules</a><a href="/security/cases">Cases</a><a href="/security/explore">Explore</a><a href="/security/intel">Intelligence</a></nav>
<main class="rulePage">
<div class="rulePage__head"><h1>Edit rule settings</h1><a href="/detections/1182" class="rulePage__back">Back to rule details</a></div>
<ol class="stepper"><li class="stepper__step is-current">Definition</li><li class="stepper__step">About</li><li class="stepper__step">Schedule</li><li class="stepper__step">Actions</li></ol>
<section class="stepPanel" id="step-define"><h2>Define rule</h2>
<p>Source: <label><input type="radio" name="source" checked> Index patterns</label> <label><input type="radio" name="source"> Data view</label></p>
<label>Index patterns<input data-test-subj="indexPatternsInput" value="logs-okta-*, logs-azuread-*"></label>
<label>Custom query (KQL)<textarea data-test-subj="queryEditor">event.category:authentication and event.outcome:success</textarea></label>
<button data-test-subj="importQueryButton" class="link" type="button">Import query from saved timeline</button>
<button data-test-subj="previewRuleButton" class="euiButton" type="button">Preview query</button>
</section>
<section class="stepPanel" id="step-about"><h2>About rule</h2>
<label>Name<input data-test-subj="ruleNameInput" value="Impossible travel login"></label>
<label>Description<textarea data-test-subj="ruleDescriptionInput">Successful logins from two countries within 60 minutes.</textarea></label>
<fieldset data-test-subj="severityGroup"><legend>Default severity</legend>
<label><input type="radio" name="sev" value="low"> Low</label><label><input type="radio" name="sev" value="medium"> Medium</label><label><input type="radio" name="sev" value="high" checked> High</label><label><input type="radio" name="sev" value="critical"> Critical</label></fieldset>
<label>Default risk score<input type="range" name="riskScore" min="0" max="100" value="73"></label>
<label>MITRE ATT&amp;CK threats<select data-test-subj="mitreTactic"><option>Initial Access</option><option selected>Credential Access</option><option>Lateral Movement</option></select></label>
<label>Tags<input data-test-subj="ruleTags" placeholder="Add tags"></label>
</section>
<section class="stepPanel" id="step-schedule"><h2>Schedule rule</h2>
<label>Runs every<input name="schedule.interval" value="5m"></label>
<label>Additional look-back time<input name="schedule.lookback" value="1m"></label>
</section>
<section class="stepPanel" id="step-actions"><h2>Rule actions</h2>
<label class="toggle"><input type="checkbox" data-test-subj="createCaseToggle"> Create case automatically</label>
<p class="muted">No connectors attached.</p>
<button data-test-subj="addActionButton" class="euiButton" type="button">Add action</button>
</section>
<div class="bottomBar"><a href="/detections/1182" class="bottomBar__cancel">Cancel</a>
<button data-test-subj="saveButton" class="euiButton" type="button">Save as draft</button>
<button data-test-subj="saveAndEnableButton" class="euiButton euiButton--fill" type="button">Save and activate</button></div>
</main>`,
  ),
  targets: [
    {
      selector: '#rule-name',
      expect: '[data-test-subj="ruleNameInput"]',
      change: 'moved to About section, data-test-subj',
    },
    {
      selector: '#severity',
      expect: '[data-test-subj="severityGroup"]',
      change: 'select became radio group',
    },
    {
      selector: '#rule-query',
      expect: '[data-test-subj="queryEditor"]',
      change: 'relabelled Custom query (KQL), moved to Definition step',
    },
    { selector: '#interval-unit', expect: null, change: 'unit select merged into a single duration field' },
    {
      selector: 'input[name="risk"]',
      expect: 'input[name="riskScore"]',
      change: 'number input became range slider',
    },
    {
      selector: '#notify-slack',
      expect: null,
      change: 'hard-coded Slack checkbox replaced by generic Add action',
    },
    {
      selector: '#preview-btn',
      expect: '[data-test-subj="previewRuleButton"]',
      change: 'reworded Preview query, moved into definition panel',
    },
    {
      selector: '#save-enable',
      expect: '[data-test-subj="saveAndEnableButton"]',
      change: 'reworded Save and activate, bottom bar',
    },
  ],
};

const wafV1 = page(
  'storefront-prod · Web ACLs · Shieldwall WAF',
  `<header><a href="/" class="brand">Shieldwall</a>
<nav class="waf-nav"><a href="/waf">Overview</a><a href="/waf/acls" class="active">Web ACLs</a><a href="/waf/ipsets">IP sets</a><a href="/waf/bots">Bot control</a><a href="/waf/logs">Logs</a></nav>
<span class="muted">Account 7731</span><a href="/logout">Sign out</a></header>
<main>
<p class="crumbs"><a href="/waf/acls">Web ACLs</a> › storefront-prod</p>
<h1>Web ACL: storefront-prod</h1>
<p class="muted">Associated with: cdn-storefront, alb-checkout</p>
<section class="default-action card"><h2>Default action</h2>
<label><input type="radio" name="defaultAction" value="allow" checked> Allow</label>
<label><input type="radio" name="defaultAction" value="block"> Block</label>
<p class="muted">Applied to requests that match no rule.</p></section>
<section class="rules"><h2>Rules (4)</h2>
<div class="row rule-toolbar"><button id="add-managed" class="btn" type="button">Add managed rule group</button><button id="add-custom" class="btn" type="button">Add my own rule</button><button id="reorder-btn" class="btn" type="button">Reorder</button></div>
<table id="rules-table">
<thead><tr><th>Priority</th><th>Name</th><th>Type</th><th>Action</th><th>Enabled</th><th></th></tr></thead>
<tbody>
<tr><td>1</td><td>CoreRuleSet</td><td>Managed</td><td><select name="action"><option selected>Block</option><option>Count</option></select></td><td><input type="checkbox" checked></td><td><a href="/waf/acls/sf/rules/1">Edit</a></td></tr>
<tr><td>2</td><td>SQLiRuleSet</td><td>Managed</td><td><select name="action"><option selected>Block</option><option>Count</option></select></td><td><input type="checkbox" checked></td><td><a href="/waf/acls/sf/rules/2">Edit</a></td></tr>
<tr><td>3</td><td>RateLimit-Login</td><td>Rate-based (300 / 5 min)</td><td><select name="action"><option>Block</option><option selected>CAPTCHA</option><option>Count</option></select></td><td><input type="checkbox" checked></td><td><a href="/waf/acls/sf/rules/3">Edit</a></td></tr>
<tr><td>4</td><td>GeoBlock-Sanctioned</td><td>Custom</td><td><select name="action"><option selected>Block</option><option>Count</option></select></td><td><input type="checkbox"></td><td><a href="/waf/acls/sf/rules/4">Edit</a></td></tr>
</tbody></table></section>
<section class="captcha card"><h2>CAPTCHA and challenge</h2>
<label for="captcha-immunity">CAPTCHA immunity time (seconds)</label><input id="captcha-immunity" name="captchaImmunity" type="number" value="300"></section>
<section class="samples"><h2>Sampled requests</h2>
<div class="row"><select id="sample-range" name="range"><option>Last 3 hours</option><option>Last 24 hours</option></select><button class="btn refresh-samples" type="button">Refresh</button></div>
<p class="samples-summary">1,204 sampled requests · 38 blocked by SQLiRuleSet · 112 challenged by RateLimit-Login</p></section>
<div class="row"><button id="save-acl" class="btn primary" type="button">Save web ACL</button><a href="/waf/acls">Cancel</a></div>
</main>
<footer>Shieldwall WAF · Pricing · Docs</footer>`,
);

const pair05: PagePair = {
  name: 'waf-managed-rules-b24',
  v1: wafV1,
  v2: edit(wafV1, [
    [
      '<label><input type="radio" name="defaultAction" value="allow" checked> Allow</label>\n<label><input type="radio" name="defaultAction" value="block"> Block</label>',
      '<label><input type="radio" name="default_action" value="ALLOW" checked> Allow all requests</label>\n<label><input type="radio" name="default_action" value="BLOCK"> Block all requests</label>',
    ],
    [
      '<h2>Rules (4)</h2>',
      '<h2>Rules (5)</h2><p class="muted">Drag rules to change the evaluation order.</p>',
    ],
    [
      '<button id="add-managed" class="btn" type="button">Add managed rule group</button><button id="add-custom" class="btn" type="button">Add my own rule</button><button id="reorder-btn" class="btn" type="button">Reorder</button>',
      '<button id="add-managed" class="btn" type="button">Add managed rule groups</button><button id="create-rule" class="btn" type="button">Create custom rule</button><button id="test-rule-btn" class="btn" type="button">Test rules</button>',
    ],
    [
      '<tbody>\n<tr><td>1</td><td>CoreRuleSet</td>',
      '<tbody>\n<tr data-rule="IpReputationList"><td><span class="drag" aria-hidden="true">⠿</span> 0</td><td>IpReputationList</td><td>Managed</td><td><select name="action"><option selected>Block</option><option>Count</option></select></td><td><input type="checkbox" checked></td><td><a href="/waf/acls/sf/rules/0">Edit</a></td></tr>\n<tr data-rule="CoreRuleSet"><td>1</td><td>CoreRuleSet</td>',
    ],
    [
      '<tr><td>3</td><td>RateLimit-Login</td>',
      '<tr data-rule="RateLimit-Login"><td>3</td><td>RateLimit-Login</td>',
    ],
    [
      '<label for="captcha-immunity">CAPTCHA immunity time (seconds)</label><input id="captcha-immunity" name="captchaImmunity" type="number" value="300">',
      '<label for="challenge-immunity-seconds">Challenge immunity time (seconds)</label><input id="challenge-immunity-seconds" name="immunityTime" type="number" value="300">',
    ],
    [
      '<div class="row"><select id="sample-range" name="range"><option>Last 3 hours</option><option>Last 24 hours</option></select><button class="btn refresh-samples" type="button">Refresh</button></div>',
      '<div class="row"><span class="muted">Showing a sample from the last 3 hours</span><button class="icon-btn refresh" type="button" aria-label="Refresh sampled requests">⟳</button></div>',
    ],
    [
      '<button id="save-acl" class="btn primary" type="button">Save web ACL</button>',
      '<button class="btn primary" data-action="save" type="button">Save changes</button>',
    ],
  ]),
  targets: [
    {
      selector: 'input[name="defaultAction"][value="block"]',
      expect: 'input[name="default_action"][value="BLOCK"]',
      change: 'name and value renamed, label reworded',
    },
    { selector: '#add-custom', expect: '#create-rule', change: 'id renamed, reworded Create custom rule' },
    {
      selector: '#reorder-btn',
      expect: null,
      change: 'reorder replaced by drag handles; Test rules button in its slot',
    },
    {
      selector: '#rules-table tbody tr:nth-child(3) select',
      expect: 'tr[data-rule="RateLimit-Login"] select',
      change: 'new rule inserted at top shifts rows',
    },
    { selector: '#sample-range', expect: null, change: 'time range picker removed' },
    {
      selector: '.refresh-samples',
      expect: 'button[aria-label="Refresh sampled requests"]',
      change: 'text button became icon button',
    },
    {
      selector: '#captcha-immunity',
      expect: '#challenge-immunity-seconds',
      change: 'id, name and label renamed',
    },
    {
      selector: '#save-acl',
      expect: 'button[data-action="save"]',
      change: 'id removed, reworded Save changes',
    },
  ],
};

const pair06: PagePair = {
  name: 'terraform-plan-review-b24',
  v1: page(
    'run-8fKq2 · infra-prod · Runs',
    `<header><a class="brand" href="/app">Stratus IaC</a>
<select id="org-select" name="org"><option selected>acme-platform</option><option>acme-sandbox</option></select>
<nav class="top-links"><a href="/app/workspaces" class="active">Workspaces</a><a href="/app/registry">Registry</a><a href="/app/settings">Settings</a></nav>
<a href="/app/user">tmorgan</a></header>
<main>
<h2 class="ws-name">infra-prod</h2>
<ul class="ws-tabs tabs"><li><a href="/ws/infra-prod">Overview</a></li><li class="active"><a href="/ws/infra-prod/runs">Runs</a></li><li><a href="/ws/infra-prod/states">States</a></li><li><a href="/ws/infra-prod/vars">Variables</a></li><li><a href="/ws/infra-prod/settings">Settings</a></li></ul>
<h1>Run run-8fKq2 <small>Triggered via VCS</small></h1>
<p><span class="run-status badge">Needs confirmation</span> · commit <a href="https://git.example/acme/infra/commit/4be1">4be1c09</a> by dlee</p>
<ol class="run-timeline">
<li class="done">Plan finished — 14s</li>
<li class="done">Cost estimation finished</li>
<li class="warn">Policy check soft failed</li>
<li class="pending">Apply pending</li>
</ol>
<section class="plan card"><h3>Plan</h3>
<p class="plan-summary"><span class="plan-add">+3 to add</span>, <span class="plan-change">~1 to change</span>, <span class="plan-destroy">-2 to destroy</span></p>
<input id="resource-filter" type="text" placeholder="Filter resources">
<ul class="resource-changes">
<li>+ <a href="#r1">aws_s3_bucket.logs</a></li>
<li>~ <a href="#r2">aws_iam_role.app</a></li>
<li>- <a href="#r3">aws_instance.legacy</a></li>
<li>+ <a href="#r4">aws_s3_bucket_policy.logs</a></li>
<li>- <a href="#r5">aws_eip.legacy</a></li>
<li>+ <a href="#r6">aws_cloudwatch_log_group.app</a></li>
</ul>
<a class="download-log" href="/runs/run-8fKq2/plan/log.txt">Download raw log</a> · <a class="download-mocks" href="/runs/run-8fKq2/mocks.tar.gz">Download Sentinel mocks</a></section>
<section class="cost card"><h3>Cost estimation</h3><p>+$12.40 / month</p><a id="cost-details" href="/runs/run-8fKq2/cost">View cost details</a></section>
<section class="policy card"><h3>Policy check</h3><p>1 advisory, 1 soft-mandatory failed: <code>restrict-instance-types</code></p>
<button id="override-policy" class="btn" type="button">Override &amp; Continue</button></section>
<section class="apply card"><h3>Needs Confirmation</h3>
<label for="apply-comment">Comment</label><textarea id="apply-comment" name="comment"></textarea>
<div class="row"><button id="confirm-apply" class="btn primary" type="button">Confirm &amp; Apply</button><button id="discard-run" class="btn" type="button">Discard Run</button><button id="add-comment" class="btn" type="button">Add Comment</button></div></section>
</main>
<footer>Stratus IaC · Status · Docs · Support</footer>`,
  ),
  v2: page(
    'infra-prod run-8fKq2 | Stratus',
    `<div class="_app_1xk2"><nav class="_rail_8d0" aria-label="Main"><a href="/app" aria-label="Home">▲</a>
<button class="_orgswitch_q1" type="button" aria-haspopup="menu">acme-platform</button>
<a href="/app/projects">Projects &amp; workspaces</a><a href="/app/registry">Registry</a><a href="/app/usage">Usage</a><a href="/app/settings">Settings</a></nav>
<div class="_content_3f">
<div class="_crumbs_7">acme-platform / infra-prod / Runs / run-8fKq2</div>
<div class="_runhead_k2"><h1>Triggered via VCS</h1><span class="_badge_warn" data-testid="run-status">Needs confirmation</span>
<p class="_meta_9">run-8fKq2 · dlee triggered from <a href="https://git.example/acme/infra/commit/4be1">4be1c09</a></p></div>
<section class="_panel_2" aria-label="Plan"><h2>Plan finished <small>14s</small></h2>
<div class="_chips_4"><span data-testid="summary-add">3 to add</span><span data-testid="summary-change">1 to change</span><span data-testid="summary-destroy">2 to destroy</span><span data-testid="summary-import">0 to import</span></div>
<div role="tablist" class="_filter_6"><button role="tab" aria-selected="true" type="button">All</button><button role="tab" type="button">Create</button><button role="tab" type="button">Update</button><button role="tab" type="button">Delete</button></div>
<input aria-label="Search resources" type="search" placeholder="Search by address">
<table class="_restable_5"><thead><tr><th>Action</th><th>Resource address</th></tr></thead><tbody>
<tr data-address="aws_instance.legacy"><td>Delete</td><td><a href="#r3">aws_instance.legacy</a></td></tr>
<tr data-address="aws_eip.legacy"><td>Delete</td><td><a href="#r5">aws_eip.legacy</a></td></tr>
<tr data-address="aws_iam_role.app"><td>Update</td><td><a href="#r2">aws_iam_role.app</a></td></tr>
<tr data-address="aws_s3_bucket.logs"><td>Create</td><td><a href="#r1">aws_s3_bucket.logs</a></td></tr>
<tr data-address="aws_s3_bucket_policy.logs"><td>Create</td><td><a href="#r4">aws_s3_bucket_policy.logs</a></td></tr>
<tr data-address="aws_cloudwatch_log_group.app"><td>Create</td><td><a href="#r6">aws_cloudwatch_log_group.app</a></td></tr>
</tbody></table>
<div class="_links_1"><a href="/runs/run-8fKq2/plan/log.txt" class="_lnk">View raw log</a><a href="/runs/run-8fKq2/plan/json" class="_lnk">View structured run output</a><a href="/runs/run-8fKq2/mocks.tar.gz" class="_lnk">Download Sentinel mocks</a></div></section>
<section class="_panel_2" aria-label="Policies"><h2>OPA policies: 1 failed</h2>
<p><code>restrict-instance-types</code> (mandatory: soft)</p>
<button data-testid="policy-override" class="_btn_sec" type="button">Override and continue</button></section>
<section class="_panel_2 _applybox" aria-label="Apply"><h2>Apply pending</h2>
<label>Comment (optional)<textarea name="comment" class="_ta_1"></textarea></label>
<div class="_actions_8"><button data-testid="confirm-apply-button" class="_btn_primary" type="button">Confirm &amp; apply</button><button data-testid="discard-run-button" class="_btn_sec" type="button">Discard run</button></div></section>
</div></div>`,
  ),
  targets: [
    {
      selector: '.plan-destroy',
      expect: '[data-testid="summary-destroy"]',
      change: 'summary text became chips with data-testid',
    },
    {
      selector: 'ul.resource-changes li:nth-child(3) a',
      expect: 'tr[data-address="aws_instance.legacy"] a',
      change: 'list became table sorted by action',
    },
    {
      selector: 'a.download-log',
      expect: 'a[href$="/plan/log.txt"]',
      change: 'class removed, reworded View raw log',
    },
    {
      selector: '#cost-details',
      expect: null,
      change: 'cost estimation removed; structured output link nearby',
    },
    {
      selector: '#override-policy',
      expect: '[data-testid="policy-override"]',
      change: 'Sentinel section became OPA policies, reworded',
    },
    {
      selector: '#apply-comment',
      expect: 'textarea[name="comment"]',
      change: 'id dropped, label Comment (optional)',
    },
    {
      selector: '#confirm-apply',
      expect: '[data-testid="confirm-apply-button"]',
      change: 'id replaced by data-testid, casing changed',
    },
    { selector: '#add-comment', expect: null, change: 'standalone Add Comment button removed' },
  ],
};

const lbV1 = page(
  'alb-checkout · Load balancers',
  `<header><a class="brand" href="/console">CloudCo</a><nav class="svc-nav"><a href="/ec2">Instances</a><a href="/ec2/lb" class="active">Load balancers</a><a href="/ec2/tg">Target groups</a><a href="/ec2/asg">Auto scaling</a></nav><span class="region">eu-west-1</span><a href="/account">ops-admin</a></header>
<main>
<p class="crumbs"><a href="/ec2/lb">Load balancers</a> › alb-checkout</p>
<h1>alb-checkout</h1>
<table class="lb-details">
<tr><th>DNS name</th><td>alb-checkout-1183.eu-west-1.elb.cloudco.net <button id="copy-dns" class="btn small" type="button">Copy</button></td></tr>
<tr><th>Scheme</th><td>internet-facing</td></tr>
<tr><th>VPC</th><td><a href="/vpc/vpc-0a1b">vpc-0a1b (prod)</a></td></tr>
<tr><th>State</th><td><span class="badge">Active</span></td></tr>
</table>
<ul class="tabs"><li class="active"><a href="#listeners">Listeners</a></li><li><a href="#tgs">Target groups</a></li><li><a href="#monitoring">Monitoring</a></li><li><a href="#attributes">Attributes</a></li><li><a href="#tags">Tags</a></li></ul>
<section id="listeners-section">
<div class="row"><button id="add-listener" class="btn" type="button">Add listener</button><button id="edit-listener" class="btn" type="button">Edit</button><button id="delete-listener" class="btn" type="button">Delete</button></div>
<table id="listeners">
<thead><tr><th></th><th>Protocol : Port</th><th>Default action</th><th>SSL certificate</th><th>Rules</th></tr></thead>
<tbody>
<tr><td><input type="radio" name="listener"></td><td>HTTP : 80</td><td>Redirect to HTTPS:443</td><td>—</td><td><a class="rules-link" href="/ec2/lb/alb-checkout/l/80/rules">View/edit rules</a></td></tr>
<tr><td><input type="radio" name="listener"></td><td>HTTPS : 443</td><td>Forward to tg-checkout</td><td>checkout.acme.com</td><td><a class="rules-link" href="/ec2/lb/alb-checkout/l/443/rules">View/edit rules</a></td></tr>
<tr><td><input type="radio" name="listener"></td><td>HTTPS : 8443</td><td>Forward to tg-admin</td><td>admin.acme.com</td><td><a class="rules-link" href="/ec2/lb/alb-checkout/l/8443/rules">View/edit rules</a></td></tr>
</tbody></table>
</section>
<section class="card"><h2>Health check: tg-checkout</h2>
<form id="health-check">
<label for="hc-path">Path</label><input id="hc-path" name="hcPath" value="/healthz">
<label for="hc-port">Port</label><select id="hc-port" name="hcPort"><option selected>traffic port</option><option>override</option></select>
<label for="hc-healthy">Healthy threshold</label><input id="hc-healthy" name="healthy" type="number" value="3">
<label for="hc-unhealthy">Unhealthy threshold</label><input id="hc-unhealthy" name="unhealthy" type="number" value="2">
<label for="hc-timeout">Timeout (seconds)</label><input id="hc-timeout" name="timeout" type="number" value="5">
<label for="hc-interval">Interval (seconds)</label><input id="hc-interval" name="interval" type="number" value="30">
<label for="hc-matcher">Success codes</label><input id="hc-matcher" name="matcher" value="200-299">
<button class="btn primary" type="submit">Save health check</button>
</form></section>
<section class="card"><h2>Attributes</h2>
<label><input type="checkbox" id="deletion-protection" name="deletionProtection" checked> Deletion protection</label>
<label for="idle-timeout">Idle timeout (seconds)</label><input id="idle-timeout" name="idleTimeout" type="number" value="60">
</section>
</main>
<footer>© CloudCo · Privacy · Terms</footer>`,
);

const pair07: PagePair = {
  name: 'load-balancer-listeners-b24',
  v1: lbV1,
  v2: edit(lbV1, [
    [
      'alb-checkout-1183.eu-west-1.elb.cloudco.net <button id="copy-dns" class="btn small" type="button">Copy</button>',
      'alb-checkout-1183.eu-west-1.elb.cloudco.net <button class="copy-icon" type="button" aria-label="Copy DNS name">⧉</button>',
    ],
    [
      '<div class="row"><button id="add-listener" class="btn" type="button">Add listener</button><button id="edit-listener" class="btn" type="button">Edit</button><button id="delete-listener" class="btn" type="button">Delete</button></div>',
      '<div class="row section-head"><h2>Listeners and rules (3)</h2><button class="btn" id="manage-rules" type="button">Manage rules</button><details class="actions-menu"><summary class="btn">Actions ▾</summary><button id="listener-edit-item" type="button">Edit listener</button><button id="listener-delete-item" type="button">Delete listener</button></details><button class="btn primary" id="listener-create" type="button">Create listener</button></div>',
    ],
    [
      '<tr><td><input type="radio" name="listener"></td><td>HTTPS : 8443</td><td>Forward to tg-admin</td><td>admin.acme.com</td><td><a class="rules-link" href="/ec2/lb/alb-checkout/l/8443/rules">View/edit rules</a></td></tr>',
      '<tr><td><input type="radio" name="listener"></td><td>HTTPS : 9443</td><td>Forward to tg-partners</td><td>partners.acme.com</td><td><a class="rules-link" href="/ec2/lb/alb-checkout/l/9443/rules">View/edit rules</a></td></tr>',
    ],
    [
      '<label for="hc-path">Path</label><input id="hc-path" name="hcPath" value="/healthz">',
      '<label for="hc-path">Health check path</label><input id="hc-path-field" name="healthCheckPath" value="/healthz">',
    ],
    [
      '<label for="hc-timeout">Timeout (seconds)</label><input id="hc-timeout" name="timeout" type="number" value="5">\n',
      '',
    ],
    [
      '<label for="hc-matcher">Success codes</label><input id="hc-matcher" name="matcher" value="200-299">',
      '<label for="success-codes">Success codes (HTTP)</label><input id="success-codes" name="successCodes" value="200-299">',
    ],
    [
      '<label><input type="checkbox" id="deletion-protection" name="deletionProtection" checked> Deletion protection</label>',
      '<label class="switch"><input type="checkbox" role="switch" name="deletion_protection.enabled" checked> Protect against accidental deletion</label>',
    ],
  ]),
  targets: [
    {
      selector: '#copy-dns',
      expect: 'button[aria-label="Copy DNS name"]',
      change: 'text button became icon with aria-label',
    },
    {
      selector: 'a[href="/ec2/lb/alb-checkout/l/8443/rules"]',
      expect: null,
      change: '8443 listener removed; new 9443 listener row in same position',
    },
    {
      selector: '#add-listener',
      expect: '#listener-create',
      change: 'reworded Create listener, moved right',
    },
    { selector: '#delete-listener', expect: '#listener-delete-item', change: 'moved into Actions menu' },
    {
      selector: 'input[name="hcPath"]',
      expect: 'input[name="healthCheckPath"]',
      change: 'id and name renamed, label reworded',
    },
    { selector: '#hc-timeout', expect: null, change: 'timeout field removed' },
    { selector: '#hc-matcher', expect: '#success-codes', change: 'id and name renamed' },
    {
      selector: '#deletion-protection',
      expect: 'input[name="deletion_protection.enabled"]',
      change: 'checkbox became switch, label reworded',
    },
  ],
};

const pair08: PagePair = {
  name: 'dbt-model-docs-b24',
  v1: page(
    'fct_orders · analytics docs',
    `<header><a class="brand" href="/docs">Transform Docs</a>
<select id="project-picker" name="project"><option selected>analytics</option><option>finance_marts</option></select>
<input id="docs-search" type="search" placeholder="Search models, sources, macros"><a href="/help">Help</a></header>
<div class="sidebar"><h4>Project</h4><ul class="tree">
<li>Sources<ul><li><a href="/docs/source/shop.orders">shop.orders</a></li><li><a href="/docs/source/shop.customers">shop.customers</a></li></ul></li>
<li>staging<ul><li><a href="/docs/model/stg_orders">stg_orders</a></li><li><a href="/docs/model/stg_customers">stg_customers</a></li></ul></li>
<li>marts<ul><li class="active"><a href="/docs/model/fct_orders">fct_orders</a></li><li><a href="/docs/model/dim_customers">dim_customers</a></li></ul></li>
</ul></div>
<main>
<h1>fct_orders <span class="badge">table</span> <span class="badge">incremental</span></h1>
<dl class="model-meta"><dt>Owner</dt><dd><a class="owner-email" href="mailto:data-eng@acme.com">data-eng@acme.com</a></dd><dt>Schema</dt><dd>analytics.marts</dd><dt>Tags</dt><dd>finance, daily</dd></dl>
<div class="row model-actions"><button id="lineage-btn" class="btn" type="button">View lineage</button><button id="run-model" class="btn" type="button">Run model</button><a class="btn ide-link" href="/ide?file=models/marts/fct_orders.sql">Open in IDE</a></div>
<h2>Description</h2>
<p>One row per order with revenue, status and customer keys.</p>
<h2>Columns</h2>
<input name="columnSearch" type="text" placeholder="Search columns">
<table id="columns-table">
<thead><tr><th>Column</th><th>Type</th><th>Description</th><th>Tests</th></tr></thead>
<tbody>
<tr><td><a href="#col-order_id">order_id</a></td><td>varchar</td><td>Primary key</td><td class="tests">unique, not_null</td></tr>
<tr><td><a href="#col-customer_id">customer_id</a></td><td>varchar</td><td>FK to dim_customers</td><td class="tests">relationships</td></tr>
<tr><td><a href="#col-order_total">order_total</a></td><td>numeric</td><td>Gross amount in EUR</td><td class="tests">not_null</td></tr>
<tr><td><a href="#col-ordered_at">ordered_at</a></td><td>timestamp</td><td>UTC order time</td><td class="tests"></td></tr>
<tr><td><a href="#col-status">status</a></td><td>varchar</td><td>placed, shipped, returned</td><td class="tests">accepted_values</td></tr>
</tbody></table>
<h2>Code</h2>
<ul class="tabs code-tabs"><li class="active"><a id="tab-source" href="#source">Source</a></li><li><a id="tab-compiled" href="#compiled">Compiled</a></li></ul>
<pre class="code">select o.order_id, o.customer_id, ... from {{ ref('stg_orders') }} o</pre>
<button class="btn copy-code" type="button">Copy to clipboard</button>
<div class="grid"><div><h3>Depends on</h3><ul class="depends-on"><li><a href="/docs/model/stg_orders">stg_orders</a></li><li><a href="/docs/model/stg_customers">stg_customers</a></li></ul></div>
<div><h3>Referenced by</h3><ul class="referenced-by"><li><a href="/docs/model/rpt_revenue_daily">rpt_revenue_daily</a></li><li><a href="/docs/exposure/finance_dashboard">finance_dashboard</a></li></ul></div></div>
</main>
<footer>Generated 2024-06-03 06:12 UTC</footer>`,
  ),
  v2: page(
    'fct_orders – Catalog',
    `<header class="tx-top"><a class="tx-logo" href="/catalog">Transform</a>
<button class="tx-env" type="button" aria-haspopup="listbox">Production ▾</button>
<input class="tx-search" type="search" aria-label="Search catalog" placeholder="Search resources"><a href="/account" class="tx-avatar">AK</a></header>
<main class="tx-page">
<nav class="tx-crumbs"><a href="/catalog">analytics</a> / <a href="/catalog/models">Models</a> / fct_orders</nav>
<div class="tx-title"><h1>fct_orders</h1><span class="tx-chip">Model</span><span class="tx-chip">incremental</span>
<a class="tx-btn" data-testid="open-in-ide" href="/studio?file=models/marts/fct_orders.sql">Edit in Studio</a>
<a class="tx-btn" data-testid="run-history" href="/catalog/models/fct_orders/runs">Run history</a></div>
<div role="tablist" class="tx-tabs"><button role="tab" data-tab="overview" aria-selected="true" type="button">Overview</button><button role="tab" data-tab="columns" type="button">Columns</button><button role="tab" data-tab="code" type="button">Code</button><button role="tab" data-tab="lineage" type="button">Lineage</button><button role="tab" data-tab="performance" type="button">Performance</button></div>
<section class="tx-overview"><div class="grid">
<div><h3>Description</h3><p>One row per order with revenue, status and customer keys (EUR).</p></div>
<div><h3>Details</h3><p>Owner: data-eng</p><p>Relation: analytics.marts.fct_orders</p><p>Tags: <span class="tx-chip">finance</span> <span class="tx-chip">daily</span></p><p>Last run: success, 06:11 UTC</p></div>
</div></section>
<section class="tx-columns"><h2>Columns (6)</h2>
<input aria-label="Filter columns" type="search" placeholder="Filter by name or description">
<table class="tx-table"><thead><tr><th>Name</th><th>Data type</th><th>Description</th><th>Data tests</th></tr></thead><tbody>
<tr data-column="customer_id"><td><a href="#col-customer_id">customer_id</a></td><td>VARCHAR</td><td>FK to dim_customers</td><td>relationships</td></tr>
<tr data-column="discount_total"><td><a href="#col-discount_total">discount_total</a></td><td>NUMERIC</td><td>Discounts applied in EUR</td><td></td></tr>
<tr data-column="order_id"><td><a href="#col-order_id">order_id</a></td><td>VARCHAR</td><td>Primary key</td><td>unique, not_null</td></tr>
<tr data-column="order_total"><td><a href="#col-order_total">order_total</a></td><td>NUMERIC</td><td>Gross amount in EUR</td><td>not_null</td></tr>
<tr data-column="ordered_at"><td><a href="#col-ordered_at">ordered_at</a></td><td>TIMESTAMP</td><td>UTC order time</td><td></td></tr>
<tr data-column="status"><td><a href="#col-status">status</a></td><td>VARCHAR</td><td>placed, shipped, returned</td><td>accepted_values</td></tr>
</tbody></table></section>
<section class="tx-code"><h2>Code</h2>
<div class="tx-seg" role="group" aria-label="Code view"><button data-code-view="source" aria-pressed="true" type="button">Source code</button><button data-code-view="compiled" aria-pressed="false" type="button">Compiled code</button></div>
<pre class="code">select o.order_id, o.customer_id, ... from {{ ref('stg_orders') }} o</pre>
<button class="tx-icon" aria-label="Copy code" type="button">⧉</button></section>
<section class="tx-lineage-mini"><h2>Upstream and downstream</h2>
<p>2 parents · 2 children</p><a href="/catalog/models/fct_orders/lineage" class="tx-link">Open full lineage</a></section>
</main>`,
  ),
  targets: [
    {
      selector: '#lineage-btn',
      expect: 'button[data-tab="lineage"]',
      change: 'lineage button became a page tab',
    },
    { selector: '#run-model', expect: null, change: 'run action removed; Run history link in its slot' },
    {
      selector: 'a.ide-link',
      expect: '[data-testid="open-in-ide"]',
      change: 'reworded Edit in Studio, moved to title row',
    },
    {
      selector: 'input[name="columnSearch"]',
      expect: 'input[aria-label="Filter columns"]',
      change: 'name removed, placeholder reworded',
    },
    {
      selector: '#columns-table tbody tr:nth-child(4) a',
      expect: 'tr[data-column="ordered_at"] a',
      change: 'columns sorted alphabetically, new column added',
    },
    {
      selector: '#tab-compiled',
      expect: 'button[data-code-view="compiled"]',
      change: 'tab became segmented button, reworded',
    },
    { selector: '.copy-code', expect: 'button[aria-label="Copy code"]', change: 'text button became icon' },
    { selector: 'a.owner-email', expect: null, change: 'owner mailto link replaced by plain text' },
  ],
};

const qhV1 = page(
  'Query History · Activity · Polar Warehouse',
  `<header><a class="brand" href="/">Polar</a>
<nav class="app-nav"><a href="/worksheets">Worksheets</a><a href="/dashboards">Dashboards</a><a href="/data">Data</a><a href="/activity" class="active">Activity</a><a href="/admin">Admin</a></nav>
<span class="role-pill badge">SYSADMIN</span><a href="/me">R. Osei</a></header>
<main>
<h1>Activity</h1>
<ul class="tabs"><li class="active"><a href="/activity/queries">Query History</a></li><li><a href="/activity/copy">Copy History</a></li><li><a href="/activity/tasks">Task History</a></li></ul>
<form class="filters" id="qh-filters">
<div class="row">
<label for="status">Status</label><select id="status" name="status"><option>All</option><option>Running</option><option>Succeeded</option><option>Failed</option></select>
<label for="user-filter">User</label><select id="user-filter" name="user"><option>All users</option><option>ROSEI</option><option>ETL_SVC</option><option>LOOKER_SVC</option></select>
<label for="warehouse-filter">Warehouse</label><select id="warehouse-filter" name="warehouse"><option>All</option><option>TRANSFORM_WH</option><option>BI_WH</option></select>
</div>
<div class="row">
<label>From <input name="from" type="date" value="2024-05-20"></label>
<label>To <input name="to" type="date" value="2024-06-03"></label>
<label><input type="checkbox" id="include-client" name="includeClient"> Include client-generated statements</label>
</div>
<div class="row"><button id="apply-filters" class="btn primary" type="submit">Apply filters</button><button class="btn clear-filters" type="reset">Clear</button></div>
</form>
<div class="row table-tools"><button id="columns-btn" class="btn" type="button">Columns</button><button id="refresh" class="btn" type="button">Refresh</button><label><input type="checkbox" id="auto-refresh"> Auto-refresh</label></div>
<table id="query-history">
<thead><tr><th>Query ID</th><th>SQL text</th><th>Status</th><th>User</th><th>Warehouse</th><th>Duration</th><th>Started</th><th></th></tr></thead>
<tbody>
<tr><td><a class="query-id" href="/queries/01b2-8a11">01b2-8a11</a></td><td>MERGE INTO marts.fct_orders …</td><td>Running</td><td>ETL_SVC</td><td>TRANSFORM_WH</td><td>3m 12s</td><td>10:02</td><td><button class="btn cancel-query" type="button">Cancel</button></td></tr>
<tr><td><a class="query-id" href="/queries/01b2-77f0">01b2-77f0</a></td><td>SELECT count(*) FROM raw.events …</td><td>Succeeded</td><td>ROSEI</td><td>BI_WH</td><td>4.1s</td><td>09:58</td><td></td></tr>
<tr><td><a class="query-id" href="/queries/01b2-7731">01b2-7731</a></td><td>SELECT * FROM marts.dim_customers …</td><td>Failed</td><td>LOOKER_SVC</td><td>BI_WH</td><td>0.3s</td><td>09:51</td><td></td></tr>
<tr><td><a class="query-id" href="/queries/01b2-6c02">01b2-6c02</a></td><td>COPY INTO raw.events FROM @stage …</td><td>Succeeded</td><td>ETL_SVC</td><td>TRANSFORM_WH</td><td>48s</td><td>09:30</td><td></td></tr>
</tbody></table>
<p class="muted">Showing 4 of 1,208 queries</p>
</main>
<footer>Polar Warehouse · Docs · Status</footer>`,
);

const pair09: PagePair = {
  name: 'warehouse-query-history-b24',
  v1: qhV1,
  v2: edit(qhV1, [
    [
      '<label for="status">Status</label><select id="status" name="status">',
      '<label for="status-filter">Execution status</label><select id="status-filter" name="executionStatus">',
    ],
    [
      '<label for="user-filter">User</label><select id="user-filter" name="user">',
      '<label for="filter-user">Executed by</label><select id="filter-user" name="user">',
    ],
    [
      '<label>From <input name="from" type="date" value="2024-05-20"></label>\n<label>To <input name="to" type="date" value="2024-06-03"></label>\n<label><input type="checkbox" id="include-client" name="includeClient"> Include client-generated statements</label>',
      '<label for="date-range">Time range</label><select id="date-range" name="range"><option>Last hour</option><option>Last 24 hours</option><option selected>Last 14 days</option><option>Custom…</option></select>\n<label><input type="checkbox" id="show-client-sql" name="showClientStatements"> Show client-generated SQL</label>',
    ],
    [
      '<div class="row"><button id="apply-filters" class="btn primary" type="submit">Apply filters</button><button class="btn clear-filters" type="reset">Clear</button></div>',
      '<div class="row"><button id="save-filter" class="btn primary" type="button">Save filter</button><button class="btn reset-filters" type="reset">Reset</button></div>',
    ],
    [
      '<button id="refresh" class="btn" type="button">Refresh</button>',
      '<button class="icon-btn" type="button" title="Refresh">⟳</button>',
    ],
    [
      '<tbody>\n<tr><td><a class="query-id" href="/queries/01b2-8a11">01b2-8a11</a></td><td>MERGE INTO marts.fct_orders …</td><td>Running</td><td>ETL_SVC</td><td>TRANSFORM_WH</td><td>3m 12s</td><td>10:02</td><td><button class="btn cancel-query" type="button">Cancel</button></td></tr>',
      '<tbody>\n<tr><td><a class="query-id" href="/queries/01b2-8f45">01b2-8f45</a></td><td>SELECT * FROM TABLE(information_schema…</td><td>Queued</td><td>ROSEI</td><td>BI_WH</td><td>—</td><td>10:05</td><td></td></tr>\n<tr><td><a class="query-id" href="/queries/01b2-8a11">01b2-8a11</a></td><td>MERGE INTO marts.fct_orders …</td><td>Running</td><td>ETL_SVC</td><td>TRANSFORM_WH</td><td>3m 12s</td><td>10:02</td><td><button class="icon-btn abort" type="button" aria-label="Abort query">■</button></td></tr>',
    ],
    ['<p class="muted">Showing 4 of 1,208 queries</p>', '<p class="muted">Showing 5 of 1,209 queries</p>'],
  ]),
  targets: [
    { selector: '#status', expect: '#status-filter', change: 'id, name and label renamed' },
    { selector: '#user-filter', expect: '#filter-user', change: 'id renamed, label Executed by' },
    { selector: 'input[name="to"]', expect: null, change: 'from/to dates merged into a time range select' },
    {
      selector: '#apply-filters',
      expect: null,
      change: 'filters auto-apply; Save filter button in same slot',
    },
    { selector: '#include-client', expect: '#show-client-sql', change: 'id, name and label reworded' },
    {
      selector: '.cancel-query',
      expect: 'button[aria-label="Abort query"]',
      change: 'text button became icon, reworded Abort',
    },
    {
      selector: '#query-history tbody tr:nth-child(2) a.query-id',
      expect: 'a[href="/queries/01b2-77f0"]',
      change: 'queued query row inserted at top',
    },
    { selector: '#refresh', expect: 'button[title="Refresh"]', change: 'text button became icon with title' },
  ],
};

const pair10: PagePair = {
  name: 'airflow-dag-runs-b24',
  v1: page(
    'daily_orders_etl - Grid - Orchestrator',
    `<nav class="navbar"><a class="navbar-brand" href="/home">Orchestrator</a>
<ul class="nav"><li><a href="/home">DAGs</a></li><li><a href="/datasets">Datasets</a></li><li><a href="/security">Security</a></li><li><a href="/browse">Browse</a></li><li><a href="/admin">Admin</a></li><li><a href="/docs">Docs</a></li></ul>
<span class="clock">10:14 UTC</span><a href="/logout">Log out</a></nav>
<main>
<div class="dag-header row"><label class="switch"><input type="checkbox" id="pause_resume" checked></label>
<h1>DAG: daily_orders_etl</h1><span class="badge">etl</span><span class="badge">orders</span>
<span class="muted">Schedule: 0 2 * * * · Next run: 2024-06-04 02:00</span></div>
<div class="row dag-views">
<a class="btn grid-view active" href="/dags/daily_orders_etl/grid">Grid</a><a id="graph-link" class="btn" href="/dags/daily_orders_etl/graph">Graph</a><a class="btn" href="/dags/daily_orders_etl/calendar">Calendar</a><a class="btn" href="/dags/daily_orders_etl/gantt">Gantt</a><a class="btn" href="/dags/daily_orders_etl/code">Code</a>
<button id="trigger-dag" class="btn" type="button" title="Trigger DAG">▶ Trigger DAG</button><a id="trigger-config" href="/dags/daily_orders_etl/trigger">Trigger DAG w/ config</a>
<button id="delete-dag" class="btn danger" type="button" title="Delete DAG">🗑</button></div>
<form class="row" id="grid-filters">
<label>Base date <input id="base_date" name="base_date" type="datetime-local"></label>
<label>Runs <select id="num_runs" name="num_runs"><option>5</option><option selected>25</option><option>50</option><option>100</option></select></label>
<label>Run state <select id="run-state" name="run_state"><option>All</option><option>success</option><option>failed</option><option>running</option></select></label>
<button id="update-filter" class="btn" type="submit">Update</button><a href="/dags/daily_orders_etl/grid" class="reset-link">Reset</a>
</form>
<table class="dag-runs">
<thead><tr><th>Run ID</th><th>State</th><th>Start</th><th>End</th><th></th></tr></thead>
<tbody>
<tr><td>scheduled__2024-05-31</td><td>success</td><td>02:00</td><td>02:41</td><td><button class="btn clear-run" type="button">Clear</button></td></tr>
<tr><td>scheduled__2024-06-01</td><td>failed</td><td>02:00</td><td>02:09</td><td><button class="btn clear-run" type="button">Clear</button></td></tr>
<tr><td>manual__2024-06-01T09:12</td><td>success</td><td>09:12</td><td>09:50</td><td><button class="btn clear-run" type="button">Clear</button></td></tr>
<tr><td>scheduled__2024-06-02</td><td>running</td><td>02:00</td><td>—</td><td><button class="btn clear-run" type="button">Clear</button></td></tr>
</tbody></table>
<section class="card ti-panel"><h3>Task Instance: load_orders</h3>
<p>Run: scheduled__2024-06-01 · State: failed · Try 3 of 3</p>
<div class="row"><button id="ti-clear" class="btn" type="button">Clear</button><button id="ti-mark-failed" class="btn" type="button">Mark Failed</button><button id="ti-mark-success" class="btn" type="button">Mark Success</button><a id="ti-log" class="btn" href="/log?task=load_orders">Log</a></div></section>
</main>
<footer>Version 2.7.3 · Git: 9f1c2a</footer>`,
  ),
  v2: page(
    'daily_orders_etl · Orchestrator',
    `<div class="chakra-app"><aside class="chakra-nav"><a href="/" aria-label="Home">◉</a><a href="/dags" aria-label="DAGs" aria-current="page">DAGs</a><a href="/assets">Assets</a><a href="/browse">Browse</a><a href="/admin">Admin</a><a href="/docs">Docs</a><button aria-label="User settings" type="button">⚙</button></aside>
<main class="chakra-main">
<div class="css-dag-head"><button role="switch" aria-checked="true" aria-label="Pause DAG" class="css-toggle" type="button"></button>
<h1>daily_orders_etl</h1><span class="css-tag">etl</span><span class="css-tag">orders</span>
<button data-testid="trigger-dag-button" class="css-btn-primary" type="button">Trigger</button>
<details class="css-more"><summary aria-label="More actions">⋯</summary><button data-testid="delete-dag-button" type="button">Delete DAG</button><button data-testid="reparse-dag-button" type="button">Reparse DAG</button></details></div>
<dl class="css-stats"><dt>Schedule</dt><dd>0 2 * * *</dd><dt>Next run</dt><dd>2024-06-04, 02:00:00</dd><dt>Latest run</dt><dd>running</dd></dl>
<nav class="css-tabs"><a href="/dags/daily_orders_etl" aria-current="page">Overview</a><a href="/dags/daily_orders_etl/runs">Runs</a><a href="/dags/daily_orders_etl/tasks">Tasks</a><a href="/dags/daily_orders_etl/graph">Graph</a><a href="/dags/daily_orders_etl/code">Code</a><a href="/dags/daily_orders_etl/events">Audit log</a></nav>
<div class="css-filterbar"><select aria-label="Number of runs"><option>5</option><option selected>25</option><option>50</option><option>100</option></select>
<div role="group" aria-label="Run state" class="css-chips"><button type="button" aria-pressed="true">All</button><button type="button">Success</button><button type="button">Failed</button><button type="button">Running</button></div></div>
<table class="css-runs"><thead><tr><th>Run</th><th>State</th><th>Started</th><th>Ended</th><th></th></tr></thead><tbody>
<tr><td>scheduled__2024-06-02</td><td>running</td><td>02:00</td><td>—</td><td><button aria-label="Clear run scheduled__2024-06-02" class="css-icon" type="button">↻</button></td></tr>
<tr><td>manual__2024-06-01T09:12</td><td>success</td><td>09:12</td><td>09:50</td><td><button aria-label="Clear run manual__2024-06-01T09:12" class="css-icon" type="button">↻</button></td></tr>
<tr><td>scheduled__2024-06-01</td><td>failed</td><td>02:00</td><td>02:09</td><td><button aria-label="Clear run scheduled__2024-06-01" class="css-icon" type="button">↻</button></td></tr>
<tr><td>scheduled__2024-05-31</td><td>success</td><td>02:00</td><td>02:41</td><td><button aria-label="Clear run scheduled__2024-05-31" class="css-icon" type="button">↻</button></td></tr>
</tbody></table>
<section class="css-ti"><h2>load_orders <small>scheduled__2024-06-01 · failed · try 3</small></h2>
<nav class="css-subtabs"><a href="#details" data-tab="details">Details</a><a href="#logs" data-tab="logs">Logs</a><a href="#xcom" data-tab="xcom">XCom</a></nav>
<div class="css-actions"><button data-testid="clear-task" type="button">Clear task</button>
<details class="css-markas"><summary>Mark as ▾</summary><button data-testid="mark-success" type="button">Success</button><button data-testid="mark-failed" type="button">Failed</button></details></div></section>
</main></div>`,
  ),
  targets: [
    {
      selector: '#pause_resume',
      expect: 'button[aria-label="Pause DAG"]',
      change: 'checkbox became switch button',
    },
    {
      selector: '#trigger-dag',
      expect: '[data-testid="trigger-dag-button"]',
      change: 'reworded Trigger, moved to header',
    },
    {
      selector: '#trigger-config',
      expect: null,
      change: 'separate config trigger link removed; Trigger button alongside',
    },
    {
      selector: '#delete-dag',
      expect: '[data-testid="delete-dag-button"]',
      change: 'trash icon moved into overflow menu',
    },
    { selector: '#num_runs', expect: 'select[aria-label="Number of runs"]', change: 'id and name dropped' },
    { selector: '#base_date', expect: null, change: 'base date filter removed' },
    {
      selector: 'table.dag-runs tbody tr:nth-child(1) .clear-run',
      expect: 'button[aria-label="Clear run scheduled__2024-05-31"]',
      change: 'rows newest first, text button became icon',
    },
    {
      selector: '#ti-mark-success',
      expect: '[data-testid="mark-success"]',
      change: 'moved into Mark as menu, reworded',
    },
  ],
};

const funnelV1 = page(
  'Signup funnel · Insights · Beacon Analytics',
  `<header><a class="brand" href="/">Beacon</a>
<select id="project-switch" name="project"><option selected>Acme Web (prod)</option><option>Acme iOS</option></select>
<nav class="top-nav"><a href="/dashboards">Dashboards</a><a href="/insights" class="active">Insights</a><a href="/persons">Users</a><a href="/data">Data management</a></nav>
<a href="/settings/project" title="Project settings">⚙</a><a href="/me">LM</a></header>
<main>
<div class="row insight-head"><input id="insight-name" name="name" value="Signup funnel">
<button id="save-insight" class="btn primary" type="button">Save</button>
<button id="add-to-dashboard" class="btn" type="button">Add to dashboard</button>
<button id="export-png" class="btn" type="button">Export PNG</button></div>
<section class="card query-editor">
<h2>Funnel steps</h2>
<ol id="funnel-steps">
<li><select name="step-event"><option selected>Pageview: /pricing</option></select> <a href="#" class="add-filter">+ filter</a> <button class="remove-step" type="button" title="Remove step">×</button></li>
<li><select name="step-event"><option selected>signup_started</option></select> <a href="#" class="add-filter">+ filter</a> <button class="remove-step" type="button" title="Remove step">×</button></li>
<li><select name="step-event"><option selected>signup_completed</option></select> <a href="#" class="add-filter">+ filter</a> <button class="remove-step" type="button" title="Remove step">×</button></li>
</ol>
<button id="add-step" class="btn" type="button">+ Add step</button>
<h3>Breakdown</h3>
<select id="breakdown-property" name="breakdown"><option selected>None</option><option>Browser</option><option>Country</option><option>Plan</option></select>
<h3>Conversion window</h3>
<div class="row"><input id="conv-window-value" name="windowValue" type="number" value="14"><select id="conv-window-unit" name="windowUnit"><option>hours</option><option selected>days</option><option>weeks</option></select></div>
<h3>Step order</h3>
<label><input type="radio" name="order" value="sequential" checked> Sequential</label>
<label><input type="radio" name="order" value="strict"> Strict order</label>
<label><input type="radio" name="order" value="any"> Any order</label>
</section>
<div class="row chart-controls">
<select id="date-range" name="dateRange"><option>Last 7 days</option><option selected>Last 30 days</option><option>Last 90 days</option></select>
<div class="viz-toggle"><button class="viz-btn active" type="button">Steps</button><button class="viz-btn" type="button">Trends</button><button class="viz-btn" type="button">Time to convert</button></div>
</div>
<table class="funnel-results"><thead><tr><th>Step</th><th>Users</th><th>Conversion</th></tr></thead>
<tbody><tr><td>Pageview: /pricing</td><td>18,204</td><td>100%</td></tr><tr><td>signup_started</td><td>3,911</td><td>21.5%</td></tr><tr><td>signup_completed</td><td>2,470</td><td>13.6%</td></tr></tbody></table>
</main>
<footer>Beacon Analytics · Docs · What's new</footer>`,
);

const pair11: PagePair = {
  name: 'product-funnel-report-b24',
  v1: funnelV1,
  v2: edit(funnelV1, [
    [
      '<div class="row insight-head"><input id="insight-name" name="name" value="Signup funnel">\n<button id="save-insight" class="btn primary" type="button">Save</button>\n<button id="add-to-dashboard" class="btn" type="button">Add to dashboard</button>\n<button id="export-png" class="btn" type="button">Export PNG</button></div>',
      '<div class="row insight-head"><h1 class="editable-title"><input data-attr="insight-name" aria-label="Insight name" value="Signup funnel"></h1>\n<button class="btn add-to-dash" type="button">Pin to dashboard</button>\n<button id="save-insight" class="btn primary" type="button">Save</button></div>',
    ],
    [
      '<li><select name="step-event"><option selected>signup_started</option></select>',
      '<li data-step="clicked_get_started"><select name="step-event"><option selected>Autocapture: clicked "Get started"</option></select> <a href="#" class="add-filter">+ filter</a> <button class="remove-step" type="button" title="Remove step">×</button></li>\n<li data-step="signup_started"><select name="step-event"><option selected>signup_started</option></select>',
    ],
    [
      '<button id="add-step" class="btn" type="button">+ Add step</button>',
      '<button class="btn add-funnel-step" type="button">Add funnel step</button>',
    ],
    [
      '<h3>Breakdown</h3>\n<select id="breakdown-property" name="breakdown">',
      '<h3>Breakdown by</h3>\n<select id="breakdown-by" name="breakdown_property">',
    ],
    ['<label><input type="radio" name="order" value="any"> Any order</label>\n', ''],
    [
      '<div class="viz-toggle"><button class="viz-btn active" type="button">Steps</button><button class="viz-btn" type="button">Trends</button><button class="viz-btn" type="button">Time to convert</button></div>',
      '<div class="viz-seg" role="radiogroup" aria-label="Graph type"><button role="radio" data-viz="steps" aria-checked="true" type="button">Conversion steps</button><button role="radio" data-viz="time_to_convert" type="button">Time to convert</button><button role="radio" data-viz="trends" type="button">Historical trends</button></div>',
    ],
  ]),
  targets: [
    {
      selector: '#insight-name',
      expect: 'input[data-attr="insight-name"]',
      change: 'id dropped, inline editable title',
    },
    {
      selector: '#funnel-steps li:nth-child(2) .remove-step',
      expect: 'li[data-step="signup_started"] .remove-step',
      change: 'new step inserted before it',
    },
    {
      selector: '#add-step',
      expect: 'button.add-funnel-step',
      change: 'id dropped, reworded Add funnel step',
    },
    { selector: '#breakdown-property', expect: '#breakdown-by', change: 'id, name and heading renamed' },
    {
      selector: 'input[name="order"][value="any"]',
      expect: null,
      change: 'Any order option removed; Strict order radio above it',
    },
    {
      selector: '.viz-btn:nth-child(2)',
      expect: 'button[data-viz="trends"]',
      change: 'segmented radios reordered, reworded Historical trends',
    },
    { selector: '#export-png', expect: null, change: 'PNG export removed from toolbar' },
    {
      selector: '#add-to-dashboard',
      expect: 'button.add-to-dash',
      change: 'reworded Pin to dashboard, moved before Save',
    },
  ],
};

const pair12: PagePair = {
  name: 'ab-test-results-b24',
  v1: page(
    'checkout-button-color · Experiments · Splitwise Labs',
    `<header><a class="brand" href="/">Splitwise Labs</a>
<nav class="main-nav"><a href="/flags">Flags</a><a href="/experiments" class="active">Experiments</a><a href="/metrics">Metrics</a><a href="/audiences">Audiences</a><a href="/settings">Settings</a></nav>
<select id="env" name="env"><option selected>Production</option><option>Staging</option></select><a href="/me">E. Varga</a></header>
<main>
<p class="crumbs"><a href="/experiments">Experiments</a> / checkout-button-color</p>
<h1>checkout-button-color <span class="badge">Running</span></h1>
<div class="row exp-actions"><a class="btn edit-exp" href="/experiments/412/edit">Edit</a><button id="stop-exp" class="btn" type="button">Stop experiment</button><button id="ship-variant" class="btn primary" type="button">Ship variant</button></div>
<div class="grid exp-info">
<div class="card"><h3>Hypothesis</h3><p>A high-contrast checkout button increases completed orders.</p><p class="muted">Started 2024-05-22 · 12 days</p></div>
<div class="card"><h3>Traffic allocation</h3><input id="traffic-slider" type="range" min="0" max="100" value="50"><span>50%</span></div>
</div>
<div class="row result-controls">
<label>Metric <select id="metric-select" name="metric"><option selected>Conversion rate</option><option>Revenue per user</option><option>Average order value</option></select></label>
<label>Segment <select id="segment" name="segment"><option>All users</option><option>New users</option><option>Returning users</option><option>Mobile</option></select></label>
<label>Confidence <select id="confidence" name="confidence"><option>90%</option><option selected>95%</option><option>99%</option></select></label>
<label><input type="checkbox" id="cuped" name="cuped" checked> Use CUPED variance reduction</label>
</div>
<table id="results">
<thead><tr><th>Variant</th><th>Users</th><th>Conversions</th><th>Rate</th><th>Uplift</th><th>Significance</th><th></th></tr></thead>
<tbody>
<tr><td>Control (blue)</td><td>20,114</td><td>1,408</td><td>7.00%</td><td>—</td><td>—</td><td><a class="segments-link" href="/experiments/412/segments?v=control">View segments</a></td></tr>
<tr><td>Variant A (green)</td><td>20,031</td><td>1,522</td><td>7.60%</td><td>+8.6%</td><td>97.1%</td><td><a class="segments-link" href="/experiments/412/segments?v=a">View segments</a></td></tr>
<tr><td>Variant B (orange)</td><td>19,987</td><td>1,431</td><td>7.16%</td><td>+2.3%</td><td>61.0%</td><td><a class="segments-link" href="/experiments/412/segments?v=b">View segments</a></td></tr>
</tbody></table>
<button id="download-csv" class="btn" type="button">Download CSV</button>
<section class="comments"><h3>Discussion</h3><textarea id="comment-box" name="comment" placeholder="Add a comment"></textarea><button class="btn" type="button">Post</button></section>
</main>
<footer>Splitwise Labs · API · Status</footer>`,
  ),
  v2: page(
    'checkout-button-color – Results',
    `<header class="sc-hdr-1"><a class="sc-logo-2" href="/">Splitwise</a>
<nav class="sc-nav-3"><a href="/flags">Feature flags</a><a href="/experiments" aria-current="page">Experiments</a><a href="/metrics">Metrics</a><a href="/audiences">Audiences</a></nav>
<button class="sc-env-4" type="button">Production ▾</button><button class="sc-avatar-5" type="button" aria-label="Account">EV</button></header>
<main class="sc-main-6">
<div class="sc-head-7"><h1>checkout-button-color</h1><span class="sc-chip-8">Running · day 12</span>
<div class="sc-actions-9"><a href="/experiments/412/settings" data-qa="experiment-settings">Settings</a>
<button data-qa="end-experiment" class="sc-btn" type="button">End experiment</button>
<button data-qa="rollout-winner" class="sc-btn sc-btn--primary" type="button">Roll out winner</button>
<details class="sc-menu"><summary aria-label="More">⋯</summary><button data-qa="export-results" type="button">Export results</button><button data-qa="duplicate-experiment" type="button">Duplicate</button></details></div></div>
<p class="sc-meta">Hypothesis: A high-contrast checkout button increases completed orders. · 50% of traffic enrolled · Started May 22</p>
<div role="tablist" aria-label="Metrics" class="sc-metrics"><button role="tab" aria-selected="true" data-metric="conversion_rate" type="button">Conversion rate</button><button role="tab" data-metric="revenue_per_user" type="button">Revenue per user</button><button role="tab" data-metric="aov" type="button">Average order value</button></div>
<div class="sc-filters">
<label>Filter by audience <select name="audience"><option>Everyone</option><option>New visitors</option><option>Returning visitors</option><option>Mobile web</option></select></label>
<label>Statistical method <select name="statsEngine"><option selected>Bayesian</option><option>Frequentist</option></select></label>
<label class="sc-toggle"><input type="checkbox" name="varianceReduction" checked> Variance reduction (CUPED)</label></div>
<div class="grid3 sc-variants">
<article class="sc-card" data-variant="control"><h3>Control (blue)</h3><p>7.00% · 1,408 / 20,114</p><p>Baseline</p><a class="segment-drilldown" href="/experiments/412/segments?v=control">Break down by segment</a></article>
<article class="sc-card" data-variant="variant_a"><h3>Variant A (green)</h3><p>7.60% · 1,522 / 20,031</p><p>+8.6% · 97% chance to beat control</p><a class="segment-drilldown" href="/experiments/412/segments?v=a">Break down by segment</a></article>
<article class="sc-card" data-variant="variant_b"><h3>Variant B (orange)</h3><p>7.16% · 1,431 / 19,987</p><p>+2.3% · 61% chance to beat control</p><a class="segment-drilldown" href="/experiments/412/segments?v=b">Break down by segment</a></article>
</div>
<section class="sc-discussion"><h2>Notes</h2><textarea name="note" placeholder="Write a note for your team"></textarea><button class="sc-btn" type="button">Add note</button></section>
</main>`,
  ),
  targets: [
    {
      selector: '#stop-exp',
      expect: '[data-qa="end-experiment"]',
      change: 'reworded End experiment, data-qa',
    },
    { selector: '#ship-variant', expect: '[data-qa="rollout-winner"]', change: 'reworded Roll out winner' },
    { selector: '#traffic-slider', expect: null, change: 'allocation slider removed, shown as text only' },
    {
      selector: '#metric-select',
      expect: '[role="tablist"][aria-label="Metrics"]',
      change: 'select became metric tabs',
    },
    {
      selector: '#results tbody tr:nth-child(3) .segments-link',
      expect: '[data-variant="variant_b"] .segment-drilldown',
      change: 'table became variant cards, reworded',
    },
    {
      selector: '#confidence',
      expect: null,
      change: 'confidence select gone; statistical method select in its slot',
    },
    {
      selector: '#cuped',
      expect: 'input[name="varianceReduction"]',
      change: 'renamed, toggle style, label reworded',
    },
    {
      selector: '#download-csv',
      expect: '[data-qa="export-results"]',
      change: 'moved into overflow menu as Export results',
    },
  ],
};

const chartV1 = page(
  'Revenue by region · Chart · Prism BI',
  `<header><a class="brand" href="/">Prism BI</a>
<nav class="top-nav"><a href="/dashboards">Dashboards</a><a href="/charts" class="active">Charts</a><a href="/datasets">Datasets</a><a href="/sqllab">SQL Lab</a></nav>
<a href="/settings">Settings</a><a href="/me">Guest analyst</a></header>
<div class="sidebar data-panel">
<label for="dataset">Dataset</label><select id="dataset" name="dataset"><option selected>public.orders</option><option>public.customers</option></select>
<input name="colsearch" type="text" placeholder="Search columns">
<ul class="columns"><li>order_date</li><li>region</li><li>channel</li><li>revenue</li><li>orders</li></ul>
</div>
<main>
<div class="row title-row"><h1>Revenue by region</h1><button id="save-chart" class="btn primary" type="button">Save</button><a class="save-as" href="#save-as">Save as new</a></div>
<div class="chart-types row"><button class="chart-type active" type="button">Bar</button><button class="chart-type" type="button">Line</button><button class="chart-type" type="button">Pie</button><button class="chart-type" type="button">Table</button></div>
<form id="query-form" class="card">
<label for="x-axis">X-axis</label><select id="x-axis" name="x"><option>order_date</option><option selected>region</option><option>channel</option></select>
<label for="metric">Metric</label><select id="metric" name="metric"><option selected>revenue</option><option>orders</option></select>
<label for="agg">Aggregation</label><select id="agg" name="aggregate"><option selected>SUM</option><option>AVG</option><option>COUNT</option><option>MAX</option></select>
<label for="group-by">Group by</label><select id="group-by" name="groupby"><option selected>None</option><option>channel</option></select>
<label for="time-range">Time range</label><select id="time-range" name="timeRange"><option>Last week</option><option selected>Last quarter</option><option>No filter</option></select>
<label for="row-limit">Row limit</label><input id="row-limit" name="rowLimit" type="number" value="1000">
<button id="add-filter" class="btn" type="button">+ Add filter</button>
<label><input type="checkbox" id="sort-desc" name="sortDesc" checked> Sort descending</label>
<button id="run-query" class="btn primary" type="submit">Run query</button>
</form>
<section class="preview card"><h2>Preview</h2><div class="chart-canvas" role="img" aria-label="Bar chart of revenue by region">[chart]</div>
<p class="muted">5 rows · 0.42s · <a id="view-sql" href="#sql">View SQL</a></p></section>
</main>
<footer>Prism BI 3.1</footer>`,
);

const pair13: PagePair = {
  name: 'bi-chart-builder-b24',
  v1: chartV1,
  v2: edit(chartV1, [
    [
      '<div class="chart-types row"><button class="chart-type active" type="button">Bar</button><button class="chart-type" type="button">Line</button><button class="chart-type" type="button">Pie</button><button class="chart-type" type="button">Table</button></div>',
      '<div class="viz-gallery row" role="radiogroup" aria-label="Chart type"><button data-viz="bar" class="viz-tile selected" type="button" role="radio" aria-checked="true">Bar chart</button><button data-viz="area" class="viz-tile" type="button" role="radio">Area chart</button><button data-viz="line" class="viz-tile" type="button" role="radio">Line chart</button><button data-viz="pie" class="viz-tile" type="button" role="radio">Pie chart</button><button data-viz="table" class="viz-tile" type="button" role="radio">Table</button><a href="#all-charts" class="view-all">View all charts</a></div>',
    ],
    [
      '<label for="x-axis">X-axis</label><select id="x-axis" name="x">',
      '<label for="x-axis-column">Dimension (X-axis)</label><select id="x-axis-column" name="x_axis">',
    ],
    [
      '<label for="metric">Metric</label><select id="metric" name="metric"><option selected>revenue</option><option>orders</option></select>\n<label for="agg">Aggregation</label><select id="agg" name="aggregate"><option selected>SUM</option><option>AVG</option><option>COUNT</option><option>MAX</option></select>',
      '<label for="metrics-input">Metrics</label><input id="metrics-input" name="metrics" value="SUM(revenue)" placeholder="Drop a column or write SQL">',
    ],
    [
      '<label for="row-limit">Row limit</label><input id="row-limit" name="rowLimit" type="number" value="1000">\n',
      '',
    ],
    [
      '<label><input type="checkbox" id="sort-desc" name="sortDesc" checked> Sort descending</label>',
      '<label><input type="checkbox" name="order_desc" checked> Sort by metric (descending)</label>',
    ],
    [
      '<button id="run-query" class="btn primary" type="submit">Run query</button>',
      '<button class="btn primary update-chart" type="submit">Update chart</button>',
    ],
    [
      '<p class="muted">5 rows · 0.42s · <a id="view-sql" href="#sql">View SQL</a></p>',
      '<p class="muted">5 rows · 0.42s</p><details class="chart-menu"><summary aria-label="Chart options">⋯</summary><a href="#sql" class="menu-view-query">View query</a><a href="#results" class="menu-view-results">View results</a><a href="#download">Download</a></details>',
    ],
  ]),
  targets: [
    { selector: '#agg', expect: null, change: 'aggregation merged into a single metrics expression field' },
    { selector: '#metric', expect: '#metrics-input', change: 'select became free-text metrics field' },
    { selector: '#x-axis', expect: '#x-axis-column', change: 'id, name and label renamed' },
    {
      selector: '.chart-type:nth-child(2)',
      expect: 'button[data-viz="line"]',
      change: 'gallery tiles, new Area type inserted before it',
    },
    { selector: '#row-limit', expect: null, change: 'row limit field removed' },
    { selector: '#run-query', expect: 'button.update-chart', change: 'reworded Update chart' },
    { selector: '#view-sql', expect: 'a.menu-view-query', change: 'moved into chart options menu, reworded' },
    {
      selector: '#sort-desc',
      expect: 'input[name="order_desc"]',
      change: 'id dropped, name and label reworded',
    },
  ],
};

const pair14: PagePair = {
  name: 'saas-license-seats-b24',
  v1: page(
    'Licenses - Admin center',
    `<header><a class="brand" href="/admin">Admin center</a><input id="admin-search" type="search" placeholder="Search"><a href="/admin/help">Help &amp; support</a><a href="/admin/me">Global admin</a></header>
<div class="sidebar"><ul class="admin-nav">
<li><a href="/admin/home">Home</a></li><li><a href="/admin/users">Users</a></li><li><a href="/admin/groups">Groups</a></li>
<li>Billing<ul><li><a href="/admin/products">Your products</a></li><li class="active"><a href="/admin/licenses">Licenses</a></li><li><a href="/admin/bills">Bills &amp; payments</a></li><li><a href="/admin/billing-accounts">Billing accounts</a></li></ul></li>
<li><a href="/admin/settings">Settings</a></li></ul></div>
<main>
<h1>Licenses</h1>
<div class="row"><button id="buy-licenses" class="btn primary" type="button">Buy licenses</button><button id="remove-licenses" class="btn" type="button">Remove licenses</button></div>
<table id="subscriptions">
<thead><tr><th>Product</th><th>Assigned</th><th>Available</th><th>Total</th><th></th></tr></thead>
<tbody>
<tr><td>Business Standard</td><td>38</td><td>2</td><td>40</td><td><a class="assign-link" href="/admin/licenses/bstd/assign">Assign licenses</a></td></tr>
<tr><td>Business Premium</td><td>10</td><td>0</td><td>10</td><td><a class="assign-link" href="/admin/licenses/bprem/assign">Assign licenses</a></td></tr>
<tr><td>Visio Plan 2</td><td>2</td><td>3</td><td>5</td><td><a class="assign-link" href="/admin/licenses/visio2/assign">Assign licenses</a></td></tr>
</tbody></table>
<h2>Business Standard: assigned users</h2>
<div class="row"><input id="user-search" type="text" placeholder="Search users"><button id="export-users" class="btn" type="button">Export users</button></div>
<table id="assigned-users">
<thead><tr><th></th><th>Name</th><th>Email</th><th>Assigned</th><th></th></tr></thead>
<tbody>
<tr><td><input type="checkbox"></td><td>Alicia Chen</td><td>alicia@acme.com</td><td>2023-02-01</td><td><button class="btn unassign" type="button">Unassign</button></td></tr>
<tr><td><input type="checkbox"></td><td>Ben Ortiz</td><td>ben@acme.com</td><td>2023-06-14</td><td><button class="btn unassign" type="button">Unassign</button></td></tr>
<tr><td><input type="checkbox"></td><td>Chidi Okeke</td><td>chidi@acme.com</td><td>2024-01-09</td><td><button class="btn unassign" type="button">Unassign</button></td></tr>
</tbody></table>
<section class="card"><h2>License settings</h2>
<label><input type="checkbox" id="auto-assign" name="autoAssign"> Automatically assign licenses to new users</label>
<label><input type="checkbox" id="low-license-alert" name="lowAlert" checked> Email me when licenses are running low</label>
<label for="low-threshold">Alert threshold (licenses left)</label><input id="low-threshold" name="threshold" type="number" value="2">
<button class="btn" type="submit">Save settings</button></section>
</main>
<footer>Privacy &amp; cookies · Terms of use · © Acme Cloud</footer>`,
  ),
  v2: page(
    'Licenses | Admin',
    `<div class="ms-Layout"><header class="ms-Header"><a class="ms-Brand" href="/admin">Admin</a><input class="ms-SearchBox" type="search" aria-label="Search admin center" placeholder="Search"><button class="ms-HeaderBtn" aria-label="Help" type="button">?</button><button class="ms-HeaderBtn" aria-label="Account manager" type="button">GA</button></header>
<nav class="ms-Nav"><a href="/admin/home">Home</a><a href="/admin/users">Users</a><a href="/admin/teams">Teams &amp; groups</a><a href="/admin/billing" aria-expanded="true">Billing</a><a href="/admin/licenses" aria-current="page">Licenses</a><a href="/admin/bills">Bills &amp; payments</a><a href="/admin/settings">Settings</a><a href="/admin/setup">Setup</a></nav>
<main class="ms-Content">
<div class="ms-PageHead"><h1>Licenses</h1><div class="ms-CommandBar"><button data-testid="buy-seats" class="ms-Btn ms-Btn--primary" type="button">Add seats</button><button data-testid="manage-billing" class="ms-Btn" type="button">Manage billing</button></div></div>
<p class="ms-Note">Assign licenses to users and groups, or buy more seats for a subscription.</p>
<div class="grid3 ms-Products">
<article class="ms-Card" data-product="business-standard"><h3>Business Standard</h3><p>38 of 40 assigned</p><a class="assign-seats" href="/admin/licenses/bstd/assign">Assign seats</a></article>
<article class="ms-Card" data-product="business-premium"><h3>Business Premium</h3><p>10 of 10 assigned · <span class="badge">None left</span></p><a class="assign-seats" href="/admin/licenses/bprem/assign">Assign seats</a></article>
<article class="ms-Card" data-product="visio-plan-2"><h3>Visio Plan 2</h3><p>2 of 5 assigned</p><a class="assign-seats" href="/admin/licenses/visio2/assign">Assign seats</a></article>
</div>
<section class="ms-Section"><h2>Business Standard</h2>
<div role="tablist"><button role="tab" aria-selected="true" type="button">Users</button><button role="tab" type="button">Groups</button></div>
<div class="ms-Toolbar"><input type="search" aria-label="Search assigned users" placeholder="Search"><a href="/admin/licenses/bstd/users.csv" download="assigned-users.csv">Download CSV</a><button class="ms-Btn" type="button">+ Assign</button></div>
<table class="ms-DetailsList"><thead><tr><th></th><th>Display name</th><th>Username</th><th>Assigned on</th><th></th></tr></thead><tbody>
<tr><td><input type="checkbox" aria-label="Select Daria Novak"></td><td>Daria Novak</td><td>daria@acme.com</td><td>Jun 2, 2024</td><td><button class="ms-Icon" aria-label="Remove license from Daria Novak" type="button">⊖</button></td></tr>
<tr><td><input type="checkbox" aria-label="Select Chidi Okeke"></td><td>Chidi Okeke</td><td>chidi@acme.com</td><td>Jan 9, 2024</td><td><button class="ms-Icon" aria-label="Remove license from Chidi Okeke" type="button">⊖</button></td></tr>
<tr><td><input type="checkbox" aria-label="Select Ben Ortiz"></td><td>Ben Ortiz</td><td>ben@acme.com</td><td>Jun 14, 2023</td><td><button class="ms-Icon" aria-label="Remove license from Ben Ortiz" type="button">⊖</button></td></tr>
<tr><td><input type="checkbox" aria-label="Select Alicia Chen"></td><td>Alicia Chen</td><td>alicia@acme.com</td><td>Feb 1, 2023</td><td><button class="ms-Icon" aria-label="Remove license from Alicia Chen" type="button">⊖</button></td></tr>
</tbody></table></section>
<section class="ms-Section"><h2>Settings</h2>
<label class="ms-Toggle"><input type="checkbox" role="switch" name="autoAssignNewUsers"> Give new users a license automatically</label>
<label class="ms-Toggle"><input type="checkbox" role="switch" name="notifyLowAvailability" checked> Notify billing admins when available licenses run low</label>
<button class="ms-Btn" type="button">Save</button></section>
</main></div>`,
  ),
  targets: [
    {
      selector: '#subscriptions tbody tr:nth-child(3) a.assign-link',
      expect: '[data-product="visio-plan-2"] a.assign-seats',
      change: 'table became product cards, reworded Assign seats',
    },
    { selector: '#buy-licenses', expect: '[data-testid="buy-seats"]', change: 'reworded Add seats' },
    {
      selector: '#remove-licenses',
      expect: null,
      change: 'remove action gone; Manage billing button in its slot',
    },
    {
      selector: '#user-search',
      expect: 'input[aria-label="Search assigned users"]',
      change: 'id dropped, search input with aria-label',
    },
    {
      selector: '#assigned-users tbody tr:nth-child(2) .unassign',
      expect: 'button[aria-label="Remove license from Ben Ortiz"]',
      change: 'rows sorted newest first, icon button',
    },
    {
      selector: '#auto-assign',
      expect: 'input[name="autoAssignNewUsers"]',
      change: 'switch, label reworded',
    },
    { selector: '#low-threshold', expect: null, change: 'threshold field removed' },
    {
      selector: '#export-users',
      expect: 'a[download="assigned-users.csv"]',
      change: 'button became download link, reworded',
    },
  ],
};

const scimV1 = page(
  'Slack · Provisioning · Keystone Identity',
  `<header><a class="brand" href="/admin">Keystone Identity</a>
<nav class="admin-top"><a href="/admin/directory">Directory</a><a href="/admin/apps" class="active">Applications</a><a href="/admin/security">Security</a><a href="/admin/workflow">Workflow</a><a href="/admin/reports">Reports</a></nav>
<a href="/admin/help">Help</a><a href="/admin/me">it-admin@acme.com</a></header>
<main>
<p><a href="/admin/apps" class="back">← Back to Applications</a></p>
<h1>Slack <span class="badge">Active</span></h1>
<ul class="tabs app-tabs"><li><a href="#general">General</a></li><li><a href="#signon">Sign On</a></li><li class="active"><a href="#provisioning">Provisioning</a></li><li><a href="#assignments">Assignments</a></li><li><a href="#push-groups">Push Groups</a></li></ul>
<div class="sidebar"><ul class="settings-nav"><li class="active"><a href="#to-app">To App</a></li><li><a href="#to-idp">To Keystone</a></li><li><a href="#integration">Integration</a></li></ul></div>
<section id="to-app" class="card">
<div class="row"><h2>Provisioning to App</h2><button id="edit-provisioning" class="btn" type="button">Edit</button></div>
<form id="provisioning-to-app">
<label><input type="checkbox" id="create-users" name="create" checked> Create Users</label>
<label><input type="checkbox" id="update-users" name="update" checked> Update User Attributes</label>
<label><input type="checkbox" id="deactivate-users" name="deactivate" checked> Deactivate Users</label>
<label><input type="checkbox" id="sync-password" name="syncPassword"> Sync Password</label>
<label for="username-format">Default username format</label><select id="username-format" name="usernameFormat"><option selected>Email</option><option>Email prefix</option><option>Custom</option></select>
<div class="row"><button class="btn primary" type="submit">Save</button><button class="btn" type="reset">Cancel</button></div>
</form></section>
<section id="integration" class="card"><h2>API Integration</h2>
<label for="scim-url">SCIM connector base URL</label><input id="scim-url" name="scimBaseUrl" value="https://api.slack.example/scim/v2">
<label for="api-token">API Token</label><input id="api-token" name="apiToken" type="text" value="••••••••••">
<button id="test-creds" class="btn" type="button">Test API Credentials</button>
</section>
<section class="card"><h2>Slack Attribute Mappings</h2>
<table id="attr-mappings">
<thead><tr><th>Attribute</th><th>Value</th><th>Apply on</th><th></th></tr></thead>
<tbody>
<tr><td>userName</td><td>user.email</td><td>Create and update</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>
<tr><td>givenName</td><td>user.firstName</td><td>Create and update</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>
<tr><td>familyName</td><td>user.lastName</td><td>Create and update</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>
<tr><td>email</td><td>user.email</td><td>Create and update</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>
<tr><td>title</td><td>user.title</td><td>Create and update</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>
<tr><td>department</td><td>user.department</td><td>Create only</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>
</tbody></table>
<div class="row"><a id="profile-editor-link" href="/admin/universaldirectory#slack">Go to Profile Editor</a><button class="btn" type="button">Force Sync</button></div>
</section>
</main>
<footer>© Keystone Identity · Privacy · Version 2024.05.1</footer>`,
);

const pair15: PagePair = {
  name: 'scim-provisioning-b24',
  v1: scimV1,
  v2: edit(scimV1, [
    [
      '<div class="row"><h2>Provisioning to App</h2><button id="edit-provisioning" class="btn" type="button">Edit</button></div>',
      '<div class="row"><h2>Provisioning to App</h2><button class="icon-btn" data-se="edit-to-app" aria-label="Edit provisioning settings" type="button">✎</button></div>',
    ],
    [
      '<label><input type="checkbox" id="create-users" name="create" checked> Create Users</label>',
      '<label><input type="checkbox" id="provision-create" name="create" checked> Create users in Slack</label>',
    ],
    [
      '<label><input type="checkbox" id="sync-password" name="syncPassword"> Sync Password</label>',
      '<label><input type="checkbox" id="sync-avatar" name="syncPhoto"> Sync profile photo</label>',
    ],
    [
      '<label for="username-format">Default username format</label><select id="username-format" name="usernameFormat"><option selected>Email</option><option>Email prefix</option><option>Custom</option></select>\n',
      '',
    ],
    [
      '<label for="api-token">API Token</label><input id="api-token" name="apiToken" type="text" value="••••••••••">\n<button id="test-creds" class="btn" type="button">Test API Credentials</button>',
      '<label for="bearer">Bearer token</label><input id="bearer" name="bearerToken" type="password" value="••••••••••">\n<button data-se="test-connection" class="btn" type="button">Test connection</button>',
    ],
    [
      '<tr><td>title</td>',
      '<tr><td>displayName</td><td>user.displayName</td><td>Create and update</td><td><a href="#" class="edit-mapping">Edit</a> <a href="#" class="remove-mapping">Remove</a></td></tr>\n<tr data-attr="title"><td>title</td>',
    ],
    [
      '<a id="profile-editor-link" href="/admin/universaldirectory#slack">Go to Profile Editor</a>',
      '<a class="link-secondary" href="/admin/universaldirectory#slack">Open Profile Editor</a>',
    ],
  ]),
  targets: [
    {
      selector: '#edit-provisioning',
      expect: 'button[aria-label="Edit provisioning settings"]',
      change: 'text button became pencil icon',
    },
    { selector: '#create-users', expect: '#provision-create', change: 'id renamed, label reworded' },
    {
      selector: '#sync-password',
      expect: null,
      change: 'password sync removed; profile photo checkbox in its slot',
    },
    { selector: '#username-format', expect: null, change: 'username format select removed' },
    {
      selector: '#api-token',
      expect: 'input[name="bearerToken"]',
      change: 'renamed Bearer token, password type',
    },
    { selector: '#test-creds', expect: '[data-se="test-connection"]', change: 'reworded Test connection' },
    {
      selector: '#attr-mappings tbody tr:nth-child(5) .edit-mapping',
      expect: 'tr[data-attr="title"] .edit-mapping',
      change: 'new mapping row inserted above',
    },
    {
      selector: '#profile-editor-link',
      expect: 'a[href="/admin/universaldirectory#slack"]',
      change: 'id removed, reworded Open Profile Editor',
    },
  ],
};

const pair16: PagePair = {
  name: 'admin-audit-log-b24',
  v1: page(
    'Audit log · Organization settings · Hubline',
    `<header><a class="brand" href="/">Hubline</a><nav class="top"><a href="/projects">Projects</a><a href="/people">People</a><a href="/org/settings" class="active">Organization</a></nav><a href="/me">owner@acme.io</a></header>
<div class="sidebar"><h3>Settings</h3><ul class="settings-menu">
<li><a href="/org/settings/general">General</a></li><li><a href="/org/settings/members">Members</a></li><li><a href="/org/settings/security">Security</a></li><li><a href="/org/settings/billing">Billing</a></li><li class="active"><a href="/org/settings/audit">Audit log</a></li><li><a href="/org/settings/api">API tokens</a></li></ul></div>
<main>
<h1>Audit log</h1>
<p class="muted">Events are retained for 90 days. <a id="upgrade-retention" href="/org/settings/billing?plan=enterprise">Upgrade for 1-year retention</a></p>
<form id="audit-filters" class="card">
<div class="row"><label>User <input id="actor-filter" name="actor" placeholder="Filter by user"></label>
<label>Action <select id="action-filter" name="action"><option>All actions</option><option>user.login</option><option>project.delete</option><option>member.invite</option><option>settings.update</option></select></label></div>
<div class="row"><label>From <input id="from-date" name="from" type="date"></label><label>To <input id="to-date" name="to" type="date"></label>
<label>IP address <input id="ip-filter" name="ip" placeholder="e.g. 203.0.113.0/24"></label></div>
<button id="search-btn" class="btn primary" type="submit">Search</button>
</form>
<div class="row export-row"><button id="export-csv" class="btn" type="button">Export as CSV</button><button id="export-json" class="btn" type="button">Export as JSON</button><a id="streaming-link" href="/org/settings/audit/streaming">Stream events to SIEM</a></div>
<table id="audit-events">
<thead><tr><th>Time</th><th>Actor</th><th>Action</th><th>Target</th><th>IP</th><th></th></tr></thead>
<tbody>
<tr><td>10:41</td><td>alice</td><td>member.invite</td><td>dan@contractor.io</td><td>81.2.69.160</td><td><a class="details" href="/org/settings/audit/evt_7e1">Details</a></td></tr>
<tr><td>10:12</td><td>bob</td><td>project.delete</td><td>legacy-website</td><td>81.2.69.142</td><td><a class="details" href="/org/settings/audit/evt_7d2">Details</a></td></tr>
<tr><td>09:55</td><td>alice</td><td>settings.update</td><td>SSO enforcement</td><td>81.2.69.160</td><td><a class="details" href="/org/settings/audit/evt_7c9">Details</a></td></tr>
<tr><td>09:30</td><td>carol</td><td>user.login</td><td>—</td><td>192.0.2.17</td><td><a class="details" href="/org/settings/audit/evt_7c0">Details</a></td></tr>
</tbody></table>
<div class="row pager"><a class="newer" href="?before=">← Newer</a><a class="older" href="?after=evt_7c0">Older →</a></div>
</main>
<footer>Hubline · Trust center · Terms</footer>`,
  ),
  v2: page(
    'Audit log – Hubline',
    `<header class="css-0f1"><a class="css-logo" href="/">Hubline</a><button class="css-orgswitch" type="button">Acme ▾</button><a href="/me" class="css-avatar" aria-label="Your profile">OA</a></header>
<nav class="css-settingsnav" aria-label="Organization settings"><a href="/org/settings/general">General</a><a href="/org/settings/members">Members</a><a href="/org/settings/security">Authentication</a><a href="/org/settings/billing">Plans &amp; billing</a><a href="/org/settings/audit" aria-current="page">Audit log</a><a href="/org/settings/api">API</a></nav>
<main class="css-main">
<h1>Audit log</h1>
<div role="tablist" class="css-tabs"><a role="tab" aria-selected="true" href="/org/settings/audit">Events</a><a role="tab" href="/org/settings/audit/streaming">Log streaming</a></div>
<p class="css-muted">Your Enterprise plan keeps events for 1 year.</p>
<form class="css-filterbar" role="search">
<input name="query" type="search" aria-label="Search events" placeholder="actor:alice action:project.delete ip:203.0.113.0/24">
<select aria-label="Event type"><option>All events</option><option>user.login</option><option>project.delete</option><option>member.invite</option><option>settings.update</option><option>token.create</option></select>
<select aria-label="Date range"><option>Last 24 hours</option><option selected>Last 7 days</option><option>Last 30 days</option><option>Custom range…</option></select>
<button class="css-apply" type="submit">Apply filters</button>
<details class="css-export"><summary>Export ▾</summary><button data-export="csv" type="button">CSV</button><button data-export="json" type="button">JSON</button></details>
</form>
<ul class="css-events">
<li data-event-id="evt_7f3"><span>10:58</span> <strong>carol</strong> created API token <em>ci-deploy</em> <span class="css-ip">192.0.2.17</span> <button class="expand" type="button" aria-expanded="false">View details</button></li>
<li data-event-id="evt_7e1"><span>10:41</span> <strong>alice</strong> invited <em>dan@contractor.io</em> <span class="css-ip">81.2.69.160</span> <button class="expand" type="button" aria-expanded="false">View details</button></li>
<li data-event-id="evt_7d2"><span>10:12</span> <strong>bob</strong> deleted project <em>legacy-website</em> <span class="css-ip">81.2.69.142</span> <button class="expand" type="button" aria-expanded="false">View details</button></li>
<li data-event-id="evt_7c9"><span>09:55</span> <strong>alice</strong> updated <em>SSO enforcement</em> <span class="css-ip">81.2.69.160</span> <button class="expand" type="button" aria-expanded="false">View details</button></li>
<li data-event-id="evt_7c0"><span>09:30</span> <strong>carol</strong> signed in <span class="css-ip">192.0.2.17</span> <button class="expand" type="button" aria-expanded="false">View details</button></li>
</ul>
<button data-testid="load-more" class="css-loadmore" type="button">Load older events</button>
</main>`,
  ),
  targets: [
    {
      selector: '#actor-filter',
      expect: 'input[name="query"]',
      change: 'user filter folded into query search bar',
    },
    {
      selector: '#action-filter',
      expect: 'select[aria-label="Event type"]',
      change: 'id dropped, relabelled Event type',
    },
    { selector: '#to-date', expect: null, change: 'date pair replaced by a date range select' },
    {
      selector: '#search-btn',
      expect: 'button.css-apply',
      change: 'reworded Apply filters, inline in filter bar',
    },
    {
      selector: '#export-csv',
      expect: '[data-export="csv"]',
      change: 'moved into Export dropdown, reworded CSV',
    },
    {
      selector: '#audit-events tbody tr:nth-child(2) a.details',
      expect: 'li[data-event-id="evt_7d2"] button.expand',
      change: 'table became event list, new event on top',
    },
    { selector: '#upgrade-retention', expect: null, change: 'upgrade link removed, retention text only' },
    {
      selector: 'a.older',
      expect: '[data-testid="load-more"]',
      change: 'pager link became Load older events button',
    },
  ],
};

const mdmV1 = page(
  'Windows baseline · Compliance policies · Fleetwise MDM',
  `<header><a class="brand" href="/">Fleetwise MDM</a>
<nav class="top"><a href="/devices" class="active">Devices</a><a href="/apps">Apps</a><a href="/endpoint-security">Endpoint security</a><a href="/users">Users</a><a href="/reports">Reports</a></nav>
<a href="/tenant">Tenant: acme</a><a href="/me">mdm-admin</a></header>
<main>
<p class="crumbs"><a href="/devices">Devices</a> › <a href="/devices/compliance">Compliance policies</a> › Windows baseline</p>
<h1>Compliance policy: Windows baseline</h1>
<form id="policy-form">
<section class="card"><h2>Device health</h2>
<label for="bitlocker">Require BitLocker</label><select id="bitlocker" name="bitlocker"><option>Not configured</option><option selected>Require</option></select>
<label for="secure-boot">Require Secure Boot to be enabled</label><select id="secure-boot" name="secureBoot"><option>Not configured</option><option selected>Require</option></select>
<label for="code-integrity">Require code integrity</label><select id="code-integrity" name="codeIntegrity"><option selected>Not configured</option><option>Require</option></select>
</section>
<section class="card"><h2>Device properties</h2>
<label for="min-os">Minimum OS version</label><input id="min-os" name="minOs" value="10.0.19045">
<label for="max-os">Maximum OS version</label><input id="max-os" name="maxOs" placeholder="e.g. 10.0.22631">
</section>
<section class="card"><h2>System security</h2>
<label><input type="checkbox" id="require-password" name="requirePassword" checked> Require a password to unlock devices</label>
<label for="pw-length">Minimum password length</label><input id="pw-length" name="pwLength" type="number" value="8">
<label for="simple-passwords">Simple passwords</label><select id="simple-passwords" name="simplePasswords"><option>Not configured</option><option selected>Block</option></select>
<label for="firewall">Firewall</label><select id="firewall" name="firewall"><option>Not configured</option><option selected>Require</option></select>
<label for="antivirus">Antivirus</label><select id="antivirus" name="antivirus"><option>Not configured</option><option selected>Require</option></select>
</section>
<section class="card"><h2>Actions for noncompliance</h2>
<table id="noncompliance-actions"><thead><tr><th>Action</th><th>Schedule</th><th></th></tr></thead>
<tbody>
<tr><td>Mark device noncompliant</td><td>Immediately</td><td><button class="btn action-edit" type="button">Edit</button></td></tr>
<tr><td>Send email to end user</td><td>1 day</td><td><button class="btn action-edit" type="button">Edit</button></td></tr>
<tr><td>Retire the noncompliant device</td><td>30 days</td><td><button class="btn action-edit" type="button">Edit</button></td></tr>
</tbody></table>
<button id="add-action" class="btn" type="button">Add action</button>
</section>
<section class="card"><h2>Assignments</h2>
<p>Included groups: All Windows devices</p><button id="add-groups" class="btn" type="button">Add groups</button>
<p>Excluded groups: Kiosks</p><button id="add-excluded" class="btn" type="button">Add groups</button>
</section>
<div class="row"><button id="review-save" class="btn primary" type="submit">Review + save</button><a href="/devices/compliance">Cancel</a></div>
</form>
</main>
<footer>Fleetwise MDM · Privacy · Docs</footer>`,
);

const pair17: PagePair = {
  name: 'mdm-compliance-policy-b24',
  v1: mdmV1,
  v2: edit(mdmV1, [
    [
      '<label for="bitlocker">Require BitLocker</label><select id="bitlocker" name="bitlocker">',
      '<label for="bitlocker-required">BitLocker drive encryption</label><select id="bitlocker-required" name="bitLockerEnabled">',
    ],
    [
      '<label for="max-os">Maximum OS version</label><input id="max-os" name="maxOs" placeholder="e.g. 10.0.22631">\n',
      '',
    ],
    [
      '<label for="pw-length">Minimum password length</label><input id="pw-length" name="pwLength" type="number" value="8">\n<label for="simple-passwords">Simple passwords</label><select id="simple-passwords" name="simplePasswords"><option>Not configured</option><option selected>Block</option></select>',
      '<label for="password-type">Password type</label><select id="password-type" name="passwordType"><option>Device default</option><option selected>Alphanumeric</option><option>Numeric</option></select>\n<label for="min-password-length">Minimum characters</label><input id="min-password-length" name="passwordMinimumLength" type="number" value="8">',
    ],
    [
      '<label for="firewall">Firewall</label><select id="firewall" name="firewall"><option>Not configured</option><option selected>Require</option></select>',
      '<label class="toggle"><input type="checkbox" name="firewallRequired" checked> Require Windows Firewall to be on</label>',
    ],
    [
      '<tr><td>Send email to end user</td><td>1 day</td><td><button class="btn action-edit" type="button">Edit</button></td></tr>',
      '<tr data-action="push"><td>Send push notification to end user</td><td>Immediately</td><td><button class="btn action-edit" type="button">Edit</button></td></tr>\n<tr data-action="email"><td>Send email to end user</td><td>1 day</td><td><button class="btn action-edit" type="button">Edit</button></td></tr>',
    ],
    [
      '<p>Included groups: All Windows devices</p><button id="add-groups" class="btn" type="button">Add groups</button>\n<p>Excluded groups: Kiosks</p><button id="add-excluded" class="btn" type="button">Add groups</button>',
      '<p>Included groups: All Windows devices</p><button id="include-groups-btn" class="btn" type="button">Select groups to include</button>\n<p>Excluded groups: Kiosks</p><button id="exclude-groups-btn" class="btn" type="button">Select groups to exclude</button>',
    ],
    [
      '<button id="review-save" class="btn primary" type="submit">Review + save</button>',
      '<button class="btn primary save-policy" type="submit">Save</button>',
    ],
  ]),
  targets: [
    { selector: '#bitlocker', expect: '#bitlocker-required', change: 'id, name and label renamed' },
    { selector: '#max-os', expect: null, change: 'maximum OS version field removed' },
    {
      selector: '#simple-passwords',
      expect: null,
      change: 'simple password setting gone; Password type select in its slot',
    },
    {
      selector: '#pw-length',
      expect: '#min-password-length',
      change: 'renamed Minimum characters, moved below new field',
    },
    {
      selector: '#firewall',
      expect: 'input[name="firewallRequired"]',
      change: 'select became checkbox toggle',
    },
    {
      selector: '#noncompliance-actions tbody tr:nth-child(2) .action-edit',
      expect: 'tr[data-action="email"] .action-edit',
      change: 'push notification row inserted above',
    },
    {
      selector: '#add-groups',
      expect: '#include-groups-btn',
      change: 'reworded Select groups to include; similar exclude button',
    },
    { selector: '#review-save', expect: 'button.save-policy', change: 'reworded Save, id removed' },
  ],
};

const pair18: PagePair = {
  name: 'code-quality-gate-b24',
  v1: page(
    'billing-service · Overview · CodeLens Quality',
    `<header><a class="brand" href="/">CodeLens</a>
<nav class="global-nav"><a href="/projects" class="active">Projects</a><a href="/issues">Issues</a><a href="/rules">Rules</a><a href="/profiles">Quality Profiles</a><a href="/quality_gates">Quality Gates</a><a href="/admin">Administration</a></nav>
<input type="search" id="global-search" placeholder="Search for projects…"><a href="/account">akumar</a></header>
<main>
<div class="row project-head"><h1>acme / billing-service</h1>
<select id="branch-select" name="branch"><option selected>main</option><option>release/2.4</option><option>feature/refunds</option></select>
<a id="project-settings" href="/project/settings?id=billing">Project Settings</a><a class="project-info" href="/project/info?id=billing">Project Information</a></div>
<ul class="tabs project-nav"><li class="active"><a href="/dashboard?id=billing">Overview</a></li><li><a href="/project/issues?id=billing">Issues</a></li><li><a href="/security_hotspots?id=billing">Security Hotspots</a></li><li><a href="/component_measures?id=billing">Measures</a></li><li><a href="/code?id=billing">Code</a></li><li><a href="/project/activity?id=billing">Activity</a></li></ul>
<section class="card gate"><h2>Quality Gate <span class="gate-status badge">Failed</span></h2>
<ul class="conditions"><li><a class="condition-link" href="/component_measures?id=billing&amp;metric=new_coverage">Coverage on New Code 71.4% (is less than 80%)</a></li><li><a class="condition-link" href="/component_measures?id=billing&amp;metric=new_duplicated_lines_density">Duplicated Lines on New Code 4.2% (is greater than 3%)</a></li></ul>
<a id="edit-gate" href="/quality_gates/show/acme-way">Edit quality gate</a></section>
<ul class="tabs code-period"><li class="active"><a id="tab-new-code" href="#new">New Code</a></li><li><a id="tab-overall" href="#overall">Overall Code</a></li></ul>
<div class="grid3 measures">
<div class="card"><h3>Bugs</h3><a id="measure-bugs" href="/project/issues?types=BUG">3</a></div>
<div class="card"><h3>Vulnerabilities</h3><a id="measure-vulns" href="/project/issues?types=VULNERABILITY">1</a></div>
<div class="card"><h3>Security Hotspots Reviewed</h3><a id="measure-hotspots" href="/security_hotspots?id=billing">50%</a></div>
<div class="card"><h3>Code Smells</h3><a id="measure-smells" href="/project/issues?types=CODE_SMELL">27</a></div>
<div class="card"><h3>Coverage</h3><a id="measure-coverage" href="/component_measures?metric=new_coverage">71.4%</a></div>
<div class="card"><h3>Duplications</h3><a id="measure-dup" href="/component_measures?metric=new_duplicated_lines_density">4.2%</a></div>
</div>
<div class="row"><button id="pdf-report" class="btn" type="button">Download PDF report</button></div>
<section class="activity"><h2>Activity</h2><ul><li>June 3 · Version 2.5.0-SNAPSHOT · Quality Gate: Failed</li><li>June 2 · Quality Gate: Passed</li></ul><a href="/project/activity?id=billing">See full history</a></section>
</main>
<footer>CodeLens Community 10.4 · LGPL v3 · Community · Documentation</footer>`,
  ),
  v2: page(
    'billing-service – CodeLens',
    `<header class="sw-header"><a href="/" class="sw-logo" aria-label="CodeLens">◎</a>
<nav class="sw-topnav"><a href="/projects" aria-current="page">Projects</a><a href="/issues">Issues</a><a href="/rules">Rules</a><a href="/profiles">Quality Profiles</a><a href="/quality_gates">Quality Gates</a><a href="/admin">Administration</a><a href="/portfolios">More</a></nav>
<input class="sw-search" type="search" aria-label="Search" placeholder="Search for projects"><button class="sw-avatar" type="button" aria-label="Account">AK</button></header>
<div class="sw-projbar"><span class="sw-proj">acme / billing-service</span><button class="sw-branch" aria-label="Select branch" type="button">⑂ main ▾</button>
<nav class="sw-projnav"><a href="/dashboard?id=billing" aria-current="page">Overview</a><a href="/project/issues?id=billing">Issues</a><a href="/security_hotspots?id=billing">Security Hotspots</a><a href="/component_measures?id=billing">Measures</a><a href="/code?id=billing">Code</a><a href="/project/activity?id=billing">Activity</a><a href="/project/settings?id=billing" class="sw-settings">Project settings</a><a href="/project/info?id=billing">Project information</a></nav></div>
<main class="sw-main">
<section class="sw-gate"><h2>Quality Gate: <strong class="sw-fail">Failed</strong></h2>
<p>2 conditions failed on new code</p>
<ul><li><a href="/component_measures?id=billing&amp;metric=new_coverage">71.4% Coverage on New Code (required ≥ 80.0%)</a></li><li><a href="/component_measures?id=billing&amp;metric=new_duplicated_lines_density">4.2% Duplicated Lines on New Code (required ≤ 3.0%)</a></li></ul>
<a class="sw-learn" href="/documentation/quality-gates">Learn more about quality gates</a></section>
<div role="tablist" class="sw-toggle"><button role="tab" id="new-code-tab" aria-selected="true" type="button">New code</button><button role="tab" id="overall-code-tab" type="button">Overall code</button></div>
<div class="grid3 sw-measures">
<div class="sw-card"><h3>Security</h3><a data-metric="security_issues" href="/project/issues?impactSoftwareQualities=SECURITY">1 open issue</a></div>
<div class="sw-card"><h3>Reliability</h3><a data-metric="reliability_issues" href="/project/issues?impactSoftwareQualities=RELIABILITY">3 open issues</a></div>
<div class="sw-card"><h3>Maintainability</h3><a data-metric="maintainability_issues" href="/project/issues?impactSoftwareQualities=MAINTAINABILITY">27 open issues</a></div>
<div class="sw-card"><h3>Accepted issues</h3><a data-metric="accepted_issues" href="/project/issues?issueStatuses=ACCEPTED">2</a></div>
<div class="sw-card"><h3>Coverage</h3><a data-metric="coverage" href="/component_measures?metric=new_coverage">71.4%</a><p>on 1.2k new lines to cover</p></div>
<div class="sw-card"><h3>Duplications</h3><a data-metric="duplications" href="/component_measures?metric=new_duplicated_lines_density">4.2%</a></div>
<div class="sw-card"><h3>Security Hotspots</h3><a data-metric="hotspots" href="/security_hotspots?id=billing">2 to review</a></div>
</div>
<section class="sw-activity"><h2>Activity</h2><ol><li>Jun 3, 2024 · 2.5.0-SNAPSHOT · Failed</li><li>Jun 2, 2024 · Passed</li></ol><a href="/project/activity?id=billing">See the history</a></section>
</main>`,
  ),
  targets: [
    {
      selector: '#branch-select',
      expect: 'button[aria-label="Select branch"]',
      change: 'select became branch dropdown button',
    },
    {
      selector: '#project-settings',
      expect: 'a.sw-settings',
      change: 'moved into project nav, casing changed',
    },
    { selector: '#tab-overall', expect: '#overall-code-tab', change: 'tab link became tab button' },
    {
      selector: '#measure-bugs',
      expect: 'a[data-metric="reliability_issues"]',
      change: 'Bugs renamed Reliability issues',
    },
    {
      selector: '#measure-smells',
      expect: 'a[data-metric="maintainability_issues"]',
      change: 'Code Smells renamed Maintainability',
    },
    { selector: '#edit-gate', expect: null, change: 'edit link gone; documentation link in its slot' },
    { selector: '#pdf-report', expect: null, change: 'PDF report button removed' },
    {
      selector: '#measure-coverage',
      expect: 'a[data-metric="coverage"]',
      change: 'id dropped, card gained subtitle',
    },
  ],
};

const kafkaV1 = page(
  'orders.v1 · Topics · StreamDeck for Kafka',
  `<header><a class="brand" href="/">StreamDeck</a>
<label>Cluster <select id="cluster-select" name="cluster"><option selected>prod-eu</option><option>staging</option></select></label>
<a href="/docs">Docs</a><a href="/me">platform-team</a></header>
<div class="sidebar"><ul class="side-menu">
<li><a href="/ui/clusters/prod-eu/brokers">Brokers</a></li><li class="active"><a href="/ui/clusters/prod-eu/topics">Topics</a></li><li><a href="/ui/clusters/prod-eu/consumer-groups">Consumers</a></li><li><a href="/ui/clusters/prod-eu/schemas">Schema Registry</a></li><li><a href="/ui/clusters/prod-eu/connectors">Kafka Connect</a></li><li><a href="/ui/clusters/prod-eu/ksqldb">KSQL DB</a></li></ul></div>
<main>
<p class="crumbs"><a href="/ui/clusters/prod-eu/topics">Topics</a> / orders.v1</p>
<h1>orders.v1</h1>
<div class="row topic-actions">
<button id="produce-btn" class="btn primary" type="button">Produce Message</button>
<button id="clear-messages" class="btn" type="button">Clear messages</button>
<button id="recreate-topic" class="btn" type="button">Recreate topic</button>
<button id="delete-topic" class="btn danger" type="button">Delete topic</button>
</div>
<ul class="tabs"><li><a href="#overview">Overview</a></li><li><a href="#messages">Messages</a></li><li><a href="#consumers">Consumers</a></li><li class="active"><a href="#settings">Settings</a></li><li><a href="#stats">Statistics</a></li></ul>
<section id="settings" class="card">
<div class="row"><h2>Topic configuration</h2><label><input type="checkbox" id="customized-only" name="customizedOnly"> Show only customized</label></div>
<form id="topic-config">
<label for="cleanup">cleanup.policy</label><select id="cleanup" name="cleanup.policy"><option selected>delete</option><option>compact</option><option>compact,delete</option></select>
<label for="retention-ms">retention.ms</label><input id="retention-ms" name="retention.ms" value="604800000">
<label for="retention-bytes">retention.bytes</label><input id="retention-bytes" name="retention.bytes" value="-1">
<label for="min-isr">min.insync.replicas</label><input id="min-isr" name="min.insync.replicas" type="number" value="2">
<label for="max-message-bytes">max.message.bytes</label><input id="max-message-bytes" name="max.message.bytes" value="1048588">
<label for="compression">compression.type</label><select id="compression" name="compression.type"><option selected>producer</option><option>lz4</option><option>zstd</option></select>
<button id="save-config" class="btn primary" type="submit">Save</button>
</form></section>
<section class="card"><h2>Partitions</h2><p>12 partitions · replication factor 3</p>
<div class="row"><input id="partitions-count" name="partitions" type="number" value="12"><button id="add-partitions" class="btn" type="button">Add partitions</button></div></section>
</main>
<footer>StreamDeck v0.7.2</footer>`,
);

const pair19: PagePair = {
  name: 'kafka-topic-config-b24',
  v1: kafkaV1,
  v2: edit(kafkaV1, [
    [
      '<button id="produce-btn" class="btn primary" type="button">Produce Message</button>\n<button id="clear-messages" class="btn" type="button">Clear messages</button>\n<button id="recreate-topic" class="btn" type="button">Recreate topic</button>\n<button id="delete-topic" class="btn danger" type="button">Delete topic</button>',
      '<button class="btn purge" type="button">Purge messages</button>\n<button id="copy-topic" class="btn" type="button">Copy topic</button>\n<button class="btn primary produce" type="button">Produce message</button>\n<details class="kebab"><summary aria-label="Topic actions">⋮</summary><button data-testid="topic-edit" type="button">Edit settings</button><button data-testid="topic-delete" type="button">Remove topic</button></details>',
    ],
    [
      '<label><input type="checkbox" id="customized-only" name="customizedOnly"> Show only customized</label>',
      '<label class="switch"><input type="checkbox" name="overriddenOnly"> Show only overridden values</label>',
    ],
    [
      '<label for="cleanup">cleanup.policy</label><select id="cleanup" name="cleanup.policy"><option selected>delete</option><option>compact</option><option>compact,delete</option></select>',
      '<fieldset id="cleanup-policy-group"><legend>Cleanup policy</legend><label><input type="radio" name="cleanupPolicy" value="delete" checked> Delete</label><label><input type="radio" name="cleanupPolicy" value="compact"> Compact</label><label><input type="radio" name="cleanupPolicy" value="compact,delete"> Compact and delete</label></fieldset>',
    ],
    [
      '<label for="retention-ms">retention.ms</label><input id="retention-ms" name="retention.ms" value="604800000">\n<label for="retention-bytes">retention.bytes</label><input id="retention-bytes" name="retention.bytes" value="-1">',
      '<label for="retention-time">Time to retain data</label><select id="retention-time" name="retentionTime"><option>12 hours</option><option>1 day</option><option selected>7 days</option><option>4 weeks</option><option>Custom</option></select>',
    ],
    [
      '<button id="save-config" class="btn primary" type="submit">Save</button>',
      '<div class="row"><button class="btn" type="reset">Reset to defaults</button><button class="btn primary save-topic-settings" type="submit">Save changes</button></div>',
    ],
  ]),
  targets: [
    {
      selector: '#produce-btn',
      expect: 'button.produce',
      change: 'id dropped, moved to end of toolbar, casing changed',
    },
    { selector: '#clear-messages', expect: 'button.purge', change: 'reworded Purge messages, id dropped' },
    {
      selector: '#recreate-topic',
      expect: null,
      change: 'recreate action removed; Copy topic button in its slot',
    },
    {
      selector: '#retention-ms',
      expect: '#retention-time',
      change: 'raw ms input became friendly time select',
    },
    { selector: '#retention-bytes', expect: null, change: 'size-based retention field removed' },
    {
      selector: 'select[name="cleanup.policy"]',
      expect: '#cleanup-policy-group',
      change: 'select became radio group',
    },
    {
      selector: '#customized-only',
      expect: 'input[name="overriddenOnly"]',
      change: 'switch, label reworded',
    },
    {
      selector: '#delete-topic',
      expect: '[data-testid="topic-delete"]',
      change: 'moved into kebab menu, reworded Remove topic',
    },
  ],
};

const pair20: PagePair = {
  name: 'synthetic-uptime-check-b24',
  v1: page(
    'Edit monitor · checkout.acme.com · PingPost',
    `<header><a class="brand" href="/dashboard">PingPost</a>
<nav class="top"><a href="/dashboard" class="active">Monitors</a><a href="/status-pages">Status pages</a><a href="/incidents">Incidents</a><a href="/integrations">Integrations</a><a href="/team">Team</a></nav>
<a href="/upgrade" class="badge">Pro</a><a href="/account">sre@acme.com</a></header>
<main>
<div class="row"><h1>Edit monitor</h1><button id="pause-monitor" class="btn" type="button">Pause monitor</button></div>
<form id="monitor-form">
<label for="monitor-type">Monitor type</label><select id="monitor-type" name="type"><option selected>HTTP(s)</option><option>Keyword</option><option>Ping</option><option>Port</option></select>
<label for="friendly-name">Friendly name</label><input id="friendly-name" name="friendlyName" value="Checkout">
<label for="monitor-url">URL (or IP)</label><input id="monitor-url" name="url" value="https://checkout.acme.com/health">
<label for="interval">Monitoring interval</label><select id="interval" name="interval"><option>30 seconds</option><option selected>1 minute</option><option>5 minutes</option><option>15 minutes</option></select>
<label for="timeout">Request timeout (seconds)</label><input id="timeout" name="timeout" type="number" value="30">
<fieldset><legend>Locations</legend>
<label><input type="checkbox" name="locations" value="eu-west" checked> Europe (Frankfurt)</label>
<label><input type="checkbox" name="locations" value="us-east" checked> North America (Virginia)</label>
<label><input type="checkbox" name="locations" value="ap-southeast"> Asia (Singapore)</label></fieldset>
<fieldset><legend>Alert contacts to notify</legend>
<label><input type="checkbox" id="contact-email" name="contacts" value="email" checked> sre@acme.com (e-mail)</label>
<label><input type="checkbox" id="contact-slack" name="contacts" value="slack" checked> #ops-alerts (Slack)</label>
<label><input type="checkbox" id="contact-sms" name="contacts" value="sms"> +44 7700 900123 (SMS)</label></fieldset>
<details open><summary>Advanced settings</summary>
<label for="http-method">HTTP method</label><select id="http-method" name="method"><option selected>GET</option><option>HEAD</option><option>POST</option></select>
<label for="headers">Custom HTTP headers (JSON)</label><textarea id="headers" name="headers">{"X-Probe": "pingpost"}</textarea>
<label><input type="checkbox" id="follow-redirects" name="followRedirects" checked> Follow redirections</label>
<label><input type="checkbox" id="ssl-reminder" name="sslReminder" checked> SSL expiry reminders</label>
</details>
<div class="row"><button id="save-monitor" class="btn primary" type="submit">Save changes</button><button class="btn delete-monitor" type="button">Delete monitor</button></div>
</form>
</main>
<footer>PingPost · API · Status · Terms</footer>`,
  ),
  v2: page(
    'Checkout · Monitors · PingPost',
    `<aside class="tw-sidebar"><a class="tw-logo" href="/dashboard">PingPost</a>
<nav><a href="/monitors" aria-current="page">Monitoring</a><a href="/incidents">Incidents</a><a href="/status-pages">Status pages</a><a href="/maintenance">Maintenance</a><a href="/integrations">Integrations</a><a href="/team">Team members</a></nav>
<a href="/account" class="tw-user">sre@acme.com</a></aside>
<main class="tw-main">
<div class="tw-head"><a href="/monitors" class="tw-back">← Monitoring</a><h1>Checkout</h1>
<button data-test="pause-monitor" class="tw-btn" type="button">⏸ Pause</button><button data-test="test-notification" class="tw-btn" type="button">Send test alert</button></div>
<form class="tw-form">
<section><h2>Monitor type</h2>
<div role="radiogroup" aria-label="Monitor type" class="grid">
<label class="tw-tile"><input type="radio" name="type" value="http" checked> HTTP / website monitoring</label>
<label class="tw-tile"><input type="radio" name="type" value="keyword"> Keyword monitoring</label>
<label class="tw-tile"><input type="radio" name="type" value="ping"> Ping</label>
<label class="tw-tile"><input type="radio" name="type" value="port"> Port</label></div></section>
<section><h2>Basics</h2>
<label>Display name<input name="displayName" value="Checkout"></label>
<label>URL to monitor<input name="url" value="https://checkout.acme.com/health"></label>
<label>Check frequency <output>1 min</output><input type="range" name="checkFrequency" min="30" max="900" step="30" value="60"></label>
<label>Request timeout<select name="timeoutSeconds"><option>15 s</option><option selected>30 s</option><option>45 s</option></select></label></section>
<section><h2>Regions</h2>
<label><input type="checkbox" name="regions" value="fra" checked> Frankfurt</label>
<label><input type="checkbox" name="regions" value="iad" checked> Virginia</label>
<label><input type="checkbox" name="regions" value="sgp"> Singapore</label>
<label><input type="checkbox" name="regions" value="syd"> Sydney</label></section>
<section><h2>How will we notify you?</h2>
<label><input type="checkbox" name="notify" value="email" checked> E-mail · sre@acme.com</label>
<label><input type="checkbox" name="notify" value="slack" checked> Slack · #ops-alerts</label>
<label><input type="checkbox" name="notify" value="teams"> Microsoft Teams · Ops channel</label></section>
<section><h2>Advanced</h2>
<label>HTTP method<select name="httpMethod"><option selected>GET</option><option>HEAD</option><option>POST</option></select></label>
<label>Request headers<textarea name="requestHeaders">X-Probe: pingpost</textarea></label>
<label class="tw-switch"><input type="checkbox" name="sslExpiry" checked> Notify me before the SSL certificate expires</label></section>
<button class="tw-btn tw-btn--primary" type="submit">Save changes</button>
<section class="tw-danger"><h2>Danger zone</h2><p>Deleting removes all history for this monitor.</p><button data-test="delete-monitor" class="tw-btn tw-btn--danger" type="button">Delete this monitor</button></section>
</form>
</main>`,
  ),
  targets: [
    {
      selector: '#monitor-type',
      expect: '[role="radiogroup"][aria-label="Monitor type"]',
      change: 'select became radio tiles',
    },
    {
      selector: '#friendly-name',
      expect: 'input[name="displayName"]',
      change: 'relabelled Display name, id dropped',
    },
    {
      selector: '#interval',
      expect: 'input[name="checkFrequency"]',
      change: 'select became range slider, reworded',
    },
    {
      selector: 'input[name="locations"][value="ap-southeast"]',
      expect: 'input[name="regions"][value="sgp"]',
      change: 'locations renamed regions with city codes; Sydney added',
    },
    { selector: '#contact-sms', expect: null, change: 'SMS contact removed; Teams checkbox in its slot' },
    { selector: '#follow-redirects', expect: null, change: 'redirect option removed' },
    {
      selector: '#pause-monitor',
      expect: '[data-test="pause-monitor"]',
      change: 'icon plus short label, data-test',
    },
    {
      selector: '.delete-monitor',
      expect: '[data-test="delete-monitor"]',
      change: 'moved to Danger zone, reworded',
    },
  ],
};

const bucketV1 = page(
  'acme-media-prod · Buckets · Object Storage',
  `<header><a class="brand" href="/console">CloudCo</a><nav class="svc"><a href="/s3/buckets" class="active">Buckets</a><a href="/s3/access-points">Access Points</a><a href="/s3/batch">Batch Operations</a><a href="/s3/lens">Storage Lens</a></nav><span>Global</span><a href="/account">media-ops</a></header>
<main>
<p class="crumbs"><a href="/s3/buckets">Buckets</a> › acme-media-prod</p>
<h1>acme-media-prod <span class="badge">eu-central-1</span></h1>
<ul class="tabs"><li class="active"><a href="#objects">Objects</a></li><li><a href="#properties">Properties</a></li><li><a href="#permissions">Permissions</a></li><li><a href="#metrics">Metrics</a></li><li><a href="#management">Management</a></li><li><a href="#access-points">Access Points</a></li></ul>
<section id="objects-panel">
<div class="row toolbar">
<button id="copy-uri" class="btn" type="button">Copy S3 URI</button>
<button id="download-btn" class="btn" type="button">Download</button>
<button id="open-btn" class="btn" type="button">Open</button>
<button id="delete-btn" class="btn" type="button">Delete</button>
<button id="actions-menu" class="btn" type="button">Actions ▾</button>
<button id="create-folder" class="btn" type="button">Create folder</button>
<button id="upload-btn" class="btn primary" type="button">Upload</button>
</div>
<div class="row"><input name="prefix" type="text" placeholder="Find objects by prefix"><label><input type="checkbox" id="show-versions"> Show versions</label></div>
<table id="objects">
<thead><tr><th></th><th>Name</th><th>Type</th><th>Last modified</th><th>Size</th><th>Storage class</th></tr></thead>
<tbody>
<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/buckets/acme-media-prod/images/">images/</a></td><td>Folder</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/buckets/acme-media-prod/videos/">videos/</a></td><td>Folder</td><td>—</td><td>—</td><td>—</td></tr>
<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/object/acme-media-prod/robots.txt">robots.txt</a></td><td>txt</td><td>May 2, 2024</td><td>68 B</td><td>Standard</td></tr>
<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/object/acme-media-prod/sitemap.xml">sitemap.xml</a></td><td>xml</td><td>Jun 1, 2024</td><td>14.2 KB</td><td>Standard</td></tr>
<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/object/acme-media-prod/logo.png">logo.png</a></td><td>png</td><td>Jan 9, 2024</td><td>21.7 KB</td><td>Standard-IA</td></tr>
</tbody></table>
<div class="row pager"><a href="?p=1" class="page-number">1</a><a href="?p=2" class="page-number">2</a></div>
</section>
<section id="properties-summary" class="card"><h2>Properties</h2>
<p>Bucket Versioning: Enabled <a id="edit-versioning" href="#versioning">Edit</a></p>
<p>Default encryption: SSE-KMS <a id="edit-encryption" href="#encryption">Edit</a></p>
<p>Static website hosting: Disabled <a id="edit-website" href="#website">Edit</a></p>
</section>
</main>
<footer>© CloudCo · Privacy · Terms · Cookie preferences</footer>`,
);

const pair21: PagePair = {
  name: 'object-storage-bucket-b24',
  v1: bucketV1,
  v2: edit(bucketV1, [
    [
      '<button id="copy-uri" class="btn" type="button">Copy S3 URI</button>\n<button id="download-btn" class="btn" type="button">Download</button>\n<button id="open-btn" class="btn" type="button">Open</button>',
      '<button class="icon-btn" type="button" aria-label="Copy S3 URI">⧉</button>\n<button id="download-btn" class="btn" type="button">Download</button>\n<button id="query-sql-btn" class="btn" type="button">Query with SQL</button>',
    ],
    [
      '<button id="create-folder" class="btn" type="button">Create folder</button>\n<button id="upload-btn" class="btn primary" type="button">Upload</button>',
      '<button data-testid="new-folder" class="btn" type="button">New folder</button>\n<button data-testid="upload-files" class="btn primary" type="button">Upload files</button>',
    ],
    [
      '<div class="row"><input name="prefix" type="text" placeholder="Find objects by prefix"><label><input type="checkbox" id="show-versions"> Show versions</label></div>',
      '<div class="row"><input name="search" type="search" placeholder="Search by name or prefix"><label class="switch"><input type="checkbox" role="switch" name="versions"> Show object versions</label></div>',
    ],
    [
      '<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/object/acme-media-prod/robots.txt">robots.txt</a></td>',
      '<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/buckets/acme-media-prod/exports/">exports/</a></td><td>Folder</td><td>—</td><td>—</td><td>—</td></tr>\n<tr><td><input type="checkbox" name="obj"></td><td><a href="/s3/object/acme-media-prod/robots.txt">robots.txt</a></td>',
    ],
    ['<p>Static website hosting: Disabled <a id="edit-website" href="#website">Edit</a></p>\n', ''],
  ]),
  targets: [
    { selector: '#copy-uri', expect: 'button[aria-label="Copy S3 URI"]', change: 'text button became icon' },
    { selector: '#open-btn', expect: null, change: 'Open removed; Query with SQL button in its slot' },
    {
      selector: '#create-folder',
      expect: '[data-testid="new-folder"]',
      change: 'reworded New folder, data-testid',
    },
    { selector: '#upload-btn', expect: '[data-testid="upload-files"]', change: 'reworded Upload files' },
    {
      selector: '#objects tbody tr:nth-child(4) a',
      expect: 'a[href$="/sitemap.xml"]',
      change: 'new folder row shifts objects down',
    },
    {
      selector: '#show-versions',
      expect: 'input[name="versions"]',
      change: 'checkbox became switch, reworded',
    },
    { selector: '#edit-website', expect: null, change: 'static website hosting row removed' },
    {
      selector: 'input[name="prefix"]',
      expect: 'input[name="search"]',
      change: 'renamed, placeholder reworded',
    },
  ],
};

const pair22: PagePair = {
  name: 'cloud-cost-budgets-b24',
  v1: page(
    'Budgets · Cost Management',
    `<header><a class="brand" href="/console">CloudCo</a><input type="search" id="svc-search" placeholder="Search services"><a href="/billing">Billing</a><a href="/account">finops@acme</a></header>
<div class="sidebar"><h3>Cost Management</h3><ul class="cost-nav">
<li><a href="/cost/explorer">Cost explorer</a></li><li class="active"><a href="/cost/budgets">Budgets</a></li><li><a href="/cost/reports">Reports</a></li><li><a href="/cost/anomalies">Anomaly detection</a></li><li><a href="/cost/savings">Savings plans</a></li><li><a href="/billing/preferences">Billing preferences</a></li></ul></div>
<main>
<div class="row"><h1>Budgets</h1><button id="create-budget" class="btn primary" type="button">Create budget</button><button id="download-budgets" class="btn" type="button">Download CSV</button></div>
<table id="budgets">
<thead><tr><th>Name</th><th>Type</th><th>Budgeted</th><th>Actual</th><th>Forecasted</th><th>Alerts</th><th></th></tr></thead>
<tbody>
<tr><td><a href="/cost/budgets/monthly-total">Monthly total</a></td><td>Cost</td><td>$40,000</td><td>$27,310</td><td>$38,900</td><td>OK</td><td><button class="btn edit-budget" type="button">Edit</button> <button class="btn delete-budget" type="button">Delete</button></td></tr>
<tr><td><a href="/cost/budgets/data-platform">Data platform</a></td><td>Cost</td><td>$12,000</td><td>$9,870</td><td>$13,400</td><td>1 exceeded</td><td><button class="btn edit-budget" type="button">Edit</button> <button class="btn delete-budget" type="button">Delete</button></td></tr>
<tr><td><a href="/cost/budgets/sandbox">Sandbox accounts</a></td><td>Cost</td><td>$2,000</td><td>$2,410</td><td>$3,050</td><td>2 exceeded</td><td><button class="btn edit-budget" type="button">Edit</button> <button class="btn delete-budget" type="button">Delete</button></td></tr>
</tbody></table>
<section class="card"><h2>Edit budget: Data platform</h2>
<form id="budget-form">
<label for="budget-name">Budget name</label><input id="budget-name" name="name" value="Data platform">
<label for="period">Period</label><select id="period" name="period"><option selected>Monthly</option><option>Quarterly</option><option>Annually</option></select>
<label><input type="radio" name="renewal" value="recurring" checked> Recurring budget</label>
<label><input type="radio" name="renewal" value="expiring"> Expiring budget</label>
<label for="amount">Budgeted amount ($)</label><input id="amount" name="amount" type="number" value="12000">
<label for="scope-tag">Filter by cost allocation tag</label><select id="scope-tag" name="tag"><option selected>team = data</option><option>team = web</option></select>
<label for="alert-threshold">Alert threshold (% of budgeted)</label><input id="alert-threshold" name="threshold" type="number" value="80">
<label for="alert-emails">Email recipients</label><input id="alert-emails" name="emails" value="data-leads@acme.com">
<label><input type="checkbox" id="include-credits" name="credits"> Include credits</label>
<label><input type="checkbox" id="include-refunds" name="refunds"> Include refunds</label>
<div class="row"><button class="btn primary" type="submit">Save budget</button><a href="/cost/budgets">Cancel</a></div>
</form></section>
</main>
<footer>© CloudCo · Pricing calculator · Support</footer>`,
  ),
  v2: page(
    'Budgets | Cost Management',
    `<header class="cc-top"><a class="cc-logo" href="/console">CloudCo</a><input class="cc-search" type="search" aria-label="Search" placeholder="Search"><button class="cc-acct" type="button">finops@acme ▾</button></header>
<nav class="cc-left" aria-label="Billing and Cost Management"><a href="/cost/home">Home</a><a href="/cost/explorer">Cost Explorer</a><a href="/cost/budgets" aria-current="page">Budgets</a><a href="/cost/anomalies">Cost Anomaly Detection</a><a href="/cost/savings">Savings Plans</a><a href="/cost/reports">Saved reports</a></nav>
<main class="cc-main">
<div class="cc-title"><h1>Budgets</h1><p>3 budgets · 2 over threshold</p><button data-testid="create-budget" class="cc-btn cc-btn-primary" type="button">Create a budget</button></div>
<div class="grid3 cc-cards">
<article class="cc-card" data-budget="sandbox"><h3><a href="/cost/budgets/sandbox">Sandbox accounts</a></h3><p>$2,410 of $2,000 (121%)</p><p>Forecast $3,050</p><button class="cc-btn card-edit" type="button">Edit</button><details><summary aria-label="More actions for Sandbox accounts">⋯</summary><button type="button">Copy</button><button type="button">Delete</button></details></article>
<article class="cc-card" data-budget="data-platform"><h3><a href="/cost/budgets/data-platform">Data platform</a></h3><p>$9,870 of $12,000 (82%)</p><p>Forecast $13,400</p><button class="cc-btn card-edit" type="button">Edit</button><details><summary aria-label="More actions for Data platform">⋯</summary><button type="button">Copy</button><button type="button">Delete</button></details></article>
<article class="cc-card" data-budget="monthly-total"><h3><a href="/cost/budgets/monthly-total">Monthly total</a></h3><p>$27,310 of $40,000 (68%)</p><p>Forecast $38,900</p><button class="cc-btn card-edit" type="button">Edit</button><details><summary aria-label="More actions for Monthly total">⋯</summary><button type="button">Copy</button><button type="button">Delete</button></details></article>
</div>
<section class="cc-panel"><h2>Edit budget</h2>
<form class="cc-form">
<fieldset><legend>Details</legend>
<label>Name<input name="budgetName" value="Data platform"></label>
<div role="radiogroup" aria-label="Period" class="cc-seg"><label><input type="radio" name="timeUnit" value="MONTHLY" checked> Monthly</label><label><input type="radio" name="timeUnit" value="QUARTERLY"> Quarterly</label><label><input type="radio" name="timeUnit" value="ANNUALLY"> Annually</label></div>
<label>Renewal<select name="renewalType"><option selected>Recurring</option><option>Expiring</option></select></label>
<label>Budgeted amount<input name="budgetAmount" type="number" value="12000"></label></fieldset>
<fieldset><legend>Scope</legend>
<label>Tag<select name="costTag"><option selected>team: data</option><option>team: web</option></select></label>
<label><input type="checkbox" name="includeCredits"> Include credits</label>
<label><input type="checkbox" name="includeSupport"> Include support charges</label></fieldset>
<fieldset><legend>Alerts</legend>
<table class="cc-alerts"><thead><tr><th>Trigger</th><th>Threshold</th><th>Notify</th></tr></thead><tbody>
<tr><td>Actual</td><td><input name="alerts[0].threshold" type="number" value="80">%</td><td><input name="alerts[0].recipients" value="data-leads@acme.com"></td></tr>
</tbody></table><button class="cc-link" type="button">+ Add alert threshold</button></fieldset>
<div class="cc-footer"><a href="/cost/budgets">Cancel</a><button class="cc-btn cc-btn-primary" type="submit">Save</button></div>
</form></section>
</main>`,
  ),
  targets: [
    {
      selector: '#budgets tbody tr:nth-child(2) .edit-budget',
      expect: '[data-budget="data-platform"] .card-edit',
      change: 'table became cards sorted by usage',
    },
    {
      selector: '#create-budget',
      expect: '[data-testid="create-budget"]',
      change: 'reworded Create a budget',
    },
    { selector: '#download-budgets', expect: null, change: 'CSV download removed' },
    { selector: '#amount', expect: 'input[name="budgetAmount"]', change: 'id dropped, name renamed' },
    {
      selector: '#period',
      expect: '[role="radiogroup"][aria-label="Period"]',
      change: 'select became segmented radios',
    },
    {
      selector: '#alert-threshold',
      expect: 'input[name="alerts[0].threshold"]',
      change: 'moved into alerts table',
    },
    {
      selector: '#include-refunds',
      expect: null,
      change: 'refunds option gone; support charges checkbox in its slot',
    },
    {
      selector: '#alert-emails',
      expect: 'input[name="alerts[0].recipients"]',
      change: 'moved into alerts table as Notify column',
    },
  ],
};

const edrV1 = page(
  'Alert 48213 · Talon EDR',
  `<header><a class="brand" href="/">Talon EDR</a>
<nav class="top"><a href="/dashboard">Dashboard</a><a href="/alerts" class="active">Alerts</a><a href="/hosts">Hosts</a><a href="/investigate">Investigate</a><a href="/response">Response</a><a href="/settings">Settings</a></nav>
<a href="/me">analyst.kim</a></header>
<main>
<p class="crumbs"><a href="/alerts">Alerts</a> › 48213</p>
<h1>Alert #48213: Suspicious PowerShell encoded command <span class="badge">High</span></h1>
<div class="row triage">
<label>Status <select id="alert-status" name="status"><option selected>New</option><option>In progress</option><option>Resolved</option></select></label>
<label>Assignee <select id="assignee" name="assignee"><option>Unassigned</option><option selected>analyst.kim</option><option>analyst.ruiz</option></select></label>
</div>
<div class="row response-actions">
<button id="contain-host" class="btn danger" type="button">Network contain host</button>
<button id="kill-process" class="btn" type="button">Kill process</button>
<button id="quarantine-file" class="btn" type="button">Quarantine file</button>
<button id="run-script" class="btn" type="button">Run script</button>
<button id="mark-fp" class="btn" type="button">Mark as false positive</button>
</div>
<div class="grid">
<section class="card"><h2>Host</h2>
<dl><dt>Hostname</dt><dd><a class="host-link" href="/hosts/ws-fin-022">WS-FIN-022</a></dd><dt>OS</dt><dd>Windows 11 23H2</dd><dt>Local IP</dt><dd>10.20.4.61</dd><dt>Last seen</dt><dd>2 min ago</dd><dt>Sensor</dt><dd>7.12.18</dd></dl>
</section>
<section class="card"><h2>Process tree</h2>
<ul class="process-tree">
<li><span class="proc-node">explorer.exe (1204)</span>
<ul><li><span class="proc-node">winword.exe (6612)</span>
<ul><li><span class="proc-node suspicious">powershell.exe -enc JABzAD0A… (7740)</span>
<ul><li><span class="proc-node">whoami.exe (7788)</span></li><li><span class="proc-node">nltest.exe (7791)</span></li></ul></li></ul></li></ul></li>
</ul></section>
</div>
<section class="card"><h2>MITRE ATT&amp;CK</h2><p><a href="/mitre/TA0002">Execution</a> › <a href="/mitre/T1059.001">T1059.001 PowerShell</a></p><p><a href="/mitre/TA0007">Discovery</a> › <a href="/mitre/T1033">T1033 System Owner/User Discovery</a></p></section>
<section class="comments"><h2>Comments</h2>
<ul class="comment-list"><li><strong>analyst.ruiz</strong>: Macro-enabled invoice attachment from external sender.</li></ul>
<textarea id="comment" name="comment" placeholder="Add a comment"></textarea>
<div class="row"><button id="add-comment-btn" class="btn" type="button">Add comment</button><a id="investigate-link" href="/investigate?host=ws-fin-022&amp;pid=7740">Open in Investigate</a></div>
</section>
</main>
<footer>Talon EDR console 5.3</footer>`,
);

const pair23: PagePair = {
  name: 'edr-alert-triage-b24',
  v1: edrV1,
  v2: edit(edrV1, [
    [
      '<h1>Alert #48213: Suspicious PowerShell encoded command <span class="badge">High</span></h1>',
      '<h1>Suspicious PowerShell encoded command <span class="badge">High</span></h1>\n<p class="alert-meta">Detection 48213 · Host: <a class="entity-link" href="/hosts/ws-fin-022">WS-FIN-022</a> · 10.20.4.61</p>',
    ],
    [
      '<label>Status <select id="alert-status" name="status"><option selected>New</option><option>In progress</option><option>Resolved</option></select></label>',
      '<label>Triage status <select id="status-select" name="triageStatus"><option selected>New</option><option>Investigating</option><option>Closed</option></select></label>',
    ],
    [
      '<button id="contain-host" class="btn danger" type="button">Network contain host</button>',
      '<button id="isolate-host" class="btn danger" type="button">Isolate host</button>',
    ],
    [
      '<button id="run-script" class="btn" type="button">Run script</button>\n<button id="mark-fp" class="btn" type="button">Mark as false positive</button>',
      '<button id="collect-forensics" class="btn" type="button">Collect forensics</button>\n<button data-action="close-false-positive" class="btn" type="button">Close as false positive</button>',
    ],
    [
      '<dl><dt>Hostname</dt><dd><a class="host-link" href="/hosts/ws-fin-022">WS-FIN-022</a></dd>',
      '<dl><dt>Device ID</dt><dd>a41f-09c2-77de</dd>',
    ],
    [
      '<ul><li><span class="proc-node suspicious">powershell.exe -enc JABzAD0A… (7740)</span>',
      '<ul><li><span class="proc-node" data-pid="7740" aria-current="true">⚠ powershell.exe (7740)</span>',
    ],
    [
      '<div class="row"><button id="add-comment-btn" class="btn" type="button">Add comment</button><a id="investigate-link" href="/investigate?host=ws-fin-022&amp;pid=7740">Open in Investigate</a></div>',
      '<div class="row"><button class="btn post-note" type="button">Post note</button></div>',
    ],
    [
      '<textarea id="comment" name="comment" placeholder="Add a comment"></textarea>',
      '<textarea id="note" name="note" placeholder="Write a note for other analysts"></textarea>',
    ],
    ['<h2>Comments</h2>', '<h2>Notes</h2>'],
  ]),
  targets: [
    {
      selector: '#alert-status',
      expect: '#status-select',
      change: 'renamed Triage status, options reworded',
    },
    { selector: '#contain-host', expect: '#isolate-host', change: 'reworded Isolate host' },
    {
      selector: '#run-script',
      expect: null,
      change: 'script runner removed; Collect forensics button in its slot',
    },
    {
      selector: '#mark-fp',
      expect: 'button[data-action="close-false-positive"]',
      change: 'reworded Close as false positive',
    },
    {
      selector: '.proc-node.suspicious',
      expect: '[data-pid="7740"]',
      change: 'highlight class replaced by icon and data-pid',
    },
    { selector: '#investigate-link', expect: null, change: 'Investigate link removed' },
    {
      selector: '#add-comment-btn',
      expect: 'button.post-note',
      change: 'comments renamed notes, reworded Post note',
    },
    {
      selector: 'a.host-link',
      expect: 'a.entity-link',
      change: 'host link moved from host card to alert header',
    },
  ],
};

const pair24: PagePair = {
  name: 'phishing-simulation-campaign-b24',
  v1: page(
    'New phishing campaign · AwareOps',
    `<header><a class="brand" href="/">AwareOps</a>
<nav class="main"><a href="/dashboard">Dashboard</a><a href="/phishing" class="active">Phishing</a><a href="/training">Training</a><a href="/users">Users</a><a href="/reports">Reports</a></nav>
<a href="/help">Help</a><a href="/me">sec-awareness@acme.com</a></header>
<main>
<p class="crumbs"><a href="/phishing">Phishing campaigns</a> › New</p>
<h1>New phishing campaign</h1>
<aside class="card preview"><h3>Preview</h3><p class="muted">Select a template to preview it.</p><a href="#preview" class="preview-link">Open full preview</a></aside>
<form id="campaign-form">
<label for="campaign-name">Campaign name</label><input id="campaign-name" name="name" value="Q3 finance invoice test">
<label for="template">Email template</label><select id="template" name="template"><option selected>Fake invoice</option><option>Password expiry</option><option>Shared document</option><option>Parcel delivery</option></select>
<label for="landing-page">Landing page</label><select id="landing-page" name="landing"><option selected>Office login clone</option><option>Generic "Oops" page</option></select>
<label for="from-name">Sender name</label><input id="from-name" name="fromName" value="Accounts Payable">
<label for="from-email">Sender email</label><input id="from-email" name="fromEmail" value="ap@acme-invoices.com">
<fieldset><legend>Target groups</legend>
<label><input type="checkbox" name="groups" value="finance" checked> Finance</label>
<label><input type="checkbox" name="groups" value="hr"> HR</label>
<label><input type="checkbox" name="groups" value="engineering"> Engineering</label>
<label><input type="checkbox" name="groups" value="all-staff"> All staff</label></fieldset>
<fieldset><legend>Schedule</legend>
<label><input type="radio" name="when" value="now"> Send immediately</label>
<label><input type="radio" name="when" value="later" checked> Schedule</label>
<label for="start-date">Start date</label><input id="start-date" name="start" type="datetime-local">
<label for="spread-hours">Spread sending over (hours)</label><input id="spread-hours" name="spread" type="number" value="8"></fieldset>
<label><input type="checkbox" id="track-replies" name="trackReplies"> Track replies</label>
<label><input type="checkbox" id="auto-enroll" name="autoEnroll" checked> Auto-enroll clickers in training</label>
<label for="training-module">Training module</label><select id="training-module" name="module"><option selected>Spotting invoice fraud (8 min)</option><option>Phishing basics (5 min)</option></select>
<div class="row"><button id="send-test" class="btn" type="button">Send test email</button><button id="save-draft" class="btn" type="button">Save draft</button><button id="launch" class="btn primary" type="submit">Launch campaign</button></div>
</form>
</main>
<footer>AwareOps · Privacy · Status</footer>`,
  ),
  v2: page(
    'Create campaign – AwareOps',
    `<header class="ao-bar"><a class="ao-logo" href="/">AwareOps</a>
<nav class="ao-nav"><a href="/home">Home</a><a href="/simulations" aria-current="page">Simulations</a><a href="/training">Training</a><a href="/people">People</a><a href="/insights">Insights</a></nav>
<button class="ao-user" type="button" aria-label="Account menu">SA</button></header>
<main class="ao-wizard">
<h1>Create simulation</h1>
<ol class="ao-steps"><li aria-current="step">Content</li><li>Recipients</li><li>Delivery</li><li>Follow-up</li></ol>
<section class="ao-step"><h2>Content</h2>
<label>Name<input name="campaignName" value="Q3 finance invoice test"></label>
<div role="radiogroup" aria-label="Email template" class="grid">
<label class="ao-tile"><input type="radio" name="templateId" value="tpl-invoice" checked> Fake invoice <small>Finance · Hard</small></label>
<label class="ao-tile"><input type="radio" name="templateId" value="tpl-password"> Password expiry <small>IT · Easy</small></label>
<label class="ao-tile"><input type="radio" name="templateId" value="tpl-docshare"> Shared document <small>Collab · Medium</small></label>
<label class="ao-tile"><input type="radio" name="templateId" value="tpl-parcel"> Parcel delivery <small>Consumer · Easy</small></label></div>
<label>Landing page<select name="landingPageId"><option selected>Office login clone</option><option>Generic "Oops" page</option><option>Teachable moment</option></select></label>
<label>From<input name="sender" value="Accounts Payable &lt;ap@acme-invoices.com&gt;"></label>
<label>Reply-to<input name="replyTo" placeholder="Defaults to the From address"></label>
<a href="#preview" class="ao-link">Preview email</a></section>
<section class="ao-step"><h2>Recipients</h2>
<input type="search" aria-label="Search groups" placeholder="Search groups">
<label><input type="checkbox" name="recipientGroups" value="grp-finance" checked> Finance · 42 people</label>
<label><input type="checkbox" name="recipientGroups" value="grp-eng"> Engineering · 180 people</label>
<label><input type="checkbox" name="recipientGroups" value="grp-hr"> HR · 12 people</label>
<label><input type="checkbox" name="recipientGroups" value="grp-all"> Everyone · 611 people</label></section>
<section class="ao-step"><h2>Delivery</h2>
<label>Start<input name="startAt" type="datetime-local"></label>
<label>Deliver emails over<select name="deliveryWindow"><option>All at once</option><option>4 hours</option><option selected>8 hours</option><option>1 business day</option></select></label></section>
<section class="ao-step"><h2>Follow-up</h2>
<label class="ao-toggle"><input type="checkbox" name="assignTrainingOnFail" checked> Assign training to people who click or submit data</label>
<label>Course<select name="courseId"><option selected>Spotting invoice fraud (8 min)</option><option>Phishing basics (5 min)</option></select></label></section>
<div class="ao-footer"><button data-test="send-test-email" class="ao-btn" type="button">Send a test to me</button><button data-test="save-draft" class="ao-btn" type="button">Save as draft</button><button data-test="launch-campaign" class="ao-btn ao-btn--primary" type="submit">Schedule simulation</button></div>
</main>`,
  ),
  targets: [
    {
      selector: '#template',
      expect: '[role="radiogroup"][aria-label="Email template"]',
      change: 'select became template tiles',
    },
    { selector: '#from-name', expect: null, change: 'sender name merged into a single From field' },
    { selector: '#from-email', expect: 'input[name="sender"]', change: 'became combined From field' },
    {
      selector: 'input[name="groups"][value="engineering"]',
      expect: 'input[name="recipientGroups"][value="grp-eng"]',
      change: 'renamed with group ids, reordered, counts added',
    },
    {
      selector: '#spread-hours',
      expect: 'select[name="deliveryWindow"]',
      change: 'hours input became delivery window select',
    },
    { selector: '#track-replies', expect: null, change: 'reply tracking option removed' },
    {
      selector: '#auto-enroll',
      expect: 'input[name="assignTrainingOnFail"]',
      change: 'toggle, reworded Assign training',
    },
    { selector: '#launch', expect: '[data-test="launch-campaign"]', change: 'reworded Schedule simulation' },
  ],
};

export const BLIND24_PAIRS: readonly PagePair[] = [
  pair01,
  pair02,
  pair03,
  pair04,
  pair05,
  pair06,
  pair07,
  pair08,
  pair09,
  pair10,
  pair11,
  pair12,
  pair13,
  pair14,
  pair15,
  pair16,
  pair17,
  pair18,
  pair19,
  pair20,
  pair21,
  pair22,
  pair23,
  pair24,
];
