// Structure tests for segmentTextDocument on the five shipped text documents and on made-up generic texts.
import { describe, expect, it } from 'vitest';
import { clauseId, type ClauseDraft, type SourceDocument } from '../../../shared/core/model.js';
import { segmentTextDocument } from '../../../shared/core/segment/text-documents.js';
import { loadTextDoc, TEXT_DOC_IDS, textDoc } from './load-text-doc.js';

const docs = new Map(TEXT_DOC_IDS.map((id) => [id, loadTextDoc(id)]));
const clausesOf = new Map(TEXT_DOC_IDS.map((id) => [id, segmentTextDocument(docs.get(id)!)]));
const clauses = (id: string): ClauseDraft[] => clausesOf.get(id)!;
const byPath = (list: ClauseDraft[], path: string): ClauseDraft => {
  const found = list.find((c) => c.path === path);
  if (!found) throw new Error(`no clause ${path}`);
  return found;
};
const containing = (list: ClauseDraft[], text: string): ClauseDraft[] => list.filter((c) => c.text.includes(text));

/** Words of a clause and the original characters they map to. */
function expectWordsMapBack(clause: ClauseDraft, doc: SourceDocument): void {
  for (const run of clause.map) {
    if (!run.syn) expect(clause.text.slice(run.t, run.t + run.len), `${clause.path} at ${run.t}`).toBe(doc.original.slice(run.o, run.o + run.len));
  }
  const covered = new Array<boolean>(clause.text.length).fill(false);
  for (const run of clause.map) for (let k = run.t; k < run.t + run.len; k++) covered[k] = !run.syn;
  for (const m of clause.text.matchAll(/\S+/g)) {
    for (let k = m.index; k < m.index + m[0].length; k++) expect(covered[k], `${clause.path}: "${m[0]}" is not from the original`).toBe(true);
  }
}

describe('every text document', () => {
  for (const id of TEXT_DOC_IDS) {
    describe(id, () => {
      const list = clauses(id);
      const doc = docs.get(id)!;

      it('has unique, well-formed paths and a proper outline', () => {
        const seen = new Map<string, ClauseDraft>();
        for (const c of list) {
          expect(c.path).toMatch(/^[A-Za-z0-9._/-]+$/);
          expect(seen.has(c.path), c.path).toBe(false);
          if (c.parentPath !== null) {
            const parent = seen.get(c.parentPath);
            expect(parent, `${c.path} parent ${c.parentPath} comes first`).toBeDefined();
            expect(c.level).toBe(parent!.level + 1);
          } else {
            expect(c.level).toBe(0);
          }
          expect(c.text.trim()).toBe(c.text);
          expect(c.text.length).toBeGreaterThan(0);
          seen.set(c.path, c);
        }
        expect(new Set(list.map((c) => c.label)).size).toBe(list.length);
      });

      it('maps every word of every clause back to the same characters of the original', () => {
        for (const c of list) expectWordsMapBack(c, doc);
      });

      it('keeps web and PDF debris out of the clauses', () => {
        for (const c of list) {
          expect(c.text).not.toMatch(/An official website|WikiLeaks|VZCZC|MOSCOW 0000|Browse by|\uf0b7|\(AP images\)|\s{2}/);
          expect(c.text).not.toMatch(/^https?:\/\/\S+$/);
        }
      });

      it('gives the same ids on a second run', () => {
        const again = segmentTextDocument(loadTextDoc(id));
        expect(again.map((c) => clauseId(id, c.path))).toEqual(list.map((c) => clauseId(id, c.path)));
        expect(again.map((c) => c.text)).toEqual(list.map((c) => c.text));
      });
    });
  }
});

describe('Action Plan', () => {
  const list = clauses('action-plan-2012');
  const source = docs.get('action-plan-2012')!.original;

  it('has one clause per bullet of the source, primary bullets as items and "o" bullets as sub-items', () => {
    const primary = source.split('\n').filter((l) => l.startsWith('\uf0b7')).length;
    const secondary = source.split('\n').filter((l) => /^o /.test(l)).length;
    expect(list.filter((c) => c.kind === 'item')).toHaveLength(primary);
    expect(list.filter((c) => c.kind === 'subitem')).toHaveLength(secondary);
    for (const sub of list.filter((c) => c.kind === 'subitem')) expect(byPath(list, sub.parentPath!).kind).toBe('item');
  });

  it('puts "Seize and destroy goods ..." as one sub-item under § I.A', () => {
    const [seize] = containing(list, 'Seize and destroy goods');
    expect(seize!.text).toBe('Seize and destroy goods that violate intellectual property rights and the equipment and materials used to produce them;');
    expect(seize!.label).toContain('I.A');
    expect(seize!.path.startsWith('I.A.')).toBe(true);
  });

  it('has sections I and II, subsections A-C, the steps sub-headings and a preamble', () => {
    const headings = list.filter((c) => c.kind === 'heading');
    expect(headings.filter((h) => h.level === 0).map((h) => h.path)).toEqual(['I', 'II']);
    expect(headings.filter((h) => h.parentPath === 'I').map((h) => h.path)).toEqual(['I.A', 'I.B', 'I.C']);
    expect(headings.map((h) => h.text)).toEqual(expect.arrayContaining(['Russian Federation’s Steps:', 'United States’ Steps:']));
    expect(byPath(list, 'I').text).toContain('Intellectual Property Rights');
    expect(byPath(list, 'preamble').text).toMatch(/^The United States and the Russian Federation remain committed/);
    expect(byPath(list, 'title').kind).toBe('title');
  });

  it('drops the glued page numbers and keeps what the PDF lost as it is', () => {
    expect(containing(list, 'to focus primarily on combating piracy')).toHaveLength(1);
    expect(containing(list, 'to deterrent levels.')[0]!.text.endsWith('levels.')).toBe(true);
    expect(containing(list, 'many Internet-based')[0]!.text.endsWith('Internet-based')).toBe(true);
  });
});

describe('IIPA 2017 Report', () => {
  const list = clauses('iipa-2017-russia');

  it('joins "Article 1252(5) of the Civil Code" across the footnote area into one paragraph', () => {
    const [clause, ...others] = containing(list, 'Article 1252(5) of the Civil Code');
    expect(others).toHaveLength(0);
    expect(clause!.text).toContain('remedies for the seizure and destruction of materials');
    expect(clause!.kind).toBe('paragraph');
  });

  it('links footnote 1 to the Special 301 Recommendation paragraph and removes the marker digit', () => {
    const fn1 = byPath(list, 'fn1');
    expect(fn1.kind).toBe('footnote');
    expect(fn1.text).toMatch(/^For more details on Russia’s Special 301 history/);
    const caller = byPath(list, fn1.calledFrom!);
    expect(caller.text).toMatch(/^Special 301 Recommendation:/);
    expect(caller.text.endsWith('in 2017.')).toBe(true);
    expect(caller.footnotes).toEqual([{ marker: '1', start: caller.text.length, end: caller.text.length, footnotePath: 'fn1' }]);
  });

  it('has footnotes 1-4, each called exactly once before it', () => {
    const notes = list.filter((c) => c.kind === 'footnote');
    expect(notes.map((n) => n.path)).toEqual(['fn1', 'fn2', 'fn3', 'fn4']);
    for (const note of notes) {
      const calls = list.flatMap((c) => (c.footnotes ?? []).filter((f) => f.footnotePath === note.path));
      expect(calls).toHaveLength(1);
      expect(list.indexOf(byPath(list, note.calledFrom!))).toBeLessThan(list.indexOf(note));
    }
    expect(containing(list, 'obligations.2')).toHaveLength(0);
    expect(containing(list, 'video games.3')).toHaveLength(0);
  });

  it('reads the priority actions as seven items, item 4 with sub-items a-c', () => {
    const section = list.find((c) => c.kind === 'heading' && c.text === 'PRIORITY ACTIONS REQUESTED IN 2017')!;
    const items = list.filter((c) => c.kind === 'item' && c.parentPath === section.path);
    expect(items).toHaveLength(7);
    const subs = list.filter((c) => c.parentPath === items[3]!.path);
    expect(subs.map((s) => s.number)).toEqual(['a', 'b', 'c']);
    expect(subs[0]!.text).toContain('induce or encourage the infringement of copyright and related rights');
    expect(subs[1]!.label).toMatch(/Priority Actions.*item 4\(b\)$/);
  });

  it('keeps real compound hyphens joined and finds the all-caps headings', () => {
    expect(containing(list, 'Moscow court-ordered permanent injunction')).toHaveLength(1);
    expect(containing(list, 'pay-per-download')).not.toHaveLength(0);
    const headings = list.filter((c) => c.kind === 'heading').map((h) => h.text);
    expect(headings).toContain('COPYRIGHT PIRACY AND ENFORCEMENT IN RUSSIA');
    expect(headings).toContain('GENERALIZED SYSTEM OF PREFERENCES (GSP)');
  });
});

describe('Cable 09MOSCOW521', () => {
  const list = clauses('cable-09moscow521');

  it('has paragraphs ¶ 1 to ¶ 26 exactly once each, in order', () => {
    const numbered = list.filter((c) => c.kind === 'paragraph');
    expect(numbered.map((c) => c.path)).toEqual(Array.from({ length: 26 }, (_, i) => `p${i + 1}`));
    expect(byPath(list, 'p15').label).toBe('09MOSCOW521 ¶ 15');
    expect(byPath(list, 'p15').text).toMatch(/^15\. {1,2}Russia's record of enforcement/);
  });

  it('puts each paragraph under its banner heading and keeps page markers and header out', () => {
    expect(byPath(list, byPath(list, 'p1').parentPath!).text).toBe('SUMMARY');
    expect(byPath(list, byPath(list, 'p4').parentPath!).text).toBe('Positive Trends');
    expect(byPath(list, byPath(list, 'p26').parentPath!).text).toBe('CONCLUSION');
    expect(byPath(list, 'p7').text).toContain('enforcement of a 2008 ban on cam-cording');
    for (const c of list) expect(c.text).not.toMatch(/MOSCOW 00000521|VZCZC|SIPDIS|TAGS:|REF:|Reference ID/);
    expect(byPath(list, 'title').text).toBe('RUSSIA 2009 SPECIAL 301 IPR REVIEW');
  });
});

describe('Press release and article', () => {
  const press = clauses('ustr-press-2012-12-26');
  const article = clauses('article-belarus-russia-2025');

  it('press release: headline as title, no dateline or photo caption clauses, three bullets', () => {
    expect(press[0]).toMatchObject({ kind: 'title', text: 'Russia, U.S. to Improve Intellectual Property Rights Protection' });
    for (const c of press) expect(c.text).not.toMatch(/^(December 2\d, 2012|Washington D\.C\.)$|A man listens|AP images/);
    expect(press.filter((c) => c.kind === 'item').map((c) => c.text.split(' ')[0])).toEqual(['Combating', 'Enhancing', 'Coordinating']);
  });

  it('article: headline as title, one clause per paragraph, bracketed source markers kept in the text', () => {
    expect(article[0]).toMatchObject({ kind: 'title', text: 'Agreed Copyright Measures: Belarus and Russia Strike Copyright Accord' });
    expect(article.filter((c) => c.kind === 'paragraph')).toHaveLength(8);
    const markers = new Set(article.flatMap((c) => [...c.text.matchAll(/\[(\d)\]/g)].map((m) => m[1])));
    expect([...markers].sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(containing(article, 'dealings [1][2].')).toHaveLength(1);
  });
});

describe('generic text (structures nobody has seen)', () => {
  it('reads a Working Party style report with numbered paragraphs and lettered sub-items', () => {
    const text = [
      'REPORT OF THE WORKING PARTY ON THE ACCESSION OF THE RUSSIAN FEDERATION',
      '',
      'I. INTRODUCTION',
      '',
      '1338. The representative of the Russian Federation said that the enforcement',
      'provisions would be applied from the date of accession.',
      '',
      'II. TRADE-RELATED INTELLECTUAL PROPERTY REGIME',
      '',
      '1339. The representative of the Russian Federation stated that the Russian',
      'Federation would continue to take actions against the operation of websites',
      'with servers located in the Russian Federation:',
      '(a) that promote illegal distribution of content protected by copyright; and',
      '(b) that distribute objects of copyright on the Internet.',
      '',
      '1340. The Working Party took note of these commitments.',
    ].join('\n');
    const list = segmentTextDocument(textDoc(text, { citeAs: 'WPR' }));
    const p1339 = byPath(list, 'p1339');
    expect(p1339.label).toBe('WPR para. 1339');
    expect(p1339.text).toMatch(/^1339\. The representative .* Russian Federation would continue .*Federation:$/);
    expect(p1339.parentPath).toBe('II');
    expect(byPath(list, 'p1339.a').label).toBe('WPR para. 1339(a)');
    expect(byPath(list, 'p1339.b').parentPath).toBe('p1339');
    expect(byPath(list, 'p1338').parentPath).toBe('I');
    expect(byPath(list, 'p1340').text).toBe('1340. The Working Party took note of these commitments.');
    expect(list[0]!.kind).toBe('title');
    for (const c of list) expectWordsMapBack(c, textDoc(text));
  });

  it('reads short standalone lines as headings and run-in headings as clause titles', () => {
    const text = [
      'Background',
      '',
      'Internet Piracy: Effective copyright enforcement continues to lag behind the rapid growth of Internet access.',
      '',
      'Findings',
      '',
      'The lag in the legal and licensing regime is stifling the development of legitimate markets for content.',
      'It goes on for a second wrapped line of the same paragraph, which must be joined to the first one.',
    ].join('\n');
    const list = segmentTextDocument(textDoc(text, { citeAs: 'Memo' }));
    expect(list.map((c) => `${c.kind}:${c.path}`)).toEqual(['title:title', 'paragraph:p1', 'heading:findings', 'paragraph:findings/p1']);
    expect(byPath(list, 'p1').title).toBe('Internet Piracy');
    expect(byPath(list, 'findings/p1').label).toBe('Memo, Findings ¶ 1');
    expect(byPath(list, 'findings/p1').text).toContain('content. It goes on');
  });

  it('does not take a year that starts a wrapped line for a paragraph number', () => {
    const text = 'The Government retained them on the list in its report; they have been on the list since\n2012. According to the report, the site is hosted in Russia.\n';
    const list = segmentTextDocument(textDoc(text));
    expect(list).toHaveLength(1);
    expect(list[0]!.text).toContain('since 2012. According');
  });

  it('reads a cable it has never seen, whatever kind it was filed under', () => {
    const text = [
      'VZCZCXYZ0001',
      'PP RUEHC',
      'DE RUEHKV #0123/01 0451234',
      'R 141234Z FEB 10',
      'FM AMEMBASSY KYIV',
      'TO RUEHC/SECSTATE WASHDC 1234',
      'UNCLAS KYIV 000123',
      'SIPDIS',
      'SUBJECT: UKRAINE IPR UPDATE',
      '',
      '1. (U) Summary: Ukraine made progress.',
      '',
      '2. (U) Enforcement remains weak.',
      '',
      'TEFFT',
    ].join('\n');
    const list = segmentTextDocument(textDoc(text, { kind: 'other', citeAs: '10KYIV123' }));
    expect(list.map((c) => c.path)).toEqual(['title', 'p1', 'p2']);
    expect(byPath(list, 'p2').label).toBe('10KYIV123 ¶ 2');
    expect(list.some((c) => c.text.includes('TEFFT'))).toBe(false);
  });
});
