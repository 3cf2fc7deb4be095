// The native menu's items and the File › Import… pipeline, without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../electron/app-menu.js';
import { IMPORT_FILTERS, importFiles, importIntoWindow, summariseImport } from '../../electron/import-files.js';
import { IMPORT_EXTENSIONS } from '../../shared/core/api/import-limits.js';
import type { ImportReport } from '../../shared/core/api/dto.js';
import { stubService } from '../node/web/web-fixtures.js';

function actions(): MenuActions & Record<string, ReturnType<typeof vi.fn>> {
  return { importFiles: vi.fn(), focusSearch: vi.fn(), setAppearance: vi.fn(), showAbout: vi.fn(), openDataFolder: vi.fn() };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((i) => i.label === label);

describe('menu template', () => {
  it('has File › Import… and Quit, the search shortcut (left to the renderer), and Help items wired to actions', () => {
    const a = actions();
    const menu = buildMenuTemplate(a, { isDev: false, isMac: false, appearance: 'system' });
    const importItem = byLabel(menu, 'Import…')!;
    (importItem.click as () => void)();
    expect(a.importFiles).toHaveBeenCalledOnce();
    expect(flatten(menu).some((i) => i.role === 'quit')).toBe(true);
    const search = byLabel(menu, 'Search…')!;
    expect(search).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
    (byLabel(menu, 'Open Data Folder')!.click as () => void)();
    expect(a.openDataFolder).toHaveBeenCalledOnce();
    (byLabel(menu, 'Dark')!.click as () => void)();
    expect(a.setAppearance).toHaveBeenCalledWith('dark');
    expect(byLabel(menu, 'Follow System')!.checked).toBe(true);
  });

  it('offers reload and devtools in development only', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate(actions(), { isDev, isMac: false, appearance: 'light' })).map((i) => i.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});

describe('importFiles', () => {
  it('sends each file base64-encoded to importDocument and reports per file', async () => {
    const importDocument = vi.fn(async ({ fileName }: { fileName: string; data: string }) => ({
      status: 'imported' as const,
      docId: fileName.replace(/\..*$/, ''),
      file: fileName,
      clauses: 3,
    }));
    const files: Record<string, Buffer> = { '/in/law.txt': Buffer.from('Article 1.'), '/in/huge.html': Buffer.alloc(64 * 1024 * 1024 + 1) };
    const read = async (path: string) => {
      const bytes = files[path];
      if (!bytes) throw new Error('ENOENT');
      return bytes;
    };
    const results = await importFiles(stubService({ importDocument }), ['/in/law.txt', '/in/missing.htm', '/in/huge.html'], read);
    expect(importDocument).toHaveBeenCalledOnce();
    expect(importDocument.mock.calls[0]![0]).toEqual({ fileName: 'law.txt', data: Buffer.from('Article 1.').toString('base64') });
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(summariseImport(results).split('\n')).toEqual([
      'law.txt: imported as "law" (3 clauses)',
      'missing.htm: cannot read missing.htm: ENOENT',
      'huge.html: huge.html is larger than 64 MB',
    ]);
  });

  it('reads with the import limits by default: a link to /dev/zero is refused at once, never read', async () => {
    const { mkdtempSync, symlinkSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'lextrace-electron-import-'));
    const link = join(dir, 'zero.txt');
    symlinkSync('/dev/zero', link);
    const importDocument = vi.fn();
    const [result] = await importFiles(stubService({ importDocument }), [link]);
    rmSync(dir, { recursive: true, force: true });
    expect(importDocument).not.toHaveBeenCalled();
    expect(result).toEqual({ file: 'zero.txt', ok: false, error: { code: 'import_failed', message: 'zero.txt: is a device, not a regular file' } });
  });

  it('reports import_failed from the service', async () => {
    const { ApiError } = await import('../../shared/core/api/api-error.js');
    const service = stubService({
      importDocument: async () => {
        throw new ApiError('import_failed', 'not a text or HTML file');
      },
    });
    const [result] = await importFiles(service, ['/x.txt'], async () => Buffer.from('x'));
    expect(result).toEqual({ file: 'x.txt', ok: false, error: { code: 'import_failed', message: 'not a text or HTML file' } });
  });
});

describe('File › Import… and the window', () => {
  const reporting = (statuses: Record<string, ImportReport['status']>) =>
    stubService({
      importDocument: async ({ fileName }: { fileName: string; data: string }) => ({
        status: statuses[fileName]!,
        docId: fileName.replace(/\..*$/, ''),
        file: fileName,
        clauses: 1,
      }),
    });

  function recordingWindow() {
    const events: string[] = [];
    return { events, libraryChanged: () => events.push('library-changed'), navigate: (path: string) => events.push(`navigate ${path}`) };
  }

  it('tells the window the library changed, then opens the first imported document', async () => {
    const win = recordingWindow();
    const read = async () => Buffer.from('text');
    await importIntoWindow(reporting({ 'a.txt': 'unchanged', 'b.html': 'updated' }), ['/in/a.txt', '/in/b.html'], win, read);
    expect(win.events).toEqual(['library-changed', 'navigate /doc/a']);
  });

  it('does not reload the window when nothing changed', async () => {
    const win = recordingWindow();
    await importIntoWindow(reporting({ 'a.txt': 'unchanged' }), ['/in/a.txt'], win, async () => Buffer.from('text'));
    expect(win.events).toEqual(['navigate /doc/a']);
    const failed = recordingWindow();
    await importIntoWindow(reporting({}), ['/in/missing.txt'], failed, async () => {
      throw new Error('ENOENT');
    });
    expect(failed.events).toEqual([]);
  });

  it('offers the extensions the importers read, without dots', () => {
    expect(IMPORT_FILTERS).toEqual([{ name: 'Legal texts', extensions: IMPORT_EXTENSIONS.map((e) => e.slice(1)) }]);
    expect(IMPORT_FILTERS[0]!.extensions).toEqual(expect.arrayContaining(['txt', 'html', 'htm', 'xhtml']));
  });
});
