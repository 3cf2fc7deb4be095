// Table tests for English references to numbered Russian acts: federal laws by number and year, laws of the RF, resolutions.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const rows: Row[] = [
  // IIPA 2017 (no year in the text: the one registered law 364-FZ)
  ['the 2014 amendments \n(Federal Law No. 364, in force May 2015) also expanded', [['ru-fl-364-fz-2014', 'Federal Law No. 364']]],
  // the number with its date, after and before
  ['Federal Law No. 187-FZ of 2 July 2013 introduced preliminary injunctions.', [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ of 2 July 2013']]],
  ['the Federal Law No. 149-FZ of July 27, 2006 “On Information, Information Technologies and Protection of Information.”',
    [['ru-fl-149-fz-2006', 'Federal Law No. 149-FZ of July 27, 2006']]],
  ['Federal Law of July 23, 2013 No. 194-FZ on amendments', [['ru-fl-194-fz-2013', 'Federal Law of July 23, 2013 No. 194-FZ']]],
  // global-regulation.com (machine translation): "N" for "No.", dates in several styles, a stray ";"
  ['(In the federal laws dated 01/03/2012 N 18-FZ; dated 28.07.2012; N 141-FZ; of 30.12.2012 N 307-FZ;',
    [['ru-fl-18-fz-2012', 'federal laws dated 01/03/2012 N 18-FZ'], ['ru-fl-141-fz-2012', 'dated 28.07.2012; N 141-FZ'], ['ru-fl-307-fz-2012', 'of 30.12.2012 N 307-FZ']]],
  // WILMap: the number alone; "Law No." and "NNN-FZ"
  ['See more below on Law No. 364-FZ.', [['ru-fl-364-fz-2014', 'Law No. 364-FZ']]],
  // a registered act the registry does not mark as known by its number alone needs its year (35-FZ of 2006 is as known)
  ['amended by Federal Law 35-FZ', []],
  ['amended by Federal Law 35-FZ of 12 March 2014', [['ru-fl-35-fz-2014', 'Federal Law 35-FZ of 12 March 2014']]],
  // numbers restart every year: another year is another law, and an unknown number without its year is no key at all
  ['Federal Law No. 187-FZ of 26 July 2019', [['ru-fl-187-fz-2019', 'Federal Law No. 187-FZ of 26 July 2019']]],
  ['Federal Law No. 420-FZ', []],
  // a year given elsewhere in the text for the same number
  ['Federal Law No. 187-FZ of 2 July 2013 is known as the anti-piracy law. Law No. 187-FZ entered into force on 1 August 2013.',
    [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ of 2 July 2013'], ['ru-fl-187-fz-2013', 'Law No. 187-FZ']]],
  // laws of the RF before 1996 and government resolutions
  ['Law of the Russian Federation No. 5351-1 of 9 July 1993', [['ru-law-5351-1-1993', 'Law of the Russian Federation No. 5351-1 of 9 July 1993']]],
  ['Resolution of the Government of the Russian Federation of 29 December 2007 No. 992',
    [['ru-gov-992-2007', 'Resolution of the Government of the Russian Federation of 29 December 2007 No. 992']]],
  ['Government Resolution No. 992 of December 29, 2007', [['ru-gov-992-2007', 'Government Resolution No. 992 of December 29, 2007']]],
  // defined by title
  ['Amending its Law on Activity Licensing to ensure that copyright infringers cannot renew a license', [['ru-fl-99-fz-2011', 'Law on Activity Licensing']]],
  ['the Federal Law "On Protection of Competition", the Law of the Russian Federation "On Attainments in Selection", and the Federal Law "On Commercial Secrets".',
    [['ru-fl-135-fz-2006', 'Federal Law "On Protection of Competition"'], ['ru-law-5605-1-1993', 'Law of the Russian Federation "On Attainments in Selection"'],
      ['ru-fl-98-fz-2004', 'Federal Law "On Commercial Secrets"']]],
  ['the Patent Law, the Law of the Russian Federation "On Copyright and Related Rights"',
    [['ru-law-3517-1-1992', 'Patent Law'], ['ru-law-5351-1-1993', 'Law of the Russian Federation "On Copyright and Related Rights"']]],
  // an article of a law named by its title
  ['in accordance with the new article 15.2 of the Law “On Information, Information Technologies and Protection of Information” by identifying',
    [['ru-fl-149-fz-2006:15.2', 'article 15.2 of the Law “On Information, Information Technologies and Protection of Information”']]],
];

describe('en-federal-laws', () => {
  it.each(rows)('%j', (sentence, expected) => {
    expect(cite(sentence, { lang: 'en' })).toEqual(expected);
  });

  it('never takes a gazette position, a bill or a bare number for a law', () => {
    expect(cite('(The Russian Federation Code, 2002, No. 1, Art. 1; 2003, No. 50, Art. 4847)', { lang: 'en' })).toEqual([]);
    expect(cite('The State Duma is considering draft law No. 532911-8', { lang: 'en' })).toEqual([]);
    expect(cite('see No. 5351-1 above', { lang: 'en' })).toEqual([]);
    expect(cite('Russian patent law is strict', { lang: 'en' })).toEqual([]);
  });
});
