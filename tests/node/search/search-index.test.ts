import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { IndexHook } from '../../../shared/node/import/import-document.js';
import { rebuildSearchIndex, searchClauses } from '../../../shared/node/search/index.js';
import { DocumentStore } from '../../../shared/node/store/document-store.js';
import { ACTION_PLAN, CIVIL_CODE, IIPA_REPORT, SEARCH_HOOKS, importDoc, postingCounts, removeDoc, storeWith } from './search-fixture.js';

let db: Database | undefined;
afterEach(() => db?.close());

const QUERIES = ['camcording', 'исключительное право', 'Article 1229', 'circumv*', 'piracyy~1', '"rights holders" -film', 'право kind:article', 'cites:ru-civil-code:1229'];
const snapshot = (store: Database) => QUERIES.map((query) => searchClauses(store, { query, limit: 50 }));

describe('search index life cycle', () => {
  it('indexes every clause at import, in the import transaction', async () => {
    db = await storeWith(IIPA_REPORT, CIVIL_CODE);
    const clauses = db.prepare('SELECT count(*) FROM clauses').pluck().get() as number;
    expect(postingCounts(db)).toEqual({ fts: clauses, clauses });
  });

  it('removing a document removes its postings and only its postings', async () => {
    db = await storeWith(IIPA_REPORT, CIVIL_CODE);
    const civil = postingCounts(db, CIVIL_CODE.id);
    expect(searchClauses(db, { query: 'camcording' }).hits.length).toBeGreaterThan(0);
    await removeDoc(db, IIPA_REPORT.id);
    expect(postingCounts(db, IIPA_REPORT.id)).toEqual({ fts: 0, clauses: 0 });
    expect(postingCounts(db, CIVIL_CODE.id)).toEqual(civil);
    expect(postingCounts(db).fts).toBe(civil.fts);
    expect(searchClauses(db, { query: 'camcording' }).hits).toEqual([]);
  });

  it('deleting a document straight from the store (foreign-key cascade) also removes its postings', async () => {
    db = await storeWith(IIPA_REPORT, ACTION_PLAN);
    new DocumentStore(db).deleteDocument(ACTION_PLAN.id);
    expect(postingCounts(db, ACTION_PLAN.id)).toEqual({ fts: 0, clauses: 0 });
    expect(postingCounts(db).fts).toBe(postingCounts(db, IIPA_REPORT.id).fts);
  });

  it('a failed import (a later hook throws) leaves no orphan postings', async () => {
    db = await storeWith(CIVIL_CODE);
    const before = postingCounts(db);
    const failing: IndexHook = {
      onInsert: () => {
        throw new Error('later hook failed');
      },
      onDelete: () => {},
    };
    await expect(importDoc(db, IIPA_REPORT, [...SEARCH_HOOKS, failing])).rejects.toThrow('later hook failed');
    expect(postingCounts(db)).toEqual(before);
    expect(postingCounts(db, IIPA_REPORT.id)).toEqual({ fts: 0, clauses: 0 });
    expect(db.prepare("SELECT count(*) FROM search_vocab WHERE word = 'camcording'").pluck().get()).toBe(0);
    expect(searchClauses(db, { query: 'camcording' }).hits).toEqual([]);
  });

  it('rebuilding from the stored clauses gives the same results', async () => {
    db = await storeWith(IIPA_REPORT, CIVIL_CODE);
    const before = snapshot(db);
    const counts = postingCounts(db);
    expect(rebuildSearchIndex(db)).toEqual({ clauses: counts.clauses });
    expect(postingCounts(db)).toEqual(counts);
    expect(snapshot(db)).toEqual(before);
  });
});
