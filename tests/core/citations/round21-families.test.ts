// Table tests for the families of forms round 21 of the external gold showed: "Its Article 29" after the instrument
// named just before; a footnote's figure stuck to a name ("the 1993 Constitution of the Russian Federation4"); "Section 3
// of Article 1260" (a translation's part); the Law on the Constitutional Court and its long lists; the WIPO "digital"
// treaties; the Eurasian designs Protocol and the CIS agreement of 1993; laws named by title with "ФЗ" or "ЭВМ".
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 21: English forms', () => {
  table([
    ['The 1993 Constitution of the Russian Federation4 has no specific guarantees for online speech. Its Article 29 protects freedom of speech.',
      [['ru-constitution', 'Constitution of the Russian Federation'], ['ru-constitution:29', 'Article 29']]],
    // "its" with no instrument named in its sentence or the one before: nothing
    ['The court ruled. It was late. The claimant appealed. Its Article 29 protects speech.', []],
    ['Section 3 of Article 1260 of the Civil Code of the Russian Federation', [['ru-civil-code:1260/3', 'Section 3 of Article 1260 of the Civil Code of the Russian Federation']]],
    // the Trade Act's sections stay no article
    ['Section 301 of the Trade Act', []],
    ['Articles 36, 74 and 99 of the Federal Constitutional Law "On the Constitutional Court of the Russian Federation"', [
      ['ru-fl-1-fkz-1994:36', 'Articles 36, 74 and 99 of the Federal Constitutional Law "On the Constitutional Court of the Russian Federation"'],
      ['ru-fl-1-fkz-1994:74', 'Articles 36, 74 and 99 of the Federal Constitutional Law "On the Constitutional Court of the Russian Federation"'],
      ['ru-fl-1-fkz-1994:99', 'Articles 36, 74 and 99 of the Federal Constitutional Law "On the Constitutional Court of the Russian Federation"']]],
    ['Russia has not joined the WIPO digital treaties', [['wipo-wct', 'WIPO digital treaties'], ['wipo-wppt', 'WIPO digital treaties']]],
    ['Russia ratified the Protocol on the Protection of Industrial Designs to the Eurasian Patent Convention',
      [['eurasian-patent-convention-designs-protocol-2019', 'Protocol on the Protection of Industrial Designs'], ['eurasian-patent-convention', 'Eurasian Patent Convention']]],
    ['the Agreement on measures concerning the protection of industrial property. Article 1 of this Agreement sets up the Council.',
      [['cis-industrial-property-agreement-1993', 'Agreement on measures concerning the protection of industrial property'], ['cis-industrial-property-agreement-1993:1', 'Article 1 of this Agreement']]],
  ], 'en');
  table([
    ['ст. 1 Закона РФ «О правовой охране программ для ЭВМ и баз данных»', [['ru-law-3523-1-1992:1', 'ст. 1 Закона РФ «О правовой охране программ для ЭВМ и баз данных»']]],
    ['ФЗ о защите конкуренции запрещает недобросовестную конкуренцию', [['ru-fl-135-fz-2006', 'ФЗ о защите конкуренции']]],
  ], 'ru');
});

describe("dev's misses read again: headings in capitals, two-dot articles, a company's words, a bare «Конституция»", () => {
  table([
    // the heading of the text's own article, in capitals, is no citation; the article cited in it is
    ['СТАТЬЯ 1406. Споры, связанные с защитой патентных прав\n\n1. Споры рассматриваются судом в порядке статьи 1387 ГК РФ.',
      [['ru-civil-code:1387', 'статьи 1387 ГК РФ']]],
  ], 'ru');
  table([
    ['ст. 14.31, 14.31.1 КоАП РФ от 07.12.2011', [['ru-admin-code:14.31', 'ст. 14.31, 14.31.1 КоАП РФ'], ['ru-admin-code:14.31.1', 'ст. 14.31, 14.31.1 КоАП РФ']]],
    // a company in the sentence is no board: the Government's order stays the Government's
    ['31 декабря 2020 года Правительство РФ приняло распоряжение № 3718-р, которым разрешило обществу использовать патенты американской компании Gilead.',
      [['ru-gov-3718-r-2020', 'распоряжение № 3718-р']]],
    ['Совет директоров компании принял постановление № 5 в 2020 году, Правительство не возражало.', []],
    ['Ст 146 ук рф: состав преступления. Конституция гарантирует всем свободу творчества.', [['ru-criminal-code:146', 'Ст 146 ук рф'], ['ru-constitution', 'Конституция']]],
    ['Россия присоединилась к Женевскому акту Гаагского соглашения и Мадридскому протоколу.', [['hague-agreement', 'Женевскому акту Гаагского соглашения'], ['madrid-protocol', 'Мадридскому протоколу']]],
  ], 'ru', '2021-05-01');
});

describe("the Civil Code's Part IV named alone, and a short form defined after 'hereinafter –'", () => {
  table([
    ['Part IV of the Civil Code is focused on IP. The current amendments are intended to refine Part IV to take account of the lessons.',
      [['ru-civil-code', 'Part IV of the Civil Code'], ['ru-civil-code', 'Part IV']]],
    ['Managing IP 2007 – Russia’s Part IV Problems\n\nThere was much discussion on whether Part IV would help or hurt Russian copyright law.',
      [['ru-civil-code', 'Part IV'], ['ru-civil-code', 'Part IV']]],
    // another instrument's part stays its own
    ['Part IV of the TRIPS Agreement covers acquisition. Part IV to the Agreement is short.', [['wto-trips', 'TRIPS Agreement']]],
    ['The WTO Protocol amending the Agreement on trade-related aspects of intellectual property rights (hereinafter – the “Protocol”) was adopted in 2005. Many states have acceded to the Protocol.',
      [['wto-trips-amendment-protocol-2005', 'Protocol amending the Agreement on trade-related aspects of intellectual property rights'], ['wto-trips-amendment-protocol-2005', 'Protocol']]],
  ], 'en');
});
