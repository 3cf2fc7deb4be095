// A clause's text as React text nodes, with highlight spans cut at offsets; citations become links.
import type { MouseEvent } from 'react';
import { splitByRanges, type MarkRange } from '../text/highlight-segments.js';
import { formatRoute } from '../routing.js';

export interface CitationMark {
  key: string;
}

export interface ClauseTextProps {
  text: string;
  marks?: MarkRange[];
  /** Called when a citation mark (data: CitationMark) is clicked; alt = open in the other pane. */
  onCitation?(key: string, event: MouseEvent): void;
  className?: string;
}

export function ClauseText({ text, marks = [], onCitation, className }: ClauseTextProps) {
  const segments = splitByRanges(text, marks);
  return (
    <span className={className}>
      {segments.map((seg) => {
        if (seg.marks.length === 0) return <span key={seg.start}>{seg.text}</span>;
        const classes = [...new Set(seg.marks.map((m) => `mark-${m.kind}`))].join(' ');
        const citation = seg.marks.find((m) => m.kind === 'citation')?.data as CitationMark | undefined;
        if (citation) {
          return (
            <a
              key={seg.start}
              className={classes}
              href={formatRoute({ name: 'provision', key: citation.key })}
              title={`Open ${citation.key}`}
              onClick={(event) => {
                if (!onCitation || event.ctrlKey || event.metaKey || event.button !== 0) return;
                event.preventDefault();
                event.stopPropagation();
                onCitation(citation.key, event);
              }}
            >
              {seg.text}
            </a>
          );
        }
        return (
          <mark key={seg.start} className={classes}>
            {seg.text}
          </mark>
        );
      })}
    </span>
  );
}

/** Marks for [start, end) pairs of one kind. */
export function rangesToMarks(ranges: readonly (readonly [number, number])[], kind: string): MarkRange[] {
  return ranges.map(([start, end]) => ({ start, end, kind }));
}
