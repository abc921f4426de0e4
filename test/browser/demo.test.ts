/**
 * The real demo in real Chromium: the seven demo services under supervision,
 * homeostat serving the dashboard on its own port, a person signing in with
 * the link the demo prints. A crash appears and heals live; an operator
 * pauses, so the next heal waits and an approver clicks it through; a reader
 * without a token can watch but not act.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSystem, startDemoSystem } from '../../src/demo/system.js';
import { launchChromium } from '../../src/healers/tests/browser.js';
import type { Incident } from '../../src/model/index.js';
import { buildWeb, SCREENSHOTS } from './harness.js';

let dir: string;
let system: DemoSystem;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'homeostat-demo-browser-'));
  const web = join(dir, 'web');
  const launching = launchChromium();
  await buildWeb(web);
  system = await startDemoSystem({
    dir: join(dir, 'demo'),
    port: 0,
    probeIntervalMs: 500,
    load: { baseRps: 4 },
    staticDir: web,
  });
  browser = await launching;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await system?.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `demo-${name}.png`), fullPage: true });

/** The first incident on a service opened after `since`. */
async function incidentOn(service: string, since: number): Promise<Incident> {
  for (let i = 0; i < 150; i++) {
    const found = (await system.runtime.store.listIncidents({ since })).find((x) =>
      x.entities.includes(`service:${service}` as never),
    );
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no incident on ${service}`);
}

describe('the demo in Chromium', () => {
  it('a crash of a real service appears and heals live, signed in by the printed link', async () => {
    const page = await open(system.signInUrl('operator'));
    await expect.poll(() => page.getAttribute('[data-testid="who"]', 'data-role')).toBe('operator');
    // The token left the address bar as soon as it was read.
    expect(page.url()).not.toContain('token=');
    await page.locator('[data-testid="stream"][data-status="live"]').waitFor();
    const t = Date.now();
    await system.inject('crash', 'catalog');
    const inc = await incidentOn('catalog', t - 1);
    await page
      .locator(`[data-testid="incident-row"][data-incident-id="${inc.id}"][data-state="healed"]`)
      .waitFor({ timeout: 20_000 });
    await page.locator(`[data-testid="incident-row"][data-incident-id="${inc.id}"]`).click();
    const story = page.locator(`[data-testid="incident-story"][data-incident-id="${inc.id}"]`);
    await story.locator('[data-testid="outcome"] .reason-code', { hasText: 'VERIFIED' }).waitFor();
    expect(await story.textContent()).toContain('process-crashed');
    await shot(page, '1-crash-healed');
    await page.click('[data-testid="tab-topology"]');
    await page.locator('[data-testid="topology-graph"] canvas').first().waitFor();
    await shot(page, '2-topology');
  });

  it('while paused a heal waits for a person, and an approver clicks it through', async () => {
    const operator = await open(system.signInUrl('operator'));
    await operator.locator('[data-testid="pause"][data-paused="false"]').waitFor();
    await operator.locator('[data-testid="pause"]').getByRole('button', { name: 'Pause' }).click();
    const dialog = operator.locator('[data-testid="reason-dialog"]');
    await dialog.locator('textarea').fill('watching the demo step by step');
    await dialog.getByRole('button', { name: 'Pause', exact: true }).click();
    await operator.locator('[data-testid="pause"][data-paused="true"]').waitFor();

    const t = Date.now();
    await system.inject('hang', 'cart');
    const inc = await incidentOn('cart', t - 1);
    const approver = await open(system.signInUrl('approver'));
    await approver.click('[data-testid="tab-approvals"]');
    const card = approver.locator('[data-testid="approval"]').filter({ hasText: 'cart' });
    await card.waitFor({ timeout: 20_000 });
    await shot(approver, '3-approval-pending');
    await card.getByRole('button', { name: 'Approve…' }).click();
    const vote = approver.locator('[data-testid="reason-dialog"]');
    await vote.locator('textarea').fill('cart is hung; a restart is what I would do');
    await vote.getByRole('button', { name: 'Approve', exact: true }).click();
    await approver.goto(`${system.url}/#/incidents/${inc.id}`);
    await approver
      .locator(`[data-testid="incident-story"][data-incident-id="${inc.id}"][data-state="healed"]`)
      .waitFor({ timeout: 25_000 });
    await approver.getByText('by demo-approver').first().waitFor();
    await shot(approver, '4-approved-healed');

    await operator.locator('[data-testid="pause"]').getByRole('button', { name: 'Resume' }).click();
    await dialog.getByRole('button', { name: 'Resume', exact: true }).click();
    await operator.locator('[data-testid="pause"][data-paused="false"]').waitFor();
  });

  it('anyone may watch without a token, but not act', async () => {
    const page = await open(system.url);
    // Without a token the page offers to sign in, and shows everything read-only meanwhile.
    await page.locator('[data-testid="token-input"]').waitFor();
    await page.locator('[data-testid="stream"][data-status="live"]').waitFor();
    await page.locator('[data-testid="incident-row"]').first().waitFor();
    expect(await page.locator('[data-testid="pause"] button').count()).toBe(0);
    const res = await fetch(`${system.url}/api/v1/pause`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'anonymous try' }),
    });
    expect(res.status).toBe(401);
    await shot(page, '5-anonymous');
  });
});
