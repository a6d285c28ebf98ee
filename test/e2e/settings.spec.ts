import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bridgeUrl, openApp } from './open-app';
import { ConnectorsPage } from './pages/connectors-page';

const TEN_DIGITS = /^\d{10}$/;

/** Opens the Settings page and waits until the form shows the project's values. */
async function openSettings(page: Page) {
  const app = await openApp(page);
  await app.open('settings');
  await app.expectHealthy('settings');
  const batchSize = page.getByTestId('setting-batch-size');
  await expect(batchSize).not.toHaveValue('');
  // The server runs on this machine, so the folder the page shows is where project.yaml is.
  const projectYaml = join((await page.getByTestId('project-folder').textContent())!, 'project.yaml');
  const yamlText = () => readFile(projectYaml, 'utf8');
  return { app, batchSize, yamlText, save: page.getByTestId('settings-save'), revert: page.getByTestId('settings-revert') };
}

// Other specs share this server's project: whatever this changes, it puts back.
test('Settings: a new batch size is saved to the project, kept over a reload, and put back', async ({ page }) => {
  const { batchSize, yamlText, save, revert } = await openSettings(page);
  const original = await batchSize.inputValue();
  const originalYaml = await yamlText();
  const changed = original === '750' ? '650' : '750';

  await expect(page.getByTestId('settings-workbench')).toContainText('run-store.db');
  await expect(page.getByTestId('app-mode')).toHaveText(/Browser/);
  await expect(save).toBeDisabled();
  await expect(revert).toBeDisabled();

  // A value out of range is named on its field and cannot be saved.
  await batchSize.fill('0');
  await expect(page.getByTestId('settings-pipeline')).toContainText('Out of range: enter a whole number from 1 to 100,000.');
  await expect(save).toBeDisabled();
  await expect(revert).toBeEnabled();
  await revert.click();
  await expect(batchSize).toHaveValue(original);
  await expect(revert).toBeDisabled();

  await batchSize.fill(changed);
  await expect(page.getByTestId('settings-dirty')).toBeVisible();
  await save.click();
  await expect(page.getByTestId('settings-saved')).toContainText('Settings saved to project.yaml');
  expect(await yamlText()).toBe(originalYaml.replace(`batchSize: ${original}`, `batchSize: ${changed}`));
  await expect(save).toBeDisabled();
  await expect(page.getByTestId('settings-dirty')).toHaveCount(0);

  await page.reload();
  await expect(batchSize).toHaveValue(changed);
  await expect(page.getByTestId('settings-pipeline')).toContainText('Set in project.yaml');
  await expect(page.getByTestId('settings-privacy')).toContainText('Default (5)');

  await page.mouse.move(0, 0);
  await expect(page.getByTestId('settings-saved')).toHaveCount(0, { timeout: 10_000 });
  await mkdir('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/settings.png' });

  // Ctrl/⌘+S saves the original value back; the audit trail has both changes.
  await batchSize.fill(original);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.reload();
  await expect(batchSize).toHaveValue(original);
  expect(await yamlText()).toBe(originalYaml);

  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-trail')).toContainText('settings.changed');
});

/** Calls a channel through the bridge with the page's session cookie, as the renderer does. */
async function invoke(page: Page, channel: string, input: unknown): Promise<unknown> {
  const response = await page.request.post(`${new URL(bridgeUrl()).origin}/api/invoke`, { data: { channel, input } });
  expect(response.ok()).toBe(true);
  const result = (await response.json()) as { ok: boolean; data?: unknown };
  expect(result.ok).toBe(true);
  return result.data;
}

test('Settings: with masking turned off, a preview starts revealed; with it back on, masked', async ({ page }) => {
  const { app, yamlText, save } = await openSettings(page);
  const originalYaml = await yamlText();
  const mask = page.getByTestId('setting-mask-previews').locator('input');
  await expect(mask).toBeChecked();
  await mask.uncheck();
  await expect(page.getByTestId('unmasked-warning')).toBeVisible();
  await save.click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  const connectors = new ConnectorsPage(page);
  const nhs = connectors.previewCells('nhs_number');
  try {
    await app.open('connectors');
    await connectors.openPreview('pas', 'patients');
    await expect(page.getByTestId('reveal-toggle').locator('input')).toBeChecked();
    await expect(nhs.first()).toHaveText(TEN_DIGITS);
  } finally {
    // Back to the default by taking the key out, so project.yaml reads exactly as before.
    await invoke(page, 'settings:update', { privacy: { maskPreviews: null } });
  }
  expect(await yamlText()).toBe(originalYaml);
  await page.reload();
  await connectors.openPreview('pas', 'patients');
  await expect(page.getByTestId('reveal-toggle').locator('input')).not.toBeChecked();
  await expect(nhs.first()).toHaveText(/^[•\s]+$/);
  await app.open('settings');
  await expect(page.getByTestId('settings-privacy')).toContainText('Default (on)');
});
