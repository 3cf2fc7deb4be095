// The `lextrace` command line: parses arguments, runs a command, maps errors to messages and exit codes.
import { parseArgs } from 'node:util';
import { ApiError } from '../../core/api/api-error.js';
import { ImportError } from '../import/import-error.js';
import { CliContext, UsageError, type CliIo } from './cli-context.js';
import { provisionCommand, refsCommand, traceCommand } from './commands-crossref.js';
import { annotateCommand, annotationsCommand, exportAnnotationsCommand, importAnnotationsCommand, tagsCommand } from './commands-annotations.js';
import { clausesCommand, docsCommand, importCommand, indexCommand, showCommand } from './commands-library.js';
import { citeCommand, linkCommand, matrixCommand, reviewCommand } from './commands-review.js';
import { searchCommandSpec } from './commands-search.js';
import { backupCommand, refreshCommand, removeCommand, restoreCommand } from './commands-maintenance.js';
import { serveCommand } from './commands-serve.js';

type Command = (ctx: CliContext, args: string[]) => Promise<number>;

interface CommandSpec {
  run: Command;
  usage: string;
  summary: string;
}

const COMMANDS: Record<string, CommandSpec> = {
  index: { run: indexCommand, usage: 'index [--corpus DIR] [--rebuild]', summary: '(re)index the shipped corpus' },
  import: { run: importCommand, usage: 'import FILE...', summary: 'import documents (.txt, .html)' },
  docs: { run: docsCommand, usage: 'docs', summary: 'list documents' },
  clauses: { run: clausesCommand, usage: 'clauses DOC_ID', summary: "a document's clauses in reading order" },
  show: { run: showCommand, usage: 'show CLAUSE_ID', summary: 'one clause with its neighbours' },
  search: searchCommandSpec,
  refs: { run: refsCommand, usage: 'refs [DOC_ID]', summary: 'explicit citations found, with their spans' },
  trace: { run: traceCommand, usage: 'trace CLAUSE_ID [--all]', summary: 'the provisions a clause concerns, with evidence' },
  provision: { run: provisionCommand, usage: 'provision KEY [--all]', summary: "a provision's text, citing clauses and commitments" },
  annotate: {
    run: annotateCommand,
    usage: 'annotate CLAUSE_ID (--quote TEXT | --start N --end N) [--tag T]... [--note TEXT]',
    summary: 'annotate a passage of a clause',
  },
  annotations: { run: annotationsCommand, usage: 'annotations [--doc DOC] [--tag T]', summary: 'list annotations in reading order' },
  tags: { run: tagsCommand, usage: 'tags', summary: 'list tags with their counts' },
  'export-annotations': {
    run: exportAnnotationsCommand,
    usage: 'export-annotations [--format jsonld|csv] [--doc DOC] [--tag T] [-o FILE]',
    summary: 'export annotations (W3C JSON-LD or CSV)',
  },
  'import-annotations': { run: importAnnotationsCommand, usage: 'import-annotations FILE', summary: 'merge annotations from a W3C JSON-LD file' },
  remove: { run: removeCommand, usage: 'remove DOC_ID', summary: 'remove a document and what was derived from it' },
  backup: { run: backupCommand, usage: 'backup [FILE]', summary: 'copy the store (default: next to it, dated)' },
  restore: { run: restoreCommand, usage: 'restore FILE', summary: 'replace the store with a backup (checked first)' },
  refresh: { run: refreshCommand, usage: 'refresh', summary: 'bring the links up to date now (also after failed attempts)' },
  review: {
    run: reviewCommand,
    usage: 'review [CLAUSE_ID KEY --confirm|--reject|--clear [--note TEXT] [--kind K]] [--discard ID]',
    summary: 'the review queue; confirm or reject an inferred link (KEY: provision key, or clause id for a quotation); discard a detached record',
  },
  link: { run: linkCommand, usage: 'link CLAUSE_ID KEY [--note TEXT] [--remove]', summary: 'link a clause to a provision or a clause by hand' },
  matrix: {
    run: matrixCommand,
    usage: 'matrix [--format csv|xlsx|docx|html] [-o FILE] [--instrument G]... [--status S]...',
    summary: 'the traceability matrix; csv/xlsx export it, docx/html give the trace report',
  },
  cite: { run: citeCommand, usage: 'cite CLAUSE_ID|KEY... [--form en|ru|short]', summary: 'citations to paste into a memo' },
  serve: { run: serveCommand, usage: 'serve [--port N]', summary: 'serve Lextrace in your browser on 127.0.0.1' },
};

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  lextrace ${c.usage.padEnd(46)} ${c.summary}`);
  return [
    'Usage: lextrace COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options for every command:',
    '  --db PATH    the database (default: $LEXTRACE_DB, else the user data directory)',
    '  --json       machine-readable output',
    '  --help       this help',
  ].join('\n');
}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  corpus: { type: 'string' },
  rebuild: { type: 'boolean', default: false },
  limit: { type: 'string' },
  offset: { type: 'string' },
  port: { type: 'string' },
  all: { type: 'boolean', default: false },
  quote: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  tag: { type: 'string', multiple: true },
  note: { type: 'string' },
  doc: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  confirm: { type: 'boolean', default: false },
  reject: { type: 'boolean', default: false },
  clear: { type: 'boolean', default: false },
  remove: { type: 'boolean', default: false },
  discard: { type: 'string' },
  kind: { type: 'string' },
  instrument: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  form: { type: 'string' },
} as const;

/** The option an argument names ("--db", "--db=x", "-h"), if it is one of OPTIONS. */
function knownOption(arg: string): { takesValue: boolean } | null {
  if (arg === '-h') return { takesValue: false };
  const match = /^--([a-z-]+)(=|$)/.exec(arg);
  const spec = match ? OPTIONS[match[1] as keyof typeof OPTIONS] : undefined;
  return spec ? { takesValue: spec.type === 'string' && match![2] !== '=' } : null;
}

/**
 * `search` takes "-word" and "-lang:ru" as query words, not options (a word never starts with "--"): its arguments are split before option parsing
 * into the options (with the command) and the query's words, in order. Null for every other command.
 */
function splitSearchQuery(argv: readonly string[]): { options: string[]; words: string[] } | null {
  const options: string[] = [];
  const words: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const option = knownOption(arg);
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    } else if (option) {
      options.push(arg);
      if (option.takesValue && i + 1 < argv.length) options.push(argv[++i]!);
    } else if (arg.startsWith('--')) {
      return null; // a misspelt option ("--limt"): the option parser names it
    } else if (command === undefined) {
      if (arg !== 'search') return null;
      command = arg;
      options.push(arg);
    } else {
      words.push(arg);
    }
  }
  return command ? { options, words } : null;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const search = splitSearchQuery(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: search ? search.options : argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    io.err(`error: ${(err as Error).message}\n\n${usage()}`);
    return 2;
  }
  const [name, ...positionals] = parsed.positionals;
  const rest = search ? search.words : positionals;
  if (parsed.values.help || !name) {
    (name || parsed.values.help ? io.out : io.err)(usage());
    return parsed.values.help ? 0 : 2;
  }
  const spec = COMMANDS[name];
  if (!spec) {
    io.err(`error: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const ctx = new CliContext(io, { ...parsed.values, json: parsed.values.json ?? false, command: name });
  try {
    return await spec.run(ctx, rest);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`error: ${err.message}\nusage: lextrace ${spec.usage}`);
      return 2;
    }
    if (err instanceof ApiError || err instanceof ImportError) {
      io.err(`error: ${err.message}`);
      return err instanceof ApiError && err.code === 'not_found' ? 3 : 1;
    }
    io.err(`error: ${describeFailure(err, ctx.dbPath)}`);
    return 1;
  } finally {
    ctx.close();
  }
}

/**
 * A message for an unexpected failure; SQLite's own words for a damaged store ("database disk image is malformed")
 * are turned into what the user can do about it, naming the store.
 */
function describeFailure(err: unknown, dbPath: string): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return `the store ${dbPath} is damaged (${(err as Error).message}); restore a backup with "lextrace restore FILE" (backups are kept next to the store), or move the file away and run "lextrace index" to start a new one`;
  }
  return (err as Error).message ?? String(err);
}
