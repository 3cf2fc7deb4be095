// A code's part named alone after the text named that part of the code: "Part IV" after "Part IV of the Civil Code".
import type { Mention } from './types.js';

// Written for (06MOSCOW12158): "concerns regarding draft Part IV of the Civil Code on IPR ... some 20 USG-proposed
// amendments to Part IV were among the 300 accepted". Only a Roman numeral or a number word ("Part Four"): "part 4" is
// an article's part. Only a part the text named with its code: "Part III" of the TRIPS Agreement is no code's.

const PART_NUMBER: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', one: '1', two: '2', three: '3', four: '4', '1': '1', '2': '2', '3': '3', '4': '4' };
const NAMED_PART = /\bPart\s+(I{1,3}|IV|One|Two|Three|Four|[1-4])(?![\w-])/iu;
const BARE_PART = /\bPart\s+(I{1,3}|IV|One|Two|Three|Four)(?![\w-])(?!\s*(?:,\s*)?(?:of|to|and|or)\b)/gu;

/** Mentions of the code for each part named alone after the text named that part with its code. */
export function codePartMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  BARE_PART.lastIndex = 0;
  for (let m = BARE_PART.exec(text); m; m = BARE_PART.exec(text)) {
    const part = PART_NUMBER[m[1]!.toLowerCase()];
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((o) => o.start < end && start < o.end)) continue;
    let named: Mention | undefined;
    for (const o of mentions) {
      if (o.end > start) break;
      const p = NAMED_PART.exec(text.slice(o.start, o.end));
      if (o.how === 'named' && o.instrument && p && PART_NUMBER[p[1]!.toLowerCase()] === part) named = o;
    }
    if (named) out.push({ instrument: named.instrument, start, end, how: 'named' });
  }
  return out;
}
