// An article's number written before a code's abbreviation without its article word ("183 УК РФ", "146 ук рф часть 3"),
// or before the article word itself ("1259 статья Гражданского кодекса", "по 146 статье", "273-й статьей"); and the
// code's abbreviation written between the article word and the numbers («статей УК РФ 151.1, 154, 180») or with no
// article word at all («ГК РФ 1261»).
import { ANOTHER_STATE, RUSSIA_NAMED } from './another-state.js';
import { sentenceAt, sentenceStarts } from './sentences.js';
import type { Reference } from './types.js';

// Written for (tenchat, on art. 183; pnak.ru's page title, 2020; avalist36):
//   "Ответственность за разглашение коммерческой тайны предусмотрена 183 УК РФ", "146 ук рф часть 3. Теория всего",
//   "стал закон, 183 УК РФ". Only before a code's abbreviation with "РФ" (the code right after it, `codeOnly`), never
// a list's later number ("ст. 1252, 1301 ГК РФ" is the list's), a level's ("часть 4 ГК РФ", "гл. 70 ГК РФ"), a
// date's or a year ("2008 ГК РФ"), an amount or a law's number.

// (without "РФ" only after a dotted number, as the Administrative Code's articles are: «по 20.29 КоАП», «282.3 УК»; a
// whole number before a bare «УК» is as often a count of management companies)
// (never another state's code: «КоАП РБ», «КоАП РК», «УК КР»)
const CODE_AFTER = String.raw`(?:УК|ГК|КоАП|НК|АПК|ГПК|УПК|ТК)(?<rf>\s+РФ)?(?![\p{L}])(?!\s+(?:РБ|РК|КР|РУз|РТ|РА)(?![\p{L}]))`;
const NUMBER_BEFORE_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:;/№§\-–])(?<!\p{N}\s{0,3}[,\-–]?\s{0,3})(?<!\p{N}\s{1,3}(?:и|или)\s{1,3})(?<!(?:ст|ч|п|пп|гл|абз|разд|стать[яиейю]{1,2}|част[ьиюей]{1,2}|пункт[а-я]{0,2}|глав[аыеу]|раздел[а-я]{0,2}|от|№|N)\.?\s{1,3})` +
    String.raw`(?<n>\d{1,4}(?:\.\d{1,2}){0,2})(?![\p{N}.])\s+(?<code>${CODE_AFTER})(?:\s+(?:часть|ч\.)\s*(?<part>\d{1,2})(?![\p{N}])(?!\s*(?:ст\.|стать|[А-ЯЁ])))?`,
  'giu',
);

/**
 * Whether a number before a code's abbreviation without «РФ» is an article: a dotted one only, never a date's day and
 * month («12.05», «от 14.06 УК»: a leading zero), and before «УК», «ГК» and the like only past 99 («282.3 УК»), as the
 * Administrative Code's chapter-numbered articles are below it («20.29 КоАП»).
 */
function bareCodeArticle(article: string, code: string): boolean {
  if (!article.includes('.') || /\.0/u.test(article)) return false;
  // (and an amount's kopecks are none: «Тариф 125.40 УК»)
  return code.startsWith('КоАП') || (Number(article.split('.')[0]) >= 100 && !/\.\d0$/u.test(article));
}

/** Whether the sentence at `at` is on another state and not on Russia («В Беларуси его оштрафовали по 24.23 КоАП»). */
function onAnotherState(text: string, starts: number[], at: number): boolean {
  const [from, to] = sentenceAt(starts, at, text.length);
  const sentence = text.slice(from, to);
  return ANOTHER_STATE.ru.test(sentence) && !RUSSIA_NAMED.test(sentence);
}

// Written for (an NGO's report, 2015): «статьи о неповиновении полиции и мелком хулиганстве (19.3 и 20.1 КоАП)». Dotted
// numbers only (a list of whole numbers before «УК» may be counts), never after an article word (that list is the
// article families'), a number sign or a date.
const DOTTED = String.raw`\d{1,4}(?:\.\d{1,2}){1,2}(?![\p{N}.])`;
const DOTTED_LIST_BEFORE_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:;/№§\-–])(?<!(?:ст|ч|п|пп|стать[яиейюям]{1,3}|от|№|N)\.?\s{1,3})(?<list>${DOTTED}(?:\s*,\s*${DOTTED})*\s*(?:,|и|или)\s*${DOTTED})\s+(?<code>${CODE_AFTER})`,
  'gu',
);

/** References of numbers written right before a code's abbreviation (the code is named right after: `codeOnly`). */
export function findNumbersBeforeCode(text: string): Reference[] {
  const out: Reference[] = [];
  let starts: number[] | undefined;
  NUMBER_BEFORE_CODE.lastIndex = 0;
  for (let m = NUMBER_BEFORE_CODE.exec(text); m; m = NUMBER_BEFORE_CODE.exec(text)) {
    const article = m.groups!.n!;
    // a year is no article ("с 2008 ГК РФ действует"); no code has articles numbered so
    const whole = Number(article.split('.')[0]);
    if (/^(?:19|20)\d\d$/u.test(article) || whole < 1 || whole > 1551) continue;
    if (!m.groups!.rf && (!bareCodeArticle(article, m.groups!.code!) || onAnotherState(text, (starts ??= sentenceStarts(text)), m.index))) continue;
    const start = m.index;
    const end = start + article.length;
    const part = m.groups!.part;
    out.push({ family: 'ru-articles', start, end, unit: 'article', targets: [part ? { article, part } : { article }], strict: true, codeOnly: true });
  }
  // «(19.3 и 20.1 КоАП)», «по 20.2, 20.2.2 КоАП»: a list of dotted numbers before the abbreviation, each an article
  DOTTED_LIST_BEFORE_CODE.lastIndex = 0;
  for (let m = DOTTED_LIST_BEFORE_CODE.exec(text); m; m = DOTTED_LIST_BEFORE_CODE.exec(text)) {
    const articles = m.groups!.list!.match(/\d{1,4}(?:\.\d{1,2}){1,2}/gu) ?? [];
    if (articles.some((a) => Number(a.split('.')[0]) > 1551) || (!m.groups!.rf && (!articles.every((a) => bareCodeArticle(a, m.groups!.code!)) || onAnotherState(text, (starts ??= sentenceStarts(text)), m.index)))) continue;
    const start = m.index;
    const end = start + m.groups!.list!.length;
    out.push({ family: 'ru-articles', start, end, unit: 'article', targets: articles.map((article) => ({ article })), strict: true, codeOnly: true });
  }
  return out;
}

// Written for (m-bratstvo 2024; computerra 2007): "1259 статья Гражданского кодекса", "за 273-й статьей УК". A bare
// number only before a singular case of the word ("273 статьи", "100 статей" count articles), an ordinal's ending
// before any; never a year or a number past the codes' articles.
const NUMBER_BEFORE_WORD = new RegExp(
  // (a bare number only after a preposition, "по 146 статье", or with the code's name right after the word, "1259 статья
  // Гражданского кодекса": "опубликовал 31 статью" and "содержит 21 статью" count articles)
  String.raw`(?<![\p{L}\p{N}.,:;/№§\-–])(?:(?<n>\d{1,4}(?:\.\d{1,2}){0,2})(?<ord>-?(?:й|я|ю|ей|ой|ая|ую|ом))\s+стать(?:я|и|е|ю|ей|ёй)|(?<=(?<![\p{L}])(?:[Пп]о|[Вв]|[Зз]а|[Пп]од|[Кк]|[Сс]огласно|[Нн]а)\s)(?<n2>\d{1,4}(?:\.\d{1,2}){0,2})\s+стать(?:я|е|ю|ей|ёй)|(?<n3>\d{1,4}(?:\.\d{1,2}){0,2})\s+стать(?:я|е|ю|ей|ёй)(?=\s+(?:Гражданск|Уголовн|Налогов|Трудов|Кодекс|ГК|УК|КоАП|НК|АПК|ГПК|УПК|ТК)))(?![\p{L}])`,
  'gu',
);

// Written for (ya66, 2013, on torrent trackers): «по 146-й, 272-й и 159-й статьям УК РФ». Ordinals listed before the
// plural article word: each an article (never a year or a number past the codes' articles).
const ORDINAL = String.raw`\d{1,4}(?:\.\d{1,2}){0,2}-?(?:й|я|ю|ей|ой|ая|ую|ом)(?![\p{L}])`;
const ORDINALS_BEFORE_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:;/№§\-–])(?<list>${ORDINAL}(?:\s*,\s*${ORDINAL})*\s*,?\s+(?:и|или)\s+${ORDINAL})\s+стать(?:ям|ями|ях|и|ей)(?![\p{L}])`,
  'gu',
);

/** References of numbers written before the article word ("1259 статья", "273-й статье", «146-й, 272-й и 159-й статьям»). */
export function findNumbersBeforeArticleWord(text: string): Reference[] {
  const out: Reference[] = [];
  ORDINALS_BEFORE_WORD.lastIndex = 0;
  for (let m = ORDINALS_BEFORE_WORD.exec(text); m; m = ORDINALS_BEFORE_WORD.exec(text)) {
    const articles = m.groups!.list!.match(/\d{1,4}(?:\.\d{1,2}){0,2}/gu) ?? [];
    if (articles.some((a) => /^(?:19|20)\d\d$/u.test(a) || Number(a.split('.')[0]) < 1 || Number(a.split('.')[0]) > 1551)) continue;
    out.push({ family: 'ru-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets: articles.map((article) => ({ article })) });
  }
  NUMBER_BEFORE_WORD.lastIndex = 0;
  for (let m = NUMBER_BEFORE_WORD.exec(text); m; m = NUMBER_BEFORE_WORD.exec(text)) {
    const article = (m.groups!.n ?? m.groups!.n2 ?? m.groups!.n3)!;
    const whole = Number(article.split('.')[0]);
    if (/^(?:19|20)\d\d$/u.test(article) || whole < 1 || whole > 1551) continue;
    out.push({ family: 'ru-articles', start: m.index, end: m.index + m[0].length, unit: 'article', targets: [{ article }] });
  }
  return out;
}

// Written for (cyberleninka, Pleshakov, on repeated offences): «Проводится анализ следующих статей УК РФ 151.1, 154, 180,
// 212.1, 215.4, 264.1, 284.1». The code named between the article word and its numbers; every number of the list is one
// of its articles (never a year, a number past the code's articles, or one followed by a unit: «ст. УК РФ 2019 года»).
const CODE_IDS: Record<string, string> = {
  УК: 'ru-criminal-code',
  ГК: 'ru-civil-code',
  КОАП: 'ru-admin-code',
  НК: 'ru-tax-code',
  АПК: 'ru-arbitrazh-procedure-code',
  ГПК: 'ru-civil-procedure-code',
  УПК: 'ru-criminal-procedure-code',
  ТК: 'ru-labor-code',
};
const LISTED = String.raw`\d{1,4}(?:\.\d{1,2}){0,2}(?![\p{N}]|\.\d|\s*(?:г\.|год|%|руб|тыс|млн|[-–—]))`;
const CODE_FIRST_LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:статей|стать(?:я|и|ей|ям|ями|ях|е|ю)|ст\.(?:\s*ст\.)?)\s+(?<code>УК|ГК|КоАП|НК|АПК|ГПК|УПК|ТК)\s+РФ\s+(?<list>${LISTED}(?:\s*,\s*${LISTED})*(?:\s*,?\s+(?:и|или)\s+${LISTED})?)`,
  'gu',
);

// Written for (a project's decision record on its source licence, 2026): «[ГК РФ 1261](https://…) — программы для ЭВМ
// охраняются как литературные произведения». The code's abbreviation then an article's number without any article word,
// as a link's or a heading's words: only a number of three digits or more that ends the phrase (a bracket, a stop,
// "и", a dash), never a year, a number past the code's articles, one a word follows («ГК РФ 10 лет», «ГК РФ 2 части»),
// nor a footnote's or a numbered list's next number («ст. 1259 ГК РФ 12. Далее», «12. ГК РФ 13. НК РФ»).
const CODE_THEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:стат\p{L}*|ст\.(?:\s*ст\.)?)\s+)(?<!\d[\d.]*\.?\s+)(?<code>УК|ГК|КоАП|НК|АПК|ГПК|УПК|ТК)\s+РФ\s+(?<n>\d{3,4}(?:\.\d{1,2}){0,2})(?![\p{N}]|\.\d)(?=\s*(?:$|[)\].,;:!?»"”]|\s(?:и|или|[—–-])\s))`,
  'gu',
);

/** References of lists written code first («статей УК РФ 151.1, 154 и 180»): the code is read in the span. */
export function findCodeFirstLists(text: string): Reference[] {
  const out: Reference[] = [];
  CODE_THEN_NUMBER.lastIndex = 0;
  for (let m = CODE_THEN_NUMBER.exec(text); m; m = CODE_THEN_NUMBER.exec(text)) {
    const article = m.groups!.n!;
    const whole = Number(article.split('.')[0]);
    if (/^(?:19|20)\d\d$/u.test(article) || whole < 1 || whole > 1551) continue;
    // (the reference is the number, its instrument the code named right before it)
    const start = m.index + m[0].length - article.length;
    out.push({ family: 'ru-articles', start, end: start + article.length, unit: 'article', instrument: CODE_IDS[m.groups!.code!.toUpperCase()]!, codeBefore: true, targets: [{ article }] });
  }
  CODE_FIRST_LIST.lastIndex = 0;
  for (let m = CODE_FIRST_LIST.exec(text); m; m = CODE_FIRST_LIST.exec(text)) {
    const numbers = m.groups!.list!.match(/\d{1,4}(?:\.\d{1,2}){0,2}/gu) ?? [];
    if (numbers.some((n) => /^(?:19|20)\d\d$/u.test(n) || Number(n.split('.')[0]) < 1 || Number(n.split('.')[0]) > 1551)) continue;
    const instrument = CODE_IDS[m.groups!.code!.toUpperCase()]!;
    out.push({ family: 'ru-articles', start: m.index, end: m.index + m[0].length, unit: 'article', instrument, targets: numbers.map((article) => ({ article })) });
  }
  return out;
}
