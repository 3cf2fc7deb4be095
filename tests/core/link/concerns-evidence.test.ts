// Concerns links from the passages around a quotation and from an article's numbered neighbours; evidence that carries the subject.
import { describe, expect, it } from 'vitest';
import { computeLinks, type LinkClause } from '../../../shared/core/link/index.js';
import { cite, clause } from './link-clauses.js';

const commitment = (id: string, text: string): LinkClause =>
  clause({ id: `plan/${id}`, docId: 'plan', docKind: 'action-plan', kind: 'subitem', path: `I.A.${id}`, text, docDate: '2012-12-21' });
const concerns = (links: ReturnType<typeof computeLinks>, from: LinkClause) =>
  links.filter((l) => l.from === from.id && l.kind === 'concerns').sort((a, b) => b.score - a.score);

// IIPA 2017, "Compliance with existing obligations": a paragraph citing the report, then one quoting the plan.
const TAKE = commitment('a', 'Take measures in order to disrupt the functioning of websites that facilitate criminal copyright infringement;');
const CITING_TEXT =
  'As part of its WTO accession, in the Working Party Report (paragraph 1339), the Government of Russia pledged that it would “continue to take actions against the operation of websites with servers located in the Russian Federation.”';
const CITING = clause({ id: 'iipa/s/p3', docId: 'iipa', path: 's/p3', text: CITING_TEXT, citations: [cite(CITING_TEXT, 'paragraph 1339', 'wto-wpr-rus:1339')], docDate: '2017-02-09' });
const quoting = (tie: string, path = 's/p4'): LinkClause =>
  clause({
    id: `iipa/${path}`,
    docId: 'iipa',
    path,
    docDate: '2017-02-09',
    text: `In December 2012, in the Action Plan, Russia agreed it would, inter alia: “Take measures in order to disrupt the functioning of websites that facilitate criminal copyright infringement.” ${tie}`,
  });

describe('a commitment quoted in a passage tied to a citing paragraph', () => {
  it('traces to the provision the paragraph before cites, confidently, with the quoting and the citing passages', () => {
    const quote = quoting('The Government of Russia has not fully implemented these obligations.');
    const [best] = concerns(computeLinks([TAKE, CITING, quote]), TAKE);
    expect(best).toMatchObject({ toKey: 'wto-wpr-rus:1339', confident: true });
    expect(best!.evidence).toEqual(expect.arrayContaining([
      expect.objectContaining({ clause: quote.id, kind: 'quotes' }),
      { clause: CITING.id, kind: 'cites', terms: ['paragraph 1339'] },
    ]));
  });

  it('needs the words that tie the passages, and the same section', () => {
    const untied = concerns(computeLinks([TAKE, CITING, quoting('Right holders report slow progress.')]), TAKE);
    expect(untied.filter((l) => l.confident && l.toKey === 'wto-wpr-rus:1339')).toEqual([]);
    const elsewhere = concerns(computeLinks([TAKE, CITING, quoting('It has not implemented these obligations.', 't/p1')]), TAKE);
    expect(elsewhere.filter((l) => l.confident && l.toKey === 'wto-wpr-rus:1339')).toEqual([]);
  });
});

describe('numbered neighbours of a cited article', () => {
  const statute = (path: string, text: string): LinkClause =>
    clause({ id: `gk/${path}`, docId: 'gk', docKind: 'statute', kind: 'article', lang: 'ru', instrument: 'ru-civil-code', path, text });
  const ARTICLES = [
    statute('art1253', 'Статья 1253. Ликвидация юридического лица и прекращение деятельности индивидуального предпринимателя в связи с нарушением исключительных прав\nВ случае, если юридическое лицо неоднократно или грубо нарушает исключительные права, суд может принять решение о ликвидации такого юридического лица.'),
    statute('art1253.1', 'Статья 1253.1. Особенности ответственности информационного посредника\nИнформационный посредник, осуществляющий передачу материала в информационно-телекоммуникационной сети, не несет ответственность за нарушение интеллектуальных прав.'),
  ];
  const ISP = clause({ id: 'plan/I.B.1', docId: 'plan', docKind: 'action-plan', kind: 'item', path: 'I.B.1', docDate: '2012-12-21', text: 'ISP Liability Law: Support special legislation to combat Internet piracy, which will establish a fair framework for liability of Internet service providers in appropriate cases of infringement.' });
  const TEXT = 'Provide legal norms that create incentives for ISPs to cooperate with rights holders in fighting infringement over their networks, and clarify that information intermediary services that facilitate piracy cannot benefit from the liability privileges in Article 1253 of the Civil Code.';
  const CITES_1253 = clause({ id: 'iipa/i4', docId: 'iipa', path: 'i4', docDate: '2017-02-09', text: TEXT, citations: [cite(TEXT, 'Article 1253 of the Civil Code', 'ru-civil-code:1253')] });

  it('proposes the neighbour whose statute text fits the citing passage better, with the shared terms, in the cited article\'s place', () => {
    const links = computeLinks([ISP, CITES_1253, ...ARTICLES]);
    const [best, ...rest] = concerns(links, ISP);
    expect(best).toMatchObject({ toKey: 'ru-civil-code:1253.1', confident: true });
    const terms = best!.evidence.find((e) => e.clause === 'gk/art1253.1')!.terms;
    expect(terms).toEqual(expect.arrayContaining([expect.stringMatching(/ISP.* ~ посредник/), expect.stringMatching(/liability ~ ответственност/i)]));
    expect(best!.evidence.some((e) => e.clause === CITES_1253.id)).toBe(true);
    expect(rest.find((l) => l.toKey === 'ru-civil-code:1253')?.confident).toBe(false);
  });

  it('keeps the cited article when no neighbour is in the corpus', () => {
    const [best] = concerns(computeLinks([ISP, CITES_1253, ARTICLES[0]!]), ISP);
    expect(best).toMatchObject({ toKey: 'ru-civil-code:1253' });
  });
});

describe('evidence of a similarity link', () => {
  it('lists the clauses that carry the link\'s subject, not a clause sharing only a common word', () => {
    const seize = commitment('c', 'Seize and destroy counterfeit goods that violate rights, and the equipment and materials used to produce them.');
    const strong = 'Article 1252(5) of the Civil Code provides for the seizure and destruction of materials and equipment used in infringements.';
    const weak = 'Right holders say that Article 1252(5) of the Civil Code is about their rights.';
    // "rights" is a common word of the corpus: in most of its clauses
    const filler = ['Rights holders met in Moscow.', 'The rights of authors matter.', 'Courts protect rights.', 'Rights were discussed again.', 'Many rights exist.', 'Rights and more rights.'];
    const other = 'Article 146 of the Criminal Code punishes camcording of motion pictures in theaters.';
    const links = computeLinks([
      seize,
      clause({ id: 'r/1', docId: 'r', text: strong, citations: [cite(strong, 'Article 1252(5) of the Civil Code', 'ru-civil-code:1252/5')] }),
      clause({ id: 'r/2', docId: 'r', text: weak, citations: [cite(weak, 'Article 1252(5) of the Civil Code', 'ru-civil-code:1252/5')] }),
      clause({ id: 'r/3', docId: 'r', text: other, citations: [cite(other, 'Article 146 of the Criminal Code', 'ru-criminal-code:146')] }),
      ...filler.map((text, i) => clause({ id: `f/${i}`, docId: 'f', text })),
    ]);
    const [best] = concerns(links, seize);
    expect(best).toMatchObject({ toKey: 'ru-civil-code:1252/5', confident: true });
    expect(best!.evidence.map((e) => e.clause)).toEqual(['r/1']);
  });
});
