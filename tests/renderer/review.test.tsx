// The renderer's side of the lawyer's review: which links show, status words, the queue's cursor, the matrix laid out
// (and virtualised: 500 × 300 renders only a window of cells), filters, provision type-ahead, memo citations and
// their links, the report's styles kept out of the CSP's way, and the statute contents with "go to article".
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ClauseSummary, ProvisionSummary, TraceProvision } from '../../shared/core/api/dto.js';
import type { MatrixStatus, ReviewQueue, TraceMatrix } from '../../shared/core/api/review-dto.js';
import { INSTRUMENT_GROUPS, MATRIX_STATUSES } from '../../shared/core/api/review-dto.js';
import { createAppStore } from '../../renderer/state/app-store.js';
import { StoreProvider } from '../../renderer/state/store-context.js';
import { ApiContext } from '../../renderer/components/api-context.js';
import { visibleLinks, wantsAll } from '../../renderer/state/trace-slice.js';
import { matrixArgs } from '../../renderer/state/review-slice.js';
import { linkStatusWords } from '../../renderer/text/link-status.js';
import { afterVerdict, queueStops, stepItem, stepStop, stopIndex } from '../../renderer/text/queue-cursor.js';
import { cellLookup, cellWords, columnGroups, matrixLines, shortColumnLabel } from '../../renderer/text/matrix-layout.js';
import { ancestry, entryAt, findArticle, parseArticleRef, statuteOutline, visibleEntries } from '../../renderer/text/statute-outline.js';
import { splitStyles } from '../../renderer/text/report-document.js';
import { memoText, resolvableLinks } from '../../renderer/commands/memo-citation.js';
import { exportBytes } from '../../renderer/commands/save-file.js';
import { toggleFilter } from '../../renderer/components/MatrixToolbar.js';
import { suggestProvisions } from '../../renderer/components/AddLinkDialog.js';
import { MatrixView } from '../../renderer/components/MatrixView.js';
import { ReviewQueueView } from '../../renderer/components/ReviewQueueView.js';
import { clause, createFakeApi, manualTimers } from './fake-api.js';
import type { AppStore } from '../../renderer/state/app-store.js';

/** The store as server rendering reads it: zustand renders a store's initial state there, so its current one is offered as such. */
function asRendered(store: AppStore): AppStore {
  return { ...store, getInitialState: () => store.getState() };
}

const link = (status: TraceProvision['status'], confident: boolean, key = `${status}-${confident}`) => ({ key, status, confident });

describe('which links show', () => {
  const links = [link('confirmed', false), link('user', true), link('proposed', true), link('proposed', false), link('rejected', true), link(undefined, false, 'old')];

  it('keeps the server order and hides uncertain and rejected links unless asked', () => {
    expect(visibleLinks(links, { uncertain: false, rejected: false }).map((l) => l.key)).toEqual(['confirmed-false', 'user-true', 'proposed-true']);
    expect(visibleLinks(links, { uncertain: true, rejected: false }).map((l) => l.key)).toEqual(['confirmed-false', 'user-true', 'proposed-true', 'proposed-false', 'old']);
    expect(visibleLinks(links, { uncertain: false, rejected: true }).map((l) => l.key)).toEqual(['confirmed-false', 'user-true', 'proposed-true', 'rejected-true']);
    expect(wantsAll({ uncertain: false, rejected: false })).toBe(false);
    expect(wantsAll({ uncertain: false, rejected: true })).toBe(true);
  });

  it.each([
    [{ status: 'confirmed' as const, inferred: true, confident: true }, 'confirmed'],
    [{ status: 'confirmed' as const, inferred: false, confident: false }, 'confirmed, no longer inferred'],
    [{ status: 'user' as const, confident: true }, 'by hand'],
    [{ status: 'rejected' as const, confident: true }, 'rejected'],
    [{ status: 'proposed' as const, confident: true }, 'confident'],
    [{ status: 'proposed' as const, confident: false, isNew: true }, 'uncertain'],
  ])('says %o as “%s”', (l, words) => {
    expect(linkStatusWords(l).text).toBe(words);
    expect(linkStatusWords(l).symbol).not.toBe('');
  });
});

function proposal(key: string, status: TraceProvision['status'] = 'proposed', score = 0.5): TraceProvision {
  return { key, label: `Civil Code art. ${key}`, title: key, score, confident: score > 0.6, kinds: ['concerns'], evidence: [], status, inferred: true, isNew: false, reason: null, userLinkId: null };
}

function queueOf(...items: TraceProvision[][]): ReviewQueue {
  return {
    sections: [{ id: 'plan/I.A', doc: 'plan', label: 'Action Plan § I.A', title: 'Enforcement' }],
    items: items.map((proposals, i) => ({
      clause: clause('plan', `I.${i + 1}`, `Commitment ${i + 1}.`, { label: `Item ${i + 1}` }),
      section: 0,
      proposals,
      pending: proposals.filter((p) => p.status === 'proposed').length,
      reviewed: proposals.every((p) => p.status !== 'proposed'),
    })),
    reviewed: items.filter((ps) => ps.every((p) => p.status !== 'proposed')).length,
    total: items.length,
    detached: { verdicts: [], links: [] },
  };
}

describe('the review queue’s cursor', () => {
  const queue = queueOf([proposal('1', 'confirmed'), proposal('2')], [], [proposal('3'), proposal('4', 'rejected'), proposal('5')]);
  const stops = queueStops(queue);

  it('stops at every proposal, and once at a commitment without any', () => {
    expect(stops.map((s) => `${s.clause}:${s.key ?? '-'}:${s.pending ? 'p' : 'r'}`)).toEqual([
      'plan/I.1:1:r',
      'plan/I.1:2:p',
      'plan/I.2:-:r',
      'plan/I.3:3:p',
      'plan/I.3:4:r',
      'plan/I.3:5:p',
    ]);
  });

  it('starts at the first proposal awaiting a verdict, and finds its place again after a refresh', () => {
    expect(stopIndex(stops, null)).toBe(1);
    expect(stopIndex(stops, { clause: 'plan/I.3', key: '4' })).toBe(4);
    // The proposal is gone (a refresh stopped inferring it): the same commitment's first stop.
    expect(stopIndex(stops, { clause: 'plan/I.3', key: 'gone' })).toBe(3);
    expect(stopIndex([], null)).toBe(-1);
  });

  it('moves by proposal and by commitment, and after a verdict to the next proposal awaiting one', () => {
    expect(stepStop(stops, 0, -1)).toBe(0);
    expect(stepStop(stops, 5, 1)).toBe(5);
    expect(stepItem(stops, 1, 1)).toBe(2);
    expect(stepItem(stops, 2, 1)).toBe(3);
    expect(stepItem(stops, 4, -1)).toBe(2);
    expect(afterVerdict(stops, 1)).toBe(3); // skips the commitment without proposals
    expect(afterVerdict(stops, 3)).toBe(5); // skips the rejected one
    expect(afterVerdict(stops, 5)).toBe(5); // the last stays
  });

  it('renders the progress and the current commitment with its proposals and verdict controls', async () => {
    const api = createFakeApi({ reviewQueue: async () => queue });
    const store = createAppStore(api, manualTimers());
    await store.getState().fetchQuery('reviewQueue', {});
    const html = renderToStaticMarkup(
      <ApiContext.Provider value={api}>
        <StoreProvider store={asRendered(store)}>
          <ReviewQueueView side="left" />
        </StoreProvider>
      </ApiContext.Provider>,
    );
    expect(html).toContain('1 of 3 commitments reviewed');
    expect(html).toMatch(/aria-current="step"[^>]*>.*Item 1/);
    expect(html).toContain('Confirm the link to Civil Code art. 2');
    expect(html).toContain('✓ </span>confirmed');
  });
});

/** A matrix of `rows` commitments × `cols` provisions in three instrument groups, a cell every few. */
function bigMatrix(rows: number, cols: number): TraceMatrix {
  const groups = (['civil-code', 'criminal-code', 'federal-laws'] as const).map((id) => ({ id, label: id === 'civil-code' ? 'Civil Code' : id === 'criminal-code' ? 'Criminal Code' : 'Federal laws' }));
  const columns = Array.from({ length: cols }, (_, i) => {
    const g = groups[Math.min(2, Math.floor((i * 3) / cols))]!;
    return { key: `k:${i}`, label: `${g.label} art. ${1000 + i}`, title: `Article ${1000 + i}`, instrument: g.id, group: g.id };
  });
  const statuses: MatrixStatus[] = ['confirmed', 'user', 'confident', 'proposed'];
  const cells = [];
  for (let r = 0; r < rows; r++) for (let c = r % 7; c < cols; c += 7) cells.push({ row: r, col: c, status: statuses[(r + c) % 4]!, score: 0.42 });
  return {
    sections: Array.from({ length: 10 }, (_, i) => ({ id: `plan/${i}`, doc: 'plan', label: `§ ${i + 1}`, title: `Section ${i + 1}` })),
    groups,
    rows: Array.from({ length: rows }, (_, i) => ({ clause: `plan/${i}`, doc: 'plan', label: `Item ${i}`, text: `Commitment ${i}`, section: Math.floor(i / (rows / 10)) })),
    columns,
    cells,
  };
}

describe('the traceability matrix', () => {
  const small = bigMatrix(20, 9);

  it('puts a section heading before each section’s rows and groups the columns by instrument', () => {
    const lines = matrixLines(small);
    expect(lines.filter((l) => l.type === 'section')).toHaveLength(10);
    expect(lines[0]).toEqual({ type: 'section', label: '§ 1 Section 1' });
    expect(lines[1]).toEqual({ type: 'row', row: 0 });
    expect(columnGroups(small).map((g) => [g.label, g.first, g.last])).toEqual([
      ['Civil Code', 0, 2],
      ['Criminal Code', 3, 5],
      ['Federal laws', 6, 8],
    ]);
    expect(shortColumnLabel(small.columns[0]!, 'Civil Code')).toBe('art. 1000');
    expect(shortColumnLabel({ ...small.columns[0]!, label: 'Administrative Code' }, 'Administrative Code')).toBe('as a whole');
  });

  it('says each cell in words, with the score of proposals', () => {
    const at = cellLookup(small);
    expect(at(0, 0)?.status).toBe('confirmed');
    expect(at(0, 1)).toBeUndefined();
    expect(cellWords(at(0, 0))).toEqual({ status: 'confirmed', symbol: '✓', score: null });
    expect(cellWords({ row: 0, col: 0, status: 'proposed', score: 0.42 })).toEqual({ status: 'proposed', symbol: '○', score: '42%' });
    expect(cellWords(undefined).status).toBe('none');
  });

  it('renders only a window of a 500 × 300 matrix, with its headers', async () => {
    const matrix = bigMatrix(500, 300);
    const api = createFakeApi({ traceMatrix: async () => matrix });
    const store = createAppStore(api, manualTimers());
    await store.getState().fetchQuery('traceMatrix', {});
    const started = performance.now();
    const html = renderToStaticMarkup(
      <ApiContext.Provider value={api}>
        <StoreProvider store={asRendered(store)}>
          <MatrixView initialRect={{ width: 1100, height: 700 }} />
        </StoreProvider>
      </ApiContext.Provider>,
    );
    const took = performance.now() - started;
    const cells = html.match(/role="gridcell"/g)?.length ?? 0;
    const columnHeads = html.match(/role="columnheader"/g)?.length ?? 0;
    const rowHeads = html.match(/class="matrix-rowhead/g)?.length ?? 0;
    expect(html).toContain('500 commitments × 300 provisions');
    expect(html).toContain('aria-rowcount="501"');
    expect(html).toContain('aria-colcount="301"');
    // (1100 − 300) / 96 ≈ 9 columns and 700 / 50 ≈ 14 rows on screen, a few more on each side.
    expect(columnHeads).toBeGreaterThan(5);
    expect(columnHeads).toBeLessThan(20);
    expect(rowHeads).toBeGreaterThan(8);
    expect(rowHeads).toBeLessThan(25);
    expect(cells).toBe(rowHeads * columnHeads);
    expect(cells).toBeLessThan(500);
    expect(html).toContain('Civil Code');
    expect(took).toBeLessThan(1000);
  });

  it('keeps "all" filters empty and never filters everything away', () => {
    expect(toggleFilter([], INSTRUMENT_GROUPS, 'civil-code')).toEqual(INSTRUMENT_GROUPS.filter((g) => g !== 'civil-code'));
    expect(toggleFilter(INSTRUMENT_GROUPS.filter((g) => g !== 'civil-code'), INSTRUMENT_GROUPS, 'civil-code')).toEqual([]);
    expect(toggleFilter(['civil-code'], INSTRUMENT_GROUPS, 'civil-code')).toEqual(['civil-code']);
    const defaults = MATRIX_STATUSES.filter((s) => s !== 'rejected');
    expect(toggleFilter([], MATRIX_STATUSES, 'rejected', defaults)).toEqual([...MATRIX_STATUSES]);
    expect(toggleFilter([...MATRIX_STATUSES], MATRIX_STATUSES, 'rejected', defaults)).toEqual([]);
    expect(matrixArgs({ instruments: [], statuses: [] })).toEqual({});
    expect(matrixArgs({ instruments: ['civil-code'], statuses: ['confirmed'] })).toEqual({ instruments: ['civil-code'], statuses: ['confirmed'] });
  });
});

describe('links made by hand and citations', () => {
  const provisions: ProvisionSummary[] = [
    { key: 'ru-civil-code:1253', instrument: 'ru-civil-code', label: 'Civil Code art. 1253', title: 'Ответственность', citedBy: 3, related: 1, hasText: true },
    { key: 'ru-civil-code:1253.1', instrument: 'ru-civil-code', label: 'Civil Code art. 1253.1', title: 'Информационный посредник', citedBy: 1, related: 0, hasText: true },
    { key: 'ru-admin-code:7.12', instrument: 'ru-admin-code', label: 'Administrative Code art. 7.12', title: 'Administrative Code art. 7.12', citedBy: 2, related: 2, hasText: false },
  ];

  it('suggests provisions by number, title or key, and takes a full key typed', () => {
    expect(suggestProvisions(provisions, '1253').map((s) => s.target)).toEqual(['ru-civil-code:1253', 'ru-civil-code:1253.1']);
    expect(suggestProvisions(provisions, 'посредник').map((s) => s.target)).toEqual(['ru-civil-code:1253.1']);
    expect(suggestProvisions(provisions, 'admin 7.12').map((s) => s.target)).toEqual(['ru-admin-code:7.12']);
    expect(suggestProvisions(provisions, 'ru-civil-code:1229')[0]).toMatchObject({ target: 'ru-civil-code:1229', label: 'Civil Code art. 1229' });
    expect(suggestProvisions(provisions, '  ')).toEqual([]);
  });

  it('pastes citations as a memo strings them, with lextrace:// links only in the desktop app', () => {
    const cite = (text: string) => ({ target: 'x', form: 'en' as const, text, date: null });
    expect(memoText([cite('A § 1 (Dec. 21, 2012)'), cite('A § 2 (Dec. 21, 2012)')], [])).toBe('A § 1 (Dec. 21, 2012); A § 2 (Dec. 21, 2012)');
    expect(resolvableLinks({ clauses: ['plan/I.1'] }, false)).toEqual([]);
    expect(resolvableLinks({ clauses: ['plan/I.1', 'plan/I.2'] }, true)).toEqual(['lextrace://clause/plan/I.1', 'lextrace://clause/plan/I.2']);
    expect(resolvableLinks({ provision: 'ru-civil-code:1253.1' }, true)).toEqual(['lextrace://provision/ru-civil-code:1253.1']);
    expect(memoText([cite('п. 1 ст. 1253.1 ГК РФ')], ['lextrace://provision/ru-civil-code:1253.1/1'])).toBe(
      'п. 1 ст. 1253.1 ГК РФ\nlextrace://provision/ru-civil-code:1253.1/1',
    );
  });

  it('saves exports byte for byte', () => {
    expect([...exportBytes({ fileName: 'a.csv', mimeType: 'text/csv', encoding: 'utf8', content: '\ufeffé' })]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect([...exportBytes({ fileName: 'a.xlsx', mimeType: 'x', encoding: 'base64', content: Buffer.from([0, 255, 80, 75]).toString('base64') })]).toEqual([0, 255, 80, 75]);
  });

  it('takes the report’s styles out of its markup (the app’s CSP refuses inline styles)', () => {
    const { markup, css } = splitStyles('<html><head><style>h1 { color: red }</style><STYLE media="print">p{}</STYLE></head><body><h1>T</h1></body></html>');
    expect(markup).toBe('<html><head></head><body><h1>T</h1></body></html>');
    expect(css).toBe('h1 { color: red }\np{}');
  });
});

describe('a statute’s contents and go to article', () => {
  const c = (path: string, kind: ClauseSummary['kind'], level: number, text: string) => clause('gk', path, text, { kind, level });
  const clauses = [
    c('title', 'title', 0, 'Гражданский кодекс'),
    c('part4', 'heading', 0, 'ЧАСТЬ ЧЕТВЕРТАЯ'),
    c('sec7', 'heading', 1, 'РАЗДЕЛ VII'),
    c('ch69', 'heading', 2, 'Глава 69. Общие положения'),
    c('art1252', 'article', 3, 'Статья 1252. Защита\nисключительных прав'),
    c('art1252/5', 'part', 4, '5. Орудия…'),
    c('art1253.1', 'article', 3, 'Статья 1253.1. Особенности ответственности информационного посредника'),
    c('art1253.1/1', 'part', 4, '1. Лицо…'),
    c('ch71', 'heading', 2, 'Глава 71. Права, смежные с авторскими'),
    c('ch71.par1', 'heading', 3, '§ 1. Общие положения'),
    c('art1303', 'article', 4, 'Статья 1303. Смежные права'),
  ];
  const entries = statuteOutline(clauses);

  it('lists Part, Section, Chapter, § and Article by outline level', () => {
    expect(entries.map((e) => [e.depth, e.label])).toEqual([
      [0, 'ЧАСТЬ ЧЕТВЕРТАЯ'],
      [1, 'РАЗДЕЛ VII'],
      [2, 'Глава 69. Общие положения'],
      [3, 'Статья 1252. Защита'],
      [3, 'Статья 1253.1. Особенности ответственности информационного посредника'],
      [2, 'Глава 71. Права, смежные с авторскими'],
      [3, '§ 1. Общие положения'],
      [4, 'Статья 1303. Смежные права'],
    ]);
    expect(entries.filter((e) => e.hasChildren).map((e) => e.label.slice(0, 9))).toEqual(['ЧАСТЬ ЧЕТ', 'РАЗДЕЛ VI', 'Глава 69.', 'Глава 71.', '§ 1. Общи']);
  });

  it('knows where the reader is, and opens only what leads there', () => {
    expect(entryAt(entries, 0)).toBe(-1);
    expect(entryAt(entries, 5)).toBe(3); // a part of art. 1252
    expect(entryAt(entries, 10)).toBe(7);
    expect([...ancestry(entries, 7)].sort()).toEqual([0, 1, 5, 6, 7]);
    expect(visibleEntries(entries, () => false)).toEqual([0]);
    expect(visibleEntries(entries, (i) => i < 2)).toEqual([0, 1, 2, 5]);
    expect(visibleEntries(entries, () => true)).toHaveLength(8);
  });

  it.each([
    ['1253.1', { article: '1253.1', part: null }],
    ['ст. 1253.1', { article: '1253.1', part: null }],
    ['Ст.1253.1 ГК РФ', { article: '1253.1', part: null }],
    ['статья 146', { article: '146', part: null }],
    ['art. 1252(5)', { article: '1252', part: '5' }],
    ['Article 1252/5', { article: '1252', part: '5' }],
    ['п. 5 ст. 1252', { article: '1252', part: '5' }],
    ['ч. 3 ст. 146 УК РФ', { article: '146', part: '3' }],
    ['§ 1303', { article: '1303', part: null }],
    ['copyright', null],
    ['', null],
  ])('reads “%s”', (typed, ref) => {
    expect(parseArticleRef(typed)).toEqual(ref);
  });

  it('finds the article, or its part where the statute holds it', () => {
    expect(findArticle(clauses, { article: '1253.1', part: null })).toBe(6);
    expect(findArticle(clauses, { article: '1252', part: '5' })).toBe(5);
    expect(findArticle(clauses, { article: '1252', part: '9' })).toBe(4);
    expect(findArticle(clauses, { article: '9999', part: null })).toBe(-1);
  });
});
