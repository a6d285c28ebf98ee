import { expect, test } from '@playwright/test';
import { openApp } from './open-app';
import { PipelinePage } from './pages/pipeline-page';

// Runs last (files run in name order): rolling back changes the target the other specs look at.
test('Runs: a run is rolled back to the target before it, with a name, and shows as undone', async ({ page }) => {
  const app = await openApp(page);
  await app.open('pipeline');
  const pipeline = new PipelinePage(page);
  const before = await pipeline.shownRunId();
  await pipeline.start();
  await pipeline.waitForFinish(before);
  const runId = await pipeline.shownRunId();

  await app.open('runs');
  await page.getByTestId('runs-grid').locator(`[role="row"][data-id="${runId}"]`).click();
  await expect(page.getByTestId('run-id')).toHaveText(runId!);
  await page.getByTestId('rollback-run').click();
  const dialog = page.getByTestId('rollback-dialog');
  await dialog.getByTestId('rollback-by').fill('Sam Analyst');
  await dialog.getByTestId('confirm-rollback').click();
  await expect(page.getByTestId('rollback-done')).toContainText('Rolled back 1 run');
  await expect(page.getByTestId('run-actions')).toContainText('This run was rolled back');
  await expect(page.getByTestId('runs-grid').locator(`[role="row"][data-id="${runId}"]`)).toContainText('load, rolled back');

  await app.open('audit');
  await expect(page.getByTestId('audit-trail')).toContainText('run.rolled_back');
  await expect(page.getByTestId('chain-status')).toHaveAttribute('data-verified', 'true');
});
