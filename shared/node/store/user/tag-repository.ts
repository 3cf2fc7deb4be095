// The user's tags: case-insensitively unique names with a colour each (user data, never written by import or rebuild).
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { TagRecord } from '../../../core/annotations/types.js';
import { prepared } from '../statements.js';

/** Distinct, readable highlight colours, handed out in turn to new tags. */
export const TAG_PALETTE = ['#f2c94c', '#6fcf97', '#56ccf2', '#f2994a', '#bb6bd9', '#eb5757', '#2d9cdb', '#27ae60', '#9b51e0', '#e0a800'] as const;

interface TagRow {
  id: string;
  name: string;
  color: string;
  created: string;
  modified: string;
}

/** The key two tag names share when they differ only in case (or Unicode composition). */
export function tagKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

const COLUMNS = 'id, name, color, created, modified';

export class TagRepository {
  constructor(private readonly db: Database) {}

  get(id: string): TagRecord | undefined {
    return prepared(this.db, `SELECT ${COLUMNS} FROM user_tags WHERE id = ?`).get(id) as TagRow | undefined;
  }

  findByName(name: string): TagRecord | undefined {
    return prepared(this.db, `SELECT ${COLUMNS} FROM user_tags WHERE name_key = ?`).get(tagKey(name)) as TagRow | undefined;
  }

  /** Every tag with the number of annotations carrying it, by name. */
  listWithCounts(): (TagRecord & { count: number })[] {
    return prepared(
      this.db,
      `SELECT t.id, t.name, t.color, t.created, t.modified, COUNT(at.annotation_id) AS count
       FROM user_tags t LEFT JOIN user_annotation_tags at ON at.tag_id = t.id
       GROUP BY t.id ORDER BY t.name_key`,
    ).all() as (TagRow & { count: number })[];
  }

  /** The tag named `name` (any case), created with the next palette colour when there is none. */
  ensure(name: string, now: string): TagRecord {
    const existing = this.findByName(name);
    if (existing) return existing;
    const count = prepared(this.db, 'SELECT COUNT(*) FROM user_tags').pluck().get() as number;
    const tag: TagRecord = { id: randomUUID(), name: name.normalize('NFC').trim(), color: TAG_PALETTE[count % TAG_PALETTE.length]!, created: now, modified: now };
    this.put(tag);
    return tag;
  }

  /** Inserts or replaces a tag record exactly as given. */
  put(tag: TagRecord): void {
    prepared(
      this.db,
      `INSERT INTO user_tags (id, name, name_key, color, created, modified) VALUES (@id, @name, @nameKey, @color, @created, @modified)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, color = excluded.color,
         created = excluded.created, modified = excluded.modified`,
    ).run({ ...tag, nameKey: tagKey(tag.name) });
  }

  delete(id: string): boolean {
    return prepared(this.db, 'DELETE FROM user_tags WHERE id = ?').run(id).changes > 0;
  }

  /** Ids of the annotations carrying a tag. */
  annotationsWith(tagId: string): string[] {
    return prepared(this.db, 'SELECT annotation_id FROM user_annotation_tags WHERE tag_id = ? ORDER BY annotation_id').pluck().all(tagId) as string[];
  }
}
