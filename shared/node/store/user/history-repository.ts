// The undo/redo journal of user changes: one entry per user action, holding the touched records before and after.
import type { Database } from 'better-sqlite3';
import { prepared } from '../statements.js';

export interface HistoryEntry {
  seq: number;
  label: string;
  before: string;
  after: string;
}

/** How many changes Undo can reach back. */
export const HISTORY_DEPTH = 200;

export class HistoryRepository {
  constructor(private readonly db: Database) {}

  /** Records a new change; the changes undone before it can no longer be redone. */
  record(label: string, before: string, after: string, now: string): void {
    prepared(this.db, 'DELETE FROM user_history WHERE undone = 1').run();
    prepared(this.db, 'INSERT INTO user_history (label, before, after, undone, created) VALUES (?, ?, ?, 0, ?)').run(label, before, after, now);
    prepared(this.db, 'DELETE FROM user_history WHERE seq <= (SELECT MAX(seq) FROM user_history) - ?').run(HISTORY_DEPTH);
  }

  /** The latest change not undone. */
  nextUndo(): HistoryEntry | undefined {
    return prepared(this.db, 'SELECT seq, label, before, after FROM user_history WHERE undone = 0 ORDER BY seq DESC LIMIT 1').get() as HistoryEntry | undefined;
  }

  /** The earliest undone change (the one undone last). */
  nextRedo(): HistoryEntry | undefined {
    return prepared(this.db, 'SELECT seq, label, before, after FROM user_history WHERE undone = 1 ORDER BY seq LIMIT 1').get() as HistoryEntry | undefined;
  }

  markUndone(seq: number, undone: boolean): void {
    prepared(this.db, 'UPDATE user_history SET undone = ? WHERE seq = ?').run(undone ? 1 : 0, seq);
  }
}
