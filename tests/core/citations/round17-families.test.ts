// Table tests for the families of forms round 17 of the external gold showed: a statute text read article by article
// ("the present Article" under its heading) with its title line not citing itself, a translation's "from 18.12.2006 y."
// and "laws on 07.02.2003", the Madrid Agreement's Soviet-era name, a title missing a word, the 2005 Protocol amending
// TRIPS, and a name repeated in the next sentence (no definition across a sentence's end).
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../shared/core/citations/index.js';
import { citeTable as table } from './helpers.js';

describe('a statute text with several of its articles', () => {
  const text = 'Civil Code of Russian Federation. Part Four. Chapter 70. Copyright.\n\nArticle 1255. Copyright\n\n2. The following rights belong to the author.\n\n3. Other rights along with the rights indicated in Paragraph 2 of the present Article.\n\nArticle 1256. Validity\n\n1. See Paragraph 1 of this Article and Article 1255 of the Civil Code.';
  it('reads each article with its own number and leaves the title line alone', () => {
    const got = extractCitations(text, { lang: 'en', selfInstrument: 'ru-civil-code' }).map((c) => [c.key, text.slice(c.start, c.end)]);
    expect(got).toEqual([
      ['ru-civil-code:1255/2', 'Paragraph 2 of the present Article'],
      ['ru-civil-code:1256/1', 'Paragraph 1 of this Article'],
      ['ru-civil-code:1255', 'Article 1255 of the Civil Code'],
    ]);
  });
  it('keeps the title line of a text that is no statute', () => {
    expect(extractCitations(text.slice(0, 68), { lang: 'en' }).map((c) => [c.key, text.slice(c.start, c.end)])).toEqual([['ru-civil-code', 'Civil Code of Russian Federation']]);
  });
});

describe("acts as translations date them, and treaties' other names", () => {
  table([
    ['Expired-the Federal law from 18.12.2006 y. N 231-FZ; as amended by the federal laws on 07.02.2003 N 22-FZ',
      [['ru-fl-231-fz-2006', 'Federal law from 18.12.2006 y. N 231-FZ'], ['ru-fl-22-fz-2003', 'federal laws on 07.02.2003 N 22-FZ']]],
  ], 'en');
  table([
    ['участие в Мадридской конвенции о международной регистрации фабричных и товарных знаков', [['madrid-agreement', 'Мадридской конвенции о международной регистрации фабричных и товарных знаков']]],
    ['Документ с изменениями, внесенными Международным протоколом от 6 декабря 2005 года', [['wto-trips-amendment-protocol-2005', 'Международным протоколом от 6 декабря 2005 года']]],
    ['статьи 28 Закона РФ "Об авторском праве смежных правах"', [['ru-law-5351-1-1993:28', 'статьи 28 Закона РФ "Об авторском праве смежных правах"']]],
    // named again in the next sentence: a citation of its own, not a definition of the first
    ['Россия участвует в Мадридском соглашении о международной регистрации знаков. Мадридское соглашение действует.',
      [['madrid-agreement', 'Мадридском соглашении о международной регистрации знаков'], ['madrid-agreement', 'Мадридское соглашение']]],
  ], 'ru');
});
