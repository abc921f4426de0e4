/**
 * The locator-healing corpus: realistic v1/v2 page pairs written for
 * homeostat. The split is fixed: every third pair (by position) is for
 * training — weights and the default threshold may be adjusted looking at
 * those only — and the rest are the test split that the benchmark reports.
 */
import { ACCOUNT_PAIRS } from './account.js';
import { ADMIN_PAIRS } from './admin.js';
import { AUTH_PAIRS } from './auth.js';
import { BLIND_PAIRS } from './blind.js';
import { COMMERCE_PAIRS } from './commerce.js';
import { CONTENT_PAIRS } from './content.js';
import { DEVTOOLS_PAIRS } from './devtools.js';
import { DIALOG_PAIRS } from './dialogs.js';
import { MEDIA_PAIRS } from './media.js';
import type { PagePair } from './page.js';
import { PEOPLE_PAIRS } from './people.js';
import { SHOP_PAIRS } from './shop.js';
import { TRAVEL_PAIRS } from './travel.js';
import { WORKSPACE_PAIRS } from './workspace.js';

export type { PagePair, Target } from './page.js';

/**
 * `holdout`: pairs written later by someone who had not seen the matcher, its
 * features or its lexicon, and never used to fit or adjust anything — the
 * honest check of how the matcher does on redesigns it was not shaped by.
 */
export type Split = 'train' | 'test' | 'holdout';

export { HOLDOUT_PAIRS } from './holdout.js';

/** Every pair, in a fixed order. */
export const PAIRS: readonly PagePair[] = [
  ...AUTH_PAIRS,
  ...SHOP_PAIRS,
  ...ADMIN_PAIRS,
  ...CONTENT_PAIRS,
  ...DIALOG_PAIRS,
  // Added later, appended so that the earlier pairs keep their split.
  ...ACCOUNT_PAIRS,
  ...WORKSPACE_PAIRS,
  ...COMMERCE_PAIRS,
  ...TRAVEL_PAIRS,
  ...DEVTOOLS_PAIRS,
  ...MEDIA_PAIRS,
  ...PEOPLE_PAIRS,
  // Written blind to the matcher and first measured as a held-out set (blind.ts).
  ...BLIND_PAIRS,
];

/** The split a pair belongs to: every third pair trains. */
export function splitOf(index: number): Split {
  return index % 3 === 0 ? 'train' : 'test';
}
