import { expect, type Locator, type Page } from '@playwright/test';

/** Every area of the navigation drawer, in order (ids as in the URL hash and test ids). */
export const AREA_IDS = [
  'dashboard',
  'connectors',
  'profile',
  'mapping',
  'pipeline',
  'quality',
  'gates',
  'runs',
  'simulation',
  'audit',
  'settings',
] as const;

/** One area of the app. */
export type AreaId = (typeof AREA_IDS)[number];

/**
 * The workbench frame: navigation, app bar and page container. Knows nothing about how
 * the app was launched, so the browser and Electron suites share it.
 */
export class AppPage {
  constructor(readonly page: Page) {}

  /** The drawer entry that opens `area`. */
  navItem(area: AreaId): Locator {
    return this.page.getByTestId(`nav-${area}`);
  }

  /** The container of the page currently shown for `area`. */
  pageContainer(area: AreaId): Locator {
    return this.page.getByTestId(`page-${area}`);
  }

  /** The open project's name as the app bar shows it. */
  get projectName(): Locator {
    return this.page.getByTestId('appbar-project');
  }

  /** The error boundary's message, present only when a page crashed. */
  get errorBoundary(): Locator {
    return this.page.getByTestId('page-error');
  }

  /** Opens `area` from the drawer and waits until its page is there. */
  async open(area: AreaId): Promise<void> {
    await this.navItem(area).click();
    await expect(this.pageContainer(area)).toBeVisible();
  }

  /** Waits until the app has loaded and shows a page. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('[data-testid^="page-"]').first()).toBeVisible();
    await expect(this.page.getByTestId('loading')).toHaveCount(0);
  }

  /** Asserts that `area` is shown and no error boundary caught anything. */
  async expectHealthy(area: AreaId): Promise<void> {
    await expect(this.pageContainer(area)).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.errorBoundary).toHaveCount(0);
  }
}
