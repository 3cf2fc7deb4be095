// Realistic annotation records for the exchange-format tests: tags, notes, both, neither, several targets, Cyrillic.
import { documentText, type DocumentText } from '../../../shared/core/annotations/document-text.js';
import { QUOTE_CONTEXT_CHARS, type AnnotationRecord, type AnnotationTarget } from '../../../shared/core/annotations/types.js';
import type { ExportItem } from '../../../shared/core/annotations/w3c-format.js';

interface SampleDoc {
  id: string;
  hash: string;
  text: DocumentText;
}

const unclos: SampleDoc = {
  id: 'unclos-1982',
  hash: 'sha256:7f1c0a9e5b2d4c6e8f00112233445566778899aabbccddeeff00112233445566',
  text: documentText([
    { id: 'unclos-1982/part-vii/art-100', text: 'All States shall cooperate to the fullest possible extent in the repression of piracy on the high seas.' },
    {
      id: 'unclos-1982/part-vii/art-101',
      text: 'Piracy consists of any of the following acts: (a) any illegal acts of violence or detention, or any act of depredation, committed for private ends by the crew or the passengers of a private ship.',
    },
    { id: 'unclos-1982/part-vii/art-102', text: 'The acts of piracy, as defined in article 101, committed by a warship whose crew has mutinied are assimilated to acts committed by a private ship.' },
  ]),
};

const civilCode: SampleDoc = {
  id: 'гк-рф часть 1',
  hash: 'sha256:0000aaaa1111bbbb2222cccc3333dddd4444eeee5555ffff6666777788889999',
  text: documentText([
    { id: 'гк-рф часть 1/ст-1', text: 'Статья 1. Гражданское законодательство основывается на признании равенства участников регулируемых им отношений.' },
    { id: 'гк-рф часть 1/ст-2', text: 'Статья 2. Гражданское законодательство определяет правовое положение участников гражданского оборота.' },
  ]),
};

/** A target over the first occurrence of `exact` in clause `clauseIndex` of `doc`. */
export function targetIn(doc: SampleDoc, clauseIndex: number, exact: string): AnnotationTarget {
  const clause = doc.text.clauses[clauseIndex]!;
  const start = clause.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in ${clause.id}`);
  const docStart = doc.text.starts[clauseIndex]! + start;
  const docEnd = docStart + exact.length;
  return {
    docId: doc.id,
    docHash: doc.hash,
    clauseId: clause.id,
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: doc.text.text.slice(Math.max(0, docStart - QUOTE_CONTEXT_CHARS), docStart),
      suffix: doc.text.text.slice(docEnd, docEnd + QUOTE_CONTEXT_CHARS),
    },
    clause: { type: 'TextPositionSelector', start, end: start + exact.length },
    document: { type: 'TextPositionSelector', start: docStart, end: docEnd },
  };
}

function record(id: string, targets: AnnotationTarget[], fields: Partial<AnnotationRecord>): AnnotationRecord {
  return {
    id,
    targets,
    tags: [],
    note: '',
    creator: 'Ada Lovelace',
    created: '2025-03-14T09:26:53.589Z',
    modified: '2025-03-14T09:26:53.589Z',
    ...fields,
  };
}

export const HOSTILE_NOTE = 'First line\nsecond line\r\n<img src=x onerror=alert(1)> & "quoted", too';

export const SAMPLE_RECORDS: AnnotationRecord[] = [
  record('0b6f1c1e-4a57-4e0c-9d8e-2f6a1b3c4d5e', [targetIn(unclos, 1, 'illegal acts of violence')], { tags: ['piracy', 'High seas'] }),
  record('1c7a2d2f-5b68-4f1d-8e9f-3a7b2c4d5e6f', [targetIn(unclos, 0, 'cooperate')], {
    note: 'Compare the 1958 Geneva Convention, art. 14.',
    created: '2025-01-02T03:04:05.000Z',
    modified: '2025-02-03T04:05:06.000Z',
  }),
  record('2d8b3e30-6c79-4a2e-9fa0-4b8c3d5e6f70', [targetIn(unclos, 2, 'warship whose crew has mutinied')], {
    tags: ['Piracy'],
    note: HOSTILE_NOTE,
  }),
  record('3e9c4f41-7d8a-4b3f-a0b1-5c9d4e6f7081', [targetIn(unclos, 1, 'private ends')], { creator: '' }),
  record(
    '4fad5052-8e9b-4c40-b1c2-6dae5f708192',
    [targetIn(unclos, 1, 'committed for private ends by the crew or the passengers of a private ship.'), targetIn(unclos, 2, 'The acts of piracy')],
    { tags: ['cross-reference'], note: 'Spans two articles.' },
  ),
  record('5abe6163-9fac-4d51-82d3-7ebf608192a3', [targetIn(civilCode, 0, 'равенства участников'), targetIn(civilCode, 1, 'гражданского оборота')], {
    tags: ['равенство', 'Оборот'],
    note: 'Примечание: «равенство» — основа.\nВторая строка.',
    creator: 'Иван Петров',
    created: '2025-06-01T12:00:00+03:00',
    modified: '2025-06-02T12:00:00+03:00',
  }),
];

export const SAMPLE_ITEMS: ExportItem[] = SAMPLE_RECORDS.map((record) => ({
  record,
  tagColors: { piracy: '#aa3300', Piracy: '#aa3300', 'High seas': '#0055aa', равенство: '#228833' },
}));

export function byId(a: AnnotationRecord, b: AnnotationRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
