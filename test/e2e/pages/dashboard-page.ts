import type { Locator, Page } from '@playwright/test';

/** The Dashboard: the open project, its problems and recent runs. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  /** The page heading: the project's name when one is open. */
  get heading(): Locator {
    return this.page.getByTestId('page-dashboard').getByRole('heading', { level: 1 });
  }

  /** The project summary panel. */
  get overview(): Locator {
    return this.page.getByTestId('project-overview');
  }

  /** The empty state offered when no project is open. */
  get openProjectPanel(): Locator {
    return this.page.getByTestId('open-project-panel');
  }

  /** The recent runs panel. */
  get recentRuns(): Locator {
    return this.page.getByTestId('recent-runs');
  }
}
