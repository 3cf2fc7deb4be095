// A clause shown outside its document (provision pages, traces): label, text with marks, opens on click.
import type { MarkRange } from '../text/highlight-segments.js';
import { AppLink } from './AppLink.js';
import { ClauseText } from './ClauseText.js';

export interface ClauseCardProps {
  id: string;
  label: string;
  text: string;
  marks?: MarkRange[];
  meta?: string;
  /** A plain click (alt: Alt was held); Ctrl/Cmd+click opens the link the browser's way. */
  onOpen(alt: boolean): void;
}

export function ClauseCard({ id, label, text, marks, meta, onOpen }: ClauseCardProps) {
  return (
    <div className="clause-card">
      <AppLink className="clause-card-label" route={{ name: 'clause', id }} onFollow={onOpen}>
        {label}
      </AppLink>
      {meta ? <span className="clause-card-meta">{meta}</span> : null}
      <ClauseText className="clause-card-text" text={text} marks={marks ?? []} />
    </div>
  );
}
