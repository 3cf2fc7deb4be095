// Tests for anchorTarget on real corpus text: each new version is the shipped clauses with one realistic change.
import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../shared/core/annotations/anchoring.js';
import { documentText, type DocumentText, type DocumentTextClause } from '../../../shared/core/annotations/document-text.js';
import { isRenumbering } from '../../../shared/core/annotations/renumbering.js';
import { describeRange } from '../../../shared/core/annotations/selectors.js';
import type { AnchorMethod, AnchorResult, AnnotationTarget, OrphanReason } from '../../../shared/core/annotations/types.js';
import { clauseById, corpusClauses } from './corpus-clauses.js';

const PLAN = 'action-plan-2012';
const CRIMINAL = 'ru-criminal-code';
const plan = (path: string): string => `${PLAN}/${path}`;
const criminal = (path: string): string => `${CRIMINAL}/${path}`;

/** The target for the `nth` occurrence of `phrase` in a clause of the shipped document. */
function select(docId: string, clauseId: string, phrase: string, nth = 0): AnnotationTarget {
  const doc = documentText(corpusClauses(docId));
  const text = clauseById(doc.clauses, clauseId).text;
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" is not in ${clauseId}`);
  return describeRange(doc, docId, 'v1', clauseId, start, start + phrase.length);
}

/** A new version: the shipped clauses after `edit`. */
function version(docId: string, edit: (clauses: DocumentTextClause[]) => void = () => {}): DocumentText {
  const clauses = corpusClauses(docId);
  edit(clauses);
  return documentText(clauses);
}

/** Replaces the first occurrence of `from` in a clause (it must be there). */
function reword(clauses: DocumentTextClause[], id: string, from: string, to: string): void {
  const clause = clauseById(clauses, id);
  if (!clause.text.includes(from)) throw new Error(`"${from}" is not in ${id}`);
  clause.text = clause.text.replace(from, to);
}

function insertAfter(clauses: DocumentTextClause[], id: string, inserted: DocumentTextClause): void {
  clauses.splice(clauses.indexOf(clauseById(clauses, id)) + 1, 0, inserted);
}

function remove(clauses: DocumentTextClause[], id: string): void {
  clauses.splice(clauses.indexOf(clauseById(clauses, id)), 1);
}

/** Gives clauses (and their sub-clauses, "<id>/...") new ids, in the order given (last first, as renumbering does). */
function renumber(clauses: DocumentTextClause[], renames: [string, string][]): void {
  for (const [from, to] of renames) {
    clauseById(clauses, from).id = to;
    for (const c of clauses) if (c.id.startsWith(`${from}/`)) c.id = to + c.id.slice(from.length);
  }
}

type Expected = { anchored: string; text: string; how: AnchorMethod; nth?: number } | { orphaned: OrphanReason };

/** The expected result: the `nth` occurrence of `text` in clause `anchored` of the new version, or an orphan. */
function expected(doc: DocumentText, e: Expected): AnchorResult {
  if ('orphaned' in e) return { status: 'orphaned', reason: e.orphaned };
  const clauseText = clauseById(doc.clauses, e.anchored).text;
  let start = -1;
  for (let k = 0; k <= (e.nth ?? 0); k++) start = clauseText.indexOf(e.text, start + 1);
  if (start < 0) throw new Error(`expected text "${e.text}" is not in ${e.anchored}`);
  return { status: 'anchored', clauseId: e.anchored, start, end: start + e.text.length, how: e.how };
}

/** A new part 2 in art. 158 of the Criminal Code: parts 2-4 (and their sub-items) renumbered 3-5, with their numbers. */
function insertPart158(c: DocumentTextClause[]): void {
  renumber(c, [
    [criminal('art158/4'), criminal('art158/5')],
    [criminal('art158/3'), criminal('art158/4')],
    [criminal('art158/2'), criminal('art158/3')],
  ]);
  reword(c, criminal('art158/5'), '4. Кража', '5. Кража');
  reword(c, criminal('art158/4'), '3. Кража', '4. Кража');
  reword(c, criminal('art158/3'), '2. Кража', '3. Кража');
  insertAfter(c, criminal('art158/1'), { id: criminal('art158/2'), text: '2. Кража, совершенная в период мобилизации, -\nнаказывается лишением свободы на срок до шести лет.' });
}

interface Case {
  name: string;
  target: () => AnnotationTarget;
  doc: () => DocumentText;
  hash?: string;
  expect: Expected;
}

const CONSULT = 'Conduct meaningful consultations with rights holders';

const cases: Case[] = [
  {
    name: 'unchanged document, same hash: the stored position',
    target: () => select(PLAN, plan('I.A.1.c'), 'meaningful consultations with rights holders'),
    doc: () => version(PLAN),
    hash: 'v1',
    expect: { anchored: plan('I.A.1.c'), text: 'meaningful consultations with rights holders', how: 'position' },
  },
  {
    name: 'new version changed elsewhere: still the stored position',
    target: () => select(PLAN, plan('I.A.1.c'), 'meaningful consultations with rights holders'),
    doc: () => version(PLAN, (c) => reword(c, plan('II.2'), 'specific issues', 'particular questions')),
    expect: { anchored: plan('I.A.1.c'), text: 'meaningful consultations with rights holders', how: 'position' },
  },
  {
    name: 'words inserted before the range in its clause: the quote found exactly, shifted',
    target: () => select(PLAN, plan('I.A.1.c'), 'high-priority infringing websites'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.1.c'), 'Conduct meaningful', 'Regularly conduct meaningful and timely')),
    expect: { anchored: plan('I.A.1.c'), text: 'high-priority infringing websites', how: 'exact' },
  },
  {
    name: 'words changed after the range: the stored position',
    target: () => select(PLAN, plan('I.A.1.c'), CONSULT),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.1.c'), 'high-priority infringing websites', 'infringing online services')),
    expect: { anchored: plan('I.A.1.c'), text: CONSULT, how: 'position' },
  },
  {
    name: 'a word inside the range reworded: a fuzzy match over the new words',
    target: () => select(PLAN, plan('I.A.1.c'), CONSULT),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.1.c'), 'meaningful consultations', 'regular consultations')),
    expect: { anchored: plan('I.A.1.c'), text: 'Conduct regular consultations with rights holders', how: 'fuzzy' },
  },
  {
    name: 'the first word of the range reworded: it stays in the range',
    target: () => select(PLAN, plan('I.A.1.b'), 'administrators of websites through which intellectual property crimes'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.1.b'), 'administrators of', 'operators of')),
    expect: { anchored: plan('I.A.1.b'), text: 'operators of websites through which intellectual property crimes', how: 'fuzzy' },
  },
  {
    name: 'the last word of the range reworded: it stays in the range',
    target: () => select(PLAN, plan('I.A.2.b'), 'Conduct unannounced raids of plants, retail outlets, and warehouses'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.2.b'), 'and warehouses', 'and storage depots')),
    expect: { anchored: plan('I.A.2.b'), text: 'Conduct unannounced raids of plants, retail outlets, and storage depots', how: 'fuzzy' },
  },
  {
    name: 'words reworded and inserted just before the range: exact, shifted',
    target: () => select(PLAN, plan('I.C.3'), 'best practices for judges'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.C.3'), 'exchange information and best', 'share information, experience and best')),
    expect: { anchored: plan('I.C.3'), text: 'best practices for judges', how: 'exact' },
  },
  {
    name: 'an item inserted before: item I.B.2 renumbered I.B.3 is found there',
    target: () => select(PLAN, plan('I.B.2'), 'implementation of Russia’s WTO data protection commitments'),
    doc: () =>
      version(PLAN, (c) => {
        renumber(c, [
          [plan('I.B.3'), plan('I.B.4')],
          [plan('I.B.2'), plan('I.B.3')],
        ]);
        insertAfter(c, plan('I.B.1'), { id: plan('I.B.2'), text: 'Trade Secrets: Adopt measures protecting undisclosed test data against unfair commercial use.' });
      }),
    expect: { anchored: plan('I.B.3'), text: 'implementation of Russia’s WTO data protection commitments', how: 'exact' },
  },
  {
    name: 'an item deleted before: item I.B.3 renumbered I.B.2 is found there',
    target: () => select(PLAN, plan('I.B.3'), 'strengthening administrative penalties to deterrent levels'),
    doc: () =>
      version(PLAN, (c) => {
        remove(c, plan('I.B.2'));
        renumber(c, [[plan('I.B.3'), plan('I.B.2')]]);
      }),
    expect: { anchored: plan('I.B.2'), text: 'strengthening administrative penalties to deterrent levels', how: 'exact' },
  },
  {
    name: 'renumbered and a word reworded inside: fuzzy in the renumbered item',
    target: () => select(PLAN, plan('I.B.3'), 'strengthening administrative penalties to deterrent levels'),
    doc: () =>
      version(PLAN, (c) => {
        remove(c, plan('I.B.2'));
        renumber(c, [[plan('I.B.3'), plan('I.B.2')]]);
        reword(c, plan('I.B.2'), 'administrative penalties', 'administrative fines');
      }),
    expect: { anchored: plan('I.B.2'), text: 'strengthening administrative fines to deterrent levels', how: 'fuzzy' },
  },
  {
    name: 'whitespace changed inside the range (double space, line break): exact over the new spacing',
    target: () => select(PLAN, plan('I.A.2.c'), 'Seize and destroy goods that violate intellectual property rights'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.2.c'), 'goods that violate intellectual', 'goods  that violate\nintellectual')),
    expect: { anchored: plan('I.A.2.c'), text: 'Seize and destroy goods  that violate\nintellectual property rights', how: 'exact' },
  },
  {
    name: 'curly quotation marks and apostrophes became straight ones: exact',
    target: () => select(PLAN, plan('I.C.2'), 'removing the Russian Federation from the “Priority Watch List” under'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.C.2'), '“Priority Watch List”', '"Priority Watch List"')),
    expect: { anchored: plan('I.C.2'), text: 'removing the Russian Federation from the "Priority Watch List" under', how: 'exact' },
  },
  {
    name: 'straight quotes became guillemets next to the range, and words were inserted before it: exact',
    target: () => select(PLAN, plan('I.C.1'), 'Russian right holders to use'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.C.1'), 'Discussing possibility for Russian right holders to use “Copyright Alerts”', 'Discussing the possibility for Russian right holders to use «Copyright Alerts»')),
    expect: { anchored: plan('I.C.1'), text: 'Russian right holders to use', how: 'exact' },
  },
  {
    name: 'the annotated item deleted: orphaned, although its words recur in the next item',
    target: () => select(PLAN, plan('I.A.2.c'), 'Seize and destroy goods that violate intellectual property rights'),
    doc: () =>
      version(PLAN, (c) => {
        remove(c, plan('I.A.2.c'));
        renumber(c, [[plan('I.A.2.d'), plan('I.A.2.c')]]);
      }),
    expect: { orphaned: 'not-found' },
  },
  {
    name: 'the annotated words struck out of their clause: orphaned',
    target: () => select(PLAN, plan('I.A.1.f'), 'including specially trained personnel,'),
    doc: () => version(PLAN, (c) => reword(c, plan('I.A.1.f'), ' including specially trained personnel,', '')),
    expect: { orphaned: 'not-found' },
  },
  {
    name: 'a repeated phrase: the clause amended and its old wording added as the next item: ambiguous',
    target: () => select(PLAN, plan('I.A.1.c'), 'to take action against high-priority'),
    doc: () =>
      version(PLAN, (c) => {
        const old = clauseById(c, plan('I.A.1.c')).text;
        for (const l of ['g', 'f', 'e', 'd']) renumber(c, [[plan(`I.A.1.${l}`), plan(`I.A.1.${String.fromCharCode(l.charCodeAt(0) + 1)}`)]]);
        reword(c, plan('I.A.1.c'), 'Conduct meaningful', 'Where appropriate, conduct meaningful');
        insertAfter(c, plan('I.A.1.c'), { id: plan('I.A.1.d'), text: old });
      }),
    expect: { orphaned: 'ambiguous' },
  },
  {
    name: 'the document is gone',
    target: () => select(PLAN, plan('I.A.1.c'), CONSULT),
    doc: () => null as unknown as DocumentText,
    expect: { orphaned: 'missing-document' },
  },
  // Cyrillic: the Criminal Code (2,800 clauses).
  {
    name: 'Cyrillic: words inserted before the range: exact, shifted',
    target: () => select(CRIMINAL, criminal('art105/1'), 'умышленное причинение смерти другому человеку'),
    doc: () => version(CRIMINAL, (c) => reword(c, criminal('art105/1'), '1. Убийство, то есть', '1. Убийство, то есть противоправное')),
    expect: { anchored: criminal('art105/1'), text: 'умышленное причинение смерти другому человеку', how: 'exact' },
  },
  {
    name: 'Cyrillic: a word reworded inside the range: fuzzy',
    target: () => select(CRIMINAL, criminal('art105/1'), 'наказывается лишением свободы на срок от шести до пятнадцати лет'),
    doc: () => version(CRIMINAL, (c) => reword(c, criminal('art105/1'), 'от шести до пятнадцати', 'от семи до пятнадцати')),
    expect: { anchored: criminal('art105/1'), text: 'наказывается лишением свободы на срок от семи до пятнадцати лет', how: 'fuzzy' },
  },
  {
    name: 'Cyrillic: a line break became a space inside the range: exact',
    target: () => select(CRIMINAL, criminal('art105/1'), 'другому человеку, -\nнаказывается лишением свободы'),
    doc: () => version(CRIMINAL, (c) => reword(c, criminal('art105/1'), 'человеку, -\nнаказывается', 'человеку, - наказывается')),
    expect: { anchored: criminal('art105/1'), text: 'другому человеку, - наказывается лишением свободы', how: 'exact' },
  },
  {
    name: 'Cyrillic: a part inserted before, part 2 renumbered 3 (with its sub-items): the sub-item found as art158/3/г',
    target: () => select(CRIMINAL, criminal('art158/2/г'), 'из одежды, сумки или другой ручной клади'),
    doc: () => version(CRIMINAL, insertPart158),
    expect: { anchored: criminal('art158/3/г'), text: 'из одежды, сумки или другой ручной клади', how: 'exact' },
  },
  {
    name: 'Cyrillic: the same renumbering, a sanction whose words and context recur verbatim in art. 121: ambiguous',
    target: () => select(CRIMINAL, criminal('art158/2'), 'либо обязательными работами на срок до четырехсот восьмидесяти часов'),
    doc: () => version(CRIMINAL, insertPart158),
    expect: { orphaned: 'ambiguous' },
  },
  {
    name: 'Cyrillic: the annotated part deleted: orphaned although the same sanction recurs elsewhere',
    target: () => select(CRIMINAL, criminal('art105/1'), 'наказывается лишением свободы на срок от шести до пятнадцати лет'),
    doc: () => version(CRIMINAL, (c) => remove(c, criminal('art105/1'))),
    expect: { orphaned: 'not-found' },
  },
  {
    name: 'Cyrillic: a phrase that recurs in many articles, its own words struck out: orphaned, never placed elsewhere',
    target: () => select(CRIMINAL, criminal('art158/1'), 'в размере заработной платы или иного дохода осужденного'),
    doc: () => version(CRIMINAL, (c) => reword(c, criminal('art158/1'), ' или в размере заработной платы или иного дохода осужденного за период до шести месяцев', '')),
    expect: { orphaned: 'not-found' },
  },
];

describe('anchorTarget', () => {
  for (const c of cases) {
    it(c.name, () => {
      const doc = c.doc();
      const result = anchorTarget(c.target(), doc, c.hash ?? 'v2');
      expect(result).toEqual(doc ? expected(doc, c.expect) : { status: 'orphaned', reason: 'missing-document' });
    });
  }

  it('never returns a range crossing a clause boundary: a quote spanning two clauses of the new version is orphaned', () => {
    const target = select(PLAN, plan('I.A.2.d'), 'Promote transparency and public awareness of actions to enforce IPR.');
    const doc = version(PLAN, (c) => {
      const d = clauseById(c, plan('I.A.2.d'));
      insertAfter(c, plan('I.A.2.d'), { id: plan('I.A.2.e'), text: 'public awareness of actions to enforce IPR.' });
      d.text = 'Promote transparency and';
    });
    expect(anchorTarget(target, doc, 'v2')).toEqual({ status: 'orphaned', reason: 'not-found' });
  });

  it('anchors every whole clause of an unchanged document (new hash) by position', () => {
    const doc = version(PLAN);
    for (const clause of doc.clauses) {
      const target = describeRange(doc, PLAN, 'v1', clause.id, 0, clause.text.length);
      expect(anchorTarget(target, doc, 'v2')).toEqual({ status: 'anchored', clauseId: clause.id, start: 0, end: clause.text.length, how: 'position' });
    }
  });
});

describe('isRenumbering', () => {
  const table: [string, string, boolean][] = [
    ['d/I.A.3', 'd/I.A.4', true],
    ['d/I.A.1.b', 'd/I.A.1.c', true],
    ['d/art184/5', 'd/art184/6', true],
    ['d/art158/2/г', 'd/art158/3/г', true],
    ['d/p12', 'd/p18', true],
    ['d/p12', 'd/p19', false],
    ['d/p12', 'd/p9', true],
    ['d/p12', 'd/p8', false],
    ['d/art159.1/3', 'd/art159.2/3', false],
    ['d/art1297/3', 'd/art1296/4', false],
    ['d/I.A.3', 'd/I.A.3', false],
    ['d/section/p5', 'd/other/p5', false],
  ];
  for (const [from, to, result] of table) {
    it(`${from} → ${to}: ${result}`, () => expect(isRenumbering(from, to)).toBe(result));
  }
});
