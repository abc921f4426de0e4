/**
 * The page-side half of the fingerprint collector, as JavaScript source.
 *
 * It is kept as source text (and turned into a function with `new Function`)
 * because Playwright serialises a page function with `toString()`: compiled
 * TypeScript may carry helpers (esbuild's `__name`) that do not exist in the
 * page, and the project compiles without the DOM library. The text is plain
 * ES2020 that runs in any Chromium. It defines one function
 * `(root, arg) => result`: with `arg.mode === 'one'` it fingerprints `root`
 * (an element); with `'all'` it lists every visible candidate element of the
 * document; with `'mark'` it outlines the element at `arg.xpath`.
 */
export const COLLECTOR_SOURCE = String.raw`(root, arg) => {
  const TEST_IDS = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa'];
  const KEPT = ['type', 'placeholder', 'href', 'src', 'alt', 'title', 'aria-label', 'for', 'value',
    'action', 'method', 'rel', 'target', 'autocomplete', 'aria-labelledby', 'aria-describedby'];
  const INTERACTIVE = new Set(['a', 'button', 'input', 'select', 'textarea', 'option', 'summary', 'label', 'img',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'li', 'dt', 'dd', 'legend', 'caption', 'p', 'span',
    'strong', 'em', 'small', 'b', 'i', 'code', 'time', 'output', 'progress', 'meter', 'svg', 'details']);
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim().slice(0, 200);
  const doc = document;
  const win = window;

  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const st = win.getComputedStyle(el);
    return st.visibility !== 'hidden' && st.display !== 'none' && parseFloat(st.opacity || '1') > 0;
  };

  const ownText = (el) => {
    let t = '';
    for (const n of el.childNodes) if (n.nodeType === 3) t += n.nodeValue + ' ';
    return clean(t);
  };

  const textOf = (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') return '';
    return clean(el.innerText !== undefined ? el.innerText : el.textContent);
  };

  const implicitRole = (el) => {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    switch (tag) {
      case 'a': return el.hasAttribute('href') ? 'link' : null;
      case 'button': return 'button';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return 'searchbox';
        if (type === 'hidden') return null;
        return 'textbox';
      case 'textarea': return 'textbox';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'ul': case 'ol': return 'list';
      case 'li': return 'listitem';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return 'columnheader';
      case 'dialog': return 'dialog';
      case 'form': return 'form';
      case 'summary': return 'button';
      case 'progress': return 'progressbar';
      default: return null;
    }
  };

  const labelText = (el) => {
    const parts = [];
    if (el.id) {
      for (const l of doc.querySelectorAll('label[for]')) if (l.getAttribute('for') === el.id) parts.push(textOf(l));
    }
    const wrap = el.closest('label');
    if (wrap) parts.push(textOf(wrap));
    return clean(parts.join(' '));
  };

  const accessibleName = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const t = by.split(/\s+/).map((id) => doc.getElementById(id)).filter(Boolean).map(textOf).join(' ');
      if (clean(t)) return clean(t);
    }
    const aria = el.getAttribute('aria-label');
    if (aria && clean(aria)) return clean(aria);
    const tag = el.tagName.toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) return clean(el.value || type);
      if (type === 'image') return clean(el.getAttribute('alt') || '');
      const l = labelText(el);
      if (l) return l;
      return clean(el.getAttribute('title') || el.getAttribute('placeholder') || '');
    }
    if (tag === 'img') return clean(el.getAttribute('alt') || el.getAttribute('title') || '');
    const t = textOf(el);
    if (t) return t;
    return clean(el.getAttribute('title') || '');
  };

  const xpathOf = (el) => {
    const steps = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const tag = n.tagName.toLowerCase();
      let i = 1;
      for (let s = n.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === n.tagName) i++;
      steps.unshift(tag + '[' + i + ']');
    }
    return '/' + steps.join('/');
  };

  const indexPathOf = (el) => {
    const path = [];
    for (let n = el; n && n.parentElement; n = n.parentElement) {
      path.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
    }
    return path;
  };

  const classesOf = (el) => {
    const c = el.getAttribute('class');
    return c ? c.split(/\s+/).filter(Boolean) : [];
  };

  const boxOf = (el) => {
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.x + win.scrollX), y: Math.round(r.y + win.scrollY),
      width: Math.round(r.width), height: Math.round(r.height) };
  };

  // Texts of visible leaf-ish elements near a box: what a person sees around the element.
  let textBoxes = null;
  const texts = () => {
    if (textBoxes) return textBoxes;
    textBoxes = [];
    for (const el of doc.body ? doc.body.querySelectorAll('*') : []) {
      const t = ownText(el);
      if (!t || !visible(el)) continue;
      textBoxes.push({ el, t: t.slice(0, 60), b: boxOf(el) });
    }
    return textBoxes;
  };
  const gap = (a, b) => {
    const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width));
    const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height));
    return Math.hypot(dx, dy);
  };
  const neighborsOf = (el, b) => {
    const near = [];
    for (const tb of texts()) {
      if (tb.el === el || el.contains(tb.el) || tb.el.contains(el)) continue;
      const d = gap(b, tb.b);
      if (d <= 60) near.push({ d, t: tb.t });
    }
    near.sort((p, q) => p.d - q.d);
    const out = [];
    for (const n of near) { if (!out.includes(n.t)) out.push(n.t); if (out.length >= 6) break; }
    return out;
  };

  // The text of the element's container (row, card, section): the nearest
  // ancestor that holds a heading or at least two texts besides the element's
  // own — or one, for an item (table row, list item, figure, article), whose one text names it.
  // The texts of the ancestors on the way count too: in <li>Canada <button>Remove</button></li>
  // "Canada" is the list item's own text, and it is what tells this Remove from the others.
  // A group of actions is not the container when an item holds it a few levels up: the
  // "Call | Email | Log visit" cell of a table row says nothing of whose row it is, the row does.
  const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'dt', 'figcaption']);
  const ITEMS = new Set(['tr', 'li', 'figure', 'article']);
  const ITEM_ROLES = new Set(['row', 'listitem', 'article']);
  const ITEM_REACH = 3;
  // A repeated component is an item too, when its siblings hold the element's look-alikes: a
  // div.card among div.card siblings, each with its own "View" link, is one listing of a grid.
  const repeatedFor = (n, el) => {
    const cls = n.getAttribute('class');
    if (!cls || !n.parentElement) return false;
    const said = textOf(el);
    if (!said) return false;
    // A few alike siblings tell: a grid of a thousand cards must not cost a million comparisons.
    let looked = 0;
    for (const sib of n.parentElement.children) {
      if (sib === n || sib.tagName !== n.tagName || sib.getAttribute('class') !== cls) continue;
      for (const twin of sib.getElementsByTagName(el.tagName)) if (textOf(twin) === said) return true;
      if (++looked >= 4) break;
    }
    return false;
  };
  const isItem = (n, el) =>
    ITEMS.has(n.tagName.toLowerCase()) || ITEM_ROLES.has(n.getAttribute('role')) || repeatedFor(n, el);
  const within = (n) => n && n !== doc.body && n !== doc.documentElement;
  const CONTROLS = 'button, a[href], select, summary, [role=button], [role=link], [role=tab], [role=menuitem]';
  const isControl = (n) => n.closest(CONTROLS) !== null;
  const textsIn = (n, el) => texts().filter((tb) => n.contains(tb.el) && !el.contains(tb.el));
  const joined = (inside) => {
    const out = [];
    for (const tb of inside) { if (!out.includes(tb.t)) out.push(tb.t); if (out.length >= 8) break; }
    return out.join(' | ').slice(0, 200);
  };
  // A group that names itself (role=group with an aria-label: "Plot size") is a container
  // with a heading, however few its other texts.
  const GROUPS = new Set(['group', 'radiogroup', 'toolbar', 'tablist', 'menu', 'menubar', 'listbox']);
  const groupName = (n) => {
    if (!GROUPS.has(n.getAttribute('role'))) return '';
    const by = (n.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => id && doc.getElementById(id)).filter(Boolean);
    return clean(by.length ? by.map((b) => b.textContent || '').join(' ') : n.getAttribute('aria-label') || '');
  };
  // The texts of the item (row, list item, card) holding a group a few levels up, if one does.
  const itemAround = (n, el) => {
    let up = n.parentElement;
    for (let k = 0; k < ITEM_REACH && within(up) && !isItem(up, el); k++) up = up.parentElement;
    return within(up) && isItem(up, el) ? textsIn(up, el) : undefined;
  };
  const containerOf = (el) => {
    for (let n = el.parentElement; within(n); n = n.parentElement) {
      const inside = textsIn(n, el);
      const name = groupName(n);
      if (name) return joined(itemAround(n, el) ?? [{ t: name.slice(0, 60) }, ...inside]);
      const heading = inside.some((tb) => HEADINGS.has(tb.el.tagName.toLowerCase()) || tb.el.getAttribute('role') === 'heading');
      const item = !heading && isItem(n, el);
      if (!heading && inside.length < 2 && !(item && inside.length >= 1)) continue;
      if (!heading && !item) {
        const around = itemAround(n, el);
        if (around) return joined(around);
        // Nor is it when it holds only the other actions: a card's "Archive | Book interview"
        // is the same on every card; the card around it says whose it is.
        if (inside.every((tb) => isControl(tb.el))) {
          let card = n.parentElement;
          // Only as far as a card: past eight texts it is a section, whose first texts are not this item's.
          for (let k = 0; k < ITEM_REACH && within(card); k++, card = card.parentElement) {
            const cardTexts = textsIn(card, el);
            if (cardTexts.length > 8) break;
            if (cardTexts.some((tb) => !isControl(tb.el))) return joined(cardTexts);
          }
        }
      }
      return joined(inside);
    }
    return '';
  };

  const ancestorsOf = (el) => {
    const out = [];
    for (let n = el.parentElement; n && n !== doc.body && n !== doc.documentElement && out.length < 4; n = n.parentElement) {
      out.push({ tag: n.tagName.toLowerCase(), id: n.id || null, classes: classesOf(n) });
    }
    return out;
  };

  const fingerprint = (el) => {
    const attributes = {};
    for (const k of KEPT) { const v = el.getAttribute(k); if (v !== null) attributes[k] = clean(v); }
    const testIds = {};
    for (const k of TEST_IDS) { const v = el.getAttribute(k); if (v !== null) testIds[k] = v; }
    const b = boxOf(el);
    return {
      v: 2,
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      name: el.getAttribute('name'),
      classes: classesOf(el),
      text: textOf(el),
      role: el.getAttribute('role') || implicitRole(el),
      accessibleName: accessibleName(el) || null,
      attributes,
      testIds,
      xpath: xpathOf(el),
      indexPath: indexPathOf(el),
      box: b,
      neighbors: neighborsOf(el, b),
      container: containerOf(el),
      ancestors: ancestorsOf(el),
      visible: visible(el),
    };
  };

  const isCandidate = (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'head' || tag === 'meta' || tag === 'link') return false;
    if (!visible(el)) return false;
    if (INTERACTIVE.has(tag)) return true;
    if (el.hasAttribute('role') || el.hasAttribute('onclick') || el.hasAttribute('tabindex') || el.isContentEditable) return true;
    for (const k of TEST_IDS) if (el.hasAttribute(k)) return true;
    return ownText(el) !== '';
  };

  if (arg.mode === 'one') return fingerprint(root);
  if (arg.mode === 'mark') {
    const el = doc.evaluate(arg.xpath, doc, null, 9, null).singleNodeValue;
    if (!el) return false;
    el.style.outline = '3px solid ' + (arg.color || '#e0115f');
    el.style.outlineOffset = '2px';
    el.scrollIntoView({ block: 'center' });
    return true;
  }
  const out = [];
  for (const el of doc.body ? doc.body.querySelectorAll('*') : []) if (isCandidate(el)) out.push(fingerprint(el));
  return out;
}`;
