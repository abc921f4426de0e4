import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './abbreviations.js';
import { wordSimilarity } from './features.js';

describe('abbreviations in labels', () => {
  it('spells out an acronym by the initials of the other label, glue words or not', () => {
    expect(expandAbbreviations('AOV', 'Average order value')).toBe('Average order value');
    expect(expandAbbreviations('DOB', 'Date of birth')).toBe('Date of birth');
    expect(expandAbbreviations('NI number', 'National Insurance number')).toBe('National Insurance number');
    expect(wordSimilarity('Export CSV', 'Export comma separated values')).toBe(1);
  });

  it('reads a contraction without inner vowels as the word it shortens', () => {
    expect(expandAbbreviations('FWD', 'Forwards')).toBe('Forwards');
    expect(wordSimilarity('QTY', 'Quantity')).toBe(1);
  });

  it('leaves words alone: lower case, capitals throughout, and capitals that are also words', () => {
    expect(expandAbbreviations('Add', 'Address')).toBeUndefined();
    expect(expandAbbreviations('SAVE CHANGES', 'Send changes')).toBeUndefined();
    expect(expandAbbreviations('NEW', 'Newsletter')).toBeUndefined();
    expect(wordSimilarity('NEW', 'Newsletter')).toBeLessThan(0.5);
  });

  it('does not spell out an acronym the other label does not', () => {
    expect(expandAbbreviations('CSV', 'Average order value')).toBeUndefined();
    expect(wordSimilarity('CSV', 'Average order value')).toBeLessThan(0.2);
  });
});
