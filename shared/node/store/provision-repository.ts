// Derived provisions: which statute clauses hold which provision's text (written at import) and the provisions
// table (rebuilt at every link refresh), with the summaries a provision list shows.
import type { Database } from 'better-sqlite3';
import { keyOrBelow } from '../crossref/key-range.js';
import { prepared } from './statements.js';

/** A provision as the provision list counts it. */
export interface ProvisionSummaryRow {
  key: string;
  instrument: string;
  title: string | null;
  /** Distinct clauses citing it or a part of it. */
  cited_by: number;
  /** Distinct clauses with a concerns link to it that is not rejected (automatically or by the lawyer). */
  related: number;
  has_text: number;
}

export interface NewProvision {
  key: string;
  instrument: string;
  article: string | null;
  part: string | null;
  title: string | null;
}

export class ProvisionRepository {
  constructor(private readonly db: Database) {}

  /** Records that a clause holds (part of) the text of provision `key`; a pair already recorded is kept. */
  addText(key: string, clauseId: string): void {
    prepared(this.db, 'INSERT OR IGNORE INTO provision_text (key, clause_id) VALUES (?, ?)').run(key, clauseId);
  }

  /** The provision's row (its title, null when it has none), or undefined when the provisions table lacks it. */
  find(key: string): { title: string | null } | undefined {
    // The same text as LinkRepository.provisionTitle, which plucks: this one reads the row.
    return prepared(this.db, 'SELECT title FROM provisions WHERE key = ?').pluck(false).get(key) as { title: string | null } | undefined;
  }

  /** Every provision with its counts (unordered, unfiltered). */
  summaries(): ProvisionSummaryRow[] {
    return prepared(
      this.db,
      `SELECT p.key, p.instrument, p.title,
           (SELECT COUNT(DISTINCT clause_id) FROM citations ci WHERE ${keyOrBelow('ci.key', 'p.key')}) AS cited_by,
           (SELECT COUNT(DISTINCT from_clause) FROM links l WHERE l.to_key = p.key AND l.kind = 'concerns' AND l.status != 'rejected'
              AND NOT EXISTS (SELECT 1 FROM effective_link_verdicts v WHERE v.at_from = l.from_clause AND v.kind = 'concerns' AND v.at_target = p.key AND v.verdict = 'rejected')) AS related,
           EXISTS (SELECT 1 FROM provision_text t WHERE t.key = p.key) AS has_text
         FROM provisions p`,
    ).all() as ProvisionSummaryRow[];
  }

  /** Every key cited, holding text in the corpus or targeted by a link (distinct, unordered). */
  referencedKeys(): string[] {
    return prepared(
      this.db,
      `SELECT key FROM citations UNION SELECT key FROM provision_text
         UNION SELECT to_key AS key FROM links WHERE to_key IS NOT NULL`,
    )
      .pluck()
      .all() as string[];
  }

  /** The title of the highest clause holding the provision's text that has one, or null. */
  titleFromText(key: string): string | null {
    return (
      (prepared(
        this.db,
        `SELECT c.title FROM provision_text p JOIN clauses c ON c.id = p.clause_id
       WHERE p.key = ? AND c.title IS NOT NULL ORDER BY c.level, c.seq LIMIT 1`,
      )
        .pluck()
        .get(key) as string | undefined) ?? null
    );
  }

  /** Empties the provisions table (before a rebuild; the caller holds the transaction). */
  deleteAll(): void {
    prepared(this.db, 'DELETE FROM provisions').run();
  }

  /** Adds a provision; returns how many rows were written. */
  insert(p: NewProvision): number {
    return prepared(this.db, 'INSERT INTO provisions (key, instrument, article, part, title) VALUES (?, ?, ?, ?, ?)').run(
      p.key,
      p.instrument,
      p.article,
      p.part,
      p.title,
    ).changes;
  }
}
