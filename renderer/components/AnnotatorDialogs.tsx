// The one open annotator dialog, if any: annotate, edit, bulk tag, settings or an import's report.
import { useApp } from '../state/store-context.js';
import { AnnotationDialog } from './AnnotationDialog.js';
import { BulkTagDialog } from './BulkTagDialog.js';
import { ImportReportDialog } from './ImportReportDialog.js';
import { SettingsDialog } from './SettingsDialog.js';

export function AnnotatorDialogs() {
  const dialog = useApp((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'annotate':
      return <AnnotationDialog mode="annotate" targets={dialog.targets} quote={dialog.quote} />;
    case 'edit':
      return <AnnotationDialog key={dialog.annotation.id} mode="edit" annotation={dialog.annotation} />;
    case 'bulk':
      return <BulkTagDialog scope={dialog.scope} title={dialog.title} />;
    case 'settings':
      return <SettingsDialog />;
    case 'import-report':
      return <ImportReportDialog fileName={dialog.fileName} report={dialog.report} />;
  }
}
