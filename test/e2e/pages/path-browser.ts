import { expect, type Locator, type Page } from '@playwright/test';

/** The in-app file and folder picker (browser mode's Browse…). */
export class PathBrowser {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('path-browser');
  }

  /** One entry of the folder shown. */
  entry(name: string): Locator {
    return this.dialog.getByTestId(`path-entry-${name}`);
  }

  /** Types a folder into the address bar and goes there. */
  async goTo(folder: string): Promise<void> {
    await this.dialog.getByTestId('path-browser-address').fill(folder);
    await this.dialog.getByRole('button', { name: 'Go' }).click();
    await expect(this.dialog.getByTestId('path-browser-address')).toHaveValue(folder);
  }

  /** Goes into a sub-folder by double-clicking it. */
  async enter(name: string): Promise<void> {
    await this.entry(name).dblclick();
    await expect(this.dialog.getByTestId('path-browser-address')).toHaveValue(new RegExp(`[/\\\\]${name}$`));
  }

  /** Selects an entry, then Choose. */
  async choose(name?: string): Promise<void> {
    if (name) await this.entry(name).click();
    await this.dialog.getByTestId('path-browser-choose').click();
    await expect(this.dialog).toBeHidden();
  }
}
