import { describe, expect, it } from 'vitest';
import { namesIn, renaming } from './evidence.js';
import { wordSimilarity } from './features.js';
import type { Fingerprint } from './fingerprint.js';
import { meaningSimilarity, saidIn } from './lexicon.js';
import { hasWord } from './twins.js';
import { words } from './words.js';

describe('meaningSimilarity', () => {
  it('reads labels of one group as the same label', () => {
    expect(meaningSimilarity('Cancel', 'Discard')).toBe(1);
    expect(meaningSimilarity('Careers', 'Jobs')).toBe(1);
    expect(meaningSimilarity('Sign up', 'Subscribe')).toBe(1);
  });

  it('counts the units of both labels that have a counterpart', () => {
    // save ~ update; "email" has none.
    expect(meaningSimilarity('Save', 'Update email')).toBeCloseTo(2 / 3);
  });

  it('keeps apart actions a dictionary calls synonyms but an interface does not', () => {
    expect(meaningSimilarity('Cancel', 'Delete address')).toBe(0);
    expect(meaningSimilarity('Share', 'Copy link')).toBe(0);
    // "discard" is in both groups, but groups do not chain.
    expect(meaningSimilarity('Cancel', 'Delete')).toBe(0);
  });

  it('reads an entry in -ing as the plural label too ("Settings" is normalised as "setting")', () => {
    expect(meaningSimilarity('Cookie settings', 'Manage preferences')).toBe(1);
    expect(meaningSimilarity('Privacy settings', 'Data and privacy')).toBe(1);
    expect(meaningSimilarity('Cookie setting', 'Manage preference')).toBe(1);
  });

  it('reads whole phrases with apostrophes and short words as units', () => {
    expect(meaningSimilarity('Regretfully declines', "Can't make it")).toBe(1);
    expect(meaningSimilarity('Restore', 'Revert to this version')).toBe(1);
    expect(meaningSimilarity('Locate me', 'Show my location')).toBe(1);
  });

  it('keeps an action apart from its opposite', () => {
    expect(meaningSimilarity('Install', 'Uninstall')).toBe(0);
    expect(meaningSimilarity('Uninstall', 'Remove')).toBe(1);
  });

  it('reads a phrase that has no counterpart word by word, still joining only by groups it shares', () => {
    // "parent teacher conference" is one phrase of the lexicon; "teacher" alone is the counterpart here.
    expect(
      meaningSimilarity('Book parent-teacher conference', 'Schedule a meeting with the teacher'),
    ).toBeGreaterThan(0.3);
    // The words of a phrase are read as words, not as group mates of another phrase: first is not full.
    expect(meaningSimilarity('Full name', 'First name')).toBeLessThanOrEqual(0.5);
    expect(meaningSimilarity('Sign out', 'Sign up')).toBeLessThanOrEqual(0.5);
  });

  it('is 0 for labels without words', () => {
    expect(meaningSimilarity('', 'Save')).toBe(0);
    expect(meaningSimilarity('→', '×')).toBe(0);
  });

  it('feeds the text similarity, so a relabel scores as a kept label', () => {
    expect(wordSimilarity('Hotels', 'Stays')).toBe(1);
    expect(wordSimilarity('Hotels', 'Activities')).toBeLessThan(0.5);
  });
});

describe('saidIn', () => {
  it('finds a word said by a group mate, a phrase included', () => {
    expect(saidIn(new Set(['release', 'note']), 'changelog')).toBe(true);
    expect(saidIn(new Set(['subscribe']), 'sign')).toBe(true);
    expect(saidIn(new Set(['job']), 'career')).toBe(true);
  });

  it('does not take a part of a phrase for the phrase', () => {
    expect(saidIn(new Set(['release']), 'changelog')).toBe(false);
    expect(saidIn(new Set(['activity']), 'hotel')).toBe(false);
  });

  it('makes twins keep a relabeled word (hasWord)', () => {
    expect(hasWord(new Set(words('Stays')), 'hotel')).toBe(true);
    expect(hasWord(new Set(words('Activities')), 'cruise')).toBe(false);
  });
});

describe('words', () => {
  it('reads a time of day in any format as one 24-hour word, and a price as numbers', () => {
    expect(words('09:40')).toEqual(words('9:40am'));
    expect(words('3:30 pm')).toEqual(words('15:30'));
    expect(words('10.30 a.m.')).toEqual(['1030h']);
    expect(words('11:30')).not.toEqual(words('3:30 pm'));
    expect(words('12:15 am')).toEqual(['0015h']);
    expect(words('£3.50')).toEqual(['3', '50']);
  });

  it('reads British doubled l as American', () => {
    expect(words('Cancelled')).toEqual(words('Canceled'));
    expect(words('Labelling')).toEqual(words('Labeling'));
    expect(words('Selling')).toEqual(['sell']);
  });

  it('reads British and American spellings alike', () => {
    expect(words('Minimise')).toEqual(words('Minimize'));
    expect(words('Help centre')).toEqual(words('Help center'));
    expect(words('Catalogue')).toEqual(words('Catalog'));
    expect(words('Favourite colour')).toEqual(words('Favorite color'));
  });

  it('leaves short words alone', () => {
    expect(words('rise')).toEqual(['rise']);
    expect(words('hour')).toEqual(['hour']);
  });
});

const el = (label: string): Fingerprint => ({
  v: 2,
  tag: 'button',
  id: null,
  name: null,
  classes: [],
  text: label,
  role: 'button',
  accessibleName: label,
  attributes: {},
  testIds: {},
  xpath: '/html[1]/body[1]/button[1]',
  indexPath: [0, 1, 0],
  box: { x: 0, y: 0, width: 100, height: 30 },
  neighbors: [],
  container: '',
  ancestors: [],
  visible: true,
});

describe('renamed', () => {
  it('finds the names of a label', () => {
    expect(namesIn('Pay with Apple Pay')).toEqual(['Apple', 'Pay']);
    expect(namesIn('Pay with PayPal')).toEqual(['PayPal']);
    // Capitalised throughout: a title, not names.
    expect(namesIn('Add To Cart')).toEqual([]);
    expect(namesIn('Save')).toEqual([]);
  });

  it('refuses a winner that lost the recorded name and names something else', () => {
    expect(renaming(el('Pay with PayPal'), el('Pay with Apple Pay'))).toBe('"PayPal" became "Apple Pay"');
  });

  it('accepts a label that kept its name or only gained one', () => {
    expect(renaming(el('Pay with PayPal'), el('Checkout with PayPal'))).toBeUndefined();
    expect(renaming(el('Remove'), el('Remove Fushimi Inari'))).toBeUndefined();
    expect(renaming(el('Connect Slack'), el('Connect'))).toBeUndefined();
  });
});
