// Worker thread: opens one PDF with pdf.js (legacy build, no eval, fonts and CMaps from pdfjs-dist's own folders)
// and posts each page's text items with their positions. Plain JavaScript so it runs as is from the sources and dist.
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ bytes: Uint8Array, fontsDir: string, cmapsDir: string, maxPages: number }} Input */

/** Items are posted as compact rows: [text, x, baseline y, width, font size, font index] in top-left page units. */
async function main() {
  /** @type {Input} */
  const input = workerData;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: input.bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
      standardFontDataUrl: input.fontsDir,
      cMapUrl: input.cmapsDir,
      cMapPacked: true,
    }).promise;
  } catch (err) {
    parentPort.postMessage({ type: 'refused', reason: classify(err), message: messageOf(err) });
    return;
  }
  let title = null;
  let producer = null;
  try {
    const meta = await doc.getMetadata();
    const info = meta && meta.info;
    if (info && typeof info.Title === 'string') title = info.Title;
    if (info && typeof info.Producer === 'string') producer = info.Producer;
  } catch {
    // metadata is optional
  }
  parentPort.postMessage({ type: 'document', pages: doc.numPages, title, producer });
  if (doc.numPages > input.maxPages) {
    parentPort.postMessage({ type: 'refused', reason: 'too-many-pages', message: `${doc.numPages} pages` });
    return;
  }
  for (let n = 1; n <= doc.numPages; n++) {
    try {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      const fonts = [];
      const fontIndex = new Map();
      const items = [];
      let rotated = 0;
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str.length === 0) continue;
        const m = pdfjs.Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(m[2], m[3]);
        // Horizontal text reading left to right on the page as shown; anything else is counted, not laid out.
        if (Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || m[0] <= 0 || size <= 0) {
          if (item.str.trim()) rotated++;
          continue;
        }
        let f = fontIndex.get(item.fontName);
        if (f === undefined) {
          const style = content.styles[item.fontName] || {};
          f = fonts.length;
          fonts.push({ family: style.fontFamily || '', ascent: style.ascent || 0.8, descent: style.descent || -0.2 });
          fontIndex.set(item.fontName, f);
        }
        const scaleX = Math.hypot(m[0], m[1]) / Math.hypot(item.transform[0], item.transform[1]) || 1;
        items.push([item.str, round(m[4]), round(m[5]), round(item.width * scaleX), round(size), f]);
      }
      parentPort.postMessage({
        type: 'page',
        page: { number: n, width: round(viewport.width), height: round(viewport.height), toPdf: invert(viewport.transform), items, fonts, rotated },
      });
      page.cleanup();
    } catch (err) {
      parentPort.postMessage({ type: 'page-error', number: n, message: messageOf(err) });
    }
  }
  await doc.destroy();
  parentPort.postMessage({ type: 'done' });
}

function round(n) {
  return Math.round(n * 100) / 100;
}

/** The inverse of an affine transform [a, b, c, d, e, f]: page units back to PDF user space. */
function invert(m) {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c || 1;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det].map((x) => Math.round(x * 1e6) / 1e6);
}

function classify(err) {
  const name = err && err.name;
  if (name === 'PasswordException') return 'password';
  return 'damaged';
}

function messageOf(err) {
  return String((err && err.message) || err).slice(0, 300);
}

main().catch((err) => parentPort.postMessage({ type: 'refused', reason: 'damaged', message: messageOf(err) }));
