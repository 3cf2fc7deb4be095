// Builds the external gold files (gold/<id>.json) from the hand-written drafts (src/<id>.txt): computes every
// span from the quoted citation words, so no offset is ever counted by hand. Run: node tests/golden/external/build.js
//
// Draft format (see README.md):
//   header lines `name: value` (id, source, title, date, lang, kind, round, context as JSON), then a line `---`,
//   the excerpt (paragraphs separated by one blank line), a line `---`, then one line per reference, in text order:
//     <quoted words> => <key>[, <key>...]        one reference per key, all with the span of the quoted words
//     <quoted words> @N => <key>                  the N-th occurrence from the search position (default 1)
//   and lines `neg: <quoted words> [@N]` (numbers that are not references; the N-th occurrence) and `negatives: 0, 3` (paragraph indexes
//   that cite nothing). A reference is searched from the end of the previous one, so a repeated citation needs no @N.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The family of a key: what the per-family figures are grouped by (also used by the evaluator). */
export function familyOf(key) {
  const inst = key.split(':')[0];
  if (inst === 'ru-civil-code') return 'civil-code';
  if (inst === 'ru-criminal-code') return 'criminal-code';
  if (inst === 'ru-admin-code') return 'admin-code';
  if (/^ru-.*code$/.test(inst) || inst === 'ru-constitution') return 'other-codes';
  if (/^ru-(fl|law|gov|ukaz)-/.test(inst)) return 'russian-laws';
  if (inst === 'wto-wpr-rus') return 'wto-report';
  return 'treaties';
}

function parse(srcDir, file) {
  const raw = readFileSync(join(srcDir, file), 'utf8').replace(/\r\n/g, '\n');
  const parts = raw.split(/^---$/m);
  if (parts.length !== 3) throw new Error(`${file}: expected header --- text --- refs`);
  const header = {};
  for (const line of parts[0].split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (m) header[m[1]] = m[2].trim();
  }
  const text = parts[1].replace(/^\n/, '').replace(/\n$/, '');
  const refs = [];
  const negSpans = [];
  let negatives = [];
  let cursor = 0;
  for (const line of parts[2].split('\n')) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    if (l.startsWith('negatives:')) {
      negatives = l.slice(10).split(',').map((s) => s.trim()).filter(Boolean).map(Number);
      continue;
    }
    if (l.startsWith('neg:')) {
      // `neg: <words> @N`: the N-th occurrence in the text (default the first)
      const nm = /^(.*?)(?:\s+@(\d+))?$/.exec(l.slice(4).trim());
      const q = nm[1];
      let at = -1;
      for (let n = nm[2] ? Number(nm[2]) : 1; n > 0; n--) at = text.indexOf(q, at + 1);
      if (at < 0) throw new Error(`${file}: negative not found: ${q}`);
      negSpans.push({ start: at, end: at + q.length, text: q });
      continue;
    }
    const m = /^(.*?)(?:\s+@(\d+))?\s+=>\s+(.+)$/.exec(l);
    if (!m) throw new Error(`${file}: bad line: ${l}`);
    const q = m[1];
    let n = m[2] ? Number(m[2]) : 1;
    const keys = m[3].split(',').map((s) => s.trim());
    let from = cursor;
    let at = -1;
    while (n > 0) {
      at = text.indexOf(q, from);
      if (at < 0) throw new Error(`${file}: not found after ${from}: ${q}`);
      n--;
      from = at + 1;
    }
    for (const key of keys) refs.push({ start: at, end: at + q.length, text: q, key, family: familyOf(key) });
    cursor = at + q.length;
  }
  const paragraphs = text.split('\n\n');
  return {
    id: header.id,
    source: header.source,
    title: header.title,
    date: header.date,
    lang: header.lang,
    kind: header.kind,
    round: header.round ? Number(header.round) : 1,
    ...(header.context ? { context: JSON.parse(header.context) } : {}),
    text,
    paragraphs: paragraphs.length,
    refs,
    negatives,
    negativeSpans: negSpans,
  };
}

function build(label, srcDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const docs = readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort().map((f) => parse(srcDir, f));
  // The holdout is chosen by rule, not by hand: the texts of the rounds not yet read (labelled, committed, and only then
  // run). Round 1's holdout (every third text per language) was read after its single run, so it is dev now.
  const HOLDOUT_ROUND = 91;
  for (const d of docs) d.split = d.round >= HOLDOUT_ROUND ? 'holdout' : 'dev';
  for (const d of docs) {
    const { id, source, title, date, lang, kind, round, split, context, text, paragraphs, refs, negatives, negativeSpans } = d;
    const out = { id, source, title, date, lang, kind, round, split, ...(context ? { context } : {}), paragraphs, refs, negatives, negativeSpans, text };
    writeFileSync(join(outDir, `${id}.json`), `${JSON.stringify(out, null, 1)}\n`);
  }
  const count = (f) => docs.filter(f).reduce((n, d) => n + d.refs.length, 0);
  console.log(`${label}: ${docs.length} texts, ${count(() => true)} references (dev ${count((d) => d.split === 'dev')}, holdout ${count((d) => d.split === 'holdout')})`);
  return docs;
}

build('gold', join(here, 'src'), join(here, 'gold'));
// The second labeller's blind labels of rounds 52–54 (the agreement study, README "Labeller agreement"): the same texts,
// labelled again from the conventions alone, without the first labels.
build('second labeller', join(here, 'second-labeller', 'src'), join(here, 'second-labeller', 'gold'));
