import { describe, expect, it } from 'vitest';
import { roleSimilarity } from './features.js';
import { givesValue, takesInput } from './fingerprint.js';
import { match } from './matcher.js';
import { fp } from './testing.js';
import { hasWord } from './twins.js';

describe('what a test can do with an element', () => {
  it('tells fields a test types into from elements it clicks', () => {
    const input = (type?: string) => ({
      tag: 'input',
      role: null,
      attributes: type ? { type } : ({} as Record<string, string>),
    });
    expect(takesInput(input())).toBe(true);
    expect(takesInput(input('email'))).toBe(true);
    expect(takesInput(input('range'))).toBe(true);
    expect(takesInput(input('checkbox'))).toBe(false);
    expect(takesInput(input('submit'))).toBe(false);
    expect(takesInput({ tag: 'textarea', role: null, attributes: {} })).toBe(true);
    expect(takesInput({ tag: 'div', role: 'textbox', attributes: {} })).toBe(true);
    expect(takesInput({ tag: 'button', role: 'button', attributes: {} })).toBe(false);
  });

  it('does not heal a search field to the button that replaced it', () => {
    const field = fp({
      tag: 'input',
      id: 'docs-search',
      role: 'searchbox',
      accessibleName: 'Search docs',
      attributes: { type: 'search', placeholder: 'Search docs' },
      xpath: '/html[1]/body[1]/header[1]/input[1]',
      box: { x: 900, y: 12, width: 240, height: 32 },
    });
    const palette = fp({
      tag: 'button',
      role: 'button',
      text: 'Search docs',
      accessibleName: 'Search docs',
      xpath: '/html[1]/body[1]/header[1]/button[1]',
      box: { x: 900, y: 12, width: 240, height: 32 },
    });
    const r = match(field, [palette], { previous: [field] });
    expect(r.best?.element).toBe(palette);
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('incompatible');
  });

  it('heals a select to the text box that replaced it: both hold the value a test gives the field', () => {
    const select = fp({
      tag: 'select',
      id: 'country',
      role: 'combobox',
      accessibleName: 'Country',
      xpath: '/html[1]/body[1]/main[1]/form[1]/select[1]',
      box: { x: 16, y: 120, width: 240, height: 32 },
    });
    const text = fp({
      tag: 'input',
      id: 'destination',
      role: 'combobox',
      accessibleName: 'Country',
      attributes: { type: 'text', list: 'countries' },
      xpath: '/html[1]/body[1]/main[1]/form[1]/input[1]',
      box: { x: 16, y: 120, width: 240, height: 32 },
    });
    expect(givesValue(select)).toBe(true);
    expect(givesValue({ tag: 'button', role: 'button', attributes: {} })).toBe(false);
    expect(givesValue({ tag: 'input', role: 'checkbox', attributes: { type: 'checkbox' } })).toBe(false);
    const r = match(select, [text], { previous: [select] });
    expect(r.best?.element).toBe(text);
    expect(r.reason).not.toBe('incompatible');
    expect(r.decision).toBe('heal');
  });
});

describe('a button that names something else', () => {
  const wallet = (label: string, id: string | null) =>
    fp({
      tag: 'button',
      role: 'button',
      id,
      classes: ['btn', 'alt'],
      text: label,
      accessibleName: label,
      xpath: '/html[1]/body[1]/main[1]/button[1]',
      box: { x: 16, y: 80, width: 180, height: 32 },
    });

  it('is refused although it sits where the recorded one was and shares its other words', () => {
    const paypal = wallet('Pay with PayPal', 'paypal');
    const apple = wallet('Pay with Apple Pay', null);
    const r = match(paypal, [apple], { previous: [paypal] });
    expect(r.best?.element).toBe(apple);
    expect(r.decision).toBe('abstain');
    expect(r.reason).toBe('renamed');
  });

  it('is not refused for a relabel that kept the name', () => {
    const paypal = wallet('Pay with PayPal', 'paypal');
    const moved = wallet('Checkout with PayPal', null);
    const r = match(paypal, [moved], { previous: [paypal] });
    expect(r.reason).not.toBe('renamed');
  });
});

describe('words that survive a redesign', () => {
  it('finds a word in a longer form of it or split in two', () => {
    expect(hasWord(new Set(['departure']), 'depart')).toBe(true);
    expect(hasWord(new Set(['full', 'screen']), 'fullscreen')).toBe(true);
    expect(hasWord(new Set(['roll', 'back']), 'rollback')).toBe(true);
    expect(hasWord(new Set(['category']), 'cat')).toBe(false);
    // Another word altogether is not kept (a synonym is: lexicon.test.ts).
    expect(hasWord(new Set(['activity']), 'cruise')).toBe(false);
  });
});

describe('roles a redesign swaps', () => {
  it('counts roles of one family as half alike', () => {
    expect(roleSimilarity('checkbox', 'checkbox')).toBe(1);
    expect(roleSimilarity('checkbox', 'switch')).toBe(0.5);
    expect(roleSimilarity('radio', 'tab')).toBe(0.5);
    expect(roleSimilarity('link', 'button')).toBe(0.5);
    expect(roleSimilarity('button', 'textbox')).toBe(0);
    expect(roleSimilarity('heading', 'button')).toBe(0);
    expect(roleSimilarity(null, 'button')).toBe(0);
  });

  it('counts a choice restyled as a button or link (a segmented control, a chip) as a quarter alike', () => {
    expect(roleSimilarity('radio', 'button')).toBe(0.25);
    expect(roleSimilarity('link', 'checkbox')).toBe(0.25);
    expect(roleSimilarity('textbox', 'radio')).toBe(0);
  });
});
