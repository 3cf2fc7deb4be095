// CLI commands over the library: index the shipped corpus, import files, list documents and clauses, show a clause.
import { resolve } from 'node:path';
import { refreshStaleCrossReferences } from '../crossref/refresh-cross-references.js';
import { linksStatus } from '../crossref/refresh-guard.js';
import { indexCorpus } from '../import/index-corpus.js';
import { rebuildSearchIndex } from '../search/index.js';
import { importFile } from '../import/import-document.js';
import { shippedCorpusDir } from '../package-root.js';
import { CliContext, UsageError } from './cli-context.js';
import { formatTable } from './format-table.js';

export async function indexCommand(ctx: CliContext): Promise<number> {
  const corpus = resolve(typeof ctx.options.corpus === 'string' ? ctx.options.corpus : shippedCorpusDir());
  const { db, hooks } = ctx.open();
  const started = Date.now();
  const before = linksStatus(db);
  const report = await indexCorpus(db, corpus, hooks, {
    force: ctx.options.rebuild === true,
    onProgress: ({ index, total, docId, outcome, error }) => {
      const what = error ? `failed: ${error.message}` : `${outcome!.status}, ${outcome!.clauses} clauses`;
      ctx.io.err(`[${index + 1}/${total}] ${docId}: ${what}`);
    },
  });
  if (ctx.options.rebuild === true) {
    const rebuilt = rebuildSearchIndex(db);
    ctx.io.err(`search index rebuilt from ${rebuilt.clauses} stored clauses`);
  }
  // `index` is also how a user asks for the links again once Lextrace stopped retrying a failing refresh by itself.
  if (before.links === 'failed' && !before.retrying && !report.crossReferences) {
    const retried = refreshStaleCrossReferences(db, { explicit: true });
    if (retried) report.crossReferences = retried;
  }
  if (report.crossReferences) {
    ctx.io.err(`cross-references: ${report.crossReferences.provisions} provisions, ${report.crossReferences.links} links`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  ctx.print({ corpus, db: ctx.dbPath, seconds: Number(seconds), documents: report.outcomes, errors: report.errors.map((e) => ({ doc: e.docId, message: e.error.message })) }, () =>
    `Indexed ${report.outcomes.length} of ${report.outcomes.length + report.errors.length} documents from ${corpus} into ${ctx.dbPath} in ${seconds} s.`,
  );
  return report.errors.length > 0 ? 1 : 0;
}

export async function importCommand(ctx: CliContext, files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one FILE');
  const { db, hooks } = ctx.open();
  const results: { status: string }[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const outcome = await importFile(db, resolve(file), {}, hooks);
      results.push(outcome);
      const notes = outcome.notes?.length ? `; ${outcome.notes.join('; ')}` : '';
      if (!ctx.options.json) ctx.io.out(`${file}: ${outcome.status} as "${outcome.docId}" (${outcome.clauses} clauses${notes})`);
    } catch (err) {
      failed++;
      ctx.io.err(`error: ${(err as Error).message}`);
    }
  }
  refreshStaleCrossReferences(db);
  if (ctx.options.json) ctx.io.out(JSON.stringify(results, null, 2));
  return failed > 0 ? 1 : 0;
}

export async function docsCommand(ctx: CliContext): Promise<number> {
  const docs = await ctx.open().service.listDocuments({});
  const json = docs.map(({ id, title, kind, lang, file, clauses, size }) => ({ id, title, kind, lang, file, clauses, size }));
  ctx.print(json, () =>
    docs.length === 0
      ? 'No documents yet. Run `lextrace index` to index the shipped corpus, or `lextrace import FILE`.'
      : [
          formatTable(['ID', 'KIND', 'LANG', 'CLAUSES', 'SIZE', 'TITLE'], docs.map((d) => [d.id, d.kind, d.lang, d.clauses, byteSize(d.size), d.title]), 60),
          `${docs.length} documents, ${byteSize(docs.reduce((n, d) => n + d.size, 0))} in the store (texts, and PDFs kept for their page view)`,
        ].join('\n'),
  );
  return 0;
}

export async function clausesCommand(ctx: CliContext, [docId]: string[]): Promise<number> {
  if (!docId) throw new UsageError('clauses needs a DOC_ID (see `lextrace docs`)');
  const clauses = await ctx.open().service.listClauses({ doc: docId });
  ctx.print(
    clauses.map(({ id, doc, path, label, text, page, pages }) => ({ id, doc, path, label, text, ...pagesOf(page, pages) })),
    () =>
      formatTable(
        ['LABEL', 'PAGE', 'TEXT'],
        clauses.map((c) => ['  '.repeat(c.level) + c.label, c.pages ? c.pages.join('–') : (c.page ?? ''), c.text]),
        90,
      ),
  );
  return 0;
}

export async function showCommand(ctx: CliContext, [clauseId]: string[]): Promise<number> {
  if (!clauseId) throw new UsageError('show needs a CLAUSE_ID (see `lextrace clauses DOC_ID`)');
  const c = await ctx.open().service.getClause({ id: clauseId });
  const onPage = c.pages ? `, pp. ${c.pages.join('–')}` : c.page !== null ? `, p. ${c.page}` : '';
  ctx.print({ id: c.id, doc: c.doc, path: c.path, label: c.label, text: c.text, ...pagesOf(c.page, c.pages), prev: c.prev, next: c.next }, () =>
    [`${c.label}  (${c.id})`, `${c.docTitle}${onPage}`, '', c.text, '', `prev: ${c.prev ?? '—'}`, `next: ${c.next ?? '—'}`].join('\n'),
  );
  return 0;
}

/** `page` when the clause has one (a PDF's), and `pages` when it spans two or more. */
function pagesOf(page: number | null, pages: [number, number] | undefined): { page?: number; pages?: [number, number] } {
  return { ...(page !== null ? { page } : {}), ...(pages ? { pages } : {}) };
}

function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
