// What the workspace shows before anything is open: where to start, and the keys that matter.
import { useApp } from '../state/store-context.js';
import { useQuery } from '../state/use-query.js';
import { shortcutLabel } from '../commands/commands.js';

export function Welcome() {
  const documents = useQuery('listDocuments', {});
  const lastDoc = useApp((s) => s.lastDoc);
  const openView = useApp((s) => s.openView);
  const count = documents?.status === 'ready' ? documents.data.length : null;
  const last = documents?.status === 'ready' && lastDoc ? documents.data.find((d) => d.id === lastDoc) : undefined;

  return (
    <div className="welcome">
      <h1 className="welcome-title">Lextrace</h1>
      <p className="welcome-lead">
        {count === 0
          ? 'No documents yet — run lextrace index or use File › Import… to add one.'
          : 'Pick a document, a provision or a commitment in the library, or search the whole corpus.'}
      </p>
      {last ? (
        <p>
          <button type="button" className="button" onClick={() => openView({ type: 'doc', doc: last.id, clause: null })}>
            Continue reading {last.shortTitle || last.title}
          </button>
        </p>
      ) : null}
      <dl className="shortcut-list">
        <dt>{shortcutLabel('Mod+K')}</dt>
        <dd>Search</dd>
        <dt>↑ ↓ then Enter</dt>
        <dd>Open a result (Alt+Enter: in the other pane)</dd>
        <dt>Click a citation</dt>
        <dd>Open it in the other pane, beside what you read (Alt+click: in place)</dd>
        <dt>Alt+click in the library</dt>
        <dd>Open in the other pane</dd>
        <dt>Alt+T</dt>
        <dd>Trace the selected clause</dd>
        <dt>Alt+C</dt>
        <dd>Copy the selected clause’s citation</dd>
        <dt>Select text, then A</dt>
        <dd>Annotate it with tags and a note (A alone: the selected clause)</dd>
        <dt>
          {shortcutLabel('Mod+Z')} / {shortcutLabel('Mod+Shift+Z')}
        </dt>
        <dd>Undo / redo an annotation or tag change</dd>
      </dl>
    </div>
  );
}
