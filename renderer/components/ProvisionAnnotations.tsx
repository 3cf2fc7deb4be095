// On a provision page: the annotations on the clauses that cite the provision (or a part of it).
import { useAnnotationList } from '../state/use-annotations.js';
import { AnnotationItem } from './AnnotationItem.js';
import { ErrorNotice, Loading } from './StatusNotice.js';

export function ProvisionAnnotations({ provisionKey }: { provisionKey: string }) {
  const list = useAnnotationList({ provision: provisionKey });
  return (
    <section className="page-section" aria-labelledby="provision-annotations">
      <h2 className="section-title" id="provision-annotations">
        Annotations on citing clauses{list?.status === 'ready' ? ` (${list.data.length})` : ''}
      </h2>
      {!list || list.status === 'loading' ? <Loading what="annotations" /> : null}
      {list?.status === 'error' ? <ErrorNotice error={list.error} what="the annotations" /> : null}
      {list?.status === 'ready' && list.data.length === 0 ? <p className="notice notice-quiet">No citing clause is annotated yet.</p> : null}
      {list?.status === 'ready' && list.data.length ? (
        <ol className="plain-list annotation-list">
          {list.data.map((a) => (
            <AnnotationItem key={a.id} annotation={a} openIn="other" />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
