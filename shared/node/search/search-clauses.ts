// Runs a search: parses the query, expands its terms, ranks clauses with FTS5 bm25 and builds highlighted snippets.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchProvision, SearchResult } from '../../core/api/dto.js';
import { describeProvision } from '../../core/citations/keys.js';
import { CLAUSE_KINDS, DOCUMENT_KINDS, LANGS } from '../../core/model.js';
import {
  buildMatchExpression,
  dateInRange,
  filterTag,
  highlightSpans,
  makeSnippet,
  markSnippet,
  parseQuery,
  plainWordsQuery,
  readProvisionFilter,
  headingCoverage,
  proximityTier,
  readDateRange,
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
import { timed } from './search-profile.js';
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

/** Counted up to this many matches: "10,000+ clauses match" is cheap where an exact count of a common word is not. */
export const TOTAL_CAP = 10_000;
/** The bm25 candidates re-ranked by heading and proximity; beyond them the order is bm25's. */
export const RERANK_WINDOW = 100;
export const MAX_OFFSET = 10_000;

export interface SearchArgs {
  query: string;
  limit?: number;
  offset?: number;
}

/** Searches clauses; never throws on the query's syntax (it degrades to plain words with a notice). */
export function searchClauses(db: Database, args: SearchArgs): SearchResult {
  const result = searchClausesDetailed(db, args);
  return {
    ...result,
    hits: result.hits.map(({ marked: _marked, ...hit }) => hit),
  };
}

/** searchClauses with what a text display needs on top (snippet position, marked snippet). */
export function searchClausesDetailed(db: Database, args: SearchArgs, maxLimit = MAX_LIMIT): DetailedResult {
  const limit = Math.min(maxLimit, Math.max(1, Math.floor(args.limit ?? DEFAULT_LIMIT)));
  const offset = Math.min(MAX_OFFSET, Math.max(0, Math.floor(args.offset ?? 0)));
  let parsed = timed('parse', () => parseQuery(args.query));
  let cites = timed('cites', () => resolveCites(db, parsed.filters));
  if (cites === null) {
    const bad = parsed.filters.find((f) => f.field === 'cites')!;
    parsed = plainWordsQuery(args.query, `"cites:${bad.value}" does not name a provision (e.g. cites:ru-civil-code:1229)`);
    cites = { include: null, exclude: null };
  }
  const annotations = timed('annotation-filters', () => resolveAnnotationFilters(db, parsed.filters));
  const found = run(db, parsed, withAnnotationFilter(cites, annotations), limit, offset);
  const notice = parsed.notice ?? (hasSomethingToFind(parsed) ? null : 'The query has no word to find (stop words and -excluded words alone match nothing).');
  return { query: args.query, ...found, offset, notice };
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

function tagFilters(db: Database, filters: readonly QueryFilter[]): TagFilters {
  const groups = new Map<string, string[]>();
  const exclude: string[] = [];
  for (const filter of filters) {
    if (filter.field === 'cites' || filter.field === 'tag' || filter.field === 'has') continue;
    const tags = filter.field === 'date' ? datedDocumentTags(db, filter.value) : tagsOf(filter);
    if (filter.exclude) exclude.push(...tags);
    else groups.set(filter.field, [...(groups.get(filter.field) ?? []), ...tags]);
  }
  return { include: [...groups.values()], exclude };
}

/** The doc tags of the documents dated within a `date:` range ("match nothing" when none is: an unknown tag). */
function datedDocumentTags(db: Database, value: string): string[] {
  const range = readDateRange(value);
  const docs = range ? new SearchRepository(db).documentDates().filter((d) => dateInRange(d.date, range)) : [];
  return docs.length > 0 ? docs.map((d) => filterTag('doc', d.id)) : [filterTag('doc', '\u0000none')];
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
      f.field === 'doc'
        ? row.doc_id === f.value
        : f.field === 'lang'
          ? row.lang === f.value
          : f.field === 'date'
            ? dateInRange(row.doc_date, readDateRange(f.value) ?? { from: null, to: null })
            : row.doc_kind === f.value || row.kind === f.value;
    if (f.exclude && value) return false;
    if (!f.exclude) byField.set(f.field, (byField.get(f.field) ?? false) || value);
  }
  return [...byField.values()].every(Boolean);
}

interface Found {
  hits: DetailedHit[];
  total: number;
  totalCapped: boolean;
  provisions?: SearchProvision[];
}

/** Filters checked on a clause's row (the others are sets of clauses, or FTS5 tags). */
const ROW_FILTERS: ReadonlySet<string> = new Set(['doc', 'kind', 'lang', 'date']);

/**
 * The ranking: a citation's provision hits (its own text, then the clauses citing it) and clauses found through notes,
 * then text matches: the best RERANK_WINDOW by bm25 re-ranked (headings whose words the query covers count more;
 * for several words, clauses with them as a phrase, then close together, come first), then the rest by bm25.
 */
function run(db: Database, parsed: ParsedQuery, cites: CitesFilter, limit: number, offset: number): Found {
  const provision = parsed.notice === null ? timed('provision-query', () => readProvisionQuery(parsed.freeText)) : null;
  // After a citation's own text and citing clauses, text matches need all its words ("article" alone is everywhere).
  const terms = provision ? parsed.terms.map((t) => (t.presence === 'should' ? { ...t, presence: 'must' as const } : t)) : parsed.terms;
  const expanded = timed('expand', () => expandTerms(db, terms));
  const highlight = highlightTerms(expanded);
  const repo = new SearchRepository(db);

  // Hits that do not come from FTS5 lead (a citation's own text, then the clauses citing it, then notes), filtered here.
  const keys = provision ? timed('provision-hits', () => provisionKeys(db, provision)) : [];
  const provisionFound = provision ? timed('provision-hits', () => provisionMatches(db, provision, SPECIAL_HITS_CAP, keys)) : [];
  const viaNotes = timed('notes', () => noteMatches(db, parsed.terms)).filter(
    (rowid) => (!cites.include || cites.include.has(rowid)) && !cites.exclude?.includes(rowid),
  );
  const rowChecks = parsed.filters.some((f) => ROW_FILTERS.has(f.field));
  const checkedRows = rowChecks ? timed('rows', () => clauseRows(db, [...provisionFound.map((m) => m.rowid), ...viaNotes])) : new Map<number, SearchClauseRow>();
  const passes = (rowid: number) =>
    (!rowChecks || (checkedRows.has(rowid) && passesFilters(checkedRows.get(rowid)!, parsed.filters))) && passesAnnotationFilter(rowid, cites.annotations);
  const lead: Ranked[] = [];
  const leadIds = new Set<number>();
  const addLead = (entry: Ranked) => {
    if (leadIds.has(entry.rowid) || !passes(entry.rowid)) return;
    leadIds.add(entry.rowid);
    lead.push(entry);
  };
  provisionFound.forEach((m: ProvisionMatch, i) => addLead({ rowid: m.rowid, score: (m.role === 'text' ? 2000 : 1000) - i, spans: m.spans }));
  const notesFrom = lead.length;
  for (const rowid of viaNotes) addLead({ rowid, score: 0, spans: [], viaNote: true });

  // Text matches: enough for this page after the leading hits (which FTS5 may find again), re-ranked in the window.
  const text = textExpression(expanded);
  const expression = text.impossible ? null : buildMatchExpression(expanded, withCitesScope(tagFilters(db, parsed.filters), text.positive, cites));
  const matchFilters = { include: cites.include ? [...cites.include.keys()] : null, exclude: cites.exclude };
  const ranked = text.positive !== null;
  const asked = Math.max(offset + limit + lead.length, ranked ? RERANK_WINDOW : 0);
  let fromFts: Ranked[] = [];
  // Rows read for re-ranking serve the page too.
  const rows = new Map<number, SearchClauseRow>();
  if (expression) {
    const found = timed('fts', () => repo.matchRowids(expression, matchFilters, ranked ? 'rank' : 'rowid', asked));
    fromFts = found.map((r) => ({ rowid: r.rowid, score: ranked ? Math.round(-r.rank * 1000) / 1000 : 0, spans: [] }));
    if (ranked) {
      const window = timed('rows', () => clauseRows(db, fromFts.slice(0, RERANK_WINDOW).map((r) => r.rowid)));
      for (const [rowid, row] of window) rows.set(rowid, row);
      fromFts = timed('rerank', () => rerank(fromFts, rows, expanded));
    }
  }
  const matches = fromFts.filter((m) => !leadIds.has(m.rowid));
  // Notes rank with the best text match: the user's own words about a clause say more than a word in it.
  const best = matches[0]?.score ?? 1;
  for (const entry of lead.slice(notesFrom)) entry.score = best;

  const page = [...lead, ...matches].slice(offset, offset + limit);
  const missing = page.filter((r) => !rows.has(r.rowid)).map((r) => r.rowid);
  for (const [rowid, row] of timed('rows', () => clauseRows(db, missing))) rows.set(rowid, row);
  const citedKeys = timed('cited-keys', () => citedKeysOf(repo, page.flatMap((r) => rows.get(r.rowid)?.id ?? [])));
  const hits: DetailedHit[] = [];
  for (const entry of page) {
    const row = rows.get(entry.rowid);
    if (!row) continue;
    const citeSpans = cites.include?.get(entry.rowid) ?? [];
    const hit = timed('snippets', () => toHit(row, entry.score, mergeSpans([...entry.spans, ...citeSpans, ...highlightSpans(row.text, highlight)])));
    const clauseCites = citedKeys.get(row.id);
    hits.push({ ...hit, ...(entry.viaNote ? { viaNote: true } : {}), ...(clauseCites ? { cites: clauseCites } : {}) });
  }

  // The total: the leading hits and the text matches (counted by FTS5, up to a cap, unless all were read already).
  let textTotal = 0;
  let overlap = 0;
  if (expression) {
    if (fromFts.length < asked) {
      textTotal = fromFts.length;
      overlap = fromFts.length - matches.length;
    } else {
      textTotal = timed('count', () => repo.countMatches(expression, matchFilters, TOTAL_CAP + 1));
      overlap = leadIds.size > 0 ? repo.matchAmong(expression, [...leadIds]).length : 0;
    }
  }
  const totalCapped = textTotal > TOTAL_CAP;
  const total = Math.max(lead.length + Math.min(textTotal, TOTAL_CAP) - overlap, offset + hits.length);
  const provisions = provision ? timed('provision-hits', () => provisionEntries(repo, keys)) : [];
  return { hits, total, totalCapped, ...(provisions.length ? { provisions } : {}) };
}

/** Provision hits read at most this many (a provision cited by more clauses lists those citing it most). */
const SPECIAL_HITS_CAP = 1000;
/** Chips per hit: the first provisions a clause cites. */
const MAX_CITES_PER_HIT = 4;

/** The provisions a citation query names that the corpus knows (cited, held or listed). */
function provisionEntries(repo: SearchRepository, keys: readonly string[]): SearchProvision[] {
  const out: SearchProvision[] = [];
  for (const key of keys) {
    const summary = repo.provisionSummary(key);
    if (!summary.known && summary.cited_by === 0 && !summary.has_text) continue;
    out.push({ key, label: describeProvision(key), title: summary.title, citedBy: summary.cited_by, hasText: summary.has_text === 1 });
  }
  return out;
}

function citedKeysOf(repo: SearchRepository, clauseIds: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { clause_id, key } of repo.citedKeys(clauseIds)) {
    const list = out.get(clause_id) ?? [];
    if (!list.includes(key) && list.length < MAX_CITES_PER_HIT) list.push(key);
    out.set(clause_id, list);
  }
  return out;
}

interface Ranked {
  rowid: number;
  score: number;
  spans: Span[];
  viaNote?: boolean;
}

/** How much more a heading counts when the query covers all its words (less for part of them). */
const HEADING_WEIGHT = 1;
/** Score added per proximity tier (phrase 2, near 1): above any bm25 score, so a tier ranks above the ones below it. */
const TIER_STEP = 100;
/** Words within this many words of each other count as close. */
const NEAR_DISTANCE = 8;

/** Clause kinds that are a heading: a title, a heading, a statute article's own line. */
const HEADING_KINDS: ReadonlySet<string> = new Set(['title', 'heading', 'article']);

/**
 * Re-ranks the first RERANK_WINDOW bm25 candidates from their text: a heading counts more by the share of its words
 * the query covers; for two or more plain words, clauses holding them as a phrase come first, then those with them
 * close together, each tier by score.
 */
function rerank(candidates: Ranked[], rows: ReadonlyMap<number, SearchClauseRow>, expanded: readonly ExpandedTerm[]): Ranked[] {
  const window = candidates.slice(0, RERANK_WINDOW);
  const rest = candidates.slice(RERANK_WINDOW);
  const queryStems = new Set(expanded.filter((t) => t.presence !== 'mustNot').flatMap((t) => t.alternatives.flat()));
  const words = proximityWords(expanded);
  const scored = window.map((c) => {
    const row = rows.get(c.rowid);
    const coverage = row && HEADING_KINDS.has(row.kind) ? headingCoverage(row.text, queryStems) : 0;
    const tier = row && words ? proximityTier(row.text, words, NEAR_DISTANCE) : 0;
    const boosted = c.score * (1 + HEADING_WEIGHT * coverage);
    return { ...c, score: Math.round((Math.min(boosted, TIER_STEP - 1) + tier * TIER_STEP) * 1000) / 1000 };
  });
  scored.sort((a, b) => b.score - a.score);
  // Beyond the window, bm25's order, never above the window's last score.
  const floor = scored[scored.length - 1]?.score ?? 0;
  return [...scored, ...rest.map((r) => ({ ...r, score: Math.min(r.score, floor) }))];
}

/** The stems of an unquoted query of two or more plain words, in order (null otherwise: nothing to bring together). */
function proximityWords(expanded: readonly ExpandedTerm[]): string[] | null {
  // Stop words ("and" in "notice and takedown") have no stem: the index leaves them out, and so does proximity.
  const positive = expanded.filter((t) => t.presence !== 'mustNot' && (t.prefix || t.alternatives.length > 0));
  if (positive.length < 2) return null;
  const words: string[] = [];
  for (const t of positive) {
    if (t.prefix || t.alternatives.length !== 1 || t.alternatives[0]!.length !== 1) return null;
    words.push(t.alternatives[0]![0]!);
  }
  return new Set(words).size >= 2 ? words : null;
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
