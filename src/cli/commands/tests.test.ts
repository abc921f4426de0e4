import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { upsertProposal } from '../../healers/tests/proposals.js';
import { openStore } from '../../store/index.js';
import { runHeal } from './tests.js';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-tests-heal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('homeostat tests heal', () => {
  it('tells a suggestion awaiting review from a heal, and applies it once approved', async () => {
    const url = `sqlite:${join(dir, 'store.db')}`;
    const spec = join(dir, 'checkout.spec.ts');
    writeFileSync(spec, "await page.locator('#pay').click();\nawait page.locator('#cancel').click();\n");
    const store = await openStore(url);
    const base = { testFile: spec, score: 0.5, element: 'button' };
    const healed = await upsertProposal(
      store,
      {
        ...base,
        key: `${spec}::#pay`,
        line: 1,
        selector: '#pay',
        replacement: { kind: 'testid', testId: 'pay-now' },
        confidence: 0.8,
        origin: 'healed',
      },
      1,
    );
    const suggested = await upsertProposal(
      store,
      {
        ...base,
        key: `${spec}::#cancel`,
        line: 2,
        selector: '#cancel',
        replacement: { kind: 'role', role: 'button', name: 'Discard' },
        confidence: 0.31,
        why: ['− the labels share little (0.00)'],
        origin: 'suggested',
      },
      2,
    );
    await store.close();
    expect(suggested.heals).toBe(0);
    expect(healed.heals).toBe(1);

    const listed = await runHeal({ store: url });
    expect(listed).toContain(`${healed.id}  [proposed]`);
    expect(listed).toContain('(healed 1×, score 0.500)');
    expect(listed).toContain(
      '(suggested, not healed: confidence 0.310)\n  why: − the labels share little (0.00)',
    );
    expect(listed).toContain("+await page.getByRole('button', { name: 'Discard', exact: true }).click();");

    await runHeal({ store: url, approve: suggested.id, apply: true, by: 'reviewer' });
    expect(readFileSync(spec, 'utf8')).toBe(
      "await page.locator('#pay').click();\nawait page.getByRole('button', { name: 'Discard', exact: true }).click();\n",
    );
    const json = JSON.parse(await runHeal({ store: url, json: true })) as {
      id: string;
      state: string;
      origin: string;
    }[];
    expect(json.find((p) => p.id === suggested.id)).toMatchObject({ state: 'applied', origin: 'suggested' });
    expect(json.find((p) => p.id === healed.id)).toMatchObject({ state: 'proposed', origin: 'healed' });
  });
});
