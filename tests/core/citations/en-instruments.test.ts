// Table tests for English instrument-level mentions (codes, federal laws by number, treaties, the 2006 agreement).
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const rows: Row[] = [
  // IIPA 2017 Special 301 report on Russia
  ['the 2014 amendments \n(Federal Law No. 364, in force May 2015) also expanded existing procedures', [['ru-fl-364-fz-2014', 'Federal Law No. 364']]],
  ['nor in the 2006 U.S.-Russia IPR Agreement—both aimed at improving', [['us-ru-ipr-agreement-2006', '2006 U.S.-Russia IPR Agreement']]],
  ['outlined in the U.S-Russia IPR Action Plan, nor', [['us-ru-ipr-action-plan-2012', 'U.S-Russia IPR Action Plan']]],
  ['• Amend (additionally) the Civil Code, Part IV, to:  ', [['ru-civil-code', 'Civil Code, Part IV']]],
  ['amendments to the Arbitration Procedure Code and the Federal Law on Information and Information Technologies \n(2006))',
    [['ru-arbitrazh-procedure-code', 'Arbitration Procedure Code'], ['ru-fl-149-fz-2006', 'Federal Law on Information and Information Technologies']]],
  ['found in the Criminal Code, the Criminal Procedure Code, the Administrative Code \nand the Customs Code, continue to apply',
    [['ru-criminal-code', 'Criminal Code'], ['ru-criminal-procedure-code', 'Criminal Procedure Code'], ['ru-admin-code', 'Administrative Code'], ['ru-customs-code', 'Customs Code']]],
  ['administrative actions under the Code of Administrative Offenses against commercial actors', [['ru-admin-code', 'Code of Administrative Offenses']]],
  ['with its WTO TRIPS obligations.2 The report concluded', [['wto-trips', 'WTO TRIPS']]],
  // 09MOSCOW521
  ['commitments that it undertook in the November 2006 U.S.-Russia IPR \nSide Letter, signed as part of Russia\'s WTO accession process.',
    [['us-ru-ipr-agreement-2006', '2006 U.S.-Russia IPR \nSide Letter']]],
  ['join the WIPO Performance and Phonograms Treaty (WPPT) and the WIPO \nCopyright Treaty (WTC), thus fulfilling one of Russia\'s commitments',
    [['wipo-wppt', 'WIPO Performance and Phonograms Treaty'], ['wipo-wct', 'WIPO \nCopyright Treaty']]],
  ['11. In January 2008, Part IV of the Russian Civil Code was enacted, ', [['ru-civil-code', 'Part IV of the Russian Civil Code']]],
  ['it still contains some provisions that are inconsistent with the WTO \nTRIPS Agreement and other international agreements.', [['wto-trips', 'WTO \nTRIPS Agreement']]],
  // Other forms
  ['Russia acceded to the Berne Convention in 1995 and applies Federal Law No. 149-FZ.', [['berne-convention', 'Berne Convention'], ['ru-fl-149-fz-2006', 'Federal Law No. 149-FZ']]],
  // WT/ACC/RUS/70 (treaties, with their defined short forms: one citation for the name and its definition)
  ['the Berne Convention for the Protection of Literary and Artistic Works (the "Berne Convention"); the International Convention for the Protection of Performers, Producers of Phonograms and Broadcasting Organizations (the "Rome Convention); the Madrid Agreement Concerning the International Registration of Marks (Stockholm Act); the Patent Cooperation Treaty (PCT); and the Singapore Trademark Law Treaty (2006).',
    [['berne-convention', 'Berne Convention for the Protection of Literary and Artistic Works'],
      ['rome-convention', 'International Convention for the Protection of Performers, Producers of Phonograms and Broadcasting Organizations'],
      ['madrid-agreement', 'Madrid Agreement Concerning the International Registration of Marks'], ['wipo-pct', 'Patent Cooperation Treaty'],
      ['singapore-tlt', 'Singapore Trademark Law Treaty']]],
  ['when the Russian Federation became a party to the Berne Convention, it did so with a reservation on the application of Article 18 of the Convention.',
    [['berne-convention', 'Berne Convention'], ['berne-convention:18', 'Article 18 of the Convention']]],
  // bricwallblog.com
  ['Adopting the legal framework for Russia’s implementation of the World Intellectual Property Organization (WIPO) Internet Treaties;',
    [['wipo-wct', 'World Intellectual Property Organization (WIPO) Internet Treaties'], ['wipo-wppt', 'World Intellectual Property Organization (WIPO) Internet Treaties']]],
  ['its first annual “Report on Russia’s Implementation of the WTO Agreement” (Report)', [['wto-agreement', 'WTO Agreement']]],
  ['Article 10 of the Convention for the Protection of Human Rights and Fundamental Freedoms',
    [['echr-convention:10', 'Article 10 of the Convention for the Protection of Human Rights and Fundamental Freedoms']]],
  // the U.S. side: Special 301 (capitalised, as a name) and the 2006 side letter
  ['removing the Russian Federation from the “Priority Watch List” under the Special 301 Report taking into account progress', [['us-special-301', 'Special 301 Report']]],
  ['for the 2009 Special 301 IPR Report.', [['us-special-301', 'Special 301 IPR Report']]],
  ['Russia committed in the 2006 side letter to close pirate plants', [['us-ru-ipr-agreement-2006', '2006 side letter']]],
  // codes by other names
  ['amendments to the Civil Code, the Civil Procedure Code, the Arbitrazh (Commercial) Procedure Code',
    [['ru-civil-code', 'Civil Code'], ['ru-civil-procedure-code', 'Civil Procedure Code'], ['ru-arbitrazh-procedure-code', 'Arbitrazh (Commercial) Procedure Code']]],
  ['About introduction of amendments to the Russian Federation Code of Administrative Offences', [['ru-admin-code', 'Russian Federation Code of Administrative Offences']]],
  // a defined short form is a name from then on
  ['Federal Law No. 187-FZ of 2 July 2013 (the "Anti-Piracy Law") took effect. Courts apply the Anti-Piracy Law to films.',
    [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ of 2 July 2013'], ['ru-fl-187-fz-2013', 'Anti-Piracy Law']]],
  // procedure codes abbreviated with "RF"
  ['under Article 26 of the CPC RF and Art. 28 APC RF', [['ru-civil-procedure-code:26', 'Article 26 of the CPC RF'], ['ru-arbitrazh-procedure-code:28', 'Art. 28 APC RF']]],
];

describe('en-instruments', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'en' })).toEqual(expected);
  });

  it('does not take an instrument out of ordinary words', () => {
    expect(cite('business trips to Moscow and the respective procedural codes', { lang: 'en' })).toEqual([]);
    // the uppercase title page of a Special 301 report is its own heading; "the anti-piracy law" is no name unless defined
    expect(cite('2017 SPECIAL 301 REPORT ON COPYRIGHT PROTECTION AND ENFORCEMENT', { lang: 'en' })).toEqual([]);
    expect(cite('Further revisions to the current anti-piracy law are needed', { lang: 'en' })).toEqual([]);
  });

  it('reads "the present Code" as the code named before, or the statute\'s own', () => {
    expect(cite('The Civil Code sets the rule; Article 1243 of the present Code applies.', { lang: 'en' })).toEqual([
      ['ru-civil-code', 'Civil Code'], ['ru-civil-code:1243', 'Article 1243 of the present Code'],
    ]);
    expect(cite('in accordance with Article 1243 of the present Code', { lang: 'en', selfInstrument: 'ru-civil-code' })).toEqual([['ru-civil-code:1243', 'Article 1243 of the present Code']]);
  });

  it('leaves "the Convention" unresolved when no convention was named, rather than guess', () => {
    expect(cite('Article 18 of the Convention applies.', { lang: 'en' })).toEqual([]);
  });
});
