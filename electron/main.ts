// Electron main process: one secure window over lextrace-app://, the API over IPC, menu, deep links, window state.
import '../shared/core/zod-config.js'; // first: zod is configured before any schema is built
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexCorpus } from '../shared/node/import/index-corpus.js';
import { packageRoot, shippedCorpusDir } from '../shared/node/package-root.js';
import { openExplorer, type Explorer } from '../shared/node/service/open-explorer.js';
import { resolveDatabasePath } from '../shared/node/store/default-path.js';
import { restoreBackup, storeRecovery } from '../shared/node/store/store-recovery.js';
import { buildMenuTemplate, type Appearance } from './app-menu.js';
import { APP_SCHEME, APP_START_URL } from './app-origin.js';
import { serveAppRequest } from './app-protocol.js';
import { DEEP_LINK_SCHEME, findDeepLink, isAppPath, parseDeepLink } from './deep-link.js';
import { IMPORT_FILTERS, importIntoWindow, summariseImport } from './import-files.js';
import { LIBRARY_CHANGED_CHANNEL, NAVIGATE_CHANNEL } from './ipc-channels.js';
import { registerExplorerIpc } from './ipc-bridge.js';
import { electronNativeBinding } from './native-binding.js';
import { offerStoreRecovery } from './store-recovery-dialog.js';
import { claimSingleInstance, lockDownAllContents, refusePermissions, windowWebPreferences } from './window-security.js';
import { fitToDisplays, MIN_SIZE, readWindowState, writeWindowState } from './window-state.js';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = packageRoot();
const rendererDir = join(appRoot, 'dist', 'renderer');
const isDev = !app.isPackaged;

let explorer: Explorer | undefined;
let mainWindow: BrowserWindow | undefined;
/** A deep link that arrived before the window finished loading. */
let pendingPath: string | null = findDeepLink(process.argv);
let rendererReady = false;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const openExternal = (url: string): void => void shell.openExternal(url);

if (
  claimSingleInstance(app, (argv) => {
    const path = findDeepLink(argv);
    if (path) navigate(path);
    focusWindow();
  })
) {
  // macOS delivers deep links here, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const path = parseDeepLink(url);
    if (path) navigate(path);
  });
  lockDownAllContents(app, openExternal);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    explorer?.close();
    explorer = undefined;
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
}

async function start(): Promise<void> {
  try {
    registerDeepLinkScheme();
    refusePermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
    explorer = await openLibrary();
    registerExplorerIpc(ipcMain, explorer.service);
    setMenu();
    createWindow();
  } catch (err) {
    const nativeBinding = electronNativeBinding(appRoot);
    const recovery = storeRecovery(err, nativeBinding);
    if (!recovery) return fail(err);
    process.stderr.write(`lextrace: cannot open the store: ${(err as Error).message}\n`);
    await offerStoreRecovery(recovery, {
      dialog,
      restore: (store, backup) => restoreBackup(store, backup, nativeBinding),
      showInFolder: (path) => shell.showItemInFolder(path),
      relaunch: () => {
        app.relaunch();
        app.exit(0);
      },
      quit: () => app.exit(1),
    });
  }
}

async function openLibrary(): Promise<Explorer> {
  const nativeBinding = electronNativeBinding(appRoot);
  const opened = openExplorer(resolveDatabasePath(undefined, process.env), nativeBinding ? { nativeBinding } : {});
  if (opened.service.store.listDocuments().length === 0) {
    await indexCorpus(opened.db, shippedCorpusDir(), opened.hooks, {
      onProgress: ({ index, total, docId, error }) =>
        process.stderr.write(`[${index + 1}/${total}] ${docId}${error ? `: failed: ${error.message}` : ''}\n`),
    });
  }
  return opened;
}

function registerDeepLinkScheme(): void {
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
}

function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function createWindow(): void {
  const saved = readWindowState(windowStateFile());
  const state = fitToDisplays(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Lextrace',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1b1f' : '#ffffff',
    webPreferences: windowWebPreferences(join(here, 'preload.cjs')),
  });
  mainWindow = win;
  rendererReady = false;
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.webContents.on('did-finish-load', () => {
    rendererReady = true;
    if (pendingPath) navigate(pendingPath);
  });
  win.on('close', () => {
    try {
      const bounds = win.getNormalBounds();
      writeWindowState(windowStateFile(), { ...bounds, maximized: win.isMaximized() });
    } catch (err) {
      process.stderr.write(`lextrace: cannot save the window state: ${(err as Error).message}\n`);
    }
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  void win.loadURL(APP_START_URL);
}

function navigate(path: string): void {
  if (!isAppPath(path)) return;
  if (!mainWindow || !rendererReady) {
    pendingPath = path;
    return;
  }
  pendingPath = null;
  mainWindow.webContents.send(NAVIGATE_CHANNEL, path);
  focusWindow();
}

/** Tells the window the library changed under it; a window still loading reads the new library anyway. */
function libraryChanged(): void {
  if (mainWindow && rendererReady) mainWindow.webContents.send(LIBRARY_CHANGED_CHANNEL);
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function setMenu(): void {
  const appearance: Appearance = nativeTheme.themeSource;
  const template = buildMenuTemplate(
    {
      importFiles: () => void chooseAndImport(),
      focusSearch: () => navigate('/search'),
      setAppearance: (value) => {
        nativeTheme.themeSource = value;
        setMenu();
      },
      showAbout: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'About Lextrace',
          message: `Lextrace ${app.getVersion()}`,
          detail: `An offline explorer of legal texts and the references between them.\nElectron ${process.versions.electron}`,
        }),
      openDataFolder: () => void shell.openPath(dirname(resolveDatabasePath(undefined, process.env))),
    },
    { isDev, isMac: process.platform === 'darwin', appearance },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function chooseAndImport(): Promise<void> {
  if (!explorer) return;
  const options = { title: 'Import documents', properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[], filters: IMPORT_FILTERS };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return;
  const results = await importIntoWindow(explorer.service, chosen.filePaths, { libraryChanged, navigate });
  const failed = results.some((r) => !r.ok);
  await dialog.showMessageBox({
    type: failed ? 'warning' : 'info',
    title: 'Import',
    message: failed ? 'Some files could not be imported.' : 'Import finished.',
    detail: summariseImport(results),
  });
}

function fail(err: unknown): void {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`lextrace: cannot start: ${message}\n`);
  dialog.showErrorBox('Lextrace cannot start', err instanceof Error ? err.message : String(err));
  app.exit(1);
}
