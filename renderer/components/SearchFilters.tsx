// Filter chips for search: active `doc:`/`kind:`/`lang:`/`cites:`/`tag:`/`has:` tokens (also negated), and menus that add them.
import { describeProvision } from '../../shared/core/citations/keys.js';
import { DOCUMENT_KINDS, LANGS } from '../../shared/core/model.js';
import { HAS_VALUES } from '../../shared/core/search/filter-fields.js';
import { useApp } from '../state/store-context.js';
import { useTags } from '../state/use-annotations.js';
import { useQuery } from '../state/use-query.js';
import { SEARCH_INPUT_ID } from '../commands/commands.js';
import { KIND_LABELS } from '../text/document-groups.js';
import { readFilters, withFilter, withoutFilter, type FilterPrefix, type FilterToken } from '../text/query-filters.js';

const PREFIX_WORDS: Record<FilterPrefix, string> = { doc: 'Document', kind: 'Kind', lang: 'Language', cites: 'Cites', tag: 'Tag', has: 'Has' };
const HAS_WORDS: Record<(typeof HAS_VALUES)[number], string> = { note: 'A note', annotation: 'An annotation' };

export function SearchFilters() {
  const query = useApp((s) => s.query);
  const setQuery = useApp((s) => s.setQuery);
  const documents = useQuery('listDocuments', {});
  const provisions = useQuery('listProvisions', {});
  const tags = useTags();

  const active = readFilters(query);
  const docs = documents?.status === 'ready' ? documents.data : [];
  const docName = (id: string) => docs.find((d) => d.id === id)?.shortTitle ?? id;
  const add = (prefix: FilterPrefix, value: string) => {
    if (!value) return;
    setQuery(withFilter(query, prefix, value));
    document.getElementById(SEARCH_INPUT_ID)?.focus();
  };
  const topProvisions = provisions?.status === 'ready' ? [...provisions.data].sort((a, b) => b.citedBy - a.citedBy).slice(0, 60) : [];

  return (
    <div className="filters" aria-label="Filters">
      {active.map((t) => (
        <FilterChip
          key={t.raw}
          token={t}
          valueText={t.prefix === 'doc' ? docName(t.value) : t.prefix === 'cites' ? describeProvision(t.value) : t.value}
          onRemove={() => setQuery(withoutFilter(query, t.raw))}
        />
      ))}
      <FilterMenu label="Document" onPick={(v) => add('doc', v)} options={docs.map((d) => [d.id, d.shortTitle || d.title])} />
      <FilterMenu label="Kind" onPick={(v) => add('kind', v)} options={DOCUMENT_KINDS.map((k) => [k, KIND_LABELS[k]])} />
      <FilterMenu label="Language" onPick={(v) => add('lang', v)} options={LANGS.map((l) => [l, l === 'en' ? 'English' : 'Russian'])} />
      {topProvisions.length ? (
        <FilterMenu label="Cites" onPick={(v) => add('cites', v)} options={topProvisions.map((p) => [p.key, `${p.label || p.key} (${p.citedBy})`])} />
      ) : null}
      {tags?.status === 'ready' && tags.data.length ? (
        <FilterMenu label="Tag" onPick={(v) => add('tag', v)} options={tags.data.map((t) => [t.name, `${t.name} (${t.count})`])} />
      ) : null}
      <FilterMenu label="Has" onPick={(v) => add('has', v)} options={HAS_VALUES.map((v) => [v, HAS_WORDS[v]])} />
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

function FilterMenu({ label, options, onPick }: { label: string; options: [string, string][]; onPick(value: string): void }) {
  return (
    <select
      className="filter-menu"
      aria-label={`Filter by ${label.toLowerCase()}`}
      value=""
      onChange={(e) => onPick(e.target.value)}
    >
      <option value="">+ {label}</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}
