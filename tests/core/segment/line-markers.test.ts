// Table tests for line-start markers: bullets, sub-bullets, lettered items, numbered paragraphs and headings from the corpus.
import { describe, expect, it } from 'vitest';
import { lineMarker } from '../../../shared/core/segment/line-markers.js';

describe('lineMarker', () => {
  it.each([
    ['\uf0b7 Piracy over the Internet is a significant global problem.', false, 'bullet', undefined],
    ['• Undertake effective and deterrent actions against Internet piracy', false, 'bullet', undefined],
    ['o Take measures in order to disrupt the functioning of websites that', true, 'subbullet', undefined],
    ['a) better define the basis for liability for providers of online services', false, 'lettered', 'a'],
    ['(b) that distribute objects of copyright on the Internet.', false, 'lettered', 'b'],
    ['15.  Russia\'s record of enforcement of IPR crimes has been very', false, 'numbered', '15'],
    ['1339.', false, 'numbered', '1339'],
    ['I. Main Actions to Increase the Level of Protection and Enforcement of Intellectual', false, 'heading', 'I'],
    ['A. Enforcement', false, 'heading', 'A'],
    ['1.2 Scope of the Agreement', false, 'heading', '1.2'],
    ['1. INTRODUCTION', false, 'heading', '1'],
  ])('%j -> %s %s', (line, inList, type, number) => {
    const marker = lineMarker(line, inList);
    expect(marker?.type).toBe(type);
    if (number !== undefined) expect(marker && 'number' in marker ? marker.number : marker && 'letter' in marker ? marker.letter : undefined).toBe(number);
  });

  it.each([
    ['o Take measures in order to disrupt', false],
    ['Other existing hurdles to effective civil and criminal enforcement are: (a) the failure', false],
    ['A. Enforcement of the judgment followed quickly, and the court said so.', false],
    ['Internet Piracy: Effective copyright enforcement continues to lag', false],
  ])('%j is not a marker line (in list: %s)', (line, inList) => {
    expect(lineMarker(line, inList)).toBeNull();
  });
});
