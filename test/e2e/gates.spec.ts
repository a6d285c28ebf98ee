import { expect, test, type Page } from '@playwright/test';
import { ensureRun, openApp } from './open-app';
import type { AppPage } from './pages/app-page';

/** Opens Gates, running the pipeline first when this server has no run yet. */
async function openGates(page: Page): Promise<AppPage> {
  const app = await openApp(page);
  await ensureRun(app);
  await app.open('gates');
  await expect(page.getByTestId('verdict')).toBeVisible();
  return app;
}

test('Gates: the demo passes its rehearsal gates, fails its cutover gates; a waiver names who and why; reconciliation holds', async ({ page }) => {
  await openGates(page);
  await page.getByTestId('profile-pre_production').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'PASS');

  await page.getByTestId('profile-cutover_ready').click();
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'FAIL');
  await expect(verdict).toContainText('NO-GO');
  await expect(page.getByTestId('gate-errors')).toHaveAttribute('data-outcome', 'fail');
  await expect(page.getByTestId('gate-reconciliation_parity')).toHaveAttribute('data-outcome', 'pass');
  await expect(page.getByTestId('gate-value-reconciliation_parity')).toHaveText('100.00%');

  await page.getByTestId('waive-duplicate_rate').click();
  const dialog = page.getByTestId('waive-dialog');
  await expect(dialog.getByTestId('confirm-waive')).toBeDisabled();
  await dialog.getByTestId('waive-reason').fill('Duplicate registrations go to the deduplication review before go-live');
  await dialog.getByTestId('waive-by').fill('Dr Ada Governance');
  await dialog.getByTestId('confirm-waive').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('gate-duplicate_rate')).toHaveAttribute('data-outcome', 'waived');
  await expect(page.getByTestId('waiver-duplicate_rate')).toContainText('Dr Ada Governance');

  await page.getByTestId('record-verdict').click();
  await expect(verdict).toContainText('FAIL recorded');
  await expect(page.getByTestId('reconciliation').locator('[data-testid^="reconcile-"]')).toHaveCount(4);
  for (const row of await page.getByTestId('reconciliation').locator('[data-testid^="reconcile-"]').all()) await expect(row).toHaveAttribute('data-parity', '1');
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/gates.png', fullPage: true });

  await page.getByTestId('withdraw-duplicate_rate').click();
  await expect(page.getByTestId('gate-duplicate_rate')).toHaveAttribute('data-outcome', 'fail');
});
