// The external gold set is well-formed (spans, keys, size, holdout), and the engine's per-family precision/recall on
// it is printed for dev and holdout separately (no thresholds yet: these are the figures to improve).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvisionKey } from '../../shared/core/citations/index.js';
import { EXTERNAL_DIR, evaluate, formatTable, loadExternalGold, registryKnows, validate } from './external-gold.js';

const docs = loadExternalGold();
const readme = readFileSync(new URL('README.md', EXTERNAL_DIR), 'utf8');

describe('external gold set', () => {
  it('is well-formed: every span is the text it claims, refs in order, negatives hold no reference', () => {
    expect(docs.flatMap(validate)).toEqual([]);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('has at least 20 texts in both languages and at least 150 references', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(docs.filter((d) => d.lang === 'en').length).toBeGreaterThan(0);
    expect(docs.filter((d) => d.lang === 'ru').length).toBeGreaterThan(0);
    expect(docs.reduce((n, d) => n + d.refs.length, 0)).toBeGreaterThanOrEqual(150);
    expect(docs.every((d) => d.refs.length > 0)).toBe(true);
  });

  it('holds out the unread rounds, and has measured at least a third of the texts in each language while unread', () => {
    const held = docs.filter((d) => d.split === 'holdout');
    expect(held.length).toBeGreaterThan(0);
    const firstHeld = Math.min(...held.map((d) => d.round));
    expect(firstHeld).toBeGreaterThan(1);
    for (const d of docs) expect(d.split, d.id).toBe(d.round >= firstHeld ? 'holdout' : 'dev');
    // Each round after the first was a holdout once (run once, unread, then added to dev): rounds 2 and later.
    for (const lang of ['en', 'ru'] as const) {
      const all = docs.filter((d) => d.lang === lang);
      const measuredUnread = all.filter((d) => d.round >= 2).length;
      expect(measuredUnread, lang).toBeGreaterThanOrEqual(Math.ceil(all.length / 3));
    }
  });

  it('uses keys the engine parses, and lists every instrument the registry does not know yet in the README', () => {
    const unknown = new Set<string>();
    for (const r of docs.flatMap((d) => d.refs)) {
      const p = parseProvisionKey(r.key);
      expect(p, r.key).not.toBeNull();
      if (!registryKnows(p!.instrument)) unknown.add(p!.instrument);
    }
    expect([...unknown].filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });

  it('reports the engine per family on dev and holdout', () => {
    const tables = (['dev', 'holdout'] as const).map((split) => {
      const part = docs.filter((d) => d.split === split);
      const refs = part.reduce((n, d) => n + d.refs.length, 0);
      return formatTable(`external gold, ${split} (${part.length} texts, ${refs} references)`, evaluate(part));
    });
    console.log(tables.join('\n\n'));
    expect(tables).toHaveLength(2);
  });
});
