// Makes the PDF test fixtures: the shipped English documents typeset and printed to PDF by Chromium, with the page each clause lands on.
// Run: npx jiti scripts/make-pdf-fixtures.ts   (writes tests/fixtures/pdf/*.pdf and tests/fixtures/pdf/expected-pages.json)
//
// Two layouts per document: "plain" (one column, no running lines) and "columns" (two justified columns with soft
// hyphens, footnotes at the foot of their column, a running header and page numbers from @page margin boxes).
// The script paginates itself (page and column boxes filled block by block, a paragraph split at the last word that
// fits), so it knows which page every clause is on; Chromium's print CSS draws the margin boxes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { ClauseDraft, SourceDocument } from '../shared/core/model.js';
import { segmentDocument } from '../shared/core/segment/index.js';
import { toOriginal } from '../shared/core/text/mapped-text.js';
import { loadManifest, type ManifestEntry } from '../shared/node/corpus/manifest.js';
import { textReader } from '../shared/node/import/file-readers.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'tests', 'fixtures', 'pdf');
/** The English documents, and how each is typeset: from its clauses, or (a telegram) line by line in monospace. */
const DOCUMENTS: { id: string; mode: 'clauses' | 'telegram' }[] = [
  { id: 'action-plan-2012', mode: 'clauses' },
  { id: 'iipa-2017-russia', mode: 'clauses' },
  { id: 'cable-09moscow521', mode: 'telegram' },
  { id: 'ustr-press-2012-12-26', mode: 'clauses' },
  { id: 'article-belarus-russia-2025', mode: 'clauses' },
];

/** A word of a block, with its styling; `call` is a footnote call (superscript) glued to the word before it. */
interface Token {
  s: string;
  /** Follows the word before without a space (the rest of a word split after a dash). */
  glued?: boolean;
  bold?: boolean;
  call?: string;
}

/** One block to typeset: a clause (or a telegram line) and the footnotes its calls bring to the page. */
interface Block {
  cls: string;
  marker?: string;
  tokens: Token[];
  /** The clause paths this block shows (pages are recorded for them). */
  paths: string[];
  splittable: boolean;
}

interface Footnote {
  number: string;
  path: string;
  tokens: Token[];
}

interface Layout {
  name: string;
  columns: 1 | 2;
  header?: string;
}

async function clausesOf(entry: ManifestEntry): Promise<{ source: SourceDocument; drafts: ClauseDraft[] }> {
  const bytes = readFileSync(entry.path);
  const read = await textReader.read(bytes, entry.path);
  const source: SourceDocument = {
    docId: entry.id,
    kind: entry.kind,
    lang: entry.lang,
    format: entry.format,
    title: entry.title,
    shortTitle: entry.shortTitle,
    citeAs: entry.citeAs ?? entry.shortTitle,
    original: read.original,
    lines: read.lines,
  };
  return { source, drafts: segmentDocument(source) };
}

/** Words, split also after a dash inside a word ("Agreement—both"), where a browser may break the line too. */
const words = (text: string): Token[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.split(/(?<=\p{L}[—–-])(?=\p{L})/u).map((s, i) => (i === 0 ? { s } : { s, glued: true })));

/** The bullet a list item had in the text ("", "o", "•"), as a glyph a system font has. */
function markerOf(original: string, draft: ClauseDraft): string | undefined {
  if (draft.map.length === 0) return undefined;
  const at = toOriginal(draft.map, 0);
  const lineStart = original.lastIndexOf('\n', at - 1) + 1;
  const prefix = original.slice(lineStart, at).trim();
  if (!prefix) return undefined;
  return prefix === '\uf0b7' ? '•' : prefix;
}

/** A clause's words with its footnote calls as superscripts and a run-in heading ("Executive Summary:") in bold. */
function clauseTokens(draft: ClauseDraft): Token[] {
  const calls = [...(draft.footnotes ?? [])].sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let from = 0;
  for (const call of calls) {
    tokens.push(...words(draft.text.slice(from, call.start)));
    const glued = !/\s$/.test(draft.text.slice(0, call.start)) && tokens.length > 0;
    if (glued) tokens[tokens.length - 1] = { ...tokens[tokens.length - 1]!, call: call.footnotePath.replace(/^fn/, '') };
    from = call.start;
  }
  tokens.push(...words(draft.text.slice(from)));
  const runIn = /^([A-Z][^.:;]{2,60}):\s/.exec(draft.text);
  if (runIn && (draft.kind === 'paragraph' || draft.kind === 'item')) {
    const n = runIn[1]!.split(/\s+/).length;
    for (let i = 0; i < n && i < tokens.length; i++) tokens[i] = { ...tokens[i]!, bold: true };
  }
  return tokens;
}

function clauseBlocks(original: string, drafts: readonly ClauseDraft[]): { blocks: Block[]; notes: Map<string, Footnote> } {
  const notes = new Map<string, Footnote>();
  const blocks: Block[] = [];
  for (const draft of drafts) {
    if (draft.kind === 'footnote') {
      notes.set(draft.number ?? draft.path, { number: draft.number ?? draft.path, path: draft.path, tokens: words(draft.text) });
      continue;
    }
    const cls = draft.kind === 'heading' ? `heading h${Math.min(draft.level, 2)}` : draft.kind;
    const marker = draft.kind === 'item' || draft.kind === 'subitem' ? markerOf(original, draft) : undefined;
    blocks.push({ cls, ...(marker ? { marker } : {}), tokens: clauseTokens(draft), paths: [draft.path], splittable: draft.kind !== 'title' && draft.kind !== 'heading' });
  }
  return { blocks, notes };
}

/** A telegram printed line by line from its routing header to its signature; each line knows the clauses it holds. */
function telegramBlocks(original: string, drafts: readonly ClauseDraft[]): Block[] {
  const start = original.indexOf('Reference ID');
  const spans = drafts
    .filter((d) => d.map.length > 0)
    .map((d) => ({ path: d.path, start: toOriginal(d.map, 0), end: toOriginal(d.map, d.text.length - 1) + 1 }));
  const blocks: Block[] = [];
  let at = start;
  for (const line of original.slice(start).split('\n')) {
    const end = at + line.length;
    const paths = spans.filter((s) => s.start < end && s.end > at).map((s) => s.path);
    blocks.push({ cls: 'tele', tokens: line.trim() ? [{ s: line.replace(/\s+$/, '') }] : [], paths, splittable: false });
    at = end + 1;
  }
  return blocks;
}

/** Soft hyphens in long lower-case words, so the justified columns hyphenate as typeset text does. */
function softHyphens(word: string): string {
  if (!/^[a-z]{9,}[,.;:]?$/.test(word)) return word;
  const cut = word.slice(4).search(/[aeiou][^aeiou]/);
  return cut < 0 || cut + 6 > word.length - 4 ? word : `${word.slice(0, cut + 6)}\u00ad${word.slice(cut + 6)}`;
}

const PAGE_SCRIPT = String.raw`
window.paginate = (input) => {
  const { blocks, notes, columns, soft } = input;
  const root = document.getElementById('pages');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const url = (s) => /^(https?:|www\.)/.test(s) || s.includes('/');
  const word = (t) => {
    let s = esc(t.s);
    if (url(t.s)) s = s.replace(/([\/\-.])/g, '$1<wbr>');
    else if (soft) s = s.replace(/\u00ad/g, '&shy;');
    else s = s.replace(/\u00ad/g, '');
    if (t.bold) s = '<b>' + s + '</b>';
    if (t.call) s += '<sup>' + esc(t.call) + '</sup>';
    return s;
  };
  const html = (tokens) => tokens.map((t, i) => (i > 0 && !t.glued ? ' ' : '') + word(t)).join('');
  const pages = [];
  let page = null, colIndex = columns, col = null;
  const newPage = () => {
    page = document.createElement('div');
    page.className = 'page';
    root.appendChild(page);
    pages.push(page);
    colIndex = 0;
  };
  // A page gets all its columns at once: a lone column would be measured at the page's full width.
  const newColumn = () => {
    if (!page || colIndex >= columns) {
      newPage();
      for (let i = 0; i < columns; i++) {
        const c = document.createElement('div');
        c.className = 'col';
        c.innerHTML = '<div class="body"></div><div class="notes"></div>';
        page.appendChild(c);
      }
    }
    col = page.children[colIndex];
    colIndex++;
  };
  const fits = () => col.scrollHeight <= col.clientHeight + 0.5 && col.querySelector('.body').offsetHeight + col.querySelector('.notes').offsetHeight <= col.clientHeight + 0.5;
  const place = (block, tokens, split) => {
    const el = document.createElement('div');
    el.className = 'block ' + block.cls + (split ? ' split' : '');
    el.innerHTML = (block.marker ? '<span class="marker">' + esc(block.marker) + '</span>' : '') + (tokens.length ? html(tokens) : '&nbsp;');
    col.querySelector('.body').appendChild(el);
    const added = [];
    for (const t of tokens) {
      if (!t.call || !notes[t.call]) continue;
      const n = document.createElement('div');
      n.className = 'note';
      n.innerHTML = '<sup>' + esc(t.call) + '</sup>' + html(notes[t.call].tokens);
      col.querySelector('.notes').appendChild(n);
      added.push(n);
    }
    return () => { el.remove(); for (const n of added) n.remove(); };
  };
  const where = {};
  const record = (block) => {
    for (const p of block.paths) { const pg = pages.length; where[p] = where[p] ? [where[p][0], pg] : [pg, pg]; }
  };
  const recordNotes = (tokens) => {
    for (const t of tokens) if (t.call && notes[t.call]) { const pg = pages.length; where[notes[t.call].path] = [pg, pg]; }
  };
  newColumn();
  for (let block of blocks) {
    let tokens = block.tokens;
    let first = true;
    for (;;) {
      const undo = place(block, tokens, false);
      if (fits()) { record(block); recordNotes(tokens); break; }
      undo();
      let k = 0;
      if (block.splittable) {
        let lo = 1, hi = tokens.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const u = place(first ? block : { ...block, marker: undefined }, tokens.slice(0, mid), true);
          const ok = fits();
          u();
          if (ok) { k = mid; lo = mid + 1; } else hi = mid - 1;
        }
      }
      const empty = col.querySelector('.body').children.length === 0;
      if (k === 0 && empty) { place(block, tokens, false); record(block); recordNotes(tokens); break; }
      if (k > 0) {
        place(first ? block : { ...block, marker: undefined }, tokens.slice(0, k), true);
        record(block);
        recordNotes(tokens.slice(0, k));
        tokens = tokens.slice(k);
        first = false;
      }
      newColumn();
      if (!first) block = { ...block, marker: undefined, cls: block.cls + ' cont' };
    }
  }
  return { pages: pages.length, where };
};`;

function css(layout: Layout): string {
  const two = layout.columns === 2;
  const header = layout.header?.replace(/"/g, '\\"');
  return `
@page { size: 8.5in 11in; margin: ${two ? '0.9in 0.75in 0.8in 0.75in' : '1in'};
  ${two ? `@top-center { content: "${header}"; font: 8pt "Liberation Sans"; color: #444; }
  @bottom-center { content: "– " counter(page) " –"; font: 9pt "Liberation Sans"; }` : ''} }
html, body { margin: 0; padding: 0; }
body { font-family: ${two ? '"Liberation Sans"' : '"Liberation Serif"'}; font-size: ${two ? '9pt' : '11pt'}; line-height: 1.3; }
.page { width: ${two ? '7in' : '6.5in'}; height: ${two ? '9.3in' : '9in'}; display: flex; gap: 0.3in; overflow: hidden; break-after: page; }
.col { flex: 1 1 0; min-width: 0; height: 100%; display: flex; flex-direction: column; overflow: hidden; }
.body { flex: 0 0 auto; }
.notes { margin-top: auto; font-size: ${two ? '7pt' : '8.5pt'}; }
.notes:not(:empty) { border-top: 0.5pt solid #000; padding-top: 3pt; }
.note { margin: 0 0 2pt 0; }
.block { margin: 0 0 ${two ? '5pt' : '7pt'} 0; ${two ? 'text-align: justify; hyphens: manual;' : ''} }
.block.cont { text-indent: 0 !important; }
.block.split { margin-bottom: 0; ${two ? 'text-align-last: justify;' : ''} }
.block.paragraph:not(.cont) { ${two ? 'text-indent: 1em;' : ''} }
.title { font-size: ${two ? '13pt' : '16pt'}; font-weight: bold; text-align: center; margin-bottom: 12pt; }
.heading { font-weight: bold; margin-top: 6pt; text-align: left; }
.heading.h0 { font-size: ${two ? '11pt' : '13pt'}; }
.heading.h2 { font-style: italic; }
.item, .subitem { padding-left: 0.3in; text-indent: -0.2in; }
.subitem { margin-left: 0.3in; }
.marker { display: inline-block; width: 0.2in; text-indent: 0; }
.tele { font-family: "Liberation Mono"; font-size: ${two ? '5.5pt' : '8.5pt'}; white-space: pre-wrap; margin: 0; text-align: left; line-height: 1.25; }
sup { font-size: 65%; line-height: 0; vertical-align: 0.45em; }
`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const manifest = loadManifest(join(ROOT, 'corpus'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const expected: Record<string, { doc: string; pages: number; clauses: Record<string, [number, number]> }> = {};
  try {
    for (const { id, mode } of DOCUMENTS) {
      const entry = manifest.find((e) => e.id === id);
      if (!entry) throw new Error(`${id} is not in the manifest`);
      const { source, drafts } = await clausesOf(entry);
      const { blocks, notes } = mode === 'telegram' ? { blocks: telegramBlocks(source.original, drafts), notes: new Map<string, Footnote>() } : clauseBlocks(source.original, drafts);
      for (const layout of [
        { name: 'plain', columns: 1 },
        { name: 'columns', columns: 2, header: `${entry.shortTitle} — ${entry.date ?? ''}`.trim() },
      ] as Layout[]) {
        const page = await browser.newPage();
        await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css(layout)}</style></head><body><div id="pages"></div></body></html>`);
        await page.emulateMedia({ media: 'print' });
        await page.addScriptTag({ content: PAGE_SCRIPT });
        const soft = layout.columns === 2;
        const input = {
          blocks: blocks.map((b) => ({ ...b, tokens: b.tokens.map((t) => (soft && !b.cls.includes('tele') ? { ...t, s: softHyphens(t.s) } : t)) })),
          notes: Object.fromEntries([...notes].map(([n, f]) => [n, f])),
          columns: layout.columns,
          soft,
        };
        const result = (await page.evaluate('window.paginate(' + JSON.stringify(input) + ')')) as { pages: number; where: Record<string, [number, number]> };
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false, tagged: false, outline: false });
        const name = `${id}.${layout.name}`;
        writeFileSync(join(OUT, `${name}.pdf`), pdf);
        expected[name] = { doc: id, pages: result.pages, clauses: result.where };
        process.stdout.write(`${name}.pdf: ${result.pages} pages, ${Math.round(pdf.length / 1024)} KB\n`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(OUT, 'expected-pages.json'), `${JSON.stringify(expected, null, 1)}\n`);
}

await main();
