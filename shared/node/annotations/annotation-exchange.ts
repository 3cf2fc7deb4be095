// Export of the user's annotations (W3C Web Annotation JSON-LD, CSV) and import of JSON-LD, merged by id.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error.js';
import type { AnnotationDto, AnnotationExport, AnnotationImportReport } from '../../core/api/annotation-dto.js';
import type { ApiArgs } from '../../core/api/contract.js';
import { encodePathTail } from '../../core/app-paths.js';
import { toCsv, type CsvRow } from '../../core/annotations/csv-format.js';
import type { AnnotationRecord } from '../../core/annotations/types.js';
import { fromW3c, toW3cCollection } from '../../core/annotations/w3c-format.js';
import { DocumentStore } from '../store/document-store.js';
import type { StoredAnnotation } from '../store/user/annotation-repository.js';
import { anchorAnnotation } from './anchor-annotations.js';
import type { AnnotationService } from './annotation-service.js';

/** The stable link to a clause, valid in every Lextrace (the desktop app opens it). */
export function clauseLink(clauseId: string): string {
  return `lextrace://clause/${encodePathTail(clauseId)}`;
}

export class AnnotationExchange {
  private readonly store: DocumentStore;

  constructor(
    private readonly db: Database,
    private readonly service: AnnotationService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.store = new DocumentStore(db);
  }

  export(args: ApiArgs<'exportAnnotations'>): AnnotationExport {
    const selected = this.service.listAnnotations({ ...(args.doc ? { doc: args.doc } : {}), ...(args.tag ? { tag: args.tag } : {}) });
    const scope = [args.doc, args.tag && `tag-${args.tag}`].filter(Boolean).join('-');
    const base = `lextrace-annotations${scope ? `-${scope.replace(/[^\p{L}\p{N}-]+/gu, '-')}` : ''}`;
    if (args.format === 'csv') {
      return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', content: toCsv(selected.map((a) => this.csvRow(a))), count: selected.length };
    }
    const colors = Object.fromEntries(this.service.listTags().map((t) => [t.name, t.color]));
    const items = selected.map((a) => ({ record: this.record(a.id), tagColors: colors }));
    const collection = toW3cCollection(items, { label: 'Lextrace annotations', generated: this.clock().toISOString() });
    return { fileName: `${base}.jsonld`, mimeType: 'application/ld+json', content: `${JSON.stringify(collection, null, 2)}\n`, count: selected.length };
  }

  /** Merges annotations by id (the newer `modified` wins), as one undoable change. */
  import(args: ApiArgs<'importAnnotations'>): AnnotationImportReport {
    let json: unknown;
    try {
      json = JSON.parse(args.content);
    } catch (err) {
      throw new ApiError('bad_request', `${args.fileName}: not a JSON file (${(err as Error).message})`);
    }
    let parsed: ReturnType<typeof fromW3c>;
    try {
      parsed = fromW3c(json);
    } catch (err) {
      throw new ApiError('bad_request', `${args.fileName}: ${(err as Error).message}`);
    }
    const report: AnnotationImportReport = { added: 0, updated: 0, unchanged: 0, orphaned: 0, refused: parsed.refused.length, messages: [] };
    report.messages.push(...parsed.refused.map((r) => `${args.fileName}: ${r.where}: ${r.reason}`));
    const ids: string[] = [];
    this.service.change(`Import annotations from ${args.fileName}`, (change) => {
      const now = this.clock().toISOString();
      for (const record of parsed.records) {
        const existing = this.service.annotations.get(record.id);
        if (existing && existing.modified >= record.modified) {
          report.unchanged++;
          continue;
        }
        change.touchAnnotation(record.id);
        const tagIds: string[] = [];
        for (const name of record.tags) {
          const had = this.service.tags.findByName(name);
          let tag = had ?? this.service.tags.ensure(name, now);
          if (!had) {
            change.touchTag(tag.id);
            const color = parsed.tagColors[name];
            if (color && /^#[0-9a-f]{6}$/i.test(color)) this.service.tags.put((tag = { ...tag, color: color.toLowerCase() }));
          }
          if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
        }
        const stored: StoredAnnotation = { id: record.id, targets: record.targets, note: record.note, creator: record.creator, created: record.created, modified: record.modified, tagIds };
        this.service.annotations.put(stored);
        anchorAnnotation(this.db, record.id);
        ids.push(record.id);
        if (existing) report.updated++;
        else report.added++;
      }
    });
    report.orphaned = ids.filter((id) => this.service.dto(id)?.status !== 'anchored').length;
    return report;
  }

  /** The stored record of an annotation, tags by name, as the exchange formats take it. */
  private record(id: string): AnnotationRecord {
    const stored = this.service.annotations.get(id)!;
    const { tagIds, ...rest } = stored;
    return { ...rest, tags: tagIds.flatMap((t) => this.service.tags.get(t)?.name ?? []) };
  }

  private csvRow(a: AnnotationDto): CsvRow {
    const docs = [...new Set(a.targets.map((t) => t.doc))];
    return {
      document: docs.map((d) => this.store.getDocument(d)?.title ?? d).join(' | '),
      clauseLabel: a.targets.map((t) => t.label ?? `${t.clause} (orphaned)`).join(' | '),
      citation: a.targets.map((t) => `${t.label ?? t.clause}, ${this.store.getDocument(t.doc)?.title ?? t.doc}`).join(' | '),
      quote: a.targets.map((t) => t.exact).join(' | '),
      tags: a.tags.map((t) => t.name),
      note: a.note,
      author: a.creator,
      created: a.created,
      modified: a.modified,
      link: a.targets.map((t) => clauseLink(t.clause)).join(' | '),
    };
  }
}
