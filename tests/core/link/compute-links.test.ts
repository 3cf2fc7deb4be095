// Linking on a small synthetic corpus: citations, quotation chains, concerns with calibrated confidence, and traces.
import { describe, expect, it } from 'vitest';
import { CONFIDENT_SCORE, computeLinks, isCommitment, traceClause, type LinkClause } from '../../../shared/core/link/index.js';
import { cite, clause } from './link-clauses.js';

const commitment = (id: string, text: string): LinkClause =>
  clause({ id: `plan/${id}`, docId: 'plan', docKind: 'action-plan', kind: 'item', text, docDate: '2012-12-21' });

function citing(id: string, text: string, words: string, key: string): LinkClause {
  return clause({ id: `report/${id}`, docId: 'report', text, citations: [cite(text, words, key)], docDate: '2017-02-09' });
}

const SEIZE = commitment('1', 'Seize and destroy counterfeit goods and the equipment and materials used to produce them.');
const CAMCORD = commitment('2', 'Act against unauthorized camcording of motion pictures in theaters.');
const ALERTS = commitment('3', 'Discuss a possible use of Copyright Alerts by right holders.');
const QUOTED = commitment('4', 'Take actions against the creators and administrators of websites through which crimes are committed.');

const REPORT = [
  citing('p1', 'Article 1252(5) of the Civil Code provides for the seizure and destruction of materials and equipment used in infringements.', 'Article 1252(5) of the Civil Code', 'ru-civil-code:1252/5'),
  citing('p2', 'The Government should amend Article 146 of the Criminal Code to address unauthorized camcording of motion pictures in theaters.', 'Article 146 of the Criminal Code', 'ru-criminal-code:146'),
  citing('p3', 'Article 7.12 of the Administrative Code sets fines on legal entities and natural persons for violations by right holders.', 'Article 7.12 of the Administrative Code', 'ru-admin-code:7.12'),
  citing('p4', 'Russia pledged in the Working Party Report (paragraph 1339) to “take actions against the creators and administrators of websites through which crimes are committed”.', 'paragraph 1339', 'wto-wpr-rus:1339'),
  clause({ id: 'report/p5', docId: 'report', text: 'Online piracy remains a significant problem for right holders in many markets.' }),
  clause({ id: 'report/p6', docId: 'report', text: 'Courts issued injunctions against several websites, and mirror sites keep appearing.' }),
];
const CORPUS = [SEIZE, CAMCORD, ALERTS, QUOTED, ...REPORT];
const links = computeLinks(CORPUS);
const concerns = (from: LinkClause) => links.filter((l) => l.from === from.id && l.kind === 'concerns').sort((a, b) => b.score - a.score);

describe('isCommitment', () => {
  it.each([
    ['action-plan', 'item', true],
    ['action-plan', 'subitem', true],
    ['action-plan', 'heading', false],
    ['action-plan', 'paragraph', false],
    ['report', 'item', false],
  ] as const)('%s %s → %s', (docKind, kind, expected) => {
    expect(isCommitment({ docKind, kind })).toBe(expected);
  });
});

describe('computeLinks', () => {
  it('turns every explicit citation into a confident `cites` link with the cited words as evidence', () => {
    const cites = links.filter((l) => l.kind === 'cites');
    expect(cites.map((l) => [l.from, l.toKey])).toEqual(REPORT.filter((c) => c.citations.length > 0).map((c) => [c.id, c.citations[0]!.key]));
    expect(cites[0]).toMatchObject({ score: 1, confident: true, evidence: [{ clause: 'report/p1', kind: 'cites', terms: ['Article 1252(5) of the Civil Code'] }] });
  });

  it('links a commitment to the provision whose citing sentence shares its key terms, with those terms as evidence', () => {
    const [best] = concerns(SEIZE);
    expect(best).toMatchObject({ toKey: 'ru-civil-code:1252/5', confident: true });
    expect(best!.evidence[0]).toMatchObject({ clause: 'report/p1', kind: 'concerns' });
    expect(best!.evidence[0]!.terms).toEqual(expect.arrayContaining(['equipment', 'materials', 'used']));
    expect(concerns(CAMCORD)[0]).toMatchObject({ toKey: 'ru-criminal-code:146', confident: true });
  });

  it('proposes nothing confident for a commitment that shares only common words with the citing clauses', () => {
    expect(concerns(ALERTS).filter((l) => l.confident)).toEqual([]);
  });

  it('follows a quotation chain: a clause quoting the commitment and citing a provision links the commitment to it', () => {
    const quote = links.find((l) => l.kind === 'quotes');
    expect(quote).toMatchObject({ from: 'report/p4', toClause: QUOTED.id, confident: true });
    const [best] = concerns(QUOTED);
    expect(best).toMatchObject({ toKey: 'wto-wpr-rus:1339', confident: true });
    expect(best!.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['quotes', 'cites']));
  });

  it('keeps every score in [0, 1] and never links a clause to a provision it cites', () => {
    for (const l of links) {
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
    const withCitation = { ...SEIZE, id: 'plan/5', citations: [cite(SEIZE.text, 'Seize', 'ru-civil-code:1252/5')] };
    const own = computeLinks([withCitation, ...REPORT]).filter((l) => l.from === 'plan/5');
    expect(own.filter((l) => l.kind === 'concerns' && l.toKey === 'ru-civil-code:1252/5')).toEqual([]);
  });

  it('computes concerns only for the clauses `concernsFor` admits', () => {
    const none = computeLinks(CORPUS, { concernsFor: () => false });
    expect(none.filter((l) => l.kind === 'concerns')).toEqual([]);
  });
});

describe('traceClause', () => {
  it('combines routes as independent evidence when one is confident, else shows the best alone, and sorts by score', () => {
    const trace = traceClause(
      'x',
      [
        { from: 'x', kind: 'concerns', toKey: 'k:1', score: 0.4, confident: false, evidence: [] },
        { from: 'x', kind: 'concerns', toKey: 'k:2', score: 0.6, confident: true, evidence: [] },
        { from: 'x', kind: 'concerns', toKey: 'k:3', score: 0.3, confident: false, evidence: [] },
        { from: 'x', kind: 'quotes', toClause: 'y', score: 0.45, confident: false, evidence: [{ clause: 'y', kind: 'quotes', terms: ['q'] }] },
        { from: 'x', kind: 'quotes', toClause: 'z', score: 0.9, confident: true, evidence: [{ clause: 'z', kind: 'quotes', terms: ['q'] }] },
      ],
      new Map([
        ['y', { id: 'y', citations: [cite('Article 1 here', 'Article 1', 'k:1')] }],
        ['z', { id: 'z', citations: [cite('Article 3 here', 'Article 3', 'k:3')] }],
      ]),
    );
    expect(trace.map((t) => [t.key, t.score, t.confident, t.kinds])).toEqual([
      // 0.81 (the quotation, confident) with 0.3: 1 - 0.19 × 0.7
      ['k:3', 0.867, true, ['quotes', 'concerns']],
      ['k:2', 0.6, true, ['concerns']],
      // two weak hints (0.4, and 0.45 × 0.9) do not add up to a confident mark: the better one shows
      ['k:1', 0.405, false, ['quotes', 'concerns']],
    ]);
  });

  it('marks an entry confident exactly when its score reaches the mark, whatever the routes', () => {
    const routes = [0.1, 0.2, 0.3, 0.35, 0.44, 0.49, 0.5, 0.62, 0.9, 1];
    for (let i = 0; i < 200; i++) {
      const links = Array.from({ length: 1 + (i % 4) }, (_, k) => {
        const score = routes[(i * 7 + k * 3) % routes.length]!;
        return { from: 'x', kind: 'concerns' as const, toKey: `k:${k % 2}`, score, confident: score >= CONFIDENT_SCORE, evidence: [] };
      });
      for (const t of traceClause('x', links, new Map())) expect(t.confident).toBe(t.score >= CONFIDENT_SCORE);
    }
  });

  it('puts the most precise provision first among equal scores (an article part before its code)', () => {
    const cites = (key: string) => ({ from: 'x', kind: 'cites' as const, toKey: key, score: 1, confident: true, evidence: [] });
    const trace = traceClause('x', [cites('ru-admin-code'), cites('ru-civil-code'), cites('ru-civil-code:1252'), cites('ru-civil-code:1252/5')], new Map());
    expect(trace.map((t) => t.key)).toEqual(['ru-civil-code:1252/5', 'ru-civil-code:1252', 'ru-admin-code', 'ru-civil-code']);
  });

  it('traces a commitment of the synthetic corpus to its provision', () => {
    const byId = new Map(CORPUS.map((c) => [c.id, c]));
    expect(traceClause(SEIZE.id, links, byId)[0]).toMatchObject({ key: 'ru-civil-code:1252/5', confident: true, kinds: ['concerns'] });
  });
});
