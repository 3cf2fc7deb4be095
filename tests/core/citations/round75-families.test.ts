// Table tests for forms read from rounds 73–75 (court guidance and rulings, press releases, theses and conference
// papers) after their one run: the Strasbourg court's "§§" lists, the TBT Agreement's three-level numbers, a
// translation's "Clause 2 Part 1 Article 14", chapters and parts of "the Code", the Eurasian Patent Organization's
// statute and regulations, the 2006 market access agreement and its IPR side letter, Part One's introductory law, the
// RSFSR Civil Code under the country's later name, a law cited by number with another act's title, "TRIPS-plus".
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Court rulings and their translations (round 73)', () => {
  table([
    ['Under the European Convention on Human Rights, the Court found a violation of Art 6 §§ 1 (criminal) and 3 (c) of the Convention.',
      [['echr-convention', 'European Convention on Human Rights'], ['echr-convention:6/1', 'Art 6 §§ 1 (criminal) and 3 (c) of the Convention'], ['echr-convention:6/3/c', 'Art 6 §§ 1 (criminal) and 3 (c) of the Convention']]],
    ['The panel found the measures inconsistent with Articles 2.1, 5.1.1 and 5.2.2 of the TBT Agreement.',
      [['wto-tbt:2/1', 'Articles 2.1, 5.1.1 and 5.2.2 of the TBT Agreement'], ['wto-tbt:5/1/1', 'Articles 2.1, 5.1.1 and 5.2.2 of the TBT Agreement'], ['wto-tbt:5/2/2', 'Articles 2.1, 5.1.1 and 5.2.2 of the TBT Agreement']]],
    // (a law's three-level number stays its article, as the labels of the Law on Circulation of Medicines key it)
    ['Article 27.1.1 of the Law on the Circulation of Medicines', [['ru-fl-61-fz-2010:27.1.1', 'Article 27.1.1 of the Law on the Circulation of Medicines']]],
    ['The Civil Code of the Russian Federation applies. Chapter 17 of the Code and part one of the Code govern land.',
      [['ru-civil-code', 'Civil Code of the Russian Federation'], ['ru-civil-code', 'Chapter 17 of the Code'], ['ru-civil-code', 'part one of the Code']]],
    ['According to Art. 2 of the Federal Law "About Enforcement of Part One of the Civil Code of the Russian Federation", the Civil Code of the Russian Federation of 1964 is no longer applied.',
      [['ru-fl-52-fz-1994:2', 'Art. 2 of the Federal Law "About Enforcement of Part One of the Civil Code of the Russian Federation"'],
        ['ru-civil-code', 'Federal Law "About Enforcement of Part One of the Civil Code of the Russian Federation"'],
        ['ru-rsfsr-civil-code', 'Civil Code of the Russian Federation of 1964']]],
    ['The Constitutional Court reviewed Art. 110 para. 1 of the Russian Commercial (Arbitrazh) Procedure Code.',
      [['ru-arbitrazh-procedure-code:110/1', 'Art. 110 para. 1 of the Russian Commercial (Arbitrazh) Procedure Code']]],
  ], 'en');
});

describe('Press releases (round 74)', () => {
  table([
    ['The Administrative Council of the Eurasian Patent Organization amended Rule 53 of the Patent Regulations, the Statute on Fees of the Eurasian Patent Organization and the Administrative Regulations under the Eurasian Patent Convention.',
      [['eurasian-patent-regulations:53', 'Rule 53 of the Patent Regulations'], ['eapo-fees-statute', 'Statute on Fees of the Eurasian Patent Organization'],
        ['eurasian-patent-administrative-regulations', 'Administrative Regulations under the Eurasian Patent Convention'], ['eurasian-patent-convention', 'Administrative Regulations under the Eurasian Patent Convention']]],
    // (the statute on fees for design patents is another)
    ['the Statute on Fees of the Eurasian Patent Organization for Legally Significant Actions Related to Eurasian Design Patents', []],
    // ("Patent Regulations" alone in a text that never names the Eurasian system is nobody's)
    ['Rule 53 of the Patent Regulations was amended.', []],
    ['Russia’s Protocol of Accession and the U.S. – Russia WTO Bilateral Market Access Agreement were signed.',
      [['wto-protocol-rus', 'Russia’s Protocol of Accession'], ['us-ru-wto-market-access-agreement-2006', 'U.S. – Russia WTO Bilateral Market Access Agreement']]],
    // (the IPR side letter by its formal name)
    ['the U.S. Government and the Government of Russia entered into a Bilateral Market Access Agreement on Intellectual Property Rights',
      [['us-ru-ipr-agreement-2006', 'Bilateral Market Access Agreement on Intellectual Property Rights']]],
    ['Under Clause 2 Part 1 Article 14 of the Federal Law No. 135-FZ, unfair competition is prohibited; see Clause 8, Part 1 of the Article 17 of the Federal Law No. 135-FZ.',
      [['ru-fl-135-fz-2006:14/1/2', 'Clause 2 Part 1 Article 14 of the Federal Law No. 135-FZ'], ['ru-fl-135-fz-2006:17/1/8', 'Clause 8, Part 1 of the Article 17 of the Federal Law No. 135-FZ']]],
  ], 'en');
  table([
    ['В соответствии с Указом Президента России от 12 мая 2008 года № 724 служба преобразована.', [['ru-ukaz-724-2008', 'Указом Президента России от 12 мая 2008 года № 724']]],
    // (a registered title after the number names its act over the one texts cite by that number alone)
    ['С 1 июля 2014 года в 126-ФЗ «О государственной поддержке кинематографии Российской Федерации» вводится новая статья 5.1.',
      [['ru-fl-126-fz-1996', '126-ФЗ'], ['ru-fl-126-fz-1996:5.1', 'статья 5.1']]],
  ], 'ru');
});

describe('Theses and conference papers (round 75)', () => {
  table([
    ['The Bern Convention protects works; TRIPS-plus and TRIPS+ standards go beyond TRIPS.',
      [['berne-convention', 'Bern Convention'], ['wto-trips', 'TRIPS']]],
    // (a spaced plus joins two names: both are cited)
    ['Framework 4: TRIPS + WIPO Model Law', [['wto-trips', 'TRIPS']]],
  ], 'en');
  table([
    ['Мадридское соглашение о пресечении ложных или вводящих в заблуждение указаний происхождения на товарах и Мадридское соглашение о международной регистрации знаков',
      [['madrid-indications-agreement', 'Мадридское соглашение о пресечении ложных или вводящих в заблуждение указаний происхождения на товарах'], ['madrid-agreement', 'Мадридское соглашение о международной регистрации знаков']]],
    ['нормы ТРИПС-плюс шире ТРИПС', [['wto-trips', 'ТРИПС']]],
  ], 'ru');
});
