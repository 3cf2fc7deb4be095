// The native menu as data: File (Import…, Quit), Edit, View (appearance, zoom; reload in dev), Help.
import type { MenuItemConstructorOptions } from 'electron';

export type Appearance = 'system' | 'light' | 'dark';

export interface MenuActions {
  importFiles(): void;
  focusSearch(): void;
  setAppearance(appearance: Appearance): void;
  showAbout(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  isDev: boolean;
  isMac: boolean;
  appearance: Appearance;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const appearanceItem = (value: Appearance, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.appearance === value,
    click: () => actions.setAppearance(value),
  });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // The renderer handles Ctrl/Cmd+K itself; the menu shows the shortcut without capturing it
      // (registerAccelerator: false) and still opens search when clicked.
      { label: 'Search…', accelerator: 'CmdOrCtrl+K', registerAccelerator: false, click: () => actions.focusSearch() },
      { type: 'separator' },
      {
        label: 'Appearance',
        submenu: [appearanceItem('system', 'Follow System'), appearanceItem('light', 'Light'), appearanceItem('dark', 'Dark')],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'About Lextrace', click: () => actions.showAbout() },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
    ],
  };
  const mac: MenuItemConstructorOptions[] = options.isMac ? [{ role: 'appMenu' }] : [];
  return [...mac, file, { role: 'editMenu' }, view, ...(options.isMac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []), help];
}
