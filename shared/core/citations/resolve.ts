// Resolution: which instrument each reference cites, by adjacency, chains, the sentence, the text, or the statute itself.
import { findInstrumentBefore } from './en-instrument-first.js';
import { instrumentKind, instrumentUnit } from './registry.js';
import { sentenceAt } from './sentences.js';
import type { ExtractContext, Mention, Reference } from './types.js';

export interface Resolved {
  ref: Reference;
  instrument: string;
  /** The mention that named the instrument; it then yields no instrument-level citation of its own. */
  via?: Mention;
  /** The mention directly follows the reference ("Article 1229 of the Civil Code") and joins its span. */
  attached: boolean;
  /** Article borrowed from the next reference of a chain (needsArticle) or from ctx.selfArticle. */
  article?: string;
}

/** "Article 1253\nof the Civil Code", "статьи 1252 настоящего Кодекса", "ст. 146 УК РФ". */
const FOLLOW_GAP = { en: /^\s*,?\s*(?:of|under)\s+(?:the\s+)?$/i, ru: /^\s*$/ };
/** "пунктом 3 статьи 1454, пунктом 2 статьи 1466 и пунктом 2 статьи 1518 настоящего Кодекса": all share the last instrument. */
const CHAIN_GAP = { en: /^\s*(?:,\s*)?(?:(?:and|or|as well as)\s+)?$/i, ru: /^\s*(?:,\s*)?(?:(?:и|или|либо|а\s+также)\s+)?$/i };

function compatible(ref: Reference) {
  return (m: Mention): boolean => m.instrument !== undefined && instrumentUnit(m.instrument) === ref.unit;
}

export function resolveReferences(text: string, refs: Reference[], mentions: Mention[], ctx: ExtractContext, starts: number[]): Resolved[] {
  const lang = ctx.lang;
  const sorted = [...refs].sort((a, b) => a.start - b.start);
  /** Index of the first mention starting at or after `pos` (mentions are sorted and disjoint). */
  const firstFrom = (pos: number): number => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // 1. Attached instrument directly after the reference (an unresolvable "the Code" attached blocks any guess: null).
  const attached = sorted.map((ref) => {
    const m = mentions[firstFrom(ref.end)];
    if (!m || m.start - ref.end > 40 || !FOLLOW_GAP[lang].test(text.slice(ref.end, m.start))) return undefined;
    if (m.instrument === undefined) return null;
    return instrumentUnit(m.instrument) === ref.unit ? m : undefined;
  });
  // 2. Chains: a reference followed by ", " / " и " and another reference shares that one's instrument (and article).
  const chained: Array<Mention | null | undefined> = [...attached];
  const borrowed: Array<string | undefined> = sorted.map(() => undefined);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const ref = sorted[i]!;
    const next = sorted[i + 1]!;
    if (!CHAIN_GAP[lang].test(text.slice(ref.end, next.start)) || next.unit !== ref.unit) continue;
    if (chained[i] === undefined) chained[i] = chained[i + 1];
    if (ref.needsArticle) {
      const articles = new Set(next.targets.map((t) => t.article ?? borrowed[i + 1]));
      const [only] = [...articles];
      if (articles.size === 1 && only) borrowed[i] = only;
      else if (next.selfArticle) borrowed[i] = ctx.selfArticle;
    }
  }
  const out: Resolved[] = [];
  sorted.forEach((ref, i) => {
    if (ref.needsArticle && !borrowed[i]) return;
    if (ref.selfArticle && !ctx.selfArticle) return;
    const article = ref.selfArticle ? ctx.selfArticle : borrowed[i];
    const via = chained[i];
    if (via === null) return;
    const base = article ? { article } : {};
    if (via) {
      out.push({ ref, instrument: via.instrument!, via, attached: attached[i] === via, ...base });
      return;
    }
    if (ref.selfArticle && ctx.selfInstrument) {
      out.push({ ref, instrument: ctx.selfInstrument, attached: false, ...base });
      return;
    }
    const [sStart, sEnd] = sentenceAt(starts, ref.start, text.length);
    const ok = compatible(ref);
    // 3. A statute's bare "статьей 1233" is its own article.
    if (ctx.selfInstrument && ref.unit === 'article') {
      out.push({ ref, instrument: ctx.selfInstrument, attached: false, ...base });
      return;
    }
    // 4. Named earlier in the same sentence ("Amend the Civil Code in Article 1229").
    const before = findInstrumentBefore(text, ref, mentions.slice(firstFrom(sStart), firstFrom(ref.start)), sStart, ok);
    if (before) {
      out.push({ ref, instrument: before.instrument!, via: before, attached: false, ...base });
      return;
    }
    if (ref.strict) return;
    // 5. Named later in the same sentence.
    let after: Mention | undefined;
    for (let k = firstFrom(ref.end); k < mentions.length && mentions[k]!.start < sEnd && !after; k++) if (ok(mentions[k]!)) after = mentions[k];
    if (after) {
      out.push({ ref, instrument: after.instrument!, via: after, attached: false, ...base });
      return;
    }
    // 6. The last code named earlier in the text ("the Code" logic); paragraphs never travel across sentences.
    if (ref.unit !== 'article') return;
    for (let k = firstFrom(ref.start) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.end <= ref.start && ok(m) && instrumentKind(m.instrument!) === 'code') {
        out.push({ ref, instrument: m.instrument!, attached: false, ...base });
        return;
      }
    }
  });
  return out;
}
