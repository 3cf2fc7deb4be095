// Whole-document checks over the shipped corpus: no years, amounts or law numbers taken for provisions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCitations, type Citation } from '../../../shared/core/citations/index.js';

const dir = new URL('../../../corpus/documents/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

/** Visible text of a pravo.gov.ru page; the superscript spans of inserted articles become "1253.1". */
function stripPravo(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<span class="W9"[^>]*>([^<]*)<\/span>/g, '.$1')
    .replace(/<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const RANGE = /\d\s*(?:[-–—]|to|through)\s*\d/;
const ARTICLE_WORD = /\bArt(?:icle)?s?\b|стать|статей|ст\.|paragraph|para\./i;
const SELF_OR_SAME = /настоящ|данн|той же|указанн|this|present|same/i;
const PART_WORD = /пункт|част|абзац|part|paragraph/i;

/**
 * Every span is exact; no article is a year; a citation naming an article word shows the number (or a range);
 * one without ("абзацем первым пункта 1 и пунктом 2 статьи 1252" → "абзацем первым пункта 1") is a part phrase.
 */
function checkSane(cs: Citation[], text: string): void {
  for (const c of cs) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    if (!c.article) continue;
    const label = `${c.key} ${JSON.stringify(c.text)}`;
    expect(c.article, label).not.toMatch(/^(?:19|20)\d\d$/);
    if (SELF_OR_SAME.test(c.text)) continue; // "настоящей статьей", "the same article": the article is the text's own or the one before
    if (ARTICLE_WORD.test(c.text)) expect(c.text.includes(c.article.split('.')[0]!) || RANGE.test(c.text), label).toBe(true);
    else expect(c.text, label).toMatch(PART_WORD);
  }
}

const ENGLISH = [
  'iipa-2017-special-301-russia.txt',
  'cable-09moscow521-special-301-review-2009.txt',
  'us-russia-ipr-action-plan-2012.txt',
  'ustr-press-release-ipr-action-plan-2012.txt',
  'article-belarus-russia-ip-agreement-2025.txt',
];

describe('corpus', () => {
  it.each(ENGLISH)('%s: no year, amount or page is a provision', (name) => {
    const text = read(name);
    checkSane(extractCitations(text, { lang: 'en' }), text);
  });

  it('finds every provision the IIPA report cites, and no other', () => {
    const keys = new Set(extractCitations(read('iipa-2017-special-301-russia.txt'), { lang: 'en' }).filter((c) => c.article).map((c) => c.key));
    expect([...keys].sort()).toEqual([
      'ru-admin-code:7.12', 'ru-civil-code:1229', 'ru-civil-code:1252/5', 'ru-civil-code:1253', 'ru-criminal-code:146',
      'wto-wpr-rus:1218', 'wto-wpr-rus:1339',
    ]);
  });

  it('finds the instruments the 2009 cable names', () => {
    const cs = extractCitations(read('cable-09moscow521-special-301-review-2009.txt'), { lang: 'en' });
    expect(new Set(cs.map((c) => c.key))).toEqual(new Set([
      'us-ru-ipr-agreement-2006', 'wipo-wppt', 'wipo-wct', 'ru-civil-code', 'wto-trips', 'ru-criminal-code:146', 'us-special-301',
    ]));
  });

  it.each([
    ['ru-civil-code-part4.html', 'ru-civil-code', 1253],
    ['ru-criminal-code.html', 'ru-criminal-code', 146],
  ] as const)('%s: law registration numbers and dates never become articles', (name, self, article) => {
    const text = stripPravo(read(name));
    const cs = extractCitations(text, { lang: 'ru', selfInstrument: self });
    checkSane(cs, text);
    for (const c of cs.filter((x) => x.article)) expect(c.text, c.key).toMatch(/стать|статей|ст\.|примечани|пункт|част|абзац/i);
    expect(cs.some((c) => c.key === `${self}:${article}` || c.key.startsWith(`${self}:${article}/`))).toBe(true);
    // the amending laws are cited as instruments, by their registration numbers
    expect(cs.some((c) => c.key === (self === 'ru-civil-code' ? 'ru-fl-35-fz-2014' : 'ru-fl-420-fz-2011') && !c.article)).toBe(true);
  });
});
