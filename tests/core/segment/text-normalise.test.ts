// Unit tests for the text normalisers, each on small snippets taken from the shipped corpus documents.
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../shared/core/model.js';
import { splitLines } from '../../../shared/core/text/lines.js';
import { isDateLine, isDatelineLine, stripPhotoCaptions, stripWebBoilerplate } from '../../../shared/core/text/normalise-boilerplate.js';
import { looksLikeCable, stripCableHeader } from '../../../shared/core/text/normalise-cable.js';
import { HEADING_HINT, PAGE_BREAK_HINT } from '../../../shared/core/text/normalise-hints.js';
import { buildVocabulary, isBrokenWord } from '../../../shared/core/text/normalise-hyphenation.js';
import { extractFootnotes, stripGluedPageNumbers, stripPageFurniture } from '../../../shared/core/text/normalise-pdf-text.js';
import { collapseWhitespace } from '../../../shared/core/text/normalise-whitespace.js';
import { joinLines } from '../../../shared/core/text/paragraphs.js';
import { findFootnoteCall } from '../../../shared/core/segment/footnote-calls.js';

const texts = (lines: readonly SourceLine[]): string[] => lines.map((l) => l.text.trim()).filter((t) => t.length > 0);

/** Every non-synthetic character of mapped text equals the original character it maps to. */
function expectFaithful(text: string, map: SourceLine['map'], original: string): void {
  for (const run of map) {
    if (!run.syn) expect(text.slice(run.t, run.t + run.len)).toBe(original.slice(run.o, run.o + run.len));
  }
}

describe('collapseWhitespace', () => {
  it.each([
    ['The United States and the Russian \u00a0Federation remain', 'The United States and the Russian Federation remain'],
    ['II.\u00a0 IPR Working Group Activities', 'II. IPR Working Group Activities'],
    ['  • Combating copyright piracy  ', '• Combating copyright piracy'],
    ['increasing  industry (both foreign', 'increasing industry (both foreign'],
  ])('%j -> %j, mapping every kept character to the original', (input, expected) => {
    const out = collapseWhitespace(input, [{ t: 0, o: 0, len: input.length }]);
    expect(out.text).toBe(expected);
    expectFaithful(out.text, out.map, input);
  });
});

describe('stripWebBoilerplate', () => {
  const cablePage = [
    'Keep Us Strong WikiLeaks logo',
    '',
    'Currently released so far... 64621 / 251,287',
    'Browse latest releases',
    'A B C D F G H I J K L M N O P Q R S T U V W Y Z',
    'Browse by tag',
    'courage is contagious',
    'Viewing cable 09MOSCOW521, RUSSIA 2009 SPECIAL 301 IPR REVIEW',
    'Understanding cables',
    'Every cable message consists of three parts:',
    '  • The top box shows each cables unique reference number.',
    'Discussing cables',
    'If you find meaningful or important information in a cable, please link directly to its unique reference number.',
    'Reference ID Created Released Classification Origin',
  ].join('\n');

  it('drops the cable archive chrome and help sections but stops at the reference table', () => {
    expect(texts(stripWebBoilerplate(splitLines(cablePage)))).toEqual(['Reference ID Created Released Classification Origin']);
  });

  it('drops the US government banner and keeps the headline', () => {
    const page = 'An official website of the United States government\n\nRussia, U.S. to Improve Intellectual Property Rights Protection';
    expect(texts(stripWebBoilerplate(splitLines(page)))).toEqual(['Russia, U.S. to Improve Intellectual Property Rights Protection']);
  });

  it('keeps ordinary prose that merely mentions browsing or articles', () => {
    const prose = 'Articles 1252 and 1253 apply.\nUsers browse by tag on the site every day.';
    expect(texts(stripWebBoilerplate(splitLines(prose)))).toHaveLength(2);
  });
});

describe('stripPhotoCaptions', () => {
  it('drops the alt text and the "(AP images)" caption line of the press release', () => {
    const page = [
      'December 26, 2012',
      '',
      'A man listens to a speaker in a meeting',
      'Agreement on the IPR Action Plan represents a significant step,” U.S. Trade Representative Ron Kirk said. (AP images)',
      '',
      'The United States and Russia have agreed to an Intellectual Property Rights (IPR) Action Plan.',
    ].join('\n');
    expect(texts(stripPhotoCaptions(splitLines(page)))).toEqual([
      'December 26, 2012',
      'The United States and Russia have agreed to an Intellectual Property Rights (IPR) Action Plan.',
    ]);
  });
});

describe('datelines', () => {
  it.each([
    ['December 27, 2012', true, true],
    ['21 December 2012', true, true],
    ['Washington D.C.', false, true],
    ['The IPR Action Plan endorses action on a broad range of IPR priorities, including:', false, false],
  ])('%j: date %s, dateline %s', (line, date, dateline) => {
    expect(isDateLine(line)).toBe(date);
    expect(isDatelineLine(line)).toBe(dateline);
  });
});

describe('stripCableHeader', () => {
  const cable = [
    'Reference ID Created Released Classification Origin',
    '09MOSCOW521 2009-03-04 05:26 2011-08-24 01:00 UNCLASSIFIED Embassy Moscow',
    'VZCZCXRO8652',
    'RR RUEHAG RUEHAST RUEHDA RUEHDBU RUEHDF RUEHFL RUEHIK RUEHKW RUEHLA',
    'DE RUEHMO #0521/01 0630526',
    'ZNR UUUUU ZZH',
    'R 040526Z MAR 09',
    'FM AMEMBASSY MOSCOW',
    'TO RUEHC/SECSTATE WASHDC 2209',
    'UNCLAS SECTION 01 OF 04 MOSCOW 000521 ',
    'SIPDIS ',
    'E.O. 12958: N/A ',
    'TAGS: ETRD KIPR ECON PGOV RS',
    'SUBJECT: RUSSIA 2009 SPECIAL 301 IPR REVIEW ',
    'REF: A. STATE 08410 ',
    ' B. 08 MOSCOW 3060 ',
    '------- ',
    'SUMMARY ',
    '------- ',
    ' ',
    '7. While prosecution and conviction of commercial scale pirates is very inconsistent, enforcement of a 2008 ',
    ' ',
    'MOSCOW 00000521  002 OF 004 ',
    ' ',
    'ban on cam-cording in movie theaters has contributed to a decrease. ',
    ' ',
    'BEYRLE',
  ].join('\n');
  const lines = splitLines(cable);
  const parts = stripCableHeader(lines);

  it('recognises the routing header', () => {
    expect(looksLikeCable(lines)).toBe(true);
    expect(looksLikeCable(splitLines('1. A numbered paragraph.\n2. Another one.'))).toBe(false);
  });

  it('keeps only the body: no routing, no REF, no page marker, no signature', () => {
    expect(texts(parts.lines)).toEqual([
      'SUMMARY',
      '7. While prosecution and conviction of commercial scale pirates is very inconsistent, enforcement of a 2008',
      'ban on cam-cording in movie theaters has contributed to a decrease.',
    ]);
  });

  it('turns the dashed banner into a heading and the page marker into a page break', () => {
    expect(parts.lines.find((l) => l.text.trim() === 'SUMMARY')?.hint).toBe(HEADING_HINT);
    expect(parts.lines.some((l) => l.hint === PAGE_BREAK_HINT)).toBe(true);
  });

  it('returns the subject (mapped into the original) and the reference id', () => {
    expect(parts.referenceId).toBe('09MOSCOW521');
    expect(parts.subject?.text).toBe('RUSSIA 2009 SPECIAL 301 IPR REVIEW');
    expectFaithful(parts.subject!.text, parts.subject!.map, cable);
  });
});

describe('extractFootnotes (IIPA page 1 bottom)', () => {
  const page = [
    'with its WTO TRIPS obligations.2 The report concluded: “[a]s a general matter, the current IPR enforcement ',
    '',
    '                                                 ',
    '1For more details on Russia’s Special 301 history, see previous years’ reports at http://www.iipawebsite.com/countryreports.html. For the history of Russia’s ',
    'Special 301 placement, see http://www.iipawebsite.com/pdf/2017SPEC301HISTORICALCHART.PDF. ',
    '2See 2016 Report on the Implementation and Enforcement of Russia’s WTO Commitments available at http://ustr.gov/sites/default/files/2016-WTO-Report-',
    'Russia.pdf.  ',
    '',
    'http://www.iipawebsite.com/countryreports.html',
    'http://ustr.gov/sites/default/files/2016-WTO-Report-Russia.pdf',
    ' environment in Russia remains weak…online piracy',
  ].join('\n');
  const { lines, footnotes } = extractFootnotes(splitLines(page));

  it('takes the footnote bodies out, numbers cut off, and drops the repeated URL lines', () => {
    expect(footnotes.map((f) => f.number)).toEqual(['1', '2']);
    expect(footnotes[0]!.lines[0]!.text.startsWith('For more details')).toBe(true);
    expect(texts(lines)).toEqual([
      'with its WTO TRIPS obligations.2 The report concluded: “[a]s a general matter, the current IPR enforcement',
      'environment in Russia remains weak…online piracy',
    ]);
    expect(lines.some((l) => l.hint === PAGE_BREAK_HINT)).toBe(true);
  });

  it('joins a URL split over two lines without a space', () => {
    const joined = joinLines(footnotes[1]!.lines);
    expect(joined.text).toContain('http://ustr.gov/sites/default/files/2016-WTO-Report-Russia.pdf.');
    expectFaithful(joined.text, joined.map, page);
  });
});

describe('stripGluedPageNumbers (Action Plan page ends)', () => {
  it('cuts "focus 2" and "levels.3" but keeps a footnote call and a cited number', () => {
    const text = [
      'maintenance of specialized units with appropriate authority to focus 2',
      'primarily on combating piracy over the Internet, and promoting',
      'strengthening administrative penalties to deterrent levels.3',
      'C. Other Steps',
      'as provided in Article 4',
      'The next sentence.',
    ].join('\n');
    const out = stripGluedPageNumbers(splitLines(text));
    expect(out.map((l) => l.text)).toEqual([
      'maintenance of specialized units with appropriate authority to focus',
      'primarily on combating piracy over the Internet, and promoting',
      'strengthening administrative penalties to deterrent levels.',
      'C. Other Steps',
      'as provided in Article 4',
      'The next sentence.',
    ]);
    const withFootnote = stripGluedPageNumbers(splitLines('to deterrent levels.2\nNext page text.'), new Set(['2']));
    expect(withFootnote[0]!.text).toBe('to deterrent levels.2');
  });
});

describe('line-end hyphens', () => {
  const vocabulary = buildVocabulary('intellectual property rights; the court ordered');
  it.each([
    ['Moscow court-', 'ordered permanent injunction', 'Moscow court-ordered permanent injunction'],
    ['pay-per-', 'download websites', 'pay-per-download websites'],
    ['supporting large-', 'scale infringing websites', 'supporting large-scale infringing websites'],
    ['protection of intel-', 'lectual property', 'protection of intellectual property'],
    ['country-by-', 'country, is critical', 'country-by-country, is critical'],
    ['the current IPR enforcement', 'environment in Russia', 'the current IPR enforcement environment in Russia'],
  ])('%j + %j -> %j', (first, second, expected) => {
    const original = `${first}\n${second}`;
    const joined = joinLines(splitLines(original), vocabulary);
    expect(joined.text).toBe(expected);
    expectFaithful(joined.text, joined.map, original);
  });

  it('drops a hyphen only for a broken word', () => {
    expect(isBrokenWord('intel', 'lectual', new Set())).toBe(true);
    expect(isBrokenWord('court', 'ordered', new Set())).toBe(false);
    expect(isBrokenWord('enforce', 'ment', new Set())).toBe(true);
  });
});

describe('findFootnoteCall', () => {
  it.each([
    ['retained on the Priority Watch List in 2017.1', '1', 44],
    ['with its WTO TRIPS obligations.2 The report concluded', '2', 31],
    ['makes over 15,000 links available to unauthorized video games.3 Most ISPs', '3', 62],
    ['the for-profit requirement in Article 7.12 (Administrative Offences)', '12', -1],
    ['in 2016 to 73 camcords. By comparison', '3', -1],
  ])('%j, footnote %s at %i', (text, number, at) => {
    expect(findFootnoteCall(text, number)?.start ?? -1).toBe(at);
  });
});

describe('stripPageFurniture', () => {
  it('turns page-number lines and running footers into page breaks, but keeps bare paragraph numbers', () => {
    const text = [
      'The report concluded that enforcement',
      'IIPA 2017 Special 301 Report Page 2',
      '- 3 -',
      'remains weak.',
      'IIPA 2017 Special 301 Report Page 3',
      'Page 4 of 12',
      'IIPA 2017 Special 301 Report Page 4',
      '1339.',
      '1340.',
      '1341.',
    ].join('\n');
    const removed = {};
    const out = stripPageFurniture(splitLines(text), 'pdf-text', removed);
    expect(texts(out)).toEqual(['The report concluded that enforcement', 'remains weak.', '1339.', '1340.', '1341.']);
    expect(out.filter((l) => l.hint === PAGE_BREAK_HINT)).toHaveLength(5);
    expect(removed).toEqual({ 'page headers': 3, 'page numbers': 2 });
  });

  it('leaves text without pages as it is', () => {
    const text = ['Section 5. Repealed.', 'Section 6. Repealed.', 'Section 7. Repealed.', '2'].join('\n');
    expect(texts(stripPageFurniture(splitLines(text), 'text'))).toEqual(text.split('\n'));
  });
});
