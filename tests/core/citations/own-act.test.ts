// Table tests for a text's own act read from its heading: "this Resolution" is it, its own name and number are no citation.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const EN = { lang: 'en' } as const;
const RU = { lang: 'ru' } as const;

const english: Row[] = [
  // cis-legislation.com translation of Government Resolution No. 992 (2007): the heading gives only date and number;
  // the approval line gives the type
  ['of December 29, 2007 No. 992\n\nAbout approval of the Regulations\n\nAccording to Article 1244 of the Civil code of the Russian Federation the Government of the Russian Federation decides:\n\n'
    + '2. Determine that the Provision specified in Item 1 of this Resolution becomes effective.\n\nApproved by the Order of the Government of the Russian Federation of December 29, 2007 No. 992',
    [['ru-civil-code:1244', 'Article 1244 of the Civil code of the Russian Federation'], ['ru-gov-992-2007:1', 'Item 1 of this Resolution']]],
  // an amending federal law: its own number and its own "Article 1" are no citations; "Article 14.7" is the code's
  ['of July 23, 2013 No. 194-FZ\n\nAbout introduction of amendments to articles 14.7 of the Russian Federation Code of Administrative Offences\n\nAccepted by the State Duma on July 2, 2013\n\n'
    + 'Article 1\n\nBring in the Russian Federation Code of Administrative Offences following changes: part 2 of Article 14.10 of this Code',
    [['ru-admin-code:14.7', 'articles 14.7 of the Russian Federation Code of Administrative Offences'], ['ru-admin-code', 'Russian Federation Code of Administrative Offences'],
      ['ru-admin-code:14.10/2', 'part 2 of Article 14.10 of this Code']]],
  ['FEDERAL LAW\nof July 2, 2013 No. 187-FZ\n\nAdopted by the State Duma on June 21, 2013\n\nArticle 2 of this Federal Law enters into force on August 1, 2013.',
    [['ru-fl-187-fz-2013:2', 'Article 2 of this Federal Law']]],
  // a translation that ran an amending law's article heading into its text
  ['(In the federal laws of 28.12.2013 N 431-FZ Article 1 Amend the Criminal Code of the Russian Federation',
    [['ru-fl-431-fz-2013', 'federal laws of 28.12.2013 N 431-FZ'], ['ru-criminal-code', 'Criminal Code of the Russian Federation']]],
  // a note titled with a law's number is about the law, not the law: its title is a citation
  ['Federal Law No. 187-FZ.\n\nAmending Legislative Acts of the Russian Federation', [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ']]],
  // without the act's heading, "this Resolution" says nothing
  ['Item 1 of this Resolution becomes effective.', []],
  ['paragraph 3 of Government Resolution No. 992 of December 29, 2007', [['ru-gov-992-2007:3', 'paragraph 3 of Government Resolution No. 992 of December 29, 2007']]],
  ['Sub-item 2 of Item 4 of the Resolution of the Government of the Russian Federation of 29 December 2007 No. 992',
    [['ru-gov-992-2007:4/2', 'Sub-item 2 of Item 4 of the Resolution of the Government of the Russian Federation of 29 December 2007 No. 992']]],
];

const russian: Row[] = [
  // Consultant's heading of a government resolution
  ['ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ\n\nПОСТАНОВЛЕНИЕ\nот 29 декабря 2007 г. N 992\n\nВ соответствии со статьей 1244 Гражданского кодекса Российской Федерации Правительство Российской Федерации постановляет:\n\n'
    + '2. Установить, что Положение, утвержденное пунктом 1 настоящего Постановления, вступает в силу с 1 января 2008 г.',
    [['ru-civil-code:1244', 'статьей 1244 Гражданского кодекса Российской Федерации'], ['ru-gov-992-2007:1', 'пунктом 1 настоящего Постановления']]],
  // Garant's heading of a federal law
  ['Федеральный закон от 2 июля 2013 г. N 187-ФЗ\n"О внесении изменений в отдельные законодательные акты Российской Федерации"\n\nПринят Государственной Думой 21 июня 2013 года\n\n'
    + 'Статья 1\n\nВнести в Гражданский кодекс Российской Федерации следующие изменения. Статья 2 настоящего Федерального закона вступает в силу',
    [['ru-civil-code', 'Гражданский кодекс Российской Федерации'], ['ru-fl-187-fz-2013:2', 'Статья 2 настоящего Федерального закона']]],
  ['пункт 1 настоящего Постановления', []],
  ['подпунктом 2 пункта 4 Постановления Правительства РФ от 29.12.2007 № 992',
    [['ru-gov-992-2007:4/2', 'подпунктом 2 пункта 4 Постановления Правительства РФ от 29.12.2007 № 992']]],
];

describe('own act', () => {
  it.each(english)('%j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
  it.each(russian)('%j', (s, expected) => expect(cite(s, RU)).toEqual(expected));
});
