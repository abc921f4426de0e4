/** Corpus: navigation bars, landing pages, pricing, blog, documentation, footers. */
import { edit, type PagePair, page } from './page.js';

const navV1 = page(
  'Home — Brightside',
  `<header><a href="/" id="logo" class="logo">Brightside</a><nav id="main-nav"><a href="/product" id="nav-product">Product</a><a href="/solutions" id="nav-solutions">Solutions</a><a href="/pricing" id="nav-pricing">Pricing</a><a href="/blog" id="nav-blog">Blog</a></nav><a href="/login" id="nav-login">Log in</a><a href="/signup" id="nav-signup" class="btn primary">Get started</a></header>
<main><h1>Work brighter</h1><p>All your team's work in one place.</p></main>`,
);

const navV2 = page(
  'Home — Brightside',
  `<header class="topbar"><a href="/" class="brand" aria-label="Brightside home">Brightside</a><nav class="menu"><a href="/product">Platform</a><a href="/pricing">Pricing</a><a href="/customers">Customers</a><a href="/resources/blog">Blog</a></nav><div class="row"><a href="/login" class="ghost">Sign in</a><a href="/signup" class="btn primary">Start for free</a></div></header>
<main><h1>Work brighter</h1><p>All your team's work in one place.</p></main>`,
);

const landingV1 = page(
  'Brightside — Team workspace',
  `<main><section class="hero"><h1>Plan, track and ship</h1><p>Brightside keeps projects moving.</p>
<form class="row" id="hero-form"><input id="hero-email" type="email" placeholder="Work email"><button id="hero-cta">Try it free</button></form>
<a href="/demo" id="watch-demo">Watch the demo</a></section>
<section class="grid3"><div class="card"><h3>Boards</h3><a href="/features/boards" id="learn-boards">Learn more</a></div><div class="card"><h3>Timelines</h3><a href="/features/timelines" id="learn-timelines">Learn more</a></div><div class="card"><h3>Automations</h3><a href="/features/automations" id="learn-automations">Learn more</a></div></section></main>`,
);

const landingV2 = page(
  'Brightside — Team workspace',
  `<main><section class="hero grid"><div><h1>Plan, track and ship faster</h1><p>Brightside keeps projects moving.</p><a href="/demo" class="video-link">▶ Watch a 2-minute demo</a></div>
<form class="signup-inline"><input type="email" name="email" placeholder="Enter your work email"><button class="btn primary">Get started free</button></form></section>
<section class="grid3"><div class="card"><h3>Boards</h3><a href="/features/boards">Explore boards</a></div><div class="card"><h3>Timelines</h3><a href="/features/timelines">Explore timelines</a></div><div class="card"><h3>Docs</h3><a href="/features/docs">Explore docs</a></div></section></main>`,
);

const pricingV1 = page(
  'Pricing',
  `<main><h1>Pricing</h1><label class="row"><input type="checkbox" id="annual"> Pay annually (save 20%)</label>
<div class="grid3"><div class="card plan" id="plan-free"><h3>Free</h3><p class="price">$0</p><button id="choose-free">Choose Free</button></div>
<div class="card plan" id="plan-pro"><h3>Pro</h3><p class="price">$12</p><button id="choose-pro">Choose Pro</button></div>
<div class="card plan" id="plan-enterprise"><h3>Enterprise</h3><p class="price">Custom</p><a href="/contact-sales" id="contact-sales">Contact sales</a></div></div>
<a href="#faq" id="faq-link">Pricing FAQ</a></main>`,
);

const pricingV2 = edit(pricingV1, [
  [
    '<label class="row"><input type="checkbox" id="annual"> Pay annually (save 20%)</label>',
    '<div role="radiogroup" class="row"><label><input type="radio" name="billing" value="monthly"> Monthly</label><label><input type="radio" name="billing" value="yearly" checked> Yearly (save 20%)</label></div>',
  ],
  ['<button id="choose-free">Choose Free</button>', '<a href="/signup?plan=free" class="btn">Start free</a>'],
  [
    '<h3>Pro</h3><p class="price">$12</p><button id="choose-pro">Choose Pro</button>',
    '<span class="badge">Most popular</span><h3>Pro</h3><p class="price">$12</p><a href="/signup?plan=pro" class="btn primary">Start Pro trial</a>',
  ],
  [
    '<a href="/contact-sales" id="contact-sales">Contact sales</a>',
    '<a href="/contact-sales" class="btn">Talk to sales</a>',
  ],
  ['<a href="#faq" id="faq-link">Pricing FAQ</a>', ''],
]);

const blogV1 = page(
  'Why we moved to Postgres',
  `<main><article><h1 id="post-title">Why we moved to Postgres</h1><p class="byline">By <a href="/authors/mia" id="author">Mia Chen</a> · 8 min read</p>
<p>Our story of migrating from MongoDB.</p>
<div class="row share"><button id="share-twitter">Share on X</button><button id="share-linkedin">Share on LinkedIn</button><button id="copy-link">Copy link</button></div></article>
<section id="comments"><h2>Comments (2)</h2><textarea id="comment-body" placeholder="Add a comment"></textarea><button id="post-comment">Post comment</button></section></main>`,
);

const blogV2 = page(
  'Why we moved to Postgres',
  `<main><article class="post"><header class="post-header"><h1>Why we moved to Postgres</h1><p class="meta"><a href="/authors/mia" rel="author">Mia Chen</a> · March 3 · 8 min read</p></header>
<p>Our story of migrating from MongoDB.</p></article>
<aside class="share-rail"><button aria-label="Share on LinkedIn" class="share li">in</button><button aria-label="Copy link to this post" class="share copy">🔗</button></aside>
<section class="discussion"><h2>Discussion</h2><textarea name="comment" placeholder="Write a comment…"></textarea><button class="btn">Comment</button></section></main>`,
);

const docsV1 = page(
  'Install — Docs',
  `<div class="sidebar"><input id="docs-search" placeholder="Search docs"><ul><li><a href="/docs/install" id="toc-install">Installation</a></li><li><a href="/docs/config" id="toc-config">Configuration</a></li><li><a href="/docs/api" id="toc-api">API reference</a></li></ul></div>
<main style="margin-left:220px"><h1>Installation</h1><pre><code>npm install brightside</code></pre><button id="copy-snippet">Copy</button>
<p>Was this page helpful? <button id="helpful-yes">Yes</button><button id="helpful-no">No</button></p>
<a href="https://github.com/brightside/docs/edit/main/install.md" id="edit-page">Edit this page</a></main>`,
);

const docsV2 = edit(docsV1, [
  [
    '<input id="docs-search" placeholder="Search docs">',
    '<button class="search-trigger">Search docs… ⌘K</button>',
  ],
  [
    '<a href="/docs/install" id="toc-install">Installation</a>',
    '<a href="/docs/install" class="active">Install</a>',
  ],
  ['<a href="/docs/config" id="toc-config">Configuration</a>', '<a href="/docs/config">Configure</a>'],
  ['<button id="copy-snippet">Copy</button>', '<button class="copy-btn" aria-label="Copy code">⧉</button>'],
  [
    '<button id="helpful-yes">Yes</button><button id="helpful-no">No</button>',
    '<button class="vote" data-vote="up">👍 Yes</button><button class="vote" data-vote="down">👎 No</button>',
  ],
  ['id="edit-page">Edit this page</a>', 'class="edit-link">Edit on GitHub</a>'],
]);

const footerV1 = page(
  'Footer',
  `<main><h1>Company</h1><p>About us.</p></main>
<footer><div class="grid3"><div><h4>Product</h4><a href="/features" id="f-features">Features</a><br><a href="/changelog" id="f-changelog">Changelog</a></div>
<div><h4>Company</h4><a href="/about" id="f-about">About</a><br><a href="/careers" id="f-careers">Careers</a></div>
<div><h4>Newsletter</h4><form><input id="newsletter-email" type="email" placeholder="Email"><button id="subscribe">Subscribe</button></form></div></div>
<p><a href="/privacy" id="f-privacy">Privacy</a> · <a href="/terms" id="f-terms">Terms</a></p></footer>`,
);

const footerV2 = page(
  'Footer',
  `<main><h1>Company</h1><p>About us.</p></main>
<footer class="site-footer"><div class="grid"><div class="newsletter"><h4>Stay in the loop</h4><form class="row"><input type="email" name="email" placeholder="Your email"><button class="btn">Sign up</button></form></div>
<div class="grid3"><div><h4>Product</h4><a href="/features">Features</a><br><a href="/releases">Release notes</a></div><div><h4>Company</h4><a href="/about">About</a><br><a href="/jobs">Jobs</a></div><div><h4>Legal</h4><a href="/privacy">Privacy policy</a><br><a href="/terms">Terms of service</a></div></div></div></footer>`,
);

/** Navigation and content pages. */
export const CONTENT_PAIRS: readonly PagePair[] = [
  {
    name: 'navbar',
    v1: navV1,
    v2: navV2,
    targets: [
      { selector: '#nav-product', expect: 'a[href="/product"]', change: 'relabeled Product → Platform' },
      { selector: '#nav-pricing', expect: 'a[href="/pricing"]', change: 'id removed' },
      { selector: '#nav-blog', expect: 'a[href="/resources/blog"]', change: 'url changed, id removed' },
      { selector: '#nav-login', expect: 'a.ghost', change: 'relabeled Log in → Sign in' },
      { selector: '#nav-signup', expect: 'a[href="/signup"]', change: 'relabeled' },
      { selector: '#logo', expect: 'a.brand', change: 'id → class' },
      { selector: '#nav-solutions', expect: null, change: 'menu item deleted' },
    ],
  },
  {
    name: 'landing-hero',
    v1: landingV1,
    v2: landingV2,
    targets: [
      { selector: '#hero-email', expect: 'input[name="email"]', change: 'id removed, placeholder reworded' },
      { selector: '#hero-cta', expect: 'button.primary', change: 'relabeled Try it free → Get started free' },
      { selector: '#watch-demo', expect: 'a.video-link', change: 'moved, relabeled' },
      { selector: '#learn-boards', expect: 'a[href="/features/boards"]', change: 'relabeled' },
      { selector: '#learn-timelines', expect: 'a[href="/features/timelines"]', change: 'relabeled' },
      { selector: '#learn-automations', expect: null, change: 'feature card replaced' },
    ],
  },
  {
    name: 'pricing',
    v1: pricingV1,
    v2: pricingV2,
    targets: [
      { selector: '#choose-free', expect: 'a[href="/signup?plan=free"]', change: 'button → link, relabeled' },
      { selector: '#choose-pro', expect: 'a[href="/signup?plan=pro"]', change: 'button → link, relabeled' },
      { selector: '#contact-sales', expect: 'a[href="/contact-sales"]', change: 'relabeled' },
      { selector: '#annual', expect: 'input[value="yearly"]', change: 'checkbox → radio group' },
      { selector: '#faq-link', expect: null, change: 'link deleted' },
    ],
  },
  {
    name: 'blog-post',
    v1: blogV1,
    v2: blogV2,
    targets: [
      { selector: '#post-title', expect: 'h1', change: 'id removed, wrapped in a header' },
      { selector: '#author', expect: 'a[rel="author"]', change: 'id removed' },
      {
        selector: '#share-linkedin',
        expect: 'button.li',
        change: 'text → icon with aria-label, moved to a rail',
      },
      { selector: '#copy-link', expect: 'button.copy', change: 'icon, relabeled' },
      {
        selector: '#comment-body',
        expect: 'textarea[name="comment"]',
        change: 'id removed, placeholder reworded',
      },
      {
        selector: '#post-comment',
        expect: 'section.discussion button',
        change: 'relabeled Post comment → Comment',
      },
      { selector: '#share-twitter', expect: null, change: 'share button deleted' },
    ],
  },
  {
    name: 'docs-page',
    v1: docsV1,
    v2: docsV2,
    targets: [
      { selector: '#toc-install', expect: 'a[href="/docs/install"]', change: 'relabeled' },
      {
        selector: '#toc-config',
        expect: 'a[href="/docs/config"]',
        change: 'relabeled Configuration → Configure',
      },
      { selector: '#copy-snippet', expect: 'button.copy-btn', change: 'text → icon' },
      { selector: '#helpful-no', expect: '[data-vote="down"]', change: 'emoji added, id removed' },
      { selector: '#edit-page', expect: 'a.edit-link', change: 'relabeled' },
      { selector: '#docs-search', expect: null, change: 'input replaced by a command palette button' },
    ],
  },
  {
    name: 'footer-newsletter',
    v1: footerV1,
    v2: footerV2,
    targets: [
      { selector: '#newsletter-email', expect: 'input[name="email"]', change: 'moved to the first column' },
      { selector: '#subscribe', expect: 'footer button', change: 'relabeled Subscribe → Sign up' },
      { selector: '#f-about', expect: 'a[href="/about"]', change: 'id removed' },
      { selector: '#f-changelog', expect: 'a[href="/releases"]', change: 'renamed page' },
      {
        selector: '#f-privacy',
        expect: 'a[href="/privacy"]',
        change: 'moved into a Legal column, relabeled',
      },
      { selector: '#f-careers', expect: 'a[href="/jobs"]', change: 'relabeled Careers → Jobs' },
    ],
  },
];
