/**
 * Launches the system Chromium through playwright-core, with the flags that
 * make it quiet and fast on a shared machine (no first-run work, no
 * background networking). HOMEOSTAT_CHROMIUM overrides the executable.
 */
import { type Browser, chromium } from 'playwright-core';

/** Where Debian and Ubuntu install Chromium. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium; close it when done.
 * @example const browser = await launchChromium(); try { … } finally { await browser.close(); }
 */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? process.env.HOMEOSTAT_CHROMIUM ?? DEFAULT_CHROMIUM,
    args: ARGS,
  });
}
