// Why a target could not be placed in today's text, in words.
import type { AnnotationTargetDto } from '../../shared/core/api/annotation-dto.js';

export function orphanReason(target: Pick<AnnotationTargetDto, 'reason'>): string {
  switch (target.reason) {
    case 'missing-document':
      return 'Its document is no longer in the library.';
    case 'ambiguous':
      return 'Its words now appear in more than one place.';
    default:
      return 'Its words are no longer in the text.';
  }
}
