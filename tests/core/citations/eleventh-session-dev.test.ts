// Table tests for forms drawn from dev (rounds 1–57 of the external gold) in the eleventh session, while rounds 58–60 were
// collected unseen: instruments the registry lacked (the WTO's ITA and GPA, the 1947 GATT, the RSFSR Code of Criminal
// Procedure, the CIS agreements on copyright, on IP and on its Economic Court, the EAEU Treaty's Annex 3 and Armenia's
// accession, the IPIC Treaty, the MEDICRIME Convention, the EU-Russia PCA, the 1927 Regulation on the Firm); a treaty's
// bracketed capitals that spell its name's initials as a defined short form ("Information Technology Agreement (ITA)");
// and an item of rules a government resolution approved as the resolution's item ("п. 5 Правил, утв. Постановлением
// Правительства № 1101").
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (aeaweb.org, USTR notice, 2022)
    ['Russia joined the Information Technology Agreement (ITA) and agreed to negotiate accession to the Government Procurement Agreement (GPA). Under the ITA, tariffs fell; GPA talks stalled.',
      [['wto-ita', 'Information Technology Agreement'], ['wto-gpa', 'Government Procurement Agreement'], ['wto-ita', 'ITA'], ['wto-gpa', 'GPA']]],
    // (capitals that do not spell the name's initials define nothing: "(WTO)" after the ITA's name)
    ['the Information Technology Agreement (WTO) and the WTO', [['wto-ita', 'Information Technology Agreement']]],
    // (docslib, USTR 2014)
    ['the General Agreement on Tariffs and Trade 1947 (GATT 1947)', [['gatt-1947', 'General Agreement on Tariffs and Trade 1947']]],
    // (global-regulation.com, an amending law of 1996)
    ['amendments to the Criminal Code of the RSFSR and the code of criminal procedure of the RSFSR', [['ru-rsfsr-criminal-code', 'Criminal Code of the RSFSR'], ['ru-rsfsr-criminal-procedure-code', 'code of criminal procedure of the RSFSR']]],
    // (cis-legislation.com)
    ['the Agreement on cooperation in the field of protection of copyright and the related rights of September 24, 1993',
      [['cis-copyright-agreement-1993', 'Agreement on cooperation in the field of protection of copyright and the related rights']]],
    ['the Agreement on Cooperation in the Area of Legal Protection of Intellectual Property and on Establishment of Intergovernmental Council (Saint Petersburg, November 19, 2010)',
      [['cis-ip-council-agreement-2010', 'Agreement on Cooperation in the Area of Legal Protection of Intellectual Property']]],
    // (docslib, Council of Europe questionnaire, 2020)
    ['The Russian Federation ratified the MEDICRIME Convention in 2017.', [['medicrime-convention', 'MEDICRIME Convention']]],
    // (worldtrademarkreview.com, 2014; eur-lex, 2012)
    ["the Agreement on Armenia's Accession to the Eurasian Economic Union", [['eaeu-armenia-accession-treaty-2014', "Agreement on Armenia's Accession to the Eurasian Economic Union"]]],
    ['the Partnership and Cooperation Agreement (PCA) between the EU and the Russian Federation', [['eu-ru-pca-1994', 'Partnership and Cooperation Agreement (PCA) between the EU and the Russian Federation']]],
  ], 'en');
});

describe('Russian forms', () => {
  table([
    // (ru.wiki.org)
    ['Вашингтонский договор об интеллектуальной собственности в отношении интегральных микросхем подписан в 1989 году.',
      [['wipo-ipic-treaty', 'Вашингтонский договор об интеллектуальной собственности в отношении интегральных микросхем']]],
    // (litportal, fb2.rf: the CIS Economic Court's Agreement and the Protocol amending it)
    ['в силу Соглашения о статусе Экономического Суда СНГ', [['cis-economic-court-agreement-1992', 'Соглашения о статусе Экономического Суда СНГ']]],
    ['статьи 4 Протокола о внесении изменений в Соглашение о статусе Экономического суда СНГ от 6 июля 1992 года (далее – Протокол о Суде СНГ). По статье 1 Протокола о Суде СНГ',
      [['cis-economic-court-agreement-1992-protocol:4', 'статьи 4 Протокола о внесении изменений в Соглашение о статусе Экономического суда СНГ'], ['cis-economic-court-agreement-1992-protocol:1', 'статье 1 Протокола о Суде СНГ']]],
    // (lawtks.ru, EEC decision 174)
    ['пунктом 30 Протокола об информационно-коммуникационных технологиях и информационном взаимодействии в рамках Евразийского экономического союза',
      [['eaeu-treaty-annex-3:30', 'пунктом 30 Протокола об информационно-коммуникационных технологиях и информационном взаимодействии в рамках Евразийского экономического союза']]],
    // (uristy.ru, 2004)
    ['Положение о фирме 1927 года (далее - Положение) действовало до 2008 года. Положение не знало', [['su-firm-regulation-1927', 'Положение о фирме'], ['su-firm-regulation-1927', 'Положение']]],
    ['УПК РСФСР', [['ru-rsfsr-criminal-procedure-code', 'УПК РСФСР']]],
    // (advokat-feygin, 2024; garant, 2020): rules a resolution approved, cited by item
    ['в нарушение п. 5 Правил, утв. Постановлением Правительства № 1101 от 26.10.2012', [['ru-gov-1101-2012:5', 'п. 5 Правил, утв. Постановлением Правительства № 1101 от 26.10.2012']]],
    ['в соответствии с пунктом 26 Правил проведения федеральными органами исполнительной власти оценки регулирующего воздействия, утвержденных постановлением Правительства Российской Федерации от 17 декабря 2012 г. № 1318',
      [['ru-gov-1318-2012:26', 'пунктом 26 Правил проведения федеральными органами исполнительной власти оценки регулирующего воздействия, утвержденных постановлением Правительства Российской Федерации от 17 декабря 2012 г. № 1318']]],
    // (rules a federal law or an unregistered order approved are not its items)
    ['пункт 5 Правил, утвержденных приказом Минкультуры России от 1 марта 2020 г. № 100', []],
    ['пункт 5 Правил, утвержденных Федеральным законом от 27.07.2006 № 149-ФЗ', [['ru-fl-149-fz-2006', 'Федеральным законом от 27.07.2006 № 149-ФЗ']]],
  ], 'ru');
});
