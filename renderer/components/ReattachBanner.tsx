// While an orphaned annotation is being re-attached: what it quoted, what to do next, and a way out.
import { useApp } from '../state/store-context.js';

export function ReattachBanner() {
  const reattaching = useApp((s) => s.reattaching);
  const cancel = useApp((s) => s.cancelReattach);
  if (!reattaching) return null;
  const quote = reattaching.targets.map((t) => t.exact).join(' … ');
  return (
    <div className="reattach-banner" role="status">
      <span>
        Re-attaching <q className="annotation-quote">{quote}</q>: select its passage in the text, then press <strong>Re-attach here</strong>.
      </span>
      <button type="button" className="button button-small" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
