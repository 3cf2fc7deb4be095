// The search box at the top: results as you type (a citation's provisions first, then clauses with highlighted
// excerpts and the provisions they cite), how many match, more on demand, filter pickers and keyboard navigation.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchHit, SearchProvision, SearchResult } from '../../shared/core/api/dto.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { useApp } from '../state/store-context.js';
import { SEARCH_INPUT_ID } from '../commands/commands.js';
import { hitExcerpt } from '../text/hit-excerpt.js';
import { hasMore, paletteItems, type PaletteItem } from '../state/search-slice.js';
import { ClauseText, rangesToMarks } from './ClauseText.js';
import { ErrorNotice } from './StatusNotice.js';
import { SearchFilters } from './SearchFilters.js';
import { AppLink } from './AppLink.js';

const NO_ITEMS: PaletteItem[] = [];

export function SearchPalette() {
  const query = useApp((s) => s.query);
  const open = useApp((s) => s.searchOpen);
  const results = useApp((s) => s.results);
  const searching = useApp((s) => s.searching);
  const loadingMore = useApp((s) => s.loadingMore);
  const resultQuery = useApp((s) => s.resultQuery);
  const selected = useApp((s) => s.selectedHit);
  const setQuery = useApp((s) => s.setQuery);
  const openSearch = useApp((s) => s.openSearch);
  const closeSearch = useApp((s) => s.closeSearch);
  const moveSelection = useApp((s) => s.moveSelection);
  const setSelectedHit = useApp((s) => s.setSelectedHit);
  const itemToOpen = useApp((s) => s.itemToOpen);
  const showMore = useApp((s) => s.showMore);
  const openView = useApp((s) => s.openView);
  const openDialog = useApp((s) => s.openDialog);
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Where the focus was before the search box took it: Escape gives it back. */
  const returnFocus = useRef<HTMLElement | null>(null);

  const data = results?.status === 'ready' ? results.data : null;
  const items = data ? paletteItems(data) : NO_ITEMS;
  const showPanel = open && query.trim().length > 0;

  const openItem = (item: PaletteItem, other: boolean) => {
    if (item.kind === 'provision') openView({ type: 'provision', key: item.provision.key }, other ? 'other' : 'active');
    else openView({ type: 'doc', doc: item.hit.doc, clause: item.hit.clause }, other ? 'other' : 'active');
    returnFocus.current = null;
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
      // Open the selected row of what is typed now, not of the results still on screen from an earlier query.
      event.preventDefault();
      const other = event.altKey;
      void itemToOpen().then((item) => {
        if (item) openItem(item, other);
      });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeSearch();
      const back = returnFocus.current;
      returnFocus.current = null;
      if (back && back.isConnected && back !== event.currentTarget) back.focus();
      else event.currentTarget.blur();
    }
  };

  return (
    <div className="search" ref={rootRef}>
      <input
        id={SEARCH_INPUT_ID}
        ref={inputRef}
        className="search-input"
        type="search"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls="search-results"
        aria-activedescendant={showPanel && items[selected] ? `hit-${selected}` : undefined}
        aria-autocomplete="list"
        aria-label="Search the corpus"
        placeholder="Search clauses, e.g. “notice and takedown” or Article 1229   (Ctrl+K)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={(e) => {
          const from = e.relatedTarget;
          if (from instanceof HTMLElement && !rootRef.current?.contains(from)) returnFocus.current = from;
          openSearch();
        }}
        onKeyDown={onKeyDown}
      />
      {showPanel ? (
        <div className="search-panel" role="dialog" aria-label="Search results">
          <SearchFilters />
          {data?.notice ? <p className="notice notice-quiet search-notice">{data.notice}</p> : null}
          {results?.status === 'error' ? <ErrorNotice error={results.error} what="search" /> : null}
          {data && items.length === 0 && !searching ? (
            <p className="notice notice-quiet">No clause matches. Try fewer words or remove a filter.</p>
          ) : null}
          {!results && searching ? <p className="notice notice-loading">Searching…</p> : null}
          <ul
            id="search-results"
            data-query={resultQuery}
            ref={listRef}
            className="plain-list search-results"
            role="listbox"
            aria-label="Results"
            onScroll={(e) => {
              const list = e.currentTarget;
              if (list.scrollTop + list.clientHeight >= list.scrollHeight - 80) void showMore();
            }}
          >
            {items.map((item, i) =>
              item.kind === 'provision' ? (
                <ProvisionResultItem
                  key={`p-${item.provision.key}`}
                  provision={item.provision}
                  index={i}
                  selected={i === selected}
                  onHover={() => setSelectedHit(i)}
                  onOpen={(other) => openItem(item, other)}
                />
              ) : (
                <SearchResultItem
                  key={`${item.hit.clause}-${i}`}
                  hit={item.hit}
                  index={i}
                  selected={i === selected}
                  onHover={() => setSelectedHit(i)}
                  onOpen={(other) => openItem(item, other)}
                />
              ),
            )}
          </ul>
          {data && hasMore(data) ? (
            <div className="search-more">
              <button type="button" className="button button-small" disabled={loadingMore} onClick={() => void showMore()}>
                {loadingMore ? 'Loading…' : `Show ${Math.min(30, (data.total ?? 0) - data.hits.length)} more`}
              </button>
            </div>
          ) : null}
          <footer className="search-footer">
            <span role="status">{searching ? 'Searching…' : data ? resultCount(data) : ''}</span>
            {data && data.hits.length && !searching ? (
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
            <span className="search-keys">↑↓ choose · Enter open · Alt+Enter other pane · Esc close</span>
          </footer>
        </div>
      ) : null}
    </div>
  );
}

/** "212 clauses match · showing 30", "10,000+ clauses match", "1 clause matches". */
export function resultCount(result: Pick<SearchResult, 'hits' | 'total' | 'totalCapped'>): string {
  const total = result.total ?? result.hits.length;
  const count = `${total.toLocaleString('en')}${result.totalCapped ? '+' : ''}`;
  const line = `${count} ${total === 1 && !result.totalCapped ? 'clause matches' : 'clauses match'}`;
  return result.hits.length < total ? `${line} · showing ${result.hits.length}` : line;
}

/** A provision a citation query names: opens its page (with its text, or the clauses citing it when it has none). */
function ProvisionResultItem({
  provision: p,
  index,
  selected,
  onHover,
  onOpen,
}: {
  provision: SearchProvision;
  index: number;
  selected: boolean;
  onHover(): void;
  onOpen(other: boolean): void;
}) {
  return (
    <li role="presentation" className={selected ? 'hit hit-provision hit-selected' : 'hit hit-provision'} onMouseMove={onHover}>
      <AppLink id={`hit-${index}`} role="option" aria-selected={selected} route={{ name: 'provision', key: p.key }} tabIndex={-1} onFollow={onOpen}>
        <span className="hit-head">
          <span className="hit-label">{p.label}</span>
          <span className="hit-doc">Provision</span>
        </span>
        <span className="hit-text">
          {p.title ? `${p.title} · ` : ''}
          {p.hasText ? 'official text in the corpus' : 'no text in the corpus'} · cited by {p.citedBy} {p.citedBy === 1 ? 'clause' : 'clauses'}
        </span>
      </AppLink>
    </li>
  );
}

/** One result: its label, document, the service's snippet with the matched words marked, and what the clause cites. */
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
    <li role="presentation" className={selected ? 'hit hit-selected' : 'hit'} onMouseMove={onHover}>
      <AppLink id={`hit-${index}`} role="option" aria-selected={selected} route={{ name: 'clause', id: hit.clause }} tabIndex={-1} onFollow={onOpen}>
        <span className="hit-head">
          <span className="hit-label">{hit.label}</span>
          <span className="hit-doc">{hit.docTitle}</span>
        </span>
        <ClauseText className="hit-text" text={excerpt.text} marks={rangesToMarks(excerpt.highlights, 'hit')} />
        {hit.cites?.length ? (
          <span className="hit-cites">
            {hit.cites.map((key) => (
              <span key={key} className="cite-chip">
                cites {describeProvision(key)}
              </span>
            ))}
          </span>
        ) : null}
        {hit.viaNote ? <span className="hit-note">found in your note</span> : null}
      </AppLink>
    </li>
  );
}
