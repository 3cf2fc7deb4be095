// A clause shown outside its document (provision pages, traces): label, text with marks, opens on click.
import type { MouseEvent } from 'react';
import type { MarkRange } from '../text/highlight-segments.js';
import { formatRoute } from '../routing.js';
import { ClauseText } from './ClauseText.js';

export interface ClauseCardProps {
  id: string;
  label: string;
  text: string;
  marks?: MarkRange[];
  meta?: string;
  onOpen(event: MouseEvent): void;
}

export function ClauseCard({ id, label, text, marks, meta, onOpen }: ClauseCardProps) {
  return (
    <div className="clause-card">
      <a
        className="clause-card-label"
        href={formatRoute({ name: 'clause', id })}
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey) return;
          event.preventDefault();
          onOpen(event);
        }}
      >
        {label}
      </a>
      {meta ? <span className="clause-card-meta">{meta}</span> : null}
      <ClauseText className="clause-card-text" text={text} marks={marks ?? []} />
    </div>
  );
}
