// The small buttons beside a text selection in the reader: Annotate (or Re-attach while an orphan is being
// re-attached), and Cite: the citation of the clauses the selection spans, one or several, in the forms for a memo.
import { useApp, useAppStore } from '../state/store-context.js';
import { annotateSelection, targetsToAnnotate } from '../commands/annotate.js';
import { CopyCitationButton } from './CopyCitationButton.js';

export function SelectionAction({ x, y }: { x: number; y: number }) {
  const store = useAppStore();
  const reattaching = useApp((s) => s.reattaching !== null);
  const selectedClauses = () => {
    const found = targetsToAnnotate(store);
    return found ? { clauses: [...new Set(found.targets.map((t) => t.clause))] } : null;
  };
  return (
    <span className="selection-actions" style={{ left: x, top: y }}>
      <button
        type="button"
        className="button selection-action"
        // Keep the text selection: the click acts on it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => annotateSelection(store)}
      >
        {reattaching ? 'Re-attach here' : 'Annotate'}
        <kbd>A</kbd>
      </button>
      {reattaching ? null : <CopyCitationButton subject={selectedClauses} label="Cite" className="button selection-action" />}
    </span>
  );
}
