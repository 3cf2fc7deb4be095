// How the library files documents: groups of kinds, with the names a lawyer would use.
import type { DocumentKind } from '../../shared/core/model.js';
import type { DocumentSummary } from '../../shared/core/api/dto.js';

export interface DocumentGroup {
  id: string;
  title: string;
  kinds: DocumentKind[];
}

export const DOCUMENT_GROUPS: DocumentGroup[] = [
  { id: 'commitments', title: 'Commitments', kinds: ['action-plan'] },
  { id: 'reports', title: 'Reports', kinds: ['report'] },
  { id: 'cables', title: 'Cables', kinds: ['cable'] },
  { id: 'news', title: 'News', kinds: ['press-release', 'article'] },
  { id: 'statutes', title: 'Statutes', kinds: ['statute'] },
  { id: 'other', title: 'Other', kinds: ['other'] },
];

export const KIND_LABELS: Record<DocumentKind, string> = {
  'action-plan': 'Action plan',
  report: 'Report',
  cable: 'Cable',
  'press-release': 'Press release',
  article: 'Article',
  statute: 'Statute',
  other: 'Other',
};

/** Documents grouped in library order; empty groups are left out, unknown kinds fall into Other. */
export function groupDocuments(documents: DocumentSummary[]): { group: DocumentGroup; documents: DocumentSummary[] }[] {
  const other = DOCUMENT_GROUPS[DOCUMENT_GROUPS.length - 1]!;
  const byGroup = new Map<DocumentGroup, DocumentSummary[]>();
  for (const doc of documents) {
    const group = DOCUMENT_GROUPS.find((g) => g.kinds.includes(doc.kind)) ?? other;
    if (!byGroup.has(group)) byGroup.set(group, []);
    byGroup.get(group)!.push(doc);
  }
  return DOCUMENT_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({ group, documents: byGroup.get(group)! }));
}
