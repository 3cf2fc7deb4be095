// Keeps the layers honest: the core is pure, the renderer knows only the core, nothing imports upward.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|cts|mts)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const rules: { layer: string; forbidden: RegExp; why: string }[] = [
  { layer: 'shared/core', forbidden: /^(node:|better-sqlite3|electron|react|htmlparser2|pdfjs-dist)|\/node\/|\.\.\/\.\.\/(renderer|electron)\//, why: 'the core is pure TypeScript' },
  { layer: 'renderer', forbidden: /^(node:|better-sqlite3|electron|htmlparser2)|shared\/node\/|\/electron\//, why: 'the renderer runs in any host and imports only the core' },
  { layer: 'shared/node', forbidden: /^(electron|react)|\/renderer\/|\/electron\//, why: 'Node code serves every host and knows none' },
  { layer: 'electron', forbidden: /shared\/node\/web\//, why: 'Electron shares host code through shared/node/host, never the web host' },
  { layer: 'shared/node/host', forbidden: /^node:http|\.\.\/web\//, why: 'host-neutral code knows neither HTTP nor the web host' },
];

describe('layering', () => {
  for (const rule of rules) {
    it(`${rule.layer}: ${rule.why}`, () => {
      // Build configuration runs in Node, not in the app.
      const files = sourceFiles(rule.layer).filter((f) => !/vite.config.ts$/.test(f));
      expect(files.length).toBeGreaterThan(3);
      const offences = files.flatMap((file) =>
        importsOf(file)
          .filter((spec) => rule.forbidden.test(spec))
          .map((spec) => `${relative(root, join(root, file))} imports ${spec}`),
      );
      expect(offences).toEqual([]);
    });
  }
});
