/**
 * Corpus: developer tools — repository settings, a pull request, CI runs,
 * API keys, deploy environments, feature flags, a webhook form and an error
 * tracker. Rows pruned while new rows of the same shape arrive, actions
 * removed from a row of look-alike buttons, and relabels.
 */
import { edit, type PagePair, page } from './page.js';

const repoV1 = page(
  'Settings · acme/api',
  `<main><h1>General</h1><form id="general"><label for="repo-name">Repository name</label><input id="repo-name" value="api">
<label for="description">Description</label><input id="description" value="Public API">
<label class="row"><input type="checkbox" id="wiki" checked> Wikis</label><label class="row"><input type="checkbox" id="issues" checked> Issues</label>
<button id="save-general">Save</button></form>
<h2>Danger zone</h2><div class="card danger">
<div class="row"><span>Transfer ownership</span><button id="transfer" class="btn-danger">Transfer</button></div>
<div class="row"><span>Archive this repository</span><button id="archive" class="btn-danger">Archive</button></div>
<div class="row"><span>Delete this repository</span><button id="delete-repo" class="btn-danger">Delete</button></div></div></main>`,
);

const repoV2 = page(
  'Settings · acme/api',
  `<main><h1>General</h1><form class="settings"><label for="name">Name</label><input id="name" name="repo-name" value="api">
<label for="about">About</label><input id="about" name="description" value="Public API">
<h3>Features</h3><label class="row"><input type="checkbox" name="wiki" checked> Wikis</label><label class="row"><input type="checkbox" name="issues" checked> Issues</label><label class="row"><input type="checkbox" name="discussions"> Discussions</label>
<button class="btn">Save changes</button></form>
<h2>Danger zone</h2><div class="card danger">
<div class="row"><span>Change repository visibility</span><button class="btn-danger">Change visibility</button></div>
<div class="row"><span>Archive this repository</span><button class="btn-danger">Archive this repository</button></div>
<div class="row"><span>Delete this repository</span><button class="btn-danger">Delete this repository</button></div></div></main>`,
);

const prV1 = page(
  'Add retries #482',
  `<main><h1>Add retries to the HTTP client <span class="muted">#482</span></h1>
<nav class="row"><a href="#conversation" id="tab-conversation">Conversation</a><a href="#commits" id="tab-commits">Commits 3</a><a href="#checks" id="tab-checks">Checks 2</a><a href="#files" id="tab-files">Files changed 5</a></nav>
<aside><h4>Reviewers</h4><button id="edit-reviewers" aria-label="Edit reviewers">⚙</button><h4>Labels</h4><button id="edit-labels" aria-label="Edit labels">⚙</button></aside>
<div class="card"><p>This adds exponential backoff.</p></div>
<div class="row"><button id="merge" class="btn primary">Merge pull request</button><button id="close-pr">Close pull request</button></div>
<textarea id="comment" placeholder="Leave a comment"></textarea><button id="comment-btn">Comment</button></main>`,
);

const prV2 = page(
  'Add retries #482',
  `<main><h1>Add retries to the HTTP client <span class="muted">#482</span></h1>
<nav class="tabs"><a href="#conversation" class="tab">Conversation</a><a href="#commits" class="tab">Commits <span class="badge">3</span></a><a href="#files" class="tab">Files changed <span class="badge">5</span></a></nav>
<aside><h4>Reviewers</h4><button class="gear" aria-label="Request reviewers">⚙</button><h4>Projects</h4><button class="gear" aria-label="Edit projects">⚙</button></aside>
<div class="card"><p>This adds exponential backoff.</p></div>
<div class="row"><button class="btn primary">Squash and merge</button><button class="btn">Close pull request</button></div>
<textarea name="comment" placeholder="Add your comment here"></textarea><button class="btn">Comment</button></main>`,
);

const ciV1 = page(
  'CI runs',
  `<main><h1>Workflow runs</h1><table id="runs"><tr><th>Run</th><th>Branch</th><th>Status</th><th></th></tr>
<tr id="run-311"><td>#311 Fix flaky test</td><td>main</td><td>Failed</td><td><button class="rerun">Re-run</button> <a href="/runs/311" class="logs">Logs</a></td></tr>
<tr id="run-310"><td>#310 Bump deps</td><td>deps</td><td>Passed</td><td><button class="rerun">Re-run</button> <a href="/runs/310" class="logs">Logs</a></td></tr>
<tr id="run-309"><td>#309 Add cache</td><td>main</td><td>Passed</td><td><button class="rerun">Re-run</button> <a href="/runs/309" class="logs">Logs</a></td></tr></table>
<button id="older-runs">Older runs</button></main>`,
);

const ciV2 = page(
  'CI runs',
  `<main><h1>Workflow runs</h1><table class="runs"><tr><th>Run</th><th>Branch</th><th>Status</th><th></th></tr>
<tr><td>#312 Retry uploads</td><td>main</td><td>Running</td><td><button class="btn">Re-run</button> <a href="/runs/312" class="btn">View logs</a></td></tr>
<tr><td>#311 Fix flaky test</td><td>main</td><td>Failed</td><td><button class="btn">Re-run</button> <a href="/runs/311" class="btn">View logs</a></td></tr>
<tr><td>#310 Bump deps</td><td>deps</td><td>Passed</td><td><button class="btn">Re-run</button> <a href="/runs/310" class="btn">View logs</a></td></tr></table>
<nav class="pager"><a href="?page=2">Next page</a></nav></main>`,
);

const keysV1 = page(
  'API keys',
  `<main><div class="row"><h1>API keys</h1><button id="create-key" class="btn primary">Create key</button></div>
<ul class="keys"><li class="card" id="key-ci"><b>ci-deploy</b> <code>sk_live_…4f2a</code> <span class="muted">last used 2 h ago</span> <button class="revoke">Revoke</button></li>
<li class="card" id="key-zapier"><b>zapier</b> <code>sk_live_…91bc</code> <span class="muted">last used 30 days ago</span> <button class="revoke">Revoke</button></li>
<li class="card" id="key-local"><b>laptop</b> <code>sk_test_…0c1d</code> <span class="muted">never used</span> <button class="revoke">Revoke</button></li></ul></main>`,
);

const keysV2 = page(
  'API keys',
  `<main><div class="row"><h1>API keys</h1><button class="btn primary">Generate new key</button></div>
<ul class="keys"><li class="card"><b>ci-deploy</b> <code>sk_live_…4f2a</code> <span class="muted">last used 1 h ago</span> <button class="danger">Revoke</button></li>
<li class="card"><b>laptop</b> <code>sk_test_…0c1d</code> <span class="muted">never used</span> <button class="danger">Revoke</button></li>
<li class="card"><b>grafana</b> <code>sk_live_…77e0</code> <span class="muted">created today</span> <button class="danger">Revoke</button></li></ul></main>`,
);

const envV1 = page(
  'Environments',
  `<main><h1>Environments</h1><div class="grid3">
<div class="card" id="env-prod"><h3>Production</h3><p>v2.14.0 · healthy</p><button class="deploy">Deploy</button> <button class="rollback">Rollback</button></div>
<div class="card" id="env-staging"><h3>Staging</h3><p>v2.15.0-rc1 · healthy</p><button class="deploy">Deploy</button> <button class="rollback">Rollback</button></div>
<div class="card" id="env-preview"><h3>Preview</h3><p>pr-482 · building</p><button class="deploy">Deploy</button> <button class="rollback">Rollback</button></div></div>
<button id="new-env">New environment</button></main>`,
);

const envV2 = page(
  'Environments',
  `<main><div class="row"><h1>Environments</h1><button class="btn">Add environment</button></div><div class="grid3">
<div class="card env"><h3>Production</h3><p>v2.14.0 · healthy</p><button class="btn primary">Deploy</button> <button class="btn">Roll back</button></div>
<div class="card env"><h3>Staging</h3><p>v2.15.0-rc1 · healthy</p><button class="btn primary">Deploy</button> <button class="btn">Roll back</button></div>
<div class="card env"><h3>QA</h3><p>v2.15.0-rc2 · healthy</p><button class="btn primary">Deploy</button> <button class="btn">Roll back</button></div></div></main>`,
);

const flagsV1 = page(
  'Feature flags',
  `<main><h1>Feature flags</h1><input id="flag-search" placeholder="Search flags">
<table id="flags"><tr><th>Flag</th><th>Enabled</th><th></th></tr>
<tr><td>new-checkout</td><td><input type="checkbox" id="flag-new-checkout" checked></td><td><a href="/flags/new-checkout" id="edit-new-checkout">Edit</a></td></tr>
<tr><td>beta-search</td><td><input type="checkbox" id="flag-beta-search"></td><td><a href="/flags/beta-search" id="edit-beta-search">Edit</a></td></tr>
<tr><td>fast-images</td><td><input type="checkbox" id="flag-fast-images" checked></td><td><a href="/flags/fast-images" id="edit-fast-images">Edit</a></td></tr></table>
<button id="new-flag">New flag</button></main>`,
);

const flagsV2 = page(
  'Feature flags',
  `<main><div class="row"><h1>Feature flags</h1><button class="btn primary">Create flag</button></div><input type="search" placeholder="Filter by name" aria-label="Filter flags">
<ul class="flags">
<li class="row card"><code>beta-search</code><button role="switch" aria-checked="false" aria-label="Toggle beta-search" class="switch"></button><a href="/flags/beta-search">Settings</a></li>
<li class="row card"><code>dark-mode</code><button role="switch" aria-checked="true" aria-label="Toggle dark-mode" class="switch"></button><a href="/flags/dark-mode">Settings</a></li>
<li class="row card"><code>fast-images</code><button role="switch" aria-checked="true" aria-label="Toggle fast-images" class="switch"></button><a href="/flags/fast-images">Settings</a></li></ul></main>`,
  '.switch{width:36px;height:20px}',
);

const hookV1 = page(
  'Add webhook',
  `<main><h1>Add webhook</h1><form id="hook"><label for="payload-url">Payload URL</label><input id="payload-url" placeholder="https://example.com/hook">
<label for="content-type">Content type</label><select id="content-type"><option>application/json</option><option>application/x-www-form-urlencoded</option></select>
<label for="secret">Secret</label><input id="secret" type="password">
<fieldset><legend>Events</legend><label class="row"><input type="checkbox" id="ev-push" checked> Pushes</label><label class="row"><input type="checkbox" id="ev-pr"> Pull requests</label><label class="row"><input type="checkbox" id="ev-release"> Releases</label></fieldset>
<label class="row"><input type="checkbox" id="active" checked> Active</label>
<button id="add-hook" class="btn primary">Add webhook</button></form></main>`,
);

const hookV2 = edit(hookV1, [
  ['<h1>Add webhook</h1>', '<h1>Webhooks / Add</h1>'],
  [
    '<label for="payload-url">Payload URL</label><input id="payload-url" placeholder="https://example.com/hook">',
    '<label for="url">Endpoint URL</label><input id="url" name="url" type="url" placeholder="https://example.com/webhooks">',
  ],
  [
    '<input type="checkbox" id="ev-pr"> Pull requests',
    '<input type="checkbox" name="pull_request"> Pull requests',
  ],
  [
    '<label class="row"><input type="checkbox" id="ev-release"> Releases</label>',
    '<label class="row"><input type="checkbox" name="deployment"> Deployments</label>',
  ],
  [
    '<button id="add-hook" class="btn primary">Add webhook</button>',
    '<button class="btn primary">Create webhook</button><a href="/hooks" class="btn">Cancel</a>',
  ],
]);

const errorsV1 = page(
  'Issues · errors',
  `<main><h1>Unresolved issues</h1><div class="row"><select id="env-filter"><option>production</option><option>staging</option></select><button id="refresh">Refresh</button></div>
<div class="card" id="err-1"><b>TypeError: cannot read 'id' of undefined</b><p class="muted">checkout.ts · 1.2k events</p><button class="resolve">Resolve</button> <button class="ignore">Ignore</button> <button class="assign">Assign</button></div>
<div class="card" id="err-2"><b>TimeoutError: upstream took 30 s</b><p class="muted">payments.ts · 310 events</p><button class="resolve">Resolve</button> <button class="ignore">Ignore</button> <button class="assign">Assign</button></div></main>`,
);

const errorsV2 = page(
  'Issues · errors',
  `<main><h1>Unresolved issues</h1><div class="row"><label for="environment">Environment</label><select id="environment"><option>production</option><option>staging</option></select></div>
<div class="card issue"><b>TypeError: cannot read 'id' of undefined</b><p class="muted">checkout.ts · 1.3k events</p><button class="btn">Resolve</button> <button class="btn">Archive</button></div>
<div class="card issue"><b>TimeoutError: upstream took 30 s</b><p class="muted">payments.ts · 322 events</p><button class="btn">Resolve</button> <button class="btn">Archive</button></div></main>`,
);

/** Developer tools. */
export const DEVTOOLS_PAIRS: readonly PagePair[] = [
  {
    name: 'repo-settings',
    v1: repoV1,
    v2: repoV2,
    targets: [
      { selector: '#repo-name', expect: '#name', change: 'renamed id and label' },
      { selector: '#wiki', expect: 'input[name="wiki"]', change: 'id → name' },
      { selector: '#save-general', expect: 'form button.btn', change: 'relabeled Save → Save changes' },
      { selector: '#transfer', expect: null, change: 'transfer removed; change visibility in its place' },
      {
        selector: '#archive',
        expect: '.danger .row:nth-of-type(2) button',
        change: 'relabeled Archive → Archive this repository',
      },
      {
        selector: '#delete-repo',
        expect: '.danger .row:nth-of-type(3) button',
        change: 'relabeled Delete → Delete this repository',
      },
    ],
  },
  {
    name: 'pull-request',
    v1: prV1,
    v2: prV2,
    targets: [
      { selector: '#tab-commits', expect: 'a[href="#commits"]', change: 'id → class, count in a badge' },
      { selector: '#tab-checks', expect: null, change: 'checks tab removed' },
      { selector: '#edit-reviewers', expect: '[aria-label="Request reviewers"]', change: 'relabeled' },
      {
        selector: '#edit-labels',
        expect: null,
        change: 'labels replaced by projects; look-alike gear remains',
      },
      {
        selector: '#merge',
        expect: 'button.primary',
        change: 'relabeled Merge pull request → Squash and merge',
      },
      { selector: '#close-pr', expect: '.row button.btn:not(.primary)', change: 'id removed' },
      { selector: '#comment', expect: 'textarea[name="comment"]', change: 'id → name, placeholder reworded' },
    ],
  },
  {
    name: 'ci-runs',
    v1: ciV1,
    v2: ciV2,
    targets: [
      {
        selector: '#run-311 .rerun',
        expect: 'tr:nth-of-type(3) button',
        change: 'row ids removed, a new run on top',
      },
      { selector: '#run-310 .logs', expect: 'a[href="/runs/310"]', change: 'relabeled Logs → View logs' },
      { selector: '#run-309 .rerun', expect: null, change: 'oldest run pruned; a newer run row remains' },
      { selector: '#run-309 .logs', expect: null, change: 'oldest run pruned; a newer run row remains' },
      { selector: '#older-runs', expect: 'a[href="?page=2"]', change: 'button → pager link, relabeled' },
    ],
  },
  {
    name: 'api-keys',
    v1: keysV1,
    v2: keysV2,
    targets: [
      {
        selector: '#create-key',
        expect: 'button.primary',
        change: 'relabeled Create key → Generate new key',
      },
      { selector: '#key-ci .revoke', expect: 'li:nth-of-type(1) button', change: 'ids removed' },
      { selector: '#key-zapier .revoke', expect: null, change: 'key revoked; a new key row at the end' },
      { selector: '#key-local .revoke', expect: 'li:nth-of-type(2) button', change: 'ids removed, moved up' },
    ],
  },
  {
    name: 'environments',
    v1: envV1,
    v2: envV2,
    targets: [
      {
        selector: '#env-prod .rollback',
        expect: '.env:nth-of-type(1) button:not(.primary)',
        change: 'relabeled Rollback → Roll back',
      },
      {
        selector: '#env-staging .deploy',
        expect: '.env:nth-of-type(2) button.primary',
        change: 'ids removed',
      },
      {
        selector: '#env-preview .deploy',
        expect: null,
        change: 'preview removed; a QA environment in its place',
      },
      {
        selector: '#env-preview .rollback',
        expect: null,
        change: 'preview removed; a QA environment in its place',
      },
      { selector: '#new-env', expect: 'h1 + button.btn', change: 'relabeled, moved to the header' },
    ],
  },
  {
    name: 'feature-flags',
    v1: flagsV1,
    v2: flagsV2,
    targets: [
      {
        selector: '#flag-search',
        expect: 'input[type="search"]',
        change: 'id removed, placeholder reworded',
      },
      {
        selector: '#flag-beta-search',
        expect: '[aria-label="Toggle beta-search"]',
        change: 'checkbox → switch',
      },
      { selector: '#flag-new-checkout', expect: null, change: 'flag deleted; a new flag row in the list' },
      { selector: '#edit-new-checkout', expect: null, change: 'flag deleted; a new flag row in the list' },
      {
        selector: '#edit-fast-images',
        expect: 'a[href="/flags/fast-images"]',
        change: 'relabeled Edit → Settings',
      },
      { selector: '#new-flag', expect: 'button.primary', change: 'relabeled, moved to the header' },
    ],
  },
  {
    name: 'webhook-form',
    v1: hookV1,
    v2: hookV2,
    targets: [
      { selector: '#payload-url', expect: '#url', change: 'renamed id and label' },
      { selector: '#ev-pr', expect: 'input[name="pull_request"]', change: 'id → name' },
      { selector: '#ev-release', expect: null, change: 'releases dropped; deployments in its place' },
      { selector: '#add-hook', expect: 'button.primary', change: 'relabeled Add webhook → Create webhook' },
    ],
  },
  {
    name: 'error-tracker',
    v1: errorsV1,
    v2: errorsV2,
    targets: [
      { selector: '#env-filter', expect: '#environment', change: 'renamed id, label added' },
      { selector: '#refresh', expect: null, change: 'refresh button removed (live updates)' },
      {
        selector: '#err-1 .resolve',
        expect: '.issue:nth-of-type(2) button:first-of-type',
        change: 'ids removed',
      },
      {
        selector: '#err-2 .ignore',
        expect: '.issue:nth-of-type(3) button:nth-of-type(2)',
        change: 'relabeled Ignore → Archive',
      },
      { selector: '#err-1 .assign', expect: null, change: 'assign button removed' },
    ],
  },
];
