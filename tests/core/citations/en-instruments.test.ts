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
];

describe('en-instruments', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'en' })).toEqual(expected);
  });

  it('does not take an instrument out of ordinary words', () => {
    expect(cite('business trips to Moscow and the respective procedural codes', { lang: 'en' })).toEqual([]);
  });
});
