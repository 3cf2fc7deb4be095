// Ranking on the shipped corpus: phrases and close words first, headings above bodies, citation queries of provisions
// with or without text, totals and pages, cited provisions on hits, the date filter, and phrases that stay phrases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { indexHooks } from '../../../shared/node/service/open-explorer.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { SearchRepository } from '../../../shared/node/store/search-repository.js';
import { searchClauses, RERANK_WINDOW } from '../../../shared/node/search/index.js';
import { CORPUS_DIR } from '../../helpers/temp-db.js';

let db: Database;
beforeAll(async () => {
  db = openDatabase(':memory:');
  await indexCorpus(db, CORPUS_DIR, indexHooks());
}, 120_000);
afterAll(() => db.close());

const search = (query: string, limit = 20, offset = 0) => searchClauses(db, { query, limit, offset });
const textOf = (id: string) => db.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(id) as string;
const kindOf = (id: string) => db.prepare('SELECT kind FROM clauses WHERE id = ?').pluck().get(id) as string;
const dateOf = (doc: string) => db.prepare('SELECT date FROM documents WHERE id = ?').pluck().get(doc) as string | null;

describe('proximity', () => {
  it('puts clauses holding "notice and takedown" as a phrase above those with one of the words', () => {
    const { hits } = search('notice and takedown');
    const phrase = hits.map((h) => /notices? and takedowns?/i.test(textOf(h.clause)));
    expect(phrase.slice(0, 2)).toEqual([true, true]);
    // Every phrase match comes before every clause without it.
    expect(phrase.indexOf(false)).toBeGreaterThan(phrase.lastIndexOf(true));
  });

  it('ranks words close together above the same words far apart', () => {
    const { hits } = search('rights holders');
    const first = textOf(hits[0]!.clause);
    expect(first).toMatch(/rights? holders?/i);
  });
});

describe('headings', () => {
  it('puts the Civil Code article titled "Исключительное право" at the top for исключительное право', () => {
    const ids = search('исключительное право', 5).hits.map((h) => h.clause);
    expect(ids[0]).toBe('ru-civil-code-part4/art1229');
  });

  it('puts a report heading that is the query above paragraphs that mention it', () => {
    const [top] = search('deficiencies in the russian legal regime', 5).hits;
    expect(kindOf(top!.clause)).toBe('heading');
    expect(textOf(top!.clause)).toMatch(/^deficiencies in the russian legal regime$/i);
  });
});

describe('citation queries', () => {
  it.each([
    ['Article 7.12', 'ru-admin-code:7.12', 'Administrative Code art. 7.12'],
    ['WPR para. 1339', 'wto-wpr-rus:1339', 'Working Party Report para. 1339'],
    ['WPR ¶ 1339', 'wto-wpr-rus:1339', 'Working Party Report para. 1339'],
  ])('%s shows the provision without text first, with its citing clauses counted', (query, key, label) => {
    const result = search(query);
    expect(result.provisions?.[0]).toMatchObject({ key, label, hasText: false });
    expect(result.provisions![0]!.citedBy).toBeGreaterThan(0);
    expect(result.notice).toBeNull();
    // Its citing clauses lead the hits, each carrying the provision among what it cites.
    const citing = result.hits.slice(0, result.provisions![0]!.citedBy);
    for (const hit of citing) expect(hit.cites).toContain(key);
  });

  it('Article 1229 shows the provision with text, then its text, then the clauses citing it', () => {
    const result = search('Article 1229');
    expect(result.provisions?.[0]).toMatchObject({ key: 'ru-civil-code:1229', hasText: true, title: 'Исключительное право' });
    expect(result.hits[0]!.clause).toBe('ru-civil-code-part4/art1229');
  });
});

describe('phrases', () => {
  it('match their words adjacent and in order: "holders rights" finds nothing though both words are common', () => {
    expect(search('"holders rights"').hits).toEqual([]);
    expect(search('"holders rights"').total).toBe(0);
    // The same words as an AND, and in the corpus's order, match plenty: a phrase turned into an AND would too.
    expect(search('+holders +rights').hits.length).toBeGreaterThan(5);
    expect(search('"rights holders"').hits.length).toBeGreaterThan(5);
  });

  it('skip only stop words between their words', () => {
    for (const hit of search('"notice takedown"', 50).hits) expect(textOf(hit.clause)).toMatch(/notices?(?: and| of| the)* takedowns?/i);
    for (const hit of search('"takedown notices"', 50).hits) expect(textOf(hit.clause)).toMatch(/takedowns? notices?/i);
    expect(search('"piracy commercial"').hits).toEqual([]);
  });
});

describe('totals and pages', () => {
  it('counts every match and pages through them without repeats or gaps', () => {
    const all = search('piracy', 200).hits.map((h) => h.clause);
    const { total } = search('piracy', 5);
    expect(total).toBe(all.length);
    const paged = [0, 7, 14, 21, 28].flatMap((offset) => search('piracy', 7, offset).hits.map((h) => h.clause));
    expect(paged).toEqual(all.slice(0, 35));
    expect(search('piracy', 7, 7).offset).toBe(7);
  });

  it('keeps the order across the end of the re-ranked window', () => {
    const many = search('право', 200).hits.map((h) => h.clause);
    const next = search('право', 20, RERANK_WINDOW - 10).hits.map((h) => h.clause);
    expect(next).toEqual(many.slice(RERANK_WINDOW - 10, RERANK_WINDOW + 10));
    expect(new Set(many).size).toBe(many.length);
  });

  it('counts a common word cheaply up to a cap', () => {
    const repo = new SearchRepository(db);
    expect(repo.countMatches('body : "прав"', { include: null, exclude: null }, 50)).toBe(50);
    expect(search('право').total).toBeGreaterThan(500);
  });

  it('counts a citation query with its provision hits once', () => {
    const result = search('Article 1229', 200);
    expect(result.total).toBe(result.hits.length);
  });
});

describe('hits', () => {
  it('carry the provisions their clause cites', () => {
    const hit = search('"cause of action against"').hits.find((h) => textOf(h.clause).includes('Article 1229'));
    expect(hit?.cites).toContain('ru-civil-code:1229');
  });
});

describe('date filter', () => {
  it('keeps clauses of documents dated in the range', () => {
    const hits = search('piracy date:2012', 50).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(dateOf(h.doc)).toMatch(/^2012/);
    const range = search('piracy date:2010..2013', 100).hits;
    expect(range.length).toBeGreaterThanOrEqual(hits.length);
    for (const h of range) expect(dateOf(h.doc)! >= '2010' && dateOf(h.doc)!.slice(0, 4) <= '2013').toBe(true);
    expect(search('piracy -date:2012', 100).hits.every((h) => !dateOf(h.doc)?.startsWith('2012'))).toBe(true);
    expect(search('piracy date:1900').hits).toEqual([]);
  });

  it('says what a date filter must look like', () => {
    expect(search('piracy date:last-year').notice).toMatch(/date:2012/);
  });
});
