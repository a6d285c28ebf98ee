import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './open-app';
import { AppPage } from './pages/app-page';
import { MappingPage } from './pages/mapping-page';
import { ProfilePage } from './pages/profile-page';

async function openMapping(page: Page): Promise<MappingPage> {
  const app = await openApp(page);
  await app.open('mapping');
  await expect(page.getByTestId('coverage-summary')).toBeVisible();
  return new MappingPage(page);
}

test.describe.configure({ mode: 'serial' });

test('Mapping: coverage of the demo contract, an edit, undo, an approval, history and restore', async ({ page }) => {
  const mapping = await openMapping(page);
  expect(await mapping.coverage('fields')).toBe(41);
  const decided = await mapping.coverage('decided');

  await mapping.openField('LOAD_PATIENT', 'religion');
  await mapping.chooseClass('unresolved');
  await mapping.editor.getByTestId('edit-notes').fill('Ask the PAS team: religion may be held in a side table');
  await mapping.save();
  await expect.poll(() => mapping.coverage('unresolved')).toBe(1);
  expect(await mapping.gridClass('religion')).toBe('UNRESOLVED');
  await expect(page.getByTestId('mapping-table-LOAD_PATIENT')).toContainText('17/18 decided');

  await page.getByTestId('undo-mapping').click();
  await expect.poll(() => mapping.coverage('unresolved')).toBe(0);
  expect(await mapping.coverage('decided')).toBe(decided);
  expect(await mapping.gridClass('religion')).toBe('OUT_OF_SCOPE');

  await mapping.openField('LOAD_PATIENT', 'title');
  await mapping.editor.getByTestId('approve-mapping').click();
  await page.getByTestId('approver-name').fill('Dr Ada Governance');
  await page.getByTestId('confirm-approve').click();
  await expect.poll(() => mapping.coverage('approved')).toBe(1);
  await expect(page.getByTestId('field-grid').locator('[role="row"][data-id="title"] [data-testid="approval-chip"]')).toHaveAttribute('data-status', 'approved');

  // An approved mapping whose content changes goes back to draft.
  await mapping.chooseClass('derived');
  await mapping.editor.getByTestId('edit-expression').fill('upper(title)');
  await mapping.editor.getByTestId('try-expression').click();
  await expect(mapping.editor.getByTestId('trial-ok')).toBeVisible();
  await expect(mapping.editor.getByTestId('trial-samples')).toContainText('patients.csv:2');
  await mapping.save();
  await expect.poll(() => mapping.coverage('approved')).toBe(0);

  await page.getByTestId('open-history').click();
  const history = page.getByTestId('history-dialog');
  const first = history.locator('[data-testid^="version-item-"]').last();
  await expect(first).toContainText('as found before the first change');
  await expect(history.locator('[data-testid^="version-item-"]')).toHaveCount(5);
  await history.locator('[data-testid^="version-item-"]').nth(3).click();
  // Version #2 set religion to UNRESOLVED: its diff shows that line going and coming.
  await expect(history.getByTestId('version-diff').locator('[data-kind="del"]')).toContainText('LOAD_PATIENT,religion,OUT_OF_SCOPE');
  await expect(history.getByTestId('version-diff').locator('[data-kind="add"]')).toContainText('LOAD_PATIENT,religion,UNRESOLVED');
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/mapping-history.png' });
  await first.click();
  await history.getByText('Whole file').click();
  await expect(history.getByTestId('version-text')).toContainText('target_table,target_field,class');
  await history.getByTestId('restore-version').click();
  await expect(history).toBeHidden();
  expect(await mapping.gridClass('title')).toBe('DIRECT_SOURCE');
  expect(await mapping.gridClass('religion')).toBe('OUT_OF_SCOPE');
  expect(await mapping.coverage('approved')).toBe(0);
});

test('Mapping: ranked suggestions fill a field, one by one or all the confident ones at once', async ({ page }) => {
  const mapping = await openMapping(page);
  await mapping.openField('LOAD_PATIENT', 'given_name');
  // Suggestions weigh the profile; without one the page says how to get it.
  const needsProfile = page.getByTestId('suggestions-need-profile');
  const ranked = page.getByTestId('suggestions');
  await expect(needsProfile.or(ranked)).toBeVisible();
  if (await needsProfile.isVisible()) {
    await new AppPage(page).open('profile');
    await new ProfilePage(page).profile();
    await new AppPage(page).open('mapping');
    await mapping.openField('LOAD_PATIENT', 'given_name');
  }
  await expect(page.getByTestId('suggestion-0')).toContainText('patients.forename');
  await expect(page.getByTestId('suggestion-0')).toContainText('synonym of given_name');

  // Unmap two fields, then let the suggestions put them back.
  await mapping.chooseClass('unresolved');
  await mapping.save();
  await mapping.openField('LOAD_PATIENT', 'sex_code');
  await mapping.chooseClass('unresolved');
  await mapping.save();
  await expect.poll(() => mapping.coverage('blocking')).toBe(2);

  await page.getByTestId('use-suggestion-0').click();
  await expect(mapping.editor.getByRole('combobox', { name: 'Crosswalk' })).toContainText('sex');
  await mapping.save();
  expect(await mapping.gridClass('sex_code')).toBe('LOOKUP_TRANSLATION');

  await expect(page.getByTestId('apply-confident')).toHaveText('Apply 1 confident suggestion');
  await page.getByTestId('apply-confident').click();
  await expect.poll(() => mapping.coverage('unresolved')).toBe(0);
  expect(await mapping.gridClass('given_name')).toBe('DIRECT_SOURCE');
  await expect(page.getByTestId('apply-confident')).toHaveCount(0);
});

test('Mapping: exports the contract CSV and the ETL documentation as downloads', async ({ page }) => {
  await openMapping(page);
  await page.getByTestId('open-export').click();
  const csv = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/^contract-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = await (await csvFile.createReadStream()).toArray();
  expect(Buffer.concat(csvText).toString('utf8')).toMatch(/^target_table,target_field,class/);

  await page.getByTestId('open-export').click();
  const html = page.waitForEvent('download');
  await page.getByTestId('export-html').click();
  const htmlFile = await html;
  expect(htmlFile.suggestedFilename()).toMatch(/\.html$/);
  const htmlText = Buffer.concat(await (await htmlFile.createReadStream()).toArray()).toString('utf8');
  expect(htmlText).toContain('LOAD_PATIENT');
  expect(htmlText).not.toContain('<script');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/mapping.png', fullPage: true });
});

test('Crosswalks: the data shows codes the crosswalk lacks; a guess fills one in, a library crosswalk starts another', async ({ page }) => {
  await openMapping(page);
  await page.getByTestId('tab-crosswalks').click();
  await page.getByTestId('crosswalk-sex').click();
  const editor = page.getByTestId('crosswalk-editor');
  await expect(editor).toHaveAttribute('data-name', 'sex');
  await editor.getByTestId('scan-codes').click();
  const summary = editor.getByTestId('scan-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  // The demo's generator writes a few sex codes its crosswalk lacks (an injected defect).
  const unmapped = Number(await summary.getAttribute('data-unmapped'));
  const rows = editor.getByTestId('crosswalk-rows').locator('[role="row"][data-id]');
  await expect(rows).toHaveCount(4);
  const before = 4;
  if (unmapped > 0) {
    const first = editor.locator('[data-mapped="false"]').first();
    await first.locator('[data-testid$="-0"], [data-testid$="-blank"]').first().click();
    await expect(rows).toHaveCount(before + 1);
  } else {
    await editor.getByTestId('add-code-row').click();
    await expect(rows).toHaveCount(before + 1);
  }
  // Fill any empty cell of the new row, then save.
  const added = rows.last();
  for (const field of ['source', 'target']) {
    const cell = added.locator(`[data-field="${field}"]`);
    if ((await cell.textContent())?.trim()) continue;
    await cell.dblclick();
    await page.keyboard.type(field === 'source' ? 'Q' : '9');
    await page.keyboard.press('Enter');
  }
  await editor.getByTestId('save-crosswalk').click();
  await expect(editor.getByTestId('save-crosswalk')).toBeDisabled();
  await expect(page.getByTestId('crosswalk-sex')).toContainText(`${before + 1} codes`);
  await page.screenshot({ path: 'docs/screenshots/crosswalks.png', fullPage: true });

  await page.getByTestId('new-crosswalk').click();
  const dialog = page.getByTestId('new-crosswalk-dialog');
  await dialog.getByRole('combobox', { name: 'Start from' }).click();
  await page.getByRole('option', { name: /OMOP.*Gender/i }).first().click();
  await dialog.getByTestId('new-crosswalk-name').fill('omop_gender');
  await dialog.getByTestId('create-crosswalk').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('crosswalk-editor')).toHaveAttribute('data-name', 'omop_gender');
  await expect(page.getByTestId('crosswalk-rows')).toContainText('8507');
  await page.getByTestId('delete-crosswalk').click();
  await page.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('crosswalk-omop_gender')).toHaveCount(0);
});
