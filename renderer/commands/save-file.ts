// Saves an export the API produced (CSV, XLSX, DOCX, HTML) as a download: text as UTF-8, binary from base64.
import type { ExportFile } from '../../shared/core/api/review-dto.js';

/** The file's bytes: UTF-8 text, or the decoded base64 content. */
export function exportBytes(file: ExportFile): Uint8Array {
  if (file.encoding === 'utf8') return new TextEncoder().encode(file.content);
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands the file to the browser's download (the web host), or Electron's, which saves it in the Downloads folder.
 * TODO(electron): a native "Save as…" through the main process (dialog.showSaveDialog) would let the user choose where.
 */
export function saveFile(file: ExportFile): void {
  const bytes = exportBytes(file);
  const blob = new Blob([bytes.buffer as ArrayBuffer], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.className = 'offscreen';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has read the blob by the next tasks; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
