// Reads a search query: words, "phrases", +required, -excluded, prefix*, wild*cards, fuzzy~1, and field filters.
import { CLAUSE_KINDS, DOCUMENT_KINDS, LANGS } from '../model.js';
import { FILTER_FIELDS, HAS_VALUES, type FilterField } from './filter-fields.js';
import { lunr, stemWord, wordsOf } from './text-pipeline.js';
import { readDateRange } from './date-filter.js';

export type Presence = 'should' | 'must' | 'mustNot';
export type TermKind = 'word' | 'phrase' | 'prefix' | 'wildcard' | 'fuzzy';

export interface QueryTerm {
  kind: TermKind;
  presence: Presence;
  /** Normalised words: one for a word, prefix, wildcard or fuzzy term (prefix and wildcard keep their '*'), several for a phrase. */
  words: string[];
  /** Fuzzy terms: the number of edits allowed (1 or 2). */
  editDistance?: number;
  boost?: number;
}

export { FILTER_FIELDS, type FilterField };

export interface QueryFilter {
  field: FilterField;
  value: string;
  exclude: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  filters: QueryFilter[];
  /** The query without its filters, as typed (used to recognise a citation such as "Article 1229"). */
  freeText: string;
  /** Set when the query could not be read as written and was searched as plain words. */
  notice: string | null;
}

/** A reason the query cannot be read as written. */
class QuerySyntaxError extends Error {}

const MAX_EDIT_DISTANCE = 2;
/** lunr's query parser (present at run time, missing from @types/lunr). */
const LunrQueryParser = (lunr as unknown as { QueryParser: new (text: string, query: lunr.Query) => { parse(): lunr.Query } })
  .QueryParser;
const FIELD_RE = /^([A-Za-z]+):(.*)$/s;
const HAS_WORD_RE = /[\p{L}\p{N}]/u;

/** Parses `input`; malformed syntax never throws: the query falls back to its plain words with a notice. */
export function parseQuery(input: string): ParsedQuery {
  try {
    return readQuery(input);
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err;
    return plainWordsQuery(input, err.message);
  }
}

/** The plain-words reading of `input`: every word optional, no operators or filters. */
export function plainWordsQuery(input: string, reason: string): ParsedQuery {
  const words = wordsOf(input);
  const terms: QueryTerm[] = words.map((word) => ({ kind: 'word', presence: 'should', words: [word] }));
  const searched = words.filter((w) => stemWord(w) !== null);
  const what = searched.length > 0 ? `searched for the plain words: ${searched.join(' ')}` : 'no plain words are left to search';
  const notice = `${reason}; ${what}.`;
  return { terms, filters: [], freeText: input, notice: notice.charAt(0).toUpperCase() + notice.slice(1) };
}

function readQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const filters: QueryFilter[] = [];
  const free: string[] = [];
  const notices: string[] = [];
  for (const chunk of splitChunks(input)) {
    const presence: Presence = chunk.startsWith('+') ? 'must' : chunk.startsWith('-') ? 'mustNot' : 'should';
    const body = presence === 'should' ? chunk : chunk.slice(1);
    if (body.length === 0) throw new QuerySyntaxError(`"${chunk}" is an operator without a word`);
    const field = FIELD_RE.exec(body);
    if (field && isFilterField(field[1]!.toLowerCase())) {
      if (presence === 'must') throw new QuerySyntaxError(`"+" does not apply to the filter "${body}"`);
      filters.push(readFilter(field[1]!.toLowerCase() as FilterField, field[2]!, presence === 'mustNot'));
      continue;
    }
    free.push(chunk);
    // A section or paragraph sign ("WPR ¶ 1339") is part of a citation, not a word to search.
    if (/^[¶§]+$/u.test(body)) continue;
    if (body.startsWith('"')) {
      const words = wordsOf(body.slice(1, -1));
      if (words.length > 0) terms.push({ kind: 'phrase', presence, words });
      continue;
    }
    terms.push(...readTerm(body, presence, notices));
  }
  return { terms, filters, freeText: free.join(' '), notice: notices.length > 0 ? notices.join('; ') + '.' : null };
}

/** Splits on whitespace, keeping quoted phrases (also after "field:") whole; an unclosed quote is an error. */
function splitChunks(input: string): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < input.length && !/\s/.test(input[i]!)) {
      if (input[i] === '"') {
        const close = input.indexOf('"', i + 1);
        if (close < 0) throw new QuerySyntaxError('a quotation mark is not closed');
        i = close + 1;
        break;
      }
      i++;
    }
    chunks.push(input.slice(start, i));
  }
  return chunks;
}

function isFilterField(name: string): name is FilterField {
  return (FILTER_FIELDS as readonly string[]).includes(name);
}

function readFilter(field: FilterField, raw: string, exclude: boolean): QueryFilter {
  const value = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1).trim() : raw.trim();
  if (!value) throw new QuerySyntaxError(`the filter "${field}:" needs a value`);
  if (field === 'kind' && !(DOCUMENT_KINDS as readonly string[]).includes(value) && !(CLAUSE_KINDS as readonly string[]).includes(value)) {
    throw new QuerySyntaxError(`"kind:${value}" is not a document kind (${DOCUMENT_KINDS.join(', ')}) or clause kind`);
  }
  if (field === 'lang' && !(LANGS as readonly string[]).includes(value)) {
    throw new QuerySyntaxError(`"lang:${value}" is not a language (${LANGS.join(', ')})`);
  }
  if (field === 'has' && !(HAS_VALUES as readonly string[]).includes(value.toLowerCase())) {
    throw new QuerySyntaxError(`"has:${value}" is not something a clause can have (${HAS_VALUES.map((v) => `has:${v}`).join(', ')})`);
  }
  if (field === 'date' && !readDateRange(value)) {
    throw new QuerySyntaxError(`"date:${value}" is not a date or a range of dates (e.g. date:2012, date:2010..2017, date:..2012-06)`);
  }
  if (field === 'has') return { field, value: value.toLowerCase(), exclude };
  return { field, value, exclude };
}

/** One unquoted word with lunr's modifiers (word*, wo*d, word~1, word^2), read by lunr's own query parser. */
function readTerm(body: string, presence: Presence, notices: string[]): QueryTerm[] {
  if (!HAS_WORD_RE.test(body)) throw new QuerySyntaxError(`"${body}" has no word to search`);
  const opens = (body.match(/\(/g) ?? []).length;
  if (opens !== (body.match(/\)/g) ?? []).length) throw new QuerySyntaxError('grouping with parentheses is not supported');
  if (/^[^~^*:]*[\p{L}\p{N}][-–][\p{L}\p{N}]/u.test(body) && !/[~^*:]/.test(body)) {
    // A hyphenated word ("anti-circumvention"): its parts as a phrase.
    return [{ kind: 'phrase', presence, words: wordsOf(body) }];
  }
  const query = new lunr.Query(['text']);
  try {
    new LunrQueryParser(body, query).parse();
  } catch (err) {
    // lunr's own words ("unrecognised field 'foo', possible fields: 'text'") name its internals, not Lextrace's syntax.
    const field = /unrecognised field '([^']*)'/.exec((err as Error).message)?.[1];
    if (field) throw new QuerySyntaxError(`"${field}:" is not a filter (the filters are ${FILTER_FIELDS.map((f) => `${f}:`).join(', ')})`);
    throw new QuerySyntaxError(`"${body}" is not valid syntax`);
  }
  const terms: QueryTerm[] = [];
  for (const clause of query.clauses) {
    const term = clause.term;
    const boost = clause.boost !== undefined && clause.boost !== 1 ? { boost: clause.boost } : {};
    if (term.includes('*')) {
      const pattern = term.replace(/[^\p{L}\p{N}\p{M}*'’]/gu, '');
      const letters = pattern.replace(/\*/g, '');
      if (letters.length === 0) throw new QuerySyntaxError(`"${body}" has no letters before or after "*"`);
      const kind: TermKind = /^[^*]+\*+$/.test(pattern) ? 'prefix' : 'wildcard';
      terms.push({ kind, presence, words: [kind === 'prefix' ? pattern.replace(/\*+$/, '*') : pattern], ...boost });
      continue;
    }
    const words = wordsOf(term);
    if (words.length === 0) continue;
    if (words.length > 1) {
      terms.push({ kind: 'phrase', presence, words, ...boost });
    } else if (clause.editDistance) {
      let editDistance = clause.editDistance;
      if (editDistance > MAX_EDIT_DISTANCE) {
        notices.push(`typo tolerance is at most ~${MAX_EDIT_DISTANCE}; "${body}" was searched with ~${MAX_EDIT_DISTANCE}`);
        editDistance = MAX_EDIT_DISTANCE;
      }
      terms.push({ kind: 'fuzzy', presence, words, editDistance, ...boost });
    } else {
      terms.push({ kind: 'word', presence, words, ...boost });
    }
  }
  if (terms.length === 0) throw new QuerySyntaxError(`"${body}" has no word to search`);
  return terms;
}
