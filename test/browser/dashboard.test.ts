/**
 * The dashboard in real Chromium against a real engine and API: an incident
 * appears and heals live (no reload), an approval is clicked through by an
 * approver, the operator's pause turns the next decision into approve, and a
 * viewer can neither see an approve button nor approve through the API.
 * Screenshots land in test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, SCREENSHOTS, startHarness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  h = await startHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** The list row of an incident, found by id. */
const row = (page: Page, id: string) =>
  page.locator(`[data-testid="incident-row"][data-incident-id="${id}"]`);

describe('dashboard in Chromium', () => {
  it('shows an incident appear and heal live, without a reload', async () => {
    const page = await h.page('operator');
    await expect.poll(() => page.getAttribute('[data-testid="stream"]', 'data-status')).toBe('live');
    await expect.poll(() => page.getAttribute('[data-testid="who"]', 'data-role')).toBe('operator');
    await page.getByText('No incidents — everything looks normal').waitFor();
    await shot(page, '0-empty');

    let navigations = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations++;
    });
    const inc = await h.incident('payments', 'process-crashed');
    // It shows up while it is still being worked on, then turns healed by itself.
    await row(page, inc.id).waitFor();
    // First seen while still in the loop (the restart takes over a second to verify).
    expect(await row(page, inc.id).getAttribute('data-state')).not.toBe('healed');
    await page.locator(`[data-testid="incident-story"][data-incident-id="${inc.id}"]`).waitFor();
    await page
      .locator(`[data-testid="incident-row"][data-incident-id="${inc.id}"][data-state="healed"]`)
      .waitFor({ timeout: 15_000 });
    const story = page.locator('[data-testid="incident-story"]');
    await story.locator('[data-state="healed"]').first().waitFor();
    await story.locator('[data-testid="outcome"] .reason-code', { hasText: 'VERIFIED' }).waitFor();
    await story.locator('[data-testid="verification-chart"] canvas').waitFor();
    expect(await story.locator('[data-testid="decision-rule"]').textContent()).toBe('default.low');
    expect(navigations).toBe(0);
    await shot(page, '1-healed');
    await page.click('[data-testid="tab-memory"]');
    await page.locator('[data-testid="memory-panel"] td', { hasText: 'infra.restart' }).waitFor();
    await shot(page, '1b-memory');

    await page.click('[data-testid="tab-topology"]');
    await page.locator('[data-testid="topology-graph"] canvas').first().waitFor();
    await page.click('[data-testid="tab-ledger"]');
    await page.locator('[data-testid="ledger-verify"][data-ok="true"]').waitFor();
    await page.locator('table.ledger tbody tr').first().waitFor();
    expect(await page.locator('table.ledger').textContent()).toContain(
      'infra.restart → mode auto by rule default.low',
    );
    await shot(page, '2-ledger');
  });

  it('an approver clicks a high-risk approval through and the incident heals', async () => {
    const inc = await h.incident('orders', 'bad-release');
    const page = await h.page('approver');
    await expect.poll(() => page.getAttribute('[data-testid="who"]', 'data-role')).toBe('approver');
    await page.locator('[data-testid="approval-banner"]').waitFor();
    // While it waits, orders is the failing node, and its error rate shows the marked anomaly.
    await page.goto(`${h.url}/#/topology/service:orders`);
    await expect
      .poll(() => h.call('GET', '/api/v1/topology', 'viewer').then((r) => JSON.stringify(r.body)))
      .toContain('"failing"');
    await page.locator('[data-testid="metric-chart"] canvas').first().waitFor();
    const series = await h.call(
      'GET',
      `/api/v1/series?entity=service:orders&indicator=http_error_rate_pct&since=0`,
      'viewer',
    );
    expect(JSON.stringify(series.body)).toContain('"anomaly":true');
    await shot(page, '3-topology-failing');
    await page.click('[data-testid="tab-approvals"]');
    const card = page.locator('[data-testid="approval"]').filter({ hasText: 'orders' });
    await card.waitFor();
    await shot(page, '3b-approval-pending');
    await card.getByRole('button', { name: 'Approve…' }).click();
    const dialog = page.locator('[data-testid="reason-dialog"]');
    await dialog.locator('textarea').fill('diff checked; v41 is the last good release');
    await shot(page, '4-approval-dialog');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByText('Nothing waits for a person').waitFor();

    await page.goto(`${h.url}/#/incidents/${inc.id}`);
    await page.locator(`[data-testid="incident-story"][data-state="healed"]`).waitFor({ timeout: 15_000 });
    await page.getByText('by alice').first().waitFor();
    await shot(page, '5-approved-healed');
    const vote = (await h.runtime.ledger.read(1, 10_000)).find((e) => e.type === 'approval.vote');
    expect(vote?.actor).toBe('alice');
  });

  it('a viewer sees no approve button and the API answers 403', async () => {
    const inc = await h.incident('inventory', 'bad-release');
    const page = await h.page('viewer');
    await expect.poll(() => page.getAttribute('[data-testid="who"]', 'data-role')).toBe('viewer');
    await page.click('[data-testid="tab-approvals"]');
    const card = page.locator('[data-testid="approval"]').filter({ hasText: 'inventory' });
    await card.waitFor();
    await card.locator('[data-testid="approval-no-role"]').waitFor();
    expect(await card.getByRole('button', { name: /approve/i }).count()).toBe(0);
    expect(await page.locator('[data-testid="pause"] button').count()).toBe(0);
    await shot(page, '6-viewer');
    const id = card.getAttribute('data-approval-id');
    const res = await h.call('POST', `/api/v1/approvals/${await id}/approve`, 'viewer', { reason: 'trying' });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).toContain('HST_FORBIDDEN');
    // Leave nothing pending for the next test.
    expect(
      (await h.call('POST', `/api/v1/approvals/${await id}/reject`, 'approver', { reason: 'test over' }))
        .status,
    ).toBe(200);
    expect(inc.id).toBeTruthy();
  });

  it('says plainly when the token is not valid (401)', async () => {
    const page = await h.page({ token: 'not-a-real-token-0123456789' });
    await page
      .locator('[data-testid="who"]')
      .getByText('The server does not know this token (401).')
      .waitFor();
    await page.locator('[role="alert"]', { hasText: 'Not signed in (401)' }).first().waitFor();
    await page.locator('[data-testid="stream"][data-status="denied"]').waitFor();
    await shot(page, '8-bad-token');
  });

  it('an operator pauses, and the next low-risk decision becomes approve', async () => {
    const page = await h.page('operator');
    await page.locator('[data-testid="pause"][data-paused="false"]').waitFor();
    await page.locator('[data-testid="pause"]').getByRole('button', { name: 'Pause' }).click();
    const dialog = page.locator('[data-testid="reason-dialog"]');
    await dialog.locator('textarea').fill('database migration');
    await dialog.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.locator('[data-testid="pause"][data-paused="true"]').waitFor();
    expect(await page.locator('[data-testid="pause"]').textContent()).toContain('otto');

    const inc = await h.incident('cart', 'process-crashed');
    await page
      .locator(`[data-testid="incident-row"][data-incident-id="${inc.id}"][data-state="awaiting-approval"]`)
      .click();
    const story = page.locator(`[data-testid="incident-story"][data-incident-id="${inc.id}"]`);
    await story.waitFor();
    expect(await story.locator('[data-testid="decision-rule"]').textContent()).toBe('default.low+paused');
    await shot(page, '7-paused');

    await page.locator('[data-testid="pause"]').getByRole('button', { name: 'Resume' }).click();
    await dialog.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.locator('[data-testid="pause"][data-paused="false"]').waitFor();
  });

  // Last: it breaks the chain on purpose.
  it('shows a tampered ledger in red, naming the first bad entry', async () => {
    const db = new Database(h.dbPath);
    try {
      db.prepare(`UPDATE ledger SET actor = 'mallory' WHERE seq = 3`).run();
    } finally {
      db.close();
    }
    const page = await h.page('viewer');
    await page.click('[data-testid="tab-ledger"]');
    const banner = page.locator('[data-testid="ledger-verify"][data-ok="false"]');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('first bad entry #3 (hash-mismatch)');
    await page.locator('table.ledger td', { hasText: 'mallory' }).waitFor();
    await shot(page, '9-ledger-tampered');
  });
});
