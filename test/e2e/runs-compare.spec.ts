import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bridgeUrl, ensureRun, openApp } from './open-app';
import { PipelinePage } from './pages/pipeline-page';

/** Calls a channel over the bridge with the page's session cookie; answers the data. */
async function invoke<T>(page: Page, channel: string, input: object): Promise<T> {
  const response = await page.request.post(new URL('/api/invoke', bridgeUrl()).toString(), { data: { channel, input } });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  expect(body.ok, `${channel}: ${body.error?.message}`).toBe(true);
  return body.data;
}

interface Crosswalk {
  rows: { source: string; target: string; description: string }[];
  sha256: string;
}

/** Runs the pipeline from its page with a batch size ('' for the project's) and answers the new run's id. */
async function runWith(pipeline: PipelinePage, batchSize: number | ''): Promise<string> {
  await pipeline.setBatchSize(batchSize);
  const before = await pipeline.start();
  await pipeline.waitForFinish(before);
  return (await pipeline.shownRunId())!;
}

const checkbox = (page: Page, runId: string) => page.getByTestId('runs-grid').locator(`[role="row"][data-id="${runId}"] input[type="checkbox"]`);

// Before runs-rollback.spec.ts: it leaves the crosswalk as it found it and the target loaded.
test('Runs: two runs compared side by side, before and after a crosswalk fix; the comparison survives a reload', async ({ page }) => {
  const app = await openApp(page);
  await ensureRun(app);
  const pipeline = new PipelinePage(page);

  // A broken crosswalk (no code for female) rejects patients and, through them, their records.
  const sex = await invoke<Crosswalk>(page, 'crosswalks:get', { name: 'sex' });
  let broken = '';
  const saved = await invoke<Crosswalk>(page, 'crosswalks:save', { name: 'sex', rows: sex.rows.filter((r) => r.source !== 'F'), expectedSha: sex.sha256 });
  try {
    broken = await runWith(pipeline, 500);
  } finally {
    await invoke(page, 'crosswalks:save', { name: 'sex', rows: sex.rows, expectedSha: saved.sha256 });
  }
  const fixed = await runWith(pipeline, '');

  await app.open('runs');
  await expect(page.getByTestId('compare-hint')).toContainText('Tick 2 to 4 runs');
  await expect(page.getByTestId('compare-runs')).toBeDisabled();
  await checkbox(page, fixed).click();
  await expect(page.getByTestId('compare-hint')).toHaveText('Tick one more run to compare.');
  // Ticking by keyboard: the focused box takes Space.
  await checkbox(page, broken).focus();
  await page.keyboard.press('Space');
  await expect(checkbox(page, broken)).toBeChecked();
  await expect(page.getByTestId('compare-runs')).toHaveText('Compare 2');
  await page.getByTestId('compare-runs').click();

  // The earlier run is the baseline.
  await expect(page).toHaveURL(new RegExp(`#/runs/compare~${broken}~${fixed}$`));
  const view = page.getByTestId('compare-view');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('compare-run-A')).toHaveAttribute('data-run-id', broken);
  await expect(page.getByTestId('compare-run-B')).toHaveAttribute('data-run-id', fixed);
  await expect(page.getByTestId('compare-batch-A')).toHaveText('500');
  await expect(page.getByTestId('compare-batch-B')).toHaveText('1,000');

  const rejectedA = Number(await page.getByTestId('compare-count-LOAD_PATIENT-rejected-A').getAttribute('data-value'));
  const rejectedB = page.getByTestId('compare-count-LOAD_PATIENT-rejected-B');
  const rejectedAfter = Number(await rejectedB.getAttribute('data-value'));
  expect(rejectedA).toBeGreaterThan(rejectedAfter);
  await expect(rejectedB).toHaveAttribute('data-delta', String(rejectedAfter - rejectedA));
  await expect(rejectedB.locator('[data-tone]')).toHaveAttribute('data-tone', 'better');
  const finding = page.getByTestId('finding').filter({ hasText: `rejected rows fell from ${rejectedA.toLocaleString('en-US')} to ${rejectedAfter} in LOAD_PATIENT` });
  await expect(finding).toHaveAttribute('data-tone', 'better');
  await expect(page.getByTestId('compare-rules').locator('[data-testid="compare-rule-crosswalk-LOAD_PATIENT"]')).toHaveAttribute('data-change', /changed|gone/);
  await expect(page.getByTestId('compare-chart-written').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('compare-chart-rejected').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('compare-stages').locator('[data-testid^="compare-stage-"][data-testid$="-B"]')).toHaveCount(4);

  // The selection is in the URL: a reload shows the same comparison with the same runs ticked.
  await page.reload();
  await expect(view).toBeVisible();
  await expect(page.getByTestId('compare-run-A')).toHaveAttribute('data-run-id', broken);
  await expect(checkbox(page, broken)).toBeChecked();
  await expect(checkbox(page, fixed)).toBeChecked();

  await page.mouse.move(0, 0); // no tooltip in the picture
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(page.getByTestId('loading')).toHaveCount(0);
  await mkdir('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/runs-compare.png', fullPage: true });

  // Against the fixed run as the baseline, the broken one reads as worse.
  await page.getByTestId('make-baseline-B').click();
  await expect(page).toHaveURL(new RegExp(`#/runs/compare~${fixed}~${broken}$`));
  await expect(page.getByTestId('finding').filter({ hasText: 'rejected rows rose' }).first()).toHaveAttribute('data-tone', 'worse');

  await page.getByTestId('close-compare').click();
  await expect(page).toHaveURL(/#\/runs$/);
  await expect(view).toHaveCount(0);
  await app.expectHealthy('runs');
});
