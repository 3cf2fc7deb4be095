// The citation a lawyer pastes: clause label, document title and a link back to the clause.

export function citationText(label: string, docTitle: string, link: string): string {
  return `${label}, ${docTitle}\n${link}`;
}
