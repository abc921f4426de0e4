/**
 * Corpus: media and publishing — a video player, a playlist, a podcast
 * episode, a news article, a photo album, a recipe, event tickets and a
 * forum thread. Controls that became icons, tracks and photos removed from
 * a list, a ticket type sold out and another on sale in its place, and
 * actions dropped from rows of look-alike buttons.
 */
import { type PagePair, page } from './page.js';

const playerV1 = page(
  'Watch',
  `<main><h1>Intro to tide pools</h1><div class="player"><video width="640" height="360" style="background:#000;display:block"></video>
<div class="row controls"><button id="play">Play</button><button id="mute">Mute</button><input type="range" id="volume" aria-label="Volume"><span id="time">0:00 / 12:41</span><button id="captions">CC</button><button id="quality">Quality</button><button id="fullscreen">Fullscreen</button></div></div>
<p>Uploaded by <a href="/c/oceanlab" id="channel">OceanLab</a> <button id="subscribe">Subscribe</button></p></main>`,
);

const playerV2 = page(
  'Watch',
  `<main><h1>Intro to tide pools</h1><div class="player"><video width="640" height="360" style="background:#000;display:block"></video>
<div class="row controls"><button class="ctl" aria-label="Play (k)">▶</button><button class="ctl" aria-label="Mute (m)">🔊</button><input type="range" class="vol" aria-label="Volume"><span class="time">0:00 / 12:41</span><button class="ctl" aria-label="Settings">⚙</button><button class="ctl" aria-label="Picture in picture">⧉</button><button class="ctl" aria-label="Full screen (f)">⛶</button></div></div>
<div class="row"><a href="/c/oceanlab" class="channel">OceanLab</a><button class="btn primary">Subscribe</button><button class="btn">Join</button></div></main>`,
);

const playlistV1 = page(
  'Playlist',
  `<main><h1>Morning run</h1><p class="muted">4 songs · 16 min</p><button id="play-all" class="btn primary">Play all</button> <button id="shuffle">Shuffle</button>
<ol class="tracks"><li class="row" id="t-1"><span>Golden Hour — Kaya</span><button class="play-track" aria-label="Play Golden Hour">▶</button><button class="remove-track">Remove</button></li>
<li class="row" id="t-2"><span>Northbound — The Pines</span><button class="play-track" aria-label="Play Northbound">▶</button><button class="remove-track">Remove</button></li>
<li class="row" id="t-3"><span>Static Sky — Mira</span><button class="play-track" aria-label="Play Static Sky">▶</button><button class="remove-track">Remove</button></li>
<li class="row" id="t-4"><span>Long Road — Ada V</span><button class="play-track" aria-label="Play Long Road">▶</button><button class="remove-track">Remove</button></li></ol></main>`,
);

const playlistV2 = page(
  'Playlist',
  `<main><h1>Morning run</h1><p class="muted">3 songs · 12 min</p><div class="row"><button class="btn primary play">Play</button><button class="icon" aria-label="Shuffle play">🔀</button></div>
<table class="tracks"><tr><td>1</td><td>Golden Hour</td><td>Kaya</td><td><button class="icon" aria-label="Play Golden Hour">▶</button></td><td><button class="icon" aria-label="Remove Golden Hour from playlist">✕</button></td></tr>
<tr><td>2</td><td>Static Sky</td><td>Mira</td><td><button class="icon" aria-label="Play Static Sky">▶</button></td><td><button class="icon" aria-label="Remove Static Sky from playlist">✕</button></td></tr>
<tr><td>3</td><td>Long Road</td><td>Ada V</td><td><button class="icon" aria-label="Play Long Road">▶</button></td><td><button class="icon" aria-label="Remove Long Road from playlist">✕</button></td></tr></table></main>`,
);

const podcastV1 = page(
  'Episode 88',
  `<main><h1>Episode 88: Soil is alive</h1><p class="muted">The Garden Hour · 48 min</p>
<div class="row"><button id="ep-play" class="btn primary">Play episode</button><button id="ep-follow">Subscribe</button><button id="ep-share">Share</button><a href="/ep88.mp3" id="ep-download">Download</a></div>
<h2>Show notes</h2><p>We talk compost, fungi and worms.</p><a href="/transcripts/88" id="transcript">Read the transcript</a>
<h2>More episodes</h2><ul><li><a href="/ep/87" id="ep-87">Episode 87: Seed swaps</a></li><li><a href="/ep/86" id="ep-86">Episode 86: Winter beds</a></li></ul></main>`,
);

const podcastV2 = page(
  'Episode 88',
  `<main><div class="row"><img alt="The Garden Hour cover" width="96" height="96"><div><h1>Soil is alive</h1><p class="muted">The Garden Hour · Episode 88 · 48 min</p></div></div>
<div class="row"><button class="btn primary">▶ Play</button><button class="btn">Follow</button><button class="icon" aria-label="Share episode">⤴</button><button class="icon" aria-label="Add to queue">＋</button></div>
<h2>About this episode</h2><p>We talk compost, fungi and worms.</p><a href="/transcripts/88">Transcript</a>
<h2>More episodes</h2><ul><li><a href="/ep/87">Seed swaps</a></li><li><a href="/ep/85">Autumn bulbs</a></li></ul></main>`,
);

const articleV1 = page(
  'Article',
  `<main><h1>City council approves new tram line</h1><p class="muted">By <a href="/authors/j-reyes" id="author">Julia Reyes</a> · 4 min read</p>
<div class="row"><button id="follow-author">Follow</button><button id="print">Print</button><button id="share-article">Share</button><a href="#comments" id="comments-link">42 comments</a></div>
<p>The line will connect the harbour with the university by 2028.</p>
<div class="card"><h3>Newsletter</h3><input id="nl-email" placeholder="Email address"><button id="nl-signup">Sign up</button></div></main>`,
);

const articleV2 = page(
  'Article',
  `<main><h1>City council approves new tram line</h1><p class="muted">By <a href="/authors/j-reyes">Julia Reyes</a> · 4 min read</p>
<div class="row"><button class="btn">Follow Julia Reyes</button><button class="btn">Listen</button><button class="btn">Save</button><a href="#comments">Comments (42)</a></div>
<p>The line will connect the harbour with the university by 2028.</p>
<div class="card"><h3>The morning briefing</h3><p>Get the day's top stories.</p><input type="email" name="email" placeholder="you@example.com" aria-label="Email address"><button class="btn primary">Subscribe</button></div></main>`,
);

const albumV1 = page(
  'Album',
  `<main><div class="row"><h1>Summer 2024</h1><button id="upload" class="btn primary">Upload photos</button><select id="album-sort"><option>Newest first</option><option>Oldest first</option></select></div>
<div class="grid3"><figure class="card" id="p-1"><img alt="Beach at sunset" width="200" height="120"><figcaption>Beach at sunset</figcaption><button class="del">Delete</button></figure>
<figure class="card" id="p-2"><img alt="Picnic in the park" width="200" height="120"><figcaption>Picnic in the park</figcaption><button class="del">Delete</button></figure>
<figure class="card" id="p-3"><img alt="Lighthouse" width="200" height="120"><figcaption>Lighthouse</figcaption><button class="del">Delete</button></figure></div></main>`,
);

const albumV2 = page(
  'Album',
  `<main><div class="row"><h1>Summer 2024</h1><button class="btn primary">Add photos</button><label for="order">Sort</label><select id="order"><option>Newest</option><option>Oldest</option></select></div>
<div class="grid3"><figure class="card photo"><img alt="Beach at sunset" width="200" height="120"><figcaption>Beach at sunset</figcaption><button class="icon" aria-label="Delete photo">🗑</button></figure>
<figure class="card photo"><img alt="Lighthouse" width="200" height="120"><figcaption>Lighthouse</figcaption><button class="icon" aria-label="Delete photo">🗑</button></figure>
<figure class="card photo"><img alt="Harbour boats" width="200" height="120"><figcaption>Harbour boats</figcaption><button class="icon" aria-label="Delete photo">🗑</button></figure></div></main>`,
);

const recipeV1 = page(
  'Recipe',
  `<main><h1>Lemon risotto</h1><div class="row"><a href="#method" id="jump">Jump to recipe</a><button id="print-recipe">Print recipe</button><button id="save-recipe">Save</button></div>
<div class="row"><label for="servings">Servings</label><input id="servings" type="number" value="4"></div>
<h2>Ingredients</h2><ul><li>300 g arborio rice</li><li>1 l stock</li><li>2 lemons</li></ul><button id="to-list">Add to shopping list</button>
<h2 id="method">Method</h2><ol><li>Toast the rice.</li><li>Add the stock slowly.</li></ol>
<form id="rate"><label for="rating">Rate this recipe</label><select id="rating"><option>5</option><option>4</option></select><button id="rate-btn">Rate</button></form></main>`,
);

const recipeV2 = page(
  'Recipe',
  `<main><h1>Lemon risotto</h1><div class="row"><a href="#method" class="btn">Jump to recipe</a><button class="btn">Save recipe</button><button class="btn">Share</button></div>
<div class="row"><button class="icon" aria-label="Fewer servings">−</button><span class="servings">4 servings</span><button class="icon" aria-label="More servings">+</button></div>
<h2>Ingredients</h2><ul><li>300 g arborio rice</li><li>1 l stock</li><li>2 lemons</li></ul><button class="btn">Add all to shopping list</button>
<h2 id="method">Method</h2><ol><li>Toast the rice.</li><li>Add the stock slowly.</li></ol>
<div class="card"><h3>Rate this recipe</h3><div class="row"><button class="star" aria-label="5 stars">★</button><button class="star" aria-label="4 stars">★</button></div></div></main>`,
);

const ticketsV1 = page(
  'Tickets',
  `<main><h1>Jazz on the Pier</h1><p class="muted">Sat 14 June · 19:00</p><table id="tickets"><tr><th>Ticket</th><th>Price</th><th>Quantity</th></tr>
<tr><td>General admission</td><td>£25</td><td><select id="qty-general"><option>0</option><option>1</option><option>2</option></select></td></tr>
<tr><td>Student</td><td>£15</td><td><select id="qty-student"><option>0</option><option>1</option><option>2</option></select></td></tr>
<tr><td>VIP with dinner</td><td>£85</td><td><select id="qty-vip"><option>0</option><option>1</option><option>2</option></select></td></tr></table>
<input id="promo" placeholder="Promo code"><button id="apply-promo">Apply</button>
<button id="checkout" class="btn primary">Checkout</button></main>`,
);

const ticketsV2 = page(
  'Tickets',
  `<main><h1>Jazz on the Pier</h1><p class="muted">Saturday 14 June, doors 18:30</p>
<div class="card row"><b>General admission</b><span>£25</span><select name="general" aria-label="General admission quantity"><option>0</option><option>1</option><option>2</option></select></div>
<div class="card row"><b>Early bird</b><span>£20</span><select name="earlybird" aria-label="Early bird quantity"><option>0</option><option>1</option><option>2</option></select></div>
<div class="card row"><b>VIP with dinner</b><span>£85</span><select name="vip" aria-label="VIP with dinner quantity"><option>0</option><option>1</option><option>2</option></select></div>
<details><summary>Have a promo code?</summary></details>
<button class="btn primary">Get tickets</button></main>`,
);

const forumV1 = page(
  'Thread',
  `<main><h1>Best way to store sourdough starter?</h1>
<article class="card" id="post-1"><p><b>breadhead</b> Fridge or counter?</p><div class="row"><button class="reply">Reply</button><button class="quote">Quote</button><button class="like">Like</button><button class="report">Report</button></div></article>
<article class="card" id="post-2"><p><b>crumb</b> Fridge, feed weekly.</p><div class="row"><button class="reply">Reply</button><button class="quote">Quote</button><button class="like">Like</button><button class="report">Report</button></div></article>
<textarea id="reply-box" placeholder="Write a reply"></textarea><button id="post-reply">Post reply</button></main>`,
);

const forumV2 = page(
  'Thread',
  `<main><h1>Best way to store sourdough starter?</h1>
<article class="card post"><p><b>breadhead</b> Fridge or counter?</p><div class="row"><button class="act">Reply</button><button class="act">Like</button><button class="act">Bookmark</button><button class="act muted">Flag</button></div></article>
<article class="card post"><p><b>crumb</b> Fridge, feed weekly.</p><div class="row"><button class="act">Reply</button><button class="act">Like</button><button class="act">Bookmark</button><button class="act muted">Flag</button></div></article>
<div class="composer" contenteditable="true" role="textbox" aria-label="Write a reply" style="min-height:40px;border:1px solid #ccc"></div><button class="btn primary">Reply</button></main>`,
);

/** Media and publishing. */
export const MEDIA_PAIRS: readonly PagePair[] = [
  {
    name: 'video-player',
    v1: playerV1,
    v2: playerV2,
    targets: [
      { selector: '#play', expect: '[aria-label="Play (k)"]', change: 'text → icon with aria-label' },
      { selector: '#mute', expect: '[aria-label="Mute (m)"]', change: 'text → icon with aria-label' },
      { selector: '#volume', expect: 'input.vol', change: 'id → class' },
      {
        selector: '#captions',
        expect: null,
        change: 'captions button removed; picture-in-picture among the icons',
      },
      { selector: '#quality', expect: '[aria-label="Settings"]', change: 'quality → settings icon' },
      {
        selector: '#fullscreen',
        expect: '[aria-label="Full screen (f)"]',
        change: 'text → icon with aria-label',
      },
      { selector: '#subscribe', expect: 'button.primary', change: 'id removed, moved into a row' },
    ],
  },
  {
    name: 'playlist',
    v1: playlistV1,
    v2: playlistV2,
    targets: [
      { selector: '#play-all', expect: 'button.play', change: 'relabeled Play all → Play' },
      { selector: '#shuffle', expect: '[aria-label="Shuffle play"]', change: 'text → icon' },
      {
        selector: '#t-3 .play-track',
        expect: '[aria-label="Play Static Sky"]',
        change: 'list → table, moved up',
      },
      { selector: '#t-2 .play-track', expect: null, change: 'track removed from the playlist' },
      { selector: '#t-2 .remove-track', expect: null, change: 'track removed from the playlist' },
      {
        selector: '#t-4 .remove-track',
        expect: '[aria-label="Remove Long Road from playlist"]',
        change: 'text → icon',
      },
    ],
  },
  {
    name: 'podcast-episode',
    v1: podcastV1,
    v2: podcastV2,
    targets: [
      { selector: '#ep-play', expect: 'button.primary', change: 'relabeled Play episode → ▶ Play' },
      {
        selector: '#ep-follow',
        expect: '.row button.btn:not(.primary)',
        change: 'relabeled Subscribe → Follow',
      },
      { selector: '#ep-share', expect: '[aria-label="Share episode"]', change: 'text → icon' },
      { selector: '#ep-download', expect: null, change: 'download removed; add to queue among the icons' },
      { selector: '#transcript', expect: 'a[href="/transcripts/88"]', change: 'relabeled' },
      { selector: '#ep-87', expect: 'a[href="/ep/87"]', change: 'episode number dropped from the title' },
      {
        selector: '#ep-86',
        expect: null,
        change: 'episode dropped from the list; another episode in its place',
      },
    ],
  },
  {
    name: 'news-article',
    v1: articleV1,
    v2: articleV2,
    targets: [
      { selector: '#author', expect: 'a[href="/authors/j-reyes"]', change: 'id removed' },
      {
        selector: '#follow-author',
        expect: '.row button:nth-of-type(1)',
        change: 'relabeled Follow → Follow Julia Reyes',
      },
      { selector: '#print', expect: null, change: 'print removed; Listen in its place' },
      { selector: '#share-article', expect: null, change: 'share removed; Save in its place' },
      { selector: '#comments-link', expect: 'a[href="#comments"]', change: 'relabeled' },
      { selector: '#nl-email', expect: 'input[name="email"]', change: 'id removed, placeholder reworded' },
      { selector: '#nl-signup', expect: '.card button.primary', change: 'relabeled Sign up → Subscribe' },
    ],
  },
  {
    name: 'photo-album',
    v1: albumV1,
    v2: albumV2,
    targets: [
      { selector: '#upload', expect: 'button.primary', change: 'relabeled Upload photos → Add photos' },
      { selector: '#album-sort', expect: '#order', change: 'renamed id, label added' },
      { selector: '#p-3 .del', expect: '.photo:nth-of-type(2) button', change: 'text → icon, moved up' },
      { selector: '#p-2 .del', expect: null, change: 'photo deleted; a new photo at the end' },
    ],
  },
  {
    name: 'recipe',
    v1: recipeV1,
    v2: recipeV2,
    targets: [
      { selector: '#jump', expect: 'a[href="#method"]', change: 'id removed, styled as a button' },
      { selector: '#print-recipe', expect: null, change: 'print removed; the buttons shifted left' },
      {
        selector: '#save-recipe',
        expect: '.row button.btn:nth-of-type(1)',
        change: 'relabeled Save → Save recipe',
      },
      { selector: '#servings', expect: null, change: 'number input replaced by − / + buttons' },
      { selector: '#to-list', expect: 'ul + button.btn', change: 'relabeled' },
      { selector: '#rating', expect: null, change: 'rating select replaced by star buttons' },
    ],
  },
  {
    name: 'event-tickets',
    v1: ticketsV1,
    v2: ticketsV2,
    targets: [
      { selector: '#qty-general', expect: 'select[name="general"]', change: 'table → cards, id → name' },
      { selector: '#qty-student', expect: null, change: 'student tickets sold out; early bird in its place' },
      { selector: '#qty-vip', expect: 'select[name="vip"]', change: 'table → cards, id → name' },
      { selector: '#promo', expect: null, change: 'promo field folded into a disclosure' },
      { selector: '#checkout', expect: 'button.primary', change: 'relabeled Checkout → Get tickets' },
    ],
  },
  {
    name: 'forum-thread',
    v1: forumV1,
    v2: forumV2,
    targets: [
      {
        selector: '#post-1 .reply',
        expect: '.post:nth-of-type(1) button:nth-of-type(1)',
        change: 'ids removed',
      },
      {
        selector: '#post-2 .quote',
        expect: null,
        change: 'quote removed; bookmark among the look-alike buttons',
      },
      {
        selector: '#post-2 .report',
        expect: '.post:nth-of-type(2) button:nth-of-type(4)',
        change: 'relabeled Report → Flag',
      },
      {
        selector: '#post-1 .like',
        expect: '.post:nth-of-type(1) button:nth-of-type(2)',
        change: 'moved one slot left',
      },
      { selector: '#reply-box', expect: 'div.composer', change: 'textarea → contenteditable' },
      { selector: '#post-reply', expect: 'button.primary', change: 'relabeled Post reply → Reply' },
    ],
  },
];
