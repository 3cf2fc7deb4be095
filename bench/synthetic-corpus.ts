// A synthetic corpus of N clauses, generated deterministically from the corpus vocabulary, written in batches.
import type { Database } from 'better-sqlite3';
import type { DocumentKind, Lang } from '../shared/core/model.js';
import { indexClauses, type IndexableClause } from '../shared/node/search/index.js';
import { seededRandom, type Vocabulary } from './bench-queries.js';

const CLAUSES_PER_DOC = 1000;
const BATCH = 10_000;
const CITATIONS = { en: ['Article 1229 of the Civil Code', 'Article 1252 of the Civil Code', 'Article 146 of the Criminal Code'], ru: ['статьи 1229 ГК РФ', 'статьей 1252 ГК РФ', 'статьи 146 УК РФ'] };

interface Sampler {
  words: string[];
  cumulative: number[];
}

function sampler(words: string[], counts: number[]): Sampler {
  let total = 0;
  return { words, cumulative: counts.map((c) => (total += c)) };
}

function sample(s: Sampler, random: () => number): string {
  const target = random() * s.cumulative[s.cumulative.length - 1]!;
  let lo = 0;
  let hi = s.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return s.words[lo]!;
}

/** Inserts `count` synthetic clauses (documents of 1,000 clauses) into the store and the search index. */
export function addSyntheticCorpus(db: Database, vocabulary: Vocabulary, count: number, onProgress?: (done: number) => void): void {
  const random = seededRandom(7);
  const byLang: Record<Lang, Sampler> = { en: sampler([], []), ru: sampler([], []) };
  const en: [string[], number[]] = [[], []];
  const ru: [string[], number[]] = [[], []];
  vocabulary.words.forEach((w, i) => {
    const target = /[\u0400-\u04FF]/.test(w) ? ru : en;
    target[0].push(w);
    target[1].push(vocabulary.counts[i]!);
  });
  byLang.en = sampler(...en);
  byLang.ru = sampler(...ru);

  const insertDoc = db.prepare(
    `INSERT INTO documents (id, title, short_title, cite_as, kind, lang, format, file_name, content_hash, pipeline_version, original, clause_count, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, 0, '', ?, '')`,
  );
  const insertClause = db.prepare(
    `INSERT INTO clauses (id, doc_id, seq, path, label, kind, level, text, start, end, offset_map)
     VALUES (?, ?, ?, ?, ?, 'paragraph', 0, ?, 0, 0, '[]')`,
  );
  const kinds: DocumentKind[] = ['report', 'statute', 'article', 'cable'];
  let lang: Lang = 'en';
  let docKind: DocumentKind = 'report';
  for (let done = 0; done < count; ) {
    const batch: IndexableClause[] = [];
    db.transaction(() => {
      for (let i = 0; i < BATCH && done < count; i++, done++) {
        const docNumber = Math.floor(done / CLAUSES_PER_DOC);
        const docId = `synthetic-${docNumber}`;
        if (done % CLAUSES_PER_DOC === 0) {
          lang = random() < 0.5 ? 'en' : 'ru';
          docKind = kinds[Math.floor(random() * kinds.length)]!;
          insertDoc.run(docId, `Synthetic ${docNumber}`, `Synthetic ${docNumber}`, `S${docNumber}`, docKind, lang, docId, docId, CLAUSES_PER_DOC);
        }
        const length = 8 + Math.floor(random() * 52);
        const words: string[] = [];
        for (let w = 0; w < length; w++) words.push(sample(byLang[lang], random) + (w % 12 === 11 ? '.' : ''));
        if (random() < 0.01) words.splice(Math.floor(random() * words.length), 0, CITATIONS[lang][Math.floor(random() * 3)]!);
        const text = words.join(' ');
        const seq = done % CLAUSES_PER_DOC;
        const id = `${docId}/p${seq + 1}`;
        insertClause.run(id, docId, seq, `p${seq + 1}`, `S${docNumber} ¶ ${seq + 1}`, text);
        batch.push({ id, docId, text, kind: 'paragraph', docKind, docLang: lang });
      }
      indexClauses(db, batch);
    })();
    onProgress?.(done);
  }
}
