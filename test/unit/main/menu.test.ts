import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));
const { menuTemplate } = await import('../../../main/menu');

const actions = { openProject: vi.fn(), createDemoProject: vi.fn(), showAbout: vi.fn() };

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('has File > Open Project… on Ctrl+O that runs the action', () => {
    const open = flatten(menuTemplate(actions, { packaged: true, platform: 'linux' })).find((i) => i.label === 'Open Project…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(actions.openProject).toHaveBeenCalled();
  });

  it('offers reload and devtools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      flatten(menuTemplate(actions, { packaged, platform: 'win32' })).map((i) => i.role).filter(Boolean);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
  });

  it('puts the app menu first on macOS', () => {
    expect(menuTemplate(actions, { packaged: true, platform: 'darwin' })[0]?.role).toBe('appMenu');
  });
});
