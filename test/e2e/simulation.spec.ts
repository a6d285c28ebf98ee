import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';

async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0); // no tooltip in the picture
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await mkdir('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

test('Simulation: a workshop scenario rehearsed under each strategy, played back patient by patient, with advice', async ({ page }) => {
  const app = await openApp(page);
  await app.open('simulation');
  await app.expectHealthy('simulation');

  // The built-in packs are offered; picking one shows its briefing and puts it in the URL.
  await page.getByTestId('scenario-strategy-clinic/big-bang-gamble').click();
  await expect(page).toHaveURL(/#\/simulation\/strategy-clinic%2Fbig-bang-gamble$/);
  await expect(page.getByTestId('scenario-briefing')).toContainText('predict the outcome');

  // An impossible value is refused before running.
  const patients = page.getByTestId('sim-patients');
  await patients.fill('0');
  await expect(page.getByTestId('simulation-run')).toBeDisabled();
  await expect(page.getByText('A whole number from 1 to 200,000')).toBeVisible();
  await patients.fill('2500');
  await expect(page.getByTestId('simulation-run')).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+Enter');

  const results = page.getByTestId('simulation-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  for (const strategy of ['staged', 'big_bang', 'parallel']) await expect(page.getByTestId(`strategy-card-${strategy}`)).toBeVisible();
  // The mapping error waits in the diagnoses: the big bang loses everything, the others keep most patients.
  await expect(page.getByTestId('strategy-card-big_bang')).toContainText('Rolled back');
  await expect(page.getByTestId('strategy-whole-big_bang')).toHaveText('0.0%');
  const parallelWhole = Number((await page.getByTestId('strategy-whole-parallel').textContent())!.replace('%', ''));
  expect(parallelWhole).toBeGreaterThan(50);
  await expect(page.getByTestId('simulation-advice')).toContainText('Big bang rolled back: nothing was migrated');

  // Playback: pause, scrub to the end, and the clock shows the longest night.
  const play = page.getByTestId('simulation-play');
  if ((await play.getAttribute('aria-label')) === 'Pause') await play.click();
  await expect(play).toHaveAttribute('aria-label', 'Play');
  const slider = page.getByRole('slider', { name: 'Simulated time' });
  await slider.focus();
  await page.keyboard.press('End');
  const clock = page.getByTestId('simulation-clock');
  const [now, end] = (await clock.textContent())!.split(' of ');
  expect(now).toBe(end);
  await expect(page.getByTestId('simulation-grid-parallel')).toContainText(/\d+ whole/);
  await expect(page.getByTestId('simulation-log')).toContainText('mapping error at transform.map');
  await expect(app.errorBoundary).toHaveCount(0);
  await screenshot(page, 'simulation');
});
