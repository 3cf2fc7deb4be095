// The passages carrying a tag, in reading order; a click opens the passage in the reader.
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import { useAnnotationList } from '../state/use-annotations.js';
import { LoadableView } from './LoadableView.js';
import { ViewLink } from './AppLink.js';

export function TagPassages({ tag }: { tag: string }) {
  const list = useAnnotationList({ tag });
  return (
    <LoadableView value={list} what="the passages">
      {(data) => <Passages tag={tag} annotations={data} />}
    </LoadableView>
  );
}

function Passages({ tag, annotations }: { tag: string; annotations: AnnotationDto[] }) {
  const passages = annotations.flatMap((a) => a.targets.map((t, i) => ({ key: `${a.id}-${i}`, target: t, note: a.note })));
  if (passages.length === 0) return <p className="notice notice-quiet">No passage carries this tag now.</p>;
  return (
    <ol className="plain-list tag-passages" aria-label={`Passages tagged ${tag}`}>
      {passages.map(({ key, target: t, note }) => (
        <li key={key}>
          <ViewLink
            className={t.status === 'anchored' ? 'passage-link' : 'passage-link passage-link-orphan'}
            view={{ type: 'doc', doc: t.doc, clause: t.clause }}
          >
            <span className="passage-label">
              {t.label ?? t.clause}
              {t.status === 'orphaned' ? ' · lost its place' : ''}
            </span>
            <span className="passage-quote">{t.exact}</span>
            {note ? <span className="passage-note">{note}</span> : null}
          </ViewLink>
        </li>
      ))}
    </ol>
  );
}
