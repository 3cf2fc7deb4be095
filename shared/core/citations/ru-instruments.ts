// Russian instrument mentions: code names and abbreviations, "настоящего Кодекса" as the text's own code, and anaphora
// by a capitalised common noun ("статьи 5 Конвенции", "ст.1 “Закона”").
import { WB_END, WB_START } from './registry.js';
import { bareConstitutionMentions } from './bare-constitution.js';
import { findBareDecrees } from './bare-decrees.js';
import { genevaActMentions } from './geneva-acts.js';
import { truncatedTitleMentions } from './truncated-titles.js';
import { findAliasMentions } from './mentions.js';
import type { CitationFamily, RawMention } from './types.js';
import { unknownLawMentions } from './unknown-laws.js';

// Written for (ГК РФ, УК РФ; court decisions; scholarly texts):
//   "статьей 1233 настоящего Кодекса", "настоящим Кодексом", "настоящего Федерального закона", "пункт 1 настоящего
//   Постановления" (a government resolution's own heading names it: see own-act.ts)
//   "ст. 1225 Гражданского кодекса РФ", "ч.1 ст.7.12 Кодекса Российской Федерации об административных правонарушениях"
//   "ст. 141 УК РСФСР" (not the Russian Federation's code), "статью 28 АПК РФ"
//   "ст.48 Закона «Об авторских и смежных правах» ... термины, упоминаемые в “Законе” ... в ст.1 “Закона”" (student paper):
//   the quoted “Закон” is the law named before, and a name in its own right.

const SELF_RU = new RegExp(String.raw`${WB_START}настоящ[а-яё]{0,4}\s+(?:(?<code>Кодекс[а-яё]{0,3})|(?<law>(?:Федеральн[а-яё]{0,4}\s+)?закон[а-яё]{0,3})|(?<gov>Постановлени[а-яё]{0,3}))${WB_END}`, 'giu');
/** Capitalised nouns standing for an instrument named before (case-sensitive: "закон" in prose is no reference). */
const NOUN_RU = new RegExp(String.raw`${WB_START}(["«“„])?(Кодекс|Конвенци|Соглашени|Договор|Закон|Указ(?!ан)|Основ(?=(?:ы|ам|ами|ах)?(?![а-яё])))[а-яё]{0,3}${WB_END}(["»”“])?`, 'gu');
// ("Статья 152 Основ": the 1991 Fundamentals of Civil Legislation named before)
const NOUN_STEM: Record<string, string> = { Кодекс: 'Кодекс', Конвенци: 'Конвенция', Соглашени: 'Соглашение', Договор: 'Договор', Закон: 'Закон', Указ: 'Указ', Основ: 'Основы' };
/** A demonstrative before a common noun, any case: «п. 2 ст. 14 данного закона», «ст. 5 указанной конвенции», «того же кодекса». */
const DEMONSTRATIVE_RU = new RegExp(String.raw`${WB_START}(?:данн|указанн|вышеуказанн|названн|это|эти|т(?:ого|ой|ом) же|упомянут)[а-яё]{0,3}\s+((?:[Фф]едеральн[а-яё]{0,4}\s+)?[Зз]акон|[Кк]одекс|[Кк]онвенци|[Сс]оглашени|[Дд]оговор|[Уу]каз(?!ан))[а-яё]{0,3}${WB_END}`, 'gu');

export function findRussianMentions(text: string): RawMention[] {
  const out = [...findAliasMentions(text, 'ru'), ...unknownLawMentions(text, 'ru'), ...bareConstitutionMentions(text, 'ru'), ...findBareDecrees(text, 'ru'), ...genevaActMentions(text, 'ru'), ...truncatedTitleMentions(text, 'ru')];
  SELF_RU.lastIndex = 0;
  for (let m = SELF_RU.exec(text); m; m = SELF_RU.exec(text)) {
    // A statute given its own instrument takes any "настоящего ..." as itself; otherwise the noun must fit the act the text is.
    const noun = m.groups!.code ? 'Кодекс' : m.groups!.law ? 'Закон' : 'Постановление';
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: { noun, own: true } });
  }
  NOUN_RU.lastIndex = 0;
  for (let m = NOUN_RU.exec(text); m; m = NOUN_RU.exec(text)) {
    const quoted = m[1] !== undefined && m[3] !== undefined;
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: { noun: NOUN_STEM[m[2]!]! }, ...(quoted ? { quoted } : {}) });
  }
  DEMONSTRATIVE_RU.lastIndex = 0;
  for (let m = DEMONSTRATIVE_RU.exec(text); m; m = DEMONSTRATIVE_RU.exec(text)) {
    const word = m[1]!.replace(/^[Фф]едеральн[а-яё]*\s+/u, '');
    const stem = Object.keys(NOUN_STEM).find((k) => word.toLowerCase() === k.toLowerCase())!;
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: { noun: NOUN_STEM[stem]! } });
  }
  return out;
}

export const RU_INSTRUMENTS: CitationFamily = { id: 'ru-instruments', lang: 'ru', find: (text) => ({ mentions: findRussianMentions(text) }) };
