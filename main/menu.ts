import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu's own commands do; main wires them to dialogs and the engine. */
export interface MenuActions {
  openProject(): void;
  createDemoProject(): void;
  showAbout(): void;
}

/** Builds and installs the application menu. */
export function installApplicationMenu(actions: MenuActions, options: { packaged: boolean; platform: NodeJS.Platform }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
}

/**
 * The menu as data, so it can be checked without building native menus. Reload and
 * developer tools exist only in development: in a packaged build a reload would drop
 * the renderer's state mid-run, and devtools would bypass the locked-down renderer.
 */
export function menuTemplate(
  actions: MenuActions,
  options: { packaged: boolean; platform: NodeJS.Platform },
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: 'Create Demo Project…', click: () => actions.createDemoProject() },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  // Without an Edit menu, macOS has no copy/paste shortcuts in text fields.
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: 'About Cutover Workbench', click: () => actions.showAbout() }],
  };
  return mac ? [{ role: 'appMenu' }, file, edit, view, help] : [file, edit, view, help];
}
