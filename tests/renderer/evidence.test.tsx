// Evidence as a lawyer reads it: what "confident" means beside every confident / uncertain mark (traces, clause links,
// provision pages, the queue, the matrix legend), evidence from the user's own documents, and the quoting passage tied
// to the citing paragraph before it (Action Plan I.A.1(a) → Working Party Report para. 1339) and glossary pairs.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { EvidenceDto, TraceProvision } from '../../shared/core/api/dto.js';
import type { TraceMatrix } from '../../shared/core/api/review-dto.js';
import { CONFIDENCE_EXPLANATION } from '../../shared/core/link/confidence.js';
import { quotingTie } from '../../shared/core/link/quoting-tie.js';
import { createAppStore, type AppStore } from '../../renderer/state/app-store.js';
import { StoreProvider } from '../../renderer/state/store-context.js';
import { ApiContext } from '../../renderer/components/api-context.js';
import { LinkStatusBadge } from '../../renderer/components/LinkReview.js';
import { EvidenceList } from '../../renderer/components/EvidenceList.js';
import { TracePanel } from '../../renderer/components/TracePanel.js';
import { MatrixView } from '../../renderer/components/MatrixView.js';
import { evidenceView, glossaryPair, rolesText } from '../../renderer/text/evidence.js';
import { createFakeApi, manualTimers } from './fake-api.js';

function asRendered(store: AppStore): AppStore {
  return { ...store, getInitialState: () => store.getState() };
}

/** React escapes quotes and apostrophes in text; the explanation as it appears in markup. */
const EXPLANATION_HTML = CONFIDENCE_EXPLANATION.replace(/&/g, '&amp;');

const COMMITMENT =
  'Take measures in order to disrupt the functioning of websites that facilitate criminal copyright infringement, and provide for takedown of infringing content;';
const IIPA = 'IIPA 2017 Report, Compliance with Existing Obligations to the United States';
const P3 =
  'Russia joined the WTO in 2012. As part of its WTO accession, in the Working Party Report (paragraph 1339), the Government of Russia pledged that it would “continue to take actions against the operation of websites with servers located in the Russian Federation that promote illegal distribution of content protected by copyright or related rights.”';
const P4 =
  'In December 2012, in the U.S.-Russia IPR Action Plan the Government of Russia agreed it would take “enforcement actions targeting piracy over the Internet” and more specifically it would, inter alia: “Take measures in order to disrupt the functioning of websites that facilitate criminal copyright infringement, and provide for takedown of infringing content….” The Government of Russia has not fully implemented these obligations.';
const QUOTED = 'Take measures in order to disrupt the functioning of websites that facilitate criminal copyright infringement, and provide for takedown of infringing content';

/** What `trace` returns for action-plan-2012/I.A.1.a → wto-wpr-rus:1339 (the shipped corpus). */
const EVIDENCE_1339: EvidenceDto[] = [
  { clause: 'iipa/p3', doc: 'iipa', label: `${IIPA} ¶ 3`, text: P3, kind: 'concerns', terms: ['take', 'content', 'websites', 'copyright'] },
  { clause: 'iipa/p4', doc: 'iipa', label: `${IIPA} ¶ 4`, text: P4, kind: 'quotes', terms: [QUOTED] },
  { clause: 'iipa/p3', doc: 'iipa', label: `${IIPA} ¶ 3`, text: P3, kind: 'cites', terms: ['paragraph 1339'] },
];

function provision(extra: Partial<TraceProvision> = {}): TraceProvision {
  return {
    key: 'wto-wpr-rus:1339',
    label: 'Working Party Report para. 1339',
    title: 'Working Party Report para. 1339',
    score: 0.796,
    confident: true,
    kinds: ['concerns'],
    evidence: EVIDENCE_1339,
    status: 'proposed',
    inferred: true,
    isNew: false,
    reason: null,
    userLinkId: null,
    ...extra,
  };
}

describe('what “confident” means, where the mark appears', () => {
  it('is one sentence from the engine, behind an ⓘ button that describes it and as the badge’s tooltip', () => {
    expect(CONFIDENCE_EXPLANATION.split(/(?<=\.)\s/).length).toBe(1);
    for (const confident of [true, false]) {
      const html = renderToStaticMarkup(<LinkStatusBadge link={{ status: 'proposed', confident }} />);
      expect(html).toContain(confident ? 'confident' : 'uncertain');
      expect(html).toMatch(/<button type="button" class="confidence-info-button" aria-label="What confident means" aria-describedby="([^"]+)"/);
      const id = /aria-describedby="([^"]+)"/.exec(html)![1]!;
      expect(html).toContain(`id="${id}" role="note" class="offscreen">${EXPLANATION_HTML}</span>`);
      expect(html).toMatch(/class="status-badge status-(confident|proposed)" title="[^"]*Confident means a score of 50 %/);
    }
  });

  it('says when a verdict or a link made by hand was made on an earlier wording of its clause', () => {
    const html = renderToStaticMarkup(<LinkStatusBadge link={{ status: 'confirmed', confident: false, reworded: true }} />);
    expect(html).toMatch(/class="status-badge status-reworded" title="This was reviewed on an earlier wording of the clause[^"]*">earlier wording</);
    expect(renderToStaticMarkup(<LinkStatusBadge link={{ status: 'confirmed', confident: false }} />)).not.toContain('earlier wording');
  });

  it('is not offered for a verdict or a link made by hand, which no score decides', () => {
    for (const status of ['confirmed', 'rejected', 'user'] as const) {
      expect(renderToStaticMarkup(<LinkStatusBadge link={{ status, confident: true }} />)).not.toContain('What confident means');
    }
  });

  it('shows in a trace (beside each proposal) and in the matrix legend', async () => {
    const api = createFakeApi({
      trace: async ({ clause }) => ({ clause, provisions: [provision()] }),
      traceMatrix: async (): Promise<TraceMatrix> => ({ sections: [], groups: [], rows: [], columns: [], cells: [] }),
    });
    const store = createAppStore(api, manualTimers());
    await store.getState().fetchQuery('trace', { clause: 'plan/I.1' });
    await store.getState().fetchQuery('getClause', { id: 'plan/I.1' });
    await store.getState().fetchQuery('traceMatrix', {});
    const render = (node: React.ReactNode) =>
      renderToStaticMarkup(
        <ApiContext.Provider value={api}>
          <StoreProvider store={asRendered(store)}>{node}</StoreProvider>
        </ApiContext.Provider>,
      );
    const trace = render(<TracePanel clause="plan/I.1" />);
    expect(trace).toContain('What confident means');
    expect(trace).toContain(EXPLANATION_HTML);
    const matrix = render(<MatrixView initialRect={{ width: 1100, height: 700 }} />);
    expect(matrix).toMatch(/<legend class="matrix-filter-legend">Statuses<\/legend>.*What confident means/s);
  });
});

describe('the quoting passage and the citing paragraph before it', () => {
  const view = evidenceView(EVIDENCE_1339, 'Working Party Report para. 1339', COMMITMENT);

  it('finds the words that tie a quoting passage to the one before it', () => {
    expect(quotingTie(P4)).toEqual({ start: P4.indexOf('these obligations'), end: P4.indexOf('these obligations') + 17, words: 'these obligations' });
    expect(quotingTie('Данные обязательства не выполнены.')?.words).toBe('Данные обязательства');
    expect(quotingTie(P3)).toBeNull();
  });

  it('gives one card per clause, saying which quotes the commitment and which cites the provision', () => {
    expect(view.cards.map((c) => c.clause)).toEqual(['iipa/p3', 'iipa/p4']);
    const [p3, p4] = view.cards;
    expect(rolesText(p3!)).toBe('Cites Working Party Report para. 1339: paragraph 1339; Shares key terms with this commitment: take, content, websites, copyright');
    expect(rolesText(p4!)).toBe(`Quotes this commitment: ${QUOTED}`);
    expect(p4!.tie).toEqual({ words: 'these obligations', citing: 'iipa/p3', citingLabel: `${IIPA} ¶ 3`, citingShort: '¶ 3' });
    expect(p3!.tie).toBeNull();
  });

  it('says the route in one sentence', () => {
    expect(view.route).toBe(`In ${IIPA}: ¶ 4 quotes this commitment and, by “these obligations”, takes up ¶ 3, which cites Working Party Report para. 1339.`);
    const sameClause = evidenceView(
      [
        { ...EVIDENCE_1339[1]!, clause: 'iipa/p9', label: 'IIPA ¶ 9' },
        { ...EVIDENCE_1339[2]!, clause: 'iipa/p9', label: 'IIPA ¶ 9' },
      ],
      'Working Party Report para. 1339',
      COMMITMENT,
    );
    expect(sameClause.route).toBe('IIPA ¶ 9 quotes this commitment and cites Working Party Report para. 1339.');
    expect(evidenceView([EVIDENCE_1339[0]!], 'X').route).toBeNull();
  });

  it('marks the quoted words, the cited words and the tie in the clause texts', () => {
    const [p3, p4] = view.cards;
    const words = (text: string, kind: string, marks: { start: number; end: number; kind: string }[]) =>
      marks.filter((m) => m.kind === kind).map((m) => text.slice(m.start, m.end));
    expect(words(P4, 'quote', p4!.marks)).toEqual([QUOTED]);
    expect(words(P4, 'tie', p4!.marks)).toEqual(['these obligations']);
    expect(words(P3, 'cited', p3!.marks)).toEqual(['paragraph 1339']);
    expect(words(P3, 'term', p3!.marks)).toContain('websites');
  });

  it('tells a quotation of the commitment from one the commitment makes', () => {
    const quoting = evidenceView([{ ...EVIDENCE_1339[1]!, text: 'The Code provides for takedown of infringing content.', terms: ['takedown of infringing content'] }], 'X', 'Russia will “provide for takedown of infringing content”.');
    expect(quoting.cards[0]!.roles[0]!.kind).toBe('quoted');
    expect(rolesText(quoting.cards[0]!)).toBe('Quoted by this commitment: takedown of infringing content');
  });

  it('renders the route, the roles and the tie', () => {
    const html = renderToStaticMarkup(<EvidenceList evidence={EVIDENCE_1339} provisionLabel="Working Party Report para. 1339" commitmentText={COMMITMENT} onOpen={() => {}} />);
    expect(html).toContain('class="evidence-route"');
    expect(html).toContain('Quotes this commitment');
    expect(html).toContain('Cites Working Party Report para. 1339');
    expect(html).toMatch(/<q class="evidence-words evidence-tie-words">these obligations<\/q> takes up ¶ 3, which cites Working Party Report para. 1339/);
    expect(html).toContain('<mark class="mark-tie">these obligations</mark>');
  });
});

describe('glossary pairs', () => {
  const article: EvidenceDto = {
    clause: 'gk/art1253.1',
    doc: 'gk',
    label: 'Civil Code art. 1253.1',
    text: 'Статья 1253.1. Особенности ответственности информационного посредника',
    kind: 'concerns',
    terms: ['ISPs ~ посредника', 'liability ~ ответственности', 'dissemination ~ передачу'],
  };

  it('reads “ISPs ~ посредника” as a pair of the commitment’s word and the statute’s', () => {
    expect(glossaryPair('ISPs ~ посредника')).toEqual(['ISPs', 'посредника']);
    expect(glossaryPair('websites')).toBeNull();
  });

  it('shows the pairs and marks the statute’s words', () => {
    const view = evidenceView([article, { ...article, terms: ['ISPs', 'liability'] }], 'Civil Code art. 1253.1');
    const card = view.cards[0]!;
    expect(card.roles.map((r) => r.kind)).toEqual(['terms', 'glossary']);
    expect(card.roles[1]!.words).toEqual(['ISPs ↔ посредника', 'liability ↔ ответственности', 'dissemination ↔ передачу']);
    expect(card.marks.filter((m) => m.kind === 'term').map((m) => article.text.slice(m.start, m.end)).sort()).toEqual(['ответственности', 'посредника']);
  });
});

describe('evidence from the user’s own documents', () => {
  const mine: EvidenceDto = { ...EVIDENCE_1339[0]!, clause: 'memo/p1', doc: 'memo', label: 'My memo ¶ 1', fromUserDocument: true };

  it('marks such evidence and says why the score moved', () => {
    const view = evidenceView([EVIDENCE_1339[1]!, mine], 'X');
    expect(view.fromUserDocument).toBe(true);
    expect(view.cards.map((c) => c.fromUserDocument)).toEqual([false, true]);
    expect(evidenceView(EVIDENCE_1339, 'X').fromUserDocument).toBe(false);
    const html = renderToStaticMarkup(<EvidenceList evidence={[EVIDENCE_1339[1]!, mine]} provisionLabel="X" onOpen={() => {}} />);
    expect(html.match(/class="evidence-source"/g)).toHaveLength(2);
    expect(html).toContain('so this score changed');
    expect(html).toMatch(/My memo ¶ 1<\/a><span class="evidence-source" title="This clause is in a document you imported/);
    expect(renderToStaticMarkup(<EvidenceList evidence={EVIDENCE_1339} provisionLabel="X" onOpen={() => {}} />)).not.toContain('from your document');
  });

  it('marks it in the review queue too', async () => {
    const { ReviewQueueView } = await import('../../renderer/components/ReviewQueueView.js');
    const p = provision({ evidence: [...EVIDENCE_1339, mine] });
    const api = createFakeApi({
      reviewQueue: async () => ({
        sections: [],
        items: [{ clause: { id: 'plan/I.1', doc: 'plan', path: 'I.1', label: 'Item 1', kind: 'item', level: 1, parent: null, text: COMMITMENT, number: null, title: null, page: null }, section: null, proposals: [p], pending: 1, reviewed: false }],
        reviewed: 0,
        total: 1,
        detached: { verdicts: [], links: [] },
      }),
    });
    const store = createAppStore(api, manualTimers());
    await store.getState().fetchQuery('reviewQueue', {});
    store.getState().setQueueCursor({ clause: 'plan/I.1', key: p.key });
    const html = renderToStaticMarkup(
      <ApiContext.Provider value={api}>
        <StoreProvider store={asRendered(store)}>
          <ReviewQueueView side="left" />
        </StoreProvider>
      </ApiContext.Provider>,
    );
    expect(html).toContain('What confident means');
    expect(html).toContain('from your document');
    expect(html).toContain('takes up ¶ 3');
  });
});
