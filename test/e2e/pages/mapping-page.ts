import { expect, type Locator, type Page } from '@playwright/test';

/** The Mapping page: coverage, target tables, the field grid and the field editor. */
export class MappingPage {
  constructor(readonly page: Page) {}

  /** A coverage figure by its test id suffix (fields, decided, unresolved, blocking, approved), from its data-value. */
  async coverage(figure: 'fields' | 'decided' | 'unresolved' | 'blocking' | 'approved'): Promise<number> {
    return Number(await this.page.getByTestId(`coverage-${figure}`).getAttribute('data-value'));
  }

  /** The field editor. */
  get editor(): Locator {
    return this.page.getByTestId('field-editor');
  }

  /** Chooses a target table, then one of its fields, and waits for the editor to show it. */
  async openField(table: string, field: string): Promise<void> {
    await this.page.getByTestId(`mapping-table-${table}`).click();
    await this.page.getByTestId('field-grid').locator(`[role="row"][data-id="${field}"]`).click();
    await expect(this.editor).toHaveAttribute('data-field', field);
  }

  /** Picks a class in the editor by its short label (direct, lookup, derived, out of scope, unresolved…). */
  async chooseClass(label: string): Promise<void> {
    await this.editor.getByRole('combobox', { name: 'Class' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${label} —`) }).click();
  }

  /** Saves the editor's draft and waits until the save is done. */
  async save(): Promise<void> {
    await this.editor.getByTestId('save-mapping').click();
    await expect(this.editor.getByTestId('save-mapping')).toBeDisabled();
    await expect(this.editor.getByTestId('save-mapping')).toHaveText(/^Save/);
  }

  /** The class the grid shows for a field (the raw class, from the chip's data-class). */
  async gridClass(field: string): Promise<string | null> {
    return this.page.getByTestId('field-grid').locator(`[role="row"][data-id="${field}"] [data-class]`).getAttribute('data-class');
  }
}
