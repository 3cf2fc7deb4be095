// The shapes PDF reading passes between its steps: pdf.js text items per page, laid-out lines, and where text sits on a page.

/** One run of text as pdf.js places it, in page units with the origin at the top left (y grows downwards). */
export interface PdfTextItem {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  /** Advance width and font size. */
  w: number;
  size: number;
  /** Font index within the page (same index, same font). */
  font: number;
  /** The font's ascent and descent in em (descent negative). */
  ascent: number;
  descent: number;
  family: string;
}

export interface PdfPageText {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  /** Affine transform from these page units back to PDF user space (what pdf.js's viewport converts from). */
  toPdf: [number, number, number, number, number, number];
  items: PdfTextItem[];
  /** Items of rotated or vertical text, which are not laid out. */
  rotated: number;
}

/** A rectangle [x0, y0, x1, y1]. */
export type Rect = [number, number, number, number];

/** Where a run of the reconstructed text sits: characters [o, o + len) of the original drawn in `rect` on `page`. */
export interface TextPlacement {
  o: number;
  len: number;
  page: number;
  /** In top-left page units. */
  rect: Rect;
}

/** A clause's place in the PDF: its page range and one rectangle per line, in PDF user space, by page. */
export interface PdfRegions {
  page: number;
  pageEnd: number;
  regions: { page: number; rects: Rect[] }[];
}
