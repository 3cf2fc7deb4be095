// Tag names as the annotator types them: unique case-insensitively, completed from the existing tags.

export function sameTag(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** `tags` with `name` added (trimmed) unless empty or already there in any case. */
export function addTag(tags: readonly string[], name: string): string[] {
  const clean = name.trim();
  if (!clean || tags.some((t) => sameTag(t, clean))) return [...tags];
  return [...tags, clean];
}

/** Existing tag names matching what is typed (case-insensitive; names starting with it first), minus those chosen. */
export function tagSuggestions(existing: readonly string[], typed: string, chosen: readonly string[], limit = 8): string[] {
  const needle = typed.trim().toLocaleLowerCase();
  const open = existing.filter((name) => !chosen.some((c) => sameTag(c, name)));
  const starts = open.filter((n) => n.toLocaleLowerCase().startsWith(needle));
  const contains = needle ? open.filter((n) => !n.toLocaleLowerCase().startsWith(needle) && n.toLocaleLowerCase().includes(needle)) : [];
  return [...starts, ...contains].slice(0, limit);
}
