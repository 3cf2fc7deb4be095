// Russian instrument mentions: code names and abbreviations, federal laws by number, "настоящего Кодекса" as the text's own code.
import { INSTRUMENTS, WB_END, WB_START } from './registry.js';
import { findAliasMentions, type RawMention } from './mentions.js';

// Federal laws by registration number (the number is a law's, never an article's), written for:
//   "(В редакции Федерального закона от 12.03.2014 № 35-ФЗ)"                       (ГК РФ, passim)
//   "(Наименование в редакции федеральных законов от 12.03.2014 № 35-ФЗ, от 23.05.2018 № 116-ФЗ)"
//   "предусмотренной Федеральным законом от 21 декабря 2013 года № 353-ФЗ "О потребительском кредите (займе)""  (УК РФ)
//   "(Дополнение примечаниями - Федеральнй закон от 29..."  (sic: typos in the official text)
const DATE_RU = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-я]+\s+\d{4}\s*(?:г\.|года)?)`;
const FEDERAL_LAW_RU = new RegExp(
  String.raw`${WB_START}(?:Федеральн[а-яё]{0,4}\s+закон[а-яё]{0,4}\s+)?(?:от\s+${DATE_RU}\s+)?№\s*(\d{1,4})-ФЗ${WB_END}`,
  'giu',
);

// "статьей 1233 настоящего Кодекса", "настоящим Кодексом", "настоящего Федерального закона"
const SELF_RU = new RegExp(String.raw`${WB_START}настоящ[а-яё]{0,4}\s+(?:Кодекс[а-яё]{0,3}|Федеральн[а-яё]{0,4}\s+закон[а-яё]{0,3})${WB_END}`, 'giu');

export function findRussianMentions(text: string): RawMention[] {
  const out = findAliasMentions(text, 'ru');
  FEDERAL_LAW_RU.lastIndex = 0;
  for (let m = FEDERAL_LAW_RU.exec(text); m; m = FEDERAL_LAW_RU.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, instrument: INSTRUMENTS.federalLawId(m[1]!) });
  }
  SELF_RU.lastIndex = 0;
  for (let m = SELF_RU.exec(text); m; m = SELF_RU.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, anaphora: 'self' });
  return out;
}
