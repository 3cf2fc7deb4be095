// The link refresh may fail (a bug, a full disk) or die (heap exhaustion, kill -9): it must never stop the store from
// opening, and it must not be retried on every start forever. Each attempt is recorded in store_state before it runs;
// reads go on with the links as they were; after REFRESH_ATTEMPT_LIMIT failed attempts at the same state of the
// library Lextrace stops retrying by itself and says so, until the library changes (an import, `lextrace remove`)
// or the user asks (`lextrace refresh`, `lextrace index`).
import type { Database } from 'better-sqlite3';
import { DocumentStore } from '../store/document-store.js';
import { StoreStateRepository } from '../store/store-state-repository.js';
import { CITATION_VERSION } from './citation-hook.js';

/** Failed or interrupted attempts at one state of the library before Lextrace stops retrying by itself. */
export const REFRESH_ATTEMPT_LIMIT = 3;

const STALE_KEY = 'cross-references'; // the change counter of refresh-cross-references.ts
const CITATIONS_VERSION_KEY = 'citations-version'; // see citation-hook.ts
const RECORD_KEY = 'cross-references-refresh';

/** The attempts at refreshing one state of the library (`generation`: the change counter, or 'citations'). */
interface RefreshRecord {
  generation: string;
  attempts: number;
  /** The last attempt's error; null while it runs, or when it died without a word (killed, out of memory). */
  error: string | null;
  at: string;
}

export type LinksState = 'current' | 'updating' | 'failed';

export interface LinksStatus {
  links: LinksState;
  /** A sentence for the user: what state the links are in and what to do. */
  message: string;
  /** Failed or interrupted attempts at the current state of the library. */
  attempts: number;
  /** Whether Lextrace will try again by itself (false once REFRESH_ATTEMPT_LIMIT attempts failed). */
  retrying: boolean;
  lastError: string | null;
}

export interface GuardOptions {
  /** Asked for by the user (`lextrace refresh`, `lextrace index`): runs whatever the attempts so far. */
  explicit?: boolean;
}

/** Generations that failed in this process: not retried by it (a web host would otherwise retry on every request). */
const failedHere = new WeakMap<Database, string>();

function stateValue(db: Database, key: string): string | undefined {
  return new StoreStateRepository(db).get(key);
}

/** The state of the library the links lag behind, or null when they are current. */
function pendingGeneration(db: Database): string | null {
  const stale = stateValue(db, STALE_KEY);
  if (stale !== undefined) return stale;
  const hasDocuments = new DocumentStore(db).hasDocuments();
  return hasDocuments && stateValue(db, CITATIONS_VERSION_KEY) !== String(CITATION_VERSION) ? 'citations' : null;
}

function readRecord(db: Database): RefreshRecord | null {
  const raw = stateValue(db, RECORD_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as RefreshRecord;
    return typeof parsed.generation === 'string' && typeof parsed.attempts === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function writeRecord(db: Database, record: RefreshRecord): void {
  new StoreStateRepository(db).set(RECORD_KEY, JSON.stringify(record));
}

function clearRecord(db: Database): void {
  new StoreStateRepository(db).delete(RECORD_KEY);
}

/** The record of attempts at `generation` (attempts at an earlier state of the library do not count). */
function attemptsAt(db: Database, generation: string): RefreshRecord | null {
  const record = readRecord(db);
  return record && record.generation === generation ? record : null;
}

/** Test hook (fault injection): LEXTRACE_TEST_REFRESH_FAULT=throw fails every refresh, =kill kills the process in it. */
function injectedFault(): void {
  const fault = process.env.LEXTRACE_TEST_REFRESH_FAULT;
  if (fault === 'throw') throw new Error('injected refresh failure (LEXTRACE_TEST_REFRESH_FAULT)');
  if (fault === 'kill') process.kill(process.pid, 'SIGKILL');
}

/** Whether a refresh is due and Lextrace would run it by itself (the links lag behind and retries are not used up). */
export function refreshDue(db: Database): boolean {
  const generation = pendingGeneration(db);
  if (generation === null) return false;
  return (attemptsAt(db, generation)?.attempts ?? 0) < REFRESH_ATTEMPT_LIMIT && failedHere.get(db) !== generation;
}

/**
 * Runs `refresh` when the links lag behind, unless its attempts at this state of the library are used up (or it failed
 * in this process) and the user did not ask; records the attempt first, so one that dies counts too. A failure is
 * recorded and swallowed: the caller reads the links as they were (`linksStatus` says why). Null when nothing ran or
 * it failed.
 */
export function guardRefresh<T>(db: Database, options: GuardOptions, refresh: () => T | null): T | null {
  if (db.readonly) return null;
  const generation = pendingGeneration(db);
  if (generation === null) return null;
  const previous = attemptsAt(db, generation)?.attempts ?? 0;
  if (!options.explicit && (previous >= REFRESH_ATTEMPT_LIMIT || failedHere.get(db) === generation)) return null;
  const record: RefreshRecord = { generation, attempts: previous + 1, error: null, at: new Date().toISOString() };
  try {
    writeRecord(db, record);
  } catch {
    return null; // another process holds the store (it may be refreshing): try again later
  }
  try {
    injectedFault();
    const result = refresh();
    failedHere.delete(db);
    clearRecord(db);
    return result;
  } catch (err) {
    failedHere.set(db, generation);
    const message = err instanceof Error ? err.message : String(err);
    try {
      writeRecord(db, { ...record, error: message || 'unknown error' });
    } catch {
      // the attempt stays recorded as interrupted
    }
    return null;
  }
}

/** The state of the links, for the UI's notice and the CLI's note. */
export function linksStatus(db: Database): LinksStatus {
  const generation = pendingGeneration(db);
  if (generation === null) {
    return { links: 'current', message: 'The links are up to date.', attempts: 0, retrying: false, lastError: null };
  }
  const record = attemptsAt(db, generation);
  const attempts = record?.attempts ?? 0;
  const lastError = record?.error ?? null;
  const retrying = attempts < REFRESH_ATTEMPT_LIMIT;
  const asWere = 'Links, traces and provision pages show the links as they were before the last change to the library.';
  if (attempts === 0 || (lastError === null && retrying && failedHere.get(db) !== generation)) {
    const interrupted = attempts > 0 ? ' (an earlier update did not finish; it is tried again)' : '';
    return {
      links: 'updating',
      message: `The links are being updated after a change to the library${interrupted}: the next view or command that shows links updates them. ${asWere}`,
      attempts,
      retrying: true,
      lastError,
    };
  }
  const what = lastError ? `failed: ${lastError}` : 'did not finish (the process ended during it)';
  const next = retrying
    ? `Lextrace will try again (attempt ${attempts + 1} of ${REFRESH_ATTEMPT_LIMIT}) when the library is next opened or changed; "lextrace refresh" tries now.`
    : `Lextrace no longer tries by itself: run "lextrace refresh" to try again, or remove the document that causes it with "lextrace remove DOC_ID" (see "lextrace docs").`;
  return {
    links: 'failed',
    message: `The links could not be updated: attempt ${attempts} of ${REFRESH_ATTEMPT_LIMIT} ${what}. ${asWere} ${next}`,
    attempts,
    retrying,
    lastError,
  };
}
