// The original page of a PDF document beside its clause: pdf.js draws the page (canvas) and its text layer (selectable),
// the clause's regions are highlighted and scrolled into view; zoom, fit width, previous and next page; selecting words
// on the page finds the clause they belong to.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { toUiError } from '../api/ui-error.js';
import { openDocumentPdf } from '../pdf/pdf-loader.js';
import { clauseOfSelection, highlightBoxes, type Box } from '../pdf/page-regions.js';
import { useQueryData } from '../state/use-query.js';
import { useApi } from './api-context.js';
import { ErrorNotice, Loading } from './StatusNotice.js';

export interface PdfPageViewProps {
  doc: string;
  /** The page to show first (the clause's first page when a clause is given). */
  page: number;
  /** The clause whose regions are highlighted, if any. */
  clause: string | null;
  /** Opens a clause (found from a selection on the page) in the other pane. */
  onFindClause?(clause: string): void;
}

const ZOOM_STEP = 1.25;
const MIN_SCALE = 0.25;
const MAX_SCALE = 6;

export function PdfPageView({ doc, page: firstPage, clause, onFindClause }: PdfPageViewProps) {
  const api = useApi();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [page, setPage] = useState(firstPage);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const regions = useQueryData('getClauseRegions', clause ? { id: clause } : null);
  const clauses = useQueryData('listClauses', { doc });
  const [width, setWidth] = useState(0);
  /** The scale the page is drawn at (what "fit width" came to), for zooming from it. */
  const scaleNow = useRef(1);

  useEffect(() => setPage(firstPage), [firstPage, clause]);

  useEffect(() => {
    let live = true;
    setPdf(null);
    setError(null);
    openDocumentPdf(api, doc).then(
      (opened) => live && setPdf(opened),
      (err: unknown) => live && setError(err instanceof Error ? err : new Error(String(err))),
    );
    return () => {
      live = false;
    };
  }, [api, doc]);

  // The width the page fits into follows the pane's.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const pageCount = pdf?.numPages ?? 0;
  const shown = Math.min(Math.max(1, page), Math.max(1, pageCount));

  useEffect(() => {
    if (!pdf || width === 0) return;
    let task: RenderTask | null = null;
    let text: TextLayer | null = null;
    let live = true;
    void (async () => {
      const p = await pdf.getPage(shown);
      if (!live) return;
      const base = p.getViewport({ scale: 1 });
      const scale = zoom === 'fit' ? Math.max(MIN_SCALE, (width - 24) / base.width) : zoom;
      scaleNow.current = scale;
      const viewport = p.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      const c = canvas.current;
      const layer = textLayer.current;
      if (!c || !layer) return;
      c.width = Math.floor(viewport.width * ratio);
      c.height = Math.floor(viewport.height * ratio);
      c.style.width = `${viewport.width}px`;
      c.style.height = `${viewport.height}px`;
      setSize({ width: viewport.width, height: viewport.height });
      layer.replaceChildren();
      layer.style.setProperty('--scale-factor', String(scale));
      layer.style.setProperty('--total-scale-factor', String(scale));
      task = p.render({ canvas: c, canvasContext: c.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      text = new TextLayer({ textContentSource: p.streamTextContent(), container: layer, viewport });
      setBoxes(regions ? highlightBoxes(regions.regions, shown, (r) => viewport.convertToViewportRectangle(r)) : []);
      await Promise.all([task.promise, text.render()]);
    })().catch((err: unknown) => {
      if (live && (err as Error)?.name !== 'RenderingCancelledException') setError(err instanceof Error ? err : new Error(String(err)));
    });
    return () => {
      live = false;
      task?.cancel();
      text?.cancel();
    };
  }, [pdf, shown, zoom, width, regions]);

  // The clause's first region comes into view once drawn.
  useEffect(() => {
    const first = scroller.current?.querySelector('.pdf-highlight');
    first?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [boxes]);

  const zoomBy = (factor: number) => setZoom(Math.min(MAX_SCALE, Math.max(MIN_SCALE, scaleNow.current * factor)));

  const findClause = () => {
    const selected = window.getSelection()?.toString() ?? '';
    if (!clauses || !onFindClause) return;
    const found = clauseOfSelection(selected, clauses, shown);
    if (found) onFindClause(found.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') zoomBy(ZOOM_STEP);
    else if (e.key === '-') zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') setZoom('fit');
    else if (e.key === 'PageDown' || e.key === ']') setPage((p) => Math.min(pageCount, p + 1));
    else if (e.key === 'PageUp' || e.key === '[') setPage((p) => Math.max(1, p - 1));
    else return;
    e.preventDefault();
  };

  if (error) return <ErrorNotice error={toUiError(error)} what="the PDF page" hint="The document's PDF is kept in the library; import the file again if it was removed." />;
  const onThisPage = regions && shown >= regions.page && shown <= regions.pageEnd;
  return (
    <div className="pdf-view" onKeyDown={onKeyDown}>
      <div className="pdf-toolbar" role="toolbar" aria-label="Page">
        <button type="button" className="button button-small" onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={shown <= 1} title="Previous page (PageUp)">
          ‹ Previous
        </button>
        <span className="pdf-page-number" aria-live="polite">
          Page {shown} of {pageCount || '…'}
        </span>
        <button type="button" className="button button-small" onClick={() => setPage((p) => Math.min(pageCount, p + 1))} disabled={!pageCount || shown >= pageCount} title="Next page (PageDown)">
          Next ›
        </button>
        <span className="toolbar-gap" />
        <button type="button" className="button button-small" onClick={() => zoomBy(1 / ZOOM_STEP)} title="Zoom out (-)" aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button button-small" onClick={() => zoomBy(ZOOM_STEP)} title="Zoom in (+)" aria-label="Zoom in">
          +
        </button>
        <button type="button" className="button button-small" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')} title="Fit the page to the pane's width (0)">
          Fit width
        </button>
        {regions && !onThisPage ? (
          <button type="button" className="button button-small" onClick={() => setPage(regions.page)}>
            Back to the clause (p. {regions.page})
          </button>
        ) : null}
      </div>
      <div className="pdf-scroll" ref={scroller} tabIndex={0} aria-label={`Page ${shown} of the original PDF`}>
        {!pdf ? <Loading what="the PDF page" /> : null}
        <div className="pdf-page" style={size ? { width: size.width, height: size.height } : { visibility: 'hidden' }}>
          <canvas ref={canvas} className="pdf-canvas" aria-hidden="true" />
          <div className="pdf-highlights" aria-hidden="true">
            {boxes.map((b, i) => (
              <div key={i} className="pdf-highlight" style={{ left: b.left, top: b.top, width: b.width, height: b.height }} />
            ))}
          </div>
          <div className="textLayer" ref={textLayer} onMouseUp={findClause} />
        </div>
      </div>
    </div>
  );
}
