// CLI commands for the lawyer's review: confirm or reject inferred links, link by hand, the review queue, the
// traceability matrix and its exports, memo citations.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dispatch } from '../../core/api/dispatch.js';
import type { CitationForm, ExportFile, FormattedCitation, LinkReviewList, LinkReviewResult, ReviewQueue, TraceMatrix, UserLinkDto } from '../../core/api/review-dto.js';
import { parseProvisionKey } from '../../core/citations/index.js';
import { CliContext, UsageError } from './cli-context.js';

/** One character per status, for terminal lists. */
export const STATUS_MARKS: Record<string, string> = { confirmed: '✔', user: '✎', confident: '●', proposed: '○', rejected: '✗' };

function strings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function note(ctx: CliContext): string | undefined {
  return typeof ctx.options.note === 'string' ? ctx.options.note.replace(/\\n/g, '\n') : undefined;
}

/**
 * `review` alone: the queue and its progress, then the detached records. `review CLAUSE_ID KEY --confirm|--reject|--clear
 * [--note TEXT] [--kind K]`. `review --discard ID`: lets a verdict or hand-made link go (one undoable change).
 */
export async function reviewCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { confirm, reject, clear, discard } = ctx.options;
  if (typeof discard === 'string') {
    if (args.length > 0 || confirm || reject || clear) throw new UsageError('review --discard takes a record id alone (see the detached records of `review`)');
    const service = ctx.open().service;
    const verdict = (await dispatch(service, 'deleteLinkVerdict', { id: discard })) as { deleted: boolean };
    const deleted = verdict.deleted || ((await dispatch(service, 'deleteUserLink', { id: discard })) as { deleted: boolean }).deleted;
    ctx.print({ deleted }, () => (deleted ? `Discarded ${discard} (undo brings it back).` : `No verdict or hand-made link with id ${discard}.`));
    return deleted ? 0 : 3;
  }
  const actions = [confirm, reject, clear].filter((x) => x === true).length;
  if (args.length === 0) {
    if (actions > 0) throw new UsageError('review needs CLAUSE_ID KEY to confirm, reject or clear a link');
    return queue(ctx);
  }
  const [clause, target] = args;
  if (!clause || !target || args.length > 2) throw new UsageError('review needs a CLAUSE_ID and a KEY (a provision key, or a clause id for a quotation)');
  if (actions !== 1) throw new UsageError('give one of --confirm, --reject or --clear');
  const kind = typeof ctx.options.kind === 'string' ? { kind: ctx.options.kind } : {};
  const service = ctx.open().service;
  const result = (
    clear
      ? await dispatch(service, 'clearLinkReview', { clause, target, ...kind })
      : await dispatch(service, 'reviewLink', { clause, target, verdict: confirm ? 'confirmed' : 'rejected', ...kind, ...(note(ctx) !== undefined ? { reason: note(ctx) } : {}) })
  ) as LinkReviewResult;
  ctx.print(result, () => {
    const reason = result.verdicts.find((v) => v.reason)?.reason;
    return `${STATUS_MARKS[result.status] ?? ''} ${clause} → ${target}: ${result.status}${reason ? ` (${reason})` : ''}${result.verdicts.length > 1 ? ` [${result.verdicts.map((v) => v.kind).join(', ')}]` : ''}`;
  });
  return 0;
}

async function queue(ctx: CliContext): Promise<number> {
  const q = (await dispatch(ctx.open().service, 'reviewQueue', strings(ctx.options.doc).length ? { docs: strings(ctx.options.doc) } : {})) as ReviewQueue;
  const json = {
    reviewed: q.reviewed,
    total: q.total,
    items: q.items.map((i) => ({
      clause: i.clause.id,
      label: i.clause.label,
      section: i.section === null ? null : q.sections[i.section]!.label,
      pending: i.pending,
      reviewed: i.reviewed,
      proposals: i.proposals.map((p) => ({ key: p.key, status: p.status, score: p.score, confident: p.confident, inferred: p.inferred, isNew: p.isNew })),
    })),
    detached: q.detached,
  };
  const detached = [
    ...q.detached.verdicts.map((v) => `  ${v.id}  ${STATUS_MARKS[v.verdict]} ${v.recordedClause} → ${v.target}${v.reason ? ` (${v.reason})` : ''}: ${DETACHED_WHY[v.placement]}\n      was: “${excerpt(v.recordedText ?? '')}”`),
    ...q.detached.links.map((l) => `  ${l.id}  ${STATUS_MARKS.user} ${l.recordedClause} → ${l.targetLabel}${l.note ? ` (${l.note})` : ''}: ${DETACHED_WHY[l.placement]}\n      was: “${excerpt(l.recordedText ?? '')}”`),
  ];
  ctx.print(json, () =>
    [
      `${q.reviewed} of ${q.total} commitments reviewed.`,
      '',
      ...q.items.map((i) => {
        const marks = i.proposals.map((p) => `${STATUS_MARKS[p.status === 'proposed' && p.confident ? 'confident' : (p.status ?? 'proposed')]} ${p.label}${p.status === 'proposed' ? ` ${p.score.toFixed(2)}` : ''}${p.isNew ? ' (new)' : ''}`);
        return `${i.reviewed ? '✔' : ' '} ${i.clause.label}${i.pending ? `  — ${i.pending} to review` : ''}\n    ${marks.join(' · ') || '(no proposal)'}`;
      }),
      ...(detached.length
        ? ['', `${detached.length} of your reviews no longer match a clause (kept; review the clause again, or --discard ID):`, ...detached]
        : []),
    ].join('\n'),
  );
  return 0;
}

/** Why a record is detached, in words. */
const DETACHED_WHY: Record<string, string> = {
  'not-found': 'its paragraph is no longer in the document',
  ambiguous: 'its text now appears in several places',
  'missing-document': 'its document was removed',
  same: '',
  moved: '',
  edited: '',
};

function excerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** `link CLAUSE_ID KEY [--note TEXT]`: a link made by hand; `--remove` deletes it. */
export async function linkCommand(ctx: CliContext, args: string[]): Promise<number> {
  const [clause, target] = args;
  if (!clause || !target || args.length > 2) throw new UsageError('link needs a CLAUSE_ID and a KEY (a provision key or a clause id)');
  const service = ctx.open().service;
  if (ctx.options.remove === true) {
    const list = (await dispatch(service, 'listLinkReviews', { clause })) as LinkReviewList;
    const found = list.links.find((l) => l.clause === clause && (parseProvisionKey(target) ? l.targetKey === target : l.targetClause === target));
    const { deleted } = found ? ((await dispatch(service, 'deleteUserLink', { id: found.id })) as { deleted: boolean }) : { deleted: false };
    ctx.print({ deleted }, () => (deleted ? `Removed the hand-made link ${clause} → ${target}.` : `No hand-made link ${clause} → ${target}.`));
    return deleted ? 0 : 3;
  }
  const link = (await dispatch(service, 'addUserLink', { clause, target, ...(note(ctx) !== undefined ? { note: note(ctx) } : {}) })) as UserLinkDto;
  ctx.print(link, () => `✎ ${clause} → ${link.targetLabel} (by hand${link.note ? `: ${link.note}` : ''}) as ${link.id}`);
  return 0;
}

const FORMATS = ['csv', 'xlsx', 'docx', 'html'] as const;

/** `matrix [--format csv|xlsx|docx|html] [-o FILE] [--instrument G]... [--status S]... [--doc DOC]...`. */
export async function matrixCommand(ctx: CliContext, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError('matrix takes no positional arguments (use -o FILE)');
  const filters = {
    ...(strings(ctx.options.doc).length ? { docs: strings(ctx.options.doc) } : {}),
    ...(strings(ctx.options.instrument).length ? { instruments: strings(ctx.options.instrument) } : {}),
    ...(strings(ctx.options.status).length ? { statuses: strings(ctx.options.status) } : {}),
  };
  const format = ctx.options.format;
  const service = ctx.open().service;
  if (format === undefined) {
    const m = (await dispatch(service, 'traceMatrix', filters)) as TraceMatrix;
    ctx.print(m, () => matrixText(m));
    return 0;
  }
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${FORMATS.join(', ')}`);
  const method = format === 'csv' || format === 'xlsx' ? 'exportMatrix' : 'exportTraceReport';
  const output = ctx.options.output;
  if (typeof output !== 'string' && (format === 'xlsx' || format === 'docx')) throw new UsageError(`${format} is a binary file: give -o FILE`);
  const file = (await dispatch(service, method, { format, ...filters })) as ExportFile;
  const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
  if (typeof output === 'string') {
    writeFileSync(resolve(output), bytes);
    ctx.io.err(`wrote ${output} (${bytes.length} bytes)`);
  } else {
    ctx.io.out(file.content.replace(/^\uFEFF/, '').replace(/\r?\n$/, ''));
  }
  return 0;
}

function matrixText(m: TraceMatrix): string {
  if (m.rows.length === 0) return 'No commitments: import an action plan.';
  const byRow = new Map<number, string[]>();
  for (const cell of m.cells) {
    const col = m.columns[cell.col]!;
    const score = cell.status === 'confident' || cell.status === 'proposed' ? ` ${cell.score.toFixed(2)}` : '';
    byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), `${STATUS_MARKS[cell.status]} ${col.label}${score}${cell.isNew ? ' (new)' : ''}`]);
  }
  const lines = [`${m.rows.length} commitments × ${m.columns.length} provisions, ${m.cells.length} links (✔ confirmed, ✎ by hand, ● confident, ○ proposed, ✗ rejected)`];
  let section: number | null | undefined;
  m.rows.forEach((row, r) => {
    if (row.section !== section) {
      section = row.section;
      const s = section === null ? undefined : m.sections[section];
      lines.push('', s ? `${s.label}${s.title ? ` — ${s.title}` : ''}` : 'Commitments');
    }
    lines.push(`  ${row.label}`, `      ${(byRow.get(r) ?? ['(none)']).join(' · ')}`);
  });
  return lines.join('\n');
}

/** `cite CLAUSE_ID|KEY... [--form en|ru|short]`: the citations to paste into a memo. */
export async function citeCommand(ctx: CliContext, args: string[]): Promise<number> {
  if (args.length === 0) throw new UsageError('cite needs at least one CLAUSE_ID or provision KEY');
  const form = typeof ctx.options.form === 'string' ? { form: ctx.options.form as CitationForm } : {};
  const service = ctx.open().service;
  const out: FormattedCitation[] = [];
  for (const arg of args) {
    const isClause = !parseProvisionKey(arg);
    out.push(
      isClause
        ? ((await dispatch(service, 'citeClause', { ids: [arg], ...form })) as FormattedCitation[])[0]!
        : ((await dispatch(service, 'citeProvision', { key: arg, ...form })) as FormattedCitation),
    );
  }
  ctx.print(out, () => out.map((c) => c.text).join('\n'));
  return 0;
}
