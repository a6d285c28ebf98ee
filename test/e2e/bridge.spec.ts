import { copyFile, mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { bridgeUrl, openApp } from './open-app';
import { AREA_IDS } from './pages/app-page';
import { DashboardPage } from './pages/dashboard-page';
import { PipelinePage, type ShownCounts } from './pages/pipeline-page';

const SCREENSHOT = 'test-results/screenshots/pipeline-after-run.png';
const DOCS_SCREENSHOT = 'docs/screenshots/pipeline-after-run.png';


/** Runs the pipeline once from the page and returns the finished run's counts. */
async function runOnce(pipeline: PipelinePage): Promise<{ status: string; counts: ShownCounts[] }> {
  const previous = await pipeline.start();
  const status = await pipeline.waitForFinish(previous);
  return { status, counts: await pipeline.readCounts() };
}

test.describe.configure({ mode: 'serial' });

/** The counts of the run the pipeline test made on the fresh demo project. */
let firstRunCounts: ShownCounts[] | null = null;

test('opens on the Dashboard showing the demo project', async ({ page }) => {
  const app = await openApp(page);
  await expect(app.pageContainer('dashboard')).toBeVisible();
  const dashboard = new DashboardPage(page);
  await expect(dashboard.overview).toBeVisible();
  const name = (await dashboard.heading.textContent())?.trim() ?? '';
  expect(name.length).toBeGreaterThan(0);
  await expect(app.projectName).toHaveText(name);
  await app.expectHealthy('dashboard');
});

test('runs the pipeline with live progress and per-table counts', async ({ page }) => {
  const app = await openApp(page);
  await app.open('pipeline');
  const pipeline = new PipelinePage(page);
  // Small batches give the engine many commits to report, so progress is observable.
  await pipeline.setBatchSize(25);
  const maxRowsDoneShown = await pipeline.recordProgress();
  const previous = await pipeline.start();
  await expect(page.getByTestId('appbar-run')).toBeVisible();

  const status = await pipeline.waitForFinish(previous);
  expect(status).toBe('succeeded');
  expect(await maxRowsDoneShown(), 'the progress panel showed rows done while the run was in flight').toBeGreaterThan(0);
  const counts = await pipeline.readCounts();
  expect(counts.length).toBeGreaterThan(0);
  for (const table of counts) {
    expect(table.read, `${table.name}: read = written + rejected + skipped`).toBe(
      table.written + table.rejected + table.skipped,
    );
  }
  expect(counts.reduce((sum, t) => sum + t.written, 0)).toBeGreaterThan(0);
  firstRunCounts = counts;

  await page.mouse.move(0, 0); // no tooltip in the picture
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(page.getByTestId('loading')).toHaveCount(0);
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  await mkdir('docs/screenshots', { recursive: true });
  await copyFile(SCREENSHOT, DOCS_SCREENSHOT);
});

test('a second run duplicates nothing', async ({ page }) => {
  const app = await openApp(page);
  await app.open('pipeline');
  const pipeline = new PipelinePage(page);
  await expect(pipeline.status.or(page.getByText('No runs yet'))).toBeVisible();
  // Run alone (e.g. with --grep), this test makes its own first run.
  const first = firstRunCounts ?? (await runOnce(pipeline)).counts;
  expect(first.length).toBeGreaterThan(0);

  const second = await runOnce(pipeline);
  expect(second.status).toBe('succeeded');
  for (const before of first) {
    const after = second.counts.find((t) => t.name === before.name);
    expect(after, `table ${before.name} is in the second run`).toBeDefined();
    expect(after!.written + after!.skipped, `${before.name}: second run written + skipped = first run written`).toBe(
      before.written,
    );
  }
});

test('the API refuses calls without the session cookie', async ({ playwright }) => {
  const origin = new URL(bridgeUrl()).origin;
  const anonymous = await playwright.request.newContext({ baseURL: origin });
  try {
    const response = await anonymous.post('/api/invoke', { data: { channel: 'app:info', input: {} } });
    expect([401, 403]).toContain(response.status());
  } finally {
    await anonymous.dispose();
  }
});

test('every area opens without an error', async ({ page }) => {
  const app = await openApp(page);
  for (const area of AREA_IDS) {
    await app.open(area);
    await app.expectHealthy(area);
  }
});
