// Tests for the HTML reader: visible text lines of pravo.gov.ru statutes and generic pages, mapped back to the markup.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../shared/core/model.js';
import { readHtmlLines } from '../../../shared/node/import/html-reader.js';

const corpusFile = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../corpus/documents/${name}`, import.meta.url)), 'utf8');

/** Every verbatim character equals the markup at its offset; every inserted non-space character sits on an entity or tag. */
function expectMappedToOriginal(lines: SourceLine[], html: string): void {
  for (const line of lines) {
    let covered = 0;
    for (const run of line.map) {
      expect(run.t).toBe(covered);
      covered += run.len;
      const piece = line.text.slice(run.t, run.t + run.len);
      if (!run.syn) expect(piece).toBe(html.slice(run.o, run.o + run.len));
      else if (piece.trim().length > 0) expect(['&', '<']).toContain(html[run.o]);
    }
    expect(covered).toBe(line.text.length);
  }
}

const GENERIC_PAGE = `<!doctype html>
<html><head><title>Page &amp; title</title><style>p { color: red }</style>
<script>document.write("<p>injected</p>")</script></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/about">About</a></nav></header>
<main>
  <article>
    <header><h1>Agreed &laquo;Copyright&raquo; Measures</h1></header>
    <p>First   paragraph,
       wrapped&nbsp;over lines &#8212; with &#x41;&#66;C entities.</p>
    <p>Escaped markup: &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;</p>
    <!-- a comment <p>not text</p> -->
    <div>Direct div text<p>Nested paragraph</p>tail text</div>
    <ul><li>One</li><li>Two<br>lines</li></ul>
    <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
    <noscript><p>Enable JavaScript</p></noscript>
    <template><p>Template text</p></template>
    <p hidden>Hidden text</p>
    <h2>Section <sup>2</sup> and 10<sup>3</sup></h2>
  </article>
  <aside>Related stories</aside>
</main>
<footer><p>Copyright footer</p></footer>
</body></html>`;

describe('readHtmlLines on a generic web page', () => {
  const result = readHtmlLines(GENERIC_PAGE);
  const texts = result.lines.map((l) => l.text);

  it('keeps the article text, one line per block, and drops page furniture and invisible elements', () => {
    expect(texts).toContain('Agreed «Copyright» Measures');
    expect(texts).toContain('Direct div text');
    expect(texts).toContain('Nested paragraph');
    expect(texts).toContain('tail text');
    expect(texts).toEqual(expect.arrayContaining(['One', 'Two', 'lines', 'Cell A', 'Cell B']));
    const all = texts.join('\n');
    for (const gone of ['Home', 'About', 'Related stories', 'Copyright footer', 'injected', 'color: red', 'Enable JavaScript', 'Template text', 'Hidden text', 'not text', 'Page & title']) {
      expect(all).not.toContain(gone);
    }
    expect(result.looksLikePravoStatute).toBe(false);
  });

  it('decodes entities, collapses whitespace and gives tag names as hints', () => {
    expect(texts).toContain('First paragraph, wrapped over lines — with ABC entities.');
    const heading = result.lines.find((l) => l.text.startsWith('Agreed'));
    expect(heading?.hint).toBe('h1');
    expect(result.lines.find((l) => l.text === 'One')?.hint).toBe('li');
    expect(result.lines.find((l) => l.text === 'Cell B')?.hint).toBe('td');
  });

  it('renders escaped markup as literal characters, never as elements', () => {
    expect(texts).toContain('Escaped markup: <script>alert(1)</script> and <img src=x onerror=alert(1)>');
  });

  it('reads a superscript after a digit as a sub-number and leaves other superscripts alone', () => {
    expect(texts).toContain('Section 2 and 10.3');
  });

  it('takes the title from the first h1', () => {
    expect(result.title).toBe('Agreed «Copyright» Measures');
    expect(readHtmlLines('<html><head><title> Only &amp; title </title></head><body><p>x</p></body></html>').title).toBe('Only & title');
    expect(readHtmlLines('<p>no title</p>').title).toBeUndefined();
  });

  it('maps every character back to the markup', () => {
    expectMappedToOriginal(result.lines, GENERIC_PAGE);
    const escaped = result.lines.find((l) => l.text.startsWith('Escaped'))!;
    const lt = escaped.text.indexOf('<');
    const run = escaped.map.find((r) => r.t <= lt && lt < r.t + r.len)!;
    expect(run.syn).toBe(true);
    expect(GENERIC_PAGE.slice(run.o, run.o + 4)).toBe('&lt;');
  });

  it('drops a page banner header but keeps an article header', () => {
    const page = '<header><h1>Site name</h1></header><article><header><h1>Story</h1></header><p>Body</p></article><footer>f</footer>';
    const read = readHtmlLines(page);
    expect(read.lines.map((l) => l.text)).toEqual(['Story', 'Body']);
    expect(read.title).toBe('Story');
  });
});

describe('readHtmlLines on the pravo.gov.ru Civil Code', () => {
  const html = corpusFile('ru-civil-code-part4.html');
  const result = readHtmlLines(html);
  const byText = (prefix: string): SourceLine | undefined => result.lines.find((l) => l.text.startsWith(prefix));

  it('recognises the statute markup and keeps paragraph classes as hints', () => {
    expect(result.looksLikePravoStatute).toBe(true);
    expect(byText('Статья 1229. Исключительное право')?.hint).toBe('H');
    expect(byText('ЧАСТЬ ЧЕТВЕРТАЯ')?.hint).toBe('T');
    expect(byText('1. Гражданин или юридическое лицо, обладающие исключительным правом')?.hint).toBe('p');
  });

  it('turns superscript article numbers into dotted numbers', () => {
    expect(byText('Статья 1253.1. Особенности ответственности информационного посредника')).toBeDefined();
    expect(byText('14.1) географические указания;')).toBeDefined();
    expect(result.lines.some((l) => l.text.startsWith('Статья 12531'))).toBe(false);
  });

  it('splits <br> lines and skips the head, style and spacer paragraphs', () => {
    const section = result.lines.findIndex((l) => l.text === 'РАЗДЕЛ VII');
    expect(result.lines[section + 1]?.text).toBe('ПРАВА НА РЕЗУЛЬТАТЫ ИНТЕЛЛЕКТУАЛЬНОЙ ДЕЯТЕЛЬНОСТИ И СРЕДСТВА ИНДИВИДУАЛИЗАЦИИ');
    expect(result.lines[0]?.text).toBe('РОССИЙСКАЯ ФЕДЕРАЦИЯ');
    expect(result.lines.every((l) => l.text.trim() === l.text && l.text.length > 0)).toBe(true);
    const all = result.lines.map((l) => l.text).join('\n');
    for (const markup of ['<', '&nbsp;', 'class=', 'mso-', '\u00a0', '  ']) expect(all).not.toContain(markup);
  });

  it('maps every character back to the HTML', () => {
    expectMappedToOriginal(result.lines, html);
  });
});
