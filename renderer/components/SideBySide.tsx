// The workspace: one pane or two side by side, with shared-word highlighting between their selected clauses.
import { useApp } from '../state/store-context.js';
import type { AppState } from '../state/app-state.js';
import type { Side } from '../state/panes-slice.js';
import { sharedWords } from '../text/shared-words.js';
import { PaneFrame } from './PaneFrame.js';
import { Welcome } from './Welcome.js';
import { readyData } from '../state/api-cache-slice.js';

/** The text of the clause selected in a pane, when it shows a document and its clauses are loaded. */
function selectedText(s: AppState, side: Side): string | null {
  const view = s.panes[side]?.view;
  if (view?.type !== 'doc' || !view.clause) return null;
  return readyData(s, 'listClauses', { doc: view.doc })?.find((c) => c.id === view.clause)?.text ?? null;
}

export function SideBySide() {
  const left = useApp((s) => s.panes.left);
  const right = useApp((s) => s.panes.right);
  const leftText = useApp((s) => selectedText(s, 'left'));
  const rightText = useApp((s) => selectedText(s, 'right'));
  const compareShared = useApp((s) => s.compareShared);
  const setCompareShared = useApp((s) => s.setCompareShared);

  if (!left) return <Welcome />;
  const comparable = Boolean(right && leftText && rightText && leftText !== rightText);
  const overlap = comparable ? sharedWords(leftText!, rightText!).overlap : 0;

  return (
    <div className="workspace">
      {right ? (
        <div className="compare-bar" role="region" aria-label="Comparison">
          <label className="switch">
            <input type="checkbox" checked={compareShared} onChange={(e) => setCompareShared(e.target.checked)} />
            Highlight shared words
          </label>
          <span className="compare-summary">
            {comparable
              ? `The selected clauses share ${Math.round(overlap * 100)}% of the shorter one’s words.`
              : 'Select a clause in each pane to compare their wording.'}
          </span>
        </div>
      ) : null}
      <div className={right ? 'panes panes-two' : 'panes'}>
        <PaneFrame side="left" pane={left} twoPanes={Boolean(right)} compareText={comparable ? rightText : null} />
        {right ? <PaneFrame side="right" pane={right} twoPanes compareText={comparable ? leftText : null} /> : null}
      </div>
    </div>
  );
}
