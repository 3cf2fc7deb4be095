// The annotations of the open document beside the reader: reading order, a tag filter, orphans to re-attach, export.
import { useMemo } from 'react';
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import { useApp } from '../state/store-context.js';
import type { Side } from '../state/panes-slice.js';
import { useAnnotationList } from '../state/use-annotations.js';
import { sameTag } from '../text/tag-names.js';
import { AnnotationItem } from './AnnotationItem.js';
import { AnnotationExchange } from './AnnotationExchange.js';
import { ErrorNotice, Loading } from './StatusNotice.js';

const NONE: AnnotationDto[] = [];

export function AnnotationsPanel({ side, doc }: { side: Side; doc: string }) {
  const list = useAnnotationList({ doc });
  const panelTag = useApp((s) => s.panelTag);
  const setPanelTag = useApp((s) => s.setPanelTag);
  const setAnnotationsPanel = useApp((s) => s.setAnnotationsPanel);
  const all = list?.status === 'ready' ? list.data : NONE;
  const tagNames = useMemo(() => {
    const names: string[] = [];
    for (const a of all) for (const t of a.tags) if (!names.some((n) => sameTag(n, t.name))) names.push(t.name);
    return names.sort((x, y) => x.localeCompare(y));
  }, [all]);
  // A chosen tag stays chosen when its last annotation here goes (deleted, or undone), so the list does not jump.
  const tag = panelTag;
  const options = tag && !tagNames.some((n) => sameTag(n, tag)) ? [...tagNames, tag] : tagNames;
  const shown = tag ? all.filter((a) => a.tags.some((t) => sameTag(t.name, tag))) : all;
  const placed = shown.filter((a) => a.status !== 'orphaned');
  const orphans = shown.filter((a) => a.status !== 'anchored');

  return (
    <aside className="annotations-panel" aria-label="Annotations of this document">
      <header className="annotations-panel-header">
        <h3 className="section-title">Annotations{list?.status === 'ready' ? ` (${all.length})` : ''}</h3>
        <button type="button" className="icon-button" aria-label="Hide annotations" title="Hide annotations (Alt+N)" onClick={() => setAnnotationsPanel(false)}>
          ×
        </button>
      </header>
      {options.length ? (
        <select className="filter-menu panel-filter" aria-label="Show annotations with tag" value={tag ?? ''} onChange={(e) => setPanelTag(e.target.value || null)}>
          <option value="">All tags</option>
          {options.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      ) : null}
      <div className="annotations-panel-body">
        {!list || list.status === 'loading' ? <Loading what="annotations" /> : null}
        {list?.status === 'error' ? <ErrorNotice error={list.error} what="the annotations" /> : null}
        {list?.status === 'ready' && all.length === 0 ? (
          <p className="notice notice-quiet">No annotations yet. Select text in the document (or a clause, then press A) to annotate it.</p>
        ) : null}
        {list?.status === 'ready' && all.length > 0 && shown.length === 0 ? (
          <p className="notice notice-quiet">No annotation here carries ‘{tag}’.</p>
        ) : null}
        <ol className="plain-list annotation-list" aria-label="In reading order">
          {placed.map((a) => (
            <AnnotationItem key={a.id} annotation={a} openIn={side} reattach />
          ))}
        </ol>
        {orphans.length ? (
          <section aria-labelledby={`orphans-${side}`}>
            <h4 className="section-title" id={`orphans-${side}`}>
              Lost their place ({orphans.length})
            </h4>
            <p className="notice notice-quiet">The text changed. Select the passage again in the document, then press Re-attach.</p>
            <ol className="plain-list annotation-list">
              {orphans.map((a) => (
                <AnnotationItem key={a.id} annotation={a} openIn={side} reattach />
              ))}
            </ol>
          </section>
        ) : null}
      </div>
      <footer className="annotations-panel-footer">
        <AnnotationExchange doc={doc} />
      </footer>
    </aside>
  );
}
