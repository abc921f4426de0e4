import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatch } from '../../cli/commands/tests.js';
import { unifiedDiff } from './diff.js';
import { evaluate } from './evaluate.js';
import { parseCandidateList } from './fingerprint.js';
import { confidenceOf, match } from './matcher.js';
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
    expect(match(login, [heading], { threshold: 0.99 }).reason).toBe('below-threshold');
    expect(match(login, []).reason).toBe('no-candidates');
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

  it('discounts confidence when the runner-up is close', () => {
    expect(confidenceOf(0.8, 0.2)).toBeCloseTo(0.8, 9);
    expect(confidenceOf(0.8, 0)).toBeCloseTo(0.4, 9);
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
    ];
    const md = renderMarkdown(events);
    expect(md).toContain('Healed: 1 · Ambiguous (not healed): 0 · Failed (not healed): 1');
    expect(md).toContain("proposed replacement: `getByTestId('a')`");
    expect(renderHtml(events)).toContain('button &quot;&lt;b&gt;&quot;');
  });
});
