// Russian instrument mentions: code names and abbreviations, "настоящего Кодекса" as the text's own code, and anaphora
// by a capitalised common noun ("статьи 5 Конвенции", "ст.1 “Закона”").
import { WB_END, WB_START } from './registry.js';
import { bareConstitutionMentions } from './bare-constitution.js';
import { codeListMentions } from './code-lists.js';
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
const NOUN_RU = new RegExp(String.raw`${WB_START}(["«“„])?(Кодекс|Конвенци|Соглашени|Договор|Закон|Указ(?!ан)|Основ(?=(?:ы|ам|ами|ах)?(?![а-яё]))(?!(?:ы|ам|ами|ах)?\s+(?:[а-яё]+\s+){0,2}законодательств)|Протокол)[а-яё]{0,3}${WB_END}(["»”“])?`, 'gu');
// ("Статья 152 Основ": the 1991 Fundamentals of Civil Legislation named before; never other Fundamentals by their title,
// «Статья 3 Основ законодательства РФ о нотариате»)
const NOUN_STEM: Record<string, string> = { Кодекс: 'Кодекс', Конвенци: 'Конвенция', Соглашени: 'Соглашение', Договор: 'Договор', Закон: 'Закон', Указ: 'Указ', Основ: 'Основы', Протокол: 'Протокол' };
/** A demonstrative before a common noun, any case: «п. 2 ст. 14 данного закона», «ст. 5 указанной конвенции», «того же кодекса», «этого же закона». */
const DEMONSTRATIVE_RU = new RegExp(String.raw`${WB_START}(?:данн|указанн|вышеуказанн|названн|это|эти|т(?:ого|ой|ом) же|упомянут)[а-яё]{0,3}(?:\s+же)?\s+((?:[Фф]едеральн[а-яё]{0,4}\s+)?[Зз]акон|[Кк]одекс|[Кк]онвенци|[Сс]оглашени|[Дд]оговор|[Уу]каз(?!ан))[а-яё]{0,3}${WB_END}`, 'gu');
/** Another state's act where a demonstrative's noun was last used: «Гражданский кодекс Украины … ст. 5 этого кодекса». */
const FOREIGN_AFTER_NOUN_RU = /^\s+(?:Украины|Республики|Беларуси|Белоруссии|Казахстана|Армении|Кыргызской|Киргизии|Узбекистана|Таджикистана|Азербайджана|Грузии|Молдовы|Латвии|Литвы|Эстонии|Германии|Франции|США|Китая|КНР|ЕС)(?![а-яё])/u;
const FOREIGN_BEFORE_NOUN_RU = /(?<![а-яё])(?:[Уу]краинск|[Бб]елорусск|[Кк]азахстанск|[Кк]азахск|[Уу]збекск|[Кк]иргизск|[Кк]ыргызск|[Аа]рмянск|[Нн]емецк|[Гг]ерманск|[Фф]ранцузск|[Аа]мериканск|[Кк]итайск)[а-яё]*\s+(?:[а-яё]+\s+)?$/u;

export function findRussianMentions(text: string): RawMention[] {
  const out = [...findAliasMentions(text, 'ru'), ...unknownLawMentions(text, 'ru'), ...bareConstitutionMentions(text, 'ru'), ...findBareDecrees(text, 'ru'), ...genevaActMentions(text, 'ru'), ...truncatedTitleMentions(text, 'ru'), ...codeListMentions(text, 'ru')];
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
    // (the noun's last use before it another state's act: it names that act, which resolves to nothing and blocks a guess)
    const from = Math.max(0, m.index - 1500);
    const uses = [...text.slice(from, m.index).matchAll(new RegExp(String.raw`(?<![а-яё])${stem}[а-яё]{0,3}(?![а-яё])`, 'giu'))];
    const last = uses[uses.length - 1];
    const foreign = last !== undefined && (FOREIGN_AFTER_NOUN_RU.test(text.slice(from + last.index! + last[0].length, from + last.index! + last[0].length + 40))
      || FOREIGN_BEFORE_NOUN_RU.test(text.slice(Math.max(0, from + last.index! - 40), from + last.index!)));
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: { noun: foreign ? 'иностранный' : NOUN_STEM[stem]! } });
  }
  return out;
}

export const RU_INSTRUMENTS: CitationFamily = { id: 'ru-instruments', lang: 'ru', find: (text) => ({ mentions: findRussianMentions(text) }) };
