import type { Page } from '@playwright/test';
import { BRIDGE_URL_ENV } from './global-setup';
import { AppPage } from './pages/app-page';

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
