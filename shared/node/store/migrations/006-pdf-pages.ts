// Migration 6: PDF documents — each clause's last page and its regions on the page(s), and the PDF's own bytes.
import type { Migration } from './index.js';

/**
 * `clauses.page_end` is the last page a clause reaches when it spans pages (`page` is the first); `clauses.regions`
 * holds its rectangles per page in PDF user space (JSON `[{page, rects: [[x0, y0, x1, y1], ...]}]`). Both are derived.
 * `document_files` keeps the bytes of a document's original file where the text alone cannot show it (a PDF's pages),
 * so the page view works after the file was moved or deleted; it goes with its document.
 */
export const pdfPagesSchema: Migration = {
  version: 6,
  name: 'PDF pages: clause page ranges and regions, the original PDF bytes',
  up: (db) => {
    db.exec(`
      ALTER TABLE clauses ADD COLUMN page_end INTEGER;
      ALTER TABLE clauses ADD COLUMN regions TEXT;
      CREATE TABLE document_files (
        doc_id     TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        media_type TEXT NOT NULL,
        bytes      BLOB NOT NULL
      );
    `);
  },
};
