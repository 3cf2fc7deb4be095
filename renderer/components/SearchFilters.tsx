// Filter chips for search: active `doc:`/`kind:`/`lang:`/`cites:` tokens, and menus that add them to the query.
import { useEffect } from 'react';
import { DOCUMENT_KINDS, LANGS } from '../../shared/core/model.js';
import { useApp } from '../state/store-context.js';
import { KIND_LABELS } from '../text/document-groups.js';
import { readFilters, withFilter, withoutFilter, type FilterPrefix } from '../text/query-filters.js';

const PREFIX_WORDS: Record<FilterPrefix, string> = { doc: 'Document', kind: 'Kind', lang: 'Language', cites: 'Cites' };

export function SearchFilters() {
  const query = useApp((s) => s.query);
  const setQuery = useApp((s) => s.setQuery);
  const documents = useApp((s) => s.documents);
  const provisions = useApp((s) => s.provisions);
  const loadProvisions = useApp((s) => s.loadProvisions);
  useEffect(() => {
    void loadProvisions();
  }, [loadProvisions]);

  const active = readFilters(query);
  const docs = documents?.status === 'ready' ? documents.data : [];
  const docName = (id: string) => docs.find((d) => d.id === id)?.shortTitle ?? id;
  const add = (prefix: FilterPrefix, value: string) => {
    if (!value) return;
    setQuery(withFilter(query, prefix, value));
    document.getElementById('search-input')?.focus();
  };
  const topProvisions = provisions?.status === 'ready' ? [...provisions.data].sort((a, b) => b.citedBy - a.citedBy).slice(0, 60) : [];

  return (
    <div className="filters" aria-label="Filters">
      {active.map((t) => (
        <span key={t.raw} className="chip">
          <span className="chip-prefix">{PREFIX_WORDS[t.prefix]}:</span> {t.prefix === 'doc' ? docName(t.value) : t.value}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove filter ${t.raw}`}
            onClick={() => setQuery(withoutFilter(query, t.raw))}
          >
            ×
          </button>
        </span>
      ))}
      <FilterMenu label="Document" onPick={(v) => add('doc', v)} options={docs.map((d) => [d.id, d.shortTitle || d.title])} />
      <FilterMenu label="Kind" onPick={(v) => add('kind', v)} options={DOCUMENT_KINDS.map((k) => [k, KIND_LABELS[k]])} />
      <FilterMenu label="Language" onPick={(v) => add('lang', v)} options={LANGS.map((l) => [l, l === 'en' ? 'English' : 'Russian'])} />
      {topProvisions.length ? (
        <FilterMenu label="Cites" onPick={(v) => add('cites', v)} options={topProvisions.map((p) => [p.key, `${p.label || p.key} (${p.citedBy})`])} />
      ) : null}
    </div>
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
