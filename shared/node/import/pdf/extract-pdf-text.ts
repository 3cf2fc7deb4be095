// Runs pdf.js on a PDF's bytes in a worker thread with a hard time limit and a heap limit; returns each page's text items.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../import-error.js';
import type { PdfPageText, PdfTextItem } from './pdf-types.js';

/** Limits of one PDF's reading. */
export interface PdfReadLimits {
  /** The worker is terminated after this long and nothing is imported. */
  timeLimitMs: number;
  /** The worker's JavaScript heap (pdf.js's objects); a PDF needing more is refused. */
  heapMb: number;
  /** Documents with more pages are refused before any page is read. */
  maxPages: number;
}

export const PDF_LIMITS: PdfReadLimits = { timeLimitMs: 60_000, heapMb: 512, maxPages: 5000 };

export interface PdfExtraction {
  pageCount: number;
  /** The Title of the document information dictionary, when it has one. */
  title: string | null;
  /** The Producer of the document information dictionary ("Skia/PDF m120"). */
  producer: string | null;
  pages: PdfPageText[];
  /** Pages pdf.js could not read (damaged page objects), with its message. */
  failedPages: { number: number; message: string }[];
}

type WorkerMessage =
  | { type: 'document'; pages: number; title: string | null; producer: string | null }
  | { type: 'page'; page: WirePage }
  | { type: 'page-error'; number: number; message: string }
  | { type: 'refused'; reason: 'password' | 'damaged' | 'too-many-pages'; message: string }
  | { type: 'done' };

interface WirePage {
  number: number;
  width: number;
  height: number;
  toPdf: number[];
  items: [string, number, number, number, number, number][];
  fonts: { family: string; ascent: number; descent: number }[];
  rotated: number;
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')).replace(/([/\\])app\.asar([/\\])/, '$1app.asar.unpacked$2');
/** pdf.js's own standard fonts (the 14 base fonts, Cyrillic included) and CMaps, read from disk: never fetched. */
export const PDFJS_FONTS_DIR = `${join(pdfjsRoot, 'standard_fonts')}/`;
export const PDFJS_CMAPS_DIR = `${join(pdfjsRoot, 'cmaps')}/`;
/** The worker's file; in a packaged app it is unpacked beside the asar archive (electron-builder.yml), as are pdf.js's files. */
const WORKER_URL = new URL(new URL('./pdf-text-worker.mjs', import.meta.url).href.replace('/app.asar/', '/app.asar.unpacked/'));

/** Reads a PDF's text items page by page; refusals are ImportErrors naming `file` and the reason. */
export function extractPdfText(bytes: Uint8Array, file: string, limits: PdfReadLimits = PDF_LIMITS): Promise<PdfExtraction> {
  return new Promise((resolve, reject) => {
    const copy = new Uint8Array(bytes); // transferred to the worker; the caller keeps its bytes
    const worker = new Worker(WORKER_URL, {
      workerData: { bytes: copy, fontsDir: PDFJS_FONTS_DIR, cmapsDir: PDFJS_CMAPS_DIR, maxPages: limits.maxPages },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.min(64, limits.heapMb / 4) },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume(); // pdf.js's console output is not the CLI's
    worker.stderr.resume();
    const result: PdfExtraction = { pageCount: 0, title: null, producer: null, pages: [], failedPages: [] };
    let settled = false;
    const finish = (error: ImportError | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(result);
    };
    const timer = setTimeout(
      () => finish(new ImportError(file, `reading the PDF took longer than ${limits.timeLimitMs / 1000} s and was stopped; nothing was imported`)),
      limits.timeLimitMs,
    );
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'document':
          result.pageCount = message.pages;
          result.title = message.title;
          result.producer = message.producer;
          return;
        case 'page':
          result.pages.push(fromWire(message.page));
          return;
        case 'page-error':
          result.failedPages.push({ number: message.number, message: message.message });
          return;
        case 'refused':
          return finish(new ImportError(file, refusal(message.reason, message.message, limits)));
        case 'done':
          return finish(null);
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(new ImportError(file, `reading the PDF needs more than ${limits.heapMb} MB of memory and was stopped; nothing was imported`));
      } else {
        finish(new ImportError(file, `the PDF could not be read (${err.message})`));
      }
    });
    worker.on('exit', (code) => {
      if (!settled) finish(new ImportError(file, `the PDF reader stopped unexpectedly (exit code ${code}); nothing was imported`));
    });
  });
}

function refusal(reason: 'password' | 'damaged' | 'too-many-pages', message: string, limits: PdfReadLimits): string {
  switch (reason) {
    case 'password':
      return 'the PDF is password-protected; remove the password (print it to a new PDF) and import that';
    case 'too-many-pages':
      return `the PDF has too many pages (${message}; the limit is ${limits.maxPages})`;
    case 'damaged':
      return `the PDF is damaged beyond repair or is not a PDF (${message})`;
  }
}

function fromWire(page: WirePage): PdfPageText {
  const items: PdfTextItem[] = page.items.map(([str, x, y, w, size, font]) => {
    const f = page.fonts[font]!;
    return { str, x, y, w, size, font, ascent: f.ascent, descent: f.descent, family: f.family };
  });
  const m = page.toPdf;
  return {
    number: page.number,
    width: page.width,
    height: page.height,
    toPdf: [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!],
    items,
    rotated: page.rotated,
  };
}
