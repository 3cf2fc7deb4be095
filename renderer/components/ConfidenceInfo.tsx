// What "confident" means, beside every confident / uncertain mark: an (i) button whose description is the one sentence
// of confidence.ts (read by screen readers on focus, a tooltip on hover) and that shows it below, on a line of its own
// in the row, on click or Enter; Escape hides it.
import { useId, useState } from 'react';
import { CONFIDENCE_EXPLANATION } from '../../shared/core/link/confidence.js';

export function ConfidenceInfo() {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="confidence-info">
      <button
        type="button"
        className="confidence-info-button"
        aria-label="What confident means"
        aria-describedby={id}
        aria-expanded={open}
        title={CONFIDENCE_EXPLANATION}
        onClick={(e) => {
          // Inside a queue proposal or a reader's clause, the click only opens the explanation.
          e.stopPropagation();
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      >
        <span aria-hidden="true" className="confidence-info-glyph">
          i
        </span>
      </button>
      <span id={id} role="note" className={open ? 'confidence-explanation' : 'offscreen'}>
        {CONFIDENCE_EXPLANATION}
      </span>
    </span>
  );
}
