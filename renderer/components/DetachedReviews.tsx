// The review records a re-import or removal left without a clause: what each said, the text it was made on, and why it
// applies nowhere now; each can be discarded (undoable). Shown under the review queue.
import type { DetachedReviews as Detached, ReviewPlacement } from '../../shared/core/api/review-dto.js';
import { describeProvision, parseProvisionKey } from '../../shared/core/citations/keys.js';
import { discardDetached } from '../commands/review-link.js';
import { useAppStore } from '../state/store-context.js';

const WHY: Partial<Record<ReviewPlacement, string>> = {
  'not-found': 'its paragraph is no longer in the document',
  ambiguous: 'its text now appears in several places',
  'missing-document': 'its document was removed',
};

interface Row {
  id: string;
  kind: 'verdict' | 'link';
  what: string;
  target: string;
  note: string;
  clause: string;
  text: string;
  why: string;
}

function rows(detached: Detached): Row[] {
  return [
    ...detached.verdicts.map((v) => ({
      id: v.id,
      kind: 'verdict' as const,
      what: v.verdict === 'confirmed' ? 'Confirmed' : 'Rejected',
      target: parseProvisionKey(v.target) ? describeProvision(v.target) : v.target,
      note: v.reason,
      clause: v.recordedClause,
      text: v.recordedText ?? '',
      why: WHY[v.placement] ?? v.placement,
    })),
    ...detached.links.map((l) => ({
      id: l.id,
      kind: 'link' as const,
      what: 'Linked by hand',
      target: l.targetLabel,
      note: l.note,
      clause: l.recordedClause,
      text: l.recordedText ?? '',
      why: WHY[l.placement] ?? l.placement,
    })),
  ];
}

export function DetachedReviews({ detached }: { detached: Detached }) {
  const store = useAppStore();
  const list = rows(detached);
  if (list.length === 0) return null;
  return (
    <section className="detached-reviews" aria-labelledby="detached-reviews-title">
      <h2 className="queue-section" id="detached-reviews-title">
        Reviews that no longer match a clause <span className="queue-section-title">({list.length})</span>
      </h2>
      <p className="detached-help">
        A re-import changed or removed the paragraphs these were made on. They are kept, and apply again if the text comes back; review the
        paragraph again where it now stands, or discard them.
      </p>
      <ul className="plain-list">
        {list.map((r) => (
          <li key={r.id} className="detached-review">
            <div className="detached-review-head">
              <span>
                <strong>{r.what}</strong> {r.target}
                {r.note ? <span className="detached-review-note"> — {r.note}</span> : null}
              </span>
              <button type="button" className="button button-small" onClick={() => void discardDetached(store, r, `${r.what.toLowerCase()} ${r.target}`)}>
                Discard
              </button>
            </div>
            <p className="detached-review-why">
              Made on <code>{r.clause}</code>; {r.why}.
            </p>
            {r.text ? <blockquote className="detached-review-text">{r.text}</blockquote> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
