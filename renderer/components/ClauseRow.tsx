// One clause in the reader: short label, heading or reading text with citation links and annotation highlights, tools when selected.
import { memo, useMemo } from 'react';
import type { CitationDto, ClauseSummary } from '../../shared/core/api/dto.js';
import { useApp, useAppStore } from '../state/store-context.js';
import type { Side } from '../state/panes-slice.js';
import type { MarkRange } from '../text/highlight-segments.js';
import { shortLabel } from '../text/label-prefix.js';
import { sharedWords } from '../text/shared-words.js';
import { annotateSelection } from '../commands/annotate.js';
import type { AnnotationMark } from '../text/annotation-marks.js';
import { CLAUSE_TEXT_ATTR } from '../text/selection-targets.js';
import { ClauseText, rangesToMarks, type AnnotationEvents } from './ClauseText.js';
import { ClauseLinks } from './ClauseLinks.js';
import { CopyCitationButton } from './CopyCitationButton.js';
import { AddLinkButton } from './AddLinkDialog.js';
import { altTarget } from './AppLink.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { provisionKeyOfPath } from '../../shared/core/citations/statute-paths.js';
import { readyData } from '../state/api-cache-slice.js';
import { pageLabel, showPage } from '../commands/show-page.js';

export interface ClauseRowProps {
  side: Side;
  clause: ClauseSummary;
  labelPrefix: string;
  citations: CitationDto[] | undefined;
  selected: boolean;
  compareText: string | null;
  /** Highlights of the annotations anchored in this clause. */
  annotations: MarkRange<AnnotationMark>[] | undefined;
  annotationEvents: AnnotationEvents;
}

const HEADING_KINDS = new Set(['title', 'heading', 'article']);
const MAX_INDENT_LEVEL = 6;

export const ClauseRow = memo(function ClauseRow({
  side,
  clause,
  labelPrefix,
  citations,
  selected,
  compareText,
  annotations,
  annotationEvents,
}: ClauseRowProps) {
  const store = useAppStore();
  const selectClause = useApp((s) => s.selectClause);
  const openView = useApp((s) => s.openView);
  const compareShared = useApp((s) => s.compareShared);
  const isHeading = HEADING_KINDS.has(clause.kind);
  const instrument = useApp((s) => readyData(s, 'listDocuments', {})?.find((d) => d.id === clause.doc)?.instrument ?? null);
  const provisionKey = instrument ? (provisionKeyOfPath(instrument, clause.path) ?? null) : null;
  const fromPdf = useApp((s) => readyData(s, 'listDocuments', {})?.find((d) => d.id === clause.doc)?.pdf === true) && clause.page !== null;

  const marks = useMemo(() => {
    const out: MarkRange[] = (citations ?? []).map((c) => ({ start: c.start, end: c.end, kind: 'citation', data: { key: c.key } }));
    if (selected && compareShared && compareText) out.push(...rangesToMarks(sharedWords(clause.text, compareText).left, 'shared'));
    if (annotations) out.push(...annotations);
    return out;
  }, [citations, selected, compareShared, compareText, clause.text, annotations]);

  const indent = Math.min(clause.level, MAX_INDENT_LEVEL);
  const classes = ['clause', `clause-${clause.kind}`, isHeading ? 'clause-heading' : 'clause-body', selected ? 'clause-selected' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={classes}
      id={`clause-${side}-${clause.id}`}
      role="listitem"
      aria-current={selected ? 'true' : undefined}
      data-clause={clause.id}
      style={{ paddingLeft: `calc(var(--clause-pad) + ${indent * 1.25}rem)` }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a, button')) return;
        if (window.getSelection()?.toString()) return; // the user is selecting text to copy
        selectClause(side, selected ? null : clause.id);
      }}
    >
      <div className="clause-label">
        {shortLabel(clause.label, labelPrefix)}
        {fromPdf ? <span className="clause-page"> · {pageLabel(clause.page, clause.pages)}</span> : null}
      </div>
      <ClauseText
        className="clause-text"
        text={clause.text}
        marks={marks}
        onCitation={(key, alt) => openView({ type: 'provision', key }, altTarget('other', alt))}
        annotationEvents={annotationEvents}
        dataAttributes={{ [CLAUSE_TEXT_ATTR]: clause.id }}
      />
      {selected ? (
        <div className="clause-tools">
          <div className="toolbar">
            <CopyCitationButton subject={{ clauses: [clause.id] }} />
            <button type="button" className="button button-small" title="Annotate the selected text, or the whole clause (A)" onClick={() => annotateSelection(store)}>
              Annotate
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => openView({ type: 'trace', clause: clause.id }, 'other')}
            >
              Trace provisions
            </button>
            {fromPdf ? (
              <button type="button" className="button button-small" title="The original page beside the clause (Alt+P)" onClick={() => showPage(store, clause.id)}>
                Show page {clause.page}
              </button>
            ) : null}
            <AddLinkButton clause={clause.id} clauseLabel={clause.label} />
            {provisionKey ? (
              <button type="button" className="button button-small" onClick={() => openView({ type: 'provision', key: provisionKey }, 'other')}>
                Provision page: {describeProvision(provisionKey)}
              </button>
            ) : null}
          </div>
          <ClauseLinks clause={clause.id} provisionKey={provisionKey} />
        </div>
      ) : null}
    </div>
  );
});
