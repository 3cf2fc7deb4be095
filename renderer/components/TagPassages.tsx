// The passages carrying a tag, in reading order; a click opens the passage in the reader.
import { useApp } from '../state/store-context.js';
import { useAnnotationList } from '../state/use-annotations.js';
import { formatRoute } from '../routing.js';
import { ErrorNotice, Loading } from './StatusNotice.js';

export function TagPassages({ tag }: { tag: string }) {
  const list = useAnnotationList({ tag });
  const openView = useApp((s) => s.openView);
  if (!list || list.status === 'loading') return <Loading what="passages" />;
  if (list.status === 'error') return <ErrorNotice error={list.error} what="the passages" />;
  const passages = list.data.flatMap((a) => a.targets.map((t, i) => ({ key: `${a.id}-${i}`, target: t, note: a.note })));
  if (passages.length === 0) return <p className="notice notice-quiet">No passage carries this tag now.</p>;
  return (
    <ol className="plain-list tag-passages" aria-label={`Passages tagged ${tag}`}>
      {passages.map(({ key, target: t, note }) => (
        <li key={key}>
          <a
            className={t.status === 'anchored' ? 'passage-link' : 'passage-link passage-link-orphan'}
            href={formatRoute({ name: 'clause', id: t.clause })}
            onClick={(event) => {
              if (event.ctrlKey || event.metaKey) return;
              event.preventDefault();
              openView({ type: 'doc', doc: t.doc, clause: t.clause }, event.altKey ? 'other' : 'active');
            }}
          >
            <span className="passage-label">
              {t.label ?? t.clause}
              {t.status === 'orphaned' ? ' · lost its place' : ''}
            </span>
            <span className="passage-quote">{t.exact}</span>
            {note ? <span className="passage-note">{note}</span> : null}
          </a>
        </li>
      ))}
    </ol>
  );
}
