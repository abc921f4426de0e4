import { edit, type PagePair, page } from './page.js';

// 1. Audiobook player — full rewrite (CSS-modules app, icon transport controls).
const audiobookV1 = page(
  'Wolf Hall — Earshot',
  `<header class="app-header"><a href="/" class="logo">Earshot</a><nav class="main-nav"><a href="/library">Library</a><a href="/discover">Discover</a><a href="/wishlist">Wishlist</a><a href="/help">Help</a></nav><input type="search" id="global-search" placeholder="Search titles, authors"><button id="account-menu" aria-label="Account">JD</button></header>
<main>
<section class="now-playing card" id="player">
<img class="cover" src="/covers/wolf-hall.jpg" alt="Wolf Hall cover" width="160">
<h1 class="book-title">Wolf Hall</h1>
<p class="author">by Hilary Mantel</p>
<p class="narrator">Narrated by Simon Slater</p>
<div class="chapter-info row"><span id="chapter-name">Part Three, Chapter 2: Arrangements</span><span class="time-left muted">14h 12m left in book</span></div>
<input type="range" id="scrubber" min="0" max="2520" value="861" aria-label="Position in chapter">
<div class="times row"><span class="elapsed">14:21</span><span class="remaining">-27:39</span></div>
<div class="transport row">
<button id="btn-rewind" title="Back 30 seconds">-30s</button>
<button id="btn-prev-chapter">Previous chapter</button>
<button id="btn-play" class="primary">Pause</button>
<button id="btn-next-chapter">Next chapter</button>
<button id="btn-forward" title="Forward 30 seconds">+30s</button>
</div>
<div class="options row">
<label>Speed <select id="speed" name="speed"><option>0.8x</option><option selected>1.0x</option><option>1.25x</option><option>1.5x</option><option>2.0x</option></select></label>
<label>Sleep timer <select id="sleep-timer" name="sleep"><option value="0" selected>Off</option><option value="15">15 min</option><option value="30">30 min</option><option value="60">60 min</option><option value="eoc">End of chapter</option></select></label>
<button class="add-bookmark">Add bookmark</button>
<button class="share-clip">Share clip</button>
</div>
</section>
<section class="chapters card"><h2>Chapters</h2>
<ol class="chapter-list">
<li><a href="#p3c1">Part Three, Chapter 1: Master of the Rolls</a> <span class="muted">38:02</span></li>
<li class="current"><a href="#p3c2">Part Three, Chapter 2: Arrangements</a> <span class="muted">42:00</span></li>
<li><a href="#p3c3">Part Three, Chapter 3: The Map of Christendom</a> <span class="muted">51:44</span></li>
<li><a href="#p3c4">Part Three, Chapter 4: Alas, What Shall I Do For Love?</a> <span class="muted">47:19</span></li>
</ol></section>
<section class="bookmarks card"><h2>Bookmarks</h2>
<ul class="bookmark-list">
<li><span class="bm-time">Part Two, Ch. 3 — 12:40</span> <button class="play-bookmark">Play</button> <button class="delete-bookmark">Delete</button></li>
<li><span class="bm-time">Part Three, Ch. 1 — 03:15</span> <button class="play-bookmark">Play</button> <button class="delete-bookmark">Delete</button></li>
</ul></section>
</main>
<footer><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <span>© Earshot Audio</span></footer>`,
);

const audiobookV2 = page(
  'Wolf Hall · Earshot',
  `<div id="root"><div class="_shell_x2k1">
<header class="_top_a91f"><a href="/" class="_brand_77c0" aria-label="Earshot home"><svg width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg></a>
<nav class="_tabs_1be3" aria-label="Primary"><a href="/library" aria-current="page">My books</a><a href="/discover">Discover</a><a href="/store">Store</a><a href="/help">Help</a></nav>
<button class="_iconBtn_9d2e" aria-label="Search"><svg width="18" height="18" aria-hidden="true"></svg></button><button class="_avatar_44ab" aria-label="Account menu">JD</button></header>
<main class="_player_f3a0" data-testid="player">
<div class="_art_8c21"><img src="/covers/wolf-hall.jpg" alt="Cover art: Wolf Hall" width="220"></div>
<div class="_meta_0b7d"><h1 data-testid="title">Wolf Hall</h1><p data-testid="author">Hilary Mantel</p></div>
<p class="_chapter_3f9a" data-testid="chapter-title">Arrangements <span class="_sub_1c4d">Part Three · Ch. 2</span></p>
<input type="range" data-testid="seek" aria-label="Seek" min="0" max="2520" value="861">
<div class="_times_ee10"><span>14:21</span><span>27:39 left</span><span>14h 12m in book</span></div>
<div class="_controls_5a6b">
<button class="_ctl_1a0f" data-testid="chapter-prev" aria-label="Previous chapter"><svg width="20" height="20" aria-hidden="true"></svg></button>
<button class="_ctl_1a0f" data-testid="skip-back" aria-label="Skip back 15 seconds">15</button>
<button class="_ctl_1a0f _big_77aa" data-testid="play-pause" aria-label="Pause"><svg width="32" height="32" aria-hidden="true"></svg></button>
<button class="_ctl_1a0f" data-testid="skip-fwd" aria-label="Skip forward 15 seconds">15</button>
<button class="_ctl_1a0f" data-testid="chapter-next" aria-label="Next chapter"><svg width="20" height="20" aria-hidden="true"></svg></button>
</div>
<div class="_actions_c0de">
<button class="_pill_6f2a" data-testid="speed" aria-label="Playback speed" aria-haspopup="menu">1.0×</button>
<button class="_pill_6f2a" data-testid="sleep" aria-label="Sleep timer" aria-haspopup="menu">Sleep</button>
<button class="_pill_6f2a" data-testid="bookmark" aria-label="Bookmark this moment"><svg width="16" height="16" aria-hidden="true"></svg></button>
<button class="_pill_6f2a" data-testid="car-mode" aria-label="Car mode"><svg width="16" height="16" aria-hidden="true"></svg></button>
</div>
</main>
<section class="_panel_2d19" aria-labelledby="toc-h"><h2 id="toc-h">Contents</h2>
<ul class="_toc_6e4b">
<li><button class="_tocItem_0e1f">Master of the Rolls</button><span>38:02</span></li>
<li aria-current="true"><button class="_tocItem_0e1f">Arrangements</button><span>42:00</span></li>
<li><button class="_tocItem_0e1f">The Map of Christendom</button><span>51:44</span></li>
<li><button class="_tocItem_0e1f">Alas, What Shall I Do For Love?</button><span>47:19</span></li>
</ul></section>
<section class="_panel_2d19" aria-labelledby="bm-h"><h2 id="bm-h">Bookmarks &amp; notes</h2>
<ul class="_marks_90aa">
<li><span>Part Two · Ch. 3 · 12:40</span><button aria-label="Play from bookmark">Play</button><button aria-label="Edit note">Edit</button></li>
<li><span>Part Three · Ch. 1 · 03:15</span><button aria-label="Play from bookmark">Play</button><button aria-label="Edit note">Edit</button></li>
</ul></section>
<footer class="_foot_1a2b"><a href="/terms">Terms of service</a><a href="/privacy">Privacy policy</a><span>© 2024 Earshot</span></footer>
</div></div>`,
);

// 2. Streaming service profile manager — edited.
const profilesV1 = page(
  'Manage profiles — Flickbox',
  `<header class="site-header"><a class="brand" href="/browse">Flickbox</a><nav class="primary-nav"><a href="/browse">Home</a><a href="/browse/series">Series</a><a href="/browse/films">Films</a><a href="/my-list">My List</a></nav><button class="profile-switcher" aria-label="Switch profile">Sam</button></header>
<main class="manage-profiles">
<h1>Manage profiles</h1>
<ul class="profile-grid row">
<li class="profile-tile" data-profile="sam"><img src="/avatars/fox.png" alt=""><span class="profile-name">Sam</span> <a class="edit-profile" href="/profiles/sam/edit">Edit</a></li>
<li class="profile-tile" data-profile="priya"><img src="/avatars/owl.png" alt=""><span class="profile-name">Priya</span> <a class="edit-profile" href="/profiles/priya/edit">Edit</a></li>
<li class="profile-tile kids" data-profile="kids"><img src="/avatars/robot.png" alt=""><span class="profile-name">Kids</span> <a class="edit-profile" href="/profiles/kids/edit">Edit</a></li>
<li class="profile-tile add"><a id="add-profile" href="/profiles/new">Add profile</a></li>
</ul>
<section class="profile-editor card" aria-labelledby="editor-title">
<h2 id="editor-title">Edit profile: Priya</h2>
<form id="profile-form" action="/profiles/priya" method="post">
<label for="profile-name">Profile name</label><input id="profile-name" name="name" value="Priya">
<label for="display-lang">Display language</label><select id="display-lang" name="language"><option selected>English</option><option>Hindi</option><option>Tamil</option><option>Español</option></select>
<fieldset class="maturity"><legend>Maturity rating</legend>
<label><input type="radio" name="maturity" value="u"> U</label>
<label><input type="radio" name="maturity" value="pg"> PG</label>
<label><input type="radio" name="maturity" value="12"> 12</label>
<label><input type="radio" name="maturity" value="15"> 15</label>
<label><input type="radio" name="maturity" value="18" checked> 18</label>
</fieldset>
<fieldset class="playback"><legend>Autoplay controls</legend>
<label><input type="checkbox" name="autoplay_next" checked> Autoplay next episode</label>
<label><input type="checkbox" name="autoplay_previews" checked> Autoplay previews while browsing</label>
</fieldset>
<label class="row"><input type="checkbox" id="profile-lock" name="lock"> Require a PIN to open this profile</label>
<div class="form-actions row"><button type="submit" class="btn-save">Save</button><a class="btn-cancel" href="/profiles">Cancel</a><button type="button" class="btn-delete-profile">Delete profile</button></div>
</form></section>
<section class="viewing-activity card"><h2>Viewing activity</h2>
<table class="activity-table"><thead><tr><th>Date</th><th>Title</th><th></th></tr></thead><tbody>
<tr><td>12/03/2024</td><td>The Crown: Season 4: "Fagan"</td><td><button class="hide-title">Hide</button></td></tr>
<tr><td>11/03/2024</td><td>Paddington 2</td><td><button class="hide-title">Hide</button></td></tr>
<tr><td>09/03/2024</td><td>Bake Off: Series 9: "Bread Week"</td><td><button class="hide-title">Hide</button></td></tr>
</tbody></table>
<a class="download-activity" href="/activity.csv">Download all</a></section>
</main>
<footer class="site-footer row"><a href="/help">Help Centre</a><a href="/account">Account</a><a href="/terms">Terms of Use</a></footer>`,
);

const profilesV2 = edit(profilesV1, [
  [
    '<a id="add-profile" href="/profiles/new">Add profile</a>',
    '<a class="tile-link" href="/profiles/new">New profile</a>',
  ],
  ['<li class="profile-tile add">', '<li class="profile-tile add-tile">'],
  [
    `<fieldset class="maturity"><legend>Maturity rating</legend>
<label><input type="radio" name="maturity" value="u"> U</label>
<label><input type="radio" name="maturity" value="pg"> PG</label>
<label><input type="radio" name="maturity" value="12"> 12</label>
<label><input type="radio" name="maturity" value="15"> 15</label>
<label><input type="radio" name="maturity" value="18" checked> 18</label>
</fieldset>`,
    `<label for="age-rating">Show titles rated up to</label><select id="age-rating" name="maturity_level"><option value="u">U</option><option value="pg">PG</option><option value="12">12</option><option value="15">15</option><option value="18" selected>18 (all titles)</option></select>`,
  ],
  [
    '<label><input type="checkbox" name="autoplay_previews" checked> Autoplay previews while browsing</label>',
    '<label><input type="checkbox" name="subtitles_default"> Show subtitles by default</label>',
  ],
  ['<legend>Autoplay controls</legend>', '<legend>Playback settings</legend>'],
  [
    '<label class="row"><input type="checkbox" id="profile-lock" name="lock"> Require a PIN to open this profile</label>',
    '<label class="row switch"><input type="checkbox" role="switch" name="profile_pin_required"> Profile lock <span class="muted">Ask for a 4-digit PIN</span></label>',
  ],
  [
    '<div class="form-actions row"><button type="submit" class="btn-save">Save</button><a class="btn-cancel" href="/profiles">Cancel</a><button type="button" class="btn-delete-profile">Delete profile</button></div>',
    '<div class="form-actions row"><button type="submit" class="btn btn-primary">Save changes</button><a class="btn btn-secondary" href="/profiles">Cancel</a></div><p><button type="button" class="btn-danger-link">Delete this profile</button></p>',
  ],
  [
    '<tr><td>12/03/2024</td>',
    '<tr><td>13/03/2024</td><td>Slow Horses: Season 3: "Strange Games"</td><td><button class="row-action">Hide from history</button></td></tr>\n<tr><td>12/03/2024</td>',
  ],
  ['<button class="hide-title">Hide</button>', '<button class="row-action">Hide from history</button>'],
  ['<button class="hide-title">Hide</button>', '<button class="row-action">Hide from history</button>'],
  ['<button class="hide-title">Hide</button>', '<button class="row-action">Hide from history</button>'],
  ['\n<a class="download-activity" href="/activity.csv">Download all</a>', ''],
]);

const audiobookPair: PagePair = {
  name: 'audiobook-player-b20',
  v1: audiobookV1,
  v2: audiobookV2,
  targets: [
    {
      selector: '#btn-play',
      expect: '[data-testid="play-pause"]',
      change: 'id replaced by data-testid, text label replaced by icon with aria-label',
    },
    {
      selector: 'button[title="Back 30 seconds"]',
      expect: '[data-testid="skip-back"]',
      change: 'skip interval shortened to 15s, title became aria-label, swapped order with previous-chapter',
    },
    { selector: '#sleep-timer', expect: '[data-testid="sleep"]', change: 'select replaced by a menu button' },
    {
      selector: 'select[name="speed"]',
      expect: '[data-testid="speed"]',
      change: 'speed select replaced by a pill menu button showing current rate',
    },
    {
      selector: '.add-bookmark',
      expect: '[data-testid="bookmark"]',
      change: 'text button became icon button, aria-label reworded',
    },
    {
      selector: '.share-clip',
      expect: null,
      change: 'clip sharing removed; a car-mode button now sits in the same slot',
    },
    {
      selector: '.chapter-list li.current a',
      expect: 'li[aria-current="true"] button',
      change: 'chapter list rebuilt as contents, link became button, title shortened',
    },
    { selector: '.narrator', expect: null, change: 'narrator line dropped from the player' },
  ],
};

const profilesPair: PagePair = {
  name: 'streaming-profile-manager-b20',
  v1: profilesV1,
  v2: profilesV2,
  targets: [
    {
      selector: 'fieldset.maturity',
      expect: '#age-rating',
      change: 'maturity radio group collapsed into a select, label reworded',
    },
    {
      selector: 'input[name="autoplay_previews"]',
      expect: null,
      change: 'preview autoplay option removed; a subtitles checkbox took its place',
    },
    {
      selector: '#profile-lock',
      expect: 'input[name="profile_pin_required"]',
      change: 'id dropped, name renamed, became a switch, label reworded',
    },
    {
      selector: '.btn-save',
      expect: '#profile-form button[type="submit"]',
      change: 'class changed to utility classes, Save → Save changes',
    },
    { selector: '#add-profile', expect: '.add-tile a', change: 'id removed, Add profile → New profile' },
    {
      selector: '.activity-table tbody tr:nth-child(2) .hide-title',
      expect: '.activity-table tbody tr:nth-child(3) button',
      change: 'new row inserted above, button class renamed and reworded',
    },
    { selector: '.download-activity', expect: null, change: 'download-all link removed' },
    {
      selector: '.btn-delete-profile',
      expect: '.btn-danger-link',
      change: 'class renamed, reworded, moved below the form actions',
    },
  ],
};

// 3. Live-stream creator dashboard — full rewrite (panels rearranged, CSS-in-JS classes).
const streamDashV1 = page(
  'Creator Dashboard — Streamly',
  `<header class="dash-header"><a class="dash-logo" href="/">Streamly Studio</a><nav class="dash-nav"><a href="/dashboard" class="active">Stream manager</a><a href="/analytics">Analytics</a><a href="/community">Community</a><a href="/content">Content</a><a href="/settings">Settings</a></nav><span class="viewer-count" id="viewer-count">0 viewers</span><a class="view-channel" href="/c/pixelpaula">View channel</a></header>
<div class="dash-body">
<aside class="dash-sidebar sidebar">
<section class="stream-key card"><h3>Stream key</h3>
<input type="password" id="stream-key-field" value="live_8812_aHk2" readonly>
<button class="reveal-key">Show</button> <button class="copy-key">Copy</button> <button class="reset-key">Reset</button>
<p class="muted">Server: rtmp://ingest.streamly.tv/live</p></section>
<section class="recent-followers card" id="recent-followers"><h3>Recent followers</h3>
<ul><li>mossbyte</li><li>kettle_on</li><li>quietfox</li></ul></section>
</aside>
<main class="dash-main">
<section class="stream-info card"><h2>Stream info</h2>
<form id="stream-info-form">
<label for="stream-title">Title</label><input id="stream-title" name="stream_title" value="Cosy Sunday speedrun practice" maxlength="140">
<label for="category-select">Category</label><select id="category-select" name="category"><option>Just Chatting</option><option selected>Celeste</option><option>Hollow Knight</option><option>Art</option></select>
<label for="stream-tags">Tags</label><input id="stream-tags" name="tags" value="speedrun, english, chill">
<label for="stream-lang">Language</label><select id="stream-lang" name="language"><option selected>English</option><option>Deutsch</option><option>Français</option></select>
<button type="submit" class="save-info">Save</button>
</form></section>
<section class="quick-actions card"><h2>Quick actions</h2>
<div class="row">
<button id="go-live-btn" class="btn-primary">Go live</button>
<button class="run-ad">Run 90s ad</button>
<button class="create-clip">Clip</button>
<button class="start-raid">Raid channel</button>
</div></section>
<section class="chat-settings card"><h2>Chat settings</h2>
<label><input type="checkbox" name="slow_mode"> Slow mode (30s)</label>
<label><input type="checkbox" name="followers_only" checked> Followers-only chat</label>
<label><input type="checkbox" name="emote_only"> Emote-only chat</label>
<label for="blocked-terms">Blocked terms</label><textarea id="blocked-terms" name="blocked_terms" rows="2">spoilers</textarea>
</section>
</main>
</div>
<footer class="dash-footer"><a href="/help">Creator help</a> · <a href="/guidelines">Community guidelines</a> · <a href="/status">Service status</a></footer>`,
);

const streamDashV2 = page(
  'Stream Manager | Streamly',
  `<div class="css-1r4vtzz">
<header class="css-top9x2"><a class="css-logo3" href="/" aria-label="Streamly home">Streamly</a>
<div class="css-live7q"><span class="css-dot" aria-hidden="true"></span><span data-a-target="viewer-count">Offline</span></div>
<button class="css-btn0 css-primary" data-a-target="stream-start">Start stream</button>
<a class="css-link2" href="/c/pixelpaula">My channel</a></header>
<div class="css-cols4">
<nav class="css-rail1" aria-label="Dashboard"><a href="/dashboard" aria-current="page">Stream manager</a><a href="/analytics">Insights</a><a href="/community">Community</a><a href="/content">Videos &amp; clips</a><a href="/settings">Settings</a></nav>
<main class="css-main8">
<section class="css-panel5" aria-labelledby="edit-h"><h2 id="edit-h">Edit stream info</h2>
<div class="css-field"><label class="css-lbl" for="f-title">Title</label><textarea id="f-title" aria-label="Stream title" rows="2" maxlength="140">Cosy Sunday speedrun practice</textarea></div>
<div class="css-field"><label class="css-lbl" for="f-cat">Category</label><input id="f-cat" role="combobox" aria-label="Category" aria-expanded="false" value="Celeste"></div>
<div class="css-field"><label class="css-lbl" for="f-tags">Tags</label><input id="f-tags" aria-label="Add a tag" placeholder="Add up to 10 tags"><span class="css-chip">speedrun</span><span class="css-chip">english</span><span class="css-chip">chill</span></div>
<div class="css-field"><label class="css-lbl" for="f-lang">Stream language</label><select id="f-lang"><option selected>English</option><option>Deutsch</option><option>Français</option></select></div>
<button class="css-btn0" data-a-target="save-stream-info">Done</button>
</section>
<section class="css-panel5" aria-labelledby="qa-h"><h2 id="qa-h">Quick actions</h2>
<div class="css-grid2">
<button class="css-tile" data-action="poll">Create poll</button>
<button class="css-tile" data-action="clip">Clip last 30s</button>
<button class="css-tile" data-action="raid">Raid a channel</button>
<button class="css-tile" data-action="shoutout">Shoutout</button>
</div></section>
</main>
<aside class="css-side6">
<section class="css-panel5" aria-labelledby="chat-h"><h2 id="chat-h">Chat moderation</h2>
<label class="css-lbl">Slow mode <select aria-label="Slow mode"><option selected>Off</option><option>3 seconds</option><option>30 seconds</option><option>2 minutes</option></select></label>
<label class="css-lbl">Followers-only <select aria-label="Followers-only chat"><option>Off</option><option selected>Any follower</option><option>Followers of 10+ minutes</option></select></label>
<label class="css-toggle"><input type="checkbox" role="switch" aria-label="Emote-only chat"> Emote-only</label>
<a class="css-link2" href="/settings/moderation#blocked">Manage blocked terms</a>
</section>
<section class="css-panel5" aria-labelledby="key-h"><h2 id="key-h">Stream key &amp; server</h2>
<div class="css-keyrow"><input type="password" aria-label="Primary stream key" value="live_8812_aHk2" readonly>
<button class="css-icon" aria-label="Show stream key"><svg width="16" height="16" aria-hidden="true"></svg></button>
<button class="css-icon" aria-label="Copy stream key"><svg width="16" height="16" aria-hidden="true"></svg></button></div>
<button class="css-btn0 css-ghost">Reset key</button>
<p class="css-muted">rtmp://ingest.streamly.tv/live</p></section>
</aside>
</div>
<footer class="css-foot"><a href="/help">Help</a><a href="/guidelines">Guidelines</a><a href="/status">Status</a></footer>
</div>`,
);

const streamDashPair: PagePair = {
  name: 'live-stream-creator-dashboard-b20',
  v1: streamDashV1,
  v2: streamDashV2,
  targets: [
    {
      selector: '#go-live-btn',
      expect: '[data-a-target="stream-start"]',
      change: 'moved from quick actions to header, Go live → Start stream',
    },
    {
      selector: 'input[name="stream_title"]',
      expect: 'textarea[aria-label="Stream title"]',
      change: 'input became a textarea, name dropped',
    },
    {
      selector: '#category-select',
      expect: 'input[aria-label="Category"]',
      change: 'select replaced by a searchable combobox',
    },
    {
      selector: '.stream-key .reveal-key',
      expect: 'button[aria-label="Show stream key"]',
      change: 'text button became eye icon, panel moved to right column',
    },
    {
      selector: '.copy-key',
      expect: 'button[aria-label="Copy stream key"]',
      change: 'text button became icon with aria-label',
    },
    {
      selector: '.run-ad',
      expect: null,
      change: 'ad break button removed; Create poll tile now in that slot',
    },
    {
      selector: '.chat-settings input[name="slow_mode"]',
      expect: 'select[aria-label="Slow mode"]',
      change: 'checkbox became a duration select',
    },
    { selector: '#recent-followers', expect: null, change: 'recent followers widget removed' },
  ],
};

// 4. Music distribution royalty statement — edited.
const royaltyV1 = page(
  'Royalty statement — Tunebridge for Artists',
  `<header class="portal-header"><a class="portal-logo" href="/">Tunebridge</a><nav class="portal-nav"><a href="/releases">Releases</a><a href="/statements" class="active">Earnings</a><a href="/splits">Splits</a><a href="/account">Account</a></nav><span class="artist-name">The Lantern Coast</span></header>
<main class="statement-page">
<h1>Earnings statement</h1>
<form class="statement-filters row" method="get" action="/statements">
<label for="statement-period">Period</label>
<select id="statement-period" name="period"><option value="2024-02" selected>February 2024</option><option value="2024-01">January 2024</option><option value="2023-12">December 2023</option></select>
<label for="store-filter">Store</label>
<select id="store-filter" name="store"><option value="all" selected>All stores</option><option value="spotify">Spotify</option><option value="apple">Apple Music</option><option value="youtube">YouTube Music</option><option value="amazon">Amazon Music</option></select>
<button type="submit" class="apply-filters">Apply</button>
</form>
<section class="summary grid3">
<div class="card"><span class="label">Streams</span><strong id="total-streams">184,220</strong></div>
<div class="card"><span class="label">Downloads</span><strong id="total-downloads">312</strong></div>
<div class="card"><span class="label">Earnings</span><strong id="total-earnings">£612.48</strong></div>
</section>
<table class="earnings-table">
<thead><tr><th data-sort="title">Track</th><th data-sort="isrc">ISRC</th><th data-sort="streams">Streams</th><th data-sort="earnings">Earnings</th><th></th></tr></thead>
<tbody>
<tr><td class="track-title">Breakwater</td><td>GBX722400101</td><td>61,004</td><td>£203.11</td><td><a class="track-detail" href="/statements/2024-02/GBX722400101">Details</a></td></tr>
<tr><td class="track-title">Harbour Lights</td><td>GBX722400102</td><td>22,870</td><td>£75.96</td><td><a class="track-detail" href="/statements/2024-02/GBX722400102">Details</a></td></tr>
<tr><td class="track-title">Saltmarsh</td><td>GBX722400103</td><td>88,115</td><td>£293.40</td><td><a class="track-detail" href="/statements/2024-02/GBX722400103">Details</a></td></tr>
<tr><td class="track-title">The Long Groyne</td><td>GBX722400104</td><td>12,231</td><td>£40.01</td><td><a class="track-detail" href="/statements/2024-02/GBX722400104">Details</a></td></tr>
</tbody></table>
<div class="statement-actions row">
<a class="download-csv" href="/statements/2024-02.csv">Download statement (CSV)</a>
<button class="request-payout btn-primary">Request payout</button>
</div>
<p class="tax-notice card">Your tax form expires on 30 April 2024. <a href="/account/tax">Update W-8BEN</a></p>
</main>
<footer class="portal-footer"><a href="/help/earnings">How earnings are calculated</a> · <a href="/contact">Contact support</a></footer>`,
);

const royaltyV2 = edit(royaltyV1, [
  ['<select id="statement-period" name="period">', '<select id="period-picker" name="statement_month">'],
  ['<label for="statement-period">Period</label>', '<label for="period-picker">Statement month</label>'],
  [
    '<label for="store-filter">Store</label>\n<select id="store-filter" name="store"><option value="all" selected>All stores</option><option value="spotify">Spotify</option><option value="apple">Apple Music</option><option value="youtube">YouTube Music</option><option value="amazon">Amazon Music</option></select>',
    '<label for="country-filter">Country</label>\n<select id="country-filter" name="country"><option value="all" selected>All countries</option><option value="GB">United Kingdom</option><option value="US">United States</option><option value="DE">Germany</option></select>',
  ],
  ['<strong id="total-streams">184,220</strong>', '<strong data-metric="streams">184,220</strong>'],
  ['<strong id="total-downloads">312</strong>', '<strong data-metric="downloads">312</strong>'],
  ['<strong id="total-earnings">£612.48</strong>', '<strong data-metric="earnings">£612.48</strong>'],
  [
    `<tbody>
<tr><td class="track-title">Breakwater</td><td>GBX722400101</td><td>61,004</td><td>£203.11</td><td><a class="track-detail" href="/statements/2024-02/GBX722400101">Details</a></td></tr>
<tr><td class="track-title">Harbour Lights</td><td>GBX722400102</td><td>22,870</td><td>£75.96</td><td><a class="track-detail" href="/statements/2024-02/GBX722400102">Details</a></td></tr>
<tr><td class="track-title">Saltmarsh</td><td>GBX722400103</td><td>88,115</td><td>£293.40</td><td><a class="track-detail" href="/statements/2024-02/GBX722400103">Details</a></td></tr>`,
    `<tbody>
<tr><td class="track-name">Saltmarsh</td><td>GBX722400103</td><td>88,115</td><td>£293.40</td><td><a class="row-link" href="/statements/2024-02/GBX722400103">View breakdown</a></td></tr>
<tr><td class="track-name">Breakwater</td><td>GBX722400101</td><td>61,004</td><td>£203.11</td><td><a class="row-link" href="/statements/2024-02/GBX722400101">View breakdown</a></td></tr>
<tr><td class="track-name">Harbour Lights</td><td>GBX722400102</td><td>22,870</td><td>£75.96</td><td><a class="row-link" href="/statements/2024-02/GBX722400102">View breakdown</a></td></tr>`,
  ],
  [
    '<tr><td class="track-title">The Long Groyne</td><td>GBX722400104</td><td>12,231</td><td>£40.01</td><td><a class="track-detail" href="/statements/2024-02/GBX722400104">Details</a></td></tr>',
    '<tr><td class="track-name">The Long Groyne</td><td>GBX722400104</td><td>12,231</td><td>£40.01</td><td><a class="row-link" href="/statements/2024-02/GBX722400104">View breakdown</a></td></tr>',
  ],
  ['<th data-sort="earnings">Earnings</th>', '<th data-sort="earnings" aria-sort="descending">Earnings</th>'],
  [
    '<a class="download-csv" href="/statements/2024-02.csv">Download statement (CSV)</a>\n<button class="request-payout btn-primary">Request payout</button>',
    '<button class="btn-primary withdraw">Withdraw £612.48</button>\n<a class="export-link" href="/statements/2024-02.csv">Export CSV</a>',
  ],
  [
    '<p class="tax-notice card">Your tax form expires on 30 April 2024. <a href="/account/tax">Update W-8BEN</a></p>',
    '',
  ],
]);

const royaltyPair: PagePair = {
  name: 'music-royalty-statement-b20',
  v1: royaltyV1,
  v2: royaltyV2,
  targets: [
    {
      selector: '#statement-period',
      expect: '#period-picker',
      change: 'id and name renamed, label reworded',
    },
    {
      selector: 'select[name="store"]',
      expect: null,
      change: 'store filter removed; a country filter now sits in the same position',
    },
    {
      selector: '#total-earnings',
      expect: '[data-metric="earnings"]',
      change: 'id replaced by data attribute',
    },
    {
      selector: '.earnings-table tbody tr:nth-child(3) .track-title',
      expect: '.earnings-table tbody tr:nth-child(1) .track-name',
      change: 'rows re-sorted by earnings, cell class renamed',
    },
    {
      selector: '.earnings-table tbody tr:nth-child(2) .track-detail',
      expect: '.earnings-table tbody tr:nth-child(3) .row-link',
      change: 'row moved to third place, Details → View breakdown, class renamed',
    },
    {
      selector: '.request-payout',
      expect: '.withdraw',
      change: 'Request payout → Withdraw with amount, moved before export link',
    },
    {
      selector: '.download-csv',
      expect: '.export-link',
      change: 'class renamed, reworded, moved after the payout button',
    },
    { selector: '.tax-notice a', expect: null, change: 'tax form notice removed' },
  ],
};

// 5. E-book reader with annotations — full rewrite.
const ebookV1 = page(
  'Middlemarch — Pagewise Reader',
  `<header class="reader-toolbar"><a class="back-to-library" href="/library">Library</a>
<button id="toc-toggle">Contents</button>
<span class="book-heading">Middlemarch — George Eliot</span>
<input id="search-in-book" type="text" name="q" placeholder="Search in book">
<button class="bookmark-page" title="Bookmark this page">Bookmark</button>
<button id="display-settings">Aa</button></header>
<div class="reader-body">
<aside class="display-panel sidebar">
<h3>Display</h3>
<div class="row"><button class="font-size-decrease">A-</button><span class="font-size-value">18px</span><button class="font-size-increase">A+</button></div>
<label for="font-family">Font</label><select id="font-family" name="font"><option selected>Georgia</option><option>Literata</option><option>OpenDyslexic</option></select>
<label for="theme-select">Theme</label><select id="theme-select" name="theme"><option value="light">Light</option><option value="sepia" selected>Sepia</option><option value="dark">Dark</option></select>
<label><input type="checkbox" name="justify" checked> Justify text</label>
<a id="reading-stats" href="/stats">Reading stats</a>
</aside>
<main class="reader-page">
<h2 class="chapter-heading">Chapter XI</h2>
<p>Lydgate, in fact, was already conscious of being fascinated by a woman strikingly different from Miss Brooke…</p>
<p>He had not meant to be <mark class="user-highlight" data-hl="h2">charmed by the mere manner of her speech</mark>, and yet he was.</p>
<div class="selection-popover" role="toolbar" aria-label="Selection">
<button class="hl-yellow">Highlight</button><button class="add-note">Note</button><button class="lookup-dictionary">Define</button><button class="copy-selection">Copy</button>
</div>
<div class="page-footer row"><button class="prev-page">Previous page</button><span class="progress">Location 1840 of 12002 · 15%</span><button class="next-page">Next page</button></div>
</main>
<aside class="annotations-panel">
<h3>Highlights &amp; notes</h3>
<ul class="highlight-list">
<li class="highlight-item" data-hl="h1"><q>a sort of subdued picturesqueness</q><span class="muted">Ch. IX</span> <button class="edit-note">Edit note</button> <button class="remove-highlight">Remove</button></li>
<li class="highlight-item" data-hl="h2"><q>charmed by the mere manner of her speech</q><span class="muted">Ch. XI</span> <button class="edit-note">Edit note</button> <button class="remove-highlight">Remove</button></li>
<li class="highlight-item" data-hl="h3"><q>a brilliant piece of conversation</q><span class="muted">Ch. X</span> <button class="edit-note">Edit note</button> <button class="remove-highlight">Remove</button></li>
</ul>
<button class="export-highlights">Export highlights</button>
</aside>
</div>`,
);

const ebookV2 = page(
  'Middlemarch | Pagewise',
  `<div class="rd-app">
<header class="rd-bar">
<a class="rd-icon" href="/library" aria-label="Back to library"><svg width="18" height="18" aria-hidden="true"></svg></a>
<button class="rd-icon" aria-label="Table of contents"><svg width="18" height="18" aria-hidden="true"></svg></button>
<div class="rd-title"><span>Middlemarch</span><span class="rd-sub">George Eliot</span></div>
<button class="rd-icon" aria-label="Add bookmark" aria-pressed="false"><svg width="18" height="18" aria-hidden="true"></svg></button>
<button class="rd-icon" aria-label="Notebook"><svg width="18" height="18" aria-hidden="true"></svg></button>
<button class="rd-icon" aria-label="Text and layout"><svg width="18" height="18" aria-hidden="true"></svg></button>
</header>
<div class="rd-search"><input type="search" placeholder="Search this book" aria-label="Search this book"></div>
<div class="rd-sheet" aria-label="Text and layout">
<div class="rd-group"><span class="rd-lbl">Text size</span><input type="range" min="12" max="32" value="18" aria-label="Text size"></div>
<div class="rd-group"><span class="rd-lbl">Typeface</span><select aria-label="Typeface"><option selected>Georgia</option><option>Literata</option><option>OpenDyslexic</option></select></div>
<div class="rd-group" role="radiogroup" aria-label="Page colour">
<label><input type="radio" name="pageColour" value="white"> White</label>
<label><input type="radio" name="pageColour" value="paper" checked> Paper</label>
<label><input type="radio" name="pageColour" value="night"> Night</label>
</div>
<label class="rd-switch"><input type="checkbox" role="switch" checked> Justified</label>
</div>
<main class="rd-page">
<h2>XI</h2>
<p>Lydgate, in fact, was already conscious of being fascinated by a woman strikingly different from Miss Brooke…</p>
<p>He had not meant to be <span class="rd-hl rd-hl--yellow" data-annotation-id="h2">charmed by the mere manner of her speech</span>, and yet he was.</p>
<div class="rd-popover" role="menu" aria-label="Selected text">
<button role="menuitem" data-cmd="highlight">Highlight</button><button role="menuitem" data-cmd="note">Add note</button><button role="menuitem" data-cmd="translate">Translate</button><button role="menuitem" data-cmd="copy">Copy</button><button role="menuitem" data-cmd="share">Share quote</button>
</div>
<nav class="rd-pager" aria-label="Pages"><button aria-label="Previous page">‹</button><span class="rd-progress">15% · 42 min left in chapter</span><button aria-label="Next page">›</button></nav>
</main>
<section class="rd-notebook" aria-labelledby="nb-h">
<h3 id="nb-h">Notebook</h3>
<div class="rd-nbtools"><select aria-label="Sort annotations"><option selected>By location</option><option>Most recent</option></select>
<button class="rd-btn" aria-haspopup="menu">Share &amp; export</button></div>
<ul class="rd-annots">
<li data-annotation-id="h1"><blockquote>a sort of subdued picturesqueness</blockquote><small>Chapter IX</small><button class="rd-link">Add note</button><button class="rd-link" aria-label="Delete highlight">Delete</button></li>
<li data-annotation-id="h3"><blockquote>a brilliant piece of conversation</blockquote><small>Chapter X</small><button class="rd-link">Add note</button><button class="rd-link" aria-label="Delete highlight">Delete</button></li>
<li data-annotation-id="h2"><blockquote>charmed by the mere manner of her speech</blockquote><small>Chapter XI</small><button class="rd-link">Edit note</button><button class="rd-link" aria-label="Delete highlight">Delete</button></li>
</ul>
</section>
</div>`,
);

const ebookPair: PagePair = {
  name: 'ebook-reader-annotations-b20',
  v1: ebookV1,
  v2: ebookV2,
  targets: [
    {
      selector: '#toc-toggle',
      expect: 'button[aria-label="Table of contents"]',
      change: 'text button became icon with aria-label',
    },
    {
      selector: '#theme-select',
      expect: '[role="radiogroup"][aria-label="Page colour"]',
      change: 'theme select became a radio group, themes renamed',
    },
    {
      selector: '.highlight-item:nth-child(2) .edit-note',
      expect: 'li[data-annotation-id="h2"] button:first-of-type',
      change: 'annotations re-sorted by location so the row moved to last; class dropped',
    },
    {
      selector: '#search-in-book',
      expect: 'input[type="search"]',
      change: 'moved out of the toolbar into a search strip, id and name dropped, placeholder reworded',
    },
    {
      selector: '.export-highlights',
      expect: '.rd-nbtools .rd-btn',
      change: 'export button became a Share & export menu in the notebook toolbar',
    },
    {
      selector: '.lookup-dictionary',
      expect: null,
      change: 'dictionary lookup removed; Translate now in the same popover slot',
    },
    { selector: '#reading-stats', expect: null, change: 'reading stats link removed' },
    {
      selector: '.bookmark-page',
      expect: 'button[aria-label="Add bookmark"]',
      change: 'text button became icon toggle, title → aria-label',
    },
  ],
};

// 6. Rail season ticket renewal — edited.
const seasonV1 = page(
  'Renew your season ticket — Southvale Railway',
  `<header class="sv-header"><a class="sv-logo" href="/">Southvale Railway</a><nav class="sv-nav"><a href="/journey-planner">Plan a journey</a><a href="/tickets">Tickets</a><a href="/season-tickets" class="current">Season tickets</a><a href="/delay-repay">Delay Repay</a></nav><a class="sv-signin" href="/account">My account</a></header>
<main>
<ol class="progress-steps row"><li class="done">Journey</li><li class="active">Ticket details</li><li>Payment</li><li>Confirmation</li></ol>
<h1>Renew your season ticket</h1>
<div class="grid">
<form id="season-form" action="/season-tickets/renew" method="post">
<label for="origin">From</label><input id="origin" name="origin" value="Haywards Heath">
<label for="destination">To</label><input id="destination" name="destination" value="London Terminals">
<label for="route">Route</label><select id="route" name="route"><option selected>Any permitted</option><option>Not via Gatwick Airport</option></select>
<fieldset class="duration"><legend>Ticket length</legend>
<label><input type="radio" name="duration" value="weekly"> 7 days</label>
<label><input type="radio" name="duration" value="monthly" checked> Monthly</label>
<label><input type="radio" name="duration" value="annual"> Annual</label>
<label><input type="radio" name="duration" value="custom"> Custom (1 month to 1 year)</label>
</fieldset>
<label for="start-date">Start date</label><input id="start-date" name="start_date" type="date" value="2024-04-02">
<label for="photocard">Photocard number</label><input id="photocard" name="photocard_number" placeholder="e.g. 0A1B23">
<fieldset class="delivery"><legend>How would you like your ticket?</legend>
<label><input type="radio" name="delivery" id="delivery-smartcard" value="smartcard" checked> Load onto my Key smartcard</label>
<label><input type="radio" name="delivery" id="delivery-post" value="post"> Paper ticket by post (allow 5 working days)</label>
</fieldset>
<label><input type="checkbox" name="gold_card_info"> Email me about Gold Card discounts</label>
<a class="railcard-help" href="/help/gold-card">What is a Gold Card?</a>
<div class="row"><a class="back-link" href="/season-tickets">Back</a><button type="submit" class="btn-continue">Continue to payment</button></div>
</form>
<aside class="price-box card"><h2>Your ticket</h2>
<p>Haywards Heath to London Terminals</p>
<p>Monthly Standard</p>
<p class="price-total">£512.60</p>
<p class="muted">Price valid for start dates before 3 March 2025.</p>
</aside>
</div>
</main>
<footer class="sv-footer row"><a href="/contact">Contact us</a><a href="/accessibility">Accessibility</a><a href="/privacy">Privacy</a></footer>`,
);

const seasonV2 = edit(seasonV1, [
  [
    '<label for="origin">From</label><input id="origin" name="origin" value="Haywards Heath">',
    '<label for="from-station">Travelling from</label><input id="from-station" name="from_station" value="Haywards Heath (HHE)" autocomplete="off">',
  ],
  [
    '<label for="destination">To</label><input id="destination" name="destination" value="London Terminals">',
    '<label for="to-station">Travelling to</label><input id="to-station" name="to_station" value="London Terminals (1072)" autocomplete="off">',
  ],
  [
    '<label><input type="radio" name="duration" value="weekly"> 7 days</label>',
    '<label><input type="radio" name="duration" value="7d"> Weekly</label>\n<label><input type="radio" name="duration" value="flexi"> Flexi Season (8 days in 28)</label>',
  ],
  [
    '<label><input type="radio" name="duration" value="monthly" checked> Monthly</label>',
    '<label><input type="radio" name="duration" value="1m" checked> Monthly</label>',
  ],
  [
    '<label><input type="radio" name="duration" value="annual"> Annual</label>',
    '<label><input type="radio" name="duration" value="12m"> Annual</label>',
  ],
  [
    '<label for="start-date">Start date</label><input id="start-date" name="start_date" type="date" value="2024-04-02">',
    '<fieldset class="date-input"><legend>When should it start?</legend><div class="row"><label>Day <input name="start_day" inputmode="numeric" size="2" value="02"></label><label>Month <input name="start_month" inputmode="numeric" size="2" value="04"></label><label>Year <input name="start_year" inputmode="numeric" size="4" value="2024"></label></div></fieldset>',
  ],
  [
    '<label for="photocard">Photocard number</label><input id="photocard" name="photocard_number" placeholder="e.g. 0A1B23">',
    '<label for="smartcard">Smartcard number</label><input id="smartcard" name="smartcard_number" placeholder="633597 0123 4567 8901">',
  ],
  [
    '<label><input type="radio" name="delivery" id="delivery-post" value="post"> Paper ticket by post (allow 5 working days)</label>',
    '<label><input type="radio" name="delivery" id="delivery-ticket-machine" value="tvm"> Collect from a ticket machine</label>',
  ],
  [
    '<a class="railcard-help" href="/help/gold-card">What is a Gold Card?</a>',
    '<details class="help"><summary>About Gold Card benefits</summary><p>Annual season ticket holders get a third off off-peak travel.</p></details>',
  ],
  [
    '<button type="submit" class="btn-continue">Continue to payment</button>',
    '<button type="submit" class="button button--primary">Review and pay</button>',
  ],
  [
    '<p class="price-total">£512.60</p>',
    '<dl class="summary"><dt>Total</dt><dd id="summary-total">£512.60</dd></dl>',
  ],
]);

const seasonPair: PagePair = {
  name: 'rail-season-ticket-renewal-b20',
  v1: seasonV1,
  v2: seasonV2,
  targets: [
    {
      selector: '#origin',
      expect: '#from-station',
      change: 'id and name renamed, label From → Travelling from',
    },
    {
      selector: 'input[name="duration"][value="monthly"]',
      expect: 'input[name="duration"][value="1m"]',
      change: 'value code renamed, new Flexi option inserted above',
    },
    {
      selector: '#start-date',
      expect: 'input[name="start_day"]',
      change: 'date input split into day, month and year fields',
    },
    {
      selector: '#photocard',
      expect: null,
      change: 'photocard field removed; smartcard number field sits in its place',
    },
    {
      selector: '#delivery-post',
      expect: null,
      change: 'postal delivery option removed; collect-from-machine option replaced it',
    },
    {
      selector: '.railcard-help',
      expect: '.help summary',
      change: 'help link became an expandable details block, reworded',
    },
    {
      selector: '.btn-continue',
      expect: '#season-form button[type="submit"]',
      change: 'class renamed, Continue to payment → Review and pay',
    },
    {
      selector: '.price-total',
      expect: '#summary-total',
      change: 'price paragraph became a definition-list total with id',
    },
  ],
};

// 7. Toll road pre-pay account — full rewrite.
const tollV1 = page(
  'My account — Crossway Toll',
  `<header class="top"><a class="logo" href="/">Crossway Toll</a><nav class="menu"><a href="/account">Account</a><a href="/pay">Pay a crossing</a><a href="/charges">Charges</a><a href="/help">Help</a></nav><a class="logout" href="/logout">Log out</a></header>
<main>
<h1>Account 40018827</h1>
<div class="grid">
<section class="balance-box card"><h2>Balance</h2>
<p class="big" id="balance-amount">£14.20</p>
<form id="topup-form" class="row" action="/account/topup" method="post">
<label for="topup-amount">Top-up amount</label>
<select id="topup-amount" name="amount"><option value="10">£10</option><option value="20" selected>£20</option><option value="50">£50</option><option value="other">Other amount</option></select>
<button type="submit" class="topup-submit">Top up now</button>
</form>
<label><input type="checkbox" id="auto-topup" name="auto_topup" checked> Automatically top up £20 when my balance falls below £5</label>
<label><input type="checkbox" id="paperless-optin" name="paperless"> Send me paper statements</label>
</section>
<section class="vehicles card"><h2>Vehicles</h2>
<table class="vehicle-table"><thead><tr><th>Registration</th><th>Make</th><th>Class</th><th></th></tr></thead><tbody>
<tr><td>LR68 PKD</td><td>Skoda Octavia</td><td>Class 2</td><td><button class="remove-vehicle">Remove</button></td></tr>
<tr><td>KX19 LMN</td><td>Ford Transit</td><td>Class 3</td><td><button class="remove-vehicle">Remove</button></td></tr>
</tbody></table>
<a id="add-vehicle-link" href="/vehicles/add">Add a vehicle</a>
</section>
</div>
<section class="trips card"><h2>Recent crossings</h2>
<table class="trips-table"><thead><tr><th>Date</th><th>Time</th><th>Direction</th><th>Vehicle</th><th>Charge</th><th></th></tr></thead><tbody>
<tr><td>14 Mar</td><td>07:42</td><td>Northbound</td><td>LR68 PKD</td><td>£2.50</td><td><a class="dispute-link" href="/disputes/new?c=88120">Dispute</a></td></tr>
<tr><td>13 Mar</td><td>18:05</td><td>Southbound</td><td>LR68 PKD</td><td>£2.50</td><td><a class="dispute-link" href="/disputes/new?c=88101">Dispute</a></td></tr>
<tr><td>13 Mar</td><td>07:39</td><td>Northbound</td><td>KX19 LMN</td><td>£4.00</td><td><a class="dispute-link" href="/disputes/new?c=88077">Dispute</a></td></tr>
</tbody></table>
<a class="all-trips" href="/account/crossings">See all crossings</a>
</section>
</main>
<footer class="foot"><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></footer>`,
);

const tollV2 = page(
  'Your account | Crossway',
  `<header class="cw-header"><a class="cw-logo" href="/">Crossway</a><nav class="cw-nav" aria-label="Main"><a href="/account" aria-current="page">Overview</a><a href="/pay">Pay without an account</a><a href="/charges">Prices</a><a href="/help">Help</a></nav><button class="cw-menu" aria-label="Account menu">Account 40018827</button></header>
<main class="cw-main">
<section class="cw-hero"><p class="cw-eyebrow">Available balance</p><p class="cw-balance" data-testid="balance">£14.20</p>
<form class="cw-topup" action="/account/topup" method="post">
<div role="radiogroup" aria-label="Top-up amount" class="cw-chips">
<label><input type="radio" name="amount" value="10"> £10</label><label><input type="radio" name="amount" value="20" checked> £20</label><label><input type="radio" name="amount" value="50"> £50</label><label><input type="radio" name="amount" value="other"> Other</label>
</div>
<button type="submit" class="cw-btn cw-btn--primary">Add funds</button>
</form>
<div class="cw-setting"><span>Auto top-up</span><span class="cw-hint">£20 when below £5</span><button role="switch" aria-checked="true" aria-label="Auto top-up" class="cw-switch"></button></div>
</section>
<section class="cw-section" aria-labelledby="veh-h"><h2 id="veh-h">Your vehicles</h2>
<div class="cw-cards">
<article class="cw-card" data-vrm="LR68PKD"><h3>LR68 PKD</h3><p>Skoda Octavia · Car (class 2)</p><button class="cw-btn cw-btn--text" aria-label="Remove LR68 PKD">Remove</button></article>
<article class="cw-card" data-vrm="KX19LMN"><h3>KX19 LMN</h3><p>Ford Transit · Van (class 3)</p><button class="cw-btn cw-btn--text" aria-label="Remove KX19 LMN">Remove</button></article>
<a class="cw-card cw-card--add" href="/vehicles/add">Register another vehicle</a>
</div></section>
<section class="cw-section" aria-labelledby="trips-h"><h2 id="trips-h">Crossings</h2>
<ul class="cw-list">
<li><span class="cw-when">Thu 14 Mar, 07:42</span><span>Northbound · LR68 PKD</span><span class="cw-amt">£2.50</span><a class="cw-receipt" href="/crossings/88120/receipt">Receipt</a></li>
<li><span class="cw-when">Wed 13 Mar, 18:05</span><span>Southbound · LR68 PKD</span><span class="cw-amt">£2.50</span><a class="cw-receipt" href="/crossings/88101/receipt">Receipt</a></li>
<li><span class="cw-when">Wed 13 Mar, 07:39</span><span>Northbound · KX19 LMN</span><span class="cw-amt">£4.00</span><a class="cw-receipt" href="/crossings/88077/receipt">Receipt</a></li>
</ul>
<a class="cw-more" href="/account/crossings">View crossing history</a>
<p class="cw-hint">Think a charge is wrong? <a href="/help/contact">Contact us</a>.</p>
</section>
</main>
<footer class="cw-footer"><a href="/terms">Terms and conditions</a><a href="/privacy">Privacy notice</a><a href="/accessibility">Accessibility statement</a><a href="/logout">Sign out</a></footer>`,
);

const tollPair: PagePair = {
  name: 'toll-road-account-b20',
  v1: tollV1,
  v2: tollV2,
  targets: [
    {
      selector: '#balance-amount',
      expect: '[data-testid="balance"]',
      change: 'id replaced by data-testid in a hero block',
    },
    {
      selector: '#topup-amount',
      expect: '[role="radiogroup"][aria-label="Top-up amount"]',
      change: 'select became a chip radio group',
    },
    {
      selector: '.topup-submit',
      expect: '.cw-topup button[type="submit"]',
      change: 'class renamed, Top up now → Add funds',
    },
    {
      selector: '#auto-topup',
      expect: 'button[role="switch"][aria-label="Auto top-up"]',
      change: 'checkbox with long label became a switch button',
    },
    {
      selector: '.vehicle-table tbody tr:nth-child(2) .remove-vehicle',
      expect: 'button[aria-label="Remove KX19 LMN"]',
      change: 'vehicle table became cards, button gained aria-label',
    },
    {
      selector: '#add-vehicle-link',
      expect: '.cw-card--add',
      change: 'id removed, link became an add card, reworded',
    },
    {
      selector: '.trips-table tbody tr:first-child .dispute-link',
      expect: null,
      change: 'per-crossing dispute link removed; a receipt link sits in the same slot',
    },
    { selector: '#paperless-optin', expect: null, change: 'paper statements option removed' },
  ],
};

// 8. Bus stop live departures — edited.
const busV1 = page(
  'Stop H: Market Street — Live departures — Metrolink Buses',
  `<header class="mb-header"><a class="mb-logo" href="/">Metrolink Buses</a><nav class="mb-nav"><a href="/plan">Journey planner</a><a href="/stops" class="active">Stops</a><a href="/tickets">Tickets</a><a href="/disruptions">Disruptions</a></nav></header>
<main>
<div class="stop-header row"><h1 class="stop-name">Market Street (Stop H)</h1><span class="stop-code">Stop code 47382</span><button class="fav-toggle">Add to favourites</button></div>
<div class="disruption-banner card"><strong>Route 86 diverted</strong> due to roadworks on Oldham Road. <a href="/disruptions/86-oldham-rd">More info</a></div>
<div class="toolbar row">
<label for="route-filter">Show routes</label>
<select id="route-filter" name="route"><option value="all" selected>All routes</option><option value="25">25</option><option value="86">86</option><option value="N25">N25</option></select>
<button id="refresh-btn">Refresh</button>
<span class="updated muted">Updated 14:02</span>
</div>
<table class="departures">
<thead><tr><th>Route</th><th>Destination</th><th>Due</th></tr></thead>
<tbody>
<tr><td class="route">25</td><td>Piccadilly Gardens</td><td class="due">2 min</td></tr>
<tr><td class="route">86</td><td>Chorlton via Hulme</td><td class="due">6 min</td></tr>
<tr><td class="route">25</td><td>Piccadilly Gardens</td><td class="due">14:21</td></tr>
<tr><td class="route">86</td><td>Chorlton via Hulme</td><td class="due">14:29</td></tr>
</tbody></table>
<p class="sms-code">Text <strong>47382</strong> to 87287 for the next departures.</p>
<div class="row"><a class="full-timetable" href="/stops/47382/timetable">Full timetable</a><a id="print-timetable" href="/stops/47382/print">Print stop timetable</a></div>
<section class="nearby card"><h2>Nearby stops</h2>
<ul class="nearby-stops">
<li><a href="/stops/47381">Market Street (Stop G)</a> <span class="muted">40 m</span></li>
<li><a href="/stops/47390">High Street (Stop B)</a> <span class="muted">120 m</span></li>
<li><a href="/stops/47402">Shudehill Interchange</a> <span class="muted">300 m</span></li>
</ul></section>
</main>
<footer class="mb-footer row"><a href="/contact">Contact</a><a href="/accessibility">Accessibility</a><a href="/open-data">Open data</a></footer>`,
);

const busV2 = edit(busV1, [
  [
    '<button class="fav-toggle">Add to favourites</button>',
    '<button class="icon-btn save-stop" aria-pressed="false" aria-label="Save stop"><svg width="16" height="16" aria-hidden="true"></svg> Save</button>',
  ],
  [
    '<a href="/disruptions/86-oldham-rd">More info</a>',
    '<a class="banner-link" href="/disruptions/86-oldham-rd">Read about this diversion</a>',
  ],
  [
    '<label for="route-filter">Show routes</label>\n<select id="route-filter" name="route"><option value="all" selected>All routes</option><option value="25">25</option><option value="86">86</option><option value="N25">N25</option></select>',
    '<fieldset class="route-chips row"><legend>Filter routes</legend><label><input type="checkbox" name="routes" value="25" checked> 25</label><label><input type="checkbox" name="routes" value="86" checked> 86</label><label><input type="checkbox" name="routes" value="N25" checked> N25</label></fieldset>',
  ],
  [
    '<span class="updated muted">Updated 14:02</span>',
    '<span class="last-updated" aria-live="polite">Live · updated 14:02</span>',
  ],
  [
    '<button id="refresh-btn">Refresh</button>',
    '<button class="icon-btn" aria-label="Refresh departures"><svg width="16" height="16" aria-hidden="true"></svg></button>',
  ],
  [
    '<thead><tr><th>Route</th><th>Destination</th><th>Due</th></tr></thead>',
    '<thead><tr><th>Route</th><th>Towards</th><th>Expected</th><th>Stand</th></tr></thead>',
  ],
  [
    '<tr><td class="route">25</td><td>Piccadilly Gardens</td><td class="due">2 min</td></tr>',
    '<tr><td class="route">25</td><td>Piccadilly Gardens</td><td class="due">2 min</td><td>H</td></tr>',
  ],
  [
    '<tr><td class="route">86</td><td>Chorlton via Hulme</td><td class="due">6 min</td></tr>',
    '<tr><td class="route">86</td><td>Chorlton via Hulme</td><td class="due">6 min</td><td>H</td></tr>',
  ],
  [
    '<tr><td class="route">25</td><td>Piccadilly Gardens</td><td class="due">14:21</td></tr>',
    '<tr><td class="route">25</td><td>Piccadilly Gardens</td><td class="due">14:21</td><td>H</td></tr>',
  ],
  [
    '<tr><td class="route">86</td><td>Chorlton via Hulme</td><td class="due">14:29</td></tr>',
    '<tr><td class="route">86</td><td>Chorlton via Hulme</td><td class="due">14:29</td><td>H</td></tr>',
  ],
  [
    '<p class="sms-code">Text <strong>47382</strong> to 87287 for the next departures.</p>',
    '<p class="app-promo">Get live times on the go: <a href="/app">open in the Metrolink app</a>.</p>',
  ],
  [
    '<div class="row"><a class="full-timetable" href="/stops/47382/timetable">Full timetable</a><a id="print-timetable" href="/stops/47382/print">Print stop timetable</a></div>',
    '<div class="row"><a class="timetable-link" href="/stops/47382/timetable">Timetables for this stop</a></div>',
  ],
]);

const busPair: PagePair = {
  name: 'bus-live-departures-b20',
  v1: busV1,
  v2: busV2,
  targets: [
    {
      selector: '.fav-toggle',
      expect: '.save-stop',
      change: 'favourites button became an icon toggle, reworded Save stop',
    },
    {
      selector: '.disruption-banner a',
      expect: '.banner-link',
      change: 'link gained class, More info → Read about this diversion',
    },
    {
      selector: '#route-filter',
      expect: 'fieldset.route-chips',
      change: 'route select replaced by checkbox chips',
    },
    {
      selector: '#refresh-btn',
      expect: 'button[aria-label="Refresh departures"]',
      change: 'id removed, text button became icon with aria-label',
    },
    {
      selector: '.toolbar .updated',
      expect: '.last-updated',
      change: 'class renamed, became a live region, reworded',
    },
    {
      selector: '.sms-code',
      expect: null,
      change: 'SMS departures service removed; an app promo paragraph is in the same place',
    },
    { selector: '#print-timetable', expect: null, change: 'print timetable link removed' },
    { selector: '.full-timetable', expect: '.timetable-link', change: 'class renamed, reworded' },
  ],
};

// 9. Airport parking pre-book — full rewrite.
const parkingV1 = page(
  'Book airport parking — FlyPark',
  `<header class="fp-header"><a class="fp-logo" href="/">FlyPark</a><nav class="fp-nav"><a href="/parking">Parking</a><a href="/lounges">Lounges</a><a href="/hotels">Hotels</a><a href="/manage">Manage booking</a></nav></header>
<main>
<h1>Compare airport parking</h1>
<form id="search-form" class="card" action="/parking/quote" method="get">
<label for="airport">Airport</label>
<select id="airport" name="airport"><option value="MAN" selected>Manchester (MAN)</option><option value="LBA">Leeds Bradford (LBA)</option><option value="LPL">Liverpool (LPL)</option></select>
<div class="row"><label for="entry-date">Drop-off</label><input id="entry-date" name="entry_date" type="date" value="2024-05-18"><input name="entry_time" type="time" value="05:30" aria-label="Drop-off time"></div>
<div class="row"><label for="exit-date">Pick-up</label><input id="exit-date" name="exit_date" type="date" value="2024-05-25"><input name="exit_time" type="time" value="22:15" aria-label="Pick-up time"></div>
<label for="promo-code">Promo code</label><input id="promo-code" name="promo" placeholder="Optional">
<button type="submit" class="search-btn">Get prices</button>
</form>
<div class="price-promise card">Price promise: found it cheaper? <a href="/price-promise">We'll refund the difference</a></div>
<section class="results">
<div class="product-card card" data-product="short-stay"><h2>Short Stay</h2><p>2 min walk to terminal</p><p class="price">£139.99</p><a class="more-info" href="/parking/man/short-stay">More info</a> <button class="select-product">Select</button></div>
<div class="product-card card" data-product="long-stay"><h2>Long Stay</h2><p>Shuttle every 10 min</p><p class="price">£62.99</p><a class="more-info" href="/parking/man/long-stay">More info</a> <button class="select-product">Select</button></div>
<div class="product-card card" data-product="meet-greet"><h2>Meet &amp; Greet</h2><p>Hand over your keys at the terminal</p><p class="price">£154.00</p><a class="more-info" href="/parking/man/meet-greet">More info</a> <button class="select-product">Select</button></div>
</section>
<section class="extras card"><h2>Extras</h2>
<label><input type="checkbox" name="car_wash"> Exterior car wash (+£15)</label>
<label><input type="checkbox" name="cancellation_cover"> Cancellation cover (+£4.99)</label>
</section>
<button id="continue-btn" class="btn-primary">Continue</button>
</main>
<footer class="fp-footer row"><a href="/about">About FlyPark</a><a href="/terms">Terms</a><a href="/cookies">Cookies</a></footer>`,
);

const parkingV2 = page(
  'Airport parking at Manchester | FlyPark',
  `<header class="Header_root__7dk2"><a class="Header_logo__ax1" href="/" aria-label="FlyPark"><svg width="90" height="20" aria-hidden="true"></svg></a><nav class="Header_nav__k3l"><a href="/parking" aria-current="page">Airport parking</a><a href="/lounges">Lounges</a><a href="/hotels">Hotels</a></nav><a class="Header_manage__p0" href="/manage">My bookings</a></header>
<main class="Page_main__q2">
<form class="Search_bar__9ud" action="/parking/quote" method="get">
<div class="Search_field__z1"><label for="ap">Flying from</label><input id="ap" role="combobox" aria-label="Airport" value="Manchester (MAN)"></div>
<div class="Search_field__z1"><label for="dd">Drop-off</label><input id="dd" name="dropOffDate" type="date" value="2024-05-18"><select name="dropOffTime" aria-label="Drop-off time"><option>05:00</option><option selected>05:30</option><option>06:00</option></select></div>
<div class="Search_field__z1"><label for="pd">Pick-up</label><input id="pd" name="pickUpDate" type="date" value="2024-05-25"><select name="pickUpTime" aria-label="Pick-up time"><option>22:00</option><option selected>22:15</option><option>22:30</option></select></div>
<button type="submit" class="Search_go__w8">Update</button>
<details class="Search_promo__r4"><summary>Have a discount code?</summary><input name="discountCode" aria-label="Discount code"><button type="button">Apply</button></details>
</form>
<div class="Sort_bar__c1"><span>3 car parks</span><select aria-label="Sort by"><option selected>Price: low to high</option><option>Distance to terminal</option></select></div>
<ul class="Results_list__s9">
<li class="Result_item__u2" data-product="long-stay"><h3>Long Stay</h3><p>Free shuttle every 10 minutes</p><strong>£62.99</strong><a href="/parking/man/long-stay">What's included</a><button class="Result_cta__b1">Choose</button></li>
<li class="Result_item__u2" data-product="short-stay"><h3>Short Stay</h3><p>Walk to terminal in 2 minutes</p><strong>£139.99</strong><a href="/parking/man/short-stay">What's included</a><button class="Result_cta__b1">Choose</button></li>
<li class="Result_item__u2" data-product="meet-greet"><h3>Meet &amp; Greet</h3><p>Drive to the terminal and hand over your keys</p><strong>£154.00</strong><a href="/parking/man/meet-greet">What's included</a><button class="Result_cta__b1">Choose</button></li>
</ul>
<section class="Extras_box__e5"><h2>Add extras</h2>
<label><input type="checkbox" name="evCharging"> EV charging during your stay (+£25)</label>
<label><input type="checkbox" name="cancellationCover"> Free cancellation up to 24h (+£4.99)</label>
</section>
<div class="Footer_bar__f3"><span>Total £62.99</span><button type="button" class="Footer_cta__n7">Book now</button></div>
</main>
<footer class="Footer_root__h6"><a href="/about">About us</a><a href="/terms">Booking terms</a><a href="/cookies">Cookie settings</a></footer>`,
);

const parkingPair: PagePair = {
  name: 'airport-parking-prebook-b20',
  v1: parkingV1,
  v2: parkingV2,
  targets: [
    {
      selector: '#airport',
      expect: 'input[aria-label="Airport"]',
      change: 'select became a combobox, label reworded Flying from',
    },
    {
      selector: 'input[name="entry_time"]',
      expect: 'select[name="dropOffTime"]',
      change: 'time input became a select of half-hour slots, name camel-cased',
    },
    {
      selector: '.product-card:nth-child(2) .select-product',
      expect: 'li[data-product="long-stay"] button',
      change: 'results re-sorted by price so Long Stay is first, Select → Choose',
    },
    {
      selector: '#promo-code',
      expect: 'input[name="discountCode"]',
      change: 'promo field hidden in a disclosure, renamed discount code',
    },
    {
      selector: '.extras input[name="car_wash"]',
      expect: null,
      change: 'car wash extra dropped; EV charging checkbox now first in extras',
    },
    {
      selector: '#continue-btn',
      expect: '.Footer_cta__n7',
      change: 'moved into a sticky total bar, Continue → Book now',
    },
    {
      selector: 'a[href="/parking/man/short-stay"].more-info',
      expect: 'a[href="/parking/man/short-stay"]',
      change: "class dropped, More info → What's included",
    },
    { selector: '.price-promise a', expect: null, change: 'price promise banner removed' },
  ],
};

// 10. Car sharing app, end-of-trip screen (phone) — edited.
const carShareV1 = page(
  'End trip — Hopcar',
  `<header class="app-bar row"><button class="back-btn" aria-label="Back">‹</button><h1 class="screen-title">End your trip</h1><a class="report-damage" href="/trip/5521/damage">Report damage</a></header>
<main class="end-trip">
<section class="trip-summary card">
<p class="car-name">Vauxhall Corsa-e · <span class="plate">YE23 KTO</span></p>
<p class="trip-timer">1 h 42 min</p>
<p class="muted">Booked until 16:30 · <button class="extend-trip">Extend trip</button></p>
</section>
<section class="parking card"><h2>Where have you parked?</h2>
<p id="parking-zone">Home zone: Kelham Island bay 3</p>
<label for="parking-note">Note for the next driver</label><input id="parking-note" name="parking_note" placeholder="e.g. Level 2, near lift">
</section>
<section class="checklist card"><h2>Before you go</h2>
<label><input type="checkbox" id="chk-windows"> Windows closed</label>
<label><input type="checkbox" id="chk-lights"> Lights off</label>
<label><input type="checkbox" id="chk-key"> Key returned to the holder</label>
<label><input type="checkbox" id="chk-rubbish"> No rubbish left in the car</label>
</section>
<fieldset class="fuel card"><legend>Charge level</legend>
<label><input type="radio" name="fuel_level" value="quarter"> Under 25%</label>
<label><input type="radio" name="fuel_level" value="half" checked> 25–50%</label>
<label><input type="radio" name="fuel_level" value="three_quarter"> 50–75%</label>
<label><input type="radio" name="fuel_level" value="full"> Over 75%</label>
</fieldset>
<section class="photos card"><h2>Photos</h2><p class="muted">Optional, but protects you from damage claims.</p><button class="upload-photos">Add photos</button></section>
<button id="end-trip" class="btn-primary">End trip</button>
<a class="help-call" href="tel:+441142000000">Call support</a>
</main>
<nav class="tab-bar row"><a href="/map">Map</a><a href="/trips" class="active">Trips</a><a href="/account">Account</a></nav>`,
);

const carShareV2 = edit(carShareV1, [
  [
    '<a class="report-damage" href="/trip/5521/damage">Report damage</a>',
    '<a class="icon-link" href="/trip/5521/damage" aria-label="Report a problem with the car"><svg width="20" height="20" aria-hidden="true"></svg></a>',
  ],
  [
    '<p class="muted">Booked until 16:30 · <button class="extend-trip">Extend trip</button></p>',
    '<p class="muted">Booked until 16:30</p>',
  ],
  [
    '<label><input type="checkbox" id="chk-key"> Key returned to the holder</label>',
    '<label><input type="checkbox" id="chk-cable"> Charging cable plugged in</label>',
  ],
  [
    '<label><input type="checkbox" id="chk-windows"> Windows closed</label>',
    '<label><input type="checkbox" id="chk-windows"> Windows and sunroof closed</label>',
  ],
  [
    `<fieldset class="fuel card"><legend>Charge level</legend>
<label><input type="radio" name="fuel_level" value="quarter"> Under 25%</label>
<label><input type="radio" name="fuel_level" value="half" checked> 25–50%</label>
<label><input type="radio" name="fuel_level" value="three_quarter"> 50–75%</label>
<label><input type="radio" name="fuel_level" value="full"> Over 75%</label>
</fieldset>`,
    `<section class="battery card"><label for="battery-pct">Battery level shown on the dashboard</label><select id="battery-pct" name="battery_percent"><option>Under 25%</option><option selected>25–50%</option><option>50–75%</option><option>Over 75%</option></select></section>`,
  ],
  [
    '<p class="muted">Optional, but protects you from damage claims.</p><button class="upload-photos">Add photos</button>',
    '<p class="muted">Four photos are required: front, back and both sides.</p><button class="camera-btn">Take photos (0 of 4)</button>',
  ],
  [
    '<button id="end-trip" class="btn-primary">End trip</button>',
    '<button data-testid="end-trip-cta" class="btn-primary btn-block">Lock car and end trip</button>',
  ],
  [
    '<a class="help-call" href="tel:+441142000000">Call support</a>',
    '<a class="support-link" href="/support/chat?trip=5521">Get help</a>',
  ],
  [
    '<label for="parking-note">Note for the next driver</label><input id="parking-note" name="parking_note" placeholder="e.g. Level 2, near lift">',
    '<label for="parking-note">Where exactly is the car?</label><textarea id="parking-note" name="location_details" rows="2" placeholder="e.g. Level 2, near lift"></textarea>',
  ],
]);

const carSharePair: PagePair = {
  name: 'car-sharing-trip-end-phone-b20',
  v1: carShareV1,
  v2: carShareV2,
  targets: [
    {
      selector: '.report-damage',
      expect: '.app-bar .icon-link',
      change: 'text link became an icon with aria-label, reworded',
    },
    { selector: '.extend-trip', expect: null, change: 'extend trip button removed from the summary' },
    {
      selector: '#chk-key',
      expect: null,
      change: 'key checklist item removed; charging cable item in the same position',
    },
    {
      selector: 'fieldset.fuel',
      expect: '#battery-pct',
      change: 'radio group became a select, legend reworded',
    },
    {
      selector: '.upload-photos',
      expect: '.camera-btn',
      change: 'class renamed, photos now mandatory, reworded',
    },
    {
      selector: '#end-trip',
      expect: '[data-testid="end-trip-cta"]',
      change: 'id replaced by data-testid, End trip → Lock car and end trip',
    },
    {
      selector: 'input[name="parking_note"]',
      expect: 'textarea[name="location_details"]',
      change: 'input became a textarea, name renamed, label reworded',
    },
    {
      selector: '.help-call',
      expect: '.support-link',
      change: 'phone link became in-app chat link, reworded Get help',
    },
  ],
};

// 11. Period tracker daily log — full rewrite.
const cycleV1 = page(
  'Log today — Luna Cycle',
  `<header class="lc-header row"><button class="prev-day">Previous day</button><h1 class="log-date">Tuesday 12 March</h1><button class="next-day">Next day</button><a class="calendar-link" href="/calendar">Calendar</a></header>
<main class="lc-log">
<section class="prediction-card card"><p><strong>Cycle day 3</strong> · Next period predicted in 26 days</p><a class="learn-more" href="/learn/predictions">How predictions work</a></section>
<form id="daily-log" action="/log/2024-03-12" method="post">
<fieldset class="flow"><legend>Flow</legend>
<label><input type="radio" name="flow" value="none"> None</label>
<label><input type="radio" name="flow" value="spotting"> Spotting</label>
<label><input type="radio" name="flow" value="light"> Light</label>
<label><input type="radio" name="flow" value="medium" checked> Medium</label>
<label><input type="radio" name="flow" value="heavy"> Heavy</label>
</fieldset>
<fieldset class="symptoms"><legend>Symptoms</legend>
<label><input type="checkbox" id="symptom-cramps" name="symptoms" value="cramps" checked> Cramps</label>
<label><input type="checkbox" id="symptom-headache" name="symptoms" value="headache"> Headache</label>
<label><input type="checkbox" id="symptom-bloating" name="symptoms" value="bloating"> Bloating</label>
<label><input type="checkbox" id="symptom-acne" name="symptoms" value="acne"> Acne</label>
<label><input type="checkbox" id="symptom-tender" name="symptoms" value="tender_breasts"> Tender breasts</label>
</fieldset>
<label for="mood">Mood</label>
<select id="mood" name="mood"><option value="">Choose…</option><option value="happy">Happy</option><option value="calm">Calm</option><option value="irritable">Irritable</option><option value="sad">Sad</option><option value="anxious">Anxious</option></select>
<label for="sleep-hours">Hours of sleep</label><input id="sleep-hours" name="sleep_hours" type="number" min="0" max="24" value="7">
<label for="notes">Notes</label><textarea id="notes" name="notes" rows="3"></textarea>
<label class="row"><input type="checkbox" id="share-partner" name="share_partner"> Share today's log with my partner</label>
<button type="submit" class="save-log">Save</button>
</form>
</main>
<nav class="lc-tabs row"><a href="/today" class="active">Today</a><a href="/calendar">Calendar</a><a href="/insights">Insights</a><a href="/settings">Settings</a></nav>`,
);

const cycleV2 = page(
  'Today · Luna',
  `<div class="screen">
<header class="topbar"><button class="icon" aria-label="Previous day">‹</button><div class="date-pill"><span>Tue</span><strong>12 Mar</strong></div><button class="icon" aria-label="Next day">›</button><a class="icon" href="/calendar" aria-label="Open calendar"><svg width="18" height="18" aria-hidden="true"></svg></a></header>
<section class="ring"><p class="ring-day">Day 3</p><p class="ring-sub">Period expected in 26 days</p></section>
<form class="log" action="/log/2024-03-12" method="post">
<h2 class="log-h">Bleeding</h2>
<div class="seg" role="group" aria-label="Bleeding">
<button type="button" class="seg-btn" data-value="none" aria-pressed="false">None</button>
<button type="button" class="seg-btn" data-value="spotting" aria-pressed="false">Spotting</button>
<button type="button" class="seg-btn" data-value="light" aria-pressed="false">Light</button>
<button type="button" class="seg-btn" data-value="medium" aria-pressed="true">Medium</button>
<button type="button" class="seg-btn" data-value="heavy" aria-pressed="false">Heavy</button>
</div>
<h2 class="log-h">How's your body?</h2>
<div class="chips">
<label class="chip"><input type="checkbox" value="cramps" checked> Cramps</label>
<label class="chip"><input type="checkbox" value="backache"> Backache</label>
<label class="chip"><input type="checkbox" value="headache"> Headache</label>
<label class="chip"><input type="checkbox" value="bloating"> Bloating</label>
<label class="chip"><input type="checkbox" value="acne"> Spots</label>
<label class="chip"><input type="checkbox" value="tender_breasts"> Sore breasts</label>
</div>
<h2 class="log-h">Mood</h2>
<div role="radiogroup" aria-label="Mood" class="moods">
<label><input type="radio" name="m" value="happy"> 😊</label><label><input type="radio" name="m" value="calm"> 😌</label><label><input type="radio" name="m" value="irritable"> 😠</label><label><input type="radio" name="m" value="sad"> 😢</label><label><input type="radio" name="m" value="anxious"> 😟</label>
</div>
<h2 class="log-h">Sleep</h2>
<div class="stepper"><button type="button" aria-label="Less sleep">−</button><output>7 h</output><button type="button" aria-label="More sleep">+</button></div>
<h2 class="log-h">Journal</h2>
<textarea name="journal" rows="4" placeholder="Anything else to remember?"></textarea>
<label class="toggle"><input type="checkbox" role="switch" name="health_sync"> Sync with Health app</label>
<button type="submit" class="cta">Done</button>
</form>
<nav class="tabs" aria-label="Main"><a href="/today" aria-current="page">Today</a><a href="/calendar">Calendar</a><a href="/insights">Insights</a><a href="/settings">Me</a></nav>
</div>`,
);

const cyclePair: PagePair = {
  name: 'period-tracker-app-b20',
  v1: cycleV1,
  v2: cycleV2,
  targets: [
    {
      selector: 'input[name="flow"][value="medium"]',
      expect: '.seg-btn[data-value="medium"]',
      change: 'radio became a segmented toggle button, group renamed Bleeding',
    },
    {
      selector: '#symptom-cramps',
      expect: '.chip input[value="cramps"]',
      change: 'id and name dropped, checkbox rendered as a chip, new chip added after it',
    },
    {
      selector: '#mood',
      expect: '[role="radiogroup"][aria-label="Mood"]',
      change: 'select replaced by an emoji radio group',
    },
    {
      selector: 'textarea[name="notes"]',
      expect: 'textarea[name="journal"]',
      change: 'renamed Notes → Journal, id dropped',
    },
    { selector: '.save-log', expect: '.cta', change: 'class renamed, Save → Done' },
    {
      selector: '#share-partner',
      expect: null,
      change: 'partner sharing removed; a Health app sync switch now occupies the slot',
    },
    {
      selector: '.prev-day',
      expect: 'button[aria-label="Previous day"]',
      change: 'text button became chevron icon with aria-label',
    },
    { selector: '.prediction-card .learn-more', expect: null, change: 'predictions explainer link removed' },
  ],
};

// 12. Telehealth waiting room — edited.
const telehealthV1 = page(
  'Waiting room — CareLink Video',
  `<header class="cl-header row"><a class="cl-logo" href="/">CareLink</a><span class="clinic-name">Riverside Medical Practice</span><a class="leave-room" href="/leave">Leave waiting room</a></header>
<main class="waiting-room">
<h1>You're in the waiting room</h1>
<p class="status-msg card">Dr Okafor will join shortly. Your appointment is at 10:40.</p>
<p class="queue-position">You are <strong>2nd</strong> in the queue.</p>
<div class="grid">
<section class="device-check card"><h2>Check your camera and microphone</h2>
<video class="preview" width="280" height="160" muted></video>
<label for="camera-select">Camera</label><select id="camera-select" name="camera"><option selected>FaceTime HD Camera</option><option>OBS Virtual Camera</option></select>
<label for="mic-select">Microphone</label><select id="mic-select" name="microphone"><option selected>MacBook Air Microphone</option><option>AirPods Pro</option></select>
<div class="mic-meter" aria-label="Microphone level"></div>
<button class="test-speaker">Test speakers</button>
<label><input type="checkbox" id="blur-bg" name="blur"> Blur my background</label>
</section>
<section class="prep card"><h2>Before your consultation</h2>
<label><input type="checkbox" id="consent-recording" name="consent_recording"> I consent to this consultation being recorded for my medical record</label>
<div class="upload-docs"><label for="docs">Share photos or documents with the clinician</label><input type="file" id="docs" name="documents" multiple></div>
<h3>Message reception</h3>
<div class="chat-log" aria-live="polite"><p><strong>Reception:</strong> Thanks for joining, the doctor is running 5 minutes late.</p></div>
<div class="row"><input id="chat-input" name="chat_message" placeholder="Type a message"><button class="send-chat">Send</button></div>
</section>
</div>
<button id="join-call" class="btn-primary" disabled>Join call</button>
</main>
<footer class="cl-footer row"><a href="/help/video">Video troubleshooting</a><a href="/privacy">Privacy</a></footer>`,
);

const telehealthV2 = edit(telehealthV1, [
  [
    '<a class="leave-room" href="/leave">Leave waiting room</a>',
    '<button class="btn-ghost exit-btn">Leave</button>',
  ],
  ['<p class="queue-position">You are <strong>2nd</strong> in the queue.</p>', ''],
  [
    '<label for="camera-select">Camera</label><select id="camera-select" name="camera">',
    '<label for="videoinput">Video source</label><select id="videoinput" name="videoinput">',
  ],
  [
    '<label for="mic-select">Microphone</label><select id="mic-select" name="microphone">',
    '<label for="audioinput">Microphone</label><select id="audioinput" name="audioinput">',
  ],
  [
    '<button class="test-speaker">Test speakers</button>',
    '<label for="audiooutput">Speakers</label><select id="audiooutput" name="audiooutput"><option selected>MacBook Air Speakers</option></select><button class="btn-link play-test-sound">Play test sound</button>',
  ],
  [
    '<label><input type="checkbox" id="consent-recording" name="consent_recording"> I consent to this consultation being recorded for my medical record</label>',
    '<label><input type="checkbox" id="consent-terms" name="consent_terms"> I agree to the CareLink video consultation terms</label>',
  ],
  [
    '<div class="upload-docs"><label for="docs">Share photos or documents with the clinician</label><input type="file" id="docs" name="documents" multiple></div>',
    '<div class="attachments"><label for="attach">Add attachments</label><input type="file" id="attach" name="attachments[]" multiple accept="image/*,.pdf"></div>',
  ],
  [
    '<div class="row"><input id="chat-input" name="chat_message" placeholder="Type a message"><button class="send-chat">Send</button></div>',
    '<div class="row"><textarea name="message" rows="2" placeholder="Write to reception"></textarea><button class="send-chat" aria-label="Send message">➤</button></div>',
  ],
  [
    '<button id="join-call" class="btn-primary" disabled>Join call</button>',
    '<button class="btn-primary join-btn" data-state="waiting" disabled>Enter consultation</button>',
  ],
]);

const telehealthPair: PagePair = {
  name: 'telehealth-waiting-room-b20',
  v1: telehealthV1,
  v2: telehealthV2,
  targets: [
    {
      selector: '#camera-select',
      expect: '#videoinput',
      change: 'id and name renamed to media device kind, label Camera → Video source',
    },
    { selector: '#mic-select', expect: '#audioinput', change: 'id and name renamed' },
    {
      selector: '.test-speaker',
      expect: '.play-test-sound',
      change: 'button restyled as link after a new speaker select, reworded',
    },
    { selector: '#join-call', expect: '.join-btn', change: 'id removed, Join call → Enter consultation' },
    {
      selector: '.leave-room',
      expect: '.exit-btn',
      change: 'link became a ghost button, Leave waiting room → Leave',
    },
    {
      selector: '#consent-recording',
      expect: null,
      change: 'recording consent removed; terms consent checkbox in the same place',
    },
    { selector: '.queue-position', expect: null, change: 'queue position line removed' },
    {
      selector: '#chat-input',
      expect: 'textarea[name="message"]',
      change: 'input became textarea, id dropped, placeholder reworded',
    },
  ],
};

// 13. GP practice online consultation form — full rewrite (moved to NHS-style design system).
const gpFormV1 = page(
  'Contact your GP online — Beechwood Surgery',
  `<header class="surgery-header"><a class="surgery-logo" href="/">Beechwood Surgery</a><nav class="surgery-nav"><a href="/appointments">Appointments</a><a href="/prescriptions">Prescriptions</a><a href="/online-consultation" class="active">Ask a question</a><a href="/opening-times">Opening times</a></nav></header>
<main>
<h1>Online consultation</h1>
<div class="warning card"><strong>If it's an emergency, call 999.</strong> For urgent help, use NHS 111.</div>
<form id="consultation" action="/online-consultation" method="post">
<fieldset class="who"><legend>Who is this request for?</legend>
<label><input type="radio" name="patient" value="self" checked> Myself</label>
<label><input type="radio" name="patient" value="someone_else"> Someone else (e.g. my child)</label>
</fieldset>
<label for="symptoms">Describe your symptoms</label><textarea id="symptoms" name="symptoms" rows="4"></textarea>
<label for="duration">How long have you had them?</label>
<select id="duration" name="duration"><option>Less than a day</option><option>1–3 days</option><option>4–7 days</option><option>1–4 weeks</option><option>More than a month</option></select>
<label for="tried-remedies">What have you tried so far?</label><textarea id="tried-remedies" name="tried" rows="2"></textarea>
<fieldset class="red-flags"><legend>Do you have chest pain?</legend>
<label><input type="radio" id="red-flag-chest-pain-yes" name="chest_pain" value="yes"> Yes</label>
<label><input type="radio" id="red-flag-chest-pain-no" name="chest_pain" value="no"> No</label>
</fieldset>
<fieldset class="contact-method"><legend>How should we contact you?</legend>
<label><input type="radio" name="contact" value="phone" checked> Phone call</label>
<label><input type="radio" name="contact" value="email"> Email</label>
<label><input type="radio" name="contact" value="text"> Text</label>
</fieldset>
<fieldset class="best-time"><legend>Best time to contact you</legend>
<label><input type="checkbox" id="best-time-morning" name="best_time" value="am"> Morning</label>
<label><input type="checkbox" id="best-time-afternoon" name="best_time" value="pm"> Afternoon</label>
<label><input type="checkbox" id="best-time-evening" name="best_time" value="eve"> Evening (after 6pm)</label>
</fieldset>
<button type="submit" class="submit-consultation">Submit</button>
</form>
</main>
<footer class="surgery-footer"><a href="/privacy">Privacy notice</a> · <a href="/accessibility">Accessibility</a> · <span>Beechwood Surgery, 4 Mill Lane</span></footer>`,
);

const gpFormV2 = page(
  'Ask your GP practice for help – Beechwood Surgery',
  `<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><a class="nhsuk-header__link" href="/" aria-label="Beechwood Surgery homepage">Beechwood Surgery</a></div>
<nav class="nhsuk-header__navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list"><li><a href="/appointments">Appointments</a></li><li><a href="/prescriptions">Repeat prescriptions</a></li><li><a href="/online-consultation" aria-current="page">Contact us online</a></li><li><a href="/opening-times">Opening hours</a></li></ul></nav></header>
<main class="nhsuk-main-wrapper" id="maincontent">
<h1 class="nhsuk-heading-xl">Ask your GP practice for help</h1>
<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label">Important</h3><p>Call 999 if you have chest pain or difficulty breathing. Get help from NHS 111 if you need it urgently.</p></div>
<form action="/online-consultation" method="post" novalidate>
<div class="nhsuk-form-group"><fieldset class="nhsuk-fieldset"><legend class="nhsuk-fieldset__legend">Who needs help?</legend>
<div class="nhsuk-radios"><div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="who-for-1" name="who-for" type="radio" value="me" checked><label class="nhsuk-radios__label" for="who-for-1">Me</label></div>
<div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="who-for-2" name="who-for" type="radio" value="other"><label class="nhsuk-radios__label" for="who-for-2">Someone else, for example my child or someone I care for</label></div></div></fieldset></div>
<div class="nhsuk-form-group"><fieldset class="nhsuk-fieldset"><legend class="nhsuk-fieldset__legend">Do you have any of these symptoms now?</legend>
<div class="nhsuk-checkboxes">
<div class="nhsuk-checkboxes__item"><input class="nhsuk-checkboxes__input" id="urgent-1" name="urgent" type="checkbox" value="chest-pain"><label class="nhsuk-checkboxes__label" for="urgent-1">Chest pain</label></div>
<div class="nhsuk-checkboxes__item"><input class="nhsuk-checkboxes__input" id="urgent-2" name="urgent" type="checkbox" value="breathing"><label class="nhsuk-checkboxes__label" for="urgent-2">Difficulty breathing</label></div>
<div class="nhsuk-checkboxes__item"><input class="nhsuk-checkboxes__input" id="urgent-3" name="urgent" type="checkbox" value="none"><label class="nhsuk-checkboxes__label" for="urgent-3">None of these</label></div>
</div></fieldset></div>
<div class="nhsuk-form-group"><label class="nhsuk-label" for="problem-description">What is the problem?</label><div class="nhsuk-hint">Tell us your symptoms and anything that makes them better or worse</div><textarea class="nhsuk-textarea" id="problem-description" name="problem-description" rows="5"></textarea></div>
<div class="nhsuk-form-group"><fieldset class="nhsuk-fieldset" id="duration-fieldset"><legend class="nhsuk-fieldset__legend">How long have you had this problem?</legend>
<div class="nhsuk-radios"><div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="dur-1" name="problem-duration" type="radio" value="days"><label class="nhsuk-radios__label" for="dur-1">Less than a week</label></div>
<div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="dur-2" name="problem-duration" type="radio" value="weeks"><label class="nhsuk-radios__label" for="dur-2">1 to 4 weeks</label></div>
<div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="dur-3" name="problem-duration" type="radio" value="months"><label class="nhsuk-radios__label" for="dur-3">More than a month</label></div></div></fieldset></div>
<div class="nhsuk-form-group"><fieldset class="nhsuk-fieldset"><legend class="nhsuk-fieldset__legend">How would you like us to contact you?</legend>
<div class="nhsuk-radios"><div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="contact-1" name="contact-preference" type="radio" value="phone" checked><label class="nhsuk-radios__label" for="contact-1">Phone call</label></div>
<div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="contact-2" name="contact-preference" type="radio" value="sms"><label class="nhsuk-radios__label" for="contact-2">Text message</label></div>
<div class="nhsuk-radios__item"><input class="nhsuk-radios__input" id="contact-3" name="contact-preference" type="radio" value="email"><label class="nhsuk-radios__label" for="contact-3">Email</label></div></div></fieldset></div>
<div class="nhsuk-form-group"><fieldset class="nhsuk-fieldset"><legend class="nhsuk-fieldset__legend">When are you available?</legend>
<div class="nhsuk-checkboxes"><div class="nhsuk-checkboxes__item"><input class="nhsuk-checkboxes__input" id="avail-1" name="availability" type="checkbox" value="morning"><label class="nhsuk-checkboxes__label" for="avail-1">Morning (8am to 12pm)</label></div>
<div class="nhsuk-checkboxes__item"><input class="nhsuk-checkboxes__input" id="avail-2" name="availability" type="checkbox" value="afternoon"><label class="nhsuk-checkboxes__label" for="avail-2">Afternoon (12pm to 4pm)</label></div>
<div class="nhsuk-checkboxes__item"><input class="nhsuk-checkboxes__input" id="avail-3" name="availability" type="checkbox" value="late-afternoon"><label class="nhsuk-checkboxes__label" for="avail-3">Late afternoon (4pm to 6:30pm)</label></div></div></fieldset></div>
<button class="nhsuk-button" type="submit">Send to the practice</button>
</form>
</main>
<footer class="nhsuk-footer" role="contentinfo"><ul class="nhsuk-footer__list"><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility statement</a></li></ul><p class="nhsuk-footer__copyright">Beechwood Surgery, 4 Mill Lane</p></footer>`,
);

const gpFormPair: PagePair = {
  name: 'gp-online-consultation-form-b20',
  v1: gpFormV1,
  v2: gpFormV2,
  targets: [
    {
      selector: 'input[name="patient"][value="someone_else"]',
      expect: '#who-for-2',
      change: 'radio renamed and re-valued, label expanded',
    },
    {
      selector: '#symptoms',
      expect: '#problem-description',
      change: 'textarea id and name renamed, question reworded, moved after red-flag question',
    },
    {
      selector: 'select[name="duration"]',
      expect: '#duration-fieldset',
      change: 'select replaced by a radio group with fewer bands',
    },
    {
      selector: '#red-flag-chest-pain-yes',
      expect: 'input[value="chest-pain"]',
      change: 'yes/no chest pain question folded into a checkbox list of urgent symptoms',
    },
    {
      selector: '.contact-method input[value="text"]',
      expect: 'input[value="sms"]',
      change: 'value renamed, Text → Text message, moved before Email',
    },
    {
      selector: '#best-time-evening',
      expect: null,
      change: 'evening slot dropped; a late-afternoon checkbox is now third',
    },
    { selector: '#tried-remedies', expect: null, change: 'what-have-you-tried question removed' },
    {
      selector: '.submit-consultation',
      expect: '.nhsuk-button',
      change: 'design-system class, Submit → Send to the practice',
    },
  ],
};

// 14. Personal vaccination record — edited.
const vaxV1 = page(
  'Vaccination record — MyHealth',
  `<header class="mh-header row"><a class="mh-logo" href="/">MyHealth</a><nav class="mh-nav"><a href="/records">Records</a><a href="/vaccinations" class="active">Vaccinations</a><a href="/medicines">Medicines</a><a href="/messages">Messages</a></nav><a class="mh-profile" href="/profile">Alex Morgan</a></header>
<main>
<div class="row"><h1>Vaccinations</h1>
<label for="family-member">Showing record for</label>
<select id="family-member" name="person"><option selected>Alex Morgan (you)</option><option>Robin Morgan (child)</option></select></div>
<div class="due-card card"><strong>Due soon:</strong> Tetanus booster (recommended by June 2024). <a class="book-now" href="/appointments/new?type=vaccine">Book now</a></div>
<div class="actions row">
<button id="add-record">Add a record</button>
<a class="download-cert" href="/vaccinations/certificate.pdf">Download certificate (PDF)</a>
<button id="share-qr">Show QR code</button>
</div>
<table class="vax-table">
<thead><tr><th class="col-vaccine">Vaccine</th><th class="col-date">Date</th><th class="col-batch">Batch</th><th class="col-site">Given at</th><th></th></tr></thead>
<tbody>
<tr><td>MMR (dose 2)</td><td>14/09/1997</td><td>—</td><td>Oakfield Clinic</td><td><a class="view-detail" href="/vaccinations/v1">View</a></td></tr>
<tr><td>Hepatitis A</td><td>02/07/2019</td><td>HAV-2291B</td><td>Nomad Travel Clinic</td><td><a class="view-detail" href="/vaccinations/v2">View</a></td></tr>
<tr><td>COVID-19 (Pfizer)</td><td>11/10/2023</td><td>HH7612</td><td>Boots Pharmacy, Leeds</td><td><a class="view-detail" href="/vaccinations/v3">View</a></td></tr>
<tr><td>Influenza</td><td>18/10/2023</td><td>FLU-88K2</td><td>Beechwood Surgery</td><td><a class="view-detail" href="/vaccinations/v4">View</a></td></tr>
</tbody></table>
<p><a class="travel-link" href="/travel-vaccines">Check which travel vaccines you need</a></p>
</main>
<footer class="mh-footer row"><a href="/help">Help</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>`,
);

const vaxV2 = edit(vaxV1, [
  [
    '<label for="family-member">Showing record for</label>\n<select id="family-member" name="person">',
    '<label for="record-owner">Whose record?</label>\n<select id="record-owner" name="person_id">',
  ],
  [
    '<a class="book-now" href="/appointments/new?type=vaccine">Book now</a>',
    '<a class="btn-secondary" href="/appointments/new?type=vaccine">Book an appointment</a>',
  ],
  ['<button id="add-record">Add a record</button>', '<button class="btn-add">Add vaccination</button>'],
  [
    '<a class="download-cert" href="/vaccinations/certificate.pdf">Download certificate (PDF)</a>',
    '<a class="btn-outline" href="/vaccinations/certificate.pdf" download>Get certificate</a>',
  ],
  ['<button id="share-qr">Show QR code</button>', '<button id="print-record">Print record</button>'],
  [
    '<a class="mh-profile" href="/profile">Alex Morgan</a>',
    '<button class="avatar" aria-label="Account: Alex Morgan" aria-haspopup="menu">AM</button>',
  ],
  ['<th class="col-batch">Batch</th>', '<th class="col-batch">Batch number</th>'],
  [
    `<tbody>
<tr><td>MMR (dose 2)</td><td>14/09/1997</td><td>—</td><td>Oakfield Clinic</td><td><a class="view-detail" href="/vaccinations/v1">View</a></td></tr>
<tr><td>Hepatitis A</td><td>02/07/2019</td><td>HAV-2291B</td><td>Nomad Travel Clinic</td><td><a class="view-detail" href="/vaccinations/v2">View</a></td></tr>
<tr><td>COVID-19 (Pfizer)</td><td>11/10/2023</td><td>HH7612</td><td>Boots Pharmacy, Leeds</td><td><a class="view-detail" href="/vaccinations/v3">View</a></td></tr>
<tr><td>Influenza</td><td>18/10/2023</td><td>FLU-88K2</td><td>Beechwood Surgery</td><td><a class="view-detail" href="/vaccinations/v4">View</a></td></tr>
</tbody>`,
    `<tbody>
<tr><td>Flu (seasonal)</td><td>18 Oct 2023</td><td>FLU-88K2</td><td>Beechwood Surgery</td><td><a class="details-link" href="/vaccinations/v4">Details</a></td></tr>
<tr><td>COVID-19 (Pfizer)</td><td>11 Oct 2023</td><td>HH7612</td><td>Boots Pharmacy, Leeds</td><td><a class="details-link" href="/vaccinations/v3">Details</a></td></tr>
<tr><td>Hepatitis A</td><td>2 Jul 2019</td><td>HAV-2291B</td><td>Nomad Travel Clinic</td><td><a class="details-link" href="/vaccinations/v2">Details</a></td></tr>
<tr><td>MMR (dose 2)</td><td>14 Sep 1997</td><td>Not recorded</td><td>Oakfield Clinic</td><td><a class="details-link" href="/vaccinations/v1">Details</a></td></tr>
</tbody>`,
  ],
  ['<p><a class="travel-link" href="/travel-vaccines">Check which travel vaccines you need</a></p>', ''],
]);

const vaxPair: PagePair = {
  name: 'vaccination-record-wallet-b20',
  v1: vaxV1,
  v2: vaxV2,
  targets: [
    { selector: '#family-member', expect: '#record-owner', change: 'id and name renamed, label reworded' },
    {
      selector: '.due-card .book-now',
      expect: '.due-card a',
      change: 'class changed to button style, Book now → Book an appointment',
    },
    { selector: '#add-record', expect: '.btn-add', change: 'id removed, Add a record → Add vaccination' },
    {
      selector: '.download-cert',
      expect: 'a[href="/vaccinations/certificate.pdf"]',
      change: 'class renamed, reworded Get certificate',
    },
    {
      selector: '#share-qr',
      expect: null,
      change: 'QR code sharing removed; a print button took its toolbar slot',
    },
    {
      selector: '.vax-table tbody tr:nth-child(1) .view-detail',
      expect: '.vax-table tbody tr:nth-child(4) .details-link',
      change: 'rows re-sorted newest first, View → Details',
    },
    { selector: '.travel-link', expect: null, change: 'travel vaccines link removed' },
    {
      selector: '.mh-profile',
      expect: '.mh-header .avatar',
      change: 'name link became an initials avatar button with aria-label',
    },
  ],
};

// 15. CPAP sleep therapy companion — full rewrite.
const cpapV1 = page(
  'Sleep report — RestWell',
  `<header class="rw-header row"><a class="rw-logo" href="/">RestWell</a><nav class="rw-nav"><a href="/dashboard" class="active">Dashboard</a><a href="/history">History</a><a href="/equipment">My equipment</a><a href="/coach">Coaching</a></nav></header>
<main>
<section class="last-night card"><h1>Last night</h1>
<p class="score">Sleep score: <strong id="sleep-score">86</strong> / 100</p>
<ul class="metrics">
<li>Usage: <strong class="usage-hours">7h 12m</strong></li>
<li>Mask seal: <strong class="mask-seal">Good</strong></li>
<li>Events per hour: <strong class="ahi">2.4</strong></li>
<li>Leak: <strong class="leak">Low</strong></li>
</ul>
<a id="score-breakdown-link" href="/score">How is my score worked out?</a>
<button id="mask-fit-test">Start mask fit test</button>
</section>
<section class="history card"><h2>Last 5 nights</h2>
<ul class="history-list">
<li><a href="/nights/2024-03-13">Wed 13 Mar</a> — 86</li>
<li><a href="/nights/2024-03-12">Tue 12 Mar</a> — 71</li>
<li><a href="/nights/2024-03-11">Mon 11 Mar</a> — 90</li>
<li><a href="/nights/2024-03-10">Sun 10 Mar</a> — 78</li>
<li><a href="/nights/2024-03-09">Sat 9 Mar</a> — 82</li>
</ul></section>
<section class="comfort card"><h2>Comfort settings</h2>
<form id="comfort-form">
<label for="ramp-time">Ramp time</label><select id="ramp-time" name="ramp_time"><option value="0">Off</option><option value="10">10 min</option><option value="20" selected>20 min</option><option value="30">30 min</option><option value="auto">Auto</option></select>
<label for="humidity">Humidity level</label><input type="range" id="humidity" name="humidity" min="0" max="8" value="4">
<div class="mask-type"><label for="mask-select">Mask type</label><select id="mask-select" name="mask"><option selected>Full face</option><option>Nasal</option><option>Nasal pillows</option></select></div>
<button type="submit" class="save-comfort">Save settings</button>
</form></section>
<section class="reminders card"><h2>Reminders</h2>
<label class="reminder-filter"><input type="checkbox" name="remind_filter" checked> Remind me to replace the filter</label>
<label class="reminder-cushion"><input type="checkbox" name="remind_cushion"> Remind me to replace the mask cushion</label>
</section>
<button class="share-report">Share report with my clinician</button>
</main>
<footer class="rw-footer"><a href="/support">Support</a> · <a href="/privacy">Privacy</a> · <span>Not for diagnosis.</span></footer>`,
);

const cpapV2 = page(
  'Today | RestWell',
  `<div class="app">
<nav class="app-nav" aria-label="Main"><a href="/dashboard" aria-current="page">Today</a><a href="/history">Trends</a><a href="/equipment">Equipment</a><a href="/coach">Coach</a></nav>
<main class="app-main">
<section class="hero" aria-labelledby="hero-h"><h1 id="hero-h">Your night</h1>
<div class="score-ring" role="img" aria-label="Sleep score 86 out of 100"><span class="score-num">86</span></div>
<dl class="stats"><div><dt>Usage</dt><dd>7h 12m</dd></div><div><dt>Mask seal</dt><dd>Good</dd></div><div><dt>Events/hr</dt><dd>2.4</dd></div><div><dt>Leak</dt><dd>Low</dd></div></dl>
<div class="hero-actions"><button class="pill" data-action="mask-fit">Check mask seal</button><button class="pill" data-action="share">Send report to my care team</button></div>
</section>
<section class="trend" aria-labelledby="trend-h"><h2 id="trend-h">Recent nights</h2>
<table class="nights"><thead><tr><th>Night</th><th>Score</th><th>Usage</th></tr></thead><tbody>
<tr data-date="2024-03-13"><td><a href="/nights/2024-03-13">13 Mar</a></td><td>86</td><td>7h 12m</td></tr>
<tr data-date="2024-03-12"><td><a href="/nights/2024-03-12">12 Mar</a></td><td>71</td><td>5h 40m</td></tr>
<tr data-date="2024-03-11"><td><a href="/nights/2024-03-11">11 Mar</a></td><td>90</td><td>7h 55m</td></tr>
<tr data-date="2024-03-10"><td><a href="/nights/2024-03-10">10 Mar</a></td><td>78</td><td>6h 30m</td></tr>
<tr data-date="2024-03-09"><td><a href="/nights/2024-03-09">9 Mar</a></td><td>82</td><td>7h 02m</td></tr>
</tbody></table></section>
<section class="settings" aria-labelledby="set-h"><h2 id="set-h">Comfort</h2>
<div class="setting"><span id="ramp-l">Ramp</span><div class="stepper" role="group" aria-labelledby="ramp-l"><button type="button" aria-label="Shorter ramp">−</button><input name="rampMinutes" type="number" value="20" step="5" min="0" max="45" aria-labelledby="ramp-l"><button type="button" aria-label="Longer ramp">+</button></div></div>
<div class="setting"><label for="hum">Humidity</label><select id="hum" aria-label="Humidity"><option>Off</option><option>Low</option><option selected>Medium</option><option>High</option><option>Auto</option></select></div>
<fieldset class="setting" data-setting="mask"><legend>Mask</legend>
<label class="option-card"><input type="radio" name="mask" value="full" checked> Full face</label>
<label class="option-card"><input type="radio" name="mask" value="nasal"> Nasal</label>
<label class="option-card"><input type="radio" name="mask" value="pillows"> Nasal pillows</label>
</fieldset>
<p class="autosave">Changes are saved automatically.</p>
</section>
<section class="settings" aria-labelledby="rem-h"><h2 id="rem-h">Reminders</h2>
<label class="switch-row"><input type="checkbox" role="switch" name="filterReminder" checked> Replace filter</label>
<label class="switch-row"><input type="checkbox" role="switch" name="tubReminder"> Clean the water tub</label>
</section>
</main>
<footer class="app-foot"><a href="/support">Help</a><a href="/privacy">Privacy</a><small>RestWell is not a diagnostic device.</small></footer>
</div>`,
);

const cpapPair: PagePair = {
  name: 'cpap-therapy-companion-b20',
  v1: cpapV1,
  v2: cpapV2,
  targets: [
    {
      selector: '#mask-fit-test',
      expect: '[data-action="mask-fit"]',
      change: 'id replaced by data-action, Start mask fit test → Check mask seal, moved into hero',
    },
    {
      selector: 'select[name="ramp_time"]',
      expect: 'input[name="rampMinutes"]',
      change: 'select replaced by a number stepper',
    },
    { selector: '#humidity', expect: '#hum', change: 'range slider replaced by a select of named levels' },
    {
      selector: '.mask-type select',
      expect: 'fieldset[data-setting="mask"]',
      change: 'mask select replaced by radio option cards',
    },
    {
      selector: '.history-list li:nth-child(2) a',
      expect: 'tr[data-date="2024-03-12"] a',
      change: 'night list became a table, link text shortened',
    },
    {
      selector: '.share-report',
      expect: '[data-action="share"]',
      change: 'moved into hero actions, reworded care team',
    },
    {
      selector: '.reminder-cushion input',
      expect: null,
      change: 'cushion reminder removed; a water-tub reminder switch is now second',
    },
    { selector: '#score-breakdown-link', expect: null, change: 'score explainer link removed' },
  ],
};

// 16. Credit card transaction dispute — edited.
const disputeV1 = page(
  'Dispute a transaction — Harbour Bank',
  `<header class="hb-header row"><a class="hb-logo" href="/">Harbour Bank</a><nav class="hb-nav"><a href="/accounts">Accounts</a><a href="/cards" class="active">Cards</a><a href="/payments">Payments</a><a href="/help">Help</a></nav><a class="hb-logout" href="/logout">Log out</a></header>
<main>
<a class="back-link" href="/cards/4412/transactions">Back to transactions</a>
<h1>Dispute a transaction</h1>
<section class="txn-summary card"><dl>
<dt>Merchant</dt><dd class="merchant-name">STREAMFLIX*MONTHLY</dd>
<dt>Date</dt><dd>02 Mar 2024</dd>
<dt>Amount</dt><dd class="txn-amount">£15.99</dd>
<dt>Card</dt><dd>Visa ending 4412</dd>
</dl><p class="merchant-contact"><a href="/merchants/streamflix">Merchant contact details</a></p></section>
<form id="dispute-form" action="/disputes" method="post">
<fieldset class="reason"><legend>Why are you disputing this payment?</legend>
<label><input type="radio" name="reason" value="unrecognised"> I don't recognise it</label>
<label><input type="radio" name="reason" value="wrong_amount"> I was charged the wrong amount</label>
<label><input type="radio" name="reason" value="not_received"> I didn't receive the goods or service</label>
<label><input type="radio" name="reason" value="cancelled" checked> I cancelled this subscription</label>
<label><input type="radio" name="reason" value="duplicate"> I was charged twice</label>
</fieldset>
<label for="dispute-details">Tell us what happened</label><textarea id="dispute-details" name="details" rows="4"></textarea>
<fieldset class="merchant-contacted"><legend>Have you contacted the merchant?</legend>
<label><input type="radio" name="merchant_contacted" value="yes"> Yes</label>
<label><input type="radio" name="merchant_contacted" value="no" checked> No</label>
</fieldset>
<div class="evidence-upload"><label for="evidence">Upload evidence (optional)</label><input type="file" id="evidence" name="evidence"></div>
<label class="row"><input type="checkbox" id="freeze-card" name="freeze_card"> Freeze my card while we look into this</label>
<div class="row"><button type="submit" class="submit-dispute">Submit dispute</button><a class="cancel-dispute" href="/cards/4412/transactions">Cancel</a></div>
</form>
</main>
<footer class="hb-footer"><a href="/security">Security</a> · <a href="/complaints">Complaints</a> · <span>Harbour Bank plc is authorised by the PRA.</span></footer>`,
);

const disputeV2 = edit(disputeV1, [
  ['<p class="merchant-contact"><a href="/merchants/streamflix">Merchant contact details</a></p>', ''],
  [
    '<label><input type="radio" name="reason" value="unrecognised"> I don\'t recognise it</label>',
    '<label><input type="radio" name="reason" value="fraud"> I don\'t recognise this payment</label>',
  ],
  [
    '<label><input type="radio" name="reason" value="not_received"> I didn\'t receive the goods or service</label>',
    '<label><input type="radio" name="reason" value="damaged"> The item was faulty or damaged</label>\n<label><input type="radio" name="reason" value="non_receipt"> I didn\'t receive what I paid for</label>',
  ],
  [
    '<label for="dispute-details">Tell us what happened</label><textarea id="dispute-details" name="details" rows="4"></textarea>',
    '<label for="what-happened">Explain the problem in your own words</label><textarea id="what-happened" name="description" rows="5" maxlength="2000"></textarea>',
  ],
  [
    `<fieldset class="merchant-contacted"><legend>Have you contacted the merchant?</legend>
<label><input type="radio" name="merchant_contacted" value="yes"> Yes</label>
<label><input type="radio" name="merchant_contacted" value="no" checked> No</label>
</fieldset>`,
    '<label class="row"><input type="checkbox" name="contacted_merchant"> I\'ve already tried to sort this out with the merchant</label>',
  ],
  [
    '<div class="evidence-upload"><label for="evidence">Upload evidence (optional)</label><input type="file" id="evidence" name="evidence"></div>',
    '<div class="evidence-upload"><label for="files">Add receipts, emails or screenshots</label><input type="file" id="files" name="supporting_documents" multiple></div>',
  ],
  [
    '<label class="row"><input type="checkbox" id="freeze-card" name="freeze_card"> Freeze my card while we look into this</label>',
    '<label class="row"><input type="checkbox" id="replace-card" name="replace_card"> Send me a replacement card</label>',
  ],
  [
    '<div class="row"><button type="submit" class="submit-dispute">Submit dispute</button><a class="cancel-dispute" href="/cards/4412/transactions">Cancel</a></div>',
    '<div class="row"><button type="submit" class="btn btn--primary">Submit claim</button><a class="btn btn--link" href="/cards/4412/transactions">Cancel claim</a></div>',
  ],
]);

const disputePair: PagePair = {
  name: 'credit-card-dispute-b20',
  v1: disputeV1,
  v2: disputeV2,
  targets: [
    {
      selector: 'input[name="reason"][value="not_received"]',
      expect: 'input[value="non_receipt"]',
      change: 'value renamed, reworded, new damaged option inserted above',
    },
    {
      selector: 'input[value="unrecognised"]',
      expect: 'input[value="fraud"]',
      change: 'value renamed, label reworded',
    },
    { selector: '#dispute-details', expect: '#what-happened', change: 'id and name renamed, label reworded' },
    {
      selector: 'fieldset.merchant-contacted',
      expect: 'input[name="contacted_merchant"]',
      change: 'yes/no radio group collapsed into one checkbox',
    },
    {
      selector: '#evidence',
      expect: '#files',
      change: 'id and name renamed, multiple allowed, label reworded',
    },
    {
      selector: '#freeze-card',
      expect: null,
      change: 'freeze card option removed; replacement card checkbox in the same slot',
    },
    {
      selector: '.submit-dispute',
      expect: '#dispute-form button[type="submit"]',
      change: 'class renamed, Submit dispute → Submit claim',
    },
    { selector: '.merchant-contact a', expect: null, change: 'merchant contact link removed' },
  ],
};

// 17. Envelope budgeting app — full rewrite (envelopes renamed categories).
const budgetV1 = page(
  'March 2024 — Pennywise Envelopes',
  `<header class="pw-header row"><a class="pw-logo" href="/">Pennywise</a><nav class="pw-nav"><a href="/budget" class="active">Budget</a><a href="/accounts">Accounts</a><a href="/reports">Reports</a></nav><a class="pw-settings" href="/settings">Settings</a></header>
<main>
<div class="month-bar row"><button id="month-prev">‹ Feb</button><h1 class="month-name">March 2024</h1><button id="month-next">Apr ›</button></div>
<div class="tbb card"><span>To be budgeted</span> <strong class="tbb-amount">£240.00</strong> <a id="tbb-explainer" href="/help/tbb">What is this?</a></div>
<div class="toolbar row"><button id="add-envelope">Add envelope</button><button class="auto-assign">Auto-budget</button><button class="collapse-all">Collapse all</button></div>
<table class="envelopes">
<thead><tr><th>Envelope</th><th>Budgeted</th><th>Spent</th><th>Available</th><th></th></tr></thead>
<tbody>
<tr class="envelope-row" data-id="rent"><td>Rent</td><td><input class="budgeted" name="budget_rent" value="950.00"></td><td>£950.00</td><td class="available">£0.00</td><td><button class="set-goal">Set goal</button></td></tr>
<tr class="envelope-row" data-id="groceries"><td>Groceries</td><td><input class="budgeted" name="budget_groceries" value="320.00"></td><td>£141.36</td><td class="available">£178.64</td><td><button class="set-goal">Set goal</button></td></tr>
<tr class="envelope-row" data-id="transport"><td>Transport</td><td><input class="budgeted" name="budget_transport" value="120.00"></td><td>£64.10</td><td class="available">£55.90</td><td><button class="set-goal">Set goal</button></td></tr>
<tr class="envelope-row" data-id="holiday"><td>Holiday</td><td><input class="budgeted" name="budget_holiday" value="100.00"></td><td>£0.00</td><td class="available">£620.00</td><td><button class="set-goal">Set goal</button></td></tr>
</tbody></table>
<section class="move-money card"><h2>Move money</h2>
<form id="move-form" class="row">
<label for="move-from">From</label><select id="move-from" name="from"><option>Holiday</option><option>Transport</option></select>
<label for="move-to">To</label><select id="move-to" name="to"><option>Groceries</option><option>Rent</option></select>
<label for="move-amount">Amount</label><input id="move-amount" name="amount" value="25.00">
<button type="submit" class="move-submit">Move</button>
</form></section>
</main>
<footer class="pw-footer"><a href="/help">Help</a> · <a href="/privacy">Privacy</a></footer>`,
);

const budgetV2 = page(
  'Budget · Pennywise',
  `<div class="layout">
<aside class="side sidebar"><a class="brand" href="/">Pennywise</a><nav aria-label="Main"><a href="/budget" aria-current="page">Plan</a><a href="/accounts">Accounts</a><a href="/reports">Reflect</a><a href="/settings">Settings</a></nav></aside>
<main class="content">
<header class="plan-head"><div class="month-switch"><button aria-label="Previous month">‹</button><h1>Mar 2024</h1><button aria-label="Next month">›</button></div>
<div class="ready"><span class="ready-amt">£240.00</span><span class="ready-lbl">Ready to assign</span></div>
<button class="assign-menu" aria-haspopup="menu">Quick assign</button></header>
<div class="plan-tools"><button class="tool" data-cmd="new-category">New category</button><button class="tool" data-cmd="new-group">New group</button><button class="tool" data-cmd="undo" aria-label="Undo">↶</button></div>
<div class="cats" role="list">
<div class="cat" role="listitem" data-envelope="rent"><span class="cat-name">Rent</span><input name="assigned" aria-label="Assigned to Rent" value="950.00"><span class="cat-activity">−£950.00</span><span class="cat-avail zero">£0.00</span><button class="cat-note" aria-label="Add note to Rent">Note</button></div>
<div class="cat" role="listitem" data-envelope="groceries"><span class="cat-name">Groceries</span><input name="assigned" aria-label="Assigned to Groceries" value="320.00"><span class="cat-activity">−£141.36</span><span class="cat-avail">£178.64</span><button class="cat-note" aria-label="Add note to Groceries">Note</button></div>
<div class="cat" role="listitem" data-envelope="transport"><span class="cat-name">Transport</span><input name="assigned" aria-label="Assigned to Transport" value="120.00"><span class="cat-activity">−£64.10</span><span class="cat-avail">£55.90</span><button class="cat-note" aria-label="Add note to Transport">Note</button></div>
<div class="cat" role="listitem" data-envelope="holiday"><span class="cat-name">Holiday</span><input name="assigned" aria-label="Assigned to Holiday" value="100.00"><span class="cat-activity">£0.00</span><span class="cat-avail">£620.00</span><button class="cat-note" aria-label="Add note to Holiday">Note</button></div>
</div>
<section class="inspector" aria-labelledby="mv-h"><h2 id="mv-h">Move money</h2>
<form class="move">
<label>Take from <select name="source"><option>Holiday</option><option>Transport</option></select></label>
<label>Give to <select name="destination"><option>Groceries</option><option>Rent</option></select></label>
<label>How much <input name="amount" inputmode="decimal" value="25.00"></label>
<button type="submit" class="move-go">Move £25.00</button>
</form></section>
</main>
<footer class="foot"><a href="/help">Help</a><a href="/privacy">Privacy</a></footer>
</div>`,
);

const budgetPair: PagePair = {
  name: 'budget-envelopes-app-b20',
  v1: budgetV1,
  v2: budgetV2,
  targets: [
    {
      selector: '#month-prev',
      expect: 'button[aria-label="Previous month"]',
      change: 'id removed, month label replaced by chevron with aria-label',
    },
    {
      selector: '.envelope-row[data-id="groceries"] input.budgeted',
      expect: '[data-envelope="groceries"] input[name="assigned"]',
      change: 'table row became list item, Budgeted → Assigned',
    },
    {
      selector: '#add-envelope',
      expect: '[data-cmd="new-category"]',
      change: 'envelopes renamed categories, new New group button beside it',
    },
    {
      selector: '#move-from',
      expect: 'select[name="source"]',
      change: 'id dropped, name renamed, label From → Take from',
    },
    { selector: '#move-amount', expect: '.move input[name="amount"]', change: 'id dropped, label reworded' },
    {
      selector: '.auto-assign',
      expect: '.assign-menu',
      change: 'moved to header, Auto-budget → Quick assign menu',
    },
    {
      selector: '.envelope-row[data-id="groceries"] .set-goal',
      expect: null,
      change: 'goals removed; a note button sits in the same row slot',
    },
    { selector: '#tbb-explainer', expect: null, change: 'explainer link removed' },
  ],
};

// 18. Crypto exchange withdrawal — edited.
const cryptoV1 = page(
  'Withdraw — Coinharbor',
  `<header class="ch-header row"><a class="ch-logo" href="/">Coinharbor</a><nav class="ch-nav"><a href="/markets">Markets</a><a href="/trade">Trade</a><a href="/wallet" class="active">Wallet</a><a href="/earn">Earn</a></nav><a class="ch-account" href="/account">Account</a></header>
<main>
<h1>Withdraw crypto</h1>
<div class="grid">
<form id="withdraw-form" action="/wallet/withdraw" method="post">
<label for="asset">Asset</label><select id="asset" name="asset"><option value="BTC">Bitcoin (BTC)</option><option value="ETH">Ethereum (ETH)</option><option value="XRP" selected>XRP</option><option value="USDT">Tether (USDT)</option></select>
<label for="network">Network</label><select id="network" name="network"><option value="xrpl" selected>XRP Ledger</option><option value="bsc">BNB Smart Chain (BEP20)</option></select>
<label for="withdraw-address">Withdrawal address</label><input id="withdraw-address" name="address" placeholder="r…">
<a class="address-book" href="/wallet/addresses">Address book</a>
<label for="memo">Destination tag / memo</label><input id="memo" name="memo" placeholder="Required by most exchanges">
<label for="amount">Amount</label><div class="row"><input id="amount" name="amount" value="250"><button type="button" class="btn-max">Max</button></div>
<p class="fee-line">Network fee: <span class="fee">0.25 XRP</span> · You will receive <span class="receive">249.75 XRP</span></p>
<label for="twofa-code">Authenticator code</label><input id="twofa-code" name="otp" inputmode="numeric" maxlength="6">
<button type="submit" id="submit-withdraw" class="btn-primary">Withdraw</button>
</form>
<aside class="whitelist-notice card"><h2>Tips</h2><p>Only withdraw to addresses you control. Enable address whitelisting for extra protection.</p><a href="/security/whitelist">Turn on whitelisting</a></aside>
</div>
<section class="recent card"><h2>Recent withdrawals</h2>
<table class="recent-withdrawals"><thead><tr><th>Time</th><th>Asset</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>14 Mar 09:12</td><td>XRP</td><td>100</td><td>Pending</td><td><button class="cancel-withdrawal">Cancel</button></td></tr>
<tr><td>02 Mar 18:40</td><td>ETH</td><td>0.4</td><td>Completed</td><td><a class="tx-link" href="https://etherscan.io/tx/0xab12">View on explorer</a></td></tr>
</tbody></table></section>
</main>
<footer class="ch-footer"><a href="/fees">Fees</a> · <a href="/status">Status</a> · <a href="/legal">Legal</a></footer>`,
);

const cryptoV2 = edit(cryptoV1, [
  [
    '<label for="asset">Asset</label><select id="asset" name="asset">',
    '<label for="coin">Coin</label><select id="coin" name="coin">',
  ],
  [
    '<label for="network">Network</label><select id="network" name="network"><option value="xrpl" selected>XRP Ledger</option><option value="bsc">BNB Smart Chain (BEP20)</option></select>',
    '<fieldset class="network-options"><legend>Choose network</legend><label class="net-card"><input type="radio" name="chain" value="xrpl" checked> XRP Ledger <small>~5 sec</small></label><label class="net-card"><input type="radio" name="chain" value="bsc"> BNB Smart Chain (BEP20) <small>~1 min</small></label></fieldset>',
  ],
  [
    '<label for="withdraw-address">Withdrawal address</label><input id="withdraw-address" name="address" placeholder="r…">',
    '<label for="recipient">Recipient address</label><input id="recipient" name="to_address" placeholder="Paste or scan an address" autocomplete="off">',
  ],
  [
    '<a class="address-book" href="/wallet/addresses">Address book</a>',
    '<a class="saved-addresses" href="/wallet/addresses">Choose from saved addresses</a>',
  ],
  [
    '<label for="memo">Destination tag / memo</label><input id="memo" name="memo" placeholder="Required by most exchanges">',
    '<label for="addr-label">Label this address (optional)</label><input id="addr-label" name="address_label" placeholder="e.g. My Ledger">',
  ],
  [
    '<button type="button" class="btn-max">Max</button>',
    '<button type="button" class="link-btn use-max">Use max</button>',
  ],
  [
    '<label for="twofa-code">Authenticator code</label><input id="twofa-code" name="otp" inputmode="numeric" maxlength="6">\n',
    '',
  ],
  [
    '<button type="submit" id="submit-withdraw" class="btn-primary">Withdraw</button>',
    '<p class="muted">You\'ll confirm with your authenticator on the next screen.</p>\n<button type="submit" class="btn-primary btn-wide">Continue</button>',
  ],
  [
    '<td><button class="cancel-withdrawal">Cancel</button></td>',
    '<td><button class="btn-text danger">Cancel request</button></td>',
  ],
]);

const cryptoPair: PagePair = {
  name: 'crypto-withdrawal-b20',
  v1: cryptoV1,
  v2: cryptoV2,
  targets: [
    { selector: '#asset', expect: '#coin', change: 'id and name renamed, Asset → Coin' },
    {
      selector: 'select[name="network"]',
      expect: 'fieldset.network-options',
      change: 'network select became radio cards',
    },
    {
      selector: '#withdraw-address',
      expect: '#recipient',
      change: 'id and name renamed, label and placeholder reworded',
    },
    {
      selector: '#memo',
      expect: null,
      change: 'memo field removed; an optional address label field sits in its place',
    },
    { selector: '.btn-max', expect: '.use-max', change: 'class renamed, Max → Use max, styled as link' },
    { selector: '#twofa-code', expect: null, change: '2FA code moved off this page to a later step' },
    {
      selector: '#submit-withdraw',
      expect: '#withdraw-form button[type="submit"]',
      change: 'id removed, Withdraw → Continue',
    },
    {
      selector: '.recent-withdrawals .cancel-withdrawal',
      expect: '.recent-withdrawals .danger',
      change: 'class renamed, Cancel → Cancel request',
    },
  ],
};

// 19. Buy-now-pay-later order repayments — full rewrite (table → timeline).
const bnplV1 = page(
  'Order 7F3K-22 — Splitly',
  `<header class="sp-header row"><a class="sp-logo" href="/">Splitly</a><nav class="sp-nav"><a href="/purchases" class="active">Purchases</a><a href="/shop">Shop</a><a href="/account">Account</a></nav></header>
<main>
<a class="back" href="/purchases">All purchases</a>
<section class="order-head card">
<h1>Northfield Outdoor</h1>
<div class="merchant-rating" aria-label="Rated 4.5 out of 5">★★★★½</div>
<p>Order total <strong class="order-total">£99.96</strong> · Paid <strong>£24.99</strong></p>
<p>Order number <span id="order-ref">7F3K-22</span> <button class="copy-ref">Copy</button></p>
</section>
<table class="schedule">
<thead><tr><th class="col-number">#</th><th class="col-due-date">Due</th><th>Amount</th><th>Status</th><th></th></tr></thead>
<tbody>
<tr class="instalment-row"><td>1</td><td>01 Mar</td><td>£24.99</td><td>Paid</td><td></td></tr>
<tr class="instalment-row"><td>2</td><td>15 Mar</td><td>£24.99</td><td>Due</td><td><button class="pay-now">Pay now</button></td></tr>
<tr class="instalment-row"><td>3</td><td>29 Mar</td><td>£24.99</td><td>Upcoming</td><td></td></tr>
<tr class="instalment-row"><td>4</td><td>12 Apr</td><td>£24.99</td><td>Upcoming</td><td></td></tr>
</tbody></table>
<div class="order-actions row">
<button id="pay-in-full">Pay remaining balance</button>
<a class="reschedule-link" href="/purchases/7F3K-22/reschedule">Move due date</a>
<a class="report-return" href="/purchases/7F3K-22/return">Report a return</a>
</div>
<section class="payment-method card"><h2>Payment method</h2><p>Visa debit •••• 0931</p><a class="change-card" href="/account/cards">Change card</a>
<label><input type="checkbox" id="autopay" name="autopay" checked> Take payments automatically on the due date</label></section>
</main>
<footer class="sp-footer"><a href="/help">Help</a> · <a href="/terms">Terms</a> · <span>Late fees may apply.</span></footer>`,
);

const bnplV2 = page(
  'Northfield Outdoor · Splitly',
  `<div class="sp2">
<header class="sp2-bar"><a class="sp2-back" href="/purchases" aria-label="Back to purchases">←</a><span class="sp2-title">Purchase</span><button class="sp2-help" aria-label="Help">?</button></header>
<main class="sp2-main">
<section class="sp2-merchant"><img src="/m/northfield.png" alt="" width="40"><h1>Northfield Outdoor</h1>
<p class="sp2-ref">Order <span>7F3K-22</span><button class="sp2-icon" aria-label="Copy order number">⧉</button></p></section>
<section class="sp2-progress"><p><strong>£74.97</strong> left to pay of £99.96</p><div class="bar" role="progressbar" aria-valuenow="25" aria-valuemin="0" aria-valuemax="100"></div></section>
<ol class="sp2-timeline">
<li data-instalment="1" class="paid"><span class="when">1 Mar</span><span class="amt">£24.99</span><span class="state">Paid</span></li>
<li data-instalment="2" class="due"><span class="when">Today</span><span class="amt">£24.99</span><button class="sp2-pay">Pay £24.99</button></li>
<li data-instalment="3"><span class="when">29 Mar</span><span class="amt">£24.99</span><span class="state">Scheduled</span></li>
<li data-instalment="4"><span class="when">12 Apr</span><span class="amt">£24.99</span><span class="state">Scheduled</span></li>
</ol>
<div class="sp2-actions">
<button class="sp2-btn sp2-btn--secondary" data-action="payoff">Pay off early</button>
<button class="sp2-btn sp2-btn--secondary" data-action="reminder">Set a payment reminder</button>
<a class="sp2-btn sp2-btn--text" href="/purchases/7F3K-22/return">I've returned something</a>
</div>
<section class="sp2-card" aria-labelledby="pm-h"><h2 id="pm-h">Paying with</h2>
<div class="sp2-row"><span>Visa debit •••• 0931</span><button class="sp2-icon" aria-label="Change payment method">✎</button></div>
<div class="sp2-row"><span>Autopay</span><input type="checkbox" role="switch" name="autopay" checked aria-label="Autopay"></div></section>
</main>
<footer class="sp2-foot"><a href="/terms">Terms</a><a href="/help/late-fees">About late fees</a></footer>
</div>`,
);

const bnplPair: PagePair = {
  name: 'bnpl-repayment-schedule-b20',
  v1: bnplV1,
  v2: bnplV2,
  targets: [
    {
      selector: '.instalment-row:nth-child(2) .pay-now',
      expect: '[data-instalment="2"] button',
      change: 'schedule table became a timeline, Pay now → Pay £24.99',
    },
    {
      selector: '#pay-in-full',
      expect: '[data-action="payoff"]',
      change: 'id replaced by data-action, Pay remaining balance → Pay off early',
    },
    {
      selector: '.change-card',
      expect: 'button[aria-label="Change payment method"]',
      change: 'text link became a pencil icon button',
    },
    {
      selector: '#autopay',
      expect: 'input[name="autopay"]',
      change: 'id dropped, checkbox became a switch with short label',
    },
    {
      selector: '.reschedule-link',
      expect: null,
      change: 'due date moving removed; a reminder button now sits in that slot',
    },
    {
      selector: '.report-return',
      expect: 'a[href="/purchases/7F3K-22/return"]',
      change: "class dropped, reworded I've returned something",
    },
    { selector: '.merchant-rating', expect: null, change: 'merchant rating stars removed' },
    {
      selector: '.copy-ref',
      expect: 'button[aria-label="Copy order number"]',
      change: 'text button became icon with aria-label',
    },
  ],
};

// 20. ISA transfer-in request — edited.
const isaV1 = page(
  'Transfer an ISA to us — Oakleaf Invest',
  `<header class="ol-header row"><a class="ol-logo" href="/">Oakleaf Invest</a><nav class="ol-nav"><a href="/portfolio">Portfolio</a><a href="/transfers" class="active">Transfers</a><a href="/documents">Documents</a></nav><a class="ol-logout" href="/logout">Sign out</a></header>
<main>
<h1>Transfer an ISA to Oakleaf</h1>
<p class="intro muted">Transferring keeps your tax-free status. Don't withdraw the money yourself.</p>
<form id="isa-transfer" action="/transfers/isa" method="post">
<h2>Your current provider</h2>
<label for="provider">Provider</label>
<select id="provider" name="provider"><option value="">Select provider</option><option>Hargreaves Lansdown</option><option>Nationwide</option><option>Vanguard</option><option>Other</option></select>
<label for="account-number">Account number</label><input id="account-number" name="account_number">
<label for="sort-code">Sort code</label><input id="sort-code" name="sort_code" placeholder="00-00-00">
<label for="roll-number">Roll number (building societies only)</label><input id="roll-number" name="roll_number">
<fieldset class="isa-type"><legend>Type of ISA</legend>
<label><input type="radio" name="isa_type" value="cash"> Cash ISA</label>
<label><input type="radio" name="isa_type" value="stocks" checked> Stocks &amp; Shares ISA</label>
<label><input type="radio" name="isa_type" value="lifetime"> Lifetime ISA</label>
</fieldset>
<fieldset class="amount-type"><legend>How much do you want to transfer?</legend>
<label><input type="radio" name="transfer_amount_type" value="full" checked> All of it</label>
<label><input type="radio" name="transfer_amount_type" value="partial"> Part of it</label>
</fieldset>
<label for="partial-amount">Amount to transfer</label><input id="partial-amount" name="partial_amount" placeholder="£">
<label class="row"><input type="checkbox" id="include-current-year" name="include_current_year" checked> Include money paid in this tax year</label>
<label class="row"><input type="checkbox" id="declaration" name="declaration"> I have read the transfer terms and the key features document</label>
<button type="submit" class="submit-transfer">Submit transfer request</button>
</form>
</main>
<footer class="ol-footer"><a href="/help/isa-transfers">ISA transfer help</a> · <a href="/risk">Capital at risk</a></footer>`,
);

const isaV2 = edit(isaV1, [
  [
    '<label for="provider">Provider</label>\n<select id="provider" name="provider"><option value="">Select provider</option><option>Hargreaves Lansdown</option><option>Nationwide</option><option>Vanguard</option><option>Other</option></select>',
    '<label for="provider-search">Who is your ISA with?</label>\n<input id="provider-search" name="provider_name" list="providers" placeholder="Start typing a provider name"><datalist id="providers"><option value="Hargreaves Lansdown"></option><option value="Nationwide"></option><option value="Vanguard"></option></datalist>',
  ],
  [
    '<label for="sort-code">Sort code</label><input id="sort-code" name="sort_code" placeholder="00-00-00">',
    '<fieldset class="sort-code"><legend>Sort code</legend><div class="row"><input name="sort_code_1" maxlength="2" size="2" aria-label="Sort code, first two digits"><input name="sort_code_2" maxlength="2" size="2" aria-label="Sort code, middle two digits"><input name="sort_code_3" maxlength="2" size="2" aria-label="Sort code, last two digits"></div></fieldset>',
  ],
  [
    '<label for="roll-number">Roll number (building societies only)</label><input id="roll-number" name="roll_number">',
    '<label for="reference">Building society reference or roll number</label><input id="reference" name="provider_reference">',
  ],
  [
    '<label><input type="radio" name="isa_type" value="lifetime"> Lifetime ISA</label>',
    '<label><input type="radio" name="isa_type" value="ifisa"> Innovative Finance ISA</label>',
  ],
  [
    '<label><input type="radio" name="transfer_amount_type" value="partial"> Part of it</label>',
    '<label><input type="radio" name="transfer_amount_type" value="part"> A specific amount</label>',
  ],
  [
    '<label for="partial-amount">Amount to transfer</label><input id="partial-amount" name="partial_amount" placeholder="£">',
    '<label for="amount-to-transfer">Amount</label><input id="amount-to-transfer" name="amount" inputmode="decimal" placeholder="£">',
  ],
  [
    '<label class="row"><input type="checkbox" id="include-current-year" name="include_current_year" checked> Include money paid in this tax year</label>\n',
    '',
  ],
  [
    '<label class="row"><input type="checkbox" id="declaration" name="declaration"> I have read the transfer terms and the key features document</label>',
    '<label class="row"><input type="checkbox" name="declaration_accepted"> I confirm I\'ve read the transfer terms and key features</label>',
  ],
  [
    '<button type="submit" class="submit-transfer">Submit transfer request</button>',
    '<button type="submit" class="btn btn-primary">Start transfer</button>',
  ],
]);

const isaPair: PagePair = {
  name: 'isa-transfer-request-b20',
  v1: isaV1,
  v2: isaV2,
  targets: [
    {
      selector: '#provider',
      expect: '#provider-search',
      change: 'select replaced by a typeahead input with datalist, label reworded',
    },
    {
      selector: '#sort-code',
      expect: 'input[name="sort_code_1"]',
      change: 'single sort code input split into three two-digit fields',
    },
    { selector: '#roll-number', expect: '#reference', change: 'id and name renamed, label broadened' },
    {
      selector: 'input[name="isa_type"][value="lifetime"]',
      expect: null,
      change: 'Lifetime ISA option removed; Innovative Finance ISA option in the same position',
    },
    {
      selector: 'input[value="partial"]',
      expect: 'input[value="part"]',
      change: 'value renamed, Part of it → A specific amount',
    },
    {
      selector: '#partial-amount',
      expect: '#amount-to-transfer',
      change: 'id and name renamed, label shortened',
    },
    { selector: '#include-current-year', expect: null, change: 'current tax year option removed' },
    {
      selector: '#declaration',
      expect: 'input[name="declaration_accepted"]',
      change: 'id removed, name renamed, label reworded',
    },
  ],
};

// 21. Promo code admin console — full rewrite (server-rendered admin → React admin kit).
const promoV1 = page(
  'Promo codes — Basketry Admin',
  `<header class="admin-header row"><a class="admin-logo" href="/admin">Basketry Admin</a><nav class="admin-nav"><a href="/admin/orders">Orders</a><a href="/admin/products">Products</a><a href="/admin/promos" class="active">Promotions</a><a href="/admin/customers">Customers</a></nav><span class="admin-user">ops@basketry.test</span></header>
<main>
<h1>Promo codes</h1>
<div class="filters row">
<input id="promo-search" name="q" placeholder="Search by code">
<select name="status_filter"><option value="all">All</option><option value="active" selected>Active</option><option value="scheduled">Scheduled</option><option value="expired">Expired</option></select>
<a id="export-csv" href="/admin/promos.csv">Export CSV</a>
</div>
<table class="promo-table">
<thead><tr><th>Code</th><th>Discount</th><th>Uses</th><th>Expires</th><th>Actions</th></tr></thead>
<tbody>
<tr data-code="WELCOME10"><td>WELCOME10</td><td>10%</td><td>1,204</td><td>—</td><td><a class="edit" href="/admin/promos/1/edit">Edit</a> <button class="deactivate">Deactivate</button> <button class="duplicate">Duplicate</button></td></tr>
<tr data-code="SPRING20"><td>SPRING20</td><td>20%</td><td>388</td><td>31/03/2024</td><td><a class="edit" href="/admin/promos/7/edit">Edit</a> <button class="deactivate">Deactivate</button> <button class="duplicate">Duplicate</button></td></tr>
<tr data-code="FREESHIP"><td>FREESHIP</td><td>£4.99</td><td>902</td><td>30/04/2024</td><td><a class="edit" href="/admin/promos/9/edit">Edit</a> <button class="deactivate">Deactivate</button> <button class="duplicate">Duplicate</button></td></tr>
</tbody></table>
<div class="pagination row"><a href="?page=1" class="current">1</a><a href="?page=2">2</a><a href="?page=2" class="next">Next</a></div>
<section class="create-promo card"><h2>Create promo code</h2>
<form id="create-promo-form" action="/admin/promos" method="post">
<label for="new-code">Code</label><input id="new-code" name="code" placeholder="e.g. SUMMER15">
<fieldset><legend>Discount type</legend><label><input type="radio" name="discount_type" value="percent" checked> Percentage</label><label><input type="radio" name="discount_type" value="fixed"> Fixed amount</label></fieldset>
<label for="discount-value">Value</label><input id="discount-value" name="value" type="number">
<label for="min-spend">Minimum spend (£)</label><input id="min-spend" name="min_spend" type="number">
<label for="expiry">Expires on</label><input id="expiry" name="expires_at" type="date">
<label for="usage-limit">Total usage limit</label><input id="usage-limit" name="usage_limit" type="number">
<label class="row"><input type="checkbox" id="one-per-customer" name="one_per_customer" checked> Limit to one use per customer</label>
<button type="submit" class="create-btn">Create code</button>
</form></section>
</main>
<footer class="admin-footer muted">Basketry internal tools · v3.8.2</footer>`,
);

const promoV2 = page(
  'Discounts · Basketry Admin',
  `<div class="ant-layout">
<aside class="ant-layout-sider sidebar"><div class="logo">Basketry</div><ul class="ant-menu" role="menu"><li role="menuitem"><a href="/admin/orders">Orders</a></li><li role="menuitem"><a href="/admin/products">Catalogue</a></li><li role="menuitem" class="ant-menu-item-selected"><a href="/admin/promos">Discounts</a></li><li role="menuitem"><a href="/admin/customers">Customers</a></li></ul></aside>
<div class="ant-layout-content">
<div class="page-header"><h1>Discounts</h1><button class="ant-btn ant-btn-primary" data-testid="open-create-drawer">Create discount</button></div>
<div role="tablist" aria-label="Status" class="ant-tabs-nav">
<button role="tab" aria-selected="false">All</button><button role="tab" aria-selected="true">Active</button><button role="tab" aria-selected="false">Scheduled</button><button role="tab" aria-selected="false">Expired</button>
</div>
<div class="toolbar"><span class="ant-input-affix-wrapper"><input class="ant-input" placeholder="Search codes"></span></div>
<table class="ant-table">
<thead><tr><th>Code</th><th>Discount</th><th>Redemptions</th><th>Ends</th><th></th></tr></thead>
<tbody>
<tr data-row-key="WELCOME10"><td><code>WELCOME10</code></td><td>10% off</td><td>1,204</td><td>No end date</td><td><a href="/admin/promos/1/edit">Edit</a><button class="ant-btn-link" aria-label="Pause WELCOME10">Pause</button><a href="/admin/promos/1/redemptions">View redemptions</a></td></tr>
<tr data-row-key="SPRING20"><td><code>SPRING20</code></td><td>20% off</td><td>388</td><td>31 Mar 2024</td><td><a href="/admin/promos/7/edit">Edit</a><button class="ant-btn-link" aria-label="Pause SPRING20">Pause</button><a href="/admin/promos/7/redemptions">View redemptions</a></td></tr>
<tr data-row-key="FREESHIP"><td><code>FREESHIP</code></td><td>£4.99 off</td><td>902</td><td>30 Apr 2024</td><td><a href="/admin/promos/9/edit">Edit</a><button class="ant-btn-link" aria-label="Pause FREESHIP">Pause</button><a href="/admin/promos/9/redemptions">View redemptions</a></td></tr>
</tbody></table>
<ul class="ant-pagination"><li class="ant-pagination-item-active"><a>1</a></li><li><a href="?page=2">2</a></li><li><button aria-label="Next page">›</button></li><li><select aria-label="Rows per page"><option>20 / page</option><option>50 / page</option></select></li></ul>
<div class="ant-drawer" role="dialog" aria-label="Create discount">
<form class="ant-form">
<div class="ant-form-item"><label for="f_code">Discount code</label><input id="f_code" name="promoCode" class="ant-input"><button type="button" class="ant-btn-link">Generate</button></div>
<div class="ant-form-item"><label for="f_type">Type</label><select id="f_type" name="discountType"><option value="percent">Percentage</option><option value="fixed">Fixed amount</option><option value="shipping">Free shipping</option></select></div>
<div class="ant-form-item"><label for="f_amount">Amount</label><input id="f_amount" name="amount" class="ant-input" inputmode="decimal"></div>
<div class="ant-form-item"><label for="f_min">Minimum order value</label><input id="f_min" name="minOrder" class="ant-input" inputmode="decimal"></div>
<div class="ant-form-item"><label for="f_dates">Active dates</label><input id="f_dates" name="dateRange" class="ant-picker" placeholder="Start date → End date"></div>
<div class="ant-form-item"><label for="f_total">Total redemptions limit</label><input id="f_total" name="maxRedemptions" class="ant-input" inputmode="numeric"></div>
<div class="ant-form-item"><label for="f_per">Uses per customer</label><input id="f_per" name="limitPerCustomer" class="ant-input" inputmode="numeric" value="1"></div>
<div class="ant-drawer-footer"><button type="button" class="ant-btn">Cancel</button><button type="submit" class="ant-btn ant-btn-primary">Save discount</button></div>
</form></div>
</div></div>`,
);

const promoPair: PagePair = {
  name: 'promo-code-admin-b20',
  v1: promoV1,
  v2: promoV2,
  targets: [
    {
      selector: '#promo-search',
      expect: 'input[placeholder="Search codes"]',
      change: 'id and name dropped, wrapped in an affix wrapper, placeholder reworded',
    },
    {
      selector: 'select[name="status_filter"]',
      expect: '[role="tablist"][aria-label="Status"]',
      change: 'status select became tabs',
    },
    {
      selector: '#new-code',
      expect: 'input[name="promoCode"]',
      change: 'form moved into a drawer, id and name renamed, label reworded',
    },
    {
      selector: '#discount-value',
      expect: 'input[name="amount"]',
      change: 'id and name renamed, Value → Amount',
    },
    {
      selector: '#one-per-customer',
      expect: 'input[name="limitPerCustomer"]',
      change: 'checkbox replaced by a numeric uses-per-customer field',
    },
    {
      selector: 'tr[data-code="SPRING20"] .deactivate',
      expect: 'button[aria-label="Pause SPRING20"]',
      change: 'data-code → data-row-key, Deactivate → Pause',
    },
    {
      selector: 'tr[data-code="SPRING20"] .duplicate',
      expect: null,
      change: 'duplicate action removed; a view-redemptions link sits in that slot',
    },
    { selector: '#export-csv', expect: null, change: 'CSV export link removed' },
  ],
};

// 22. Site search synonyms admin — edited.
const synonymsV1 = page(
  'Synonyms — Searchlight Console',
  `<header class="sl-header row"><a class="sl-logo" href="/console">Searchlight</a><nav class="sl-nav"><a href="/console/indexes">Indexes</a><a href="/console/relevance" class="active">Relevance</a><a href="/console/analytics">Analytics</a><a href="/console/api-keys">API keys</a></nav><span class="env-badge badge">production</span></header>
<main>
<h1>Relevance: products index</h1>
<nav class="sub-tabs row"><a href="#synonyms" class="active">Synonyms</a><a href="#rules">Rules</a><a class="stopwords-link" href="/console/relevance/stopwords">Manage stopwords</a></nav>
<section id="synonyms-section">
<table class="synonyms-table">
<thead><tr><th>Terms</th><th>Type</th><th></th></tr></thead>
<tbody>
<tr><td>sofa, couch, settee</td><td>Two-way</td><td><button class="edit-set">Edit</button> <button class="delete-set">Delete</button></td></tr>
<tr><td>hoodie → sweatshirt</td><td>One-way</td><td><button class="edit-set">Edit</button> <button class="delete-set">Delete</button></td></tr>
<tr><td>tv, television</td><td>Two-way</td><td><button class="edit-set">Edit</button> <button class="delete-set">Delete</button></td></tr>
</tbody></table>
<form id="add-synonym" class="card" action="/console/relevance/synonyms" method="post">
<h2>Add synonym set</h2>
<label for="terms-input">Terms (comma separated)</label><textarea id="terms-input" name="terms" rows="2"></textarea>
<label for="synonym-type">Type</label><select id="synonym-type" name="type"><option value="two_way" selected>Two-way</option><option value="one_way">One-way</option></select>
<button type="submit" class="add-set-btn">Add set</button>
</form>
</section>
<section class="boost-rules card"><h2>Boosting</h2><p class="muted">Boost in-stock products by 1.5×.</p><button class="add-boost">Add boost rule</button></section>
<section class="test-panel card"><h2>Test a query</h2>
<div class="row"><input id="test-query" name="test_query" placeholder="e.g. grey couch"><button class="run-test">Run test</button></div>
<ol class="test-results"><li>Harlow 3-seater sofa</li><li>Nordby corner settee</li></ol>
</section>
<div class="publish-bar row"><span class="pending">3 unpublished changes</span><button id="publish-changes" class="btn-primary">Publish changes</button></div>
</main>
<footer class="sl-footer muted">Searchlight Console · region eu-west-1</footer>`,
);

const synonymsV2 = edit(synonymsV1, [
  [
    '<a class="stopwords-link" href="/console/relevance/stopwords">Manage stopwords</a>',
    '<a class="redirects-link" href="/console/relevance/redirects">Manage redirects</a>',
  ],
  [
    '<tbody>\n<tr><td>sofa, couch, settee</td>',
    '<tbody>\n<tr class="is-draft"><td>trainers, sneakers</td><td>Two-way</td><td><button class="edit-set">Edit</button> <button class="icon-btn" aria-label="Delete synonym set">🗑</button></td></tr>\n<tr><td>sofa, couch, settee</td>',
  ],
  [
    '<button class="delete-set">Delete</button>',
    '<button class="icon-btn" aria-label="Delete synonym set">🗑</button>',
  ],
  [
    '<button class="delete-set">Delete</button>',
    '<button class="icon-btn" aria-label="Delete synonym set">🗑</button>',
  ],
  [
    '<button class="delete-set">Delete</button>',
    '<button class="icon-btn" aria-label="Delete synonym set">🗑</button>',
  ],
  [
    '<label for="terms-input">Terms (comma separated)</label><textarea id="terms-input" name="terms" rows="2"></textarea>',
    '<label for="term-tokens">Terms</label><input id="term-tokens" name="terms[]" placeholder="Type a term and press Enter">',
  ],
  [
    '<label for="synonym-type">Type</label><select id="synonym-type" name="type"><option value="two_way" selected>Two-way</option><option value="one_way">One-way</option></select>',
    '<fieldset class="type-radios"><legend>Direction</legend><label><input type="radio" name="type" value="two_way" checked> All terms are equivalent</label><label><input type="radio" name="type" value="one_way"> First term expands to the others</label></fieldset>',
  ],
  [
    '<section class="boost-rules card"><h2>Boosting</h2><p class="muted">Boost in-stock products by 1.5×.</p><button class="add-boost">Add boost rule</button></section>\n',
    '',
  ],
  [
    '<input id="test-query" name="test_query" placeholder="e.g. grey couch"><button class="run-test">Run test</button>',
    '<input id="preview-q" name="q" type="search" placeholder="Try a search"><button class="btn-secondary">Preview results</button>',
  ],
  [
    '<button id="publish-changes" class="btn-primary">Publish changes</button>',
    '<button class="btn-primary deploy-btn">Deploy to production (3)</button>',
  ],
]);

const synonymsPair: PagePair = {
  name: 'search-synonyms-admin-b20',
  v1: synonymsV1,
  v2: synonymsV2,
  targets: [
    {
      selector: '#synonym-type',
      expect: 'fieldset.type-radios',
      change: 'select became radios with descriptive labels',
    },
    {
      selector: '#terms-input',
      expect: '#term-tokens',
      change: 'textarea became a token input, id and label changed',
    },
    {
      selector: '.synonyms-table tbody tr:nth-child(2) .delete-set',
      expect: '.synonyms-table tbody tr:nth-child(3) .icon-btn',
      change: 'draft row inserted at top, text button became trash icon',
    },
    { selector: '#test-query', expect: '#preview-q', change: 'id and name renamed, placeholder reworded' },
    {
      selector: '.run-test',
      expect: '.test-panel .btn-secondary',
      change: 'class dropped, Run test → Preview results',
    },
    {
      selector: '#publish-changes',
      expect: '.deploy-btn',
      change: 'id removed, Publish changes → Deploy to production with count',
    },
    {
      selector: '.stopwords-link',
      expect: null,
      change: 'stopwords link removed; a redirects link now in the same tab slot',
    },
    { selector: '.add-boost', expect: null, change: 'boosting panel removed' },
  ],
};

// 23. Email suppression list admin — full rewrite.
const suppressionV1 = page(
  'Suppression list — Postwing',
  `<header class="pw-top row"><a class="pw-brand" href="/">Postwing</a><nav class="pw-menu"><a href="/sending">Sending</a><a href="/templates">Templates</a><a href="/suppressions" class="active">Suppressions</a><a href="/domains">Domains</a><a href="/settings">Settings</a></nav><span class="org">Northwind Ltd</span></header>
<main>
<h1>Suppression list</h1>
<p class="muted">Addresses on this list will not receive email from your account.</p>
<div class="tools row">
<input id="suppression-search" name="email" placeholder="Search email address">
<select name="reason"><option value="">All reasons</option><option value="hard_bounce">Hard bounce</option><option value="complaint">Spam complaint</option><option value="unsubscribe">Unsubscribed</option><option value="manual">Added manually</option></select>
<input type="date" name="since" aria-label="Added since">
<a class="import-csv" href="/suppressions/import">Import CSV</a>
<button class="bulk-remove" disabled>Remove selected</button>
</div>
<table class="suppressions">
<thead><tr><th><input type="checkbox" id="select-all" aria-label="Select all"></th><th>Email</th><th>Reason</th><th>Added</th><th></th></tr></thead>
<tbody>
<tr data-email="j.harper@example.com"><td><input type="checkbox" name="selected" value="sup_81"></td><td>j.harper@example.com</td><td>Hard bounce</td><td>12 Mar 2024</td><td><button class="remove-entry">Remove</button></td></tr>
<tr data-email="ops@northwind.test"><td><input type="checkbox" name="selected" value="sup_82"></td><td>ops@northwind.test</td><td>Spam complaint</td><td>10 Mar 2024</td><td><button class="remove-entry">Remove</button></td></tr>
<tr data-email="kim.l@example.org"><td><input type="checkbox" name="selected" value="sup_83"></td><td>kim.l@example.org</td><td>Unsubscribed</td><td>08 Mar 2024</td><td><button class="remove-entry">Remove</button></td></tr>
</tbody></table>
<div class="pagination row"><span>1–3 of 3</span><select class="page-size" name="per_page"><option>25</option><option>50</option><option>100</option></select></div>
<section class="add-suppression card"><h2>Add an address</h2>
<form id="add-suppression-form" class="row" action="/suppressions" method="post">
<input id="add-suppression-email" name="email_address" type="email" placeholder="name@example.com">
<button type="submit" class="add-btn">Add to list</button>
</form></section>
</main>
<footer class="pw-foot muted">Postwing · API docs · Status</footer>`,
);

const suppressionV2 = page(
  'Suppressions | Postwing',
  `<div class="shell">
<nav class="rail" aria-label="Main"><a class="rail-logo" href="/">Postwing</a><a href="/sending">Activity</a><a href="/templates">Templates</a><a href="/suppressions" aria-current="page">Suppressions</a><a href="/domains">Domains</a><a href="/settings">Settings</a></nav>
<main class="view">
<div class="view-head"><h1>Suppressions</h1><div class="head-actions"><button class="btn btn-outline" data-action="add">Add address</button><a class="btn btn-outline" href="/suppressions/export.csv">Export CSV</a></div></div>
<div class="filterbar">
<input type="search" aria-label="Search suppressions" placeholder="Search">
<div role="group" aria-label="Filter by reason" class="seg"><button aria-pressed="true">All</button><button aria-pressed="false">Bounces</button><button aria-pressed="false">Complaints</button><button aria-pressed="false">Unsubscribes</button><button aria-pressed="false">Manual</button></div>
</div>
<div class="bulkbar" hidden><span>0 selected</span><button class="btn btn-danger">Delete from list</button></div>
<table class="grid-table">
<thead><tr><th><input type="checkbox" aria-label="Select all rows"></th><th>Recipient</th><th>Type</th><th>Date</th><th></th></tr></thead>
<tbody>
<tr data-id="sup_81"><td><input type="checkbox" aria-label="Select j.harper@example.com"></td><td>j.harper@example.com</td><td><span class="tag">Bounce</span></td><td>12/03/2024</td><td><button class="icon" aria-label="Remove j.harper@example.com">✕</button></td></tr>
<tr data-id="sup_82"><td><input type="checkbox" aria-label="Select ops@northwind.test"></td><td>ops@northwind.test</td><td><span class="tag">Complaint</span></td><td>10/03/2024</td><td><button class="icon" aria-label="Remove ops@northwind.test">✕</button></td></tr>
<tr data-id="sup_83"><td><input type="checkbox" aria-label="Select kim.l@example.org"></td><td>kim.l@example.org</td><td><span class="tag">Unsubscribe</span></td><td>08/03/2024</td><td><button class="icon" aria-label="Remove kim.l@example.org">✕</button></td></tr>
</tbody></table>
<p class="endnote">Showing all 3 suppressions</p>
<div class="dialog" role="dialog" aria-label="Add address"><form action="/suppressions" method="post"><label for="addr">Email address</label><input id="addr" name="address" type="email"><label for="why">Note</label><input id="why" name="note"><button type="submit" class="btn btn-primary">Suppress address</button></form></div>
</main>
<footer class="foot"><a href="/docs/api">API docs</a><a href="/status">Status</a></footer>
</div>`,
);

const suppressionPair: PagePair = {
  name: 'email-suppression-list-admin-b20',
  v1: suppressionV1,
  v2: suppressionV2,
  targets: [
    {
      selector: '#suppression-search',
      expect: 'input[aria-label="Search suppressions"]',
      change: 'id and name dropped, placeholder shortened',
    },
    {
      selector: 'select[name="reason"]',
      expect: '[role="group"][aria-label="Filter by reason"]',
      change: 'reason select became a segmented button group',
    },
    {
      selector: '#select-all',
      expect: 'thead input[type="checkbox"]',
      change: 'id removed, aria-label reworded',
    },
    {
      selector: '.bulk-remove',
      expect: '.bulkbar .btn-danger',
      change: 'moved into a contextual bulk bar, Remove selected → Delete from list',
    },
    {
      selector: 'tr[data-email="ops@northwind.test"] .remove-entry',
      expect: 'button[aria-label="Remove ops@northwind.test"]',
      change: 'row key changed to data-id, text button became ✕ icon',
    },
    {
      selector: '#add-suppression-email',
      expect: 'input[name="address"]',
      change: 'inline form moved into a dialog, id and name renamed',
    },
    {
      selector: '.import-csv',
      expect: null,
      change: 'CSV import removed; an export link sits in the toolbar instead',
    },
    { selector: '.page-size', expect: null, change: 'page size select removed' },
  ],
};

// 24. Managed database backup console — edited.
const backupV1 = page(
  'Backups — orders-prod — Tidepool Cloud',
  `<header class="tc-header row"><a class="tc-logo" href="/">Tidepool Cloud</a><nav class="tc-nav"><a href="/databases" class="active">Databases</a><a href="/storage">Storage</a><a href="/networking">Networking</a><a href="/billing">Billing</a></nav><span class="tc-project">Project: shop-platform</span></header>
<main>
<nav class="breadcrumbs"><a href="/databases">Databases</a> / <a href="/databases/orders-prod">orders-prod</a> / Backups</nav>
<div class="row"><h1>Backups</h1><button id="create-backup" class="btn-primary">Create backup now</button></div>
<section class="schedule card"><h2>Automated backups</h2>
<form id="schedule-form">
<label for="backup-frequency">Frequency</label><select id="backup-frequency" name="frequency"><option value="daily" selected>Daily</option><option value="12h">Every 12 hours</option><option value="weekly">Weekly</option></select>
<label for="backup-window">Backup window (UTC)</label><input id="backup-window" name="window" type="time" value="02:00">
<label for="retention-days">Retention (days)</label><input id="retention-days" name="retention_days" type="number" value="14">
<label class="row"><input type="checkbox" id="pitr-toggle" name="pitr" checked> Point-in-time recovery</label>
<label for="encryption-key">Encryption key</label><select id="encryption-key" name="kms_key"><option selected>Tidepool-managed</option><option>projects/shop/keys/db-cmk</option></select>
<button type="submit" class="save-schedule">Save</button>
</form></section>
<section class="backup-list card"><h2>Available backups</h2>
<table class="backups">
<thead><tr><th>ID</th><th>Type</th><th>Started</th><th>Size</th><th>Status</th><th>Actions</th></tr></thead>
<tbody>
<tr data-backup="bk-0414"><td>bk-0414</td><td>Automated</td><td>14 Mar 02:00</td><td>41.2 GB</td><td>Completed</td><td><button class="restore-btn">Restore</button> <button class="download-btn">Download</button> <button class="delete-btn">Delete</button></td></tr>
<tr data-backup="bk-0413"><td>bk-0413</td><td>Automated</td><td>13 Mar 02:00</td><td>41.0 GB</td><td>Completed</td><td><button class="restore-btn">Restore</button> <button class="download-btn">Download</button> <button class="delete-btn">Delete</button></td></tr>
<tr data-backup="bk-0412"><td>bk-0412</td><td>Manual</td><td>12 Mar 16:41</td><td>40.8 GB</td><td>Completed</td><td><button class="restore-btn">Restore</button> <button class="download-btn">Download</button> <button class="delete-btn">Delete</button></td></tr>
</tbody></table></section>
<section class="restore-form card"><h2>Restore to a new instance</h2>
<form id="restore-form" class="row">
<label for="restore-point">Restore point</label><input id="restore-point" name="restore_point" type="datetime-local" value="2024-03-14T09:30">
<label for="target-instance">New instance name</label><input id="target-instance" name="target_instance" value="orders-prod-restore">
<button type="submit" class="restore-submit">Restore</button>
</form></section>
</main>
<footer class="tc-footer muted"><a href="/docs/backups">Backup docs</a> · <a href="/support">Support</a></footer>`,
);

const backupV2 = edit(backupV1, [
  [
    '<button id="create-backup" class="btn-primary">Create backup now</button>',
    '<button class="btn-primary" data-action="snapshot">Take snapshot</button>',
  ],
  [
    '<label for="backup-frequency">Frequency</label><select id="backup-frequency" name="frequency">',
    '<label for="schedule-interval">Snapshot interval</label><select id="schedule-interval" name="interval">',
  ],
  [
    '<label for="retention-days">Retention (days)</label><input id="retention-days" name="retention_days" type="number" value="14">',
    '<label for="retention">Keep snapshots for</label><select id="retention" name="retention_period"><option>7 days</option><option selected>14 days</option><option>35 days</option></select>',
  ],
  [
    '<label class="row"><input type="checkbox" id="pitr-toggle" name="pitr" checked> Point-in-time recovery</label>',
    '<label class="row switch"><input type="checkbox" role="switch" name="point_in_time_recovery" checked> Continuous backup (PITR)</label>',
  ],
  [
    '<label for="encryption-key">Encryption key</label><select id="encryption-key" name="kms_key"><option selected>Tidepool-managed</option><option>projects/shop/keys/db-cmk</option></select>\n',
    '',
  ],
  ['<h2>Available backups</h2>', '<h2>Snapshots</h2>'],
  [
    '<tr data-backup="bk-0414"><td>bk-0414</td><td>Automated</td><td>14 Mar 02:00</td><td>41.2 GB</td><td>Completed</td><td><button class="restore-btn">Restore</button> <button class="download-btn">Download</button> <button class="delete-btn">Delete</button></td></tr>',
    '<tr data-snapshot="bk-0414"><td>bk-0414</td><td>Scheduled</td><td>14 Mar 02:00</td><td>41.2 GB</td><td>Available</td><td><button class="action-restore">Restore</button> <button class="action-copy">Copy to region</button> <button class="action-delete">Delete</button></td></tr>',
  ],
  [
    '<tr data-backup="bk-0413"><td>bk-0413</td><td>Automated</td><td>13 Mar 02:00</td><td>41.0 GB</td><td>Completed</td><td><button class="restore-btn">Restore</button> <button class="download-btn">Download</button> <button class="delete-btn">Delete</button></td></tr>',
    '<tr data-snapshot="bk-0413"><td>bk-0413</td><td>Scheduled</td><td>13 Mar 02:00</td><td>41.0 GB</td><td>Available</td><td><button class="action-restore">Restore</button> <button class="action-copy">Copy to region</button> <button class="action-delete">Delete</button></td></tr>',
  ],
  [
    '<tr data-backup="bk-0412"><td>bk-0412</td><td>Manual</td><td>12 Mar 16:41</td><td>40.8 GB</td><td>Completed</td><td><button class="restore-btn">Restore</button> <button class="download-btn">Download</button> <button class="delete-btn">Delete</button></td></tr>',
    '<tr data-snapshot="bk-0415"><td>bk-0415</td><td>On-demand</td><td>14 Mar 11:05</td><td>—</td><td>Creating (38%)</td><td><button class="action-cancel">Cancel</button></td></tr>\n<tr data-snapshot="bk-0412"><td>bk-0412</td><td>On-demand</td><td>12 Mar 16:41</td><td>40.8 GB</td><td>Available</td><td><button class="action-restore">Restore</button> <button class="action-copy">Copy to region</button> <button class="action-delete">Delete</button></td></tr>',
  ],
  [
    '<label for="target-instance">New instance name</label><input id="target-instance" name="target_instance" value="orders-prod-restore">',
    '<label for="new-instance">Name for the restored database</label><input id="new-instance" name="new_instance_name" value="orders-prod-restore">',
  ],
]);

const backupPair: PagePair = {
  name: 'database-backup-console-b20',
  v1: backupV1,
  v2: backupV2,
  targets: [
    {
      selector: '#create-backup',
      expect: '[data-action="snapshot"]',
      change: 'id replaced by data-action, backups renamed snapshots',
    },
    {
      selector: '#backup-frequency',
      expect: '#schedule-interval',
      change: 'id and name renamed, label reworded',
    },
    {
      selector: '#retention-days',
      expect: '#retention',
      change: 'number input became a select of fixed periods, label reworded',
    },
    {
      selector: '#pitr-toggle',
      expect: 'input[name="point_in_time_recovery"]',
      change: 'id removed, name expanded, became a switch, label reworded',
    },
    {
      selector: 'tr[data-backup="bk-0412"] .restore-btn',
      expect: 'tr[data-snapshot="bk-0412"] .action-restore',
      change: 'row attribute and button class renamed, in-progress row inserted above',
    },
    {
      selector: 'tr[data-backup="bk-0412"] .download-btn',
      expect: null,
      change: 'download removed; a Copy to region button sits in the same slot',
    },
    {
      selector: '#encryption-key',
      expect: null,
      change: 'encryption key selector removed from the schedule form',
    },
    {
      selector: 'input[name="target_instance"]',
      expect: '#new-instance',
      change: 'id and name renamed, label reworded',
    },
  ],
};

export const BLIND20_PAIRS: readonly PagePair[] = [
  audiobookPair,
  profilesPair,
  streamDashPair,
  royaltyPair,
  ebookPair,
  seasonPair,
  tollPair,
  busPair,
  parkingPair,
  carSharePair,
  cyclePair,
  telehealthPair,
  gpFormPair,
  vaxPair,
  cpapPair,
  disputePair,
  budgetPair,
  cryptoPair,
  bnplPair,
  isaPair,
  promoPair,
  synonymsPair,
  suppressionPair,
  backupPair,
];
