// Reads a file to import: only regular files (after following links), at most the byte limit, within a time limit.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../../core/api/import-limits.js';
import { ImportError } from './import-error.js';

/** How long reading one file may take before the import gives up (a stalled network mount, a very slow disk). */
export const IMPORT_READ_TIME_LIMIT_MS = 30_000;
const CHUNK = 1 << 20;

export interface ReadLimits {
  maxBytes?: number;
  timeLimitMs?: number;
  /** Milliseconds now (tests pass a fake clock). */
  clock?: () => number;
}

/**
 * The bytes of `path`. The file is opened without blocking (a named pipe would wait for a writer) and checked on the
 * open handle, so a link to /dev/zero or a pipe is refused however it is named, and no check can be raced by a swap;
 * then it is read in chunks, stopping past `maxBytes` (a file that grows while read) or `timeLimitMs`.
 */
export function readImportBytes(path: string, limits: ReadLimits = {}): Buffer {
  const maxBytes = limits.maxBytes ?? MAX_IMPORT_BYTES;
  const timeLimit = limits.timeLimitMs ?? IMPORT_READ_TIME_LIMIT_MS;
  const clock = limits.clock ?? Date.now;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw openError(path, err as NodeJS.ErrnoException);
  }
  try {
    const stat = fstatSync(fd);
    const kind = notRegular(stat);
    if (kind) throw new ImportError(path, kind);
    if (stat.size > maxBytes) throw new ImportError(path, `is too large (${megabytes(stat.size)}; the limit is ${megabytes(maxBytes)})`);
    const started = clock();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new ImportError(path, `is too large (the limit is ${megabytes(maxBytes)})`);
      if (clock() - started > timeLimit) {
        throw new ImportError(path, `reading took longer than ${timeLimit / 1000} s; copy the file to a local disk and import it from there`);
      }
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(path, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    closeSync(fd);
  }
}

/** Why a file that is not a regular file cannot be imported; null for a regular file. */
function notRegular(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a directory, not a file';
  if (stat.isFIFO()) return 'is a named pipe, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

function openError(path: string, err: NodeJS.ErrnoException): ImportError {
  switch (err.code) {
    case 'ENOENT':
      return new ImportError(path, 'file not found');
    case 'EACCES':
    case 'EPERM':
      return new ImportError(path, 'cannot be read (permission denied)');
    case 'EISDIR':
      return new ImportError(path, 'is a directory, not a file');
    case 'ENXIO':
      return new ImportError(path, 'is a socket or device that cannot be opened, not a regular file');
    default:
      return new ImportError(path, `cannot be read (${err.code ?? err.message})`);
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} KB`;
}
