import { expect, type Locator, type Page } from '@playwright/test';

/** The Profile page: start a scan, follow it, read the stored results. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  /** The button that starts profiling. */
  get startButton(): Locator {
    return this.page.getByTestId('start-profile');
  }

  /** The line saying which stored profile is shown. */
  get shown(): Locator {
    return this.page.getByTestId('profile-shown');
  }

  /** The row of a column in the column grid. */
  columnRow(name: string): Locator {
    return this.page.getByTestId('column-grid').locator(`[role="row"][data-id="${name}"]`);
  }

  /**
   * Starts noting whether the progress panel was shown, however briefly; call the returned
   * function later for the largest number of rows it displayed (-1: never shown).
   */
  async recordProgress(): Promise<() => Promise<number>> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __maxProfileRows?: number };
      w.__maxProfileRows = -1;
      const note = () => {
        const el = document.querySelector('[data-testid="profile-rows-done"]');
        if (el) w.__maxProfileRows = Math.max(w.__maxProfileRows ?? -1, Number(el.getAttribute('data-value') ?? 0));
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __maxProfileRows?: number }).__maxProfileRows ?? -1);
  }

  /** Starts a scan with Ctrl+Enter and waits until a profile other than the one shown before is shown. */
  async profile(): Promise<string> {
    const before = (await this.shown.textContent()) ?? '';
    await expect(this.startButton).toBeEnabled();
    await this.page.keyboard.press('Control+Enter');
    await expect(this.shown).toContainText(/Showing profile-/, { timeout: 60_000 });
    await expect(this.shown).not.toHaveText(before, { timeout: 60_000 });
    await expect(this.startButton).toBeEnabled({ timeout: 60_000 });
    return (await this.shown.textContent()) ?? '';
  }

  /** Chooses a profiled table. */
  async openTable(name: string): Promise<void> {
    await this.page.getByTestId(`profile-table-${name}`).click();
    await expect(this.page.getByTestId('profile-table-caption')).toContainText(`.${name} ·`);
  }

  /** Chooses a column and waits for its detail panel. */
  async openColumn(name: string): Promise<Locator> {
    await this.columnRow(name).click();
    const detail = this.page.getByTestId('column-detail');
    await expect(detail).toContainText(`Column · ${name}`);
    return detail;
  }
}
