// Reads HTML (pravo.gov.ru statutes or any web page) into visible text lines, each character mapped back to the markup.
import { Parser } from 'htmlparser2';
import type { SourceLine } from '../../core/model.js';
import { MappedTextBuilder } from '../../core/text/mapped-text.js';

export interface HtmlReadResult {
  lines: SourceLine[];
  /** The first <h1>, else the <title>, when they have text. */
  title?: string;
  /** True for pravo.gov.ru statute markup: `<p class="H">Статья N. ...</p>` headings. */
  looksLikePravoStatute: boolean;
}

/** Elements whose whole content is invisible or page furniture, never document text. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'svg', 'math', 'iframe', 'object',
  'canvas', 'select', 'button', 'datalist', 'dialog',
]);
/** Page banners and footers; kept when inside an <article> or <main>, where they carry the article's own heading. */
const PAGE_FURNITURE = new Set(['header', 'footer']);
/** Elements that start and end a line. */
const BLOCKS = new Set([
  'html', 'body', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'td', 'th', 'tr',
  'table', 'thead', 'tbody', 'tfoot', 'caption', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer',
  'address', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'details', 'summary', 'center', 'hr', 'br', 'hgroup',
]);
/** Decoded characters that are invisible and dropped (soft hyphen, zero-width space and joiners, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE_RUN = /[\s\u00a0]+/g;

interface Frame {
  name: string;
  skip: boolean;
  block: boolean;
  className?: string;
  /** A superscript (<sup>, pravo's span.W9): digits right after a digit read as ".N". */
  superscript: boolean;
}

interface LineDraft {
  line: SourceLine;
  tag: string;
  className?: string;
}

/** Collects the text of one line, collapsing whitespace and remembering each character's offset. */
class LineCollector {
  private builder = new MappedTextBuilder();
  private pendingSpace: { origin: number; verbatim: boolean } | null = null;
  private lastChar = '';

  get isEmpty(): boolean {
    return this.builder.size === 0;
  }

  endsWithDigit(): boolean {
    return this.lastChar >= '0' && this.lastChar <= '9';
  }

  /** Text copied verbatim from the markup starting at `origin`. */
  addVerbatim(text: string, origin: number): void {
    let at = 0;
    WHITESPACE_RUN.lastIndex = 0;
    for (let m = WHITESPACE_RUN.exec(text); m; m = WHITESPACE_RUN.exec(text)) {
      if (m.index > at) this.addWord(text.slice(at, m.index), origin + at, false);
      this.space(origin + m.index, m[0][0] === ' ');
      at = m.index + m[0].length;
    }
    if (at < text.length) this.addWord(text.slice(at), origin + at, false);
  }

  /** A decoded entity (or inserted character) anchored at `origin`, the entity's first character. */
  addSynthetic(text: string, origin: number): void {
    const visible = text.replace(INVISIBLE, '');
    if (visible.length === 0) return;
    if (/^[\s\u00a0]+$/.test(visible)) this.space(origin, false);
    else this.addWord(visible, origin, true);
  }

  private space(origin: number, verbatim: boolean): void {
    if (this.builder.size > 0 && !this.pendingSpace) this.pendingSpace = { origin, verbatim };
  }

  private addWord(word: string, origin: number, synthetic: boolean): void {
    if (this.pendingSpace) {
      const { origin: at, verbatim } = this.pendingSpace;
      if (verbatim) this.builder.append(' ', at);
      else this.builder.appendSynthetic(' ', at);
      this.pendingSpace = null;
    }
    if (synthetic) this.builder.appendSynthetic(word, origin);
    else this.builder.append(word, origin);
    this.lastChar = word[word.length - 1] ?? '';
  }

  take(): SourceLine | null {
    const built = this.builder.build();
    this.builder = new MappedTextBuilder();
    this.pendingSpace = null;
    this.lastChar = '';
    return built.text.length > 0 ? { text: built.text, map: built.map } : null;
  }
}

/** Reads the visible text of an HTML document as lines; every verbatim character maps to its offset in `html`. */
export function readHtmlLines(html: string): HtmlReadResult {
  const drafts: LineDraft[] = [];
  const stack: Frame[] = [];
  const collector = new LineCollector();
  let skipDepth = 0;
  let inTitle = false;
  let pageTitle = '';
  let firstH1: string | undefined;
  let superscriptStart = -1;

  const lineOwner = (): Frame | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const frame = stack[i]!;
      if (frame.block && frame.name !== 'br' && frame.name !== 'hr') return frame;
    }
    return undefined;
  };
  const flush = (): void => {
    const owner = lineOwner();
    const line = collector.take();
    if (!line) return;
    drafts.push({ line, tag: owner?.name ?? 'body', className: owner?.className });
    if (owner?.name === 'h1' && firstH1 === undefined) firstH1 = line.text;
  };
  const insideContent = (): boolean => stack.some((f) => f.name === 'article' || f.name === 'main');

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') inTitle = true;
        const skip = SKIPPED.has(name) || 'hidden' in attribs || (PAGE_FURNITURE.has(name) && !insideContent());
        const className = attribs.class?.trim().split(/\s+/)[0] || undefined;
        const superscript = name === 'sup' || (name === 'span' && className === 'W9');
        const frame: Frame = { name, skip, block: BLOCKS.has(name), className, superscript };
        if (frame.block && skipDepth === 0) flush();
        if (skip) skipDepth++;
        if (superscript) superscriptStart = parser.startIndex;
        stack.push(frame);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const frame = stack[stack.length - 1];
        if (!frame) return;
        if (frame.block && skipDepth === 0) flush();
        stack.pop();
        if (frame.skip) skipDepth--;
        if (frame.superscript) superscriptStart = -1;
      },
      ontext(data) {
        const start = parser.startIndex;
        if (inTitle) {
          pageTitle += data;
          return;
        }
        if (skipDepth > 0) return;
        const verbatim = html.startsWith(data, start) && parser.endIndex - start + 1 === data.length;
        if (superscriptStart >= 0 && /^\d/.test(data) && collector.endsWithDigit()) {
          collector.addSynthetic('.', superscriptStart);
        }
        superscriptStart = -1;
        if (verbatim) collector.addVerbatim(data, start);
        else collector.addSynthetic(data, start);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();

  const looksLikePravoStatute =
    drafts.filter((d) => d.tag === 'p' && d.className === 'H' && /^Статья\s+\d/.test(d.line.text)).length >= 2;
  const lines = drafts.map(({ line, tag, className }) => {
    const hint = looksLikePravoStatute && tag === 'p' && className ? className : tag;
    return { ...line, hint };
  });
  const cleanTitle = pageTitle.replace(WHITESPACE_RUN, ' ').trim();
  const title = firstH1 ?? (cleanTitle.length > 0 ? cleanTitle : undefined);
  return title === undefined ? { lines, looksLikePravoStatute } : { lines, title, looksLikePravoStatute };
}
