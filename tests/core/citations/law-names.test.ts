// Table tests for Russian (and late-Soviet) laws named by their title, a short title or a press nickname rather than by
// number: the internet, media, IT, trade, customs and IP laws the registry knows from general knowledge of Russian
// legislation, in both languages. Counter-examples: another state's law of the same name, the generic phrase where the
// text is not on Russia, a text dated outside the name's era, a bill.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('internet laws: mirrors, VPNs, the sovereign internet, data localisation, the blacklist, the landing law', () => {
  table([
    ['Roskomnadzor began enforcing the law on blocking mirror sites in Russia on 1 October 2017.', [['ru-fl-156-fz-2017', 'law on blocking mirror sites']]],
    // (its number in brackets is the same citation, as "the Law on Information (Federal Law No. 149-FZ)" is, since the bare
    // number takes the law the text names by its words)
    ['The Law on Mirror Websites (Federal Law No. 156-FZ) took effect on 1 October 2017.', [['ru-fl-156-fz-2017', 'Law on Mirror Websites (Federal Law No. 156-FZ']]],
    ["Russia's VPN law requires anonymisers to connect to the register of banned resources.", [['ru-fl-276-fz-2017', 'VPN law']]],
    ['The law banning VPNs and anonymizers in Russia took effect on 1 November 2017.', [['ru-fl-276-fz-2017', 'law banning VPNs and anonymizers']]],
    ['The sovereign internet law, which Putin signed on 1 May 2019, requires Russian operators to install filtering equipment.', [['ru-fl-90-fz-2019', 'sovereign internet law']]],
    ['Critics called it the "sovereign Runet" law.', [['ru-fl-90-fz-2019', '"sovereign Runet" law']]],
    ['Under the data localisation law, operators must store personal data of Russian citizens in databases located in Russia.', [['ru-fl-242-fz-2014', 'data localisation law']]],
    ['Federal Law No. 242-FZ of 21 July 2014 amended Article 18 of the Personal Data Law.',
      [['ru-fl-242-fz-2014', 'Federal Law No. 242-FZ of 21 July 2014'], ['ru-fl-152-fz-2006:18', 'Article 18 of the Personal Data Law']]],
    ['In November 2012 Russia launched the Internet blacklist law and its register of banned sites.', [['ru-fl-139-fz-2012', 'Internet blacklist law']]],
    ['The news aggregator law took effect in Russia on 1 January 2017.', [['ru-fl-208-fz-2016', 'news aggregator law']]],
    ["Russia's landing law obliges foreign IT companies with more than 500,000 daily users to open local offices.", [['ru-fl-236-fz-2021', 'landing law']]],
    ['Under the pre-installation law, smartphones sold in Russia must come with Russian apps.', [['ru-fl-425-fz-2019', 'pre-installation law']]],
    ['Russia adopted the perpetual blocking law in November 2014.', [['ru-fl-364-fz-2014', 'perpetual blocking law']]],
    ['In Russia, the law on the right to be forgotten took effect in 2016.', [['ru-fl-264-fz-2015', 'law on the right to be forgotten']]],
    ['the Law on Protecting Children from Information Harmful to Their Health', [['ru-fl-436-fz-2010', 'Law on Protecting Children from Information Harmful to Their Health']]],
    // counter-examples: another state's law, the phrase where the text is not on Russia, a bill, ordinary words
    ['The site was a mirror of a pirate site that the court had blocked under the law.', []],
    ['China tightened its VPN law in 2017.', []],
    ['China has promoted cyber sovereignty and a sovereign internet law of its own.', []],
    ["Vietnam's data localization law took effect in 2022.", []],
    ['The EU has no news aggregator law.', []],
    ['Pilots must follow the landing law of the airfield.', []],
    ["The EU's law on the right to be forgotten protects data subjects.", []],
    ['the Russian Internet Restriction Bill passed its first reading', []],
  ], 'en');
  table([
    ['Роскомнадзор начал применять закон о блокировке «зеркал» пиратских сайтов.', [['ru-fl-156-fz-2017', 'закон о блокировке «зеркал» пиратских сайтов']]],
    ['Антизеркальный закон вступил в силу 1 октября 2017 года.', [['ru-fl-156-fz-2017', 'Антизеркальный закон']]],
    ['С 1 ноября 2017 года действует закон об анонимайзерах и VPN.', [['ru-fl-276-fz-2017', 'закон об анонимайзерах и VPN']]],
    ['Закон о суверенном интернете вступил в силу 1 ноября 2019 года.', [['ru-fl-90-fz-2019', 'Закон о суверенном интернете']]],
    ['Эксперты критиковали закон об «устойчивом Рунете».', [['ru-fl-90-fz-2019', 'закон об «устойчивом Рунете»']]],
    ['Закон о локализации персональных данных действует с 1 сентября 2015 года.', [['ru-fl-242-fz-2014', 'Закон о локализации персональных данных']]],
    ['После принятия закона о «черных списках» сайтов Роскомнадзор начал вести реестр.', [['ru-fl-139-fz-2012', 'закона о «черных списках» сайтов']]],
    ['По закону о новостных агрегаторах владельцы сервисов отвечают за достоверность новостей.', [['ru-fl-208-fz-2016', 'закону о новостных агрегаторах']]],
    ['Закон о «приземлении» иностранных IT-компаний вступил в силу 1 июля 2021 года.', [['ru-fl-236-fz-2021', 'Закон о «приземлении» иностранных IT-компаний']]],
    ['Закон о предустановке российского ПО применяется с 1 апреля 2021 года.', [['ru-fl-425-fz-2019', 'Закон о предустановке российского ПО']]],
    ['«Закон против Apple» подписан президентом.', [['ru-fl-425-fz-2019', '«Закон против Apple»']]],
    ['Так называемый закон о вечной блокировке пиратских сайтов приняли в 2014 году.', [['ru-fl-364-fz-2014', 'закон о вечной блокировке пиратских сайтов']]],
    ['Закон о «праве на забвение» действует с 1 января 2016 года.', [['ru-fl-264-fz-2015', 'Закон о «праве на забвение»']]],
    ['Закон о защите детей от информации запрещает распространять такие материалы среди детей.', [['ru-fl-436-fz-2010', 'Закон о защите детей от информации']]],
    // counter-examples: bills, other registers, Kazakhstan's law of the same title
    ['Законопроект о блокировке «зеркал» внесен в Думу.', []],
    ['Законопроект о суверенном интернете внесли сенаторы.', []],
    ['Ведется реестр, своего рода закон о черных списках недобросовестных поставщиков.', []],
    ['Законопроект о предустановке российских приложений обсуждали год.', []],
    ['Закон Республики Казахстан «О защите детей от информации, причиняющей вред их здоровью и развитию»', []],
  ], 'ru');
});

describe('the Yarovaya law and package, the counter-terrorism and extremism laws', () => {
  table([
    ["The Yarovaya law requires Russian telecom operators to store users' messages for six months.", [['ru-fl-374-fz-2016', 'Yarovaya law']]],
    ['The Yarovaya package was signed in July 2016.', [['ru-fl-374-fz-2016', 'Yarovaya package'], ['ru-fl-375-fz-2016', 'Yarovaya package']]],
    ['Federal Law No. 374-FZ amended the Law on Communications.', [['ru-fl-374-fz-2016', 'Federal Law No. 374-FZ'], ['ru-fl-126-fz-2003', 'Law on Communications']]],
    ['Article 2 of the Federal Law "On Counteracting Terrorism"', [['ru-fl-35-fz-2006:2', 'Article 2 of the Federal Law "On Counteracting Terrorism"']]],
    ['Article 13 of the Federal Law "On Countering Extremist Activity"', [['ru-fl-114-fz-2002:13', 'Article 13 of the Federal Law "On Countering Extremist Activity"']]],
    ["The court applied Russia's anti-extremism law to the blogger.", [['ru-fl-114-fz-2002', 'anti-extremism law']]],
    // counter-examples: another state's laws of the same titles
    ['the Law of Ukraine "On Combating Terrorism"', []],
    ['the Law on Combating Terrorism of Kazakhstan', []],
    ['the Law of the Republic of Kazakhstan "On Countering Extremism"', []],
  ], 'en');
  table([
    ['Закон Яровой обязал операторов связи хранить сообщения пользователей.', [['ru-fl-374-fz-2016', 'Закон Яровой']]],
    ['Пакет Яровой вступил в силу 1 июля 2018 года.', [['ru-fl-374-fz-2016', 'Пакет Яровой'], ['ru-fl-375-fz-2016', 'Пакет Яровой']]],
    ['статья 3 Федерального закона «О противодействии терроризму»', [['ru-fl-35-fz-2006:3', 'статья 3 Федерального закона «О противодействии терроризму»']]],
    ['ФЗ «О противодействии экстремистской деятельности» позволяет признать материал экстремистским.', [['ru-fl-114-fz-2002', 'ФЗ «О противодействии экстремистской деятельности»']]],
    ['ст. 13 Закона о противодействии экстремистской деятельности', [['ru-fl-114-fz-2002:13', 'ст. 13 Закона о противодействии экстремистской деятельности']]],
    // a bill by Yarovaya is not her law
    ['Законопроект Яровой об ужесточении наказания внесен в Думу.', []],
  ], 'ru');
});

describe('dated names: accounting, medicines, customs regulation, bloggers, foreign agents', () => {
  table([
    ['Согласно ст. 9 Закона о бухгалтерском учете каждый факт хозяйственной жизни оформляется первичным документом.', [['ru-fl-402-fz-2011:9', 'ст. 9 Закона о бухгалтерском учете']]],
    // (the number before the title is the same act: one citation)
    ['№ 402-ФЗ Федеральный закон «О бухгалтерском учете»', [['ru-fl-402-fz-2011', '№ 402-ФЗ Федеральный закон «О бухгалтерском учете»']]],
    ['Закон о бухгалтерском учете и финансовой отчетности Республики Казахстан', []],
  ], 'ru', '2020-03-01');
  table([
    ['Согласно ст. 9 Закона о бухгалтерском учете каждый факт оформляется первичным документом.', [['ru-fl-129-fz-1996:9', 'ст. 9 Закона о бухгалтерском учете']]],
    ['Федеральный закон «О лекарственных средствах» регулирует регистрацию препаратов.', [['ru-fl-86-fz-1998', 'Федеральный закон «О лекарственных средствах»']]],
    ['Закон о лекарственных средствах не предусматривал защиту данных.', [['ru-fl-86-fz-1998', 'Закон о лекарственных средствах']]],
  ], 'ru', '2005-06-01');
  table([
    ['Закон о блогерах обязал популярных авторов регистрироваться в Роскомнадзоре.', [['ru-fl-97-fz-2014', 'Закон о блогерах']]],
    ['Критики назвали закон об иностранных агентах репрессивным.', [['ru-fl-121-fz-2012', 'закон об иностранных агентах']]],
    ['Депутаты приняли закон о гей-пропаганде и закон подлецов.', [['ru-fl-135-fz-2013', 'закон о гей-пропаганде'], ['ru-fl-272-fz-2012', 'закон подлецов']]],
  ], 'ru', '2014-09-01');
  // a second registered act of a number never takes over the first's number alone: No. 35-FZ in a 2015 text is still
  // the Civil Code amendments of 2014, not the counter-terrorism law of 2006
  table([['Федеральный закон № 35-ФЗ внес изменения в часть четвертую.', [['ru-fl-35-fz-2014', 'Федеральный закон № 35-ФЗ']]]], 'ru', '2015-05-01');
  table([
    // a foreign agents law of 2024 (another state's, or the law after No. 255-FZ of 2022) is not the 2012 law
    ['Закон об иностранных агентах в Грузии вызвал протесты.', []],
    ['Закон о блогерах обязал владельцев страниц с аудиторией более 10 тысяч подписчиков зарегистрироваться.', []],
    ['Федеральный закон от 3 августа 2018 г. «О таможенном регулировании в Российской Федерации»', [['ru-fl-289-fz-2018', 'Федеральный закон от 3 августа 2018 г. «О таможенном регулировании в Российской Федерации»']]],
    ['Закон о таможенном регулировании устанавливает порядок ведения реестра.', [['ru-fl-289-fz-2018', 'Закон о таможенном регулировании']]],
  ], 'ru', '2024-10-01');
  table([
    ['In Russia, the Pharmaceutical Law governs data exclusivity.', [['ru-fl-61-fz-2010', 'Pharmaceutical Law']]],
    ['Article 9 of the Federal Law "On Accounting" requires primary documents.', [['ru-fl-402-fz-2011:9', 'Article 9 of the Federal Law "On Accounting"']]],
    ['Federal Law on Customs Regulation in the Russian Federation (3 August 2018) governs the register.', [['ru-fl-289-fz-2018', 'Federal Law on Customs Regulation in the Russian Federation (3 August 2018)']]],
    ['the Federal Law of August 3, 2018 on Customs Regulation', [['ru-fl-289-fz-2018', 'Federal Law of August 3, 2018 on Customs Regulation']]],
    ['The Law on Customs Regulation applies.', [['ru-fl-289-fz-2018', 'Law on Customs Regulation']]],
    // counter-examples: the EU's law, Ukraine's accounting law, the generic phrase with Russia nowhere
    ['The EU Pharmaceutical Law reform was proposed in 2023.', []],
    ["Ukraine's Law on Accounting and Financial Reporting was amended.", []],
    ['The Pharmaceutical Law reform was debated in Brussels.', []],
  ], 'en', '2020-03-01');
  table([
    ["Russia's Law on Medicines did not protect clinical trial data.", [['ru-fl-86-fz-1998', 'Law on Medicines']]],
  ], 'en', '2005-05-01');
  // while the new law's bill was debated (2008 until it took effect in April 2010) the name meant either: nothing
  table([
    ['As for the Law on Medicines, the GOR has not yet even submitted to the Duma draft legislation (Russia).', []],
  ], 'en', '2009-03-04');
  // No. 289-FZ took effect on 3 September 2018: before it the name is still the 2010 law's
  table([['The Law on Customs Regulation applies.', [['ru-fl-311-fz-2010', 'Law on Customs Regulation']]]], 'en', '2018-08-20');
  table([['The Law on Customs Regulation applies.', [['ru-fl-289-fz-2018', 'Law on Customs Regulation']]]], 'en', '2018-09-10');
  table([
    ["Russia's bloggers' law obliges popular bloggers to register with Roskomnadzor.", [['ru-fl-97-fz-2014', "bloggers' law"]]],
    ['The Dima Yakovlev law banned adoptions of Russian children by US citizens.', [['ru-fl-272-fz-2012', 'Dima Yakovlev law']]],
    ["Russia's gay propaganda law was condemned by the Council of Europe.", [['ru-fl-135-fz-2013', 'gay propaganda law']]],
  ], 'en', '2014-09-01');
  // copyright and trademarks: "the Copyright Law" names the 1993 law only in a text on Russia written before 2008
  table([["Russia's Copyright Law does not protect such works.", [['ru-law-5351-1-1993', "Russia's Copyright Law"]]]], 'en', '2006-03-01');
  table([
    ["Russia's Copyright Law does not protect such works.", []],
    ['The US Copyright Law does not protect such works.', []],
  ], 'en', '2012-03-01');
});

describe('IP, media, trade and customs laws by their titles; other states\' laws of the same names', () => {
  table([
    ['Rospatent keeps the register under the Patent Attorneys Law.', [['ru-fl-316-fz-2008', 'Patent Attorneys Law']]],
    ['the Federal Constitutional Law on Commercial Courts', [['ru-fl-1-fkz-1995', 'Federal Constitutional Law on Commercial Courts']]],
    ['the Federal Constitutional Law "On Commercial Courts of the Russian Federation"', [['ru-fl-1-fkz-1995', 'Federal Constitutional Law "On Commercial Courts of the Russian Federation"']]],
    ['Federal Law 135-FZ on Competition Protection', [['ru-fl-135-fz-2006', 'Federal Law 135-FZ']]],
    ['Federal Constitutional Law No. 4-FKZ created the Intellectual Property Court.', [['ru-fl-4-fkz-2011', 'Federal Constitutional Law No. 4-FKZ']]],
    ['Law 46-FZ allowed parallel imports.', [['ru-fl-46-fz-2022', 'Law 46-FZ']]],
    ['Federal Law No. 46-FZ of 5 March 1999 protects investors.', [['ru-fl-46-fz-1999', 'Federal Law No. 46-FZ of 5 March 1999']]],
    ['Under Article 6 of the USSR Law on Inventions of 1991 an inventor could choose a patent.', [['su-law-2213-1-1991:6', 'Article 6 of the USSR Law on Inventions of 1991']]],
    ['Article 4 of the Russian Media Law', [['ru-law-2124-1-1991:4', 'Article 4 of the Russian Media Law']]],
    ['Federal Law "On State Regulation of the Production and Turnover of Ethyl Alcohol, Alcohol and Alcohol-Containing Products"',
      [['ru-fl-171-fz-1995', 'Federal Law "On State Regulation of the Production and Turnover of Ethyl Alcohol, Alcohol']]],
    ['Article 7 of the Federal Law on Technical Regulation', [['ru-fl-184-fz-2002:7', 'Article 7 of the Federal Law on Technical Regulation']]],
    ['the Federal Law "On Special Protective, Anti-Dumping and Countervailing Measures in Imports of Goods"',
      [['ru-fl-165-fz-2003', 'Federal Law "On Special Protective, Anti-Dumping and Countervailing Measures in Imports of Goods"']]],
    ['Article 9 of the Federal Law on Currency Regulation and Currency Control', [['ru-fl-173-fz-2003:9', 'Article 9 of the Federal Law on Currency Regulation and Currency Control']]],
    ['the Federal Law "On Export Control"', [['ru-fl-183-fz-1999', 'Federal Law "On Export Control"']]],
    ['the Federal Law "On the Fundamentals of State Regulation of Trade Activity in the Russian Federation"',
      [['ru-fl-381-fz-2009', 'Federal Law "On the Fundamentals of State Regulation of Trade Activity in the Russian Federation"']]],
    ['the Federal Law "On Digital Financial Assets, Digital Currency"', [['ru-fl-259-fz-2020', 'Federal Law "On Digital Financial Assets, Digital Currency"']]],
    ['the Law of the RSFSR "On Competition and Restriction of Monopolistic Activity in Commodity Markets"',
      [['ru-law-948-1-1991', 'Law of the RSFSR "On Competition and Restriction of Monopolistic Activity in Commodity Markets"']]],
    // counter-examples: other states' laws of the same titles or short names
    ["Japan's Patent Attorneys Law was amended in 2014.", []],
    ['the Advertising Law of Ukraine', []],
    ['the Mass Media Law of Kazakhstan', []],
    ['the Personal Data Law of Belarus', []],
    ['the Law on Technical Regulation of Kazakhstan', []],
    ['the Law of the Republic of Belarus "On Currency Regulation and Currency Control"', []],
    ['The Alcohol Law of Finland restricts retail sales.', []],
  ], 'en');
  table([
    ['Федеральный конституционный закон об арбитражных судах устанавливает систему судов.', [['ru-fl-1-fkz-1995', 'Федеральный конституционный закон об арбитражных судах']]],
    ['Федеральный конституционный закон № 4-ФКЗ создал Суд по интеллектуальным правам.', [['ru-fl-4-fkz-2011', 'Федеральный конституционный закон № 4-ФКЗ']]],
    ['Федеральный закон «О внесении изменений в отдельные законодательные акты Российской Федерации в связи с созданием в системе арбитражных судов Суда по интеллектуальным правам»',
      [['ru-fl-422-fz-2011', 'Федеральный закон «О внесении изменений в отдельные законодательные акты Российской Федерации в связи с созданием в системе арбитражных судов Суда по интеллектуальным правам»']]],
    ['Статья 18 Федерального закона № 46-ФЗ позволила легализовать параллельный импорт.', [['ru-fl-46-fz-2022:18', 'Статья 18 Федерального закона № 46-ФЗ']]],
    ['Закон СССР «Об изобретениях в СССР» ввел патент наряду с авторским свидетельством.', [['su-law-2213-1-1991', 'Закон СССР «Об изобретениях в СССР»']]],
    ['ст. 4 Закона РФ о СМИ', [['ru-law-2124-1-1991:4', 'ст. 4 Закона РФ о СМИ']]],
    ['Закон об обращении лекарств изменили в 2014 году.', [['ru-fl-61-fz-2010', 'Закон об обращении лекарств']]],
    ['ст. 18 Федерального закона «О государственном регулировании производства и оборота этилового спирта, алкогольной и спиртосодержащей продукции»',
      [['ru-fl-171-fz-1995:18', 'ст. 18 Федерального закона «О государственном регулировании производства и оборота этилового спирта']]],
    ['ст. 7 Закона о техническом регулировании', [['ru-fl-184-fz-2002:7', 'ст. 7 Закона о техническом регулировании']]],
    ['Федеральный закон «О специальных защитных, антидемпинговых и компенсационных мерах при импорте товаров»',
      [['ru-fl-165-fz-2003', 'Федеральный закон «О специальных защитных, антидемпинговых и компенсационных мерах при импорте товаров»']]],
    ['ст. 9 Закона о валютном регулировании и валютном контроле', [['ru-fl-173-fz-2003:9', 'ст. 9 Закона о валютном регулировании и валютном контроле']]],
    ['Федеральный закон «Об экспортном контроле»', [['ru-fl-183-fz-1999', 'Федеральный закон «Об экспортном контроле»']]],
    ['ст. 13 Закона об основах государственного регулирования торговой деятельности', [['ru-fl-381-fz-2009:13', 'ст. 13 Закона об основах государственного регулирования торговой деятельности']]],
    ['Закон о цифровых финансовых активах вступил в силу 1 января 2021 года.', [['ru-fl-259-fz-2020', 'Закон о цифровых финансовых активах']]],
    ['Закон РСФСР «О конкуренции и ограничении монополистической деятельности на товарных рынках»',
      [['ru-law-948-1-1991', 'Закон РСФСР «О конкуренции и ограничении монополистической деятельности на товарных рынках»']]],
    // counter-examples: other states' laws of the same titles
    ['закон Казахстана о рекламе', []],
    ['закон о рекламе Республики Казахстан', []],
    ['Закон Республики Беларусь «О валютном регулировании и валютном контроле»', []],
    ['Закон о техническом регулировании Республики Казахстан', []],
  ], 'ru');
});
