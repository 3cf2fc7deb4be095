// Finding instrument names from the registry's aliases and settling overlaps and anaphora ("the Code").
import { aliasSource, INSTRUMENT_DEFS, instrumentKind, WB_END, WB_START } from './registry.js';
import type { ExtractContext, Mention } from './types.js';

/** A mention before anaphora are resolved: a named instrument, or "the Code" / "настоящего Кодекса". */
export interface RawMention {
  start: number;
  end: number;
  instrument?: string;
  /** 'code': the last code named before (or the text's own code); 'self': the text's own instrument. */
  anaphora?: 'code' | 'self';
}

const compiled = new Map<string, Array<{ id: string; re: RegExp }>>();

function aliasRegexes(lang: 'en' | 'ru'): Array<{ id: string; re: RegExp }> {
  let list = compiled.get(lang);
  if (!list) {
    list = [];
    for (const def of INSTRUMENT_DEFS) {
      for (const alias of def.aliases[lang]) list.push({ id: def.id, re: new RegExp(`${WB_START}${aliasSource(alias)}${WB_END}`, 'giu') });
      for (const abbr of def.abbreviations ?? []) list.push({ id: def.id, re: new RegExp(`${WB_START}${aliasSource(abbr)}${WB_END}`, 'gu') });
    }
    compiled.set(lang, list);
  }
  return list;
}

/** Every registry alias of the language (both languages' abbreviations are tried: "ГК РФ" in English is rare but harmless). */
export function findAliasMentions(text: string, lang: 'en' | 'ru'): RawMention[] {
  const out: RawMention[] = [];
  for (const { id, re } of aliasRegexes(lang)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, instrument: id });
  }
  return out;
}

/** Keeps the longest of overlapping mentions (earliest first on ties). */
export function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.start < last.end) {
      if (it.end - it.start > last.end - last.start) out[out.length - 1] = it;
      continue;
    }
    out.push(it);
  }
  return out;
}

/** Resolves anaphora: "the Code" → the last code named before it, else the text's own code; "настоящего Кодекса" → selfInstrument. */
export function resolveMentions(raw: RawMention[], ctx: ExtractContext): Mention[] {
  const out: Mention[] = [];
  let lastCode: string | undefined;
  let prev: RawMention | undefined;
  for (const r of dropOverlaps(raw)) {
    // "WIPO Performance and Phonograms Treaty (WPPT)": the bracketed abbreviation only defines the name just given.
    const isDefinition = prev?.instrument !== undefined && prev.instrument === r.instrument && r.start - prev.end <= 3;
    prev = r;
    if (isDefinition) continue;
    if (r.instrument) {
      if (instrumentKind(r.instrument) === 'code') lastCode = r.instrument;
      out.push({ instrument: r.instrument, start: r.start, end: r.end, how: 'named' });
      continue;
    }
    const self = ctx.selfInstrument;
    const instrument = r.anaphora === 'self' ? self : (lastCode ?? (self && instrumentKind(self) === 'code' ? self : undefined));
    out.push({ instrument, start: r.start, end: r.end, how: 'anaphora' });
  }
  return out;
}
