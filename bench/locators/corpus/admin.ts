/** Corpus: dashboards and admin screens — tables, user management, boards, analytics. */
import { edit, type PagePair, page } from './page.js';

const usersV1 = page(
  'Users — Admin',
  `<header><a href="/admin" class="logo">Admin</a><nav><a href="/admin/users" class="active">Users</a><a href="/admin/teams">Teams</a><a href="/admin/audit">Audit log</a></nav></header>
<main><div class="row"><h1>Users</h1><button id="invite-user" class="btn primary">Invite user</button></div>
<input id="user-filter" placeholder="Filter by name or email">
<table id="users"><tr><th>Name</th><th>Email</th><th>Role</th><th>Actions</th></tr>
<tr><td>Grace Hopper</td><td>grace@example.com</td><td>Admin</td><td><button id="edit-u1" class="edit">Edit</button> <button id="suspend-u1" class="danger">Suspend</button></td></tr>
<tr><td>Alan Turing</td><td>alan@example.com</td><td>Member</td><td><button id="edit-u2" class="edit">Edit</button> <button id="suspend-u2" class="danger">Suspend</button></td></tr>
<tr><td>Katherine Johnson</td><td>kj@example.com</td><td>Member</td><td><button id="edit-u3" class="edit">Edit</button> <button id="suspend-u3" class="danger">Suspend</button></td></tr>
</table><p class="muted" id="user-count">3 users</p></main>`,
);

const usersV2 = page(
  'Members — Admin',
  `<header><a href="/admin" class="logo">Admin</a><nav><a href="/admin/members" class="active">Members</a><a href="/admin/teams">Teams</a><a href="/admin/audit">Audit log</a></nav></header>
<main><div class="row"><h1>Members</h1><input type="search" placeholder="Search members" class="search"><button class="btn primary" data-testid="invite">Invite member</button></div>
<table class="members"><thead><tr><th>Member</th><th>Role</th><th></th></tr></thead><tbody>
<tr data-user="u1"><td>Grace Hopper<br><span class="muted">grace@example.com</span></td><td><select aria-label="Role of Grace Hopper"><option>Admin</option><option>Member</option></select></td><td><button class="icon-btn" aria-label="Edit Grace Hopper">✎</button> <button class="icon-btn danger" aria-label="Deactivate Grace Hopper">⏻</button></td></tr>
<tr data-user="u2"><td>Alan Turing<br><span class="muted">alan@example.com</span></td><td><select aria-label="Role of Alan Turing"><option>Member</option><option>Admin</option></select></td><td><button class="icon-btn" aria-label="Edit Alan Turing">✎</button> <button class="icon-btn danger" aria-label="Deactivate Alan Turing">⏻</button></td></tr>
</tbody></table><p class="muted">2 members</p></main>`,
);

const kpiV1 = page(
  'Dashboard',
  `<header><a href="/" class="logo">Metricly</a><nav><a href="/dash" class="active">Dashboard</a><a href="/reports" id="nav-reports">Reports</a><a href="/settings" id="nav-settings">Settings</a></nav></header>
<main><div class="row"><h1>Overview</h1><select id="range"><option>Last 7 days</option><option>Last 30 days</option></select><button id="export-csv">Export CSV</button><button id="refresh">Refresh</button></div>
<div class="grid3"><div class="card kpi" id="kpi-revenue"><h4>Revenue</h4><p class="value">$48,210</p></div>
<div class="card kpi" id="kpi-users"><h4>Active users</h4><p class="value">1,204</p></div>
<div class="card kpi" id="kpi-churn"><h4>Churn</h4><p class="value">2.1%</p></div></div>
<div class="card"><h3>Signups</h3><canvas width="600" height="200" id="signups-chart"></canvas><a href="/reports/signups" id="signups-more">View full report</a></div></main>`,
);

const kpiV2 = page(
  'Dashboard',
  `<div class="sidebar"><a href="/" class="logo">Metricly</a><br><a href="/dash" class="active">Home</a><br><a href="/reports">Reports</a><br><a href="/settings">Settings</a></div>
<main style="margin-left:220px"><div class="row"><h1>Overview</h1><div class="segmented" role="group" aria-label="Date range"><button>7d</button><button>30d</button><button>90d</button></div><button class="btn" data-testid="export">Export</button></div>
<div class="grid3"><section class="stat" data-metric="revenue"><h4>Revenue</h4><p class="stat-value">$48,210</p></section>
<section class="stat" data-metric="active"><h4>Active users</h4><p class="stat-value">1,204</p></section>
<section class="stat" data-metric="mrr"><h4>MRR</h4><p class="stat-value">$12,400</p></section></div>
<div class="card"><h3>Signups</h3><canvas width="600" height="200" class="chart"></canvas><a href="/reports/signups">Open report</a></div></main>`,
);

const boardV1 = page(
  'Sprint board',
  `<main><div class="row"><h1>Sprint 14</h1><button id="new-issue">New issue</button><button id="complete-sprint">Complete sprint</button></div>
<div class="grid3"><section class="column" id="col-todo"><h3>To do</h3>
<div class="card issue" id="ISS-41"><a href="/i/41">ISS-41 Fix login redirect</a><span class="badge">bug</span></div>
<div class="card issue" id="ISS-42"><a href="/i/42">ISS-42 Add CSV export</a></div></section>
<section class="column" id="col-doing"><h3>In progress</h3><div class="card issue" id="ISS-38"><a href="/i/38">ISS-38 Dark mode</a></div></section>
<section class="column" id="col-done"><h3>Done</h3><div class="card issue" id="ISS-35"><a href="/i/35">ISS-35 Upgrade Node</a></div></section></div></main>`,
);

const boardV2 = edit(boardV1, [
  [
    '<button id="new-issue">New issue</button><button id="complete-sprint">Complete sprint</button>',
    '<button class="primary" data-action="create">Create issue</button><button class="secondary" data-action="complete">Complete sprint</button>',
  ],
  [
    '<div class="card issue" id="ISS-41"><a href="/i/41">ISS-41 Fix login redirect</a><span class="badge">bug</span></div>',
    '',
  ],
  [
    '<section class="column" id="col-doing"><h3>In progress</h3>',
    '<section class="column" id="col-doing"><h3>In progress</h3><div class="card issue" data-key="ISS-41"><a href="/i/41">ISS-41 Fix login redirect</a><span class="badge">bug</span></div>',
  ],
  [
    '<div class="card issue" id="ISS-42"><a href="/i/42">ISS-42 Add CSV export</a></div>',
    '<div class="card issue" data-key="ISS-42"><a href="/i/42">ISS-42 Add CSV export</a></div>',
  ],
  ['<div class="card issue" id="ISS-35"><a href="/i/35">ISS-35 Upgrade Node</a></div>', ''],
]);

const logsV1 = page(
  'Logs',
  `<main><div class="row"><input id="log-query" placeholder="Search logs" value="status:500"><select id="log-level"><option>All levels</option><option>Error</option></select><button id="run-query">Run</button><label class="row"><input type="checkbox" id="live-tail"> Live tail</label></div>
<table class="log"><tr><td>12:00:01</td><td>ERROR</td><td>checkout failed: timeout</td></tr><tr><td>12:00:03</td><td>ERROR</td><td>payment declined</td></tr></table>
<button id="older-logs">Load older</button></main>`,
);

const logsV2 = edit(logsV1, [
  [
    '<input id="log-query" placeholder="Search logs" value="status:500">',
    '<input class="query-input" placeholder="Search logs (LogQL)" value="status:500" spellcheck="false">',
  ],
  ['<select id="log-level">', '<select class="level-select" aria-label="Level">'],
  ['<button id="run-query">Run</button>', '<button class="btn primary">Run query</button>'],
  [
    '<label class="row"><input type="checkbox" id="live-tail"> Live tail</label>',
    '<label class="row switch"><input type="checkbox" role="switch" name="tail"> Live</label>',
  ],
  ['<button id="older-logs">Load older</button>', '<button class="link">Load older entries</button>'],
]);

const invoicesV1 = page(
  'Invoices',
  `<main><h1>Invoices</h1><div class="row"><button id="new-invoice">New invoice</button><button id="bulk-send" disabled>Send selected</button></div>
<table id="invoices"><tr><th><input type="checkbox" id="select-all"></th><th>Number</th><th>Customer</th><th>Amount</th><th>Due</th></tr>
<tr><td><input type="checkbox" id="sel-2024-001"></td><td><a href="/inv/2024-001" id="inv-2024-001">2024-001</a></td><td>Globex</td><td>$1,200</td><td>Apr 1</td></tr>
<tr><td><input type="checkbox" id="sel-2024-002"></td><td><a href="/inv/2024-002" id="inv-2024-002">2024-002</a></td><td>Initech</td><td>$860</td><td>Apr 9</td></tr>
</table><p id="total-due">Total due: $2,060</p></main>`,
);

const invoicesV2 = page(
  'Invoices',
  `<main><div class="row"><h1>Invoices</h1><button class="btn primary" data-testid="create-invoice">Create invoice</button></div>
<table class="data-table"><thead><tr><th><input type="checkbox" aria-label="Select all invoices"></th><th>Invoice</th><th>Client</th><th>Due date</th><th>Amount</th></tr></thead><tbody>
<tr><td><input type="checkbox" aria-label="Select 2024-001"></td><td><a href="/inv/2024-001">INV 2024-001</a></td><td>Globex</td><td>Apr 1</td><td>$1,200</td></tr>
<tr><td><input type="checkbox" aria-label="Select 2024-002"></td><td><a href="/inv/2024-002">INV 2024-002</a></td><td>Initech</td><td>Apr 9</td><td>$860</td></tr>
</tbody></table><div class="row"><button class="btn" disabled>Send 0 selected</button><p class="total">Outstanding: $2,060</p></div></main>`,
);

const alertsV1 = page(
  'Alerts',
  `<main><h1>Alert rules</h1>
<div class="card rule" id="rule-cpu"><h3>High CPU</h3><p>cpu &gt; 90% for 5m</p><label class="row"><input type="checkbox" id="enable-cpu" checked> Enabled</label><button id="edit-cpu">Edit rule</button><button id="delete-cpu">Delete</button></div>
<div class="card rule" id="rule-disk"><h3>Disk almost full</h3><p>disk &gt; 85%</p><label class="row"><input type="checkbox" id="enable-disk" checked> Enabled</label><button id="edit-disk">Edit rule</button><button id="delete-disk">Delete</button></div>
<button id="add-rule">Add rule</button></main>`,
);

const alertsV2 = edit(alertsV1, [
  [
    '<button id="edit-cpu">Edit rule</button><button id="delete-cpu">Delete</button>',
    '<button class="btn-edit">Edit</button><button class="btn-delete">Delete rule</button>',
  ],
  ['<input type="checkbox" id="enable-cpu" checked>', '<input type="checkbox" class="toggle" checked>'],
  [
    '<div class="card rule" id="rule-disk"><h3>Disk almost full</h3><p>disk &gt; 85%</p><label class="row"><input type="checkbox" id="enable-disk" checked> Enabled</label><button id="edit-disk">Edit rule</button><button id="delete-disk">Delete</button></div>',
    '',
  ],
  ['<button id="add-rule">Add rule</button>', '<button class="primary">New alert rule</button>'],
]);

/** Admin and dashboard pages. */
export const ADMIN_PAIRS: readonly PagePair[] = [
  {
    name: 'user-admin',
    v1: usersV1,
    v2: usersV2,
    targets: [
      {
        selector: '#invite-user',
        expect: '[data-testid="invite"]',
        change: 'relabeled Invite user → Invite member',
      },
      { selector: '#user-filter', expect: 'input.search', change: 'moved into the header row' },
      {
        selector: '#edit-u2',
        expect: '[aria-label="Edit Alan Turing"]',
        change: 'text → icon with aria-label',
      },
      {
        selector: '#suspend-u1',
        expect: '[aria-label="Deactivate Grace Hopper"]',
        change: 'relabeled, icon',
      },
      { selector: '#suspend-u3', expect: null, change: 'user removed (other rows alike)' },
      { selector: '#user-count', expect: 'main > p.muted', change: 'id removed, reworded' },
    ],
  },
  {
    name: 'kpi-dashboard',
    v1: kpiV1,
    v2: kpiV2,
    targets: [
      { selector: '#export-csv', expect: '[data-testid="export"]', change: 'relabeled Export CSV → Export' },
      {
        selector: '#kpi-revenue .value',
        expect: '[data-metric="revenue"] .stat-value',
        change: 'class renamed',
      },
      {
        selector: '#kpi-users .value',
        expect: '[data-metric="active"] .stat-value',
        change: 'class renamed',
      },
      { selector: '#nav-reports', expect: '.sidebar a[href="/reports"]', change: 'top nav → sidebar' },
      { selector: '#signups-more', expect: 'a[href="/reports/signups"]', change: 'relabeled' },
      { selector: '#refresh', expect: null, change: 'refresh button deleted' },
      { selector: '#kpi-churn .value', expect: null, change: 'KPI replaced by MRR' },
    ],
  },
  {
    name: 'sprint-board',
    v1: boardV1,
    v2: boardV2,
    targets: [
      { selector: '#new-issue', expect: '[data-action="create"]', change: 'relabeled New → Create issue' },
      { selector: '#complete-sprint', expect: '[data-action="complete"]', change: 'id → data attribute' },
      { selector: '#ISS-41 a', expect: '[data-key="ISS-41"] a', change: 'card moved to another column' },
      { selector: '#ISS-42 a', expect: '[data-key="ISS-42"] a', change: 'id → data attribute' },
      { selector: '#ISS-35 a', expect: null, change: 'issue archived' },
    ],
  },
  {
    name: 'log-explorer',
    v1: logsV1,
    v2: logsV2,
    targets: [
      { selector: '#log-query', expect: 'input.query-input', change: 'id → class, placeholder changed' },
      { selector: '#log-level', expect: 'select.level-select', change: 'id → class' },
      { selector: '#run-query', expect: 'button.primary', change: 'relabeled Run → Run query' },
      { selector: '#live-tail', expect: 'input[name="tail"]', change: 'checkbox → switch, relabeled' },
      { selector: '#older-logs', expect: 'button.link', change: 'relabeled' },
    ],
  },
  {
    name: 'invoices-table',
    v1: invoicesV1,
    v2: invoicesV2,
    targets: [
      { selector: '#new-invoice', expect: '[data-testid="create-invoice"]', change: 'relabeled' },
      { selector: '#select-all', expect: '[aria-label="Select all invoices"]', change: 'id removed' },
      { selector: '#sel-2024-002', expect: '[aria-label="Select 2024-002"]', change: 'id removed' },
      { selector: '#inv-2024-001', expect: 'a[href="/inv/2024-001"]', change: 'text prefixed, id removed' },
      { selector: '#bulk-send', expect: 'button[disabled]', change: 'moved below the table, relabeled' },
      { selector: '#total-due', expect: 'p.total', change: 'relabeled' },
    ],
  },
  {
    name: 'alert-rules',
    v1: alertsV1,
    v2: alertsV2,
    targets: [
      { selector: '#edit-cpu', expect: '#rule-cpu .btn-edit', change: 'id → class, relabeled' },
      { selector: '#delete-cpu', expect: '#rule-cpu .btn-delete', change: 'relabeled Delete → Delete rule' },
      { selector: '#enable-cpu', expect: '#rule-cpu input.toggle', change: 'id → class' },
      { selector: '#add-rule', expect: 'button.primary', change: 'relabeled' },
      { selector: '#delete-disk', expect: null, change: 'rule deleted (a sibling rule looks alike)' },
      { selector: '#edit-disk', expect: null, change: 'rule deleted (a sibling rule looks alike)' },
    ],
  },
];
