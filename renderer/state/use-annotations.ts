// React hooks over the annotations in the API cache: a listAnnotations query, and the tags.
import type { AnnotationDto, TagDto } from '../../shared/core/api/annotation-dto.js';
import type { AnnotationQuery } from './annotations-slice.js';
import type { Loadable } from './loadable.js';
import { useQuery } from './use-query.js';

/** The annotations `query` selects, fetched and kept fresh while the calling component is mounted (null: not asked). */
export function useAnnotationList(query: AnnotationQuery | null): Loadable<AnnotationDto[]> | undefined {
  return useQuery('listAnnotations', query);
}

/** Every tag with its colour and count. */
export function useTags(): Loadable<TagDto[]> | undefined {
  return useQuery('listTags', {});
}
