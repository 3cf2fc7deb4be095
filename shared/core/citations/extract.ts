// The extraction pipeline: find mentions and references, resolve instruments, emit sorted, de-duplicated citations.
import { findEnglishArticleRefs } from './en-code-articles.js';
import { findEnglishMentions } from './en-instruments.js';
import { findEnglishParagraphRefs } from './en-report-paragraphs.js';
import { provisionKey } from './keys.js';
import { dropOverlaps, resolveMentions } from './mentions.js';
import { NUM } from './numbers.js';
import { resolveReferences } from './resolve.js';
import { findRussianArticleRefs } from './ru-articles.js';
import { findRussianMentions } from './ru-instruments.js';
import { sentenceStarts } from './sentences.js';
import type { Citation, ExtractContext, Reference } from './types.js';

/** A statute article's own heading at the start of a line ("Статья 1253.1. Особенности ...", "Article 146. Infringement ...") is not a citation. */
const HEADING = new RegExp(String.raw`^[ \t]*(?:Статья|Article)[ \t]+${NUM}\.(?:\s|$)`, 'gmu');

function headingStarts(text: string): Set<number> {
  const out = new Set<number>();
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) out.add(m.index + m[0].length - m[0].trimStart().length);
  return out;
}

export function extractCitations(text: string, ctx: ExtractContext): Citation[] {
  const rawMentions = ctx.lang === 'ru' ? findRussianMentions(text) : findEnglishMentions(text);
  const mentions = resolveMentions(rawMentions, ctx);
  const headings = headingStarts(text);

  let refs: Reference[] =
    ctx.lang === 'ru' ? findRussianArticleRefs(text) : [...findEnglishArticleRefs(text), ...findEnglishParagraphRefs(text)];
  refs = dropOverlaps(refs).filter((r) => !headings.has(r.start));
  // A reference never sits inside an instrument's name ("Federal Law No. 364" is not paragraph 364).
  refs = refs.filter((r) => !mentions.some((m) => r.start >= m.start && r.start < m.end));

  const out: Citation[] = [];
  const used = new Set<object>();
  for (const r of resolveReferences(text, refs, mentions, ctx, sentenceStarts(text))) {
    if (r.via) used.add(r.via);
    const start = r.ref.start;
    const end = r.attached && r.via ? r.via.end : r.ref.end;
    for (const t of r.ref.targets) {
      const article = t.article ?? r.article;
      if (!article) continue;
      out.push({ key: provisionKey(r.instrument, article, t.part), instrument: r.instrument, article, ...(t.part ? { part: t.part } : {}), text: text.slice(start, end), start, end });
    }
  }
  // Instruments named without a provision: "(Federal Law No. 364, in force May 2015)", "the IPR Side Letter".
  for (const m of mentions) {
    if (m.how !== 'named' || !m.instrument || used.has(m)) continue;
    if (out.some((c) => m.start >= c.start && m.end <= c.end)) continue;
    out.push({ key: m.instrument, instrument: m.instrument, text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key))
    .filter((c) => {
      const id = `${c.key}@${c.start}:${c.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}
