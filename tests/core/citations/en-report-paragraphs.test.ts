// Table tests for Working Party Report paragraph references.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const rows: Row[] = [
  // IIPA 2017 Special 301 report on Russia (with its real line breaks)
  ['Russia joined the WTO in 2012. As part of its WTO accession, in the Working Party Report (paragraph \n1339), the Government of Russia pledged',
    [['wto-wpr-rus:1339', 'paragraph \n1339']]],
  ['During WTO accession (in the \nWorking Party Report, paragraph 1218), Russia assured its trading partners',
    [['wto-wpr-rus:1218', 'paragraph 1218']]],
  ['Russia committed to this in paras. 1218-1220 of the Working Party Report.',
    [['wto-wpr-rus:1218', 'paras. 1218-1220 of the Working Party Report'], ['wto-wpr-rus:1219', 'paras. 1218-1220 of the Working Party Report'],
      ['wto-wpr-rus:1220', 'paras. 1218-1220 of the Working Party Report']]],
  ['See the Working Party Report, Par. 1339.', [['wto-wpr-rus:1339', 'Par. 1339']]],
  // a page is never a paragraph (the report is still named)
  ['See the Working Party Report, p. 1339.', [['wto-wpr-rus', 'Working Party Report']]],
  ['Point 1226 at p. 316 of the Report of the Working Party', [['wto-wpr-rus:1226', 'Point 1226 at p. 316 of the Report of the Working Party']]],
  ['item 1226 of the Working Party Report', [['wto-wpr-rus:1226', 'item 1226 of the Working Party Report']]],
  ['Report of the Working Party on the Accession of the Russian Federation, pt. 1450', [['wto-wpr-rus:1450', 'pt. 1450']]],
  // the report's WTO document symbol, and the report named after the number
  ['Russia undertook to act against such sites (WT/ACC/RUS/70, para. 1339).', [['wto-wpr-rus:1339', 'para. 1339']]],
  ['as set out in paragraph 1339 of the Working Party Report, Russia', [['wto-wpr-rus:1339', 'paragraph 1339 of the Working Party Report']]],
  ['Working Party Report ¶ 1339 records the pledge.', [['wto-wpr-rus:1339', '¶ 1339']]],
  ['Working Party Report ¶¶ 1218-1219', [['wto-wpr-rus:1218', '¶¶ 1218-1219'], ['wto-wpr-rus:1219', '¶¶ 1218-1219']]],
  ['paras 1218 and 1339 of the Working Party Report',
    [['wto-wpr-rus:1218', 'paras 1218 and 1339 of the Working Party Report'], ['wto-wpr-rus:1339', 'paras 1218 and 1339 of the Working Party Report']]],
];

describe('en-report-paragraphs', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'en' })).toEqual(expected);
  });

  it('keeps paragraphs of articles and unattached paragraphs out', () => {
    expect(cite('paragraph 5 of Article 1252 of the Civil Code', { lang: 'en' }).map(([k]) => k)).toEqual(['ru-civil-code:1252/5']);
    expect(cite('Linking to a specific paragraph in the body of a cable is also possible (see paragraph 12).', { lang: 'en' })).toEqual([]);
    // "p." far from the report is a page number
    expect(cite('The Working Party Report is discussed in the 2010 submission at p. 138.', { lang: 'en' })).toEqual([['wto-wpr-rus', 'Working Party Report']]);
  });

  it('keeps "¶" without a report as nothing', () => {
    expect(cite('See ¶ 1339 above.', { lang: 'en' })).toEqual([]);
  });

  it('does not carry a report across sentences', () => {
    expect(cite('The Working Party Report was adopted. Paragraph 12 of the plan sets a deadline.', { lang: 'en' })).toEqual([['wto-wpr-rus', 'Working Party Report']]);
  });
});
