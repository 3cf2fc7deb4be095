// The renderer bundle stays small and pure: nothing it imports, directly or through the core, pulls in lunr.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .filter((m) => !/^\s*(?:import|export)\s+type\s/.test(m[0].trim()))
    .map((m) => (m[1] ?? m[2] ?? m[3])!);
}

function resolveSource(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, base]) if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

/** Every source file reached from `entry` through value imports, and the packages they import. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(file)) {
      if (spec.startsWith('.')) {
        const target = resolveSource(file, spec);
        if (target) queue.push(target);
      } else {
        packages.add(spec);
      }
    }
  }
  return { files: [...seen].map((f) => relative(root, f)), packages };
}

describe('renderer imports', () => {
  const graph = importGraph(join(root, 'renderer', 'main.tsx'));

  it('walks the whole renderer', () => {
    expect(graph.files.length).toBeGreaterThan(30);
    expect(graph.packages).toContain('react');
  });

  it('reaches the filter fields (and the date filter) of the search core but not its lunr pipeline', () => {
    const lunrFree = ['shared/core/search/filter-fields.ts', 'shared/core/search/date-filter.ts'];
    expect(graph.files).toContain('shared/core/search/filter-fields.ts');
    expect(graph.files.filter((f) => f.startsWith('shared/core/search/') && !lunrFree.includes(f))).toEqual([]);
    expect([...graph.packages].filter((p) => /^lunr/.test(p))).toEqual([]);
  });
});
