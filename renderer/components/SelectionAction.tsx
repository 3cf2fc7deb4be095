// The small button beside a text selection in the reader: Annotate, or Re-attach while an orphan is being re-attached.
import { useApp, useAppStore } from '../state/store-context.js';
import { annotateSelection } from '../commands/annotate.js';

export function SelectionAction({ x, y }: { x: number; y: number }) {
  const store = useAppStore();
  const reattaching = useApp((s) => s.reattaching !== null);
  return (
    <button
      type="button"
      className="button selection-action"
      style={{ left: x, top: y }}
      // Keep the text selection: the click acts on it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => annotateSelection(store)}
    >
      {reattaching ? 'Re-attach here' : 'Annotate'}
      <kbd>A</kbd>
    </button>
  );
}
