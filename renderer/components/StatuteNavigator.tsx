// Beside a statute in the reader: "Go to article" (1253.1, ст. 1253.1, п. 5 ст. 1252) and the table of contents
// (Part, Section, Chapter, §, Article), collapsible, the current position highlighted while the reader scrolls.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ClauseSummary } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useQueryData } from '../state/use-query.js';
import type { Side } from '../state/panes-slice.js';
import { ancestry, entryAt, findArticle, parseArticleRef, statuteOutline, visibleEntries } from '../text/statute-outline.js';
import { AppLink } from './AppLink.js';
import '../styles/review.css';

/** The id of a pane's go-to box (the "Go to article" command focuses it). */
export function gotoInputId(side: Side): string {
  return `goto-article-${side}`;
}

export function StatuteNavigator({ side, doc }: { side: Side; doc: string }) {
  const docs = useQueryData('listDocuments', {});
  const isStatute = docs?.some((d) => d.id === doc && d.kind === 'statute') ?? false;
  const clauses = useQueryData('listClauses', isStatute ? { doc } : null);
  const [open, setOpen] = useState(true);
  if (!isStatute || !clauses?.length) return null;
  if (!open) {
    return (
      <div className="statute-nav statute-nav-closed">
        <button type="button" className="button button-small statute-nav-toggle" aria-expanded={false} onClick={() => setOpen(true)} title="Show the contents">
          Contents
        </button>
      </div>
    );
  }
  return <StatuteContents side={side} doc={doc} clauses={clauses} onClose={() => setOpen(false)} />;
}

/** The first and last clause rows visible in a pane's reader (indexes in the clause list), or null. */
function visibleClauses(side: Side): [number, number] | null {
  const scroller = document.querySelector<HTMLElement>(`section.pane[data-side="${side}"] .reader-scroll`);
  if (!scroller) return null;
  const view = scroller.getBoundingClientRect();
  let first: number | null = null;
  let last: number | null = null;
  for (const row of scroller.querySelectorAll<HTMLElement>('.reader-row[data-index]')) {
    const rect = row.getBoundingClientRect();
    if (rect.bottom <= view.top + 4 || rect.top >= view.bottom - 4) continue;
    const index = Number(row.dataset.index);
    if (first === null || index < first) first = index;
    if (last === null || index > last) last = index;
  }
  return first === null || last === null ? null : [first, last];
}

function StatuteContents({ side, doc, clauses, onClose }: { side: Side; doc: string; clauses: ClauseSummary[]; onClose(): void }) {
  const openView = useApp((s) => s.openView);
  const selected = useApp((s) => {
    const view = s.panes[side]?.view;
    return view?.type === 'doc' && view.doc === doc ? view.clause : null;
  });
  const entries = useMemo(() => statuteOutline(clauses), [clauses]);
  // Parts and sections start open, chapters (and their articles) closed, except around where the reader is.
  const [toggled, setToggled] = useState<Map<number, boolean>>(new Map());
  const [visible, setVisible] = useState<[number, number] | null>(null);
  const [goto, setGoto] = useState('');
  const [gotoError, setGotoError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Follow the reader's scrolling (once per frame).
  useEffect(() => {
    const scroller = document.querySelector<HTMLElement>(`section.pane[data-side="${side}"] .reader-scroll`);
    if (!scroller) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setVisible(visibleClauses(side));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    frame = requestAnimationFrame(update);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [side, doc, clauses]);

  const selectedIndex = selected ? clauses.findIndex((c) => c.id === selected) : -1;
  // Where the reader is: the selected clause while it is in view (go to article centres it), else the top of the view.
  const position =
    selectedIndex >= 0 && (!visible || (selectedIndex >= visible[0] && selectedIndex <= visible[1])) ? selectedIndex : (visible?.[0] ?? 0);
  const current = entryAt(entries, position);
  const around = useMemo(() => ancestry(entries, current), [entries, current]);
  const isExpanded = (i: number) => toggled.get(i) ?? (entries[i]!.depth < 2 || (around.has(i) && i !== current));
  const shown = visibleEntries(entries, isExpanded);

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="location"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const go = (index: number) => openView({ type: 'doc', doc, clause: clauses[index]!.id }, side);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ref = parseArticleRef(goto);
    if (!ref) {
      setGotoError('Type an article number, such as 1253.1 or ст. 146.');
      return;
    }
    const index = findArticle(clauses, ref);
    if (index < 0) {
      setGotoError(`There is no article ${ref.article} in this document.`);
      return;
    }
    setGotoError(null);
    go(index);
  };

  return (
    <nav className="statute-nav" aria-label="Contents">
      <div className="statute-nav-head">
        <form className="goto-form" onSubmit={submit} role="search" aria-label="Go to article">
          <label className="offscreen" htmlFor={gotoInputId(side)}>
            Go to article
          </label>
          <input
            id={gotoInputId(side)}
            className="text-input goto-input"
            type="text"
            placeholder="Go to article: 1253.1"
            value={goto}
            aria-invalid={gotoError ? true : undefined}
            aria-describedby={gotoError ? `${gotoInputId(side)}-error` : undefined}
            onChange={(e) => {
              setGoto(e.target.value);
              setGotoError(null);
            }}
          />
          <button type="submit" className="button button-small">
            Go
          </button>
        </form>
        <button type="button" className="icon-button statute-nav-close" aria-expanded={true} aria-label="Hide the contents" title="Hide the contents" onClick={onClose}>
          ‹
        </button>
      </div>
      {gotoError ? (
        <p className="goto-error" role="alert" id={`${gotoInputId(side)}-error`}>
          {gotoError}
        </p>
      ) : null}
      <ul className="plain-list toc" ref={listRef}>
        {shown.map((i) => {
          const e = entries[i]!;
          const expanded = isExpanded(i);
          return (
            <li key={e.id} className={`toc-entry toc-${e.kind}${i === current ? ' toc-current' : ''}`} style={{ paddingLeft: `${0.3 + e.depth * 0.85}rem` }}>
              {e.hasChildren ? (
                <button
                  type="button"
                  className="toc-toggle"
                  aria-expanded={expanded}
                  aria-label={`${expanded ? 'Collapse' : 'Expand'} ${e.label}`}
                  onClick={() => setToggled(new Map(toggled).set(i, !expanded))}
                >
                  {expanded ? '▾' : '▸'}
                </button>
              ) : (
                <span className="toc-toggle" aria-hidden="true" />
              )}
              <AppLink
                className="toc-link"
                route={{ name: 'clause', id: e.id }}
                aria-current={i === current ? 'location' : undefined}
                title={e.label}
                onFollow={(alt) => (alt ? openView({ type: 'doc', doc, clause: e.id }, side === 'left' ? 'right' : 'left') : go(e.index))}
              >
                {e.label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
