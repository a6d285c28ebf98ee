// The Electron main process, kept thin: lifecycle, one window, menus and dialogs. The
// engine runs in a utility process (main/host/); main only routes messages to it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import type { Result } from '../preload/contract';
import { RENDERER_ORIGIN, RENDERER_URL, registerAppScheme, serveRenderer } from './app-protocol';
import type { EngineProcess } from './host/engine-process';
import { startEngineHost } from './host/start-engine-host';
import { broadcastEvent, registerIpcBridge } from './ipc-bridge';
import { installApplicationMenu } from './menu';
import { createDemoProject, pickPath, pickProject, showAbout } from './project-dialogs';
import { RecentProject } from './recent-project';
import { guardAllWebContents, hardenSession } from './security';
import { openStartupProject } from './startup-project';
import { createMainWindow } from './window';

/** Set by tests (and anyone wanting a throwaway profile) to use another user-data folder. */
const USER_DATA_ENV = 'CUTOVER_USER_DATA_DIR';

// This file is bundled to dist/electron/main.cjs; its siblings are the other bundles and
// ../renderer is the Vite build. __dirname (not app.getAppPath()) keeps that true however
// Electron was launched: `electron .`, `electron dist/electron/main.cjs`, or packaged.
const bundleDir = __dirname;
const appRoot = path.resolve(bundleDir, '..', '..');
const files = {
  preload: path.join(bundleDir, 'preload.cjs'),
  engineHost: path.join(bundleDir, 'engine-host.cjs'),
  rendererDir: path.join(bundleDir, '..', 'renderer'),
};

const log = (message: string) => console.error(`[cutover] ${message}`);

const userDataOverride = process.env[USER_DATA_ENV];
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

app.enableSandbox();
registerAppScheme();
guardAllWebContents(app);

// The lock lives in the user-data folder, so a test profile never collides with a real one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let engine: EngineProcess | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => engine?.stop());

  app
    .whenReady()
    .then(() => {
      const required = [files.preload, files.engineHost, path.join(files.rendererDir, 'index.html')];
      const missing = required.filter((file) => !existsSync(file));
      if (missing.length > 0) {
        dialog.showErrorBox('Cutover Workbench is not built', `Missing:\n${missing.join('\n')}\n\nRun \`npm run build\` first.`);
        app.quit();
        return;
      }
      hardenSession(session.defaultSession);
      serveRenderer(session.defaultSession, files.rendererDir);

      const host = startEngineHost({
        entry: files.engineHost,
        appRoot,
        packaged: app.isPackaged,
        onEvent: (event, payload) => broadcastEvent(RENDERER_ORIGIN, event, payload),
        log,
      });
      engine = host;
      const invoke = (channel: string, input: unknown) => host.invoke(channel, input);

      const recent = new RecentProject(app.getPath('userData'));
      const remember = (projectDir: string) => {
        const error = recent.write(projectDir);
        if (error) log(`Could not remember the last project: ${error.message}`);
      };
      const ready = openStartupProject({
        invoke,
        recent: recent.read(),
        demoDir: path.join(app.getPath('userData'), 'demo-project'),
        log,
      })
        .then((projectDir) => {
          if (projectDir) remember(projectDir);
        })
        .catch((error: unknown) => log(`Could not open a start-up project: ${String(error)}`));

      registerIpcBridge({
        invoke,
        origin: RENDERER_ORIGIN,
        ready,
        pickProject: (window) => pickProject(invoke, window),
        pickPath,
        onProjectOpened: remember,
      });

      // The contract has no "project changed" event, so after a menu command opens a
      // project the renderer is reloaded and reads `projects:current` afresh.
      const afterMenuCommand = (title: string) => (result: Result<unknown>) => {
        if (!result.ok) {
          dialog.showErrorBox(title, result.error.message);
          return;
        }
        const projectDir = (result.data as { path?: unknown } | null)?.path;
        if (typeof projectDir !== 'string') return;
        remember(projectDir);
        mainWindow?.webContents.reload();
      };
      installApplicationMenu(
        {
          openProject: () => void pickProject(invoke, mainWindow).then(afterMenuCommand('Could not open the project')),
          createDemoProject: () =>
            void createDemoProject(invoke, mainWindow).then(afterMenuCommand('Could not create the demo project')),
          showAbout: () => void showAbout(mainWindow),
        },
        { packaged: app.isPackaged, platform: process.platform },
      );

      const openWindow = () => {
        const window = createMainWindow({ preload: files.preload, url: RENDERER_URL, devTools: !app.isPackaged });
        window.on('closed', () => {
          if (mainWindow === window) mainWindow = null;
        });
        return window;
      };
      mainWindow = openWindow();
      app.on('activate', () => {
        if (!mainWindow) mainWindow = openWindow();
      });
    })
    .catch((error: unknown) => {
      log(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
      dialog.showErrorBox('Cutover Workbench could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
