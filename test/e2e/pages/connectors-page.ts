import { expect, type Locator, type Page } from '@playwright/test';

/** The Connectors page: sources with their status, a source's tables and preview, adding and removing sources. */
export class ConnectorsPage {
  constructor(readonly page: Page) {}

  /** The row of a source in the sources table. */
  sourceRow(id: string): Locator {
    return this.page.getByTestId(`source-row-${id}`);
  }

  /** How many tables the page says a source has (from its data-value, not the formatted text). */
  async tableCount(id: string): Promise<number> {
    return Number(await this.page.getByTestId(`source-tables-${id}`).getAttribute('data-value'));
  }

  /** The test status chip of a source: its data-state is testing, ok, failed or error. */
  status(id: string): Locator {
    return this.page.getByTestId(`source-status-${id}`);
  }

  /** The discovered tables of the chosen source. */
  get tableRows(): Locator {
    return this.page.getByTestId('source-tables').locator('[data-testid^="table-row-"]');
  }

  /** The preview grid. */
  get preview(): Locator {
    return this.page.getByTestId('preview-grid');
  }

  /** The visible cells of one preview column. */
  previewCells(column: string): Locator {
    return this.preview.locator(`[role="row"][data-id] [data-field="${column}"]`);
  }

  /** Chooses a source, then one of its tables, and waits for the preview. */
  async openPreview(sourceId: string, table: string): Promise<void> {
    await this.sourceRow(sourceId).click();
    await this.page.getByTestId(`table-row-${table}`).click();
    await expect(this.page.getByTestId('preview-section')).toContainText(`Preview · ${table}`);
    await expect(this.previewCells('__where').first()).toBeVisible();
  }

  /** Turns "Reveal identifiable values" on; the first time in a page load it asks, and this confirms. */
  async reveal(confirm = true): Promise<void> {
    await this.page.getByTestId('reveal-toggle').click();
    if (confirm) await this.page.getByTestId('confirm-yes').click();
  }

  /** Adds a source through the dialog: path, Test (which must pass), Add. Answers the test summary. */
  async addSource(path: string): Promise<string> {
    await this.page.getByTestId('add-source').click();
    const dialog = this.page.getByTestId('add-source-dialog');
    await dialog.getByTestId('source-path').fill(path);
    await dialog.getByTestId('test-source').click();
    const report = dialog.getByTestId('test-report');
    await expect(report).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
    const summary = (await dialog.getByTestId('test-summary').textContent()) ?? '';
    await dialog.getByTestId('add-source-confirm').click();
    await expect(dialog).toBeHidden();
    return summary;
  }

  /** The Target section's test chip: its data-state is testing, ok, failed or error. */
  get targetStatus(): Locator {
    return this.page.getByTestId('target-status');
  }

  /** How many tables the target catalog has, as the Target section counts them. */
  async catalogTableCount(): Promise<number> {
    return Number(await this.page.getByTestId('catalog-tables').getAttribute('data-value'));
  }

  /**
   * Changes the target through its dialog: the database path, then a built-in catalog
   * (by its menu label) or a catalog file; Test must pass before "Use this target".
   * Answers how many tables the dialog's catalog check counted.
   */
  async changeTarget(path: string, catalog: { template: string | RegExp } | { file: string }): Promise<number> {
    await this.page.getByTestId('change-target').click();
    const dialog = this.page.getByTestId('target-dialog');
    await dialog.getByTestId('target-path').fill(path);
    await dialog.getByRole('combobox', { name: 'Catalog' }).click();
    if ('template' in catalog) {
      await this.page.getByRole('option', { name: catalog.template }).click();
    } else {
      await this.page.getByRole('option', { name: /DDL file/ }).click();
      await dialog.getByTestId('target-catalog-file').fill(catalog.file);
    }
    await dialog.getByTestId('test-target').click();
    await expect(dialog.getByTestId('test-report')).toHaveAttribute('data-ok', 'true');
    await expect(dialog.getByTestId('save-target')).toBeEnabled();
    await this.page.waitForTimeout(300); // let the button's colour transition finish for the picture
    await this.page.screenshot({ path: 'test-results/screenshots/target-dialog.png' });
    const check = dialog.getByTestId('target-catalog-check');
    await expect(check).toBeVisible();
    const tables = Number(await check.getAttribute('data-tables'));
    await dialog.getByTestId('save-target').click();
    await expect(dialog).toBeHidden();
    return tables;
  }

  /** Removes a source, confirming, and waits until its row is gone. */
  async removeSource(id: string): Promise<void> {
    await this.page.getByTestId(`remove-source-${id}`).click();
    await this.page.getByTestId('confirm-yes').click();
    await expect(this.sourceRow(id)).toHaveCount(0);
  }
}
