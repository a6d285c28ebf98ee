import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer against the real engine in Debian's Chromium
 * (never a downloaded browser): the global setup builds the renderer and starts
 * `cutover serve` on a demo project. One worker, because the tests share that server.
 * (Playwright reads its config from a default export.)
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'bridge-chromium',
      // bridge.spec.ts runs first (files run in name order): its first run must find an empty target.
      testMatch: ['bridge.spec.ts', 'connectors-profile.spec.ts', 'mapping.spec.ts', 'quality.spec.ts', 'gates.spec.ts', 'evidence.spec.ts', 'duplicates.spec.ts', 'settings.spec.ts', 'runs-compare.spec.ts', 'simulation.spec.ts', 'runs-rollback.spec.ts'],
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      // Runs where Electron's binary is installed (on Linux under a display, e.g. xvfb-run);
      // elsewhere every test reports itself skipped with the reason.
      name: 'electron',
      testMatch: 'electron.spec.ts',
      timeout: 300_000,
    },
  ],
});
