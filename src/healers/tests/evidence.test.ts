import { describe, expect, it } from 'vitest';
import { becameMany, echoed, evidenceOf, keptHead, leadsElsewhere, namesOf, onlyOfKind } from './evidence.js';
import { pageContext, words } from './features.js';
import type { Fingerprint } from './fingerprint.js';
import { DEFAULT_WEIGHTS, match } from './matcher.js';
import { fp } from './testing.js';

/** A card of an integrations page: a title, a line of text and a "Connect" button. */
function card(app: string, blurb: string, row: number, id: string | null) {
  const y = 80 + row * 120;
  return fp({
    id,
    classes: ['connect'],
    text: 'Connect',
    accessibleName: 'Connect',
    xpath: `/html[1]/body[1]/main[1]/div[${row + 1}]/button[1]`,
    box: { x: 40, y: y + 70, width: 90, height: 30 },
    neighbors: [blurb, app],
    container: `${app} | ${blurb}`,
    ancestors: [{ tag: 'div', id: null, classes: ['card', 'app'] }],
  });
}

const title = fp({
  tag: 'h1',
  role: 'heading',
  text: 'Integrations',
  accessibleName: 'Integrations',
  xpath: '/html[1]/body[1]/main[1]/h1[1]',
  box: { x: 40, y: 20, width: 300, height: 40 },
});

describe('twins', () => {
  it('finds the look-alike sibling and the words that tell the two apart', () => {
    const slack = card('Slack', 'Send alerts to a channel.', 0, 'connect-slack');
    const github = card('GitHub', 'Open issues from alerts.', 1, 'connect-github');
    const apart = pageContext([title, slack, github]).apart(slack);
    expect(apart?.twin).toBe(github);
    expect(apart?.byLabel).toEqual([]);
    expect(apart?.byContainer).toEqual(expect.arrayContaining(['slack', 'send', 'channel']));
    expect(apart?.byContainer).not.toContain('alert');
    expect(words('Send alerts')).toEqual(['send', 'alert']);
  });
});

describe('decision evidence', () => {
  const slack = card('Slack', 'Send alerts to a channel.', 0, 'connect-slack');
  const github = card('GitHub', 'Open issues from alerts.', 1, 'connect-github');
  const jira = card('Jira', 'Create tickets from incidents.', 2, 'connect-jira');
  const before = [title, slack, github, jira];

  it('sees a contrast when the winner lacks what told the element from its look-alike', () => {
    // Slack's card is gone; GitHub's and Jira's moved up and lost their ids.
    const newGithub = { ...card('GitHub', 'Open issues from alerts.', 0, null), classes: ['btn'] };
    const newJira = { ...card('Jira', 'Create tickets from incidents.', 1, null), classes: ['btn'] };
    const e = evidenceOf(slack, newGithub, [newGithub], before, DEFAULT_WEIGHTS);
    expect(e.contrast).toBeGreaterThan(0.3);
    expect(evidenceOf(github, newGithub, [newGithub], before, DEFAULT_WEIGHTS).contrast).toBe(0);
    const r = match(slack, [title, newGithub, newJira], { previous: before });
    expect(r.decision).toBe('abstain');
    const moved = match(github, [title, newGithub, newJira], { previous: before });
    expect(moved.decision).toBe('heal');
    expect(moved.best?.element).toBe(newGithub);
  });

  it('counts a kept name as an anchor only when no other old element had it', () => {
    const old = fp({ text: 'Edit', testIds: { 'data-testid': 'edit-card' } });
    const renamed = fp({ text: 'Update card', testIds: { 'data-testid': 'edit-card' } });
    expect(namesOf(old)).toEqual(['testid:edit-card']);
    expect(evidenceOf(old, renamed, [renamed], [old], DEFAULT_WEIGHTS).anchor).toBe(1);
    const other = fp({ xpath: '/html[1]/body[1]/div[1]/button[1]', testIds: { 'data-testid': 'edit-card' } });
    expect(evidenceOf(old, renamed, [renamed], [old, other], DEFAULT_WEIGHTS).anchor).toBe(0);
    // A radio button's name names its group, not the button.
    expect(namesOf(fp({ name: 'plan', attributes: { type: 'radio' } }))).toEqual([]);
  });

  it('counts an id that became a name or a test id as a kept name', () => {
    const old = fp({ tag: 'textarea', id: 'reason', text: '' });
    const note = fp({ tag: 'textarea', id: 'note', name: 'reason', text: '' });
    expect(evidenceOf(old, note, [note], [old], DEFAULT_WEIGHTS).anchor).toBe(1);
    const tagged = fp({ tag: 'textarea', testIds: { 'data-testid': 'reason' }, text: '' });
    expect(evidenceOf(old, tagged, [tagged], [old], DEFAULT_WEIGHTS).anchor).toBe(1);
    // Still only when no other old element went by that name.
    const other = fp({ xpath: '/html[1]/body[1]/form[1]/input[1]', name: 'reason' });
    expect(evidenceOf(old, note, [note], [old, other], DEFAULT_WEIGHTS).anchor).toBe(0);
  });

  it('needs the old page for anchor and contrast, not for the label similarity', () => {
    const winner = { ...slack, text: 'Connect app', accessibleName: 'Connect app' };
    const e = evidenceOf(slack, winner, [winner], undefined, DEFAULT_WEIGHTS);
    expect(e.anchor).toBe(0);
    expect(e.contrast).toBe(0);
    expect(e.unique).toBe(0);
    expect(e.label).toBeGreaterThan(0.4);
    expect(e.head).toBe(1);
  });
});

describe('a relabel told from a replacement without a lexicon', () => {
  const select = (name: string, xpath: string) =>
    fp({ tag: 'select', role: 'combobox', accessibleName: name, text: `${name} North South`, xpath });
  const depot = select('Depot', '/html[1]/body[1]/main[1]/select[1]');
  const garage = select('Garage', '/html[1]/body[1]/header[1]/select[1]');
  const save = fp({ text: 'Save', accessibleName: 'Save', xpath: '/html[1]/body[1]/main[1]/button[2]' });

  it('sees the one element of its kind on both pages', () => {
    expect(onlyOfKind(depot, garage, [depot, save], [garage, save])).toBe(true);
    // Another select on either page, and the one-of-a-kind is gone.
    const route = select('Route', '/html[1]/body[1]/main[1]/select[2]');
    expect(onlyOfKind(depot, garage, [depot, route, save], [garage, save])).toBe(false);
    expect(onlyOfKind(depot, garage, [depot, save], [garage, route, save])).toBe(false);
    // The recorded element missing from the snapshot still counts as on the old page.
    expect(onlyOfKind(depot, garage, [save], [garage, save])).toBe(true);
    // A select that became a text box is not one of a kind with it.
    const box = fp({ tag: 'input', role: 'textbox', attributes: { type: 'text' }, accessibleName: 'Garage' });
    expect(onlyOfKind(depot, box, [depot], [box])).toBe(false);
    expect(evidenceOf(depot, garage, [garage, save], [depot, save], DEFAULT_WEIGHTS).unique).toBe(1);
  });

  it('sees a label that kept its first meaningful word', () => {
    const label = (text: string) => fp({ text, accessibleName: text });
    expect(keptHead(label('Share ETA'), label('Share tracking link'))).toBe(true);
    expect(keptHead(label('Boost 1 hour'), label('Boost for 60 min'))).toBe(true);
    // Pronouns and numbers are skipped: the head of "Email me when it's done" is "email".
    expect(keptHead(label("Email me when it's done"), label('Ping me on Discord when done'))).toBe(false);
    expect(keptHead(label('Apply'), label('Redeem'))).toBe(false);
    expect(keptHead(label(''), label('Redeem'))).toBe(false);
  });

  it('sees the recorded label still said by another element of the new page', () => {
    const del = (xpath: string) => fp({ text: 'Delete', accessibleName: 'Delete', xpath });
    const old = del('/html[1]/body[1]/main[1]/div[2]/button[1]');
    const archive = fp({
      text: 'Archive',
      accessibleName: 'Archive',
      xpath: '/html[1]/body[1]/main[1]/div[1]/button[1]',
    });
    const other = del('/html[1]/body[1]/main[1]/div[1]/button[2]');
    expect(echoed(old, archive, [archive, other])).toBe(true);
    expect(echoed(old, archive, [archive, save])).toBe(false);
    // The winner itself saying it is no echo.
    expect(echoed(old, other, [other, save])).toBe(false);
    expect(echoed(fp({ text: '' }), archive, [archive, fp({ text: '' })])).toBe(false);
  });
});

describe('a link that leads elsewhere', () => {
  const link = (href: string, text = 'Open') =>
    fp({ tag: 'a', role: 'link', text, accessibleName: text, attributes: { href } });

  it('tells a link to another page from one that kept or deepened its destination', () => {
    const print = link('/lists/print', 'Printable version');
    expect(leadsElsewhere(print, link('/lists/report-error', 'Report a mistake'))).toBe(true);
    expect(leadsElsewhere(link('/mediation'), link('https://example.org/guides/dispute-guide.pdf'))).toBe(
      true,
    );
    // A relabelled link that kept its page, went one level deeper or moved under another host or path.
    expect(leadsElsewhere(link('/login/backup'), link('/login/backup?via=otp'))).toBe(false);
    expect(leadsElsewhere(link('/eligibility'), link('/eligibility/quiz'))).toBe(false);
    expect(leadsElsewhere(link('/settings/profile/'), link('https://app.example.com/account/profile'))).toBe(
      false,
    );
  });

  it('says nothing when either has no page to lead to', () => {
    expect(leadsElsewhere(link('/a'), fp({ text: 'Open' }))).toBe(false);
    expect(leadsElsewhere(link('#top'), link('/b'))).toBe(false);
    expect(leadsElsewhere(link('javascript:void(0)'), link('/b'))).toBe(false);
    expect(evidenceOf(link('/a'), link('/b'), [link('/b')], undefined, DEFAULT_WEIGHTS).elsewhere).toBe(1);
  });
});

/** A text box of a sign-in form (the code field, then its six digit boxes). */
function box(name: string, label: string, x: number, width: number, extra: Partial<Fingerprint> = {}) {
  return fp({
    tag: 'input',
    role: 'textbox',
    name,
    accessibleName: label,
    attributes: { type: 'text' },
    xpath: `/html[1]/body[1]/main[1]/form[1]/input[${name}]`,
    box: { x, y: 120, width, height: 40 },
    neighbors: ['Enter the code from your authenticator app.'],
    container: 'Two-step verification | Enter the code from your authenticator app.',
    ancestors: [{ tag: 'form', id: null, classes: ['otp'] }],
    ...extra,
  });
}

describe('one element that became several', () => {
  const heading = fp({
    tag: 'h1',
    role: 'heading',
    text: 'Two-step verification',
    accessibleName: 'Two-step verification',
    xpath: '/html[1]/body[1]/main[1]/h1[1]',
    box: { x: 40, y: 20, width: 300, height: 40 },
  });
  const code = box('code', '6-digit code', 40, 240, { id: 'otp' });
  const digits = [1, 2, 3, 4, 5, 6].map((d) => box(`d${d}`, `Digit ${d}`, 40 + 44 * (d - 1), 40));

  it('is not healed to one of the look-alikes nothing of the recorded element points to', () => {
    expect(becameMany(code, digits[2] as Fingerprint, [heading, code], [heading, ...digits])).toBe(true);
    const r = match(code, [heading, ...digits], { previous: [heading, code] });
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('ambiguous');
  });

  it('is healed when the recorded label names one of them', () => {
    const annual = box('annual', 'Pay annually (save 20%)', 40, 20, {
      attributes: { type: 'checkbox' },
      role: 'checkbox',
    });
    const monthly = box('billing', 'Monthly', 40, 20, { attributes: { type: 'radio' }, role: 'radio' });
    const yearly = box('billing', 'Yearly (save 20%)', 140, 20, {
      attributes: { type: 'radio' },
      role: 'radio',
      xpath: '/html[1]/body[1]/main[1]/form[1]/input[9]',
    });
    expect(becameMany(annual, yearly, [heading, annual], [heading, monthly, yearly])).toBe(false);
  });
});
