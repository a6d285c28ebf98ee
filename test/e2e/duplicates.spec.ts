import { expect, test } from '@playwright/test';
import { ensureRun, openApp } from './open-app';

test('Duplicates: the demo’s injected duplicate patients are all found; a person overrides a match; values stay masked until revealed', async ({ page }) => {
  const app = await openApp(page);
  await ensureRun(app);
  await app.open('quality');
  await page.getByTestId('tab-duplicates').click();
  await page.getByTestId('run-dedup').click();
  const evaluation = page.getByTestId('dedup-evaluation');
  await expect(evaluation).toBeVisible({ timeout: 30_000 });
  await expect(evaluation).toHaveAttribute('data-f1', '1');
  const people = Number(await page.getByTestId('dedup-clusters').getAttribute('data-value'));
  expect(people).toBeGreaterThan(0);

  await page.getByTestId('tab-matched').click();
  const first = page.getByTestId('pair-card').first();
  await expect(first).toBeVisible();
  await expect(first).not.toContainText(/\b\d{10}\b/);
  await page.getByTestId('reviewer-name').fill('Dr Ada Governance');
  await first.getByTestId('decide-different').click();
  await expect(page.getByTestId('dedup-clusters')).toHaveAttribute('data-value', String(people - 1));
  await expect(page.getByTestId('pair-card').first().getByTestId('pair-review')).toContainText('different people · Dr Ada Governance');
  await page.getByTestId('pair-card').first().getByRole('button', { name: 'Undo decision' }).click();
  await expect(page.getByTestId('dedup-clusters')).toHaveAttribute('data-value', String(people));

  await page.getByTestId('tab-people').click();
  await expect(page.getByTestId('cluster-card').first()).toContainText('Golden record');
  await page.getByTestId('reveal-toggle').click();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('cluster-card').first()).toContainText(/\d{4}-\d{2}-\d{2}/);
  await page.getByTestId('reveal-toggle').click();
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/duplicates.png', fullPage: true });
});
