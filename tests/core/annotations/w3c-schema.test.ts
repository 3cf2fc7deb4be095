// W3C conformance: every MUST assertion of the Web Annotation test suite holds for Lextrace's export, and catches a break.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toW3cCollection } from '../../../shared/core/annotations/w3c-format.js';
import { SAMPLE_ITEMS } from './annotation-samples.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'w3c-web-annotation');

// The packages are CommonJS with a `default` export: take the constructor however the loader presents it.
type AjvClass = typeof Ajv04Module.default;
type AddFormats = typeof addFormatsModule.default;
const Ajv04 = ((Ajv04Module as unknown as { default?: AjvClass }).default ?? Ajv04Module) as AjvClass;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

interface Assertion {
  file: string;
  errorMessage: string;
  validate: (data: unknown) => boolean;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Ajv with every definitions/ schema loaded (they refer to each other by file name), then each listed MUST compiled. */
function loadMusts(testFile: string): Assertion[] {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  addFormats(ajv);
  const definitions = join(FIXTURES, 'definitions');
  for (const name of readdirSync(definitions).filter((n) => n.endsWith('.json')).sort()) ajv.addSchema(readJson(join(definitions, name)));
  const list = readJson(join(FIXTURES, testFile)).assertions as string[];
  return list.map((file) => {
    const schema = readJson(join(FIXTURES, file));
    expect(schema.assertionType, file).toBe('must');
    expect(schema.expectedResult, file).toBe('valid');
    const validate = ajv.compile(schema);
    return { file, errorMessage: String(schema.errorMessage), validate: (data) => validate(data) as boolean };
  });
}

const annotationMusts = loadMusts('annotations/annotationMusts.test');
const collectionMusts = loadMusts('collections/collectionMusts.test');

function failures(musts: Assertion[], data: unknown): string[] {
  return musts.filter((m) => !m.validate(data)).map((m) => `${m.file}: ${m.errorMessage}`);
}

const collection = JSON.parse(
  JSON.stringify(toW3cCollection(SAMPLE_ITEMS, { label: 'Lextrace annotations', generated: '2025-07-01T08:00:00.000Z' })),
) as { first: { items: Record<string, unknown>[] } } & Record<string, unknown>;
const annotations = collection.first.items;

describe('W3C Web Annotation MUST assertions', () => {
  it('loads every listed assertion (annotation and collection)', () => {
    expect(annotationMusts).toHaveLength(54);
    expect(collectionMusts).toHaveLength(10);
  });

  it('the export covers tags only, a note only, both, neither, several targets and Cyrillic', () => {
    expect(annotations).toHaveLength(SAMPLE_ITEMS.length);
    const motivations = annotations.map((a) => JSON.stringify(a.motivation));
    expect(new Set(motivations)).toEqual(new Set(['"tagging"', '"commenting"', '["commenting","tagging"]', '"highlighting"']));
    expect(annotations.some((a) => (a.target as unknown[]).length > 1)).toBe(true);
    expect(JSON.stringify(annotations)).toContain('Иван Петров');
    expect(JSON.stringify(annotations)).toContain('onerror=alert(1)');
  });

  it.each(annotations.map((a) => [a.id as string, a] as const))('annotation %s satisfies every MUST', (_id, annotation) => {
    expect(failures(annotationMusts, annotation)).toEqual([]);
  });

  it('the collection satisfies every MUST', () => {
    expect(failures(collectionMusts, collection)).toEqual([]);
  });

  it('an empty collection satisfies every MUST', () => {
    expect(failures(collectionMusts, toW3cCollection([], { label: 'empty' }))).toEqual([]);
  });

  it('a broken annotation fails the same assertions', () => {
    const { target: _target, ...noTarget } = annotations[0]!;
    expect(failures(annotationMusts, noTarget).join('\n')).toContain('3.1-targetKeyFound.json');
    const badTime = { ...annotations[0]!, created: 'yesterday' };
    expect(failures(annotationMusts, badTime).join('\n')).toContain('3.3.1-annotationCreatedValidated.json');
    const noContext = { ...annotations[0]!, '@context': ['http://example.org/other.jsonld'] };
    expect(failures(annotationMusts, noContext).join('\n')).toContain('3.1-annotationContextValidated.json');
    const badSelector = structuredClone(annotations[0]!);
    ((badSelector.target as { selector: Record<string, unknown>[] }[])[0]!.selector[0]!).exact = 42;
    expect(failures(annotationMusts, badSelector).join('\n')).toContain('4.2.4-textQuoteSelectorValid.json');
    const bodyAndValue = { ...annotations[0]!, bodyValue: 'both' };
    expect(failures(annotationMusts, bodyAndValue).join('\n')).toContain('3.2.5-notBodyBodyValue.json');
  });

  it('a broken collection fails the same assertions', () => {
    const { id: _id, ...noId } = collection;
    expect(failures(collectionMusts, noId).join('\n')).toContain('5.1-collectionIdValidated.json');
    const { first: _first, ...noFirst } = collection;
    expect(failures(collectionMusts, noFirst).join('\n')).toContain('5.1-collectionFirstValidated.json');
    expect(failures(collectionMusts, { ...collection, total: -1 }).join('\n')).toContain('5.1-collectionTotalValidated.json');
  });
});
