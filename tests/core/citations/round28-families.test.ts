// Table tests for the families of forms round 28 of the external gold showed: the Medicines Law's parts in dotted
// notation ("Article 18.6" is part 6 of Article 18); "article 1484.2.5" of the Civil Code; the software procurement
// Resolution No. 1236 of 2015 cited alone; the Geneva Act of the Lisbon Agreement; "Russia's Criminal Code" in a text
// of 1996 is the RSFSR's.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('round 28', () => {
  table([
    ['Articles 18.20 and 18.21 of the Law on Circulation of Medicines', [
      ['ru-fl-61-fz-2010:18/20', 'Articles 18.20 and 18.21 of the Law on Circulation of Medicines'], ['ru-fl-61-fz-2010:18/21', 'Articles 18.20 and 18.21 of the Law on Circulation of Medicines']]],
    ['Civil Code of the Russian Federation, article 1484.2.5', [['ru-civil-code:1484/2/5', 'article 1484.2.5']]],
    // an inserted article stays one
    ['Article 1253.1 of the Civil Code', [['ru-civil-code:1253.1', 'Article 1253.1 of the Civil Code']]],
    ['In November 2015, the Russian government issued Decree No. 1236, which prohibited acquiring foreign software effective January 1, 2016.', [['ru-gov-1236-2015', 'Decree No. 1236']]],
    ['the Geneva Act of the Lisbon Agreement on Appellations of Origin and Geographical Indications', [['lisbon-agreement', 'Geneva Act of the Lisbon Agreement on Appellations of Origin and Geographical Indications']]],
  ], 'en', '2016-06-01');
  table([
    ['Police seized the discs under Article 144 of Russia\'s Criminal Code.', [['ru-rsfsr-criminal-code:144', "Article 144 of Russia's Criminal Code"]]],
  ], 'en', '1996-07-01');
  table([
    ['Police seized the discs under Article 146 of Russia\'s Criminal Code.', [['ru-criminal-code:146', "Article 146 of Russia's Criminal Code"]]],
  ], 'en', '2006-07-01');
});

describe("dev's misses read again: a chapter only Part IV of the Civil Code numbers so (69–77), in a text on Russian law", () => {
  table([
    ["Question on the Russian Federation's copyright legislation: does Chapter 70 cover the publisher?", [['ru-civil-code', 'Chapter 70']]],
    // another text's chapter, another code named last, a text not about Russia, a chapter Part IV does not have: nothing
    ['Chapter 70 of this book discusses Russia.', []],
    ['The Criminal Code of Russia. Chapter 70 is long.', [['ru-criminal-code', 'Criminal Code of Russia']]],
    ['Does Chapter 70 cover the publisher?', []],
    ["Question on the Russian Federation's copyright legislation: does Chapter 12 cover it?", []],
  ], 'en');
  table([
    ['Комментарий к главе 70 ГК РФ. В главе 70 собраны нормы об авторском праве.', [['ru-civil-code', 'главе 70 ГК РФ'], ['ru-civil-code', 'главе 70']]],
  ], 'ru');
});
