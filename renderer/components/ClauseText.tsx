// A clause's text as React text nodes, with highlight spans cut at offsets; citations become links, annotations focusable highlights.
import type { FocusEvent, HTMLAttributes, KeyboardEvent, MouseEvent } from 'react';
import { splitByRanges, type MarkRange, type TextSegment } from '../text/highlight-segments.js';
import { ANNOTATION_KIND, annotationLayers, type AnnotationMark } from '../text/annotation-marks.js';
import { formatRoute } from '../routing.js';
import { isBrowserClick } from './AppLink.js';

export interface CitationMark {
  key: string;
}

/** What the reader does when a highlight is hovered, focused or activated. */
export interface AnnotationEvents {
  /** The pointer or focus reached a run covered by these annotations. */
  onShow(ids: string[], element: HTMLElement): void;
  /** The pointer or focus left it. */
  onHide(): void;
  /** Enter or Space on a highlight: edit the annotation that starts there. */
  onOpen(id: string): void;
  /** The id of the element describing the shown annotations (the hover card). */
  describedBy?: string;
}

export interface ClauseTextProps {
  text: string;
  marks?: MarkRange[];
  /** Called when a citation mark (data: CitationMark) is clicked (Ctrl/Cmd+clicks are the browser's); alt: Alt was held. */
  onCitation?(key: string, alt: boolean): void;
  annotationEvents?: AnnotationEvents;
  className?: string;
  /** Set on the outer span (e.g. the clause id for mapping selections to offsets). */
  dataAttributes?: Record<`data-${string}`, string>;
}

export function ClauseText({ text, marks = [], onCitation, annotationEvents, className, dataAttributes }: ClauseTextProps) {
  const segments = splitByRanges(text, marks);
  return (
    <span className={className} {...dataAttributes}>
      {segments.map((seg) => {
        if (seg.marks.length === 0) return <span key={seg.start}>{seg.text}</span>;
        const citation = seg.marks.find((m) => m.kind === 'citation')?.data as CitationMark | undefined;
        const annotation = annotationProps(seg, annotationEvents, citation !== undefined);
        const classes = [...new Set(seg.marks.map((m) => `mark-${m.kind}`))].join(' ');
        if (citation) {
          return (
            <a
              key={seg.start}
              {...annotation}
              className={classes}
              href={formatRoute({ name: 'provision', key: citation.key })}
              title={`Open ${citation.key}`}
              onClick={(event) => {
                if (!onCitation || isBrowserClick(event)) return;
                event.preventDefault();
                event.stopPropagation();
                onCitation(citation.key, event.altKey);
              }}
            >
              {seg.text}
            </a>
          );
        }
        return (
          <mark key={seg.start} {...annotation} className={classes}>
            {seg.text}
          </mark>
        );
      })}
    </span>
  );
}

/** Style, data and handlers of a run covered by annotations; the run where an annotation starts is a focus stop. */
function annotationProps(seg: TextSegment, events: AnnotationEvents | undefined, isLink: boolean): HTMLAttributes<HTMLElement> {
  const marks = seg.marks.filter((m) => m.kind === ANNOTATION_KIND) as MarkRange<AnnotationMark>[];
  if (marks.length === 0) return {};
  const ids = marks.map((m) => m.data!.id);
  const starting = marks.find((m) => m.start === seg.start)?.data?.id;
  const props: HTMLAttributes<HTMLElement> & Record<`data-${string}`, string> = {
    style: annotationLayers(marks.map((m) => m.data!.color)),
    'data-annotations': ids.join(' '),
  };
  if (!events) return props;
  const show = (event: FocusEvent<HTMLElement>) => events.onShow(ids, event.currentTarget);
  Object.assign(props, {
    // Not while a button is held: the person is selecting text, and a card under the pointer would catch the selection.
    onMouseEnter: (event: MouseEvent<HTMLElement>) => event.buttons === 0 && events.onShow(ids, event.currentTarget),
    onMouseLeave: () => events.onHide(),
    onFocus: show,
    onBlur: () => events.onHide(),
  });
  if (starting && !isLink) {
    Object.assign(props, {
      tabIndex: 0,
      role: 'button',
      'aria-describedby': events.describedBy,
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          events.onOpen(starting);
        } else if (event.key === 'Escape') {
          events.onHide();
        }
      },
    });
  }
  return props;
}

/** Marks for [start, end) pairs of one kind. */
export function rangesToMarks(ranges: readonly (readonly [number, number])[], kind: string): MarkRange[] {
  return ranges.map(([start, end]) => ({ start, end, kind }));
}
