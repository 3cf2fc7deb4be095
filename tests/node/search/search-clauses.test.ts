import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { searchClauses } from '../../../shared/node/search/index.js';
import { CIVIL_CODE, CRIMINAL_CODE, IIPA_REPORT, storeWith } from './search-fixture.js';

let db: Database;
beforeAll(async () => {
  db = await storeWith(CIVIL_CODE, CRIMINAL_CODE, IIPA_REPORT);
});
afterAll(() => db.close());

const search = (query: string, limit = 20) => searchClauses(db, { query, limit });
/** The words each hit highlights, read back from the clause text at the highlight offsets. */
function highlightedWords(query: string, limit = 20): string[][] {
  return search(query, limit).hits.map((hit) => {
    const text = (db.prepare('SELECT text FROM clauses WHERE id = ?').get(hit.clause) as { text: string }).text;
    return hit.highlights.map(([s, e]) => text.slice(s, e).toLowerCase());
  });
}

describe('searching clauses', () => {
  it.each([
    ['camcording', /^camcord/],
    ['camcord', /^camcord/],
    ['исключительное право', /^(исключительн|прав)/],
    ['исключительного права', /^(исключительн|прав)/],
    ['circumv*', /^circumv/],
    ['piracyy~1', /^pirac/],
    ['правообладателя~1', /^правообладател/],
  ])('%s finds clauses and highlights the matching word forms', (query, form) => {
    const words = highlightedWords(query);
    expect(words.length).toBeGreaterThan(0);
    for (const hit of words) {
      expect(hit.length).toBeGreaterThan(0);
      for (const word of hit) expect(word).toMatch(form);
    }
  });

  it('finds "исключительного права" and "исключительное право" in the same clauses (Russian stemming)', () => {
    const a = search('исключительное право', 50).hits.map((h) => h.clause);
    const b = search('исключительного права', 50).hits.map((h) => h.clause);
    expect(a).toEqual(b);
    expect(a.every((id) => id.startsWith('ru-'))).toBe(true);
  });

  it('finds camcording for camcord and camcord for camcording (English stemming)', () => {
    expect(search('camcording', 50).hits.map((h) => h.clause).sort()).toEqual(search('camcords', 50).hits.map((h) => h.clause).sort());
  });

  it('ranks by bm25 with scores descending and gives document, label and snippet', () => {
    const { hits, notice } = search('rights holders');
    expect(notice).toBeNull();
    expect(hits.length).toBeGreaterThan(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    expect(hits[0]).toMatchObject({ doc: expect.any(String), label: expect.any(String), snippet: expect.stringMatching(/right|holder/i) });
  });

  it('matches phrases only with their words in order', () => {
    const phrase = highlightedWords('"rights holders"');
    expect(phrase.length).toBeGreaterThan(0);
    for (const hit of phrase) expect(hit.join(' ')).toMatch(/rights? holders?/);
    expect(phrase.length).toBeLessThan(highlightedWords('rights holders', 200).length);
  });

  it.each([
    ['piracy doc:iipa-2017-russia', (h: { doc: string }) => h.doc === 'iipa-2017-russia'],
    ['право kind:statute', (h: { doc: string }) => h.doc.startsWith('ru-')],
    ['право lang:ru -doc:ru-civil-code-part4', (h: { doc: string }) => h.doc === 'ru-criminal-code'],
    ['право kind:article', (h: { clause: string }) => /\/art[\d.]+$/.test(h.clause)],
    ['kind:statute doc:ru-criminal-code', (h: { doc: string }) => h.doc === 'ru-criminal-code'],
  ])('filters: %s', (query, predicate) => {
    const { hits, notice } = search(query);
    expect(notice).toBeNull();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every(predicate)).toBe(true);
  });

  it('+required and -excluded words', () => {
    const required = highlightedWords('+camcording +theaters');
    expect(required.length).toBeGreaterThan(0);
    for (const hit of required) expect(hit.some((w) => w.startsWith('theater'))).toBe(true);
    const all = search('camcording', 50).hits.map((h) => h.clause);
    const without = search('camcording -theaters', 50).hits.map((h) => h.clause);
    expect(without.length).toBeLessThan(all.length);
    expect(without.every((id) => all.includes(id))).toBe(true);
  });

  it('cites:KEY lists the clauses citing a provision, the citation highlighted', () => {
    for (const query of ['cites:ru-civil-code:1229', 'cites:"Article 1229 of the Civil Code"']) {
      const { hits, notice } = search(query);
      expect(notice).toBeNull();
      expect(hits.length).toBeGreaterThan(0);
      const citing = db.prepare("SELECT DISTINCT clause_id FROM citations WHERE key = 'ru-civil-code:1229' OR key LIKE 'ru-civil-code:1229/%'").pluck().all();
      expect(hits.every((h) => citing.includes(h.clause))).toBe(true);
      expect(hits.every((h) => h.highlights.length > 0)).toBe(true);
    }
    const report = search('cites:ru-civil-code:1229 doc:iipa-2017-russia');
    expect(report.hits.length).toBeGreaterThan(0);
    expect(report.hits.every((h) => h.doc === 'iipa-2017-russia')).toBe(true);
  });

  it('cites:KEY with only exclusions beside it applies them (-doc:, -lang:, -word)', () => {
    const all = search('cites:ru-civil-code:1229', 200).hits;
    const docs = new Set(all.map((h) => h.doc));
    expect(docs.has('iipa-2017-russia')).toBe(true);
    expect(docs.has('ru-civil-code-part4')).toBe(true);

    const notReport = search('cites:ru-civil-code:1229 -doc:iipa-2017-russia', 200).hits;
    expect(notReport.length).toBeGreaterThan(0);
    expect(notReport.every((h) => h.doc !== 'iipa-2017-russia')).toBe(true);

    const english = search('cites:ru-civil-code:1229 -lang:ru', 200).hits;
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((h) => h.doc === 'iipa-2017-russia')).toBe(true);

    const withoutWord = search('cites:ru-civil-code:1229 -circumvention', 200).hits.map((h) => h.clause);
    const withWord = search('cites:ru-civil-code:1229 circumvention', 200).hits.map((h) => h.clause);
    expect(withWord.length).toBeGreaterThan(0);
    expect(withoutWord.length).toBe(all.length - withWord.length);
    expect(withoutWord.some((c) => withWord.includes(c))).toBe(false);
  });

  it.each(['Article 1229', 'Civil Code 1229', 'ст. 1229 ГК РФ', 'art. 1229'])(
    '%s ranks the provision text first, then the clauses citing it, then text matches',
    (query) => {
      const { hits } = search(query, 60);
      expect(hits[0]!.clause).toBe('ru-civil-code-part4/art1229');
      const own = hits.filter((h) => h.clause.startsWith('ru-civil-code-part4/art1229'));
      expect(hits.slice(0, own.length)).toEqual(own);
      const citing = db.prepare("SELECT DISTINCT clause_id FROM citations WHERE key LIKE 'ru-civil-code:1229%'").pluck().all() as string[];
      const next = hits.slice(own.length, own.length + 3).map((h) => h.clause);
      expect(next.length).toBeGreaterThan(0);
      for (const id of next) expect(citing).toContain(id);
      expect(citing.some((id) => id.startsWith('iipa-2017-russia/'))).toBe(true);
    },
  );

  it('ст. 146 УК finds the Criminal Code article first', () => {
    expect(search('ст. 146 УК').hits[0]!.clause).toBe('ru-criminal-code/art146');
  });

  it.each(['"unclosed', '+', 'field:', '~~', 'doc:', '(((', 'cites:nonsense'])('%s never throws and says it degraded', (query) => {
    const result = search(query);
    expect(result.notice).toEqual(expect.any(String));
    expect(result.query).toBe(query);
  });

  it('degraded queries still search their words', () => {
    const result = search('"camcording piracy');
    expect(result.notice).toMatch(/quotation mark/);
    expect(result.hits.length).toBeGreaterThan(0);
  });
});

describe('queries with nothing to find', () => {
  it.each(['the', '-piracy', 'и или'])('%s returns no hits and says why', (query) => {
    const result = searchClauses(db, { query });
    expect(result.hits).toEqual([]);
    expect(result.notice).toMatch(/no word to find/);
  });
});
