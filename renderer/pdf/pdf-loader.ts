// Opens a document's PDF with pdf.js in the renderer: the worker, standard fonts and CMaps are the app's own files
// (bundled from pdfjs-dist, served from 'self'), nothing is evaluated from strings, and the bytes come from the store.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import type { ExplorerApi } from '../../shared/core/api/contract.js';

GlobalWorkerOptions.workerSrc = new URL('../../node_modules/pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;

/** pdf.js asks for a CMap or a standard font by file name; each is one of the app's own files. */
class AppBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url =
      kind === 'cMapUrl'
        ? new URL(`../../node_modules/pdfjs-dist/cmaps/${filename}`, import.meta.url)
        : kind === 'standardFontDataUrl'
          ? new URL(`../../node_modules/pdfjs-dist/standard_fonts/${filename}`, import.meta.url)
          : null;
    if (!url) throw new Error(`pdf.js asked for ${kind} ${filename}, which the app does not ship`);
    const response = await fetch(url.href);
    if (!response.ok) throw new Error(`${filename}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

const open = new Map<string, Promise<PDFDocumentProxy>>();
/** Documents kept open at once (the two panes and one more). */
const KEEP = 3;

/** The document's PDF, opened once and kept among the last few. */
export function openDocumentPdf(api: ExplorerApi, doc: string): Promise<PDFDocumentProxy> {
  const known = open.get(doc);
  if (known) {
    open.delete(doc);
    open.set(doc, known);
    return known;
  }
  const loading = api.getDocumentPdf({ id: doc }).then(
    ({ data }) =>
      getDocument({
        data: fromBase64(data),
        isEvalSupported: false,
        useWorkerFetch: false,
        BinaryDataFactory: AppBinaryData,
        cMapUrl: 'app/',
        cMapPacked: true,
        standardFontDataUrl: 'app/',
        enableXfa: false,
        verbosity: 0,
      }).promise,
  );
  loading.catch(() => open.delete(doc));
  open.set(doc, loading);
  while (open.size > KEEP) {
    const [oldest, doomed] = open.entries().next().value as [string, Promise<PDFDocumentProxy>];
    open.delete(oldest);
    void doomed.then((pdf) => pdf.destroy()).catch(() => {});
  }
  return loading;
}

/** Forgets a document's PDF (after it was removed or imported again). */
export function forgetDocumentPdf(doc: string): void {
  const known = open.get(doc);
  open.delete(doc);
  void known?.then((pdf) => pdf.destroy()).catch(() => {});
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
