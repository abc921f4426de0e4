import { describe, expect, it } from 'vitest';
import { choiceInSelect } from './choices.js';
import { fp } from './testing.js';

const radio = (label: string, value: string, name = 'package') =>
  fp({
    tag: 'input',
    role: 'radio',
    name,
    accessibleName: label,
    attributes: { type: 'radio', value },
    container: 'Package Hot buffet (£26pp) Plated three courses (£42pp)',
    xpath: `/html[1]/body[1]/form[1]/label[${value.length}]/input[1]`,
  });
const select = (label: string, name: string, options: [string, string][], n = 1) =>
  fp({
    tag: 'select',
    role: 'combobox',
    name,
    accessibleName: label,
    options: options.map(([value, l]) => ({ value, label: l })),
    xpath: `/html[1]/body[1]/form[1]/select[${n}]`,
  });
const MENU = select('Menu package', 'package', [
  ['buffet', 'Hot buffet — £26pp'],
  ['plated', 'Plated three courses — £42pp'],
]);
const button = fp({ accessibleName: 'Get quote', text: 'Get quote' });

describe('a choice that became an option of a select', () => {
  it('is found in the one select that has it by value, words and group, with the option to pick', () => {
    const moved = choiceInSelect(radio('Plated three courses (£42pp)', 'plated'), [button, MENU]);
    expect(moved).toEqual({
      index: 1,
      option: { value: 'plated', label: 'Plated three courses — £42pp' },
      signals: 3,
    });
  });

  it('needs two of the three signals: a reworded option with its value kept, or its words in another group', () => {
    const reworded = select('Menu package', 'package', [['plated', 'Three-course dinner']]);
    expect(choiceInSelect(radio('Plated three courses (£42pp)', 'plated'), [reworded])?.signals).toBe(2);
    const elsewhere = select('Dessert', 'dessert', [['x', 'Plated three courses (£42pp)']]);
    expect(choiceInSelect(radio('Plated three courses (£42pp)', 'plated'), [elsewhere])).toBeUndefined();
  });

  it('says nothing of a generic value alone', () => {
    const yesNo = select('Newsletter', 'package', [['yes', 'Sure']]);
    expect(choiceInSelect(radio('Send me offers', 'yes'), [yesNo])).toBeUndefined();
  });

  it('leaves a choice that is still a choice, one a select already offered, and one two selects offer', () => {
    const old = radio('Plated three courses (£42pp)', 'plated');
    const survivor = radio('Plated three courses (£42pp)', 'plated', 'menu');
    expect(choiceInSelect(old, [MENU, survivor])).toBeUndefined();
    expect(choiceInSelect(old, [MENU], [old, MENU])).toBeUndefined();
    const again = select('Package for day two', 'package', [['plated', 'Plated three courses — £42pp']], 2);
    expect(choiceInSelect(old, [MENU, again])).toBeUndefined();
  });

  it('is only asked of radio buttons and checkboxes', () => {
    expect(choiceInSelect(button, [MENU])).toBeUndefined();
  });
});
