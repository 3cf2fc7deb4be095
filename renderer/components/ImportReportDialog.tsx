// What an annotation import did: added, updated, unchanged, orphaned and refused, with the reason for each refusal.
import type { AnnotationImportReport } from '../../shared/core/api/annotation-dto.js';
import { useApp } from '../state/store-context.js';
import { Dialog } from './Dialog.js';

export function ImportReportDialog({ fileName, report }: { fileName: string; report: AnnotationImportReport }) {
  const closeDialog = useApp((s) => s.closeDialog);
  const rows: [string, number][] = [
    ['Added', report.added],
    ['Updated', report.updated],
    ['Unchanged', report.unchanged],
    ['Orphaned (text not found today)', report.orphaned],
    ['Refused', report.refused],
  ];
  return (
    <Dialog title={`Imported ${fileName}`} onClose={closeDialog} className="import-report">
      <dl className="report-counts">
        {rows.map(([label, n]) => (
          <div key={label} className="report-row">
            <dt>{label}</dt>
            <dd>{n.toLocaleString('en')}</dd>
          </div>
        ))}
      </dl>
      {report.messages.length ? (
        <ul className="report-messages" aria-label="Refused items">
          {report.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
      <footer className="dialog-actions">
        <span className="dialog-actions-end">
          <button type="button" className="button button-primary" data-autofocus="" onClick={closeDialog}>
            Close
          </button>
        </span>
      </footer>
    </Dialog>
  );
}
