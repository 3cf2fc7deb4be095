// Table tests for registry breadth written from general legal knowledge, not from any text: every current Russian code,
// federal laws around IP, media, internet, trade and enforcement (federal constitutional laws keyed 'ru-fl-<n>-fkz-<year>'),
// the 2022 decrees and resolutions, WIPO and WTO instruments, the VCLT and Section 182. One positive per name or
// abbreviation; negatives show ordinary words and other states' codes stay uncited.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';
import type { ExtractContext } from '../../../shared/core/citations/index.js';

const langOf = (s: string): ExtractContext => (/[а-яё]/i.test(s) ? { lang: 'ru' } : { lang: 'en' });

describe('Russian codes in both languages, with abbreviations', () => {
  const rows: Row[] = [
    ['Article 5 of the Russian Tax Code', [['ru-tax-code:5', 'Article 5 of the Russian Tax Code']]],
    ['Article 5 of the RF Tax Code', [['ru-tax-code:5', 'Article 5 of the RF Tax Code']]],
    ['Article 5 of the Tax Code of the Russian Federation', [['ru-tax-code:5', 'Article 5 of the Tax Code of the Russian Federation']]],
    ['Article 30 of the Housing Code', [['ru-housing-code:30', 'Article 30 of the Housing Code']]],
    ['Article 3 of the Budget Code', [['ru-budget-code:3', 'Article 3 of the Budget Code']]],
    ['ст. 3 БК РФ', [['ru-budget-code:3', 'ст. 3 БК РФ']]],
    ['статья 3 Бюджетного кодекса Российской Федерации', [['ru-budget-code:3', 'статья 3 Бюджетного кодекса Российской Федерации']]],
    ['Article 11 of the Water Code', [['ru-water-code:11', 'Article 11 of the Water Code']]],
    ['ст. 11 ВК РФ', [['ru-water-code:11', 'ст. 11 ВК РФ']]],
    ['статья 11 Водного кодекса', [['ru-water-code:11', 'статья 11 Водного кодекса']]],
    ['Article 25 of the Forest Code', [['ru-forest-code:25', 'Article 25 of the Forest Code']]],
    ['ст. 25 ЛК РФ', [['ru-forest-code:25', 'ст. 25 ЛК РФ']]],
    ['статья 25 Лесного кодекса РФ', [['ru-forest-code:25', 'статья 25 Лесного кодекса РФ']]],
    ['Article 51 of the Urban Planning Code', [['ru-town-planning-code:51', 'Article 51 of the Urban Planning Code']]],
    ['ст. 51 ГрК РФ', [['ru-town-planning-code:51', 'ст. 51 ГрК РФ']]],
    ['статья 51 Градостроительного кодекса', [['ru-town-planning-code:51', 'статья 51 Градостроительного кодекса']]],
    ['Article 8 of the Air Code of the Russian Federation', [['ru-air-code:8', 'Article 8 of the Air Code of the Russian Federation']]],
    ['ст. 8 ВзК РФ', [['ru-air-code:8', 'ст. 8 ВзК РФ']]],
    ['статья 8 Воздушного кодекса', [['ru-air-code:8', 'статья 8 Воздушного кодекса']]],
    ['Article 5 of the Merchant Shipping Code', [['ru-merchant-shipping-code:5', 'Article 5 of the Merchant Shipping Code']]],
    ['ст. 5 КТМ РФ', [['ru-merchant-shipping-code:5', 'ст. 5 КТМ РФ']]],
    ['статья 5 Кодекса торгового мореплавания', [['ru-merchant-shipping-code:5', 'статья 5 Кодекса торгового мореплавания']]],
    ['Article 12 of the Penal Enforcement Code', [['ru-penal-enforcement-code:12', 'Article 12 of the Penal Enforcement Code']]],
    ['ст. 12 УИК РФ', [['ru-penal-enforcement-code:12', 'ст. 12 УИК РФ']]],
    ['статья 12 Уголовно-исполнительного кодекса', [['ru-penal-enforcement-code:12', 'статья 12 Уголовно-исполнительного кодекса']]],
    ['ст. 2 ТК ЕАЭС', [['eaeu-customs-code-2017:2', 'ст. 2 ТК ЕАЭС']]],
    // negatives: other states' codes, ordinary words
    ['Article 5 of the Tax Code of Ukraine applies.', []],
    ['Article 5 of the Labour Code of the Republic of Kazakhstan applies.', []],
    ['Article 5 of the Penal Code applies.', []],
    ['Лесной участок у воды, воздушное пространство.', []],
    ['Указано в ст. 5 ГК РФ.', [['ru-civil-code:5', 'ст. 5 ГК РФ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('federal laws by number and year and by title; federal constitutional laws', () => {
  const rows: Row[] = [
    ['Статья 46 Федерального закона «О связи»', [['ru-fl-126-fz-2003:46', 'Статья 46 Федерального закона «О связи»']]],
    ['Article 46 of the Law on Communications', [['ru-fl-126-fz-2003:46', 'Article 46 of the Law on Communications']]],
    ['статья 5 Закона об электронной подписи', [['ru-fl-63-fz-2011:5', 'статья 5 Закона об электронной подписи']]],
    ['Article 5 of the Federal Law "On Electronic Signature"', [['ru-fl-63-fz-2011:5', 'Article 5 of the Federal Law "On Electronic Signature"']]],
    ['ст. 10 Закона о банкротстве', [['ru-fl-127-fz-2002:10', 'ст. 10 Закона о банкротстве']]],
    ['Article 10 of the Law on Insolvency (Bankruptcy)', [['ru-fl-127-fz-2002:10', 'Article 10 of the Law on Insolvency (Bankruptcy)']]],
    ['ст. 8 Закона об ООО', [['ru-fl-14-fz-1998:8', 'ст. 8 Закона об ООО']]],
    ['Article 8 of the Law on Limited Liability Companies', [['ru-fl-14-fz-1998:8', 'Article 8 of the Law on Limited Liability Companies']]],
    ['ст. 91 Федерального закона «Об акционерных обществах»', [['ru-fl-208-fz-1995:91', 'ст. 91 Федерального закона «Об акционерных обществах»']]],
    ['Article 4 of the Law on Foreign Investments in the Russian Federation', [['ru-fl-160-fz-1999:4', 'Article 4 of the Law on Foreign Investments in the Russian Federation']]],
    ['ст. 4 Закона об иностранных инвестициях', [['ru-fl-160-fz-1999:4', 'ст. 4 Закона об иностранных инвестициях']]],
    ['the Strategic Investments Law', [['ru-fl-57-fz-2008', 'Strategic Investments Law']]],
    ['ст. 13 Федерального закона «Об основах государственного регулирования внешнеторговой деятельности»', [['ru-fl-164-fz-2003:13', 'ст. 13 Федерального закона «Об основах государственного регулирования внешнеторговой деятельности»']]],
    ['Федеральный закон «О науке и государственной научно-технической политике»', [['ru-fl-127-fz-1996', 'Федеральный закон «О науке и государственной научно-технической политике»']]],
    ['Федеральный закон «О противодействии легализации (отмыванию) доходов, полученных преступным путем, и финансированию терроризма»', [['ru-fl-115-fz-2001', 'Федеральный закон «О противодействии легализации (отмыванию) доходов, полученных преступным путем, и финансированию терроризма»']]],
    // (the code named inside the law's title is a reference of its own, as readers count it)
    ['Статья 5 Федерального закона «О введении в действие части четвертой Гражданского кодекса Российской Федерации»', [
      ['ru-fl-231-fz-2006:5', 'Статья 5 Федерального закона «О введении в действие части четвертой Гражданского кодекса Российской Федерации»'],
      ['ru-civil-code', 'Федерального закона «О введении в действие части четвертой Гражданского кодекса Российской Федерации»']]],
    ['Закон о праве на забвение', [['ru-fl-264-fz-2015', 'Закон о праве на забвение']]],
    ['the right to be forgotten law', [['ru-fl-264-fz-2015', 'right to be forgotten law']]],
    ['закон о зеркалах', [['ru-fl-156-fz-2017', 'закон о зеркалах']]],
    ['the anti-mirror law', [['ru-fl-156-fz-2017', 'anti-mirror law']]],
    ['Federal Constitutional Law No. 1-FKZ of 28 April 1995', [['ru-fl-1-fkz-1995', 'Federal Constitutional Law No. 1-FKZ of 28 April 1995']]],
    ['Федеральный конституционный закон от 28.04.1995 N 1-ФКЗ', [['ru-fl-1-fkz-1995', 'Федеральный конституционный закон от 28.04.1995 N 1-ФКЗ']]],
    ['Федеральный конституционный закон «Об арбитражных судах в Российской Федерации»', [['ru-fl-1-fkz-1995', 'Федеральный конституционный закон «Об арбитражных судах в Российской Федерации»']]],
    ['Федеральный конституционный закон «О Верховном Суде Российской Федерации»', [['ru-fl-3-fkz-2014', 'Федеральный конституционный закон «О Верховном Суде Российской Федерации»']]],
    // a title's words glued by extraction are still looked for (its phrase needle allows no space)
    ['Закон орекламе в ч. 7 ст. 5', [['ru-fl-38-fz-2006', 'Закон орекламе'], ['ru-fl-38-fz-2006:5/7', 'ч. 7 ст. 5']]],
    // negatives: ordinary words
    ['В связи с этим суд отказал.', []],
    ['a mirror of the site; the law of the sea', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('presidential decrees and government resolutions, and their defined short forms', () => {
  const rows: Row[] = [
    ['Указ Президента РФ от 27.05.2022 № 322 (далее — Указ). Согласно п. 2 Указа выплаты идут на счёт.',
      [['ru-ukaz-322-2022', 'Указ Президента РФ от 27.05.2022 № 322'], ['ru-ukaz-322-2022:2', 'п. 2 Указа']]],
    ['Presidential Decree No. 322 of 27 May 2022 (the "Decree") was adopted. Under paragraph 2 of the Decree, payments go to a type C account.',
      [['ru-ukaz-322-2022', 'Presidential Decree No. 322 of 27 May 2022'], ['ru-ukaz-322-2022:2', 'paragraph 2 of the Decree']]],
    ['Указом Президента РФ от 28.02.2022 № 79 введены меры. Пункт 1 Указа запрещает сделки.',
      [['ru-ukaz-79-2022', 'Указом Президента РФ от 28.02.2022 № 79'], ['ru-ukaz-79-2022:1', 'Пункт 1 Указа']]],
    ['Указ «О временном порядке исполнения обязательств перед некоторыми правообладателями»', [['ru-ukaz-322-2022', '«О временном порядке исполнения обязательств перед некоторыми правообладателями»']]],
    ['Постановление Правительства РФ от 29.03.2022 № 506 (далее — Постановление). Пункт 1 Постановления.',
      [['ru-gov-506-2022', 'Постановление Правительства РФ от 29.03.2022 № 506'], ['ru-gov-506-2022:1', 'Пункт 1 Постановления']]],
    // negatives: "Указано", a decree never named
    ['Указано в ст. 5 ГК РФ.', [['ru-civil-code:5', 'ст. 5 ГК РФ']]],
    ['Согласно п. 2 Указа выплаты идут на счёт.', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('international instruments: WIPO, the VCLT, Section 182 of the Trade Act', () => {
  const rows: Row[] = [
    ['the Phonograms Convention', [['phonograms-convention', 'Phonograms Convention']]],
    ['Женевская конвенция об охране интересов производителей фонограмм', [['phonograms-convention', 'Женевская конвенция об охране интересов производителей фонограмм']]],
    ['the Nairobi Treaty', [['nairobi-treaty', 'Nairobi Treaty']]],
    ['Найробский договор об охране олимпийского символа', [['nairobi-treaty', 'Найробский договор об охране олимпийского символа']]],
    ['the Patent Law Treaty', [['wipo-plt', 'Patent Law Treaty']]],
    ['the Trademark Law Treaty', [['wipo-tlt', 'Trademark Law Treaty']]],
    ['the Singapore Trademark Law Treaty', [['singapore-tlt', 'Singapore Trademark Law Treaty']]],
    ['Article 31 of the Vienna Convention on the Law of Treaties', [['vienna-convention-law-of-treaties:31', 'Article 31 of the Vienna Convention on the Law of Treaties']]],
    ['статья 31 Венской конвенции о праве международных договоров', [['vienna-convention-law-of-treaties:31', 'статья 31 Венской конвенции о праве международных договоров']]],
    ['Section 182 of the Trade Act of 1974 requires USTR to identify countries.', [['us-special-301', 'Section 182 of the Trade Act of 1974']]],
    // negatives: section 301 is not Special 301; the Vienna Sales Convention; a patent law treaty in lower case
    ['Section 301 of the Trade Act of 1974 allows retaliation.', []],
    ['Article 1 of the Vienna Convention on Contracts for the International Sale of Goods', []],
    ['any patent law treaty would do', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});
