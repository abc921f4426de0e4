/**
 * Corpus: workspace tools — integrations, a file browser, an editor toolbar,
 * onboarding, an issue page, a calendar event. Realistic deletions next to
 * look-alike survivors, and redesigns that keep some test ids or names.
 */
import { type PagePair, page } from './page.js';

const appsV1 = page(
  'Integrations',
  `<main><h1>Integrations</h1><input id="search-apps" type="search" placeholder="Search integrations">
<div class="grid">
<div class="card app" id="app-slack"><h3>Slack</h3><p>Send alerts to a channel.</p><button id="connect-slack" class="connect">Connect</button></div>
<div class="card app" id="app-teams"><h3>Microsoft Teams</h3><p>Send alerts to a team.</p><button id="connect-teams" class="connect">Connect</button></div>
<div class="card app" id="app-github"><h3>GitHub</h3><p>Link commits and pull requests.</p><button id="connect-github" class="connect">Connect</button></div>
<div class="card app" id="app-jira"><h3>Jira</h3><p>Create issues from incidents.</p><button id="connect-jira" class="connect">Connect</button></div>
</div></main>`,
);

const appsV2 = page(
  'Integrations',
  `<main><h1>Apps</h1><input type="search" placeholder="Find an app" class="app-search">
<div class="grid3">
<article class="card" data-app="teams"><h3>Microsoft Teams</h3><p>Post alerts to a team channel.</p><button class="btn">Connect</button></article>
<article class="card" data-app="jira"><h3>Jira</h3><p>Create issues from incidents.</p><button class="btn">Connect</button></article>
<article class="card" data-app="github"><h3>GitHub</h3><p>Link commits and pull requests.</p><button class="btn">Install app</button></article>
<article class="card" data-app="linear"><h3>Linear</h3><p>Create issues in Linear.</p><button class="btn">Connect</button></article>
</div></main>`,
);

const filesV1 = page(
  'Files',
  `<main><div class="row toolbar"><button id="upload" data-testid="toolbar-upload">Upload</button><button id="new-folder">New folder</button><button id="share">Share</button><button id="delete">Delete</button></div>
<table class="files"><tr><th></th><th>Name</th><th>Modified</th><th>Size</th></tr>
<tr id="row-1"><td><input type="checkbox" id="sel-1"></td><td><a class="file" href="/files/1">Q3 report.pdf</a></td><td>Yesterday</td><td>2.1 MB</td></tr>
<tr id="row-2"><td><input type="checkbox" id="sel-2"></td><td><a class="file" href="/files/2">Budget 2024.xlsx</a></td><td>3 Mar</td><td>88 KB</td></tr>
<tr id="row-3"><td><input type="checkbox" id="sel-3"></td><td><a class="file" href="/files/3">Team photo.jpg</a></td><td>1 Feb</td><td>4.4 MB</td></tr></table></main>`,
);

const filesV2 = page(
  'Files',
  `<main><div class="row toolbar"><button class="tb" data-testid="toolbar-upload" aria-label="Upload files">⇪ Upload</button><button class="tb create-folder">Create folder</button><button class="tb">Copy link</button><button class="tb trash">Move to trash</button></div>
<table class="files"><tr><th></th><th>Name</th><th>Last modified</th><th>Size</th></tr>
<tr data-file="1"><td><input type="checkbox" aria-label="Select Q3 report.pdf"></td><td><a href="/drive/file/1">Q3 report.pdf</a></td><td>Yesterday</td><td>2.1 MB</td></tr>
<tr data-file="2"><td><input type="checkbox" aria-label="Select Budget 2024.xlsx"></td><td><a href="/drive/file/2">Budget 2024.xlsx</a></td><td>3 Mar</td><td>88 KB</td></tr>
<tr data-file="3"><td><input type="checkbox" aria-label="Select Team photo.jpg"></td><td><a href="/drive/file/3">Team photo.jpg</a></td><td>1 Feb</td><td>4.4 MB</td></tr></table></main>`,
);

const editorV1 = page(
  'Edit post',
  `<main><input id="post-title" value="Release notes 4.2" placeholder="Title">
<div class="row toolbar"><button id="bold" title="Bold">B</button><button id="italic" title="Italic">I</button><button id="underline" title="Underline">U</button><button id="insert-link" title="Insert link">Link</button><button id="undo" data-testid="undo">Undo</button></div>
<div contenteditable="true" id="body" class="card">Write your post…</div>
<div class="row"><button id="save-draft">Save draft</button><button id="publish" class="primary">Publish</button></div></main>`,
);

const editorV2 = page(
  'Edit post',
  `<main><input class="title-input" value="Release notes 4.2" placeholder="Add a title">
<div class="row toolbar" role="toolbar" aria-label="Formatting"><button class="tb" aria-label="Bold">𝐁</button><button class="tb" aria-label="Italic">𝐼</button><button class="tb" aria-label="Insert link">🔗</button><button class="tb" aria-label="Quote">❝</button><button class="tb" data-testid="undo" aria-label="Undo">↶</button></div>
<div contenteditable="true" class="card editor">Write your post…</div>
<div class="row"><span class="muted">Saved automatically</span><button class="primary publish">Publish post</button></div></main>`,
);

const onboardingV1 = page(
  'Get started',
  `<main><h1>Get started</h1><p id="progress">1 of 4 complete</p><ol class="steps">
<li class="card" id="step-project"><h3>Create a project</h3><p>Done</p></li>
<li class="card" id="step-invite"><h3>Invite teammates</h3><p>Work together on your first project.</p><button>Start</button></li>
<li class="card" id="step-repo"><h3>Connect a repository</h3><p>Deploy on every push.</p><button>Start</button></li>
<li class="card" id="step-billing"><h3>Set up billing</h3><p>Add a card before your trial ends.</p><button>Start</button></li></ol>
<a href="/dashboard" id="skip-onboarding">Skip for now</a></main>`,
);

const onboardingV2 = page(
  'Get started',
  `<main><h1>Welcome aboard</h1><p class="progress">1 of 3 done</p><div class="steps">
<div class="card" data-step="repo"><h3>Connect your code</h3><p>Deploy on every push.</p><button class="btn">Begin</button></div>
<div class="card" data-step="invite"><h3>Invite teammates</h3><p>Work together on your first project.</p><button class="btn">Begin</button></div>
<div class="card done" data-step="project"><h3>Create a project</h3><p>Done</p></div></div>
<a href="/dashboard" class="skip">I'll do this later</a></main>`,
);

const issueV1 = page(
  'Issue #512',
  `<main><div class="grid"><div><h1>Login fails on Safari <span class="muted">#512</span></h1>
<div class="card comment"><p>Since 4.1 the login button does nothing on Safari 16.</p></div>
<textarea id="comment-body" name="body" placeholder="Leave a comment"></textarea>
<div class="row"><button class="close-issue">Close issue</button><button id="submit-comment" class="primary">Comment</button></div></div>
<aside><div id="sidebar-assignee" class="card"><h4>Assignees</h4><p>No one</p><button data-testid="edit-assignees">Edit</button></div>
<div id="sidebar-labels" class="card"><h4>Labels</h4><p>bug</p><button>Edit</button></div>
<div id="sidebar-milestone" class="card"><h4>Milestone</h4><p>4.2</p><button>Edit</button></div></aside></div></main>`,
);

const issueV2 = page(
  'Issue #512',
  `<main><div class="grid"><div><h1>Login fails on Safari <span class="muted">#512</span></h1>
<div class="card comment"><p>Since 4.1 the login button does nothing on Safari 16.</p></div>
<textarea name="body" class="composer" placeholder="Add a comment…"></textarea>
<div class="row"><button id="close-issue" class="secondary">Close as completed</button><button class="primary comment-submit">Add comment</button></div></div>
<aside><section data-field="assignees" class="card"><h4>Assignees</h4><p>No one — assign yourself</p><button class="gear" data-testid="edit-assignees" aria-label="Edit assignees">⚙</button></section>
<section data-field="labels" class="card"><h4>Labels</h4><p>bug</p><button class="gear" aria-label="Edit labels">⚙</button></section>
<section data-field="project" class="card"><h4>Projects</h4><p>None yet</p><button class="gear" aria-label="Edit projects">⚙</button></section></aside></div></main>`,
);

const eventV1 = page(
  'New event',
  `<main><h1>New event</h1><form id="event">
<label for="ev-title">Title</label><input id="ev-title" name="title">
<label for="ev-date">Date</label><input id="ev-date" name="date" type="date">
<div class="row"><label for="ev-start">Start</label><input id="ev-start" type="time"><label for="ev-end">End</label><input id="ev-end" type="time"></div>
<label class="row"><input type="checkbox" id="all-day" name="allday"> All day</label>
<label for="repeat">Repeat</label><select id="repeat"><option>Does not repeat</option><option>Weekly</option></select>
<input id="guests" placeholder="Add guests">
<div class="row"><button type="button" id="add-video">Add video call</button><button type="submit" id="save-event">Save</button></div></form></main>`,
);

const eventV2 = page(
  'New event',
  `<main><h1>Create event</h1><form class="event-form">
<input name="title" placeholder="Add title" aria-label="Title" class="title">
<div class="grid"><div><label for="start-date">Start date</label><input id="start-date" type="date"></div><div><label for="end-date">End date</label><input id="end-date" type="date"></div></div>
<div class="row"><label for="from">From</label><input id="from" type="time"><label for="to">To</label><input id="to" type="time"></div>
<label class="row"><input type="checkbox" id="all-day" name="all_day"> All-day event</label>
<label for="recurrence">Recurrence</label><select id="recurrence"><option>Never</option><option>Every week</option></select>
<input class="guests" placeholder="Invite people" aria-label="Guests">
<div class="row"><button type="button" class="secondary">Add room</button><button type="submit" class="primary">Save event</button></div></form></main>`,
);

/** Workspace pages. */
export const WORKSPACE_PAIRS: readonly PagePair[] = [
  {
    name: 'integrations',
    v1: appsV1,
    v2: appsV2,
    targets: [
      { selector: '#connect-slack', expect: null, change: 'Slack removed; look-alike cards remain' },
      {
        selector: '#connect-github',
        expect: '[data-app="github"] button',
        change: 'relabeled Connect → Install app, reordered',
      },
      { selector: '#connect-jira', expect: '[data-app="jira"] button', change: 'id removed, moved up' },
      { selector: '#connect-teams', expect: '[data-app="teams"] button', change: 'id removed, moved up' },
      { selector: '#search-apps', expect: 'input.app-search', change: 'id removed, placeholder reworded' },
    ],
  },
  {
    name: 'file-browser',
    v1: filesV1,
    v2: filesV2,
    targets: [
      {
        selector: '#upload',
        expect: '[data-testid="toolbar-upload"]',
        change: 'icon added, id removed, test id kept',
      },
      {
        selector: '#new-folder',
        expect: 'button.create-folder',
        change: 'relabeled New folder → Create folder',
      },
      { selector: '#share', expect: null, change: 'Share replaced by Copy link (another action, same look)' },
      { selector: '#delete', expect: 'button.trash', change: 'relabeled Delete → Move to trash' },
      { selector: '#row-2 a.file', expect: 'a[href="/drive/file/2"]', change: 'new URL, class dropped' },
      { selector: '#sel-3', expect: '[data-file="3"] input', change: 'id removed, aria-label added' },
    ],
  },
  {
    name: 'editor-toolbar',
    v1: editorV1,
    v2: editorV2,
    targets: [
      {
        selector: '#bold',
        expect: 'button[aria-label="Bold"]',
        change: 'letter → glyph, title → aria-label',
      },
      { selector: '#underline', expect: null, change: 'underline dropped; look-alike format buttons remain' },
      { selector: '#insert-link', expect: 'button[aria-label="Insert link"]', change: 'text → icon' },
      { selector: '#undo', expect: '[data-testid="undo"]', change: 'text → icon, test id kept' },
      { selector: '#save-draft', expect: null, change: 'Save draft removed (autosave)' },
      { selector: '#publish', expect: 'button.publish', change: 'relabeled Publish → Publish post' },
      { selector: '#post-title', expect: 'input.title-input', change: 'id removed, placeholder reworded' },
    ],
  },
  {
    name: 'onboarding-checklist',
    v1: onboardingV1,
    v2: onboardingV2,
    targets: [
      {
        selector: '#step-invite button',
        expect: '[data-step="invite"] button',
        change: 'relabeled Start → Begin, reordered',
      },
      {
        selector: '#step-repo button',
        expect: '[data-step="repo"] button',
        change: 'relabeled, step renamed, moved first',
      },
      {
        selector: '#step-billing button',
        expect: null,
        change: 'billing step removed; look-alike steps remain',
      },
      { selector: '#skip-onboarding', expect: 'a.skip', change: 'id removed, relabeled' },
      { selector: '#progress', expect: 'p.progress', change: 'id → class, reworded' },
    ],
  },
  {
    name: 'issue-detail',
    v1: issueV1,
    v2: issueV2,
    targets: [
      {
        selector: '#sidebar-assignee button',
        expect: '[data-testid="edit-assignees"]',
        change: 'text → gear icon, test id kept',
      },
      {
        selector: '#sidebar-labels button',
        expect: '[data-field="labels"] button',
        change: 'text → gear icon',
      },
      {
        selector: '#sidebar-milestone button',
        expect: null,
        change: 'milestone replaced by projects; look-alike gear buttons remain',
      },
      { selector: '#comment-body', expect: 'textarea[name="body"]', change: 'id removed, name kept' },
      {
        selector: '#submit-comment',
        expect: 'button.comment-submit',
        change: 'relabeled Comment → Add comment',
      },
      { selector: 'button.close-issue', expect: '#close-issue', change: 'class → id, relabeled' },
    ],
  },
  {
    name: 'calendar-event',
    v1: eventV1,
    v2: eventV2,
    targets: [
      { selector: '#ev-title', expect: 'input.title', change: 'label → placeholder, id removed, name kept' },
      { selector: '#ev-date', expect: null, change: 'date split into start and end date' },
      { selector: '#ev-start', expect: '#from', change: 'renamed id and label' },
      { selector: 'input[name="allday"]', expect: '#all-day', change: 'name changed, id kept, relabeled' },
      { selector: '#repeat', expect: '#recurrence', change: 'renamed id and label' },
      { selector: '#guests', expect: 'input.guests', change: 'id removed, placeholder reworded' },
      { selector: '#add-video', expect: null, change: 'video call replaced by Add room (same look)' },
      { selector: '#save-event', expect: 'button.primary', change: 'relabeled Save → Save event' },
    ],
  },
];
