// The library's Review tab: how far the review has come, and the way into the queue, the matrix and the trace report.
import { useQuery } from '../state/use-query.js';
import { ViewLink } from './AppLink.js';
import { LoadableView } from './LoadableView.js';
import '../styles/review.css';

export function ReviewHub() {
  const queue = useQuery('reviewQueue', {});
  return (
    <div className="review-hub">
      <LoadableView value={queue} what="the review's progress" loading={<p className="review-hub-progress">Counting the commitments…</p>}>
        {(q) => (
          <div className="review-hub-progress">
            <progress max={q.total} value={q.reviewed} aria-hidden="true" />
            <span>
              {q.reviewed} of {q.total} commitments reviewed
            </span>
          </div>
        )}
      </LoadableView>
      <ul className="plain-list review-hub-links">
        <li>
          <ViewLink className="review-hub-link" view={{ type: 'queue' }}>
            <span className="review-hub-title">Review queue</span>
            <span className="review-hub-text">Each commitment with its proposed provisions, scores and evidence: confirm or reject from the keyboard.</span>
          </ViewLink>
        </li>
        <li>
          <ViewLink className="review-hub-link" view={{ type: 'matrix' }}>
            <span className="review-hub-title">Traceability matrix</span>
            <span className="review-hub-text">Commitments by provisions, with CSV and XLSX exports.</span>
          </ViewLink>
        </li>
        <li>
          <ViewLink className="review-hub-link" view={{ type: 'report' }}>
            <span className="review-hub-title">Trace report</span>
            <span className="review-hub-text">The memo-ready report: print it or save it as PDF, or download it as DOCX.</span>
          </ViewLink>
        </li>
      </ul>
    </div>
  );
}
