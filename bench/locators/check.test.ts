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
        ],
      },
    ]);
    expect(report).toMatchObject({ pairs: 1, targets: 4, deleted: 2 });
    expect(report.problems).toEqual([
      "listeners v1: 'a.rules' matches 2 elements, expected 1",
      "listeners v2: deleted target '#listeners tr:nth-child(2) a.rules' still matches 1 (a locator that resolves is not broken)",
      "listeners v2: deleted target 'a.rules' still matches 2 (a locator that resolves is not broken)",
      "listeners v2: intended element 'button.missing' matches 0 elements, expected 1",
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
