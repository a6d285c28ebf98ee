import { expect, test } from '@playwright/test';
import { ensureRun, openApp } from './open-app';

test('Quality: a run\'s score, rule results, findings and issues with their source rows; rejects as CSV; the rule library', async ({ page }) => {
  const app = await openApp(page);
  await ensureRun(app);
  await app.open('quality');
  const summary = page.getByTestId('quality-summary');
  await expect(summary).toBeVisible();
  const score = Number(await page.getByTestId('quality-score').getAttribute('data-value'));
  expect(score).toBeGreaterThan(0.9);
  expect(score).toBeLessThan(1);
  expect(Number(await page.getByTestId('quality-read').getAttribute('data-value'))).toBeGreaterThan(10_000);

  // The demo injects NHS numbers with a wrong check digit; the rule finds them.
  const nhsRule = page.getByTestId('rule-patient.nhs_number.modulus11');
  const failed = Number(await nhsRule.getAttribute('data-failed'));
  expect(failed).toBeGreaterThan(0);
  await nhsRule.click();
  const browser = page.getByTestId('issue-browser');
  await expect(browser).toHaveAttribute('data-total', String(failed));
  await expect(browser).toContainText('fails the NHS number check digit');
  await expect(browser).toContainText(/source\/patients\.csv:\d+/);
  await expect(browser).not.toContainText(/\b\d{10}\b/);

  await page.getByTestId('findings').locator('[data-testid^="finding-"]').first().click();
  await expect(browser).toHaveAttribute('data-total', /^[1-9]\d*$/);

  const download = page.waitForEvent('download');
  await page.getByTestId('download-rejects').click();
  const file = await download;
  const csv = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  expect(csv.split('\n')[0]).toBe('target_table,source_file,source_line,source_message,source_segment,reasons');
  expect(csv).toContain('patient.nhs_number.modulus11');

  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/quality.png', fullPage: true });

  await page.getByTestId('open-check-library').click();
  await expect(page.getByTestId('check-nhs_number')).toContainText('9434765919');
  await expect(page.getByTestId('check-unique')).toContainText('table check');
});
