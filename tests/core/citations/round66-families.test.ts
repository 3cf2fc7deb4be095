// Table tests for forms read from rounds 64–66 (questions and answers, business guides, agencies' decisions, offers and
// policies) after their one run: a contract's own items, a short form that defines the offer and not the code it cites,
// several sub-items of a part ("clauses 2–11 of part 1 of article 6"), a code's part before a range of its articles,
// a chapter named with its code's part or named again bare, "Article No. 435", a lower-case "law of the Russian
// Federation" with its number, and the Law on Advertising of 1995 in a text written before the 2006 law took effect.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Offers and policies', () => {
  table([
    // (an online game's offer, 2026): the offer's own item, in a text numbering its items so, is no article's part
    ['Применимое право: ст. 437 ГК РФ.\n\n6.2. Пользователь не вправе передавать аккаунт.\n\n6.3. Оператор вправе заблокировать Аккаунт при нарушении п. 6.2.',
      [['ru-civil-code:437', 'ст. 437 ГК РФ']]],
    // (a part without its article in a text numbering nothing so is still the article's)
    ['По ст. 1252 ГК РФ правообладатель вправе. Согласно п. 1 правообладатель может требовать.', [['ru-civil-code:1252', 'ст. 1252 ГК РФ'], ['ru-civil-code:1252/1', 'п. 1']]],
    // (a VPN service's offer): «(далее — «Оферта»)» defines the offer, not the code before it
    ['размещает настоящую публичную оферту в соответствии со ст. 435 и 437 Гражданского Кодекса Российской Федерации (далее — «Оферта»). В соответствии с настоящим Договором-Офертой Администрация обязуется.',
      [['ru-civil-code:435', 'ст. 435 и 437 Гражданского Кодекса Российской Федерации'], ['ru-civil-code:437', 'ст. 435 и 437 Гражданского Кодекса Российской Федерации']]],
  ], 'ru');
  table([
    // (a consent form translated into English)
    ['as provided by clauses 2–4 of part 1 of article 6 of Federal Law No. 152-FZ',
      [['ru-fl-152-fz-2006:6/1/2', 'clauses 2–4 of part 1 of article 6 of Federal Law No. 152-FZ'], ['ru-fl-152-fz-2006:6/1/3', 'clauses 2–4 of part 1 of article 6 of Federal Law No. 152-FZ'],
        ['ru-fl-152-fz-2006:6/1/4', 'clauses 2–4 of part 1 of article 6 of Federal Law No. 152-FZ']]],
    // (a user agreement)
    ['in accordance with Article No. 435 and Part 2 of Article No 437 of the Civil Code of the Russian Federation',
      [['ru-civil-code:435', 'Article No. 435'], ['ru-civil-code:437/2', 'Part 2 of Article No 437 of the Civil Code of the Russian Federation']]],
    // (a public offer): "law" in lower case with its state and number
    ['under the law of the Russian Federation of 07.02.1992 N 2300-1 "on protection of consumer rights"', [['ru-law-2300-1-1992', 'law of the Russian Federation of 07.02.1992 N 2300-1']]],
    ['the law of the Russian Federation is unclear', []],
    // a short form naming a code is still the code's ("the C.C.R.F.")
    ['the Civil Code of the Russian Federation (hereinafter referred to as the C.C.R.F.). According to Paragraph 1 of Article 1248 of the C.C.R.F., disputes go to court.',
      [['ru-civil-code', 'Civil Code of the Russian Federation'], ['ru-civil-code:1248/1', 'Paragraph 1 of Article 1248 of the C.C.R.F.']]],
  ], 'en');
});

describe('Chapters and parts of a code in guides', () => {
  table([
    // (a franchising guide)
    ['Franchising is governed by Chapter 54 of Part II of the Civil Code.', [['ru-civil-code', 'Chapter 54 of Part II of the Civil Code']]],
    ['Franchising is regulated by Chapter 54 of the new Russian Civil Code. Chapter 54 defines the concession.',
      [['ru-civil-code', 'Chapter 54 of the new Russian Civil Code'], ['ru-civil-code', 'Chapter 54']]],
    // (a chapter never cited with its code stays a bare chapter)
    ['As Chapter 54 of this guide shows, the rules differ.', []],
    // (the citation starts at its articles: the code's part is its name's)
    ['the Civil Code, Part 2, Articles 1027 - 1029', [['ru-civil-code:1027', 'Articles 1027 - 1029'], ['ru-civil-code:1028', 'Articles 1027 - 1029'], ['ru-civil-code:1029', 'Articles 1027 - 1029']]],
    // (a part, a comma and one article is that article's part, as a translation of «ч. 2 ст. 146» writes it)
    ['Part 2, Article 146 of the Criminal Code', [['ru-criminal-code:146/2', 'Part 2, Article 146 of the Criminal Code']]],
  ], 'en');
});

describe('The Law on Advertising of its era', () => {
  // (an antimonopoly ministry's office, 2001): the 1995 law; after 1 July 2006, and undated, the 2006 law
  table([['нарушение Федерального закона “О рекламе“', [['ru-fl-108-fz-1995', 'Федерального закона “О рекламе“']]]], 'ru', '2001-05-01');
  table([['часть 7 статьи 5 ФЗ «О рекламе»', [['ru-fl-38-fz-2006:5/7', 'часть 7 статьи 5 ФЗ «О рекламе»']]]], 'ru', '2023-03-01');
  table([['по закону о рекламе', [['ru-fl-38-fz-2006', 'закону о рекламе']]]], 'ru');
});
