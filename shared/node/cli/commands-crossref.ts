// CLI commands over the cross-reference graph: citations found (refs), a clause's trace, a provision's page.
import type { LinkStatus } from '../../core/api/dto.js';
import { CliContext, UsageError } from './cli-context.js';
import { formatTable } from './format-table.js';
import { STATUS_MARKS } from './commands-review.js';

/** ✔ confirmed, ✎ by hand, ✗ rejected, ● confident, ○ proposed. */
function traceMark(p: { status?: LinkStatus; confident: boolean }): string {
  return STATUS_MARKS[p.status === 'proposed' || !p.status ? (p.confident ? 'confident' : 'proposed') : p.status]!;
}

function statusWords(p: { status?: LinkStatus; inferred?: boolean; isNew?: boolean }): string {
  if (p.status === 'confirmed') return p.inferred === false ? 'confirmed, no longer inferred' : 'confirmed';
  if (p.status === 'user') return 'by hand';
  return `${p.status ?? 'proposed'}${p.isNew ? ', new' : ''}`;
}

export async function refsCommand(ctx: CliContext, [docId]: string[]): Promise<number> {
  const refs = await ctx.open().service.listCitations(docId ? { doc: docId } : {});
  ctx.print(refs, () =>
    refs.length === 0
      ? 'No citations found.'
      : formatTable(['CLAUSE', 'KEY', 'CITED WORDS'], refs.map((r) => [r.clause, r.key, r.text]), 70),
  );
  return 0;
}

export async function traceCommand(ctx: CliContext, [clauseId]: string[]): Promise<number> {
  if (!clauseId) throw new UsageError('trace needs a CLAUSE_ID (see `lextrace clauses DOC_ID`)');
  const { service } = ctx.open();
  const trace = await service.trace({ clause: clauseId, all: ctx.options.all === true });
  const json = {
    clause: trace.clause,
    provisions: trace.provisions.map((p) => ({
      key: p.key,
      title: p.title,
      score: p.score,
      confident: p.confident,
      kinds: p.kinds,
      status: p.status ?? 'proposed',
      inferred: p.inferred ?? true,
      isNew: p.isNew ?? false,
      reason: p.reason ?? null,
      ...(p.reworded ? { reworded: true } : {}),
      evidence: p.evidence.map(({ clause, doc, label, text }) => ({ clause, doc, label, text })),
    })),
  };
  ctx.print(json, () => {
    if (trace.provisions.length === 0) {
      return `No provision is linked to ${clauseId}${ctx.options.all ? '' : ' with confidence (try --all for uncertain links)'}.`;
    }
    return trace.provisions
      .map((p) =>
        [
          `${traceMark(p)} ${p.label}  ${p.title !== p.label ? `— ${p.title}` : ''}  (${p.key}, ${statusWords(p)}${p.inferred === false ? '' : `, score ${p.score.toFixed(2)}, ${p.kinds.join('+')}`})${p.reworded ? ' — reviewed on an earlier wording of this clause' : ''}${p.reason ? `\n    “${p.reason}”` : ''}`,
          ...p.evidence.slice(0, 3).map((e) => `    ${e.label}: ${e.text.replace(/\s+/g, ' ').slice(0, 110)}${e.text.length > 110 ? '…' : ''}${e.terms.length ? `\n      [${e.terms.slice(0, 8).join(', ')}]` : ''}`),
        ].join('\n'),
      )
      .join('\n');
  });
  return 0;
}

export async function provisionCommand(ctx: CliContext, [key]: string[]): Promise<number> {
  if (!key) throw new UsageError('provision needs a KEY such as ru-civil-code:1229 (see `lextrace refs`)');
  const p = await ctx.open().service.getProvision({ key, all: ctx.options.all === true });
  const json = {
    key: p.key,
    instrument: p.instrument,
    title: p.title,
    text: p.text.map(({ id, label, text }) => ({ id, label, text })),
    citedBy: p.citedBy.map(({ id, doc, label, text }) => ({ id, doc, label, text })),
    related: p.related.map(({ id, doc, label, text, score, confident, status, reason }) => ({ id, doc, label, text, score, confident, status: status ?? 'proposed', reason: reason ?? null })),
  };
  ctx.print(json, () =>
    [
      `${p.label} — ${p.title}  (${p.key})`,
      '',
      p.text.length ? p.text.map((c) => c.text).join('\n') : `(the text of ${p.instrumentName} is not in the corpus)`,
      '',
      `Cited by ${p.citedBy.length} clause(s):`,
      ...p.citedBy.map((c) => `  ${c.label}: ${c.text.replace(/\s+/g, ' ').slice(0, 100)}…`),
      '',
      `Related commitments (${p.related.length}):`,
      ...p.related.map((c) => `  ${traceMark(c)} ${c.label} (${c.status === 'proposed' || !c.status ? c.score.toFixed(2) : statusWords(c)}): ${c.text.replace(/\s+/g, ' ').slice(0, 90)}…`),
    ].join('\n'),
  );
  return 0;
}
