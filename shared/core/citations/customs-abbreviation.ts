// «ТК» in a text about customs: the Customs Code (2003), not the Labour Code ("ст. 340—346 ТК", "ст. 400 ТК РФ").
import type { RawMention } from './types.js';

// Written for (a customs-law textbook, lib.sale; loveread's customs-IP chapter): «в соответствии со ст. 340—346 ТК»,
// «ст. 400 ТК РФ». «ТК РФ» is the Labour Code in most texts; in a text on customs that says nothing of labour it is the
// Customs Code, and so is a bare «ТК» (never «ТК ТС» or «ТК ЕАЭС», the Customs Union's and the EAEU's codes).

/** A text on customs: customs named three times or more, labour, employees and employers never. */
export function onCustoms(text: string): boolean {
  return (text.match(/таможен/giu)?.length ?? 0) >= 3 && !/трудов|работник|работодател/iu.test(text);
}

const CUSTOMS_TK = /(?<![\p{L}\d])ТК(?:\s+(?:РФ|России))?(?![\p{L}\d])(?!\s+(?:ТС|ЕАЭС|ЕврАзЭС|Таможенного\s+союза))/gu;

/**
 * In a text on customs: the Labour Code's «ТК РФ» becomes the Customs Code's, and a bare «ТК» is the Customs Code where
 * no other name covers it.
 */
export function withCustomsCode(raw: RawMention[], text: string): RawMention[] {
  if (!/ТК/u.test(text) || !onCustoms(text)) return raw;
  const out = raw.map((m) => (m.instrument === 'ru-labor-code' && text.startsWith('ТК', m.start) ? { ...m, instrument: 'ru-customs-code' } : m));
  for (const m of text.matchAll(CUSTOMS_TK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && o.end > start)) continue;
    out.push({ start, end, instrument: 'ru-customs-code' });
  }
  return out;
}
