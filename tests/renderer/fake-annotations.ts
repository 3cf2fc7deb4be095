// An in-memory AnnotationApi for renderer tests: annotations, tags, bulk tagging, undo/redo by snapshots, exchange, settings.
import { ApiError } from '../../shared/core/api/api-error.js';
import type { AnnotationApi } from '../../shared/core/api/contract.js';
import type { AnnotationDto, AnnotationTargetDto, TagDto, UndoState } from '../../shared/core/api/annotation-dto.js';
import type { CitationDto, ClauseSummary } from '../../shared/core/api/dto.js';

interface StoredTarget {
  clause: string;
  start: number;
  end: number;
  exact: string;
}

interface StoredAnnotation {
  id: string;
  targets: StoredTarget[];
  tags: string[];
  note: string;
  creator: string;
  created: string;
  modified: string;
}

interface StoredTag {
  id: string;
  name: string;
  color: string;
  created: string;
  modified: string;
}

interface Snapshot {
  annotations: StoredAnnotation[];
  tags: StoredTag[];
}

export const FAKE_TAG_COLORS = ['#e5a50a', '#3584e4', '#2ec27e', '#c061cb', '#e66100'];
const TIME = '2024-01-01T00:00:00.000Z';

export interface FakeAnnotationsWorld {
  /** Every clause of the library, in reading order. */
  clauses(): ClauseSummary[];
  citations(): CitationDto[];
}

export interface FakeAnnotations extends AnnotationApi {
  /** The raw state, for tests that play a change made elsewhere (an orphaned target, another window). */
  store: Snapshot;
  settings: { author: string };
}

const lower = (s: string) => s.trim().toLowerCase();
const clone = (s: Snapshot): Snapshot => JSON.parse(JSON.stringify(s)) as Snapshot;

export function createFakeAnnotations(world: FakeAnnotationsWorld): FakeAnnotations {
  let state: Snapshot = { annotations: [], tags: [] };
  const undoStack: { label: string; before: Snapshot; after: Snapshot }[] = [];
  const redoStack: typeof undoStack = [];
  const settings = { author: 'Tester' };
  let nextId = 1;

  const clauseById = (id: string) => world.clauses().find((c) => c.id === id);
  const order = (id: string) => world.clauses().findIndex((c) => c.id === id);
  const findTag = (name: string) => state.tags.find((t) => lower(t.name) === lower(name));
  const ensureTag = (name: string): StoredTag => {
    const found = findTag(name);
    if (found) return found;
    const tag = { id: `t${nextId++}`, name: name.trim(), color: FAKE_TAG_COLORS[state.tags.length % FAKE_TAG_COLORS.length]!, created: TIME, modified: TIME };
    state.tags.push(tag);
    return tag;
  };
  const uniqueTags = (names: string[]) => {
    const out: string[] = [];
    for (const n of names) if (!out.some((o) => lower(o) === lower(n))) out.push(ensureTag(n).name);
    return out;
  };

  /** Runs a change as one undoable step. */
  const change = <T>(label: string, fn: () => T): T => {
    const before = clone(state);
    const result = fn();
    undoStack.push({ label, before, after: clone(state) });
    redoStack.length = 0;
    return result;
  };

  const targetDto = (t: StoredTarget): AnnotationTargetDto => {
    const c = clauseById(t.clause);
    const anchored = c !== undefined && c.text.slice(t.start, t.end) === t.exact;
    return {
      doc: c?.doc ?? t.clause.split('/')[0]!,
      clause: t.clause,
      label: c?.label ?? null,
      exact: t.exact,
      prefix: '',
      suffix: '',
      start: t.start,
      end: t.end,
      status: anchored ? 'anchored' : 'orphaned',
      how: anchored ? 'position' : null,
      reason: anchored ? null : c ? 'not-found' : 'missing-document',
    };
  };
  const dto = (a: StoredAnnotation): AnnotationDto => {
    const targets = a.targets.map(targetDto);
    const anchored = targets.filter((t) => t.status === 'anchored').length;
    return {
      id: a.id,
      targets,
      status: anchored === targets.length ? 'anchored' : anchored === 0 ? 'orphaned' : 'partial',
      tags: a.tags.map((name) => ({ name, color: findTag(name)?.color ?? '#888888' })),
      note: a.note,
      creator: a.creator,
      created: a.created,
      modified: a.modified,
    };
  };
  const tagDto = (t: StoredTag): TagDto => ({
    ...t,
    count: state.annotations.filter((a) => a.tags.some((n) => lower(n) === lower(t.name))).length,
  });
  const history = (): UndoState => ({
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
    undoLabel: undoStack[undoStack.length - 1]?.label ?? null,
    redoLabel: redoStack[redoStack.length - 1]?.label ?? null,
  });
  const targetsOf = (targets: { clause: string; start: number; end: number }[]): StoredTarget[] =>
    targets.map((t) => {
      const c = clauseById(t.clause);
      if (!c) throw new ApiError('not_found', `no clause with id "${t.clause}"`);
      if (t.end > c.text.length) throw new ApiError('bad_request', `the range ends after the clause text (${c.text.length})`);
      return { clause: t.clause, start: t.start, end: t.end, exact: c.text.slice(t.start, t.end) };
    });
  const get = (id: string) => {
    const a = state.annotations.find((x) => x.id === id);
    if (!a) throw new ApiError('not_found', `no annotation with id "${id}"`);
    return a;
  };
  const scope = (args: { query?: string; provision?: string; clauses?: string[] }): ClauseSummary[] => {
    if (args.clauses) return world.clauses().filter((c) => args.clauses!.includes(c.id));
    if (args.provision) {
      const citing = new Set(world.citations().filter((x) => x.key === args.provision || x.key.startsWith(`${args.provision}/`)).map((x) => x.clause));
      return world.clauses().filter((c) => citing.has(c.id));
    }
    const words = lower(args.query ?? '').split(/\s+/).filter(Boolean);
    return world.clauses().filter((c) => words.length > 0 && words.some((w) => c.text.toLowerCase().includes(w)));
  };
  const wholeTagged = (c: ClauseSummary, tag: string) =>
    state.annotations.some(
      (a) => a.tags.some((n) => lower(n) === lower(tag)) && a.targets.some((t) => t.clause === c.id && t.start === 0 && t.end === c.text.length),
    );

  const api: FakeAnnotations = {
    get store() {
      return state;
    },
    settings,

    async listAnnotations(args) {
      let list = state.annotations.map(dto);
      if (args.doc) list = list.filter((a) => a.targets.some((t) => t.doc === args.doc));
      if (args.clause) list = list.filter((a) => a.targets.some((t) => t.clause === args.clause));
      if (args.tag) list = list.filter((a) => a.tags.some((t) => lower(t.name) === lower(args.tag!)));
      if (args.status) list = list.filter((a) => a.status === args.status);
      if (args.provision) {
        const citing = new Set(scope({ provision: args.provision }).map((c) => c.id));
        list = list.filter((a) => a.targets.some((t) => citing.has(t.clause)));
      }
      const key = (a: AnnotationDto) => [order(a.targets[0]!.clause), a.targets[0]!.start] as const;
      return list.sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
    },

    async createAnnotation(args) {
      const targets = targetsOf(args.targets);
      return change('Annotate', () => {
        const record: StoredAnnotation = {
          id: `a${nextId++}`,
          targets,
          tags: uniqueTags(args.tags ?? []),
          note: args.note ?? '',
          creator: settings.author,
          created: TIME,
          modified: TIME,
        };
        state.annotations.push(record);
        return dto(record);
      });
    },

    async updateAnnotation(args) {
      get(args.id);
      const targets = args.targets ? targetsOf(args.targets) : null;
      return change(targets ? 'Re-attach annotation' : 'Edit annotation', () => {
        const a = get(args.id);
        if (args.tags) a.tags = uniqueTags(args.tags);
        if (args.note !== undefined) a.note = args.note;
        if (targets) a.targets = targets;
        return dto(a);
      });
    },

    async deleteAnnotation({ id }) {
      if (!state.annotations.some((a) => a.id === id)) return { deleted: false };
      return change('Delete annotation', () => {
        state.annotations = state.annotations.filter((a) => a.id !== id);
        return { deleted: true };
      });
    },

    async listTags() {
      return state.tags.map(tagDto).sort((a, b) => a.name.localeCompare(b.name));
    },

    async renameTag({ name, to }) {
      const tag = findTag(name);
      if (!tag) throw new ApiError('not_found', `no tag named "${name}"`);
      const target = findTag(to);
      if (target && target !== tag) return api.mergeTags({ from: [name], into: to });
      return change(`Rename tag '${name}' to '${to}'`, () => {
        for (const a of state.annotations) a.tags = a.tags.map((n) => (lower(n) === lower(name) ? to.trim() : n));
        tag.name = to.trim();
        return tagDto(tag);
      });
    },

    async mergeTags({ from, into }) {
      for (const name of from) if (!findTag(name)) throw new ApiError('not_found', `no tag named "${name}"`);
      return change(`Merge ${from.map((f) => `'${f}'`).join(', ')} into '${into}'`, () => {
        const target = ensureTag(into);
        const merged = new Set(from.map(lower).filter((n) => n !== lower(target.name)));
        for (const a of state.annotations) {
          if (a.tags.some((n) => merged.has(lower(n)))) a.tags = uniqueTags([...a.tags.filter((n) => !merged.has(lower(n))), target.name]);
        }
        state.tags = state.tags.filter((t) => !merged.has(lower(t.name)));
        return tagDto(target);
      });
    },

    async deleteTag({ name }) {
      if (!findTag(name)) return { deleted: false };
      return change(`Delete tag '${name}'`, () => {
        for (const a of state.annotations) a.tags = a.tags.filter((n) => lower(n) !== lower(name));
        state.tags = state.tags.filter((t) => lower(t.name) !== lower(name));
        return { deleted: true };
      });
    },

    async setTagColor({ name, color }) {
      const tag = findTag(name);
      if (!tag) throw new ApiError('not_found', `no tag named "${name}"`);
      return change(`Recolour tag '${name}'`, () => {
        tag.color = color;
        return tagDto(tag);
      });
    },

    async bulkTag(args) {
      const clauses = scope(args);
      const todo = args.tag === undefined ? clauses : clauses.filter((c) => !wholeTagged(c, args.tag!));
      const counts = { clauses: clauses.length, alreadyTagged: clauses.length - todo.length };
      if (args.dryRun) return { ...counts, created: 0, dryRun: true };
      return change(`Tag ${todo.length} clauses '${args.tag}'`, () => {
        const [name] = uniqueTags([args.tag!]);
        for (const c of todo) {
          state.annotations.push({
            id: `a${nextId++}`,
            targets: [{ clause: c.id, start: 0, end: c.text.length, exact: c.text }],
            tags: [name!],
            note: '',
            creator: settings.author,
            created: TIME,
            modified: TIME,
          });
        }
        return { ...counts, created: todo.length, dryRun: false };
      });
    },

    async undo() {
      const step = undoStack.pop();
      if (!step) return { done: null, history: history() };
      state = clone(step.before);
      redoStack.push(step);
      return { done: step.label, history: history() };
    },

    async redo() {
      const step = redoStack.pop();
      if (!step) return { done: null, history: history() };
      state = clone(step.after);
      undoStack.push(step);
      return { done: step.label, history: history() };
    },

    async getHistory() {
      return history();
    },

    async exportAnnotations({ format, doc, tag }) {
      const list = await api.listAnnotations({ ...(doc ? { doc } : {}), ...(tag ? { tag } : {}) });
      if (format === 'csv') {
        const rows = list.map((a) => [a.id, a.targets[0]?.clause ?? '', a.targets[0]?.exact ?? '', a.tags.map((t) => t.name).join(';'), a.note].join(','));
        return { fileName: 'lextrace-annotations.csv', mimeType: 'text/csv', content: `\ufeffid,clause,quote,tags,note\n${rows.join('\n')}`, count: list.length };
      }
      const content = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', items: state.annotations.filter((a) => list.some((l) => l.id === a.id)) });
      return { fileName: 'lextrace-annotations.jsonld', mimeType: 'application/ld+json', content, count: list.length };
    },

    async importAnnotations({ content }) {
      let items: StoredAnnotation[];
      try {
        items = (JSON.parse(content) as { items: StoredAnnotation[] }).items;
        if (!Array.isArray(items)) throw new Error('no items');
      } catch {
        return { added: 0, updated: 0, unchanged: 0, orphaned: 0, refused: 1, messages: ['the file is not Lextrace JSON-LD'] };
      }
      return change(`Import ${items.length} annotations`, () => {
        const report = { added: 0, updated: 0, unchanged: 0, orphaned: 0, refused: 0, messages: [] as string[] };
        for (const item of items) {
          const existing = state.annotations.findIndex((a) => a.id === item.id);
          const record = { ...item, tags: uniqueTags(item.tags) };
          if (existing >= 0) {
            if (JSON.stringify(state.annotations[existing]) === JSON.stringify(record)) report.unchanged++;
            else report.updated++;
            state.annotations[existing] = record;
          } else {
            report.added++;
            state.annotations.push(record);
          }
          if (dto(record).status !== 'anchored') report.orphaned++;
        }
        return report;
      });
    },

    async getSettings() {
      return { ...settings };
    },

    async updateSettings({ author }) {
      if (author !== undefined) settings.author = author.trim();
      return { ...settings };
    },
  };
  return api;
}
