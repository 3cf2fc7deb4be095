// The words and tone of a link's review status, as every view shows it (traces, clause links, provision pages, the
// queue, the matrix): text first, colour only as a second cue.
import type { LinkReviewFields } from '../../shared/core/api/dto.js';
import type { MatrixStatus } from '../../shared/core/api/review-dto.js';

export type StatusTone = 'confirmed' | 'user' | 'confident' | 'proposed' | 'rejected';

export interface StatusWords {
  /** "confirmed", "confirmed, no longer inferred", "by hand", "confident", "uncertain", "rejected". */
  text: string;
  tone: StatusTone;
  /** A symbol beside the words (never alone). */
  symbol: string;
  /** What the status means, for a tooltip. */
  hint: string;
}

/** A link's status in words: the verdict, the hand-made link, or the engine's confidence for a proposal. */
export function linkStatusWords(link: LinkReviewFields & { confident: boolean }): StatusWords {
  switch (link.status) {
    case 'confirmed':
      return link.inferred === false
        ? { text: 'confirmed, no longer inferred', tone: 'confirmed', symbol: '✓', hint: 'You confirmed it; Lextrace no longer infers it from the corpus.' }
        : { text: 'confirmed', tone: 'confirmed', symbol: '✓', hint: 'You confirmed this link.' };
    case 'user':
      return { text: 'by hand', tone: 'user', symbol: '✎', hint: 'A link you made by hand.' };
    case 'rejected':
      return { text: 'rejected', tone: 'rejected', symbol: '✕', hint: 'You rejected this link; it stays hidden unless “Show rejected” is on.' };
    default:
      return link.confident
        ? { text: 'confident', tone: 'confident', symbol: '●', hint: 'Proposed by Lextrace with confidence; not reviewed yet.' }
        : { text: 'uncertain', tone: 'proposed', symbol: '○', hint: 'Proposed by Lextrace, uncertain; not reviewed yet.' };
  }
}

/** A matrix cell's status in words (the matrix tells confident and uncertain proposals apart by its own statuses). */
export const MATRIX_STATUS_WORDS: Record<MatrixStatus, { text: string; symbol: string }> = {
  confirmed: { text: 'confirmed', symbol: '✓' },
  user: { text: 'by hand', symbol: '✎' },
  confident: { text: 'confident', symbol: '●' },
  proposed: { text: 'proposed', symbol: '○' },
  rejected: { text: 'rejected', symbol: '✕' },
};

/** Whether a link awaits a verdict (an inferred proposal). */
export function isPending(link: LinkReviewFields): boolean {
  return (link.status ?? 'proposed') === 'proposed';
}
