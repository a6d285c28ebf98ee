import { expect, type Page } from '@playwright/test';
import { BRIDGE_URL_ENV } from './global-setup';
import { AppPage } from './pages/app-page';
import { PipelinePage } from './pages/pipeline-page';

/** The tokened URL `cutover serve` printed, which the global setup put in the environment. */
export function bridgeUrl(): string {
  const url = process.env[BRIDGE_URL_ENV];
  if (!url) throw new Error(`${BRIDGE_URL_ENV} is not set; the global setup should have started cutover serve`);
  return url;
}

/** Opens the app through the tokened URL, which sets the session cookie and lands on `/`. */
export async function openApp(page: Page): Promise<AppPage> {
  await page.goto(bridgeUrl());
  const app = new AppPage(page);
  await app.waitUntilReady();
  return app;
}

/**
 * Makes sure the server's project has a run that loaded the target: the area specs need
 * one, and each can run alone. A run already shown on the Pipeline page will do.
 */
export async function ensureRun(app: AppPage): Promise<void> {
  await app.open('pipeline');
  const pipeline = new PipelinePage(app.page);
  await expect(pipeline.startButton).toBeEnabled();
  if ((await pipeline.shownRunId()) !== null) return;
  await pipeline.start();
  await pipeline.waitForFinish(null);
}
