// Negative table: dates, amounts, years, pages, footnote marks and law registration numbers are not provisions.
import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../../shared/core/citations/index.js';
import { cite } from './helpers.js';

const EN: ExtractContext = { lang: 'en' };
const GK: ExtractContext = { lang: 'ru', selfInstrument: 'ru-civil-code' };
const UK: ExtractContext = { lang: 'ru', selfInstrument: 'ru-criminal-code' };

const rows: Array<[string, ExtractContext, Array<[string, string]>]> = [
  // IIPA 2017 Special 301 report on Russia
  ['In December 2016, the U.S. Trade Representative submitted a report to Congress on Russia’s compliance', EN, []],
  ['“[o]perators of the site allegedly net an estimated $2 million', EN, []],
  ['For example, the Russian-hosted demonoid has over 17,000 ', EN, []],
  ['is hosted in Russia, makes over 15,000 links available to unauthorized video games.3 Most ISPs', EN, []],
  ['see \nhttp://www.iipawebsite.com/rbc/2010/2010SPEC301RUSSIA.pdf at page 138. ', EN, []],
  ['Watch List in 2017.1 ', EN, []],
  ['the 2014 amendments \n(Federal Law No. 364, in force May 2015) also expanded', EN, [['ru-fl-364-fz-2014', 'Federal Law No. 364']]],
  ['with its WTO TRIPS obligations.2 The report concluded', EN, [['wto-trips', 'WTO TRIPS']]],
  ['persons (1,500 to 2000 rubles, US$25 to US$33), the owners or managers of legal entities (10,000 to 20,000 rubles,', EN, []],
  // 09MOSCOW521
  ['Box office sales in Russia topped $800 \nmillion in 2008', EN, []],
  ['13. As for the Law on Medicines, the GOR has not yet even submitted', EN, []],
  ['MOSCOW 00000521  003 OF 004 ', EN, []],
  // ГК РФ / УК РФ editorial notes: registration numbers and dates
  ['(В редакции Федерального закона от 12.03.2014 № 35-ФЗ)', GK, [['ru-fl-35-fz-2014', 'Федерального закона от 12.03.2014 № 35-ФЗ']]],
  ['  (Дополнение статьей - Федеральный закон от 12.03.2014 № 35-ФЗ)', GK, [['ru-fl-35-fz-2014', 'Федеральный закон от 12.03.2014 № 35-ФЗ']]],
  ['  (Часть в редакции Федерального закона от 07.12.2011 № 420-ФЗ)', UK, [['ru-fl-420-fz-2011', 'Федерального закона от 07.12.2011 № 420-ФЗ']]],
  ['(Статья в редакции Федерального закона от 08.04.2003 № 45-ФЗ)', UK, [['ru-fl-45-fz-2003', 'Федерального закона от 08.04.2003 № 45-ФЗ']]],
  ['Федеральный закон № 146-ФЗ', UK, []],
  ['наказывается штрафом в размере до двухсот тысяч рублей или в размере заработной платы', UK, []],
  ['возмещения убытков выплаты компенсации в размере от десяти тысяч до пяти миллионов рублей', GK, []],
  ['абзацем вторым настоящего пункта', GK, []],
  // an article of an instrument the registry does not know is no article of the code named before
  // (Protocol No. 12; Protocol No. 1, on property, is in the registry since round 25)
  ['Under the Criminal Code, and in Article 1 of Protocol No. 12 to the Convention, the applicant complained', EN, [['ru-criminal-code', 'Criminal Code']]],
  ['Согласно ст. 146 УК РФ и статье 1 Протокола № 12 к Конвенции', { lang: 'ru' }, [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
  ['Under the Criminal Code, and in Article 1 of Protocol No. 1 to the Convention, the applicant complained', EN, [['ru-criminal-code', 'Criminal Code'], ['echr-protocol-1:1', 'Article 1 of Protocol No. 1 to the Convention']]],
];

describe('negatives', () => {
  it.each(rows)('%j', (sentence, ctx, expected) => {
    expect(cite(sentence, ctx)).toEqual(expected);
  });
});
