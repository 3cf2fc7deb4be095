// CLI commands for the annotator: annotate a clause, list annotations and tags, export and import annotations.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AnnotationDto, AnnotationExport, AnnotationImportReport } from '../../core/api/annotation-dto.js';
import { dispatch } from '../../core/api/dispatch.js';
import { CliContext, UsageError } from './cli-context.js';
import { formatTable } from './format-table.js';

/** The list form of `lextrace annotations --json`: one row per target, positions in the clause's text. */
function annotationRows(list: readonly AnnotationDto[]) {
  return list.map((a) => ({
    id: a.id,
    doc: a.targets[0]?.doc ?? null,
    clause: a.targets[0]?.clause ?? null,
    exact: a.targets.map((t) => t.exact).join(' … '),
    start: a.targets[0]?.start ?? null,
    end: a.targets[0]?.end ?? null,
    tags: a.tags.map((t) => t.name),
    note: a.note,
    status: a.status === 'anchored' ? 'anchored' : 'orphaned',
    targets: a.targets.map((t) => ({ doc: t.doc, clause: t.clause, exact: t.exact, start: t.start, end: t.end, status: t.status })),
    creator: a.creator,
    created: a.created,
    modified: a.modified,
  }));
}

function strings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function integer(name: string, value: unknown): number {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number`);
  return Number(value);
}

export async function annotateCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [clauseId] = args;
  if (!clauseId || args.length > 1) throw new UsageError('annotate needs one CLAUSE_ID');
  const { quote, start, end, note } = ctx.options;
  if ((quote === undefined) === (start === undefined && end === undefined)) throw new UsageError('give either --quote TEXT or --start N --end N');
  const { service } = ctx.open();
  let range: { start: number; end: number };
  if (typeof quote === 'string') {
    const clause = await service.getClause({ id: clauseId });
    const at = clause.text.indexOf(quote);
    if (!quote || at < 0) throw new UsageError(`the quote does not occur in ${clauseId}`);
    if (clause.text.indexOf(quote, at + 1) >= 0) throw new UsageError(`the quote occurs more than once in ${clauseId}; use --start N --end N`);
    range = { start: at, end: at + quote.length };
  } else {
    range = { start: integer('start', start), end: integer('end', end) };
  }
  const created = (await dispatch(service, 'createAnnotation', {
    targets: [{ clause: clauseId, ...range }],
    tags: strings(ctx.options.tag),
    ...(typeof note === 'string' ? { note: note.replace(/\\n/g, '\n') } : {}),
  })) as AnnotationDto;
  const [row] = annotationRows([created]);
  ctx.print(row, () => `Annotated ${clauseId} [${range.start}, ${range.end}) "${created.targets[0]!.exact}" as ${created.id}`);
  return 0;
}

export async function annotationsCommand(ctx: CliContext, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError('annotations takes no positional arguments');
  const filter = { ...(typeof ctx.options.doc === 'string' ? { doc: ctx.options.doc } : {}), ...(strings(ctx.options.tag)[0] ? { tag: strings(ctx.options.tag)[0] } : {}) };
  const list = (await dispatch(ctx.open().service, 'listAnnotations', filter)) as AnnotationDto[];
  const rows = annotationRows(list);
  ctx.print(rows, () =>
    rows.length === 0
      ? 'No annotations.'
      : formatTable(
          ['clause', 'range', 'quote', 'tags', 'note', 'status'],
          rows.map((r) => [r.clause, `${r.start}–${r.end}`, r.exact, r.tags.join(', '), r.note, r.status]),
          50,
        ),
  );
  return 0;
}

export async function tagsCommand(ctx: CliContext, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError('tags takes no positional arguments');
  const tags = await ctx.open().service.listTags({});
  const rows = tags.map((t) => ({ name: t.name, count: t.count, color: t.color }));
  ctx.print(rows, () => (rows.length === 0 ? 'No tags.' : formatTable(['tag', 'annotations', 'colour'], rows.map((r) => [r.name, r.count, r.color]))));
  return 0;
}

export async function exportAnnotationsCommand(ctx: CliContext, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError('export-annotations takes no positional arguments (use -o FILE)');
  const exported = (await dispatch(ctx.open().service, 'exportAnnotations', {
    format: ctx.options.format ?? 'jsonld',
    ...(typeof ctx.options.doc === 'string' ? { doc: ctx.options.doc } : {}),
    ...(strings(ctx.options.tag)[0] ? { tag: strings(ctx.options.tag)[0] } : {}),
  })) as AnnotationExport;
  const output = ctx.options.output;
  if (typeof output === 'string') {
    writeFileSync(resolve(output), exported.content);
    ctx.io.err(`wrote ${exported.count} annotations to ${output}`);
  } else {
    ctx.io.out(exported.content.replace(/^\uFEFF/, '').replace(/\n$/, ''));
  }
  return 0;
}

export async function importAnnotationsCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) throw new UsageError('import-annotations needs one FILE');
  let content: string;
  try {
    content = readFileSync(resolve(file), 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const report = (await dispatch(ctx.open().service, 'importAnnotations', { fileName: basename(file), content })) as AnnotationImportReport;
  for (const message of report.messages) ctx.io.err(`refused: ${message}`);
  ctx.print(report, () => `${file}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.orphaned} orphaned, ${report.refused} refused`);
  return report.refused > 0 && report.added + report.updated + report.unchanged === 0 ? 1 : 0;
}
