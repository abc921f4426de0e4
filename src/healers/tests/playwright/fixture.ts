/**
 * The @playwright/test fixture: `heal` is a HealingPage over the test's
 * page, backed by the project's store and ledger (HOMEOSTAT_STORE, default
 * sqlite:./.homeostat/homeostat.db). When the test ends its result verifies
 * every heal made in it.
 *
 * @example
 * import { expect, test } from 'homeostat/playwright/fixture';
 * test('signs in', async ({ heal }) => {
 *   await heal.page.goto('/login');
 *   await heal.locator('#login-btn').click();
 * });
 */
import { relative } from 'node:path';
import { test as base } from '@playwright/test';
import { systemClock } from '../../../core/clock.js';
import type { Store } from '../../../core/store.js';
import { Ledger } from '../../../ledger/index.js';
import { DEFAULT_STORE_URL, openStore } from '../../../store/index.js';
import { LedgerHealReporter } from '../reporter.js';
import { type HealingOptions, HealingPage } from './healing.js';

export { expect } from '@playwright/test';

interface WorkerFixtures {
  healStore: { store: Store; reporter: LedgerHealReporter };
}

interface TestFixtures {
  heal: HealingPage;
  /** Options for `heal` (threshold, waitMs, screenshotDir…); override with test.use(). */
  healOptions: Omit<HealingOptions, 'store' | 'reporter' | 'testFile'>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  healStore: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      const store = await openStore(process.env.HOMEOSTAT_STORE ?? DEFAULT_STORE_URL);
      const reporter = new LedgerHealReporter({
        store,
        audit: new Ledger(store, systemClock),
        clock: systemClock,
      });
      await use({ store, reporter });
      await store.close();
    },
    { scope: 'worker' },
  ],
  healOptions: [{}, { option: true }],
  heal: async ({ page, healStore, healOptions }, use, testInfo) => {
    const h = new HealingPage(page, {
      ...healOptions,
      store: healStore.store,
      reporter: healStore.reporter,
      testFile: relative(process.cwd(), testInfo.file) || testInfo.file,
    });
    await use(h);
    await h.finish(testInfo.status === testInfo.expectedStatus, `test ${testInfo.status}`);
  },
});
