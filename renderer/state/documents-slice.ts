// Documents, their clauses, their citations and single clause details, each fetched once and cached.
import type { CitationDto, ClauseDetail, ClauseSummary, DocumentSummary } from '../../shared/core/api/dto.js';
import type { SliceCreator } from './app-state.js';
import { LOADING, settleFresh, type Loadable } from './loadable.js';

export interface DocumentsSlice {
  documents: Loadable<DocumentSummary[]> | null;
  clauses: Record<string, Loadable<ClauseSummary[]>>;
  /** Citations of a document, grouped by clause id. */
  citations: Record<string, Loadable<Record<string, CitationDto[]>>>;
  clauseDetails: Record<string, Loadable<ClauseDetail>>;
  commitments: Loadable<ClauseSummary[]> | null;
  loadDocuments(force?: boolean): Promise<void>;
  loadClauses(doc: string): Promise<void>;
  loadCitations(doc: string): Promise<void>;
  loadClause(id: string): Promise<void>;
  loadCommitments(force?: boolean): Promise<void>;
}

/** A cached entry worth keeping: loaded or on its way. Failed ones are asked again. */
function cached(entry: Loadable<unknown> | null | undefined): boolean {
  return entry != null && entry.status !== 'error';
}

export const createDocumentsSlice: SliceCreator<DocumentsSlice> =
  ({ api }) =>
  (set, get) => {
    const version = () => get().libraryVersion;
    return {
      documents: null,
      clauses: {},
      citations: {},
      clauseDetails: {},
      commitments: null,

      async loadDocuments(force = false) {
        if (!force && get().documents?.status === 'ready') return;
        set({ documents: LOADING });
        set({ documents: await settleFresh(version, () => api.listDocuments({})) });
      },

      async loadClauses(doc) {
        if (cached(get().clauses[doc])) return;
        set((s) => ({ clauses: { ...s.clauses, [doc]: LOADING } }));
        const result = await settleFresh(version, () => api.listClauses({ doc }));
        set((s) => ({ clauses: { ...s.clauses, [doc]: result } }));
      },

      async loadCitations(doc) {
        if (cached(get().citations[doc])) return;
        set((s) => ({ citations: { ...s.citations, [doc]: LOADING } }));
        const result = await settleFresh(version, () => api.listCitations({ doc }).then(groupByClause));
        set((s) => ({ citations: { ...s.citations, [doc]: result } }));
      },

      async loadClause(id) {
        if (cached(get().clauseDetails[id])) return;
        set((s) => ({ clauseDetails: { ...s.clauseDetails, [id]: LOADING } }));
        const result = await settleFresh(version, () => api.getClause({ id }));
        set((s) => ({ clauseDetails: { ...s.clauseDetails, [id]: result } }));
      },

      async loadCommitments(force = false) {
        if (!force && get().commitments?.status === 'ready') return;
        set({ commitments: LOADING });
        set({ commitments: await settleFresh(version, () => api.listCommitments({})) });
      },
    };
  };

export function groupByClause(citations: CitationDto[]): Record<string, CitationDto[]> {
  const out: Record<string, CitationDto[]> = {};
  for (const c of citations) (out[c.clause] ??= []).push(c);
  return out;
}
