import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationHook } from '../../../shared/node/crossref/citation-hook.js';
import { importFile, type IndexHook } from '../../../shared/node/import/import-document.js';
import { indexCorpus } from '../../../shared/node/import/index-corpus.js';
import { DocumentStore } from '../../../shared/node/store/document-store.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { toOriginal } from '../../../shared/core/text/mapped-text.js';
import { CORPUS_DIR, cleanupTemp, storeFingerprint, tempDbPath, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

/** Russian text encoded as Windows-1251 (А..я are 0xC0..0xFF there). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x451) return 0xb8;
    if (code < 0x80) return code;
    throw new Error(`no cp1251 byte for ${ch}`);
  }));
}

describe('indexing the shipped corpus', () => {
  let db: Database;
  beforeAll(async () => {
    db = openDatabase(tempDbPath());
    const report = await indexCorpus(db, CORPUS_DIR);
    expect(report.errors.map((e) => e.error.message)).toEqual([]);
  });

  it('stores all seven documents with their clauses', async () => {
    const docs = new DocumentStore(db).listDocuments();
    expect(docs.map((d) => d.id)).toEqual([
      'action-plan-2012',
      'iipa-2017-russia',
      'cable-09moscow521',
      'ustr-press-2012-12-26',
      'article-belarus-russia-2025',
      'ru-civil-code-part4',
      'ru-criminal-code',
    ]);
    for (const doc of docs) {
      const clauses = new DocumentStore(db).listClauses(doc.id);
      expect(clauses.length, doc.id).toBe(doc.clauseCount);
      expect(clauses.length, doc.id).toBeGreaterThan(3);
    }
  });

  it('maps every clause back into its original text', async () => {
    const store = new DocumentStore(db);
    for (const doc of store.listDocuments()) {
      const original = store.getOriginal(doc.id)!;
      for (const clause of store.listClauses(doc.id)) {
        const map = store.getOffsetMap(clause.id)!;
        expect(clause.end).toBeGreaterThan(clause.start);
        // Each letter of the clause's first word is found where the map says it came from.
        const word = /[\p{L}\p{N}]+/u.exec(clause.text);
        if (!word) continue;
        for (let i = word.index; i < word.index + word[0].length; i++) {
          expect(original[toOriginal(map, i)], `${clause.id} at ${i}`).toBe(clause.text[i]);
        }
      }
    }
  });

  it('re-indexing the same corpus adds nothing and changes nothing', async () => {
    const before = storeFingerprint(db);
    const again = await indexCorpus(db, CORPUS_DIR);
    expect(again.outcomes.every((o) => o.status === 'unchanged')).toBe(true);
    expect(storeFingerprint(db)).toBe(before);
  });

  it('gives clauses ids that survive a re-import from scratch', async () => {
    const other = openDatabase(':memory:');
    await indexCorpus(other, CORPUS_DIR);
    const ids = (d: Database) => (d.prepare('SELECT id FROM clauses ORDER BY doc_id, seq').all() as { id: string }[]).map((r) => r.id);
    expect(ids(other)).toEqual(ids(db));
    other.close();
  });
});

describe('bad input leaves the store exactly as it was', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = openDatabase(tempDbPath());
    await importFile(db, join(CORPUS_DIR, 'documents', 'ustr-press-release-ipr-action-plan-2012.txt'), { kind: 'press-release' });
    dir = tempDir();
  });

  const cases: [string, string, Uint8Array | string | null, RegExp][] = [
    ['a missing file', 'missing.txt', null, /missing\.txt: file not found/],
    ['an empty file', 'empty.txt', '', /empty\.txt: the file is empty/],
    ['only whitespace', 'blank.txt', '   \n\n  ', /blank\.txt: the file contains only whitespace/],
    ['random bytes', 'noise.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /noise\.txt: the file is binary data/],
    ['an unsupported type', 'contract.docx', 'PK\u0003\u0004 not really a docx', /contract\.docx: unsupported file type "\.docx"/],
    ['a file without extension', 'README', 'Some text', /README: the file has no extension/],
    ['a Cyrillic code page it cannot tell from a few letters', 'zakon-short.txt', windows1251('Статья 146'), /zakon-short\.txt: the text is not valid UTF-8 and too short to tell its encoding/],
    ['a damaged PDF', 'report.pdf', '%PDF-1.7\n', /report\.pdf: the PDF is damaged beyond repair or is not a PDF/],
    ['an HTML page with no text', 'empty.html', '<html><head><title>x</title></head><body><script>1</script></body></html>', /empty\.html: the HTML page has no visible text/],
  ];

  it.each(cases)('refuses %s with a message naming the file', async (_what, name, content, message) => {
    const path = join(dir, name);
    if (content !== null) writeFileSync(path, content);
    const before = storeFingerprint(db);
    await expect(importFile(db, path)).rejects.toThrow(message);
    expect(storeFingerprint(db)).toBe(before);
  });

  it('refuses a directory', async () => {
    const before = storeFingerprint(db);
    await expect(importFile(db, dir)).rejects.toThrow(/is a directory/);
    expect(storeFingerprint(db)).toBe(before);
  });

  it('rolls back a failure half-way through an import (nothing half-written)', async () => {
    const path = join(dir, 'half.txt');
    writeFileSync(path, 'First paragraph of a memo.\n\nSecond paragraph of the memo.\n');
    const failing: IndexHook = {
      onInsert: () => {
        throw new Error('disk full');
      },
      onDelete: () => {},
    };
    const before = storeFingerprint(db);
    await expect(importFile(db, path, {}, [failing])).rejects.toThrow('disk full');
    expect(storeFingerprint(db)).toBe(before);
    expect(new DocumentStore(db).getDocument('half')).toBeUndefined();
  });

  it('stores HTML and script in a text document as text', async () => {
    const path = join(dir, 'xss-note.txt');
    const hostile = 'Note on <img src=x onerror=alert(1)> and <script>alert("x")</script> in the text.';
    writeFileSync(path, `${hostile}\n`);
    const outcome = await importFile(db, path);
    const texts = new DocumentStore(db).listClauses(outcome.docId).map((c) => c.text).join('\n');
    expect(texts).toContain('<img src=x onerror=alert(1)>');
    expect(texts).toContain('<script>alert("x")</script>');
  });

  it('treats the same bytes under another name as the document already stored', async () => {
    const copy = join(dir, 'press-copy.txt');
    writeFileSync(copy, readFileSync(join(CORPUS_DIR, 'documents', 'ustr-press-release-ipr-action-plan-2012.txt')));
    const before = storeFingerprint(db);
    const outcome = await importFile(db, copy);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.docId).toBe('ustr-press-release-ipr-action-plan-2012');
    expect(storeFingerprint(db)).toBe(before);
  });

  it('replaces a document whose file changed, in one step', async () => {
    const path = join(dir, 'memo.txt');
    writeFileSync(path, 'Memo.\n\nThe first version of the memo.\n');
    expect((await importFile(db, path)).status).toBe('imported');
    writeFileSync(path, 'Memo.\n\nThe second version of the memo, with a change.\n');
    const outcome = await importFile(db, path);
    expect(outcome.status).toBe('updated');
    const text = new DocumentStore(db).listClauses('memo').map((c) => c.text).join(' ');
    expect(text).toContain('second version');
    expect(text).not.toContain('first version');
  });
});

describe('a user import beside the shipped corpus', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = openDatabase(tempDbPath());
    expect((await indexCorpus(db, CORPUS_DIR)).errors).toEqual([]);
    dir = tempDir();
  });

  it('reads the language of an HTML page from its words, not its markup', async () => {
    // A copy of the official Criminal Code under another name, imported without the manifest's metadata.
    const path = join(dir, 'uk-rf.html');
    writeFileSync(path, readFileSync(join(CORPUS_DIR, 'documents', 'ru-criminal-code.html')));
    const outcome = await importFile(db, path, {}, [citationHook], { force: true });
    const doc = new DocumentStore(db).getDocument(outcome.docId)!;
    expect(doc.lang).toBe('ru');
    expect(doc.kind).toBe('statute');
    const cited = db.prepare('SELECT count(*) FROM citations ci JOIN clauses c ON c.id = ci.clause_id WHERE c.doc_id = ?').pluck().get(outcome.docId) as number;
    expect(cited).toBeGreaterThan(100);
  });

  it('names a file in Cyrillic or another script so that its next version replaces it', async () => {
    for (const [name, id] of [['Договор поставки.txt', 'dogovor-postavki'], ['合同.txt', null]] as const) {
      const path = join(dir, name);
      writeFileSync(path, `Первая редакция (${name}).\n\nСтатья 1. Текст договора.\n`);
      const first = await importFile(db, path);
      if (id) expect(first.docId).toBe(id);
      else expect(first.docId).toMatch(/^doc-[0-9a-f]{10}$/);
      writeFileSync(path, `Вторая редакция (${name}).\n\nСтатья 1. Новый текст договора.\n`);
      expect(await importFile(db, path)).toMatchObject({ status: 'updated', docId: first.docId });
    }
  });

  it('never replaces a shipped document that happens to share its file name', async () => {
    const store = new DocumentStore(db);
    const shipped = store.getDocument('ru-criminal-code')!;
    const path = join(dir, 'ru-criminal-code.html');
    writeFileSync(path, '<html><body><h1>Моя записка</h1><p>Статья 146 УК РФ применяется к пиратству.</p></body></html>');
    const outcome = await importFile(db, path);
    expect(outcome.docId).toBe('ru-criminal-code-2');
    const after = store.getDocument('ru-criminal-code')!;
    expect(after.contentHash).toBe(shipped.contentHash);
    expect(after.clauseCount).toBe(shipped.clauseCount);
    expect(after.instrument).toBe('ru-criminal-code');

    writeFileSync(path, '<html><body><h1>Моя записка</h1><p>Статья 146 и статья 147 УК РФ, вторая редакция.</p></body></html>');
    expect(await importFile(db, path)).toMatchObject({ status: 'updated', docId: 'ru-criminal-code-2' });
  });
});
