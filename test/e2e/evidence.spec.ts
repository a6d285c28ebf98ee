import { expect, test } from '@playwright/test';
import { ensureRun, openApp } from './open-app';

test('Audit: the chain verifies, a verdict is signed off sealing its head, and the governance pack downloads', async ({ page }) => {
  const app = await openApp(page);
  await ensureRun(app);
  await app.open('audit');
  const status = page.getByTestId('chain-status');
  await expect(status).toHaveAttribute('data-verified', 'true');
  const entriesBefore = Number(await page.getByTestId('audit-trail').getAttribute('data-total'));

  await page.getByTestId('open-sign-off').click();
  const dialog = page.getByTestId('sign-off-dialog');
  await dialog.getByTestId('sign-name').fill('Dr Ada Governance');
  await dialog.getByTestId('sign-role').fill('Senior information risk owner');
  await dialog.getByTestId('confirm-sign').click();
  await expect(dialog).toBeHidden();
  const signoff = page.getByTestId('signoffs').locator('[data-testid^="signoff-"]').last();
  await expect(signoff).toContainText('Dr Ada Governance');
  await expect(signoff).toContainText(/PASS|FAIL/);
  await expect(status).toHaveAttribute('data-verified', 'true');
  await expect.poll(async () => Number(await page.getByTestId('audit-trail').getAttribute('data-total'))).toBeGreaterThan(entriesBefore);
  await expect(page.getByTestId('audit-trail')).toContainText('signoff.added');

  const download = page.waitForEvent('download');
  await page.getByTestId('pack-html').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^governance-pack-.+\.html$/);
  const html = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  expect(html).toContain('Dr Ada Governance');
  expect(html).toMatch(/NO-GO|GO/);
  expect(html).not.toContain('<script');
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/audit.png', fullPage: true });
});
