// A link's review status and its controls, the same in traces, clause links, provision pages and the queue: the
// status in words, Confirm / Reject… (with an optional reason), Clear or Restore a verdict, edit or delete a link made
// by hand; the reason or note below.
import { useState, type FormEvent } from 'react';
import type { LinkReviewFields } from '../../shared/core/api/dto.js';
import type { Verdict } from '../../shared/core/api/review-dto.js';
import { MAX_REASON_CHARS } from '../../shared/core/api/domains/review.js';
import { useAppStore } from '../state/store-context.js';
import { linkStatusWords } from '../text/link-status.js';
import { clearReview, deleteUserLink, reviewLink, updateUserLink, type LinkRef } from '../commands/review-link.js';
import { CONFIDENCE_EXPLANATION } from '../../shared/core/link/confidence.js';
import { ConfidenceInfo } from './ConfidenceInfo.js';
import '../styles/review.css';

type ReviewedLink = LinkReviewFields & { confident: boolean };

/**
 * The status in words with its symbol and colour, what "confident" means beside the engine's confident / uncertain
 * mark, and "new" for a proposal an import brought.
 */
export function LinkStatusBadge({ link }: { link: ReviewedLink }) {
  const words = linkStatusWords(link);
  const engineMark = words.tone === 'confident' || words.tone === 'proposed';
  return (
    <>
      <span className={`status-badge status-${words.tone}`} title={engineMark ? `${words.hint} ${CONFIDENCE_EXPLANATION}` : words.hint}>
        <span aria-hidden="true">{words.symbol} </span>
        {words.text}
      </span>
      {engineMark ? <ConfidenceInfo /> : null}
      {link.isNew ? (
        <span className="status-badge status-new" title="Proposed after an import; not reviewed yet">
          new
        </span>
      ) : null}
      {link.reworded ? (
        <span className="status-badge status-reworded" title="This was reviewed on an earlier wording of the clause: a re-import changed its text. Read it again before relying on it.">
          earlier wording
        </span>
      ) : null}
    </>
  );
}

type FormMode = { verdict: Verdict } | { note: string };

export interface LinkReviewProps {
  link: ReviewedLink;
  ref_: LinkRef;
  /** Verdict controls (false: status only, e.g. a citation pointing at this clause). */
  reviewable?: boolean;
  /** Smaller buttons, for lists inside the reader. */
  compact?: boolean;
}

/** Status, controls and reason of one link. */
export function LinkReview({ link, ref_, reviewable = true, compact = false }: LinkReviewProps) {
  const store = useAppStore();
  const [form, setForm] = useState<FormMode | null>(null);
  const [busy, setBusy] = useState(false);
  const status = link.status ?? 'proposed';
  const size = compact ? 'button button-small button-tiny' : 'button button-small';
  const act = async (action: () => Promise<boolean>) => {
    setBusy(true);
    try {
      if (await action()) setForm(null);
    } finally {
      setBusy(false);
    }
  };
  const what = ref_.label ?? ref_.target;

  return (
    <div className="link-review">
      <div className="link-review-row">
        <LinkStatusBadge link={link} />
        {reviewable && status !== 'user' ? (
          <span className="link-review-actions">
            {status !== 'confirmed' ? (
              <button
                type="button"
                className={`${size} review-confirm`}
                disabled={busy}
                aria-label={`Confirm the link to ${what}`}
                onClick={() => void act(() => reviewLink(store, ref_, 'confirmed'))}
              >
                ✓ Confirm
              </button>
            ) : null}
            {status !== 'rejected' ? (
              <button
                type="button"
                className={`${size} review-reject`}
                disabled={busy}
                aria-label={`Reject the link to ${what}, with an optional reason`}
                aria-expanded={form !== null && 'verdict' in form && form.verdict === 'rejected'}
                onClick={() => setForm({ verdict: 'rejected' })}
              >
                ✕ Reject…
              </button>
            ) : null}
            {status === 'confirmed' ? (
              <button type="button" className={size} disabled={busy} onClick={() => setForm({ verdict: 'confirmed' })} aria-label={`Reason for confirming ${what}`}>
                Reason…
              </button>
            ) : null}
            {status === 'confirmed' || status === 'rejected' ? (
              <button
                type="button"
                className={size}
                disabled={busy}
                title="Take the verdict back: the link is proposed again (if Lextrace still infers it)"
                onClick={() => void act(() => clearReview(store, ref_))}
              >
                {status === 'rejected' ? 'Restore' : 'Clear'}
              </button>
            ) : null}
          </span>
        ) : null}
        {status === 'user' && link.userLinkId ? (
          <span className="link-review-actions">
            <button type="button" className={size} disabled={busy} onClick={() => setForm({ note: link.reason ?? '' })}>
              Edit note…
            </button>
            <button
              type="button"
              className={`${size} review-reject`}
              disabled={busy}
              aria-label={`Delete the link to ${what} made by hand`}
              onClick={() => void act(() => deleteUserLink(store, link.userLinkId!, what))}
            >
              Delete
            </button>
          </span>
        ) : null}
      </div>
      {link.reason && !form ? (
        <p className="link-reason">
          <span className="link-reason-label">{status === 'user' ? 'Note' : 'Reason'}:</span> {link.reason}
        </p>
      ) : null}
      {form ? (
        <ReasonForm
          mode={form}
          initial={'note' in form ? form.note : (link.reason ?? '')}
          busy={busy}
          onCancel={() => setForm(null)}
          onSubmit={(text) =>
            void act(() => ('note' in form ? updateUserLink(store, link.userLinkId!, text) : reviewLink(store, ref_, form.verdict, text)))
          }
        />
      ) : null}
    </div>
  );
}

function ReasonForm({
  mode,
  initial,
  busy,
  onCancel,
  onSubmit,
}: {
  mode: FormMode;
  initial: string;
  busy: boolean;
  onCancel(): void;
  onSubmit(text: string): void;
}) {
  const [text, setText] = useState(initial);
  const submitWord = 'note' in mode ? 'Save note' : mode.verdict === 'rejected' ? 'Reject' : 'Confirm';
  const label = 'note' in mode ? 'Note' : 'Reason (optional)';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text);
  };
  return (
    <form
      className="reason-form"
      onSubmit={submit}
      // Inside a reader's clause, a click here must not reach the clause (which would deselect it).
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="reason-field">
        <span className="offscreen">{label}</span>
        <input
          type="text"
          className="text-input"
          placeholder={label}
          maxLength={MAX_REASON_CHARS}
          value={text}
          // The form opens on a click that asks for it.
          autoFocus
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" className={`button button-small${'verdict' in mode && mode.verdict === 'rejected' ? ' review-reject' : ' button-primary'}`} disabled={busy}>
        {submitWord}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
