// Tests for the statute segmenter on the real Civil Code Part IV and Criminal Code, with reviewable golden files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClauseDraft, SourceDocument } from '../../../shared/core/model.js';
import { parseArticleNumber, segmentStatute } from '../../../shared/core/segment/statute.js';
import { readHtmlLines } from '../../../shared/node/import/html-reader.js';

const repoFile = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

function loadStatute(docId: string, citeAs: string): SourceDocument {
  const original = readFileSync(repoFile(`corpus/documents/${docId}.html`), 'utf8');
  const { lines } = readHtmlLines(original);
  return { docId, kind: 'statute', lang: 'ru', format: 'pravo-html', title: docId, shortTitle: citeAs, citeAs, original, lines };
}

const civil = loadStatute('ru-civil-code-part4', 'Civil Code');
const criminal = loadStatute('ru-criminal-code', 'Criminal Code');
const civilClauses = segmentStatute(civil);
const criminalClauses = segmentStatute(criminal);

function byPath(clauses: ClauseDraft[], path: string): ClauseDraft {
  const clause = clauses.find((c) => c.path === path);
  if (!clause) throw new Error(`no clause ${path}`);
  return clause;
}
const childNumbers = (clauses: ClauseDraft[], parent: string, kind: ClauseDraft['kind']): string[] =>
  clauses.filter((c) => c.parentPath === parent && c.kind === kind).map((c) => c.number ?? '');

function expectWellFormed(clauses: ClauseDraft[], doc: SourceDocument): void {
  const paths = new Set<string>();
  for (const clause of clauses) {
    expect(paths.has(clause.path), clause.path).toBe(false);
    paths.add(clause.path);
    if (clause.parentPath !== null) {
      expect(paths.has(clause.parentPath), `${clause.path} parent`).toBe(true);
      expect(clause.level).toBe(byPath(clauses, clause.parentPath).level + 1);
    }
    expect(clause.text).not.toMatch(/<|span|class=|&nbsp;|&amp;|\u00a0/);
    for (const run of clause.map) {
      const piece = clause.text.slice(run.t, run.t + run.len);
      if (!run.syn) expect(piece).toBe(doc.original.slice(run.o, run.o + run.len));
    }
  }
}

describe('segmentStatute on Civil Code Part IV', () => {
  const articles = civilClauses.filter((c) => c.kind === 'article');

  it('finds every article of 1225-1541 once, including 1253.1 and 1244, under its chapter', () => {
    const numbers = articles.map((a) => a.number!);
    expect(new Set(numbers).size).toBe(numbers.length);
    const whole = numbers.filter((n) => !n.includes('.')).map(Number);
    expect(whole[0]).toBe(1225);
    expect(whole[whole.length - 1]).toBe(1541);
    for (let n = 1225; n <= 1541; n++) expect(whole).toContain(n);
    expect(numbers).toContain('1253.1');
    expect(byPath(civilClauses, 'art1244').parentPath).toBe('ch69');
    expect(byPath(civilClauses, 'art1253.1').label).toBe('Civil Code art. 1253.1');
    expect(childNumbers(civilClauses, 'art1253.1', 'part').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the repealed chapter 77 (articles 1542-1551) as a heading with its editorial note', () => {
    const ch77 = byPath(civilClauses, 'ch77');
    expect(ch77.text).toContain('(Статьи 1542 - 1551)');
    expect(ch77.text).toContain('Глава утратила силу');
    expect(byPath(civilClauses, 'signature').text).toMatch(/^Президент Российской Федерации В\.Путин\nМосква, Кремль/);
  });

  it('splits art. 1229 into parts 1-5 with their continuation paragraphs and editorial notes', () => {
    const article = byPath(civilClauses, 'art1229');
    expect(article.text).toBe('Статья 1229. Исключительное право');
    expect(article.title).toBe('Исключительное право');
    expect(childNumbers(civilClauses, 'art1229', 'part')).toEqual(['1', '2', '3', '4', '5']);
    const part1 = byPath(civilClauses, 'art1229/1');
    expect(part1.label).toBe('Civil Code art. 1229(1)');
    expect(part1.text.split('\n')).toHaveLength(3);
    expect(part1.text).toContain('\nПравообладатель может по своему усмотрению разрешать');
    expect(part1.text).toContain('\nДругие лица не могут использовать');
    expect(byPath(civilClauses, 'art1229/3').text).toContain('(Пункт в редакции Федерального закона');
    expect(byPath(civilClauses, 'art1229/5').text).toMatch(/\(Пункт в редакции Федерального закона от 04\.10\.2010/);
  });

  it('gives sub-items their own clauses and numbers', () => {
    const part5 = byPath(civilClauses, 'art1252/5');
    expect(part5.text.startsWith('5. Орудия, оборудование или иные средства')).toBe(true);
    const items = childNumbers(civilClauses, 'art1225/1', 'subitem');
    expect(items.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(items).toContain('14.1');
    expect(byPath(civilClauses, 'art1225/1/14.1').label).toBe('Civil Code art. 1225(1)(14.1)');
    expect(byPath(civilClauses, 'art1225/1').text).not.toContain('произведения науки');
    expect(byPath(civilClauses, 'art1225/1/1').text).toBe('1) произведения науки, литературы и искусства;');
  });

  it('keeps a closing paragraph with the part, and a sub-item\'s own list with the sub-item', () => {
    const part = byPath(civilClauses, 'art1244/1');
    expect(part.text).toMatch(/следующих сферах коллективного управления:\nГосударственная аккредитация осуществляется/);
    const item = byPath(civilClauses, 'art1275/2/1');
    expect(item.text).toMatch(/^1\) в целях обеспечения сохранности и доступности для пользователей:\nветхих, изношенных/);
    expect(item.text).toContain('\nединичных и (или) редких экземпляров произведений');
  });

  it('nests section, chapters, § and subparagraphs', () => {
    expect(byPath(civilClauses, 'sec7').text).toBe('РАЗДЕЛ VII ПРАВА НА РЕЗУЛЬТАТЫ ИНТЕЛЛЕКТУАЛЬНОЙ ДЕЯТЕЛЬНОСТИ И СРЕДСТВА ИНДИВИДУАЛИЗАЦИИ');
    expect(byPath(civilClauses, 'sec7').title).toBe('ПРАВА НА РЕЗУЛЬТАТЫ ИНТЕЛЛЕКТУАЛЬНОЙ ДЕЯТЕЛЬНОСТИ И СРЕДСТВА ИНДИВИДУАЛИЗАЦИИ');
    expect(byPath(civilClauses, 'ch70').parentPath).toBe('sec7');
    expect(byPath(civilClauses, 'ch71.par1').label).toBe('Civil Code ch. 71 § 1');
    expect(byPath(civilClauses, 'ch72.par1').parentPath).toBe('ch72');
    expect(byPath(civilClauses, 'ch72.par5.sub1').title).toBe('Заявка на выдачу патента, ее изменение и отзыв');
    expect(byPath(civilClauses, 'art1374').parentPath).toBe('ch72.par5.sub1');
  });

  it('is well formed and maps back to the HTML', () => {
    expectWellFormed(civilClauses, civil);
  });
});

describe('segmentStatute on the Criminal Code', () => {
  it('splits art. 146 into parts 1-3, lettered items, the sanction and the note', () => {
    expect(childNumbers(criminalClauses, 'art146', 'part')).toEqual(['1', '2', '3']);
    expect(childNumbers(criminalClauses, 'art146/3', 'subitem')).toEqual(['а', 'б', 'в', 'г']);
    const part3 = byPath(criminalClauses, 'art146/3');
    expect(part3.text).toMatch(/^3\. Деяния, предусмотренные частью второй настоящей статьи, если они совершены:\nнаказываются принудительными работами/);
    expect(byPath(criminalClauses, 'art146/3/б').label).toBe('Criminal Code art. 146(3)(б)');
    const note = byPath(criminalClauses, 'art146/note');
    expect(note.kind).toBe('note');
    expect(note.label).toBe('Criminal Code art. 146 note');
    expect(note.text.startsWith('Примечание. Деяния, предусмотренные настоящей статьей, признаются совершенными в крупном размере')).toBe(true);
    expect(byPath(criminalClauses, 'art146').text).toContain('(Статья в редакции Федерального закона от 08.04.2003');
  });

  it('joins an article title continued on a second heading line and keeps repealed articles', () => {
    const article = byPath(criminalClauses, 'art191');
    expect(article.title).toBe('Незаконный оборот янтаря, нефрита или иных полудрагоценных камней, драгоценных металлов, драгоценных камней либо жемчуга');
    expect(article.text.split('\n')[0]).toBe(`Статья 191. ${article.title}`);
    expect(byPath(criminalClauses, 'art129').text).toMatch(/^Статья 129\.\n\(Статья утратила силу/);
  });

  it('numbers multiple notes, even after a repealed note', () => {
    expect(childNumbers(criminalClauses, 'art138.1/note', 'note')).toEqual(['1', '2']);
    const notes = byPath(criminalClauses, 'art184/note');
    expect(notes.text).toContain('Примечание утратило силу');
    expect(childNumbers(criminalClauses, 'art184/note', 'note')).toEqual(['1', '2']);
  });

  it('has general and special parts, sections in roman numerals and chapters 15.1 and 15.2', () => {
    expect(byPath(criminalClauses, 'part-special').label).toBe('Criminal Code Special Part');
    expect(byPath(criminalClauses, 'sec7').label).toBe('Criminal Code sec. VII');
    expect(byPath(criminalClauses, 'sec7').parentPath).toBe('part-special');
    expect(byPath(criminalClauses, 'ch15.2').parentPath).toBe('sec6');
    expect(byPath(criminalClauses, 'art44/subа').label).toBe('Criminal Code art. 44(а)');
  });

  it('is well formed, maps back to the HTML and runs fast', () => {
    expectWellFormed(criminalClauses, criminal);
    const started = performance.now();
    segmentStatute(criminal);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is deterministic', () => {
    const again = segmentStatute(loadStatute('ru-criminal-code', 'Criminal Code'));
    expect(again.map((c) => `${c.path}|${c.label}|${c.text}`)).toEqual(criminalClauses.map((c) => `${c.path}|${c.label}|${c.text}`));
  });
});

describe('parseArticleNumber', () => {
  it('accepts dotted, caret and superscript forms', () => {
    expect(parseArticleNumber('1253.1')).toBe('1253.1');
    expect(parseArticleNumber('1253^1')).toBe('1253.1');
    expect(parseArticleNumber('1253¹')).toBe('1253.1');
    expect(parseArticleNumber(' 146 ')).toBe('146');
    expect(parseArticleNumber('ст. 146')).toBeNull();
  });
});

function goldenBlocks(clauses: ClauseDraft[]): string {
  return clauses.map((c) => `${c.path} | ${c.kind} | ${c.level} | ${c.label}\n${c.text}\n`).join('\n');
}

/** Articles of the Criminal Code chapters kept in full in the golden file (IP and computer crimes, family). */
const CRIMINAL_GOLDEN_CHAPTERS = new Set(['ch19', 'ch20', 'ch28']);

function criminalGolden(clauses: ClauseDraft[]): string {
  const chapterOf = new Map<string, string | null>();
  for (const c of clauses) {
    chapterOf.set(c.path, /^ch\d+(\.\d+)?$/.test(c.path) ? c.path : c.parentPath ? (chapterOf.get(c.parentPath) ?? null) : null);
  }
  const full = clauses.filter((c) => CRIMINAL_GOLDEN_CHAPTERS.has(chapterOf.get(c.path) ?? ''));
  const outline = clauses.map((c) => `${c.path} | ${c.kind} | ${c.level} | ${c.label}`).join('\n');
  return `# Chapters 19, 20 and 28 in full\n\n${goldenBlocks(full)}\n# All paths\n\n${outline}\n`;
}

describe('golden segmentations', () => {
  const cases: [string, string][] = [
    ['ru-civil-code-part4', goldenBlocks(civilClauses)],
    ['ru-criminal-code', criminalGolden(criminalClauses)],
  ];
  it.each(cases)('%s matches its golden file', (name, actual) => {
    const file = repoFile(`tests/golden/segments/${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
