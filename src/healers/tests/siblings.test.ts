import { describe, expect, it } from 'vitest';
import { renamed, renaming } from './evidence.js';
import { siblingSwap, swappedSibling } from './siblings.js';
import { fp } from './testing.js';

describe('siblings', () => {
  it('finds one thing of a kind swapped for another', () => {
    expect(swappedSibling('Send me text updates', 'Email me updates')).toBe(true);
    expect(swappedSibling('Export PDF', 'Export CSV')).toBe(true);
    expect(swappedSibling('First name', 'Last name')).toBe(true);
    expect(swappedSibling('Monday', 'Tuesday')).toBe(true);
  });

  it('does not count what was kept, dropped or only added', () => {
    expect(swappedSibling('Download PDF', 'Download')).toBe(false);
    expect(swappedSibling('Email', 'Email address')).toBe(false);
    expect(swappedSibling('Text me', 'Text or email me')).toBe(false);
    expect(swappedSibling('Save changes', 'Update')).toBe(false);
    // What the lexicon reads as one label is one, though "email" and "message" are siblings elsewhere.
    expect(swappedSibling('Email us', 'Send us a message')).toBe(false);
  });

  it('refuses a winner that swapped a sibling, as one that named another brand, and says which', () => {
    const el = (label: string) => fp({ text: label, accessibleName: label });
    expect(renamed(el('Send me text updates'), el('Email me updates'))).toBe(true);
    expect(renamed(el('Send me text updates'), el('Text me updates'))).toBe(false);
    expect(siblingSwap('Export PDF', 'Export CSV')).toEqual(['pdf', 'csv']);
    expect(renaming(el('Pay with PayPal'), el('Pay with Apple Pay'))).toBe('"PayPal" became "Apple Pay"');
    expect(renaming(el('Send me text updates'), el('Email me updates'))).toBe(
      '"text" became "email", another of the same kind',
    );
  });
});
