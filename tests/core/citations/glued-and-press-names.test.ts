// Table tests: names whose words text extraction glued together, press names of laws, and loose English names of codes and laws.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const RU = { lang: 'ru' } as const;
const EN = { lang: 'en' } as const;

/** Words glued by a source's text extraction (a translation of WT/ACC/RUS/70 on studfiles): spans stay on the text. */
const glued: Row[] = [
  ['были закреплены в КонституцииРоссийской Федерации, ГражданскомкодексеРоссийской Федерации (с изменениями)',
    [['ru-constitution', 'КонституцииРоссийской Федерации'], ['ru-civil-code', 'ГражданскомкодексеРоссийской Федерации']]],
  ['ПатентномзаконеРоссийской Федерации,ЗаконеРоссийской Федерации "Об авторском праве и смежных правах", Федеральномзаконе"О защите конкуренции"',
    [['ru-law-3517-1-1992', 'ПатентномзаконеРоссийской Федерации'], ['ru-law-5351-1-1993', 'ЗаконеРоссийской Федерации "Об авторском праве и смежных правах"'],
      ['ru-fl-135-fz-2006', 'Федеральномзаконе"О защите конкуренции"']]],
  ['ст. 1229 Гражданскогокодекса РФ', [['ru-civil-code:1229', 'ст. 1229 Гражданскогокодекса РФ']]],
  ['нормы Уголовногокодекса Российской Федерации', [['ru-criminal-code', 'Уголовногокодекса Российской Федерации']]],
  // mixed-case abbreviations are no glued words
  ['по ч. 1 ст. 7.12 КоАП РФ', [['ru-admin-code:7.12/1', 'ч. 1 ст. 7.12 КоАП РФ']]],
];

/** The press name of 187-FZ (2013); the second (2014, 364-FZ) and a new one are not it. */
const pressNames: Row[] = [
  ['под защиту "антипиратского" закона должны попасть иные объекты', [['ru-fl-187-fz-2013', '"антипиратского" закона']]],
  ['так называемый «антипиратский» закон вступил в силу 1 августа 2013 года', [['ru-fl-187-fz-2013', '«антипиратский» закон']]],
  ['Антипиратский закон касался только фильмов', [['ru-fl-187-fz-2013', 'Антипиратский закон']]],
  // the second one is 364-FZ of 2014, by the press's name for it (round 24), never 187-FZ
  ['второй антипиратский закон распространил блокировки на музыку', [['ru-fl-364-fz-2014', 'антипиратский закон']]],
  ['новый антипиратский закон', []],
  ['бессрочный антипиратский закон', []],
  ['антипиратский закон 2014 года', []],
  ['нормы антипиратского законодательства', []],
  // English: only where the text defines it (it is as often generic)
  ['Federal Law No. 187-FZ of 02.07.2013, which later became known in the mass media as the "anti-piracy law". The anti-piracy law covers films.',
    [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ of 02.07.2013'], ['ru-fl-187-fz-2013', 'anti-piracy law']]],
  ['Federal Law No. 364-FZ of 24 November 2014 (the "Anti-Piracy Law") took effect. The Anti-Piracy Law allows blocking.',
    [['ru-fl-364-fz-2014', 'Federal Law No. 364-FZ of 24 November 2014'], ['ru-fl-364-fz-2014', 'Anti-Piracy Law']]],
  ['Russia needs a stronger anti-piracy law', []],
];

/** Loose English names: the ECHR's "Information Act", "Arbitration Code" for АПК. */
const looseNames: Row[] = [
  ['had a legal basis in section 10(6) of the Information Act', [['ru-fl-149-fz-2006:10/6', 'section 10(6) of the Information Act']]],
  ['Article 15.1 of the Information Law', [['ru-fl-149-fz-2006:15.1', 'Article 15.1 of the Information Law']]],
  ['under the Freedom of Information Act', []],
  ['article 28 of the Arbitration Code of the Russian Federation', [['ru-arbitrazh-procedure-code:28', 'article 28 of the Arbitration Code of the Russian Federation']]],
  ['Article 125 of the RF Arbitration Code', [['ru-arbitrazh-procedure-code:125', 'Article 125 of the RF Arbitration Code']]],
  ['the Arbitrazh Code', [['ru-arbitrazh-procedure-code', 'Arbitrazh Code']]],
  ['the Arbitration Code of Kazakhstan', []],
];

/** A numbered act cited in full keeps its own citation when a provision of it follows apart ("(ст. 15.2)"). */
const fullActs: Row[] = [
  ['в Федеральный закон от 27 июля 2006 г. № 149-ФЗ "Об информации, информационных технологиях и о защите информации" (ст. 15.2). Законопроект',
    [['ru-fl-149-fz-2006', 'Федеральный закон от 27 июля 2006 г. № 149-ФЗ'], ['ru-fl-149-fz-2006:15.2', 'ст. 15.2']]],
  ['Article 15.2 of Federal Law No. 149-FZ of 27 July 2006', [['ru-fl-149-fz-2006:15.2', 'Article 15.2 of Federal Law No. 149-FZ of 27 July 2006']]],
];

describe('glued words and press names', () => {
  it.each(glued)('glued: %j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
  it.each(pressNames)('press name: %j', (s, expected) => expect(cite(s, /[а-яё]/i.test(s) ? RU : EN)).toEqual(expected));
  it.each(looseNames)('loose name: %j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it.each(fullActs)('full act: %j', (s, expected) => expect(cite(s, /[а-яё]/i.test(s) ? RU : EN)).toEqual(expected));
});
