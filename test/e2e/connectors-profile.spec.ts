import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';
import { ConnectorsPage } from './pages/connectors-page';
import { PathBrowser } from './pages/path-browser';
import { ProfilePage } from './pages/profile-page';

const SYNTHEA = resolve('test/fixtures/shared-data/synthea-csv-27');
const SYNTHEA_ID = 'synthea-csv-27';
const TEN_DIGITS = /\d{10}/;


async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0); // no tooltip in the picture
  // Full-page captures draw the fixed app bar where the viewport is, so start at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(page.getByTestId('loading')).toHaveCount(0);
  await mkdir('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

test.describe.configure({ mode: 'serial' });

test('Connectors: the demo source, a masked preview, reveal, add and remove a source', async ({ page }) => {
  const app = await openApp(page);
  await app.open('connectors');
  const connectors = new ConnectorsPage(page);

  await expect(connectors.sourceRow('pas')).toBeVisible();
  expect(await connectors.tableCount('pas')).toBe(4);
  await expect(connectors.status('pas')).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
  await expect(connectors.tableRows).toHaveCount(4);

  await connectors.openPreview('pas', 'patients');
  const nhs = connectors.previewCells('nhs_number');
  const surname = connectors.previewCells('surname');
  await expect(nhs.first()).toHaveText(/^[•\s]+$/);
  await expect(surname.first()).toHaveText(/^[•\s'-]+$/);
  for (const text of await connectors.preview.locator('[role="row"][data-id]').allTextContents()) expect(text).not.toMatch(TEN_DIGITS);
  await expect(connectors.preview.locator('[data-testid="masked-marker"]').first()).toBeVisible();

  await connectors.reveal();
  await expect(nhs.first()).toHaveText(TEN_DIGITS);
  await expect(surname.first()).toHaveText(/^[A-Za-z][A-Za-z' -]+$/);
  // Revealing is per view: another table, or coming back, is masked again.
  await page.getByTestId('table-row-admissions').click();
  await page.getByTestId('table-row-patients').click();
  await expect(nhs.first()).toHaveText(/^[•\s]+$/);

  const summary = await connectors.addSource(SYNTHEA);
  expect(summary).toContain('18 tables');
  await expect(connectors.sourceRow(SYNTHEA_ID)).toBeVisible();
  await expect(connectors.status(SYNTHEA_ID)).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
  await expect.poll(() => connectors.tableCount(SYNTHEA_ID)).toBe(18);
  await expect(connectors.tableRows).toHaveCount(18);

  await connectors.openPreview('pas', 'patients');
  await page.getByTestId('catalog-table-LOAD_ADMISSION').click();
  await screenshot(page, 'connectors');

  await connectors.removeSource(SYNTHEA_ID);
  await expect(connectors.sourceRow('pas')).toBeVisible();
});

test('Connectors: a dropped file opens Add source and asks for its full path', async ({ page }) => {
  const app = await openApp(page);
  await app.open('connectors');
  const target = page.getByTestId('sources-section');
  await expect(target).toBeVisible();
  const files = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['ward,name\nW1,Oak\n'], 'wards.csv', { type: 'text/csv' }));
    return data;
  });
  await target.dispatchEvent('dragover', { dataTransfer: files });
  await target.dispatchEvent('drop', { dataTransfer: files });
  const dialog = page.getByTestId('add-source-dialog');
  await expect(dialog.getByTestId('drop-note')).toContainText('wards.csv');
  await expect(dialog.getByTestId('source-path')).toHaveValue('wards.csv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('Connectors: Browse… finds a folder with the in-app picker, and the target can be changed and changed back', async ({ page }) => {
  const app = await openApp(page);
  await app.open('connectors');
  const connectors = new ConnectorsPage(page);

  await page.getByTestId('add-source').click();
  const dialog = page.getByTestId('add-source-dialog');
  await dialog.getByTestId('source-path-browse').click();
  const browser = new PathBrowser(page);
  // It opens at the project, whose source folder is listed.
  await expect(browser.entry('source')).toHaveAttribute('data-kind', 'folder');
  await browser.goTo(resolve(SYNTHEA, '..'));
  await browser.enter(SYNTHEA_ID);
  await expect(browser.entry('patients.csv')).toHaveAttribute('data-kind', 'file');
  await page.screenshot({ path: 'test-results/screenshots/path-browser.png' });
  await page.keyboard.press('Backspace');
  await expect(browser.entry(SYNTHEA_ID)).toBeVisible();
  await browser.choose(SYNTHEA_ID);
  await expect(dialog.getByTestId('source-path')).toHaveValue(SYNTHEA);
  await dialog.getByTestId('test-source').click();
  await expect(dialog.getByTestId('test-report')).toHaveAttribute('data-ok', 'true', { timeout: 30_000 });
  await expect(dialog.getByTestId('test-summary')).toContainText('18 tables');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expect(connectors.targetStatus).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
  expect(await connectors.catalogTableCount()).toBe(4);
  expect(await connectors.changeTarget('target/omop.db', { template: /OMOP CDM 5\.4/ })).toBe(39);
  await expect.poll(() => connectors.catalogTableCount()).toBe(39);
  await expect(page.getByTestId('target-summary')).toContainText('target/omop.db');
  await expect(page.getByTestId('target-summary')).toContainText('builtin:omop-cdm-5.4');
  expect(await connectors.changeTarget('target/load.db', { file: 'target/load-schema.sql' })).toBe(4);
  await expect.poll(() => connectors.catalogTableCount()).toBe(4);
  await expect(page.getByTestId('load-order')).toContainText('LOAD_PATIENT');
});

test('Profile: profiles the sources with progress, flags the NHS number and charts a column', async ({ page }) => {
  const app = await openApp(page);
  await app.open('profile');
  const profile = new ProfilePage(page);
  const maxRowsShown = await profile.recordProgress();
  const shown = await profile.profile();
  expect(shown).toMatch(/Showing profile-/);
  expect(await maxRowsShown(), 'the progress panel was shown while profiling').toBeGreaterThanOrEqual(0);
  const summary = page.getByTestId('profile-scan-summary');
  await expect(summary).toContainText('Profiled 4 tables');
  expect(Number(await summary.getAttribute('data-value'))).toBeGreaterThan(10_000);

  await profile.openTable('admissions');
  const specialty = await profile.openColumn('specialty');
  await expect(specialty.getByTestId('quartile-box')).toBeVisible();

  await profile.openTable('patients');
  await expect(profile.columnRow('nhs_number').getByTestId('flag-nhs_number')).toBeVisible();
  const surname = await profile.openColumn('surname');
  await expect(surname.getByTestId('flag-person_name')).toBeVisible();
  const surnameBars = surname.getByTestId('top-values-chart');
  await expect(surnameBars).toContainText('#1 •');
  await page.getByTestId('reveal-toggle').click();
  await page.getByTestId('confirm-yes').click();
  await expect(surnameBars).not.toContainText('•');
  await expect(surnameBars).toContainText(/[A-Z][a-z]+/);
  await page.screenshot({ path: 'test-results/screenshots/profile-revealed-surname.png', fullPage: true });
  await page.getByTestId('reveal-toggle').click();
  await expect(surnameBars).toContainText('#1 •');
  const ethnic = await profile.openColumn('ethnic_code');
  await expect(ethnic.getByTestId('top-values-chart').locator('svg').first()).toBeVisible();
  await expect(ethnic.getByTestId('patterns-chart').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('side-by-side')).toBeVisible();
  for (const text of await page.getByTestId('column-grid').locator('[role="row"][data-id]').allTextContents()) expect(text).not.toMatch(TEN_DIGITS);
  await screenshot(page, 'profile');
});
