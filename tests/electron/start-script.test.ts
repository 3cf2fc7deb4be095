// scripts/start.js: Electron only when both the package and its binary exist; otherwise the browser fallback.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface StartScript {
  electronBinary(resolveFn?: (id: string) => string, env?: Record<string, string | undefined>): string | null;
  browserFallbackMessage(url: string): string;
}

const scriptUrl = new URL('../../scripts/start.js', import.meta.url).href;
const start = (await import(/* @vite-ignore */ scriptUrl)) as StartScript;

describe('start script', () => {
  it("uses Electron only when the package's path.txt names an existing binary, never requiring the package", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lextrace-electron-pkg-'));
    try {
      const resolveFn = (id: string): string => {
        expect(id).toBe('electron/package.json'); // require('electron') would download the binary since Electron 42
        return join(dir, 'package.json');
      };
      writeFileSync(join(dir, 'package.json'), '{"name":"electron"}');
      expect(start.electronBinary(resolveFn, {})).toBeNull(); // no path.txt: never downloaded
      writeFileSync(join(dir, 'path.txt'), 'electron');
      expect(start.electronBinary(resolveFn, {})).toBeNull(); // path.txt but no dist/
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '');
      expect(start.electronBinary(resolveFn, {})).toBe(join(dir, 'dist', 'electron'));
      expect(start.electronBinary(resolveFn, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'elsewhere') })).toBeNull();
      expect(
        start.electronBinary(() => {
          throw new Error("Cannot find module 'electron/package.json'");
        }, {}),
      ).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds no Electron binary on this machine (package installed without its binary)', () => {
    expect(start.electronBinary).toBeTypeOf('function');
    expect((start.electronBinary as () => string | null)()).toBeNull();
  });

  it('says where Lextrace is served', () => {
    expect(start.browserFallbackMessage('http://127.0.0.1:5178/')).toBe(
      'Electron is not installed here; serving Lextrace in your browser at http://127.0.0.1:5178/',
    );
  });
});
