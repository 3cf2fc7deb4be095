// The Library's Tags view: every tag with its colour and count, its passages on demand, and export / import.
import { useState } from 'react';
import { useTags } from '../state/use-annotations.js';
import { AnnotationExchange } from './AnnotationExchange.js';
import { ErrorNotice, EmptyState, Loading } from './StatusNotice.js';
import { TagRow } from './TagRow.js';

export function TagList() {
  const tags = useTags();
  const [open, setOpen] = useState<string | null>(null);

  let body;
  if (!tags || tags.status === 'loading') body = <Loading what="tags" />;
  else if (tags.status === 'error') body = <ErrorNotice error={tags.error} what="the tags" />;
  else if (tags.data.length === 0) {
    body = (
      <EmptyState title="No tags yet">
        <p>Select text in a document and press Annotate (or A) to tag it, or tag every search result at once.</p>
      </EmptyState>
    );
  } else {
    body = (
      <ul className="plain-list tag-list" aria-label="Tags">
        {tags.data.map((t) => (
          <TagRow key={t.id} tag={t} others={tags.data.filter((o) => o.id !== t.id)} open={open === t.id} onToggle={() => setOpen(open === t.id ? null : t.id)} />
        ))}
      </ul>
    );
  }
  return (
    <div className="tags-view">
      {body}
      <div className="library-footer">
        <h2 className="section-title">All annotations</h2>
        <AnnotationExchange withImport />
      </div>
    </div>
  );
}
