// The trace report's print preview: the server's self-contained HTML report (with the matrix's filters) shown in a
// frame of its own, printed from there (the browser's print dialog: "Save as PDF" in the web host), or downloaded
// as DOCX or HTML.
//
// TODO(electron): in the desktop app print() opens Electron's print dialog; a "Save as PDF" button could instead ask
// the main process (a new IPC channel beside explorer:*) to run webContents.printToPDF on a hidden window holding the
// same HTML and save the result with dialog.showSaveDialog. Not wired here: electron/ is outside the renderer.
import { useEffect, useRef, useState } from 'react';
import { toUiError } from '../api/ui-error.js';
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { matrixArgs } from '../state/review-slice.js';
import { saveFile } from '../commands/save-file.js';
import { showToast } from '../commands/toast.js';
import { showReport } from '../text/report-document.js';
import { useApi } from './api-context.js';
import { LoadableView } from './LoadableView.js';
import '../styles/review.css';

export function ReportView() {
  const api = useApi();
  const filters = useApp((s) => s.matrixFilters);
  const openView = useApp((s) => s.openView);
  const args = matrixArgs(filters);
  const report = useQuery('exportTraceReport', { format: 'html', ...args });
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [busy, setBusy] = useState(false);

  const downloadDocx = async () => {
    setBusy(true);
    try {
      const file = await api.exportTraceReport({ format: 'docx', ...args });
      saveFile(file);
      showToast(`Saved ${file.fileName}.`);
    } catch (err) {
      showToast(`Could not export: ${toUiError(err).message}`);
    } finally {
      setBusy(false);
    }
  };

  const ready = report?.status === 'ready' ? report.data : null;
  return (
    <div className="report-view">
      <div className="report-toolbar">
        <h1 className="matrix-title">Trace report</h1>
        <span className="report-note">
          {filters.instruments.length || filters.statuses.length ? 'With the matrix’s filters.' : 'Every commitment, links confirmed, by hand and proposed.'}
        </span>
        <span className="toolbar">
          <button type="button" className="button button-small button-primary" disabled={!ready} onClick={() => frameRef.current?.contentWindow?.print()}>
            Print…
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => void downloadDocx()}>
            Download DOCX
          </button>
          <button type="button" className="button button-small" disabled={!ready} onClick={() => ready && saveFile(ready)}>
            Download HTML
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => openView({ type: 'matrix' })}>
            Matrix
          </button>
        </span>
      </div>
      <LoadableView value={report} what="the trace report">
        {(file) => <ReportFrame html={file.content} frameRef={frameRef} />}
      </LoadableView>
    </div>
  );
}

function ReportFrame({ html, frameRef }: { html: string; frameRef: React.RefObject<HTMLIFrameElement | null> }) {
  useEffect(() => {
    const frame = frameRef.current;
    if (frame) showReport(frame, html);
  }, [html, frameRef]);
  return <iframe ref={frameRef} className="report-frame" title="Trace report preview" />;
}
