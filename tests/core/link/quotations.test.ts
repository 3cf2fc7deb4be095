// Quotation detection: real IIPA-quotes-Action-Plan text, tolerance of layout and punctuation, and near misses.
import { describe, expect, it } from 'vitest';
import { findQuotations, sharedRuns } from '../../../shared/core/link/index.js';
import { wordTokens } from '../../../shared/core/link/words.js';
import { clause } from './link-clauses.js';

// Action Plan § I.A, item 1 (with the PDF's double space and line breaks) and the IIPA report quoting it.
const PLAN_ITEM = 'Take measures  in order to disrupt the functioning of websites that\nfacilitate criminal copyright infringement, and provide for takedown of\ninfringing content;';
const IIPA_QUOTE =
  'In December 2012, in the U.S.-Russia IPR Action Plan the Government of Russia agreed it would take “enforcement actions targeting piracy over the Internet” and more specifically it would, inter alia: “Take measures in \norder to disrupt the functioning of websites that facilitate criminal copyright infringement, and provide for takedown of \ninfringing content….Take actions against the creators and administrators of websites through which intellectual \nproperty crimes are committed….” The Government of Russia has not fully implemented these obligations.';

describe('sharedRuns', () => {
  it.each([
    ['exact words', 'one two three four five six seven eight', 'one two three four five six seven eight', [8]],
    ['case, quote marks, line breaks and spacing', '“Take measures  in\norder to disrupt the FUNCTIONING of', 'take measures in order to disrupt the functioning of', [9]],
    ['curly and straight apostrophes', 'Russia’s WTO data protection commitments are due this year', "Russia's WTO data protection commitments are due this year", [9]],
    ['an ellipsis splits a quotation into passages', 'alpha beta gamma delta epsilon zeta eta theta … iota kappa lambda mu nu xi omicron pi', 'alpha beta gamma delta epsilon zeta eta theta and then some words iota kappa lambda mu nu xi omicron pi', [8, 8]],
    ['seven words are a near miss', 'and the equipment and materials used to', 'and the equipment and materials used to', []],
    ['eight words with one changed are a near miss', 'seize and destroy goods that violate intellectual property', 'seize and destroy products that violate intellectual property', []],
  ])('%s', (_name, a, b, lengths) => {
    expect(sharedRuns(wordTokens(a), wordTokens(b)).map((r) => r.length)).toEqual(lengths);
  });
});

describe('findQuotations', () => {
  const plan = clause({ id: 'plan/I.A.1.a', docId: 'plan', docKind: 'action-plan', kind: 'subitem', text: PLAN_ITEM, docDate: '2012-12-21' });
  const iipa = clause({ id: 'iipa/p4', docId: 'iipa', docKind: 'report', text: IIPA_QUOTE, docDate: '2017-02-09' });

  it('finds the IIPA report quoting the Action Plan word for word, quoting clause first', () => {
    const [q, ...rest] = findQuotations([plan, iipa]);
    expect(rest).toEqual([]);
    expect(q!.quoting.id).toBe('iipa/p4');
    expect(q!.quoted.id).toBe('plan/I.A.1.a');
    expect(q!.marked).toBe(true);
    expect(q!.words).toBe(22);
    const [p] = q!.passages;
    expect(IIPA_QUOTE.slice(p!.quoting[0], p!.quoting[1])).toMatch(/^Take measures in \norder.*infringing content$/s);
    expect(PLAN_ITEM.slice(p!.quoted[0], p!.quoted[1])).toMatch(/^Take measures {2}in order.*infringing content$/s);
  });

  it('orients by quote marks before dates: an older text that holds the words in quote marks is the quoting one', () => {
    const older = clause({ ...iipa, id: 'old/p1', docId: 'old', docDate: '2001-01-01' });
    const [q] = findQuotations([plan, older]);
    expect(q!.quoting.id).toBe('old/p1');
  });

  it('without quote marks, the later document quotes the earlier', () => {
    const words = 'the equipment and materials used to produce them in all cases';
    const early = clause({ id: 'a/1', docId: 'a', text: `Seize and destroy goods and ${words}.`, docDate: '2012-12-21' });
    const late = clause({ id: 'b/1', docId: 'b', text: `Seizing infringing products and ${words}.`, docDate: '2012-12-26' });
    const [q] = findQuotations([late, early]);
    expect([q!.quoting.id, q!.quoted.id]).toEqual(['b/1', 'a/1']);
  });

  it('never pairs clauses of the same document', () => {
    const again = clause({ ...plan, id: 'plan/I.A.1.z' });
    expect(findQuotations([plan, again])).toEqual([]);
  });

  it('keeps at most twelve partners for each clause, the longest quotations first', () => {
    const article = clause({ id: 'code/art1', docId: 'code', docKind: 'statute', kind: 'article', lang: 'ru', text: 'лицо осуществляющее передачу материала в информационно телекоммуникационной сети не несет ответственность за нарушение' });
    const quoting = Array.from({ length: 20 }, (_, i) =>
      clause({ id: `memo${i}/p1`, docId: `memo${i}`, lang: 'ru', text: `Суд указал: «${article.text.split(' ').slice(0, 8 + (i % 5)).join(' ')}» в деле ${i}.` }),
    );
    const withStatute = findQuotations([article, ...quoting]).filter((q) => q.quoted.id === article.id || q.quoting.id === article.id);
    expect(withStatute).toHaveLength(12);
    expect(Math.min(...withStatute.map((q) => q.words))).toBeGreaterThanOrEqual(10);
  });
});
