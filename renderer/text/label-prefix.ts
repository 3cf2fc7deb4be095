// The words every clause label of a document starts with ("Civil Code "), so the reader can show the short part.

/** The longest common prefix of the labels, cut back to a word boundary; '' when there is none. */
export function commonLabelPrefix(labels: readonly string[]): string {
  if (labels.length < 2) return '';
  let prefix = labels[0]!;
  for (const label of labels) {
    let i = 0;
    while (i < prefix.length && i < label.length && prefix[i] === label[i]) i++;
    prefix = prefix.slice(0, i);
    if (!prefix) return '';
  }
  // Keep the whole prefix when it ends on a word boundary in every label ("Action Plan" + " § I.A" / ", preamble").
  const atBoundary = labels.every((l) => l.length === prefix.length || !/[\p{L}\p{N}]/u.test(l[prefix.length]!));
  if (atBoundary && /[\p{L}\p{N}]$/u.test(prefix)) return prefix;
  const cut = prefix.lastIndexOf(' ');
  return cut > 0 ? prefix.slice(0, cut + 1) : '';
}

/** The label without the shared prefix, or the whole label when nothing would be left. */
export function shortLabel(label: string, prefix: string): string {
  if (!prefix || !label.startsWith(prefix)) return label;
  const rest = label.slice(prefix.length).replace(/^[\s,—-]+/, '').trim();
  return rest || label;
}
