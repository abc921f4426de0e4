import { describe, expect, it } from 'vitest';
import { renaming } from './evidence.js';
import { siblingSwap } from './siblings.js';
import { fp } from './testing.js';

describe('siblings', () => {
  it('finds one thing of a kind swapped for another', () => {
    expect(siblingSwap('Send me text updates', 'Email me updates')).toEqual(['text', 'email']);
    expect(siblingSwap('Export PDF', 'Export CSV')).toEqual(['pdf', 'csv']);
    expect(siblingSwap('First name', 'Last name')).toEqual(['first', 'last']);
    expect(siblingSwap('Monday', 'Tuesday')).toEqual(['monday', 'tuesday']);
  });

  it('does not count what was kept, dropped or only added', () => {
    expect(siblingSwap('Download PDF', 'Download')).toBeUndefined();
    expect(siblingSwap('Email', 'Email address')).toBeUndefined();
    expect(siblingSwap('Text me', 'Text or email me')).toBeUndefined();
    expect(siblingSwap('Save changes', 'Update')).toBeUndefined();
    // What the lexicon reads as one label is one, though "email" and "message" are siblings elsewhere.
    expect(siblingSwap('Email us', 'Send us a message')).toBeUndefined();
  });

  it('refuses a winner that swapped a sibling, as one that named another brand, and says which', () => {
    const el = (label: string) => fp({ text: label, accessibleName: label });
    expect(renaming(el('Send me text updates'), el('Text me updates'))).toBeUndefined();
    expect(siblingSwap('Export PDF', 'Export CSV')).toEqual(['pdf', 'csv']);
    expect(renaming(el('Pay with PayPal'), el('Pay with Apple Pay'))).toBe('"PayPal" became "Apple Pay"');
    expect(renaming(el('Send me text updates'), el('Email me updates'))).toBe(
      '"text" became "email", another of the same kind',
    );
  });
});
