// Compiles electron/preload.cts as the build does and runs it the way a sandboxed renderer would.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export type PreloadModule = typeof import('../../electron/preload.cjs');

/** tsc's output for the preload (a .cts file becomes CommonJS). */
export function compilePreload(): string {
  const source = readFileSync(new URL('../../electron/preload.cts', import.meta.url), 'utf8');
  return ts.transpileModule(source, {
    fileName: 'preload.cts',
    compilerOptions: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/** Runs the compiled preload as CommonJS with a require that knows only 'electron', like a sandboxed preload. */
export function runPreload(electron: { contextBridge: unknown; ipcRenderer: unknown }): PreloadModule {
  const module = { exports: {} as Record<string, unknown> };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  new Function('exports', 'require', 'module', compilePreload())(module.exports, sandboxRequire, module);
  return module.exports as unknown as PreloadModule;
}
