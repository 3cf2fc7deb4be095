// A scripted ExplorerApi for renderer tests: canned data, recorded calls, controllable search answers, in-memory annotations.
import { ApiError } from '../../shared/core/api/api-error.js';
import { API_METHODS, type AnnotationApi, type ExplorerApi } from '../../shared/core/api/contract.js';
import { ANNOTATION_ARGS } from '../../shared/core/api/domains/annotations.js';
import { createFakeAnnotations, type FakeAnnotations } from './fake-annotations.js';
import type { ClauseSummary, DocumentSummary, ProvisionDetail, SearchHit, SearchResult, TraceResult } from '../../shared/core/api/dto.js';

export function clause(doc: string, path: string, text: string, extra: Partial<ClauseSummary> = {}): ClauseSummary {
  return { id: `${doc}/${path}`, doc, path, label: `Doc ${path}`, kind: 'paragraph', level: 0, parent: null, text, number: null, title: null, page: null, ...extra };
}

export const DOCS: DocumentSummary[] = [
  { id: 'plan', title: 'Action Plan', shortTitle: 'Plan', kind: 'action-plan', lang: 'en', date: '2012-12-21', file: 'plan.txt', clauses: 2, instrument: null, size: 4651, pdf: false },
  { id: 'gk', title: 'Гражданский кодекс', shortTitle: 'ГК', kind: 'statute', lang: 'ru', date: null, file: 'gk.html', clauses: 1, instrument: 'ru-civil-code', size: 1265823, pdf: false },
];

/** A search hit for `clause` (in document "plan"); `snippet` and offsets as the service sends them. */
export function searchHit(clause: string, extra: Partial<SearchHit> = {}): SearchHit {
  return { clause, doc: 'plan', label: clause, score: 1, snippet: 's', snippetStart: 0, highlights: [], docTitle: 'Plan', kind: 'item', ...extra };
}

export interface FakeApi extends ExplorerApi {
  calls: { method: string; args: unknown }[];
  /** The clauses each document holds; tests change them to play an import that updates a document. */
  library: Record<string, ClauseSummary[]>;
  /** Appended to every provision title, trace provision key and link count; bump it to play a recomputation. */
  revision: { n: number };
  /** Pending search answers, resolved by the test in any order. */
  searches: { query: string; resolve(result: SearchResult): void }[];
  /** The in-memory annotations service behind the annotation methods (its state, its settings). */
  annotations: FakeAnnotations;
}

const PLAN_CITATIONS = [{ clause: 'plan/I.1', doc: 'plan', key: 'ru-civil-code:1253.1', text: 'Article 1253.1 of the Civil Code', start: 18, end: 50 }];

export function createFakeApi(overrides: Partial<ExplorerApi> = {}): FakeApi {
  const calls: FakeApi['calls'] = [];
  const searches: FakeApi['searches'] = [];
  const clauses: Record<string, ClauseSummary[]> = {
    plan: [clause('plan', 'I.1', 'Russia will amend Article 1253.1 of the Civil Code.'), clause('plan', 'I.2', 'Second item.')],
    gk: [clause('gk', 'art1253.1', 'Статья 1253.1. Особенности ответственности информационного посредника', { kind: 'article' })],
  };
  const record =
    <A, R>(method: string, fn: (args: A) => Promise<R>) =>
    (args: A) => {
      calls.push({ method, args });
      return fn(args);
    };
  const revision = { n: 1 };
  const unscripted = () => Promise.reject(new ApiError('internal', 'this method is not scripted in the fake API'));
  const annotations = createFakeAnnotations({ clauses: () => Object.values(api.library).flat(), citations: () => PLAN_CITATIONS });
  const annotationMethods = Object.fromEntries(
    (Object.keys(ANNOTATION_ARGS) as (keyof AnnotationApi)[]).map((m) => [m, record(m, (args: never) => (annotations[m] as (a: never) => Promise<unknown>)(args))]),
  ) as unknown as AnnotationApi;
  /** Methods no test scripts (new domains included) reject as unscripted. */
  const unscriptedMethods = Object.fromEntries(API_METHODS.map((m) => [m, record(m, unscripted)])) as unknown as ExplorerApi;
  const api: FakeApi = {
    ...unscriptedMethods,
    calls,
    searches,
    annotations,
    library: clauses,
    revision,
    listDocuments: record('listDocuments', async () => DOCS),
    getDocument: record('getDocument', async ({ id }: { id: string }) => DOCS.find((d) => d.id === id)!),
    listClauses: record('listClauses', async ({ doc }: { doc: string }) => {
      if (!api.library[doc]) throw new ApiError('not_found', `no document with id "${doc}"`);
      return api.library[doc]!;
    }),
    getClause: record('getClause', async ({ id }: { id: string }) => {
      const c = Object.values(api.library).flat().find((x) => x.id === id);
      if (!c) throw new ApiError('not_found', `no clause with id "${id}"`);
      return { ...c, prev: null, next: null, docTitle: 'Action Plan', docKind: 'action-plan' as const, footnotes: [], calledFrom: null, citations: [], originalStart: 0, originalEnd: c.text.length };
    }),
    getClauseContext: record('getClauseContext', unscripted),
    importDocument: record('importDocument', unscripted),
    removeDocument: record('removeDocument', unscripted),
    listCitations: record('listCitations', async ({ doc }: { doc?: string }) => (doc === 'plan' || doc === undefined ? PLAN_CITATIONS : [])),
    trace: record('trace', async ({ clause: id, all }: { clause: string; all?: boolean }): Promise<TraceResult> => ({
      clause: id,
      provisions: [
        { key: 'b', label: 'B', title: `B r${revision.n}`, score: 0.4, confident: false, kinds: ['concerns'], evidence: [] },
        { key: 'a', label: 'A', title: 'A', score: 0.3, confident: true, kinds: ['cites'], evidence: [] },
        ...(all ? [{ key: 'c', label: 'C', title: 'C', score: 0.9, confident: false, kinds: ['concerns' as const], evidence: [] }] : []),
      ],
    })),
    getProvision: record('getProvision', async ({ key }: { key: string }): Promise<ProvisionDetail> => ({
      key,
      instrument: 'ru-civil-code',
      label: `Civil Code ${key} r${revision.n}`,
      title: key,
      instrumentName: 'Civil Code',
      text: [],
      citedBy: [],
      related: [],
    })),
    listProvisions: record('listProvisions', async () => [
      { key: 'ru-civil-code:1253.1', instrument: 'ru-civil-code', label: `Civil Code art. 1253.1 r${revision.n}`, title: 'Статья 1253.1', citedBy: 1, related: 0, hasText: true },
    ]),
    listCommitments: record('listCommitments', async () => api.library.plan ?? []),
    clauseLinks: record('clauseLinks', async ({ id }: { id: string }) => [
      { kind: 'cites' as const, direction: 'out' as const, clause: null, key: `ru-civil-code:1253.1`, score: revision.n, confident: true, evidence: [], quoted: id },
    ]),
    search: record(
      'search',
      ({ query }: { query: string }) => new Promise<SearchResult>((resolve) => searches.push({ query, resolve })),
    ),
    ...annotationMethods,
    ...overrides,
  };
  return api;
}

/** Manual timers for debounce tests. */
export function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  return {
    set(fn: () => void, _ms: number) {
      const id = next++;
      pending.set(id, fn);
      return id;
    },
    clear(handle: unknown) {
      pending.delete(handle as number);
    },
    flush() {
      const fns = [...pending.values()];
      pending.clear();
      for (const fn of fns) fn();
    },
    get size() {
      return pending.size;
    },
  };
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
