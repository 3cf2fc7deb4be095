// Annotations as highlight marks in clause text: per-clause ranges, and the layered colours of a run covered by several.
import type { AnnotationDto } from '../../shared/core/api/annotation-dto.js';
import type { MarkRange } from './highlight-segments.js';

export const ANNOTATION_KIND = 'annotation';

/** What an annotation mark carries: the annotation and the colour of its highlight (null: no tag, neutral). */
export interface AnnotationMark {
  id: string;
  color: string | null;
}

/** The anchored targets of `annotations`, as marks grouped by the clause they sit in. */
export function annotationMarksByClause(annotations: readonly AnnotationDto[]): Record<string, MarkRange<AnnotationMark>[]> {
  const out: Record<string, MarkRange<AnnotationMark>[]> = {};
  for (const a of annotations) {
    const color = a.tags[0]?.color ?? null;
    for (const t of a.targets) {
      if (t.status !== 'anchored' || t.end <= t.start) continue;
      (out[t.clause] ??= []).push({ start: t.start, end: t.end, kind: ANNOTATION_KIND, data: { id: a.id, color } });
    }
  }
  return out;
}

/** At most this many annotations are drawn on one run of text (more are still listed on hover). */
export const MAX_LAYERS = 4;
const STRIPE_PX = 2;
const NEUTRAL = 'var(--annotation-neutral)';

/**
 * The inline style of a run covered by annotations: one translucent background layer per annotation (so overlaps
 * read darker) and one underline stripe per annotation in its own colour, stacked below the text.
 */
export function annotationLayers(colors: readonly (string | null)[]): { backgroundImage: string; boxShadow: string } {
  const shown = colors.slice(0, MAX_LAYERS).map((c) => (c && /^#[0-9a-fA-F]{6}$/.test(c) ? c : NEUTRAL));
  const backgroundImage = shown
    .map((c) => {
      const tint = `color-mix(in srgb, ${c} var(--annotation-alpha), transparent)`;
      return `linear-gradient(${tint}, ${tint})`;
    })
    .join(', ');
  const boxShadow = shown.map((c, i) => `inset 0 -${(i + 1) * STRIPE_PX}px 0 0 ${c}`).join(', ');
  return { backgroundImage, boxShadow };
}
