// Table tests for the families of forms read after round 6 of the external gold set: unknown codes that must not hand
// their articles to another, chapters and sections of a code, the WIPO registration and classification treaties,
// Russian laws by title, Latin ordinals written apart, the US side, "the same article" and truncated names. Each row is
// one variant a real text uses; the negatives are words that must stay uncited.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';
import type { ExtractContext } from '../../../shared/core/citations/index.js';

const EN = { lang: 'en' } as const;
const RU = { lang: 'ru' } as const;
const langOf = (s: string): ExtractContext => (/[а-яё]/i.test(s.slice(0, 40)) ? RU : EN);

describe('a code the registry does not know never hands its article to another; the КоАП by its English variants', () => {
  const rows: Row[] = [
    ['Article 14.10 of the Code on Administrative Penalties', [['ru-admin-code:14.10', 'Article 14.10 of the Code on Administrative Penalties']]],
    ['Liability is set by the Civil Code, Article 14.10 of the Code on Administrative Penalties and Article 180 of the Criminal Code.',
      [['ru-civil-code', 'Civil Code'], ['ru-admin-code:14.10', 'Article 14.10 of the Code on Administrative Penalties'], ['ru-criminal-code:180', 'Article 180 of the Criminal Code']]],
    ['Article 14.10 of the Administrative Offences Code', [['ru-admin-code:14.10', 'Article 14.10 of the Administrative Offences Code']]],
    ['Article 7.12 of the Code of Administrative Violations', [['ru-admin-code:7.12', 'Article 7.12 of the Code of Administrative Violations']]],
    ['Article 7.12 of the Administrative Code of the RF', [['ru-admin-code:7.12', 'Article 7.12 of the Administrative Code of the RF']]],
    // unknown codes: nothing, and the code named before keeps nothing of theirs
    ['Liability is set by the Civil Code, Article 14.10 of the Code on Public Order Penalties and Article 180 of the Criminal Code.',
      [['ru-civil-code', 'Civil Code'], ['ru-criminal-code:180', 'Article 180 of the Criminal Code']]],
    // (the Town Planning Code is in the registry since registry-breadth.test.ts: its article is its own)
    ['the Civil Code. Article 5 of the Town Planning Code applies.', [['ru-civil-code', 'Civil Code'], ['ru-town-planning-code:5', 'Article 5 of the Town Planning Code']]],
    ['Article 10 of the Code of Conduct', []],
    // a code named by the registry is still found after "the Russian Federation"
    ['Bring in the Russian Federation Code of Administrative Offences (The Russian Federation Code, 2002, No. 1, Art. 1) changes:\n\nArticle 14.7 to state',
      [['ru-admin-code', 'Russian Federation Code of Administrative Offences'], ['ru-admin-code:14.7', 'Article 14.7']]],
    ['the Civil Code. Article 5 of the Code applies.', [['ru-civil-code', 'Civil Code'], ['ru-civil-code:5', 'Article 5 of the Code']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('the WIPO registration and classification treaties, by name and short form in both languages', () => {
  const rows: Row[] = [
    ['the Madrid Agreement and Madrid Protocol', [['madrid-agreement', 'Madrid Agreement'], ['madrid-protocol', 'Madrid Protocol']]],
    ['the Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks', [['madrid-protocol', 'Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks']]],
    ['Протокол к Мадридскому соглашению о международной регистрации знаков', [['madrid-protocol', 'Протокол к Мадридскому соглашению о международной регистрации знаков']]],
    ['Мадридского протокола', [['madrid-protocol', 'Мадридского протокола']]],
    ['the Nice Agreement on Classification of Goods and Services', [['nice-agreement', 'Nice Agreement on Classification of Goods and Services']]],
    ['the Nice Agreement Concerning the International Classification of Goods and Services for the Purposes of the Registration of Marks',
      [['nice-agreement', 'Nice Agreement Concerning the International Classification of Goods and Services for the Purposes of the Registration of Marks']]],
    ['Ниццкого соглашения о международной классификации товаров и услуг', [['nice-agreement', 'Ниццкого соглашения о международной классификации товаров и услуг']]],
    ['Singapore Treaty on the Laws of Trademarks', [['singapore-tlt', 'Singapore Treaty on the Laws of Trademarks']]],
    ['the Singapore Treaty on the Law of Trademarks', [['singapore-tlt', 'Singapore Treaty on the Law of Trademarks']]],
    ['Сингапурский договор о законах по товарным знакам', [['singapore-tlt', 'Сингапурский договор о законах по товарным знакам']]],
    ['the Locarno Agreement', [['locarno-agreement', 'Locarno Agreement']]],
    ['Локарнского соглашения', [['locarno-agreement', 'Локарнского соглашения']]],
    ['the Strasbourg Agreement Concerning the International Patent Classification', [['strasbourg-agreement', 'Strasbourg Agreement Concerning the International Patent Classification']]],
    ['Страсбургское соглашение о Международной патентной классификации', [['strasbourg-agreement', 'Страсбургское соглашение о Международной патентной классификации']]],
    ['the Vienna Agreement', [['vienna-agreement', 'Vienna Agreement']]],
    ['the Hague Agreement Concerning the International Registration of Industrial Designs', [['hague-agreement', 'Hague Agreement Concerning the International Registration of Industrial Designs']]],
    ['Гаагское соглашение', [['hague-agreement', 'Гаагское соглашение']]],
    ['the Budapest Treaty', [['budapest-treaty', 'Budapest Treaty']]],
    ['Будапештский договор о международном признании депонирования микроорганизмов', [['budapest-treaty', 'Будапештский договор о международном признании депонирования микроорганизмов']]],
    ['the Lisbon Agreement for the Protection of Appellations of Origin', [['lisbon-agreement', 'Lisbon Agreement for the Protection of Appellations of Origin']]],
    ['Лиссабонского соглашения', [['lisbon-agreement', 'Лиссабонского соглашения']]],
    ['the Marrakesh VIP Treaty', [['marrakesh-vip-treaty', 'Marrakesh VIP Treaty']]],
    ['Марракешский договор', [['marrakesh-vip-treaty', 'Марракешский договор']]],
    ['the Beijing Treaty on Audiovisual Performances', [['beijing-treaty', 'Beijing Treaty on Audiovisual Performances']]],
    ['Пекинского договора', [['beijing-treaty', 'Пекинского договора']]],
    // negatives: other Vienna and Hague instruments, the WTO's Marrakesh Agreement
    // never the Vienna Agreement: the Vienna Convention on the Law of Treaties is its own instrument (registry-breadth.test.ts)
    ['the Vienna Convention on the Law of Treaties', [['vienna-convention-law-of-treaties', 'Vienna Convention on the Law of Treaties']]],
    ['the Hague Convention', []],
    ['the Marrakesh Agreement', [['wto-agreement', 'Marrakesh Agreement']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('Russian laws by title in English and Russian; the licensing law by the text\'s date', () => {
  const rows: Row[] = [
    ['Amendments to the Law on Circulation of Medicines.', [['ru-fl-61-fz-2010', 'Law on Circulation of Medicines']]],
    ['Федеральный закон «Об обращении лекарственных средств»', [['ru-fl-61-fz-2010', 'Федеральный закон «Об обращении лекарственных средств»']]],
    ['In 2010 the Law on Activity Licensing was amended.', [['ru-fl-128-fz-2001', 'Law on Activity Licensing']]],
    ['In 2012 the Law on Activity Licensing was amended.', [['ru-fl-99-fz-2011', 'Law on Activity Licensing']]],
    ['Federal Law "On Licensing of Certain Types of Activities"', [['ru-fl-99-fz-2011', 'Federal Law "On Licensing of Certain Types of Activities"']]],
    ['Закон «О лицензировании отдельных видов деятельности» 2005 года', [['ru-fl-128-fz-2001', 'Закон «О лицензировании отдельных видов деятельности»']]],
    ['the Law "On Advertising"', [['ru-fl-38-fz-2006', 'Law "On Advertising"']]],
    ['ст. 5 Федерального закона «О рекламе»', [['ru-fl-38-fz-2006:5', 'ст. 5 Федерального закона «О рекламе»']]],
    ['the Law on Mass Media', [['ru-law-2124-1-1991', 'Law on Mass Media']]],
    ['Закон РФ «О средствах массовой информации»', [['ru-law-2124-1-1991', 'Закон РФ «О средствах массовой информации»']]],
    ["the Law on Protection of Consumers' Rights", [['ru-law-2300-1-1992', "Law on Protection of Consumers' Rights"]]],
    ['ст. 10 Закона РФ «О защите прав потребителей»', [['ru-law-2300-1-1992:10', 'ст. 10 Закона РФ «О защите прав потребителей»']]],
    ['the Federal Law on Personal Data', [['ru-fl-152-fz-2006', 'Federal Law on Personal Data']]],
    ['Федерального закона «О персональных данных»', [['ru-fl-152-fz-2006', 'Федерального закона «О персональных данных»']]],
    ['the Law on Commercial Secrets', [['ru-fl-98-fz-2004', 'Law on Commercial Secrets']]],
    ["the law ‘On the Procedure for Consideration of Appeals by Citizens of the Russian Federation’", [['ru-fl-59-fz-2006', "law ‘On the Procedure for Consideration of Appeals by Citizens of the Russian Federation’"]]],
    // a law named by title in an earlier sentence: a bare article after it goes to no code
    ['ГК РФ применяется. Закон РФ "О защите прав потребителей" был принят в 1992 году. Статья 10 устанавливает правило.',
      [['ru-civil-code', 'ГК РФ'], ['ru-law-2300-1-1992', 'Закон РФ "О защите прав потребителей"']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('names in headings: a cut or capitalised name still matches on its head words; a heading repeated on the next line is a name of its own', () => {
  const rows: Row[] = [
    ['Бернская конвенция об охране литературных и художественных произведени', [['berne-convention', 'Бернская конвенция']]],
    ['БЕРНСКАЯ КОНВЕНЦИЯ ОБ ОХРАНЕ ЛИТЕРАТУРНЫХ И ХУДОЖЕСТВЕННЫХ ПРОИЗВЕДЕНИЙ', [['berne-convention', 'БЕРНСКАЯ КОНВЕНЦИЯ ОБ ОХРАНЕ ЛИТЕРАТУРНЫХ И ХУДОЖЕСТВЕННЫХ ПРОИЗВЕДЕНИЙ']]],
    ['Парижская конвенция по охране промышленной собственн', [['paris-convention', 'Парижская конвенция']]],
    ['§ 2. Бернская конвенция\n\nБернская конвенция\n\nБернская конвенция (далее — Конвенция) является старейшим договором.',
      [['berne-convention', 'Бернская конвенция'], ['berne-convention', 'Бернская конвенция'], ['berne-convention', 'Бернская конвенция']]],
    // a bracketed short form on the same line only defines the name
    ['the WIPO Performances and Phonograms Treaty (WPPT)', [['wipo-wppt', 'WIPO Performances and Phonograms Treaty']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});
