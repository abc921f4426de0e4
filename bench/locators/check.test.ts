import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/healers/tests/browser.js';
import { checkPairs } from './check.js';
import { edit, page } from './corpus/page.js';

describe('corpus check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names each locator the recorder would refuse, and passes a sound pair', async () => {
    const v1 = page(
      'Listeners',
      `<table id="listeners"><tbody><tr><td>HTTP 80</td><td><a class="rules" href="/l/80">Rules</a></td></tr>
<tr><td>HTTPS 443</td><td><a class="rules" href="/l/443">Rules</a></td></tr></tbody></table>
<button id="add">Add listener</button>`,
    );
    const v2 = edit(v1, [
      [
        '<td>HTTPS 443</td><td><a class="rules" href="/l/443">Rules</a></td>',
        '<td>HTTPS 8443</td><td><a class="rules" href="/l/8443">Rules</a></td>',
      ],
      ['<button id="add">Add listener</button>', '<button id="create">Create listener</button>'],
    ]);
    const tab = await browser.newPage();
    const report = await checkPairs(tab, [
      {
        name: 'listeners',
        v1,
        v2,
        targets: [
          { selector: '#add', expect: '#create', change: 'reworded' },
          { selector: '#listeners tr:nth-child(2) a.rules', expect: null, change: 'row replaced' },
          { selector: 'a.rules', expect: null, change: 'ambiguous on v1' },
          { selector: 'a[href="/l/443"]', expect: 'button.missing', change: 'intended element absent' },
          { selector: '#listeners', expect: '#listeners', change: 'not broken' },
        ],
      },
    ]);
    expect(report).toMatchObject({ pairs: 1, targets: 5, deleted: 2 });
    // A deleted target's locator that matches several rows on v2 is ambiguous, hence broken, and
    // fine as the recorder sees it; only its ambiguity on v1 is a problem.
    expect(report.problems).toEqual([
      "listeners v1: locator 'a.rules' matches 2 elements, expected 1",
      "listeners v2: deleted target '#listeners tr:nth-child(2) a.rules' still resolves (a locator that resolves is not broken)",
      "listeners v2: intended element 'button.missing' matches 0 elements, expected 1",
      "listeners v2: locator '#listeners' still resolves (not broken: the benchmark skips it as an unbroken control)",
    ]);
    const invalid = await checkPairs(tab, [
      { name: 'invalid', v1, v2, targets: [{ selector: 'a[href=', expect: null, change: 'typo' }] },
    ]);
    expect(invalid.problems).toEqual([
      expect.stringMatching(/^invalid v1: locator 'a\[href=' is not a valid selector \(/),
    ]);
    const sound = await checkPairs(tab, [
      {
        name: 'sound',
        v1,
        v2,
        targets: [{ selector: 'a[href="/l/443"]', expect: null, change: 'row replaced' }],
      },
    ]);
    expect(sound.problems).toEqual([]);
    await tab.close();
  });
});
