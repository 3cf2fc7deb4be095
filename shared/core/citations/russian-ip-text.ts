// Whether a text is on Russian IP law and names no other state's code: where Part IV's numbers alone mean the Civil Code.

/** Russia named ("Russian Federation", «РФ»); with `codes`, a Russian code's abbreviation will do («ГК», "GK"). */
const RUSSIA = /Russia|\bRF\b|Росси|(?<![А-Яа-яЁё])РФ(?![А-Яа-яЁё])/u;
const RUSSIAN_CODE = /(?<![А-Яа-яЁё])ГК(?![А-Яа-яЁё])|\bGK\b/u;
/** A text on intellectual property. */
const IP_TEXT = /intellectual\s+property|copyright|patent|trade\s?mark|\bIP\b|интеллектуальн|авторск|патент|товарн[а-яё]*\s+знак/iu;
/**
 * Another state's code: Ukraine's Civil Code numbers its inheritance articles 1216–1308, France's its torts 1240–1242
 * ("the French Civil Code", "ЦК Украины", "art. 1337 c.c.", "C.C.Q.", "the Code Napoléon", «ГК Казахстана»).
 */
const FOREIGN_CODE = new RegExp(
  String.raw`(?:French|German|Italian|Quebec|Louisiana|Spanish|Dutch|Japanese|Chinese|Ukrainian|Belarusian|Kazakh(?:stan)?|Armenian|Georgian|Moldovan|Swiss|Austrian|Polish|Czech|Brazilian|Argentine|Estonian|Latvian|Lithuanian)\s+(?:Civil\s+)?Code` +
    String.raw`|\bBGB\b|Code\s+civil|Code\s+Napol|C\.\s?C\.\s?Q\.|\bc\.\s?c\.|(?<![А-Яа-яЁё])(?:ФГК|ЦК)(?![А-Яа-яЁё])` +
    String.raw`|(?:[Гг]ражданск[а-яё]*\s+[Кк]одекс[а-яё]*|[Кк]одекс[а-яё]*|ГК)\s+(?:Украины|Беларуси|Республики|Казахстана|Франции|Германии|Италии|Армении|Молдовы|Грузии|Кыргызской|Узбекистана|Латвии|Литвы|Эстонии)`,
  'u',
);

/**
 * The text names Russia (or, with `codes`, a Russian code's abbreviation: enough for a chapter, not for a bare article
 * under a heading that two codes share) and intellectual property, and no other state's code.
 */
export function onRussianIpLaw(text: string, codes = false): boolean {
  return (RUSSIA.test(text) || (codes && RUSSIAN_CODE.test(text))) && IP_TEXT.test(text) && !FOREIGN_CODE.test(text);
}

/** A text on intellectual property written in Russian that names no other state's code (Russia need not be named). */
export function onIpLawInRussian(text: string): boolean {
  return IP_TEXT.test(text) && !FOREIGN_CODE.test(text);
}
