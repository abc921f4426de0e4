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
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'tr', 'li', 'dt', 'dd', 'legend', 'caption', 'p', 'span',
    'strong', 'em', 'small', 'b', 'i', 'code', 'time', 'output', 'progress', 'meter', 'svg', 'details']);
  const BOXES = new Set(['div', 'section', 'article', 'aside']);
  const CARD_TEXT = 120;
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim().slice(0, 200);
  const win = window;
  // A form's named controls shadow the form's own properties, and a named image or form shadows
  // the document's: with <input name="children"> inside, form.children is that input, and with
  // <input name="id">, form.id is. Every DOM read goes through the prototypes, never the node.
  const getter = (proto, key) => { const g = Object.getOwnPropertyDescriptor(proto, key).get; return (n) => g.call(n); };
  const method = (proto, key) => { const f = proto[key]; return (n, ...a) => f.apply(n, a); };
  const EP = Element.prototype, NP = Node.prototype, HP = HTMLElement.prototype, DP = Document.prototype;
  const tagName = getter(EP, 'tagName');
  const tagOf = (el) => tagName(el).toLowerCase();
  const parentOf = getter(NP, 'parentElement');
  const childrenOf = getter(EP, 'children');
  const childNodesOf = getter(NP, 'childNodes');
  const nodeTypeOf = getter(NP, 'nodeType');
  const previousOf = getter(EP, 'previousElementSibling');
  const textContentOf = getter(NP, 'textContent');
  const innerTextOf = getter(HP, 'innerText');
  const editable = getter(HP, 'isContentEditable');
  const styleOf = getter(HP, 'style');
  const attr = method(EP, 'getAttribute');
  const hasAttr = method(EP, 'hasAttribute');
  const attrNames = method(EP, 'getAttributeNames');
  const closest = method(EP, 'closest');
  const contains = method(NP, 'contains');
  const rectOf = method(EP, 'getBoundingClientRect');
  const byTag = method(EP, 'getElementsByTagName');
  const all = method(EP, 'querySelectorAll');
  const reveal = method(EP, 'scrollIntoView');
  const idOf = (el) => attr(el, 'id') || null;
  const isHtml = (el) => el instanceof HTMLElement;
  const doc = {
    body: getter(DP, 'body')(document),
    root: getter(DP, 'documentElement')(document),
    all: (sel) => method(DP, 'querySelectorAll')(document, sel),
    byId: (id) => method(DP, 'getElementById')(document, id),
    at: (xpath) => method(DP, 'evaluate')(document, xpath, document, null, 9, null).singleNodeValue,
  };

  const visible = (el) => {
    const r = rectOf(el);
    if (r.width <= 0 || r.height <= 0) return false;
    const st = win.getComputedStyle(el);
    return st.visibility !== 'hidden' && st.display !== 'none' && parseFloat(st.opacity || '1') > 0;
  };

  const ownText = (el) => {
    let t = '';
    for (const n of childNodesOf(el)) if (nodeTypeOf(n) === 3) t += n.nodeValue + ' ';
    return clean(t);
  };

  const textOf = (el) => {
    const tag = tagOf(el);
    if (tag === 'input' || tag === 'textarea' || tag === 'select') return '';
    if (!isHtml(el)) return clean(textContentOf(el));
    // An element with no rendered text still says what it holds: the items of a closed <details>
    // (a menu; its subtree is skipped, content-visibility: hidden) have boxes but an empty innerText.
    return clean(innerTextOf(el)) || clean(textContentOf(el));
  };

  // A fieldset whose only fields are two or more radio buttons of one name is one choice, as a
  // select is: a redesign turns either into the other, and a test names the group by its legend.
  const radioGroup = (el) => {
    if (tagOf(el) !== 'fieldset') return false;
    const fields = Array.from(all(el, 'input, select, textarea'));
    if (fields.length < 2) return false;
    const name = attr(fields[0], 'name');
    return !!name && fields.every((f) => tagOf(f) === 'input' && (attr(f, 'type') || '').toLowerCase() === 'radio' && attr(f, 'name') === name);
  };
  const legendOf = (el) => {
    for (const c of childrenOf(el)) if (tagOf(c) === 'legend') return clean(textOf(c));
    return '';
  };
  const implicitRole = (el) => {
    const tag = tagOf(el);
    const type = (attr(el, 'type') || 'text').toLowerCase();
    switch (tag) {
      case 'a': return hasAttr(el, 'href') ? 'link' : null;
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
      case 'img': return attr(el, 'alt') === '' ? 'presentation' : 'img';
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
      case 'fieldset': return radioGroup(el) ? 'radiogroup' : null;
      case 'summary': return 'button';
      case 'progress': return 'progressbar';
      default: return null;
    }
  };

  const labelText = (el) => {
    const parts = [];
    const id = idOf(el);
    if (id) {
      for (const l of doc.all('label[for]')) if (attr(l, 'for') === id) parts.push(textOf(l));
    }
    const wrap = closest(el, 'label');
    if (wrap) parts.push(textOf(wrap));
    return clean(parts.join(' '));
  };

  const accessibleName = (el) => {
    const by = attr(el, 'aria-labelledby');
    if (by) {
      const t = by.split(/\s+/).map((id) => doc.byId(id)).filter(Boolean).map(textOf).join(' ');
      if (clean(t)) return clean(t);
    }
    const aria = attr(el, 'aria-label');
    if (aria && clean(aria)) return clean(aria);
    const tag = tagOf(el);
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      const type = (attr(el, 'type') || '').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) return clean(el.value || type);
      if (type === 'image') return clean(attr(el, 'alt') || '');
      const l = labelText(el);
      if (l) return l;
      return clean(attr(el, 'title') || attr(el, 'placeholder') || '');
    }
    if (tag === 'img') return clean(attr(el, 'alt') || attr(el, 'title') || '');
    const legend = radioGroup(el) ? legendOf(el) : '';
    if (legend) return legend;
    const t = textOf(el);
    if (t) return t;
    return clean(attr(el, 'title') || '');
  };

  const xpathOf = (el) => {
    const steps = [];
    for (let n = el; n && nodeTypeOf(n) === 1; n = parentOf(n)) {
      const tag = tagOf(n);
      let i = 1;
      for (let s = previousOf(n); s; s = previousOf(s)) if (tagName(s) === tagName(n)) i++;
      steps.unshift(tag + '[' + i + ']');
    }
    return '/' + steps.join('/');
  };

  const indexPathOf = (el) => {
    const path = [];
    for (let n = el; n && parentOf(n); n = parentOf(n)) {
      path.unshift(Array.prototype.indexOf.call(childrenOf(parentOf(n)), n));
    }
    return path;
  };

  const classesOf = (el) => {
    const c = attr(el, 'class');
    return c ? c.split(/\s+/).filter(Boolean) : [];
  };

  const boxOf = (el) => {
    const r = rectOf(el);
    return { x: Math.round(r.x + win.scrollX), y: Math.round(r.y + win.scrollY),
      width: Math.round(r.width), height: Math.round(r.height) };
  };

  // Texts of visible leaf-ish elements near a box: what a person sees around the element.
  let textBoxes = null;
  const texts = () => {
    if (textBoxes) return textBoxes;
    textBoxes = [];
    for (const el of doc.body ? all(doc.body, '*') : []) {
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
      if (tb.el === el || contains(el, tb.el) || contains(tb.el, el)) continue;
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
    const cls = attr(n, 'class');
    if (!cls || !parentOf(n)) return false;
    const said = textOf(el);
    if (!said) return false;
    // A few alike siblings tell: a grid of a thousand cards must not cost a million comparisons.
    let looked = 0;
    for (const sib of childrenOf(parentOf(n))) {
      if (sib === n || tagName(sib) !== tagName(n) || attr(sib, 'class') !== cls) continue;
      for (const twin of byTag(sib, tagName(el))) if (textOf(twin) === said) return true;
      if (++looked >= 4) break;
    }
    return false;
  };
  const isItem = (n, el) =>
    ITEMS.has(tagOf(n)) || ITEM_ROLES.has(attr(n, 'role')) || repeatedFor(n, el);
  const within = (n) => n && n !== doc.body && n !== doc.root;
  const CONTROLS = 'button, a[href], select, summary, [role=button], [role=link], [role=tab], [role=menuitem]';
  const isControl = (n) => closest(n, CONTROLS) !== null;
  const textsIn = (n, el) => texts().filter((tb) => contains(n, tb.el) && !contains(el, tb.el));
  const joined = (inside) => {
    const out = [];
    for (const tb of inside) { if (!out.includes(tb.t)) out.push(tb.t); if (out.length >= 8) break; }
    return out.join(' | ').slice(0, 200);
  };
  // A group that names itself (role=group with an aria-label: "Plot size") is a container
  // with a heading, however few its other texts.
  const GROUPS = new Set(['group', 'radiogroup', 'toolbar', 'tablist', 'menu', 'menubar', 'listbox']);
  const groupName = (n) => {
    if (!GROUPS.has(attr(n, 'role'))) return '';
    const by = (attr(n, 'aria-labelledby') || '').split(/\s+/).map((id) => id && doc.byId(id)).filter(Boolean);
    return clean(by.length ? by.map((b) => textContentOf(b) || '').join(' ') : attr(n, 'aria-label') || '');
  };
  // The texts of the item (row, list item, card) holding a group a few levels up, if one does.
  const itemAround = (n, el) => {
    let up = parentOf(n);
    for (let k = 0; k < ITEM_REACH && within(up) && !isItem(up, el); k++) up = parentOf(up);
    return within(up) && isItem(up, el) ? textsIn(up, el) : undefined;
  };
  const containerOf = (el) => {
    for (let n = parentOf(el); within(n); n = parentOf(n)) {
      const inside = textsIn(n, el);
      const name = groupName(n);
      if (name) return joined(itemAround(n, el) ?? [{ t: name.slice(0, 60) }, ...inside]);
      const heading = inside.some((tb) => HEADINGS.has(tagOf(tb.el)) || attr(tb.el, 'role') === 'heading');
      const item = !heading && isItem(n, el);
      if (!heading && inside.length < 2 && !(item && inside.length >= 1)) continue;
      if (!heading && !item) {
        const around = itemAround(n, el);
        if (around) return joined(around);
        // Nor is it when it holds only the other actions: a card's "Archive | Book interview"
        // is the same on every card; the card around it says whose it is.
        if (inside.every((tb) => isControl(tb.el))) {
          let card = parentOf(n);
          // Only as far as a card: past eight texts it is a section, whose first texts are not this item's.
          for (let k = 0; k < ITEM_REACH && within(card); k++, card = parentOf(card)) {
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
    for (let n = parentOf(el); within(n) && out.length < 4; n = parentOf(n)) {
      out.push({ tag: tagOf(n), id: idOf(n), classes: classesOf(n) });
    }
    return out;
  };

  const fingerprint = (el) => {
    const attributes = {};
    for (const k of KEPT) { const v = attr(el, k); if (v !== null) attributes[k] = clean(v); }
    const testIds = {};
    for (const k of TEST_IDS) { const v = attr(el, k); if (v !== null) testIds[k] = v; }
    const b = boxOf(el);
    return {
      v: 2,
      tag: tagOf(el),
      id: idOf(el),
      name: attr(el, 'name'),
      classes: classesOf(el),
      text: textOf(el),
      role: attr(el, 'role') || implicitRole(el),
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
      ...(tagOf(el) === 'select' && el.options
        ? { options: Array.from(el.options).slice(0, 200).map((o) => ({ value: o.value, label: clean(o.label || o.textContent) })) }
        : {}),
    };
  };

  const isCandidate = (el) => {
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'head' || tag === 'meta' || tag === 'link') return false;
    if (!visible(el)) return false;
    if (INTERACTIVE.has(tag)) return true;
    if (hasAttr(el, 'role') || hasAttr(el, 'onclick') || hasAttr(el, 'tabindex') || (isHtml(el) && editable(el))) return true;
    for (const k of TEST_IDS) if (hasAttr(el, k)) return true;
    if (ownText(el) !== '') return true;
    if (radioGroup(el)) return true;
    // A tile or card that a test names by its id or a data attribute (a KPI tile, a summary box)
    // holds its text in its children only; it is one thing a test asserts on while its text is short.
    // A data attribute without a value is a framework's mark (Vue's scoped data-v-…), on every box;
    // a box around a single element is a wrapper, which that element already stands for.
    if (!BOXES.has(tag) || childrenOf(el).length < 2) return false;
    const named = idOf(el) || attrNames(el).some((n) => n.startsWith('data-') && attr(el, n) !== '');
    if (!named) return false;
    const text = textOf(el);
    return text !== '' && text.length <= CARD_TEXT;
  };

  if (arg.mode === 'one') return fingerprint(root);
  if (arg.mode === 'mark') {
    const el = doc.at(arg.xpath);
    if (!el) return false;
    const style = isHtml(el) ? styleOf(el) : el.style;
    style.outline = '3px solid ' + (arg.color || '#e0115f');
    style.outlineOffset = '2px';
    reveal(el, { block: 'center' });
    return true;
  }
  const out = [];
  for (const el of doc.body ? all(doc.body, '*') : []) if (isCandidate(el)) out.push(fingerprint(el));
  return out;
}`;
