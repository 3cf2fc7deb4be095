// A row of tag names, each with its colour dot; an annotation without tags says so.
import type { TagRef } from '../../shared/core/api/annotation-dto.js';

export function TagChips({ tags, empty = 'No tags' }: { tags: readonly TagRef[]; empty?: string }) {
  if (tags.length === 0) return <span className="tag-chips tag-chips-empty">{empty}</span>;
  return (
    <ul className="tag-chips" aria-label="Tags">
      {tags.map((t) => (
        <li key={t.name} className="tag-chip">
          <TagDot color={t.color} />
          {t.name}
        </li>
      ))}
    </ul>
  );
}

/** A small swatch of a tag's colour (inline style set through the DOM, which the CSP allows). */
export function TagDot({ color }: { color: string | null }) {
  return <span className="tag-dot" aria-hidden="true" style={color ? { background: color } : undefined} />;
}
