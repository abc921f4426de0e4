import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPatch } from './patch.js';

function testFile(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hst-patch-')), 'ship.spec.ts');
  writeFileSync(file, `test('ships', async ({ page }) => {\n${body}\n});\n`);
  return file;
}

describe('planPatch', () => {
  it('rewrites the action when the field became another kind: selectOption on a text box is fill, fill on a select is selectOption', () => {
    const file = testFile(
      [
        "  await page.locator('#country').selectOption('France');",
        "  await page.locator('#size').fill('Large');",
      ].join('\n'),
    );
    const country = planPatch(file, 2, '#country', { kind: 'label', label: 'Country' }, { field: 'typed' });
    expect(country.diff).toContain("+  await page.getByLabel('Country', { exact: true }).fill('France');");
    const size = planPatch(file, 3, '#size', { kind: 'css', selector: '#parcel' }, { field: 'select' });
    expect(size.diff).toContain("+  await page.locator('#parcel').selectOption('Large');");
  });

  it('keeps the action when the field kept its kind, or when no one call replaces it', () => {
    const file = testFile("  await page.locator('#country').selectOption('fr');");
    const same = planPatch(file, 2, '#country', { kind: 'css', selector: '#dest' }, { field: 'select' });
    expect(same.diff).toContain("+  await page.locator('#dest').selectOption('fr');");
    const radios = planPatch(file, 2, '#country', { kind: 'css', selector: '#where' }, { field: 'radios' });
    expect(radios.diff).toContain("+  await page.locator('#where').selectOption('fr');");
    const unknown = planPatch(file, 2, '#country', { kind: 'css', selector: '#dest' });
    expect(unknown.diff).toContain("+  await page.locator('#dest').selectOption('fr');");
  });
  it('turns the check or click of a choice that became an option of a select into picking that option', () => {
    const menu = { kind: 'label', label: 'Menu package' } as const;
    const file = testFile(
      "  await page.locator('#plated').check({ force: true });\n  await page.locator('#plated').click();",
    );
    // Line 2 checks the choice, line 3 clicks it: either picks the option.
    for (const line of [2, 3])
      expect(planPatch(file, line, '#plated', menu, { option: 'plated' }).diff).toContain(
        "+  await page.getByLabel('Menu package', { exact: true }).selectOption('plated');",
      );
    // Reading the choice is left as written: the reviewer decides what it should read now.
    const read = testFile("  expect(await page.locator('#plated').isChecked()).toBe(true);");
    expect(planPatch(read, 2, '#plated', menu, { option: 'plated' }).diff).toContain(
      "+  expect(await page.getByLabel('Menu package', { exact: true }).isChecked()).toBe(true);",
    );
  });
  it('clicks open the closed menus the element moved into before the call, outermost first, at its indentation', () => {
    const file = testFile("  await page.locator('#attach').click();");
    const plan = planPatch(
      file,
      2,
      '#attach',
      { kind: 'testid', testId: 'attach' },
      {
        opens: ["getByRole('button', { name: 'More', exact: true })", "getByText('Add permissions')"],
      },
    );
    expect(plan.after).toContain(
      [
        "  await page.getByRole('button', { name: 'More', exact: true }).click();",
        "  await page.getByText('Add permissions').click();",
        "  await page.getByTestId('attach').click();",
      ].join('\n'),
    );
  });
});
