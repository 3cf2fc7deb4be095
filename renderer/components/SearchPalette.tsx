// The search box at the top: results as you type with highlighted excerpts, filter chips and keyboard navigation.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { SEARCH_INPUT_ID } from '../commands/commands.js';
import { hitExcerpt } from '../text/hit-excerpt.js';
import { AppLink } from './AppLink.js';
import { ClauseText, rangesToMarks } from './ClauseText.js';
import { ErrorNotice } from './StatusNotice.js';
import { SearchFilters } from './SearchFilters.js';
import { SEARCH_LIMIT } from '../state/search-slice.js';

export function SearchPalette() {
  const query = useApp((s) => s.query);
  const open = useApp((s) => s.searchOpen);
  const results = useApp((s) => s.results);
  const searching = useApp((s) => s.searching);
  const resultQuery = useApp((s) => s.resultQuery);
  const selected = useApp((s) => s.selectedHit);
  const setQuery = useApp((s) => s.setQuery);
  const openSearch = useApp((s) => s.openSearch);
  const closeSearch = useApp((s) => s.closeSearch);
  const moveSelection = useApp((s) => s.moveSelection);
  const setSelectedHit = useApp((s) => s.setSelectedHit);
  const hitToOpen = useApp((s) => s.hitToOpen);
  const openView = useApp((s) => s.openView);
  const openDialog = useApp((s) => s.openDialog);
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const hits = results?.status === 'ready' ? results.data.hits : [];
  const showPanel = open && query.trim().length > 0;

  const openHit = (hit: SearchHit, other: boolean) => {
    openView({ type: 'doc', doc: hit.doc, clause: hit.clause }, other ? 'other' : 'active');
    closeSearch();
  };

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // Clicking outside the search closes its results.
  useEffect(() => {
    if (!showPanel) return;
    const onDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) closeSearch();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [showPanel, closeSearch]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveSelection(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      moveSelection(-1);
    } else if (event.key === 'Enter') {
      // Open the top hit of what is typed now, not of the results still on screen from an earlier query.
      event.preventDefault();
      const other = event.altKey;
      const input = event.currentTarget;
      void hitToOpen().then((hit) => {
        if (!hit) return;
        openHit(hit, other);
        input.blur();
      });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeSearch();
      event.currentTarget.blur();
    }
  };

  return (
    <div className="search" ref={rootRef}>
      <input
        id={SEARCH_INPUT_ID}
        className="search-input"
        type="search"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls="search-results"
        aria-activedescendant={showPanel && hits[selected] ? `hit-${selected}` : undefined}
        aria-autocomplete="list"
        aria-label="Search the corpus"
        placeholder="Search clauses, e.g. “notice and takedown” or cites:ru-civil-code:1253.1   (Ctrl+K)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => openSearch()}
        onKeyDown={onKeyDown}
      />
      {showPanel ? (
        <div className="search-panel" role="dialog" aria-label="Search results">
          <SearchFilters />
          {results?.status === 'ready' && results.data.notice ? (
            <p className="notice notice-quiet search-notice">{results.data.notice}</p>
          ) : null}
          {results?.status === 'error' ? <ErrorNotice error={results.error} what="search" /> : null}
          {results?.status === 'ready' && hits.length === 0 && !searching ? (
            <p className="notice notice-quiet">No clause matches. Try fewer words or remove a filter.</p>
          ) : null}
          {!results && searching ? <p className="notice notice-loading">Searching…</p> : null}
          <ul id="search-results" data-query={resultQuery} ref={listRef} className="plain-list search-results" role="listbox" aria-label="Results">
            {hits.map((hit, i) => (
              <SearchResultItem
                key={`${hit.clause}-${i}`}
                hit={hit}
                index={i}
                selected={i === selected}
                onHover={() => setSelectedHit(i)}
                onOpen={(other) => openHit(hit, other)}
              />
            ))}
          </ul>
          <footer className="search-footer">
            <span>{searching ? 'Searching…' : results?.status === 'ready' ? resultCount(hits.length) : ''}</span>
            {results?.status === 'ready' && hits.length && !searching ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  closeSearch();
                  openDialog({ kind: 'bulk', scope: { query: resultQuery.trim() }, title: `Tag every clause matching “${resultQuery.trim()}”` });
                }}
              >
                Tag all results…
              </button>
            ) : null}
            <span>↑↓ choose · Enter open · Alt+Enter other pane · Esc close</span>
          </footer>
        </div>
      ) : null}
    </div>
  );
}

/** "3 results", or, when the search stopped at its limit, that there are more than shown. */
export function resultCount(count: number): string {
  if (count >= SEARCH_LIMIT) return `The best ${count} results · add words or a filter to narrow them`;
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/** One result: its label, document and the service's snippet with the matched words marked. */
export function SearchResultItem({
  hit,
  index,
  selected,
  onHover,
  onOpen,
}: {
  hit: SearchHit;
  index: number;
  selected: boolean;
  onHover(): void;
  onOpen(other: boolean): void;
}) {
  const excerpt = hitExcerpt(hit);
  return (
    <li id={`hit-${index}`} role="option" aria-selected={selected} className={selected ? 'hit hit-selected' : 'hit'} onMouseMove={onHover}>
      <AppLink route={{ name: 'clause', id: hit.clause }} tabIndex={-1} onFollow={onOpen}>
        <span className="hit-head">
          <span className="hit-label">{hit.label}</span>
          <span className="hit-doc">{hit.docTitle}</span>
        </span>
        <ClauseText className="hit-text" text={excerpt.text} marks={rangesToMarks(excerpt.highlights, 'hit')} />
      </AppLink>
    </li>
  );
}
