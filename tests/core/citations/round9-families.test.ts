// Table tests for the families of forms round 9 of the external gold showed (forms, not its instances): a law's title
// after its date and its nicknames, acts cited by kind, date and number, a president's bare decree, a defined short
// form used with "the", a treaty's title without its place, names that meant an act only while it was in force, and
// a code named in an earlier sentence than its article. Each row is one variant real texts use.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe('a law by its title, with its date between, and by its nicknames', () => {
  table([
    ['Federal Law of July 29, 2004 on Commercial Secrecy applies to the data.',
      [['ru-fl-98-fz-2004', 'Federal Law of July 29, 2004 on Commercial Secrecy']]],
    ['the Federal Law dated 26 July 2006 "On Protection of Competition" prohibits it',
      [['ru-fl-135-fz-2006', 'Federal Law dated 26 July 2006 "On Protection of Competition"']]],
    ['Under the Trade Secret Law, a regime of commercial secrecy must be introduced.',
      [['ru-fl-98-fz-2004', 'Trade Secret Law']]],
    ['the Commercial Secrecy Law and the Law on Trade Secrets',
      [['ru-fl-98-fz-2004', 'Commercial Secrecy Law'], ['ru-fl-98-fz-2004', 'Law on Trade Secrets']]],
    // the plural unquoted is legislation at large, not one act
    ['the laws of the Russian Federation on commercial secrecy and other legislation', []],
    ['trade secret law in general differs from country to country', []],
  ], 'en');
  table([
    ['Федеральный закон от 29.07.2004 "О коммерческой тайне" определяет режим.',
      [['ru-fl-98-fz-2004', 'Федеральный закон от 29.07.2004 "О коммерческой тайне"']]],
    ['Федеральный закон от 26 июля 2006 г. «О защите конкуренции» запрещает это.',
      [['ru-fl-135-fz-2006', 'Федеральный закон от 26 июля 2006 г. «О защите конкуренции»']]],
    ['Согласно закону о коммерческой тайне, сведения охраняются.', [['ru-fl-98-fz-2004', 'закону о коммерческой тайне']]],
  ], 'ru');
});

describe('an act by its kind, date and number, and its defined short form', () => {
  table([
    ['The Government approved the rules by the Decree dated November 16th 2020, No. 1848 (“Decree”). The text of the Decree is available here.',
      [['ru-gov-1848-2020', 'Decree dated November 16th 2020, No. 1848'], ['ru-gov-1848-2020', 'Decree']]],
    ['The Government adopted Resolution of 18 October 2021 No. 1767 on the methods.',
      [['ru-gov-1767-2021', 'Resolution of 18 October 2021 No. 1767']]],
    // a president's act: its sentence names the President (and not the Government)
    ['On 27 May 2022, the Russian President adopted Decree No. 322 “On the temporary procedure” (“Decree“). According to the Decree, debts are paid in roubles.',
      [['ru-ukaz-322-2022', 'Decree No. 322'], ['ru-ukaz-322-2022', 'Decree']]],
    // neither named: no act at all (a court's or a ministry's decree is not guessed)
    ['In 2022 the court referred to Decree No. 322 in its reasoning.', []],
  ], 'en');
  table([
    ['Правительство РФ утвердило правила постановлением от 16.11.2020 № 1848.', [['ru-gov-1848-2020', 'постановлением от 16.11.2020 № 1848']]],
    ['Президент РФ подписал указ от 27 мая 2022 г. № 322 о временном порядке.', [['ru-ukaz-322-2022', 'указ от 27 мая 2022 г. № 322']]],
  ], 'ru');
});

describe("a treaty's full title without the word that places it", () => {
  table([
    ['Russia is bound by the Convention for the Protection of Literary and Artistic Works.',
      [['berne-convention', 'Convention for the Protection of Literary and Artistic Works']]],
    ['the Convention for the Protection of Industrial Property of 1883', [['paris-convention', 'Convention for the Protection of Industrial Property']]],
    ['the Agreement Establishing the World Trade Organization', [['wto-agreement', 'Agreement Establishing the World Trade Organization']]],
    // the title with its place stays one name
    ['the Berne Convention for the Protection of Literary and Artistic Works', [['berne-convention', 'Berne Convention for the Protection of Literary and Artistic Works']]],
  ], 'en');
  table([
    // a long title with its place word in another case is one name too
    ['в соответствии с Марракешским договором об облегчении доступа слепых и лиц с нарушениями зрения или иными ограниченными способностями воспринимать печатную информацию к опубликованным произведениям',
      [['marrakesh-vip-treaty', 'Марракешским договором об облегчении доступа слепых и лиц с нарушениями зрения или иными ограниченными способностями воспринимать печатную информацию к опубликованным произведениям']]],
  ], 'ru');
  table([
    ['Россия участвует в Конвенции об охране литературных и художественных произведений.',
      [['berne-convention', 'Конвенции об охране литературных и художественных произведений']]],
    ['нормы Конвенции по охране промышленной собственности', [['paris-convention', 'Конвенции по охране промышленной собственности']]],
  ], 'ru');
});

describe('a name that meant an act only while it was in force', () => {
  table([
    ['Under the Copyright Law, the author owns the work.', [['ru-law-5351-1-1993', 'Copyright Law']]],
    ["Russia's Copyright Law and the Trademark Law were amended.", [['ru-law-5351-1-1993', "Russia's Copyright Law"], ['ru-law-3520-1-1992', 'Trademark Law']]],
    // another country's, a treaty's, or a practice group's
    ['the U.S. Copyright Law and the Copyright Law Treaty and our Copyright Law practice', []],
  ], 'en', '2005-04-01');
  // after Part IV of the Civil Code replaced them, the names are a field of law
  table([['Under the Copyright Law, the author owns the work.', []]], 'en', '2012-01-01');
  table([['Under the Copyright Law, the author owns the work.', []]], 'en');
});

describe('a code named in an earlier sentence than its article is a citation of its own', () => {
  table([
    ['The Civil Code of the Russian Federation establishes a minimum and a maximum. It applies to a work (sub-clause 1 of Art. 1301).',
      [['ru-civil-code', 'Civil Code of the Russian Federation'], ['ru-civil-code:1301/1', 'sub-clause 1 of Art. 1301']]],
    // in the article's own sentence, right before it, it places the article; with a verb between it is named on its own
    ['The Criminal Code, Art. 146(2), punishes camcording.', [['ru-criminal-code:146/2', 'Art. 146(2)']]],
    ['The Criminal Code punishes camcording under Art. 146(2).', [['ru-criminal-code', 'Criminal Code'], ['ru-criminal-code:146/2', 'Art. 146(2)']]],
  ], 'en');
});
