// Filter chips for search: active `doc:`/`kind:`/`lang:`/`date:`/`cites:`/`tag:`/`has:` tokens (also negated), and
// type-ahead pickers that add them.
import { useCallback } from 'react';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { LANGS } from '../../shared/core/model.js';
import { HAS_VALUES } from '../../shared/core/search/filter-fields.js';
import { describeDateRange, readDateRange } from '../../shared/core/search/date-filter.js';
import { useApp } from '../state/store-context.js';
import { useTags } from '../state/use-annotations.js';
import { useQueryData } from '../state/use-query.js';
import { SEARCH_INPUT_ID } from '../commands/commands.js';
import { KIND_LABELS } from '../text/document-groups.js';
import { citesOptions, dateOptions, documentOptions, kindOptions, type FilterOption } from '../text/filter-options.js';
import { readFilters, withFilter, withoutFilter, type FilterPrefix, type FilterToken } from '../text/query-filters.js';
import { FilterPicker } from './FilterPicker.js';

const PREFIX_WORDS: Record<FilterPrefix, string> = { doc: 'Document', kind: 'Kind', lang: 'Language', date: 'Date', cites: 'Cites', tag: 'Tag', has: 'Has' };
const HAS_WORDS: Record<(typeof HAS_VALUES)[number], string> = { note: 'A note', annotation: 'An annotation' };
const NO_DOCS: never[] = [];

export function SearchFilters() {
  const query = useApp((s) => s.query);
  const setQuery = useApp((s) => s.setQuery);
  const documents = useQueryData('listDocuments', {}) ?? NO_DOCS;
  const provisions = useQueryData('listProvisions', {});
  const tags = useTags();

  const active = readFilters(query);
  const docName = (id: string) => documents.find((d) => d.id === id)?.shortTitle ?? id;
  const add = (prefix: FilterPrefix, value: string) => {
    if (!value) return;
    setQuery(withFilter(query, prefix, value));
    document.getElementById(SEARCH_INPUT_ID)?.focus();
  };
  const valueText = (t: FilterToken) => {
    if (t.prefix === 'doc') return docName(t.value);
    if (t.prefix === 'cites') return describeProvision(t.value);
    if (t.prefix === 'kind') return KIND_LABELS[t.value as keyof typeof KIND_LABELS] ?? t.value;
    if (t.prefix === 'date') return describeDateRange(readDateRange(t.value) ?? { from: t.value, to: t.value });
    return t.value;
  };

  const cites = useCallback((typed: string) => (provisions ? citesOptions(provisions, typed) : []), [provisions]);
  const docs = useCallback(() => documentOptions(documents), [documents]);
  const kinds = useCallback(() => kindOptions(documents), [documents]);
  const dates = useCallback((typed: string) => dateOptions(documents, typed), [documents]);
  const langs = useCallback((): FilterOption[] => LANGS.map((l) => ({ value: l, label: l === 'en' ? 'English' : 'Russian' })), []);
  const tagOptions = useCallback(
    (): FilterOption[] => (tags?.status === 'ready' ? tags.data.map((t) => ({ value: t.name, label: t.name, detail: String(t.count) })) : []),
    [tags],
  );
  const has = useCallback((): FilterOption[] => HAS_VALUES.map((v) => ({ value: v, label: HAS_WORDS[v] })), []);

  return (
    <div className="filters" role="group" aria-label="Filters">
      {active.map((t) => (
        <FilterChip key={t.raw} token={t} valueText={valueText(t)} onRemove={() => setQuery(withoutFilter(query, t.raw))} />
      ))}
      <FilterPicker label="Cites" options={cites} onPick={(v) => add('cites', v)} placeholder="Type a provision: 1229, Criminal Code…" />
      <FilterPicker label="Document" options={docs} onPick={(v) => add('doc', v)} />
      <FilterPicker label="Kind" options={kinds} onPick={(v) => add('kind', v)} />
      <FilterPicker label="Date" options={dates} onPick={(v) => add('date', v)} placeholder="A year, or a range: 2010..2017" />
      <FilterPicker label="Language" options={langs} onPick={(v) => add('lang', v)} />
      {tags?.status === 'ready' && tags.data.length ? <FilterPicker label="Tag" options={tagOptions} onPick={(v) => add('tag', v)} /> : null}
      <FilterPicker label="Has" options={has} onPick={(v) => add('has', v)} />
    </div>
  );
}

/** One active filter; a negated one ("-lang:ru") reads "Language: not ru". */
export function FilterChip({ token, valueText, onRemove }: { token: FilterToken; valueText: string; onRemove(): void }) {
  return (
    <span className={token.exclude ? 'chip chip-exclude' : 'chip'}>
      <span className="chip-prefix">{PREFIX_WORDS[token.prefix]}:</span> {token.exclude ? 'not ' : ''}
      {valueText}
      <button type="button" className="chip-remove" aria-label={`Remove filter ${token.raw}`} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}
