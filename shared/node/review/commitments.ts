// The commitments of the action-plan documents in reading order, each with the numbered section of the plan it sits in.
import type { Database } from 'better-sqlite3';
import type { PlanSection } from '../../core/api/review-dto.js';
import { COMMITMENT_CLAUSE_KINDS, COMMITMENT_DOC_KIND } from '../../core/link/index.js';
import { DocumentStore, type ClauseRecord } from '../store/document-store.js';

export interface Commitment {
  clause: ClauseRecord;
  /** Index into the sections list, or null. */
  section: number | null;
}

/** Commitments of every action-plan document (or of `docs`), grouped by their nearest numbered heading ("§ I.A Enforcement"). */
export function loadCommitments(db: Database, docs?: readonly string[]): { sections: PlanSection[]; commitments: Commitment[] } {
  const store = new DocumentStore(db);
  const plans = store.listDocuments().filter((d) => d.kind === COMMITMENT_DOC_KIND && (!docs || docs.includes(d.id)));
  const sections: PlanSection[] = [];
  const commitments: Commitment[] = [];
  for (const plan of plans) {
    const clauses = store.listClauses(plan.id);
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const sectionIndex = new Map<string, number>();
    for (const clause of clauses) {
      if (!COMMITMENT_CLAUSE_KINDS.includes(clause.kind)) continue;
      let heading: ClauseRecord | undefined;
      let fallback: ClauseRecord | undefined;
      for (let up = clause.parentId ? byId.get(clause.parentId) : undefined; up && !heading; up = up.parentId ? byId.get(up.parentId) : undefined) {
        if (up.kind !== 'heading') continue;
        fallback ??= up;
        if (up.number) heading = up;
      }
      const section = heading ?? fallback;
      if (section && !sectionIndex.has(section.id)) {
        sectionIndex.set(section.id, sections.length);
        sections.push({ id: section.id, doc: plan.id, label: section.label, title: section.title });
      }
      commitments.push({ clause, section: section ? sectionIndex.get(section.id)! : null });
    }
  }
  return { sections, commitments };
}
