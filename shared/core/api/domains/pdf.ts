// The PDF domain of the API: a PDF document's own bytes (kept in the store) and where a clause stands on its pages.
import { z } from '../../zod-config.js';
import type { PageRegion } from '../../model.js';
import { id } from './common.js';

export const PDF_ARGS = {
  getDocumentPdf: z.object({ id }).strict(),
  getClauseRegions: z.object({ id }).strict(),
} as const;

type Args<M extends keyof typeof PDF_ARGS> = z.infer<(typeof PDF_ARGS)[M]>;

/** A PDF document's original file, as imported. */
export interface DocumentPdf {
  id: string;
  fileName: string;
  /** Its size in bytes. */
  size: number;
  /** The bytes, base64-encoded. */
  data: string;
}

/** Where a clause of a PDF stands: its first and last page and its rectangles per page, in PDF user space. */
export interface ClauseRegionsDto {
  clause: string;
  doc: string;
  page: number;
  pageEnd: number;
  regions: PageRegion[];
}

export interface PdfApi {
  /** The PDF a document was imported from; not_found for documents that are not PDFs. */
  getDocumentPdf(args: Args<'getDocumentPdf'>): Promise<DocumentPdf>;
  /** A clause's page range and regions; not_found for clauses of documents that are not PDFs. */
  getClauseRegions(args: Args<'getClauseRegions'>): Promise<ClauseRegionsDto>;
}
