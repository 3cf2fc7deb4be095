// Where the database lives by default: the user's data directory, overridable by --db or LEXTRACE_DB.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data directory for Lextrace on this platform. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lextrace');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lextrace');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'lextrace');
}

/** The database path: an explicit `--db` wins, then LEXTRACE_DB, then the user data directory. */
export function resolveDatabasePath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.LEXTRACE_DB) return env.LEXTRACE_DB;
  return join(userDataDir(env), 'lextrace.db');
}
