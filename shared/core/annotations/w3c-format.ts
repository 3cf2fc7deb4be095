// W3C Web Annotation (JSON-LD) exchange: annotations out as an AnnotationCollection, and back in item by item.
import { z } from '../zod-config.js';
import { MAX_NOTE_CHARS, MAX_TAGS_PER_ANNOTATION, MAX_TARGETS_PER_ANNOTATION } from '../api/domains/annotations.js';
import type { AnnotationRecord, AnnotationTarget } from './types.js';

/** The W3C Web Annotation context, plus the `lextrace:` prefix of the Lextrace extension properties. */
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const LEXTRACE_NAMESPACE = 'lextrace://ns/';
export const LEXTRACE_CONTEXT: readonly unknown[] = [W3C_ANNO_CONTEXT, { lextrace: LEXTRACE_NAMESPACE }];

const DOCUMENT_PREFIX = 'lextrace://document/';
const CLAUSE_PREFIX = 'lextrace://clause/';
const COLLECTION_PREFIX = 'lextrace://collection/';
const MAX_TAG_CHARS = 80;
const MAX_PAGES = 10_000;

export interface ExportItem {
  record: AnnotationRecord;
  /** Colours by tag name (as spelt in the record), written on the tag bodies as `lextrace:color`. */
  tagColors?: Record<string, string>;
}

export interface W3cImport {
  records: AnnotationRecord[];
  refused: { where: string; reason: string }[];
  /** Tag colours found on tag bodies (`lextrace:color`), by tag name. */
  tagColors: Record<string, string>;
}

type Json = Record<string, unknown>;

/** The stable Lextrace URI of a document (the `source` of every exported target). */
export function documentUri(docId: string): string {
  return DOCUMENT_PREFIX + encodeURIComponent(docId);
}

/** The stable Lextrace URI of a clause (the `scope` of an exported target). */
export function clauseUri(clauseId: string): string {
  return CLAUSE_PREFIX + encodeURIComponent(clauseId);
}

// ---------------------------------------------------------------- export

/** A W3C AnnotationCollection holding every item on one embedded AnnotationPage; same input, same JSON. */
export function toW3cCollection(items: readonly ExportItem[], meta: { label: string; generated?: string }): object {
  const id = COLLECTION_PREFIX + encodeURIComponent(meta.label);
  const annotations = [...items].sort(compareItems).map(toW3cAnnotation);
  const collection: Json = { '@context': LEXTRACE_CONTEXT, id, type: 'AnnotationCollection', label: meta.label };
  if (meta.generated !== undefined) collection.generated = meta.generated;
  collection.total = annotations.length;
  collection.first = { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: annotations };
  return collection;
}

/** One annotation as a standalone W3C Annotation (with its own @context). */
export function toW3cAnnotation({ record, tagColors }: ExportItem): Json {
  if (record.targets.length === 0) throw new Error(`Annotation ${record.id} has no target and cannot be exported`);
  const body: Json[] = record.tags.map((name) => {
    const tag: Json = { type: 'TextualBody', purpose: 'tagging', value: name };
    const color = tagColors?.[name];
    if (color !== undefined) tag['lextrace:color'] = color;
    return tag;
  });
  if (record.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: record.note, format: 'text/plain' });
  const annotation: Json = {
    '@context': LEXTRACE_CONTEXT,
    id: `urn:uuid:${record.id}`,
    type: 'Annotation',
    motivation: motivationOf(record),
    created: record.created,
    modified: record.modified,
  };
  if (record.creator !== '') annotation.creator = { type: 'Person', name: record.creator };
  if (body.length > 0) annotation.body = body;
  annotation.target = record.targets.map(targetToW3c);
  return annotation;
}

function motivationOf(record: AnnotationRecord): string | string[] {
  const tags = record.tags.length > 0;
  const note = record.note !== '';
  if (tags && note) return ['commenting', 'tagging'];
  return note ? 'commenting' : tags ? 'tagging' : 'highlighting';
}

function targetToW3c(target: AnnotationTarget): Json {
  return {
    type: 'SpecificResource',
    source: documentUri(target.docId),
    scope: clauseUri(target.clauseId),
    selector: [
      { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
      { type: 'TextPositionSelector', start: target.document.start, end: target.document.end },
    ],
    'lextrace:docHash': target.docHash,
    'lextrace:clauseId': target.clauseId,
    'lextrace:clauseStart': target.clause.start,
    'lextrace:clauseEnd': target.clause.end,
  };
}

/** Reading order: document, position in it, then creation time and id (code-unit comparison, locale-free). */
function compareItems(a: ExportItem, b: ExportItem): number {
  const ta = a.record.targets[0];
  const tb = b.record.targets[0];
  return (
    cmp(ta?.docId ?? '', tb?.docId ?? '') ||
    (ta?.document.start ?? 0) - (tb?.document.start ?? 0) ||
    cmp(a.record.created, b.record.created) ||
    cmp(a.record.id, b.record.id)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- import

const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

const jsonObject = z.record(z.string(), z.unknown());
const strings = (what: string) =>
  z.union([z.string(), z.array(z.string())], { error: `${what} is not a string or a list of strings` }).optional();
const typeField = strings('type');
const oneOrMany = z.unknown().optional().transform((v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const isoTime = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: (i) => (i.input === undefined ? `missing ${what} time` : `${what} is not an ISO 8601 date-time: ${show(i.input)}`),
  });

const annotationShape = z.looseObject({
  id: z
    .string({ error: (i) => (i.input === undefined ? 'missing id' : 'id is not a string') })
    .regex(URN_UUID, { error: (i) => `id is not a urn:uuid: URI: ${show(i.input)}` }),
  type: typeField.refine((t) => hasType(t, 'Annotation'), 'type is not Annotation'),
  motivation: strings('motivation'),
  created: isoTime('created').optional(),
  modified: isoTime('modified').optional(),
  body: oneOrMany,
  bodyValue: z.string({ error: 'bodyValue is not a string' }).optional(),
  target: oneOrMany.refine((t) => t.length > 0, 'no target'),
});

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const offset = z.number().int().min(0);
const positionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((s) => s.start <= s.end);

const targetShape = z.looseObject({
  source: z.union([z.string(), z.looseObject({ id: z.string() })], { error: 'no source' }),
  selector: oneOrMany,
});
const clausePosition = z
  .object({ start: offset, end: offset })
  .refine((p) => p.start <= p.end, 'lextrace:clauseStart is after lextrace:clauseEnd');
const extensionShape = z.looseObject({
  'lextrace:docHash': z.string({ error: 'missing lextrace:docHash (the content hash of the document)' }),
  'lextrace:clauseId': z
    .string({ error: 'missing lextrace:clauseId (the clause the text was selected in)' })
    .min(1, 'empty lextrace:clauseId'),
  'lextrace:clauseStart': z.unknown().optional(),
  'lextrace:clauseEnd': z.unknown().optional(),
});

const textualBody = z.looseObject({
  type: typeField,
  value: z.string(),
  purpose: strings('purpose'),
  format: z.union([z.string(), z.array(z.string())]).optional(),
  'lextrace:color': z.string().optional(),
});

const creatorShape = z.union([
  z.string(),
  z.looseObject({ name: z.union([z.string(), z.array(z.string())]).optional(), nickname: z.string().optional() }),
]);

const pageShape = z.looseObject({
  items: z.array(z.unknown(), { error: 'an AnnotationPage without an items array' }),
  next: z.unknown().optional(),
});

/**
 * Reads a W3C annotation file (a collection with embedded pages, a page, one annotation or an array of them).
 * Each unusable annotation is refused with its reason; throws only when the input is not an annotation file at all.
 */
export function fromW3c(json: unknown): W3cImport {
  const result: W3cImport = { records: [], refused: [], tagColors: {} };
  const seen = new Map<string, string>();
  const values: unknown[] = Array.isArray(json) ? json : itemsOf(json);
  for (const [index, value] of values.entries()) {
    const id = jsonObject.safeParse(value).data?.id;
    const where = `annotation ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    const parsed = annotationFromW3c(value, result.tagColors);
    const first = typeof parsed === 'string' ? undefined : seen.get(parsed.id.toLowerCase());
    if (typeof parsed === 'string') result.refused.push({ where, reason: parsed });
    else if (first !== undefined) result.refused.push({ where, reason: `duplicate id (already in ${first})` });
    else {
      seen.set(parsed.id.toLowerCase(), `annotation ${index + 1}`);
      result.records.push(parsed);
    }
  }
  return result;
}

function itemsOf(json: unknown): unknown[] {
  const object = jsonObject.safeParse(json);
  if (!object.success) throw new Error('Not an annotation file: expected a JSON object or array');
  const type = typeField.safeParse(object.data.type).data;
  if (hasType(type, 'AnnotationCollection')) {
    const first = object.data.first;
    if (first === undefined) return [];
    if (typeof first === 'string') throw new Error(`The collection's pages are not embedded (first is a link: ${show(first)})`);
    return pagesFrom(first);
  }
  if (hasType(type, 'AnnotationPage')) return pagesFrom(object.data);
  if (hasType(type, 'Annotation')) return [object.data];
  throw new Error(
    'Not a W3C Web Annotation file: expected an AnnotationCollection, an AnnotationPage, an Annotation or an array of Annotations',
  );
}

/** The items of a page and of the pages embedded after it (`next` objects; a `next` link is not followed). */
function pagesFrom(page: unknown): unknown[] {
  const items: unknown[] = [];
  const visited = new Set<unknown>();
  let current: unknown = page;
  while (current !== undefined && typeof current === 'object' && current !== null && !visited.has(current)) {
    if (visited.size >= MAX_PAGES) throw new Error(`More than ${MAX_PAGES} annotation pages`);
    visited.add(current);
    const parsed = pageShape.safeParse(current);
    if (!parsed.success) throw new Error(`Not an annotation file: ${firstMessage(parsed.error)}`);
    items.push(...parsed.data.items);
    current = parsed.data.next;
  }
  return items;
}

function annotationFromW3c(value: unknown, tagColors: Record<string, string>): AnnotationRecord | string {
  const object = jsonObject.safeParse(value);
  if (!object.success || Array.isArray(value)) return 'not a JSON object';
  const parsed = annotationShape.safeParse(value);
  if (!parsed.success) return firstMessage(parsed.error);
  const a = parsed.data;
  const created = a.created ?? a.modified;
  const modified = a.modified ?? a.created;
  if (created === undefined || modified === undefined) return 'missing created time';
  if (a.target.length > MAX_TARGETS_PER_ANNOTATION) return `more than ${MAX_TARGETS_PER_ANNOTATION} targets`;

  const targets: AnnotationTarget[] = [];
  for (const [i, raw] of a.target.entries()) {
    const target = targetFromW3c(raw);
    if (typeof target === 'string') return `target ${i + 1}: ${target}`;
    targets.push(target);
  }
  const bodies = bodiesFromW3c(a.body, a.bodyValue, a.motivation);
  if (typeof bodies === 'string') return bodies;

  const creator = creatorFromW3c(a.creator);
  if (creator === null) return 'creator is neither a name nor an Agent';
  for (const [name, color] of bodies.colors) tagColors[name] ??= color;
  return { id: URN_UUID.exec(a.id)![1]!, targets, tags: bodies.tags, note: bodies.note, creator, created, modified };
}

function targetFromW3c(raw: unknown): AnnotationTarget | string {
  if (typeof raw === 'string') {
    return raw.startsWith(DOCUMENT_PREFIX)
      ? 'a bare document link without a TextQuoteSelector'
      : `${show(raw)} is not a Lextrace document (a foreign annotation)`;
  }
  const parsed = targetShape.safeParse(raw);
  if (!parsed.success) return parsed.error.issues[0]?.path.length ? firstMessage(parsed.error) : 'not a JSON object';
  const source = typeof parsed.data.source === 'string' ? parsed.data.source : parsed.data.source.id;
  if (!source.startsWith(DOCUMENT_PREFIX)) return `source ${show(source)} is not a Lextrace document (a foreign annotation)`;
  const docId = decodeUri(source.slice(DOCUMENT_PREFIX.length));
  if (!docId) return `malformed document URI ${show(source)}`;

  const quote = parsed.data.selector.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) return 'no TextQuoteSelector';
  const position = parsed.data.selector.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!position) return 'no TextPositionSelector (with 0 ≤ start ≤ end)';
  const extension = extensionShape.safeParse(raw);
  if (!extension.success) return firstMessage(extension.error);
  const ext = extension.data;
  const clause = clausePosition.safeParse({ start: ext['lextrace:clauseStart'], end: ext['lextrace:clauseEnd'] });
  if (!clause.success) {
    return 'missing or invalid lextrace:clauseStart / lextrace:clauseEnd (the position in the clause)';
  }
  return {
    docId,
    docHash: ext['lextrace:docHash'],
    clauseId: ext['lextrace:clauseId'],
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    clause: { type: 'TextPositionSelector', start: clause.data.start, end: clause.data.end },
    document: { type: 'TextPositionSelector', start: position.start, end: position.end },
  };
}

interface Bodies {
  tags: string[];
  note: string;
  colors: [string, string][];
}

/** Tags (purpose tagging) and the note (any other textual body); text is kept verbatim, never interpreted as markup. */
function bodiesFromW3c(raw: unknown[], bodyValue: string | undefined, motivation: string | string[] | undefined): Bodies | string {
  const taggingOnly = motivation === 'tagging' || (Array.isArray(motivation) && motivation.length === 1 && motivation[0] === 'tagging');
  const out: Bodies = { tags: [], note: '', colors: [] };
  const notes: string[] = bodyValue === undefined ? [] : [bodyValue];
  const lowerTags = new Set<string>();
  for (const [i, body] of raw.entries()) {
    const where = `body ${i + 1}`;
    if (typeof body === 'string') return `${where} is a link (${show(body)}), not a tag or a note`;
    const parsed = textualBody.safeParse(body);
    if (!parsed.success) return `${where} is not a TextualBody with a text value`;
    const b = parsed.data;
    const format = Array.isArray(b.format) ? b.format[0] : b.format;
    if (format !== undefined && !/^text\//i.test(format)) return `${where} has format ${show(format)}, not text`;
    const purpose = b.purpose ?? (taggingOnly ? 'tagging' : undefined);
    if (!hasType(purpose, 'tagging')) {
      notes.push(b.value);
      continue;
    }
    const name = b.value.trim();
    if (name === '' || lowerTags.has(name.toLowerCase())) continue;
    if (name.length > MAX_TAG_CHARS) return `tag ${show(name)} is longer than ${MAX_TAG_CHARS} characters`;
    if (CONTROL_CHARS.test(name)) return `tag ${show(name)} contains control characters`;
    lowerTags.add(name.toLowerCase());
    out.tags.push(name);
    const color = b['lextrace:color'];
    if (color !== undefined && /^#[0-9a-fA-F]{6}$/.test(color)) out.colors.push([name, color]);
  }
  if (out.tags.length > MAX_TAGS_PER_ANNOTATION) return `more than ${MAX_TAGS_PER_ANNOTATION} tags`;
  out.note = notes.join('\n\n');
  if (out.note.length > MAX_NOTE_CHARS) return `the note is longer than ${MAX_NOTE_CHARS} characters`;
  return out;
}

/** The creator's name: a string, an Agent's name (or nickname), the first of several; '' when none; null when unreadable. */
function creatorFromW3c(raw: unknown): string | null {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (first === undefined) return '';
  const parsed = creatorShape.safeParse(first);
  if (!parsed.success) return null;
  if (typeof parsed.data === 'string') return parsed.data;
  const name = Array.isArray(parsed.data.name) ? parsed.data.name[0] : parsed.data.name;
  return name ?? parsed.data.nickname ?? '';
}

function hasType(type: string | string[] | undefined, wanted: string): boolean {
  return type === wanted || (Array.isArray(type) && type.includes(wanted));
}

function decodeUri(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The first problem: the schemas above word their own messages. */
function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid';
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
