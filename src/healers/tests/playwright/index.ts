/**
 * `homeostat/playwright`: self-healing locators for playwright-core pages.
 * The @playwright/test fixture lives in `./fixture.js`, so that users of
 * plain playwright-core do not need @playwright/test installed.
 */

export { COLLECTIONS, type DocStore, locatorKey, MapDocStore } from '../doc-store.js';
export { type HealEvent, healEventSchema } from '../events.js';
export { type Fingerprint, fingerprintSchema } from '../fingerprint.js';
export { DEFAULT_THRESHOLD, match } from '../matcher.js';
export {
  type HealReport,
  type HealReporter,
  type HealVerdict,
  LedgerHealReporter,
  type Verification,
} from '../reporter.js';
export { HealingLocator, type HealingOptions, HealingPage, healing } from './healing.js';
export { LocatorHealError } from './resolve.js';
