// Runs a search: parses the query, expands its terms, ranks clauses with FTS5 bm25 and builds highlighted snippets.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../core/api/dto.js';
import { CLAUSE_KINDS, DOCUMENT_KINDS, LANGS } from '../../core/model.js';
import {
  buildMatchExpression,
  filterTag,
  highlightSpans,
  makeSnippet,
  markSnippet,
  parseQuery,
  plainWordsQuery,
  readProvisionFilter,
  readProvisionQuery,
  stemWord,
  textExpression,
  type ExpandedTerm,
  type HighlightTerms,
  type ParsedQuery,
  type QueryFilter,
  type Span,
  type TagFilters,
} from '../../core/search/index.js';
import { SearchRepository, type SearchClauseRow } from '../store/search-repository.js';
import { noteMatches, resolveAnnotationFilters, type AnnotationRowFilter } from './annotation-filters.js';
import { expandTerms } from './expand-terms.js';
import { citingClauses, provisionKeys, provisionMatches, type ProvisionMatch } from './provision-hits.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

/** A hit with the snippet with its matches in [brackets] (for terminals). */
export interface DetailedHit extends SearchHit {
  marked: string;
}

export interface DetailedResult extends Omit<SearchResult, 'hits'> {
  hits: DetailedHit[];
}

/** Searches clauses; never throws on the query's syntax (it degrades to plain words with a notice). */
export function searchClauses(db: Database, args: { query: string; limit?: number }): SearchResult {
  const result = searchClausesDetailed(db, args);
  return {
    ...result,
    hits: result.hits.map(({ marked: _marked, ...hit }) => hit),
  };
}

/** searchClauses with what a text display needs on top (snippet position, marked snippet). */
export function searchClausesDetailed(db: Database, args: { query: string; limit?: number }, maxLimit = MAX_LIMIT): DetailedResult {
  const limit = Math.min(maxLimit, Math.max(1, Math.floor(args.limit ?? DEFAULT_LIMIT)));
  let parsed = parseQuery(args.query);
  let cites = resolveCites(db, parsed.filters);
  if (cites === null) {
    const bad = parsed.filters.find((f) => f.field === 'cites')!;
    parsed = plainWordsQuery(args.query, `"cites:${bad.value}" does not name a provision (e.g. cites:ru-civil-code:1229)`);
    cites = { include: null, exclude: null };
  }
  const hits = run(db, parsed, withAnnotationFilter(cites, resolveAnnotationFilters(db, parsed.filters)), limit);
  const notice = parsed.notice ?? (hasSomethingToFind(parsed) ? null : 'The query has no word to find (stop words and -excluded words alone match nothing).');
  return { query: args.query, hits, notice };
}

/** The ids of every clause a query matches (up to `cap`), best first: what "Tag all results" tags. */
export function searchClauseIds(db: Database, query: string, cap = 20_000): string[] {
  const result = searchClausesDetailed(db, { query, limit: cap }, cap);
  return result.notice && !hasSomethingToFind(parseQuery(query)) ? [] : result.hits.map((h) => h.clause);
}

function hasSomethingToFind(parsed: ParsedQuery): boolean {
  const positiveWord = parsed.terms.some((t) => t.presence !== 'mustNot' && t.words.some((w) => w.includes('*') || stemWord(w) !== null));
  return positiveWord || parsed.filters.some((f) => !f.exclude);
}

interface CitesFilter {
  /** Clauses citing the included provisions, with the citation spans. */
  include: Map<number, Span[]> | null;
  exclude: number[] | null;
  /** The tag: and has: filters, which every hit (provision hits too) must pass. */
  annotations?: AnnotationRowFilter;
}

/** Narrows the clause sets by the annotation filters: include ∩ tagged, exclude ∪ excluded. */
function withAnnotationFilter(cites: CitesFilter, annotations: AnnotationRowFilter): CitesFilter {
  if (annotations.include === null && annotations.exclude.size === 0) return cites;
  let include = cites.include;
  if (annotations.include !== null) {
    include = new Map([...(cites.include ?? new Map<number, Span[]>(Array.from(annotations.include, (r) => [r, []])))].filter(([r]) => annotations.include!.has(r)));
  }
  const exclude = annotations.exclude.size > 0 ? [...(cites.exclude ?? []), ...annotations.exclude] : cites.exclude;
  return { include, exclude, annotations };
}

function passesAnnotationFilter(rowid: number, filter: AnnotationRowFilter | undefined): boolean {
  return !filter || ((filter.include === null || filter.include.has(rowid)) && !filter.exclude.has(rowid));
}

/** Rowids of clauses citing the cites: filters' provisions; null when a value names no provision. */
function resolveCites(db: Database, filters: readonly QueryFilter[]): CitesFilter | null {
  const out: CitesFilter = { include: null, exclude: null };
  for (const filter of filters.filter((f) => f.field === 'cites')) {
    const provision = readProvisionFilter(filter.value);
    if (!provision) return null;
    const citing = citingClauses(db, provisionKeys(db, provision), Number.MAX_SAFE_INTEGER);
    if (filter.exclude) {
      out.exclude = [...(out.exclude ?? []), ...citing.map((m) => m.rowid)];
    } else {
      out.include ??= new Map();
      for (const m of citing) out.include.set(m.rowid, [...(out.include.get(m.rowid) ?? []), ...m.spans]);
    }
  }
  return out;
}

/**
 * A query of cites: and exclusions only has nothing positive for FTS5 to match: every clause carries one language tag,
 * so "any language" stands for "any clause" and the exclusions apply as usual.
 */
function withCitesScope(tags: TagFilters, positive: string | null, cites: CitesFilter): TagFilters {
  if (positive !== null || tags.include.length > 0 || !cites.include) return tags;
  return { ...tags, include: [LANGS.map((lang) => filterTag('lang', lang))] };
}

function tagFilters(filters: readonly QueryFilter[]): TagFilters {
  const groups = new Map<string, string[]>();
  const exclude: string[] = [];
  for (const filter of filters) {
    if (filter.field === 'cites' || filter.field === 'tag' || filter.field === 'has') continue;
    const tags = tagsOf(filter);
    if (filter.exclude) exclude.push(...tags);
    else groups.set(filter.field, [...(groups.get(filter.field) ?? []), ...tags]);
  }
  return { include: [...groups.values()], exclude };
}

function tagsOf(filter: QueryFilter): string[] {
  if (filter.field === 'doc') return [filterTag('doc', filter.value)];
  if (filter.field === 'lang') return [filterTag('lang', filter.value)];
  const tags: string[] = [];
  if ((DOCUMENT_KINDS as readonly string[]).includes(filter.value)) tags.push(filterTag('doc-kind', filter.value));
  if ((CLAUSE_KINDS as readonly string[]).includes(filter.value)) tags.push(filterTag('clause-kind', filter.value));
  return tags;
}

/** Whether a clause passes the query's filters (for provision hits, which do not come from FTS5). */
function passesFilters(row: SearchClauseRow, filters: readonly QueryFilter[]): boolean {
  const byField = new Map<string, boolean>();
  for (const f of filters) {
    if (f.field === 'cites' || f.field === 'tag' || f.field === 'has') continue;
    const value =
      f.field === 'doc' ? row.doc_id === f.value : f.field === 'lang' ? row.lang === f.value : row.doc_kind === f.value || row.kind === f.value;
    if (f.exclude && value) return false;
    if (!f.exclude) byField.set(f.field, (byField.get(f.field) ?? false) || value);
  }
  return [...byField.values()].every(Boolean);
}

function run(db: Database, parsed: ParsedQuery, cites: CitesFilter, limit: number): DetailedHit[] {
  const provision = parsed.notice === null ? readProvisionQuery(parsed.freeText) : null;
  // After a citation's own text and citing clauses, text matches need all its words ("article" alone is everywhere).
  const terms = provision ? parsed.terms.map((t) => (t.presence === 'should' ? { ...t, presence: 'must' as const } : t)) : parsed.terms;
  const expanded = expandTerms(db, terms);
  const highlight = highlightTerms(expanded);
  const provisionFound = provision ? provisionMatches(db, provision, limit * 4) : [];

  // Provision hits first (own text, then citing clauses), scored above any bm25 score; then text matches.
  const ranked: Ranked[] = [];
  provisionFound.forEach((m: ProvisionMatch, i) => {
    ranked.push({ rowid: m.rowid, score: (m.role === 'text' ? 2000 : 1000) - i, spans: m.spans, provision: true });
  });

  const text = textExpression(expanded);
  const expression = text.impossible ? null : buildMatchExpression(expanded, withCitesScope(tagFilters(parsed.filters), text.positive, cites));
  if (expression) {
    ranked.push(...textMatches(db, expression, text.positive !== null, cites, limit + provisionFound.length));
  }
  // Clauses whose annotation notes hold the words come after a citation's own hits and before text matches: the
  // user's own words about a clause say more than a word in it.
  const best = ranked.find((r) => !r.provision)?.score ?? 1;
  const viaNotes = noteMatches(db, parsed.terms)
    .filter((rowid) => (!cites.include || cites.include.has(rowid)) && !cites.exclude?.includes(rowid))
    .map((rowid): Ranked => ({ rowid, score: best, spans: [], provision: true, viaNote: true }));
  ranked.splice(provisionFound.length, 0, ...viaNotes);

  const rows = clauseRows(db, ranked.map((r) => r.rowid));
  const hits: DetailedHit[] = [];
  const seen = new Set<number>();
  for (const entry of ranked) {
    if (hits.length >= limit) break;
    const row = rows.get(entry.rowid);
    if (!row || seen.has(entry.rowid)) continue;
    if (entry.provision && !passesFilters(row, parsed.filters)) continue;
    if (!passesAnnotationFilter(entry.rowid, cites.annotations)) continue;
    seen.add(entry.rowid);
    const citeSpans = cites.include?.get(entry.rowid) ?? [];
    const hit = toHit(row, entry.score, mergeSpans([...entry.spans, ...citeSpans, ...highlightSpans(row.text, highlight)]));
    hits.push(entry.viaNote ? { ...hit, viaNote: true } : hit);
  }
  return hits;
}

interface Ranked {
  rowid: number;
  score: number;
  spans: Span[];
  /** Not from FTS5 (a provision's text or citing clause, or a note): the query's filters are checked on the row. */
  provision: boolean;
  viaNote?: boolean;
}

function textMatches(db: Database, expression: string, ranked: boolean, cites: CitesFilter, limit: number): Ranked[] {
  const filters = { include: cites.include ? [...cites.include.keys()] : null, exclude: cites.exclude };
  const rows = new SearchRepository(db).matchRowids(expression, filters, ranked ? 'rank' : 'rowid', limit);
  return rows.map((r) => ({ rowid: r.rowid, score: ranked ? Math.round(-r.rank * 1000) / 1000 : 0, spans: [], provision: false }));
}

function clauseRows(db: Database, rowids: readonly number[]): Map<number, SearchClauseRow> {
  return new Map(new SearchRepository(db).clauseRows(rowids).map((r) => [r.rowid, r]));
}

function highlightTerms(expanded: readonly ExpandedTerm[]): HighlightTerms {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const term of expanded) {
    if (term.presence === 'mustNot') continue;
    if (term.prefix) prefixes.push(term.prefix);
    for (const alternative of term.alternatives) {
      if (alternative.length === 1) stems.add(alternative[0]!);
      else phrases.push([...alternative]);
    }
  }
  return { stems, prefixes, phrases };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

function toHit(row: SearchClauseRow, score: number, highlights: Span[]): DetailedHit {
  const snippet = makeSnippet(row.text, highlights);
  return {
    clause: row.id,
    doc: row.doc_id,
    label: row.label,
    score,
    snippet: snippet.snippet,
    highlights,
    docTitle: row.doc_title,
    kind: row.kind,
    snippetStart: snippet.start,
    marked: markSnippet(row.text, snippet, highlights),
  };
}
