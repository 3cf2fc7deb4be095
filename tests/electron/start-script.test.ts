// scripts/start.js: Electron only when both the package and its binary exist; otherwise the browser fallback.
import { describe, expect, it } from 'vitest';

interface StartScript {
  electronBinary(requireFn: (id: string) => unknown): string | null;
  browserFallbackMessage(url: string): string;
}

const scriptUrl = new URL('../../scripts/start.js', import.meta.url).href;
const start = (await import(/* @vite-ignore */ scriptUrl)) as StartScript;

describe('start script', () => {
  it('uses Electron only when the package resolves to an existing binary', () => {
    expect(start.electronBinary(() => process.execPath)).toBe(process.execPath);
    expect(start.electronBinary(() => '/no/such/electron')).toBeNull();
    expect(
      start.electronBinary(() => {
        throw new Error('Electron failed to install correctly');
      }),
    ).toBeNull();
    expect(start.electronBinary(() => ({ not: 'a path' }))).toBeNull();
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
