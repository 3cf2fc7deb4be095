// Russian names in Latin letters, whatever the scheme (ij/iy/ii, kh/h, ja/ya, c/ts): one skeleton both scripts map to.
import { aliasSource, INSTRUMENT_DEFS, WB_END, WB_START } from './registry.js';
import type { RawMention } from './types.js';

// Written for (reference lists of English articles by Russian authors, and law-firm notes):
//   "Grazhdanskij kodeks Rossijskoj Federacii (chast' chetvertaja) ot 18.12.2006 N 230-FZ"   (the Library of Congress's
//   scheme without diacritics, as Russian journals ask), "Grazhdanskiy kodeks Rossiyskoy Federatsii" (BGN/PCGN),
//   "Kodeks Rossijskoj Federacii ob administrativnyh pravonarushenijah", "Ugolovnyj kodeks Rossijskoj Federacii",
//   "Arbitrazhnyj processual'nyj kodeks", "Federal'nyj zakon «Ob informacii, informacionnyh tehnologijah i o zashhite
//   informacii»".
// Every scheme is folded into one skeleton, and so is every Russian name of the registry: й, и, ы, j, y → i; х, kh, h →
// h; ц, ts, c → c; я, ja, ya, ia → ia; ь, ъ and apostrophes vanish. Abbreviations are left out ("UK" is no УК).

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'i', ь: '',
  э: 'e', ю: 'iu', я: 'ia',
};
const LATIN: Record<string, string> = {
  j: 'i', y: 'i', x: 'ks', w: 'v', q: 'k', "'": '', '’': '', 'ʹ': '', 'ʼ': '', ž: 'zh', č: 'ch', š: 'sh', é: 'e', ë: 'e', ý: 'i',
};

export interface Skeleton {
  text: string;
  /** For each character of `text`: where its source starts and ends in the original. */
  from: Int32Array;
  to: Int32Array;
}

/** The skeleton of `s` (lower case; non-letters kept), with the map back to the original. */
export function skeleton(s: string): Skeleton {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    const out = CYRILLIC[c] ?? LATIN[c] ?? c;
    for (const o of out) {
      // "kh" → "h", "ts" → "c": the second letter joins the first's
      const prev = chars[chars.length - 1];
      if ((prev === 'k' && o === 'h') || (prev === 't' && o === 's')) {
        chars[chars.length - 1] = o === 'h' ? 'h' : 'c';
        to[to.length - 1] = i + 1;
        continue;
      }
      chars.push(o);
      from.push(i);
      to.push(i + 1);
    }
  }
  return { text: chars.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** A Russian alias (registry mini-syntax) as a pattern over skeletons: its words folded, "[Зз]" and "[а-яё]" as Latin. */
function skeletonAlias(alias: string): string {
  return alias
    .replace(/\[([^\]]*)\]/g, (cls: string, inner: string) => {
      if (inner === 'а-яё') return '[a-z]';
      if (!/[а-яё]/iu.test(inner)) return cls;
      const alts = [...new Set([...inner].map((c) => skeleton(c).text).filter(Boolean))];
      return `(?:${alts.join('|')})`;
    })
    .replace(/[а-яёА-ЯЁ]+/gu, (word) => skeleton(word).text)
    .replace(/~/g, '[a-z]{0,8}');
}

let patterns: Array<{ id: string; re: RegExp }> | undefined;

function compiled(): Array<{ id: string; re: RegExp }> {
  patterns ??= INSTRUMENT_DEFS.flatMap((d) =>
    d.aliases.ru.map((alias) => ({ id: d.id, re: new RegExp(`${WB_START}${aliasSource(skeletonAlias(alias))}${WB_END}`, 'gu') })),
  );
  return patterns;
}

/** Words a transliterated Russian name holds; without one the text is not searched (most English texts). */
const CUE = /kodeks|zakon|konvenci|konventsi|federaci|federatsi|soglasheni|dogovor|postanovleni/i;

/** Registry instruments named in Latin transliteration, spans on `text`. */
export function findTransliteratedMentions(text: string): RawMention[] {
  if (!CUE.test(text)) return [];
  const sk = skeleton(text);
  const out: RawMention[] = [];
  for (const { id, re } of compiled()) {
    re.lastIndex = 0;
    for (let m = re.exec(sk.text); m; m = re.exec(sk.text)) {
      if (!m[0].length) continue;
      out.push({ start: sk.from[m.index]!, end: sk.to[m.index + m[0].length - 1]!, instrument: id });
    }
  }
  return out;
}
