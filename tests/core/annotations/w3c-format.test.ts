// W3C export and import: shape, determinism, exact round trip, and item-by-item refusal of what cannot be restored.
import { describe, expect, it } from 'vitest';
import { clauseUri, documentUri, fromW3c, toW3cAnnotation, toW3cCollection, W3C_ANNO_CONTEXT } from '../../../shared/core/annotations/w3c-format.js';
import { byId, HOSTILE_NOTE, SAMPLE_ITEMS, SAMPLE_RECORDS } from './annotation-samples.js';

type Json = Record<string, unknown>;

const META = { label: 'My annotations', generated: '2025-07-01T08:00:00.000Z' };
const exported = () => JSON.parse(JSON.stringify(toW3cCollection(SAMPLE_ITEMS, META))) as Json & { first: { items: Json[] } };
const one = (index: number) => structuredClone(toW3cAnnotation(SAMPLE_ITEMS[index]!)) as Json;
const firstTarget = (a: Json) => (a.target as Json[])[0]!;

describe('toW3cCollection', () => {
  it('writes an AnnotationCollection with one embedded AnnotationPage', () => {
    const c = exported();
    expect(c['@context']).toContain(W3C_ANNO_CONTEXT);
    expect(c).toMatchObject({ type: 'AnnotationCollection', label: 'My annotations', total: 6, generated: META.generated });
    expect(c.id).toBe('lextrace://collection/My%20annotations');
    expect(c.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(c.first.items).toHaveLength(6);
  });

  it('is deterministic: same items in any order give the same bytes; no time unless given', () => {
    const a = JSON.stringify(toW3cCollection(SAMPLE_ITEMS, META));
    const b = JSON.stringify(toW3cCollection([...SAMPLE_ITEMS].reverse(), META));
    expect(b).toBe(a);
    expect(JSON.stringify(toW3cCollection(SAMPLE_ITEMS, { label: 'x' }))).not.toContain('generated');
  });

  it('writes each annotation with urn:uuid id, motivation, bodies, creator and Lextrace targets', () => {
    const both = one(2);
    expect(both).toMatchObject({
      id: 'urn:uuid:2d8b3e30-6c79-4a2e-9fa0-4b8c3d5e6f70',
      type: 'Annotation',
      motivation: ['commenting', 'tagging'],
      creator: { type: 'Person', name: 'Ada Lovelace' },
      created: '2025-03-14T09:26:53.589Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Piracy', 'lextrace:color': '#aa3300' },
        { type: 'TextualBody', purpose: 'commenting', value: HOSTILE_NOTE, format: 'text/plain' },
      ],
    });
    const target = firstTarget(both);
    const record = SAMPLE_RECORDS[2]!.targets[0]!;
    expect(target).toEqual({
      type: 'SpecificResource',
      source: 'lextrace://document/unclos-1982',
      scope: 'lextrace://clause/unclos-1982%2Fpart-vii%2Fart-102',
      selector: [
        { type: 'TextQuoteSelector', exact: 'warship whose crew has mutinied', prefix: record.quote.prefix, suffix: record.quote.suffix },
        { type: 'TextPositionSelector', start: record.document.start, end: record.document.end },
      ],
      'lextrace:docHash': record.docHash,
      'lextrace:clauseId': record.clauseId,
      'lextrace:clauseStart': record.clause.start,
      'lextrace:clauseEnd': record.clause.end,
    });
    expect(one(0).motivation).toBe('tagging');
    expect(one(1).motivation).toBe('commenting');
    expect(one(3)).toMatchObject({ motivation: 'highlighting' });
    expect(one(3)).not.toHaveProperty('body');
    expect(one(3)).not.toHaveProperty('creator');
    expect(one(4).target).toHaveLength(2);
  });

  it('encodes document and clause ids (Cyrillic, spaces, slashes) in the URIs', () => {
    expect(documentUri('гк-рф часть 1')).toBe(`lextrace://document/${encodeURIComponent('гк-рф часть 1')}`);
    expect(clauseUri('a/b c')).toBe('lextrace://clause/a%2Fb%20c');
    expect(firstTarget(one(5)).source).toBe(documentUri('гк-рф часть 1'));
  });

  it('refuses to export an annotation without a target', () => {
    expect(() => toW3cCollection([{ record: { ...SAMPLE_RECORDS[0]!, targets: [] } }], META)).toThrow(/no target/);
  });
});

describe('fromW3c', () => {
  it('round trip: export, JSON text, import gives the records exactly', () => {
    const result = fromW3c(JSON.parse(JSON.stringify(toW3cCollection(SAMPLE_ITEMS, META))));
    expect(result.refused).toEqual([]);
    expect([...result.records].sort(byId)).toEqual([...SAMPLE_RECORDS].sort(byId));
    expect(result.tagColors).toEqual({ piracy: '#aa3300', 'High seas': '#0055aa', Piracy: '#aa3300', равенство: '#228833' });
  });

  it('accepts a page, a single annotation, an array, and pages chained by embedded next', () => {
    const c = exported();
    const items = c.first.items;
    expect(fromW3c(c.first).records).toHaveLength(6);
    expect(fromW3c(items[0]).records).toHaveLength(1);
    expect(fromW3c(items).records).toHaveLength(6);
    const chained = { ...c, first: { type: 'AnnotationPage', items: items.slice(0, 2), next: { type: 'AnnotationPage', items: items.slice(2) } } };
    expect(fromW3c(chained).records).toHaveLength(6);
    expect(fromW3c({ type: ['AnnotationCollection'], total: 0 }).records).toEqual([]);
  });

  it('throws with a clear message only when the whole input is not an annotation file', () => {
    expect(() => fromW3c(null)).toThrow(/Not an annotation file/);
    expect(() => fromW3c('hello')).toThrow(/Not an annotation file/);
    expect(() => fromW3c({ type: 'Book', title: 'x' })).toThrow(/Not a W3C Web Annotation file/);
    expect(() => fromW3c({ type: 'AnnotationCollection', first: 'https://example.org/page1' })).toThrow(/not embedded/);
    expect(() => fromW3c({ type: 'AnnotationPage', items: 'none' })).toThrow(/items/);
  });

  it('refuses bad items one by one, with where and why, and keeps the good ones', () => {
    const good = one(0);
    const noId = { ...one(1), id: undefined };
    const notUuid = { ...one(1), id: 'https://example.org/anno/1' };
    const foreign = { ...one(1), target: { source: 'https://example.org/page.html', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const bareLink = { ...one(1), target: 'https://example.org/page.html' };
    const noQuote = one(1);
    (firstTarget(noQuote).selector as Json[]).splice(0, 1);
    const noClause = one(1);
    delete firstTarget(noClause)['lextrace:clauseId'];
    const badTime = { ...one(1), created: 'yesterday', modified: undefined };
    const noTarget = { ...one(1), target: undefined };
    const linkBody = { ...one(1), body: 'https://example.org/comment' };
    const imageBody = { ...one(1), body: { type: 'TextualBody', value: 'iVBOR', format: 'image/png' } };
    const notAnnotation = { ...one(1), type: 'Note' };
    const duplicate = one(0);
    const result = fromW3c([good, noId, notUuid, foreign, bareLink, noQuote, noClause, badTime, noTarget, linkBody, imageBody, notAnnotation, duplicate, 42]);
    expect(result.records.map((r) => r.id)).toEqual([SAMPLE_RECORDS[0]!.id]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      'missing id',
      'id is not a urn:uuid: URI: "https://example.org/anno/1"',
      'target 1: source "https://example.org/page.html" is not a Lextrace document (a foreign annotation)',
      'target 1: "https://example.org/page.html" is not a Lextrace document (a foreign annotation)',
      'target 1: no TextQuoteSelector',
      'target 1: missing lextrace:clauseId (the clause the text was selected in)',
      'created is not an ISO 8601 date-time: "yesterday"',
      'no target',
      'body 1 is a link ("https://example.org/comment"), not a tag or a note',
      'body 1 has format "image/png", not text',
      'type is not Annotation',
      'duplicate id (already in annotation 1)',
      'not a JSON object',
    ]);
    expect(result.refused[1]!.where).toBe('annotation 3 (https://example.org/anno/1)');
    expect(result.refused[0]!.where).toBe('annotation 2');
  });

  it('tag names are trimmed, keep their case and are unique case-insensitively; note text is kept verbatim', () => {
    const a = one(3);
    a.motivation = ['commenting', 'tagging'];
    a.body = [
      { type: 'TextualBody', purpose: 'tagging', value: '  Maritime Law ' },
      { type: 'TextualBody', purpose: 'tagging', value: 'maritime law' },
      { type: 'TextualBody', purpose: 'tagging', value: '   ' },
      { type: 'TextualBody', value: '<b>bold</b> <img src=x onerror=alert(1)>', format: 'text/html' },
      { value: 'no format\nsecond line' },
    ];
    const [record] = fromW3c(a).records;
    expect(record!.tags).toEqual(['Maritime Law']);
    expect(record!.note).toBe('<b>bold</b> <img src=x onerror=alert(1)>\n\nno format\nsecond line');
  });

  it('reads bodyValue as the note, purpose-less bodies of a tagging annotation as tags, and creator forms', () => {
    const withValue = { ...one(3), bodyValue: 'plain note', creator: 'https://example.org/people/1' };
    expect(fromW3c(withValue).records[0]).toMatchObject({ note: 'plain note', creator: 'https://example.org/people/1' });
    const tagging = { ...one(3), motivation: 'tagging', body: { type: 'TextualBody', value: 'piracy' }, creator: [{ nickname: 'ada' }] };
    expect(fromW3c(tagging).records[0]).toMatchObject({ tags: ['piracy'], note: '', creator: 'ada' });
    const onlyModified = { ...one(3), created: undefined };
    expect(fromW3c(onlyModified).records[0]!.created).toBe(SAMPLE_RECORDS[3]!.modified);
  });

  it('refuses a note or tag beyond the limits', () => {
    const longTag = { ...one(3), body: { purpose: 'tagging', value: 'x'.repeat(81) } };
    expect(fromW3c(longTag).refused[0]!.reason).toMatch(/longer than 80/);
    const controlTag = { ...one(3), body: { purpose: 'tagging', value: 'a\u0007b' } };
    expect(fromW3c(controlTag).refused[0]!.reason).toMatch(/control characters/);
  });
});
