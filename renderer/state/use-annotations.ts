// React hooks over the annotations cache: a watched listAnnotations query, and the tags.
import { useEffect } from 'react';
import type { AnnotationDto, TagDto } from '../../shared/core/api/annotation-dto.js';
import { annotationQueryKey, type AnnotationQuery } from './annotations-slice.js';
import type { Loadable } from './loadable.js';
import { useApp } from './store-context.js';

/** The annotations `query` selects, fetched and kept fresh while the calling component is mounted (null: not asked). */
export function useAnnotationList(query: AnnotationQuery | null): Loadable<AnnotationDto[]> | undefined {
  const key = query ? annotationQueryKey(query) : '';
  const watch = useApp((s) => s.watchAnnotations);
  useEffect(() => {
    if (!key) return;
    return watch(JSON.parse(key) as AnnotationQuery);
  }, [key, watch]);
  return useApp((s) => (key ? s.annotationLists[key] : undefined));
}

/** Every tag with its colour and count, loaded on first use. */
export function useTags(): Loadable<TagDto[]> | null {
  const load = useApp((s) => s.loadTags);
  useEffect(() => {
    void load();
  }, [load]);
  return useApp((s) => s.tags);
}
