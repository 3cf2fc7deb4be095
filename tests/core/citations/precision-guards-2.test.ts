// Counter-examples a review of this session's citation families wrote to break them (each failed before its fix): a part
// after a code that starts another citation, another issuer's "Order No.", "that provision" of a lease, a paper's
// "This article provides an overview", counts of articles, a customs tariff's chapters, "WCT/WPPT", other states'
// civil codes, "as of" a version date, the paper's own parts, other states' anti-piracy laws and competition laws,
// comments under a post, a lone "a", a part of the next citation, "p." after an order, regional governments, and the
// predecessor of a code by a year-only date.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('review of the round 19-30 families: parts, orders, anaphora, counts', () => {
  table([
    ['Неустойка может быть снижена (ст. 333 ГК РФ, п. 71 постановления Пленума Верховного Суда РФ от 24.03.2016 № 7).', [['ru-civil-code:333', 'ст. 333 ГК РФ']]],
    ['Суд руководствовался ст. 15 ГК РФ, п. 2 ч. 1 ст. 148 АПК РФ.', [['ru-civil-code:15', 'ст. 15 ГК РФ'], ['ru-arbitrazh-procedure-code:148/1/2', 'п. 2 ч. 1 ст. 148 АПК РФ']]],
    ['Ответственность предусмотрена 183 УК РФ, ч. 3 ст. 146 УК РФ предусматривает иное.', [['ru-criminal-code:183', '183 УК РФ'], ['ru-criminal-code:146/3', 'ч. 3 ст. 146 УК РФ']]],
    ['Комментарий к ГК РФ подготовлен коллективом авторов. Профессор Иванов опубликовал 31 статью по этой теме.', [['ru-civil-code', 'ГК РФ']]],
    ['Федеральный закон № 149-ФЗ от 27.07.2006 содержит 21 статью.', [['ru-fl-149-fz-2006', 'Федеральный закон № 149-ФЗ от 27.07.2006']]],
    ['Ответственность за пиратство предусмотрена ст. 146 УК РФ. Под этой статьей уже больше сотни комментариев читателей.', [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
    ['Адвокат сослался на ст. 1252 ГК РФ. «Когда я готовил эту статью для журнала, суды были против», — сказал он.', [['ru-civil-code:1252', 'ст. 1252 ГК РФ']]],
    ['Экспорт из России товаров главы 72 ТН ВЭД ЕАЭС (черные металлы) сократился; патентные споры не затронуты.', []],
    ['Согласно ст. 1261 ЦК Украины, наследниками являются дети, в отличие от России (авторское право).', []],
    ['В Германии закон о защите конкуренции (GWB) запрещает злоупотребление доминирующим положением.', []],
    ['Италия приняла второй антипиратский закон в 2014 году.', []],
  ], 'ru', '2021-05-01');
  table([
    ['The Government produced the investigator\'s order No. 12 of 5 May 2010.', []],
    ['The Government must comply with the arbitral tribunal\'s Procedural Order No. 3.', []],
    ['The Government issued Executive Order No. 14024 sanctioning Russian entities.', []],
    ['The Krasnodar regional Government adopted Resolution No. 45.', []],
    ['Article 1252 of the Civil Code was cited. The lease had a non-compete clause, and the court found that provision unenforceable.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    ['Article 1229 of the Civil Code defines exclusive rights, and Article 1270 lists the uses of a work. This article provides an overview of both provisions.',
      [['ru-civil-code:1229', 'Article 1229 of the Civil Code'], ['ru-civil-code:1270', 'Article 1270']]],
    ['Article 146 of the Criminal Code punishes piracy. Part 3 of this article discusses sentencing practice.', [['ru-criminal-code:146', 'Article 146 of the Criminal Code']]],
    ['Russia\'s exports of HS Chapter 72 goods (iron and steel) fell, while patents stayed in force.', []],
    ['Italian law imposes pre-contractual good faith (art. 1337 c.c.); Russia introduced a similar copyright duty in 2015.', []],
    ['Under the Code Napoléon, Article 1382 made tortfeasors liable. Russia followed a different path in its copyright law.', []],
    ['Under Federal Law No. 149-FZ as of 1 March 2023, hosting providers must register.', [['ru-fl-149-fz-2006', 'Federal Law No. 149-FZ as of 1 March 2023']]],
    ['In 2011 Spain passed its first anti-piracy law, known as the Sinde Law.', []],
    ['Russia acceded to the WCT/WPPT in 2009.', [['wipo-wct', 'WCT'], ['wipo-wppt', 'WPPT']]],
    ['The court applied Article 1270(2), subparagraph 1 and a number of other provisions of the Civil Code.', [['ru-civil-code:1270/2/1', 'Article 1270(2), subparagraph 1']]],
  ], 'en', '2021-05-01');
  table([
    ['Article 146 of the Russian Criminal Code punishes piracy.', [['ru-criminal-code:146', 'Article 146 of the Russian Criminal Code']]],
  ], 'en', '1997');
  table([
    ['The new Criminal Code, signed in June 1996, punishes piracy under Article 146 of the new Criminal Code.', [['ru-criminal-code', 'Criminal Code'], ['ru-criminal-code:146', 'Article 146 of the new Criminal Code']]],
  ], 'en', '1996-09-01');
});
