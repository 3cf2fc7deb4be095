// A clause shown outside its document (provision pages, traces): label, text with marks, opens on click.
import type { ReactNode } from 'react';
import type { MarkRange } from '../text/highlight-segments.js';
import { AppLink } from './AppLink.js';
import { ClauseText } from './ClauseText.js';
import { PageJump } from './PageJump.js';

export interface ClauseCardProps {
  id: string;
  label: string;
  text: string;
  marks?: MarkRange[];
  meta?: string;
  /** Beside the label (e.g. "from your document"). */
  badge?: ReactNode;
  /** Between the label and the text (e.g. what this clause shows as evidence). */
  children?: ReactNode;
  /** A plain click (alt: Alt was held); Ctrl/Cmd+click opens the link the browser's way. */
  onOpen(alt: boolean): void;
}

export function ClauseCard({ id, label, text, marks, meta, badge, children, onOpen }: ClauseCardProps) {
  return (
    <div className="clause-card">
      <AppLink className="clause-card-label" route={{ name: 'clause', id }} onFollow={onOpen}>
        {label}
      </AppLink>
      {meta ? <span className="clause-card-meta">{meta}</span> : null}
      <PageJump clause={id} />
      {badge}
      {children}
      <ClauseText className="clause-card-text" text={text} marks={marks ?? []} />
    </div>
  );
}
