// Table tests for laws named by their title in other words (worded-titles.ts): word forms, order and small words differ
// from the registry's name, content words never do; an amending law's title never names the law it amends. English
// titles may stand before the law word ("the Competition protection law").
import { describe, expect, it } from 'vitest';
import { lawByWordedTitle, titleStems } from '../../../shared/core/citations/worded-titles.js';
import { citeTable as table } from './helpers.js';

describe('titles in other words', () => {
  it('compares content stems: word forms, order, small words and "Russian Federation" aside', () => {
    expect(titleStems('Об информации, информационных технологиях и защите информации')).toEqual(titleStems('Об информации, информационных технологиях и о защите информации'));
    expect(lawByWordedTitle('About information, informational technologies and protection of information')).toBe('ru-fl-149-fz-2006');
    expect(lawByWordedTitle('On Information, Protection of Information and Information Technologies')).toBe('ru-fl-149-fz-2006');
    // the 1995 law's «информатизации» is a content word 2006's title lacks
    expect(lawByWordedTitle('Об информации, информатизации и защите информации')).toBe('ru-fl-24-fz-1995');
    // an amending title names no law it amends; amending boilerplate names none
    expect(lawByWordedTitle('On Amendments to the Federal Law On Information, Information Technologies and Protection of Information')).toBeUndefined();
    expect(lawByWordedTitle('О внесении изменений в отдельные законодательные акты Российской Федерации')).toBeUndefined();
    expect(lawByWordedTitle('On Protecting Children from Information Harmful to Their Health and Development')).toBe('ru-fl-436-fz-2010');
    expect(lawByWordedTitle('On Information')).toBeUndefined();
    // numbers count: an amendment of another article of the same law is another law
    expect(lawByWordedTitle('О внесении изменений в статью 4 Закона Российской Федерации "О защите прав потребителей"')).toBe('ru-fl-425-fz-2019');
    expect(lawByWordedTitle('О внесении изменений в статью 16 Закона Российской Федерации "О защите прав потребителей"')).toBeUndefined();
  });
});

describe('Russian forms', () => {
  table([
    // (colta.ru, 2021; profov.ru): «и защите» for the official «и о защите», after a lower-case law word
    ['Поправки к закону «Об информации, информационных технологиях и защите информации» обязали соцсети удалять контент.',
      [['ru-fl-149-fz-2006', 'закону «Об информации, информационных технологиях и защите информации»']]],
    ['Закон "Об информации, информационных технологиях и защите информации" дополнен статьей.', [['ru-fl-149-fz-2006', 'Закон "Об информации, информационных технологиях и защите информации"']]],
    // another title with the same first words is not the law
    ['закон «Об информации и связи» предусматривал это', []],
  ], 'ru', '2021-03-01');
});

describe('English forms', () => {
  table([
    // (dekuzu.com, 2015; spbttp, 2017): a translator's wording of 149-FZ's title
    ['The court applied the law “About information, informational technologies and protection of information” to the site.',
      [['ru-fl-149-fz-2006', 'law “About information, informational technologies and protection of information”']]],
    // unquoted: the title ends where its words stop making the registered title
    ['The Federal Law On Information, Information Technologies and Information Protection, which was amended in 2017, applies.',
      [['ru-fl-149-fz-2006', 'Federal Law On Information, Information Technologies and Information Protection']]],
    // an amending law's title is not the law it amends; the law it names inside is cited on its own (the labelling
    // conventions: "an instrument named inside another document's title")
    ['the Federal Law “On Amendments to the Federal Law On Information, Information Technologies and Protection of Information” was signed',
      [['ru-fl-149-fz-2006', 'Federal Law On Information, Information Technologies and Protection of Information”']]],
    ['the Federal Law “On Amendments to the Law On Information, Informatization and Protection of Information” was signed', [['ru-fl-24-fz-1995', 'Law On Information, Informatization and Protection of Information”']]],
    // the title's words before the law word, after "the" or "Russia's" (patentica.com, 2019; mondaq.com, 2002)
    ['The FAS found a violation of articles 14.6 of the Competition protection law.', [['ru-fl-135-fz-2006:14.6', 'articles 14.6 of the Competition protection law']]],
    ["the draft amends Russia's Copyright and related rights Act of 1993", [['ru-law-5351-1-1993', "Russia's Copyright and related rights Act"]]],
    ['the Medicines Circulation Law was amended', [['ru-fl-61-fz-2010', 'Medicines Circulation Law']]],
    // a heading naming a field of law, and a law the registry does not know, are not these laws
    ['E. Agricultural Selection Achievement Law.', []],
    ['Under the Insider Information Law, issuers disclose it.', []],
    // another state's law, or one dated otherwise, is not Russia's of that title
    ['the PRC Electronic Signature Law applies', []],
    ['The US Export Control Act applies.', []],
    ['The Export Control Act of 1949 was American.', []],
  ], 'en', '2017-08-01');
});
