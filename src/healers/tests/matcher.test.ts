import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatch } from '../../cli/commands/tests.js';
import { unifiedDiff } from './diff.js';
import { evaluate, evaluateAt, matchCases, outcomeOf, outcomesAt } from './evaluate.js';
import { NO_EVIDENCE } from './evidence.js';
import { features, pageContext, unqualified, words } from './features.js';
import { type Fingerprint, isControl, parseCandidateList } from './fingerprint.js';
import { fitConfidence, fitWeights, learnModel, UNLISTED } from './learn.js';
import { atThreshold, confidenceOf, match, optionRenamed } from './matcher.js';
import { renderHtml, renderMarkdown } from './report.js';
import { editSimilarity, geometric, tokenJaccard, tokens } from './similarity.js';
import { fp } from './testing.js';

const login = fp({
  id: 'login-btn',
  classes: ['btn', 'btn-primary'],
  text: 'Log in',
  accessibleName: 'Log in',
  attributes: { type: 'submit' },
  xpath: '/html[1]/body[1]/main[1]/form[1]/button[1]',
  box: { x: 20, y: 220, width: 70, height: 32 },
  neighbors: ['Forgot your password?', 'Keep me signed in'],
  ancestors: [{ tag: 'form', id: 'login-form', classes: [] }],
});
const signin = fp({
  classes: ['button', 'button--primary'],
  text: 'Sign in',
  accessibleName: 'Sign in',
  attributes: { type: 'submit' },
  testIds: { 'data-testid': 'signin-submit' },
  xpath: '/html[1]/body[1]/main[1]/div[1]/form[1]/button[1]',
  box: { x: 24, y: 260, width: 72, height: 32 },
  neighbors: ['Keep me signed in', 'Forgot password?'],
  ancestors: [{ tag: 'form', id: null, classes: ['auth-form'] }],
});
const forgot = fp({
  tag: 'a',
  role: 'link',
  classes: ['forgot'],
  text: 'Forgot password?',
  accessibleName: 'Forgot password?',
  attributes: { href: '/forgot' },
  xpath: '/html[1]/body[1]/main[1]/div[1]/form[1]/a[1]',
  box: { x: 24, y: 200, width: 120, height: 18 },
  neighbors: ['Password'],
});
const heading = fp({
  tag: 'h2',
  role: 'heading',
  text: 'Sign in to Acme',
  accessibleName: 'Sign in to Acme',
  xpath: '/html[1]/body[1]/main[1]/div[1]/h2[1]',
  box: { x: 20, y: 40, width: 400, height: 30 },
});

describe('similarity functions', () => {
  it('compare strings, tokens and positions', () => {
    expect(editSimilarity('Sign in', 'Sign in')).toBe(1);
    expect(editSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 5);
    expect(tokens('loginSubmit-btn')).toEqual(['login', 'submit', 'btn']);
    expect(tokenJaccard('user-email', 'email_input')).toBeCloseTo(1 / 3, 5);
    expect(
      geometric({ x: 0, y: 0, width: 10, height: 10 }, { x: 30, y: 40, width: 10, height: 10 }, 100),
    ).toBeCloseTo(0.5, 5);
  });
});

describe('matcher', () => {
  it('heals a renamed and relabeled button to the same button on the new page', () => {
    const r = match(login, [heading, forgot, signin]);
    expect(r.decision).toBe('heal');
    expect(r.best?.element).toBe(signin);
    expect(r.best?.parts.tag).toBe(1);
    expect(r.confidence).toBeGreaterThanOrEqual(r.threshold);
  });

  it('abstains on two identical candidates and lists both with their scores', () => {
    const twin = { ...signin, xpath: `${signin.xpath}x` };
    const r = match(login, [signin, twin]);
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('ambiguous');
    expect(r.top).toHaveLength(2);
    expect(r.top[0]?.score).toBeCloseTo(r.top[1]?.score ?? -1, 2);
  });

  it('abstains below the threshold and when the page has no candidates', () => {
    expect(match(login, [signin, heading], { threshold: 0.99 }).reason).toBe('below-threshold');
    expect(match(login, []).reason).toBe('no-candidates');
    // A heading is no candidate for a button.
    expect(match(login, [heading]).reason).toBe('no-candidates');
  });

  it('refuses a candidate that another element of the old page claims (the target was deleted)', () => {
    const oldForgot = {
      ...forgot,
      xpath: '/html[1]/body[1]/main[1]/form[1]/a[1]',
      text: 'Forgot your password?',
      accessibleName: 'Forgot your password?',
    };
    const signup = fp({
      tag: 'a',
      role: 'link',
      id: 'signup-link',
      text: 'Create one',
      accessibleName: 'Create one',
      attributes: { href: '/signup' },
      xpath: '/html[1]/body[1]/main[1]/p[1]/a[1]',
      box: { x: 120, y: 300, width: 80, height: 18 },
    });
    // Without the old page, the surviving "Forgot password?" link could pass for the deleted sign-up link.
    const withOld = match(signup, [forgot], { threshold: 0, previous: [login, oldForgot, signup] });
    expect(withOld.decision).toBe('abstain');
    expect(withOld.claimedBy?.element.xpath).toBe(oldForgot.xpath);
  });

  it('is less confident when the runner-up is close or another old element claims the winner', () => {
    expect(confidenceOf(0.8, 0)).toBeLessThan(confidenceOf(0.8, 0.3));
    expect(confidenceOf(0.8, 0.3, 0.2)).toBeLessThan(confidenceOf(0.8, 0.3, -0.3));
    expect(confidenceOf(0.3, 0.3)).toBeLessThan(confidenceOf(0.8, 0.3));
    for (const x of [confidenceOf(0, 0, 0.5), confidenceOf(1, 1, -0.5)]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('abstains between elements that differ only in position (a duplicated row)', () => {
    const row = fp({ text: 'Remove', accessibleName: 'Remove', neighbors: ['Item'] });
    const copy = { ...row, xpath: '/html[1]/body[1]/main[1]/button[2]', box: { ...row.box, y: 140 } };
    const r = match(row, [row, copy], { previous: [row] });
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('ambiguous');
  });

  it('heals to the successor its old sibling does not take when the old page is known', () => {
    const mk = (n: number, name: string, y: number, id = `add-${n}`) =>
      fp({
        id,
        text: 'Add to cart',
        accessibleName: 'Add to cart',
        xpath: `/html[1]/body[1]/main[1]/div[${n}]/button[1]`,
        box: { x: 20, y, width: 90, height: 30 },
        neighbors: [name, '$120'],
      });
    const old1 = mk(1, 'Trail Runner', 100);
    const old2 = mk(2, 'Road Glide', 200);
    const new1 = {
      ...mk(1, 'Trail Runner', 110),
      id: null,
      text: 'Add to bag',
      accessibleName: 'Add to bag',
    };
    const new2 = { ...mk(2, 'Road Glide', 210), id: null, text: 'Add to bag', accessibleName: 'Add to bag' };
    // The page around the list: its title above and its footer below.
    const title = fp({
      tag: 'h1',
      role: 'heading',
      text: 'Running shoes',
      xpath: '/html[1]/body[1]/main[1]/h1[1]',
      box: { x: 20, y: 20, width: 300, height: 40 },
    });
    const footer = fp({
      tag: 'a',
      role: 'link',
      text: 'Contact us',
      xpath: '/html[1]/body[1]/footer[1]/a[1]',
      box: { x: 20, y: 400, width: 90, height: 20 },
    });
    const before = [title, old1, old2, footer];
    const r = match(old2, [title, new1, new2, footer], { previous: before, threshold: 0 });
    expect(r.best?.element).toBe(new2);
    expect(r.claim).toBeLessThan(0);
    // When the second product is gone, its sibling's successor is claimed by the sibling.
    const gone = match(old2, [title, new1, footer], { previous: before, threshold: 0 });
    expect(gone.decision).toBe('abstain');
    expect(gone.reason).toBe('claimed');
    expect(gone.claimedBy?.element).toBe(old1);
  });

  it('evaluates labelled cases into the benchmark metrics', () => {
    const m = evaluate([
      { old: login, candidates: [heading, signin], target: 1 },
      { old: login, candidates: [signin, { ...signin, xpath: 'x' }], target: 0 },
      { old: login, candidates: [heading], target: null },
    ]);
    expect(m).toMatchObject({
      present: 2,
      deleted: 1,
      accuracy: 0.5,
      abstain_rate: 0.5,
      wrong_heal_rate: 0,
      false_heal_rate_deleted: 0,
    });
  });

  it('counts a surviving element the collector did not list as a miss: healed is wrong, never right', () => {
    const unlisted = { old: login, candidates: [signin], target: UNLISTED };
    const healed = evaluate([unlisted], { threshold: 0 });
    expect(healed).toMatchObject({
      present: 1,
      deleted: 0,
      accuracy: 0,
      wrong_heal_rate: 1,
      top1_accuracy: 0,
    });
    expect(evaluate([unlisted], { threshold: 1 })).toMatchObject({
      present: 1,
      accuracy: 0,
      abstain_rate: 1,
    });
  });

  it('decides a match at another threshold exactly as matching again would (the sweep matches once)', () => {
    const cases = [
      { old: login, candidates: [heading, signin, forgot], target: 1 },
      { old: login, candidates: [signin, { ...signin, xpath: 'x' }], target: 0 },
      { old: forgot, candidates: [signin, { ...forgot, text: 'Reset password', id: null }], target: 1 },
      { old: login, candidates: [forgot], target: null },
    ];
    const thresholds = [0, 0.2, 0.4, 0.5, 0.6, 0.8, 1];
    expect(evaluateAt(cases, thresholds)).toEqual(
      thresholds.map((threshold) => evaluate(cases, { threshold })),
    );
    // The per-case outcomes judged from the same matches are those of matching each case again.
    const results = matchCases(cases);
    for (const t of thresholds)
      expect(outcomesAt(cases, results, t)).toEqual(cases.map((c) => outcomeOf(c, { threshold: t })));
    for (const c of cases)
      for (const t of thresholds) {
        const again = match(c.old, c.candidates, { threshold: t });
        const swept = atThreshold(match(c.old, c.candidates, { threshold: 0.5 }), t);
        expect([swept.decision, swept.reason, swept.threshold]).toEqual([again.decision, again.reason, t]);
      }
  });
});

describe('controls', () => {
  it("never heals a control to text that says its words: a link that became a tab is not the tab list's caption", () => {
    const link = fp({
      tag: 'a',
      role: 'link',
      text: 'History',
      accessibleName: 'History',
      attributes: { href: '/history' },
    });
    const caption = fp({ tag: 'span', role: null, text: 'History', accessibleName: null });
    const tab = fp({ tag: 'button', role: 'tab', text: 'Past contacts', accessibleName: 'Past contacts' });
    expect(isControl(link)).toBe(true);
    expect(isControl(caption)).toBe(false);
    expect(isControl(fp({ tag: 'a', role: null, attributes: {} }))).toBe(false);
    const r = match(link, [caption, tab]);
    expect(r.best?.element).toBe(tab);
    expect(r.top.some((c) => c.element === caption)).toBe(false);
    // Text may still succeed text, and never a control.
    expect(match(caption, [fp({ tag: 'p', role: null, text: 'History' })]).best?.score).toBeGreaterThan(0.5);
    expect(match(caption, [tab, link]).best).toBeUndefined();
  });

  it("does not let a form's label claim the relabelled button that says its word", () => {
    const at = (y: number, over: Partial<Fingerprint>) =>
      fp({ ...over, box: { x: 100, y, width: 200, height: 30 }, xpath: `/html[1]/body[1]/form[1]/*[${y}]` });
    const label = (y: number) =>
      at(y, { tag: 'label', role: null, text: 'Message', attributes: { for: 'm' } });
    const field = (y: number) =>
      at(y, { tag: 'textarea', role: 'textbox', id: 'm', accessibleName: 'Message', attributes: {} });
    const submit = at(300, {
      text: 'Submit request',
      accessibleName: 'Submit request',
      id: 'submit',
      classes: ['primary'],
    });
    const previous = [label(100), field(130), submit];
    // The redesign dropped the visible label (the field keeps its name) and put the relabelled button where it stood.
    const send = at(100, { text: 'Send message', accessibleName: 'Send message', classes: ['cta'] });
    const r = match(submit, [field(130), send], { previous });
    expect(r.reason).not.toBe('claimed');
    expect(r.best?.element).toBe(send);
    expect(r.claimedBy).toBeUndefined();
  });
});

describe('options', () => {
  const box = (name: string, id: string | null = null) =>
    fp({
      tag: 'input',
      role: 'checkbox',
      id,
      accessibleName: name,
      attributes: { type: 'checkbox' },
      container: 'Options',
    });

  it('refuses an option reworded beyond recognition: another option took its place', () => {
    const r = match(box('Request a read receipt'), [box('Confidential mode'), fp({ text: 'Send' })]);
    expect(r.best?.element.accessibleName).toBe('Confidential mode');
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('renamed');
    expect(r.detail).toBe(
      'an option reworded beyond recognition ("Request a read receipt" → "Confidential mode") that kept no id or name',
    );
    expect(optionRenamed(box('Request a read receipt'), { ...NO_EVIDENCE, anchor: 0, label: 0.18 })).toBe(
      true,
    );
  });

  it('refuses, and says why, an option whose label swapped one thing of a kind for another', () => {
    const r = match(box('Send me text updates'), [box('Email me updates'), fp({ text: 'Send' })]);
    expect(r.best?.element.accessibleName).toBe('Email me updates');
    expect(r.reason).toBe('renamed');
    expect(r.detail).toBe('"text" became "email", another of the same kind');
  });

  it('leaves alone an option reworded in words the lexicon joins, or that kept its id', () => {
    const r = match(box('Remember me'), [box('Keep me signed in'), fp({ text: 'Send' })]);
    expect(r.reason).not.toBe('renamed');
    expect(optionRenamed(box('Read receipt', 'rr'), { ...NO_EVIDENCE, anchor: 1, label: 0.1 })).toBe(false);
    // A button's label is not all it is: the rule is for options.
    expect(optionRenamed(fp({ text: 'Send' }), { ...NO_EVIDENCE, anchor: 0, label: 0.1 })).toBe(false);
  });
});

describe('features', () => {
  it('normalise words: case, separators, symbols, plurals and stop words', () => {
    expect(words('Add-to-cart Buttons ✓')).toEqual(['add', 'cart', 'button']);
    expect(words('signInLink')).toEqual(['sign', 'link']);
  });

  it('match a label that moved from text to aria-label, and ids that became classes', () => {
    const old = fp({ id: 'copy-link', text: 'Copy link', accessibleName: 'Copy link' });
    const icon = fp({
      classes: ['share', 'copy-link'],
      text: '🔗',
      accessibleName: 'Copy link to this post',
      attributes: { 'aria-label': 'Copy link to this post' },
    });
    const f = features(old, icon);
    expect(f.text).toBe(0);
    expect(f.label).toBeGreaterThanOrEqual(0.5);
    expect(f.identifiers).toBeCloseTo(2 / 3, 5);
  });

  it("read an icon named after its row as the row's own action, and only its own row's", () => {
    const edit = fp({
      text: 'Edit',
      accessibleName: 'Edit',
      container: 'Alan Turing | alan@example.org | Admin',
    });
    const icon = (name: string) =>
      fp({ text: '✎', accessibleName: `Edit ${name}`, attributes: { 'aria-label': `Edit ${name}` } });
    expect(unqualified('Edit Alan Turing', new Set(words('Alan Turing')))).toBe('Edit');
    expect(unqualified('Edit Alan Turing', new Set(words('Grace Hopper')))).toBeUndefined();
    // Nothing would be left of the label: it is not cut to nothing.
    expect(unqualified('Alan Turing', new Set(words('Alan Turing')))).toBeUndefined();
    const own = features(edit, icon('Alan Turing'));
    const other = features(edit, icon('Grace Hopper'));
    expect(own.accessibleName).toBe(1);
    expect(own.label).toBe(1);
    expect(other.accessibleName).toBeLessThanOrEqual(0.5);
    expect(other.label).toBeLessThanOrEqual(0.5);
  });

  it('compare positions relative to the page and among elements of the same kind', () => {
    const a = fp({ xpath: '/a', box: { x: 0, y: 0, width: 100, height: 20 } });
    const b = fp({ xpath: '/b', box: { x: 0, y: 400, width: 100, height: 20 } });
    const ctx = pageContext([a, b]);
    expect(features(a, a, ctx, ctx).ordinal).toBe(1);
    expect(features(a, b, ctx, ctx).ordinal).toBe(0);
    expect(features(a, b, ctx, ctx).position).toBe(0);
    expect(features(a, b).position).toBe(0);
  });
});

describe('learning', () => {
  const cases = [
    { old: login, candidates: [heading, forgot, signin], target: 2 },
    { old: forgot, candidates: [heading, { ...forgot, text: 'Reset password' }, signin], target: 1 },
    { old: heading, candidates: [heading, forgot], target: 0 },
  ];

  it('fits non-negative weights under which every training target ranks first', () => {
    const w = fitWeights(cases);
    for (const v of Object.values(w)) expect(v).toBeGreaterThanOrEqual(0);
    const model = learnModel(cases);
    expect(evaluate(cases, { model, threshold: 0 }).top1_accuracy).toBe(1);
  });

  it('learns nothing of the ranking from a case whose intended element was not listed', () => {
    const unlisted = { old: login, candidates: [heading, forgot], target: UNLISTED };
    expect(fitWeights([...cases, unlisted])).toEqual(fitWeights(cases));
  });

  it('reports each page pair of its cross-validated fit as it goes', () => {
    const named = cases.map((c, i) => ({ ...c, pair: `p${i}` }));
    const seen: string[] = [];
    learnModel(named, { iterations: 20, onProgress: (d, n) => seen.push(`${d}/${n}`) });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('fits a confidence that rises with the score', () => {
    const w = fitWeights(cases);
    const c = fitConfidence([...cases, { old: login, candidates: [heading], target: null }], w);
    expect(c.score).toBeGreaterThan(0);
  });
});

describe('offline match CLI', () => {
  it('matches a recorded fingerprint against a recorded candidate list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hst-match-'));
    const old = join(dir, 'old.json');
    const cand = join(dir, 'new.json');
    writeFileSync(old, JSON.stringify(login));
    writeFileSync(cand, JSON.stringify({ url: 'http://x/login', elements: [heading, forgot, signin] }));
    const out = JSON.parse(runMatch({ fingerprint: old, candidates: cand, json: true }));
    expect(out.decision).toBe('heal');
    expect(out.best.index).toBe(2);
    expect(runMatch({ fingerprint: old, candidates: cand })).toMatch(/^HEAL \(confident\)/);
    writeFileSync(cand, JSON.stringify({ elements: [{ tag: 'a' }] }));
    expect(() => runMatch({ fingerprint: old, candidates: cand })).toThrow(
      /new\.json: not a valid fingerprint file \(elements\.0\./,
    );
  });

  it('names the option to pick when a recorded radio button became an option of a select', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hst-match-'));
    const old = join(dir, 'old.json');
    const cand = join(dir, 'new.json');
    const radio = fp({
      tag: 'input',
      role: 'radio',
      name: 'fmt',
      accessibleName: '3D',
      attributes: { type: 'radio', value: '3d' },
      xpath: '/html[1]/body[1]/fieldset[1]/label[2]/input[1]',
    });
    const select = fp({
      tag: 'select',
      role: 'combobox',
      name: 'fmt',
      accessibleName: 'Format',
      options: [
        { value: '2d', label: '2D' },
        { value: '3d', label: '3D' },
      ],
      xpath: '/html[1]/body[1]/select[1]',
    });
    writeFileSync(old, JSON.stringify(radio));
    writeFileSync(cand, JSON.stringify({ elements: [heading, select] }));
    const out = JSON.parse(runMatch({ fingerprint: old, candidates: cand, json: true }));
    expect(out).toMatchObject({ decision: 'heal', best: { index: 1 }, option: { value: '3d', label: '3D' } });
    expect(runMatch({ fingerprint: old, candidates: cand })).toContain(`option: pick '3d' ("3D")`);
  });

  it('accepts a bare array as a candidate list', () => {
    expect(parseCandidateList([signin], 'x').elements).toHaveLength(1);
  });
});

describe('diff and report', () => {
  it('writes a unified diff with context and hunk headers', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const b = ['a', 'b', 'c', 'D', 'e', 'f', 'g', 'h'].join('\n');
    expect(unifiedDiff(a, b, 'a/x', 'b/x', 1)).toBe('--- a/x\n+++ b/x\n@@ -3,3 +3,3 @@\n c\n-d\n+D\n e\n');
    expect(unifiedDiff(a, a, 'a/x', 'b/x')).toBe('');
  });

  it('groups events by outcome in markdown and escapes HTML', () => {
    const base = {
      at: 1,
      key: 'k',
      testFile: 't.spec.ts',
      line: 3,
      url: 'u',
      failure: 'no-match' as const,
      reason: 'r',
      candidates: [{ element: 'button "<b>"', score: 0.5 }],
    };
    const events = [
      { ...base, selector: '#a', outcome: 'healed' as const, replacement: "getByTestId('a')" },
      { ...base, selector: '#b', outcome: 'failed' as const },
      {
        ...base,
        selector: '#c',
        outcome: 'failed' as const,
        replacement: "getByTestId('c')",
        proposalId: 'p3',
      },
    ];
    const md = renderMarkdown(events);
    expect(md).toContain('Healed: 1 · Ambiguous (not healed): 0 · Failed (not healed): 2');
    expect(md).toContain("- proposed replacement: `getByTestId('a')`");
    expect(md).toContain(
      "- suggested replacement, for review (not used at run time): `getByTestId('c')` (proposal p3)",
    );
    expect(renderHtml(events)).toContain('Suggested replacement, for review (not used at run time)');
    expect(renderHtml(events)).toContain('button &quot;&lt;b&gt;&quot;');
  });
});
