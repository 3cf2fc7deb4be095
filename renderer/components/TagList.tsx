// The Library's Tags view: every tag with its colour and count, its passages on demand, and export / import.
import { useState } from 'react';
import { useTags } from '../state/use-annotations.js';
import { AnnotationExchange } from './AnnotationExchange.js';
import { EmptyState } from './StatusNotice.js';
import { LoadableView } from './LoadableView.js';
import { TagRow } from './TagRow.js';

export function TagList() {
  const tags = useTags();
  const [open, setOpen] = useState<string | null>(null);

  return (
    <div className="tags-view">
      <LoadableView
        value={tags}
        what="the tags"
        empty={
          <EmptyState title="No tags yet">
            <p>Select text in a document and press Annotate (or A) to tag it, or tag every search result at once.</p>
          </EmptyState>
        }
      >
        {(data) => (
          <ul className="plain-list tag-list" aria-label="Tags">
            {data.map((t) => (
              <TagRow key={t.id} tag={t} others={data.filter((o) => o.id !== t.id)} open={open === t.id} onToggle={() => setOpen(open === t.id ? null : t.id)} />
            ))}
          </ul>
        )}
      </LoadableView>
      <div className="library-footer">
        <h2 className="section-title">All annotations</h2>
        <AnnotationExchange withImport />
      </div>
    </div>
  );
}
