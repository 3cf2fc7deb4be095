// Table tests for the families of forms dev (rounds 1–31 of the external gold) still missed when round 31, the last
// session's final holdout, joined it: a Geneva Act named alone, "ё" written for "е", a kind of act defined as its own
// short form ("(Order)"), a government order's date after its number, a law's title after its number in lower-case
// "on", and a registered law cited by number alone while it is news.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('a Geneva Act named alone is the agreement the text is about', () => {
  table([
    ['Russia acceded to the Geneva Act of the Hague Agreement in 2017. The Geneva Act lets an applicant file one international application for industrial designs.',
      [['hague-agreement', 'Geneva Act of the Hague Agreement'], ['hague-agreement', 'Geneva Act']]],
    ['The Geneva Act extends the Lisbon system to geographical indications; Russia has not joined the Geneva Act.',
      [['lisbon-agreement', 'Geneva Act'], ['lisbon-agreement', 'Geneva Act']]],
    // a text about both systems, or about neither, names no agreement by it
    ['The Geneva Act covers industrial designs, and another Geneva Act covers appellations of origin.', []],
    ['The Geneva Act of 1977 amended the Nice Agreement; the Geneva Act is in force for Russia.', [['nice-agreement', 'Nice Agreement']]],
    ['The conference adopted the Geneva Act in 1999.', []],
  ], 'en');
  table([
    ['Россия присоединилась к Гаагскому соглашению о международной регистрации промышленных образцов. Женевским актом предусмотрена единая заявка.',
      [['hague-agreement', 'Гаагскому соглашению о международной регистрации промышленных образцов'], ['hague-agreement', 'Женевским актом']]],
    ['Лиссабонское соглашение охраняет наименования мест происхождения товаров, но Россия к Женевскому акту не присоединилась.',
      [['lisbon-agreement', 'Лиссабонское соглашение'], ['lisbon-agreement', 'Женевскому акту']]],
    ['Женевский акт был принят на дипломатической конференции.', []],
  ], 'ru');
});

describe('"ё" is read as "е"', () => {
  table([
    ['Это предусмотрено статьёй 1286 ГК РФ.', [['ru-civil-code:1286', 'статьёй 1286 ГК РФ']]],
    ['Нормы части четвёртой Гражданского кодекса РФ применяются.', [['ru-civil-code', 'части четвёртой Гражданского кодекса РФ']]],
    ['Ответственность установлена статьёй 146 Уголовного кодекса Российской Федерации.', [['ru-criminal-code:146', 'статьёй 146 Уголовного кодекса Российской Федерации']]],
  ], 'ru');
});

describe('a kind of act defined as its own short form, and an order dated after its number', () => {
  table([
    ['The Government issued Order no. 947 dated 25 May 2022 (Order). The Order allows exports of patented medicines.',
      [['ru-gov-947-2022', 'Order no. 947 dated 25 May 2022'], ['ru-gov-947-2022', 'Order']]],
    ['On 16 November 2015 the Government adopted Resolution No. 1236 (Resolution); the Resolution restricts foreign software.',
      [['ru-gov-1236-2015', 'Resolution No. 1236'], ['ru-gov-1236-2015', 'Resolution']]],
    // a bracketed word that is no short form of the act before it
    ['The Government issued Order no. 947 dated 25 May 2022 (see Annex). The Annex lists the patents.',
      [['ru-gov-947-2022', 'Order no. 947 dated 25 May 2022']]],
    // another issuer's order stays nobody's
    ['The Ministry issued Order no. 12 dated 3 March 2021 (Order).', []],
  ], 'en');
});

describe("a law's title after its number in lower-case \"on\"", () => {
  table([
    ['Federal Law No. 61-FZ on Circulation of Medicines sets six years of data exclusivity.', [['ru-fl-61-fz-2010', 'Federal Law No. 61-FZ']]],
    ['Federal Law No. 98-FZ on Commercial Secrets protects know-how.', [['ru-fl-98-fz-2004', 'Federal Law No. 98-FZ']]],
    // a title the number's registered act does not have: nothing
    ['Federal Law No. 98-FZ on Fisheries was amended.', []],
  ], 'en');
});

describe('a registered law cited by number alone in a text written while it was news', () => {
  table([['Federal Law No. 264-FZ introduced the right to be forgotten.', [['ru-fl-264-fz-2015', 'Federal Law No. 264-FZ']]]], 'en', '2016-05-01');
  table([['Federal Law No. 264-FZ introduced the right to be forgotten.', [['ru-fl-264-fz-2015', 'Federal Law No. 264-FZ']]]], 'en', '2015-07-20');
  // years later the same number is as likely another year's law; before the act, it cannot be it; undated: nothing
  table([['Federal Law No. 264-FZ introduced the right to be forgotten.', []]], 'en', '2019-05-01');
  table([['Federal Law No. 264-FZ introduced the right to be forgotten.', []]], 'en', '2014-05-01');
  table([['Federal Law No. 264-FZ introduced the right to be forgotten.', []]], 'en');
  // a bare decree keeps its own rule (the Government named in its sentence)
  table([['The ministry relied on Decree No. 299 in its letter.', []]], 'en', '2022-05-01');
});

describe('"this article" put to use ("under this article", «по данной статье»): the article cited just before', () => {
  table([
    ['Article 1259 of the Civil Code lists the protected works. Under this article, software is protected as a literary work.',
      [['ru-civil-code:1259', 'Article 1259 of the Civil Code'], ['ru-civil-code:1259', 'this article']]],
    ['Article 183 of the Criminal Code punishes disclosure of trade secrets. Pursuant to this article, courts may impose fines.',
      [['ru-criminal-code:183', 'Article 183 of the Criminal Code'], ['ru-criminal-code:183', 'this article']]],
    // the paper speaking of itself, and an article cited two sentences back
    ['Article 1259 of the Civil Code lists the protected works. In this article we argue that software is different.',
      [['ru-civil-code:1259', 'Article 1259 of the Civil Code']]],
    ['Article 1259 of the Civil Code lists the protected works. Software is one of them. Databases are another. Under this article, the author explains more.',
      [['ru-civil-code:1259', 'Article 1259 of the Civil Code']]],
  ], 'en');
  table([
    ['Статья 273 УК РФ предусматривает ответственность за вредоносные программы. По данной статье осуждено 50 человек.',
      [['ru-criminal-code:273', 'Статья 273 УК РФ'], ['ru-criminal-code:273', 'данной статье']]],
    ['Суд применил ст. 183 УК РФ. Согласно этой статье, разглашение коммерческой тайны наказуемо.',
      [['ru-criminal-code:183', 'ст. 183 УК РФ'], ['ru-criminal-code:183', 'этой статье']]],
    // «по данной статье» of a paper, with its author after it
    ['В работе разобрана ст. 146 УК РФ. По данной статье автор делает вывод о пробелах.', [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
  ], 'ru');
});
