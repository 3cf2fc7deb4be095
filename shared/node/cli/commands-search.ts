// CLI command `lextrace search QUERY [--limit N] [--offset N]`: ranked clauses with their matches marked, and how many match.
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, searchClausesDetailed } from '../search/index.js';
import { CliContext, UsageError } from './cli-context.js';
import { formatTable } from './format-table.js';

export async function searchCommand(ctx: CliContext, args: string[]): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const limit = readLimit(ctx.options.limit);
  const offset = readOffset(ctx.options.offset);
  const result = searchClausesDetailed(ctx.open().db, { query, limit, offset });
  if (result.notice) ctx.io.err(`note: ${result.notice}`);
  if (!ctx.options.json && result.total !== undefined && result.hits.length > 0) {
    const shown = `${offset + 1}–${offset + result.hits.length}`;
    ctx.io.err(`${shown} of ${result.total.toLocaleString('en')}${result.totalCapped ? '+' : ''} ${result.total === 1 ? 'clause' : 'clauses'}`);
  }
  const json = result.hits.map(({ clause, doc, label, score, snippet, highlights }) => ({ clause, doc, label, score, snippet, highlights }));
  ctx.print(json, () =>
    result.hits.length === 0
      ? `No clauses match "${query}".`
      : formatTable(
          ['SCORE', 'LABEL', 'MATCH'],
          result.hits.map((h) => [h.score.toFixed(2), h.label, h.marked]),
          110,
        ),
  );
  return 0;
}

function readOffset(value: unknown): number {
  if (value === undefined) return 0;
  const offset = Number(value);
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw new UsageError(`--offset must be a whole number from 0 to ${MAX_OFFSET}`);
  return offset;
}

function readLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  return limit;
}

/** The command's entry in the CLI's command table. */
export const searchCommandSpec = {
  run: searchCommand,
  usage: 'search QUERY [--limit N] [--offset N]',
  summary: 'search clauses: words, "phrases", +must, -not, pre*, typo~1, doc: kind: lang: date: cites:',
};
